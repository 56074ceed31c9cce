"""Shared fixtures: every test runs with its own store and config directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by the scripts in benchmarks/, not by tests: a per-example deadline only makes the
# property tests fail when the machine is busy (a 5,000-character cell took over 200 ms under load).
settings.register_profile("xuncha", deadline=None)
settings.load_profile("xuncha")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DATA = REPO / "sample_data"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests off the real user data and config directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XUNCHA_DB", str(home / "data" / "xuncha.db"))


@pytest.fixture
def store(tmp_path: Path):
    from xuncha.store import Store

    opened = Store(tmp_path / "test.db")
    yield opened
    opened.close()
