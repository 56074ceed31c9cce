"""Rule related_party: a cadre, a cadre's close relative or a shared phone on the other side."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from xuncha.names import bare_core, is_person_name, normalize_name
from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import CadreRow, ScanContext
from xuncha.rules.mentions import Mention
from xuncha.rules.params import Params
from xuncha.rules.relatives import FULL_RELATION, PHONE, parse_relatives
from xuncha.rules.text import contains_any, money
from xuncha.rules.works import is_income_contract


@dataclass(frozen=True)
class Link:
    """How a name or phone is tied to a cadre."""

    cadre: CadreRow
    relation: str
    """"本人", a relation word (妻、弟…), "关联单位" or "电话"."""
    name: str
    partial: bool = False
    """A 关联单位 whose name is the end of the party's, or the party's the end of its: a place in front
    ("遵义市播州区顺通建筑劳务有限公司" against "播州区顺通建筑劳务有限公司")."""

    def describe(self) -> str:
        """Who the name (or phone) on the record matches, as a name match to verify, never as identity."""
        cadre = f"{self.cadre.position or '村干部'}{self.cadre.name}"
        if self.relation == "本人":
            return f"本村{cadre}同名"
        if self.relation == "关联单位":
            return f"{cadre}登记的近亲属名下或经营的单位“{self.name}”{self.likeness}" + (
                "（一方名称前多出地名等字样）" if self.partial else "")
        if self.relation == "电话":
            return f"{cadre}登记的联系电话（{self.name}）相同"
        return f"{cadre}登记的{self.relation_word}{self.name}同名"

    @property
    def likeness(self) -> str:
        return "名称相近" if self.partial else "名称相同"

    @property
    def relation_word(self) -> str:
        return FULL_RELATION.get(self.relation, self.relation)

    def to_verify(self) -> str:
        """What the inspector checks first."""
        if self.relation == "电话":
            return "请核实两者的关系"
        if self.relation == "关联单位":
            return "请核实是否为同一单位"
        return "请核实是否为同一人"


class RelatedParty(Rule):
    """往来单位、收款人或承包方是本村村干部本人、其登记的近亲属，或与村干部电话相同。

    问题 (What it catches):
        优亲厚友、村干部及其亲属承揽本村工程、承租本村资源或收取本村款项。

    方法 (Method):
        1. 读取村干部名单：姓名、职务、联系电话和“近亲属”一栏。近亲属一栏是自由文字，
           如“妻 李秀英；弟 王建国 13800001111”“李秀英（妻）”，按分号、逗号切开后识别
           称谓、姓名和电话；“经营/开办/名下”之后写的单位作为关联单位。
        2. 工程项目的施工单位、合同乙方、支出的收款人、资源的承包方，规范化后与同一村的
           村干部、近亲属姓名逐字相同，或与关联单位规范化后相同，即为匹配；一方名称是另一方名称的
           结尾、只是前面多出地名（“遵义市播州区顺通建筑劳务有限公司”对“播州区顺通建筑劳务有限公司”），
           且去掉行业用语后仍有字号（顺通）的，提示“名称相近”。
        3. ``match_phones`` 打开时，工程、合同、资源台账中登记的联系电话与村干部或近亲属的
           电话相同，也提示。
        4. ``summary_names`` 打开时，收款人栏空白的支出（许多现金日记账、银行日记账没有对方单位
           一栏，收款人只写在摘要里，如“付张建国挖机款”），查看摘要中是否写有本村村干部、
           近亲属或关联单位的名字。只认名单里已有的名字，从不猜测收款人，也不把名字写回记录；
           提示写明“收款人栏空白，摘要中提到 方卫国（村干部）”。名字要完整，且上下文要像是
           收款人：人名前面是摘要开头、标点或“付、给、发、借、还、退、补”及“村民、主任、师傅”
           等称呼；两个字的人名后面还须紧跟“款、费、工资、报销、挖机”等付款用语或标点、结尾
           （“付王强挖机款”算，“王强村”“王强华”不算）；人名紧挨“经手、经办、审批、签字”
           的是经手人，后接“建材店、工程队”等的是以其命名的商号，都不算；单位名称至少 4 个字。
        5. 同一村、同一村干部、同一往来方的记录合为一条提示，附上村干部名单那一行。
           提示只说“同名”“名称相同”“电话相同”，请巡察人员核实是否为同一人：台账里没有身份证号，
           姓名相同不等于同一个人。
        6. 摘要或科目含 ``exclude_summary_words``（工资、补贴、报销等）的支出，收款人（或收款人栏
           空白时摘要中提到的人）是村干部本人时不算（他本来就领这些钱）；收款人是村干部的
           近亲属时照样提示，例如村干部的妻子领取“村部保洁员工资”——劳务用工优亲厚友正是
           要查的问题。

    为什么重要 (Why it matters):
        青岛明令禁止村“两委”成员及其近亲属承揽本村工程；青田县村书记把本村工程发包给
        自己的弟弟和村监会委员；全椒县村干部妻子的苗木合作社两次向本村供货。村民委员会
        组织法第三十二条、农村集体经济组织法第二十九条、第三十四条也规定了近亲属回避。

    参数 (Parameters):
        match_relatives：是否比对近亲属与关联单位，默认 true（近亲属范围见浙江省实施村民
        委员会组织法办法第三十条、青岛规定）。
        match_phones：是否比对联系电话，默认 true，我们的假设。
        exclude_summary_words：摘要或科目含这些词、且收款人是村干部本人的支出不算（村干部领取
        本人的工资、补贴、报销是正常的），默认为工资、误工补贴等，依据是这些款项本来就付给
        村干部本人；付给近亲属的同类款项不在此列。
        summary_names：收款人栏空白时是否查看摘要中提到的村干部、近亲属和关联单位名字，
        默认 true，我们的假设（没有对方单位一栏的日记账很常见，否则这些支出完全查不到）。

    排除 (Exclusions):
        另一个村的同名人（只比对同一村）；只是包含村干部姓名的更长名称（如“王建国建材店”
        对“王建国”）；只作为经手人、保管人出现的村干部（经手、保管不是交易对方，摘要中
        “经手人：陈丽萍”“陈丽萍经办”同样不算）；收款人栏有名字的支出不再看摘要；
        摘要中嵌在别的词里的两字人名（“王强村”“张三丰”）；
        村干部领取本人工资、补贴、报销（近亲属领取的不排除）；收入方向的款项（由资源发包记录判断）。

    示例 (Example):
        石桥村 合同“文化礼堂外墙涂装”的乙方 李秀英 与村主任王建国登记的妻子李秀英同名 →
        请核实是否为同一人，以及是否履行了回避和民主决策程序。六村 支付“村部保洁员工资”
        2,400元 给 李芳，与党支部书记王伟登记的妻子李芳同名 → 同样提示。吴家道村 现金日记账
        没有收款人一栏，摘要“付方卫国停车场平整款” 6.2万 → 提示“收款人栏空白，摘要中提到
        方卫国（村干部），与本村委员方卫国同名”。
    """

    id = "related_party"
    name = "村干部及其亲属关联交易（优亲厚友）"
    severity = "high"
    params = ("match_relatives", "match_phones", "exclude_summary_words", "summary_names")
    kinds = ("project", "contract", "payment", "resource")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        if not context.cadres:
            outcome.skip("没有导入村干部名单", context.count(self.kinds))
            return outcome
        names, phones, businesses = _cadre_index(context.cadres, bool(params["match_relatives"]))
        villages = {cadre.village for cadre in context.cadres}
        excluded = tuple(params["exclude_summary_words"])
        # Blank-payee payments whose 摘要 names a known party (xuncha.rules.mentions).
        summary_named = context.mentions.found if params["summary_names"] else {}
        matches: dict[tuple[str, str, str, str], list[Any]] = defaultdict(list)
        links: dict[tuple[str, str, str, str], Link] = {}
        # (payment id, normal name of the link) -> the 摘要 mention that tied a blank-payee payment to it
        mentioned: dict[tuple[str, str], Mention] = {}
        normal_cache: dict[str, str] = {}
        for row in _counterparty_rows(context):
            if row.village not in villages:
                outcome.skip("本村没有村干部名单")
                continue
            if row.kind == "payment" and row.direction != "out":
                continue
            outcome.evaluated += 1
            found = _links_of(row, names, phones, normal_cache, bool(params["match_phones"]))
            if not found and row.party:
                found = _business_links(row.village, normal_cache[row.party], businesses)
            if not found and row.kind == "payment" and row.id in summary_named:
                found = _summary_links(summary_named[row.id], row, names, mentioned)
            if row.kind == "payment" and _is_own_pay(row, excluded) and any(link.relation == "本人" for link in found):
                # A cadre's own wage, allowance or reimbursement. Only the cadre himself is
                # exempt: the same money paid to a cadre's relative is what the rule looks for.
                continue
            for link in found:
                key = (row.village, link.cadre.id, link.relation, link.name)
                matches[key].append(row)
                links[key] = link
        for key, rows in matches.items():
            outcome.add(self._flag(context, links[key], rows, mentioned))
        return outcome

    def _flag(self, context: ScanContext, link: Link, rows: list[Any],
              mentioned: dict[tuple[str, str], Mention]) -> Flag:
        village = link.cadre.village
        normal = normalize_name(link.name)
        by_summary = {row.id: mentioned[(row.id, normal)] for row in rows if (row.id, normal) in mentioned}
        named = [row for row in rows if row.id not in by_summary]
        first = named[0] if named else rows[0]
        party = context.label(first.identity, first.party or link.name)
        party_text = context.party_text(first.identity, named) if first.party else party
        kinds = "、".join(dict.fromkeys(_what(row) for row in rows))
        amount = _amount_involved(rows, context)
        cadre = f"{link.cadre.position or '村干部'}{link.cadre.name}"
        to_verify = link.to_verify()
        if not named:
            # Only 摘要 name the party: say so, and never present the name as the payee.
            mention = by_summary[rows[0].id]
            if link.relation == "本人":
                title = f"{village} 支出摘要中提到 {mention.name}，与{cadre}同名"
            elif link.relation == "关联单位":
                title = f"{village} 支出摘要中提到 {mention.name}，与{cadre}近亲属的关联单位名称相同"
            else:
                title = f"{village} 支出摘要中提到 {mention.name}，与{cadre}的{link.relation_word}同名"
            subject = f"收款人栏空白，摘要中提到 {mention.text}，与{link.describe()}"
            to_verify += "、款项是否付给了" + ("该单位" if link.relation == "关联单位" else "此人")
        elif link.relation == "电话":
            title = f"{village} {party} 与{cadre}电话相同"
            subject = f"{party_text} 的联系电话与{link.describe()}"
        elif link.relation == "本人":
            title = f"{village} 交易对方 {party} 与{cadre}同名"
            subject = f"交易对方 {party_text} 与{link.describe()}"
        elif link.relation == "关联单位":
            title = f"{village} {party} 与{cadre}近亲属的关联单位{link.likeness}"
            subject = f"{party_text} 与{link.describe()}"
        else:
            title = f"{village} {party} 与{cadre}的{link.relation_word}同名"
            subject = f"{party_text} 与{link.describe()}"
        if named and by_summary:
            mention = next(iter(by_summary.values()))
            subject += f"（另有 {len(by_summary)} 笔支出收款人栏空白，摘要中提到 {mention.name}）"
        lines = [f"{village} 的{kinds}中，{subject}，涉及 {len(rows)} 条记录"
                 f"{'，金额 ' + money(amount) if amount else ''}，{to_verify}，"
                 "以及是否履行了回避和民主决策程序。"]
        lines += [f"· {_line(row)}{_summary_note(by_summary.get(row.id))}" for row in rows]
        return Flag(self.id, self.severity, village, title, "\n".join(lines), amount or None,
                    evidence([*rows, link.cadre]))


def _counterparty_rows(context: ScanContext) -> list[Any]:
    return [*context.projects, *context.contracts, *context.payments, *context.resources]


def _summary_links(mentions: tuple[Mention, ...], row: Any, names: dict[tuple[str, str], list[Link]],
                   mentioned: dict[tuple[str, str], Mention]) -> list[Link]:
    """Links of the known names a blank-payee payment's 摘要 mentions."""
    found: list[Link] = []
    for mention in mentions:
        for link in names.get((row.village, normalize_name(mention.name)), []):
            found.append(link)
            mentioned[(row.id, normalize_name(link.name))] = mention
    return found


def _summary_note(mention: Mention | None) -> str:
    return f"（收款人栏空白，摘要中提到 {mention.name}）" if mention is not None else ""


def _is_own_pay(row: Any, excluded: tuple[str, ...]) -> bool:
    return bool(contains_any(row.summary, excluded) or contains_any(row.account, excluded))


def _links_of(row: Any, names: dict[tuple[str, str], list[Link]], phones: dict[tuple[str, str], list[Link]],
              cache: dict[str, str], match_phones: bool) -> list[Link]:
    found: list[Link] = []
    party = row.party
    if party:
        normal = cache.get(party)
        if normal is None:
            normal = cache[party] = normalize_name(party)
        found += names.get((row.village, normal), [])
    if match_phones:
        # A phone only adds a clue about a cadre the name did not already tie the row to.
        named = {link.cadre.id for link in found}
        for phone in getattr(row, "phones", ()):
            found += [link for link in phones.get((row.village, _digits(phone)), []) if link.cadre.id not in named]
    return found


def _business_links(village: str, normal: str, businesses: dict[str, list[tuple[str, Link]]]) -> list[Link]:
    """The village's 关联单位 whose name ends the party's, or whose end the party's name is."""
    if is_person_name(normal) or len(bare_core(normal)) < _MIN_TRADE_CORE:
        return []
    return [replace(link, partial=True) for business, link in businesses.get(village, ())
            if normal.endswith(business) or business.endswith(normal)]


_MIN_TRADE_CORE = 2
"""A name matched by its end must keep a trade name of its own (顺通): "建筑劳务" alone names no business."""


def _cadre_index(cadres: list[CadreRow], with_relatives: bool) -> tuple[dict, dict, dict]:
    """(village, normal name) -> links, (village, phone digits) -> links, and village -> (normal
    name, link) of the relatives' businesses, for ``_business_links``."""
    names: dict[tuple[str, str], list[Link]] = defaultdict(list)
    phones: dict[tuple[str, str], list[Link]] = defaultdict(list)
    businesses: dict[str, list[tuple[str, Link]]] = defaultdict(list)
    for cadre in cadres:
        if cadre.name:
            names[(cadre.village, normalize_name(cadre.name))].append(Link(cadre, "本人", cadre.name))
        for phone in PHONE.findall(cadre.phone or ""):
            phones[(cadre.village, _digits(phone))].append(Link(cadre, "电话", phone))
        if not with_relatives:
            continue
        for relation, name, businesses_of_relative, numbers in parse_relatives(cadre.relatives):
            if name:
                names[(cadre.village, normalize_name(name))].append(Link(cadre, relation or "近亲属", name))
            for business in businesses_of_relative:
                link = Link(cadre, "关联单位", business)
                normal = normalize_name(business)
                names[(cadre.village, normal)].append(link)
                if len(bare_core(normal)) >= _MIN_TRADE_CORE:
                    businesses[cadre.village].append((normal, link))
            for phone in numbers:
                phones[(cadre.village, _digits(phone))].append(Link(cadre, "电话", phone))
    return names, phones, businesses


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def _what(row: Any) -> str:
    return {"project": "工程项目", "contract": "合同", "payment": "支出", "resource": "资源发包"}[row.kind]


def _amount_involved(rows: list[Any], context: ScanContext) -> int:
    """Contracts, projects and leases count by their amounts, each deal once; payments only when nothing else has one.

    A project and the contract signed for it are one job, and a resource and
    its lease contract one lease: counting both would double the amount.
    """
    deals: dict[Any, int] = {}
    for row in rows:
        if row.kind != "payment":
            key = _deal_key(row, context)
            deals[key] = max(deals.get(key, 0), row.amount or 0)
    agreed = sum(deals.values())
    return agreed or sum(row.amount or 0 for row in rows if row.kind == "payment")


def _deal_key(row: Any, context: ScanContext) -> Any:
    """What a project, contract or lease row is about: its piece of work, or its lease (party and rent)."""
    if row.kind == "resource" or (row.kind == "contract" and is_income_contract(row)):
        return ("lease", row.identity or row.id, row.amount)
    item = context.works.item_of(row)
    return ("work", id(item)) if item is not None else ("row", row.id)


def _line(row: Any) -> str:
    if row.kind == "payment":
        return f"支出 {row.date or '日期不详'} {money(row.amount)} {row.summary or ''}".rstrip()
    if row.kind == "project":
        return f"工程项目 {row.name or '（无名称）'} {money(row.amount)}"
    if row.kind == "contract":
        return f"合同 {row.title or '（无名称）'} {row.signed_on or ''} {money(row.amount)}"
    return f"资源发包 {row.name or '（无名称）'} 年租金 {money(row.amount)}"
