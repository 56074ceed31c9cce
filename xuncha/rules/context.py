"""Provides the data a scan hands to the rules: lean rows per kind, with identities.

Rules never touch the store. The scan loads the few columns the rules need
into slotted rows (``xuncha.scan.load_context``); tests build the same
``ScanContext`` by hand from tiny record sets. Each row with a counterparty
carries its ``identity``: the counterparty's identity group from
``xuncha.parties`` in a scan, ``names.normalize_name`` in a test. Rules compare
identities, never raw text, so "浙江宏达建设有限公司" and "宏达建设" are one party.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from xuncha.rules.params import Params

if TYPE_CHECKING:
    from xuncha.rules.copies import BookCopies
    from xuncha.rules.mentions import MentionIndex
    from xuncha.rules.works import WorkIndex

Date = dt.date | None


@dataclass(slots=True)
class ProjectRow:
    id: str
    village: str
    code: str | None = None
    name: str | None = None
    type: str | None = None
    contractor: str | None = None
    budget: int | None = None
    amount: int | None = None
    decided_on: Date = None
    started_on: Date = None
    finished_on: Date = None
    procurement: str | None = None
    status: str | None = None
    batch_id: int | None = None
    source_sheet: str | None = None
    identity: str = ""
    phones: tuple[str, ...] = ()
    kind: ClassVar[str] = "project"
    party_field: ClassVar[str] = "contractor"

    @property
    def party(self) -> str | None:
        return self.contractor


@dataclass(slots=True)
class ContractRow:
    id: str
    village: str
    code: str | None = None
    title: str | None = None
    counterparty: str | None = None
    amount: int | None = None
    signed_on: Date = None
    started_on: Date = None
    ended_on: Date = None
    category: str | None = None
    procurement: str | None = None
    project: str | None = None
    batch_id: int | None = None
    source_sheet: str | None = None
    identity: str = ""
    phones: tuple[str, ...] = ()
    kind: ClassVar[str] = "contract"
    party_field: ClassVar[str] = "counterparty"

    @property
    def party(self) -> str | None:
        return self.counterparty


@dataclass(slots=True)
class PaymentRow:
    id: str
    village: str
    voucher: str | None = None
    date: Date = None
    summary: str | None = None
    account: str | None = None
    direction: str | None = None
    amount: int | None = None
    counterparty: str | None = None
    method: str | None = None
    attachments: int | None = None
    contract: str | None = None
    project: str | None = None
    batch_id: int | None = None
    source_sheet: str | None = None
    identity: str = ""
    kind: ClassVar[str] = "payment"
    party_field: ClassVar[str] = "counterparty"

    @property
    def party(self) -> str | None:
        return self.counterparty

    @property
    def is_outgoing(self) -> bool:
        return self.direction == "out"


@dataclass(slots=True)
class ResourceRow:
    id: str
    village: str
    code: str | None = None
    name: str | None = None
    category: str | None = None
    area: float | None = None
    counterparty: str | None = None
    amount: int | None = None
    started_on: Date = None
    ended_on: Date = None
    procurement: str | None = None
    batch_id: int | None = None
    source_sheet: str | None = None
    identity: str = ""
    phones: tuple[str, ...] = ()
    kind: ClassVar[str] = "resource"
    party_field: ClassVar[str] = "counterparty"

    @property
    def party(self) -> str | None:
        return self.counterparty


@dataclass(slots=True)
class CadreRow:
    id: str
    village: str
    name: str | None = None
    position: str | None = None
    phone: str | None = None
    id_no: str | None = None
    relatives: str | None = None
    kind: ClassVar[str] = "cadre"


Row = ProjectRow | ContractRow | PaymentRow | ResourceRow | CadreRow

ROW_TYPES: dict[str, type] = {
    "project": ProjectRow,
    "contract": ContractRow,
    "payment": PaymentRow,
    "resource": ResourceRow,
    "cadre": CadreRow,
}
"""The kinds rules read, and their row classes. Assets feed no rule yet."""

DERIVED_FIELDS = frozenset({"identity", "phones"})
"""Row attributes the scan computes; every other attribute is a stored column."""


def stored_columns(kind: str) -> list[str]:
    """The columns to SELECT for a kind, in the row class's field order."""
    return [f.name for f in fields(ROW_TYPES[kind]) if f.name not in DERIVED_FIELDS]


@dataclass
class ScanContext:
    """Everything a rule may read: rows per kind, parameters and party labels."""

    projects: list[ProjectRow] = field(default_factory=list)
    contracts: list[ContractRow] = field(default_factory=list)
    payments: list[PaymentRow] = field(default_factory=list)
    resources: list[ResourceRow] = field(default_factory=list)
    cadres: list[CadreRow] = field(default_factory=list)
    params: dict[str, Params] = field(default_factory=dict)
    party_label: Callable[[str], str | None] | None = None
    """Display name of an identity (``parties.display_name`` in a scan); None in tests."""
    identity_of: Callable[[str], str] | None = None
    """Identity of any name (the scan's counterparty groups); None: ``names.normalize_name``."""
    party_names: Mapping[str, str] = field(default_factory=dict)
    """Every counterparty spelling the data uses -> its identity (the groups' aliases)."""
    book_copies: list[BookCopies] = field(default_factory=list)
    """Rows left out because an earlier book or register holds them too (``xuncha.rules.copies``)."""
    village_spellings: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Bare village names read as the full name other records use: "柳溪" -> ("柳溪村", rows)."""
    planned: list[ProjectRow] = field(default_factory=list)
    """Projects left out because they are only planned (``drop_planned``)."""

    def rows(self, kind: str) -> list[Any]:
        by_kind: dict[str, list[Any]] = {
            "project": self.projects, "contract": self.contracts, "payment": self.payments,
            "resource": self.resources, "cadre": self.cadres,
        }
        return by_kind[kind]

    def count(self, kinds: Iterable[str]) -> int:
        return sum(len(self.rows(kind)) for kind in kinds)

    def label(self, identity: str, raw: str | None) -> str:
        """How a counterparty is named in a flag: as the cited row writes it.

        A flag quotes the evidence, so the row's own spelling comes first; the
        group's display name (which may be another row's spelling, or a name
        the inspector chose) only stands in when the row names nobody.
        """
        if raw and raw.strip():
            return raw.strip()
        return self._display(identity) or identity or "（未写明）"

    def party_text(self, identity: str, rows: Iterable[Any]) -> str:
        """A counterparty as the evidence rows write it, with the group's other spellings after it.

        "浙江五清环保有限公司（视为同一单位的其他写法：浙江五清环保有限公司安吉分公司）": the first
        row's spelling, then the other spellings of the cited rows and the group's
        display name, so that the reader sees both what the row says and which
        names the scan treated as one counterparty.
        """
        from xuncha.rules.text import clean

        spellings: dict[str, str] = {}
        for row in rows:
            party = getattr(row, "party", None)
            if not party or not party.strip() or (identity and getattr(row, "identity", identity) != identity):
                continue
            spellings.setdefault(clean(party), party.strip())
        shown = self._display(identity)
        if not spellings:
            return shown or identity or "（未写明）"
        first, *others = spellings.values()
        if shown and clean(shown) not in spellings:
            others.append(shown.strip())
        return f"{first}（视为同一单位的其他写法：{'、'.join(others)}）" if others else first

    def identity(self, name: str) -> str:
        """The identity of a name that no row's party column holds (a cadre, a relative)."""
        if self.identity_of is not None:
            return self.identity_of(name)
        from xuncha.names import normalize_name

        return normalize_name(name)

    def _display(self, identity: str) -> str | None:
        if self.party_label is not None and identity:
            shown = self.party_label(identity)
            if shown and shown.strip():
                return shown.strip()
        return None

    @cached_property
    def works(self) -> WorkIndex:
        """Projects and contracts merged into pieces of work, with payments linked (shared by rules)."""
        from xuncha.rules.works import WorkIndex

        return WorkIndex.build(self)

    @cached_property
    def mentions(self) -> MentionIndex:
        """Known parties named in the 摘要 of blank-payee payments (shared by rules, built once)."""
        from xuncha.rules.mentions import MentionIndex

        return MentionIndex.build(self)


def build_context(records: Iterable[dict[str, Any]], *, identity: Callable[[str], str],
                  params: dict[str, Params] | None = None) -> ScanContext:
    """A context from plain record dicts (tests, synthetic data): money in fen, dates as dates.

    Each dict has ``kind``, ``id``, ``village`` and canonical fields; unknown
    fields are ignored, so a record can carry notes for the reader.
    """
    spellings: dict[str, str] = {}
    context = ScanContext(params=params or {}, identity_of=identity, party_names=spellings)
    for record in records:
        kind = record["kind"]
        row_type = ROW_TYPES.get(kind)
        if row_type is None:
            continue
        names = set(stored_columns(kind))
        values = {key: value for key, value in record.items() if key in names}
        row = row_type(**values)
        if hasattr(row, "identity") and row.party:
            row.identity = spellings[row.party] = identity(row.party)
        if hasattr(row, "phones") and record.get("phones"):
            row.phones = tuple(record["phones"])
        context.rows(kind).append(row)
    return context


# The 进展 of a project not yet carried out: planned, applied for, kept in reserve (the importer writes
# 计划 for the projects of a 年度计划 or 申报计划). "未开工" is a contracted project, still checked.
_PLANNED = re.compile(r"^(?:计划|拟建|拟实施|申报|待申报|已申报|储备|入库|项目库)")


def drop_planned(context: ScanContext) -> list[ProjectRow]:
    """Take the projects that are only planned out of the context, and return them.

    A plan lists a project with its budget before any procurement, contract or start: no 发包方式 is
    missing yet and its planned month is no start date. Checked beside the works done, each planned
    project raised "发包方式为空白" and "签订晚于开工" flags, and its budget stood in for a contract sum.
    """
    planned = [row for row in context.projects if row.status and _PLANNED.match(row.status.strip())]
    if planned:
        left_out = {id(row) for row in planned}
        context.projects = [row for row in context.projects if id(row) not in left_out]
    return planned


def planned_text(planned: list[ProjectRow]) -> str:
    """What to tell about the planned projects left out of the scan ('' when none)."""
    if not planned:
        return ""
    return f"{len(planned)} 个项目的进展是“计划”或“申报”（尚未实施），未参与筛查"


VILLAGE_ENDINGS = ("村", "社区")
"""What a village's full name ends with; "柳溪" of one file is "柳溪村" of another."""


def unify_village_spellings(context: ScanContext) -> dict[str, tuple[str, int]]:
    """Read a bare village name as the full name other records use, in every row of the context.

    A cadre list that writes "柳溪" beside books of "柳溪村" would file the cadres in another
    village, and every rule that compares villages (related_party above all) would miss them
    without a word. The name is completed only where the full name is in the data, never guessed;
    the stored records keep what their files say. Returns {bare name: (full name, rows)}.
    """
    names = {row.village for kind in ROW_TYPES for row in context.rows(kind) if row.village}
    full_name = {name: full for name in names if (full := _full_village_name(name, names))}
    if not full_name:
        return {}
    counts: dict[str, int] = {}
    for kind in ROW_TYPES:
        for row in context.rows(kind):
            full = full_name.get(row.village)
            if full is not None:
                counts[row.village] = counts.get(row.village, 0) + 1
                row.village = full
    context.village_spellings = {name: (full_name[name], count) for name, count in counts.items()}
    return context.village_spellings


def _full_village_name(name: str, names: set[str]) -> str | None:
    """"柳溪村" for "柳溪" when the data writes 柳溪村 too; None for a full name or one written no other way."""
    if name.endswith(VILLAGE_ENDINGS):
        return None
    return next((name + end for end in VILLAGE_ENDINGS if name + end in names), None)
