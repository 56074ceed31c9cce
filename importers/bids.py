"""Provides the 开标记录 reading: a procurement record that gives each bidder of an item a row.

A village's 开标记录, 比选记录, 询价记录 or 竞争性谈判记录 merges 项目名称 (序号, 开标日期) down over the
rows of the item's bidders, one bidder a row, and marks the winner in a 是否中标 / 谈判结果 column
or by a 排名 (or names it in a 中标单位 column of the item)::

    序号 | 项目名称             | 投标单位           | 投标报价 | 报价排名 | 是否中标
    1    | 柳溪村公厕改造工程   | 宁海县宏达建设公司 | 65300    | 2        | 否
    （合并）                    | 宁海县鼎盛市政公司 | 64800    | 1        | 是
                                | 台州市永兴建筑公司 | 66700    | 3        | 否

Read as one project a row, the item was a project on its first row with its name only (that row
maybe a losing bid), and every other row a "merged continuation" though no field took its bidder or
its price. Here each item is one project on its winner's row: the name from the merged cell, the
施工单位 and 合同金额 the winner's (the 最终报价 when the bidders priced in rounds), in columns added
to the right whose headers say so; the other bidders and their prices are written beside it in one
more column, kept raw and searchable (an inspector looks for the same losing bidders just above the
winner: 陪标). Each losing bid is reported as skipped, naming the bidder and the price.

An item with no winner marked (or several) is not guessed: its project stands on its first row
without a contractor or an amount, and the sheet's note names it.

The wide 比选汇总表 (bidders side by side in columns, one row an item) and a contract 台账 with
项目名称 merged over several contracts are no such sheets: there must be one bidder column and a
column that tells the winner, and an item must hold several bidders' rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from importers.headers import HeaderLayout, find_header
from importers.mapping import Mapping
from importers.plan import SheetPlan, join_notes
from importers.readers import Row, cell_at
from importers.synonyms import IGNORE, normalize_header, split_brackets


NAME_HEADERS = ("项目名称", "工程名称", "项目", "工程项目", "采购项目", "采购项目名称", "比选项目", "招标项目",
                "谈判项目", "询价项目", "采购内容")
CODE_HEADERS = ("项目编号", "编号", "项目代码", "采购编号")
BIDDER_HEADER = re.compile(r"^(?:参加|参与)?(?:投标|报价|比选|竞价|谈判|磋商|询价|应标|响应|参选|竞标)"
                           r"(?:单位|人|供应商|企业|公司|方)(?:名称)?$")
"""The column naming each row's bidder (投标单位, 参加谈判单位, 报价单位, 投标人)."""
RANK_HEADER = re.compile(r"排名|名次|排序")
PRICE_HEADER = re.compile(r"报价|投标价|比选价|谈判价|磋商价|投标金额")
FINAL_PRICE = re.compile(r"^(?:最终|最后|末轮|末次)")
"""A round's price that is the bid (首次/二次/最终报价 of a 谈判): the last round's."""
RESULT_HEADER = re.compile(r"^(?:是否(?:中标|成交|中选|入选)|(?:谈判|比选|评审|评标|开标|磋商|询价|竞价)?结果|"
                           r"(?:中标|成交)(?:情况|与否))$")
WINNER_HEADERS = ("中标单位", "成交单位", "中标人", "中标供应商", "成交供应商", "中选单位")
"""A column of the item (merged over its bidders' rows) that names its winner."""
WIN_MARK = re.compile(r"^(?:是|中标|成交|中选|入选|确定|√|✓|✔|☑|○|●|Y|YES)")
"""A result cell that marks the winner ("是", "中标", "成交（第一候选）", "√"); "未中标", "否" do not."""
FIRST_RANK = re.compile(r"^第?[1一壹]名?$")
UNIT_HINTS = {"万元": "wan", "千元": "qian"}
MIN_BLOCK_ROWS = 2
"""So many bidders' rows, at least, in one item of the first rows before a sheet is read as bids."""

BID_NOTE = ("开标（谈判）记录：每个项目占多行，“{bidder}”列每行一家投标单位；各项目在其中标行记为一个项目"
            "（项目名称取自该项目第一行或合并单元格，施工单位、合同金额取自中标行的“{bidder}”“{price}”，中标按{how}），"
            "其他投标单位及报价写入“{others}”一列（保留在原始数据里，可检索，便于查看陪标）；未中标的各行不是记录，逐行说明")
RANK_NOTE = "表中没有是否中标一列，按“{rank}”第 1 名记为中标，请核对"
UNDECIDED_NOTE = ("第 {rows} 行的项目{why}，未作推断：项目记在其第一行，施工单位和合同金额留空，"
                  "各投标单位及报价见“{others}”一列")
LOSING_SKIP = ("未中标报价：{bidder}，{price_header} {price}；不是一条记录，已写入第 {row} 行项目“{name}”的"
               "“{others}”一列；原值保留")
UNDECIDED_SKIP = ("投标报价：{bidder}，{price_header} {price}；本项目未确定中标单位，不是一条记录，已写入第 {row} 行"
                  "项目“{name}”的“{others}”一列；原值保留")
NO_WINNER = "未标明中标（成交）单位"
MANY_WINNERS = "标明了多家中标（成交）单位"

# The columns added to the right: header -> field.
ADDED_CONTRACTOR = "施工单位（取自中标行）"
ADDED_AMOUNT = "合同金额（取自中标行）"
ADDED_OTHERS = "其他投标单位及报价"
ADDED_COLUMNS = {ADDED_CONTRACTOR: "contractor", ADDED_AMOUNT: "amount", ADDED_OTHERS: IGNORE}


@dataclass
class Columns:
    """The columns of a bid record, by their index in the header."""

    name: int
    bidder: int
    price: int
    prices: list[int]
    result: int | None
    rank: int | None
    winner: int | None
    code: int | None
    headers: list[str]

    def how(self) -> str:
        """Which column tells the winner, in the note's words."""
        if self.result is not None:
            return f"“{self.headers[self.result]}”"
        if self.winner is not None:
            return f"“{self.headers[self.winner]}”一列写明的单位"
        return f"“{self.headers[self.rank]}”第 1 名" if self.rank is not None else ""


@dataclass
class _Item:
    """One item's rows (number, row) and what was read of it."""

    rows: list[tuple[int, Row]]
    winner: int | None = None
    """The position in ``rows`` of the winner's row; None when none (or several) is marked."""
    why: str = ""


@dataclass
class BidPass:
    """The reading of a bid record: one project an item, on its winner's row."""

    columns: Columns
    layout: HeaderLayout
    mapping: Mapping
    reasons: dict[int, str] = field(default_factory=dict)
    """Row -> why it is no record: the losing bids (filled when the rows are read)."""
    undecided: dict[int, str] = field(default_factory=dict)
    """An item's first row -> why no winner was taken for it."""

    @property
    def note(self) -> str:
        columns = self.columns
        headers = columns.headers
        notes = [BID_NOTE.format(bidder=headers[columns.bidder], price=headers[columns.price], how=columns.how(),
                                 others=ADDED_OTHERS)]
        if columns.result is None and columns.winner is None and columns.rank is not None:
            notes.append(RANK_NOTE.format(rank=headers[columns.rank]))
        for why in (NO_WINNER, MANY_WINNERS):
            rows = [str(number) for number, reason in self.undecided.items() if reason == why]
            if rows:
                notes.append(UNDECIDED_NOTE.format(rows="、".join(rows), why=why, others=ADDED_OTHERS))
        return join_notes(*notes)

    def apply(self, plan: SheetPlan) -> None:
        """What reading the sheet as bids adds to its plan: the note saying so and the losing bids' reasons."""
        plan.note = join_notes(self.note, plan.note)
        plan.row_reasons = self.reasons

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows as this reading sees them: each item's winner row (or first row) with the
        name written in and the added columns, its other rows as they are.

        The whole sheet is read before the first row is given: the note, made when the sheet is planned
        on its first rows, names every item without a winner. A bid record is a short sheet."""
        body, extra = self.layout.last_row, len(ADDED_COLUMNS)
        out: list[tuple[int, Row]] = []
        item: list[tuple[int, Row]] = []
        for number, row in rows:
            if number < body:
                out.append((number, row))
            elif number == body:
                out.append((number, list(row) + list(ADDED_COLUMNS)))
            elif self._is_bid(row) and self._starts_item(row, item):
                out.extend(self._item_rows(item))
                item = [(number, row)]
            elif self._is_bid(row) and item:
                item.append((number, row))
            else:
                out.extend(self._item_rows(item))
                item = []
                out.append((number, list(row) + [None] * extra))
        out.extend(self._item_rows(item))
        yield from out

    def _is_bid(self, row: Row) -> bool:
        return not _blank(cell_at(row, self.columns.bidder))

    def _starts_item(self, row: Row, item: list[tuple[int, Row]]) -> bool:
        """A bidder's row with a project name of its own (the merged cell's first row, or a name
        written again that differs from the item's) opens an item."""
        name = cell_at(row, self.columns.name)
        if _blank(name):
            return not item
        return not item or _text(name) != _text(cell_at(item[0][1], self.columns.name))

    def _item_rows(self, rows: list[tuple[int, Row]]) -> Iterator[tuple[int, Row]]:
        if not rows:
            return
        item = _Item(rows)
        self._find_winner(item)
        columns, extra = self.columns, len(ADDED_COLUMNS)
        top = item.winner if item.winner is not None else 0
        record_number, record_row = rows[top]
        name = cell_at(rows[0][1], columns.name)
        if item.winner is None:
            self.undecided[rows[0][0]] = item.why
        for position, (number, row) in enumerate(rows):
            if position == top:
                yield number, self._record_row(record_row, rows, position, item.winner is not None)
                continue
            skip = LOSING_SKIP if item.winner is not None else UNDECIDED_SKIP
            self.reasons[number] = skip.format(bidder=_text(cell_at(row, columns.bidder))[:30],
                                               price_header=columns.headers[columns.price],
                                               price=_price_text(cell_at(row, columns.price)), row=record_number,
                                               name=_text(name)[:30], others=ADDED_OTHERS)
            yield number, list(row) + [None] * extra

    def _record_row(self, row: Row, rows: list[tuple[int, Row]], position: int, won: bool) -> Row:
        """The project's row: the item's name and code written in where the merged cell left them blank,
        the winner's bidder and price added (none when no winner is marked), and the other bids."""
        columns = self.columns
        own = list(row) + [None] * max(0, max(columns.name, columns.code or 0) + 1 - len(row))
        first = rows[0][1]
        for index in (columns.name, columns.code):
            if index is not None and _blank(own[index]):
                own[index] = cell_at(first, index)
        others = "；".join(f"{_text(cell_at(other, columns.bidder))} {_price_text(cell_at(other, columns.price))}"
                          for at, (_, other) in enumerate(rows) if at != position)
        added = [cell_at(row, columns.bidder), cell_at(row, columns.price)] if won else [None, None]
        return own + added + [others or None]

    def _find_winner(self, item: _Item) -> None:
        """The winner's row of the item: the one its result column marks, else the one its winner column
        names, else its first-ranked bid; none when the column marks none or several."""
        columns = self.columns
        if columns.result is not None:
            marks = [at for at, (_, row) in enumerate(item.rows) if WIN_MARK.match(_text(cell_at(row, columns.result)))]
        elif columns.winner is not None:
            named = next((_text(cell_at(row, columns.winner)) for _, row in item.rows
                          if not _blank(cell_at(row, columns.winner))), "")
            marks = [at for at, (_, row) in enumerate(item.rows)
                     if named and _text(cell_at(row, columns.bidder)) == named]
        else:
            marks = [at for at, (_, row) in enumerate(item.rows) if _first_rank(cell_at(row, columns.rank))]
        if len(marks) == 1:
            item.winner = marks[0]
        else:
            item.why = MANY_WINNERS if marks else NO_WINNER



def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    """A cell's text without its spaces, for comparing names."""
    return "" if value is None else "".join(str(value).split())


def _price_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "（空）" if _blank(value) else str(value).strip()


def _first_rank(value: Any) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value == 1
    return bool(FIRST_RANK.match(_text(value)))


def find_bid_passes(head: Sequence[tuple[int, Row]]) -> list[BidPass] | None:
    """The reading of a bid record (one bidder a row, items merged over them); None for any other sheet."""
    if not any(type(value) is str and BIDDER_HEADER.match(split_brackets(normalize_header(value))[0])
               for _, row in head for value in row):
        return None  # no header names a bidder column: no need to look for the header again
    # A 询价记录's 报价单位 | 报价 | 排名 are no column names of any kind: counted as known, they make the header.
    layout = find_header(head, extra_headers={value for _, row in head for value in row if _is_bid_header(value)})
    if layout is None:
        return None
    columns = _columns(layout)
    if columns is None or not _holds_items(head, layout, columns):
        return None
    return [BidPass(columns, layout, _mapping(columns))]


def _is_bid_header(value: Any) -> bool:
    if type(value) is not str:
        return False
    text = split_brackets(normalize_header(value))[0]
    return bool(BIDDER_HEADER.match(text) or RESULT_HEADER.match(text) or RANK_HEADER.search(text)
                or PRICE_HEADER.search(text)) and len(text) <= 8


def _columns(layout: HeaderLayout) -> Columns | None:
    texts = [split_brackets(normalize_header(child))[0] for child in layout.children]

    def first(test: Any) -> int | None:
        return next((index for index, text in enumerate(texts) if text and test(text)), None)

    name = first(lambda text: text in NAME_HEADERS)
    bidder = first(BIDDER_HEADER.match)
    prices = [index for index, text in enumerate(texts)
              if text and PRICE_HEADER.search(text) and not RANK_HEADER.search(text)]
    result = first(RESULT_HEADER.match)
    rank = first(RANK_HEADER.search)
    winner = first(lambda text: text in WINNER_HEADERS)
    if name is None or bidder is None or not prices or (result is None and rank is None and winner is None):
        return None
    final = [index for index in prices if FINAL_PRICE.match(texts[index])]
    # Prices in rounds (首次/二次/最终报价): the last round's is the bid.
    price = final[0] if final else prices[-1]
    return Columns(name=name, bidder=bidder, price=price, prices=prices, result=result, rank=rank, winner=winner,
                   code=first(lambda text: text in CODE_HEADERS), headers=list(layout.names))


def _holds_items(head: Sequence[tuple[int, Row]], layout: HeaderLayout, columns: Columns) -> bool:
    """Whether an item among the first rows holds several bidders' rows: a bidder on each, the project's
    name only on the first (or the same name again, as a merge-filled copy shows it)."""
    run, longest, name = 0, 0, None
    for number, row in head:
        if number <= layout.last_row:
            continue
        if _blank(cell_at(row, columns.bidder)):
            run, name = 0, None
            continue
        here = cell_at(row, columns.name)
        if not _blank(here) and _text(here) != name:
            run, name = 1, _text(here)
        elif name is not None:
            run += 1
        longest = max(longest, run)
    return longest >= MIN_BLOCK_ROWS


def _mapping(columns: Columns) -> Mapping:
    headers = columns.headers
    mapped: dict[str, str] = {headers[columns.name]: "name", headers[columns.bidder]: IGNORE}
    for index in [*columns.prices, columns.result, columns.rank, columns.winner]:
        if index is not None:
            mapped[headers[index]] = IGNORE
    if columns.code is not None:
        mapped[headers[columns.code]] = "code"
    mapped.update(ADDED_COLUMNS)
    hints = split_brackets(normalize_header(headers[columns.price]))[1]
    unit = next((UNIT_HINTS[hint] for hint in hints if hint in UNIT_HINTS), None)
    return Mapping(kind="project", columns=mapped, units={ADDED_AMOUNT: unit} if unit else {}, source="开标记录")
