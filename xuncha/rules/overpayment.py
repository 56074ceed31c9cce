"""Rule overpayment: payments to a counterparty above what its contracts are worth."""

from __future__ import annotations

from collections import defaultdict

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import PaymentRow, ScanContext
from xuncha.rules.mentions import Mention
from xuncha.rules.params import Params
from xuncha.rules.text import money, money_near, percent, quoted, yuan
from xuncha.rules.works import WorkItem


class Overpayment(Rule):
    """付给某单位的款项超过它的合同（工程）金额，超出部分大于容差。

    问题 (What it catches):
        超合同付款、合同外付款：某项工程的累计付款超过合同金额的 (1 + ``tolerance``) 倍；
        或某单位在本村的全部合同合计之外，还收到了没有对应合同的大笔款项。

    方法 (Method):
        1. 把工程项目与它自己的合同合并为一项工作，金额取合同金额（缺失时取预算）。
        2. 支出按合同编号、项目栏或摘要中的工程名称关联到工作，只计付给该工作往来单位本身的
           支出（付给别人的由“收款人与合同相对方不一致”规则判断）。``summary_names`` 打开时，
           收款人栏空白的支出若摘要中只提到一个已知的单位或人员（合同相对方、施工单位及其别名），
           按该单位计入，与收款人栏写明的一样严格：只看本村的工作；同名工程有几项时取该单位
           自己的那项；关联不到任何工作的，只在第 4 步按单位合计，不替它挑选工作；摘要中提到
           几个不同单位的不计入。提示写明其中几笔收款人栏空白、摘要中提到谁，不把摘要中的
           名字当作收款人，也不改写记录。
        3. 单项：关联支出合计超过工作金额 × (1 + ``tolerance``)，且超出至少 ``min_excess_yuan``，提示。
        4. 按单位：付给该单位、未关联到任何工作的支出与已关联的支出一并计入，超过它在本村
           全部工作金额合计的 (1 + ``tolerance``) 倍且超出至少 ``min_excess_yuan`` 时提示一次
           （该单位已有单项提示时不再重复）。

    为什么重要 (Why it matters):
        “付给承包方的总额超过合同或结算金额”是履约阶段的典型红旗（OCP 红旗工具箱）；
        绍兴越城区东星村工程经二次审计，发现多付工程款 7.5万。超过合同价一定比例的变更
        通常需要重新决策。

    参数 (Parameters):
        tolerance：允许超出合同金额的比例，默认 0.10。超过合同价 10% 的变更一般需要重新
        履行决策程序，这是常见的地方做法（我们的假设，未找到统一规定）。
        min_excess_yuan：超出金额的下限（元），默认 1000，避免小额尾差，我们的假设。
        summary_names：收款人栏空白时是否按摘要中提到的已知单位或人员计入付款，默认 true，
        我们的假设（没有对方单位一栏的现金日记账、银行日记账很常见）。

    排除 (Exclusions):
        超出不到容差或不到 ``min_excess_yuan`` 的；付给其他单位的款项（摘要中提到的是其他单位
        的也一样）；收款人栏空白、摘要中没有提到已知名字或提到几个不同单位的支出；他村同名
        单位的工作；没有合同金额的工作（计入“不适用”）；收入方向的款项。

    示例 (Example):
        吴家道村与 恒通土石方 的“村道拓宽”合同 20万，已付 3 笔共 25万，超出 25% →
        请核实是否有经过决策的变更或结算审计。没有收款人一栏的现金日记账中，“付宏达建设道路
        硬化工程进度款”等 2 笔计入 宏达建设 的合同 → 提示“其中 2 笔支出收款人栏空白，摘要中
        提到 宏达建设”。
    """

    id = "overpayment"
    name = "超合同付款"
    severity = "high"
    params = ("tolerance", "min_excess_yuan", "summary_names")
    kinds = ("project", "contract")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        tolerance, min_excess = float(params["tolerance"]), yuan(params["min_excess_yuan"])
        works = context.works
        # Blank-payee payments whose 摘要 names one known party (xuncha.rules.mentions).
        named = context.mentions.single if params["summary_names"] else {}
        counted = works.party_payments(context.payments, named)
        by_party: dict[tuple[str, str], list[WorkItem]] = defaultdict(list)
        flagged_parties: set[tuple[str, str]] = set()
        for item in works.items:
            if item.amount is None:
                outcome.skip("缺少合同金额", len(item.rows))
                continue
            outcome.evaluated += len(item.rows)
            by_party[(item.village, item.identity)].append(item)
            paid = counted.of(item)
            if _exceeds(sum(p.amount or 0 for p in paid), item.amount, tolerance, min_excess):
                outcome.add(self._item_flag(context, item, paid, tolerance, counted.named))
                flagged_parties.add((item.village, item.identity))
        for party, items in by_party.items():
            extra = counted.unlinked.get(party, [])
            if not extra or party in flagged_parties or not party[1]:
                continue
            paid = [p for item in items for p in counted.of(item)] + extra
            agreed = sum(item.amount or 0 for item in items)
            if _exceeds(sum(p.amount or 0 for p in paid), agreed, tolerance, min_excess):
                outcome.add(self._party_flag(context, items, paid, agreed, tolerance, counted.named))
        return outcome

    def _item_flag(self, context: ScanContext, item: WorkItem, paid: list[PaymentRow], tolerance: float,
                   named: dict[str, Mention]) -> Flag:
        party = context.party_text(item.identity, [*item.rows, *paid])
        total = sum(p.amount or 0 for p in paid)
        agreed = item.amount or 0
        over = total - agreed
        # Written exactly when rounding to 0.01万 would put it on the tolerance line (110,000.01 is not 11万).
        paid_text = money_near(total, round(agreed * (1 + tolerance)))
        over_text = money_near(over, round(agreed * tolerance))
        title = f"{item.village} {quoted(item.title)} 已付 {paid_text}，超过合同 {money(item.amount)}"
        lines = [f"{item.village} 与 {party} 的{item.noun}{quoted(item.title)}金额 {money(item.amount)}，"
                 f"已付 {len(paid)} 笔共 {paid_text}{_named_note(paid, named)}，"
                 f"超出 {over_text}（{percent(over / agreed)}），请核实是否有经过决策的变更或结算审计。"]
        lines += [_payment_line("·", p, named) for p in paid]
        return Flag(self.id, self.severity, item.village, title, "\n".join(lines), over, evidence([*item.rows, *paid]))

    def _party_flag(self, context: ScanContext, items: list[WorkItem], paid: list[PaymentRow], agreed: int,
                    tolerance: float, named: dict[str, Mention]) -> Flag:
        village, first = items[0].village, items[0]
        rows = [row for item in items for row in item.rows]
        party = context.label(first.identity, first.party)
        party_text = context.party_text(first.identity, [*rows, *paid])
        total = sum(p.amount or 0 for p in paid)
        over = total - agreed
        paid_text = money_near(total, round(agreed * (1 + tolerance)))
        over_text = money_near(over, round(agreed * tolerance))
        # A party that no payee column names is what the 摘要 names, not a payee.
        by_summary = sum(p.id in named for p in paid)
        if not by_summary:
            whose, paid_to = "付给它的款项", f"付给 {party}"
        elif by_summary == len(paid):
            whose, paid_to = "摘要中提到它的支出", f"摘要中提到 {party} 的支出"
        else:
            whose, paid_to = "付给它或摘要中提到它的支出", f"付给 {party} 及摘要中提到它的支出"
        title = f"{village} {paid_to} {paid_text}，超过其合同合计 {money(agreed)}"
        lines = [f"{village} 与 {party_text} 的 {len(items)} 项合同/工程合计 {money(agreed)}，"
                 f"{whose}共 {len(paid)} 笔 {paid_text}{_named_note(paid, named)}，"
                 f"超出 {over_text}（{percent(over / agreed if agreed else 1)}），"
                 "其中有的付款没有写明对应的合同，请核实是否存在合同外付款或超付。"]
        lines += [f"· 合同/工程 {item.day} {money(item.amount)} {item.title or '（无名称）'}" for item in items]
        lines += [_payment_line("· 付款", p, named) for p in paid]
        return Flag(self.id, self.severity, village, title, "\n".join(lines), over, evidence([*rows, *paid]))


def _named_note(paid: list[PaymentRow], named: dict[str, Mention]) -> str:
    """"（其中 2 笔支出收款人栏空白，摘要中提到 宏达建设）": the payments counted by their 摘要, never called payees."""
    by_summary = [named[p.id] for p in paid if p.id in named]
    if not by_summary:
        return ""
    names = "、".join(dict.fromkeys(mention.name for mention in by_summary))
    return f"（其中 {len(by_summary)} 笔支出收款人栏空白，摘要中提到 {names}）"


def _payment_line(lead: str, payment: PaymentRow, named: dict[str, Mention]) -> str:
    line = f"{lead} {payment.date or '日期不详'} {money(payment.amount)} {payment.summary or ''}".rstrip()
    return f"{line}（收款人栏空白）" if payment.id in named else line


def _exceeds(paid: int, agreed: int, tolerance: float, min_excess: int) -> bool:
    return paid > agreed * (1 + tolerance) and paid - agreed >= min_excess
