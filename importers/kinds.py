"""Provides kind detection and the column -> field assignment of a sheet.

A sheet's kind (project, contract, payment, asset, resource, cadre) is decided
by how well its headers map onto each kind's fields, weighted by how typical
each field is (凭证号 says "ledger" much more than 日期 does), plus keywords in
the sheet name, the title and the file name (合同, 工程, 日记账, 资产 …). A kind
whose essential columns are missing cannot win: a sheet without any amount
column is no payment ledger, however many dates it has.

A 发放表 (发放明细, 分配明细, 补偿款发放表, 惠民惠农一卡通, 工资、补贴、分红发放花名册) lists money
paid to named people: its rows are payments out, whatever 职务 or 岗位 column it has
(``is_payout_list``). Its mirror, a 收缴登记表 (承包费收缴台账, 水费收取登记表, 筹资缴纳名册), lists money
collected from named households: its rows are payments in, dated by the day each paid
(``is_collection_list``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from importers.synonyms import (
    BRACKETLESS,
    CONTAINED,
    CREDIT,
    DEBIT,
    EXPENSE,
    FIELD_WEIGHTS,
    IGNORE,
    INCOME,
    LEASED_THING_NUMBERS,
    LEASED_THING_PLACES,
    MEASURED,
    OTHER_CATEGORY,
    PRICE,
    QUANTITY,
    TERM,
    VILLAGE,
    WEAK_FACTOR,
    HeaderMatch,
    is_category_header,
    match_column,
    normalize_header,
    split_brackets,
    spelled_out,
)
from importers.loans import is_loan_register, party_side
from importers.values import unit_from_text
from xuncha.models import KIND_LABELS, KINDS

MIN_KIND_SCORE = 3.5
"""Below this, a sheet is reported as unrecognised rather than guessed."""

NAME_KEYWORDS: dict[str, tuple[str, ...]] = {
    "project": ("一事一议", "工程", "项目", "建设"),
    "contract": ("合同", "协议"),
    "payment": ("收支", "日记账", "明细账", "序时账", "凭证", "流水", "对账单", "现金", "银行", "支出",
                "收入", "付款", "支付", "拨付", "报销", "账簿", "分类账", "采购台账", "采购登记", "采购明细",
                "村务卡", "公务卡", "消费明细", "刷卡", "代缴", "代收"),
    "asset": ("资产", "固定资产", "财产"),
    "resource": ("资源", "发包", "租赁", "出租", "流转", "土地", "承包地", "山林", "鱼塘"),
    "cadre": ("干部", "人员", "名单", "名册", "两委", "班子", "花名册", "成员"),
}
# The same in English (sheets of a bilingual book or a platform's English export: "Contracts", "Payments",
# "Leases", "Staff"), as whole words: "lease" inside "release" or "please" says nothing. A bare "project"
# is left out: a donor-funded "project" names the programme ("donor_project_disbursements"), not 工程.
ENGLISH_NAME_KEYWORDS: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"(?<![a-z])(?:{words})(?![a-z])") for kind, words in {
        "project": r"projects|works",
        "contract": r"contracts?|agreements?",
        "payment": r"payments?|disbursements?|receipts|expenditures?|cash ?book|cash journal|bank journal|vouchers?",
        "asset": r"assets?",
        "resource": r"leases?|leasing|rentals?|tenancy|tenancies",
        "cadre": r"staff|cadres?|personnel|committee members",
    }.items()
}
NAME_BONUS = {"sheet": 3.0, "title": 2.0, "file": 1.5}
# A 产权交易 platform calls every deal a 项目 (成交项目, 挂牌项目: a field leased, a pond let): the word
# names no 工程项目 there, and must not outweigh the lease's own columns (受让方, 面积, 流转期限).
_DEAL_PROJECT = re.compile(r"(?:成交|交易|挂牌|竞价|流转|出让|转让|招租)项目")
# A book of 工程款 paid (工程款支付台账) names the money, not the works: no project word there.
_PROJECT_MONEY = re.compile(r"工程款|项目款")

# When two columns claim one field, the weaker may fall back to a related field
# (a contract sheet with 合同名称 and 项目名称: the second is the related project).
SECONDARY_FIELD: dict[tuple[str, str], str] = {
    ("contract", "title"): "project",
    ("payment", "project"): "contract",
}
# Who collected a payout (领取人, 代领人): beside a column of the household or person it is for (户主,
# 被征收户), the one who came for the money, the 发放表's red flag when not the household itself.
COLLECTOR_HEADER = re.compile(r"^(?:代领|领取|领款|签领|代收)人(?:姓名)?$")


def is_collector_header(header: str) -> bool:
    return bool(COLLECTOR_HEADER.match(split_brackets(normalize_header(header))[0]))


# A generic header that loses its field to a specific one names the row's own unit: a payment
# export's 单位名称 (石桥村股份经济合作社) beside its 往来单位 is the village, not a second counterparty.
VILLAGE_FALLBACK_HEADERS = frozenset({"单位名称"})
# Headers of a collective's register of members or shareholders (股东名册, 成员名册, 分红表).
_MEMBERS_HEADER = re.compile(r"股东|股份|股数|股权|配股|基本股|人口股|劳龄股|分红|户主|成员编号|成员身份|社员")
# A contract's price per period or per unit (a trading platform's 成交价 beside 计价单位 元/月): beside
# a column of the whole contract's sum (合同总金额) it is no contract amount, whatever the match quality.
_RATE_HEADERS = re.compile(r"^(?:成交价|成交价格|成交单价|单价|中标单价|租金单价|月租金|年租金)(?:\(|$)")
# The column of a 发放表 that names the person (or household) paid, with or without its signature. A
# 股份分红发放表 pays each 股东户 through its head: 股东户主, 成员户主.
PAYEE_HEADER = re.compile(
    r"^(?:(?:户主|股东|成员|社员|农户|人员|职工|领款人|领取人|收款人)?姓名|(?:股东|成员|社员|农户)?户主|(?:收款人)?户名"
    r"|(?:领款|领取|收款|受益|被补偿|被拆迁|被征收)人|被(?:征收|征地|拆迁)户(?:主)?|(?:拆迁|补偿)户"
    r"|(?:分配|发放|补贴|补助|补偿|救助|慰问|受益|享受|受助|奖励|奖补|资助)对象|受助(?:学生|人)|学生)(?:姓名)?(?:签字|签名|签章)?$")
# Words of money handed out to people: in a header (实发金额, 发放日期, 领款人签字) or a sheet's names
# (工资发放表, 拆迁补偿款发放明细, 光伏收益分配明细, 惠民惠农"一卡通"). None of them names money coming in
# (筹资, 缴费, 承包费 are collected from the same households). A 代缴 (村集体代缴 of the households' 医保,
# 养老保险) is money the village pays for each; not in 代收代缴, which collects it from them first.
PAYOUT_WORDS = re.compile(r"发放|实发|实领|领取|领款|代发|补偿|分配|分红|补贴|补助|救助|慰问|奖补|奖励|误工|报酬|工资|津贴|"
                          r"抚恤|兑付|兑现|一卡通|(?<!代收)代缴")
PAYOUT_BONUS = 3.0
"""What the payee, amount and payout words of a 发放表 add to its payment score."""
PAYOUT_NOT_CADRE = "是发放表（每行是发给一个人的一笔钱），不是干部名单"
# The column of a 收缴登记表 that names who paid: a payee's words, or the payer's own (缴款人, 交款单位).
PAYER_HEADER = re.compile(r"^(?:(?:缴款|交款|缴费|交费|捐款|捐资|捐赠)(?:人|单位)|承租(?:人|方|单位|户)|承包户|租户)(?:姓名|名称)?"
                          r"(?:签字|签名|签章)?$")
# Words of money collected from people, in a header (实交金额, 交款日期) or a sheet's names (承包费收缴台账,
# 水费收取登记表, 一事一议筹资缴纳名册): the mirror of PAYOUT_WORDS.
COLLECTION_WORDS = re.compile(r"收缴|缴纳|交纳|缴费|交费|缴款|交款|实交|实缴|已交|已缴|实收|收取|收费|筹资|欠交|欠缴|催缴|"
                              r"捐资|捐款|捐赠")
# A month column of a 收缴登记表 (缴费月份/3月): whether the household paid for that month.
_PAID_MONTH = re.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])月份?$")
# The header of a sum already paid (已缴金额, 实交金额), not one due (应缴金额, 年租金).
_PAID_AMOUNT = re.compile(r"已缴|已交|实缴|实交|实收|已收")
COLLECTION_NOT_CADRE = "是收缴登记表（每行是一户交来的一笔钱），不是干部名单"


@dataclass
class ColumnMap:
    """One column of a sheet and the field it feeds."""

    index: int
    header: str
    field: str
    primary: bool = True
    """False for a fallback column: used only where the primary column is blank."""
    unit: str | None = None
    """Money unit named in the header ('wan'/'qian'/'yuan'), None for the sheet's default."""
    quality: int = 0
    weak: bool = False
    """Matched through a generic synonym (名称, 金额): counts little towards the kind."""
    from_mapping: bool = False
    part: bool = False
    """One category column of a 多栏式 journal: the field's value is the sum of all its parts."""
    inferred: bool = False
    """Read by its header's words though the synonyms do not know it (``importers.inference``)."""
    joined: bool = False
    """Another column of the same text (a second 职务 column): its cell is added to the primary's."""


@dataclass
class KindCandidate:
    kind: str
    score: float
    columns: list[ColumnMap]
    missing: str | None
    """Why the kind cannot be used (essential column missing), or None."""


@dataclass
class KindDecision:
    kind: str | None
    candidates: list[KindCandidate] = field(default_factory=list)
    payout: bool = False
    """The sheet is a 发放表: money paid out to the people it names (``is_payout_list``)."""
    collection: bool = False
    """The sheet is a 收缴登记表: money collected from the people it names (``is_collection_list``)."""
    purchases: bool = False
    """The sheet read best as assets is a 采购台账: money paid to its suppliers (``_lists_purchases``)."""
    loans: bool = False
    """The sheet is a register of loans, one loan a row, read as contracts (``_lists_loans``)."""
    leases: bool = False
    """The sheet read best as contracts is a register of leases: area, yearly rent, term (``_lists_leases``)."""

    @property
    def chosen(self) -> KindCandidate | None:
        for candidate in self.candidates:
            if candidate.kind == self.kind:
                return candidate
        return None

    def scores(self) -> dict[str, float]:
        return {c.kind: round(c.score, 2) for c in self.candidates}


PERIOD = re.compile(
    r"(?<![\d.\-—~～至到])(?:19|20)\d{2}\s*(?:年度?)?"
    r"(?:\s*(?:[上下]半年度?|第?[一二三四1-4]季度|(?:1[0-2]|0?[1-9])\s*月份?))?(?![\d.\-/—~～至到])"
    r"|[上下]半年度?|第?[一二三四1-4]季度|(?<!\d)(?:1[0-2]|[1-9])\s*月份?(?![\d日号])"
    r"|^(?:预付款|进度款|结算款|质保金|尾款)")
"""A header's period: a year (2021年度), a half (上半年), a quarter (第一季度) or a month (3月份),
alone or after its year; not a span of years (2021—2023年 is the whole table's). In a payment sheet a
stage of a works' payment (预付款金额 | 预付款日期 | 进度款金额 | 进度款日期) is a period too: each stage
paid is a payment of its own."""

def period_key(period: str) -> str:
    """A period without the words that may vary around it: 2021年度 is 2021年 and 2021."""
    key = re.sub(r"[\s度份]", "", period)
    return key[:-1] if key.endswith("年") and key[:-1].isdigit() else key


# --- essentials ------------------------------------------------------------------------------

AMOUNT_FIELDS = ("amount", INCOME, EXPENSE, DEBIT, CREDIT)


def essential_columns_missing(kind: str, fields: set[str]) -> str | None:
    """Why a sheet of this kind lacks the columns its records need (Chinese), or None."""
    if kind == "project" and "name" not in fields:
        return "缺少“项目名称”列"
    if kind == "contract":
        if not fields & {"title", "code", "counterparty"}:
            return "缺少“合同名称/合同编号/乙方”列"
        if not fields & {"amount", "signed_on", "started_on", "ended_on", TERM}:
            return "缺少“合同金额”或“签订日期”列"
    if kind == "payment" and not fields & set(AMOUNT_FIELDS):
        # A 计量支付台账 without its 实付 column: the 计量 or 应付 sum it has is no money paid (``synonyms``).
        measured = "；本期计量金额、本期应付等是计量或应付的钱，不是实付金额" if MEASURED in fields else ""
        return f"缺少金额列（金额、收入/支出或借方/贷方）{measured}"
    if kind == "asset" and not fields & {"name", "code"}:
        return "缺少“资产名称”列"
    if kind == "resource" and not fields & {"name", "counterparty"}:
        return "缺少“资源名称”或“承包方”列"
    if kind == "cadre" and "name" not in fields:
        return "缺少“姓名”列"
    return None


# --- column assignment ---------------------------------------------------------------------------


def assign_columns(kind: str, parents: Sequence[str], children: Sequence[str], names: Sequence[str],
                   overrides: Mapping[str, str] | None = None, where: Sequence[str] = ()) -> list[ColumnMap]:
    """Map a sheet's columns to the fields of a kind.

    ``overrides`` (normalised header text -> field, '' or 'ignore' to skip)
    come from a mapping file and beat the synonym table. ``where`` (sheet, title, file name) tells a
    contract ledger that follows its contracts' changes (``settles_changes``).
    """
    overrides = overrides or {}
    proposals: list[tuple[int, HeaderMatch, bool]] = []
    for index, name in enumerate(names):
        if not name:
            continue
        override = override_for(overrides, parents[index], children[index], name)
        if override is not None:
            if override and override != IGNORE:
                proposals.append((index, HeaderMatch(override, 9, 0, False), True))
            continue
        found = match_column(parents[index], children[index], kind)
        if found is not None and found.field != IGNORE:
            proposals.append((index, found, False))
    by_field: dict[str, list[tuple[int, HeaderMatch, bool]]] = {}
    for proposal in proposals:
        by_field.setdefault(proposal[1].field, []).append(proposal)
    columns: list[ColumnMap] = []
    if kind == "payment":
        columns.extend(_category_parts(by_field, parents, children, names))
        columns.extend(_period_amount_parts(by_field, parents, children, names))
    for field_name, group in list(by_field.items()):
        group.sort(key=lambda p: (-_strength(p[1]), p[1].rank, _in_words(names[p[0]]), p[0]))
        if kind == "contract" and field_name == "amount":
            _rates_last(group, names)
        if field_name == "amount" and (kind == "project" or kind == "contract" and settles_changes(names, where)):
            group[:] = [p for p in group if p[2] or not is_claimed_sum(names[p[0]])]
            if not group:
                del by_field[field_name]
                continue
            _final_sums_first(group, names, kind)
        if kind == "asset" and field_name == "amount":
            _adjusted_values_first(group, names)
        if kind == "payment" and field_name == "date":
            _paperwork_dates_last(group, names)
        secondary = SECONDARY_FIELD.get((kind, field_name))
        for position, (index, found, from_mapping) in enumerate(group):
            target, primary = field_name, position == 0
            joined = not primary and _another_role(kind, field_name, names[index])
            if joined:
                pass  # 社区职务 | 经济合作社职务: the same person's second role, added to the first
            elif not primary and secondary and secondary not in by_field:
                target, primary = secondary, True
                by_field[secondary] = [(index, found, from_mapping)]
            elif not primary and kind == "payment" and field_name == "counterparty" and "handler" not in by_field \
                    and is_collector_header(names[index]):
                target, primary = "handler", True  # 被征收户 | 领取人: who collected for the household
                by_field["handler"] = [(index, found, from_mapping)]
            elif not primary and found.weak and VILLAGE not in by_field \
                    and normalize_header(names[index]) in VILLAGE_FALLBACK_HEADERS:
                target, primary = VILLAGE, True
                by_field[VILLAGE] = [(index, found, from_mapping)]
            elif not primary and found.quality < BRACKETLESS:
                continue  # a loose (contained) match is no safe fallback: leave it in the raw row
            elif not primary and field_name == "contractor" and _is_implementing_body(names[index]):
                continue  # beside a 中标单位 the 实施单位 (镇人民政府) owns the works: no stand-in contractor
            elif not primary and _plan_beside_actual(names[index], names[group[0][0]]):
                continue  # a blank 实际开工 means not started yet: the 计划开工 stays in the raw row
            elif not primary and field_name == "date" and _is_request_date(names[index]):
                continue  # a blank 支付日期 means not paid yet: the 申请日期 stays in the raw row
            columns.append(ColumnMap(
                index=index, header=names[index], field=target, primary=primary,
                unit=_header_unit(parents[index], children[index]),
                quality=found.quality, weak=found.weak, from_mapping=from_mapping, joined=joined,
            ))
    columns.sort(key=lambda column: column.index)
    return columns


def _header_unit(parent: str, child: str) -> str | None:
    """The money unit a (two-row) header names, a field code's in the header it stands for: 'fen' for
    a dump's "amount_fen" (金额(分)) as for "合同金额(分)"."""
    if not parent:
        return unit_from_text(spelled_out(child))
    return unit_from_text(f"{spelled_out(parent)} {spelled_out(child)}")


# How much a generic (weak) synonym loses against a specific one: 单位名称 matched exactly says less about
# a column than 收(付)款人 matched without its bracket, though more than a word found inside a header.
_WEAK_PENALTY = 1.5


def _in_words(name: str) -> bool:
    """Whether a column writes its sum in words (大写): of a 大写 and a 小写 column of one sum, the 小写
    (the figure) is read and the 大写 only checks it, whichever comes first ("金额（大写） | 小写（元）")."""
    return "大写" in name


def _strength(found: HeaderMatch) -> float:
    """A match's quality when columns compete for one field."""
    return found.quality - _WEAK_PENALTY if found.weak else found.quality


def _rates_last(group: list[tuple[int, HeaderMatch, bool]], names: Sequence[str]) -> None:
    """Put a contract's rate columns (成交价, 单价) after its columns of a whole sum, in place, so that
    合同总金额(元) is the amount and 成交价 only a fallback. A mapping file's choice stays first."""
    def is_rate(proposal: tuple[int, HeaderMatch, bool]) -> bool:
        index, found, from_mapping = proposal
        return not from_mapping and bool(_RATE_HEADERS.match(normalize_header(names[index])))

    if any(not is_rate(p) and not p[1].weak for p in group):
        group.sort(key=is_rate)


# A 结算审计 summary gives each project's sum at three stages: 合同价 (agreed), 送审金额 (what the contractor
# claimed) and 审定金额 (what the audit allowed, the 决算 the village pays by). The audited or final figure is
# what the works finally cost and what payments are measured against; the 合同价 only stands in for a
# project not settled yet. A claimed sum (送审结算金额) is the contractor's bid for more, never the amount.
_FINAL_SUM = re.compile(r"审定|决算|审价")
# A contract's 结算价 (结算金额) is its final sum as well: the 暂定价 (合同价) it was signed for, plus its
# 补充协议 and 签证, as settled at the end (a project's 结算 may still be the contractor's unaudited figure,
# so there only 审定 and 决算 count); so is the 审核金额 of a 签证 beside its 申报金额. The contract is measured
# against it where given, else the 暂定价 (申报金额).
_FINAL_SUM_BY_KIND = {"project": _FINAL_SUM, "contract": re.compile(r"审定|决算|审价|结算|审核")}
FINAL_SUM_KINDS = frozenset(_FINAL_SUM_BY_KIND)
# The bare synonym 决算 is found inside headers of no final sum (决算日期, 是否决算, 决算书编号, 决算审计费,
# 决算审减额): only a header that ends as a sum does (…金额, …价, …价款, …造价, …总额, or 决算 alone).
_SUM_ENDING = re.compile(r"(?:金额|价|价款|造价|总额|决算|审定数|审定数额)$")
_NOT_FINAL_SUM = re.compile(r"审减|核减|增减|差额|费|是否")
_CLAIMED_SUM = re.compile(r"^(?:送审|报审)")


def is_final_sum(header: str, kind: str = "project") -> bool:
    """Whether a project's (or a contract's) sum column gives the audited or final figure (审定金额,
    决算价, 审计决算金额; a contract's 结算价 too)."""
    base = split_brackets(normalize_header(header))[0]
    return bool(_FINAL_SUM_BY_KIND[kind].search(base) and _SUM_ENDING.search(base)) \
        and not _NOT_FINAL_SUM.search(base) and not is_claimed_sum(header)


def is_claimed_sum(header: str) -> bool:
    """Whether a sum column gives what was submitted for audit (送审金额, 送审结算金额, 报审价)."""
    return bool(_CLAIMED_SUM.match(split_brackets(normalize_header(header))[0]))


# A contract ledger that follows each contract's changes settles it at the end: its sum is signed as
# provisional (暂定价), or its names or headers speak of 补充协议, 变更, 签证 (增减). There the 结算价 is the
# contract's final sum, read first. A plain 合同台账's 结算金额 beside its 合同金额 stays in the raw row (qa65):
# such a contract is measured against the sum it was signed for.
_SETTLED_LEDGER = re.compile(r"暂定|补充协议|变更|签证|增减")


def settles_changes(names: Sequence[str], where: Sequence[str]) -> bool:
    """Whether a contract sheet follows its contracts' changes to their 结算 (``_SETTLED_LEDGER``)."""
    return any(_SETTLED_LEDGER.search(text) for text in [*names, *where] if text)


def _final_sums_first(group: list[tuple[int, HeaderMatch, bool]], names: Sequence[str], kind: str) -> None:
    """Put a project's (or contract's) audited or final sum (审定金额, 决算价, a contract's 结算价) before its
    合同价 or 暂定价, in place, so that the final figure is the amount and the 合同价 read only where it is
    blank (``plan`` notes it). A mapping file's choice stays first."""
    def order(proposal: tuple[int, HeaderMatch, bool]) -> int:
        index, _, from_mapping = proposal
        return 0 if from_mapping or is_final_sum(names[index], kind) else 1

    if any(not from_mapping and is_final_sum(names[index], kind) for index, _, from_mapping in group):
        group.sort(key=order)


# An asset register checked by an audit or a 清产核资 gives each asset's value twice: as booked (原值) and
# as the check settled it (调整后原值, 审定原值, 核实原值). The settled value is the asset's: the books are
# adjusted to it (a scrapped tractor written down to 0).
_ADJUSTED_VALUE = re.compile(r"^(?:调整后|审定|核实后?|清查后|核定)(?:账面)?(?:原值|价值|金额|原价)$")


def _adjusted_values_first(group: list[tuple[int, HeaderMatch, bool]], names: Sequence[str]) -> None:
    """Put an asset's settled value (调整后原值) before its booked 原值, in place; a mapping file's choice
    stays first."""
    def order(proposal: tuple[int, HeaderMatch, bool]) -> int:
        index, _, from_mapping = proposal
        return 0 if from_mapping or _ADJUSTED_VALUE.match(split_brackets(normalize_header(names[index]))[0]) else 1

    if any(not from_mapping and _ADJUSTED_VALUE.match(split_brackets(normalize_header(names[index]))[0])
           for index, _, from_mapping in group):
        group.sort(key=order)


# A payment's date is the day the money moved. An approval register (村级资金支付审批单登记簿) also dates
# the request and its approval (申请日期 | … | 资金支付日期): those are the paperwork's dates.
_REQUEST_DATE = re.compile(r"^(?:申请|申报|审批|审核|批准|报批|提交|填报|填表|填写)")
# A bank statement or a 村务卡 (公务卡) list exported from the card platform dates each entry twice: the day
# of the purchase or transfer (交易日期, 消费日期) and the day the bank booked it (记账日期, 入账日期, one or
# two days later). The transaction's day is the payment's: the one an inspector matches with meetings,
# holidays and the 报销 deadline.
TRANSACTION_DATE = re.compile(r"^(?:交易|消费|刷卡)(?:日期|时间|日)")
POSTING_DATE = re.compile(r"^(?:记账|入账)(?:日期|时间|日)")


def _is_request_date(header: str) -> bool:
    return is_dated_as(_REQUEST_DATE, header)


def is_dated_as(pattern: re.Pattern[str], header: str) -> bool:
    """Whether a date column's header (without its bracket) begins as ``pattern`` says."""
    return bool(pattern.match(split_brackets(normalize_header(header))[0]))


def _paperwork_dates_last(group: list[tuple[int, HeaderMatch, bool]], names: Sequence[str]) -> None:
    """Put a payment's request and approval dates after its other dates, in place, so that 资金支付日期
    is the date and 申请日期 only read when no other column dates the payment; beside a transaction
    date, a bank's posting date (记账日期) comes after it too. A mapping file's choice stays first."""
    transaction = any(is_dated_as(TRANSACTION_DATE, names[index]) for index, _, _ in group)

    def order(proposal: tuple[int, HeaderMatch, bool]) -> int:
        index, _, from_mapping = proposal
        if from_mapping:
            return 0
        if _is_request_date(names[index]):
            return 2
        return 1 if transaction and is_dated_as(POSTING_DATE, names[index]) else 0

    if any(order(proposal) == 0 for proposal in group):
        group.sort(key=order)


_PLANNED = ("计划", "预计", "拟")
# A cadre list of 两委 and 经济合作社 members gives each body's role a column (社区职务 | 经济合作社职务,
# 党内职务 | 行政职务): the person holds them all. A former or proposed role (原任职务, 拟任职务) is no
# role held now, nor is a relative's (配偶职务) or a workplace's (工作单位及职务).
_ROLE_HEADER = re.compile(r"(?:职务|职位)$")
_NOT_HELD = re.compile(r"^(?:原|曾|拟|前|历任|上届|推荐|提名|候选)")
_OTHERS_ROLE = re.compile(r"亲属|配偶|爱人|子女|儿|女|父|母|兄|弟|姐|妹|单位")


def _another_role(kind: str, field_name: str, header: str) -> bool:
    """Whether a cadre list's second 职务 column is one more role the person holds."""
    base = split_brackets(normalize_header(header))[0]
    return kind == "cadre" and field_name == "position" and bool(_ROLE_HEADER.search(base)) \
        and not _NOT_HELD.match(base) and not _OTHERS_ROLE.search(base)


# The body that carries a project out for its owner (衔接资金 台账: 实施单位 = 镇人民政府), not the firm
# that won it. Alone it is read as the contractor; beside a 中标单位 or 施工单位 it is no fallback for one.
IMPLEMENTING_BODY_HEADERS = frozenset({"实施单位", "项目实施单位", "实施单位名称"})


def _is_implementing_body(header: str) -> bool:
    return split_brackets(normalize_header(header))[0] in IMPLEMENTING_BODY_HEADERS


def _plan_beside_actual(header: str, primary_header: str) -> bool:
    """Whether a planned date's column would stand in for a blank actual one (计划开工 for 实际开工)."""
    return "实际" in primary_header and normalize_header(header).startswith(_PLANNED)


def _category_parts(by_field: dict[str, list[tuple[int, HeaderMatch, bool]]], parents: Sequence[str],
                    children: Sequence[str], names: Sequence[str]) -> list[ColumnMap]:
    """The category columns of a 多栏式 journal (工程款 | 办公费 | 其他, or 收入 over 经营收入 |
    补助收入) that has no total column for their side: each entry's amount is the sum of its
    filled categories, so all of them are read, not only the first. Taken out of ``by_field``.

    A side with a column that names the side itself (收入合计, 支出) keeps it as the amount and
    leaves its categories in the raw row, as does a sheet with a 金额 or 借方/贷方 column: there
    the categories only analyse an amount given elsewhere.
    """
    if by_field.keys() & {"amount", DEBIT, CREDIT}:
        for side in (INCOME, EXPENSE):  # 借方金额分析 | 办公费 | 水电费: parts of the 借方, not the amount
            if side in by_field and _all_loose(by_field[side], names):
                del by_field[side]
        return []
    parts: list[ColumnMap] = []
    for side in (INCOME, EXPENSE):
        group = by_field.get(side, [])
        loose = _all_loose(group, names)
        indexes = sorted(index for index, _, _ in group)
        indexes += _other_after(indexes, parents, names, by_field)
        if not loose or len(indexes) < 2:
            continue
        del by_field[side]
        parts.extend(ColumnMap(index=index, header=names[index], field=side, primary=False, part=True,
                               unit=_header_unit(parents[index], children[index]), quality=1)
                     for index in sorted(indexes))
    return parts


# A period of time in a header (2022年度, 上半年, 一季度, 3月), not a stage of a works' payment.
_STAGE_PERIOD = re.compile(r"^(?:预付款|进度款|结算款|质保金|尾款)")


def _period_amount_parts(by_field: dict[str, list[tuple[int, HeaderMatch, bool]]], parents: Sequence[str],
                         children: Sequence[str], names: Sequence[str]) -> list[ColumnMap]:
    """The amount columns of a payment sheet that gives one amount a period and one date for all
    (户主 | 2022年度分红金额 | 2023年度分红金额 | 发放日期): paid together, on that day, the row is one
    payment of their sum. Read as one record a row, the first period's column gave the amount and the
    others stayed in the raw row, unsaid. Taken out of ``by_field``.

    With an (amount, date) pair a period the groups are payments of their own (``importers.periods``);
    with a total column (合计, 实发金额) beside the periods that total is the amount."""
    group = by_field.get("amount", [])
    dates = by_field.get("date", [])
    if len(group) < 2 or len(dates) > 1 or by_field.keys() & {INCOME, EXPENSE, DEBIT, CREDIT}:
        return []
    periods = [_time_period(parents[index], children[index]) for index, _, _ in group]
    if None in periods or len(set(periods)) < len(periods) \
            or any(_time_period(parents[index], children[index]) for index, _, _ in dates):
        return []
    del by_field["amount"]
    return [ColumnMap(index=index, header=names[index], field="amount", primary=False, part=True,
                      unit=unit_from_text(f"{parents[index]} {children[index]}"), quality=1)
            for index in sorted(index for index, _, _ in group)]


def _time_period(parent: str, child: str) -> str | None:
    """The period of time a column's header names (its parent's over its own), as ``period_key``; None
    for none or for a stage of payment (预付款)."""
    for text in (parent, child):
        found = PERIOD.search("".join(str(text).split()))
        if found and not _STAGE_PERIOD.match(found.group()):
            return period_key(found.group())
    return None


def _all_loose(group: list[tuple[int, HeaderMatch, bool]], names: Sequence[str]) -> bool:
    """Whether every column of a side was matched only loosely, as a category of one entry (工程款)."""
    return all(not from_mapping and found.quality < BRACKETLESS and is_category_header(names[index])
               for index, found, from_mapping in group)


def _other_after(indexes: list[int], parents: Sequence[str], names: Sequence[str],
                 by_field: Mapping[str, list[tuple[int, HeaderMatch, bool]]]) -> list[int]:
    """A 其他 column right after a run of category columns (under the same parent) is the run's
    last category, though the word alone names nothing."""
    if not indexes:
        return []
    after = indexes[-1] + 1
    taken = {index for group in by_field.values() for index, _, _ in group}
    if after < len(names) and after not in taken and parents[after] == parents[indexes[-1]] \
            and split_brackets(normalize_header(names[after].rpartition("/")[2]))[0] in OTHER_CATEGORY:
        return [after]
    return []


def number_as_name(kind: str, columns: list[ColumnMap]) -> list[ColumnMap]:
    """A lease register that names what it leases only by its number (棚号 A01, 地号 JD-01, 铺号 12):
    that number is the resource's name. Beside a name column (one the header's words gave too) it
    stays the code; a 合同编号 numbers the contract, not the thing, and never becomes a name."""
    if kind != "resource" or any(column.field == "name" for column in columns):
        return columns
    for position, column in enumerate(columns):
        if column.field == "code" and column.primary and not column.from_mapping \
                and split_brackets(normalize_header(column.header))[0] in LEASED_THING_NUMBERS:
            return [*columns[:position], replace(column, field="name"), *columns[position + 1:]]
    return columns


def place_as_name(kind: str, columns: list[ColumnMap], parents: Sequence[str], children: Sequence[str],
                  names: Sequence[str], overrides: Mapping[str, str] | None) -> list[ColumnMap]:
    """A shop or house register that says only where each leased thing is (店面位置 "龙田街东营段1号",
    房屋坐落, 铺位): the place is the resource's name, or the inspector could tell the shops apart only by
    their tenants. Beside a name column (or a 铺号 taken for one) the place stays in the raw row, as 坐落
    and 位置 always did; a column the mapping file names is left as it says."""
    if kind != "resource" or any(column.field == "name" for column in columns):
        return columns
    taken = {column.index for column in columns}
    for index, name in enumerate(names):
        if index in taken or not name or split_brackets(normalize_header(name))[0] not in LEASED_THING_PLACES:
            continue
        if override_for(overrides or {}, parents[index], children[index], name) is None:
            return sorted([*columns, ColumnMap(index=index, header=name, field="name")], key=lambda c: c.index)
    return columns


def override_for(overrides: Mapping[str, str], parent: str, child: str, name: str) -> str | None:
    """The field a mapping file gives a column ('' or 'ignore' to skip it), None when it names none."""
    if not overrides:
        return None
    for key in (normalize_header(name), normalize_header(child), normalize_header(f"{parent}{child}"),
                split_brackets(normalize_header(name))[0]):
        if key in overrides:
            return overrides[key]
    return None


# --- kind detection --------------------------------------------------------------------------


def detect_kind(parents: Sequence[str], children: Sequence[str], names: Sequence[str], *,
                sheet_name: str = "", title: str = "", file_name: str = "",
                overrides: Mapping[str, str] | None = None, forced: str | None = None) -> KindDecision:
    """Score every kind and pick the best one that has its essential columns; a 发放表 is a payment
    list before anything else."""
    where = (sheet_name, title, file_name)
    columns_of = {kind: assign_columns(kind, parents, children, names, overrides, where)
                  for kind in ([forced] if forced else KINDS)}
    payout = "payment" in columns_of and is_payout_list(columns_of["payment"], names, where)
    collection = "payment" in columns_of and not payout and is_collection_list(columns_of["payment"], names, where)
    people_paid = payout or collection
    candidates: list[KindCandidate] = []
    for kind, columns in columns_of.items():
        fields = {c.field for c in columns}
        score = _header_score(kind, columns) + _name_score(kind, sheet_name, title, file_name)
        missing = essential_columns_missing(kind, fields)
        if kind == "payment" and people_paid:
            score += PAYOUT_BONUS
        if kind == "cadre" and missing is None and not forced and people_paid:
            missing = PAYOUT_NOT_CADRE if payout else COLLECTION_NOT_CADRE
        elif kind == "cadre" and missing is None and not forced and "position" not in fields:
            missing = _members_register(names) or _paid_people(names) or _money_per_person(columns_of.get("payment")) \
                or _roster_of_others(sheet_name, title)
        elif kind == "cadre" and missing is None and not forced:
            missing = _roster_of_others(sheet_name, title)
        candidates.append(KindCandidate(kind, score, columns, missing))
    candidates.sort(key=lambda c: (not (people_paid and c.kind == "payment"), -c.score))

    def decided(kind: str | None, purchases: bool = False, loans: bool = False, leases: bool = False) -> KindDecision:
        return KindDecision(kind, candidates, payout, collection, purchases, loans, leases)

    if forced:
        return decided(forced if candidates[0].missing is None else None)
    if not people_paid and _lists_loans(candidates):
        return decided("contract", loans=True)
    usable = [c for c in candidates if c.missing is None and c.score >= MIN_KIND_SCORE
              and not _loan_party_only(c)]
    if not usable:
        return decided(None)
    if usable[0].kind == "asset" and _lists_purchases(usable, where):
        return decided("payment", purchases=True)
    if usable[0].kind == "resource" and _lists_lease_contracts(usable, names, where):
        return decided("contract")
    if usable[0].kind == "contract" and _lists_leases(usable, names):
        return decided("resource", leases=True)
    if usable[0].kind == "project" and (_lists_awarded_contracts(usable) or _lists_variations(usable, names, where)):
        return decided("contract")
    return decided(usable[0].kind)


def _lists_loans(candidates: Sequence[KindCandidate]) -> bool:
    """Whether the sheet is a register of loans, one loan a row (``importers.loans.is_loan_register``): read
    as contracts, each keeps its lender or borrower, its sum and its day, whatever a payment reading scores."""
    by_kind = {c.kind: c for c in candidates}
    contract, payment = by_kind.get("contract"), by_kind.get("payment")
    if contract is None or contract.missing is not None:
        return False
    headers = {c.field: c.header for c in contract.columns if c.primary}
    return is_loan_register(headers, {c.field for c in payment.columns} if payment else set())


def _loan_party_only(candidate: KindCandidate) -> bool:
    """Whether a contract reading rests on a loan's party (借款人, 出借人, 债权人) with no contract name or
    number, in a sheet that is no register of loans: a 借出款项清理表 with its 凭证号 books payments, a 往来
    清理表 its balances; the loan words must not make them contracts."""
    if candidate.kind != "contract":
        return False
    primary = {c.field: c.header for c in candidate.columns if c.primary}
    return not {"title", "code"} & primary.keys() and party_side(primary.get("counterparty")) is not None


def is_payout_list(columns: Sequence[ColumnMap], names: Sequence[str], where: Sequence[str]) -> bool:
    """Whether a sheet read as payments is a 发放表: one column names the person paid (户主姓名,
    姓名, 分配对象, 领款人), one the sum paid, none says which way the money went, and a header or
    the sheet's names speak of handing money out (发放, 实发, 补偿, 分红 …). A 筹资 or 承包费 list of
    the same households has no such word: that money comes in."""
    return _sums_of_named_people(columns, PAYEE_HEADER, paid_out=True) and _speaks_of(PAYOUT_WORDS, names, where)


def is_collection_list(columns: Sequence[ColumnMap], names: Sequence[str], where: Sequence[str]) -> bool:
    """Whether a sheet read as payments is a 收缴登记表, the mirror of a 发放表: one column names who
    paid (户主姓名, 缴款人), one the sum paid (实交金额), none says which way the money went, a header
    or the sheet's names speak of collecting money (收缴, 实交, 交款, 筹资 …), and a 交款日期 or a
    收据号 records each payment. A lease register that only gives each household's yearly rent
    records no payment: it stays a lease register."""
    recorded = any(column.field in ("date", "voucher") and column.primary for column in columns) \
        or _paid_by_month(columns, names)
    payer = re.compile(f"{PAYEE_HEADER.pattern}|{PAYER_HEADER.pattern}")
    if not (recorded and _sums_of_named_people(columns, payer)):
        return False
    # The payer's own header (交款单位（人）) says nothing of the sheet: a 收支公开 heads its income
    # entries so too.
    payer_index = next(c.index for c in columns if c.field == "counterparty" and c.primary)
    others = [name for index, name in enumerate(names) if index != payer_index]
    return _speaks_of(COLLECTION_WORDS, others, where)


def _paid_by_month(columns: Sequence[ColumnMap], names: Sequence[str]) -> bool:
    """Whether a 收缴登记表 without a day records each payment by the months paid for: a 缴费月份 over
    1月…12月 (each cell 已缴, √ or 未缴) beside the sum paid (已缴金额). A lease register's 年租金 or
    应收 names no payment, and has no such months."""
    months = sum(1 for name in names if name and COLLECTION_WORDS.search(name) and _PAID_MONTH.search(name))
    return months >= 2 and any(column.field == "amount" and column.primary and _PAID_AMOUNT.search(column.header)
                               for column in columns)


def _sums_of_named_people(columns: Sequence[ColumnMap], person: re.Pattern[str], *, paid_out: bool = False) -> bool:
    """Whether the columns give a sum and the person (or household) it belongs to, and none of them
    says which way the money went; for a 发放表 (``paid_out``) the sum may be a lone 支出 column that
    says the money went out (村集体代缴（元）, 代缴金额), as long as no column gives money in. Not a column
    read only as a category of spending (误工补贴 in a cadre list: each cadre's rate, no payment)."""
    fields = {column.field for column in columns
              if not (paid_out and column.field == EXPENSE and column.quality <= CONTAINED)}
    sums = {"amount", EXPENSE} if paid_out else {"amount"}
    sides = {"direction", INCOME, DEBIT, CREDIT} | (set() if paid_out else {EXPENSE})
    if not fields & sums or fields & sides:
        return False
    named = next((c for c in columns if c.field == "counterparty" and c.primary), None)
    return named is not None and bool(person.match(split_brackets(normalize_header(named.header))[0]))


def _speaks_of(words: re.Pattern[str], names: Sequence[str], where: Sequence[str]) -> bool:
    return any(words.search(text) for text in [*names, *where] if text)


# Headers of a roster of the people a village pays or supports: its 公益岗位 workers, 低保 or 特困
# households, 脱贫户. Read as cadres, every one of them would look related to the village's deals.
_BENEFICIARY_HEADER = re.compile(r"公益(?:性)?岗位|低保|特困|五保|脱贫|监测户|救助|残疾")


def _paid_people(names: Sequence[str]) -> str | None:
    """Why a list of people with no 职务 column is no cadre list when a column speaks of money handed
    out (发放标准, 补贴金额) or of the people supported (公益岗位, 低保类别) but none gives the sum
    paid to each (else it is a 发放表)."""
    for name in names:
        if name and (PAYOUT_WORDS.search(normalize_header(name)) or _BENEFICIARY_HEADER.search(name)):
            return f"有“{name}”列，是发放（补贴）对象名册，不是干部名单，未导入"
    return None


# The columns of a payment reading that give a sum of money.
_MONEY_FIELDS = frozenset({"amount", INCOME, EXPENSE, DEBIT, CREDIT})


def _money_per_person(columns: Sequence[ColumnMap] | None) -> str | None:
    """Why a list of people with no 职务 column is no cadre list when it gives each of them a sum of money
    (村集体代缴（元）, 缴费金额): a cadre list says which post each holds, a list of names with money beside
    them is one of money paid for or collected from each (养老保险代缴名单), whatever "名单" its title says.
    Read as cadres, every one of them would look related to the village's deals, and the money be lost."""
    for column in columns or ():
        if column.field in _MONEY_FIELDS and column.primary:
            return f"有金额列“{column.header}”、没有职务列，是按人列的收付款名单，不是干部名单，未按干部导入"
    return None


# The money of a whole contract, over all its years (合同金额 of a 5-year lease is five years' rent).
_CONTRACT_SUMS = frozenset({"合同金额", "合同总金额", "合同价款", "合同总价", "合同总价款", "合同总额", "合同额",
                            "签约金额", "总金额", "标的额", "合同标的额"})


def _lists_lease_contracts(usable: Sequence[KindCandidate], names: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether a sheet that reads as leases is a register of lease contracts (…机动地发包合同汇总表: 合同编号,
    签订日期, 合同金额): it calls itself a list of 合同, dates each signing, and its only money is each
    contract's whole sum. Read as leases, that sum would stand as a year's rent (and mislead the rent
    checks) and the 签订日期 would be lost; read as contracts, both keep their meaning. A register that
    gives a yearly rent (年租金, 年承包费) stays a lease register."""
    contract = next((c for c in usable if c.kind == "contract"), None)
    if contract is None or not any("合同" in text for text in texts):
        return False
    signed = any(c.field == "signed_on" and c.primary for c in contract.columns)
    rents = [c for c in usable[0].columns if c.field == "amount"]
    return signed and bool(rents) and all(
        split_brackets(normalize_header(names[c.index]))[0] in _CONTRACT_SUMS for c in rents)


# The header of a lease's rent for one year (年租金（万元）, 年承包费, 租金标准): a register whose rows give it,
# with an area and a term, lists resources let, whatever contract words (合同编号, 签订日期) it has too.
_YEARLY_RENT_HEADER = re.compile(r"年租金|每年租金|年承包|承包费|年流转费|年租赁费|租金标准|承包金标准")
_LEASE_TERM_FIELDS = frozenset({TERM, "started_on", "ended_on"})
# The lessor's own column (出租人, 甲方): a register that names both parties of each lease is one of contracts
# (a 租赁合同备案登记表 of the leases filed in a village, qa31), not the collective's own lettings.
_LESSOR_HEADER = re.compile(r"^(?:出租|甲方)(?:人|方|单位)?(?:名称|姓名)?$")


def _lists_leases(usable: Sequence[KindCandidate], names: Sequence[str]) -> bool:
    """Whether a sheet that reads as contracts is a register of leases (资源资产租赁合同登记表: 合同编号 | 标的物 |
    面积 | 承租方 | 签订日期 | 起止时间 | 租金总额 | 年租金): each row names the resource let, its area, its rent
    for a year and the term, the fields the rent checks (too long, too cheap per 亩) read. Read as
    contracts, the area and the yearly rent are lost. A 合同台账 of works or purchases (合同金额, no area)
    stays contracts, and so do a register of lease contracts whose only money is each contract's whole
    sum (``_lists_lease_contracts``) and a 租赁合同备案登记表 that names the lessor beside the lessee and
    locates the property (房屋坐落) without naming a resource of the collective."""
    resource = next((c for c in usable if c.kind == "resource"), None)
    if resource is None or any(_LESSOR_HEADER.match(split_brackets(normalize_header(name))[0])
                               for name in names if name):
        return False
    primary = {c.field: c for c in resource.columns if c.primary}
    rent = primary.get("amount")
    return {"name", "area"} <= primary.keys() and bool(_LEASE_TERM_FIELDS & primary.keys()) and rent is not None \
        and bool(_YEARLY_RENT_HEADER.search(normalize_header(rent.header)))


# Who a 采购台账 bought from (供应商 | 供货单位), and the columns only an asset register has: what it is
# (编号, 类别), where it is and who keeps it, its state, and a value (原值, 账面价值) rather than a price paid.
_SUPPLIER_HEADER = re.compile(r"^(?:供应商|供货商|供货单位|供货方|供应单位|销售方|销售单位|售货单位)(?:名称|全称)?$")
_ASSET_REGISTER_FIELDS = frozenset({"code", "category", "status", "location", "custodian"})
_ASSET_VALUE_HEADER = re.compile(r"原值|原价|价值|账面|净值|净额")


def _lists_purchases(usable: Sequence[KindCandidate], where: Sequence[str]) -> bool:
    """Whether a sheet that reads as assets is a 采购台账 (品名 | 数量 | 单价 | 金额 | 供应商 | 购买日期): each
    row is money paid to a supplier for goods (rice and oil bought as 慰问品, 办公用品), not a thing the
    collective keeps. Read as assets its supplier is lost, and with it every check of repeated or split
    buys. An asset register keeps at least one column of its own (资产编号, 类别, 存放地点, 使用部门, 使用状况,
    原值) or calls itself one (固定资产购置登记): it stays an asset register."""
    payment = next((c for c in usable if c.kind == "payment"), None)
    if payment is None or any("资产" in text for text in where if text):
        return False
    primary = {c.field: c for c in payment.columns if c.primary}
    supplier = primary.get("counterparty")
    if not {QUANTITY, PRICE, "amount"} <= primary.keys() or supplier is None or \
            not _SUPPLIER_HEADER.match(split_brackets(normalize_header(supplier.header))[0]):
        return False
    asset = usable[0].columns
    return not any(c.field in _ASSET_REGISTER_FIELDS or (c.field == "amount" and _ASSET_VALUE_HEADER.search(c.header))
                   for c in asset)


_PROJECT_DATES = frozenset({"decided_on", "started_on", "finished_on", TERM})


def _lists_awarded_contracts(usable: Sequence[KindCandidate]) -> bool:
    """Whether a sheet that reads as projects is a list of contracts awarded (中标（成交）结果公示 with
    中标单位, 中标金额 and 合同签订日期): the signing is its only date. Read as projects it would keep
    no date at all; read as contracts each keeps its party, sum and signing day, which the checks of
    split and repeated contracts need. A project list that dates its works (开工, 竣工, 决议) stays one."""
    contract = next((c for c in usable if c.kind == "contract"), None)
    if contract is None or any(c.field in _PROJECT_DATES for c in usable[0].columns):
        return False
    primary = {c.field for c in contract.columns if c.primary}
    return {"signed_on", "counterparty"} <= primary


# A 工程签证单汇总表 lists the 签证 of each works: the priced changes its contractor had signed for
# (签证单编号 | 工程名称 | 施工单位 | 签证事由 | 签证日期 | 申报金额 | 审核金额). A 签证 is a change of the
# works contract, so a contract record of its own (as a 补充协议 row, ``importers.changes``); read as
# projects, each works came in once a 签证 with neither the sum nor the day.
_VARIATION_SHEET = re.compile(r"签证")
_VARIATION_HEADER = re.compile(r"^(?:现场|工程)?签证单?(?:编号|号|日期|时间|事由|内容|原因)$")


def _lists_variations(usable: Sequence[KindCandidate], names: Sequence[str], where: Sequence[str]) -> bool:
    """Whether a sheet that reads as projects is a list of 签证: its sheet, title or file says 签证 and a
    column numbers, dates or explains each 签证 (签证单编号, 签证日期, 签证事由). A project 台账 with a
    签证金额 column (each works' 签证 added up) names no single 签证 so: it stays projects."""
    if not any(c.kind == "contract" for c in usable) or not any(_VARIATION_SHEET.search(text) for text in where):
        return False
    return any(_VARIATION_HEADER.match(split_brackets(normalize_header(name))[0]) for name in names if name)


# Lists of people a village keeps who are not its cadres: its party members (a 党员花名册 lists the
# secretary among the farmers), its villagers' representatives, its 公益岗位 workers and 网格员. Read as
# cadres, every member would look related to the village's deals (related_party, cadre_counterparty).
_OTHERS_ROSTER = re.compile(r"党员(?:花名册|名册|名单|信息|基本情况)|村民代表(?:花名册|名册|名单)|户代表(?:花名册|名册|名单)|"
                            r"(?:公益(?:性)?岗位?|网格员|护林员|保洁员|护路员|巡河员)(?:人员)?(?:花名册|名册|名单|台账)")


# A list that names a cadre body beside the others ("监委会及网格员名单") holds cadres too.
_CADRES_TOO = re.compile(r"监委|监督委员会|两委|村委|村民委员会|委员会成员|干部|班子|组长")


def _roster_of_others(*names: str) -> str | None:
    """Why a list of people named as party members, representatives or 公益岗 workers is no cadre list: its
    sheet or its title says so (not its file: "历任村干部及村民代表名单.xls" holds the cadres too)."""
    for text in names:
        found = _OTHERS_ROSTER.search(text or "")
        if found and not _CADRES_TOO.search(text):
            return f"是{found.group()}，不是村干部名单，未导入（其中的村干部见两委名单）"
    return None


def _members_register(names: Sequence[str]) -> str | None:
    """Why a list of people with no 职务 column is no cadre list: a 股东名册, 成员名册 or 分红 table
    names every member of the collective, and read as cadres they would all look related."""
    for name in names:
        if name and _MEMBERS_HEADER.search(normalize_header(name)):
            return f"有“{name}”列，是股东（成员）名册或分红表，不是干部名单，未导入"
    return None


def _header_score(kind: str, columns: Sequence[ColumnMap]) -> float:
    weights = FIELD_WEIGHTS[kind]
    best: dict[str, float] = {}
    for column in columns:
        if not column.primary:
            continue
        weight = weights.get(column.field, 0.5)
        if column.weak:
            weight *= WEAK_FACTOR
        elif column.quality <= 1:  # found only by containment
            weight *= 0.6
        best[column.field] = max(best.get(column.field, 0.0), weight)
    return sum(best.values())


def _name_score(kind: str, sheet_name: str, title: str, file_name: str) -> float:
    score = 0.0
    for where, text in (("sheet", sheet_name), ("title", title), ("file", file_name)):
        text = _PROJECT_MONEY.sub("", _DEAL_PROJECT.sub("", text))
        if text and (any(word in text for word in NAME_KEYWORDS[kind])
                     or ENGLISH_NAME_KEYWORDS[kind].search(text.lower())):
            score += NAME_BONUS[where]
    return score


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", "未识别")
