"""Rule repeat_vendor: one counterparty winning a large share of a village's works."""

from __future__ import annotations

import datetime as dt
import statistics
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate
from typing import cast

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import money, percent
from xuncha.rules.works import WorkItem

MIN_PEERS_FOR_FENCE = 8
"""Quartiles of fewer repeat counterparties say nothing; the township check needs this many."""


@dataclass
class _Window:
    items: list[WorkItem]
    village_count: int
    village_amount: int
    first_day: dt.date
    """Date of the first of the village's works counted in the window."""
    last_day: dt.date
    """Date of the last of the village's works counted in the window."""

    @property
    def count_share(self) -> float:
        return len(self.items) / self.village_count

    @property
    def amount(self) -> int:
        return sum(item.amount or 0 for item in self.items)

    @property
    def amount_share(self) -> float:
        return self.amount / self.village_amount if self.village_amount else 0.0

    @property
    def share(self) -> float:
        return max(self.count_share, self.amount_share)


class RepeatVendor(Rule):
    """同一单位在一段时间内承接了本村很大比例的工程或合同。

    问题 (What it catches):
        同一施工单位（或个人）反复承接本村工程：在一个时间窗口内，它占本村工作的件数
        或金额比例达到 ``min_share``，且至少 ``min_items`` 项；另外提示在全镇范围内承接
        件数明显偏多的单位。

    方法 (Method):
        1. 把工程项目与它自己的合同合并为一项工作，不计租赁、发包等收入合同；往来单位按
           身份比较（同一单位的不同写法视为同一单位）。
        2. 对每个村、每个单位，以它的每一项工作的日期为起点取 ``window_days`` 天的窗口，
           计算它在窗口内的件数占比和金额占比；提示写明的起止日期是窗口内计入的本村各项工作的
           最早和最晚日期，与“共有几项”对得上。
        3. 件数达到 ``min_items`` 且件数占比或金额占比达到 ``min_share`` 的窗口中，取件数最多的
           一个提示（中），列出其中每一项工作。
        4. ``township_outliers`` 打开时，再按全镇各单位承接件数计算上围栏
           Q3 + 1.5×IQR（与 Cardinal 指标 R025/R038 的做法相同；只统计承接 2 项以上的单位，
           一次性的单位不计），件数超过围栏、在 2 个以上村承接、且至少 ``min_items`` 项的
           单位提示一次（低）。这样的单位少于 8 个时不算围栏。

    为什么重要 (Why it matters):
        桐乡范桥村：村书记的朋友在 2017–2020 年承建了 46 个项目中的约一半，拿走全部工程款的
        61.36%。工程长期集中于一家，常常意味着没有真正的竞争，或者存在利益输送。

    参数 (Parameters):
        min_share：件数或金额占比下限，默认 0.3，我们的假设（参照桐乡案例的 50%、61%）。
        min_items：至少承接几项才提示，默认 3，我们的假设。
        window_days：统计窗口（天），默认 1826（5 年，即村民委员会一届任期；据 2018 年修正的
        村民委员会组织法第十一条，本项目未核对原文）。
        township_outliers：是否提示全镇范围的异常单位，默认 true，方法来自 Cardinal。

    排除 (Exclusions):
        承接不足 ``min_items`` 项的单位；缺少日期或往来单位的工作（计入“不适用”）；
        项目台账与合同台账中同一工程只算一项；收入合同。

    示例 (Example):
        桥埠港村 2021–2023 年共 8 项工程，其中 5 项由 恒通土石方 承接（63%），金额占 71%
        → 请核实这些工程的发包过程是否有真实竞争。
    """

    id = "repeat_vendor"
    name = "同一单位反复承接"
    severity = "medium"
    params = ("min_share", "min_items", "window_days", "township_outliers")
    kinds = ("project", "contract")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        by_village: dict[str, list[WorkItem]] = defaultdict(list)
        for item in context.works.items:
            if not item.identity or item.date is None:
                outcome.skip("缺少往来单位或日期", len(item.rows))
                continue
            outcome.evaluated += len(item.rows)
            by_village[item.village].append(item)
        for village, items in by_village.items():
            for window in _concentrated(items, params):
                outcome.add(self._village_flag(context, village, window))
        if params["township_outliers"]:
            for identity, items in _township_outliers(by_village, int(params["min_items"])):
                outcome.add(self._township_flag(context, identity, items))
        return outcome

    def _village_flag(self, context: ScanContext, village: str, window: _Window) -> Flag:
        items = window.items
        first = items[0]
        rows = [row for item in items for row in item.rows]
        party = context.label(first.identity, first.party)
        # The period is that of the works counted: the village's, not only this counterparty's.
        title = (f"{village} {party} 承接本村 {window.village_count} 项中的 {len(items)} 项"
                 f"（{percent(window.count_share)}），金额占 {percent(window.amount_share)}")
        lines = [f"{window.first_day} 至 {window.last_day}，{village} 共有 {window.village_count} 项工程/合同，"
                 f"{context.party_text(first.identity, rows)} 承接其中 {len(items)} 项"
                 f"（{percent(window.count_share)}），金额 {money(window.amount)}，"
                 f"占本村同期 {money(window.village_amount)} 的 {percent(window.amount_share)}，"
                 "请核实这些工作的发包过程是否有真实竞争。"]
        lines += [f"· {item.day} {money(item.amount)} {item.title or '（无名称）'}" for item in items]
        return Flag(self.id, self.severity, village, title, "\n".join(lines), window.amount, evidence(rows))

    def _township_flag(self, context: ScanContext, identity: str, items: list[WorkItem]) -> Flag:
        rows = [row for item in items for row in item.rows]
        party = context.label(identity, items[0].party)
        villages = sorted({item.village for item in items})
        total = sum(item.amount or 0 for item in items)
        title = f"{party} 在全镇 {len(villages)} 个村承接 {len(items)} 项工作，明显多于其他单位"
        detail = (f"{context.party_text(identity, rows)} 在 {'、'.join(villages)} 共承接 {len(items)} 项工程/合同，"
                  f"合计 {money(total)}，"
                  "件数超过全镇各单位的上围栏（Q3 + 1.5×IQR），请核实是否存在固定关系或挂靠。")
        # A township-wide clue belongs to no single village.
        return Flag(self.id, "low", "", title, detail, total, evidence(rows))


def _concentrated(items: list[WorkItem], params: Params) -> list[_Window]:
    """Per counterparty, its most concentrated window when it reaches the share."""
    window_days = dt.timedelta(days=int(params["window_days"]))
    min_items, min_share = int(params["min_items"]), float(params["min_share"])
    items = sorted(items, key=lambda item: item.date)  # type: ignore[arg-type, return-value]
    dates = cast(list[dt.date], [item.date for item in items])  # the caller kept dated items only
    amounts = [0, *accumulate(item.amount or 0 for item in items)]
    by_party: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_party[item.identity].append(index)
    found: list[_Window] = []
    for indexes in by_party.values():
        if len(indexes) < min_items:
            continue
        best: _Window | None = None
        party_dates = [dates[i] for i in indexes]
        for start, index in enumerate(indexes):
            end_date = dates[index] + window_days
            stop = bisect_right(party_dates, end_date)
            if stop - start < min_items:
                continue
            low, high = bisect_left(dates, dates[index]), bisect_right(dates, end_date)
            window = _Window([items[i] for i in indexes[start:stop]], high - low, amounts[high] - amounts[low],
                             dates[low], dates[high - 1])
            # Of the windows that reach the share, the one with the most items tells the whole story.
            if window.share >= min_share and (best is None or _fuller(window, best)):
                best = window
        if best is not None:
            found.append(best)
    return found


def _fuller(window: _Window, other: _Window) -> bool:
    return (len(window.items), window.share) > (len(other.items), other.share)


def _township_outliers(by_village: dict[str, list[WorkItem]], min_items: int) -> list[tuple[str, list[WorkItem]]]:
    by_party: dict[str, list[WorkItem]] = defaultdict(list)
    for items in by_village.values():
        for item in items:
            by_party[item.identity].append(item)
    # One-off counterparties are the long tail of every township; counting them would put
    # both quartiles at 1 and make every repeat counterparty an "outlier".
    counts = [len(items) for items in by_party.values() if len(items) >= 2]
    if len(counts) < MIN_PEERS_FOR_FENCE:
        return []
    q1, _, q3 = statistics.quantiles(counts, n=4)
    fence = q3 + 1.5 * (q3 - q1)
    return [
        (identity, sorted(items, key=lambda item: item.date))  # type: ignore[arg-type, return-value]
        for identity, items in by_party.items()
        if len(items) > fence and len(items) >= min_items and len({i.village for i in items}) >= 2
    ]
