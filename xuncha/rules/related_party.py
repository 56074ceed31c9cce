"""Rule related_party: a cadre, a cadre's close relative or a shared phone on the other side."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from xuncha.names import is_person_name, normalize_name
from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import CadreRow, ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import contains_any, money
from xuncha.rules.works import is_income_contract

RELATIONS: tuple[str, ...] = tuple(sorted({
    "妻子", "妻", "丈夫", "夫", "配偶", "爱人", "父亲", "父", "母亲", "母", "儿子", "子", "女儿", "女",
    "哥哥", "兄", "弟弟", "弟", "姐姐", "姐", "妹妹", "妹", "儿媳", "女婿", "岳父", "岳母", "公公",
    "婆婆", "祖父", "祖母", "外祖父", "外祖母", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女",
    "外甥", "外甥女", "叔叔", "伯父", "舅舅", "姑姑", "姨妈", "连襟", "妯娌", "姐夫", "妹夫", "嫂子",
    "弟媳", "堂兄", "堂弟", "表兄", "表弟", "兄弟", "姐妹",
}, key=len, reverse=True))
"""Relation words of the 近亲属 column, longest first (外孙女 before 外孙 before 孙)."""

_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
_PART_SEPARATORS = re.compile(r"[；;，,、/|\n]+")
_BUSINESS_MARKERS = re.compile(r"经营|开办|开设|持股|控股|投资|名下|任职于|工作单位|所在单位")
_DECORATION = re.compile(r"[\s:：()（）\[\]【】<>《》\"“”'‘’.。-]+")
_RELATION_PATTERN = re.compile("|".join(RELATIONS))
FULL_RELATION = {"妻": "妻子", "夫": "丈夫", "父": "父亲", "母": "母亲", "子": "儿子", "女": "女儿",
                 "兄": "哥哥", "弟": "弟弟", "姐": "姐姐", "妹": "妹妹"}
"""How a one-character relation word is written in a flag."""


@dataclass(frozen=True)
class Link:
    """How a name or phone is tied to a cadre."""

    cadre: CadreRow
    relation: str
    """"本人", a relation word (妻、弟…), "关联单位" or "电话"."""
    name: str

    def describe(self) -> str:
        """Who the name (or phone) on the record matches, as a name match to verify, never as identity."""
        cadre = f"{self.cadre.position or '村干部'}{self.cadre.name}"
        if self.relation == "本人":
            return f"本村{cadre}同名"
        if self.relation == "关联单位":
            return f"{cadre}登记的近亲属名下或经营的单位“{self.name}”名称相同"
        if self.relation == "电话":
            return f"{cadre}登记的联系电话（{self.name}）相同"
        return f"{cadre}登记的{self.relation_word}{self.name}同名"

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
           村干部、近亲属姓名逐字相同，或与关联单位规范化后相同，即为匹配。
        3. ``match_phones`` 打开时，工程、合同、资源台账中登记的联系电话与村干部或近亲属的
           电话相同，也提示。
        4. 同一村、同一村干部、同一往来方的记录合为一条提示，附上村干部名单那一行。
           提示只说“同名”“名称相同”“电话相同”，请巡察人员核实是否为同一人：台账里没有身份证号，
           姓名相同不等于同一个人。
        5. 摘要或科目含 ``exclude_summary_words``（工资、补贴、报销等）的支出，收款人是村干部
           本人时不算（他本来就领这些钱）；收款人是村干部的近亲属时照样提示，例如村干部的妻子
           领取“村部保洁员工资”——劳务用工优亲厚友正是要查的问题。

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

    排除 (Exclusions):
        另一个村的同名人（只比对同一村）；只是包含村干部姓名的更长名称（如“王建国建材店”
        对“王建国”）；只作为经手人、保管人出现的村干部（经手、保管不是交易对方）；
        村干部领取本人工资、补贴、报销（近亲属领取的不排除）；收入方向的款项（由资源发包记录判断）。

    示例 (Example):
        石桥村 合同“文化礼堂外墙涂装”的乙方 李秀英 与村主任王建国登记的妻子李秀英同名 →
        请核实是否为同一人，以及是否履行了回避和民主决策程序。六村 支付“村部保洁员工资”
        2,400元 给 李芳，与党支部书记王伟登记的妻子李芳同名 → 同样提示。
    """

    id = "related_party"
    name = "村干部及其亲属关联交易（优亲厚友）"
    severity = "high"
    params = ("match_relatives", "match_phones", "exclude_summary_words")
    kinds = ("project", "contract", "payment", "resource")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        if not context.cadres:
            outcome.skip("没有导入村干部名单", context.count(self.kinds))
            return outcome
        names, phones = _cadre_index(context.cadres, bool(params["match_relatives"]))
        villages = {cadre.village for cadre in context.cadres}
        excluded = tuple(params["exclude_summary_words"])
        matches: dict[tuple[str, str, str, str], list[Any]] = defaultdict(list)
        links: dict[tuple[str, str, str, str], Link] = {}
        normal_cache: dict[str, str] = {}
        for row in _counterparty_rows(context):
            if row.village not in villages:
                outcome.skip("本村没有村干部名单")
                continue
            if row.kind == "payment" and row.direction != "out":
                continue
            outcome.evaluated += 1
            found = _links_of(row, names, phones, normal_cache, bool(params["match_phones"]))
            if row.kind == "payment" and _is_own_pay(row, excluded) and any(link.relation == "本人" for link in found):
                # A cadre's own wage, allowance or reimbursement. Only the cadre himself is
                # exempt: the same money paid to a cadre's relative is what the rule looks for.
                continue
            for link in found:
                key = (row.village, link.cadre.id, link.relation, link.name)
                matches[key].append(row)
                links[key] = link
        for key, rows in matches.items():
            outcome.add(self._flag(context, links[key], rows))
        return outcome

    def _flag(self, context: ScanContext, link: Link, rows: list[Any]) -> Flag:
        village = link.cadre.village
        first = rows[0]
        party = context.label(first.identity, first.party or link.name)
        party_text = context.party_text(first.identity, rows) if first.party else party
        kinds = "、".join(dict.fromkeys(_what(row) for row in rows))
        amount = _amount_involved(rows, context)
        cadre = f"{link.cadre.position or '村干部'}{link.cadre.name}"
        if link.relation == "电话":
            title = f"{village} {party} 与{cadre}电话相同"
            subject = f"{party_text} 的联系电话与{link.describe()}"
        elif link.relation == "本人":
            title = f"{village} 交易对方 {party} 与{cadre}同名"
            subject = f"交易对方 {party_text} 与{link.describe()}"
        elif link.relation == "关联单位":
            title = f"{village} {party} 与{cadre}近亲属的关联单位名称相同"
            subject = f"{party_text} 与{link.describe()}"
        else:
            title = f"{village} {party} 与{cadre}的{link.relation_word}同名"
            subject = f"{party_text} 与{link.describe()}"
        lines = [f"{village} 的{kinds}中，{subject}，涉及 {len(rows)} 条记录"
                 f"{'，金额 ' + money(amount) if amount else ''}，{link.to_verify()}，"
                 "以及是否履行了回避和民主决策程序。"]
        lines += [f"· {_line(row)}" for row in rows]
        return Flag(self.id, self.severity, village, title, "\n".join(lines), amount or None,
                    evidence([*rows, link.cadre]))


def _counterparty_rows(context: ScanContext) -> list[Any]:
    return [*context.projects, *context.contracts, *context.payments, *context.resources]


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


def _cadre_index(cadres: list[CadreRow], with_relatives: bool) -> tuple[dict, dict]:
    """(village, normal name) -> links and (village, phone digits) -> links."""
    names: dict[tuple[str, str], list[Link]] = defaultdict(list)
    phones: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for cadre in cadres:
        if cadre.name:
            names[(cadre.village, normalize_name(cadre.name))].append(Link(cadre, "本人", cadre.name))
        for phone in _PHONE.findall(cadre.phone or ""):
            phones[(cadre.village, _digits(phone))].append(Link(cadre, "电话", phone))
        if not with_relatives:
            continue
        for relation, name, businesses, numbers in parse_relatives(cadre.relatives):
            if name:
                names[(cadre.village, normalize_name(name))].append(Link(cadre, relation or "近亲属", name))
            for business in businesses:
                names[(cadre.village, normalize_name(business))].append(Link(cadre, "关联单位", business))
            for phone in numbers:
                phones[(cadre.village, _digits(phone))].append(Link(cadre, "电话", phone))
    return names, phones


def parse_relatives(text: str | None) -> list[tuple[str, str, list[str], list[str]]]:
    """Parse a 近亲属 cell into (relation, name, businesses, phones) per relative.

    "妻 李秀英；弟 王建国 13800001111" -> [("妻", "李秀英", [], []), ("弟", "王建国", [], ["13800001111"])];
    "妻 李秀英 经营 秀英苗木合作社" keeps the cooperative as a business of the wife.
    """
    out: list[tuple[str, str, list[str], list[str]]] = []
    for part in _PART_SEPARATORS.split(text or ""):
        numbers = _PHONE.findall(part)
        part = _PHONE.sub(" ", part)
        head, *rest = _BUSINESS_MARKERS.split(part)
        relation_match = _RELATION_PATTERN.search(head)
        relation = relation_match.group(0) if relation_match else ""
        name = _DECORATION.sub("", _RELATION_PATTERN.sub("", head, count=1) if relation else head)
        businesses = [_DECORATION.sub("", piece) for piece in rest if _DECORATION.sub("", piece)]
        if name and not is_person_name(name):
            # "妻 秀英苗木合作社": not a person, so a business tied to the relative
            businesses.insert(0, name)
            name = ""
        if name or businesses or numbers:
            out.append((relation, name, businesses, numbers))
    return out


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
