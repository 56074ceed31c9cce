"""Measures what the import cannot go below as designed: its fixed steps, without any mapping.

``import_speed.py`` times the whole import. This script times, on the same
generated workbook, only the steps whose cost does not depend on how fast
the Python mapping is:

1. the reference: python-calamine reading the sheet (what the goal compares with);
2. the safety scan of the archive (``guards.check_archive``: zip-bomb sizes, the
   sheet's extent, error cells), which must finish before calamine inflates a sheet;
3. calamine parsing the sheet (``get_sheet_by_name``), without turning rows into
   Python values;
4. writing the finished rows: the records exactly as the importer made them and
   their search-index rows, already computed, inserted into a fresh store in one
   transaction (``executemany``, the importer's own statements, the record
   table's secondary indexes dropped and rebuilt as for a long sheet), and the commit.

Steps 2 to 4 run one after the other in an import (each needs the one before),
so their sum is a floor: an import with mapping and cutting for free would
still take that long. The goal (issue 2) allows twice the reference.

Usage::

    python benchmarks/import_floor.py                  # 100k rows
    python benchmarks/import_floor.py --rows 20000
    python benchmarks/import_floor.py --keep DIR       # reuse DIR/bench_N.xlsx (import_speed.py --keep DIR)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from import_speed import generate  # the same workbook as the import benchmark


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def read_with_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    return sum(1 for _ in sheet.iter_rows()) - 1


def safety_scan(path: Path) -> None:
    from importers import guards

    with zipfile.ZipFile(path) as archive:
        guards.check_archive(archive)


def parse_only(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    book.get_sheet_by_name(book.sheet_names[0])


def mapped_rows(path: Path, workdir: Path) -> tuple[str, list[tuple], list[tuple], list[tuple]]:
    """Import once, then read back what the import wrote: (kind, record rows in the insert
    statement's column order without batch_id, doc rows, FTS rows)."""
    import importers
    from xuncha.store import Store

    db = workdir / "floor_source.db"
    _remove_store(db)
    store = Store(db)
    report = importers.import_paths(store, [path])
    kind = report.to_json()["files"][0]["sheets"][0]["kind"]
    raw = store.engine.raw_connection()
    try:
        connection = raw.driver_connection
        columns = _record_columns(kind)
        records = connection.execute(f"SELECT {', '.join(columns)} FROM {kind}").fetchall()
        docs = connection.execute("SELECT rowid, record_id, kind, batch_id, amount, year FROM search_doc "
                                  "ORDER BY rowid").fetchall()
        bodies = _bodies(connection, kind, columns, records, docs)
    finally:
        raw.close()
        store.close()
    _remove_store(db)
    return kind, records, docs, bodies


def _bodies(connection, kind: str, columns: list[str], records: list[tuple], docs: list[tuple]) -> list[tuple]:
    from xuncha import search_index as ix

    rowid_of = {record_id: rowid for rowid, record_id, *_ in docs}
    cache = ix._ValueCache(True)
    out = []
    for record in records:
        row = dict(zip(columns, record))
        out.append((rowid_of[row["id"]], cache.joined(ix.searchable_values(kind, row), " ")))
    out.sort()
    return out


def write_rows(workdir: Path, kind: str, records: list[tuple], docs: list[tuple],
               bodies: list[tuple]) -> tuple[float, float]:
    """Insert the finished rows into a fresh store as the importer does; (insert s, commit s)."""
    from xuncha import search_index as ix
    from xuncha.store import Store, _record_insert

    db = workdir / "floor_target.db"
    _remove_store(db)
    store = Store(db)
    statement = _record_insert(kind)
    try:
        with store.importing("floor.xlsx", str(db), "0" * 64, 1) as writer:
            connection = writer.driver_connection
            ix.ensure_schema(connection)
            params = [(writer.batch_id, *record) for record in records]
            started = time.perf_counter()
            writer.expect_rows(kind, len(records))  # as the importer does for a long sheet
            connection.executemany(statement.sql, params)
            connection.executemany("INSERT INTO search_doc (rowid, record_id, kind, batch_id, amount, year) "
                                   "VALUES (?, ?, ?, ?, ?, ?)", docs)
            connection.executemany("INSERT INTO search_fts (rowid, body) VALUES (?, ?)", bodies)
            inserted = time.perf_counter() - started
            committing = time.perf_counter()
        committed = time.perf_counter() - committing
    finally:
        store.close()
        _remove_store(db)
    return inserted, committed


def _remove_store(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="use DIR for the workbook and keep it")
    args = parser.parse_args(argv)
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="xuncha-floor-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"bench_{args.rows}.xlsx"
    if not path.exists():
        generate(path, args.rows)

    import python_calamine  # noqa: F401

    import importers.guards  # noqa: F401  (module imports are not part of any step)

    reference, rows = timed(read_with_calamine, path)
    scan, _ = timed(safety_scan, path)
    parse, _ = timed(parse_only, path)
    kind, records, docs, bodies = mapped_rows(path, workdir)
    inserted, committed = write_rows(workdir, kind, records, docs, bodies)

    floor = scan + parse + inserted + committed
    allowed = 2 * reference
    print(f"{rows:,} 行（{kind}）")
    print(f"  {reference:6.2f} s  参照：calamine 读取（{rows / reference:,.0f} 行/秒）；目标允许完整导入 {allowed:.2f} s")
    print(f"  {scan:6.2f} s  安全检查（压缩炸弹、工作表范围、错误单元格）")
    print(f"  {parse:6.2f} s  calamine 解析工作表（不转成 Python 值）")
    print(f"  {inserted:6.2f} s  写入已映射好的记录与检索索引行")
    print(f"  {committed:6.2f} s  提交事务")
    print(f"  {floor:6.2f} s  合计：不做任何映射、切词时导入的下限")
    print(f"下限对应的速度比 = {reference / floor:.2f}（目标 ≥ 0.50）")
    if not args.keep:
        path.unlink()
        os.rmdir(workdir)
    return 0


def _record_columns(kind: str) -> list[str]:
    from xuncha.models import RECORD_MODELS

    return [c.name for c in RECORD_MODELS[kind].__table__.columns if c.name != "batch_id"]  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
