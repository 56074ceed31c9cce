"""Provides MappingDialog: tell the importer what a sheet is and what each column means.

Opened on the import screen for a sheet the importer could not recognise
(or mapped wrongly). The user picks the record kind, the village when the
sheet has none, the header row (0 when the sheet has none: its columns are then
named A, B, C … on the next preview), and for each header the canonical field
(or "不导入"). The dialog dismisses with a ``MappingAnswer``; the import screen
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
from xuncha.models import KIND_FIELDS, KIND_LABELS

IGNORE = "ignore"


@dataclass
class MappingAnswer:
    """What the user decided for one sheet."""

    sheet: str
    kind: str
    village: str
    header_row: int | None
    """The header's Excel row, 0 for a sheet without one (columns by letter), None to let the importer find it."""
    columns: dict[str, str] = field(default_factory=dict)
    """Header text -> field name, or 'ignore'."""
    save: bool = True
    """Keep the mapping for files of the same name."""
    direction: str = ""
    """'out' or 'in' for every entry of a payment sheet whose columns do not tell; '' to read the columns."""

    def to_dict(self) -> dict[str, Any]:
        """The mapping file's structure (importers.mapping_from_dict reads it)."""
        data: dict[str, Any] = {"kind": self.kind, "sheets": [self.sheet], "columns": dict(self.columns)}
        if self.village:
            data["village"] = self.village
        if self.header_row is not None:
            data["header_row"] = self.header_row
        if self.direction and self.kind == "payment":
            data["direction"] = self.direction
        return data


DIRECTION_CHOICES = [("看表中的列", ""), ("都是支出", "out"), ("都是收入", "in")]
"""How a payment sheet tells money in from money out: its columns, or one direction for every row."""


def field_options(kind: str) -> list[tuple[str, str]]:
    """The choices for one column: 不导入, then the Chinese field labels (unique within a kind)."""
    return [("不导入", IGNORE)] + [(spec.label, spec.name) for spec in KIND_FIELDS[kind]]


class MappingDialog(Dialog[MappingAnswer | None]):
    """Header -> field editor for one sheet.

    Every field is one line high (compact), so that at 80×24 the list of columns
    still shows several headers with their example values; with the standard
    three-line fields it had one line left, and no header could be read.
    """

    DEFAULT_CSS = """
    MappingDialog > .dialog-box {
        width: 96;
        height: 90%;
        max-height: 100%;
    }
    MappingDialog .dialog-title {
        margin-bottom: 0;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    MappingDialog #mapping-note {
        color: $text-muted;
        margin-bottom: 1;
    }
    MappingDialog #mapping-top {
        height: 1;
        margin-bottom: 1;
    }
    MappingDialog #mapping-top > Label {
        width: auto;
        color: $text-muted;
        padding-right: 1;
    }
    MappingDialog #mapping-kind {
        width: 12;
        margin-right: 1;
    }
    MappingDialog #mapping-direction {
        width: 14;
        margin-right: 1;
    }
    MappingDialog #mapping-village {
        width: 1fr;
        margin-right: 2;
    }
    MappingDialog #mapping-header-row {
        width: 8;
    }
    MappingDialog #mapping-columns-title {
        color: $text-muted;
    }
    MappingDialog #mapping-columns {
        height: 1fr;
        min-height: 3;
        border: round $panel;
    }
    MappingDialog .mapping-row {
        height: 1;
    }
    MappingDialog .mapping-header {
        width: 1fr;
        padding-right: 1;
    }
    MappingDialog .mapping-row Select {
        width: 24;
    }
    MappingDialog .dialog-error {
        color: $text-error;
        height: auto;
    }
    MappingDialog .dialog-buttons {
        margin-top: 0;
    }
    """

    HINT = "Tab 下一项，Enter 选择，Esc 取消。"

    def __init__(self, file: str, sheet: str, headers: list[str], *, kind: str | None = None,
                 mapping: dict[str, str] | None = None, village: str = "", header_row: int | None = None,
                 note: str = "", samples: dict[str, str] | None = None, direction: str = "") -> None:
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
        self.samples = dict(samples or {})
        """Header -> the first value under it, so that a header like '发生额' can be told apart."""
        self.direction = direction

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            title = Label(f"列映射：{self.file} / {self.sheet}", classes="dialog-title", markup=False)
            title.tooltip = f"{self.file} / {self.sheet}"  # the line is cut when the names are long
            yield title
            yield Static("".join(part for part in (self.note, self.HINT) if part), id="mapping-note", markup=False)
            with Horizontal(id="mapping-top"):
                yield Label("类型")
                yield Select([(label, kind) for kind, label in KIND_LABELS.items()], value=self.kind,
                             allow_blank=False, id="mapping-kind", compact=True)
                yield Label("收支", id="mapping-direction-label")
                yield Select(DIRECTION_CHOICES, value=self.direction, allow_blank=False, id="mapping-direction",
                             compact=True)
                yield Label("村名")
                yield Input(self.village, placeholder="表里没有村名时填写", id="mapping-village", compact=True)
                yield Label("表头行")
                header_row = Input("" if self.header_row is None else str(self.header_row), placeholder="行号",
                                   id="mapping-header-row", restrict=r"[0-9]*", validators=[Integer(minimum=0)],
                                   compact=True)
                header_row.tooltip = "表头所在的行号；表格没有表头、第一行就是数据时填 0，各列按 A、B、C… 指定"
                yield header_row
            yield Label("表头（例：第一行数据） → 字段", id="mapping-columns-title")
            with VerticalScroll(id="mapping-columns"):
                if not self.headers:
                    yield Static("没有读到表头。请填写表头所在的行号（没有表头时填 0）后确定，再预览一次。",
                                 markup=False)
                for index, header in enumerate(self.headers):
                    with Horizontal(classes="mapping-row"):
                        yield Label(self._header_text(header), classes="mapping-header", markup=False)
                        yield Select(field_options(self.kind), value=self._initial(header), allow_blank=False,
                                     id=f"mapping-field-{index}", compact=True)
            yield Checkbox("保存映射，下次导入同名文件时自动使用", value=True, id="mapping-save", compact=True)
            yield Static("", classes="dialog-error", id="mapping-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("取消", id="cancel", compact=True)
                yield Button("确定并重新预览", id="ok", variant="primary", compact=True)

    def _header_text(self, header: str) -> str:
        """A header with its example value, cut to one line."""
        sample = self.samples.get(header, "")
        text = f"{header}（例：{sample}）" if sample else header
        return text if len(text) <= 60 else text[:59] + "…"

    def _initial(self, header: str) -> str:
        value = self.mapping.get(header, IGNORE)
        names = {spec.name for spec in KIND_FIELDS[self.kind]}
        return value if value in names else IGNORE

    def on_mount(self) -> None:
        self._show_direction()
        self.query_one("#mapping-kind", Select).focus()

    def _show_direction(self) -> None:
        """The 收支 choice only means something for a payment sheet."""
        for widget in self.query("#mapping-direction-label, #mapping-direction"):
            widget.display = self.kind == "payment"

    @on(Select.Changed, "#mapping-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        if event.value is Select.NULL or event.value == self.kind:
            return
        self.kind = str(event.value)
        self._show_direction()
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
        header_row_text = self.query_one("#mapping-header-row", Input).value.strip()
        header_row = int(header_row_text) if header_row_text.isdigit() else None
        if header_row != self.header_row and header_row is not None:
            # The listed headers are those of the old header row: the next preview lists the new ones.
            columns = {}
        elif self.headers and not used:
            self.query_one("#mapping-error", Static).update("至少要有一列对应到字段")
            return
        self.dismiss(MappingAnswer(
            sheet=self.sheet, kind=self.kind, village=self.query_one("#mapping-village", Input).value.strip(),
            header_row=header_row, columns=columns, save=self.query_one("#mapping-save", Checkbox).value,
            direction=str(self.query_one("#mapping-direction", Select).value) if self.kind == "payment" else "",
        ))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
