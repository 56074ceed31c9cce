"""Layouts of blind set qa60 (老区 villages after 脱贫攻坚) that used to be misread:

- a township's 扶贫项目资产确权登记表 names each asset's village in 确权到村: every asset had none, and the
  note said the sheet had no village column;
- a 公益性 asset's 竣工验收时间 is its acquired_on, a 到户类 asset's 扶持金额 its amount, where no column
  gives them (with a note); a 购置日期 or 原值 column still wins;
- a 消费帮扶 sale's 购买单位 is the payer of the money in;
- "大湾村村“两委”班子成员名册" names 大湾村 (the quoted 两委 is the 村's, not a 大湾村村);
- a 后备干部 sheet without a 职务 column gives each row the position 后备干部 (with a note), but a list of
  the 两委 and their reserves together does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_the_village_an_asset_is_vested_in(store, tmp_path: Path) -> None:
    rows = [["于都县梓山镇扶贫项目资产确权登记表（公益性资产）"],
            ["序号", "确权到村", "资产名称", "建设年度", "资产原值（元）", "管护主体"],
            [1, "潭头村", "潭头村安全饮水提升工程", 2020, 268500, "潭头村村民委员会"],
            [2, "固院村", "固院村小型提灌站", 2022, 186400, "固院村村民委员会"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梓山镇扶贫项目资产确权登记表.xlsx", {"公益性资产": rows})))
    assert [a["village"] for a in records(store, "asset")] == ["潭头村", "固院村"]
    assert "没有村名列" not in sheet.note and "确权到村" not in sheet.note


@pytest.mark.parametrize("header", ["确权村", "产权归属村"])
def test_other_words_for_the_vested_village(store, tmp_path: Path, header: str) -> None:
    rows = [["资产名称", "资产原值", header], ["光伏电站", 800000, "新屋村"], ["扶贫车间", 360000, "山峰村"]]
    import_one(store, write_xlsx(tmp_path / "梓山镇扶贫资产台账.xlsx", {"资产": rows}))
    assert [a["village"] for a in records(store, "asset")] == ["新屋村", "山峰村"]


def test_the_acceptance_date_is_when_a_built_asset_was_acquired(store, tmp_path: Path) -> None:
    rows = [["序号", "资产名称", "建设地点", "竣工验收时间", "资产原值（元）"],
            [1, "潭头村上坪组通组水泥路", "上坪组", "2019年11月20日", 356000],
            [2, "潭头村河堤护岸", "下坝组", "2021.12.8", 412300.5]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "潭头村扶贫资产登记表.xlsx", {"公益性资产": rows})))
    assert [a["acquired_on"] for a in records(store, "asset")] == ["2019-11-20", "2021-12-08"]
    assert "竣工验收时间" in sheet.note and "取得日期" in sheet.note


def test_a_purchase_date_beats_the_acceptance_date(store, tmp_path: Path) -> None:
    """Look-alike: with its own 购置日期 the asset is dated by it, and no note speaks of 竣工验收."""
    rows = [["资产名称", "原值", "购置日期", "竣工验收时间"], ["村部办公楼", 520000, "2018-06-01", "2018-10-30"],
            ["文化广场", 365280, None, "2023-09-26"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "潭头村固定资产台账.xlsx", {"资产": rows})))
    assert [a["acquired_on"] for a in records(store, "asset")] == ["2018-06-01", None]
    assert "取得日期按" not in sheet.note


def test_a_project_list_with_its_acceptance_date_stays_projects(store, tmp_path: Path) -> None:
    """Look-alike: 竣工验收时间 is a project's finished_on; the asset reading must not win its kind."""
    rows = [["项目名称", "施工单位", "合同金额", "开工时间", "竣工验收时间"],
            ["潭头村通组路硬化", "于都县宏达建设有限公司", 356000, "2019-05-02", "2019-11-20"]]
    import_one(store, write_xlsx(tmp_path / "潭头村工程项目台账.xlsx", {"项目": rows}))
    assert [p["finished_on"] for p in records(store, "project")] == ["2019-11-20"]
    assert records(store, "asset") == []


def test_the_aid_given_is_a_household_assets_amount(store, tmp_path: Path) -> None:
    rows = [["梓山镇扶贫项目资产（到户类）登记明细"],
            ["序号", "村", "户主姓名", "资产名称", "扶持年度", "扶持金额（元）", "资产现状"],
            [1, "潭头村", "谢长根", "脐橙果园（8亩）", 2019, 8000, "正常"],
            [2, "固院村", "邱桂香", "肉鸭养殖（500羽）", 2021, "3,000元", "正常"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梓山镇到户类资产.xlsx", {"到户类资产": rows})))
    assert [a["amount"] for a in records(store, "asset")] == [8000.0, 3000.0]
    assert "扶持金额" in sheet.note and "原值" in sheet.note


def test_an_original_value_beats_the_aid_given(store, tmp_path: Path) -> None:
    """Look-alike: an asset with its own 原值 is valued by it, and the note says nothing of 扶持金额."""
    rows = [["资产名称", "原值", "扶持金额", "建成时间"], ["村级光伏电站", 800000, 450000, "2018-06-30"],
            ["扶贫车间", None, 120000, "2019-03-01"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "新屋村扶贫资产台账.xlsx", {"资产": rows})))
    assert [a["amount"] for a in records(store, "asset")] == [800000.0, None]
    assert "扶持金额" not in sheet.note


def test_the_buyer_of_a_consumption_aid_sale_pays_the_village(store, tmp_path: Path) -> None:
    rows = [["潭头村消费帮扶销售台账"],
            ["序号", "销售日期", "购买单位", "产品名称", "数量", "金额（元）", "收款方式"],
            [1, "2023-03-08", "于都县财政局", "脐橙", 300, 3600, "转账"],
            [2, "2023-03-15", "谢国平", "茶油", 10, 1200, "现金"]]
    import_one(store, write_xlsx(tmp_path / "潭头村消费帮扶收入.xlsx", {"消费帮扶": rows}))
    payments = records(store, "payment")
    assert [(p["counterparty"], p["direction"]) for p in payments] == [("于都县财政局", "in"), ("谢国平", "in")]


def test_a_supplier_beats_the_buying_unit(store, tmp_path: Path) -> None:
    """Look-alike: in a 采购台账 the 采购单位 is the village itself; its supplier is the other party."""
    rows = [["采购日期", "采购单位", "供应商", "物品名称", "支出金额"],
            ["2023-04-02", "潭头村村民委员会", "于都县文具批发部", "办公用品", 860]]
    import_one(store, write_xlsx(tmp_path / "潭头村采购台账.xlsx", {"采购": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == ["于都县文具批发部"]


@pytest.mark.parametrize(("text", "village"), [
    ("金寨县花石乡大湾村村“两委”班子成员名册", "大湾村"),
    ("大湾村村\"两委\"成员", "大湾村"),
    ("大湾村村『两委』", "大湾村"),
    ("大湾村村两委及后备干部名册", "大湾村"),
    ("大湾村村民委员会", "大湾村"),
    # Look-alikes: a village called 新村 keeps its second 村, quoted word after it or not.
    ("新村村“一事一议”项目", "新村村"),
    ("新村村2023年合同台账", "新村村"),
])
def test_a_quoted_word_after_a_second_cun(text: str, village: str) -> None:
    assert find_villages(text) == [village]


def _cadre_sheet(title: str) -> list[list]:
    return [[title], ["序号", "姓名", "性别", "出生年月", "现从事工作", "拟培养方向"],
            [1, "汪子豪", "男", "1996.06", "返乡创业（茶叶电商）", "村委委员"],
            [2, "余婷婷", "女", "1998.10", "村级网格员", "村委委员"]]


def test_the_two_committees_title_names_the_village(store, tmp_path: Path) -> None:
    rows = [["金寨县花石乡大湾村村“两委”班子成员名册"], ["序号", "姓名", "现任职务"], [1, "余家明", "党总支书记"]]
    import_one(store, write_xlsx(tmp_path / "大湾村村两委及后备干部名册.xlsx", {"村两委班子": rows}))
    assert [c["village"] for c in records(store, "cadre")] == ["大湾村"]


def test_reserve_cadres_without_a_position_column(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "大湾村村两委及后备干部名册.xlsx", {"后备干部": _cadre_sheet("大湾村村级后备干部名册")})
    sheet = sheet_of(import_one(store, path))
    assert [(c["name"], c["position"]) for c in records(store, "cadre")] == [("汪子豪", "后备干部"), ("余婷婷", "后备干部")]
    assert "后备干部" in sheet.note and "职务" in sheet.note


def test_reserve_cadres_named_only_in_the_title(store, tmp_path: Path) -> None:
    import_one(store, write_xlsx(tmp_path / "大湾村名册.xlsx", {"Sheet1": _cadre_sheet("大湾村村级后备干部名册")}))
    assert [c["position"] for c in records(store, "cadre")] == ["后备干部", "后备干部"]


def test_sitting_and_reserve_cadres_together_get_no_guessed_position(store, tmp_path: Path) -> None:
    """Look-alike: a sheet of the 两委 and their reserves, or a file name alone, says nothing of a row."""
    import_one(store, write_xlsx(tmp_path / "大湾村名册.xlsx", {"名册": _cadre_sheet("大湾村村两委及后备干部名册")}))
    import_one(store, write_xlsx(tmp_path / "大湾村后备干部名册.xlsx", {"名册": _cadre_sheet("大湾村干部名册")}))
    assert [c["position"] for c in records(store, "cadre")] == [None] * 4


def test_a_reserve_sheet_keeps_its_own_positions(store, tmp_path: Path) -> None:
    """Look-alike: a 后备干部 sheet with a 职务 column reads it, an empty cell included."""
    rows = [["序号", "姓名", "职务"], [1, "汪子豪", "村级网格员"], [2, "余婷婷", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "大湾村后备干部.xlsx", {"后备干部": rows})))
    assert [c["position"] for c in records(store, "cadre")] == ["村级网格员", None]
    assert "记为“后备干部”" not in sheet.note
