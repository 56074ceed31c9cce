"""Property tests of the value parsers and name normalisation, beyond tests/test_values.py.

tests/test_values.py already proves that parse_money / parse_date /
parse_upper_amount raise nothing but ValueProblem on arbitrary cells and that
parse(format(x)) round-trips. Here: arbitrary Unicode for names, the
invariances DESIGN.md promises for counterparty names, round trips through
the shapes a spreadsheet really stores, and bounded time on long hostile
input (a catastrophic regex would hang an import on one cell).
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from importers.values import (
    ValueProblem,
    format_upper_amount,
    parse_date,
    parse_money,
    parse_upper_amount,
)
from xuncha.money import format_yuan
from xuncha.names import clean_text, is_person_name, normalize_name, trade_core

MAX_FEN = 10**14

# Names as they appear in village books: CJK, Latin, digits, brackets, separators, odd spaces.
NAME_CHARS = list("浙江湖州市安吉县宏达远建设工程有限责任公司股份分公司经营部合作社王李张欧阳")
NAME_CHARS += list("（）()【】[]《》<>「」 　·.-_/,，、AaBbＺｚ0１2３\t\n\u200b\u00a0")
names = st.one_of(st.text(), st.text(alphabet=st.sampled_from(NAME_CHARS), max_size=40))


def _only_value_problem(function, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    try:
        function(*args, **kwargs)
    except ValueProblem:
        pass


# --- names --------------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names)
@example("İstanbul建设有限公司")       # lower() of a dotted capital I grows a combining mark
@example("ß宏达ẞ建设")
@example("（）")
@example("有限公司有限公司")
@example("浙江省浙江省")
@example("\u0130\u0307")
def test_normalize_name_never_raises_and_is_idempotent(name: str) -> None:
    once = normalize_name(name)
    assert isinstance(once, str)
    assert normalize_name(once) == once


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text)


company_names = st.builds(
    lambda place, core, suffix: place + core + suffix,
    st.sampled_from(["", "浙江", "湖州市", "安吉县", "浙江省湖州市"]),
    st.text(alphabet=st.sampled_from(list("宏达远青松竹乡明亮华建设工程园林绿化ABC123")), min_size=2, max_size=8),
    st.sampled_from(["", "有限公司", "有限责任公司", "（有限公司）", "股份有限公司", "专业合作社", "经营部"]),
)


@settings(max_examples=300, deadline=None)
@given(company_names)
def test_width_and_spacing_never_make_two_companies(name: str) -> None:
    """DESIGN.md: counterparties are compared after full-width/half-width and spaces are folded."""
    normal = normalize_name(name)
    assert normalize_name(_full_width(name)) == normal
    assert normalize_name(" ".join(name)) == normal
    assert normalize_name(f" {name}\u3000") == normal


@settings(max_examples=300, deadline=None)
@given(names)
def test_name_helpers_never_raise(name: str) -> None:
    clean_text(name)
    is_person_name(clean_text(name))
    core = trade_core(name)
    assert isinstance(core, str)


# --- money --------------------------------------------------------------------------------------

fen_amounts = st.integers(min_value=-MAX_FEN, max_value=MAX_FEN)


@given(fen_amounts)
def test_money_round_trips_through_the_shapes_cells_hold(fen: int) -> None:
    yuan = Decimal(fen) / 100
    assert parse_money(f"{yuan:.2f}") == fen                  # a text cell
    assert parse_money(f"{yuan:,.2f}元") == fen               # grouped, with the unit
    assert parse_money(f"￥{format_yuan(fen)}") == fen        # the full-width yen sign
    if abs(fen) < 2**53:
        assert parse_money(int(fen) / 100) == fen            # a number cell (float)


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_upper_amount_round_trips_and_is_canonical(fen: int) -> None:
    text = format_upper_amount(fen)
    assert parse_upper_amount(text) == fen
    assert format_upper_amount(parse_upper_amount(text)) == text


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2,
                   min_value=Decimal(-10**12), max_value=Decimal(10**12)))
def test_parse_money_of_a_decimal_is_exact(amount: Decimal) -> None:
    assert parse_money(amount) == int(amount * 100)


@given(st.text(min_size=1, max_size=60), st.sampled_from(["yuan", "wan", None]))
def test_parse_money_result_is_an_int_in_range_or_a_value_problem(text: str, unit: str | None) -> None:
    try:
        fen = parse_money(text, unit)
    except ValueProblem as problem:
        assert str(problem) and not str(problem).isascii()  # the reason is Chinese
        return
    assert type(fen) is int and abs(fen) <= MAX_FEN


# --- dates --------------------------------------------------------------------------------------


@given(st.dates())
def test_any_date_parses_to_itself_or_is_out_of_range(day: dt.date) -> None:
    try:
        assert parse_date(day) == day
    except ValueProblem as problem:
        assert "范围" in str(problem)
        assert not dt.date(1900, 1, 1) <= day <= dt.date(2100, 12, 31)


@given(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0, 1]))
def test_serial_numbers_never_raise_anything_else(serial: float, datemode: int) -> None:
    _only_value_problem(parse_date, serial, datemode=datemode)


# --- bounded time on hostile text ------------------------------------------------------------------

HOSTILE = [
    "1" * 20_000,
    "1," * 10_000,
    "壹" * 10_000,
    "壹仟" * 5_000,
    "万" * 10_000,
    "1.1.1." * 3_000,
    "2021年" * 4_000,
    "(" * 10_000 + "1" + ")" * 10_000,
    "（有限公司）" * 3_000,
    "有限公司" * 5_000 + "分公司",
    "湖州市" * 5_000,
    "宏达" * 5_000 + "公司" * 5_000 + "分公司",
    " " * 20_000 + "x",
    "-" * 20_000,
    "#" * 10_000 + "REF!",
    "1e" + "9" * 10_000,
]


def test_parsers_and_normalisation_take_bounded_time_on_long_hostile_cells() -> None:
    for text in HOSTILE:
        start = time.perf_counter()
        _only_value_problem(parse_money, text)
        _only_value_problem(parse_money, text, "wan")
        _only_value_problem(parse_upper_amount, text)
        _only_value_problem(parse_date, text)
        normalize_name.cache_clear()
        normalize_name(text)
        elapsed = time.perf_counter() - start
        assert elapsed < 1.0, (text[:30], elapsed)
