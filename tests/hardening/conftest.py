"""Shared helpers of the hardening tests: CLI in a subprocess, store dumps, time limits, no network."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE_DATA = REPO / "sample_data"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: the repository importable, no terminal colours."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONWARNINGS", None)
    env.update(extra)
    return env


def run_cli(db: Path, *args: str, timeout: float = 120, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
    """``python -m xuncha --db DB ARGS…`` in a child process; never hangs the test run."""
    return subprocess.run(
        [sys.executable, "-m", "xuncha", "--db", str(db), *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env or child_env(),
    )


def run_python(code: str, *args: str, timeout: float = 120, env: dict[str, str] | None = None,
               ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, env=env or child_env())


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit status 1, no traceback, the reason in one stderr line that holds every fragment."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


# --- store dumps -------------------------------------------------------------------------------


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), for before/after comparisons."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            try:
                rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.OperationalError:  # virtual tables without their module
                continue
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        connection.close()


def integrity(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


# --- time limits -------------------------------------------------------------------------------


class TimeLimit(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the run) when the block takes longer than ``seconds``."""

    def expired(_signum: int, _frame: Any) -> None:
        raise TimeLimit(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- a child that reports its own time and peak memory --------------------------------------------

MEASURED_IMPORT = r"""
import json, resource, sys, time
# A safety net: a regression must fail this test, not take the machine down.
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from pathlib import Path
import importers
from xuncha.store import Store
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store = Store(Path(sys.argv[1]))
start = time.monotonic()
report = importers.import_paths(store, [Path(sys.argv[2])])
seconds = time.monotonic() - start
f = report.files[0]
print(json.dumps({"status": f.status, "message": f.message, "seconds": seconds,
                  "imported": f.imported, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "base_mb": before / 1024}, ensure_ascii=False))
"""


def measured_import(db: Path, path: Path, timeout: float = 60) -> dict[str, Any]:
    """Import one file in a child process; its status, message, seconds and peak RSS in MB."""
    result = run_python(MEASURED_IMPORT, str(db), str(path), timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- no network --------------------------------------------------------------------------------


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Opening an internet socket, connecting or resolving a name fails the test (and is recorded).

    Local (AF_UNIX) sockets stay allowed: asyncio's self-pipe uses them.
    """
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:3]!r}")
            raise NetworkUsed(f"xuncha tried the network: {name}")

        return blocked

    real_init = socket.socket.__init__

    def guarded_init(self: socket.socket, family: int = -1, type: int = -1, proto: int = -1,
                     fileno: int | None = None) -> None:
        if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
            refuse("socket.socket")(family, type)
        real_init(self, family, type, proto, fileno)

    monkeypatch.setattr(socket.socket, "__init__", guarded_init)
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn",
                 "create_server"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


@pytest.fixture
def private_umask() -> Iterator[None]:
    """A permissive umask, as on many laptops, so that 0600 must come from xuncha, not the umask."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds (subprocesses, kills, large files); still in the default run")
