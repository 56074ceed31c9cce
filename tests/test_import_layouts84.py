"""Layouts of blind set qa84 (hand-typed 台账 of 华北/西北 villages) that used to be misread:

- one 收支金额 column writing each direction before its amount ("收 8600", "支3.5万元", "支 捌仟陆佰元",
  "收入2,400元", "支出：650", "+3500", "-650"): the worded ones were rejected as unreadable amounts
  and the "+" ones had no direction; the column now gives both, when its header names both sides, a
  line above the table states the convention, or its first cells write 收/支 (with a note);
- a date typed with a two-digit year ("21.6.20", "19.8.20") was refused unless the title named that
  year or the next or last: it is read in the century of the years the title, the sheet's or the
  file's name gives, a span ("2021—2023年") too, with a note (asking for a check outside them);
- "2023年3月上旬" was unread: a 旬 is read as its first day (1日, 11日, 21日), as a month alone is.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx

HEADER = ["日期", "摘要", "收支金额", "对方单位"]


def _import(store, tmp_path: Path, table: list[list[object]], name: str = "王家堡村2023年收支台账.xlsx"):
    return sheet_of(import_one(store, write_xlsx(tmp_path / name, {"收支台账": table})))


def _moves(store) -> list[tuple[float, str | None]]:
    return [(p["amount"], p["direction"]) for p in records(store, "payment")]


# --- A. one amount column that writes the direction ---------------------------------------------------


def test_a_both_sides_column_reads_the_word_or_sign_before_the_amount(store, tmp_path: Path) -> None:
    table = [["王家堡村2023年村级收支台账"], HEADER,
             ["2023-1-5", "收果园承包费", "+3500", "王建军"],
             ["2023-1-8", "付办公用电费", "-1200", "国网定边县供电公司"],
             ["2023-1-12", "收村级组织运转经费", "收 8600", "红柳沟镇财政所"],
             ["2023-1-20", "收光伏收益分红", "收3.5万", "定边县阳光新能源有限公司"],
             ["2023-2-9", "收砖厂场地租金", "收入2,400元", "定边县王家堡红砖厂"],
             ["2023-2-14", "付村部暖气维修费", "支出：650", "张宏伟"],
             ["2023-2-20", "收一事一议奖补资金", "+1.2万元", "定边县农业农村局"],
             ["2023-3-9", "付水窖维修材料款", "支 捌仟陆佰元", "定边县宏远建材有限公司"],
             ["2023-3-22", "付村道硬化工程进度款", "支3.5万元", "陕西鼎盛路桥工程有限公司"],
             ["2023-3-24", "付办公用品", "－860", "定边县文华文具店"],
             ["2023-3-28", "村部报刊费", "300", "定边县邮政局"]]
    sheet = _import(store, tmp_path, table)
    assert _moves(store) == [(3500.0, "in"), (1200.0, "out"), (8600.0, "in"), (35000.0, "in"), (2400.0, "in"),
                             (650.0, "out"), (12000.0, "in"), (8600.0, "out"), (35000.0, "out"), (860.0, "out"),
                             (300.0, None)]  # a cell that writes no direction keeps today's reading
    assert sheet.rejected == []
    assert "“收支金额”一列在金额前写明收支" in sheet.note
    assert "其余记录的收支方向留空" not in sheet.note


def test_a_header_with_signs_names_both_sides(store, tmp_path: Path) -> None:
    table = [["王家堡村2023年收支明细"], ["日期", "摘要", "金额（收+支-）", "对方单位"],
             ["2023-1-5", "果园承包费", "+3500", "王建军"], ["2023-1-8", "电费", "-1200", "供电公司"]]
    _import(store, tmp_path, table)
    assert _moves(store) == [(3500.0, "in"), (1200.0, "out")]


def test_a_line_above_the_table_states_the_convention(store, tmp_path: Path) -> None:
    table = [["王家堡村2023年收支明细"], ["说明：金额前“+”或“收”为收入，“-”或“支”为支出"],
             ["日期", "摘要", "金额", "对方单位"],
             ["2023-1-5", "果园承包费", "+3500", "王建军"], ["2023-1-8", "电费", "-1200", "供电公司"]]
    sheet = _import(store, tmp_path, table)
    assert _moves(store) == [(3500.0, "in"), (1200.0, "out")]
    assert "“金额”一列在金额前写明收支" in sheet.note


def test_worded_cells_show_the_column_carries_the_direction(store, tmp_path: Path) -> None:
    table = [["王家堡村2023年收支明细"], ["日期", "摘要", "金额", "对方单位"],
             ["2023-1-5", "果园承包费", "+3500", "王建军"], ["2023-1-8", "电费", "支 1200", "供电公司"],
             ["2023-1-9", "租金", "收1.5万元", "王建国"]]
    _import(store, tmp_path, table)
    assert _moves(store) == [(3500.0, "in"), (1200.0, "out"), (15000.0, "in")]


def test_a_plain_amount_column_with_signs_only_stays_as_it_was(store, tmp_path: Path) -> None:
    """Look-alike: no header, line or worded cell says the column carries the direction: "+3500" has
    none, a negative amount is money out, and neither a 摘要 that begins with 收/支 nor a payee with 支
    in it gives one."""
    table = [["王家堡村收支明细"], ["日期", "摘要", "金额", "对方单位"],
             ["2023-1-5", "收果园承包费", "+3500", "王建军"], ["2023-1-8", "支付电费", "-650", "供电公司"],
             ["2023-1-9", "活动经费", "500", "村党支部"], ["2023-1-10", "收到款项记为收入", "800", "王某"]]
    sheet = _import(store, tmp_path, table, name="王家堡村收支明细.xlsx")
    assert _moves(store) == [(3500.0, None), (650.0, "out"), (500.0, None), (800.0, None)]
    assert "其余记录的收支方向留空" in sheet.note and "写明收支" not in sheet.note


def test_a_negative_in_a_journal_with_both_columns_stays_a_reversal(store, tmp_path: Path) -> None:
    """Look-alike: with 收入/支出 columns a negative 支出 is a 红冲 of a payment, not money in."""
    table = [["王家堡村2023年现金日记账"], ["日期", "摘要", "收入", "支出", "对方单位"],
             ["2023-1-5", "收承包费", "8600", None, "王建军"], ["2023-1-6", "冲回电费", None, "-650", "供电公司"],
             ["2023-1-7", "支部活动", None, "500", "村党支部"]]
    sheet = _import(store, tmp_path, table, name="王家堡村2023年现金日记账.xlsx")
    assert _moves(store) == [(8600.0, "in"), (-650.0, "out"), (500.0, "out")]
    assert "写明收支" not in sheet.note


# --- B. two-digit years -------------------------------------------------------------------------------


def test_two_digit_years_under_a_span_of_years(store, tmp_path: Path) -> None:
    rows = [["刘家湾村2021—2023年村级工程项目台账"], ["项目名称", "施工单位", "合同金额", "决策日期", "开工日期"],
            ["人饮水窖维修", "刘长贵", 33800, "21.6.20", "21.6.25"], ["涝池清淤", "刘二虎", 25800, "23.3.5", "23.3.8"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘家湾村工程项目台账.xlsx", {"工程项目": rows})))
    projects = records(store, "project")
    assert [(p["decided_on"], p["started_on"]) for p in projects] == [("2021-06-20", "2021-06-25"),
                                                                     ("2023-03-05", "2023-03-08")]
    assert "按标题所写的年份（2021—2023年）补全" in sheet.note


def test_two_digit_years_before_the_titles_year_are_read_with_a_check(store, tmp_path: Path) -> None:
    rows = [["刘家湾村集体固定资产登记台账"], ["截止日期：2023年12月31日"], ["资产名称", "购置时间", "原值（元）"],
            ["联想台式电脑", "19.8.20", 8600], ["健身器材", "21.10.20", 15600], ["扩音机", "98.5.1", 1200],
            ["广播设备", "25.3.1", 3200]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘家湾村资产台账.xlsx", {"固定资产": rows})))
    assert [a["acquired_on"] for a in records(store, "asset")] == ["2019-08-20", "2021-10-20", "1998-05-01", None]
    assert "不在标题所写的2023年内的日期" in sheet.note and "请按原件核对" in sheet.note
    # 25 would be 1925, a century before the register: refused as before, with its warning.
    assert any("年份只写了两位" in w["reason"] for w in sheet.warnings)


def test_the_year_of_a_two_digit_date_from_the_files_name(store, tmp_path: Path) -> None:
    rows = [["李家塬村集体经济合同管理台账"], ["合同名称", "乙方", "合同金额", "签订日期"],
            ["机动地承包合同", "李宝山", 12000, "21.3.15"], ["果园租赁合同", "李秀兰", 8600, "19.9.1"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家塬村2019-2023年度合同台账.xlsx", {"合同": rows})))
    assert [c["signed_on"] for c in records(store, "contract")] == ["2021-03-15", "2019-09-01"]
    assert "按文件名所写的年份（2019—2023年）补全" in sheet.note


def test_a_slash_date_keeps_todays_reading(store, tmp_path: Path) -> None:
    """Look-alike: "12/9/1" may be month/day/year or day/month/year: under a 2023 title it stays
    refused, as before, and only a title of 2012 (or the year before or after) reads it."""
    rows = [["王家堡村2023年收支台账"], ["日期", "摘要", "金额", "对方单位"],
            ["12/9/1", "电费", -650, "供电公司"], ["19.3.5", "办公用品", -320, "文具店"]]
    import_one(store, write_xlsx(tmp_path / "王家堡村2023年收支台账.xlsx", {"收支": rows}))
    assert [p["date"] for p in records(store, "payment")] == [None, "2019-03-05"]


def test_a_slash_date_under_its_own_year(store, tmp_path: Path) -> None:
    rows = [["王家堡村2012年收支台账"], ["日期", "摘要", "金额", "对方单位"], ["12/9/1", "电费", -650, "供电公司"]]
    import_one(store, write_xlsx(tmp_path / "王家堡村2012年收支台账.xlsx", {"收支": rows}))
    assert [p["date"] for p in records(store, "payment")] == ["2012-09-01"]


# --- C. a third of a month (旬) -------------------------------------------------------------------------


def test_a_dekad_is_read_as_its_first_day(store, tmp_path: Path) -> None:
    rows = [["刘家湾村2021—2023年村级工程项目台账"], ["项目名称", "施工单位", "合同金额", "决策日期"],
            ["村文化活动广场", "甘肃陇源建设工程有限公司", 432800, "2021年5月上旬"],
            ["养殖小区配套", "甘肃金城建筑安装工程有限公司", 1185000, "2022年6月中旬"],
            ["高标准农田机耕路", "定西市河安水利工程有限公司", 860000, "2023年2月下旬"],
            ["田间道路砂化", "刘长贵", 220000, "2022年3月"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘家湾村工程项目台账.xlsx", {"工程项目": rows})))
    assert [p["decided_on"] for p in records(store, "project")] == ["2021-05-01", "2022-06-11", "2023-02-21",
                                                                    "2022-03-01"]
    assert "“决策日期”中只写到旬、季度、半年或几个月的日期记为该时段第一天（旬为1日、11日、21日）" in sheet.note
    assert "“决策日期”中只写到月的日期记为该月1日" in sheet.note


def test_a_dekad_that_ends_a_term_is_its_last_day(store, tmp_path: Path) -> None:
    rows = [["李家塬村2023年合同台账"], ["合同名称", "乙方", "合同金额", "起始日期", "终止日期"],
            ["保洁服务协议", "李秀兰", 6000, "2023年3月上旬", "2023年2月下旬"],
            ["路灯维护协议", "靖边县光明电气安装有限公司", 48000, "2023年4月中旬", "2024年4月中旬"]]
    import_one(store, write_xlsx(tmp_path / "李家塬村合同台账.xlsx", {"合同": rows}))
    assert [(c["started_on"], c["ended_on"]) for c in records(store, "contract")] == [
        ("2023-03-01", "2023-02-28"), ("2023-04-11", "2024-04-20")]
