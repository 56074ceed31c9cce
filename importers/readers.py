"""Provides the spreadsheet readers: format sniffing by content and one sheet interface.

Platforms hand out files whose name lies about their content: an ".xls" that
is really an HTML table, a CSV, or an Excel 2003 XML workbook. So the format
is decided from the first bytes of the file, never from its extension:

- zip with ``xl/workbook.xml``      -> xlsx/xlsm, read with python-calamine
- zip with an OpenDocument mimetype  -> ods, read with python-calamine
- OLE2 compound file                 -> real BIFF .xls, read with python-calamine
- text starting with ``<`` and a ``<table``   -> HTML table(s), read with html.parser
- text with the SpreadsheetML namespace       -> Excel 2003 XML, read with ElementTree
- any other text                      -> CSV/TSV, encoding detected (UTF-8, BOM, GBK/GB18030)

python-calamine was measured against openpyxl read-only (benchmarks/import_speed.py,
PERF.md §2): it reads about five times faster and returns correct values
(dates as ``datetime.date``, merged ranges, both date systems), so it is the
reader for xlsx, xls and ods; openpyxl is not needed to read.

Every sheet offers ``rows()``: ``(row number as Excel shows it, [cell values])``
with cells at their absolute column position (column A is index 0), plus the
merged ranges, so that header detection and merge filling work the same way
for every format. For CSV the row number is also the one Excel shows: one row
per CSV record, counting the title lines above the header, so a quoted cell
that spans lines (Alt+Enter in Excel) is one row and an Excel 'sep=;' hint
line, which Excel does not show, is not one.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from importers import guards
from importers.errors import UnreadableFile
from importers.values import without_zero_width

Row = list[Any]
Merge = tuple[int, int, int, int]


def cell_at(row: Row, index: int | None) -> Any:
    """The row's cell in column ``index``, None where the row is shorter or the column is missing."""
    return row[index] if index is not None and index < len(row) else None
"""A merged range as 0-based inclusive (first row, first column, last row, last column)."""

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt", ".ods"})
"""Files a folder import picks up; a file named explicitly is sniffed whatever its name."""

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
SPREADSHEETML_NS = "urn:schemas-microsoft-com:office:spreadsheet"
SNIFF_BYTES = 8192
CONTROL_BYTES = frozenset(b for b in range(32) if b not in b"\t\n\r\f\v\x1a")
"""Bytes that text hardly holds: tab, line breaks and the DOS end-of-file mark are left out."""
BINARY_CONTROL_SHARE = 0.01
"""More control bytes than this share of the first bytes: a binary file, not text (see ``_looks_binary``)."""
CSV_FIELD_LIMIT = 16 << 20
"""Characters in one csv cell (Python's default, 131072, refuses a long note that xlsx would take)."""
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))


# --- sheets ----------------------------------------------------------------------------


class Sheet:
    """One sheet of a workbook: its name, size, merged ranges and rows.

    ``load()`` must be called before ``height``, ``merges`` or ``rows()`` are
    used, and ``release()`` after, so that only one sheet is held in memory at a time.
    """

    name: str
    hidden: bool = False
    height: int = 0
    """Number of rows (for progress; the last rows may be empty)."""
    merges: list[Merge]

    def load(self) -> None:  # pragma: no cover - trivial default
        pass

    def release(self) -> None:  # pragma: no cover - trivial default
        pass

    def rows(self) -> Iterator[tuple[int, Row]]:
        raise NotImplementedError


def visible_cells(row: Row) -> Row:
    """The row with the zero-width characters of its text cells dropped (in place): text pasted from
    WeChat, Word or a web page carries them inside words ("支\u200b出（贷方）", "合\u200b计", "制表人：\u200b张三"),
    where they are invisible to the inspector but hid a header, a total's label or a footer from every
    reading. Dropped as the sheet is read, every reading sees the words as printed. Each is a format
    character, which ``str.isprintable`` refuses: the quick test that passes over most cells."""
    for index, value in enumerate(row):
        if type(value) is str and not value.isprintable():
            row[index] = without_zero_width(value)
    return row


class ListSheet(Sheet):
    """A sheet already held as Python lists (HTML tables, Excel 2003 XML)."""

    def __init__(self, name: str, rows: list[Row], merges: list[Merge] | None = None,
                 hidden: bool = False) -> None:
        self.name = name
        self._rows = rows
        self.merges = merges or []
        self.hidden = hidden
        self.height = len(rows)

    def rows(self) -> Iterator[tuple[int, Row]]:
        for index, row in enumerate(self._rows):
            yield index + 1, visible_cells(row)


class CalamineSheet(Sheet):
    """A worksheet read with python-calamine (xlsx, xlsm, xls, ods)."""

    def __init__(self, book: Any, name: str, hidden: bool) -> None:
        self.name = name
        self.hidden = hidden
        self._book = book
        self._sheet: Any = None
        self.merges = []

    def load(self) -> None:
        if self._sheet is not None:
            return
        try:
            self._sheet = self._book.get_sheet_by_name(self.name)
        except Exception as error:  # calamine raises several error types for broken parts
            raise UnreadableFile(f"工作表 {self.name} 无法读取：{error}") from error
        end = self._sheet.end
        self.height = end[0] + 1 if end else 0
        self.merges = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (self._sheet.merged_cell_ranges or [])]

    def release(self) -> None:
        self._sheet = None

    def rows(self) -> Iterator[tuple[int, Row]]:
        self.load()
        sheet = self._sheet
        if sheet.start is None:  # an empty sheet
            return
        # calamine's iter_rows starts at row 0 but at the first used column;
        # pad so that a cell's index is its absolute column (A = 0).
        pad = [""] * sheet.start[1]
        for index, row in enumerate(sheet.iter_rows()):
            yield index + 1, visible_cells(pad + row if pad else row)


class CsvSheet(Sheet):
    """A CSV/TSV text file: one sheet named after the file's stem."""

    def __init__(self, name: str, text: str, delimiter: str, skip_lines: int = 0) -> None:
        self.name = name
        self._text = without_zero_width(text)  # as ``visible_cells``, at once for the whole text
        self.delimiter = delimiter
        self._skip_lines = skip_lines
        self.merges = []
        self.height = text.count("\n") + (0 if text.endswith("\n") else 1)

    def rows(self) -> Iterator[tuple[int, Row]]:
        handle = io.StringIO(self._text, newline="")
        for _ in range(self._skip_lines):
            handle.readline()
        reader = csv.reader(handle, delimiter=self.delimiter)
        row = 0
        try:
            for row, fields in enumerate(reader, start=1):
                yield row, [_unwrap_excel_text(value) for value in fields]
        except csv.Error as error:
            reason = (f"单元格超过 {CSV_FIELD_LIMIT:,} 个字符（可能是引号没有配对）"
                      if "field larger" in str(error) else str(error))
            # A broken quote is found in a text editor: name the physical line too.
            line = self._skip_lines + reader.line_num
            raise UnreadableFile(f"第 {row + 1} 行（文本第 {line} 行）无法按 CSV 读取：{reason}") from error


def _unwrap_excel_text(value: str) -> str:
    """Excel writes text that looks like a number as ="0012" in CSV; keep the text inside."""
    if value.startswith('="') and value.endswith('"') and len(value) >= 3:
        return value[2:-1]
    return value


# --- workbook --------------------------------------------------------------------------


@dataclass
class Workbook:
    """An opened file: its detected format, date system and sheets."""

    path: Path
    format: str
    """xlsx, ods, xls, html, xml (Excel 2003) or csv."""
    sheets: list[Sheet]
    datemode: int = 0
    """0 for the 1900 date system, 1 for the 1904 system (old Mac workbooks)."""
    encoding: str | None = None
    """For text formats: the detected encoding."""
    _closer: Any = field(default=None, repr=False)

    def close(self) -> None:
        for sheet in self.sheets:
            sheet.release()
        if self._closer is not None:
            try:
                self._closer()
            except Exception:  # closing a half-broken workbook must not hide the real error
                pass
            self._closer = None

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


FORMAT_LABELS = {
    "xlsx": "Excel 工作簿（xlsx）",
    "ods": "OpenDocument 表格（ods）",
    "xls": "Excel 97-2003 工作簿（xls）",
    "html": "网页表格（HTML，扩展名可能是 .xls）",
    "xml": "Excel 2003 XML 表格",
    "csv": "CSV 文本",
}


def open_workbook(path: Path) -> Workbook:
    """Open a spreadsheet file of any supported format, decided by its content."""
    name = path.name
    try:
        guards.check_regular_file(path)  # a pipe would block the read below forever
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise UnreadableFile(f"文件 {name} 不存在", file=name) from None
    except OSError as error:
        raise UnreadableFile(f"文件 {name} 无法打开：{error.strerror or error}", file=name) from error
    except UnreadableFile as error:
        raise UnreadableFile(f"文件 {name}：{error.message}", file=name) from error
    if not head:
        raise UnreadableFile(f"文件 {name} 是空文件", file=name)
    try:
        guards.check_file_size(path.stat().st_size, text=not head.startswith((ZIP_MAGIC, OLE2_MAGIC)))
        if head.startswith(ZIP_MAGIC):
            return _open_zip(path)
        if head.startswith(OLE2_MAGIC):
            return _open_ole2(path)
        if head.startswith(b"%PDF"):
            raise UnreadableFile("这是 PDF 文件，不是表格；请向村里要 Excel 或 CSV 原件")
        if _looks_binary(head):
            raise UnreadableFile("不是可识别的表格文件（既不是 Excel，也不是 CSV 文本）")
        return _open_text(path)
    except UnreadableFile as error:
        if error.file is None:  # name the file once, in front of the reason
            raise UnreadableFile(f"文件 {name}：{error.message}", file=name) from error
        raise
    except (ValueError, LookupError, TypeError, ArithmeticError, MemoryError) as error:
        # Malformed content a reader did not anticipate (ss:Index="x", …): a reason, not a traceback.
        raise UnreadableFile(f"文件 {name}：内容格式有误，无法读取（{type(error).__name__}: {_short(error)}）",
                             file=name) from error


def sheet_names(path: Path) -> list[str]:
    """The names of a file's sheets, peeked at without reading a cell (for ``importers.codes``): an
    xlsx's from its workbook part, an xls's through calamine, a text file's its name (a CSV's one
    sheet) and the worksheets an Excel 2003 XML file names near its top. Raises UnreadableFile or
    OSError when the file cannot be read at all, or is no regular file (a pipe would block)."""
    guards.check_regular_file(path)
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                workbook_xml = _workbook_part(archive)
        except zipfile.BadZipFile as error:
            raise guards.corrupt_archive() from error
        if workbook_xml is not None:
            return [_xml_unescape(name) for name in _SHEET_ELEMENT_NAME.findall(workbook_xml.decode("utf-8", "replace"))]
    if head.startswith((ZIP_MAGIC, OLE2_MAGIC)):  # an ods or an xls: calamine lists them without reading cells
        with open_workbook(path) as book:
            return [sheet.name for sheet in book.sheets]
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):  # a CSV: its one sheet is named after it
        return [path.stem]
    with path.open("rb") as handle:
        text = handle.read(_NAME_PEEK_BYTES).decode("utf-8", "replace")
    return [path.stem] + [_xml_unescape(name) for name in _WORKSHEET_NAME.findall(text)]


def _workbook_part(archive: zipfile.ZipFile) -> bytes | None:
    """An xlsx's workbook part, None when there is none; one declared larger than any real one is not
    inflated (zipfile reads no more than the declared size), the import's own checks refuse that file."""
    try:
        info = archive.getinfo("xl/workbook.xml")
    except KeyError:
        return None
    return archive.read(info) if info.file_size <= _NAME_PEEK_BYTES else b""


_SHEET_ELEMENT_NAME = re.compile(r'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"')
_WORKSHEET_NAME = re.compile(r'<(?:ss:)?Worksheet\b[^>]*?(?:ss:)?Name="([^"]*)"')
_NAME_PEEK_BYTES = 4 << 20


def _xml_unescape(text: str) -> str:
    from xml.sax.saxutils import unescape

    return unescape(text, {"&quot;": '"', "&apos;": "'"})


def _looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file that is neither zip nor OLE2 are a binary file's, not text.

    Judged by the share of control bytes, not by any NUL: old accounting systems pad
    a field with NUL now and then, and one such cell near the top must not refuse the
    whole CSV when the same byte further down is simply kept in its cell. An image,
    a program or UTF-16 without its BOM (every other byte NUL) has far more.
    """
    if _has_utf16_bom(head):
        return False
    controls = sum(1 for byte in head if byte in CONTROL_BYTES)
    return controls > max(2, len(head) * BINARY_CONTROL_SHARE)


def _has_utf16_bom(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _open_zip(path: Path) -> Workbook:
    try:
        with zipfile.ZipFile(path) as archive:
            fixes = guards.check_archive(archive)  # sizes, ratios, sheet extents: before anything is inflated
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
            workbook_xml = archive.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError) as error:
        raise guards.corrupt_archive() from error
    if workbook_xml:
        # Dates typed as numbers must be read in the workbook's own date system.
        datemode = 1 if re.search(rb'date1904="(?:1|true)"', workbook_xml) else 0
        book = _open_with_calamine(path, "xlsx", datemode)
        guards.apply_cell_fixes(book, fixes)  # error cells and uncalculated formulas, which calamine empties
        return book
    if "opendocument.spreadsheet" in mimetype:
        return _open_with_calamine(path, "ods", 0)
    if "word/document.xml" in names:
        raise UnreadableFile("这是 Word 文档（docx），不是表格；请把表格另存为 Excel 后再导入")
    raise UnreadableFile("这是一个压缩包，不是 Excel 工作簿")


def _open_ole2(path: Path) -> Workbook:
    try:
        return _open_with_calamine(path, "xls", _xls_datemode(path))
    except UnreadableFile as error:
        data = path.read_bytes()
        # An encrypted xlsx is an OLE2 file with an EncryptedPackage stream; an encrypted
        # BIFF .xls has a FILEPASS record, which calamine reports as a PasswordError.
        if "EncryptedPackage".encode("utf-16-le") in data or "password" in error.message.lower():
            raise UnreadableFile("文件设置了打开密码；请在 Excel 中取消密码另存后再导入") from None
        if "WordDocument".encode("utf-16-le") in data:
            raise UnreadableFile("这是 Word 文档（doc），不是表格") from None
        raise


def _xls_datemode(path: Path) -> int:
    """The date system of a BIFF workbook, from xlrd when it is installed (else 1900)."""
    try:
        import xlrd
    except ModuleNotFoundError:  # xlrd is optional: only 1904-system .xls files need it
        return 0
    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        try:
            return int(book.datemode)
        finally:
            book.release_resources()
    except Exception:  # xlrd is stricter than calamine; the reader itself decides readability
        return 0


def _open_with_calamine(path: Path, fmt: str, datemode: int) -> Workbook:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        book = _calamine_book(CalamineWorkbook, path, fmt)
        metadata = book.sheets_metadata
    except Exception as error:  # CalamineError, ZipError, XmlError, PasswordError …
        raise UnreadableFile(f"无法按{FORMAT_LABELS[fmt]}读取：{_short(error)}") from error
    sheets: list[Sheet] = []
    for meta in metadata:
        if meta.typ != SheetTypeEnum.WorkSheet:  # chart and dialog sheets hold no cells
            continue
        hidden = meta.visible != SheetVisibleEnum.Visible
        sheets.append(CalamineSheet(book, meta.name, hidden))
    return Workbook(path, fmt, sheets, datemode=datemode, _closer=book.close)


CALAMINE_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}
"""The file name endings by which calamine picks the reader of each format (the first one is used for links)."""


def _calamine_book(reader: Any, path: Path, fmt: str) -> Any:
    """calamine's workbook for ``path`` read as ``fmt``, whatever the file's name says.

    calamine picks its reader by the name's ending, while xuncha decides the format by
    the content: an old .xls saved as "台账.xlsx" (or an xlsx named .xls) would go to the
    wrong reader and be refused in English ("invalid Zip archive"). Such a file is opened
    through a link whose name has the right ending; calamine holds the file open, so the
    link goes at once.
    """
    if path.suffix.lower() in CALAMINE_SUFFIXES[fmt]:
        return reader.from_path(str(path))
    folder = tempfile.mkdtemp(prefix="xuncha-read-")
    try:
        link = Path(folder) / f"book{CALAMINE_SUFFIXES[fmt][0]}"
        try:
            os.symlink(path.resolve(), link)
        except OSError:  # no symbolic links here (Windows without the right): read it from memory
            with path.open("rb") as handle:
                return reader.from_filelike(handle)
        return reader.from_path(str(link))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


# --- text formats: csv, html, Excel 2003 xml -------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file exported by a Chinese platform: (text, encoding name).

    Order matters: a byte order mark is certain; strict UTF-8 almost never
    accepts GBK bytes by accident; GB18030 (a superset of GBK) comes next; the
    statistical guess of charset-normalizer is the last resort.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if _has_utf16_bom(data):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("gbk", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # the detector is a best effort
        best = None
    if best is not None and best.encoding:
        text = str(best)
        if guards.plausible_chinese(text):  # a guess that reads as mojibake is no answer
            return text, best.encoding
    line, encoding = guards.undecodable_line(data)
    raise UnreadableFile(f"无法识别文件的文字编码：第 {line} 行有不属于 {encoding} 的字节（文件可能混用了编码或已损坏）；"
                         "请用 Excel 或 WPS 打开核对后另存为 UTF-8 的 CSV，再导入")


def _open_text(path: Path) -> Workbook:
    text, encoding = decode_text(path.read_bytes())
    start = text.lstrip()[:SNIFF_BYTES].lower()
    if start.startswith("<"):
        if SPREADSHEETML_NS in start or "<ss:workbook" in start or "progid=\"excel.sheet\"" in start:
            return Workbook(path, "xml", _read_spreadsheetml(text, path), encoding=encoding)
        if "<table" in text.lower() or start.startswith(("<html", "<!doctype html")):
            return Workbook(path, "html", _read_html_tables(text, path.stem), encoding=encoding)
    delimiter, skip = _sniff_delimiter(text, path.suffix.lower())
    return Workbook(path, "csv", [CsvSheet(path.stem, text, delimiter, skip)], encoding=encoding)


_DELIMITERS = ("\t", ",", ";", "|")


def _sniff_delimiter(text: str, suffix: str) -> tuple[str, int]:
    """(delimiter, lines to skip) from the first lines; honours Excel's 'sep=;' hint."""
    first_line = text[:20].split("\n", 1)[0].strip()
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        return first_line[4], 1
    if suffix == ".tsv":
        return "\t", 0
    lines = [line for line in text[:65536].splitlines()[:40] if line.strip()]
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        counts = sorted(line.count(delimiter) for line in lines)
        if not counts:
            continue
        # The median ignores title lines above the table, which have no delimiter.
        score = counts[len(counts) // 2] + 0.01 * sum(1 for c in counts if c)
        if score > best_score:
            best, best_score = delimiter, score
    return best, 0


class _HtmlTables(HTMLParser):
    """Collects every <table> as rows of (text, colspan, rowspan) cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._stack: list[list[list[tuple[str, int, int]]]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip_depth += 1
        elif tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._close_cell()
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            self._close_cell()
            if not self._stack[-1]:
                self._stack[-1].append([])
            values = dict(attrs)
            self._span = (_span(values.get("colspan")), _span(values.get("rowspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "table" and self._stack:
            self._close_cell()
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip_depth:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is not None and self._stack and self._stack[-1]:
            text = "".join(self._cell).strip()
            self._stack[-1][-1].append((text, *self._span))
        self._cell = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def _read_html_tables(text: str, stem: str) -> list[Sheet]:
    parser = _HtmlTables()
    try:
        parser.feed(text)
        parser.close()
    except Exception as error:  # html.parser is lenient; this is a last resort
        raise UnreadableFile(f"网页表格无法解析：{_short(error)}") from error
    tables = [t for t in parser.tables if sum(1 for row in t if any(c[0] for c in row)) >= 1]
    if not tables:
        raise UnreadableFile("网页文件里没有表格")
    sheets: list[Sheet] = []
    for number, table in enumerate(tables, start=1):
        guards.check_table(stem if len(tables) == 1 else f"{stem}#{number}", table)  # span bombs
        rows, merges = _layout_spans(table)
        name = stem if len(tables) == 1 else f"{stem}#{number}"
        sheets.append(ListSheet(name, rows, merges))
    return sheets


def _layout_spans(table: Sequence[Sequence[tuple[Any, int, int]]]) -> tuple[list[Row], list[Merge]]:
    """Place cells with colspan/rowspan on a grid: the value in the top-left, '' elsewhere."""
    occupied: set[tuple[int, int]] = set()
    grid: list[Row] = []
    merges: list[Merge] = []
    for r, cells in enumerate(table):
        while len(grid) <= r:
            grid.append([])
        c = 0
        for value, colspan, rowspan in cells:
            while (r, c) in occupied:
                c += 1
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    occupied.add((rr, cc))
            _put(grid, r, c, value)
            if colspan > 1 or rowspan > 1:
                merges.append((r, c, r + rowspan - 1, c + colspan - 1))
            c += colspan
    width = max((len(row) for row in grid), default=0)
    for row in grid:
        row.extend([""] * (width - len(row)))
    return grid, merges


def _put(grid: list[Row], r: int, c: int, value: Any) -> None:
    while len(grid) <= r:
        grid.append([])
    row = grid[r]
    if len(row) <= c:
        row.extend([""] * (c + 1 - len(row)))
    row[c] = value


def _read_spreadsheetml(text: str, path: Path) -> list[Sheet]:
    """Excel 2003 XML ('XML 表格'), which some platforms save with an .xls name."""
    import xml.etree.ElementTree as ET

    ns = "{" + SPREADSHEETML_NS + "}"
    try:
        # ElementTree refuses a str that still carries its encoding declaration.
        root = ET.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    except ET.ParseError as error:
        raise UnreadableFile(f"XML 表格无法解析：{error}") from error
    sheets: list[Sheet] = []
    for worksheet in root.iter(ns + "Worksheet"):
        name = worksheet.get(ns + "Name") or path.stem
        table = worksheet.find(ns + "Table")
        rows: list[Row] = []
        merges: list[Merge] = []
        limit = guards.GridLimit(name)  # ss:Index can place a cell a million rows down
        r = -1
        for row in (table.iter(ns + "Row") if table is not None else []):
            r = int(row.get(ns + "Index", r + 2)) - 1
            c = -1
            for cell in row.iter(ns + "Cell"):
                c = int(cell.get(ns + "Index", c + 2)) - 1
                across = int(cell.get(ns + "MergeAcross", 0))
                down = int(cell.get(ns + "MergeDown", 0))
                data = cell.find(ns + "Data")
                limit.cell(r, c)
                _put(rows, r, c, _spreadsheetml_value(data, ns))
                if across or down:
                    merges.append((r, c, r + down, c + across))
                c += across
        width = max((len(row) for row in rows), default=0)
        for row in rows:
            row.extend([""] * (width - len(row)))
        sheets.append(ListSheet(name, rows, merges))
    if not sheets:
        raise UnreadableFile("XML 表格里没有工作表")
    return sheets


def _spreadsheetml_value(data: Any, ns: str) -> Any:
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(ns + "Type")
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() == "1"
    return text


# --- folders ------------------------------------------------------------------------------


def is_spreadsheet_candidate(path: Path) -> bool:
    """Whether a folder import should pick this file up."""
    name = path.name
    if name.startswith((".", "~$", ".~lock")) or name.lower().startswith("readme"):
        return False
    return path.suffix.lower() in SPREADSHEET_SUFFIXES


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files to import: explicit files as given, folders recursively (sorted, deduplicated)."""
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates = sorted(
                (p for p in path.rglob("*") if p.is_file() and is_spreadsheet_candidate(p)
                 and not any(part.startswith(".") or part == "__pycache__"
                             for part in p.relative_to(path).parts[:-1])),
                key=lambda p: str(p.relative_to(path)),
            )
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve() if candidate.exists() else candidate
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found
