"""Provides the reading of a nested 履约台账: records of one kind listed under a record of another.

A village's 合同履约台账 often gives a contract one line and lists the payments made on it on the
lines below, their first columns left blank; a 资源发包及租金收缴台账 does the same with a lease and
the rent received on it, and a 工程项目及合同台账 with a project and the contracts signed for it::

    序号 | 合同编号    | 合同名称   | 乙方     | 合同金额 | 签订日期  | 付款日期   | 付款金额 | 凭证号
    1    | YL-2023-001 | 村道硬化…  | 金诚建设 | 386500   | 2023-3-12 |            |          |
         |             |            |          |          |           | 2023-04-10 | 115950   | 记-04-012
         |             |            |          |          |           | 2023-06-20 | 154600   | 记-06-031

Read as one kind a row, the sheet was a contract list and every payment line was skipped as a row
"without content" (or, under a project, every contract line rejected as a project without a name): the
payments behind the overpayment and large-cash checks were lost. Here such a sheet is read twice, as a
过程台账 is (``importers.stages``):

- as its parent lines (contracts, leases, projects), each child line reported as read by the other pass;
- as its child lines only, each with what it owes its parent written in from the line above it: a
  payment the payee (or the lessee who paid), the contract's name as 摘要 and its number; money out
  under a contract's 付款 columns, money in under a lease's 收款/收租 columns; a contract its project.

Only a sheet whose header has both the parent's columns and the child's (payment columns named as such,
付款日期, 收款金额: not a bare 日期 or 金额), and whose first rows hold both parent lines (nothing of the
child on them) and child lines (nothing of the parent) is so read. A contract 台账 with 已付金额/付款日期
on each contract's own row, or a project list with its 合同金额 on the project's row, keeps one record a
row; a 日记账 has no parent columns.
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
from importers.rowmap import label_reason
from importers.synonyms import IGNORE, match_column


PAYMENT_WORDS = re.compile(r"付|收|缴|交|拨|支")
"""A payment column of a nested ledger says whose money moved (付款日期, 收款金额, 收租日期)."""
CONTRACT_WORDS = re.compile(r"合同|乙方|签订|签约")
"""A contract's column under a project's (合同编号, 乙方（施工单位）, 合同金额): not the project's own."""
LEASE_AND_CONTRACT = ("contract", "resource")
PAYMENT_FIELDS = {"date": "date", "expense": "amount", "income": "amount", "amount": "amount", "voucher": "voucher"}
"""A child column's field when the sheet is read as payments -> the payment field it fills."""
DIRECTION_OF = {"expense": "out", "income": "in"}
CONTRACT_FIELDS = frozenset({"code", "counterparty", "amount", "signed_on", "started_on", "ended_on"})
PROJECT_FIELDS = frozenset({"code", "name", "type", "budget", "decided_on", "started_on", "finished_on", "funding",
                            "contractor", "procurement", "status"})
WRITTEN_TO_PAYMENT = {"counterparty": "counterparty", "title": "summary", "name": "summary", "code": "contract"}
"""A contract's (a lease's) cell written into its payment lines -> the payment field it fills."""
WRITTEN_TO_CONTRACT = {"name": "project"}
WRITTEN_LABELS = {"counterparty": "对方", "summary": "摘要", "contract": "合同编号", "project": "所属项目"}
MIN_LINES = 2
"""So many parent lines and child lines, at least, in the first rows before a sheet is read nested."""

NESTED_NOTE = ("嵌套履约台账：每个{parent}占一行，其{child}行缩进列在其下方（{parent}的各列为空）；按两次读取："
               "{parent}行按表头读取，{child}行（“{columns}”列）记为{record}")
PASS_NOTES = {"parent": "本次读取{parent}行，{child}行逐行说明",
              "child": "本次读取{child}行：{written}取自其上方的{parent}行"}
CHILD_REASON = "嵌套履约台账的{child}行：已在本表的{child}读取中记为{record}（{written}取自上方第 {row} 行的{parent}）"
ORPHAN_REASON = "嵌套履约台账的{child}行，上方没有{parent}行：不知属于哪个{parent}，未导入"
PARENT_LABELS = {"contract": "合同", "resource": "发包（租赁）合同", "project": "项目"}
CHILD_LABELS = {"out": "付款", "in": "收款", None: "合同"}
RECORD_LABELS = {"out": "支出", "in": "收入", None: "合同"}


@dataclass
class NestedColumns:
    """The columns of a nested ledger, by their index in the header."""

    parent_kind: str
    child_kind: str
    children: dict[int, str]
    """The child lines' own columns -> the child's field each fills."""
    parents: dict[int, str]
    """The parent line's own columns -> the parent's field: blank on a child line."""
    written: dict[int, str]
    """The parent's columns written into its child lines -> the child's field each fills."""
    headers: list[str]
    direction: str | None = None
    """Payments' out (a contract's) or in (a lease's rent); None for contracts under a project."""

    @property
    def words(self) -> dict[str, str]:
        """What the notes call the parent lines, the child lines and what they are read as."""
        return {"parent": PARENT_LABELS[self.parent_kind], "child": CHILD_LABELS[self.direction],
                "record": RECORD_LABELS[self.direction],
                "written": "、".join(f"{WRITTEN_LABELS[target]}（{self.headers[index]}）"
                                     for index, target in self.written.items())}

    def line_of(self, row: Row) -> str | None:
        """What a body row is: "parent" (its own cells, nothing of a child), "child" (nothing of the
        parent), "both" (a contract with its payment on its own row), None (blank, a 累计/合计 line)."""
        if label_reason([value for value in row if type(value) is str]):
            return None
        has_parent = any(_filled(cell_at(row, index)) for index in self.parents)
        has_child = any(_filled(cell_at(row, index)) for index, target in self.children.items() if target != "voucher")
        if has_parent and has_child:
            return "both"
        if has_parent:
            return "parent"
        return "child" if has_child else None


@dataclass
class NestedPass:
    """One reading of a nested ledger: its parent lines, or its child lines."""

    kind: str
    """"parent" or "child"."""
    columns: NestedColumns
    layout: HeaderLayout
    mapping: Mapping | None
    """None for the parent pass of contracts (leases) over payments: the sheet's own plan reads its header."""
    row_part: str = ""
    """What tells this pass's record ids from the other pass's on the same row (``SheetPlan.row_part``)."""
    reasons: dict[int, str] = field(default_factory=dict)
    """Row -> why the parent pass takes it for no record (filled as rows stream)."""

    @property
    def note(self) -> str:
        columns = self.columns
        words = columns.words
        child_columns = "、".join(columns.headers[index] for index in sorted(columns.children))
        return f"{NESTED_NOTE.format(columns=child_columns, **words)}；{PASS_NOTES[self.kind].format(**words)}"

    def apply(self, plan: SheetPlan) -> None:
        """What reading the sheet as this pass adds to its plan: the note saying so, the part of the ids
        that tells its records from the other pass's, and why the parent pass reads no child line."""
        plan.note = join_notes(self.note, plan.note)
        plan.row_part = self.row_part
        plan.row_reasons = self.reasons
        if self.kind == "parent":  # the child columns are read by the other pass: not "未识别"
            read = {self.columns.headers[index] for index in self.columns.children}
            plan.unknown_columns = [name for name in plan.unknown_columns if name not in read]

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows as this pass reads them: the parent pass every row (its child lines with
        their reason); the child pass the header and the child lines only, each with its parent's cells
        written in."""
        columns, body = self.columns, self.layout.last_row
        parent: tuple[int, Row] | None = None
        for number, row in rows:
            if number <= body:
                yield number, row
                continue
            line = columns.line_of(row)
            if line == "parent":
                parent = (number, row)
            elif line == "both" or (line is None and any(_filled(value) for value in row)):
                parent = None  # a 累计/合计 line closes the parent above
            if self.kind == "parent":
                if line == "child":
                    self.reasons[number] = (CHILD_REASON.format(row=parent[0], **columns.words) if parent
                                            else ORPHAN_REASON.format(**columns.words))
                yield number, row
            elif line == "child" and parent is not None:
                yield number, self._written_in(row, parent[1])

    def _written_in(self, row: Row, parent: Row) -> Row:
        own = list(row) + [None] * max(0, len(self.columns.headers) - len(row))
        for index in self.columns.written:
            own[index] = cell_at(parent, index)
        return own


def _filled(value: Any) -> bool:
    return value is not None and not (type(value) is str and not value.strip())



def find_nested_passes(head: Sequence[tuple[int, Row]]) -> list[NestedPass] | None:
    """The two readings of a nested 履约台账 (its parent lines, then the child lines under them); None
    for any other sheet."""
    if not any(type(value) is str and (PAYMENT_WORDS.search(value) or CONTRACT_WORDS.search(value))
               for _, row in head for value in row):
        return None
    layout = find_header(head)
    if layout is None:
        return None
    columns = _payment_columns(layout) or _contract_columns(layout)
    if columns is None or not _holds_nested_lines(head, layout, columns):
        return None
    part = "/付款" if columns.child_kind == "payment" else "/合同"
    return [NestedPass("parent", columns, layout, _parent_mapping(columns)),
            NestedPass("child", columns, layout, _child_mapping(columns), part)]


def _payment_columns(layout: HeaderLayout) -> NestedColumns | None:
    """A contract's (a lease's) columns and its payments'; None unless the header has a party, a
    contract's amount, and a payment's date and amount each named as a payment's."""
    children: dict[int, str] = {}
    directions: set[str] = set()
    parents: dict[int, str] = {}
    for index, (parent, child) in enumerate(zip(layout.parents, layout.children)):
        own = [match_column(parent, child, kind) for kind in LEASE_AND_CONTRACT]
        fields = [match.field for match in own if match is not None and match.field != IGNORE]
        if fields:
            parents[index] = fields[0]
            continue
        paid = match_column(parent, child, "payment")
        if paid is None or paid.field not in PAYMENT_FIELDS:
            continue
        if paid.field != "voucher" and not PAYMENT_WORDS.search(f"{parent}{child}"):
            continue  # a bare 日期 or 金额 is a journal's, not a payment line's under its contract
        children[index] = PAYMENT_FIELDS[paid.field]
        if paid.field in DIRECTION_OF:
            directions.add(DIRECTION_OF[paid.field])
    if "counterparty" not in parents.values() or not {"amount", "yearly_rent"} & set(parents.values()) \
            or not {"date", "amount"} <= set(children.values()) or len(directions) != 1:
        return None
    kind = "resource" if any(_names_a_resource(parent, child)
                             for parent, child in zip(layout.parents, layout.children)) else "contract"
    return NestedColumns(parent_kind=kind, child_kind="payment", children=children, parents=parents,
                         written=_written(parents, WRITTEN_TO_PAYMENT), headers=list(layout.names),
                         direction=directions.pop())


def _contract_columns(layout: HeaderLayout) -> NestedColumns | None:
    """A project's columns and its contracts' (合同编号, 乙方, 合同金额, 签订日期: the words say a
    contract's); None unless the project has a name and a budget and the contract a party and an amount."""
    children: dict[int, str] = {}
    parents: dict[int, str] = {}
    for index, (parent, child) in enumerate(zip(layout.parents, layout.children)):
        signed = match_column(parent, child, "contract")
        if signed is not None and signed.field in CONTRACT_FIELDS and CONTRACT_WORDS.search(child or parent):
            children[index] = signed.field
            continue
        project = match_column(parent, child, "project")
        if project is not None and project.field in PROJECT_FIELDS:
            parents[index] = project.field
    if not {"name", "budget"} <= set(parents.values()) or not {"counterparty", "amount"} <= set(children.values()):
        return None
    return NestedColumns(parent_kind="project", child_kind="contract", children=children, parents=parents,
                         written=_written(parents, WRITTEN_TO_CONTRACT), headers=list(layout.names))


def _written(parents: dict[int, str], targets: dict[str, str]) -> dict[int, str]:
    """The parent's columns its child lines take (its first of each field) -> the child field each fills."""
    written: dict[int, str] = {}
    for index, name in parents.items():
        if name in targets and targets[name] not in written.values():
            written[index] = targets[name]
    return written


def _names_a_resource(parent: str, child: str) -> bool:
    """A 资源名称 column: the parent lines are leases (发包), not contracts."""
    match = match_column(parent, child, "resource")
    return match is not None and match.field == "name" and match_column(parent, child, "contract") is None


def _holds_nested_lines(head: Sequence[tuple[int, Row]], layout: HeaderLayout, columns: NestedColumns) -> bool:
    """Whether the first rows hold parent lines with child lines under them, and no line holding both
    (a contract 台账 with its 付款日期 on the contract's own row is no nested ledger)."""
    lines = [columns.line_of(row) for number, row in head if number > layout.last_row]
    return lines.count("both") == 0 and lines.count("parent") >= MIN_LINES and lines.count("child") >= MIN_LINES


def _parent_mapping(columns: NestedColumns) -> Mapping | None:
    """How the parent pass reads its lines: a contract's or a lease's header as the sheet's own plan
    reads it (None); a project's by its own columns (read by its header, the sheet may be taken for
    contracts, and a contract's 合同金额 for the project's)."""
    if columns.child_kind == "payment":
        return None
    # The contracts' 乙方 stays the project's 施工单位 column (blank on its lines by the nesting): read from
    # no column, the plan would say the project's contractor was left unread.
    party = {index: "contractor" for index, target in columns.children.items() if target == "counterparty"}
    return _mapping(columns, columns.parent_kind, {**columns.parents, **party})


def _child_mapping(columns: NestedColumns) -> Mapping:
    """How the child pass reads its lines: their own columns, and the parent's written in."""
    return _mapping(columns, columns.child_kind, {**columns.children, **columns.written})


def _mapping(columns: NestedColumns, kind: str, fields: dict[int, str]) -> Mapping:
    headers = columns.headers
    mapped = {header: IGNORE for header in headers if header}
    for index, target in fields.items():
        mapped[headers[index]] = target
    return Mapping(kind=kind, columns=mapped, direction=columns.direction, source="嵌套履约台账")
