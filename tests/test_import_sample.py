"""Importing sample_data/ gives exactly the counts of tests/data/sample_expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import importers
from tests.conftest import SAMPLE_DATA
from tests.test_import_support import records, skipped_rows

EXPECTED_FILE = Path(__file__).parent / "data" / "sample_expected.json"

pytestmark = pytest.mark.skipif(not EXPECTED_FILE.exists() or not SAMPLE_DATA.is_dir(),
                                reason="sample_data/ not generated yet")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory):
    from xuncha.store import Store

    store = Store(tmp_path_factory.mktemp("sample") / "sample.db")
    report = importers.import_paths(store, [SAMPLE_DATA])
    yield store, report
    store.close()


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))


def test_every_file_imports(imported, expected) -> None:
    _, report = imported
    assert sorted(f.file for f in report.files) == sorted(expected["files"])
    assert all(f.status == "imported" for f in report.files), report.failures()


def test_only_the_planted_rejected_rows_are_reported_as_failures(imported, expected) -> None:
    _, report = imported
    wanted = [f"xuncha: 文件 {file_name} 工作表 {sheet_name} 第 {item['row']} 行 列“{item['column']}” "
              f"值“{item['value']}”："
              for file_name, sheets in expected["files"].items()
              for sheet_name, want in sheets.items() for item in want["rejected_rows"]]
    failures = report.failures()
    assert len(failures) == len(wanted)
    assert all(line.startswith(prefix) for line, prefix in zip(sorted(failures), sorted(wanted)))


def test_counts_per_file_and_sheet(imported, expected) -> None:
    _, report = imported
    for file_report in report.files:
        wanted = expected["files"][file_report.file]
        assert sorted(s.sheet for s in file_report.sheets) == sorted(wanted)
        for sheet in file_report.sheets:
            want = wanted[sheet.sheet]
            where = f"{file_report.file}/{sheet.sheet}"
            assert sheet.kind == want["kind"], where
            assert sheet.villages == want["villages"], where
            assert sheet.imported == want["data_rows"], where
            assert skipped_rows(sheet) == sorted(want["skipped_rows"]), where
            assert skipped_rows(sheet, blank=True) == sorted(want["blank_rows"]), where
            assert [(r["row"], r["column"], r["value"]) for r in sheet.rejected] == \
                [(r["row"], r["column"], r["value"]) for r in want["rejected_rows"]], where
            assert sheet.warnings == [], where
            assert sheet.header_row == max(want["header_rows"]), where


def test_no_skipped_or_header_row_became_a_record(imported, expected) -> None:
    store, _ = imported
    rows_by_sheet: dict[tuple[str, str], set[int]] = {}
    for record in store.records():
        rows_by_sheet.setdefault((record.source_file, record.source_sheet), set()).add(record.source_row)
    for file_name, sheets in expected["files"].items():
        for sheet_name, want in sheets.items():
            rows = rows_by_sheet[(file_name, sheet_name)]
            not_data = set(want["skipped_rows"]) | set(want["blank_rows"]) | set(want["header_rows"])
            assert not rows & not_data, (file_name, sheet_name)
            assert len(rows) == want["data_rows"]
            assert min(rows) == want["first_data_row"] and max(rows) == want["last_data_row"]


def test_row_probes_find_their_text_in_the_raw_row(imported, expected) -> None:
    store, _ = imported
    raw_by_source = {(r.source_file, r.source_sheet, r.source_row): r.raw for r in store.records()}
    for key, text in expected["row_probes"].items():
        file_name, sheet_name, row = key.split("|")
        raw = raw_by_source.get((file_name, sheet_name, int(row)))
        assert raw is not None and text in raw, key


def test_planted_fields_are_parsed(imported) -> None:
    store, _ = imported

    def record(kind: str, file_name: str, sheet: str, row: int) -> dict:
        for item in records(store, kind):
            if item["source"] == {"file": file_name, "sheet": sheet, "row": row}:
                return item
        raise AssertionError((file_name, sheet, row))

    # 大写 amount in the contract ledger, the split pair in 万元 in the project workbook.
    assert record("contract", "合同台账2021-2023.xlsx", "合同台账", 50)["amount"] == 90500.0
    assert record("project", "青山镇村级工程项目台账.xlsx", "马吉村", 10)["amount"] == 90500.0
    assert record("project", "青山镇村级工程项目台账.xlsx", "马吉村", 11)["amount"] == 93400.0
    # The GBK csv: 年/月/日 columns, debit is money in, credit money out.
    csv_rows = [r for r in records(store, "payment") if r["source"]["file"] == "刘家塘村现金日记账.csv"]
    assert all(r["date"] and r["direction"] in ("in", "out") and r["amount"] > 0 for r in csv_rows)
    paid = record("payment", "刘家塘村现金日记账.csv", "刘家塘村现金日记账", 22)
    assert paid["direction"] == "out" and paid["summary"] == "支付老年活动中心改造工程预付款"
    # Ranges in one cell.
    lease = record("resource", "资源发包台账.xlsx", "资源发包台账", 4)
    assert (lease["started_on"], lease["ended_on"]) == ("2018-01-01", "2042-12-31")
    # The real .xls: 收入/支出 columns and 记-15 vouchers.
    cash = record("payment", "石桥村2022年收支明细账.xls", "收支明细账", 50)
    assert cash["direction"] == "out" and cash["amount"] == 8600.0 and cash["voucher"].startswith("记-")
    # The 2023 bank journal has no payee column: 借方 is money in, 贷方 money out, the year only in the title.
    bank = [r for r in records(store, "payment") if r["source"]["file"] == "石桥村2023年银行存款日记账.xlsx"]
    assert len(bank) == 27 and all(r["village"] == "石桥村" for r in bank)
    # Its party is read from the 摘要 only where that names one organisation or fences in one person's name
    # (not two payees, not 王建明's son 王磊 inside 王磊明).
    assert {r["counterparty"] for r in bank} == {None, "浙江天顺水利建设有限公司", "湖州明亮电器经营部",
                                                 "安吉县康体体育器材有限公司", "周志强", "王磊明"}
    assert all(r["date"].startswith("2023-") and r["direction"] in ("in", "out") for r in bank)
    named = record("payment", "石桥村2023年银行存款日记账.xlsx", "银行存款日记账", 10)
    assert (named["date"], named["direction"], named["amount"]) == ("2023-02-20", "out", 4800.0)
    assert named["summary"] == "付周志强村部围墙修缮工钱"
    income = record("payment", "石桥村2023年银行存款日记账.xlsx", "银行存款日记账", 5)
    assert (income["direction"], income["amount"]) == ("in", 120000.0)


def test_every_record_has_a_village_and_a_source(imported, expected) -> None:
    store, _ = imported
    for item in records(store):
        assert item["village"] in expected["villages"]
        assert item["source"]["row"] >= 1


def test_the_planted_rejected_row_is_kept_in_the_store(imported, expected) -> None:
    store, _ = imported
    planted = [(file_name, sheet_name, item["row"], item["column"], item["value"])
               for file_name, sheets in expected["files"].items()
               for sheet_name, want in sheets.items() for item in want["rejected_rows"]]
    assert planted, "the sample should show a rejected row"
    kept = {(i.file, i.sheet, i.row, i.column, i.value) for i in store.issues("rejected")}
    assert kept == set(planted)
    assert all("{" in i.raw and "购买村委会办公用品" in i.raw for i in store.issues("rejected"))
