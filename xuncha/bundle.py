"""Provides the findings bundle: moving notebooks between the team's laptops and merging them.

A bundle is one JSON document::

    {"format": "xuncha-findings", "version": 1, "exported_by": ..., "exported_at": ...,
     "findings": [{"uid", "fields": {...}, "history": [events], "evidence": [identities]}]}

Field values are as the ``finding`` table holds them (amounts in fen, ISO
timestamps). It carries the findings, their whole histories and the *identities* of their
evidence (file sha256, file name, sheet, row, row hash, snapshot). Records do
not travel: every laptop imports the same files, and record ids derive from
the file's content hash, so the identities resolve on the other side too.

Merging (``import_bundle``) is keyed by uid and idempotent:

- a finding not known here is added, with its history and evidence;
- histories are unioned by event uid, so importing a bundle twice adds nothing;
- for each field, the events since the two notebooks diverged decide: if only
  the other laptop changed it, its value is taken; if only this one did, ours
  stays; if both did and the values differ, ours stays, the disagreement is
  written into the history as a "conflict" event and reported — one side is
  never silently dropped. The disagreement is reported on every exchange until
  someone sets the field again; that change then travels like any other.
  Running notes only ever grow, so when both laptops added notes the lines are
  unioned instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from xuncha import config
from xuncha.files import check_output_path, write_private
from xuncha.findings import (
    CHANGE_ACTIONS,
    CONFLICT,
    CREATE,
    MERGE,
    MERGED_FIELDS,
    STATUSES,
    Finding,
    FindingEvent,
    FindingEvidence,
    event_json,
    events_of,
    history_text,
    now,
)
from xuncha.store import Store

FORMAT = "xuncha-findings"
VERSION = 1
FIELD_NAMES = ("title", "detail", "village", "rule", "flag_id", "severity", "amount", "status",
               "notes", "created_by", "created_at", "updated_by", "updated_at")
EVENT_KEYS = ("uid", "at", "by", "action", "field", "old", "new")
EVIDENCE_KEYS = ("record_id", "kind", "file_sha256", "file_name", "sheet", "row", "row_hash",
                 "snapshot", "added_at", "added_by")


class BundleError(ValueError):
    """A bundle that cannot be read; the message is for the user, in Chinese."""


@dataclass
class Conflict:
    """One field the two laptops changed differently; the local value was kept."""

    finding_id: int
    finding_uid: str
    title: str
    field: str
    local: str | None
    remote: str | None

    def to_json(self) -> dict[str, Any]:
        return {"finding": self.finding_id, "uid": self.finding_uid, "title": self.title,
                "field": self.field, "local": self.local, "remote": self.remote}


@dataclass
class MergeReport:
    """What an import did: findings added, merged (something changed), unchanged, and conflicts."""

    new: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    events_added: int = 0
    evidence_added: int = 0
    exported_by: str = ""
    exported_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "exported_by": self.exported_by, "exported_at": self.exported_at,
            "new": self.new, "merged": self.merged, "unchanged": self.unchanged,
            "conflicts": [c.to_json() for c in self.conflicts],
            "events_added": self.events_added, "evidence_added": self.evidence_added,
        }

    def summary(self) -> str:
        text = (f"新增 {len(self.new)} 条，合并 {len(self.merged)} 条，未变 {len(self.unchanged)} 条，"
                f"冲突 {len(self.conflicts)} 处")
        return text


# --- export --------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def finding_document(session: Session, finding: Finding) -> dict[str, Any]:
    fields = {name: getattr(finding, name) for name in FIELD_NAMES}
    for name in ("created_at", "updated_at"):
        fields[name] = _iso(fields[name])
    history = [{key: getattr(e, key) for key in EVENT_KEYS} | {"at": _iso(e.at)}
               for e in events_of(session, finding.uid)]
    rows = session.exec(select(FindingEvidence).where(FindingEvidence.finding_uid == finding.uid)
                        .order_by(FindingEvidence.id))  # type: ignore[arg-type]
    evidence = []
    for row in rows:
        item = {key: getattr(row, key) for key in EVIDENCE_KEYS}
        item["snapshot"] = json.loads(row.snapshot or "{}")
        item["added_at"] = _iso(row.added_at)
        evidence.append(item)
    return {"uid": finding.uid, "fields": fields, "history": history, "evidence": evidence}


def bundle_document(store: Store, *, by: str | None = None) -> dict[str, Any]:
    with store.session() as session:
        items = list(session.exec(select(Finding).order_by(Finding.id)))  # type: ignore[arg-type]
        documents = [finding_document(session, f) for f in items]
    return {"format": FORMAT, "version": VERSION, "exported_by": by or config.inspector_name(),
            "exported_at": _iso(now()), "findings": documents}


def export_bundle(store: Store, path: str | os.PathLike[str], *, by: str | None = None,
                  overwrite: bool = True) -> Path:
    """Write the whole notebook as a bundle, readable by its owner only; returns the path.

    The store's own file is refused, and so is an existing file unless ``overwrite``.
    """
    check_output_path(path, store_path=store.path, overwrite=overwrite)
    text = json.dumps(bundle_document(store, by=by), ensure_ascii=False, indent=1)
    return write_private(path, lambda handle: handle.write(text.encode("utf-8")), prefix=".xuncha-bundle-",
                         store_path=store.path, overwrite=overwrite)


# --- import --------------------------------------------------------------------


def read_bundle(path: str | os.PathLike[str]) -> dict[str, Any]:
    source = Path(path).expanduser()
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BundleError(f"{source}：文件不存在") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BundleError(f"{source}：不是问题清单交换文件（{error}）") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(f"{source}：不是问题清单交换文件（缺少 format = {FORMAT}）")
    if document.get("version") != VERSION:
        raise BundleError(f"{source}：交换文件版本为 {document.get('version')}，本程序只能读取版本 {VERSION}")
    if not isinstance(document.get("findings"), list):
        raise BundleError(f"{source}：交换文件缺少 findings 列表")
    for index, item in enumerate(document["findings"], start=1):
        problem = _entry_problem(item)
        if problem:
            raise BundleError(f"{source}：第 {index} 条问题{problem}，交换文件可能已损坏，未合并任何内容")
    return document


def _entry_problem(item: Any) -> str | None:
    """What is wrong with one bundle entry, or None: checked before anything is merged."""
    if not isinstance(item, dict) or not isinstance(item.get("uid"), str) or not item["uid"]:
        return "缺少 uid"
    fields = item.get("fields")
    if not isinstance(fields, dict) or not isinstance(fields.get("title"), str):
        return "缺少标题"
    if fields.get("status") not in STATUSES:
        return f"的状态 {fields.get('status')!r} 无法识别"
    if fields.get("amount") is not None and not isinstance(fields["amount"], int):
        return "的金额不是整数（分）"
    history, evidence = item.get("history"), item.get("evidence")
    if not isinstance(history, list) or not all(
            isinstance(e, dict) and isinstance(e.get("uid"), str) and isinstance(e.get("action"), str)
            for e in history):
        return "的历史记录格式有误"
    if not isinstance(evidence, list) or not all(
            isinstance(e, dict) and isinstance(e.get("record_id"), str) for e in evidence):
        return "的证据格式有误"
    return None


def _datetime(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if value else now()


def _add_events(session: Session, finding_uid: str, events: list[dict[str, Any]], known: set[str]) -> int:
    added = 0
    for item in events:
        if item["uid"] in known:
            continue
        session.add(FindingEvent(
            uid=item["uid"], finding_uid=finding_uid, at=_datetime(item.get("at")), by=item.get("by") or "",
            action=item["action"], field=item.get("field"), old=item.get("old"), new=item.get("new"),
        ))
        known.add(item["uid"])
        added += 1
    return added


def _add_evidence(session: Session, finding_uid: str, rows: list[dict[str, Any]]) -> int:
    known = set(session.exec(select(FindingEvidence.record_id)
                             .where(FindingEvidence.finding_uid == finding_uid)))
    added = 0
    for item in rows:
        if item["record_id"] in known:
            continue
        values = {key: item.get(key) for key in EVIDENCE_KEYS}
        values["snapshot"] = json.dumps(item.get("snapshot") or {}, ensure_ascii=False)
        values["added_at"] = _datetime(item.get("added_at"))
        for key in ("kind", "file_sha256", "file_name", "sheet", "row_hash", "added_by"):
            values[key] = values[key] or ""
        session.add(FindingEvidence(finding_uid=finding_uid, **values))
        known.add(item["record_id"])
        added += 1
    return added


def _new_finding(session: Session, document: dict[str, Any]) -> Finding:
    fields = dict(document["fields"])
    fields["created_at"] = _datetime(fields.get("created_at"))
    fields["updated_at"] = _datetime(fields.get("updated_at"))
    finding = Finding(uid=document["uid"], **{k: fields.get(k) for k in FIELD_NAMES if k in fields})
    finding.detail = finding.detail or ""
    finding.notes = finding.notes or ""
    session.add(finding)
    return finding


def _changed(events: list[dict[str, Any]], name: str, uids: set[str]) -> list[str]:
    """Uids of the events among ``uids`` that changed field ``name`` (a create sets them all)."""
    return [e["uid"] for e in events
            if e["uid"] in uids and e["action"] in CHANGE_ACTIONS
            and (e["action"] == CREATE or e.get("field") == name)]


def _union_lines(local: str, remote: str) -> str:
    lines = local.split("\n") if local else []
    seen = set(lines)
    lines += [line for line in (remote.split("\n") if remote else []) if line not in seen]
    return "\n".join(lines)


def _merge_event_uid(finding_uid: str, name: str, uids: list[str]) -> str:
    """Deterministic: the same disagreement, seen from either laptop, is one event."""
    key = "\x1f".join([finding_uid, name, *sorted(uids)])
    return hashlib.sha1(key.encode()).hexdigest()[:32]


def _merge_fields(session: Session, local: Finding, document: dict[str, Any], local_events: list[FindingEvent],
                  report: MergeReport, who: str) -> bool:
    """Reconcile the current fields of a finding both notebooks hold; True if ours changed."""
    remote_fields = document["fields"]
    remote_events = document["history"]
    mine_events = [event_json(e) for e in local_events]
    local_uids = {e.uid for e in local_events}
    remote_uids = {e["uid"] for e in remote_events}
    only_local, only_remote = local_uids - remote_uids, remote_uids - local_uids
    changed = False
    at = now()
    for name in MERGED_FIELDS:
        mine, theirs = getattr(local, name), remote_fields.get(name)
        if mine == theirs:
            continue
        ours = _changed(mine_events, name, only_local)
        others = _changed(remote_events, name, only_remote)
        if others and not ours:
            setattr(local, name, theirs)  # only the other laptop changed it: take theirs
            changed = True
        elif ours and not others:
            continue  # only we changed it: ours is newer
        elif name == "notes":
            local.notes = _union_lines(mine or "", theirs or "")
            _record_once(session, report, FindingEvent(
                uid=_merge_event_uid(local.uid, name, ours + others), finding_uid=local.uid, at=at, by=who,
                action=MERGE, field=name, new="合并两台电脑的备注"))
            changed = True
        else:
            # With no unshared change on either side, the disagreement was recorded when it arose.
            seen = not (ours or others) and any(e["action"] == CONFLICT and e["field"] == name for e in mine_events)
            if not seen:
                changed |= _record_once(session, report, FindingEvent(
                    uid=_merge_event_uid(local.uid, name, ours + others), finding_uid=local.uid, at=at, by=who,
                    action=CONFLICT, field=name, old=history_text(name, mine), new=history_text(name, theirs)))
            report.conflicts.append(Conflict(local.id or 0, local.uid, local.title, name,
                                             history_text(name, mine), history_text(name, theirs)))
    remote_updated = _datetime(remote_fields.get("updated_at"))
    if changed and remote_updated > local.updated_at:
        local.updated_at = remote_updated
        local.updated_by = remote_fields.get("updated_by") or local.updated_by
    return changed


def _record_once(session: Session, report: MergeReport, event: FindingEvent) -> bool:
    """Add a merge-made event unless the same one (same deterministic uid) is already here."""
    if session.exec(select(FindingEvent.id).where(FindingEvent.uid == event.uid)).first() is not None:
        return False
    session.add(event)
    report.events_added += 1
    return True


def _local_match(session: Session, document: dict[str, Any]) -> Finding | None:
    """The local finding a bundle entry is: the same uid, else the same flag."""
    found = session.exec(select(Finding).where(Finding.uid == document["uid"])).first()
    flag_id = document["fields"].get("flag_id")
    if found is None and flag_id:
        found = session.exec(select(Finding).where(Finding.flag_id == flag_id)).first()
    return found


def merge_document(store: Store, document: dict[str, Any], *, by: str | None = None) -> MergeReport:
    """Merge a bundle document into the store, all in one transaction."""
    who = by or config.inspector_name()
    report = MergeReport(exported_by=document.get("exported_by", ""), exported_at=document.get("exported_at", ""))
    with store.writing() as session:
        known_events = set(session.exec(select(FindingEvent.uid)))
        for item in document["findings"]:
            local = _local_match(session, item)
            if local is None:
                finding = _new_finding(session, item)
                report.events_added += _add_events(session, finding.uid, item["history"], known_events)
                report.evidence_added += _add_evidence(session, finding.uid, item["evidence"])
                session.flush()
                report.new.append(finding.id or 0)
                continue
            local_events = events_of(session, local.uid)
            changed = _merge_fields(session, local, item, local_events, report, who)
            events = _add_events(session, local.uid, item["history"], known_events)
            evidence = _add_evidence(session, local.uid, item["evidence"])
            report.events_added += events
            report.evidence_added += evidence
            session.add(local)
            (report.merged if changed or events or evidence else report.unchanged).append(local.id or 0)
        session.commit()
    return report


def import_bundle(store: Store, path: str | os.PathLike[str], *, by: str | None = None) -> MergeReport:
    """Merge a bundle file into this notebook; see the module docstring for the rules."""
    return merge_document(store, read_bundle(path), by=by)


__all__ = ["export_bundle", "import_bundle", "read_bundle", "bundle_document", "merge_document",
           "MergeReport", "Conflict", "BundleError", "FORMAT", "VERSION"]
