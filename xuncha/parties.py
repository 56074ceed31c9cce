"""Provides counterparty identities: the spellings of one company or person grouped as one party.

Village books write the same builder as "浙江宏达建设有限公司", "宏达建设（有限公司）"
and "湖州宏达建设". ``regroup`` collects every counterparty name that the
records use (project.contractor, contract/payment/resource.counterparty),
groups the spellings and stores the groups with the evidence of why names
were joined, so that the rules, search and the screens all see one party.

Grouping, most certain first:

1. names equal after ``names.normalize_name`` are one party
   ("规范化后相同: 宏达建设");
2. companies (never persons) whose trade names are the same and whose
   normalised names are very similar are one party ("相似度 92: …"). Candidate
   pairs come from blocks of names sharing a bigram of their trade name, so
   the cost grows with the number of distinct names, not records;
3. the inspector's decisions (``merge``/``split``) override both and survive
   re-imports and regrouping.

Identity keys are ``"p:<party id>"`` and stay stable across regroups as long
as a group keeps most of its names; a name that no group holds yet has the key
``"n:<normalised name>"``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Text, text
from sqlmodel import Field, SQLModel

from xuncha.models import COUNTERPARTY_FIELD
from xuncha.names import (
    LEGAL_SUFFIXES,
    industry_part,
    is_person_name,
    normalize_name,
    trade_core,
)
from xuncha.store import bump_generation

# Companies whose trade names agree are joined at this fuzz.ratio of their
# normalised names; 90 keeps "宏达建设" apart from "宏远建设" (75).
SIMILARITY_THRESHOLD = 90
# Blocks larger than this (a bigram shared by hundreds of trade names) carry
# no identity signal and would make the pair count quadratic.
MAX_BLOCK = 400

MERGE, SPLIT = "merge", "split"


# --- tables -----------------------------------------------------------------------


class Party(SQLModel, table=True):
    """One counterparty identity."""

    __tablename__ = "party"

    id: int | None = Field(default=None, primary_key=True)
    display: str
    """The name shown for the party: its fullest, most used spelling."""
    person: bool = False


class PartyName(SQLModel, table=True):
    """One raw spelling of a counterparty, as stored in the records, and its party."""

    __tablename__ = "party_name"

    name: str = Field(primary_key=True)
    party_id: int = Field(index=True)
    normalized: str = Field(index=True)
    evidence: str = Field(default="", sa_type=Text)
    """Why this spelling is in its party, in Chinese; empty for the party's first name."""
    records: int = 0
    amount: int = 0
    """Sum of the amounts (fen) of the records that name it."""


class PartyDecision(SQLModel, table=True):
    """An inspector's merge or split, replayed on every regroup."""

    __tablename__ = "party_decision"

    id: int | None = Field(default=None, primary_key=True)
    action: str
    name: str = Field(index=True)
    other: str | None = None
    """For a merge: the name that ``name`` was joined with."""
    decided_by: str = ""
    decided_at: dt.datetime


# --- views ------------------------------------------------------------------------


@dataclass
class NameVariant:
    name: str
    normalized: str
    evidence: str
    records: int
    amount: int


@dataclass
class PartyView:
    """A party as ``aliases list`` and the screens show it."""

    key: str
    display: str
    person: bool
    variants: list[NameVariant] = field(default_factory=list)
    records: int = 0
    amount: int = 0


class IdentityMap(dict[str, str]):
    """Raw counterparty text -> identity key; names not grouped yet fall back to their normal form."""

    def __init__(self, grouped: dict[str, str], by_normal: dict[str, str]) -> None:
        super().__init__(grouped)
        self._by_normal = by_normal

    def __missing__(self, name: str) -> str:
        key = _fallback_key(name, self._by_normal)
        self[name] = key
        return key

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if not name:
            return default
        return self[name]


# --- reading ----------------------------------------------------------------------


def _fallback_key(name: str, by_normal: dict[str, str]) -> str:
    if not name:
        return ""
    normal = normalize_name(name)
    return by_normal.get(normal) or f"n:{normal}"


def _key(party_id: int) -> str:
    return f"p:{party_id}"


def _party_id(key: str) -> int | None:
    if key.startswith("p:") and key[2:].isdigit():
        return int(key[2:])
    return None


def identity_map(store) -> IdentityMap:
    """Every grouped raw name -> its identity key ("p:12"); unknown names map by normal form."""
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT name, party_id, normalized FROM party_name")).all()
    grouped = {name: _key(pid) for name, pid, _ in rows}
    by_normal: dict[str, str] = {}
    for _, pid, normal in rows:
        by_normal.setdefault(normal, _key(pid))
    return IdentityMap(grouped, by_normal)


def identity_of(store, name: str) -> str:
    """The identity key of one raw name ("" for an empty name)."""
    if not name:
        return ""
    with store.engine.connect() as connection:
        pid = connection.execute(text("SELECT party_id FROM party_name WHERE name = :n"), {"n": name}).scalar()
        if pid is None:
            pid = connection.execute(
                text("SELECT party_id FROM party_name WHERE normalized = :n LIMIT 1"),
                {"n": normalize_name(name)},
            ).scalar()
    return _key(pid) if pid is not None else f"n:{normalize_name(name)}"


def party_names(store, key: str) -> list[str]:
    """All raw spellings of one identity, most used first."""
    pid = _party_id(key)
    with store.engine.connect() as connection:
        if pid is not None:
            rows = connection.execute(
                text("SELECT name FROM party_name WHERE party_id = :p ORDER BY records DESC, name"), {"p": pid}
            ).all()
        else:
            normal = key[2:] if key.startswith("n:") else normalize_name(key)
            rows = connection.execute(
                text("SELECT name FROM party_name WHERE normalized = :n ORDER BY records DESC, name"),
                {"n": normal},
            ).all()
    return [row[0] for row in rows]


def display_name(store, key: str) -> str:
    """The name to show for an identity."""
    pid = _party_id(key)
    if pid is not None:
        with store.engine.connect() as connection:
            found = connection.execute(text("SELECT display FROM party WHERE id = :p"), {"p": pid}).scalar()
        if found:
            return str(found)
    return key[2:] if key.startswith(("p:", "n:")) else key


def list_parties(store) -> list[PartyView]:
    """Every party with its spellings and evidence, the largest (by records) first."""
    with store.engine.connect() as connection:
        parties = connection.execute(text("SELECT id, display, person FROM party")).all()
        names = connection.execute(
            text("SELECT name, party_id, normalized, evidence, records, amount FROM party_name "
                 "ORDER BY records DESC, name")
        ).all()
    views = {pid: PartyView(_key(pid), display, bool(person)) for pid, display, person in parties}
    for name, pid, normal, evidence, records, amount in names:
        view = views.get(pid)
        if view is None:
            continue
        view.variants.append(NameVariant(name, normal, evidence, records, amount))
        view.records += records
        view.amount += amount
    return sorted(views.values(), key=lambda v: (-v.records, v.display))


def decisions(store) -> list[PartyDecision]:
    from sqlmodel import col, select

    with store.session() as session:
        return list(session.exec(select(PartyDecision).order_by(col(PartyDecision.id))))


# --- grouping ---------------------------------------------------------------------


@dataclass
class _NameStat:
    records: int = 0
    amount: int = 0


def _collect_names(connection) -> dict[str, _NameStat]:
    stats: dict[str, _NameStat] = defaultdict(_NameStat)
    for kind, column in COUNTERPARTY_FIELD.items():
        rows = connection.execute(text(
            f"SELECT {column}, COUNT(*), COALESCE(SUM(amount), 0) FROM {kind} "
            f"WHERE {column} IS NOT NULL AND {column} != '' GROUP BY {column}"
        ))
        for name, count, amount in rows:
            stat = stats[name]
            stat.records += count
            stat.amount += int(amount or 0)
    return dict(stats)


class _Groups:
    """Union-find over names that remembers the first reason each name was joined."""

    def __init__(self, names: Iterable[str]) -> None:
        self.parent = {name: name for name in names}
        self.evidence: dict[str, str] = {}
        self.other_side: dict[str, str] = {}
        """The reason of an edge seen from the name it was attached to (used when that name is not shown)."""

    def find(self, name: str) -> str:
        root = name
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[name] != root:
            self.parent[name], name = root, self.parent[name]
        return root

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        self.parent[rb] = ra
        # the evidence belongs to the name that was attached
        self.evidence.setdefault(b, reason)
        self.other_side.setdefault(a, reason)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for name in self.parent:
            out[self.find(name)].append(name)
        return out


def similar_companies(a: str, b: str) -> int | None:
    """The similarity (0–100) at which two normalised company names count as one, or None.

    The trade names must agree (equal, or ≥ 90 similar when both are long),
    and the industry words must be compatible ("建设" with "建设工程", not
    "建设" with "电器"); then the whole normalised names must be ≥ 90 similar,
    unless one is the other plus more industry words.
    """
    if a == b:
        return 100
    if _numbers(a) != _numbers(b):
        # 第一/第二工程队, 宏达建设0/宏达建设1: a number that differs names another firm
        return None
    # imported here: every Store loads this module for its tables, and most
    # processes never regroup
    from rapidfuzz import fuzz

    core_a, core_b = trade_core(a), trade_core(b)
    if core_a == core_b:
        ind_a, ind_b = industry_part(a), industry_part(b)
        if ind_a and ind_b and (ind_a.startswith(ind_b) or ind_b.startswith(ind_a)):
            return max(round(fuzz.ratio(a, b)), SIMILARITY_THRESHOLD)
        return None
    if min(len(core_a), len(core_b)) < 4:
        # short trade names: one changed character is another company (宏达/宏远)
        return None
    if fuzz.ratio(core_a, core_b) < SIMILARITY_THRESHOLD:
        return None
    score = round(fuzz.ratio(a, b))
    return score if score >= SIMILARITY_THRESHOLD else None


_NUMBER_RE = re.compile(r"[0-9]+|第[一二三四五六七八九十百零〇]+")


def _numbers(name: str) -> list[str]:
    return _NUMBER_RE.findall(name)


def _bigrams(text_: str) -> set[str]:
    if len(text_) < 2:
        return {text_} if text_ else set()
    return {text_[i:i + 2] for i in range(len(text_) - 1)}


def _auto_edges(normals: dict[str, list[str]], blocked: set[str]) -> list[tuple[str, str, str]]:
    """(name, name, evidence) edges: same normal form, then similar companies."""
    edges: list[tuple[str, str, str]] = []
    for normal, names in normals.items():
        free = [n for n in names if n not in blocked]
        for other in free[1:]:
            edges.append((free[0], other, f"规范化后相同: {normal}"))
    # representatives of each normal form that may join by similarity
    reps = {normal: next((n for n in names if n not in blocked), None) for normal, names in normals.items()}
    companies = [n for n, rep in reps.items() if rep is not None and not is_person_name(n) and len(n) >= 3]
    # Blocks by shared bigram of the trade name, and by the numbers in the name:
    # names whose numbers differ are never similar (``similar_companies``), so
    # they need not be paired at all (宏达建设0 … 宏达建设999 would be 500k pairs).
    blocks: dict[tuple[tuple[str, ...], str], list[str]] = defaultdict(list)
    for normal in companies:
        numbers = tuple(_numbers(normal))
        for gram in _bigrams(trade_core(normal)):
            blocks[numbers, gram].append(normal)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                score = similar_companies(a, b)
                if score is not None:
                    edges.append((reps[a], reps[b], f"相似度 {score}: {b} ≈ {a}"))  # type: ignore[arg-type]
    return edges


def _display(names: Sequence[str], stats: dict[str, _NameStat]) -> str:
    """The fullest legal spelling that is most used: what an inspector writes in a finding."""
    def rank(name: str) -> tuple[int, int, int, str]:
        legal = any(normalize_name(name) != name and name.endswith(s) for s in LEGAL_SUFFIXES)
        return (int(legal), stats[name].records if name in stats else 0, len(name), name)

    return max(names, key=rank)


def regroup(store) -> None:
    """Recompute the parties of all counterparty names, keeping the inspector's decisions."""
    with store.transaction() as connection:
        stats = _collect_names(connection)
        old = {name: pid for name, pid in connection.execute(text("SELECT name, party_id FROM party_name"))}
        decided = connection.execute(
            text("SELECT action, name, other, decided_by FROM party_decision ORDER BY id")
        ).all()
        # decisions about names that no record uses now are kept: they apply
        # again when a re-import brings the name back
        split_names = {name for action, name, _, _ in decided if action == SPLIT and name in stats}
        groups = _Groups(stats)
        normals: dict[str, list[str]] = defaultdict(list)
        for name in sorted(stats, key=lambda n: (-stats[n].records, n)):
            normals[normalize_name(name)].append(name)
        for a, b, reason in _auto_edges(normals, split_names):
            groups.union(a, b, reason)
        for action, name, other, by in decided:
            if action == MERGE and name in stats and other in stats:
                groups.union(other, name, f"人工合并（{by}）" if by else "人工合并")
        _write_groups(connection, groups, stats, old)
        _bump_generation(connection)


def _write_groups(connection, groups: _Groups, stats: dict[str, _NameStat], old: dict[str, int]) -> None:
    members = sorted(groups.groups().values(), key=lambda names: -sum(stats[n].records for n in names))
    used: set[int] = set()
    assigned: list[tuple[int | None, list[str]]] = []
    for names in members:
        # keep the id most of this group's names had, so keys stay stable
        votes = Counter(old[n] for n in names if n in old and old[n] not in used)
        pid = votes.most_common(1)[0][0] if votes else None
        if pid is not None:
            used.add(pid)
        assigned.append((pid, names))
    next_id = int(connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM party")).scalar()) + 1
    party_rows, name_rows = [], []
    for pid, names in assigned:
        if pid is None:
            pid, next_id = next_id, next_id + 1
        display = _display(names, stats)
        person = all(is_person_name(normalize_name(n)) for n in names)
        party_rows.append((pid, display, person))
        display_normal = normalize_name(display)
        for name in names:
            evidence = groups.evidence.get(name, "")
            if name == display:
                evidence = ""
            elif not evidence:
                # the name was hung under the one shown: tell that edge from this side
                evidence = groups.other_side.get(name, "")
            if name != display and not evidence:
                # the name was a union-find root that another name was hung under
                normal = normalize_name(name)
                evidence = (f"规范化后相同: {normal}" if normal == display_normal
                            else f"与“{display}”同组")
            name_rows.append((name, pid, normalize_name(name), evidence, stats[name].records, stats[name].amount))
    # thousands of rows: plain executemany on the driver connection, inside the same transaction
    driver = connection.connection.driver_connection
    driver.execute("DELETE FROM party_name")
    driver.execute("DELETE FROM party")
    driver.executemany("INSERT INTO party (id, display, person) VALUES (?, ?, ?)", party_rows)
    driver.executemany("INSERT INTO party_name (name, party_id, normalized, evidence, records, amount) "
                       "VALUES (?, ?, ?, ?, ?, ?)", name_rows)


def _bump_generation(connection) -> None:
    """Tell caches (search's identity expansion) that the parties changed."""
    bump_generation(connection, "parties_generation")


# --- the inspector's decisions ----------------------------------------------------


def _resolve_names(store, names_or_keys: Iterable[str]) -> list[str]:
    """Raw names for a mix of raw names, normalised names and identity keys."""
    out: list[str] = []
    for item in names_or_keys:
        if item.startswith(("p:", "n:")):
            found = party_names(store, item)
        else:
            with store.engine.connect() as connection:
                exact = connection.execute(text("SELECT name FROM party_name WHERE name = :n"), {"n": item}).all()
            found = [row[0] for row in exact] or party_names(store, f"n:{normalize_name(item)}")
        if not found:
            raise ValueError(f"没有找到往来单位“{item}”")
        out.extend(found)
    return list(dict.fromkeys(out))


def merge(store, names_or_keys: Sequence[str], by: str = "") -> str:
    """Join parties into one (the inspector's decision); returns the merged identity key."""
    names = _resolve_names(store, names_or_keys)
    if len(names) < 2:
        raise ValueError("合并至少需要两个不同的名称")
    now = dt.datetime.now().replace(microsecond=0)
    with store.transaction() as connection:
        # a merge undoes earlier splits of these names
        connection.execute(
            text("DELETE FROM party_decision WHERE action = :a AND name IN ({})".format(",".join(f":n{i}" for i in range(len(names))))),
            {"a": SPLIT, **{f"n{i}": n for i, n in enumerate(names)}},
        )
        connection.execute(
            text("INSERT INTO party_decision (action, name, other, decided_by, decided_at) "
                 "VALUES (:a, :n, :o, :b, :t)"),
            [{"a": MERGE, "n": name, "o": names[0], "b": by, "t": now} for name in names[1:]],
        )
    regroup(store)
    return identity_of(store, names[0])


def split(store, name: str, by: str = "") -> str:
    """Take one spelling out of its party (the inspector's decision); returns its new key."""
    names = _resolve_names(store, [name])
    target = name if name in names else names[0]
    now = dt.datetime.now().replace(microsecond=0)
    with store.transaction() as connection:
        # a split undoes earlier merges of this name; names that were merged
        # onto it stay merged with each other
        connection.execute(text("DELETE FROM party_decision WHERE action = :a AND name = :n"),
                           {"a": MERGE, "n": target})
        joined = connection.execute(
            text("SELECT id, name FROM party_decision WHERE action = :a AND other = :n ORDER BY id"),
            {"a": MERGE, "n": target},
        ).all()
        if joined:
            anchor_id, anchor = joined[0]
            connection.execute(text("DELETE FROM party_decision WHERE id = :i"), {"i": anchor_id})
            connection.execute(text("UPDATE party_decision SET other = :o WHERE action = :a AND other = :n"),
                               {"o": anchor, "a": MERGE, "n": target})
        connection.execute(
            text("INSERT INTO party_decision (action, name, other, decided_by, decided_at) "
                 "VALUES (:a, :n, NULL, :b, :t)"),
            {"a": SPLIT, "n": target, "b": by, "t": now},
        )
    regroup(store)
    return identity_of(store, target)


__all__ = [
    "IdentityMap",
    "NameVariant",
    "Party",
    "PartyDecision",
    "PartyName",
    "PartyView",
    "display_name",
    "identity_map",
    "identity_of",
    "list_parties",
    "merge",
    "party_names",
    "regroup",
    "similar_companies",
    "split",
]
