"""Provides the import itself: files -> sheets -> rows -> records, one transaction per file.

For every file: hash it (the same content is never imported twice), open it
with the reader its content calls for, and inside one ``Store.importing``
transaction plan each sheet (header, kind, village, columns), stream its rows
through ``RowMapper``, write records and issues in batches and cut each record
for the search index (``ImportIndexer``, written before the commit). Only the
sheet being read is held in memory, plus one batch of records and one chunk of
index rows.

Everything runs on the calling thread. A writer thread was tried: sqlite3's
``executemany`` takes the GIL back for every row it binds, so the two threads
took turns instead of overlapping, and the import was slightly slower.

A file lands whole or not at all: a read error, a program error or a cancel
rolls its transaction back and leaves the store as it was. A file in which no
sheet could be recognised is not kept either, so that importing it again with
``--mapping`` is not refused as a duplicate.
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from importers import guards
from importers.bids import BidPass, find_bid_passes
from importers.capitalised import find_move_passes
from importers.cards import CardReading, heads_a_form, is_card_row, read_cards
from importers.codes import (
    CodeTable,
    code_table_note,
    gather_code_tables,
    own_code_table,
    read_code_tables,
    with_other_files,
)
from importers.continued import ContinuedHeaders, TableHeader, table_header
from importers.deposits import find_deposit_passes
from importers.disposals import find_disposal_passes
from importers.errors import ImportCancelled, ImportFailed, UnreadableFile
from importers.headers import HEADER_SCAN_ROWS, MergeFiller, column_letter
from importers.journal import LineJournal, VoucherRows, read_as_journal
from importers.declarations import DeclarationReading, read_as_declaration
from importers.kin import KinReading, read_as_kin
from importers.mapping import Mapping
from importers.members import MemberPass, find_member_passes
from importers.nested import NestedPass, find_nested_passes
from importers.periods import find_periods
from importers.plan import (
    CASH_BOOK_NOTE,
    SheetPlan,
    body_filler,
    column_villages,
    join_notes,
    plan_layout,
    plan_sheet,
)
from importers.readers import FORMAT_LABELS, Sheet, expand_paths, open_workbook
from importers.report import (
    CANCELLED,
    DUPLICATE,
    EMPTY,
    FAILED,
    IMPORTED,
    FilePreview,
    FileReport,
    ImportProgress,
    ImportReport,
    SheetPreview,
    SheetReport,
)
from importers.rowmap import RECORD, SKIPPED, RowMapper, cell_text
from importers.sheet_copies import SheetCopy, WorkbookRows
from importers.sides import Side, find_sides, find_split
from importers.stages import StagePass, find_stage_passes
from importers.synonyms import field_label
from importers.transposed import read_transposed
from xuncha.models import (
    DATE,
    DIRECTION,
    DIRECTION_LABELS,
    EXPORT_SHEETS,
    KIND_FIELDS,
    MONEY,
    WARNING,
)
from xuncha.models import REJECTED as LEVEL_REJECTED
from xuncha.models import SKIPPED as LEVEL_SKIPPED
from xuncha.money import format_yuan
from xuncha.search_index import ImportIndexer
from xuncha.store import ImportWriter, SheetCounts, Store, StoreError

BATCH_ROWS = 5000
"""Records per insert: large enough to amortise the statement, small enough for memory."""
PROGRESS_EVERY = 2000
"""Rows between progress callbacks and cancel checks."""
PREVIEW_ROWS = 12
SAMPLE = "sample"
"""Status of a previewed row of a sheet whose kind was not recognised: shown as it is."""
BLANK_RUN = 20
"""A run of more blank rows inside a table is reported as one skipped entry, not one per row."""

ProgressCallback = Callable[[ImportProgress], None]
Journal = LineJournal | VoucherRows
Reading = Journal | CardReading | KinReading | DeclarationReading
"""A sheet read otherwise than row by row: a general journal, cards (one record per block), or a
cadre list with a row per relative (one record per cadre)."""
OTHER_TABLE_NOTE = "同一工作表中第 {row} 行起的另一张表（表头与上面的表不同）"
OWN_HEADER_NOTE = "按它自己的表头导入"
TITLE_LINES_ABOVE = 2
"""Lines between two tables that may be the second's title, read with its header to plan it."""
ABOVE_HEADER_REASON = ("位于表头（第 {row} 行）上方、像是数据的行：未导入；若它属于上方另一张表，"
                       "可把那张表另存为单独的工作表后导入")
HIDDEN_SHEET_NOTE = "隐藏工作表（在 Excel 中看不到）：记录已照常导入"
UNKNOWN_DIRECTION_NOTE = ("表中没有收入/支出、借方/贷方或收支方向列，表名和标题也看不出是收入还是支出："
                          "金额为负的记为支出，其余记录的收支方向留空")


class _NothingRecognised(Exception):
    """No sheet of the file could be recognised: the batch must not be kept."""


def import_paths(store: Store, paths: Sequence[Path], *, village: str | None = None,
                 mapping: Mapping | None = None, on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> ImportReport:
    """Import files and folders (recursively) into the store, one transaction per file."""
    report = ImportReport()
    headers: list[TableHeader] = []  # those of the files imported so far: a later file may continue one
    groups = [(Path(given), expand_paths([Path(given)])) for given in paths]
    # A platform's code tables may sit in a file of their own, after the dumps that need them.
    code_tables = gather_code_tables([path for _, files in groups for path in files])
    for given, files in groups:
        if given.is_dir() and not files:
            report.files.append(FileReport(
                file=given.name, path=str(given), status=EMPTY,
                message=f"文件夹 {given.name} 里没有表格文件（xlsx、xls、csv）"))
        for path in files:
            if cancel is not None and cancel.is_set():
                report.files.append(FileReport(file=path.name, path=str(path), status=CANCELLED,
                                               message=f"文件 {path.name}：已取消，未导入"))
                continue
            report.files.append(import_file(store, path, village=village, mapping=mapping,
                                            on_progress=on_progress, cancel=cancel, headers=headers,
                                            code_tables=code_tables))
    if any(f.status == IMPORTED for f in report.files):
        _refresh_derived_data(store, report)
    return report


def _refresh_derived_data(store: Store, report: ImportReport) -> None:
    """Regroup counterparties and update the search index once, after all files are committed.

    The records are in by now: a store that is busy (another window scanning)
    must not make the import look failed. The refresh is then left to the next
    scan or workbench session, which notice that it is behind.
    """
    from xuncha.refresh import after_records_changed

    try:
        after_records_changed(store)
    except StoreError as error:
        report.refresh_problem = (f"记录已全部导入，但数据库正忙（{error}），往来单位归并和检索索引暂未更新；"
                                  "下次筛查或打开工作台时会自动补上")


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


FileIdentity = tuple[int, int, int, int]


def file_identity(path: Path) -> FileIdentity:
    """What tells that a path still holds the same file: device, inode, size and modification time.

    Excel and WPS save by writing a new file and renaming it over the old one, so a
    file saved meanwhile has another inode; one copied over in place has another size or time.
    """
    info = path.stat()
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _changed(path: Path, identity: FileIdentity) -> bool:
    """Whether the file at ``path`` was replaced or written to since it was hashed.

    The content is hashed first and read afterwards: a file saved in between would
    be stored under the hash of content it does not hold, and re-importing either
    version would then be refused as a duplicate or counted twice.
    """
    try:
        return file_identity(path) != identity
    except OSError:  # moved or deleted meanwhile
        return True


def _changed_message(name: str) -> str:
    return (f"文件 {name} 在导入过程中被改动或替换（可能正被其他程序保存），已全部撤销（数据库未改动）；"
            "请等文件保存完成后重新导入")


def import_file(store: Store, path: Path, *, village: str | None = None, mapping: Mapping | None = None,
                on_progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
                headers: list[TableHeader] | None = None, code_tables: Sequence[CodeTable] = ()) -> FileReport:
    """Import one file; never raises for bad input, the report says what happened.

    ``headers``: the tables of the files imported before it in the same import, whose header a
    sheet of this file without one may continue (``importers.continued``); this file's are added
    to it once it is imported. ``code_tables``: those of all files of the import
    (``importers.codes.gather_code_tables``), for the codes this file has no table of its own for."""
    name = path.name
    report = FileReport(file=name, path=str(path))
    try:
        guards.check_regular_file(path)  # no pipe, device or 10 GB file gets hashed
        identity = file_identity(path)
        report.sha256, size = file_digest(path)
    except FileNotFoundError:
        return _failed(report, f"文件 {name} 不存在")
    except ImportFailed as error:
        return _failed(report, f"文件 {name}：{error.message}")
    except OSError as error:
        return _failed(report, f"文件 {name} 无法读取：{error.strerror or error}")
    existing = store.batch_by_sha(report.sha256)
    if existing is not None:
        return _duplicate(store, report, existing)
    try:
        book = open_workbook(path)
    except ImportFailed as error:
        return _failed(report, _changed_message(name) if _changed(path, identity) else error.message)
    report.format = book.format
    if _is_findings_export(book):
        book.close()
        report.status = EMPTY
        report.message = _findings_export_message(name)
        return report
    try:
        with _collector_paused(), book, store.importing(name, str(path.resolve()), report.sha256, size) as writer:
            report.batch_id = writer.batch_id
            importer = _FileImporter(writer, report, book.datemode, village, mapping, on_progress, cancel,
                                     earlier_headers=headers or (), import_code_tables=code_tables)
            importer.run(book.sheets)
            if _changed(path, identity):  # before the commit: the batch's hash must be of what it holds
                raise ImportFailed(_changed_message(name), file=name)
            if not any(sheet.kind for sheet in report.sheets):
                raise _NothingRecognised
    except ImportCancelled:
        report.batch_id = None
        report.status = CANCELLED
        report.message = f"文件 {name}：已取消，未导入（数据库未改动）"
        return report
    except _NothingRecognised:
        report.batch_id = None
        return _nothing_recognised(report)
    except ImportFailed as error:
        report.batch_id = None
        if _changed(path, identity):  # a sheet that "is damaged" because it was being saved meanwhile
            return _failed(report, _changed_message(name))
        return _failed(report, error.message if name in error.message else f"文件 {name}：{error.message}")
    except StoreError as error:  # busy, read-only, disk full: the store's reason, not a traceback
        report.batch_id = None
        return _failed(report, f"文件 {name} 未导入（数据库未改动）：{error}")
    except Exception as error:  # a bug or a database problem: the transaction is rolled back
        report.batch_id = None
        report.error = error
        return _failed(report, f"文件 {name} 导入出错，已全部撤销：{type(error).__name__}: {error}")
    report.status = IMPORTED
    report.message = f"文件 {name}：导入 {report.imported} 条记录（批次 {report.batch_id}）"
    if headers is not None:
        headers.extend(importer.headers.of_file)
    return report


def _is_findings_export(book: Any) -> bool:
    """Whether the workbook is one that ``xuncha export`` wrote (its findings, evidence and notes)."""
    names = {sheet.name for sheet in book.sheets}
    return {EXPORT_SHEETS[0], EXPORT_SHEETS[1], EXPORT_SHEETS[3]} <= names


def _findings_export_message(name: str) -> str:
    return f"文件 {name} 是 xuncha 导出的问题清单（工作表 {'、'.join(EXPORT_SHEETS[:3])}…），不是村里的台账，未导入"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a file is imported.

    An import allocates millions of containers (rows, records, index rows) that
    live until their batch is written. They hold no reference cycles, but the
    collector rescans them, more of them the longer a big file goes on (4 % of a
    100k-row import). Reference counting frees everything as usual meanwhile.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _failed(report: FileReport, message: str) -> FileReport:
    report.status = FAILED
    report.message = message
    return report


def _duplicate(store: Store, report: FileReport, existing: Any) -> FileReport:
    report.status = DUPLICATE
    report.batch_id = existing.id
    message = (f"文件 {report.file}：内容与已导入的批次 {existing.id}（{existing.file_name}，"
               f"{existing.imported_at:%Y-%m-%d %H:%M}）相同，未重复导入")
    skipped_sheets = [s.sheet for s in store.batch_sheets(existing.id) if not s.kind and s.note
                      and not s.note.startswith("空工作表")]
    if skipped_sheets:
        message += (f"；该批次中工作表 {'、'.join(skipped_sheets)} 未能识别，如需用 --mapping 重新导入，"
                    f"请先执行 xuncha batches --remove {existing.id}")
    report.message = message
    return report


def _nothing_recognised(report: FileReport) -> FileReport:
    unrecognised = [s for s in report.sheets if s.unrecognized]
    if unrecognised:
        report.status = FAILED
        first = unrecognised[0]
        report.message = f"文件 {report.file} 工作表 {first.sheet}：{first.note}"
    else:
        report.status = EMPTY
        why = "工作表都是空的" if report.sheets else "工作簿里没有工作表"
        report.message = f"文件 {report.file}：没有可导入的数据（{why}）"
    return report


SHEET_READINGS = (find_sides, find_split, find_deposit_passes, find_disposal_passes, find_move_passes,
                  find_stage_passes, find_nested_passes, find_bid_passes, find_member_passes)
"""The readings of a whole sheet as several tables, tried in this order on its first rows (merges
filled); the first that finds its layout reads the sheet, each one a pass (``Side.apply``):
左收右支 sides, tables side by side, a 保证金收退台账's receipt and refund, a 资产处置登记表's assets and
proceeds, a 转固 register's works and the assets they became, a 过程台账's three readings, a nested
履约台账's parent lines and the lines under them, a 开标记录's items, a form's people."""


class _FileImporter:
    """Imports the sheets of one opened file through one ImportWriter."""

    def __init__(self, writer: ImportWriter, report: FileReport, datemode: int, village: str | None,
                 mapping: Mapping | None, on_progress: ProgressCallback | None,
                 cancel: threading.Event | None, earlier_headers: Sequence[TableHeader] = (),
                 import_code_tables: Sequence[CodeTable] = ()) -> None:
        self.writer = writer
        self.report = report
        self.datemode = datemode
        self.village = village
        self.mapping = mapping
        self.on_progress = on_progress
        self.cancel = cancel
        self.done = 0
        self.total = 0
        self.code_tables: list[CodeTable] = []
        self.import_code_tables = import_code_tables
        self.headers = ContinuedHeaders(earlier_files=earlier_headers)
        """The headers a later sheet without one may continue (``importers.continued``)."""
        self.villages_filed: dict[str, None] = {}
        """The villages the file's sheets filed rows under so far: a later sheet's short names may stand
        for them (``RowMapper.expect_villages``)."""
        self.persons_named: dict[str, None] = {}
        """The persons the file's sheets named as a payment's party in a column so far: a later sheet's 摘要
        may name them (``RowMapper.expect_persons``)."""
        # The search index is built from the records as they are mapped, in this transaction.
        self.index = ImportIndexer(writer.driver_connection, writer.batch_id)

    def run(self, sheets: Sequence[Sheet]) -> None:
        # A dump's code tables (dm_cun, dm_zw) are read first: the sheets before them may need them.
        self.code_tables = with_other_files(read_code_tables(sheets), self.import_code_tables, self.report.file)
        copies = WorkbookRows() if len(sheets) > 1 else None  # a single sheet copies none
        for sheet in sheets:
            self._check_cancel()
            try:
                sheet.load()
                self.total = self.done + sheet.height  # later sheets are sized when they load
                copy = self._copy_of(sheet, copies)
                if copy is not None:
                    self._report_copy(sheet, copy)
                else:
                    self._import_sheet(sheet)
            finally:
                sheet.release()
        self.index.finish()

    def _copy_of(self, sheet: Sheet, copies: WorkbookRows | None) -> SheetCopy | None:
        """The earlier sheet of the workbook that this one copies (``importers.sheet_copies``), None when
        it copies none (its rows are then remembered for the sheets after it)."""
        if copies is None or (self.mapping is not None and self.mapping.applies_to(sheet.name)):
            return None
        copy, prints = copies.copy_of(sheet.rows())
        if copy is None:
            copies.remember(sheet.name, prints)
        return copy

    def _report_copy(self, sheet: Sheet, copy: SheetCopy) -> None:
        note = copy.note()
        self.writer.add_sheet(sheet.name, None, "", None, {}, note)
        self.report.sheets.append(SheetReport(sheet=sheet.name, note=note))
        self.done = max(self.done, self.total)
        self._progress(sheet.name)

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ImportCancelled

    def _progress(self, sheet: str) -> None:
        if self.on_progress is not None:
            self.on_progress(ImportProgress(self.report.file, sheet, self.done, max(self.total, self.done)))

    def _import_sheet(self, sheet: Sheet) -> None:
        """Import the sheet's table, then each table below it that has a header of its own; a 左收右支
        sheet or one split at a blank column (``importers.sides``) as its left side, then its right
        side, each a table of its own."""
        rows = sheet.rows()
        head = _take(rows, HEADER_SCAN_ROWS)
        sides = self._sides_of(sheet, head)
        if not sides:
            self._import_tables(sheet, _Table(head, rows))
            return
        for side in sides:  # a 左收右支 sheet's sides, or a 过程台账's readings (importers.stages)
            stream = side.rows(sheet.rows())
            self._import_tables(sheet, _Table(_take(stream, HEADER_SCAN_ROWS), stream, side=side))

    def _sides_of(self, sheet: Sheet,
                  head: list[tuple[int, list[Any]]]
                  ) -> Sequence[Side | StagePass | NestedPass | BidPass | MemberPass] | None:
        """The two sides of a 左收右支 sheet, the tables of one split at a blank column (or its table
        without the box beside it), the three readings of a 过程台账 (project, contract, payment;
        ``importers.stages``), the two of a nested 履约台账 (contracts and the payments under them;
        ``importers.nested``), the items of a 开标记录 on their winners' rows (``importers.bids``), one reading
        per person of a form naming several a row (``importers.members``)
        or the period groups of a payment sheet with an amount and a date per year (``importers.periods``);
        None when the user's mapping file says how to read it."""
        if self.mapping is not None and self.mapping.applies_to(sheet.name):
            return None
        filled = _filled_copy(head, sheet.merges)
        for find in SHEET_READINGS:
            found = find(filled)
            if found:
                return found
        # Last: it plans the sheet to tell a payment sheet's periods, and other readings' sheets have some.
        return find_periods(filled, sheet=sheet.name, file_name=self.report.file, datemode=self.datemode,
                            village=self.village, hidden=sheet.hidden)

    def _import_tables(self, sheet: Sheet, table: _Table | None) -> None:
        while table is not None:
            table = self._import_table(sheet, table)

    def _import_table(self, sheet: Sheet, table: _Table) -> _Table | None:
        """Import one table of the sheet and report it; the next table on the sheet, if one starts below."""
        head, rows = table.head, table.rows
        mapping = table.side.mapping if table.side else self.mapping
        plan = plan_sheet(_filled_copy(head, sheet.merges), sheet=sheet.name, file_name=self.report.file,
                          datemode=self.datemode, village_option=self.village, mapping=mapping,
                          hidden=sheet.hidden, sheet_title=table.sheet_title, code_tables=self.code_tables)
        code_table = own_code_table(self.code_tables, sheet.name)
        if table.first and table.side is None and code_table is None and plan.layout is None and not plan.empty \
                and not (mapping and mapping.applies_to(sheet.name)):
            plan = _continued_plan(self.headers, sheet, head, plan, datemode=self.datemode, village=self.village,
                                   code_tables=self.code_tables)
        if code_table is not None and plan.kind is None:
            plan.note = code_table_note(code_table)
        if table.first:
            table.sheet_title = plan.layout.title_lines if plan.layout else []
            plan, head, rows, reading = _reading_of(plan, sheet, head, rows, self.datemode, self.village,
                                                    mapping, whole=table.side is None)
            if table.side:
                table.side.apply(plan)
        else:
            reading = _row_reading(plan, sheet)
            where = OTHER_TABLE_NOTE.format(row=table.header_row)
            plan.note = join_notes(f"{where}，{OWN_HEADER_NOTE}" if plan.kind else where, plan.note)
        if sheet.hidden and plan.kind is not None:
            # A hidden sheet of records is worth the inspector's eye: it is not what the village showed.
            plan.note = join_notes(HIDDEN_SHEET_NOTE, plan.note)
        plan.note = join_notes(plan.note, plan.unknown_columns_note())
        sheet_report = SheetReport(sheet=sheet.name, kind=plan.kind, village=plan.village,
                                   header_row=plan.header_row, mapping=plan.mapping_json(), note=plan.note,
                                   headers_found=plan.headers_found)
        sheet_id = self.writer.add_sheet(sheet.name, plan.kind, plan.village, plan.header_row,
                                         plan.mapping_json(), plan.note)
        self.report.sheets.append(sheet_report)
        if plan.kind is None:
            sheet_report.unrecognized = not plan.empty and not sheet.hidden and code_table is None
            self.done = max(self.done, self.total)
            self._progress(sheet.name)
            return None
        if table.side is None:  # one side of a 左收右支 sheet is no table a later sheet carries on
            _remember_header(self.headers, sheet, plan, head)
        # A mapping file describes the sheet's one table: its header row and columns hold for every row.
        counts, next_table = self._import_rows(sheet, plan, head, rows, sheet_report, reading,
                                               splits=self.mapping is None)
        if counts.imported:
            self._note_earlier_copy(plan.kind, sheet.name, sheet_report)
            if not sheet_report.earlier_copy:
                self._note_book_copies(plan.kind, sheet.name, sheet_report)
        self.writer.finish_sheet(sheet_id, counts, sheet_report.note)
        if next_table is not None:
            next_table.sheet_title = table.sheet_title
        return next_table

    def _note_earlier_copy(self, kind: str, sheet: str, sheet_report: SheetReport) -> None:
        """Say so when rows of this sheet are already in the store from another file."""
        copy = self.writer.earlier_copy(kind, sheet)
        if copy is None:
            return
        same = min(copy.rows, sheet_report.imported)
        sheet_report.earlier_copy = {"batch_id": copy.batch_id, "file": copy.file_name, "rows": same}
        sheet_report.note = join_notes(sheet_report.note, sheet_report.earlier_copy_note())

    def _note_book_copies(self, kind: str, sheet: str, sheet_report: SheetReport) -> None:
        """Say so when another book or register imported earlier holds rows of this sheet."""
        from xuncha.rules.copies import MATCHERS

        if kind not in MATCHERS:  # assets and cadre lists: no rule counts them
            return
        copy = self.writer.same_entries(kind, sheet)
        if copy is None:
            return
        sheet_report.book_copies = {"batch_id": copy.batch_id, "file": copy.file_name, "rows": copy.rows}
        sheet_report.note = join_notes(sheet_report.note, sheet_report.book_copies_note())

    def _import_rows(self, sheet: Sheet, plan: SheetPlan, head: list[tuple[int, list[Any]]],
                     rows: Any, sheet_report: SheetReport, reading: Reading | None,
                     splits: bool) -> tuple[SheetCounts, _Table | None]:
        assert plan.kind is not None and plan.layout is not None
        mapper = _row_mapper(plan, reading, sha256=self.writer.sha256, source_sheet=sheet.name,
                             source_file=self.report.file)
        filler = body_filler(plan, _body_merges(sheet, reading))
        mapper.expect_villages([*self.villages_filed, *column_villages(plan, head)])
        mapper.expect_persons(self.persons_named)
        counts = SheetCounts()
        self.writer.expect_rows(plan.kind, sheet.height)
        next_table = self._stream_rows(sheet, plan, head, rows, sheet_report, mapper, filler, counts, splits)
        sheet_report.imported = counts.imported
        sheet_report.villages = list(mapper.villages_seen)
        self.villages_filed.update(mapper.villages_seen)
        self.persons_named.update(mapper.column_persons)
        if sheet_report.villages:
            sheet_report.village = "、".join(sheet_report.villages)
        if mapper.rows_without_village and plan.village == "" and any(c.field == "village" for c in plan.columns):
            sheet_report.note = join_notes(sheet_report.note,
                                            f"{mapper.rows_without_village} 条记录的村名列为空；可用 --village 指定")
        sheet_report.note = join_notes(sheet_report.note, mapper.filled_down_note(), mapper.short_village_note(),
                                        mapper.completed_village_note(),
                                        mapper.books_party_note(), mapper.paper_note(), mapper.changes_note(),
                                        mapper.day_above_note(), mapper.term_length_note(),
                                        mapper.continued_summary_note(), mapper.continued_record_note())
        if counts.imported and reading is None and _direction_unknown(plan) and not mapper.side_sections:
            sheet_report.note = join_notes(sheet_report.note, UNKNOWN_DIRECTION_NOTE)
        sheet_report.note = _with_section_notes(sheet_report.note, plan, mapper)
        sheet_report.note = join_notes(sheet_report.note, plan.partial_dates_note(), plan.short_years_note(),
                                        plan.year_lines_note())
        return counts, next_table

    def _stream_rows(self, sheet: Sheet, plan: SheetPlan, head: list[tuple[int, list[Any]]], rows: Any,
                     sheet_report: SheetReport, mapper: RowMapper, filler: MergeFiller,
                     counts: SheetCounts, splits: bool) -> _Table | None:
        """Map and store the table's rows; the next table when a header of another table starts one
        (``splits``), which the caller plans and imports on its own."""
        assert plan.kind is not None and plan.layout is not None
        records: list[dict[str, Any]] = []
        issues: list[dict[str, Any]] = []
        pending_blank: list[int] = []
        lines_since_record: list[tuple[int, list[Any]]] = []
        next_table: _Table | None = None
        # The last record waits one row before it is stored and indexed: a 摘要 carried onto the next
        # line is joined to it (``RowMapper._continued_summary_reason``).
        held: tuple[dict[str, Any], dict[str, str]] | None = None
        stream = _chain(head, rows)
        file_name, sheet_name = self.report.file, sheet.name
        kind, index, writer = plan.kind, self.index, self.writer
        last_header = plan.layout.last_row
        since_tick = 0

        def issue(level: str, row: int, reason: str, column: str | None = None, value: str | None = None,
                  raw: dict[str, str] | None = None, record_id: str | None = None) -> None:
            issues.append({"level": level, "file": file_name, "sheet": sheet_name, "row": row,
                           "column": column, "value": value, "reason": reason, "record_id": record_id,
                           "raw": json.dumps(raw, ensure_ascii=False) if raw else "{}"})

        for number, row in stream:
            row = filler.fill(number - 1, row) if filler else row
            if number <= last_header:
                if number < plan.layout.first_row and _looks_like_data(row):
                    counts.skipped += 1
                    reason = ABOVE_HEADER_REASON.format(row=plan.layout.first_row)
                    sheet_report.add_skipped(number, reason)
                    issue(LEVEL_SKIPPED, number, reason, raw=_raw_above_header(row))
                continue
            mapper.filled_from, mapper.held_from = filler.filled_from, filler.held_from
            since_tick += 1
            status, payload = mapper.map_row(number, row)
            if splits and status == SKIPPED and mapper.other_table_row == number:
                next_table = _Table.below(number, row, lines_since_record, stream)
                break
            if status == RECORD:
                lines_since_record.clear()
                record, warnings, cells = payload
                if pending_blank:
                    self._flush_blank(pending_blank, sheet_report, counts, issue)
                if held is not None:
                    records.append(held[0])
                    index.add(kind, *held)
                held = record, cells
                counts.imported += 1
                for column, value, reason in warnings:
                    counts.warnings += 1
                    at, column = mapper.where(number, column)
                    sheet_report.add_warning(at, column, value, reason)
                    issue(WARNING, at, reason, column, value, record_id=record["id"])
            elif status == SKIPPED and payload is None:
                pending_blank.append(number)  # reported only if the table goes on below it
            else:
                if pending_blank:
                    self._flush_blank(pending_blank, sheet_report, counts, issue)
                raw = mapper.raw(row)
                lines_since_record.append((number, row))
                if status == SKIPPED:
                    counts.skipped += 1
                    sheet_report.add_skipped(number, payload)
                    issue(LEVEL_SKIPPED, number, payload, raw=raw)
                else:
                    column, value, reason = payload
                    at, column = mapper.where(number, column)
                    counts.rejected += 1
                    sheet_report.add_rejected(at, column, value, reason)
                    issue(LEVEL_REJECTED, at, reason, column, value, raw=raw)
            if len(records) >= BATCH_ROWS:
                writer.add_records(kind, records)
                records = []
                if index.full:
                    index.flush()
            if len(issues) >= BATCH_ROWS:
                writer.add_issues(issues)
                issues = []
            if since_tick >= PROGRESS_EVERY:
                self.done += since_tick
                since_tick = 0
                self._progress(sheet_name)
                self._check_cancel()
        if held is not None:
            records.append(held[0])
            index.add(kind, *held)
        writer.add_records(kind, records)
        writer.add_issues(issues)
        self.done += since_tick + plan.layout.last_row - head[0][0] + 1 if head else since_tick
        self._progress(sheet_name)
        self._check_cancel()
        return next_table

    @staticmethod
    def _flush_blank(pending: list[int], sheet_report: SheetReport, counts: SheetCounts, issue: Any) -> None:
        if len(pending) > BLANK_RUN:  # one entry for a long run (hardening: a stray cell far below)
            reason = f"空行（第 {pending[0]}–{pending[-1]} 行，共 {len(pending)} 行）"
            counts.skipped += len(pending)
            sheet_report.add_skipped(pending[0], reason)
            sheet_report.skipped_count += len(pending) - 1
            issue(LEVEL_SKIPPED, pending[0], reason)
            pending.clear()
            return
        for number in pending:
            counts.skipped += 1
            sheet_report.add_skipped(number, "空行")
            issue(LEVEL_SKIPPED, number, "空行")
        pending.clear()


@dataclass
class _Table:
    """A table of a sheet still to be imported: its first rows (for planning) and the rest."""

    head: list[tuple[int, list[Any]]]
    rows: Any
    first: bool = True
    header_row: int = 0
    sheet_title: list[str] = field(default_factory=list)
    """The title lines above the sheet's first table: a table lower down shares its village and year."""
    side: Side | StagePass | NestedPass | BidPass | MemberPass | None = None
    """The side of a 左收右支 sheet the table is (its rows hold that side's cells only), or the reading
    of a 过程台账 (its rows are those of one kind)."""

    @classmethod
    def below(cls, number: int, row: list[Any], lines_above: list[tuple[int, list[Any]]], rest: Any) -> _Table:
        """The table whose header is row ``number``; the title lines just above it help plan it
        ("二、村干部近亲属情况", "单位：万元"), though they were reported with the table before."""
        titles = [(n, cells) for n, cells in lines_above[-TITLE_LINES_ABOVE:] if _is_title_line(cells)]
        head = titles + [(number, row)] + _take(rest, HEADER_SCAN_ROWS - 1 - len(titles))
        return cls(head, rest, first=False, header_row=number)


def _continued_plan(headers: ContinuedHeaders, sheet: Sheet, head: list[tuple[int, list[Any]]], plan: SheetPlan, *,
                    datemode: int, village: str | None, code_tables: Sequence[CodeTable] = ()) -> SheetPlan:
    """The plan of a sheet without a header whose rows continue a table before it (in this workbook
    or a file imported before it: ``importers.continued``), read with that table's header and a note
    naming it; ``plan`` (the sheet unrecognised) when they continue none."""
    filled = _filled_copy(head, sheet.merges)
    borrowed = headers.borrow(filled, sheet=sheet.name, file=plan.file_name, datemode=datemode)
    if borrowed is None:
        return plan
    layout, note = borrowed
    continued = plan_layout(SheetPlan(sheet=sheet.name, file_name=plan.file_name, datemode=datemode), layout,
                            filled, village_option=village, hidden=sheet.hidden, code_tables=code_tables)
    if continued.kind is None:
        return plan
    continued.note = join_notes(note, continued.note)
    return continued


def _remember_header(headers: ContinuedHeaders, sheet: Sheet, plan: SheetPlan,
                     head: list[tuple[int, list[Any]]]) -> None:
    """Keep a recognised table's own header (not a borrowed one, nor cards) for the sheets after it."""
    if plan.kind is None or plan.layout is None or not plan.layout.last_row or plan.cards:
        return
    header = table_header(plan.layout, _filled_copy(head, sheet.merges), file=plan.file_name, sheet=sheet.name,
                          datemode=plan.datemode)
    if header is not None:
        headers.remember(header)


def _looks_like_data(cells: list[Any]) -> bool:
    """A row above the header with a figure or a date among texts: a small table the header of a
    larger one was chosen over, not a title line ("单位：元", "编制单位：…")."""
    filled = [value for value in cells if value not in ("", None)]
    return len(filled) >= 3 and any(type(value) in (int, float, date, datetime) for value in filled)


def _raw_above_header(cells: list[Any]) -> dict[str, str]:
    """A row above the header has no header of its own: its cells by column letter."""
    return {column_letter(index): cell_text(value) for index, value in enumerate(cells) if value not in ("", None)}


def _is_title_line(cells: list[Any]) -> bool:
    filled = [value for value in cells if value not in ("", None)]
    return 0 < len(filled) <= 3 and all(type(value) is str for value in filled)


def _reading_of(plan: SheetPlan, sheet: Sheet, head: list[tuple[int, list[Any]]], rows: Any, datemode: int,
                village: str | None, mapping: Mapping | None,
                whole: bool = True) -> tuple[SheetPlan, list[tuple[int, list[Any]]], Any, Reading | None]:
    """How a planned sheet is read: (plan, first rows, other rows, reading). A sheet of cards
    gets the plan of its cards and one row per card; any other sheet keeps its own, with its
    general journal if it is one. ``whole``: the table is the whole sheet, not one side of it
    (``importers.sides``), so it may be a transposed table."""
    cards = _cards_of(plan, sheet, head, datemode, village, mapping, whole)
    if cards is not None:
        return cards.plan, [], iter(cards.rows), cards
    return plan, head, rows, _row_reading(plan, sheet)


def _row_reading(plan: SheetPlan, sheet: Sheet) -> Reading | None:
    """How a planned table is read when not row by row: as a general journal, a cadre list with a
    row per relative or a declaration of business entities (``importers.declarations``), if it is one
    (a table lower on the sheet too; cards fill a sheet of their own)."""
    return _noted(plan, read_as_journal(plan, sheet)) or _noted(plan, read_as_kin(plan, sheet)) \
        or _noted(plan, read_as_declaration(plan))


def _cards_of(plan: SheetPlan, sheet: Sheet, head: list[tuple[int, list[Any]]], datemode: int,
              village: str | None, mapping: Mapping | None, whole: bool = True) -> CardReading | None:
    """The sheet read as cards (``importers.cards``) when it is no table, and no mapping file
    says how to read it as one; None otherwise.

    A transposed table (field names down a column, one record per column: ``importers.transposed``)
    is read as one card per column even when its first field row passes for a header: read as a
    table, its field names would be the records.

    A sheet of cards with three labels a row is taken for a table today: its "header" is one
    card row ("规格型号 | 框架3层 | 数量 | 1栋 …") and its records are the other card rows; so is
    a form whose row of labels stands over a row of values ("合同名称 | 乙方 | 合同金额" over one
    contract's), its 大写金额 and 采购方式 lines below. Such a table is read as cards too, but only if
    the sheet has no rows of a table besides.
    """
    if plan.empty or (mapping is not None and mapping.applies_to(sheet.name)):
        return None
    columns = read_transposed(sheet, head, file_name=plan.file_name, datemode=datemode, village_option=village,
                              hidden=sheet.hidden) if whole else None
    if columns is not None:
        return columns
    if plan.kind is not None and not _header_is_card_row(plan, head):
        return None
    return read_cards(sheet, file_name=plan.file_name, datemode=datemode, village_option=village,
                      hidden=sheet.hidden, over_table=plan.kind is not None)


def _header_is_card_row(plan: SheetPlan, head: list[tuple[int, list[Any]]]) -> bool:
    assert plan.layout is not None
    last = plan.layout.last_row
    return any(number == last and is_card_row(number, row) for number, row in head) or heads_a_form(last, head)


def _body_merges(sheet: Sheet, reading: Reading | None) -> Sequence[Any]:
    """The merged ranges over the rows the mapper reads: none over the rows made of cards."""
    return () if isinstance(reading, CardReading) else sheet.merges


def _noted(plan: SheetPlan, reading: Journal | KinReading | DeclarationReading | None
           ) -> Journal | KinReading | DeclarationReading | None:
    """A sheet's reading as a general journal (``importers.journal``) or a cadre list with a row per
    relative (``importers.kin``), said in the plan's note; None when the sheet is no such sheet."""
    if reading is not None:
        plan.note = join_notes(plan.note, reading.note)
    return reading


def _row_mapper(plan: SheetPlan, reading: Reading | None, **options: Any) -> RowMapper:
    """The mapper of a sheet's rows: a general journal's or a card sheet's own, or the row-by-row one."""
    return reading.mapper(plan, **options) if reading is not None else RowMapper(plan, **options)


def _with_section_notes(note: str, plan: SheetPlan, mapper: RowMapper) -> str:
    """A sheet's note once its rows are read: what its section lines gave the rows below them
    replaces what the plan said of the whole sheet (no village found, every entry in cash)."""
    if mapper.village_sections and not mapper.rows_without_village and plan.village_note:
        note = _without_note(note, plan.village_note)
    if mapper.account_sections and plan.default_method:
        note = _without_note(note, CASH_BOOK_NOTE)
    return join_notes(note, mapper.section_notes())


def _without_note(note: str, part: str) -> str:
    """A sheet's note without one of the notes joined into it."""
    return join_notes(*note.replace(part, "").split("；"))


def _direction_unknown(plan: SheetPlan) -> bool:
    """A payment sheet with one amount column and nothing that tells money in from money out."""
    if plan.kind != "payment" or plan.default_direction or plan.signed_amounts or plan.amount_direction \
            or plan.account_direction:
        return False
    return not plan.has_direction_column()


def _take(rows: Any, count: int) -> list[tuple[int, list[Any]]]:
    head: list[tuple[int, list[Any]]] = []
    for item in rows:
        head.append(item)
        if len(head) >= count:
            break
    return head


def _chain(head: list[tuple[int, list[Any]]], rest: Any) -> Any:
    yield from head
    yield from rest


def _filled_copy(head: list[tuple[int, list[Any]]], merges: Any) -> list[tuple[int, list[Any]]]:
    """The first rows with every merged range filled (for header detection only)."""
    filler = MergeFiller(merges)
    return [(number, filler.fill(number - 1, list(row))) for number, row in head]


# --- preview -----------------------------------------------------------------------------------------


def preview_file(path: Path, *, village: str | None = None, mapping: Mapping | None = None,
                 rows: int = PREVIEW_ROWS, code_tables: Sequence[CodeTable] = ()) -> FilePreview:
    """What importing a file would do, per sheet, without touching any store. ``code_tables``: those
    of the other files previewed with it (``gather_code_tables``), as an import of them all would use."""
    path = Path(path)
    preview = FilePreview(file=path.name, path=str(path))
    try:
        book = open_workbook(path)
    except ImportFailed as error:
        preview.problem = error.message
        return preview
    preview.format = book.format
    preview.encoding = book.encoding
    if _is_findings_export(book):
        book.close()
        preview.problem = _findings_export_message(path.name)
        return preview
    headers = ContinuedHeaders()  # a sheet without a header is shown as the import reads it
    with book:
        tables = with_other_files(read_code_tables(book.sheets), code_tables, path.name)
        for sheet in book.sheets:
            try:
                sheet.load()
                preview.sheets.append(_preview_sheet(sheet, path.name, book.datemode, village, mapping, rows,
                                                     headers, tables))
            except UnreadableFile as error:
                preview.problem = error.message
            finally:
                sheet.release()
    return preview


def _preview_sheet(sheet: Sheet, file_name: str, datemode: int, village: str | None,
                   mapping: Mapping | None, limit: int, headers: ContinuedHeaders | None = None,
                   code_tables: Sequence[CodeTable] = ()) -> SheetPreview:
    rows = sheet.rows()
    head = _take(rows, HEADER_SCAN_ROWS)
    plan = plan_sheet(_filled_copy(head, sheet.merges), sheet=sheet.name, file_name=file_name,
                      datemode=datemode, village_option=village, mapping=mapping, hidden=sheet.hidden,
                      code_tables=code_tables)
    code_table = own_code_table(code_tables, sheet.name)
    if code_table is not None and plan.kind is None:
        plan.note = code_table_note(code_table)
    elif headers is not None and plan.layout is None and not plan.empty \
            and not (mapping and mapping.applies_to(sheet.name)):
        plan = _continued_plan(headers, sheet, head, plan, datemode=datemode, village=village,
                               code_tables=code_tables)
    if headers is not None:
        _remember_header(headers, sheet, plan, head)
    plan, head, rows, reading = _reading_of(plan, sheet, head, rows, datemode, village, mapping)
    plan.note = join_notes(plan.note, plan.unknown_columns_note())
    shown: list[dict[str, Any]] = []
    problems: list[str] = [plan.note] if plan.note else []
    if plan.kind is not None and plan.layout is not None:
        mapper = _row_mapper(plan, reading, sha256="preview", source_sheet=sheet.name, source_file=file_name)
        filler = MergeFiller(_body_merges(sheet, reading))
        for number, row in _chain(head, rows):
            row = filler.fill(number - 1, row)
            if number <= plan.layout.last_row:
                continue
            mapper.filled_from = filler.filled_from
            status, payload = mapper.map_row(number, row)
            if status == SKIPPED and payload is None:
                continue
            entry: dict[str, Any] = {"row": number, "status": status, "raw": mapper.raw(row)}
            if status == RECORD:
                record, warnings, _cells = payload
                entry["fields"] = _shown_fields(plan.kind, record)
                for column, value, reason in warnings:
                    at, column = mapper.where(number, column)
                    problems.append(f"第 {at} 行 列“{column}”：{reason}（值：{value}）")
            elif status == SKIPPED:
                entry["reason"] = payload
            else:
                column, value, reason = payload
                at, column = mapper.where(number, column)
                entry["reason"] = reason
                problems.append(f"第 {at} 行{f' 列“{column}”' if column else ''}：{reason}")
            shown.append(entry)
            if len(shown) >= limit:
                break
    elif plan.layout is not None:  # a header but no kind: its first rows show what each column holds
        shown = _sample_rows(plan, _chain(head, rows), limit)
    return SheetPreview(
        sheet=sheet.name, kind=plan.kind,
        kind_scores=plan.decision.scores() if plan.decision else {},
        village=plan.village, village_source=plan.village_source,
        header_row=plan.header_row,
        header_rows=(plan.layout.first_row, plan.layout.last_row) if plan.header_row else None,
        headers=[n for n in plan.names() if n] or plan.headers_found,
        mapping={c.header: c.field for c in plan.columns},
        unmapped=plan.unmapped(), rows=shown, problems=problems, note=plan.note,
        title=plan.layout.title if plan.layout else "", unit=plan.unit if plan.layout else None,
        cards=plan.cards, inferred=[c.header for c in plan.columns if c.inferred],
    )


def _sample_rows(plan: SheetPlan, rows: Any, limit: int) -> list[dict[str, Any]]:
    """The first body rows of a sheet whose kind was not recognised, as header -> cell text:
    the examples the mapping editor shows beside each header."""
    assert plan.layout is not None
    names = plan.names()
    shown: list[dict[str, Any]] = []
    for number, row in rows:
        if number <= plan.layout.last_row:
            continue
        raw = {name: cell_text(value) for name, value in zip(names, row)
               if name and value is not None and value != ""}
        if raw:
            shown.append({"row": number, "status": SAMPLE, "raw": raw})
        if len(shown) >= limit:
            break
    return shown


def _shown_fields(kind: str, record: dict[str, Any]) -> dict[str, str]:
    """A mapped record's canonical fields and village as the inspector reads them:
    amounts in yuan ("98,000.00", never the fen stored), dates "2023-03-05"."""
    shown = {}
    for spec in KIND_FIELDS[kind]:
        value = record.get(spec.name)
        if value is None or value == "":
            continue
        if spec.type == MONEY:
            shown[spec.name] = format_yuan(value)
        elif spec.type == DATE:
            shown[spec.name] = value.isoformat()
        elif spec.type == DIRECTION:
            shown[spec.name] = DIRECTION_LABELS.get(value, value)
        else:
            shown[spec.name] = str(value)
    if record.get("village"):
        shown["village"] = record["village"]
    return shown


def field_choices(kind: str) -> list[tuple[str, str]]:
    """(field, label) pairs for the TUI's mapping editor."""
    from importers.mapping import describe_fields

    return describe_fields(kind)


__all__ = [
    "FORMAT_LABELS",
    "field_choices",
    "field_label",
    "file_digest",
    "file_identity",
    "import_file",
    "import_paths",
    "preview_file",
]
