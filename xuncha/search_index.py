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

Tokens and grams are computed once per distinct field value (villages,
parties and many titles repeat), and rows are written in rowid order, which
spares FTS5 a flush per row. Pinyin (pypinyin, ~260 ms to import) is only
computed for bigrams not seen before.

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


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """NFKC and lower case: the form that both the index and the queries use."""
    return unicodedata.normalize("NFKC", text).lower()


def segments(text: str) -> list[str]:
    """Runs of letters, digits and CJK characters in folded text."""
    return _SEGMENT.findall(fold(text))


def segment_tokens(segment: str) -> list[str]:
    """A run's index tokens: its bigrams, then its last character alone.

    The trailing unigram lets a one-character prefix query find a character
    that ends a run ("村" in "石桥村"), and it sits between runs so that a
    phrase never spans two fields.
    """
    if len(segment) == 1:
        return [segment]
    return [segment[i:i + 2] for i in range(len(segment) - 1)] + [segment[-1]]


def body_of(values: Iterable[str]) -> str:
    """The FTS body for a record's searchable values."""
    tokens: list[str] = []
    for value in values:
        for segment in segments(value):
            tokens.extend(segment_tokens(segment))
    return " ".join(tokens)


def grams_of(values: Iterable[str]) -> tuple[set[str], set[str]]:
    """The distinct bigrams and trigrams of the values' runs."""
    bigrams: set[str] = set()
    trigrams: set[str] = set()
    for value in values:
        for segment in segments(value):
            bigrams.update(segment[i:i + 2] for i in range(len(segment) - 1))
            trigrams.update(segment[i:i + 3] for i in range(len(segment) - 2))
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
    if not raw:
        return {}
    try:
        cells = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(cells, dict):
        return {}
    seen = {str(v) for v in known if v}
    out: dict[str, str] = {}
    for header, value in cells.items():
        if value is None:
            continue
        value = str(value).strip()
        if not value or value in seen or len(value) > 300 or _NUMERIC_CELL.match(value):
            continue
        out[str(header)] = value
    return out


def searchable_values(kind: str, row: dict[str, Any]) -> list[str]:
    """The strings of one record that go into the index."""
    values = [row.get(name) or "" for name in text_fields(kind)]
    values.append(row.get("village") or "")
    values.extend(extra_cells(row.get("raw"), values).values())
    return [v for v in values if v]


def record_year(kind: str, row: dict[str, Any]) -> int | None:
    when = _record_date(kind, row)
    return when.year if when else None


def _record_date(kind: str, row: dict[str, Any]) -> dt.date | None:
    names = ([DATE_FIELD[kind]] if kind in DATE_FIELD else []) + [
        spec.name for spec in KIND_FIELDS[kind] if spec.type == DATE
    ]
    for name in names:
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
# Bumped whenever the tables or the tokens change: the index is then rebuilt.
INDEX_VERSION = "2"
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
    set_state(connection, "version", INDEX_VERSION)
    return fts


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
    """Tokens and grams per distinct value: villages, types, parties and many titles repeat
    across thousands of records, so each distinct string is cut only once."""

    LIMIT = 300_000

    def __init__(self, fts: bool) -> None:
        self.fts = fts
        self.bodies: dict[str, str] = {}
        self.uses: Counter[str] = Counter()
        """How many records hold each value: document frequencies follow from it."""

    def body(self, value: str) -> str:
        cached = self.bodies.get(value)
        if cached is None:
            if len(self.bodies) >= self.LIMIT:
                self.bodies.clear()  # bounded memory on huge imports; counts stay in ``uses``
            cached = body_of([value]) if self.fts else fold(value)
            self.bodies[value] = cached
        self.uses[value] += 1
        return cached

    def gram_counts(self) -> tuple[Counter[str], Counter[str]]:
        """Bigram and trigram frequencies (a record counts once per field holding the gram)."""
        grams: Counter[str] = Counter()
        grams3: Counter[str] = Counter()
        for value, uses in self.uses.items():
            bigrams, trigrams = grams_of([value])
            for gram in bigrams:
                grams[gram] += uses
            for gram in trigrams:
                grams3[gram] += uses
        return grams, grams3


def index_batches(connection: sqlite3.Connection, batch_ids: list[int],
                  fts: bool) -> tuple[int, Counter[str], Counter[str]]:
    """Index every record of these batches; returns the count and the bigram and trigram frequencies."""
    seq = int(get_state(connection, "next_seq", "1"))
    cache = _ValueCache(fts)
    added = 0
    per_batch: Counter[int] = Counter()
    insert_body = ("INSERT INTO search_fts (rowid, body) VALUES (?, ?)" if fts
                   else "INSERT INTO search_text (rowid, body) VALUES (?, ?)")
    separator = " " if fts else "\x1f"
    for kind in KIND_ORDER:
        docs: list[tuple[Any, ...]] = []
        bodies: list[tuple[int, str]] = []
        for row in _record_rows(connection, kind, batch_ids):
            values = searchable_values(kind, row)
            when = _record_date(kind, row)
            rowid = doc_rowid(kind, when, seq)
            seq += 1
            docs.append((rowid, row["id"], kind, row["batch_id"], record_amount(kind, row),
                         when.year if when else None))
            bodies.append((rowid, separator.join(cache.body(v) for v in values)))
            per_batch[row["batch_id"]] += 1
            if len(docs) >= FLUSH_ROWS:
                _flush(connection, docs, bodies, insert_body)
                added += len(docs)
                docs, bodies = [], []
        _flush(connection, docs, bodies, insert_body)
        added += len(docs)
    connection.executemany(
        "INSERT OR REPLACE INTO search_batch (batch_id, docs) VALUES (?, ?)",
        [(b, per_batch.get(b, 0)) for b in batch_ids],
    )
    set_state(connection, "next_seq", seq)
    grams, grams3 = cache.gram_counts()
    return added, grams, grams3


# Rows are written in rowid order, in chunks this large. FTS5 flushes its
# pending terms whenever a rowid is lower than the previous one, so writing
# in (kind, date) order instead of import order is three to eight times faster.
FLUSH_ROWS = 200_000


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
        report.added, grams, grams3 = index_batches(connection, new, fts)
        report.new_grams = add_grams(connection, grams)
        add_trigrams(connection, grams3)
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
