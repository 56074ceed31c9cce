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
  the same voucher number ("记-15", "记15", "记字第15号" and "15" are one
  number; "付-15" is another sequence) or the same payee, and nothing
  disagrees: not two numbers of one voucher sequence, not two payees, not
  cash against bank (the 结算方式, else the book: a 现金日记账, a 银行对账单).
  The cash book and the bank journal each paying 宏达建设 2万 on one day, or
  the 村委会 and the 股份经济合作社 both writing 记-5, are two payments.
  Voucher numbers restart every month; the date must match anyway. A bank's
  流水号 is no voucher number. A bank statement (no voucher numbers) whose
  date is a day later, or a voucher written as one line in one book and as
  two lines in the other, is counted in both.
- contracts: for the same amount, no disagreement on the signing, start and
  end days, the counterparty, the years written in the titles (both write
  some, none in common) or the work the titles name (the town, the village
  and years aside: other numbers or directions, 一标段/二标段, or under half
  the characters shared, 道路硬化/路灯安装), and at least two of code,
  title, counterparty and signing day agree (a platform code and the
  village's own code often differ).
- projects: with the same title (``title_key``: without the year, the
  village and generic endings) whose written years do not disagree
  ("2021年村道修补", "2023年村道修补"), no disagreement on contractor,
  budget, contract amount, decision, start or completion date, and at least
  one of them agreeing ("道路硬化" of 2021 and of 2023 differ in their dates).
- resource leases: for the same yearly rent, no disagreement on the term,
  the lessee, the area or the plot the name names (三组耕地/五组耕地), and at
  least two of code, name, lessee and start date agree.

Pairs are one to one between two sources: a book that pays the same payee
twice on one day keeps both payments even when another book shows one of
them, so a real duplicate stays visible. The row imported first is kept
(the scan reads rows in import order): flags keep the ids they had before
the second book came, and the findings made on them stay attached. The
records themselves stay in the store, in search and in the browser: both
books hold them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from xuncha.rules.text import clean, code_key, title_key

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
    vouchers = _vouchers_agree(first.voucher, second.voucher)
    if _payments_differ(first, second, vouchers):
        return False
    return (vouchers is True
            or _present_and_equal(code_key(first.voucher), code_key(second.voucher))
            or _present_and_equal(first.identity, second.identity))


def _payments_differ(first: Any, second: Any, vouchers: bool | None) -> bool:
    """Written down differently: two numbers of one voucher sequence, two payees, cash against bank.

    Two real payments of one day and amount are common (the cash book and the bank journal each
    pay 宏达建设 2万; the 村委会 and the 股份经济合作社 of one village both number from 记-1):
    sharing a voucher number or a payee does not make them one entry when the rest disagrees."""
    return (vouchers is False
            or _present_and_different(first.identity, second.identity)
            or _present_and_different(_settlement(first), _settlement(second)))


_VOUCHER = re.compile(r"^(\D{0,3}?)[字第]*0*(\d{1,4})号?$")
"""记-15, 记15, 记字第15号, 15: a word and a number of up to four digits. A bank's 流水号
(6228…) is no voucher number: the bank numbers its own way."""


@lru_cache(maxsize=65536)
def _voucher(text: str | None) -> tuple[str, str] | None:
    """(word, number) of a voucher number: ("记", "15") for "记-15" and "记字第15号"."""
    found = _VOUCHER.match(clean(text).upper()) if text else None
    return (found.group(1), found.group(2)) if found else None


def _vouchers_agree(first: str | None, second: str | None) -> bool | None:
    """Whether two voucher numbers are the same voucher; None when they cannot tell: one is
    missing or no voucher number, or their words differ ("付-5" and "记-5" are numbered apart).
    A number without a word ("15") is compared with any word's ("记-15")."""
    one, other = _voucher(first), _voucher(second)
    if one is None or other is None or (one[0] and other[0] and one[0] != other[0]):
        return None
    return one[1] == other[1]


_CASH_WORDS = ("现金",)
_BANK_WORDS = ("转账", "银行", "网银", "支票", "汇款", "电汇", "村务卡", "对账单")
"""Not 流水: many villages call their whole 收支 book a 流水账."""


def _settlement(row: Any) -> str | None:
    return _settlement_of(row.method, row.source_sheet)


@lru_cache(maxsize=4096)
def _settlement_of(method: str | None, sheet: str | None) -> str | None:
    """"cash" or "bank": the 结算方式, else what the book is (a 银行对账单 is the bank's)."""
    for text in (method, sheet):
        normal = clean(text)
        cash = any(word in normal for word in _CASH_WORDS)
        bank = any(word in normal for word in _BANK_WORDS)
        if cash != bank:
            return "cash" if cash else "bank"
    return None


def _present_and_different(first: Any, second: Any) -> bool:
    return bool(first) and bool(second) and first != second


def _amount_key(row: Any) -> Hashable | None:
    return row.amount


def _same_contract(first: Any, second: Any) -> bool:
    if _agreements((first.signed_on, second.signed_on), (first.started_on, second.started_on),
                   (first.ended_on, second.ended_on)) is None:
        return False
    if _registers_differ(first, second, first.title, second.title):
        return False
    return _two_agree(first, second, first.title, second.title, first.signed_on, second.signed_on)


def _two_agree(first: Any, second: Any, first_title: str | None, second_title: str | None,
               first_day: Any, second_day: Any) -> bool:
    """At least two of code, counterparty, title and the day it began agree (a register's entry
    and its platform export often differ in their code, sometimes in their title)."""
    agreed = sum((_present_and_equal(code_key(first.code), code_key(second.code)),
                  _present_and_equal(first.identity, second.identity),
                  _present_and_equal(title_key(first_title, first.village), title_key(second_title, second.village)),
                  _present_and_equal(first_day, second_day)))
    return agreed >= 2


def _registers_differ(first: Any, second: Any, first_title: str | None, second_title: str | None) -> bool:
    """Two parties, or two titles that name different works or years.

    Agreement on amount, day and party is what a split contract looks like (道路硬化 and 路灯安装,
    9.5万 each, 宏达建设, one day), and on amount, title and day what two firms hired alike do:
    a register and its platform export hold both, so disagreement rules a pair out."""
    return (_present_and_different(first.identity, second.identity)
            or _titles_differ(first_title, second_title, first.village)
            or _years_differ(first_title, second_title))


def _project_key(row: Any) -> Hashable | None:
    return title_key(row.name, row.village) or None


def _same_project(first: Any, second: Any) -> bool:
    # The title key leaves the year out: "2021年村道修补" and "2023年村道修补" share it.
    if _years_differ(first.name, second.name):
        return False
    agreed = _agreements((first.identity, second.identity), (first.budget, second.budget),
                         (first.amount, second.amount), (first.decided_on, second.decided_on),
                         (first.started_on, second.started_on), (first.finished_on, second.finished_on))
    if agreed is None:
        return False
    return agreed + _present_and_equal(code_key(first.code), code_key(second.code)) >= 1


def _same_lease(first: Any, second: Any) -> bool:
    if _agreements((first.started_on, second.started_on), (first.ended_on, second.ended_on)) is None:
        return False
    # Plots of one lessee at one rent (三组耕地, 五组耕地, 50亩 each) are two leases.
    if _registers_differ(first, second, first.name, second.name) or _present_and_different(first.area, second.area):
        return False
    return _two_agree(first, second, first.name, second.name, first.started_on, second.started_on)


_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})(?=年|\s*[-—~～至到]\s*(?:19|20)\d{2}年)")
"""2021年, and both years of 2021-2022年."""
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_TOWN = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)")
_MARK = re.compile(r"\d+|[零〇一二两三四五六七八九十]+|[东南西北]")
_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _title_years(title: str | None) -> frozenset[str]:
    return frozenset(_TITLE_YEAR.findall(unicodedata.normalize("NFKC", title))) if title else frozenset()


def _years_differ(first: str | None, second: str | None) -> bool:
    """Both titles name a year and none in common: "2022年保洁服务" is no "2024年保洁服务"."""
    one, other = _title_years(first), _title_years(second)
    return bool(one) and bool(other) and not one & other


def _titles_differ(first: str | None, second: str | None, village: str) -> bool:
    """Whether two titles name different works: their numbers or directions differ (一期/二期,
    三组/五组, 村东/村西), or, neither containing the other, they share under half their
    characters (道路硬化/路灯安装). Wordings of one work ("村道硬化", "道路硬化") do not differ.
    The town, the village and years are left out first: 东山村 and 三里镇 name no work."""
    one, other = _work_words(first, village), _work_words(second, village)
    if not one or not other or one == other:
        return False
    if _marks(one) != _marks(other):
        return True
    if one in other or other in one:
        return False
    return 2 * len(set(one) & set(other)) < min(len(set(one)), len(set(other)))


def _work_words(title: str | None, village: str) -> str:
    # Years are compared apart (``_years_differ``); "2023-2024年" leaves a 2023 in the title key.
    key = _TOWN.sub("", _YEAR_DIGITS.sub("", title_key(title, village)))
    village_key = clean(village)
    return key.replace(village_key, "") if village_key else key


def _marks(key: str) -> frozenset[str]:
    """Numbers (三 and 3 alike) and directions in a title key."""
    return frozenset(_number(mark) for mark in _MARK.findall(key))


def _number(mark: str) -> str:
    """一 -> 1, 十二 -> 12, 二十 -> 20; digits and directions stay."""
    if mark.isdigit() or mark in "东南西北":
        return str(int(mark)) if mark.isdigit() else mark
    if "十" in mark:
        tens, _, ones = mark.partition("十")
        return str(_NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(ones, 0))
    return "".join(str(_NUMERALS[c]) for c in mark if c in _NUMERALS)


MATCHERS: dict[str, Matcher] = {
    "project": Matcher(_project_key, _same_project, "个工程项目",
                       "同村、名称相同且名称中的年份不冲突，"
                       "施工单位、预算、合同金额、决策、开工和竣工日期没有不一致，且至少一项相同"),
    "contract": Matcher(_amount_key, _same_contract, "份合同",
                        "同村、同金额，签订和起止日期、相对方、名称所指的工程和年份都不冲突，"
                        "编号、名称、相对方、签订日期中至少两项相同"),
    "resource": Matcher(_amount_key, _same_lease, "宗资源发包",
                        "同村、同年租金，起止日期、承租方、面积、名称所指的地块都不冲突，"
                        "编号、名称、承租方、起始日期中至少两项相同"),
    "payment": Matcher(_payment_key, _same_payment, "笔收支",
                       "同村、同日、同金额、同收支方向，凭证号或收付款人也相同，"
                       "且凭证号、收付款人、现金或银行结算都不冲突"),
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
