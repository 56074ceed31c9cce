"""Name normalisation: the spellings of one company meet, different companies stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xuncha.names import industry_part, is_person_name, normalize_name, trade_core


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("浙江宏达建设有限公司", "宏达建设"),
        ("宏达建设（有限公司）", "宏达建设"),
        ("宏达建设有限责任公司", "宏达建设"),
        ("湖州宏达建设", "宏达建设"),
        ("湖州市宏达建设", "宏达建设"),
        ("浙江省湖州市吴兴区宏达建设工程有限公司", "宏达建设工程"),
        ("宏达建设 股份有限公司", "宏达建设"),
        ("ＨＯＮＧＤＡ建设有限公司", "hongda建设"),
        ("安吉县青松园林绿化工程有限公司", "青松园林绿化工程"),
        ("青松园林绿化工程有限公司", "青松园林绿化工程"),
        ("安吉县竹乡林业专业合作社", "竹乡林业"),
        ("湖州明亮电器经营部", "明亮电器"),
        ("宏达建设有限公司湖州分公司", "宏达建设"),
        ("某某设计事务所（普通合伙）", "某某设计"),
        ("王建国", "王建国"),
        ("王 建国", "王建国"),
        # a place that is the trade name stays: "安吉建设" is not "建设"
        ("安吉建设有限公司", "安吉建设"),
        # "湖州市政工程" is 湖州 + 市政, not 湖州市 + 政工程
        ("湖州市政工程有限公司", "湖州市政工程"),
        ("", ""),
    ],
)
def test_normalize_name(raw: str, normal: str) -> None:
    assert normalize_name(raw) == normal


def test_different_companies_stay_different() -> None:
    assert normalize_name("宏达建设有限公司") != normalize_name("宏远建设有限公司")
    assert normalize_name("安吉建设有限公司") != normalize_name("长兴建设有限公司")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("浙江湖州市安吉县宏达远建设工程有限责任公司股份（）() 　·王李张刘村合作社经营部分AＢ1")),
               max_size=24))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once


def test_trade_core_and_industry() -> None:
    assert trade_core("浙江宏达建设工程有限公司") == "宏达"
    assert industry_part("浙江宏达建设工程有限公司") == "建设工程"
    assert trade_core("建设工程有限公司") == "建设"  # never shorter than two characters
    assert trade_core("王建国") == "王建国"


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("王建国", True),
        ("欧阳修", True),
        ("沈桂芳", True),
        ("张伟", True),
        ("王家村", False),
        ("宏达建设", False),
        ("村两委干部", False),
        ("王建国工程队", False),
        ("宏达", False),  # 宏 is no common surname
        ("安通物流", False),  # 安 is a surname, but a trade name plus its trade is a firm
        ("周达建材", False),
        ("王建国华", True),  # a rare three-character given name, no trade word in it
        ("A王", False),
        ("王", False),
        ("欧阳", False),
    ],
)
def test_is_person_name(name: str, person: bool) -> None:
    assert is_person_name(name) is person
