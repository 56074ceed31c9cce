"""Provides ChoiceDialog: pick one of a few options (a finding's status, a summary)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from screens.dialogs.base import Dialog


class ChoiceDialog(Dialog[str | None]):
    """A short list of options; Enter or a click picks one, Escape cancels."""

    DEFAULT_CSS = """
    ChoiceDialog > .dialog-box {
        width: 50;
    }
    ChoiceDialog OptionList {
        height: auto;
        max-height: 16;
        margin-top: 1;
    }
    ChoiceDialog #choice-hint {
        margin-top: 1;
        color: $text-muted;
    }
    """

    def __init__(self, title: str, options: list[tuple[str, str]], *, current: str | None = None,
                 prompt: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.options = options
        """(value, label) pairs, in the order shown."""
        self.current = current
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title")
            if self.prompt:
                yield Static(self.prompt, markup=False)
            yield OptionList(*[Option(label, id=value) for value, label in self.options], id="choices")
            # The footer below belongs to the page under the dialog (its keys do nothing here).
            yield Static("↑↓ 选择，Enter 确定，Esc 取消", classes="hint", id="choice-hint")

    def on_mount(self) -> None:
        options = self.query_one("#choices", OptionList)
        options.focus()
        values = [value for value, _ in self.options]
        if self.current in values:
            options.highlighted = values.index(self.current)

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
