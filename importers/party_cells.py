"""Provides the other party's name read out of a counterparty cell, as a village book writes it.

The cell may hold more than the name: the kind of party a bookkeeping program
writes before it ("供应商：宏达建设"), a remark after a company ("（法人：王五）"),
a holder's label and account ("户名：刘长贵 6228…"), who collected for whom
("李强（由王芳代收）"), a role ("王建国（村主任）"), a site office
("…有限公司青山项目部"). The name alone is what the rules compare; what else the
cell said goes to the row's warnings (``ReadParty.remarks``). A cell that names
no party ("待定", "流标", "见附件", a plain number) gives None or a
``values.ValueProblem``: a guessed name would be a vendor that does not exist.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from importers import values
from importers.cells import name_text
from importers.parties import LEGAL_ENTITY_WORDS
from xuncha.names import is_person_name


# A 辅助核算 cell names the kind of party before the party: "供应商：宏达建设" (用友), "个人:张三",
# "供应商---宏达建设" (金蝶 核算项目). The kind is no part of the name the rules compare.
_PARTY_KIND = re.compile(r"(?:供应商|客户|个人|职员|员工|人员|往来单位|往来个人|往来)(?:名称)?\s*(?:[:：]|-{2,3})\s*")


# A person's name after the word for what they are, a space between: "个人 孙德林", "自然人 王守财" (a register
# that lists companies and persons in one column).
_PERSON_KIND_SPACED = re.compile(r"^(?:个人|自然人|农户|村民)\s+(?=[\u4e00-\u9fff·]{2,12}$)")


def party_text(value: Any) -> str | None:
    """A counterparty cell as text, without the 辅助核算 kind written before the name."""
    text = party_name(value)
    if text and ("：" in text or ":" in text or "--" in text):
        match = _PARTY_KIND.match(text)
        if match and match.end() < len(text):
            return text[match.end():]
    if text and " " in text:
        spaced = _PERSON_KIND_SPACED.match(text)
        if spaced is not None:
            return text[spaced.end():]
    return text


# What a register writes where the other party is not chosen yet (an unstarted project's 施工单位 "待定"):
# no party. As a name, every such project would share one contractor (and one 往来单位 in search).
_UNDECIDED_PARTY = frozenset({"待定", "未定", "暂定", "待确定", "未确定", "尚未确定", "暂未确定", "暂不确定",
                              # A project the villagers build themselves has no contractor either.
                              "自建", "村民自建", "村自建", "村集体自建", "群众自建", "农户自建", "自行建设"})
# The same said by a group of the village: "本组自建", "三组自建", "各社自行建设", "村民小组自建".
_GROUP_SELF_BUILT = re.compile(r"^(?:本|该|各|[一二三四五六七八九十\d]{1,3})?(?:组|社|队|村民小组)"
                               r"(?:群众|村民)?(?:自建|自行建设|自行施工|自行组织施工)$")
# A party not chosen yet, with a remark on how it will be: "待定（拟公开招标确定）", "未定，待村民代表会议议定".
# No party either; unlike a bare 待定 the remark says something of the choice still to come, so the row
# warns, naming the cell (the text stays in the raw row).
_UNDECIDED_WITH_REMARK = re.compile(r"^(?:待定|未定|暂定|待确定|未确定|尚未确定|暂未确定|暂不确定|暂无)"
                                    r"(?:[（(][^（）()]{1,30}[）)]|[，,；;：:\s].{1,30})$")
_UNDECIDED_FIRST = frozenset("待未暂尚")
# The same in English, alone or beside its Chinese (a bilingual book: "TBD 待定", "待定/To be determined").
_ENGLISH_UNDECIDED = re.compile(r"\b(?:tbd|tbc|tba|to\s*be\s*(?:determined|decided|confirmed|selected|appointed))\b",
                                re.IGNORECASE)
_UNDECIDED_SEPARATORS = " /|()（）,，;；"
UNDECIDED_PARTY_REASON = "写的是“{text}”：对方尚未确定，不作为单位名称，此项留空"


# What a 中标单位 or 受让方 cell says of a tender or an auction that found no one: "流标", "废标（重新招标）".
# As a name, every failed tender would share one contractor; the row keeps none, with a warning, since
# a failed tender re-let to another is what an inspector looks for.
_FAILED_TENDER = re.compile(r"^[（(【\[]?(?:流标|废标|未中标|流拍|招标失败|无人投标|无人应标|未成交)"
                            r"(?:[）)】\]]|[，,；;、：:（(\s].{0,30})?$")
_FAILED_TENDER_FIRST = frozenset("流废未招无（(【[")
FAILED_TENDER_REASON = "写的是“{text}”：招标或交易未成功，没有中标或成交的一方，此项留空"


# A party cell that is only a number ("1386000.00", 145): no company or person is called so. It is a sum or
# a code that slid into the column (a csv whose line lost a cell shifts every later value one header left);
# as a name it would join the rules that compare parties (repeat_vendor, split_contract) as a vendor.
_PLAIN_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")
_NUMBER_FIRST = frozenset("0123456789+-")
NUMBER_AS_PARTY_REASON = "写的是数字“{text}”，不是单位或人名（可能是列错位），未作名称导入"


# A remark in a bracket after a company's full name: "无锡市杨市建筑安装有限公司（口头约定，补签）".
_COMPANY_THEN_REMARK = re.compile(r"^(.{4,}?(?:有限责任公司|有限公司|公司|经营部))\s*[（(][^（）()]{1,30}[）)]$")
# A second line of a cell pasted from a Word table, labelled after the company's name: "浙江宏达建设有限公司
# 法定代表人：王宏达", "…有限公司 项目负责人：徐勇".
_COMPANY_THEN_LABEL = re.compile(
    r"^(.{4,}?(?:有限责任公司|有限公司|公司|经营部))\s+(?:法定代表人|法人代表|项目负责人|项目经理|技术负责人|负责人|联系人|"
    r"联系电话|电话|手机|地址)[：:]")
# A person's name with a labelled second line (a 过程台账's 单位/人员 cell): "刘大贵\n身份证：5101…",
# "彭光明\n电话：1592…". Only an ID or a phone: "张三 负责人：李四" names two people.
_PERSON_THEN_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})\s+(?:身份证(?:号码?)?|联系电话|电话|手机(?:号码?)?)[：:]")
_SELF_BUILT_ENDS = ("自建", "建设", "施工")
# A bracket after any party's name saying how the party built it: "黄氏宗亲理事会（自建）" built it itself,
# as "明辉照明科技有限公司（捐赠安装）" installed what it gave. The party is the one named; the bracket is a
# remark, as after a company's name (``_COMPANY_THEN_REMARK``). Alone, "自建" names no one (``_UNDECIDED_PARTY``).
_NAME_THEN_BUILT = re.compile(r"^(.{2,}?)\s*[（(](?:自建|自行建设|自行施工|自行组织施工|自筹自建|组织自建|捐建|捐赠安装|"
                              r"捐资建设|捐赠建设)[）)]$")


def party_name(value: Any) -> str | None:
    """``_party_name``, remembered: a ledger names its few parties again and again, and reading a fuller cell
    takes a dozen patterns."""
    if type(value) is str:
        return _party_name_of_text(value)
    return _party_name(value)


@lru_cache(maxsize=32_768)
def _party_name_of_text(value: str) -> str | None:
    return _party_name(value)


def _party_name(value: Any) -> str | None:
    """A party's name (``name_text``) without a remark bracketed after a company's name or a labelled second
    line (法定代表人：…), or None where
    the cell says the party is not chosen yet ("待定", "未定"; "暂无", "无", "/" are blank already);
    the cell stays in the raw row. A failed tender ("流标", "废标"), a plain number ("1386000.00") or a
    party not chosen yet with a remark ("待定（拟公开招标确定）") is a ValueProblem: no party, and a
    warning on the row. So is a placeholder ("见附件", "详见名单", "待招标"); a fuller cell is read for its
    party (``_tidy_party``: "户名：刘长贵", "李强（由王芳代收）"), with remarks for the row where it names more."""
    text = name_text(value)
    if text is not None and len(text) <= 5 and text in _UNDECIDED_PARTY:
        return None
    if text is not None and len(text) <= 30 and _undecided_in_english(text):
        return None
    if text is not None and len(text) <= 12 and text.endswith(_SELF_BUILT_ENDS) and _GROUP_SELF_BUILT.match(text):
        return None
    if text is not None and text[:1] in _NUMBER_FIRST and _PLAIN_NUMBER.fullmatch(text):
        raise values.ValueProblem(NUMBER_AS_PARTY_REASON.format(text=text))
    if text is not None and text[:1] in _UNDECIDED_FIRST and _UNDECIDED_WITH_REMARK.match(text):
        raise values.ValueProblem(UNDECIDED_PARTY_REASON.format(text=text))
    if text is not None and text[:1] in _FAILED_TENDER_FIRST and _FAILED_TENDER.match(text):
        raise values.ValueProblem(FAILED_TENDER_REASON.format(text=text))
    if text is None or not _MAY_HOLD_MORE.search(text):
        return _named_party(text)
    party = _tidy_party(text)
    named = _named_party(party)
    if named is not party and isinstance(party, ReadParty) and named is not None:
        return _read_party(named, list(party.remarks))
    return named


def _named_party(text: str | None) -> str | None:
    """The party before a remark bracketed after a company's name or a labelled second line (法定代表人：…);
    anything else as it is."""
    if text is not None and text.endswith(("）", ")")):
        remark = _COMPANY_THEN_REMARK.match(text)
        if remark is not None:
            return remark.group(1)
        built = _NAME_THEN_BUILT.match(text)
        if built is not None:
            return _builder(built.group(1))
    if text is not None and ("：" in text or ":" in text):
        labelled = _COMPANY_THEN_LABEL.match(text) or _PERSON_THEN_LABEL.match(text)
        if labelled is not None:
            return labelled.group(1)
    return text


def _undecided_in_english(text: str) -> bool:
    """Whether a party cell says in English, perhaps beside the Chinese, that the party is not chosen
    yet: "TBD", "To be determined", "TBD 待定" (not "TBD Construction Co.", which is a name)."""
    english = _ENGLISH_UNDECIDED.search(text)
    if english is None:
        return False
    rest = (text[:english.start()] + " " + text[english.end():]).strip(_UNDECIDED_SEPARATORS)
    return not rest or rest in _UNDECIDED_PARTY


def _builder(name: str) -> str | None:
    """The party named before a "（自建）" remark, or None when it is the villagers ("村民（自建）",
    "三组（自建）"): as "村民自建" they name no contractor."""
    said = f"{name}自建"
    return None if said in _UNDECIDED_PARTY or _GROUP_SELF_BUILT.match(said) else name


class ReadParty(str):
    """A party's name read out of a fuller cell ("李强（由王芳代收）" -> 李强), carrying what the row should say
    of the reading (``remarks``): the mapper stores the plain name and warns with them (``RowMapper``)."""

    remarks: tuple[str, ...] = ()


def _read_party(name: str, remarks: list[str]) -> str:
    """``name``, with the remarks the row should warn about when there are any."""
    if not remarks:
        return name
    party = ReadParty(name)
    party.remarks = tuple(remarks)
    return party


# What a cell writes where the party is elsewhere or not chosen: "见附件", "详见名单（投劳农户）", "名单附后",
# "待招标", or the village itself ("本单位" for a cash withdrawal). No party: as a name, every such row would
# share one fake vendor (``xuncha aliases`` merged all 详见名单 rows into one of 200,840.50 元).
_PLACEHOLDER_PARTY = re.compile(
    r"^(?:(?:详见|见|参见|另见|附)(?:附件|附表|附页|名单|清单|明细表?|花名册)(?:[一二三四五六七八九十\d]{0,2})"
    r"|(?:名单|清单|明细|花名册)?(?:附后|后附|另附)|待招标|待公开招标|招标中|正在招标|待比选|待询价|待发包"
    r"|本单位|本村|本村委会?|本社|本组|本集体)"
    r"(?:[（(][^（）()]{1,20}[）)])?$")
PLACEHOLDER_PARTY_REASON = "写的是“{text}”：不是具体的单位或人名，此项留空，请按附件、名单或原始凭证核对"
# A reference to the list or the attachment after a name: "吴大海等4人（名单附后）", "某公司（见附件）".
_REFERENCE_BRACKET = re.compile(r"\s*[（(](?:(?:详见|见|参见|附)(?:附件|附表|名单|清单|明细)|(?:名单|清单|明细)?(?:附后|后附))"
                                r"[）)]$")
# A description of someone instead of a name: "王书记联系的供货商（见附件）", "村民介绍的施工队".
_DESCRIBED_PARTY = re.compile(r"的|联系|介绍")
DESCRIBED_PARTY_REASON = "写的是“{text}”：只说明了是谁联系或介绍的，没有写出单位或人名，此项留空，请按附件核对"

# The label an account holder is written under: "户名：刘长贵", "收款人:张桂芳", "账号：…" (bank platforms).
_HOLDER_LABEL = re.compile(r"^(?:户名|账户名称?|开户名称?|收款人(?:名称|姓名)?|收款单位(?:名称)?|收款方|领款人|账号|卡号)"
                           r"\s*[：:]\s*")
# A phone, an ID or a bank card number written with a name, with its label if any: "陈国庆 13857112345",
# "周玉兰（身份证号330781196808154526）", "… 账号：33050161623500000123". The raw row keeps it; in the name it
# would split one party in two and spread personal data into every flag and export.
_PERSONAL_NUMBER = re.compile(
    r"[\s,，;；]*(?:(?:身份证号?码?|电话|手机号?码?|联系电话|银行卡号?|卡号|账号|银行账号)\s*[：:]?\s*)?"
    r"(?<!\d)(?:1[3-9]\d{9}|\d{17}[\dXx]|\d{12,25})(?!\d)")
NO_NAME_REASON = "写的是“{text}”：只有账号、证件号或电话，没有单位或人名，此项留空"
_EMPTY_BRACKETS = re.compile(r"\s*[（(]\s*[）)]")
# Partners written as one party: "张三、李四合伙" are 张三、李四.
_PARTNERS = re.compile(r"^(?P<names>[^、，,]{2,12}(?:[、，,][^、，,]{2,12})+?)\s*[（(]?合伙(?:人)?[）)]?$")
# Someone collecting or paying for the party: "李强（由王芳代收）", "孙德胜（王芳代付）", "…（由徐小军代收租金）".
_AGENT_BRACKET = re.compile(r"^(?P<party>.+?)\s*[（(]由?(?P<agent>[\u4e00-\u9fff·]{2,8}?)(?P<act>代(?:收|付|领|签|办)"
                            r"[\u4e00-\u9fff]{0,4})[）)]$")
AGENT_REMARK = "由“{agent}”{act}，不是{party}自己经手；对方按{party}导入"
# A person labelled after a business: "柳湾民宿（经营者：郑永林）", "浙江宏达建设有限公司 法人：赵宏达".
_OPERATOR_LABELS = "法人|法定代表人|法人代表|负责人|经营者|经营人|业主|店主|老板|户主|联系人"
_LABELLED_OPERATOR = re.compile(rf"^(?P<business>.{{2,}}?)\s*(?:[（(](?P<label>{_OPERATOR_LABELS})\s*[：:]\s*"
                                rf"(?P<person>[^（）()]{{2,12}}?)\s*[）)]|\s+(?P<label2>{_OPERATOR_LABELS})\s*[：:]\s*"
                                rf"(?P<person2>\S{{2,12}}))$")
OPERATOR_REMARK = "写明的{label}“{person}”未作对方名称，按“{business}”导入；核对干部关系时请留意此人"
# A business whose operator is bracketed after it with no label: "青山文具店（徐爱华）".
_BUSINESS_ENDS = (*LEGAL_ENTITY_WORDS, "民宿", "商铺", "小卖部", "合作社")
_BRACKET_AFTER = re.compile(r"^(?P<outer>.{2,}?)\s*[（(](?P<inner>[^（）()]{1,12})[）)]$")
# What a person is or does, bracketed after the name: a cadre's post ("治保主任", "村民小组长"), a trade
# ("包工头"). Not a household's status ("李大爷（五保户）", kept whole as other books write it: qa88). Only
# these: another bracket ("王五（代领）", "李四（代理）") does not say who the party is; the cell is kept whole.
_ROLE_ENDS = ("主任", "书记", "支书", "组长", "队长", "社长", "村长", "会计", "出纳", "文书", "委员", "代表", "干部",
              "包工头", "工头", "班长", "师傅", "员")
ROLE_REMARK = "括号中的“{role}”是身份或职务说明，未作名称，按“{person}”导入；核对干部关系时请留意"
# A company's site office, no legal person of its own: "浙江宏达建设有限公司青山项目部", "宏达建设（河口项目部）".
_SITE_OFFICE = re.compile(r"^(?P<company>.{2,}(?:有限责任公司|有限公司|公司))\s*(?P<office>[\u4e00-\u9fff]{0,12}项目部)$"
                          r"|^(?P<outer>.{2,}?)\s*(?P<bracketed>[（(][^（）()]{0,12}项目部[）)])$")
SITE_OFFICE_REMARK = "“{office}”是项目部，不是独立法人，按所属单位“{company}”导入"
_DOTTED_PERSON = re.compile(r"^[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}$")
# The characters that show a cell may hold more than a name (cheap test before the patterns above).
_MAY_HOLD_MORE = re.compile(r"[（(：:\s•‧・．等伙见附待招本项]|\d{11}")


def _tidy_party(text: str) -> str:
    """The party a fuller cell names (``party_name``), a ``ReadParty`` with remarks where the reading could be
    wrong or leaves someone out. Placeholders (见附件, 详见名单, 待招标, 本单位) are a ValueProblem: no party."""
    if _PLACEHOLDER_PARTY.match(text):
        raise values.ValueProblem(PLACEHOLDER_PARTY_REASON.format(text=text))
    remarks: list[str] = []
    name = _HOLDER_LABEL.sub("", text, count=1)
    name = _EMPTY_BRACKETS.sub("", _PERSONAL_NUMBER.sub("", name)).strip()
    reference = _REFERENCE_BRACKET.search(name)
    if reference is not None and _DESCRIBED_PARTY.search(name[:reference.start()]):
        raise values.ValueProblem(DESCRIBED_PARTY_REASON.format(text=text))
    if len(name) < 2:
        raise values.ValueProblem(NO_NAME_REASON.format(text=text))
    if _PLACEHOLDER_PARTY.match(name):
        raise values.ValueProblem(PLACEHOLDER_PARTY_REASON.format(text=text))
    name = _party_of_bracket_or_label(name, remarks)
    name = _party_of_group(name, text, remarks)
    return _read_party(name, remarks)


def _party_of_bracket_or_label(name: str, remarks: list[str]) -> str:
    """The party before a bracket or a label naming someone else or a role: who collected for it (代收),
    a business's operator, a person's role, a company's 项目部. Anything else is kept as written."""
    agent = _AGENT_BRACKET.match(name)
    if agent is not None:
        party = agent["party"]
        remarks.append(AGENT_REMARK.format(agent=agent["agent"], act=agent["act"], party=party))
        return party
    operator = _LABELLED_OPERATOR.match(name)
    if operator is not None and _is_business(operator["business"]):
        business, label = operator["business"], operator["label"] or operator["label2"]
        person = operator["person"] or operator["person2"]
        remarks.append(OPERATOR_REMARK.format(label=label, person=person, business=business))
        return business
    office = _SITE_OFFICE.match(name)
    if office is not None:
        company = office["company"] or office["outer"]
        remarks.append(SITE_OFFICE_REMARK.format(office=(office["office"] or office["bracketed"]).strip("（()）"),
                                                 company=company))
        return company
    bracket = _BRACKET_AFTER.match(name)
    if bracket is not None:
        return _party_before_bracket(name, bracket["outer"], bracket["inner"], remarks)
    return name


def _party_before_bracket(name: str, outer: str, inner: str, remarks: list[str]) -> str:
    """A person with a role ("郑永林（治保主任）"): the person, the role named in a remark. Anything else stays
    whole: a business with its operator bracketed ("青山文具店（徐爱华）") is written so in many books and kept
    as written (the operator is the name an inspector searches for); a company's former name
    ("…有限公司（原宏达建筑公司）") is read by ``party_name``; a bracket after a person that names no role
    ("王五（代领）") too."""
    if _is_person(outer) and not outer.endswith(_BUSINESS_ENDS) and _is_role(inner):
        remarks.append(ROLE_REMARK.format(role=inner, person=outer))
        return outer
    return name


def _party_of_group(name: str, text: str, remarks: list[str]) -> str:
    """Partners without the word 合伙 ("张三、李四合伙" -> 张三、李四). A group under its first person ("李明等3人")
    stays as written: the party is not 李明 alone, and the books of other villages write it so too."""
    partners = _PARTNERS.match(name)
    if partners is not None:
        return partners["names"]
    return name


def _is_business(text: str) -> bool:
    """Whether a name before a labelled person is a business's: "张三 负责人：李四" names two people."""
    return text.endswith(_BUSINESS_ENDS) or not _is_person(text)


def _is_role(text: str) -> bool:
    """Whether a bracket after a person says what the person is (``_ROLE_ENDS``). A sole trader's mark
    ("李振华（个体）", "（个体挖机）") stays in the name, as the books of many villages write it."""
    return text.endswith(_ROLE_ENDS)


def _is_person(text: str) -> bool:
    """A person's name: a common surname and 2–4 characters, or a minority name with its middle dot."""
    return is_person_name(text) or bool(_DOTTED_PERSON.match(text))
