"""Provides the reading of a sheet or file that continues another table without its header.

Village bookkeepers split a long ledger over sheets (台账(1), 台账(2), 收支(3)) or files
(…（上半年）.xlsx, …（下半年）.xlsx), and often give only the first its title and header: the next
one starts straight with data on row 1. Such a sheet has no header to recognise, and all its rows
were lost (the file still said "imported").

A headerless sheet is read with the header of the table it continues when its rows fit that
header: no row is wider than the header, and on its first rows each cell is of the kind of the
cells under that header in the other sheet — dates under dates, amounts under amounts, text under
text — and the columns that sheet fills on almost every row are filled here too, a column of dates
or figures among them (a table of text alone tells nothing by its cell types: it is never continued). Cells are typed
by what they read as, not by how they are stored: "2023年7月3日" is a date and "¥15,880.00" an amount,
like the real date and the number above them. A sheet of another table (a 汇总 of figures, a list of
notes, a cadre list) does not fit: its columns hold other kinds of cells, or leave the ledger's
dates and amounts empty.

What the header comes from: the last table before the sheet in the same workbook that had one
(``ContinuedHeaders``), or else, for a file, one imported earlier in the same import whose name
differs only by a part that numbers pieces of one ledger (上半年/下半年, 1-6月/7-12月, (1)/(2),
一/二, 续表: ``continues_name``). A sheet or file named as a continuation needs fewer fitting rows.
The sheet's note always names the header it borrowed: the reading could be wrong.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from importers import values
from importers.headers import HeaderLayout

Row = list[Any]

SAMPLE_ROWS = 8
"""Non-blank rows, from the top of each sheet, whose cells are compared."""
CORE_SHARE = 0.75
"""A column the header's own sheet fills on this share of its first rows is one every row fills
(日期, 摘要, 余额; not 借方 or 贷方, which take turns)."""
ROW_CORE_SHARE = 0.75
"""A fitting row fills this share of those columns: a total line (本月合计) or a 承前页 line does not."""
FIT_SHARE = 0.75
"""The share of a sheet's sampled rows that must fit the header, so that a total line or two among
them is not taken for another table's rows."""
NAMED_FIT_SHARE = 0.5
"""The same, for a sheet or file whose name says it continues another: it may start with more totals."""
MIN_FIT_ROWS = 2
"""Rows that must fit, unless the sheet has fewer: one row that happens to fit proves nothing."""
DATE_NUMBER_MIN = 1000
"""A number this large under a date column may be a date (a serial 45108 or 20230526);
a smaller one (a 序号, a day) is not."""

TEXT, NUMBER, DATE = "text", "number", "date"

# A part of a sheet's or file's name that numbers one piece of a ledger split in pieces.
_BRACKETED_PART = (r"[（(【\[]\s*(?:上半年|下半年|[上下]半?年度?|第?[一二三四五六七八九十\d]{1,2}(?:部分|册|页|季度)?"
                   r"|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?|续表?|续\s*\d{1,2})\s*[）)】\]]")
_BARE_PART = (r"上半年|下半年|(?<![\d年])\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?|(?<=年)\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?"
              r"|续表|(?<=[^\s\d])续$|(?<=[^\d一二三四五六七八九十])[之第]?[一二三四五六七八九十](?:部分|册)?$"
              r"|[-_\s]\d{1,2}$")
PART_RE = re.compile(f"{_BRACKETED_PART}|{_BARE_PART}")
CONTINUED_NAME_RE = re.compile(r"[（(【\[]\s*(?:[2-9]|[二三四五六七八九十]|续表?|续\s*\d{1,2})\s*[）)】\]]|续表?$|下半年|"
                               r"(?:[7-9]|1[0-2])\s*[-—–~～至到]\s*\d{1,2}\s*月")
"""A name that says it is not the first piece: 台账(2), 收支（三）, 台账续, 续表, 下半年, 7-12月."""

BORROWED_SHEET_NOTE = ("本表没有表头：各列按工作表“{sheet}”的表头读取（列数与各列内容类型和它一致，看作它的续表）；"
                       "请核对各列是否对应")
BORROWED_FILE_NOTE = ("本表没有表头：各列按同一次导入的文件“{file}”工作表“{sheet}”的表头读取（文件名只差分段字样，"
                      "列数与各列内容类型一致，看作它的续表）；请核对各列是否对应")


@dataclass
class TableHeader:
    """A table's header and the kinds of cells its first rows hold under each column."""

    file: str
    sheet: str
    layout: HeaderLayout
    kinds: list[set[str]]
    """Per column: the kinds of cells (text, number, date) found under the header."""
    core: set[int]
    """Columns filled on nearly every row under the header."""

    @property
    def typed_core(self) -> set[int]:
        """The core columns that hold dates or figures only: what tells its rows from any other table's
        (text fits text anywhere: two columns of names fit a 杂项 sheet of two columns of words)."""
        return {index for index in self.core if self.kinds[index] and TEXT not in self.kinds[index]}

    @property
    def width(self) -> int:
        return len(self.layout.names)


@dataclass
class ContinuedHeaders:
    """The headers a headerless sheet may continue: the last one of this workbook, and those of
    the files imported before it in the same import."""

    earlier_files: Sequence[TableHeader] = ()
    last: TableHeader | None = None
    of_file: list[TableHeader] = field(default_factory=list)

    def remember(self, header: TableHeader) -> None:
        self.last = header
        self.of_file.append(header)

    def borrow(self, head: Sequence[tuple[int, Row]], *, sheet: str, file: str,
               datemode: int) -> tuple[HeaderLayout, str] | None:
        """The layout a headerless sheet is read with (data from row 1) and the note saying whose it is;
        None when its rows fit no header it may continue."""
        body = _sample(head)
        if not body:
            return None
        named = bool(CONTINUED_NAME_RE.search(sheet))
        if self.last is not None and fits(self.last, body, datemode, named=named):
            return _headerless(self.last.layout), BORROWED_SHEET_NOTE.format(sheet=self.last.sheet)
        if self.last is not None:
            return None  # the workbook's own table comes first: another file's is no better guess
        for header in _same_sheet_first(self.earlier_files, sheet):
            if continues_name(header.file, file) and fits(header, body, datemode, named=True):
                return (_headerless(header.layout),
                        BORROWED_FILE_NOTE.format(file=header.file, sheet=header.sheet))
        return None


def table_header(layout: HeaderLayout, head: Sequence[tuple[int, Row]], *, file: str, sheet: str,
                 datemode: int) -> TableHeader | None:
    """What a table's header and first rows tell of its columns; None with no rows under it."""
    body = _sample([(n, row) for n, row in head if n > layout.last_row])
    if not body:
        return None
    width = len(layout.names)
    kinds: list[set[str]] = [set() for _ in range(width)]
    filled = [0] * width
    for row in body:
        for index, value in enumerate(row[:width]):
            kind = cell_kind(value, datemode)
            if kind is not None:
                kinds[index].add(kind)
                filled[index] += 1
    core = {index for index, count in enumerate(filled) if count >= CORE_SHARE * len(body)}
    return TableHeader(file, sheet, layout, kinds, core)


def cell_kind(value: Any, datemode: int = 0) -> str | None:
    """What a cell holds, whatever its type: a date ("2023.10.20", a date cell), a number or amount
    ("¥15,880.00", "12.5万元", 3260.0) or text; None for a blank cell."""
    if values.is_blank(value):
        return None
    if isinstance(value, (date, datetime)):
        return DATE
    if isinstance(value, (int, float)):
        return NUMBER
    text = str(value).strip()
    if any(char.isdigit() for char in text) and values.parses(lambda v: values.parse_date(v, datemode=datemode), text):
        return DATE
    if values.parses(values.parse_money, text):
        return NUMBER
    return TEXT


def fits(header: TableHeader, body: Sequence[Row], datemode: int, *, named: bool) -> bool:
    """Whether a headerless sheet's first rows read as rows of ``header``'s table."""
    if not header.typed_core or any(_width(row) > header.width for row in body):
        return False
    fitting = sum(1 for row in body if _row_fits(header, row, datemode))
    share = NAMED_FIT_SHARE if named else FIT_SHARE
    return fitting >= min(MIN_FIT_ROWS, len(body)) and fitting >= share * len(body)


def continues_name(earlier: str, later: str) -> bool:
    """Whether two file names differ only by the part that numbers pieces of one ledger
    (石桥村收支明细账（上半年） and （下半年）, 2023年1-6月 and 7-12月), not by a village or a year."""
    first, second = Path(earlier).stem, Path(later).stem
    if first == second:
        return False
    # The first piece may go unnumbered (合同台账, 合同台账（续）): a part is dropped, not matched.
    return PART_RE.sub("", first) == PART_RE.sub("", second) and bool(PART_RE.search(second))


def _row_fits(header: TableHeader, row: Row, datemode: int) -> bool:
    filled = typed = 0
    for index, value in enumerate(row[:header.width]):
        kind = cell_kind(value, datemode)
        if kind is None:
            continue
        if not _kind_fits(kind, value, header.kinds[index], datemode):
            return False
        filled += index in header.core
        typed += index in header.typed_core
    return typed > 0 and filled >= ROW_CORE_SHARE * len(header.core)


def _kind_fits(kind: str, value: Any, expected: set[str], datemode: int) -> bool:
    """A cell fits a column that holds its kind (or nothing yet: a 备注 left empty), or a number that
    reads as a date under a date column (20230526, a serial)."""
    if not expected or kind in expected:
        return True
    if kind == NUMBER and DATE in expected and isinstance(value, (int, float)) and value >= DATE_NUMBER_MIN:
        return values.parses(lambda v: values.parse_date(v, datemode=datemode), value)
    return False


def _headerless(layout: HeaderLayout) -> HeaderLayout:
    """The borrowed header as this sheet's: it has no header rows, its data starts on row 1."""
    borrowed = copy.deepcopy(layout)
    borrowed.first_row = borrowed.last_row = 0
    return borrowed


def _sample(head: Sequence[tuple[int, Row]]) -> list[Row]:
    rows = [row for _, row in head if any(not values.is_blank(value) for value in row)]
    return rows[:SAMPLE_ROWS]


def _width(row: Row) -> int:
    """The row's width without its blank cells at the end."""
    filled = [index for index, value in enumerate(row) if not values.is_blank(value)]
    return filled[-1] + 1 if filled else 0


def _same_sheet_first(headers: Sequence[TableHeader], sheet: str) -> list[TableHeader]:
    """Headers of earlier files, the latest first and those of a sheet of the same name before others."""
    latest = list(reversed(headers))
    return [h for h in latest if h.sheet == sheet] + [h for h in latest if h.sheet != sheet]
