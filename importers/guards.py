"""Provides the guards that refuse hostile or absurd files before a reader touches them.

The readers (python-calamine for xlsx/xls/ods, the Python readers for csv,
html and Excel 2003 XML) hold a whole sheet in memory. That is fast for real
ledgers and fatal for files an inspector may be handed:

- a pipe, a device or a 10 GB file: ``check_regular_file`` refuses it before
  it is hashed or read (a pipe would block forever);
- a zip bomb: a small .xlsx whose parts inflate to gigabytes. The zip's
  central directory declares every part's size; ``check_archive`` refuses
  parts that are too large or compress far better than any real sheet does,
  *before* anything is inflated. A part whose declared size is a lie is
  caught while it is scanned: Python's zipfile stops at the declared size and
  the CRC check fails, so at most the declared size is ever inflated;
- a sheet whose used range is enormous but almost empty: one stray cell in
  XFD1048576 makes calamine allocate a cell for every position of the
  1048576 × 16384 rectangle, and the process aborts (a Rust allocation
  failure cannot be caught). ``check_archive`` scans each worksheet part
  (streamed, in bounded memory) and refuses a sheet whose rectangle exceeds
  ``MAX_SHEET_CELLS``, naming the sheet and the farthest cell; OpenDocument
  repeat counts, HTML colspan/rowspan (``check_table``) and Excel 2003 XML
  ss:Index positions (``GridLimit``) are bounded the same way;
- cells calamine reads as empty although they hold something: error values
  (#REF!, #DIV/0!) and formulas without a cached result. The same scan
  collects them and ``apply_cell_fixes`` puts them back as text
  (``values.UnreadCell``), so that the row keeps them and the import names
  them, in a text column too. Rows below calamine's range (which ends at the
  last real value) that hold only such cells are yielded as well;
- text whose encoding cannot be told: a statistical guess that reads as
  mojibake (GBK bytes as Thai) is refused (``plausible_chinese``), with the
  line where the bytes go wrong (``undecodable_line``).

Every refusal is an ``UnreadableFile`` with a Chinese message that says what
is wrong and what to do; ``readers.open_workbook`` puts the file name in front.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath

from importers.errors import UnreadableFile
from importers.values import UNCALCULATED, UnreadCell

MAX_FILE_BYTES = 1 << 30
"""Any spreadsheet file: 1 GiB (a village ledger is a few MB)."""
MAX_TEXT_BYTES = 256 << 20
"""csv, html and Excel 2003 XML are decoded whole: 256 MiB of text (two million rows or so)."""
MAX_ZIP_ENTRIES = 10_000
MAX_PART_BYTES = 1 << 30
"""One inflated part of an xlsx/ods."""
MAX_TOTAL_BYTES = 2 << 30
"""All inflated parts together."""
MAX_RATIO = 100
"""Real sheet XML deflates 5–30 times; a bomb of repeated rows 200–1000 times."""
RATIO_MIN_BYTES = 16 << 20
"""Parts smaller than this are never a danger, whatever their ratio."""
MAX_SHEET_CELLS = 16_000_000
"""Rows × columns of one sheet's used rectangle (calamine holds 32 bytes per position: 512 MB)."""
SCAN_CHUNK = 1 << 20

_MB = 1 << 20


def _mb(size: int) -> str:
    return f"{size / _MB:,.0f} MB" if size >= _MB else f"{size / 1024:,.0f} KB"


# --- whole files ----------------------------------------------------------------------------


def check_file_size(size: int, *, text: bool = False) -> None:
    """Refuse a file too large to read (text formats are read whole, so their limit is lower)."""
    limit = MAX_TEXT_BYTES if text else MAX_FILE_BYTES
    if size > limit:
        kind = "文本表格" if text else "表格文件"
        raise UnreadableFile(f"{kind}大小为 {_mb(size)}，超过本程序一次能读入的 {_mb(limit)}；"
                             "请按年度或村拆分成几个文件后再导入")


def check_regular_file(path: os.PathLike[str] | str) -> None:
    """Refuse what is not a regular file (a pipe or a device would block or never end) or is too large.

    Called before the file is hashed, so that a 10 GB file is refused at once, not after reading it.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("不是普通文件（可能是管道或设备），不能导入")
    check_file_size(info.st_size)


# --- text encodings ----------------------------------------------------------------------------

_CJK = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
                  r"\u2010-\u2027\u2030-\u205e\u00b7\u00d7\u2160-\u216b\u2460-\u24ff\u25a0-\u25ff]")


def plausible_chinese(text: str) -> bool:
    """Whether a statistically guessed decoding reads as Chinese text, not as mojibake.

    A ledger's non-ASCII characters are Chinese characters and punctuation; GBK
    bytes decoded as Thai or Latin-1 are not. Nine in ten must be.
    """
    sample = text[:200_000]
    wide = [ch for ch in sample if ord(ch) > 127]
    if not wide:
        return True
    chinese = len(_CJK.findall("".join(wide)))
    return chinese >= 0.9 * len(wide)


def undecodable_line(data: bytes) -> tuple[int, str]:
    """(line number, encoding) of the latest first error among UTF-8 and GB18030: where the text breaks."""
    best = (0, "UTF-8")
    for encoding, label in (("utf-8", "UTF-8"), ("gb18030", "GBK/GB18030")):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as error:
            if error.start >= best[0]:
                best = (error.start, label)
        else:
            return 0, label
    return data.count(b"\n", 0, best[0]) + 1, best[1]


# --- zip containers (xlsx, ods) ----------------------------------------------------------------


CellFixes = dict[str, dict[tuple[int, int], str]]
"""Sheet name -> {(0-based row, 0-based column): text} for cells calamine reads as empty.

The texts are ``values.UnreadCell`` strings, so that a text field refuses them (a
formula or '#REF!' is not a name) while the raw row keeps them as written."""


def check_archive(archive: zipfile.ZipFile) -> CellFixes:
    """Refuse a zip whose declared sizes make it a bomb, then check every sheet's extent.

    Called with the archive open and nothing inflated yet. Returns, for xlsx, the
    cells that hold an error value (#REF!, #DIV/0!) or a formula without a cached
    result: calamine reads both as empty, and evidence must not vanish silently
    (``apply_cell_fixes`` puts them back as text, so that the row is flagged).
    """
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise UnreadableFile(f"压缩包里有 {len(infos)} 个部件，不像 Excel 工作簿（可能是恶意构造的文件），已拒绝导入")
    total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        total += size
        if size > MAX_PART_BYTES:
            raise UnreadableFile(f"部件 {info.filename} 解压后达 {_mb(size)}，超过 {_mb(MAX_PART_BYTES)} 的上限"
                                 "（可能是“压缩炸弹”），已拒绝导入，未解压")
        if size > RATIO_MIN_BYTES and size > MAX_RATIO * max(packed, 1):
            raise UnreadableFile(f"部件 {info.filename} 压缩比异常（{_mb(packed)} 解压后为 {_mb(size)}，"
                                 f"约 {size // max(packed, 1)} 倍），可能是“压缩炸弹”，已拒绝导入，未解压")
    if total > MAX_TOTAL_BYTES:
        raise UnreadableFile(f"压缩包解压后共 {_mb(total)}，超过 {_mb(MAX_TOTAL_BYTES)} 的上限，已拒绝导入，未解压")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" in names:
        return _check_xlsx_sheets(archive)
    if "content.xml" in names:
        _check_ods_tables(archive)
    return {}


def _read_part(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """A part's bytes in chunks; a corrupt part (bad CRC, lying size) becomes UnreadableFile."""
    try:
        with archive.open(name) as handle:
            while True:
                chunk = handle.read(SCAN_CHUNK)
                if not chunk:
                    return
                yield chunk
    except Exception as error:  # BadZipFile, EOFError, zlib.error and friends: all say the bytes are bad
        raise corrupt_archive(name) from error


def corrupt_archive(part: str | None = None) -> UnreadableFile:
    """The message for a damaged xlsx; zipfile's own words ('Bad CRC-32 …') are English and no help."""
    where = f"（部件 {part} 读不出来）" if part else ""
    return UnreadableFile(f"压缩包已损坏，无法按 Excel 读取{where}：文件可能没有下载或拷贝完整，"
                          "请向提供单位重新索取，或用 Excel、WPS 打开后另存一份再导入")


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part path -> sheet name, from the workbook and its relationships."""
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace") \
            if "xl/_rels/workbook.xml.rels" in archive.namelist() else ""
    except (zipfile.BadZipFile, OSError, KeyError, Exception):
        return {}
    targets: dict[str, str] = {}
    for match in re.finditer(r"<(?:\w+:)?Relationship\b([^>]*)>", rels):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
        target = attrs.get("Target", "")
        if not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        targets[attrs.get("Id", "")] = _normpath(path)
    names: dict[str, str] = {}
    for match in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", workbook):
        attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', match.group(1)))
        rid = next((v for k, v in attrs.items() if k.endswith(":id")), "")
        if rid in targets:
            names[targets[rid]] = _unescape(attrs.get("name", ""))
    return names


def _normpath(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def _unescape(text: str) -> str:
    from xml.sax.saxutils import unescape

    return unescape(text, {"&quot;": '"', "&apos;": "'"})


def column_number(letters: bytes | str) -> int:
    """Excel column letters -> 1-based number (A -> 1, XFD -> 16384)."""
    number = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# The rough pass only looks at ` r="…"` attributes (rows and cells, whatever their namespace
# prefix): patterns that start with a literal run at memchr speed.
_COLS = {n: re.compile(rb' r="([A-Z]{%d})\d' % n) for n in (1, 2, 3)}
# _LETTERS_AFTER[n]: a one-letter column beyond the n-th (A is the 1st). Searching for a letter
# beyond the highest seen so far finds a sheet's last one-letter column without collecting every
# cell reference: a 1M-row sheet of 15 columns is bounded by O, not Z (26M cells, over the
# limit), and skips the exact scan, which takes half a minute there.
_LETTERS_AFTER = [re.compile(rb' r="([%c-Z])\d' % (65 + n)) for n in range(26)]
_BIG_ROW = re.compile(rb' r="[A-Z]{0,3}(\d{6,})"')
_ANY_ROW = re.compile(rb' r="[A-Z]{0,3}(\d+)"')
WIDE_COLUMNS = MAX_SHEET_CELLS // 99_999
"""Beyond this many columns even rows below 100000 can make the rectangle too large."""
_CELL = re.compile(rb'<((?:\w+:)?)c\b([^>]*?)(?:/>|>(.*?)</\1c>)', re.S)
_CELL_REF = re.compile(rb'\sr="([A-Z]{1,3})(\d+)"')
_HAS_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]|<(?:\w+:)?is\b")


def _check_xlsx_sheets(archive: zipfile.ZipFile) -> CellFixes:
    names = _sheet_names(archive)
    fixes: CellFixes = {}
    for info in archive.infolist():
        part = info.filename
        if not (part.startswith("xl/worksheets/") and part.endswith(".xml")) or "/_rels/" in part:
            continue
        sheet = names.get(part, PurePosixPath(part).stem)
        rows, columns, found = _rough_extent(archive, part)
        if found:
            fixes[sheet] = found
        if rows * columns <= MAX_SHEET_CELLS:
            continue
        rows, columns, far = _value_extent(archive, part)
        if rows * columns > MAX_SHEET_CELLS:
            raise UnreadableFile(
                f"工作表 {sheet} 的数据范围达 {rows:,} 行 × {columns:,} 列（最远的单元格 {far}），"
                "超出本程序能读入的范围；如果是表格下方或右侧误输入的内容，"
                "请在 Excel 中删除多余的行列后另存，再导入")
    return fixes


def _rough_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int, dict[tuple[int, int], str]]:
    """An upper bound of (rows, columns) from the ``r`` attributes, in a fraction of calamine's time,
    and the cells to fix (``_collect_fixes``).

    Columns: the largest of the widest letters seen (XFD beats ZZ).
    Rows: only numbers of six digits or more are collected (smaller ones count as 99999),
    unless the sheet is wide enough for smaller ones to matter.
    """
    width, max_col, max_row = 1, 0, 0
    max_letter = 0  # the last one-letter column seen (1 = A), while no wider one is
    rows_known = True
    fixes: dict[tuple[int, int], str] = {}
    for data in _cell_chunks(archive, part):
        if (b't="e"' in data or b"</f></c>" in data or b"/></c>" in data) and len(fixes) < MAX_CELL_FIXES:
            _collect_fixes(data, fixes)
        for letters in (3, 2):
            if width < letters and _COLS[letters].search(data):
                width = letters
        big = _BIG_ROW.findall(data)
        if big:
            max_row = max(max_row, max(map(int, big)))
        if width > 1:
            hits = _COLS[width].findall(data)
            if hits:
                max_col = max(max_col, column_number(max(hits)))
        else:
            while max_letter < 26 and (hit := _LETTERS_AFTER[max_letter].search(data)):
                max_letter = hit.group(1)[0] - 64
        if max_col > WIDE_COLUMNS:
            if not rows_known:
                max_row = max(max_row, 99_999)
            found = _ANY_ROW.findall(data)
            if found:
                max_row = max(max_row, max(map(int, found)))
        else:
            rows_known = False
    if width == 1:
        max_col = max_letter
    return max(max_row, 99_999 if not rows_known else 0), max_col, fixes


MAX_CELL_FIXES = 100_000
_T_ERROR = re.compile(rb'\st="e"')
_V_TEXT = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_F_TEXT = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)")


def _collect_fixes(data: bytes, fixes: dict[tuple[int, int], str]) -> None:
    """Error cells and formulas without a cached result, as the text they should read as."""
    for match in _CELL.finditer(data):
        attrs, body = match.group(2), match.group(3) or b""
        is_error = _T_ERROR.search(attrs) is not None
        formula = _F_TEXT.search(body) if b"f" in body else None
        if not is_error and formula is None:
            continue
        value = _V_TEXT.search(body)
        if not is_error and value is not None and value.group(1):
            continue  # a formula with its cached result: calamine reads the result
        ref = _CELL_REF.search(attrs)
        if ref is None:
            continue
        position = (int(ref.group(2)) - 1, column_number(ref.group(1)) - 1)
        if is_error:
            text = _unescape((value.group(1) if value else b"#N/A").decode("utf-8", "replace"))
        elif formula is not None and formula.group(1):
            text = "=" + _unescape(formula.group(1).decode("utf-8", "replace"))
        else:
            text = UNCALCULATED
        fixes[position] = UnreadCell(text)
        if len(fixes) >= MAX_CELL_FIXES:
            return


def apply_cell_fixes(book: object, fixes: CellFixes) -> None:
    """Make each calamine sheet of ``book`` yield the fixed cells instead of empty strings."""
    for sheet in getattr(book, "sheets", []):
        found = fixes.get(sheet.name)
        if found:
            sheet.rows = _patched_rows(sheet.rows, found)  # type: ignore[method-assign]


def _patched_rows(rows: object, fixes: dict[tuple[int, int], str]) -> object:
    """``rows`` with the fixed cells put back, including rows calamine never yields.

    calamine's range ends at the last row that holds a real value, so a trailing
    row made only of uncalculated formulas or error cells is not yielded at all:
    such rows are yielded after the others (with blank rows for any gap, as
    calamine yields the blank rows inside its range), so that the import reports
    them instead of losing them silently.
    """
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in fixes.items():
        by_row.setdefault(row + 1, []).append((column, text))

    def patched() -> Iterator[tuple[int, list[object]]]:
        last = 0
        for number, cells in rows():  # type: ignore[operator]
            last = number
            fixed = by_row.get(number)
            yield number, (_with_fixes(cells, fixed) if fixed else cells)
        for number in sorted(n for n in by_row if n > last):
            while last + 1 < number:  # the blank rows between, as calamine would yield them
                last += 1
                yield last, []
            last = number
            yield number, _with_fixes([], by_row[number])

    return patched


def _with_fixes(cells: list[object], fixed: list[tuple[int, str]]) -> list[object]:
    """The row with each fixed cell's text where calamine left it empty."""
    for column, text in fixed:
        if column >= len(cells):
            cells = list(cells) + [""] * (column + 1 - len(cells))
        if cells[column] in ("", None):
            cells[column] = text
    return cells


def _value_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int, str]:
    """(rows, columns, farthest cell) spanned by cells that hold a value, as calamine sees them."""
    max_row = max_col = 0
    far = ""
    for data in _cell_chunks(archive, part):
        for match in _CELL.finditer(data):
            body = match.group(3)
            if not body or not _HAS_VALUE.search(body):
                continue
            ref = _CELL_REF.search(match.group(2))
            if ref is None:
                continue
            column, row = column_number(ref.group(1)), int(ref.group(2))
            if row > max_row or column > max_col:
                far = (ref.group(1) + ref.group(2)).decode()
                max_row, max_col = max(max_row, row), max(max_col, column)
    return max_row, max_col, far


def _cell_chunks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part in chunks that never split a cell element: each ends after a '</row>' or '</c>'."""
    tail = b""
    for chunk in _read_part(archive, part):
        data = tail + chunk
        cut = _last_end(data)
        if cut < 0:
            tail = data
            if len(tail) > 64 * SCAN_CHUNK:
                raise UnreadableFile(f"部件 {part} 不是有效的表格 XML")
            continue
        tail = data[cut:]
        yield data[:cut]
    if tail:
        yield tail


_END = re.compile(rb"</(?:\w+:)?(?:row|c)>")


def _last_end(data: bytes) -> int:
    """The offset just after the last '</row>' or '</c>' in data, or -1."""
    window = 1 << 16
    while True:
        start = max(0, len(data) - window)
        last = None
        for last in _END.finditer(data, start):
            pass
        if last is not None:
            return last.end()
        if start == 0:
            return -1
        window *= 4


# --- grids built in Python (HTML tables, Excel 2003 XML) ---------------------------------------

MAX_SPAN_AREA = 4_000_000
"""Cells an HTML table covers, spans expanded (the layout marks every covered position)."""


def _too_large(name: str, rows: int, columns: int, what: str = "") -> UnreadableFile:
    return UnreadableFile(
        f"工作表 {name} 的数据范围至少 {rows:,} 行 × {columns:,} 列{what}，超出本程序能读入的范围；"
        "请删除多余的行列（或合并单元格）后另存，再导入")


def check_table(name: str, table: list[list[tuple[object, int, int]]]) -> None:
    """Refuse an HTML table whose colspan/rowspan layout would be too large, before laying it out.

    Simulates the layout with one counter per column still covered from above, so
    its cost is bounded by the limit it enforces.
    """
    covered: dict[int, int] = {}  # column -> rows still covered by a rowspan from an earlier row
    width = area = 0
    for number, cells in enumerate(table, start=1):
        column = 0
        for _value, colspan, rowspan in cells:
            while covered.get(column, 0) > 0:
                column += 1
            area += colspan * rowspan
            if rowspan > 1:
                for c in range(column, column + colspan):
                    covered[c] = max(covered.get(c, 0), rowspan)
            column += colspan
            width = max(width, column)
        if number * width > MAX_SHEET_CELLS:
            raise _too_large(name, number, width, "（合并单元格展开后）")
        if area > MAX_SPAN_AREA:
            raise UnreadableFile(
                f"工作表 {name} 的合并单元格（colspan/rowspan）展开后超过 {MAX_SPAN_AREA:,} 个单元格"
                f"（到第 {number} 行为止），超出本程序能读入的范围，已拒绝导入")
        covered = {c: left - 1 for c, left in covered.items() if left > 1}
        # A cell placed this row with rowspan n covers the n - 1 rows below it.


class GridLimit:
    """Counts the rectangle of a sheet read cell by cell; raises before it grows too large."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.columns = 0

    def cell(self, row: int, column: int) -> None:
        """0-based position of a cell about to be placed."""
        if row < 0 or column < 0:
            raise UnreadableFile(f"工作表 {self.name}：单元格的位置编号无效（第 {row + 1} 行，第 {column + 1} 列）")
        if row >= self.rows or column >= self.columns:
            self.rows, self.columns = max(self.rows, row + 1), max(self.columns, column + 1)
            if self.rows * self.columns > MAX_SHEET_CELLS:
                raise _too_large(self.name, self.rows, self.columns)


# --- OpenDocument ---------------------------------------------------------------------------------

_ODS_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _check_ods_tables(archive: zipfile.ZipFile) -> None:
    """Expand the repeat counts of cells that hold values; refuse a table whose rectangle is too large."""
    import xml.etree.ElementTree as ET

    table_tag, row_tag = f"{{{_ODS_NS}}}table", f"{{{_ODS_NS}}}table-row"
    cell_tags = {f"{{{_ODS_NS}}}table-cell", f"{{{_ODS_NS}}}covered-table-cell"}
    rows_rep, cols_rep = f"{{{_ODS_NS}}}number-rows-repeated", f"{{{_ODS_NS}}}number-columns-repeated"
    value_type = f"{{{_ODS_OFFICE}}}value-type"
    name_attr = f"{{{_ODS_NS}}}name"

    class _Stream:
        def __init__(self) -> None:
            self._chunks = _read_part(archive, "content.xml")

        def read(self, _size: int = -1) -> bytes:
            return next(self._chunks, b"")

    table, row, row_repeat, column = "", 0, 1, 0
    max_row = max_col = 0
    try:
        for event, element in ET.iterparse(_Stream(), events=("start", "end")):  # type: ignore[arg-type]
            tag = element.tag
            if event == "start":
                if tag == table_tag:
                    table, row, max_row, max_col = element.get(name_attr, ""), 0, 0, 0
                elif tag == row_tag:
                    row_repeat = _repeat(element.get(rows_rep))
                    column = 0
                elif tag in cell_tags:
                    repeat = _repeat(element.get(cols_rep))
                    if element.get(value_type):
                        max_row = max(max_row, row + row_repeat)
                        max_col = max(max_col, column + repeat)
                        if max_row * max_col > MAX_SHEET_CELLS:
                            raise UnreadableFile(
                                f"工作表 {table} 的数据范围达 {max_row:,} 行 × {max_col:,} 列"
                                "（重复的单元格展开后），超出本程序能读入的范围；"
                                "请删除多余的行列后另存，再导入")
                    column += repeat
            else:
                if tag == row_tag:
                    row += row_repeat
                    element.clear()
                elif tag == table_tag:
                    element.clear()
    except ET.ParseError as error:
        raise UnreadableFile(f"OpenDocument 表格内容无法解析：{error}") from error


def _repeat(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


__all__ = [
    "check_file_size", "check_regular_file", "check_archive", "apply_cell_fixes", "corrupt_archive", "check_table", "GridLimit", "plausible_chinese", "undecodable_line", "column_number", "column_letters",
    "MAX_FILE_BYTES", "MAX_TEXT_BYTES", "MAX_PART_BYTES", "MAX_TOTAL_BYTES", "MAX_RATIO",
    "MAX_SHEET_CELLS", "UNCALCULATED",
]
