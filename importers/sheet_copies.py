"""Tells a sheet that copies another sheet of the same workbook: a filtered view, a 分类汇总 copy.

An inspector's or an accountant's workbook often keeps, beside a ledger, a copy of it to look at: the
ledger filtered to 工程 (the other rows only hidden), Excel's own 建立副本 ("台账 (2)"), or the ledger
sorted by account with 分类汇总 lines. Every row of such a copy is a row of the ledger, cell for cell;
imported too, each entry would stand twice in the records and in search (the scan counts identical entries
of two books once, but a list of records would not). A sheet is a copy when at least ``MIN_COPIED`` of its
rows are rows of one earlier sheet of the workbook and every other row of it holds no entry: a 汇总 or
合计 line, or a title of one cell. It is not imported, and its note names the sheet it copies. Rows are
compared whole (every cell, in any order): a whole year's sheet after the half-year's adds entries of its
own, and is imported.

Only a workbook of several sheets pays for it: one fingerprint (a hash) a row, kept for its sheets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

MIN_COPIED = 3
SUMMARY_WORDS = re.compile(r"汇总|合计|小计|总计|累计|计数|筛选")
"""What a row a copy adds may say: its 分类汇总 lines, its total, a note that it is filtered."""
COPY_NOTE = ("本表 {copied}/{rows} 行与工作表“{original}”的行逐格相同，是它的副本（筛选视图、分类汇总等），"
             "未重复导入；如确是另一本账，请单独导入此表")


@dataclass
class SheetCopy:
    original: str
    copied: int
    rows: int

    def note(self) -> str:
        return COPY_NOTE.format(copied=self.copied, rows=self.rows, original=self.original)


@dataclass
class WorkbookRows:
    """The row fingerprints of a workbook's sheets imported so far."""

    sheets: dict[str, set[int]] = field(default_factory=dict)

    def copy_of(self, rows: Iterable[tuple[int, Sequence[Any]]]) -> tuple[SheetCopy | None, set[int]]:
        """The earlier sheet these rows copy (None when none), and the rows' fingerprints."""
        kept = [(value, row) for _, row in rows if (value := fingerprint(row)) is not None]
        own = {value for value, _ in kept}
        if len(kept) < MIN_COPIED or not self.sheets:
            return None, own
        best, copied = max(((name, sum(value in rows_of for value, _ in kept)) for name, rows_of in self.sheets.items()),
                           key=lambda pair: pair[1])
        added = (row for value, row in kept if value not in self.sheets[best])
        if copied >= MIN_COPIED and all(_holds_no_entry(row) for row in added):
            return SheetCopy(best, copied, len(kept)), own
        return None, own

    def remember(self, sheet: str, prints: set[int]) -> None:
        self.sheets[sheet] = prints


def _holds_no_entry(row: Sequence[Any]) -> bool:
    """Whether a row a copy adds is one of its own lines, not an entry: a title or note of one cell, or a
    line that says it sums or filters (东坡村 汇总, 总计, 筛选：工程类)."""
    texts = [value for value in row if value not in ("", None)]
    return len(texts) <= 1 or any(type(value) is str and SUMMARY_WORDS.search(value) for value in texts)


def fingerprint(row: Sequence[Any]) -> int | None:
    """A row's cells as one hash, trailing blanks ignored; None for a blank row."""
    cells = [None if value == "" else value for value in row]
    while cells and cells[-1] is None:
        cells.pop()
    return hash(tuple(cells)) if cells else None


__all__ = ["COPY_NOTE", "SheetCopy", "WorkbookRows", "fingerprint"]
