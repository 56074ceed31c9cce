"""Provides ImportScreen (导入): pick spreadsheets, preview what they will become, import.

Files and folders are picked in a directory tree (space or Enter). ``p``
previews every picked file without writing anything: per sheet, the
detected kind, village, header row and column mapping, the unrecognised
headers and the first rows. ``m`` opens the mapping editor for the sheet
under the cursor (for a sheet the importer could not recognise, or mapped
wrongly); the mapping is saved under the file's name for next time. ``i``
imports in a thread worker with a progress bar that can be cancelled (a
file lands whole or not at all); the result lists what was imported,
skipped and rejected, row by row with the reason. After an import the
rules run again so the flags match the records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import (
    ContentSwitcher,
    DataTable,
    DirectoryTree,
    Footer,
    Input,
    Label,
    Static,
)
from textual.worker import get_current_worker

from screens.base import XunchaScreen
from screens.dialogs.mapping import MappingAnswer, MappingDialog
from screens.messages import FLAGS, RECORDS
from screens.util import cjk_prose, get, plain, right
from screens.widgets.navbar import NavBar
from screens.widgets.progress import ProgressPanel
from xuncha.models import KIND_FIELDS, KIND_LABELS

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".csv"}
STATUS_LABELS = {"imported": "已导入", "duplicate": "已导入过（跳过）", "failed": "失败", "cancelled": "已取消",
                 "empty": "无数据"}


def mapping_dir() -> Path:
    from xuncha.config import config_dir

    return config_dir() / "mappings"


def saved_mapping_path(file: Path) -> Path:
    """Where the mapping made for a file is kept: one per file name, reused for the same name."""
    return mapping_dir() / f"{file.name}.toml"


def spreadsheet_files(paths: Iterable[Path]) -> list[Path]:
    """The spreadsheets among paths, folders expanded (recursively), each once, in order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SPREADSHEET_SUFFIXES
                              and not p.name.startswith(("~$", "."))))
        elif path.suffix.lower() in SPREADSHEET_SUFFIXES:
            out.append(path)
    return list(dict.fromkeys(out))


def field_label(kind: str | None, name: str) -> str:
    """The Chinese label of a canonical field, or of an importer helper column (年, 借方金额…)."""
    try:
        from importers.synonyms import field_label as importer_label
    except ImportError:
        importer_label = None
    if importer_label is not None:
        return str(importer_label(kind or "", name))
    for spec in KIND_FIELDS.get(kind or "", ()):
        if spec.name == name:
            return spec.label
    return name


CLI_HINTS: tuple[tuple[str, str, str], ...] = (
    # (the importers' words for the command line, in the preview (m works there), after an import)
    ("请用 --mapping 指定 kind 和列", "请按 m 指定表格类型和各列对应的字段",
     "请按 p 预览，再在该工作表上按 m 指定表格类型和各列对应的字段"),
    ("请用 --mapping 指定列", "请按 m 指定各列对应的字段",
     "请按 p 预览，再在该工作表上按 m 指定各列对应的字段"),
    ("请在映射文件 [columns] 中补上", "请按 m 在列映射里补上", "请按 p 预览，再按 m 在列映射里补上"),
    ("可用 --village 指定", "请按 m 在列映射里填写村名", "请按 p 预览，再按 m 在列映射里填写村名"),
    ("如需用 --mapping 重新导入，请先执行", "如需指定列映射重新导入，请先在命令行执行",
     "如需指定列映射重新导入，请先在命令行执行"),
    ("请删除旧批次（", "请在「总览」页的导入记录中选中它按 Delete 删除（命令行：",
     "请在「总览」页的导入记录中选中它按 Delete 删除（命令行："),
)
"""The importers' messages name command-line options; in the workbench the mapping editor (m) does that."""


def in_app(text: str, *, previewed: bool = True) -> str:
    """An importer message with its command-line hint replaced by what to press here.

    Args:
        text: The message as the importers wrote it (the CLI prints it as is).
        previewed: True in the preview, where m opens the mapping editor at once;
            False after an import, where the sheet must be previewed first.
    """
    for cli, preview_hint, import_hint in CLI_HINTS:
        text = text.replace(cli, preview_hint if previewed else import_hint)
    return text


def village_text(sheet: Any) -> str:
    """The sheet's village as the preview shows it; a 村名 column beats the rest row by row.

    The importers name the village a title, sheet or file name gives, and leave it
    empty when a 村名 column gives each row its own: that is not 未知.
    """
    if get(sheet, "village_source") == "column" or "village" in (get(sheet, "mapping") or {}).values():
        return "按“村”列"
    village = get(sheet, "village") or ""
    return str(village) if village else "未知"


def _header_row_parts(sheet: Any) -> tuple[tuple[str, str], str]:
    """The "表头行" part of a sheet's detail line: a sheet of cards has none, it says how many cards."""
    cards = get(sheet, "cards")
    if cards:
        return ("　读法：", "$text-muted"), f"卡片式，共 {cards} 张，每张一条记录"
    return ("　表头行：", "$text-muted"), str(get(sheet, "header_row") or "未找到")


def naming_file(name: str, text: str) -> str:
    """A reason about a file that names it once: the importers' reasons mostly name it already."""
    return text if name in text else f"{name}：{text}"


def first_values(sheet: Any) -> dict[str, str]:
    """Header -> the first non-empty value under it in the previewed rows (the mapping editor's examples)."""
    values: dict[str, str] = {}
    for row in get(sheet, "rows") or []:
        for header, value in (row.get("raw") or {}).items():
            if header not in values and value not in (None, ""):
                values[header] = str(value).strip()
    return values


def kept_raw_note(count: int, note: str = "") -> str:
    """A sheet's 说明: its note, and how many cells of imported rows to check: unreadable ones kept raw
    and converted ones (monthly rent made yearly…), listed below the table."""
    kept = f"{count:,} 处需核对：数值无法识别或经换算，已导入并保留原值（见下方）" if count else ""
    return "；".join(part for part in (note, kept) if part)


def issues_title(when: str, rejected: int, shown: int, warnings: int, warnings_shown: int,
                 skipped: int = 0, skipped_shown: int = 0) -> str:
    """The title over the lower table: the rows not imported, the cells kept raw (in yellow), then
    the rows skipped on purpose (合计, blank rows; grey)."""
    more = f"，列出前 {shown:,} 行；全部见导出的 Excel" if rejected > shown else ""
    title = f"未导入的行（{when}，共 {rejected:,} 行{more}）" if rejected else f"未导入的行（{when}没有）"
    if warnings:
        more = f"，列出前 {warnings_shown:,} 处" if warnings > warnings_shown else ""
        title += f"；另有 {warnings:,} 处需核对（数值无法识别或经换算，原值已保留；黄色{more}）"
    if skipped:
        more = f"，列出前 {skipped_shown:,} 行" if skipped > skipped_shown else ""
        title += f"；跳过 {skipped:,} 行（合计、空行等，灰色{more}）"
    return title


def earlier_copy_advice(file: str, sheet: Any) -> str:
    """What to do when a sheet's rows are already in the store from an earlier batch, in full.

    The importers' note says it in the 说明 column, which is cut (and off the right edge at
    80 and 120 columns): the summary above the table says it whole, with the keys to press.
    """
    copy = get(sheet, "earlier_copy")
    if not copy:
        return ""
    batch, imported = copy["batch_id"], get(sheet, "imported") or 0
    rows = f"全部 {imported:,} 行" if copy["rows"] >= imported else f"其中 {copy['rows']:,} 行"
    return (f"{file} / {get(sheet, 'sheet')}：{rows}与批次 {batch}（{copy['file']}）中的行完全相同。"
            f"若这是同一台账的修正版，请按 1 到「总览」，在导入记录中选中批次 {batch} 按 Delete 删除旧批次，"
            "以免重复计数；删除后自动重新筛查，问题清单会跟到新文件中未改动的行。")


class SpreadsheetTree(DirectoryTree):
    """A directory tree showing folders and spreadsheets only (no hidden files)."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".") and not p.name.startswith("~$")
                and (p.is_dir() or p.suffix.lower() in SPREADSHEET_SUFFIXES)]


@dataclass
class ImportProgressed(Message):
    """Rows done in the file being imported."""

    file: str
    sheet: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ImportProgressed)


@dataclass(frozen=True)
class RejectedRow:
    """A row the import refused, or a cell it kept raw, as the lower table of the result lists it."""

    file: str
    sheet: str
    row: int | None
    column: str
    value: str
    reason: str
    kept_raw: bool = False
    """The row was imported; only this cell could not be read and keeps its original text."""
    skipped: bool = False
    """The row was left out on purpose (a 合计 or blank row), not for a value that could not be read."""

    @classmethod
    def of(cls, issue: Any, *, kept_raw: bool = False, skipped: bool = False, file: str | None = None,
           sheet: str | None = None) -> "RejectedRow":
        """From a stored ImportIssue, or a report's issue dict with its ``file`` and ``sheet`` given."""
        return cls(file or get(issue, "file") or "", sheet or get(issue, "sheet") or "", get(issue, "row"),
                   get(issue, "column") or "", get(issue, "value") or "", get(issue, "reason") or "", kept_raw,
                   skipped)

    @property
    def style(self) -> str:
        return "yellow" if self.kept_raw else "dim" if self.skipped else ""

    def where(self) -> str:
        """The whole of it on one line, names uncut, to find the row in the original file."""
        row = f" 第 {self.row} 行" if self.row else ""
        column = f" 列“{self.column}”" if self.column else ""
        value = f" 原值“{self.value}”" if self.value else ""
        reason = f"跳过（{self.reason}）" if self.skipped else self.reason
        return f"{self.file} / 工作表 {self.sheet}{row}{column}{value}：{reason}"


@dataclass
class SheetLine:
    """One previewed sheet as the preview table shows it."""

    path: Path
    preview: Any
    """importers' SheetPreview (None when the whole file could not be read)."""
    problem: str = ""


class ImportScreen(XunchaScreen):
    """导入: choose files, preview per sheet, map unrecognised columns, import with progress."""

    MODE = "import"
    WATCHES = frozenset({RECORDS})
    CSS_PATH = "import_screen.tcss"
    BINDING_GROUP_TITLE = "导入"
    AUTO_FOCUS = "#import-tree"
    BINDINGS = [
        Binding("a", "toggle_pick", "选择", tooltip="选中或取消目录树里光标处的文件或整个文件夹（文件也可按 Enter）",
                id="import.pick"),
        Binding("p", "preview", "预览", tooltip="不写入，先看每个工作表识别出的类型、村和列", id="import.preview"),
        Binding("m", "edit_mapping", "列映射", tooltip="为光标所在工作表指定类型和列对应的字段", id="import.mapping"),
        Binding("i", "start_import", "开始导入", tooltip="导入选中的文件（每个文件整体成功或整体不写入）",
                id="import.start"),
        Binding("c", "clear_picks", "清空", show=False, tooltip="清空已选文件", id="import.clear"),
        Binding("v", "toggle_view", "预览/结果", tooltip="在预览和导入结果之间切换", id="import.view"),
        Binding("h", "show_history", "以往导入", tooltip="列出以往全部导入的工作表和所有未导入的行（不只本次导入）",
                id="import.history"),
        # Shown in the footer only while an import runs (check_action hides it otherwise).
        Binding("escape", "cancel_import", "取消导入", tooltip="取消正在进行的导入", id="import.cancel"),
    ]

    MAX_STORED_REJECTED = 2000
    """How many of the store's rejected rows the result view lists (the export has them all)."""

    @dataclass
    class Previewed(Message):
        lines: list[SheetLine]
        files: list[Path]
        """The files previewed (a file without sheets has no line)."""

    @dataclass
    class Imported(Message):
        report: Any
        scanned: bool
        problem: str = ""
        """Why the records went in but the scan after them could not run."""
        cancelled: bool = False
        """The user cancelled: the files finished before it stay, the one in progress was undone."""

    @dataclass
    class HistoryLoaded(Message):
        """What earlier imports left in the store: their sheets and their rejected rows."""

        sheets: list[tuple[str, str, str | None, int, int, int, str]]
        """(file, sheet, kind, imported, skipped, rejected, note) of every imported sheet."""
        files: int
        rejected: list[Any]
        """The first ``MAX_STORED_REJECTED`` rejected rows (xuncha.models.ImportIssue)."""
        rejected_total: int
        warnings: list[Any] = field(default_factory=list)
        """The first ``MAX_STORED_REJECTED`` cells imported with their raw value kept (ImportIssue)."""
        warnings_total: int = 0
        kept_raw: dict[tuple[str, str], int] = field(default_factory=dict)
        """How many cells were kept raw, by (file, sheet)."""
        skipped: list[Any] = field(default_factory=list)
        """The first ``MAX_STORED_REJECTED`` rows skipped on purpose (合计, blank rows; ImportIssue)."""
        skipped_total: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.picked: list[Path] = []
        """Files and folders the user picked, in order."""
        self.mappings: dict[Path, MappingAnswer] = {}
        """Mappings made in this session, by file."""
        self._lines: list[SheetLine] = []
        """The preview table's lines: the previewed sheets of the files picked now."""
        self._previewed_lines: list[SheetLine] = []
        """Every line of the last preview, also of files unpicked since (picked again, they come back)."""
        self._previewed_files: set[Path] = set()
        self.report: Any = None
        """The last import's report (importers.ImportReport)."""
        self._cancelling = False
        """Cancel was pressed; the panel stays (saying so) until the import thread has wound down."""
        self._rejected: list[RejectedRow] = []
        """The rejected rows listed, in table order: the table cuts long names, the detail line does not."""
        self._result_notes: list[str] = []
        """The whole 说明 of each line of the result table, in table order (the table cuts it)."""
        self._mapped_sheet: tuple[Path, str] | None = None
        """The sheet just mapped: the preview after the mapping puts the cursor back on it."""

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        with Horizontal(id="import-body"):
            with Vertical(id="import-left"):
                yield Input(str(Path.cwd()), placeholder="文件夹路径，回车打开", id="import-root")
                yield SpreadsheetTree(Path.cwd(), id="import-tree")
                yield Static("Enter 选文件，a 选整个文件夹；p 预览，i 导入", classes="hint", id="import-hint")
            with Vertical(id="import-right"):
                yield Static("还没有选择文件。在左侧目录树中：文件按 Enter，整个文件夹按 a。", id="import-picked",
                             classes="status-line")
                with ContentSwitcher(initial="import-preview", id="import-switcher"):
                    with Vertical(id="import-preview"):
                        yield DataTable(id="import-sheets", cursor_type="row", zebra_stripes=True)
                        with VerticalScroll(id="import-detail-pane"):
                            yield Static("", id="import-detail")
                    with Vertical(id="import-result"):
                        yield Static("", id="import-summary")
                        yield DataTable(id="import-results", cursor_type="row", zebra_stripes=True)
                        yield Static("", id="import-result-detail", classes="hint")
                        yield Label("未导入的行（原因）", classes="section-title", id="import-rejected-title")
                        yield DataTable(id="import-rejected", cursor_type="row", zebra_stripes=True)
                        yield Static("", id="import-rejected-detail", classes="hint")
                yield ProgressPanel(id="import-progress")
        yield Footer()

    def on_mount(self) -> None:
        sheets = self.query_one("#import-sheets", DataTable)
        sheets.add_columns("文件", "工作表", "识别为", "村", "表头行", "识别列", "问题")
        results = self.query_one("#import-results", DataTable)
        results.add_columns("文件", "工作表", "类型", "导入", "跳过", "未导入", "说明")
        rejected = self.query_one("#import-rejected", DataTable)
        rejected.add_columns("文件", "工作表", "行", "列", "原值", "原因")
        self.reload()

    def reload(self) -> None:
        """Show what earlier imports left (until this session imports something itself)."""
        if self.report is None:
            self.load_history()

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-history", description="读取以往导入")
    def load_history(self) -> None:
        from xuncha.models import REJECTED, SKIPPED, WARNING

        store = self.store
        names = {batch.id: batch.file_name for batch in store.batches()}
        sheets = [(names.get(s.batch_id, ""), s.sheet, s.kind, s.imported, s.skipped, s.rejected, s.note)
                  for s in store.batch_sheets()]
        rejected = store.issues(REJECTED)
        warnings = store.issues(WARNING)
        skipped = store.issues(SKIPPED)
        limit = self.MAX_STORED_REJECTED
        self.post_message(self.HistoryLoaded(sheets, len(names), rejected[:limit], len(rejected), warnings[:limit],
                                             len(warnings), dict(Counter((issue.file, issue.sheet) for issue in warnings)),
                                             skipped[:limit], len(skipped)))

    @on(HistoryLoaded)
    def _history_loaded(self, message: HistoryLoaded) -> None:
        if self.report is not None:  # an import of this session finished meanwhile: its result stays
            return
        self._clear_results()
        kept_raw = message.kept_raw
        for file, sheet, kind, imported, skipped, rejected, note in message.sheets:
            kind_text = KIND_LABELS.get(kind, "") if kind else "未识别"
            note = kept_raw_note(kept_raw.get((file, sheet), 0), in_app(note or "", previewed=False))
            self._add_result(file, sheet, plain(kind_text, style="" if kind else "yellow"), note,
                             right(f"{imported:,}"), right(str(skipped or "")),
                             right(str(rejected or ""), style="bold red" if rejected else ""))
        self._list_rejected([RejectedRow.of(issue) for issue in message.rejected]
                            + [RejectedRow.of(issue, kept_raw=True) for issue in message.warnings]
                            + [RejectedRow.of(issue, skipped=True) for issue in message.skipped])
        total = message.rejected_total
        self.query_one("#import-rejected-title", Label).update(issues_title(
            "以往全部导入", total, len(message.rejected), message.warnings_total, len(message.warnings),
            message.skipped_total, len(message.skipped)))
        if not message.files:
            summary = "数据库里还没有导入过文件。在左侧目录树中选择文件，p 预览，i 导入。"
        else:
            waiting = f"其中 {total:,} 行未能导入，原因见下方，请核对原表" if total else "没有未能导入的行"
            summary = f"以往共导入 {message.files:,} 个文件；{waiting}。v 切换到预览"
        self.query_one("#import-summary", Static).update(summary)
        if total and not self._lines and not self.picked:
            # Nothing picked or previewed yet: the overview sends the user here to read these reasons.
            self.query_one("#import-switcher", ContentSwitcher).current = "import-result"

    # --- picking --------------------------------------------------------------------------

    @on(Input.Submitted, "#import-root")
    def _root_changed(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if path.is_file():
            # A file's path (pasted, or typed by hand): open its folder and pick it, as Enter in the tree does.
            if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
                self.notify(f"{path.name} 不是 xlsx、xls 或 csv 文件，不能导入", severity="warning")
                return
            tree = self.query_one("#import-tree", SpreadsheetTree)
            tree.path = path.parent
            tree.focus()
            if path.resolve() not in self.picked:
                self.pick(path)
            return
        if not path.is_dir():
            self.notify(f"文件夹不存在：{path}", severity="error")
            return
        tree = self.query_one("#import-tree", SpreadsheetTree)
        tree.path = path
        tree.focus()

    def pick(self, path: Path) -> None:
        """Add a file or folder to the import (or remove it when already picked)."""
        path = path.resolve()
        if path in self.picked:
            self.picked.remove(path)
        else:
            if not path.is_dir() and path.suffix.lower() not in SPREADSHEET_SUFFIXES:
                self.notify(f"{path.name} 不是 xlsx、xls 或 csv 文件", severity="warning")
                return
            self.picked.append(path)
        self._show_picked()
        self._show_lines()

    def _show_picked(self) -> None:
        files = spreadsheet_files(self.picked)
        status = self.query_one("#import-picked", Static)
        if not self.picked:
            status.update("还没有选择文件。在左侧目录树中：文件按 Enter，整个文件夹按 a。")
            return
        names = "、".join(p.name for p in self.picked[:4]) + ("…" if len(self.picked) > 4 else "")
        status.update(f"已选 {len(files)} 个表格文件（{names}）；p 预览，i 导入，c 清空")

    def action_toggle_pick(self) -> None:
        tree = self.query_one("#import-tree", SpreadsheetTree)
        if not tree.has_focus:
            # The tree's cursor is not where the user is looking: picking it picked the wrong folder.
            tree.focus()
            self.notify("已转到左侧目录树：移好光标后再按 a 选择（文件也可按 Enter）", timeout=5)
            return
        node = tree.cursor_node
        if node is None or node.data is None:
            return
        self.pick(Path(node.data.path))

    @on(DirectoryTree.FileSelected, "#import-tree")
    def _file_selected(self, event: DirectoryTree.FileSelected) -> None:
        self.pick(Path(event.path))

    def action_focus_tree(self) -> None:
        """The command palette's 导入: 选择文件或文件夹."""
        self.query_one("#import-tree", SpreadsheetTree).focus()

    def action_clear_picks(self) -> None:
        self.picked.clear()
        self._show_picked()
        self._show_lines()

    # --- preview --------------------------------------------------------------------------

    def action_preview(self) -> None:
        files = spreadsheet_files(self.picked)
        if not files:
            self.notify("请先在目录树中选择文件（Enter 选文件，a 选文件夹）", severity="warning")
            return
        self.query_one("#import-switcher", ContentSwitcher).current = "import-preview"
        self.query_one("#import-detail", Static).update("正在读取…")
        self.run_preview(files)

    def _mapping_for(self, path: Path) -> Any:
        """The importers' mapping for a file: made now, or saved for its name earlier; else None."""
        import importers
        from importers.mapping import mapping_from_dict

        answer = self.mappings.get(path)
        if answer is not None:
            return mapping_from_dict(answer.to_dict(), source="导入界面")
        saved = saved_mapping_path(path)
        if saved.is_file():
            return importers.load_mapping(saved)
        return None

    @work(thread=True, exclusive=True, exit_on_error=False, group="preview", description="预览文件")
    def run_preview(self, files: list[Path]) -> None:
        import importers

        worker = get_current_worker()
        lines: list[SheetLine] = []
        code_tables = importers.gather_code_tables(files)  # a platform's 代码表 may be a file of its own
        for path in files:
            if worker.is_cancelled:
                return
            try:
                preview = importers.preview_file(path, mapping=self._mapping_for(path), code_tables=code_tables)
            except importers.ImportFailed as error:
                lines.append(SheetLine(path, None, str(error)))
                continue
            if get(preview, "problem"):
                lines.append(SheetLine(path, None, str(preview.problem)))
            for sheet in get(preview, "sheets") or []:
                lines.append(SheetLine(path, sheet))
        self.post_message(self.Previewed(lines, files))

    @on(Previewed)
    def _previewed(self, message: Previewed) -> None:
        self._previewed_lines = message.lines
        self._previewed_files = set(message.files)
        self._show_lines(focus=True)
        self._return_to_mapped_sheet()
        unrecognised = sum(1 for line in self._lines if line.preview is not None and not get(line.preview, "kind"))
        if unrecognised:
            self.notify(f"有 {unrecognised} 个工作表未能识别，移到该行按 m 指定列映射；其余可直接按 i 导入",
                        severity="warning", timeout=8)

    def _return_to_mapped_sheet(self) -> None:
        """Put the cursor back on the sheet just mapped, to check what its new mapping makes of it;
        the preview starts at the first sheet, which is rarely the one the user worked on."""
        if self._mapped_sheet is None:
            return
        path, sheet = self._mapped_sheet
        self._mapped_sheet = None
        for index, line in enumerate(self._lines):
            if line.path == path and line.preview is not None and str(get(line.preview, "sheet")) == sheet:
                self.query_one("#import-sheets", DataTable).move_cursor(row=index)
                self._show_line(index)
                return

    def _show_lines(self, *, focus: bool = False) -> None:
        """Fill the preview table with the previewed sheets of the files picked now.

        Picking or unpicking a file after a preview must not leave the rows of
        a file that is no longer picked: the table always matches the status
        line above it.
        """
        files = set(spreadsheet_files(self.picked))
        lines = [line for line in self._previewed_lines if line.path in files]
        self._lines = lines
        table = self.query_one("#import-sheets", DataTable)
        table.clear()
        for index, line in enumerate(lines):
            sheet = line.preview
            if sheet is None:
                table.add_row(plain(line.path.name, 24), plain("—"), plain("无法读取", style="red"), plain(""),
                              plain(""), plain(""), plain(in_app(line.problem), 40, style="red"), key=str(index))
                continue
            kind = get(sheet, "kind")
            mapped = len(get(sheet, "mapping") or {})
            unmapped = len(get(sheet, "unmapped") or [])
            problems = list(get(sheet, "problems") or [])
            note = get(sheet, "note") or ""
            problem_text = in_app("；".join(problems) or note)
            kind_text = KIND_LABELS.get(kind, "") if kind else "未识别（按 m 映射）"
            table.add_row(
                plain(line.path.name, 24), plain(get(sheet, "sheet"), 14),
                plain(kind_text, style="" if kind else "bold red"), plain(village_text(sheet), 10),
                right(str(get(sheet, "header_row") or ("卡片" if get(sheet, "cards") else ""))),
                right(f"{mapped}/{mapped + unmapped}"),
                plain(problem_text, 40, style="yellow" if problem_text else ""), key=str(index),
            )
        detail = self.query_one("#import-detail", Static)
        missing = files - self._previewed_files
        if lines:
            table.move_cursor(row=0)
            if focus:
                table.focus()
            self._show_line(0)
        elif self._previewed_files and missing:
            detail.update("新选的文件还没有预览，按 p 预览。")
        elif self._previewed_files and files:
            detail.update("所选文件里没有工作表。")
        else:
            detail.update("")
        if self._previewed_files and missing and files - missing:
            self.query_one("#import-picked", Static).update(
                f"已选 {len(files)} 个表格文件，其中 {len(missing)} 个还没有预览；p 预览，i 导入，c 清空")
        else:
            self._show_picked()  # every picked file previewed now: no stale "还没有预览"

    @on(DataTable.RowHighlighted, "#import-sheets")
    def _sheet_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._show_line(int(str(event.row_key.value)))

    def _show_line(self, index: int) -> None:
        if index >= len(self._lines):
            return
        line = self._lines[index]
        detail = self.query_one("#import-detail", Static)
        sheet = line.preview
        if sheet is None:
            detail.update(Content(naming_file(line.path.name, in_app(line.problem))))
            return
        kind = get(sheet, "kind")
        parts: list[Content] = [
            Content.styled(f"{line.path.name} / {get(sheet, 'sheet')}", "bold"),
            Content.assemble(("识别为：", "$text-muted"), KIND_LABELS.get(kind, "未识别") if kind else "未识别",
                             ("　村：", "$text-muted"), village_text(sheet),
                             *_header_row_parts(sheet)),
        ]
        title = get(sheet, "title")
        if title:
            parts.append(Content.assemble(("标题：", "$text-muted"), str(title)))
        problems = [str(p) for p in get(sheet, "problems") or []]
        for problem in problems:
            parts.append(Content.styled(f"！{in_app(problem)}", "$warning"))
        note = get(sheet, "note")
        if note and str(note) not in problems:  # the importers list an unrecognised sheet's note as a problem too
            parts.append(Content.styled(in_app(str(note)), "$warning"))
        mapping = get(sheet, "mapping") or {}
        if mapping:
            parts += [Content(""), Content.styled("列对应（表头 → 字段）", "bold $accent")]
            inferred = set(get(sheet, "inferred") or [])
            for header, name in mapping.items():
                guess = ("（按表头字面推断，请核对）", "$warning") if header in inferred else ""
                parts.append(Content.assemble(f"  {header} → ", (field_label(kind, name), "$success"), guess))
        unmapped = get(sheet, "unmapped") or []
        if unmapped:
            parts.append(Content.assemble(("未识别的列（不导入，原值仍保存在原始单元格中）：", "$text-muted"), "、".join(unmapped)))
        rows = get(sheet, "rows") or []
        if rows:
            parts += [Content(""), Content.styled("前几行会变成", "bold $accent")]
            for row in rows[:8]:
                status = row.get("status")
                label = {"record": "导入", "skipped": "跳过", "rejected": "不能导入", "sample": "原样"}.get(status, status or "")
                fields = row.get("fields") or row.get("raw") or {}
                shown = "，".join(f"{field_label(kind, k)}={v}" for k, v in fields.items() if v not in (None, ""))
                shown = shown[:90] + ("…" if len(shown) > 90 else "")
                reason = row.get("reason") or ""
                style = {"record": "", "skipped": "$text-muted", "rejected": "$error"}.get(status, "")
                parts.append(Content.styled(f"  第{row.get('row')}行 {label}：{reason or shown}", style))
        parts += [Content(""), Content.styled("m 修改这个工作表的列映射；i 导入全部所选文件", "$text-muted italic")]
        detail.update(Content("\n").join(parts))

    def action_edit_mapping(self) -> None:
        table = self.query_one("#import-sheets", DataTable)
        if table.row_count == 0:
            self.notify("请先按 p 预览，再为某个工作表指定列映射", severity="warning")
            return
        index = int(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))
        line = self._lines[index]
        if line.preview is None:
            self.notify(f"无法读取，不能指定列映射。{naming_file(line.path.name, in_app(line.problem))}",
                        severity="error")
            return
        sheet = line.preview
        note = "这张表没能自动识别，请指定（没有表头、第一行就是数据的，表头行填 0）。" if not get(sheet, "kind") \
            else "可以修改自动识别的结果。"

        def mapped(answer: MappingAnswer | None) -> None:
            if answer is None:
                return
            self.mappings[line.path] = answer
            self._mapped_sheet = (line.path, str(get(sheet, "sheet")))
            if answer.save:
                self.save_mapping(line.path, answer)
            self.run_preview(spreadsheet_files(self.picked) or [line.path])

        earlier = self.mappings.get(line.path)
        if earlier is not None and earlier.sheet != str(get(sheet, "sheet")):
            earlier = None
        self.app.push_screen(MappingDialog(
            line.path.name, str(get(sheet, "sheet")), list(get(sheet, "headers") or []), kind=get(sheet, "kind"),
            mapping=dict(get(sheet, "mapping") or {}), village=str(get(sheet, "village") or ""),
            # The user's own header row (0: no header) stays while they map the columns it gave.
            header_row=earlier.header_row if earlier is not None and earlier.header_row is not None
            else get(sheet, "header_row"),
            note=note, samples=first_values(sheet), direction=earlier.direction if earlier is not None else "",
        ), mapped)

    @work(thread=True, exclusive=False, exit_on_error=False, group="import", description="保存列映射")
    def save_mapping(self, path: Path, answer: MappingAnswer) -> None:
        import importers
        from importers.mapping import mapping_from_dict

        target = saved_mapping_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        importers.save_mapping(mapping_from_dict(answer.to_dict(), source=path.name), target)
        self.app.call_from_thread(self.notify, f"列映射已保存，下次导入 {path.name} 时自动使用", title="已保存")

    # --- import ---------------------------------------------------------------------------

    def action_start_import(self) -> None:
        files = spreadsheet_files(self.picked)
        if not files:
            self.notify("请先在目录树中选择文件（Enter 选文件，a 选文件夹）", severity="warning")
            return
        panel = self.query_one("#import-progress", ProgressPanel)
        if panel.running:
            self.notify("正在导入，请稍候或先取消", severity="warning")
            return
        panel.start(f"准备导入 {len(files)} 个文件…")
        self.run_import(files)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", description="导入文件")
    def run_import(self, files: list[Path]) -> None:
        import importers

        worker = get_current_worker()

        def progress(p: Any) -> None:
            self.post_message(ImportProgressed(str(get(p, "file")), str(get(p, "sheet") or ""),
                                               int(get(p, "done") or 0), int(get(p, "total") or 0)))

        try:
            # Files with a mapping (made now or saved earlier) go one by one with theirs; the rest together.
            plain_files = [f for f in files if self._mapping_for(f) is None]
            groups: list[tuple[list[Path], Any]] = [([f], self._mapping_for(f)) for f in files
                                                    if f not in plain_files]
            if plain_files:
                groups.insert(0, (plain_files, None))
            report: Any = None
            for paths, mapping in groups:
                if worker.is_cancelled:
                    break
                part = importers.import_paths(self.store, paths, mapping=mapping, on_progress=progress,
                                              cancel=worker.cancelled_event)
                if report is None:
                    report = part
                else:
                    report.files.extend(part.files)
            scanned, problem = False, report.refresh_problem if report is not None else ""
            if report is not None and report.records_imported() and not worker.is_cancelled:
                self.post_message(ImportProgressed("", "正在重新筛查疑点…", 0, 0))
                from xuncha.scan import run_scan
                from xuncha.store import StoreBusyError

                try:
                    run_scan(self.store)
                    scanned, problem = True, ""
                except StoreBusyError as error:  # the records are in: a busy store must not read as a failed import
                    problem = f"记录已全部导入，但数据库正忙（{error}），疑点筛查未能运行；请稍后在「规则」页按 r 重新筛查"
        except Exception:
            # Once cancelled, the worker's state no longer changes (Textual marks it cancelled at
            # once while the thread winds down), so an error now would leave the panel spinning.
            if worker.is_cancelled:
                self.post_message(self.Imported(None, False, cancelled=True))
            raise
        self.post_message(self.Imported(report, scanned, problem, cancelled=worker.is_cancelled))

    @on(ImportProgressed)
    def _progress(self, message: ImportProgressed) -> None:
        panel = self.query_one("#import-progress", ProgressPanel)
        if not self._cancelling:
            if message.file:
                panel.message = f"正在导入 {message.file}" + (f" / {message.sheet}" if message.sheet else "")
            else:
                panel.message = message.sheet
        panel.total = message.total or None
        panel.done = message.done

    @on(ProgressPanel.CancelRequested)
    def _cancel_pressed(self) -> None:
        self.action_cancel_import()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        running = self.query_one("#import-progress", ProgressPanel).running if self.is_mounted else False
        if action == "cancel_import":  # Esc 取消导入 in the footer only while an import runs
            return running
        if action == "show_history":  # not while importing: it would make room for Esc 取消导入 at 80 columns
            return not running
        return True

    def action_cancel_import(self) -> None:
        panel = self.query_one("#import-progress", ProgressPanel)
        if not panel.running:
            return
        for worker in self.workers:
            if worker.name == "run_import" and not worker.is_finished:
                worker.cancel()
        self._cancelling = True
        panel.message = "正在取消…（当前文件整体撤销，不留半个文件）"

    def on_worker_state_changed(self, event: Any) -> None:
        from textual.worker import WorkerState

        # A finished import posts Imported (also when cancelled: the thread winds down first);
        # only an error ends without it.
        if event.worker.name == "run_import" and event.state == WorkerState.ERROR:
            self._import_ended()

    def _import_ended(self) -> None:
        self._cancelling = False
        self.query_one("#import-progress", ProgressPanel).stop()

    @on(Imported)
    def _imported(self, message: Imported) -> None:
        self._import_ended()
        report = message.report
        if report is None:
            if message.cancelled:
                self.notify("导入已取消，没有写入任何文件", title="导入已取消", severity="warning", timeout=10)
            return
        self.report = report
        self._show_report(report, cancelled=message.cancelled)
        imported = report.records_imported()
        if imported or message.scanned:
            self.xapp.data_changed(*({RECORDS} | ({FLAGS} if message.scanned else set())))
        rejected = sum(s.rejected_count for f in report.files if f.status == "imported" for s in f.sheets)
        rejected_text = f"，{rejected:,} 行未导入（见下方原因）" if rejected else ""
        if message.cancelled:
            kept = [f for f in report.files if f.status == "imported"]
            text = (f"已完成的 {len(kept)} 个文件保留（新增记录 {imported:,} 条{rejected_text}），进行中的文件没有写入"
                    if kept else "进行中的文件没有写入，数据库没有变化")
            if imported:
                text += "；疑点没有重新筛查，可在「规则」页按 r 筛查"
            self.notify(text, title="导入已取消", severity="warning", timeout=10)
            return
        failed = [f for f in report.files if f.status == "failed"]
        if failed:
            first = failed[0]
            text = in_app(first.message, previewed=False)
            self.xapp.show_error("导入失败", naming_file(first.file, text) +
                                 (f"\n另有 {len(failed) - 1} 个文件失败，见导入结果。" if len(failed) > 1 else ""),
                                 f"文件 {first.file}")
            if not imported:
                return  # the error dialog says what failed, and nothing else happened
            self.notify(f"新增记录 {imported:,} 条{rejected_text}；{len(failed)} 个文件导入失败，没有写入（见导入结果）"
                        + ("；已重新筛查" if message.scanned else ""),
                        title="部分文件导入失败", severity="warning", timeout=10)
        else:
            text = f"新增记录 {imported:,} 条{rejected_text}"
            others = [(STATUS_LABELS.get(status, status), sum(1 for f in report.files if f.status == status))
                      for status in ("duplicate", "empty")]
            text += "".join(f"；{n} 个文件{label}" for label, n in others if n)
            copies = [s.earlier_copy for f in report.files if f.status == "imported" for s in f.sheets
                      if s.earlier_copy]
            if copies:
                batches = "、".join(dict.fromkeys(str(copy["batch_id"]) for copy in copies))
                text += (f"；{len(copies)} 个工作表与以往导入的批次 {batches} 有完全相同的行，可能重复计数"
                         "（见上方说明；若是修正版，请到「总览」删除旧批次）")
            if message.scanned:
                text += "；已重新筛查"
            self.notify(text, title="导入完成", severity="warning" if rejected or copies else "information",
                        timeout=10)
        if message.problem:
            self.notify(message.problem, title="导入后的更新未完成", severity="warning", timeout=20)

    def _show_report(self, report: Any, *, cancelled: bool = False) -> None:
        self.query_one("#import-switcher", ContentSwitcher).current = "import-result"
        self._clear_results()
        rejected: list[RejectedRow] = []
        kept_raw: list[RejectedRow] = []
        skipped: list[RejectedRow] = []
        for file in report.files:
            status = STATUS_LABELS.get(file.status, file.status)
            if file.status != "imported" or not file.sheets:
                self._add_result(file.file, "—", plain(status, style="" if file.status == "imported" else "yellow"),
                                 in_app(file.message, previewed=False), right(""), right(""), right(""))
            for sheet in file.sheets if file.status == "imported" else []:
                kind = KIND_LABELS.get(sheet.kind, "") if sheet.kind else "未识别"
                self._add_result(file.file, sheet.sheet, plain(kind, style="" if sheet.kind else "red"),
                                 kept_raw_note(sheet.warning_count, in_app(sheet.note, previewed=False)),
                                 right(f"{sheet.imported:,}"), right(str(sheet.skipped_count or "")),
                                 right(str(sheet.rejected_count or ""), style="bold red" if sheet.rejected_count else ""))
                rejected += [RejectedRow.of(issue, file=file.file, sheet=sheet.sheet) for issue in sheet.rejected]
                kept_raw += [RejectedRow.of(issue, kept_raw=True, file=file.file, sheet=sheet.sheet)
                             for issue in sheet.warnings]
                skipped += [RejectedRow.of(issue, skipped=True, file=file.file, sheet=sheet.sheet)
                            for issue in sheet.skipped]
        # The cells kept raw after every row that was not imported: those need the user first;
        # the rows skipped on purpose (合计, blank rows) last, to check that none was a real row.
        self._list_rejected(rejected + kept_raw + skipped)
        imported = [s for f in report.files if f.status == "imported" for s in f.sheets]
        self.query_one("#import-rejected-title", Label).update(issues_title(
            "本次导入", sum(s.rejected_count for s in imported), len(rejected),
            sum(s.warning_count for s in imported), len(kept_raw), sum(s.skipped_count for s in imported),
            len(skipped)))
        summary = "\n".join(report.summary_lines()[-1:])
        advice = [earlier_copy_advice(f.file, sheet) for f in report.files if f.status == "imported"
                  for sheet in f.sheets if get(sheet, "earlier_copy")]
        text = Text(("导入已取消。" if cancelled else "") + summary + "（h 查看以往全部导入和未导入的行）")
        for line in advice:
            # Without the spaces by Chinese characters the line folds at the pane's edge, not at "批次 9".
            text.append("\n！" + cjk_prose(line), style="yellow")
        for file in report.files:
            for sheet in file.sheets if file.status == "imported" else []:
                if get(sheet, "book_copies"):  # nothing to do about it: said, not warned
                    where = file.file if sheet.sheet == Path(file.file).stem else f"{file.file} / {sheet.sheet}"
                    text.append("\n·" + cjk_prose(f"{where}：{sheet.book_copies_note()}"))
        self.query_one("#import-summary", Static).update(text)

    def _clear_results(self) -> None:
        self.query_one("#import-results", DataTable).clear()
        self._result_notes = []
        self.query_one("#import-result-detail", Static).update("")

    def _add_result(self, file: str, sheet: str, kind: Text, note: str, *counts: Text) -> None:
        """One line of the result table: file, sheet, kind, the counts, and its 说明 cut to fit;
        the whole 说明 shows under the table when the line is highlighted."""
        table = self.query_one("#import-results", DataTable)
        table.add_row(plain(file, 24), plain(sheet, 14), kind, *counts, plain(note, 50))
        self._result_notes.append(f"{file} / {sheet}：{note}" if note else "")
        if len(self._result_notes) == 1:
            self._show_result_detail(0)

    @on(DataTable.RowHighlighted, "#import-results")
    def _result_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_result_detail(event.cursor_row)

    def _show_result_detail(self, index: int) -> None:
        note = self._result_notes[index] if 0 <= index < len(self._result_notes) else ""
        # No cjk_prose: it would take the spaces out of file names ("吴家道村 马吉村 收支台账.xlsx").
        self.query_one("#import-result-detail", Static).update(Text(note, no_wrap=False))

    def action_show_history(self) -> None:
        """List every earlier import and all rows still not imported, not only this import's.

        After an import the result shows that import alone; the overview's "有 N 行未能导入"
        sends the user here, and the rows of earlier imports must be one key away.
        """
        self.report = None  # the history view, as in a fresh session, until the next import
        self.query_one("#import-switcher", ContentSwitcher).current = "import-result"
        self.load_history()

    def _list_rejected(self, rows: list[RejectedRow]) -> None:
        table = self.query_one("#import-rejected", DataTable)
        table.clear()
        self._rejected = rows
        for item in rows:
            table.add_row(plain(item.file, 20), plain(item.sheet, 12), right(str(item.row or "")),
                          plain(item.column, 12), plain(item.value, 16),
                          plain(item.reason, 50, style=item.style))
        self._show_rejected_detail(0)

    @on(DataTable.RowHighlighted, "#import-rejected")
    def _rejected_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_rejected_detail(event.cursor_row)

    def _show_rejected_detail(self, index: int) -> None:
        detail = self.query_one("#import-rejected-detail", Static)
        if not 0 <= index < len(self._rejected):
            detail.update("")
            return
        detail.update(Text(self._rejected[index].where(), no_wrap=False))

    def action_toggle_view(self) -> None:
        switcher = self.query_one("#import-switcher", ContentSwitcher)
        switcher.current = "import-result" if switcher.current == "import-preview" else "import-preview"


__all__ = ["ImportScreen", "SpreadsheetTree", "spreadsheet_files"]
