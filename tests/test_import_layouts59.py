"""Layouts of blind set qa59 (广东: 西岸经济社 under 石龙经济联合社) that used to be misread:

- a 经济社 (村民小组 level, books of its own) is the village of its files: "西岸经济社村道排水工程台账" was
  filed under an invented "西岸经济社村", silently, and "石龙经济联合社西岸经济社…" under 石龙村;
- a 联合社's list of its 经济社 names each group's 经济社 on its first row only (a merged cell exported
  as csv): the column was unknown, and every row went to 石龙村;
- payees named in the 摘要 as a 铺 (梁氏凉茶铺), a 供电局 or a 茶档 were not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.parties import summary_organisation
from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx

_WORKS = [["序号", "工程名称", "施工单位", "结算价（元）", "开工日期"],
          [1, "西岸三巷村道硬化工程", "佛山市南海区粤通市政工程有限公司", 168500, "2022-10-08"],
          [2, "鱼塘北侧机耕路修复", "广东华禹水利建设有限公司", 27600, "2022-08-01"]]


def _villages(store, kind: str) -> list[str]:
    return [record["village"] for record in records(store, kind)]


def test_a_file_of_one_society_is_filed_under_the_society(store, tmp_path: Path) -> None:
    rows = [["2021—2023年村道及排水工程台账"], *_WORKS]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "西岸经济社村道排水工程台账.xls", {"工程台账": rows})))
    assert _villages(store, "project") == ["西岸经济社", "西岸经济社"]
    assert "经济社“西岸经济社”" in sheet.note and "--village" in sheet.note


def test_a_society_named_after_its_union_is_the_village(store, tmp_path: Path) -> None:
    rows = [["佛山市南海区里水镇石龙经济联合社西岸经济社工程台账"], *_WORKS]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "工程台账.xlsx", {"工程": rows})))
    assert _villages(store, "project") == ["西岸经济社", "西岸经济社"]
    assert "不记为其所属的石龙经济联合社" in sheet.note


@pytest.mark.parametrize(("title", "village"), [
    ("番禺区大石街沙溪经济联合社2023年工程台账", "沙溪村"),  # a 联合社 alone stays its village
    ("石龙经济联合社各经济社工程台账", "石龙村"),  # 各经济社 names no 经济社
    ("石桥村经济社会发展项目台账", "石桥村"),  # 经济社会: economy and society
])
def test_a_union_and_look_alikes_keep_their_village(store, tmp_path: Path, title: str, village: str) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "工程台账.xlsx", {"工程": [[title], *_WORKS]})))
    assert _villages(store, "project") == [village, village]
    assert "经济社“" not in sheet.note


@pytest.mark.parametrize(("text", "named"), [
    ("西岸经济社村道排水工程台账", ["西岸经济社"]),
    ("里水镇石龙经济联合社西岸经济社", ["西岸经济社"]),
    # A numbered 经济社 (in every 联合社) after its 联合社 leaves the 联合社's village (qa38).
    ("广州市番禺区大石街沙溪经济联合社第三经济社物业出租台账", ["沙溪村"]),
    ("沙溪第三经济社物业出租台账", ["沙溪村"]),  # the third 经济社 of 沙溪 has no name of its own
    ("新村经济社", ["新村经济社"]),  # a 经济社 named 新村, not the village 新村
    ("南社村2023年合同台账", ["南社村"]),  # a village whose name ends in 社
    ("西岸合作社村道硬化", []),  # a co-operative's name takes no 村
    ("股份经济社章程", []),
    ("本经济社社员代表会议", []),
])
def test_villages_a_text_names_at_the_society_level(text: str, named: list[str]) -> None:
    assert find_villages(text) == named


def _union_list(*entries: list) -> list[list]:
    return [["石龙经济联合社各经济社社委成员名单（2021年换届）"], ["序号", "经济社", "姓名", "性别", "职务"], *entries]


def test_a_society_column_written_once_per_group_is_carried_down(store, tmp_path: Path) -> None:
    rows = _union_list([1, "东便经济社", "梁德明", "男", "社长"], [2, None, "梁家乐", "男", "副社长"],
                       [3, None, "陈美华", "女", "会计"], [4, "南约经济社", "何永强", "男", "社长"],
                       [5, None, "黄淑贞", "女", "会计兼出纳"])
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "石龙经济联合社各经济社社委成员名单.csv", rows,
                                                 encoding="utf-8-sig")))
    assert _villages(store, "cadre") == ["东便经济社"] * 3 + ["南约经济社"] * 2
    assert "3 行“经济社”为空，按上方紧邻的行写明的村名记" in sheet.note
    assert "未识别的列" not in sheet.note


def test_a_numbered_society_in_a_file_name_is_filed_with_its_union(store, tmp_path: Path) -> None:
    """沙溪第三经济社 has no name of its own: filed with 沙溪村, as "沙溪经济联合社第三经济社" is."""
    import_one(store, write_xlsx(tmp_path / "沙溪第三经济社物业出租台账.xlsx", {"台账": [_WORKS[0], _WORKS[1]]}))
    assert _villages(store, "project") == ["沙溪村"]


def test_a_column_of_numbered_societies_leaves_the_rows_to_the_title(store, tmp_path: Path) -> None:
    """第一经济社 is in every 联合社: alone in a cell it names no collective, and the rows stay the title's."""
    rows = [["沙溪经济联合社2023年度股份分红发放表"], ["序号", "经济社", "户主", "分红金额", "发放日期"],
            [1, "第一经济社", "卢润好", 3300, "2024-01-20"], [2, "第三经济社", "何桂林", 1650, "2024-01-20"]]
    import_one(store, write_xlsx(tmp_path / "分红发放表.xlsx", {"分红": rows}))
    assert _villages(store, "payment") == ["沙溪村", "沙溪村"]


def test_a_village_column_filled_on_every_row_carries_nothing(store, tmp_path: Path) -> None:
    rows = [["石龙经济联合社社委成员名单"], ["序号", "经济社", "姓名", "职务"],
            [1, "东便经济社", "梁德明", "社长"], [2, "南约经济社", "何永强", "社长"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "社委成员名单.csv", rows)))
    assert _villages(store, "cadre") == ["东便经济社", "南约经济社"]
    assert "空白" not in sheet.note


def test_one_society_with_a_blank_below_is_no_merged_group(store, tmp_path: Path) -> None:
    """One 经济社 and a blank below may be a cell left empty (``plan.village_fill_column`` wants two groups)."""
    rows = [["序号", "经济社", "姓名", "职务"], [1, "东便经济社", "梁德明", "社长"], [2, None, "梁家乐", "副社长"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "社委成员名单.xlsx", {"名单": rows})))
    assert _villages(store, "cadre") == ["东便经济社", ""]
    assert "按上方紧邻的行" not in sheet.note


def test_a_blank_village_cell_above_any_filled_one_keeps_the_sheets_village(store, tmp_path: Path) -> None:
    rows = [["石桥村两委成员名单"], ["序号", "村名", "姓名", "职务"],
            [1, None, "王建国", "书记"], [2, "马吉村", "李秀英", "主任"]]
    import_one(store, write_csv(tmp_path / "两委成员名单.csv", rows))
    assert _villages(store, "cadre") == ["石桥村", "马吉村"]


@pytest.mark.parametrize(("summary", "party"), [
    ("收梁氏凉茶铺1月租金", "梁氏凉茶铺"),
    ("收陈记五金铺租金", "陈记五金铺"),
    ("支付南海供电局社办公楼电费", "南海供电局"),
    ("收西岸老友记茶档1-3月租金", "西岸老友记茶档"),
    ("支付西岸商铺维修工程有限公司款", "西岸商铺维修工程有限公司"),  # 商铺 ends no name
])
def test_shops_stalls_and_the_power_bureau_in_the_summary(summary: str, party: str) -> None:
    assert summary_organisation(summary, "西岸经济社") == party


@pytest.mark.parametrize("summary", [
    "收西岸商铺1号租金",  # the 经济社's own shop unit
    "收何志强铺租",  # 铺租: a person's shop rent
    "收梁永坚铺头租金",
    "收张三铺面租金",
    "支付水泥铺设工程款",
    "支付档案整理费",
])
def test_look_alikes_of_a_shop_name_no_party(summary: str) -> None:
    assert summary_organisation(summary, "西岸经济社") is None


def test_a_journal_reads_a_shop_and_the_power_bureau_from_its_summary(store, tmp_path: Path) -> None:
    rows = [["西岸经济社2023年银行存款日记账"], ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
            ["2023-01-10", "银-5", "收梁氏凉茶铺1月租金", 2200, None, 2200],
            ["2023-01-18", "银-8", "支付南海供电局社办公楼电费", None, 1865.4, 334.6],
            ["2023-01-20", "银-9", "收西岸商铺1号租金", 3500, None, 3834.6]]
    import_one(store, write_xlsx(tmp_path / "西岸经济社2023年出纳日记账.xlsx", {"银行存款日记账": rows}))
    payments = records(store, "payment")
    assert [p["counterparty"] for p in payments] == ["梁氏凉茶铺", "南海供电局", None]
    assert {p["village"] for p in payments} == {"西岸经济社"}
