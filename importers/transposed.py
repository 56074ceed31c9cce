"""Provides the reading of a transposed table: field names down a column, one record per column.

公示栏 templates and 公示 pasted from Word lay a table on its side:

    项目名称 | 村道硬化         | 路灯安装         | 水渠维修
    建设地点 | 三组至五组       | 主干道两侧       | 北干渠
    预算金额 | 386000           | 96000            | 158000
    施工单位 | 湖北鑫达路桥…   | 武汉光明照明…   | 孝感市楚兴水利…

Read as a table, its first field row is taken for the header and the other field names for
records ("建设地点", "预算金额" …), or column B for a village column. Each column B, C, D … is
a card whose labels are column A's (``importers.cards``): it is read as one, numbered by the row
of the block's first field (as a card is, by its first label), and planned, converted and
reported exactly as cards are (``cards.card_reading``). The sheet's note says it was read by
columns.

Blocks. A block starts at a row whose first cell is a label the synonym table knows, followed by
values in at least two columns of which at most half are labels themselves (a table's header
row pairs its labels with one another). It goes on down the rows whose first cell, in the same
column, is a label with such values (a label the synonyms do not know only with values in half the
block's columns: a 落款 "李家湾村民委员会 | 李家湾村务监督委员会" is none); blank rows end
nothing; another row, or a label met again (two blocks stacked without a gap), ends it.

Conservative, as cards are: a block needs ``MIN_FIELD_ROWS`` known labels and ``MIN_RECORD_COLUMNS``
columns of values. A column of labels to the right (label | value | label | value) is a
card laid out by rows, not a transposed table: the sheet is left to the card reader. The reading
is kept only when the labels decide a kind read as cards and enough values read as its fields;
a 汇总 sheet with categories down column A and years across (收入/支出 are a payment's words)
decides none and stays a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from importers.cards import MAX_CARD_ROWS, MAX_TITLE_LINES, TITLE_LABELS, Card, CardCell, CardReading, card_reading, \
    label_of
from importers.headers import column_letter, is_data_value
from importers.readers import Row, Sheet
from importers.rowmap import cell_text
from importers.synonyms import normalize_header

MIN_FIELD_ROWS = 3
"""Known labels down the label column a block needs: "姓名 | 张三 | 李四" alone is any two-column list."""
MIN_RECORD_COLUMNS = 2
"""Columns of values a block needs; one column beside the labels is a card (``importers.cards``)."""
MAX_UNKNOWN_LABEL = 12
"""Characters of a field name in the label column that the synonym table does not know."""

PERIOD_HEAD = re.compile(r"(?:(?:19|20)\d{2}(?:年度?)?(?:\d{1,2}月份?)?|(?:1[0-2]|0?[1-9])月份?|第?[一二三四1-4]季度"
                         r"|上年(?:数|同期)?|本年(?:数|累计)?|本期(?:数)?|本月(?:数)?|累计|年初数?|年末数?|期初数?|期末数?"
                         r"|合计|小计|总计)")
"""Heads of a 汇总's columns: years or periods across, not records ("项目 | 2021年 | 2022年")."""
TOTAL_LABEL = re.compile(r"合计|小计|总计")
"""A field that totals the ones above it: the block is a 汇总's statistics, not records."""

COLUMNS_NOTE = "按列读取：字段名竖排在{column}列，每一列（{columns}）导入为一条记录，共 {count} 条{groups}，行号为该组第一个字段所在行；请核对"
GROUPS_NOTE = "（分 {count} 组，各组第一行：{rows}）"


@dataclass
class _Block:
    """Field rows stacked under one another: the label column and, per field row, its cells."""

    column: int
    first_row: int
    rows: list[tuple[int, str, bool, Row]] = field(default_factory=list)
    """(Excel row, label, known, row) of each field."""
    keys: set[str] = field(default_factory=set)

    def record_columns(self) -> list[int]:
        """The columns right of the labels that hold a value on some field row: one record each."""
        found = {index for _n, _label, _known, row in self.rows for index, value in enumerate(row)
                 if index > self.column and _filled(value)}
        return sorted(found)

    def known_fields(self) -> int:
        return sum(known for _n, _label, known, _row in self.rows)


def _filled(value: Any) -> bool:
    return value is not None and value != ""


def _values_right(row: Row, column: int) -> list[Any]:
    return [value for value in row[column + 1:] if _filled(value)]


def _reads_as_values(cells: list[Any]) -> bool:
    """Cells right of a label that vary like values: at most half of them labels (a header row
    names one label after another)."""
    return 2 * sum(label_of(value) is not None for value in cells) <= len(cells)


def _field_label(value: Any, block: _Block | None) -> tuple[str, bool] | None:
    """(label, known) of the first cell of a field row; an unknown short text only inside a block."""
    label = label_of(value)
    if label is not None and normalize_header(label) not in TITLE_LABELS:
        return label, True
    if block is not None and label is None and type(value) is str and 0 < len(value.strip()) <= MAX_UNKNOWN_LABEL \
            and not is_data_value(value):
        return " ".join(value.split()), False
    return None


def _field_of(row: Row, block: _Block | None) -> tuple[int, str, bool] | None:
    """(label column, label, known) when the row is a field row of a transposed table, else None."""
    column = next((index for index, value in enumerate(row) if _filled(value)), None)
    if column is None:
        return None
    found = _field_label(row[column], block)
    if found is None:
        return None
    label, known = found
    cells = _values_right(row, column)
    if not _reads_as_values(cells):
        return None
    if block is None or column != block.column:
        return (column, label, known) if known and len(cells) >= MIN_RECORD_COLUMNS else None
    # An unknown label (a 落款 under the table) needs values in half the block's columns.
    return (column, label, known) if known or 2 * len(cells) >= len(block.record_columns()) else None


def find_blocks(rows: Iterable[tuple[int, Row]]) -> tuple[list[_Block], list[str]]:
    """The transposed blocks of a sheet, and the text of its other rows (its title lines)."""
    blocks: list[_Block] = []
    titles: dict[str, None] = {}
    current: _Block | None = None
    for number, row in rows:
        if not any(_filled(value) for value in row):
            continue
        found = _field_of(row, current)
        if found is not None and current is not None and (found[0] != current.column
                                                          or normalize_header(found[1]) in current.keys):
            current = None
            found = _field_of(row, None)
        if found is None:
            current = None
            titles.setdefault(_row_text(row), None)
            continue
        column, label, known = found
        if current is None:
            current = _Block(column, number)
            blocks.append(current)
        current.rows.append((number, label, known, row))
        current.keys.add(normalize_header(label))
    return blocks, list(titles)


def _holds_records(block: _Block) -> bool:
    return block.known_fields() >= MIN_FIELD_ROWS and len(block.record_columns()) >= MIN_RECORD_COLUMNS \
        and not _is_summary(block)


def _row_text(row: Row) -> str:
    return "  ".join(dict.fromkeys(cell_text(value) for value in row if _filled(value)))


def _is_summary(block: _Block) -> bool:
    """Whether a block is a 汇总 (统计) with categories down and periods across: the heads of its
    columns (its first field row) are years or periods, or one of its fields is a total."""
    _number, _label, _known, first = block.rows[0]
    heads = _values_right(first, block.column)
    periods = sum(PERIOD_HEAD.fullmatch("".join(cell_text(value).split())) is not None for value in heads)
    return 2 * periods >= len(heads) or any(TOTAL_LABEL.search(label) for _n, label, _k, _row in block.rows)


def _is_card_by_rows(block: _Block) -> bool:
    """Whether a column right of the labels holds labels mostly: label | value | label | value is a
    card laid out by rows (``importers.cards``), not one record per column."""
    for index in block.record_columns():
        cells = [row[index] for _n, _l, _k, row in block.rows if index < len(row) and _filled(row[index])]
        if 2 * sum(label_of(value) is not None for value in cells) > len(cells):
            return True
    return False


def column_cards(block: _Block) -> list[Card]:
    """One card per column of values of a block, numbered by the block's first field row."""
    cards: list[Card] = []
    for index in block.record_columns():
        card = Card(block.first_row, part=f"/{column_letter(index)}")
        card.add(CardCell(label, row[index] if index < len(row) and _filled(row[index]) else None, number, index,
                          known=known, label_column=block.column)
                 for number, label, known, row in block.rows)
        cards.append(card)
    return cards


def read_transposed(sheet: Sheet, head: Sequence[tuple[int, Row]], *, file_name: str, datemode: int = 0,
                    village_option: str | None = None, hidden: bool = False) -> CardReading | None:
    """The sheet read one record per column, or None when it is no transposed table (module doc).
    ``head``, the sheet's first rows, tells cheaply whether the whole sheet is worth reading again."""
    if sheet.height > MAX_CARD_ROWS or not _starts_a_block(head):
        return None
    found, titles = find_blocks(sheet.rows())
    blocks = [block for block in found if _holds_records(block)]
    # Nothing may be lost: a block of several fields that is not read (a 汇总 beside the 公示, a
    # card) leaves the whole sheet to the table and card readings; a lone field row is a title line.
    others = [block for block in found if block not in blocks]
    if not blocks or any(len(block.rows) > 1 for block in others) or any(_is_card_by_rows(b) for b in blocks):
        return None
    titles = (titles + [_row_text(row) for block in others for _n, _l, _k, row in block.rows])[:MAX_TITLE_LINES]
    cards = [card for block in blocks for card in column_cards(block)]
    letters = "、".join(dict.fromkeys(column_letter(index) for block in blocks for index in block.record_columns()))
    groups = GROUPS_NOTE.format(count=len(blocks), rows="、".join(str(block.first_row) for block in blocks)) \
        if len(blocks) > 1 else ""
    note = COLUMNS_NOTE.format(column=column_letter(blocks[0].column), columns=letters, count=len(cards), groups=groups)
    return card_reading(sheet, cards, titles, note, file_name=file_name, datemode=datemode,
                        village_option=village_option, hidden=hidden)


def _starts_a_block(head: Sequence[tuple[int, Row]]) -> bool:
    """Whether the first rows hold a block's worth of known field rows."""
    blocks, _titles = find_blocks(head)
    return any(block.known_fields() >= MIN_FIELD_ROWS for block in blocks)


__all__ = ["column_cards", "find_blocks", "read_transposed"]
