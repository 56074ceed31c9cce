"""Pilot tests of the fixes from a first day with the inspector's own files (an empty store, no demo).

A: importing a folder into an empty store while the workbench watches the store ends in 导入完成,
   every file imported and scanned (it failed with an English IntegrityError on meta.key).
B: the mapping editor at 80×24 shows the headers, one a line, and its buttons (it had one line left).
C: after a mapping the preview's cursor is back on the mapped sheet, not on the first one.
D: after an import, h lists the earlier imports' rejected rows too (the overview sends the user there).
E: the whole 说明 of a result line (a failed file's reason) shows under the result table.
F: the preview of an unreadable file names it once.
G: the notebook shows each evidence's check (原始记录缺失) and whole source, not cut off the narrow pane.
H: the rows skipped on purpose (合计, blank rows) are listed with file, sheet, row and reason, not only counted.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from textual.widgets import Button, Checkbox, DataTable, Input, Label, Select, Static

from screens.app import XunchaApp, error_message
from screens.dialogs import ErrorDialog
from screens.dialogs.mapping import MappingDialog
from screens.import_screen import ImportScreen
from tests.conftest import SAMPLE_DATA
from tests.tui.conftest import FIXED_CONFIG_DIR, app_on, cell_text, import_in_app, open_import, preview_in_app, settle

SIZE = (120, 36)
NARROW = (80, 24)
ODD_HEADERS = ["序", "甲乙双方往来户", "发生额（元）", "记账时点", "用途说明"]


@pytest.fixture
def empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A new, empty store: the workbench as an inspector opens it before importing anything."""
    from xuncha.store import Store

    monkeypatch.setenv("XUNCHA_CONFIG_DIR", FIXED_CONFIG_DIR)
    store = Store(tmp_path / "own.db")
    yield store
    store.close()


def own_folder(tmp_path: Path) -> Path:
    """A folder with copies of a few sample files, as an inspector brings them on a USB stick."""
    folder = tmp_path / "我的资料"
    folder.mkdir()
    for name in ("合同台账2021-2023.xlsx", "青山镇村级工程项目台账.xlsx", "村干部名单.xlsx",
                 "吴家道村 马吉村 桥埠港村 收支台账.xlsx"):
        shutil.copy(SAMPLE_DATA / name, folder / name)
    return folder


# --- A: the store watcher and the import's own refresh ------------------------------------------------


async def test_import_into_an_empty_store_is_not_broken_by_the_store_watcher(
        empty_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The watcher looks every few seconds; once the first file committed it saw a new token and
    refreshed beside the import, and both inserted the first 'derived_for' meta row."""
    monkeypatch.setattr(XunchaApp, "STORE_WATCH_SECONDS", 0.2)
    app = app_on(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await import_in_app(app, pilot, own_folder(tmp_path))
        await settle(app, pilot)
        assert not isinstance(app.screen, ErrorDialog)
        titles = [n.title for n in app._notifications]
        assert "导入完成" in titles, titles
    assert len(empty_store.batches()) == 4
    assert empty_store.get_meta("derived_for") == empty_store.get_meta("batches_generation")


async def test_the_store_watcher_leaves_the_apps_own_import_alone(
        empty_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While page 2 imports, the watcher does not refresh beside it (the import refreshes itself)."""
    import importers
    from importers.report import ImportReport
    from xuncha import refresh
    from xuncha.store import BATCHES_GENERATION, bump_generation

    importing = threading.Event()
    during_import: list[str] = []

    def slow_import(store, paths, **kwargs):
        with store.transaction() as connection:
            bump_generation(connection, BATCHES_GENERATION)  # the first file of the folder committed
        importing.set()
        time.sleep(0.5)  # the rest of the folder
        importing.clear()
        return ImportReport(files=[])

    def counting_refresh(store) -> bool:
        if importing.is_set():
            during_import.append("refresh")
        return False

    monkeypatch.setattr(importers, "import_paths", slow_import)
    monkeypatch.setattr(refresh, "refresh_if_stale", counting_refresh)
    monkeypatch.setattr(XunchaApp, "STORE_WATCH_SECONDS", 0.02)
    app = app_on(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        await import_in_app(app, pilot, own_folder(tmp_path))
    assert during_import == []


def test_set_meta_on_a_key_another_program_just_added_never_fails(empty_store) -> None:
    """Another program adds the key between this one's look and its write (the read-then-insert
    of the ORM's merge failed then with UNIQUE constraint failed: meta.key)."""
    from sqlalchemy import event

    from xuncha.store import Store

    other = Store(empty_store.path)

    def meanwhile(connection, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "meta" in statement and not other.get_meta("k"):
            other.set_meta("k", "other")

    event.listen(empty_store.engine, "after_cursor_execute", meanwhile)
    try:
        empty_store.set_meta("k", "mine")
    finally:
        event.remove(empty_store.engine, "after_cursor_execute", meanwhile)
        other.close()
    assert empty_store.get_meta("k") == "mine"


def test_a_database_error_dialog_shows_no_sql() -> None:
    """An unexpected database error reads as one Chinese line, without the statement SQLAlchemy adds."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    error = IntegrityError("INSERT INTO meta (key, value) VALUES (?, ?)", ("k", "v"),
                           sqlite3.IntegrityError("UNIQUE constraint failed: meta.key"))
    text = error_message(error)
    assert text.startswith("数据库操作出错：")
    assert "[SQL" not in text and "INSERT" not in text


# --- B, C: the mapping editor -------------------------------------------------------------------------


def write_odd_headers(path: Path) -> None:
    """A ledger whose headers the importer does not know (a real export's own words)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "明细"
    sheet.append(ODD_HEADERS)
    sheet.append([1, "宏达建设有限公司", 12000, "2022-03-05", "修路"])
    sheet.append([2, "绿源苗木合作社", 8800, "2022-04-01", "绿化苗木"])
    book.save(path)


def odd_folder(tmp_path: Path, file: str = "怪表头.xlsx") -> Path:
    """A folder of the inspector's own, holding the ledger with unknown headers."""
    folder = tmp_path / "资料"
    folder.mkdir()
    write_odd_headers(folder / file)
    return folder


def line_of(screen: ImportScreen, file: str) -> int:
    return next(index for index, line in enumerate(screen._lines) if line.path.name == file)


async def open_mapping_editor(app: XunchaApp, pilot) -> MappingDialog:
    """m on the highlighted sheet of page 2: its mapping editor."""
    await pilot.press("m")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, MappingDialog)
    return dialog


def map_odd_columns(dialog: MappingDialog) -> None:
    """The odd ledger's columns as a payment sheet, not saved (the test config directory is shared)."""
    for index, field in enumerate(["ignore", "counterparty", "amount", "date", "summary"]):
        dialog.query_one(f"#mapping-field-{index}", Select).value = field
    dialog.query_one("#mapping-save", Checkbox).value = False


async def test_mapping_editor_at_80x24_shows_the_headers_and_its_buttons(empty_store, tmp_path: Path) -> None:
    folder = odd_folder(tmp_path)
    app = app_on(empty_store)
    async with app.run_test(size=NARROW) as pilot:
        await preview_in_app(app, pilot, folder)
        dialog = await open_mapping_editor(app, pilot)
        columns = dialog.query_one("#mapping-columns").content_region
        headers = list(dialog.query(".mapping-header").results(Label))
        # each header with the value under it in the sheet's first row, although no kind was recognised
        examples = ["1", "宏达建设有限公司", "12000", "2022-03-05", "修路"]
        assert [str(label.render()) for label in headers] == [f"{header}（例：{example}）"
                                                              for header, example in zip(ODD_HEADERS, examples)]
        for label in headers:  # each header readable, inside the visible part of the list
            assert label.region.height == 1
            assert columns.contains_region(label.region), (label.region, columns)
        for button in dialog.query(Button):
            assert button.region.bottom <= NARROW[1] and button.region.height >= 1


async def test_after_a_mapping_the_cursor_is_back_on_the_mapped_sheet(empty_store, tmp_path: Path) -> None:
    folder = odd_folder(tmp_path)
    shutil.copy(SAMPLE_DATA / "合同台账2021-2023.xlsx", folder)
    app = app_on(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await preview_in_app(app, pilot, folder)
        table = screen.query_one("#import-sheets", DataTable)
        table.move_cursor(row=line_of(screen, "怪表头.xlsx"))
        await pilot.pause()
        dialog = await open_mapping_editor(app, pilot)
        map_odd_columns(dialog)
        dialog.query_one("#ok", Button).press()
        await settle(app, pilot)
        assert app.screen is screen
        row = line_of(screen, "怪表头.xlsx")
        assert row != 0
        assert table.cursor_row == row
        detail = str(screen.query_one("#import-detail", Static).render())
        assert "怪表头.xlsx / 明细" in detail and "甲乙双方往来户 → 往来单位" in detail


async def test_the_mapping_editor_can_say_every_entry_is_spent(empty_store, tmp_path: Path) -> None:
    """'发生额' with no 收入/支出 column: the records came in without a direction, seen by no rule."""
    folder = odd_folder(tmp_path, "石桥村往来.xlsx")
    app = app_on(empty_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await preview_in_app(app, pilot, folder)
        dialog = await open_mapping_editor(app, pilot)
        direction = dialog.query_one("#mapping-direction", Select)
        assert direction.display and direction.region.right <= NARROW[0]  # shown for a 收支 sheet, on screen
        map_odd_columns(dialog)
        direction.value = "out"
        dialog.query_one("#ok", Button).press()
        await settle(app, pilot)
        assert app.screen is screen
        await pilot.press("i")
        await settle(app, pilot)
    with empty_store.engine.connect() as connection:
        rows = connection.connection.driver_connection.execute(
            "SELECT source_row, direction FROM payment ORDER BY source_row").fetchall()
    assert rows == [(2, "out"), (3, "out")]


async def test_the_direction_choice_is_hidden_for_other_kinds(empty_store, tmp_path: Path) -> None:
    folder = odd_folder(tmp_path)
    app = app_on(empty_store)
    async with app.run_test(size=NARROW) as pilot:
        await preview_in_app(app, pilot, folder)
        dialog = await open_mapping_editor(app, pilot)
        dialog.query_one("#mapping-kind", Select).value = "contract"
        await pilot.pause()
        assert not dialog.query_one("#mapping-direction", Select).display


async def test_a_away_from_the_tree_moves_there_instead_of_picking_what_the_user_cannot_see(empty_store,
                                                                                         tmp_path: Path) -> None:
    app = app_on(empty_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_import(app, pilot)
        tree = screen.query_one("#import-tree")
        screen.query_one("#import-sheets", DataTable).focus()
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert not screen.picked and tree.has_focus
        assert any("目录树" in str(n.message) for n in app._notifications)
        await pilot.press("a")  # now the user sees the cursor
        await pilot.pause()
        assert screen.picked


# --- D, E, F: the import result -------------------------------------------------------------------------


def write_good_payments(path: Path) -> None:
    """A ledger whose every row imports."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "收支"
    sheet.append(["石桥村2024年收支明细账"])
    sheet.append(["日期", "凭证号", "摘要", "往来单位", "收入", "支出"])
    sheet.append(["2024-03-01", "记-1", "支付保洁费", "洁美保洁服务部", None, 1500])
    sheet.append(["2024-04-01", "记-2", "支付保洁费", "洁美保洁服务部", None, 1500])
    book.save(path)


async def test_h_lists_the_earlier_imports_rejected_rows_after_an_import(sample_store, tmp_path: Path) -> None:
    """The sample store keeps one rejected row (桥埠港村, row 34); a clean import then showed
    "未导入的行（本次导入没有）" and nothing led back to that row."""
    path = tmp_path / "石桥村2024收支.xlsx"
    write_good_payments(path)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_in_app(app, pilot, path)
        rejected = screen.query_one("#import-rejected", DataTable)
        assert rejected.row_count == 0
        assert "h 查看以往全部导入" in str(screen.query_one("#import-summary", Static).render())
        await pilot.press("h")
        await settle(app, pilot)
        rows = [cell_text(rejected, row, 4) for row in range(rejected.row_count)]
        assert "1,2OO.00" in rows
        results = screen.query_one("#import-results", DataTable)
        files = {cell_text(results, row, 0) for row in range(results.row_count)}
        assert "石桥村2024收支.xlsx" in files and "合同台账2021-2023.xlsx" in files


def folder_with_truncated_file(tmp_path: Path) -> Path:
    """A folder holding one workbook cut in half (截断的资产表.xlsx)."""
    folder = tmp_path / "资料"
    folder.mkdir()
    data = (SAMPLE_DATA / "村干部名单.xlsx").read_bytes()
    (folder / "截断的资产表.xlsx").write_bytes(data[: len(data) // 2])
    return folder


async def test_a_failed_files_whole_reason_shows_under_the_result_table(empty_store, tmp_path: Path) -> None:
    folder = folder_with_truncated_file(tmp_path)
    app = app_on(empty_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await import_in_app(app, pilot, folder)
        if isinstance(app.screen, ErrorDialog):
            await pilot.press("enter")
            await pilot.pause()
        results = screen.query_one("#import-results", DataTable)
        assert cell_text(results, 0, 6).endswith("…")  # the table cuts the reason
        detail_line = screen.query_one("#import-result-detail", Static)
        detail = str(detail_line.render())
        assert "截断的资产表.xlsx" in detail and detail.rstrip().endswith("另存一份再导入")
        assert detail_line.region.height >= 2  # on screen at 80×24, folded rather than cut


async def test_preview_of_an_unreadable_file_names_it_once(empty_store, tmp_path: Path) -> None:
    folder = folder_with_truncated_file(tmp_path)
    app = app_on(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await preview_in_app(app, pilot, folder)
        detail = str(screen.query_one("#import-detail", Static).render())
        assert detail.count("截断的资产表.xlsx") == 1, detail


# --- G: the notebook's evidence -------------------------------------------------------------------------


async def test_notebook_shows_a_removed_evidence_row_and_its_whole_source(sample_store) -> None:
    from xuncha import findings
    from xuncha.flags import current_flags

    flag = current_flags(sample_store)[0]
    findings.add_from_flag(sample_store, flag.id)
    evidence = findings.evidence(sample_store, findings.list_findings(sample_store)[0].id)
    batch = next(b for b in sample_store.batches() if b.file_name == evidence[0].file_name)
    sample_store.remove_batch(batch.id)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("6")
        await settle(app, pilot)
        table = app.screen.query_one("#notebook-evidence", DataTable)
        await pilot.pause()
        assert [str(column.label) for column in table.columns.values()] == ["类型", "核对", "来源"]
        assert cell_text(table, 0, 1) == "原始记录缺失"
        status_x = sum(column.get_render_width(table) for column in list(table.columns.values())[:2])
        assert status_x <= table.size.width  # the check is on screen in the narrow pane
        where = str(app.screen.query_one("#notebook-evidence-where", Static).render())
        assert where == f"{evidence[0].source_text}（原始记录缺失）"


# --- H: skipped rows -------------------------------------------------------------------------------------


async def test_skipped_rows_are_listed_with_their_row_and_reason(empty_store, tmp_path: Path) -> None:
    path = tmp_path / "石桥村2024收支.xlsx"
    write_good_payments(path)
    book = openpyxl.load_workbook(path)
    book.active.append(["合计", None, None, None, None, 3000])  # row 5
    book.save(path)
    app = app_on(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_in_app(app, pilot, path)
        rejected = screen.query_one("#import-rejected", DataTable)
        assert rejected.row_count == 1
        assert [cell_text(rejected, 0, column) for column in (0, 1, 2)] == [path.name, "收支", "5"]
        assert "合计" in cell_text(rejected, 0, 5)
        assert "跳过 1 行" in str(screen.query_one("#import-rejected-title", Label).render())
        detail = str(screen.query_one("#import-rejected-detail", Static).render())
        assert detail.startswith(f"{path.name} / 工作表 收支 第 5 行：跳过（")
        await pilot.press("h")  # and among the earlier imports, from the store
        await settle(app, pilot)
        assert rejected.row_count == 1 and cell_text(rejected, 0, 2) == "5"


def headerless_folder(tmp_path: Path) -> Path:
    """A ledger pasted without its header: the data starts on row 1 (the 上半年 sheet had the header)."""
    folder = tmp_path / "资料"
    folder.mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "下半年"
    sheet.append(["2022-07-05", "宏达建设有限公司", "村道硬化进度款", 12000])
    sheet.append(["2022-08-01", "绿源苗木合作社", "绿化苗木", 8800])
    book.save(folder / "石桥村收支下半年.xlsx")
    return folder


async def test_the_mapping_editor_reads_a_sheet_without_a_header_by_column_letter(empty_store, tmp_path: Path) -> None:
    """Header row 0: the next preview names the columns A, B, C …, and they map like headers."""
    folder = headerless_folder(tmp_path)
    app = app_on(empty_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await preview_in_app(app, pilot, folder)
        dialog = await open_mapping_editor(app, pilot)
        dialog.query_one("#mapping-header-row", Input).value = "0"
        dialog.query_one("#mapping-save", Checkbox).value = False
        dialog.query_one("#ok", Button).press()
        await settle(app, pilot)
        assert app.screen is screen
        dialog = await open_mapping_editor(app, pilot)
        assert dialog.query_one("#mapping-header-row", Input).value == "0"  # kept while the columns are mapped
        labels = [str(label.render()) for label in dialog.query(".mapping-header").results(Label)]
        assert labels == ["A（例：2022-07-05）", "B（例：宏达建设有限公司）", "C（例：村道硬化进度款）", "D（例：12000）"]
        for index, field in enumerate(["date", "counterparty", "summary", "amount"]):
            dialog.query_one(f"#mapping-field-{index}", Select).value = field
        dialog.query_one("#mapping-direction", Select).value = "out"
        dialog.query_one("#mapping-save", Checkbox).value = False
        dialog.query_one("#ok", Button).press()
        await settle(app, pilot)
        await pilot.press("i")
        await settle(app, pilot)
    with empty_store.engine.connect() as connection:
        rows = connection.connection.driver_connection.execute(
            "SELECT source_row, date, counterparty, direction, amount FROM payment ORDER BY source_row").fetchall()
    assert rows == [(1, "2022-07-05", "宏达建设有限公司", "out", 1200000), (2, "2022-08-01", "绿源苗木合作社", "out", 880000)]
