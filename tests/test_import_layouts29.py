"""Layouts of blind pass 29 (一村一档 workbooks) that turned non-data rows into records or misdated
a journal's entries.

Each test writes a real file (xlsx with openpyxl, a csv) and imports it through
``importers.import_paths``, or checks a pure function on a table:

- a group's total named after the group ("青石溪河道清淤及护岸 小计", however long the name) under
  the payments of a project whose name is merged down over them is no payment;
- a bank's footer "合计笔数：10 | … | 256416.35 | 249700.00" is no payment;
- a category's name alone in its row ("经营性资产"), or a text alone in the 编号 column, heads a
  group of assets and is no asset;
- the 落款 under a 公示 ("下洋村村民委员会 | 2023年10月8日") is no project;
- a 月/日 journal whose title names a span of years ("2022年11月至2023年2月") starts the next year
  where the month falls back (12 → 1) or after a 结转下年 line; under a title that names one year
  the year stays and each entry after the fall-back is warned about;
- a 年月 column ("2022年11月") and a 日 column make the date;
- "一村一档" in a file name names no village "一村".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.villages import find_villages
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

# --- non-data rows -----------------------------------------------------------------------------------


def test_a_projects_subtotal_under_its_merged_name_is_no_payment(store, tmp_path: Path) -> None:
    """Before, "<project> 小计" after a block whose name was merged down became a payment of the
    block's total (507,100 元 over two projects); only a short name was known as a subtotal."""
    rows = [["青石村工程款支付情况核查表"],
            ["项目名称", "合同金额（元）", "支付日期", "凭证号", "支付金额（元）", "收款单位"],
            ["青石溪河道清淤及护岸", 312000, "2023.3.8", "记-021", 93600, "浙江大禹水利建设有限公司"],
            [None, None, "2023.6.30", "记-058", 124800, "浙江大禹水利建设有限公司"],
            ["青石溪河道清淤及护岸 小计", None, None, None, 218400, None],
            ["上湾自然村道路硬化（一期、二期）", 191100, "2022.7.20", "记-066", 96800, "杭州鑫路市政工程有限公司"],
            [None, None, "2022.10.28", "记-098", 94300, "杭州鑫路市政工程有限公司"],
            ["上湾自然村道路硬化（一期、二期）小计", None, None, None, 191100, None],
            ["合计", 503100, None, None, 409500, None]]
    path = write_xlsx(tmp_path / "青石村工程款支付情况.xlsx", {"工程款支付": rows},
                      merges={"工程款支付": ["A1:F1", "A3:A4", "B3:B4", "A6:A7", "B6:B7"]})
    report = import_one(store, path)
    assert sorted(by_row(records(store, "payment"))) == [3, 4, 6, 7]
    skipped = {s["row"]: s["reason"] for s in sheet_of(report).skipped}
    assert skipped[5].startswith("合计行（青石溪河道清淤及护岸小计）")
    assert skipped[8].startswith("合计行（上湾自然村道路硬化（一期、二期）小计）")


def test_an_entry_whose_summary_ends_in_a_total_word_stays_an_entry(store, tmp_path: Path) -> None:
    """A 摘要 ending in 合计 that names no group above it is an entry of its own."""
    rows = [["项目名称", "支付日期", "支付金额（元）", "收款单位"],
            ["青石溪河道清淤及护岸", "2023.3.8", 93600, "浙江大禹水利建设有限公司"],
            ["青石溪护岸工程尾款及质保金合计", "2023.12.29", 78000, "浙江大禹水利建设有限公司"]]
    import_one(store, write_xlsx(tmp_path / "青石村工程款支付台账.xlsx", {"支付": rows}))
    assert sorted(by_row(records(store, "payment"))) == [2, 3]


def test_a_banks_count_footer_is_no_payment(store, tmp_path: Path) -> None:
    """Before, "合计笔数：10" with both totals beside it became a payment of 249,700 元 (warned on,
    yet imported): its label stood in the 交易日期 column, where it passed for a date."""
    rows = [["浙江金华农村商业银行 账户交易明细"],
            ["账号：201000234567890", "户名：柳塘村股份经济合作社"],
            [],
            ["交易日期", "交易时间", "摘要", "收入金额", "支出金额", "账户余额", "对方户名"],
            ["20230103", "093015", "转账", "", "51000.00", "149000.00", "金华绿茵园林有限公司"],
            ["20230110", "101122", "财政拨款", "150000.00", "", "299000.00", "金华市婺城区财政局"],
            ["合计笔数：2", "", "", "150000.00", "51000.00"]]
    report = import_one(store, write_csv(tmp_path / "柳塘村_农商行账户明细.csv", rows))
    assert sorted(by_row(records(store, "payment"))) == [5, 6]
    assert {s["row"]: s["reason"] for s in sheet_of(report).skipped}[7] == "合计行（合计笔数：2）"


@pytest.mark.parametrize("label", ["总笔数：2", "交易笔数:2", "合计：2笔"])
def test_other_count_footers_are_no_payment(store, tmp_path: Path, label: str) -> None:
    rows = [["交易日期", "摘要", "收入金额", "支出金额", "对方户名"],
            ["2023-01-03", "转账", "", "51000.00", "金华绿茵园林有限公司"],
            ["2023-01-10", "财政拨款", "150000.00", "", "金华市婺城区财政局"],
            [label, "", "150000.00", "51000.00", ""]]
    import_one(store, write_csv(tmp_path / "柳塘村账户明细.csv", rows))
    assert sorted(by_row(records(store, "payment"))) == [2, 3]


def test_category_headings_in_an_asset_register_are_no_assets(store, tmp_path: Path) -> None:
    """Before, 经营性资产 / 非经营性资产 alone in their rows became assets whose 编号 was the heading."""
    rows = [["青石村集体资产清查登记表"],
            ["编号", "资产名称", "资产类别", "原值（元）", "购建时间", "使用状况"],
            ["经营性资产", None, None, None, None, None],
            ["JY-01", "老粮站仓库", "房屋", 158000, "2009年06月", "出租"],
            [None, "经营性资产小计", None, 158000, None, None],
            ["非经营性资产", None, None, None, None, None],
            ["FJ-01", "村委会办公楼", "房屋", 520000, "2011年10月", "自用"],
            ["机器设备", None, None, None, None, None],  # a group's name alone in the 编号 column
            ["FJ-02", "办公电脑", "电子设备", 13500, "2022-05", "在用"],
            [None, "合计", None, 691500, None, None]]
    report = import_one(store, write_xlsx(tmp_path / "青石村资产.xlsx", {"资产": rows}))
    assert sorted(by_row(records(store, "asset"))) == [4, 7, 9]
    skipped = {s["row"]: s["reason"] for s in sheet_of(report).skipped}
    assert all(skipped[row].startswith("分组标题") for row in (3, 6, 8))


def test_the_signature_under_a_notice_is_no_project(store, tmp_path: Path) -> None:
    """Before, "下洋村村民委员会 | … | 2023年10月8日" under a 小微工程公示 became a project."""
    rows = [["下洋村村级小微工程项目公示"],
            ["工程名称", "工程地点", "工程造价（元）", "施工单位", "开工日期", "竣工日期"],
            ["河埠头修缮", "下洋溪", "97,000", "丽水市莲都区兴旺建筑队", "2022年11月25日", "2023年1月10日"],
            ["路灯维修", "全村", "3,950", "莲都区光明电器店", "2023年9月12日", "2023年9月14日"],
            ["公示期：2023年10月8日—10月15日，如有异议请向村务监督委员会反映。"],
            ["下洋村村民委员会", None, None, None, None, "2023年10月8日"],
            ["石桥村股份经济合作社（盖章）", None, None, None, None, dt.datetime(2023, 10, 8)]]
    report = import_one(store, write_xlsx(tmp_path / "下洋村小微工程公示.xlsx", {"公示": rows}))
    assert sorted(by_row(records(store, "project"))) == [3, 4]
    skipped = {s["row"]: s["reason"] for s in sheet_of(report).skipped}
    assert skipped[6].startswith("落款（下洋村村民委员会）") and skipped[7].startswith("落款")


def test_a_signature_on_two_lines_is_no_project(store, tmp_path: Path) -> None:
    """The body on one line and the date on the next, each alone: before, both became projects
    (one named 下洋村村民委员会, one named by the date)."""
    rows = [["下洋村村级小微工程项目公示"],
            ["工程名称", "工程地点", "工程造价（元）", "施工单位", "开工日期", "竣工日期"],
            ["河埠头修缮", "下洋溪", "97,000", "丽水市莲都区兴旺建筑队", "2022年11月25日", "2023年1月10日"],
            ["下洋村村民委员会"],
            ["2023年10月8日"]]
    report = import_one(store, write_xlsx(tmp_path / "下洋村小微工程公示.xlsx", {"公示": rows}))
    assert sorted(by_row(records(store, "project"))) == [3]
    skipped = {s["row"]: s["reason"] for s in sheet_of(report).skipped}
    assert skipped[4].startswith("落款（下洋村村民委员会）") and skipped[5].startswith("落款（2023年10月8日）")


def test_a_body_alone_in_a_cadre_list_is_no_cadre(store, tmp_path: Path) -> None:
    """Before, 村民委员会 / 村务监督委员会 alone over their members became cadres of those names."""
    rows = [["石桥村村干部名单"],
            ["姓名", "职务", "联系电话"],
            ["村党支部委员会"],
            ["张建国", "书记", "13702760002"],
            ["村民委员会"],
            ["王德胜", "主任", "13702760000"],
            ["村务监督委员会成员："],
            ["李春花", "主任", "13702760001"]]
    import_one(store, write_xlsx(tmp_path / "石桥村村干部名单.xlsx", {"干部": rows}))
    assert sorted(by_row(records(store, "cadre"))) == [4, 6, 8]


# --- the year of a 月/日 journal ---------------------------------------------------------------------

_CROSS_YEAR = [[11, 6, "现-21", "付村道施工现场茶水费", None, 360, 1820],
               [12, 26, "现-30", "付会议误餐", None, 420, 520],
               [12, 31, None, "本年合计", 0, 780, 520],
               [12, 31, None, "结转下年", None, None, 520],
               [1, 1, None, "上年结转", None, None, 520],
               [1, 5, "现-01", "提取备用金", 3000, None, 3520],
               [2, 10, "现-05", "付电工维修费", None, 850, 2670]]
_HEADER = ["月", "日", "凭证号", "摘要", "收入", "支出", "结余"]


def _journal(store, tmp_path: Path, title: str, body: list[list]) -> tuple[dict[int, str], list]:
    report = import_one(store, write_xlsx(tmp_path / "石桥村现金日记账.xlsx", {"现金账": [[title], _HEADER, *body]}))
    dates = {row: p["date"] for row, p in by_row(records(store, "payment")).items()}
    return dates, sheet_of(report).warnings


@pytest.mark.parametrize("title", ["石桥村经济合作社现金日记账（2022年11月至2023年2月）",
                                   "石桥村现金日记账2022-2023年度", "石桥村现金日记账（2022.11—2023.2）"])
def test_a_journal_under_a_span_of_years_turns_the_year(store, tmp_path: Path, title: str) -> None:
    """Before, every January–February entry was filed under 2022, silently."""
    dates, warnings = _journal(store, tmp_path, title, _CROSS_YEAR)
    assert dates == {3: "2022-11-06", 4: "2022-12-26", 8: "2023-01-05", 9: "2023-02-10"}
    assert warnings == []


def test_a_closing_line_turns_the_year_without_a_fall_back(store, tmp_path: Path) -> None:
    """A 结转下年 line between the entries closes the year even when the month does not fall back."""
    body = [[11, 6, "现-21", "付茶水费", None, 360, 1820],
            [None, None, None, "结转下年", None, None, 1820],
            [12, 5, "现-01", "付电工维修费", None, 850, 970]]
    dates, _ = _journal(store, tmp_path, "石桥村现金日记账（2022年11月至2023年12月）", body)
    assert dates == {3: "2022-11-06", 5: "2023-12-05"}


def test_a_fall_back_under_a_single_year_is_warned_about(store, tmp_path: Path) -> None:
    """The title names one year: the year stays (nothing written says which), each entry after the
    fall-back says so."""
    dates, warnings = _journal(store, tmp_path, "石桥村2022年现金日记账", _CROSS_YEAR)
    assert dates == {3: "2022-11-06", 4: "2022-12-26", 8: "2022-01-05", 9: "2022-02-10"}
    assert [(w["row"], w["reason"]) for w in warnings] == [
        (row, "第 7 行起月份由 12 月回到 1 月，表中没有写出新的年份（标题也没有写到下一年）：日期仍按 2022 年，请核对是否已跨年")
        for row in (8, 9)]


def test_an_entry_booked_late_is_no_new_year(store, tmp_path: Path) -> None:
    body = [[4, 6, "现-21", "付茶水费", None, 360, 1820],
            [3, 28, "现-22", "补记三月电费", None, 120, 1700],
            [5, 2, "现-23", "付打印费", None, 80, 1620]]
    dates, warnings = _journal(store, tmp_path, "石桥村2022年现金日记账", body)
    assert dates == {3: "2022-04-06", 4: "2022-03-28", 5: "2022-05-02"}
    assert warnings == []


def test_each_account_block_counts_its_months_afresh(store, tmp_path: Path) -> None:
    """A 明细分类账 of two accounts runs each from January: the second block's January is no new year."""
    body = [["科目：1001 库存现金"],
            [3, 6, "现-21", "付茶水费", None, 360, 1820],
            [12, 26, "现-30", "付电工维修费", None, 850, 970],
            ["科目：1002 银行存款"],
            [1, 5, "银-01", "收土地租金", 30000, None, 30000],
            [2, 10, "银-05", "付道路工程款", None, 20000, 10000]]
    dates, warnings = _journal(store, tmp_path, "石桥村2022年明细分类账", body)
    assert dates == {4: "2022-03-06", 5: "2022-12-26", 7: "2022-01-05", 8: "2022-02-10"}
    assert warnings == []


def test_a_year_month_column_and_a_day_column_make_the_date(store, tmp_path: Path) -> None:
    """Before, 年月 was read as nothing and every entry came in undated, warned on."""
    rows = [["下洋村2022-2023年度支出明细（摘录）"],
            ["年月", "日", "凭证号", "用途", "金额（元）", "收款人"],
            ["2022年11月", 8, "12", "付村庄保洁费", 3600, "下洋村保洁队"],
            [None, 20, "13", "付河埠头修缮工程款", 48500, "丽水市莲都区兴旺建筑队"],
            ["2023年1月", 15, "2", "付河埠头修缮工程尾款", 48500, "丽水市莲都区兴旺建筑队"],
            ["合计", None, None, None, 100600, None]]
    report = import_one(store, write_xlsx(tmp_path / "下洋村一村一档.xlsx", {"收支": rows}))
    dates = {row: p["date"] for row, p in by_row(records(store, "payment")).items()}
    assert dates == {3: "2022-11-08", 4: "2022-11-20", 5: "2023-01-15"}
    assert sheet_of(report).warnings == []


# --- villages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("下洋村一村一档", ["下洋村"]),
    ("一村一档（下洋村）", ["下洋村"]),
    ("石桥村“一村一策”", ["石桥村"]),
    ("城东社区一社区一法律顾问", ["城东社区"]),
    ("五一村一组", ["五一村"]),  # a village named 五一, its first group
    ("石桥村现任村干部名单", ["石桥村"]),
    ("青山镇历届村干部", []),
])
def test_slogans_and_terms_of_office_name_no_village(text: str, expected: list[str]) -> None:
    assert find_villages(text) == expected


def test_an_untitled_sheet_of_a_village_file_takes_the_village_from_its_name(store, tmp_path: Path) -> None:
    """Before, "一村" was a second village of the file name, and the sheet's village was left blank."""
    rows = [["名称", "类别", "原值", "取得时间", "取得方式", "状态"],
            ["村部", "房屋", 268000, "2013-7", "自建", "自用"],
            ["河埠头", "构筑物", 97000, "2023-1", "自建", "在用"]]
    import_one(store, write_xlsx(tmp_path / "下洋村一村一档.xlsx", {"资产": rows}))
    assert {a["village"] for a in records(store, "asset")} == {"下洋村"}
