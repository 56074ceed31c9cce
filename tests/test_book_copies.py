"""Two books of one village record the same entries: the scan counts each once.

The end-to-end tests import the sample's real 收支明细账 (.xls) and contract
ledger, then a bank journal written as a CSV in another layout that repeats
the ledger's entries, and run the real scan and the CLI. Before, every shared
entry was counted twice: contracts "paid" twice their price, monthly wages
"paid twice". The unit tests pin down when two payments are one entry.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

import importers
from xuncha import cli
from xuncha.rules.context import PaymentRow
from xuncha.rules.copies import drop_book_copies
from xuncha.scan import run_scan
from xuncha.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
LEDGER = SAMPLE / "石桥村2022年收支明细账.xls"
CONTRACTS = SAMPLE / "合同台账2021-2023.xlsx"


def bank_journal(store: Store, folder: Path, *, only_vouchers: set[str] | None = None) -> Path:
    """The ledger's entries again, as a bank journal with other headers (借方/贷方, 对方户名)."""
    rows = [r for r in _ledger_payments(store) if only_vouchers is None or r["voucher"] in only_vouchers]
    path = folder / "石桥村2022年银行存款日记账.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["石桥村股份经济合作社2022年银行存款日记账"])
        writer.writerow(["日期", "凭证字号", "摘要", "对方户名", "借方金额", "贷方金额", "结算方式"])
        for row in rows:
            amount = f"{row['amount'] / 100:.2f}"
            writer.writerow([row["date"], row["voucher"], row["summary"], row["counterparty"] or "",
                             amount if row["direction"] == "in" else "", amount if row["direction"] == "out" else "",
                             "转账"])
    return path


def _ledger_payments(store: Store) -> list[dict]:
    with store.engine.connect() as connection:
        cursor = connection.connection.driver_connection.execute(
            "SELECT date, voucher, summary, counterparty, amount, direction FROM payment "
            "WHERE source_file = ? ORDER BY source_row", (LEDGER.name,))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]


def flag_texts(store: Store) -> dict[str, str]:
    return {flag.id: flag.title for flag in run_scan(store).flags}


@pytest.fixture
def ledger_store(store: Store) -> Store:
    report = importers.import_paths(store, [LEDGER, CONTRACTS])
    assert all(f.status == "imported" for f in report.files)
    return store


def test_a_second_book_of_the_same_entries_changes_no_flag(ledger_store: Store, tmp_path: Path) -> None:
    before = flag_texts(ledger_store)
    journal = bank_journal(ledger_store, tmp_path)
    report = importers.import_paths(ledger_store, [journal])

    sheet = report.files[0].sheets[0]
    assert sheet.imported == 51
    assert sheet.book_copies and sheet.book_copies["rows"] == 51
    assert f"全部 51 笔收支也记在批次 {sheet.book_copies['batch_id']}（{LEDGER.name}）中" in sheet.note
    result = run_scan(ledger_store)
    assert {flag.id: flag.title for flag in result.flags} == before
    assert f"{journal.name} 的 51 笔收支也记在 {LEDGER.name} / 收支明细账 中" in result.book_copies
    assert result.book_copies in result.warnings


def test_entries_only_one_book_holds_still_count(ledger_store: Store, tmp_path: Path) -> None:
    """Half the bank journal repeats the ledger; the scan drops exactly those."""
    vouchers = {row["voucher"] for row in _ledger_payments(ledger_store)}
    half = set(sorted(vouchers)[: len(vouchers) // 2])
    journal = bank_journal(ledger_store, tmp_path, only_vouchers=half)
    importers.import_paths(ledger_store, [journal])
    shared = sum(1 for row in _ledger_payments(ledger_store) if row["voucher"] in half)

    result = run_scan(ledger_store)
    assert f"的 {shared} 笔收支也记在" in result.book_copies


def test_without_the_copies_rule_overpayment_would_double(ledger_store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The scenario is real: with the copies kept, the same import doubles what contracts were paid."""
    from xuncha import scan

    importers.import_paths(ledger_store, [bank_journal(ledger_store, tmp_path)])
    counted_once = {f.title for f in run_scan(ledger_store).flags if f.rule == "overpayment"}
    monkeypatch.setattr(scan, "drop_book_copies", lambda payments: (payments, []))
    counted_twice = {f.title for f in run_scan(ledger_store).flags if f.rule == "overpayment"}
    assert len(counted_twice) > len(counted_once)


def test_cli_scan_tells_the_inspector(ledger_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = bank_journal(ledger_store, tmp_path)
    assert cli.main(["--db", str(ledger_store.path), "import", str(journal), "--json"]) == 0
    sheet = json.loads(capsys.readouterr().out)["files"][0]["sheets"][0]
    assert sheet["book_copies"]["rows"] == 51
    assert cli.main(["--db", str(ledger_store.path), "scan"]) == 0
    err = capsys.readouterr().err
    assert "同一笔账记在两本账里" in err and "筛查时这 51 笔按一笔计" in err


# --- when two payments are one entry ---------------------------------------------------------------------

DAY = dt.date(2023, 3, 5)


def payment(pid: str, batch: int, *, voucher: str | None = "记-5", payee: str = "", amount: int = 500_000,
            date: dt.date = DAY, direction: str = "out", village: str = "石桥村", sheet: str = "账") -> PaymentRow:
    return PaymentRow(id=pid, village=village, voucher=voucher, date=date, direction=direction, amount=amount,
                      counterparty=payee or None, identity=payee, batch_id=batch, source_sheet=sheet)


def kept_ids(payments: list[PaymentRow]) -> list[str]:
    return [p.id for p in drop_book_copies(payments)[0]]


def test_same_voucher_in_another_book_is_one_entry_and_the_first_is_kept() -> None:
    kept, copies = drop_book_copies([payment("a", 1), payment("b", 2, voucher="记15"), payment("c", 2)])
    assert [p.id for p in kept] == ["a", "b"]
    assert [(c.source, c.earlier, c.count) for c in copies] == [((2, "账"), (1, "账"), 1)]


def test_voucher_numbers_are_compared_without_dashes_and_spaces() -> None:
    assert kept_ids([payment("a", 1, voucher="记-15"), payment("b", 2, voucher="记 15")]) == ["a"]


def test_same_payee_without_vouchers_is_one_entry() -> None:
    assert kept_ids([payment("a", 1, voucher=None, payee="宏达建设"),
                     payment("b", 2, voucher=None, payee="宏达建设")]) == ["a"]


def test_another_sheet_of_the_same_file_is_another_book() -> None:
    assert kept_ids([payment("a", 1, sheet="收支明细"), payment("b", 1, sheet="银行日记账")]) == ["a"]


@pytest.mark.parametrize("other", [
    payment("b", 1),  # the same book: two lines of one voucher
    payment("b", 2, amount=500_001),
    payment("b", 2, date=DAY + dt.timedelta(days=1)),
    payment("b", 2, direction="in"),
    payment("b", 2, village="刘家塘村"),
    payment("b", 2, voucher="记-6"),
    payment("b", 2, voucher=None),  # nothing but day and amount in common
], ids=["same-book", "amount", "date", "direction", "village", "voucher", "no-voucher-no-payee"])
def test_payments_that_differ_are_both_counted(other: PaymentRow) -> None:
    assert kept_ids([payment("a", 1), other]) == ["a", "b"]


def test_pairs_are_one_to_one_so_a_real_duplicate_stays() -> None:
    """Book 1 pays 宏达建设 twice on one day (记-5, 记-6); the bank journal shows one transfer."""
    first = payment("a1", 1, voucher="记-5", payee="宏达建设")
    second = payment("a2", 1, voucher="记-6", payee="宏达建设")
    bank = payment("b1", 2, voucher=None, payee="宏达建设")
    assert kept_ids([first, second, bank]) == ["a1", "a2"]
    assert kept_ids([first, second, bank, payment("b2", 2, voucher=None, payee="宏达建设"),
                     payment("b3", 2, voucher=None, payee="宏达建设")]) == ["a1", "a2", "b3"]


def test_a_third_book_is_matched_against_what_the_first_two_kept() -> None:
    assert kept_ids([payment("a", 1), payment("b", 2), payment("c", 3)]) == ["a"]
