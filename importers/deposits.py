"""Provides the reading of a deposit register: a 保证金 or 押金 received and returned on one row.

A village keeps the deposits it holds (工程履约保证金, 投标保证金, 门面房租赁押金) in a 收退台账, one
deposit a row, the day and sum it was received beside the day and sum it was returned::

    工程名称 | 缴纳单位 | 收取情况            | 退还情况
                       | 收取日期 | 金额 | 方式 | 退还日期 | 金额
    项目名称 | 投标单位 | 缴纳日期 | 保证金金额 | 退还日期 | 退还金额 | 是否中标
    承租人 | 押金金额 | 收取日期 | 退还日期 | 退还金额

Read as one record a row, its 项目名称 made a register of bidders a project list (a name a row, the
money dropped), and where it read as payments the refund was lost. Here the sheet is read as a
period sheet is (``importers.periods``): once for the receipt (money in, from the company that paid
it) and once for the refund (money out, back to it), each reading blanking the other's columns, so a
row gives two payments on its row number, each dated by its own day; a row not yet refunded gives
the receipt alone. The 工程/项目名称 says what the deposit was for: each payment's 摘要.

Only a sheet whose every money column is the deposit's receipt or refund, each with its day and its
sum, and that says 保证金 or 押金 is so read: a project list with a 履约保证金 column beside its
中标价 or 合同金额, or a lease register with its 租金, stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from importers.headers import HeaderLayout, column_letter, find_header
from importers.mapping import Mapping
from importers.periods import PeriodGroup
from importers.plan import SheetPlan
from importers.sides import Row
from importers.synonyms import header_base

DEPOSIT_WORDS = re.compile(r"保证金|押金")
"""What the register holds, in a header or its title."""
RECEIPT_WORDS = re.compile(r"收取|收到|缴纳|交纳|缴款|交款|收款")
REFUND_WORDS = re.compile(r"退还|返还|退回|退款|退付")
DATE_WORDS = re.compile(r"日期|时间")
METHOD_WORDS = re.compile(r"方式$")
"""A group's own 方式 (收取情况 over 方式): how that payment was made."""
AMOUNT_WORDS = re.compile(r"金额|数额|保证金|押金")
# A money column outside the deposit (中标价, 合同金额, 租金) or the works' contractor: the sheet is a
# project list or a lease register that also notes a deposit, and stays one.
OTHER_MONEY = re.compile(r"金额|价|款|费|租金|投资|预算|决算|额")
PROJECT_LIST_HEADERS = re.compile(r"^(?:施工|中标|承建|建设)单位")
# Who paid the deposit, and what it was for.
DEPOSITOR_HEADER = re.compile(r"^(?:缴纳|交纳|缴款|交款|投标|承租|押金缴纳)(?:单位|人|方)(?:名称|姓名)?$")
PROJECT_HEADER = re.compile(r"^(?:工程|项目)(?:名称)?$")
DIRECTIONS = ("in", "out")
DEPOSIT_NOTE = ("保证金（押金）收退台账：每行一笔{deposit}，按第 {columns} 列（“{label}”）读取，记为{direction}"
                "（行号相同；收取和退还各记一笔，各用自己的日期），{empty}")
DEPOSIT_EMPTY = {"in": "没有收取金额的行按原因报告", "out": "未退还（退还栏为空）的行不记"}
DIRECTION_LABELS = {"in": "收入（收取）", "out": "支出（退还）"}


@dataclass
class DepositPass(PeriodGroup):
    """One reading of a deposit register: the receipt's columns (money in) or the refund's (money out)."""

    deposit: str = "保证金"

    @property
    def note(self) -> str:
        columns = "、".join(column_letter(index) for index in sorted(self.group))
        return DEPOSIT_NOTE.format(deposit=self.deposit, columns=columns, label=self.label,
                                   direction=DIRECTION_LABELS[self.direction or "in"],
                                   empty=DEPOSIT_EMPTY[self.direction or "in"])

    def apply(self, plan: SheetPlan) -> None:
        """The pass's note and ids (``Side.apply``); its direction and columns come with its mapping,
        and a deposit's 摘要 needs no period after it, as a period group's does."""
        super(PeriodGroup, self).apply(plan)


def find_deposit_passes(head: Sequence[tuple[int, Row]]) -> list[DepositPass] | None:
    """The receipt and refund readings of a 保证金/押金 收退台账, receipt first; None for any other sheet."""
    layout = find_header(head)
    if layout is None:
        return None
    texts = [header_base(f"{parent}{child}") if parent != child else header_base(child)
             for parent, child in zip(layout.parents, layout.children)]
    deposit = _deposit_word(layout, texts)
    if deposit is None or any(PROJECT_LIST_HEADERS.match(text) for text in texts):
        return None
    groups = _deposit_groups(texts)
    if groups is None:
        return None
    grouped = {index for columns in groups.values() for index in columns.values()}
    if any(index not in grouped and OTHER_MONEY.search(text) and not DEPOSITOR_HEADER.match(text)
           for index, text in enumerate(texts)):
        return None
    shared = frozenset(index for index in range(len(texts)) if index not in grouped)
    return [_deposit_pass(layout, texts, groups[direction], shared, direction, deposit, order)
            for order, direction in enumerate(DIRECTIONS)]


def _deposit_word(layout: HeaderLayout, texts: Sequence[str]) -> str | None:
    """保证金 or 押金, as the header or the title lines call what the register holds."""
    for text in (*texts, *layout.title_lines):
        found = DEPOSIT_WORDS.search(str(text))
        if found:
            return found.group(0)
    return None


def _deposit_groups(texts: Sequence[str]) -> dict[str, dict[str, int]] | None:
    """The receipt's and the refund's date and amount columns (and 方式, when the group has its own),
    each group with both a date and an amount; a deposit's own amount (保证金金额, 押金金额) not said to
    be returned is the receipt's. None unless both groups are whole."""
    groups: dict[str, dict[str, int]] = {"in": {}, "out": {}}
    for index, text in enumerate(texts):
        direction = "out" if REFUND_WORDS.search(text) else "in" if RECEIPT_WORDS.search(text) else None
        field = "date" if DATE_WORDS.search(text) else "amount" if AMOUNT_WORDS.search(text) else \
            "method" if METHOD_WORDS.search(text) else None
        if field == "amount" and direction is None and DEPOSIT_WORDS.search(text):
            direction = "in"
        if direction is None or field is None:
            continue
        if field in groups[direction]:
            return None  # two receipt days or sums: not a register of one deposit a row
        groups[direction][field] = index
    return groups if all(set(group) >= {"date", "amount"} for group in groups.values()) else None


def _deposit_pass(layout: HeaderLayout, texts: Sequence[str], group: dict[str, int], shared: frozenset[int],
                  direction: str, deposit: str, order: int) -> DepositPass:
    """One reading: its group's day and sum, who paid, and the works it was for as the 摘要."""
    columns = {layout.names[index]: field for field, index in group.items()}
    for index in shared:
        if DEPOSITOR_HEADER.match(texts[index]):
            columns[layout.names[index]] = "counterparty"
        elif PROJECT_HEADER.match(texts[index]):
            columns[layout.names[index]] = "summary"
    mapping = Mapping(kind="payment", columns=columns, direction=direction, source="保证金收退")
    indexes = sorted(index for field, index in group.items() if field != "method")
    start = indexes[0]
    label = "、".join(layout.names[index] for index in indexes)
    return DepositPass(start, indexes[-1] + 1, label, direction, layout.first_row, mapping,
                       row_part=f"/{column_letter(start)}" if order else "", group=frozenset(group.values()),
                       shared=shared, labels=(), leads=not order, deposit=deposit)

