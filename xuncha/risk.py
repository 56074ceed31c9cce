"""Provides the village risk index (清廉风险指数): a documented score per village, shown with its parts.

After the Taizhou village integrity index in spirit, but never a black box:
the score is built only from the active flags of the latest scan, from three
parts that an inspector can recompute by hand:

* 疑点加权分 S: the village's flags weighted by severity (高 3, 中 2, 低 1);
* 涉及金额 A (万元): the amounts of its flags, each set of evidence records
  counted once (a contract caught by 化整为零, 卡线 and 应招未招 is one amount);
* 规则种类 D: how many different rules raised its flags.

Each part is divided by the township median of that part over all villages
(floored, so that a township where most villages are clean does not divide by
zero), weighted, and scaled so that a village at the median on all three
parts scores 100:

    指数 = 100 × (0.5 × S / 中位数(S) + 0.3 × A / 中位数(A) + 0.2 × D / 中位数(D))

Weights put the number and seriousness of clues first, money second and
breadth third; they are our assumption (the Taizhou indicator list was not
found, see DOMAIN.md (c) 1). Levels: 较高 ≥ 150, 中等 ≥ 75, 较低 below.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from xuncha.flags import FlagRow, current_flags
from xuncha.money import FEN_PER_WAN, fen_to_yuan
from xuncha.store import Store

SEVERITY_POINTS = {"high": 3, "medium": 2, "low": 1}
WEIGHTS = {"severity": 0.5, "amount": 0.3, "diversity": 0.2}
MEDIAN_FLOORS = {"severity": 1.0, "amount": 1.0, "diversity": 1.0}
"""The smallest median divided by: 1 point, 1 万元, 1 rule."""
LABELS = {"severity": "疑点加权分", "amount": "涉及金额（万元）", "diversity": "规则种类"}
HIGH_LEVEL, MIDDLE_LEVEL = 150.0, 75.0
EXPLANATION = """\
清廉风险指数只由最近一次筛查的有效疑点算出，分三部分，巡察人员可以手工复核：

- 疑点加权分：本村疑点按级别计分，高 3 分、中 2 分、低 1 分；
- 涉及金额（万元）：本村疑点的金额，同一批证据记录只计一次（一份合同同时被“化整为零”
  “卡线”“应招未招”提示，只算一次金额）；
- 规则种类：本村疑点来自几条不同的规则。

每一部分除以全镇各村该部分的中位数（中位数低于 1 分、1 万元、1 条规则时按 1 计，
以免多数村没有疑点时除以零），加权后乘以 100：三部分都等于全镇中位数的村得 100 分。
权重 0.5、0.3、0.2 是我们的假设（台州“村社清廉指数”的指标未能查到）。
等级：150 分及以上“较高”，75 分及以上“中等”，其余“较低”。指数是排序的参考，不是结论。
"""
FORMULA = ("指数 = 100 × (0.5 × 疑点加权分/中位数 + 0.3 × 涉及金额/中位数 + 0.2 × 规则种类/中位数)；"
           "高 3 分、中 2 分、低 1 分")


@dataclass
class RiskPart:
    """One part of a village's index: its value, the township median, and what it adds."""

    key: str
    label: str
    value: float
    median: float
    weight: float

    @property
    def ratio(self) -> float:
        return self.value / max(self.median, MEDIAN_FLOORS[self.key])

    @property
    def points(self) -> float:
        """This part's contribution to the index."""
        return 100 * self.weight * self.ratio


@dataclass
class VillageRisk:
    village: str
    score: float
    level: str
    flags: int
    by_severity: dict[str, int]
    amount: int
    """Amount involved in fen, each evidence set once."""
    rules: list[str]
    parts: list[RiskPart] = field(default_factory=list)


def village_risk(store: Store) -> list[VillageRisk]:
    """Every village of the store with its index, highest first."""
    flags = [flag for flag in current_flags(store) if flag.village]
    villages = sorted(set(store.villages()) | {flag.village for flag in flags})
    raw = {village: _raw_parts([f for f in flags if f.village == village]) for village in villages}
    medians = {key: statistics.median(values[key] for values in raw.values()) if raw else 0.0 for key in WEIGHTS}
    out = []
    for village in villages:
        values = raw[village]
        parts = [RiskPart(key, LABELS[key], values[key], medians[key], WEIGHTS[key]) for key in WEIGHTS]
        score = round(sum(part.points for part in parts), 1)
        own = [f for f in flags if f.village == village]
        out.append(VillageRisk(
            village=village, score=score, level=_level(score), flags=len(own),
            by_severity={s: sum(1 for f in own if f.severity == s) for s in SEVERITY_POINTS},
            amount=_amount_involved(own), rules=sorted({f.rule for f in own}), parts=parts,
        ))
    return sorted(out, key=lambda risk: (-risk.score, risk.village))


def _raw_parts(flags: list[FlagRow]) -> dict[str, float]:
    return {
        "severity": float(sum(SEVERITY_POINTS.get(f.severity, 1) for f in flags)),
        "amount": _amount_involved(flags) / FEN_PER_WAN,
        "diversity": float(len({f.rule for f in flags})),
    }


def _amount_involved(flags: list[FlagRow]) -> int:
    """Flag amounts, largest first, skipping a flag whose records were all counted already."""
    counted: set[str] = set()
    total = 0
    for flag in sorted(flags, key=lambda f: -(f.amount or 0)):
        ids = {record["id"] for record in flag.records or []}
        if ids and ids <= counted:
            continue
        counted |= ids
        total += flag.amount or 0
    return total


def _level(score: float) -> str:
    if score >= HIGH_LEVEL:
        return "较高"
    return "中等" if score >= MIDDLE_LEVEL else "较低"


def risk_json(risk: VillageRisk) -> dict[str, Any]:
    """A village's index with its parts, amounts in yuan."""
    return {
        "village": risk.village,
        "score": risk.score,
        "level": risk.level,
        "flags": risk.flags,
        "by_severity": risk.by_severity,
        "amount": fen_to_yuan(risk.amount),
        "rules": risk.rules,
        "parts": [
            {"key": p.key, "label": p.label, "value": round(p.value, 2), "median": round(p.median, 2),
             "weight": p.weight, "points": round(p.points, 1)}
            for p in risk.parts
        ],
        "formula": FORMULA,
    }

