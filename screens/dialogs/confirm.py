"""Provides ConfirmDialog: a yes/no question that dismisses with a bool."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from screens.dialogs.base import Dialog


class ConfirmDialog(Dialog[bool]):
    """Asks before doing something that cannot be undone; Escape means no."""

    def __init__(self, title: str, message: str, *, yes: str = "确定", no: str = "取消") -> None:
        super().__init__()
        self.title_text = title
        """The question, one line."""
        self.message = message
        """What will happen, in a sentence or two."""
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.message, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.no, id="no")
                yield Button(self.yes, id="yes", variant="primary")

    def on_mount(self) -> None:
        # The safe answer has the focus: an Enter pressed out of habit must not remove data.
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(False)
