"""Lease and contract layouts of blind passes 22-24 that used to misread rows.

Each test writes a real file (xlsx with openpyxl, csv) and imports it through
``importers.import_paths``, or checks a pure function on a table:

- the number of the leased thing (棚号 A01, 地号 JD-01, 铺号, 摊位号) is the resource's name when the
  register has no name column, and its code beside one;
- a price per 公顷 (每公顷承包费（元）, 承包费（元/公顷·年）) is a unit price, never the rent: the
  yearly rent is the 承包费合计（元/年） beside it, or the price times the area;
- 流转费（元/年） and 租赁费 are a lease's rent;
- a contract's 工期（起止） "2022.4.10-2022.7.31" is its start and end, and a 工期 of 90 (days) gives
  no end 90 years later;
- a register of lease contracts (…机动地发包合同汇总表: 合同编号, 签订日期, 合同金额 for the whole
  term) is read as contracts, not as leases whose yearly rent would be the five-year sum.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.synonyms import match_text
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx


def _greenhouse_rows(number_header: str, with_name: bool) -> list[list]:
    header = [number_header, "棚型", "面积（亩）", "承租户", "年租金（元）", "租期起", "租期止"]
    rows = [["A01", "日光温室", 1.2, "马志成", 3600, "2022-03-01", "2027-02-28"],
            ["A02", "拱棚", 0.8, "马志成", 1600, "2022-03-01", "2027-02-28"]]
    if with_name:
        header.insert(1, "大棚名称")
        for row, name in zip(rows, ("一号温室", "二号拱棚")):
            row.insert(1, name)
    return [["红河镇设施园区大棚出租表"], header, *rows]


@pytest.mark.parametrize("number_header", ["棚号", "地号", "铺号", "摊位号", "门牌号", "地块编号"])
def test_the_leased_things_number_is_its_name_when_nothing_else_names_it(store, tmp_path: Path,
                                                                          number_header: str) -> None:
    """Before, a register that names its greenhouses only by 棚号 gave every lease an empty name."""
    import_one(store, write_xlsx(tmp_path / "红河镇大棚出租表.xlsx", {"大棚出租": _greenhouse_rows(number_header, False)}))
    leases = records(store, "resource")
    assert [(r["name"], r["code"], r["category"]) for r in leases] == [("A01", None, "日光温室"), ("A02", None, "拱棚")]
    assert [r["amount"] for r in leases] == [3600.0, 1600.0]


def test_beside_a_name_column_the_number_is_the_code(store, tmp_path: Path) -> None:
    import_one(store, write_xlsx(tmp_path / "红河镇大棚出租表.xlsx", {"大棚出租": _greenhouse_rows("棚号", True)}))
    assert [(r["name"], r["code"]) for r in records(store, "resource")] == [("一号温室", "A01"), ("二号拱棚", "A02")]


def test_a_contracts_number_never_names_the_leased_thing(store, tmp_path: Path) -> None:
    rows = [["合同编号", "承包方", "面积（亩）", "年承包费（元）", "承包期限"],
            ["FB-2021-01", "李长海", 30, 9000, "2021.1.1-2025.12.31"]]
    import_one(store, write_xlsx(tmp_path / "前进村土地发包台账.xlsx", {"发包台账": rows}))
    assert [(r["name"], r["code"], r["amount"]) for r in records(store, "resource")] == [(None, "FB-2021-01", 9000.0)]


HECTARE_LEDGER = [
    ["东风村林场屯机动地发包台账（2023年度）"],
    ["地号", "地块位置", "承包人", "面积（公顷）", "每公顷承包费（元）", "承包费合计（元/年）", "承包年限",
     "承包起止时间", "发包方式", "备注"],
    ["JD-01", "河套", "张凤山", "4.50", "6000", "27000.00", "3年", "2023.01.01-2025.12.31", "公开竞价", ""],
    ["JD-02", "西山根", "孙广才", "3.60", "5250", "18900.00", "1年", "2023.01.01-2023.12.31", "公开竞价", ""],
]


def test_a_price_per_hectare_is_no_rent_beside_the_yearly_total(store, tmp_path: Path) -> None:
    """Before, 每公顷承包费 (6000) was the rent of a lease worth 27000 a year, and 地号 was read nowhere."""
    import_one(store, write_csv(tmp_path / "东风村林场屯机动地发包台账2023.csv", HECTARE_LEDGER, encoding="gbk"))
    leases = records(store, "resource")
    assert [(r["code"], r["name"], r["amount"], r["area"]) for r in leases] == [
        ("JD-01", "河套", 27000.0, 67.5), ("JD-02", "西山根", 18900.0, 54.0)]


@pytest.mark.parametrize("price_header", ["承包费（元/公顷·年）", "每公顷承包费（元）", "每亩承包金（元）"])
def test_a_price_per_area_alone_gives_the_rent_with_the_area(store, tmp_path: Path, price_header: str) -> None:
    """The rent is the price times the area in the price's own unit (公顷 = 15 亩)."""
    area_header = "面积（公顷）" if "公顷" in price_header else "面积（亩）"
    rows = [["地块名称", "承包方", area_header, price_header, "承包期限"],
            ["河套1号地", "王德福", 8.2, 5250, "2023.1.1-2027.12.31"]]
    import_one(store, write_xlsx(tmp_path / "东风村机动地发包台账.xlsx", {"机动地": rows}))
    assert [r["amount"] for r in records(store, "resource")] == [43050.0]


@pytest.mark.parametrize("rent_header", ["流转费（元/年）", "年流转费（元）", "流转金额", "租赁费（元/年）",
                                         "承包费合计（元/年）"])
def test_a_transfer_fee_is_the_leases_rent(store, tmp_path: Path, rent_header: str) -> None:
    """Before, 流转费（元/年） was read as nothing: five leases without a rent, and no word of it."""
    rows = [["所属村组", "流转地块", "流转面积（亩）", "流入方", rent_header, "流转起始时间", "流转到期时间"],
            ["红星村3组", "大田湾", 62, "李建华", 37200, "2021-03-01", "2031-02-28"]]
    import_one(store, write_csv(tmp_path / "土地流转登记.csv", rows, encoding="utf-8-sig"))
    assert [(r["amount"], r["area"]) for r in records(store, "resource")] == [(37200.0, 62.0)]


@pytest.mark.parametrize(("header", "field"), [
    ("棚号", "code"), ("地号", "code"), ("摊位号", "code"), ("每公顷承包费（元）", "unit_price"),
    ("承包费（元/公顷·年）", "unit_price"), ("每平方米租金（元）", "ignore"), ("流转费（元/年）", "amount"),
    ("租赁费", "amount"), ("每年租金", "amount"), ("棚型", "category"),
])
def test_lease_headers(header: str, field: str) -> None:
    found = match_text(header, "resource")
    assert found is not None and found.field == field


def test_a_works_period_range_is_the_contracts_start_and_end(store, tmp_path: Path) -> None:
    """Before, 工期（起止） "2022.4.10-2022.7.31" left the contract without dates."""
    rows = [["序号", "合同编号", "合同名称", "签约对象", "合同金额（元）", "签订日期", "工期（起止）"],
            ["1-1", "GY-2022-01", "产业路硬化工程施工合同", "中江县顺达建筑有限公司", 286000, "2022-04-02",
             "2022.4.10-2022.7.31"],
            ["1-2", "GY-2022-02", "产业路监理合同", "德阳市正诚监理有限公司", 8600, "2022-04-05", None]]
    import_one(store, write_xlsx(tmp_path / "公议村合同清单_审计.xlsx", {"Sheet1": rows}))
    assert [(c["started_on"], c["ended_on"]) for c in records(store, "contract")] == [
        ("2022-04-10", "2022-07-31"), (None, None)]


def test_a_works_period_in_days_gives_no_end_ninety_years_later(store, tmp_path: Path) -> None:
    """A 工期 of 90 beside a start date used to be read as a term of 90 years; beside its own start and
    end, "90天" was called an unreadable range."""
    rows = [["项目名称", "施工单位", "合同价（元）", "开工日期", "竣工日期", "工期（天）"],
            ["村道硬化工程", "中江县顺达建筑有限公司", 286000, "2022-04-10", None, 90],
            ["水渠修复工程", "中江县顺达建筑有限公司", 58000, "2022-05-01", "2022-06-29", "60天"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "公议村工程项目台账.xlsx", {"项目": rows})))
    assert [(p["started_on"], p["finished_on"]) for p in records(store, "project")] == [
        ("2022-04-10", None), ("2022-05-01", "2022-06-29")]
    assert [(w["row"], w["reason"]) for w in sheet.warnings] == [(2, "写的是工期天数，不是起止日期，已保留原值")]


CONTRACT_SUMMARY_HEADER = ["序号", "合同编号", "发包方", "承包方", "地块名称", "面积（公顷）", "承包费（元/公顷·年）",
                           "承包年限", "合同金额（元）", "签订日期", "起始日期", "终止日期"]


def test_a_register_of_lease_contracts_is_read_as_contracts(store, tmp_path: Path) -> None:
    """Before, each contract became a lease whose yearly rent was the whole five-year sum (215 250)."""
    rows = [["东风林场屯机动地发包合同汇总表"], ["填报单位：东风村民委员会"], CONTRACT_SUMMARY_HEADER,
            [1, "DF-JDD-2023-01", "东风村民委员会", "王德福", "河套1号地", 8.2, 5250, "5年", 215250,
             "2022年12月6日", "2023年1月1日", "2027年12月31日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东风村机动地发包合同汇总.xlsx", {"合同汇总": rows})))
    assert sheet.kind == "contract"
    assert records(store, "resource") == []
    assert [(c["code"], c["counterparty"], c["amount"], c["signed_on"], c["started_on"], c["ended_on"])
            for c in records(store, "contract")] == [
        ("DF-JDD-2023-01", "王德福", 215250.0, "2022-12-06", "2023-01-01", "2027-12-31")]


def test_a_lease_register_with_a_yearly_rent_stays_a_lease_register(store, tmp_path: Path) -> None:
    """A 承包合同台账 that gives each lease's 年承包费 is read as leases: the rent checks need it."""
    rows = [["东风村土地承包合同台账"],
            ["合同编号", "承包方", "地块名称", "面积（亩）", "年承包费（元）", "签订日期", "承包起止"],
            ["DF-2023-01", "王德福", "河套1号地", 123, 43050, "2022-12-06", "2023.1.1-2027.12.31"]]
    import_one(store, write_xlsx(tmp_path / "东风村土地承包合同台账.xlsx", {"合同台账": rows}))
    assert [(r["code"], r["name"], r["amount"]) for r in records(store, "resource")] == [
        ("DF-2023-01", "河套1号地", 43050.0)]
