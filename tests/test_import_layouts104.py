"""Layouts of blind set qa104 (hand-kept journals printed as pages, 2019–2023) that used to be misread:

- a 往来明细账 keeps several 明细科目 accounts one after another, each on its own page under
  "一级科目：应收款　明细科目：X | 第 N 页" and its own "2019年" header: every entry went to the first
  account's party, the later 明细科目 lines were rejected as "缺少金额", and a new account's entries
  kept the last account's year;
- a 摘要 carried onto a second line (nothing but the 摘要 cell, right under its entry) was rejected as
  "缺少金额" and the entry kept half its 摘要 (and missed the party the whole text names);
- a bank book's "开户行：…　账号：… | 第 2 页" over each page was rejected instead of skipped;
- "付刘桂兰困难户春节慰问金" named no payee, and a 药房 was no organisation.

Look-alikes that stay as they were: a ledger of one 明细科目 (its page header's year is not taken
over the year lines), an entry with only its 摘要 that opens as an entry, one whose amount is 0 or
unreadable, a lone 摘要 under a 本月合计, another bank account's line, and the places, groups and
clinic rooms that read like a 困难户's name or a pharmacy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.parties import summary_organisation
from importers.persons import summary_person
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx

HEADER = [["月", "日", "字", "号", None, None, None, None, None]]


def _page(account: str, page: int, year: str) -> list[list[object]]:
    """A printed page's top: title, account line with its page number, two-row header."""
    return [["应收款 明 细 账"],
            [f"一级科目：应收款    明细科目：{account}    单位：元", None, None, None, None, None, None, f"第 {page} 页"],
            [year, None, "凭证", None, "摘    要", "借方", "贷方", "借或贷", "余额"], *HEADER]


def _ledger() -> list[list[object]]:
    return [*_page("王建军", 1, "2019年"),
            [1, 1, None, None, "上年结转", None, None, "平", 0],
            [4, 3, "记", 4, "借支赴杭州参加培训差旅费", 2000, None, "借", 2000],          # 6
            [None, None, None, None, "本年累计", 2000, 0, "借", 2000],
            [12, 31, None, None, "结转下年", None, None, "借", 2000],
            ["2023年"],
            [1, 1, None, None, "上年结转", None, None, "借", 2000],
            [None, None, None, None, "过次页", None, None, "借", 2000],
            [],
            *_page("王建军", 2, "2023年"),                                               # 13-16
            [None, None, None, None, "承前页", None, None, "借", 2000],
            [3, 15, "记", 6, "归还借款", None, 2000, "平", 0],                          # 18
            [12, 31, None, None, "结转下年", None, None, "平", 0],
            [],
            *_page("青山镇农机服务站", 3, "2019年"),                                     # 21-24
            [1, 1, None, None, "上年结转", None, None, "平", 0],
            [3, 1, "记", 4, "借出农机站购置收割机周转资金", 20000, None, "借", 20000],    # 26
            [12, 31, None, None, "结转下年", None, None, "借", 20000],
            ["2020年"],
            [1, 1, None, None, "上年结转", None, None, "借", 20000],
            [3, 2, "记", 11, "收回借款", None, 8000, "借", 12000],                      # 30
            [],
            *_page("刘桂兰", 4, "2021年"),                                              # 32-35
            [1, 1, None, None, "上年结转", None, None, "平", 0],
            [6, 10, "记", 4, "借支村办幼儿园维修备用金", 1500, None, "借", 1500]]       # 37


def test_each_subaccount_of_a_ledger_gives_its_own_party_and_years(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村往来明细账.xlsx", {"应收款": _ledger()})))
    got = {row: (p["date"], p["counterparty"]) for row, p in by_row(records(store, "payment")).items()}
    assert got == {6: ("2019-04-03", "王建军"), 18: ("2023-03-15", "王建军"),
                   26: ("2019-03-01", "青山镇农机服务站"), 30: ("2020-03-02", "青山镇农机服务站"),
                   37: ("2021-06-10", "刘桂兰")}
    assert sheet.rejected == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[14] == "重复的标题或单位行（分页打印的表常见）"  # the same account's next page
    assert "明细科目行" in reasons[22] and "青山镇农机服务站" in reasons[22]
    assert "明细科目行" in reasons[33] and "“刘桂兰”" in reasons[33]
    assert reasons[23].endswith("表头写“2019年”，以下各笔按 2019 年")  # the new account's first header
    assert reasons[15] == "重复的表头行"  # the same account's next page keeps its year
    assert "第 22 行“明细科目：青山镇农机服务站”" in sheet.note and sheet.warnings == []


def test_a_ledger_of_one_subaccount_keeps_its_party_and_its_year_lines(store, tmp_path: Path) -> None:
    """Look-alike: one 明细科目 over every page. Its second page's line is a repeated title, and that
    page's header, copied with the first year ("2019年"), does not undo the year line above it."""
    rows = [*_page("张卫东", 1, "2019年"),
            [4, 3, "记", 4, "借支差旅费", 2000, None, "借", 2000],                        # 5
            ["2021年"],
            [5, 12, "记", 18, "借支防疫物资周转金", 3000, None, "借", 5000],              # 7
            [None, None, None, None, "过次页", None, None, "借", 5000],
            [],
            *_page("张卫东", 2, "2019年"),                                               # 10-13
            [None, None, None, None, "承前页", None, None, "借", 5000],
            [6, 30, "记", 25, "归还借款", None, 3000, "借", 2000]]                        # 15
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村往来明细账.xlsx", {"应收款": rows})))
    got = {row: (p["date"], p["counterparty"]) for row, p in by_row(records(store, "payment")).items()}
    assert got == {5: ("2019-04-03", "张卫东"), 7: ("2021-05-12", "张卫东"), 15: ("2021-06-30", "张卫东")}
    assert sheet.rejected == []
    assert {s["row"]: s["reason"] for s in sheet.skipped}[11] == "重复的标题或单位行（分页打印的表常见）"
    assert "明细科目行" not in str(sheet.skipped)


CASH_HEADER = ["日期", "凭证号", "摘要", "收入", "支出", "结余"]


def test_a_summary_carried_onto_a_second_line_is_joined_to_its_entry(store, tmp_path: Path) -> None:
    rows = [["红旗村现金日记账"], CASH_HEADER,
            ["2020-02-17", "现付5", "付青山镇惠民药房疫情防控口罩、", None, 860, 1140],   # 3
            [None, None, "消毒液、测温枪款", None, None, None],                          # 4
            ["2020-02-20", "现收2", "收杭州临安森禾竹木制品有限公司", 3600, None, 4740],   # 5
            [None, None, "厂房 2020年度租金", None, None, None],                           # 6
            ["2020-02-21", "现付6", "付王强误工补贴", None, 200, 4540]]                   # 7
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村现金日记账.xlsx", {"现金日记账": rows})))
    got = {row: (p["summary"], p["counterparty"]) for row, p in by_row(records(store, "payment")).items()}
    assert got == {3: ("付青山镇惠民药房疫情防控口罩、消毒液、测温枪款", "青山镇惠民药房"),
                   5: ("收杭州临安森禾竹木制品有限公司厂房 2020年度租金", "杭州临安森禾竹木制品有限公司"),
                   7: ("付王强误工补贴", "王强")}
    assert sheet.rejected == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[4].startswith("摘要的续行：上一行（第 3 行）") and "消毒液、测温枪款" in reasons[4]
    assert reasons[6].startswith("摘要的续行：上一行（第 5 行）")
    assert "2 行只有摘要" in sheet.note and "第 4 行“消毒液、测温枪款”" in sheet.note


def test_a_bank_book_joins_its_continuation_lines_in_an_xls(store, tmp_path: Path) -> None:
    rows = [["银 行 存 款 日 记 账"],
            ["开户行：浙江临安农村商业银行青山支行    账号：201000158872    单位：元"] + [None] * 6 + ["第 1 页"],
            ["月", "日", "凭证号数", "摘要", "对方户名", "借方", "贷方", "余额"],
            [4, 2, "银3", "收杭州临安森禾竹木制品有限公司", "杭州临安森禾竹木制品有限公司", 36000, None, 596430],
            [None, None, None, "厂房2019年度租金"],                                       # 5
            [None, None, None, "过次页", None, None, None, 596430],
            [],
            ["银 行 存 款 日 记 账"],
            ["开户行：浙江临安农村商业银行青山支行    账号：201000158872    单位：元"] + [None] * 6 + ["第 2 页"],
            ["月", "日", "凭证号数", "摘要", "对方户名", "借方", "贷方", "余额"],
            [None, None, None, "承前页", None, None, None, 596430],
            [5, 18, "银4", "付临安区宏达建设有限公司进度款", "临安区宏达建设有限公司", None, 126000, 470430]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "红旗村银行存款日记账2019.xls", {"银行存款日记账": rows})))
    got = {row: p["summary"] for row, p in by_row(records(store, "payment")).items()}
    assert got == {4: "收杭州临安森禾竹木制品有限公司厂房2019年度租金", 12: "付临安区宏达建设有限公司进度款"}
    assert sheet.rejected == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[9] == "重复的标题或单位行（分页打印的表常见）"  # the 开户行 line over page 2
    assert reasons[5].startswith("摘要的续行：上一行（第 4 行）")


def test_another_bank_accounts_line_is_no_repeated_title(store, tmp_path: Path) -> None:
    """Look-alike: a 开户行 line naming another 账号 is not the page line of this one."""
    rows = [["银行存款日记账"], ["开户行：青山支行  账号：201000158872", None, None, None, "第 1 页"],
            ["日期", "凭证号", "摘要", "借方", "贷方"],
            ["2019-04-02", "银3", "收租金", 36000, None],
            ["开户行：农行临安支行  账号：190788001122", None, None, None, "第 1 页"],
            ["2019-05-18", "银4", "付工程款", None, 126000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "银行存款日记账.xlsx", {"银行": rows})))
    assert {s["row"]: s["reason"] for s in sheet.skipped}.get(5) != "重复的标题或单位行（分页打印的表常见）"


@pytest.mark.parametrize("line", [
    ["2020-02-18", "现付6", "付李明误工补贴", None, None, None],   # its date and voucher: an entry
    [None, None, "支付李明误工补贴", None, None, None],            # opens as an entry, without its amount
    [None, None, "误工补贴", None, "待查", None],                  # an amount that cannot be read
    [None, None, "误工补贴", None, 0, None],                       # an amount of 0
])
def test_a_lone_summary_that_is_an_entry_is_not_joined(store, tmp_path: Path, line: list[object]) -> None:
    """Look-alikes: a row with its own date, amount (0 or unreadable) or a 摘要 that opens as an entry
    is still reported as before; the entry above keeps its 摘要."""
    rows = [["红旗村现金日记账"], CASH_HEADER,
            ["2020-02-17", "现付5", "付青山镇惠民药房口罩款", None, 860, 1140], line]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村现金日记账.xlsx", {"现金日记账": rows})))
    assert by_row(records(store, "payment"))[3]["summary"] == "付青山镇惠民药房口罩款"
    assert "摘要的续行" not in str(sheet.skipped)
    assert [r["row"] for r in sheet.rejected] == [4]


def test_a_lone_summary_under_a_total_is_not_joined(store, tmp_path: Path) -> None:
    """Look-alike: a line under a 本月合计, not under an entry, is no continuation (still reported)."""
    rows = [["红旗村现金日记账"], CASH_HEADER,
            ["2020-02-17", "现付5", "付青山镇惠民药房口罩款", None, 860, 1140],
            [None, None, "本月合计", None, 860, 1140],
            [None, None, "消毒液款", None, None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村现金日记账.xlsx", {"现金日记账": rows})))
    assert by_row(records(store, "payment"))[3]["summary"] == "付青山镇惠民药房口罩款"
    assert [r["row"] for r in sheet.rejected] == [5]


@pytest.mark.parametrize(("summary", "person"), [
    ("付刘桂兰困难户春节慰问金", "刘桂兰"),
    ("付郑春花低保户慰问金", "郑春花"),
    ("付全村困难户春节慰问金", None),   # look-alikes: a village, a group, a family, a kind of household
    ("付三组困难户慰问金", None),
    ("付王家困难户慰问金", None),
    ("付特殊困难户慰问金", None),
    ("付老党员困难户慰问金", None),
])
def test_a_needy_households_head_is_the_payee(summary: str, person: str | None) -> None:
    assert summary_person(summary, "红旗村") == person


@pytest.mark.parametrize(("summary", "party"), [
    ("付青山镇惠民药房疫情防控口罩款", "青山镇惠民药房"),
    ("付老百姓大药房药品款", "老百姓大药房"),
    ("付村卫生室药房改造款", None),  # look-alikes: a clinic's dispensary is no party of its own
    ("付镇卫生院药房药品款", None),
    ("付中药房", None),
])
def test_a_pharmacy_is_an_organisation(summary: str, party: str | None) -> None:
    assert summary_organisation(summary, "红旗村") == party


def test_a_section_heading_under_an_entry_is_no_continuation(store, tmp_path: Path) -> None:
    """Look-alike: "二、支出明细" alone in the 摘要 column right under an entry heads the rows below it."""
    rows = [["红旗村2023年第一季度财务收支公开"], ["序号", "摘要", "金额"],
            [None, "一、收入明细"],
            [1, "镇财政拨付村级组织运转经费", 80000],
            [None, "二、支出明细"],
            [1, "付青山镇惠民药房口罩款", 860]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村财务公开.xlsx", {"公开": rows})))
    got = {row: (p["summary"], p["direction"]) for row, p in by_row(records(store, "payment")).items()}
    assert got == {4: ("镇财政拨付村级组织运转经费", "in"), 6: ("付青山镇惠民药房口罩款", "out")}
    assert "摘要的续行" not in str(sheet.skipped)
