"""Layouts of blind set qa61 (晋北 hand-kept village books) that used to be misread:

- the ledger of a 往来 account (应收款, 应付款 …, named by the sheet or by "科目：112 应收款" above the header)
  books from that account's side: a 借方 (a loan to a person, a deposit paid back) is money out, a 贷方
  (a loan collected, a deposit taken in) money in, with a note; a cash journal keeps 借方 as money in;
- a "户名：高俊生" line over a block of a ledger names the party of the entries below it, up to the next
  one; "单位：元" or a signing "单位：…（盖章）" names none;
- an 应付款 sheet's "单位或个人" column is the party; a 单位 column of units of measure is not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers.parties import summary_organisation
from tests.test_import_support import (
    import_one,
    records,
    sheet_of,
    skipped_rows,
    write_xls,
    write_xlsx,
)

LEDGER_HEADER = ["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"]


def _payments(store) -> list[tuple[str, str, float, str | None]]:
    return [(p["summary"], p["direction"], p["amount"], p["counterparty"]) for p in records(store, "payment")]


def test_a_receivable_ledger_books_a_loan_as_money_out(store, tmp_path: Path) -> None:
    rows = [["石板沟村2023年往来明细账"],
            ["科目：112 应收款", None, None, None, None, None, "单位：元"],
            LEDGER_HEADER,
            ["2023.4.12", "付15", "王二旦借支购种子款", 3000.0, None, "借", 3000.0],
            ["2023.11.20", "收40", "收回王二旦借款", None, 3000.0, "平", 0.0]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "石板沟村往来明细账.xls", {"明细账": rows})))
    assert [(p[1], p[2]) for p in _payments(store)] == [("out", 3000.0), ("in", 3000.0)]
    assert "往来科目“应收款”" in sheet.note and "借方（借出" in sheet.note


def test_a_payable_sheet_books_a_deposit_taken_as_money_in(store, tmp_path: Path) -> None:
    rows = [["石板沟村2023年往来明细账——应付款"],
            ["日期", "凭证号", "单位或个人", "摘要", "借方", "贷方", "借或贷", "余额"],
            ["2023.1.15", "收3", "繁峙县鑫盛建筑队", "收取鑫盛建筑队工程质量保证金", None, 5000.0, "贷", 5000.0],
            ["2023.3.20", "付11", "繁峙县鑫盛建筑队", "退还鑫盛建筑队质量保证金", 5000.0, None, "平", 0.0],
            ["2023.4.6", "收14", "张海龙", "暂借张海龙现金（垫付电费）", None, 3000.0, "贷", 3000.0]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "石板沟村往来明细账.xls", {"应付款": rows})))
    assert [(p[1], p[3]) for p in _payments(store)] == [
        ("in", "繁峙县鑫盛建筑队"), ("out", "繁峙县鑫盛建筑队"), ("in", "张海龙")]
    assert "往来科目“应付款”" in sheet.note and "单位或个人" not in sheet.note


def test_a_cash_journal_keeps_its_debit_as_money_in(store, tmp_path: Path) -> None:
    """Look-alike: 借方 is money in in the cash's own book, even where its 摘要 names an 应收款."""
    rows = [["石板沟村2023年现金日记账"],
            ["科目：1001 库存现金"],
            LEDGER_HEADER,
            ["2023.3.5", "收12", "收回孙来福应收款", 2000.0, None, "借", 2000.0],
            ["2023.4.12", "付15", "王二旦借支购种子款", None, 1500.0, "借", 500.0]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石板沟村现金日记账.xlsx", {"现金": rows})))
    assert [p[1] for p in _payments(store)] == ["in", "out"]
    assert "往来科目" not in sheet.note


def test_a_ledger_named_for_receivables_and_cash_stays_a_cash_book(store, tmp_path: Path) -> None:
    """Look-alike: a title that also names the cash (现金) is the cash's book, not the 往来 account's."""
    rows = [["现金及应收款登记簿"], LEDGER_HEADER,
            ["2023.3.5", "收12", "收回借款", 2000.0, None, "借", 2000.0]]
    import_one(store, write_xlsx(tmp_path / "石板沟村登记簿.xlsx", {"Sheet1": rows}))
    assert [p[1] for p in _payments(store)] == ["in"]


def test_a_receivable_list_without_debit_and_credit_is_untouched(store, tmp_path: Path) -> None:
    """Look-alike: an 应收款 sheet with 收入/支出 columns says its side itself."""
    rows = [["日期", "摘要", "收入", "支出"], ["2023-03-05", "收回孙来福借款", 2000, None],
            ["2023-04-12", "借给王二旦购种子款", None, 3000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石板沟村应收款.xlsx", {"应收款": rows})))
    assert [p[1] for p in _payments(store)] == ["in", "out"]
    assert "往来科目" not in sheet.note


def test_a_party_line_names_the_party_of_its_block(store, tmp_path: Path) -> None:
    rows = [["石板沟村2023年往来明细账——应收款"], LEDGER_HEADER,
            ["户名：高俊生"],
            ["2023.1.1", None, "期初余额", None, None, "平", 0.0],
            [dt.datetime(2023, 1, 10), "付2", "借支差旅费", 2000.0, None, "借", 2000.0],
            ["2023.6.1", "收22", "交回借款", None, 2000.0, "平", 0.0],
            [None, None, "小计", 2000.0, 2000.0, "平", 0.0],
            ["户名：忻州晋丰农业科技有限公司"],
            ["2023.5.8", "付19", "预付有机肥款", 12000.0, None, "借", 12000.0],
            ["2023.6.30", "收25", "收回张三借款", None, 1500.0, "借", 10500.0]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "石板沟村往来明细账.xls", {"应收款": rows})))
    assert [(p[1], p[3]) for p in _payments(store)] == [
        ("out", "高俊生"), ("in", "高俊生"), ("out", "忻州晋丰农业科技有限公司"), ("in", "忻州晋丰农业科技有限公司")]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("户名栏") and "表尾" not in reasons[3]
    assert "户名栏记往来单位" in sheet.note and "第 3 行“户名：高俊生”" in sheet.note


def test_a_party_line_fills_only_a_blank_party_cell(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "往来单位", "收入", "支出"],
            ["往来单位：繁峙县鑫盛建筑队"],
            ["2023-03-05", "收取保证金", None, 5000, None],
            ["2023-03-06", "付材料款", "繁峙县建材经营部", None, 800]]
    import_one(store, write_xlsx(tmp_path / "石板沟村收支明细.xlsx", {"收支": rows}))
    assert [p[3] for p in _payments(store)] == ["繁峙县鑫盛建筑队", "繁峙县建材经营部"]


def test_a_unit_line_or_a_signing_unit_names_no_party(store, tmp_path: Path) -> None:
    """Look-alike: "单位：元" (the amounts' unit) and "单位：…村民委员会（盖章）" (who signs) are no party lines."""
    rows = [["石板沟村2023年收支明细账"], ["日期", "摘要", "收入", "支出"],
            ["2023-03-05", "收村民水费", 460, None],
            ["单位：元"],
            ["2023-03-06", "付办公用品", None, 120],
            ["单位：石板沟村村民委员会（盖章）"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石板沟村收支明细账.xlsx", {"收支": rows})))
    assert [p[3] for p in _payments(store)] == [None, None]
    assert "户名栏" not in sheet.note
    assert skipped_rows(sheet) == [4, 6]


def test_a_unit_of_measure_column_is_no_party(store, tmp_path: Path) -> None:
    """Look-alike: a 单位 column of 亩 in a land roster stays out of the party."""
    rows = [["地块名称", "承包方", "面积", "单位", "年租金（元）"],
            ["后沟坡地", "李满堂", 12.5, "亩", 1500], ["东河滩", "李二保", 8, "亩", 1200]]
    import_one(store, write_xlsx(tmp_path / "李家庄村土地承包台账.xlsx", {"耕地": rows}))
    assert [r["counterparty"] for r in records(store, "resource")] == ["李满堂", "李二保"]


def test_a_rural_credit_union_in_the_summary_is_the_payee() -> None:
    assert summary_organisation("付繁峙县农村信用合作联社账户管理费", "王家峪村") == "繁峙县农村信用合作联社"
    assert summary_organisation("上缴石龙经济联社管理费", "西岸经济社") is None  # a 联社 that is a village's collective
