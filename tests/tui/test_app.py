"""Pilot tests: each screen's main path with real key presses on the scanned sample township."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from textual.widgets import DataTable, Input

from screens.app import make_app
from screens.dialogs import ChoiceDialog, ErrorDialog, ExportDialog, TextInputDialog
from screens.dossier import DossierScreen
from screens.flags import FlagsScreen
from screens.help import HelpScreen
from screens.import_screen import ImportProgressed, ImportScreen
from screens.notebook import NotebookScreen
from screens.overview import OverviewScreen
from screens.record import RecordScreen
from screens.records import RecordsScreen
from screens.rules import RulesScreen
from screens.search import SearchScreen
from screens.widgets.paged_table import PagedTable
from screens.widgets.progress import ProgressPanel
from tests.tui.conftest import app_on, cell_text, open_page, settle

SIZE = (120, 36)


async def test_number_keys_reach_every_screen(sample_store) -> None:
    """1–7 switch the main screens, ? opens the help, Escape closes it."""
    app = app_on(sample_store)
    expected = {"1": OverviewScreen, "2": ImportScreen, "3": SearchScreen, "4": RecordsScreen,
                "5": FlagsScreen, "6": NotebookScreen, "7": RulesScreen}
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        for key, screen_type in expected.items():
            await pilot.press("escape", key)  # Escape first: the search box would take the digit
            await settle(app, pilot)
            assert isinstance(app.screen, screen_type), key
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RulesScreen)


async def test_overview_shows_villages_flags_and_imports(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        villages = app.screen.query_one("#overview-villages", DataTable)
        names = {cell_text(villages, row, 0) for row in range(villages.row_count)}
        assert {"石桥村", "刘家塘村", "吴家道村", "桥埠港村", "马吉村"} <= names
        batches = app.screen.query_one("#overview-batches", DataTable)
        assert batches.row_count == 9  # one import batch per file of sample_data/
        # Enter on a village opens its flags
        villages.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, FlagsScreen)
        village = app.screen.group[1]
        assert village in names
        assert all(flag.village == village for flag in app.screen._shown)


def write_payments(path: Path) -> None:
    """A small ledger: two good rows and one whose 支出 cannot be read."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "收支"
    sheet.append(["石桥村2023年收支明细账"])
    sheet.append(["日期", "凭证号", "摘要", "往来单位", "收入", "支出", "结算方式"])
    sheet.append(["2023-03-01", "记-1", "支付道路硬化工程款", "浙江宏达建设有限公司", None, 50000, "转账"])
    sheet.append(["2023-03-05", "记-2", "支付路灯款", "湖州明亮电器经营部", None, "不详", "转账"])
    sheet.append(["2023-03-09", "记-3", "收到上级补助", "青山镇财政所", 80000, None, "转账"])
    workbook.save(path)


async def test_import_shows_progress_and_the_rejected_row(sample_store, tmp_path: Path) -> None:
    """Pick a file in the tree, preview it, import it: progress, then the rejected row with its reason."""
    folder = tmp_path / "u盘"
    folder.mkdir()
    write_payments(folder / "石桥村2023收支.xlsx")
    before = sample_store.count("payment")
    seen: list[object] = []
    app = app_on(sample_store)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        screen = await open_page(app, pilot, "2")
        assert isinstance(screen, ImportScreen)
        root = screen.query_one("#import-root", Input)
        root.value = str(folder)
        root.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        # The tree shows the folder; the cursor goes down to the file and Enter picks it.
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert [p.name for p in screen.picked] == ["石桥村2023收支.xlsx"]
        await pilot.press("p")
        await settle(app, pilot)
        sheets = screen.query_one("#import-sheets", DataTable)
        assert sheets.row_count == 1
        assert cell_text(sheets, 0, 2) == "收支"
        panel = screen.query_one("#import-progress", ProgressPanel)
        await pilot.press("i")
        await settle(app, pilot)
        assert panel.runs == 1 and not panel.running
        progress = [m for m in seen if isinstance(m, ImportProgressed)]
        assert any(m.file == "石桥村2023收支.xlsx" and m.total for m in progress)
        results = screen.query_one("#import-results", DataTable)
        assert cell_text(results, 0, 3) == "2"
        rejected = screen.query_one("#import-rejected", DataTable)
        assert rejected.row_count == 1
        assert cell_text(rejected, 0, 2) == "4"
        assert cell_text(rejected, 0, 3) == "支出"
        assert "金额" in cell_text(rejected, 0, 5)
    assert sample_store.count("payment") == before + 2


async def test_search_as_you_type_and_open_the_dossier(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        await pilot.press(*"项目 一事一议")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        results = screen.query_one("#search-results", DataTable)
        assert results.row_count >= 5
        # 项目 is a kind word: projects rank first
        assert all(cell_text(results, row, 0) == "工程项目" for row in range(5))
        # The matched text is highlighted in the title cell.
        title = results.get_cell_at((0, 1))
        assert "一事一议" in str(title) and any(span.style for span in title.spans)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DossierScreen)
        dossier = app.screen
        assert dossier.loaded is not None
        assert dossier.loaded.dossier.project["type"] == "一事一议"
        assert dossier.query_one("#dossier-contracts", DataTable).row_count >= 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)


async def test_records_sort_frequency_and_drill_down(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_page(app, pilot, "4")
        assert isinstance(screen, RecordsScreen)
        table = screen.query_one("#records-table", PagedTable)
        assert table.total == 46  # the sample's projects
        columns = [c.name for c in screen._columns]
        # Sort by 合同金额, descending: the second press reverses the order.
        await pilot.press(*["right"] * columns.index("amount"), "s", "s")
        await settle(app, pilot)
        amounts = [row["amount"] for row in (sample_store_rows(sample_store, "project"))]
        top = max(a for a in amounts if a is not None)
        assert screen.rquery.sort == "amount" and screen.rquery.descending
        assert cell_text(table, 0, columns.index("amount")).replace(",", "") == f"{top / 100:.2f}"
        # Frequency by 施工单位, then drill into the largest line.
        await pilot.press(*["left"] * (columns.index("amount") - columns.index("contractor")), "f")
        await settle(app, pilot)
        freq = screen.query_one("#records-freq", DataTable)
        assert freq.has_focus and freq.row_count > 1
        first = screen._freq_lines[0]
        await pilot.press("enter")
        await settle(app, pilot)
        assert table.total == first.count
        status = str(screen.query_one("#records-status").render())
        assert "往来单位=" in status
        # Escape climbs back to the summary, again to the whole table.
        await pilot.press("escape")
        await settle(app, pilot)
        assert screen.view.grouping == "counterparty"
        await pilot.press("escape")
        await settle(app, pilot)
        assert table.total == 46


def sample_store_rows(store, kind: str) -> list[dict]:
    from xuncha.browse import RecordQuery, page_records

    return page_records(store, RecordQuery(kind), 0, 10_000)


async def test_records_jump_to_row_and_counterparty_variants(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_page(app, pilot, "4")
        table = screen.query_one("#records-table", PagedTable)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, TextInputDialog)
        await pilot.press("3", "0", "enter")
        await settle(app, pilot)
        assert table.absolute_row == 29
        # p on a row shows every spelling of its contractor
        columns = [c.name for c in screen._columns]
        await pilot.press(*["right"] * columns.index("contractor"), "p")
        await settle(app, pilot)
        from screens.dialogs.counterparty import CounterpartyDialog

        assert isinstance(app.screen, CounterpartyDialog)
        assert app.screen.identity is not None and app.screen.identity.variants
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, RecordsScreen)
        assert screen.rquery.names


async def test_flag_to_finding_status_note_and_export(sample_store, tmp_path: Path) -> None:
    """a on a flag makes a finding; s sets its status; n adds a note; e exports; the workbook reads back."""
    app = app_on(sample_store)
    out = tmp_path / "问题清单.xlsx"
    async with app.run_test(size=SIZE) as pilot:
        flags = await open_page(app, pilot, "5")
        assert isinstance(flags, FlagsScreen)
        flag = flags._current()
        assert flag is not None
        await pilot.press("a")
        await settle(app, pilot)
        from xuncha import findings

        made = findings.list_findings(sample_store)
        assert [f.flag_id for f in made] == [flag.id]
        assert flags._current().state == "open"
        await pilot.press("6")
        await settle(app, pilot)
        notebook = app.screen
        assert isinstance(notebook, NotebookScreen)
        assert notebook.query_one("#notebook-table", DataTable).row_count == 1
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("down", "enter")  # 待核实 -> 已核实
        await settle(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"已约谈村会计", "enter")
        await settle(app, pilot)
        finding = findings.list_findings(sample_store)[0]
        assert finding.status == "confirmed"
        assert "已约谈村会计" in finding.notes
        history = notebook.query_one("#notebook-history").render()
        assert "已核实" in str(history)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#path", Input).value = str(out)
        await pilot.press("enter")
        await settle(app, pilot)
        assert notebook.last_export == out
        assert any(str(out) in str(n.message) for n in app._notifications)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["问题清单"]
    values = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert any(flag.village in v for v in values)
    assert "已核实" in values


async def test_dismiss_flag_asks_for_a_reason(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("5")
        await settle(app, pilot)
        flag = app.screen._current()
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, TextInputDialog)
        await pilot.press("enter")  # an empty reason is refused
        await pilot.pause()
        assert isinstance(app.screen, TextInputDialog)
        await pilot.press(*"两个独立工程", "enter")
        await settle(app, pilot)
        from xuncha import findings

        dismissed = findings.flag_status_map(sample_store)[flag.id]
        assert dismissed.status == "dismissed"
        assert "两个独立工程" in dismissed.notes


async def test_rules_screen_rescans_with_progress(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_page(app, pilot, "7")
        table = screen.query_one("#rules-table", DataTable)
        assert table.row_count == 12
        await pilot.press("r")
        await settle(app, pilot)
        panel = screen.query_one("#rules-progress", ProgressPanel)
        assert panel.runs == 1 and not panel.running
        assert "筛查完成" in [n.title for n in app._notifications]


async def test_record_detail_shows_source_and_raw_cells(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("4", "k")  # k: the next kind, 合同
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, RecordScreen)
        assert "合同台账2021-2023.xlsx" in str(app.screen.query_one("#record-source").render())
        assert app.screen.query_one("#record-raw", DataTable).row_count >= 5


async def test_a_failing_worker_shows_a_dialog_and_the_app_keeps_running(sample_store, monkeypatch) -> None:
    import xuncha.search

    def broken(*args, **kwargs):
        raise RuntimeError("索引损坏")

    monkeypatch.setattr(xuncha.search, "search", broken)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "宏")
        await settle(app, pilot)
        assert isinstance(app.screen, ErrorDialog)
        assert "索引损坏" in app.screen.message
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.is_running


async def test_unexpected_error_ends_with_a_chinese_message_not_a_traceback(sample_store, monkeypatch, capfd,
                                                                           tmp_path: Path) -> None:
    """A bug in a key handler (not a worker) ends the app with a logged traceback and a plain message."""
    monkeypatch.setattr(RecordsScreen, "action_jump", lambda self: 1 / 0)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    app = make_app(sample_store)
    with pytest.raises(ZeroDivisionError):
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            await pilot.press("4")
            await settle(app, pilot)
            await pilot.press("g")
            await pilot.pause()
    printed = capfd.readouterr().err
    assert "已保存的数据" in printed
    assert "Traceback" not in printed and "ZeroDivisionError" not in printed
    assert app._crash_log is not None and "ZeroDivisionError" in app._crash_log.read_text(encoding="utf-8")


async def test_command_palette_runs_a_screen_action(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"按村汇总")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert isinstance(app.screen, RecordsScreen)
        assert app.screen.view.grouping == "village"


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_every_screen_renders_at_small_and_large_sizes(sample_store, size) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for key in "1234567":
            await pilot.press("escape", key)
            await settle(app, pilot)
        assert isinstance(app.screen, RulesScreen)


async def test_the_workbench_catches_up_with_a_refresh_that_could_not_run(sample_store) -> None:
    """A batch removed while the refresh could not run (a busy store): opening the workbench
    regroups counterparties and updates the index, so no screen counts the removed records."""
    from xuncha import parties, refresh

    batch = next(b for b in sample_store.batches() if b.file_name.startswith("合同"))
    records_before = sum(p.records for p in parties.list_parties(sample_store))
    sample_store.remove_batch(batch.id)  # no refresh after it
    assert refresh.is_stale(sample_store)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not refresh.is_stale(sample_store)
    assert sum(p.records for p in parties.list_parties(sample_store)) < records_before
