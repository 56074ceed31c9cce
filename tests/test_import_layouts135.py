"""Layouts of blind set qa135 (year-end reports printed beside the ledgers) that used to be misread:

- a 收支明细表 with one 金额 column and its 科目 merged down each group (经营收入, 管理费用 …) left every
  entry without a direction, and its note said nothing told income from spending: a 收入 account is money
  in, a 支出 or 费用 account money out; an asset account (在建工程) is read from a 摘要 that starts by
  paying or receiving, with a warning, else left without;
- a 收支明细表 whose groups open with a 科目 row ("511 | 发包及上交收入", no amount, no date) rejected those
  rows as 缺少金额 and left the entries under them without an account: the row is a heading, skipped, and
  its account is its entries', up to the group's 小计.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx

TITLE = ["下溪村股份经济合作社2023年度收支明细表"]
HEADER = ["科目", "日期", "凭证字号", "摘要", "对方单位", "金额"]


def _merged_report(tmp_path: Path) -> Path:
    rows = [TITLE, HEADER,
            ["经营收入", "2023年1月18日", "记-4", "收村集体房屋租金", "临安溪源民宿管理有限公司", 68000],
            [None, "2023年3月25日", "记-17", "收竹林承包费", "钱国平", 12500],
            [None, None, None, "经营收入小计", None, 80500],
            ["管理费用", "2023年1月30日", "记-7", "购置办公电脑2台", "临安区数码港电脑城", 9980],
            [None, "2023年3月8日", "记-13", "支付村两委干部交通补贴", "俞国强", 3600],
            [None, None, None, "管理费用小计", None, 13580],
            ["在建工程", "2023年4月28日", "记-24", "支付溪滩整治工程进度款", "杭州临安宏远水利建设有限公司", 180000],
            [None, "2023年9月20日", "记-58", "溪滩整治工程款", "杭州临安宏远水利建设有限公司", 156000],
            [None, None, None, "在建工程小计", None, 336000],
            [None, None, None, "收入合计", None, 80500],
            [None, None, None, "支出合计", None, 349580],
            ["说明：本表按会计科目分类列示"], ["制表：俞丽萍", None, "审核：俞国强"]]
    merges = ["A3:A4", "A6:A7", "A9:A10"]
    return write_xlsx(tmp_path / "下溪村2023年度财务报表.xlsx", {"收支明细表": rows}, merges={"收支明细表": merges})


def test_the_account_of_a_one_amount_report_says_its_side(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _merged_report(tmp_path)))
    got = {row: (p["account"], p["direction"]) for row, p in by_row(records(store, "payment")).items()}
    assert got[3] == ("经营收入", "in") and got[4] == ("经营收入", "in")
    assert got[6] == ("管理费用", "out") and got[7] == ("管理费用", "out")
    assert "收支方向按各笔的科目读" in sheet.note and "经营收入" in sheet.note and "管理费用" in sheet.note
    assert "看不出是收入还是支出" not in sheet.note


def test_an_asset_account_is_read_from_a_paying_summary_with_a_warning(store, tmp_path: Path) -> None:
    """在建工程 tells no side by itself: "支付…" is money out (warned); a 摘要 with no verb stays without."""
    sheet = sheet_of(import_one(store, _merged_report(tmp_path)))
    payments = by_row(records(store, "payment"))
    assert payments[9]["direction"] == "out" and payments[10]["direction"] is None
    reasons = {warning["row"]: warning["reason"] for warning in sheet.warnings}
    assert "在建工程" in reasons[9] and "支付溪滩整治工程进度款" in reasons[9]
    assert "收支方向留空" in reasons[10]


def test_a_column_of_free_categories_tells_no_side(store, tmp_path: Path) -> None:
    """Look-alike: 办公费, 工程款 are no accounts of the 会计制度: the sheet stays without a direction."""
    rows = [HEADER, ["办公费", "2023-01-30", "记-7", "购置办公电脑", "数码港电脑城", 9980],
            ["工程款", "2023-04-28", "记-24", "溪滩整治工程进度款", "宏远水利建设有限公司", 180000],
            ["经营收入", "2023-05-08", "记-26", "收停车费", "景区管理有限公司", 23760]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "下溪村收支明细.xlsx", {"明细": rows})))
    assert [p["direction"] for p in records(store, "payment")] == [None, None, None]
    assert "看不出是收入还是支出" in sheet.note


def test_clearing_accounts_alone_tell_no_side(store, tmp_path: Path) -> None:
    """Look-alike: a list booked only to 往来 accounts (应收款, 应付款) has no 收入 or 支出 account to go by."""
    rows = [HEADER, ["应收款", "2023-01-30", "记-7", "借给李明", "李明", 5000],
            ["应付款", "2023-04-28", "记-24", "暂收保证金", "宏远水利建设有限公司", 20000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "下溪村往来明细.xlsx", {"明细": rows})))
    assert [p["direction"] for p in records(store, "payment")] == [None, None]
    assert "按各笔的科目读" not in sheet.note


def test_a_side_column_beats_the_account(store, tmp_path: Path) -> None:
    """Look-alike: with 收入/支出 columns the sheet's own columns say the side (a refund booked to 管理费用 is in)."""
    rows = [["科目", "日期", "摘要", "收入", "支出"], ["管理费用", "2023-01-30", "退回多付电费", 300, None],
            ["管理费用", "2023-02-28", "支付电费", None, 1200]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "下溪村收支明细.xlsx", {"明细": rows})))
    assert [p["direction"] for p in records(store, "payment")] == ["in", "out"]
    assert "按各笔的科目读" not in sheet.note


def _headed_report(tmp_path: Path, *, one_amount: bool = False) -> Path:
    day = dt.datetime
    header = ["科目编码", "科目名称", "日期", "凭证号", "摘要", "往来单位"] + (["金额"] if one_amount else ["收入金额", "支出金额"])

    def entry(when: dt.datetime, voucher: str, summary: str, party: str, amount: float, out: bool) -> list:
        money = [amount] if one_amount else ([None, amount] if out else [amount, None])
        return [None, None, when, voucher, summary, party] + money

    rows = [["东李家庄村2023年度收支明细表"], header,
            ["511", "发包及上交收入"] + [None] * (len(header) - 2),
            entry(day(2023, 1, 10), "记-03", "收2023年度东岭果园承包费", "李庆华", 28000, False),
            entry(day(2023, 1, 16), "记-05", "收村西砖厂场地租金", "莒县宏盛建材有限公司", 45000, False),
            [None, "发包及上交收入 小计", None, None, None, None, 73000] + ([] if one_amount else [None]),
            ["550", "管理费用"] + [None] * (len(header) - 2),
            entry(day(2023, 1, 20), "记-07", "购办公用品", "莒县文通办公用品商店", 1268, True),
            [None, "管理费用 小计"] + [None] * (len(header) - 3) + [1268],
            [None, "合  计"] + [None] * (len(header) - 2)]
    return write_xlsx(tmp_path / "东李家庄村2023年度会计报表.xlsx", {"收支明细表": rows})


def test_an_account_row_heads_its_group(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _headed_report(tmp_path)))
    payments = by_row(records(store, "payment"))
    assert {row: p["account"] for row, p in payments.items()} == {4: "发包及上交收入", 5: "发包及上交收入", 8: "管理费用"}
    assert [payments[row]["direction"] for row in (4, 5, 8)] == ["in", "in", "out"]
    assert sheet.rejected == []
    reasons = {skip["row"]: skip["reason"] for skip in sheet.skipped}
    assert reasons[3].startswith("科目行（511 发包及上交收入）") and reasons[7].startswith("科目行（550 管理费用）")
    assert "科目行" in sheet.note and "第 3 行" in sheet.note


def test_account_rows_give_a_one_amount_report_its_sides(store, tmp_path: Path) -> None:
    """Both fixes together: the heading's account, then its side, for a report with one 金额 column."""
    sheet = sheet_of(import_one(store, _headed_report(tmp_path, one_amount=True)))
    payments = by_row(records(store, "payment"))
    assert [(payments[row]["account"], payments[row]["direction"]) for row in (4, 5, 8)] == \
        [("发包及上交收入", "in"), ("发包及上交收入", "in"), ("管理费用", "out")]
    assert "按各笔的科目读" in sheet.note and sheet.rejected == []


def test_a_group_ends_at_its_subtotal(store, tmp_path: Path) -> None:
    """Rows after a 小计 and before the next 科目 row are of no group: they keep their own (no) account."""
    rows = [["科目编码", "科目名称", "日期", "摘要", "收入金额", "支出金额"],
            ["522", "补助收入", None, None, None, None],
            [None, None, "2023-02-24", "收村级组织运转经费", 60000, None],
            [None, "补助收入 小计", None, None, 60000, None],
            [None, None, "2023-03-01", "收回借款", 5000, None]]
    import_one(store, write_xlsx(tmp_path / "东李家庄村收支明细表.xlsx", {"收支明细表": rows}))
    assert {row: p["account"] for row, p in by_row(records(store, "payment")).items()} == {3: "补助收入", 5: None}


def test_an_account_alone_beside_a_summary_is_still_a_broken_row(store, tmp_path: Path) -> None:
    """Look-alike: a row with its 科目 and a 摘要 but no amount is a data row missing its amount, not a heading."""
    rows = [["科目", "日期", "摘要", "收入金额", "支出金额"], ["管理费用", "2023-01-20", "购办公用品", None, None],
            ["管理费用", "2023-01-22", "购打印纸", None, 300]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东李家庄村收支明细表.xlsx", {"收支明细表": rows})))
    assert [reject["row"] for reject in sheet.rejected] == [2]
    assert not any(skip["reason"].startswith("科目行") for skip in sheet.skipped)


def test_a_free_word_alone_is_no_account_row(store, tmp_path: Path) -> None:
    """Look-alike: a word alone in the 科目 column that is no account and has no code stays as it was."""
    rows = [["科目", "日期", "摘要", "收入金额", "支出金额"], ["杂项", None, None, None, None],
            ["管理费用", "2023-01-22", "购打印纸", None, 300]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东李家庄村收支明细表.xlsx", {"收支明细表": rows})))
    assert not any(skip["reason"].startswith("科目行") for skip in sheet.skipped)
    assert [p["account"] for p in records(store, "payment")] == ["管理费用"]
