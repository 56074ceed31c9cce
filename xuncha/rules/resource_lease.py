"""Rule resource_lease: leases too long, let privately, or far below the township's rent."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ResourceRow, ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import clean, contains_any, money, percent, quoted


class ResourceLease(Rule):
    """资源发包、租赁的期限超过上限，大面积以协议方式发包，或每亩租金远低于全镇同类中位数。

    问题 (What it catches):
        超期发包、私下协议发包、低价发包：集体的土地、水面、厂房以超长期限、不公开的方式
        或明显偏低的价格交给他人。

    方法 (Method):
        对每一条资源发包记录：
        1. 期限：资源类型含 ``land_words`` 的按土地上限 ``land_max_years`` 年，其余（房屋、厂房、
           店面等租赁）按 ``building_max_years`` 年；截止日期晚于“起始日期加上限年数”才提示，
           恰好等于上限的不提示。
        2. 方式：面积不小于 ``large_area_mu`` 亩，发包方式含 ``private_words``（协议、直接、
           指定等）且不含“公开”的，提示；“公开协商”是法定方式，不提示。
        3. 租金：按资源类型分组，计算全镇同类资源的每亩年租金中位数（至少 ``min_peers`` 条
           可比记录）；每亩租金低于中位数 × ``low_rent_ratio`` 的，提示。
        同一条记录的几个问题合为一条提示。

    为什么重要 (Why it matters):
        民法典第七百零五条：租赁期限不得超过二十年，超过部分无效；农村土地承包法第二十一条：
        耕地承包期为三十年。超长期限把集体收益锁死在旧价格上；“超期合同、低价发包合同”
        是巡察资料清单上的必查项。农村土地承包法第四十八条至第五十条规定以招标、拍卖、公开协商
        等方式发包，浙江省还要求达到一定金额的交易进入农村产权交易市场。

    参数 (Parameters):
        building_max_years：房屋、厂房等租赁及其他资源的期限上限（年），默认 20，来源：民法典第七百零五条。
        land_max_years：耕地、林地、园地、水面等土地的期限上限（年），默认 30，来源：农村土地承包法
        第二十一条（耕地承包期三十年）。
        land_words：按土地处理的资源类型用词，默认耕地、林地、园地、水面、鱼塘等，我们的整理。
        large_area_mu：“大面积”的下限（亩），默认 50，我们的假设。
        private_words：表示非公开方式的用词，默认协议、直接、指定、议价、私下、口头，我们的整理。
        low_rent_ratio：每亩租金低于同类中位数的比例，默认 0.5，我们的假设（DOMAIN 建议 0.6）。
        min_peers：计算中位数至少需要的同类记录数，默认 5，我们的假设。

    排除 (Exclusions):
        期限恰好等于上限；小块资源以协议方式发包；以公开协商、招标、拍卖、竞价方式发包；
        同类可比记录不足 ``min_peers`` 条时不比较租金；缺少日期、面积或租金的检查跳过。

    示例 (Example):
        桥埠港村 鱼塘 120 亩以“协议”方式发包给 张伟，期限 2015-01-01 至 2049-12-31（35 年），
        每亩年租金 150元，为全镇同类中位数 600元 的 25% → 请核实发包程序与定价。
    """

    id = "resource_lease"
    name = "资源发包异常（超期、协议、低价）"
    severity = "medium"
    params = ("building_max_years", "land_max_years", "land_words", "large_area_mu", "private_words",
              "low_rent_ratio", "min_peers")
    kinds = ("resource",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        medians = _median_rents(context.resources, int(params["min_peers"]))
        for resource in context.resources:
            checks = [_term_problem(resource, params), _method_problem(resource, params),
                      _rent_problem(resource, medians, params)]
            if all(check is None for check in checks):
                outcome.skip("缺少期限、面积或租金")
                continue
            outcome.evaluated += 1
            problems = [problem for problem in checks if problem]
            if problems:
                outcome.add(self._flag(context, resource, problems))
        return outcome

    def _flag(self, context: ScanContext, resource: ResourceRow, problems: list[str]) -> Flag:
        lessee = context.label(resource.identity, resource.party) if resource.party else "（承包方未写明）"
        area = f"{resource.area:g} 亩" if resource.area else "面积不详"
        title = f"{resource.village} {resource.category or '资源'}{quoted(resource.name)}：{problems[0]}"
        kind = resource.category or "资源"
        detail = (f"{resource.village} 的{kind}{quoted(resource.name)}（{area}）发包给 {lessee}，"
                  f"{'；'.join(problems)}，请核实发包程序、期限与定价。")
        return Flag(self.id, self.severity, resource.village, title, detail, resource.amount, evidence([resource]))


def _term_problem(resource: ResourceRow, params: Params) -> str | None:
    """'' when the term is fine, a sentence when it is too long, None when it cannot be judged."""
    start, end = resource.started_on, resource.ended_on
    if start is None or end is None:
        return None
    is_land = bool(contains_any(resource.category or resource.name, params["land_words"]))
    limit = int(params["land_max_years" if is_land else "building_max_years"])
    if end <= add_years(start, limit):
        return ""
    basis = "土地承包期" if is_land else "民法典规定的租赁期限"
    return f"期限 {start} 至 {end}（{term_years(start, end)}），超过{basis} {limit} 年"


def _method_problem(resource: ResourceRow, params: Params) -> str | None:
    if resource.area is None or not resource.procurement:
        return None
    word = contains_any(resource.procurement, params["private_words"])
    if resource.area < float(params["large_area_mu"]) or not word or "公开" in resource.procurement:
        return ""
    return f"{resource.area:g} 亩以“{resource.procurement.strip()}”方式发包，未经公开程序"


def _rent_problem(resource: ResourceRow, medians: dict[str, float], params: Params) -> str | None:
    per_mu = _rent_per_mu(resource)
    median = medians.get(_kind_key(resource))
    if per_mu is None or median is None:
        return None
    if per_mu >= float(params["low_rent_ratio"]) * median:
        return ""
    return (f"每亩年租金 {money(round(per_mu))}，为全镇同类（{resource.category}）中位数 "
            f"{money(round(median))} 的 {percent(per_mu / median)}")


def _median_rents(resources: list[ResourceRow], min_peers: int) -> dict[str, float]:
    """Median rent per 亩 per kind, for kinds with enough comparable leases."""
    by_kind: dict[str, list[float]] = defaultdict(list)
    for resource in resources:
        per_mu = _rent_per_mu(resource)
        if per_mu is not None:
            by_kind[_kind_key(resource)].append(per_mu)
    return {kind: statistics.median(rents) for kind, rents in by_kind.items() if kind and len(rents) >= min_peers}


def _rent_per_mu(resource: ResourceRow) -> float | None:
    if resource.amount is None or not resource.area or resource.area <= 0:
        return None
    return resource.amount / resource.area


def _kind_key(resource: ResourceRow) -> str:
    return clean(resource.category)


def add_years(date: dt.date, years: int) -> dt.date:
    """The same day ``years`` later; 29 February becomes 28 February."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def term_years(start: dt.date, end: dt.date) -> str:
    """A lease term in years as people say it: 2020-01-01 to 2049-12-31 is 30 years."""
    days = (end - start).days + 1
    years = days / 365.2425
    return f"{round(years)} 年" if abs(years - round(years)) < 0.05 else f"约 {years:.1f} 年"
