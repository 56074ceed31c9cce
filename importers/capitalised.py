"""Provides the reading of a 在建工程转固 register: a finished work and the fixed asset it became, on one row.

A village moves a finished work from 在建工程 into its fixed assets (转固) once it is accepted and its
final account audited, and lists the moves one work a row::

    工程项目名称 | 施工单位 | 开工日期 | 竣工验收日期 | 决算金额(元) | 转固日期 | 转入固定资产名称 | 资产编号
    主街道路硬化工程 | 邢台市通达路桥… | 2020.4.10 | 2020.7.28 | 586300.00 | 2020年9月30日 | 主街水泥路 | NLZ-GZ-011

Read as a project list only, the asset the village booked (its name, value and the day it was booked)
was lost, and a work finished long before it was booked (工程完工未转固) could not be told from one
booked at once. Read as assets only, the works would lose their contractors, which the rules on
repeat vendors, split contracts and related parties compare. So the sheet is read twice, as a
资产处置登记表 is (``importers.disposals``): once as projects, as before, and once as assets for the rows
that were booked (name = 转入固定资产名称, value = 决算金额 or the 转固金额 written, acquired on = 转固日期),
the asset on its work's row number. A row with no 转固日期 (a work not yet booked) gives the project alone.

Only a sheet read as projects, whose header has the day of the move and whose first rows hold one, is so
read: a project list with an empty 转固日期 column stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from importers import values
from importers.headers import HeaderLayout, column_letter, find_header
from importers.kinds import assign_columns, detect_kind
from importers.mapping import Mapping
from importers.plan import SheetPlan, join_notes
from importers.readers import Row, cell_at
from importers.synonyms import IGNORE, header_base


MOVE_DATE_HEADER = re.compile(r"^(?:转固|转入固定资产|转为固定资产|转资|交付使用)(?:日期|时间)$")
ASSET_NAME_HEADER = re.compile(r"^(?:转入|转为|形成|新增)(?:的)?(?:固定)?资产(?:名称)?$|^固定资产名称$")
ASSET_CODE_HEADER = re.compile(r"^(?:固定)?资产(?:编号|编码|代码|卡片号)$")
MOVE_AMOUNT_HEADER = re.compile(r"^(?:转固|转入固定资产|入账|转资)(?:金额|价值|原值)$")
"""The value booked, where it is written apart from the work's final account."""

PROJECT_NOTE = ("在建工程转固明细：每行按项目导入（施工单位、竣工日期等）；“{date}”等转固信息另按资产读取，"
                "没有“{date}”的行尚未转固，只记项目")
ASSET_NOTE = ("在建工程转固明细：有“{date}”的行另记一项资产（行号相同），名称取“{name}”，原值取“{amount}”，"
              "购置日期取“{date}”；工程本身按项目导入")


@dataclass
class MoveColumns:
    """The columns of a 转固 register by their index in the header (None where it has none)."""

    date: int
    work: int
    asset_name: int | None
    code: int | None
    amount: int | None
    names: list[str]

    def header(self, index: int | None) -> str:
        return self.names[index] if index is not None else "—"

    def move_columns(self) -> list[int]:
        return [index for index in (self.date, self.asset_name, self.code) if index is not None]


@dataclass
class MovePass:
    """One reading of a 转固 register: its works (projects), or the assets they became."""

    columns: MoveColumns
    layout: HeaderLayout
    mapping: Mapping
    assets: bool
    """The reading of the assets (else of the works)."""

    @property
    def note(self) -> str:
        columns = self.columns
        if not self.assets:
            return PROJECT_NOTE.format(date=columns.header(columns.date))
        name = columns.asset_name if columns.asset_name is not None else columns.work
        return ASSET_NOTE.format(date=columns.header(columns.date), name=columns.header(name),
                                 amount=columns.header(columns.amount))

    def apply(self, plan: SheetPlan) -> None:
        """The reading's note, and the part of the ids that tells the asset from the work on its row."""
        plan.note = join_notes(self.note, plan.note)
        if self.assets:
            plan.row_part = f"/{column_letter(self.columns.date)}"

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows; the reading of the assets leaves a row not booked (no 转固日期): the reading
        of the works reads or reports it."""
        header = self.layout.last_row
        for number, row in rows:
            if not self.assets or number <= header or _booked(row, self.columns):
                yield number, row


def find_move_passes(head: Sequence[tuple[int, Row]]) -> list[MovePass] | None:
    """The work and asset readings of a 在建工程转固 register; None for any other sheet."""
    if not any(type(value) is str and MOVE_DATE_HEADER.match(header_base(value)) for _, row in head for value in row):
        return None  # no header names the move: no need to look for the header again
    layout = find_header(head)
    if layout is None or detect_kind(layout.parents, layout.children, layout.names).kind != "project":
        return None
    columns = _columns(layout)
    if columns is None or not any(_booked(row, columns) for number, row in head if number > layout.last_row):
        return None
    return [MovePass(columns, layout, _work_mapping(columns), assets=False),
            MovePass(columns, layout, _asset_mapping(columns), assets=True)]


def _columns(layout: HeaderLayout) -> MoveColumns | None:
    texts = [header_base(name) for name in layout.names]

    def first(pattern: re.Pattern[str]) -> int | None:
        return next((index for index, text in enumerate(texts) if text and pattern.match(text)), None)

    assigned = {column.field: column.index
                for column in assign_columns("project", layout.parents, layout.children, layout.names)
                if column.primary}
    date, amount = first(MOVE_DATE_HEADER), first(MOVE_AMOUNT_HEADER)
    if date is None or "name" not in assigned:
        return None
    return MoveColumns(date=date, work=assigned["name"], asset_name=first(ASSET_NAME_HEADER),
                       code=first(ASSET_CODE_HEADER), amount=amount if amount is not None else assigned.get("amount"),
                       names=list(layout.names))


def _booked(row: Row, columns: MoveColumns) -> bool:
    """Whether the row's work was booked as an asset: its 转固日期 is filled and it names something."""
    named = columns.asset_name if columns.asset_name is not None else columns.work
    return not values.is_blank(cell_at(row, columns.date)) and not values.is_blank(cell_at(row, named))


def _work_mapping(columns: MoveColumns) -> Mapping:
    """The works as the sheet's header says; the move's own columns stay in the raw row."""
    mapped = {columns.names[index]: IGNORE for index in columns.move_columns()}
    if columns.amount is not None and MOVE_AMOUNT_HEADER.match(header_base(columns.names[columns.amount])):
        mapped[columns.names[columns.amount]] = IGNORE
    return Mapping(kind="project", columns=mapped, source="在建工程转固")


def _asset_mapping(columns: MoveColumns) -> Mapping:
    """The assets: the name booked (else the work's), the value, the day and the code; every other column
    stays in the raw row."""
    name = columns.asset_name if columns.asset_name is not None else columns.work
    fields = {name: "name", columns.date: "acquired_on", columns.code: "code", columns.amount: "amount"}
    mapped = {header: fields.get(index) or IGNORE for index, header in enumerate(columns.names) if header}
    return Mapping(kind="asset", columns=mapped, source="在建工程转固")


