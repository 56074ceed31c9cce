"""Layouts of blind set qa113 (a village's mobile and card payment exports) that used to be misread:

- a bank app's 村务卡 account flow writes money out as "-1,280.00" and money in as "+460.00": it was read
  as a card spending list, where a minus is a refund, and every purchase became money in; a spending
  list with a few negative refunds is still read as one;
- a 聚合收款码 flow's 商户订单号 (and any header ending in 号 that contains a party word: 商户单号,
  商户号) was taken for the counterparty; its 备注 ("水费 户号0312 李国华") now gives the summary, and
  the payer it names;
- a 微信/支付宝 bill's moves between the holder's own accounts (零钱提现, 零钱通, 信用卡还款, 余额宝,
  提现, 收/支 "/" or blank) and its orders closed or fully refunded (已全额退款, 交易关闭) became
  payments; partial refunds and their refund lines stay payments, and a cash book's 提现 stays a record.
"""

from __future__ import annotations

from pathlib import Path

from importers.synonyms import match_text
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

CARD_HEADER = ["序号", "交易日期", "交易时间", "摘要", "交易金额", "账户余额", "对方户名", "附言"]


def _card_flow(tmp_path: Path, body: list[list[object]], name: str = "王家湾村村务卡交易明细.xlsx") -> Path:
    rows = [["江苏如东农村商业银行 村务卡账户交易明细"], ["账户名称：如东县王家湾村股份经济合作社"],
            CARD_HEADER, *body]
    return write_xlsx(tmp_path / name, {"交易明细": rows})


def test_a_card_account_flow_reads_its_sign_as_the_side(store, tmp_path: Path) -> None:
    body = [[1, "20230104", "10:15:22", "消费", "-1,280.00", "11,400.55", "鑫源建材经营部", None],
            [2, "20230106", "09:02:47", "转账支出", "-3,600.00", "7,800.55", "宏达水利工程队", "清淤劳务费"],
            [3, "20230113", "11:20:55", "消费", "-2,860.00", "4,940.55", "兴旺农资商店", None],
            [4, "20230116", "08:59:31", "退货", "+460.00", "5,400.55", "兴旺农资商店", None],
            [5, "20230321", "00:00:00", "结息", "+18.36", "5,418.91", "农村商业银行", "一季度结息"]]
    sheet = sheet_of(import_one(store, _card_flow(tmp_path, body)))
    got = [(p["direction"], p["amount"]) for p in records(store, "payment")]
    assert got == [("out", 1280.0), ("out", 3600.0), ("out", 2860.0), ("in", 460.0), ("in", 18.36)]
    assert "按账户流水读" in sheet.note and "负数是支出" in sheet.note
    assert not any("红字" in item["reason"] for item in sheet.warnings)


def test_a_card_flow_with_one_purchase_and_interest_is_read_by_its_words(store, tmp_path: Path) -> None:
    """As many positive as negative amounts, no "+": a 结息 (money in that is no refund) still tells the flow."""
    body = [[1, "20230104", "10:15:22", "消费", "-1,280.00", "11,400.55", "鑫源建材经营部", None],
            [2, "20230321", "00:00:00", "结息", "18.36", "11,418.91", "农村商业银行", "一季度结息"]]
    sheet = sheet_of(import_one(store, _card_flow(tmp_path, body)))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("out", 1280.0), ("in", 18.36)]
    assert "按账户流水读" in sheet.note


def test_a_card_spending_list_keeps_its_negative_refunds(store, tmp_path: Path) -> None:
    """Look-alike: a 村务卡消费明细 lists purchases as positive sums; its one negative is a refund, money in."""
    rows = [["序号", "交易日期", "商户名称", "交易金额", "交易类型"],
            [1, "2023-01-04", "鑫源建材经营部", 1280, "消费"],
            [2, "2023-01-06", "惠民超市", 456, "消费"],
            [3, "2023-01-09", "惠民超市", -56, "消费"],
            [4, "2023-01-11", "兴旺农资商店", 2860, "消费"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "王家湾村村务卡消费明细.xlsx", {"消费明细": rows})))
    got = [(p["direction"], p["amount"]) for p in records(store, "payment")]
    assert got == [("out", 1280.0), ("out", 456.0), ("in", 56.0), ("out", 2860.0)]
    assert "村务卡（公务卡）消费明细" in sheet.note and "按账户流水读" not in sheet.note


def test_an_order_number_is_no_counterparty_and_the_remark_gives_the_summary(store, tmp_path: Path) -> None:
    rows = [["商户交易明细查询结果"], ["商户名称：如东县王家湾村股份经济合作社"],
            ["序号", "交易时间", "支付渠道", "交易类型", "交易金额(元)", "手续费(元)", "商户订单号", "备注"],
            [1, "2023-03-01 07:52:10", "微信", "消费", "10.00", "0.04", "M20230301075210000210", "停车费"],
            [2, "2023-03-02 09:13:05", "微信", "消费", "84.00", "0.32", "M20230302091305000284",
             "水费 户号0312 李国华"]]
    path = write_xlsx(tmp_path / "王家湾村聚合收款码交易流水_202303.xlsx", {"流水": rows})
    sheet = sheet_of(import_one(store, path))
    payments = records(store, "payment")
    assert [p["counterparty"] for p in payments] == [None, "李国华"]
    assert [p["summary"] for p in payments] == ["停车费", "水费 户号0312 李国华"]
    assert "摘要取自“备注”列" in sheet.note and "“商户订单号”是单号" in sheet.note


def test_headers_ending_in_a_number_word_name_no_party() -> None:
    for header in ("商户订单号", "商户单号", "商户号"):
        assert match_text(header, "payment") is None, header
    # Look-alikes: the shop's name is still the party.
    for header in ("商户名称", "收款商户", "商户"):
        assert match_text(header, "payment").field == "counterparty", header


def test_a_remark_is_no_summary_beside_a_summary_column(store, tmp_path: Path) -> None:
    """Look-alike: with its own 摘要, a sheet's 备注 stays a remark."""
    rows = [["日期", "摘要", "收入", "支出", "备注"],
            ["2023-03-01", "收停车费", 10, None, "现金"],
            ["2023-03-02", "付保洁费", None, 800, "王建平"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "王家湾村收支明细.xlsx", {"明细": rows})))
    assert [p["summary"] for p in records(store, "payment")] == ["收停车费", "付保洁费"]
    assert "备注" not in sheet.note


WECHAT_HEADER = ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态", "交易单号",
                 "商户单号", "备注"]


def test_own_account_moves_and_fully_refunded_orders_are_skipped(store, tmp_path: Path) -> None:
    rows = [["微信支付账单明细"], ["微信昵称：[秀兰]"], ["----------------------微信支付账单明细列表--------------------"],
            WECHAT_HEADER,
            ["2023-01-03 09:12:45", "商户消费", "惠民超市", "办公用品", "支出", "¥86.50", "零钱", "支付成功", "42001\t", "1000\t", "/"],
            ["2023-01-07 08:30:00", "零钱提现", "招商银行(3318)", "/", "/", "¥500.00", "零钱", "提现已到账", "42002\t", "/", "服务费¥0.50"],
            ["2023-01-11 20:31:15", "商户消费", "京东商城平台商户", "硒鼓", "支出", "¥358.00", "零钱", "已全额退款", "42003\t", "1001\t", "/"],
            ["2023-01-13 09:40:02", "退款", "京东商城平台商户", "退款-硒鼓", "收入", "¥358.00", "零钱", "已全额退款", "42004\t", "1002\t", "/"],
            ["2023-01-18 10:00:05", "转入零钱通-来自零钱", "/", "/", "/", "¥1000.00", "零钱", "支付成功", "42005\t", "/", "/"],
            ["2023-02-10 11:00:00", "商户消费", "刘记五金店", "水管", "支出", "¥260.00", "零钱", "已退款(￥60.00)", "42006\t", "1003\t", "/"],
            ["2023-02-12 11:00:00", "退款", "刘记五金店", "退款-水管", "收入", "¥60.00", "零钱", "已退款", "42007\t", "1004\t", "/"],
            ["2023-03-20 08:00:00", "信用卡还款", "招商银行信用卡", "/", "/", "¥1500.00", "零钱", "支付成功", "42008\t", "/", "/"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "微信支付账单(20230101-20230331).csv", rows,
                                                 encoding="utf-8-sig")))
    got = [(p["source"]["row"], p["direction"], p["amount"]) for p in records(store, "payment")]
    assert got == [(5, "out", 86.5), (10, "out", 260.0), (11, "in", 60.0)]
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert "本人账户之间" in reasons[6] and "零钱提现" in reasons[6]
    assert "已全额退款" in reasons[7] and "已全额退款" in reasons[8]
    assert "零钱通" in reasons[9] and "信用卡还款" in reasons[12]


def test_alipay_moves_and_closed_orders_are_skipped(store, tmp_path: Path) -> None:
    rows = [["支付宝交易记录明细查询"], ["账号:[2088102274456613]"],
            ["---------------------------------交易记录明细列表------------------------------------"],
            ["交易号", "付款时间", "交易对方", "商品名称", "金额（元）", "收/支", "交易状态", "资金状态"],
            ["20230104", "2023-01-04 10:21:33", "得力官方旗舰店", "复印纸", "219.00", "支出", "交易成功", "已支出"],
            ["20230108", "2023-01-08 08:44:50", "余额宝", "余额宝-自动转入", "1200.00", "", "交易成功", "资金转移"],
            ["20230112", "2023-01-12 15:41:56", "金鼎照明企业店", "LED路灯头", "1188.00", "支出", "交易关闭", ""],
            ["20230209", "2023-02-09 16:40:02", "陈德明", "提现-到中国农业银行(8826)", "3000.00", "", "交易成功", "资金转移"],
            ["20230124", "2023-01-24 11:20:17", "宏发五金专营店", "退款-垃圾桶", "470.00", "收入", "退款成功", "已收入"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "alipay_record_20230403_1022_1.csv", rows,
                                                 encoding="gbk")))
    payments = by_row(records(store, "payment"))
    assert sorted(payments) == [5, 9]
    assert payments[9]["direction"] == "in" and payments[9]["amount"] == 470.0
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert "余额宝" in reasons[6] and "交易关闭" in reasons[7] and "提现" in reasons[8]


def test_a_cash_book_withdrawal_stays_a_record(store, tmp_path: Path) -> None:
    """Look-alike: a 现金日记账's 提现 (从村务卡提取备用金) is the village's own cash-bank entry, kept as such,
    like a journal's 现金/银行 互转; a 收入 row naming 余额宝 keeps its side."""
    rows = [["王家湾村现金日记账"], ["日期", "摘要", "收入", "支出", "余额"],
            ["2023-01-09", "从村务卡提现备用金", 2000, None, 2000],
            ["2023-01-11", "付惠民超市办公用品", None, 456, 1544]]
    import_one(store, write_xlsx(tmp_path / "王家湾村2023年现金日记账.xlsx", {"1月": rows}))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("in", 2000.0), ("out", 456.0)]


def test_a_side_written_with_an_own_account_word_is_kept(store, tmp_path: Path) -> None:
    """Look-alike: a bill row with a side (收入 of 余额宝收益) is money that moved; only "/" or blank is neutral."""
    rows = [WECHAT_HEADER,
            ["2023-01-03 09:12:45", "商户消费", "惠民超市", "办公用品", "支出", "¥86.50", "零钱", "支付成功", "1\t", "2\t", "/"],
            ["2023-01-05 09:12:45", "理财通收益", "理财通", "收益", "收入", "¥3.20", "/", "已到账", "3\t", "/", "/"]]
    import_one(store, write_csv(tmp_path / "微信支付账单.csv", rows))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("out", 86.5), ("in", 3.2)]
