"""The village risk index: a documented score with its parts, relative to the township median."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.rules.synthetic import insert_into_store
from xuncha.flags import ScanRun, save_flags
from xuncha.risk import risk_json, village_risk
from xuncha.store import Store

VILLAGES = ("石桥村", "刘家塘村", "吴家道村", "桥埠港村", "马吉村")


def _flag(flag_id: str, village: str, rule: str, severity: str, amount: int | None,
          records: list[str]) -> dict[str, Any]:
    return {"id": flag_id, "rule": rule, "severity": severity, "village": village, "title": flag_id, "detail": "请核实",
            "amount": amount, "records": [{"kind": "contract", "id": r, "source": None} for r in records]}


@pytest.fixture
def township(store: Store) -> Store:
    insert_into_store(store, [{"kind": "cadre", "id": f"C{i}", "village": v, "name": f"干部{i}"}
                              for i, v in enumerate(VILLAGES)])
    flags = [
        # 石桥村: one contract caught by three rules (one amount), and a cash payment
        _flag("a", "石桥村", "split_contract", "high", 18_390_000, ["X1", "X2"]),
        _flag("b", "石桥村", "threshold_hugging", "medium", 18_390_000, ["X1", "X2"]),
        _flag("c", "石桥村", "large_cash", "medium", 860_000, ["X3"]),
        _flag("d", "刘家塘村", "white_slip", "medium", 100_000, ["X4"]),
        _flag("e", "吴家道村", "date_order", "medium", 5_000_000, ["X5"]),
        _flag("f", "桥埠港村", "threshold_hugging", "low", 9_800_000, ["X6"]),
    ]
    now = dt.datetime.now().astimezone()
    save_flags(store, flags, ScanRun(started_at=now, finished_at=now))
    return store


def test_scores_follow_the_documented_formula(township: Store) -> None:
    risks = {r.village: r for r in village_risk(township)}
    shiqiao = risks["石桥村"]
    # S = 3 + 2 + 2 = 7; medians over the five villages: S 2, A 5万, D 1
    parts = {p.key: p for p in shiqiao.parts}
    assert parts["severity"].value == 7 and parts["severity"].median == 2
    assert parts["amount"].value == pytest.approx(19.25)  # 18.39万 once + 0.86万
    assert parts["amount"].median == pytest.approx(5.0)
    assert parts["diversity"].value == 3 and parts["diversity"].median == 1
    expected = 100 * (0.5 * 7 / 2 + 0.3 * 19.25 / 5 + 0.2 * 3 / 1)
    assert shiqiao.score == pytest.approx(round(expected, 1))
    assert shiqiao.score == pytest.approx(sum(p.points for p in shiqiao.parts), abs=0.1)
    assert shiqiao.level == "较高"


def test_villages_are_ranked_and_clean_ones_score_zero(township: Store) -> None:
    risks = village_risk(township)
    assert risks[0].village == "石桥村"
    assert [r.score for r in risks] == sorted((r.score for r in risks), reverse=True)
    majicun = next(r for r in risks if r.village == "马吉村")
    assert majicun.score == 0 and majicun.flags == 0 and majicun.level == "较低"


def test_a_village_at_the_median_scores_about_100(township: Store) -> None:
    wujiadao = next(r for r in village_risk(township) if r.village == "吴家道村")
    # S 2 (= median), A 5万 (= median), D 1 (= median)
    assert wujiadao.score == pytest.approx(100.0)


def test_risk_json_shows_every_part(township: Store) -> None:
    data = risk_json(village_risk(township)[0])
    assert {"village", "score", "level", "flags", "by_severity", "amount", "rules", "parts", "formula"} <= set(data)
    assert data["amount"] == pytest.approx(192500.0)
    assert all({"label", "value", "median", "weight", "points"} <= set(p) for p in data["parts"])


def test_empty_store(store: Store) -> None:
    assert village_risk(store) == []
