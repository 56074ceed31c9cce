"""Two programs on one store: the TUI open (reading, or writing a note) while the CLI imports.

SQLite in WAL mode lets readers run beside one writer; writers wait for each
other up to the busy timeout (``store.BUSY_TIMEOUT_MS``). The tests prove
what a user relies on: a reader never sees half an import, an import waits
for a brief write and then lands, no note is lost when several programs add
notes at once (read-modify-write sessions take the write lock first), and a
store that stays busy gives one clear Chinese line, not a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hardening import corpus
from tests.hardening.conftest import REPO, assert_one_line_error, child_env, dump, integrity, run_cli
from xuncha import findings
from xuncha.store import Store, StoreBusyError

READER = r"""
import json, sys, time
from pathlib import Path
from xuncha.store import Store
from xuncha import findings
store = Store(Path(sys.argv[1]))
deadline = time.monotonic() + float(sys.argv[2])
seen, errors, loops = set(), [], 0
print("ready", flush=True)
while time.monotonic() < deadline:
    try:
        seen.add(store.count("contract"))
        findings.list_findings(store)
        store.batches()
    except Exception as error:  # noqa: BLE001 - every error is a failure of the test
        errors.append(f"{type(error).__name__}: {error}")
    loops += 1
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "loops": loops}))
"""

HOLDER = r"""
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO meta (key, value) VALUES ('held_by_other_program', 'yes')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute(sys.argv[3])
print("released", flush=True)
"""

# The same, holding the write lock until the test says "release" on its stdin (or closes it): how long
# the other commands take to start on a loaded machine then decides nothing.
HOLDER_UNTIL_TOLD = r"""
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO meta (key, value) VALUES ('held_by_other_program', 'yes')")
print("holding", flush=True)
sys.stdin.readline()
connection.execute(sys.argv[2])
print("released", flush=True)
"""


def start(code: str, *args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, env=child_env(),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() in ("ready", "holding"), first + (process.stderr.read() if process.stderr else "")
    return process


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Store(path) as store:
        findings.add_manual(store, title="村道硬化工程疑似拆分发包", village="石桥村")
    return path


@pytest.mark.slow
def test_a_reader_never_sees_half_an_import(db: Path, tmp_path: Path) -> None:
    reader = start(READER, str(db), "6")
    result = run_cli(db, "import", str(corpus.big_contract_csv(tmp_path / "台账.csv", 8000)))
    out, err = reader.communicate(timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(out.strip().splitlines()[-1])
    assert report["errors"] == [], report
    assert report["loops"] > 10
    assert set(report["seen"]) <= {0, 8000}, report["seen"]  # before or after, never in between
    assert integrity(db) == "ok"


@pytest.mark.slow
def test_an_import_waits_for_a_brief_write_and_both_land(db: Path, tmp_path: Path) -> None:
    holder = start(HOLDER, str(db), "2", "COMMIT")
    started = time.monotonic()
    result = run_cli(db, "import", str(corpus.big_contract_csv(tmp_path / "台账.csv", 500)))
    holder.communicate(timeout=30)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= 1.5  # it did wait for the other program
    with Store(db) as store:
        assert store.count("contract") == 500
        assert store.get_meta("held_by_other_program") == "yes"  # the other program's write is kept


@pytest.mark.slow
def test_a_store_busy_beyond_the_timeout_says_so_in_one_line(db: Path, tmp_path: Path) -> None:
    holder = start(HOLDER_UNTIL_TOLD, str(db), "ROLLBACK")
    path = corpus.big_contract_csv(tmp_path / "台账.csv", 200)
    note = subprocess.Popen([sys.executable, "-m", "xuncha", "--db", str(db), "findings", "note", "1",
                             "补充：已调取会议记录"], cwd=REPO, env=child_env(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    result = run_cli(db, "import", str(path))
    out, err = note.communicate(timeout=60)
    holder.communicate("release\n", timeout=30)  # held until both gave up, however slowly they started
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    line = assert_one_line_error(result, "台账.csv", "数据库正被另一个程序占用")
    assert str(db) in line
    assert_one_line_error(subprocess.CompletedProcess(note.args, note.returncode, out, err), "数据库正被另一个程序占用")
    with Store(db) as store:
        assert store.count("contract") == 0 and store.batches() == []
        assert "会议记录" not in (findings.get_finding(store, 1).notes or "")
    # Once the other program is done, the same commands work.
    assert run_cli(db, "import", str(path)).returncode == 0
    assert run_cli(db, "findings", "note", "1", "补充：已调取会议记录").returncode == 0


def test_store_busy_error_is_raised_in_process(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import xuncha.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)  # the same path as with five seconds
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store(db) as store:
            with pytest.raises(StoreBusyError, match="数据库正被另一个程序占用"):
                findings.add_note(store, 1, "不会写入")
            with pytest.raises(StoreBusyError):
                with store.transaction() as connection:
                    connection.exec_driver_sql("SELECT 1")
            assert findings.list_findings(store)  # reading is never blocked by a writer (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()


NOTER = r"""
import sys
from pathlib import Path
from xuncha.store import Store
from xuncha import findings
store = Store(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()  # all writers start together
for i in range(int(sys.argv[3])):
    findings.add_note(store, 1, f"{sys.argv[2]}第{i}条", by=sys.argv[2])
"""


@pytest.mark.slow
def test_notes_added_by_several_programs_at_once_are_all_kept(db: Path, tmp_path: Path) -> None:
    # Before: pysqlite read the finding outside any transaction, so two programs appending
    # at once overwrote each other's line (80 notes in, 61 lines kept).
    writers = [start(NOTER, str(db), name, "40") for name in ("甲", "乙", "丙")]
    importer = subprocess.Popen([sys.executable, "-m", "xuncha", "--db", str(db), "import",
                                 str(corpus.big_contract_csv(tmp_path / "台账.csv", 3000))],
                                cwd=REPO, env=child_env(), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for writer in writers:
        writer.stdin.write("go\n")  # type: ignore[union-attr]
        writer.stdin.flush()  # type: ignore[union-attr]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    _, err = importer.communicate(timeout=120)
    result = subprocess.CompletedProcess(importer.args, importer.returncode, "", err)
    assert result.returncode == 0, result.stderr
    with Store(db) as store:
        finding = findings.get_finding(store, 1)
        lines = (finding.notes or "").splitlines()
        for name in ("甲", "乙", "丙"):
            assert sum(f"{name}第" in line for line in lines) == 40, name
        assert sum(e.action == "note" for e in findings.history(store, 1)) == 120
        assert store.count("contract") == 3000
    assert integrity(db) == "ok"


@pytest.mark.slow
def test_backup_while_another_program_writes(db: Path, tmp_path: Path) -> None:
    corpus_file = corpus.big_contract_csv(tmp_path / "台账.csv", 6000)
    assert run_cli(db, "import", str(corpus_file)).returncode == 0
    writer = start(NOTER, str(db), "甲", "60")
    writer.stdin.write("go\n")  # type: ignore[union-attr]
    writer.stdin.flush()  # type: ignore[union-attr]
    copies = []
    for n in range(3):
        target = tmp_path / f"备份{n}.db"
        result = run_cli(db, "backup", str(target))
        assert result.returncode == 0, result.stderr
        copies.append(target)
    writer.communicate(timeout=120)
    for target in copies:
        assert integrity(target) == "ok"
        assert (target.stat().st_mode & 0o777) == 0o600
        with Store(target) as copy:
            assert copy.count("contract") == 6000
            notes = (findings.get_finding(copy, 1).notes or "").splitlines()
            events = [e for e in findings.history(copy, 1) if e.action == "note"]
            assert len(notes) == len(events)  # a consistent snapshot: notes and history agree
    assert dump(db)["contract"]  # the live store is untouched by the backups
