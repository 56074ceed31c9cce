"""Rule large_cash: cash payments above the cash settlement limit."""

from __future__ import annotations

import re

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import contains_any, money, yuan

_ASIDE = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
"""A bracketed aside in a 摘要: （含搬运工工资）, (3月), 【补】."""
_ITEMS = re.compile(r"[，,、；;/+＋和及与并]|以及|包括|含")
"""Where a 摘要 lists several things paid for: 石材款及搬运工工资, 工资、会议费."""
_GOODS = re.compile(r"(?:款|费|金|钱|货|价)$|购|买|采购")
"""An item that names something bought or a fee: 石材款, 会议费, 购买水泥."""


class LargeCash(Rule):
    """单笔现金支出超过现金结算起点。

    问题 (What it catches):
        大额现金支付：应当转账的款项用现金支付，资金去向难以核对。

    方法 (Method):
        结算方式写有 ``cash_words`` 中的词（结算方式没有写转账时也看科目）、支出方向、金额大于
        ``limit_yuan`` 的款项逐笔提示。恰好等于结算起点的不提示。
        款项本身是工资、劳务报酬等（``exempt_words``，现金管理暂行条例允许用现金支付的用途）时
        不提示。判断看款项本身，不看顺带提到的词：摘要去掉括号里的附注后，按“及、和、、、含”等
        拆成几项，至少一项含 ``exempt_words``，且没有哪一项是别的货款或费用（以“款、费、金、货”
        结尾或写有“购、买”而不含 ``exempt_words``），才算工资类款项；科目含 ``exempt_words``
        （如“应付工资”）时同样要求摘要里没有别的货款或费用。所以“发放村干部误工工资”“支付临时用工
        劳务费”不提示，“支付护栏石材款（含搬运工工资）”“支付石材款及搬运工工资”照样提示。

    为什么重要 (Why it matters):
        现金支付绕开了银行留痕，是虚列支出、截留挪用的常见通道；各地推行“村务卡”正是为了
        取消村级现金支付（高邮“村务卡”：1000 元以上一律转账）。

    参数 (Parameters):
        limit_yuan：现金结算起点（元），默认 1000，来源：现金管理暂行条例（2011 年修订）规定的
        结算起点 1000 元。
        cash_words：表示现金结算的词，默认“现金”“库存现金”“现付”，我们的整理。
        exempt_words：允许现金支付的用途，默认工资、津贴、劳务报酬、差旅费等，依据现金管理
        暂行条例第五条的列举（本项目对条文的转述，待核对）；村干部的“误工补贴”是按误工天数
        发给个人的劳动报酬，也在其中。
        transfer_words：结算方式里表示转账的词，默认“转账”“银行”“网银”“电汇”等，我们的整理；
        结算方式写了转账的，科目即使是“库存现金”也不算现金支付（提现时银行一方的分录）。
        own_account_words：摘要里表示本村现金与银行之间划转的词，默认“提现”“提取备用金”
        “存现”“现金存行”等，我们的整理。这类款项（以及对方科目为“银行存款”的现金支出，即存现）
        只是在本村的现金和银行账户之间转移，没有付给任何人。

    排除 (Exclusions):
        转账、银行、村务卡支付；不超过结算起点的零星支出；本身就是工资、津贴、劳务报酬、差旅费等
        允许用现金的款项（摘要里只是附带提到工资的货款不在此列）；本村现金与银行之间的划转
        （摘要写有 ``own_account_words``，如提现、存现，或现金支出的对方科目是“银行存款”：钱没有
        付给任何人，付出去时见现金日记账）；收入；结算方式与科目都没有写明的支出（计入“不适用”）。

    示例 (Example):
        桥埠港村 2023-08-12 以现金支付 宏达建设“村道修补材料款”2.4万 → 超过 1000 元现金
        结算起点，请核实为何未通过银行转账。“支付护栏石材款（含搬运工工资）”8,600元 同样提示。
    """

    id = "large_cash"
    name = "大额现金支付"
    severity = "medium"
    params = ("limit_yuan", "cash_words", "exempt_words", "transfer_words", "own_account_words")
    kinds = ("payment",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        limit = yuan(params["limit_yuan"])
        cash_words, exempt = tuple(params["cash_words"]), tuple(params["exempt_words"])
        transfers, own_moves = tuple(params["transfer_words"]), tuple(params["own_account_words"])
        for payment in context.payments:
            if not payment.is_outgoing:
                continue
            if not payment.method and not payment.account:
                outcome.skip("没有结算方式或科目")
                continue
            outcome.evaluated += 1
            if payment.amount is None or payment.amount <= limit:
                continue
            if not paid_in_cash(payment.method, payment.account, cash_words, transfers):
                continue
            if is_exempt_use(payment.summary, payment.account, exempt):
                continue
            if between_own_accounts(payment.summary, payment.account, own_moves):
                continue
            payee = context.label(payment.identity, payment.party) if payment.party else "（收款人未写明）"
            when = f" {payment.date}" if payment.date else ""
            # Without a payee the title says so after the amount: "现金支付 1,500元（收款人未写明）".
            paid = f"{payee} {money(payment.amount)}" if payment.party else f"{money(payment.amount)}{payee}"
            title = f"{payment.village}{when} 现金支付 {paid}"
            detail = (f"{payment.village} {payment.date or '（日期不详）'} 以现金支付 {payee}"
                      f"“{payment.summary or '（无摘要）'}”{money(payment.amount)}"
                      f"（凭证 {payment.voucher or '无凭证号'}），超过 {money(limit)} "
                      "现金结算起点，请核实为何未通过银行转账。")
            outcome.add(Flag(self.id, self.severity, payment.village, title, detail, payment.amount,
                             evidence([payment])))
        return outcome


def paid_in_cash(method: str | None, account: str | None, cash_words: tuple[str, ...],
                 transfer_words: tuple[str, ...]) -> bool:
    """Whether a payment went out in cash: its 结算方式 says so, or, when the method names no
    transfer, its 科目 does ("库存现金" in a 收支明细账). A 现金支票 is cash; a method of 转账 beats
    an account of 库存现金 (a 提现's bank line: the money went by transfer into the cash box)."""
    if contains_any(method, cash_words):
        return True
    if contains_any(method, transfer_words):
        return False
    return bool(contains_any(account, cash_words))


def between_own_accounts(summary: str | None, account: str | None, own_words: tuple[str, ...]) -> bool:
    """Money moved between the village's own cash box and bank account, paid to nobody: 提现 on
    the bank's side, 存现 on the cash side (its 对方科目 is 银行存款)."""
    return bool(contains_any(summary, own_words) or contains_any(account, ("银行存款",)))


def is_exempt_use(summary: str | None, account: str | None, exempt: tuple[str, ...]) -> bool:
    """Whether the payment itself is a wage, allowance or other use that may be paid in cash.

    Bracketed asides do not count ("石材款（含搬运工工资）" is a payment for stone),
    and a 摘要 that also names goods or another fee is not a wage payment
    ("石材款及搬运工工资").
    """
    main = _ASIDE.sub("", summary or "")
    items = [item.strip() for item in _ITEMS.split(main) if item.strip()]
    if any(_GOODS.search(item) and not contains_any(item, exempt) for item in items):
        return False
    return any(contains_any(item, exempt) for item in items) or bool(contains_any(account, exempt))
