"""Layouts of blind pass 36 (村务公开 boards) that used to be misread silently.

Each test writes a real file and imports it through ``importers.import_paths``:

- a 左收右支 财务收支公开表 holds a table of money in beside one of money out, each with its own row
  count: one record a line took the left pair only, so the spending side was lost without a trace
  and no record had a direction. Each side is now read as a table of its own;
- look-alikes stay as they were: a journal with 收入 and 支出 amount columns (one entry a row), a
  table of one side only (收入项目 | 金额).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import import_one, records, write_csv, write_xls, write_xlsx

TITLE = ["前进村2024年3月份财务收支公开表"]


def _entries(store) -> list[tuple[int, str | None, str | None, float | None, str | None]]:
    return sorted((r["source"]["row"], r["direction"] or "", r["date"], r["amount"], r["summary"])
                  for r in records(store, "payment"))


def _board(header: list[str], rows: list[list[object]]) -> list[list[object]]:
    return [TITLE, ["公开单位：湖镇前进村村民委员会"], [None, None, None, None, None, "单位：元"], header, *rows]


LEFT_RIGHT = _board(["日期", "收入项目", "金额", "日期", "支出项目", "金额"], [
    ["3月2日", "收鲍家岭山林承包费", 12000, "3月1日", "付2月份村部电费", 1286.4],
    ["3月5日", "收银行存款利息", 212.46, "3月8日", "付妇女节活动慰问品", 2360],
    [None, None, None, "3月22日", "付春季植树苗木款", 7200],
    [None, "本月收入合计", 12212.46, None, "本月支出合计", 10846.4],
    [None, "上月结余", 186420.37, None, "本月结余", 187786.43],
    ["说明：以上收支已经村务监督委员会审核。"],
    ["村务监督委员会主任：周永平", None, "报账员：陈丽娟", None, "村委会主任：徐建国", None],
])


def test_a_left_right_board_gives_money_in_and_money_out_per_row(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "前进村2024年3月财务收支公开表.xlsx", {"3月": LEFT_RIGHT}))
    assert _entries(store) == [
        (5, "in", "2024-03-02", 12000.0, "收鲍家岭山林承包费"),
        (5, "out", "2024-03-01", 1286.4, "付2月份村部电费"),
        (6, "in", "2024-03-05", 212.46, "收银行存款利息"),
        (6, "out", "2024-03-08", 2360.0, "付妇女节活动慰问品"),
        (7, "out", "2024-03-22", 7200.0, "付春季植树苗木款"),
    ]
    left, right = report.sheets
    assert "左收右支" in left.note and "收入" in left.note and "A–C" in left.note
    assert "左收右支" in right.note and "支出" in right.note and "D–F" in right.note
    assert "收支方向留空" not in left.note + right.note
    # the totals of each side are skipped, and a side's empty cells are no rows of it
    assert {s["row"]: s["reason"] for s in left.skipped}[8].startswith("合计行")
    assert {s["row"]: s["reason"] for s in right.skipped}[8].startswith("合计行")
    assert 7 not in {s["row"] for s in left.skipped}
    assert not left.rejected and not right.rejected


def test_the_two_records_of_a_row_have_their_own_ids(store, tmp_path: Path) -> None:
    import_one(store, write_xlsx(tmp_path / "前进村财务收支公开表.xlsx", {"3月": LEFT_RIGHT}))
    ids = [r["id"] for r in records(store, "payment")]
    assert len(ids) == len(set(ids)) == 5


def test_in_and_out_without_item_words(store, tmp_path: Path) -> None:
    rows = [TITLE, ["收入", "金额", "支出", "金额"],
            ["收鱼塘承包费", 18800, "付消防器材采购款", 3260],
            [None, None, "付网络宽带费", 1200]]
    import_one(store, write_csv(tmp_path / "前进村2024年3月收支公开.csv", rows))
    assert [(row, d, amount, s) for row, d, _, amount, s in _entries(store)] == [
        (3, "in", 18800.0, "收鱼塘承包费"), (3, "out", 3260.0, "付消防器材采购款"),
        (4, "out", 1200.0, "付网络宽带费")]


def test_month_and_year_to_date_the_months_figure_is_the_amount(store, tmp_path: Path) -> None:
    rows = [TITLE, ["收入项目", "本月", "本年累计", "支出项目", "本月", "本年累计"],
            ["经营收入", 9600, 28800, "管理费用", 6000, 18000],
            ["补助收入", 85000, 150000, "公益支出", 15600, 15600]]
    import_one(store, write_xls(tmp_path / "前进村2024年3月财务公开.xls", {"3月": rows}))
    assert [(row, d, amount, s) for row, d, _, amount, s in _entries(store)] == [
        (3, "in", 9600.0, "经营收入"), (3, "out", 6000.0, "管理费用"),
        (4, "in", 85000.0, "补助收入"), (4, "out", 15600.0, "公益支出")]


def test_spending_on_the_left_is_money_out(store, tmp_path: Path) -> None:
    rows = [TITLE, ["支出项目", "金额（元）", "收入项目", "金额（元）"], ["付电费", 1286.4, "收租金", 9600]]
    import_one(store, write_xlsx(tmp_path / "前进村收支公开.xlsx", {"3月": rows}))
    assert [(d, amount) for _, d, _, amount, _ in _entries(store)] == [("in", 9600.0), ("out", 1286.4)]


def test_a_two_row_header_names_the_sides_above_their_columns(store, tmp_path: Path) -> None:
    rows = [TITLE, ["收入", None, "支出", None], ["项目", "金额", "项目", "金额"], ["收租金", 9600, "付电费", 1286.4]]
    import_one(store, write_xlsx(tmp_path / "前进村收支公开.xlsx", {"3月": rows},
                                 merges={"3月": ["A2:B2", "C2:D2"]}))
    assert [(d, amount, s) for _, d, _, amount, s in _entries(store)] == [
        ("in", 9600.0, "收租金"), ("out", 1286.4, "付电费")]


# --- look-alikes: one entry a row, as before ---------------------------------------------------------


@pytest.mark.parametrize("header", [
    ["日期", "摘要", "收入", "支出", "余额"],
    ["日期", "凭证号", "摘要", "收入金额", "支出金额"],
    ["日期", "收入", "支出", "金额"],
    ["日期", "收入项目", "金额"],
    ["收入项目", "预算数", "支出项目", "预算数"],
])
def test_no_sides_in_other_layouts(header: list[str]) -> None:
    from importers.sides import find_sides  # new with the 左收右支 reading

    assert find_sides([(1, TITLE), (2, header)]) is None


def test_a_journal_with_in_and_out_columns_keeps_one_entry_per_row(store, tmp_path: Path) -> None:
    rows = [["前进村2024年3月收支明细"], ["日期", "摘要", "收入", "支出", "余额"],
            ["2024-03-02", "收山林承包费", 12000, None, 198420.37],
            ["2024-03-05", "付电费", None, 1286.4, 197133.97]]
    report = import_one(store, write_xlsx(tmp_path / "前进村收支明细.xlsx", {"3月": rows}))
    assert [(row, d, amount) for row, d, _, amount, _ in _entries(store)] == [
        (3, "in", 12000.0), (4, "out", 1286.4)]
    assert len(report.sheets) == 1 and "左收右支" not in report.sheets[0].note


def test_a_table_of_income_only_is_one_table(store, tmp_path: Path) -> None:
    rows = [["前进村2024年3月收入公开"], ["日期", "收入项目", "金额"], ["2024-03-02", "收租金", 9600]]
    report = import_one(store, write_xlsx(tmp_path / "前进村收入公开.xlsx", {"3月": rows}))
    assert len(report.sheets) == 1 and "左收右支" not in report.sheets[0].note
    assert [(d, amount) for _, d, _, amount, _ in _entries(store)] == [("in", 9600.0)]
