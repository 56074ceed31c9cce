"""Layouts of blind set qa90 (works split into 标段 and paid by 计量) that used to be misread:

- a 工程款计量支付台账 gives each period's 本期计量金额, 本期应付 and 本期实付: the payment is what was
  actually paid (本期实付), never the measured or due sum; 预付款 and 结算款 rows without a 计量 sum were
  rejected as having no amount; a period measured but not paid (实付 0, no 支付日期) became a payment of
  its whole 计量 sum, and the 未付金额 line under the 累计 a payment of the contract's rest;
- a 监理合同 register names its sum 监理服务费（万元）: no amount was read;
- "通村公路", "通村道路" (a road reaching the villages) named a village 通村.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx


def _measured_ledger() -> list[list]:
    """One 标段's 计量支付台账 with the two-row header of 宁夏's ledgers."""
    return [
        ["红寺堡区2023年高标准农田建设项目第一标段工程款计量支付台账"],
        ["施工单位：宁夏路桥农田水利工程有限公司", None, None, None, None, None, None, None, "单位：元"],
        ["计量期次", "计量日期", "计量金额", None, "本期应付", "支付情况", None, None, "收款单位", "备注"],
        [None, None, "本期计量金额", "累计计量金额", None, "本期实付", "累计实付", "支付日期", None, None],
        ["预付款", None, None, None, 438621.54, 438621.54, 438621.54, dt.date(2023, 4, 18),
         "宁夏路桥农田水利工程有限公司", None],
        ["第1期", dt.date(2023, 5, 25), 986540.20, 986540.20, 789232.16, 789232.16, 1227853.70,
         dt.date(2023, 6, 12), "宁夏路桥农田水利工程有限公司", None],
        ["第2期", dt.date(2023, 6, 26), 1104356.80, 2090897.00, 883485.44, 800000.00, 2027853.70,
         dt.date(2023, 7, 14), "宁夏路桥农田水利工程有限公司", "按资金到位情况部分支付"],
        ["第3期", dt.date(2023, 7, 28), 987650.10, 3078547.10, 790120.08, 0, 2027853.70, None, None,
         "资金未到位，本期未支付"],
        ["累计", None, 3078547.10, None, None, 2027853.70],
        ["未付金额", None, None, None, None, 2358361.67],
    ]


def _import_ledger(store, tmp_path: Path):
    merges = {"太阳山一标段": ["A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:H3", "I3:I4", "J3:J4"]}
    path = write_xlsx(tmp_path / "红寺堡区高标准农田项目工程款计量支付台账.xlsx",
                      {"太阳山一标段": _measured_ledger()}, merges=merges)
    return sheet_of(import_one(store, path))


def test_a_measured_payment_is_what_was_actually_paid(store, tmp_path: Path) -> None:
    sheet = _import_ledger(store, tmp_path)
    payments = records(store, "payment")
    assert [(p["amount"], p["date"], p["direction"]) for p in payments] == [
        (438621.54, "2023-04-18", "out"), (789232.16, "2023-06-12", "out"), (800000.0, "2023-07-14", "out")]
    assert "本期实付" in sheet.note and "本期计量金额" in sheet.note and "不是付出的钱" in sheet.note
    assert sheet.rejected == []


def test_a_period_measured_but_not_paid_is_no_payment(store, tmp_path: Path) -> None:
    sheet = _import_ledger(store, tmp_path)
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[8].startswith("计量未支付") and "987650.10" in reasons[8]
    assert "未付余额行" in reasons[10]


def test_a_one_row_header_csv_with_thousands_separators(store, tmp_path: Path) -> None:
    rows = [["滦平县2022年小型水库除险加固工程款支付台账"],
            ["序号", "标段", "计量期", "本期计量金额", "本期应付", "本期实付", "累计实付", "支付日期", "收款单位"],
            ["1", "一标段", "预付款", "", "236,500.00", "236,500.00", "236,500.00", "2022/5/18", "承德鑫达水利工程有限公司"],
            ["2", "一标段", "第1期", "612,345.60", "489,876.48", "489,876.48", "726,376.48", "2022/6/20",
             "承德鑫达水利工程有限公司"],
            ["3", "一标段", "第3期", "", "60,000.00", "60,000.00", "786,376.48", "2022/9/13",
             "承德鑫达水利工程有限公司农民工工资专户"]]
    import_one(store, write_csv(tmp_path / "滦平县工程款支付台账.csv", rows, encoding="gbk"))
    assert [p["amount"] for p in records(store, "payment")] == [236500.0, 489876.48, 60000.0]


@pytest.mark.parametrize("paid", ["本期实付金额", "本次实付", "实际支付", "实付款"])
def test_other_words_for_the_sum_actually_paid(store, tmp_path: Path, paid: str) -> None:
    rows = [["计量期", "计量金额", paid, "累计实付金额", "支付日期", "收款单位"],
            ["第1期", 412560.00, 330048.00, 330048.00, "2023-07-03", "红寺堡区鑫盛建筑安装有限公司"],
            ["结算款", None, 180000.00, 510048.00, "2024-01-25", "红寺堡区鑫盛建筑安装有限公司"]]
    import_one(store, write_xlsx(tmp_path / "大河乡四标段工程款支付台账.xlsx", {"支付": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [330048.0, 180000.0]


def test_a_ledger_with_no_paid_column_never_reads_the_measured_sum(store, tmp_path: Path) -> None:
    """Look-alike: without a 实付 column the 计量 sum is no stand-in: the sheet is not imported, saying why."""
    rows = [["计量期", "本期计量金额", "支付日期", "收款单位"],
            ["第1期", 412560.00, "2023-07-03", "红寺堡区鑫盛建筑安装有限公司"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "大河乡四标段工程款支付台账.xlsx", {"支付": rows})))
    assert records(store) == []
    assert "不是实付金额" in sheet.note


def test_a_batch_paid_beside_its_running_total_is_unchanged(store, tmp_path: Path) -> None:
    """Look-alike (qa39): a 资金拨付台账's 本次拨付 is the row's money, not its 累计拨付; no 计量 note."""
    rows = [["拨付日期", "收款单位", "本次拨付", "累计拨付"],
            ["2023-05-10", "石桥村股份经济合作社", 50000, 50000],
            ["2023-08-10", "石桥村股份经济合作社", 30000, 80000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村项目资金拨付台账.xlsx", {"拨付": rows})))
    assert [p["amount"] for p in records(store, "payment")] == [50000.0, 30000.0]
    assert "计量" not in sheet.note


def test_a_journal_paying_what_was_unpaid_is_a_payment(store, tmp_path: Path) -> None:
    """Look-alike: a 摘要 that speaks of 未付 money is a transaction, not a 未付金额 line, and so is a
    booked entry (with its voucher) whose 摘要 is only "未付款"."""
    rows = [["日期", "凭证号", "摘要", "支出金额"],
            ["2023-05-10", "记-12", "支付未付工程款", 12000],
            ["2023-05-12", "记-13", "未付款", 800]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村现金日记账.xlsx", {"日记账": rows})))
    assert [p["amount"] for p in records(store, "payment")] == [12000.0, 800.0]
    assert not any("未付余额行" in s["reason"] for s in sheet.skipped)


@pytest.mark.parametrize("header", ["监理服务费", "监理费（万元）", "服务费"])
def test_a_supervision_contracts_fee_is_its_amount(store, tmp_path: Path, header: str) -> None:
    rows = [["同心县水利工程监理合同登记台账"],
            ["登记单位：同心县水务局", None, None, None, "单位：万元"],
            ["序号", "合同编号", "合同名称", "监理人（乙方）", header, "签订日期"],
            [1, "TXSW-JL-2023-04", "预旺镇小型农田水利设施维修养护监理合同", "宁夏科信工程咨询监理有限公司", 4.2,
             "2023/4/20"],
            [2, "TXSW-JL-2023-08", "田老庄乡村组道路工程监理合同", "宁夏科信工程咨询监理有限公司", 3.95, "20230815"]]
    import_one(store, write_xls(tmp_path / "同心县水利工程监理合同台账.xls", {"监理合同": rows}))
    assert [(c["amount"], c["signed_on"]) for c in records(store, "contract")] == [
        (42000.0, "2023-04-20"), (39500.0, "2023-08-15")]


def test_a_contract_sum_beats_the_fee_words(store, tmp_path: Path) -> None:
    """Look-alike: beside its own 合同金额 a register's 已付服务费 is no contract sum."""
    rows = [["合同名称", "乙方", "合同金额", "已付服务费", "签订日期"],
            ["村部物业服务合同", "同心县洁美物业服务有限公司", 36000, 12000, "2023-03-01"]]
    import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [36000.0]


@pytest.mark.parametrize(("text", "villages"), [
    ("环县2023年农村公路（通村道路）建设项目标段一览表", []),
    ("环县2023年合道镇至毛井镇通村公路硬化工程", []),
    ("石桥村通村公路硬化", ["石桥村"]),
    ("虎洞镇通村组道路砂化工程", []),
    # Look-alikes: a village whose name ends in 通, and one called 通村 with its own words after it.
    ("大通村村内道路硬化", ["大通村"]),
    ("前通村公路养护", ["前通村"]),
    ("通村村委会2023年合同台账", ["通村"]),
])
def test_a_road_to_the_villages_names_no_village(text: str, villages: list[str]) -> None:
    assert find_villages(text) == villages


def test_a_lot_list_of_roads_to_the_villages_has_no_village(store, tmp_path: Path) -> None:
    rows = [["环县2023年农村公路（通村道路）建设项目标段一览表"], ["金额单位：万元"],
            ["序号", "项目名称", "标段", "中标单位", "中标价", "合同签订时间"],
            [1, "环县2023年合道镇至毛井镇通村公路硬化工程", "一标段", "甘肃路桥第三工程有限责任公司", 612.3458,
             "2023年5月8日"]]
    import_one(store, write_xlsx(tmp_path / "2023年农村道路建设项目标段台账.xlsx", {"环县农村道路": rows}))
    assert [r["village"] for r in records(store)] == [""]
