"""Layouts of blind set qa127 (dates that are periods, not days) that used to be misread:

- a 收支明细表's 期间 column was unknown, so every date was lost (28 rows);
- payments dated to a quarter, a half-year or a run of months ("2023年第一季度", "2023年上半年", "2023年1-3月")
  or to a month alone under a title that gives the year ("二月份") had no date; they take the period's
  first day, and the note says so;
- a journal's month given by a row "一月" above its entries was not read (the rows said no month row was
  above, which was untrue);
- a term "2022年3月起，五年" (a start and a number of years) gave neither end.
Look-alike: a payment dated to a year alone ("2023年度") stays undated, as before (a decision: its day
matters and a year says nothing of it).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from importers.values import parse_date_range, period_days
from tests.test_import_support import (
    import_one,
    records,
    sheet_of,
    write_csv,
    write_xlsx,
)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2023年第一季度", D(2023, 1, 1), D(2023, 3, 31)),
    ("2023年三季度", D(2023, 7, 1), D(2023, 9, 30)),
    ("2023-Q4", D(2023, 10, 1), D(2023, 12, 31)),
    ("2023年上半年", D(2023, 1, 1), D(2023, 6, 30)),
    ("2023年下半年", D(2023, 7, 1), D(2023, 12, 31)),
    ("2023年1-3月", D(2023, 1, 1), D(2023, 3, 31)),
    ("2023年3月上旬", D(2023, 3, 1), D(2023, 3, 10)),
])
def test_a_period_has_a_first_and_a_last_day(text: str, first: D, last: D) -> None:
    assert period_days(text) == (first, last)


@pytest.mark.parametrize("text", ["2023年", "第一季度", "2023年第五季度", "2023年3-1月", "上半年"])
def test_what_names_no_period_of_a_year_is_none(text: str) -> None:
    assert period_days(text) is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2022年3月起，五年", D(2022, 3, 1), D(2027, 2, 28)),
    ("2019年起十年", D(2019, 1, 1), D(2028, 12, 31)),
    ("自2020年1月1日起为期3年", D(2020, 1, 1), D(2022, 12, 31)),
    ("2020年2月29日起1年", D(2020, 2, 29), D(2021, 2, 28)),
])
def test_a_term_given_as_its_start_and_years(text: str, start: D, end: D) -> None:
    assert parse_date_range(text) == (start, end)


def test_a_statement_kept_by_period_dates_each_entry_by_its_periods_first_day(store, tmp_path: Path) -> None:
    rows = [["青石村2023年度村级财务收支明细表"],
            ["序号", "期间", "摘要", "收付款单位", "收入金额", "支出金额"],
            [1, "2023年第一季度", "收取一季度集体房屋租金", "青石村农家乐合作社", 12000, None],
            [2, "2023年1-3月", "支付村干部一季度基本报酬", "林国栋", None, 27000],
            [3, "二月份", "购买防火物资", "青石五金店", None, 860],
            [4, "2023年度", "收取年度分红", "青石村经济合作社", 5000, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青石村2023年度收支明细表.xlsx", {"收支明细": rows})))
    assert [p["date"] for p in records(store, "payment")] == ["2023-01-01", "2023-01-01", "2023-02-01", None]
    assert "“期间”中只写到旬、季度、半年或几个月的日期记为该时段第一天" in sheet.note


def test_a_month_row_in_chinese_numerals_dates_the_entries_below_it(store, tmp_path: Path) -> None:
    rows = [["红旗村2023年现金日记账"],
            ["2023年", None, "凭证号", "摘要", "收入", "支出"], ["月", "日", None, None, None, None],
            ["一月", None, None, None, None, None],
            [None, 4, "现-01", "收取村民水费", 860, None],
            ["二月", None, None, None, None, None],
            [None, 6, "现-02", "支付保洁员工资", None, 1800]]
    import_one(store, write_xlsx(tmp_path / "红旗村2023年现金日记账.xlsx", {"现金日记账": rows}))
    assert [p["date"] for p in records(store, "payment")] == ["2023-01-04", "2023-02-06"]


def test_a_lease_term_of_a_start_and_years_gives_both_ends(store, tmp_path: Path) -> None:
    rows = [["序号", "资源名称", "面积（亩）", "承包方", "年承包金（元）", "承包期限"],
            [1, "大塘水面", 18, "孙志强", 12000, "2022年3月起，五年"]]
    import_one(store, write_csv(tmp_path / "柳树湾村集体资源发包台账.csv", rows, encoding="gbk"))
    assert [(r["started_on"], r["ended_on"]) for r in records(store, "resource")] == [("2022-03-01", "2027-02-28")]
