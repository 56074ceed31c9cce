"""Provides the findings notebook (问题清单): what the inspectors decided about the clues.

A flag is a clue a rule raised; a finding is the inspector's decision about
it, or a problem entered by hand. Three tables hold the notebook:

- ``finding``: the current state of each finding (title, village, rule,
  severity, amount in fen, status, running notes, who made it and when);
- ``finding_event``: the append-only history — every change is one event
  with who, when, the field, its old and its new value. Events carry a
  globally unique ``uid`` so that notebooks from several laptops can be
  merged without duplicating them (``xuncha.bundle``);
- ``finding_evidence``: the records a finding rests on, by *identity*
  (file sha256, file name, sheet, row, row content hash) plus a snapshot of
  the record's canonical fields and raw cells as they were when it was added.
  Record ids derive from (file sha256, sheet, row), so re-importing the same
  file, here or on another laptop, finds the same records again; when a
  record is gone, ``evidence`` looks for the same file name/sheet/row and
  tells a changed row ("changed") from a vanished one ("missing").

A finding made from a flag keeps the flag's id (unique), and its uid is
derived from the flag id: two laptops that take the same flag into their
notebooks hold the *same* finding, which the bundle merge then reconciles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import Text, UniqueConstraint, text
from sqlmodel import Field, Session, SQLModel, select

from xuncha import config
from xuncha.models import (
    RECORD_MODELS,
    Batch,
    RecordBase,
    kind_of,
    raw_cells,
    record_dict,
)
from xuncha.flags import FlagRow, flag_records, get_flag
from xuncha.money import FEN_PER_WAN, FEN_PER_YUAN, format_yuan
from xuncha.store import Store

STATUSES: dict[str, str] = {
    "open": "待核实",
    "confirmed": "已核实",
    "dismissed": "已排除",
    "referred": "已移交",
}
SEVERITIES: dict[str, str] = {"high": "高", "medium": "中", "low": "低"}
MANUAL = "manual"
MANUAL_LABEL = "手工录入"

EVIDENCE_STATUSES: dict[str, str] = {
    "ok": "正常",
    "changed": "原始行已变更",
    "missing": "原始记录缺失",
}

# Event actions. Only those that change a field's value count as a change when
# two notebooks are merged; "conflict" is a record of a disagreement, not a change.
CREATE, UPDATE, STATUS, NOTE, EVIDENCE, MERGE, CONFLICT = (
    "create", "update", "status", "note", "evidence", "merge", "conflict",
)
CHANGE_ACTIONS = frozenset({CREATE, UPDATE, STATUS, NOTE, MERGE})

EDITABLE_FIELDS = ("title", "detail", "village", "severity", "amount")
"""Fields ``update`` may change; ``status`` and ``notes`` have their own calls."""
MERGED_FIELDS = ("title", "detail", "village", "severity", "amount", "status", "notes")
"""Fields reconciled when two notebooks are merged."""


class FindingError(ValueError):
    """Bad input to the notebook; the message is for the user, in Chinese."""


# --- tables ------------------------------------------------------------------


class Finding(SQLModel, table=True):
    """One line of the 问题清单: the current state of a finding."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True)
    """Globally unique across laptops: derived from the flag id, or a random uuid."""
    title: str
    detail: str = Field(default="", sa_type=Text)
    """The problem description (问题描述) beyond the title; from the flag's detail."""
    village: str = Field(default="", index=True)
    rule: str = Field(default=MANUAL, index=True)
    """The rule id of the flag it came from, or "manual"."""
    flag_id: str | None = Field(default=None, unique=True)
    severity: str = "medium"
    amount: int | None = None
    """Amount involved, in fen."""
    status: str = Field(default="open", index=True)
    notes: str = Field(default="", sa_type=Text)
    """The inspectors' running notes, one stamped line per note."""
    created_by: str = ""
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str = ""

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def severity_label(self) -> str:
        return SEVERITIES.get(self.severity, self.severity)


class FindingEvent(SQLModel, table=True):
    """One entry of a finding's history; rows are only ever added."""

    __tablename__ = "finding_event"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True)
    """Globally unique, so a merge adds each event once however often it is imported."""
    finding_uid: str = Field(index=True)
    at: dt.datetime
    by: str = ""
    action: str
    field: str | None = None
    old: str | None = Field(default=None, sa_type=Text)
    new: str | None = Field(default=None, sa_type=Text)


class FindingEvidence(SQLModel, table=True):
    """A record a finding rests on, by an identity that survives re-imports."""

    __tablename__ = "finding_evidence"
    __table_args__ = (UniqueConstraint("finding_uid", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    finding_uid: str = Field(index=True)
    record_id: str = Field(index=True)
    kind: str = ""
    file_sha256: str = ""
    file_name: str = ""
    sheet: str = ""
    row: int | None = None
    row_hash: str = ""
    snapshot: str = Field(default="{}", sa_type=Text)
    """JSON {"fields": canonical fields as JSON, "raw": original cells} when added."""
    added_at: dt.datetime
    added_by: str = ""


@dataclass
class EvidenceView:
    """A finding's evidence record as it stands in the store now."""

    record_id: str
    kind: str
    file_sha256: str
    file_name: str
    sheet: str
    row: int | None
    row_hash: str
    status: str
    """"ok", "changed" (the row at that file/sheet/row differs) or "missing"."""
    record: RecordBase | None
    """The record in the store: the same id, else the one now at the same file/sheet/row."""
    snapshot: dict[str, Any] = field(default_factory=dict)

    @property
    def status_label(self) -> str:
        return EVIDENCE_STATUSES[self.status]

    @property
    def moved_to(self) -> str:
        """Where the row is now when a corrected copy of the file holds it elsewhere, else ''."""
        record = self.record
        if record is None or (record.source_file, record.source_sheet, record.source_row) == (
                self.file_name, self.sheet, self.row):
            return ""
        return f"{record.source_file} / {record.source_sheet} / 第{record.source_row}行"

    @property
    def source_text(self) -> str:
        """Where the evidence was taken from, and where the same row is now if it moved."""
        row = f"第{self.row}行" if self.row is not None else "行号不明"
        moved = f"（现见 {self.moved_to}）" if self.moved_to else ""
        return f"{self.file_name} / {self.sheet} / {row}{moved}"

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "kind": self.kind,
            "source": {"file": self.file_name, "sheet": self.sheet, "row": self.row},
            "file_sha256": self.file_sha256,
            "row_hash": self.row_hash,
            "status": self.status,
            "record": record_dict(self.record) if self.record is not None else None,
            "snapshot": self.snapshot,
        }


# --- small helpers -----------------------------------------------------------


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def stamp(value: dt.datetime | None) -> str:
    """A time as the inspectors read it: local, to the minute ("2024-05-01 10:30").

    The store keeps times in UTC; a team in Yunnan and one in Zhejiang both read their own clock.
    """
    return f"{value.astimezone():%Y-%m-%d %H:%M}" if value else ""


def new_uid() -> str:
    return uuid.uuid4().hex


def flag_finding_uid(flag_id: str) -> str:
    """The uid of the finding made from a flag: the same on every laptop."""
    return hashlib.sha1(f"xuncha-finding\x1f{flag_id}".encode()).hexdigest()[:32]


def _who(by: str | None) -> str:
    return by if by else config.inspector_name()


def parse_status(text: str) -> str:
    """A status from its id or its Chinese word (待核实, 已核实, 已排除, 已移交)."""
    value = text.strip()
    if value in STATUSES:
        return value
    for key, label in STATUSES.items():
        if value == label:
            return key
    choices = "、".join(f"{k}（{v}）" for k, v in STATUSES.items())
    raise FindingError(f"未知的状态 {text!r}，可选：{choices}")


def parse_severity(text: str) -> str:
    """A severity from its id or its Chinese word (高, 中, 低)."""
    value = text.strip()
    if value in SEVERITIES:
        return value
    for key, label in SEVERITIES.items():
        if value in (label, f"{label}风险"):
            return key
    raise FindingError(f"未知的风险等级 {text!r}，可选：high（高）、medium（中）、low（低）")


def parse_yuan(text: str) -> int:
    """Yuan text ("12500", "12,500.00", "¥12,500", "1.25万") to exact fen."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥").removesuffix("元")
    scale = FEN_PER_YUAN
    if cleaned.endswith("万"):
        cleaned, scale = cleaned[:-1], FEN_PER_WAN
    try:
        fen = Decimal(cleaned) * scale
    except InvalidOperation:
        raise FindingError(f"金额 {text!r} 不是一个数（以元为单位，例如 12500.00）") from None
    if fen != fen.to_integral_value():
        raise FindingError(f"金额 {text!r} 精确到分以下，请最多写两位小数")
    return int(fen)


def history_text(name: str, value: Any) -> str | None:
    """How a field's value is written in the history: amounts as yuan, labels as ids."""
    if value is None:
        return None
    if name == "amount":
        return format_yuan(value, grouping=False)
    return str(value)


def _record_event(session: Session, finding: Finding, *, action: str, by: str,
                  at: dt.datetime | None = None, field_name: str | None = None,
                  old: Any = None, new: Any = None) -> FindingEvent:
    event = FindingEvent(
        uid=new_uid(), finding_uid=finding.uid, at=at or now(), by=by, action=action,
        field=field_name, old=history_text(field_name or "", old), new=history_text(field_name or "", new),
    )
    session.add(event)
    return event


def _require(session: Session, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise FindingError(f"没有编号为 {finding_id} 的问题")
    return finding


def _touch(finding: Finding, by: str, at: dt.datetime) -> None:
    finding.updated_at = at
    finding.updated_by = by


def note_line(text: str, by: str, at: dt.datetime) -> str:
    """One stamped line of the running notes: "[2024-05-01 10:30 张三] text".

    A note is kept on one line: notes from two laptops are merged line by line.
    """
    flat = " ".join(text.split())
    return f"[{at:%Y-%m-%d %H:%M} {by}] {flat}"


def _append_note(finding: Finding, line: str) -> None:
    finding.notes = f"{finding.notes}\n{line}" if finding.notes else line


def creation_snapshot(finding: Finding) -> str:
    """The fields a finding was created with, as the "new" value of its create event."""
    values = {name: getattr(finding, name) for name in MERGED_FIELDS}
    values["rule"] = finding.rule
    values["flag_id"] = finding.flag_id
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


# --- evidence identities -------------------------------------------------------


def _batch_shas(session: Session, batch_ids: Iterable[int]) -> dict[int, str]:
    wanted = list(set(batch_ids))
    if not wanted:
        return {}
    rows = session.exec(select(Batch.id, Batch.sha256).where(Batch.id.in_(wanted)))  # type: ignore[union-attr]
    return {batch_id: sha for batch_id, sha in rows}


def _evidence_row(finding_uid: str, record: RecordBase, sha: str, by: str,
                  at: dt.datetime) -> FindingEvidence:
    snapshot = {"fields": record_dict(record), "raw": raw_cells(record)}
    return FindingEvidence(
        finding_uid=finding_uid, record_id=record.id, kind=kind_of(record), file_sha256=sha,
        file_name=record.source_file, sheet=record.source_sheet, row=record.source_row,
        row_hash=record.row_hash, snapshot=json.dumps(snapshot, ensure_ascii=False, default=str),
        added_at=at, added_by=by,
    )


def _add_evidence_rows(store: Store, session: Session, finding: Finding, record_ids: Sequence[str],
                       by: str, at: dt.datetime, *, fallback: dict[str, dict[str, Any]] | None = None,
                       strict: bool = True) -> list[str]:
    """Attach records to a finding; returns the ids newly attached.

    ``fallback`` gives the identity a flag carried for records no longer in the
    store (a stale flag), so the evidence still says where it came from.
    """
    existing = set(session.exec(
        select(FindingEvidence.record_id).where(FindingEvidence.finding_uid == finding.uid)
    ))
    wanted = [rid for rid in dict.fromkeys(record_ids) if rid not in existing]
    records = store.get_records(wanted)
    unknown = [rid for rid in wanted if rid not in records and rid not in (fallback or {})]
    if unknown and strict:
        raise FindingError(f"没有编号为 {unknown[0]} 的记录（可用 xuncha records 查看记录编号）")
    shas = _batch_shas(session, (r.batch_id for r in records.values()))
    added: list[str] = []
    for rid in wanted:
        record = records.get(rid)
        if record is not None:
            session.add(_evidence_row(finding.uid, record, shas.get(record.batch_id, ""), by, at))
        elif fallback and rid in fallback:
            ref = fallback[rid]
            source = ref.get("source") or {}
            session.add(FindingEvidence(
                finding_uid=finding.uid, record_id=rid, kind=ref.get("kind", ""),
                file_name=source.get("file", ""), sheet=source.get("sheet", ""), row=source.get("row"),
                row_hash=ref.get("row_hash") or "",
                snapshot=json.dumps({"fields": ref, "raw": {}}, ensure_ascii=False), added_at=at, added_by=by,
            ))
        else:
            continue
        added.append(rid)
    return added


def _resolve(session: Session, row: FindingEvidence, found: RecordBase | None) -> EvidenceView:
    """The evidence's status now: the same record, the same place changed, or gone."""
    status, record = "ok", found
    if found is not None and row.row_hash and found.row_hash != row.row_hash:
        status = "changed"
    if found is None:
        record, status = _same_place(session, row), "missing"
        if record is not None:
            status = "ok" if row.row_hash and record.row_hash == row.row_hash else "changed"
    return EvidenceView(
        record_id=row.record_id, kind=row.kind, file_sha256=row.file_sha256, file_name=row.file_name,
        sheet=row.sheet, row=row.row, row_hash=row.row_hash, status=status, record=record,
        snapshot=json.loads(row.snapshot or "{}"),
    )


def _same_place(session: Session, row: FindingEvidence) -> RecordBase | None:
    """A current record at the evidence's file name, sheet and row (a new version of the file)."""
    models = [RECORD_MODELS[row.kind]] if row.kind in RECORD_MODELS else list(RECORD_MODELS.values())
    candidates: list[RecordBase] = []
    for model in models:
        candidates.extend(session.exec(
            select(model).where(model.source_file == row.file_name, model.source_sheet == row.sheet,
                                model.source_row == row.row)
        ))
    if not candidates:
        return None
    # Prefer the version whose content still matches; else the latest import.
    same = [c for c in candidates if c.row_hash == row.row_hash]
    return same[0] if same else max(candidates, key=lambda c: c.batch_id)


# --- the notebook API ----------------------------------------------------------


def _get_flag(store: Store, flag_id: str) -> FlagRow:
    flag = get_flag(store, flag_id)
    if flag is None:
        raise FindingError(f"没有编号为 {flag_id} 的疑点（请先运行 xuncha scan）")
    return flag


def _by_flag(session: Session, flag_id: str) -> Finding | None:
    return session.exec(select(Finding).where(Finding.flag_id == flag_id)).first()


def _create_from_flag(store: Store, session: Session, flag: FlagRow, by: str, *, status: str = "open",
                      notes: str = "") -> Finding:
    at = now()
    finding = Finding(
        uid=flag_finding_uid(flag.id), title=flag.title or "", detail=flag.detail or "",
        village=flag.village or "", rule=flag.rule, flag_id=flag.id, severity=flag.severity or "medium",
        amount=flag.amount, status=status, notes=notes, created_by=by, created_at=at,
        updated_at=at, updated_by=by,
    )
    session.add(finding)
    # The create event states the initial values, so the history alone tells the whole story.
    _record_event(session, finding, action=CREATE, by=by, at=at).new = creation_snapshot(finding)
    refs = list(flag.records or [])
    _add_evidence_rows(store, session, finding, [r["id"] for r in refs], by, at,
                       fallback={r["id"]: r for r in refs}, strict=False)
    return finding


def add_from_flag(store: Store, flag_id: str, *, by: str | None = None) -> Finding:
    """Take a flag into the notebook; the same flag never makes two findings."""
    with store.writing() as session:
        existing = _by_flag(session, flag_id)
        if existing is not None:
            return existing
        flag = _get_flag(store, flag_id)
        finding = _create_from_flag(store, session, flag, _who(by))
        session.commit()
        session.refresh(finding)
        return finding


def dismiss_flag(store: Store, flag_id: str, reason: str, *, by: str | None = None) -> Finding:
    """Record that a flag was looked at and dismissed; later scans leave it dismissed."""
    who = _who(by)
    if not reason.strip():
        raise FindingError("排除疑点需要写明理由")
    with store.writing() as session:
        existing = _by_flag(session, flag_id)
        if existing is None:
            at = now()
            flag = _get_flag(store, flag_id)
            finding = _create_from_flag(store, session, flag, who, status="dismissed",
                                        notes=note_line(f"排除理由：{reason}", who, at))
            session.commit()
            session.refresh(finding)
            return finding
        if existing.status == "dismissed" and reason.strip() in existing.notes:
            return existing  # dismissing twice for the same reason records nothing new
        finding_id = existing.id
    return set_status(store, finding_id, "dismissed", note=f"排除理由：{reason}", by=who)  # type: ignore[arg-type]


def add_manual(store: Store, *, title: str, village: str, severity: str = "medium",
               amount_fen: int | None = None, evidence: Sequence[str] = (), notes: str = "",
               detail: str = "", by: str | None = None) -> Finding:
    """A finding entered by hand, with evidence records by id."""
    who, at = _who(by), now()
    if not title.strip():
        raise FindingError("问题标题不能为空")
    severity = parse_severity(severity)
    with store.writing() as session:
        finding = Finding(
            uid=new_uid(), title=title.strip(), detail=detail.strip(), village=village.strip(),
            rule=MANUAL, severity=severity, amount=amount_fen, status="open",
            notes=note_line(notes, who, at) if notes.strip() else "",
            created_by=who, created_at=at, updated_at=at, updated_by=who,
        )
        session.add(finding)
        _record_event(session, finding, action=CREATE, by=who, at=at).new = creation_snapshot(finding)
        _add_evidence_rows(store, session, finding, list(evidence), who, at)
        session.commit()
        session.refresh(finding)
        return finding


def set_status(store: Store, finding_id: int, status: str, *, note: str | None = None,
               by: str | None = None) -> Finding:
    """Change a finding's status (and optionally say why, as a note)."""
    who, at, status = _who(by), now(), parse_status(status)
    with store.writing() as session:
        finding = _require(session, finding_id)
        if finding.status != status:
            _record_event(session, finding, action=STATUS, by=who, at=at, field_name="status",
                          old=finding.status, new=status)
            finding.status = status
            _touch(finding, who, at)
        if note and note.strip():
            _note(session, finding, note, who, at)
        session.add(finding)
        session.commit()
        session.refresh(finding)
        return finding


def _note(session: Session, finding: Finding, text: str, who: str, at: dt.datetime) -> None:
    line = note_line(text, who, at)
    _record_event(session, finding, action=NOTE, by=who, at=at, field_name="notes", new=line)
    _append_note(finding, line)
    _touch(finding, who, at)


def add_note(store: Store, finding_id: int, text: str, *, by: str | None = None) -> Finding:
    """Append a stamped line to a finding's running notes."""
    if not text.strip():
        raise FindingError("备注内容不能为空")
    who, at = _who(by), now()
    with store.writing() as session:
        finding = _require(session, finding_id)
        _note(session, finding, text, who, at)
        session.add(finding)
        session.commit()
        session.refresh(finding)
        return finding


def update(store: Store, finding_id: int, *, title: str | None = None, severity: str | None = None,
           amount_fen: int | None = None, village: str | None = None, detail: str | None = None,
           clear_amount: bool = False, by: str | None = None) -> Finding:
    """Change a finding's descriptive fields; every changed field is one history event.

    A field left as None is not changed; ``clear_amount=True`` removes the amount.
    """
    who, at = _who(by), now()
    changes: dict[str, Any] = {}
    if title is not None:
        if not title.strip():
            raise FindingError("问题标题不能为空")
        changes["title"] = title.strip()
    if severity is not None:
        changes["severity"] = parse_severity(severity)
    if amount_fen is not None or clear_amount:
        changes["amount"] = amount_fen
    if village is not None:
        changes["village"] = village.strip()
    if detail is not None:
        changes["detail"] = detail.strip()
    with store.writing() as session:
        finding = _require(session, finding_id)
        for name, value in changes.items():
            old = getattr(finding, name)
            if old == value:
                continue
            _record_event(session, finding, action=UPDATE, by=who, at=at, field_name=name, old=old, new=value)
            setattr(finding, name, value)
            _touch(finding, who, at)
        session.add(finding)
        session.commit()
        session.refresh(finding)
        return finding


def add_evidence(store: Store, finding_id: int, record_ids: Sequence[str], *,
                 by: str | None = None) -> Finding:
    """Attach more records to a finding (each once)."""
    who, at = _who(by), now()
    with store.writing() as session:
        finding = _require(session, finding_id)
        for rid in _add_evidence_rows(store, session, finding, record_ids, who, at):
            _record_event(session, finding, action=EVIDENCE, by=who, at=at, field_name="evidence", new=rid)
            _touch(finding, who, at)
        session.add(finding)
        session.commit()
        session.refresh(finding)
        return finding


def list_findings(store: Store, *, status: str | None = None, village: str | None = None,
                  rule: str | None = None) -> list[Finding]:
    with store.session() as session:
        query = select(Finding).order_by(Finding.id)
        if status:
            query = query.where(Finding.status == parse_status(status))
        if village:
            query = query.where(Finding.village == village)
        if rule:
            query = query.where(Finding.rule == rule)
        return list(session.exec(query))


def get_finding(store: Store, finding_id: int) -> Finding | None:
    with store.session() as session:
        return session.get(Finding, finding_id)


def get_by_uid(store: Store, uid: str) -> Finding | None:
    with store.session() as session:
        return session.exec(select(Finding).where(Finding.uid == uid)).first()


def history(store: Store, finding_id: int) -> list[FindingEvent]:
    """Who changed what and when, oldest first."""
    with store.session() as session:
        finding = _require(session, finding_id)
        return events_of(session, finding.uid)


def events_of(session: Session, finding_uid: str) -> list[FindingEvent]:
    query = select(FindingEvent).where(FindingEvent.finding_uid == finding_uid)
    return list(session.exec(query.order_by(FindingEvent.at, FindingEvent.id)))  # type: ignore[arg-type]


def evidence(store: Store, finding_id: int) -> list[EvidenceView]:
    """The finding's evidence as it stands now (ok, changed or missing)."""
    with store.session() as session:
        finding = _require(session, finding_id)
        return _evidence_views(store, session, [finding.uid])[finding.uid]


def evidence_by_finding(store: Store, findings: Sequence[Finding]) -> dict[str, list[EvidenceView]]:
    """Evidence of many findings at once, keyed by finding uid (the export uses it)."""
    with store.session() as session:
        return _evidence_views(store, session, [f.uid for f in findings])


def _evidence_views(store: Store, session: Session, uids: Sequence[str]) -> dict[str, list[EvidenceView]]:
    out: dict[str, list[EvidenceView]] = {uid: [] for uid in uids}
    rows = _evidence_rows(session, uids)
    records = store.get_records([r.record_id for r in rows])
    records.update(_moved_records(store, session, [r for r in rows if r.record_id not in records]))
    for row in rows:
        out[row.finding_uid].append(_resolve(session, row, records.get(row.record_id)))
    return out


def _evidence_rows(session: Session, uids: Sequence[str]) -> list[FindingEvidence]:
    """The evidence rows of these findings, in the order they were added."""
    rows: list[FindingEvidence] = []
    for start in range(0, len(uids), 500):
        chunk = list(uids[start:start + 500])
        query = select(FindingEvidence).where(FindingEvidence.finding_uid.in_(chunk))  # type: ignore[attr-defined]
        rows.extend(session.exec(query.order_by(FindingEvidence.id)))
    return rows


def _moved_records(store: Store, session: Session, gone: Sequence[FindingEvidence]) -> dict[str, RecordBase]:
    """Evidence record id -> the current record with the same raw cells, found among the flags' rows.

    After a corrected copy of a file replaced the old one, the evidence rows are
    in the store again under new ids, often in a file with another name. The
    active flags carry every row they rest on with its row hash, which finds
    the row without scanning the record tables. The answer depends only on the
    row, never on which findings are being shown. A row that no flag rests on
    (evidence attached by hand) is looked for by its old place only.
    """
    wanted = {(row.kind, row.row_hash) for row in gone if row.row_hash}
    if not wanted:
        return {}
    candidates: dict[tuple[str, str], list[str]] = {}
    for flag in session.exec(select(FlagRow).where(FlagRow.active.is_(True))):  # type: ignore[union-attr]
        for ref in flag_records(flag):
            key = (ref.get("kind", ""), ref.get("row_hash") or "")
            if key in wanted:
                candidates.setdefault(key, []).append(ref["id"])
    # Flags not scanned since the removal still name the removed rows: only rows in the store count.
    found = store.get_records(sorted({rid for ids in candidates.values() for rid in ids}))
    now_at = {key: next((found[rid] for rid in ids if rid in found), None) for key, ids in candidates.items()}
    moved = {row.record_id: now_at.get((row.kind, row.row_hash)) for row in gone}
    return {record_id: record for record_id, record in moved.items() if record is not None}


def evidence_summary(views: Sequence[EvidenceView]) -> dict[str, int]:
    counts = {"total": len(views), "ok": 0, "changed": 0, "missing": 0}
    for view in views:
        counts[view.status] += 1
    return counts


# --- clues that a corrected file renamed ----------------------------------------

REIMPORT_BY = "xuncha（重新导入后自动关联）"
"""Who the history names for a finding that followed its clue to a new flag id."""


@dataclass(frozen=True)
class Relink:
    """A finding moved from a retired flag to the same clue's new flag."""

    finding_id: int
    old_flag_id: str
    new_flag_id: str


def follow_reimported_flags(store: Store) -> list[Relink]:
    """Move findings from flags that a re-import retired to the same clue under its new id.

    A flag's id hashes its evidence record ids, and a record id hashes the
    file's content. When the inspector removes a ledger and imports a
    corrected copy, the clue on its unchanged rows comes back under a new id
    while the finding still points to the old, now inactive, flag: the flags
    page would show the clue as not yet taken (or no longer dismissed), and
    taking it again would put the same problem in the notebook twice.

    The same clue is the same rule over rows with the same raw cells (the
    rows' ``row_hash``). A finding follows only when *every* row of its old
    flag is unchanged and the new flag is in no finding yet; a changed row
    makes a clue the inspector should look at again, so that finding stays
    where it is (its evidence says 原始行已变更). Identical rows are paired in
    the order of their place in the sheet. Each move is one history event.
    """
    with store.writing() as session:
        retired = _findings_on_retired_flags(session)
        if not retired:
            return []
        rules = {flag.rule for _, flag in retired}
        free = _untaken_active_flags(session, rules)
        hashes = _evidence_hashes(session, [finding.uid for finding, _ in retired])
        moves = _pair_by_content(retired, free, hashes)
        for finding, old, new in moves:
            _record_event(session, finding, action=UPDATE, by=REIMPORT_BY, field_name="flag_id",
                          old=old.id, new=new.id)
            finding.flag_id = new.id
            session.add(finding)
        session.commit()
        return [Relink(finding.id or 0, old.id, new.id) for finding, old, new in moves]


def _finding_numbers(finding_ids: Sequence[int]) -> str:
    """'1、3、7', or the first ten and 等."""
    return "、".join(str(n) for n in finding_ids[:10]) + ("等" if len(finding_ids) > 10 else "")


def findings_on_batch(store: Store, batch_id: int) -> list[int]:
    """The numbers of the findings with evidence from this import batch (by the file's sha256)."""
    with store.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT DISTINCT finding.id FROM finding JOIN finding_evidence AS evidence "
            "ON evidence.finding_uid = finding.uid JOIN batch ON batch.sha256 = evidence.file_sha256 "
            "WHERE batch.id = :batch ORDER BY finding.id"), {"batch": batch_id})
        return [row[0] for row in rows]


def batch_evidence_text(finding_ids: Sequence[int]) -> str:
    """What removing a batch does to the findings resting on it ('' when none)."""
    if not finding_ids:
        return ""
    return (f"问题 {_finding_numbers(finding_ids)} 的证据来自这个批次，删除后显示为“原始记录缺失”"
            "（证据快照保留；同样的行重新导入后会自动对上）")


def relinked_text(moves: Sequence[Relink]) -> str:
    """What to tell the inspector about findings that followed their clue (CLI and workbench)."""
    numbers = _finding_numbers([move.finding_id for move in moves])
    return (f"问题 {numbers} 的疑点因文件重新导入而换了编号（原始行未变），已自动关联到新的疑点，"
            f"处理状态不变")


def stranded_text(finding_ids: Sequence[int]) -> str:
    """What to tell about findings whose clue is not among the current flags (CLI and workbench)."""
    return (f"问题 {_finding_numbers(finding_ids)} 的疑点已不在新的筛查结果中（证据行在新文件中有改动，或随批次删除），没有自动关联；"
            "问题和备注仍在问题清单中，请到「疑点」页重新核看相应的新疑点")


def stranded_findings(store: Store, retired: set[str] | None = None) -> list[int]:
    """Findings taken from (or dismissed on) a flag the latest scan no longer raised.

    What ``follow_reimported_flags`` could not move: a corrected file changed one of
    the rows, or the rows went with a removed batch. A corrected copy imported
    beside the old one can already retire a flag (化整为零 and 卡线 group both
    versions), so this is asked after every scan, not only after a removal.
    ``retired`` keeps only those on the given flags (the ones this scan retired),
    so a clue that went away long ago is not announced at every scan.
    """
    with store.session() as session:
        return sorted(finding.id or 0 for finding, flag in _findings_on_retired_flags(session)
                      if retired is None or flag.id in retired)


def _findings_on_retired_flags(session: Session) -> list[tuple[Finding, FlagRow]]:
    query = select(Finding, FlagRow).join(FlagRow, FlagRow.id == Finding.flag_id).where(
        FlagRow.active.is_(False))  # type: ignore[union-attr,attr-defined]
    return [(finding, flag) for finding, flag in session.exec(query)]


def _untaken_active_flags(session: Session, rules: set[str]) -> list[FlagRow]:
    taken = select(Finding.flag_id).where(Finding.flag_id.is_not(None))  # type: ignore[union-attr]
    query = select(FlagRow).where(FlagRow.active.is_(True), FlagRow.rule.in_(sorted(rules)),  # type: ignore
                                  FlagRow.id.not_in(taken))  # type: ignore[attr-defined]
    return list(session.exec(query))


def _evidence_hashes(session: Session, finding_uids: Sequence[str]) -> dict[tuple[str, str], str]:
    """(finding uid, record id) -> row hash, for flags saved before flags carried row hashes."""
    return {(row.finding_uid, row.record_id): row.row_hash
            for row in _evidence_rows(session, finding_uids) if row.row_hash}


ContentKey = tuple[str, tuple[tuple[str, str], ...]]


def _content_key(rule: str, refs: Iterable[dict[str, Any]],
                 hash_of: Callable[[str], str | None] | None = None) -> ContentKey | None:
    """(rule, sorted (kind, row hash) of its rows), or None when a row's hash is unknown."""
    pairs = []
    for ref in refs:
        row_hash = ref.get("row_hash") or (hash_of(ref["id"]) if hash_of else None)
        if not row_hash:
            return None
        pairs.append((ref.get("kind", ""), row_hash))
    return (rule, tuple(sorted(pairs))) if pairs else None


def _place(flag: FlagRow) -> list[tuple[str, int]]:
    """Where the flag's rows sit (sheet, row): pairs identical rows in their order."""
    places = []
    for ref in flag_records(flag):
        source = ref.get("source") or {}
        places.append((str(source.get("sheet") or ""), int(source.get("row") or 0)))
    return sorted(places)


def _pair_by_content(retired: list[tuple[Finding, FlagRow]], free: list[FlagRow],
                     hashes: dict[tuple[str, str], str]) -> list[tuple[Finding, FlagRow, FlagRow]]:
    waiting: dict[ContentKey, list[FlagRow]] = {}
    for flag in sorted(free, key=_place):
        key = _content_key(flag.rule, flag_records(flag))
        if key is not None:
            waiting.setdefault(key, []).append(flag)
    moves = []
    for finding, old in sorted(retired, key=lambda pair: _place(pair[1])):
        key = _content_key(old.rule, flag_records(old), lambda rid, uid=finding.uid: hashes.get((uid, rid)))
        candidates = waiting.get(key) if key is not None else None
        if candidates:
            moves.append((finding, old, candidates.pop(0)))
    return moves


def flag_status_map(store: Store) -> dict[str, Finding]:
    """Flag id -> the finding made from it (for the flags screen and the export)."""
    with store.session() as session:
        query = select(Finding).where(Finding.flag_id.is_not(None))  # type: ignore[union-attr]
        return {f.flag_id: f for f in session.exec(query) if f.flag_id}


# --- JSON ----------------------------------------------------------------------


def finding_json(f: Finding, *, evidence: Sequence[EvidenceView] | None = None,
                 history: Sequence[FindingEvent] | None = None) -> dict[str, Any]:
    """A finding as the CLI's JSON: money in yuan, status with its Chinese label."""
    from xuncha.money import fen_to_yuan

    out: dict[str, Any] = {
        "id": f.id, "uid": f.uid, "title": f.title, "detail": f.detail, "village": f.village,
        "rule": f.rule, "flag_id": f.flag_id, "severity": f.severity, "amount": fen_to_yuan(f.amount),
        "status": f.status, "status_label": f.status_label, "notes": f.notes,
        "created_by": f.created_by, "created_at": f.created_at.isoformat(),
        "updated_by": f.updated_by, "updated_at": f.updated_at.isoformat(),
    }
    if evidence is not None:
        out["evidence_summary"] = evidence_summary(evidence)
        out["evidence"] = [view.to_json() for view in evidence]
    if history is not None:
        out["history"] = [event_json(e) for e in history]
    return out


def event_json(e: FindingEvent) -> dict[str, Any]:
    return {"uid": e.uid, "at": e.at.isoformat(), "by": e.by, "action": e.action,
            "field": e.field, "old": e.old, "new": e.new}


ACTION_LABELS = {
    CREATE: "创建", UPDATE: "修改", STATUS: "状态", NOTE: "备注", EVIDENCE: "证据",
    MERGE: "合并", CONFLICT: "冲突",
}
FIELD_LABELS = {
    "title": "标题", "detail": "问题描述", "village": "村(社区)", "severity": "风险等级",
    "amount": "涉及金额(元)", "status": "状态", "notes": "备注", "evidence": "证据",
    "flag_id": "关联疑点",
}


def event_text(e: FindingEvent) -> str:
    """One history line in Chinese, e.g. "状态：待核实 → 已核实"."""
    action = ACTION_LABELS.get(e.action, e.action)
    if e.action == CREATE:
        return "创建问题"
    label = FIELD_LABELS.get(e.field or "", e.field or "")
    if e.field == "status":
        old, new = STATUSES.get(e.old or "", e.old), STATUSES.get(e.new or "", e.new)
    elif e.field == "severity":
        old, new = SEVERITIES.get(e.old or "", e.old), SEVERITIES.get(e.new or "", e.new)
    else:
        old, new = e.old, e.new
    if e.action in (NOTE, EVIDENCE, MERGE):
        return f"{action}{label if e.action == MERGE else ''}：{new}"
    if e.action == CONFLICT:
        return f"冲突（{label}）：保留本机 {old or '空'}，另一台电脑为 {new or '空'}"
    if e.action == STATUS:
        return f"状态：{old or '空'} → {new or '空'}"
    return f"{action}{label}：{old or '空'} → {new or '空'}"


__all__ = [
    "STATUSES", "SEVERITIES", "EVIDENCE_STATUSES", "MANUAL", "MANUAL_LABEL",
    "Finding", "FindingEvent", "FindingEvidence", "EvidenceView", "FindingError",
    "add_from_flag", "dismiss_flag", "add_manual", "set_status", "add_note", "update", "add_evidence",
    "list_findings", "get_finding", "get_by_uid", "history", "evidence", "evidence_by_finding",
    "evidence_summary", "flag_status_map", "finding_json", "event_json", "event_text",
    "parse_status", "parse_severity", "parse_yuan", "flag_finding_uid", "stamp",
]
