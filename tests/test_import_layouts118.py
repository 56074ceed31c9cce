"""Layouts of blind set qa118 (village debts and loans) that used to be misread:

- a 借入款 ledger in a file called "…债务及出借资金台账" was read as money lent out (payments out to the
  lenders); a register of loans, one loan a row (出借单位（人）| 借款金额 | 借款日期, 借据登记簿, 出借资金清查表),
  is now a contract with the lender or the borrower, filed 借款（借入） or 借款（出借）, with a note saying which;
- a 出借资金清查表 and a GBK 借据登记簿 were not recognised at all;
- a 还款明细 whose sum is under a two-row header 还款金额 → 合计 | 本金 | 利息 had no amount column; the village
  repaying its 债权人 is money out;
- a cash book's "出借村报账员周海涛备用金", "借给石桥村周转金" name the borrower.

Look-alikes kept: a 借出款项清理表 with its 凭证号 stays payments out; a 往来 balance list with 债权人 is
no contract; a 借入款 list booked with vouchers is money in; a repayment list of money lent is money in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx

BORROWED_ROWS = [["石桥镇村级借入款项台账"], ["单位：万元"],
                 ["序号", "村名", "出借单位（人）", "借款金额", "借款日期", "年利率", "约定还款日期"],
                 [1, "李家湾村", "王德明", 3, "2023年1月5日", "6%", "2024年1月4日"],
                 [2, "王家庄村", "郑大海", 6, "2022-08-16", "8%", "2023-08-15"]]
LENT_ROWS = [["石桥镇村集体出借资金清查表"], ["单位：元"],
             ["序号", "出借村", "借款单位或个人", "借款人身份", "出借金额", "出借日期", "是否经民主决策"],
             [1, "李家湾村", "李建军", "村委会主任", 20000, dt.date(2023, 5, 9), "否"],
             [2, "李家湾村", "石桥村", "村集体", 8000, dt.date(2023, 3, 15), "否"]]


def test_a_register_of_money_borrowed_is_loans_from_the_lenders(store, tmp_path: Path) -> None:
    """The file's name says 出借资金, the sheet's 借入: the sheet wins, and each loan is a contract."""
    report = import_one(store, write_xls(tmp_path / "石桥镇村级债务及出借资金台账.xls",
                                         {"借入款": BORROWED_ROWS, "出借资金": LENT_ROWS}))
    assert records(store, "payment") == []
    loans = {c["counterparty"]: c for c in records(store, "contract")}
    assert loans["王德明"]["amount"] == 30000
    assert loans["王德明"]["signed_on"] == "2023-01-05" and loans["王德明"]["category"] == "借款（借入）"
    assert loans["郑大海"]["village"] == "王家庄村"
    note = sheet_of(report, "借入款").note
    assert "借款登记（借入）" in note and "表名写明“借入”" in note and "借出款项清单" not in note


def test_a_register_of_money_lent_is_loans_to_the_borrowers(store, tmp_path: Path) -> None:
    report = import_one(store, write_xls(tmp_path / "石桥镇村级债务及出借资金台账.xls", {"出借资金": LENT_ROWS}))
    loans = {c["counterparty"]: c for c in records(store, "contract")}
    assert set(loans) == {"李建军", "石桥村"}
    assert loans["李建军"]["category"] == "借款（出借）" and loans["李建军"]["signed_on"] == "2023-05-09"
    assert loans["李建军"]["village"] == "李家湾村"
    assert "借款登记（出借）" in sheet_of(report, "出借资金").note


def test_a_gbk_register_of_iou_with_written_sums(store, tmp_path: Path) -> None:
    rows = [["李家湾村集体借入款借据登记簿（2018年—2023年）"],
            ["借据编号", "借款日期", "出借人", "借款金额（小写）", "借款金额（大写）", "月利率", "还款期限"],
            ["JJ2018-01", "2018/4/3", "王德明", "20,000.00", "贰万元整", "8‰", "2019/4/2"],
            ["JJ2020-02", "2020年5月8日", "王德明", "", "贰万伍仟元整", "10‰", "2021年5月7日"]]
    report = import_one(store, write_csv(tmp_path / "李家湾村借据登记簿.csv", rows, encoding="gbk"))
    loans = sorted(records(store, "contract"), key=lambda c: c["code"])
    assert [c["code"] for c in loans] == ["JJ2018-01", "JJ2020-02"]
    assert [c["signed_on"] for c in loans] == ["2018-04-03", "2020-05-08"]
    assert loans[0]["ended_on"] == "2019-04-02" and {c["category"] for c in loans} == {"借款（借入）"}
    assert "借款登记（借入）" in sheet_of(report).note


def test_a_repayment_list_under_a_two_row_sum_is_money_out_to_the_lender(store, tmp_path: Path) -> None:
    rows = [["柳树沟村2023年债务偿还明细表"], ["单位：元"],
            ["还款日期", "凭证号", "债权人", "摘要", "还款金额", None, None],
            [None, None, None, None, "合计", "本金", "利息"],
            [dt.datetime(2023, 1, 18), "记-5", "石桥镇农村信用社", "归还贷款本息", 16350, 15000, 1350],
            ["2023.5.16", "记-6", "何永福", "支付借款利息", 6000, None, 6000]]
    report = import_one(store, write_xlsx(tmp_path / "柳树沟村债务化解方案及还款明细.xlsx", {"2023年还款明细": rows}))
    payments = sorted(records(store, "payment"), key=lambda p: p["date"])
    assert [(p["amount"], p["direction"], p["counterparty"]) for p in payments] == [
        (16350, "out", "石桥镇农村信用社"), (6000, "out", "何永福")]
    assert "债权人" in sheet_of(report).note and "支出" in sheet_of(report).note


def test_a_cash_book_names_whom_the_village_lent_to(store, tmp_path: Path) -> None:
    rows = [["李家湾村现金日记账"],
            ["日期", "凭证号", "摘要", "借方", "贷方", "余额"],
            ["2023-02-03", "现付3", "出借村报账员周海涛备用金", None, 3000, 1000],
            ["2023-03-15", "现付5", "借给石桥村周转金", None, 8000, 2000],
            ["2023-05-10", "现付7", "出借第三村民小组长吴长贵个人借款", None, 6000, 3000]]
    import_one(store, write_xlsx(tmp_path / "李家湾村2023年现金日记账.xlsx", {"现金日记账": rows}))
    assert [p["counterparty"] for p in sorted(records(store, "payment"), key=lambda p: p["date"])] == [
        "周海涛", "石桥村", "吴长贵"]


# --- look-alikes that stay as they were ---


def test_money_lent_booked_with_vouchers_stays_payments_out(store, tmp_path: Path) -> None:
    rows = [["下塘村借出款项清理表"],
            ["借款日期", "凭证号", "借款人（单位）", "借款事由", "借出金额", "已归还金额"],
            ["2020-05-18", "记-12", "王志强", "个人周转", 20000, 5000]]
    report = import_one(store, write_xlsx(tmp_path / "下塘村借出款项清理表.xlsx", {"借出款项": rows}))
    [payment] = records(store, "payment")
    assert payment["direction"] == "out" and payment["counterparty"] == "王志强"
    assert records(store, "contract") == [] and "借出款项清单" in sheet_of(report).note


def test_money_borrowed_booked_with_vouchers_is_money_in(store, tmp_path: Path) -> None:
    """The file says 出借资金, the sheet 借入: a voucher list of money borrowed came in from the lenders."""
    rows = [["借款日期", "凭证号", "出借单位（人）", "摘要", "借款金额"],
            ["2023-01-05", "记-3", "王德明", "借入村道周转资金", 30000]]
    report = import_one(store, write_xlsx(tmp_path / "村级债务及出借资金台账.xlsx", {"借入款": rows}))
    [payment] = records(store, "payment")
    assert payment["direction"] == "in" and payment["counterparty"] == "王德明"
    note = sheet_of(report).note
    assert "借入款项清单" in note and "借出款项清单" not in note


def test_a_balance_list_of_creditors_is_no_loan_register(store, tmp_path: Path) -> None:
    rows = [["上林村往来款项清理登记表（应付款）"], ["单位：元"],
            ["序号", "债权人", "形成时间", "款项内容", "金额", "已偿还", "余额"],
            [1, "瑞安市宏达建设有限公司", "2020-12-30", "村道改造工程尾款", 86500, 50000, 36500]]
    import_one(store, write_xlsx(tmp_path / "上林村往来款项清理.xlsx", {"应付款（债权人）": rows}))
    assert records(store, "contract") == []


def test_repayments_received_from_a_borrower_are_money_in(store, tmp_path: Path) -> None:
    rows = [["收回日期", "凭证号", "借款人", "摘要", "还款金额"],
            ["2023-06-01", "记-8", "王志强", "收回个人借款", 5000]]
    report = import_one(store, write_xlsx(tmp_path / "下塘村借出款收回明细.xlsx", {"还款明细": rows}))
    [payment] = records(store, "payment")
    assert payment["direction"] == "in" and "收入" in sheet_of(report).note


def test_a_summary_naming_a_village_elsewhere_names_no_party(store, tmp_path: Path) -> None:
    """Only a verb of lending makes a village a party: "付石桥村道路修补材料款" names a place."""
    rows = [["日期", "凭证号", "摘要", "借方", "贷方"],
            ["2023-02-03", "现付3", "付石桥村道路修补材料款", None, 3000],
            ["2023-02-05", "现付4", "借给本村村民小组修路款", None, 2000]]
    import_one(store, write_xlsx(tmp_path / "李家湾村2023年现金日记账.xlsx", {"现金日记账": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == [None, None]
