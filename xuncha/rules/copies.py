"""Provides the rows that two books or registers of a village both hold, so that a scan counts each once.

Inspectors are handed several books of one village, and they overlap by
construction: the 收支明细账 lists every entry, the 现金日记账 and the
银行存款日记账 list the cash and the bank entries again; the 三资 platform's
contract export repeats the village's own 合同台账; a 一事一议 list repeats
projects of the 工程项目台账. Imported side by side, every shared row would
be counted twice: a contract "paid" twice its price (overpayment), a monthly
wage that looks paid twice (duplicate_payment), one contract split in two
(split_contract), a vendor with twice his share (repeat_vendor).

Two rows are one entry written in two places when they come from different
sources (an import batch's sheet), in the same village, and:

- payments: on the same day, for the same amount in the same direction, with
  the same voucher number (compared without spaces or dashes: "记-15" is
  "记15") or the same payee. Voucher numbers restart every month; the date
  must match anyway. A bank statement (no voucher numbers) whose date is a
  day later, or a voucher written as one line in one book and as two lines
  in the other, is counted in both.
- contracts: for the same amount, signed on the same day or with one of the
  dates missing, and at least two of code, title, counterparty and signing
  day agree (a platform code and the village's own code often differ).
- projects: with the same title (``title_key``: without the year, the
  village and generic endings), no disagreement on contractor, budget,
  contract amount, decision or start date, and at least one of them agreeing
  ("道路硬化" of 2021 and of 2023 differ in their dates).
- resource leases: for the same yearly rent, no disagreement on the term,
  and at least two of code, name, lessee and start date agree.

Pairs are one to one between two sources: a book that pays the same payee
twice on one day keeps both payments even when another book shows one of
them, so a real duplicate stays visible. The row imported first is kept
(the scan reads rows in import order): flags keep the ids they had before
the second book came, and the findings made on them stay attached. The
records themselves stay in the store, in search and in the browser: both
books hold them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xuncha.rules.text import code_key, title_key

if TYPE_CHECKING:
    from xuncha.rules.context import ScanContext

Source = tuple[int | None, str | None]
"""Where a row was read: (import batch, sheet)."""


@dataclass(frozen=True)
class BookCopies:
    """Rows of one kind and source found again in an earlier source."""

    kind: str
    source: Source
    earlier: Source
    count: int


@dataclass(frozen=True)
class Matcher:
    """How rows of one kind are recognised as one entry."""

    key: Callable[[Any], Hashable | None]
    """Rows can only be copies of each other when they share this key (None: never a copy)."""
    same: Callable[[Any, Any], bool]
    """Whether two rows sharing the key are one entry."""
    unit: str
    """How the message counts them: "笔收支"."""
    why: str
    """What made them one entry, for the message."""


def drop_book_copies(context: ScanContext) -> list[BookCopies]:
    """Leave out of the context every row that an earlier source already holds; what was left out."""
    found: list[BookCopies] = []
    for kind, matcher in MATCHERS.items():
        rows = context.rows(kind)
        copies = find_copies(rows, matcher)
        if copies:
            found += _counted(kind, rows, copies)
            rows[:] = [row for index, row in enumerate(rows) if index not in copies]
    return found


def find_copies(rows: list[Any], matcher: Matcher) -> dict[int, int]:
    """Index of each copy -> index of the earlier row it repeats (rows in import order)."""
    sources = _sources_by_village(rows)
    if all(len(seen) < 2 for seen in sources.values()):
        return {}
    # Only keys that a row outside the largest source holds can pair: at a million payments in one
    # ledger and a few thousand in a second book, this keeps the groups to the second book's size.
    largest = Counter(_source(row) for row in rows).most_common(1)[0][0]
    shared = {(row.village, matcher.key(row)) for row in rows
              if _source(row) != largest and len(sources[row.village]) > 1}
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        key = (row.village, matcher.key(row))
        if key in shared and key[1] is not None:
            groups[key].append(index)
    copies: dict[int, int] = {}
    for members in groups.values():
        if len(members) > 1 and len({_source(rows[i]) for i in members}) > 1:
            copies.update(_pair_copies(rows, members, matcher.same))
    return copies


def _source(row: Any) -> Source:
    return row.batch_id, row.source_sheet


def _sources_by_village(rows: Iterable[Any]) -> dict[str, set[Source]]:
    sources: dict[str, set[Source]] = defaultdict(set)
    for row in rows:
        sources[row.village].add(_source(row))
    return sources


def _pair_copies(rows: list[Any], members: list[int], same: Callable[[Any, Any], bool]) -> dict[int, int]:
    """Copy -> kept row, within one group: each row pairs with the first earlier row of another
    source that it repeats and that no row of its own source has paired with yet."""
    kept: list[int] = []
    taken: set[tuple[int, Source]] = set()
    copies: dict[int, int] = {}
    for index in members:
        row = rows[index]
        source = _source(row)
        match = next((k for k in kept if _source(rows[k]) != source and (k, source) not in taken
                      and same(rows[k], row)), None)
        if match is None:
            kept.append(index)
        else:
            taken.add((match, source))
            copies[index] = match
    return copies


def _counted(kind: str, rows: list[Any], copies: dict[int, int]) -> list[BookCopies]:
    counts = Counter((_source(rows[copy]), _source(rows[kept])) for copy, kept in copies.items())
    return [BookCopies(kind, source, earlier, count) for (source, earlier), count in counts.items()]


# --- what makes two rows one entry ---------------------------------------------------------------------


def _agreements(*pairs: tuple[Any, Any]) -> int | None:
    """How many (first, second) values are present on both sides and equal; None if any such pair
    differs."""
    agreed = 0
    for first, second in pairs:
        if first and second:
            if first != second:
                return None
            agreed += 1
    return agreed


def _present_and_equal(first: Any, second: Any) -> bool:
    return bool(first) and first == second


def _payment_key(row: Any) -> Hashable | None:
    if row.date is None or row.amount is None or not row.direction:
        return None
    return row.date, row.amount, row.direction


def _same_payment(first: Any, second: Any) -> bool:
    return (_present_and_equal(code_key(first.voucher), code_key(second.voucher))
            or _present_and_equal(first.identity, second.identity))


def _amount_key(row: Any) -> Hashable | None:
    return row.amount


def _same_contract(first: Any, second: Any) -> bool:
    if _agreements((first.signed_on, second.signed_on)) is None:
        return False
    agreed = sum((_present_and_equal(code_key(first.code), code_key(second.code)),
                  _present_and_equal(first.identity, second.identity),
                  _present_and_equal(title_key(first.title, first.village), title_key(second.title, second.village)),
                  _present_and_equal(first.signed_on, second.signed_on)))
    return agreed >= 2


def _project_key(row: Any) -> Hashable | None:
    return title_key(row.name, row.village) or None


def _same_project(first: Any, second: Any) -> bool:
    agreed = _agreements((first.identity, second.identity), (first.budget, second.budget),
                         (first.amount, second.amount), (first.decided_on, second.decided_on),
                         (first.started_on, second.started_on))
    if agreed is None:
        return False
    return agreed + _present_and_equal(code_key(first.code), code_key(second.code)) >= 1


def _same_lease(first: Any, second: Any) -> bool:
    if _agreements((first.started_on, second.started_on), (first.ended_on, second.ended_on)) is None:
        return False
    agreed = sum((_present_and_equal(code_key(first.code), code_key(second.code)),
                  _present_and_equal(first.identity, second.identity),
                  _present_and_equal(title_key(first.name, first.village), title_key(second.name, second.village)),
                  _present_and_equal(first.started_on, second.started_on)))
    return agreed >= 2


MATCHERS: dict[str, Matcher] = {
    "project": Matcher(_project_key, _same_project, "个工程项目",
                       "同村、名称相同，施工单位、预算、合同金额、决策和开工日期没有不一致，且至少一项相同"),
    "contract": Matcher(_amount_key, _same_contract, "份合同",
                        "同村、同金额、签订日期不冲突，编号、名称、相对方、签订日期中至少两项相同"),
    "resource": Matcher(_amount_key, _same_lease, "宗资源发包",
                        "同村、同年租金、起止日期不冲突，编号、名称、承租方、起始日期中至少两项相同"),
    "payment": Matcher(_payment_key, _same_payment, "笔收支",
                       "同村、同日、同金额、同收支方向，凭证号或收付款人也相同"),
}


# --- what to tell ----------------------------------------------------------------------------------------


def book_copies_text(copies: list[BookCopies], names: dict[int, str]) -> str:
    """What the scan tells about rows found in two books or registers ('' when none)."""
    lines = []
    for kind, matcher in MATCHERS.items():
        by_files: dict[tuple[int | None, int | None], list[BookCopies]] = defaultdict(list)
        for copy in copies:
            if copy.kind == kind:
                by_files[(copy.source[0], copy.earlier[0])].append(copy)
        parts = [_copied_from(group, names, matcher.unit)
                 for group in sorted(by_files.values(), key=lambda g: -sum(c.count for c in g))]
        if parts:
            lines.append("、".join(parts) + f"（{matcher.why}，是同一事项记在两处）")
    if not lines:
        return ""
    return "；".join(lines) + "：筛查时各按一处计，以先导入的为准"


def import_note(kind: str, rows: int, imported: int, batch: int, file: str) -> str:
    """What an import tells when ``rows`` of a sheet's ``imported`` rows are in an earlier batch too."""
    matcher = MATCHERS[kind]
    share = f"全部 {imported}" if rows >= imported else f"其中 {rows}"
    return f"{share} {matcher.unit}也记在批次 {batch}（{file}）中，是同一事项记在两处；筛查时按一处计，以先导入的为准"


def _copied_from(group: list[BookCopies], names: dict[int, str], unit: str) -> str:
    """"石桥村银行日记账.csv 的 51 笔收支也记在 石桥村收支明细账.xls / 收支明细账 中", for the copies
    of one file found in one earlier file; two files of one name are told apart by their batch."""
    source, earlier = [c.source for c in group], [c.earlier for c in group]
    same_name = names.get(source[0][0]) == names.get(earlier[0][0])
    return (f"{_where(source, names, same_name)} 的 {sum(c.count for c in group)} {unit}"
            f"也记在 {_where(earlier, names, same_name)} 中")


def _where(sources: list[Source], names: dict[int, str], with_batch: bool = False) -> str:
    """A file, with its sheet when the rows come from one sheet (and it is not the CSV's own name)."""
    batch = sources[0][0]
    file = names.get(batch, f"批次 {batch}") if batch is not None else "（未知文件）"
    if with_batch and batch is not None:
        file = f"批次 {batch}（{file}）"
    sheets = {sheet for _, sheet in sources}
    sheet = sheets.pop() if len(sheets) == 1 else None
    return f"{file} / {sheet}" if sheet and sheet != _stem(names.get(batch, "")) else file


def _stem(file: str) -> str:
    """A CSV's one sheet is named after the file: "台账.csv / 台账" says the name twice."""
    return file.rsplit(".", 1)[0]


__all__ = ["MATCHERS", "BookCopies", "Matcher", "book_copies_text", "drop_book_copies", "find_copies", "import_note"]
