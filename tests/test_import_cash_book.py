"""A 现金日记账 says once, in its title, how every entry was paid: the records carry it.

Cash journals rarely have a 结算方式 column, so the large_cash rule, which reads
the method (or the account), never saw a payment of them as cash. These tests
write real workbooks, import them through ``importers.import_paths`` and scan.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx
from xuncha.scan import run_scan

HEADER = ["日期", "凭证号", "摘要", "对方科目", "借方金额", "贷方金额", "余额"]
ROWS = [[dt.date(2023, 3, 5), "记-5", "提取备用金", "银行存款", 20000, None, 20000],
        [dt.date(2023, 3, 9), "记-6", "支付小公园护栏石材款 永顺石材", "其他支出", None, 8600, 11400],
        [dt.date(2023, 3, 19), "记-7", "支付河道保洁工资", "应付工资", None, 3000, 8400]]


def journal(tmp_path: Path, title: str, *, sheet: str = "Sheet1", file: str = "吴家道村2023年账.xlsx",
            header: list[str] = HEADER, rows: list[list] = ROWS) -> Path:
    return write_xlsx(tmp_path / file, {sheet: [[title], header, *rows]})


def test_a_cash_journal_without_a_method_column_records_cash(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, journal(tmp_path, "吴家道村2023年现金日记账")))
    assert "结算方式记为“现金”" in sheet.note
    got = by_row(records(store, "payment"))
    assert [(got[r]["direction"], got[r]["method"]) for r in (3, 4, 5)] == [("in", "现金"), ("out", "现金"),
                                                                           ("out", "现金")]
    assert "结算方式" not in got[4]["raw"]  # the raw row stays as the file has it
    flags = [flag for flag in run_scan(store).flags if flag.rule == "large_cash"]
    assert [[ref["source"]["row"] for ref in flag.records] for flag in flags] == [[4]]  # not the wages


@pytest.mark.parametrize("title, sheet, file", [
    ("吴家道村2023年银行存款日记账", "Sheet1", "吴家道村现金日记账.xlsx"),  # the title names another book
    ("吴家道村2023年现金银行日记账", "Sheet1", "吴家道村2023年账.xlsx"),
    ("吴家道村2023年收支明细账", "现金", "吴家道村2023年账.xlsx"),
])
def test_other_books_leave_the_method_unknown(store, tmp_path: Path, title: str, sheet: str, file: str) -> None:
    import_one(store, journal(tmp_path, title, sheet=sheet, file=file))
    assert {record["method"] for record in records(store, "payment")} == {None}


def test_the_sheet_or_file_name_tells_when_the_title_names_no_book(store, tmp_path: Path) -> None:
    import_one(store, journal(tmp_path, "吴家道村2023年", file="吴家道村现金日记账.xlsx"))
    assert {record["method"] for record in records(store, "payment")} == {"现金"}


def test_a_method_column_is_read_as_it_is(store, tmp_path: Path) -> None:
    rows = [[*row, "转账"] for row in ROWS]
    import_one(store, journal(tmp_path, "吴家道村2023年现金日记账", header=[*HEADER, "结算方式"], rows=rows))
    assert {record["method"] for record in records(store, "payment")} == {"转账"}
