"""Layouts of blind set qa109 (villages paying for their households: 医保/养老 代缴, 代收代缴) that used to
be misread:

- a 养老保险代缴名单 (姓名 | 性别 | 缴费档次 | 村集体代缴（元） | 缴费日期) became a cadre list, silently: its
  "名单" outweighed a money column the synonyms did not know, and 18 villagers looked like 村干部. A 代缴
  column is now money out, a 代缴 list a 发放表, and a list of people with a money column and no 职务 is
  never a cadre list;
- a 医保代缴 sheet whose 缴费金额 is split into 应缴金额 | 村集体代缴 was refused for want of an amount: the
  村集体代缴 part is the money the village paid;
- a 代收款 ledger (科目：代收款——自来水费) read 贷方 as money out: 代收款 and 代缴款 are liabilities, read as
  the other 往来 accounts (贷方 collected, in; 借方 passed on or refunded, out);
- a 代收金额 | 代缴金额 pair (有线电视费) took 代收金额 as "the" amount: they are money in and money out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.accounts import clearing_account
from importers.kinds import detect_kind
from tests.test_import_support import import_one, records, sheet_of, write_xls, write_xlsx

PENSION = [
    ["东湖村2024年城乡居民养老保险村集体代缴名单"],
    ["序号", "姓名", "性别", "年龄", "缴费档次（元）", "村集体代缴（元）", "缴费日期", "身份类别"],
    [1, "张小兵", "男", 52, 200, 100, dt.date(2024, 3, 6), "一般农户"],
    [2, "陈建国", "男", 55, 500, 200, dt.date(2024, 3, 11), "村干部"],
    [3, "胡国平", "男", 57, 200, 100, None, "一般农户"],
    ["合计", None, None, None, 900, 400, None, None],
]


def test_a_pension_list_paid_by_the_village_is_payments_out(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东湖村代缴明细.xlsx", {"养老保险代缴": PENSION})))
    assert sheet.kind == "payment"
    assert [(p["counterparty"], p["amount"], p["direction"], p["date"]) for p in records(store, "payment")] == [
        ("张小兵", 100.0, "out", "2024-03-06"), ("陈建国", 200.0, "out", "2024-03-11"), ("胡国平", 100.0, "out", None)]
    assert records(store, "cadre") == []
    assert "发放表" in sheet.note


@pytest.mark.parametrize(("sheet", "headers", "kind"), [
    # A 代缴 list: the village's money out per person, whatever "名单" or 职务 it has.
    ("养老保险代缴名单", ["序号", "姓名", "性别", "年龄", "村集体代缴（元）", "缴费日期"], "payment"),
    ("Sheet1", ["序号", "姓名", "性别", "缴费档次（元）", "村集体代缴（元）", "缴费日期"], "payment"),
    ("村干部养老保险代缴名单", ["序号", "姓名", "职务", "代缴金额", "代缴日期"], "payment"),
    # A list of names with a sum beside each and no 职务 is no cadre list, even when nothing says what it is.
    ("人员名单", ["序号", "姓名", "性别", "金额（元）"], None),
    # Look-alikes that stay: cadre lists with each cadre's 误工补贴 (a rate, no payment), a roster without
    # money, a wage sheet's 代扣代缴 (a deduction, not the sum paid), households' fees collected for the
    # water works (代收代缴 collects before it pays: money in).
    ("村两委干部花名册", ["姓名", "职务", "性别", "误工补贴"], "cadre"),
    ("村干部名单", ["姓名", "职务", "联系电话", "月误工补贴（元）"], "cadre"),
    ("村干部花名册", ["序号", "姓名", "性别", "出生年月", "联系电话"], "cadre"),
    ("工资表", ["序号", "姓名", "岗位", "应发工资", "代扣代缴个人所得税", "实发工资", "签字"], "payment"),
    ("水费代收代缴登记", ["序号", "户主", "缴费金额", "缴费日期"], "payment"),
])
def test_money_per_person_is_no_cadre_list(sheet: str, headers: list[str], kind: str | None) -> None:
    decision = detect_kind([""] * len(headers), headers, headers, sheet_name=sheet)
    assert decision.kind == kind
    if sheet == "工资表":
        assert decision.payout and {c.header for c in decision.chosen.columns if c.field == "amount"} == {"实发工资"}
    if sheet == "水费代收代缴登记":
        assert decision.collection and not decision.payout
    if kind is None:
        cadre = next(c for c in decision.candidates if c.kind == "cadre")
        assert "金额（元）" in cadre.missing and "不是干部名单" in cadre.missing


MEDICAL = [
    ["东湖村2024年度城乡居民基本医疗保险村集体代缴明细表"],
    ["填报单位：东湖村股份经济合作社（盖章）", None, None, None, None, None, None, "单位：元"],
    ["序号", "户主", "参保人数", "个人缴费标准（元/人）", "缴费金额", None, "代缴日期", "备注"],
    [None, None, None, None, "应缴金额", "村集体代缴", None, None],
    ["一组"],
    [1, "张国富", 4, 400, 1600, 800, "2023年10月9日", None],
    [2, "李桂兰", 2, 400, 800, "捌佰元整", "2023.10.12", "脱贫户全额代缴"],
    [3, "刘玉芬", 2, 400, 1600, "¥800.00", "20231020", None],
    ["一组小计", None, 8, None, 4000, 2400, None, None],
]
MEDICAL_MERGES = ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "A5:H5"]


def test_the_village_part_of_a_split_fee_is_what_it_paid(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "东湖村医保代缴明细.xlsx", {"医保代缴": MEDICAL}, merges={"医保代缴": MEDICAL_MERGES})
    sheet = sheet_of(import_one(store, path))
    assert sheet.kind == "payment"
    assert [(p["counterparty"], p["amount"], p["direction"], p["date"]) for p in records(store, "payment")] == [
        ("张国富", 800.0, "out", "2023-10-09"), ("李桂兰", 800.0, "out", "2023-10-12"),
        ("刘玉芬", 800.0, "out", "2023-10-20")]


def test_the_households_own_part_stays_raw(store, tmp_path: Path) -> None:
    """Look-alike: 个人缴纳 beside 村集体代缴 is the household's money, no payment of the village's."""
    rows = [["序号", "户主", "缴费金额", None, "代缴日期"], [None, None, "个人缴纳", "村集体代缴", None],
            [1, "张国富", 800, 800, "2023-10-09"], [2, "李桂兰", 0, 800, "2023-10-12"]]
    path = write_xlsx(tmp_path / "东湖村医保代缴.xlsx", {"医保代缴": rows},
                      merges={"医保代缴": ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]})
    import_one(store, path)
    payments = records(store, "payment")
    assert [(p["amount"], p["direction"]) for p in payments] == [(800.0, "out"), (800.0, "out")]
    assert payments[0]["raw"]["缴费金额/个人缴纳"] == "800"


def _ledger(title: str, account_line: str) -> list[list]:
    return [[title], [account_line],
            ["2023年", None, "凭证字号", "摘要", "借方", "贷方", "借或贷", "余额"],
            ["月", "日", None, None, None, None, None, None],
            [None, None, None, "上年结转", None, None, "贷", 432],
            [1, 10, "记-06", "收一组1月水费", None, 1286.5, "贷", 1718.5],
            [1, 31, "记-16", "付罗山县水务投资有限公司1月水费", 1500, None, "贷", 218.5]]


def test_a_collected_for_others_ledger_reads_as_a_liability(store, tmp_path: Path) -> None:
    rows = _ledger("明 细 账", "科目：代收款——自来水费")
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "柳林村代收款明细账.xls", {"代收款-水费": rows})))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(1286.5, "in"), (1500.0, "out")]
    assert "代收款" in sheet.note and "往来科目" in sheet.note


def test_a_cash_journal_keeps_its_sides(store, tmp_path: Path) -> None:
    """Look-alike: a 现金日记账 that mentions the 代收款 it received keeps 借方 = in."""
    rows = _ledger("柳林村现金日记账", "（含代收款）")
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "柳林村现金日记账.xls", {"现金": rows})))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(1286.5, "out"), (1500.0, "in")]
    assert "往来科目" not in sheet.note


@pytest.mark.parametrize(("text", "account"), [
    ("代收款-水费 科目：代收款——自来水费", "代收款"),
    ("代缴款明细账", "代缴款"),
    ("代收代缴款明细账", "代收代缴款"),
    ("其他应付款明细账", "其他应付款"),
    # Look-alikes: the bank account the money sits in, and a cash book, are the money's own books.
    ("邮储代收代缴款专户", None),
    ("现金日记账（代收款）", None),
])
def test_collected_for_others_accounts_are_clearing_accounts(text: str, account: str | None) -> None:
    assert clearing_account(text) == account


def test_collected_and_paid_on_columns_are_in_and_out(store, tmp_path: Path) -> None:
    rows = [["柳林村2023年有线电视收视费代收代缴明细"], ["单位：元"],
            ["日期", "凭证号", "摘要", "户名/单位", "代收金额", "代缴金额", "结余"],
            ["2023.1.6", "记-03", "代收2023年度有线电视费", "王庆山", 300, 0, 300],
            ["2023.1.9", "记-05", "代收2023年度有线电视费", "陈玉珍", 300, 0, 600],
            ["2023.1.31", "记-15", "代缴一月收视费", "河南有线电视网络集团有限公司罗山分公司", 0, 600, 0]]
    import_one(store, write_xls(tmp_path / "柳林村代收代缴款明细账.xls", {"有线电视费": rows}))
    assert [(p["counterparty"], p["amount"], p["direction"]) for p in records(store, "payment")] == [
        ("王庆山", 300.0, "in"), ("陈玉珍", 300.0, "in"), ("河南有线电视网络集团有限公司罗山分公司", 600.0, "out")]
