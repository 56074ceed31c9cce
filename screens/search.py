"""Provides SearchScreen (搜索): search as you type over everything imported.

The query language is the core's (``xuncha.search``): words separated by
spaces must all match, fuzzily; kind words (项目, 合同, 收支…), amounts
(>5万, 5万-10万) and years (2022) filter. Results show why they matched,
with the matched text highlighted; a detail pane shows the highlighted
record; Enter opens the record, or the dossier of a project.

Searching runs in a thread worker. While one search runs, further
keystrokes only update the pending query; when the search finishes, the
latest query runs next. Fast typing therefore coalesces into a few searches
(the debounce), and a single keystroke after a pause searches at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Footer, Input, Static
from textual.worker import Worker, WorkerState

from xuncha import browse
from screens.base import XunchaScreen
from screens.messages import RECORDS, OpenDossier, OpenRecord
from screens.util import get, plain, right
from screens.widgets.navbar import NavBar
from xuncha.models import KIND_LABELS, TITLE_FIELD
from xuncha.money import format_yuan

RESULT_LIMIT = 50
"""The most results shown; the status line says when there may be more."""
HIGHLIGHT = "bold reverse"


def highlighted(text: str, spans: Any, width: int | None = None) -> Text:
    """Text with the matched spans highlighted; spans are (start, end) pairs or objects."""
    out = plain(text)
    for span in spans or ():
        start, end = (span if isinstance(span, (tuple, list)) else (get(span, "start"), get(span, "end")))
        if start is None or end is None:
            continue
        out.stylize(HIGHLIGHT, int(start), int(end))
    if width is not None:
        out.truncate(width, overflow="ellipsis")
    return out


def match_text(hit: Any, width: int) -> Text:
    """'label: text' of the hit's first match outside the title (the title column shows that one)."""
    matches = list(get(hit, "matches") or [])
    title_field = TITLE_FIELD.get(str(get(hit, "kind")), "")
    others = [m for m in matches if get(m, "field") != title_field]
    if not others:
        return plain("")
    match = others[0]
    label = str(get(match, "label") or get(match, "field") or "")
    out = Text(f"{label}：", style="dim", end="", no_wrap=True)
    out.append_text(highlighted(str(get(match, "text") or ""), get(match, "spans")))
    out.truncate(width, overflow="ellipsis")
    return out


def title_text(hit: Any, width: int) -> Text:
    title = str(get(hit, "title") or "")
    title_field = TITLE_FIELD.get(str(get(hit, "kind")), "")
    for match in get(hit, "matches") or []:
        if get(match, "field") == title_field and get(match, "text") == title:
            return highlighted(title, get(match, "spans"), width)
    return plain(title, width)


def _date_text(date: Any) -> str:
    return f"日期：{date.isoformat()}" if hasattr(date, "isoformat") else ""


class SearchScreen(XunchaScreen):
    """搜索: type words, see ranked records with the matched text highlighted."""

    MODE = "search"
    WATCHES = frozenset({RECORDS})
    CSS_PATH = "search.tcss"
    BINDING_GROUP_TITLE = "搜索"
    AUTO_FOCUS = "#search-query"
    BINDINGS = [
        Binding("enter", "open", "打开", tooltip="打开记录；工程项目打开项目档案", id="search.open"),
        Binding("ctrl+l", "new_query", "新搜索", tooltip="清空搜索框", id="search.new"),
        Binding("down", "to_results", "结果", show=False, tooltip="从搜索框移到结果列表", id="search.results"),
        Binding("escape", "leave_query", "离开搜索框", show=False, tooltip="离开搜索框（之后可用数字键换页）",
                id="search.leave"),
    ]

    @dataclass
    class Results(Message):
        """A search finished."""

        generation: int
        query: str
        hits: list[Any]
        elapsed: float
        """Seconds the core search took."""

    def __init__(self) -> None:
        super().__init__()
        self._generation = 0
        """Bumped per query typed; results of older generations are dropped."""
        self._searching = False
        self._queued: str | None = None
        self._hits: dict[str, Any] = {}
        self._started = 0.0
        self.shown_generation = 0
        """The query generation whose results are in the table (the benchmark waits for it)."""
        self.painted_at = 0.0
        """When the screen was next refreshed after showing them (Textual's clock, like ``Message.time``)."""
        self.last_latency: float | None = None
        """Seconds from the keystroke to the results on screen (the benchmark reads it)."""

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        yield Input(placeholder="输入关键词，空格分隔：项目 一事一议 / 宏达 / whlt / >5万 2022", id="search-query")
        yield Static("输入后即搜索。词之间用空格；可用 项目、合同、收支 等限定类型，>5万、2022 等筛选金额和年份。",
                     id="search-status", classes="status-line")
        with Horizontal(id="search-body"):
            yield DataTable(id="search-results", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="search-detail-pane"):
                yield Static("", id="search-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#search-results", DataTable)
        table.add_column("类型", key="kind")
        table.add_column("名称/摘要", key="title")
        table.add_column("村", key="village")
        table.add_column("金额(元)", key="amount")
        table.add_column("匹配", key="match")

    def focus_query(self) -> None:
        self.query_one("#search-query", Input).focus()

    def action_new_query(self) -> None:
        query = self.query_one("#search-query", Input)
        query.value = ""
        query.focus()

    def action_to_results(self) -> None:
        table = self.query_one("#search-results", DataTable)
        if table.row_count:
            table.focus()

    def action_leave_query(self) -> None:
        table = self.query_one("#search-results", DataTable)
        if table.row_count:
            table.focus()
        else:
            self.set_focus(None)

    def reload(self) -> None:
        query = self.query_one("#search-query", Input).value
        if query.strip():
            self._request(query)

    # --- searching ----------------------------------------------------------------------

    @on(Input.Changed, "#search-query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._request(event.value)

    @on(Input.Submitted, "#search-query")
    def _query_submitted(self) -> None:
        self.action_to_results()

    def _request(self, query: str) -> None:
        self._generation += 1
        self._started = time.perf_counter()
        if not query.strip():
            self._queued = None
            self._show([], query, 0.0)
            self.call_after_refresh(self._painted, self._generation)
            return
        if self._searching:
            self._queued = query
            return
        self._launch(query)

    def _launch(self, query: str) -> None:
        self._searching = True
        self._queued = None
        self.run_search(self._generation, query)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search", description="搜索")
    def run_search(self, generation: int, query: str) -> None:
        from xuncha.search import search

        started = time.perf_counter()
        hits = search(self.store, query, limit=RESULT_LIMIT)
        elapsed = time.perf_counter() - started
        self.post_message(self.Results(generation, query, list(hits), elapsed))

    def _painted(self, generation: int) -> None:
        from textual._time import get_time

        self.painted_at = get_time()
        self.shown_generation = generation

    @on(Results)
    def _results(self, message: Results) -> None:
        self._searching = False
        if message.generation == self._generation:
            self._show(message.hits, message.query, message.elapsed)
            self.last_latency = time.perf_counter() - self._started
            self.call_after_refresh(self._painted, message.generation)
        if self._queued is not None:
            self._launch(self._queued)

    @on(Worker.StateChanged)
    def _search_state(self, event: Worker.StateChanged) -> None:
        # A failed search must not leave the screen thinking one is still running.
        if event.worker.group == "search" and event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self._searching = False
            if self._queued is not None:
                self._launch(self._queued)

    def _show(self, hits: list[Any], query: str, elapsed: float) -> None:
        self.last_search_seconds = elapsed
        table = self.query_one("#search-results", DataTable)
        table.clear()
        self._hits = {}
        for hit in hits:
            key = f"{get(hit, 'kind')}:{get(hit, 'id')}"
            if key in self._hits:
                continue
            self._hits[key] = hit
            amount = get(hit, "amount")
            table.add_row(
                plain(KIND_LABELS.get(str(get(hit, "kind")), get(hit, "kind"))),
                title_text(hit, 26),
                plain(get(hit, "village"), 8),
                right(format_yuan(amount) if amount is not None else ""),
                match_text(hit, 22),
                key=key,
            )
        status = self.query_one("#search-status", Static)
        if not query.strip():
            status.update("输入后即搜索。词之间用空格；可用 项目、合同、收支 等限定类型，>5万、2022 等筛选金额和年份。")
            self.query_one("#search-detail", Static).update("")
        elif not hits:
            status.update(f"没有找到「{query.strip()}」。试试更短的词、拼音首字母，或去掉金额和年份条件。")
            self.query_one("#search-detail", Static).update("")
        else:
            more = f"（只显示前 {RESULT_LIMIT} 条）" if len(hits) >= RESULT_LIMIT else ""
            status.update(f"{len(self._hits)} 条结果{more}；↓ 进入结果，Enter 打开")
            self._show_detail(next(iter(self._hits)))

    # --- detail and opening -----------------------------------------------------------

    @on(DataTable.RowHighlighted, "#search-results")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self._show_detail(str(event.row_key.value))

    def _show_detail(self, key: str) -> None:
        hit = self._hits.get(key)
        detail = self.query_one("#search-detail", Static)
        if hit is None:
            detail.update("")
            return
        kind = str(get(hit, "kind"))
        row = browse.record_row(self.store, kind, str(get(hit, "id")))
        parts: list[Content] = [
            Content.styled(str(get(hit, "title") or ""), "bold"),
            Content.styled(f"{browse.kind_label(kind)} · {get(hit, 'village') or ''}", "$text-muted"),
            Content.styled(browse.source_text(get(hit, "source")), "$text-muted italic"),
            Content.styled(_date_text(get(hit, "date")), "$text-muted"),
            Content(""),
        ]
        if row is not None:
            for label, value in browse.field_lines(kind, row):
                if value:
                    parts.append(Content.assemble((f"{label}：", "$text-muted"), value))
        matches = list(get(hit, "matches") or [])
        if matches:
            parts.append(Content(""))
            parts.append(Content.styled("为什么匹配", "bold $accent"))
            for match in matches:
                text = str(get(match, "text") or "")
                line = Content.styled(f"{get(match, 'label') or get(match, 'field')}：", "$text-muted")
                body = Content(text)
                for span in get(match, "spans") or ():
                    start, end = span if isinstance(span, (tuple, list)) else (get(span, "start"), get(span, "end"))
                    body = body.stylize(HIGHLIGHT, int(start), int(end))
                parts.append(line + body)
        hint = "Enter 打开项目档案" if kind == "project" else "Enter 打开记录详情"
        parts += [Content(""), Content.styled(hint, "$text-muted italic")]
        detail.update(Content("\n").join(parts))

    def action_open(self) -> None:
        table = self.query_one("#search-results", DataTable)
        if table.row_count == 0:
            return
        key = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        hit = self._hits.get(key)
        if hit is None:
            return
        if get(hit, "kind") == "project":
            self.post_message(OpenDossier(str(get(hit, "id"))))
        else:
            self.post_message(OpenRecord(str(get(hit, "id"))))

    @on(DataTable.RowSelected, "#search-results")
    def _selected(self) -> None:
        self.action_open()
