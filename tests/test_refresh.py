"""Derived data (counterparties, search index) catch up when the refresh after an import
could not run because another program held the store."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import importers
from tests.test_import_support import write_xlsx
from xuncha import cli, parties, refresh, search
from xuncha import store as store_module
from xuncha.scan import run_scan
from xuncha.store import Store


def contract_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "石桥村合同.xlsx", {"合同": [
        ["合同编号", "合同名称", "乙方单位", "合同金额", "签订日期"],
        ["HT-1", "村道硬化", "安吉宏达建设有限公司", 125000, dt.date(2022, 3, 5)],
        ["HT-2", "水渠清淤", "安吉县宏达建设有限公司", 48000, dt.date(2022, 4, 1)],
    ]})


@pytest.fixture
def busy_after_commit(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[sqlite3.Connection]]:
    """Another program takes the write lock between the import's commit and its refresh."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 150)  # stores opened from now wait 0.15 s
    holders: list[sqlite3.Connection] = []
    real_regroup = parties.regroup

    def regroup_while_locked(store: Store) -> None:
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        holders.append(other)
        real_regroup(store)

    monkeypatch.setattr(parties, "regroup", regroup_while_locked)
    yield holders
    monkeypatch.setattr(parties, "regroup", real_regroup)
    for other in holders:
        other.close()


def release(holders: list[sqlite3.Connection], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    for other in holders:
        other.close()  # rolls its transaction back: the lock is free
    holders.clear()


def test_a_busy_store_after_the_commit_leaves_the_import_done(tmp_path: Path, busy_after_commit,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "x.db")
    try:
        report = importers.import_paths(store, [contract_file(tmp_path)])
        [file_report] = report.files
        assert file_report.status == "imported" and report.records_imported() == 2
        assert "数据库正忙" in report.refresh_problem and "自动补上" in report.refresh_problem
        assert report.to_json()["refresh_problem"] == report.refresh_problem
        release(busy_after_commit, monkeypatch)

        assert store.count("contract") == 2
        assert refresh.is_stale(store)
        assert parties.list_parties(store) == []  # not grouped yet
        run_scan(store)  # the next scan catches up first
        assert not refresh.is_stale(store)
        [party] = parties.list_parties(store)
        assert len(parties.party_names(store, party.key)) == 2  # the two spellings, grouped
        assert [h.title for h in search.search(store, "水渠清淤")] == ["水渠清淤"]
    finally:
        store.close()


def test_the_cli_reports_the_import_and_warns_about_the_refresh(tmp_path: Path, busy_after_commit,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--db", str(tmp_path / "x.db"), "import", str(contract_file(tmp_path))])
    captured = capsys.readouterr()
    assert code == 0
    assert "导入 2 条" in captured.out
    [warning] = [line for line in captured.err.splitlines() if "数据库正忙" in line]
    assert warning.startswith("xuncha: 记录已全部导入")


def test_refresh_keeps_up_with_imports_and_removals(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    try:
        assert not refresh.is_stale(store)  # a new store
        importers.import_paths(store, [contract_file(tmp_path)])
        assert not refresh.is_stale(store)  # the import refreshed
        [batch] = store.batches()
        store.remove_batch(batch.id)
        assert refresh.is_stale(store)  # removed behind the refresh's back
        assert refresh.refresh_if_stale(store) is True
        assert parties.list_parties(store) == []
        assert refresh.refresh_if_stale(store) is False
    finally:
        store.close()
