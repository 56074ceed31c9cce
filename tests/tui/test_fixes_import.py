"""Pilot tests of the QA fixes on the import screen, the overview, the help, the palette and toasts.

A: only a completed import says 导入完成 (not a cancelled or a failed one).
B: an unrecognised sheet's problem is shown once, pointing at m, not at --mapping.
C: page 2 lists the store's rejected rows in a fresh session; the preview shows only picked files.
D: no English in the palette's "no matches" line, the help's key names, the histogram's axis.
E: the progress panel draws 取消 and the footer offers Esc 取消导入 while an import runs.
F: the histogram's bars just under a tier are red and its counts are whole numbers.
G: the mapping editor offers Chinese field names only.
H: a toast keeps every Chinese character where it lies over the edge of a pane.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import openpyxl
import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.strip import Strip
from textual.widgets import Button, DataTable, Label, Select, Static
from textual.widgets._footer import FooterKey

from screens.app import CutSafeToast, XunchaApp, step_over_cuts
from screens.dialogs import ErrorDialog
from screens.dialogs.mapping import MappingDialog, field_options
from screens.help import HelpScreen, key_text
from screens.import_screen import ImportScreen
from screens.widgets.charts import TierHistogram
from screens.widgets.progress import ProgressPanel
from tests.tui.conftest import app_on, import_in_app, open_import, preview_in_app, settle
from tests.tui.test_app import write_payments

SIZE = (120, 36)


def write_unrecognisable(path: Path) -> None:
    """A sheet whose headers mean nothing to the importer."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "表1"
    sheet.append(["字段一", "字段二"])
    sheet.append(["甲", "乙"])
    sheet.append(["丙", "丁"])
    workbook.save(path)


def text_of(widget: Static) -> str:
    return str(widget.render())


def titles(app: XunchaApp) -> list[str]:
    return [n.title for n in app._notifications]


# --- A and E: cancelled, failed and completed imports; the cancel button and key -------------------


async def test_cancelled_import_says_only_that_it_was_cancelled(sample_store, tmp_path: Path, monkeypatch) -> None:
    """While the import runs the panel draws 取消 and the footer offers Esc 取消导入; Esc cancels,
    and the only notice is 导入已取消 (no 导入完成 / 新增记录 0 条 after it)."""
    import importers
    from importers.report import CANCELLED, FileReport, ImportReport

    started = threading.Event()

    def slow_import(store, paths, *, cancel=None, **kwargs):
        started.set()
        assert cancel is not None and cancel.wait(10), "the import was never cancelled"
        return ImportReport(files=[FileReport(file=Path(paths[0]).name, status=CANCELLED, message="导入已取消")])

    monkeypatch.setattr(importers, "import_paths", slow_import)
    path = tmp_path / "石桥村2023收支.xlsx"
    write_payments(path)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot)
        footer_keys = lambda: {k.key: k.description for k in screen.query(FooterKey)}
        assert "escape" not in footer_keys()  # no import, no cancel key
        screen.pick(path)
        await pilot.press("i")
        assert started.wait(10)
        await pilot.pause(0.1)
        panel = screen.query_one("#import-progress", ProgressPanel)
        assert panel.running
        button = panel.query_one("#progress-cancel", Button)
        assert str(button.label) == "取消" and button.content_size.height == 1  # the label has a line to be drawn on
        assert footer_keys().get("escape") == "取消导入"
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.pause(0.1)
        assert not panel.running
        assert "导入已取消" in titles(app)
        assert "导入完成" not in titles(app)
        assert not any("新增记录 0 条" in str(n.message) for n in app._notifications)
        assert "escape" not in footer_keys()


async def test_failed_import_shows_the_failure_not_import_complete(sample_store, tmp_path: Path) -> None:
    """A file nothing of which can be recognised: the 导入失败 dialog says what failed and
    how to fix it here (p, then m), and no 导入完成 notice appears."""
    path = tmp_path / "怪表.xlsx"
    write_unrecognisable(path)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_in_app(app, pilot, path)
        dialog = app.screen
        assert isinstance(dialog, ErrorDialog)
        assert dialog.title_text == "导入失败"
        assert "无法识别表头" in dialog.message
        assert "--mapping" not in dialog.message and "按 m" in dialog.message
        assert "导入完成" not in titles(app)
        await pilot.press("enter")
        await settle(app, pilot)
        results = screen.query_one("#import-results", DataTable)
        assert "--mapping" not in str(results.get_cell_at((0, 6)))


async def test_completed_import_says_import_complete(sample_store, tmp_path: Path) -> None:
    path = tmp_path / "石桥村2023收支.xlsx"
    write_payments(path)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await import_in_app(app, pilot, path)
        done = [n for n in app._notifications if n.title == "导入完成"]
        assert len(done) == 1 and "新增记录 2 条" in str(done[0].message)
        assert "导入已取消" not in titles(app)
        title = screen.query_one("#import-rejected-title", Label)
        assert "本次导入" in str(title.render())


# --- B: the unrecognised sheet in the preview ----------------------------------------------------


async def test_preview_of_an_unrecognised_sheet_says_it_once_and_points_at_m(sample_store, tmp_path: Path) -> None:
    path = tmp_path / "怪表.xlsx"
    write_unrecognisable(path)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await preview_in_app(app, pilot, path)
        detail = text_of(screen.query_one("#import-detail", Static))
        assert detail.count("无法识别表头") == 1
        assert "--mapping" not in detail and "按 m" in detail
        sheets = screen.query_one("#import-sheets", DataTable)
        assert "--mapping" not in str(sheets.get_cell_at((0, 6)))
        # G: m opens the mapping editor, whose field choices are Chinese only
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, MappingDialog)
        prompts = [str(prompt) for prompt, _value in app.screen.query_one("#mapping-field-0", Select)._options]
        assert "不导入" in prompts
        assert not [p for p in prompts if re.search(r"[A-Za-z]", p)], prompts


def test_mapping_field_choices_have_no_english_names() -> None:
    for kind in ("project", "contract", "payment", "asset", "resource", "cadre"):
        labels = [label for label, _name in field_options(kind)]
        assert not [label for label in labels if re.search(r"[A-Za-z]", label)], labels
    assert ("承包起始", "started_on") in field_options("resource")


# --- C: the store's rejected rows; the preview follows the picks -----------------------------------


async def test_fresh_session_lists_the_stores_rejected_rows(sample_store, tmp_path: Path) -> None:
    """The overview points at page 2 for the rejected rows; page 2 lists them in a fresh session."""
    import importers
    from xuncha.models import REJECTED, SKIPPED

    path = tmp_path / "石桥村2023收支.xlsx"
    write_payments(path)
    importers.import_paths(sample_store, [path])  # an earlier session's import, with one rejected row
    stored = sample_store.issues(REJECTED)
    assert stored
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        pointer = text_of(app.screen.query_one("#overview-rejected", Static))
        assert f"有 {len(stored)} 行未能导入" in pointer and "按 2" in pointer
        screen = await open_import(app, pilot)
        await settle(app, pilot)
        assert screen.query_one("#import-switcher").current == "import-result"
        rejected = screen.query_one("#import-rejected", DataTable)
        # the rows not imported first; the rows skipped on purpose (合计, blank rows) after them
        assert rejected.row_count == len(stored) + len(sample_store.issues(SKIPPED))
        ours = next(i for i, issue in enumerate(stored) if issue.file == path.name)
        first = stored[ours]
        row = [str(rejected.get_cell_at((ours, column))) for column in range(6)]
        assert row[0] == first.file and row[1] == first.sheet and row[2] == str(first.row or "")
        assert row[5] == first.reason
        # The table cuts long file names; the highlighted row is shown whole below it.
        rejected.focus()
        rejected.move_cursor(row=ours)
        await settle(app, pilot)
        detail = text_of(screen.query_one("#import-rejected-detail", Static))
        assert detail.startswith(f"{first.file} / 工作表 {first.sheet} 第 {first.row} 行")
        assert detail.endswith(first.reason)
        sample = next(i for i, issue in enumerate(stored) if issue.file != path.name)
        rejected.move_cursor(row=sample)
        await settle(app, pilot)
        detail = text_of(screen.query_one("#import-rejected-detail", Static))
        assert detail.startswith(f"{stored[sample].file} / ")  # uncut, unlike the table's cell
        assert f"原值“{stored[sample].value}”" in detail
        assert f"共 {len(stored)} 行" in str(screen.query_one("#import-rejected-title", Label).render())
        assert screen.query_one("#import-results", DataTable).row_count >= 8  # every imported sheet
        # v goes to the (empty) preview and back
        await pilot.press("v")
        assert screen.query_one("#import-switcher").current == "import-preview"


async def test_preview_shows_only_the_files_picked_now(sample_store, tmp_path: Path) -> None:
    first, second = tmp_path / "石桥村2023收支.xlsx", tmp_path / "怪表.xlsx"
    write_payments(first)
    write_unrecognisable(second)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot)
        screen.pick(first)
        screen.pick(second)
        await pilot.press("p")
        await settle(app, pilot)
        sheets = screen.query_one("#import-sheets", DataTable)
        assert sheets.row_count == 2
        screen.pick(first)  # unpicked
        await pilot.pause()
        assert sheets.row_count == 1
        assert str(sheets.get_cell_at((0, 0))) == "怪表.xlsx"
        assert "已选 1 个表格文件" in text_of(screen.query_one("#import-picked", Static))
        screen.pick(first)  # picked again: its previewed sheet comes back
        await pilot.pause()
        assert sheets.row_count == 2
        await pilot.press("c")  # clear: nothing picked, nothing listed
        await pilot.pause()
        assert sheets.row_count == 0


async def test_the_picked_line_says_all_is_previewed_once_it_is(sample_store, tmp_path: Path) -> None:
    first, second = tmp_path / "石桥村2023收支.xlsx", tmp_path / "马吉村2023收支.xlsx"
    write_payments(first)
    write_payments(second)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_import(app, pilot)
        screen.pick(first)
        await pilot.press("p")
        await settle(app, pilot)
        screen.pick(second)
        await pilot.pause()
        picked = screen.query_one("#import-picked", Static)
        assert "1 个还没有预览" in text_of(picked)
        await pilot.press("p")
        await settle(app, pilot)
        assert "还没有预览" not in text_of(picked) and "已选 2 个表格文件" in text_of(picked)


# --- D: English in the palette, the help and the chart ---------------------------------------------


async def test_command_palette_says_no_matches_in_chinese(sample_store) -> None:
    from textual.command import CommandList

    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"qqqq")
        for _ in range(40):
            await pilot.pause(0.05)
            options = app.screen.query_one(CommandList)
            if options.option_count:
                break
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("没有找到匹配的命令" in text for text in shown), shown
        assert not any("No matches" in text for text in shown)


async def test_help_names_the_arrow_keys_with_arrows(sample_store) -> None:
    from textual.binding import Binding

    assert key_text(Binding("down", "x", "y")) == "↓"
    assert key_text(Binding("ctrl+p", "x", "y", key_display="^p")) == "Ctrl+P"
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(text_of(group) for group in app.screen.query(".help-group"))
        assert "↓" in text
        assert not re.search(r"^\s+(down|up|left|right)\s", text, re.MULTILINE)


# --- F: the histogram -----------------------------------------------------------------------------


async def test_overview_histogram_is_red_under_the_tier_with_whole_counts(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        plot = app.screen.query_one("#overview-histogram", TierHistogram)
        tier = 10_000_000  # 10万 in fen
        # bin i (70% + 2.5% i) gets i + 1 amounts, so every bar has its own height
        amounts = [int(tier * (70 + 2.5 * i + 1) / 100) for i in range(16) for _ in range(i + 1)]
        plot.set_data(amounts, [tier])
        await pilot.pause()
        assert plot.counts == tuple(range(1, 17))
        lines = str(plot.render()).split("\n")
        labels = [line.split("┤")[0].strip() for line in lines if "┤" in line]
        assert labels and all(label.isdigit() for label in labels), labels  # 16, 12 … not 11.0 9.2
        assert "n" not in "".join(line for line in lines if "%" not in line)
        # The colour of each bin in the bottom line of bars (every bin has a bar there).
        content = plot.render()
        bottom = lines.index(next(line for line in lines if line.lstrip().startswith("0")))  # the axis line
        start = sum(len(line) + 1 for line in lines[:bottom - 1])
        end = start + len(lines[bottom - 1])
        red = set()
        for span in content.spans:
            if str(span.style) == "$error":
                red.update(range(max(span.start, start), min(span.end, end)))
        bottom_line = lines[bottom - 1]
        axis = bottom_line.index("│") if "│" in bottom_line else bottom_line.index("┤")
        bar_cells = [i for i, char in enumerate(bottom_line) if i > axis and char in "▁▂▃▄▅▆▇█"]
        column = len(bar_cells) // 16
        for index in range(16):
            cells = bar_cells[index * column:(index + 1) * column]
            colours = {start + cell in red for cell in cells}
            assert colours == {90 <= 70 + 2.5 * index < 100}, (index, colours)


# --- H: toasts over pane edges ---------------------------------------------------------------------


def test_step_over_cuts_moves_a_split_character_past_the_cut() -> None:
    strip = Strip([Segment("欢迎使用巡察工作台  ")])
    assert step_over_cuts(strip, {1}).text == " 欢迎使用巡察工作台 "
    assert step_over_cuts(strip, {11}).text == "欢迎使用巡 察工作台 "
    assert step_over_cuts(strip, {2, 4}) is strip  # cuts between characters split nothing
    assert step_over_cuts(strip, {11}).cell_length == strip.cell_length
    bordered = Strip([Segment("▊ 往来单位    "), Segment("▎")])
    assert step_over_cuts(bordered, {9}).text == "▊ 往来单 位   ▎"  # blanks go, the border stays


class PanesApp(App[None]):
    """Three panes side by side, with edges at two neighbouring columns under the toasts."""

    CSS = """
    Horizontal > Static { height: 1fr; border-left: solid $primary; }
    #b { width: 1; } #c { width: 1fr; }
    """

    def __init__(self, edge: int) -> None:
        super().__init__()
        self.edge = edge

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Static("甲", id="a").set_styles(width=self.edge)
            yield Static("", id="b")
            yield Static("丙", id="c")


@pytest.mark.parametrize("size", [(120, 36), (80, 24), (81, 24)])
async def test_toasts_keep_every_chinese_character_over_pane_edges(size) -> None:
    """Edges at an odd and an even column: one of them splits a character of every line without the fix."""
    message = "欢迎使用巡察工作台，这是示例乡镇的演示数据，按问号查看按键，按数字键一到七切换页面"
    app = PanesApp(edge=size[0] - 30)
    async with app.run_test(size=size, notifications=True) as pilot:
        app.notify(message, title="欢迎使用巡察工作台", timeout=30)
        await pilot.pause(0.2)
        toast = app.screen.query_one(CutSafeToast)
        region = toast.region
        cuts = app.screen._compositor.cuts
        assert any(region.x < cut < region.right for cut in cuts[region.y])  # the test means something
        strips = app.screen._compositor.render_strips()[region.y:region.bottom]
        inside = "".join(strip.crop(region.x, region.right).text for strip in strips)
        inside = re.sub(r"[\s▌]", "", inside)
        assert inside == "欢迎使用巡察工作台" + message, inside


class SelectOverPanesApp(App[None]):
    """A Select whose drop-down opens over two panes with edges at neighbouring columns."""

    CSS = """
    Select { width: 40; }
    #panes { height: 1fr; }
    #panes > Static { height: 1fr; border-left: solid $primary; }
    #b { width: 1; } #c { width: 1fr; }
    """
    OPTIONS = ("往来单位", "结算方式", "经手人", "附件数", "合同编号")

    def compose(self) -> ComposeResult:
        yield Select([(label, label) for label in self.OPTIONS], allow_blank=False, id="s")
        with Horizontal(id="panes"):
            yield Static("甲", id="a").set_styles(width=8)
            yield Static("", id="b")
            yield Static("丙", id="c")


async def test_select_drop_down_keeps_every_chinese_character_over_pane_edges() -> None:
    """The mapping editor's field choices (往来单位, 结算方式) lost their last character the same way."""
    from screens.app import CutSafeSelectOverlay

    app = SelectOverPanesApp()
    async with app.run_test(size=(60, 20)) as pilot:
        app.query_one("#s", Select).focus()
        await pilot.press("enter")
        await pilot.pause(0.2)
        overlay = app.query_one(CutSafeSelectOverlay)
        region = overlay.region
        cuts = app.screen._compositor.cuts
        assert any(region.x < cut < region.right for y in range(region.y, region.bottom) for cut in cuts[y])
        strips = app.screen._compositor.render_strips()[region.y:region.bottom]
        lines = [strip.crop(region.x, region.right).text for strip in strips]
        shown = [re.sub(r"[\s▊▎▔▁]", "", line) for line in lines]
        for label in SelectOverPanesApp.OPTIONS:
            assert label in shown, shown
        assert all(line.endswith("▎") for line in lines), lines  # the drop-down's right border stays put
        assert [b.description for b in overlay._bindings.get_bindings_for_key("escape")] == ["收起列表"]


async def test_slash_opens_the_search_box_the_first_time(sample_store) -> None:
    """/ before the search page was ever opened: the page is built, its box focused (it used to end the app)."""
    from textual.widgets import Input

    from screens.search import SearchScreen

    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert isinstance(app.focused, Input) and app.focused.id == "search-query"
        await pilot.press("escape", "2", "slash")  # and from another page, the search page now built
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen) and app.focused.id == "search-query"


async def test_an_expired_toast_has_the_screen_drawn_again(sample_store, monkeypatch) -> None:
    """Over the scrolled overview at 80x24 an expired toast stayed on the terminal; now the screen is repainted."""
    app = app_on(sample_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        repainted: list[bool] = []
        screen = app.screen
        original = screen.refresh
        monkeypatch.setattr(screen, "refresh", lambda *a, **k: repainted.append(True) or original(*a, **k))
        app.notify("欢迎使用巡察工作台", timeout=0.2)
        await pilot.pause(0.1)
        assert app.screen.query(CutSafeToast)
        repainted.clear()
        await pilot.pause(0.5)
        assert not app.screen.query(CutSafeToast)
        assert repainted


@pytest.mark.parametrize(("typed", "expected"), [("按键说明", "help"), ("选择文件或文件夹", "tree")])
async def test_palette_commands_without_a_screen_action_run(sample_store, typed: str, expected: str) -> None:
    """帮助: 按键说明 opened nothing (an un-awaited coroutine); 导入: 选择文件或文件夹 named a missing action."""
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*typed)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.1)
        if expected == "help":
            assert isinstance(app.screen, HelpScreen)
        else:
            assert isinstance(app.screen, ImportScreen)
            assert app.focused is app.screen.query_one("#import-tree")


@pytest.mark.parametrize("key", ["pagedown", "pageup"])
async def test_paging_the_palette_before_its_list_is_laid_out_does_not_end_the_app(
        sample_store, key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+P then Page Down in one burst: Textual's OptionList looked up a line it had not
    built yet (KeyError: 0 in _move_page) and the app ended. The race depends on timing, so
    the list's paging fails here the way it did in the terminal."""
    from textual.command import CommandList

    from screens.commands import XunchaCommandPalette

    def not_laid_out_yet(self) -> None:
        raise KeyError(0)

    monkeypatch.setattr(CommandList, f"action_{key.replace('page', 'page_')}", not_laid_out_yet)
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", key)
        await pilot.pause()
        assert isinstance(app.screen, XunchaCommandPalette)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
