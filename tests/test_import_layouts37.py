"""Layouts of blind pass 37 (exports of the 农经站's bookkeeping software) that used to be misread silently.

Each test writes a real xlsx and imports it through ``importers.import_paths``, or checks a pure
function:

- a 记账凭证列表 names the payee only in the 明细科目 of a 往来 account ("应付款/浙江华瑞建设工程有限公司"):
  it was copied into 科目 and the payment left without its party;
- a 明细分类账 names the payee only in its 摘要 ("支付青山宏达建设有限公司村道硬化工程款"): an
  organisation named right after the verb is taken, never a person or a half-word;
- a contract whose 乙方 is the village itself (征地补偿协议 with the township, the village renting a
  villager's house) named the village as its own counterparty: its party is the 甲方.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.parties import account_party, is_village_body, summary_organisation
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx


@pytest.mark.parametrize(("account", "party"), [
    ("应付款/浙江华瑞建设工程有限公司", "浙江华瑞建设工程有限公司"),
    ("应收款/杨海波", "杨海波"),
    ("其他应付款—青山恒达建设有限公司", "青山恒达建设有限公司"),
    ("其他应收款-张三", "张三"),
    ("内部往来：第三村民小组", "第三村民小组"),
    ("20201 应付账款/浙江华瑞建设工程有限公司", "浙江华瑞建设工程有限公司"),
    ("管理费用、应付款/浙江华瑞建设工程有限公司", "浙江华瑞建设工程有限公司"),  # a voucher's other side, joined
])
def test_the_subaccount_of_a_receivable_or_payable_is_the_party(account: str, party: str) -> None:
    assert account_party(account) == party


@pytest.mark.parametrize("account", [
    "管理费用/办公费", "银行存款/农商银行", "经营收入/租金收入", "其他应付款/押金", "应付款/工程款",
    "其他应收款/备用金", "应付款", "其他应付款/单位/", "应付款/甲公司、应收款/乙公司",
])
def test_a_subaccount_that_is_a_category_names_no_party(account: str) -> None:
    assert account_party(account) is None


@pytest.mark.parametrize(("summary", "party"), [
    ("支付青山宏达建设有限公司村道硬化工程款", "青山宏达建设有限公司"),
    ("收浙江众成包装有限公司厂房租金", "浙江众成包装有限公司"),
    ("付东湖水利工程队机耕路维修款", "东湖水利工程队"),
    ("收到东湖竹木加工厂厂房租金", "东湖竹木加工厂"),
    ("付青山镇红星饭店招待费（白条）", "青山镇红星饭店"),
    ("预付青山鑫诚建材商店水泥款", "青山鑫诚建材商店"),
    ("收到青山镇人民政府土地征收补偿款", "青山镇人民政府"),
    ("收到马吉村股份经济合作社借款", "马吉村股份经济合作社"),  # another village's collective
])
def test_an_organisation_named_after_the_verb_is_the_party(summary: str, party: str) -> None:
    assert summary_organisation(summary, "三星村") == party


@pytest.mark.parametrize("summary", [
    "付陈阿四清理河道劳务费",  # a person: not read from free text
    "收到周德明厂房租金",  # 厂 of 厂房, not a 厂 named 周德明厂
    "收到李秋菊店面租金",
    "付办公室空调采购款",  # 办公室 alone names no one
    "支付工程款给宏达公司",  # not right after the verb
    "收到三星村股份经济合作社分红",  # the village's own collective
    "报青山宏达建设有限公司工程款",  # no verb of paying or receiving
    "支付2022年度审计费",
    "支付湖州明亮电器经营部、安吉县声达电子经营部线路检修费",  # two payees: neither is the party
])
def test_no_person_no_half_word_and_not_the_village_itself(summary: str) -> None:
    assert summary_organisation(summary, "三星村") is None


def test_any_village_collective_is_refused_when_the_village_is_not_known() -> None:
    assert summary_organisation("收到马吉村股份经济合作社借款", "") is None


@pytest.mark.parametrize(("name", "itself"), [
    ("三星村股份经济合作社", True), ("青山镇三星村经济联合社", True), ("三星村民委员会", True), ("三星村", True),
    ("三星村红军苗木场", False), ("三星村德丰家庭农场", False), ("马吉村股份经济合作社", False),
])
def test_the_village_itself_is_told_from_a_business_named_after_it(name: str, itself: bool) -> None:
    assert is_village_body(name, "三星村") is itself


VOUCHER_HEADER = ["凭证日期", "凭证字号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额"]


def test_a_voucher_list_takes_the_party_from_the_subaccount(store, tmp_path: Path) -> None:
    rows = [["记账凭证列表"], ["账套：青山镇东湖村经济合作社"], VOUCHER_HEADER,
            ["2023-05-10", "记-4", "付文化广场工程款", "202", "应付款/浙江华瑞建设工程有限公司", 268000, None],
            [None, None, "付文化广场工程款", "102", "银行存款", None, 268000],
            ["2023-05-12", "记-5", "付办公用品款", "502", "管理费用/办公费", 350, None],
            [None, None, "付办公用品款", "101", "现金", None, 350],
            ["2023-06-12", "记-6", "收到借款归还", "102", "银行存款", 20000, None],
            [None, None, "收到借款归还", "112", "应收款/杨海波", None, 20000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东湖村记账凭证列表.xlsx", {"凭证": rows})))
    got = [(p["voucher"], p["amount"], p["counterparty"]) for p in records(store, "payment")]
    assert sorted(got) == [("记-4", 268000.0, "浙江华瑞建设工程有限公司"), ("记-5", 350.0, None),
                           ("记-6", 20000.0, "杨海波")]
    assert "取自科目的明细科目" in sheet.note and "杨海波" in sheet.note


LEDGER_HEADER = ["日期", "凭证号", "摘要", "借方", "贷方", "余额"]


def test_a_bank_ledger_takes_an_organisation_or_a_person_from_the_summary(store, tmp_path: Path) -> None:
    rows = [["红旗村银行存款明细账"], LEDGER_HEADER,
            ["2023-01-12", "记-5", "支付青山宏达建设有限公司村道硬化工程款", None, 126500, 100000],
            ["2023-01-16", "记-6", "付陈阿四清理河道劳务费", None, 1850, 98150],
            ["2023-03-15", "记-7", "收到周德明厂房租金", 36000, None, 134150],
            ["2023-03-16", "记-8", "收浙江众成包装有限公司厂房租金", 12000, None, 146150]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村银行存款明细账.xlsx", {"102银行存款": rows})))
    got = by_row(records(store, "payment"))
    assert {row: p["counterparty"] for row, p in got.items()} == {
        3: "青山宏达建设有限公司", 4: "陈阿四", 5: "周德明", 6: "浙江众成包装有限公司"}
    assert "取自摘要中“支付、收到”等之后的单位名称" in sheet.note and "取自摘要中的人名" in sheet.note


def test_a_party_column_wins_over_the_summary(store, tmp_path: Path) -> None:
    rows = [["红旗村银行存款日记账"], ["日期", "凭证号", "摘要", "往来单位", "收入", "支出"],
            ["2023-01-12", "记-5", "支付青山宏达建设有限公司工程款", "青山宏达建设", None, 126500]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村日记账.xlsx", {"日记账": rows})))
    assert [p["counterparty"] for p in records(store, "payment")] == ["青山宏达建设"]
    assert "取自摘要" not in sheet.note


CONTRACT_HEADER = ["合同编号", "合同名称", "甲方", "乙方", "合同价款（万元）", "签订日期"]


def test_a_contract_with_the_village_as_second_party_names_the_first(store, tmp_path: Path) -> None:
    rows = [["三星村集体经济合同台账"], CONTRACT_HEADER,
            ["SX2022-07", "征地补偿协议", "青山镇人民政府", "三星村股份经济合作社", 216, "2022-05-12"],
            ["SX2023-04", "农户房屋租赁合同", "周金宝", "三星村股份经济合作社", 0.96, "2023-03-15"],
            ["SX2022-01", "办公楼维修工程施工合同", "三星村股份经济合作社", "青山恒达建设有限公司", 18.65, "2022-02-18"],
            ["SX2022-06", "绿化苗木采购合同", "三星村股份经济合作社", "三星村红军苗木场", 4.35, "2022-04-26"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "三星村合同台账.xlsx", {"2023年": rows})))
    got = {c["code"]: c["counterparty"] for c in records(store, "contract")}
    assert got == {"SX2022-07": "青山镇人民政府", "SX2023-04": "周金宝", "SX2022-01": "青山恒达建设有限公司",
                   "SX2022-06": "三星村红军苗木场"}
    warned = [w for w in sheet.warnings if "乙方是本村" in w["reason"]]
    assert [w["row"] for w in warned] == [3, 4]
