"""Provides fuzzy multi-term search over every record, and the query parser the TUI shows.

``search(store, "项目 一事一议")`` returns ranked ``SearchHit``s; each hit
says which fields matched and where (``Match.spans``), for the screens to
highlight. A query is split on whitespace:

- kind words (项目/工程, 合同, 收支/凭证/付款, 资产, 资源/发包/租赁,
  人员/干部) list that kind first; other kinds follow when they contain the
  word itself;
- amounts (">5万", "<100000", "5万-10万", "≥10万", "9.8万") and years ("2022",
  "2022年", "2021-2022年") filter;
- every other term must match somewhere in the record (title, counterparty or
  another spelling of the same party, village, type, category, procurement,
  summary, code, notes and other raw cells): exactly, by prefix, by pinyin
  ("hongda", initials "whlt"), or with one wrong, missing or extra character
  when the term has four characters or more.

How it runs (measured in ``benchmarks/search_speed.py``): the terms become one
FTS5 ``MATCH`` over the bigram index of ``xuncha.search_index``; a term that
names a party also matches the party's other spellings. Exact matches are
looked up first; only when they give fewer hits than asked does a second pass
add typo variants and pinyin readings, which come from the bigram vocabulary
(distinct, small) rather than from rows, and for long terms the parties whose
normal form rapidfuzz finds close. Either pass reads at most a few hundred
rows in index order (kind, newest first) and ranks them here: exact field >
prefix > substring > same party > pinyin > typo, title and counterparty above
other fields, projects and contracts a little above vouchers.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

from xuncha import search_index as ix
from xuncha.models import (
    COUNTERPARTY_FIELD,
    DATE_FIELD,
    KIND_FIELDS,
    KIND_LABELS,
    KINDS,
    TITLE_FIELD,
    field_spec,
)
from xuncha.money import fen_to_yuan, format_wan

# --- query words ---------------------------------------------------------------------

KIND_WORDS: dict[str, str] = {
    "项目": "project", "工程": "project", "工程项目": "project",
    "合同": "contract", "协议": "contract",
    "收支": "payment", "凭证": "payment", "记账凭证": "payment", "付款": "payment", "支付": "payment",
    "支出": "payment", "收入": "payment", "收款": "payment", "流水": "payment",
    "资产": "asset", "固定资产": "asset",
    "资源": "resource", "发包": "resource", "租赁": "resource", "承包": "resource", "出租": "resource",
    "人员": "cadre", "干部": "cadre", "村干部": "cadre", "人员名单": "cadre",
}
"""Chinese words that name a record kind inside a query."""

# How many rows of a match are read and ranked per pass. Rows come in index
# order (kind, newest first), so a common term still yields the newest
# projects and contracts.
CANDIDATES = 100
# Typo variants and pinyin readings added per term in the second pass.
MAX_VARIANTS = 24
# Terms this long are compared with the party names by rapidfuzz in the
# second pass, and get fewer character variants.
LONG_TERM = 6
PARTY_SIMILARITY = 80
# A term that names more parties than this is generic ("建设"); it is not
# expanded to the parties' other spellings.
MAX_PARTY_EXPANSION = 8

# Match scores (0–100) before the field weight.
EQUAL, PREFIX, SUBSTRING, SAME_PARTY, PINYIN, TYPO = 100.0, 95.0, 90.0, 86.0, 75.0, 62.0

# Projects and contracts are what an inspector opens first; a payment whose
# summary matches a little more tightly should not push them out.
KIND_BONUS = {"project": 1.5, "contract": 1.5, "resource": 1.0, "asset": 1.0, "cadre": 1.0, "payment": 0.0}

_FIELD_WEIGHT_DEFAULT = 0.9
_TITLE_WEIGHT, _PARTY_WEIGHT, _VILLAGE_WEIGHT, _EXTRA_WEIGHT = 1.0, 0.98, 0.96, 0.85


# --- parsed queries -----------------------------------------------------------------


@dataclass
class ParsedQuery:
    """How a query was understood; ``describe()`` says it in Chinese for the screens."""

    text: str
    terms: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    """Kinds named by kind words, in the order given."""
    kind_words: list[str] = field(default_factory=list)
    amount_min: int | None = None
    """Inclusive lower bound in fen."""
    amount_max: int | None = None
    """Exclusive upper bound in fen."""
    amount_words: list[str] = field(default_factory=list)
    """The amount filters in words, e.g. "大于 5万"."""
    years: list[int] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)
    """The query words read as filters, as typed."""

    @property
    def empty(self) -> bool:
        return not (self.terms or self.kinds or self.years or self.amount_min is not None
                    or self.amount_max is not None)

    def describe(self) -> str:
        parts = []
        if self.kinds:
            parts.append("类型：" + "、".join(KIND_LABELS[k] for k in self.kinds))
        if self.amount_words:
            parts.append("金额：" + "，".join(self.amount_words))
        if self.years:
            parts.append("年份：" + "、".join(str(y) for y in self.years))
        if self.terms:
            parts.append("关键词：" + "、".join(self.terms))
        return "；".join(parts) if parts else "（空查询）"


_NUMBER = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_UNIT = r"(万元|万|元|千元|千|亿元|亿|w|k)?"
_OPS = {
    ">": "gt", "大于": "gt", "超过": "gt", "高于": "gt",
    ">=": "ge", "≥": "ge", "大于等于": "ge", "不少于": "ge", "不低于": "ge",
    "<": "lt", "小于": "lt", "低于": "lt", "不足": "lt",
    "<=": "le", "≤": "le", "小于等于": "le", "不超过": "le", "不高于": "le",
}
_OP_RE = "|".join(sorted((re.escape(k) for k in _OPS), key=len, reverse=True))
_AMOUNT_RE = re.compile(rf"^({_OP_RE})?{_NUMBER}{_UNIT}(以上|以下|以内)?$")
_RANGE_RE = re.compile(rf"^{_NUMBER}{_UNIT}(?:-|~|～|至|到|—){_NUMBER}{_UNIT}$")
_YEAR_RE = re.compile(r"^((?:19|20)\d\d)年?(?:度)?$")
_YEAR_RANGE_RE = re.compile(r"^((?:19|20)\d\d)年?(?:-|~|～|至|到|—)((?:19|20)\d\d)年?$")
_UNIT_FEN = {None: 100, "元": 100, "万": 1_000_000, "万元": 1_000_000, "w": 1_000_000, "千": 100_000,
             "千元": 100_000, "k": 100_000, "亿": 10_000_000_000, "亿元": 10_000_000_000}


def _fen(number: str, unit: str | None) -> tuple[int, int]:
    """An amount in fen and the step of its last written digit (for "9.8万" ≈ 97,500–98,500)."""
    value = Decimal(number.replace(",", ""))
    scale = _UNIT_FEN[unit]
    decimals = -value.as_tuple().exponent if value.as_tuple().exponent < 0 else 0  # type: ignore[operator]
    step = Decimal(scale) / (Decimal(10) ** decimals)
    return int(value * scale), int(step)


def _apply_amount(parsed: ParsedQuery, low: int | None, high: int | None) -> None:
    if low is not None:
        parsed.amount_min = low if parsed.amount_min is None else max(parsed.amount_min, low)
    if high is not None:
        parsed.amount_max = high if parsed.amount_max is None else min(parsed.amount_max, high)


def _read_filter(word: str, parsed: ParsedQuery) -> bool:
    """Read one query word as an amount or year filter; False when it is not one."""
    years = _YEAR_RANGE_RE.match(word)
    if years:
        first, last = sorted((int(years.group(1)), int(years.group(2))))
        parsed.years.extend(range(first, last + 1))
        return True
    year = _YEAR_RE.match(word)
    if year:
        parsed.years.append(int(year.group(1)))
        return True
    span = _RANGE_RE.match(word)
    if span:
        a_num, a_unit, b_num, b_unit = span.groups()
        if a_unit is None and b_unit is None:
            return False  # "3-5" is a code or a phase, not an amount
        a_unit = a_unit or b_unit  # "5-10万": the unit is written once
        low, _ = _fen(a_num, a_unit)
        high, step = _fen(b_num, b_unit)
        low, high = min(low, high), max(low, high)
        _apply_amount(parsed, low, high + 1)
        parsed.amount_words.append(f"{format_wan(low)}～{format_wan(high)}")
        return True
    amount = _AMOUNT_RE.match(word)
    if amount:
        op_text, number, unit, suffix = amount.groups()
        if op_text is None and suffix is None and unit is None:
            return False  # a bare number: a code, a voucher number
        fen, step = _fen(number, unit)
        op = _OPS.get(op_text or "")
        if suffix in ("以上",):
            op = "ge"
        elif suffix in ("以下", "以内"):
            op = "le"
        if op == "gt":
            _apply_amount(parsed, fen + 1, None)
        elif op == "ge":
            _apply_amount(parsed, fen, None)
        elif op == "lt":
            _apply_amount(parsed, None, fen)
        elif op == "le":
            _apply_amount(parsed, None, fen + 1)
        else:
            # "9.8万": about that much, to the precision written
            _apply_amount(parsed, fen - step // 2, fen + (step + 1) // 2)
        words = {"gt": "大于", "ge": "不少于", "lt": "小于", "le": "不超过"}
        parsed.amount_words.append(f"{words.get(op or '', '约')} {format_wan(fen)}")
        return True
    return False


_SPLIT = re.compile(r"[\s,，;；、]+")


def parse_query(query: str) -> ParsedQuery:
    """Split a query into terms, kind words and filters."""
    parsed = ParsedQuery(text=query)
    for word in _SPLIT.split(unicodedata.normalize("NFKC", query or "").strip()):
        if not word:
            continue
        kind = KIND_WORDS.get(word)
        if kind:
            parsed.kind_words.append(word)
            if kind not in parsed.kinds:
                parsed.kinds.append(kind)
            continue
        try:
            if _read_filter(word.lower(), parsed):
                parsed.filters.append(word)
                continue
        except (InvalidOperation, ValueError):
            pass
        parsed.terms.append(word)
    return parsed


# --- results ---------------------------------------------------------------------------


@dataclass
class Match:
    """Where one term matched: the field, its text and the character spans to highlight."""

    field: str
    label: str
    text: str
    spans: list[tuple[int, int]]
    how: str = "exact"
    """exact, prefix, substring, party (another spelling of the same party), pinyin or typo."""
    term: str = ""


@dataclass
class SearchHit:
    kind: str
    id: str
    title: str
    village: str
    score: float
    source: dict[str, Any]
    matches: list[Match] = field(default_factory=list)
    amount: int | None = None
    """Fen."""
    date: dt.date | None = None


def hit_json(hit: SearchHit) -> dict[str, Any]:
    """A hit as DESIGN.md's search JSON, plus the matches."""
    return {
        "kind": hit.kind,
        "id": hit.id,
        "title": hit.title,
        "village": hit.village,
        "score": hit.score,
        "source": hit.source,
        "amount": fen_to_yuan(hit.amount),
        "date": hit.date.isoformat() if hit.date else None,
        "matches": [
            {"field": m.field, "label": m.label, "text": m.text, "spans": [list(s) for s in m.spans],
             "how": m.how, "term": m.term}
            for m in hit.matches
        ],
    }


# --- term plans --------------------------------------------------------------------------


@dataclass
class Alternative:
    """One way a term can appear: all of its segments in the text."""

    segments: list[str]
    how: str
    prefix: bool = False
    """A one-character term: its segment may start a longer run."""

    @property
    def text(self) -> str:
        return "".join(self.segments)


@dataclass
class TermPlan:
    term: str
    exact: list[Alternative] = field(default_factory=list)
    fuzzy: list[Alternative] = field(default_factory=list)
    """Typo variants and pinyin readings; filled by ``add_fuzzy`` only when the exact pass falls short."""
    party_names: set[str] = field(default_factory=set)
    """Raw counterparty spellings of the parties the term names."""
    fuzzy_done: bool = False


# A bigram in more than this share of the records ("有限", "公司") is left out
# at the ends of a phrase: a phrase that finds nothing must read the whole
# doclist of each of its tokens, and ranking checks the full text anyway.
COMMON_SHARE = 0.05


def _phrase(segment: str, prefix: bool, vocab: ix.Vocabulary | None = None) -> str:
    if len(segment) == 1:
        return f'"{segment}" *' if prefix else f'"{segment}"'
    tokens = ix.segment_tokens(segment)[:-1]
    if vocab is not None and vocab.docs and len(tokens) > 1:
        tokens = _selective_window(tokens, vocab)
    return '"' + " ".join(tokens) + '"'


def _selective_window(tokens: list[str], vocab: ix.Vocabulary) -> list[str]:
    """The phrase without very common tokens at its ends ("有限 限公 公司" of a company name).

    A phrase that matches nothing must read the doclist of every token, and
    those of "有限", "公司" are long. Only the ends are trimmed: a gap in the
    middle would let the phrase match text that ranking then rejects, and
    those rows would crowd the real matches out of the candidate page. For
    the same reason a phrase made only of common tokens ("htw1" in a column
    of codes HTW0-…, HTW1-…) is kept whole: trimmed to "ht", it would match
    every row and the page would fill with rows that ranking rejects.
    """
    common = COMMON_SHARE * vocab.docs

    def is_common(token: str) -> bool:
        return vocab.df.get(token, 0) > common

    if all(is_common(token) for token in tokens):
        return tokens
    while is_common(tokens[-1]):
        tokens = tokens[:-1]
    while is_common(tokens[0]):
        tokens = tokens[1:]
    return tokens


def _alternative_expr(alt: Alternative, vocab: ix.Vocabulary | None) -> str:
    parts = [_phrase(s, alt.prefix, vocab) for s in alt.segments]
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def _term_expr(plan: TermPlan, with_fuzzy: bool, vocab: ix.Vocabulary | None = None) -> str:
    alternatives = plan.exact + (plan.fuzzy if with_fuzzy else [])
    exprs = list(dict.fromkeys(_alternative_expr(a, vocab) for a in alternatives))
    return exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"


# --- the store-side context ------------------------------------------------------------------


@dataclass
class _Parties:
    """The normal forms of all counterparty names, for a term to find the parties it names.

    Only distinct normal forms are held (one per spelling family, a few
    thousand even for a county); the raw spellings are read per query for
    the few parties a term names.
    """

    normals: list[tuple[str, frozenset[int]]]
    """(normal form, ids of the parties holding a spelling with it)."""
    by_normal: dict[str, frozenset[int]]
    by_gram: dict[str, list[int]]
    """Bigram of a normal form -> indexes into ``normals``: finds the forms holding a term without a scan."""

    def containing(self, term: str) -> set[int]:
        """Party ids of the normal forms that contain the (folded, 2+ character) term."""
        found: set[int] = set()
        postings = []
        for gram in {term[i:i + 2] for i in range(len(term) - 1)}:
            posting = self.by_gram.get(gram)
            if posting is None:
                return found
            postings.append(posting)
        if not postings:
            return found
        for index in min(postings, key=len):
            normal, pids = self.normals[index]
            if term in normal:
                found |= pids
                if len(found) > MAX_PARTY_EXPANSION:
                    break
        return found


_parties_lock = threading.Lock()
_parties_cache: dict[str, tuple[str, _Parties]] = {}


def _load_parties(connection: sqlite3.Connection, db_key: str) -> _Parties:
    generation = _parties_generation(connection)
    with _parties_lock:
        cached = _parties_cache.get(db_key)
    if cached and cached[0] == generation:
        return cached[1]
    grouped: dict[str, set[int]] = {}
    if ix.table_exists(connection, "party_name"):
        for normal, pid in connection.execute("SELECT DISTINCT normalized, party_id FROM party_name"):
            grouped.setdefault(normal, set()).add(pid)
    normals = [(normal, frozenset(pids)) for normal, pids in grouped.items()]
    by_gram: dict[str, list[int]] = {}
    for index, (normal, _) in enumerate(normals):
        for gram in {normal[i:i + 2] for i in range(len(normal) - 1)}:
            by_gram.setdefault(gram, []).append(index)
    parties = _Parties(normals, dict(normals), by_gram)
    with _parties_lock:
        _parties_cache[db_key] = (generation, parties)
    return parties


def _party_members(connection: sqlite3.Connection, ids: set[int]) -> list[str]:
    marks = ",".join("?" * len(ids))
    return [row[0] for row in connection.execute(f"SELECT name FROM party_name WHERE party_id IN ({marks})",
                                                 sorted(ids))]


def _parties_generation(connection: sqlite3.Connection) -> str:
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'parties_generation'").fetchone()
    except sqlite3.OperationalError:
        return ""
    return row[0] if row else "0"


# --- planning ---------------------------------------------------------------------------------


def plan_term(term: str, vocab: ix.Vocabulary, parties: _Parties,
              connection: sqlite3.Connection | None = None) -> TermPlan | None:
    """The exact and fuzzy alternatives of one term; None when it has nothing searchable."""
    segs = ix.segments(term)
    if not segs:
        return None
    plan = TermPlan(term=term)
    single = len(segs) == 1 and len(segs[0]) == 1
    plan.exact.append(Alternative(segs, "exact", prefix=single))
    _expand_parties(plan, segs, parties, connection)
    return plan


def add_fuzzy(plan: TermPlan, vocab: ix.Vocabulary, connection: sqlite3.Connection | None = None,
              fts: bool = True, parties: _Parties | None = None) -> None:
    """Add the term's pinyin readings and typo variants (second pass only: they cost more).

    With a connection, variants whose trigrams do not all occur in the data
    are dropped before they reach FTS: a phrase that finds nothing is the
    most expensive kind. A long term is also compared, with rapidfuzz, to
    the distinct normal forms of all counterparty names: a company name
    typed wrong is found through its party rather than through dozens of
    one-character variants.
    """
    if plan.fuzzy_done:
        return
    plan.fuzzy_done = True
    segs = plan.exact[0].segments
    joined = "".join(segs)
    found: list[Alternative] = []
    if joined.isascii() and joined.isalpha() and len(joined) >= 2:
        found.extend(Alternative([v], "pinyin") for v in pinyin_variants(joined, vocab, limit=48))
    from xuncha.names import normalize_name

    for seg in segs:
        # a company name varies in its trade name, not in "有限公司": vary the
        # normal form, whose bigrams are rarer and whose phrases are cheaper
        core = normalize_name(seg)
        base = core if len(core) >= 4 and len(core) < len(seg) else seg
        if len(base) >= 4:
            others = [s for s in segs if s != seg]
            found.extend(Alternative(others + [v], "typo") for v in typo_variants(base, vocab, limit=64))
    if connection is not None and found:
        trigrams = {alt.text[i:i + 3] for alt in found for i in range(len(alt.text) - 2)}
        known = ix.existing_trigrams(connection, trigrams)
        found = [alt for alt in found if all(alt.text[i:i + 3] in known for i in range(len(alt.text) - 2))]
    pinyin = [a for a in found if a.how == "pinyin"][:16]
    # each variant of a long term is a long phrase, and phrases over common
    # bigrams ("建设", "有限") are what an OR of variants pays for
    typos = [a for a in found if a.how == "typo"][:MAX_VARIANTS if len(joined) < LONG_TERM else 8]
    if connection is not None and fts and len(typos) > 4:
        typos = [a for a in typos if _edit_occurs(connection, joined, a.text)]
    plan.fuzzy.extend(pinyin + typos)
    if connection is not None and parties is not None and len(joined) >= LONG_TERM:
        plan.fuzzy.extend(_similar_parties(plan, parties, connection))


def _similar_parties(plan: TermPlan, parties: _Parties, connection: sqlite3.Connection) -> list[Alternative]:
    """Spellings of the parties whose normal form is close to the term's (rapidfuzz over distinct forms)."""
    from rapidfuzz import process

    from xuncha.names import normalize_name

    normal = normalize_name(plan.term)
    if len(normal) < 4 or not parties.normals:
        return []
    choices = [n for n, _ in parties.normals]
    close = process.extract(normal, choices, scorer=fuzz.ratio, score_cutoff=PARTY_SIMILARITY, limit=4)
    ids: set[int] = set()
    for _, _, index in close:
        ids |= parties.normals[index][1]
    if not ids:
        return []
    runs = {max(ix.segments(name), key=len) for name in _party_members(connection, ids) if ix.segments(name)}
    kept: list[str] = []
    for run in sorted(runs, key=len):
        if len(run) >= 2 and not any(k in run for k in kept):
            kept.append(run)
    return [Alternative([run], "typo") for run in kept]


def _edit_occurs(connection: sqlite3.Connection, term: str, variant: str) -> bool:
    """Whether the three characters around the variant's edit occur anywhere.

    A cheap look-up (the new bigrams are rare) that spares the OR of all
    variants, where every variant that occurs nowhere would cost a full
    doclist walk of the term's common bigrams.
    """
    if variant in term:
        return True  # a cut variant: the term minus an end; the phrase itself is the check
    at = next((i for i, (a, b) in enumerate(zip(term, variant)) if a != b), min(len(term), len(variant)))
    window = variant[max(at - 1, 0):at + 2]
    if len(window) < 2:
        return True
    phrase = '"' + " ".join(window[i:i + 2] for i in range(len(window) - 1)) + '"'
    return connection.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                              (phrase,)).fetchone() is not None


def _expand_parties(plan: TermPlan, segs: list[str], parties: _Parties,
                    connection: sqlite3.Connection | None) -> None:
    """Add the other spellings of the parties that the term names."""
    from xuncha.names import normalize_name

    joined = "".join(segs)
    if len(joined) < 2 or not parties.normals or connection is None:
        return
    # "浙江宏达" is held by no normal form, but its own normal form "宏达" is
    normal = normalize_name(plan.term)
    ids = parties.containing(joined)
    if normal != joined and len(normal) >= 2:
        ids |= parties.containing(normal)
    if not ids or len(ids) > MAX_PARTY_EXPANSION:
        return
    runs: set[str] = set()
    for name in _party_members(connection, ids):
        plan.party_names.add(name)
        name_segs = ix.segments(name)
        if name_segs and joined not in ix.fold(name):
            # the longest run identifies the spelling; brackets and suffixes vary
            runs.add(max(name_segs, key=len))
    kept: list[str] = []
    for run in sorted(runs, key=len):
        # "宏达建设" finds everything "浙江宏达建设" finds: one phrase is enough
        if len(run) >= 2 and not any(k in run for k in kept):
            kept.append(run)
    plan.exact.extend(Alternative([run], "party") for run in kept)


_NONE: frozenset[str] = frozenset()


def typo_variants(term: str, vocab: ix.Vocabulary, limit: int = MAX_VARIANTS) -> list[str]:
    """Strings one edit away from ``term`` that the indexed text can contain.

    A variant is kept only if all its bigrams occur in the data, and the
    replacement or inserted character is one that follows its left neighbour
    and precedes its right neighbour somewhere (the bigram vocabulary). At
    each end the variant is the term without its first or last character: any
    text holding that is within one edit of the term. Ranked by how common
    the rarest new bigram is.
    """
    df = vocab.df
    if not df or len(term) < 4:
        return []

    def known(text: str) -> bool:
        return all(text[i:i + 2] in df for i in range(len(text) - 1))

    def rarity(text: str) -> int:
        return min((df.get(text[i:i + 2], 0) for i in range(len(text) - 1)), default=0)

    found: dict[str, int] = {}
    n = len(term)
    for cut in (term[1:], term[:-1]):
        if known(cut):
            found[cut] = rarity(cut)
    for i in range(1, n - 1):
        left, right = term[:i], term[i + 1:]
        if not (known(left) and known(right)):
            continue
        dropped = left + right  # an extra character typed
        if known(dropped):
            found.setdefault(dropped, rarity(dropped))
        for ch in vocab.following.get(term[i - 1], _NONE) & vocab.preceding.get(term[i + 1], _NONE):
            if ch != term[i]:
                variant = left + ch + right  # a wrong character
                found.setdefault(variant, rarity(variant))
    for i in range(1, n):
        left, right = term[:i], term[i:]
        if not (known(left) and known(right)):
            continue
        for ch in vocab.following.get(term[i - 1], _NONE) & vocab.preceding.get(term[i], _NONE):
            variant = left + ch + right  # a missing character
            found.setdefault(variant, rarity(variant))
    found.pop(term, None)
    ranked = sorted(found.items(), key=lambda item: -item[1])
    return [text for text, _ in ranked[:limit]]


def pinyin_variants(letters: str, vocab: ix.Vocabulary, limit: int = 16) -> list[str]:
    """Chinese strings in the data whose pinyin is ``letters``.

    Each character is read either as a whole syllable ("hongda") or as its
    first letter ("whlt"); the last may be a syllable's beginning ("hongd").
    Paths walk the bigram vocabulary with the readings pypinyin gave each
    bigram in context, so polyphones follow the data (银行 is "yh").
    """
    if not vocab.py_start:
        return []
    beam = 200
    # state: (text, syllable of its last char, letters consumed, full syllables used, rarest df)
    states: list[tuple[str, str, int, int, int]] = []
    for gram, first, second, df in vocab.py_start.get(letters[0], ()):
        used = _consume(letters, 0, first, last=False)
        if used is None:
            continue
        for width, full in used:
            nxt = _consume(letters, width, second, last=True)
            for width2, full2 in nxt or ():
                states.append((gram, second, width2, full + full2, df))
    done: dict[str, tuple[int, int]] = {}
    while states:
        states.sort(key=lambda s: (-s[3], -s[4]))
        states = states[:beam]
        grown: list[tuple[str, str, int, int, int]] = []
        for text, syllable, pos, fulls, rare in states:
            if pos == len(letters):
                if len(text) >= 2:
                    best = done.get(text)
                    if best is None or (fulls, rare) > best:
                        done[text] = (fulls, rare)
                continue
            letter = letters[pos]
            for ch, first, second, df in vocab.py_next.get(text[-1], ()):
                # every way of reading a syllable starts with its first letter
                if second[0] != letter or first != syllable:
                    continue
                for width, full in _consume(letters, pos, second, last=True) or ():
                    grown.append((text + ch, second, width, fulls + full, min(rare, df)))
        states = grown
    ranked = sorted(done.items(), key=lambda item: (-item[1][0], -item[1][1]))
    return [text for text, _ in ranked[:limit]]


def _consume(letters: str, pos: int, syllable: str, last: bool) -> list[tuple[int, int]] | None:
    """Ways the syllable can consume letters at pos: [(new pos, 1 if a whole syllable)]."""
    rest = letters[pos:]
    if not rest or not syllable:
        return None
    ways = []
    if rest.startswith(syllable):
        ways.append((pos + len(syllable), 1))
    if syllable[0] == rest[0] and len(syllable) > 1:
        ways.append((pos + 1, 0))
    if last and len(rest) > 1 and syllable.startswith(rest) and rest != syllable:
        ways.append((len(letters), 0))  # "hongd": the syllable typed halfway
    return ways or None


# --- execution -------------------------------------------------------------------------------


@dataclass
class _Candidate:
    rowid: int
    record_id: str
    kind: str
    kind_tier: int


class _Runner:
    """One search against one connection."""

    def __init__(self, connection: sqlite3.Connection, parsed: ParsedQuery, fts: bool,
                 vocab: ix.Vocabulary | None = None) -> None:
        self.vocab = vocab
        self.connection = connection
        self.parsed = parsed
        self.fts = fts

    def _filters(self) -> tuple[list[str], list[Any]]:
        where, params = [], []
        if self.parsed.amount_min is not None:
            where.append("d.amount >= ?")
            params.append(self.parsed.amount_min)
        if self.parsed.amount_max is not None:
            where.append("d.amount < ?")
            params.append(self.parsed.amount_max)
        if self.parsed.years:
            where.append("d.year IN ({})".format(",".join("?" * len(self.parsed.years))))
            params.extend(self.parsed.years)
        return where, params

    def fetch(self, plans: Sequence[TermPlan], kinds: Sequence[str], with_fuzzy: bool,
              exclude: set[int], want: int) -> list[tuple[int, str, str]]:
        """Up to ``want`` rows of these kinds where every term matches, in index order."""
        rows: list[tuple[int, str, str]] = []
        where, params = self._filters()
        for low, high in _kind_ranges(kinds):
            clauses = ["d.rowid >= ?", "d.rowid < ?"] + where
            args: list[Any] = [low, high] + params
            if not plans:
                sql = (f"SELECT d.rowid, d.record_id, d.kind FROM search_doc d WHERE {' AND '.join(clauses)} "
                       "ORDER BY d.rowid LIMIT ?")
            elif self.fts:
                expr = " AND ".join(_term_expr(p, with_fuzzy, self.vocab) for p in plans)
                sql = ("SELECT d.rowid, d.record_id, d.kind FROM search_fts f JOIN search_doc d ON d.rowid = f.rowid "
                       "WHERE search_fts MATCH ? AND f.rowid >= ? AND f.rowid < ? "
                       + "".join(f" AND {w}" for w in where) + " ORDER BY f.rowid LIMIT ?")
                args = [expr, low, high] + params
            else:
                term_sql, term_args = self._instr(plans, with_fuzzy)
                sql = (f"SELECT d.rowid, d.record_id, d.kind FROM search_text t JOIN search_doc d ON d.rowid = t.rowid "
                       f"WHERE {' AND '.join(clauses + term_sql)} ORDER BY d.rowid LIMIT ?")
                args = args + term_args
            limit = want + len(exclude)
            for row in self.connection.execute(sql, args + [limit]):
                if row[0] not in exclude:
                    rows.append(row)
            if len(rows) >= want:
                break
        return rows[:want]

    @staticmethod
    def _instr(plans: Sequence[TermPlan], with_fuzzy: bool) -> tuple[list[str], list[Any]]:
        clauses, args = [], []
        for plan in plans:
            ors = []
            for alt in plan.exact + (plan.fuzzy if with_fuzzy else []):
                ors.append("(" + " AND ".join("instr(t.body, ?) > 0" for _ in alt.segments) + ")")
                args.extend(alt.segments)
            clauses.append("(" + " OR ".join(ors) + ")")
        return clauses, args


def _kind_ranges(kinds: Sequence[str]) -> list[tuple[int, int]]:
    """Rowid ranges covering the kinds, adjacent kinds joined, in index order."""
    ranges: list[tuple[int, int]] = []
    for kind in sorted(kinds, key=ix.KIND_ORDER.index):
        low, high = ix.kind_range(kind)
        if ranges and ranges[-1][1] == low:
            ranges[-1] = (ranges[-1][0], high)
        else:
            ranges.append((low, high))
    return ranges


def _db_key(store) -> str:
    return str(store.path)


def _ensure_index(store, connection: sqlite3.Connection) -> bool:
    """Index whatever is not indexed yet (a store filled by an older run); returns FTS5 use."""
    current = connection.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM batch").fetchone()
    if ix.table_exists(connection, "search_state") and ix.get_state(connection, "version") == ix.INDEX_VERSION:
        indexed = connection.execute(
            "SELECT COUNT(*), COALESCE(MAX(batch_id), 0) FROM search_batch").fetchone()
        if tuple(indexed) == tuple(current):
            return ix.table_exists(connection, "search_fts")
    update_index(store)
    return ix.table_exists(connection, "search_fts")


def update_index(store) -> ix.IndexReport:
    """Index records not indexed yet and drop rows of removed batches; idempotent."""
    with store.transaction() as connection:
        driver = connection.connection.driver_connection
        return ix.update(driver)


def search(store, query: str, kind: str | None = None, limit: int = 20) -> list[SearchHit]:
    """Ranked records matching every term of the query (see the module docstring)."""
    parsed = parse_query(query)
    if kind is not None and kind not in KINDS:
        named = KIND_WORDS.get(kind)
        if named is None:
            raise ValueError(f"未知的记录类型：{kind}")
        kind = named
    if parsed.empty or limit <= 0:
        return []
    raw = store.engine.raw_connection()
    try:
        connection = raw.driver_connection
        fts = _ensure_index(store, connection)
        vocab = ix.vocabulary(connection, _db_key(store))
        parties = _load_parties(connection, _db_key(store))
        plans = [p for p in (plan_term(t, vocab, parties, connection) for t in parsed.terms) if p is not None]
        return _Search(connection, parsed, plans, fts, kind, limit, vocab, parties).run()
    finally:
        raw.close()


class _Search:
    def __init__(self, connection: sqlite3.Connection, parsed: ParsedQuery, plans: list[TermPlan], fts: bool,
                 kind: str | None, limit: int, vocab: ix.Vocabulary, parties: _Parties) -> None:
        self.vocab = vocab
        self.parties = parties
        self.connection = connection
        self.parsed = parsed
        self.plans = plans
        self.runner = _Runner(connection, parsed, fts, vocab)
        self.kind = kind
        self.limit = limit

    def _passes(self) -> list[tuple[int, list[str], list[TermPlan]]]:
        """(kind tier, kinds, term plans): the named kinds first, then the others with the word as a term."""
        words = [Alternative(ix.segments(w), "exact") for w in self.parsed.kind_words]
        word_plan = TermPlan(term=" ".join(self.parsed.kind_words), exact=words)
        if self.kind:
            if words and self.kind not in self.parsed.kinds:
                # "合同" typed while --kind project: the word is plain text then
                return [(0, [self.kind], self.plans + [word_plan])]
            return [(0, [self.kind], self.plans)]
        named = [k for k in ix.KIND_ORDER if k in self.parsed.kinds]
        if not named:
            return [(0, list(ix.KIND_ORDER), self.plans)]
        others = [k for k in ix.KIND_ORDER if k not in named]
        return [(0, named, self.plans), (1, others, self.plans + [word_plan])]

    def run(self) -> list[SearchHit]:
        want = max(CANDIDATES, self.limit * 5)
        found: list[_Candidate] = []
        seen: set[int] = set()
        for tier, kinds, plans in self._passes():
            for with_fuzzy in (False, True):
                if with_fuzzy:
                    for plan in plans:
                        add_fuzzy(plan, self.vocab, self.connection, self.runner.fts, self.parties)
                    if not any(p.fuzzy for p in plans):
                        continue
                rows = self.runner.fetch(plans, kinds, with_fuzzy, seen, want)
                for rowid, record_id, kind in rows:
                    seen.add(rowid)
                    found.append(_Candidate(rowid, record_id, kind, tier))
                if len(found) >= self.limit:
                    break
            if len(found) >= self.limit:
                break
        return _rank(self.connection, found, self.plans, self.parsed, self.limit)


# --- ranking ----------------------------------------------------------------------------------


_BASE_COLUMNS = ("id", "village", "source_file", "source_sheet", "source_row")


@cache
def _select_columns(kind: str) -> str:
    return ", ".join(_BASE_COLUMNS + tuple(spec.name for spec in KIND_FIELDS[kind]))


def _fetch_records(connection: sqlite3.Connection, candidates: Sequence[_Candidate]) -> dict[str, dict[str, Any]]:
    """The candidates' records without their raw cells (read later, only when needed)."""
    by_kind: dict[str, list[str]] = {}
    for c in candidates:
        by_kind.setdefault(c.kind, []).append(c.record_id)
    out: dict[str, dict[str, Any]] = {}
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor = connection.execute(
                f"SELECT {_select_columns(kind)} FROM {kind} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                record = dict(zip(names, row))
                record["kind"] = kind
                out[record["id"]] = record
    return out




@lru_cache(maxsize=100_000)
def _folded_with_map(text: str) -> tuple[str, tuple[int, ...] | None]:
    """Folded text, and for each folded character its index in ``text`` when lengths differ."""
    folded = ix.fold(text)
    if len(folded) == len(text):
        return folded, None
    pieces, index = [], []
    for i, ch in enumerate(text):
        part = ix.fold(ch)
        pieces.append(part)
        index.extend([i] * len(part))
    return "".join(pieces), tuple(index)


@cache
def _field_meta(kind: str) -> tuple[tuple[str, str, float], ...]:
    """(field, label, weight) of a kind's searchable canonical fields."""
    title, party = TITLE_FIELD[kind], COUNTERPARTY_FIELD.get(kind)
    return tuple(
        (name, field_spec(kind, name).label,
         _TITLE_WEIGHT if name == title else _PARTY_WEIGHT if name == party else _FIELD_WEIGHT_DEFAULT)
        for name in ix.text_fields(kind)
    )


def _field_list(record: dict[str, Any], extras: bool = False) -> list[tuple[str, str, str, float]]:
    """(field, label, text, weight) of the record's searchable values; with ``extras`` only its other raw cells."""
    out = [(name, label, str(record[name]), weight) for name, label, weight in _field_meta(record["kind"])
           if record.get(name)]
    if record.get("village"):
        out.append(("village", "村", record["village"], _VILLAGE_WEIGHT))
    if not extras:
        return out
    known = [v for _, _, v, _ in out]
    return [(f"raw:{header}", header, value, _EXTRA_WEIGHT)
            for header, value in ix.extra_cells(record.get("raw"), known).items()]


@lru_cache(maxsize=100_000)
def _compact(folded: str) -> str:
    return "".join(ix.segments(folded))


def _find_all(folded: str, alt: Alternative) -> list[tuple[int, int]] | None:
    spans = []
    for segment in alt.segments:
        at = folded.find(segment)
        if at < 0:
            return None
        spans.append((at, at + len(segment)))
    return spans


class _Fields:
    """A record's searchable values folded once and joined, so that each alternative costs one find."""

    def __init__(self, fields: list[tuple[str, str, str, float]]) -> None:
        self.fields = fields
        self.folded: list[str] = []
        self.maps: list[tuple[int, ...] | None] = []
        self.starts: list[int] = []
        at = 0
        for _, _, text, _ in fields:
            folded, index = _folded_with_map(text)
            self.folded.append(folded)
            self.maps.append(index)
            self.starts.append(at)
            at += len(folded) + 1
        # runs hold letters, digits and CJK only, so no match crosses the separator
        self.joined = "\x1f".join(self.folded)

    def first_in_each(self, segment: str) -> Iterable[tuple[int, int]]:
        """(field index, start) of the segment's first occurrence in each field holding it."""
        pos = self.joined.find(segment)
        last = -1
        while pos >= 0:
            i = bisect.bisect_right(self.starts, pos) - 1
            if i != last:
                yield i, pos - self.starts[i]
                last = i
            pos = self.joined.find(segment, pos + 1)


def _alt_score(folded: str, alt: Alternative, spans: list[tuple[int, int]], term: str) -> tuple[float, str]:
    compact = _compact(folded)
    if alt.how == "exact":
        if compact == alt.text:
            return EQUAL, "exact"
        if spans[0][0] == 0 or compact.startswith(alt.text):
            return PREFIX, "prefix"
        # a term that covers more of a short field is the better hit
        return SUBSTRING + 4.0 * len(alt.text) / max(len(compact), 1), "substring"
    if alt.how == "party":
        return SAME_PARTY, "party"
    if alt.how == "pinyin":
        return PINYIN + 4.0 * len(alt.text) / max(len(compact), 1), "pinyin"
    # typo: how close the typed term is to what was found, widened by one
    # character at the ends for the cut variants
    start, end = spans[-1]
    window = folded[max(start - 1, 0):end + 1]
    similarity = fuzz.partial_ratio(ix.fold(term), window) if window else 0.0
    return TYPO + 0.2 * (similarity - 50), "typo"


def _match_term(plan: TermPlan, rf: _Fields, record: dict[str, Any]) -> tuple[float, Match] | None:
    """The best place where the term matches the record, weighted by field."""
    best: tuple[float, int, list[tuple[int, int]], str] | None = None
    party_field = COUNTERPARTY_FIELD.get(record["kind"])

    def consider(i: int, score: float, how: str, spans: list[tuple[int, int]]) -> None:
        nonlocal best
        name = rf.fields[i][0]
        if how == "party" and name != party_field:
            score -= 6.0  # another spelling of a party found in a title: weaker
        weighted = score * rf.fields[i][3]
        if best is None or weighted > best[0]:
            best = (weighted, i, spans, how)

    for alt in plan.exact + plan.fuzzy:
        if len(alt.segments) == 1:
            segment = alt.segments[0]
            for i, at in rf.first_in_each(segment):
                spans = [(at, at + len(segment))]
                consider(i, *_alt_score(rf.folded[i], alt, spans, plan.term), spans)
        else:
            for i, folded in enumerate(rf.folded):
                found = _find_all(folded, alt)
                if found:
                    consider(i, *_alt_score(folded, alt, found, plan.term), found)
    if plan.party_names:
        for i, (name, _, text, _) in enumerate(rf.fields):
            if name == party_field and text in plan.party_names:
                consider(i, SAME_PARTY, "party", [(0, len(rf.folded[i]))])
    if best is None:
        return None
    weighted, i, spans, how = best
    name, label, text, _ = rf.fields[i]
    index = rf.maps[i]
    if index is not None:
        spans = [(index[a], index[b - 1] + 1) for a, b in spans]
    return weighted, Match(name, label, text, sorted(spans), how, plan.term)


def _rank(connection: sqlite3.Connection, candidates: list[_Candidate], plans: list[TermPlan],
          parsed: ParsedQuery, limit: int) -> list[SearchHit]:
    records = _fetch_records(connection, candidates)
    ranked: list[tuple[tuple[Any, ...], dict[str, Any], float, list[Match]]] = []
    short: list[tuple[_Candidate, dict[str, Any]]] = []
    for candidate in candidates:
        record = records.get(candidate.record_id)
        if record is None:
            continue
        scored = _score_record(plans, _Fields(_field_list(record)), None, record)
        if scored is None:
            short.append((candidate, record))  # maybe in its notes and other raw cells
        else:
            ranked.append(_ranked(candidate, record, *scored))
    if short:
        # raw cells are only read for records whose fields fell short, all at once
        _add_raw(connection, [record for _, record in short])
        for candidate, record in short:
            scored = _score_record(plans, _Fields(_field_list(record)), _Fields(_field_list(record, extras=True)),
                                   record)
            if scored is not None:
                ranked.append(_ranked(candidate, record, *scored))
    ranked.sort(key=lambda item: item[0])
    return [_hit(record, round(min(score, 100.0), 1), matches) for _, record, score, matches in ranked[:limit]]


def _score_record(plans: list[TermPlan], fields: _Fields, extras: _Fields | None,
                  record: dict[str, Any]) -> tuple[float, list[Match]] | None:
    """The record's score (mean over terms) and matches, or None when a term matches nowhere."""
    matches: list[Match] = []
    scores: list[float] = []
    for plan in plans:
        matched = _match_term(plan, fields, record)
        if matched is None and extras:
            matched = _match_term(plan, extras, record)
        if matched is None:
            return None
        scores.append(matched[0])
        matches.append(matched[1])
    return (sum(scores) / len(scores) if scores else 50.0) + KIND_BONUS[record["kind"]], matches


def _ranked(candidate: _Candidate, record: dict[str, Any], score: float,
            matches: list[Match]) -> tuple[tuple[Any, ...], dict[str, Any], float, list[Match]]:
    exact = all(m.how in ("exact", "prefix", "substring", "party") for m in matches)
    return (candidate.kind_tier, 0 if exact else 1, -score, candidate.rowid), record, score, matches


def _add_raw(connection: sqlite3.Connection, records: list[dict[str, Any]]) -> None:
    by_kind: dict[str, dict[str, dict[str, Any]]] = {}
    for record in records:
        by_kind.setdefault(record["kind"], {})[record["id"]] = record
    for kind, wanted in by_kind.items():
        ids = list(wanted)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for record_id, raw in connection.execute(
                    f"SELECT id, raw FROM {kind} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                wanted[record_id]["raw"] = raw


def _hit(record: dict[str, Any], score: float, matches: list[Match]) -> SearchHit:
    kind = record["kind"]
    when = record.get(DATE_FIELD[kind]) if kind in DATE_FIELD else None
    return SearchHit(
        kind=kind,
        id=record["id"],
        title=record.get(TITLE_FIELD[kind]) or "",
        village=record.get("village") or "",
        score=score,
        source={"file": record["source_file"], "sheet": record["source_sheet"], "row": record["source_row"]},
        matches=matches,
        amount=record.get("amount"),
        date=dt.date.fromisoformat(when[:10]) if isinstance(when, str) and when else None,
    )


def kind_of_word(word: str) -> str | None:
    """A kind from its English id or a Chinese kind word (for ``--kind``)."""
    return word if word in KINDS else KIND_WORDS.get(word)


__all__ = [
    "KIND_WORDS",
    "Match",
    "ParsedQuery",
    "SearchHit",
    "hit_json",
    "kind_of_word",
    "parse_query",
    "pinyin_variants",
    "search",
    "typo_variants",
    "update_index",
]
