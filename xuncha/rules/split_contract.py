"""Rule split_contract: one job split into pieces that each stay under the tendering line."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import money, money_near, place_words, reached, subject_key, yuan
from xuncha.rules.works import WorkItem

MAX_WINDOW_ITEMS = 200
"""A window holds at most this many works besides the one that opens it: bounds the worst case."""
DATE_KINDS = (("started", "开工日期"), ("signed", "签订日期"), ("decided", "决策日期"))
"""Dates compared like with like, in this order of preference."""
EARLIEST = "各自最早记载的日期（决策、开工或签订）"
BASES = (*(kind for kind, _ in DATE_KINDS), "earliest")
"""Kinds of date a cluster is windowed on, preferred first; the earliest dates come last."""


class SplitContract(Rule):
    """同一村、同一单位在短期内的几笔相近工程，单笔都低于招标标准，合计达到或超过它。

    问题 (What it catches):
        化整为零、规避招标：一项工程被拆成几份合同（或几个项目），每份都低于公开招标
        （或村民代表会议决议）的金额线，合计却达到或超过这条线。

    方法 (Method):
        1. 把工程项目和为它签订的合同合并为“一项工作”（同一项目与它自己的合同不算两笔）；
           租赁、发包等村集体收钱的合同不参加。
        2. 按“村 + 往来单位身份”分组（同一单位的不同写法视为同一单位），按日期排序。
        3. 只看单笔低于 ``threshold_yuan`` 的工作。一组工作要算作一次提示，它们的同一类日期
           必须都落在一个 ``window_days`` 天的时间窗口内（最早与最晚相隔不超过 ``window_days`` 天），
           而不是“相邻两项各差不超过窗口”一环接一环地连下去：三项工作各隔 152 天，前后跨 304 天，
           不算一组。同类日期相比，依次试开工日期、合同签订日期、决策日期（一项只有 1 月的决策
           日期、另一项只有 7 月的开工日期时，不拿决策日期去比开工日期）；两项没有同类日期时，
           才比各自最早记载的日期。
        4. 按日期先后逐项看（滑动窗口）：还没有被提示过的一项，从它的日期起开一个 ``window_days``
           天的窗口（它前后 ``window_days`` 天内各项合计都不到 ``threshold_yuan`` 的，不比名称，直接跳过），
           找出窗口内与它相近的工作——名称去掉年份、本村村名、期次/标段等字样后相似度不低于 ``min_title_similarity``，
           或含有相同的地名（如“吴家道自然村”“三组”，或紧跟村名、写在名称开头的村民小组名“张庄组”）或同一处村集体房屋（如“村部”“文化礼堂”：
           “村部会议室改造”“村部屋面防漏”“村部外墙粉刷”是同一幢房屋的工程），或名称缺失，就视为可能是同一工程，能这样
           相互连上的几项算一组。从它的日期起的窗口凑不够金额线时，把窗口往前挪，依次从更早的
           相近工作的日期起算（仍须包含它），取第一个够线的窗口，免得一串工作的最后几笔漏掉。
        5. 一组合计达到 ``threshold_yuan`` 就提示一次，写明比较的是哪一类日期、最早与最晚相隔几天
           （不超过窗口），列出每一笔的金额、日期和名称。已经在某一组里的工作不再另开窗口：同一单位
           一长串相近的工作，按窗口分成几次提示，既不连成一串，也不是每一项各提示一次；前后两组
           可能共用几项（例如各隔 152 天的三项，第 1、2 项一组，第 2、3 项一组；各隔 60 天的
           六项，第 1–4 项一组，第 4–6 项一组）。

    为什么重要 (Why it matters):
        招标投标法第四条禁止将依法必须招标的项目化整为零规避招标（第四十九条罚则）。
        村级小微工程的金额线由地方规定：浙江安吉的案例中，村书记把一项工程分成
        9.05万 + 9.34万 两笔付给同一公司，正是为了不超过 10万 的公开招投标标准。

    参数 (Parameters):
        threshold_yuan：公开招标/村民代表会议决议的金额线（元），默认 10万，来自安吉案例
        与岳阳地区村级工程制度（地方做法，不是全国统一规定）。
        window_days：一组工作的同一类日期（开工、签订或决策）最早与最晚之间最多相隔的天数，
        默认 180，我们的假设。
        min_title_similarity：名称相似度下限（0–100），默认 60，我们的假设。

    排除 (Exclusions):
        单笔已达到金额线的工作（那是“应招未招”规则的事）；最早与最晚相隔超过 ``window_days`` 天的一串工作
        （即使相邻两项都很近，也只在窗口内的部分提示）；名称明显不同的工作
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
            for kind, cluster in _clusters(items, params, threshold):
                total = sum(item.amount or 0 for item in cluster)
                outcome.add(self._flag(context, village, identity, kind, cluster, total, threshold))
        return outcome

    def _flag(self, context: ScanContext, village: str, identity: str, kind: str, cluster: list[WorkItem],
              total: int, threshold: int) -> Flag:
        label = _basis_label(kind)
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


def _basis_date(item: WorkItem, kind: str) -> dt.date:
    if kind == "earliest":
        return item.date  # type: ignore[return-value]  # the caller kept dated items only
    return work_dates(item)[kind]


def _basis_label(kind: str) -> str:
    return dict(DATE_KINDS).get(kind, EARLIEST)


def _kind_label(item: WorkItem, day: dt.date) -> str:
    dates = work_dates(item)
    for kind, label in DATE_KINDS:
        if dates.get(kind) == day:
            return label.removesuffix("日期")
    return "日期"


class _Group:
    """One party's small works in one village, with what the window search asks of them."""

    def __init__(self, items: list[WorkItem], params: Params) -> None:
        self.items = items
        self.window = int(params["window_days"])
        self.min_similarity = float(params["min_title_similarity"])
        self.dates = [work_dates(item) for item in items]
        self.keys = [subject_key(item.title, item.village) for item in items]
        self.places = [place_words(item.title) for item in items]
        self._alike: dict[tuple[int, int], bool] = {}

    def day(self, index: int, basis: str) -> dt.date:
        if basis == "earliest":
            return self.items[index].date  # type: ignore[return-value]  # the caller kept dated items only
        return self.dates[index][basis]

    def has(self, index: int, basis: str) -> bool:
        return basis == "earliest" or basis in self.dates[index]

    def linked(self, first: int, second: int, basis: str) -> bool:
        """May be one job, judged on this kind of date.

        Like is compared with like: the earliest dates only stand in for two
        works that share no kind of date (a 1 月 decision is never set against
        a 7 月 start).
        """
        if basis == "earliest" and self.dates[first].keys() & self.dates[second].keys():
            return False
        pair = (min(first, second), max(first, second))
        if pair not in self._alike:
            self._alike[pair] = _alike(self.keys[first], self.keys[second], self.places[first],
                                       self.places[second], self.min_similarity)
        return self._alike[pair]


def _clusters(items: list[WorkItem], params: Params, threshold: int) -> list[tuple[str, list[WorkItem]]]:
    """Sets of alike works whose dates of one kind all fall within one window, as (kind of date, works).

    A sweep in date order (PERF.md §6 slides a window the same way): each work not yet in a
    set opens a window at its date, and the alike works of that window form a set when they
    reach the threshold. Failing that, the window moves back to start at an earlier alike
    work, so that the last pieces of a run are not lost. A work already in a set opens no
    window, so a long run of alike works gives one set per window, not one per work and not
    one chain.
    """
    group = _Group(items, params)
    taken: set[int] = set()
    found: list[tuple[str, list[WorkItem]]] = []
    for basis in BASES:  # in order of preference: a set found on the start dates is not found again
        for members in _sweep(group, basis, threshold, taken):
            taken.update(members)
            found.append((basis, [items[i] for i in sorted(members)]))
    return found


def _sweep(group: _Group, basis: str, threshold: int, taken: set[int]) -> Iterator[list[int]]:
    """The sets one kind of date gives; ``taken`` grows as the caller records them."""
    pool = sorted((i for i in range(len(group.items)) if group.has(i, basis)), key=lambda i: group.day(i, basis))
    days = [group.day(i, basis) for i in pool]
    span = dt.timedelta(days=group.window)
    for position, anchor in enumerate(pool):
        if anchor in taken:
            continue
        before = pool[bisect_left(days, days[position] - span, hi=position):position][-MAX_WINDOW_ITEMS:]
        after = pool[position + 1:bisect_right(days, days[position] + span, lo=position)][:MAX_WINDOW_ITEMS]
        around = before + [anchor] + after
        if not _reaches(around, group, threshold):
            continue  # even all works around it stay under the line: no need to compare titles
        near = _linked_to(anchor, around, group, basis)
        if not _reaches(near, group, threshold):
            continue  # no window around this work can hold more than its linked neighbours
        members = _first_window(anchor, near, group, basis, threshold)
        if members:
            yield members


def _first_window(anchor: int, near: list[int], group: _Group, basis: str, threshold: int) -> list[int] | None:
    """The set of the latest-starting window that holds ``anchor`` and reaches the threshold.

    The window opening at the work's own date comes first; when it falls short, it moves back
    one linked neighbour at a time, so the last pieces of a run join the works before them.
    """
    anchor_day = group.day(anchor, basis)
    span = dt.timedelta(days=group.window)
    starts = {group.day(i, basis) for i in near if group.day(i, basis) <= anchor_day}
    for start in sorted(starts, reverse=True):
        window = [i for i in near if start <= group.day(i, basis) <= start + span]
        members = _linked_to(anchor, window, group, basis)
        if _reaches(members, group, threshold):
            return members
    return None


def _reaches(members: list[int], group: _Group, threshold: int) -> bool:
    return len(members) >= 2 and sum(group.items[i].amount or 0 for i in members) >= threshold


def _linked_to(anchor: int, window: list[int], group: _Group, basis: str) -> list[int]:
    """The works of a window reached from ``anchor`` through alike pairs (names, places)."""
    members = [anchor]
    todo = [anchor]
    remaining = [i for i in window if i != anchor]
    while todo and remaining:
        current = todo.pop()
        rest = []
        for other in remaining:
            if group.linked(current, other, basis):
                members.append(other)
                todo.append(other)
            else:
                rest.append(other)
        remaining = rest
    return members


def _alike(key_a: str, key_b: str, places_a: set[str], places_b: set[str], min_similarity: float) -> bool:
    """Two subjects that may be one job: similar names, a shared place, or a name missing."""
    if not key_a or not key_b:
        return True
    if places_a & places_b:
        return True
    return fuzz.ratio(key_a, key_b) >= min_similarity
