"""Rule split_contract: one job split into pieces that each stay under the tendering line."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import joined_amounts, money, place_words, subject_key, yuan
from xuncha.rules.works import WorkItem

MAX_WINDOW_ITEMS = 200
"""Compare an item with at most this many later items of its group: bounds the worst case."""


class SplitContract(Rule):
    """同一村、同一单位在短期内的几笔相近工程，单笔都低于招标标准，合计达到或超过它。

    问题 (What it catches):
        化整为零、规避招标：一项工程被拆成几份合同（或几个项目），每份都低于公开招标
        （或村民代表会议决议）的金额线，合计却达到或超过这条线。

    方法 (Method):
        1. 把工程项目和为它签订的合同合并为“一项工作”（同一项目与它自己的合同不算两笔）；
           租赁、发包等村集体收钱的合同不参加。
        2. 按“村 + 往来单位身份”分组（同一单位的不同写法视为同一单位），按日期排序。
        3. 在 ``window_days`` 天的窗口内，把单笔低于 ``threshold_yuan`` 的工作两两比较：
           名称去掉年份、本村村名、期次/标段等字样后相似度不低于 ``min_title_similarity``，
           或含有相同的地名（如“吴家道自然村”“三组”），或名称缺失，就视为可能是同一工程。
        4. 相连的几项工作合计达到 ``threshold_yuan``，就提示一次，列出每一笔的金额、日期和名称。

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
        石桥村 与 宏达建设 的 2 笔合同（9.05万 + 9.34万）在 23 天内签订，合计 18.39万，
        超过 10万 公开招标标准 → 提示“请核实是否同一工程拆分”。
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
                    outcome.add(self._flag(context, village, identity, cluster, total, threshold))
        return outcome

    def _flag(self, context: ScanContext, village: str, identity: str, cluster: list[WorkItem],
              total: int, threshold: int) -> Flag:
        cluster = sorted(cluster, key=lambda item: item.date)  # type: ignore[arg-type, return-value]
        party = context.label(identity, cluster[0].party)
        days = (cluster[-1].date - cluster[0].date).days  # type: ignore[operator]
        signed = all(item.contracts for item in cluster)
        count = f"{len(cluster)} 笔{'合同' if signed else '工程'}"
        title = f"{village} {party} {count}合计 {money(total)}，单笔均低于 {money(threshold)}"
        lines = [
            f"{village} 与 {party} 的 {count}（{joined_amounts(i.amount for i in cluster)}）"
            f"在 {days} 天内先后{'签订' if signed else '发包'}，合计 {money(total)}，"
            f"超过 {money(threshold)} 公开招标标准，"
            "请核实是否同一工程拆分。",
        ]
        lines += [f"· {item.date.isoformat()} {money(item.amount)} {item.title or '（无名称）'}"  # type: ignore[union-attr]
                  for item in cluster]
        rows = [row for item in cluster for row in item.rows]
        return Flag(self.id, self.severity, village, title, "\n".join(lines), total, evidence(rows))


def _clusters(items: list[WorkItem], params: Params) -> list[list[WorkItem]]:
    """Groups of items that are close in time and alike in subject (union of alike pairs)."""
    window = int(params["window_days"])
    min_similarity = float(params["min_title_similarity"])
    items = sorted(items, key=lambda item: item.date)  # type: ignore[arg-type, return-value]
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
            if (items[j].date - first.date).days > window:  # type: ignore[operator]
                break
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
