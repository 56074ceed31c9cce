"""Rule split_contract: one job split into pieces that each stay under the tendering line."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from rapidfuzz import fuzz

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import money, money_near, place_words, reached, subject_key, yuan
from xuncha.rules.works import WorkItem

MAX_WINDOW_ITEMS = 200
"""Compare an item with at most this many later items of its group: bounds the worst case."""
DATE_KINDS = (("started", "开工日期"), ("signed", "签订日期"), ("decided", "决策日期"))
"""Dates compared like with like, in this order of preference."""
EARLIEST = "各自最早记载的日期（决策、开工或签订）"


class SplitContract(Rule):
    """同一村、同一单位在短期内的几笔相近工程，单笔都低于招标标准，合计达到或超过它。

    问题 (What it catches):
        化整为零、规避招标：一项工程被拆成几份合同（或几个项目），每份都低于公开招标
        （或村民代表会议决议）的金额线，合计却达到或超过这条线。

    方法 (Method):
        1. 把工程项目和为它签订的合同合并为“一项工作”（同一项目与它自己的合同不算两笔）；
           租赁、发包等村集体收钱的合同不参加。
        2. 按“村 + 往来单位身份”分组（同一单位的不同写法视为同一单位），按日期排序。
        3. 把单笔低于 ``threshold_yuan`` 的工作两两比较日期，同类日期相比：两项都有开工日期的
           比开工日期，都有合同签订日期的比签订日期，都有决策日期的比决策日期，其中任何一类
           相隔不超过 ``window_days`` 天即为时间相近（一项只有 1 月的决策日期、另一项只有 7 月的
           开工日期时，不拿决策日期去比开工日期；两项没有同类日期时，才比各自最早记载的日期）。
        4. 时间相近的两项，名称去掉年份、本村村名、期次/标段等字样后相似度不低于
           ``min_title_similarity``，或含有相同的地名（如“吴家道自然村”“三组”），或名称缺失，
           就视为可能是同一工程。
        5. 相连的几项工作合计达到 ``threshold_yuan``，就提示一次，写明比较的是哪一类日期、相隔
           几天，列出每一笔的金额、日期和名称。

    为什么重要 (Why it matters):
        招标投标法第四条禁止将依法必须招标的项目化整为零规避招标（第四十九条罚则）。
        村级小微工程的金额线由地方规定：浙江安吉的案例中，村书记把一项工程分成
        9.05万 + 9.34万 两笔付给同一公司，正是为了不超过 10万 的公开招投标标准。

    参数 (Parameters):
        threshold_yuan：公开招标/村民代表会议决议的金额线（元），默认 10万，来自安吉案例
        与岳阳地区村级工程制度（地方做法，不是全国统一规定）。
        window_days：几笔工作签订的时间窗口（天），默认 180，我们的假设。
        min_title_similarity：名称相似度下限（0–100），默认 60，我们的假设。

    排除 (Exclusions):
        单笔已达到金额线的工作（那是“应招未招”规则的事）；名称明显不同的工作
        （如“文化礼堂装修”和“河道清淤”）；项目台账与合同台账中同一工程的两行；
        租赁、发包等收入合同；不同村或不同单位的工作。

    示例 (Example):
        石桥村 与 宏达建设 的 2 笔合同（9.05万 + 9.34万）签订日期相隔 23 天，合计 18.39万，
        超过 10万 公开招标标准 → 提示“请核实是否同一工程拆分”。合计恰好 10万 时写“达到”。
    """

    id = "split_contract"
    name = "化整为零规避招标"
    severity = "high"
    params = ("threshold_yuan", "window_days", "min_title_similarity")
    kinds = ("project", "contract")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        threshold = yuan(params["threshold_yuan"])
        groups: dict[tuple[str, str], list[WorkItem]] = defaultdict(list)
        for item in context.works.items:
            rows = len(item.rows)
            if not item.identity:
                outcome.skip("缺少往来单位", rows)
            elif item.amount is None or item.date is None:
                outcome.skip("缺少金额或日期", rows)
            else:
                outcome.evaluated += rows
                if item.amount < threshold:
                    groups[(item.village, item.identity)].append(item)
        for (village, identity), items in groups.items():
            if len(items) < 2:
                continue
            for cluster in _clusters(items, params):
                total = sum(item.amount or 0 for item in cluster)
                if total >= threshold:
                    outcome.add(self._flag(context, village, identity, cluster, total, threshold,
                                           int(params["window_days"])))
        return outcome

    def _flag(self, context: ScanContext, village: str, identity: str, cluster: list[WorkItem],
              total: int, threshold: int, window: int) -> Flag:
        kind, label = _cluster_basis(cluster, window)
        cluster = sorted(cluster, key=lambda item: _basis_date(item, kind))
        dates = [_basis_date(item, kind) for item in cluster]
        rows = [row for item in cluster for row in item.rows]
        party = context.label(identity, cluster[0].party)
        party_text = context.party_text(identity, rows)
        days = (dates[-1] - dates[0]).days
        signed = all(item.contracts for item in cluster)
        count = f"{len(cluster)} 笔{'合同' if signed else '工程'}"
        amounts = " + ".join(money_near(item.amount, threshold) for item in cluster)
        verb = reached(total, threshold)
        title = f"{village} {party} {count}合计 {money_near(total, threshold)}，单笔均低于 {money(threshold)}"
        lines = [
            f"{village} 与 {party_text} 的 {count}（{amounts}）{label}相隔 {days} 天，"
            f"合计 {money_near(total, threshold)}，{verb} {money(threshold)} 公开招标标准，"
            "请核实是否同一工程拆分。",
        ]
        for item, day in zip(cluster, dates):
            which = f"（{_kind_label(item, day)}）" if kind == "earliest" else ""
            lines.append(f"· {day.isoformat()}{which} {money_near(item.amount, threshold)} {item.title or '（无名称）'}")
        return Flag(self.id, self.severity, village, title, "\n".join(lines), total, evidence(rows))


def work_dates(item: WorkItem) -> dict[str, dt.date]:
    """A piece of work's dates by kind: started (the project's, else its contracts'), signed, decided."""
    found: dict[str, dt.date] = {}
    project = item.project
    starts = [c.started_on for c in item.contracts if c.started_on]
    if project is not None and project.started_on:
        found["started"] = project.started_on
    elif starts:
        found["started"] = min(starts)
    if item.signed_on:
        found["signed"] = item.signed_on
    if project is not None and project.decided_on:
        found["decided"] = project.decided_on
    return found


def _close(first: dict[str, dt.date], second: dict[str, dt.date], earliest: tuple[dt.date, dt.date],
           window: int) -> bool:
    """Close in time, comparing like with like; the earliest dates only when no kind is shared."""
    shared = [kind for kind, _ in DATE_KINDS if kind in first and kind in second]
    if not shared:
        return abs((earliest[1] - earliest[0]).days) <= window
    return any(abs((second[kind] - first[kind]).days) <= window for kind in shared)


def _cluster_basis(cluster: list[WorkItem], window: int) -> tuple[str, str]:
    """The kind of date a flag states for its pieces: one they all have, preferably within the window."""
    dated = [work_dates(item) for item in cluster]
    common = [(kind, label) for kind, label in DATE_KINDS if all(kind in dates for dates in dated)]
    for kind, label in common:
        days = [dates[kind] for dates in dated]
        if (max(days) - min(days)).days <= window:
            return kind, label
    return common[0] if common else ("earliest", EARLIEST)


def _basis_date(item: WorkItem, kind: str) -> dt.date:
    if kind == "earliest":
        return item.date  # type: ignore[return-value]  # the caller kept dated items only
    return work_dates(item)[kind]


def _kind_label(item: WorkItem, day: dt.date) -> str:
    dates = work_dates(item)
    for kind, label in DATE_KINDS:
        if dates.get(kind) == day:
            return label.removesuffix("日期")
    return "日期"


def _clusters(items: list[WorkItem], params: Params) -> list[list[WorkItem]]:
    """Groups of items that are close in time and alike in subject (union of alike pairs)."""
    window = int(params["window_days"])
    min_similarity = float(params["min_title_similarity"])
    items = sorted(items, key=lambda item: item.date)  # type: ignore[arg-type, return-value]
    dates = [work_dates(item) for item in items]
    latest = [max([*d.values(), item.date]) for d, item in zip(dates, items)]  # type: ignore[type-var]
    keys = [subject_key(item.title, item.village) for item in items]
    places = [place_words(item.title) for item in items]
    parent = list(range(len(items)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for i, first in enumerate(items):
        last = min(len(items), i + 1 + MAX_WINDOW_ITEMS)
        for j in range(i + 1, last):
            # Items are sorted by their earliest date: once a later item's earliest date is more
            # than a window after this item's latest date, no date of theirs can be close.
            if (items[j].date - latest[i]).days > window:  # type: ignore[operator]
                break
            if not _close(dates[i], dates[j], (first.date, items[j].date), window):  # type: ignore[arg-type]
                continue
            if _alike(keys[i], keys[j], places[i], places[j], min_similarity):
                parent[root(j)] = root(i)
    clusters: dict[int, list[WorkItem]] = defaultdict(list)
    for index, item in enumerate(items):
        clusters[root(index)].append(item)
    return [cluster for cluster in clusters.values() if len(cluster) >= 2]


def _alike(key_a: str, key_b: str, places_a: set[str], places_b: set[str], min_similarity: float) -> bool:
    """Two subjects that may be one job: similar names, a shared place, or a name missing."""
    if not key_a or not key_b:
        return True
    if places_a & places_b:
        return True
    return fuzz.ratio(key_a, key_b) >= min_similarity
