"""The findings workbook, read back with openpyxl: sheets, headers, values, formats, safety, masking."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from xuncha import export, findings, models
from xuncha.cli import main
from xuncha.store import Store
from tests.test_findings import SHA_V1, V1_ROWS, import_contracts, insert_flag, rid

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1",
    "=HYPERLINK(\"http://evil.example\",\"点我\")",
    "DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "=1+1\x00\x07\x1b含控制字符",
]
LONG = "长" * 40_000
PHONE, ID_NO = "13812345678", "330102199001011234"


def notebook(store: Store) -> dict[str, Any]:
    """A small notebook: a flag taken, a flag dismissed, a flag left alone, a hostile manual finding."""
    rejected = [{"level": models.REJECTED, "file": "石桥村合同台账.xlsx", "sheet": "合同", "row": 9,
                 "column": "合同金额", "value": "=1+2", "reason": "无法识别的金额"}]
    import_contracts(store, SHA_V1, V1_ROWS, rejected=rejected)
    split = insert_flag(store, "flag-split", "split_contract", records=[rid(3), rid(4)], amount=19_300_000,
                        title="宏达建设2份合同合计19.3万元，单份均低于10万元限额")
    hug = insert_flag(store, "flag-hug", "threshold_hugging", records=[rid(4)], amount=9_800_000,
                      title="合同金额9.8万元，贴近10万元限额")
    insert_flag(store, "flag-alone", "threshold_hugging", records=[rid(3)], amount=9_500_000,
                title="=合同金额9.5万元，贴近10万元限额", severity="low")
    taken = findings.add_from_flag(store, split, by="张三")
    findings.set_status(store, taken.id, "confirmed", note=f"会计王某（电话 {PHONE}，身份证 {ID_NO}）确认", by="张三")
    findings.dismiss_flag(store, hug, "镇招投标中心备案", by="李四")
    manual = findings.add_manual(store, title=HOSTILE[0], village="+石桥村", amount_fen=12_345,
                                 detail=" / ".join(HOSTILE), evidence=[rid(5)], notes=LONG, by="张三")
    return {"taken": taken, "manual": manual}


def rule_names() -> dict[str, str]:
    from xuncha.rules import get_rules

    return {rule.id: rule.name for rule in get_rules()}


def all_cells(wb) -> list[Any]:
    return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row]


def texts(wb) -> list[str]:
    return [cell.value for cell in all_cells(wb) if isinstance(cell.value, str)]


@pytest.fixture
def workbook_path(store: Store, tmp_path: Path) -> Path:
    notebook(store)
    return export.write_findings_workbook(store, tmp_path / "out" / "问题清单.xlsx", by="张三")


def test_sheets_in_the_order_the_team_hands_them_in(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    rule_sheets = [name[:31] for name in rule_names().values()]
    assert wb.sheetnames == ["问题清单", "证据", *rule_sheets, "导入异常", "说明"]
    assert stat.S_IMODE(workbook_path.stat().st_mode) == 0o600


def test_findings_sheet_headers_values_formats_and_print_setup(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["问题清单"]
    assert [c.value for c in ws[3]] == list(export.FINDING_HEADERS)
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["A1"].value == "巡察问题清单"

    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    body, total = rows[:-1], rows[-1]
    # Confirmed first, open next, dismissed last; 序号 follows that order.
    assert [r[0] for r in body] == [1, 2, 3]
    assert [r[10] for r in body] == ["第1号", "第3号", "第2号"]  # the numbers the app shows
    assert [r[5] for r in body] == ["已核实", "待核实", "已排除"]
    assert body[0][1] == "石桥村" and body[0][2] == rule_names()["split_contract"]
    assert body[0][3].startswith("宏达建设2份合同合计19.3万元")
    assert body[0][4] == 193000.0
    assert body[1][2] == "手工录入" and body[1][4] == 123.45
    assert body[0][6] == "石桥村合同台账.xlsx / 合同 / 第3行\n石桥村合同台账.xlsx / 合同 / 第4行"
    assert body[0][7] == "张三"
    assert "确认" in body[0][9]
    # The total is a number computed in fen, without the dismissed finding, and no formula.
    assert total[1] == "合计（不含已排除）"
    assert total[4] == 193123.45
    for row in ws.iter_rows(min_row=4, min_col=5, max_col=5):
        if row[0].value is not None:
            assert row[0].number_format == "#,##0.00"


def test_evidence_rejected_rule_and_about_sheets(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    evidence = [[c.value for c in row] for row in wb["证据"].iter_rows(min_row=4)]
    assert [c.value for c in wb["证据"][3]] == list(export.EVIDENCE_HEADERS)
    assert [(r[0], r[3], r[4], r[5]) for r in evidence] == [
        (1, "石桥村合同台账.xlsx", "合同", 3), (1, "石桥村合同台账.xlsx", "合同", 4),
        (2, "石桥村合同台账.xlsx", "合同", 5), (3, "石桥村合同台账.xlsx", "合同", 4)]
    assert "合同金额：95,000.00" in evidence[0][7]
    assert "合同名称：村道硬化一期" in evidence[0][8]
    assert evidence[0][9] == rid(3) and evidence[0][10] == SHA_V1

    rejected = [[c.value for c in row] for row in wb["导入异常"].iter_rows(min_row=4)]
    assert [c.value for c in wb["导入异常"][3]] == list(export.REJECTED_HEADERS)
    assert rejected[0] == [1, "石桥村合同台账.xlsx", "合同", 9, "合同金额", "=1+2", "无法识别的金额"]
    assert rejected[1][1] == "以下单元格未能识别，已保留原值（所在行已导入）"
    assert rejected[2][1] == "没有保留原值的单元格" and len(rejected) == 3

    hugging = wb[rule_names()["threshold_hugging"][:31]]
    assert [c.value for c in hugging[3]] == list(export.FLAG_HEADERS)
    flag_rows = [[c.value for c in row] for row in hugging.iter_rows(min_row=4)]
    # Every flag of the rule, including the one nobody took into the notebook.
    assert sorted(r[7] for r in flag_rows) == ["已排除", "未处理"]
    assert {r[5] for r in flag_rows} == {98000.0, 95000.0}

    about = [c.value for row in wb["说明"].iter_rows() for c in row]
    assert SHA_V1 in about and "石桥村合同台账.xlsx" in about and "张三" in about


def test_no_cell_is_ever_a_formula(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    cells = all_cells(wb)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = texts(wb)
    joined = "\n".join(values)
    for text in HOSTILE:
        clean = export.ILLEGAL_CHARACTERS_RE.sub("", text)
        assert clean in joined, text
    assert "\x00" not in joined and "\x07" not in joined and "\x1b" not in joined
    # Hostile text keeps Excel's quote prefix, so editing the cell never turns it into a formula.
    starts = [c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@", "\t"))]
    assert starts and all(c.quotePrefix for c in starts)
    assert "=1+2" in values and "+石桥村" in values
    assert "=合同金额9.5万元，贴近10万元限额" in values


def test_overlong_text_is_cut_with_a_marker(workbook_path: Path) -> None:
    values = texts(load_workbook(workbook_path))
    long = [v for v in values if v.count("长") > 30_000]
    assert long and all(len(v) <= 32_767 for v in long)
    assert all(v.endswith("字）") and "已截断，原文共 400" in v for v in long)


def test_mask_hides_id_and_phone_numbers_in_every_sheet(store: Store, tmp_path: Path) -> None:
    notebook(store)
    plain = "\n".join(texts(load_workbook(export.write_findings_workbook(store, tmp_path / "a.xlsx"))))
    assert PHONE in plain and ID_NO in plain
    masked = "\n".join(texts(load_workbook(export.write_findings_workbook(store, tmp_path / "b.xlsx", mask=True))))
    assert PHONE not in masked and ID_NO not in masked
    assert "138****5678" in masked and "3301**********1234" in masked
    assert SHA_V1 in masked  # hashes are not phone numbers


@pytest.mark.parametrize("text, masked", [
    ("电话13812345678。", "电话138****5678。"),
    ("+86 138-1234-5678", "+86 138-****-5678"),
    ("身份证33010219900101123X", "身份证3301**********123X"),
    ("旧证330102900101123", "旧证3301*******1123"),
    ("座机0571-88886666", "座机0571-****6666"),
    ("合同编号 HT20230405000012345678 与金额 95000", "合同编号 HT20230405000012345678 与金额 95000"),
    ("记录 9f2c13812345678abc", "记录 9f2c13812345678abc"),
])
def test_mask_text(text: str, masked: str) -> None:
    assert export.mask_text(text) == masked


def test_safe_text_removes_control_characters_and_truncates() -> None:
    assert export.safe_text("a\x00b\x08c\td\ne") == "abc\td\ne"
    cut = export.safe_text("字" * 40_000)
    assert len(cut) == 32_767 and cut.endswith("原文共 40000 字）")


def test_empty_store_exports_a_valid_workbook(store: Store, tmp_path: Path) -> None:
    wb = load_workbook(export.write_findings_workbook(store, tmp_path / "empty.xlsx"))
    ws = wb["问题清单"]
    assert [c.value for c in ws[4]][1] == "合计"
    assert ws["E4"].value == 0


def test_cli_export(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notebook(store)
    out = tmp_path / "x.xlsx"
    assert main(["--db", str(store.path), "export", str(out), "--mask", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {"path": str(out), "findings": 3, "masked": True}
    assert PHONE not in "\n".join(texts(load_workbook(out)))


def test_cli_export_in_a_subprocess(store: Store, tmp_path: Path) -> None:
    notebook(store)
    out = tmp_path / "y.xlsx"
    result = subprocess.run([sys.executable, "-m", "xuncha", "--db", str(store.path), "export", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "已导出问题清单（3 条）" in result.stderr
    assert load_workbook(out).sheetnames[0] == "问题清单"


def test_cells_kept_raw_are_listed_with_the_rejected_rows(tmp_path: Path) -> None:
    """A contract whose amount reads '19,8OO.00' comes in without an amount: no rule adds it up,
    so the export names the cell beside the rows that did not come in."""
    import importers
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "合同"
    sheet.append(["合同名称", "乙方", "合同金额", "签订日期"])
    sheet.append(["村道硬化", "宏达建设有限公司", 98000, "2023-03-01"])
    sheet.append(["路灯安装", "明亮电器经营部", "19,8OO.00", "2023-04-01"])
    source = tmp_path / "石桥村合同台账.xlsx"
    book.save(source)
    store = Store(tmp_path / "store.db")
    importers.import_paths(store, [source])

    wb = load_workbook(export.write_findings_workbook(store, tmp_path / "out.xlsx"))

    rows = [[c.value for c in row] for row in wb["导入异常"].iter_rows(min_row=4)]
    assert rows[0][1] == "没有未能导入的数据行"
    assert rows[1][1] == "以下单元格未能识别，已保留原值（所在行已导入）"
    [kept] = rows[2:]
    assert kept[:6] == [1, "石桥村合同台账.xlsx", "合同", 3, "合同金额", "19,8OO.00"]
    assert "字母" in kept[6]


def test_an_exported_workbook_picked_up_with_the_tables_is_not_imported(store: Store, tmp_path: Path) -> None:
    """The export is saved beside the village's tables; importing that folder again made a batch of
    a dozen unrecognised sheets (or, for the 证据 sheet, stray records)."""
    import importers

    notebook(store)
    folder = tmp_path / "资料"
    folder.mkdir()
    written = export.write_findings_workbook(store, folder / "问题清单.xlsx")
    batches = len(store.batches())

    report = importers.import_paths(store, [folder])
    assert [(f.file, f.status) for f in report.files] == [(written.name, "empty")]
    assert "是 xuncha 导出的问题清单" in report.files[0].message
    assert len(store.batches()) == batches
    assert "是 xuncha 导出的问题清单" in importers.preview_file(written).problem
