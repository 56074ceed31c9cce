"""General journals (序时账, 凭证明细, 记账凭证) read as the money that came in and went out.

A general journal lists both sides of every voucher. Read row by row, as a
cash or bank journal is, every payment counted twice and half of them the wrong
way round (the 其他支出 debit became money in). Each test writes a real
workbook (or CSV) and imports it through ``importers.import_paths`` or the CLI:

- the line layout (科目编码 + 科目名称, a combined "1002 银行存款-农商行" column,
  one amount with a 借/贷 column in a CSV, 凭证号 written on a voucher's first
  line only): only the 库存现金/银行存款 lines are payments, with the other side
  as their 科目; the other lines and 转账凭证 are skipped with reasons naming the
  voucher; an unbalanced voucher is imported with a warning;
- what exports do besides: "供应商：…" in 辅助核算 (or a 核算项目 column), 作废 on a
  voucher's first line only, 日期 on every line but 凭证号 on the first, 年/月/日
  on the first line only;
- the one-row-per-voucher layout with 借方科目 and 贷方科目 (a 红字 row stays negative);
- cash and bank journals with an 对方科目 (or a 科目) column, which may say
  库存现金, and with a voucher written twice on one side: read exactly as before.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import importers
from tests.test_import_cli import run_cli
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

D = dt.date


def _money(got: dict[int, dict], rows: list[int]) -> list[tuple]:
    """(row, direction, amount, account, method) of the imported rows."""
    return [(r, got[r]["direction"], got[r]["amount"], got[r]["account"], got[r]["method"]) for r in rows]


def _skipped(sheet: importers.SheetReport) -> dict[int, str]:
    return {s["row"]: s["reason"] for s in sheet.skipped}


# --- the line layout ---------------------------------------------------------------------------

JOURNAL_ROWS = [
    ["石桥村股份经济合作社2023年序时账"],
    ["日期", "凭证号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额", "辅助核算"],
    [D(2023, 3, 5), "记-5", "付村道硬化工程款", "541", "其他支出", 50000, None, "宏达建设"],   # 3
    [D(2023, 3, 5), "记-5", "付村道硬化工程款", "102", "银行存款", None, 50000, None],        # 4
    [D(2023, 3, 9), "记-6", "收土地租金", "10201", "农商行", 12000, None, None],               # 5
    [D(2023, 3, 9), "记-6", "收土地租金", "511", "发包及上交收入", None, 12000, "李明"],        # 6
    [D(2023, 4, 1), "记-7", "报销办公用品", "502", "管理费用", 300, None, None],                # 7
    [D(2023, 4, 1), "记-7", "报销办公用品", "541", "其他支出", 200, None, None],                # 8
    [D(2023, 4, 1), "记-7", "报销办公用品", "101", "库存现金", None, 500, None],                # 9
    [D(2023, 4, 10), "记-8", "提取备用金", "101", "库存现金", 3000, None, None],                # 10
    [D(2023, 4, 10), "记-8", "提取备用金", "102", "银行存款", None, 3000, None],                # 11
    [D(2023, 4, 30), "记-9", "计提干部报酬", "502", "管理费用", 24000, None, None],             # 12
    [D(2023, 4, 30), "记-9", "计提干部报酬", "211", "应付工资", None, 24000, None],             # 13
    [D(2023, 5, 6), "记-10", "付路灯款", "541", "其他支出", 8000, None, "光明电器"],            # 14
    [D(2023, 5, 6), "记-10", "付路灯款", "102", "银行存款", None, 7000, None],                  # 15
    [None, None, "本月合计", None, None, 97500, 96500, None],                                    # 16
]


def test_a_general_journal_imports_its_money_lines_once_and_the_right_way_round(store, tmp_path: Path) -> None:
    """Before: 13 records, 记-5's 其他支出 debit as money in 50000, its bank credit as money out."""
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村2023年序时账.xlsx", {"序时账": JOURNAL_ROWS})))
    got = by_row(records(store, "payment"))
    assert sorted(got) == [4, 5, 9, 10, 11, 15] and sheet.imported == 6
    assert _money(got, [4, 5, 9, 10, 11, 15]) == [
        (4, "out", 50000.0, "其他支出", "转账"),
        (5, "in", 12000.0, "发包及上交收入", "转账"),            # 10201: a sub-account of 102 银行存款
        (9, "out", 500.0, "管理费用、其他支出", "现金"),         # both debits the cash paid for
        (10, "in", 3000.0, "银行存款", "现金"),                  # 提现: both sides are money,
        (11, "out", 3000.0, "库存现金", "转账"),                 # each with the other as its 科目
        (15, "out", 7000.0, "其他支出", "转账"),
    ]
    # The rest of the line comes from the line; the payee from the voucher's other side (辅助核算).
    assert (got[4]["voucher"], got[4]["date"], got[4]["summary"]) == ("记-5", "2023-03-05", "付村道硬化工程款")
    assert [got[r]["counterparty"] for r in (4, 5, 9, 15)] == ["宏达建设", "李明", None, "光明电器"]
    assert got[4]["raw"]["科目名称"] == "银行存款"  # the cells stay as written


def test_the_other_lines_and_transfer_vouchers_are_skipped_with_the_voucher_named(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村2023年序时账.xlsx", {"序时账": JOURNAL_ROWS})))
    skipped = _skipped(sheet)
    assert sorted(skipped) == [3, 6, 7, 8, 12, 13, 14, 16]
    assert skipped[3] == ("序时账：凭证 记-5 的对应科目分录（其他支出），"
                          "资金收付已按同一凭证的银行存款分录（第 4 行）导入")
    assert skipped[8] == ("序时账：凭证 记-7 的对应科目分录（其他支出），"
                          "资金收付已按同一凭证的库存现金分录（第 9 行）导入")
    assert skipped[12] == skipped[13] == ("序时账：凭证 记-9 是转账凭证（管理费用、应付工资），"
                                          "没有库存现金、银行存款分录，不是资金收付，未导入")
    assert skipped[16] == "合计行（本月合计）"
    # Nothing disappears silently: every skipped line is an import issue with its raw cells.
    issues = {i.row: i for i in store.issues("skipped")}
    assert sorted(issues) == [3, 6, 7, 8, 12, 13, 14, 16]
    assert json.loads(issues[12].raw)["科目名称"] == "管理费用"
    assert "按序时账读取" in sheet.note and "借方为收入、贷方为支出" in sheet.note
    assert "收支方向留空" not in sheet.note


def test_an_unbalanced_voucher_is_imported_with_a_warning_naming_it(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村2023年序时账.xlsx", {"序时账": JOURNAL_ROWS})))
    assert sheet.warnings == [{"row": 15, "column": "科目名称", "value": None,
                               "reason": "序时账：凭证 记-10 借贷不平（借方合计 8,000.00 元，贷方合计 7,000.00 元），"
                                         "已按本行导入，请核对原凭证"}]


def test_combined_code_and_name_cells_and_sub_accounts_of_the_new_chart(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证字号", "摘要", "会计科目", "借方", "贷方"],
            ["2024年1月5日", "记-1", "收到镇财政补助", "1002.01 银行存款-农商行", 80000, None],
            ["2024年1月5日", "记-1", "收到镇财政补助", "补助收入", None, 80000],
            ["2024年1月9日", "记-2", "付村道工程进度款", "在建工程-村道硬化", 45000, None],
            ["2024年1月9日", "记-2", "付村道工程进度款", "银行存款/信用社", None, 45000],
            ["2024年1月12日", "记-3", "付误工费", "管理费用", 600, None],
            ["2024年1月12日", "记-3", "付误工费", "1001库存现金", None, 600],
            ["2024年1月31日", "记-4", "结转本月收入", "补助收入", 80000, None],
            ["2024年1月31日", "记-4", "结转本月收入", "本年收益", None, 80000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "马吉村2024年凭证明细.xlsx", {"凭证明细": rows})))
    got = by_row(records(store, "payment"))
    assert _money(got, sorted(got)) == [(2, "in", 80000.0, "补助收入", "转账"),
                                        (5, "out", 45000.0, "在建工程-村道硬化", "转账"),
                                        (7, "out", 600.0, "管理费用", "现金")]
    assert got[2]["date"] == "2024-01-05"
    assert sorted(_skipped(sheet)) == [3, 4, 6, 8, 9]


def test_voucher_and_date_written_on_the_first_line_only_carry_to_its_other_lines(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"],
            [D(2023, 6, 1), "记-1", "付保洁费", "管理费用", 1500, None],
            [None, None, None, "银行存款", None, 1500],
            [D(2023, 6, 2), "记-2", "收厂房租金", "银行存款", 3600, None],
            [None, None, None, "经营收入", None, 3600]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东坞村序时账.xlsx", {"序时账": rows})))
    got = by_row(records(store, "payment"))
    assert sorted(got) == [3, 4] and sheet.rejected == []
    assert (got[3]["voucher"], got[3]["date"], got[3]["summary"], got[3]["direction"], got[3]["account"]) == \
        ("记-1", "2023-06-01", "付保洁费", "out", "管理费用")
    assert (got[4]["direction"], got[4]["amount"], got[4]["account"]) == ("in", 3600.0, "经营收入")
    assert _skipped(sheet)[5] == ("序时账：凭证 记-2 的对应科目分录（经营收入），资金收付已按同一凭证的银行存款分录"
                                  "（第 4 行）导入")


def test_merged_voucher_cells_and_a_voucher_of_one_line(store, tmp_path: Path) -> None:
    """Printed-style exports merge 日期/凭证号/摘要 over a voucher's lines; a voucher cut off at the
    end of the export has its money line only: imported without a 科目, with a warning."""
    rows = [["日期", "凭证号", "摘要", "科目名称", "借方金额", "贷方金额"],
            [D(2023, 8, 2), "记-31", "付山塘清淤款", "在建工程", 26000, None],
            [None, None, None, "银行存款", None, 26000],
            [D(2023, 8, 9), "记-32", "收村集体房屋租金", "银行存款", 9000, None],
            [None, None, None, "经营收入", None, 9000],
            [D(2023, 8, 31), "记-33", "付电费", "银行存款", None, 1300]]
    merges = {"序时账": ["A2:A3", "B2:B3", "C2:C3", "A4:A5", "B4:B5", "C4:C5"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "横塘村序时账.xlsx", {"序时账": rows}, merges=merges)))
    got = by_row(records(store, "payment"))
    assert _money(got, sorted(got)) == [(3, "out", 26000.0, "在建工程", "转账"),
                                        (4, "in", 9000.0, "经营收入", "转账"),
                                        (6, "out", 1300.0, None, "转账")]
    assert (got[3]["voucher"], got[3]["date"]) == ("记-31", "2023-08-02")
    assert [(w["row"], w["reason"]) for w in sheet.warnings] == [
        (6, "序时账：凭证 记-33 只有这一条分录（对应科目不在表中），“科目”留空，请核对原凭证")]


def test_a_csv_journal_with_one_amount_and_a_debit_credit_column(store, tmp_path: Path) -> None:
    rows = [["凭证日期", "凭证号", "摘要", "科目名称", "借贷方向", "金额", "往来单位"],
            ["2023-07-03", "记-21", "付垃圾清运费", "管理费用", "借", "4200.00", "绿洁环卫"],
            ["2023-07-03", "记-21", "付垃圾清运费", "银行存款", "贷", "4200.00", ""],
            ["2023-07-15", "记-22", "收鱼塘承包款", "库存现金", "借", "6000.00", ""],
            ["2023-07-15", "记-22", "收鱼塘承包款", "发包及上交收入", "贷", "6000.00", "李明"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "南塘村序时账.csv", rows)))
    got = by_row(records(store, "payment"))
    assert _money(got, sorted(got)) == [(3, "out", 4200.0, "管理费用", "转账"),
                                        (4, "in", 6000.0, "发包及上交收入", "现金")]
    assert [got[r]["counterparty"] for r in (3, 4)] == ["绿洁环卫", "李明"]
    assert sorted(_skipped(sheet)) == [2, 5] and "按序时账读取" in sheet.note


def test_the_preview_shows_the_journal_reading(tmp_path: Path) -> None:
    preview = importers.preview_file(write_xlsx(tmp_path / "石桥村2023年序时账.xlsx", {"序时账": JOURNAL_ROWS}))
    [sheet] = preview.sheets
    assert "按序时账读取" in sheet.note
    first = sheet.rows[:2]
    assert [(r["row"], r["status"]) for r in first] == [(3, "skipped"), (4, "record")]
    assert first[1]["fields"]["direction"] == "支出" and first[1]["fields"]["account"] == "其他支出"


def test_the_kind_of_party_written_before_a_name_in_the_auxiliary_columns_is_dropped(store, tmp_path: Path) -> None:
    """用友 writes 辅助核算 "供应商：宏达建设", 金蝶 a 核算项目 column "供应商---宏达建设". Before: the
    counterparty was "供应商：…" (no alias matches it), and a 核算项目 column was not read at all."""
    yonyou = [["日期", "凭证字号", "摘要", "科目编码", "科目名称", "借方", "贷方", "辅助核算"],
              ["2023-01-05", "记-0001", "付村道工程款", "202", "应付款", 50000, None, "供应商：浙江宏达建设有限公司"],
              ["2023-01-05", "记-0001", "付村道工程款", "10201", "银行存款-农商银行-0123", None, 50000, None],
              ["2023-01-18", "记-0002", "收鱼塘承包款", "10201", "银行存款-农商银行-0123", 12000, None, None],
              ["2023-01-18", "记-0002", "收鱼塘承包款", "511", "发包及上交收入", None, 12000, "个人:李明"]]
    kingdee = [["日期", "凭证字", "凭证号", "分录号", "摘要", "科目代码", "科目名称", "借方金额", "贷方金额", "核算项目"],
               [D(2024, 3, 6), "记", 2, 1, "付文化礼堂修缮款", "1501", "在建工程", 88000, None, "供应商---湖州天顺水利工程有限公司"],
               [None, None, None, 2, None, "1002.01", "银行存款 - 农商银行", None, 88000, None]]
    import_one(store, write_xlsx(tmp_path / "溪口村序时账.xlsx", {"序时账": yonyou}))
    import_one(store, write_xlsx(tmp_path / "梅林村凭证明细.xlsx", {"凭证明细": kingdee}))
    got = {(r["source"]["sheet"], r["source"]["row"]): r["counterparty"] for r in records(store, "payment")}
    assert got == {("序时账", 3): "浙江宏达建设有限公司", ("序时账", 4): "李明",
                   ("凭证明细", 3): "湖州天顺水利工程有限公司"}


def test_a_voucher_voided_on_its_first_line_only_is_skipped_whole(store, tmp_path: Path) -> None:
    """Exports write 作废 in the first line's 摘要, and 摘要 on the first line only. Before: the
    voided voucher's cash line below it was imported as a live payment."""
    rows = [["日期", "凭证字号", "摘要", "科目编码", "科目名称", "借方", "贷方"],
            [D(2023, 12, 1), "记-0031", "付围墙工程款", "154", "在建工程", 30000, None],
            [None, None, None, "10201", "银行存款-农商银行", None, 30000],
            [D(2023, 12, 2), "记-0032", "作废", "541", "其他支出", 9900, None],
            [None, None, None, "101", "库存现金", None, 9900]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "竹园村序时账.xlsx", {"序时账": rows})))
    assert sorted(by_row(records(store, "payment"))) == [3]
    skipped = _skipped(sheet)
    assert skipped[4].startswith("已作废（“摘要”为“作废”）")
    assert skipped[5] == "序时账：凭证 记-0032 已作废（见第 4 行），本行是它的分录，一并跳过，不作为收支导入"


def test_a_line_that_repeats_the_date_but_leaves_the_voucher_blank_continues_it(store, tmp_path: Path) -> None:
    """Some exports write the 日期 on every line and the 凭证字号 on the first only. Before: the
    bank line of 记-0007 was read as outside any voucher, without its 科目."""
    rows = [["日期", "凭证字号", "分录号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额"],
            [D(2023, 7, 3), "记-0006", 1, "收房租", "102", "银行存款", 6000, None],
            [D(2023, 7, 3), "记-0006", 2, "收房租", "501", "经营收入", None, 6000],
            [D(2023, 8, 9), "记-0007", 1, "付保洁费", "502", "管理费用", 1500, None],
            [D(2023, 8, 9), None, 2, "付保洁费", "102", "银行存款", None, 1500]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "溪口村序时账.xlsx", {"序时账": rows})))
    got = by_row(records(store, "payment"))
    assert _money(got, sorted(got)) == [(2, "in", 6000.0, "经营收入", "转账"), (5, "out", 1500.0, "管理费用", "转账")]
    assert got[5]["voucher"] == "记-0007" and sheet.warnings == []
    assert _skipped(sheet)[4].startswith("序时账：凭证 记-0007 的对应科目分录（管理费用）")


def test_lines_below_a_voucher_dated_in_year_month_day_columns_are_dated_without_a_warning(
        store, tmp_path: Path) -> None:
    """浪潮 exports write 年 | 月 | 日 on a voucher's first line only. Before: its money line below
    got the voucher's date, yet also the warning "日期不完整：“日”列为空，日期留空"."""
    rows = [["竹园村经济合作社序时账"],
            ["年", "月", "日", "凭证号", "摘要", "会计科目", "借方金额", "贷方金额"],
            [2023, 4, 8, "13", "付一事一议道路硬化工程款", "231 一事一议资金", 35000, None],
            [None, None, None, None, "付一事一议道路硬化工程款", "154 在建工程", 15000, None],
            [None, None, None, None, "付一事一议道路硬化工程款", "102 银行存款", None, 50000],
            [2023, 4, 9, "14", "收房租", "101 库存现金", 800, None],
            [None, None, None, None, "收房租", "501 经营收入", None, 800]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "竹园村2023年序时账.xlsx", {"Sheet1": rows})))
    got = by_row(records(store, "payment"))
    assert [(r, got[r]["date"], got[r]["account"]) for r in sorted(got)] == [
        (5, "2023-04-08", "231 一事一议资金、154 在建工程"), (6, "2023-04-09", "501 经营收入")]
    assert sheet.warnings == []


# --- one row per voucher: 借方科目 | 贷方科目 | 金额 ------------------------------------------------


def test_one_row_per_voucher_with_debit_and_credit_accounts(store, tmp_path: Path) -> None:
    """Before: every row imported without a direction, the 计提 voucher as a payment."""
    rows = [["南塘村2023年记账凭证汇总表"],
            ["日期", "凭证号", "摘要", "借方科目", "贷方科目", "金额"],
            [D(2023, 5, 5), "记-12", "付水渠修复款 宏达建筑", "其他支出", "银行存款", 38000],
            [D(2023, 5, 9), "记-13", "收鱼塘承包款 李明", "库存现金", "发包及上交收入", 6000],
            [D(2023, 5, 20), "记-14", "计提干部报酬", "管理费用", "应付工资", 24000],
            [D(2023, 5, 25), "记-15", "提取备用金", "库存现金", "102 银行存款", 5000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "南塘村2023年记账凭证汇总.xlsx", {"凭证": rows})))
    got = by_row(records(store, "payment"))
    assert _money(got, sorted(got)) == [(3, "out", 38000.0, "其他支出", "转账"),
                                        (4, "in", 6000.0, "发包及上交收入", "现金"),
                                        (6, "out", 5000.0, "库存现金", "转账")]  # 提现: out of the bank
    assert _skipped(sheet) == {5: "记账凭证：凭证 记-14 是转账凭证（借 管理费用，贷 应付工资），"
                                  "没有库存现金、银行存款，不是资金收付，未导入"}
    assert "按记账凭证（借方科目、贷方科目）读取" in sheet.note and "收支方向留空" not in sheet.note


def test_a_red_reversal_in_one_row_per_voucher_stays_negative(store, tmp_path: Path) -> None:
    """红字 -3000 reverses part of 记-12. Before: read as a signed bank amount, it became another
    3000 paid out, the money counted twice instead of taken back."""
    rows = [["日期", "凭证号", "摘要", "借方科目", "贷方科目", "金额", "备注"],
            [D(2023, 5, 5), "记-12", "付水渠修复款", "其他支出", "银行存款", 38000, None],
            [D(2023, 5, 22), "记-18", "冲销记-12多付款", "其他支出", "银行存款", -3000, "红字"]]
    import_one(store, write_xlsx(tmp_path / "竹园村记账凭证汇总表.xlsx", {"凭证汇总": rows}))
    got = by_row(records(store, "payment"))
    assert _money(got, sorted(got)) == [(2, "out", 38000.0, "其他支出", "转账"), (3, "out", -3000.0, "其他支出", "转账")]


# --- cash and bank journals stay as they were -------------------------------------------------------


def _as_before(got: dict[int, dict]) -> list[tuple]:
    return [(r, got[r]["direction"], got[r]["amount"], got[r]["account"]) for r in sorted(got)]


def test_a_cash_journal_with_an_other_side_column_is_read_as_before(store, tmp_path: Path) -> None:
    """对方科目 may say 银行存款 (提取备用金, 存现) and a voucher may be written twice on one side."""
    rows = [["刘家塘村2023年现金日记账"],
            ["日期", "凭证号", "摘要", "对方科目", "借方金额", "贷方金额", "余额"],
            [D(2023, 1, 1), None, "上年结转", None, None, None, 2000],
            [D(2023, 1, 5), "记-1", "提取备用金", "银行存款", 3000, None, 5000],
            [D(2023, 1, 8), "记-2", "付误工费", "管理费用", None, 800, 4200],
            [D(2023, 1, 8), "记-2", "付材料费", "其他支出", None, 1200, 3000],
            [D(2023, 1, 20), "记-3", "现金存行", "银行存款", None, 2500, 500]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘家塘村现金日记账.xlsx", {"现金日记账": rows})))
    assert _as_before(by_row(records(store, "payment"))) == [
        (4, "in", 3000.0, "银行存款"), (5, "out", 800.0, "管理费用"), (6, "out", 1200.0, "其他支出"),
        (7, "out", 2500.0, "银行存款")]
    assert "序时账" not in sheet.note and list(_skipped(sheet).values()) == ["余额或结转行（上年结转）"]


def test_a_bank_journal_whose_other_side_says_cash_is_read_as_before(store, tmp_path: Path) -> None:
    rows = [["石桥村2023年银行存款日记账"],
            ["日期", "凭证号", "摘要", "对方科目", "借方", "贷方", "余额"],
            [D(2023, 2, 3), "银付-1", "提取备用金", "库存现金", None, 3000, 97000],
            [D(2023, 2, 3), "银收-1", "现金存行", "库存现金", 3000, None, 100000],
            [D(2023, 2, 9), "银收-2", "收土地租金", "发包及上交收入", 12000, None, 112000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村银行存款日记账.xlsx", {"银行日记账": rows})))
    assert _as_before(by_row(records(store, "payment"))) == [
        (3, "out", 3000.0, "库存现金"), (4, "in", 3000.0, "库存现金"), (5, "in", 12000.0, "发包及上交收入")]
    assert "序时账" not in sheet.note


def test_a_cash_journal_whose_account_column_holds_the_other_side_is_read_as_before(store, tmp_path: Path) -> None:
    """The data decide: a voucher written twice on one side does not balance, so this is no 序时账."""
    rows = [["日期", "凭证号", "摘要", "科目", "借方金额", "贷方金额"],
            [D(2023, 3, 1), "记-1", "提取备用金", "银行存款", 5000, None],
            [D(2023, 3, 6), "记-2", "付误工费", "管理费用", None, 800],
            [D(2023, 3, 6), "记-2", "付材料费", "其他支出", None, 1200],
            [D(2023, 3, 9), "记-3", "收零星租金", "经营收入", 600, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "马吉村现金日记账.xlsx", {"现金": rows})))
    assert _as_before(by_row(records(store, "payment"))) == [
        (2, "in", 5000.0, "银行存款"), (3, "out", 800.0, "管理费用"), (4, "out", 1200.0, "其他支出"),
        (5, "in", 600.0, "经营收入")]
    assert "序时账" not in sheet.note


def test_a_cash_journal_naming_its_own_account_on_every_line_is_read_as_before(store, tmp_path: Path) -> None:
    """A voucher in and out of the till balances, but has no other account: no general journal."""
    rows = [["日期", "凭证号", "摘要", "科目名称", "借方金额", "贷方金额"],
            [D(2023, 3, 1), "记-1", "收回备用金", "库存现金", 500, None],
            [D(2023, 3, 1), "记-1", "报销差旅费", "库存现金", None, 500],
            [D(2023, 3, 9), "记-2", "付材料费", "库存现金", None, 1200]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "马吉村现金账.xlsx", {"现金": rows})))
    assert _as_before(by_row(records(store, "payment"))) == [
        (2, "in", 500.0, "库存现金"), (3, "out", 500.0, "库存现金"), (4, "out", 1200.0, "库存现金")]
    assert "序时账" not in sheet.note


# --- money accounts ----------------------------------------------------------------------------


def test_money_accounts_by_name_and_code_of_both_charts() -> None:
    from importers.accounts import BANK, CASH, money_account

    cash = ["库存现金", "现金", "101", "1001", "10101", "1001.01", "101 库存现金", "1001库存现金", "现金（备用金）"]
    bank = ["银行存款", "银行存款-农商行", "银行存款/信用社", "102", "10201", "102.01", "1002", "100201",
            "1002.01 银行存款-农商行", "农商行", "中国农业银行", "其他货币资金"]
    other = ["其他支出", "应付款-农商行", "银行借款", "541", "1012", "1021", "10", "在建工程", "", None]
    assert [money_account(text) for text in cash] == [CASH] * len(cash)
    assert [money_account(text) for text in bank] == [BANK] * len(bank)
    assert [money_account(text) for text in other] == [None] * len(other)
    # Code and name in two columns: a sub-account's name alone is read by its code.
    assert money_account("信用社户", "10201") == BANK


# --- through the command line ------------------------------------------------------------------


def test_a_general_journal_through_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    path = write_xlsx(tmp_path / "石桥村2023年序时账.xlsx", {"序时账": JOURNAL_ROWS})
    done = run_cli("import", str(path), "--json", db=db)
    assert done.returncode == 0, done.stderr
    [sheet] = json.loads(done.stdout)["files"][0]["sheets"]
    assert sheet["imported"] == 6 and [s["row"] for s in sheet["skipped"]] == [3, 6, 7, 8, 12, 13, 14, 16]
    listed = json.loads(run_cli("records", "--json", db=db).stdout)
    assert [(r["source"]["row"], r["direction"], r["amount"], r["account"]) for r in listed] == [
        (4, "out", 50000.0, "其他支出"), (5, "in", 12000.0, "发包及上交收入"), (9, "out", 500.0, "管理费用、其他支出"),
        (10, "in", 3000.0, "银行存款"), (11, "out", 3000.0, "库存现金"), (15, "out", 7000.0, "其他支出")]
