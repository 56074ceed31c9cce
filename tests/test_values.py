"""Tests for importers.values: the cell-value parsers every importer uses."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from importers.values import (
    ValueProblem,
    clean_text,
    format_upper_amount,
    is_blank,
    parse_date,
    parse_date_range,
    parse_int,
    parse_money,
    parse_number,
    parse_upper_amount,
    parse_ymd,
    parses,
    unit_from_text,
)
from xuncha.money import format_yuan

D = dt.date
MAX_FEN = 10**14  # 1e12 yuan, the documented plausibility limit


# ---------------------------------------------------------------------------
# is_blank / clean_text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [None, "", " ", "\u3000", "\xa0", "\t\n", "-", "--", " - ", "—", "——", "–", "－", "/", "／",
     "\\", "无", " 无 ", "暂无", "空", "N/A", "n/a", "null", "None", "\u200b", float("nan")],
)
def test_is_blank_true(value):
    assert is_blank(value)


@pytest.mark.parametrize(
    "value",
    ["0", 0, 0.0, "x", "无锡", "无息贷款", "-1", "1/2", "#N/A", "#REF!", False, D(2021, 1, 1), "——某村"],
)
def test_is_blank_false(value):
    assert not is_blank(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("  \u3000 ", None),
        ("-", None),
        ("无", None),
        ("  宏达建设\u3000", "宏达建设"),
        ("宏达  建设\u3000\u3000有限公司", "宏达 建设 有限公司"),
        ("第一行\n第二行", "第一行 第二行"),
        ("宏达\u200b建设", "宏达建设"),
        ("（有限公司）", "（有限公司）"),  # original characters kept, no NFKC folding
        ("ＡＢＣ", "ＡＢＣ"),
        (15.0, "15"),
        (15.5, "15.5"),
        (-3.0, "-3"),
        (15, "15"),
        (1.5e20, "1.5e+20"),
        (float("nan"), None),
        (float("inf"), None),
        (True, "TRUE"),
        (D(2021, 3, 5), "2021-03-05"),
        (dt.datetime(2021, 3, 5), "2021-03-05"),
        (dt.datetime(2021, 3, 5, 14, 30), "2021-03-05 14:30:00"),
        (Decimal("12.50"), "12.50"),
    ],
)
def test_clean_text(value, expected):
    assert clean_text(value) == expected


# ---------------------------------------------------------------------------
# parse_money
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected_fen"),
    [
        # numbers as readers return them
        (12500, 1_250_000),
        (12500.0, 1_250_000),
        (0, 0),
        (0.0, 0),
        (-1200.0, -120_000),
        (0.1, 10),
        (0.1 + 0.2, 30),  # 0.30000000000000004 is still 30 fen
        (1.005, 101),  # exact decimal 1.005, half-up (round(1.005 * 100) would give 100)
        (2.675, 268),
        (0.005, 1),
        (0.004, 0),
        (-0.005, -1),  # half away from zero
        (12500.126, 1_250_013),
        (Decimal("12.345"), 1235),
        (1e12, 10**14),
        # plain text
        ("12500", 1_250_000),
        ("12500.00", 1_250_000),
        ("12500.", 1_250_000),
        (".5", 50),
        ("0", 0),
        ("+100", 10_000),
        ("12,500.00", 1_250_000),
        ("1,234,567.89", 123_456_789),
        ("  12500 ", 1_250_000),
        ("12 500", 1_250_000),
        # currency signs and units
        ("¥12,500.00", 1_250_000),
        ("￥12500", 1_250_000),
        ("¥ 12500", 1_250_000),
        ("RMB 100", 10_000),
        ("rmb100", 10_000),
        ("CNY 100", 10_000),
        ("人民币12500元", 1_250_000),
        ("1200元", 120_000),
        ("1,200.5 元", 120_050),
        ("1200元整", 120_000),
        ("1200圆", 120_000),
        ("12.5万", 12_500_000),
        ("12.5万元", 12_500_000),
        ("9.05万元", 9_050_000),
        ("1.2亿", 12_000_000_000),
        ("1.2亿元", 12_000_000_000),
        ("5千元", 500_000),
        ("3千", 300_000),
        # negatives
        ("-1200", -120_000),
        ("−1200", -120_000),  # U+2212 minus sign
        ("(1,200.00)", -120_000),
        ("（1200）", -120_000),
        ("(¥1,200.00)", -120_000),
        ("-¥1,200.00", -120_000),
        ("¥-1,200.00", -120_000),
        ("-12.5万", -12_500_000),
        # full-width
        ("１２５００", 1_250_000),
        ("１２，５００．００", 1_250_000),
        ("￥１２５００元", 1_250_000),
        # upper-case amounts
        ("壹万贰仟伍佰元整", 1_250_000),
        ("伍万零壹佰肆拾贰圆伍角", 5_014_250),
        ("人民币叁拾万元整", 30_000_000),
        ("壹佰元零伍分", 10_005),
        ("玖万零伍佰元整", 9_050_000),
        ("拾万元整", 10_000_000),
        ("壹仟零贰拾元整", 102_000),
        ("贰亿叁仟万元整", 23_000_000_000),
        ("人民币 壹万贰仟伍佰元整", 1_250_000),
        ("两万元", 2_000_000),
        # figures with their units, as said aloud; 繁体 units
        ("4万8千元", 4_800_000),
        ("12万5千元", 12_500_000),
        ("1万2千5百", 1_250_000),
        ("68.5萬元", 68_500_000),
        ("120萬", 120_000_000),
        # a decimal comma, from a European-locale Excel's csv: a comma before one or two digits at the end
        ("86.400,00", 8_640_000),
        ("-3.600,00", -360_000),
        ("1.234.567,89", 123_456_789),
        ("1234,50", 123_450),
        ("12,5", 1250),
        ("1,234", 123_400),  # three digits after the comma: a thousands separator
        # rounding to the fen
        ("12.344", 1234),
        ("12.345", 1235),
        ("12.3449999", 1234),
        ("-12.345", -1235),
        ("0.0049999999999999999999999999999999999999", 0),
    ],
)
def test_parse_money_valid(value, expected_fen):
    assert parse_money(value) == expected_fen


@pytest.mark.parametrize(
    ("value", "unit", "expected_fen"),
    [
        (9.05, "wan", 9_050_000),
        (9.34, "wan", 9_340_000),
        (180, "wan", 180_000_000),
        ("879.77", "wan", 879_770_000),
        ("12.3456", "wan", 12_345_600),
        ("0.000005", "wan", 5),
        ("0.000005", "yuan", 0),
        ("1.5万元", "wan", 1_500_000),  # an explicit unit beats the column unit
        ("1.5万", "wan", 1_500_000),
        ("1200元", "wan", 120_000),
        ("1.2亿", "wan", 12_000_000_000),
        ("壹万元整", "wan", 1_000_000),  # upper-case amounts are always in yuan
        ("12500", None, 1_250_000),  # None (no unit found in the header) means yuan
        (12500.0, "yuan", 1_250_000),
    ],
)
def test_parse_money_units(value, unit, expected_fen):
    assert parse_money(value, unit) == expected_fen


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("abc", "无法识别的金额"),
        ("待定", "无法识别的金额"),
        ("见附件", "无法识别的金额"),
        ("一批材料", "无法识别的金额"),
        ("12.5.3", "无法识别的金额"),
        ("1,2500", "无法识别的金额"),
        ("12%", "无法识别的金额"),
        ("100-", "无法识别的金额"),
        ("--100", "无法识别的金额"),
        ("(100", "无法识别的金额"),
        ("100)", "无法识别的金额"),
        ("(-100)", "无法识别的金额"),
        ("1200元/年", "无法识别的金额"),
        ("$100", "无法识别的金额"),
        ("1,2OO.00", "金额中有字母“O”，疑为数字“0”的笔误"),
        ("l50万元", "金额中有字母“l”，疑为数字“1”的笔误"),
        ("IOO", "金额中有字母“I、O”，疑为数字“1、0”的笔误"),
        ("NO.5", "无法识别的金额"),
        ("#REF!", "单元格为错误值 #REF!"),
        ("#DIV/0!", "单元格为错误值 #DIV/0!"),
        ("#N/A", "单元格为错误值 #N/A"),
        ("#value!", "单元格为错误值 #VALUE!"),
        ("1.23457E+11", "金额为科学计数法，可能已丢失精度"),
        (True, "逻辑值不是金额"),
        (False, "逻辑值不是金额"),
        (float("nan"), "金额不是有效数字"),
        (float("inf"), "金额不是有效数字"),
        (float("-inf"), "金额不是有效数字"),
        (Decimal("NaN"), "金额不是有效数字"),
        (None, "金额为空"),
        ("", "金额为空"),
        ("  ", "金额为空"),
        ("-", "金额为空"),
        ("无", "金额为空"),
        (1e13, "金额超出合理范围"),
        (10**12 + 1, "金额超出合理范围"),
        ("1000000000000.01", "金额超出合理范围"),
        ("2万亿", "无法识别的金额"),
        ("5千3万", "无法识别的金额"),  # units rising: no amount said aloud
        ("约0.275万元", "无法识别的金额"),  # an estimate: only a stated value reads its figure (values.estimate)
        ("1" * 5000, "金额超出合理范围"),
        ("壹佰伍", "大写金额有歧义（如“壹佰伍”），请写明零位"),
        ("壹贰元", "无法识别的大写金额"),
        ("元整", "无法识别的大写金额"),
        (D(2021, 1, 1), "无法识别的金额"),
        ([1], "无法识别的金额"),
        (b"100", "无法识别的金额"),
    ],
)
def test_parse_money_invalid(value, reason):
    with pytest.raises(ValueProblem) as info:
        parse_money(value)
    assert str(info.value) == reason


def test_parse_money_wan_range_limit():
    assert parse_money(1e8, "wan") == 10**14
    with pytest.raises(ValueProblem, match="金额超出合理范围"):
        parse_money(1.00001e8, "wan")


def test_parse_money_rejects_unknown_unit_as_programming_error():
    with pytest.raises(ValueError) as info:
        parse_money("1", unit="万元")
    assert not isinstance(info.value, ValueProblem)


def test_value_problem_is_a_value_error():
    assert issubclass(ValueProblem, ValueError)


# ---------------------------------------------------------------------------
# Upper-case amounts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_fen"),
    [
        ("壹万贰仟伍佰元整", 1_250_000),
        ("伍万零壹佰肆拾贰圆整", 5_014_200),
        ("伍万零壹佰肆拾贰圆伍角", 5_014_250),
        ("人民币叁拾万元整", 30_000_000),
        ("壹佰元零伍分", 10_005),
        ("玖万零伍佰元整", 9_050_000),
        ("玖万叁仟肆佰元整", 9_340_000),
        ("拾万元整", 10_000_000),
        ("壹拾万元整", 10_000_000),
        ("拾元整", 1000),
        ("壹拾伍元", 1500),
        ("壹仟零贰拾元整", 102_000),
        ("贰亿叁仟万元整", 23_000_000_000),
        ("壹亿零壹万元整", 10_001_000_000),
        ("壹万亿元整", 10**14),
        ("零元整", 0),
        ("伍角", 50),
        ("伍角整", 50),
        ("叁分", 3),
        ("伍角叁分", 53),
        ("壹仟陆佰捌拾元零叁角贰分", 168_032),
        ("壹仟陆佰捌拾元叁角贰分", 168_032),
        ("陆仟零柒元壹角肆分", 600_714),
        ("壹仟肆佰零玖元伍角", 140_950),
        ("壹佰零伍元", 10_500),
        ("壹万贰仟伍佰", 1_250_000),  # no 元: still yuan
        ("壹萬貳仟伍佰圓正", 1_250_000),  # traditional characters, 正 for 整
        ("一万二千五百元", 1_250_000),  # lower-case numerals
        ("十万元", 10_000_000),
        ("两千元", 200_000),
        ("人民币（大写）：壹万元整", 1_000_000),
        ("大写:壹万元整", 1_000_000),
        ("¥壹万元整", 1_000_000),
        (" 壹万\u3000元整 ", 1_000_000),
        ("负壹佰元整", -10_000),
    ],
)
def test_parse_upper_amount_valid(text, expected_fen):
    assert parse_upper_amount(text) == expected_fen


@pytest.mark.parametrize(
    "text",
    ["", "整", "元", "元整", "角", "壹贰元", "伍零元", "壹佰伍", "壹仟伍", "壹万伍", "壹佰伍万",
     "壹拾壹佰元", "壹佰佰元", "万元", "亿万元", "壹亿壹亿元", "壹万壹万元", "壹元壹元",
     "壹佰伍角元", "拾拾元", "壹元伍", "abc", "12500", "壹万元整abc", "壹万元角", 12500, None],
)
def test_parse_upper_amount_invalid(text):
    with pytest.raises(ValueProblem):
        parse_upper_amount(text)


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "零元整"),
        (1, "壹分"),
        (50, "伍角整"),
        (53, "伍角叁分"),
        (100, "壹元整"),
        (1000, "壹拾元整"),
        (1500, "壹拾伍元整"),
        (10_005, "壹佰元零伍分"),
        (10_050, "壹佰元伍角整"),
        (10_500, "壹佰零伍元整"),
        (102_000, "壹仟零贰拾元整"),
        (168_032, "壹仟陆佰捌拾元叁角贰分"),
        (1_250_000, "壹万贰仟伍佰元整"),
        (5_014_250, "伍万零壹佰肆拾贰元伍角整"),
        (9_050_000, "玖万零伍佰元整"),
        (10_000_000, "壹拾万元整"),
        (30_000_000, "叁拾万元整"),
        (100_100_000, "壹佰万壹仟元整"),
        (100_010_000, "壹佰万零壹佰元整"),
        (1_000_000_100, "壹仟万零壹元整"),
        (10_001_000_000, "壹亿零壹万元整"),
        (23_000_000_000, "贰亿叁仟万元整"),
        (10**14, "壹万亿元整"),
        (-10_000, "负壹佰元整"),
    ],
)
def test_format_upper_amount(fen, text):
    assert format_upper_amount(fen) == text
    assert parse_upper_amount(text) == fen


# ---------------------------------------------------------------------------
# unit_from_text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("金额（万元）", "wan"),
        ("金额(万元)", "wan"),
        ("金额 （ 万元 ）", "wan"),
        ("(万元)", "wan"),
        ("（万）", "wan"),
        ("预算投资(万元)", "wan"),
        ("单位：万元", "wan"),
        ("单位:万元", "wan"),
        ("XX村2021年工程项目台账 单位：万元", "wan"),
        ("合同金额（单位：万元）", "wan"),
        ("投资额万元", "wan"),
        ("金额/万元", "wan"),
        ("年租金（万元/年）", "wan"),
        ("【万元】", "wan"),
        ("金额（元）", "yuan"),
        ("(元)", "yuan"),
        ("单位：元", "yuan"),
        ("单位：元、亩", "yuan"),
        ("单位: 人民币元", "yuan"),
        ("金额（人民币元）", "yuan"),
        ("单价（元/亩）", "yuan"),
        ("金额/元", "yuan"),
        ("金额", None),
        ("合同金额", None),
        ("面积（亩）", None),
        ("10万元以上项目", None),
        ("填报单位：元宝村", None),  # 单位 here is the organisation, not the unit
        ("", None),
        (None, None),
        (12, None),
    ],
)
def test_unit_from_text(text, unit):
    assert unit_from_text(text) == unit


# ---------------------------------------------------------------------------
# parse_date
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(2021, 3, 5), D(2021, 3, 5)),
        (dt.datetime(2021, 3, 5, 14, 30), D(2021, 3, 5)),
        ("2021年3月5日", D(2021, 3, 5)),
        ("2021年03月05日", D(2021, 3, 5)),
        ("2021年3月5号", D(2021, 3, 5)),
        ("2021年3月5", D(2021, 3, 5)),
        (" 2021 年 3 月 5 日 ", D(2021, 3, 5)),
        ("2021.3.5", D(2021, 3, 5)),
        ("2021/3/5", D(2021, 3, 5)),
        ("2021-3-5", D(2021, 3, 5)),
        ("2021-03-05", D(2021, 3, 5)),
        ("2021-03-05 00:00:00", D(2021, 3, 5)),
        ("2021-03-05T10:20:30", D(2021, 3, 5)),
        ("2021/3/5 9:05", D(2021, 3, 5)),
        ("2021年3月5日 14:30", D(2021, 3, 5)),
        ("20210305", D(2021, 3, 5)),
        (20210305, D(2021, 3, 5)),
        (20210305.0, D(2021, 3, 5)),
        ("2021年3月", D(2021, 3, 1)),
        ("2021.03", D(2021, 3, 1)),
        (2021.03, D(2021, 3, 1)),  # typed into a General cell: a number
        (2021.12, D(2021, 12, 1)),
        (2021.3, D(2021, 3, 1)),
        ("2021.10", D(2021, 10, 1)),
        ("2021-03", D(2021, 3, 1)),
        (202103, D(2021, 3, 1)),
        ("202103", D(2021, 3, 1)),
        ("２０２１年３月５日", D(2021, 3, 5)),
        ("２０２１．３．５", D(2021, 3, 5)),
        ("二〇二一年三月五日", D(2021, 3, 5)),
        ("二零二一年十二月三十一日", D(2021, 12, 31)),
        ("二〇二一年十月二十日", D(2021, 10, 20)),
        ("二〇二一年三月", D(2021, 3, 1)),
        # the 。 a Chinese keyboard types for the dot (blind pass 17)
        ("2023。4。20", D(2023, 4, 20)),
        ("2023。04。20。", D(2023, 4, 20)),
        # Excel serials, 1900 system
        (44260, D(2021, 3, 5)),
        (44260.0, D(2021, 3, 5)),
        (44260.75, D(2021, 3, 5)),  # the fraction is the time of day
        ("44260", D(2021, 3, 5)),  # a serial in a CSV file
        (61, D(1900, 3, 1)),
        (59, D(1900, 2, 28)),
        (1, D(1900, 1, 1)),
        (1899, D(1905, 3, 13)),
        (2101, D(1905, 10, 1)),
        (73415, D(2100, 12, 31)),
        (Decimal(44260), D(2021, 3, 5)),
        # edges of the plausible range
        ("1900-01-01", D(1900, 1, 1)),
        ("2100-12-31", D(2100, 12, 31)),
        ("2024-02-29", D(2024, 2, 29)),
        # a year, month and day typed into a General cell as a number (yyyy.mmdd; Excel drops a last 0)
        (2023.0305, D(2023, 3, 5)),
        (2023.041, D(2023, 4, 10)),
        (2023.1231, D(2023, 12, 31)),
        # day first, dotted, the year last (a European-locale Excel)
        ("05.03.2023", D(2023, 3, 5)),
        ("31.12.2023", D(2023, 12, 31)),
        # English, the month named (a donor-funded project's book): no day/month order is guessed
        ("Feb 3, 2023", D(2023, 2, 3)),
        ("12-May-2023", D(2023, 5, 12)),
        ("Apr 12, 2021", D(2021, 4, 12)),
        ("3 March 2023", D(2023, 3, 3)),
        ("March 18, 2023", D(2023, 3, 18)),
        ("Sept. 12, 2023", D(2023, 9, 12)),
        ("Jun. 28, 2023", D(2023, 6, 28)),
        ("8th May 2023", D(2023, 5, 8)),
        ("DEC 31, 2026", D(2026, 12, 31)),
        ("12/May/2023", D(2023, 5, 12)),
    ],
)
def test_parse_date_valid(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(0, D(1904, 1, 1)), (1, D(1904, 1, 2)), (42798, D(2021, 3, 5)), (42798.5, D(2021, 3, 5))],
)
def test_parse_date_1904_system(serial, expected):
    assert parse_date(serial, datemode=1) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2021年13月1日", "月份无效"),
        ("2021年0月1日", "月份无效"),
        ("2021年2月30日", "日期不存在"),
        ("2021-02-29", "日期不存在"),
        ("20211301", "月份无效"),
        (20210230, "日期不存在"),
        ("待定", "无法识别的日期"),
        ("三月初", "无法识别的日期"),
        ("2021年春", "无法识别的日期"),
        ("21.3.5", "无法识别的日期"),
        ("3/5/2021", "无法识别的日期"),
        ("2021.3/5", "无法识别的日期"),
        ("31.02.2023", "日期不存在"),
        (2023.0230, "日期不存在"),  # 2023.023 is 2023.0230: 30 February
        (2023.00001, "数字像年份，缺少月日"),
        ("05.03.23", "无法识别的日期"),  # a two-digit year stays a guess
        ("20:30", "无法识别的日期"),
        ("", "日期为空"),
        ("  ", "日期为空"),
        ("-", "日期为空"),
        (None, "日期为空"),
        ("1899-12-31", "日期超出合理范围"),
        ("2101-01-01", "日期超出合理范围"),
        ("1899年12月31日", "日期超出合理范围"),
        (D(1899, 12, 31), "日期超出合理范围"),
        (dt.datetime(2101, 1, 1), "日期超出合理范围"),
        (73416, "日期超出合理范围"),
        (2958466, "日期超出合理范围"),
        (60, "日期不存在（Excel 序列号 60 即并不存在的 1900年2月29日）"),
        (0, "无法识别的日期"),
        (0.5, "无法识别的日期"),
        (-5, "无法识别的日期"),
        (2021, "数字像年份，缺少月日"),
        (2021.0, "数字像年份，缺少月日"),
        ("2021", "数字像年份，缺少月日"),
        (2021.1, "数字 2021.1 可能是2021年1月，也可能是2021年10月（数字末尾的0不保存），请核对原件"),
        (2021.13, "数字像年份，缺少月日"),
        (2021.035, "日期不存在"),
        (20210305.5, "无法识别的日期"),
        (float("nan"), "无法识别的日期"),
        (float("inf"), "无法识别的日期"),
        (10**400, "无法识别的日期"),
        (True, "逻辑值不是日期"),
        ("#REF!", "单元格为错误值 #REF!"),
        (dt.time(10, 0), "无法识别的日期"),
        ([2021, 3, 5], "无法识别的日期"),
        # English dates: a two-digit year would need its century guessed; a word that is no month
        ("12-May-23", "无法识别的日期"),
        ("Mayday 2023", "无法识别的日期"),
        ("Week 12, 2023", "无法识别的日期"),
        ("Feb 30, 2023", "日期不存在"),
    ],
)
def test_parse_date_invalid(value, reason):
    with pytest.raises(ValueProblem) as info:
        parse_date(value)
    assert str(info.value) == reason


def test_parse_date_1904_rejects_negative_serial():
    with pytest.raises(ValueProblem):
        parse_date(-1, datemode=1)


def test_parse_date_rejects_unknown_datemode_as_programming_error():
    with pytest.raises(ValueError) as info:
        parse_date(44260, datemode=2)
    assert not isinstance(info.value, ValueProblem)


# ---------------------------------------------------------------------------
# parse_date_range
# ---------------------------------------------------------------------------

LEASE = (D(2015, 1, 1), D(2045, 12, 31))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015.1.1-2045.12.31", LEASE),
        ("2015年1月1日至2045年12月31日", LEASE),
        ("2015年1月1日到2045年12月31日", LEASE),
        ("2015.01.01—2045.12.31", LEASE),
        ("2015.01.01——2045.12.31", LEASE),
        ("2015.01.01–2045.12.31", LEASE),
        ("2015.01.01－2045.12.31", LEASE),
        ("2015/1/1~2045/12/31", LEASE),
        ("2015/1/1～2045/12/31", LEASE),
        ("2015/1/1 ~ 2045/12/31", LEASE),
        ("自2015年1月1日起至2045年12月31日止", LEASE),
        ("从2015年1月1日起至2045年12月31日止", LEASE),
        ("2015-01-01-2045-12-31", LEASE),
        ("2015-1-1 - 2045-12-31", LEASE),
        ("20150101-20451231", LEASE),
        ("2015.1-2045.12", LEASE),  # month precision: the end month runs to its last day
        ("2015年1月-2045年12月", LEASE),
        ("2015-2045", LEASE),  # year precision
        ("2015年至2045年", LEASE),
        ("2021.2-2021.2", (D(2021, 2, 1), D(2021, 2, 28))),
        ("2021.3.1-3.31", (D(2021, 3, 1), D(2021, 3, 31))),
        ("2021年3月1日至5月31日", (D(2021, 3, 1), D(2021, 5, 31))),
        ("2021.12.1-1.31", (D(2021, 12, 1), D(2022, 1, 31))),
        ("2045.12.31-2015.1.1", (D(2045, 12, 31), D(2015, 1, 1))),  # reversed: kept for the rules
        ("2015.1.1至今", (D(2015, 1, 1), None)),
        ("2015.1.1-", (D(2015, 1, 1), None)),
        ("2015年1月1日起", (D(2015, 1, 1), None)),
        ("2021年3月5日", (D(2021, 3, 5), None)),
        ("2021-03-05", (D(2021, 3, 5), None)),
        ("2021-03", (D(2021, 3, 1), None)),
        (D(2021, 3, 5), (D(2021, 3, 5), None)),
        (dt.datetime(2021, 3, 5, 8), (D(2021, 3, 5), None)),
        (44260, (D(2021, 3, 5), None)),
    ],
)
def test_parse_date_range_valid(value, expected):
    assert parse_date_range(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "-", None, "待定", "2015.1.1-待定", "2015.13.1-2045.12.31", "2015.1.1-2045.13.1",
     "2021-03-05-06", "至2045年12月31日", "1899.1.1-2045.12.31", "#REF!", True, "2015", "三十年"],
)
def test_parse_date_range_invalid(value):
    with pytest.raises(ValueProblem):
        parse_date_range(value)


# ---------------------------------------------------------------------------
# parse_ymd
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2021, 3, 5, D(2021, 3, 5)),
        (2021.0, 3.0, 5.0, D(2021, 3, 5)),
        ("2021", "3", "5", D(2021, 3, 5)),
        ("2021年", "3月", "5日", D(2021, 3, 5)),
        ("2021", "03", "05", D(2021, 3, 5)),
        ("2021.0", "3.0", "5.0", D(2021, 3, 5)),
        (" 2021 ", "３月", "5号", D(2021, 3, 5)),
        ("二〇二一", "三月", "十五日", D(2021, 3, 15)),
        (2024, 2, 29, D(2024, 2, 29)),
    ],
)
def test_parse_ymd_valid(year, month, day, expected):
    assert parse_ymd(year, month, day) == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "reason"),
    [
        (2021, 13, 1, "月份无效"),
        (2021, 0, 1, "月份无效"),
        (2021, 2, 29, "日期不存在"),
        (2021, 4, 31, "日期不存在"),
        (21, 3, 5, "年份无效"),
        (1899, 3, 5, "日期超出合理范围"),
        (2021.5, 3, 5, "年份无效"),
        (None, 3, 5, "年份无效"),
        (2021, None, 5, "月份无效"),
        (2021, 3, None, "日无效"),
        (2021, 3, "", "日无效"),
        (2021, 3, "五号楼", "日无效"),
        (True, 3, 5, "年份无效"),
        (2021, "三月初", 5, "月份无效"),
        (2021, float("nan"), 5, "月份无效"),
        (2021, "十十", 5, "月份无效"),
    ],
)
def test_parse_ymd_invalid(year, month, day, reason):
    with pytest.raises(ValueProblem) as info:
        parse_ymd(year, month, day)
    assert str(info.value) == reason


# ---------------------------------------------------------------------------
# parse_number / parse_int
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12.5, 12.5),
        (12, 12.0),
        ("12.5", 12.5),
        ("12.5亩", 12.5),
        ("12.5 亩", 12.5),
        ("１２．５亩", 12.5),
        ("1,200.5", 1200.5),
        ("-3", -3.0),
        ("300平方米", 300.0),
        ("300㎡", 300.0),
        ("300m2", 300.0),
        ("2.5公顷", 2.5),
        ("3个", 3.0),
        (".5", 0.5),
        (Decimal("2.25"), 2.25),
    ],
)
def test_parse_number_valid(value, expected):
    assert parse_number(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", None, "-", "abc", "12.5.3", "12.5万元", "12.5元", "约12亩", "12%", "#DIV/0!",
     True, float("nan"), float("inf"), 1e300, "9" * 50, D(2021, 1, 1)],
)
def test_parse_number_invalid(value):
    with pytest.raises(ValueProblem):
        parse_number(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3), (3.0, 3), ("3", 3), ("3.0", 3), ("3张", 3), ("３", 3), (" 12 ", 12), (0, 0),
     ("三", 3), ("十二", 12), ("二十", 20), ("一百零五", 105), ("-2", -2)],
)
def test_parse_int_valid(value, expected):
    assert parse_int(value) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (3.5, "不是整数"),
        ("3.5", "不是整数"),
        ("", "数值为空"),
        (None, "数值为空"),
        ("abc", "无法识别的数值"),
        ("十十", "无法识别的整数"),
        (True, "逻辑值不是数值"),
        (float("nan"), "数值超出合理范围"),
        ("#N/A", "单元格为错误值 #N/A"),
    ],
)
def test_parse_int_invalid(value, reason):
    with pytest.raises(ValueProblem) as info:
        parse_int(value)
    assert str(info.value) == reason


# ---------------------------------------------------------------------------
# parses: the importers' yes/no question about a cell
# ---------------------------------------------------------------------------


def _empty_reader(value: object) -> None:
    return None


def _refuses_the_type(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("parse", "value", "expected"),
    [
        (parse_money, "1,250.00", True),
        (parse_money, "壹万贰仟伍佰元整", True),
        (parse_money, "", False),
        (parse_money, None, False),
        (parse_money, "见附件", False),
        (parse_date, "2023。4。20", True),
        (parse_date, "本月合计", False),
        (parse_number, "12.5", True),
        (parse_number, "—", False),
        (_empty_reader, "anything", False),  # a converter that finds the cell empty reads nothing
        (_refuses_the_type, [1, 2], False),  # TypeError is a refusal too, not a crash mid-guess
        (_refuses_the_type, "x", False),
    ],
)
def test_parses_answers_whether_a_parser_reads_the_cell(parse, value, expected):
    assert parses(parse, value) is expected


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

# Text that is mostly made of the characters the parsers care about, so that
# hypothesis reaches deep into them instead of failing at the first regex.
_INTERESTING_CHARS = (
    "0123456789.,-+()（）¥￥元圆万亿千整正角分零壹贰叁肆伍陆柒捌玖拾佰仟一二三十百两〇"
    "年月日号/~至到—－ \u3000:T#RMB人民币负大写自起止今E"
)
any_text = st.one_of(st.text(), st.text(alphabet=_INTERESTING_CHARS, max_size=30))
any_float = st.floats(allow_nan=True, allow_infinity=True)
any_cell = st.one_of(
    any_text, any_float, st.integers(), st.none(), st.booleans(), st.dates(), st.datetimes(),
    st.decimals(allow_nan=True, allow_infinity=True),
)
fen_amounts = st.integers(min_value=-MAX_FEN, max_value=MAX_FEN)
plausible_dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


def _only_value_problem(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except ValueProblem:
        pass


@given(any_cell, st.sampled_from(["yuan", "wan", None]))
@example("１" * 5000, "yuan")
@example("⑴", "yuan")
def test_parse_money_raises_only_value_problem(value, unit):
    _only_value_problem(parse_money, value, unit)


@given(st.one_of(any_text, any_cell))
def test_parse_upper_amount_raises_only_value_problem(value):
    _only_value_problem(parse_upper_amount, value)


@given(any_cell, st.sampled_from([0, 1]))
@example("9" * 5000, 0)
def test_parse_date_raises_only_value_problem(value, datemode):
    _only_value_problem(parse_date, value, datemode=datemode)
    _only_value_problem(parse_date_range, value, datemode=datemode)


@given(any_cell, any_cell, any_cell)
def test_parse_ymd_raises_only_value_problem(year, month, day):
    _only_value_problem(parse_ymd, year, month, day)


@given(any_cell)
def test_number_parsers_raise_only_value_problem(value):
    _only_value_problem(parse_number, value)
    _only_value_problem(parse_int, value)


@given(any_cell)
def test_text_helpers_never_raise(value):
    is_blank(value)
    cleaned = clean_text(value)
    assert cleaned is None or (cleaned == cleaned.strip() and "  " not in cleaned)
    unit_from_text(value)  # type: ignore[arg-type]


@given(any_text)
def test_clean_text_is_none_exactly_for_blank_text(text):
    assert (clean_text(text) is None) == is_blank(text.replace("\u200b", ""))


@given(any_text, st.sampled_from(["yuan", "wan"]))
def test_parsed_money_is_an_int_within_range(text, unit):
    try:
        fen = parse_money(text, unit)
    except ValueProblem:
        return
    assert type(fen) is int and abs(fen) <= MAX_FEN


@given(fen_amounts)
def test_money_round_trips_through_format_yuan(fen):
    assert parse_money(format_yuan(fen)) == fen
    assert parse_money(format_yuan(fen, grouping=False)) == fen
    assert parse_money("¥" + format_yuan(fen)) == fen


@given(fen_amounts)
def test_money_round_trips_through_float_cells(fen):
    # What a reader returns for a cell showing the amount with two decimals.
    assert parse_money(float(Decimal(fen) / 100)) == fen


@given(fen_amounts)
def test_money_in_wan_matches_money_in_yuan(fen):
    wan_text = str(Decimal(fen) / 1_000_000)
    assert parse_money(wan_text, "wan") == fen
    assert parse_money(wan_text + "万") == fen


@given(fen_amounts)
def test_upper_amount_round_trips(fen):
    text = format_upper_amount(fen)
    assert parse_upper_amount(text) == fen
    assert parse_money(text) == fen
    assert parse_money(text, "wan") == fen


@given(plausible_dates)
def test_date_text_round_trips(day):
    y, m, d = day.year, day.month, day.day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{y}年{m}月{d}日") == day
    assert parse_date(f"{y}.{m}.{d}") == day
    assert parse_date(f"{y}/{m:02d}/{d:02d} 00:00:00") == day
    assert parse_date(f"{y}{m:02d}{d:02d}") == day
    assert parse_date(y * 10000 + m * 100 + d) == day
    assert parse_date(dt.datetime(y, m, d, 12, 0)) == day
    assert parse_ymd(float(y), str(m), f"{d}日") == day


@given(plausible_dates, st.floats(min_value=0, max_value=0.999))
def test_date_serial_round_trips(day, time_of_day):
    serial_1900 = (day - D(1899, 12, 30)).days
    if day < D(1900, 3, 1):
        serial_1900 -= 1  # before Excel's fictitious 1900-02-29
    serial_1904 = (day - D(1904, 1, 1)).days
    assume(not 1900 <= serial_1900 < 2101)  # read as bare years, by design
    assert parse_date(serial_1900 + time_of_day) == day
    if serial_1904 >= 0 and not 1900 <= serial_1904 < 2101:
        assert parse_date(float(serial_1904), datemode=1) == day


@given(plausible_dates, plausible_dates, st.sampled_from(["-", "至", "—", "~", "到", " - "]))
def test_date_range_round_trips(start, end, separator):
    text = f"{start.year}.{start.month}.{start.day}{separator}{end.year}.{end.month}.{end.day}"
    assert parse_date_range(text) == (start, end)
    assert parse_date_range(f"{start.isoformat()}{separator}{end.isoformat()}") == (start, end)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_int_round_trips(number):
    assert parse_int(number) == number
    assert parse_int(str(number)) == number
    assert parse_int(float(number)) == number if abs(number) < 2**53 else True
    assert not math.isnan(parse_number(str(number)))
