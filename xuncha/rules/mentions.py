"""Provides the known parties a 摘要 names, for outgoing payments whose payee column is blank.

Many village cash and bank journals (现金日记账, 银行日记账, 收支明细) have no
counterparty column: the payee only appears in the 摘要 ("付张建国挖机款",
"支付宏达建设道路硬化工程款"). The importer never guesses a payee out of free
text, and neither does this module: it only looks for names that the
township's own data already establishes, and reports them as a ``Mention``
("摘要中提到 方卫国（村干部）"), never as the payee and never written back into
the record. Rules decide whether a mention counts (``related_party`` and
``duplicate_payment`` use it, each behind its ``summary_names`` switch).

Known names, each with its identity and role:

- the cadre list: cadres and the relatives registered for them (persons), and
  the businesses written for a relative ("妻 周丽 经营 丽人苗木专业合作社");
- the counterparties of contracts and projects, with the other spellings that
  ``xuncha.parties`` groups with them (the aliases: "湖州宏达建设" of
  "浙江宏达建设有限公司") and their normal forms ("宏达建设").

How strictly (a mention must not be a guess):

- a company (or any name that is not a person's) counts only whole, as one of
  its spellings or its normal form, of at least ``MIN_COMPANY_CHARS``
  characters and not made of industry and service words alone ("建设工程",
  "垃圾清运服务" are no names), and only where it starts a word: after the
  摘要's start, a punctuation mark, a digit, a paying verb or a place
  ("永宏达建设" is not 宏达建设);
- a person counts only in his own village (cadres, relatives and persons who
  signed a contract are local; a namesake elsewhere is another man), and
  only where the text before the name marks a payee: the 摘要's start, a
  space, a punctuation mark, a digit or a date ("2023年"), a paying verb (付、给、发、借、还、退、补…) or a
  title (村民、主任、师傅…). "工程建设款" does not name 程建设;
- a person's name followed by a role word (经手、经办、审批、签字…) or after
  one (经手人：陈丽萍) is a handler, not the other party, and so is every name
  of a list next to such a word (经手人：王强、周全); a name followed by a shop
  or firm word (王建国建材店, 王强工程队, 王建国水果店) names a business, not him;
  a list of names ending in a place word (江山、石门两组) lists places; a
  person named like a city or county (金华, 江山) is the place before travel
  words (金华差旅费);
- a two-character name must also be followed by what is paid (款、费、工资、
  报销、挖机、青苗补偿…), the end of the 摘要, a space or a punctuation mark: "付王强挖机款" names
  王强, "王强村" and "王强华" do not;
- a title after a name (主任、书记、会计…) is read as part of it: "付王强主任误工补贴"
  names 王强, and "王强主任签字" is a handler like "王强签字";
- the longest known name at a place wins ("王强华" before "王强"), and a name
  rejected there hides the shorter ones at the same place.

Speed (PERF.md §6): all known names go into one compiled pattern, built as a
trie (names sharing a first character share one branch), so the regex engine
skips most positions by the first character and never tries names one by
one. It runs once per scan over the distinct (village, 摘要) pairs of the
blank-payee payments, and only when there are such payments and a rule asks
(about 2 s for a township of 1M records whose payments all lack a payee).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from xuncha.names import CITIES, COUNTIES, INDUSTRY_WORDS, LEGAL_SUFFIXES, PROVINCES, is_person_name, normalize_name
from xuncha.rules.relatives import parse_relatives

if TYPE_CHECKING:
    from xuncha.rules.context import PaymentRow, ScanContext

MIN_COMPANY_CHARS = 4
"""A company is found by a spelling (or normal form) of at least this many characters: "宏达建设", never "宏达"."""

ROLE_CADRE = "村干部"
ROLE_RELATIVE = "村干部登记的近亲属"
ROLE_RELATIVE_BUSINESS = "村干部近亲属的关联单位"
ROLE_CONTRACT = "合同相对方"
ROLE_PROJECT = "工程施工单位"

PAYEE_BEFORE: tuple[str, ...] = (
    "付", "给", "发", "放", "借", "还", "退", "补", "奖", "赔", "予", "领", "结", "和", "及", "与",
    "村民", "农户", "户主", "组长", "书记", "主任", "委员", "会计", "出纳", "报账员", "同志", "师傅", "老板",
    "包工头", "个人", "组", "干部", "困难户", "低保户", "五保户", "贫困户", "妻子", "丈夫", "之妻", "之夫",
    "之子", "之女", "之弟", "之兄",
)
"""What may stand right before a person's name in a 摘要 (besides its start, punctuation or a digit)."""
PAYEE_AFTER: tuple[str, ...] = (
    "款", "费", "工资", "工钱", "薪", "报酬", "补贴", "补助", "津贴", "报销", "借", "劳务", "误工", "货",
    "的", "等", "挖机", "台班", "运", "租", "押金", "承包", "奖", "补偿", "赔偿", "慰问", "差旅", "垫",
    "预付", "进度", "尾款", "质保", "材料", "建材", "水泥", "砂石", "苗木", "保洁", "维修", "修理", "领",
    "户", "家", "同志", "师傅", "和", "及", "与", "退", "还",
    # what villages pay a person himself: compensation, welfare, land and house rents (not 电费: 高峰电费)
    "青苗", "征地", "拆迁", "搬迁", "安置", "土地", "田地", "耕地", "山林", "林地", "房屋", "房租", "地租",
    "流转", "医药", "医疗", "救助", "救济", "低保", "养老", "丧葬", "困难", "伤残", "工伤", "伙食", "餐费",
    "话费", "奖金", "奖励", "加班", "值班", "护林", "巡河", "防汛", "抗旱", "会议", "预支", "备用金", "多收",
    "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "全年",
)
"""What a two-character name must be followed by (besides the end, punctuation or a digit): 付王强挖机款."""
TITLE_AFTER: tuple[str, ...] = (
    "主任", "书记", "副书记", "会计", "出纳", "报账员", "组长", "委员", "村长", "队长", "社长", "主席",
)
"""A title written after a name ("付王强主任误工补贴"): the name is that person, and what follows the title
is read as if it followed the name ("王强主任签字" is a handler)."""
HANDLER_BEFORE: tuple[str, ...] = (
    "经手人", "经办人", "经手", "经办", "审批人", "批准人", "验收人", "证明人", "联系人", "负责人", "签字人",
    "审批", "审核", "签字", "验收",
)
HANDLER_AFTER: tuple[str, ...] = (
    "经手", "经办", "代付", "代办", "代购", "代为", "代领", "代收", "代签", "审批", "审核", "签字", "签批", "批准", "批示", "同意",
    "验收", "证明", "负责", "联系", "带队", "主持", "安排", "组织",
)
"""A person's name next to these is the one who handled or approved the payment, not the other party."""

SHOP_WORDS: tuple[str, ...] = (
    "店", "铺", "坊", "农场", "车队", "超市", "中心", "酒家", "饭庄", "农家乐", "农庄", "修理部", "维修部",
    "养殖场", "渔场", "林场", "茶场", "牧场", "猪场", "石料场", "砂场", "砖场",
)
"""Besides the legal suffixes, words that make "王建国…" a business named after him (王建国建材店)."""
# Up to three free characters before the shop word: 王建国水果店, 王强家庭农场, 王建国砖厂 are
# businesses too, and their trade words (水果, 家庭, 砖) are no industry words.
_BUSINESS_AFTER = re.compile(
    "^(?:" + "|".join(map(re.escape, INDUSTRY_WORDS)) + r")*[\u3400-\u9fff]{0,3}?(?:"
    + "|".join(map(re.escape, sorted({*LEGAL_SUFFIXES, *SHOP_WORDS}, key=len, reverse=True))) + ")"
)
# Not 部, 社, 场, 行 alone: 部分工程款, 社保费, 场地租金, 停车场平整款 follow a payee's name all the time.
_INDUSTRY_TAIL = re.compile("(?:" + "|".join(map(re.escape, INDUSTRY_WORDS)) + ")+$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LIST_SEPARATORS = r"[、/\s和及]+"
_NAME_RUN = r"[\u3400-\u9fff]{2,4}"
# "经手人：王强、周全", "审批：江山 方正": every name of a list after a handler word is a handler.
_HANDLER_LIST_BEFORE = re.compile(
    "(?:" + "|".join(map(re.escape, HANDLER_BEFORE)) + r")[\s:：]*(?:" + _NAME_RUN + _LIST_SEPARATORS + "){0,3}$")
# "王强、周全经手": and every name of a list before a handler word.
_HANDLER_LIST_AFTER = re.compile(
    "^(?:" + _LIST_SEPARATORS + _NAME_RUN + r"?){1,3}\s*(?:" + "|".join(map(re.escape, HANDLER_AFTER)) + ")")
# "江山、石门两组保洁费": a list of names ending in a place word lists places (组 but not 组长).
_PLACE_LIST_AFTER = re.compile(
    "^(?:" + _LIST_SEPARATORS + r"[\u3400-\u9fff]{2,3}?){1,3}[两三四五六各等]?(?:自然村|村(?!民)|组(?!长)|畈|片|坞|塘)")
PLACE_NAMES: frozenset[str] = frozenset(PROVINCES + CITIES + COUNTIES)
"""Cities and counties (金华, 江山, 龙泉): a person named so is read as the place before travel words."""
# "金华差旅费", "付金华、杭州差旅费": travel to the place, not money to a person of that name.
_TRAVEL_AFTER = re.compile(
    r"^(?:[、/\s和及至到\-—]+[\u3400-\u9fff]{2,4}?){0,3}(?:差旅|车费|路费|住宿|考察|出差|学习|培训|参观|交通|过路)")
# "2023年王强误工补贴", "12月份王强工资": a date before the name.
_DATE_BEFORE = re.compile(r"\d\s*(?:年度|年|月份|月|季度)$")
COMPANY_BEFORE: tuple[str, ...] = (
    "代", "转", "账", "向", "欠", "算", "清", "交", "购", "买", "订", "请", "托", "由", "县", "市", "区", "镇", "乡",
)
"""Besides what may stand before a payee, what may stand right before a company's name (转账宏达建设, 向宏达建设)."""
_PLACE_PREFIXES: tuple[str, ...] = tuple(PLACE_NAMES)
SERVICE_WORDS: tuple[str, ...] = (
    "垃圾", "清运", "清理", "养护", "道路", "河道", "环卫", "维修", "修缮", "清淤", "疏浚", "亮化", "美化",
    "拆除", "拆迁", "施工", "污水", "处理", "治理", "检测", "家政", "搬运", "装卸", "保安", "安保", "餐饮",
    "办公", "用品", "农资", "物资", "供应", "劳保", "保洁", "绿化", "服务", "运输",
)
"""What a company does, like the industry words: "垃圾清运服务" is what 垃圾清运费 pays for, no trade name."""
_SERVICE_ONLY = re.compile(
    "(?:" + "|".join(map(re.escape, sorted({*SERVICE_WORDS, *INDUSTRY_WORDS}, key=len, reverse=True))) + ")+")
_SPACES = re.compile(r"\s+")
_PUNCTUATION_TAIL = re.compile(r"[\s:：,，、;；.。()（）\[\]【】\"“”'‘’-]+$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A known party named in a payment's 摘要: a clue, never the payee column."""

    name: str
    """The name as the 摘要 writes it (after full-width/half-width folding)."""
    identity: str
    roles: tuple[str, ...]
    """What the township's data says the name is (村干部, 合同相对方…), in Chinese."""

    @property
    def text(self) -> str:
        """"方卫国（村干部）": how a flag shows the mention."""
        return f"{self.name}（{'、'.join(self.roles)}）" if self.roles else self.name


@dataclass(frozen=True, slots=True)
class _Known:
    identity: str
    role: str
    village: str | None
    """The village a person is known in; None for a company (known township-wide)."""
    person: bool


class MentionIndex:
    """Outgoing blank-payee payment id -> the known parties its 摘要 names."""

    def __init__(self, found: dict[str, tuple[Mention, ...]]) -> None:
        self.found = found
        """Payment id -> its mentions, in order; only payments with at least one (rules test membership)."""
        self.single: dict[str, Mention] = {
            payment_id: mentions[0] for payment_id, mentions in found.items()
            if len({mention.identity for mention in mentions}) == 1
        }
        """Payment id -> the one party its 摘要 names (none for a 摘要 naming several different parties)."""

    def of(self, payment: PaymentRow) -> tuple[Mention, ...]:
        """The known parties the payment's 摘要 names, in order; () when its payee column is filled."""
        return self.found.get(payment.id, ())

    def party_of(self, payment: PaymentRow) -> Mention | None:
        """The one party the 摘要 names; None when it names none, or several different ones."""
        return self.single.get(payment.id)

    def __len__(self) -> int:
        return len(self.found)

    @classmethod
    def build(cls, context: ScanContext) -> MentionIndex:
        # ``is_blank_payee`` inlined, the payee test first: this loop sees every payment of the township.
        payments = [p for p in context.payments
                    if (not p.counterparty or p.counterparty.isspace()) and p.direction == "out"
                    and p.summary and not p.summary.isspace()]
        if not payments:
            return cls({})  # nothing to look at: no names gathered, no pattern compiled
        known = _known_names(context)
        if not known:
            return cls({})
        finder = _Finder(known)
        found: dict[str, tuple[Mention, ...]] = {}
        cache: dict[tuple[str, str], tuple[Mention, ...]] = {}
        for payment in payments:
            key = (payment.village, payment.summary or "")
            mentions = cache.get(key)
            if mentions is None:
                mentions = cache[key] = finder.find(*key[::-1])
            if mentions:
                found[payment.id] = mentions
        return cls(found)


def is_blank_payee(payment: PaymentRow) -> bool:
    """An outgoing payment whose payee column says nothing: the only rows mentions are sought for."""
    return payment.is_outgoing and not (payment.counterparty or "").strip()


def fold(name: str) -> str:
    """A known name as it is looked for: NFKC (full-width to half-width), lower case, no spaces ("方 卫国")."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", name)).lower()


def _fold_summary(text: str) -> str:
    """A 摘要 folded like the names, but a run of spaces kept as one: it separates words ("３号凭证　蒋小龙运费")."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).lower()


def _known_names(context: ScanContext) -> dict[str, list[_Known]]:
    """Folded name -> what it is known as; persons per village, companies township-wide."""
    # (name, identity, role, village) once each: a contractor appears on many rows.
    named: dict[tuple[str, str, str, str], None] = {}
    for cadre in context.cadres:
        if cadre.name:
            named[(cadre.name, context.identity(cadre.name), ROLE_CADRE, cadre.village)] = None
        for _, name, businesses, _ in parse_relatives(cadre.relatives):
            if name:
                named[(name, context.identity(name), ROLE_RELATIVE, cadre.village)] = None
            for business in businesses:
                named[(business, context.identity(business), ROLE_RELATIVE_BUSINESS, cadre.village)] = None
    roles: dict[str, str] = {}
    for rows, role in ((context.contracts, ROLE_CONTRACT), (context.projects, ROLE_PROJECT)):
        for row in rows:
            if row.party and row.identity:
                named[(row.party, row.identity, role, row.village)] = None
                roles.setdefault(row.identity, role)
    # The other spellings the parties module groups with a contract's counterparty
    # (aliases), e.g. a payment's "湖州宏达建设" for the contract's "浙江宏达建设有限公司".
    for spelling, identity in list(context.party_names.items()):
        role = roles.get(identity)
        if role is not None:
            named[(spelling, identity, role, "")] = None
    known: dict[str, list[_Known]] = defaultdict(list)
    for name, identity, role, village in named:
        if not name.strip():
            continue
        person, spellings = _spellings(name)
        if person and not village:
            continue  # a person's alias: persons are known in their own village only
        entry = _Known(identity, role, village if person else None, person)
        for spelling in spellings:
            if entry not in known[spelling]:
                known[spelling].append(entry)
    return known


@lru_cache(maxsize=65536)
def _spellings(name: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a name is a person's, and how it is looked for: as written, and a company also by its normal form."""
    normal = normalize_name(name)
    if is_person_name(normal):
        return True, (fold(name),)
    return False, tuple(s for s in dict.fromkeys((fold(name), normal)) if _specific_company(s))


def _specific_company(spelling: str) -> bool:
    """Long enough, and more than industry and service words: "宏达建设" yes; "建设工程", "垃圾清运服务", "宏达" no."""
    core = _INDUSTRY_TAIL.sub("", spelling)
    return len(spelling) >= MIN_COMPANY_CHARS and len(core) >= 2 and not _SERVICE_ONLY.fullmatch(core)


class _Finder:
    """One trie-shaped pattern of every known name, and the context checks around a match."""

    def __init__(self, known: dict[str, list[_Known]]) -> None:
        self.known = known
        self.pattern = re.compile(_trie_pattern(known))
        self._here: dict[tuple[str, str], tuple[Mention | None, bool]] = {}

    def _in_village(self, name: str, village: str) -> tuple[Mention | None, bool]:
        """The mention a known name makes in a village (None: known elsewhere only), and whether it is a person."""
        key = (name, village)
        found = self._here.get(key)
        if found is None:
            entries = self.known[name]
            if len(entries) > 1 or entries[0].village not in (None, village):
                entries = [k for k in entries if k.village is None or k.village == village]
            if entries:
                identity = entries[0].identity
                roles = tuple(dict.fromkeys(k.role for k in entries if k.identity == identity))
                found = (Mention(name, identity, roles), entries[0].person)
            else:
                found = (None, False)
            self._here[key] = found
        return found

    def find(self, summary: str, village: str) -> tuple[Mention, ...]:
        text = _fold_summary(summary)
        out: dict[str, Mention] = {}
        position = 0
        search = self.pattern.search
        while True:
            match = search(text, position)
            if match is None:
                break
            start, end = match.span()
            mention, person = self._in_village(match.group(), village)
            if mention is not None and _fits(text, start, end, person):
                out.setdefault(mention.name, mention)
                position = end
            else:
                # Rejected here (another village's person, or not a payee by its context): shorter
                # names at the same place are part of this one; names starting later are not.
                position = start + 1
        return tuple(out.values())


def _fits(text: str, start: int, end: int, person: bool) -> bool:
    """Whether the text around a known name reads as naming that party."""
    before, after = text[:start], text[end:]
    if not person:
        return _company_fits(before)
    after, titled = _without_title(after)
    if _is_handler(before, after):
        return False
    if before and _CJK.match(before[-1]) and not before.endswith(PAYEE_BEFORE) and not _DATE_BEFORE.search(before):
        return False
    if _BUSINESS_AFTER.match(after):
        return False  # 王建国建材店: a business named after him
    if end - start <= 2 and not titled and after and _CJK.match(after[0]) and not after.startswith(PAYEE_AFTER):
        return False  # 王强村, 王强华: the two characters are part of another word
    if _PLACE_LIST_AFTER.match(after):
        return False  # 江山、石门两组: a list of places
    return not (text[start:end] in PLACE_NAMES and _TRAVEL_AFTER.match(after))  # 金华差旅费: a trip there


def _without_title(after: str) -> tuple[str, bool]:
    """The text after a name with a title that follows it removed, and whether there was one."""
    for title in TITLE_AFTER:
        if after.startswith(title):
            return after[len(title):], True
    return after, False


def _is_handler(before: str, after: str) -> bool:
    """A name next to a handler word, or in a list of names next to one: 经手人：王强、周全."""
    if _PUNCTUATION_TAIL.sub("", before).endswith(HANDLER_BEFORE) or after.startswith(HANDLER_AFTER):
        return True
    return bool(_HANDLER_LIST_BEFORE.search(before) or _HANDLER_LIST_AFTER.match(after))


def _company_fits(before: str) -> bool:
    """A company's name starts a word: "永宏达建设" and "王建国苗木" are other names than 宏达建设, 建国苗木."""
    if not before or not _CJK.match(before[-1]):
        return True
    return before.endswith(PAYEE_BEFORE) or before.endswith(COMPANY_BEFORE) or before.endswith(_PLACE_PREFIXES)


def _trie_pattern(names: Iterable[str]) -> str:
    """A regex matching any of ``names``, longest first at each place, shaped as a trie."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy: a longer name is tried before the name that ends here.
        return f"(?:{body})?" if "" in node else body

    return render(trie)


__all__ = ["Mention", "MentionIndex", "fold", "is_blank_payee"]
