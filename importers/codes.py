"""Provides the code tables of a system dump, to read the coded columns of its other sheets.

A county 三资 platform dumps its tables with codes where a ledger writes words: a contract's village
as its 12-digit 村代码 (130123101201), a cadre's position as 职务代码 01..08. The meaning of each code
is on a sheet of its own in the same workbook, a code table (代码表): "dm_cun" with cun_dm | cun_mc,
"dm_zw" with dm | mc. This module reads such sheets before the workbook's records and says which
column of a table decodes through which of them:

- a code table is a sheet whose name says so (dm_…, code_…, …代码表, …字典) and whose first row
  heads a code column (dm, …_dm, …代码, …编码) and a name column after it (mc, …_mc, …名称);
- it decodes the columns headed "<what>代码" (or a field code "<what>_dm"), <what> being what the
  table's own code column or its sheet name says ("cun_dm" or "dm_cun": 村代码). A column headed
  with <what> alone (xmlx, 项目类型) decodes through it only when every cell is a code of it
  (``importers.plan`` checks the cells).

A platform often writes its code tables to a file of their own (代码表.xlsx beside the dumps): the
tables of every file of one import are gathered first (``gather_code_tables``), and a workbook
without a table of its own reads its codes through another file's, which its note names. A code
in a file's or sheet's name ("pz_yhrj_130123101203_2023.csv") names the village when the 村代码
table has it (``village_in_name``).

A code missing from its table is not guessed: the cell stays unread and the row says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers import values
from importers.errors import UnreadableFile
from importers.readers import open_workbook, sheet_names
from importers.synonyms import normalize_header

CODE_SHEET_NAME = re.compile(r"^(?:t_)?(?:dm|code|codes|dic|dict|zd)[_-]|代码表|代码库|码表|字典|编码表", re.IGNORECASE)
"""Sheet names of code tables: "dm_zw", "code_cun", "职务代码表", "数据字典"."""

CODE_SUFFIXES = ("代码", "编码")
"""What a code column's header ends with, once a field code is spelled out ("cun_dm" is 村代码)."""
_RAW_CODE = re.compile(r"^(?P<what>[a-z][a-z0-9]*)[_-](?:dm|code|bm|id)$|^(?:dm|code)$", re.IGNORECASE)
_RAW_NAME = re.compile(r"^(?:[a-z][a-z0-9]*[_-])?(?:mc|name)$", re.IGNORECASE)
_SHEET_WHAT = re.compile(r"^(?:t_)?(?:dm|code|codes|dic|dict|zd)[_-](?P<what>[a-z][a-z0-9_]*)$", re.IGNORECASE)
MAX_CODE_ROWS = 5_000
"""A code table is small; a longer sheet with a 代码 column is a register, not a table of codes."""


@dataclass
class CodeTable:
    """One code table: the header it decodes (村代码) and its codes' names."""

    sheet: str
    key: str
    """The folded header of the columns it decodes: "村代码", "职务代码"."""
    names: dict[str, str] = field(default_factory=dict)
    file: str = ""
    """The file it was read from when that is another file of the import; "" for the same workbook."""

    def where(self) -> str:
        """Where the table is, as a note says it: 本工作簿的代码表（工作表“dm_cun”）."""
        book = f"文件“{self.file}”" if self.file else "本工作簿"
        return f"{book}的代码表（工作表“{self.sheet}”）"


def code_text(value: Any) -> str:
    """A code cell as text: 1 and 1.0 are "1", "01" stays "01", 130123101201.0 is "130123101201"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def code_key(header: str) -> str | None:
    """The folded header of a code column ("cun_dm", "村代码" -> "村代码"), None for other headers."""
    folded = normalize_header(header)
    suffix = next((suffix for suffix in CODE_SUFFIXES if folded.endswith(suffix)), None)
    if suffix is not None:
        return folded[: -len(suffix)] + "代码" if len(folded) > len(suffix) else None
    raw = _RAW_CODE.match(str(header).strip())
    if raw is not None and raw.group("what"):
        return _what(raw.group("what")) + "代码"
    return None


def _what(code: str) -> str:
    """What a code prefix names, spelled out where it is a field code ("cun" -> 村, "zw" -> 职务)."""
    return normalize_header(code)


def read_code_table(sheet: str, rows: Iterable[tuple[int, Sequence[Any]]]) -> CodeTable | None:
    """The code table a sheet holds, or None when it is none (its name or header says otherwise)."""
    if not CODE_SHEET_NAME.search(sheet):
        return None
    table: CodeTable | None = None
    code_at = name_at = -1
    for count, (_, row) in enumerate(rows):
        if count > MAX_CODE_ROWS:
            return None
        if table is None:
            if all(values.is_blank(cell) for cell in row):
                continue
            found = _header_of(sheet, row)
            if found is None:
                return None
            table, code_at, name_at = found
            continue
        code = code_text(row[code_at]) if code_at < len(row) else ""
        name = values.clean_text(row[name_at]) if name_at < len(row) else None
        if code and name:
            table.names[code] = name
    return table if table is not None and table.names else None


def _header_of(sheet: str, row: Sequence[Any]) -> tuple[CodeTable, int, int] | None:
    """(table, code column, name column) from a code table's header row, None when it heads no codes."""
    texts = [str(cell).strip() if isinstance(cell, str) else "" for cell in row]
    code_at = next((i for i, text in enumerate(texts) if text and _is_code_header(text)), None)
    if code_at is None:
        return None
    name_at = next((i for i, text in enumerate(texts) if i > code_at and text and _is_name_header(text)), None)
    if name_at is None:
        return None
    key = code_key(texts[code_at])
    if key is None or key == "代码":
        sheet_what = _SHEET_WHAT.match(sheet)
        if sheet_what is None:
            return None
        key = _what(sheet_what.group("what")) + "代码"
    return CodeTable(sheet=sheet, key=key), code_at, name_at


def _is_code_header(text: str) -> bool:
    return bool(_RAW_CODE.match(text)) or normalize_header(text).endswith(CODE_SUFFIXES)


def _is_name_header(text: str) -> bool:
    return bool(_RAW_NAME.match(text)) or normalize_header(text).endswith("名称")


def read_code_tables(sheets: Iterable[Any], file: str = "") -> list[CodeTable]:
    """The code tables among a workbook's sheets (``importers.readers.Sheet``): only those named as code
    tables are read, each loaded and released again before the records are. ``file`` names the
    workbook when its tables are for other files."""
    tables = []
    for sheet in sheets:
        if not CODE_SHEET_NAME.search(sheet.name):
            continue
        try:
            sheet.load()
            table = read_code_table(sheet.name, sheet.rows())
        finally:
            sheet.release()
        if table is not None:
            table.file = file
            tables.append(table)
    return tables


def gather_code_tables(paths: Sequence[Path]) -> list[CodeTable]:
    """The code tables of all files of one import, each named by its file, for the files without
    their own. Only a file that may hold one is opened: a workbook with a sheet named as a code table
    (its sheet names are peeked at without reading a cell), or a text file so named. A file that
    cannot be read is left to its own import, which reports it."""
    tables: list[CodeTable] = []
    for path in paths:
        try:
            if not any(CODE_SHEET_NAME.search(name) for name in sheet_names(path)):
                continue
            with open_workbook(path) as book:
                tables += read_code_tables(book.sheets, file=path.name)
        except (UnreadableFile, OSError):
            continue
    return tables


def own_code_table(tables: Sequence[CodeTable], sheet: str) -> CodeTable | None:
    """The code table that a workbook's own sheet ``sheet`` holds, None when it holds none."""
    return next((table for table in tables if table.sheet == sheet and not table.file), None)


def with_other_files(own: list[CodeTable], others: Sequence[CodeTable], file: str) -> list[CodeTable]:
    """A workbook's own code tables, then those of the import's other files for what it has none of."""
    keys = {table.key for table in own}
    added = []
    for table in others:
        if table.file != file and table.key not in keys:
            keys.add(table.key)
            added.append(table)
    return own + added


def village_in_name(names: Iterable[str], tables: Sequence[CodeTable]) -> tuple[str, str] | None:
    """(code, village) when a sheet's or file's name holds a code of the 村代码 table
    ("pz_yhrj_130123101203_2023" -> 130123101203, 东庄村); None when none does, or several villages."""
    villages = next((t for t in tables if t.key == "村代码"), None)
    if villages is None:
        return None
    found = {(code, villages.names[code]) for name in names for code in _CODE_IN_NAME.findall(name)
             if code in villages.names}
    return found.pop() if len(found) == 1 else None


_CODE_IN_NAME = re.compile(r"(?<![0-9])[0-9]{6,15}(?![0-9])")
"""A village code in a name: administrative codes are 9 to 12 digits, some platforms' own 6 to 15."""


CODE_TABLE_NOTE = "代码表（{what}，{count} 个代码）：用于译出本次导入中其他工作表的代码列，本身不导入"


def code_table_note(table: CodeTable) -> str:
    """What a code table sheet's note says of it."""
    return CODE_TABLE_NOTE.format(what=table.key, count=len(table.names))


def decoder(table: CodeTable, convert: Any) -> Any:
    """A converter that reads a code through ``table``, then its name through ``convert``."""

    def decode(value: Any) -> Any:
        code = code_text(value)
        name = table.names.get(code)
        if name is None:
            raise values.ValueProblem(f"代码“{code}”不在{table.where()}里，未译出")
        return convert(name)

    return decode


def decodes(table: CodeTable, cells: Iterable[Any]) -> bool:
    """Whether every non-blank cell is a code of ``table`` (and there is at least one)."""
    codes = [code_text(cell) for cell in cells if not values.is_blank(cell)]
    return bool(codes) and all(code in table.names for code in codes)


__all__ = ["CodeTable", "code_key", "code_table_note", "code_text", "decoder", "decodes", "gather_code_tables",
           "own_code_table", "read_code_table", "read_code_tables", "village_in_name", "with_other_files"]
