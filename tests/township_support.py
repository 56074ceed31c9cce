"""Shared by the end-to-end township tests (``test_scan_township*.py``): a folder of written files
imported with the real importer and scanned with the real rules, and what each flag cites."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

Cited = dict[str, list[set[tuple[str, str, int]]]]
"""Rule id -> the (file, sheet, Excel row) each of its flags cites."""


def scan_township(tmp_path_factory: pytest.TempPathFactory, name: str,
                  writers: Iterable[Callable[[Path], None]]) -> Cited:
    """Write the township's files, import the folder (no row may be rejected), scan, and return what each flag cites."""
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    home = tmp_path_factory.mktemp(name)
    folder = home / "files"
    folder.mkdir()
    for write in writers:
        write(folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XUNCHA_CONFIG_DIR", str(home / "config"))
        store = Store(home / "township.db")
        report = importers.import_paths(store, [folder])
        assert not [s.rejected for f in report.files for s in f.sheets if s.rejected], report.to_json()
        flags = run_scan(store).flags
        store.close()
    cited: Cited = {}
    for flag in flags:
        rows = {(r["source"]["file"], r["source"]["sheet"], int(r["source"]["row"])) for r in flag.records}
        cited.setdefault(flag.rule, []).append(rows)
    return cited


def cited_all(flags: Cited, rule: str, *rows: tuple[str, str, int]) -> bool:
    """Some flag of ``rule`` cites all of ``rows``."""
    return any(set(rows) <= cited for cited in flags.get(rule, []))


def cited_any(flags: Cited, rule: str, *rows: tuple[str, str, int]) -> bool:
    """Some flag of ``rule`` cites one of ``rows``."""
    return any(set(rows) & cited for cited in flags.get(rule, []))
