"""Rule date_order: work before the decision, before the contract (or finished before it); payment before the contract."""

from __future__ import annotations

import datetime as dt
from typing import Any

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ContractRow, ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import money, quoted
from xuncha.rules.works import WorkIndex, WorkItem, is_income_contract


class DateOrder(Rule):
    """日期顺序颠倒：先施工后决策、先施工后签合同、先付款后签合同。

    问题 (What it catches):
        工程在村民代表会议决策之前就开工（先干后议），合同在开工之后才签订（补签合同），
        或者款项在合同签订之前就已支付。

    方法 (Method):
        对每一项工作（工程项目与它自己的合同合并）比较日期，早于 ``tolerance_days`` 天以上
        才算颠倒：
        1. 工程项目的开工日期或它的合同签订日期早于决策日期 → 先施工（签约）后决策；
        2. 合同的开始（开工）日期早于签订日期，或项目开工早于为它签订的合同 → 先施工后签合同；
           不知道开工日期时，项目竣工日期早于合同签订日期 → 完工后补签合同；
        3. 与这项工作关联的支出（按合同编号、项目栏或摘要中的工程名称关联）日期早于合同
           签订日期 → 先付款后签合同，同一合同的几笔提前付款合为一条提示。

    为什么重要 (Why it matters):
        “四议两公开”要求先决策后实施。安吉案例中村书记“未召开村民代表大会讨论决议”就把
        工程交给他人；婺城原埠头村在开工之后才组织招标；全椒县村干部“补做会议记录、补签
        购销合同”报销货款；鹤山一事一议项目在申请之前就已开工。

    参数 (Parameters):
        tolerance_days：允许的日期误差（天），默认 0：任何颠倒都提示（DOMAIN 目录第 9、10 条）。

    排除 (Exclusions):
        日期缺失的记录（计入“不适用”）；同一天的日期；租赁、发包等收入合同；
        没有关联到合同的支出。

    示例 (Example):
        马吉村“吴家道自然村道路硬化”2023-03-01 开工，村民代表会议决策日期为 2023-03-20，
        开工早于决策 19 天 → 请核实是否先施工后决策。
    """

    id = "date_order"
    name = "先干后议、先施工后签合同"
    severity = "medium"
    params = ("tolerance_days",)
    kinds = ("project", "contract")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        slack = dt.timedelta(days=int(params["tolerance_days"]))
        works = context.works
        for item in works.items:
            checks = [self._before_decision(item, slack), *self._before_contract(item, slack),
                      self._paid_before_contract(item, works, slack)]
            flags = [flag for flag in checks if flag is not None]
            if any(_dated(row) for row in item.rows):
                outcome.evaluated += len(item.rows)
            else:
                outcome.skip("缺少日期", len(item.rows))
            for flag in flags:
                outcome.add(flag)
        outcome.skip("收入合同（租赁、发包）不比较", sum(map(is_income_contract, context.contracts)))
        return outcome

    def _before_decision(self, item: WorkItem, slack: dt.timedelta) -> Flag | None:
        """Work started, or its contract signed, before the village decided on it."""
        project = item.project
        if project is None or not project.decided_on:
            return None
        decided = project.decided_on
        facts: list[str] = []
        early_dates: list[dt.date] = []
        if project.started_on and project.started_on + slack < decided:
            facts.append(f"于 {project.started_on} 开工")
            early_dates.append(project.started_on)
        early_contracts = [c for c in item.contracts if c.signed_on and c.signed_on + slack < decided]
        for contract in early_contracts:
            facts.append(f"合同{quoted(contract.title)}于 {contract.signed_on} 签订")
            early_dates.append(contract.signed_on)  # type: ignore[arg-type]
        if not facts:
            return None
        rows: list[Any] = [project, *early_contracts]
        days = (decided - min(early_dates)).days
        what = "开工" if project.started_on and project.started_on + slack < decided else "签约"
        title = f"{item.village} {quoted(project.name)} {what}早于决策 {days} 天"
        detail = (f"{item.village} 的工程项目{quoted(project.name)}{'，'.join(facts)}，"
                  f"而决策（村民代表会议）日期为 {decided}，早了 {days} 天，请核实是否先施工后决策。")
        return Flag(self.id, self.severity, item.village, title, detail, item.amount, evidence(rows))

    def _before_contract(self, item: WorkItem, slack: dt.timedelta) -> list[Flag]:
        flags: list[Flag] = []
        for contract in item.contracts:
            started, rows = _start_of(item, contract)
            if started is None:
                flag = self._after_completion(item, contract, slack)
                if flag is not None:
                    flags.append(flag)
                continue
            if contract.signed_on is None or started + slack >= contract.signed_on:
                continue
            days = (contract.signed_on - started).days
            title = f"{item.village} 合同{quoted(contract.title)} 签订晚于开工 {days} 天"
            detail = (f"{item.village} 与 {contract.counterparty or '（未写明）'} 的合同{quoted(contract.title)}"
                      f"于 {contract.signed_on} 签订，而工程已于 {started} 开工，签订晚于开工 {days} 天，"
                      "请核实是否先施工后签合同（补签合同）。")
            flags.append(Flag(self.id, self.severity, item.village, title, detail, contract.amount,
                              evidence(rows)))
        return flags

    def _after_completion(self, item: WorkItem, contract: ContractRow, slack: dt.timedelta) -> Flag | None:
        """No start date known, but the project was finished before its contract was signed."""
        project = item.project
        if project is None or project.finished_on is None or contract.signed_on is None \
                or project.finished_on + slack >= contract.signed_on:
            return None
        days = (contract.signed_on - project.finished_on).days
        title = f"{item.village} 合同{quoted(contract.title)} 签订晚于竣工 {days} 天"
        detail = (f"{item.village} 与 {contract.counterparty or '（未写明）'} 的合同{quoted(contract.title)}"
                  f"于 {contract.signed_on} 签订，而工程项目{quoted(project.name)}已于 {project.finished_on} 竣工，"
                  f"签订晚于竣工 {days} 天，请核实是否完工后补签合同。")
        return Flag(self.id, self.severity, item.village, title, detail, contract.amount,
                    evidence([project, contract]))

    def _paid_before_contract(self, item: WorkItem, works: WorkIndex, slack: dt.timedelta) -> Flag | None:
        signed = item.signed_on
        if signed is None:
            return None
        early = [link.payment for link in works.payments_for(item)
                 if link.payment.date is not None and link.payment.date + slack < signed]
        if not early:
            return None
        total = sum(p.amount or 0 for p in early)
        days = (signed - min(p.date for p in early)).days  # type: ignore[type-var, operator]
        title = f"{item.village} {quoted(item.title)} 有 {len(early)} 笔付款早于合同签订"
        lines = [f"{item.village} 的{quoted(item.title)}合同于 {signed} 签订，"
                 f"此前已有 {len(early)} 笔付款共 {money(total)}（最早的早 {days} 天），请核实是否先付款后签合同。"]
        lines += [f"· {p.date} {money(p.amount)} {p.summary or ''}".rstrip() for p in early]
        return Flag(self.id, self.severity, item.village, title, "\n".join(lines), total,
                    evidence([*item.contracts, *early]))


def _start_of(item: WorkItem, contract: ContractRow) -> tuple[dt.date | None, list]:
    """When the work under a contract started: the earlier of its own start date and its project's.

    A contract's term often begins on the day it is signed while the project
    ledger records that the work had begun weeks before: the project's
    start is then the one that shows the contract came late.
    """
    starts: list[tuple[dt.date, list]] = []
    if contract.started_on is not None:
        starts.append((contract.started_on, [contract]))
    if item.project is not None and item.project.started_on is not None:
        starts.append((item.project.started_on, [item.project, contract]))
    if not starts:
        return None, []
    return min(starts, key=lambda start: start[0])


def _dated(row: object) -> bool:
    return any(getattr(row, name, None) for name in ("decided_on", "started_on", "signed_on"))
