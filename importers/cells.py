"""Provides the converters of one cell: text, names, voucher and invoice numbers, positions, money,
dates, terms and directions.

A sheet's plan (``importers.plan``) picks one converter per column once; the
row mapper (``importers.rowmap``) calls it for every cell of that column. A
converter returns the canonical value, None for a blank or placeholder cell,
or raises ``values.ValueProblem`` with the reason the row will show. The
common cases (a clean text cell, a float written to the fen) take a shortcut
that gives exactly what the full parser would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from importers import values
from importers.codes import code_text


Converter = Callable[[Any], Any]
"""A cell's value in, the canonical value out (or ``values.ValueProblem``)."""

# A platform's or bookkeeping program's dump codes the direction (收支标志 / io_flag) as 1 for money in and 2 for
# money out, its code table elsewhere: read so only when every cell is 1 or 2, and said in the note.
DIRECTION_CODES = {"1": "in", "2": "out"}


def keep(value: Any) -> Any:
    """The cell as the reader gave it (a helper the row mapper combines itself)."""
    return value


NO_INVOICE_CELLS = frozenset({"无", "暂无", "没有", "未开", "未开具", "无票", "无发票"})
"""What a 发票号码 cell writes where the claim has no invoice: no blank there, but the sign of a white slip."""


def invoice_text(value: Any) -> str | None:
    """A 发票号码 cell's text: "无" kept (``NO_INVOICE_CELLS``), where any other column reads it as empty."""
    if type(value) is str and "".join(value.split()) in NO_INVOICE_CELLS:
        return "".join(value.split())
    return fast_text(value)


def fast_text(value: Any) -> str | None:
    """``values.parse_text`` with a shortcut for the common already-clean text cell.

    A printable string (no line breaks, U+3000 or zero-width characters) without
    leading, trailing or doubled spaces is returned as is; only placeholders
    ('-', '无', 'N/A', all at most four characters) still need ``is_blank``.
    Anything else (numbers, dates, untidy text, unreadable cells) goes through
    ``parse_text``, which refuses a 16+ digit number whose last digits Excel lost.
    """
    if type(value) is str and value.isprintable() and value[:1] != " " and value[-1:] != " " \
            and "  " not in value:
        if len(value) <= 4 and (not value.strip(_PLACEHOLDER_CHARS) or value.lower() in _BLANK_WORDS):
            return None
        return value
    return values.parse_text(value)


# A person's name padded to the width of longer names: "王　强", "王　德胜" (the full-width space is
# typed to align the column). Two people in one cell ("张三 李四") are two names of two characters.
_PADDED_NAME = re.compile(r"^([\u4e00-\u9fff]) ([\u4e00-\u9fff]{1,2})$|^([\u4e00-\u9fff]{2}) ([\u4e00-\u9fff])$")


# The spaces 金蝶 writes around a voucher's dash: "记 - 2" is 记-2.
_SPACED_DASH = re.compile(r"\s*([-—－])\s*")


def voucher_text(value: Any) -> str | None:
    """A voucher number as text (``fast_text``), without spaces around its dash: "记 - 2" -> "记-2". A date
    is no voucher number: Excel turns a typed "1-15" into 15 January, so the cell is kept raw and the row
    says what it may have been, not stored as "2023-01-15"."""
    if isinstance(value, date):
        raise values.ValueProblem(f"凭证号是日期：Excel 常把“{value.month}-{value.day}”这样的编号自动改成日期，"
                                  "原值保留，请按原始凭证核对")
    text = fast_text(value)
    if text and " " in text:  # cheap first: most voucher numbers have no space at all
        return _SPACED_DASH.sub(r"\1", text)
    return text


def name_text(value: Any) -> str | None:
    """A person's or party's name as text (``fast_text``), without the space that pads a short name."""
    text = fast_text(value)
    if text is not None and " " in text and len(text) <= 4 and _PADDED_NAME.match(text):
        return text.replace(" ", "")
    return text


# The separators an online form writes between the options of a multi-select answer (问卷星 ┋, 金数据 |):
# a platform's artefact, where an inspector writes 党支部书记、村委会主任.
_MULTI_SELECT = re.compile(r"\s*[┋┊|｜;；]\s*")


def position_text(value: Any) -> str | None:
    """A cadre's position as text (``fast_text``), a form's multi-select options joined with 、."""
    text = fast_text(value)
    if text is None or not _MULTI_SELECT.search(text):
        return text
    return "、".join(part for part in _MULTI_SELECT.split(text) if part) or None


# How an approval app or a 报账 register writes its attachments instead of their number: the counts it names
# ("票据2张", "发票3张、验收单1份") or the files themselves ("发票.pdf;验收单.jpg").
_COUNTED = re.compile(r"(\d{1,3})\s*[张份页个件]")
_FILE_NAME = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}$")
_FILE_SEPARATORS = re.compile(r"[;；,，、|\n]+")
NO_ATTACHMENT_CELLS = frozenset({"无", "没有", "无附件", "暂无", "无单据", "无票据"})
"""What a 附件 cell writes for a claim with nothing attached: no blank there, but 0 (the white-slip rule's sign)."""


def attachment_count(value: Any) -> int:
    """The number of attachments (``values.parse_int``), also where the cell names what it counts ("票据2张" -> 2,
    "发票3张、验收单1份" -> 4), lists the files attached ("发票.pdf;验收单.jpg" -> 2) or says there are none
    ("无" -> 0): a count the white-slip rule reads, not an unreadable number on every row of an export."""
    try:
        return values.parse_int(value)
    except values.ValueProblem:
        if not isinstance(value, str):
            raise
    if "".join(value.split()) in NO_ATTACHMENT_CELLS:
        return 0
    counted = _COUNTED.findall(value)
    if counted:
        return sum(int(number) for number in counted)
    files = [part.strip() for part in _FILE_SEPARATORS.split(value) if part.strip()]
    if files and all(_FILE_NAME.search(part) for part in files):
        return len(files)
    raise values.ValueProblem("无法识别的附件数")


# The placeholders ``values.is_blank`` knows, for the shortcut above.
_PLACEHOLDER_CHARS = "-—–―－‐‑/／\\＼_＿~～〜"
_BLANK_WORDS = frozenset({"无", "暂无", "空", "空白", "null", "none", "nil", "n/a", "na", "\\n"})


YEARLY_SUM_REASON = "金额后注明“{remark}”：写的是每年的金额，不是合同总额，未作合同金额导入"


def total_only(convert: Converter) -> Converter:
    """A contract's amount converter that refuses a figure its cell says is a year's ("1.56万元（每年）",
    "93600（每年递增3%）"), as "6万元/年" is refused: the term may be partial or the rent escalate, so no
    total is guessed, and a year's rent taken for the contract's sum would mislead every threshold."""
    def total(value: Any) -> int:
        remark = values.money_remark(value)
        if remark:
            raise values.ValueProblem(YEARLY_SUM_REASON.format(remark=remark))
        return convert(value)

    return total


def reads_estimates(kind: str | None) -> bool:
    """Whether a kind's sums are stated values (a budget, a rent, a contract sum, an original value), of which
    "约125万元" or "13万元以内" gives the figure; a payment is money that moved: "约二十" there is no amount."""
    return kind is not None and kind != "payment"


def stated_figure(convert: Converter) -> Converter:
    """A money converter that reads an estimate or a ceiling as the figure stated (``values.estimate``);
    ``rowmap`` warns the row that it is not exact. Only cells the converter refuses are looked at."""
    def stated(value: Any) -> int:
        try:
            return convert(value)
        except values.ValueProblem:
            found = values.estimate(value)
            if found is None:
                raise
            return convert(found[1])

    return stated


def money_converter(unit: str) -> Converter:
    """``values.parse_money`` for one column unit ('yuan', 'qian', 'wan'), with a shortcut for float cells.

    Readers return most amounts as floats. When the float times the fen per unit
    is within 1e-6 of a whole number (every amount written to the fen), that
    whole number is exactly what the decimal path would give; anything else
    (three decimals, huge values, NaN) still goes through ``parse_money``.
    """
    per_unit = values.fen_per_unit(unit)
    parse = partial(values.parse_money, unit=unit)

    def convert(value: Any) -> int:
        if type(value) is float:
            scaled = value * per_unit
            if -1e11 < scaled < 1e11:
                whole = round(scaled)
                if -1e-6 < scaled - whole < 1e-6:
                    return whole
        return parse(value)

    return convert

# No village record is dated in 1900: a date column whose number reads as a serial of that year
# holds something else (a day of the month, '1.5' meaning 1月5日).
_PLAUSIBLE_FROM = date(1901, 1, 1)
# Nor is a plain number a serial from before the collectives (1800 would be 1904-12-05): a date cell
# Excel formatted arrives as a date, and a number that old is a typo or another column's value.
_PLAUSIBLE_SERIAL_FROM = date(1949, 1, 1)


def date_converter(datemode: int, year: int | None, *, year_only: Callable[[int], date] | None = None,
                   month_only: Callable[[date], date] | None = None, month: int | None = None,
                   period: Callable[[date, date], date] | None = None,
                   short_year: Callable[[int, int, int], date | None] | None = None,
                   line_year: Callable[[], int | None] | None = None) -> Converter:
    """``values.parse_date`` for one sheet, which also reads a date written without its year
    ('1.5', '1月5日', '01-05') in the year the title names, a date with a two-digit year
    ('19.3.5') when the title names that year (or the one before or after), and refuses a number
    that would be a date in 1900 rather than file it there silently. With ``year_only``, a cell
    that gives a plausible year alone (2017, "2014年") is read by it (``values.bare_year``); with
    ``month_only``, a text that gives a year and month only passes its month's first day through it;
    with ``month`` (a sheet named "3月"), a day alone ("5日") is a day of that month of the title's year, and
    with ``month_only``, a month alone ("二月份") is that month of the title's year;
    with ``period``, a text that gives a 旬, a quarter, a half-year or a run of months ("2023年3月上旬",
    "2023年第一季度", "2023年1-3月": ``values.period_days``) passes its first and last day through it;
    with ``short_year``, a year-first date with a two-digit year ("21.6.20") is read by it when it can
    (the years the title names may be a span), a slash date ("12/9/1", its order unknown) never, and
    with both ``short_year`` and ``month_only``, a month with a two-digit year ("21年6月") is that month;
    with ``line_year``, a date without its year is read in the year of the year line above it
    ("2022年" on a row of its own, ``importers.year_lines``) before the title's."""
    parse = partial(values.parse_date, datemode=datemode)

    def with_year(parts: tuple[int, int]) -> date:
        written = line_year() if line_year is not None else None
        chosen = written if written is not None else year
        if chosen is None:
            raise values.ValueProblem("只有月、日，没有年份（标题中没有年份，或不止一个年份）")
        return values.parse_ymd(chosen, *parts)

    def with_century(short: int, month: int, day: int) -> date:
        full = None if year is None else year - year % 100 + short
        if full is None or abs(full - year) > 1:
            raise values.ValueProblem(f"年份只写了两位（{short:02d}），标题中没有相近的年份，无法确定是哪一年")
        return values.parse_ymd(full, month, day)

    def convert(value: Any) -> date:
        try:
            parsed = parse(value)
        except values.ValueProblem:
            parts = values.month_day(value)
            if parts is not None:
                return with_year(parts)
            alone = values.bare_year(value) if year_only is not None else None
            if alone is not None:
                return year_only(alone)
            day = values.day_only(value) if month is not None else None
            if day is not None:
                return with_year((month, day))
            days = values.period_days(value) if period is not None else None
            if days is not None:
                return period(*days)
            alone = values.month_alone(value) if month_only is not None and year is not None else None
            if alone is not None:  # "二月份" under a title that names the year
                return month_only(date(year, alone, 1))
            short_month = values.short_year_month(value) if month_only is not None and short_year is not None \
                else None
            if short_month is not None:  # "21年6月": the month's first day, when the short year is near the title's
                first = short_year(*short_month, 1)
                if first is None:
                    raise
                return month_only(first)
            short = values.short_year_date(value)
            if short is None:
                raise
            read = short_year(*short) if short_year is not None and values.short_year_in_order(value) else None
            return read or with_century(*short)
        if not isinstance(value, date) and (parsed < _PLAUSIBLE_FROM or (
                parsed < _PLAUSIBLE_SERIAL_FROM and isinstance(value, (int, float)) and not isinstance(value, bool))):
            parts = values.month_day(value)
            if parts is not None:
                return with_year(parts)
            raise values.ValueProblem(f"数字不像日期（按 Excel 日期序列号是 {parsed.isoformat()}）")
        if month_only is not None and parsed.day == 1 and isinstance(value, str) and values.names_no_day(value):
            return month_only(parsed)
        return parsed

    return convert


def term_converter(datemode: int) -> Converter:
    """``values.parse_date_range`` for a 承包期限 column, which refuses a number that would be a
    date in 1900: a 承包年限 of 20 is a length in years (``rowmap`` counts the end from it), not
    the Excel serial 1900-01-20."""
    parse = partial(values.parse_date_range, datemode=datemode)

    def convert(value: Any) -> tuple[date | None, date | None]:
        years = values.term_years(value) if not isinstance(value, str) or value.strip().isdigit() else None
        if years is not None:
            raise values.ValueProblem(f"写的是年限（{years}年），不是起止日期")
        start, end = parse(value)
        if start is not None and start < _PLAUSIBLE_FROM and not isinstance(value, date):
            raise values.ValueProblem(f"数字不像日期（按 Excel 日期序列号是 {start.isoformat()}）")
        return start, end

    return convert


_DIRECTION_WORDS = {
    "in": ("收", "入", "进", "存", "in", "income", "credit-in", "+"),
    "out": ("支", "付", "出", "取", "out", "expense", "pay", "-"),
}


def coded_direction(value: Any) -> str:
    """'in' or 'out' from a dump's direction code 1 or 2 (``DIRECTION_CODES``)."""
    direction = DIRECTION_CODES.get(code_text(value))
    if direction is None:
        raise values.ValueProblem("无法识别的收支标志（应为代码 1 或 2）")
    return direction


def parse_direction(value: Any, *, bank_statement: bool = False) -> str:
    """'in' or 'out' from a direction cell: 收/支, 收入/支出, 借/贷, +/-, in/out."""
    text = values.clean_text(value)
    if not text:
        raise values.ValueProblem("收支方向为空")
    folded = text.strip().lower()
    if folded.startswith("借"):
        return "out" if bank_statement else "in"
    if folded.startswith("贷"):
        return "in" if bank_statement else "out"
    for direction, words in _DIRECTION_WORDS.items():
        if folded.startswith(words):
            return direction
    raise values.ValueProblem("无法识别的收支方向（应为收/支或借/贷）")
