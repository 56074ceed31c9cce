"""Provides RecordsScreen (记录): browse, sort, filter and summarise the records of a kind.

Like VisiData: pick a kind and a village, sort by any column (``s`` or a
click on its header), filter by words, jump to a row, and summarise by
counterparty, village, year or category (``f`` on a column) with count and
amount (收入 and 支出 apart for payments); Enter on a summary line drills
down to its rows, Escape climbs back. ``p`` shows every spelling of the
row's counterparty and lists their records together.

The table holds a window of rows (``PagedTable``); sorting, filtering and
summaries run in SQL in a thread worker, so 100k rows stay smooth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.validation import Integer
from textual.widgets import ContentSwitcher, DataTable, Footer, Input, Select, Static

from xuncha import browse
from screens.base import XunchaScreen
from screens.dialogs import ChoiceDialog, TextInputDialog
from screens.messages import RECORDS, OpenDossier, OpenRecord
from screens.util import plain, right
from screens.widgets.navbar import NavBar
from screens.widgets.paged_table import PagedTable
from xuncha.models import COUNTERPARTY_FIELD, INT, KIND_LABELS, MONEY, NUMBER
from xuncha.money import format_yuan

PAGE = 300
"""Rows loaded per window step."""
MAX_WINDOW = 3000
"""Past this many loaded rows, the window slides instead of growing."""
CELL_WIDTH = 24
"""Text cells are cut to this many terminal cells (the detail shows all)."""
WIDE_FIELDS = {"name": 30, "title": 30, "summary": 30}


@dataclass
class View:
    """One level of the records screen: a query, and the summary shown over it (if any)."""

    query: browse.RecordQuery
    grouping: str | None = None


AmountColumn = tuple[str, str, Callable[[browse.FrequencyLine], "int | None"]]
"""(column key, header, the line's value in fen) of one money column of a summary."""


def freq_amount_columns(kind: str, lines: list[browse.FrequencyLine]) -> list[AmountColumn]:
    """The money columns of a kind's summary: 收入 and 支出 apart for payments, one 金额 otherwise.

    Payments whose direction the sheet did not give get a third column, only
    when there are any: counting them as either side would misstate it.
    """
    if not browse.splits_direction(kind):
        return [("amount", "金额(元)", lambda line: line.amount)]
    columns: list[AmountColumn] = [("income", "收入(元)", lambda line: line.income),
                                   ("expense", "支出(元)", lambda line: line.expense)]
    if any(line.undirected is not None for line in lines):
        columns.append(("undirected", "收支不明(元)", lambda line: line.undirected))
    return columns


class RecordsScreen(XunchaScreen):
    """记录: one kind's records as a table, with sort, filter, jump and frequency summaries."""

    MODE = "records"
    WATCHES = frozenset({RECORDS})
    CSS_PATH = "records.tcss"
    AUTO_FOCUS = "#records-table"
    BINDING_GROUP_TITLE = "记录"
    BINDINGS = [
        Binding("s", "sort", "排序", tooltip="按光标所在列排序（再按一次倒序，第三次取消）", id="records.sort"),
        Binding("f", "frequency", "汇总", tooltip="按光标所在列汇总条数和金额（日期按年度）", id="records.frequency"),
        Binding("F", "choose_frequency", "汇总方式", show=False, tooltip="按往来单位、村、年度或类别汇总",
                id="records.frequency.choose"),
        Binding("ctrl+f", "filter", "筛选", key_display="^f", tooltip="输入文字筛选记录", id="records.filter"),
        Binding("g", "jump", "跳转", tooltip="跳到第 N 行", id="records.jump"),
        Binding("p", "counterparty", "同一单位", tooltip="查看这个往来单位的所有写法及其记录", id="records.party"),
        Binding("escape", "back", "返回", tooltip="退出汇总，或撤销最近一次下钻", id="records.back"),
        Binding("x", "clear_filters", "清除条件", show=False, tooltip="去掉筛选、下钻和排序", id="records.clear"),
        Binding("k", "next_kind", "换类型", show=False, tooltip="切换到下一种记录", id="records.kind"),
    ]

    @dataclass
    class PageLoaded(Message):
        """A window of rows (and, for a new query, the count) was read."""

        generation: int
        offset: int
        rows: list[dict[str, Any]]
        total: int | None
        append: bool
        cursor: int | None
        """Absolute row to put the cursor on; None keeps it."""

    @dataclass
    class FrequencyLoaded(Message):
        generation: int
        grouping: str
        lines: list[browse.FrequencyLine]

    @dataclass
    class VillagesLoaded(Message):
        villages: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.views: list[View] = [View(browse.RecordQuery("project"))]
        """The drill-down stack; the last one is shown."""
        self._generation = 0
        self._columns: list[browse.TableColumn] = []
        self._freq_lines: list[browse.FrequencyLine] = []
        self._names_label = ""
        self._updating_selects = False

    @property
    def view(self) -> View:
        return self.views[-1]

    @property
    def rquery(self) -> browse.RecordQuery:
        return self.view.query

    def compose(self) -> ComposeResult:
        yield NavBar(self.MODE)
        with Horizontal(id="records-bar"):
            yield Select([(label, kind) for kind, label in KIND_LABELS.items()], value="project",
                         allow_blank=False, id="records-kind", tooltip="记录类型（k 切换）")
            yield Select([], prompt="全部村", id="records-village", tooltip="只看一个村")
            yield Input(placeholder="筛选：输入文字后回车（^f）", id="records-filter")
        yield Static("", id="records-status", classes="status-line")
        with ContentSwitcher(initial="records-table", id="records-switcher"):
            yield PagedTable(id="records-table")
            yield DataTable(id="records-freq", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self._freq_columns(tuple((key, label) for key, label, _ in freq_amount_columns(self.rquery.kind, [])))
        self.reload()

    def _freq_columns(self, amounts: tuple[tuple[str, str], ...]) -> None:
        """Set the summary's columns: group, count, share, the amount columns given, the bar."""
        freq = self.query_one("#records-freq", DataTable)
        wanted = (("group", "分组"), ("count", "条数"), ("share", "占比"), *amounts, ("bar", ""))
        if tuple((str(key.value), str(column.label)) for key, column in freq.columns.items()) == wanted:
            return
        freq.clear(columns=True)
        for key, label in wanted:
            freq.add_column(label, key=key)

    # --- public API (attributes down) ---------------------------------------------------

    def show(self, kind: str, *, village: str | None = None, names: tuple[str, ...] = (), label: str = "") -> None:
        """Show a kind's records, optionally one village's, optionally one counterparty's spellings."""
        self.views = [View(browse.RecordQuery(kind, village=village, names=names))]
        self._names_label = label
        self._sync_selects()
        self._reload_view()

    def reload(self) -> None:
        self.load_villages()
        self._reload_view()

    # --- loading ----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="records-villages", description="读取村名")
    def load_villages(self) -> None:
        self.post_message(self.VillagesLoaded(self.store.villages()))

    @on(VillagesLoaded)
    def _villages_loaded(self, message: VillagesLoaded) -> None:
        select = self.query_one("#records-village", Select)
        current = self.rquery.village
        self._updating_selects = True
        select.set_options([(v, v) for v in message.villages])
        if current in message.villages:
            select.value = current
        self.call_after_refresh(self._selects_done)

    def _selects_done(self) -> None:
        self._updating_selects = False

    def _sync_selects(self) -> None:
        self._updating_selects = True
        self.query_one("#records-kind", Select).value = self.rquery.kind
        village = self.query_one("#records-village", Select)
        try:
            village.value = self.rquery.village if self.rquery.village else Select.NULL
        except Exception:  # the village list has not arrived yet; it selects it when it does
            pass
        self.query_one("#records-filter", Input).value = self.rquery.text
        self.call_after_refresh(self._selects_done)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":  # 返回 in the footer only when there is something to go back from
            if not self.is_mounted:
                return False
            return len(self.views) > 1 or self.focused is self.query_one("#records-filter", Input)
        return True

    def _reload_view(self, cursor: int | None = 0) -> None:
        """Show the current view: the table of its query, or its summary."""
        self.refresh_bindings()
        self._generation += 1
        self._build_columns()
        switcher = self.query_one("#records-switcher", ContentSwitcher)
        if self.view.grouping:
            switcher.current = "records-freq"
            self.load_frequency(self._generation, self.rquery, self.view.grouping)
        else:
            switcher.current = "records-table"
            self.load_page(self._generation, self.rquery, max(0, (cursor or 0) - 20), PAGE, None, False, cursor)
        self._update_status()

    def _build_columns(self) -> None:
        table = self.query_one("#records-table", PagedTable)
        columns = browse.table_columns(self.rquery.kind)
        if columns == self._columns:
            return
        self._columns = columns
        table.clear(columns=True)
        for column in columns:
            table.add_column(column.label, key=column.name)

    @work(thread=True, exclusive=True, exit_on_error=False, group="records", description="读取记录")
    def load_page(self, generation: int, query: browse.RecordQuery, offset: int, limit: int,
                  total: int | None, append: bool, cursor: int | None) -> None:
        if total is None:
            total = browse.count_records(self.store, query)
            if cursor is not None and cursor >= total:
                cursor = max(0, total - 1)
                offset = max(0, total - limit)
        rows = browse.page_records(self.store, query, offset, limit)
        self.post_message(self.PageLoaded(generation, offset, rows, total, append, cursor))

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        table = self.query_one("#records-table", PagedTable)
        table.loading_page = False
        if message.generation != self._generation:
            return
        if message.total is not None:
            table.total = message.total
        column = table.cursor_column
        if not message.append:
            table.clear()
            table.first_row = message.offset
        for index, row in enumerate(message.rows, start=message.offset + (table.row_count if message.append else 0)):
            table.add_row(*[self._cell(column, row.get(column.name)) for column in self._columns],
                          key=str(row["id"]), label=Text(str(index + 1), style="dim"))
        if message.cursor is not None and table.row_count:
            local = max(0, min(table.row_count - 1, message.cursor - table.first_row))
            table.move_cursor(row=local, column=column, animate=False)
        self._update_status()

    def _cell(self, column: browse.TableColumn, value: Any) -> Text:
        text = browse.display_value(column.type, value)
        if column.type in (MONEY, NUMBER, INT):
            return right(text)
        return plain(text, WIDE_FIELDS.get(column.name, CELL_WIDTH))

    @on(PagedTable.PageWanted)
    def _page_wanted(self, message: PagedTable.PageWanted) -> None:
        table = message.table
        query = self.rquery
        if message.direction == "next":
            if table.row_count + PAGE <= MAX_WINDOW:
                self.load_page(self._generation, query, table.first_row + table.row_count, PAGE, table.total, True,
                               table.first_row + table.row_count)
            else:
                start = table.absolute_row - PAGE // 2
                self.load_page(self._generation, query, start, PAGE * 2, table.total, False, table.absolute_row + 1)
        elif message.direction == "previous":
            start = max(0, table.first_row - PAGE)
            self.load_page(self._generation, query, start, PAGE * 2, table.total, False, table.first_row - 1)
        elif message.direction == "end":
            start = max(0, table.total - PAGE)
            self.load_page(self._generation, query, start, PAGE, table.total, False, table.total - 1)
        else:
            self.load_page(self._generation, query, 0, PAGE, table.total, False, 0)

    @work(thread=True, exclusive=True, exit_on_error=False, group="records", description="汇总记录")
    def load_frequency(self, generation: int, query: browse.RecordQuery, grouping: str) -> None:
        self.post_message(self.FrequencyLoaded(generation, grouping, browse.frequency(self.store, query, grouping)))

    @on(FrequencyLoaded)
    def _frequency_loaded(self, message: FrequencyLoaded) -> None:
        if message.generation != self._generation:
            return
        self._freq_lines = message.lines
        amounts = freq_amount_columns(self.rquery.kind, message.lines)
        self._freq_columns(tuple((key, label) for key, label, _ in amounts))
        table = self.query_one("#records-freq", DataTable)
        table.clear()
        top = max((line.count for line in message.lines), default=1) or 1
        for index, line in enumerate(message.lines):
            bar = "█" * max(1, round(line.count / top * 20)) if line.count else ""
            table.add_row(
                plain(line.label, 40), right(f"{line.count:,}"), right(f"{line.share:.1%}"),
                *[right(format_yuan(value(line)) if value(line) is not None else "") for _, _, value in amounts],
                Text(bar, style="cyan", end=""),
                key=str(index),
            )
        table.move_cursor(row=0)
        table.focus()
        self._update_status()

    # --- status ---------------------------------------------------------------------------

    def _update_status(self) -> None:
        query = self.rquery
        parts = [KIND_LABELS[query.kind], query.village or "全部村"]
        if self._names_label and query.names:
            parts.append(f"往来单位：{self._names_label}（{len(query.names)} 种写法）")
        if query.text:
            parts.append(f"筛选「{query.text}」")
        parts += [drill.label for drill in query.drills]
        if self.view.grouping:
            label = browse.grouping_label(query.kind, self.view.grouping)
            parts.append(f"按{label}汇总：{len(self._freq_lines)} 组；Enter 查看该组记录，Esc 返回")
        else:
            table = self.query_one("#records-table", PagedTable)
            if table.total == 0:
                parts.append("没有记录")
            else:
                first, last = table.first_row + 1, table.first_row + table.row_count
                parts.append(f"第 {first:,}–{last:,} 条，共 {table.total:,} 条")
            if query.sort:
                label = browse.grouping_label(query.kind, query.sort)
                parts.append(f"按{label}{'降序' if query.descending else '升序'}")
        self.query_one("#records-status", Static).update(" · ".join(parts))

    # --- controls ---------------------------------------------------------------------------

    @on(Select.Changed, "#records-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        if self._updating_selects or event.value is Select.NULL or event.value == self.rquery.kind:
            return
        self.views = [View(browse.RecordQuery(str(event.value), village=self.rquery.village, text=self.rquery.text))]
        self._names_label = ""
        self._reload_view()

    @on(Select.Changed, "#records-village")
    def _village_changed(self, event: Select.Changed) -> None:
        if self._updating_selects:
            return
        village = None if event.value is Select.NULL else str(event.value)
        if village == self.rquery.village:
            return
        self.views = [replace(view, query=replace(view.query, village=village)) for view in self.views]
        self._reload_view()

    @on(Input.Submitted, "#records-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        self.views = [replace(view, query=replace(view.query, text=text)) for view in self.views]
        self._reload_view()
        self.query_one("#records-table", PagedTable).focus()

    def action_filter(self) -> None:
        self.query_one("#records-filter", Input).focus()

    def action_next_kind(self) -> None:
        kinds = list(KIND_LABELS)
        self.show(kinds[(kinds.index(self.rquery.kind) + 1) % len(kinds)])

    def action_clear_filters(self) -> None:
        self._names_label = ""
        self.views = [View(browse.RecordQuery(self.rquery.kind, village=self.rquery.village))]
        self._sync_selects()
        self._reload_view()

    def _cursor_column(self) -> browse.TableColumn | None:
        table = self.query_one("#records-table", PagedTable)
        if not self._columns:
            return None
        return self._columns[min(table.cursor_column, len(self._columns) - 1)]

    def action_sort(self, column_name: str | None = None) -> None:
        if self.view.grouping:
            return
        column = column_name or (self._cursor_column().name if self._cursor_column() else None)
        if column is None:
            return
        query = self.rquery
        if query.sort != column:
            sort, descending = column, False
        elif not query.descending:
            sort, descending = column, True
        else:
            sort, descending = None, False
        self.views[-1] = replace(self.view, query=replace(query, sort=sort, descending=descending))
        self._reload_view()

    @on(DataTable.HeaderSelected, "#records-table")
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        self.action_sort(str(event.column_key.value))

    def action_frequency(self, grouping: str | None = None) -> None:
        """Summarise by a grouping (a preset or a column); the cursor's column when none is given."""
        if grouping is None:
            column = self._cursor_column()
            if column is None:
                return
            grouping = browse.column_grouping(self.rquery.kind, column.name)
            if grouping is None:
                self.notify(f"「{column.label}」是金额或非年份日期，不能按它汇总；请换一列，或按 F 选择汇总方式。",
                            severity="warning")
                return
        elif grouping not in browse.groupings_for(self.rquery.kind):
            self.notify(f"{KIND_LABELS[self.rquery.kind]}没有「{browse.GROUPINGS.get(grouping, grouping)}」可汇总",
                        severity="warning")
            return
        if self.view.grouping:
            self.views[-1] = replace(self.view, grouping=grouping)
        else:
            self.views.append(View(self.rquery, grouping))
        self._reload_view()

    def action_choose_frequency(self) -> None:
        options = [(g, f"按{browse.GROUPINGS[g]}") for g in browse.groupings_for(self.rquery.kind)]

        def chosen(value: str | None) -> None:
            if value:
                self.action_frequency(value)

        self.app.push_screen(ChoiceDialog("汇总方式", options), chosen)

    @on(DataTable.RowSelected, "#records-freq")
    def _drill(self, event: DataTable.RowSelected) -> None:
        index = int(str(event.row_key.value))
        if not self.view.grouping or index >= len(self._freq_lines):
            return
        drill = browse.drill_for(self.rquery.kind, self.view.grouping, self._freq_lines[index])
        self.views.append(View(self.rquery.with_drill(drill)))
        self._reload_view()
        self.query_one("#records-table", PagedTable).focus()

    def action_back(self) -> None:
        if self.focused is self.query_one("#records-filter", Input):
            self.query_one("#records-table", PagedTable).focus()
            return
        if len(self.views) > 1:
            self.views.pop()
            self._reload_view()
            if not self.view.grouping:
                self.query_one("#records-table", PagedTable).focus()

    def action_jump(self) -> None:
        table = self.query_one("#records-table", PagedTable)
        if self.view.grouping or table.total == 0:
            return

        def jump(answer: str | None) -> None:
            if not answer:
                return
            target = max(1, min(int(answer), table.total)) - 1
            if table.first_row <= target < table.first_row + table.row_count:
                table.move_cursor(row=target - table.first_row, animate=False)
            else:
                self._generation += 1
                self.load_page(self._generation, self.rquery, max(0, target - 20), PAGE, table.total, False, target)
            table.focus()

        self.app.push_screen(
            TextInputDialog("跳转到行", f"输入行号（1–{table.total:,}）", restrict=r"[0-9]*",
                            validators=[Integer(minimum=1, failure_description="请输入正整数行号")]),
            jump,
        )

    @on(DataTable.CellSelected, "#records-table")
    def _open(self, event: DataTable.CellSelected) -> None:
        record_id = str(event.cell_key.row_key.value)
        if self.rquery.kind == "project":
            self.post_message(OpenDossier(record_id))
        else:
            self.post_message(OpenRecord(record_id))

    @on(DataTable.CellHighlighted, "#records-table")
    def _cell_moved(self) -> None:
        self._update_status()

    def action_counterparty(self) -> None:
        field = COUNTERPARTY_FIELD.get(self.rquery.kind)
        if not field:
            self.notify(f"{KIND_LABELS[self.rquery.kind]}没有往来单位", severity="warning")
            return
        name = self._current_value(field)
        if not name:
            self.notify("这一行没有往来单位", severity="warning")
            return
        from screens.dialogs.counterparty import CounterpartyDialog

        def chosen(names: tuple[str, ...] | None) -> None:
            if names:
                self.views = [View(browse.RecordQuery(self.rquery.kind, names=names))]
                self._names_label = name
                self._sync_selects()
                self._reload_view()

        self.app.push_screen(CounterpartyDialog(name), chosen)

    def _current_value(self, field: str) -> Any:
        """The value of a field in the cursor's row (grouped view: the selected group)."""
        if self.view.grouping:
            table = self.query_one("#records-freq", DataTable)
            if not self._freq_lines:
                return None
            line = self._freq_lines[min(table.cursor_row, len(self._freq_lines) - 1)]
            return line.key if self.view.grouping in ("counterparty", field) else None
        table = self.query_one("#records-table", PagedTable)
        if table.row_count == 0:
            return None
        record_id = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        row = browse.record_row(self.store, self.rquery.kind, record_id)
        return row.get(field) if row else None


__all__ = ["RecordsScreen"]
