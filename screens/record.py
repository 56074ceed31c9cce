"""Provides RecordScreen: one record with every field, its original cells, source and flags.

Pushed over the screen it was opened from (Escape returns). From here a
record can be put into the notebook as a manual finding, and a project
opens its dossier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Label, Static

from screens.base import XunchaScreen
from screens.dialogs import TextInputDialog
from screens.messages import FINDINGS, FLAGS, RECORDS, OpenDossier
from screens.util import SEVERITY_LABELS, plain
from screens.widgets.navbar import NavBar
from xuncha import browse
from xuncha.flags import FlagRow, current_flags

if TYPE_CHECKING:
    from xuncha.store import Store


def flags_for_records(store: Store, record_ids: set[str]) -> list[FlagRow]:
    """Current flags whose evidence includes any of the records."""
    return [flag for flag in current_flags(store) if any(ref["id"] in record_ids for ref in flag.records)]


@dataclass
class RecordData:
    kind: str
    row: dict[str, Any]
    flags: list[FlagRow] = field(default_factory=list)


class RecordScreen(XunchaScreen):
    """记录详情: fields, original cells, source file/sheet/row, related flags."""

    WATCHES = frozenset({RECORDS, FLAGS})
    CSS_PATH = "record.tcss"
    BINDING_GROUP_TITLE = "记录详情"
    BINDINGS = [
        Binding("escape", "back", "返回", tooltip="回到上一页", id="record.back"),
        Binding("a", "add_finding", "记为问题", tooltip="以这条记录为证据，手工记入问题清单", id="record.finding"),
        Binding("d", "dossier", "项目档案", tooltip="打开这个工程项目的档案", id="record.dossier"),
    ]

    @dataclass
    class Loaded(Message):
        record: RecordData | None

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id
        self.record: RecordData | None = None

    def compose(self) -> ComposeResult:
        yield NavBar(self.app.current_mode, "记录详情")
        with VerticalScroll(id="record-body"):
            yield Static("正在读取…", id="record-title")
            yield Static("", id="record-source", classes="muted")
            yield Label("字段", classes="section-title")
            yield DataTable(id="record-fields", cursor_type="row", show_header=False)
            yield Label("原始单元格（导入时的表头和原值）", classes="section-title")
            yield DataTable(id="record-raw", cursor_type="row", show_header=False)
            yield Label("涉及这条记录的疑点", classes="section-title")
            yield Static("", id="record-flags")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#record-fields", DataTable).add_columns("字段", "值")
        self.query_one("#record-raw", DataTable).add_columns("表头", "原值")
        self.reload()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="records", description="读取记录")
    def load(self) -> None:
        found = browse.find_record(self.store, self.record_id)
        if found is None:
            self.post_message(self.Loaded(None))
            return
        kind, row = found
        self.post_message(self.Loaded(RecordData(kind, row, flags_for_records(self.store, {self.record_id}))))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.record = message.record
        self.refresh_bindings()
        title = self.query_one("#record-title", Static)
        if message.record is None:
            title.update("这条记录已不在数据库中（可能所在的导入批次已删除）。")
            return
        kind, row = message.record.kind, message.record.row
        title.update(f"{browse.kind_label(kind)}：{browse.record_title_of(kind, row)}  ·  {row.get('village') or ''}")
        self.query_one("#record-source", Static).update("来源：" + browse.source_text(browse.row_source(row)))
        self.query_one(NavBar).set_context(f"{browse.kind_label(kind)}：{browse.record_title_of(kind, row)}")
        fields = self.query_one("#record-fields", DataTable)
        fields.clear()
        for label, value in browse.field_lines(kind, row):
            fields.add_row(plain(label), plain(value))
        raw = self.query_one("#record-raw", DataTable)
        raw.clear()
        for header, value in browse.raw_of(row).items():
            raw.add_row(plain(header, 30), plain(value, 60))
        lines = []
        for flag in message.record.flags:
            severity = SEVERITY_LABELS.get(flag.severity, "")
            lines.append(f"［{severity}］{flag.title}")
        self.query_one("#record-flags", Static).update("\n".join(lines) or "没有疑点涉及这条记录。")
        self.query_one("#record-fields", DataTable).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "dossier":  # 项目档案 in the footer only for a project or a record naming one
            record = self.record
            return record is not None and (record.kind == "project" or bool(record.row.get("project")))
        return True

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_dossier(self) -> None:
        if self.record is None:
            return
        if self.record.kind == "project":
            self.post_message(OpenDossier(self.record_id))
            return
        project = self.record.row.get("project")
        if project:
            self.find_project(str(project))
        else:
            self.notify("这条记录没有关联的工程项目", severity="warning")

    @work(thread=True, exclusive=True, exit_on_error=False, group="dossier", description="查找关联项目")
    def find_project(self, reference: str) -> None:
        from xuncha.browse import RecordQuery, page_records

        for field_name in ("code", "name"):
            rows = page_records(self.store, RecordQuery("project", drills=(browse.Drill(field_name, reference, ""),)),
                                0, 1)
            if rows:
                self.post_message(OpenDossier(str(rows[0]["id"])))
                return
        self.app.call_from_thread(self.notify, f"没有找到关联项目「{reference}」", severity="warning")

    def action_add_finding(self) -> None:
        if self.record is None:
            return
        record = self.record

        def add(title: str | None) -> None:
            if title:
                self.add_manual_finding(title, record)

        self.app.push_screen(
            TextInputDialog("记为问题", "问题标题（可修改）：", value=browse.record_title_of(record.kind, record.row),
                            ok="记入问题清单"),
            add,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="记入问题清单")
    def add_manual_finding(self, title: str, record: RecordData) -> None:
        from xuncha import findings

        finding = self.write_patiently(
            findings.add_manual,
            self.store, title=title, village=str(record.row.get("village") or ""),
            amount_fen=record.row.get("amount") if isinstance(record.row.get("amount"), int) else None,
            evidence=[self.record_id],
        )
        self.app.call_from_thread(self.notify, f"已记入问题清单（第 {finding.id} 号），状态：待核实", title="已记录")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)
