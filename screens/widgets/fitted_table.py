"""Provides FittedTable: a DataTable that says when its width changed, so that its screen can cut
the text of its widest column again to fit (the 疑点 titles, the rules' names, the evidence sources)."""

from __future__ import annotations

from typing import Any

from textual.message import Message
from textual.widgets import DataTable


class FittedTable(DataTable[Any]):
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
