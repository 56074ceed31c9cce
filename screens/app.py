"""Provides XunchaApp, the workbench application, and make_app/run_app to build and run it.

The app is thin: it owns the store, switches between the main screens (one
app *mode* each, reached by the number keys 1–7), pushes the record and
dossier screens when a screen asks for them, tells screens when their data
went stale, and is the one place where failures of background work become
error dialogs. The CLI (``xuncha tui``, ``xuncha demo``) and the tests build
the app with the same ``make_app``. The module also keeps the Chinese text of
toasts and drop-downs whole where they lie over the edges of other widgets
(``StepsOverCuts``, a workaround for Textualize/textual#6357).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, ClassVar, cast

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import on
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.dom import NoScreen
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import _select, _toast
from textual.worker import Worker, WorkerState

from screens.base import XunchaScreen
from screens.commands import XunchaCommandPalette, XunchaCommands
from screens.dialogs import ErrorDialog
from screens.flags import FlagsScreen
from screens.import_screen import ImportScreen
from screens.messages import RECORDS, DataChanged, OpenDossier, OpenRecord, OpenRecords
from screens.notebook import NotebookScreen
from screens.overview import OverviewScreen
from screens.records import RecordsScreen
from screens.rules import RulesScreen
from screens.search import SearchScreen
from screens.widgets.navbar import NAV_ITEMS
from xuncha.store import Store

log = logging.getLogger("xuncha.tui")

GROUP_TITLES: dict[str, str] = {
    "catch-up": "更新往来单位和检索索引失败",
    "import": "导入失败",
    "import-history": "无法读取以往导入的结果",
    "preview": "无法预览文件",
    "search": "搜索出错",
    "records": "无法读取记录",
    "overview": "无法读取总览",
    "flags": "无法读取疑点",
    "scan": "筛查失败",
    "findings": "问题清单操作失败",
    "export": "导出失败",
    "rules": "无法读取规则",
    "dossier": "无法读取项目档案",
}
"""The title of the error dialog for a failed worker, by worker group."""


def error_location(error: BaseException) -> str:
    """'文件 a.xlsx，工作表 收支，第 12 行，列 金额' from whatever the error carries."""
    parts = []
    for attribute, template in (("file", "文件 {}"), ("sheet", "工作表 {}"), ("row", "第 {} 行"),
                                ("column", "列 {}")):
        value = getattr(error, attribute, None)
        if value not in (None, ""):
            parts.append(template.format(Path(str(value)).name if attribute == "file" else value))
    return "，".join(parts)


def error_message(error: BaseException) -> str:
    """The user-facing text of an error: our own errors speak Chinese, others get a frame."""
    text = str(error) or error.__class__.__name__
    if isinstance(error, (OSError,)):
        return f"文件操作失败：{text}"
    module = type(error).__module__ or ""
    if module.startswith(("xuncha", "importers")):
        return text
    if module.startswith("sqlalchemy"):
        # No SQL statement or "[SQL parameters hidden…]" in a dialog: it helps no inspector.
        from xuncha.store import plain_error_text

        return f"数据库操作出错：{plain_error_text(error)}\n（{type(getattr(error, 'orig', None) or error).__name__}）"
    return f"{text}\n（{type(error).__name__}）"


def step_over_cuts(strip: Strip, cuts: set[int]) -> Strip:
    """The strip with a space put before every double-width character that a cut would split.

    Args:
        strip: One line of a widget drawn over others.
        cuts: Where, counted from the strip's first cell, the widgets under it begin or end.

    Returns:
        The same number of cells: for every space put in, one space further right
        (padding, or the blank end of a line) is taken out, so a border on the
        right stays where it was; only a line with no blank left loses its end.
    """
    if not cuts:
        return strip
    cells: list[tuple[str, Style | None]] = []
    x = 0
    added: list[int] = []
    """Where spaces were put in (indexes into cells)."""
    for text, style, control in strip:
        if control:  # cursor movements and the like: not a line of text to rearrange
            return strip
        for char in text:
            width = get_character_cell_size(char)
            while width == 2 and x + 1 in cuts:  # two panes' edges side by side: step over both
                added.append(len(cells))
                cells.append((" ", style))
                x += 1
            cells.append((char, style))
            x += width
    if not added:
        return strip
    for _ in added:
        blank = next((i for i in range(len(cells) - 1, added[-1], -1) if cells[i][0] == " "), None)
        if blank is None:
            break
        del cells[blank]
    segments = [Segment("".join(char for char, _ in run), style)
                for style, run in groupby(cells, key=itemgetter(1))]
    return Strip(segments).crop(0, strip.cell_length)


class StepsOverCuts:
    """For widgets drawn over others (toasts, a Select's drop-down): keep every Chinese character.

    Textual's compositor cuts every screen line where any widget begins or ends,
    also under an overlay, and a double-width character of the overlay that
    straddles such a cut is replaced by two spaces ("欢迎使用巡  工作台",
    "往来单 " for 往来单位; Textualize/textual#6357, open in textual 8.2). These
    widgets read the cuts under each of their lines and put a space before a
    character that would be split, so that the cut falls between two characters.
    """

    def render_lines(self, crop: Region) -> list[Strip]:
        widget = cast(Widget, self)
        strips: list[Strip] = super().render_lines(crop)  # type: ignore[misc]
        try:
            # Private: the compositor offers no public view of its cuts. Without it the
            # widget draws as Textual's own (and a character may go missing as before).
            all_cuts = widget.screen._compositor.cuts
        except (AttributeError, NoScreen):
            return strips
        left, top = widget.region.x + crop.x, widget.region.y + crop.y
        out = []
        for y, strip in enumerate(strips, top):
            inside = {cut - left for cut in all_cuts[y] if left < cut < left + strip.cell_length} \
                if 0 <= y < len(all_cuts) else set()
            out.append(step_over_cuts(strip, inside) if inside else strip)
        return out


class CutSafeToast(StepsOverCuts, _toast.Toast):
    """A toast whose Chinese characters survive the edges of the panes under it."""

    DEFAULT_CSS = """
    CutSafeToast {
        padding: 1 3 1 1;  /* two spare cells on the right for the characters moved over a cut */
    }
    """

    def on_unmount(self) -> None:
        # When a toast expires over a scrolled pane (the overview at 80x24, scrolled down), Textual
        # takes it out of the layout without drawing what was under it again, and its text stays
        # on the terminal until something else repaints there. Repaint the screen once.
        try:
            screen = self.app.screen
        except ScreenStackError:  # the app is closing
            return
        self.app.call_later(screen.refresh)


class CutSafeSelectOverlay(StepsOverCuts, _select.SelectOverlay):
    """A Select's drop-down whose Chinese options survive the edges of the widgets under it
    (and whose Escape the footer names in Chinese: Textual's says "Dismiss menu")."""

    BINDINGS = [Binding("escape", "dismiss", "收起列表", tooltip="收起下拉列表，不改选择")]


# Textual offers no setting for these classes: ToastRack makes its toasts, and Select its
# drop-down, from these module names when they need one, so the names point at ours. The
# workbench patches Textual nowhere else; drop this when textual#6357 is fixed.
_toast.Toast = CutSafeToast  # type: ignore[misc]
_select.SelectOverlay = CutSafeSelectOverlay  # type: ignore[misc]


class XunchaApp(App[None]):
    """巡察工作台: the Textual application over one store."""

    TITLE = "巡察工作台"
    CSS_PATH = "global.tcss"
    COMMANDS = App.COMMANDS | {XunchaCommands}
    BINDING_GROUP_TITLE = "全局"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    MODES: ClassVar[dict[str, type[XunchaScreen]]] = {  # type: ignore[assignment]
        "overview": OverviewScreen,
        "import": ImportScreen,
        "search": SearchScreen,
        "records": RecordsScreen,
        "flags": FlagsScreen,
        "notebook": NotebookScreen,
        "rules": RulesScreen,
    }

    BINDINGS = [
        *[
            Binding(key, f"goto('{mode}')", label, show=False, tooltip=f"切换到「{label}」", id=f"goto.{mode}")
            for key, mode, label in NAV_ITEMS
        ],
        Binding("question_mark", "help", "帮助", key_display="?", tooltip="所有按键和用法", id="app.help"),
        Binding("f1", "help", "帮助", show=False, tooltip="所有按键和用法", id="app.help.f1"),
        Binding("slash", "goto_search", "搜索", key_display="/", show=False, tooltip="跳到搜索框",
                id="app.search"),
        Binding("ctrl+p", "command_palette", "命令", key_display="^p", show=False, priority=True,
                tooltip="打开命令面板：按名称查找页面和操作", id="app.palette"),
        Binding("ctrl+q", "quit", "退出", tooltip="退出巡察工作台（数据已自动保存）", id="app.quit", priority=True),
    ]

    def __init__(self, store: Store, *, demo: bool = False, catch_errors: bool = True) -> None:
        super().__init__()
        self.store = store
        """The store every screen reads and writes."""
        self.demo = demo
        """Opened by ``xuncha demo`` on the sample township."""
        self.catch_errors = catch_errors
        """Log unexpected errors and end with a Chinese message instead of a traceback.
        Tests turn it off to see the traceback."""
        self._crash_log: Path | None = None
        """Where the traceback of an unexpected error was written."""
        self.sub_title = "演示数据" if demo else store.path.name

    STORE_WATCH_SECONDS = 3.0
    """How often the workbench looks whether another program (the CLI) added or removed a batch."""

    def on_mount(self) -> None:
        self.switch_mode("overview")
        self._batches_seen: str | None = None
        """The store's batches token when the screens last loaded (``store.BATCHES_GENERATION``)."""
        self.run_worker(self._catch_up, thread=True, group="catch-up", exit_on_error=False)
        self.set_interval(self.STORE_WATCH_SECONDS, self._watch_store)
        if self.demo:
            self.notify("这是示例乡镇的演示数据，按 ? 查看按键，按数字键 1–7 切换页面（在输入框里先按 Esc）。",
                        title="欢迎使用巡察工作台", timeout=8)

    def _catch_up(self) -> None:
        """Bring counterparties and the search index up to the records, if an earlier
        refresh could not run (the store was busy right after an import)."""
        self._batches_seen = self._batches_token()
        if self._refresh_if_stale():
            self.call_from_thread(self.data_changed, RECORDS)

    def _refresh_if_stale(self) -> bool:
        """``refresh.refresh_if_stale``; a store still busy is left for the next scan or look."""
        from xuncha.refresh import refresh_if_stale
        from xuncha.store import StoreBusyError

        try:
            return refresh_if_stale(self.store)
        except StoreBusyError:
            return False

    def _batches_token(self) -> str | None:
        from xuncha.store import BATCHES_GENERATION

        return self.store.get_meta(BATCHES_GENERATION)

    def _watch_store(self) -> None:
        if self._importing():
            # The token changes with every file this app imports; the import refreshes the derived
            # data itself, and a second refresh beside it did the same work twice (slowing the
            # screen) and raced it for the same rows. The first look after the import catches up.
            return
        self.run_worker(self._notice_other_imports, thread=True, group="store-watch", exclusive=True,
                        exit_on_error=False)

    def _importing(self) -> bool:
        """Whether an import started in this app (page 2) is still running."""
        return any(worker.group == "import" and not worker.is_finished for worker in self.workers)

    def _notice_other_imports(self) -> None:
        """Reload the screens when a batch was imported or removed by another program.

        An inspector may import from the command line while the workbench is open;
        without this the new records showed only after pressing r. Errors are
        swallowed: a background look must never raise a dialog every few seconds
        (a busy or vanished store is reported by the next real action).
        """
        try:
            token = self._batches_token()
            if token == self._batches_seen:
                return
            self._batches_seen = token
            self._refresh_if_stale()  # the other program may not have finished its own refresh yet
        except Exception:  # see the docstring
            return
        self.call_from_thread(self.data_changed, RECORDS)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not XunchaCommandPalette.is_open(self):
            self.push_screen(XunchaCommandPalette())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands, in Chinese and only those an inspector needs."""
        yield SystemCommand("外观: 更换配色", "在深色、浅色等配色之间切换", self.action_change_theme)
        yield SystemCommand("外观: 保存截图", "把当前画面保存为 SVG 文件（当前文件夹）", self.action_screenshot)
        yield SystemCommand("应用: 退出", "退出巡察工作台（数据已自动保存）", self.exit)

    # --- navigation -----------------------------------------------------------------

    def action_goto(self, mode: str) -> None:
        """Switch to a main screen; the screens pushed on it (a dossier) stay."""
        if mode in self.MODES and mode != self.current_mode:
            self.switch_mode(mode)

    async def action_goto_search(self) -> None:
        if self.current_mode != "search":
            # Wait for the mount: the first time, the search screen is only built by the switch,
            # and its search box does not exist before (/ on page 1 ended the app).
            await self.switch_mode("search")
        screen = self.screen
        if isinstance(screen, SearchScreen):
            screen.focus_query()

    def action_help(self) -> None:
        from screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    @on(OpenRecord)
    def _open_record(self, message: OpenRecord) -> None:
        from screens.record import RecordScreen

        self.push_screen(RecordScreen(message.record_id))

    @on(OpenDossier)
    def _open_dossier(self, message: OpenDossier) -> None:
        from screens.dossier import DossierScreen

        self.push_screen(DossierScreen(message.project_id))

    @on(OpenRecords)
    def _open_records(self, message: OpenRecords) -> None:
        self.action_goto("records")
        screen = self._mode_screen("records")
        if isinstance(screen, RecordsScreen):
            screen.show(message.kind, village=message.village, names=message.names, label=message.label)

    def _mode_screen(self, mode: str) -> XunchaScreen | None:
        stack = self._screen_stacks.get(mode)
        if stack:
            screen = stack[0]
            return screen if isinstance(screen, XunchaScreen) else None
        return None

    # --- data changes -----------------------------------------------------------------

    @on(DataChanged)
    def _data_changed(self, message: DataChanged) -> None:
        """Mark every screen that shows the changed data as stale; the visible one reloads now."""
        for stack in self._screen_stacks.values():
            for screen in stack:
                if isinstance(screen, XunchaScreen) and screen.WATCHES & message.what:
                    screen.stale = True

    def data_changed(self, *what: str) -> None:
        self.post_message(DataChanged(frozenset(what)))

    # --- errors -----------------------------------------------------------------------

    def worker_state_changed(self, worker: Worker[object]) -> None:
        """The one place where a failed background task becomes an error dialog."""
        if worker.state != WorkerState.ERROR or worker.error is None:
            return
        error = worker.error
        self._log_error(error)
        title = GROUP_TITLES.get(worker.group, "操作失败")
        self.show_error(title, error_message(error), error_location(error))

    def show_error(self, title: str, message: str, where: str = "") -> None:
        self.push_screen(ErrorDialog(title, message, where))

    def _log_error(self, error: BaseException) -> Path | None:
        """Append the traceback to the error log; returns the log's path (None if unwritable)."""
        try:
            from platformdirs import user_log_dir

            path = Path(user_log_dir("xuncha", appauthor=False)) / "errors.log"
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.write("".join(traceback.format_exception(error)))
                handle.write("\n")
            return path
        except OSError:
            return None

    def _handle_exception(self, error: Exception) -> None:
        """Log an unexpected error before Textual ends the app.

        Failures of background work never get here: they are workers with
        ``exit_on_error=False`` and become dialogs (``worker_state_changed``).
        An error in a key or message handler stops that handler's message
        loop, so the app cannot safely go on; it ends, and ``_fatal_error``
        says so in Chinese instead of printing a traceback.
        """
        if self.catch_errors and self._crash_log is None:
            self._crash_log = self._log_error(error) or Path("errors.log")
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        if not self.catch_errors:
            super()._fatal_error()
            return
        from rich.text import Text

        self.bell()
        self._exit_renderables.append(Text(
            "巡察工作台遇到内部错误，已关闭。已保存的数据（导入、疑点、问题清单）不受影响，重新打开即可继续。\n"
            f"错误详情已记录到 {self._crash_log}，请把这个文件交给维护人员。"
        ))
        self._close_messages_no_wait()


def make_app(store: Store, *, demo: bool = False, catch_errors: bool = True) -> XunchaApp:
    """Build the application on a store: the one factory the CLI and the tests share."""
    return XunchaApp(store, demo=demo, catch_errors=catch_errors)


def run_app(store: Store, *, demo: bool = False) -> None:
    """Run the application in the terminal until the user quits."""
    make_app(store, demo=demo).run()
