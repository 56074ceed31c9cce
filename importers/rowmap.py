"""Provides the per-row work: skip rules, cell parsing, combining and the record itself.

Every data row of a recognised sheet ends as exactly one of:

- a record (possibly with warnings: cells that could not be parsed are kept
  raw and the field is left empty);
- a skipped row, with its reason: 合计/小计/本年累计 rows, opening and
  closing balances (上年结转, 期初余额 …), page carry lines (承前页/过次页),
  a repeated header row, footer lines (制表人：…), rows with nothing in any
  mapped column; blank rows in the middle of the table are skipped too
  (blank rows after the last row of the table are not part of it);
- a rejected row, with the reason naming the column: a row whose essential
  fields (the project's name, the payment's amount …) are missing or unreadable.

Payments combine several columns: 收入/支出 or 借方/贷方 or 金额 + 方向 give
``direction`` + ``amount``; 年/月/日 give ``date``; 凭证字 + 凭证号 give "记-15".
A row with both an income and an expense amount is imported as the expense
(money leaving the village is what the rules check) with a warning that names
the income kept in the raw row: splitting it would make two records of one row.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from typing import Any

from importers import values
from importers.plan import SheetPlan, column_name, fast_text
from importers.synonyms import (
    CREDIT,
    DAY,
    DEBIT,
    END_FIELD,
    EXPENSE,
    INCOME,
    MONTH,
    START_FIELD,
    TERM,
    UNIT_PRICE,
    VILLAGE,
    VOUCHER_WORD,
    YEAR,
    field_label,
)
from xuncha.models import KIND_FIELDS

RECORD, SKIPPED, REJECTED = "record", "skipped", "rejected"

# A summary row: the label may carry a period ("2021年", "本月", "第一季度") or a
# village ("石桥村小计") before it, and a colon or a bracket after it.
_SUMMARY_RE = re.compile(
    r"^(?:\d{4}年度?)?(?:\d{1,2}月份?)?(?:第?[一二三四1-4]季度)?"
    r"(?P<prefix>[^\d]{0,8}?)"
    r"(?P<word>合计|小计|总计|累计|共计)(?:金额|数|额|数额)?(?:[:：(（\[【].*)?$"
)
_BALANCE_RE = re.compile(
    r"^(?:\d{4}年度?)?(?:\d{1,2}月份?)?"
    r"(?:上年结转|上年结余|上年余额|上期结转|上月结转|期初余额|期初数|年初余额|年初数|月初余额|"
    r"结转下年|结转下期|结转下月|下年结转|期末余额|月末余额|年末余额|本月余额|本年余额|"
    r"承前页|过次页|转下页|接上页|转次页|承上页)"
)
_FOOTER_RE = re.compile(
    r"^(?:制表人?|填表人?|填报人|审核人?|复核人?|审批人?|负责人|单位负责人|主管会计|会计主管|会计|出纳|"
    r"记账人?|制单人?|经办人|村务监督委员会|监委会|注|说明|备注|填报日期|制表日期|打印日期|打印时间|"
    r"报送日期)\s*[:：]"
)
# A title or unit line repeated in the body: "石桥村收支明细（续）", "单位：元", "第2页".
_TITLE_LINE_RE = re.compile(
    r"台账|明细表|明细账|日记账|一览表|统计表|登记表|情况表|名单|花名册|（续）|\(续\)|续表|"
    r"^(?:金额|计量)?单位[:：]|^(?:填报|编制|核算)单位[:：]|^第\d+页(?:[,，/]?共\d+页)?$|^共\d+页")
# Every summary or balance label contains one of these (a cheap filter before the regexes).
_LABEL_HINT = re.compile("计|结转|结余|余额|初数|页")

# The string encoder json.dumps(..., ensure_ascii=False) uses for keys and values.
_encode_string = json.encoder.encode_basestring


def _float_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and -1e16 < value < 1e16 else repr(value)


def _datetime_text(value: datetime) -> str:
    if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
        return value.date().isoformat()
    return value.isoformat(sep=" ")


# Cell text by exact type: one dict lookup instead of a chain of isinstance checks.
_TEXT_BY_TYPE: dict[type, Any] = {
    str: str, float: _float_text, int: str, date: date.isoformat, datetime: _datetime_text,
    bool: lambda value: "TRUE" if value else "FALSE",
}


def _cell_text(value: Any) -> str:
    """A cell's value as the text kept in the raw row (as Excel would show it, plainly)."""
    convert = _TEXT_BY_TYPE.get(type(value))
    if convert is not None:
        return convert(value)
    if isinstance(value, datetime):
        return _datetime_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def skip_reason(cells: list[Any]) -> str | None:
    """Why a row's non-empty cells make it a summary, balance or footer row (None if not)."""
    texts = [v for v in cells if type(v) is str]
    # One scan of the row's text for the words every label contains, before the exact checks.
    if texts and _LABEL_HINT.search("\x1f".join(texts)):
        for value in texts:
            text = "".join(value.split())
            if not text:
                continue
            if _SUMMARY_RE.match(text):
                return f"合计行（{text[:20]}）"
            if _BALANCE_RE.match(text):
                return f"余额或结转行（{text[:20]}）"
    first = cells[0]
    if type(first) is str and len(texts) == len(cells) and len(cells) <= 8 and _FOOTER_RE.match(first.strip()):
        return f"表尾签名或说明（{first.strip()[:20]}）"
    return None


class RowMapper:
    """Turns the rows of one planned sheet into records and issues."""

    def __init__(self, plan: SheetPlan, *, sha256: str, source_sheet: str, source_file: str) -> None:
        if plan.kind is None or plan.layout is None:
            raise ValueError("RowMapper needs a recognised sheet")
        self.plan = plan
        self.kind = plan.kind
        self.sha256 = sha256
        self.source_sheet = source_sheet
        self.source_file = source_file
        # A column without header text is named by its letter ("列F"), as Excel shows it.
        self.names = [n or column_name(plan, i) for i, n in enumerate(plan.layout.names)]
        self.fields_of_kind = [spec.name for spec in KIND_FIELDS[self.kind]]
        self.field_set = frozenset(self.fields_of_kind)
        self.primary: list[tuple[int, str, Any, str, bool]] = []
        self.fallback: list[tuple[int, str, Any, str, bool]] = []
        for column in plan.columns:
            entry = (column.index, column.field, plan.converter(column), column.header,
                     column.field in self.field_set)
            (self.primary if column.primary else self.fallback).append(entry)
        self.template: dict[str, Any] = dict.fromkeys(self.fields_of_kind)
        self.headers_by_field: dict[str, str] = {}
        for column in plan.columns:
            self.headers_by_field.setdefault(column.field, column.header)
        texts = [str(c) for c in plan.layout.children + plan.layout.parents if c]
        self.header_texts = frozenset(texts + [" ".join(t.split()) for t in texts])
        self.header_hit_threshold = max(2, (len([n for n in self.names if n]) + 1) // 2)
        self.title_texts = frozenset("".join(line.split()) for line in plan.layout.title_lines)
        self.mapped_fields = frozenset(c.field for c in plan.columns)
        # Only payments and sheets with helper columns need the combining step.
        self.needs_combine = self.kind == "payment" or bool(self.mapped_fields & {TERM, UNIT_PRICE})
        self.villages_seen: dict[str, None] = {}
        self.rows_without_village = 0
        # record_uid(sha256, sheet, row) hashes this prefix plus the row number.
        self._uid_prefix = hashlib.sha1(f"{sha256}\x1f{source_sheet}\x1f".encode())
        self._key_pieces: list[str] = []
        self._sorted_indexes: list[int] = []
        self._widen(len(self.names))

    # --- the row ---------------------------------------------------------------------------------

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        """(RECORD, (record, warnings, cells)) | (SKIPPED, reason) | (REJECTED, (column, value, reason)).

        ``cells`` is the raw row as header -> text (what ``record["raw"]`` holds
        as JSON), for the search index. Blank rows give (SKIPPED, None): the
        caller decides whether they are inside the table (reported) or after
        its end (not part of it).
        """
        cells = [v for v in row if v != "" and v is not None]
        if not cells:
            return SKIPPED, None
        reason = skip_reason(cells)
        if reason:
            return SKIPPED, reason
        if len(cells) >= 2 and not self.header_texts.isdisjoint(cells) and \
                sum(1 for v in cells if type(v) is str and " ".join(v.split()) in self.header_texts) \
                >= self.header_hit_threshold:
            return SKIPPED, "重复的表头行"
        if len(cells) <= 3 and self._is_repeated_title(cells):
            return SKIPPED, "重复的标题或单位行（分页打印的表常见）"
        record = self.template.copy()
        extra: dict[str, Any] = {}
        problems: dict[str, tuple[str, str, str]] = {}
        if not self._convert(row, record, extra, problems) and not problems:
            if all(type(v) is str and values.is_blank(v) for v in cells):
                return SKIPPED, None  # only placeholders such as '-' or '/': a blank row
            return SKIPPED, "该行在已识别的列中没有内容（只有序号、备注等）"
        warnings: list[tuple[str, str, str]] = []
        if self.needs_combine:
            self._combine(record, extra, problems, warnings)
        rejection = self._essential_problem(record, problems)
        if rejection is not None:
            return REJECTED, rejection
        for header, text, reason in problems.values():
            warnings.append((header, text, f"{reason}，已保留原值"))
        village = extra.get(VILLAGE) or self.plan.village
        if village:
            self.villages_seen.setdefault(village, None)
        else:
            self.rows_without_village += 1
        record["village"] = village or ""
        uid = self._uid_prefix.copy()
        uid.update(str(number).encode())
        record["id"] = uid.hexdigest()[:16]
        record["source_file"] = self.source_file
        record["source_sheet"] = self.source_sheet
        record["source_row"] = number
        record["raw"], record["row_hash"], raw_cells = self._raw_json(row)
        return RECORD, (record, warnings, raw_cells)

    def _is_repeated_title(self, cells: list[Any]) -> bool:
        """A short all-text row that repeats the sheet title or its unit line (page breaks)."""
        if not all(type(v) is str for v in cells):
            return False
        for value in cells:
            text = "".join(value.split())
            if not (text in self.title_texts or _TITLE_LINE_RE.search(text)):
                return False
        return True

    def raw(self, row: list[Any]) -> dict[str, str]:
        """Original header text -> original cell text, for the non-empty cells."""
        self._widen(len(row))
        text_of = _TEXT_BY_TYPE.get
        return {name: value if type(value) is str else (text_of(type(value)) or _cell_text)(value)
                for name, value in zip(self.names, row) if value != "" and value is not None}

    def _raw_json(self, row: list[Any]) -> tuple[str, str, dict[str, str]]:
        """(raw JSON in column order, its row hash, ``raw(row)``) built from per-column pieces.

        The pieces are exactly what ``json.dumps(raw, ensure_ascii=False)`` writes
        for each item, so joining them in column order gives the stored JSON and
        joining them in key order gives ``xuncha.models.row_hash``'s input: one
        encoding per cell instead of two full dumps (a test checks equality).
        """
        if len(row) > len(self.names):
            self._widen(len(row))
        keys = self._key_pieces
        names = self.names
        text_of = _TEXT_BY_TYPE.get
        encode = _encode_string
        texts = {index: value if type(value) is str else (text_of(type(value)) or _cell_text)(value)
                 for index, value in enumerate(row) if value != "" and value is not None}
        pieces = {index: keys[index] + encode(text) for index, text in texts.items()}
        in_order = "{" + ", ".join(pieces.values()) + "}"
        by_key = "{" + ", ".join([pieces[i] for i in self._sorted_indexes if i in pieces]) + "}"
        cells = {names[index]: text for index, text in texts.items()}
        return in_order, hashlib.sha1(by_key.encode()).hexdigest()[:16], cells

    def _widen(self, width: int) -> None:
        """Name columns beyond the header by their letter and refresh the JSON key pieces."""
        names = self.names
        if width > len(names) or len(self._key_pieces) != len(names):
            names.extend(column_name(self.plan, i) for i in range(len(names), width))
            self._key_pieces = [_encode_string(name) + ": " for name in names]
            self._sorted_indexes = sorted(range(len(names)), key=names.__getitem__)

    def _convert(self, row: list[Any], record: dict[str, Any], extra: dict[str, Any],
                 problems: dict[str, tuple[str, str, str]]) -> int:
        """Parse the mapped cells into the record (canonical fields) and ``extra`` (helpers);
        returns how many cells gave a value."""
        found = 0
        width = len(row)
        for index, name, convert, header, canonical in self.primary:
            if index >= width:
                continue
            value = row[index]
            if value == "" or value is None:
                continue
            if convert is fast_text and type(value) is str and value.isprintable() \
                    and value[0] != " " and value[-1] != " " and len(value) > 4 and "  " not in value:
                parsed = value  # fast_text's own shortcut, inlined: most cells are clean text
            else:
                try:
                    parsed = convert(value)
                except values.ValueProblem as problem:
                    if type(value) is str and values.is_blank(value):
                        continue
                    problems[name] = (header, _cell_text(value), str(problem))
                    continue
            if parsed is not None:
                found += 1
                if canonical:
                    record[name] = parsed
                else:
                    extra[name] = parsed
        for index, name, convert, header, canonical in self.fallback:
            target = record if canonical else extra
            if target.get(name) is not None or index >= width:
                continue
            value = row[index]
            if value == "" or value is None:
                continue
            try:
                parsed = convert(value)
            except values.ValueProblem:
                continue  # the primary column's problem (if any) is the one reported
            if parsed is not None:
                found += 1
                target[name] = parsed
                problems.pop(name, None)
        return found

    # --- combining helper columns ----------------------------------------------------------------

    def _combine(self, record: dict[str, Any], got: dict[str, Any],
                 problems: dict[str, tuple[str, str, str]], warnings: list[tuple[str, str, str]]) -> None:
        if self.kind == "payment":
            self._payment_amount(record, got, problems, warnings)
            if record["date"] is None and MONTH in got:
                self._date_from_parts(record, got, problems)
            word = got.get(VOUCHER_WORD)
            if word and record["voucher"] and not str(record["voucher"]).startswith(word):
                record["voucher"] = f"{word}-{record['voucher']}"
            elif word and not record["voucher"] and VOUCHER_WORD in self.mapped_fields and \
                    "voucher" not in self.mapped_fields:
                record["voucher"] = word
        if TERM in got:
            start, end = got[TERM]
            start_field, end_field = START_FIELD.get(self.kind), END_FIELD.get(self.kind)
            if start_field and record.get(start_field) is None:
                record[start_field] = start
            if end_field and record.get(end_field) is None and end is not None:
                record[end_field] = end
        if TERM in problems:
            header, text, reason = problems.pop(TERM)
            problems.setdefault(START_FIELD.get(self.kind, TERM), (header, text, reason))
        if self.kind == "resource" and record["amount"] is None and UNIT_PRICE in got \
                and record["area"] is not None:
            # A lease listed with a price per 亩 and an area: the yearly rent is their product.
            record["amount"] = round(got[UNIT_PRICE] * record["area"])

    def _payment_amount(self, record: dict[str, Any], got: dict[str, Any],
                        problems: dict[str, tuple[str, str, str]],
                        warnings: list[tuple[str, str, str]]) -> None:
        income = got.get(INCOME, got.get(CREDIT if self.plan.bank_statement else DEBIT))
        expense = got.get(EXPENSE, got.get(DEBIT if self.plan.bank_statement else CREDIT))
        sides = {INCOME, EXPENSE, DEBIT, CREDIT} & self.mapped_fields
        side_problems = [problems.pop(side) for side in (INCOME, EXPENSE, DEBIT, CREDIT) if side in problems]
        if sides and (income or expense):
            # The amount is known; an unreadable cell on the other side is only a warning.
            for header, text, reason in side_problems:
                warnings.append((header, text, f"{reason}，已保留原值"))
            if income and expense:
                header = self.headers_by_field.get(INCOME) or self.headers_by_field.get(
                    CREDIT if self.plan.bank_statement else DEBIT, "收入")
                warnings.append((header, values.clean_text(_yuan(income)) or "",
                                 "同一行收入和支出都有金额：按支出导入，收入金额保留在原始数据中"))
            if expense:
                record["direction"], record["amount"] = "out", expense
            else:
                record["direction"], record["amount"] = "in", income
            return
        if side_problems and "amount" not in problems:  # an unreadable side is an unreadable amount
            problems["amount"] = side_problems[0]
        amount = record["amount"]
        if amount is None:
            if sides and (income == 0 or expense == 0) and "amount" not in problems:
                problems["amount"] = (self._side_headers(sides), "0", "收入和支出均为零")
            return
        if record["direction"] is None:
            if self.plan.default_direction:
                record["direction"] = self.plan.default_direction
            elif amount < 0 and "direction" not in self.mapped_fields:
                # A signed bank amount: negative is money going out.
                record["direction"], record["amount"] = "out", -amount

    def _side_headers(self, sides: set[str]) -> str:
        return "、".join(self.headers_by_field[s] for s in (INCOME, EXPENSE, DEBIT, CREDIT) if s in sides)

    def _date_from_parts(self, record: dict[str, Any], got: dict[str, Any],
                         problems: dict[str, tuple[str, str, str]]) -> None:
        year = got.get(YEAR, self.plan.layout.year if self.plan.layout else None)
        if DAY not in got:
            return
        header = self.headers_by_field.get(MONTH, "月")
        if year is None:
            problems.setdefault("date", (header, _cell_text(got[MONTH]), "有月、日但没有年份（表头或标题中也没有）"))
            return
        try:
            record["date"] = values.parse_ymd(year, got[MONTH], got[DAY])
        except values.ValueProblem as problem:
            text = f"{_cell_text(year)}-{_cell_text(got[MONTH])}-{_cell_text(got[DAY])}"
            problems.setdefault("date", (header, text, str(problem)))

    # --- essentials --------------------------------------------------------------------------------

    def _essential_problem(self, record: dict[str, Any],
                           problems: dict[str, tuple[str, str, str]]) -> tuple[str | None, str | None, str] | None:
        needed = _missing_essentials(self.kind, record)
        if not needed:
            return None
        for name in needed:
            if name in problems:
                header, text, reason = problems[name]
                return header, text, f"{field_label(self.kind, name)}无法识别：{reason}"
        labels = "或".join(field_label(self.kind, n) for n in needed)
        headers = [self.headers_by_field[n] for n in needed if n in self.headers_by_field]
        if self.kind == "payment" and not headers:
            headers = [self.headers_by_field[s] for s in (INCOME, EXPENSE, DEBIT, CREDIT)
                       if s in self.headers_by_field]
        column = headers[0] if headers else None
        where = f"（列“{'、'.join(headers)}”为空）" if headers else ""
        return column, None, f"缺少{labels}{where}"


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def _missing_essentials(kind: str, record: dict[str, Any]) -> list[str] | None:
    """The essential fields a record lacks (any one of them would do), or None."""
    if kind == "project":
        return None if record["name"] else ["name"]
    if kind == "contract":
        if not (record["title"] or record["code"] or record["counterparty"]):
            return ["title", "code", "counterparty"]
        if record["amount"] is None and not (record["signed_on"] or record["started_on"] or record["ended_on"]):
            return ["amount", "signed_on"]
        return None
    if kind == "payment":
        return None if record["amount"] is not None else ["amount"]
    if kind == "asset":
        return None if (record["name"] or record["code"]) else ["name", "code"]
    if kind == "resource":
        return None if (record["name"] or record["counterparty"]) else ["name", "counterparty"]
    if kind == "cadre":
        return None if record["name"] else ["name"]
    return None


__all__ = ["RECORD", "REJECTED", "SKIPPED", "RowMapper", "skip_reason"]
