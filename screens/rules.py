"""Provides RulesScreen (规则): the rules, their parameters and sources, coverage, rescan.

The table lists every rule with what the last scan did with it (records
evaluated, flagged, flags, share, and a warning when it fired on more than
20% of what it looked at). The pane explains the selected rule from its
documentation, lists its parameters with the value in force and where the
default comes from, and says which records it could not judge and why.
``r`` runs the rules again in a worker with a progress bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from screens.base import XunchaScreen
from screens.messages import FINDINGS, FLAGS, RULES
from screens.util import SEVERITY_LABELS, cjk_prose, get, plain, right
from screens.widgets.navbar import NavBar
from screens.widgets.progress import ProgressPanel

SECTION_ORDER = ("问题", "方法", "为什么重要", "排除", "示例")


@dataclass
class RuleLine:
    id: str
    name: str
    severity: str
    sections: dict[str, str]
    params: list[tuple[str, Any, str]]
    """(key, value in force, source comment)."""
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass
class RulesData:
    rules: list[RuleLine]
    sources: list[str]
    scanned_at: str
    problem: str = ""
    """Why the rules or their parameters could not be read ('' when they could)."""


def load_rules(store: Any) -> RulesData:
    """The rules with parameters and the last scan's coverage (runs in a worker)."""
    from xuncha import flags as flags_mod
    from xuncha.rules import get_rules
    from xuncha.rules.params import RulesFileError, load_params, param_comments, rules_sources

    problem = ""
    try:
        params = load_params()
        sources = [str(p) for p in rules_sources()]
    except RulesFileError as error:
        params, sources, problem = {}, [], str(error)
    comments = param_comments()
    last = flags_mod.last_scan(store)
    stats = dict(last.stats or {}) if last is not None else {}
    lines = []
    for rule in get_rules():
        values = params.get(rule.id, {})
        lines.append(RuleLine(
            rule.id, rule.name, rule.severity, rule.sections(),
            [(key, values.get(key), comments.get((rule.id, key), "")) for key in rule.params],
            dict(stats.get(rule.id) or {}),
        ))
    scanned = ""
    if last is not None and last.finished_at is not None:
        scanned = f"{last.finished_at:%Y-%m-%d %H:%M}"
    return RulesData(lines, sources, scanned, problem)


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(value_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class RulesScreen(XunchaScreen):
    """规则: each rule's documentation, parameters with sources, last scan coverage; rescan."""

    MODE = "rules"
    WATCHES = frozenset({FLAGS, RULES})
    CSS_PATH = "rules.tcss"
    AUTO_FOCUS = "#rules-table"
    BINDING_GROUP_TITLE = "规则"
    BINDINGS = [
        Binding("r", "rescan", "重新筛查", tooltip="用当前参数对全部记录重新运行规则", id="rules.rescan"),
        Binding("escape", "cancel_scan", "取消筛查", show=False, tooltip="取消正在进行的筛查", id="rules.cancel"),
    ]

    @dataclass
    class Loaded(Message):
        data: RulesData

    @dataclass
    class ScanProgressed(Message):
        done: int
        total: int
        label: str

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, RulesScreen.ScanProgressed)

    @dataclass
    class Scanned(Message):
        result: Any

    def __init__(self) -> None:
        super().__init__()
        self.rules: list[RuleLine] = []

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        yield Static("", id="rules-status", classes="status-line")
        with Horizontal(id="rules-body"):
            yield DataTable(id="rules-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="rules-detail-pane"):
                yield Static("", id="rules-detail")
        yield ProgressPanel(id="rules-progress")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#rules-table", DataTable)
        table.add_column("规则", key="name")
        table.add_column("风险", key="severity")
        table.add_column("检查", key="evaluated")
        table.add_column("命中", key="flagged")
        table.add_column("疑点", key="flags")
        table.add_column("占比", key="share")
        table.add_column("", key="warning")
        self.reload()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="rules", description="读取规则")
    def load(self) -> None:
        self.post_message(self.Loaded(load_rules(self.store)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.rules = message.data.rules
        table = self.query_one("#rules-table", DataTable)
        keep = table.cursor_row
        table.clear()
        for rule in self.rules:
            stats = rule.stats
            evaluated = stats.get("evaluated")
            flagged = stats.get("flagged")
            share = f"{flagged / evaluated:.0%}" if evaluated else ""
            table.add_row(
                plain(rule.name, 20), plain(SEVERITY_LABELS.get(rule.severity, rule.severity)),
                right(f"{evaluated:,}" if evaluated is not None else "—"),
                right(f"{flagged:,}" if flagged is not None else "—"),
                right(f"{stats.get('flags', 0):,}" if stats else "—"), right(share),
                plain("⚠ 过宽" if stats.get("warning") else "", style="bold red"), key=rule.id,
            )
        if self.rules:
            table.move_cursor(row=min(keep, len(self.rules) - 1), animate=False)
            self._show(self.rules[table.cursor_row])
        data = message.data
        if data.problem:
            status = f"规则参数有误：{data.problem}"
        else:
            scanned = f"上次筛查 {data.scanned_at}" if data.scanned_at else "尚未筛查"
            files = " ← ".join(source.rsplit("/", 1)[-1] for source in data.sources)
            status = f"{scanned} · 参数来自 {files} · r 重新筛查"
        self.query_one("#rules-status", Static).update(status)

    @on(DataTable.RowHighlighted, "#rules-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        rule = next((r for r in self.rules if r.id == event.row_key.value), None)
        if rule is not None:
            self._show(rule)

    def _show(self, rule: RuleLine) -> None:
        parts = [Content.assemble((rule.name, "bold"), (f"  {rule.id} · 风险{SEVERITY_LABELS.get(rule.severity, '')}",
                                                          "$text-muted"))]
        for section in SECTION_ORDER:
            text = rule.sections.get(section)
            if text:
                parts += [Content(""), Content.styled(section, "bold $accent"), Content(cjk_prose(text))]
        if rule.params:
            parts += [Content(""), Content.styled("参数（当前值 · 依据）", "bold $accent")]
            for key, value, comment in rule.params:
                parts.append(Content.assemble((f"{key} = ", "$text-muted"), (value_text(value), "bold")))
                if comment:
                    parts.append(Content.styled(f"    {comment}", "$text-muted"))
        stats = rule.stats
        if stats:
            parts += [Content(""), Content.styled("上次筛查", "bold $accent"),
                      Content(f"检查 {stats.get('evaluated', 0):,} 条，命中 {stats.get('flagged', 0):,} 条，"
                              f"疑点 {stats.get('flags', 0):,} 条")]
            for reason, count in (stats.get("not_applicable") or {}).items():
                parts.append(Content.styled(f"无法判断 {count:,} 条：{reason}", "$text-muted"))
            if stats.get("warning"):
                parts.append(Content.styled(str(stats["warning"]), "$error"))
        from xuncha.config import user_rules_file

        parts += [Content(""), Content.styled(f"修改参数：编辑 {user_rules_file()}（只写要改的项），然后按 r 重新筛查。",
                                               "$text-muted italic")]
        self.query_one("#rules-detail", Static).update(Content("\n").join(parts))

    # --- scanning -------------------------------------------------------------------------

    def action_rescan(self) -> None:
        panel = self.query_one("#rules-progress", ProgressPanel)
        if panel.running:
            return
        panel.start("正在筛查…")
        self.run_rescan()

    @work(thread=True, exclusive=True, exit_on_error=False, group="scan", description="筛查")
    def run_rescan(self) -> None:
        from xuncha.scan import run_scan

        worker = get_current_worker()
        result = run_scan(self.store, on_progress=lambda p: self.post_message(
            self.ScanProgressed(int(get(p, "done") or 0), int(get(p, "total") or 0), str(get(p, "label") or ""))),
            cancel=worker.cancelled_event)
        self.post_message(self.Scanned(result))

    @on(ScanProgressed)
    def _progress(self, message: ScanProgressed) -> None:
        panel = self.query_one("#rules-progress", ProgressPanel)
        panel.message = f"正在筛查：{message.label}"
        panel.total = message.total or None
        panel.done = message.done

    @on(ProgressPanel.CancelRequested)
    def action_cancel_scan(self) -> None:
        for worker in self.workers:
            if worker.group == "scan" and worker.is_running:
                worker.cancel()

    def on_worker_state_changed(self, event: Any) -> None:
        from textual.worker import WorkerState

        if event.worker.group == "scan" and event.state in (WorkerState.ERROR, WorkerState.CANCELLED,
                                                            WorkerState.SUCCESS):
            self.query_one("#rules-progress", ProgressPanel).stop()

    @on(Scanned)
    def _scanned(self, message: Scanned) -> None:
        self.query_one("#rules-progress", ProgressPanel).stop()
        result = message.result
        if get(result, "cancelled"):
            self.notify("筛查已取消，保留上一次的结果", severity="warning")
            return
        flags = get(result, "flags") or []
        new = get(result, "new_ids") or set()
        self.notify(f"共 {len(flags)} 条疑点，其中新出现 {len(new)} 条", title="筛查完成")
        for warning in get(result, "warnings") or []:
            self.notify(str(warning), severity="warning", timeout=12)
        self.xapp.data_changed(FLAGS, FINDINGS, RULES)


__all__ = ["RulesScreen"]
