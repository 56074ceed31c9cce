"""Provides the reading of a disposal register: an asset disposed of, and the money it fetched, on one row.

A village lists the assets it sold, scrapped or handed over in a 资产处置登记表, one asset a row, with the
day, the way and what it fetched::

    资产编号 | 资产名称 | 原值 | 处置日期 | 处置方式 | 处置收入 | 买受人/受让方 | 审批情况
    DLZ-0017 | 铲车     | 135000 | 20220518 | 拍卖   | 壹万伍仟元整 | 河南中原恒信… | 村民代表会议通过

Read as an asset register, each row gave an asset that looked still held, and the day, way, price and
buyer were left unread: the money in was lost (an inspector looks for cheap sales to insiders, and
reconciles the proceeds with the bank journal). Here the sheet is read twice, as a 保证金收退台账 is
(``importers.deposits``): once as assets (each with its 原值, and its disposal as its status,
"已处置（拍卖，2022-05-18）"), once as money in (the day, the proceeds, the buyer as the other party,
"处置 铲车（拍卖）" as the 摘要, 资产处置收入 as the 科目), the payment on the asset's row number. A row
that fetched nothing (报废 without 残值, 无偿调拨) gives the asset alone.

Only a sheet read as assets, whose header has the disposal's way (or day) and whose first rows hold a
disposal, is so read: an asset register with an empty 处置 column, a 盘点表 (盘盈/盘亏, 处理意见) and a
journal that books 资产处置收入 as a 摘要 stay as they were.
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


WAY_HEADER = re.compile(r"^(?:资产)?处置(?:方式|形式|类型|办法)$")
DATE_HEADER = re.compile(r"^(?:资产)?处置(?:日期|时间)$")
PROCEEDS_HEADER = re.compile(r"^(?:(?:资产)?处置|变卖|拍卖|转让|出售|残值)(?:收入|价款|所得|金额|价格)$|^成交(?:价|金额|价格|价款)$")
"""The money the disposal fetched (处置收入, 残值收入, 成交价); not an asset register's 预计残值 or 残值率."""
BUYER_HEADER = re.compile(r"^(?:买受|受让|购买|承买|竞得|接收)(?:人|方|单位)")
"""Who took the asset (买受人/受让方, 受让单位): the payer of the proceeds."""
PROCEEDS_ACCOUNT = "资产处置收入"
DISPOSED = "已处置"

# The columns added to the right of each reading: header -> field.
ADDED_STATUS = "处置后状态"
ADDED_SUMMARY = "处置摘要"
ADDED_ACCOUNT = "处置科目"

DISPOSAL_NOTE = ("资产处置登记表：每行一项资产，按原值记为资产，其处置（{way}、{date}）记为资产的状态"
                 "（如“已处置（拍卖，2021-03-15）”），不再像在用资产")
PROCEEDS_NOTE = ("资产处置登记表：有“{proceeds}”的行另记一笔收入（行号相同），日期取“{date}”，付款方取“{buyer}”，"
                 "摘要为“处置 资产名称（处置方式）”，科目记为资产处置收入；没有处置收入（报废无残值、无偿调拨）的行只记资产")


@dataclass
class DisposalColumns:
    """The columns of a disposal register, by their index in the header; None where it has none."""

    name: int
    way: int | None
    date: int | None
    proceeds: int | None
    buyer: int | None
    status: int | None
    """The register's own 使用状态: a row not disposed of keeps it."""
    names: list[str]

    def header(self, index: int | None) -> str:
        return self.names[index] if index is not None else "—"

    def disposal_columns(self) -> list[int]:
        return [index for index in (self.way, self.date, self.proceeds, self.buyer) if index is not None]


@dataclass
class DisposalPass:
    """One reading of a disposal register: its assets, or the money in their sale fetched."""

    columns: DisposalColumns
    layout: HeaderLayout
    mapping: Mapping
    proceeds: bool
    """The reading of the money in (else of the assets)."""

    @property
    def note(self) -> str:
        columns = self.columns
        if self.proceeds:
            return PROCEEDS_NOTE.format(proceeds=columns.header(columns.proceeds), date=columns.header(columns.date),
                                        buyer=columns.header(columns.buyer))
        return DISPOSAL_NOTE.format(way=columns.header(columns.way), date=columns.header(columns.date))

    def apply(self, plan: SheetPlan) -> None:
        """The reading's note, and the part of the ids that tells the payment from the asset on its row."""
        plan.note = join_notes(self.note, plan.note)
        if self.proceeds and self.columns.proceeds is not None:
            plan.row_part = f"/{column_letter(self.columns.proceeds)}"

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows with the reading's added columns; the reading of the money in leaves a row
        that fetched nothing (or names no asset): the reading of the assets reads or reports it."""
        header = self.layout.last_row
        for number, row in rows:
            if number < header:
                yield number, row
            elif number == header:
                yield number, list(row) + list(self._added_headers())
            elif not self.proceeds:
                yield number, list(row) + [self._status(row)]
            elif _fetched(cell_at(row, self.columns.proceeds)) and not values.is_blank(cell_at(row, self.columns.name)):
                yield number, list(row) + [self._summary(row), PROCEEDS_ACCOUNT]

    def _added_headers(self) -> tuple[str, ...]:
        return (ADDED_SUMMARY, ADDED_ACCOUNT) if self.proceeds else (ADDED_STATUS,)

    def _status(self, row: Row) -> Any:
        """已处置（拍卖，2021-03-15） for a row disposed of; the register's own status for any other."""
        way, day = _text(cell_at(row, self.columns.way)), _day_text(cell_at(row, self.columns.date))
        if not way and not day:
            return cell_at(row, self.columns.status)
        return f"{DISPOSED}（{'，'.join(part for part in (way, day) if part)}）"

    def _summary(self, row: Row) -> str:
        name, way = _text(cell_at(row, self.columns.name)), _text(cell_at(row, self.columns.way))
        return f"处置 {name}（{way}）" if way else f"处置 {name}"


def find_disposal_passes(head: Sequence[tuple[int, Row]]) -> list[DisposalPass] | None:
    """The asset and proceeds readings of a 资产处置登记表 (the proceeds' only when it has a proceeds
    column); None for any other sheet."""
    if not any(type(value) is str and (WAY_HEADER.match(header_base(value)) or DATE_HEADER.match(header_base(value)))
               for _, row in head for value in row):
        return None  # no header names a disposal: no need to look for the header again
    layout = find_header(head)
    if layout is None or detect_kind(layout.parents, layout.children, layout.names).kind != "asset":
        return None
    columns = _columns(layout)
    if columns is None or not _holds_disposals(head, layout, columns):
        return None
    passes = [DisposalPass(columns, layout, _asset_mapping(columns), proceeds=False)]
    if columns.proceeds is not None and columns.date is not None:
        passes.append(DisposalPass(columns, layout, _proceeds_mapping(columns), proceeds=True))
    return passes


def _columns(layout: HeaderLayout) -> DisposalColumns | None:
    texts = [header_base(name) for name in layout.names]

    def first(pattern: re.Pattern[str]) -> int | None:
        return next((index for index, text in enumerate(texts) if text and pattern.search(text)), None)

    assigned = {column.field: column.index
                for column in assign_columns("asset", layout.parents, layout.children, layout.names) if column.primary}
    way, date = first(WAY_HEADER), first(DATE_HEADER)
    if "name" not in assigned or (way is None and date is None):
        return None
    return DisposalColumns(name=assigned["name"], way=way, date=date, proceeds=first(PROCEEDS_HEADER),
                           buyer=first(BUYER_HEADER), status=assigned.get("status"), names=list(layout.names))


def _holds_disposals(head: Sequence[tuple[int, Row]], layout: HeaderLayout, columns: DisposalColumns) -> bool:
    """Whether an asset among the first rows was disposed of: its way (or day) is filled in. A register
    whose 处置 column waits empty for a later disposal is no disposal register."""
    told = columns.way if columns.way is not None else columns.date
    return any(not values.is_blank(cell_at(row, told)) and not values.is_blank(cell_at(row, columns.name))
               for number, row in head if number > layout.last_row)


def _asset_mapping(columns: DisposalColumns) -> Mapping:
    """The assets: their own columns as the sheet's header says, the disposal read into the added status."""
    mapped = {columns.names[index]: IGNORE for index in columns.disposal_columns()}
    if columns.status is not None:
        mapped[columns.names[columns.status]] = IGNORE
    mapped[ADDED_STATUS] = "status"
    return Mapping(kind="asset", columns=mapped, source="资产处置")


def _proceeds_mapping(columns: DisposalColumns) -> Mapping:
    """The money in: the day, the proceeds and the buyer; every other column stays in the raw row."""
    fields = {columns.date: "date", columns.proceeds: "amount", columns.buyer: "counterparty"}
    mapped = {name: fields.get(index) or IGNORE for index, name in enumerate(columns.names) if name}
    mapped.update({ADDED_SUMMARY: "summary", ADDED_ACCOUNT: "account"})
    return Mapping(kind="payment", columns=mapped, direction="in", source="资产处置")


def _fetched(value: Any) -> bool:
    """Whether a proceeds cell holds money (not blank, not 0)."""
    if values.is_blank(value):
        return False
    return not values.parses(values.parse_money, value) or values.parse_money(value) != 0


def _day_text(value: Any) -> str:
    """The disposal's day as 2021-03-15 when it reads as a day, else as written."""
    if values.is_blank(value):
        return ""
    return values.parse_date(value).isoformat() if values.parses(values.parse_date, value) else _text(value)



def _text(value: Any) -> str:
    return "" if values.is_blank(value) else str(value).strip()

