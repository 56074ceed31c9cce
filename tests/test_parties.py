"""Counterparty identities: grouping with evidence, stable keys, the inspector's merges and splits."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.search_fixtures import add_file, d, new_store, refresh, township
from xuncha import parties


@pytest.fixture
def town(tmp_path: Path):
    store = new_store(tmp_path)
    township(store)
    refresh(store)
    yield store
    store.close()


def _party(store, name: str) -> parties.PartyView:
    key = parties.identity_of(store, name)
    return next(view for view in parties.list_parties(store) if view.key == key)


def test_spellings_of_one_company_are_one_party(town) -> None:
    key = parties.identity_of(town, "浙江宏达建设有限公司")
    assert key.startswith("p:")
    for spelling in ("宏达建设（有限公司）", "湖州宏达建设", "宏达建设有限责任公司"):
        assert parties.identity_of(town, spelling) == key
    assert set(parties.party_names(town, key)) == {
        "浙江宏达建设有限公司", "宏达建设（有限公司）", "湖州宏达建设", "宏达建设有限责任公司"}
    assert parties.display_name(town, key) == "浙江宏达建设有限公司"


def test_similar_but_different_company_stays_apart(town) -> None:
    assert parties.identity_of(town, "湖州宏远建设有限公司") != parties.identity_of(town, "浙江宏达建设有限公司")


def test_evidence_says_why_names_were_joined(town) -> None:
    view = _party(town, "浙江宏达建设有限公司")
    evidence = {v.name: v.evidence for v in view.variants}
    assert evidence["浙江宏达建设有限公司"] == ""
    assert evidence["湖州宏达建设"] == "规范化后相同: 宏达建设"
    assert view.records == sum(v.records for v in view.variants) == 8
    assert view.amount > 0


def test_identity_map_covers_stored_and_unknown_names(town) -> None:
    identity = parties.identity_map(town)
    assert identity["湖州宏达建设"] == identity["浙江宏达建设有限公司"]
    # a spelling no record uses yet maps through its normal form
    assert identity["宏达建设股份有限公司"] == identity["浙江宏达建设有限公司"]
    assert identity.get("全新单位有限公司") == "n:全新单位"
    assert identity.get("") is None


def test_persons_are_never_merged_by_similarity(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    add_file(store, "p.xlsx", {"付款": ("payment", "石桥村", [
        {"summary": "人工费", "counterparty": "王建国", "amount": 100_00, "date": d("2022-01-01")},
        {"summary": "人工费", "counterparty": "王建军", "amount": 100_00, "date": d("2022-01-02")},
        {"summary": "人工费", "counterparty": "王 建国", "amount": 100_00, "date": d("2022-01-03")},
    ])})
    refresh(store)
    assert parties.identity_of(store, "王建国") == parties.identity_of(store, "王 建国")
    assert parties.identity_of(store, "王建国") != parties.identity_of(store, "王建军")
    assert _party(store, "王建国").person


def test_similar_companies_rule() -> None:
    assert parties.similar_companies("宏达建设", "宏达建设工程") is not None
    assert parties.similar_companies("宏达建设", "宏远建设") is None
    assert parties.similar_companies("宏达建设", "宏达电器") is None
    assert parties.similar_companies("中国移动通信集团浙江", "中国移动通信集团浙") is not None


def test_company_with_extra_industry_word_joins(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    add_file(store, "c.xlsx", {"合同": ("contract", "石桥村", [
        {"title": "甲", "counterparty": "浙江恒正建设有限公司", "amount": 100_00},
        {"title": "乙", "counterparty": "恒正建设工程有限公司", "amount": 100_00},
        {"title": "丙", "counterparty": "恒正电器经营部", "amount": 100_00},
    ])})
    refresh(store)
    assert parties.identity_of(store, "浙江恒正建设有限公司") == parties.identity_of(store, "恒正建设工程有限公司")
    assert parties.identity_of(store, "恒正电器经营部") != parties.identity_of(store, "浙江恒正建设有限公司")
    evidence = {v.name: v.evidence for v in _party(store, "浙江恒正建设有限公司").variants}
    assert any(e.startswith("相似度") for e in evidence.values())


def test_keys_are_stable_across_regroups(town) -> None:
    before = parties.identity_map(town)
    add_file(town, "more.xlsx", {"付款": ("payment", "石桥村", [
        {"summary": "材料费", "counterparty": "新来的建材经营部", "amount": 500_00, "date": d("2023-02-01")},
    ])})
    refresh(town)
    after = parties.identity_map(town)
    for name in ("浙江宏达建设有限公司", "湖州宏远建设有限公司", "王建国"):
        assert after[name] == before[name]


def test_merge_and_split_survive_reimport(town) -> None:
    key = parties.merge(town, ["王建国", "青山镇文具店"], by="检查员甲")
    assert parties.identity_of(town, "青山镇文具店") == key == parties.identity_of(town, "王建国")
    evidence = {v.name: v.evidence for v in _party(town, "王建国").variants}
    assert "人工合并（检查员甲）" in evidence.values()

    parties.split(town, "湖州宏达建设", by="检查员甲")
    assert parties.identity_of(town, "湖州宏达建设") != parties.identity_of(town, "浙江宏达建设有限公司")
    assert parties.identity_of(town, "宏达建设（有限公司）") == parties.identity_of(town, "浙江宏达建设有限公司")

    # a re-import regroups everything; the decisions are replayed
    add_file(town, "again.xlsx", {"付款": ("payment", "石桥村", [
        {"summary": "尾款", "counterparty": "湖州宏达建设", "amount": 1000_00, "date": d("2023-03-01")},
    ])})
    refresh(town)
    assert parties.identity_of(town, "青山镇文具店") == parties.identity_of(town, "王建国")
    assert parties.identity_of(town, "湖州宏达建设") != parties.identity_of(town, "浙江宏达建设有限公司")
    actions = [(x.action, x.name, x.decided_by) for x in parties.decisions(town)]
    assert ("split", "湖州宏达建设", "检查员甲") in actions


def test_merge_after_split_joins_again(town) -> None:
    parties.split(town, "湖州宏达建设")
    parties.merge(town, ["湖州宏达建设", "浙江宏达建设有限公司"])
    assert parties.identity_of(town, "湖州宏达建设") == parties.identity_of(town, "浙江宏达建设有限公司")


def test_merge_by_key_and_errors(town) -> None:
    a = parties.identity_of(town, "王建国")
    b = parties.identity_of(town, "刘建军")
    merged = parties.merge(town, [a, b])
    assert set(parties.party_names(town, merged)) == {"王建国", "刘建军"}
    with pytest.raises(ValueError):
        parties.merge(town, ["没有这个单位"])
    with pytest.raises(ValueError):
        parties.merge(town, ["王建国"])


def test_regroup_on_empty_store(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    parties.regroup(store)
    assert parties.list_parties(store) == []
    assert parties.identity_of(store, "宏达建设有限公司") == "n:宏达建设"


def test_names_that_differ_only_by_a_number_are_different_firms() -> None:
    assert parties.similar_companies("宏达建设0", "宏达建设1") is None
    assert parties.similar_companies("宏达建设第一工程队", "宏达建设第二工程队") is None
    assert parties.similar_companies("宏达建设", "宏达建设工程") is not None
