"""Layouts of blind set qa107 (invoice and 报账 registers, a 村务卡 消费明细) that used to be misread:

- a 发票登记簿 or 原始凭证粘贴单汇总 (发票号码, 发票金额, 报账日期, 报账人 … and no direction column) was read
  with no direction, so the 白条 and large_cash checks passed over it; every invoice a village books
  is money out, as in a 报账单登记表 (with a note);
- a 红字发票 in such a register (-2400) became +2400 out, an extra payment: it keeps its minus now,
  with a warning naming the row; in a sheet that says no direction at all it is no longer turned into
  a payment either;
- a 报账单 of several invoices, its 报账单号, date, payee and 报账金额 merged over its invoice rows: every
  invoice row after the first became one more payment with the merged values copied; those rows are
  now skipped as parts of the payment above (a 白条 among them marks that payment);
- a 村务卡 export with its own 收/支 column wrote a 退货 as "存入" and "-320.00": money in with a
  negative amount. It is 320 in now.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

D = dt.date

# --- invoice registers are money out ------------------------------------------------------------------

_REGISTER_HEADER = ["序号", "发票号码", "开票日期", "开票单位", "发票内容", "发票金额", "报账日期", "报账人", "收款单位",
                    "支付方式", "备注"]


def _register_rows(title: str) -> list[list]:
    return [[title], ["填报单位：李家村股份经济合作社"], _REGISTER_HEADER,
            [1, "04418723", "2023.1.4", "恒达办公用品商行", "办公用品", 486, D(2023, 1, 9), "李秀英", "恒达办公用品商行", "转账",
             None],
            [2, "白条", "2023.1.12", None, "物资搬运费", 300, "2023年1月16日", "沈国强", "陈阿毛", "现金", "白条"],
            [3, "00382715", "2023.2.21", "南太湖园林绿化工程有限公司", "村口绿化苗木", 18600, D(2023, 2, 27), "李建军",
             "南太湖园林绿化工程有限公司", "转账", None],
            [4, "00382741", "2023.3.2", "南太湖园林绿化工程有限公司", "苗木退货冲红", -2400, "2023年3月6日", "李建军",
             "南太湖园林绿化工程有限公司", "转账", "红字发票，冲减2月苗木款"]]


def test_an_invoice_register_is_money_out(store, tmp_path: Path) -> None:
    """qa107: 35 rows of 李家村2023年发票登记簿 had no direction; its 红字 -2400 became +2400 out."""
    path = write_xlsx(tmp_path / "李家村2023年发票登记簿.xlsx", {"上半年": _register_rows("李家村2023年发票登记簿（上半年）")})
    sheet = sheet_of(import_one(store, path))
    got = by_row(records(store, "payment"))
    assert [(got[r]["direction"], got[r]["amount"]) for r in (4, 5, 6, 7)] == [
        ("out", 486.0), ("out", 300.0), ("out", 18600.0), ("out", -2400.0)]
    assert "发票（报账）登记" in sheet.note and "发票登记" in sheet.note and "收支方向留空" not in sheet.note
    warned = {w["row"]: w["reason"] for w in sheet.warnings}
    assert list(warned) == [7] and "红字" in warned[7] and "冲减" in warned[7]


def test_a_voucher_sheet_summary_csv_is_money_out(store, tmp_path: Path) -> None:
    """qa107: 张湾村2023年原始凭证粘贴单汇总.csv (GBK, ￥ amounts): no direction, 红字 -8200 read +8200 out."""
    rows = [["张湾村2023年原始凭证粘贴单汇总表"], ["编制单位：张湾村经济合作社", None, None, "单位：元"],
            ["凭证号", "粘贴日期", "摘要", "票据类型", "开票单位", "金额", "收款单位", "报账人", "支付方式"],
            ["付-24", "20231025", "村道白改黑结算款", "增值税专用发票", "恒通路桥工程有限公司", "￥96,500.00", "恒通路桥工程有限公司",
             "张国富", "转账"],
            ["付-25", "20231108", "结算款冲红（审计核减）", "红字发票", "恒通路桥工程有限公司", "-￥8,200.00", "恒通路桥工程有限公司",
             "张国富", "转账"]]
    path = write_csv(tmp_path / "张湾村2023年原始凭证粘贴单汇总.csv", rows, encoding="gbk")
    sheet = sheet_of(import_one(store, path))
    got = by_row(records(store, "payment"))
    assert [(got[r]["direction"], got[r]["amount"]) for r in (4, 5)] == [("out", 96500.0), ("out", -8200.0)]
    assert "凭证粘贴单" in sheet.note
    assert [w["row"] for w in sheet.warnings] == [5]


def test_a_claim_column_makes_an_unnamed_register_money_out(store, tmp_path: Path) -> None:
    """A sheet whose names say nothing of its side, with a 报账日期 and a 报账人: claims paid."""
    rows = [["发票号码", "开票单位", "金额", "报账日期", "报账人", "收款人"],
            ["31025577", "供电公司", 1320.56, D(2023, 1, 9), "李秀英", "供电公司"],
            ["白条", None, 1500, D(2023, 3, 17), "沈国强", "李阿大"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家村2023年票据.xlsx", {"Sheet1": rows})))
    assert [p["direction"] for p in records(store, "payment")] == ["out", "out"]
    assert "“报账日期”列" in sheet.note


def test_an_issued_invoice_register_stays_without_direction(store, tmp_path: Path) -> None:
    """Look-alike: a register of the invoices the village issues (销项, 开具) is income or unknown, never
    claims paid, though it has an invoice number and an issuer."""
    rows = [["发票号码", "开票日期", "购买方", "金额", "报账人"],
            ["0001", D(2023, 3, 1), "绿源合作社", 12000, "李秀英"], ["0002", D(2023, 4, 1), "恒达商行", 8000, "李秀英"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家村发票开具登记簿.xlsx", {"Sheet1": rows})))
    assert [p["direction"] for p in records(store, "payment")] == [None, None]
    assert "发票（报账）登记" not in sheet.note


def test_a_cash_journal_with_its_own_sides_keeps_them(store, tmp_path: Path) -> None:
    """Look-alike: a journal with 收入 / 支出 columns and a 报账人 keeps each row's side; its 红字 line is a
    negative 支出 as before, with no warning of an invoice register."""
    rows = [["日期", "摘要", "收入", "支出", "报账人"],
            [D(2023, 3, 1), "收租金", 5000, None, "李秀英"], [D(2023, 3, 5), "付苗木款", None, 18600, "李建军"],
            [D(2023, 3, 9), "红字冲减苗木款", None, -2400, "李建军"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家村现金日记账.xlsx", {"现金": rows})))
    got = [(p["direction"], p["amount"]) for p in records(store, "payment")]
    assert got == [("in", 5000.0), ("out", 18600.0), ("out", -2400.0)]
    assert "发票（报账）登记" not in sheet.note and sheet.warnings == []


def test_a_red_ink_line_of_a_sheet_without_direction_is_no_payment(store, tmp_path: Path) -> None:
    """A 红字 line in a sheet that says no side: "negative is money out" made it one more payment;
    it keeps its minus, with no direction and a warning. A plain negative amount is read as before."""
    rows = [["日期", "摘要", "金额", "往来单位"],
            [D(2023, 3, 1), "苗木款", 18600, "园林公司"], [D(2023, 3, 6), "苗木退货（红字发票）", -2400, "园林公司"],
            [D(2023, 3, 8), "转出", -500, "农商行"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家村2023年明细.xlsx", {"明细": rows})))
    got = by_row(records(store, "payment"))
    assert [(got[r]["direction"], got[r]["amount"]) for r in (2, 3, 4)] == [(None, 18600.0), (None, -2400.0),
                                                                          ("out", 500.0)]
    warned = {w["row"]: w["reason"] for w in sheet.warnings}
    assert list(warned) == [3] and "收支方向留空" in warned[3]


# --- a 报账单 of several invoices ----------------------------------------------------------------------

_CLAIM_HEADER = [["报账单号", "报账日期", "报账人", "收款单位", "所附发票", None, None, "报账金额", "备注"],
                 [None, None, None, None, "发票号码", "开票单位", "发票金额", None, None]]
# Merged over each claim's invoice rows (0-based rows): 报账单号, 报账日期, 报账人, 收款单位, 报账金额, 备注.
_CLAIM_COLUMNS = (0, 1, 2, 3, 7, 8)


def _claim_merges(first: int, last: int) -> list[tuple[int, int, int, int]]:
    return [(first, last, c, c) for c in _CLAIM_COLUMNS]


def test_the_invoices_of_one_claim_are_one_payment(store, tmp_path: Path) -> None:
    """qa107: BZ2023-004 (78,500 over invoices 30,000 + 30,000 + 18,500) was paid three times, 78,500 +
    30,000 + 18,500; a 白条 inside BZ2023-017 is that payment's."""
    rows = [["王庄村2023年报账单登记表"], *_CLAIM_HEADER,
            ["BZ2023-004", D(2023, 2, 24), "王建新", "宏达建筑工程有限公司", "22051301", "宏达建筑工程有限公司", 30000, 78500,
             "进度款"],
            [None, None, None, None, "22051302", "宏达建筑工程有限公司", 30000],
            [None, None, None, None, "22051303", "宏达建筑工程有限公司", 18500],
            ["BZ2023-007", D(2023, 4, 7), "王建新", "宏达建筑工程有限公司", "22051388", "宏达建筑工程有限公司", 25000, 22000,
             "含红字发票冲减"],
            [None, None, None, None, "22051389", "宏达建筑工程有限公司", -3000],
            ["BZ2023-017", D(2023, 9, 14), "陈桂芳", "旺旺超市", "50088911", "旺旺超市", 612, 792, "部分无票"],
            [None, None, None, None, "无（白条）", None, 180],
            ["BZ2023-018", D(2023, 9, 25), "陈桂芳", "供电公司", "31101412", "供电公司", 1378.2, 1378.2, None]]
    merges = [(1, 1, 4, 6), *[(1, 2, c, c) for c in (0, 1, 2, 3, 7, 8)],
              *_claim_merges(3, 5), *_claim_merges(6, 7), *_claim_merges(8, 9)]
    path = write_xls(tmp_path / "王庄村2023年报账单登记表.xls", {"报账单登记": rows}, merges={"报账单登记": merges})
    sheet = sheet_of(import_one(store, path))
    got = by_row(records(store, "payment"))
    assert {r: (p["direction"], p["amount"]) for r, p in got.items()} == {
        4: ("out", 78500.0), 7: ("out", 22000.0), 9: ("out", 792.0), 11: ("out", 1378.2)}
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert sorted(reasons) == [5, 6, 8, 10]
    assert "第 4 行" in reasons[5] and "BZ2023-004" in reasons[5] and "报账金额" in reasons[5]
    assert "第 7 行" in reasons[8] and "-3000" in reasons[8]
    assert "白条" in got[9]["summary"] and "第 10 行" in sheet.note


def test_merged_dates_over_entries_with_their_own_amounts_stay_entries(store, tmp_path: Path) -> None:
    """Look-alike: a journal whose 日期 is merged over two entries, each with its own 支出 and no merged
    money cell above it, keeps both; so does an ordinary 报账单汇总 of one invoice a row."""
    rows = [["日期", "凭证号", "摘要", "收款单位", "支出"],
            [D(2023, 5, 4), "付-1", "化肥", "丰收农资经营部", 3320], [None, "付-2", "农药", "丰收农资经营部", 2150],
            [D(2023, 5, 9), "付-3", "电费", "供电公司", 986.4]]
    path = write_xls(tmp_path / "王庄村支出明细.xls", {"支出": rows}, merges={"支出": [(1, 2, 0, 0)]})
    import_one(store, path)
    assert [(p["date"], p["amount"]) for p in records(store, "payment")] == [
        ("2023-05-04", 3320.0), ("2023-05-04", 2150.0), ("2023-05-09", 986.4)]


def test_a_claim_summary_of_one_invoice_a_row_keeps_every_row(store, tmp_path: Path) -> None:
    """Look-alike: 报账单汇总 with 发票金额 and 报账金额 on every row, nothing merged."""
    rows = [["报账单号", "报账日期", "收款单位", "发票号码", "发票金额", "报账金额"],
            ["BZ-1", D(2023, 12, 1), "文印社", "40017736", 420, 420], ["BZ-2", D(2023, 12, 1), "文印社", "40017741", 260, 260]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张湾村2023年12月报账单汇总.xlsx", {"12月报账": rows})))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("out", 420.0), ("out", 260.0)]
    assert sheet.skipped == []


# --- a card export with its own 收/支 column ------------------------------------------------------------


def test_a_card_refund_with_its_own_side_column_is_a_positive_money_in(store, tmp_path: Path) -> None:
    """qa107: 退货 "-320.00" with 收/支 "存入" was money in with a negative amount."""
    rows = [["中国农业银行 村务卡（公务卡）交易明细"],
            ["序号", "交易日期", "入账日期", "交易类型", "交易金额", "商户名称", "收/支"],
            [1, "2023-03-14 15:03:09", "2023-03-15", "消费", "2,150.00", "康乐体育器材经营部", "支出"],
            [2, "2023-03-17 11:26:45", "2023-03-18", "退货", "-320.00", "康乐体育器材经营部", "存入"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家村村务卡消费明细2023.xlsx", {"明细": rows})))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("out", 2150.0), ("in", 320.0)]
    assert "村务卡" in sheet.note and "正数" in sheet.note


def test_a_bank_statement_with_a_side_column_keeps_its_signs(store, tmp_path: Path) -> None:
    """Look-alike: an ordinary bank 交易明细 (no card) with a 收/支 column is read as before."""
    rows = [["交易日期", "交易金额", "对方户名", "收/支"],
            ["2023-03-14", "5,000.00", "绿源合作社", "存入"], ["2023-03-17", "-320.00", "农商行", "存入"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家村银行交易明细.xlsx", {"明细": rows})))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("in", 5000.0), ("in", -320.0)]
    assert "村务卡" not in sheet.note
