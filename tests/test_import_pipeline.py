"""The import pipeline on real files the tests write: rows, fields, issues, transactions."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest

import importers
from importers.report import CANCELLED, DUPLICATE, EMPTY, FAILED, IMPORTED
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
from xuncha.models import record_uid, row_hash
from xuncha.store import ImportWriter

CONTRACT_HEADER = ["序号", "合同编号", "合同名称", "乙方单位", "合同金额", "签订日期"]


def contract_book(tmp_path: Path, name: str = "合同台账.xlsx", rows=None, title="石桥村2022年合同台账") -> Path:
    body = rows or [
        [1, "HT-1", "村道硬化", "宏达建设", 125000, dt.date(2022, 3, 5)],
        [2, "HT-2", "水渠清淤", "张三", "9.8万元", "2022年4月1日"],
    ]
    return write_xlsx(tmp_path / name, {"Sheet1": [[title], ["单位：元"], CONTRACT_HEADER, *body]})


# --- rows, fields and provenance ------------------------------------------------------------------


def test_title_rows_header_and_provenance(store, tmp_path: Path) -> None:
    path = contract_book(tmp_path)
    report = import_one(store, path)
    assert report.status == IMPORTED
    sheet = sheet_of(report)
    assert (sheet.kind, sheet.village, sheet.header_row, sheet.imported) == ("contract", "石桥村", 3, 2)
    got = by_row(records(store, "contract"))
    assert set(got) == {4, 5}
    first = got[4]
    assert first["source"] == {"file": "合同台账.xlsx", "sheet": "Sheet1", "row": 4}
    assert (first["code"], first["title"], first["counterparty"]) == ("HT-1", "村道硬化", "宏达建设")
    assert first["amount"] == 125000.0 and first["signed_on"] == "2022-03-05"
    assert first["raw"] == {"序号": "1", "合同编号": "HT-1", "合同名称": "村道硬化", "乙方单位": "宏达建设",
                            "合同金额": "125000", "签订日期": "2022-03-05"}
    assert got[5]["amount"] == 98000.0 and got[5]["signed_on"] == "2022-04-01"
    assert first["id"] == record_uid(report.sha256, "Sheet1", 4)


def test_row_hash_and_raw_match_the_models_helpers(store, tmp_path: Path) -> None:
    odd = 'quote " back\\slash\ttab 😀 \u2028'
    path = contract_book(tmp_path, rows=[[1, "HT-1", odd, "宏达", 1.5, dt.datetime(2022, 3, 5, 10, 30)]])
    import_one(store, path)
    [record] = store.records("contract")
    raw = json.loads(record.raw)
    assert record.row_hash == row_hash(raw)
    assert raw["合同名称"] == odd and raw["签订日期"] == "2022-03-05 10:30:00"
    assert record.raw == json.dumps(raw, ensure_ascii=False)


def test_summary_balance_blank_and_footer_rows_are_skipped_and_reported(store, tmp_path: Path) -> None:
    rows = [
        ["石桥村收支明细"], ["日期", "摘要", "收入", "支出"],
        ["2022-01-01", "上年结转", 5000, None],
        ["2022-01-05", "收到承包金", 3000, None],
        [None, None, None, None],
        ["2022-01-09", "支付电费", None, 250.5],
        [None, "本月合计", 3000, 250.5],
        [None, "本年累计", 3000, 250.5],
        ["合 计", None, 3000, 250.5],
        ["石桥村小计", None, 3000, None],
        ["过次页", None, None, None],
        ["日期", "摘要", "收入", "支出"],
        ["2022-02-01", "收到租金", 800, None],
        [None, None, None, None],
        ["制表人：李四", None, "审核：王五", None],
        [None, None, None, None],
    ]
    report = import_one(store, write_xlsx(tmp_path / "收支.xlsx", {"明细": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 3
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert skipped_rows(sheet, blank=True) == [5, 14]  # blank rows after the table are not part of it
    assert skipped_rows(sheet) == [3, 7, 8, 9, 10, 11, 12, 15]
    assert "余额" in reasons[3] and "合计" in reasons[7] and "合计" in reasons[10]
    assert reasons[12] == "重复的表头行" and "表尾" in reasons[15]
    assert sorted(by_row(records(store))) == [4, 6, 13]
    stored = {i.row: i.level for i in store.issues()}
    assert stored == {3: "skipped", 5: "skipped", 7: "skipped", 8: "skipped", 9: "skipped", 10: "skipped",
                      11: "skipped", 12: "skipped", 14: "skipped", 15: "skipped"}


def test_payment_directions_from_income_and_expense(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入", "支出"],
            [dt.date(2022, 1, 5), "记-15", "收到承包金", 3000, None],
            [dt.date(2022, 1, 6), "记-16", "支付电费", "", "1,250.50"],
            [dt.date(2022, 1, 7), "记-17", "冲销", 100, 300]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支.xlsx", {"S": rows}))
    got = by_row(records(store, "payment"))
    assert (got[2]["direction"], got[2]["amount"], got[2]["voucher"]) == ("in", 3000.0, "记-15")
    assert (got[3]["direction"], got[3]["amount"]) == ("out", 1250.5)
    assert (got[4]["direction"], got[4]["amount"]) == ("out", 300.0)
    [warning] = sheet_of(report).warnings
    assert warning["row"] == 4 and "收入和支出都有金额" in warning["reason"] and warning["column"] == "收入"


def test_debit_credit_two_row_header_and_ymd_columns(store, tmp_path: Path) -> None:
    rows = [["东岭村现金日记账"],
            ["2021年", None, "凭证字", "凭证号", "摘要", "金额", None, "余额"],
            ["月", "日", None, None, None, "借方", "贷方", None],
            [1, 1, None, None, "上年结转", 5000, None, 5000],
            [1, 5, "记", 1, "收到承包金", 3000, None, 8000],
            [1, 9, "记", 2, "支付电费", None, 250.5, 7749.5],
            [None, None, None, None, "本月合计", 3000, 250.5, 7749.5]]
    merges = ["A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3", "A1:H1"]
    report = import_one(store, write_xlsx(tmp_path / "j.xlsx", {"日记账": rows}, merges={"日记账": merges}))
    sheet = sheet_of(report)
    assert sheet.village == "东岭村" and sheet.header_row == 3 and sheet.imported == 2
    got = by_row(records(store, "payment"))
    assert (got[5]["date"], got[5]["direction"], got[5]["amount"], got[5]["voucher"]) == \
        ("2021-01-05", "in", 3000.0, "记-1")
    assert (got[6]["date"], got[6]["direction"], got[6]["amount"]) == ("2021-01-09", "out", 250.5)
    assert got[6]["raw"]["金额/贷方"] == "250.5"


def test_bank_statement_debit_is_money_out(store, tmp_path: Path) -> None:
    rows = [["交易日期", "对方户名", "借方发生额", "贷方发生额", "余额"],
            ["2023-01-03", "某公司", "5,000.00", "", "1000"],
            ["2023-01-04", "镇财政所", "", "8000", "9000"]]
    import_one(store, write_csv(tmp_path / "石桥村银行对账单.csv", rows))
    got = by_row(records(store, "payment"))
    assert (got[2]["direction"], got[2]["amount"]) == ("out", 5000.0)
    assert (got[3]["direction"], got[3]["amount"]) == ("in", 8000.0)


def test_amount_with_direction_column_and_signed_amounts(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "收支方向", "金额"],
            ["2023.5.6", "收租金", "收入", 800], ["2023.5.7", "付款", "支", 900], ["2023.5.8", "?", "不知", 5]]
    report = import_one(store, write_xlsx(tmp_path / "西村收支台账.xlsx", {"S": rows}))
    got = by_row(records(store, "payment"))
    assert [got[r]["direction"] for r in (2, 3, 4)] == ["in", "out", None]
    assert sheet_of(report).warnings[0]["column"] == "收支方向"
    signed = [["交易时间", "交易金额", "对方户名"], ["2023-01-01", -300, "电力公司"], ["2023-01-02", 700, "财政所"]]
    import_one(store, write_xlsx(tmp_path / "西村流水.xlsx", {"S": signed}))
    flows = {r["counterparty"]: (r["direction"], r["amount"]) for r in records(store, "payment")
             if r["source"]["file"] == "西村流水.xlsx"}
    assert flows == {"电力公司": ("out", 300.0), "财政所": (None, 700.0)}


def test_wan_units_from_header_and_unit_line(store, tmp_path: Path) -> None:
    rows = [["南村工程项目台账"], ["单位：万元"], ["项目名称", "预算金额", "合同金额（元）", "开工日期"],
            ["村道", 12.5, 118000, "2021.3.5"], ["路灯", "9.05", "", "20210601"]]
    import_one(store, write_xlsx(tmp_path / "p.xlsx", {"S": rows}))
    got = by_row(records(store, "project"))
    assert (got[4]["budget"], got[4]["amount"], got[4]["started_on"]) == (125000.0, 118000.0, "2021-03-05")
    assert (got[5]["budget"], got[5]["started_on"]) == (90500.0, "2021-06-01")


def test_range_cells_and_upper_case_amounts(store, tmp_path: Path) -> None:
    rows = [["地块名称", "承包方", "面积（亩）", "年租金", "承包起止"],
            ["大塘", "徐建林", 18, "壹万零捌佰元整", "2015.1.1-2045.12.31"],
            ["后山", "李四", "120亩", 9000, "2016年1月1日至2035年12月31日"]]
    import_one(store, write_xlsx(tmp_path / "北村资源发包.xlsx", {"S": rows}))
    got = by_row(records(store, "resource"))
    assert (got[2]["amount"], got[2]["started_on"], got[2]["ended_on"], got[2]["area"]) == \
        (10800.0, "2015-01-01", "2045-12-31", 18.0)
    assert (got[3]["started_on"], got[3]["ended_on"], got[3]["area"]) == ("2016-01-01", "2035-12-31", 120.0)


def test_unit_price_per_mu_gives_the_rent(store, tmp_path: Path) -> None:
    rows = [["地块名称", "承包方", "面积（亩）", "租金（元/亩）"], ["港东畈", "某农场", 45, 200]]
    import_one(store, write_xlsx(tmp_path / "港村资源.xlsx", {"资源": rows}))
    [record] = records(store, "resource")
    assert record["amount"] == 9000.0


def test_rejected_rows_name_the_column_and_warnings_keep_raw(store, tmp_path: Path) -> None:
    rows = [["项目名称", "合同金额", "开工日期", "施工单位"],
            ["村道", "待定", "明年春天", "宏达"],
            [None, 50000, "2021-03-01", "宏达"]]
    report = import_one(store, write_xlsx(tmp_path / "东村工程.xlsx", {"S": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 1
    assert {(w["column"], w["value"]) for w in sheet.warnings} == {("合同金额", "待定"), ("开工日期", "明年春天")}
    [rejected] = sheet.rejected
    assert rejected["row"] == 3 and rejected["column"] == "项目名称" and "项目名称" in rejected["reason"]
    [record] = records(store, "project")
    assert record["amount"] is None and record["raw"]["合同金额"] == "待定"
    [stored] = store.issues("rejected")
    assert json.loads(stored.raw)["合同金额"] == "50000"
    assert any("第 3 行 列“项目名称”" in line for line in importers.ImportReport([report]).failures())


def test_unparsable_essential_is_a_rejection_naming_the_column(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "金额"], ["2022-01-01", "买水", "一些钱"], ["2022-01-02", "电费", 100]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支.xlsx", {"S": rows}))
    [rejected] = sheet_of(report).rejected
    assert (rejected["row"], rejected["column"], rejected["value"]) == (2, "金额", "一些钱")
    assert rejected["reason"].startswith("金额无法识别")


def test_merged_body_cells_are_filled_except_money(store, tmp_path: Path) -> None:
    rows = [["合同台账"], ["村名", "合同名称", "乙方", "合同金额", "签订日期"],
            ["石桥村", "A", "甲", 100, "2021-01-01"], [None, "B", "乙", None, "2021-02-01"],
            ["河西村", "C", "丙", 300, "2021-03-01"], [None, "小计", None, 300, None]]
    merges = ["A3:A4", "D3:D4"]
    report = import_one(store, write_xlsx(tmp_path / "合同.xlsx", {"S": rows}, merges={"S": merges}))
    got = by_row(records(store, "contract"))
    assert [got[r]["village"] for r in (3, 4, 5)] == ["石桥村", "石桥村", "河西村"]
    assert got[4]["amount"] is None  # shown once in Excel: copying it would count it twice
    assert sheet_of(report).villages == ["石桥村", "河西村"]
    assert skipped_rows(sheet_of(report)) == [6]


@pytest.mark.parametrize("where,expected,source", [
    ("column", "河西村", None), ("title", "石桥村", None), ("sheet", "南坡村", None),
    ("file", "北岭村", None), ("option", "东湾村", None),
])
def test_village_sources(store, tmp_path: Path, where: str, expected: str, source) -> None:
    header = ["姓名", "职务"] + (["村名"] if where == "column" else [])
    body = ["张三", "书记"] + (["河西村"] if where == "column" else [])
    title = [["石桥村村干部名单"]] if where in ("title", "column") else [["村干部名单"]]
    sheet = "南坡村" if where == "sheet" else "Sheet1"
    file_name = "北岭村干部.xlsx" if where == "file" else "干部.xlsx"
    path = write_xlsx(tmp_path / file_name, {sheet: [*title, header, body]})
    report = import_one(store, path, village="东湾村" if where == "option" else None)
    [record] = records(store, "cadre")
    assert record["village"] == expected
    assert sheet_of(report).note == ""


def test_unknown_village_is_noted(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "干部.xlsx", {"Sheet1": [["姓名", "职务"], ["张三", "书记"]]}))
    assert "--village" in sheet_of(report).note


def test_1904_workbook_dates(store, tmp_path: Path) -> None:
    rows = [["合同名称", "对方单位", "合同价款", "签约时间"],
            ["A", "甲", 1000, dt.date(2021, 3, 5)], ["B", "乙", 2000, 42798]]
    import_one(store, write_xlsx(tmp_path / "石桥村合同.xlsx", {"合同": rows}, date1904=True))
    got = by_row(records(store, "contract"))
    assert got[2]["signed_on"] == "2021-03-05" and got[3]["signed_on"] == "2021-03-05"


def test_xls_html_and_gbk_csv_files(store, tmp_path: Path) -> None:
    xls = write_xls(tmp_path / "石桥村收支.xls", {"收支": [["石桥村收支明细", None, None], ["日期", "摘要", "支出"],
                                                       [dt.date(2022, 3, 1), "电费", 120.5]]},
                    merges={"收支": [(0, 0, 0, 2)]})
    html = tmp_path / "西山村资产.xls"
    html.write_text("<table><tr><th>资产名称</th><th>原值（万元）</th><th>购置日期</th></tr>"
                    "<tr><td>办公楼</td><td>12.5</td><td>2008年10月</td></tr></table>", encoding="utf-8")
    gbk = write_csv(tmp_path / "南坡村干部.csv", [["姓名", "职务"], ["张三", "书记"]], encoding="gbk")
    bom = write_csv(tmp_path / "北村干部.csv", [["姓名", "职务"], ["李四", "主任"]], encoding="utf-8-sig")
    report = importers.import_paths(store, [xls, html, gbk, bom])
    assert [f.status for f in report.files] == [IMPORTED] * 4
    [payment] = records(store, "payment")
    assert (payment["amount"], payment["date"], payment["direction"]) == (120.5, "2022-03-01", "out")
    [asset] = records(store, "asset")
    assert (asset["amount"], asset["acquired_on"], asset["source"]["sheet"]) == (125000.0, "2008-10-01", "西山村资产")
    cadres = {r["name"]: (r["village"], r["source"]["sheet"], r["source"]["row"]) for r in records(store, "cadre")}
    assert cadres == {"张三": ("南坡村", "南坡村干部", 2), "李四": ("北村", "北村干部", 2)}


# --- unrecognised sheets and mapping files -------------------------------------------------------------


def test_unrecognised_sheet_is_reported_and_other_sheets_import(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "混合.xlsx", {
        "干部": [["姓名", "职务"], ["张三", "书记"]],
        "杂项": [["甲栏", "乙栏", "丙栏"], ["x", 1, 2]],
        "Sheet3": [],
    })
    report = import_one(store, path)
    assert report.status == IMPORTED
    odd = sheet_of(report, "杂项")
    assert odd.kind is None and odd.unrecognized and "甲栏" in odd.note and "--mapping" in odd.note
    assert not sheet_of(report, "Sheet3").unrecognized and sheet_of(report, "Sheet3").note == "空工作表"
    failures = importers.ImportReport([report]).failures()
    assert failures == ["xuncha: 文件 混合.xlsx 工作表 杂项：无法识别表头（找到：甲栏、乙栏、丙栏）；请用 --mapping 指定列"]


def test_file_without_any_recognised_sheet_is_not_kept_and_mapping_fixes_it(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "怪表.xlsx", {"S": [["说明一下"], ["甲栏", "乙栏", "丙栏"], ["宏达", "12.5万", "2021.3.5"]]})
    report = import_one(store, path)
    assert report.status == FAILED and "甲栏" in report.message and store.batches() == []
    mapping_file = tmp_path / "map.toml"
    mapping_file.write_text('kind = "contract"\nvillage = "石桥村"\n[columns]\n'
                            '"甲栏" = "counterparty"\n"乙栏" = "amount"\n"丙栏" = "签订日期"\n', encoding="utf-8")
    mapping = importers.load_mapping(mapping_file)
    report = import_one(store, path, mapping=mapping)
    assert report.status == IMPORTED
    [record] = records(store, "contract")
    assert (record["counterparty"], record["amount"], record["signed_on"], record["village"]) == \
        ("宏达", 125000.0, "2021-03-05", "石桥村")


def test_mapping_applies_only_to_its_sheets(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "二表.xlsx", {"A": [["甲栏", "乙栏"], ["宏达", 100]],
                                              "B": [["姓名", "职务"], ["张三", "书记"]]})
    mapping = importers.mapping_from_dict({"kind": "payment", "sheets": ["A"],
                                           "columns": {"甲栏": "counterparty", "乙栏": "expense"}})
    report = import_one(store, path, mapping=mapping, village="石桥村")
    assert (sheet_of(report, "A").kind, sheet_of(report, "B").kind) == ("payment", "cadre")
    [payment] = records(store, "payment")
    assert (payment["direction"], payment["amount"]) == ("out", 100.0)


def test_mapping_with_kind_that_lacks_columns_says_so(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "石桥村.xlsx", {"S": [["姓名", "职务"], ["张三", "书记"]]})
    report = import_one(store, path, mapping=importers.mapping_from_dict({"kind": "payment"}))
    assert report.status == FAILED and "映射文件" in report.message and "金额" in report.message


# --- transactions, duplicates, cancellation, progress -------------------------------------------------


def store_counts(store) -> tuple:
    return (len(store.batches()), sum(store.counts().values()), len(store.issues()), len(store.batch_sheets()))


def test_failure_midway_leaves_the_store_untouched(store, tmp_path: Path, monkeypatch) -> None:
    from importers import pipeline

    monkeypatch.setattr(pipeline, "BATCH_ROWS", 10)
    import_one(store, contract_book(tmp_path, "先导入.xlsx"))
    before = store_counts(store)
    rows = [[i, f"HT-{i}", f"合同{i}", "宏达", 1000 + i, "2022-01-01"] for i in range(1, 40)]
    path = contract_book(tmp_path, "大.xlsx", rows=rows)
    calls = {"n": 0}
    original = ImportWriter.add_records

    def failing(self, kind, batch):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("磁盘已满")
        return original(self, kind, batch)

    monkeypatch.setattr(ImportWriter, "add_records", failing)
    report = import_one(store, path)
    assert report.status == FAILED and "磁盘已满" in report.message and "大.xlsx" in report.message
    assert report.batch_id is None
    assert store_counts(store) == before
    monkeypatch.setattr(ImportWriter, "add_records", original)
    assert import_one(store, path).status == IMPORTED  # not refused as a duplicate


def test_reimport_is_a_duplicate_and_a_changed_file_is_a_new_batch(store, tmp_path: Path) -> None:
    path = contract_book(tmp_path)
    first = import_one(store, path)
    before = store_counts(store)
    again = import_one(store, path)
    assert again.status == DUPLICATE and again.batch_id == first.batch_id
    assert "未重复导入" in again.message and store_counts(store) == before
    contract_book(tmp_path, rows=[[1, "HT-1", "村道硬化", "宏达建设", 125000, dt.date(2022, 3, 5)]])
    changed = import_one(store, path)
    assert changed.status == IMPORTED and changed.batch_id != first.batch_id
    assert len(store.batches()) == 2 and store.count("contract") == 3
    ids = {r.id for r in store.records("contract")}
    assert len(ids) == 3  # the same row of another file version has another id


def test_another_version_of_an_imported_file_is_named_with_the_batch_to_remove(store, tmp_path: Path) -> None:
    """A corrected ledger imported beside the old one counts every unchanged row twice: say so."""
    first = import_one(store, contract_book(tmp_path))
    assert sheet_of(first).earlier_copy is None  # nothing before it
    corrected = contract_book(tmp_path, "合同台账（修改）.xlsx", rows=[
        [1, "HT-1", "村道硬化", "宏达建设", 125000, dt.date(2022, 3, 5)],
        [2, "HT-2", "水渠清淤", "张三", "9.6万元", "2022年4月1日"]])  # one amount corrected
    second = import_one(store, corrected)
    sheet = sheet_of(second)
    assert sheet.earlier_copy == {"batch_id": first.batch_id, "file": "合同台账.xlsx", "rows": 1}
    hint = f"其中 1 行与批次 {first.batch_id}（合同台账.xlsx）中的行完全相同"
    assert hint in sheet.note and f"xuncha batches --remove {first.batch_id}" in sheet.note
    assert sheet.to_json()["earlier_copy"]["rows"] == 1
    assert [line for line in importers.ImportReport([second]).failures() if hint in line]
    stored = [s for s in store.batch_sheets() if s.batch_id == second.batch_id]
    assert hint in stored[0].note  # the workbench's import history shows it too
    other = import_one(store, contract_book(tmp_path, "另一村合同.xlsx", title="马吉村2022年合同台账", rows=[
        [1, "MJ-1", "路灯安装", "青山照明", 56000, dt.date(2022, 5, 5)]]))
    assert sheet_of(other).earlier_copy is None  # rows of its own: nothing to say


def test_removing_the_earlier_batch_retires_the_advice_in_the_import_history(store, tmp_path: Path) -> None:
    first = import_one(store, contract_book(tmp_path))
    second = import_one(store, contract_book(tmp_path, "合同台账（修改）.xlsx", rows=[
        [1, "HT-1", "村道硬化", "宏达建设", 125000, dt.date(2022, 3, 5)]]))

    store.remove_batch(first.batch_id)

    [note] = [s.note for s in store.batch_sheets() if s.batch_id == second.batch_id]
    assert f"与批次 {first.batch_id}（合同台账.xlsx）中的行完全相同" in note  # what was found stays
    assert "xuncha batches --remove" not in note and f"批次 {first.batch_id} 已删除" in note


def test_duplicate_message_hints_at_removal_when_a_sheet_was_unrecognised(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "混合.xlsx", {"干部": [["姓名", "职务"], ["张三", "书记"]],
                                              "杂项": [["甲栏", "乙栏"], ["x", "y"]]})
    first = import_one(store, path)
    again = import_one(store, path)
    assert f"xuncha batches --remove {first.batch_id}" in again.message


def test_cancel_rolls_back_the_current_file(store, tmp_path: Path, monkeypatch) -> None:
    from importers import pipeline

    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 5)
    rows = [[i, f"HT-{i}", f"合同{i}", "宏达", 1000 + i, "2022-01-01"] for i in range(1, 30)]
    first, second = contract_book(tmp_path, "一.xlsx", rows=rows), contract_book(tmp_path, "二.xlsx")
    cancel = threading.Event()
    seen = []

    def progress(p: importers.ImportProgress) -> None:
        seen.append(p)
        if p.done >= 10:
            cancel.set()

    report = importers.import_paths(store, [first, second], on_progress=progress, cancel=cancel)
    assert [f.status for f in report.files] == [CANCELLED, CANCELLED]
    assert "已取消" in report.files[0].message
    assert store_counts(store) == (0, 0, 0, 0)
    assert not report.imported_any()


def test_progress_reports_rows_per_file(store, tmp_path: Path, monkeypatch) -> None:
    from importers import pipeline

    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 10)
    rows = [[i, f"HT-{i}", f"合同{i}", "宏达", 1000 + i, "2022-01-01"] for i in range(1, 26)]
    seen: list[importers.ImportProgress] = []
    importers.import_paths(store, [contract_book(tmp_path, rows=rows)], on_progress=seen.append)
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1].done == seen[-1].total == 28 and seen[-1].file == "合同台账.xlsx"
    assert len(seen) >= 3


def test_unreadable_file_fails_with_a_named_message(store, tmp_path: Path) -> None:
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    good = contract_book(tmp_path)
    report = importers.import_paths(store, [bad, good, tmp_path / "无.xlsx"])
    assert [f.status for f in report.files] == [FAILED, IMPORTED, FAILED]
    assert "坏.xlsx" in report.files[0].message and "不存在" in report.files[2].message
    failures = report.failures()
    assert len(failures) == 2 and all(line.startswith("xuncha: 文件 ") for line in failures)
    assert report.imported_any()


def test_empty_files_and_folders(store, tmp_path: Path) -> None:
    empty = write_xlsx(tmp_path / "空.xlsx", {"Sheet1": []})
    (tmp_path / "空目录").mkdir()
    report = importers.import_paths(store, [empty, tmp_path / "空目录"])
    assert [f.status for f in report.files] == [EMPTY, EMPTY]
    assert store.batches() == []


def test_folder_import_and_summary(store, tmp_path: Path) -> None:
    folder = tmp_path / "资料"
    (folder / "子目录").mkdir(parents=True)
    contract_book(folder, "合同.xlsx")
    write_csv(folder / "子目录" / "南坡村干部.csv", [["姓名", "职务"], ["张三", "书记"]], encoding="gbk")
    (folder / "README.md").write_text("说明")
    (folder / "~$合同.xlsx").write_bytes(b"lock")
    report = importers.import_paths(store, [folder])
    assert [f.file for f in report.files] == ["合同.xlsx", "南坡村干部.csv"]
    lines = report.summary_lines()
    assert lines[-1] == "共 2 个文件：导入 2 个；新增记录 3 条"
    assert any("合同 2" in line for line in lines)
    data = report.to_json()
    sheet = data["files"][0]["sheets"][0]
    assert set(sheet) >= {"sheet", "kind", "village", "imported", "skipped", "rejected", "warnings", "note"}
    assert set(data["files"][0]) >= {"file", "status", "message", "sha256", "batch_id", "sheets"}


def test_refresh_runs_once_after_all_files(store, tmp_path: Path, monkeypatch) -> None:
    from importers import pipeline

    calls = []
    monkeypatch.setattr(pipeline, "_refresh_derived_data", lambda s, report: calls.append(s))
    first = contract_book(tmp_path, "a.xlsx")
    importers.import_paths(store, [first, contract_book(tmp_path, "b.xlsx", title="河西村合同")])
    assert calls == [store]
    importers.import_paths(store, [first])  # duplicate: nothing changed, nothing to refresh
    assert calls == [store]


# --- preview -------------------------------------------------------------------------------------------------


def test_preview_shows_mapping_and_first_rows_without_writing(store, tmp_path: Path) -> None:
    path = contract_book(tmp_path)
    preview = importers.preview_file(path)
    [sheet] = preview.sheets
    assert (sheet.kind, sheet.village, sheet.village_source, sheet.header_row) == ("contract", "石桥村", "title", 3)
    assert sheet.mapping["乙方单位"] == "counterparty" and sheet.unmapped == ["序号"]
    assert [r["row"] for r in sheet.rows] == [4, 5]
    # as the inspector reads them: yuan, not the fen stored; no internal columns
    assert sheet.rows[0]["fields"] == {"code": "HT-1", "title": "村道硬化", "counterparty": "宏达建设",
                                       "amount": "125,000.00", "signed_on": "2022-03-05", "village": "石桥村"}
    assert sheet.title == "石桥村2022年合同台账" and sheet.unit == "yuan"
    json.dumps(preview.to_json(), ensure_ascii=False)
    assert store.batches() == []


def test_preview_of_an_unrecognised_sheet_shows_its_first_rows_as_they_are(tmp_path: Path) -> None:
    """The mapping editor shows an example value beside each header: for the very sheets that
    need a mapping, the preview used to give none."""
    rows = [["序", "甲乙双方往来户", "发生额（元）", "记账时点", "用途说明"],
            [1, "宏达建设", 5000, dt.date(2023, 3, 5), "修路"], [None] * 5, [2, "明亮电器", 860.5, None, "灯具"]]
    [sheet] = importers.preview_file(write_xlsx(tmp_path / "怪表头.xlsx", {"往来": rows})).sheets
    assert sheet.kind is None
    assert [(r["row"], r["status"]) for r in sheet.rows] == [(2, "sample"), (4, "sample")]
    assert sheet.rows[0]["raw"] == {"序": "1", "甲乙双方往来户": "宏达建设", "发生额（元）": "5000",
                                    "记账时点": "2023-03-05", "用途说明": "修路"}
    assert sheet.rows[1]["raw"]["发生额（元）"] == "860.5"


def test_preview_of_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"%PDF-1.7")
    preview = importers.preview_file(path)
    assert "PDF" in preview.problem and preview.sheets == []


def test_page_breaks_repeat_title_unit_and_header_rows(store, tmp_path: Path) -> None:
    page = [["石桥村2022年收支明细表"], ["单位：元"], ["日期", "摘要", "收入", "支出"]]
    rows = [*page, ["2022-01-05", "收到承包金", 3000, None], ["第1页，共2页"],
            ["石桥村2022年收支明细表（续）"], ["单位：元"], ["日期", "摘要", "收入", "支出"],
            ["2022-01-09", "支付电费", None, 250.5]]
    report = import_one(store, write_xlsx(tmp_path / "明细.xlsx", {"S": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 2 and sheet.rejected == []
    assert {s["row"]: s["reason"] for s in sheet.skipped} == {
        5: "重复的标题或单位行（分页打印的表常见）", 6: "重复的标题或单位行（分页打印的表常见）",
        7: "重复的标题或单位行（分页打印的表常见）", 8: "重复的表头行"}


def test_rows_with_an_empty_village_cell_are_noted(store, tmp_path: Path) -> None:
    rows = [["村名", "姓名", "职务"], ["石桥村", "张三", "书记"], [None, "李四", "主任"]]
    report = import_one(store, write_xlsx(tmp_path / "干部.xlsx", {"名单": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 2 and sheet.village == "石桥村"
    assert "1 条记录的村名列为空" in sheet.note


def test_hidden_helper_sheets_are_noted_not_failed(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "石桥村干部.xlsx", {"名单": [["姓名", "职务"], ["张三", "书记"]],
                                                    "下拉选项": [["书记", "主任"], ["委员", "会计"]]},
                      hidden=["下拉选项"])
    report = import_one(store, path)
    lists = sheet_of(report, "下拉选项")
    assert lists.kind is None and not lists.unrecognized and lists.note.startswith("隐藏工作表")
    assert importers.ImportReport([report]).failures() == []


def test_a_hidden_sheet_of_records_is_imported_and_says_it_was_hidden(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "石桥村合同.xlsx", {
        "合同": [CONTRACT_HEADER, [1, "HT-1", "村道硬化", "宏达建设", 125000, dt.date(2022, 3, 5)]],
        "另一本": [CONTRACT_HEADER, [1, "HT-9", "水渠清淤", "张三", 98000, dt.date(2022, 4, 1)]],
    }, hidden=["另一本"])
    report = import_one(store, path)
    shown, hidden = sheet_of(report, "合同"), sheet_of(report, "另一本")
    assert shown.imported == hidden.imported == 1
    assert hidden.note.startswith("隐藏工作表") and not shown.note.startswith("隐藏工作表")
    assert [s.note for s in store.batch_sheets() if s.sheet == "另一本"][0].startswith("隐藏工作表")


def test_a_payment_sheet_that_cannot_tell_in_from_out_says_so(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "金额", "往来单位"], [dt.date(2022, 3, 5), "村道硬化工程款", 125000, "宏达建设"],
            [dt.date(2022, 3, 9), "退回多付款", -2000, "宏达建设"]]
    unknown = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村台账.xlsx", {"台账": rows})))
    assert unknown.imported == 2 and "收支方向留空" in unknown.note
    assert sorted(str(r.direction) for r in store.records("payment")) == ["None", "out"]
    spending = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村支出明细.xlsx", {"支出明细": rows})))
    assert "收支方向留空" not in spending.note  # the sheet's name says it is money out
