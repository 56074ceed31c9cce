"""Provides TextInputDialog: one line of text (a dismiss reason, a note, a row number)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.validation import Validator
from textual.widgets import Button, Input, Label, Static

from screens.dialogs.base import Dialog


class TextInputDialog(Dialog[str | None]):
    """Asks for one line of text; dismisses with the text, or None when cancelled."""

    DEFAULT_CSS = """
    TextInputDialog .dialog-error {
        color: $text-error;
        height: auto;
    }
    TextInputDialog Input {
        margin-top: 1;
    }
    """

    def __init__(self, title: str, prompt: str = "", *, value: str = "", placeholder: str = "",
                 required: bool = True, ok: str = "确定", validators: list[Validator] | None = None,
                 restrict: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.value = value
        self.placeholder = placeholder
        self.required = required
        """Whether an empty answer is refused (a dismiss reason must be given)."""
        self.ok = ok
        self.validators = validators or []
        self.restrict = restrict

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title")
            if self.prompt:
                yield Static(self.prompt, markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="answer",
                        validators=self.validators, restrict=self.restrict)
            yield Static("", classes="dialog-error", id="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel")
                yield Button(self.ok, id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#answer", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        answer = self.query_one("#answer", Input)
        text = answer.value.strip()
        error = self.query_one("#error", Static)
        if self.required and not text:
            error.update("请填写内容")
            return
        validation = answer.validate(text)
        if validation is not None and not validation.is_valid:
            error.update("；".join(validation.failure_descriptions))
            return
        self.dismiss(text)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
