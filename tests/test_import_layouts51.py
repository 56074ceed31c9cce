"""Layouts of blind sets qa51-53 (小微权力 records, a sheet per month) that used to be misread:

- 配偶 and 子女及其配偶 merged over 姓名 | 经商办企业情况: the relatives of 24 cadres were lost without
  a word, the 配偶/姓名 column being a fall-back for the cadre's own name;
- 上缴代理账户 in a 报账员's receipt book is money paid over (7 deposits were rejected);
- "本月无收支" alone in a month's sheet is no rejected row;
- in a sheet named "3月" of a year's workbook, "5日" is the 5th of March of the title's year, and a
  number 8.15 typed in the date column is August 15th (8.1 or 8.2 stay unread: the 1st or the 10th?).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from tests.test_import_support import import_one, records, sheet_of, skipped_rows, write_xlsx


def test_relatives_under_a_relation_over_name_and_business(store, tmp_path: Path) -> None:
    rows = [["刘集村“两委”成员及其近亲属经商办企业情况报告表"],
            ["序号", "姓名", "现任职务", "配偶", None, "子女及其配偶", None],
            [None, None, None, "姓名", "经商办企业情况", "姓名", "经商办企业情况"],
            [1, "刘长林", "党总支书记", "孙秀芳", "无", "刘洋（子）", "宿州市利民建筑安装有限公司项目经理"],
            [2, "刘红梅", "村委会主任", "刘明", "刘集供销超市经营者", "刘欣（女）", "在读"]]
    path = write_xlsx(tmp_path / "刘集村两委近亲属报告表.xlsx", {"刘集村": rows},
                      merges={"刘集村": ["D2:E2", "F2:G2", "A2:A3", "B2:B3", "C2:C3"]})
    sheet = sheet_of(import_one(store, path))
    cadres = records(store, "cadre")
    assert [(c["name"], c["position"]) for c in cadres] == [("刘长林", "党总支书记"), ("刘红梅", "村委会主任")]
    assert "刘洋" in cadres[0]["relatives"] and "宿州市利民建筑安装有限公司" in cadres[0]["relatives"]
    assert "刘明" in cadres[1]["relatives"] and "刘集供销超市" in cadres[1]["relatives"]
    assert "配偶/经商办企业情况" not in sheet.note  # read, so no longer named as unknown


def test_money_paid_over_to_the_agent_account_is_spending(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "交款单位（人）", "收入金额", "上缴代理账户", "余额"],
            ["2023-03-02", "收1", "收鱼塘承包费", "刘庆丰", 6000, None, 6000],
            ["2023-03-10", "缴1", "上缴镇代理账户", None, None, 6000, 0]]
    import_one(store, write_xlsx(tmp_path / "刘集村2023年村集体收入日记账.xlsx", {"收入": rows}))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("in", 6000.0), ("out", 6000.0)]


def _month_sheet(*entries: list) -> list[list]:
    return [["岩寨村2022年收支账"], ["日期", "凭证号", "摘要", "收入", "支出", "余额"], *entries]


def test_a_day_alone_in_a_months_sheet(store, tmp_path: Path) -> None:
    sheets = {"3月": _month_sheet(["5日", "记1", "收茶园承包费", 3000, None, 3000]),
              "4月": _month_sheet(["本月无收支", None, None, None, None, None])}
    report = import_one(store, write_xlsx(tmp_path / "岩寨村2022年收支账.xlsx", sheets))
    assert [p["date"] for p in records(store, "payment")] == ["2022-03-05"]
    april = sheet_of(report, "4月")
    assert april.rejected == [] and skipped_rows(april) == [3]


def test_a_day_alone_needs_the_sheets_month(store, tmp_path: Path) -> None:
    rows = _month_sheet(["5日", "记1", "收茶园承包费", 3000, None, 3000])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "岩寨村2022年收支账.xlsx", {"收支": rows})))
    assert [p["date"] for p in records(store, "payment")] == [None]
    assert sheet.warnings


@pytest.mark.parametrize(("number", "parts"), [(8.15, (8, 15)), (12.05, (12, 5)), (12.31, (12, 31)),
                                               (8.1, None), (8.2, None), (45117.0, None), (13.05, None)])
def test_a_month_and_day_typed_as_a_number(number: float, parts: tuple[int, int] | None) -> None:
    assert values.month_day(number) == parts


def test_a_number_month_day_takes_the_titles_year(store, tmp_path: Path) -> None:
    rows = [["青山村2023年会计账簿"], ["日期", "凭证号", "摘要", "收入", "支出"], [8.15, "记3", "收山林承包费", 2000, None]]
    import_one(store, write_xlsx(tmp_path / "青山村2023年会计账簿.xlsx", {"8月": rows}))
    assert [p["date"] for p in records(store, "payment")] == ["2023-08-15"]


def test_a_platforms_project_stage_is_the_status(store, tmp_path: Path) -> None:
    rows = [["项目名称", "项目阶段", "概算(万元)", "合同价(元)"], ["潘芳村机耕路硬化", "验收", 15, 142600]]
    import_one(store, write_xlsx(tmp_path / "孝丰镇工程项目导出.xlsx", {"项目": rows}))
    assert [p["status"] for p in records(store, "project")] == ["验收"]


def test_a_plain_number_that_would_be_a_date_before_1949_is_refused(store, tmp_path: Path) -> None:
    """1800 read as an Excel serial is 1904-12-05: no collective's record, but a typo (qa35's fixer)."""
    rows = [["资产名称", "原值", "购置日期"], ["村部办公楼", 286000, 1800], ["抽水机", 3200, 45117]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村资产台账.xlsx", {"资产": rows})))
    assert [a["acquired_on"] for a in records(store, "asset")] == [None, "2023-07-10"]
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(2, "购置日期")]
