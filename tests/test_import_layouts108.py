"""Layouts of blind set qa108 (征地补偿 payouts) that used to be misread:

- a 补偿发放明细表 naming each row's household (被征收户) and who came for the money (领取人 | 与户主关系)
  took the collector for the payee: three households' payouts became payments "to" the brother of a
  cadre who collected them, and no field kept whose they were. The household is now the payee, the
  collector its 经手人, and a row collected by another says so in a warning (代领, an inspector's red
  flag). With no household column beside it, 领取人 still names the payee;
- the line of the share the collective keeps (村集体留存（土地补偿费20%）) was rejected for want of a 实发
  amount, or with one would have become a payment: it is skipped as no payout, with its reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, write_xls, write_xlsx

COMPENSATION = [
    ["河湾村2023年度产业园区二期征地补偿款发放明细表"],
    ["序号", "组别", "被征收户", "征地面积(亩)", "实发金额(元)", "领取日期", "领取人", "与户主关系"],
    [1, "一组", "崔秀英", 0.9, 52320.5, "2023年6月17日", "崔秀英", "本人"],
    [2, None, "钟凤英", 1.6, 82950, dt.date(2023, 6, 21), "高荣华", "儿子"],
    [3, None, "韩春生", 1.85, 95250, "2023年6月13日", "本人", None],
]


def test_the_household_is_the_payee_and_a_collector_for_it_is_warned(store, tmp_path: Path) -> None:
    report = import_one(store, write_xls(tmp_path / "河湾村征地补偿款发放明细表.xls", {"发放明细": COMPENSATION}))
    assert [(p["counterparty"], p["handler"], p["amount"], p["direction"]) for p in records(store, "payment")] == [
        ("崔秀英", "崔秀英", 52320.5, "out"), ("钟凤英", "高荣华", 82950.0, "out"), ("韩春生", "本人", 95250.0, "out")]
    [warning] = report.sheets[0].warnings
    assert (warning["row"], warning["column"], warning["value"]) == (4, "领取人", "高荣华")
    assert "代领" in warning["reason"] and "钟凤英" in warning["reason"]


def test_a_collector_column_of_its_own_name_is_the_handler_too(store, tmp_path: Path) -> None:
    rows = [["石桥村青石大道征地补偿款发放表（一组）"],
            ["户主姓名", "补偿金额", "领取日期", "代领人", "代领关系"],
            ["何玉梅", 38600, "2023-08-02", "于家和", "女婿"], ["田大山", 21000, "2023-08-02", None, None]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村征地补偿款发放表.xlsx", {"一组": rows}))
    assert [(p["counterparty"], p["handler"]) for p in records(store, "payment")] == [
        ("何玉梅", "于家和"), ("田大山", None)]
    assert [w["row"] for w in report.sheets[0].warnings] == [3]


def test_a_collector_alone_is_the_payee(store, tmp_path: Path) -> None:
    rows = [["河湾村2023年春节慰问金发放表"], ["领取人", "发放金额", "发放日期"], ["崔秀英", 500, "2023-01-18"]]
    report = import_one(store, write_xlsx(tmp_path / "河湾村慰问金发放表.xlsx", {"慰问": rows}))
    assert [(p["counterparty"], p["handler"]) for p in records(store, "payment")] == [("崔秀英", None)]
    assert not report.sheets[0].warnings


def test_the_share_the_collective_keeps_is_no_payout(store, tmp_path: Path) -> None:
    rows = [["石桥村征地补偿款发放表（三组）"], ["户主姓名", "应发合计", "实发金额", "领取日期"],
            ["孔春花", 35530, 35530, "2023-04-30"],
            ["村集体留存（土地补偿费20%，存入征地补偿款专户）", 461696, 461696, None]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村征地补偿款发放表.xlsx", {"三组": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == ["孔春花"]
    [skipped] = [item for item in report.sheets[0].skipped if item["row"] == 4]
    assert "村集体留存的部分" in skipped["reason"]
