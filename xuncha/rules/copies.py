"""Provides the payments that two books of a village both record, so that a scan counts each once.

Inspectors are handed several books of one village, and they overlap by
construction: the 收支明细账 lists every entry, the 现金日记账 and the
银行存款日记账 list the cash and the bank entries again, and a platform export
repeats the village's own ledger. Imported side by side, every payment that
two books share would be counted twice: a contract "paid" twice its price
(overpayment), a monthly wage that looks paid twice (duplicate_payment), one
cash payment flagged once per book.

Two payments are one entry seen in two books when they come from different
sources (an import batch's sheet), in the same village, on the same day, for
the same amount in the same direction, and either carry the same voucher
number (compared without spaces or dashes: "记-15" is "记15") or name the same
payee (its identity group). Voucher numbers restart every month, and the date
has to match anyway, so the number is only ever compared within one day.
Nothing is guessed beyond that: a bank statement (no voucher numbers) whose
date is a day later than the book's, or a voucher written as one line in one
book and as two lines in the other, is counted in both.

Pairs are one to one: a book that pays the same payee twice on one day keeps
both payments even when another book shows one of them, so a real duplicate
stays visible. The payment imported first is kept (the import order is the
scan's order): flags keep the ids they had before the second book came, and
the findings made on them stay attached. The records themselves stay in the
store, in search and in the browser: both books hold them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from xuncha.rules.context import PaymentRow
from xuncha.rules.text import code_key

Source = tuple[int | None, str | None]
"""Where a payment was read: (import batch, sheet)."""


@dataclass(frozen=True)
class BookCopies:
    """Payments of one source found again in an earlier source."""

    source: Source
    earlier: Source
    count: int


def drop_book_copies(payments: list[PaymentRow]) -> tuple[list[PaymentRow], list[BookCopies]]:
    """The payments with each entry that an earlier book already holds left out, and what was left out."""
    villages_with_books = _villages_with_several_sources(payments)
    if not villages_with_books:
        return payments, []
    copies: dict[int, int] = {}  # index of a copy -> index of the payment it repeats
    for members in _same_day_and_amount(payments, villages_with_books):
        copies.update(_pair_copies(payments, members))
    if not copies:
        return payments, []
    counts = Counter((_source(payments[copy]), _source(payments[kept])) for copy, kept in copies.items())
    found = [BookCopies(source, earlier, count) for (source, earlier), count in counts.items()]
    kept_payments = [payment for index, payment in enumerate(payments) if index not in copies]
    return kept_payments, sorted(found, key=lambda c: (-c.count, str(c.source)))


def _source(payment: PaymentRow) -> Source:
    return payment.batch_id, payment.source_sheet


def _villages_with_several_sources(payments: list[PaymentRow]) -> set[str]:
    sources: dict[str, set[Source]] = defaultdict(set)
    for payment in payments:
        sources[payment.village].add(_source(payment))
    return {village for village, seen in sources.items() if len(seen) > 1}


def _same_day_and_amount(payments: list[PaymentRow], villages: set[str]) -> list[list[int]]:
    """Indexes of payments (import order) sharing village, date, amount and direction, in groups
    that hold more than one source."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for index, payment in enumerate(payments):
        if (payment.village in villages and payment.date is not None and payment.amount is not None
                and payment.direction):
            groups[(payment.village, payment.date, payment.amount, payment.direction)].append(index)
    return [members for members in groups.values()
            if len(members) > 1 and len({_source(payments[i]) for i in members}) > 1]


def _pair_copies(payments: list[PaymentRow], members: list[int]) -> dict[int, int]:
    """Copy -> kept payment, within one group: each payment pairs with the first earlier payment of
    another source that it repeats and that no payment of its own source has paired with yet."""
    kept: list[int] = []
    taken: set[tuple[int, Source]] = set()
    copies: dict[int, int] = {}
    for index in members:
        payment = payments[index]
        source = _source(payment)
        match = next((k for k in kept if _source(payments[k]) != source and (k, source) not in taken
                      and _same_entry(payments[k], payment)), None)
        if match is None:
            kept.append(index)
        else:
            taken.add((match, source))
            copies[index] = match
    return copies


def _same_entry(first: PaymentRow, second: PaymentRow) -> bool:
    """Whether two payments of one day and amount are one entry: same voucher or same payee."""
    if first.voucher and second.voucher and code_key(first.voucher) == code_key(second.voucher):
        return True
    return bool(first.identity) and first.identity == second.identity


def book_copies_text(copies: list[BookCopies], names: dict[int, str]) -> str:
    """What the scan tells about entries found in two books ('' when none)."""
    if not copies:
        return ""
    parts = [f"{_where(c.source, names)} 的 {c.count} 笔收支也记在 {_where(c.earlier, names)} 中"
             for c in copies]
    total = sum(c.count for c in copies)
    return ("、".join(parts) + f"（同村、同日、同金额、同收支方向，凭证号或收付款人也相同，是同一笔账记在两本账里）："
            f"筛查时这 {total} 笔按一笔计，以先导入的为准")


def _where(source: Source, names: dict[int, str]) -> str:
    batch, sheet = source
    file = names.get(batch, f"批次 {batch}") if batch is not None else "（未知文件）"
    return f"{file} / {sheet}" if sheet and sheet != _stem(file) else file


def _stem(file: str) -> str:
    """A CSV's one sheet is named after the file: "台账.csv / 台账" says the name twice."""
    return file.rsplit(".", 1)[0]


__all__ = ["BookCopies", "book_copies_text", "drop_book_copies"]
