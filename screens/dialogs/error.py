"""Provides ErrorDialog: what went wrong and where (file, sheet, row, column), never a traceback."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Label, Static

from screens.dialogs.base import Dialog


class ErrorDialog(Dialog[None]):
    """Shows an error the user can act on; the application keeps running."""

    DEFAULT_CSS = """
    ErrorDialog > .dialog-box {
        border: thick $error 80%;
    }
    ErrorDialog .error-where {
        color: $text-warning;
        margin-top: 1;
    }
    ErrorDialog VerticalScroll {
        height: auto;
        max-height: 16;
    }
    """

    def __init__(self, title: str, message: str, where: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.message = message
        self.where = where
        """Where it happened: '文件 a.xlsx，工作表 收支，第 12 行，列 金额'."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title")
            with VerticalScroll():
                yield Static(self.message, markup=False)
                if self.where:
                    yield Static(self.where, markup=False, classes="error-where")
            with Horizontal(classes="dialog-buttons"):
                yield Button("知道了", id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    @on(Button.Pressed, "#ok")
    def _close(self) -> None:
        self.dismiss(None)
