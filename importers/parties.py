"""Provides the other party of a payment as its books name it when no column of the sheet does.

A 明细分类账 or a 记账凭证列表 exported from the bookkeeping software has no 往来单位
column: the payee is named only by the 明细科目 of a 往来 account or in the 摘要.

- A 往来 account's sub-account is the party: "应付款/浙江华瑞建设工程有限公司",
  "其他应收款—杨海波", "内部往来：第三村民小组". Any other account's sub-account is a
  category ("管理费用/办公费", "银行存款/农商银行", "经营收入/租金收入"), and so is a 往来
  sub-account such as "其他应付款/押金" or "应付款/工程款".
- A 摘要 that starts with a verb of paying or receiving names an organisation right
  after it: "支付青山宏达建设有限公司村道硬化工程款", "收浙江众成包装有限公司厂房租金". Only
  a name that ends in a legal-entity word is taken: a person's name in free text cannot
  be told from the words around it ("付陈阿四清理河道劳务费"), and a guessed half-word would
  give the rules a payee that does not exist. The village's own collective is never its
  own counterparty.

Either reading may be wrong, so the sheet's note names the rows read so (``RowMapper``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from importers.accounts import split_account

# First-level accounts whose sub-accounts name the other party (DOMAIN: 村集体经济组织会计制度).
PARTY_ACCOUNTS = frozenset({
    "应付款", "应收款", "其他应付款", "其他应收款", "应付账款", "应收账款", "预付账款", "预收账款",
    "预付款", "预收款", "内部往来", "往来款", "暂付款", "暂收款", "长期应付款", "长期应收款",
})
# A 往来 sub-account that is a category, not a party: "其他应付款/押金", "应付款/工程款", "内部往来/单位".
_CATEGORY_SUBACCOUNT = re.compile(
    r"(?:款|押金|保证金|备用金|质保金|风险金|金额|费用?|税金?|利息|其他|往来|单位|个人|职工|农户|供应商|客户|明细)$")

# Verbs a 摘要 starts with when it names who was paid or who paid, longest first.
PAY_VERBS = ("支付给", "付给", "拨付给", "预付给", "拨付", "预付", "支付", "付还", "收到", "收取", "收回", "收", "付")
# A trade's team, hired as a unit ("商丘市梁园区金泉打井队"). Not 队 alone: "付村保洁队工资" is the
# village's own team, "付张队长" a person; nor a team of the village such as 生产队.
WORK_TEAM_WORDS = ("打井队", "钻井队", "运输队", "建筑队", "装修队", "装饰队", "劳务队", "安装队", "维修队",
                   "文艺队", "演出队")
# Words an organisation's name ends with, longest first: companies, shops, teams, public bodies.
LEGAL_ENTITY_WORDS = tuple(sorted({
    "有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "经营部", "门市部", "营业部", "专业合作社", "合作社",
    "商行", "商店", "超市", "工程队", "施工队", "工作室", "事务所", "饭店", "酒店", "宾馆", "厂", "店", "协会",
    *WORK_TEAM_WORDS,
    "人民政府", "办事处", "办公室", "财政所", "供电所", "管理所", "服务中心", "支行", "分行", "信用社", "信用合作联社",
    "信用联社", "设计院",
    # A county's or district's office that pays grants (区农业农村局, 县林业局), not 局 alone.
    "农业农村局", "林业局", "财政局", "水利局", "民政局", "交通运输局", "自然资源局", "乡村振兴局", "农业局",
    # Nurseries and farms (城月苗圃场, 国营林场).
    "苗圃", "苗圃场", "林场", "农场", "茶场", "养殖场", "煤场", "砖场", "砖厂", "石料场", "沙场", "料场",
    # A works' site office that pays compensation (长浏高速项目部, 某某工程指挥部); a county's service
    # stations (勐海县农机站), not 站 alone.
    "项目部", "指挥部", "农机站", "农技站", "农资站", "林业站", "水利站", "水管站", "畜牧站", "兽医站", "服务站", "管理站",
    "供销社",
    # The power company's local bureau that bills the village (南海供电局), as its 供电所.
    "供电局",
    # 广东's stalls (档): a tea stall (西岸老友记茶档), a butcher's or a fish stall; not 档 alone (档案).
    "茶档", "大排档", "排档", "肉档", "鱼档", "菜档", "档口",
    # Eating places a village entertains at (立英家常菜馆).
    "菜馆", "饭馆", "餐馆", "面馆", "酒家", "餐厅", "农家乐",
    # A small trade's shop called a 部 (那坡县壮乡印务部, 某某广告部), as its 经营部; not 部 alone (项目部 is
    # above, 村委会 办公室 and 支部 are the village's own).
    "印务部", "服务部", "批发部", "维修部", "广告部", "加工部", "销售部", "门诊部",
}, key=len, reverse=True))
# A shop called a 铺 (梁氏凉茶铺, 陈记五金铺). Not the village's own unit let out (西岸商铺, 店铺, 门铺),
# nor 铺 beginning a word (铺设, 铺面, 铺位, 铺路, and 铺租, 铺头: 广东's shop rent and shop), nor a town or
# village called so (黄沙铺镇, 十里铺村: the shop's name goes on after it): "收何志强铺租"
# names a person; "收陈记五金铺租金" the shop. Written as a pattern so that a longer name goes on past it
# (西岸商铺维修有限公司).
_SHOP_ENDING = r"(?<![商店门旺床])铺(?![设面位路装砌头镇乡村街]|租(?!金))"
# 厂, 店 begin other words too: "周德明厂房租金", "李秋菊店面租金" name a person and a building.
# A pharmacy (青山镇惠民药房, 老百姓大药房). Not the dispensary of a clinic or hospital (村卫生室药房, 中药房,
# 西药房): that room is no party of its own.
_PHARMACY_ENDING = r"(?<![室院中西])药房"
_SHORT_WORD_GOES_ON = re.compile(r"^(?:房|区|址|面|铺|长|主|内|外|门)")
# So does a team's 队: "付运输队长王军…", "付维修队员工资" name a member of the team, not the team.
_TEAM_WORD_GOES_ON = re.compile(r"^(?:长|员)")
# What an organisation's name is made of: no digits, no punctuation, none of the words around it.
_NAME_CHARS = r"[\u4e00-\u9fff（）()]"
# "李卫东报销到县农业农村局…", "赵红梅去县农业农村局…" are a person's claim and errand.
_NOT_IN_NAME = re.compile(r"[款费给及和与的为向从由把]|报销|去[县市镇乡区省]|到[县市镇乡区省]")
# "支付湖州明亮电器经营部、安吉县声达电子经营部…": several payees in one entry, none of them the party.
_ANOTHER_NAME_FOLLOWS = re.compile(r"^\s*[、，,/和及与]")
_ENTITY = "|".join((*LEGAL_ENTITY_WORDS, _SHOP_ENDING, _PHARMACY_ENDING))
_ORG_AFTER_VERB = re.compile(rf"^\s*(?:{'|'.join(PAY_VERBS)})(?P<name>{_NAME_CHARS}{{1,30}}?(?:{_ENTITY}))")
# A shop the 摘要 names before what was bought from it: "勐遮镇兴旺商店购办公用品".
_ORG_THEN_PURCHASE = re.compile(rf"^\s*(?P<name>{_NAME_CHARS}{{1,30}}?(?:{_ENTITY}))(?:购买|购进|采购|购)")
# An organisation written last, after a space: "付植树节树苗款 绥棱县林丰苗圃".
_ORG_AT_END = re.compile(rf"[\s\u3000](?P<name>[\u4e00-\u9fff]{{1,30}}?(?:{_ENTITY}))\s*$")
# An organisation named alone in a bracket of the 摘要, as a 组账 writes its payee after the thing bought:
# "购水泥40包（沙市镇永兴建材店）", "付机耕道硬化工程款（浏阳市宏顺建筑劳务有限公司）".
_ORG_IN_BRACKET = re.compile(rf"[（(](?P<name>[\u4e00-\u9fff]{{1,30}}?(?:{_ENTITY}))[）)]")
# The village's own collective or committee: "三星村股份经济合作社", "三星村民委员会".
_VILLAGE_BODY_TAILS = frozenset({"", "股份经济合作社", "经济合作社", "经济联合社", "股份合作社", "集体经济组织",
                                 "民委员会", "村民委员会", "委会", "村委会", "委员会"})
_OWN_BODY = re.compile(r"^(?P<village>.+?村)(?:股份)?经济(?:合作社|联合社)$|^(?P<stem>.+?)村(?:民委员会|委会)$")


@lru_cache(maxsize=4096)  # a book uses a few dozen accounts on thousands of lines
def account_party(account: str | None) -> str | None:
    """The party an entry's 科目 names as the sub-account of a 往来 account, or None.

    ``account`` may join the accounts of a voucher's other side with "、" (``journal``): the one
    party they name, if exactly one."""
    if not account:
        return None
    parties = {party for text in account.split("、") if (party := _subaccount_party(text))}
    return parties.pop() if len(parties) == 1 else None


def _subaccount_party(account: str) -> str | None:
    levels = split_account(account)
    if len(levels) < 2 or levels[0] not in PARTY_ACCOUNTS:
        return None
    party = levels[-1]
    if not 2 <= len(party) <= 40 or not re.search(r"[\u4e00-\u9fff]", party) or _CATEGORY_SUBACCOUNT.search(party):
        return None
    return party


# Another village the village lent its money to ("借给石桥村周转金", "出借东河村股份经济合作社互助资金"): the
# borrower, a party only after a verb of lending (a village named elsewhere in a 摘要 is mostly a place).
LEND_VERBS = ("出借给", "借出给", "借给", "出借", "借出")
_VILLAGE_LENT_TO = re.compile(rf"^\s*(?:{'|'.join(LEND_VERBS)})(?P<name>[\u4e00-\u9fff]{{2,6}}?村"
                              r"(?:股份经济合作社|经济合作社|经济联合社|股份合作社|民委员会|委会)?)"
                              r"(?![民委务部内里组集干级道])")


def summary_organisation(summary: str | None, village: str = "") -> str | None:
    """The organisation a 摘要 names right after its verb ("支付青山宏达建设有限公司村道硬化工程款"), or
    the village it lends to ("借给石桥村周转金"), or None: no person, no half-word, never the village's
    (``village``) own collective."""
    if not summary:
        return None
    found = _organisation_after_verb(summary, village) or _village_lent_to(summary, village)
    if found is not None:
        return found
    for match in (_ORG_THEN_PURCHASE.match(summary), _ORG_AT_END.search(summary)):
        if match is not None and _is_organisation(match["name"], village):
            return match["name"]
    return _bracketed_organisation(summary, village)


def _village_lent_to(summary: str, village: str) -> str | None:
    match = _VILLAGE_LENT_TO.match(summary)
    if match is None or is_village_body(match["name"], village) or _NOT_IN_NAME.search(match["name"]):
        return None
    return match["name"]


# The office of a village committee ("海来阿支村委会办公室电费"): the village's own, or a person's name before it.
_COMMITTEE_OFFICE = re.compile(r"村(?:民委员会|委会|委)办公室$")


def _is_organisation(name: str, village: str) -> bool:
    """Whether a run ending in a legal-entity word can be a payee: four characters or more, none of the
    words around a name (款, 费, 给 …), and not the village's own collective."""
    return len(name) >= 4 and not _NOT_IN_NAME.search(name) and not is_village_body(name, village) \
        and not _COMMITTEE_OFFICE.search(name)


def _organisation_after_verb(summary: str, village: str) -> str | None:
    match = _ORG_AFTER_VERB.match(summary)
    if match is None or _unbalanced(match["name"]) or not _is_organisation(match["name"], village):
        return None
    name = match["name"]
    rest = summary[match.end():]
    if _ANOTHER_NAME_FOLLOWS.match(rest):
        return None
    if name.endswith(("厂", "店")) and _SHORT_WORD_GOES_ON.match(rest):
        return None
    if name.endswith("队") and _TEAM_WORD_GOES_ON.match(rest):
        return None
    return name


def _unbalanced(name: str) -> bool:
    """Whether a name opens a bracket it does not close: "王家峁村苹果冷库租金（绥德县果香农业合作社" is the
    entry's words and then, in the bracket, the organisation ("某某（北京）有限公司" closes its own)."""
    return name.count("（") + name.count("(") != name.count("）") + name.count(")")


_BRACKET_TEXT = re.compile(r"[（(]([^（）()]{3,40})[）)]")


def _bracketed_organisation(summary: str, village: str) -> str | None:
    """The organisation a bracket of the 摘要 holds and nothing else ("购水泥40包（沙市镇永兴建材店）"), or
    names after its verb, when exactly one is so named; a bracket of a remark ("（含搬运工工资）",
    "（第二次）") names none."""
    names = {match["name"] for match in _ORG_IN_BRACKET.finditer(summary) if _is_organisation(match["name"], village)}
    # A bracket may say who was paid in a sentence of its own: "泼水节活动支出（付勐遮镇曼令文艺队演出费）".
    names |= {name for inner in _BRACKET_TEXT.findall(summary) if (name := _organisation_after_verb(inner, village))}
    return names.pop() if len(names) == 1 else None


# Labels of a line above a payment sheet's header that name the one party the whole sheet pays: a
# project's 工程款支付台账 states its contractor once, under the title ("施工单位：衢州市恒达建筑工程有限公司
# 合同价：86.8万元"). Not the village's own side (建设单位, 发包方, 甲方), who drew the sheet up (编制单位,
# 填报单位), who pays (付款单位) nor the table's unit (单位：元).
CONTRACTOR_LABELS = ("施工单位", "承包单位", "承建单位", "中标单位", "施工方", "承包方", "承建方", "乙方单位", "乙方",
                     "供货单位", "供货方", "供应商")
_LABELLED_PARTY = re.compile(rf"(?<![\u4e00-\u9fff])(?P<label>{'|'.join(CONTRACTOR_LABELS)})\s*[:：]\s*"
                             r"(?P<name>[^\s:：，,;；、/]+)(?P<more>[、/])?")
_WHOLE_ORGANISATION = re.compile(rf"{_NAME_CHARS}{{2,40}}?(?:{_ENTITY})")


def labelled_party(line: str, village: str = "") -> tuple[str, str] | None:
    """(party, the words that name it) where a line above a payment sheet's header labels its contractor
    or supplier with one organisation's whole name ("施工单位：衢州市恒达建筑工程有限公司"), else None: a
    person, a half-word, several names ("乙方：A公司、B公司"), two labels naming different ones, or the
    village's own collective name no party the sheet pays."""
    named: dict[str, str] = {}
    for match in _LABELLED_PARTY.finditer(line):
        name = match["name"]
        if match["more"] or not _WHOLE_ORGANISATION.fullmatch(name) or _unbalanced(name) \
                or not _is_organisation(name, village):
            return None
        named.setdefault(name, f"{match['label']}：{name}")
    return named.popitem() if len(named) == 1 else None


def is_village_body(name: str, village: str) -> bool:
    """Whether a name is the village itself, its collective or its committee ("三星村",
    "青山镇三星村股份经济合作社", "三星村民委员会"); any village's when ``village`` is not known, as
    then it cannot be told from the village's own. "三星村红军苗木场" is a business, not the village."""
    if not village:
        return bool(_OWN_BODY.match(name))
    at = name.find(village)
    return at >= 0 and name[at + len(village):] in _VILLAGE_BODY_TAILS


__all__ = ["CONTRACTOR_LABELS", "LEGAL_ENTITY_WORDS", "PARTY_ACCOUNTS", "PAY_VERBS", "WORK_TEAM_WORDS", "account_party",
           "is_village_body", "labelled_party", "summary_organisation"]
