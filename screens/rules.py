"""Provides RulesScreen (规则): the rules, their parameters and sources, coverage, rescan.

The table lists every rule with what the last scan did with it (records
evaluated, flagged, flags, share, and a warning when it fired on more than
20% of what it looked at). The pane explains the selected rule from its
documentation, lists its parameters with the value in force and where the
default comes from, and says which records it could not judge and why.
``r`` runs the rules again in a worker with a progress bar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rich.cells import cell_len
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
from screens.widgets.fitted_table import FittedTable
from screens.widgets.navbar import NavBar
from screens.widgets.progress import ProgressPanel
from xuncha.findings import relinked_text, stranded_text
from xuncha.money import format_yuan

NAME_MIN = 20
"""The 规则 column never gets narrower than this (its width before names were fitted to the table)."""

SECTION_ORDER = ("问题", "方法", "为什么重要", "排除", "示例")

PARAM_LABELS: dict[str, str] = {
    "threshold_yuan": "公开招标金额线",
    "window_days": "时间窗口",
    "min_title_similarity": "名称相似度下限（0–100）",
    "tiers_yuan": "金额档位",
    "ratio": "卡线区间下沿比例",
    "repeat_min": "反复卡线的笔数",
    "village_repeat_min": "同村卡线提级的笔数",
    "tiers": "金额档位及最低发包方式",
    "method_words": "发包方式用词及级别",
    "min_share": "件数或金额占比下限",
    "min_items": "至少承接的项数",
    "township_outliers": "提示全镇范围的异常单位",
    "match_relatives": "比对近亲属与关联单位",
    "match_phones": "比对联系电话",
    "exclude_summary_words": "不算关联交易的摘要用词",
    "tolerance_days": "允许的日期误差",
    "tolerance": "允许超出合同金额的比例",
    "min_excess_yuan": "超出金额下限",
    "min_amount_yuan": "金额下限",
    "series_min": "定期款项至少笔数",
    "series_tolerance": "定期款项间隔允许偏差",
    "limit_yuan": "现金结算起点",
    "cash_words": "现金结算用词",
    "exempt_words": "不检查的用途用词",
    "words": "白条类用词",
    "ignore_words": "问题已解决的用词",
    "check_zero_attachments": "检查附件数为 0 的支出",
    "zero_attachments_min_yuan": "附件检查金额下限",
    "building_max_years": "房屋、厂房等租赁期限上限",
    "land_max_years": "土地承包期限上限",
    "land_type_max_years": "各类土地的期限上限",
    "land_words": "按土地处理的类型用词",
    "large_area_mu": "“大面积”下限",
    "public_words": "公开程序用词",
    "private_words": "非公开方式用词",
    "low_rent_ratio": "低租金比例",
    "min_peers": "计算中位数的最少同类记录",
}
"""Chinese labels of the rule parameters (the raw key is what a county writes in its rules.toml)."""

RULE_PARAM_LABELS: dict[tuple[str, str], str] = {
    ("split_contract", "window_days"): "几笔工作签订的时间窗口",
    ("repeat_vendor", "window_days"): "统计窗口",
    ("duplicate_payment", "window_days"): "两笔相隔天数上限",
    ("large_cash", "exempt_words"): "允许现金支付的用途",
    ("payee_mismatch", "exempt_words"): "不比较收款人的费用用词",
}
"""Labels of keys that mean different things in different rules."""

TERMS: dict[str, str] = {"from_yuan": "起点金额", "requires": "要求的方式"}
"""Names the rule texts use that are not parameters themselves (keys inside a parameter's table)."""

_UNITS = (("_yuan", "元"), ("_days", "天"), ("_years", "年"), ("_mu", "亩"))
_FRACTION_KEYS = ("ratio", "share", "tolerance")
_INLINE_CELLS = 16
"""A list parameter is written into the rule's text when its value is this short; otherwise by its label."""
_SHOWN_ITEMS = 12
"""The parameter list shows at most this many items of a long word list."""
_MARKUP = re.compile(r"``([^`]+)``|`([^`]+)`")
_ITEM = re.compile(r"^(\d{1,2}[.、．)）](?!\d)|[-*•·](?=\s))\s*")
"""A numbered or bulleted item ("3. ", "- "), not a number that starts a line ("9.05万")."""
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9_`])([a-z][a-z0-9]*(?:_[a-z0-9]+)+|requires)(?![A-Za-z0-9_`])")
"""A bare snake_case name in the text: a parameter or a key of one when it is known."""


@dataclass
class ParamLine:
    """One parameter of a rule as the pane shows it."""

    key: str
    label: str
    value: Any
    """The value in force."""
    comment: str
    """Where the default comes from (the comment above the key in the bundled rules.toml)."""


@dataclass
class RuleLine:
    id: str
    name: str
    severity: str
    sections: dict[str, str]
    params: list[ParamLine]
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
        sections = rule.sections()
        lines.append(RuleLine(
            rule.id, rule.name, rule.severity, sections,
            [ParamLine(key, param_label(rule.id, key, sections.get("参数", "")), values.get(key),
                       comments.get((rule.id, key), "")) for key in rule.params],
            dict(stats.get(rule.id) or {}),
        ))
    scanned = ""
    if last is not None and last.finished_at is not None:
        scanned = f"{last.finished_at:%Y-%m-%d %H:%M}"
    return RulesData(lines, sources, scanned, problem)


# --- turning rule documentation into text for inspectors ------------------------------------


def param_label(rule_id: str, key: str, doc: str = "") -> str:
    """A parameter's Chinese label: from the tables above, else from the rule's 参数 section, else the key."""
    label = RULE_PARAM_LABELS.get((rule_id, key)) or PARAM_LABELS.get(key)
    if label:
        return label
    # "window_days：几笔工作签订的时间窗口（天），默认 180": the words up to the first comma.
    match = re.search(rf"(?m)^\s*{re.escape(key)}\s*[：:]\s*([^，。；,;\n]+)", doc)
    if match:
        text = re.sub(r"[（(](元|天|年|亩|比例)[）)]$", "", match.group(1).strip()).strip()
        if text:
            return text
    return TERMS.get(key, key)


def param_unit(key: str, value: Any = None) -> str:
    """The unit a parameter's value is in: 元, 天, 年, 亩, '%' for fractions, '' for counts and words."""
    for suffix, unit in _UNITS:
        if key.endswith(suffix):
            return unit
    if key.rsplit("_", 1)[-1] in _FRACTION_KEYS and _is_number(value) and 0 <= value <= 1:
        return "%"
    return ""


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _scalar(value: Any, unit: str, *, with_unit: bool = True) -> str:
    """One value in its unit: 100000 元 -> '100,000.00 元', 0.9 -> '90%', 180 天 -> '180 天'."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if not isinstance(value, (int, float)):
        return str(value)
    if unit == "元":
        text = format_yuan(round(value * 100))
    elif unit == "%":
        return f"{value * 100:g}%"
    else:
        text = _number(value)
    return f"{text} {unit}" if unit and with_unit else text


def value_text(value: Any, key: str = "", *, limit: int | None = None) -> str:
    """A parameter's value as an inspector reads it, in its unit; long word lists cut to ``limit`` items."""
    unit = param_unit(key, value)
    if value is None:
        return "（未设置）"
    if isinstance(value, list) and value and all(_is_number(v) for v in value):
        text = "、".join(_scalar(v, unit, with_unit=False) for v in value)
        return f"{text} {unit}" if unit and unit != "%" else text
    if isinstance(value, dict):
        items, separator = [f"{k} {_scalar(v, unit)}" for k, v in value.items()], "、"
    elif isinstance(value, list):
        tables = any(isinstance(v, dict) for v in value)
        items = [_table_text(v) if isinstance(v, dict) else value_text(v) for v in value]
        separator = "；" if tables else "、"
    else:
        return _scalar(value, unit)
    if limit is not None and len(items) > limit:
        return separator.join(items[:limit]) + f"……等 {len(items)} 项"
    return separator.join(items)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _table_text(item: dict[str, Any]) -> str:
    """One table of a list parameter ({from_yuan = 100000, requires = "竞争性比选"}) in words."""
    return "，".join(f"{TERMS.get(k) or PARAM_LABELS.get(k) or k} {_scalar(v, param_unit(k, v))}"
                    for k, v in item.items())


def render_markup(text: str, values: dict[str, Any], labels: dict[str, str] | None = None) -> str:
    """Replace reST literals (````name````) in a rule's text with what an inspector can read.

    A name that is one of the rule's parameters becomes its value in force with
    its unit ("180 天", "100,000.00 元", "90%"), unless the text already writes
    the unit right after it; a word list short enough becomes its words, a
    longer one or a switch its label (「现金结算用词」), as the parameter list
    below names it. Any other literal is kept as plain text, without backticks.
    """
    labels = labels or {}

    def replace(match: re.Match[str]) -> str:
        name = next(group for group in match.groups() if group is not None).strip()
        if name in values:
            return _inline(name, values[name], labels.get(name), match.string[match.end():])
        return labels.get(name) or TERMS.get(name) or PARAM_LABELS.get(name) or name

    # Literals first, then names written bare (a rules.toml comment says "requires 取 …").
    return _IDENTIFIER.sub(replace, _MARKUP.sub(replace, text))


def _inline(name: str, value: Any, label: str | None, after: str) -> str:
    """A parameter named in running text: its value (with its unit unless ``after`` starts with it), or its label."""
    label = label or PARAM_LABELS.get(name) or name
    if isinstance(value, bool) or value is None:
        return f"「{label}」"
    if isinstance(value, (list, dict)):
        words = value_text(value, name)
        if isinstance(value, list) and value and all(_is_number(v) for v in value):
            return words
        if len(value) <= 4 and cell_len(words) <= _INLINE_CELLS:
            return f"「{words}」"
        return f"「{label}」"
    unit = param_unit(name, value)
    written = unit not in ("", "%") and after.lstrip().startswith(unit)
    return _scalar(value, unit, with_unit=not written)


_INTERNAL_PARENTHESES = re.compile(r"[（(][^（）()]*?(?:DOMAIN|示例数据说明)[^（）()]*[）)]")
"""A parenthesis that only points into the project's own notes: dropped whole."""
_INTERNAL_WORDS = (
    re.compile(r"DOMAIN\s*(?:目录)?\s*(?:第\s*[\d、,，\s]*条)?(?:\s*建议[^，。；;）)]*)?\s*[，,；;]?\s*"),
    re.compile(r"(?:需求说明|设计说明|示例数据说明)\s*[：:]?\s*"),
)
_LIBRARIES = re.compile(
    r"(?<![A-Za-z0-9_-])(?:rapidfuzz|jieba|pypinyin|openpyxl|python-calamine|calamine|xlrd|sqlmodel|sqlalchemy|"
    r"sqlite3?|textual|numpy|pandas)(?![A-Za-z0-9_-])(?:\s*的)?\s*", re.IGNORECASE)
_CARDINAL = re.compile(r"Cardinal(?:\s*指标)?(?:\s*R\d+(?:\s*[/、,]\s*R\d+)*)?")
_TIDY = (
    (re.compile(r"[（(]\s*[，,；;：:]?\s*[）)]"), ""),
    (re.compile(r"([（(])\s*[，,；;、]\s*"), r"\1"),
    (re.compile(r"\s*[，,；;、]\s*([）)])"), r"\1"),
    (re.compile(r"([，；：、])\s*[，；、]"), r"\1"),
    (re.compile(r"[，；、：]\s*([。；])"), r"\1"),
    (re.compile(r"[ \t]{2,}"), " "),
)


def clean_text(text: str) -> str:
    """Rule and parameter text as an inspector should see it: no internal references, no library names.

    Drops pointers into the project's own notes ("DOMAIN 目录第 1 条",
    "需求说明：") and names of the software libraries a method uses
    ("rapidfuzz 相似度" -> "相似度"; the open-contracting Cardinal indicators
    are named as the OCP red flags they implement), then mends the punctuation
    left behind. Sources in law, regulations, cases and "我们的假设" stay.
    """
    text = _INTERNAL_PARENTHESES.sub("", text)
    for pattern in _INTERNAL_WORDS:
        text = pattern.sub("", text)
    text = _LIBRARIES.sub("", text)
    text = _CARDINAL.sub("OCP 红旗指标", text)
    for pattern, replacement in _TIDY:
        text = pattern.sub(replacement, text)
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(re.sub(r"^[，,；;。、]+", "", line) for line in lines).strip()


def reflow(text: str) -> list[str]:
    """Join a docstring's hard-wrapped lines into paragraphs; numbered and bulleted items stay apart."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or _ITEM.match(stripped):
            if current:
                paragraphs.append(" ".join(current))
            current = [stripped] if stripped else []
        else:
            current.append(stripped)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def readable(text: str, values: dict[str, Any] | None = None, labels: dict[str, str] | None = None) -> str:
    """A section of a rule's documentation, ready for the pane: values in place, clean, reflowed."""
    lines = []
    for paragraph in reflow(render_markup(text, values or {}, labels)):
        paragraph = clean_text(paragraph)
        item = _ITEM.match(paragraph)
        if item:
            # No space after "3.": Textual wraps at spaces, and would leave the number alone on its line.
            lines.append(item.group(1) + cjk_prose(paragraph[item.end():]))
        elif paragraph:
            lines.append(cjk_prose(paragraph))
    return "\n".join(lines)


def _styled_items(text: str) -> Content:
    """A section's lines with the item numbers ("3.") picked out, so the items stand apart."""
    lines = []
    for line in text.splitlines():
        item = _ITEM.match(line)
        if item:
            lines.append(Content.assemble((item.group(1), "bold $accent"), line[item.end():]))
        else:
            lines.append(Content(line))
    return Content("\n").join(lines)


def rule_detail(rule: RuleLine) -> Content:
    """The pane's text for a rule: its documentation in plain words, its parameters, its last scan."""
    from xuncha.config import user_rules_file

    values = {param.key: param.value for param in rule.params}
    labels = {param.key: param.label for param in rule.params}
    parts = [Content.assemble((rule.name, "bold"), (f"  {rule.id} · 风险{SEVERITY_LABELS.get(rule.severity, '')}",
                                                      "$text-muted"))]
    for section in SECTION_ORDER:
        text = rule.sections.get(section)
        if text:
            parts += [Content(""), Content.styled(section, "bold $accent"),
                      _styled_items(readable(text, values, labels))]
    if rule.params:
        parts += [Content(""), Content.styled("参数（当前值 · 依据）", "bold $accent")]
        for param in rule.params:
            parts.append(Content.assemble((f"{param.label}：", ""),
                                          (value_text(param.value, param.key, limit=_SHOWN_ITEMS), "bold"),
                                          (f"  {param.key}", "$text-muted")))
            comment = clean_text(render_markup(param.comment, values, labels))
            if comment:
                parts.append(Content.styled(f"    {cjk_prose(comment)}", "$text-muted"))
    stats = rule.stats
    if stats:
        parts += [Content(""), Content.styled("上次筛查", "bold $accent"),
                  Content(f"检查 {stats.get('evaluated', 0):,} 条，命中 {stats.get('flagged', 0):,} 条，"
                          f"疑点 {stats.get('flags', 0):,} 条")]
        for reason, count in (stats.get("not_applicable") or {}).items():
            parts.append(Content.styled(f"无法判断 {count:,} 条：{reason}", "$text-muted"))
        if stats.get("warning"):
            parts.append(Content.styled(str(stats["warning"]), "$error"))
    parts += [Content(""), Content.styled(f"修改参数：编辑 {user_rules_file()}（只写要改的项，用参数的英文名），"
                                           "然后按 r 重新筛查。", "$text-muted italic")]
    return Content("\n").join(parts)


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
        self._fitted_width = 0
        """The table width the rules' names were last cut for."""

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        yield Static("", id="rules-status", classes="status-line")
        with Horizontal(id="rules-body"):
            yield FittedTable(id="rules-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="rules-detail-pane"):
                yield Static("", id="rules-detail")
        yield ProgressPanel(id="rules-progress")
        yield Footer()

    def on_mount(self) -> None:
        self._add_columns(self.query_one("#rules-table", DataTable))
        self.reload()

    @staticmethod
    def _add_columns(table: DataTable[Any]) -> None:
        for label, key in (("规则", "name"), ("风险", "severity"), ("检查", "evaluated"), ("命中", "flagged"),
                           ("疑点", "flags"), ("占比", "share"), ("", "warning")):
            table.add_column(label, key=key)

    def _fill(self) -> None:
        """The rules with their coverage, each name whole when the table has the room (80 columns
        have it: the table is as wide as the screen there), else cut to what the numbers leave."""
        table = self.query_one("#rules-table", DataTable)
        keep = table.cursor_row
        rows = []
        for rule in self.rules:
            stats = rule.stats
            evaluated = stats.get("evaluated")
            flagged = stats.get("flagged")
            rows.append((
                rule, SEVERITY_LABELS.get(rule.severity, rule.severity),
                f"{evaluated:,}" if evaluated is not None else "—", f"{flagged:,}" if flagged is not None else "—",
                f"{stats.get('flags', 0):,}" if stats else "—", f"{flagged / evaluated:.0%}" if evaluated else "",
                "⚠ 过宽" if stats.get("warning") else "",
            ))
        headers = ("风险", "检查", "命中", "疑点", "占比", "")
        others = sum(max([cell_len(header)] + [cell_len(row[i + 1]) for row in rows])
                     for i, header in enumerate(headers))
        padding = 2 * table.cell_padding * (len(headers) + 1)
        free = table.size.width - others - padding - table.styles.scrollbar_size_vertical
        name_width = max(NAME_MIN, free) if table.size.width else NAME_MIN
        self._fitted_width = table.size.width
        table.clear(columns=True)
        self._add_columns(table)
        for rule, severity, evaluated, flagged, flags, share, warning in rows:
            table.add_row(
                plain(rule.name, name_width), plain(severity), right(evaluated), right(flagged), right(flags),
                right(share), plain(warning, style="bold red"), key=rule.id,
            )
        if rows:
            table.move_cursor(row=min(keep, len(rows) - 1), animate=False)

    @on(FittedTable.Resized, "#rules-table")
    def _refit(self) -> None:
        if self.rules and self.query_one("#rules-table", DataTable).size.width != self._fitted_width:
            self._fill()

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
        self._fill()
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
        self.query_one("#rules-detail", Static).update(rule_detail(rule))

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
        if get(result, "relinked"):
            self.notify(cjk_prose(relinked_text(result.relinked)), timeout=12)
        if get(result, "stranded"):
            self.notify(cjk_prose(stranded_text(result.stranded)), title="请重新核看", severity="warning", timeout=20)
        for warning in get(result, "warnings") or []:
            self.notify(cjk_prose(str(warning)), severity="warning", timeout=12)
        self.xapp.data_changed(FLAGS, FINDINGS, RULES)


__all__ = ["RulesScreen"]
