"""Layouts of blind pass 35 (清产核资 forms compiled by a township 经管站) that used to be misread.

Each test writes a real xlsx, xls or csv and imports it through ``importers.import_paths``, or checks
a pure function:

- a date column that gives only a year (购建年份 "2012", 2017, 建成时间 "2014年", 签订时间 "2013年") is
  read as the year's first day, and the sheet's note says so; a payment's date never is, and an Excel
  serial is never taken for a year;
- 面积 merged over 亩 | 公顷: a row that fills only 公顷 has its area (公顷 × 15), and a row whose two
  cells disagree is warned;
- a signature line closed by its date, a 村务监督委员会（签章）： line and a voucher list's "共22张凭证
  打印人：…" are skipped as 表尾, not rejected;
- the asset header 经营性/非经营性 is the category;
- a contractor or other party "待定"/"未定" is none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers import values
from tests.test_import_support import by_row, import_one, records, sheet_of, skipped_rows, write_csv, write_xls, \
    write_xlsx

ASSET_HEADER = ["资产编号", "资产名称", "资产类别", "购建年份", "原值（元）", "使用状况"]


# --- A. a date given only as a year ---------------------------------------------------------------


@pytest.mark.parametrize(("cell", "year"), [
    (2017, 2017), (2017.0, 2017), ("2012", 2012), ("2014年", 2014), (" 2014 年度", 2014), ("１９９８", 1998),
    (1949, 1949), (2100, 2100),
    (1930, None), (1948, None), (2101, None), (43831, None), (2017.5, None), ("2012.5", None), ("12年", None),
    (True, None), (None, None), ("二〇一二年", None),
])
def test_bare_year(cell: object, year: int | None) -> None:
    assert values.bare_year(cell) == year


def test_an_assets_year_of_acquisition_is_its_first_day(store, tmp_path: Path) -> None:
    rows = [["张庄村农村集体资产清产核资登记表"],
            ASSET_HEADER,
            ["JY-01", "村部办公楼", "经营性", "2012", 1020000, "在用"],
            ["JY-02", "农贸市场", "经营性", 2017, 856000, "出租"],
            ["FJ-01", "村文化广场", "非经营性", "2014年", 320000, "在用"],
            ["FJ-02", "健身器材", "非经营性", dt.datetime(2019, 6, 5), 45000, "在用"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张庄村资产清查.xlsx", {"张庄村": rows})))
    assert [(a["name"], a["acquired_on"]) for a in records(store, "asset")] == [
        ("村部办公楼", "2012-01-01"), ("农贸市场", "2017-01-01"), ("村文化广场", "2014-01-01"), ("健身器材", "2019-06-05")]
    assert "“购建年份”中只写了年份的日期记为该年1月1日" in sheet.note
    assert sheet.note.count("只写了年份") == 1
    assert sheet.warnings == []


def test_a_year_written_with_nian_in_a_built_on_column_is_no_warning(store, tmp_path: Path) -> None:
    rows = [["编号", "资产名称", "资产分类", "建成时间", "原值（元）"],
            ["LJ-01", "冷库", "经营性", "2008年", "¥1,020,000.00"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家湾村资产.xlsx", {"李家湾村": rows})))
    assert [(a["name"], a["acquired_on"]) for a in records(store, "asset")] == [("冷库", "2008-01-01")]
    assert sheet.warnings == []
    assert "“建成时间”中只写了年份的日期记为该年1月1日" in sheet.note


def test_a_serial_and_an_implausible_year_are_no_years(store, tmp_path: Path) -> None:
    """An Excel serial typed as a number (43831, 2020-01-01) stays a serial; 1930 is neither a plausible
    year of a village asset nor a date: warned as before, and the sheet says nothing of years."""
    rows = [ASSET_HEADER,
            ["JY-01", "仓库", "经营性", 43831, 50000, "在用"],
            ["JY-02", "老祠堂", "非经营性", 1930, 80000, "闲置"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资产.xlsx", {"资产": rows})))
    assert [(a["name"], a["acquired_on"]) for a in records(store, "asset")] == [("仓库", "2020-01-01"), ("老祠堂", None)]
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(3, "购建年份")]
    assert "只写了年份" not in sheet.note


def test_a_contract_signed_in_a_year_is_its_first_day_beside_other_forms(store, tmp_path: Path) -> None:
    rows = [["合同编号", "合同名称", "对方（乙方）", "合同金额", "签订时间"],
            ["HT-01", "店面租赁合同", "王海峰", "18.2万元", "2013年"],
            ["HT-02", "鱼塘承包合同", "刘志强", 46000, "2009.12"],
            ["HT-03", "道路硬化工程施工合同", "东岗建筑公司", "128.6万", "2016年4月10日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "合同清理登记表.xlsx", {"合同清理登记": rows})))
    assert [(c["title"], c["signed_on"]) for c in records(store, "contract")] == [
        ("店面租赁合同", "2013-01-01"), ("鱼塘承包合同", "2009-12-01"), ("道路硬化工程施工合同", "2016-04-10")]
    assert "“签订时间”中只写了年份的日期记为该年1月1日" in sheet.note
    assert sheet.warnings == []


def test_a_payment_needs_its_day_not_a_bare_year(store, tmp_path: Path) -> None:
    """A payment's date is when the money moved: a year alone is no date of it, and stays warned."""
    rows = [["日期", "凭证号", "摘要", "收入", "支出"],
            ["2023", "记-1", "收鱼塘承包费", 12000, None],
            ["2023.3.5", "记-2", "付办公用品费", None, 860]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "收支明细.xlsx", {"收支": rows})))
    assert [(p["summary"], p["date"]) for p in records(store, "payment")] == [
        ("收鱼塘承包费", None), ("付办公用品费", "2023-03-05")]
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(2, "日期")]
    assert "只写了年份" not in sheet.note


def test_a_journal_with_a_year_column_is_read_as_before(store, tmp_path: Path) -> None:
    rows = [["年", "月", "日", "凭证号", "摘要", "收入", "支出"],
            [2023, 3, 5, "记-1", "收鱼塘承包费", 12000, None],
            [2023, 3, 8, "记-2", "付办公用品费", None, 860]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "现金日记账.xlsx", {"3月": rows})))
    assert [p["date"] for p in records(store, "payment")] == ["2023-03-05", "2023-03-08"]
    assert "只写了年份" not in sheet.note


# --- B. 面积 merged over 亩 | 公顷 ---------------------------------------------------------------


def test_area_in_mu_or_hectares_under_a_merged_header(store, tmp_path: Path) -> None:
    rows = [["张庄村资源性资产清查登记表"],
            ["序号", "资源类别", "资源名称", "面积", None, "承包人", "承包期限", "年承包费（元）"],
            [None, None, None, "亩", "公顷", None, None, None],
            [1, "耕地", "北洼", 126.5, None, "张卫东", "2018-2033", 75900],
            [2, "林地", "后山杉木林", None, 12, "东岗绿源林业有限公司", "2010-2040", 9000],
            [3, "水面", "大塘", 22, 1.4667, "王春生", "2019.1.1-2023.12.31", 13200],
            [4, "耕地", "村东苗圃地", 10, 3, "东岗春晓园艺场", "2021-2031", 31500]]
    merges = {"资源": [(1, 1, 3, 4)] + [(1, 2, c, c) for c in (0, 1, 2, 5, 6, 7)]}
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "资源性资产清查登记表.xls", {"资源": rows}, merges=merges)))
    assert [(r["name"], r["area"]) for r in records(store, "resource")] == [
        ("北洼", 126.5), ("后山杉木林", 180.0), ("大塘", 22.0), ("村东苗圃地", 10.0)]
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(7, "面积/公顷")]
    assert "不一致：按面积/亩导入" in sheet.warnings[0]["reason"]


def test_area_with_its_hectares_first_is_read_in_mu(store, tmp_path: Path) -> None:
    """面积 over 公顷 | 亩: either sub-column gives the area in 亩, whichever comes first."""
    rows = [["资源名称", "面积", None, "承包人", "年承包费（元）"],
            [None, "公顷", "亩", None, None],
            ["后山林地", 4, None, "李有才", 6000],
            ["北洼", None, 30, "张卫东", 18000]]
    merges = {"资源": ["A1:A2", "B1:C1", "D1:D2", "E1:E2"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资源.xlsx", {"资源": rows}, merges=merges)))
    assert [(r["name"], r["area"]) for r in records(store, "resource")] == [("后山林地", 60.0), ("北洼", 30.0)]
    assert sheet.warnings == []


# --- C. signature and count lines under the table ----------------------------------------------------


def test_a_signature_line_closed_by_its_date_is_a_footer(store, tmp_path: Path) -> None:
    rows = [ASSET_HEADER,
            ["JY-01", "村部办公楼", "经营性", "2012", 1020000, "在用"],
            ["村股份经济合作社负责人：张建国", None, "清产核资小组组长：张建国", None, "制表人：李秀英", "2020年3月20日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资产.xlsx", {"资产": rows})))
    assert [a["name"] for a in records(store, "asset")] == ["村部办公楼"]
    assert sheet.rejected == []
    assert skipped_rows(sheet) == [3]
    assert "表尾签名" in sheet.skipped[0]["reason"]


def test_a_stamp_label_with_a_name_is_a_footer(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入金额", "支出金额", "经手人", "证明人"],
            ["2024.3.30", "记-35", "付水渠清淤机械台班费", None, "9,450.00", "徐建国", "王海明"],
            ["村务监督委员会（签章）：周永平", None, None, "制表人：陈丽娟", None, "审核人：徐建国", None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "收支明细公开.csv", rows)))
    assert [p["amount"] for p in records(store, "payment")] == [9450.0]
    assert sheet.rejected == []
    assert skipped_rows(sheet) == [3]


def test_a_voucher_lists_count_and_printer_line_is_no_entry(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "借方金额", "贷方金额"],
            ["2023-05-06", "记-1", "收到钱卫国鱼塘承包款", 16800, None],
            ["2023-05-08", "记-2", "共3张发票报销办公用品", None, 860],
            ["共22张凭证   打印人：吴晓燕   打印时间：2023-07-03 09:12"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "凭证列表.xlsx", {"凭证列表": rows})))
    assert [p["summary"] for p in records(store, "payment")] == ["收到钱卫国鱼塘承包款", "共3张发票报销办公用品"]
    assert sheet.rejected == []
    assert skipped_rows(sheet) == [4]


def test_a_data_row_with_a_date_beside_a_label_like_name_stays_data(store, tmp_path: Path) -> None:
    """A row whose first text looks like a label but that carries an amount is an entry."""
    rows = [["合同编号", "合同名称", "对方（乙方）", "合同金额", "签订时间"],
            ["HT-01", "店面租赁合同", "王海峰", 46000, "2013-05-01"],
            ["HT-02", "补充协议：店面租赁", "王海峰", 2000, "2014年6月1日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "合同.xlsx", {"合同": rows})))
    assert [c["title"] for c in records(store, "contract")] == ["店面租赁合同", "补充协议：店面租赁"]
    assert sheet.skipped == []


# --- D. 经营性/非经营性 --------------------------------------------------------------------------


def test_operating_or_not_is_the_assets_category(store, tmp_path: Path) -> None:
    rows = [["资产名称", "经营性/非经营性", "购建年份", "原值（万元）"],
            ["石桥村农贸市场", "经营性", 2017, 85.6],
            ["村卫生室", "非经营性", 2015, 12.3]]
    import_one(store, write_xlsx(tmp_path / "石桥村资产.xlsx", {"石桥村": rows}))
    assert [(a["name"], a["category"], a["amount"]) for a in records(store, "asset")] == [
        ("石桥村农贸市场", "经营性", 856000.0), ("村卫生室", "非经营性", 123000.0)]


# --- E. a party not chosen yet ------------------------------------------------------------------------


def test_a_contractor_to_be_decided_is_none(store, tmp_path: Path) -> None:
    rows = [["项目名称", "施工单位", "合同金额（元）", "开工日期"],
            ["村道硬化", "待定", None, None],
            ["水渠清淤", "未定", 12000, "2024.3.1"],
            ["文化广场", "定远县安定建筑有限公司", 380000, "2024.4.1"]]
    import_one(store, write_xlsx(tmp_path / "项目台账.xlsx", {"项目": rows}))
    projects = by_row(records(store, "project"))
    assert [(p["name"], p["contractor"]) for p in projects.values()] == [
        ("村道硬化", None), ("水渠清淤", None), ("文化广场", "定远县安定建筑有限公司")]
    assert projects[2]["raw"]["施工单位"] == "待定"


def test_a_counterparty_to_be_decided_is_none(store, tmp_path: Path) -> None:
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "签订日期"],
            ["HT-01", "鱼塘承包合同", "待定", 46000, "2023-05-01"],
            ["HT-02", "店面租赁合同", "王定", 12000, "2023-06-01"]]
    import_one(store, write_xlsx(tmp_path / "合同.xlsx", {"合同": rows}))
    assert [(c["title"], c["counterparty"]) for c in records(store, "contract")] == [
        ("鱼塘承包合同", None), ("店面租赁合同", "王定")]


def test_a_lease_ending_in_a_year_ends_on_its_last_day(store, tmp_path: Path) -> None:
    """A term given as years in two columns (起 2018 | 止 2033) runs to the end of the last year,
    as the range "2018-2033" in one cell does."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "开始日期", "结束日期"],
            ["HT-01", "鱼塘承包合同", "刘志强", 46000, "2018", "2033年"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "合同.xlsx", {"合同": rows})))
    assert [(c["started_on"], c["ended_on"]) for c in records(store, "contract")] == [("2018-01-01", "2033-12-31")]
    assert "“开始日期”中只写了年份的日期记为该年1月1日" in sheet.note
    assert "“结束日期”中只写了年份的日期记为该年12月31日" in sheet.note
