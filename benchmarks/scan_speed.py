"""Benchmark the full scan on generated townships of 100k and 1M records.

    python benchmarks/scan_speed.py                   # 100k and 1M
    python benchmarks/scan_speed.py --sizes 100000    # one size
    python benchmarks/scan_speed.py --blank-payees    # journals without a payee column
    python benchmarks/scan_speed.py --second-book 0.3 # 30% of the payments again in a second book

``--blank-payees`` moves every payment's payee into its 摘要 ("付宏达建设支付…进度款")
and leaves the payee column empty, as in a 现金日记账 without a counterparty
column: the rules then find known parties in the 摘要 (xuncha.rules.mentions),
the costliest case of that path. Planted payment problems are then only found
where the 摘要 names a known party, so fewer are found; that is expected.

``--second-book SHARE`` imports that share of the payments a second time, as
another batch (a 银行日记账 beside the 收支明细账): the scan must pair them
(xuncha.rules.copies) and flag exactly what it flags without them.

Each size: generate a township with planted problems (tests/rules/synthetic.py),
write it into a temporary store through the import writer (SQLAlchemy Core),
group the counterparties and build the search index as an import does
(xuncha.refresh.after_records_changed), then time ``run_scan``:
loading the rows, and each rule. Also prints how many planted problems were
flagged and look-alikes wrongly flagged. Nothing is kept; no data is committed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.rules.synthetic import generate, insert_into_store  # noqa: E402

RECORDS_PER_VILLAGE = 3500
"""About what one village makes with 40 works a year and 3000 small payments over three years."""


def run(size: int, seed: int, blank_payees: bool = False, second_book: float = 0.0) -> None:
    from xuncha.refresh import after_records_changed
    from xuncha.scan import run_scan
    from xuncha.store import Store

    villages = max(2, size // RECORDS_PER_VILLAGE)
    clock = time.perf_counter()
    township = generate(seed=seed, villages=villages, works_per_village=40, payments_per_village=3000,
                        planted_per_rule=max(10, villages // 3))
    if blank_payees:
        for record in township.records:
            if record["kind"] == "payment" and record.get("counterparty"):
                record["summary"] = f"付{record.pop('counterparty')}{record.get('summary') or ''}"
    generated = time.perf_counter() - clock
    with tempfile.TemporaryDirectory(prefix="xuncha-bench-") as folder:
        store = Store(Path(folder) / "bench.db")
        clock = time.perf_counter()
        insert_into_store(store, township.records)
        copies = _second_book(township.records, second_book)
        if copies:
            insert_into_store(store, copies)
        inserted = time.perf_counter() - clock
        clock = time.perf_counter()
        # What an import does after writing its records (counterparty groups, search index): without
        # it, the scan's own catch-up (refresh_if_stale) would be timed as part of the scan.
        after_records_changed(store)
        grouped = time.perf_counter() - clock
        clock, cpu = time.perf_counter(), time.process_time()
        result = run_scan(store)
        scanned, scanned_cpu = time.perf_counter() - clock, time.process_time() - cpu
        store.close()
    book = f", {len(copies):,} payments again in a second book" if copies else ""
    print(f"\n== {township.count():,} records, {villages} villages{' (blank payees)' if blank_payees else ''}{book} ==")
    print(f"generate {generated:.1f} s · insert {inserted:.1f} s · group parties and index {grouped:.1f} s")
    # CPU time alongside wall time: on a shared machine the wall clock also measures the neighbours.
    print(f"full scan {scanned:.2f} s wall, {scanned_cpu:.2f} s CPU  "
          f"(load rows, link payments to works, find names in 摘要 {result.load_seconds:.2f} s, "
          f"rules {sum(s.seconds for s in result.stats):.2f} s, storing flags and the rest "
          f"{scanned - result.load_seconds - sum(s.seconds for s in result.stats):.2f} s)")
    print(f"{'rule':<24}{'seconds':>9}{'evaluated':>11}{'flagged':>9}{'flags':>7}")
    for stats in result.stats:
        print(f"{stats.rule:<24}{stats.seconds:>9.2f}{stats.evaluated:>11,}{stats.flagged:>9,}{stats.flags:>7,}")
    cited: dict[str, list[set[str]]] = {}
    for flag in result.flags:
        cited.setdefault(flag.rule, []).append({record["id"] for record in flag.records})
    found = sum(any(p.evidence <= ids for ids in cited.get(p.rule, [])) for p in township.planted)
    wrong = sum(any(p.evidence & ids for ids in cited.get(p.rule, [])) for p in township.lookalikes)
    print(f"planted flagged {found}/{len(township.planted)} · look-alikes flagged {wrong}/{len(township.lookalikes)}"
          f" · flags {len(result.flags):,}")
    for warning in result.warnings:
        print(f"warning: {warning}")


def _second_book(records: list[dict], share: float) -> list[dict]:
    """Every n-th payment again, under another id: the same entries as a second book holds them."""
    if share <= 0:
        return []
    step = max(1, round(1 / share))
    payments = [record for record in records if record["kind"] == "payment"]
    return [dict(record, id=f"{record['id']}-b") for record in payments[::step]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--blank-payees", action="store_true",
                        help="payments without a payee column: the payee only in the 摘要")
    parser.add_argument("--second-book", type=float, default=0.0, metavar="SHARE",
                        help="import this share of the payments again as a second book (0-1)")
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.seed, args.blank_payees, args.second_book)
    return 0


if __name__ == "__main__":
    sys.exit(main())
