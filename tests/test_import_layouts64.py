"""Layouts of blind set qa64 (a 苏南 村股份经济合作社's year-end 决算 workbook) that used to be misread:

- a 应付款明细表 (单位或个人 | 金额 | 发生时间 | 账龄 | 形成原因) lists balances still owed, not payments:
  it was read as payments out (its name says 付款), while its twin 应收款明细表 was only "无法判断".
  Both are now refused as a list of 往来 balances, with a note; so is a 往来款项明细 or 债权债务明细
  with a 余额 column. A 应付款明细账 with dated 借方/贷方 entries, a 工程款支付台账, a 借出款项清理表 and
  a bank statement with its 余额 stay payments;
- a 中标单位 or 往来单位 cell that is only a number ("1386000.00", from a csv line that lost a cell) is
  no party: it is kept in the raw row, with a warning. A name with digits in it stays a name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

PAYABLES = [["应付款明细表", None, None, None, None, None],
            ["2023年12月31日", None, None, None, None, "单位：元"],
            ["序号", "单位或个人", "金额", "发生时间", "账龄", "形成原因"],
            [1, "江苏华邦建设集团有限公司", 693500, "2023.11", "1年以内", "工程进度款"],
            [2, "太仓市鑫达精密机械有限公司", 50000, "2021.1", "2-3年", "租赁押金"],
            [3, "东林村股民（2023年度分红未领）", 967290.5, "2023.12", "1年以内", "未领分红"],
            [None, "合计", 1710790.5, None, None, None]]


def _refused_as_balances(sheet) -> None:
    assert sheet.kind is None and sheet.imported == 0
    assert "往来款项余额表" in sheet.note and "未导入" in sheet.note


@pytest.mark.parametrize(("sheet_name", "title"), [("应付款明细", "应付款明细表"), ("应收款明细", "应收款明细表")])
def test_a_list_of_balances_owed_is_no_payment(store, tmp_path: Path, sheet_name: str, title: str) -> None:
    rows = [[title, *PAYABLES[0][1:]], *PAYABLES[1:]]
    report = import_one(store, write_xlsx(tmp_path / "东林村2023年度决算报表.xlsx", {sheet_name: rows}))
    sheet = sheet_of(report)
    assert records(store) == []
    _refused_as_balances(sheet)
    assert "“账龄”" in sheet.note


@pytest.mark.parametrize(("sheet_name", "header"), [
    ("往来款项明细", ["序号", "单位名称", "款项内容", "年末余额"]),
    ("债权债务明细", ["债务人", "发生日期", "金额", "余额", "备注"]),
    ("应付款明细表", ["单位或个人", "发生日期", "金额", "余额"]),
])
def test_a_balance_column_in_a_sheet_of_receivables_or_payables(store, tmp_path: Path, sheet_name: str,
                                                              header: list[str]) -> None:
    """Without a 账龄, a 余额 column says so in a sheet named as 往来, 应收款、应付款 or 债权债务; a
    发生日期 is the day the balance arose, not a day money moved."""
    filled = {"序号": 1, "单位名称": "太仓市恒信建设工程有限公司", "单位或个人": "太仓市恒信建设工程有限公司",
              "债务人": "太仓市恒信建设工程有限公司", "款项内容": "工程质保金", "年末余额": 86200, "发生日期": "2023-09-01",
              "金额": 86200, "余额": 86200, "备注": "质保金"}
    rows = [header, [filled[name] for name in header]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东林村2023年度决算报表.xlsx", {sheet_name: rows})))
    assert records(store) == []
    _refused_as_balances(sheet)


def test_a_payables_ledger_with_its_entries_stays_payments(store, tmp_path: Path) -> None:
    """Look-alike: a 应付款明细账 dates each 借方/贷方 entry under its voucher: money moved."""
    rows = [["应付款明细账"], ["科目：应付款—江苏华邦建设集团有限公司"],
            ["日期", "凭证号", "摘要", "借方", "贷方", "余额"],
            ["2023-10-12", "记-08", "支付工程进度款", 120000, None, 573500],
            ["2023-11-20", "记-15", "确认工程进度款", None, 693500, 1267000]]
    import_one(store, write_xlsx(tmp_path / "东林村应付款明细账.xlsx", {"应付款明细": rows}))
    assert len(records(store, "payment")) == 2


def test_a_works_payment_book_with_its_unpaid_balance_stays_payments(store, tmp_path: Path) -> None:
    """Look-alike: a 工程款支付台账's 未付余额 is what is left of the contract; each row is a payment made."""
    rows = [["东林村工程款支付台账"],
            ["项目名称", "合同金额", "支付日期", "本次支付金额", "累计支付", "未付余额", "收款单位"],
            ["东林村村道提升", 4683500, "2023-10-12", 120000, 3990000, 693500, "江苏华邦建设集团有限公司"]]
    import_one(store, write_xlsx(tmp_path / "东林村工程款支付台账.xlsx", {"应付工程款": rows}))
    [payment] = records(store, "payment")
    assert (payment["date"], payment["amount"]) == ("2023-10-12", 120000.0)


def test_money_lent_out_with_its_age_stays_payments(store, tmp_path: Path) -> None:
    """Look-alike: a 借出款项清理表 dates each loan when the money went out, though it ages it too."""
    rows = [["下塘村借出款项清理表"],
            ["借款日期", "凭证号", "借款人（单位）", "借款事由", "借出金额", "未归还余额", "账龄"],
            ["2020-05-18", "记-12", "王志强", "个人周转", 20000, 15000, "3年以上"]]
    import_one(store, write_xlsx(tmp_path / "下塘村借出款项清理表.xlsx", {"借出款项": rows}))
    [payment] = records(store, "payment")
    assert (payment["counterparty"], payment["direction"]) == ("王志强", "out")


def test_a_bank_statement_with_its_balance_stays_payments(store, tmp_path: Path) -> None:
    """Look-alike: a 往来 word in a statement's name and its 余额 column make no balance list."""
    rows = [["交易日期", "对方户名", "支出金额", "收入金额", "余额"],
            ["2023-10-08", "江苏华邦建设集团有限公司", 120000, None, 5501300.55]]
    import_one(store, write_xlsx(tmp_path / "东林村银行对账单.xlsx", {"往来账户": rows}))
    assert len(records(store, "payment")) == 1


# --- a number where a party's name belongs ----------------------------------------------------------


def test_a_number_is_no_contractor(store, tmp_path: Path) -> None:
    rows = [["项目名称", "中标单位", "中标价（元）", "开标日期"],
            ["东林村村道提升工程", "1386000.00", "2023/3/15", None],
            ["东林村河道清淤", "太仓市恒信建设工程有限公司", 286000, "2023/4/2"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "城厢镇村级工程招投标登记.csv", rows)))
    got = by_row(records(store, "project"))
    assert [got[2]["contractor"], got[3]["contractor"]] == [None, "太仓市恒信建设工程有限公司"]
    assert got[2]["raw"]["中标单位"] == "1386000.00"
    [warning] = [w for w in sheet.warnings if w["column"] == "中标单位"]
    assert warning["row"] == 2 and "不是单位或人名" in warning["reason"]


def test_a_number_is_no_counterparty(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "往来单位", "支出"], ["2023-10-08", "支付工程款", 145, 120000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东林村支出明细.xlsx", {"支出": rows})))
    [payment] = records(store, "payment")
    assert payment["counterparty"] is None and payment["amount"] == 120000.0
    assert any("不是单位或人名" in w["reason"] for w in sheet.warnings)


@pytest.mark.parametrize("name", ["太仓市2号建筑队", "3D打印工作室", "58同城"])
def test_a_name_with_digits_stays_a_name(store, tmp_path: Path, name: str) -> None:
    """Look-alike: digits inside a name, or before its words, leave it a name."""
    rows = [["项目名称", "中标单位", "中标价（元）"], ["东林村村道提升工程", name, 286000]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "城厢镇村级工程招投标登记.csv", rows)))
    [project] = records(store, "project")
    assert project["contractor"] == name and sheet.warnings == []
