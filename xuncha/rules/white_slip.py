"""Rule white_slip: expenses booked on a white slip or without a proper invoice."""

from __future__ import annotations

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import PaymentRow, ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import contains_any, money, yuan


class WhiteSlip(Rule):
    """支出的摘要写着白条、收条、借条、无票、补票等，或（可选）没有附件。

    问题 (What it catches):
        白条入账、无合规票据：用白条、收条、借条或自制收据代替发票报账，或“发票后补”。

    方法 (Method):
        支出方向的款项，摘要含 ``words`` 中的任一个词即提示，摘要含 ``ignore_words``
        （如“已补发票”）的除外；``check_zero_attachments`` 打开时，金额不低于
        ``zero_attachments_min_yuan`` 且附件数为 0 的支出也提示。

    为什么重要 (Why it matters):
        浙江省农村集体资产管理条例第二十一条要求原始凭证使用财政、税务、农业农村主管部门
        规定的票据；村集体经济组织会计制度明令“不准以白条抵库”。白条是虚列支出、套取资金
        的常见手段，也是巡察资料清单上的必查项。

    参数 (Parameters):
        words：白条类用词，默认白条、收条、借条、欠条、领条、自制收据、手写收据、无票、
        补票、无发票、发票后补等，我们的整理（DOMAIN 目录第 18 条）。
        ignore_words：表示问题已解决的用词，默认“已补发票”“已补票”“发票已补”，我们的假设。
        check_zero_attachments：是否提示附件数为 0 的支出，默认 false（很多台账不记附件数）。
        zero_attachments_min_yuan：附件检查的金额下限（元），默认 200，我们的假设。

    排除 (Exclusions):
        收入（收到借款、收回借条不是白条入账）；摘要注明已补发票的；附件检查默认关闭；
        没有摘要的支出（计入“不适用”）。

    示例 (Example):
        吴家道村 2023-11-02 “付河道保洁工资（白条）”3,600元 → 请核实是否取得合规票据。
    """

    id = "white_slip"
    name = "白条入账"
    severity = "medium"
    params = ("words", "ignore_words", "check_zero_attachments", "zero_attachments_min_yuan")
    kinds = ("payment",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        words, ignore = tuple(params["words"]), tuple(params["ignore_words"])
        attachments_min = yuan(params["zero_attachments_min_yuan"]) if params["check_zero_attachments"] else None
        for payment in context.payments:
            if not payment.is_outgoing:
                continue
            if not payment.summary and payment.attachments is None:
                outcome.skip("没有摘要")
                continue
            outcome.evaluated += 1
            word = contains_any(payment.summary, words)
            if word and not contains_any(payment.summary, ignore):
                outcome.add(self._flag(context, payment, f"摘要写有“{word}”"))
            elif attachments_min is not None and _no_attachments(payment, attachments_min):
                outcome.add(self._flag(context, payment, "没有附件（附件数为 0）"))
        return outcome

    def _flag(self, context: ScanContext, payment: PaymentRow, reason: str) -> Flag:
        payee = context.label(payment.identity, payment.party) if payment.party else "（收款人未写明）"
        title = f"{payment.village} {payment.date or ''} “{payment.summary or ''}” {money(payment.amount)}"
        detail = (f"{payment.village} {payment.date or '（日期不详）'} 付给 {payee} {money(payment.amount)}，"
                  f"凭证 {payment.voucher or '无凭证号'}，{reason}，请核实是否取得合规票据。")
        return Flag(self.id, self.severity, payment.village, title, detail, payment.amount, evidence([payment]))


def _no_attachments(payment: PaymentRow, minimum: int) -> bool:
    return payment.attachments == 0 and (payment.amount or 0) >= minimum
