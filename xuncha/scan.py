"""Provides the scan: load the data the rules need, run every rule, store the flags.

``run_scan`` is what the CLI, the TUI and the demo call. It reads lean rows
with plain SELECTs of the needed columns (ORM objects would cost ten times
more at a million rows), fills in each counterparty's identity group from
``xuncha.parties``, runs the rules in order and stores their flags in one
transaction. Progress and cancellation are plain parameters, so the core
never knows whether a terminal or a screen is watching.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import bindparam, text

from xuncha.findings import Relink, follow_reimported_flags, stranded_findings
from xuncha.flags import (
    FlagRow,
    ScanRun,
    active_flag_ids,
    current_flags,
    flag_json,
    last_scan,
    save_flags,
)
from xuncha.refresh import refresh_if_stale
from xuncha.rules import get_rules
from xuncha.rules.base import Flag, Outcome
from xuncha.rules.context import (
    ROW_TYPES,
    ScanContext,
    drop_planned,
    planned_text,
    stored_columns,
    unify_village_spellings,
)
from xuncha.rules.copies import (
    MATCHERS,
    book_copies_text,
    drop_book_copies,
    find_copies,
)
from xuncha.rules.params import Params, RulesFileError, load_params, rules_sources
from xuncha.store import Store

WARN_SHARE = 0.2
"""A rule that flags more than this share of the records it evaluated is probably misconfigured."""
WARN_MIN_EVALUATED = 10
"""Below this many records a share says nothing; no warning."""
PHONE_HEADER_WORDS = ("电话", "手机", "联系方式")
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
_DATE_FIELDS = {"decided_on", "started_on", "finished_on", "signed_on", "ended_on", "date"}


@dataclass
class ScanProgress:
    """How far a scan is: ``done`` of ``total`` steps, the step being run."""

    done: int
    total: int
    step: str
    """A rule id, or "load" while the data is read."""
    label: str
    """What to show, in Chinese."""


@dataclass
class RuleStats:
    """One rule's coverage in a scan."""

    rule: str
    name: str
    evaluated: int
    flagged: int
    """Evaluated records that appear in a flag."""
    flags: int
    not_applicable: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def share(self) -> float:
        return self.flagged / self.evaluated if self.evaluated else 0.0

    @property
    def warning(self) -> str | None:
        """Set when the rule fired on more than 20% of what it looked at."""
        if self.evaluated < WARN_MIN_EVALUATED or self.share <= WARN_SHARE:
            return None
        return (f"{self.name}（{self.rule}）命中了 {self.share * 100:.0f}% 的记录（{self.flagged}/{self.evaluated}），"
                "超过 20%：参数可能过宽，或这批数据有系统性问题，请先检查规则参数")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "evaluated": self.evaluated, "flagged": self.flagged, "flags": self.flags,
                "not_applicable": self.not_applicable, "seconds": round(self.seconds, 3), "warning": self.warning}

    @classmethod
    def from_outcome(cls, name: str, outcome: Outcome, seconds: float) -> RuleStats:
        return cls(outcome.rule, name, outcome.evaluated, outcome.flagged, len(outcome.flags),
                   dict(outcome.not_applicable), seconds)


@dataclass
class ScanResult:
    run_id: int | None
    started_at: dt.datetime
    finished_at: dt.datetime
    stats: list[RuleStats]
    flags: list[FlagRow]
    """The active flags after the scan, most serious first."""
    new_ids: set[str]
    """Flags raised for the first time."""
    sources: list[Path]
    load_seconds: float = 0.0
    cancelled: bool = False
    relinked: list[Relink] = field(default_factory=list)
    """Findings that followed their clue to its new flag id after a corrected file was re-imported."""
    stranded: list[int] = field(default_factory=list)
    """Findings whose flag this scan retired and that could not follow it (rows changed or gone)."""
    book_copies: str = ""
    """Rows that two books or registers of a village both hold, counted once: what to tell ('' when none)."""
    village_spellings: str = ""
    """Bare village names read as the full name ("柳溪" as 柳溪村): what to tell ('' when none)."""
    planned: str = ""
    """Projects only planned, left out of the scan: what to tell ('' when none)."""

    @property
    def warnings(self) -> list[str]:
        return [text for text in [self.village_spellings, self.book_copies, self.planned,
                                  *(s.warning for s in self.stats)] if text]


def run_scan(store: Store, rules_file: str | Path | None = None, *,
             on_progress: Callable[[ScanProgress], None] | None = None,
             cancel: threading.Event | None = None) -> ScanResult:
    """Run every rule over the store and store the flags (upsert by id, others inactive).

    Raises:
        RulesFileError: a rules file is missing, malformed or names an unknown key.
    """
    params = load_params(rules_file)
    sources = rules_sources(rules_file)
    rules = get_rules()
    refresh_if_stale(store)  # the rules read counterparty identities: they must cover every batch
    started = dt.datetime.now().astimezone().replace(microsecond=0)
    report = on_progress or (lambda progress: None)
    total = len(rules) + 1
    report(ScanProgress(0, total, "load", "读取数据"))
    clock = time.perf_counter()
    context = load_context(store, params)
    # Pieces of work and payment links are shared by seven rules: built once, timed as loading.
    context.works  # noqa: B018
    if any(rule_params.get("summary_names") for rule_params in params.values()):
        # Known parties named in the 摘要 of blank-payee payments: shared by two rules, likewise.
        context.mentions  # noqa: B018
    load_seconds = time.perf_counter() - clock
    outcomes: list[tuple[Outcome, float]] = []
    for done, rule in enumerate(rules, start=1):
        if cancel is not None and cancel.is_set():
            return _cancelled(started, sources, load_seconds)
        report(ScanProgress(done, total, rule.id, rule.name))
        clock = time.perf_counter()
        outcome = rule.evaluate(context, params[rule.id])
        outcomes.append((outcome, time.perf_counter() - clock))
    stats = [RuleStats.from_outcome(rule.name, outcome, seconds) for rule, (outcome, seconds) in zip(rules, outcomes)]
    flags = _unique([flag for outcome, _ in outcomes for flag in outcome.flags])
    rows = _flag_rows(store, flags)
    finished = dt.datetime.now().astimezone().replace(microsecond=0)
    run = ScanRun(started_at=started, finished_at=finished, rules_source=[str(p) for p in sources],
                  params=params, stats={s.rule: s.to_json() for s in stats})
    active_before = active_flag_ids(store)
    new_ids = save_flags(store, rows, run)
    relinked = follow_reimported_flags(store)
    report(ScanProgress(total, total, "done", "完成"))
    return ScanResult(run.id, started, finished, stats, current_flags(store), new_ids, sources, load_seconds,
                      relinked=relinked, stranded=stranded_findings(store, active_before - {r["id"] for r in rows}),
                      book_copies=_book_copies_text(store, context),
                      village_spellings=village_spellings_text(context.village_spellings),
                      planned=planned_text(context.planned))


def _cancelled(started: dt.datetime, sources: list[Path], load_seconds: float) -> ScanResult:
    now = dt.datetime.now().astimezone().replace(microsecond=0)
    return ScanResult(None, started, now, [], [], set(), sources, load_seconds, cancelled=True)


def _unique(flags: list[Flag]) -> list[Flag]:
    """One flag per id: two rules never share ids, but a rule may in theory repeat itself."""
    seen: dict[str, Flag] = {}
    for flag in flags:
        seen.setdefault(flag.id, flag)
    return list(seen.values())


def _flag_rows(store: Store, flags: list[Flag]) -> list[dict[str, Any]]:
    """Flags as table rows, with each evidence record's source (file, sheet, row) and row hash.

    The row hash lets a finding follow its clue when a corrected copy of the
    file replaces the old one (``findings.follow_reimported_flags``).
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for flag in flags:
        for item in flag.records:
            wanted[item.kind].add(item.id)
    sources = _sources(store, wanted)
    return [
        {
            "id": flag.id, "rule": flag.rule, "severity": flag.severity, "village": flag.village,
            "title": flag.title, "detail": flag.detail, "amount": flag.amount,
            "records": [_evidence_row(e.kind, e.id, sources.get(e.id)) for e in flag.records],
        }
        for flag in flags
    ]


def _evidence_row(kind: str, record_id: str, found: tuple[dict[str, Any], str] | None) -> dict[str, Any]:
    source, row_hash = found if found is not None else (None, None)
    return {"kind": kind, "id": record_id, "source": source, "row_hash": row_hash}


def _sources(store: Store, wanted: dict[str, set[str]]) -> dict[str, tuple[dict[str, Any], str]]:
    """Record id -> ((file, sheet, row), row hash)."""
    found: dict[str, tuple[dict[str, Any], str]] = {}
    with store.engine.connect() as connection:
        for kind, ids in wanted.items():
            query = text(f"SELECT id, source_file, source_sheet, source_row, row_hash FROM {kind} WHERE id IN :ids")
            query = query.bindparams(bindparam("ids", expanding=True))
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                rows = connection.execute(query, {"ids": ordered[start:start + 500]})
                for record_id, file, sheet, row, row_hash in rows:
                    found[record_id] = ({"file": file, "sheet": sheet, "row": row}, row_hash)
    return found


# --- loading -------------------------------------------------------------------------


def load_context(store: Store, params: dict[str, Params] | None = None) -> ScanContext:
    """The rows every rule reads, from lean SELECTs; identities from the counterparty groups."""
    from xuncha import parties

    identities = parties.identity_map(store)
    labels = _party_labels(store)
    # The identity map also names the cadres (by normal form) and lists every grouped
    # spelling: the aliases that ``ScanContext.mentions`` looks for in 摘要.
    context = ScanContext(params=params or {}, party_label=labels.get, identity_of=identities.__getitem__,
                          party_names=identities)
    # Import order (SQLite's rowid) keeps flag texts the same from scan to scan; other
    # databases have no rowid and use the provenance order instead.
    order = "rowid" if store.engine.dialect.name == "sqlite" else "batch_id, source_sheet, source_row"
    with store.engine.connect() as connection:
        # A plain DBAPI cursor: SQLAlchemy's result rows would cost twice as much at a million rows.
        cursor = cast(Any, connection.connection.driver_connection).cursor()
        for kind, row_type in ROW_TYPES.items():
            rows = context.rows(kind)
            rows.extend(_load_rows(cursor, kind, row_type, order))
            if hasattr(row_type, "identity"):
                _fill_identities(rows, identities)
            if hasattr(row_type, "phones"):
                _fill_phones(cursor, kind, rows)
        cursor.close()
    unify_village_spellings(context)  # before the copies: a book of 柳溪 repeats one of 柳溪村
    # Books and registers of one village repeat entries (收支明细账 and 银行日记账): each is counted once.
    # A plan's projects first: else the plan, imported before its 台账, would stand for the works done.
    context.planned = drop_planned(context)
    context.book_copies = drop_book_copies(context)
    return context


def _load_rows(cursor: Any, kind: str, row_type: type, order: str, where: str = "1",
               params: dict[str, Any] | None = None) -> list[Any]:
    columns = stored_columns(kind)
    dates = [index for index, name in enumerate(columns) if name in _DATE_FIELDS]
    cursor.execute(f"SELECT {', '.join(columns)} FROM {kind} WHERE {where} ORDER BY {order}", params or {})
    if not dates:
        return [row_type(*row) for row in cursor]
    # Dates repeat a great deal (a ledger has a few hundred distinct days): parse each once.
    parsed: dict[str, dt.date | None] = {}
    out = []
    for row in cursor:
        values = list(row)
        for index in dates:
            text = values[index]
            if text is not None:
                day = parsed.get(text)
                if day is None:
                    day = parsed[text] = _parse_date(text)
                values[index] = day
        out.append(row_type(*values))
    return out


def sheet_copies(cursor: Any, kind: str, batch_id: int, sheet: str) -> tuple[int, int] | None:
    """(earlier batch, rows) for the batch whose rows this batch's ``sheet`` repeats most, as the
    scan would pair them (``xuncha.rules.copies``); None when it repeats none.

    Run by the import before its commit, when the counterparty groups do not cover the new
    rows yet: identities are the names' normal forms meanwhile, a longer form of one trade
    name read as the shorter (``_import_identities``).
    """
    row_type = ROW_TYPES[kind]
    params = {"batch": batch_id, "sheet": sheet}
    earlier = _load_rows(cursor, kind, row_type, "rowid", _candidates(kind), params)
    if not earlier:
        return None
    matcher = MATCHERS[kind]
    keys = {(row.village, matcher.key(row)) for row in earlier}
    mine = [row for row in _load_rows(cursor, kind, row_type, "rowid", _SHEET_ROWS, params)
            if (row.village, matcher.key(row)) in keys]
    rows = earlier + mine
    _import_identities(rows)
    copies = find_copies(rows, matcher)
    counts = Counter(rows[kept].batch_id for copy, kept in copies.items() if copy >= len(earlier))
    return counts.most_common(1)[0] if counts else None


def _import_identities(rows: list[Any]) -> None:
    """Each row's identity before the counterparty groups know its name: its normal form, or a
    shorter normal form of the same trade name that it begins with ("宏达建设工程" of
    "湖州宏达建设工程有限公司" is "宏达建设"; "宏达物业" stays). Two payees that differ keep two
    rows apart (``xuncha.rules.copies``), so a bank journal's 全称 must not differ from the ledger's
    简称 here when the scan's groups will find them one party."""
    from xuncha.names import normalize_name, trade_core

    normal = {row.party: normalize_name(row.party) for row in rows if row.party}
    by_trade: dict[str, list[str]] = defaultdict(list)
    for form in sorted(set(normal.values()), key=len):
        by_trade[trade_core(form)].append(form)
    shortest = {form: next(short for short in forms if form.startswith(short))
                for forms in by_trade.values() for form in forms}
    for row in rows:
        row.identity = shortest[normal[row.party]] if row.party else ""


_SHEET_ROWS = "batch_id = :batch AND source_sheet = :sheet"


def _candidates(kind: str) -> str:
    """The rows of other batches that could repeat rows of the sheet (:batch, :sheet)."""
    if kind != "payment" or sqlite3.sqlite_version_info < (3, 35):  # registers are small: their villages suffice
        return f"batch_id <> :batch AND village IN (SELECT village FROM {kind} WHERE {_SHEET_ROWS})"
    # Payments only on the sheet's days and amounts. The sheet's rows, materialised, get an
    # automatic index that every other payment is looked up in (1.8 s for 30k rows against 1M);
    # a plain join went through the village index, every pair of a village's payments (12 s at 130k).
    return ("rowid IN (WITH new AS MATERIALIZED (SELECT village, date, amount, direction FROM payment "
            f"WHERE {_SHEET_ROWS}) "
            "SELECT other.rowid FROM payment AS other CROSS JOIN new ON new.village = other.village "
            "AND new.date = other.date AND new.amount = other.amount AND new.direction = other.direction "
            "WHERE other.batch_id <> :batch)")


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def _fill_identities(rows: list[Any], identities: dict[str, str]) -> None:
    for row in rows:
        party = row.party
        if party:
            row.identity = identities[party]


def _fill_phones(cursor: Any, kind: str, rows: list[Any]) -> None:
    """Phone numbers written in the row's own cells (联系电话 of a contractor or lessee)."""
    where = " OR ".join(f"raw LIKE '%{word}%'" for word in PHONE_HEADER_WORDS)
    phones: dict[str, tuple[str, ...]] = {}
    cursor.execute(f"SELECT id, raw FROM {kind} WHERE {where}")
    for record_id, cells in cursor.fetchall():
        try:
            values = json.loads(cells or "{}")
        except ValueError:
            continue
        found = tuple(
            number for header, value in values.items()
            if any(word in str(header) for word in PHONE_HEADER_WORDS)
            for number in _PHONE.findall(str(value))
        )
        if found:
            phones[record_id] = found
    if phones:
        for row in rows:
            if row.id in phones:
                row.phones = phones[row.id]


def village_spellings_text(spellings: dict[str, tuple[str, int]]) -> str:
    """"村名“柳溪”（8 条记录）按“柳溪村”计": the scan completed these names; '' when none."""
    if not spellings:
        return ""
    parts = [f"“{name}”（{count} 条记录）按“{full}”计" for name, (full, count) in sorted(spellings.items())]
    return f"村名{'、'.join(parts)}：其他文件写的是全称，视为同一个村"


def _book_copies_text(store: Store, context: ScanContext) -> str:
    """What to tell about rows found in two books; the batches' file names are read only then."""
    return book_copies_text(context.book_copies, _batch_files(store)) if context.book_copies else ""


def _batch_files(store: Store) -> dict[int, str]:
    with store.engine.connect() as connection:
        return {batch: name for batch, name in connection.execute(text("SELECT id, file_name FROM batch"))}


def _party_labels(store: Store) -> dict[str, str]:
    """Identity key -> display name, read once (a flag names many parties)."""
    with store.engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT id, display FROM party")).all()
        except Exception:  # a store without the parties table yet
            return {}
    return {f"p:{pid}": display for pid, display in rows}


__all__ = [
    "RuleStats",
    "RulesFileError",
    "ScanProgress",
    "ScanResult",
    "current_flags",
    "flag_json",
    "last_scan",
    "load_context",
    "load_params",
    "run_scan",
]
