"""Village names that blind QA sets found misread: 嘎查, 日 and 市 inside names, a province
before the name in a file name, a 村社 column, and a town named after a 村 (孙村镇)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.villages import find_village, find_villages, without_province
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx


@pytest.mark.parametrize("text,village", [
    # 嘎查 is Inner Mongolia's village; 嘎查村 and 嘎查两委 are the words for villages in general.
    ("阿巴嘎旗别力古台镇巴彦图嘎查经济合同管理台账", "巴彦图嘎查"),
    ("查干淖尔嘎查2023年上半年收支登记表", "查干淖尔嘎查"),
    ("巴彦图嘎查村委会", "巴彦图嘎查"),
    ("宝格达乌拉苏木巴彦图嘎查固定资产", "巴彦图嘎查"),
    ("嘎查两委及亲属", None),
    ("全旗嘎查村集体经济收入", None),
    ("各嘎查草场承包情况", None),
    # 年/月/日 end a name after a digit, a numeral or a time word, and are part of it elsewhere.
    ("阔什艾日克村合同登记", "阔什艾日克村"),
    ("新月村资源发包台账", "新月村"),
    ("2023年3月5日石桥村", "石桥村"),
    ("二〇二三年石桥村收支", "石桥村"),
    ("上半年石桥村收支", "石桥村"),
    ("本月石桥村报账", "石桥村"),
    # 市 after a town or a boundary begins a name; after a city's name it ends the city's.
    ("昆山市周市镇市北村租赁台账", "市北村"),
    ("市北村集体资产资源租赁台账", "市北村"),
    ("江苏_昆山市_周市镇_市北村_集体资产资源租赁台账", "市北村"),
    ("昆山市石桥村", "石桥村"),
    ("昆山市北村", "北村"),
    ("2023年市农业农村局监制", None),
    # A 村 followed by 镇/街道 names a town.
    ("金蝶_固定资产清单_安徽繁昌区孙村镇_中分村", "中分村"),
    ("孙村镇中分村", "中分村"),
    # Blind passes 14 and 15: 旗 right before 村 is part of the name, 其 begins 其塔木村, 明月 is no date.
    ("红旗村2023年收支明细", "红旗村"),
    ("科尔沁右翼前旗大红旗村合同台账", "大红旗村"),
    ("其塔木村资产登记", "其塔木村"),
    ("其他村组资金往来", None),
    ("蒲江县甘溪镇明月村2023年建设项目台账", "明月村"),
    ("上月石桥村报账", "石桥村"),
    ("白庙村乡、中分村", "中分村"),
    ("石桥村乡村振兴项目", "石桥村"),
    ("长兴联合村镇银行对账单", None),
    # A kind of village (示范村, 重点村) names none, and 乡村 ends the run before a name.
    ("2023年市级示范村建设项目", None),
    ("乡村振兴示范村建设项目", None),
    ("省级美丽乡村石桥村项目", "石桥村"),
    ("县级重点村石桥村帮扶资金", "石桥村"),
    ("青山镇级岭村合同", "级岭村"),
    ("村前村资产登记", "村前村"),
    # A run too long for a name is one only after a province written at a boundary.
    ("P04_内蒙古巴彦图嘎查_银行存款日记账", "内蒙古巴彦图嘎查"),
    ("援建单位驻内蒙古巴彦图嘎查", None),
])
def test_village_names(text: str, village: str | None) -> None:
    assert find_village(text) == village


def test_a_file_name_with_a_province_before_a_long_name(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "P04_内蒙古巴彦图嘎查_银行存款日记账.csv", contract_rows(None))
    import_one(store, path)
    assert villages_of(store) == ["巴彦图嘎查"]


def test_a_town_named_after_a_village_is_not_a_second_village() -> None:
    assert find_villages("安徽繁昌区孙村镇_中分村") == ["中分村"]


def test_a_model_village_title_names_only_the_village() -> None:
    """Before, "市级示范村" gave a second village 级示范村 and split the sheet's records."""
    assert find_villages("石桥村2023年市级示范村建设项目") == ["石桥村"]


@pytest.mark.parametrize("village,expected", [
    ("陕西白家塬村", "白家塬村"),
    ("内蒙古巴彦图嘎查", "巴彦图嘎查"),
    ("海南大墩村", "大墩村"),
    ("宁夏明台村", "明台村"),
    ("江西村", "江西村"),  # fewer than two characters would be left: a name of its own
    ("海南新村", "海南新村"),
    ("石桥村", "石桥村"),
])
def test_a_province_before_a_name_is_dropped(village: str, expected: str) -> None:
    assert without_province(village) == expected


CONTRACT_HEADER = ["序号", "合同名称", "乙方", "合同金额", "签订日期"]


def contract_rows(title: str | None) -> list[list[object]]:
    rows: list[list[object]] = [[title]] if title else []
    return rows + [CONTRACT_HEADER,
                   [1, "草场承包合同", "巴特尔", 12000, dt.date(2023, 3, 1)],
                   [2, "机井维修合同", "赛音", 8000, dt.date(2023, 4, 2)]]


def villages_of(store) -> list[str]:
    return sorted({record["village"] for record in records(store)})


def test_an_inner_mongolian_title_names_the_village(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "合同台账.xlsx", {"合同台账": contract_rows("阿巴嘎旗别力古台镇巴彦图嘎查经济合同管理台账")})
    import_one(store, path)
    assert villages_of(store) == ["巴彦图嘎查"]


def test_a_province_in_the_file_name_does_not_split_one_village(store, tmp_path: Path) -> None:
    # The first sheet has its title, the second none: both are 大墩村, as the file name means.
    path = write_xlsx(tmp_path / "海南大墩村_项目合同.xlsx", {
        "工程合同": contract_rows("大墩村2023年合同台账"),
        "租赁合同": contract_rows(None),
    })
    report = import_one(store, path)
    assert villages_of(store) == ["大墩村"]
    assert "不一致" not in (sheet_of(report, "工程合同").note or "")


@pytest.mark.parametrize("file_name,title,village", [
    ("陕西白家塬村_三资平台合同台账.csv", "白家塬村合同台账", "白家塬村"),
    # A title that writes the longer name says it is the village's own (a 河北辛庄村 in 河北 or not).
    ("河北辛庄村_合同台账.csv", "河北辛庄村合同台账", "河北辛庄村"),
])
def test_a_csv_named_with_its_province_keeps_the_title_village(store, tmp_path: Path, file_name: str,
                                                              title: str, village: str) -> None:
    path = write_csv(tmp_path / file_name, contract_rows(title))
    report = import_one(store, path)
    assert villages_of(store) == [village]
    assert "不一致" not in (sheet_of(report).note or "")


def test_a_town_in_the_file_name_leaves_the_village(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "金蝶_合同台账_安徽繁昌区孙村镇_中分村.csv", contract_rows(None))
    import_one(store, path)
    assert villages_of(store) == ["中分村"]


@pytest.mark.parametrize("header", ["村社", "村/社"])
def test_a_cun_she_column_names_each_cadres_village(store, tmp_path: Path, header: str) -> None:
    path = write_csv(tmp_path / "九华乡_村社干部名单.csv", [
        ["序号", header, "姓名", "职务", "性别"],
        [1, "妙源村", "张三", "党总支书记", "男"],
        [2, "坑口村", "李四", "村委会主任", "男"],
        [3, "下村", "王五", "村监会主任", "女"],
    ])
    report = import_one(store, path)
    assert [r["village"] for r in records(store, "cadre")] == ["妙源村", "坑口村", "下村"]
    assert "没有村名列" not in (sheet_of(report).note or "")
