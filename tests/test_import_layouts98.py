"""Layouts of blind set qa98 (database and system dumps) that used to be misread:

- headers that are field codes, pinyin initials (pzh, pzrq, zy, jfje, htje, xmmc …) or English names
  (party_b, annual_rent, amount_fen): every such sheet was refused as "无法识别表头"; a code is read
  as the Chinese header it stands for, only when it is the whole header (look-alikes: a Chinese header
  holding the letters, a code inside a longer word, a code row above the Chinese labels);
- an amount in 分 (合同金额(分), amount_fen) was read as 元, 100 times too big;
- a 村代码 and a 职务代码 decoded through the code tables on other sheets of the workbook (dm_cun,
  dm_zw), with a note; without such a table the note says that the village is only coded, not that
  the table has no village column;
- a dump's cells: \\N for NULL, Unix timestamps, 'T' dates, '12500.0000' amounts and a 收支标志 in
  codes 1/2 (with a note; a column of other codes is not read so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.synonyms import match_text, normalize_header
from importers.values import parse_date, parse_money, unit_from_text
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

CODE_TABLES = {
    "dm_cun": [["cun_dm", "cun_mc", "xz_dm", "xz_mc"], ["130123101201", "南楼村", "130123101", "南牛乡"],
               ["130123101202", "北贾村", "130123101", "南牛乡"]],
    "dm_zw": [["dm", "mc"], ["01", "党支部书记"], ["02", "村委会主任"], ["07", "报账员"]],
}


def test_a_bank_journal_with_pinyin_code_headers(store, tmp_path: Path) -> None:
    rows = [["pzh", "pzrq", "zy", "kmdm", "kmmc", "jfje", "dfje", "ye", "wldw", "jsfs", "jbr"],
            ["记-001", "20230106", "收村东厂房2023年租金", "102", "银行存款", "60000.0000", "0.0000", "212340.1800",
             "正定县鑫隆塑料制品厂", "转账", "高志刚"],
            ["记-002", "20230116", "支付保洁员工资", "102", "银行存款", "0.0000", "4200.0000", "208140.1800",
             "\\N", "转账", "\\N"]]
    import_one(store, write_csv(tmp_path / "pz_yhrj_2023.csv", rows, encoding="gbk"), village="西柏棠村")
    got = [(p["date"], p["direction"], p["amount"], p["counterparty"], p["summary"]) for p in records(store, "payment")]
    assert got == [("2023-01-06", "in", 60000.0, "正定县鑫隆塑料制品厂", "收村东厂房2023年租金"),
                   ("2023-01-16", "out", 4200.0, None, "支付保洁员工资")]


def test_a_project_dump_with_code_headers_only(store, tmp_path: Path) -> None:
    rows = [["xmbh", "xmmc", "zbdw", "ysje", "htje", "kgrq"],
            ["XM2023001", "南楼村主街道路硬化工程", "正定县恒达建筑工程有限公司", "195000.0000", "186500.0000",
             "2023-03-15T00:00:00"],
            ["XM2023002", "北贾村健身场地一事一议", "None", "30000.0000", "None", "None"]]
    import_one(store, write_xlsx(tmp_path / "南楼村xm_jbxx.xlsx", {"xm_jbxx": rows}))
    got = [(p["name"], p["contractor"], p["budget"], p["amount"], p["started_on"]) for p in records(store, "project")]
    assert got == [("南楼村主街道路硬化工程", "正定县恒达建筑工程有限公司", 195000.0, 186500.0, "2023-03-15"),
                   ("北贾村健身场地一事一议", None, 30000.0, None, None)]


def test_a_lease_dump_with_english_headers(store, tmp_path: Path) -> None:
    rows = [["contract_no", "resource_name", "area", "area_unit", "party_b", "annual_rent", "start_date", "end_date"],
            ["ZYFB001", "村东机动地", "32.5", "亩", "王建民", "26000.00", "2021-10-01 00:00:00", "2031-09-30 00:00:00"],
            ["ZYFB002", "村南苇坑", "0.8", "公顷", "\\N", "\\N", "\\N", "\\N"]]
    import_one(store, write_csv(tmp_path / "南楼村resource_lease_export.csv", rows))
    got = [(r["name"], r["area"], r["counterparty"], r["amount"], r["started_on"]) for r in records(store, "resource")]
    assert got == [("村东机动地", 32.5, "王建民", 26000.0, "2021-10-01"), ("村南苇坑", 12.0, None, None, None)]


def test_an_amount_in_fen_is_divided_by_a_hundred(store, tmp_path: Path) -> None:
    rows = [["htbh", "htmc", "yfmc", "htje", "qdrq"],
            ["合同编号", "合同名称", "乙方名称", "合同金额(分)", "签订日期"],
            ["HT001", "主街道路硬化工程施工合同", "正定县恒达建筑工程有限公司", 18650000, "2023-03-08 00:00:00"],
            ["HT002", "文化广场建设工程", "河北润泽园林绿化工程有限公司", 23875050, "NULL"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "南楼村t_contract.xlsx", {"t_contract": rows})))
    got = [(c["title"], c["counterparty"], c["amount"], c["signed_on"]) for c in records(store, "contract")]
    assert got == [("主街道路硬化工程施工合同", "正定县恒达建筑工程有限公司", 186500.0, "2023-03-08"),
                   ("文化广场建设工程", "河北润泽园林绿化工程有限公司", 238750.5, None)]
    assert "以分为单位" in sheet.note


def test_a_funds_flow_in_fen_with_unix_times_and_coded_directions(store, tmp_path: Path) -> None:
    rows = [["txn_id", "txn_time", "io_flag", "amount_fen", "counterparty", "memo"],
            ["202307000101", "1688348460", "2", "5595000", "正定县恒达建筑工程有限公司", "主街道路硬化工程进度款"],
            ["202307000102", "1688955300", "1", "1200000", "刘建军", "房屋租金"],
            ["202307000103", "1695344400", "1", "5618", "NULL", "利息"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "南楼村fund_flow.csv", rows, delimiter="\t")))
    got = [(p["date"], p["direction"], p["amount"], p["counterparty"]) for p in records(store, "payment")]
    assert got == [("2023-07-03", "out", 55950.0, "正定县恒达建筑工程有限公司"), ("2023-07-10", "in", 12000.0, "刘建军"),
                   ("2023-09-22", "in", 56.18, None)]
    assert "1=收入、2=支出" in sheet.note and "Unix 时间戳" in sheet.note and "以分为单位" in sheet.note


def test_village_and_position_codes_are_read_through_the_workbooks_code_tables(store, tmp_path: Path) -> None:
    cadres = [["ryid", "xm", "cun_dm", "zw_dm", "lxdh"], ["人员ID", "姓名", "村代码", "职务代码", "联系电话"],
              [1001, "王建国", "130123101201", "01", "13831207919"],
              [1002, "王立新", "130123101201", "07", "13831215838"],
              [1003, "孙卫东", "130123101202", "02", "13831223757"]]
    report = import_one(store, write_xlsx(tmp_path / "sanzi_pt_export.xlsx", {"t_cgb": cadres, **CODE_TABLES}))
    got = [(c["village"], c["name"], c["position"]) for c in records(store, "cadre")]
    assert got == [("南楼村", "王建国", "党支部书记"), ("南楼村", "王立新", "报账员"), ("北贾村", "孙卫东", "村委会主任")]
    note = sheet_of(report, "t_cgb").note
    assert "dm_cun" in note and "dm_zw" in note and "没有村名列" not in note
    assert "代码表" in sheet_of(report, "dm_zw").note and records(store, "contract") == []


def test_a_code_missing_from_its_table_is_not_decoded(store, tmp_path: Path) -> None:
    """Look-alike: a 职务代码 column with a code the table lacks is not read through it (nor guessed)."""
    cadres = [["xm", "cun_dm", "zw_dm"], ["王建国", "130123101201", "01"], ["李秀芝", "130123101201", "05"]]
    import_one(store, write_xlsx(tmp_path / "sanzi_pt_export.xlsx", {"t_cgb": cadres, **CODE_TABLES}))
    assert [(c["village"], c["position"]) for c in records(store, "cadre")] == [("南楼村", "01"), ("南楼村", "05")]


def test_a_village_code_without_its_table_is_said_so(store, tmp_path: Path) -> None:
    rows = [["zcbm", "zcmc", "cun_dm", "yz", "gzrq"], ["ZC0001", "村委会办公楼", "130123101201", 486000, 20120615]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "zc_dump.xlsx", {"zc_kp": rows})))
    assert [(a["name"], a["amount"], a["acquired_on"]) for a in records(store, "asset")] == \
        [("村委会办公楼", 486000.0, "2012-06-15")]
    assert "只有村代码列“cun_dm”" in sheet.note and "没有村名列" not in sheet.note


@pytest.mark.parametrize(("header", "spelled"), [("rq", "日期"), ("ZY", "摘要"), ("htje", "合同金额"), ("pzh", "凭证号"),
                                                ("Party B", "乙方"), ("amount_fen", "金额(分)"), ("Sign-Date", "签订日期")])
def test_a_whole_code_is_read_as_its_header(header: str, spelled: str) -> None:
    assert normalize_header(header) == spelled


@pytest.mark.parametrize("text", ["rq日期", "备注je", "zyq", "htje2", "金额(je)", "pzhs", "xmmc项目"])
def test_a_code_inside_other_text_is_no_code(text: str) -> None:
    """Look-alike: a code inside a Chinese header or a longer word is no code: the header stays as written."""
    assert normalize_header(text) == text.lower()


def test_chinese_headers_are_left_as_they_are() -> None:
    """Look-alike: a Chinese header (with or without letters) is never taken for a code."""
    assert normalize_header("摘要") == "摘要"
    assert normalize_header("GPS坐标") == "gps坐标"
    assert match_text("金额", "payment").field == "amount"


def test_a_fen_unit_needs_its_bracket() -> None:
    """Look-alike: a bare 分 is a score or a minute, never a unit of money."""
    assert unit_from_text("合同金额(分)") == "fen" and unit_from_text("金额（单位：分）") == "fen"
    assert unit_from_text("考核得分") is None and unit_from_text("分值") is None
    assert parse_money(18650000, "fen") == 18650000 and parse_money("12500.0000") == 1250000


def test_unix_timestamps_and_their_look_alikes() -> None:
    """A 10- or 13-digit timestamp of 2000..2100 is a moment in China's time; a yyyymmdd stays a date."""
    assert parse_date("1688348460").isoformat() == "2023-07-03"
    assert parse_date(1688348460000).isoformat() == "2023-07-03"
    assert parse_date(1703952000).isoformat() == "2023-12-31"  # 00:00 in Beijing is 16:00 the day before in UTC
    assert parse_date(20230506).isoformat() == "2023-05-06"
    assert parse_date("2023-03-15T00:00:00").isoformat() == "2023-03-15"


def test_a_direction_column_of_other_codes_is_not_read_as_1_and_2(store, tmp_path: Path) -> None:
    """Look-alike: a 收支方向 column of 收/支 is read as before, with no note on codes."""
    rows = [["日期", "摘要", "收支方向", "金额"], ["2023-01-06", "收租金", "收", 60000], ["2023-01-16", "付工资", "支", 4200]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "南楼村收支.xlsx", {"收支": rows})))
    assert [p["direction"] for p in records(store, "payment")] == ["in", "out"]
    assert "1=收入" not in sheet.note


def test_a_sheet_with_a_chinese_label_row_under_its_codes_keeps_its_labels(store, tmp_path: Path) -> None:
    """The Chinese label row under the code row still names the columns (原值(元) in yuan)."""
    rows = [["zcbm", "zcmc", "yz", "gzrq"], ["资产编码", "资产名称", "原值(元)", "购置日期"],
            ["ZC0001", "村委会办公楼", 486000, 20120615], ["ZC0002", "联想台式计算机", 4599, 20210311]]
    import_one(store, write_xlsx(tmp_path / "南楼村zc_kp.xlsx", {"zc_kp": rows}))
    got = by_row(records(store, "asset"))
    assert [(a["name"], a["amount"]) for a in got.values()] == [("村委会办公楼", 486000.0), ("联想台式计算机", 4599.0)]


def test_text_rows_under_english_headers_stay_data(store, tmp_path: Path) -> None:
    """Look-alike: Chinese cells under a row of English field names are its first entries, not its labels."""
    rows = [["resource_name", "resource_type", "party_b", "area_unit", "annual_rent"],
            ["村委会闲置房屋", "房屋", "刘建军", "平方米", "12000.00"],
            ["村东机动地", "耕地", "王建民", "亩", "26000.00"]]
    import_one(store, write_csv(tmp_path / "南楼村resource_export.csv", rows))
    assert [(r["name"], r["counterparty"]) for r in records(store, "resource")] == \
        [("村委会闲置房屋", "刘建军"), ("村东机动地", "王建民")]
