"""Provides DossierScreen (项目档案): a project with everything that hangs on it, on one screen.

What the three-capitals platform shows for a project and more: its contractor
(with every spelling of it), decision, start and finish dates in order,
budget, contract amount and what was paid (as bars), the contracts and
payments linked to it and why, payments to the same contractor that may
belong to it, plain observations (dates out of order, paid beyond the
contract) and the flags that involve any of these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Footer, Label, Static

from screens.base import XunchaScreen
from screens.dialogs import TextInputDialog
from screens.messages import FINDINGS, FLAGS, RECORDS, OpenRecord
from screens.record import flags_for_records
from screens.util import SEVERITY_LABELS, cjk_prose, get, plain, right
from screens.widgets.charts import Bar, BarList
from screens.widgets.navbar import NavBar
from xuncha.money import format_wan, format_yuan

DATE_LABELS = {"decided_on": "决策", "started_on": "开工", "finished_on": "竣工", "signed_on": "签合同"}


@dataclass
class DossierData:
    dossier: Any
    flags: list[Any] = field(default_factory=list)


def _yuan_to_fen(value: Any) -> int | None:
    if value is None:
        return None
    return int(round(float(value) * 100))


class DossierScreen(XunchaScreen):
    """项目档案: one project, its contracts, payments, dates, decision, status and flags."""

    WATCHES = frozenset({RECORDS, FLAGS})
    CSS_PATH = "dossier.tcss"
    BINDING_GROUP_TITLE = "项目档案"
    BINDINGS = [
        Binding("escape", "back", "返回", tooltip="回到上一页", id="dossier.back"),
        Binding("a", "add_finding", "记为问题", tooltip="以项目及其合同、付款为证据，手工记入问题清单",
                id="dossier.finding"),
        Binding("o", "open_project", "项目原始记录", tooltip="打开项目记录（字段和原始单元格）", id="dossier.project"),
    ]

    @dataclass
    class Loaded(Message):
        data: DossierData

    def __init__(self, project_id: str) -> None:
        super().__init__()
        self.project_id = project_id
        self.loaded: DossierData | None = None
        self._rows: dict[str, str] = {}
        """Row key -> record id, for every evidence table."""

    def compose(self) -> ComposeResult:
        yield NavBar(self.app.current_mode, "项目档案")
        with VerticalScroll(id="dossier-body"):
            yield Static("正在读取…", id="dossier-title")
            yield Static("", id="dossier-facts")
            yield Label("金额", classes="section-title")
            yield BarList(id="dossier-amounts", label_width=10)
            yield Label("时间顺序", classes="section-title")
            yield Static("", id="dossier-timeline")
            yield Static("", id="dossier-notes")
            yield Label("合同", classes="section-title")
            yield DataTable(id="dossier-contracts", cursor_type="row")
            yield Label("付款", classes="section-title")
            yield DataTable(id="dossier-payments", cursor_type="row")
            yield Label("付给同一单位、可能属于本项目的其他款项", classes="section-title")
            yield DataTable(id="dossier-others", cursor_type="row")
            yield Label("疑点", classes="section-title")
            yield Static("", id="dossier-flags")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#dossier-contracts", DataTable).add_columns("签订日期", "合同名称", "乙方", "金额(元)", "关联依据")
        for selector in ("#dossier-payments", "#dossier-others"):
            self.query_one(selector, DataTable).add_columns("日期", "摘要", "收款方", "金额(元)", "关联依据")
        self.reload()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="dossier", description="读取项目档案")
    def load(self) -> None:
        from xuncha.dossier import project_dossier

        dossier = project_dossier(self.store, self.project_id)
        ids = {self.project_id} | {r.id for r in dossier.contracts} | {r.id for r in dossier.payments}
        self.post_message(self.Loaded(DossierData(dossier, flags_for_records(self.store, ids))))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.loaded = message.data
        d = message.data.dossier
        project = d.project
        name = project.get("name") or "（无名称）"
        self.query_one(NavBar).set_context(f"项目档案：{name}")
        self.query_one("#dossier-title", Static).update(Content.assemble(
            (name, "bold"), "　", (" · ".join(str(x) for x in (project.get("village"), project.get("type"),
                                                                 project.get("code")) if x), "$text-muted"),
        ))
        variants = [n for n in d.contractor_names if n != d.contractor]
        contractor = d.contractor_display or d.contractor or "—"
        if variants:
            contractor += f"（另有写法：{'、'.join(variants[:4])}{'…' if len(variants) > 4 else ''}）"
        totals = d.totals
        paid_share = f"，占 {totals.paid_share:.0%}" if totals.paid_share is not None else ""
        source = project.get("source") or {}
        facts = [
            ("施工单位", contractor),
            ("发包方式", d.procurement or "—"),
            ("状态", d.status or "—"),
            ("资金来源", project.get("funding") or "—"),
            ("已付", f"{format_wan(totals.paid)}{paid_share}" if totals.paid else "未找到付款"),
            ("来源", f"{source.get('file')} / {source.get('sheet')} / 第{source.get('row')}行" if source else "—"),
        ]
        self.query_one("#dossier-facts", Static).update(Content("\n").join(
            Content.assemble((f"{label}：", "$text-muted"), value) for label, value in facts
        ))
        bars = []
        for label, fen in (("预算", totals.budget), ("项目金额", totals.project_amount),
                           ("合同合计", totals.contract_amount or None), ("已付", totals.paid or None)):
            if fen:
                over = label == "已付" and totals.paid_share is not None and totals.paid_share > 1
                bars.append(Bar(label, fen, format_wan(fen), "$error" if over else ""))
        self.query_one("#dossier-amounts", BarList).bars = tuple(bars)
        events = [Content.assemble((f"{event.date.isoformat()}  ", "$text-muted"), event.label,
                                   (f"  {format_wan(event.amount)}" if event.amount else "", "$text-muted"))
                  for event in d.timeline]
        self.query_one("#dossier-timeline", Static).update(Content("\n").join(events) if events else "没有日期")
        self.query_one("#dossier-notes", Static).update(
            Content("\n").join(Content.styled(f"！{cjk_prose(note)}", "$warning") for note in d.notes) if d.notes else ""
        )
        self._rows = {}
        self._fill("#dossier-contracts", d.contracts)
        self._fill("#dossier-payments", d.payments)
        self._fill("#dossier-others", d.other_payments)
        flags = message.data.flags
        self.query_one("#dossier-flags", Static).update(
            Content("\n").join(Content.assemble((f"［{SEVERITY_LABELS.get(str(get(f, 'severity')), '')}］", "$warning"),
                                                str(get(f, "title"))) for f in flags)
            if flags else "没有疑点涉及这个项目及其合同、付款。"
        )

    def _fill(self, selector: str, records: list[Any]) -> None:
        table = self.query_one(selector, DataTable)
        table.clear()
        if not records:
            table.add_row(plain("—"), plain("没有找到", style="dim"), plain(""), plain(""), plain(""))
            return
        for record in records:
            key = f"{selector}:{record.id}"
            self._rows[key] = record.id
            style = "" if record.same_party else "yellow"
            table.add_row(plain(record.date.isoformat() if record.date else ""), plain(record.title, 30),
                          plain(record.counterparty, 18, style=style),
                          right(format_yuan(record.amount) if record.amount is not None else ""),
                          plain(record.reason, 30), key=key)

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        record_id = self._rows.get(str(event.row_key.value))
        if record_id:
            self.post_message(OpenRecord(record_id))

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_open_project(self) -> None:
        self.post_message(OpenRecord(self.project_id))

    def action_add_finding(self) -> None:
        if self.loaded is None:
            return
        d = self.loaded.dossier

        def add(title: str | None) -> None:
            if title:
                self.add_manual_finding(title)

        self.app.push_screen(TextInputDialog("记为问题", "问题标题（可修改）：", value=str(d.project.get("name") or ""),
                                             ok="记入问题清单"), add)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="记入问题清单")
    def add_manual_finding(self, title: str) -> None:
        from xuncha import findings

        assert self.loaded is not None
        d = self.loaded.dossier
        evidence = [self.project_id] + [r.id for r in d.contracts] + [r.id for r in d.payments]
        finding = self.write_patiently(findings.add_manual, self.store, title=title,
                                       village=str(d.project.get("village") or ""),
                                       amount_fen=_yuan_to_fen(d.project.get("amount")), evidence=evidence)
        self.app.call_from_thread(self.notify, f"已记入问题清单第 {finding.id} 号（证据 {len(evidence)} 条）",
                                  title="已记录")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)
