"""Provides the stored flags and scan runs, and how flags are read back.

A flag's id is a hash of its rule and its sorted evidence record ids
(``xuncha.rules.base.flag_id``), so the same clue keeps its id from scan to
scan and the findings notebook can refer to it. A scan upserts the flags it
raised and marks the others inactive; flags are never deleted, because a
finding may still point to one whose records were re-imported or removed.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import JSON, Text, bindparam, text
from sqlmodel import Field, SQLModel, col, select

from xuncha.money import fen_to_yuan
from xuncha.store import Store

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


class FlagRow(SQLModel, table=True):
    """One clue raised by a rule, as stored."""

    __tablename__ = "flag"

    id: str = Field(primary_key=True)
    """Stable across scans: hash of the rule and its sorted evidence record ids."""
    rule: str = Field(index=True)
    severity: str
    """high, medium or low."""
    village: str = Field(default="", index=True)
    title: str
    detail: str = Field(default="", sa_type=Text)
    amount: int | None = None
    """Amount involved, in fen."""
    records: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    """Evidence: [{"kind", "id", "source": {"file", "sheet", "row"}}]."""
    first_seen: dt.datetime
    last_seen: dt.datetime
    active: bool = Field(default=True, index=True)
    """Raised by the latest scan; an inactive flag is kept for the notebook."""


class ScanRun(SQLModel, table=True):
    """One run of the rules: when, with which parameters, and what each rule covered."""

    __tablename__ = "scan_run"

    id: int | None = Field(default=None, primary_key=True)
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    rules_source: list[str] = Field(default_factory=list, sa_type=JSON)
    """The rules files applied, in order (bundled defaults first)."""
    params: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    stats: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    """Per rule id: name, evaluated, flagged, flags, not_applicable {reason: n}, seconds, warning."""


def active_flag_ids(store: Store) -> set[str]:
    """The ids of the flags the latest scan raised (no flag bodies read)."""
    with store.session() as session:
        return set(session.exec(select(FlagRow.id).where(col(FlagRow.active).is_(True))))


def current_flags(store: Store, rule: str | None = None, village: str | None = None,
                  include_inactive: bool = False) -> list[FlagRow]:
    """Flags, most serious first (severity, then amount, then village)."""
    with store.session() as session:
        query = select(FlagRow)
        if not include_inactive:
            query = query.where(col(FlagRow.active).is_(True))
        if rule:
            query = query.where(FlagRow.rule == rule)
        if village:
            query = query.where(FlagRow.village == village)
        flags = list(session.exec(query))
    return sorted(flags, key=_flag_order)


def get_flag(store: Store, flag_id: str) -> FlagRow | None:
    with store.session() as session:
        return session.get(FlagRow, flag_id)


def _flag_order(flag: FlagRow) -> tuple[int, int, str, str]:
    return (SEVERITY_RANK.get(flag.severity, 3), -(flag.amount or 0), flag.village, flag.id)


def flag_json(flag: FlagRow) -> dict[str, Any]:
    """A flag as DESIGN.md's JSON: amount in yuan, evidence with its source."""
    return {
        "id": flag.id,
        "rule": flag.rule,
        "severity": flag.severity,
        "village": flag.village,
        "title": flag.title,
        "detail": flag.detail,
        "amount": fen_to_yuan(flag.amount),
        "records": [{"kind": r["kind"], "id": r["id"], "source": r.get("source")} for r in flag_records(flag)],
    }


def flag_records(flag: FlagRow) -> list[dict[str, Any]]:
    """The flag's evidence refs: kind, id, source (file, sheet, row) and, since flags carry it, row_hash."""
    records = flag.records
    return json.loads(records) if isinstance(records, str) else list(records or [])


def last_scan(store: Store) -> ScanRun | None:
    with store.session() as session:
        return session.exec(select(ScanRun).order_by(col(ScanRun.id).desc()).limit(1)).first()


def save_flags(store: Store, flags: list[dict[str, Any]], run: ScanRun) -> set[str]:
    """Upsert the scan's flags by id, mark every other flag inactive, record the run.

    Returns the ids of flags seen for the first time; sets ``run.id``.

    ``flags`` are row dicts (id, rule, severity, village, title, detail,
    amount, records). One transaction with the scan run: a scan's result is
    stored whole or not at all.
    """
    now = run.finished_at or dt.datetime.now().astimezone()
    table = FlagRow.__table__  # type: ignore[attr-defined]
    with store.transaction() as connection:
        known = {row[0] for row in connection.execute(text("SELECT id FROM flag"))}
        new = [dict(f, first_seen=now, last_seen=now, active=True) for f in flags if f["id"] not in known]
        seen = [dict(f, last_seen=now, active=True) for f in flags if f["id"] in known]
        connection.execute(table.update().where(table.c.active.is_(True)).values(active=False))
        if new:
            connection.execute(table.insert(), new)
        if seen:
            update = table.update().where(table.c.id == bindparam("flag_id")).values(
                {name: bindparam(name) for name in ("rule", "severity", "village", "title", "detail", "amount",
                                                    "records", "last_seen", "active")})
            connection.execute(update, [dict(f, flag_id=f.pop("id")) for f in seen])
        inserted = connection.execute(ScanRun.__table__.insert().values(  # type: ignore[attr-defined]
            started_at=run.started_at, finished_at=run.finished_at, rules_source=run.rules_source,
            params=run.params, stats=run.stats,
        ))
        key = inserted.inserted_primary_key
        run.id = int(key[0]) if key else None
    return {f["id"] for f in new}
