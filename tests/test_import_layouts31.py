"""Layouts of blind pass 31 (物业 registers of 股份经济合作社 in 浙江 江苏 广东 福建 海南) whose rents came
in empty, or as the wrong yearly figure.

Each test writes a real file (xlsx with openpyxl, BIFF .xls with xlwt) and imports it through
``importers.import_paths``, or checks a pure function on a table:

- a contract's amount is the contract's whole sum (合同总租金, 总租金); with only a 年租金 or 月租金
  it is worked out over a term of whole years, with a warning, and otherwise left empty with one;
- a rent written with its period ("3.5万元/年", "每年3.5万元", "3000元/月") under 租金标准 gives a
  lease's yearly rent;
- a shop register that names its shops only by where they are (店面位置, 房屋坐落, 铺位) names them so;
- a lease register with both 月租金 and 租金总额 takes the stated 月租金 × 12, and says what the total
  implies.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import importers
from importers.rowmap import _rent_in_cell
from importers.synonyms import IGNORE, MONTHLY_RENT, UNIT_PRICE, YEARLY_RENT, match_text
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx


def _warnings(report: importers.FileReport) -> list[tuple[int, str, str]]:
    return [(w["row"], w["column"], w["reason"]) for w in sheet_of(report).warnings]


# --- a lease contract's sum ----------------------------------------------------------------------


@pytest.mark.parametrize(("header", "kind", "field"), [
    ("合同总租金(元)", "contract", "amount"),
    ("总租金", "contract", "amount"),
    ("合同租金总额", "contract", "amount"),
    ("年租金(元)", "contract", YEARLY_RENT),
    ("年承包费", "contract", YEARLY_RENT),
    ("年承包金额", "contract", YEARLY_RENT),  # before: the contract's sum, by containment of 承包金额
    ("月租金", "contract", MONTHLY_RENT),
    ("年租金（元/亩）", "contract", IGNORE),  # a price per 亩: no yearly rent of the contract
    ("月租金（元/㎡）", "contract", IGNORE),
    ("月租金(元)", "resource", MONTHLY_RENT),
    ("租金（元/月）", "resource", MONTHLY_RENT),
    ("月租金（元/㎡）", "resource", IGNORE),  # before: a rate per ㎡ taken for the shop's rent, ×12
    ("租金（元/平方米/月）", "resource", IGNORE),
    ("年租金（元/亩）", "resource", UNIT_PRICE),
    ("租金标准", "resource", UNIT_PRICE),
])
def test_rent_headers(header: str, kind: str, field: str) -> None:
    found = match_text(header, kind)
    assert found is not None and found.field == field


def test_a_filed_lease_contract_takes_its_total_rent_as_its_amount(store, tmp_path: Path) -> None:
    """Before, 年租金(元) and 合同总租金(元) were both unknown to a contract sheet: every amount came in
    empty, without a word."""
    rows = [["昆山市玉山镇玉山村集体物业租赁合同备案登记表"] + [None] * 9,
            ["备案编号", "出租人", "承租人", "房屋坐落", "租赁面积(㎡)", "年租金(元)", "合同总租金(元)",
             "起租日期", "到期日期", "签订日期"],
            ["YS-BA-2023-07", "玉山村股份经济合作社", "昆山市玉山精密机械厂", "玉山工业坊5号", 1800, 216000,
             1080000, "2023.04.01", "2028.03.31", "2023.03.20"],
            ["YS-BA-2024-03", "玉山村股份经济合作社", "昆山市玉山镇邱记餐饮店", "玉山村商业街12号", 200, 38400,
             None, "2024.01.01", "2026.12.31", "2023.12.18"]]
    report = import_one(store, write_xlsx(tmp_path / "玉山村物业租赁合同备案登记表.xlsx", {"备案登记": rows}))
    got = by_row(records(store, "contract"))
    assert {row: (c["code"], c["counterparty"], c["amount"]) for row, c in got.items()} == {
        3: ("YS-BA-2023-07", "昆山市玉山精密机械厂", 1080000.0),
        4: ("YS-BA-2024-03", "昆山市玉山镇邱记餐饮店", 115200.0),
    }
    assert _warnings(report) == [
        (4, "年租金(元)", "表中没有合同总金额：按年租金×3年计为合同金额 115200.00 元（未计租金递增、免租期等约定），"
                         "请核对合同")]


@pytest.mark.parametrize(("rent_header", "rent", "start", "end", "amount", "reason"), [
    ("年租金", 36000, "2022-01-01", "2026-12-31", 180000.0,
     "表中没有合同总金额：按年租金×5年计为合同金额 180000.00 元（未计租金递增、免租期等约定），请核对合同"),
    ("月租金（元）", 3000, "2022-01-01", "2024-12-31", 108000.0,
     "表中没有合同总金额：按月租金×12×3年计为合同金额 108000.00 元（未计租金递增、免租期等约定），请核对合同"),
    ("年租金", 36000, "2022-01-01", "2023-06-30", None,
     "写的是年租金，不是合同总金额；合同起止不明或不足整年，合同金额留空，已保留原值"),
    ("月租金", 3000, None, None, None,
     "写的是月租金，不是合同总金额；合同起止不明或不足整年，合同金额留空，已保留原值"),
])
def test_a_contract_with_only_a_rent_gets_its_sum_over_whole_years(
        store, tmp_path: Path, rent_header: str, rent: int, start: str | None, end: str | None,
        amount: float | None, reason: str) -> None:
    """A contract's amount is its whole sum: never the yearly rent, never empty without a warning."""
    rows = [["合同编号", "合同名称", "承租方", rent_header, "开始日期", "结束日期", "签订日期"],
            ["ZL-2022-01", "沿街店面租赁合同", "郑小梅", rent, start, end, "2021-12-20"]]
    report = import_one(store, write_xlsx(tmp_path / "湖塘村合同台账.xlsx", {"合同": rows}))
    [contract] = records(store, "contract")
    assert contract["amount"] == amount
    assert _warnings(report) == [(2, rent_header, reason)]


def test_a_contract_amount_beside_a_yearly_rent_stays_as_written(store, tmp_path: Path) -> None:
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "年租金", "开始日期", "结束日期"],
            ["ZL-01", "厂房租赁合同", "宏达五金厂", 500000, 90000, "2022-01-01", "2026-12-31"]]
    report = import_one(store, write_xlsx(tmp_path / "湖塘村合同台账.xlsx", {"合同": rows}))
    [contract] = records(store, "contract")
    assert contract["amount"] == 500000.0 and _warnings(report) == []


# --- a rent written with its period ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("3.5万元/年", (3_500_000, False)),
    ("35000元/年", (3_500_000, False)),
    ("35,000/年", (3_500_000, False)),
    ("每年3.5万元", (3_500_000, False)),
    ("3.5 万元 ／ 年", (3_500_000, False)),
    ("1.2万元/年度", (1_200_000, False)),
    ("3000元/月", (300_000, True)),
    ("每月3000元", (300_000, True)),
    ("510元/亩", None),
    ("8元/㎡/月", None),
    ("35000", None),
    ("面议", None),
])
def test_rent_in_cell(text: str, expected: tuple[int, bool] | None) -> None:
    assert _rent_in_cell(text) == expected


def test_a_rent_standard_with_its_period_is_the_yearly_rent(store, tmp_path: Path) -> None:
    """Before, 租金标准 was read as a price per 亩, and "3.5万元/年" as no price at all: every rent came
    in empty with "无法识别的金额"."""
    rows = [["石狮市蚶江镇石渡村股份经济合作社仓库、厂房出租一览表"] + [None] * 6,
            ["序号", "出租标的", "建筑面积", "承租单位", "租金标准", "租期", "押金"],
            [1, "石渡冷库1号", "1,200㎡", "石狮市服装辅料商行", "3.5万元/年", "2023.7.1—2028.6.30", "8,750元"],
            [2, "渔具仓库", "600㎡", "蔡明辉", "每年1.25万元", "2022.1.1—2026.12.31", "3,125元"],
            [3, "码头旁堆场", "4,000㎡", "石狮市蚶江物流有限公司", "48000元/年", "2024.5.1—2029.4.30", "12,000元"],
            [4, "沿街店面", "100㎡", "林美玉", "3000元/月", "2024.1.1—2026.12.31", "6,000元"]]
    report = import_one(store, write_xlsx(tmp_path / "石渡村仓库厂房出租一览表.xlsx", {"仓库厂房": rows}))
    got = by_row(records(store, "resource"))
    assert {row: (r["name"], r["area"], r["amount"]) for row, r in got.items()} == {
        3: ("石渡冷库1号", 1.8, 35000.0), 4: ("渔具仓库", 0.9, 12500.0), 5: ("码头旁堆场", 6.0, 48000.0),
        6: ("沿街店面", 0.15, 36000.0)}
    assert _warnings(report) == [(6, "租金标准", "写的是月租金：按 12 个月计为年租金 36000.00 元")]


def test_a_rent_per_year_under_a_price_per_mu_header_is_no_lease_rent(store, tmp_path: Path) -> None:
    """租金标准（元/亩）prices each 亩: "800元/年" there is a price, not the whole lease's rent."""
    rows = [["地块名称", "面积（亩）", "承包方", "租金标准（元/亩）", "承包起止"],
            ["东坑垄", 12, "林国栋", "800元/年", "2020.1.1-2029.12.31"]]
    report = import_one(store, write_xlsx(tmp_path / "东营村土地发包台账.xlsx", {"发包": rows}))
    [resource] = records(store, "resource")
    assert resource["amount"] is None
    assert [(row, column) for row, column, _ in _warnings(report)] == [(2, "租金标准（元/亩）")]


# --- a shop named by where it is ------------------------------------------------------------------


def test_a_shop_register_names_each_shop_by_its_place(store, tmp_path: Path) -> None:
    """Before, 店面位置 was no column of a resource: five shops came in without a name."""
    rows = [["东营村店面出租情况"] + [""] * 6,
            ["店面位置", "面积(㎡)", "承租人", "月租金(元)", "起租日期", "到期日期", "押金(元)"],
            ["龙田街东营段1号", 100.0, "蔡明辉", 2500.0, 44682.0, 45777.0, 5000.0],
            ["村部一楼东侧", 300.0, "李秀英", 3000.0, 45323.0, 46418.0, 6000.0]]
    import_one(store, write_xls(tmp_path / "东营村店面出租.xls", {"店面出租": rows}))
    got = by_row(records(store, "resource"))
    assert {row: (r["name"], r["counterparty"], r["amount"]) for row, r in got.items()} == {
        3: ("龙田街东营段1号", "蔡明辉", 30000.0), 4: ("村部一楼东侧", "李秀英", 36000.0)}


@pytest.mark.parametrize("header", ["铺位", "店铺位置", "门面位置", "商铺位置（门牌）", "房屋坐落", "坐落", "位置"])
def test_the_place_names_a_lease_without_a_name_column(store, tmp_path: Path, header: str) -> None:
    rows = [[header, "承租人", "年租金", "起租日期", "到期日期"],
            ["新街12号", "陈阿妹", 24000, "2023-01-01", "2025-12-31"]]
    import_one(store, write_xlsx(tmp_path / "前洋村店面出租台账.xlsx", {"店面": rows}))
    [resource] = records(store, "resource")
    assert (resource["name"], resource["counterparty"], resource["amount"]) == ("新街12号", "陈阿妹", 24000.0)


@pytest.mark.parametrize(("headers", "name"), [
    (["物业名称", "坐落", "承租人", "年租金"], "综合楼一层"),  # a real name column: the place stays raw
    (["铺号", "店面位置", "承租人", "年租金"], "A-12"),  # the shop's number names it, as before
])
def test_a_name_or_number_column_beats_the_place(store, tmp_path: Path, headers: list[str], name: str) -> None:
    first = "综合楼一层" if headers[0] == "物业名称" else "A-12"
    rows = [headers, [first, "新街12号", "陈阿妹", 24000]]
    import_one(store, write_xlsx(tmp_path / "前洋村物业出租台账.xlsx", {"物业": rows}))
    [resource] = records(store, "resource")
    assert resource["name"] == name and resource["raw"][headers[1]] == "新街12号"


def test_a_place_the_mapping_file_ignores_is_no_name(store, tmp_path: Path) -> None:
    rows = [["店面位置", "承租人", "年租金"], ["新街12号", "陈阿妹", 24000]]
    mapping = importers.mapping_from_dict({"kind": "resource", "columns": {"店面位置": "ignore"}})
    import_one(store, write_xlsx(tmp_path / "前洋村店面出租台账.xlsx", {"店面": rows}), mapping=mapping)
    [resource] = records(store, "resource")
    assert resource["name"] is None and resource["counterparty"] == "陈阿妹"


# --- a lease with both 月租金 and 租金总额 -----------------------------------------------------------


def test_a_stated_monthly_rent_beats_the_total_over_the_term(store, tmp_path: Path) -> None:
    """Before, the yearly rent was the 租金总额's average (305280 for a lease whose contract says
    24000 a month), with a warning that did not say the 月租金 was passed over."""
    rows = [["余杭区良渚街道湖塘村股份经济合作社 集体物业出租合同台账"] + [None] * 9,
            ["合同编号", "出租物业", "承租方", "建筑面积（㎡）", "月租金", "递增条款", "租期起", "租期止",
             "签订日期", "租金总额"],
            ["HT-ZL-2021-01", "1号厂房", "杭州余杭区良渚恒泰五金加工厂", 2400, 24000, "每三年递增5%",
             dt.date(2021, 3, 1), dt.date(2026, 2, 28), dt.date(2021, 2, 5), 1526400],
            ["HT-ZL-2022-01", "沿街商铺101-103", "朱立新", 180, 7200, "不递增",
             dt.date(2022, 1, 1), dt.date(2024, 12, 31), dt.date(2021, 12, 8), 259200],
            ["HT-ZL-2024-03", "仓库B", "陆建华", 300, None, None,
             dt.date(2024, 1, 1), dt.date(2025, 12, 31), dt.date(2023, 12, 8), 96000]]
    report = import_one(store, write_xlsx(tmp_path / "湖塘村集体物业出租合同台账.xlsx", {"厂房出租合同": rows}))
    got = by_row(records(store, "resource"))
    assert {row: r["amount"] for row, r in got.items()} == {3: 288000.0, 4: 86400.0, 5: 48000.0}
    assert _warnings(report) == [
        (3, "月租金", "写的是月租金：按 12 个月计为年租金 288000.00 元（首年）；租金总额 1526400.00 元按 5 年平均每年 "
                     "305280.00 元，与此不同，多为租金递增（递增条款），请核对合同"),
        (4, "月租金", "写的是月租金：按 12 个月计为年租金 86400.00 元"),
        (5, "租金总额", "租金总额按承包期 2 年折算为年租金 48000.00 元"),
    ]


# --- 租金收缴明细 ------------------------------------------------------------------------------------


def test_a_rent_collection_ledger_is_payments_in(store, tmp_path: Path) -> None:
    """Before, the 承租人 was no payer and 实收租金 no amount: the sheet was read as leases, each month's
    row a "lease" whose rent was the 应收 sum, the 收款日期 and 收据编号 lost, the shortfall hidden."""
    rows = [["蜀阜村股份经济合作社2024年物业租金收缴明细"],
            ["序号", "承租人", "物业名称", "所属期间", "应收租金(元)", "实收租金(元)", "收款日期", "收款方式", "收据编号"],
            [1, "绍兴柯桥锦纶纺织有限公司", "1号标准厂房", "2024年1月", 42000, 42000, dt.date(2024, 1, 15), "银行转账",
             "NO.0001102"],
            [2, "沈月琴", "农贸市场摊位A区", "2024年2月", 3600, 1800, dt.date(2024, 2, 14), "现金", "NO.0001110"],
            [3, "许文斌", "沿街店面3间", "2024年3月", 9600, None, None, None, None],
            [None, "合计", None, None, 55200, 43800, None, None, None]]
    report = import_one(store, write_xlsx(tmp_path / "蜀阜村物业租金收缴明细.xlsx", {"租金收缴": rows}))
    assert sheet_of(report).kind == "payment"
    assert records(store, "resource") == []
    got = by_row(records(store, "payment"))
    assert {row: (p["date"], p["amount"], p["direction"], p["counterparty"], p["voucher"]) for row, p in got.items()} == {
        3: ("2024-01-15", 42000.0, "in", "绍兴柯桥锦纶纺织有限公司", "NO.0001102"),
        4: ("2024-02-14", 1800.0, "in", "沈月琴", "NO.0001110"),
    }
    assert [r["row"] for r in sheet_of(report).rejected] == [5]  # nothing paid: reported, not a payment
