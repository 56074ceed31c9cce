"""Provides the findings workbook (问题清单) the team hands in, written with openpyxl.

Sheets, in order:

- 问题清单: one row per finding — 序号, 村(社区), 问题类型, 问题描述, 涉及金额(元),
  状态, 证据来源, 发现人, 更新时间, 备注, 工作台编号 (the 第N号 of the app) — with a title, a frozen header row that
  is repeated on every printed page, and a 合计 row (a computed number, not a
  formula, and without the dismissed findings);
- 证据: every evidence row with its source file/sheet/row, its canonical
  fields and the original cell values, as they were when it was taken;
- one sheet per rule with all of its flags, including those nobody took into
  the notebook, so reviewers see what was considered and what became of it;
- 导入异常: the rejected import rows with their reasons;
- 说明: when and by whom, which files (with sha256), which rules with which
  parameters.

Every text cell goes through ``safe_text``: text that a spreadsheet would
read as a formula (= + - @, a leading tab or CR) is stored as a string cell
with Excel's quote prefix, never as a formula; control characters Excel
rejects are removed; overlong text is cut with a marker. ``mask=True`` masks
ID-card and phone numbers in every cell of every sheet.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from xuncha import config, findings
from xuncha.files import check_output_path, write_private
from xuncha.findings import MANUAL, MANUAL_LABEL, SEVERITIES, STATUSES, EvidenceView, Finding, stamp
from xuncha.flags import FlagRow, current_flags, last_scan
from xuncha.models import (
    DIRECTION,
    DIRECTION_LABELS,
    EXPORT_SHEETS,
    KIND_FIELDS,
    KIND_LABELS,
    MONEY,
    raw_cells,
    record_dict,
)
from xuncha.money import fen_to_yuan
from xuncha.rules import get_rules
from xuncha.store import Store

SHEET_FINDINGS, SHEET_EVIDENCE, SHEET_REJECTED, SHEET_ABOUT = EXPORT_SHEETS

FINDING_HEADERS = ("序号", "村(社区)", "问题类型", "问题描述", "涉及金额(元)", "状态",
                   "证据来源", "发现人", "更新时间", "备注", "工作台编号")
FINDING_WIDTHS = (5, 9, 12, 40, 13, 7, 34, 7, 11, 28, 7)
EVIDENCE_HEADERS = ("问题序号", "问题", "记录类型", "来源文件", "工作表", "行号", "核对状态",
                    "记录内容（加入时）", "原始单元格（加入时）", "记录编号", "文件SHA256")
EVIDENCE_WIDTHS = (6, 22, 7, 20, 10, 5, 9, 34, 34, 9, 18)
FLAG_HEADERS = ("序号", "村(社区)", "风险等级", "疑点", "说明", "涉及金额(元)", "证据来源",
                "处理状态", "问题序号", "首次发现", "最近发现")
FLAG_WIDTHS = (5, 9, 6, 26, 36, 13, 34, 9, 6, 11, 11)
REJECTED_HEADERS = ("序号", "文件", "工作表", "行", "列", "原值", "原因")
REJECTED_WIDTHS = (5, 26, 14, 6, 14, 24, 40)

# The order of the register: decided problems first, the dismissed last.
STATUS_ORDER = {"confirmed": 0, "referred": 1, "open": 2, "dismissed": 3}
NOT_TAKEN = "未处理"

MAX_CELL_CHARS = 32_767
"""Excel's limit on the text of one cell."""
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT = "#,##0.00"

# --- styles --------------------------------------------------------------------

FONT_NAME = "等线"
"""Excel's default CJK font; LibreOffice and WPS substitute a CJK sans when it is missing."""
BODY_FONT = Font(name=FONT_NAME, size=10)
BOLD_FONT = Font(name=FONT_NAME, size=10, bold=True)
TITLE_FONT = Font(name=FONT_NAME, size=16, bold=True)
SUBTITLE_FONT = Font(name=FONT_NAME, size=10, color="404040")
SMALL_FONT = Font(name=FONT_NAME, size=8, color="606060")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
RIGHT_TOP = Alignment(horizontal="right", vertical="top")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LINE_HEIGHT_PT = 15.0
"""One line of 10-point CJK text, with room to spare (measured on LibreOffice's rendering)."""
CJK_UNITS, OTHER_UNITS = 1.5, 0.85
"""Width of a character in column-width units at 10 points (measured on LibreOffice's rendering)."""

# --- safe text -------------------------------------------------------------------

# Mainland ID numbers (18 digits, the last may be X; old 15-digit ones) and
# phone numbers (mobile, with optional +86 and separators; landlines with an
# area code). Alphanumeric neighbours are excluded so that hashes and codes
# that merely contain digit runs are left alone.
_EDGE_L, _EDGE_R = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
ID_RE = re.compile(_EDGE_L + r"(\d{17}[\dXx]|\d{15})" + _EDGE_R)
MOBILE_RE = re.compile(_EDGE_L + r"((?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4})" + _EDGE_R)
LANDLINE_RE = re.compile(_EDGE_L + r"(0\d{2,3}-\d{7,8})" + _EDGE_R)


def _mask_digits(text: str, keep_head: int, keep_tail: int) -> str:
    """Star the digits between the first ``keep_head`` and last ``keep_tail`` ones."""
    positions = [i for i, ch in enumerate(text) if ch.isdigit() or ch in "Xx"]
    hidden = set(positions[keep_head:len(positions) - keep_tail])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(text))


def _mask_mobile(match: re.Match[str]) -> str:
    number = match.group(1)
    head = 5 if number.lstrip("+").startswith("86") and len(re.sub(r"\D", "", number)) == 13 else 3
    return _mask_digits(number, head, 4)


def mask_text(text: str) -> str:
    """Mask ID-card and phone numbers: 3301**********1234, 138****5678, 0571-****6666."""
    text = ID_RE.sub(lambda m: _mask_digits(m.group(1), 4, 4), text)
    text = MOBILE_RE.sub(_mask_mobile, text)
    return LANDLINE_RE.sub(lambda m: _mask_digits(m.group(1), 4, 4), text)


def truncate(text: str, limit: int = MAX_CELL_CHARS) -> str:
    if len(text) <= limit:
        return text
    marker = f"……（内容过长已截断，原文共 {len(text)} 字）"
    return text[:limit - len(marker)] + marker


def safe_text(value: str, *, mask: bool = False) -> str:
    """Text fit for a cell: no control characters Excel rejects, masked if asked, within the limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if mask:
        text = mask_text(text)
    return truncate(text)


@dataclass(frozen=True)
class Rich:
    """A cell whose first part is bold: a finding's title above its description."""

    bold: str
    rest: str = ""

    def __str__(self) -> str:
        return f"{self.bold}\n{self.rest}" if self.rest else self.bold


class SheetWriter:
    """Writes cells of one sheet, every text through ``safe_text``."""

    def __init__(self, ws: Worksheet, *, mask: bool) -> None:
        self.ws = ws
        self.mask = mask
        self.row = 0
        """The last row written."""
        self.widths: list[float] = []
        """Column widths, for sizing wrapped rows."""

    def put(self, row: int, column: int, value: Any, *, font: Font = BODY_FONT,
            align: Alignment = WRAP_TOP, border: bool = True, number_format: str | None = None) -> None:
        cell = self.ws.cell(row=row, column=column)
        if isinstance(value, Rich):
            self._put_rich(cell, value, font)
        elif isinstance(value, str):
            text = safe_text(value, mask=self.mask)
            cell.value = text
            # openpyxl turns any string starting with "=" into a formula: force a string
            # cell, and set the quote prefix so that editing it in Excel keeps it text.
            cell.data_type = "s"
            if text.startswith(FORMULA_TRIGGERS):
                cell.quotePrefix = True
        else:
            cell.value = value
        cell.font = font
        cell.alignment = align
        if border:
            cell.border = BORDER
        if number_format:
            cell.number_format = number_format

    def _put_rich(self, cell: Any, value: Rich, font: Font) -> None:
        bold = safe_text(value.bold, mask=self.mask)
        rest = safe_text(value.rest, mask=self.mask) if value.rest else ""
        if not rest:
            self.put(cell.row, cell.column, bold, font=font)
            return
        limit = MAX_CELL_CHARS - len(bold) - 1
        rest = truncate(rest, limit) if limit > 100 else ""
        if not rest:  # no room left beside an overlong title: bold + "\n" would be 32 768 characters
            self.put(cell.row, cell.column, bold, font=font)
            return
        bold_font = InlineFont(rFont=FONT_NAME, sz=font.sz, b=True)
        plain_font = InlineFont(rFont=FONT_NAME, sz=font.sz)
        cell.value = CellRichText([TextBlock(bold_font, bold), TextBlock(plain_font, "\n" + rest)])
        cell.data_type = "s"
        if bold.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True

    def title(self, text: str, subtitle: str, columns: int) -> None:
        """A title row and a subtitle row across the table's width."""
        self.put(1, 1, text, font=TITLE_FONT, align=Alignment(horizontal="center", vertical="center"),
                 border=False)
        self.put(2, 1, subtitle, font=SUBTITLE_FONT, align=Alignment(vertical="center"), border=False)
        for row in (1, 2):
            self.ws.merge_cells(start_row=row, end_row=row, start_column=1, end_column=columns)
        self.ws.row_dimensions[1].height = 30
        self.ws.row_dimensions[2].height = 18
        self.row = 2

    def header(self, headers: Sequence[str], widths: Sequence[int]) -> None:
        """The header row: bold, shaded, frozen, repeated on every printed page."""
        self.row += 1
        for column, (name, width) in enumerate(zip(headers, widths), start=1):
            self.put(self.row, column, name, font=BOLD_FONT, align=HEADER_ALIGN)
            self.ws.cell(row=self.row, column=column).fill = HEADER_FILL
            self.ws.column_dimensions[get_column_letter(column)].width = width
        self.ws.row_dimensions[self.row].height = 24
        self.ws.freeze_panes = self.ws.cell(row=self.row + 1, column=1)
        self.ws.print_title_rows = f"{self.row}:{self.row}"
        self.widths = list(widths)

    def data_row(self, values: Sequence[Any], *, money_columns: Iterable[int] = (),
                 center_columns: Iterable[int] = ()) -> int:
        """One table row; returns its row number. Columns are 1-based."""
        self.row += 1
        money, center = set(money_columns), set(center_columns)
        for column, value in enumerate(values, start=1):
            if column in money:
                self.put(self.row, column, value, align=RIGHT_TOP, number_format=MONEY_FORMAT)
            else:
                self.put(self.row, column, value, align=CENTER_TOP if column in center else WRAP_TOP)
        self.fit_height(self.row, values)
        return self.row

    def fit_height(self, row: int, values: Sequence[Any], widths: Sequence[float] | None = None) -> None:
        """Size a row to its tallest wrapped cell: LibreOffice leaves rows written without a height one line high."""
        lines = max((_line_count(str(v), w) for v, w in zip(values, widths or self.widths)
                     if isinstance(v, (str, Rich))), default=1)
        self.ws.row_dimensions[row].height = min(409, max(1, lines) * LINE_HEIGHT_PT + 4)


def _display_width(text: str) -> float:
    return sum(CJK_UNITS if unicodedata.east_asian_width(ch) in "WF" else OTHER_UNITS for ch in text)


def _line_count(text: str, width: float) -> int:
    """Lines a wrapped cell needs at a column width (in character units)."""
    usable = max(1.0, width - 1.0)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n"))


def _page_setup(ws: Worksheet, *, landscape: bool = True) -> None:
    """A4, landscape, fit all columns to the page width, page numbers in the footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.6
    ws.page_margins.header, ws.page_margins.footer = 0.2, 0.3
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9


# --- the data the workbook shows ---------------------------------------------------


@dataclass
class ExportContext:
    """Everything the sheets need, read once from the store."""

    store: Store
    mask: bool
    exported_at: dt.datetime
    exported_by: str
    findings: list[Finding]
    evidence: dict[str, list[EvidenceView]]
    serial: dict[str, int]
    """finding uid -> its 序号 in the 问题清单."""
    rule_names: dict[str, str]


def _ordered(items: list[Finding]) -> list[Finding]:
    return sorted(items, key=lambda f: (STATUS_ORDER.get(f.status, 9), f.village, f.id or 0))


def _rule_label(rule_id: str, names: dict[str, str]) -> str:
    if rule_id == MANUAL:
        return MANUAL_LABEL
    return names.get(rule_id, rule_id)


def evidence_lines(views: Sequence[EvidenceView]) -> str:
    """The 证据来源 cell: one "file / sheet / 第N行" line per record, with its state when not ok."""
    lines = []
    for view in views:
        state = "" if view.status == "ok" else f"（{view.status_label}）"
        lines.append(f"{view.source_text}{state}")
    return "\n".join(lines)


def _flag_source_lines(refs: Sequence[dict[str, Any]]) -> str:
    lines = []
    for ref in refs:
        source = ref.get("source") or {}
        lines.append(f"{source.get('file', '')} / {source.get('sheet', '')} / 第{source.get('row', '')}行")
    return "\n".join(lines)


# --- sheets ----------------------------------------------------------------------


def _findings_sheet(ws: Worksheet, ctx: ExportContext) -> None:
    w = SheetWriter(ws, mask=ctx.mask)
    counts = Counter(f.status for f in ctx.findings)
    by_status = "，".join(f"{label} {counts[key]}" for key, label in STATUSES.items() if counts[key])
    w.title("巡察问题清单",
            f"导出时间：{stamp(ctx.exported_at)}　　导出人：{ctx.exported_by}　　"
            f"共 {len(ctx.findings)} 条" + (f"（{by_status}）" if by_status else ""),
            len(FINDING_HEADERS))
    w.header(FINDING_HEADERS, FINDING_WIDTHS)
    for finding in ctx.findings:
        w.data_row([
            ctx.serial[finding.uid], finding.village, _rule_label(finding.rule, ctx.rule_names),
            Rich(finding.title, finding.detail), fen_to_yuan(finding.amount), finding.status_label,
            evidence_lines(ctx.evidence.get(finding.uid, [])), finding.created_by,
            stamp(finding.updated_at), finding.notes, _workbench_number(finding),
        ], money_columns=[5], center_columns=[1, 6, 8, 11])
    _total_row(w, ctx.findings)
    _page_setup(ws)


def _workbench_number(finding: Finding) -> str:
    """The number the workbench and ``xuncha findings show N`` use (第N号): 序号 follows the
    printed order instead, so the team can find a row of the handed-in list in the app."""
    return f"第{finding.id}号" if finding.id is not None else ""


def _total_row(w: SheetWriter, items: Sequence[Finding]) -> None:
    """合计: an exact sum in fen written as a number — a formula could be tampered with or not recalc."""
    counted = [f for f in items if f.status != "dismissed"]
    total = sum(f.amount or 0 for f in counted)
    label = "合计" if len(counted) == len(items) else "合计（不含已排除）"
    row = w.data_row(["", label, "", f"{len(counted)} 条", fen_to_yuan(total), "", "", "", "", "", ""],
                     money_columns=[5])
    w.ws.merge_cells(start_row=row, end_row=row, start_column=2, end_column=3)
    w.ws.row_dimensions[row].height = 22
    for column in range(1, len(FINDING_HEADERS) + 1):
        cell = w.ws.cell(row=row, column=column)
        cell.font = BOLD_FONT
        cell.fill = TOTAL_FILL


def _fields_text(kind: str, fields: dict[str, Any]) -> str:
    lines = []
    for spec in KIND_FIELDS.get(kind, ()):
        value = fields.get(spec.name)
        if value is None or value == "":
            continue
        if spec.type == MONEY and isinstance(value, (int, float)):
            value = f"{value:,.2f}"
        elif spec.type == DIRECTION:
            value = DIRECTION_LABELS.get(value, value)
        lines.append(f"{spec.label}：{value}")
    return "\n".join(lines)


def _raw_text(raw: dict[str, Any]) -> str:
    return "\n".join(f"{header}：{value}" for header, value in raw.items() if value not in (None, ""))


def _evidence_sheet(ws: Worksheet, ctx: ExportContext) -> None:
    w = SheetWriter(ws, mask=ctx.mask)
    total = sum(len(ctx.evidence.get(f.uid, [])) for f in ctx.findings)
    w.title("问题证据明细", f"共 {total} 条证据记录；记录内容与原始单元格为加入问题清单时的快照", len(EVIDENCE_HEADERS))
    w.header(EVIDENCE_HEADERS, EVIDENCE_WIDTHS)
    for finding in ctx.findings:
        for view in ctx.evidence.get(finding.uid, []):
            fields = view.snapshot.get("fields") or {}
            raw = view.snapshot.get("raw") or {}
            if not fields and view.record is not None:
                fields, raw = record_dict(view.record), raw_cells(view.record)
            w.data_row([
                ctx.serial[finding.uid], finding.title, KIND_LABELS.get(view.kind, view.kind),
                view.file_name, view.sheet, view.row,
                f"{view.status_label}（现见 {view.moved_to}）" if view.moved_to else view.status_label,
                _fields_text(view.kind, fields), _raw_text(raw), view.record_id, view.file_sha256,
            ], center_columns=[1, 3, 6, 7])
            w.ws.cell(row=w.row, column=len(EVIDENCE_HEADERS)).font = SMALL_FONT
    _page_setup(ws)


def _flags_by_rule(store: Store, taken: dict[str, Finding]) -> dict[str, list[FlagRow]]:
    """Every flag by rule: the active ones, and inactive ones the notebook still refers to."""
    by_rule: dict[str, list[FlagRow]] = {}
    for flag in current_flags(store, include_inactive=True):
        if flag.active or flag.id in taken:
            by_rule.setdefault(flag.rule, []).append(flag)
    return by_rule


def _rule_sheet(ws: Worksheet, ctx: ExportContext, rule_id: str, name: str, flags: Sequence[FlagRow],
                taken: dict[str, Finding]) -> None:
    w = SheetWriter(ws, mask=ctx.mask)
    handled = sum(1 for f in flags if f.id in taken)
    w.title(f"疑点：{name}",
            f"规则 {rule_id}　　共 {len(flags)} 条疑点，已进入问题清单 {handled} 条　　"
            "疑点是需要核实的线索，不是结论", len(FLAG_HEADERS))
    w.header(FLAG_HEADERS, FLAG_WIDTHS)
    # current_flags already orders them: most serious, largest amount first.
    for index, flag in enumerate(flags, start=1):
        finding = taken.get(flag.id)
        status = finding.status_label if finding else NOT_TAKEN
        if not flag.active:
            status += "（最近一次筛查未再命中）"
        w.data_row([
            index, flag.village, SEVERITIES.get(flag.severity, flag.severity), flag.title, flag.detail,
            fen_to_yuan(flag.amount), _flag_source_lines(flag.records), status,
            ctx.serial.get(finding.uid) if finding else None, stamp(flag.first_seen), stamp(flag.last_seen),
        ], money_columns=[6], center_columns=[1, 3, 8, 9])
    if not flags:
        w.data_row(["", "", "", "本次筛查未发现此类疑点", "", None, "", "", None, "", ""])
    _page_setup(ws)


def _rejected_sheet(ws: Worksheet, ctx: ExportContext) -> None:
    """Rows that did not come in, then cells kept raw in rows that did.

    A kept-raw cell matters as much to the inspector: a contract whose amount
    reads '19,8OO.00' is imported without an amount, so no rule that adds up
    amounts sees it.
    """
    from xuncha.models import REJECTED, WARNING

    issues = ctx.store.issues(level=REJECTED)
    kept_raw = ctx.store.issues(level=WARNING)
    w = SheetWriter(ws, mask=ctx.mask)
    w.title("导入异常（未能导入的数据行，以及保留原值的单元格）",
            f"未能导入 {len(issues)} 行：这些行没有进入筛查；另有 {len(kept_raw)} 个单元格未能识别、保留原值："
            "所在行已导入，但该项没有参与筛查。请对照原表核实", len(REJECTED_HEADERS))
    w.header(REJECTED_HEADERS, REJECTED_WIDTHS)
    _issue_rows(w, issues, "没有未能导入的数据行")
    w.data_row(["", "以下单元格未能识别，已保留原值（所在行已导入）", "", None, "", "", ""])
    w.ws.cell(row=w.row, column=2).font = BOLD_FONT
    _issue_rows(w, kept_raw, "没有保留原值的单元格")
    _page_setup(ws)


def _issue_rows(w: SheetWriter, issues: Sequence[Any], none_text: str) -> None:
    for index, issue in enumerate(issues, start=1):
        w.data_row([index, issue.file, issue.sheet, issue.row, issue.column or "", issue.value or "",
                    issue.reason], center_columns=[1, 4])
    if not issues:
        w.data_row(["", none_text, "", None, "", "", ""])


def _about_sheet(ws: Worksheet, ctx: ExportContext, rules: Sequence[Any],
                 flags_by_rule: dict[str, list[FlagRow]], taken: dict[str, Finding]) -> None:
    w = SheetWriter(ws, mask=ctx.mask)
    w.title("导出说明", "本工作簿由巡察工作台 xuncha 生成", 6)
    w.widths = [16, 30, 66, 12, 16, 10]
    for column, width in enumerate(w.widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width

    def pair(key: str, value: Any) -> None:
        w.row += 1
        w.put(w.row, 1, key, font=BOLD_FONT)
        w.put(w.row, 2, value)
        ws.merge_cells(start_row=w.row, end_row=w.row, start_column=2, end_column=6)
        w.fit_height(w.row, ["", str(value)], [w.widths[0], sum(w.widths[1:])])

    def section(text: str) -> None:
        w.row += 2
        w.put(w.row, 1, text, font=Font(name=FONT_NAME, size=12, bold=True), border=False)

    counts = Counter(f.status for f in ctx.findings)
    section("一、导出信息")
    pair("导出时间", stamp(ctx.exported_at))
    pair("导出人", ctx.exported_by)
    pair("数据库", ctx.store.path.name)
    pair("问题数", f"共 {len(ctx.findings)} 条：" +
         "，".join(f"{label} {counts[key]}" for key, label in STATUSES.items()))
    pair("敏感信息", "已对身份证号、电话号码做掩码处理（保留首尾数字）" if ctx.mask
         else "未做掩码：含身份证号、电话号码等个人信息，请按保密规定保管")
    pair("金额", "单位为元，保留两位小数；问题清单的合计不含已排除的问题")
    pair("证据来源", "格式为 文件 / 工作表 / 第N行，行号与 Excel 中显示的行号一致；"
         "“原始行已变更”表示同一位置的数据已与加入时不同，“原始记录缺失”表示当前数据库中找不到该行")

    scan = last_scan(ctx.store)
    section("二、疑点筛查（最近一次）")
    if scan is None:
        pair("筛查", "尚未运行疑点筛查；下表参数为当前规则文件的设置")
    else:
        pair("筛查时间", f"{stamp(scan.started_at)} 至 {stamp(scan.finished_at)}")
        pair("规则文件", "\n".join(scan.rules_source) or "内置默认规则")
    params = scan.params if scan is not None else _current_params()
    stats = scan.stats if scan is not None else {}
    w.row += 1
    _table_header(w, ["规则编号", "规则名称", "参数", "风险等级", "评估记录 / 疑点", "入清单"])
    for rule in rules:
        flags = flags_by_rule.get(rule.id, [])
        evaluated = (stats.get(rule.id) or {}).get("evaluated")
        w.data_row([rule.id, rule.name, _params_text(params.get(rule.id)),
                    SEVERITIES.get(rule.severity, rule.severity),
                    f"{evaluated if evaluated is not None else '-'} / {len(flags)}",
                    sum(1 for f in flags if f.id in taken)], center_columns=[4, 5, 6])

    section("三、导入的文件")
    _table_header(w, ["导入时间", "文件名", "SHA256", "导入人", "记录数", "大小(KB)"])
    imported = Counter()
    for sheet in ctx.store.batch_sheets():
        imported[sheet.batch_id] += sheet.imported
    for batch in ctx.store.batches():
        w.data_row([stamp(batch.imported_at), batch.file_name, batch.sha256, batch.imported_by,
                    imported[batch.id], round(batch.size / 1024, 1)], center_columns=[4, 5, 6])
    _page_setup(ws, landscape=True)


def _table_header(w: SheetWriter, headers: Sequence[str]) -> None:
    w.row += 1
    for column, name in enumerate(headers, start=1):
        w.put(w.row, column, name, font=BOLD_FONT, align=HEADER_ALIGN)
        w.ws.cell(row=w.row, column=column).fill = HEADER_FILL


def _current_params() -> dict[str, Any]:
    from xuncha.rules.params import RulesFileError, load_params

    try:
        return load_params()
    except RulesFileError:  # a broken user rules file must not stop the export; the scan reports it
        return {}


def _params_text(params: dict[str, Any] | None) -> str:
    return "\n".join(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in (params or {}).items())


# --- the workbook ----------------------------------------------------------------


def _sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique sheet title (≤ 31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "Sheet"
    base = base[:31]
    title, n = base, 2
    while title in used:
        suffix = f"({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(title)
    return title


def build_workbook(store: Store, *, mask: bool = False, by: str | None = None) -> Workbook:
    """The findings workbook in memory (``write_findings_workbook`` saves it)."""
    rules = get_rules()
    items = _ordered(findings.list_findings(store))
    ctx = ExportContext(
        store=store, mask=mask, exported_at=findings.now(), exported_by=by or config.inspector_name(),
        findings=items, evidence=findings.evidence_by_finding(store, items),
        serial={f.uid: index for index, f in enumerate(items, start=1)},
        rule_names={rule.id: rule.name for rule in rules},
    )
    taken = findings.flag_status_map(store)
    flags_by_rule = _flags_by_rule(store, taken)
    used = {SHEET_FINDINGS, SHEET_EVIDENCE, SHEET_REJECTED, SHEET_ABOUT}

    wb = Workbook()
    _findings_sheet(wb.active, ctx)
    wb.active.title = SHEET_FINDINGS
    _evidence_sheet(wb.create_sheet(SHEET_EVIDENCE), ctx)
    known = [rule.id for rule in rules]
    # Flags of a rule no longer shipped still appear, so nothing considered goes unreported.
    for rule_id in known + sorted(set(flags_by_rule) - set(known)):
        name = ctx.rule_names.get(rule_id, rule_id)
        ws = wb.create_sheet(_sheet_title(name, used))
        _rule_sheet(ws, ctx, rule_id, name, flags_by_rule.get(rule_id, []), taken)
    _rejected_sheet(wb.create_sheet(SHEET_REJECTED), ctx)
    _about_sheet(wb.create_sheet(SHEET_ABOUT), ctx, rules, flags_by_rule, taken)
    return wb


def write_findings_workbook(store: Store, path: str | os.PathLike[str], *, mask: bool = False,
                            by: str | None = None, overwrite: bool = True) -> Path:
    """Write the workbook to ``path``, readable by its owner only; returns the path.

    The path is checked before the workbook is built (``files.check_output_path``):
    the store's own file is refused, and so is an existing file unless ``overwrite``.
    """
    check_output_path(path, store_path=store.path, overwrite=overwrite)
    wb = build_workbook(store, mask=mask, by=by)
    return write_private(path, _whole_workbook_writer(wb), prefix=".xuncha-export-", store_path=store.path,
                         overwrite=overwrite)


def _whole_workbook_writer(wb: Workbook) -> Callable[[BinaryIO], None]:
    """Write the workbook's zip in memory first, then into the file in one plain write.

    openpyxl's ``save`` leaves its ZipFile open when the disk fills up midway; once the
    file is closed, Python collects that ZipFile and prints "Exception ignored …
    Traceback" below the one-line reason (disk full). The workbook is in memory
    already, and its zip is a fraction of it.
    """

    def write(handle: BinaryIO) -> None:
        buffer = io.BytesIO()
        wb.save(buffer)
        handle.write(buffer.getbuffer())

    return write


__all__ = [
    "write_findings_workbook", "build_workbook", "mask_text", "safe_text", "truncate",
    "evidence_lines", "SHEET_FINDINGS", "SHEET_EVIDENCE", "SHEET_REJECTED", "SHEET_ABOUT",
    "FINDING_HEADERS", "EVIDENCE_HEADERS", "FLAG_HEADERS", "REJECTED_HEADERS",
]
