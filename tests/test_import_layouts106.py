"""Layouts of blind set qa106 (village names in every spelling) that used to be misread:

- a cadre list's 单位名称 and a platform export's 所属单位 that name each row's unit (张庄村民委员会,
  张庄一组, 城关镇张庄经济合作社) were dropped as the village column, and the note said the sheet had none:
  a unit written without its 村 (a 村民小组, a 经济合作社) is the village the column names in full;
- "东张庄" on the row above "东张庄村" was filed as a village 东张庄, and "（张庄）" kept its brackets:
  a short name takes the full name the sheet or the file writes (named in the note);
- "城关镇新村村村民委员会" was read as 新村: the 村民委员会 after two 村 is 新村村's.

Look-alikes kept: 新村 and 新村村 are two villages, 东张庄村 and 张庄村 too; a payment's 对方单位名称 and a
contract's 乙方单位名称 stay counterparties; 张庄建材 names no village, nor a bare 三组.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.villages import bare_village_name, find_villages, village_from_cell
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

ROSTER = [["城关镇村（社区）干部花名册"], ["序号", "单位名称", "姓名", "性别", "职务"],
          [1, "张庄村民委员会", "张永福", "男", "党支部书记"],
          [2, "张庄一组", "张国强", "男", "村民小组长"],
          [3, "东张庄村委会", "孙立新", "男", "党支部书记"],
          [4, "东张庄经济合作社", "吴海涛", "男", "经济合作社社长"],
          [5, "新村", "陈志远", "男", "村委会主任"],
          [6, "新村村", "徐卫东", "男", "党支部书记"],
          [7, "新村村二组", "马振华", "男", "村民小组长"],
          [8, "城关社区居委会", "高文静", "女", "居委会主任"]]


def test_a_rosters_unit_column_is_its_village(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "城关镇干部花名册.xlsx", {"花名册": ROSTER}))
    got = by_row(records(store, "cadre"))
    assert [got[n]["village"] for n in range(3, 11)] == ["张庄村", "张庄村", "东张庄村", "东张庄村", "新村", "新村村",
                                                      "新村村", "城关社区"]
    note = sheet_of(report).note
    assert "没有村名列" not in note
    assert "“张庄一组”1 行记为张庄村" in note and "“东张庄经济合作社”1 行记为东张庄村" in note


def test_a_platform_exports_owning_unit_is_its_village(store, tmp_path: Path) -> None:
    cells = ["城关镇新村村民委员会", "城关镇新村村村民委员会", "城关镇张庄村股份经济合作社", "城关镇张庄经济合作社",
             "城关镇东张庄村民委员会"]
    rows = "".join(f"<tr><td>{n}</td><td>{unit}</td><td>HT-{n}</td><td>第{n}号工程施工合同</td>"
                   f"<td>宏远建筑公司</td><td>{n}0000.00</td><td>2023-03-0{n}</td></tr>"
                   for n, unit in enumerate(cells, 1))
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr><td>序号</td><td>所属单位</td><td>合同编号</td>"
            f"<td>合同名称</td><td>乙方名称</td><td>合同金额(元)</td><td>签订日期</td></tr>{rows}</table></body></html>")
    path = tmp_path / "三资平台合同信息导出.xls"
    path.write_text(html, encoding="utf-8")
    report = import_one(store, path)
    got = by_row(records(store, "contract"))
    assert [got[n]["village"] for n in range(2, 7)] == ["新村", "新村村", "张庄村", "张庄村", "东张庄村"]
    assert "没有村名列" not in sheet_of(report).note


def test_company_names_in_a_unit_column_are_no_villages(store, tmp_path: Path) -> None:
    """Look-alike: a 单位名称 of companies and bare groups (张庄建材, 三组) stays in the raw row."""
    rows = [["单位名称", "姓名", "职务"], ["张庄村民委员会", "张永福", "党支部书记"], ["张庄建材", "王五", "经理"],
            ["三组", "赵六", "组长"]]
    import_one(store, write_xlsx(tmp_path / "城关镇人员名单.xlsx", {"名单": rows}))
    assert {c["village"] for c in records(store, "cadre")} == {""}


def test_a_payments_counterparty_unit_stays_the_counterparty(store, tmp_path: Path) -> None:
    """Look-alike: 对方单位名称 (张庄村委会 paid by 东张庄村) is the payee, not the village."""
    rows = [["东张庄村2023年支出明细"], ["日期", "摘要", "对方单位名称", "金额"],
            ["2023-03-01", "付借款", "张庄村委会", 5000], ["2023-04-01", "付工程款", "张庄一组", 3000]]
    import_one(store, write_csv(tmp_path / "东张庄村支出.csv", rows))
    got = records(store, "payment")
    assert [p["village"] for p in got] == ["东张庄村", "东张庄村"]
    assert [p["counterparty"] for p in got] == ["张庄村委会", "张庄一组"]


def test_a_contracts_second_party_unit_stays_the_counterparty(store, tmp_path: Path) -> None:
    """Look-alike: 乙方单位名称 of a 新村村 contract (新村村民委员会) is the other side."""
    rows = [["合同编号", "合同名称", "乙方单位名称", "合同金额", "签订日期"],
            ["XCC-1", "山塘承包合同", "新村村民委员会", 12000, "2023-03-01"]]
    import_one(store, write_xlsx(tmp_path / "新村村合同台账.xlsx", {"合同": rows}))
    (contract,) = records(store, "contract")
    assert (contract["village"], contract["counterparty"]) == ("新村村", "新村村民委员会")


def test_a_short_name_above_its_full_name_and_in_brackets(store, tmp_path: Path) -> None:
    rows = [["序号", "村（社区）", "项目名称", "施工单位", "投资额"],
            [1, "东张庄", "村道拓宽", "东阳路桥", 650000],
            [2, "东张庄村", "灌溉渠衬砌", "张庄建筑工程队", 184000],
            [3, "张庄村委会", "主干道硬化", "宏远建筑", 486000],
            [4, "（张庄）", "公厕改建", "富民劳务合作社", 55000],
            [5, "新村", "河道护岸", "清水河道", 310000],
            [6, "新村村", "山塘清淤", "清水河道", 72000]]
    report = import_one(store, write_xlsx(tmp_path / "城关镇工程项目汇总表.xlsx", {"项目": rows}))
    got = by_row(records(store, "project"))
    assert [got[n]["village"] for n in range(2, 8)] == ["东张庄村", "东张庄村", "张庄村", "张庄村", "新村", "新村村"]
    assert "“东张庄”1 行记为东张庄村" in sheet_of(report).note


def test_a_short_name_takes_the_full_name_of_the_files_other_sheet(store, tmp_path: Path) -> None:
    """A sheet of 东张庄 beside a sheet of 东张庄村 in the same file is the same village."""
    first = [["村名", "项目名称", "投资额"], ["东张庄村", "村道拓宽", 650000]]
    second = [["村名", "项目名称", "投资额"], ["东张庄", "卫生室改造", 150000], ["张庄", "路灯安装", 68000]]
    import_one(store, write_xlsx(tmp_path / "城关镇项目.xlsx", {"一": first, "二": second}))
    assert sorted(p["village"] for p in records(store, "project")) == ["东张庄村", "东张庄村", "张庄"]


def test_a_village_named_new_village_before_its_committee(store, tmp_path: Path) -> None:
    """"账套名称：城关镇新村村村民委员会" over sheet 新村村-收支 named 新村: a false mismatch note."""
    rows = [["账套名称：城关镇新村村村民委员会"], ["日期", "摘要", "收入", "支出"],
            ["2023-01-05", "收租金", 1200, None], ["2023-01-08", "付电费", None, 300]]
    report = import_one(store, write_xls(tmp_path / "日记账.xls", {"新村村-收支": rows}))
    assert {p["village"] for p in records(store, "payment")} == {"新村村"}
    assert "不一致" not in sheet_of(report).note


@pytest.mark.parametrize(("text", "village"), [
    ("城关镇新村村村民委员会", "新村村"), ("新村村村委会", "新村村"),
    # Look-alikes: 新村's own committee, and 村村通 (the road programme) after a village's name.
    ("新村村民委员会", "新村"), ("石桥村村委会", "石桥村"), ("石桥村村村通道路", "石桥村")])
def test_the_committee_after_a_village_ending_in_cun(text: str, village: str) -> None:
    assert find_villages(text) == [village]


@pytest.mark.parametrize(("cell", "village"), [
    ("（张庄）", "张庄"), ("(石桥村)", "石桥村"),
    # Look-alikes: a unit without its 村 stays as written (the row mapper completes it where the data writes
    # the full name), and so do a company, a bare group and a 社区 of its own; 新村村二组 is 新村村's.
    ("张庄一组", "张庄一组"), ("城关镇张庄经济合作社", "城关镇张庄经济合作社"),
    ("张庄建材", "张庄建材"), ("新村村二组", "新村村"), ("三组", "三组"), ("张庄社区", "张庄社区")])
def test_a_village_cell_as_written(cell: str, village: str) -> None:
    assert village_from_cell(cell) == village


def test_a_bare_unit_names_its_village_only_without_its_cun() -> None:
    assert bare_village_name("东张庄三组") == "东张庄"
    assert bare_village_name("东张庄村三组") is None and bare_village_name("张庄建材") is None


def test_a_unit_without_its_full_name_stays_as_written(store, tmp_path: Path) -> None:
    """Look-alike: with no 西岸村 in the file, "西岸经济合作社" (广东: a 村民小组's collective with books of its
    own) and "张庄一组" stay as written rather than become a guessed village."""
    rows = [["村名", "项目名称", "投资额"], ["西岸经济合作社", "鱼塘清淤", 65000], ["张庄一组", "机耕路", 12000]]
    import_one(store, write_xlsx(tmp_path / "项目.xlsx", {"项目": rows}))
    assert [p["village"] for p in records(store, "project")] == ["西岸经济合作社", "张庄一组"]
