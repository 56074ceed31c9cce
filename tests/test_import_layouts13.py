"""Layouts found in blind importer pass 19 (农经站 workbooks, 发包台账, 巩固衔接 项目库) that used to
make false records or misread fields.

Each test writes a real file and imports it through ``importers.import_paths``, or checks a pure
function on a table:

- a 科目余额表 (two-row 期初余额 / 本期发生额 / 期末余额 over 借方 | 贷方, or flat 期初借方 | 本期贷方 …) beside
  the 日记账 holds account balances, not entries: it gives no record and a note saying so, while a
  日记账 with 期初余额 lines, even one in a sheet so named, is imported as before;
- a 发包台账's 承包起日 | 承包止日 are the lease's start and end, and its 承包年限 (20) is a length in
  years, never the Excel serial 1900-01-20;
- a project's budget under 资金规模（万元） over 合计 | 衔接资金 | 其他资金, the parts naming its sources.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers import values
from importers.cells import term_converter
from importers.synonyms import match_column
from tests.test_import_support import import_one, records, sheet_of, write_xls, write_xlsx

# --- a 科目余额表 beside the journal -------------------------------------------------------------------

_JOURNAL = [["现金日记账"],
            ["日期", "凭证号", "摘要", "借方", "贷方", "余额"],
            [None, None, "期初余额", None, None, 1286.5],
            [dt.date(2023, 1, 5), "记-1", "收村集体土地租金", 6500, None, 7786.5],
            [dt.date(2023, 1, 9), "记-2", "付村部电费", None, 379.4, 7407.1]]


def test_a_two_row_trial_balance_beside_the_journal_gives_no_record(store, tmp_path: Path) -> None:
    """Pass 19: 期初余额/借方 and 期初余额/贷方 were read as income and spending: false payments."""
    balances = [["科目余额表"],
                ["核算单位：青杠村股份经济合作社     期间：2023年1月—2023年3月     单位：元"],
                ["科目编码", "科目名称", "期初余额", None, "本期发生额", None, "期末余额", None],
                [None, None, "借方", "贷方", "借方", "贷方", "借方", "贷方"],
                ["101", "现金", 1286.5, None, 6500, 8179.4, None, None],
                ["102", "银行存款", 185620.35, None, 208388.26, 166530, None, None],
                ["301", "资本", None, 1416206.85, None, None, None, 1416206.85]]
    merges = {"科目余额表": [(2, 2, 2, 3), (2, 2, 4, 5), (2, 2, 6, 7), (2, 3, 0, 0), (2, 3, 1, 1)]}
    path = write_xls(tmp_path / "青杠村2023年日记账.xls", {"现金日记账": _JOURNAL, "科目余额表": balances},
                     merges=merges)
    report = import_one(store, path)
    sheet = sheet_of(report, "科目余额表")
    assert sheet.kind is None and sheet.imported == 0 and not sheet.rejected
    assert sheet.note.startswith("科目余额表（试算平衡表）") and "未导入" in sheet.note
    assert [p["summary"] for p in records(store, "payment")] == ["收村集体土地租金", "付村部电费"]


def test_a_flat_trial_balance_is_known_by_its_headers_whatever_its_name(store, tmp_path: Path) -> None:
    """Pass 19: 用友's flat 期初借方 | 期初贷方 | 本期借方 | 本期贷方 | 期末借方 | 期末贷方, here in a sheet named Sheet2."""
    balances = [["期间：2023.07-2023.09"],
                ["科目编码", "科目名称", "期初借方", "期初贷方", "本期借方", "本期贷方", "期末借方", "期末贷方"],
                ["1001", "库存现金", 2318.4, None, 9000.0, 8986.0, 2332.4, None],
                ["1002", "银行存款", 156230.18, None, 66338.67, 38270.6, 184298.25, None],
                ["5502", "管理费用", None, None, 28024.0, None, 28024.0, None]]
    path = write_xlsx(tmp_path / "大松树村_用友T3_库存现金明细账.xlsx", {"明细账": _JOURNAL, "Sheet2": balances})
    sheet = sheet_of(import_one(store, path), "Sheet2")
    assert sheet.kind is None and sheet.note.startswith("科目余额表（试算平衡表）")
    assert len(records(store, "payment")) == 2


def test_a_journal_in_a_sheet_named_as_balances_is_still_imported(store, tmp_path: Path) -> None:
    """The name alone does not make a sheet of balances: dated entries with vouchers are entries."""
    path = write_xlsx(tmp_path / "青杠村现金账.xlsx", {"余额表": _JOURNAL})
    sheet = sheet_of(import_one(store, path))
    assert sheet.kind == "payment" and sheet.imported == 2
    assert "科目余额表" not in sheet.note


# --- a 发包台账's 承包起日 | 承包止日 and 承包年限 ---------------------------------------------------------


def test_lease_start_and_end_days_and_a_length_in_years(store, tmp_path: Path) -> None:
    """Pass 19: 承包起日/承包止日 (20190301) were not read, and 承包年限 20 became the start 1900-01-20."""
    rows = [["马坞镇草坪村集体资源发包台账"],
            ["序号", "资源名称", "面积（亩）", "承包方", "承包起日", "承包止日", "承包年限", "年承包金（元）"],
            [1, "四荒地", 120, "马文明", 20190301, 20390228, 20, 3600],
            [2, "河滩地", 15, "张建军", 20220301, 20270228, 5, 1500]]
    path = write_xls(tmp_path / "马坞镇农经站_村集体资源发包台账.xls", {"草坪村": rows})
    sheet = sheet_of(import_one(store, path))
    terms = [(r["name"], r["started_on"], r["ended_on"]) for r in records(store, "resource")]
    assert terms == [("四荒地", "2019-03-01", "2039-02-28"), ("河滩地", "2022-03-01", "2027-02-28")]
    assert not sheet.warnings and not sheet.rejected


def test_a_length_in_years_beside_a_start_gives_the_end(store, tmp_path: Path) -> None:
    """A 承包年限 typed as a number counts the end from the start, as '30年' did."""
    rows = [["上寨村资源发包台账"],
            ["序号", "资源名称", "承包方", "承包起始日期", "承包年限", "年承包金（元）"],
            [1, "林地", "李有福", dt.date(2018, 1, 1), 30, 2000]]
    import_one(store, write_xls(tmp_path / "上寨村资源发包台账.xls", {"上寨村": rows}))
    assert [(r["started_on"], r["ended_on"]) for r in records(store, "resource")] == [("2018-01-01", "2047-12-31")]


@pytest.mark.parametrize("value", [20, 5.0, 3, "10"])
def test_a_small_whole_number_under_a_term_header_is_no_date(value: object) -> None:
    with pytest.raises(values.ValueProblem, match="年限"):
        term_converter(0)(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("2008.01.01-2057.12.31", (dt.date(2008, 1, 1), dt.date(2057, 12, 31))),
    (dt.date(2019, 3, 1), (dt.date(2019, 3, 1), None)),
    (43525, (dt.date(2019, 3, 1), None)),
])
def test_a_term_cell_holding_dates_is_still_read(value: object, expected: tuple) -> None:
    assert term_converter(0)(value) == expected


def test_a_number_that_would_be_a_date_in_1900_is_refused_in_a_term() -> None:
    with pytest.raises(values.ValueProblem, match="不像日期"):
        term_converter(0)(365)


@pytest.mark.parametrize(("kind", "header", "field"), [
    ("resource", "承包起日", "started_on"), ("resource", "承包止日", "ended_on"),
    ("resource", "起始日", "started_on"), ("resource", "终止日", "ended_on"),
    ("resource", "流转起日", "started_on"), ("resource", "租赁止日", "ended_on"),
    ("contract", "承包起日", "started_on"), ("contract", "合同止日", "ended_on"),
])
def test_start_and_end_days_are_synonyms(kind: str, header: str, field: str) -> None:
    found = match_column("", header, kind)
    assert found is not None and found.field == field


# --- a budget under 资金规模 ---------------------------------------------------------------------------


def test_the_total_under_a_funding_scale_is_the_budget(store, tmp_path: Path) -> None:
    """Pass 19: 资金规模（万元） over 合计 | 衔接资金 | 其他资金 gave no budget."""
    rows = [["岷县2023年巩固衔接项目库（马坞镇）"],
            ["序号", "项目名称", "实施地点", "资金规模（万元）", None, None, "实施单位"],
            [None, None, None, "合计", "衔接资金", "其他资金", None],
            ["一、产业发展类"],
            [1, "草坪村中药材种植基地", "草坪村", 85, 80, 5, "马坞镇人民政府"],
            [2, "上寨村产业路硬化", "上寨村", 12.85, 12.85, None, "马坞镇人民政府"]]
    merges = ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]
    path = write_xlsx(tmp_path / "岷县2023年巩固衔接项目库.xlsx", {"马坞镇": rows}, merges={"马坞镇": merges})
    import_one(store, path, village="马坞镇")
    projects = [(p["name"], p["budget"], p["funding"]) for p in records(store, "project")]
    assert projects == [("草坪村中药材种植基地", 850000.0, "衔接资金、其他资金"),
                        ("上寨村产业路硬化", 128500.0, "衔接资金")]


@pytest.mark.parametrize("parent", ["资金规模（万元）", "投资规模（万元）", "项目资金（万元）", "资金总额"])
def test_the_total_under_a_funding_parent_is_a_budget(parent: str) -> None:
    found = match_column(parent, "合计", "project")
    assert found is not None and found.field == "budget"
