"""A laptop closed mid-import: SIGKILL the CLI at random moments; every batch is whole or absent.

Each run imports two fresh files (10 000 and 2 500 rows) with ``python -m
xuncha --db DB import`` and is killed after a random delay (seeded) drawn
from the whole length of a run: while Python starts, inside the first file's
transaction, between the files, in the second, in the refresh of the
counterparties and the search index afterwards. After every kill the store
must pass ``PRAGMA integrity_check`` and ``foreign_key_check``, and every
batch must be complete: its sheets' imported counts equal its records, and
equal the rows of the file it came from. At the end a clean import succeeds,
and the derived data (search index, counterparty identities), which a kill
between commit and refresh leaves behind, have caught up with every batch.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hardening import corpus
from tests.hardening.conftest import REPO, child_env, run_cli
from xuncha.models import KINDS
from xuncha.store import Store

RUNS = 15
SEED = 20240607
FILES = (("A", 10_000), ("B", 2_500))
ROWS_BY_TAG_LETTER = dict(FILES)


def check_store(db: Path) -> dict[str, int]:
    """The invariants after a kill; returns {batch file name: records}."""
    connection = sqlite3.connect(db, timeout=10)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        batches = dict(connection.execute("SELECT id, file_name FROM batch").fetchall())
        found: dict[str, int] = {}
        for batch_id, file_name in batches.items():
            sheets = connection.execute(
                "SELECT kind, imported FROM importsheet WHERE batch_id = ?", (batch_id,)).fetchall()
            assert sheets, f"batch {batch_id} ({file_name}) without its sheets"
            records = sum(connection.execute(f"SELECT count(*) FROM {kind} WHERE batch_id = ?",
                                             (batch_id,)).fetchone()[0] for kind in KINDS)
            assert records == sum(imported for _, imported in sheets), (file_name, records, sheets)
            expected = ROWS_BY_TAG_LETTER[file_name.removesuffix(".csv")[-1]]
            assert records == expected, f"batch {file_name} holds {records} of {expected} rows"
            found[file_name] = records
        for kind in KINDS:
            orphans = connection.execute(
                f"SELECT count(*) FROM {kind} WHERE batch_id NOT IN (SELECT id FROM batch)").fetchone()[0]
            assert orphans == 0, kind
        for table in ("importsheet", "importissue"):
            orphans = connection.execute(
                f"SELECT count(*) FROM {table} WHERE batch_id NOT IN (SELECT id FROM batch)").fetchone()[0]
            assert orphans == 0, table
        return found
    finally:
        connection.close()


def start_import(db: Path, paths: list[Path]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "xuncha", "--db", str(db), "import", *map(str, paths)],
                            cwd=REPO, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_whole_batches(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    Store(db).close()
    rng = random.Random(SEED)

    def files_for(run: int) -> list[Path]:
        return [corpus.big_contract_csv(tmp_path / f"r{run:02d}{letter}.csv", rows, tag=f"R{run:02d}{letter}")
                for letter, rows in FILES]

    # One uninterrupted run measures how long a run takes on this machine.
    started = time.monotonic()
    process = start_import(db, files_for(0))
    _, stderr = process.communicate(timeout=120)
    length = time.monotonic() - started
    assert process.returncode == 0, stderr.decode()
    assert len(check_store(db)) == 2

    killed = 0
    for run in range(1, RUNS + 1):
        process = start_import(db, files_for(run))
        delay = rng.uniform(0.05, length * 1.1)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            killed += 1
        else:
            assert process.returncode == 0, process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
        check_store(db)
    assert killed >= RUNS // 2, f"only {killed} of {RUNS} runs were killed: the delays are too long"

    # A clean import afterwards works, and the derived data catch up with every surviving batch.
    final = files_for(99)
    result = run_cli(db, "import", *map(str, final))
    assert result.returncode == 0, result.stderr
    survivors = check_store(db)
    assert {p.name for p in final} <= set(survivors)
    connection = sqlite3.connect(db)
    try:
        records = dict(connection.execute("SELECT batch_id, count(*) FROM contract GROUP BY batch_id").fetchall())
        indexed = dict(connection.execute("SELECT batch_id, docs FROM search_batch").fetchall())
        documents = dict(connection.execute("SELECT batch_id, count(*) FROM search_doc GROUP BY batch_id").fetchall())
        assert indexed == records and documents == records
        named = connection.execute("SELECT COALESCE(SUM(records), 0) FROM party_name").fetchone()[0]
        assert named == connection.execute("SELECT count(*) FROM contract WHERE counterparty IS NOT NULL").fetchone()[0]
    finally:
        connection.close()
