"""Rule large_cash: cash payments above the cash settlement limit."""

from __future__ import annotations

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import contains_any, money, yuan


class LargeCash(Rule):
    """单笔现金支出超过现金结算起点。

    问题 (What it catches):
        大额现金支付：应当转账的款项用现金支付，资金去向难以核对。

    方法 (Method):
        结算方式（或科目）写有 ``cash_words`` 中的词、支出方向、金额大于 ``limit_yuan`` 的款项
        逐笔提示；摘要或科目含 ``exempt_words``（现金管理暂行条例允许用现金支付的工资、
        劳务报酬等）的除外。恰好等于结算起点的不提示。

    为什么重要 (Why it matters):
        现金支付绕开了银行留痕，是虚列支出、截留挪用的常见通道；各地推行“村务卡”正是为了
        取消村级现金支付（高邮“村务卡”：1000 元以上一律转账）。

    参数 (Parameters):
        limit_yuan：现金结算起点（元），默认 1000，来源：现金管理暂行条例（2011 年修订）规定的
        结算起点 1000 元。
        cash_words：表示现金结算的词，默认“现金”“库存现金”“现付”，我们的整理。
        exempt_words：允许现金支付的用途，默认工资、津贴、劳务报酬、差旅费等，依据现金管理
        暂行条例第五条的列举（本项目对条文的转述，待核对）。

    排除 (Exclusions):
        转账、银行、村务卡支付；不超过结算起点的零星支出；工资、津贴、劳务报酬、差旅费等
        允许用现金的款项；收入；结算方式与科目都没有写明的支出（计入“不适用”）。

    示例 (Example):
        桥埠港村 2023-08-12 以现金支付 宏达建设“村道修补材料款”2.4万 → 超过 1000 元现金
        结算起点，请核实为何未通过银行转账。
    """

    id = "large_cash"
    name = "大额现金支付"
    severity = "medium"
    params = ("limit_yuan", "cash_words", "exempt_words")
    kinds = ("payment",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        limit = yuan(params["limit_yuan"])
        cash_words, exempt = tuple(params["cash_words"]), tuple(params["exempt_words"])
        for payment in context.payments:
            if not payment.is_outgoing:
                continue
            if not payment.method and not payment.account:
                outcome.skip("没有结算方式或科目")
                continue
            outcome.evaluated += 1
            if payment.amount is None or payment.amount <= limit:
                continue
            if not (contains_any(payment.method, cash_words) or contains_any(payment.account, cash_words)):
                continue
            if contains_any(payment.summary, exempt) or contains_any(payment.account, exempt):
                continue
            payee = context.label(payment.identity, payment.party) if payment.party else "（收款人未写明）"
            when = f" {payment.date}" if payment.date else ""
            title = f"{payment.village}{when} 现金支付 {payee} {money(payment.amount)}"
            detail = (f"{payment.village} {payment.date or '（日期不详）'} 以现金支付 {payee}"
                      f"“{payment.summary or '（无摘要）'}”{money(payment.amount)}"
                      f"（凭证 {payment.voucher or '无凭证号'}），超过 {money(limit)} "
                      "现金结算起点，请核实为何未通过银行转账。")
            outcome.add(Flag(self.id, self.severity, payment.village, title, detail, payment.amount,
                             evidence([payment])))
        return outcome
