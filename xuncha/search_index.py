"""Provides the search index: a bigram FTS5 table over every record, kept in step by ``update_index``.

Why bigrams (PERF.md §5): the FTS5 trigram tokenizer silently finds nothing
for two-character terms ("石桥", "宏达", a surname), and those are the most
common Chinese queries. Here every field is cut into overlapping character
bigrams ("道路硬化" -> "道路 路硬 硬化", plus the last character of each run
as a unigram) and indexed by the plain ``unicode61`` tokenizer. A term of
two characters is one token, a longer term is a phrase of its bigrams
(substring semantics), and a one-character term is a prefix query. One
table, one ``MATCH``, so the AND of several terms happens inside FTS5.

The FTS rowid orders the results for free: it is
``kind rank * 10**15 + date rank * 10**9 + sequence``, so ``ORDER BY rowid``
(native to FTS5, no sort) lists projects before contracts before payments,
and within a kind the newest first. Search reads only the first few hundred
rows of a match in that order and ranks them in Python.

Beside the FTS table:

- ``search_doc`` maps an FTS rowid to its record id and kind, with the amount
  and year that the query filters (">5万", "2022") need;
- ``search_gram`` holds every bigram with its document frequency and its
  pinyin: typo correction (which characters can sit between two others) and
  pinyin search ("whlt" -> 文化礼堂) run over this vocabulary, never over rows;
  ``search_gram3`` holds the trigrams, to drop variants that cannot occur;
- ``search_batch`` records which import batches are indexed: an import adds
  a batch, a removal drops its rows from ``search_doc`` (the FTS rows are left
  as tombstones that the join filters out, until there are enough of them to
  rebuild).

An import indexes its own records inside its transaction (``ImportIndexer``:
the importer has the field values and raw cells in hand); ``update`` indexes
whatever is not indexed yet (batches written another way, a rebuild) by
reading the records back. Tokens and grams are computed once per distinct
field value (villages, parties and many titles repeat), and rows are written
in rowid order, which spares FTS5 a flush per row. Pinyin (pypinyin, ~260 ms
to import) is only computed for bigrams not seen before.

If the SQLite build has no FTS5, a plain table of folded text and ``instr``
scans stand in (slow but correct).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import threading
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add
from typing import Any

from xuncha.models import (
    COUNTERPARTY_FIELD,
    DATE,
    DATE_FIELD,
    KIND_FIELDS,
    KINDS,
    TEXT,
    TITLE_FIELD,
)
from xuncha.traditional import simplified

# Kinds in the order a search lists equally good hits: the work itself first,
# the bulk of vouchers last.
KIND_ORDER: tuple[str, ...] = ("project", "contract", "resource", "asset", "cadre", "payment")
KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}
KIND_SPAN = 10**15
DATE_SPAN = 10**9
_NO_DATE = 999_999
_DATE_ORIGIN = 800_000  # date.toordinal() of 2191; ranks count days back from it

# Rebuild the FTS table once removed batches leave this share of dead rows.
REBUILD_DEAD_SHARE = 0.25

_SEGMENT = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Raw cells that are only a number, a date or an amount add nothing to find.
_NUMERIC_CELL = re.compile(r"^[\d\s.,:/\\\-+¥￥%年月日号时分秒元角万整千百亿]*$")

assert set(KIND_ORDER) == set(KINDS)


# --- text folding and tokens -------------------------------------------------------


def fold(text: str) -> str:
    """NFKC, 繁体 as simplified (陳記 is 陈记: ``xuncha.traditional``) and lower case: the form that both
    the index and the queries use."""
    if text.isascii():
        return text.lower()  # NFKC leaves ASCII as it is: no normalising, no cache entry (codes)
    return _fold_unicode(text)


@lru_cache(maxsize=200_000)
def _fold_unicode(text: str) -> str:
    return simplified(unicodedata.normalize("NFKC", text)).lower()


def segments(text: str) -> list[str]:
    """Runs of letters, digits and CJK characters in folded text."""
    return _SEGMENT.findall(fold(text))


def segment_tokens(segment: str) -> list[str]:
    """A run's index tokens: its bigrams, then its last character alone.

    The trailing unigram lets a one-character prefix query find a character
    that ends a run ("村" in "石桥村"), and it sits between runs so that a
    phrase never spans two fields.
    """
    return _cut_runs([segment])[0]


def _cut_runs(runs: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(index tokens, bigrams, trigrams) of runs, in one pass: a value is cut once for its
    body and its gram counts."""
    tokens: list[str] = []
    bigrams: list[str] = []
    trigrams: list[str] = []
    for run in runs:
        if len(run) > 1:
            # character i joined to character i+1 (and that pair to i+2), iterated in C
            pairs = list(map(add, run, run[1:]))
            tokens += pairs
            bigrams += pairs
            trigrams += map(add, pairs, run[2:])
        tokens.append(run[-1])
    return tokens, bigrams, trigrams


def body_of(values: Iterable[str]) -> str:
    """The FTS body for a record's searchable values."""
    return " ".join([token for value in values for token in _cut_runs(segments(value))[0]])


def grams_of(values: Iterable[str]) -> tuple[set[str], set[str]]:
    """The distinct bigrams and trigrams of the values' runs."""
    bigrams: set[str] = set()
    trigrams: set[str] = set()
    for value in values:
        _, pairs, triples = _cut_runs(segments(value))
        bigrams.update(pairs)
        trigrams.update(triples)
    return bigrams, trigrams


def is_cjk(text: str) -> bool:
    return bool(text) and all(_CJK.match(ch) for ch in text)


# --- which values of a record are searchable ---------------------------------------


def text_fields(kind: str) -> list[str]:
    """Searchable canonical fields of a kind: title first, counterparty next, then the rest."""
    names = [spec.name for spec in KIND_FIELDS[kind] if spec.type == TEXT]
    first = [TITLE_FIELD[kind]] + ([COUNTERPARTY_FIELD[kind]] if kind in COUNTERPARTY_FIELD else [])
    return first + [n for n in names if n not in first]


def extra_cells(raw: str | None, known: Iterable[Any]) -> dict[str, str]:
    """Raw cells worth searching that no canonical field holds (备注, 建设地点 …)."""
    seen = {str(v) for v in known if v}
    return {str(header): text for header, text in _searchable_cells(_decode_raw(raw), seen).items()}


def _decode_raw(raw: str | None) -> dict[Any, Any]:
    if not raw:
        return {}
    try:
        cells = json.loads(raw)
    except ValueError:
        return {}
    return cells if isinstance(cells, dict) else {}


def _searchable_cells(cells: dict[Any, Any], seen: set[str]) -> dict[Any, str]:
    """The cells worth searching (header -> stripped text): not empty, not a field's value, not just a number."""
    return {header: text for header, value in cells.items()
            if value is not None and (text := _searchable_text(str(value))) and text not in seen}


def _searchable_text(text: str) -> str:
    """A cell's stripped text if it is worth searching by itself (not empty, not just a number), else ''."""
    text = text.strip()
    return text if text and len(text) <= 300 and not _NUMERIC_CELL.match(text) else ""


def searchable_values(kind: str, row: dict[str, Any], cells: dict[str, str] | None = None) -> list[str]:
    """The strings of one record that go into the index.

    ``cells`` are the raw cells (header -> text) when the caller has them in hand
    (the importer); otherwise they are decoded from the record's ``raw`` JSON.
    """
    values = _field_values(kind, row)
    if cells is None:
        cells = _decode_raw(row.get("raw"))
    values.extend(_searchable_cells(cells, set(map(str, values))).values())
    return values


def _field_values(kind: str, row: dict[str, Any]) -> list[Any]:
    """The non-empty text fields of a record, title first, then its village."""
    values = [value for name in _TEXT_FIELDS[kind] if (value := row.get(name))]
    village = row.get("village")
    if village:
        values.append(village)
    return values


_TEXT_FIELDS = {kind: tuple(text_fields(kind)) for kind in KINDS}
_DATE_FIELDS = {kind: tuple(([DATE_FIELD[kind]] if kind in DATE_FIELD else [])
                            + [spec.name for spec in KIND_FIELDS[kind] if spec.type == DATE]) for kind in KINDS}


def record_year(kind: str, row: dict[str, Any]) -> int | None:
    when = _record_date(kind, row)
    return when.year if when else None


def _record_date(kind: str, row: dict[str, Any]) -> dt.date | None:
    for name in _DATE_FIELDS[kind]:
        value = row.get(name)
        if value:
            return value if isinstance(value, dt.date) else _parse_date(value)
    return None


def _parse_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def record_amount(kind: str, row: dict[str, Any]) -> int | None:
    amount = row.get("amount")
    if amount is None and kind == "project":
        amount = row.get("budget")
    return int(amount) if amount is not None else None


def doc_rowid(kind: str, when: dt.date | None, seq: int) -> int:
    """The FTS rowid: kind, then newest first, then import order."""
    if when is None:
        rank = _NO_DATE
    else:
        rank = min(max(_DATE_ORIGIN - when.toordinal(), 0), _NO_DATE - 1)
    return KIND_RANK[kind] * KIND_SPAN + rank * DATE_SPAN + seq


def kind_range(kind: str) -> tuple[int, int]:
    low = KIND_RANK[kind] * KIND_SPAN
    return low, low + KIND_SPAN


# --- schema --------------------------------------------------------------------------

_SCHEMA = (
    ("CREATE TABLE IF NOT EXISTS search_doc (rowid INTEGER PRIMARY KEY, record_id TEXT NOT NULL, "
    "kind TEXT NOT NULL, batch_id INTEGER NOT NULL, amount INTEGER, year INTEGER)"),
    "CREATE INDEX IF NOT EXISTS ix_search_doc_batch ON search_doc (batch_id)",
    "CREATE TABLE IF NOT EXISTS search_batch (batch_id INTEGER PRIMARY KEY, docs INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS search_gram (gram TEXT PRIMARY KEY, df INTEGER NOT NULL, py TEXT) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS search_gram3 (gram TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
# prefix='1': one-character terms ("刘", a surname) are prefix queries over the
# bigrams; without a prefix index they merge hundreds of doclists.
_FTS = ("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, content='', columnsize=0, prefix='1', "
        "tokenize='unicode61 remove_diacritics 0')")
# FTS5 holds pending terms in memory up to this size before it writes a segment
# (1 MB by default). An import then writes a few large segments instead of
# dozens of small ones that are merged again: 100k records index in 0.65 s
# instead of 1.7 s. FTS5 keeps the setting with the table.
FTS_HASH_BYTES = 64 << 20
# Bumped whenever the tables or the tokens change: the index is then rebuilt.
INDEX_VERSION = "3"
_TABLES = ("search_fts", "search_text", "search_doc", "search_batch", "search_gram", "search_gram3")
_PLAIN = "CREATE TABLE IF NOT EXISTS search_text (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL)"


def has_fts5(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts5_probe USING fts5(x)")
        connection.execute("DROP TABLE IF EXISTS temp.fts5_probe")
        return True
    except sqlite3.OperationalError:
        return False


def ensure_schema(connection: sqlite3.Connection) -> bool:
    """Create the index tables (dropping those of an older index version); returns whether FTS5 is used."""
    if table_exists(connection, "search_state") and get_state(connection, "version") != INDEX_VERSION:
        for table in _TABLES:
            connection.execute(f"DROP TABLE IF EXISTS {table}")
        connection.execute("DELETE FROM search_state")
    for statement in _SCHEMA:
        connection.execute(statement)
    fts = has_fts5(connection)
    connection.execute(_FTS if fts else _PLAIN)
    if fts:
        _set_hash_size(connection)
    set_state(connection, "version", INDEX_VERSION)
    return fts


def _set_hash_size(connection: sqlite3.Connection) -> None:
    row = connection.execute("SELECT v FROM search_fts_config WHERE k = 'hashsize'").fetchone()
    if row is None or int(row[0]) != FTS_HASH_BYTES:
        connection.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', ?)", (FTS_HASH_BYTES,))


def get_state(connection: sqlite3.Connection, key: str, default: str = "") -> str:
    row = connection.execute("SELECT value FROM search_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_state(connection: sqlite3.Connection, key: str, value: Any) -> None:
    connection.execute(
        "INSERT INTO search_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)),
    )


def table_exists(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (name,)
    ).fetchone() is not None


# --- building ------------------------------------------------------------------------


@dataclass
class IndexReport:
    """What one ``update_index`` did."""

    added: int = 0
    removed: int = 0
    rebuilt: bool = False
    new_grams: int = 0


def _record_rows(connection: sqlite3.Connection, kind: str, batch_ids: list[int]) -> Iterator[dict[str, Any]]:
    fields = [spec.name for spec in KIND_FIELDS[kind]]
    columns = ", ".join(["id", "batch_id", "village", "raw"] + fields)
    marks = ",".join("?" * len(batch_ids))
    cursor = connection.execute(f"SELECT {columns} FROM {kind} WHERE batch_id IN ({marks})", batch_ids)
    names = [d[0] for d in cursor.description]
    while True:
        chunk = cursor.fetchmany(5000)
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(names, row))


class _ValueCache:
    """Tokens per distinct value, and the gram frequencies of all the values cut.

    Villages, types, parties and many titles repeat across thousands of records,
    so a value is cut only once while it stays in the cache. Its grams count once
    when it is cut (most values, codes and titles, occur once); the records that
    repeat it are added when it leaves the cache, which is emptied every
    ``LIMIT`` values: memory stays bounded on huge imports.
    """

    LIMIT = 100_000
    PENDING_GRAMS = 1 << 18
    PENDING_USES = 1 << 18

    def __init__(self, fts: bool) -> None:
        self.fts = fts
        self.bodies: dict[str, str] = {}
        self.uses: Counter[str] = Counter()
        """How many records hold each cached value: document frequencies follow from it."""
        self._used: list[str] = []
        # values looked up lately, once per record holding them: added to ``uses`` in bulk
        # (Counter counts a list in C), often enough that the list stays small
        self._grams: Counter[str] = Counter()
        self._grams3: Counter[str] = Counter()
        # grams of values just cut, counted in bulk (Counter counts a list in C)
        self._pending: list[str] = []
        self._pending3: list[str] = []

    def joined(self, values: list[str], separator: str) -> str:
        """The bodies of one record's values, joined (each value is cut once while cached)."""
        bodies = self.bodies
        missing = [value for value in values if value not in bodies]
        if missing:
            if len(bodies) + len(missing) > self.LIMIT:
                self._forget()
                missing = values
            for value in missing:
                if value not in bodies:  # a value may repeat within the record
                    bodies[value] = self._cut(value)
        self._used += values
        if len(self._used) > self.PENDING_USES:
            self._count_uses()
        return separator.join(map(bodies.__getitem__, values))

    def _count_uses(self) -> None:
        self.uses.update(self._used)
        self._used = []

    def _cut(self, value: str) -> str:
        tokens, bigrams, trigrams = _cut_runs(segments(value))
        self._pending += set(bigrams)
        self._pending3 += set(trigrams)
        if len(self._pending) > self.PENDING_GRAMS:
            self._count_pending()
        return " ".join(tokens) if self.fts else fold(value)

    def _count_pending(self) -> None:
        self._grams.update(self._pending)
        self._grams3.update(self._pending3)
        self._pending, self._pending3 = [], []

    def _forget(self) -> None:
        """Empty the cache; the repeats of its values join the gram counts."""
        self._count_pending()
        self._count_uses()
        for value, uses in self.uses.items():
            if uses > 1:
                bigrams, trigrams = grams_of([value])
                self._grams.update(dict.fromkeys(bigrams, uses - 1))
                self._grams3.update(dict.fromkeys(trigrams, uses - 1))
        self.bodies.clear()
        self.uses.clear()

    def gram_counts(self) -> tuple[Counter[str], Counter[str]]:
        """Bigram and trigram frequencies (a record counts once per field holding the gram)."""
        self._forget()
        return self._grams, self._grams3


class _Documents:
    """Index rows being built: one ``search_doc`` row and one FTS body per record.

    Both ways into the index use it: ``update`` (records read back from their
    tables) and ``ImportIndexer`` (records as the importer maps them).
    """

    def __init__(self, connection: sqlite3.Connection, fts: bool) -> None:
        self.connection = connection
        self.cache = _ValueCache(fts)
        self.separator = " " if fts else "\x1f"
        self.insert_body = ("INSERT INTO search_fts (rowid, body) VALUES (?, ?)" if fts
                            else "INSERT INTO search_text (rowid, body) VALUES (?, ?)")
        self.seq = int(get_state(connection, "next_seq", "1"))
        self.docs: list[tuple[Any, ...]] = []
        self.bodies: list[tuple[int, str]] = []
        self.per_batch: Counter[int] = Counter()
        self.added = 0

    def add(self, kind: str, row: dict[str, Any], batch_id: int, cells: dict[str, str] | None = None) -> None:
        """Cut one record (a dict of its columns; ``cells`` as for ``searchable_values``)."""
        values = searchable_values(kind, row, cells)
        when = _record_date(kind, row)
        rowid = doc_rowid(kind, when, self.seq)
        self.seq += 1
        self.docs.append((rowid, row["id"], kind, batch_id, record_amount(kind, row), when.year if when else None))
        self.bodies.append((rowid, self.cache.joined(values, self.separator)))
        self.per_batch[batch_id] += 1

    @property
    def full(self) -> bool:
        return len(self.docs) >= FLUSH_ROWS

    def flush(self) -> None:
        """Write the rows built so far."""
        _flush(self.connection, self.docs, self.bodies, self.insert_body)
        self.added += len(self.docs)
        self.docs, self.bodies = [], []

    def finish(self, batch_ids: list[int]) -> tuple[int, int]:
        """Write the rest, the batches' doc counts and the gram frequencies; returns (docs, new grams)."""
        self.flush()
        self.connection.executemany(
            "INSERT OR REPLACE INTO search_batch (batch_id, docs) VALUES (?, ?)",
            [(b, self.per_batch.get(b, 0)) for b in batch_ids],
        )
        set_state(self.connection, "next_seq", self.seq)
        grams, grams3 = self.cache.gram_counts()
        new_grams = add_grams(self.connection, grams)
        add_trigrams(self.connection, grams3)
        return self.added, new_grams


def index_batches(connection: sqlite3.Connection, batch_ids: list[int], fts: bool) -> tuple[int, int]:
    """Index every record of these batches, read back from the record tables; returns (docs, new grams)."""
    documents = _Documents(connection, fts)
    for kind in KIND_ORDER:
        for row in _record_rows(connection, kind, batch_ids):
            documents.add(kind, row, row["batch_id"])
            if documents.full:
                documents.flush()
    return documents.finish(batch_ids)


class ImportIndexer:
    """Indexes one import's records inside its transaction, as the importer maps them.

    The importer has every field value and the raw cell texts in hand: cutting
    them there spares reading all records back and decoding each one's raw
    JSON afterwards (the refresh then finds the batch indexed already).
    """

    def __init__(self, connection: sqlite3.Connection, batch_id: int) -> None:
        self.batch_id = batch_id
        self._documents = _Documents(connection, ensure_schema(connection))

    def add(self, kind: str, record: dict[str, Any], cells: dict[str, str]) -> None:
        """One mapped record with its raw cells (header -> text, as its ``raw`` JSON holds them)."""
        self._documents.add(kind, record, self.batch_id, cells)

    @property
    def full(self) -> bool:
        """Enough rows wait in memory: ``flush`` them."""
        return self._documents.full

    def flush(self) -> None:
        self._documents.flush()

    def finish(self) -> None:
        """Write what is left; the batch is then indexed (call it before the import commits)."""
        self._documents.finish([self.batch_id])
        # a fresh token, not a counter: see ``update``
        set_state(self._documents.connection, "generation", uuid.uuid4().hex)


# Rows are written in rowid order, in chunks this large. FTS5 flushes its
# pending terms whenever a rowid is lower than the previous one, so writing
# in (kind, date) order instead of import order is three to eight times faster.
# A chunk waits in memory (about 80 MB), during an import next to the whole
# sheet that the reader holds: larger chunks write a little faster (each is
# one more FTS segment to merge), but a 1M-row import must stay under 1.5 GB.
FLUSH_ROWS = 100_000


def _flush(connection: sqlite3.Connection, docs: list[tuple[Any, ...]], bodies: list[tuple[int, str]],
           insert_body: str) -> None:
    if not docs:
        return
    docs.sort()
    bodies.sort()
    connection.executemany("INSERT INTO search_doc (rowid, record_id, kind, batch_id, amount, year) "
                           "VALUES (?, ?, ?, ?, ?, ?)", docs)
    connection.executemany(insert_body, bodies)


def add_grams(connection: sqlite3.Connection, grams: Counter[str]) -> int:
    """Add document frequencies; new CJK bigrams get their pinyin. Returns how many were new."""
    if not grams:
        return 0
    known: set[str] = set()
    items = list(grams.items())
    for start in range(0, len(items), 900):
        chunk = [g for g, _ in items[start:start + 900]]
        marks = ",".join("?" * len(chunk))
        known.update(r[0] for r in connection.execute(f"SELECT gram FROM search_gram WHERE gram IN ({marks})", chunk))
    new = [g for g, _ in items if g not in known]
    readings = pinyin_of(new)
    connection.executemany("INSERT INTO search_gram (gram, df, py) VALUES (?, ?, ?)",
                           [(g, grams[g], readings.get(g)) for g in new])
    connection.executemany("UPDATE search_gram SET df = df + ? WHERE gram = ?",
                           [(n, g) for g, n in items if g in known])
    return len(new)


def add_trigrams(connection: sqlite3.Connection, grams: Counter[str]) -> None:
    """Trigram document frequencies: they tell a typo variant that occurs from one that cannot."""
    connection.executemany(
        "INSERT INTO search_gram3 (gram, df) VALUES (?, ?) ON CONFLICT(gram) DO UPDATE SET df = df + excluded.df",
        grams.items(),
    )


def existing_trigrams(connection: sqlite3.Connection, grams: Iterable[str]) -> set[str]:
    wanted = list(set(grams))
    found: set[str] = set()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in connection.execute(f"SELECT gram FROM search_gram3 WHERE gram IN ({marks})", chunk))
    return found


def pinyin_of(grams: list[str]) -> dict[str, str]:
    """Pinyin ("hong da") of CJK bigrams, read in context so that 银行 is "yin hang"."""
    cjk = [g for g in grams if is_cjk(g)]
    if not cjk:
        return {}
    # pypinyin costs ~260 ms to import (PERF.md §7): only when new text arrives
    from pypinyin import Style, lazy_pinyin

    out = {}
    for gram in cjk:
        syllables = lazy_pinyin(gram, style=Style.NORMAL, errors="ignore")
        if len(syllables) == 2 and all(s.isascii() and s.isalpha() for s in syllables):
            out[gram] = " ".join(syllables)
    return out


def clear_index(connection: sqlite3.Connection, fts: bool) -> None:
    if fts:
        connection.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    else:
        connection.execute("DELETE FROM search_text")
    for table in ("search_doc", "search_batch", "search_gram", "search_gram3"):
        connection.execute(f"DELETE FROM {table}")
    set_state(connection, "dead", 0)
    set_state(connection, "next_seq", 1)


def update(connection: sqlite3.Connection) -> IndexReport:
    """Bring the index in step with the batches in the store (inside the caller's transaction)."""
    fts = ensure_schema(connection)
    report = IndexReport()
    current = {r[0] for r in connection.execute("SELECT id FROM batch")}
    indexed = {r[0]: r[1] for r in connection.execute("SELECT batch_id, docs FROM search_batch")}
    removed = [b for b in indexed if b not in current]
    if removed:
        marks = ",".join("?" * len(removed))
        connection.execute(f"DELETE FROM search_doc WHERE batch_id IN ({marks})", removed)
        connection.execute(f"DELETE FROM search_batch WHERE batch_id IN ({marks})", removed)
        if not fts:
            connection.execute("DELETE FROM search_text WHERE rowid NOT IN (SELECT rowid FROM search_doc)")
        dead = int(get_state(connection, "dead", "0")) + sum(indexed[b] for b in removed)
        report.removed = sum(indexed[b] for b in removed)
        live = connection.execute("SELECT COUNT(*) FROM search_doc").fetchone()[0]
        if fts and dead > REBUILD_DEAD_SHARE * max(live, 1):
            clear_index(connection, fts)
            report.rebuilt = True
            dead = 0
            indexed = {}
        set_state(connection, "dead", dead)
    new = sorted(b for b in current if b not in indexed or report.rebuilt)
    if new:
        report.added, report.new_grams = index_batches(connection, new, fts)
    if removed or new:
        # a fresh token, not a counter: a rebuilt index must never look like a cached one
        set_state(connection, "generation", uuid.uuid4().hex)
    return report


# --- the in-memory vocabulary ------------------------------------------------------


@dataclass
class Vocabulary:
    """The bigram vocabulary in memory, for typo variants and pinyin paths."""

    df: dict[str, int] = field(default_factory=dict)
    following: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    preceding: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # pinyin: first char -> [(second char, first syllable, second syllable, df)]
    py_next: dict[str, list[tuple[str, str, str, int]]] = field(default_factory=lambda: defaultdict(list))
    # first letter of the first syllable -> [(gram, syllable 1, syllable 2, df)]
    py_start: dict[str, list[tuple[str, str, str, int]]] = field(default_factory=lambda: defaultdict(list))
    syllables: set[str] = field(default_factory=set)
    docs: int = 0
    """Records indexed (live ones), to tell a common bigram from a rare one."""


def load_vocabulary(connection: sqlite3.Connection) -> Vocabulary:
    vocab = Vocabulary()
    vocab.docs = int(connection.execute("SELECT COALESCE(SUM(docs), 0) FROM search_batch").fetchone()[0])
    for gram, df, py in connection.execute("SELECT gram, df, py FROM search_gram"):
        if len(gram) != 2:
            continue
        vocab.df[gram] = df
        vocab.following[gram[0]].add(gram[1])
        vocab.preceding[gram[1]].add(gram[0])
        if py:
            first, _, second = py.partition(" ")
            vocab.py_next[gram[0]].append((gram[1], first, second, df))
            vocab.py_start[first[:1]].append((gram, first, second, df))
            vocab.syllables.add(first)
            vocab.syllables.add(second)
    for entries in list(vocab.py_next.values()) + list(vocab.py_start.values()):
        entries.sort(key=lambda e: -e[-1])
    return vocab


_cache_lock = threading.Lock()
_vocab_cache: dict[str, tuple[str, Vocabulary]] = {}


def vocabulary(connection: sqlite3.Connection, db_key: str) -> Vocabulary:
    """The vocabulary of one store, reloaded when the index generation changes."""
    generation = get_state(connection, "generation", "0")
    with _cache_lock:
        cached = _vocab_cache.get(db_key)
    if cached and cached[0] == generation:
        return cached[1]
    vocab = load_vocabulary(connection)
    with _cache_lock:
        _vocab_cache[db_key] = (generation, vocab)
    return vocab


__all__ = [
    "KIND_ORDER",
    "ImportIndexer",
    "IndexReport",
    "Vocabulary",
    "body_of",
    "doc_rowid",
    "ensure_schema",
    "extra_cells",
    "fold",
    "kind_range",
    "searchable_values",
    "segment_tokens",
    "segments",
    "text_fields",
    "update",
    "vocabulary",
]
