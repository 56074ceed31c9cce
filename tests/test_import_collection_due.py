"""A 收缴登记表 household that paid less than it owed (实交 < 应交) is imported as paid, with a warning.

Unpaid 承包费 (欠缴) is among the first things an inspector checks in a collection register: a
household paying 3,250 of 6,500 was imported with no word of the 3,250 still owed. The 应交
column is read only in a collection register; elsewhere it is unused and does not make a sheet
look like payments.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx

TITLE = ["张庄村2024年度机动地承包费收缴台账"]
HEADER = ["序号", "承包户", "应交金额", "实交金额", "交款日期", "收据号"]


def collection(tmp_path: Path, *rows: list) -> Path:
    return write_xlsx(tmp_path / "张庄村承包费收缴台账.xlsx", {"收缴": [TITLE, HEADER, *rows]})


def test_a_part_payment_is_imported_as_paid_and_the_rest_is_said(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, collection(tmp_path, [1, "王五", 6500, 3250, "2024.3.5", "0012"])))
    assert [(p["counterparty"], p["amount"], p["direction"]) for p in records(store, "payment")] == [("王五", 3250.0, "in")]
    assert [(w["row"], w["column"], w["reason"]) for w in sheet.warnings] == [
        (3, "应交金额", "少交 3250.00 元：应交金额 6500.00 元，实交 3250.00 元，按实交导入，请核对是否欠交")]


def test_a_full_or_larger_payment_says_nothing(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, collection(tmp_path, [1, "王五", 6500, 6500, "2024.3.5", "0012"],
                                                  [2, "李四", 4000, 4500, "2024.3.6", "0013"])))
    assert [p["amount"] for p in records(store, "payment")] == [6500.0, 4500.0]
    assert sheet.warnings == []


def test_a_household_that_paid_nothing_is_still_reported_as_unpaid(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, collection(tmp_path, [1, "赵六", 3000, None, None, None])))
    assert records(store, "payment") == []
    assert [r["reason"][:3] for r in sheet.rejected] == ["未交款"]


def test_a_due_column_outside_a_collection_register_is_unused(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "应收金额", "收入", "支出"],
            ["2024-03-05", "记-3", "收王五承包费", 6500, 3250, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张庄村现金日记账.xlsx", {"现金": rows})))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(3250.0, "in")]
    assert sheet.warnings == []


def test_a_lease_register_with_rent_due_stays_a_lease_register(store, tmp_path: Path) -> None:
    rows = [["资源名称", "承包方", "面积（亩）", "年租金", "应收租金", "承包起止"],
            ["东洼机动地", "王五", 20, 6000, 6000, "2020.1.1-2029.12.31"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张庄村资源发包台账.xlsx", {"发包": rows})))
    assert sheet.kind == "resource"
    assert [(r["counterparty"], r["amount"]) for r in records(store, "resource")] == [("王五", 6000.0)]
