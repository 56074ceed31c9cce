"""Rule threshold_hugging: amounts set just under a procurement tier."""

from __future__ import annotations

from collections import defaultdict

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import money, money_near, percent, quoted, yuan
from xuncha.rules.works import WorkItem


class ThresholdHugging(Rule):
    """合同或工程金额落在某一金额档位下方 10% 以内（卡线）。

    问题 (What it catches):
        金额紧贴招标、比选或决策的金额线，例如 9.8万 对 10万 的线：可能是为了不走
        更严格的程序而把金额压在线下。

    方法 (Method):
        1. 把工程项目与它自己的合同合并为一项工作，不计租赁、发包等收入合同。
        2. 对每个档位 T（``tiers_yuan``），金额在 [``ratio`` × T, T) 之内即为卡线；
           恰好等于 T 的金额不算卡线。
        3. 同一村同一单位有 ``repeat_min`` 笔以上卡线，合并为一条“反复卡线”提示（中）；
           其余每笔单独提示（低），若该村卡线的工作达到 ``village_repeat_min`` 笔，提为中。

    为什么重要 (Why it matters):
        “多笔合同集中在采购金额线下方”是国际通行的围标、规避招标信号（IACRC、OCP
        红旗指标）；安吉案例的两笔 9.05万、9.34万 都在 10万 线下 10% 以内。

    参数 (Parameters):
        tiers_yuan：金额档位（元），默认 5万、10万、20万、50万：5万 为安徽乡村工程排查线、
        岳阳村级邀请竞标线，10万 为安吉、岳阳的公开招标线，20万、50万 为村级采购流程图中的
        限额平台与镇级交易中心档位（均为地方做法）。
        ratio：卡线区间的下沿比例，默认 0.9，我们的假设。
        repeat_min：同一单位在同一村卡线达到几笔算“反复”，默认 2，我们的假设。
        village_repeat_min：同一村卡线达到几笔时提高提示级别，默认 3，我们的假设。

    排除 (Exclusions):
        恰好等于档位的金额；低于 ``ratio`` × 档位的金额；项目台账与合同台账中同一工程只算一笔；
        收款记录（分期付款的金额不代表合同金额）。

    示例 (Example):
        石桥村 与 宏达建设 有 2 笔合同金额紧贴 10万 线（9.05万、9.34万）→ 反复卡线（中）；
        吴家道村“村道修补”9.8万 → 金额为 10万 档位的 98%（低）；99,999.99 元写作
        “99,999.99元，为 10万 档位的 99.99%”，不会四舍五入成“10万”“100%”。
    """

    id = "threshold_hugging"
    name = "临界金额（卡线）"
    severity = "low"
    params = ("tiers_yuan", "ratio", "repeat_min", "village_repeat_min")
    kinds = ("project", "contract")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        tiers = sorted(yuan(t) for t in params["tiers_yuan"])
        ratio = float(params["ratio"])
        hugging: list[tuple[WorkItem, int]] = []
        for item in context.works.items:
            if item.amount is None:
                outcome.skip("缺少金额", len(item.rows))
                continue
            outcome.evaluated += len(item.rows)
            tier = _tier_hugged(item.amount, tiers, ratio)
            if tier is not None:
                hugging.append((item, tier))
        by_party: dict[tuple[str, str], list[tuple[WorkItem, int]]] = defaultdict(list)
        by_village: dict[str, int] = defaultdict(int)
        for item, tier in hugging:
            by_party[(item.village, item.identity or f"#{id(item)}")].append((item, tier))
            by_village[item.village] += 1
        for (village, identity), group in by_party.items():
            if _has_party(group) and len(group) >= int(params["repeat_min"]):
                outcome.add(self._repeated(context, village, identity, group))
                continue
            for item, tier in group:
                loud = by_village[village] >= int(params["village_repeat_min"])
                outcome.add(self._single(context, item, tier, by_village[village] if loud else 0))
        return outcome

    def _repeated(self, context: ScanContext, village: str, identity: str,
                  group: list[tuple[WorkItem, int]]) -> Flag:
        items = [item for item, _ in group]
        rows = [row for item in items for row in item.rows]
        party = context.label(identity, items[0].party)
        tiers = sorted({tier for _, tier in group})
        amounts = "、".join(money_near(item.amount, tier) for item, tier in group)
        total = sum(item.amount or 0 for item in items)
        title = f"{village} {party} {len(items)} 笔金额紧贴 {'、'.join(money(t) for t in tiers)} 档位"
        lines = [f"{village} 与 {context.party_text(identity, rows)} 有 {len(items)} 笔工作金额"
                 f"落在档位线下方（{amounts}），请核实金额是否为避开招标或决策程序而定。"]
        lines += [f"· {item.day} {money_near(item.amount, tier)}（{money(tier)} 档位的 "
                  f"{percent(item.amount / tier)}） {quoted(item.title)}" for item, tier in group]  # type: ignore[operator]
        return Flag(self.id, "medium", village, title, "\n".join(lines), total, evidence(rows))

    def _single(self, context: ScanContext, item: WorkItem, tier: int, village_count: int) -> Flag:
        party = context.party_text(item.identity, item.rows)
        share = percent(item.amount / tier)  # type: ignore[operator]
        amount = money_near(item.amount, tier)
        title = f"{item.village} {quoted(item.title)} {amount}，为 {money(tier)} 档位的 {share}"
        detail = (f"{item.village} 与 {party} 的{item.noun}{quoted(item.title)}（{item.day}）"
                  f"金额 {amount}，"
                  f"为 {money(tier)} 档位的 {share}，请核实金额是否为避开该档位的程序而定。")
        severity = self.severity
        if village_count:
            detail += f"本村共有 {village_count} 笔工作金额紧贴档位线。"
            severity = "medium"
        return Flag(self.id, severity, item.village, title, detail, item.amount, evidence(item.rows))


def _tier_hugged(amount: int, tiers: list[int], ratio: float) -> int | None:
    for tier in tiers:
        if ratio * tier <= amount < tier:
            return tier
    return None


def _has_party(group: list[tuple[WorkItem, int]]) -> bool:
    return bool(group[0][0].identity)

