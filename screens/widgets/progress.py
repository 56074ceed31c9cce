"""Provides ProgressPanel: a labelled progress bar with a cancel button, driven by attributes."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button, Label, ProgressBar


class ProgressPanel(Horizontal):
    """'正在导入 a.xlsx / 收支  ▇▇▇▇  42%  [取消]'; hidden while idle.

    The owner sets ``message``, ``done`` and ``total`` from its progress
    messages; the panel posts ``CancelRequested`` when the button is pressed.
    """

    DEFAULT_CSS = """
    ProgressPanel {
        height: 1;
        width: 1fr;
        display: none;
    }
    ProgressPanel.-running {
        display: block;
    }
    ProgressPanel > Label {
        width: 1fr;
        height: 1;
        overflow: hidden;
        text-wrap: nowrap;
    }
    ProgressPanel > ProgressBar {
        width: auto;
        margin: 0 1;
    }
    ProgressPanel > Button {
        height: 1;
        width: auto;
        min-width: 8;
    }
    """

    message: reactive[str] = reactive("")
    """What is being done, e.g. '收支.xlsx / 2021年'."""
    done: reactive[float] = reactive(0.0)
    total: reactive[float | None] = reactive(None)
    """None while the total is not known yet (the bar pulses)."""

    @dataclass
    class CancelRequested(Message):
        """The user pressed 取消 on the panel."""

        panel: "ProgressPanel"

    def compose(self) -> ComposeResult:
        yield Label("", id="progress-label")
        yield ProgressBar(show_eta=False, id="progress-bar")
        # compact: a normal button draws a border above and below its label, and in one line
        # of height only the lower border was left (the label 取消 never showed).
        yield Button("取消", id="progress-cancel", variant="warning", compact=True)

    runs: int = 0
    """How many times the panel was started (tests read it)."""

    def start(self, message: str) -> None:
        self.runs += 1
        self.message = message
        self.done = 0.0
        self.total = None
        self.add_class("-running")
        self.refresh_bindings()  # the screen's footer may show its cancel key only while the panel runs

    def stop(self) -> None:
        self.remove_class("-running")
        self.refresh_bindings()

    @property
    def running(self) -> bool:
        return self.has_class("-running")

    def watch_message(self, message: str) -> None:
        if self.is_mounted:
            self.query_one("#progress-label", Label).update(message)

    def watch_done(self, done: float) -> None:
        if self.is_mounted:
            self.query_one("#progress-bar", ProgressBar).update(progress=done)

    def watch_total(self, total: float | None) -> None:
        if self.is_mounted:
            self.query_one("#progress-bar", ProgressBar).update(total=total)

    @on(Button.Pressed, "#progress-cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.CancelRequested(self))
