"""A hostile environment around sound files: a kill while a store is first created, a file saved
while it is imported, a stray NUL near the top of a csv, a workbook named as another format,
a full disk, a read-only disk.

Files and stores are real and written by each test; the command line runs as the user runs it
(``python -m xuncha`` in a child process). The full and read-only disks are small tmpfs mounts:
those tests run where mounting is allowed (root in a container) and are skipped elsewhere; each
of their bugs also has a test that needs no mount.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlmodel import SQLModel, create_engine

import importers
from importers import pipeline
from importers.report import FAILED, IMPORTED
from tests.hardening import corpus
from tests.hardening.conftest import SAMPLE_DATA, assert_one_line_error, integrity, run_cli, run_python
from xuncha import cli
from xuncha.store import Store, StoreError, _load_table_modules, translate_error


def table_names(db: Path) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    finally:
        connection.close()


def contract_csv(path: Path, rows: int, *, title_of: dict[int, str] | None = None) -> Path:
    """A contract ledger in csv, one contract a row; ``title_of`` replaces some titles (0-based)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(corpus.CONTRACT_HEADER)
        for index in range(rows):
            title = (title_of or {}).get(index, f"石桥村道路硬化工程{index}")
            writer.writerow([f"HT-{index:05d}", title, "浙江宏达建设有限公司", 1000 + index, "2022-03-05"])
    return path


# --- a kill while the store is first created ---------------------------------------------------------


def test_a_store_whose_first_creation_was_cut_short_opens_and_imports(tmp_path: Path) -> None:
    """A kill after the first tables but before the version table left a store refused for ever."""
    db = tmp_path / "新库.db"
    _load_table_modules()
    engine = create_engine(f"sqlite:///{db}")
    first = [t for t in SQLModel.metadata.sorted_tables if t.name != "meta"][:3]
    SQLModel.metadata.create_all(engine, tables=first)
    engine.dispose()
    assert "meta" not in table_names(db)

    result = run_cli(db, "import", str(contract_csv(tmp_path / "合同台账.csv", 5)))

    assert result.returncode == 0, result.stderr
    assert "meta" in table_names(db)
    assert integrity(db) == "ok"


def test_a_store_that_is_not_ours_is_still_refused(tmp_path: Path) -> None:
    db = tmp_path / "其他程序.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE batch (id INTEGER PRIMARY KEY, note TEXT)")
    connection.execute("INSERT INTO batch (note) VALUES ('别人的数据')")
    connection.commit()
    connection.close()

    assert_one_line_error(run_cli(db, "batches"), "不是巡察数据库")


def test_creating_a_store_is_one_transaction(tmp_path: Path) -> None:
    """A creation that fails (or is killed) midway leaves no table behind, so the next open starts afresh."""
    db = tmp_path / "store.db"
    _load_table_modules()
    late = SQLModel.metadata.tables["party"]

    def cut_short(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("killed here")

    event.listen(late, "before_create", cut_short)
    try:
        with pytest.raises(RuntimeError, match="killed here"):
            Store(db)
    finally:
        event.remove(late, "before_create", cut_short)

    assert table_names(db) == []
    Store(db).close()
    assert "meta" in table_names(db)


def test_opening_a_complete_store_never_waits_for_a_writer(tmp_path: Path) -> None:
    """Creating the schema in a transaction must not make every open take the write lock."""
    db = tmp_path / "store.db"
    Store(db).close()
    writer = sqlite3.connect(db)
    writer.execute("BEGIN IMMEDIATE")
    try:
        result = run_cli(db, "batches", "--json", timeout=30)
    finally:
        writer.rollback()
        writer.close()
    assert result.returncode == 0, result.stderr


# --- a file saved while it is imported ---------------------------------------------------------------


@pytest.fixture
def saved_meanwhile(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[Path, Path]]:
    """Files replaced (as Excel and WPS save: a new file renamed over the old) between their hash and their read."""
    replacements: dict[Path, Path] = {}
    real_open = pipeline.open_workbook

    def open_after_a_save(path: Path) -> object:
        newer = replacements.pop(Path(path), None)
        if newer is not None:
            os.replace(newer, path)
        return real_open(path)

    monkeypatch.setattr(pipeline, "open_workbook", open_after_a_save)
    yield replacements


def test_a_file_saved_while_it_is_imported_is_not_kept_under_the_old_hash(
        tmp_path: Path, saved_meanwhile: dict[Path, Path]) -> None:
    ledger = contract_csv(tmp_path / "合同台账.csv", 20)
    old_content = ledger.read_bytes()
    saved_meanwhile[ledger] = contract_csv(tmp_path / "另存中.csv", 30)
    store = Store(tmp_path / "store.db")

    report = importers.import_paths(store, [ledger])

    (file_report,) = report.files
    assert file_report.status == FAILED
    assert "合同台账.csv" in file_report.message and "被改动或替换" in file_report.message
    assert store.batches() == [] and store.count("contract") == 0
    # Both versions import afterwards, each once and whole: neither is taken for the other.
    assert importers.import_paths(store, [ledger]).files[0].imported == 30
    older = tmp_path / "旧版" / "合同台账.csv"
    older.parent.mkdir()
    older.write_bytes(old_content)
    again = importers.import_paths(store, [older]).files[0]
    assert again.status == IMPORTED and again.imported == 20
    assert store.count("contract") == 50
    store.close()


def test_a_file_left_alone_imports_as_before(tmp_path: Path, saved_meanwhile: dict[Path, Path]) -> None:
    store = Store(tmp_path / "store.db")
    report = importers.import_paths(store, [contract_csv(tmp_path / "合同台账.csv", 20)])
    assert report.files[0].status == IMPORTED and store.count("contract") == 20
    store.close()


# --- control bytes near the top of a csv --------------------------------------------------------------


@pytest.mark.parametrize("row", [1, 4000], ids=["near-the-top", "further-down"])
def test_a_stray_nul_in_a_csv_cell_is_kept_wherever_it_is(tmp_path: Path, row: int) -> None:
    """One NUL byte in the first 8 KB refused the whole file ("neither Excel nor csv"); further down it was kept."""
    ledger = contract_csv(tmp_path / "合同台账.csv", 5000, title_of={row: "道路\x00硬化工程"})
    db = tmp_path / "store.db"

    result = run_cli(db, "import", str(ledger), "--json")

    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("SELECT count(*) FROM contract").fetchone()[0] == 5000
        assert connection.execute("SELECT count(*) FROM contract WHERE title = ?", ("道路\x00硬化工程",)).fetchone()[0] == 1
    finally:
        connection.close()


def test_binary_files_are_still_refused_as_not_a_spreadsheet(tmp_path: Path) -> None:
    image = tmp_path / "照片.csv"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert_one_line_error(run_cli(tmp_path / "store.db", "import", str(image)), "照片.csv", "不是可识别的表格文件")


# --- a workbook whose name says another format -------------------------------------------------------


@pytest.mark.parametrize(("sample", "renamed", "records"), [
    ("石桥村2022年收支明细账.xls", "石桥村收支明细账.xlsx", 51),
    ("合同台账2021-2023.xlsx", "合同台账.xls", 45),
], ids=["xls-named-xlsx", "xlsx-named-xls"])
def test_a_workbook_is_read_by_its_content_not_its_name(tmp_path: Path, sample: str, renamed: str,
                                                       records: int) -> None:
    """calamine picked its reader by the name: an old .xls saved as .xlsx was refused ("invalid Zip archive")."""
    workbook = tmp_path / renamed
    shutil.copy(SAMPLE_DATA / sample, workbook)
    db = tmp_path / "store.db"

    result = run_cli(db, "import", str(workbook), "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["sheets"][0]["imported"] == records


def test_an_encrypted_xls_named_xlsx_asks_for_the_password_to_be_removed(tmp_path: Path) -> None:
    workbook = corpus.encrypted_xls(tmp_path / "加密台账.xlsx")
    assert_one_line_error(run_cli(tmp_path / "store.db", "import", str(workbook)), "加密台账.xlsx", "密码")


# --- a full disk -----------------------------------------------------------------------------------------


FULL_DISK_EXPORT = r"""
import errno, io, os, sys
import xuncha.files
from xuncha.cli import main


class FullDisk(io.FileIO):
    # A file on a disk that fills up after its first 4 KB.

    def write(self, data):
        if self.tell() + len(data) > 4096:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.name)
        return super().write(data)


def open_on_a_full_disk(path, mode="r", *args, **kwargs):
    return FullDisk(path, mode.replace("b", "")) if "w" in mode else open(path, mode, *args, **kwargs)


xuncha.files.open = open_on_a_full_disk  # what xuncha hands out is written through files.write_private
sys.exit(main(sys.argv[1:]))
"""


def test_an_export_that_runs_out_of_room_says_so_in_one_line(tmp_path: Path) -> None:
    """openpyxl's half-written zip was collected after the file closed: "Exception ignored … Traceback"."""
    db = tmp_path / "store.db"
    assert run_cli(db, "findings", "add", "--title", "手工问题", "--village", "石桥村").returncode == 0
    target = tmp_path / "问题清单.xlsx"

    result = run_python(FULL_DISK_EXPORT, "--db", str(db), "export", str(target))

    assert_one_line_error(result, str(target), "磁盘已满")
    assert "Exception ignored" not in result.stderr
    assert not target.exists() and [p.name for p in tmp_path.glob(".xuncha-export-*")] == []


def test_copy_pages_puts_a_full_disk_on_the_backup(tmp_path: Path) -> None:
    class FullDestination:
        def backup(self, _destination: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    temp = tmp_path / ".xuncha-backup-x.db"
    with pytest.raises(OSError) as raised:
        cli._copy_pages(FullDestination(), None, temp)  # type: ignore[arg-type]
    assert raised.value.errno == errno.ENOSPC and raised.value.filename == str(temp)


def test_a_disk_io_error_on_a_full_disk_is_called_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite reports a full disk while it makes its -shm file as "disk I/O error"; the user was
    told to check whether the U disk had been pulled out."""
    store_path = tmp_path / "store.db"
    monkeypatch.setattr("xuncha.store.shutil.disk_usage", lambda _path: shutil._ntuple_diskusage(3 << 20, 3 << 20, 0))
    translated = translate_error(sqlite3.OperationalError("disk I/O error"), store_path)
    assert isinstance(translated, StoreError) and "磁盘已满" in str(translated) and "拔出" not in str(translated)


def test_a_store_on_a_read_only_disk_is_not_called_a_permission_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store_path = tmp_path / "store.db"
    Store(store_path).close()

    class ReadOnly:
        f_flag = os.ST_RDONLY

    monkeypatch.setattr("xuncha.store.os.statvfs", lambda _path: ReadOnly())
    monkeypatch.setattr("xuncha.store.os.access", lambda _path, _mode: False)
    translated = translate_error(sqlite3.OperationalError("attempt to write a readonly database"), store_path)
    assert isinstance(translated, StoreError)
    assert "只读" in str(translated) and "其他用户" not in str(translated)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs mounted in tmp_path; skipped where mounting is not allowed."""
    mount_point = tmp_path / "U盘"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(mount_point)],
                             capture_output=True, text=True) if shutil.which("mount") else None
    if mounted is None or mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root (a container in CI)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill the disk up to ``leave`` bytes."""
    free = shutil.disk_usage(disk).free
    with (disk / "占满.bin").open("ab") as handle:
        handle.write(b"\0" * max(0, free - leave))
    os.sync()


def test_on_a_full_disk_every_message_names_the_right_disk(tmp_path: Path, small_disk: Path) -> None:
    db = small_disk / "store.db"
    ledger = contract_csv(tmp_path / "合同台账.csv", 20)
    assert run_cli(db, "import", str(ledger)).returncode == 0
    assert run_cli(db, "findings", "add", "--title", "手工问题", "--village", "石桥村").returncode == 0
    roomy = tmp_path / "roomy.db"
    shutil.copy(db, roomy)
    fill(small_disk)

    # The store itself on the full disk: a full disk, not a pulled-out U disk.
    line = assert_one_line_error(run_cli(db, "findings", "list"), str(db), "磁盘已满")
    assert "拔出" not in line
    # A backup onto the full disk from a store with room: the backup's path, never the store's.
    target = small_disk / "备份.db"
    line = assert_one_line_error(run_cli(roomy, "backup", str(target)), str(target), "磁盘已满")
    assert str(roomy) not in line
    # An export onto the full disk: one line, no traceback of a half-written zip.
    export = small_disk / "问题清单.xlsx"
    assert_one_line_error(run_cli(roomy, "export", str(export)), str(export), "磁盘已满")
    assert integrity(roomy) == "ok"
    (small_disk / "占满.bin").unlink()
    assert integrity(db) == "ok"


def test_a_store_on_a_read_only_disk_says_so(tmp_path: Path, small_disk: Path) -> None:
    db = small_disk / "store.db"
    assert run_cli(db, "import", str(contract_csv(tmp_path / "合同台账.csv", 20))).returncode == 0
    assert run_cli(db, "findings", "add", "--title", "手工问题", "--village", "石桥村").returncode == 0
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if remounted.returncode != 0:
        pytest.skip("cannot remount read-only here")

    line = assert_one_line_error(run_cli(db, "findings", "note", "1", "备注"), str(db), "只读")
    assert "其他用户" not in line
