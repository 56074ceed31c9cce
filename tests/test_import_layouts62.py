"""Layouts of blind sets qa62 (内蒙古 嘎查 of a 苏木) and qa63 (福建 村财镇管 exports) that used to be misread:

- "额尔敦苏木嘎查（村）工程施工合同登记簿" named an invented village 额尔敦苏木嘎查 (a 苏木 is a township, and
  the 嘎查（村） after it the generic word), so every contract was filed under it instead of under the
  village its 甲方（发包人） names;
- a 小额工程直接发包登记's 发包金额 (in the 万元 of the line above the header) is each project's amount:
  all of them had none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx

_CONTRACT_TITLE = "额尔敦苏木嘎查（村）工程施工合同登记簿"


@pytest.mark.parametrize("text", [_CONTRACT_TITLE, "额尔敦苏木嘎查村两委班子成员花名册",
                                  "额尔敦苏木嘎查集体草牧场发包台账", "阿巴嘎旗额尔敦苏木嘎查村级财务公开",
                                  "额尔敦苏木村级工程台账"])
def test_the_generic_word_after_a_township_names_no_village(text: str) -> None:
    assert find_villages(text) == []


@pytest.mark.parametrize(("text", "village"), [
    ("达来苏木巴彦嘎查固定资产", "巴彦嘎查"),  # a 嘎查 named after its 苏木
    ("额尔敦苏木巴音宝力格嘎查草牧场台账", "巴音宝力格嘎查"),
    ("苏木村集体资产台账", "苏木村"),  # a village called 苏木, nothing before it
    ("青山镇苏木村合同台账", "苏木村"),
    ("苏木嘎查", "苏木嘎查"),
])
def test_villages_beside_a_township_keep_their_names(text: str, village: str) -> None:
    """Look-alikes: a village named after its 苏木, or a village whose own name is 苏木."""
    assert find_villages(text) == [village]


def _contract_rows(owners: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[_CONTRACT_TITLE],
                                ["序号", "合同名称", "甲方（发包人）", "乙方（承包人）", "合同金额", "签订日期"]]
    for number, owner in enumerate(owners, start=1):
        rows.append([number, f"巷道硬化工程{number}标段", owner, "阿巴嘎旗鑫路交通工程有限责任公司",
                     200000 + number, "2022-05-06"])
    return rows


def test_a_township_register_takes_each_contract_village_from_its_owner(store, tmp_path: Path) -> None:
    rows = _contract_rows(["巴音宝力格嘎查股份经济合作社", "乌兰陶勒盖嘎查股份经济合作社", "新胜村村民委员会"])
    path = write_xlsx(tmp_path / "额尔敦苏木2022-2023年牧区基础设施项目台账.xlsx", {"施工合同": rows})
    sheet = sheet_of(import_one(store, path))
    assert [c["village"] for c in records(store, "contract")] == ["巴音宝力格嘎查", "乌兰陶勒盖嘎查", "新胜村"]
    assert "甲方（发包人）" in sheet.note and "额尔敦苏木嘎查" not in sheet.village


def test_a_township_register_without_an_owner_column_gets_no_village(store, tmp_path: Path) -> None:
    """Without a column that names the villages, the rows get none and the note says so: never the
    township's 嘎查 of the title."""
    rows = [row[:2] + row[3:] for row in _contract_rows(["巴音宝力格嘎查股份经济合作社"])]
    rows[0] = [_CONTRACT_TITLE]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "额尔敦苏木合同台账.xlsx", {"施工合同": rows})))
    assert [c["village"] for c in records(store, "contract")] == [""]
    assert "未能确定村名" in sheet.note


def test_a_village_of_the_title_beside_an_owner_column_stays(store, tmp_path: Path) -> None:
    """Look-alike: a register titled with its own 嘎查 after the 苏木 keeps it; the 甲方 is not read."""
    rows = _contract_rows(["巴音宝力格嘎查股份经济合作社"])
    rows[0] = ["额尔敦苏木巴音宝力格嘎查工程施工合同登记簿"]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "合同登记簿.xlsx", {"施工合同": rows})))
    assert [c["village"] for c in records(store, "contract")] == ["巴音宝力格嘎查"]
    assert "甲方（发包人）" not in sheet.note


def _direct_award_rows(unit_line: bool) -> list[list[object]]:
    rows: list[list[object]] = [["坂面村2023年小额工程项目直接发包登记表"]]
    if unit_line:
        rows.append(["填报单位：尤溪县西城镇坂面村民委员会（盖章）", None, None, None, None, None, "金额单位：万元"])
    rows += [["序号", "项目名称", "承建方", "发包金额", "发包方式", "发包时间", "验收时间"],
             [1, "坂面村后垅水渠清淤", "尤溪县顺达土石方工程队", 2.36, "直接发包", "2023.2.14", "2023.3.10"],
             [2, "下坂自然村道路拓宽（一期）", "尤溪县华兴建筑工程有限公司", 9.68, "直接发包", "2023/4/17", "20230520"],
             ["合计", None, None, 12.04, None, None, None]]
    return rows


def test_the_sum_a_small_job_was_awarded_for_is_its_amount(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "坂面村2023年小额工程直接发包登记.csv", _direct_award_rows(True), encoding="gbk")
    sheet = sheet_of(import_one(store, path))
    projects = records(store, "project")
    assert [p["amount"] for p in projects] == [23600.0, 96800.0]
    assert [p["contractor"] for p in projects] == ["尤溪县顺达土石方工程队", "尤溪县华兴建筑工程有限公司"]
    assert [p["finished_on"] for p in projects] == ["2023-03-10", "2023-05-20"]
    # The award is neither the villagers' decision nor the start of the works: it stays unread, said so.
    assert [(p["decided_on"], p["started_on"]) for p in projects] == [(None, None), (None, None)]
    assert "发包时间" in sheet.note and "发包金额" not in sheet.note


def test_an_award_sum_without_a_unit_line_is_in_yuan(store, tmp_path: Path) -> None:
    rows = _direct_award_rows(False)
    rows[2][3], rows[3][3] = 23600, 96800
    import_one(store, write_csv(tmp_path / "坂面村小额工程发包登记.csv", rows))
    assert [p["amount"] for p in records(store, "project")] == [23600.0, 96800.0]


def test_a_contract_sum_beats_the_award_sum(store, tmp_path: Path) -> None:
    """Look-alike: beside its own 合同金额 a project is valued by it."""
    rows = [["项目名称", "施工单位", "合同金额", "发包金额", "开工时间"],
            ["石桥村道路硬化", "青山建筑有限公司", 88000, 90000, "2021-01-01"]]
    import_one(store, write_xlsx(tmp_path / "石桥村工程发包台账.xlsx", {"项目": rows}))
    assert [p["amount"] for p in records(store, "project")] == [88000.0]


@pytest.mark.parametrize("rows", [
    [["资源名称", "承包方", "面积（亩）", "发包金额", "起止时间"],
     ["东岭地块", "张三", 12, 36000, "2020.1.1-2029.12.31"], ["鱼塘", "李四", 5, 8000, "2021.1.1-2025.12.31"]],
    [["发包项目", "承包方", "发包金额", "发包期限"],
     ["东岭地块", "张三", 36000, "2020.1.1-2029.12.31"], ["鱼塘", "李四", 8000, "2021.1.1-2025.12.31"]],
])
def test_a_lease_register_award_sum_stays_its_rent(store, tmp_path: Path, rows: list[list[object]]) -> None:
    """Look-alike: a 资源发包台账's 发包金额 is the rent of a lease, and the sheet stays leases."""
    import_one(store, write_xlsx(tmp_path / "石桥村集体资源发包台账.xlsx", {"发包": rows}))
    assert records(store, "project") == []
    assert [r["amount"] for r in records(store, "resource")] == [36000.0, 8000.0]
