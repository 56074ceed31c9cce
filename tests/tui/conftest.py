"""Fixtures of the TUI tests: a scanned sample-data store per test, worker waiting, frozen cursors.

The sample township is imported and scanned once per session into a template
database; every test gets its own copy (SQLite backup API), so a test that
adds findings or imports a file does not leak into the next one. Import and
scan times in the template are set to fixed values, so that snapshots do not
change from one run to the next.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from tests.conftest import SAMPLE_DATA

if TYPE_CHECKING:
    from textual.widgets import DataTable

    from screens.app import XunchaApp
    from screens.import_screen import ImportScreen

FIXED_TIME = "2024-03-01 09:30:00.000000"
FIXED_CONFIG_DIR = "/tmp/xuncha-test-config"
"""A fixed config directory, so that paths shown on screen are the same on every machine."""


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample township imported and scanned once per test session."""
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    path = tmp_path_factory.mktemp("template") / "sample.db"
    store = Store(path)
    report = importers.import_paths(store, [SAMPLE_DATA])
    assert report.records_imported() > 300, report.summary_lines()
    run_scan(store)
    store.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE batch SET imported_at = ?, imported_by = 'inspector'", (FIXED_TIME,))
        connection.execute("UPDATE scan_run SET started_at = ?, finished_at = ?", (FIXED_TIME, FIXED_TIME))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@pytest.fixture
def sample_store(sample_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A private copy of the scanned sample store, with a fixed config directory."""
    from xuncha.store import Store

    monkeypatch.setenv("XUNCHA_CONFIG_DIR", FIXED_CONFIG_DIR)
    target = tmp_path / "store.db"
    source = sqlite3.connect(sample_template)
    destination = sqlite3.connect(target)
    with destination:
        source.backup(destination)
    source.close()
    destination.close()
    store = Store(target)
    yield store
    store.close()


async def settle(app: App[object], pilot: Pilot[object]) -> None:
    """Wait until no background work is left (except the directory tree's idle loader) and the screen updated."""
    for _ in range(50):
        busy = [w for w in app.workers if w.group != "_loader" and not w.is_finished]
        if not busy:
            await pilot.pause()
            if not [w for w in app.workers if w.group != "_loader" and not w.is_finished]:
                return
            continue
        try:
            await app.workers.wait_for_complete(busy)
        except WorkerCancelled:  # superseded by a newer load of the same screen: wait for that one
            pass
        await pilot.pause()


async def tables_settled(app: App[object], pilot: Pilot[object]) -> None:
    """Wait until every DataTable on screen has laid out the rows added to it.

    DataTable measures new rows on its next idle; a screenshot taken before
    that shows the columns at their header widths.
    """
    from textual.widgets import DataTable

    for _ in range(50):
        pending = [t for t in app.screen.query(DataTable) if t._require_update_dimensions or t._new_rows]
        if not pending:
            break
        await pilot.pause()
    # A header drawn just before the widths changed can stay in the line cache until the next
    # refresh; drop the caches so the picture shows the table as it now is.
    for table in app.screen.query(DataTable):
        table._clear_caches()
        table.refresh()
    await pilot.pause()


@pytest.fixture
def wait_for_workers() -> Callable[[App[object], Pilot[object]], Awaitable[None]]:
    return settle


@pytest.fixture
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Input cursors stay still, so snapshots do not depend on timing."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


# --- helpers shared by the Pilot tests ---------------------------------------------------------------


def app_on(store) -> "XunchaApp":
    """The workbench on ``store``, letting a test see the real exception of a failing worker."""
    from screens.app import make_app

    return make_app(store, catch_errors=False)


def cell_text(table: "DataTable", row: int, column: int) -> str:
    return str(table.get_cell_at((row, column)))


async def open_import(app: "XunchaApp", pilot: Pilot[object]) -> "ImportScreen":
    """Page 2 (导入), once the start-up workers are done."""
    from screens.import_screen import ImportScreen

    await settle(app, pilot)
    await pilot.press("2")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, ImportScreen)
    return screen


async def _pick_and_press(app: "XunchaApp", pilot: Pilot[object], path: Path, key: str) -> "ImportScreen":
    screen = await open_import(app, pilot)
    screen.pick(path)
    await pilot.press(key)
    await settle(app, pilot)
    return screen


async def preview_in_app(app: "XunchaApp", pilot: Pilot[object], path: Path) -> "ImportScreen":
    """Page 2 with ``path`` (a file or a folder) picked and previewed (p)."""
    return await _pick_and_press(app, pilot, path, "p")


async def import_in_app(app: "XunchaApp", pilot: Pilot[object], path: Path) -> "ImportScreen":
    """Pick ``path`` on page 2 and import it (i), as a user would; the page once it is done."""
    return await _pick_and_press(app, pilot, path, "i")


async def open_page(app: "XunchaApp", pilot: Pilot[object], key: str) -> object:
    """The screen that the page key (1–7) opens, once its workers are done."""
    await settle(app, pilot)
    await pilot.press(key)
    await settle(app, pilot)
    return app.screen

