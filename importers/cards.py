"""Provides the reading of a sheet laid out as cards: one record per block of labels and values.

Accounting packages (用友, 金蝶, 三资平台) export a 固定资产卡片 as a block of label
cells, each followed by its value, rather than as a row of a table:

                  固定资产卡片
    卡片编号 | SL-ZC-003 | 资产名称 | 村委会办公楼 | 类别       | 房屋及建筑物
    规格型号 | 框架3层   | 数量     | 1栋          | 原值（元） | 1,860,000.00
    保管人   | 陈丽萍    | 备注     |

many cards stacked on one sheet, or one card per sheet. Such a sheet is read
as a table with one row per card: its header is every label met (in the order
first met), a card's row holds the value written after each label. The plan
(kind, columns, village, unit: ``plan.plan_layout``) and the row mapper then
work exactly as for a table, so that synonyms, money (万元 labels, 大写), dates,
kind and village detection, rejection reasons and provenance are the same.

Cells. A label is a text cell that the synonym table knows as a column name of
some kind (``synonyms.header_cell_score``, as header rows are found), or any
short text ending in a colon ("折旧方法："); the colon is no part of the label.
Its value is the next non-empty cell to its right: taken whatever it says when
it stands right after the label (or after the label's merged range), since a
value may well be a header word too ("保管人 | 村委会"), and only when it is no
label itself when cells lie between. A cell "资产名称：村办公楼" is a label and
its value in one. A merged value cell needs nothing: its value is in its first
cell. Any other cell of a card row is kept in the raw cells under its
reference ("F3"), so that nothing written on a card is lost.

Blocks. A card row has a label with a value that is no label itself (or any
value, inside a card), for at least half of its labels with a value (a table's
header pairs its labels with one another: "编号 | 资源类别 | … | 四至 | 利用现状"
is no card, though 利用现状 is no label), and no more such stray cells than values: a footer
"制表人：… 审核：…" is none. A row of one or two labels alone ("备注" with
nothing after it) continues the card above. A card ends at a row of other
text (its title, the next card's title) or where one of its labels comes
again (cards stacked without a gap); blank rows end nothing. The other text
rows are the sheet's title lines: the kind's keywords (固定资产卡片), the
village, a "单位：万元" line are read from them as from a table's title. A row
whose only labels are a title's (``TITLE_LABELS``: "单位：万元", "填报单位：石桥村…")
is a title line too, and a money unit among a card's pairs ("单位 | 万元", not
"单位 | 栋") is the sheet's unit.

A form may write a row of labels over a row of their values, then go on with label | value lines
("合同名称 | 乙方 | 合同金额 | 签订日期" over one contract's, then "大写金额 | 肆万玖仟捌佰元整",
"采购方式 | 询价采购"): the two rows are one card row (``labels_over_values``), and the lines below
continue the card. A label that only names a written form ("大写金额", "小写（元）") is the form of the
sum labelled before it on the card: its 小写 is read, its 大写 only checks it.

Records. A card's record points at the Excel row of its first label (at its row of values, for
labels over values: where a table's one row would be), on its
sheet; its raw cells are label -> value as written. A value that cannot be
parsed is reported at the row and column of the cell that holds it
(``CardMapper.where``): "第 4 行 列“原值（元）（F列）”".

Conservative, since reading a table as cards would be worse than refusing it:
the reading is only tried on a sheet that is not recognised as a table (and
that no mapping file applies to), and only kept when the labels decide a kind
(``kinds.detect_kind``, the same test as a table's header) and either at least
two cards, and half of all blocks, give at least two values of the kind's
fields that read as such (a 原值 that is a number, not "购置日期"), or the
sheet is a single card giving at least three, its essential ones among them
(资产名称 or 卡片编号 for an asset). A payment is read as a card only from a form filling its
sheet (付款审批单, 报账审批单, 收入入账单): a single card giving its date, its payee or payer and its sum
(``PAYMENT_FORM_FIELDS``); a block "收入合计 | 120000 | 支出合计 | 80000" is a summary, and several
blocks are no forms. Otherwise the sheet is
refused with the table's reason, as before. A card that lacks its essential values (no 资产名称
nor 编号) is rejected with its reason like a table row.

One exception: cards with three labels a row are taken for a table, the
"header" being one of their rows ("购置日期 | 2008年10月 | 使用状况 | 自用 …"),
the other card rows its records. The pipeline tries cards on such a sheet too
when its header row is a card row (``is_card_row``) or a form's labels over values
(``heads_a_form``: the table reading saw a header over one row), and they are kept only if
the rows outside the cards are titles: fewer rows of three cells or more than
there are cards, where a table has a row of them per record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from importers import values
from importers.headers import column_letter, is_data_value, labels_layout
from importers.kinds import essential_columns_missing
from importers.cells import Converter
from importers.plan import SheetPlan, join_notes, plan_layout
from importers.readers import Merge, Row, Sheet
from importers.rowmap import RowMapper, cell_text, is_footer_label
from importers.synonyms import IGNORE, TOTAL_WORDS, header_cell_score, normalize_header, split_brackets

MAX_CARD_ROWS = 50_000
"""A longer sheet is no stack of cards: it is not read a second time to find out."""
MIN_CARD_VALUES = 2
"""Values of the kind's fields a block needs to count as a card among several."""
MIN_SINGLE_CARD_VALUES = 3
"""Values of the kind's fields a sheet holding one card needs, its essential ones among them."""
MAX_TITLE_LINES = 8
CARD_KINDS = frozenset({"asset", "contract", "resource", "project", "cadre", "payment"})
"""Kinds read as cards. Payments only as a form filling a sheet (``PAYMENT_FORM_FIELDS``)."""
PAYMENT_FORM_FIELDS = (frozenset({"date", "counterparty"}), frozenset({"amount", "income", "expense"}))
"""What a payment's card must give, one field of each set: a 付款审批单 or 报账单 (one a sheet) names its
date, its payee and its sum. Several blocks of payment labels are no forms: a block "收入合计 | 120000 |
支出合计 | 80000" is a sheet's totals, and no book keeps its entries as cards."""
MAX_UNKNOWN_LABEL = 12
"""Characters of a text that the synonym table does not know, to be taken for a label."""

_COLONS = "：:"
_COLON_LABEL = re.compile(r"[^\d:：]{1,12}[:：]")
_INLINE_PAIR = re.compile(r"\s*([^:：]{1,20}?)\s*[:：]\s*(\S.*?)\s*", re.DOTALL)

_CARD, _LABELS, _TEXT, _BLANK = "card", "labels", "text", "blank"

WRITTEN_FORMS = frozenset({"小写", "大写", "小写金额", "大写金额"})
"""Labels that only say in which form a sum is written (``Card._name_written_form``)."""
_MONEY_LABEL = re.compile(r"(?:金额|款|价|额|资)$")

TITLE_LABELS = frozenset(normalize_header(label) for label in (
    "单位", "金额单位", "填报单位", "编制单位", "制表单位", "报送单位", "核算单位", "记账单位"))
"""Labels of a sheet's title lines, not of a card: "单位：万元" gives the money unit of every card,
"填报单位：石桥村股份经济合作社" the village. Read as a card's field, the one would be lost (12.5 万元
read as 12.5 元) and the other too (填报单位 is no column of any kind)."""


@dataclass
class CardCell:
    """A label and the value written after it (None when left empty), or a stray cell."""

    label: str
    value: Any
    row: int
    """Excel row of the value cell."""
    column: int
    """0-based column of the value cell (where it would be, when the value is empty)."""
    stray: bool = False
    """A cell that is neither a label nor a label's value: ``label`` is its reference ("F3")."""
    known: bool = True
    """False for a label the synonym table does not know ("申报单位"), taken as one for the value after it."""
    label_column: int = -1
    """0-based column of the label cell."""

    @property
    def key(self) -> str:
        return normalize_header(self.label)


@dataclass
class Card:
    """One block of label rows: ``row`` is the Excel row of its first label."""

    row: int
    cells: list[CardCell] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    on_values: bool = False
    """Whether ``row`` is the row of values under a row of labels (``labels_over_values``)."""
    money: str = ""
    """The last sum the card's labels named ("金额" of "金额（大写）"), which a bare "小写" label writes."""
    part: str = ""
    """What tells its record's id from other cards' on the same row: cards read by columns share a row."""

    def add(self, cells: Iterable[CardCell]) -> None:
        for cell in cells:
            if not cell.stray:
                self._name_written_form(cell)
            if cell.key not in self.keys:  # "备注" once more below: the first is the card's
                self.keys.add(cell.key)
                self.cells.append(cell)

    def _name_written_form(self, cell: CardCell) -> None:
        """A label that only says in which form a sum is written ("小写（元）", "小写（万元）", "大写金额")
        names the sum labelled before it on the card: "金额（大写） | 贰仟元整 | 小写（元） | 2000", or a
        line "大写金额 | 肆万玖仟捌佰元整" under a row of labels over their values, is one amount twice,
        as a table's 小写 | 大写 under a merged "金额". Renamed "金额（小写）（元）", it is that sum's 小写
        (read, its unit kept) and the 大写 only checks it (a mismatch is a warning); alone, "小写（元）"
        names no field, and "大写金额" would be a record's title on its own line."""
        base, hints = split_brackets(cell.key)
        if base in WRITTEN_FORMS and self.money:
            cell.label = "".join([self.money, f"（{base.replace('金额', '')}）", *(f"（{hint}）" for hint in hints)])
            cell.known = True
        else:
            self.money = base if _MONEY_LABEL.search(base) else self.money


def label_of(value: Any) -> str | None:
    """The label a cell is ("资产名称：" -> "资产名称"), or None when it is no label."""
    if type(value) is not str:
        return None
    text = " ".join(value.split())
    if not text or not (header_cell_score(text) >= 1.0 or _COLON_LABEL.fullmatch(text)):
        return None
    return text.rstrip(_COLONS).rstrip()


def inline_pair(value: Any) -> tuple[str, str] | None:
    """(label, value) of a cell that holds both, "资产名称：村办公楼"; None for any other cell."""
    if type(value) is not str or not any(colon in value for colon in _COLONS):
        return None
    match = _INLINE_PAIR.fullmatch(value)
    if match is None or header_cell_score(match[1]) < 1.0:
        return None
    return " ".join(match[1].split()), match[2]


def row_cells(number: int, row: Row, label_ends: dict[int, int]) -> list[CardCell]:
    """The labels with their values, and the stray cells, of one row, left to right.

    ``label_ends`` maps the first column of a merged range of this row to its last column.
    """
    cells: list[CardCell] = []
    pending: CardCell | None = None
    for index, value in enumerate(row):
        if value == "" or value is None:
            continue
        if pending is not None and index == pending.column:  # right after its label: its value
            pending.value, pending = value, None
            continue
        pair = inline_pair(value)
        label = None if pair else label_of(value)
        if pair is not None:
            pending = None
            cells.append(CardCell(pair[0], pair[1], number, index))
        elif label is not None:
            pending = CardCell(label, None, number, label_ends.get(index, index) + 1, label_column=index)
            cells.append(pending)
        elif pending is not None:
            pending.value, pending.column, pending = value, index, None
        elif _may_be_label(value):
            pending = CardCell(" ".join(value.split()), None, number, label_ends.get(index, index) + 1,
                               known=False, label_column=index)
            cells.append(pending)
        else:
            cells.append(_stray(number, index, value))
    # An unknown label is one only with a value after it; else it is a stray cell.
    return [_stray(number, cell.label_column, cell.label) if not cell.known and cell.value is None else cell
            for cell in cells]


def _may_be_label(value: Any) -> bool:
    return type(value) is str and 0 < len(value.strip()) <= MAX_UNKNOWN_LABEL and not is_data_value(value)


def _stray(number: int, index: int, value: Any) -> CardCell:
    return CardCell(f"{column_letter(index)}{number}", value, number, index, stray=True)


def _row_kind(cells: list[CardCell], in_card: bool) -> str:
    if not cells:
        return _BLANK
    strays = sum(cell.stray for cell in cells)
    labels = [cell for cell in cells if not cell.stray]
    if labels and all(cell.key in TITLE_LABELS for cell in labels):
        return _TEXT
    valued = [cell for cell in labels if cell.value is not None]
    # A table's header row pairs its labels with one another: no value of its own. A card's
    # first row names a known label, and at least half of its labels have a value that is no
    # label: a header "编号 | 资源类别 | … | 四至 | 利用现状 | …" pairs one label with a word the
    # synonyms do not know, by chance, and must not start a card that swallows the table's rows.
    own = valued if in_card else [cell for cell in valued if cell.known and label_of(cell.value) is None]
    if own and 2 * len(own) >= len(valued) and strays <= len(valued):
        return _CARD
    if in_card and not strays and not valued and len(labels) <= 2:
        return _LABELS
    return _TEXT


@dataclass
class Blocks:
    """What ``find_cards`` found on a sheet."""

    cards: list[Card]
    titles: list[str]
    """The text of the rows that are no part of a card, each once."""
    wide_rows: int
    """Rows of three cells or more that are no part of a card: a table's rows."""


def find_cards(rows: Iterable[tuple[int, Row]], merges: Sequence[Merge]) -> Blocks:
    """The blocks of label rows of a sheet, and its other rows."""
    ends: dict[int, dict[int, int]] = {}
    for r0, c0, _r1, c1 in merges:
        ends.setdefault(r0, {})[c0] = c1
    lines = [(number, row, row_cells(number, row, ends.get(number - 1, {}))) for number, row in rows]
    lines = [line for line in lines if line[2]]
    cards: list[Card] = []
    titles: dict[str, None] = {}
    current: Card | None = None
    wide_rows = 0
    index = 0
    while index < len(lines):
        number, row, cells = lines[index]
        over = labels_over_values(lines, index)
        kind = _CARD if over is not None else _row_kind(cells, current is not None)
        index += 2 if over is not None else 1
        if kind == _TEXT:
            current = None
            texts = [cell_text(v) for v in row if v not in ("", None)]
            titles.setdefault("  ".join(dict.fromkeys(texts)), None)
            wide_rows += len(texts) >= 3
            continue
        cells = over or cells
        titles.update(dict.fromkeys(_unit_lines(cells)))
        assert current is not None or kind == _CARD
        if current is None or (kind == _CARD and {c.key for c in cells if not c.stray} & current.keys):
            current = Card(number)
            cards.append(current)
        if over is not None:
            current.row, current.on_values = over[0].row, True  # on its values' row, as a table's one row
        current.add(cells)
    return Blocks(cards, list(titles)[:MAX_TITLE_LINES], wide_rows)


def labels_over_values(lines: Sequence[tuple[int, Row, list[CardCell]]], index: int) -> list[CardCell] | None:
    """The labels of line ``index`` paired with the values of the line below, when the form writes a
    row of labels over a row of their values and goes on with its own label | value lines:

        合同名称       | 乙方（承包方）   | 合同金额（元） | 签订日期
        文化广场路灯…  | 山东光明新能源…  | 49800          | 2023-04-02
        大写金额       | 肆万玖仟捌佰元整
        采购方式       | 询价采购         | 甲方           | 李家庄村股份经济合作社

    Read as a table, the form's lines below would be records of their own (a contract called
    "大写金额" with the party "肆万玖仟捌佰元整"). A table's header over one row is none: nothing of
    the form follows it, or only its totals and signatures, or rows filling the same cells.
    """
    if index + 2 >= len(lines):
        return None
    (_, labels_row, _), (number, values_row, _), (_, next_row, next_cells) = lines[index:index + 3]
    labels = {column: label_of(value) for column, value in enumerate(labels_row) if value not in ("", None)}
    if len(labels) < 2 or None in labels.values():
        return None
    filled = {column for column, value in enumerate(values_row) if value not in ("", None)}
    if not filled <= labels.keys() or 2 * len(filled) < len(labels) \
            or any(label_of(values_row[column]) is not None for column in filled):
        return None
    if not _continues_form(next_row, next_cells, filled):
        return None
    return [CardCell(labels[column], values_row[column] if column in filled else None, number, column,
                     label_column=column) for column in sorted(labels)]


def _continues_form(row: Row, cells: list[CardCell], filled_above: set[int]) -> bool:
    """Whether a line under a row of values is the form's own label | value line ("大写金额 | 肆万…",
    "采购方式 | 询价采购"), not a table's next row (the same cells filled), its totals (合计 | 49800)
    or its signatures (经办人：李明)."""
    if _row_kind(cells, True) != _CARD or cells[0].stray:
        return False
    first = row[cells[0].label_column]
    filled = {column for column, value in enumerate(row) if value not in ("", None)}
    return filled != filled_above and _names_a_field(first) and cells[0].key not in TOTAL_WORDS \
        and not is_footer_label(first)


def _names_a_field(value: Any) -> bool:
    """Whether a line's first cell is a label the synonyms know, or a sum's written form ("大写金额"):
    a table's next row begins with a record's name, which may contain a field's word ("红台村产业路硬化项目")."""
    if type(value) is not str:
        return False
    return header_cell_score(value) >= 1.0 or split_brackets(normalize_header(value))[0] in WRITTEN_FORMS


def _unit_lines(cells: list[CardCell]) -> list[str]:
    """"单位：万元" for a 单位 | 万元 pair among a card's fields: the money unit of the sheet, as a
    title line says it ("单位 | 栋", a count's unit, is none)."""
    lines = [f"单位：{cell_text(cell.value)}" for cell in cells
             if cell.key in TITLE_LABELS and cell.value is not None and not cell.stray]
    return [line for line in lines if values.unit_from_text(line)]


def is_card_row(number: int, row: Row) -> bool:
    """Whether a row pairs labels with values of their own ("卡片编号 | ZC001 | 资产名称 | 村办公楼")."""
    return _row_kind(row_cells(number, row, {}), False) == _CARD


def heads_a_form(number: int, rows: Sequence[tuple[int, Row]]) -> bool:
    """Whether row ``number`` (a table's header, to the table reading) is a form's row of labels over
    its values, with the form's label | value lines below (``labels_over_values``)."""
    lines = [(n, row, row_cells(n, row, {})) for n, row in rows if n >= number]
    lines = [line for line in lines if line[2]]
    return bool(lines) and lines[0][0] == number and labels_over_values(lines, 0) is not None


class CardMapper(RowMapper):
    """The row mapper of a card sheet: a problem names the cell of the value, not the card's row."""

    def __init__(self, plan: SheetPlan, positions: list[dict[str, tuple[int, int]]], parts: list[str],
                 **options: Any) -> None:
        super().__init__(plan, **options)
        self.positions = positions
        self.id_parts = parts
        self._mapped = -1
        """Index of the card last mapped: the rows come one per card, in order, and cards read by
        columns share a row number, so the number alone does not say which card it is."""

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        self._mapped += 1
        return super().map_row(number, row)

    def row_part(self) -> str:
        part = self.id_parts[self._mapped] if 0 <= self._mapped < len(self.id_parts) else ""
        return super().row_part() + part

    def where(self, number: int, column: str | None) -> tuple[int, str | None]:
        at = self.positions[self._mapped] if 0 <= self._mapped < len(self.positions) else {}
        cell = at.get(column) if column else None
        if cell is None:
            return number, column
        row, index = cell
        return row, f"{column}（{column_letter(index)}列）"


@dataclass
class CardReading:
    """A sheet read as cards: its plan, one row per card (numbered by the card's first row)
    and where each card's values are, one map label -> (Excel row, 0-based column) per card."""

    plan: SheetPlan
    rows: list[tuple[int, Row]]
    positions: list[dict[str, tuple[int, int]]]
    parts: list[str]
    """Each card's ``Card.part``, in the order of the rows."""

    def mapper(self, plan: SheetPlan, **options: Any) -> RowMapper:
        return CardMapper(plan, self.positions, self.parts, **options)


def read_cards(sheet: Sheet, *, file_name: str, datemode: int = 0, village_option: str | None = None,
               hidden: bool = False, over_table: bool = False) -> CardReading | None:
    """The sheet read as cards, or None when it does not clearly hold cards (see the module doc).

    ``over_table``: the sheet was read as a table whose header row is a card row; then the
    rows of the sheet that are no part of a card must be titles, not a table's rows.
    """
    if sheet.height > MAX_CARD_ROWS:
        return None
    blocks = find_cards(sheet.rows(), sheet.merges)
    cards = [card for card in blocks.cards if any(not cell.stray and cell.value is not None for cell in card.cells)]
    if not cards or (over_table and blocks.wide_rows >= len(cards)):
        return None
    note = f"按卡片读取：每张卡片（一组“项目—内容”）导入为一条记录，{_row_said(cards)}，共 {len(cards)} 张"
    return card_reading(sheet, cards, blocks.titles, note, file_name=file_name, datemode=datemode,
                        village_option=village_option, hidden=hidden)


def card_reading(sheet: Sheet, cards: list[Card], titles: list[str], note: str, *, file_name: str,
                 datemode: int = 0, village_option: str | None = None, hidden: bool = False) -> CardReading | None:
    """Cards found on a sheet (by rows here, by columns in ``importers.transposed``) planned as a
    table with one row per card; None when their labels decide no kind read as cards, or too few of
    their values read as the kind's fields. ``note`` says how the sheet was read."""
    names = _labels(cards)
    column_of = {normalize_header(name): index for index, name in enumerate(names)}
    rows = [(card.row, _card_row(card, column_of, len(names))) for card in cards]
    layout = labels_layout(titles, names, cards[0].row - 1)
    plan = plan_layout(SheetPlan(sheet=sheet.name, file_name=file_name, datemode=datemode), layout, rows,
                       village_option=village_option, hidden=hidden)
    if plan.kind not in CARD_KINDS or not _holds_cards(plan, rows):
        return None
    plan.cards = len(cards)
    plan.note = join_notes(note, plan.note)
    # One map per card, in the order of the rows: cards read by columns share their first row.
    positions = [{names[column_of[cell.key]]: (cell.row, cell.column) for cell in card.cells} for card in cards]
    return CardReading(plan, rows, positions, [card.part for card in cards])


def _row_said(cards: list[Card]) -> str:
    """Which row a card's record points at, as the sheet's note says it."""
    if any(card.on_values for card in cards):
        return "行号为卡片第一行（标签在上一行、数值在下一行的，为数值所在行；其下的大写金额、采购方式等行并入该条）"
    return "行号为卡片第一行"


def _labels(cards: list[Card]) -> list[str]:
    """Every label of the cards, as first written, in the order first met."""
    seen: dict[str, str] = {}
    for card in cards:
        for cell in card.cells:
            seen.setdefault(cell.key, cell.label)
    return list(seen.values())


def _card_row(card: Card, column_of: dict[str, int], width: int) -> Row:
    row: Row = [None] * width
    for cell in card.cells:
        row[column_of[cell.key]] = cell.value
    return row


def _holds_cards(plan: SheetPlan, rows: list[tuple[int, Row]]) -> bool:
    """Whether the blocks give enough readable values of the kind's fields to be its cards."""
    assert plan.kind is not None
    read = [(column.index, column.field, plan.converter(column)) for column in plan.columns if column.field != IGNORE]
    given = [{name for index, name, convert in read if _readable(convert, row[index])} for _, row in rows]
    if plan.kind == "payment":
        return len(given) == 1 and _is_payment_form(given[0])
    if len(given) == 1:
        return len(given[0]) >= MIN_SINGLE_CARD_VALUES and essential_columns_missing(plan.kind, given[0]) is None
    full = sum(len(fields) >= MIN_CARD_VALUES for fields in given)
    return full >= 2 and full * 2 >= len(given)


def _is_payment_form(fields: set[str]) -> bool:
    """Whether a single card gives what a payment form gives: its date, its payee (or payer) and its sum."""
    required, sums = PAYMENT_FORM_FIELDS
    return required <= fields and bool(sums & fields)


def _readable(convert: Converter, value: Any) -> bool:
    """Whether a card's value reads as its field: a header row read as a card pairs 原值 with 购置日期."""
    if value is None or value == "":
        return False
    try:
        return convert(value) is not None
    except values.ValueProblem:
        return False


__all__ = ["Card", "CardCell", "CardMapper", "CardReading", "card_reading", "find_cards", "heads_a_form",
           "is_card_row", "label_of", "read_cards"]
