"""Provides FittedTable: a DataTable that says when its width changed, so that its screen can cut
the text of its widest column again to fit (the 疑点 titles, the rules' names, the evidence sources).

It also never shows cells cut to the header widths: DataTable measures new rows on its next idle,
and a line painted before that stays in its render caches (their keys do not change when the
columns widen). A table that is cleared and filled again while the screen repaints (after a
记为问题 or 排除, the flags table) kept showing "石", "“石" and "156,000." until a resize.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.message import Message
from textual.widgets import DataTable


class MeasuredTable(DataTable[Any]):
    """A DataTable that drops the lines it drew before it measured its new rows."""

    def _update_dimensions(self, new_rows: Iterable[Any]) -> None:
        # Textual's DataTable (8.x) widens its auto-width columns here without invalidating the
        # lines it cached at the old widths; drop them so the next paint uses the measured widths.
        super()._update_dimensions(new_rows)
        self._clear_caches()
        self.refresh()


class FittedTable(MeasuredTable):
    """A DataTable that posts Resized when its size changes (terminal resized, a pane shown or hidden)."""

    class Resized(Message):
        """The table's size changed."""

        def __init__(self, table: FittedTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> FittedTable:
            """The table, so that handlers can pick theirs with a selector: ``@on(FittedTable.Resized, "#id")``."""
            return self.table

    def on_resize(self) -> None:
        self.post_message(self.Resized(self))
