"""Provides the shared frame of every dialog: a bordered box with a title, centred."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

T = TypeVar("T")


class Dialog(ModalScreen[T]):
    """A modal dialog that Escape cancels (dismissing with None)."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        background: $background 60%;
    }
    Dialog > .dialog-box {
        width: 72;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary 80%;
        background: $surface;
        padding: 1 2;
    }
    Dialog .dialog-title {
        text-style: bold;
        width: 1fr;
        margin-bottom: 1;
    }
    Dialog .dialog-buttons {
        height: auto;
        width: 1fr;
        align-horizontal: right;
        margin-top: 1;
    }
    Dialog .dialog-buttons Button {
        margin-left: 2;
        min-width: 10;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "取消", tooltip="关闭对话框，不做改动", id="dialog.cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)
