"""The layering of DESIGN.md holds: screens -> xuncha <- importers.

check_layers-style static check over the source (cli.py and __main__.py are
the composition root), and a runtime check that the core and the importers
load without Textual: import-linter cannot tell a module-level import from one
deferred into the function that needs it, and the CLI's start-up depends on it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "xuncha": {"textual", "screens", "importers"},
    "importers": {"textual", "screens"},
}
COMPOSITION_ROOT = {"cli.py", "__main__.py"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_packages_import_only_what_the_layering_allows(package: str) -> None:
    offenders = []
    for path in sorted((REPO / package).rglob("*.py")):
        if package == "xuncha" and path.parent == REPO / "xuncha" and path.name in COMPOSITION_ROOT:
            continue
        bad = imported_roots(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(REPO)} imports {', '.join(sorted(bad))}")
    assert offenders == []


def test_core_and_importers_load_without_textual() -> None:
    code = (
        "import sys, importers, xuncha.cli, xuncha.search, xuncha.scan, xuncha.findings, xuncha.export, "
        "xuncha.browse, xuncha.dossier, xuncha.risk\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'screens')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"
