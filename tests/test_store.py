"""The store: schema version, pragmas, private file, transactions, batch removal."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from xuncha import models
from xuncha.store import SCHEMA_VERSION, ImportWriter, SheetCounts, Store, StoreError, StoreVersionError


def write_two_contracts(store: Store, sha: str = "a" * 64) -> int:
    with store.importing("合同.xlsx", "/tmp/合同.xlsx", sha, 100) as writer:
        sheet_id = writer.add_sheet("合同台账", "contract", "石桥村", 3, {"合同金额": "amount"})
        rows = []
        for row in (4, 5):
            raw = {"合同名称": f"道路{row}", "合同金额": "90500"}
            rows.append({
                "id": models.record_uid(sha, "合同台账", row), "village": "石桥村",
                "source_file": "合同.xlsx", "source_sheet": "合同台账", "source_row": row,
                "raw": json.dumps(raw, ensure_ascii=False), "row_hash": models.row_hash(raw),
                "title": f"道路{row}", "amount": 9_050_000,
            })
        writer.add_records("contract", rows)
        writer.add_issues([{"level": models.REJECTED, "file": "合同.xlsx", "sheet": "合同台账",
                            "row": 6, "column": "合同金额", "value": "待定", "reason": "无法识别的金额"}])
        writer.finish_sheet(sheet_id, SheetCounts(imported=2, rejected=1))
        return writer.batch_id


def test_new_store_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    mode = stat.S_IMODE((tmp_path / "s.db").stat().st_mode)
    assert mode == 0o600
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert store.get_meta("schema_version") == str(SCHEMA_VERSION)


def test_store_of_another_version_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreVersionError, match="版本为 99"):
        Store(path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="无法打开数据库"):
        Store(path)


def test_import_writes_records_with_provenance(store: Store) -> None:
    write_two_contracts(store)
    records = store.records("contract")
    assert [r.source_row for r in records] == [4, 5]
    data = models.record_dict(records[0])
    assert data["amount"] == 90500.0
    assert data["source"] == {"file": "合同.xlsx", "sheet": "合同台账", "row": 4}
    assert models.raw_cells(records[0]) == {"合同名称": "道路4", "合同金额": "90500"}
    assert [i.reason for i in store.issues("rejected")] == ["无法识别的金额"]


def test_import_failure_leaves_the_store_unchanged(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.importing("坏.xlsx", "/tmp/坏.xlsx", "b" * 64, 1) as writer:
            writer.add_sheet("Sheet1", "contract", "", 1, {})
            raise RuntimeError("reader died")
    assert store.batches() == []
    assert store.batch_sheets() == []


def test_remove_batch_removes_its_records_and_issues(store: Store) -> None:
    batch_id = write_two_contracts(store)
    assert store.remove_batch(batch_id)
    assert store.count("contract") == 0
    assert store.issues() == []
    assert not store.remove_batch(batch_id)


def test_record_ids_are_stable_across_stores(tmp_path: Path) -> None:
    first, second = Store(tmp_path / "1.db"), Store(tmp_path / "2.db")
    write_two_contracts(first)
    write_two_contracts(second)
    assert [r.id for r in first.records()] == [r.id for r in second.records()]


# --- bulk loads: secondary indexes dropped and rebuilt inside the transaction ------------------------


def _contract_indexes(store: Store) -> list[str]:
    connection = sqlite3.connect(store.path)
    try:
        return sorted(name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contract' AND sql IS NOT NULL"))
    finally:
        connection.close()


def test_a_bulk_load_rebuilds_the_indexes_it_dropped(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    indexes = _contract_indexes(store)
    assert indexes  # the record tables have secondary indexes to drop
    monkeypatch.setattr("xuncha.store.BULK_LOAD_MIN_ROWS", 2)
    original = ImportWriter.add_records
    seen_inside: list[list[str]] = []

    def add_records(writer: ImportWriter, kind: str, rows: list) -> None:
        writer.expect_rows(kind, len(rows))
        seen_inside.append(sorted(name for (name,) in writer.driver_connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contract' AND sql IS NOT NULL")))
        original(writer, kind, rows)

    monkeypatch.setattr(ImportWriter, "add_records", add_records)
    write_two_contracts(store)
    assert seen_inside == [[]]  # loaded without them
    assert _contract_indexes(store) == indexes  # and they are back after the commit
    assert [r.source_row for r in store.records("contract", village="石桥村")] == [4, 5]


def test_a_failed_bulk_load_leaves_the_indexes(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    indexes = _contract_indexes(store)
    monkeypatch.setattr("xuncha.store.BULK_LOAD_MIN_ROWS", 2)
    with pytest.raises(RuntimeError):
        with store.importing("坏.xlsx", "/tmp/坏.xlsx", "b" * 64, 1) as writer:
            writer.expect_rows("contract", 10)
            raise RuntimeError("reader died")
    assert _contract_indexes(store) == indexes


def test_a_bulk_load_into_a_larger_table_keeps_the_indexes(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    write_two_contracts(store)
    monkeypatch.setattr("xuncha.store.BULK_LOAD_MIN_ROWS", 1)
    with store.importing("小.xlsx", "/tmp/小.xlsx", "c" * 64, 1) as writer:
        writer.expect_rows("contract", 1)  # 1 row coming, 2 present: rebuilding would cost more
        inside = writer.driver_connection.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contract' AND sql IS NOT NULL"
        ).fetchone()[0]
    assert inside == len(_contract_indexes(store)) > 0
