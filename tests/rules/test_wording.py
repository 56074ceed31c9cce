"""Flag wording that must not say more than the data shows: quoted spellings, amounts and shares near a line."""

from __future__ import annotations

import datetime as dt

import pytest

from xuncha.names import normalize_name
from xuncha.rules import get_rule
from xuncha.rules.base import flag_id
from xuncha.rules.context import build_context
from xuncha.rules.params import bundled_defaults
from xuncha.rules.text import method_level, money_near, percent, term_text

WAN = 1_000_000  # fen


def _wuqing(name: str) -> str:
    """Identities as a scan groups them: the branch is filed under the company."""
    return "五清" if "五清" in name else normalize_name(name)


def test_flag_quotes_the_rows_spelling_not_the_group_name() -> None:
    """The contract row says 浙江五清环保有限公司; the group is displayed as its branch."""
    records = [
        {"kind": "contract", "id": "C6", "village": "五村", "code": "WC-HT-06", "title": "五村污水终端维修合同",
         "counterparty": "浙江五清环保有限公司", "amount": 8 * WAN, "signed_on": dt.date(2023, 2, 1),
         "category": "工程"},
        {"kind": "payment", "id": "P10", "village": "五村", "date": dt.date(2023, 3, 6), "direction": "out",
         "amount": 4 * WAN, "counterparty": "胡某华", "contract": "WC-HT-06", "summary": "支付污水终端维修进度款"},
        {"kind": "payment", "id": "P11", "village": "五村", "date": dt.date(2023, 3, 7), "direction": "out",
         "amount": 4 * WAN, "counterparty": "浙江五清环保有限公司安吉分公司", "contract": "WC-HT-06",
         "summary": "支付污水终端维修进度款"},
    ]
    params = bundled_defaults()
    context = build_context(records, identity=_wuqing, params=params)
    context.party_label = {"五清": "浙江五清环保有限公司安吉分公司"}.get
    flags = get_rule("payee_mismatch").evaluate(context, params["payee_mismatch"]).flags
    assert len(flags) == 1
    flag = flags[0]
    assert "乙方为 浙江五清环保有限公司" in flag.title and "安吉分公司" not in flag.title
    assert "乙方是 浙江五清环保有限公司（视为同一单位的其他写法：浙江五清环保有限公司安吉分公司）" in flag.detail
    assert "胡某华（个人）" in flag.detail


def test_party_text_lists_the_cited_rows_other_spellings() -> None:
    records = [
        {"kind": "contract", "id": "A", "village": "马吉村", "counterparty": "浙江宏达建设有限公司"},
        {"kind": "contract", "id": "B", "village": "马吉村", "counterparty": "宏达建设（有限公司）"},
        {"kind": "contract", "id": "C", "village": "马吉村", "counterparty": "宏达建设(有限公司)"},
    ]
    context = build_context(records, identity=lambda name: "宏达", params={})
    assert context.party_text("宏达", context.contracts) == "浙江宏达建设有限公司（视为同一单位的其他写法：宏达建设（有限公司））"
    context.party_label = {"宏达": "宏达建设"}.get
    assert context.label("宏达", "宏达建设（有限公司）") == "宏达建设（有限公司）"
    assert context.label("宏达", None) == "宏达建设"
    assert context.party_text("宏达", context.contracts[:1]) == "浙江宏达建设有限公司（视为同一单位的其他写法：宏达建设）"


def test_wording_does_not_change_flag_ids() -> None:
    """Ids hash the rule and the evidence only: rewording a flag keeps the inspector's notes attached."""
    records = [
        {"kind": "project", "id": "F1", "village": "四村", "contractor": "浙江四达水利有限公司",
         "amount": 10_000_001, "started_on": dt.date(2023, 3, 5), "name": "四村河道清淤", "procurement": "未经招标"},
    ]
    params = bundled_defaults()
    context = build_context(records, identity=normalize_name, params=params)
    flag = get_rule("method_below_required").evaluate(context, params["method_below_required"]).flags[0]
    flag.title, flag.detail = "另一种说法", "另一种说法，请核实"
    assert flag.id == flag_id("method_below_required", ["F1"])


WORDS = bundled_defaults()["method_below_required"]["method_words"]


@pytest.mark.parametrize(("text", "level"), [
    ("未经招标", 0), ("未公开招标", 0), ("未招标", 0), ("没有招标", 0), ("不招标", 0), ("无招标", 0),
    ("未进行公开招标", 0), ("没有经过招投标", 0), ("招标未果", 0), ("非公开招标", 0), ("未按规定公开招标", 0),
    ("公开招标", 3), ("邀请招标", 2), ("限额平台直接发包", 2), ("询价", 1), ("直接发包", 0), ("", 0),
    ("邀请招标，未公开招标", 2), ("公开招标流标后竞争性比选", 2), ("其他", None),
    ("两委会议定", 0), ("村委会决定", 0), ("直接指定", 0), ("议价", 0), ("经两委研究", 0), ("协议发包", 0),
    ("公开招投标", 3), ("招标", 3), ("竞争性磋商", 2), ("村民代表会议决定公开招标", 3), ("两委决定比选", 2),
    ("村委会决定询价", 1), ("未经招标，两委会议定", 0), ("无", 0), ("暂无", 0), ("待定", None),
])
def test_negated_methods_are_no_competition(text: str, level: int | None) -> None:
    assert method_level(text, WORDS) == level


@pytest.mark.parametrize("text", ["两委决定比选", "限额平台直接发包", "村委会决定询价", "比选议价", "委托比选"])
def test_word_table_order_does_not_matter(text: str) -> None:
    """A county's rules.toml merges its words into the table in any order: the reading must not change."""
    reordered = dict(reversed(list(WORDS.items())))
    assert method_level(text, reordered) == method_level(text, WORDS)


@pytest.mark.parametrize(("ratio", "shown"), [
    (0.98, "98%"), (0.9999999, "99.99%"), (0.4999875, "49.99%"), (0.5, "50%"), (1.0, "100%"),
    (1.003, "100.3%"), (0.25, "25%"), (0.995, "99.5%"), (1.25, "125%"),
])
def test_percent_never_rounds_onto_a_round_line(ratio: float, shown: str) -> None:
    assert percent(ratio) == shown


def test_amount_next_to_a_line_is_written_exactly() -> None:
    assert money_near(9_999_999, 10 * WAN) == "99,999.99元"
    assert money_near(10_000_001, 10 * WAN) == "100,000.01元"
    assert money_near(10 * WAN, 10 * WAN) == "10万"
    assert money_near(9_050_000, 10 * WAN) == "9.05万"


@pytest.mark.parametrize(("start", "end", "shown"), [
    ("2020-01-01", "2039-12-31", "20 年"), ("2020-01-01", "2040-01-02", "20 年零 2 天"),
    ("2015-01-01", "2049-12-31", "35 年"), ("2020-03-15", "2049-12-31", "约 29.7 年"),
])
def test_term_is_never_rounded_onto_a_whole_year(start: str, end: str, shown: str) -> None:
    assert term_text(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == shown
