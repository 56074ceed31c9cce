"""Data the rules were not written against: a generated township with planted problems.

Names, amounts, dates and wordings come from a seed (``tests/rules/synthetic.py``);
the records go into a real store and through the real scan (loading, identity
groups from ``xuncha.parties``, stored flags). At least 90% of the planted
problems must be flagged by their rule and almost none of the look-alikes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.synthetic import generate, insert_into_store

SEEDS = (20240601, 77)


@pytest.mark.parametrize("seed", SEEDS)
def test_unseen_township(tmp_path: Path, seed: int) -> None:
    from xuncha import parties
    from xuncha.scan import run_scan
    from xuncha.store import Store

    township = generate(seed=seed, villages=8, planted_per_rule=3)
    store = Store(tmp_path / "unseen.db")
    insert_into_store(store, township.records)
    parties.regroup(store)
    result = run_scan(store)
    cited: dict[str, list[set[str]]] = {}
    for flag in result.flags:
        cited.setdefault(flag.rule, []).append({record["id"] for record in flag.records})

    missed = [p for p in township.planted if not any(p.evidence <= ids for ids in cited.get(p.rule, []))]
    wrong = [look for look in township.lookalikes if any(look.evidence & ids for ids in cited.get(look.rule, []))]
    found = 1 - len(missed) / len(township.planted)
    assert found >= 0.9, f"只标记了 {found:.0%} 的问题；漏掉：{[(p.rule, p.note) for p in missed]}"
    assert len(wrong) <= len(township.lookalikes) * 0.05, f"误标：{[(look.rule, look.note) for look in wrong]}"
    store.close()
