"""Layouts of blind set qa72 (a 报账员's old PC: Word tables pasted into Excel, 金蝶KIS csv) that were misread:

- an upper-case amount with its figure bracketed after it ("人民币肆万玖仟玖佰元整（¥49,900.00元）") had no amount,
  so two contracts of 49,900 and 49,800 to one company a week apart escaped split_contract;
- a party cell's second line, labelled (法定代表人：王宏达), was kept as part of the company's name, silently;
- a 临时工 named in the 摘要, and an association (东山村老年协会), were not read as the payee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from importers.parties import summary_organisation
from importers.persons import summary_person
from importers.party_cells import party_name
from importers.villages import find_villages
from tests.test_import_support import import_one, records, write_xlsx


@pytest.mark.parametrize(("text", "yuan"), [
    ("人民币肆万玖仟玖佰元整\n（¥49,900.00元）", 49900),
    ("玖万陆仟元整（¥96,000.00）", 96000),
    ("壹万贰仟伍佰元整(小写：12500.00)", 12500),
])
def test_an_upper_case_amount_with_its_figure_in_a_bracket(text: str, yuan: int) -> None:
    assert values.parse_money(text) == yuan * 100


def test_an_upper_case_amount_and_a_figure_that_disagree_are_refused() -> None:
    with pytest.raises(values.ValueProblem, match="不一致"):
        values.parse_money("肆万玖仟玖佰元整（¥49,800.00元）")


@pytest.mark.parametrize(("cell", "party"), [
    ("浙江宏达建设有限公司\n法定代表人：王宏达", "浙江宏达建设有限公司"),
    ("湖州恒通防水工程有限公司 项目负责人：徐勇", "湖州恒通防水工程有限公司"),
    ("王五：个人", "王五：个人"),  # no company before the label: kept as written
])
def test_a_labelled_second_line_is_no_part_of_the_party(cell: str, party: str) -> None:
    assert party_name(cell) == party


def test_a_pasted_contract_list_reads_its_amounts_and_parties(store, tmp_path: Path) -> None:
    rows = [["东山村2022年合同登记台账"], ["序号", "合同名称", "乙方", "合同金额", "签订日期"],
            [1, "村道修缮", "浙江宏达建设有限公司\n法定代表人：王宏达", "人民币肆万玖仟玖佰元整\n（¥49,900.00元）",
             "2022-03-05"]]
    import_one(store, write_xlsx(tmp_path / "东山村2022年合同登记台账.xlsx", {"合同台账": rows}))
    assert [(c["counterparty"], c["amount"]) for c in records(store, "contract")] == [("浙江宏达建设有限公司", 49900.0)]


def test_a_temporary_worker_and_an_association_in_the_summary() -> None:
    assert summary_person("付临时工周阿毛清理垃圾工钱", "东山村") == "周阿毛"
    assert summary_organisation("付东山村老年协会重阳节活动经费", "东山村") == "东山村老年协会"


@pytest.mark.parametrize(("text", "named"), [
    ("仙潭村2023年限额以下村级小型工程项目台账", ["仙潭村"]),  # qa74: 限额以下 is no village's name
    ("长青村村屯道路工程项目台账", ["长青村"]),  # qa73: 村屯道路 is a word of its own
    ("石桥村村级工程", ["石桥村"]),
    ("新村村", ["新村村"]),
])
def test_villages_before_a_word_of_village_level(text: str, named: list[str]) -> None:
    assert find_villages(text) == named


def test_a_poverty_workshop_lease_names_its_workshop_and_tenant(store, tmp_path: Path) -> None:
    """qa75: 车间名称 | 承租企业 was refused as a sheet of unknown kind."""
    rows = [["弄怀村扶贫车间出租情况"], ["序号", "车间名称", "承租企业", "面积（㎡）", "年租金（元）", "租赁起止"],
            [1, "1号扶贫车间", "那坡县壮乡服饰有限公司", 600, 36000, "2021.1.1-2025.12.31"]]
    import_one(store, write_xlsx(tmp_path / "弄怀村扶贫车间出租.xlsx", {"车间出租": rows}))
    got = [(r["name"], r["counterparty"], r["amount"]) for r in records(store, "resource")]
    assert got == [("1号扶贫车间", "那坡县壮乡服饰有限公司", 36000.0)]


def test_a_members_dividend_list_names_each_member(store, tmp_path: Path) -> None:
    """qa75: 社员姓名 was an unknown column, so no dividend had a payee."""
    rows = [["弄怀村甘蔗合作社2023年社员分红发放表"], ["序号", "社员姓名", "入股金额", "分红金额", "发放日期"],
            [1, "韦桂兰", 5000, 650, "2024-01-20"], [2, "农丽萍", 3000, 390, "2024-01-20"]]
    import_one(store, write_xlsx(tmp_path / "社员分红发放表.xlsx", {"分红": rows}))
    assert [(p["counterparty"], p["amount"]) for p in records(store, "payment")] == [("韦桂兰", 650.0), ("农丽萍", 390.0)]
