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

The same reading splits a sheet at a blank column (blank from the header down) in two more cases:

- two tables of their own side by side, each with its own title line or both opening with the same
  column (序号): 资产 in A–F, 资源 in H–N. Read as one table, the left one was lost (its columns
  unknown to the right one's kind). Each side is now read with its own kind, header and columns;
- a small 汇总 box beside a table (项目个数 | 20, 合同合计（万元） | 433.55 in L1:M6): its label on a
  data row made that row a 合计 row, and its figure on the header row became a column. The table is
  now read without the columns of the box.

A single table with an empty spacer column is no such sheet: its part beyond the gap has no title of
its own and no kind of its own, or the table's reading has columns there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from importers.headers import HeaderLayout, column_letter, find_header
from importers.kinds import assign_columns, detect_kind, kind_label
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
SPLIT_NOTE = ("同一工作表左右并排两张表（以空白的第 {gap} 列隔开），各按自己的表头分开导入：本表为第 {first}–{last} 列，"
              "读作{kind}；另一张为第 {other} 列")
BOX_NOTE = ("表旁第 {first}–{last} 列的小块（“{label}”等，以空白的第 {gap} 列与表隔开）不在表头范围内："
            "不作为列导入，也不据它判断合计行")


@dataclass
class Side:
    """One half of a 左收右支 sheet: its columns [start, end), its direction and how to read it. A
    period's group of a payment sheet (``importers.periods.PeriodGroup``) is read the same way."""

    start: int
    end: int
    label: str
    direction: str | None
    """收入 or 支出 of a 左收右支 side; None for a table split off at a blank column, read as its header says."""
    header_row: int
    mapping: Mapping | None
    """How to read the side's columns; None when the sheet's own plan reads them (a table split off at a
    blank column, a period's group of ``importers.periods``)."""
    row_part: str = ""
    """What tells this side's record ids from the other side's on the same row (``SheetPlan.row_part``)."""
    shared_lines: frozenset[int] | None = None
    """The lines above the header both sides read (a title merged over both); None: every one of them
    (a 左收右支 board has one title)."""
    split_note: str = ""
    """How a sheet split at a blank column was read (``SPLIT_NOTE``, ``BOX_NOTE``); "{kind}" is the side's."""

    @property
    def note(self) -> str:
        """The sheet note on a 左收右支 side."""
        return SIDE_NOTE.format(first=column_letter(self.start), last=column_letter(self.end - 1), label=self.label,
                                direction=DIRECTION_WORDS[self.direction or ""])

    def note_for(self, kind: str | None) -> str:
        """The sheet note on this side, once its table is read as ``kind``."""
        if self.direction is None:
            return self.split_note.replace("{kind}", kind_label(kind))
        return self.note

    def apply(self, plan: SheetPlan) -> None:
        """What reading the sheet as this side adds to the plan of its table: the note saying so, and
        the part of the ids that tells its records from the other side's."""
        plan.note = join_notes(self.note_for(plan.kind), plan.note)
        plan.row_part = self.row_part

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows with the cells of the other side blanked from the header down (from the
        top when each side has titles of its own). A line with nothing on this side but something on
        the other is not a row of this side: left out, the other side reads it (a shorter income side
        has no empty rows to report)."""
        for number, row in rows:
            if number < self.header_row and (self.shared_lines is None or number in self.shared_lines):
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


def find_split(head: Sequence[tuple[int, Row]]) -> list[Side] | None:
    """The tables of a sheet split at a blank column (rows merge-filled): two tables of their own
    side by side, left one first, or a table alone without the 汇总 box beside it; None for any
    other sheet."""
    layout = find_header(head)
    if layout is None:
        return None
    below = [row for number, row in head if number >= layout.first_row]
    width = max(len(row) for _, row in head)
    for gap in range(1, width - 1):
        if not _blank_column(below, gap) or _blank_part(below, 0, gap) or _blank_part(below, gap + 1, width):
            continue
        left, right = _part(head, 0, gap), _part(head, gap + 1, width)
        if left is None:
            continue
        if right is not None and _own_tables(head, left, right, gap):
            return _split_sides(head, left, right, gap)
        if right is None and _is_box(head, layout, left[1], gap, width):
            return [_box_side(head, left, gap, width)]
    return None


_Part = tuple[HeaderLayout, str, int, int]
"""A part of a sheet beside a blank column: its header, the kind its header names, its columns [start, end)."""


def _part(head: Sequence[tuple[int, Row]], start: int, end: int) -> _Part | None:
    """The part of the sheet over columns [start, end) when its header alone names a kind of table."""
    layout = find_header(_cut(head, start, end))
    if layout is None or _first_named(layout) < 0:
        return None
    kind = detect_kind(layout.parents, layout.children, layout.names).kind
    return None if kind is None else (layout, kind, start, end)


def _own_tables(head: Sequence[tuple[int, Row]], left: _Part, right: _Part, gap: int) -> bool:
    """Whether the parts are two tables, not one with a spacer column: each has a line of its own
    above its header (a title, a unit line), or both open with the same column (序号 | … | 序号)."""
    def titled(part: _Part) -> bool:
        layout, _, start, end = part
        return any(number < layout.first_row and not _filled(row, gap) and not blank_cells(row[start:end])
                   for number, row in head)

    first = [_base(part[0].names[_first_named(part[0])]) for part in (left, right)]
    return (titled(left) and titled(right)) or first[0] == first[1]


def _split_sides(head: Sequence[tuple[int, Row]], left: _Part, right: _Part, gap: int) -> list[Side]:
    """The two tables beside the blank column, each read on its own."""
    ranges = [f"{column_letter(start)}–{column_letter(end - 1)}" for _, _, start, end in (left, right)]
    sides = []
    for (layout, _, start, end), other in zip((left, right), reversed(ranges)):
        note = SPLIT_NOTE.format(gap=column_letter(gap), first=column_letter(start), last=column_letter(end - 1),
                                 kind="{kind}", other=other)
        sides.append(Side(start, end, layout.title, None, layout.first_row, None,
                          shared_lines=_crossing_lines(head, layout.first_row, gap), split_note=note))
    sides[1].row_part = f"/{column_letter(sides[1].start)}"  # the left table keeps the row's own id
    return sides


def _is_box(head: Sequence[tuple[int, Row]], layout: HeaderLayout, kind: str, gap: int, width: int) -> bool:
    """Whether the part beyond the blank column is a 汇总 box beside the table: a figure of its own
    on or above the header rows (项目个数 | 20), and no column the table's reading takes. A 备注 or
    another column of the table beyond an empty spacer column is read with the table."""
    if any(index > gap for index in _read_columns(layout, kind)):
        return False
    return any(_is_figure(value) for number, row in head if number <= layout.last_row for value in row[gap + 1:width])


def _box_side(head: Sequence[tuple[int, Row]], left: _Part, gap: int, width: int) -> Side:
    """The table alone, without the box beside it."""
    layout, _, start, end = left
    label = next((str(value).strip() for _, row in head for value in row[gap + 1:width]
                  if isinstance(value, str) and value.strip()), "")
    note = BOX_NOTE.format(first=column_letter(gap + 1), last=column_letter(width - 1), label=label[:20],
                           gap=column_letter(gap))
    return Side(start, end, layout.title, None, layout.first_row, None,
                shared_lines=_crossing_lines(head, layout.first_row, gap), split_note=note)


def _read_columns(layout: HeaderLayout, kind: str) -> list[int]:
    """The columns a table of ``kind`` reads in the whole width of the header."""
    return [column.index for column in assign_columns(kind, layout.parents, layout.children, layout.names)]


def _crossing_lines(head: Sequence[tuple[int, Row]], header_row: int, gap: int) -> frozenset[int]:
    """The lines above a header that reach over the blank column (a title merged over both tables)."""
    return frozenset(number for number, row in head if number < header_row and _filled(row, gap))


def _cut(head: Sequence[tuple[int, Row]], start: int, end: int) -> list[tuple[int, Row]]:
    """The rows with the cells outside columns [start, end) blanked (to read that part alone)."""
    return [(number, [value if start <= index < end else None for index, value in enumerate(row)])
            for number, row in head]


def _first_named(layout: HeaderLayout) -> int:
    return next((index for index, name in enumerate(layout.names) if name), -1)


def _blank_column(rows: Sequence[Row], index: int) -> bool:
    return not any(_filled(row, index) for row in rows)


def _blank_part(rows: Sequence[Row], start: int, end: int) -> bool:
    return all(blank_cells(row[start:end]) for row in rows)


def _filled(row: Row, index: int) -> bool:
    return index < len(row) and not blank_cells([row[index]])


def _is_figure(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


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
