"""Rows of round 16's blind sets (qa89–qa92) that were read otherwise than an inspector reads them:

- qa89: a 管理费用 ledger's year-end closing entry ("记-99 期末结转本年收益", 贷方 97,596) became an income
  of the year's whole spending; "付卫生保洁员刘桂英2月工资" and "陈志刚赴宿迁参加培训差旅费" named no payee,
  and "收麦秸秆打捆销售款" named one (麦秸).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.persons import summary_person
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_a_year_end_closing_entry_is_no_payment(store, tmp_path: Path) -> None:
    rows = [["陈庄村管理费用明细账（多栏式）"], ["2023年"],
            ["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"],
            ["2023-02-08", "记-14", "陈志刚赴宿迁参加培训差旅费", 520, None, "借", 520],
            ["2023-12-31", "记-99", "期末结转本年收益", None, 520, "平", 0]]
    report = import_one(store, write_xlsx(tmp_path / "陈庄村2023年明细账.xlsx", {"管理费用": rows}))
    payments = records(store, "payment")
    assert [(p["amount"], p["direction"], p["counterparty"]) for p in payments] == [(520.0, "out", "陈志刚")]
    assert any("期末结转分录" in item["reason"] for item in sheet_of(report).skipped)


@pytest.mark.parametrize(("summary", "person"), [
    ("付卫生保洁员刘桂英2月工资", "刘桂英"),
    ("陈志刚赴宿迁参加培训差旅费", "陈志刚"),
    ("收麦秸秆打捆销售款", None),
])
def test_payees_of_qa89_in_the_summary(summary: str, person: str | None) -> None:
    assert summary_person(summary, "李湾村") == person


@pytest.mark.parametrize(("text", "villages"), [
    ("平湖市塘桥强村发展有限公司2023年银行存款日记账", []),  # qa91: a 强村公司 filed under a village 塘桥强村
    ("新华强村投资有限公司", []),
    ("自强村发展规划", ["自强村"]),                          # villages called so stay villages
    ("富强村2023年收支", ["富强村"]),
])
def test_a_company_the_villages_own_names_no_village(text: str, villages: list[str]) -> None:
    from importers.villages import find_villages
    assert find_villages(text) == villages
