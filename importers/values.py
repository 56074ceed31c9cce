"""Provides the cell-value parsers that every importer uses.

Spreadsheet cells from village accounting arrive in every shape: numbers that
calamine/openpyxl return as floats, text with currency signs, 万元 suffixes,
Chinese upper-case amounts (壹万贰仟伍佰元整), dates as 2021年3月5日, 2021.3.5,
20210305 or Excel serials, date ranges in one cell, placeholder dashes for
"empty". This module turns such cells into exact values:

- ``is_blank`` / ``clean_text``      placeholders and text cells
- ``parse_text``                     a text field's cell: like ``clean_text``, but
                                     refuses a number whose digits Excel cut off
                                     (a 身份证号 typed as a number) and a cell the
                                     reader could not read (``UnreadCell``)
- ``parse_money``                    -> integer fen (分), exact, half-up
- ``parse_upper_amount`` / ``format_upper_amount``  大写金额 <-> fen
- ``unit_from_text`` / ``fen_per_unit``  the 元/千元/万元 unit of a header or
                                     title line, and its fen per unit
- ``parse_date`` / ``parse_date_range`` / ``parse_ymd``  -> ``datetime.date``
- ``parse_number`` / ``parse_int``   areas, counts
- ``parses``                         whether a parser reads a cell, for the
                                     importers' guesses about a layout

Every parser raises only ``ValueProblem`` (a ``ValueError``) for bad input of
any type, carrying a short reason in Simplified Chinese that the importer
stores with the rejected row. The one exception is a programming error in the
*arguments* (an unknown ``unit`` or ``datemode``), which raises a plain
``ValueError`` so that it crashes loudly instead of rejecting every row.

The parsers run on millions of cells, so each one checks the common Python
types first and only then falls back to precompiled regular expressions.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import re
import unicodedata
from calendar import monthrange
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

__all__ = [
    "SHANG_IN_MU",
    "ValueProblem",
    "UnreadCell",
    "is_blank",
    "clean_text",
    "parse_text",
    "excel_digits",
    "parse_money",
    "stated_direction",
    "parse_upper_amount",
    "format_upper_amount",
    "unit_from_text",
    "fen_per_unit",
    "parse_date",
    "parse_date_range",
    "is_unix_time",
    "parse_ymd",
    "month_day",
    "names_no_day",
    "day_only",
    "month_end",
    "dekad_days",
    "bare_year",
    "term_years",
    "is_duration",
    "parse_number",
    "parse_area",
    "area_unit_from_text",
    "parse_int",
    "parses",
]


class ValueProblem(ValueError):
    """Raised with a short reason in Simplified Chinese, e.g. '无法识别的金额'."""


class UnreadCell(str):
    """The text that stands for a cell the reader reads as empty although it holds something:
    an error value ('#REF!') or a formula without a cached result ('=A1*2').

    It is a ``str`` so that every parser and the raw row treat it as the text it
    shows; its own type lets a text field refuse it instead of taking the
    formula or the error for a name (``parse_text``).
    """

    __slots__ = ()

    @property
    def reason(self) -> str:
        if self.startswith("="):
            # A shared formula has its text elsewhere: the cell only knows it was a formula.
            shown = "共享公式" if self == UNCALCULATED else self
            return f"公式没有计算结果（{shown}）：请在 Excel 中打开、保存后再导入"
        return f"单元格为错误值 {self.upper()}"


UNCALCULATED = "=（公式未计算）"
"""The text of a formula that has no cached result and whose own text is elsewhere (a shared formula)."""


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------

# Zero-width characters sneak in from web platforms and copy-paste; they are
# invisible to the inspector, so they must never make two names differ.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# The 繁体 units and words a value is written with ("68.5萬元", "120畝", "0.8公頃", "5號", "一個月", "約3萬",
# "5萬元以內"), read as the simplified ones the parsers know: one table lookup in the fold, not a conversion
# of every cell (``xuncha.traditional`` converts headers and labels).
_TRADITIONAL_UNITS = {"萬": "万", "億": "亿", "畝": "亩", "頃": "顷", "圓": "圆", "號": "号", "個": "个", "約": "约",
                      "內": "内"}
_DROP_ZERO_WIDTH = str.maketrans("", "", ZERO_WIDTH)
_ANY_ZERO_WIDTH = re.compile(f"[{ZERO_WIDTH}]")
_FOLD_TABLE = str.maketrans({**dict.fromkeys(ZERO_WIDTH), **_TRADITIONAL_UNITS})

# Characters that, on their own (in any number), mean "nothing here".
_PLACEHOLDER_CHARS = "-—–―－‐‑/／\\＼_＿~～〜" + ZERO_WIDTH
# Whole-cell words that mean "nothing here". Compared lower-cased.
# "\\N" is how a MySQL dump (SELECT … INTO OUTFILE, mysqldump --tab) writes NULL.
_BLANK_WORDS = frozenset({"无", "暂无", "空", "空白", "null", "none", "nil", "n/a", "na", "\\n"})

_EXCEL_ERROR_RE = re.compile(
    r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!"
    r"|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|PYTHON!|EXTERNAL!)",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Fold full-width forms (１２５００, ￥, （）, ：, U+3000) to ASCII, and 繁体 units (萬, 畝) to simplified.

    NFKC is only applied to non-ASCII text because it is the slow part and
    most cells are plain ASCII.
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text).translate(_FOLD_TABLE)
    # NFKC leaves the Unicode minus sign alone; spreadsheets copied from Word
    # or the web use it for negative amounts.
    return text.replace("\u2212", "-")


def without_zero_width(text: str) -> str:
    """The text without its zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF): a header, a
    total's label or a title pasted from WeChat or a web page ("支\u200b出", "合\u200b计") reads, and prints,
    as the words one sees. A search first: most cells hold none, and translating each would cost more."""
    return text.translate(_DROP_ZERO_WIDTH) if _ANY_ZERO_WIDTH.search(text) else text


# A Chinese keyboard types 。 for the decimal point: "1。8亩", "3。5万". Between two digits it can mean
# nothing else; anywhere else (a sentence's end, "完成。2023年…") it stays.
_IME_DECIMAL_RE = re.compile(r"(?<=\d)。(?=\d)")


def _normalise(text: str) -> str:
    """Folded text with all whitespace removed ('1,200.5 元' -> '1,200.5元'), its 。 between digits a point
    ('1。8' -> '1.8'), and without the apostrophe Excel and WPS use to keep a typed number as text
    ("'22500.00" is 22500.00)."""
    text = "".join(_fold(text).split()).lstrip("'")
    return _IME_DECIMAL_RE.sub(".", text) if "。" in text else text


def _raise_if_error_cell(text: str) -> None:
    """Excel error values (#REF!, #DIV/0!) arrive as text; name them precisely."""
    if text.startswith("#") and _EXCEL_ERROR_RE.fullmatch(text):
        raise ValueProblem(f"单元格为错误值 {text.upper()}")


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and value != value


def parses(parse: Callable[[Any], Any], value: Any) -> bool:
    """Whether ``parse`` reads ``value`` as something: it neither refuses the cell nor finds it empty.

    The importers ask this of many cells while they guess a layout (is this a date column, is this row a
    total); any refusal is a "no" there, so the argument errors of a parser are one too."""
    try:
        return parse(value) is not None
    except (ValueError, TypeError, ArithmeticError):
        return False


# ---------------------------------------------------------------------------
# Blank cells and text
# ---------------------------------------------------------------------------


def is_blank(value: object) -> bool:
    """True for an empty cell or a placeholder meaning "nothing here".

    None, '', whitespace (incl. the ideographic space), runs of dashes or
    slashes ('-', '—', '/', '--'), whole-cell words such as '无' / '暂无' /
    'N/A', and NaN (what pandas uses for an empty cell). '0' is not blank.
    """
    if value is None:
        return True
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return True
        if not text.strip(_PLACEHOLDER_CHARS + " \u3000\xa0\t\r\n"):
            return True
        return text.lower() in _BLANK_WORDS
    return _is_nan(value)


def clean_text(value: object) -> str | None:
    """Cell value as tidy text, or None for a blank cell.

    Keeps the original characters (no full-width folding: names must be shown
    as written), strips surrounding whitespace including U+3000, collapses
    inner runs of whitespace (and line breaks) to one space, and drops
    zero-width characters. Readers return whole numbers as floats, so 15.0
    becomes '15'. Never raises.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return _clean_str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as Excel shows a logical cell
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    try:
        return _clean_str(str(value))
    except Exception:  # a foreign object whose __str__ fails: treat as blank
        return None


def _clean_str(value: str) -> str | None:
    if not value.isascii():
        value = value.translate(_DROP_ZERO_WIDTH)
    text = " ".join(value.split())
    if not text or is_blank(text):
        return None
    return text


# Excel keeps 15 significant digits: a number of 16 or more digits (an 18-digit
# 身份证号, a bank serial number) typed without a leading ' has lost its last digits.
_EXCEL_DIGITS = 15
_LOST_DIGITS_FROM = 10.0**_EXCEL_DIGITS


# A long number as Excel shows it in a narrow General column and writes it to a CSV: "1.39812E+10"
# (a phone number), "3.70102E+17" (a 身份证号). Only the digits shown were saved.
_SCIENTIFIC = re.compile(r"^\s*[+-]?\d(?:\.(\d*))?[eE]\+?(\d{1,2})\s*$")


def parse_text(value: object) -> str | None:
    """A text field's cell as tidy text (``clean_text``), or ValueProblem when the text is not
    what the cell means: a number of 16+ digits (Excel cut it to 15 significant digits, so
    the digits shown are not the ones typed), a long number in scientific form with fewer
    digits than it stands for ("1.39812E+10": Excel saved what it showed) or a cell the
    reader could not read."""
    if isinstance(value, (float, int)) and not isinstance(value, bool):
        if not -_LOST_DIGITS_FROM < value < _LOST_DIGITS_FROM and math.isfinite(value):
            raise ValueProblem(_lost_digits_reason(value))
    elif isinstance(value, UnreadCell):
        raise ValueProblem(value.reason)
    elif type(value) is str and ("E" in value or "e" in value):
        match = _SCIENTIFIC.match(value)
        if match and len(match[1] or "") < int(match[2]):
            raise ValueProblem(f"单元格是科学计数法“{value.strip()}”（Excel 把长数字按显示的位数保存），"
                               "末尾几位已丢失，请核对原件（录入时应先把该列设为文本）")
    return clean_text(value)


def _lost_digits_reason(number: float) -> str:
    return (f"单元格存的是数字，Excel 只保留 15 位有效数字（显示为 {excel_digits(number)}），"
            "末尾几位可能已丢失，请核对原件（录入时应先把该列设为文本）")


def excel_digits(number: float) -> str:
    """A number of 16 or more digits as Excel shows it: 15 significant digits, the rest zeros
    (3.301021980010112e17 -> '330102198001011000'); smaller numbers as ``clean_text`` gives them."""
    if -_LOST_DIGITS_FROM < number < _LOST_DIGITS_FROM or not math.isfinite(number):
        return clean_text(number) or ""
    return str(int(Decimal(f"{number:.{_EXCEL_DIGITS}g}")))


def _float_text(value: float) -> str | None:
    if not math.isfinite(value):
        return None
    # Whole numbers print without '.0'; beyond 1e16 floats are no longer
    # exact integers, so keep Python's repr rather than invent digits.
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


# ---------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------

_FEN_PER_YUAN = 100
_FEN_PER_QIAN = 1_000 * _FEN_PER_YUAN
_FEN_PER_WAN = 1_000_000
# A system dump keeps its amounts as integers in 分 (htje 18650000 for 186,500.00元): one fen per unit.
_UNIT_FEN = {None: _FEN_PER_YUAN, "yuan": _FEN_PER_YUAN, "qian": _FEN_PER_QIAN, "wan": _FEN_PER_WAN, "fen": 1}
# An explicit unit written in the cell beats the column unit.
_SUFFIX_FEN = {
    "元": _FEN_PER_YUAN,
    "圆": _FEN_PER_YUAN,
    "千": _FEN_PER_QIAN,
    "千元": _FEN_PER_QIAN,
    "万": _FEN_PER_WAN,
    "万元": _FEN_PER_WAN,
    "亿": 100_000_000 * _FEN_PER_YUAN,
    "亿元": 100_000_000 * _FEN_PER_YUAN,
}
# 1e12 yuan: more than any township has ever seen; beyond it a cell is junk
# (an ID number in the wrong column, a sum of sums).
_MAX_FEN = 10**12 * _FEN_PER_YUAN
_MAX_YUAN_FLOAT = 1e12

# Exact decimal arithmetic: 64 digits hold any amount below the range limit
# with every decimal a spreadsheet could carry.
_DEC = Context(prec=64, rounding=ROUND_HALF_UP)
_DEC_ONE = Decimal(1)

# Applied to normalised text (full-width folded, whitespace removed).
_MONEY_RE = re.compile(
    r"(?P<open>\()?"
    r"(?P<sign>[+-])?"
    r"(?:¥|RMB|CNY|人民币)?"
    r"(?P<sign2>[+-])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)"
    r"(?P<unit>亿元|亿|万元|万|千元|千|元|圆)?"
    r"(?:整|正)?"
    r"(?P<close>\))?",
    re.IGNORECASE | re.ASCII,
)
# A remark on how an amount runs over the years: kept as a warning, never read as part of the amount.
_YEARLY_REMARK = r"(?:每年|逐年|按年)[^()]{0,12}|年"
# An amount with a label before it or a remark in brackets after it (normalised text, see above).
_ANNOTATED_MONEY_RE = re.compile(
    # A rent typed into its form question with the question's words before it: "年租金60000元".
    r"(?P<label>(?:合同价款?|合同金额|合同总价|总价款?|价款|金额|中标价|成交价|结算价|决算价|计|共计|"
    r"年租金|租金|年承包费|承包费|年承包金|承包金|年租赁费|租赁费)[:：]?)?"
    r"(?P<figure>[-+(]?(?:¥|RMB|CNY|人民币)?[-+]?[\d,.]+(?:亿元|亿|万元|万|千元|千|元|圆)?(?:整|正)?\)?)"
    r"(?P<remark>\((?:含税|含增值税|不含税|税后|税前|含运费|含安装费|"
    # What has been paid of it, or its part from one source, is a remark on the sum: "16.8万（已付8万）".
    r"(?:已付|已支付|已拨付?|已结算|其中)[^()]*|"
    # How the sum runs over the years ("93600（每年递增3%）", "1.56万元（每年）"): the figure is the one stated,
    # but the row is warned with the remark (``money_remark``), since the total is not that figure.
    rf"(?P<note>{_YEARLY_REMARK})|"
    # The 大写 after the figure, with or without the word: "286000（贰拾捌万陆仟元整）".
    r"大写[:：]?(?P<upper>[^()]+)|(?P<bare_upper>(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+))\))?",
    re.IGNORECASE,
)
# The red-ink marker of a reversing line, folded: '(红字)', '红字:', '红冲' (a bracketed one anywhere).
_RED_MARK_RE = re.compile(r"\((?:红字|红冲)\)|^(?:红字|红冲)[:]?")
_SCIENTIFIC_RE = re.compile(r"[+-]?\d+(?:\.\d*)?E[+-]?\d+", re.IGNORECASE | re.ASCII)


def parse_money(value: object, unit: str | None = "yuan") -> int:
    """Parse a money cell into integer fen (分), rounding half-up to the fen.

    ``unit`` is the column unit: "yuan" (default; None means the same),
    "qian" for a column in 千元 or "wan" for one in 万元. A unit written in the cell ('1.5万元',
    '1200元', an upper-case amount) beats the column unit. Accepts numbers
    (floats are converted through their repr, so 0.1 is exactly 10 fen),
    '¥12,500.00', '12.5万', '1.2亿', '(1,200.00)' (negative), full-width
    digits and 大写 amounts, a red-ink mark ('红字1,200.00', '-1,200.00（红字）': negative),
    a label before the figure ('合同价12.5万元', '计12500元') and a remark after it
    ('36,000.00（含税）', '12500（大写壹万贰仟伍佰元整）', which must agree) and figures with their
    units ('4万8千元'). Vague amounts ('约3万', '暂定5万', '5万-6万': ``estimate`` reads the figure of
    the first where a stated value may be one) and anything else raise ValueProblem.
    """
    column_fen = fen_per_unit(unit)
    try:
        return _parse_money(value, column_fen)
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的金额") from exc


def fen_per_unit(unit: str | None) -> int:
    """Fen in one of a column unit ('yuan', 'qian', 'wan', 'fen'; None is 'yuan'); ValueError for others."""
    try:
        return _UNIT_FEN[unit]
    except (KeyError, TypeError):
        raise ValueError(f"unknown money unit {unit!r}; use 'yuan', 'qian', 'wan' or 'fen'") from None


def _parse_money(value: object, column_fen: int) -> int:
    # Fast paths first: readers hand us floats and ints for most cells.
    value_type = type(value)
    if value_type is float:
        return _money_from_float(value, column_fen)  # type: ignore[arg-type]
    if value_type is str:
        return _money_from_text(value, column_fen)  # type: ignore[arg-type]
    if value_type is int:
        return _check_fen_range(value * column_fen)  # type: ignore[operator]
    if isinstance(value, bool):
        raise ValueProblem("逻辑值不是金额")
    if isinstance(value, int):
        return _check_fen_range(int(value) * column_fen)
    if isinstance(value, float):
        return _money_from_float(float(value), column_fen)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueProblem("金额不是有效数字")
        return _fen_from_decimal(value, column_fen)
    if isinstance(value, str):
        return _money_from_text(str(value), column_fen)
    if isinstance(value, numbers.Integral):  # numpy integers and the like
        return _check_fen_range(int(value) * column_fen)
    if isinstance(value, numbers.Real):
        return _money_from_float(float(value), column_fen)
    if value is None:
        raise ValueProblem("金额为空")
    raise ValueProblem("无法识别的金额")


def _money_from_float(value: float, column_fen: int) -> int:
    if not math.isfinite(value):
        raise ValueProblem("金额不是有效数字")
    if abs(value) * (column_fen / _FEN_PER_YUAN) > _MAX_YUAN_FLOAT:
        raise ValueProblem("金额超出合理范围")
    if value.is_integer():
        return int(value) * column_fen
    # repr gives the shortest decimal that reads back as this float, i.e. what
    # the spreadsheet showed (12500.1, not 12500.1000000000003638).
    text = repr(value)
    if "e" in text:  # 1e-05, 1.5e+16
        return _fen_from_decimal(Decimal(text), column_fen)
    return _fen_from_plain_decimal(text, column_fen)


def _fen_from_plain_decimal(text: str, fen_per_unit: int) -> int:
    """Exact half-up fen from '12500.37', '-3.5', '.5' or '5.' in integer arithmetic.

    About three times faster than going through Decimal; very long digit
    strings still take the Decimal path so that int() never sees them.
    """
    if len(text) > 30:
        return _fen_from_decimal(Decimal(text), fen_per_unit)
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("+-").partition(".")
    scale = 10 ** len(fraction)
    fen, remainder = divmod(int(whole + fraction or "0") * fen_per_unit, scale)
    if remainder * 2 >= scale:
        fen += 1
    if fen > _MAX_FEN:
        raise ValueProblem("金额超出合理范围")
    return -fen if negative else fen


def _fen_from_decimal(amount: Decimal, fen_per_unit: int) -> int:
    fen = _DEC.multiply(amount, fen_per_unit)
    if abs(fen) > _MAX_FEN:
        raise ValueProblem("金额超出合理范围")
    return int(fen.quantize(_DEC_ONE, rounding=ROUND_HALF_UP, context=_DEC))


def _check_fen_range(fen: int) -> int:
    if abs(fen) > _MAX_FEN:
        raise ValueProblem("金额超出合理范围")
    return fen


def _money_from_text(value: str, column_fen: int) -> int:
    text = _normalise(value)
    match = _MONEY_RE.fullmatch(text)
    if match is not None:
        return _money_from_match(match, column_fen)
    if not text or is_blank(text):
        raise ValueProblem("金额为空")
    annotated = _annotated_money(text, column_fen)
    if annotated is not None:
        return annotated
    if "红" in text:
        unmarked = _RED_MARK_RE.sub("", text)
        if unmarked != text and unmarked:
            # A red-ink (红字) line reverses an earlier entry: it is negative however it is written,
            # '红字1,200.00', '-1,200.00（红字）'; an already negative number keeps its one minus.
            return -abs(_money_from_text(unmarked, column_fen))
    _raise_if_error_cell(text)
    if _SCIENTIFIC_RE.fullmatch(text):
        # Excel writes long numbers this way in CSV; the digits are gone.
        raise ValueProblem("金额为科学计数法，可能已丢失精度")
    if _looks_like_upper_amount(text):
        return _parse_upper_normalised(text)
    figured = _upper_then_figure(text, column_fen)
    if figured is not None:
        return figured
    mixed = _figures_with_units(text)
    if mixed is not None:
        return mixed
    european = _DECIMAL_COMMA_RE.fullmatch(text)
    if european is not None:
        whole = european["whole"].replace(".", "")
        return _money_from_text(f"{european['sign'] or ''}{whole}.{european['fraction']}", column_fen)
    raise ValueProblem(_letters_for_digits_reason(text) or "无法识别的金额")


# A decimal comma, as a European-locale Excel writes its csv ('86.400,00', '1234,5', '-3.600,00'): a
# comma followed by one or two digits at the end is no thousands separator, which groups three. A bare
# '86.400' stays the decimal it reads as: alone it cannot be told from 86.4.
_DECIMAL_COMMA_RE = re.compile(r"(?P<sign>-)?(?P<whole>\d{1,3}(?:\.\d{3})+|\d+),(?P<fraction>\d{1,2})", re.ASCII)


# Figures each with its unit, as said aloud: "4万8千元", "12万5千元", "1万2千5百", "3千5百元" (folded text).
_FIGURES_WITH_UNITS_RE = re.compile(
    r"(?:(?P<wan>\d{1,4})万)?零?(?:(?P<qian>\d)千)?零?(?:(?P<bai>\d)百)?(?:元|圆)?(?:整|正)?", re.ASCII)
_FIGURE_UNITS = (("wan", 10_000), ("qian", 1_000), ("bai", 100))


def _figures_with_units(text: str) -> int | None:
    """Fen of an amount written as figures with 万/千/百 between them ("4万8千元" is 48,000): two units at
    least, each below the one before ("12万" alone is a plain amount, "5千3万" no amount); else None."""
    match = _FIGURES_WITH_UNITS_RE.fullmatch(text)
    if match is None or sum(match[name] is not None for name, _ in _FIGURE_UNITS) < 2:
        return None
    return sum(int(match[name]) * size for name, size in _FIGURE_UNITS if match[name]) * _FEN_PER_YUAN


# An estimate or a ceiling: "约125万元", "大约3万", "13万元以内", "5万元左右" (folded text). ``parse_money``
# refuses it (a journal's 约 is no money that moved); a budget, a rent or a contract sum written so is read
# as the figure stated, and the row says it is not exact (``importers.plan``, ``importers.rowmap``).
_ESTIMATE_RE = re.compile(r"(?P<about>约|大约)(?P<figure>[^约]+)|(?P<ceiling>.+?)(?P<limit>以内|以下|左右)")


def estimate(value: object) -> tuple[str, str] | None:
    """(the word, the figure) of an amount cell that is an estimate or a ceiling and whose figure reads as
    an amount: ("约", "0.275万元") of "约0.275万元", ("以内", "5万元") of "5万元以内"; None for any other cell
    (one substring test for most)."""
    if type(value) is not str or not ("约" in value or "約" in value or "以" in value or "左右" in value):
        return None
    match = _ESTIMATE_RE.fullmatch(_normalise(value))
    if match is None:
        return None
    figure = match["figure"] or match["ceiling"]
    return (match["about"] or match["limit"], figure) if parses(parse_money, figure) else None


# A 收支金额 column that writes each amount's direction before it: "收 8600", "支3.5万元", "收入2,400元",
# "支出：650", "+3500", "－860" (full-width forms are folded first). Only a number or a 大写 amount may
# follow: "支部活动经费" is no amount.
_STATED_DIRECTION_RE = re.compile(r"(?P<word>收入|支出|收|支|付|\+|-)[:]?(?P<rest>[0-9¥.零壹贰叁肆伍陆柒捌玖拾].*)")
_STATED_DIRECTIONS = {"收入": "in", "收": "in", "+": "in", "支出": "out", "支": "out", "付": "out", "-": "out"}


def stated_direction(value: object) -> tuple[str | None, object]:
    """('in' or 'out', the amount after it) of an amount cell led by a direction word or sign ("收 8600":
    'in', "8600"), else (None, the cell). Only a column known to carry the direction is read so: in any
    other, "-650" is a negative amount (a 红冲 in a journal with 收入/支出 columns)."""
    if not isinstance(value, str):
        return None, value
    match = _STATED_DIRECTION_RE.fullmatch(_normalise(value))
    if match is None:
        return None, value
    return _STATED_DIRECTIONS[match["word"]], match["rest"]


# An upper-case amount with its figure in a bracket after it, as a contract pasted from Word writes it:
# "人民币肆万玖仟玖佰元整（¥49,900.00元）".
_UPPER_THEN_FIGURE_RE = re.compile(r"^(?:人民币)?(?P<upper>[^（(]+?)\s*[（(](?:小写[：:]?)?(?P<figure>[^（）()]+)[）)]$")


def _upper_then_figure(text: str, column_fen: int) -> int | None:
    """The amount of an upper-case sum followed by its figure in a bracket; the two must agree."""
    match = _UPPER_THEN_FIGURE_RE.fullmatch(text)
    if match is None or not _looks_like_upper_amount(match["upper"]):
        return None
    figure = _MONEY_RE.fullmatch(match["figure"].strip())
    if figure is None:
        return None
    fen = _money_from_match(figure, column_fen)
    if _parse_upper_normalised(match["upper"]) != fen:
        raise ValueProblem(f"大写金额与括号中的小写金额（{match['figure']}）不一致")
    return fen


_DIGIT_LOOKALIKES = str.maketrans("OoIl", "0011")


def _annotated_money(text: str, column_fen: int) -> int | None:
    """An amount with words around it that do not change it: a label before it ('合同价12.5万元',
    '计12500元', '总价36000元') or a remark after it ('36,000.00(含税)', '12500(大写壹万贰仟伍佰元整)').
    A 大写 remark must agree with the figure. Vague words ('约3万', '暂定5万') are no such labels."""
    match = _ANNOTATED_MONEY_RE.fullmatch(text)
    if match is None or (match["label"] is None and match["remark"] is None):
        return None
    figure = _MONEY_RE.fullmatch(match["figure"])
    if figure is None:
        return None
    fen = _money_from_match(figure, column_fen)
    upper = match["upper"] or match["bare_upper"]
    if upper is not None and _parse_upper_normalised(upper) != fen:
        raise ValueProblem(f"小写金额与括号中的大写金额（{upper}）不一致")
    return fen


def money_remark(value: object) -> str | None:
    """The remark on how an amount runs over the years that a readable amount cell carries
    ("每年递增3%" of "93600（每年递增3%）"), for the row's warning; None for any other cell."""
    if type(value) is not str or not ("(" in value or "（" in value):
        return None
    match = _ANNOTATED_MONEY_RE.fullmatch(_normalise(value))
    return match["note"] if match is not None else None


def _letters_for_digits_reason(text: str) -> str | None:
    """'1,2OO.00' reads as an amount once O is 0: say so, but never guess the amount ourselves,
    since a wrong guess would be evidence nobody typed."""
    if _MONEY_RE.fullmatch(text.translate(_DIGIT_LOOKALIKES)) is None:
        return None
    letters = "".join(dict.fromkeys(c for c in text if c in "OoIl"))
    digits = "".join(dict.fromkeys(letters.translate(_DIGIT_LOOKALIKES)))
    return f"金额中有字母“{'、'.join(letters)}”，疑为数字“{'、'.join(digits)}”的笔误"


def _money_from_match(match: re.Match[str], column_fen: int) -> int:
    opened, sign, sign2, number, unit, closed = match.groups()
    # One way of saying "negative" at a time: '(100)', '-100', '¥-100'.
    if (opened is None) != (closed is None) or (sign and sign2) or (opened and (sign or sign2)):
        raise ValueProblem("无法识别的金额")
    fen_per_unit = _SUFFIX_FEN[unit] if unit else column_fen
    fen = _fen_from_plain_decimal(number.replace(",", ""), fen_per_unit)
    negative = opened or sign == "-" or sign2 == "-"
    return -fen if negative else fen


# ---------------------------------------------------------------------------
# Chinese upper-case amounts (大写金额)
# ---------------------------------------------------------------------------

# Every spelling folds to one canonical alphabet: digits '0'-'9' and the
# characters 拾佰仟万亿元角分整. Lower-case numerals are accepted as well
# because hand-filled tables mix them in (两万元, 十万元整).
_UPPER_FOLD = {
    **dict.fromkeys("零〇○", "0"),
    **dict.fromkeys("壹一弌", "1"),
    **dict.fromkeys("贰貳弍二两兩", "2"),
    **dict.fromkeys("叁參参弎三", "3"),
    **dict.fromkeys("肆四", "4"),
    **dict.fromkeys("伍五", "5"),
    **dict.fromkeys("陆陸六", "6"),
    **dict.fromkeys("柒七", "7"),
    **dict.fromkeys("捌八", "8"),
    **dict.fromkeys("玖九", "9"),
    **dict.fromkeys("拾十什", "拾"),
    **dict.fromkeys("佰百陌", "佰"),
    **dict.fromkeys("仟千阡", "仟"),
    **dict.fromkeys("万萬", "万"),
    **dict.fromkeys("亿億", "亿"),
    **dict.fromkeys("元圆圓", "元"),
    "角": "角",
    "分": "分",
    **dict.fromkeys("整正", "整"),
}
_UPPER_TABLE = str.maketrans(_UPPER_FOLD)
_UPPER_ALPHABET = frozenset(_UPPER_FOLD)
_SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}
_UPPER_PREFIX_RE = re.compile(r"^(?:(?:人民币|RMB|CNY|¥|大写|金额|\(大写\))[:：]?)+", re.IGNORECASE)
_UPPER_FRACTION_RE = re.compile(r"0?(?:([0-9])角)?0?(?:([0-9])分)?整?")
_UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def parse_upper_amount(text: str) -> int:
    """Parse a Chinese upper-case amount into fen.

    Handles 元/圆, 角/分, 整/正, 零 fillers, 万 and 亿 groups, a leading 拾
    ('拾万元整'), prefixes such as 人民币 / 大写: and a leading 负 for a
    negative amount. A digit left hanging after 佰/仟/万/亿 without 零
    ('壹佰伍') is ambiguous (150 colloquially, 105 formally) and rejected.
    Upper-case amounts are always in 元, whatever the column unit.
    """
    if not isinstance(text, str):
        raise ValueProblem("无法识别的大写金额")
    try:
        return _parse_upper_normalised(_normalise(text))
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的大写金额") from exc


def _looks_like_upper_amount(text: str) -> bool:
    body = _UPPER_PREFIX_RE.sub("", text)
    if body.startswith("负"):
        body = body[1:]
    return bool(body) and all(ch in _UPPER_ALPHABET for ch in body)


def _parse_upper_normalised(text: str) -> int:
    body = _UPPER_PREFIX_RE.sub("", text)
    negative = body.startswith("负")
    if negative:
        body = body[1:]
    if not body or not all(ch in _UPPER_ALPHABET for ch in body):
        raise ValueProblem("无法识别的大写金额")
    fen = _upper_canonical_to_fen(body.translate(_UPPER_TABLE))
    _check_fen_range(fen)
    return -fen if negative else fen


def _upper_canonical_to_fen(canon: str) -> int:
    if "元" in canon:
        integer_part, fraction_part = canon.split("元", 1)
        if not integer_part:
            raise ValueProblem("无法识别的大写金额")
        return _upper_integer(integer_part) * 100 + _upper_fraction(fraction_part)
    if "角" in canon or "分" in canon:  # '伍角', '叁分': less than one yuan
        return _upper_fraction(canon)
    return _upper_integer(canon.removesuffix("整")) * 100


def _upper_fraction(canon: str) -> int:
    match = _UPPER_FRACTION_RE.fullmatch(canon)
    if match is None:
        raise ValueProblem("无法识别的大写金额")
    jiao, fen = match.groups()
    return int(jiao or 0) * 10 + int(fen or 0)


def _upper_integer(canon: str) -> int:
    """Value of canonical numerals such as '1万0伍佰' -> 10500 (see _UPPER_FOLD).

    Works group by group: ``section`` is the part below 万 being built,
    ``wan`` the part before 万, ``yi`` the part before 亿. Units inside a
    section must descend (仟 > 佰 > 拾), which rejects '壹拾壹佰'.
    """
    if not canon:
        raise ValueProblem("无法识别的大写金额")
    yi = wan = section = 0
    pending: int | None = None  # a digit still waiting for its unit
    unit_before: int | None = None  # the unit right before ``pending``
    zero_gap = False  # a 零 was written since the last unit
    smallest_unit = 10_000  # smallest unit used in the current section
    seen_wan = seen_yi = False
    for ch in canon:
        if "0" <= ch <= "9":
            if pending is not None:  # two digits in a row: '壹贰'
                raise ValueProblem("无法识别的大写金额")
            if ch == "0":
                zero_gap = True
            else:
                pending = ord(ch) - 48
                unit_before = None if zero_gap else unit_before
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if pending is None:
                if unit != 10 or section:  # only 拾 may stand alone ('拾万')
                    raise ValueProblem("无法识别的大写金额")
                pending = 1
            if unit >= smallest_unit:
                raise ValueProblem("无法识别的大写金额")
            section += pending * unit
            pending, unit_before, zero_gap, smallest_unit = None, unit, False, unit
        elif ch == "万" or ch == "亿":
            group = _close_upper_group(section, pending, unit_before, zero_gap)
            if ch == "万":
                if seen_wan:
                    raise ValueProblem("无法识别的大写金额")
                wan, seen_wan, unit_before = group, True, 10_000
            else:
                if seen_yi:
                    raise ValueProblem("无法识别的大写金额")
                yi = wan * 10_000 + group
                wan, seen_wan, seen_yi, unit_before = 0, False, True, 100_000_000
            if (wan if ch == "万" else yi) == 0:  # '亿万', '零万'
                raise ValueProblem("无法识别的大写金额")
            section, pending, zero_gap, smallest_unit = 0, None, False, 10_000
        else:  # 角/分/整/元 in the wrong place
            raise ValueProblem("无法识别的大写金额")
    section = _close_upper_group(section, pending, unit_before, zero_gap)
    return yi * 100_000_000 + wan * 10_000 + section


def _close_upper_group(section: int, pending: int | None, unit_before: int | None, zero_gap: bool) -> int:
    if pending is None:
        return section
    if unit_before is not None and unit_before > 10 and not zero_gap:
        raise ValueProblem("大写金额有歧义（如“壹佰伍”），请写明零位")
    return section + pending


def format_upper_amount(fen: int) -> str:
    """Format fen as a formal upper-case amount: 1250000 -> '壹万贰仟伍佰元整'.

    Follows the bank-slip convention: 整 after 元 or 角, none after 分;
    one 零 for each run of zeros; 壹拾 rather than a bare 拾; '负' for a
    negative amount.
    """
    sign = "负" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    jiao, fen_digit = divmod(cents, 10)
    parts = [sign]
    if yuan:
        parts.append(_format_upper_integer(yuan) + "元")
    elif not cents:
        return sign + "零元整"
    if jiao:
        parts.append(_UPPER_DIGITS[jiao] + "角")
    elif fen_digit and yuan:
        parts.append("零")
    parts.append(_UPPER_DIGITS[fen_digit] + "分" if fen_digit else "整")
    return "".join(parts)


def _format_upper_integer(number: int) -> str:
    if number >= 100_000_000:
        high, low = divmod(number, 100_000_000)
        return _format_upper_integer(high) + "亿" + _format_upper_low(low, 10_000_000)
    if number >= 10_000:
        high, low = divmod(number, 10_000)
        return _format_upper_section(high) + "万" + _format_upper_low(low, 1_000)
    return _format_upper_section(number)


def _format_upper_low(low: int, full_width_from: int) -> str:
    """The part after 亿/万; a gap of zeros before it is written as one 零."""
    if not low:
        return ""
    return ("零" if low < full_width_from else "") + _format_upper_integer(low)


def _format_upper_section(number: int) -> str:
    """0 < number < 10000, e.g. 1020 -> '壹仟零贰拾'."""
    out: list[str] = []
    zero_pending = False
    for unit_value, unit_char in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        digit = number // unit_value % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_UPPER_DIGITS[digit] + unit_char)
    return "".join(out)


# ---------------------------------------------------------------------------
# Units in headers and title lines
# ---------------------------------------------------------------------------

# '单位：元' is also how a title line names the *organisation* ('填报单位：
# 元宝村'), so after 单位 the unit must not run on into another ideograph.
# A bare '万' may stand for 万元 in brackets ('金额(万)'); a bare '千' may not
# (it is as often a count: '(千克)', '(千米)').
_UNIT_RE = re.compile(
    r"\((?:单位:?)?(?:人民币)?(?P<u1>万元?|千元|元)[)/]"
    # (another unit may follow: "金额单位：万元　面积单位：公顷")
    r"|单位:?(?:人民币)?(?P<u2>万元|千元|元)(?:(?![\u4e00-\u9fff])|(?=[\u4e00-\u9fff]{1,4}单位))"
    r"|[\[【](?:单位:?)?(?P<u3>万元?|千元|元)[\]】]"
    r"|(?P<u4>万元|千元)$"
    r"|/(?P<u5>元)$"
    # The unit after the form a sub-column is written in: "备注金额（大写/万元）".
    r"|\((?:大写|小写)/(?P<u6>万元|千元|元)\)"
    # A dump's amount in fen: "合同金额(分)", "金额（单位：分）". Only the bracket says so; a bare 分 is
    # as often a score (得分) or a minute.
    r"|\((?:单位:?)?(?P<u7>分)\)"
)
_UNIT_NAMES = {"万": "wan", "千": "qian", "元": "yuan", "分": "fen"}


def unit_from_text(text: str) -> str | None:
    """The money unit named in a header or title line: 'wan', 'qian', 'yuan' or None.

    '金额（万元）', '单位：万元', '(万元)', '投资额万元' -> 'wan';
    '合同金额（千元）', '单位：千元' -> 'qian';
    '金额(元)', '单价（元/亩）', '单位：元' -> 'yuan'; '备注金额（大写/万元）' -> 'wan';
    '合同金额(分)', '金额（单位：分）' -> 'fen' (a dump's integer fen). The first unit named wins.
    """
    if not isinstance(text, str) or not text:
        return None
    match = _UNIT_RE.search(_normalise(text))
    if match is None:
        return None
    return _UNIT_NAMES[match.group(match.lastgroup or "u1")[0]]


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_MIN_DATE = _dt.date(1900, 1, 1)
_MAX_DATE = _dt.date(2100, 12, 31)
_EPOCH_1900 = _dt.date(1899, 12, 30)  # serial 61 = 1900-03-01 (after the fake 02-29)
_EPOCH_1900_EARLY = _dt.date(1899, 12, 31)  # serial 1..59: before the fake leap day
_EPOCH_1900_ORDINAL = _EPOCH_1900.toordinal()
_EPOCH_1904 = _dt.date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31, the largest date Excel knows

_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
# A time of day after the date ('2021-03-05 00:00:00', '2021年3月5日 14:30').
_IME_STOP_RE = re.compile(r"(?<=\d)。")
_TIME_SUFFIX_RE = re.compile(
    r"(?:(?<=\d)[T\s]+|(?<=\d[日号])\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$", re.ASCII
)
_YMD_PATTERNS = (
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]?)?", re.ASCII),
    re.compile(r"(?P<y>\d{4})(?P<sep>[./-])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?", re.ASCII),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})", re.ASCII),
    # Day first, dotted, the year last: '05.03.2023' from a European-locale Excel (a Chinese date puts
    # the year first; slashes, '03/05/2023', stay unread: month or day first is a guess).
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})", re.ASCII),
)
# A weekday written after the date (whitespace already removed): '星期日', '(周三)', '礼拜天'.
_WEEKDAY_TAIL_RE = re.compile(r"\(?(?:星期|周|礼拜)[一二三四五六日天七]\)?$")
_YEAR_ONLY_RE = re.compile(r"(?P<y>\d{4})年?", re.ASCII)
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_CN_DATE_RE = re.compile(
    r"(?P<y>[〇零○一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?:(?P<d>[一二三四五六七八九十]{1,3})[日号])?"
)
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def parse_date(value: object, *, datemode: int = 0) -> _dt.date:
    """Parse a date cell into a ``datetime.date`` between 1900 and 2100.

    Accepts date/datetime objects, Excel serial numbers (``datemode`` 0 =
    1900 system, 1 = 1904 system), yyyymmdd numbers (20210305), and text:
    2021年3月5日 / 5号, 2021.3.5, 2021/3/5, 2021-03-05 00:00:00, 20210305,
    2021年3月 and 2021.03 (day 1; also the number 2021.03 typed into a General
    cell, but not 2021.1, which may be October), full-width digits, 二〇二一年三月五日.
    A Unix timestamp of 2000..2100 (1688348460, or in milliseconds) is its day in China's time (UTC+8).
    Serial 60 is rejected: it is 1900-02-29, a day that never existed
    (Excel's inherited Lotus leap-year bug). Whole numbers 1900..2100 are
    rejected as bare years rather than read as serials from 1905.
    """
    epoch_check = _check_datemode(datemode)
    try:
        return _parse_date(value, epoch_check)
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的日期") from exc


def _check_datemode(datemode: int) -> int:
    if datemode not in (0, 1):
        raise ValueError(f"datemode must be 0 (1900 system) or 1 (1904 system), not {datemode!r}")
    return int(datemode)


def _parse_date(value: object, datemode: int) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return _check_date_range(value.date())
    if isinstance(value, _dt.date):
        return _check_date_range(value)
    if isinstance(value, str):
        return _date_from_text(value, datemode)
    if isinstance(value, bool):
        raise ValueProblem("逻辑值不是日期")
    if isinstance(value, (int, float, Decimal)):
        return _date_from_number(value, datemode)
    if value is None:
        raise ValueProblem("日期为空")
    if isinstance(value, numbers.Real):  # numpy numbers and the like
        return _date_from_number(float(value), datemode)
    raise ValueProblem("无法识别的日期")


def _check_date_range(day: _dt.date) -> _dt.date:
    if not _MIN_DATE <= day <= _MAX_DATE:
        raise ValueProblem("日期超出合理范围")
    return day


def _make_date(year: int, month: int, day: int) -> _dt.date:
    if not 1900 <= year <= 2100:
        raise ValueProblem("日期超出合理范围")
    if not 1 <= month <= 12:
        raise ValueProblem("月份无效")
    try:
        return _dt.date(year, month, day)
    except ValueError:  # year and month are valid, so it is the day
        raise ValueProblem("日期不存在") from None


def _date_from_number(value: int | float | Decimal, datemode: int) -> _dt.date:
    if isinstance(value, Decimal) and not value.is_finite():  # float() fails on sNaN
        raise ValueProblem("无法识别的日期")
    number = float(value)
    if not math.isfinite(number):
        raise ValueProblem("无法识别的日期")
    if 19_000_101 <= number <= 21_001_231:  # 20210305: a yyyymmdd, not a serial
        return _date_from_compact(number, 8)
    if 190_001 <= number <= 210_012:  # 202103: yyyymm (serials here are after 2100)
        return _date_from_compact(number, 6)
    if 1900 <= number < 2101:
        return _date_from_year_dot_month(number)
    if _UNIX_SECONDS_FROM <= number <= _UNIX_SECONDS_TO:
        return _date_from_unix(number)
    if _UNIX_SECONDS_FROM * 1000 <= number <= _UNIX_SECONDS_TO * 1000:
        return _date_from_unix(number / 1000)
    return _date_from_serial(number, datemode)


# A platform's dump writes a moment as a Unix timestamp, in seconds (1688348460) or milliseconds: one
# from 2000 to 2100 is far above any Excel serial (at most 2958465) and any yyyymmdd, so it can be
# nothing else. Its day is the day in China's time (UTC+8), where the village's books are kept.
_UNIX_SECONDS_FROM = 946_684_800  # 2000-01-01
_UNIX_SECONDS_TO = 4_102_444_800  # 2100-01-01
_CHINA_TIME = _dt.timezone(_dt.timedelta(hours=8))


def is_unix_time(value: object) -> bool:
    """Whether a cell is a Unix timestamp of 2000..2100 (seconds or milliseconds), as ``parse_date`` reads it."""
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            return False
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    number = float(value)
    return _UNIX_SECONDS_FROM <= number <= _UNIX_SECONDS_TO \
        or _UNIX_SECONDS_FROM * 1000 <= number <= _UNIX_SECONDS_TO * 1000


def _date_from_unix(seconds: float) -> _dt.date:
    """The day in China's time of a Unix timestamp in seconds."""
    return _dt.datetime.fromtimestamp(seconds, _CHINA_TIME).date()


def _date_from_year_dot_month(number: float) -> _dt.date:
    """2015.06 typed into a General cell: June 2015 (day 1, as for "2015年6月"). A whole number
    is a bare year; 2015.1 is January or, its 0 dropped by Excel, October: both are refused."""
    year = int(number)
    hundredths = round((number - year) * 100)
    if abs(number * 100 - round(number * 100)) > 1e-6:
        return _date_from_year_dot_month_day(number)
    if hundredths == 0:
        raise ValueProblem("数字像年份，缺少月日")
    month = hundredths // 10 if hundredths % 10 == 0 else hundredths
    if month == 1 and hundredths == 10:
        raise ValueProblem(f"数字 {year}.1 可能是{year}年1月，也可能是{year}年10月（数字末尾的0不保存），请核对原件")
    if not 1 <= month <= 12:
        raise ValueProblem("数字像年份，缺少月日")
    return _make_date(year, month, 1)


def _date_from_year_dot_month_day(number: float) -> _dt.date:
    """2023.0305 typed into a General cell: 5 March 2023. Its month and day are the four digits after
    the point; Excel drops a last 0, so 2023.041 is 2023.0410, 10 April (a last 0 is the only digit it
    drops, so three digits are never a month and a day of one digit each)."""
    year = int(number)
    ten_thousandths = round((number - year) * 10_000)
    if abs(number * 10_000 - round(number * 10_000)) > 1e-4 or ten_thousandths % 100 == 0:
        raise ValueProblem("数字像年份，缺少月日")
    return _make_date(year, ten_thousandths // 100, ten_thousandths % 100)


def _date_from_compact(number: float, digits: int) -> _dt.date:
    if not number.is_integer():
        raise ValueProblem("无法识别的日期")
    text = str(int(number))
    day = int(text[6:8]) if digits == 8 else 1
    return _make_date(int(text[:4]), int(text[4:6]), day)


def _date_from_serial(serial: float, datemode: int) -> _dt.date:
    if serial > _MAX_SERIAL:
        raise ValueProblem("日期超出合理范围")
    days = math.floor(serial)  # a fraction is the time of day
    if datemode == 1:
        if days < 0:
            raise ValueProblem("无法识别的日期")
        return _check_date_range(_EPOCH_1904 + _dt.timedelta(days=days))
    if days > 60:
        return _check_date_range(_dt.date.fromordinal(_EPOCH_1900_ORDINAL + days))
    if days < 1:
        raise ValueProblem("无法识别的日期")
    if days == 60:
        raise ValueProblem("日期不存在（Excel 序列号 60 即并不存在的 1900年2月29日）")
    return _EPOCH_1900_EARLY + _dt.timedelta(days=days)


def _date_text(text: str) -> str:
    """A date text folded, without a time after it and without spaces ("2023。4。20 10:30" -> "2023.4.20")."""
    text = _fold(text)
    if ":" in text:
        text = _TIME_SUFFIX_RE.sub("", text)
    if "。" in text:  # a Chinese keyboard types 。 for the dot: "2023。4。20"
        text = _IME_STOP_RE.sub(".", text)
    return _zeros_as_digits("".join(text.split()))


# The letter O and the ideographic 〇 (or the circle ○) typed for the digit 0 amid Arabic digits:
# "2O23年3月18日", "2〇23-04-10", "2〇16年5月2〇日". Read as 0 only in a text of nothing but digits, such
# zeros and a date's separators or 年月日: any other letter or word ("ZC-O04", "Oct 3, 2023") keeps the
# text as it is, and a date in Chinese numerals (二〇二三年六月十五日, no Arabic digit) is read as before.
_ZERO_LOOKALIKES = "Oo〇○"
_AS_ZEROS = str.maketrans(dict.fromkeys(_ZERO_LOOKALIKES, "0"))
_ZERO_LOOKALIKE_RE = re.compile(f"[{_ZERO_LOOKALIKES}]")
_DIGITS_AND_ZEROS_DATE_RE = re.compile(f"(?=.*\\d)(?=.*[年月日号./-])[\\d{_ZERO_LOOKALIKES}年月日号./-]+")


def _zeros_as_digits(text: str) -> str:
    """A date text with its O or 〇 typed for 0 amid Arabic digits read as 0 (``_ZERO_LOOKALIKES``)."""
    if _ZERO_LOOKALIKE_RE.search(text) and _DIGITS_AND_ZEROS_DATE_RE.fullmatch(text):
        return text.translate(_AS_ZEROS)
    return text


def zeros_typed_as_letters(value: object) -> str | None:
    """The look-alikes of a date cell that ``parse_date`` reads as 0 ("O" of "2O23年3月18日", "〇" of
    "2〇23-04-10"), so that the row can say what was read; None for any other cell."""
    if type(value) is not str or not _ZERO_LOOKALIKE_RE.search(value):
        return None
    text = _date_text(value)
    if _ZERO_LOOKALIKE_RE.search(text) or not _DIGITS_AND_ZEROS_DATE_RE.fullmatch(text) \
            or not parses(parse_date, value):
        return None
    return "".join(dict.fromkeys(_ZERO_LOOKALIKE_RE.findall(value)))


def _text_date_parts(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a ``_date_text``, by the patterns or as people type beyond them."""
    parts = _match_date_parts(text)
    if parts is None and text:
        parts = _loose_date_parts(text)
    return parts


def _date_from_text(value: str, datemode: int) -> _dt.date:
    text = value.strip().lstrip("'")  # a date typed as text after Excel's apostrophe
    if len(text) == 10 and text[4] == "-" and text[7] == "-":  # ISO, the commonest text
        match = _ISO_DATE_RE.fullmatch(text)
        if match is not None:
            return _make_date(int(match[1]), int(match[2]), int(match[3]))
    text = _date_text(text)
    parts = _text_date_parts(text)
    if parts is not None:
        year, month, day = parts
        return _make_date(year, month, day or 1)
    if not text or is_blank(text):
        raise ValueProblem("日期为空")
    if _PLAIN_NUMBER_RE.fullmatch(text) and len(text) <= 20:
        # A serial or yyyymmdd typed as text (CSV files carry no cell types).
        return _date_from_number(float(text), datemode)
    _raise_if_error_cell(text)
    raise ValueProblem("无法识别的日期")


def _match_date_parts(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) from a normalised date text, or None."""
    for pattern in _YMD_PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            day = match["d"]
            return int(match["y"]), int(match["m"]), int(day) if day else None
    if not text.isascii():
        return _match_chinese_date(text)
    if _ASCII_LETTER.search(text):
        return _match_english_date(text)
    return None


# English dates of a donor-funded project's book or a platform's English interface (spaces removed):
# 'Feb 3, 2023', 'March 18, 2023', 'Sept. 12, 2023', '12-May-2023', '3 March 2023', '8th May 2023'.
# The month's name tells month from day, so no order is guessed; the year must have four digits
# ('12-May-23' would need its century guessed, as '21.3.5' does, and stays unread).
ENGLISH_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_ASCII_LETTER = re.compile("[A-Za-z]")
_ENGLISH_DATE_PATTERNS = (
    re.compile(r"(?P<mon>[a-z]{3,9})\.?(?P<d>\d{1,2})(?:st|nd|rd|th)?,?(?P<y>\d{4})", re.ASCII),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[-/.]?(?P<mon>[a-z]{3,9})\.?[-/,]?(?P<y>\d{4})", re.ASCII),
)


def _match_english_date(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) of an English date with the month's name, or None."""
    folded = text.lower()
    for pattern in _ENGLISH_DATE_PATTERNS:
        match = pattern.fullmatch(folded)
        if match is not None and match["mon"] in ENGLISH_MONTHS:
            return int(match["y"]), ENGLISH_MONTHS[match["mon"]], int(match["d"])
    return None


# The words around one end of a term typed into its own question: "2018年1月1日起", "至2037年12月31日止".
_END_ONLY_RE = re.compile(r"^(?:至|到|截至|截止)")
_TERM_WORDS_RE = re.compile(r"^(?:自|从|至|到|截至|截止)|(?:起|止|始|开始|为止|截止)$")


def _loose_date_parts(text: str) -> tuple[int, int, int | None] | None:
    """Dates as people type them beyond the patterns: a weekday after the date ('2023/3/5 星期日',
    '2023年3月5日（周日）'), a closing dot ('2023.03.05.'), a term's 起 or 至…止 ('2018年1月1日起'). A two-digit year ('21.3.5') stays
    unread here on purpose: which century, and whether it is a year at all, is a guess; a sheet
    whose title names the year reads it (``short_year_date``, ``importers.cells.date_converter``)."""
    bare = _TERM_WORDS_RE.sub("", _WEEKDAY_TAIL_RE.sub("", text)).rstrip(".")
    return _match_date_parts(bare) if bare != text else None


def _match_chinese_date(text: str) -> tuple[int, int, int | None] | None:
    match = _CN_DATE_RE.fullmatch(text)
    if match is None:
        return None
    year = int(match["y"].translate(_CN_YEAR_DIGITS))
    month = _small_chinese_number(match["m"], "月份无效")
    day = _small_chinese_number(match["d"], "日无效") if match["d"] else None
    return year, month, day


def _small_chinese_number(text: str, reason: str) -> int:
    """'三' -> 3, '十二' -> 12, '二十五' -> 25, '二〇二一' -> 2021 (dates, counts)."""
    canon = text.translate(_UPPER_TABLE)
    if canon.isascii() and canon.isdigit():  # digit by digit, as years are written
        return int(canon)
    try:
        return _upper_integer(canon)
    except ValueProblem:
        raise ValueProblem(reason) from None


# Range separators; '-' is also inside dates, so every split point is tried.
_RANGE_SEPARATOR_RE = re.compile(r"至|到|~+|〜+|—+|–+|―+|-+")
_RANGE_NOISE = str.maketrans("", "", "自从起止")
_OPEN_END = frozenset({"", "今", "现在", "长期", "永久", "不定期"})
_END_WITHOUT_YEAR_RE = re.compile(r"(\d{1,2})(?:[./-]|月)(\d{1,2})[日号]?", re.ASCII)


def parse_date_range(value: object, *, datemode: int = 0) -> tuple[_dt.date | None, _dt.date | None]:
    """Split a range cell into (start, end); a single date gives (date, None).

    '2015.1.1-2045.12.31', '2015年1月1日至2045年12月31日',
    '自2015年1月1日起至2045年12月31日止', '2015/1/1~2045/12/31',
    '2015.1-2045.12', '2015-2045', '2021.3.1-3.31' (end in the same year).
    An endpoint given only to the month or year spans it: the start is its
    first day, the end its last day ('2015.1-2045.12' ends 2045-12-31).
    An open end ('2015.1.1至今') gives None. The order is not checked: a
    reversed range is evidence for the rules, not a parsing error.
    """
    epoch_check = _check_datemode(datemode)
    try:
        return _parse_date_range(value, epoch_check)
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的日期范围") from exc


def _parse_date_range(value: object, datemode: int) -> tuple[_dt.date | None, _dt.date | None]:
    if not isinstance(value, str):
        return _parse_date(value, datemode), None
    if _END_ONLY_RE.search(value.strip()) and not _RANGE_SEPARATOR_RE.search(value.strip()[1:]):
        # '至2045年12月31日' is a term's end alone: no start, and not a start either.
        raise ValueProblem("只写了截止日期，没有起始日期")
    try:  # a single date first, so that '2021-03-05' is not split at a hyphen
        return _parse_date(value, datemode), None
    except ValueProblem as problem:
        single_date_problem = problem
    text = _normalise(value).translate(_RANGE_NOISE)
    if not text or is_blank(text):
        raise ValueProblem("日期为空")
    for separator in _RANGE_SEPARATOR_RE.finditer(text):
        split = _try_split_range(text[: separator.start()], text[separator.end() :])
        if split is not None:
            return split
    if _EXCEL_ERROR_RE.fullmatch(text):
        raise single_date_problem
    if text != value:  # '2015年1月1日起': a single date once the 自/起/止 words are gone
        start = _range_endpoint(text, is_end=False)
        if start is not None and start[1]:
            return start[0], None
    lasting = _start_and_length(_normalise(value)) or _open_term(_normalise(value))
    if lasting is not None:
        return lasting
    raise ValueProblem("无法识别的日期范围")


# A term's end alone, as its question is answered: "至2035年12月止", "到2030年底", "截至2027.12.31".
_END_ONLY_TERM_RE = re.compile(r"(?:至|到|截至|截止)(?P<end>.+?)(?:年底)?(?:止|为止)?")
# A term that starts on a day and has no end: "2023.1.1起 长期", "2020年3月起，不定期".
_OPEN_TERM_RE = re.compile(r"(?:自|从)?(?P<start>.+?)起[,，、]?(?:长期|永久|不定期|至今)")


def term_end_only(value: object) -> _dt.date | None:
    """The end of a term that gives only its end ("至2035年12月止" -> 2035-12-31: a month or a year
    ends on its last day), or None. ``parse_date_range`` refuses such a cell, which it could only
    read as a start; a lease's reader takes its end from here, saying the start is unknown."""
    if not isinstance(value, str):
        return None
    match = _END_ONLY_TERM_RE.fullmatch(_normalise(value))
    if match is None:
        return None
    text = match["end"]
    if _normalise(value).endswith("年底") and text.isdigit():
        text = f"{text}年"
    end = _range_endpoint(text, is_end=True)
    return end[0] if end else None


def _open_term(text: str) -> tuple[_dt.date, None] | None:
    """(start, None) of a term that starts and has no end ("2023.1.1起 长期"), else None."""
    match = _OPEN_TERM_RE.fullmatch(text)
    start = _range_endpoint(match["start"], is_end=False) if match else None
    return (start[0], None) if start else None


# A term written as its start and its length: "2022年3月起，五年", "2019年起十年", "自2020年1月1日起为期3年".
_START_AND_YEARS_RE = re.compile(
    r"(?:自|从)?(?P<start>.+?)起[,，、]?\s*(?:为期|共|计|期限)?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})年(?:期)?")


def _start_and_length(text: str) -> tuple[_dt.date, _dt.date] | None:
    """(start, end) of a term given as its start and a number of years: the end is the day before the
    start's anniversary ("2022年3月起，五年": 2022-03-01 to 2027-02-28); None for any other text."""
    match = _START_AND_YEARS_RE.fullmatch(text)
    if match is None:
        return None
    start = _range_endpoint(match["start"], is_end=False)
    if start is None:
        return None
    try:
        years = int(match["n"]) if match["n"].isdigit() else _small_chinese_number(match["n"], "年数无效")
    except ValueProblem:
        return None
    first = start[0]
    anniversary = first.year + years
    if not 0 < years <= 99 or anniversary > _MAX_DATE.year:
        return None
    if first.day > monthrange(anniversary, first.month)[1]:  # from 29 February to the 28th, its eve
        return first, _dt.date(anniversary, first.month, monthrange(anniversary, first.month)[1])
    return first, _dt.date(anniversary, first.month, first.day) - _dt.timedelta(days=1)


def _try_split_range(left: str, right: str) -> tuple[_dt.date, _dt.date | None] | None:
    start = _range_endpoint(left, is_end=False)
    if start is None:
        return None
    start_date, start_has_day = start
    if right in _OPEN_END:
        return start_date, None
    end = _range_endpoint(right, is_end=True)
    if end is not None:
        return start_date, end[0]
    if start_has_day:  # '2021.3.1-3.31': the end is in the start's year
        end_date = _end_in_start_year(right, start_date)
        if end_date is not None:
            return start_date, end_date
    return None


def _range_endpoint(text: str, *, is_end: bool) -> tuple[_dt.date, bool] | None:
    """(date, had a day) for a range endpoint; month or year precision widens
    to the whole span (the start is its first day, the end its last)."""
    parts = _match_date_parts(text)
    if parts is None:
        year_match = _YEAR_ONLY_RE.fullmatch(text)
        if year_match is None:
            return None
        parts = (int(year_match["y"]), 12 if is_end else 1, None)
    year, month, day = parts
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        return None
    has_day = day is not None
    if day is None:
        day = monthrange(year, month)[1] if is_end else 1
    try:
        return _make_date(year, month, day), has_day
    except ValueProblem:
        return None


def _end_in_start_year(text: str, start: _dt.date) -> _dt.date | None:
    match = _END_WITHOUT_YEAR_RE.fullmatch(text)
    if match is None:
        return None
    month, day = int(match[1]), int(match[2])
    try:
        end = _make_date(start.year, month, day)
        # '2021.12.1-1.31' runs into the next year.
        return end if end >= start else _make_date(start.year + 1, month, day)
    except ValueProblem:
        return None


# A date written without its year, as hand-kept journals do under a title that names the year:
# '1.5', '1月5日', '01-05', '1/5'. Two parts of one or two digits, the first a month.
_MONTH_DAY_RE = re.compile(r"(?P<m>\d{1,2})(?:[./-]|月)(?P<d>\d{1,2})[日号]?", re.ASCII)
# The same in Chinese numerals, as a hand-kept journal writes it: '一月五日', '十二月三十一日'.
_CN_MONTH_DAY_RE = re.compile(r"(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})[日号]")


def names_no_day(text: str) -> bool:
    """Whether a date text gives a year and month but no day ("2020年3月", "2018.3", "2018-03")."""
    parts = _text_date_parts(_date_text(text.strip().lstrip("'")))
    return parts is not None and parts[2] is None


def month_end(first: _dt.date) -> _dt.date:
    """The last day of a date's month."""
    return _dt.date(first.year, first.month, monthrange(first.year, first.month)[1])


# A date written to a third of a month (旬) only: "2023年3月上旬", "2021.5中旬". Its first day is the
# 1st, 11th or 21st; its last the 10th, 20th or the month's last day.
_DEKAD_RE = re.compile(r"(?P<month>.+?)(?P<third>[上中下])旬")
_DEKAD_FIRST_DAY = {"上": 1, "中": 11, "下": 21}


def dekad_days(value: object) -> tuple[_dt.date, _dt.date] | None:
    """(first day, last day) of the 旬 a text date names ("2023年3月上旬": 3月1日 and 3月10日), or None
    for any other cell. The caller decides which day stands for the date and says so."""
    if not isinstance(value, str):
        return None
    match = _DEKAD_RE.fullmatch(_normalise(value))
    if match is None or not names_no_day(match["month"]):
        return None
    try:
        first = _parse_date(match["month"], 0)
    except ValueProblem:
        return None
    day = _DEKAD_FIRST_DAY[match["third"]]
    last = month_end(first) if day == 21 else first.replace(day=day + 9)
    return first.replace(day=day), last


# A date written to a quarter, a half-year or a run of months only: "2023年第一季度", "2023年一季度",
# "2023-Q3", "2023年上半年", "2023年1-3月" (folded text). Its first day and its last.
_QUARTER_RE = re.compile(r"(?P<y>\d{4})(?:年度?)?(?:第)?(?P<q>[一二三四1-4])季度?|(?P<y2>\d{4})[-\s]?[Qq](?P<q2>[1-4])")
_HALF_RE = re.compile(r"(?P<y>\d{4})年?度?(?P<h>[上下])半年度?")
_MONTH_RUN_RE = re.compile(r"(?P<y>\d{4})年(?P<m1>\d{1,2})月?[-~至到](?P<m2>\d{1,2})月份?")
_QUARTER_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


def period_days(value: object) -> tuple[_dt.date, _dt.date] | None:
    """(first day, last day) of the 旬 (``dekad_days``), quarter, half-year or run of months a text date
    names ("2023年第一季度": 1 January and 31 March), or None for any other cell. The caller decides which
    day stands for the date and says so."""
    days = dekad_days(value)
    if days is not None or not isinstance(value, str):
        return days
    text = _normalise(value)
    months = _period_months(text)
    if months is None:
        return None
    year, first, last = months
    if not (1900 <= year <= 2100 and 1 <= first <= last <= 12):
        return None
    return _dt.date(year, first, 1), month_end(_dt.date(year, last, 1))


def _period_months(text: str) -> tuple[int, int, int] | None:
    """(year, first month, last month) of a quarter, half-year or run of months, or None."""
    quarter = _QUARTER_RE.fullmatch(text)
    if quarter is not None:
        year, digit = quarter["y"] or quarter["y2"], quarter["q"] or quarter["q2"]
        number = _QUARTER_DIGITS.get(digit) or int(digit)
        return int(year), 3 * number - 2, 3 * number
    half = _HALF_RE.fullmatch(text)
    if half is not None:
        return (int(half["y"]), 1, 6) if half["h"] == "上" else (int(half["y"]), 7, 12)
    run = _MONTH_RUN_RE.fullmatch(text)
    if run is not None:
        return int(run["y"]), int(run["m1"]), int(run["m2"])
    return None


_MONTH_ALONE_RE = re.compile(r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?")


def month_alone(value: object) -> int | None:
    """The month of a cell that names a month and nothing else ("二月份", "3月", "十二月"), or None."""
    if not isinstance(value, str):
        return None
    match = _MONTH_ALONE_RE.fullmatch(_normalise(value))
    return None if match is None else month_number(match["m"])


def month_number(text: str) -> int:
    """A month written in figures or in Chinese numerals ("3", "03", "十二") as its number."""
    return int(text) if text.isdigit() else _small_chinese_number(text, "月份无效")


def month_day(value: object) -> tuple[int, int] | None:
    """(month, day) from a date without a year ('1.5', '1月5日', '一月五日', '01-05', the number 8.15), or None.

    A number is one only with two decimals, the second not 0: 8.15 is August 15th, but 8.1 could be
    the 1st or the 10th (8.10), and 8.20 the 2nd or the 20th.
    """
    if isinstance(value, float) and not isinstance(value, bool):
        return _month_day_number(value)
    if not isinstance(value, str):
        return None
    text = _normalise(value)
    match = _MONTH_DAY_RE.fullmatch(text)
    if match is not None:
        month, day = int(match["m"]), int(match["d"])
    else:
        match = _CN_MONTH_DAY_RE.fullmatch(text)
        if match is None:
            return None
        try:
            month, day = _small_chinese_number(match["m"], "月份无效"), _small_chinese_number(match["d"], "日无效")
        except ValueProblem:
            return None  # '十十月' names no month
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _month_day_number(value: float) -> tuple[int, int] | None:
    if not math.isfinite(value) or value <= 0:
        return None
    text = f"{value:.2f}"
    if text.endswith("0") or float(text) != round(value, 6):
        return None  # 8.1, 8.2: the 1st or the 10th; 8.153: no date
    month, day = (int(part) for part in text.split("."))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


_DAY_ONLY_RE = re.compile(r"(?P<d>\d{1,2})[日号]", re.ASCII)


def day_only(value: object) -> int | None:
    """The day of a date cell that gives only its day ("5日", "18号"), or None."""
    if not isinstance(value, str):
        return None
    match = _DAY_ONLY_RE.fullmatch(_normalise(value))
    day = int(match["d"]) if match else 0
    return day if 1 <= day <= 31 else None


# Years a village record's date may be written as alone (购建年份 2012, 签订时间 "2013年"): from the
# founding of the collectives on. 1900..1948 stay refused as before, and a serial never falls here:
# ``_date_from_number`` reads every whole number 1900..2100 as a bare year, never as a day of 1905.
PLAUSIBLE_YEARS = range(1949, 2101)
_BARE_YEAR_RE = re.compile(r"(?P<y>\d{4})(?:年|年度)?", re.ASCII)


def bare_year(value: object) -> int | None:
    """The year of a date cell that holds only a year (2017, 2017.0, "2012", "2014年", "2014年度"),
    or None; only a year in ``PLAUSIBLE_YEARS``. ``parse_date`` refuses such a cell (it has no
    day); the caller decides whether a year alone may stand for a date and says so."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
        year = int(number) if math.isfinite(number) and number.is_integer() else None
    elif isinstance(value, str):
        match = _BARE_YEAR_RE.fullmatch(_normalise(value))
        year = int(match["y"]) if match else None
    else:
        return None
    return year if year in PLAUSIBLE_YEARS else None


# A date typed with a two-digit year: '19.3.5', '19/3/5', '19-03-05', '19年3月5日'.
_SHORT_YEAR_RE = re.compile(r"(?P<y>\d{2})(?:(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)|年(?P<cm>\d{1,2})月)"
                            r"(?P<d>\d{1,2})[日号]?", re.ASCII)


def short_year_date(value: object) -> tuple[int, int, int] | None:
    """(two-digit year, month, day) of a text date typed with a short year ('19.3.5', '19年3月5日'),
    or None. Only the caller knows the century: the year its sheet's title names."""
    match = _short_year_match(value)
    if match is None:
        return None
    month, day = int(match["m"] or match["cm"]), int(match["d"])
    return (int(match["y"]), month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# A month typed with a two-digit year: '21年6月', '21年06月份' (the 年 says which figure is the year).
_SHORT_YEAR_MONTH_RE = re.compile(r"(?P<y>\d{2})年(?P<m>\d{1,2})月份?", re.ASCII)


def short_year_month(value: object) -> tuple[int, int] | None:
    """(two-digit year, month) of a text that gives a month with a short year ('21年6月'), or None. As
    for ``short_year_date``, only the caller knows the century."""
    match = _SHORT_YEAR_MONTH_RE.fullmatch(_normalise(value)) if isinstance(value, str) else None
    if match is None:
        return None
    month = int(match["m"])
    return (int(match["y"]), month) if 1 <= month <= 12 else None


def short_year_in_order(value: object) -> bool:
    """Whether a two-digit-year date is written in the one order Chinese ledgers use, year first
    ('19.8.20', '19-8-20', '19年8月20日'). A slash ('12/9/1') is also Excel's month/day/year and
    a European day/month/year: its order is not known, so it is read only as near the title's year."""
    match = _short_year_match(value)
    return match is not None and match["sep"] != "/"


def _short_year_match(value: object) -> re.Match[str] | None:
    return _SHORT_YEAR_RE.fullmatch(_normalise(value)) if isinstance(value, str) else None


# A lease or contract term written as a length ('30年', '三十年', '15 年期') instead of a range.
_TERM_YEARS_RE = re.compile(r"(?:共|为期)?(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,4})(?:个)?(?:周年|年)期?")


def term_years(value: object) -> int | None:
    """The number of years of a term written as a length ('30年', '三十年', or a bare whole number
    1..100 as a 承包年限 column holds it: 20, 20.0, '20'), or None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() and 0 < value <= 100 else None
    if not isinstance(value, str):
        return None
    text = _normalise(value)
    if text.isascii() and text.isdigit():
        return int(text) if 0 < int(text) <= 100 else None
    match = _TERM_YEARS_RE.fullmatch(text)
    if match is None:
        return None
    try:
        years = _small_chinese_number(match["n"], "年限无效")
    except ValueProblem:
        return None
    return years if 0 < years <= 100 else None


# A term written as a length of time of any unit: '90天', '3个月', '1年6个月', '一年半', '45日历天'.
# A bare '3月' is no length (it reads as March); a length needs 个 before 月.
_DURATION_PART = r"(?:\d{1,3}(?:\.\d+)?|[一二三四五六七八九十两半]{1,4})(?:周年|年半|年|个半?月|日历天|天|日)"
_DURATION_RE = re.compile(rf"(?:共|为期)?(?:{_DURATION_PART})+期?")


def is_duration(value: object) -> bool:
    """Whether a term cell is a length of time ('5年', '90天', '3个月'), not a range of dates: a
    valid 期限 from which no start or end follows by itself."""
    return isinstance(value, str) and _DURATION_RE.fullmatch(_normalise(value)) is not None


def parse_ymd(year: object, month: object, day: object) -> _dt.date:
    """A date from separate 年/月/日 columns (序时账 exports).

    Each part may be an int, a float from the reader (2021.0), or text such
    as '2021', '2021年', '03', '3月', '5日', '5号', '三月'.
    """
    try:
        year_number = _date_component(year, "年", "年份无效")
        month_number = _date_component(month, "月", "月份无效")
        day_number = _date_component(day, "日号", "日无效")
        if not 1900 <= year_number <= 2100:
            raise ValueProblem("日期超出合理范围" if year_number >= 1000 else "年份无效")
        return _make_date(year_number, month_number, day_number)
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的日期") from exc


def _date_component(value: object, suffixes: str, reason: str) -> int:
    if isinstance(value, bool) or value is None:
        raise ValueProblem(reason)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueProblem(reason)
        return int(value)
    if not isinstance(value, str):
        raise ValueProblem(reason)
    text = _normalise(value).rstrip(suffixes)
    if text.endswith(".0"):  # '2021.0' from a CSV written by a float reader
        text = text[:-2]
    if text.isascii() and text.isdigit() and len(text) <= 4:
        return int(text)
    if text and all(ch in _UPPER_ALPHABET for ch in text) and len(text) <= 4:
        return _small_chinese_number(text, reason)
    raise ValueProblem(reason)


# ---------------------------------------------------------------------------
# Plain numbers and counts
# ---------------------------------------------------------------------------

# Units that may trail a quantity. Money units are deliberately absent:
# '12.5万元' is money, and must go through parse_money.
_NUMBER_RE = re.compile(
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+))"
    r"(?:亩|垧|平方米|平米|平方|hm2|hm²|m2|m²|公顷|千米|公里|km|米|m|个|件|台|套|辆|间|栋|座|处|"
    r"人|户|张|份|页|笔|次|个月|年|月|天|日|吨|t|kg|公斤|斤|株|棵|头|只|条|本|册)?",
    re.IGNORECASE | re.ASCII,
)
_MAX_NUMBER = 1e15


def parse_number(value: object) -> float:
    """A plain quantity such as an area in 亩: '12.5', '12.5亩', '1,200', 12.5."""
    try:
        return _parse_number(value)
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的数值") from exc


def _parse_number(value: object) -> float:
    if isinstance(value, bool):
        raise ValueProblem("逻辑值不是数值")
    if isinstance(value, Decimal) and not value.is_finite():  # float() fails on sNaN
        raise ValueProblem("数值超出合理范围")
    if isinstance(value, (numbers.Real, Decimal)):  # Decimal is not a numbers.Real
        number = float(value)
    elif isinstance(value, str):
        number = _number_from_text(value)
    elif value is None:
        raise ValueProblem("数值为空")
    else:
        raise ValueProblem("无法识别的数值")
    if not math.isfinite(number) or abs(number) > _MAX_NUMBER:
        raise ValueProblem("数值超出合理范围")
    return number


def _number_from_text(value: str) -> float:
    text = _normalise(value)
    if not text or is_blank(text):
        raise ValueProblem("数值为空")
    match = _NUMBER_RE.fullmatch(text)
    if match is None:
        _raise_if_error_cell(text)
        raise ValueProblem("无法识别的数值")
    digits = match["num"].replace(",", "")
    if len(digits) > 40:
        raise ValueProblem("数值超出合理范围")
    return float(digits)


# How many 亩 one unit of area is: 1 公顷 = 15 亩 and 1 亩 = 10000/15 平方米, both exactly.
# hm² is the 公顷 (a forestry register's 面积（hm²）): read as m² it would make 63 亩 0.0063.
# The 垧 of 东北 is 15 亩 in most of 黑龙江 and 吉林 (10 亩 in some places: the sheet's note says so).
SHANG_IN_MU = 15.0
_MU_PER_UNIT = {"亩": 1.0, "公顷": 15.0, "hm²": 15.0, "hm2": 15.0, "平方米": 0.0015, "平米": 0.0015, "平方": 0.0015,
                "m2": 0.0015, "m²": 0.0015, "㎡": 0.0015, "垧": SHANG_IN_MU}
# The same units in English (a donor-funded project's lease list: "Area Unit" of mu | ha | sq m), spaces
# removed. They are read only as a whole cell or a whole bracket ("Area (ha)"): "ha" or "mu" inside a
# word or a name is no unit.
ENGLISH_AREA_UNITS = {"mu": "亩", "ha": "公顷", "hectare": "公顷", "hectares": "公顷", "sqm": "平方米", "sq.m": "平方米",
                      "sq.m.": "平方米", "sqmetres": "平方米", "squaremetres": "平方米", "squaremeters": "平方米",
                      "squaremetre": "平方米", "squaremeter": "平方米"}
_AREA_UNIT_RE = re.compile(r"(公顷|hm²|hm2|平方米|平米|平方|m2|m²|㎡|亩|垧)$", re.IGNORECASE)
_AREA_IN_HEADER_RE = re.compile(r"公顷|hm²|hm2|平方米|平米|㎡|m2|m²|亩|垧", re.IGNORECASE)
_ENGLISH_AREA_BRACKET_RE = re.compile(r"[(\[](?P<unit>[a-z.]+)[)\]]")


def area_unit_from_text(text: str) -> str | None:
    """The area unit a header names: '面积（平方米）' -> '平方米', '面积(亩)' -> '亩', '面积' -> None;
    in English a whole cell or bracket: 'ha', 'sq m', 'Area (ha)' -> '公顷'."""
    if not isinstance(text, str):
        return None
    folded = _normalise(text)
    match = _AREA_IN_HEADER_RE.search(folded)
    if match:
        return match.group().lower()
    return _english_area_unit(folded)


def _english_area_unit(folded: str) -> str | None:
    lower = folded.lower()
    if lower in ENGLISH_AREA_UNITS:
        return ENGLISH_AREA_UNITS[lower]
    bracket = _ENGLISH_AREA_BRACKET_RE.search(lower)
    return ENGLISH_AREA_UNITS.get(bracket["unit"]) if bracket else None


def is_area_unit(text: str) -> bool:
    """Whether a cell names an area unit and nothing else: '公顷', '亩', '平方米', 'ha', 'sq m' (not '元',
    not '村委会')."""
    folded = _normalise(text)
    return bool(_AREA_UNIT_RE.fullmatch(folded)) or folded.lower() in ENGLISH_AREA_UNITS


def area_in_unit(number: float, unit: str | None) -> float:
    """An area of ``number`` ``unit`` (亩 when None) in 亩."""
    factor = _MU_PER_UNIT.get(unit or "亩", 1.0)
    return number if factor == 1.0 else round(number * factor, 6)


# An area in the 亩 of the land registers, with its 分 (0.1 亩) and 厘 (0.01 亩): "3亩2分5厘", "5亩6分",
# "3亩零5厘", "8分" (folded text). Read as one number each figure's place counts: 3亩2分5厘 is 3.25 亩.
_MU_FEN_LI_RE = re.compile(r"(?:(?P<mu>\d+)亩)?(?:零?(?P<fen>\d)分)?(?:零?(?P<li>\d)厘)?(?:地)?")
# An area stated roughly: "约40亩", "大约3公顷", "40亩左右". It is read as the figure stated, and the row
# says it is not exact (``area_estimate``), as for money (``estimate``).
_AREA_ESTIMATE_RE = re.compile(r"(?P<about>约|大约)(?P<figure>[^约]+)|(?P<ceiling>.+?)(?P<limit>左右)")


def area_estimate(value: object) -> tuple[str, str] | None:
    """(the word, the figure) of an area cell that is an estimate: ("约", "40亩") of "约40亩",
    ("左右", "3公顷") of "3公顷左右"; None for any other cell."""
    if type(value) is not str or not ("约" in value or "約" in value or "左右" in value):
        return None
    match = _AREA_ESTIMATE_RE.fullmatch(_normalise(value))
    if match is None:
        return None
    figure = match["figure"] or match["ceiling"]
    return (match["about"] or match["limit"], figure) if parses(area_parts, figure) else None


def _mu_fen_li(text: str) -> float | None:
    """The 亩 of "3亩2分5厘" (3.25), "5亩6分" (5.6), "3亩零5厘" (3.05); None unless a 分 or 厘 is written."""
    match = _MU_FEN_LI_RE.fullmatch(text)
    if match is None or not (match["fen"] or match["li"]):
        return None
    return round(int(match["mu"] or 0) + int(match["fen"] or 0) / 10 + int(match["li"] or 0) / 100, 2)


def area_parts(value: object) -> tuple[float, str | None]:
    """An area cell as (number, the unit written in the cell or None): '860平方米' -> (860.0, '平方米'),
    '3亩2分5厘' -> (3.25, '亩'), '约40亩' -> (40.0, '亩') (``area_estimate`` tells it is rough)."""
    if isinstance(value, str):
        text = _normalise(value)
        mu = _mu_fen_li(text)
        if mu is not None:
            return mu, "亩"
        rough = area_estimate(value)
        if rough is not None:
            return area_parts(rough[1])
    number = parse_number(value)
    match = _AREA_UNIT_RE.search(_normalise(value)) if isinstance(value, str) else None
    return number, match.group().lower() if match else None


def parse_area(value: object, unit: str | None = None) -> float:
    """An area in 亩, the unit of the field: '12.5亩', '0.8公顷' -> 12.0, '300平方米' -> 0.45.

    The unit written in the cell wins over the column's (``unit``, from its header);
    a bare number is in the column's unit, or 亩 when the header names none.
    A number in another unit taken for 亩 would make a 300㎡ shop a 300-亩 farm.
    """
    number, written = area_parts(value)
    return area_in_unit(number, written or unit)


def parse_int(value: object) -> int:
    """A whole count, e.g. the number of attachments: 3, 3.0, '3', '3张', '三'."""
    try:
        return _parse_int(value)
    except ValueProblem:
        raise
    except (ValueError, ArithmeticError, TypeError) as exc:  # safety net: never leak
        raise ValueProblem("无法识别的整数") from exc


def _parse_int(value: object) -> int:
    if type(value) is int:
        return value  # type: ignore[return-value]
    if isinstance(value, str):
        text = _normalise(value)
        if text and len(text) <= 8 and all(ch in _UPPER_ALPHABET for ch in text):
            return _small_chinese_number(text, "无法识别的整数")
    number = _parse_number(value)
    if not number.is_integer():
        raise ValueProblem("不是整数")
    return int(number)
