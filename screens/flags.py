"""Provides FlagsScreen (疑点): the clues of the last scan, grouped by rule and village.

A tree on the left groups the flags by rule (by a short name that fits an
80-column screen) and then by village; ``b`` hides it to give the table the
whole width. The table lists the flags of the selected group, their titles cut
to what the other columns leave; the pane below explains the selected
flag in plain Chinese (what the rule catches and why it matters, then what
was seen), lists its evidence rows with their source, and draws the picture
that makes the clue obvious (amounts piling up under a tier, one contractor's
share of a village's works, spending by month).

``a`` turns the flag into a finding in the notebook; ``x`` dismisses it with
a reason (kept, so the next scan does not raise it again as new).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Footer, Label, Static, Tree

from screens.base import XunchaScreen
from screens.dialogs import TextInputDialog
from screens.messages import FINDINGS, FLAGS, RECORDS, OpenDossier, OpenRecord
from screens.util import SEVERITY_LABELS, SEVERITY_ORDER, cjk_prose, plain, right, rule_label
from screens.widgets.charts import Bar, BarList, TierHistogram, truncate_cells
from screens.widgets.fitted_table import FittedTable
from screens.widgets.navbar import NavBar
from xuncha import browse
from xuncha.money import format_wan, format_yuan

if TYPE_CHECKING:
    from xuncha.store import Store

TIER_RULES = {"threshold_hugging", "split_contract", "method_below_required"}
SHARE_RULES = {"repeat_vendor", "related_party", "payee_mismatch"}
MONTH_RULES = {"overpayment", "duplicate_payment", "large_cash", "white_slip"}

FLAG_STATES = {"open": "已转问题", "confirmed": "已核实", "referred": "已移交", "dismissed": "已排除"}
"""How a flag's finding status shows in the 处理 column."""

VILLAGE_LABEL_WIDTH = 10
"""Cells of a village's name in the tree; a longer one is cut with '…' (the status line names it in full)."""
VILLAGE_WIDTH = 8
"""Cells of the 村 column of the table."""
TITLE_MIN = 12
"""The 疑点 column never gets narrower than this, even when the other columns leave less."""
EVIDENCE_COLUMNS = ("类型", "名称/摘要", "往来单位", "金额(元)", "日期", "来源")
EVIDENCE_LAYOUTS: tuple[tuple[tuple[str, ...], dict[str, int]], ...] = (
    (EVIDENCE_COLUMNS, {"名称/摘要": 20, "往来单位": 12, "来源": 40}),
    (("类型", "名称/摘要", "往来单位", "金额(元)", "来源"), {"名称/摘要": 16, "往来单位": 10, "来源": 36}),
    (("类型", "名称/摘要", "金额(元)", "来源"), {"名称/摘要": 12, "来源": 16}),
)
"""The evidence columns from the widest pane to the narrowest, each with the least cells its text
columns need: the first that fits is shown. The source comes first when the room is shared out."""
EVIDENCE_TITLE_MAX, EVIDENCE_PARTY_MAX = 30, 16


def short_title(flag: FlagRow) -> str:
    """The flag's title without its leading village name, which the 村 column beside it already shows."""
    if flag.village and flag.title.startswith(flag.village + " "):
        return flag.title[len(flag.village) + 1:]
    return flag.title


def cut_source(text: str, width: int) -> str:
    """'file / sheet / 第N行' cut to ``width`` cells by shortening the file name, so that the sheet and
    row an inspector must find stay readable; failing that, its end with '…' in front."""
    if cell_len(text) <= width:
        return text
    head, sep, tail = text.partition(" / ")
    if sep and cell_len(sep + tail) + 2 <= width:
        return truncate_cells(head, width - cell_len(sep + tail)) + sep + tail
    out: list[str] = []
    used = 0
    for char in reversed(text):
        if used + cell_len(char) > width - 1:
            break
        out.append(char)
        used += cell_len(char)
    return "…" + "".join(reversed(out))


def share_out(free: int, columns: list[tuple[int, int]]) -> list[int]:
    """Widths for columns given as (least, whole) cells in order of priority: each gets its least,
    then what is left goes to the first up to its whole, then to the next."""
    widths = [least for least, _ in columns]
    left = free - sum(widths)
    for index, (least, whole) in enumerate(columns):
        more = max(0, min(left, whole - least))
        widths[index] += more
        left -= more
    return widths


@dataclass
class RuleInfo:
    """What the screen says about a rule."""

    id: str
    name: str
    severity: str = ""
    summary: str = ""
    why: str = ""


@dataclass
class FlagRow:
    """A flag as the screen shows it."""

    id: str
    rule: str
    severity: str
    village: str
    title: str
    detail: str
    amount: int | None
    records: list[dict[str, Any]]
    state: str = ""
    """'' (not handled), or the status of the finding made from it."""
    finding_id: int | None = None


@dataclass
class FlagsData:
    flags: list[FlagRow]
    rules: dict[str, RuleInfo]


def rule_infos() -> dict[str, RuleInfo]:
    # The core modules are imported inside the functions that run in workers: this screen loads
    # before the first frame, and importing them at module level would add ~45 ms to it (PERF.md §7).
    from screens.rules import param_label, readable
    from xuncha.rules import get_rules
    from xuncha.rules.params import RulesFileError, load_params

    try:
        params = load_params()
    except RulesFileError:  # the rules page says why; here the names of the parameters will do
        params = {}
    out: dict[str, RuleInfo] = {}
    for rule in get_rules():
        sections = rule.sections()
        summary = rule.summary()
        # As the rules page shows it: a parameter's value in force, not its name in reST literals (``tolerance``).
        values = params.get(rule.id, {})
        labels = {key: param_label(rule.id, key, sections.get("参数", "")) for key in rule.params}
        out[rule.id] = RuleInfo(rule.id, rule.name, rule.severity,
                                readable(sections.get("问题", summary) or summary, values, labels),
                                readable(sections.get("为什么重要", ""), values, labels))
    return out


def load_flags(store: Store) -> FlagsData:
    """Current flags with their finding state (runs in a worker)."""
    # Not at start-up: see rule_infos.
    from xuncha.findings import flag_status_map
    from xuncha.flags import current_flags

    states = flag_status_map(store)
    rows = []
    for flag in current_flags(store):
        finding = states.get(flag.id)
        rows.append(FlagRow(
            id=flag.id, rule=flag.rule, severity=flag.severity, village=flag.village, title=flag.title,
            detail=flag.detail, amount=flag.amount, records=list(flag.records),
            state=finding.status if finding is not None else "", finding_id=finding.id if finding is not None else None,
        ))
    rows.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule, f.village, -(f.amount or 0)))
    return FlagsData(rows, rule_infos())


@dataclass
class EvidenceRow:
    kind: str
    id: str
    title: str
    amount: int | None
    date: str
    counterparty: str
    source: str
    found: bool = True


def load_evidence(store: Any, refs: list[dict[str, Any]]) -> list[EvidenceRow]:
    from xuncha.models import COUNTERPARTY_FIELD, DATE_FIELD

    out = []
    for ref in refs:
        kind, record_id = str(ref.get("kind")), str(ref.get("id"))
        row = browse.record_row(store, kind, record_id) if kind in browse.KIND_LABELS else None
        if row is None:
            out.append(EvidenceRow(kind, record_id, "（记录已不在库中）", None, "", "",
                                   browse.source_text(ref.get("source")), False))
            continue
        date = row.get(DATE_FIELD.get(kind, ""))
        out.append(EvidenceRow(kind, record_id, browse.record_title_of(kind, row), row.get("amount"),
                               date.isoformat() if date else "", str(row.get(COUNTERPARTY_FIELD.get(kind, "")) or ""),
                               browse.source_text(browse.row_source(row))))
    return out


@dataclass
class ChartData:
    rule: str
    village: str
    amounts: list[int] = field(default_factory=list)
    tiers: tuple[int, ...] = ()
    shares: list[tuple[str, int, int]] = field(default_factory=list)
    months: list[tuple[str, int]] = field(default_factory=list)


def load_chart(store: Any, rule: str, village: str) -> ChartData:
    from screens.overview import tiers_fen

    chart = ChartData(rule, village)
    if rule in TIER_RULES:
        chart.tiers = tiers_fen()
        chart.amounts = _village_amounts(store, village, chart.tiers)
    elif rule in SHARE_RULES:
        chart.shares = browse.counterparty_shares(store, village or None)
    elif rule in MONTH_RULES:
        chart.months = browse.spending_by_month(store, village or None)
    return chart


def _village_amounts(store: Any, village: str, tiers: tuple[int, ...]) -> list[int]:
    from sqlalchemy import and_, or_, select

    from xuncha.models import RECORD_MODELS

    out: list[int] = []
    with store.engine.connect() as connection:
        for kind in ("project", "contract", "payment"):
            table = RECORD_MODELS[kind].__table__  # type: ignore[attr-defined]
            clauses = [and_(table.c.amount >= int(t * 0.7), table.c.amount < int(t * 1.1)) for t in tiers]
            statement = select(table.c.amount).where(or_(*clauses))
            if village:
                statement = statement.where(table.c.village == village)
            out.extend(int(row[0]) for row in connection.execute(statement))
    return out


class FlagsScreen(XunchaScreen):
    """疑点: flags by rule and village, each explained, with evidence; make a finding or dismiss."""

    MODE = "flags"
    WATCHES = frozenset({FLAGS, FINDINGS, RECORDS})
    CSS_PATH = "flags.tcss"
    AUTO_FOCUS = "#flags-table"
    BINDING_GROUP_TITLE = "疑点"
    BINDINGS = [
        Binding("a", "make_finding", "记为问题", tooltip="把选中的疑点记入问题清单（待核实）", id="flags.finding"),
        Binding("x", "dismiss_flag", "排除", tooltip="排除选中的疑点，需填写理由；重新筛查也不再列为新疑点",
                id="flags.dismiss"),
        Binding("h", "toggle_handled", "隐藏已处理", tooltip="隐藏或显示已记为问题、已排除的疑点", id="flags.handled"),
        Binding("e", "evidence", "证据", tooltip="移到证据行；Enter 打开记录", id="flags.evidence"),
        Binding("t", "tree", "分组", show=False, tooltip="移到左侧的规则/村分组", id="flags.tree"),
        Binding("b", "toggle_tree", "分组栏", tooltip="隐藏或显示左侧的规则/村分组（隐藏后疑点表更宽）",
                id="flags.tree.toggle"),
    ]

    @dataclass
    class Loaded(Message):
        data: FlagsData

    @dataclass
    class EvidenceLoaded(Message):
        flag_id: str
        rows: list[EvidenceRow]

    @dataclass
    class ChartLoaded(Message):
        chart: ChartData

    def __init__(self) -> None:
        super().__init__()
        self.flags: list[FlagRow] = []
        self.rules: dict[str, RuleInfo] = {}
        self.group: tuple[str | None, str | None] = (None, None)
        """(rule, village) shown in the table; None means all."""
        self.hide_handled = False
        self._shown: list[FlagRow] = []
        self._evidence: list[EvidenceRow] = []
        self._chart_key: tuple[str, str] | None = None
        self._pending_cursor: str | None = None
        self._fitted_width = 0
        """The table width the titles were last cut for."""
        self._evidence_width = 0
        """The evidence table width its cells were last cut for."""

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        with Horizontal(id="flags-body"):
            yield Tree("全部疑点", id="flags-tree")
            with Vertical(id="flags-main"):
                yield Static("", id="flags-status", classes="status-line")
                yield FittedTable(id="flags-table", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="flags-detail"):
                    yield Static("", id="flags-explain")
                    yield Label("证据（Enter 打开记录）", classes="section-title")
                    yield FittedTable(id="flags-evidence", cursor_type="row")
                    yield Vertical(id="flags-chart")
        yield Footer()

    def on_mount(self) -> None:
        self._add_columns(self.query_one("#flags-table", DataTable))
        self.query_one("#flags-evidence", DataTable).add_columns(*EVIDENCE_COLUMNS)
        tree = self.query_one("#flags-tree", Tree)
        tree.show_root = True
        # Two cells of guide a level instead of four: the room goes to the rule's name.
        tree.guide_depth = 2
        self.reload()

    @staticmethod
    def _add_columns(table: DataTable[Any]) -> None:
        for label, key in (("风险", "severity"), ("村", "village"), ("处理", "state"), ("疑点", "title"),
                           ("金额(元)", "amount")):
            table.add_column(label, key=key)

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="flags", description="读取疑点")
    def load(self) -> None:
        self.post_message(self.Loaded(load_flags(self.store)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.flags = message.data.flags
        self.rules = message.data.rules
        self._build_tree()
        self._fill_table()

    def _rule_name(self, rule: str) -> str:
        info = self.rules.get(rule)
        return info.name if info else rule

    def _build_tree(self) -> None:
        tree: Tree[tuple[str | None, str | None]] = self.query_one("#flags-tree", Tree)
        tree.clear()
        tree.root.data = (None, None)
        tree.root.set_label(Text(f"全部疑点（{len(self.flags)}）"))
        by_rule: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for flag in self.flags:
            by_rule[flag.rule][flag.village] += 1
        order = sorted(by_rule, key=lambda r: (SEVERITY_ORDER.get(self.rules[r].severity, 9)
                                                if r in self.rules else 9, -sum(by_rule[r].values())))
        # The counts as wide as the largest needs, not a fixed two cells: the rest is the name's.
        digits = len(str(max((sum(v.values()) for v in by_rule.values()), default=0)))
        for rule in order:
            villages = by_rule[rule]
            label = Text.assemble((f"{sum(villages.values()):>{digits}} ", "dim"),
                                  rule_label(rule, self._rule_name(rule)))
            node = tree.root.add(label, data=(rule, None), expand=self.group[0] == rule)
            for village, n in sorted(villages.items(), key=lambda item: (-item[1], item[0])):
                node.add_leaf(Text.assemble((f"{n:>{digits}} ", "dim"),
                                            truncate_cells(village or browse.EMPTY, VILLAGE_LABEL_WIDTH)),
                              data=(rule, village))
        tree.root.expand()

    def _visible(self) -> list[FlagRow]:
        rule, village = self.group
        return [f for f in self.flags
                if (rule is None or f.rule == rule) and (village is None or f.village == village)
                and not (self.hide_handled and f.state)]

    def _fill_table(self, keep: str | None = None) -> None:
        table = self.query_one("#flags-table", DataTable)
        keep = keep or self._current_id()
        # Columns only ever grow to fit their cells; start them afresh so that titles cut shorter
        # for a narrower table really give the room back to 金额.
        table.clear(columns=True)
        self._add_columns(table)
        self._shown = self._visible()
        title_width = self._title_width(self._shown)
        self._fitted_width = table.size.width
        for flag in self._shown:
            severity = SEVERITY_LABELS.get(flag.severity, flag.severity)
            style = {"high": "bold red", "medium": "yellow"}.get(flag.severity, "")
            state = FLAG_STATES.get(flag.state, "") if flag.state else ""
            table.add_row(plain(severity, style=style), plain(flag.village, VILLAGE_WIDTH),
                          plain(state, style="dim" if flag.state == "dismissed" else "green"),
                          plain(short_title(flag), title_width),
                          right(format_yuan(flag.amount) if flag.amount is not None else ""),
                          key=flag.id)
        ids = [f.id for f in self._shown]
        if keep in ids:
            table.move_cursor(row=ids.index(keep), animate=False)
        rule, village = self.group
        where = " · ".join(x for x in (self._rule_name(rule) if rule else "全部规则", village or "") if x)
        handled = sum(1 for f in self.flags if f.state)
        hidden = "（已隐藏已处理的）" if self.hide_handled else ""
        self.query_one("#flags-status", Static).update(
            # The keys (a 记为问题, x 排除) are in the footer: here the room goes to the group's full name.
            f"{where}：{len(self._shown)} 条疑点{hidden} · 全部 {len(self.flags)} 条，已处理 {handled} 条"
        )
        if not self._shown:
            self.query_one("#flags-explain", Static).update(
                "没有疑点。请先在「规则」页（按 7）运行筛查，或在左侧选择其他分组。" if not self.flags else "这个分组没有疑点。"
            )
            self.query_one("#flags-evidence", DataTable).clear()
        else:
            self._show_flag(self._current_id() or self._shown[0].id)

    def _title_width(self, shown: list[FlagRow]) -> int:
        """How wide the 疑点 column may be so that every other column, 金额 last, shows in full.

        The table is as wide as the space beside the group tree (the whole screen when
        the tree is hidden); the titles give way, not the amounts. The pane below the
        table shows the selected flag's whole title.
        """
        table = self.query_one("#flags-table", DataTable)
        if not table.size.width:
            return 44
        others = [
            max([cell_len("风险")] + [cell_len(SEVERITY_LABELS.get(f.severity, f.severity)) for f in shown]),
            max([cell_len("村")] + [cell_len(truncate_cells(f.village, VILLAGE_WIDTH)) for f in shown]),
            max([cell_len("处理")] + [cell_len(FLAG_STATES.get(f.state, "")) for f in shown if f.state]),
            max([cell_len("金额(元)")] + [len(format_yuan(f.amount)) for f in shown if f.amount is not None]),
        ]
        padding = 2 * table.cell_padding * (len(others) + 1)
        scrollbar = table.styles.scrollbar_size_vertical
        return max(TITLE_MIN, table.size.width - sum(others) - padding - scrollbar)

    @on(FittedTable.Resized, "#flags-table")
    def _refit(self) -> None:
        """Cut the titles again when the table's width changed (terminal resized, tree shown or hidden)."""
        table = self.query_one("#flags-table", DataTable)
        if self.flags and table.size.width != self._fitted_width:
            self._fill_table()

    def _current_id(self) -> str | None:
        table = self.query_one("#flags-table", DataTable)
        if table.row_count == 0:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def _current(self) -> FlagRow | None:
        current = self._current_id()
        return next((f for f in self._shown if f.id == current), None)

    # --- selection ------------------------------------------------------------------------

    @on(Tree.NodeHighlighted, "#flags-tree")
    def _group_chosen(self, event: Tree.NodeHighlighted) -> None:
        if not event.control.has_focus:
            return  # the tree being rebuilt, not the user choosing a group
        group = event.node.data or (None, None)
        if group != self.group:
            self.group = group
            self._fill_table()

    @on(Tree.NodeSelected, "#flags-tree")
    def _group_selected(self) -> None:
        self.query_one("#flags-table", DataTable).focus()

    def show_village(self, village: str) -> None:
        """Show one village's flags of every rule (the overview's Enter on a village)."""
        self.group = (None, village)
        self._fill_table()

    def action_show_village(self, village: str) -> None:
        self.show_village(village)

    @on(DataTable.RowHighlighted, "#flags-table")
    def _flag_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self._show_flag(str(event.row_key.value))

    @on(DataTable.RowSelected, "#flags-table")
    def _flag_selected(self) -> None:
        self.action_evidence()

    def _show_flag(self, flag_id: str) -> None:
        flag = next((f for f in self.flags if f.id == flag_id), None)
        if flag is None:
            return
        info = self.rules.get(flag.rule, RuleInfo(flag.rule, flag.rule))
        parts = [
            Content.styled(flag.title, "bold"),
            Content.assemble(("规则：", "$text-muted"), info.name, ("　风险：", "$text-muted"),
                             SEVERITY_LABELS.get(flag.severity, flag.severity), ("　村：", "$text-muted"),
                             flag.village or browse.EMPTY,
                             ("　涉及金额：", "$text-muted"), format_wan(flag.amount) if flag.amount else "—"),
        ]
        if flag.detail:
            parts += [Content(""), Content(cjk_prose(flag.detail))]
        if info.summary:
            parts += [Content(""), Content.styled("这条规则找什么", "bold $accent"), Content(cjk_prose(info.summary))]
        if info.why:
            parts += [Content.styled("为什么值得核实", "bold $accent"), Content(cjk_prose(info.why))]
        if flag.state:
            parts += [Content(""), Content.styled(f"已处理：{FLAG_STATES.get(flag.state, flag.state)}（问题清单第 "
                                                 f"{flag.finding_id} 号）", "$success")]
        parts.append(Content.styled("疑点只是线索，需要核实原始凭证和情况后才能下结论。", "$text-muted italic"))
        self.query_one("#flags-explain", Static).update(Content("\n").join(parts))
        self.load_evidence(flag.id, flag.records)
        key = (flag.rule, flag.village)
        if key != self._chart_key:
            self._chart_key = key
            self.load_chart(flag.rule, flag.village)

    @work(thread=True, exclusive=True, exit_on_error=False, group="flags-evidence", description="读取证据")
    def load_evidence(self, flag_id: str, refs: list[dict[str, Any]]) -> None:
        self.post_message(self.EvidenceLoaded(flag_id, load_evidence(self.store, refs)))

    @on(EvidenceLoaded)
    def _evidence_loaded(self, message: EvidenceLoaded) -> None:
        if message.flag_id != self._current_id():
            return
        self._evidence = message.rows
        self._fill_evidence()

    def _fill_evidence(self) -> None:
        """The evidence rows, cut to the pane's width so that the source (file / sheet / row) shows.

        When the pane is too narrow for all six columns, 日期 and then 往来单位 give way: the
        flag's text above names them, and Enter opens the whole record.
        """
        table = self.query_one("#flags-evidence", DataTable)
        rows = self._evidence
        self._evidence_width = table.size.width
        cells = {
            "类型": [browse.kind_label(row.kind) for row in rows],
            "名称/摘要": [row.title for row in rows],
            "往来单位": [row.counterparty for row in rows],
            "金额(元)": [format_yuan(row.amount) if row.amount is not None else "" for row in rows],
            "日期": [row.date for row in rows],
            "来源": [row.source for row in rows],
        }
        whole = {name: max([cell_len(name)] + [cell_len(cell) for cell in column]) for name, column in cells.items()}
        whole["名称/摘要"] = min(whole["名称/摘要"], EVIDENCE_TITLE_MAX)
        whole["往来单位"] = min(whole["往来单位"], EVIDENCE_PARTY_MAX)
        # The pane's height holds about ten rows; more, and the table's own scrollbar takes room.
        scrollbar = table.styles.scrollbar_size_vertical if len(rows) > 10 else 0
        width = (table.size.width or 200) - scrollbar
        for columns, least in EVIDENCE_LAYOUTS:
            flexible = [name for name in ("来源", "名称/摘要", "往来单位") if name in columns]
            free = width - sum(whole[n] for n in columns if n not in flexible) - 2 * table.cell_padding * len(columns)
            wanted = [(min(least[n], whole[n]), whole[n]) for n in flexible]
            if free >= sum(low for low, _ in wanted):
                break
        widths = dict(whole, **dict(zip(flexible, share_out(free, wanted))))
        table.clear(columns=True)
        table.add_columns(*columns)
        for index, row in enumerate(rows):
            line = {
                "类型": plain(cells["类型"][index]),
                "名称/摘要": plain(row.title, widths["名称/摘要"]),
                "往来单位": plain(row.counterparty, widths["往来单位"]),
                "金额(元)": right(cells["金额(元)"][index]),
                "日期": plain(row.date),
                "来源": plain(cut_source(row.source, max(widths["来源"], 4)), style="" if row.found else "red"),
            }
            table.add_row(*(line[name] for name in columns), key=str(index))

    @on(FittedTable.Resized, "#flags-evidence")
    def _refit_evidence(self) -> None:
        if self._evidence and self.query_one("#flags-evidence", DataTable).size.width != self._evidence_width:
            self._fill_evidence()

    @work(thread=True, exclusive=True, exit_on_error=False, group="flags-chart", description="读取图表数据")
    def load_chart(self, rule: str, village: str) -> None:
        self.post_message(self.ChartLoaded(load_chart(self.store, rule, village)))

    @on(ChartLoaded)
    def _chart_loaded(self, message: ChartLoaded) -> None:
        chart = message.chart
        holder = self.query_one("#flags-chart", Vertical)
        holder.remove_children()
        place = chart.village or "全镇"
        if chart.rule in TIER_RULES:
            plot = TierHistogram()
            holder.mount(Label(f"{place}：金额离门槛有多近（红色为门槛的 90%–100%）", classes="section-title"), plot)
            plot.set_data(chart.amounts, chart.tiers)
        elif chart.rule in SHARE_RULES and chart.shares:
            total = sum(amount for _, _, amount in chart.shares) or 1
            bars = [Bar(name, amount, f"{format_wan(amount)} {amount / total:.0%}") for name, _, amount in chart.shares]
            holder.mount(Label(f"{place}：各单位承接的工程和合同金额", classes="section-title"),
                         BarList(bars, label_width=18))
        elif chart.rule in MONTH_RULES and chart.months:
            from screens.widgets.plots import MonthlySpending

            plot = MonthlySpending()
            holder.mount(Label(f"{place}：每月支出（万元）", classes="section-title"), plot)
            plot.set_data(chart.months)

    # --- actions --------------------------------------------------------------------------

    def action_tree(self) -> None:
        self.remove_class("-tree-hidden")
        self.query_one("#flags-tree", Tree).focus()

    def action_toggle_tree(self) -> None:
        tree = self.query_one("#flags-tree", Tree)
        if self.has_class("-tree-hidden"):
            self.remove_class("-tree-hidden")
            return
        if tree.has_focus:
            self.query_one("#flags-table", DataTable).focus()
        self.add_class("-tree-hidden")

    def action_evidence(self) -> None:
        evidence = self.query_one("#flags-evidence", DataTable)
        if evidence.row_count:
            evidence.focus()

    @on(DataTable.RowSelected, "#flags-evidence")
    def _open_evidence(self, event: DataTable.RowSelected) -> None:
        index = int(str(event.row_key.value))
        if index < len(self._evidence):
            row = self._evidence[index]
            if not row.found:
                self.notify("这条记录已不在数据库中", severity="warning")
            elif row.kind == "project":
                self.post_message(OpenDossier(row.id))
            else:
                self.post_message(OpenRecord(row.id))

    def action_toggle_handled(self) -> None:
        self.hide_handled = not self.hide_handled
        self._fill_table()

    def action_make_finding(self) -> None:
        flag = self._current()
        if flag is None:
            return
        if flag.state and flag.state != "dismissed":
            self.notify(f"这条疑点已在问题清单中（第 {flag.finding_id} 号）", severity="information")
            return
        self.make_finding(flag.id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="记入问题清单")
    def make_finding(self, flag_id: str) -> None:
        from xuncha import findings

        finding = self.write_patiently(findings.add_from_flag, self.store, flag_id)
        if finding.status == "dismissed":
            # A dismissed flag taken back: reopen it rather than leaving it dismissed.
            finding = self.write_patiently(findings.set_status, self.store, finding.id, "open",
                                           note="重新列为待核实")  # type: ignore[arg-type]
        self.app.call_from_thread(self.notify, f"已记入问题清单第 {finding.id} 号：{finding.title}", title="已记为问题")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)

    def action_dismiss_flag(self) -> None:
        flag = self._current()
        if flag is None:
            return

        def dismiss(reason: str | None) -> None:
            if reason:
                self.dismiss_with_reason(flag.id, reason)

        self.app.push_screen(
            TextInputDialog("排除疑点", f"「{flag.title}」\n请写明排除理由（会记入历史，导出时可见）：",
                            placeholder="例如：经核实为两个独立工程，分别经村民代表会议决策", ok="排除"),
            dismiss,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings", description="排除疑点")
    def dismiss_with_reason(self, flag_id: str, reason: str) -> None:
        from xuncha import findings

        self.write_patiently(findings.dismiss_flag, self.store, flag_id, reason)
        self.app.call_from_thread(self.notify, "已排除，理由已记录", title="已排除")
        self.app.call_from_thread(self.xapp.data_changed, FINDINGS)
