"""Readers: the format is decided by content, every sheet reads the same way."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest

from importers.errors import UnreadableFile
from importers.readers import decode_text, expand_paths, open_workbook
from tests.test_import_support import write_csv, write_xls, write_xlsx


def rows_of(path: Path, sheet: int = 0) -> list[tuple[int, list]]:
    with open_workbook(path) as book:
        target = book.sheets[sheet]
        target.load()
        return [(n, list(r)) for n, r in target.rows()]


def test_xlsx_rows_keep_excel_row_numbers_and_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [[None], [None, "标题"], [None, "序号", 12, dt.date(2021, 3, 5)]]})
    rows = rows_of(path)
    assert rows[1] == (2, ["", "标题", "", ""])
    assert rows[2] == (3, ["", "序号", 12.0, dt.date(2021, 3, 5)])


def test_xlsx_merges_are_reported(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [["标题", None, None], ["a", "b", "c"]]},
                      merges={"S": ["A1:C1"]})
    with open_workbook(path) as book:
        sheet = book.sheets[0]
        sheet.load()
        assert sheet.merges == [(0, 0, 0, 2)]


def test_real_xls_is_read_with_merges(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "a.xls", {"收支": [["石桥村收支", None], ["日期", "金额"],
                                                  [dt.date(2021, 3, 5), 12.5]]}, merges={"收支": [(0, 0, 0, 1)]})
    with open_workbook(path) as book:
        assert book.format == "xls"
        sheet = book.sheets[0]
        sheet.load()
        assert sheet.merges == [(0, 0, 0, 1)]
        rows = [r for _, r in sheet.rows()]
    assert rows[2][0] == dt.date(2021, 3, 5) and rows[2][1] == 12.5


def test_html_disguised_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "导出.xls"
    path.write_text(
        "<html><body><table><tr><td colspan='2'>石桥村资产台账</td></tr>"
        "<tr><th>资产名称</th><th>原值</th></tr><tr><td rowspan=2>仓库</td><td>1&nbsp;200</td></tr>"
        "<tr><td>300</td></tr></table></body></html>", encoding="gbk")
    with open_workbook(path) as book:
        assert book.format == "html"
        sheet = book.sheets[0]
        assert sheet.name == "导出"
        rows = [r for _, r in sheet.rows()]
        assert sheet.merges == [(0, 0, 0, 1), (2, 0, 3, 0)]
    assert rows[1] == ["资产名称", "原值"]
    assert rows[3] == ["", "300"]  # the rowspan cell is empty below its first row, as in Excel


def test_csv_disguised_as_xls(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名单.xls", [["姓名", "职务"], ["张三", "书记"]], encoding="gbk")
    with open_workbook(path) as book:
        assert book.format == "csv" and book.encoding == "gbk"
        assert [r for _, r in book.sheets[0].rows()] == [["姓名", "职务"], ["张三", "书记"]]


def test_spreadsheetml_2003_disguised_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "平台导出.xls"
    path.write_text(
        '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="合同">'
        '<Table><Row><Cell ss:MergeAcross="1"><Data ss:Type="String">标题</Data></Cell></Row>'
        '<Row><Cell><Data ss:Type="String">合同金额</Data></Cell><Cell ss:Index="3">'
        '<Data ss:Type="DateTime">2021-03-05T00:00:00.000</Data></Cell></Row>'
        '<Row><Cell><Data ss:Type="Number">12.5</Data></Cell></Row></Table></Worksheet></Workbook>',
        encoding="utf-8")
    with open_workbook(path) as book:
        assert book.format == "xml"
        sheet = book.sheets[0]
        assert sheet.name == "合同" and sheet.merges == [(0, 0, 0, 1)]
        rows = [r for _, r in sheet.rows()]
    assert rows[1] == ["合同金额", "", dt.datetime(2021, 3, 5)]
    assert rows[2][0] == 12.5


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gbk"), ("gb18030", "gb18030"),
])
def test_csv_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    text = "摘要,金额\r\n收到承包金,1200\r\n" + ("支付䶮费,3\r\n" if encoding == "gb18030" else "")
    path = tmp_path / "a.csv"
    path.write_bytes(text.encode(encoding))
    decoded, found = decode_text(path.read_bytes())
    assert found == expected
    assert decoded.splitlines()[1] == "收到承包金,1200"


def test_csv_rows_are_numbered_as_excel_shows_them(tmp_path: Path) -> None:
    """A quoted cell spanning lines (Alt+Enter in Excel) stays in one row, as Excel opens the file."""
    path = tmp_path / "a.csv"
    path.write_text('标题\r\n摘要,金额\r\n"两行\r\n摘要",5\r\n末行,6\r\n', encoding="utf-8")
    rows = rows_of(path)
    assert [n for n, _ in rows] == [1, 2, 3, 4]
    assert rows[2][1] == ["两行\r\n摘要", "5"]


def test_a_broken_csv_names_its_row_and_its_text_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('摘要,金额\n"两行\n摘要",5\n"' + "长" * 300 + "\n", encoding="utf-8")
    limit = csv.field_size_limit(200)  # the real limit is 16M characters: too big to write in a test
    try:
        with pytest.raises(UnreadableFile) as caught:
            rows_of(path)
    finally:
        csv.field_size_limit(limit)
    assert str(caught.value).startswith("第 3 行（文本第 4 行）无法按 CSV 读取")


def test_tsv_and_excel_text_quotes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text('凭证号\t金额\n="0012"\t5\n', encoding="utf-8")
    assert [r for _, r in rows_of(path)] == [["凭证号", "金额"], ["0012", "5"]]


def test_sep_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("sep=;\n姓名;职务\n张三;书记\n", encoding="utf-8")
    assert rows_of(path) == [(1, ["姓名", "职务"]), (2, ["张三", "书记"])]  # Excel does not show the hint


def test_1904_date_system_is_detected(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "mac.xlsx", {"S": [["日期"], [dt.date(2021, 3, 5)]]}, date1904=True)
    with open_workbook(path) as book:
        assert book.datemode == 1
    plain = write_xlsx(tmp_path / "pc.xlsx", {"S": [["日期"], [dt.date(2021, 3, 5)]]})
    with open_workbook(plain) as book:
        assert book.datemode == 0


@pytest.mark.parametrize("content,message", [
    (b"", "空文件"),
    (b"%PDF-1.4 ...", "PDF"),
    (b"\x00\x01\x02binary\x00junk", "不是可识别的表格文件"),
])
def test_unreadable_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        open_workbook(path)
    assert "坏文件.xlsx" in str(caught.value) and message in str(caught.value)


def test_broken_zip_and_word_document(tmp_path: Path) -> None:
    broken = tmp_path / "断.xlsx"
    broken.write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(UnreadableFile, match="断.xlsx"):
        open_workbook(broken)
    word = tmp_path / "报告.xlsx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(UnreadableFile, match="Word"):
        open_workbook(word)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="不存在"):
        open_workbook(tmp_path / "无.xlsx")


def test_folder_recursion_picks_spreadsheets_only(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ("b.xlsx", "a.csv", "sub/c.xls", "sub/deeper/d.tsv", "sub/e.txt", "sub/f.xlsm"):
        (tmp_path / name).write_text("x")
    for name in ("README.md", "readme.txt", "gen.py", "expected.json", "~$b.xlsx", ".~lock.b.xlsx#",
                 ".hidden/g.xlsx", ".h.csv", "notes.docx"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert found == ["a.csv", "b.xlsx", "sub/c.xls", "sub/deeper/d.tsv", "sub/e.txt", "sub/f.xlsm"]


def test_explicit_file_is_taken_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "data.dat"
    path.write_text("x")
    assert expand_paths([path, path]) == [path]
