"""Provides pieces of work: projects merged with their own contracts, payments linked to them.

A village's 工程项目台账 and 合同台账 often describe the same job twice: the
project row and the contract signed for it. Counting both would make one job
look like two (a false 化整为零), so rules that weigh works look at
``WorkItem``s: a project with the contracts signed with its contractor, or a
contract that belongs to no project.

Payments are linked to a piece of work by, in order: the contract code column,
the project column, or the 摘要 naming the work's title ("支付吴家道自然村道路
硬化工程进度款"). Titles are found in summaries through an index of their first
four characters, so linking stays linear in the number of payments.

Which party a linked payment went to is the payee column's business; a rule
that weighs payments per party (``overpayment``) asks ``WorkIndex.party_payments``,
which may also let the one known party a blank payee's 摘要 names
(``xuncha.rules.mentions``) stand in for the payee, never writing it back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xuncha.rules.context import ContractRow, PaymentRow, ProjectRow
from xuncha.rules.text import clean, code_key, contains_any, title_key

if TYPE_CHECKING:
    from xuncha.rules.context import ScanContext
    from xuncha.rules.mentions import Mention

INCOME_CATEGORY_WORDS = ("租赁", "出租", "发包", "流转", "承包", "出让", "转让")
"""Contract categories where the village lets something out and receives money."""
SPENDING_CATEGORY_WORDS = ("工程", "施工", "采购", "服务", "维修", "建设", "设计", "监理")
PROJECT_CONTRACT_DAYS = 180
"""A contract without a project code joins a project (by name, or by party and amount) only this close in time."""
TITLE_PREFIX = 4
"""Titles are indexed by their first four characters; shorter title keys are too generic to find in a 摘要."""
_CONTRACT_WORDS = re.compile(r"一事一议|承包|施工|工程|项目|合同书?|协议书?|村内|建设")
"""Words that a project's and its contract's titles add or leave out anywhere, not only at the end."""

SUMMARY, PROJECT_COLUMN, CONTRACT_COLUMN = "summary", "project", "contract"


def is_income_contract(contract: ContractRow) -> bool:
    """A lease or land contract (the village receives rent), not a purchase of works."""
    category = contract.category or ""
    return bool(contains_any(category, INCOME_CATEGORY_WORDS)) and not contains_any(category, SPENDING_CATEGORY_WORDS)


@dataclass(eq=False)
class WorkItem:
    """One piece of work: a project and/or the contracts signed with its contractor."""

    village: str
    identity: str
    project: ProjectRow | None = None
    contracts: list[ContractRow] = field(default_factory=list)
    related_project: ProjectRow | None = None
    """For a contract with another party than its project's contractor: that project."""

    @property
    def rows(self) -> list[Any]:
        return ([self.project] if self.project else []) + list(self.contracts)

    @property
    def party(self) -> str | None:
        for row in self.rows:
            if row.party:
                return row.party
        return None

    @property
    def amount(self) -> int | None:
        """The contract amount of the work: the project's, else its contracts', else the budget."""
        if self.project is not None and self.project.amount is not None:
            return self.project.amount
        amounts = [c.amount for c in self.contracts if c.amount is not None]
        if amounts:
            return sum(amounts)
        return self.project.budget if self.project is not None else None

    @property
    def date(self) -> dt.date | None:
        """When the work was decided or signed: the earliest date known."""
        dates = [c.signed_on for c in self.contracts if c.signed_on]
        if self.project is not None:
            dates += [d for d in (self.project.decided_on, self.project.started_on) if d]
        return min(dates) if dates else None

    @property
    def day(self) -> str:
        """The work's date as written in a flag."""
        return self.date.isoformat() if self.date else "日期不详"

    @property
    def signed_on(self) -> dt.date | None:
        dates = [c.signed_on for c in self.contracts if c.signed_on]
        return min(dates) if dates else None

    @property
    def title(self) -> str:
        if self.project is not None and self.project.name:
            return self.project.name
        for contract in self.contracts:
            if contract.title:
                return contract.title
        return ""

    @property
    def noun(self) -> str:
        """How the work is called in a flag: 合同 when signed, else 工程项目."""
        return "合同" if self.contracts else "工程项目"


@dataclass
class PaymentLink:
    payment: PaymentRow
    item: WorkItem
    via: str
    """How the link was found: contract (code column), project (project column) or summary."""


@dataclass
class PartyPayments:
    """Outgoing payments counted for the party of a work: its payee column, or the 摘要's one known party.

    A payment counts for a work when it is linked to it and went to the work's
    own party; a payment to a party that is linked to no work counts for that
    party in its village. A payment linked to another party's work counts for
    neither (``payee_mismatch`` looks at those).
    """

    own: dict[int, list[PaymentRow]]
    """id(item) -> the payments linked to the work that went to its own party, in payment order."""
    unlinked: dict[tuple[str, str], list[PaymentRow]]
    """(village, identity) -> payments to the party that are linked to no work, in payment order."""
    named: dict[str, Mention]
    """Payment id -> the known party its 摘要 names, for the blank-payee payments counted that way."""

    def of(self, item: WorkItem) -> list[PaymentRow]:
        return self.own.get(id(item), [])


@dataclass
class WorkIndex:
    """The pieces of work of a data set and the outgoing payments linked to them."""

    items: list[WorkItem]
    links: dict[str, PaymentLink]
    """Payment id -> its link (outgoing payments only)."""
    by_item: dict[int, list[PaymentLink]]
    """id(item) -> its links, in payment order."""
    family: dict[int, list[WorkItem]]
    """id(project row) -> the pieces of work of that project (its contractor's, its suppliers')."""
    _item_of: dict[str, WorkItem] | None = field(default=None, repr=False)
    """Row id -> its piece of work, built on first use."""
    _finder: _TitleFinder | None = field(default=None, repr=False)

    @classmethod
    def build(cls, context: ScanContext) -> "WorkIndex":
        items = _merge_projects_and_contracts(context.projects, context.contracts)
        finder = _TitleFinder(items)
        links: dict[str, PaymentLink] = {}
        by_item: dict[int, list[PaymentLink]] = defaultdict(list)
        for payment in context.payments:
            if not payment.is_outgoing:
                continue
            link = finder.link(payment)
            if link is not None:
                links[payment.id] = link
                by_item[id(link.item)].append(link)
        family: dict[int, list[WorkItem]] = defaultdict(list)
        for item in items:
            project = item.project or item.related_project
            if project is not None:
                family[id(project)].append(item)
        return cls(items, links, dict(by_item), dict(family), _finder=finder)

    def payments_for(self, item: WorkItem) -> list[PaymentLink]:
        return self.by_item.get(id(item), [])

    def party_payments(self, payments: Iterable[PaymentRow],
                       named: Mapping[str, Mention] | None = None) -> PartyPayments:
        """The outgoing payments counted for each work's party, and those to a party linked to no work.

        ``named`` (payment id -> the one known party its 摘要 names, from
        ``MentionIndex.single``) lets that party stand in for a blank payee
        column, with the strictness a payee gets: the payment is linked again
        with the named party in the payee's place (so that, of several works of
        one title, the named party's own is chosen, as the payee's would be),
        and when nothing places it on a work it counts for the named party in
        the payment's village, never for a work of its choosing. A 摘要 naming
        several parties is not in ``named``: such a payment counts for nobody.
        """
        own: dict[int, list[PaymentRow]] = defaultdict(list)
        unlinked: dict[tuple[str, str], list[PaymentRow]] = defaultdict(list)
        used: dict[str, Mention] = {}
        for payment in payments:
            if not payment.is_outgoing:
                continue
            identity, link = payment.identity, self.links.get(payment.id)
            mention = named.get(payment.id) if named and not identity else None
            # A work whose party is not written either keeps its blank-payee payments, as before.
            if mention is not None and (link is None or link.item.identity):
                identity = mention.identity
                if self._finder is not None:
                    link = self._finder.link(payment, identity)
                if link is not None and link.item.identity != identity:
                    continue  # linked to another party's work: counted for neither, as a payee's would be
                used[payment.id] = mention
            if link is None:
                if identity:
                    unlinked[(payment.village, identity)].append(payment)
            elif link.item.identity == identity:
                own[id(link.item)].append(payment)
        return PartyPayments(dict(own), dict(unlinked), used)

    def item_of(self, row: ProjectRow | ContractRow) -> WorkItem | None:
        """The piece of work a project or contract row belongs to (None for a lease contract)."""
        if self._item_of is None:
            self._item_of = {row.id: item for item in self.items for row in item.rows}
        return self._item_of.get(row.id)

    def parties_of(self, item: WorkItem) -> set[str]:
        """Identities entitled to payments for the work: its own and its project's other contractors."""
        project = item.project or item.related_project
        if project is None:
            return {item.identity}
        return {other.identity for other in self.family.get(id(project), [item])} | {item.identity}


def _merge_projects_and_contracts(projects: Iterable[ProjectRow], contracts: Iterable[ContractRow]) -> list[WorkItem]:
    items: list[WorkItem] = []
    by_code: dict[tuple[str, str], WorkItem] = {}
    by_title: dict[tuple[str, str], list[WorkItem]] = defaultdict(list)
    by_party_amount: dict[tuple[str, str, int], list[WorkItem]] = defaultdict(list)
    for project in projects:
        item = WorkItem(project.village, project.identity, project=project)
        items.append(item)
        if project.code:
            by_code.setdefault((project.village, code_key(project.code)), item)
        if project.name:
            by_title[(project.village, title_key(project.name, project.village))].append(item)
        if project.amount is not None:
            by_party_amount[(project.village, project.identity, project.amount)].append(item)
    for contract in contracts:
        if is_income_contract(contract):
            continue
        home = _project_of(contract, by_code, by_title, by_party_amount)
        if home is not None and (home.identity == contract.identity or not home.identity):
            home.contracts.append(contract)
            home.identity = home.identity or contract.identity
        else:
            related = home.project if home is not None else None
            items.append(WorkItem(contract.village, contract.identity, contracts=[contract], related_project=related))
    return items


def _project_of(contract: ContractRow, by_code: dict, by_title: dict, by_party_amount: dict) -> WorkItem | None:
    """The project a contract was signed for: by its project column, else by title or party and amount nearby in time.

    A village repeats job names (路灯亮化 in 2021 and again in 2023), so a
    contract joins a project by name only within ``PROJECT_CONTRACT_DAYS``.
    """
    village = contract.village
    if contract.project:
        found = by_code.get((village, code_key(contract.project)))
        if found is None:
            found = _nearest(by_title.get((village, title_key(contract.project, village)), []), contract.signed_on)
        if found is not None:
            return found
    if contract.title:
        found = _nearest(by_title.get((village, title_key(contract.title, village)), []), contract.signed_on)
        if found is not None:
            return found
    if contract.amount is not None and contract.identity:
        for item in by_party_amount.get((village, contract.identity, contract.amount), []):
            if (not item.contracts and _near(item.date, contract.signed_on, PROJECT_CONTRACT_DAYS)
                    and _compatible_titles(item.title, contract.title, village)):
                return item
    return None


def _nearest(items: list[WorkItem], day: dt.date | None) -> WorkItem | None:
    close = [item for item in items if _near(item.date, day, PROJECT_CONTRACT_DAYS)]
    if not close:
        return None
    if day is None:
        return close[0]
    return min(close, key=lambda item: abs(((item.date or day) - day).days))


def _compatible_titles(first: str | None, second: str | None, village: str) -> bool:
    """Titles that may name one job: one missing, or one containing the other once the words
    that name no work are gone (``_CONTRACT_WORDS``).

    The 一事一议 project "一事一议五组道路硬化" and its contract "五组村内道路硬化承包合同书"
    are one job; "一期" and "二期" of a road with equal amounts are two contracts, not a
    project and its contract.
    """
    a, b = _work_words(first, village), _work_words(second, village)
    return not a or not b or a in b or b in a


def _work_words(title: str | None, village: str) -> str:
    key = title_key(title, village)
    return _CONTRACT_WORDS.sub("", key) or key


def _latest_before(items: list[WorkItem], day: dt.date | None) -> WorkItem:
    dated = [item for item in items if item.date is not None and (day is None or item.date <= day)]
    if dated:
        return max(dated, key=lambda item: item.date)  # type: ignore[arg-type, return-value]
    return min(items, key=lambda item: item.date or dt.date.max)


def _near(first: dt.date | None, second: dt.date | None, days: int) -> bool:
    if first is None or second is None:
        return True
    return abs((first - second).days) <= days


class _TitleFinder:
    """Finds the piece of work a payment is for."""

    def __init__(self, items: list[WorkItem]) -> None:
        self.by_contract_code: dict[tuple[str, str], WorkItem] = {}
        self.by_project_code: dict[tuple[str, str], list[WorkItem]] = defaultdict(list)
        self.by_title: dict[tuple[str, str], list[WorkItem]] = defaultdict(list)
        self.by_prefix: dict[str, dict[str, list[tuple[str, WorkItem]]]] = defaultdict(lambda: defaultdict(list))
        """Village -> first four characters of a title key -> (title key, work)."""
        for item in items:
            for contract in item.contracts:
                if contract.code:
                    self.by_contract_code.setdefault((item.village, code_key(contract.code)), item)
            # A contract with another party than its project's contractor is found
            # under the project too; the payee then picks its own piece of work.
            projects = [p for p in (item.project, item.related_project) if p is not None]
            for project in projects:
                if project.code:
                    self.by_project_code[(item.village, code_key(project.code))].append(item)
            titles = {title_key(p.name, item.village) for p in projects}
            titles |= {title_key(c.title, item.village) for c in item.contracts}
            for title in titles - {""}:
                self.by_title[(item.village, title)].append(item)
                if len(title) >= TITLE_PREFIX:
                    self.by_prefix[item.village][title[:TITLE_PREFIX]].append((title, item))

    def link(self, payment: PaymentRow, identity: str | None = None) -> PaymentLink | None:
        """The work a payment is for; ``identity`` stands in for the payee's when choosing between works."""
        village = payment.village
        identity = payment.identity if identity is None else identity
        if payment.contract:
            item = self.by_contract_code.get((village, code_key(payment.contract)))
            if item is not None:
                return PaymentLink(payment, item, CONTRACT_COLUMN)
        if payment.project:
            item = self._one(payment, self.by_project_code.get((village, code_key(payment.project)), []), identity)
            if item is None:
                item = self._one(payment, self.by_title.get((village, title_key(payment.project, village)), []),
                                 identity)
            if item is None:
                item = self._found_in(payment, payment.project, identity)
            if item is not None:
                return PaymentLink(payment, item, PROJECT_COLUMN)
        if payment.summary:
            item = self._found_in(payment, payment.summary, identity)
            if item is not None:
                return PaymentLink(payment, item, SUMMARY)
        return None

    def _found_in(self, payment: PaymentRow, text: str, identity: str) -> WorkItem | None:
        """The work whose title appears in the text; the longest title wins."""
        prefixes = self.by_prefix.get(payment.village)
        if not prefixes:
            return None
        normal = clean(text)
        best_length = 0
        best: list[WorkItem] = []
        for start in range(len(normal) - TITLE_PREFIX + 1):
            for title, item in prefixes.get(normal[start:start + TITLE_PREFIX], ()):
                if len(title) >= best_length and normal.startswith(title, start):
                    if len(title) > best_length:
                        best_length, best = len(title), []
                    best.append(item)
        return self._one(payment, best, identity)

    @staticmethod
    def _one(payment: PaymentRow, candidates: list[WorkItem], identity: str) -> WorkItem | None:
        """One piece of work, preferring the payee's (``identity``'s) own; None when the title is ambiguous."""
        unique = list(dict.fromkeys(candidates))
        if len(unique) <= 1:
            return unique[0] if unique else None
        own = [item for item in unique if item.identity == identity]
        if len(own) == 1:
            return own[0]
        if own or len({item.identity for item in unique}) == 1:
            # The same job name again (another year's 路灯亮化): the latest one begun before the payment.
            return _latest_before(own or unique, payment.date)
        # Several parties of one project (builder, supplier): the payment is for the project.
        anchors = [item.project or item.related_project for item in unique]
        if all(anchor is not None for anchor in anchors) and len({id(anchor) for anchor in anchors}) == 1:
            return next((item for item in unique if item.project is not None), unique[0])
        return None
