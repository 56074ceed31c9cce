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
from importers.plan import party_name
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
