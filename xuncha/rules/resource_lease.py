"""Rule resource_lease: leases too long, let without a public process, or far below the township's rent."""

from __future__ import annotations

import statistics
from collections import defaultdict

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ResourceRow, ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import (
    add_years,
    clean,
    contains_affirmed,
    contains_any,
    money,
    percent,
    quoted,
    term_text,
)


class ResourceLease(Rule):
    """资源发包、租赁的期限超过上限，大面积发包未记载公开程序，或每亩租金远低于全镇同类中位数。

    问题 (What it catches):
        超期发包、不公开发包、低价发包：集体的土地、水面、厂房以超长期限、不公开的方式
        或明显偏低的价格交给他人。

    方法 (Method):
        对每一条资源发包记录：
        1. 期限：资源类型（没写类型时看资源名称）含 ``land_type_max_years`` 中的词（林地、草地、
           荒山等）的，按该类土地的上限；其余含 ``land_words`` 的按土地上限 ``land_max_years`` 年；
           都不含的（房屋、厂房、店面等租赁）按 ``building_max_years`` 年。截止日期晚于
           “起始日期加上限年数”才提示，恰好等于上限的不提示（写到周年当天的，如 2020-01-01 至
           2040-01-01，按整 20 年算）；提示写明实际期限（如“20 年零 2 天”），
           不会把超出几天的期限写成整年。
        2. 方式：面积不小于 ``large_area_mu`` 亩的，发包方式须写有 ``public_words`` 中的词
           （公开、招标、拍卖、竞价、进场交易等，“未公开”“没有进场”这类否定写法不算）。
           写的是协议、直接、指定等（``private_words``）的，提示“台账记载的是非公开方式”；
           一栏空白或写的是“村两委研究决定”等其他方式的，提示“台账未记载公开发包程序”。
           整张资源台账都没有发包方式一栏时不判断方式（计入“不适用”），以免把缺列当成问题。
        3. 租金：按资源类型分组，计算全镇同类资源的每亩年租金中位数（至少 ``min_peers`` 条
           可比记录）；每亩租金低于中位数 × ``low_rent_ratio`` 的，提示。
        同一条记录的几个问题合为一条提示。

    为什么重要 (Why it matters):
        民法典第七百零五条：租赁期限不得超过二十年，超过部分无效；农村土地承包法第二十一条：
        耕地承包期为三十年，草地为三十年至五十年，林地为三十年至七十年；北京市农村集体所有
        荒山荒滩租赁条例第十条：荒山荒滩租赁期限不超过七十年。超长期限把集体收益锁死在旧价格上；
        “超期合同、低价发包合同”是巡察资料清单上的必查项。农村土地承包法第四十八条至第五十条
        规定以招标、拍卖、公开协商等方式发包，浙江省还要求达到一定金额的交易进入农村产权交易市场。

    参数 (Parameters):
        building_max_years：房屋、厂房等租赁及其他资源的期限上限（年），默认 20，来源：民法典第七百零五条。
        land_max_years：没有单列上限的土地（耕地、园地、水面、鱼塘等）的期限上限（年），默认 30，
        来源：农村土地承包法第二十一条（耕地承包期三十年）；园地、水面等法律没有单列，按耕地处理是
        我们的假设。
        land_type_max_years：按土地类别的期限上限（年），默认草地 50、林地（山林）70，来源：农村土地
        承包法第二十一条（草地三十年至五十年，林地三十年至七十年）；荒山、荒沟、荒丘、荒滩、四荒、
        荒地 70，来源：北京市农村集体所有荒山荒滩租赁条例第十条（不超过七十年，地方性法规）。
        land_words：按土地处理的资源类型用词，默认耕地、林地、园地、水面、鱼塘等，我们的整理。
        large_area_mu：“大面积”的下限（亩），默认 50，我们的假设。
        public_words：表示公开程序的用词，默认公开、招标、拍卖、竞价、进场、产权交易等，来源：
        农村土地承包法第四十八条（招标、拍卖、公开协商）、浙江省农村集体资产管理条例第三十五条
        （进入农村产权交易市场）；“家庭承包”是法定的本集体成员承包方式，也算在内。
        private_words：表示非公开方式的用词，默认协议、直接、指定、议价、私下、口头，我们的整理。
        low_rent_ratio：每亩租金低于同类中位数的比例，默认 0.5，我们的假设（DOMAIN 建议 0.6）。
        min_peers：计算中位数至少需要的同类记录数，默认 5，我们的假设。

    排除 (Exclusions):
        期限恰好等于上限；小块资源（面积小于 ``large_area_mu``）的发包方式；以公开协商、招标、拍卖、
        竞价方式发包；同类可比记录不足 ``min_peers`` 条时不比较租金；缺少日期、面积或租金的检查跳过。

    示例 (Example):
        桥埠港村 鱼塘 120 亩以“协议”方式发包给 张伟，期限 2015-01-01 至 2049-12-31（35 年），
        每亩年租金 150元，为全镇同类中位数 600元 的 25% → 请核实发包程序与定价。
        吴家道村 林地 2020-01-01 至 2069-12-31（50 年）→ 未超过林地 70 年的上限，不提示。
    """

    id = "resource_lease"
    name = "资源发包异常（超期、未公开、低价）"
    severity = "medium"
    params = ("building_max_years", "land_max_years", "land_type_max_years", "land_words", "large_area_mu",
              "public_words", "private_words", "low_rent_ratio", "min_peers")
    kinds = ("resource",)

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        medians = _median_rents(context.resources, int(params["min_peers"]))
        has_method_column = any(resource.procurement for resource in context.resources)
        for resource in context.resources:
            checks = [_term_problem(resource, params), _method_problem(resource, params, has_method_column),
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
    limit, basis = term_limit(resource.category or resource.name, params)
    if end <= add_years(start, limit):
        return ""
    return f"期限 {start} 至 {end}（{term_text(start, end)}），超过{basis} {limit} 年"


def term_limit(kind: str | None, params: Params) -> tuple[int, str]:
    """The longest lawful term of a resource type, in years, and how a flag names that limit."""
    by_type: dict[str, int] = params["land_type_max_years"]
    word = contains_any(kind, sorted(by_type, key=len, reverse=True))
    if word is not None:
        return int(by_type[word]), f"{word}的期限上限"
    if contains_any(kind, params["land_words"]):
        return int(params["land_max_years"]), "土地承包期"
    return int(params["building_max_years"]), "民法典规定的租赁期限"


def _method_problem(resource: ResourceRow, params: Params, has_column: bool) -> str | None:
    if resource.area is None or not has_column:
        return None
    if resource.area < float(params["large_area_mu"]):
        return ""
    method = (resource.procurement or "").strip()
    area = f"{resource.area:g} 亩"
    if not method:
        return f"{area}的发包方式一栏空白，台账未记载公开发包程序"
    if contains_affirmed(method, params["public_words"]):
        return ""
    if contains_any(method, params["private_words"]):
        return f"{area}以“{method}”方式发包，台账记载的是非公开方式"
    return f"{area}以“{method}”方式发包，台账未记载公开发包程序"


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
