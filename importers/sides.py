"""Provides the 左收右支 reading: one sheet holding a table of money in beside a table of money out.

A village's monthly 财务收支公开表 (the board the villagers see) is often typed as two tables side
by side, each with its own row count::

    日期 | 收入项目 | 金额 | 日期 | 支出项目 | 金额
    收入 | 金额 | 支出 | 金额
    收入项目 | 本月 | 本年累计 | 支出项目 | 本月 | 本年累计

Read row by row, one record a line took the left pair and lost the right one, and no record had a
direction. Here the header is split into its two sides, each read as a table of its own (as a
second table lower on a sheet is), with the cells of the other side blanked: the side headed
收入… gives money in, the side headed 支出… money out, and every record keeps its row number.

A journal with a 收入 and a 支出 amount column (日期 | 摘要 | 收入 | 支出 | 余额: one entry a row) is
no such sheet: there 收入 and 支出 are the amounts, with no 金额 column of their own beside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from importers.headers import HeaderLayout, column_letter, find_header
from importers.mapping import Mapping
from importers.plan import SheetPlan, join_notes
from importers.synonyms import IGNORE, normalize_header, split_brackets

Row = list[Any]

SIDE_LABEL = re.compile(r"^(收入|支出)(?:项目|摘要|内容|科目|事项|名称|明细)?$")
"""The header of a side's text column: it names the side's direction (收入项目, 支出, 支出摘要)."""
SIDE_DIRECTIONS = {"收入": "in", "支出": "out"}
SIDE_AMOUNTS = ("金额", "本月", "本期", "本月金额", "本期金额", "本月发生额", "本期发生额", "本月数", "本期数")
"""A side's amount column; where a side has the month's and the year's figures (本月 | 本年累计),
the month's is the entry's amount."""
SIDE_RUNNING = re.compile(r"累计|本年|全年|上年|余额|结余")
"""A side's column of running figures (本年累计): no entry's amount, left out."""
SIDE_NOTE = "左收右支：同一工作表左右并排两张表，按第 {first}–{last} 列（“{label}”）读取，各行记为{direction}"
DIRECTION_WORDS = {"in": "收入", "out": "支出"}


@dataclass
class Side:
    """One half of a 左收右支 sheet: its columns [start, end), its direction and how to read it. A
    period's group of a payment sheet (``importers.periods.PeriodGroup``) is read the same way."""

    start: int
    end: int
    label: str
    direction: str
    header_row: int
    mapping: Mapping | None
    """How to read the side's columns; None when the sheet's own plan reads them (``importers.periods``)."""
    row_part: str = ""
    """What tells this side's record ids from the other side's on the same row (``SheetPlan.row_part``)."""

    @property
    def note(self) -> str:
        return SIDE_NOTE.format(first=column_letter(self.start), last=column_letter(self.end - 1), label=self.label,
                                direction=DIRECTION_WORDS[self.direction])

    def apply(self, plan: SheetPlan) -> None:
        """What reading the sheet as this side adds to the plan of its table: the note saying so, and
        the part of the ids that tells its records from the other side's."""
        plan.note = join_notes(self.note, plan.note)
        plan.row_part = self.row_part

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows with the cells of the other side blanked from the header down; a line
        the other side reads (``leaves``) is left out."""
        for number, row in rows:
            if number < self.header_row:
                yield number, row  # the title lines above belong to both sides (village, year)
                continue
            own = [value if self.reads(index) else None for index, value in enumerate(row)]
            if self.leaves(row, own):
                continue
            yield number, own

    def reads(self, index: int) -> bool:
        """Whether the side reads column ``index``: its own columns only."""
        return self.start <= index < self.end

    def leaves(self, row: Row, own: Row) -> bool:
        """A line with nothing on this side but something on the other is not a row of this side:
        the other side reads it (a shorter income side has no empty rows to report)."""
        return blank_cells(own) and not blank_cells(row)


def find_sides(head: Sequence[tuple[int, Row]]) -> list[Side] | None:
    """The two sides of a sheet whose header is a table of money in beside one of money out, the
    left one first; None for any other sheet (one table, or a journal with 收入/支出 amount columns)."""
    layout = find_header(head)
    if layout is None:
        return None
    texts = [_base(name) for name in layout.children]
    # A two-row header may say the side above its columns: 收入 over 项目 | 金额.
    named = [_base(f"{parent}{child}") for parent, child in zip(layout.parents, layout.children)]
    labels = [(index, SIDE_DIRECTIONS[match.group(1)]) for index, text in enumerate(named)
              if (match := SIDE_LABEL.match(text))]
    if len(labels) != 2 or labels[0][1] == labels[1][1]:
        return None
    (left_label, left_direction), (right_label, right_direction) = labels
    middle = right_label - _same_before(texts, left_label, right_label)
    bounds = ((0, middle, left_label, left_direction), (middle, len(texts), right_label, right_direction))
    left, right = (_side(layout, texts, *bound) for bound in bounds)
    if left is None or right is None:
        return None
    right.row_part = f"/{column_letter(right.start)}"  # the left side keeps the row's own id
    return [left, right]


def _same_before(texts: list[str], left: int, right: int) -> int:
    """How many columns just before the right side's label repeat those before the left side's
    (日期 | 收入项目 … 日期 | 支出项目): they open the right side; a 序号 or 日期 before the left side
    only belongs to it."""
    count = 0
    while left - count - 1 >= 0 and texts[left - count - 1] and \
            texts[left - count - 1] == texts[right - count - 1] and right - count - 1 > left:
        count += 1
    return count


def _side(layout: HeaderLayout, texts: list[str], start: int, end: int, label: int,
          direction: str) -> Side | None:
    """The side over columns [start, end) when it has an amount column after its label; else None."""
    amount = next((index for index in range(label + 1, end) if texts[index] in SIDE_AMOUNTS), None)
    if amount is None:
        return None
    headers = layout.children
    columns = {headers[label]: "summary", headers[amount]: "amount"}
    for index in range(start, end):
        if index != amount and SIDE_RUNNING.search(texts[index]):
            columns[headers[index]] = IGNORE
    mapping = Mapping(kind="payment", columns=columns, direction=direction, source="左收右支")
    return Side(start, end, layout.names[label], direction, layout.first_row, mapping)


def _base(text: str) -> str:
    """A header's words without spaces or a bracketed unit: "金额（元）" is 金额."""
    return split_brackets(normalize_header(text))[0]


def blank_cells(row: Row) -> bool:
    return all(value in ("", None) or (isinstance(value, str) and not value.strip()) for value in row)
