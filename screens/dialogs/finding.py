"""Provides FindingEditDialog: correct a finding's title, village, severity, amount and description.

A finding taken from a flag carries the rule's wording, and one added by hand
(问题清单 m) has only a title: before the list is handed in, the inspector
words the title as the team reports it, fills in the village and the amount,
and writes the description. The dialog dismisses with the fields that changed
(``FindingEdit``); the notebook saves them, each change a history event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from screens.dialogs.base import Dialog
from screens.util import SEVERITY_LABELS


def yuan_text(fen: int | None) -> str:
    """An amount as the dialog shows it for editing: '12500.00' (no thousands commas), '' for none."""
    return "" if fen is None else f"{fen // 100}.{fen % 100:02d}"


@dataclass(frozen=True)
class FindingEdit:
    """The fields the user changed (None: unchanged)."""

    title: str | None = None
    village: str | None = None
    severity: str | None = None
    amount_fen: int | None = None
    clear_amount: bool = False
    """The amount was emptied: the finding has none now."""
    detail: str | None = None

    def changed(self) -> list[str]:
        """The Chinese names of the changed fields, for the notice."""
        names = [("title", "标题"), ("village", "村(社区)"), ("severity", "风险等级"), ("detail", "问题描述")]
        out = [label for name, label in names if getattr(self, name) is not None]
        if self.amount_fen is not None or self.clear_amount:
            out.insert(3, "涉及金额")
        return out


class FindingEditDialog(Dialog[FindingEdit | None]):
    """The finding's descriptive fields, one line each, and its description; 保存 or Escape."""

    DEFAULT_CSS = """
    FindingEditDialog > .dialog-box {
        width: 76;
    }
    FindingEditDialog .dialog-title {
        margin-bottom: 0;
    }
    FindingEditDialog .edit-row {
        height: 1;
    }
    FindingEditDialog #edit-hint {
        margin-bottom: 1;
        color: $text-muted;
    }
    FindingEditDialog #edit-hint.-error {
        color: $text-error;
    }
    FindingEditDialog .edit-row Label {
        width: 10;
        color: $text-muted;
    }
    FindingEditDialog .edit-row Input, FindingEditDialog .edit-row Select {
        width: 1fr;
    }
    FindingEditDialog #edit-detail-label {
        margin-top: 1;
        color: $text-muted;
    }
    FindingEditDialog TextArea {
        height: 4;
    }
    FindingEditDialog .dialog-buttons {
        margin-top: 0;
    }
    """

    HINT = "Tab 下一项；Enter 保存（描述框里 Enter 换行）；Esc 取消"
    """The keys, on the line under the title; a field that is not acceptable is named there instead (red)."""

    def __init__(self, finding: Any) -> None:
        super().__init__()
        self.finding = finding
        """The finding as the notebook lists it (xuncha.findings.Finding)."""

    def compose(self) -> ComposeResult:
        finding = self.finding
        with Vertical(classes="dialog-box"):
            yield Label(f"修改第 {finding.id} 号问题", classes="dialog-title")
            yield Static(self.HINT, id="edit-hint")
            with Horizontal(classes="edit-row"):
                yield Label("标题")
                yield Input(finding.title or "", id="edit-title", compact=True, select_on_focus=False)
            with Horizontal(classes="edit-row"):
                yield Label("村(社区)")
                yield Input(finding.village or "", placeholder="例如：石桥村", id="edit-village", compact=True,
                            select_on_focus=False)
            with Horizontal(classes="edit-row"):
                yield Label("风险等级")
                yield Select([(label, key) for key, label in SEVERITY_LABELS.items()], allow_blank=False,
                             value=finding.severity if finding.severity in SEVERITY_LABELS else "medium",
                             id="edit-severity", compact=True)
            with Horizontal(classes="edit-row"):
                yield Label("金额(元)")
                yield Input(yuan_text(finding.amount), placeholder="例如 12500、1.25万；留空表示不涉及金额",
                            id="edit-amount", compact=True, select_on_focus=False)
            yield Label("问题描述", id="edit-detail-label")
            yield TextArea(finding.detail or "", id="edit-detail", compact=True, soft_wrap=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel")
                yield Button("保存", id="ok", variant="primary")

    def on_mount(self) -> None:
        title = self.query_one("#edit-title", Input)
        title.focus()
        # The beginning of the title in view (a long one would show its end), the cursor there.
        title.cursor_position = 0

    def answer(self) -> FindingEdit:
        """The changed fields; raises ValueError with the reason when a field is not acceptable."""
        from xuncha.findings import FindingError, parse_yuan

        finding = self.finding
        title = self.query_one("#edit-title", Input).value.strip()
        if not title:
            raise ValueError("标题不能为空")
        village = self.query_one("#edit-village", Input).value.strip()
        severity = str(self.query_one("#edit-severity", Select).value)
        amount_text = self.query_one("#edit-amount", Input).value.strip()
        amount: int | None = None
        if amount_text:
            try:
                amount = parse_yuan(amount_text)
            except FindingError as error:
                raise ValueError(str(error)) from None
            if amount < 0:
                raise ValueError("金额不能为负数")
        detail = self.query_one("#edit-detail", TextArea).text.strip()
        return FindingEdit(
            title=title if title != (finding.title or "") else None,
            village=village if village != (finding.village or "") else None,
            severity=severity if severity != finding.severity else None,
            amount_fen=amount if amount is not None and amount != finding.amount else None,
            clear_amount=amount is None and finding.amount is not None,
            detail=detail if detail != (finding.detail or "").strip() else None,
        )

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _submit(self) -> None:
        try:
            edit = self.answer()
        except ValueError as error:
            hint = self.query_one("#edit-hint", Static)
            hint.update(f"{error}（Esc 取消）")
            hint.add_class("-error")
            return
        self.dismiss(edit)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
