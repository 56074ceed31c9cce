"""Writes broken, hostile and huge spreadsheet files into a test's tmp_path.

Nothing here is committed as a binary: every file is generated at test time.
The xlsx files are written part by part (``write_raw_xlsx``) so that a test
controls exactly what a hostile workbook contains: a lying ``<dimension>``,
a cell in column XFD, a sheet part of hundreds of megabytes that deflates to
a few hundred kilobytes, a workbook without sheets.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

CONTRACT_HEADER = ["合同编号", "合同名称", "乙方单位", "合同金额", "签订日期"]
PAYMENT_HEADER = ["凭证号", "日期", "摘要", "收入", "支出", "往来单位"]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{overrides}</Types>"
)
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# --- cells and rows ---------------------------------------------------------------------------


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 16383 -> XFD)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_xml(row: int, column: int, value: Any) -> str:
    """One <c> element; ``value`` may be a str, int/float, ('f', formula[, cached]) or ('e', '#REF!')."""
    ref = f"{column_letter(column)}{row}"
    if value is None:
        return ""
    if isinstance(value, tuple) and value[0] == "f":
        cached = value[2] if len(value) > 2 else None
        body = f"<f>{escape(value[1])}</f>" + ("" if cached is None else f"<v>{cached}</v>")
        return f'<c r="{ref}">{body}</c>'
    if isinstance(value, tuple) and value[0] == "e":
        return f'<c r="{ref}" t="e"><v>{escape(value[1])}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    text = escape(str(value))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def row_xml(row: int, values: Sequence[Any], first_column: int = 0) -> str:
    cells = "".join(cell_xml(row, first_column + i, v) for i, v in enumerate(values))
    return f'<row r="{row}">{cells}</row>'


def sheet_xml(rows: Iterable[tuple[int, Sequence[Any]]], *, dimension: str | None = None,
              extra_rows: str = "") -> Iterator[bytes]:
    """A worksheet part, as chunks: (row number, values from column A) pairs."""
    yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">').encode()
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    for number, values in rows:
        yield row_xml(number, values).encode()
    if extra_rows:
        yield extra_rows.encode()
    yield b"</sheetData></worksheet>"


def table_rows(rows: Sequence[Sequence[Any]], start: int = 1) -> list[tuple[int, Sequence[Any]]]:
    return [(start + i, row) for i, row in enumerate(rows)]


def write_raw_xlsx(path: Path, sheets: Sequence[tuple[str, Iterable[bytes]]], *,
                   compresslevel: int = 6, date1904: bool = False) -> Path:
    """An .xlsx written part by part; each sheet part is streamed (it may be huge)."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_TYPE}"/>'
        for i in range(1, len(sheets) + 1))
    entries = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, (name, _) in enumerate(sheets, 1))
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}<sheets>{entries}</sheets></workbook>')
    rels = "".join(
        f'<Relationship Id="rId{i}" '
        f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'{rels}</Relationships>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(overrides=overrides))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for i, (_name, chunks) in enumerate(sheets, 1):
            with archive.open(f"xl/worksheets/sheet{i}.xml", "w") as part:
                for chunk in chunks:
                    part.write(chunk)
    return path


def write_table_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "合同",
                     dimension: str | None = None, extra_rows: str = "") -> Path:
    """One sheet, rows from A1."""
    return write_raw_xlsx(path, [(sheet, sheet_xml(table_rows(rows), dimension=dimension,
                                                  extra_rows=extra_rows))])


def contract_rows(count: int, *, start: int = 1, title: str = "石桥村合同台账") -> list[list[Any]]:
    rows: list[list[Any]] = [[title], CONTRACT_HEADER]
    for i in range(start, start + count):
        rows.append([f"HT-{i:06d}", f"村道硬化{i}号", f"宏达建设{i % 97}", 1000 + i, "2022-03-05"])
    return rows


# --- the bad files ----------------------------------------------------------------------------


def good_xlsx(path: Path, count: int = 10) -> Path:
    return write_table_xlsx(path, contract_rows(count))


def truncated_xlsx(path: Path) -> Path:
    """A real workbook cut in half, as a copy interrupted on a USB stick leaves it."""
    whole = path.with_name("whole-" + path.name)
    good_xlsx(whole, 200)
    data = whole.read_bytes()
    whole.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def junk_xlsx(path: Path) -> Path:
    """Binary noise named .xlsx."""
    path.write_bytes(bytes(range(256)) * 16 + b"\x00" * 1024)
    return path


def zip_not_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "这不是工作簿")
    return path


def zip_bomb_xlsx(path: Path, megabytes: int = 400) -> Path:
    """A small file (about 2 MB) whose sheet part inflates to ``megabytes`` MB of identical rows."""
    row = row_xml(3, ["HT-1", "村道硬化", "宏达建设", 1000, "2022-03-05"]).encode()
    chunk = row * max(1, (1 << 20) // len(row))

    def bomb() -> Iterator[bytes]:
        head = list(sheet_xml(table_rows(contract_rows(0))))
        yield from head[:-1]
        written = 0
        while written < megabytes << 20:
            yield chunk
            written += len(chunk)
        yield head[-1]

    return write_raw_xlsx(path, [("合同", bomb())], compresslevel=9)


def lying_zip_bomb_xlsx(path: Path, megabytes: int = 200) -> Path:
    """A bomb whose central directory declares a tiny uncompressed size for the sheet part."""
    zip_bomb_xlsx(path, megabytes)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    # Local header and central directory entry: patch the 32-bit sizes where they are not zip64 (0xFFFFFFFF).
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while True:
            at = data.find(signature, start)
            if at < 0:
                break
            start = at + 4
            name_len_at = at + (26 if signature == b"PK\x03\x04" else 28)
            name_len = struct.unpack_from("<H", data, name_len_at)[0]
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if bytes(data[name_at:name_at + name_len]) != name:
                continue
            if struct.unpack_from("<I", data, at + size_offset)[0] != 0xFFFFFFFF:
                struct.pack_into("<I", data, at + size_offset, 4096)
    path.write_bytes(bytes(data))
    return path


def ole2_file(path: Path, streams: dict[str, bytes]) -> Path:
    """A minimal valid OLE2 compound file (CFB v3) holding the given streams.

    Streams are stored in regular 512-byte sectors (each padded to at least
    4096 bytes, the mini-stream cutoff), one directory sector per four entries.
    """
    sector = 512
    free, end_chain, fat_sect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    names = list(streams)
    # Streams below the mini-stream cutoff would have to live in the mini stream: pad them past it.
    blobs = [streams[n].ljust(4096, b"\x00") for n in names]
    blob_sectors = [-(-len(b) // sector) for b in blobs]
    dir_entries = 1 + len(names)
    dir_sectors = -(-dir_entries // 4)
    data_sectors = dir_sectors + sum(blob_sectors)
    fat_sectors = 1
    while fat_sectors * 128 < data_sectors + fat_sectors:
        fat_sectors += 1
    # Layout: FAT sectors, directory sectors, then each stream.
    fat = [fat_sect] * fat_sectors
    dir_start = len(fat)
    fat += [dir_start + i + 1 for i in range(dir_sectors - 1)] + [end_chain]
    starts = []
    for count in blob_sectors:
        first = len(fat)
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [end_chain]
    fat += [free] * (fat_sectors * 128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF,
              right: int = 0xFFFFFFFF) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, right, child) + b"\x00" * 16 + b"\x00" * 4
                + b"\x00" * 16 + struct.pack("<IIi", start, size, 0))

    # Siblings as a degenerate red-black tree: each entry's right sibling is the next.
    directory = entry("Root Entry", 5, end_chain, 0, child=1 if names else 0xFFFFFFFF)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else 0xFFFFFFFF
        directory += entry(name, 2, starts[i], len(blobs[i]), right=right)
    while len(directory) < dir_sectors * sector:  # unused slots: empty entries without siblings
        directory += b"\x00" * 68 + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF) + b"\x00" * 48
    difat = [i for i in range(fat_sectors)] + [free] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 4096, end_chain, 0,
                                         end_chain, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == 512
    body = b"".join(struct.pack("<128I", *fat[i * 128:(i + 1) * 128]) for i in range(fat_sectors))
    body += directory
    for blob, count in zip(blobs, blob_sectors):
        body += blob.ljust(count * sector, b"\x00")
    path.write_bytes(header + body)
    return path


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with an open password: OLE2 with an EncryptedPackage stream."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version=\"1.0\"?><encryption/>"
    package = struct.pack("<Q", 5000) + bytes((i * 37) & 0xFF for i in range(5008))
    return ole2_file(path, {"EncryptionInfo": info, "EncryptedPackage": package})


def encrypted_xls(path: Path) -> Path:
    """A BIFF8 workbook whose globals start with a FILEPASS record (RC4): Excel's "password to open"."""

    def record(kind: int, data: bytes) -> bytes:
        return struct.pack("<HH", kind, len(data)) + data

    stream = (record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06))
              + record(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48))
              + record(0x000A, b""))
    return ole2_file(path, {"Workbook": stream})


def html_named_xls(path: Path) -> Path:
    rows = "".join(
        f"<tr><td>HT-{i}</td><td>村道硬化{i}</td><td>宏达建设</td><td>{1000 + i}</td><td>2022-03-05</td></tr>"
        for i in range(1, 6))
    header = "".join(f"<th>{h}</th>" for h in CONTRACT_HEADER)
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><table><tr><td colspan=5>石桥村合同台账"
                    f"</td></tr><tr>{header}</tr>{rows}</table></body></html>", encoding="utf-8")
    return path


def csv_named_xls(path: Path) -> Path:
    lines = ["石桥村合同台账", ",".join(CONTRACT_HEADER)]
    lines += [f"HT-{i},村道硬化{i},宏达建设,{1000 + i},2022-03-05" for i in range(1, 6)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="gbk")
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def no_sheets_xlsx(path: Path) -> Path:
    return write_raw_xlsx(path, [])


def empty_sheets_xlsx(path: Path) -> Path:
    return write_raw_xlsx(path, [("Sheet1", sheet_xml([])), ("Sheet2", sheet_xml([]))])


def lying_dimension_xlsx(path: Path) -> Path:
    """Ten rows, but the sheet claims A1:Z1048576."""
    return write_table_xlsx(path, contract_rows(10), dimension="A1:Z1048576")


def far_cell_xlsx(path: Path, rows: int = 10) -> Path:
    """Ten real rows plus one stray cell in XFD1048576, the last cell of a sheet."""
    stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return write_table_xlsx(path, contract_rows(rows), extra_rows=stray)


def wide_xlsx(path: Path) -> Path:
    """A header and rows that run to column XFD (16384 columns, Excel's last)."""
    header = CONTRACT_HEADER + [f"备用{i}" for i in range(16384 - len(CONTRACT_HEADER))]
    rows: list[list[Any]] = [["石桥村合同台账"], header]
    for i in range(1, 6):
        rows.append([f"HT-{i}", f"村道硬化{i}", "宏达建设", 1000 + i, "2022-03-05"] + [i] * 50)
    rows[-1] = rows[-1] + [None] * (16383 - len(rows[-1])) + ["末列"]
    return write_table_xlsx(path, rows)


def huge_cell_xlsx(path: Path) -> Path:
    rows = contract_rows(3)
    rows[3][1] = "长" * (1 << 20)
    return write_table_xlsx(path, rows)


def odd_values_xlsx(path: Path) -> Path:
    """Formulas without cached values, error cells, odd dates and amounts, control characters."""
    rows: list[list[Any]] = [["石桥村合同台账"], CONTRACT_HEADER,
        ["HT-1", "正常合同", "宏达建设", 1000, "2022-03-05"],
        ["HT-2", ("f", "B3&\"x\""), "宏达建设", ("f", "D3*2"), "2022-03-05"],
        ["HT-3", "错误值", ("e", "#REF!"), ("e", "#DIV/0!"), "2022-03-05"],
        ["HT-4", "早于1900年", "宏达建设", 1000, "1899-12-31"],
        ["HT-5", "远未来", "宏达建设", 1000, "9999-12-31"],
        ["HT-6", "负数金额", "宏达建设", -5000, "2022-03-05"],
        ["HT-7", "离谱金额", "宏达建设", 1e300, "2022-03-05"],
        ["HT-8", "离谱金额2", "宏达建设", "99999999999999999999元", "2022-03-05"],
        ["HT-9", "控制\x01字符\x7f", "宏达\x0b建设", 1000, "2022-03-05"],
        ["HT-10", "缓存公式", "宏达建设", ("f", "1000+1", 1001), "2022-03-05"]]
    # Control characters are not legal in XML 1.0: write them as Excel does, escaped.
    body = []
    for number, values in table_rows(rows):
        body.append(row_xml(number, values).replace("\x01", "_x0001_").replace("\x0b", "_x000B_").encode())
    chunks = list(sheet_xml([]))
    return write_raw_xlsx(path, [("合同", [*chunks[:-1], *body, chunks[-1]])])


def invalid_utf8_csv(path: Path) -> Path:
    """UTF-8 text with one stray byte: not valid UTF-8, and it must not be mis-decoded silently."""
    lines = ["石桥村合同台账", ",".join(CONTRACT_HEADER)]
    lines += [f"HT-{i},村道硬化{i},宏达建设,{1000 + i},2022-03-05" for i in range(1, 6)]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    at = data.index("村道硬化3".encode())
    path.write_bytes(data[:at] + b"\xff\xfe\xfa" + data[at:])
    return path


def mixed_encoding_csv(path: Path) -> Path:
    """Lines in UTF-8 and lines in GBK in one file (two exports pasted together)."""
    lines = [("石桥村合同台账", "utf-8"), (",".join(CONTRACT_HEADER), "utf-8")]
    lines += [(f"HT-{i},村道硬化{i},宏达建设,{1000 + i},2022-03-05", "utf-8" if i % 2 else "gbk")
              for i in range(1, 7)]
    path.write_bytes(b"".join(text.encode(enc) + b"\r\n" for text, enc in lines))
    return path


def big_contract_xlsx(path: Path, count: int) -> Path:
    return write_table_xlsx(path, contract_rows(count))


def big_contract_csv(path: Path, count: int, start: int = 1, tag: str = "") -> Path:
    """A plain UTF-8 csv ledger of ``count`` contracts; ``tag`` makes each file's content unique."""
    lines = [f"石桥村合同台账{tag}", ",".join(CONTRACT_HEADER)]
    lines += [f"HT{tag}-{i:06d},村道硬化{i}号,宏达建设{i % 97},{1000 + i},2022-03-05"
              for i in range(start, start + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stray_cell_xlsx(path: Path, ref: str = "A1048576", text: str = "备注：以上属实") -> Path:
    """Ten rows and one note typed far below the table (the used range becomes enormous)."""
    row = int("".join(ch for ch in ref if ch.isdigit()))
    stray = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c></row>'
    return write_table_xlsx(path, contract_rows(10), extra_rows=stray)


def html_span_bomb_xls(path: Path) -> Path:
    """A 300-byte "xls" (really HTML) whose colspan/rowspan cells would cover five million positions."""
    cells = "<td colspan=1000 rowspan=1000>x</td>" * 5
    path.write_text(f"<html><table><tr>{cells}</tr></table></html>", encoding="utf-8")
    return path


def spreadsheetml_index_bomb_xls(path: Path) -> Path:
    """An Excel 2003 XML file whose ss:Index puts one cell a million rows down and 16000 columns right."""
    path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="合同"><Table>'
        '<Row><Cell ss:Index="16000"><Data ss:Type="String">x</Data></Cell></Row>'
        '<Row ss:Index="1000000"><Cell><Data ss:Type="String">y</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>", encoding="utf-8")
    return path


def spreadsheetml_bad_index_xls(path: Path) -> Path:
    path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="合同"><Table>'
        '<Row ss:Index="第三行"><Cell><Data ss:Type="String">x</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>", encoding="utf-8")
    return path


def ods_repeat_bomb(path: Path) -> Path:
    """An OpenDocument sheet whose repeat counts expand one number into 1000 × 100000 cells."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="合同">'
        '<table:table-row table:number-rows-repeated="100000">'
        '<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1000"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


def gbk_csv_with_stray_byte(path: Path) -> Path:
    """A GBK csv with one byte that is not GBK: a statistical guess would read it as Thai."""
    lines = ["石桥村合同台账", ",".join(CONTRACT_HEADER)]
    lines += [f"HT-{i},村道硬化{i},宏达建设,{1000 + i},2022-03-05" for i in range(1, 6)]
    data = ("\r\n".join(lines) + "\r\n").encode("gbk")
    at = data.index("村道硬化3".encode("gbk"))
    path.write_bytes(data[:at] + b"\x80" + data[at:])
    return path


def csv_with_huge_cell(path: Path) -> Path:
    lines = ["石桥村合同台账", ",".join(CONTRACT_HEADER), "HT-1,村道,宏达建设,1000,2022-03-05",
             "HT-2," + "长" * (1 << 20) + ",宏达建设,1000,2022-03-05", "HT-3,水渠,宏达建设,1000,2022-03-05"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pdf_named_xlsx(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    return path
