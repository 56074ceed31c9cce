"""Layouts of blind pass 27 (hand-kept books of 云贵川渝甘陕青 villages) that used to lose their dates
or budgets silently.

Each test writes a real file (xlsx with openpyxl, a GBK csv) and imports it through
``importers.import_paths``, or checks a pure function on a table:

- a date typed with a two-digit year ("19.3.5") is read in the century of the year the title
  names, and only then;
- a 现金收支登记 with a 日 column and no 月 column takes each entry's month from the month lines
  above it ("2020年3月份"), and its year from the title;
- 收入时间 dates a receipt, 项目资金 is a project's budget, 形成资产时间 dates an asset.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

# --- two-digit years -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("19.3.5", (19, 3, 5)),
    ("19/3/5", (19, 3, 5)),
    ("19-03-05", (19, 3, 5)),
    ("19年3月5日", (19, 3, 5)),
    (" 19.12.31 ", (19, 12, 31)),
    ("１９.３.５", (19, 3, 5)),  # full-width digits
    ("2019.3.5", None),  # a four-digit year is parse_date's
    ("19.13.5", None),
    ("19.3.32", None),
    ("1.3.5", None),
    ("19.3", None),
    ("19.3-5", None),
    (19.3, None),  # a number is never a date with a short year
])
def test_short_year_date(text: object, expected: tuple[int, int, int] | None) -> None:
    assert values.short_year_date(text) == expected


def test_a_two_digit_year_is_read_in_the_titles_century(store, tmp_path: Path) -> None:
    """Before, 收入时间 was no date column and "19.1.15" no date: every receipt came in undated,
    without a word."""
    rows = [["湄潭县兴隆镇田家沟村股份经济合作社集体经济收入台账（2019年度）"],
            ["序号", "收入时间", "收入项目", "交款单位（人）", "金额", "收据编号", "经手人"],
            [1, "19.1.15", "茶青收购差价分红", "湄潭县聚福茶业有限公司", "12600元", "0012301", "田应军"],
            [2, "18.12.28", "集体茶园承包费", "田茂林", "4800元", "0012302", "田应军"],
            [3, "19.3.28", "厂房租金（上半年）", "兴隆镇黔香米粉加工厂", "6,000.00元", "0012303", "田应军"],
            ["合计", None, None, None, "23400元", None, None]]
    import_one(store, write_csv(tmp_path / "田家沟村集体经济收入台账.csv", rows, encoding="gbk"))
    got = by_row(records(store, "payment"))
    assert {row: (p["date"], p["amount"], p["direction"], p["counterparty"]) for row, p in got.items()} == {
        3: ("2019-01-15", 12600.0, "in", "湄潭县聚福茶业有限公司"),
        4: ("2018-12-28", 4800.0, "in", "田茂林"),
        5: ("2019-03-28", 6000.0, "in", "兴隆镇黔香米粉加工厂"),
    }


@pytest.mark.parametrize("title", ["朱家湾村村级财务收支流水", "朱家湾村2015年村级财务收支流水"])
def test_a_two_digit_year_without_a_near_title_year_stays_unread(store, tmp_path: Path, title: str) -> None:
    rows = [[title], ["日期", "收/支", "事由", "收（付）款人", "金额"],
            ["19.3.5", "收", "收木耳大棚租赁费", "柞水县秦岭木耳产业有限公司", "15000元"]]
    report = import_one(store, write_xlsx(tmp_path / "朱家湾村收支流水.xlsx", {"Sheet1": rows}))
    [payment] = records(store, "payment")
    assert payment["date"] is None and payment["amount"] == 15000.0
    assert [(w["row"], w["column"], w["reason"]) for w in sheet_of(report).warnings] == [
        (3, "日期", "年份只写了两位（19），标题中没有相近的年份，无法确定是哪一年，已保留原值")]


# --- a 日 column under month lines ---------------------------------------------------------------


def test_day_only_entries_take_their_month_from_the_month_lines(store, tmp_path: Path) -> None:
    """Before, every entry came in undated, silently: the 日 column alone was not used at all."""
    rows = [["互助县五十镇班彦村2020年村级现金收支登记"] + [None] * 7,
            ["日", "凭证号", "摘要", "收款人/交款人", "收入金额", "支出金额", "结存金额", "经手人"],
            ["2020年3月份"] + [None] * 7,
            [5, "付字第5号", "付班彦村新村道路清扫工资", "吕永华", None, 900, 620, "吕永平"],
            [12, "收字第2号", "收盘绣园摊位费", "互助县班彦盘绣专业合作社", 1600, None, 2220, "吕永平"],
            [None, None, "3月小计", None, 1600, 900, 2220, None],
            ["4月份"] + [None] * 7,
            [2, "付字第7号", "付酩馏酒坊消防器材款", "互助县安达消防器材经营部", None, 1450, 770, "吕永平"]]
    merges = ["A1:H1", "A3:H3", "A7:H7"]
    report = import_one(store, write_xlsx(tmp_path / "班彦村现金收支登记2020.xlsx", {"2020年": rows},
                                          merges={"2020年": merges}))
    got = by_row(records(store, "payment"))
    assert {row: (p["date"], p["voucher"], p["amount"], p["direction"]) for row, p in got.items()} == {
        4: ("2020-03-05", "付字第5号", 900.0, "out"),
        5: ("2020-03-12", "收字第2号", 1600.0, "in"),
        8: ("2020-04-02", "付字第7号", 1450.0, "out"),
    }
    reasons = {s["row"]: s["reason"] for s in sheet_of(report).skipped}
    assert reasons[3] == "月份行（2020年3月份）：以下记录按 2020 年 3 月"
    assert reasons[7] == "月份行（4月份）：以下记录按 2020 年 4 月"
    assert sheet_of(report).warnings == []


def test_a_day_column_without_any_month_is_reported(store, tmp_path: Path) -> None:
    rows = [["班彦村2020年现金收支登记"],
            ["日", "摘要", "收款人", "支出金额"],
            [5, "付道路清扫工资", "吕永华", 900]]
    report = import_one(store, write_xlsx(tmp_path / "班彦村现金收支登记.xlsx", {"登记": rows}))
    [payment] = records(store, "payment")
    assert payment["date"] is None
    assert [(w["row"], w["reason"]) for w in sheet_of(report).warnings] == [
        (3, "表中没有“月”列，无法组成日期，日期留空")]


# --- headers ----------------------------------------------------------------------------------------


def test_project_money_is_the_budget(store, tmp_path: Path) -> None:
    rows = [["匹河乡老姆登村2020年后续扶持项目实施情况表"],
            ["项目名称", "所在组", "资金来源", "项目资金", "施工单位", "开工时间"],
            ["老姆登村安置点扶贫车间", "1组", "上海援建（东西部协作）", "45万", "福贡县腾达建筑有限公司", "2020.3.2"],
            ["安置点至四组连接道", "3组", "衔接资金", "26万元", "福贡县腾达建筑有限公司", "2020.8.9"]]
    import_one(store, write_xlsx(tmp_path / "老姆登村后续扶持项目.xlsx", {"2020年": rows}))
    assert [(p["name"], p["budget"], p["started_on"]) for p in records(store, "project")] == [
        ("老姆登村安置点扶贫车间", 450000.0, "2020-03-02"), ("安置点至四组连接道", 260000.0, "2020-08-09")]


def test_the_time_an_asset_was_formed_is_its_acquisition_date(store, tmp_path: Path) -> None:
    rows = [["泾川县窑店镇太平村扶贫项目资产台账（经营性）"],
            ["资产名称", "项目年度", "资金来源", "资产价值（元）", "形成资产时间", "产权归属", "管护主体"],
            ["太平村光伏扶贫电站", "2018", "扶贫资金", "1,250,000", "2018-11-30", "太平村股份经济合作社", "太平村委会"]]
    import_one(store, write_xlsx(tmp_path / "太平村扶贫项目资产台账.xlsx", {"经营性资产": rows}))
    assert [(a["name"], a["amount"], a["acquired_on"]) for a in records(store, "asset")] == [
        ("太平村光伏扶贫电站", 1250000.0, "2018-11-30")]
