"""Provides CounterpartyDialog: every spelling of one counterparty, and why they were joined.

"浙江宏达建设有限公司", "宏达建设（有限公司）" and "宏达建设" are one
contractor; the core groups them (``xuncha.parties``). The dialog lists the
variants with their record counts and amounts and the evidence of each
join; Enter dismisses with all the spellings, so that the records screen can
list their records together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Label, Static
from textual.worker import Worker, WorkerState

from screens.dialogs.base import Dialog
from screens.util import plain, right
from xuncha import parties
from xuncha.money import format_yuan


@dataclass
class Identity:
    """One counterparty identity as the dialog shows it."""

    display: str
    variants: list[tuple[str, int, int, str]]
    """(spelling, records, amount fen, why it was joined)."""


def load_identity(store: Any, name: str) -> Identity:
    """The identity of a raw name with all its spellings (runs in a worker)."""
    key = parties.identity_of(store, name)
    for view in parties.list_parties(store):
        if view.key == key:
            return Identity(view.display, [(v.name, v.records, v.amount, v.evidence) for v in view.variants])
    names = parties.party_names(store, key) or [name]
    return Identity(parties.display_name(store, key), [(n, 0, 0, "") for n in names])


class CounterpartyDialog(Dialog[tuple[str, ...] | None]):
    """Lists one counterparty's spellings; dismisses with them to browse their records."""

    DEFAULT_CSS = """
    CounterpartyDialog > .dialog-box {
        width: 100;
    }
    CounterpartyDialog DataTable {
        height: auto;
        max-height: 16;
    }
    """

    @dataclass
    class Loaded(Message):
        identity: Identity

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name_ = name
        """The spelling the user started from."""
        self.identity: Identity | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(f"往来单位：{self.name_}", classes="dialog-title", markup=False)
            yield Static("正在读取…", id="party-summary", markup=False)
            yield DataTable(id="party-variants", cursor_type="row")
            with Horizontal(classes="dialog-buttons"):
                yield Button("关闭", id="cancel")
                yield Button("查看全部记录", id="ok", variant="primary")

    def on_mount(self) -> None:
        table = self.query_one("#party-variants", DataTable)
        table.add_columns("写法", "记录", "金额(元)", "归并依据")
        self.load(self.name_)

    @work(thread=True, exclusive=True, exit_on_error=False, group="party", description="读取往来单位")
    def load(self, name: str) -> None:
        self.post_message(self.Loaded(load_identity(self.app.store, name)))  # type: ignore[attr-defined]

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.identity = message.identity
        table = self.query_one("#party-variants", DataTable)
        table.clear()
        for spelling, records, amount, evidence in message.identity.variants:
            table.add_row(plain(spelling, 36), right(f"{records:,}"), right(format_yuan(amount) if amount else ""),
                          plain(evidence, 36))
        n = len(message.identity.variants)
        self.query_one("#party-summary", Static).update(
            f"认定为同一单位「{message.identity.display}」，共 {n} 种写法。Enter 查看它们的全部记录。"
        )
        table.focus()

    @on(Worker.StateChanged)
    def _failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.query_one("#party-summary", Static).update(f"无法读取：{event.worker.error}")

    @on(DataTable.RowSelected)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        if self.identity is not None:
            self.dismiss(tuple(v[0] for v in self.identity.variants))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
