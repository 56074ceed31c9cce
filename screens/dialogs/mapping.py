"""Provides MappingDialog: tell the importer what a sheet is and what each column means.

Opened on the import screen for a sheet the importer could not recognise
(or mapped wrongly). The user picks the record kind, the village when the
sheet has none, the header row, and for each header the canonical field (or
"不导入"). The dialog dismisses with a ``MappingAnswer``; the import screen
turns it into the importers' mapping, saves it for files of the same name
next time, and previews again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.validation import Integer
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from screens.dialogs.base import Dialog
from screens.widgets.charts import pad_cells
from xuncha.models import KIND_FIELDS, KIND_LABELS

IGNORE = "ignore"


@dataclass
class MappingAnswer:
    """What the user decided for one sheet."""

    sheet: str
    kind: str
    village: str
    header_row: int | None
    columns: dict[str, str] = field(default_factory=dict)
    """Header text -> field name, or 'ignore'."""
    save: bool = True
    """Keep the mapping for files of the same name."""

    def to_dict(self) -> dict[str, Any]:
        """The mapping file's structure (importers.mapping_from_dict reads it)."""
        data: dict[str, Any] = {"kind": self.kind, "sheets": [self.sheet], "columns": dict(self.columns)}
        if self.village:
            data["village"] = self.village
        if self.header_row:
            data["header_row"] = self.header_row
        return data


def field_options(kind: str) -> list[tuple[str, str]]:
    """The choices for one column: 不导入, then the Chinese field labels (unique within a kind)."""
    return [("不导入", IGNORE)] + [(spec.label, spec.name) for spec in KIND_FIELDS[kind]]


class MappingDialog(Dialog[MappingAnswer | None]):
    """Header -> field editor for one sheet."""

    DEFAULT_CSS = """
    MappingDialog > .dialog-box {
        width: 96;
        height: 90%;
    }
    MappingDialog #mapping-top {
        height: auto;
    }
    MappingDialog #mapping-top > Select {
        width: 24;
    }
    MappingDialog #mapping-top > Input {
        width: 1fr;
    }
    MappingDialog #mapping-header-row {
        width: 16;
    }
    MappingDialog #mapping-columns {
        height: 1fr;
        border: round $panel;
    }
    MappingDialog .mapping-row {
        height: 3;
    }
    MappingDialog .mapping-header {
        width: 34;
        padding: 1 1 0 0;
    }
    MappingDialog .mapping-row Select {
        width: 1fr;
    }
    MappingDialog .dialog-error {
        color: $text-error;
        height: auto;
    }
    """

    def __init__(self, file: str, sheet: str, headers: list[str], *, kind: str | None = None,
                 mapping: dict[str, str] | None = None, village: str = "", header_row: int | None = None,
                 note: str = "") -> None:
        super().__init__()
        self.file = file
        self.sheet = sheet
        self.headers = [h for h in headers if h]
        self.kind = kind or "payment"
        self.mapping = dict(mapping or {})
        """The importer's guess: header -> field."""
        self.village = village
        self.header_row = header_row
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(f"列映射：{self.file} / {self.sheet}", classes="dialog-title", markup=False)
            yield Static(self.note or "选择这张表是什么记录，以及每一列对应的字段。保存后同名文件下次自动使用。", markup=False)
            with Horizontal(id="mapping-top"):
                yield Select([(label, kind) for kind, label in KIND_LABELS.items()], value=self.kind,
                             allow_blank=False, id="mapping-kind")
                yield Input(self.village, placeholder="村名（表里没有时填写）", id="mapping-village")
                yield Input(str(self.header_row or ""), placeholder="表头行号", id="mapping-header-row",
                            restrict=r"[0-9]*", validators=[Integer(minimum=1)])
            with VerticalScroll(id="mapping-columns"):
                if not self.headers:
                    yield Static("没有读到表头。请填写表头所在的行号后保存，再预览一次。", markup=False)
                for index, header in enumerate(self.headers):
                    with Horizontal(classes="mapping-row"):
                        yield Label(pad_cells(header, 32), classes="mapping-header", markup=False)
                        yield Select(field_options(self.kind), value=self._initial(header), allow_blank=False,
                                     id=f"mapping-field-{index}")
            yield Checkbox("保存映射，下次导入同名文件时自动使用", value=True, id="mapping-save")
            yield Static("", classes="dialog-error", id="mapping-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel")
                yield Button("确定并重新预览", id="ok", variant="primary")

    def _initial(self, header: str) -> str:
        value = self.mapping.get(header, IGNORE)
        names = {spec.name for spec in KIND_FIELDS[self.kind]}
        return value if value in names else IGNORE

    def on_mount(self) -> None:
        self.query_one("#mapping-kind", Select).focus()

    @on(Select.Changed, "#mapping-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        if event.value is Select.NULL or event.value == self.kind:
            return
        self.kind = str(event.value)
        for index, header in enumerate(self.headers):
            select = self.query_one(f"#mapping-field-{index}", Select)
            select.set_options(field_options(self.kind))
            select.value = self._initial(header)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        columns: dict[str, str] = {}
        used: dict[str, str] = {}
        for index, header in enumerate(self.headers):
            value = str(self.query_one(f"#mapping-field-{index}", Select).value)
            columns[header] = value
            if value != IGNORE:
                if value in used and value != "amount":
                    self.query_one("#mapping-error", Static).update(
                        f"「{used[value]}」和「{header}」都映射到了同一字段，请只保留一个")
                    return
                used[value] = header
        if self.headers and not used:
            self.query_one("#mapping-error", Static).update("至少要有一列对应到字段")
            return
        header_row_text = self.query_one("#mapping-header-row", Input).value.strip()
        self.dismiss(MappingAnswer(
            sheet=self.sheet, kind=self.kind, village=self.query_one("#mapping-village", Input).value.strip(),
            header_row=int(header_row_text) if header_row_text.isdigit() and int(header_row_text) > 0 else None,
            columns=columns, save=self.query_one("#mapping-save", Checkbox).value,
        ))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
