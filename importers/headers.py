"""Provides header-row detection, two-row header flattening and merge filling.

A sheet from a village platform rarely starts with its header: a title
("石桥村2022年合同台账"), a unit line ("单位：万元") and a date line come first,
and the header itself may span two rows (a merged "金额" over "借方"/"贷方",
"2021年" over "月"/"日"). The header row is the one among the first rows whose
cells look most like known column names. The row below it is a second header
row when it holds known column names under merged parents, or, whatever its
words, distinct texts under a parent that spans several columns (the 一事一议
"项目资金来源(万元)" over 合计 / 财政奖补资金 / 村民筹资): the columns are then
named "parent/child". The lines above the header are the sheet's metadata,
from which the village (none when the title names several), the year and the
money unit (元, 千元, 万元) are read.

``MergeFiller`` copies a merged range's value into every cell it covers, so
that a merged parent header reaches each of its children and a village name
merged down several body rows reaches every one of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from importers.digits import DigitRun, find_digit_runs
from importers.readers import Merge, Row
from importers.synonyms import ENGLISH_MONEY_UNITS, header_cell_score, normalize_header
from importers.values import unit_from_text
from importers.villages import find_villages

HEADER_SCAN_ROWS = 30
"""How many rows from the top may hold the header."""
MIN_HEADER_SCORE = 1.5


# --- merged cells ----------------------------------------------------------------------------


class MergeFiller:
    """Fills merged ranges as rows stream by (rows must come in order, 0-based index)."""

    def __init__(self, merges: Sequence[Merge]) -> None:
        self._starting: dict[int, list[Merge]] = {}
        for merge in merges:
            r0, c0, r1, c1 = merge
            if r1 > r0 or c1 > c0:
                self._starting.setdefault(r0, []).append(merge)
        self._active: list[tuple[Merge, Any]] = []
        self.filled_from: dict[int, int] = {}
        """For the row just filled: column -> 0-based row of the merged cell above that filled it."""
        self.held_from: dict[int, int] = {}
        """For the row just filled: exempt column -> 0-based row of the merged money cell above it, which
        was not copied (a 报账金额 merged over the invoice rows of one claim)."""
        self.exempt_columns: frozenset[int] = frozenset()
        """Columns not filled below their first row (money: copying it would count it twice)."""
        self.exempt_from_row = 1 << 62

    def __bool__(self) -> bool:
        return bool(self._starting or self._active)

    def fill(self, index: int, row: Row) -> Row:
        if self.filled_from:
            self.filled_from = {}
        if self.held_from:
            self.held_from = {}
        if not self._starting and not self._active:
            return row
        starting = self._starting.pop(index, None)
        if starting:
            for merge in starting:
                r0, c0, r1, c1 = merge
                value = row[c0] if c0 < len(row) else ""
                self._active.append((merge, value))
        if not self._active:
            return row
        still: list[tuple[Merge, Any]] = []
        for merge, value in self._active:
            r0, c0, r1, c1 = merge
            if index > r1:
                continue
            still.append((merge, value))
            if value == "" or value is None:
                continue
            if len(row) <= c1:
                row = list(row) + [""] * (c1 + 1 - len(row))
            exempt = self.exempt_columns if index >= self.exempt_from_row else ()
            for c in range(c0, c1 + 1):
                if (index, c) == (r0, c0):
                    continue
                if c in exempt and index > r0:
                    self.held_from[c] = r0
                    continue
                row[c] = value
                if index > r0:
                    self.filled_from[c] = r0
        self._active = still
        return row


# --- header detection --------------------------------------------------------------------------


@dataclass
class HeaderLayout:
    """Where a sheet's header is and what it says."""

    first_row: int
    """Excel row number of the first header row."""
    last_row: int
    """Excel row number of the last header row; data starts below it."""
    parents: list[str]
    children: list[str]
    names: list[str]
    """Flattened, unique column names ('金额/借方'), one per column index."""
    title_lines: list[str] = field(default_factory=list)
    unit: str | None = None
    """'wan', 'qian' or 'yuan' from a '单位：万元' line or the title."""
    year: int | None = None
    single_year: bool = True
    """False when the title line that gave ``year`` names other years too ('2021—2022年收支明细'):
    then ``year`` cannot date a '1.5' written without its year."""
    last_year: int | None = None
    """The end of the span of years the title names ('2022年11月至2023年2月': 2023; ``year`` is
    then its start): a 月/日 journal whose month falls back runs into the next year up to it."""
    village: str | None = None
    """The village the title lines name, when they name exactly one."""
    digit_runs: list[DigitRun] = field(default_factory=list)
    """An accounting-paper ledger's amounts written one digit a cell (``importers.digits``): each
    run is one money column, named at its first cell; its other cells have no name."""
    title_villages: list[str] = field(default_factory=list)
    """The villages named by the first title cell that names any ('石桥村、马吉村2023年合同台账'
    names two)."""
    split_cells: dict[int, tuple[str, str]] = field(default_factory=dict)
    """The header cells a PDF conversion split in two ("职" | "务"), as printed, by the first of their
    two columns: their joined name stands over the column that holds the data (``join_split_cells``),
    the other is unnamed. A page's repeated header still prints them split."""

    def printed_header(self, index: int) -> tuple[str, ...]:
        """The half of a split header cell printed over column ``index`` (() for other columns)."""
        if index in self.split_cells:
            return (self.split_cells[index][0],)
        if index - 1 in self.split_cells:
            return (self.split_cells[index - 1][1],)
        return ()
    score: float = 0.0

    @property
    def title(self) -> str:
        return self.title_lines[0] if self.title_lines else ""

    def header_texts(self) -> list[str]:
        return [name for name in self.names if name]


_NUMERIC_TEXT = re.compile(r"^[\s\d.,，+\-/:年月日号¥￥元%（）()]+$")
_TITLE_WORDS = re.compile(r"台账|明细|一览表|统计表|登记表|情况表|清单|名单|名册|花名册|公开|公示|汇总|报表|日记账|明细账|序时账|对账单|流水")
_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A span of years in a title: "2022年11月至2023年2月", "2022-2023年度", "2022.11—2023.2".
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年度?)?(?:\s*[.．/-]?\s*\d{1,2}\s*(?:月份?)?)?\s*"
                        r"(?:至|到|—+|－|-|–|~|～)\s*((?:19|20)\d{2})(?!\d)")
_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?:度)?\s*$")


def is_data_value(value: Any) -> bool:
    """A cell that holds data rather than a column name: a number, a date, a digit string."""
    if isinstance(value, (int, float, date, datetime)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and any(c.isdigit() for c in value) \
        and bool(_NUMERIC_TEXT.match(value)) and not _BARE_YEAR.match(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_score(row: Row, extra: frozenset[str]) -> float:
    score = 0.0
    previous = None
    non_empty = 0
    for value in row:
        if value == "" or value is None:
            previous = None
            continue
        non_empty += 1
        if value == previous:  # a merged parent filled across columns counts once
            continue
        previous = value
        if is_data_value(value):
            score -= 0.75
            continue
        if extra and normalize_header(value) in extra:
            score += 1.5
            continue
        score += header_cell_score(value)
    return score if non_empty >= 2 else min(score, 0.5)


def _is_header_like(row: Row) -> bool:
    cells = [v for v in row if v != "" and v is not None]
    return bool(cells) and all(isinstance(v, str) and len(v.strip()) <= 30 and not is_data_value(v)
                               for v in cells)


def _is_title_line(row: Row, width: int) -> bool:
    cells = [_text(v) for v in row if v != "" and v is not None]
    distinct = set(cells)
    if not cells:
        return False
    if any(("：" in c or ":" in c) for c in distinct):
        return True
    if any(_TITLE_WORDS.search(c) or (len(c) > 12) for c in distinct):
        return True
    return len(distinct) == 1 and len(cells) >= max(3, int(width * 0.8))


def find_header(rows: Sequence[tuple[int, Row]], *, extra_headers: Iterable[str] = (),
                forced_row: int | None = None, forced_rows: int | None = None) -> HeaderLayout | None:
    """Locate the header among the first rows (already merge-filled); None if there is none.

    ``extra_headers`` are header texts from a mapping file (normalised), which
    count as known column names. ``forced_row`` (Excel row number of the last
    header row) and ``forced_rows`` (1 or 2) come from a mapping file.
    """
    extra = frozenset(normalize_header(h) for h in extra_headers)
    scan = list(rows[:HEADER_SCAN_ROWS])
    if not scan:
        return None
    width = max((len(r) for _, r in scan), default=0)
    if forced_row is not None:
        positions = [i for i, (number, _) in enumerate(scan) if number == forced_row]
        if not positions:
            return None
        best = positions[0]
        best_score = _row_score(scan[best][1], extra)
    else:
        scores = [_row_score(row, extra) for _, row in scan]
        best = max(range(len(scan)), key=lambda i: (scores[i], -i))
        if scores[best] < MIN_HEADER_SCORE:
            return None
        best = _first_table_header(scan, scores, best)
        best = _labels_under_codes(scan, scores, best)
        best_score = scores[best]
    top, bottom = best, best
    if forced_rows == 2 and best > 0:
        top = best - 1
    elif forced_rows is None:
        if best + 1 < len(scan) and _is_units_row(scan[best][1], scan[best + 1][1]):
            pass  # a units row is no child row: it is folded into the names below
        elif best + 1 < len(scan) and _is_child_row(scan[best][1], scan[best + 1][1], extra):
            bottom = best + 1
        if bottom == best and best > 0 and _is_parent_row(scan[best - 1][1], scan[best][1], width):
            top = best - 1
        if bottom + 1 < len(scan) and _is_units_row(_merged_names(scan, top, bottom), scan[bottom + 1][1]):
            return _layout_with_units(scan, top, bottom, width, best_score)
    return _layout(scan, top, bottom, width, best_score)


# How well an earlier header must score, against the best, to head the sheet's first table.
_FIRST_TABLE_SHARE = 0.5
_FIRST_TABLE_ROWS = 2


def _first_table_header(scan: Sequence[tuple[int, Row]], scores: list[float], best: int) -> int:
    """The header of the sheet's first table: an earlier header-like row with rows of data under it
    ("一、白条抵库" | 序号 | 日期 | 凭证号 | 金额 … and its 12 entries) when the best-scoring header is
    a second table's lower down ("二、不规范票据", with a 摘要 column more). Taking the lower one left
    the first table's rows "above the header", not imported; from the first, the one below is read
    as a table of its own (``pipeline``)."""
    for earlier in range(best):
        if scores[earlier] < max(MIN_HEADER_SCORE, _FIRST_TABLE_SHARE * scores[best]):
            continue
        rows = [row for _, row in scan[earlier + 1:best]]
        if sum(1 for row in rows if _is_data_row(row)) >= _FIRST_TABLE_ROWS:
            return earlier
    return best


# A cell of a database's field-code row: "htje", "cun_dm", "amount_fen".
_FIELD_CODE_CELL = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _labels_under_codes(scan: Sequence[tuple[int, Row]], scores: list[float], best: int) -> int:
    """The row of Chinese labels under a row of field codes (htje | 合同金额(分)), as a platform's dump
    writes both: the labels are the header, for they say more (a unit, a 代码 the code hides); the codes'
    row stays above as a title line. Any other header is kept."""
    if best + 1 >= len(scan) or scores[best + 1] < MIN_HEADER_SCORE:
        return best
    codes = [value for value in scan[best][1] if value not in ("", None)]
    labels = [value for value in scan[best + 1][1] if value not in ("", None)]
    if not codes or not all(isinstance(value, str) and _FIELD_CODE_CELL.fullmatch(value.strip()) for value in codes):
        return best
    if not labels or any(not isinstance(value, str) or value.isascii() for value in labels):
        return best
    return best + 1


def _is_data_row(row: Row) -> bool:
    """A row of a table's entries: three filled cells or more, one of them a number or a date."""
    filled = [value for value in row if value not in ("", None)]
    return len(filled) >= 3 and any(is_data_value(value) for value in filled)


# A cell that only names the unit of the column above it: "（万元）", "亩", "元/亩".
_UNIT_CELL = re.compile(r"^[(（\[【]?(?:单位[:：]?)?(?:万元|千元|元|亩|公顷|平方米|平米|㎡|m2|m²|米|年|个|人|户|%|"
                        r"元/亩(?:/年|·年)?|元/年|万元/年|元/平方米(?:/年)?|元/㎡)[)）\]】]?$", re.IGNORECASE)


# A money unit glossed in English beside (or instead of) the Chinese one, in a bilingual book: "(10k RMB
# 万元)", "万元/10k RMB", "(RMB 元)". The Chinese unit is read; a gloss alone stands for the unit it names.
_ENGLISH_MONEY_GLOSS = re.compile(r"(?:10k|10,000|10000)?(?:rmb|cny|yuan)(?:10k|10,000|10000)?")


def _unit_cell(value: Any) -> str | None:
    """The unit a cell under a header names ("（万元）", "(10k RMB 万元)" -> "万元"), None for any other cell."""
    if not isinstance(value, str):
        return None
    text = "".join(value.split())
    if _UNIT_CELL.match(text):
        return text.strip("()（）[]【】")
    folded = text.lower().strip("()（）[]【】")
    if folded in ENGLISH_MONEY_UNITS:
        return ENGLISH_MONEY_UNITS[folded]
    chinese = _ENGLISH_MONEY_GLOSS.sub("", folded).strip("/|-、 ")
    return chinese if chinese != folded and chinese and _UNIT_CELL.match(chinese) else None


def _is_units_row(header: Row, below: Row) -> bool:
    """Whether the row under the header only gives units ("（万元）" under 年租金, "（亩）" under 面积,
    "(10k RMB 万元)" under "Budget 预算").

    Such a row is part of the header, not a data row: without it the rents of a 万元
    column come in 10 000 times too small and the row itself is rejected as data.
    """
    units = [c for c, value in enumerate(below) if value not in ("", None)]
    return bool(units) and all(_unit_cell(below[c]) and c < len(header) and _text(header[c]) for c in units)


def _merged_names(scan: Sequence[tuple[int, Row]], top: int, bottom: int) -> Row:
    """Each column's lowest header text (a two-row header's child, or its parent above a blank)."""
    width = max(len(scan[i][1]) for i in range(top, bottom + 1))
    names: Row = []
    for c in range(width):
        texts = [_text(scan[i][1][c]) for i in range(top, bottom + 1) if c < len(scan[i][1])]
        names.append(next((t for t in reversed(texts) if t), ""))
    return names


def _layout_with_units(scan: Sequence[tuple[int, Row]], top: int, bottom: int, width: int,
                       score: float) -> HeaderLayout:
    """A header whose units stand on the row below it: each unit joins its column's lowest
    header text ("年租金（万元）", "金额/借方（元）"), as if the header cell had said so itself."""
    units = scan[bottom + 1][1]
    rows = [(number, list(row)) for number, row in scan]
    for c, unit in enumerate(units):
        if unit in ("", None):
            continue
        texts = [_text(rows[i][1][c]) if c < len(rows[i][1]) else "" for i in range(top, bottom + 1)]
        lowest = next((t for t in reversed(texts) if t), "")
        for i, text in zip(range(top, bottom + 1), texts):
            if lowest and text == lowest:  # a header merged down both rows keeps one name
                rows[i][1][c] = f"{lowest}{_bracketed(unit)}"
    layout = _layout(rows, top, bottom, width, score)
    layout.last_row = scan[bottom + 1][0]
    return layout


def _bracketed(unit: Any) -> str:
    text = _unit_cell(unit) or "".join(str(unit).split()).strip("()（）[]【】")
    return f"（{text}）"


def _is_child_row(header: Row, below: Row, extra: frozenset[str]) -> bool:
    """Whether the row under the header continues it (借方/贷方 under a merged 金额)."""
    if not (_is_header_like(below) or _is_month_children(header, below)):
        return False
    differing = [
        c for c, value in enumerate(below)
        if value not in ("", None) and (c >= len(header) or _text(header[c]) != _text(value))
    ]
    if not differing:
        return False
    if _splits_spanning_parents(header, below, differing) or _digit_places_under(header, below):
        return True
    known = sum(header_cell_score(below[c]) + (1.5 if normalize_header(below[c]) in extra else 0)
                for c in differing)
    if known < 0.5:
        return False
    # Under a column with its own full header, a different text is data, not a child:
    # the differing cells must sit under a parent that spans or under a blank.
    spanning = 0
    for c in differing:
        above = _text(header[c]) if c < len(header) else ""
        left = _text(header[c - 1]) if c > 0 and c - 1 < len(header) else None
        right = _text(header[c + 1]) if c + 1 < len(header) else None
        if not above or above == left or above == right:
            spanning += 1
    return spanning >= max(1, len(differing) // 2)


def _splits_spanning_parents(header: Row, below: Row, differing: list[int]) -> bool:
    """Whether the row below names the parts of header cells that span several columns.

    "项目资金来源(万元)" merged over three columns with 财政奖补资金 / 村民筹资 /
    村集体投入 under it: a parent spanning several columns with distinct texts
    under its span is a two-row header whatever the children say (they need not
    be known column names; the first may well be 合计). Every differing cell must
    sit under such a span, so that a text row of data under a one-row header
    (a different 书记 under 职务) never qualifies.
    """
    spans = [(start, end) for start, end in _spans(header, below) if end > start]
    split = 0
    for start, end in spans:
        parts = [_text(below[c]) if c < len(below) else "" for c in range(start, end + 1)]
        if all(parts) and len(set(parts)) == len(parts):
            split += 1
    in_span = {c for start, end in spans for c in range(start, end + 1)}
    return split > 0 and all(c in in_span for c in differing)


def _digit_places_under(header: Row, below: Row) -> bool:
    """Whether the row below prints the places of amounts written one digit a cell (千 百 十 万 …
    元 角 分 under 借方金额): no known column names, only their order tells it is a header."""
    width = max(len(header), len(below))
    parents = [_text(header[c]) if c < len(header) else "" for c in range(width)]
    children = [_text(below[c]) if c < len(below) else "" for c in range(width)]
    return bool(find_digit_runs(parents, children))


def _spans(header: Row, below: Row) -> list[tuple[int, int]]:
    """(first, last) column of each header text and the columns it spans: the same text
    repeated (a merge the filler spread) or, without merge information (csv), blank header
    cells with a text below them."""
    width = max(len(header), len(below))
    texts = [_text(header[c]) if c < len(header) else "" for c in range(width)]
    spans: list[tuple[int, int]] = []
    c = 0
    while c < width:
        if not texts[c]:
            c += 1
            continue
        end = c
        while end + 1 < width and (texts[end + 1] == texts[c] or
                                   (not texts[end + 1] and end + 1 < len(below) and _text(below[end + 1]))):
            end += 1
        spans.append((c, end))
        c = end + 1
    return spans


def _is_parent_row(above: Row, header: Row, width: int) -> bool:
    """Whether the row above the best header row is its parent row (2021年 over 月/日, or a month
    merged over its own 金额 | 发放日期)."""
    if not (_is_header_like(above) or _is_month_parents(above)) or _is_title_line(above, width):
        return False
    shared = differing = 0
    for c, value in enumerate(above):
        if value in ("", None):
            continue
        below = _text(header[c]) if c < len(header) else ""
        if below == _text(value):
            shared += 1  # a vertical merge: evidence of a two-row header
        elif below:
            differing += 1
    if differing == 0:
        return False
    groups = _runs(above)
    return shared > 0 or any(length >= 2 for length in groups) or _parents_without_merges(above, header)


def _parents_without_merges(above: Row, header: Row) -> bool:
    """Whether the row above is the parent row of a header written without merges (a csv's 入库 | | | 出库
    over 数量 | 单价 | 金额 | 数量 …): each of its texts either names its own column over a blank (日期,
    摘要) or stands over the first of several children, blank above the rest, and one at least does so.
    A lone text above the header (a village, 附件1) is no parent row."""
    texts = [c for c, value in enumerate(above) if value not in ("", None)]
    if len(texts) < 2:
        return False
    spans = {start: end for start, end in _spans(above, header)}
    spanning = [c for c in texts if spans.get(c, c) > c]
    alone = [c for c in texts if c >= len(header) or not _text(header[c])]
    return bool(spanning) and len(spanning) + len(alone) == len(texts)


# A month as a merged parent ("4月" over 金额 | 发放日期): text that is_data_value takes for data.
_MONTH_LABEL = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|0?[1-9])\s*月份?\s*$")


def _is_month_parents(row: Row) -> bool:
    """Whether a row reads as headers once its month labels, each merged over two columns or more
    (filled, so repeated), are taken for names: the months of a 发放表 with an (amount, date) pair
    a month."""
    cells = [v for v in row if v != "" and v is not None]
    months = [v for v in cells if isinstance(v, str) and _MONTH_LABEL.match(v)]
    if not months or any(row.count(month) < 2 for month in months):
        return False
    return _is_header_like([v for v in cells if v not in months])


def _is_month_children(header: Row, below: Row) -> bool:
    """Whether the row under the header names months under a parent spanning them (缴费月份 merged over
    1月 … 12月, each cell 已缴 or 未缴) and is headers otherwise: text that is_data_value takes for data."""
    months = [c for c, value in enumerate(below) if isinstance(value, str) and _MONTH_LABEL.match(value)]
    if len(months) < 2 or len({_text(below[c]) for c in months}) < len(months):
        return False
    others = [value for c, value in enumerate(below) if c not in months]
    return all(_under_a_span(header, c) for c in months) and _is_header_like(others)


def _under_a_span(header: Row, c: int) -> bool:
    """Whether header cell ``c`` is part of a filled horizontal merge (the same text beside it)."""
    above = _text(header[c]) if c < len(header) else ""
    return bool(above) and any(0 <= other < len(header) and _text(header[other]) == above for other in (c - 1, c + 1))


def _runs(row: Row) -> list[int]:
    """Lengths of runs of the same non-empty value (a filled horizontal merge)."""
    runs: list[int] = []
    previous, length = None, 0
    for value in row:
        if value not in ("", None) and value == previous:
            length += 1
        else:
            if previous not in ("", None):
                runs.append(length)
            previous, length = value, 1
    if previous not in ("", None):
        runs.append(length)
    return runs


def _layout(scan: Sequence[tuple[int, Row]], top: int, bottom: int, width: int,
            score: float) -> HeaderLayout:
    header_rows = [scan[i][1] for i in range(top, bottom + 1)]
    span = max(len(r) for r in header_rows)
    if len(header_rows) == 2:
        header_rows[0] = _spread_parents(header_rows[0], header_rows[1])
    parents: list[str] = []
    children: list[str] = []
    for c in range(span):
        cells = [_text(r[c]) if c < len(r) else "" for r in header_rows]
        if len(cells) == 1:
            parents.append("")
            children.append(cells[0])
        else:
            parent, child = cells[0], cells[-1]
            if parent == child:
                parent = ""
            parents.append(parent)
            children.append(child)
    runs = find_digit_runs(parents, children) if len(header_rows) == 2 else []
    _fold_digit_runs(parents, children, runs)
    split_cells = join_split_cells(parents, children, [row for _, row in scan[bottom + 1:]])
    names = unique_names([f"{p}/{c}" if p and c else (p or c) for p, c in zip(parents, children)])
    title_lines = [
        "  ".join(dict.fromkeys(_text(v) for v in row if v not in ("", None)))
        for _, row in scan[:top]
        if any(v not in ("", None) for v in row)
    ]
    layout = HeaderLayout(
        first_row=scan[top][0], last_row=scan[bottom][0], parents=parents, children=children,
        names=names, title_lines=title_lines, score=score, digit_runs=runs, split_cells=split_cells,
    )
    _read_title_metadata(layout, [v for _, row in scan[:top] for v in row if isinstance(v, str) and v.strip()])
    if layout.year is None:  # a parent header "2021年" (or "２０２１年", full-width) over 月/日 gives the year too
        for parent in parents:
            match = _BARE_YEAR.match(normalize_header(parent))
            if match:
                layout.year = int(match.group(1))
                break
    return layout


# The second half of a header cell a PDF conversion split that also reads as a header of its own:
# "收入" | "金额" is one 收入金额 column when 金额 stays empty. Two real headers ("收入" | "支出",
# "年" | "月") are never joined, whichever of them the first rows leave empty.
SPLIT_GENERIC_HALVES = frozenset({"金额", "金额（元）", "金额(元)", "发生额", "数", "额", "期", "日期"})
# At most this share of the rows that fill one half of a split cell may fill the other one.
_SPLIT_STRAY_SHARE = 0.1
SPLIT_CELLS_NOTE = "表头单元格被拆成两格（PDF 转换常见），已合并读作一列：{pairs}"


def join_split_cells(parents: list[str], children: list[str],
                     body: Sequence[Row]) -> dict[int, tuple[str, str]]:
    """Join the header cells a PDF conversion split in two ("职" | "务", "签订日" | "期", "收入" |
    "金额"): two neighbours under the same parent whose joined text is a known header, when the rows
    below fill only one of the two columns and neither half alone is a header (or the second half is
    only a generic "金额"/"期"). The joined name goes over the filled column, the other is left
    unnamed, so that its empty cells are never read as the value. The cells as printed, by the first
    column of each pair."""
    split: dict[int, tuple[str, str]] = {}
    c = 0
    while c + 1 < len(children):
        first, second = children[c], children[c + 1]
        keep = _split_pair_column(first, second, parents[c] == parents[c + 1], body, c)
        if keep is None:
            c += 1
            continue
        split[c] = (first, second)
        children[c], children[c + 1] = "", ""
        children[keep] = f"{first}{second}"
        c += 2
    return split


def _split_pair_column(first: str, second: str, same_parent: bool, body: Sequence[Row], c: int) -> int | None:
    """The column (c or c + 1) that takes the joined name of the header cells ``first`` | ``second``,
    or None when they are two columns of their own."""
    if not (first and second and same_parent) or header_cell_score(f"{first}{second}") < 1.0:
        return None
    if header_cell_score(first) >= 1.0 and header_cell_score(second) >= 1.0 \
            and normalize_header(second) not in SPLIT_GENERIC_HALVES:
        return None
    rows = [row for row in body if _is_data_row(row)]  # not a page's repeated header, nor its footer
    filled = [sum(1 for row in rows if index < len(row) and _text(row[index])) for index in (c, c + 1)]
    full, empty = (c, filled[1]) if filled[0] >= filled[1] else (c + 1, filled[0])
    if max(filled) < 2 or empty > max(filled) * _SPLIT_STRAY_SHARE:
        return None
    return full


def split_cells_note(layout: HeaderLayout) -> str:
    """The sheet's note on the header cells it joined ('' for none): "职" + "务" -> 职务（第 F 列）."""
    pairs = []
    for c, (first, second) in sorted(layout.split_cells.items()):
        kept = c if layout.children[c] else c + 1
        pairs.append(f"“{first}”“{second}”→“{layout.children[kept]}”（第 {column_letter(kept)} 列）")
    return SPLIT_CELLS_NOTE.format(pairs="、".join(pairs)) if pairs else ""


def _fold_digit_runs(parents: list[str], children: list[str], runs: Sequence[DigitRun]) -> None:
    """Name each digit run once, as the money column it is ("借方金额（元）": its places make it 元
    whatever unit the title gives), and leave its other cells unnamed: neither a 元 cell read as the
    amount nor nine "未识别的列"."""
    for run in runs:
        for c in range(run.first, run.last + 1):
            parents[c] = children[c] = ""
        children[run.first] = run.header


def labels_layout(title_lines: Sequence[str], labels: Sequence[str], row: int) -> HeaderLayout:
    """The layout of a one-row header ``labels`` at Excel row ``row`` under ``title_lines``: what
    a sheet read another way than as a table (``importers.cards``) is planned with."""
    scan: list[tuple[int, Row]] = [(row, [line]) for line in title_lines] + [(row, list(labels))]
    return _layout(scan, len(title_lines), len(title_lines), len(labels), 0.0)


def _spread_parents(header: Row, below: Row) -> Row:
    """A parent header over blank cells whose children only name a unit spans those columns:
    a csv (no merges) writes "合同金额" once over 万元 | 元, and a bare "元" means nothing
    without it. So does one over children that stand under other parents too: a csv's 收发存 ledger
    writes 入库 | | | 出库 over 数量 | 单价 | 金额 | 数量 …, and a bare "金额" would not say which.
    (Other children keep their own name: "贷方" may stand on its own.)"""
    spread = list(header) + [""] * max(0, len(below) - len(header))
    children = [_text(value) for value in below]
    for start, end in _spans(header, below):
        for c in range(start + 1, min(end + 1, len(spread))):
            if spread[c] in ("", None) and c < len(below) and isinstance(below[c], str) \
                    and (_UNIT_CELL.match("".join(below[c].split())) or children.count(children[c]) > 1):
                spread[c] = header[start]
    return spread


def _read_title_metadata(layout: HeaderLayout, cells: list[str]) -> None:
    for cell in cells:
        if layout.unit is None:
            layout.unit = unit_from_text(cell)
        if not layout.title_villages:
            # The first cell that names a village speaks for the title: a later line
            # ("开户行：马吉村支行") must not make "石桥村收支明细账" name two villages.
            layout.title_villages = find_villages(cell)
        if layout.year is None:
            cell = unicodedata.normalize("NFKC", cell)  # "２０２３年度" as "2023年度"
            match = _YEAR_RE.search(cell)
            span = _YEAR_SPAN.search(cell)
            span = span if span and int(span.group(1)) < int(span.group(2)) else None
            if match or span:
                layout.year = int(match.group(1)) if match else None
                layout.single_year = len(set(_ANY_YEAR.findall(cell))) == 1
                if span:  # "2022年11月至2023年2月", "2022.11—2023.2": the rows begin in the first year
                    layout.year, layout.last_year = int(span.group(1)), int(span.group(2))
    # A title that names several villages cannot say which row is whose: no single village.
    layout.village = layout.title_villages[0] if len(layout.title_villages) == 1 else None


def years_named(texts: Sequence[str]) -> tuple[int, int] | None:
    """(first, last) of the years the first of ``texts`` to name any names, as a title is read
    ("王家堡村2023年…": 2023 and 2023; "…2019-2023年度…": 2019 and 2023), or None: what a sheet's or
    file's name says when its title names no year."""
    probe = HeaderLayout(first_row=0, last_row=0, parents=[], children=[], names=[])
    _read_title_metadata(probe, [text for text in texts if text.strip()])
    return None if probe.year is None else (probe.year, probe.last_year or probe.year)


def inherit_title(layout: HeaderLayout, sheet_title: Sequence[str]) -> None:
    """Give a table lower on a sheet what the sheet's title says and its own lines do not: the village
    ("石桥村2023年财务收支及合同公开" above both tables) and the year. Its unit stays its own: a
    "单位：万元" over the first table need not hold for the second."""
    above = HeaderLayout(first_row=0, last_row=0, parents=[], children=[], names=[])
    _read_title_metadata(above, [line for line in sheet_title if line.strip()])
    if not layout.title_villages:
        layout.title_villages, layout.village = above.title_villages, above.village
    if layout.year is None:
        layout.year, layout.single_year, layout.last_year = above.year, above.single_year, above.last_year


def unique_names(names: Sequence[str]) -> list[str]:
    """Make header names unique ('金额', '金额(2)'); blank names stay blank."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        if not name:
            out.append("")
            continue
        count = seen.get(name, 0) + 1
        seen[name] = count
        out.append(name if count == 1 else f"{name}({count})")
    return out


def lettered_layout(rows: Sequence[tuple[int, Row]], file_stem: str = "") -> HeaderLayout:
    """The layout of a sheet without a header that a mapping file describes by column letter
    (``header_row = 0``): each column is named by its letter and data starts on row 1. With no title
    either, the file's name stands for one ("石桥村2023年收支明细账（下半年）" gives 月/日 their year)."""
    width = max((len(row) for _, row in rows), default=0)
    letters = [column_letter(index) for index in range(width)]
    layout = HeaderLayout(first_row=0, last_row=0, parents=[""] * width, children=list(letters), names=letters)
    if file_stem:
        _read_title_metadata(layout, [file_stem])
    return layout


def column_letter(index: int) -> str:
    """Excel's column letter for a 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
