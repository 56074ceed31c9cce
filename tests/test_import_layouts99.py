"""Layouts of blind set qa99 (惠民惠农 一卡通 and social-assistance payouts) that used to be misread:

- a 特困供养 发放表 with a month merged over its own 金额 | 发放日期 (4月 | 5月 | 6月): the month row was
  taken for data, so the header was the 金额 | 发放日期 row alone, the April pair gave the payment and
  May and June were dropped without a word. A row of months, each merged over two columns or more, is
  now the header's parent row, and each month's pair a payment (``importers.periods``);
- a 拟救助对象 审核公示 (proposed aid, with the villagers' 评议结果, one applicant refused) was read as
  a 发放表: every proposed sum became money paid. It is now refused as no payment list, with a note;
- a bank's or 一卡通's export keeps the transfers that failed or came back (发放状态 失败/退回) beside
  those paid: they were imported as money paid. They are now skipped, each with its reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, skipped_rows, write_csv, write_xlsx

SUPPORT = [
    ["南坪村2023年特困人员基本生活费发放表（第二季度）"],
    ["单位：元"],
    ["姓名", "供养方式", "身份证号", "4月", None, "5月", None, "6月", None],
    [None, None, None, "金额", "发放日期", "金额", "发放日期", "金额", "发放日期"],
    ["钱永福", "分散供养", "4101**********4934", 1050, dt.date(2023, 4, 10), 1050, dt.date(2023, 5, 10),
     1050, dt.date(2023, 6, 12)],
    ["武春生", "集中供养", "4101**********5692", 1280, dt.date(2023, 4, 10), 1280, dt.date(2023, 5, 10),
     None, None],
    ["合计", None, None, 2330, None, 2330, None, 1050, None],
]
SUPPORT_MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "A1:I1"]


def _payments(store) -> list[tuple[int, str, float, str]]:
    return sorted((p["source"]["row"], p["date"], p["amount"], p["counterparty"])
                  for p in records(store, "payment"))


def test_a_month_merged_over_its_amount_and_date_gives_a_payment_a_month(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "南坪村特困供养发放台账.xlsx", {"特困供养": SUPPORT},
                                          merges={"特困供养": SUPPORT_MERGES}))
    assert _payments(store) == [
        (5, "2023-04-10", 1050.0, "钱永福"), (5, "2023-05-10", 1050.0, "钱永福"), (5, "2023-06-12", 1050.0, "钱永福"),
        (6, "2023-04-10", 1280.0, "武春生"), (6, "2023-05-10", 1280.0, "武春生")]
    assert all("分期并列" in sheet.note and "4月、5月、6月" in sheet.note for sheet in report.sheets)
    assert {p["summary"] for p in records(store, "payment")} == {
        f"南坪村2023年特困人员基本生活费发放表（第二季度）（{month}）" for month in ("4月", "5月", "6月")}


def test_a_month_above_the_header_unmerged_is_no_parent(store, tmp_path: Path) -> None:
    """A lone "4月" line above a header (the month the list is for) stays a title line."""
    rows = [["南坪村低保金发放花名册"], [None, None, "4月"],
            ["姓名", "发放金额", "发放日期"],
            ["钱永福", 650, "2023-04-10"]]
    report = import_one(store, write_xlsx(tmp_path / "南坪村低保金发放花名册.xlsx", {"低保": rows}))
    assert _payments(store) == [(4, "2023-04-10", 650.0, "钱永福")]
    assert "分期并列" not in report.sheets[0].note


PROPOSED = [
    ["南坪村2023年第四季度临时救助拟救助对象公示"],
    ["根据《社会救助暂行办法》，经村民代表评议，现将拟救助对象公示如下，公示期7天。"],
    ["序号", "姓名", "家庭人口", "申请事由", "拟救助金额（元）", "评议结果"],
    [1, "顾玉兰", 3, "因病", 1000, "同意"],
    [2, "秦兰芳", 1, "独居老人生活困难", 600, "不同意"],
]


def test_a_list_of_proposed_payees_is_no_payment_list(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "南坪村临时救助.xlsx", {"救助公示": PROPOSED}))
    assert records(store) == []
    sheet = sheet_of(report, "救助公示")
    assert sheet.kind is None and "审核公示名单" in sheet.note and "拟救助" in sheet.note


def test_a_proposed_amount_column_marks_the_list_too(store, tmp_path: Path) -> None:
    rows = [["南坪村2023年度困难党员慰问名单"], ["姓名", "困难情况", "拟补助金额"], ["顾玉兰", "因病", 500]]
    report = import_one(store, write_csv(tmp_path / "南坪村困难党员慰问.csv", rows))
    assert records(store) == []
    assert "金额列是“拟补助金额”" in report.sheets[0].note


def test_a_published_list_of_sums_paid_stays_payments(store, tmp_path: Path) -> None:
    """A 发放公示 of aid already paid (no 拟) is a 发放表, dated or not."""
    rows = [["南坪村2023年第四季度临时救助发放公示"], ["序号", "姓名", "救助金额", "评议结果"],
            [1, "顾玉兰", 1000, "同意"]]
    import_one(store, write_xlsx(tmp_path / "南坪村临时救助发放公示.xlsx", {"公示": rows}))
    assert [(p["counterparty"], p["amount"]) for p in records(store, "payment")] == [("顾玉兰", 1000.0)]


def test_a_proposed_list_with_payout_days_is_a_payment_list(store, tmp_path: Path) -> None:
    """A column dating each payout says the money went out, whatever the title says."""
    rows = [["南坪村拟救助对象及发放情况"], ["姓名", "救助金额", "发放日期"], ["顾玉兰", 1000, "2023-12-20"]]
    import_one(store, write_xlsx(tmp_path / "南坪村临时救助.xlsx", {"救助": rows}))
    assert [(p["counterparty"], p["date"]) for p in records(store, "payment")] == [("顾玉兰", "2023-12-20")]


ONE_CARD = [
    ["城关镇2023年惠民惠农财政补贴资金“一卡通”发放明细"],
    ["序号", "所属村", "姓名", "社保卡号", "补贴项目", "发放金额", "发放日期", "发放状态", "失败原因"],
    [1, "东湖村", "李秀英", "6230****1234", "耕地地力保护补贴", 528.0, dt.date(2023, 6, 20), "成功", None],
    [2, "东湖村", "王德明", "6230****2234", "耕地地力保护补贴", 316.8, dt.date(2023, 6, 20), "失败", "账户已销户"],
    [3, "西岭村", "张桂兰", "6230****3234", "高龄津贴", 600.0, dt.date(2023, 7, 5), "已退回", "户名不符"],
    [4, "西岭村", "张桂兰", "6230****3234", "高龄津贴", 600.0, dt.date(2023, 7, 25), "退回后重发成功", None],
]


def test_failed_and_returned_transfers_are_skipped_with_their_reason(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "城关镇一卡通发放明细.xlsx", {"发放明细": ONE_CARD}))
    assert _payments(store) == [(3, "2023-06-20", 528.0, "李秀英"), (6, "2023-07-25", 600.0, "张桂兰")]
    sheet = report.sheets[0]
    assert skipped_rows(sheet) == [4, 5]
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert "“发放状态”为“失败”" in reasons[4] and "“发放状态”为“已退回”" in reasons[5]


def test_a_contract_state_of_returned_is_no_failed_transfer(store, tmp_path: Path) -> None:
    """Only a payment export's 发放/交易状态 says a transfer failed; a contract's 状态 is its own."""
    rows = [["东湖村合同台账"], ["合同名称", "乙方", "合同金额", "签订日期", "履行状态"],
            ["村道硬化", "宏达建设有限公司", 260000, "2023-02-20", "退回"]]
    import_one(store, write_xlsx(tmp_path / "东湖村合同台账.xlsx", {"合同": rows}))
    assert [c["counterparty"] for c in records(store, "contract")] == ["宏达建设有限公司"]


# --- a contract's sum written as a year's ---------------------------------------------------------


def test_a_contract_sum_said_to_be_a_years_is_refused_as_a_rate_is(store, tmp_path: Path) -> None:
    """"6万元/年" was refused as a contract's sum while "1.56万元（每年）" was read as one: both are a year's
    figure, not the contract's total, and are now refused alike, each saying why. A lease's rent is a
    year's by definition: there "每年" alone warns of nothing."""
    rows = [["东村合同台账"], ["合同名称", "乙方", "合同金额", "签订日期"],
            ["鱼塘承包合同", "张德明", "6万元/年", "2023-01-01"],
            ["果园承包合同", "李秀英", "1.56万元（每年）", "2023-01-01"],
            ["厂房租赁合同", "王建国", "93600（每年递增3%）", "2023-01-01"],
            ["村道硬化", "宏达建设有限公司", "26万元", "2023-02-20"]]
    report = import_one(store, write_xlsx(tmp_path / "东村合同台账.xlsx", {"合同": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [None, None, None, 260000.0]
    reasons = {w["row"]: w["reason"] for w in report.sheets[0].warnings}
    assert sorted(reasons) == [3, 4, 5] and all("不是合同总额" in reason for reason in reasons.values())
    assert "“每年递增3%”" in reasons[5]


def test_a_lease_rent_said_to_be_a_years_is_read_quietly(store, tmp_path: Path) -> None:
    rows = [["东村资源发包台账"], ["资源名称", "承包方", "承包金", "起止时间"],
            ["果园", "李秀英", "1.56万元（每年）", "2023.1.1-2027.12.31"],
            ["厂房", "王建国", "93600（每年递增3%）", "2023.1.1-2027.12.31"]]
    report = import_one(store, write_xlsx(tmp_path / "东村资源发包台账.xlsx", {"发包": rows}))
    assert [r["amount"] for r in records(store, "resource")] == [15600.0, 93600.0]
    assert [w["row"] for w in report.sheets[0].warnings] == [4]
