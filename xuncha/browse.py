"""Provides paged, sorted and filtered record windows and frequency tables over the store.

The core's ``Store.records`` loads every record of a kind, which is right for
the CLI and the rules but too slow for a table the user scrolls through at
100k rows. The records screen instead asks for one *window* of rows at a time,
sorted and filtered in SQL, plus a count; frequency tables (VisiData's
"F") are ``GROUP BY`` queries with a count and an amount (for payments,
income and expense apart: adding them up would mean nothing).

Everything here is plain data in, plain data out, so it runs inside thread
workers and is tested without an app.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Column, and_, case, func, or_, select
from sqlalchemy.sql import ColumnElement

from xuncha.models import (
    COUNTERPARTY_FIELD,
    DATE,
    DATE_FIELD,
    DIRECTION,
    INT,
    KIND_FIELDS,
    KIND_LABELS,
    MONEY,
    NUMBER,
    RECORD_MODELS,
    TEXT,
    TITLE_FIELD,
)
from xuncha.money import format_yuan
from xuncha.store import Store

EMPTY = "（空）"
"""How a missing value is shown in tables and frequency lines."""

DIRECTION_LABELS = {"in": "收入", "out": "支出"}

CATEGORY_FIELD: dict[str, str] = {
    "project": "type",
    "contract": "category",
    "payment": "account",
    "asset": "category",
    "resource": "category",
    "cadre": "position",
}
"""The field a "by category" summary groups on, per kind."""

GROUPINGS: dict[str, str] = {
    "counterparty": "往来单位",
    "village": "村",
    "year": "年度",
    "category": "类别",
}
"""The summaries offered for every kind, with their Chinese names."""

SOURCE_COLUMNS = (("source_file", "来源文件"), ("source_sheet", "工作表"), ("source_row", "行号"))


@dataclass(frozen=True)
class TableColumn:
    """One column of the records table: a canonical field or a bookkeeping column."""

    name: str
    label: str
    type: str = TEXT


def table_columns(kind: str) -> list[TableColumn]:
    """The columns the records table shows for a kind, in order."""
    columns = [TableColumn("village", "村")]
    columns += [TableColumn(spec.name, spec.label, spec.type) for spec in KIND_FIELDS[kind]]
    columns += [TableColumn(name, label, INT if name == "source_row" else TEXT) for name, label in SOURCE_COLUMNS]
    return columns


@dataclass(frozen=True)
class Drill:
    """One drill-down condition: the rows of a frequency line."""

    grouping: str
    """A column name, or 'year' (of the kind's date field)."""
    value: Any
    """The group's key; None for the empty group; a tuple for a counterparty's spellings."""
    label: str
    """What the status line shows, e.g. '往来单位=宏达建设'."""


@dataclass(frozen=True)
class RecordQuery:
    """What the records screen shows: a kind, optional filters and a sort order."""

    kind: str
    village: str | None = None
    text: str = ""
    """Words that must all appear in some text column (case-insensitive LIKE)."""
    drills: tuple[Drill, ...] = ()
    sort: str | None = None
    descending: bool = False
    names: tuple[str, ...] = field(default=())
    """Restrict the counterparty column to these raw names (one identity's variants)."""

    def with_drill(self, drill: Drill) -> "RecordQuery":
        return replace(self, drills=self.drills + (drill,))


def _table(kind: str) -> Any:
    return RECORD_MODELS[kind].__table__  # type: ignore[attr-defined]


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


def _group_column(kind: str, grouping: str) -> tuple[ColumnElement[Any] | None, str]:
    """The SQL expression of a grouping and the column name it stands for."""
    table = _table(kind)
    if grouping == "year":
        name = DATE_FIELD.get(kind)
        if not name:
            return None, ""
        return func.strftime("%Y", table.c[name]), name
    if grouping == "counterparty":
        name = COUNTERPARTY_FIELD.get(kind, "")
        return (table.c[name], name) if name else (None, "")
    if grouping == "category":
        name = CATEGORY_FIELD.get(kind, "")
        return (table.c[name], name) if name else (None, "")
    if grouping in table.c:
        column = table.c[grouping]
        return column, grouping
    return None, ""


def _conditions(query: RecordQuery) -> list[ColumnElement[bool]]:
    table = _table(query.kind)
    out: list[ColumnElement[bool]] = []
    if query.village:
        out.append(table.c.village == query.village)
    text_columns = [table.c[spec.name] for spec in KIND_FIELDS[query.kind] if spec.type == TEXT]
    text_columns += [table.c.village, table.c.source_file, table.c.source_sheet]
    for word in query.text.split():
        pattern = f"%{_escape_like(word)}%"
        out.append(or_(*[column.like(pattern, escape="\\") for column in text_columns]))
    for drill in query.drills:
        if drill.grouping == "year":
            date_name = DATE_FIELD.get(query.kind)
            if not date_name:
                continue
            column = table.c[date_name]
            if drill.value is None:
                out.append(column.is_(None))
            else:
                start, end = _year_bounds(int(drill.value))
                out.append(and_(column >= start, column < end))
            continue
        if drill.grouping not in table.c:
            continue
        column = table.c[drill.grouping]
        if drill.value is None:
            out.append(column.is_(None))
        elif isinstance(drill.value, tuple):
            out.append(column.in_(list(drill.value)))
        else:
            out.append(column == drill.value)
    if query.names:
        name = COUNTERPARTY_FIELD.get(query.kind)
        if name:
            out.append(table.c[name].in_(list(query.names)))
    return out


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def count_records(store: Store, query: RecordQuery) -> int:
    """How many records the query matches."""
    table = _table(query.kind)
    statement = select(func.count()).select_from(table).where(*_conditions(query))
    with store.engine.connect() as connection:
        return int(connection.execute(statement).scalar() or 0)


def page_records(store: Store, query: RecordQuery, offset: int, limit: int) -> list[dict[str, Any]]:
    """One window of rows, sorted and filtered in SQL, as dicts of column values."""
    table = _table(query.kind)
    statement = select(table).where(*_conditions(query))
    order: list[Any] = []
    if query.sort and query.sort in table.c:
        column: Column[Any] = table.c[query.sort]
        # Missing values go last in both directions: they are never the answer.
        order.append(column.is_(None))
        order.append(column.desc() if query.descending else column.asc())
    order += [table.c.batch_id, table.c.source_sheet, table.c.source_row]
    statement = statement.order_by(*order).offset(offset).limit(limit)
    with store.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(statement)]


def row_ids(store: Store, query: RecordQuery, limit: int = 100_000) -> list[str]:
    """The ids of the query's rows in display order (for jumping to a record)."""
    table = _table(query.kind)
    statement = select(table.c.id).where(*_conditions(query))
    if query.sort and query.sort in table.c:
        column = table.c[query.sort]
        statement = statement.order_by(column.is_(None), column.desc() if query.descending else column.asc())
    statement = statement.order_by(table.c.batch_id, table.c.source_sheet, table.c.source_row).limit(limit)
    with store.engine.connect() as connection:
        return [row[0] for row in connection.execute(statement)]


@dataclass(frozen=True)
class FrequencyLine:
    """One line of a frequency table: a group, its record count and amount.

    Payments go both ways, and a sum of money received and money paid out
    means nothing: their lines carry ``income`` and ``expense`` apart (and
    ``undirected`` for rows whose direction the sheet did not say), and no
    ``amount``. Every other kind has one ``amount`` and no split.
    """

    key: Any
    label: str
    count: int
    amount: int | None
    """Sum of the kind's amount field in fen (None when the kind has none, and for payments)."""
    share: float
    """The group's share of the records counted."""
    income: int | None = None
    """Payments only: the sum of money received (收入), in fen; None when the group has none."""
    expense: int | None = None
    """Payments only: the sum of money paid out (支出), in fen; None when the group has none."""
    undirected: int | None = None
    """Payments only: the sum of rows with neither direction, in fen; None when there are none."""


def splits_direction(kind: str) -> bool:
    """Whether a kind's frequency lines give 收入 and 支出 apart instead of one amount."""
    return kind == "payment"


def frequency(store: Store, query: RecordQuery, grouping: str, limit: int = 2000) -> list[FrequencyLine]:
    """Count and sum the query's records per group, largest first.

    Args:
        store: The store.
        query: The records to summarise (its sort is ignored).
        grouping: 'counterparty', 'village', 'year', 'category' or a column name.
        limit: The most lines returned.

    Returns:
        One line per group. Payments' lines have ``income``, ``expense`` and
        ``undirected`` instead of ``amount`` (see FrequencyLine).
    """
    table = _table(query.kind)
    expression, _name = _group_column(query.kind, grouping)
    if expression is None:
        return []
    has_amount = "amount" in table.c
    sums = [func.sum(table.c.amount).label("amount")] if has_amount else [func.count().label("amount")]
    if has_amount and splits_direction(query.kind):
        direction = table.c.direction
        sums += [
            func.sum(case((direction == "in", table.c.amount))).label("income"),
            func.sum(case((direction == "out", table.c.amount))).label("expense"),
            func.sum(case((or_(direction.is_(None), direction.not_in(("in", "out"))), table.c.amount)))
            .label("undirected"),
        ]
    statement = (
        select(expression.label("key"), func.count().label("n"), *sums)
        .where(*_conditions(query))
        .group_by(expression)
        .order_by(func.count().desc(), expression)
        .limit(limit * 5 if grouping == "counterparty" else limit)
    )
    with store.engine.connect() as connection:
        rows = list(connection.execute(statement))
    total = sum(row.n for row in rows) or 1
    lines = _lines(rows, grouping, has_amount, total, split=has_amount and splits_direction(query.kind))
    if grouping == "counterparty":
        return merge_identities(store, lines, limit)
    return lines


def _fen(value: Any) -> int | None:
    return None if value is None else int(value)


def _lines(rows: list[Any], grouping: str, has_amount: bool, total: int, *, split: bool = False) -> list[FrequencyLine]:
    lines = []
    for row in rows:
        key = row.key
        if grouping == "year" and key is not None:
            key = int(key)
        label = EMPTY if key in (None, "") else (f"{key}年" if grouping == "year" else str(key))
        if split:
            lines.append(FrequencyLine(key if key != "" else None, label, int(row.n), None, row.n / total,
                                       _fen(row.income), _fen(row.expense), _fen(row.undirected)))
        else:
            lines.append(FrequencyLine(key if key != "" else None, label, int(row.n),
                                       _fen(row.amount) if has_amount else None, row.n / total))
    return lines


def _sum(values: Sequence[int | None]) -> int | None:
    """The sum of the values that are there; None when none is."""
    present = [value for value in values if value is not None]
    return sum(present) if present else None


def merge_identities(store: Store, lines: list[FrequencyLine], limit: int = 2000) -> list[FrequencyLine]:
    """Fold counterparty lines into one line per identity (all spellings of one contractor).

    A line that merges several spellings gets a tuple of them as its key, and
    its label says how many spellings it holds; its amounts (or its income,
    expense and undirected sums) are the sums of its members'.
    """
    # Imported here: browse loads with the TUI's first screen, and parties (with its name
    # normaliser) would add ~20 ms to that start-up (PERF.md §7).
    from xuncha import parties

    identities = parties.identity_map(store)
    groups: dict[str, list[FrequencyLine]] = {}
    order: list[str] = []
    for line in lines:
        key = identities.get(line.key) if line.key else ""
        key = key or f"raw:{line.label}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(line)
    total = sum(line.count for line in lines) or 1
    out = []
    for key in order:
        members = groups[key]
        if len(members) == 1:
            out.append(members[0])
            continue
        count = sum(m.count for m in members)
        name = parties.display_name(store, key) if not key.startswith("raw:") else members[0].label
        out.append(FrequencyLine(tuple(m.key for m in members if m.key is not None),
                                 f"{name}（{len(members)} 种写法）", count,
                                 _sum([m.amount for m in members]), count / total,
                                 _sum([m.income for m in members]), _sum([m.expense for m in members]),
                                 _sum([m.undirected for m in members])))
    out.sort(key=lambda line: (-line.count, line.label))
    return out[:limit]


def drill_for(kind: str, grouping: str, line: FrequencyLine) -> Drill:
    """The drill-down condition that selects a frequency line's rows."""
    _expression, name = _group_column(kind, grouping)
    column = "year" if grouping == "year" else name
    label = grouping_label(kind, grouping)
    value = line.key
    if grouping == "year":
        value = None if line.key is None else int(line.key)
    return Drill(column, value, f"{label}={line.label}")


def grouping_label(kind: str, grouping: str) -> str:
    """The Chinese name of a grouping for a kind (a column label where it is one)."""
    if grouping in GROUPINGS:
        return GROUPINGS[grouping]
    for column in table_columns(kind):
        if column.name == grouping:
            return column.label
    return grouping


def groupings_for(kind: str) -> list[str]:
    """The preset summaries that make sense for a kind."""
    out = []
    if kind in COUNTERPARTY_FIELD:
        out.append("counterparty")
    out.append("village")
    if kind in DATE_FIELD:
        out.append("year")
    if kind in CATEGORY_FIELD:
        out.append("category")
    return out


def column_grouping(kind: str, column: str) -> str | None:
    """What a frequency on a table column groups by: dates by year, money not at all."""
    for spec in table_columns(kind):
        if spec.name != column:
            continue
        if spec.type == DATE:
            return "year" if column == DATE_FIELD.get(kind) else None
        if spec.type in (MONEY, NUMBER):
            return None
        if column == COUNTERPARTY_FIELD.get(kind):
            return "counterparty"
        return column
    return None


# --- display ------------------------------------------------------------------


def display_value(type_: str, value: Any) -> str:
    """A cell value as the tables show it."""
    if value is None or value == "":
        return ""
    if type_ == MONEY:
        return format_yuan(int(value))
    if type_ == DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if type_ == DIRECTION:
        return DIRECTION_LABELS.get(str(value), str(value))
    if type_ == NUMBER:
        return f"{float(value):g}"
    return str(value)


def record_title_of(kind: str, row: dict[str, Any]) -> str:
    return str(row.get(TITLE_FIELD[kind]) or "")


def field_lines(kind: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) for every canonical field of a row, in the kind's order."""
    return [(spec.label, display_value(spec.type, row.get(spec.name))) for spec in KIND_FIELDS[kind]]


def record_row(store: Store, kind: str, record_id: str) -> dict[str, Any] | None:
    """One record's columns as a dict, or None."""
    table = _table(kind)
    with store.engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.id == record_id)).first()
    return dict(row._mapping) if row else None


def find_record(store: Store, record_id: str) -> tuple[str, dict[str, Any]] | None:
    """A record by id across kinds: (kind, row) or None."""
    for kind in RECORD_MODELS:
        row = record_row(store, kind, record_id)
        if row is not None:
            return kind, row
    return None


def raw_of(row: dict[str, Any]) -> dict[str, str]:
    try:
        raw = json.loads(row.get("raw") or "{}")
    except ValueError:
        return {}
    return raw if isinstance(raw, dict) else {}


def source_text(source: dict[str, Any] | None) -> str:
    """'file / sheet / 第 N 行' for a provenance dict."""
    if not source:
        return ""
    parts = [str(source.get("file") or ""), str(source.get("sheet") or "")]
    row = source.get("row")
    text = " / ".join(p for p in parts if p)
    return f"{text} / 第{row}行" if row else text


def row_source(row: dict[str, Any]) -> dict[str, Any]:
    return {"file": row.get("source_file"), "sheet": row.get("source_sheet"), "row": row.get("source_row")}


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", kind or "")


# --- overview ---------------------------------------------------------------------


def amounts_near_tiers(store: Store, tiers_fen: Sequence[int], kinds: Sequence[str] = ("project", "contract", "payment"),
                       low: float = 0.7, high: float = 1.1) -> list[int]:
    """Amounts (fen) within [low, high) of any tier, for the histogram around the tiers."""
    out: list[int] = []
    with store.engine.connect() as connection:
        for kind in kinds:
            table = _table(kind)
            if "amount" not in table.c:
                continue
            clauses = [and_(table.c.amount >= int(t * low), table.c.amount < int(t * high)) for t in tiers_fen]
            if not clauses:
                continue
            statement = select(table.c.amount).where(or_(*clauses))
            if kind == "payment":
                statement = statement.where(or_(table.c.direction.is_(None), table.c.direction != "in"))
            out.extend(int(row[0]) for row in connection.execute(statement))
    return out


def spending_by_month(store: Store, village: str | None = None) -> list[tuple[str, int]]:
    """Outgoing payments per month ('YYYY-MM', fen), oldest first."""
    table = _table("payment")
    month = func.strftime("%Y-%m", table.c.date)
    statement = (
        select(month.label("month"), func.sum(table.c.amount))
        .where(table.c.date.is_not(None), table.c.amount.is_not(None))
        .where(or_(table.c.direction.is_(None), table.c.direction != "in"))
        .group_by(month)
        .order_by(month)
    )
    if village:
        statement = statement.where(table.c.village == village)
    with store.engine.connect() as connection:
        return [(row[0], int(row[1] or 0)) for row in connection.execute(statement)]


def counterparty_shares(store: Store, village: str | None = None, kinds: Sequence[str] = ("project", "contract"),
                        top: int = 8) -> list[tuple[str, int, int]]:
    """(name, count, amount fen) of the largest counterparties of a village's works."""
    totals: dict[str, list[int]] = {}
    with store.engine.connect() as connection:
        for kind in kinds:
            table = _table(kind)
            name = COUNTERPARTY_FIELD[kind]
            statement = (
                select(table.c[name], func.count(), func.sum(table.c.amount))
                .where(table.c[name].is_not(None), table.c[name] != "")
                .group_by(table.c[name])
            )
            if village:
                statement = statement.where(table.c.village == village)
            for party, n, amount in connection.execute(statement):
                entry = totals.setdefault(party, [0, 0])
                entry[0] += int(n)
                entry[1] += int(amount or 0)
    ranked = sorted(totals.items(), key=lambda item: (-item[1][1], -item[1][0], item[0]))
    return [(party, n, amount) for party, (n, amount) in ranked[:top]]


def village_record_counts(store: Store) -> dict[str, dict[str, int]]:
    """village -> kind -> record count."""
    out: dict[str, dict[str, int]] = {}
    with store.engine.connect() as connection:
        for kind in RECORD_MODELS:
            table = _table(kind)
            statement = select(table.c.village, func.count()).group_by(table.c.village)
            for village, n in connection.execute(statement):
                out.setdefault(village or EMPTY, {})[kind] = int(n)
    return out
