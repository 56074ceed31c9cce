"""Provides the last-resort reading of a column whose header the synonym table does not know.

Every blind test on new files finds a few header wordings the table lacks (履约开始, 结算对象,
报账单编号, 收/付款人 …), and each one leaves a whole column of a sheet unread: every contract
without its term, every payment without its payee. Listing more synonyms only moves the edge.

So where a field that inspectors rely on is read from no column after the synonyms (the other
party, a term's start and end, a contract's signing date, an asset's acquisition date, a voucher
number, a payment's date, what an asset, lease, project or contract is), this module looks at
the headers that matched nothing at all and reads one whose words say what it holds and whose
cells below say so too:

- what the record is: a name (…名称) or a category (…类型, …类别) of an asset, a lease or a project,
  not whose or where (单位名称, 村名称), over cells of text; a lease's name also from a bare 项目 (what a
  资源发包 公开栏 puts out to contract); a contract's title from what it is
  about (项目内容, 承包事项, 项目), which beside a 合同名称 would be a description;
- the other party: a role word of the kind (收款, 结算, 承建, 乙 …) before a party noun (单位, 人,
  方, 对象, 户名 …), never a handler's or the village's own side (经办, 审核, 甲, 发包 …), over
  cells that are mostly names;
- dates: a start word (开始, 起始, 生效 …), an end word (结束, 终止, 到期 …), a signing word
  (签订, 订立 …), an acquisition word (购置, 建成 …) or a plain 日期 at the end of the header, over
  cells that are mostly dates;
- a voucher number: a document word (凭证, 报账, 单据 …) before 号/编号, over cells that are mostly
  short codes, not amounts or dates.

It never takes a column a mapping file names, nor one the table knows (甲方, 经办人 and 联系电话 are
known on purpose, to be left alone), and never chooses between two candidates: a field with two
is left unread. The plan's note names every column read this way, so that the inspector can
check it and fix it with a mapping file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from importers import values
from importers.kinds import ColumnMap, override_for
from importers.readers import Row
from importers.synonyms import DAY, TERM, VOUCHER_WORD, field_label, match_column, normalize_header, split_brackets
from xuncha.models import COUNTERPARTY_FIELD

SAMPLE_ROWS = 20
"""Body rows below the header whose cells are looked at."""
MIN_SHARE = 0.6
"""Share of a column's filled sample cells that must look like the field's values."""

# --- the other party ----------------------------------------------------------------------------

_PARTY_NOUN = re.compile(r"(?:单位|单位名称|方|方名称|人|人名称|人姓名|户|户名|商|者|对象|名称|姓名|客户|企业|"
                         r"个人|单位或个人|单位及个人)$")
_PARTY_ROLES: dict[str, tuple[str, ...]] = {
    "payment": ("收款", "付款", "收付", "缴款", "交款", "缴费", "领款", "受款", "领取", "结算", "往来", "对方",
                "交易", "供货", "供应", "销售", "开票", "服务", "承包", "施工", "支付", "发放", "补助", "补贴"),
    "contract": ("乙", "承包", "承建", "承揽", "承接", "承租", "承办", "施工", "中标", "成交", "供货", "供应",
                 "服务", "对方", "相对", "签约", "合作", "受托", "受让", "买受", "租赁", "实施", "履约", "中选"),
    "resource": ("乙", "承包", "承租", "租赁", "租用", "流入", "转入", "受让", "经营", "使用", "中标", "竞得",
                 "竞买", "成交"),
    "project": ("乙", "施工", "承建", "承包", "承揽", "承接", "中标", "中选", "成交", "实施", "供货", "供应", "服务"),
}
# A handler, the village's own side, or a detail of the party (its phone, account, code).
_NOT_PARTY = ("经办", "经手", "审核", "审批", "复核", "制单", "记账", "出纳", "负责", "联系", "保管", "填报",
              "编制", "监理", "设计", "甲", "发包", "出租", "建设单位", "业主", "采购单位", "委托", "报账",
              "报销", "验收", "证明", "签字", "法人", "法定", "代表", "电话", "账号", "开户", "地址", "身份",
              "代码", "编号", "证件", "银行", "金额", "日期", "时间", "数量", "面积", "村", "组织", "核算",
              "担保", "保证", "见证", "介绍", "鉴证", "公证", "审计", "批准")

# --- dates ------------------------------------------------------------------------------------------

_DATE_NOUN = r"(?:日期|时间|日|年月|年月日)?"
_START = re.compile(rf"(?:开始|起始|起|始|生效|起租|开工|进场|动工){_DATE_NOUN}$")
_END = re.compile(rf"(?:结束|终止|截止|到期|止|届满|期满|完成|完工|竣工){_DATE_NOUN}$")
_SIGNED = re.compile(rf"(?:签订|签约|签署|订立|签字|签){_DATE_NOUN}$")
_ACQUIRED = re.compile(r"(?:购置|购建|购入|购买|购进|取得|建成|建造|建设|入账|增加|启用|形成|使用|投用|竣工)"
                       r"(?:日期|时间|日|年月|年月日|年份|年度|年)?$")
_ANY_DATE = re.compile(r"(?:日期|时间)$")
# When a project was decided: "村民会议召开时间", "村民代表会议议定日期".
_DECIDED = re.compile(r"(?:会议|议定|决策|表决|决议|议事)\S{0,4}(?:日期|时间|日)$")
# A header that names an amount, a length or a person is no date, whatever word it ends with.
_NOT_DATE = ("金额", "款", "费", "价", "额", "数", "面积", "人", "单位", "方", "出生", "任职", "入党", "参加工作")
# The start or end of paperwork about the work, not of the work or the term itself: "审核完成日期" is when
# a 结算审核 finished, "公示截止日期" when a notice came down. Read as 竣工 or 到期 they would be wrong dates.
_PAPERWORK = ("审核", "审计", "审定", "审批", "审查", "评审", "送审", "结算", "决算", "申请", "申报", "报送",
              "备案", "公示", "公告", "付款", "支付", "拨付", "报账")

# --- what a record is -------------------------------------------------------------------------------

_NAME = re.compile(r"..名称$")
_CATEGORY = re.compile(r".(?:类型|类别|分类|性质)$")
# Whose or where, not what: 单位名称 is a party, 科目名称 an account, 村名称 a village.
_NOT_THING = ("单位", "户", "人", "方", "村", "组织", "银行", "科目", "乡镇", "账户", "企业", "公司", "社区")

# What a contract is about, in a register without a 合同名称: a 村文书's "项目内容", "承包事项". Beside a real
# title column such a header is only a description, which is why it is read here, never by the synonyms.
_SUBJECT = re.compile(r"^(?:项目|工程|承包|发包|租赁|出租|采购|服务|合作)?(?:内容|事项)$|^项目$")

# What a 资源发包 公开栏 puts out to contract, under a bare 项目 ("东岭地块"): the lease's name, read here
# and not by the synonyms, so that a sheet with a 资源名称 keeps it and a 项目 column never sways the kind.
_LEASE_NAME = re.compile(rf"{_NAME.pattern}|^项目$")

# --- voucher numbers -----------------------------------------------------------------------------

# A 收据 is the village's own document (its 收据号码 identifies a receipt); a 发票 is the payee's.
_VOUCHER = re.compile(r"(?:凭证|报账|报销|单据|记账|流水|回单|付款单|收款单|收据)\S*(?:号|编号|号码|单号|序号|字号)$")
_NOT_VOUCHER = ("合同", "项目", "身份", "账号", "账户", "银行", "电话", "发票")
_VOUCHER_TEXT = re.compile(r"^[\w\-—–－/#·.()（）]{1,24}$")


def _party_header(kind: str) -> Callable[[str], bool]:
    roles = _PARTY_ROLES[kind]
    return lambda base: bool(_PARTY_NOUN.search(base)) and any(role in base for role in roles) \
        and not any(word in base for word in _NOT_PARTY)


def _date_header(pattern: re.Pattern[str], *, excluded: tuple[str, ...] = ()) -> Callable[[str], bool]:
    return lambda base: len(base) >= 2 and bool(pattern.search(base)) \
        and not any(word in base for word in _NOT_DATE + excluded)


def _thing_header(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda base: bool(pattern.search(base)) and not any(word in base for word in _NOT_THING)


def _voucher_header(base: str) -> bool:
    return bool(_VOUCHER.search(base)) and not any(word in base for word in _NOT_VOUCHER)


def _looks_like_name(value: Any) -> bool:
    text = values.clean_text(value)
    if not text or not re.search(r"[\u4e00-\u9fff]", text):
        return False
    return not values.parses(values.parse_money, value) and not values.parses(values.parse_date, value)


def _looks_like_date(value: Any, datemode: int) -> bool:
    return values.parses(lambda cell: values.parse_date(cell, datemode=datemode), value)


def _looks_like_voucher(value: Any) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value).is_integer() and 0 < value < 100_000  # 15 is 记-15's number; 12500.5 is money
    text = values.clean_text(value)
    if not text or not _VOUCHER_TEXT.match(text):
        return False
    # Digits alone are a number (0036501), not an Excel serial; 2023-03-05 is a date.
    return text.isdigit() or not values.parses(values.parse_date, value)


# --- the fields and their tests ----------------------------------------------------------------------

_Rule = tuple[str, Callable[[str], bool], str]
"""(field, test of a header's base text, what its cells must look like: 'name'|'date'|'voucher')."""


def _rules(kind: str) -> list[_Rule]:
    rules: list[_Rule] = []
    party = COUNTERPARTY_FIELD.get(kind)
    if party:
        rules.append((party, _party_header(kind), "name"))
    if kind in ("contract", "resource", "project"):
        rules.append(("started_on", _date_header(_START, excluded=_PAPERWORK), "date"))
        rules.append(("finished_on" if kind == "project" else "ended_on", _date_header(_END, excluded=_PAPERWORK),
                      "date"))
    if kind == "contract":
        rules.append(("title", _thing_header(_SUBJECT), "name"))
        rules.append(("signed_on", _date_header(_SIGNED), "date"))
        rules.append(("category", _thing_header(_CATEGORY), "name"))
    if kind == "project":
        rules.append(("decided_on", _date_header(_DECIDED), "date"))
    if kind in ("asset", "resource", "project"):
        rules.append(("name", _thing_header(_LEASE_NAME if kind == "resource" else _NAME), "name"))
        rules.append(("type" if kind == "project" else "category", _thing_header(_CATEGORY), "name"))
    if kind == "asset":
        rules.append(("acquired_on", _date_header(_ACQUIRED), "date"))
    if kind == "payment":
        rules.append(("voucher", _voucher_header, "voucher"))
        rules.append(("date", _date_header(_ANY_DATE), "date"))
    return rules


# Fields that, when read, already give the field in question: a 合同期限 range gives both ends,
# 凭证字 + 凭证号 the voucher, and 年 | 月 | 日 columns the date.
_GIVEN_BY = {"started_on": TERM, "ended_on": TERM, "finished_on": TERM, "voucher": VOUCHER_WORD, "date": DAY}


def infer_columns(kind: str, parents: Sequence[str], children: Sequence[str], names: Sequence[str],
                  columns: Sequence[ColumnMap], body: Sequence[Row], *, datemode: int = 0,
                  overrides: Mapping[str, str] | None = None) -> list[ColumnMap]:
    """The columns read by their header's words for fields no column feeds (see the module's
    docstring); ``body`` holds the first rows below the header, ``overrides`` the mapping file's
    normalised headers (a column it names is never inferred)."""
    mapped_fields = {column.field for column in columns}
    taken = {column.index for column in columns}
    unknown = [index for index, name in enumerate(names)
               if name and index not in taken
               and override_for(overrides or {}, parents[index], children[index], name) is None
               and match_column(parents[index], children[index], kind) is None]
    inferred: list[ColumnMap] = []
    for field_name, header_test, cells in _rules(kind):
        if field_name in mapped_fields or _GIVEN_BY.get(field_name) in mapped_fields:
            continue
        found = [index for index in unknown if header_test(_base(parents[index], children[index]))
                 and _cells_fit(body, index, cells, datemode)]
        if len(found) == 1:
            inferred.append(ColumnMap(index=found[0], header=names[found[0]], field=field_name, inferred=True))
            unknown.remove(found[0])
    return inferred


def inferred_note(kind: str, columns: Sequence[ColumnMap]) -> str:
    """What the plan tells the inspector about columns read by their header's words ('' for none)."""
    read = [f"“{column.header}”作{field_label(kind, column.field)}" for column in columns if column.inferred]
    if not read:
        return ""
    return (f"按表头字面推断读取：{'，'.join(read)}（表头不在同义词表中，请核对；"
            "不对请用 --mapping 指定，工作台在导入页按 m）")


def _base(parent: str, child: str) -> str:
    """A header's text (a two-row header's parent and child joined) without brackets, spaces and
    the slash of 收/付款人."""
    parent_n, child_n = normalize_header(parent), normalize_header(child)
    text = parent_n + child_n if parent_n and parent_n != child_n else child_n or parent_n
    return split_brackets(text)[0].replace("/", "")


def _cells_fit(body: Sequence[Row], index: int, cells: str, datemode: int) -> bool:
    filled = [row[index] for row in body[:SAMPLE_ROWS] if index < len(row) and not values.is_blank(row[index])]
    if not filled:
        return False
    if cells == "name":
        fits = sum(_looks_like_name(value) for value in filled)
    elif cells == "date":
        fits = sum(_looks_like_date(value, datemode) for value in filled)
    else:
        fits = sum(_looks_like_voucher(value) for value in filled)
    return fits >= MIN_SHARE * len(filled)
