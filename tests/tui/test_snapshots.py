"""Snapshot tests: the main screens on the scanned sample township at fixed sizes.

Review the HTML report before accepting changes with ``--snapshot-update``.
The store's import and scan times are fixed by the fixture, the config
directory is a fixed path, and cursors do not blink, so the pictures only
change when the screens do.
"""

from __future__ import annotations

import pytest

from screens.app import make_app
from tests.tui.conftest import settle, tables_settled

pytestmark = pytest.mark.usefixtures("no_cursor_blink")


def press_and_settle(*keys: str):
    async def run_before(pilot) -> None:
        from screens.overview import OverviewScreen

        await settle(pilot.app, pilot)
        for _ in range(100):  # the first screen's data arrives in a message after its worker ends
            overview = pilot.app.screen
            if not isinstance(overview, OverviewScreen) or overview.loaded_once:
                break
            await pilot.pause(0.01)
        for key in keys:
            await pilot.press(key)
            await settle(pilot.app, pilot)
        # Let resize-driven redraws (bars, plots) finish before the picture is taken.
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await settle(pilot.app, pilot)
        await tables_settled(pilot.app, pilot)
        await pilot.pause()

    return run_before


class TestOverview:
    def test_overview_wide(self, snap_compare, sample_store) -> None:
        """Villages with risk index and parts, flags by rule, imports, the tier histogram, side by side."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle(),
                            terminal_size=(120, 36))

    def test_overview_80x24(self, snap_compare, sample_store) -> None:
        """At 80x24 the overview is one scrolling column and the Chinese columns still line up."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle(),
                            terminal_size=(80, 24))


class TestSearch:
    def test_search_results_highlighted(self, snap_compare, sample_store) -> None:
        """'项目 一事一议' lists the projects first, matched words highlighted, the first one in the detail pane."""
        assert snap_compare(make_app(sample_store, catch_errors=False),
                            run_before=press_and_settle("3", *"项目 一事一议"), terminal_size=(120, 36))


class TestRecords:
    def test_records_table(self, snap_compare, sample_store) -> None:
        """Projects with row numbers, amounts right-aligned, the window/total status line."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle("4"),
                            terminal_size=(120, 36))

    def test_records_frequency_by_village(self, snap_compare, sample_store) -> None:
        """f on the 村 column: count, share and amount per village, with bars."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle("4", "f"),
                            terminal_size=(120, 36))


class TestFlags:
    def test_flags_grouped_and_explained(self, snap_compare, sample_store) -> None:
        """Rules and villages on the left, the flags, and the first flag explained with its evidence."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle("5"),
                            terminal_size=(120, 36))


class TestNotebookAndRules:
    def test_empty_notebook(self, snap_compare, sample_store) -> None:
        """An empty notebook says how to fill it."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle("6"),
                            terminal_size=(120, 36))

    def test_rules_with_coverage(self, snap_compare, sample_store) -> None:
        """Every rule with the last scan's coverage; the first rule's documentation and parameters."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle("7"),
                            terminal_size=(120, 36))

    def test_help(self, snap_compare, sample_store) -> None:
        """? shows the workflow and the keys of every screen."""
        assert snap_compare(make_app(sample_store, catch_errors=False), run_before=press_and_settle("question_mark"),
                            terminal_size=(120, 36))
