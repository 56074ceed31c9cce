"""Known parties named in 摘要 (xuncha.rules.mentions): what counts as naming a party, and what does not.

The rule cases (cases/related_party.toml, cases/duplicate_payment.toml) show the flags; these
pin the matching itself, one 摘要 at a time.
"""

from __future__ import annotations

import pytest

from xuncha.names import normalize_name
from xuncha.rules.context import build_context
from xuncha.rules.mentions import _trie_pattern

BASE = [
    {"kind": "cadre", "id": "C1", "village": "桥埠港村", "name": "王强", "position": "村委会主任",
     "relatives": "妻 钱丽；弟 王建国 经营 建国苗木专业合作社"},
    {"kind": "cadre", "id": "C2", "village": "桥埠港村", "name": "方卫国", "position": "委员"},
    {"kind": "cadre", "id": "C3", "village": "刘家塘村", "name": "张伟", "position": "委员"},
    {"kind": "cadre", "id": "C4", "village": "桥埠港村", "name": "金华", "position": "出纳"},  # named like a city
    {"kind": "contract", "id": "K1", "village": "马吉村", "counterparty": "浙江宏达建设有限公司", "amount": 100},
    {"kind": "contract", "id": "K2", "village": "桥埠港村", "counterparty": "蒋小龙", "amount": 100},
    {"kind": "project", "id": "X1", "village": "桥埠港村", "contractor": "建设工程有限公司", "amount": 100},
    {"kind": "contract", "id": "K3", "village": "桥埠港村", "counterparty": "德清县垃圾清运服务有限公司", "amount": 100},
]


def _mentions(summary: str, village: str = "桥埠港村", **payment: object) -> list[str]:
    record = {"kind": "payment", "id": "P", "village": village, "amount": 100, "direction": "out",
              "summary": summary, **payment}
    context = build_context([*BASE, record], identity=normalize_name)
    (row,) = [p for p in context.payments if p.id == "P"]
    return [m.text for m in context.mentions.of(row)]


@pytest.mark.parametrize(("summary", "expected"), [
    ("付王强挖机款", ["王强（村干部）"]),
    ("王强报销差旅费", ["王强（村干部）"]),
    ("付村主任王强误工补贴", ["王强（村干部）"]),
    ("付王强、钱丽劳务费", ["王强（村干部）", "钱丽（村干部登记的近亲属）"]),
    ("付 王强 挖机款", ["王强（村干部）"]),
    ("付方卫国停车场平整款", ["方卫国（村干部）"]),
    ("付王建国建材款", ["王建国（村干部登记的近亲属）"]),
    ("支付王建国部分工程款", ["王建国（村干部登记的近亲属）"]),
    ("付王建国社保费", ["王建国（村干部登记的近亲属）"]),
    ("支付建国苗木香樟苗款", ["建国苗木（村干部近亲属的关联单位）"]),
    ("支付宏达建设道路硬化工程款", ["宏达建设（合同相对方）"]),
    ("支付浙江宏达建设有限公司质保金", ["浙江宏达建设有限公司（合同相对方）"]),
    ("付蒋小龙运费", ["蒋小龙（合同相对方）"]),
    ("３号凭证　蒋小龙运费", ["蒋小龙（合同相对方）"]),
    ("2023年王强误工补贴", ["王强（村干部）"]),       # a date before the name
    ("代宏达建设付材料款", ["宏达建设（合同相对方）"]),
    ("湖州宏达建设进度款", ["宏达建设（合同相对方）"]),  # a city before a company's name
    ("付金华保洁费", ["金华（村干部）"]),
    ("支付德清县垃圾清运服务有限公司清运费", ["德清县垃圾清运服务有限公司（合同相对方）"]),
    ("付王强主任误工补贴", ["王强（村干部）"]),       # a title after the name
    ("王强书记差旅费报销", ["王强（村干部）"]),
    ("付王强青苗补偿款", ["王强（村干部）"]),         # what a village pays a person himself
    ("支付王强房屋租金", ["王强（村干部）"]),
    ("付王强土地流转费", ["王强（村干部）"]),
    ("付王强一季度工资", ["王强（村干部）"]),
    ("付村干部王强等误工补贴", ["王强（村干部）"]),   # a word for who he is before the name
    ("付王强妻子钱丽保洁费", ["钱丽（村干部登记的近亲属）"]),  # 王强 only names whose wife
    ("付王强之弟王建国苗木款", ["王建国（村干部登记的近亲属）"]),  # 建国苗木 is inside his name
])
def test_names_that_count(summary: str, expected: list[str]) -> None:
    assert _mentions(summary) == expected


@pytest.mark.parametrize("summary", [
    "付王强华挖机款",          # a longer name: 王强华 is someone else
    "王强村道路修补款",        # a place named 王强村
    "付王强建材店水泥款",      # a shop named after him
    "付王建国五金店货款",
    "付王建国工程队进度款",
    "代缴王建国社保费",        # strict: 缴 is not among the words that may stand before a payee
    "经手人：方卫国 购买办公用品",  # the handler, not the other party
    "方卫国经办支付电费",
    "按方卫国批示支付电费",
    "付宏达修补款",            # a short name: fewer than 4 characters
    "支付建设工程款",          # a project party named by industry words only
    "付张伟河道保洁费",        # 张伟 is a cadre of another village
    # shops and farms whose trade word is no industry word
    "付王建国水果店慰问品款",
    "付王强家庭农场稻谷款",
    "付王建国砖厂红砖款",
    "付王建国养殖场饲料款",
    "王强主任签字 付电费",      # a handler with his title
    "王强主任经手 购买办公用品",
    "付王强华主任误工补贴",      # a title does not make 王强华 into 王强
    # every name of a list next to a handler word is a handler
    "经手人：王强、方卫国 购买办公用品",
    "王强、方卫国签字支付电费",
    "审批：王强 方卫国",
    "王建国代领误工补贴",      # collects for others
    "王强、石门两组保洁费",    # a list of places (王强组 and 石门组)
    # a person named like a city, next to travel words: the trip, not him
    "金华差旅费",
    "付金华、杭州差旅费",
    # a company's name inside another word, or one that only says what it does
    "付永宏达建设工程款",      # 永宏达 is another company
    "支付垃圾清运服务费",      # 垃圾清运服务: no trade name, only the service
])
def test_names_that_do_not_count(summary: str) -> None:
    assert _mentions(summary) == []


def test_only_blank_payee_outgoing_payments_are_read() -> None:
    assert _mentions("付王强挖机款", counterparty="湖州明亮电器经营部") == []
    assert _mentions("收王强还款", direction="in") == []


def test_companies_are_known_in_every_village_persons_in_their_own() -> None:
    assert _mentions("支付宏达建设道路硬化工程款", village="石桥村") == ["宏达建设（合同相对方）"]
    assert _mentions("付蒋小龙运费", village="石桥村") == []


def test_trie_pattern_prefers_the_longest_name() -> None:
    import re

    pattern = re.compile(_trie_pattern(["王强", "王强华", "王建国", "宏达建设", "宏达建设工程"]))
    assert [m.group() for m in pattern.finditer("付王强华款、王强款、宏达建设工程款、宏达建设款")] == [
        "王强华", "王强", "宏达建设工程", "宏达建设"]


def test_no_pattern_is_built_without_blank_payee_payments() -> None:
    record = {"kind": "payment", "id": "P", "village": "桥埠港村", "amount": 100, "direction": "out",
              "counterparty": "王强", "summary": "付王强挖机款"}
    context = build_context([*BASE, record], identity=normalize_name)
    assert len(context.mentions) == 0
