"""Provides PagedTable: a DataTable that holds a window of a longer result and asks for more.

A DataTable with 100k rows is slow to fill and to sort. The records screen
keeps a window of a few hundred rows loaded; when the cursor runs off either
end of the window (or jumps to the first or last row), the table posts
``PageWanted`` and the screen loads the next window in a worker. Row labels
are absolute row numbers, so "第 N 行" means the same thing whatever window
is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.message import Message
from textual.widgets import DataTable

Direction = Literal["next", "previous", "start", "end"]


class PagedTable(DataTable):  # type: ignore[type-arg]
    """A window of rows [first_row, first_row + row_count) of a result of ``total`` rows."""

    @dataclass
    class PageWanted(Message):
        """The cursor left the loaded window; the owner loads another."""

        table: "PagedTable"
        direction: Direction

        @property
        def control(self) -> "PagedTable":
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="cell", zebra_stripes=True)
        self.first_row = 0
        """Absolute index of the first loaded row."""
        self.total = 0
        """Rows in the whole result."""
        self.loading_page = False
        """Set while a window is being loaded, so that key repeats do not ask twice."""

    @property
    def has_more(self) -> bool:
        return self.first_row + self.row_count < self.total

    @property
    def absolute_row(self) -> int:
        """The cursor's row in the whole result (0-based)."""
        return self.first_row + self.cursor_row

    def _want(self, direction: Direction) -> None:
        if not self.loading_page:
            self.loading_page = True
            self.post_message(self.PageWanted(self, direction))

    def action_cursor_down(self) -> None:
        if self.row_count and self.cursor_row >= self.row_count - 1 and self.has_more:
            self._want("next")
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.cursor_row == 0 and self.first_row > 0:
            self._want("previous")
            return
        super().action_cursor_up()

    def action_page_down(self) -> None:
        if self.has_more and self.cursor_row + self.size.height >= self.row_count - 1:
            self._want("next")
        super().action_page_down()

    def action_page_up(self) -> None:
        if self.first_row > 0 and self.cursor_row - self.size.height <= 0:
            self._want("previous")
            return
        super().action_page_up()

    def action_scroll_bottom(self) -> None:
        if self.has_more:
            self._want("end")
            return
        super().action_scroll_bottom()

    def action_scroll_top(self) -> None:
        if self.first_row > 0:
            self._want("start")
            return
        super().action_scroll_top()
