"""Rule duplicate_payment: the same amount paid twice to the same payee within a short time."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import PaymentRow, ScanContext
from xuncha.rules.mentions import Mention
from xuncha.rules.params import Params
from xuncha.rules.text import code_key, money, yuan
from xuncha.rules.works import WorkIndex


class DuplicatePayment(Rule):
    """同一收款人、同一金额在短时间内用不同凭证支付了两次以上。

    问题 (What it catches):
        重复支付、重复报销：同一张发票或同一笔工程款被报了两次，或一笔货款“分两笔”报销。

    方法 (Method):
        1. 取支出方向、金额不低于 ``min_amount_yuan`` 的款项，按“村 + 收款人身份 + 金额”分组，
           按日期排序。``summary_names`` 打开时，收款人栏空白的支出若摘要中只提到一个已知的
           单位或人员（合同、工程台账中的相对方及其别名、村干部名单中的人和单位，匹配规则同
           “村干部及其亲属关联交易”），就按它分组；提示写明“收款人栏空白，摘要中提到 …”，
           不把它当作收款人写回记录。
        2. 相邻两笔相隔不超过 ``window_days`` 天、凭证号不同（或没有凭证号），即为疑似重复。
        3. 定期款项不算重复：同组至少 ``series_min`` 笔，且这一间隔与该组间隔的中位数相差
           不超过 ``series_tolerance``（比例），或该组多数间隔是周、月、季、年的整数倍而这一间隔
           也是（误差同样按 ``series_tolerance``），例如每月发放的工资、每季度的保洁费。
        4. 摘要写明所属月份、且月份不同的两笔不算重复：“工资发放表（2023年4月）”与
           “工资发放表（2023年5月）”是两个月的工资，不是一笔付了两次。同一月份的照样提示。
        5. 同一合同（工程）的分期付款不算重复：两笔都关联到同一项工作（按合同编号、项目栏或
           摘要中的工程名称），摘要不同（如“预付款”“进度款”），且这项工作的关联付款合计不超过
           它的合同金额。摘要相同，或已付超过合同金额的，照样提示。
        6. 同组连续的疑似重复合为一条提示。

    为什么重要 (Why it matters):
        “同一供应商、同一或相近金额、同一发票的多次付款”是 OCP 红旗工具箱列出的履约阶段
        红旗；全椒县村干部将一次供货“分两笔”报销。

    参数 (Parameters):
        window_days：两笔相隔的天数上限，默认 30，我们的假设（DOMAIN 目录第 15 条）。
        min_amount_yuan：金额下限（元），默认 500，小额的手续费、电费重复出现是常态，我们的假设。
        series_min：定期款项至少几笔，默认 3（需求说明：三笔以上间隔稳定的视为定期款项）。
        series_tolerance：定期款项的间隔允许偏离中位数的比例，默认 0.2，我们的假设。
        summary_names：收款人栏空白时是否按摘要中提到的已知单位或人员分组，默认 true，我们的
        假设（没有对方单位一栏的日记账很常见）。

    排除 (Exclusions):
        同一凭证号下的几行（一张凭证的分录；凭证号每月重新编号，所以只认同一个月内的同号）；
        间隔稳定的定期款项；摘要写明的所属月份不同的两笔（各月的工资、补贴）；
        同一合同在合同金额以内、摘要不同的分期付款（预付款、进度款、结算款）；
        收入；没有收款人或日期的支出（计入“不适用”）；收款人栏空白、摘要中没有提到已知名字
        或提到几个不同单位的支出（同样计入“不适用”）。

    示例 (Example):
        刘家塘村 2023-05-06 与 2023-05-19 两次付给 绿源苗木 3.68万，凭证号 记-23、记-41，
        相隔 13 天 → 请核实是否重复支付。没有收款人一栏的现金日记账中，两笔“支付宏达建设
        道路修补款” 4.5万 相隔 9 天 → 提示“收款人栏空白，摘要中提到 宏达建设（合同相对方）”。
    """

    id = "duplicate_payment"
    name = "重复支付"
    severity = "medium"
    params = ("window_days", "min_amount_yuan", "series_min", "series_tolerance", "summary_names")
    kinds = ("payment",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        min_amount = yuan(params["min_amount_yuan"])
        # Blank-payee payments whose 摘要 names one known party (xuncha.rules.mentions).
        single = context.mentions.single if params["summary_names"] else {}
        groups: dict[tuple[str, str, int], list[PaymentRow]] = defaultdict(list)
        mentioned: dict[str, Mention] = {}
        for payment in context.payments:
            if not payment.is_outgoing or payment.amount is None or payment.amount < min_amount:
                continue
            identity = payment.identity
            if not identity and single:
                mention = single.get(payment.id)
                if mention is not None:
                    identity, mentioned[payment.id] = mention.identity, mention
            if not identity or payment.date is None:
                outcome.skip("缺少收款人或日期")
                continue
            outcome.evaluated += 1
            groups[(payment.village, identity, payment.amount)].append(payment)
        for (village, identity, amount), payments in groups.items():
            if len(payments) < 2:
                continue
            ordered = sorted(payments, key=lambda p: p.date)  # type: ignore[arg-type, return-value]
            for run in _duplicate_runs(ordered, params, context.works):
                outcome.add(self._flag(context, village, identity, amount, run, mentioned))
        return outcome

    def _flag(self, context: ScanContext, village: str, identity: str, amount: int, run: list[PaymentRow],
              mentioned: dict[str, Mention]) -> Flag:
        by_summary = [mentioned[p.id] for p in run if p.id in mentioned]
        named = [p for p in run if p.id not in mentioned]
        days = (run[-1].date - run[0].date).days  # type: ignore[operator]
        vouchers = "、".join(p.voucher or "无凭证号" for p in run)
        dates = " 与 ".join(str(p.date) for p in run)
        if named:
            party = context.label(identity, named[0].party)
            payee = context.party_text(identity, named)
            if by_summary:
                payee += f"（其中 {len(by_summary)} 笔收款人栏空白，摘要中提到 {by_summary[0].name}）"
            title = f"{village} {dates} {len(run)} 次付给 {party} {money(amount)}"
            paid = f"{len(run)} 次付给 {payee} {money(amount)}"
        else:
            # The payee column is blank in every row: the party is what the 摘要 names, not a payee.
            title = f"{village} {dates} {len(run)} 次支付 {money(amount)}，摘要中提到 {by_summary[0].name}"
            paid = f"{len(run)} 次支付 {money(amount)}，收款人栏空白，摘要中提到 {by_summary[0].text}"
        lines = [f"{village} {dates} {paid}，凭证号 {vouchers}，相隔 {days} 天，请核实是否重复支付。"]
        lines += [f"· {p.date} {p.voucher or '无凭证号'} {p.summary or ''}".rstrip() for p in run]
        # What may have been paid twice: every payment after the first.
        return Flag(self.id, self.severity, village, title, "\n".join(lines), amount * (len(run) - 1), evidence(run))


def _duplicate_runs(payments: list[PaymentRow], params: Params, works: WorkIndex) -> list[list[PaymentRow]]:
    """Consecutive payments that look paid twice, grouped into runs."""
    window = int(params["window_days"])
    gaps = [(b.date - a.date).days for a, b in zip(payments, payments[1:])]  # type: ignore[operator]
    schedule = _Schedule.of(gaps, params)
    runs: list[list[PaymentRow]] = []
    current: list[PaymentRow] = []
    for (first, second), gap in zip(zip(payments, payments[1:]), gaps):
        duplicate = (gap <= window and not _same_voucher(first, second) and not schedule.fits(gap)
                     and not _other_months(first, second) and not _instalments(first, second, works))
        if duplicate:
            if not current:
                current = [first]
            current.append(second)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


class _Schedule:
    """The steady interval of a regular series (wages, monthly fees), if the group has one.

    A group of at least ``series_min`` payments is regular when its gaps sit
    near their median, or when most gaps are whole multiples of a calendar
    period (a week, a month, a quarter, a year): a monthly wage that was
    another amount in some months still pays this amount on schedule.
    """

    PERIODS = (7.0, 14.0, 30.44, 91.31, 365.25)

    def __init__(self, median: float | None, period: float | None, tolerance: float) -> None:
        self.median, self.period, self.tolerance = median, period, tolerance

    @classmethod
    def of(cls, gaps: list[int], params: Params) -> "_Schedule":
        tolerance = float(params["series_tolerance"])
        if len(gaps) + 1 < int(params["series_min"]):
            return cls(None, None, tolerance)
        median = statistics.median(gaps)
        period = next((p for p in cls.PERIODS
                       if sum(_multiple(g, p, tolerance) for g in gaps) >= max(2, 0.6 * len(gaps))), None)
        return cls(median if median > 0 else None, period, tolerance)

    def fits(self, gap: int) -> bool:
        if self.median is not None and abs(gap - self.median) <= self.tolerance * self.median:
            return True
        return self.period is not None and _multiple(gap, self.period, self.tolerance)


def _multiple(gap: int, period: float, tolerance: float) -> bool:
    times = round(gap / period)
    return times >= 1 and abs(gap - times * period) <= tolerance * period


def _instalments(first: PaymentRow, second: PaymentRow, works: WorkIndex) -> bool:
    """Two stages of one contract (预付款, 进度款) that together stay within its amount."""
    link_a, link_b = works.links.get(first.id), works.links.get(second.id)
    if link_a is None or link_b is None or link_a.item is not link_b.item:
        return False
    if not first.summary or not second.summary or first.summary.strip() == second.summary.strip():
        return False
    item = link_a.item
    paid = sum(link.payment.amount or 0 for link in works.payments_for(item))
    return item.amount is not None and paid <= item.amount


_PERIOD_MONTH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:份)?(?!\d)")
"""A month a 摘要 says the money is for: "（2023年4月）", "5月份工资"; not the day of "3月5日"."""


def _other_months(first: PaymentRow, second: PaymentRow) -> bool:
    """Two payments whose 摘要 name different months they are for: each month's wage or allowance
    (a 发放表 per month), not one sum paid twice."""
    a, b = _period_month(first.summary), _period_month(second.summary)
    if a is None or b is None:
        return False
    return a[1] != b[1] or bool(a[0] and b[0] and a[0] != b[0])


def _period_month(summary: str | None) -> tuple[str, int] | None:
    """The last month a 摘要 names, with its year ('' when not written), or None."""
    found = _PERIOD_MONTH.findall(summary or "")
    return (found[-1][0], int(found[-1][1])) if found else None


def _same_voucher(first: PaymentRow, second: PaymentRow) -> bool:
    """Two lines of one voucher: the same number in the same month (ledgers number vouchers anew each month)."""
    return (bool(first.voucher) and code_key(first.voucher) == code_key(second.voucher)
            and _month(first) == _month(second))


def _month(payment: PaymentRow) -> tuple[int, int] | None:
    return (payment.date.year, payment.date.month) if payment.date else None
