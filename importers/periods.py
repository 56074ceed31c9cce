"""Provides the reading of a payment sheet with a group of columns per period: one row, one payment a group.

A 股份分红 or 补贴发放 table kept over several years often gives each household one row, with the
amount and the day it was paid for each year side by side::

    户主姓名 | 2021年度分红        | 2022年度分红        | 三年合计
             | 分红金额 | 发放日期 | 分红金额 | 发放日期 |
    户主姓名 | 2021年分红金额 | 2021年发放日期 | 2022年分红金额 | 2022年发放日期

(or by 一季度/二季度, 上半年/下半年, month). Read as one record a row, the first group's pair gave the
payment and the others were lost. Here each group is read as the 左收右支 sides are
(``importers.sides``): the sheet once a group, with the other groups' cells blanked and the columns
outside every group (户号, 户主姓名, 签名) kept, so each filled group gives a payment of its own, on the
row's number. An empty group gives none, nor does a 0 without a day (a dividend withheld).

Only a payment sheet whose every amount and date column lies in a group, each group with both, is
so read: a lease register's yearly 应收/实收 (even with a 收款日期 a year: a lease is its row), a
project's 资金来源 by year, a contract's 预付款/进度款 (a contract sheet is no payment sheet) stay one
record a row, and so does
a 发放表 with an amount a year but one 发放日期. In a 收缴登记表 a period a household paid nothing is
reported as unpaid, as its row would be in a register of one year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importers import values
from importers.headers import HeaderLayout, column_letter, find_header
from importers.kinds import PERIOD, period_key
from importers.plan import SheetPlan, join_notes, plan_layout
from importers.sides import Row, Side
from importers.synonyms import match_column

PERIOD_FIELDS = ("amount", "date")
"""What every group of a period sheet holds: a payment's amount and its day."""
PERIOD_NOTE = ("分期并列：每行有 {count} 组按期分列的“金额、日期”（{labels}），本表按第 {columns} 列（“{label}”）读取，"
               "该组有金额的各记一笔（行号相同），{empty}")
PERIOD_EMPTY = "该组为空或为 0 的不记"
PERIOD_UNPAID = "该组没有交款的按未交款报告"
PERIOD_SUMMARY_NOTE = "各笔摘要后加“（{label}）”以分期"


@dataclass
class PeriodGroup(Side):
    """One period's columns of a payment sheet (``group``), read with the columns all groups share."""

    group: frozenset[int] = field(default_factory=frozenset)
    shared: frozenset[int] = field(default_factory=frozenset)
    """The columns outside every group (户号, 户主姓名, 签名): each group's records read them."""
    labels: tuple[str, ...] = ()
    """Every group's period, in the sheet's order."""
    leads: bool = False
    """The first group: it alone reads the lines no group has anything in (a section title, a 合计
    without figures, a household paid nothing), so they are reported once."""
    collection: bool = False
    """A 收缴登记表 (``SheetPlan.collection``): a year a household paid nothing is an arrear that its
    group reports, not an empty group."""

    @property
    def note(self) -> str:
        columns = "、".join(column_letter(index) for index in sorted(self.group))
        return PERIOD_NOTE.format(count=len(self.labels), labels="、".join(self.labels), columns=columns,
                                  label=self.label, empty=PERIOD_UNPAID if self.collection else PERIOD_EMPTY)

    def apply(self, plan: SheetPlan) -> None:
        """The group's note and ids, and its period after a 摘要 the title gave every row: the
        payments of one household differ by what they were for, not only by day."""
        super().apply(plan)
        if plan.default_summary and plan.primary_column("summary") is None:
            plan.default_summary = f"{plan.default_summary}（{self.label}）"
            plan.note = join_notes(plan.note, PERIOD_SUMMARY_NOTE.format(label=self.label))

    def reads(self, index: int) -> bool:
        return index in self.group or index in self.shared

    def leaves(self, row: Row, own: Row) -> bool:
        """A line whose group paid nothing (blank, or 0 and no day: a dividend withheld) gives it no
        record: another group reads it, or, when no group paid anything, the first group (``leads``)
        reports it. In a 收缴登记表 each group reports its household's unpaid period; only a line with
        nothing in the shared columns either is the first group's alone."""
        if not _paid_nothing(row, self.group):
            return False
        if self.collection:
            return not self.leads and _paid_nothing(row, self.shared)
        others = frozenset(index for index in range(len(row)) if not self.reads(index))
        return not self.leads or not _paid_nothing(row, others)


def find_periods(head: Sequence[tuple[int, Row]], *, sheet: str, file_name: str, datemode: int,
                 village: str | None, hidden: bool) -> list[PeriodGroup] | None:
    """The groups of a payment sheet that gives each row an amount and a date per period, in the
    sheet's order; None for any other sheet. ``head`` has its merged ranges filled."""
    layout = find_header(head)
    if layout is None:
        return None
    periods = _column_periods(layout)
    groups: dict[str, list[int]] = {}
    for index, period in enumerate(periods):
        if period is not None:
            groups.setdefault(period_key(period), []).append(index)
    if len(groups) < 2:
        return None  # most sheets: not planned twice
    plan = plan_layout(SheetPlan(sheet=sheet, file_name=file_name, datemode=datemode), layout, head,
                       village_option=village, hidden=hidden)
    if plan.kind != "payment" or not _pays_by_period(plan, layout, list(groups.values())):
        return None
    grouped = {index for columns in groups.values() for index in columns}
    shared = frozenset(index for index in range(len(periods)) if index not in grouped)
    labels = tuple(periods[columns[0]] for columns in groups.values())
    found = []
    for order, columns in enumerate(groups.values()):
        start = columns[0]
        found.append(PeriodGroup(start, columns[-1] + 1, labels[order], "", layout.first_row, None,
                                 row_part=f"/{column_letter(start)}" if order else "",
                                 group=frozenset(columns), shared=shared, labels=labels, leads=not order,
                                 collection=plan.collection))
    return found


def _paid_nothing(row: Row, columns: frozenset[int]) -> bool:
    """Whether the row's cells in ``columns`` are all blank or a zero amount."""
    return all(values.is_blank(row[index]) or (values.parses(values.parse_money, row[index])
                                               and values.parse_money(row[index]) == 0)
               for index in columns if index < len(row))


def _column_periods(layout: HeaderLayout) -> list[str | None]:
    """Each column's period as its header writes it (the parent's over the child's), or None. A
    column without one that repeats beside each period's first column (2021年分红 | 发放日期 |
    2022年分红 | 发放日期) takes the period of the column before it."""
    periods: list[str | None] = []
    for parent, child in zip(layout.parents, layout.children):
        found = PERIOD.search("".join(str(parent).split())) or PERIOD.search("".join(str(child).split()))
        periods.append(found.group(0) if found else None)
    children = ["".join(str(child).split()) for child in layout.children]
    unnamed = [text for text, period in zip(children, periods) if period is None and text]
    for index in range(1, len(periods)):
        if periods[index] is None and periods[index - 1] is not None and unnamed.count(children[index]) > 1:
            periods[index] = periods[index - 1]
    return periods


def _pays_by_period(plan: SheetPlan, layout: HeaderLayout, groups: list[list[int]]) -> bool:
    """Whether every amount and date column of the plan lies in a group, and every group has both
    (its headers read without their period: the plan takes "2023年分红金额" beside "2022年分红金额"
    for no amount, as a word found inside a header is no fallback)."""
    grouped = [set(columns) for columns in groups]
    fields = {column.index for column in plan.columns if column.field in PERIOD_FIELDS}
    if any(not any(index in columns for columns in grouped) for index in fields):
        return False
    return all({_field_without_period(layout, index) for index in columns} >= set(PERIOD_FIELDS)
               for columns in grouped)


def _field_without_period(layout: HeaderLayout, index: int) -> str | None:
    """The payment field a column's header names once its period is taken out (2021年度 over 分红金额)."""
    parent, child = (PERIOD.sub("", "".join(str(text).split())) for text in (layout.parents[index],
                                                                             layout.children[index]))
    found = match_column(parent, child, "payment")
    return found.field if found is not None else None
