"""Provides the reading of a general journal (序时账) as the money that came in and went out.

A general journal — 序时账, 凭证明细 or 记账凭证 exported from the bookkeeping
software or the 三资 platform — lists every entry of every voucher, both sides:

    日期       | 凭证号 | 摘要             | 科目编码 | 科目名称 | 借方金额 | 贷方金额
    2023-03-05 | 记-5   | 付村道硬化工程款 | 541      | 其他支出 | 50000    |
    2023-03-05 | 记-5   | 付村道硬化工程款 | 102      | 银行存款 |          | 50000

Read row by row like a cash or bank journal, every payment would count twice,
half of them the wrong way round: "借方 is money in" holds only for the cash and
bank accounts. So such a sheet is read the way an inspector reads money in it:

- A line on a money account is a payment: 借方 money in, 贷方 money out. Money
  accounts are 库存现金/现金, 银行存款 with its sub-accounts ("银行存款-农商行",
  "银行存款/信用社", a bank's name alone) and 其他货币资金 (money held outside
  the till and the ordinary account: it moves as bank money does); by code,
  101/102 of the 2004 村集体经济组织会计制度 and 1001/1002 of the 2023 one, with
  their sub-codes (10201, 102.01, 1002.01). Its 科目 is what the money was for:
  the accounts on the other side of its voucher, joined with "、". Its 结算方式,
  when the row has none, is 现金 for the till and 转账 for a bank. Its 往来单位
  is its own, else the one the voucher's other side names (辅助核算 is often
  written on the 应付款 line, not on the bank line).
- Every other line of the voucher is skipped, the reason naming the voucher and
  the money line imported instead. A voucher without a money line (计提, 结转,
  摊销: a 转账凭证) is skipped line by line, saying so.
- A voucher with money on both sides (提现: 借 库存现金 / 贷 银行存款) gives both
  lines, each with the other money account as its 科目: what the cash journal
  and the bank journal each show.
- A voucher whose debits and credits differ (or that has one line only) is
  imported as far as it goes, with a warning naming it on its money lines.
- A line that leaves 凭证号 blank, and 日期 blank or the same, continues the
  voucher above it (many exports write them on a voucher's first line only,
  some the 日期 on every line) and takes them from it.
- A voucher marked 作废 on one of its lines (the first line's 摘要, usually) is
  void as a whole: its other lines, the money line too, are skipped saying so.

The second layout writes one row per voucher: 借方科目 | 贷方科目 | 金额. A money
account on the 贷方 side is money out, on the 借方 side money in; the other side
is the 科目. With money on both sides (提现, 存现) the row is one payment out of
the credited account, as the bank journal shows a 提现: one row gives one
record, and money leaving an account is what the rules look at. A negative
金额 is a 红字 reversal of that payment and stays negative. Without any
money account the row is a 转账凭证 and is skipped with its reason.

Detection, per sheet. Only a payment sheet with a 凭证号 column, a column for
an account that may be the line's own (科目, 科目名称, 会计科目, 总账科目, 一级科目,
科目编码 …; an 对方科目 or a 收支类别 column never is) and 借方/贷方 columns (or
one amount and a 借/贷 column) is a candidate: any other sheet, such as one with
a single amount column and no account, costs nothing more. A candidate's body
rows are read once more before the import (the sheet is in memory already) and
grouped into vouchers (凭证号 + 日期). Then the data decide: the sheet is a
general journal when at least half of its vouchers have two or more lines that
balance, and some balanced voucher has a money line against another account on
its other side. A cash or bank journal has one line per voucher, and names the
other side (对方科目, which may well say 库存现金: 提取备用金) or its own account
on every line; a voucher written twice on one side of it does not balance, and
one written on both sides has no other account. Such sheets are read exactly
as before. The two-account layout is recognised by its 借方科目 and 贷方科目
headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from importers import values
from importers.accounts import BANK, CASH, money_account
from importers.cells import fast_text
from importers.plan import SheetPlan, body_filler
from importers.readers import Row, Sheet
from importers.rowmap import RECORD, SKIPPED, RowMapper, WarningItem, cell_text, is_voucher_number, label_reason
from importers.synonyms import CREDIT, DAY, DEBIT, MONTH, VOUCHER_WORD, YEAR, normalize_header, split_brackets
from xuncha.money import format_yuan

METHOD_OF = {CASH: "现金", BANK: "转账"}
"""The 结算方式 a money account stands for (``large_cash`` reads 现金 as cash)."""

LINE_NOTE = ("按序时账读取：只导入库存现金、银行存款分录（借方为收入、贷方为支出），对应科目记入“科目”；"
             "其余分录跳过并列明原因")
VOUCHER_ROWS_NOTE = ("按记账凭证（借方科目、贷方科目）读取：贷方为库存现金、银行存款的记为支出，借方为库存现金、"
                     "银行存款的记为收入，另一方科目记入“科目”；两方都是现金或银行存款（提现、存现）的记为贷方账户的支出；"
                     "两方都不是的转账凭证跳过并列明原因")

# --- columns -------------------------------------------------------------------------------------

# Headers of a column that holds the account of the line itself (not 对方科目, not a 收支类别).
_LINE_ACCOUNT_HEADERS = frozenset({
    "科目", "会计科目", "科目名称", "一级科目", "总账科目", "明细科目", "科目代码", "科目编码", "科目编号",
    "科目全称", "科目全名", "会计科目名称", "会计科目编码", "会计科目代码",
})
_PAIR_ACCOUNT = re.compile(r"(?P<side>借|贷)方(?:会计)?科目(?P<part>名称|全称|编码|代码|编号)?")
_DATE_FIELDS = ("date", YEAR, MONTH, DAY)

Converter = Callable[[Any], Any]
Column = tuple[int, Converter]


def _header_key(header: str) -> str:
    return split_brackets(normalize_header(header))[0]


def _columns(plan: SheetPlan, *names: str) -> list[Column]:
    """The (index, converter) of the plan's columns for these fields, primary ones first."""
    chosen = sorted((c for c in plan.columns if c.field in names), key=lambda c: not c.primary)
    return [(c.index, plan.converter(c)) for c in chosen]


def _first(plan: SheetPlan, name: str) -> Column | None:
    return next(iter(_columns(plan, name)), None)


def _cell(row: Row, index: int) -> Any:
    return row[index] if index < len(row) else None


def _read(row: Row, column: Column | None) -> Any:
    """A cell through its converter; None when empty or unreadable (the import reports it)."""
    if column is None:
        return None
    value = _cell(row, column[0])
    if value == "" or value is None:
        return None
    try:
        return column[1](value)
    except values.ValueProblem:
        return None


def _account_texts(row: Row, columns: Sequence[Column]) -> list[str]:
    return [text for text in (_read(row, column) for column in columns) if text]


def _account_name(texts: Sequence[str]) -> str:
    """The account as an inspector reads it: the name where the sheet gives one besides the code."""
    for text in texts:
        if not text.replace(".", "").isdigit():
            return text
    return texts[0] if texts else ""


def _pay(record: dict[str, Any], direction: str, money: str, accounts: Sequence[str]) -> None:
    """Turn a mapped row into the payment of a money account, ``accounts`` being what it was for."""
    record["direction"] = direction
    record["account"] = "、".join(dict.fromkeys(a for a in accounts if a)) or None
    if not record["method"]:
        record["method"] = METHOD_OF[money]


# --- the line layout -----------------------------------------------------------------------------


@dataclass
class Line:
    """One entry of a voucher, as the pre-pass read it."""

    row: int
    voucher: Voucher
    account: str
    money: str | None
    debit: int
    credit: int
    counterparty: str | None
    cells: Row = ()
    """The row as read, for what only the import tells (a 作废 mark)."""

    @property
    def is_debit(self) -> bool:
        return bool(self.debit) and not self.credit


@dataclass
class Voucher:
    """One voucher of the journal: its 凭证号 and its lines, however many rows they take."""

    label: str
    lines: list[Line] = field(default_factory=list)

    @property
    def debits(self) -> int:
        return sum(line.debit for line in self.lines)

    @property
    def credits(self) -> int:
        return sum(line.credit for line in self.lines)

    @property
    def balanced(self) -> bool:
        return len(self.lines) >= 2 and self.debits == self.credits != 0

    def money_lines(self) -> list[Line]:
        return [line for line in self.lines if line.money]

    def counterparts(self, line: Line) -> list[Line]:
        """The lines on the other side of ``line`` (all its other lines if it has none)."""
        others = [other for other in self.lines if other is not line]
        opposite = [other for other in others if other.is_debit != line.is_debit]
        return opposite or others

    def moves_money(self) -> bool:
        """Balanced, with a money line against another account: what no cash journal shows."""
        return self.balanced and any(other.account != line.account
                                     for line in self.money_lines() for other in self.counterparts(line))


_LineKey = tuple[str, tuple[Any, ...]]


@dataclass
class _LineCells:
    """What one body row says as a journal line, before it is grouped into its voucher."""

    voucher: str
    dates: tuple[Any, ...]
    accounts: list[str]
    debit: int
    credit: int
    counterparty: str | None


class _LineReader:
    """Reads the cells of one body row that make a journal line."""

    def __init__(self, plan: SheetPlan, accounts: list[Column]) -> None:
        self.accounts = accounts
        self.debit = _first(plan, DEBIT)
        self.credit = _first(plan, CREDIT)
        self.amount = _first(plan, "amount")
        self.direction = _first(plan, "direction")
        self.word = _first(plan, VOUCHER_WORD)
        self.number = _first(plan, "voucher")
        self.dates = [index for index, _ in _columns(plan, *_DATE_FIELDS)]
        self.counterparty = _first(plan, "counterparty")

    def read(self, row: Row) -> _LineCells | None:
        """The row's line, or None when it is none (no account, no amount, a 合计 row)."""
        accounts = _account_texts(row, self.accounts)
        if not accounts:
            return None
        debit, credit = self._sides(row)
        if not debit and not credit:
            return None
        voucher = self._voucher(row)
        if not voucher and label_reason([v for v in row if type(v) is str]):
            return None  # 本月合计 with an account beside it, as the import skips it
        dates = tuple("" if v is None else v for v in (_cell(row, index) for index in self.dates))
        return _LineCells(voucher, dates, accounts, debit, credit, _read(row, self.counterparty))

    def _sides(self, row: Row) -> tuple[int, int]:
        if self.debit is not None or self.credit is not None:
            return _read(row, self.debit) or 0, _read(row, self.credit) or 0
        amount = _read(row, self.amount)
        # Only 借/贷 tell a journal line's side; 收/支 belong to a cash book.
        side = _read(row, self.direction and (self.direction[0], fast_text)) or ""
        if not amount or not side.startswith(("借", "贷")):
            return 0, 0
        return (amount, 0) if side.startswith("借") else (0, amount)

    def _voucher(self, row: Row) -> str:
        number = _cell(row, self.number[0]) if self.number else None
        if number in ("", None) or not is_voucher_number(number):
            return ""
        text = cell_text(number).strip()
        word = _read(row, self.word)
        return f"{word}-{text}" if word and not text.startswith(word) else text


def _line_reader(plan: SheetPlan) -> _LineReader | None:
    """The reader of a candidate line-layout journal's rows, None for any other sheet."""
    fields = {c.field for c in plan.columns}
    if not ({DEBIT, CREDIT} <= fields or {"amount", "direction"} <= fields) or "voucher" not in fields:
        return None
    accounts = [(c.index, plan.converter(c)) for c in sorted(plan.columns, key=lambda c: not c.primary)
                if c.field == "account" and _is_line_account_header(c.header)]
    return _LineReader(plan, accounts) if accounts else None


def _is_line_account_header(header: str) -> bool:
    key = _header_key(header)
    parent, _, child = key.rpartition("/")
    return bool({key, parent, child} & _LINE_ACCOUNT_HEADERS)


class LineJournal:
    """A sheet read as a general journal, one row per entry: its vouchers by row number."""

    note = LINE_NOTE

    def __init__(self, reader: _LineReader, account_header: str) -> None:
        self.reader = reader
        self.account_header = account_header
        self.vouchers: list[Voucher] = []
        self.lines: dict[int, Line] = {}

    def read(self, sheet: Sheet, plan: SheetPlan) -> None:
        """Group the body rows into vouchers (the whole sheet is in memory already)."""
        assert plan.layout is not None
        filler = body_filler(plan, sheet.merges)
        last_header = plan.layout.last_row
        by_key: dict[_LineKey, Voucher] = {}
        previous: _LineKey | None = None
        dates: tuple[Any, ...] = ("",) * len(self.reader.dates)
        for number, row in sheet.rows():
            if filler:
                row = filler.fill(number - 1, list(row))
            if number <= last_header:
                continue
            cells = self.reader.read(row)
            if cells is None:
                previous = None
                continue
            written = any(value != "" for value in cells.dates)
            # 日期 (or 年/月) written on the first line only carries down, as in the import.
            dates = tuple(value if value != "" else last for value, last in zip(cells.dates, dates))
            if cells.voucher:
                key: _LineKey | None = (cells.voucher, dates)
            elif previous is not None and (not written or dates == previous[1]):
                # Blank 凭证号: the voucher above goes on (exports write it on the first line only,
                # some with the 日期 on every line).
                key = previous
            else:
                key = None
            if key is None:
                previous = None
                continue
            voucher = by_key.get(key)
            if voucher is None:
                voucher = by_key[key] = Voucher(key[0])
                self.vouchers.append(voucher)
            line = Line(number, voucher, _account_name(cells.accounts), money_account(*cells.accounts),
                        cells.debit, cells.credit, cells.counterparty, row)
            voucher.lines.append(line)
            self.lines[number] = line
            previous = key

    def is_journal(self) -> bool:
        balanced = sum(1 for voucher in self.vouchers if voucher.balanced)
        return balanced * 2 >= len(self.vouchers) and any(v.moves_money() for v in self.vouchers)

    def mapper(self, plan: SheetPlan, **options: Any) -> RowMapper:
        return _JournalLineMapper(plan, self, **options)


_HEAD_FIELDS = ("voucher", "date", "summary")
_DATE_LEFT_BLANK = "日期留空"  # how the row mapper's warnings about a missing 月 or 日 end


class _JournalLineMapper(RowMapper):
    """Maps a general journal's rows: money lines become payments, the rest are skipped."""

    party_after_row = False  # the voucher's other side gives the line its 科目 and 往来单位 first

    def __init__(self, plan: SheetPlan, journal: LineJournal, **options: Any) -> None:
        super().__init__(plan, **options)
        self.journal = journal
        self.heads: dict[int, tuple[Any, ...]] = {}
        """Per voucher (by id): its first line's 凭证号, 日期 and 摘要, for lines that leave them blank."""
        self.voided: dict[int, str | None] = {}
        """Per voucher (by id): why it is void (作废 written on one of its lines), or None."""

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        status, payload = super().map_row(number, row)
        if status != RECORD:
            return status, payload
        record, warnings, cells = payload
        line = self.journal.lines.get(number)
        if line is None:
            return self._outside_vouchers(row, payload)
        self._continue_voucher(record, warnings, line.voucher)
        void = self._void_voucher(line.voucher)
        if void:
            return SKIPPED, void
        if not line.money:
            return SKIPPED, _counterpart_reason(line)
        _pay(record, "in" if line.is_debit else "out", line.money,
             [other.account for other in line.voucher.counterparts(line)])
        if not record["counterparty"]:
            parties = {other.counterparty for other in line.voucher.counterparts(line) if other.counterparty}
            if len(parties) == 1:
                record["counterparty"] = parties.pop()
        self.party_from_books(record)
        if not line.voucher.balanced:
            warnings.append(self._imbalance(line.voucher))
        return RECORD, (record, warnings, cells)

    def _continue_voucher(self, record: dict[str, Any], warnings: list[WarningItem], voucher: Voucher) -> None:
        head = self.heads.setdefault(id(voucher), tuple(record[name] for name in _HEAD_FIELDS))
        undated = record["date"] is None
        for name, value in zip(_HEAD_FIELDS, head):
            if record[name] is None:
                record[name] = value
        if undated and record["date"] is not None:
            # 年/月/日 written on a voucher's first line only: the line is dated after all, so the
            # warning that its 日 was empty and its date left blank no longer holds.
            warnings[:] = [warning for warning in warnings if not warning[2].endswith(_DATE_LEFT_BLANK)]

    def _void_voucher(self, voucher: Voucher) -> str | None:
        """Why a voucher is void: exports write 作废 on one line only (its first 摘要, often), yet
        every line of it is void, the money line too."""
        key = id(voucher)
        if key not in self.voided:
            marked = next((line.row for line in voucher.lines if self._void_reason(list(line.cells))), None)
            self.voided[key] = None if marked is None else (
                f"序时账：凭证 {voucher.label} 已作废（见第 {marked} 行），本行是它的分录，一并跳过，不作为收支导入")
        return self.voided[key]

    def _outside_vouchers(self, row: list[Any], payload: Any) -> tuple[str, Any]:
        """A row the pre-pass found in no voucher (no 凭证号, or no account): a money line is still
        money, without what it was for; anything else is no movement of money."""
        record, warnings, cells = payload
        accounts = _account_texts(row, self.journal.reader.accounts)
        money = money_account(*accounts)
        if money is None:
            what = f"（{_account_name(accounts)}）" if accounts else "，也没有会计科目"
            return SKIPPED, f"序时账：本行没有凭证号{what}，不是库存现金、银行存款分录，未作为收支导入"
        _pay(record, record["direction"] or "out", money, [])
        warnings.append((self.journal.account_header, _account_name(accounts),
                         "序时账：本行没有凭证号，找不到对应科目，“科目”留空"))
        return RECORD, (record, warnings, cells)

    def _imbalance(self, voucher: Voucher) -> WarningItem:
        if len(voucher.lines) == 1:
            reason = f"序时账：凭证 {voucher.label} 只有这一条分录（对应科目不在表中），“科目”留空，请核对原凭证"
        else:
            reason = (f"序时账：凭证 {voucher.label} 借贷不平（借方合计 {format_yuan(voucher.debits)} 元，"
                      f"贷方合计 {format_yuan(voucher.credits)} 元），已按本行导入，请核对原凭证")
        return self.journal.account_header, None, reason


def _counterpart_reason(line: Line) -> str:
    voucher = line.voucher
    money = voucher.money_lines()
    if money:
        accounts = "、".join(dict.fromkeys(m.account for m in money))
        rows = "、".join(str(m.row) for m in money)
        return (f"序时账：凭证 {voucher.label} 的对应科目分录（{line.account}），"
                f"资金收付已按同一凭证的{accounts}分录（第 {rows} 行）导入")
    accounts = "、".join(dict.fromkeys(other.account for other in voucher.lines))
    return f"序时账：凭证 {voucher.label} 是转账凭证（{accounts}），没有库存现金、银行存款分录，不是资金收付，未导入"


# --- the two-account layout ----------------------------------------------------------------------


class VoucherRows:
    """A sheet of one row per voucher with 借方科目 and 贷方科目 columns and one amount."""

    note = VOUCHER_ROWS_NOTE

    def __init__(self, debit: list[Column], credit: list[Column]) -> None:
        self.debit = debit
        self.credit = credit

    def mapper(self, plan: SheetPlan, **options: Any) -> RowMapper:
        return _VoucherRowMapper(plan, self, **options)


def _voucher_rows(plan: SheetPlan) -> VoucherRows | None:
    sides: dict[str, list[tuple[bool, Column]]] = {"借": [], "贷": []}
    for index, name in enumerate(plan.names()):
        match = _PAIR_ACCOUNT.fullmatch(_header_key(name)) if name and "科目" in name else None
        if match:
            is_code = match["part"] in ("编码", "代码", "编号")
            sides[match["side"]].append((is_code, (index, fast_text)))
    if not (sides["借"] and sides["贷"]) or not {c.field for c in plan.columns} & {"amount", DEBIT, CREDIT}:
        return None
    names_first = {side: [column for _, column in sorted(found, key=lambda item: item[0])]
                   for side, found in sides.items()}
    return VoucherRows(names_first["借"], names_first["贷"])


class _VoucherRowMapper(RowMapper):
    # The side of the money account tells the direction; a negative 金额 is a 红字 reversal of
    # that payment, not money going the other way: it stays negative.
    signed_direction = False
    party_after_row = False  # the other side of the voucher is its 科目 only once the row is read

    def __init__(self, plan: SheetPlan, layout: VoucherRows, **options: Any) -> None:
        super().__init__(plan, **options)
        self.layout = layout

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        status, payload = super().map_row(number, row)
        if status != RECORD:
            return status, payload
        record = payload[0]
        debit, credit = _account_texts(row, self.layout.debit), _account_texts(row, self.layout.credit)
        if money := money_account(*credit):
            _pay(record, "out", money, [_account_name(debit)])
        elif money := money_account(*debit):
            _pay(record, "in", money, [_account_name(credit)])
        else:
            voucher = record["voucher"] or "（无凭证号）"
            return SKIPPED, (f"记账凭证：凭证 {voucher} 是转账凭证（借 {_account_name(debit) or '（空）'}，"
                             f"贷 {_account_name(credit) or '（空）'}），没有库存现金、银行存款，不是资金收付，未导入")
        self.party_from_books(record)
        return RECORD, payload


# --- entry ---------------------------------------------------------------------------------------


def read_as_journal(plan: SheetPlan, sheet: Sheet) -> LineJournal | VoucherRows | None:
    """How to read a payment sheet that is a general journal; None for any other sheet (read as before)."""
    if plan.kind != "payment" or plan.layout is None:
        return None
    pairs = _voucher_rows(plan)
    if pairs is not None:
        return pairs
    reader = _line_reader(plan)
    if reader is None:
        return None
    header = next(c.header for c in plan.columns if c.index == reader.accounts[0][0])
    journal = LineJournal(reader, header)
    journal.read(sheet, plan)
    return journal if journal.is_journal() else None


__all__ = ["LineJournal", "VoucherRows", "read_as_journal"]
