"""Layouts of blind sets qa41-43 (pastoral registers, spreadsheet quirks, a 合同清理) and of a
村务卡 list with four columns, that used to be misread:

- 草场面积（亩） merged over 合计 | 其中：冬春草场 | 夏秋草场: the 合计 is the lease's area (a whole
  village's 41,156.5 亩 of grazing land came in without an area, so no price per 亩);
- an amount or a date typed after Excel's text apostrophe ("'22500.00") is the number;
- a date written to the month only ("2020年3月") is its first day, and the sheet's note says so;
  at the end of a term it is the month's last day;
- a 村务卡消费明细 of 入账日期 | 消费日期 | 商户名称 | 交易金额 is payments out to the shop (it was
  refused as an asset register without names).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_the_total_under_a_merged_area_is_the_area(store, tmp_path: Path) -> None:
    rows = [["喀拉塔勒乡阿克苏村2023年草场承包经营权流转台账"],
            ["序号", "承包方", "草场面积（亩）", None, None, "年承包费（元）", "流转期限"],
            [None, None, "合计", "其中：冬春草场", "夏秋草场", None, None],
            [1, "阿克苏村牧业专业合作社", 5200, 3100, 2100, 37440, "2021.1.1-2030.12.31"],
            [2, "买买提·吐尔逊", 860.5, 500, 360.5, 6195.6, "2022.1.1-2026.12.31"]]
    path = write_xlsx(tmp_path / "阿克苏村草场流转台账.xlsx", {"阿克苏村": rows},
                      merges={"阿克苏村": ["C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3"]})
    sheet = sheet_of(import_one(store, path))
    assert sheet.kind == "resource"
    assert [(r["counterparty"], r["area"], r["amount"]) for r in records(store, "resource")] == [
        ("阿克苏村牧业专业合作社", 5200.0, 37440.0), ("买买提·吐尔逊", 860.5, 6195.6)]


def test_a_part_of_the_area_is_not_the_area(store, tmp_path: Path) -> None:
    """Without a 合计, the 冬春草场 part is no lease's whole area: it stays in the raw row."""
    rows = [["承包方", "草场面积（亩）", None, "年承包费（元）"],
            [None, "其中：冬春草场", "夏秋草场", None],
            ["阿克苏村牧业专业合作社", 3100, 2100, 37440]]
    import_one(store, write_xlsx(tmp_path / "阿克苏村草场流转台账.xlsx", {"阿克苏村": rows}, merges={"阿克苏村": ["B1:C1"]}))
    assert [r["area"] for r in records(store, "resource")] == [None]


@pytest.mark.parametrize(("cell", "fen"), [("'22500.00", 2250000), (" '9,920.00", 992000), ("'1.2万", 1200000)])
def test_an_amount_after_the_text_apostrophe_is_read(cell: str, fen: int) -> None:
    assert values.parse_money(cell) == fen


@pytest.mark.parametrize("cell", ["'2024-03-05", "'2024年3月5日", "'20240305"])
def test_a_date_after_the_text_apostrophe_is_read(cell: str) -> None:
    assert values.parse_date(cell).isoformat() == "2024-03-05"


@pytest.mark.parametrize(("text", "no_day"), [("2020年3月", True), ("2018.3", True), ("2018-03", True),
                                               ("2020年3月5日", False), ("2024-03-01", False), ("3月", False)])
def test_a_date_text_without_its_day(text: str, no_day: bool) -> None:
    assert values.names_no_day(text) is no_day


def test_a_month_alone_is_its_first_day_and_the_note_says_so(store, tmp_path: Path) -> None:
    rows = [["合同名称", "乙方", "合同金额", "签订日期", "终止日期"],
            ["鱼塘承包合同", "王国强", 36000, "2020年3月", "2030年2月"],
            ["果园承包合同", "李德山", 24000, "2021年4月8日", "2031年4月7日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "后疃村合同台账.xlsx", {"合同": rows})))
    assert [(c["signed_on"], c["ended_on"]) for c in records(store, "contract")] == [
        ("2020-03-01", "2030-02-28"), ("2021-04-08", "2031-04-07")]
    assert "“签订日期”中只写到月的日期记为该月1日" in sheet.note
    assert "“终止日期”中只写到月的日期记为该月最后一天" in sheet.note


def test_whole_dates_say_nothing_of_months(store, tmp_path: Path) -> None:
    rows = [["合同名称", "乙方", "合同金额", "签订日期"], ["鱼塘承包合同", "王国强", 36000, "2020-03-01"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "后疃村合同台账.xlsx", {"合同": rows})))
    assert "只写到月" not in sheet.note


def test_a_four_column_card_list_is_payments_to_the_shop(store, tmp_path: Path) -> None:
    rows = [["张庄村村务卡消费明细（2024年3月）"],
            ["入账日期", "消费日期", "商户名称", "交易金额"],
            ["2024-03-06", "2024-03-05", "如家超市", 320.5],
            ["2024-03-09", "2024-03-08", "县办公用品商行", 1280]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张庄村村务卡.xlsx", {"Sheet1": rows})))
    assert sheet.kind == "payment"
    assert [(p["date"], p["counterparty"], p["amount"], p["direction"]) for p in records(store, "payment")] == [
        ("2024-03-05", "如家超市", 320.5, "out"), ("2024-03-08", "县办公用品商行", 1280.0, "out")]
