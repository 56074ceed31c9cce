"""xuncha works on a laptop with no network: nothing it does opens a socket or resolves a name.

The ``no_network`` fixture replaces socket creation and name resolution with
a function that fails the test; the whole workflow then runs on the sample
township: import, search, scan, the findings notebook, the export and a team
bundle. A second test runs the command line in a child process with the same
block installed before xuncha is imported, so that lazy imports are covered.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

import importers
from tests.hardening.conftest import SAMPLE_DATA, NetworkUsed, child_env, run_python
from xuncha import findings
from xuncha.bundle import export_bundle, import_bundle
from xuncha.export import write_findings_workbook
from xuncha.flags import current_flags
from xuncha.scan import run_scan
from xuncha.search import search
from xuncha.store import Store


def test_the_whole_workflow_runs_with_sockets_blocked(no_network: list[str], tmp_path: Path) -> None:
    with Store(tmp_path / "store.db") as store:
        report = importers.import_paths(store, [SAMPLE_DATA])
        assert report.imported_any() and all(f.status == "imported" for f in report.files), report.failures()
        assert search(store, "宏达建设") and search(store, "hongda")  # pinyin too
        result = run_scan(store)
        assert result is not None
        flags = current_flags(store)
        assert flags
        taken = findings.add_from_flag(store, flags[0].id)
        findings.set_status(store, taken.id, "confirmed", note="已核实")
        findings.add_note(store, taken.id, "离线备注")
        manual = findings.add_manual(store, title="手工问题", village=flags[0].village or "石桥村")
        findings.set_status(store, manual.id, "dismissed")
        write_findings_workbook(store, tmp_path / "问题清单.xlsx")
        write_findings_workbook(store, tmp_path / "问题清单-掩码.xlsx", mask=True)
        bundle = export_bundle(store, tmp_path / "交换.json")
    with Store(tmp_path / "other.db") as other:
        import_bundle(other, bundle)
        assert findings.list_findings(other)
    assert no_network == []


OFFLINE_CLI = r"""
import socket, sys
def blocked(*args, **kwargs):
    sys.stderr.write("NETWORK ATTEMPT %r\n" % (args[:3],))
    raise OSError("network blocked by the test")
real_init = socket.socket.__init__
def guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
    if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
        blocked("socket.socket", family, type)
    real_init(self, family, type, proto, fileno)
socket.socket.__init__ = guarded_init
for name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, name, blocked)
for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn", "create_server"):
    setattr(socket, name, blocked)
from xuncha.cli import main
db, sample, out = sys.argv[1:4]
codes = [
    main(["--db", db, "import", sample]),
    main(["--db", db, "search", "宏达", "--json"]),
    main(["--db", db, "scan", "--json"]),
    main(["--db", db, "findings", "list"]),
    main(["--db", db, "villages"]),
    main(["--db", db, "export", out, "--mask"]),
    main(["--db", db, "backup", out + ".db"]),
    main(["--db", db, "demo", "--no-tui"]),
]
print("CODES", codes)
"""


def test_the_cli_runs_with_sockets_blocked_before_import(tmp_path: Path) -> None:
    result = run_python(OFFLINE_CLI, str(tmp_path / "store.db"), str(SAMPLE_DATA), str(tmp_path / "清单.xlsx"),
                        timeout=180, env=child_env(TMPDIR=str(tmp_path)))  # the demo's store lands here
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    codes = json.loads(result.stdout.strip().splitlines()[-1].removeprefix("CODES ").replace("'", '"'))
    assert codes == [0] * 8, (codes, result.stderr[-2000:])


def test_the_block_itself_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.com", 443)
    left, right = socket.socketpair()  # local sockets (asyncio's self-pipe) still work
    left.close()
    right.close()
    assert len(no_network) == 3
