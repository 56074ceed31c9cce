"""Broken, hostile and absurd files: a clear reason, no crash, no hang, the store as it was.

Every file is written by ``corpus`` into the test's tmp_path. A refused file
must leave every table of the store byte-for-byte as it was (compared with a
dump of all tables, search index included); a file that can be read in part
imports what it can and names each row and column it could not use.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import importers
from importers import guards
from importers.readers import open_workbook
from importers.report import EMPTY, FAILED, IMPORTED
from tests.hardening import corpus
from tests.hardening.conftest import (
    assert_one_line_error,
    dump,
    integrity,
    measured_import,
    run_cli,
    time_limit,
)
from xuncha.store import Store

# --- a store that already holds data ---------------------------------------------------------------


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with one good ledger imported (records, issues, search index): copied per test."""
    folder = tmp_path_factory.mktemp("template")
    db = folder / "template.db"
    with Store(db) as store:
        report = importers.import_paths(store, [corpus.good_xlsx(folder / "已有台账.xlsx", 12)])
        assert report.files[0].status == IMPORTED
    return db


@pytest.fixture
def seeded_db(template_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    shutil.copy(template_db, db)
    return db


def import_once(db: Path, path: Path, seconds: int = 30) -> importers.FileReport:
    with time_limit(seconds), Store(db) as store:
        report = importers.import_paths(store, [path])
    assert len(report.files) == 1
    return report.files[0]


# --- refused files ---------------------------------------------------------------------------------

# (builder, file name, fragments the message must hold besides the file name, expected status)
REFUSED: dict[str, tuple[Callable[[Path], Path], str, tuple[str, ...], str]] = {
    "truncated": (corpus.truncated_xlsx, "截断的台账.xlsx", ("压缩包已损坏",), FAILED),
    "not-a-zip": (corpus.junk_xlsx, "乱码.xlsx", ("不是可识别的表格文件",), FAILED),
    "zip-not-workbook": (corpus.zip_not_workbook, "压缩包.xlsx", ("不是 Excel 工作簿",), FAILED),
    "pdf": (corpus.pdf_named_xlsx, "扫描件.xlsx", ("PDF",), FAILED),
    "encrypted": (corpus.encrypted_xlsx, "加密台账.xlsx", ("密码",), FAILED),
    "encrypted-xls": (corpus.encrypted_xls, "加密旧版台账.xls", ("密码",), FAILED),
    "empty-file": (corpus.empty_file, "空.xlsx", ("空文件",), FAILED),
    "no-sheets": (corpus.no_sheets_xlsx, "无工作表.xlsx", ("没有可导入的数据", "没有工作表"), EMPTY),
    "empty-sheets": (corpus.empty_sheets_xlsx, "空工作表.xlsx", ("没有可导入的数据", "都是空的"), EMPTY),
    "far-cell": (corpus.far_cell_xlsx, "远处单元格.xlsx", ("工作表 合同", "XFD1048576"), FAILED),
    "lying-zip-bomb": (corpus.lying_zip_bomb_xlsx, "谎报大小.xlsx", ("压缩包已损坏",), FAILED),
    "html-span-bomb": (corpus.html_span_bomb_xls, "合并炸弹.xls", ("合并单元格",), FAILED),
    "xml-index-bomb": (corpus.spreadsheetml_index_bomb_xls, "索引炸弹.xls", ("工作表 合同", "超出"), FAILED),
    "xml-bad-index": (corpus.spreadsheetml_bad_index_xls, "错误索引.xls", ("内容格式有误",), FAILED),
    "ods-repeat-bomb": (corpus.ods_repeat_bomb, "重复炸弹.ods", ("工作表 合同", "超出"), FAILED),
    "invalid-utf8": (corpus.invalid_utf8_csv, "坏字节.csv", ("文字编码", "第 5 行"), FAILED),
    "mixed-encodings": (corpus.mixed_encoding_csv, "混合编码.csv", ("文字编码", "第 4 行"), FAILED),
    "gbk-stray-byte": (corpus.gbk_csv_with_stray_byte, "国标坏字节.csv", ("文字编码", "第 5 行"), FAILED),
}


DANGEROUS = {"far-cell", "lying-zip-bomb", "html-span-bomb", "xml-index-bomb", "ods-repeat-bomb"}
"""Files that, without the guards, abort the process or eat gigabytes: only ever read in a child."""


@pytest.mark.parametrize("case", sorted(set(REFUSED) - DANGEROUS))
def test_refused_file_leaves_the_store_as_it_was(case: str, seeded_db: Path, tmp_path: Path) -> None:
    build, name, fragments, status = REFUSED[case]
    path = build(tmp_path / name)
    before = dump(seeded_db)
    report = import_once(seeded_db, path)
    assert report.status == status, report.message
    assert report.imported == 0 and report.batch_id is None
    assert name in report.message
    for fragment in fragments:
        assert fragment in report.message, report.message
    assert "Traceback" not in report.message and "Error:" not in report.message.split("（")[0]
    # No English from the libraries underneath ('File is not a zip file', 'Bad CRC-32 for file …').
    assert not re.search(r"\b(?:File|Bad|CRC|zip|header|Error)\b", report.message), report.message
    assert dump(seeded_db) == before
    assert integrity(seeded_db) == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(DANGEROUS))
def test_dangerous_file_is_refused_in_bounded_time_and_memory(case: str, seeded_db: Path, tmp_path: Path) -> None:
    # Before the guards: calamine aborted the whole process (a 512 GB allocation) on the far
    # cell; the HTML and XML readers ran for minutes and then out of memory on a 300-byte file.
    build, name, fragments, status = REFUSED[case]
    path = build(tmp_path / name)
    before = dump(seeded_db)
    result = measured_import(seeded_db, path)
    assert result["status"] == status, result
    for fragment in (name, *fragments):
        assert fragment in result["message"], result["message"]
    assert result["seconds"] < 5 and result["peak_mb"] - result["base_mb"] < 150, result
    assert dump(seeded_db) == before


def test_the_cli_refuses_every_bad_file_with_one_line_each(seeded_db: Path, tmp_path: Path) -> None:
    paths = [build(tmp_path / name) for build, name, _, _ in REFUSED.values()]
    before = dump(seeded_db)
    result = run_cli(seeded_db, "import", *map(str, paths), "--json")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    document = json.loads(result.stdout)  # --json: one document on stdout, even when everything fails
    assert [f["file"] for f in document["files"]] == [p.name for p in paths]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == len(paths), result.stderr
    for line, path in zip(lines, paths):
        assert path.name in line
    assert dump(seeded_db) == before


@pytest.mark.parametrize("case", ["truncated", "encrypted", "far-cell", "invalid-utf8"])
def test_the_cli_exits_1_with_one_line_for_a_bad_file(case: str, seeded_db: Path, tmp_path: Path) -> None:
    build, name, fragments, _ = REFUSED[case]
    result = run_cli(seeded_db, "import", str(build(tmp_path / name)))
    assert_one_line_error(result, name, *fragments)


# --- the zip bomb: refused from the central directory, in bounded time and memory -----------------------


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus.zip_bomb_xlsx(tmp_path_factory.mktemp("bomb") / "炸弹.xlsx", megabytes=400)


def test_zip_bomb_is_small_on_disk_and_huge_inflated(zip_bomb: Path) -> None:
    with zipfile.ZipFile(zip_bomb) as archive:
        inflated = sum(info.file_size for info in archive.infolist())
    assert zip_bomb.stat().st_size < 4 << 20 and inflated > 400 << 20


def test_zip_bomb_is_refused_before_anything_is_inflated(zip_bomb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inflated = 0
    real_read = zipfile.ZipExtFile.read

    def counting_read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        nonlocal inflated
        data = real_read(self, n)
        inflated += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    with time_limit(5), pytest.raises(importers.UnreadableFile) as refused:
        open_workbook(zip_bomb)
    assert "压缩炸弹" in refused.value.message and "炸弹.xlsx" in refused.value.message
    assert inflated < 1 << 20


@pytest.mark.slow
def test_zip_bomb_import_stays_within_time_and_memory(zip_bomb: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    Store(db).close()
    before = dump(db)
    result = measured_import(db, zip_bomb)
    assert result["status"] == FAILED and "压缩炸弹" in result["message"]
    assert result["seconds"] < 5
    assert result["peak_mb"] - result["base_mb"] < 150, result
    assert dump(db) == before


# --- files that import in part, or whole -------------------------------------------------------------


def records_of(db: Path, batch_id: int) -> list:
    with Store(db) as store:
        return [r for r in store.records("contract") if r.batch_id == batch_id]


def issues_of(db: Path, batch_id: int) -> list:
    with Store(db) as store:
        return store.issues(batch_id=batch_id)


@pytest.mark.parametrize(("build", "name"), [(corpus.html_named_xls, "网页导出.xls"),
                                             (corpus.csv_named_xls, "文本导出.xls")])
def test_html_or_csv_named_xls_is_read_by_its_content(build: Callable[[Path], Path], name: str,
                                                      seeded_db: Path, tmp_path: Path) -> None:
    report = import_once(seeded_db, build(tmp_path / name))
    assert report.status == IMPORTED and report.imported == 5
    titles = sorted(r.title for r in records_of(seeded_db, report.batch_id))
    assert titles == [f"村道硬化{i}" for i in range(1, 6)]
    assert records_of(seeded_db, report.batch_id)[0].counterparty == "宏达建设"  # GBK decoded, not mojibake


def test_a_dimension_that_claims_a_million_rows_costs_nothing(tmp_path: Path) -> None:
    path = corpus.lying_dimension_xlsx(tmp_path / "声称百万行.xlsx")
    with zipfile.ZipFile(path) as archive:
        assert b'<dimension ref="A1:Z1048576"/>' in archive.read("xl/worksheets/sheet1.xml")
    result = measured_import(tmp_path / "store.db", path)
    assert result["status"] == IMPORTED and result["imported"] == 10
    assert result["seconds"] < 5 and result["peak_mb"] - result["base_mb"] < 150, result


def test_a_note_typed_a_million_rows_below_the_table(tmp_path: Path) -> None:
    # Before: one issue row per blank row (1 048 563 of them, 64 MB of store) in 9 s and 1 GB.
    path = corpus.stray_cell_xlsx(tmp_path / "表尾远处备注.xlsx")
    db = tmp_path / "store.db"
    result = measured_import(db, path)
    assert result["status"] == IMPORTED and result["imported"] == 10
    assert result["seconds"] < 15 and result["peak_mb"] - result["base_mb"] < 600, result
    issues = issues_of(db, 1)
    assert len(issues) <= 3
    blank = next(i for i in issues if i.reason.startswith("空行"))
    assert blank.row == 13 and "1048575" in blank.reason and "1048563" in blank.reason
    assert any(i.row == 1048576 for i in issues)  # the note itself is reported, not lost


def test_sixteen_thousand_columns(seeded_db: Path, tmp_path: Path) -> None:
    report = import_once(seeded_db, corpus.wide_xlsx(tmp_path / "一万六千列.xlsx"))
    assert report.status == IMPORTED and report.imported == 5
    last = max(records_of(seeded_db, report.batch_id), key=lambda r: r.source_row)
    assert "末列" in json.loads(last.raw).values()  # the cell in XFD is kept with the row


@pytest.mark.parametrize(("build", "name"), [(corpus.huge_cell_xlsx, "长文本.xlsx"),
                                             (corpus.csv_with_huge_cell, "长文本.csv")])
def test_a_one_megabyte_cell_is_kept_whole(build: Callable[[Path], Path], name: str,
                                           seeded_db: Path, tmp_path: Path) -> None:
    report = import_once(seeded_db, build(tmp_path / name))
    assert report.status == IMPORTED and report.imported == 3, report.message
    longest = max(records_of(seeded_db, report.batch_id), key=lambda r: len(r.title or ""))
    assert longest.title == "长" * (1 << 20)


def test_odd_values_are_imported_and_each_problem_is_named(seeded_db: Path, tmp_path: Path) -> None:
    report = import_once(seeded_db, corpus.odd_values_xlsx(tmp_path / "怪值.xlsx"))
    assert report.status == IMPORTED and report.imported == 10
    [sheet] = report.sheets
    problems = {(w["row"], w["column"]): (w["value"], w["reason"]) for w in sheet.warnings}
    # A formula without a cached result: calamine reads it as empty; the text is kept and flagged.
    assert problems[(4, "合同金额")][0] == "=D3*2"
    # Error cells: calamine reads them as empty; they come back as the error text, flagged.
    assert problems[(5, "合同金额")] == ("#DIV/0!", "单元格为错误值 #DIV/0!，已保留原值")
    assert "超出合理范围" in problems[(6, "签订日期")][1]      # 1899-12-31
    assert "超出合理范围" in problems[(7, "签订日期")][1]      # 9999-12-31
    assert "超出合理范围" in problems[(9, "合同金额")][1]      # 1e300
    assert "超出合理范围" in problems[(10, "合同金额")][1]     # 20 nines
    rows = {r.source_row: r for r in records_of(seeded_db, report.batch_id)}
    assert json.loads(rows[5].raw)["乙方单位"] == "#REF!"
    assert rows[8].amount == -500000  # a negative amount is evidence, kept exactly (fen)
    assert rows[12].amount == 100100  # a formula with its cached result reads as the result
    raw = json.loads(rows[11].raw)  # control characters are kept in the raw cells: nothing is lost
    assert raw["合同名称"] == "控制\x01字符\x7f" and raw["乙方单位"] == "宏达\x0b建设"


def test_a_bad_file_among_good_ones_does_not_stop_the_others(seeded_db: Path, tmp_path: Path) -> None:
    good = corpus.big_contract_csv(tmp_path / "好.csv", 20, tag="A")
    bad = corpus.truncated_xlsx(tmp_path / "坏.xlsx")
    result = run_cli(seeded_db, "import", str(bad), str(good))
    assert result.returncode == 1 and "Traceback" not in result.stderr  # 1: a script must notice the bad file
    assert "坏.xlsx" in result.stderr and "压缩包已损坏" in result.stderr
    with Store(seeded_db) as store:
        assert store.count("contract") == 12 + 20


def test_a_pipe_or_a_huge_file_is_refused_before_it_is_read(seeded_db: Path, tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "管道.csv"
    os.mkfifo(pipe)  # opening it for reading would block forever
    huge = tmp_path / "巨大.xlsx"
    with open(huge, "wb") as handle:
        handle.truncate(guards.MAX_FILE_BYTES + 1)  # sparse: costs nothing on disk, hashing it would
    before = dump(seeded_db)
    with time_limit(10), Store(seeded_db) as store:
        report = importers.import_paths(store, [pipe, huge])
    first, second = report.files
    assert first.status == FAILED and "不是普通文件" in first.message and "管道.csv" in first.message
    assert second.status == FAILED and "超过" in second.message and "巨大.xlsx" in second.message
    assert dump(seeded_db) == before
    with time_limit(10):  # the TUI's preview reads the file directly
        assert "不是普通文件" in (importers.preview_file(pipe).problem or "")


# --- the guards themselves ---------------------------------------------------------------------------


def test_guards_do_not_refuse_real_workbooks(tmp_path: Path) -> None:
    from tests.hardening.conftest import SAMPLE_DATA

    for path in sorted(SAMPLE_DATA.iterdir()):
        if path.suffix.lower() in importers.SPREADSHEET_SUFFIXES:
            with open_workbook(path) as book:
                assert book.sheets, path.name
    big = corpus.big_contract_xlsx(tmp_path / "五万行.xlsx", 50_000)
    with time_limit(10), open_workbook(big) as book:
        assert book.format == "xlsx"


def test_guard_limits_are_in_proportion() -> None:
    assert guards.MAX_SHEET_CELLS * 32 <= 1 << 30  # what calamine would hold for the largest sheet
    assert guards.MAX_RATIO * guards.RATIO_MIN_BYTES <= guards.MAX_PART_BYTES * 2
    assert guards.column_number("XFD") == 16384 and guards.column_letters(16384) == "XFD"
    assert guards.column_letters(guards.column_number("AA")) == "AA"
