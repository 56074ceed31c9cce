"""Provides ExportDialog: where to write the findings workbook, and whether to mask."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, Static

from screens.dialogs.base import Dialog


@dataclass(frozen=True)
class ExportChoice:
    """The user's answer: the workbook path and the masking switch."""

    path: Path
    mask: bool


class ExportDialog(Dialog[ExportChoice | None]):
    """Asks for the workbook path (a folder gets a default file name) and masking."""

    DEFAULT_CSS = """
    ExportDialog .dialog-error {
        color: $text-error;
        height: auto;
    }
    ExportDialog Input, ExportDialog Checkbox {
        margin-top: 1;
    }
    """

    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label("导出问题清单（Excel）", classes="dialog-title")
            yield Static("文件路径（.xlsx）；填写文件夹时使用默认文件名。", markup=False)
            yield Input(str(self.default_path), id="path")
            yield Checkbox("隐去身份证号和电话号码（脱敏）", id="mask")
            yield Static("", classes="dialog-error", id="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel")
                yield Button("导出", id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        error = self.query_one("#error", Static)
        if not text:
            error.update("请填写导出路径")
            return
        path = Path(text).expanduser()
        if path.is_dir():
            path = path / self.default_path.name
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if not path.parent.exists():
            error.update(f"文件夹不存在：{path.parent}")
            return
        self.dismiss(ExportChoice(path, self.query_one("#mask", Checkbox).value))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
