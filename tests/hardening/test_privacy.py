"""Inspection data is evidence about people: files private, numbers masked, nothing in logs.

- the store (and SQLite's -wal/-shm beside it), exports, bundles and backups
  are created readable by their owner only, whatever the umask;
- ``xuncha export --mask`` hides ID-card and phone numbers in every sheet;
- no record content reaches a log: xuncha configures no logging, writes no
  log file, and even with SQLAlchemy's statement log switched on (as a user
  debugging SQL might) the bound values are hidden (``hide_parameters``);
- ``xuncha backup`` makes a consistent copy while another connection writes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path

import openpyxl
import pytest

import importers
from tests.hardening import corpus
from tests.hardening.conftest import child_env, integrity, run_cli
from xuncha import cli, findings
from xuncha.bundle import export_bundle
from xuncha.export import write_findings_workbook
from xuncha.flags import current_flags
from xuncha.scan import run_scan
from xuncha.search import search
from xuncha.store import Store

PHONE = "13912345678"
ID_NUMBER = "330102199001011234"
PERSON = "欧阳隐私"
COMPANY = "隐私测试建设有限公司"
SECRET_SUMMARY = "付隐私测试款"
SECRETS = (PHONE, ID_NUMBER, PERSON, COMPANY, SECRET_SUMMARY)


def private_ledger(folder: Path) -> list[Path]:
    cadres = corpus.write_table_xlsx(folder / "村干部名单.xlsx", [
        ["石桥村村干部名单"], ["姓名", "职务", "联系电话", "身份证号"],
        [PERSON, "村委委员", PHONE, ID_NUMBER], ["张三", "书记", "13800000001", "330102198001011111"],
    ], sheet="干部")
    payments = corpus.write_table_xlsx(folder / "收支明细.xlsx", [
        ["石桥村2023年收支明细账"], ["凭证号", "日期", "摘要", "支出", "往来单位", "结算方式", "经手人"],
        ["记-001", "2023-03-01", f"{SECRET_SUMMARY}（联系人 {PHONE}）", 8000, COMPANY, "现金", PERSON],
        ["记-002", "2023-03-02", f"付{PERSON}劳务（身份证 {ID_NUMBER}）", 6000, PERSON, "现金", "张三"],
    ], sheet="收支")
    return [cadres, payments]


def fill_store(store: Store, folder: Path) -> None:
    report = importers.import_paths(store, private_ledger(folder))
    assert all(f.status == "imported" for f in report.files), [f.message for f in report.files]
    run_scan(store)
    for flag in current_flags(store):
        findings.add_from_flag(store, flag.id)
    records = store.records("payment") + store.records("cadre")
    findings.add_manual(store, title=f"{PERSON}（{PHONE}）经手现金支出", village="石桥村",
                        notes=f"身份证 {ID_NUMBER}", evidence=[r.id for r in records])
    search(store, COMPANY)
    search(store, PERSON)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# --- files are private ------------------------------------------------------------------------------


def test_store_exports_bundles_and_backups_are_owner_only(tmp_path: Path, private_umask: None) -> None:
    db = tmp_path / "数据" / "xuncha.db"
    with Store(db) as store:
        fill_store(store, tmp_path)
        assert mode(db) == 0o600
        for suffix in ("-wal", "-shm"):  # SQLite gives them the database file's mode
            side = db.with_name(db.name + suffix)
            if side.exists():
                assert mode(side) == 0o600, suffix
        export = write_findings_workbook(store, tmp_path / "导出" / "问题清单.xlsx")
        bundle = export_bundle(store, tmp_path / "导出" / "交换.json")
    assert mode(export) == 0o600 and mode(bundle) == 0o600
    backup = tmp_path / "备份.db"
    assert cli.main(["--db", str(db), "backup", str(backup)]) == 0
    assert mode(backup) == 0o600
    # --force over a file that was world-readable leaves it private too.
    shared = tmp_path / "旧备份.db"
    shared.write_bytes(b"")
    os.chmod(shared, 0o644)
    assert cli.main(["--db", str(db), "backup", str(shared), "--force"]) == 0
    assert mode(shared) == 0o600 and integrity(shared) == "ok"
    # Exports and bundles never leave a readable temporary file behind.
    assert sorted(p.name for p in (tmp_path / "导出").iterdir()) == ["交换.json", "问题清单.xlsx"]


def test_cli_created_store_is_private(tmp_path: Path) -> None:
    db = tmp_path / "新建" / "store.db"
    result = run_cli(db, "records", env=child_env(PYTHONSTARTUP=""), timeout=60)
    assert result.returncode == 0, result.stderr
    # The child ran with the test run's umask; the file must be 0600 regardless.
    assert mode(db) == 0o600


# --- masking -----------------------------------------------------------------------------------------


def workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row
                     if c.value is not None)


def test_mask_hides_phone_and_id_numbers_in_every_sheet(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with Store(db) as store:
        fill_store(store, tmp_path)
    plain, masked = tmp_path / "plain.xlsx", tmp_path / "masked.xlsx"
    assert run_cli(db, "export", str(plain)).returncode == 0
    result = run_cli(db, "export", str(masked), "--mask")
    assert result.returncode == 0, result.stderr
    plain_text, masked_text = workbook_text(plain), workbook_text(masked)
    assert PHONE in plain_text and ID_NUMBER in plain_text  # not vacuous: the numbers are in the export
    assert PHONE not in masked_text and ID_NUMBER not in masked_text
    assert "139****5678" in masked_text and "3301**********1234" in masked_text
    assert "13800000001" not in masked_text  # the cadre list's other phone, in the evidence sheet
    assert PERSON in masked_text  # names are kept: the register must say who


# --- no record content in logs -------------------------------------------------------------------------


def test_no_record_content_in_logs_even_at_debug(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root_handlers = list(logging.getLogger().handlers)
    caplog.set_level(logging.DEBUG)  # every logger at DEBUG, and SQLAlchemy's statements
    caplog.set_level(logging.INFO, logger="sqlalchemy")  # as ``echo=True`` logs them (bound values hidden)
    with Store(tmp_path / "store.db") as store:
        fill_store(store, tmp_path)
        write_findings_workbook(store, tmp_path / "清单.xlsx", mask=True)
    assert logging.getLogger().handlers == root_handlers  # xuncha configures no logging
    logged = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    assert caplog.records, "the test is vacuous: nothing was logged at DEBUG"
    for secret in SECRETS:
        assert secret not in logged, secret


def test_the_cli_writes_no_log_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = child_env(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                    XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
                    XUNCHA_CONFIG_DIR=str(home / "config" / "xuncha"))
    env.pop("XUNCHA_DB", None)
    paths = private_ledger(tmp_path)
    for args in (["import", *map(str, paths)], ["scan"], ["search", PERSON], ["export", str(tmp_path / "x.xlsx")]):
        result = run_cli(home / "data" / "xuncha" / "xuncha.db", *args, env=env)
        assert result.returncode == 0, (args, result.stderr)
        for secret in (PHONE, ID_NUMBER):
            assert secret not in result.stderr, args  # stderr carries reasons and counts, not content
    created = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert created == ["data/xuncha/xuncha.db"], created


# --- a consistent backup while writing -----------------------------------------------------------------


def test_backup_is_consistent_while_a_writer_thread_inserts(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with Store(db) as store:
        importers.import_paths(store, [corpus.big_contract_csv(tmp_path / "台账.csv", 5000)])
        finding = findings.add_manual(store, title="并发备份", village="石桥村")
    stop = threading.Event()
    written = 0

    def writer() -> None:
        nonlocal written
        with Store(db) as other:
            while not stop.is_set():
                findings.add_note(other, finding.id, f"第{written}条")
                written += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for n in range(4):
            target = tmp_path / f"backup{n}.db"
            assert cli.main(["--db", str(db), "backup", str(target)]) == 0
            copies.append(target)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert written > 0
    for target in copies:
        assert integrity(target) == "ok" and mode(target) == 0o600
        with Store(target) as copy:
            assert copy.count("contract") == 5000
            notes = (findings.get_finding(copy, finding.id).notes or "").splitlines()
            assert len(notes) == sum(e.action == "note" for e in findings.history(copy, finding.id))
        connection = sqlite3.connect(target)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.close()
