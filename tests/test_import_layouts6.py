"""Layouts found in importer QA pass 6 that used to lose or misread rows.

Each test writes a real file (xlsx with openpyxl, xls with xlwt, csv) and
imports it through ``importers.import_paths``:

- voided rows (作废 in a 状态 or 备注 column, a 摘要 that is only 作废): skipped
  with their reason, never live records; remarks about another voided document
  and 未作废 are no mark;
- red-ink reversals written as text ('红字1,200.00', '-1,200.00（红字）'): negative;
- amounts with a label or a remark ('合同价12.5万元', '36,000.00（含税）');
- dates with a weekday or a closing dot;
- synonyms: 合同相对人, 承揽方, 到期日, 履约起始日, 动工/交付日期; '合同期限\\n（起）';
- '中标价(元)' beside '结算价': the unit bracket does not demote the 中标价;
- numbered 说明 lines with a figure or a date under the table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import (
    by_row,
    import_one,
    records,
    sheet_of,
    skipped_rows,
    write_csv,
    write_xls,
    write_xlsx,
)

# --- voided rows ---------------------------------------------------------------------------------


def test_voided_contracts_are_skipped_with_their_reason(store, tmp_path: Path) -> None:
    """Before, a contract marked 已作废 was imported as a live contract (its amount counted)."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "签订日期", "合同状态", "备注"],
            ["HT-1", "道路硬化合同", "宏达建设", 50000, dt.date(2022, 1, 5), "履行中", None],
            ["HT-2", "道路硬化合同", "宏达建设", 50000, dt.date(2022, 1, 6), "已作废", None],
            ["HT-3", "路灯合同", "光明电器", 8000, dt.date(2022, 2, 5), "履行中", "合同作废，已重签HT-4"],
            ["HT-4", "路灯合同", "光明电器", 8000, dt.date(2022, 2, 9), "履行中", "重签，原合同HT-3已作废"],
            ["HT-5", "山塘清淤合同", "天顺水利", 9000, dt.date(2022, 3, 5), "未作废", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梅林村合同台账.xlsx", {"合同": rows})))
    assert sorted(by_row(records(store, "contract"))) == [2, 5, 6]
    assert skipped_rows(sheet) == [3, 4]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("已作废（“合同状态”为“已作废”）")
    assert reasons[4].startswith("已作废（“备注”为“合同作废，已重签HT-4”）")


def test_a_voided_voucher_in_a_journal_is_skipped_but_a_summary_about_one_is_not(store, tmp_path: Path) -> None:
    """Before, the voided voucher (its amount still filled) was a live payment."""
    rows = [["日期", "凭证号", "摘要", "支出", "对方单位"],
            [dt.date(2023, 1, 5), "记-1", "付道路款", 1200, "宏达建设"],
            [dt.date(2023, 1, 6), "记-2", "本凭证作废", 1200, "宏达建设"],
            [dt.date(2023, 1, 7), "记-3", "作废支票工本费", 20, "农商银行"]]
    path = write_xls(tmp_path / "竹园村银行日记账.xls", {"日记账": rows})
    sheet = sheet_of(import_one(store, path))
    assert sorted(by_row(records(store, "payment"))) == [2, 4]
    assert skipped_rows(sheet) == [3] and "“摘要”为“本凭证作废”" in sheet.skipped[0]["reason"]


def test_a_platform_csv_status_column_voids_its_rows(store, tmp_path: Path) -> None:
    rows = [["单据编号", "业务日期", "收款方", "金额", "单据状态"],
            ["ZC1", "2023-03-05 00:00:00", "宏达建设", "1500.00元", "已审核"],
            ["ZC2", "2023-03-06 00:00:00", "宏达建设", "1500.00元", "已作废"]]
    path = write_csv(tmp_path / "溪口村支出单据.csv", rows, delimiter=";", encoding="utf-8-sig")
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 1 and skipped_rows(sheet) == [3]


# --- amounts -------------------------------------------------------------------------------------


def test_red_ink_amounts_written_as_text_are_negative(store, tmp_path: Path) -> None:
    """Before, '红字4,692.50' and '-5,010.00（红字）' were rejected as unreadable amounts."""
    rows = [["日期", "凭证号", "摘要", "支出", "对方单位"],
            [dt.date(2023, 3, 5), "记-1", "付道路款", 4692.5, "宏达建设"],
            [dt.date(2023, 4, 5), "记-2", "冲销多付款", "红字4,692.50", "宏达建设"],
            [dt.date(2023, 4, 6), "记-3", "红冲记-1", "-5,010.00（红字）", "宏达建设"],
            [dt.date(2023, 4, 7), "记-4", "红冲", "（红冲）300元", "宏达建设"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "溪口村现金日记账.xlsx", {"日记账": rows})))
    assert sheet.rejected == []
    got = by_row(records(store, "payment"))
    assert [(got[r]["amount"], got[r]["direction"]) for r in (2, 3, 4, 5)] == [
        (4692.5, "out"), (-4692.5, "out"), (-5010.0, "out"), (-300.0, "out")]


def test_amounts_with_a_label_or_a_remark_are_read(store, tmp_path: Path) -> None:
    """Before, these contract amounts were left empty (a warning each). "约3万元" is the figure stated, and its
    row is warned that it is an estimate (qa114: a stated value written so is read, ``plan.reads_estimates``)."""
    cells = [("合同价12.5万元", 125000.0), ("计12500元", 12500.0), ("总价36000元", 36000.0),
             ("36,000.00（含税）", 36000.0), ("¥12500（大写壹万贰仟伍佰元整）", 12500.0),
             ("约3万元", 30000.0), ("12500（大写壹万元整）", None)]
    rows = [["合同编号", "合同名称", "供应商", "合同金额", "签订日期"]]
    rows += [[f"CG-{i}", "材料采购", "锦程建材", cell, dt.date(2023, 1, 1 + i)] for i, (cell, _) in enumerate(cells)]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梅林村采购合同.xlsx", {"采购": rows})))
    got = by_row(records(store, "contract"))
    assert [got[r]["amount"] for r in range(2, 9)] == [yuan for _, yuan in cells]
    warned = {w["row"]: w["reason"] for w in sheet.warnings}
    assert sorted(warned) == [7, 8] and "约数" in warned[7] and "不一致" in warned[8]


# --- dates ---------------------------------------------------------------------------------------


def test_dates_with_a_weekday_or_a_closing_dot(store, tmp_path: Path) -> None:
    """Before, each of these dates was left empty with a warning. A two-digit year ('23.3.5') still
    is, on purpose (test_values): the row comes in and the warning names the cell."""
    cells = ["2023.03.05.", "2023/3/5 星期日", "2023年3月5日（周日）", "2023-3-5 礼拜天", "23.3.5"]
    rows = [["付款日期", "付款金额", "收款人全称", "用途"]]
    rows += [[cell, 100 + i, "宏达建设", "道路款"] for i, cell in enumerate(cells)]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "竹园村付款登记.xlsx", {"付款": rows})))
    assert [(w["row"], w["value"]) for w in sheet.warnings] == [(6, "23.3.5")]
    got = by_row(records(store, "payment"))
    assert [got[r]["date"] for r in range(2, 7)] == ["2023-03-05"] * 4 + [None]


# --- headers -------------------------------------------------------------------------------------


def test_contract_synonyms_and_term_headers_with_a_bracketed_start_and_end(store, tmp_path: Path) -> None:
    """Before, 合同相对人 and 到期日 were not recognised and '合同期限\\n（止）' was read as a start."""
    rows = [["合同编号", "合同名称", "合同相对人", "合同价款（元）", "签约日期", "合同期限\n（起）", "合同期限\n（止）"],
            ["ML-1", "鱼塘发包", "王金发", 20000, dt.date(2021, 1, 15), dt.date(2021, 2, 1), dt.date(2026, 1, 31)]]
    import_one(store, write_xlsx(tmp_path / "梅林村合同.xlsx", {"合同": rows}))
    [got] = records(store, "contract")
    assert (got["counterparty"], got["started_on"], got["ended_on"]) == ("王金发", "2021-02-01", "2026-01-31")
    rows = [["备案号", "合同标的", "合同相对方名称", "合同标的额（元）", "签署日期", "履约起始日", "到期日"],
            ["BA-1", "道路施工", "宏达建设", 41000, dt.date(2023, 1, 3), dt.date(2023, 1, 13), dt.date(2023, 7, 22)]]
    import_one(store, write_xlsx(tmp_path / "溪口村合同备案.xlsx", {"备案": rows}))
    got = [r for r in records(store, "contract") if r["title"] == "道路施工"][0]
    assert (got["started_on"], got["ended_on"]) == ("2023-01-13", "2023-07-22")


def test_project_synonyms_and_a_unit_bracket_that_does_not_demote_the_bid_price(store, tmp_path: Path) -> None:
    """Before, 承揽方/动工日期/交付日期 were not read, and '中标价(元)' lost to '结算价' only because
    of its unit bracket (beside '决算价(元)' it won: the choice depended on how the unit was written)."""
    rows = [["竹园村小微工程登记表"],
            ["工程项目名称", "承揽方", "中标价(元)", "结算价", "议事日期", "动工日期", "交付日期"],
            ["竹园村道路硬化", "宏达建设", 30000, 30800, dt.date(2022, 1, 2), dt.date(2022, 2, 2), dt.date(2022, 3, 2)]]
    import_one(store, write_xlsx(tmp_path / "竹园村小微工程.xlsx", {"工程": rows}))
    [got] = records(store, "project")
    assert (got["contractor"], got["amount"], got["started_on"], got["finished_on"]) == (
        "宏达建设", 30000.0, "2022-02-02", "2022-03-02")
    assert got["raw"]["结算价"] == "30800"


def test_numbered_notes_with_a_figure_under_the_table_are_no_records(store, tmp_path: Path) -> None:
    """Before, '1.本年新签合同10份，金额合计 | 556000' became a contract of 556 000 元."""
    rows = [["序号", "合同名称", "承包方", "金额（元）", "签订时间"],
            [1, "道路合同", "宏达建设", 50000, dt.date(2023, 1, 18)],
            [2, "路灯合同", "光明电器", 6000, dt.date(2023, 2, 18)],
            [],
            ["说明："],
            [None, "1.本年新签合同2份，金额合计", None, 56000],
            [None, "2.统计截止2023年12月31日。", None, None, dt.date(2023, 12, 31)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "竹园村新签合同.xlsx", {"合同": rows})))
    assert sheet.imported == 2
    assert skipped_rows(sheet) == [5, 6, 7]
