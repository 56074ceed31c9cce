"""Provides what an import tells its caller: progress, per-file and per-sheet reports, previews.

``ImportReport.to_json()`` is the document of ``xuncha import --json``
(DESIGN.md's keys plus status, message, sha256, batch_id, village, warnings
and note); ``summary_lines()`` is the Chinese summary a person reads;
``failures()`` are the one-line messages the CLI prints on stderr.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xuncha.models import KIND_LABELS, remove_batch_advice

IMPORTED, DUPLICATE, FAILED, CANCELLED, EMPTY = "imported", "duplicate", "failed", "cancelled", "empty"

MAX_LISTED_ISSUES = 10_000
"""Per sheet and level, how many issues the report lists (all of them are in the store)."""


@dataclass
class ImportProgress:
    """Progress of an import: rows done out of the rows of the current file."""

    file: str
    sheet: str
    done: int
    total: int


@dataclass
class SheetReport:
    sheet: str
    kind: str | None = None
    village: str = ""
    villages: list[str] = field(default_factory=list)
    """Every village the sheet's rows belong to (a village column may name several)."""
    header_row: int | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    imported: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    skipped_count: int = 0
    rejected_count: int = 0
    warning_count: int = 0
    note: str = ""
    unrecognized: bool = False
    """A sheet with content whose header or kind could not be recognised."""
    headers_found: list[str] = field(default_factory=list)
    earlier_copy: dict[str, Any] | None = None
    """{batch_id, file, rows}: an earlier batch holding rows identical to this sheet's (a file imported
    again in another version): they would be counted twice until one of the batches is removed."""
    book_copies: dict[str, Any] | None = None
    """{batch_id, file, rows}: an earlier batch of another book or register that holds rows of this
    sheet (``xuncha.rules.copies``); a scan counts them once."""

    def earlier_copy_note(self) -> str:
        """What to tell about ``earlier_copy`` ('' when there is none)."""
        copy = self.earlier_copy
        if not copy:
            return ""
        batch = copy["batch_id"]
        rows = f"全部 {self.imported} 行" if copy["rows"] >= self.imported else f"其中 {copy['rows']} 行"
        return (f"{rows}与批次 {batch}（{copy['file']}）中的行完全相同，可能是同一台账的另一版本或重复导入；"
                + remove_batch_advice(batch))

    def book_copies_note(self) -> str:
        """What to tell about ``book_copies`` ('' when there is none)."""
        from xuncha.rules.copies import import_note

        copy = self.book_copies
        if not copy or not self.kind:
            return ""
        return import_note(self.kind, copy["rows"], self.imported, copy["batch_id"], copy["file"])

    def add_skipped(self, row: int, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < MAX_LISTED_ISSUES:
            self.skipped.append({"row": row, "reason": reason})

    def add_rejected(self, row: int, column: str | None, value: str | None, reason: str) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_LISTED_ISSUES:
            self.rejected.append({"row": row, "column": column, "value": value, "reason": reason})

    def add_warning(self, row: int, column: str | None, value: str | None, reason: str) -> None:
        self.warning_count += 1
        if len(self.warnings) < MAX_LISTED_ISSUES:
            self.warnings.append({"row": row, "column": column, "value": value, "reason": reason})

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "sheet": self.sheet, "kind": self.kind, "village": self.village, "villages": self.villages,
            "header_row": self.header_row, "imported": self.imported,
            "skipped": self.skipped, "rejected": self.rejected, "warnings": self.warnings,
            "note": self.note,
        }
        if self.earlier_copy:
            data["earlier_copy"] = self.earlier_copy
        if self.book_copies:
            data["book_copies"] = self.book_copies
        for key, listed, total in (("skipped", self.skipped, self.skipped_count),
                                   ("rejected", self.rejected, self.rejected_count),
                                   ("warnings", self.warnings, self.warning_count)):
            if total > len(listed):
                data[f"{key}_total"] = total
        return data


@dataclass
class FileReport:
    file: str
    path: str = ""
    status: str = IMPORTED
    message: str = ""
    sha256: str = ""
    batch_id: int | None = None
    format: str = ""
    sheets: list[SheetReport] = field(default_factory=list)
    error: BaseException | None = field(default=None, repr=False, compare=False)
    """The exception behind a 'failed' status caused by a program or database error."""

    @property
    def imported(self) -> int:
        return sum(s.imported for s in self.sheets) if self.status == IMPORTED else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "status": self.status, "message": self.message, "sha256": self.sha256,
            "batch_id": self.batch_id, "sheets": [s.to_json() for s in self.sheets],
        }


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    refresh_problem: str = ""
    """Set when the records went in but the refresh after them could not run (see the pipeline)."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"files": [f.to_json() for f in self.files]}
        if self.refresh_problem:
            out["refresh_problem"] = self.refresh_problem
        return out

    def imported_any(self) -> bool:
        return any(f.status == IMPORTED and f.imported > 0 for f in self.files)

    def any_failed(self) -> bool:
        """Whether a file could not be imported at all (unreadable, or no sheet recognised): the
        command exits 1 for it even when the other files came in, so that a script notices."""
        return any(f.status == FAILED for f in self.files)

    def records_imported(self) -> int:
        return sum(f.imported for f in self.files)

    def summary_lines(self) -> list[str]:
        lines: list[str] = []
        for report in self.files:
            lines.extend(_file_summary(report))
        counts = {status: sum(1 for f in self.files if f.status == status)
                  for status in (IMPORTED, DUPLICATE, FAILED, CANCELLED, EMPTY)}
        parts = [f"导入 {counts[IMPORTED]} 个"]
        for status, word in ((DUPLICATE, "重复"), (FAILED, "失败"), (CANCELLED, "取消"), (EMPTY, "无数据")):
            if counts[status]:
                parts.append(f"{word} {counts[status]} 个")
        lines.append(f"共 {len(self.files)} 个文件：{'，'.join(parts)}；新增记录 {self.records_imported()} 条")
        return lines

    def failures(self) -> list[str]:
        """One line per problem the user must act on, for stderr."""
        lines: list[str] = []
        for report in self.files:
            unrecognised = [s for s in report.sheets if s.unrecognized]
            if report.status in (CANCELLED, EMPTY) or (report.status == FAILED and not unrecognised):
                lines.append(f"xuncha: {report.message}")
                continue
            for sheet in report.sheets:
                where = f"文件 {report.file} 工作表 {sheet.sheet}"
                if sheet.unrecognized:
                    lines.append(f"xuncha: {where}：{sheet.note}")
                    continue
                if sheet.earlier_copy and report.status == IMPORTED:
                    lines.append(f"xuncha: {where}：{sheet.earlier_copy_note()}")
                if sheet.rejected_count and report.status == IMPORTED:
                    first = sheet.rejected[0]
                    column = f" 列“{first['column']}”" if first.get("column") else ""
                    if first.get("value") not in (None, ""):
                        column += f" 值“{first['value']}”"
                    more = f"（共 {sheet.rejected_count} 行未导入，详见 --json）" if sheet.rejected_count > 1 else ""
                    lines.append(f"xuncha: {where} 第 {first['row']} 行{column}：{first['reason']}{more}")
        return lines


def _file_summary(report: FileReport) -> list[str]:
    unrecognised = sum(1 for sheet in report.sheets if sheet.unrecognized)
    if report.status == FAILED and unrecognised:
        # The sheets' reasons are among ``failures`` (stderr): printed here too, each came out twice.
        return [f"文件 {report.file}：未导入（{unrecognised} 个工作表无法识别，原因见错误输出）"]
    if report.status != IMPORTED:
        return [report.message]
    by_kind: dict[str, int] = {}
    for sheet in report.sheets:
        if sheet.kind:
            by_kind[sheet.kind] = by_kind.get(sheet.kind, 0) + sheet.imported
    kinds = "，".join(f"{KIND_LABELS[k]} {n}" for k, n in by_kind.items())
    lines = [f"{report.file}：导入 {report.imported} 条（{kinds or '无'}），批次 {report.batch_id}"]
    for sheet in report.sheets:
        lines.append("  " + _sheet_summary(sheet))
    return lines


def _sheet_summary(sheet: SheetReport) -> str:
    if not sheet.kind:
        return f"工作表 {sheet.sheet}：{sheet.note or '未导入'}"
    parts = [f"工作表 {sheet.sheet}：{KIND_LABELS[sheet.kind]}",
             "、".join(sheet.villages) or sheet.village or "村名未知",
             f"导入 {sheet.imported} 条"]
    if sheet.skipped_count:
        parts.append(f"跳过 {sheet.skipped_count} 行（合计、空行等）")
    if sheet.rejected_count:
        parts.append(f"未导入 {sheet.rejected_count} 行")
    if sheet.warning_count:
        parts.append(f"{sheet.warning_count} 处需核对（数值无法识别或经换算，原值已保留）")
    text = "，".join(parts)
    return f"{text}；{sheet.note}" if sheet.note else text


# --- previews ------------------------------------------------------------------------------------


@dataclass
class SheetPreview:
    """What importing a sheet would do, without writing anything (the TUI's import screen)."""

    sheet: str
    kind: str | None
    kind_scores: dict[str, float]
    village: str
    village_source: str
    """column, mapping, title, sheet, file, option or '' (unknown)."""
    header_row: int | None
    header_rows: tuple[int, int] | None
    headers: list[str]
    mapping: dict[str, str]
    """Header text -> field, for the mapped columns."""
    unmapped: list[str]
    rows: list[dict[str, Any]]
    """The first data rows: {'row': n, 'status': 'record'|'skipped'|'rejected', 'fields': {...},
    'raw': {...}, 'reason': str}."""
    problems: list[str]
    note: str = ""
    title: str = ""
    unit: str | None = None
    cards: int = 0
    """How many cards a sheet of cards holds (``importers.cards``); it has no header row then."""
    inferred: list[str] = field(default_factory=list)
    """Headers read by their words though the synonyms do not know them (``importers.inference``)."""

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["header_rows"] = list(self.header_rows) if self.header_rows else None
        return data


@dataclass
class FilePreview:
    file: str
    path: str
    format: str = ""
    encoding: str | None = None
    sheets: list[SheetPreview] = field(default_factory=list)
    problem: str = ""
    """Why the file cannot be read at all ('' when it can)."""

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "path": self.path, "format": self.format, "encoding": self.encoding,
                "problem": self.problem, "sheets": [s.to_json() for s in self.sheets]}
