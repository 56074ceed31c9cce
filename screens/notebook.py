"""Provides NotebookScreen (问题清单): the findings, edited in place, with history and export.

The table lists the findings (filter by status); the pane beside it shows
the selected finding's description, evidence rows with their source, the
inspectors' notes and the full history of changes. ``s`` changes the
status, ``n`` adds a note, ``e`` exports the workbook to a path the user
chooses and says where it went.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Footer, Label, Select, Static

from xuncha import browse
from screens.base import XunchaScreen
from screens.dialogs import ChoiceDialog, ExportChoice, ExportDialog, TextInputDialog
from screens.dialogs.export import unused_path
from screens.dialogs.finding import FindingEdit, FindingEditDialog
from screens.messages import FINDINGS, FLAGS, RECORDS, OpenDossier, OpenRecord
from screens.util import SEVERITY_LABELS, cjk_prose, plain, right
from screens.widgets.charts import truncate_cells
from screens.widgets.fitted_table import MeasuredTable
from screens.widgets.navbar import NavBar
from xuncha.money import format_yuan

STATUSES: dict[str, str] = {"open": "待核实", "confirmed": "已核实", "dismissed": "已排除", "referred": "已移交"}
"""The notebook's statuses (the core's ``findings.STATUSES``; repeated so that the screen loads without it)."""
VILLAGE_WIDTH = 8
TITLE_MIN, TITLE_MAX = 12, 48
"""Bounds of the 问题 column; between them it takes what the other columns leave."""
MANUAL, MANUAL_LABEL = "manual", "手工录入"
"""The rule of a finding written by hand, and how it is named (the core's ``findings.MANUAL``/``MANUAL_LABEL``)."""
STATUS_STYLES = {"open": "yellow", "confirmed": "bold red", "dismissed": "dim", "referred": "cyan"}


def short_title(finding: Any) -> str:
    """The finding's title without its leading village name, which the 村 column beside it shows.

    A flag's title starts with the village ("刘家塘村 “刘家塘村村委会办公楼维修合同” 12.8万…");
    repeated in the 问题 column it took a third of the room at 80 columns. The pane below
    (and the export) keep the whole title.
    """
    title = finding.title or ""
    village = finding.village or ""
    if village and title.startswith(village + " ") and title[len(village) + 1:].strip():
        return title[len(village) + 1:]
    return title


@dataclass
class FindingDetail:
    """One finding with its evidence and history, as the pane shows it."""

    id: int
    evidence: list[Any] = field(default_factory=list)
    history: list[tuple[str, str, str]] = field(default_factory=list)
    """(when, who, what)."""


def default_export_path() -> Path:
    """Today's workbook in the working directory, under a name no file has yet (a second export gets -2)."""
    return unused_path(Path.cwd() / f"巡察问题清单_{dt.date.today():%Y%m%d}.xlsx")


class FindingsTable(MeasuredTable):
    """The findings list: a DataTable that says when its width changed, so the titles can be cut to fit.

    Filled afresh (columns too) on every change, it must not keep lines drawn at the header widths.
    """

    class Resized(Message):
        """The table's size changed (terminal resized, or the detail pane moved below it)."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class NotebookScreen(XunchaScreen):
    """问题清单: findings with status, notes, evidence and history; export to Excel."""

    MODE = "notebook"
    WATCHES = frozenset({FINDINGS, FLAGS, RECORDS})
    CSS_PATH = "notebook.tcss"
    AUTO_FOCUS = "#notebook-table"
    BINDING_GROUP_TITLE = "问题清单"
    BINDINGS = [
        Binding("s", "set_status", "改状态", tooltip="待核实 / 已核实 / 已排除 / 已移交", id="notebook.status"),
        Binding("n", "add_note", "加备注", tooltip="给选中的问题添加一条备注（带时间和署名）", id="notebook.note"),
        Binding("c", "edit", "修改", tooltip="修改选中问题的标题、村、风险等级、金额和问题描述", id="notebook.edit"),
        Binding("e", "export", "导出Excel", tooltip="把问题清单导出为 Excel 工作簿", id="notebook.export"),
        Binding("m", "add_manual", "手工添加", tooltip="手工记一个问题（不来自疑点）", id="notebook.manual"),
        Binding("v", "evidence", "证据", show=False, tooltip="移到证据行；Enter 打开记录", id="notebook.evidence"),
    ]

    @dataclass
    class Loaded(Message):
        findings: list[Any]
        rule_names: dict[str, str] = field(default_factory=dict)
        """Rule id -> Chinese name, for the finding's 来源 line."""

    @dataclass
    class DetailLoaded(Message):
        detail: FindingDetail

    @dataclass
    class Exported(Message):
        path: Path

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Any] = []
        self.rule_names: dict[str, str] = {}
        self._fitted_width = 0
        """The table width the titles were last cut for."""
        self.status_filter: str | None = None
        self._evidence: list[Any] = []

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        with Horizontal(id="notebook-bar"):
            yield Select([(label, status) for status, label in STATUSES.items()], prompt="全部状态",
                         id="notebook-status")
            yield Static("", id="notebook-summary", classes="status-line")
        with Horizontal(id="notebook-body"):
            yield FindingsTable(id="notebook-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="notebook-detail"):
                yield Static("", id="notebook-finding")
                yield Label("证据（Enter 打开记录）", classes="section-title")
                yield DataTable(id="notebook-evidence", cursor_type="row")
                yield Static("", id="notebook-evidence-where", classes="hint")
                yield Label("备注", classes="section-title")
                yield Static("", id="notebook-notes")
                yield Label("历史", classes="section-title")
                yield Static("", id="notebook-history")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#notebook-table", DataTable)
        self._add_columns(table)
        # 核对 before 来源: the pane is narrow, and a long file name pushed "原始记录缺失" off its edge.
        self.query_one("#notebook-evidence", DataTable).add_columns("类型", "核对", "来源")
        self.reload()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="读取问题清单")
    def load(self) -> None:
        from xuncha import findings
        from xuncha.rules import get_rules

        names = {rule.id: rule.name for rule in get_rules()}
        self.post_message(self.Loaded(list(findings.list_findings(self.store)), names))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.findings = message.findings
        self.rule_names = message.rule_names
        self._fill()

    def source_label(self, rule: str) -> str:
        """Where a finding came from, as the export names it: 手工录入, or 疑点（the rule's Chinese name）."""
        if rule == MANUAL:
            return MANUAL_LABEL
        return f"疑点（{self.rule_names.get(rule, rule)}）"

    def _fill(self) -> None:
        table = self.query_one("#notebook-table", DataTable)
        keep = self._current_id()
        # Columns only ever grow to fit their cells; start them afresh so that titles cut shorter
        # for a narrower table really give the room back to 状态.
        table.clear(columns=True)
        self._add_columns(table)
        shown = [f for f in self.findings if self.status_filter is None or f.status == self.status_filter]
        title_width = self._title_width(shown)
        self._fitted_width = table.size.width
        for finding in shown:
            table.add_row(
                right(str(finding.id)), plain(finding.village, VILLAGE_WIDTH), plain(short_title(finding), title_width),
                plain(SEVERITY_LABELS.get(finding.severity, finding.severity)),
                right(format_yuan(finding.amount) if finding.amount is not None else ""),
                plain(STATUSES.get(finding.status, finding.status), style=STATUS_STYLES.get(finding.status, "")),
                key=str(finding.id),
            )
        ids = [str(f.id) for f in shown]
        if keep is not None and str(keep) in ids:
            table.move_cursor(row=ids.index(str(keep)), animate=False)
        counts = {status: sum(1 for f in self.findings if f.status == status) for status in STATUSES}
        summary = "  ".join(f"{label} {counts[status]}" for status, label in STATUSES.items())
        self.query_one("#notebook-summary", Static).update(f"共 {len(self.findings)} 个问题：{summary}")
        if not shown:
            self.query_one("#notebook-finding", Static).update(
                "问题清单为空。在「疑点」页（按 5）选中疑点后按 a 记为问题，或按 m 手工添加。"
                if not self.findings else "没有这个状态的问题。"
            )
            for selector in ("#notebook-notes", "#notebook-history", "#notebook-evidence-where"):
                self.query_one(selector, Static).update("")
            self.query_one("#notebook-evidence", DataTable).clear()
        else:
            current = self._current()
            if current is not None:
                self._show(current)

    @staticmethod
    def _add_columns(table: DataTable[Any]) -> None:
        for label, key in (("序号", "id"), ("村", "village"), ("问题", "title"), ("风险", "severity"),
                           ("金额(元)", "amount"), ("状态", "status")):
            table.add_column(label, key=key)

    def _title_width(self, shown: list[Any]) -> int:
        """How wide the 问题 column may be so that every other column, 状态 last, shows in full.

        The table is as wide as the space beside the detail pane (or the whole
        screen when the pane is below it); the titles give way, not the status.
        """
        table = self.query_one("#notebook-table", DataTable)
        if not table.size.width:
            return TITLE_MAX
        others = [
            max([cell_len("序号")] + [len(str(f.id)) for f in shown]),
            max([cell_len("村")] + [cell_len(truncate_cells(f.village or "", VILLAGE_WIDTH)) for f in shown]),
            max([cell_len("风险")] + [cell_len(SEVERITY_LABELS.get(f.severity, f.severity or "")) for f in shown]),
            max([cell_len("金额(元)")] + [len(format_yuan(f.amount)) for f in shown]),
            max([cell_len("状态")] + [cell_len(label) for label in STATUSES.values()]),
        ]
        padding = 2 * table.cell_padding * (len(others) + 1)
        scrollbar = table.styles.scrollbar_size_vertical
        free = table.size.width - sum(others) - padding - scrollbar
        return max(TITLE_MIN, min(TITLE_MAX, free))

    @on(FindingsTable.Resized)
    def _refit(self) -> None:
        """Cut the titles again when the table's width changed (terminal resized, pane moved below)."""
        table = self.query_one("#notebook-table", DataTable)
        if self.findings and table.size.width != self._fitted_width:
            self._fill()

    def _current_id(self) -> int | None:
        table = self.query_one("#notebook-table", DataTable)
        if table.row_count == 0:
            return None
        return int(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))

    def _current(self) -> Any:
        current = self._current_id()
        return next((f for f in self.findings if f.id == current), None)

    @on(Select.Changed, "#notebook-status")
    def _status_filter(self, event: Select.Changed) -> None:
        self.status_filter = None if event.value is Select.NULL else str(event.value)
        self._fill()

    @on(DataTable.RowHighlighted, "#notebook-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        finding = self._current()
        if finding is not None:
            self._show(finding)

    @on(DataTable.RowSelected, "#notebook-table")
    def _selected(self) -> None:
        self.action_evidence()

    def _show(self, finding: Any) -> None:
        parts = [
            Content.styled(f"第 {finding.id} 号  {cjk_prose(finding.title)}", "bold"),
            Content.assemble(("状态：", "$text-muted"), STATUSES.get(finding.status, finding.status),
                             ("　风险：", "$text-muted"), SEVERITY_LABELS.get(finding.severity, finding.severity),
                             ("　村：", "$text-muted"), finding.village or browse.EMPTY),
            Content.assemble(("涉及金额：", "$text-muted"),
                             f"{format_yuan(finding.amount)} 元" if finding.amount is not None else "—",
                             ("　来源：", "$text-muted"), self.source_label(finding.rule)),
        ]
        if finding.detail:
            parts += [Content(""), Content(cjk_prose(finding.detail))]
        self.query_one("#notebook-finding", Static).update(Content("\n").join(parts))
        self.query_one("#notebook-notes", Static).update(Content(finding.notes or "（无）"))
        self.load_detail(finding.id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings-detail", description="读取问题详情")
    def load_detail(self, finding_id: int) -> None:
        from xuncha import findings

        evidence = findings.evidence(self.store, finding_id)
        history = [(f"{e.at:%Y-%m-%d %H:%M}", e.by, findings.event_text(e)) for e in findings.history(self.store, finding_id)]
        self.post_message(self.DetailLoaded(FindingDetail(finding_id, evidence, history)))

    @on(DetailLoaded)
    def _detail_loaded(self, message: DetailLoaded) -> None:
        if message.detail.id != self._current_id():
            return
        self._evidence = message.detail.evidence
        table = self.query_one("#notebook-evidence", DataTable)
        table.clear()
        for index, view in enumerate(message.detail.evidence):
            table.add_row(plain(browse.kind_label(view.kind)),
                          plain(view.status_label, style="" if view.status == "ok" else "red"),
                          plain(view.source_text, 36), key=str(index))
        self._show_evidence_where(0)
        lines = [Content.assemble((f"{when} {who}　", "$text-muted"), what) for when, who, what in message.detail.history]
        self.query_one("#notebook-history", Static).update(Content("\n").join(lines) if lines else "（无）")

    # --- actions --------------------------------------------------------------------------

    def action_evidence(self) -> None:
        table = self.query_one("#notebook-evidence", DataTable)
        if table.row_count:
            table.focus()

    @on(DataTable.RowHighlighted, "#notebook-evidence")
    def _evidence_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_evidence_where(event.cursor_row)

    def _show_evidence_where(self, index: int) -> None:
        """The highlighted evidence's whole source (file / sheet / row), which the table cuts."""
        where = self.query_one("#notebook-evidence-where", Static)
        if not 0 <= index < len(self._evidence):
            where.update("")
            return
        view = self._evidence[index]
        where.update(Content(f"{view.source_text}（{view.status_label}）"))

    @on(DataTable.RowSelected, "#notebook-evidence")
    def _open_evidence(self, event: DataTable.RowSelected) -> None:
        index = int(str(event.row_key.value))
        if index >= len(self._evidence):
            return
        view = self._evidence[index]
        if view.record is None:
            self.notify("这条证据的原始记录已不在数据库中", severity="warning")
        elif view.kind == "project":
            self.post_message(OpenDossier(view.record.id))
        else:
            self.post_message(OpenRecord(view.record.id))

    def action_set_status(self) -> None:
        finding = self._current()
        if finding is None:
            return

        def chosen(status: str | None) -> None:
            if status and status != finding.status:
                self.change_status(finding.id, status)

        self.app.push_screen(
            ChoiceDialog("修改状态", list(STATUSES.items()), current=finding.status, prompt=f"第 {finding.id} 号：{finding.title}"),
            chosen,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="修改状态")
    def change_status(self, finding_id: int, status: str) -> None:
        from xuncha import findings

        self.write_patiently(findings.set_status, self.store, finding_id, status)
        self.app.call_from_thread(self.notify, f"第 {finding_id} 号已改为「{STATUSES[status]}」")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)

    def action_add_note(self) -> None:
        finding = self._current()
        if finding is None:
            return

        def add(text: str | None) -> None:
            if text:
                self.save_note(finding.id, text)

        self.app.push_screen(TextInputDialog("添加备注", f"第 {finding.id} 号：{finding.title}",
                                             placeholder="核实情况、约谈记录、待补材料…", ok="保存"), add)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="保存备注")
    def save_note(self, finding_id: int, text: str) -> None:
        from xuncha import findings

        self.write_patiently(findings.add_note, self.store, finding_id, text)
        self.app.call_from_thread(self.notify, f"已给第 {finding_id} 号添加备注")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)

    def action_edit(self) -> None:
        finding = self._current()
        if finding is None:
            self.notify("问题清单为空：先在「疑点」页按 a 记为问题，或按 m 手工添加", severity="warning")
            return

        def edited(edit: FindingEdit | None) -> None:
            if edit is None:
                return
            if edit.changed():
                self.save_edit(finding.id, edit)
            else:
                self.notify(f"第 {finding.id} 号没有改动")

        self.app.push_screen(FindingEditDialog(finding), edited)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="修改问题")
    def save_edit(self, finding_id: int, edit: FindingEdit) -> None:
        from xuncha import findings

        self.write_patiently(findings.update, self.store, finding_id, title=edit.title, severity=edit.severity,
                             amount_fen=edit.amount_fen, village=edit.village, detail=edit.detail,
                             clear_amount=edit.clear_amount)
        self.app.call_from_thread(self.notify, f"已修改第 {finding_id} 号：{'、'.join(edit.changed())}")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)

    def action_add_manual(self) -> None:
        def add(title: str | None) -> None:
            if title:
                self.save_manual(title)

        self.app.push_screen(TextInputDialog("手工添加问题", "问题标题：", placeholder="例如：某村文化礼堂工程未经村民代表会议决策",
                                             ok="添加"), add)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="添加问题")
    def save_manual(self, title: str) -> None:
        from xuncha import findings

        finding = self.write_patiently(findings.add_manual, self.store, title=title, village="")
        self.app.call_from_thread(self.notify, f"已添加第 {finding.id} 号问题；按 c 填写村、金额和问题描述，"
                                  "在「记录」或「搜索」中打开记录按 a 附上证据")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self.export(choice.path, choice.mask)

        self.app.push_screen(ExportDialog(default_export_path()), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export", description="导出问题清单")
    def export(self, path: Path, mask: bool) -> None:
        from xuncha.export import write_findings_workbook

        written = write_findings_workbook(self.store, path, mask=mask)
        self.post_message(self.Exported(Path(written)))

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        self.last_export = message.path
        self.notify(f"已导出到 {message.path}", title="问题清单已导出", timeout=15)
