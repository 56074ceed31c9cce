"""Layouts of blind set qa87 (wide multi-year sheets) that used to be misread:

- a 股份分红 发放表 giving each household one row and a (分红金额, 发放日期) pair per year: one payment a
  row was made from the first filled pair, and the other years were dropped without a word (not even
  named as unknown columns). Each period's group is now read as a 左收右支 side is: one payment a
  filled group, on the row's number, its 摘要 naming the period, and a note saying so; an empty group,
  or a 0 without a day (a dividend withheld), gives none. The same for "2022年分红金额 | 2022年发放日期"
  in one header row, and for quarters or halves (一季度补贴金额 | 发放日期 | 二季度补贴金额 | 发放日期);
- look-alikes stay one record a row: a lease register's yearly 应收/实收 (also with a 收款日期 a year),
  a project's 资金来源 by year, a contract's 预付款/进度款 columns; a 发放表 with an amount a year but one
  发放日期 is one payment a row of the years' sum (before: the first year's, the others unsaid); a payment
  sheet's 预付款/进度款 pairs are read as periods, each stage paid a payment.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_import_support import by_row, import_one, records, write_csv, write_xls, write_xlsx

DIVIDENDS = [
    ["佛山市南海区大沥镇凤池村股份经济合作社2021—2023年度股东分红发放表"],
    ["单位：元"],
    ["序号", "户号", "户主姓名", "户内股数", "2021年度分红", None, "2022年度分红", None, "2023年度分红", None,
     "三年合计", "领取人签名"],
    [None, None, None, None, "分红金额", "发放日期", "分红金额", "发放日期", "分红金额", "发放日期", None, None],
    [1, "FC001", "梁志坚", 5, 6250, dt.datetime(2022, 1, 20), 6900, "2023.1.16", 7100, "2024年1月25日", 20250, "梁志坚"],
    [2, "FC006", "关耀明", 5, 6250, "2022/1/20", 6900, "2023-01-16", 0, None, 13150, "关耀明"],
    [3, "FC008", "潘丽华", 3, None, None, 4140, "2023年1月16日", 4260, "20240125", 8400, "潘丽华"],
    [None, None, "合计", None, 12500, None, 17940, None, 11360, None, 41800, None],
    [],
    ["说明：FC006户2023年度分红抵扣欠缴鱼塘承包款，未发放；FC008户2022年起享受股份。"],
]
DIVIDEND_MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"]


def _payments(store) -> list[tuple[int, str | None, float, str | None]]:
    return sorted((p["source"]["row"], p["date"], p["amount"], p["counterparty"]) for p in records(store, "payment"))


def test_a_dividend_table_gives_a_payment_a_year(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "凤池股份经济合作社2021-2023年度股份分红表.xlsx", {"分红明细": DIVIDENDS},
                      merges={"分红明细": DIVIDEND_MERGES})
    report = import_one(store, path)
    assert _payments(store) == [
        (5, "2022-01-20", 6250.0, "梁志坚"), (5, "2023-01-16", 6900.0, "梁志坚"), (5, "2024-01-25", 7100.0, "梁志坚"),
        (6, "2022-01-20", 6250.0, "关耀明"), (6, "2023-01-16", 6900.0, "关耀明"),
        (7, "2023-01-16", 4140.0, "潘丽华"), (7, "2024-01-25", 4260.0, "潘丽华"),
    ]
    assert {p["direction"] for p in records(store, "payment")} == {"out"}
    # each year is a table of its own, and its note says how the sheet was read
    first, second, third = report.sheets
    for sheet, columns, year in ((first, "E、F", "2021年度"), (second, "G、H", "2022年度"), (third, "I、J", "2023年度")):
        assert "分期并列" in sheet.note and f"第 {columns} 列" in sheet.note and f"“{year}”" in sheet.note
        assert "为 0 的不记" in sheet.note
        assert {s["row"]: s["reason"] for s in sheet.skipped}[8].startswith("合计行")
        assert not sheet.rejected
    assert "2022年度分红" not in first.note  # no group is named an unknown column of another


def test_the_payments_of_one_row_have_their_own_ids_and_say_their_year(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "凤池股份经济合作社分红表.xlsx", {"分红明细": DIVIDENDS},
                      merges={"分红明细": DIVIDEND_MERGES})
    import_one(store, path)
    payments = [p for p in records(store, "payment") if p["source"]["row"] == 5]
    assert len({p["id"] for p in payments}) == 3
    assert sorted(p["summary"][-8:] for p in payments) == ["（2021年度）", "（2022年度）", "（2023年度）"]
    raw = next(p["raw"] for p in payments if p["amount"] == 6900.0)
    assert raw["户号"] == "FC001" and "2021年度分红/分红金额" not in raw  # the shared columns, its own group


def test_year_in_each_header_of_one_row(store, tmp_path: Path) -> None:
    rows = [["东村股份经济合作社2022-2023年度分红发放表"],
            ["户主姓名", "2022年分红金额", "2022年发放日期", "2023年分红金额", "2023年发放日期", "签名"],
            ["张国华", 1000, "2023-01-10", 1200, "2024-01-12", "张国华"],
            ["李秀英", 800, "2023-01-10", None, None, "李秀英"]]
    report = import_one(store, write_xls(tmp_path / "东村分红发放表.xls", {"分红": rows}))
    assert _payments(store) == [(3, "2023-01-10", 1000.0, "张国华"), (3, "2024-01-12", 1200.0, "张国华"),
                                (4, "2023-01-10", 800.0, "李秀英")]
    assert all("分期并列" in sheet.note for sheet in report.sheets)


@pytest.mark.parametrize("periods", [("一季度", "二季度"), ("上半年", "下半年")])
def test_quarters_or_halves_each_with_a_payout_date(store, tmp_path: Path, periods: tuple[str, str]) -> None:
    first, second = periods
    rows = [["西村2023年生态护林员补贴发放表"],
            ["姓名", f"{first}补贴金额", "发放日期", f"{second}补贴金额", "发放日期"],
            ["王永福", 1500, "2023-04-10", 1500, "2023-07-10"],
            ["赵桂兰", 1500, "2023-04-10", 0, None]]
    import_one(store, write_csv(tmp_path / "西村护林员补贴发放表.csv", rows))
    assert _payments(store) == [(3, "2023-04-10", 1500.0, "王永福"), (3, "2023-07-10", 1500.0, "王永福"),
                                (4, "2023-04-10", 1500.0, "赵桂兰")]
    assert sorted({p["summary"] for p in records(store, "payment")}) == [
        f"西村2023年生态护林员补贴发放表（{first}）", f"西村2023年生态护林员补贴发放表（{second}）"]


# --- look-alikes: one record a row, as before -------------------------------------------------------------


def test_a_lease_register_with_yearly_collections_stays_one_lease_a_row(store, tmp_path: Path) -> None:
    rows = [["上林村资产资源租赁合同台账（2021-2023年）"],
            ["序号", "承租人", "租赁标的", "年租金", "2021年", None, "2022年", None, "欠款"],
            [None, None, None, None, "应收", "实收", "应收", "实收", None],
            [1, "林建华", "后尾山林地", 52000, 52000, 52000, 52000, 40000, 12000],
            [2, "陈小平", "村部一楼店面", 48000, 24000, 24000, 48000, 48000, 0]]
    report = import_one(store, write_xlsx(tmp_path / "上林村租赁台账.xlsx", {"租赁台账": rows},
                                          merges={"租赁台账": ["E2:F2", "G2:H2"]}))
    assert [(r["counterparty"], r["amount"]) for r in records(store, "resource")] == [
        ("林建华", 52000.0), ("陈小平", 48000.0)]
    assert records(store, "payment") == []
    assert len(report.sheets) == 1 and "分期并列" not in report.sheets[0].note


def test_a_lease_register_with_a_collection_day_a_year_stays_one_lease_a_row(store, tmp_path: Path) -> None:
    rows = [["南村集体资源租赁台账"],
            ["承租人", "租赁标的", "年租金", "2022年实收", "2022年收款日期", "2023年实收", "2023年收款日期"],
            ["张德明", "村东鱼塘", 5000, 5000, "2022-03-01", 5000, "2023-03-02"]]
    report = import_one(store, write_xlsx(tmp_path / "南村租赁台账.xlsx", {"租赁": rows}))
    assert [(r["counterparty"], r["amount"]) for r in records(store, "resource")] == [("张德明", 5000.0)]
    assert len(report.sheets) == 1 and "分期并列" not in report.sheets[0].note


def test_a_project_funded_over_several_years_stays_one_project(store, tmp_path: Path) -> None:
    rows = [["溪边村2021-2023年村级工程项目台账"],
            ["序号", "项目名称", "施工单位", "合同金额", "开工日期", "资金来源", None, None, None],
            [None, None, None, None, None, "2021年上级补助", "2021年村自筹", "2022年上级补助", "2022年村自筹"],
            [1, "溪边村环村路硬化", "晋江市宏泰建设有限公司", 680000, "2021-04-01", 300000, 80000, 200000, 100000]]
    report = import_one(store, write_xls(tmp_path / "溪边村工程项目台账.xls", {"项目": rows},
                                         merges={"项目": [(1, 1, 5, 8)]}))
    assert [(p["name"], p["amount"]) for p in records(store, "project")] == [("溪边村环村路硬化", 680000.0)]
    assert len(report.sheets) == 1 and "分期并列" not in report.sheets[0].note


def test_payment_stages_each_paid_are_payments_of_their_own(store, tmp_path: Path) -> None:
    """预付款 | 进度款 pairs of a payment sheet: each stage paid is a payment. Before, the first pair gave the
    payment and the second was dropped with no word."""
    rows = [["北村工程款支付明细"],
            ["收款单位", "预付款金额", "预付款日期", "进度款金额", "进度款日期"],
            ["宏达建设有限公司", 50000, "2023-03-01", 80000, "2023-06-01"],
            ["北村建材经营部", 12000, "2023-04-02", None, None]]
    report = import_one(store, write_xlsx(tmp_path / "北村工程款支付明细.xlsx", {"付款": rows}))
    payments = sorted((p["counterparty"], p["amount"], p["date"]) for p in records(store, "payment"))
    assert payments == [("北村建材经营部", 12000.0, "2023-04-02"), ("宏达建设有限公司", 50000.0, "2023-03-01"),
                        ("宏达建设有限公司", 80000.0, "2023-06-01")]
    assert any("分期并列" in sheet.note for sheet in report.sheets)


def test_a_contract_with_payment_stages_stays_one_contract(store, tmp_path: Path) -> None:
    """A contract 台账 with 付款节点 columns (qa65) is no payment sheet: one contract a row, as before."""
    rows = [["北村工程合同台账"],
            ["合同名称", "乙方", "合同金额", "签订日期", "预付款金额", "预付款日期", "进度款金额", "进度款日期"],
            ["村道硬化", "宏达建设有限公司", 260000, "2023-02-20", 50000, "2023-03-01", 80000, "2023-06-01"]]
    import_one(store, write_xlsx(tmp_path / "北村工程合同台账.xlsx", {"合同": rows}))
    assert [(c["counterparty"], c["amount"]) for c in records(store, "contract")] == [("宏达建设有限公司", 260000.0)]
    assert records(store, "payment") == []


def test_a_payout_with_one_date_for_all_years_is_one_payment_of_their_sum(store, tmp_path: Path) -> None:
    """Without a day a year the groups are no payments of their own: paid together on the one day, the
    row is one payment of the years' sum, saying so. Before, the first year's amount was the payment
    and the second year's stayed unsaid in the raw row."""
    rows = [["东村2022-2023年度分红发放表"],
            ["户主姓名", "2022年度分红金额", "2023年度分红金额", "发放日期"],
            ["张国华", 1000, 1200, "2024-01-12"],
            ["李秀英", None, 900, "2024-01-12"]]
    report = import_one(store, write_xlsx(tmp_path / "东村分红发放表.xlsx", {"分红": rows}))
    assert [(p["counterparty"], p["amount"], p["date"]) for p in records(store, "payment")] == [
        ("张国华", 2200.0, "2024-01-12"), ("李秀英", 900.0, "2024-01-12")]
    assert len(report.sheets) == 1 and "分期并列" not in report.sheets[0].note
    [warning] = report.sheets[0].warnings
    assert warning["row"] == 3 and "2022年度分红金额、2023年度分红金额各列之和" in warning["reason"]


def test_a_payout_with_a_total_beside_its_years_is_read_at_its_total(store, tmp_path: Path) -> None:
    rows = [["东村2022-2023年度分红发放表"],
            ["户主姓名", "2022年度分红金额", "2023年度分红金额", "实发金额", "发放日期"],
            ["张国华", 1000, 1200, 2150, "2024-01-12"]]
    report = import_one(store, write_xlsx(tmp_path / "东村分红发放表.xlsx", {"分红": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [2150.0]
    assert not report.sheets[0].warnings


def test_a_journal_dated_under_its_year_is_one_entry_a_row(store, tmp_path: Path) -> None:
    rows = [["前进村现金日记账"],
            ["2023年", None, "凭证号", "摘要", "收入", "支出", "余额"],
            ["月", "日", None, None, None, None, None],
            [3, 2, "记-01", "收鱼塘承包费", 18800, None, 18800],
            [3, 5, "记-02", "付村部电费", None, 1286.4, 17513.6]]
    report = import_one(store, write_xlsx(tmp_path / "前进村现金日记账.xlsx", {"现金": rows},
                                          merges={"现金": ["A2:B2"]}))
    assert sorted(by_row(records(store, "payment"))) == [4, 5]
    assert len(report.sheets) == 1 and "分期并列" not in report.sheets[0].note


def test_a_collection_register_reports_each_unpaid_year(store, tmp_path: Path) -> None:
    """In a 收缴登记表 a year a household paid nothing is an arrear: its group reports it, as a row
    of a one-year register is, rather than leave it out as an empty group."""
    rows = [["东村2022-2023年度机动地承包费收缴台账"],
            ["户主姓名", "应交金额", "2022年实交金额", "2022年交款日期", "2023年实交金额", "2023年交款日期"],
            ["张国华", 1000, 1000, "2022-03-10", 1000, "2023-03-12"],
            ["李秀英", 800, 800, "2022-03-10", None, None]]
    report = import_one(store, write_xlsx(tmp_path / "东村承包费收缴台账.xlsx", {"收缴": rows}))
    assert _payments(store) == [(3, "2022-03-10", 1000.0, "张国华"), (3, "2023-03-12", 1000.0, "张国华"),
                                (4, "2022-03-10", 800.0, "李秀英")]
    assert {p["direction"] for p in records(store, "payment")} == {"in"}
    first, second = report.sheets
    assert not first.rejected and [r["row"] for r in second.rejected] == [4]
    assert "未交款" in second.rejected[0]["reason"] and "按未交款报告" in second.note
