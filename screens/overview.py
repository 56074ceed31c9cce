"""Provides OverviewScreen (总览): the township at a glance.

Villages with their risk index and its parts, record counts by kind, flags
by rule, findings by status, what was imported when and how many rows wait
in the rejected list, and the histogram of amounts around the tiers, where
a cluster just under 10万 shows at a glance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Label, Static

from screens.base import XunchaScreen
from screens.messages import FINDINGS, FLAGS, RECORDS, RULES
from screens.util import cjk_prose, plain, right, rule_label
from screens.widgets.charts import Bar, BarList, TierHistogram
from screens.widgets.navbar import NavBar
from xuncha import browse
from xuncha.models import KIND_LABELS
from xuncha.money import format_wan, format_yuan

if TYPE_CHECKING:
    from xuncha.risk import RiskPart
    from xuncha.store import Store

DEFAULT_TIERS_FEN = (5_000_000, 10_000_000, 20_000_000, 50_000_000)
"""5万, 10万, 20万, 50万: used when the rules file is broken or lists no tiers."""


@dataclass
class VillageLine:
    village: str
    score: float | None
    parts: str
    flags: int
    amount: int
    records: int
    level: str = ""


@dataclass
class OverviewData:
    """Everything the overview shows, read in one worker."""

    counts: dict[str, int]
    villages: list[VillageLine]
    flags_by_rule: list[tuple[str, int, str]]
    """(rule's short name, flag count, severity)."""
    findings_by_status: list[tuple[str, int]]
    batches: list[tuple[int, str, str, int, int, str]]
    """(batch id, imported at, file, records, rejected, by), newest first."""
    rejected: int
    amounts: list[int] = field(default_factory=list)
    tiers: tuple[int, ...] = DEFAULT_TIERS_FEN
    scanned: str = ""
    formula: str = ""
    """How the risk index is computed, shown under the table."""


def rule_names() -> dict[str, tuple[str, str]]:
    """rule id -> (Chinese name, severity), from the rules registry."""
    # The core modules are imported inside these functions, which run in workers: this screen
    # loads before the first frame, and importing them there would add ~45 ms to it (PERF.md §7).
    from xuncha.rules import get_rules

    return {rule.id: (rule.name, rule.severity) for rule in get_rules()}


def tiers_fen() -> tuple[int, ...]:
    """The amount tiers from the rules parameters (threshold_hugging.tiers_yuan), in fen."""
    # Not at start-up: see rule_names.
    from xuncha.rules import RulesFileError, load_params

    try:
        params = load_params()
    except RulesFileError:
        # The user's rules.toml is broken: the rules screen names the error; the histogram keeps the default tiers.
        return DEFAULT_TIERS_FEN
    tiers = params["threshold_hugging"]["tiers_yuan"]
    return tuple(int(float(t) * 100) for t in tiers) if tiers else DEFAULT_TIERS_FEN


def load_overview(store: Store) -> OverviewData:
    """Read the overview from the store (runs in a worker thread)."""
    # Not at start-up: see rule_names.
    from xuncha.findings import STATUSES, list_findings
    from xuncha.flags import current_flags, last_scan
    from xuncha.risk import FORMULA, village_risk

    counts = store.counts()
    per_village = browse.village_record_counts(store)
    flags = current_flags(store)
    names = rule_names()
    by_rule: Counter[str] = Counter(f.rule for f in flags)
    # The short names: the bars get a third of the column for their labels, which cut the full
    # ones (村干部及其亲属关联交易（优亲厚友）) to a few characters even at 120 columns.
    flags_by_rule = sorted(
        ((rule_label(rule, names.get(rule, (rule, ""))[0]), n, names.get(rule, ("", ""))[1])
         for rule, n in by_rule.items()),
        key=lambda item: -item[1],
    )
    village_flags: Counter[str] = Counter(f.village for f in flags)
    # The risk index counts each set of evidence records once (a contract caught by
    # 化整为零, 卡线 and 应招未招 is one amount); the table shows the same figure.
    village_amounts: Counter[str] = Counter()
    scores: dict[str, tuple[float, str]] = {}
    levels: dict[str, str] = {}
    for line in village_risk(store):
        scores[line.village] = (line.score, _parts_text(line.parts))
        levels[line.village] = line.level
        village_amounts[line.village] = line.amount
    villages = sorted(set(per_village) | set(village_flags) | set(scores) - {""})
    lines = [
        VillageLine(v, scores.get(v, (None, ""))[0], scores.get(v, (None, ""))[1], village_flags.get(v, 0),
                    village_amounts.get(v, 0), sum(per_village.get(v, {}).values()), levels.get(v, ""))
        for v in villages if v and v != browse.EMPTY
    ]
    lines.sort(key=lambda line: (-(line.score or 0), -line.flags, line.village))
    found = Counter(f.status for f in list_findings(store))
    statuses = [(label, found.get(status, 0)) for status, label in STATUSES.items()]
    sheets_by_batch: dict[int, list[Any]] = {}
    for sheet in store.batch_sheets():
        sheets_by_batch.setdefault(sheet.batch_id, []).append(sheet)
    batches = [
        (b.id, f"{b.imported_at:%m-%d %H:%M}", b.file_name,
         sum(s.imported for s in sheets_by_batch.get(b.id, [])),
         sum(s.rejected for s in sheets_by_batch.get(b.id, [])), b.imported_by)
        for b in reversed(store.batches())
    ]
    tiers = tiers_fen()
    last = last_scan(store)
    scanned = str(last.finished_at)[:16] if last is not None and last.finished_at else ""
    return OverviewData(
        counts=counts, villages=lines, flags_by_rule=flags_by_rule, findings_by_status=statuses,
        batches=batches, rejected=len(store.issues("rejected")),
        amounts=browse.amounts_near_tiers(store, tiers), tiers=tiers, scanned=scanned, formula=FORMULA,
    )


PART_UNITS = {"amount": "万"}
PARTS_HEADER = "构成：疑点分·金额·规则数"
"""The 构成 column's header; its cells give the values only ('13 · 99.8万 · 4'), so that the column
fits beside the others at 80 columns and in the left half at 120 (the labels in every cell cut it)."""


def _parts_text(parts: list[RiskPart]) -> str:
    """'13 · 99.8万 · 4' (疑点分, 金额 in 万, 规则数) from a village's risk index parts."""
    out = []
    for part in parts:
        value = f"{part.value:.1f}".removesuffix(".0")
        out.append(f"{value}{PART_UNITS.get(part.key, '')}")
    return " · ".join(out)


class OverviewScreen(XunchaScreen):
    """总览: villages by risk, what was imported, flags and findings at a glance."""

    MODE = "overview"
    WATCHES = frozenset({RECORDS, FLAGS, FINDINGS, RULES})
    CSS_PATH = "overview.tcss"
    AUTO_FOCUS = "#overview-villages"
    BINDING_GROUP_TITLE = "总览"
    BINDINGS = [
        Binding("enter", "open_village", "看该村疑点", tooltip="打开所选村的疑点", id="overview.village"),
        Binding("r", "reload", "刷新", tooltip="重新读取总览", id="overview.reload"),
        Binding("delete", "remove_batch", "删除批次", tooltip="删除所选导入批次及其全部记录（问题清单保留）",
                id="overview.remove_batch"),
    ]

    @dataclass
    class Loaded(Message):
        """The overview was read from the store."""

        data: OverviewData

    @dataclass
    class BatchRemoved(Message):
        """A batch was removed here and the flags scanned again."""

        text: str
        relinked: str
        left_behind: str = ""
        """Findings whose clue is no longer among the flags (its rows changed or went with the batch)."""

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        with VerticalScroll(id="overview-body"):
            yield Static("", id="overview-counts")
            with Horizontal(id="overview-columns"):
                with Vertical(id="overview-left"):
                    yield Label("各村清廉风险指数", classes="section-title")
                    yield DataTable(id="overview-villages", cursor_type="row", zebra_stripes=True)
                    yield Static("", id="overview-formula", classes="hint")
                    yield Label("导入记录", classes="section-title")
                    yield DataTable(id="overview-batches", cursor_type="row")
                    yield Static("", id="overview-rejected", classes="hint")
                with Vertical(id="overview-right"):
                    yield Label("疑点（按规则）", classes="section-title")
                    yield BarList(id="overview-flags", label_width=22, empty_text="尚未筛查，或没有疑点（按 7 到规则页筛查）")
                    yield Label("问题清单（按状态）", classes="section-title")
                    yield BarList(id="overview-findings", empty_text="问题清单为空")
                    yield Label("金额离门槛有多近（笔数；红色为 90%–100%）", classes="section-title")
                    yield TierHistogram(id="overview-histogram")
        yield Footer()

    def on_mount(self) -> None:
        villages = self.query_one("#overview-villages", DataTable)
        villages.add_columns("村", "风险指数", "疑点", "涉及金额", "记录", PARTS_HEADER)
        batches = self.query_one("#overview-batches", DataTable)
        # 批次 first: the import names "批次 9" when a corrected copy comes in, and the removal asks
        # about "导入批次 9"; the time without its year makes the room at 80 and 120 columns.
        batches.add_columns("批次", "导入时间", "文件", "记录", "拒收", "导入人")
        self.reload()

    def reload(self) -> None:
        self.load()

    def action_reload(self) -> None:
        self.reload()

    @work(thread=True, exclusive=True, exit_on_error=False, group="overview", description="读取总览")
    def load(self) -> None:
        self.post_message(self.Loaded(load_overview(self.store)))

    EMPTY_STORE_HINT = ("数据库里还没有记录：按 2 到「导入」页，选择台账文件或整个文件夹后按 i 导入；"
                        "想先看看效果，可退出后运行 xuncha demo 打开示例乡镇")

    REMOVE_HINT = "Tab 移到导入记录，选中导错或已被修正版取代的批次按 Delete 删除"
    """Under the imports table: Delete works there only, and the footer shows it only once the table has the focus."""

    loaded_once = False
    """Set when the overview first showed its data (the start-up benchmark waits for it)."""

    @on(Loaded)
    def _show(self, message: Loaded) -> None:
        self.loaded_once = True
        loaded = message.data
        counts = "  ".join(f"{KIND_LABELS[k]} {n:,}" for k, n in loaded.counts.items())
        total = sum(loaded.counts.values())
        scanned = f"    最近筛查：{loaded.scanned}" if loaded.scanned else ""
        self.query_one("#overview-counts", Static).update(
            f"记录 {total:,} 条：{counts}{scanned}" if total else self.EMPTY_STORE_HINT)
        table = self.query_one("#overview-villages", DataTable)
        table.clear()
        for line in loaded.villages:
            score = f"{line.score:.0f} {line.level}".strip() if line.score is not None else "—"
            style = {"较高": "bold red", "中等": "yellow"}.get(line.level, "")
            table.add_row(plain(line.village, 10), plain(score, style=style), right(str(line.flags)),
                          right(format_wan(line.amount) if line.amount else ""), right(f"{line.records:,}"),
                          plain(line.parts), key=line.village)
        self.query_one("#overview-formula", Static).update(loaded.formula)
        batches = self.query_one("#overview-batches", DataTable)
        batches.clear()
        for batch_id, at, name, imported, rejected, by in loaded.batches:
            batches.add_row(right(str(batch_id)), plain(at), plain(name, 26), right(f"{imported:,}"),
                            right(str(rejected) if rejected else "", style="bold red"), plain(by, 8),
                            key=str(batch_id))
        hints = [f"有 {loaded.rejected:,} 行未能导入，等待核对（按 2 到「导入」页查看原因）" if loaded.rejected else "",
                 self.REMOVE_HINT if loaded.batches else ""]
        self.query_one("#overview-rejected", Static).update("\n".join(hint for hint in hints if hint))
        self.query_one("#overview-flags", BarList).bars = tuple(
            Bar(name, n, str(n), "$error" if severity == "high" else "") for name, n, severity in loaded.flags_by_rule
        )
        self.query_one("#overview-findings", BarList).bars = tuple(
            Bar(label, n, str(n)) for label, n in loaded.findings_by_status
        ) if any(n for _, n in loaded.findings_by_status) else ()
        self._show_histogram(loaded)

    def _show_histogram(self, loaded: OverviewData) -> None:
        plot = self.query_one("#overview-histogram", TierHistogram)
        tiers = "、".join(format_wan(t) for t in loaded.tiers)
        plot.set_data(loaded.amounts, loaded.tiers)
        plot.tooltip = f"门槛：{tiers}；共 {len(loaded.amounts)} 笔金额落在门槛的 70%–110%"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_village":  # ⏎ 看该村疑点 in the footer only on the villages table
            return self.is_mounted and self.query_one("#overview-villages", DataTable).has_focus
        if action == "remove_batch":  # Delete 删除批次 only on the imports table
            return self.is_mounted and self.query_one("#overview-batches", DataTable).has_focus
        return True

    # --- removing a batch ------------------------------------------------------------

    def action_remove_batch(self) -> None:
        """Ask, then remove the highlighted batch (a wrong file, or the old copy of a corrected one)."""
        from screens.dialogs.confirm import ConfirmDialog
        from xuncha.findings import batch_evidence_text, findings_on_batch

        table = self.query_one("#overview-batches", DataTable)
        if not table.has_focus or table.row_count == 0:
            return
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        _, _, file, records, *_ = (str(cell) for cell in table.get_row(row_key))
        batch_id = int(str(row_key.value))
        message = (f"将删除“{file}”导入的 {records.strip()} 条记录和它未能导入的行，然后重新筛查疑点。"
                   "问题清单里的问题、备注和证据快照都保留；文件以后可以再次导入。")
        resting = batch_evidence_text(findings_on_batch(self.store, batch_id))
        if resting:
            message += f"\n{resting}。"
        self.app.push_screen(ConfirmDialog(f"删除导入批次 {batch_id}？", cjk_prose(message), yes="删除"),
                             lambda yes: self._remove_batch(batch_id, file) if yes else None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="remove-batch", description="删除导入批次")
    def _remove_batch(self, batch_id: int, file: str) -> None:
        from xuncha.findings import relinked_text, stranded_text
        from xuncha.scan import run_scan

        if not self.write_patiently(self.store.remove_batch, batch_id):
            self.post_message(self.BatchRemoved(f"批次 {batch_id} 已不在数据库中（可能已被另一个程序删除）", ""))
            return
        # The scan first brings counterparties and the search index up to date (refresh_if_stale).
        result = self.write_patiently(run_scan, self.store)
        self.post_message(self.BatchRemoved(f"已删除导入批次 {batch_id}（{file}）并重新筛查：共 {len(result.flags)} 条疑点",
                                            relinked_text(result.relinked) if result.relinked else "",
                                            stranded_text(result.stranded) if result.stranded else ""))

    @on(BatchRemoved)
    def _batch_removed(self, message: BatchRemoved) -> None:
        # One notice: at 80×24 the toast rack shows two at most, and a third (the findings to look at
        # again) was never seen.
        parts = [message.text, message.relinked, f"请重新核看：{message.left_behind}" if message.left_behind else ""]
        self.notify("\n".join(cjk_prose(part) for part in parts if part), title="删除导入批次",
                    severity="warning" if message.left_behind else "information",
                    timeout=20 if message.left_behind else 12 if message.relinked else 5)
        self.xapp.data_changed(RECORDS, FLAGS, FINDINGS, RULES)

    def action_open_village(self) -> None:
        table = self.query_one("#overview-villages", DataTable)
        if not table.has_focus or table.row_count == 0:
            return
        village = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        self.xapp.action_goto("flags")
        self.app.call_after_refresh(lambda: self.app.screen.run_action(f"show_village({village!r})"))

    @on(DataTable.RowSelected, "#overview-villages")
    def _village_selected(self) -> None:
        self.action_open_village()


__all__ = ["OverviewScreen", "load_overview", "format_yuan"]
