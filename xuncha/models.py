"""Provides the record kinds, their canonical fields and the import bookkeeping tables.

Every imported row becomes one record of a kind (project, contract, payment,
asset, resource, cadre). A record keeps its provenance (file, sheet, row as
Excel shows it), the raw cell values keyed by the original header text, and
its parsed canonical fields: money as integer fen, dates as ``datetime.date``.

``KIND_FIELDS`` is the single description of the canonical fields that the
importers, the CLI, search, rules and the screens all read.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
import datetime as dt
from typing import Any, Iterable

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from xuncha.money import fen_to_yuan

# --- canonical field descriptions -------------------------------------------

TEXT, MONEY, DATE, NUMBER, INT, DIRECTION = "text", "money", "date", "number", "int", "direction"


@dataclass(frozen=True)
class FieldSpec:
    """One canonical field of a record kind."""

    name: str
    label: str
    """Chinese label shown in the UI and the export."""
    type: str = TEXT
    """One of text, money (fen), date, number (float), int, direction ('in'/'out')."""


DIRECTION_LABELS: dict[str, str] = {"in": "收入", "out": "支出"}
"""How a payment's ``direction`` reads to the inspector."""

KIND_LABELS: dict[str, str] = {
    "project": "工程项目",
    "contract": "合同",
    "payment": "收支",
    "asset": "资产",
    "resource": "资源发包",
    "cadre": "村干部",
}

KIND_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "project": (
        FieldSpec("code", "项目编号"),
        FieldSpec("name", "项目名称"),
        FieldSpec("type", "项目类型"),
        FieldSpec("contractor", "施工单位"),
        FieldSpec("budget", "预算金额", MONEY),
        FieldSpec("amount", "合同金额", MONEY),
        FieldSpec("funding", "资金来源"),
        FieldSpec("decided_on", "决策日期", DATE),
        FieldSpec("started_on", "开工日期", DATE),
        FieldSpec("finished_on", "竣工日期", DATE),
        FieldSpec("status", "进展"),
        FieldSpec("procurement", "发包方式"),
    ),
    "contract": (
        FieldSpec("code", "合同编号"),
        FieldSpec("title", "合同名称"),
        FieldSpec("counterparty", "乙方"),
        FieldSpec("amount", "合同金额", MONEY),
        FieldSpec("signed_on", "签订日期", DATE),
        FieldSpec("started_on", "开始日期", DATE),
        FieldSpec("ended_on", "结束日期", DATE),
        FieldSpec("category", "合同类别"),
        FieldSpec("procurement", "采购方式"),
        FieldSpec("project", "关联项目"),
    ),
    "payment": (
        FieldSpec("voucher", "凭证号"),
        FieldSpec("date", "日期", DATE),
        FieldSpec("summary", "摘要"),
        FieldSpec("account", "科目"),
        FieldSpec("direction", "收支", DIRECTION),
        FieldSpec("amount", "金额", MONEY),
        FieldSpec("counterparty", "往来单位"),
        FieldSpec("method", "结算方式"),
        FieldSpec("handler", "经手人"),
        FieldSpec("attachments", "附件数", INT),
        FieldSpec("contract", "合同编号"),
        FieldSpec("project", "项目"),
    ),
    "asset": (
        FieldSpec("code", "资产编号"),
        FieldSpec("name", "资产名称"),
        FieldSpec("category", "类别"),
        FieldSpec("amount", "原值", MONEY),
        FieldSpec("acquired_on", "购置日期", DATE),
        FieldSpec("status", "使用状况"),
        FieldSpec("location", "存放地点"),
        FieldSpec("custodian", "保管人"),
    ),
    "resource": (
        FieldSpec("code", "编号"),
        FieldSpec("name", "资源名称"),
        FieldSpec("category", "资源类型"),
        FieldSpec("area", "面积(亩)", NUMBER),
        FieldSpec("counterparty", "承包方"),
        FieldSpec("amount", "年租金", MONEY),
        FieldSpec("started_on", "承包起始", DATE),
        FieldSpec("ended_on", "承包截止", DATE),
        FieldSpec("procurement", "发包方式"),
    ),
    "cadre": (
        FieldSpec("name", "姓名"),
        FieldSpec("position", "职务"),
        FieldSpec("phone", "联系电话"),
        FieldSpec("id_no", "身份证号"),
        FieldSpec("relatives", "近亲属"),
    ),
}

TITLE_FIELD: dict[str, str] = {
    "project": "name",
    "contract": "title",
    "payment": "summary",
    "asset": "name",
    "resource": "name",
    "cadre": "name",
}
"""The field that names a record in lists and search results."""

COUNTERPARTY_FIELD: dict[str, str] = {
    "project": "contractor",
    "contract": "counterparty",
    "payment": "counterparty",
    "resource": "counterparty",
}
"""The field holding the other party of a record, for kinds that have one."""

DATE_FIELD: dict[str, str] = {
    "project": "started_on",
    "contract": "signed_on",
    "payment": "date",
    "asset": "acquired_on",
    "resource": "started_on",
}
"""The date that places a record in time (sorting, year filters, windows)."""


def field_spec(kind: str, name: str) -> FieldSpec:
    for spec in KIND_FIELDS[kind]:
        if spec.name == name:
            return spec
    raise KeyError(f"{kind}.{name}")


# --- record tables -----------------------------------------------------------


class RecordBase(SQLModel):
    """Columns every record has: identity, provenance and the raw row."""

    id: str = Field(primary_key=True)
    """Stable identity: a hash of (file sha256, sheet, row); see ``record_uid``."""
    batch_id: int = Field(foreign_key="batch.id", index=True, ondelete="CASCADE")
    village: str = Field(default="", index=True)
    source_file: str
    source_sheet: str
    source_row: int
    row_hash: str
    """Hash of the row's raw cells: tells a changed row from the same row."""
    raw: str = Field(default="{}", sa_type=Text)
    """JSON object: original header text -> original cell value as text."""


class Project(RecordBase, table=True):
    code: str | None = None
    name: str | None = None
    type: str | None = None
    contractor: str | None = None
    budget: int | None = None
    amount: int | None = None
    funding: str | None = None
    decided_on: dt.date | None = None
    started_on: dt.date | None = None
    finished_on: dt.date | None = None
    status: str | None = None
    procurement: str | None = None


class Contract(RecordBase, table=True):
    code: str | None = None
    title: str | None = None
    counterparty: str | None = None
    amount: int | None = None
    signed_on: dt.date | None = None
    started_on: dt.date | None = None
    ended_on: dt.date | None = None
    category: str | None = None
    procurement: str | None = None
    project: str | None = None


class Payment(RecordBase, table=True):
    voucher: str | None = None
    date: dt.date | None = None
    summary: str | None = None
    account: str | None = None
    direction: str | None = None
    amount: int | None = None
    counterparty: str | None = None
    method: str | None = None
    handler: str | None = None
    attachments: int | None = None
    contract: str | None = None
    project: str | None = None


class Asset(RecordBase, table=True):
    code: str | None = None
    name: str | None = None
    category: str | None = None
    amount: int | None = None
    acquired_on: dt.date | None = None
    status: str | None = None
    location: str | None = None
    custodian: str | None = None


class Resource(RecordBase, table=True):
    code: str | None = None
    name: str | None = None
    category: str | None = None
    area: float | None = None
    counterparty: str | None = None
    amount: int | None = None
    started_on: dt.date | None = None
    ended_on: dt.date | None = None
    procurement: str | None = None


class Cadre(RecordBase, table=True):
    name: str | None = None
    position: str | None = None
    phone: str | None = None
    id_no: str | None = None
    relatives: str | None = None


RECORD_MODELS: dict[str, type[RecordBase]] = {
    "project": Project,
    "contract": Contract,
    "payment": Payment,
    "asset": Asset,
    "resource": Resource,
    "cadre": Cadre,
}
KINDS: tuple[str, ...] = tuple(RECORD_MODELS)

# Rules and search group by (village, counterparty) and order by date.
Index("ix_contract_party", Contract.village, Contract.counterparty, Contract.signed_on)
Index("ix_project_party", Project.village, Project.contractor, Project.started_on)
Index("ix_payment_party", Payment.village, Payment.counterparty, Payment.date)


def kind_of(record: RecordBase) -> str:
    return record.__tablename__  # type: ignore[return-value]


# --- import bookkeeping ------------------------------------------------------


class Meta(SQLModel, table=True):
    """Key/value facts about the store itself, e.g. its schema version."""

    key: str = Field(primary_key=True)
    value: str


class Batch(SQLModel, table=True):
    """One imported file: it lands whole or not at all."""

    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    file_path: str
    sha256: str = Field(index=True, unique=True)
    size: int
    imported_at: dt.datetime
    imported_by: str = ""


class ImportSheet(SQLModel, table=True):
    """What one sheet of a batch became: its kind, village, mapping and counts."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id", index=True, ondelete="CASCADE")
    sheet: str
    kind: str | None = None
    village: str = ""
    header_row: int | None = None
    mapping: str = Field(default="{}", sa_type=Text)
    """JSON object: original header text -> canonical field."""
    imported: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0
    note: str = ""
    """Why a sheet was not imported (unrecognised, empty), in Chinese."""


REJECTED, SKIPPED, WARNING = "rejected", "skipped", "warning"


class ImportIssue(SQLModel, table=True):
    """A row that did not become a record (rejected, skipped) or a cell kept raw (warning)."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id", index=True, ondelete="CASCADE")
    level: str
    """rejected: a data row that could not be imported; skipped: a 合计/blank/balance row;
    warning: a cell of an imported row that could not be parsed and was kept raw."""
    file: str
    sheet: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    reason: str
    record_id: str | None = None
    raw: str = Field(default="{}", sa_type=Text)


# --- identity and serialisation ---------------------------------------------


EXPORT_SHEETS = ("问题清单", "证据", "导入异常", "说明")
"""The sheets every findings workbook that ``xuncha export`` writes has (besides one per rule).

Named here, not only in the export: the importer refuses such a workbook, which an
inspector picks up easily with a folder (the export is saved where the tables are).
"""


def remove_batch_advice(batch_id: int) -> str:
    """The advice an import gives when its rows are identical to an earlier batch's.

    Kept here with its replacement (``removed_batch_text``): the store rewrites the
    advice in the stored sheet notes once that batch is removed, so the import
    history does not go on asking to remove a batch that is gone.
    """
    return f"若是，请删除旧批次（xuncha batches --remove {batch_id}），以免重复计数"


def removed_batch_text(batch_id: int) -> str:
    return f"批次 {batch_id} 已删除"


def record_uid(file_sha256: str, sheet: str, row: int) -> str:
    """The record identity: the same file, sheet and row give the same id in any store."""
    digest = hashlib.sha1(f"{file_sha256}\x1f{sheet}\x1f{row}".encode()).hexdigest()
    return digest[:16]


def row_hash(raw: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(raw, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def source_of(record: RecordBase) -> dict[str, Any]:
    return {"file": record.source_file, "sheet": record.source_sheet, "row": record.source_row}


def json_value(spec: FieldSpec, value: Any) -> Any:
    """A canonical field value as DESIGN.md's JSON has it: yuan numbers, ISO dates."""
    if value is None:
        return None
    if spec.type == MONEY:
        return fen_to_yuan(value)
    if spec.type == DATE:
        return value.isoformat()
    return value


def record_dict(record: RecordBase) -> dict[str, Any]:
    """A record as DESIGN.md's JSON: canonical fields plus kind, id, village, source."""
    kind = kind_of(record)
    out: dict[str, Any] = {"kind": kind, "id": record.id, "village": record.village}
    for spec in KIND_FIELDS[kind]:
        out[spec.name] = json_value(spec, getattr(record, spec.name))
    out["source"] = source_of(record)
    return out


def record_title(record: RecordBase) -> str:
    return getattr(record, TITLE_FIELD[kind_of(record)]) or ""


def record_counterparty(record: RecordBase) -> str | None:
    field = COUNTERPARTY_FIELD.get(kind_of(record))
    return getattr(record, field) if field else None


def record_date(record: RecordBase) -> dt.date | None:
    field = DATE_FIELD.get(kind_of(record))
    return getattr(record, field) if field else None


def raw_cells(record: RecordBase) -> dict[str, str]:
    return json.loads(record.raw or "{}")


def iter_fields(kind: str) -> Iterable[str]:
    return (spec.name for spec in KIND_FIELDS[kind])
