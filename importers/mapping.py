"""Provides column mapping files: the user's fix for a sheet the importer cannot read alone.

A mapping file is TOML, reusable for every file of the same layout::

    # 石桥村合同台账的列映射
    kind = "contract"          # project / contract / payment / asset / resource / cadre (或中文：合同)
    village = "石桥村"          # 可选：表里没有村名时使用
    header_row = 3             # 可选：表头所在行（Excel 行号；两行表头写下面那一行）
    header_rows = 2            # 可选：表头占几行（1 或 2）
    sheets = ["Sheet1"]        # 可选：只用于这些工作表，其余工作表照常自动识别
    direction = "out"          # 可选，只用于收支表：表中每一笔都是支出（out 支出 / in 收入）

    [columns]                  # 表头文字 = 字段（写 "ignore" 或 "" 表示不导入该列）
    "乙方单位" = "counterparty"
    "金额（万元）" = "amount"
    "甲方" = "ignore"

    [units]                    # 可选：某列金额的单位（yuan 元 / qian 千元 / wan 万元 / fen 分）
    "金额（万元）" = "wan"

Fields may be written as field names (counterparty) or as their Chinese labels
(乙方). Header texts are compared loosely: full-width/half-width, spaces and
"(万元)"-style suffixes do not matter.

A sheet without a header (a ledger's second sheet or half-year file that starts with data on
row 1) is described by column letter, with ``header_row = 0``: every row is data::

    kind = "payment"
    header_row = 0             # 没有表头，数据从第 1 行起
    [columns]
    A = "date"
    C = "summary"
    F = "expense"
    [units]
    F = "wan"

With a header row, [columns] keeps naming header texts: a letter is taken for one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers.errors import BadMapping
from importers.synonyms import (
    HELPER_FIELDS,
    IGNORE,
    KIND_HELPERS,
    field_label,
    kind_fields,
    normalize_header,
    split_brackets,
)
from xuncha.models import KIND_FIELDS, KIND_LABELS, KINDS

UNMATCHED_COLUMNS_NOTE = "映射文件中的列"
"""How a sheet's note begins when the mapping names columns the sheet does not have."""

NO_HEADER_ROW = 0
"""``header_row`` of a sheet without a header: its columns are named by letter, its data starts on row 1."""
_COLUMN_LETTERS = re.compile(r"[A-Za-z]{1,3}")

_DIRECTION_WORDS = {"out": "out", "支出": "out", "付": "out", "in": "in", "收入": "in", "收": "in"}
_UNIT_WORDS = {"yuan": "yuan", "元": "yuan", "qian": "qian", "千元": "qian", "千": "qian",
               "wan": "wan", "万元": "wan", "万": "wan", "fen": "fen", "分": "fen"}


@dataclass
class Mapping:
    """A user's column mapping for sheets of one layout."""

    kind: str | None = None
    village: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    """Header text as written in the sheet -> field name ('ignore' to leave a column out)."""
    header_row: int | None = None
    header_rows: int | None = None
    sheets: list[str] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)
    """Header text -> 'yuan', 'qian', 'wan' or 'fen'."""
    direction: str | None = None
    """'in' or 'out' for every entry of a payment sheet whose columns do not tell."""
    source: str = ""
    """Where the mapping came from (file name), for messages."""

    def applies_to(self, sheet: str) -> bool:
        return not self.sheets or sheet in self.sheets

    @property
    def headerless(self) -> bool:
        """The sheets have no header: [columns] and [units] name columns by letter (A, B, … AA)."""
        return self.header_row == NO_HEADER_ROW

    def normalized_columns(self) -> dict[str, str]:
        """Normalised header text -> field ('' for an ignored column)."""
        return {normalize_header(h): ("" if f == IGNORE else f) for h, f in self.columns.items()}

    def normalized_units(self) -> dict[str, str]:
        return {normalize_header(h): u for h, u in self.units.items()}

    def unmatched_headers(self, parents: list[str], children: list[str], names: list[str]) -> list[str]:
        """The headers of [columns] and [units] that no column of a sheet has, as the file writes them.

        A column takes the first of its spellings the mapping names, as the
        column assignment does (``kinds.assign_columns``); a unit applies to a
        column by its name.
        """
        columns = self.normalized_columns()
        used: set[str] = set()
        for index, name in enumerate(names):
            if not name:
                continue
            for key in (normalize_header(name), normalize_header(children[index]),
                        normalize_header(f"{parents[index]}{children[index]}"),
                        split_brackets(normalize_header(name))[0]):
                if key in columns:
                    used.add(key)
                    break
        named = {normalize_header(name) for name in names if name}
        missing = [header for header in self.columns if normalize_header(header) not in used]
        missing += [header for header in self.units
                    if normalize_header(header) not in named and header not in missing]
        return missing


def unmatched_columns_note(headers: list[str]) -> str:
    """The sheet's note for mapped columns it does not have: reported, never ignored silently."""
    listed = "、".join(f"“{header}”" for header in headers)
    return f"{UNMATCHED_COLUMNS_NOTE}{listed}在这张表中没有找到，未使用（请核对映射文件的表头文字）"


def load_mapping(path: Path) -> Mapping:
    """Read and check a mapping file; raises BadMapping with a Chinese message naming the file."""
    name = Path(path).name
    try:
        # utf-8-sig: Windows Notepad may save the file with a byte order mark
        data = tomllib.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise BadMapping(f"映射文件 {name} 不存在", file=name) from None
    except OSError as error:
        raise BadMapping(f"映射文件 {name} 无法读取：{error.strerror or error}", file=name) from None
    except tomllib.TOMLDecodeError as error:
        raise BadMapping(f"映射文件 {name} 格式有误（TOML）：{error}", file=name) from None
    except UnicodeDecodeError:
        raise BadMapping(f"映射文件 {name} 不是 UTF-8 文本", file=name) from None
    return mapping_from_dict(data, source=name)


def mapping_from_dict(data: dict[str, Any], *, source: str = "映射") -> Mapping:
    """Build and check a Mapping from parsed TOML (also used by the TUI's mapping editor)."""

    def fail(message: str) -> BadMapping:
        return BadMapping(f"映射文件 {source}：{message}", file=source)

    known = {"kind", "village", "columns", "header_row", "header_rows", "sheets", "units", "direction"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise fail(f"不认识的设置 {', '.join(unknown)}（可用：{', '.join(sorted(known))}）")
    kind = _kind(data.get("kind"), fail)
    village = data.get("village")
    if village is not None and (not isinstance(village, str) or not village.strip()):
        raise fail("village 应为村名文字")
    columns_data = data.get("columns", {})
    if not isinstance(columns_data, dict):
        raise fail("[columns] 应为“表头 = 字段”的列表")
    columns = {str(header): _field(kind, header, value, fail) for header, value in columns_data.items()}
    header_row = _header_row(data.get("header_row"), fail)
    header_rows = _positive_int(data.get("header_rows"), "header_rows", fail)
    if header_rows not in (None, 1, 2):
        raise fail("header_rows 只能是 1 或 2")
    sheets = data.get("sheets", [])
    if isinstance(sheets, str):
        sheets = [sheets]
    if not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets):
        raise fail("sheets 应为工作表名称的列表")
    units_data = data.get("units", {})
    if not isinstance(units_data, dict):
        raise fail("[units] 应为“表头 = 单位”的列表")
    units: dict[str, str] = {}
    for header, unit in units_data.items():
        if unit not in _UNIT_WORDS:
            raise fail(f"列“{header}”的单位 {unit!r} 无效（可用：yuan 元、qian 千元、wan 万元、fen 分）")
        units[str(header)] = _UNIT_WORDS[unit]
    direction = _direction(data.get("direction"), kind, fail)
    if header_row == NO_HEADER_ROW:
        columns, units = _lettered_columns(columns, header_rows, fail), _lettered(units, "[units]", fail)
    if not (kind or columns or village or header_row or units or direction):
        raise fail("没有任何设置（至少写 kind、village、[columns] 或 [units]）")
    return Mapping(kind=kind, village=village.strip() if village else None, columns=columns,
                   header_row=header_row, header_rows=header_rows, sheets=list(sheets), units=units,
                   direction=direction, source=source)


def _header_row(value: Any, fail: Any) -> int | None:
    """The Excel row of the header; 0 for a sheet without one (``NO_HEADER_ROW``)."""
    if value == NO_HEADER_ROW and not isinstance(value, bool):
        return NO_HEADER_ROW
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise fail("header_row 应为正整数（表头所在行），或 0（没有表头，[columns] 按列字母写）")
    return value


def _lettered_columns(columns: dict[str, str], header_rows: int | None, fail: Any) -> dict[str, str]:
    """A headerless mapping's columns, by letter. None yet is allowed: the import then reports the
    sheet's columns as A, B, C … with their first values, which is how the workbench's mapping editor
    learns them (the sheet is refused until [columns] names what it needs)."""
    if header_rows is not None:
        raise fail("header_row = 0 表示没有表头，不能再写 header_rows")
    return _lettered(columns, "[columns]", fail)


def _lettered(entries: dict[str, str], section: str, fail: Any) -> dict[str, str]:
    """Entries keyed by column letter (upper-cased); any other key is refused, not taken for header text."""
    wrong = [key for key in entries if not _COLUMN_LETTERS.fullmatch(key.strip())]
    if wrong:
        listed = "、".join(f"“{key}”" for key in wrong)
        raise fail(f"header_row = 0 表示没有表头，{section} 应按列字母写（如 A、B、AA），{listed} 不是列字母")
    return {key.strip().upper(): value for key, value in entries.items()}


def _direction(value: Any, kind: str | None, fail: Any) -> str | None:
    if value is None:
        return None
    if kind not in (None, "payment"):
        raise fail("direction 只用于收支表（kind = payment）")
    if value not in _DIRECTION_WORDS:
        raise fail(f"direction {value!r} 无效（可用：out 支出、in 收入）")
    return _DIRECTION_WORDS[value]


def _kind(value: Any, fail: Any) -> str | None:
    if value is None:
        return None
    if value in KINDS:
        return str(value)
    for kind, label in KIND_LABELS.items():
        if value == label or (isinstance(value, str) and value and value in label):
            return kind
    choices = "、".join(f"{k}（{v}）" for k, v in KIND_LABELS.items())
    raise fail(f"kind = {value!r} 无效（可用：{choices}）")


def _field(kind: str | None, header: str, value: Any, fail: Any) -> str:
    if value in ("", None):
        return IGNORE
    if not isinstance(value, str):
        raise fail(f"列“{header}”的字段应为文字，例如 \"amount\"")
    kinds = [kind] if kind else list(KINDS)
    for candidate_kind in kinds:
        names = kind_fields(candidate_kind)
        if value in names:
            return value
        for name in names:
            if field_label(candidate_kind, name) == value:
                return name
    if value in HELPER_FIELDS and (kind is None or value in KIND_HELPERS[kind]):
        return value
    where = f"{KIND_LABELS[kind]}（{kind}）" if kind else "任何类型"
    choices = ", ".join(kind_fields(kind)) if kind else "见 xuncha 文档"
    raise fail(f"列“{header}”的字段 {value!r} 不是{where}的字段（可用：{choices}）")


def _positive_int(value: Any, key: str, fail: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise fail(f"{key} 应为正整数")
    return value


def save_mapping(mapping: Mapping, path: Path) -> None:
    """Write a mapping file that ``load_mapping`` reads back to the same mapping."""
    lines = ["# xuncha 列映射文件：表头文字 = 字段。可在导入同样格式的表格时重复使用。"]
    if mapping.kind:
        lines.append(f"kind = {_toml(mapping.kind)}  # {KIND_LABELS.get(mapping.kind, '')}")
    if mapping.village:
        lines.append(f"village = {_toml(mapping.village)}")
    if mapping.header_row is not None:
        comment = "  # 没有表头，[columns] 按列字母" if mapping.headerless else ""
        lines.append(f"header_row = {mapping.header_row}{comment}")
    if mapping.header_rows:
        lines.append(f"header_rows = {mapping.header_rows}")
    if mapping.sheets:
        lines.append("sheets = [" + ", ".join(_toml(s) for s in mapping.sheets) + "]")
    if mapping.direction:
        lines.append(f"direction = {_toml(mapping.direction)}  # 每一笔都是{'支出' if mapping.direction == 'out' else '收入'}")
    lines.append("")
    lines.append("[columns]")
    for header, field_name in mapping.columns.items():
        label = field_label(mapping.kind, field_name) if mapping.kind else HELPER_FIELDS.get(field_name, "")
        comment = f"  # {label}" if label and label != field_name else ""
        lines.append(f"{_toml(header)} = {_toml(field_name)}{comment}")
    if mapping.units:
        lines.append("")
        lines.append("[units]")
        for header, unit in mapping.units.items():
            lines.append(f"{_toml(header)} = {_toml(unit)}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _toml(value: str) -> str:
    """A TOML basic string (escapes backslash, quote and control characters)."""
    out = []
    for char in value:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def describe_fields(kind: str) -> list[tuple[str, str]]:
    """(field, Chinese label) pairs a mapping for this kind may use, for help texts and the TUI."""
    return [(spec.name, spec.label) for spec in KIND_FIELDS[kind]] + \
        [(name, HELPER_FIELDS[name]) for name in sorted(KIND_HELPERS[kind])]
