"""Reads the exports of approval apps (钉钉, 企业微信, 飞书, 浙政钉, 三资平台 网上审批): which requests paid money.

A village that keeps its 报账单 in an approval app exports them one request a row, each with its state::

    审批编号 | 标题 | 审批状态 | 审批结果 | 发起时间 | 完成时间 | 发起人姓名 | 付款事由 | 付款总额 | 收款方全称 | 付款日期
    2023011… | 何建军提交的付款申请 | 已完成 | 同意 | 2023-01-10 10:06:57 | 2023-01-12 09:20:57 | … | 79020 | 浙江天目山… | 2023-01-14
    2023011… | 罗志刚提交的付款申请 | 已完成 | 拒绝 | …                                                   |  (rejected: nothing paid)

Only a request that went through paid anything: a rejected (拒绝, 驳回, 不通过), withdrawn (撤销, 撤回) or
pending (审批中, 待审批) one, or one approved and not yet paid (是否已付款 否, 支付状态 未支付), moved no money and
is skipped with its state as the reason. A payment template's amount (付款总额, 申请金额, 报销总额) is money
out; its day is the 付款日期, else the day the approval was completed (完成时间, warned); the 报销人 of a
reimbursement with no 收款人 was paid back (warned); and the rows of one request's approval nodes under it
(企业微信: 审批节点 | 审批人 | 审批意见 on rows of their own) are part of that request, no payment.

A sheet is such an export only when it has a state column (审批状态, 申请状态, 流程状态, 审批结果, 单据状态) and a
column only such apps write (审批编号, 发起人, 审批记录 …): a journal's 单据状态 (已记账, 已审核) and a 预算 or
计划 sheet's 申请金额 are not read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from importers import values
from importers.synonyms import EXPENSE, header_base, normalize_header

STATUS_HEADER = re.compile(r"^(?:审批|申请|流程|单据)(?:状态|结果)$")
"""A request's state (审批状态, 审批结果, 申请状态, 流程状态, 单据状态)."""
PAID_HEADER = re.compile(r"^是否(?:已)?(?:付款|支付)$|^(?:付款|支付)状态$")
"""Whether an approved request was paid yet (是否已付款 是/否, 支付状态 已支付/未支付)."""
APPROVAL_HEADERS = frozenset({
    "审批编号", "审批单号", "申请编号", "申请单号", "流程编号", "审批记录", "审批记录(含处理人userid)", "审批人",
    "审批节点", "当前节点", "历史审批人姓名", "当前处理人姓名", "发起人", "发起人姓名", "发起人工号", "发起人部门",
    "发起时间", "审批耗时", "审批意见汇总", "审批名称", "流程标题"})
"""Columns only an approval app's export writes: with a state column they tell such an export."""
UNAPPROVED = re.compile(r"拒绝|驳回|撤销|撤回|审批中|待审批|审核中|待审核|未通过|不通过|不同意|不予通过|终止|退回")
"""A state of a request that paid nothing: rejected, withdrawn or still pending. 已通过, 同意, 审批通过, 已完成 pass."""
UNPAID = frozenset({"否", "未付款", "未支付", "未付", "待付款", "待支付", "未拨付"})
"""A paid-state cell of an approved request that was not paid (yet)."""
AMOUNT_HEADERS = frozenset({"付款总额", "申请金额", "报销总额", "支付总额", "申请付款金额", "申请支付金额",
                            "备用金金额", "借支金额"})
"""A payment template's amount: what was paid once the request went through (not read outside such an export)."""
TEMPLATE_WORDS = ("付款", "支付", "报销", "备用金", "采购", "借支", "请款")
"""What a sheet's names, or every row's template (申请类型, 审批名称, 标题), say of a request to pay money."""
TEMPLATE_HEADERS = frozenset({"申请类型", "审批类型", "审批名称", "审批模板", "模板名称", "标题", "流程标题",
                              "流程名称", "单据类型"})
NOT_SPENDING_WORDS = ("预算", "计划", "收入", "收款", "收费", "缴费", "交费", "用印", "请假")
"""Names of an approval export that moves no money out: a 预算申请's 申请金额 was never paid."""
COMPLETION_HEADERS = ("审批完成时间", "完成时间", "办结时间", "完成日期")
"""When a request's approval was completed: its day is the payment's when no 付款日期 is written (not 发起时间)."""
EXPECTED_DATE = re.compile(r"^(?:预计|计划|拟|预定|约定|应)")
"""A day a request only foresees (预计归还日期 of a 备用金, 计划付款日期): no day money moved."""
NODE_HEADERS = frozenset({"审批节点", "审批人", "审批意见", "审批时间", "审批结果", "节点名称", "处理人", "处理意见",
                          "处理时间", "抄送人"})
"""The columns of one approval node: a row filled only there is a step of the request above."""
CLAIMANT_HEADERS = ("报销人", "报销人姓名", "发起人姓名", "发起人", "申请人")
"""Who handed in a reimbursement: the one paid back when no 收款人 is written."""
PAYEE_HEADERS = frozenset({"收款人", "收款人姓名", "收款方", "收款人全称", "收款方全称", "收款单位"})

UNAPPROVED_REASON = ("审批未通过（“{header}”为“{text}”）：被拒绝、撤回或仍在审批中的申请没有付出钱，不作为一笔支出导入；"
                     "原行保留在跳过记录中（重新提交并通过的那一行照常导入）")
UNPAID_REASON = "审批通过但未付款（“{header}”为“{text}”）：钱还没有付出，不作为一笔支出导入；原行保留在跳过记录中"
NODE_ROW_REASON = "审批节点行（{nodes}）：是上面那笔审批的流程记录，不是另一笔付款"
APPROVAL_NOTE = ("审批导出：只导入审批通过（并已付款）的申请，被拒绝、撤回、仍在审批中或未付款的行跳过并写明状态；"
                 "{amount}")
AMOUNT_NOTE = "“{header}”是审批通过后付出的钱，收支方向记为支出"
COMPLETION_NOTE = "没有付款日期的行按“{header}”（审批完成时间）的日子记，并逐行提示"
CLAIMANT_NOTE = "“{payee}”空白的报销按“{claimant}”（报销人）记为收款方，并逐行提示"
EXPECTED_DATE_NOTE = "“{header}”是申请时预计的日子，不是付款日期，不作为日期"
COMPLETION_WARNING = "没有付款日期，按审批完成时间记"
CLAIMANT_WARNING = "没有收款人，按报销人“{name}”记为收款方"



def _text(row: Sequence[Any], index: int) -> str:
    value = row[index] if index < len(row) else None
    return "".join(str(value).split()) if value not in ("", None) else ""


def is_approval_export(names: Sequence[str]) -> bool:
    """Whether a header is an approval app's export: a state column beside one only such apps write."""
    bases = [header_base(name) for name in names]
    return any(STATUS_HEADER.match(base) for base in bases) and \
        any(base in APPROVAL_HEADERS or normalize_header(name) in APPROVAL_HEADERS for base, name in zip(bases, names))


def _template_column(names: Sequence[str]) -> int | None:
    return next((index for index, name in enumerate(names) if header_base(name) in TEMPLATE_HEADERS), None)


def pays_out(names: Sequence[str], where: Sequence[str], body: Sequence[Sequence[Any]]) -> bool:
    """Whether an approval export lists requests to pay money: a name (sheet, title, file) or the template of
    every row in its first rows (申请类型 付款申请/费用报销/采购申请) says so, and no name says income, a budget or
    a template that moves no money (用印, 请假)."""
    if not is_approval_export(names) or any(word in name for name in where for word in NOT_SPENDING_WORDS):
        return False
    if any(word in name for name in where for word in TEMPLATE_WORDS):
        return True
    index = _template_column(names)
    templates = [_text(row, index) for row in body] if index is not None else []
    templates = [text for text in templates if text]
    return bool(templates) and all(any(word in text for word in TEMPLATE_WORDS) and
                                   not any(word in text for word in NOT_SPENDING_WORDS) for text in templates)


def amount_overrides(names: Sequence[str], where: Sequence[str], body: Sequence[Sequence[Any]]) -> dict[str, str]:
    """Normalised header -> EXPENSE for a payment template's amount column (付款总额, 申请金额（元）) of an
    approval export that pays money out (``pays_out``); {} for any other sheet."""
    if not pays_out(names, where, body):
        return {}
    return {normalize_header(name): EXPENSE for name in names if header_base(name) in AMOUNT_HEADERS}


@dataclass
class ApprovalSheet:
    """The columns of an approval export that say whether and when a request paid, by index."""

    names: list[str]
    states: list[int] = field(default_factory=list)
    paid: list[int] = field(default_factory=list)
    completion: int | None = None
    nodes: frozenset[int] = frozenset()
    claimant: int | None = None
    """The 报销人 of a reimbursement export with a 收款人 column, for the rows that leave it blank."""
    payee: str = ""
    """The header of that 收款人 column."""

    def unpaid_reason(self, row: Sequence[Any]) -> str | None:
        """Why a request moved no money (rejected, withdrawn, pending, approved but not paid), or None."""
        for index in self.states:
            text = _text(row, index)
            if UNAPPROVED.search(text):
                return UNAPPROVED_REASON.format(header=self.names[index], text=text[:20])
        for index in self.paid:
            text = _text(row, index)
            if text in UNPAID:
                return UNPAID_REASON.format(header=self.names[index], text=text)
        return None

    def node_row_reason(self, row: Sequence[Any], filled_from: dict[int, int]) -> str | None:
        """Why a row is one approval node of the request above (filled only in the node columns, the rest
        blank or copied down from the request's merged cells), or None."""
        if not self.nodes:
            return None
        own = [index for index, value in enumerate(row) if value not in ("", None) and index not in filled_from
               and not (type(value) is str and not value.strip())]
        if not own or not set(own) <= self.nodes:
            return None
        return NODE_ROW_REASON.format(nodes="、".join(self.names[index] for index in sorted(set(own))))

    def date_from_completion(self, row: Sequence[Any], record: dict[str, Any], warnings: list,
                             datemode: int = 0) -> None:
        """A request with no 付款日期 is dated the day its approval was completed, warned."""
        if self.completion is None or record.get("date") is not None:
            return
        value = row[self.completion] if self.completion < len(row) else None
        if value in ("", None):
            return
        try:
            record["date"] = values.parse_date(value, datemode=datemode)
        except values.ValueProblem:
            return
        warnings.append((self.names[self.completion], values.clean_text(str(value)), COMPLETION_WARNING))

    def party_from_claimant(self, row: Sequence[Any], record: dict[str, Any], warnings: list) -> None:
        """A reimbursement with no 收款人 paid its 报销人 back, warned."""
        if self.claimant is None or record.get("counterparty"):
            return
        name = _text(row, self.claimant)
        if name:
            record["counterparty"] = name
            warnings.append((self.names[self.claimant], name, CLAIMANT_WARNING.format(name=name)))


def approval_sheet(names: Sequence[str], where: Sequence[str], date_header: str | None,
                   payee_header: str | None) -> ApprovalSheet | None:
    """The approval columns of a payment sheet that is an approval export, or None."""
    if not is_approval_export(names):
        return None
    bases = [header_base(name) for name in names]
    states = [index for index, base in enumerate(bases) if STATUS_HEADER.match(base)]
    paid = [index for index, base in enumerate(bases) if PAID_HEADER.match(base)]
    completion = next((index for header in COMPLETION_HEADERS for index, base in enumerate(bases) if base == header),
                      None)
    if date_header is not None and header_base(date_header) in COMPLETION_HEADERS:
        completion = None  # already the date column
    nodes = frozenset(index for index, base in enumerate(bases) if base in NODE_HEADERS and index not in states)
    claimant = None
    if any("报销" in name for name in where) and header_base(payee_header) in PAYEE_HEADERS:
        claimant = next((index for header in CLAIMANT_HEADERS for index, base in enumerate(bases) if base == header),
                        None)
    return ApprovalSheet(list(names), states, paid, completion, nodes if len(nodes) >= 2 else frozenset(), claimant,
                         payee_header or "")


def is_expected_date(header: str | None) -> bool:
    """Whether a date column of an approval export only foresees a day (预计归还日期, 计划付款日期)."""
    return bool(EXPECTED_DATE.match(header_base(header)))


def approval_note(sheet: ApprovalSheet, amount_header: str | None, overridden: bool) -> str:
    """The sheet note of an approval export: what is skipped, the amount's side, the dates and payees filled."""
    parts = [APPROVAL_NOTE.format(amount=AMOUNT_NOTE.format(header=amount_header) if overridden and amount_header
                                  else "").rstrip("；")]
    if sheet.completion is not None:
        parts.append(COMPLETION_NOTE.format(header=sheet.names[sheet.completion]))
    if sheet.claimant is not None:
        parts.append(CLAIMANT_NOTE.format(payee=sheet.payee, claimant=sheet.names[sheet.claimant]))
    return "；".join(parts)
