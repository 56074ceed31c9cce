"""Provides the project dossier: everything the books say about one village project, in one place.

A three-capitals platform shows a project with its work, contractor, contract
and progress. ``project_dossier`` gathers more, from records that were never
linked by a key: the contracts of the project (by 关联项目, code, or a similar
name with the same contractor), the payments to the contractor that mention
it, its decision/start/finish dates, status and procurement, the totals
(contract amount, paid so far) and a timeline. Each linked record carries the
reason it was linked, so the inspector can judge it.

The contractor is compared by identity (``xuncha.parties``), so a payment to
"宏达建设（有限公司）" counts for a project built by "浙江宏达建设有限公司".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz import fuzz
from sqlmodel import select

from xuncha import parties
from xuncha.models import Contract, Payment, Project, RecordBase, record_dict
from xuncha.money import fen_to_yuan
from xuncha.search_index import fold, segments

# Words that say what kind of work, not which one: dropped before names are compared.
_GENERIC_TAIL = ("工程", "项目", "施工", "建设", "改造", "维修", "修缮", "提升", "合同", "协议", "采购", "服务",
                 "一期", "二期", "三期", "款", "费")
_GENERIC_HEAD = ("一事一议", "财政奖补", "村级", "小微")
_YEAR_PREFIX = re.compile(r"^(19|20)\d\d年(度)?")
_PART_SEPARATOR = re.compile(r"[-—–:：]")

# A contract whose title is this similar to the project's name (both without
# village and generic words) belongs to it when the contractor is the same party.
TITLE_SIMILAR_SAME_PARTY = 75
TITLE_SIMILAR_ANY_PARTY = 92


@dataclass
class LinkedRecord:
    """A record linked to the project and why."""

    kind: str
    id: str
    title: str
    amount: int | None
    """Fen."""
    date: dt.date | None
    counterparty: str | None
    same_party: bool
    """Its counterparty is the project's contractor (as one identity)."""
    reason: str
    score: float
    record: dict[str, Any]
    """The record as DESIGN.md's JSON (``models.record_dict``)."""


@dataclass
class TimelineEvent:
    date: dt.date
    label: str
    kind: str
    id: str
    amount: int | None = None


@dataclass
class DossierTotals:
    budget: int | None
    project_amount: int | None
    contract_amount: int
    """Sum of the linked contracts (fen)."""
    paid: int
    """Sum of linked outgoing payments (fen)."""
    paid_share: float | None
    """paid / (contract amount, else project amount)."""


@dataclass
class Dossier:
    project: dict[str, Any]
    contractor: str | None
    contractor_key: str
    contractor_display: str
    contractor_names: list[str]
    contracts: list[LinkedRecord]
    payments: list[LinkedRecord]
    other_payments: list[LinkedRecord]
    """Payments to the contractor in the village that name none of its projects: maybe this one."""
    dates: dict[str, dt.date | None]
    status: str | None
    procurement: str | None
    totals: DossierTotals
    timeline: list[TimelineEvent] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Plain observations in Chinese (dates out of order, paid more than the contract)."""


class DossierError(LookupError):
    pass


# --- name comparison ---------------------------------------------------------------


def work_core(name: str | None, village: str = "") -> str:
    """The part of a project or contract name that says which work it is.

    "2022年石桥村文化礼堂改造工程" -> "文化礼堂"; never shorter than two characters.
    """
    # "一事一议财政奖补项目-石桥村道路硬化工程": the work is after the dash
    parts = [part for part in _PART_SEPARATOR.split(name or "") if len("".join(segments(part))) >= 4]
    text = "".join(segments(parts[-1] if parts else (name or "")))
    text = _YEAR_PREFIX.sub("", text)
    for prefix in _village_forms(village):
        if text.startswith(prefix) and len(text) - len(prefix) >= 2:
            text = text[len(prefix):]
            break
    changed = True
    while changed:
        changed = False
        for head in _GENERIC_HEAD:
            if text.startswith(head) and len(text) - len(head) >= 2:
                text, changed = text[len(head):], True
        for tail in _GENERIC_TAIL:
            if text.endswith(tail) and len(text) - len(tail) >= 2:
                text, changed = text[: -len(tail)], True
    return text


def _village_forms(village: str) -> list[str]:
    folded = fold(village or "")
    forms = [folded]
    if folded.endswith(("村", "社区")):
        forms.append(folded.removesuffix("社区").removesuffix("村"))
    return [f for f in forms if len(f) >= 2]


def mentions(core: str, text: str | None) -> float:
    """How much of the work core appears in the text as one run (0–1)."""
    if not core or not text:
        return 0.0
    folded = fold(text)
    if core in folded:
        return 1.0
    match = SequenceMatcher(None, core, folded, autojunk=False).find_longest_match(0, len(core), 0, len(folded))
    if match.size < min(4, len(core)):
        return 0.0
    # four characters in a row ("路灯安装") name a work even in a long name
    return max(match.size / len(core), 0.6 if match.size >= 4 else 0.0)


def mentioned_run(core: str, text: str | None) -> str:
    """The longest run of the work core found in the text ("路灯安装")."""
    if not core or not text:
        return ""
    folded = fold(text)
    match = SequenceMatcher(None, core, folded, autojunk=False).find_longest_match(0, len(core), 0, len(folded))
    return core[match.a:match.a + match.size]


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and "".join(segments(a or "")) == "".join(segments(b or ""))


# --- building ----------------------------------------------------------------------


def project_dossier(store, project_id: str) -> Dossier:
    """Gather the dossier of one project; raises DossierError when there is no such project."""
    with store.session() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise DossierError(f"没有编号为 {project_id} 的工程项目")
        village_contracts = list(session.exec(
            select(Contract).where((Contract.village == project.village) | (Contract.project == project.name)
                                   | (Contract.project == project.code))
        ))
        village_payments = list(session.exec(select(Payment).where(Payment.village == project.village)))
        village_projects = list(session.exec(select(Project).where(Project.village == project.village)))

    key = parties.identity_of(store, project.contractor) if project.contractor else ""
    names = set(parties.party_names(store, key)) if key else set()
    if project.contractor:
        names.add(project.contractor)
    identity = parties.identity_map(store)

    def same_party(name: str | None) -> bool:
        return bool(name and key) and (name in names or identity[name or ""] == key)

    core = work_core(project.name, project.village)
    # a record that fits another work of the village better belongs to that one
    rivals = [work_core(p.name, p.village) for p in village_projects if p.id != project.id]
    contracts = _link_contracts(project, village_contracts, core, same_party, rivals)
    codes = {str(c.record["code"]) for c in contracts if c.record.get("code")}
    titles = {c.title for c in contracts if c.title}
    other_cores = [work_core(p.name, p.village) for p in village_projects
                   if p.id != project.id and same_party(p.contractor)]
    payments, others = _link_payments(project, village_payments, core, codes, titles, same_party, other_cores)
    totals = _totals(project, contracts, payments)
    dossier = Dossier(
        project=record_dict(project),
        contractor=project.contractor,
        contractor_key=key,
        contractor_display=parties.display_name(store, key) if key else "",
        contractor_names=sorted(names),
        contracts=contracts,
        payments=payments,
        other_payments=others,
        dates={"decided_on": project.decided_on, "started_on": project.started_on,
               "finished_on": project.finished_on,
               "first_contract": min((c.date for c in contracts if c.date), default=None),
               "first_payment": min((p.date for p in payments if p.date), default=None),
               "last_payment": max((p.date for p in payments if p.date), default=None)},
        status=project.status,
        procurement=project.procurement,
        totals=totals,
    )
    dossier.timeline = _timeline(project, contracts, payments)
    dossier.notes = _notes(project, dossier)
    return dossier


def _linked(record: RecordBase, kind: str, title: str | None, amount: int | None, when: dt.date | None,
            party: str | None, same: bool, reason: str, score: float) -> LinkedRecord:
    return LinkedRecord(kind, record.id, title or "", amount, when, party, same, reason, score, record_dict(record))


def _link_contracts(project: Project, contracts: list[Contract], core: str, same_party,
                    rivals: list[str]) -> list[LinkedRecord]:
    out = []
    for contract in contracts:
        same = same_party(contract.counterparty)
        reason, score = _contract_reason(project, contract, core, same, rivals)
        if reason:
            out.append(_linked(contract, "contract", contract.title, contract.amount, contract.signed_on,
                               contract.counterparty, same, reason, score))
    out.sort(key=lambda r: (-r.score, r.date or dt.date.max))
    return out


def _title_similarity(core: str, contract: Contract) -> float:
    if not core:
        return 0.0
    title_core = work_core(contract.title, contract.village)
    return max(fuzz.ratio(title_core, core), 100.0 * mentions(core, contract.title))


def _contract_reason(project: Project, contract: Contract, core: str, same: bool,
                     rivals: list[str]) -> tuple[str, float]:
    if _same_name(contract.project, project.name):
        return "关联项目与项目名称一致", 100.0
    if project.code and (_same_name(contract.project, project.code) or _same_name(contract.code, project.code)):
        return "编号与项目编号一致", 100.0
    if contract.project and core and mentions(core, contract.project) >= 0.99:
        similarity = fuzz.ratio(work_core(contract.project, project.village), core)
        if similarity >= 80:
            return f"关联项目与项目名称相近（{similarity:.0f}）", float(similarity)
    if contract.village != project.village:
        return "", 0.0
    similarity = _title_similarity(core, contract)
    if any(_title_similarity(rival, contract) > similarity for rival in rivals):
        return "", 0.0
    if same and similarity >= TITLE_SIMILAR_SAME_PARTY:
        return f"合同名称相近（{similarity:.0f}），乙方为同一施工单位", similarity
    if similarity >= TITLE_SIMILAR_ANY_PARTY:
        return f"合同名称相近（{similarity:.0f}）", similarity - 10
    return "", 0.0


def _link_payments(project: Project, payments: list[Payment], core: str, codes: set[str], titles: set[str],
                   same_party, other_cores: list[str]) -> tuple[list[LinkedRecord], list[LinkedRecord]]:
    linked, unassigned = [], []
    for payment in payments:
        same = same_party(payment.counterparty)
        reason, score = _payment_reason(project, payment, core, codes, titles, same, other_cores)
        if reason:
            linked.append(_linked(payment, "payment", payment.summary, payment.amount, payment.date,
                                  payment.counterparty, same, reason, score))
        elif same and not payment.project and not payment.contract and not any(
                mentions(other, payment.summary) >= 0.6 for other in other_cores):
            note = ("收款方为施工单位，摘要未写明项目（该单位在本村只有这一个项目）" if not other_cores
                    else "收款方为施工单位，摘要未写明项目（该单位在本村还有其他项目）")
            unassigned.append(_linked(payment, "payment", payment.summary, payment.amount, payment.date,
                                      payment.counterparty, same, note, 0.0))
    linked.sort(key=lambda r: (r.date or dt.date.max, r.id))
    unassigned.sort(key=lambda r: (r.date or dt.date.max, r.id))
    return linked, unassigned


def _payment_reason(project: Project, payment: Payment, core: str, codes: set[str], titles: set[str],
                    same: bool, other_cores: list[str]) -> tuple[str, float]:
    if _same_name(payment.project, project.name) or (project.code and _same_name(payment.project, project.code)):
        return "项目字段指向本项目" + ("" if same else "（收款方不是施工单位）"), 100.0
    if payment.contract and payment.contract in codes:
        return "合同编号属于本项目的合同" + ("" if same else "（收款方不是施工单位）"), 95.0
    if not same:
        return "", 0.0
    for field_name in ("summary", "project", "contract"):
        text = getattr(payment, field_name)
        share = mentions(core, text)
        if share >= 0.6 and all(mentions(other, text) <= share for other in other_cores):
            return (f"收款方为施工单位，{_FIELD_WORDS[field_name]}提到“{mentioned_run(core, text)}”",
                    60.0 + 30.0 * share)
        if text and any(_same_name(text, t) for t in titles):
            return f"收款方为施工单位，{_FIELD_WORDS[field_name]}为本项目合同名称", 90.0
    return "", 0.0


_FIELD_WORDS = {"summary": "摘要", "project": "项目栏", "contract": "合同栏"}


def _totals(project: Project, contracts: list[LinkedRecord], payments: list[LinkedRecord]) -> DossierTotals:
    contract_amount = sum(c.amount or 0 for c in contracts)
    paid = sum(p.amount or 0 for p in payments if p.record.get("direction") in (None, "out"))
    base = contract_amount or project.amount
    return DossierTotals(
        budget=project.budget,
        project_amount=project.amount,
        contract_amount=contract_amount,
        paid=paid,
        paid_share=round(paid / base, 4) if base else None,
    )


def _timeline(project: Project, contracts: list[LinkedRecord], payments: list[LinkedRecord]) -> list[TimelineEvent]:
    events = []
    for when, label in ((project.decided_on, "村民（代表）会议决策"), (project.started_on, "开工"),
                        (project.finished_on, "竣工")):
        if when:
            events.append(TimelineEvent(when, label, "project", project.id, None))
    for contract in contracts:
        if contract.date:
            events.append(TimelineEvent(contract.date, f"签订合同：{contract.title}", "contract", contract.id,
                                        contract.amount))
    for payment in payments:
        if payment.date:
            events.append(TimelineEvent(payment.date, f"付款：{payment.title}", "payment", payment.id,
                                        payment.amount))
    order = {"project": 0, "contract": 1, "payment": 2}
    events.sort(key=lambda e: (e.date, order[e.kind]))
    return events


def _notes(project: Project, dossier: Dossier) -> list[str]:
    notes = []
    if project.decided_on and project.started_on and project.started_on < project.decided_on:
        notes.append(f"开工日期 {project.started_on} 早于决策日期 {project.decided_on}")
    first_contract = dossier.dates.get("first_contract")
    if project.decided_on and first_contract and first_contract < project.decided_on:
        notes.append(f"合同签订日期 {first_contract} 早于决策日期 {project.decided_on}")
    totals = dossier.totals
    base = totals.contract_amount or project.amount
    if base and totals.paid > base:
        notes.append(f"已付款 {fen_to_yuan(totals.paid)} 元，超过合同金额 {fen_to_yuan(base)} 元")
    if not dossier.contracts:
        notes.append("没有找到本项目的合同")
    return notes


# --- JSON -------------------------------------------------------------------------------


def _linked_json(item: LinkedRecord) -> dict[str, Any]:
    return {**item.record, "reason": item.reason, "score": item.score, "same_party": item.same_party}


def dossier_json(d: Dossier) -> dict[str, Any]:
    """The dossier as JSON: money in yuan, dates ISO, linked records as DESIGN.md records plus their reason."""
    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "project": d.project,
        "contractor": {"name": d.contractor, "key": d.contractor_key, "display": d.contractor_display,
                       "names": d.contractor_names},
        "status": d.status,
        "procurement": d.procurement,
        "dates": {k: iso(v) for k, v in d.dates.items()},
        "totals": {"budget": fen_to_yuan(d.totals.budget), "project_amount": fen_to_yuan(d.totals.project_amount),
                   "contract_amount": fen_to_yuan(d.totals.contract_amount), "paid": fen_to_yuan(d.totals.paid),
                   "paid_share": d.totals.paid_share},
        "contracts": [_linked_json(c) for c in d.contracts],
        "payments": [_linked_json(p) for p in d.payments],
        "other_payments": [_linked_json(p) for p in d.other_payments],
        "timeline": [{"date": e.date.isoformat(), "label": e.label, "kind": e.kind, "id": e.id,
                      "amount": fen_to_yuan(e.amount)} for e in d.timeline],
        "notes": d.notes,
    }


__all__ = [
    "Dossier",
    "DossierError",
    "DossierTotals",
    "LinkedRecord",
    "TimelineEvent",
    "dossier_json",
    "mentions",
    "project_dossier",
    "work_core",
]
