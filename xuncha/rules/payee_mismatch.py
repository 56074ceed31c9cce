"""Rule payee_mismatch: a payment for a contract or project made to someone else."""

from __future__ import annotations

from collections import defaultdict

from xuncha.names import is_person_name
from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import PaymentRow, ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import contains_any, money, quoted
from xuncha.rules.works import CONTRACT_COLUMN, PROJECT_COLUMN, SUMMARY, WorkItem

VIA_LABELS = {CONTRACT_COLUMN: "合同编号", PROJECT_COLUMN: "项目栏", SUMMARY: "摘要中的工程名称"}


class PayeeMismatch(Rule):
    """为某合同或工程付的款，收款人却不是该合同的相对方（施工单位）。

    问题 (What it catches):
        收款人与合同相对方不一致：合同和发票在甲公司名下，钱却付给了乙公司或某个人，
        可能是挂靠、借用资质、转包，或资金被截留、回流。

    方法 (Method):
        1. 支出按合同编号、项目栏或摘要中写明的工程/合同名称，关联到对应的合同或工程项目。
        2. 收款人与合同相对方按身份比较：同一单位的不同写法（简称、带不带“有限公司”、
           带不带地名）视为同一单位，不提示；同一项目下其他合同的相对方（如材料供应商）也算相符。
        3. 不一致时，同一合同、同一收款人的几笔付款合为一条提示；收款人为个人而合同相对方是
           单位时特别说明。

    为什么重要 (Why it matters):
        婺城原埠头村：合同与个人签订，却由一家公司“中标”，工程款经公司账户周转；安吉案例：
        工程实际由 胡某某 施工，合同、发票却在一家公司名下。收款人与合同不符是挂靠、
        转包和资金回流的直接线索。

    参数 (Parameters):
        exempt_words：摘要或科目含这些词的付款不比较，默认监理、设计、审计、造价、检测、
        税费等——这些费用本来就付给施工单位以外的单位，我们的整理。

    排除 (Exclusions):
        同一单位的别名；同一项目其他合同的相对方；监理费、设计费、审计费、税费等；
        没有关联到合同或项目的付款、收款人未写明的付款（计入“不适用”）；收入。

    示例 (Example):
        马吉村“村道提升工程”合同乙方为 宏达建设，2 笔进度款共 9.05万 付给了 胡建平（个人）
        → 请核实收款人与合同相对方不一致的原因。
    """

    id = "payee_mismatch"
    name = "收款人与合同相对方不一致"
    severity = "high"
    params = ("exempt_words",)
    kinds = ("payment",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        works = context.works
        exempt = tuple(params["exempt_words"])
        mismatched: dict[tuple[int, str], list[PaymentRow]] = defaultdict(list)
        items: dict[int, WorkItem] = {}
        vias: dict[tuple[int, str], set[str]] = defaultdict(set)
        outgoing = sum(1 for p in context.payments if p.is_outgoing)
        outcome.skip("没有关联到合同或项目", outgoing - len(works.links))
        for link in works.links.values():
            payment, item = link.payment, link.item
            if not payment.identity or not item.identity:
                outcome.skip("收款人或合同相对方未写明")
                continue
            outcome.evaluated += 1
            if payment.identity in works.parties_of(item):
                continue
            if contains_any(payment.summary, exempt) or contains_any(payment.account, exempt):
                continue
            key = (id(item), payment.identity)
            mismatched[key].append(payment)
            items[id(item)] = item
            vias[key].add(link.via)
        for (item_key, identity), payments in mismatched.items():
            outcome.add(self._flag(context, items[item_key], identity, payments, vias[(item_key, identity)]))
        return outcome

    def _flag(self, context: ScanContext, item: WorkItem, identity: str, payments: list[PaymentRow],
              vias: set[str]) -> Flag:
        contractor = context.label(item.identity, item.party)
        payee = context.label(identity, payments[0].party)
        contractor_text = context.party_text(item.identity, item.rows)
        payee_text_full = context.party_text(identity, payments)
        total = sum(p.amount or 0 for p in payments)
        person = is_person_name(payments[0].party or "") and not is_person_name(item.party or "")
        payee_text = f"{payee}（个人）" if person else payee
        payee_full = f"{payee_text_full}（个人）" if person else payee_text_full
        role = "乙方" if item.contracts else "施工单位"
        how = "、".join(VIA_LABELS[v] for v in sorted(vias))
        title = f"{item.village} {quoted(item.title)} 的款项付给了 {payee_text}，{role}为 {contractor}"
        lines = [f"{item.village} {quoted(item.title)}的{role}是 {contractor_text}，但 {len(payments)} 笔付款"
                 f"（共 {money(total)}，按{how}关联）付给了 {payee_full}，请核实收款人与合同相对方不一致的原因。"]
        lines += [f"· {p.date or '日期不详'} {money(p.amount)} {p.summary or ''}".rstrip() for p in payments]
        return Flag(self.id, self.severity, item.village, title, "\n".join(lines), total,
                    evidence([*item.rows, *payments]))
