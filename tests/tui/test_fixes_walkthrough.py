"""Pilot tests of the fixes from a new inspector's walkthrough (empty store, own messy files, 80×24).

A: the flags page explains a rule in plain words: no reST literals (``tolerance``) in its pane.
B: the import preview says a sheet with a 村名 column takes each row's village from it, not 未知.
C: a file's path typed into the folder box picks the file; a non-spreadsheet is named as such.
D: after an import, cells kept raw (待定 as an amount, a formula without a value, month 13) are
   listed with file, sheet, row and column, as the CLI counts them; so after a restart.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from textual.widgets import DataTable, Input, Label, Static

from screens.flags import FlagsScreen
from tests.tui.conftest import app_on, cell_text as cell, import_in_app, open_import, open_page, settle

SIZE = (120, 36)


def write_contracts(path: Path) -> None:
    """A village's contract register: one good row, an amount 待定, a formula without its value."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "合同"
    sheet.append(["东山村2024年合同登记表"])
    sheet.append(["合同编号", "合同名称", "乙方单位", "合同金额（元）", "签订日期", "采购方式"])
    sheet.append(["DS-2024-01", "村道硬化工程", "宏达建设", "185000", "2024年3月5日", "邀请招标"])
    sheet.append(["DS-2024-02", "路灯安装", "青山照明有限公司", "待定", "2024.4.1", "询价"])
    sheet.append(["DS-2024-04", "水渠修缮", "=B3&B4", "49800", "2024.6.1", "直接发包"])
    workbook.save(path)


# --- A: the flags page's rule text ----------------------------------------------------------------


async def test_flag_pane_has_no_rest_literals(sample_store) -> None:
    """超合同付款 is documented with ``tolerance``: the pane shows the value in force (10%) instead."""
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        flags = await open_page(app, pilot, "5")
        assert isinstance(flags, FlagsScreen)
        ids = [f.id for f in flags._shown]
        overpayment = next(f for f in flags._shown if f.rule == "overpayment")
        flags.query_one("#flags-table", DataTable).move_cursor(row=ids.index(overpayment.id), animate=False)
        await settle(app, pilot)
        explain = str(flags.query_one("#flags-explain", Static).render())
        assert "这条规则找什么" in explain
        assert "``" not in explain and "tolerance" not in explain
        assert "10%" in explain


# --- B and C: the preview's village, a file's path in the folder box ------------------------------


async def test_preview_names_the_village_column_and_a_typed_file_path_is_picked(sample_store) -> None:
    """合同台账 has a 村名 column and no village in its title: the preview says 按“村”列, not 未知.
    Its path typed into the folder box picks it (the box used to say 文件夹不存在)."""
    path = Path(__file__).parents[2] / "sample_data" / "合同台账2021-2023.xlsx"
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot)
        root = screen.query_one("#import-root", Input)
        root.value = str(path)
        root.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.picked == [path.resolve()]
        assert not [n for n in app._notifications if "文件夹不存在" in str(n.message)]
        await pilot.press("p")
        await settle(app, pilot)
        sheets = screen.query_one("#import-sheets", DataTable)
        assert sheets.row_count == 1
        assert cell(sheets, 0, 3) == "按“村”列"
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "村：按“村”列" in detail and "未知" not in detail


async def test_a_typed_path_to_a_text_file_is_not_called_a_missing_folder(sample_store, tmp_path: Path) -> None:
    note = tmp_path / "说明.txt"
    note.write_text("不是表格", encoding="utf-8")
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot)
        root = screen.query_one("#import-root", Input)
        root.value = str(note)
        root.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        messages = [str(n.message) for n in app._notifications]
        assert any("说明.txt 不是 xlsx、xls 或 csv 文件" in m for m in messages), messages
        assert not any("文件夹不存在" in m for m in messages)
        assert screen.picked == []


# --- D: cells kept raw after an import, and in the next session -----------------------------------


async def test_import_result_lists_the_cells_kept_raw(sample_store, tmp_path: Path) -> None:
    path = tmp_path / "东山村 合同.xlsx"
    write_contracts(path)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_in_app(app, pilot, path)
        results = screen.query_one("#import-results", DataTable)
        assert cell(results, 0, 3) == "3"
        assert "2 处需核对" in cell(results, 0, 6)
        listed = screen.query_one("#import-rejected", DataTable)
        rows = [[cell(listed, r, c) for c in range(6)] for r in range(listed.row_count)]
        assert any(row[:3] == ["东山村 合同.xlsx", "合同", "4"] and row[3].startswith("合同金额") and row[4] == "待定"
                   for row in rows), rows
        assert any(row[2] == "5" and row[3] == "乙方单位" and "公式" in row[5] for row in rows)
        title = str(screen.query_one("#import-rejected-title", Label).render())
        assert "本次导入没有" in title and "另有 2 处需核对" in title

    # A fresh session: page 2 lists them from the store.
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        listed = screen.query_one("#import-rejected", DataTable)
        rejected = len(sample_store.issues("rejected"))  # the sample's own planted row comes first
        # then the two cells kept raw, then the rows skipped on purpose (合计, blank rows)
        assert listed.row_count == rejected + 2 + len(sample_store.issues("skipped"))
        assert {cell(listed, r, 2) for r in range(rejected, rejected + 2)} == {"4", "5"}
        title = str(screen.query_one("#import-rejected-title", Label).render())
        assert "以往全部导入" in title and "另有 2 处需核对" in title
        results = screen.query_one("#import-results", DataTable)
        notes = [cell(results, r, 6) for r in range(results.row_count) if cell(results, r, 0) == "东山村 合同.xlsx"]
        assert notes and "2 处需核对" in notes[0]
