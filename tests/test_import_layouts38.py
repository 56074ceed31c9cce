"""Layouts of blind pass 38 (珠三角 经济联合社 books, a 闽南 工程合同登记簿) that used to be misread.

Each test writes a real xls, xlsx or csv and imports it through ``importers.import_paths``, or checks
a pure function:

- a 工程合同登记簿 gives each contract's sum under a merged 工程造价 over 小写 | 备注金额（大写/万元）:
  neither was read, and every contract came in without its amount; 工程造价 (造价, 工程价款) is now a
  contract's sum and a sub-column that says only its form and unit (大写/万元) is the parent's;
- a title "广州市番禺区大石街沙溪经济联合社" named the village 大石街沙溪村: 大石街 is the 街道,
  written short, and the village is 沙溪村 (南街村, 东街村, 老街新村 keep their 街);
- a 股份分红发放表 that names each household by its 股东户主 was no 发放表 and was refused;
- a lease's 起租 "22/1/1" before a 到期 "24/12/31" in a 2024 register was left blank: a two-digit
  year the title does not settle is read in the century of the other end of the term, with a warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.synonyms import match_column
from importers.villages import find_villages
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

# --- A. 工程造价 over 小写 | 大写 -------------------------------------------------------------------

CONTRACT_TOP = ["序号", "合同编号", "工程名称", "承建方", "工程造价", None, "签约日期", "发包方式"]
CONTRACT_SUB = [None, None, None, None, "小写", "备注金额（大写/万元）", None, None]
CONTRACT_MERGES = [(2, 3, 0, 0), (2, 3, 1, 1), (2, 3, 2, 2), (2, 3, 3, 3), (2, 2, 4, 5), (2, 3, 6, 6), (2, 3, 7, 7)]


def _contract_register(tmp_path: Path, rows: list[list[object]]) -> Path:
    sheet = [["晋江市龙湖镇石龟村股份经济合作社2023年工程合同登记簿"],
             ["登记人：许明", None, None, None, None, None, "单位：元"],
             CONTRACT_TOP, CONTRACT_SUB, *rows]
    return write_xls(tmp_path / "石龟村工程合同登记簿.xls", {"2023年": sheet}, merges={"2023年": CONTRACT_MERGES})


def test_a_works_contracts_sum_under_a_merged_cost_header_is_read_in_either_form(store, tmp_path: Path) -> None:
    path = _contract_register(tmp_path, [
        [1, "SG-2023-01", "老人活动中心外墙修缮工程", "晋江市龙湖建筑工程有限公司", "286,500元", None, "2023-3-5", "直接发包"],
        [2, "SG-2023-02", "主干道路灯安装工程", "晋江市光明电气安装有限公司", 98600, None, "2023-3-18", "直接发包"],
        [3, "SG-2023-03", "排洪沟清淤及护岸工程", "泉州市鸿泰水利工程有限公司", None, "12.8万元", "2023-4-2", "直接发包"],
        [4, "SG-2023-04", "祖厝前埕铺装工程", "晋江市龙湖建筑工程有限公司", None, "叁拾贰万陆仟元整", "2023-4-20", "直接发包"],
        [5, "SG-2023-05", "篮球场改造工程", "晋江市龙湖建筑工程有限公司", None, 15.6, "2023-5-8", "直接发包"],
    ])
    sheet = sheet_of(import_one(store, path))
    amounts = {c["code"]: c["amount"] for c in records(store, "contract")}
    assert amounts == {"SG-2023-01": 286500, "SG-2023-02": 98600, "SG-2023-03": 128000, "SG-2023-04": 326000,
                       "SG-2023-05": 156000}  # a bare figure in the 大写/万元 column is in 万元
    assert "未识别的列" not in sheet.note
    assert sheet.warnings == []


def test_a_sum_in_words_that_disagrees_with_the_figure_is_warned(store, tmp_path: Path) -> None:
    path = _contract_register(tmp_path, [
        [1, "SG-2023-01", "老人活动中心外墙修缮工程", "晋江市龙湖建筑工程有限公司", 286500, "贰拾捌万陆仟伍佰元整", "2023-3-5", "直接发包"],
        [2, "SG-2023-02", "主干道路灯安装工程", "晋江市光明电气安装有限公司", 98600, "玖万陆仟捌佰元整", "2023-3-18", "直接发包"],
    ])
    sheet = sheet_of(import_one(store, path))
    assert [c["amount"] for c in records(store, "contract")] == [286500, 98600]  # the figure is kept
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(6, "工程造价/备注金额（大写/万元）")]
    assert "不一致" in sheet.warnings[0]["reason"]


@pytest.mark.parametrize("header", ["工程造价", "造价"])
def test_what_the_works_cost_is_a_contracts_sum(store, tmp_path: Path, header: str) -> None:
    rows = [["合同编号", "合同名称", "乙方", header, "签订日期"],
            ["HT-01", "村道硬化工程施工合同", "宏达建设有限公司", "398,000元", "2024-3-5"]]
    import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [398000]


@pytest.mark.parametrize(("child", "field"), [
    ("小写", "amount"), ("大写", "amount"), ("备注金额（大写/万元）", "amount"), ("大写/万元", "amount"),
])
def test_a_sub_column_that_names_only_a_form_and_a_unit_is_the_parents(child: str, field: str) -> None:
    match = match_column("工程造价", child, "contract")
    assert match is not None and match.field == field


@pytest.mark.parametrize(("parent", "child"), [
    ("工程造价", "备注"),  # a remark, no form of the sum
    ("资金来源", "财政资金（万元）"),  # a part of a breakdown, not the whole
    ("乙方", "联系电话（大写）"),  # a phone number is no form of a party
])
def test_look_alikes_of_a_written_form_stay_as_they_were(parent: str, child: str) -> None:
    match = match_column(parent, child, "contract")
    assert match is None or match.field not in ("amount", "counterparty")


# --- B. a 街道 written short before the village ------------------------------------------------------


@pytest.mark.parametrize(("text", "villages"), [
    ("广州市番禺区大石街沙溪经济联合社第一经济社", ["沙溪村"]),
    ("大石街沙溪经济联合社2023年出纳现金日记账", ["沙溪村"]),
    ("番禺区沙湾街大巷涌村", ["大巷涌村"]),
    # 街 in a village's own name
    ("南街村", ["南街村"]), ("河南省临颍县南街村", ["南街村"]), ("东街村委会", ["东街村"]), ("十字街口村", ["十字街口村"]),
    ("老街新村", ["老街新村"]), ("石桥村、老街新屋村", ["石桥村", "老街新屋村"]), ("三街新村", ["三街新村"]),
    ("广州市番禺区大石街道沙溪村", ["沙溪村"]),
])
def test_a_street_written_short_is_no_part_of_the_village(text: str, villages: list[str]) -> None:
    assert find_villages(text) == villages


def test_a_cash_journal_titled_by_its_street_files_under_the_village(store, tmp_path: Path) -> None:
    rows = [["广州市番禺区大石街沙溪经济联合社第一经济社"],
            ["2023年出纳现金日记账"],
            ["日期", "凭证号", "摘要", "对方单位/个人", "方向", "金额", "余额"],
            ["2023-3-5", "现收1", "收厂房租金", "广州市宏利塑胶制品有限公司", "借", "18,000元", 18000],
            ["2023-3-8", "现付1", "支付保洁费", "何斌", "贷", "1,200元", 16800]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "沙溪经济联合社2023年出纳现金日记账.xlsx", {"第一经济社": rows})))
    assert {p["village"] for p in records(store, "payment")} == {"沙溪村"}
    assert "“沙溪经济联合社”记为沙溪村" in sheet.note


# --- C. a 股份分红发放表 paid to each 股东户主 ----------------------------------------------------------

DIVIDEND_HEADER = ["序号", "经济社", "股东户主", "户内股数", "每股分红", "分红金额", "发放日期", "领取人签名"]


def test_a_dividend_payout_to_each_shareholder_household_is_money_out(store, tmp_path: Path) -> None:
    rows = [["沙溪经济联合社2023年度股份分红发放表"],
            ["单位：元"],
            DIVIDEND_HEADER,
            [1, "第一经济社", "何　志强", 5, 1350, 6750, "2024-1-26", None],
            [2, "第一经济社", "黄耀祖", 4, 1350, 5400, "2024-1-26", None],
            ["小计", None, None, 9, None, 12150, None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "沙溪经济联合社2023年度股份分红发放表.xlsx", {"分红发放": rows})))
    assert sheet.kind == "payment"
    paid = by_row(records(store, "payment"))
    assert [(p["counterparty"], p["amount"], p["direction"], p["date"]) for p in paid.values()] == [
        ("何志强", 6750, "out", "2024-01-26"), ("黄耀祖", 5400, "out", "2024-01-26")]
    assert "发放表" in sheet.note


def test_a_shareholder_register_without_a_sum_paid_stays_no_payout(store, tmp_path: Path) -> None:
    rows = [["沙溪经济联合社股东名册"],
            ["序号", "经济社", "股东户主", "户内人数", "户内股数", "联系电话"],
            [1, "第一经济社", "何志强", 4, 5, "13800000000"],
            [2, "第一经济社", "黄耀祖", 3, 4, "13900000000"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "沙溪经济联合社股东名册.xlsx", {"股东": rows})))
    assert sheet.kind != "payment"
    assert records(store, "payment") == []


# --- D. a term's two-digit year read in the century of its other end --------------------------------

LEASE_HEADER = ["序号", "物业名称", "承租人", "面积（平方米）", "年租金", "起租日期", "到期日期"]


def _lease_register(tmp_path: Path, rows: list[list[object]]) -> Path:
    return write_csv(tmp_path / "沙溪第三经济社物业出租台账.csv",
                     [["沙溪村第三经济社物业出租台账（2024年）"], LEASE_HEADER, *rows], encoding="utf-8-sig")


def test_a_short_year_beside_the_other_end_of_its_term_is_read_in_that_century(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _lease_register(tmp_path, [
        [1, "南区商铺3号", "何家豪", 72.0, 57600, "22/1/1", "24/12/31"],
        [2, "三社仓库", "广州市恒昌仓储服务有限公司", 1200.0, "72,000元", "23/1/1", "27/12/31"],
        [3, "三社旧厂房", "广州市宏利塑胶制品有限公司", 3200.0, "216,000元", "98/1/1", "2027-12-31"],
        [4, "南区商铺1号", "广州市番禺区丽华服装店", 86.5, "81,600元", "2021-3-1", "26/2/28"],
    ])))
    leases = by_row(records(store, "resource"))
    assert [(r["started_on"], r["ended_on"]) for r in leases.values()] == [
        ("2022-01-01", "2024-12-31"), ("2023-01-01", "2027-12-31"), ("1998-01-01", "2027-12-31"),
        ("2021-03-01", "2026-02-28")]
    assert [(w["row"], w["column"], w["value"]) for w in sheet.warnings] == [
        (3, "起租日期", "22/1/1"), (4, "到期日期", "27/12/31"), (5, "起租日期", "98/1/1"), (6, "到期日期", "26/2/28")]
    assert all("两位" in w["reason"] and "请核对" in w["reason"] for w in sheet.warnings)
    assert "读作2022年" in sheet.warnings[0]["reason"]


def test_a_short_year_that_no_century_puts_in_order_stays_blank(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _lease_register(tmp_path, [
        [1, "南区商铺3号", "何家豪", 72.0, 57600, "29/1/1", "24/12/31"],  # would begin after its end
        [2, "三社仓库", "广州市恒昌仓储服务有限公司", 1200.0, 72000, "21/1/1", "19/12/31"],  # neither end settled
        [3, "三社综合楼", "郭永乐", 260.0, 31200, "22/13/1", "2025-8-31"],  # no such month
    ])))
    leases = by_row(records(store, "resource"))
    assert [(r["started_on"], r["ended_on"]) for r in leases.values()] == [
        (None, "2024-12-31"), (None, None), (None, "2025-08-31")]
    assert not any("读作" in w["reason"] for w in sheet.warnings)
    assert {w["row"] for w in sheet.warnings} >= {3, 4}


def test_a_short_year_with_no_other_end_stays_refused(store, tmp_path: Path) -> None:
    rows = [["石龟村股份经济合作社固定资产登记表"],
            ["截至2024年6月30日　单位：元"],
            ["资产编号", "资产名称", "类别", "原值", "购置日期", "使用状况"],
            ["GD-002", "老人活动中心", "房屋及建筑物", "462,000元", "12/9/1", "在用"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石龟村固定资产.xlsx", {"固定资产": rows})))
    assert [a["acquired_on"] for a in records(store, "asset")] == [None]
    assert "无法确定是哪一年" in sheet.warnings[0]["reason"]
