"""Which rows of a sheet are data: the row rules of ``importers.rowmap`` on real files.

Every data row must become a record or be reported with its reason; no summary,
title, header or footer row may become a record. Row numbers are as Excel shows them.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from importers.report import IMPORTED
from importers.rowmap import label_reason
from tests.test_import_support import (
    by_row,
    import_one,
    records,
    sheet_of,
    write_csv,
    write_xlsx,
)

AMOUNT_ONLY = "只有金额、没有其他内容的行（可能是未标注的合计行）"


def reasons(sheet) -> dict[int, str]:
    return {s["row"]: s["reason"] for s in sheet.skipped}


def with_cached_result(path: Path, formula: str, result: str) -> Path:
    """Give an openpyxl formula the cached result Excel would have saved with it."""
    patched = path.with_name("cached_" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                pattern = rb"<f>" + re.escape(formula.encode()) + rb"</f>\s*(?:<v\s*/>|<v></v>)"
                data, count = re.subn(pattern, b"<f>" + formula.encode() + b"</f><v>" + result.encode() + b"</v>",
                                      data)
                assert count == 1
            target.writestr(item, data)
    return patched


# --- bug 1: a totals row without a label ----------------------------------------------------------


def test_a_row_with_only_amounts_is_an_unlabelled_totals_row(store, tmp_path: Path) -> None:
    sheet1 = [["石桥村2022年支出明细"], ["日期", "凭证号", "摘要", "金额", "收款单位"],
              [dt.date(2022, 1, 3), "记-1", "付工程款", 9000, "宏达建设"],
              [dt.date(2022, 1, 4), "记-2", "付电费", 300, "供电所"],
              [None, None, None, "=SUM(D3:D4)", None]]
    path = with_cached_result(write_xlsx(tmp_path / "石桥村支出明细.xlsx", {"支出明细": sheet1}),
                              "SUM(D3:D4)", "9300")
    report = import_one(store, path)
    sheet = sheet_of(report)
    assert sheet.imported == 2 and sheet.rejected == []
    assert reasons(sheet) == {5: AMOUNT_ONLY}
    assert sorted(by_row(records(store))) == [3, 4]


def test_amount_only_rows_with_both_sides_a_balance_or_no_cached_result_are_skipped(store, tmp_path: Path) -> None:
    rows = [["石桥村2022年收支明细"], ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
            [dt.date(2022, 1, 3), "记-1", "收租金", 1000, None, 1000],
            [dt.date(2022, 1, 5), "记-2", "付电费", None, 300, 700],
            [None, None, None, 1000, 300, 700],             # both sides and the balance, no label
            [None, None, None, "=SUM(D3:D4)", None, None],  # a formula saved without its result
            [dt.date(2022, 2, 1), None, None, 50, None, None]]  # a date is content: a payment
    report = import_one(store, write_xlsx(tmp_path / "收支.xlsx", {"收支": rows}))
    sheet = sheet_of(report)
    assert reasons(sheet) == {5: AMOUNT_ONLY, 6: AMOUNT_ONLY} and sheet.rejected == []
    got = by_row(records(store))
    assert sorted(got) == [3, 4, 7] and got[7]["amount"] == 50.0


def test_a_csv_totals_row_of_amount_texts_is_skipped(store, tmp_path: Path) -> None:
    rows = [["石桥村收支明细"], ["日期", "摘要", "收入", "支出", "余额"],
            ["2022-01-03", "收租金", "1000", "", "1000"],
            ["", "", "1,000.00", "", "1,000.00"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "石桥村收支.csv", rows)))
    assert sheet.imported == 1 and reasons(sheet) == {4: AMOUNT_ONLY}


def test_an_amount_cut_at_an_unquoted_thousands_comma_is_rejected_not_read_as_its_first_digits(
        store, tmp_path: Path) -> None:
    """'2,000.00' written unquoted in a CSV reads as '2' | '000.00': the amount is unknown, never 2 元."""
    path = tmp_path / "马吉村现金日记账.csv"
    path.write_text("马吉村2023年现金日记账\n日期,凭证号,摘要,借方,贷方,余额\n"
                    "2023-01-05,现付-1,付挖机款,,1200,3800\n"
                    "2023-01-09,现付-2,付材料款,,2,0OO.00,1800\n"
                    "2023-01-12,现付-3,付电费,,12,300\n"  # 12 元 then a 300 balance: within the header, kept
                    '2023-01-15,现付-4,付水泥款,,"1,500.00",0\n', encoding="utf-8")
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 3
    [rejected] = sheet.rejected
    assert (rejected["row"], rejected["column"], rejected["value"]) == (4, "贷方", "2,0OO.00")
    assert "千分位逗号没有加引号" in rejected["reason"]
    assert sorted(r["amount"] for r in records(store, "payment")) == [12, 1200, 1500]  # yuan


# --- bug 2: a column-number row ------------------------------------------------------------------


def test_a_column_number_row_under_the_header_is_skipped(store, tmp_path: Path) -> None:
    rows = [["石桥村2022年收支明细"], ["日期", "凭证号", "摘要", "收入", "支出", "往来单位"],
            [1, 2, 3, 4, 5, 6],
            [dt.date(2022, 1, 3), "记-1", "收租金", 1000, None, "张三"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支明细.xlsx", {"收支": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 1 and sheet.warnings == [] and sheet.rejected == []
    assert reasons(sheet) == {3: "栏次行（表头下的列序号 1、2、3…）"}
    [record] = records(store)
    assert record["source"]["row"] == 4 and record["date"] == "2022-01-03"


def test_a_labelled_column_number_row_in_a_csv_is_skipped(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入", "支出", "往来单位"],
            ["栏次", "1", "2", "3", "4", "5"],
            ["2022-01-03", "记-1", "收租金", "1000", "", "张三"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "石桥村收支.csv", rows)))
    assert sheet.imported == 1 and sheet.rejected == []
    assert reasons(sheet) == {2: "栏次行（表头下的列序号 1、2、3…）"}


# --- bug 4: summary words in a transaction's 摘要 --------------------------------------------------


def test_vouchered_rows_and_longer_texts_are_transactions_not_summaries(store, tmp_path: Path) -> None:
    rows = [["石桥村2022年收支明细账"], ["日期", "凭证号", "摘要", "收入", "支出", "往来单位"],
            [dt.date(2022, 3, 1), "记-1", "支付村民误工补贴合计", None, 3200, "村民"],
            [dt.date(2022, 3, 2), "记-2", "上年结余资金拨付道路工程", None, 50000, "宏达建设"],
            [dt.date(2022, 3, 3), "记-3", "收取承包费共计", 8000, None, "张三"],
            [dt.date(2022, 3, 4), "记-4", "期末余额调整", None, 100, "农商银行"],
            [dt.date(2022, 3, 5), None, "期末余额调整", None, 20, "农商银行"],  # no voucher, not a label
            [dt.date(2022, 3, 6), "记-5", "付培训费", None, 300, "镇农经站"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支明细.xlsx", {"收支明细": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 6 and sheet.skipped == [] and sheet.rejected == []
    got = by_row(records(store))
    assert got[3]["summary"] == "支付村民误工补贴合计" and got[3]["amount"] == 3200.0
    assert got[5]["direction"] == "in" and got[7]["voucher"] is None


def test_genuine_summary_and_balance_rows_are_still_skipped(store, tmp_path: Path) -> None:
    labels = ["合计", "小计", "本月合计", "本年累计", "承前页", "过次页", "上年结转", "期初余额",
              "2021年合计", "石桥村小计", "第一季度小计", "合计：", "期初余额数"]
    rows = [["石桥村2021年收支明细账"], ["日期", "凭证号", "摘要", "收入", "支出"],
            [dt.date(2021, 1, 5), "记-1", "收租金", 1000, None]]
    rows += [[None, None, label, 1000, 300] for label in labels]
    rows += [[None, "本月合计", "本月合计", 1000, 300]]  # a label merged over 凭证号 and 摘要
    report = import_one(store, write_xlsx(tmp_path / "收支.xlsx", {"S": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 1 and sheet.rejected == []
    assert sorted(reasons(sheet)) == list(range(4, 4 + len(labels) + 1))
    assert all(reason.startswith(("合计行", "余额或结转行")) for reason in reasons(sheet).values())


@pytest.mark.parametrize("text", ["合计", "小 计", "本月合计", "本年累计", "承前页", "过次页", "上年结转",
                                  "期初余额", "2021年合计", "石桥村小计", "第一季度小计", "上年结存",
                                  "本月结存", "期末结存", "上年结转余额", "期初余额（元）"])
def test_label_reason_knows_the_labels(text: str) -> None:
    assert label_reason([text])


@pytest.mark.parametrize("text", ["上年结余资金拨付道路工程", "期末余额调整", "结存现金盘点", "收到承包金"])
def test_label_reason_needs_the_whole_cell_for_a_balance(text: str) -> None:
    assert label_reason([text]) is None


# --- bug 5: two village sections in one sheet ----------------------------------------------------


def contract_sections(*, village_column: bool) -> list[list]:
    rows: list[list] = []
    header = ["合同编号", "合同名称", "乙方", "合同金额", "签订日期"]
    for village, body in (("石桥村", [["SQ-1", "道路", "宏达建设", 98000, "2023.3.5"],
                                      ["SQ-2", "绿化", "苗木社", 5000, "2023.4.5"]]),
                          ("马吉村", [["MJ-1", "水渠", "宏达建设", 96000, "2023.5.5"],
                                      ["MJ-2", "路灯", "光明电器", 8000, "2023.6.5"]])):
        rows.append([f"{village}2023年合同台账"])
        rows.append(header + (["村名"] if village_column else []))
        rows += [line + ([village] if village_column else []) for line in body]
        rows.append(["小计", None, None, sum(line[3] for line in body)])
        rows.append([])
    return rows


def test_a_second_village_title_files_the_rows_below_under_that_village(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "青山镇合同台账.xlsx", {"合同台账": contract_sections(village_column=False)})
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 4 and sheet.rejected == []
    assert reasons(sheet) == {5: "合计行（小计）", 6: "空行", 7: "另一村的标题行：以下记录记入 马吉村",
                              8: "重复的表头行", 11: "合计行（小计）"}
    assert {row: r["village"] for row, r in by_row(records(store)).items()} == \
        {3: "石桥村", 4: "石桥村", 9: "马吉村", 10: "马吉村"}
    assert sheet.villages == ["石桥村", "马吉村"]


def test_a_village_column_sheet_keeps_its_column_villages(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "青山镇合同台账.xlsx", {"合同台账": contract_sections(village_column=True)})
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 4
    assert reasons(sheet)[7] == "重复的标题或单位行（分页打印的表常见）"
    assert {row: r["village"] for row, r in by_row(records(store)).items()} == \
        {3: "石桥村", 4: "石桥村", 9: "马吉村", 10: "马吉村"}


# --- bug 7: 结存 rows ----------------------------------------------------------------------------


def test_jiecun_balance_rows_are_skipped(store, tmp_path: Path) -> None:
    rows = [["石桥村2022年现金日记账"], ["日期", "凭证号", "摘要", "收入", "支出", "结存"],
            [dt.date(2022, 1, 1), None, "上年结存", 8000, None, 8000],
            [dt.date(2022, 1, 3), "记-1", "收租金", 1000, None, 9000],
            [dt.date(2022, 1, 31), None, "本月结存", None, None, 9000],
            [dt.date(2022, 1, 31), None, "期末结存", None, None, 9000],
            [dt.date(2022, 12, 31), None, "本年结存", None, None, 9000]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村现金日记账.xlsx", {"现金日记账": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 1 and sheet.rejected == []
    assert reasons(sheet) == {3: "余额或结转行（上年结存）", 5: "余额或结转行（本月结存）",
                              6: "余额或结转行（期末结存）", 7: "余额或结转行（本年结存）"}
    assert [r["source"]["row"] for r in records(store)] == [4]


# --- bug 10: 年/月/日 journals ---------------------------------------------------------------------


def test_month_and_year_carry_down_a_ymd_journal_and_a_missing_part_is_warned(store, tmp_path: Path) -> None:
    rows = [["吴家道村现金日记账"], ["2022年"], ["月", "日", "凭证号", "摘要", "借方", "贷方"],
            ["", "1", "记-0", "无月份", "100", ""],
            ["3", "2", "记-1", "收租金", "5000", ""],
            ["", "9", "记-2", "付电费", "", "300"],
            ["", "15", "记-3", "付劳务费", "", "1800"],
            ["4", "", "记-4", "付水费", "", "50"],
            ["4", "1", "记-5", "收补助", "20000", ""],
            ["", "2", "记-6", "付材料费", "", "700"],
            ["2023年"],
            ["", "3", "记-7", "付电费", "", "80"],
            ["1", "5", "记-8", "收租金", "600", ""],
            ["", "6", "记-9", "付电费", "", "90"]]
    report = import_one(store, write_csv(tmp_path / "吴家道村现金日记账.csv", rows, encoding="gbk"))
    sheet = sheet_of(report)
    assert sheet.imported == 10 and sheet.rejected == []
    assert reasons(sheet) == {11: "年份行（2023年）：以下记录按 2023 年"}
    dates = {row: r["date"] for row, r in by_row(records(store)).items()}
    assert dates == {4: None, 5: "2022-03-02", 6: "2022-03-09", 7: "2022-03-15", 8: None, 9: "2022-04-01",
                     10: "2022-04-02", 12: None, 13: "2023-01-05", 14: "2023-01-06"}
    warnings = {w["row"]: (w["column"], w["value"], w["reason"]) for w in sheet.warnings}
    assert warnings == {
        4: ("月", None, "日期不完整：“月”列为空，上面也没有写月份的行，日期留空"),
        8: ("日", None, "日期不完整：“日”列为空，日期留空"),
        12: ("月", None, "日期不完整：“月”列为空，上面也没有写月份的行，日期留空"),
    }


def test_an_opening_balance_row_opens_the_month_for_the_entries_below(store, tmp_path: Path) -> None:
    rows = [["东岭村2021年现金日记账"], ["月", "日", "凭证号", "摘要", "借方", "贷方", "余额"],
            [1, 1, None, "上年结转", None, None, 5000],
            [None, 5, "记-1", "收到承包金", 3000, None, 8000],
            [None, 9, "记-2", "支付电费", None, 250.5, 7749.5],
            [None, None, None, "本月合计", 3000, 250.5, 7749.5]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "日记账.xlsx", {"日记账": rows})))
    assert sheet.imported == 2 and sheet.warnings == [] and sorted(reasons(sheet)) == [3, 6]
    assert {row: r["date"] for row, r in by_row(records(store)).items()} == {4: "2021-01-05", 5: "2021-01-09"}


# --- bug 12: non-data rows reported as rejected data rows ------------------------------------------


def test_a_repeated_child_header_row_and_a_dated_footer_are_skipped(store, tmp_path: Path) -> None:
    rows = [["石桥村2022年收支明细账"], ["单位：元"],
            ["日期", "凭证号", "摘要", "金额", None, "往来单位"],
            [None, None, None, "收入", "支出", None],
            [dt.date(2022, 1, 3), "记-1", "收租金", 1000, None, "张三"],
            [dt.date(2022, 1, 5), "记-2", "付劳务", None, 700, "李四"],
            ["石桥村2022年收支明细账（续）"],
            ["日期", "凭证号", "摘要", "金额", None, "往来单位"],
            [None, None, None, "收入", "支出", None],
            [dt.date(2022, 2, 3), "记-3", "付水费", None, 50, "水厂"],
            ["制表人：王会计", None, "审核人：李书记", "日期：", dt.date(2022, 12, 31)]]
    merges = ["A3:A4", "B3:B4", "C3:C4", "F3:F4", "D3:E3"]
    path = write_xlsx(tmp_path / "石桥村收支明细账.xlsx", {"收支明细账": rows}, merges={"收支明细账": merges})
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 3 and sheet.rejected == []
    assert reasons(sheet) == {7: "重复的标题或单位行（分页打印的表常见）", 8: "重复的表头行", 9: "重复的表头行",
                              11: "表尾签名或说明（制表人：王会计）"}
    assert sorted(by_row(records(store))) == [5, 6, 10]


@pytest.mark.parametrize("line", ["村务监督委员会意见：同意公开", "审核人签字：李书记", "监委会（签字）：王五"])
def test_a_signed_opinion_under_the_table_is_a_footer(store, tmp_path: Path, line: str) -> None:
    """It was rejected as a payment without an amount: reported, but as the wrong thing."""
    rows = [["竹林村2022年支出明细表"], ["日期", "凭证号", "摘要", "支出金额", "收款单位"],
            [dt.date(2022, 1, 3), "付-1", "支付清淤款", 560, "安吉县宏达建设"],
            [line]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "竹林村支出明细.xlsx", {"支出明细": rows})))
    assert sheet.imported == 1 and sheet.rejected == []
    assert reasons(sheet) == {4: f"表尾签名或说明（{line}）"}


def test_an_uncalculated_formula_is_named_as_such(store, tmp_path: Path) -> None:
    formula = "公式没有计算结果（=D3*2）：请在 Excel 中打开、保存后再导入"
    rows = [["石桥村2022年收支明细"], ["日期", "凭证号", "摘要", "收入", "支出"],
            [dt.date(2022, 1, 3), "记-1", "收租金", 1000, None],
            [dt.date(2022, 1, 4), "记-2", "收租金", "=D3*2", None],
            ["=TODAY()", "记-3", "付电费", None, 300]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支.xlsx", {"收支": rows}))
    assert report.status == IMPORTED
    sheet = sheet_of(report)
    assert sheet.rejected == [{"row": 4, "column": "收入", "value": "=D3*2", "reason": formula}]
    assert sheet.warnings == [{"row": 5, "column": "日期", "value": "=TODAY()",
                               "reason": "公式没有计算结果（=TODAY()）：请在 Excel 中打开、保存后再导入，已保留原值"}]
    got = by_row(records(store))
    assert sorted(got) == [3, 5] and got[5]["date"] is None and got[5]["amount"] == 300.0


# --- bug 13: 小写 and 大写 amounts ------------------------------------------------------------------


def test_lower_and_upper_case_amounts_that_differ_are_warned(store, tmp_path: Path) -> None:
    rows = [["马吉村2023年工程款支付明细"],
            ["付款日期", "凭证号", "摘要", "收款单位", "金额（小写）", "金额（大写）"],
            ["2023.3.5", "记-15", "付工程款", "宏达建设", 12500, "壹万贰仟伍佰元整"],
            ["2023.3.6", "记-16", "付工程款", "宏达建设", 12500, "壹万伍仟元整"],
            ["2023.3.7", "记-17", "付工程款", "宏达建设", None, "捌仟元整"]]
    report = import_one(store, write_xlsx(tmp_path / "马吉村付款明细.xlsx", {"付款": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 3 and sheet.rejected == []
    assert sheet.warnings == [{"row": 4, "column": "金额（大写）", "value": "壹万伍仟元整",
                               "reason": "金额（小写） 12500.00 与金额（大写） 15000.00 不一致：按金额（小写）导入"}]
    amounts = {row: r["amount"] for row, r in by_row(records(store)).items()}
    assert amounts == {3: 12500.0, 4: 12500.0, 5: 8000.0}  # the primary is kept; the 大写 fills a blank


# --- regressions found by a second QA pass ---------------------------------------------------------------


def test_a_totals_row_with_a_word_range_or_count_in_the_voucher_column_is_still_a_total(
        store, tmp_path: Path) -> None:
    rows = [["石桥村2023年银行存款日记账"], ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
            [dt.date(2023, 1, 5), "记-1", "支付保洁工资", None, 2400, 47600],
            [dt.date(2023, 1, 20), "记字第2号", "收到租金", 3000, None, 50600],
            [dt.date(2023, 1, 31), "记", "本月合计", 3000, 2400, 50600],
            [dt.date(2023, 1, 31), "1-2", "本月合计", 3000, 2400, 50600],
            [dt.date(2023, 1, 31), "共2张", "本年累计", 3000, 2400, 50600],
            [dt.date(2023, 1, 31), 0, "本月合计", 3000, 2400, 50600]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村银行日记账.xlsx", {"银行日记账": rows})))
    assert sheet.imported == 2 and sheet.rejected == []
    assert sorted(reasons(sheet)) == [5, 6, 7, 8] and all(r.startswith("合计行") for r in reasons(sheet).values())


def test_a_numbered_row_with_only_an_amount_is_a_record_not_a_total(store, tmp_path: Path) -> None:
    rows = [["序号", "日期", "摘要", "收入", "支出", "余额"],
            [1, dt.date(2022, 3, 1), "收到租金", 8500, None, 8500],
            [2, None, None, None, 800, 7700],  # no date, no 摘要: exactly what an inspector wants to see
            [None, None, None, 8500, 800, None]]  # no number: an unlabelled total
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村收支.xlsx", {"收支": rows})))
    assert sheet.imported == 2
    assert by_row(records(store))[3]["amount"] == 800.0
    assert reasons(sheet) == {4: AMOUNT_ONLY}


def test_a_closed_month_is_not_carried_past_its_total(store, tmp_path: Path) -> None:
    rows = [["刘家塘村现金日记账"], ["年", "月", "日", "凭证号", "摘要", "借方", "贷方"],
            [2023, 1, 3, "记-1", "支付电费", None, 300],
            [None, None, 15, "记-2", "支付误工补贴", None, 500],
            [None, None, None, None, "本月合计", 0, 800],
            [None, None, 2, "记-3", "支付水费", None, 120],  # 月 blank after January was closed
            [None, 2, 5, "记-4", "收到补助", 10000, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘家塘村现金日记账.xlsx", {"现金日记账": rows})))
    got = by_row(records(store))
    assert got[4]["date"] == "2023-01-15" and got[7]["date"] == "2023-02-05"
    assert got[6]["date"] is None
    assert [w for w in sheet.warnings if w["row"] == 6 and w["column"] == "月"]


# --- a third QA pass: dates without a year, terms written as a length ---------------------------------


def test_dates_without_a_year_take_the_year_of_the_title(store, tmp_path: Path) -> None:
    """A hand-kept journal writes 1.3, 1月12日 or 01-21 under a title naming the year: '1.3' was
    read as Excel serial 1 (1900-01-01) without a word, the others lost their date."""
    rows = [["北山村2022年现金日记账"], ["日期", "凭证号", "摘要", "收入", "支出", "收款人"],
            ["1.3", "现-1", "收回备用金", 200, None, "李明"],
            ["1月12日", "现-2", "报销", None, 237.5, "王小红"],
            ["01-21", "现-3", "报销", None, 275, "赵大"],
            ["12.31", "现-4", "报销", None, 300, "赵大"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "北山村现金日记账.xlsx", {"现金日记账": rows})))
    assert sheet.imported == 4 and not sheet.warnings
    got = by_row(records(store, "payment"))
    assert [got[n]["date"] for n in (3, 4, 5, 6)] == ["2022-01-03", "2022-01-12", "2022-01-21", "2022-12-31"]


def test_a_date_column_never_files_a_small_number_in_1900(store, tmp_path: Path) -> None:
    rows = [["收支明细"], ["日期", "凭证号", "摘要", "支出", "收款人"],
            ["1.3", "记-1", "报销", 200, "李明"],
            [5, "记-2", "报销", 300, "王小红"],
            ["2022-01-06", "记-3", "报销", 400, "赵大"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "支出明细.xlsx", {"明细": rows})))
    assert sheet.imported == 3
    got = by_row(records(store, "payment"))
    assert [got[n]["date"] for n in (3, 4, 5)] == [None, None, "2022-01-06"]
    reasons = {w["row"]: w["reason"] for w in sheet.warnings}
    assert "没有年份" in reasons[3] and "不像日期" in reasons[4]


def test_a_title_naming_two_years_dates_no_day_without_its_year(store, tmp_path: Path) -> None:
    """'2021—2022年' cannot say which year '3.5' is in: a warning, never a guessed year."""
    rows = [["北山村2021—2022年现金日记账"], ["日期", "凭证号", "摘要", "支出", "收款人"],
            ["3.5", "现-1", "报销", 200, "李明"],
            ["2022-03-05", "现-2", "报销", 300, "王小红"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "北山村现金日记账.xlsx", {"现金日记账": rows})))
    assert sheet.imported == 2
    got = by_row(records(store, "payment"))
    assert got[3]["date"] is None and got[4]["date"] == "2022-03-05"
    assert [w for w in sheet.warnings if w["row"] == 3 and "不止一个年份" in w["reason"]]


def test_a_term_written_as_a_length_ends_after_the_start(store, tmp_path: Path) -> None:
    """承包期限 '30年' beside a 起始日期 column: the end date was left empty."""
    rows = [["溪口村资源发包台账"], ["资源名称", "资源类型", "面积", "承包方", "年租金", "起始日期", "承包期限"],
            ["后山1号地块", "耕地", 3.5, "张建国", 2100, "2010-01-01", "10年"],
            ["大坝3号地块", "厂房", 10.25, "湖州绿源农业开发有限公司", 6457.5, "2013-04-01", "三十年"],
            ["塘坞2号地块", "水面", 8, "溪口村茶叶专业合作社", 4960, "2012-02-29", "5年"],
            ["前畈1号地块", "林地", 5.75, "李卫东", 3507.5, "2011-02-01", "2011.2.1至2026.1.31"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "溪口村资源发包台账.xlsx", {"资源": rows})))
    assert sheet.imported == 4 and not sheet.warnings
    got = by_row(records(store, "resource"))
    assert [(got[n]["started_on"], got[n]["ended_on"]) for n in (3, 4, 5, 6)] == [
        ("2010-01-01", "2019-12-31"), ("2013-04-01", "2043-03-31"), ("2012-02-29", "2017-02-28"),
        ("2011-02-01", "2026-01-31")]


def test_a_subtotal_with_a_count_is_a_summary_row(store, tmp_path: Path) -> None:
    """'共计5笔' under 摘要 with an amount became a payment of 9999 元."""
    rows = [["青山镇村级代管资金支出表"], ["序号", "村名", "日期", "摘要", "收款单位", "金额"],
            [1, "石桥村", "2023-02-08", "支付道路硬化款", "浙江宏达建设有限公司", 900],
            [None, None, None, "共计1笔", None, 900],
            [None, None, None, "小计3笔，含退款", None, 900]]
    report = import_one(store, write_xlsx(tmp_path / "代管资金支出.xlsx", {"支出": rows}))
    assert reasons(sheet_of(report)) == {4: "合计行（共计1笔）", 5: "合计行（小计3笔，含退款）"}
    assert sorted(by_row(records(store))) == [3]


def test_a_short_village_name_takes_the_form_the_sheet_uses(store, tmp_path: Path) -> None:
    """A 村名 column with '石桥村' and '石桥' filed one village under two names."""
    rows = [["青山镇村级集体资产台账"], ["村名", "资产编号", "资产名称", "原值（元）", "购置日期"],
            ["石桥村", "ZC1", "水泵", 1000, "2015-01-01"],
            ["石桥", "ZC2", "打印机", 2000, "2015-02-01"],
            ["东坞", "ZC3", "电脑", 3000, "2015-03-01"],
            ["东坞村", "ZC4", "路灯", 4000, "2015-04-01"]]
    report = import_one(store, write_xlsx(tmp_path / "青山镇资产台账.xlsx", {"资产": rows}))
    got = by_row(records(store, "asset"))
    assert [got[n]["village"] for n in (3, 4, 5, 6)] == ["石桥村", "石桥村", "东坞村", "东坞村"]
    # A short name met before its longer form takes it too (the first rows are read ahead, qa106), and
    # the note says which names were completed.
    assert "“东坞”1 行记为东坞村" in sheet_of(report).note and "“石桥”1 行记为石桥村" in sheet_of(report).note


def test_the_numbered_lines_of_a_notes_block_are_footer(store, tmp_path: Path) -> None:
    """Under '说明：' the line '2 | 本表金额以合同为准' became a project named 本表金额以合同为准."""
    rows = [["东坞村工程项目台账"], ["序号", "项目名称", "施工单位", "合同金额", "开工日期"],
            [1, "道路硬化", "浙江宏达建设有限公司", 20000, "2022-02-01"],
            ["说明："], ["1、本表由村报账员填写。"], ["2", "本表金额以合同为准"],
            [2, "路灯亮化", "孙建华", 3000, "2022-03-01"]]
    report = import_one(store, write_xlsx(tmp_path / "东坞村工程项目台账.xlsx", {"项目": rows}))
    assert sorted(reasons(sheet_of(report))) == [4, 5, 6]
    assert sorted(by_row(records(store))) == [3, 7]


def test_a_journal_by_category_takes_the_total_columns(store, tmp_path: Path) -> None:
    """经营收入 | 发包及上交收入 | 收入合计 | 管理费用 | 支出合计: only the first category of each side was
    read, so an entry in two categories lost one and an entry in another category was rejected."""
    rows = [["石桥村2023年收支分类明细表"],
            ["日期", "凭证号", "摘要", "经营收入", "发包及上交收入", "收入合计", "管理费用", "公益支出", "支出合计"],
            ["2023-01-06", "记-1", "租金及承包金", 1000, 500, 1500, None, None, None],
            ["2023-01-09", "记-2", "收承包金", None, 800, 800, None, None, None],
            ["2023-01-12", "记-3", "付保洁费", None, None, None, None, 300, 300]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支分类明细.xlsx", {"分类明细": rows}))
    assert not sheet_of(report).rejected
    got = by_row(records(store, "payment"))
    assert [(got[n]["direction"], got[n]["amount"]) for n in (3, 4, 5)] == [("in", 1500.0), ("in", 800.0),
                                                                            ("out", 300.0)]


def test_a_rent_cell_with_a_price_per_mu_is_price_times_area(store, tmp_path: Path) -> None:
    rows = [["南塘村土地流转台账"], ["地块名称", "面积（亩）", "承包方", "年租金（元）"],
            ["1号地", 11, "孙建华", "510元/亩"], ["2号地", 10, "王德明", 6000], ["3号地", 12, "李国强", "每亩500元"]]
    report = import_one(store, write_xlsx(tmp_path / "南塘村土地流转台账.xlsx", {"流转": rows}))
    got = by_row(records(store, "resource"))
    assert [got[n]["amount"] for n in (3, 4, 5)] == [5610.0, 6000.0, 6000.0]
    assert [(w["row"], w["reason"]) for w in sheet_of(report).warnings] == [
        (3, "写的是每亩单价：按单价×面积（11亩）计为5610.00元"), (5, "写的是每亩单价：按单价×面积（12亩）计为6000.00元")]


def test_a_month_column_that_names_the_year_dates_the_entry(store, tmp_path: Path) -> None:
    """发放月份 '2022年1月' and no 日 column: every date was left empty."""
    rows = [["石桥村2022年村干部报酬发放明细"], ["发放月份", "凭证号", "摘要", "支出", "领款人"],
            ["2022年1月", "记-1", "发放1月报酬", 3200, "王建军"],
            ["2022.02", "记-2", "发放2月报酬", 3200, "王建军"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村报酬发放.xlsx", {"报酬": rows}))
    assert not sheet_of(report).warnings
    got = by_row(records(store, "payment"))
    assert [got[n]["date"] for n in (3, 4)] == ["2022-01-01", "2022-02-01"]
