"""Layouts of blind set qa122 (numbers and dates Excel mangled): a voucher number Excel turned into a date
("1-15" typed, 15 January stored) was stored as the voucher "2023-01-15", silently; it is kept raw with a
warning saying what it may have been. Look-alike: voucher numbers written as text or numbers read as before.
(The yyyy.mmdd dates of the same set are in tests/test_values.py.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_a_voucher_number_excel_made_a_date_is_kept_raw_and_said(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入", "支出"],
            ["2023-01-15", dt.datetime(2023, 1, 15), "支付保洁费", None, 800],
            ["2023-01-20", "记-16", "收租金", 6000, None],
            ["2023-01-21", 17, "买水", None, 45]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东坡村现金日记账.xlsx", {"1月": rows})))
    assert [p["voucher"] for p in records(store, "payment")] == [None, "记-16", "17"]
    assert any("凭证号是日期" in item["reason"] and "“1-15”" in item["reason"] for item in sheet.warnings)
