"""Project dossier: the contracts, payments, dates and totals of one project, each with its reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.search_fixtures import add_file, d, new_store, refresh, township, wan
from xuncha import dossier, search
from xuncha.store import Store

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def town(tmp_path: Path):
    store = new_store(tmp_path)
    township(store)
    refresh(store)
    yield store
    store.close()


def _project(store, name: str) -> str:
    hits = [h for h in search.search(store, name, kind="project", limit=50) if h.title == name]
    assert hits, name
    return hits[0].id


def test_work_core() -> None:
    assert dossier.work_core("2022年石桥村文化礼堂改造工程", "石桥村") == "文化礼堂"
    assert dossier.work_core("一事一议财政奖补项目-石桥村新村至横街道路硬化工程", "石桥村") == "新村至横街道路硬化"
    assert dossier.work_core("桥梁维修") == "桥梁"


def test_dossier_links_contract_and_payments_across_spellings(town) -> None:
    d_ = dossier.project_dossier(town, _project(town, "石桥村文化礼堂改造工程"))
    assert [c.title for c in d_.contracts] == ["文化礼堂改造施工合同"]
    assert d_.contracts[0].reason == "关联项目与项目名称一致"
    # one payment to 浙江宏达建设有限公司, one to 宏达建设（有限公司）: the same party
    assert [p.title for p in d_.payments] == ["支付文化礼堂改造工程进度款", "付文化礼堂工程结算款"]
    assert all(p.same_party for p in d_.payments)
    assert "付道路硬化工程款" not in [p.title for p in d_.payments + d_.other_payments]
    assert d_.totals.contract_amount == wan(45.6)
    assert d_.totals.paid == wan(42)
    assert d_.totals.paid_share == pytest.approx(42 / 45.6, abs=1e-4)
    assert d_.contractor_display == "浙江宏达建设有限公司"
    assert "湖州宏达建设" in d_.contractor_names
    assert d_.dates["decided_on"] == d("2022-03-01")
    assert d_.status == "已完工" and d_.procurement == "邀请招标"
    assert [e.label for e in d_.timeline][:3] == ["村民（代表）会议决策", "签订合同：文化礼堂改造施工合同", "开工"]


def test_dossier_notes_dates_out_of_order(town) -> None:
    d_ = dossier.project_dossier(town, _project(town, "一事一议道路硬化工程"))
    assert any("早于决策日期" in note for note in d_.notes)
    assert [p.title for p in d_.payments] == ["付道路硬化工程款"]


def test_dossier_contract_by_similar_title_and_same_contractor(town) -> None:
    d_ = dossier.project_dossier(town, _project(town, "刘家塘河道清淤工程"))
    assert [c.title for c in d_.contracts] == ["河道清淤合同"]
    assert "乙方为同一施工单位" in d_.contracts[0].reason
    assert d_.notes == []


def test_payment_without_project_name_is_listed_apart(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    add_file(store, "p.xlsx", {
        "项目": ("project", "竹溪村", [{"name": "竹溪村篮球场翻新", "contractor": "德清天成体育设施有限公司",
                                         "amount": wan(6), "started_on": d("2023-03-01")}]),
        "收支": ("payment", "竹溪村", [
            {"summary": "支付工程款", "counterparty": "天成体育设施有限公司", "amount": wan(3), "date": d("2023-04-01"),
                 "direction": "out"},
            {"summary": "支付篮球场翻新尾款", "counterparty": "天成体育设施有限公司", "amount": wan(3),
                 "date": d("2023-05-01"), "direction": "out"},
        ]),
    })
    refresh(store)
    d_ = dossier.project_dossier(store, _project(store, "竹溪村篮球场翻新"))
    assert [p.title for p in d_.payments] == ["支付篮球场翻新尾款"]
    assert [p.title for p in d_.other_payments] == ["支付工程款"]
    assert "只有这一个项目" in d_.other_payments[0].reason
    assert "没有找到本项目的合同" in d_.notes


def test_dossier_json_and_missing_project(town) -> None:
    data = dossier.dossier_json(dossier.project_dossier(town, _project(town, "石桥村文化礼堂改造工程")))
    json.dumps(data, ensure_ascii=False)
    assert data["project"]["name"] == "石桥村文化礼堂改造工程"
    assert data["totals"]["paid"] == 420000.0
    assert data["contracts"][0]["reason"] and data["contracts"][0]["source"]["file"] == "合同台账.xlsx"
    with pytest.raises(dossier.DossierError):
        dossier.project_dossier(town, "nope")


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    importers = pytest.importorskip("importers")
    store = Store(tmp_path_factory.mktemp("dossier") / "sample.db")
    importers.import_paths(store, [REPO / "sample_data"])
    yield store
    store.close()


def _sources(items) -> list[tuple[str, int]]:
    return [(i.record["source"]["sheet"], i.record["source"]["row"]) for i in items]


def test_sample_overpaid_road(sample_store) -> None:
    """石桥村桥头至新村道路硬化: contract 160,000, three payments 200,000 (planted overpayment)."""
    d_ = dossier.project_dossier(sample_store, _project(sample_store, "石桥村桥头至新村道路硬化工程"))
    assert _sources(d_.contracts) == [("合同台账", 7)]
    assert _sources(d_.payments) == [("收支明细账", 25), ("收支明细账", 38), ("收支明细账", 56)]
    assert d_.totals.paid == 200_000_00 and d_.totals.contract_amount == 160_000_00
    assert any("超过合同金额" in note for note in d_.notes)


def test_sample_payment_to_someone_else_via_contract_code(sample_store) -> None:
    """马吉村文化礼堂改造提升: the 进度款 went to a person, found through the contract number."""
    d_ = dossier.project_dossier(sample_store, _project(sample_store, "马吉村文化礼堂改造提升工程"))
    assert _sources(d_.contracts) == [("合同台账", 51)]
    to_person = [p for p in d_.payments if p.counterparty == "胡建华"]
    assert to_person and not to_person[0].same_party
    assert "收款方不是施工单位" in to_person[0].reason


def test_sample_other_spelling_and_sibling_project(sample_store) -> None:
    d_ = dossier.project_dossier(sample_store, _project(sample_store, "石桥村文化礼堂改造"))
    assert _sources(d_.payments) == [("收支明细账", 45)]  # paid to 宏达建设有限责任公司
    sibling = dossier.project_dossier(
        sample_store, _project(sample_store, "一事一议财政奖补项目-石桥村新村至横街道路硬化工程"))
    # the 2021 road's 质保金 is not mistaken for the 2022 road and vice versa
    assert _sources(sibling.payments) == [("收支明细账", 17)]
