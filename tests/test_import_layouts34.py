"""Layouts of blind pass 34 (developed 股份经济合作社 of 浙江/江苏/上海) that used to be misread.

Each test writes a real xls/xlsx/csv and imports it through ``importers.import_paths``:

- a 村务卡 list (and a bank statement) dated twice, 交易日期 and 记账日期: the date was the bank's
  posting day, one or two days after the purchase, silently;
- a 村务卡 消费明细 had no direction (every row is a purchase: money out) and its 退货 was one more
  payment out (a refund is money back: in);
- a 分红 发放表 whose line above the header labels the payout day (发放日期：2024年1月26日) left every
  row undated; a title that only names the period must still not date the rows.
"""

from __future__ import annotations

from pathlib import Path

from importers.plan import CARD_SPENDING_NOTE, PAYOUT_UNDATED_NOTE
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

CARD_HEADER = ["序号", "卡号", "持卡人", "交易日期", "记账日期", "商户名称", "交易金额", "交易类型", "用途说明"]


def _card_rows(title: str) -> list[list[object]]:
    return [[title],
            ["查询日期：2023/01/01-2024/06/30　单位：凤桥村股份经济合作社"],
            CARD_HEADER,
            [1, "6231 **** 1100", "沈海明", "2023/01/04", "2023/01/05", "凤桥镇联丰文具店", "480.00", "消费", "办公用品"],
            [2, "6231 **** 1137", "吴秀英", "2023/03/10", "2023/03/11", "永兴五金建材店", "-320.00", "退货", "退回多购材料"],
            [3, "6231 **** 1137", "吴秀英", "2023/06/07", "2023/06/09", "永兴五金建材店", "3,280.50", "消费", "维修材料"],
            [4, "6231 **** 1174", "钱建国", "2023/08/13", "2023/08/15", "凤桥农家菜馆", "235.00", "退款", "退订工作餐"],
            ["合计", "", "", "", "", "", "3,675.50", "", ""]]


def _rows(store) -> list[dict]:
    """The payments in the order of their rows."""
    got = by_row(records(store, "payment"))
    return [got[row] for row in sorted(got)]


def _payments(store) -> list[tuple[str, float, str | None, str]]:
    return [(p["date"], p["amount"], p["direction"], p["counterparty"])
            for p in _rows(store)]


# --- A: 交易日期 beside 记账日期 -----------------------------------------------------------------


def test_a_card_list_is_dated_by_the_transaction_not_the_posting(store, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "凤桥村村务卡消费明细_2023.xls", {"消费明细": _card_rows("凤桥村村务卡消费明细")})
    sheet = sheet_of(import_one(store, path))
    assert [p[0] for p in _payments(store)] == ["2023-01-04", "2023-03-10", "2023-06-07", "2023-08-13"]
    assert "日期按交易日期" in sheet.note and "记账日期" in sheet.note
    raw = _rows(store)[0]["raw"]
    assert "2023/01/05" in str(raw)  # the posting day stays in the raw row


def test_a_bank_statement_with_the_posting_date_first_is_dated_by_the_transaction(store, tmp_path: Path) -> None:
    rows = [["湖塘村股份经济合作社农商银行账户交易明细"],
            ["账号：3205 0012 3456 7890"],
            ["记账日期", "交易日期", "借方发生额", "贷方发生额", "余额", "对方户名", "附言"],
            ["20240108", "20240105", "12,500.00", "0.00", "500,000.00", "吴江区保洁服务有限公司", "保洁费"],
            ["20240112", "20240111", "0.00", "30,000.00", "530,000.00", "上海华茂电子有限公司", "厂房租金"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "湖塘村农商银行交易明细.xlsx", {"1-3月": rows})))
    assert _payments(store) == [("2024-01-05", 12500.0, "out", "吴江区保洁服务有限公司"),
                                ("2024-01-11", 30000.0, "in", "上海华茂电子有限公司")]
    assert "日期按交易日期" in sheet.note


def test_a_card_list_dated_by_a_consumption_date_column(store, tmp_path: Path) -> None:
    rows = [["七星村公务卡刷卡记录"],
            ["持卡人", "入账日期", "消费日期", "商户名称", "交易金额", "交易类型", "用途说明"],
            ["陆建强", "2023-05-06", "2023-05-04", "松江区七星饭店", 860, "消费", "工作餐"]]
    import_one(store, write_xlsx(tmp_path / "七星村公务卡刷卡记录.xlsx", {"Sheet1": rows}))
    assert _payments(store) == [("2023-05-04", 860.0, "out", "松江区七星饭店")]


def test_look_alike_a_journal_dated_by_posting_and_voucher_keeps_the_posting_date(store, tmp_path: Path) -> None:
    """No transaction date: 记账日期 stays the date, as before, and no note speaks of 交易日期."""
    rows = [["新丰村银行存款日记账"],
            ["记账日期", "凭证日期", "凭证号", "摘要", "收入", "支出"],
            ["2023-03-02", "2023-03-01", "记-3", "付保洁费", "", 2500]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "新丰村银行存款日记账.xlsx", {"日记账": rows})))
    assert [(p["date"], p["amount"], p["direction"]) for p in records(store, "payment")] == [
        ("2023-03-02", 2500.0, "out")]
    assert "交易日期" not in sheet.note


# --- B: a card list's direction --------------------------------------------------------------------


def test_a_card_list_is_money_out_and_its_refunds_money_in(store, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "凤桥村村务卡消费明细_2023.xls", {"消费明细": _card_rows("凤桥村村务卡消费明细")})
    sheet = sheet_of(import_one(store, path))
    assert _payments(store) == [("2023-01-04", 480.0, "out", "凤桥镇联丰文具店"),
                                ("2023-03-10", 320.0, "in", "永兴五金建材店"),
                                ("2023-06-07", 3280.5, "out", "永兴五金建材店"),
                                ("2023-08-13", 235.0, "in", "凤桥农家菜馆")]
    assert CARD_SPENDING_NOTE in sheet.note
    assert "收支方向留空" not in sheet.note


def test_a_card_list_without_a_type_column_reads_a_negative_amount_as_a_refund(store, tmp_path: Path) -> None:
    rows = [["公务卡消费明细"],
            ["交易日期", "商户名称", "交易金额", "用途"],
            ["2024-01-19", "嘉兴凤桥农家菜馆", "1,260.00", "工作餐"],
            ["2024-01-22", "京东商城", "-158.00", "退回电脑配件"]]
    path = write_csv(tmp_path / "凤桥村公务卡消费明细.csv", rows, encoding="gbk")
    import_one(store, path)
    assert [(p["amount"], p["direction"]) for p in _rows(store)] == [(1260.0, "out"), (158.0, "in")]


def test_a_card_list_named_as_spending_still_reads_its_refund_as_money_in(store, tmp_path: Path) -> None:
    """"支出" in the name already says out; the card's refund is still money back."""
    rows = [["凤桥村村务卡支出明细"],
            ["交易日期", "商户名称", "交易金额", "交易类型", "用途"],
            ["2024-01-19", "嘉兴凤桥农家菜馆", "1,260.00", "消费", "工作餐"],
            ["2024-01-22", "京东商城", "158.00", "退货", "退回电脑配件"]]
    path = write_xlsx(tmp_path / "凤桥村村务卡支出明细.xlsx", {"Sheet1": rows})
    import_one(store, path)
    assert [(p["amount"], p["direction"]) for p in _rows(store)] \
        == [(1260.0, "out"), (158.0, "in")]


def test_look_alike_a_signed_bank_statement_keeps_negative_out_and_positive_in(store, tmp_path: Path) -> None:
    """A bank's signed 交易金额 (no card in its name): negative is money out, as before."""
    rows = [["新丰村股份经济合作社农业银行账户明细"],
            ["交易时间", "交易金额", "对方户名", "交易用途"],
            ["2023-02-03 10:12:00", "+91250.80", "嘉善县农业农村局", "补助"],
            ["2023-02-09 15:30:00", "-76000.00", "嘉善县通达路桥工程有限公司", "工程款"]]
    import_one(store, write_csv(tmp_path / "新丰村农业银行账户明细.csv", rows))
    assert [(p["amount"], p["direction"]) for p in _rows(store)] \
        == [(91250.8, "in"), (76000.0, "out")]


def test_look_alike_a_card_repayment_list_is_no_spending_list(store, tmp_path: Path) -> None:
    """A 村务卡还款 list says the money went back to the card: no card-spending reading, no card note."""
    rows = [["凤桥村村务卡还款明细"],
            ["交易日期", "交易金额", "摘要"],
            ["2023-02-01", 3500, "归还1月消费"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "凤桥村村务卡还款明细.xlsx", {"Sheet1": rows})))
    assert CARD_SPENDING_NOTE not in sheet.note


# --- C: a 发放表's labelled payout date --------------------------------------------------------------


def _dividend_rows(second_line: str) -> list[list[object]]:
    return [["湖塘村股份经济合作社2023年度股东分红发放清册"],
            [second_line],
            ["序号", "组别", "户主（股东代表）", "持有股数", "分红金额", "签字"],
            [1, "第一组", "沈阿大", 7.5, 10125, ""],
            [2, "第一组", "沈建林", 6, 8100, ""],
            ["合计", "", "", 13.5, 18225, ""]]


def test_a_payout_list_is_dated_by_the_labelled_payout_day_above_its_header(store, tmp_path: Path) -> None:
    rows = _dividend_rows("每股分红：1,350元　　发放日期：2024年1月26日　　发放方式：代发至社员社保卡　　单位：元")
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "湖塘村2023年度分红发放清册.xlsx", {"分红清册": rows})))
    assert _payments(store) == [("2024-01-26", 10125.0, "out", "沈阿大"), ("2024-01-26", 8100.0, "out", "沈建林")]
    assert "发放日期" in sheet.note and "2024-01-26" in sheet.note
    assert PAYOUT_UNDATED_NOTE not in sheet.note


def test_a_payout_list_dated_by_a_payment_day_written_with_dots(store, tmp_path: Path) -> None:
    rows = _dividend_rows("支付日期: 2024.2.8　　单位：元")
    import_one(store, write_xlsx(tmp_path / "湖塘村2023年度分红发放清册.xlsx", {"分红清册": rows}))
    assert {p["date"] for p in records(store, "payment")} == {"2024-02-08"}


def test_look_alike_a_payout_list_whose_title_names_only_its_period_stays_undated(store, tmp_path: Path) -> None:
    """"2023年度", a 所属期间 of 2024年4月 or the day the form was filled in is no payout day."""
    rows = _dividend_rows("所属期间：2024年4月　　填表日期：2024年5月6日　　单位：元")
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "湖塘村2023年度分红发放清册.xlsx", {"分红清册": rows})))
    assert {p["date"] for p in records(store, "payment")} == {None}
    assert PAYOUT_UNDATED_NOTE in sheet.note


def test_look_alike_a_refund_type_outside_a_card_list_changes_nothing(store, tmp_path: Path) -> None:
    """A 支出明细 (no card in its name) whose 交易类型 says 退款 keeps its rows as the sheet says: out."""
    rows = [["七星村支出明细表"],
            ["日期", "收款单位", "金额", "交易类型", "摘要"],
            ["2024-03-02", "松江区七星饭店", 860, "退款", "退还押金"]]
    import_one(store, write_xlsx(tmp_path / "七星村支出明细表.xlsx", {"Sheet1": rows}))
    assert [(p["amount"], p["direction"]) for p in _rows(store)] == [(860.0, "out")]
