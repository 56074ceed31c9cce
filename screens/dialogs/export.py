"""Provides ExportDialog: where to write the findings workbook, and whether to mask.

An existing file is never overwritten silently: the dialog asks first, and
only an explicit yes replaces it. A folder gets a file name that is not
taken yet (巡察问题清单_20240301-2.xlsx after 巡察问题清单_20240301.xlsx).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, Static

from screens.dialogs.base import Dialog
from screens.dialogs.confirm import ConfirmDialog


def unused_path(path: Path) -> Path:
    """``path`` if no file is there yet, else the first free ``name-2.xlsx``, ``name-3.xlsx``…"""
    if not path.exists():
        return path
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


class OverwriteDialog(ConfirmDialog):
    """Asks whether to replace an existing workbook; the safe answer (不覆盖) has the focus."""

    def __init__(self, path: Path) -> None:
        super().__init__("文件已存在，要覆盖吗？", f"{path}\n已经存在。覆盖后原文件的内容将无法恢复。",
                         yes="覆盖", no="不覆盖")
        self.path = path

    def on_mount(self) -> None:
        # ConfirmDialog's own on_mount (run after this one) focuses 覆盖; move the focus once it has.
        self.call_after_refresh(self.query_one("#no", Button).focus)


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
            path = unused_path(path / self.default_path.name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if not path.parent.exists():
            error.update(f"文件夹不存在：{path.parent}")
            return
        if path.is_dir():
            error.update(f"这是一个文件夹，请写文件名：{path}")
            return
        choice = ExportChoice(path, self.query_one("#mask", Checkbox).value)
        if not path.exists():
            self.dismiss(choice)
            return

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.dismiss(choice)
            else:
                error.update(f"未导出：{path.name} 已存在。请换一个文件名，或再按“导出”并选择覆盖。")
                self.query_one("#path", Input).focus()

        self.app.push_screen(OverwriteDialog(path), answered)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
