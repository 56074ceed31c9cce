"""Layouts of blind set qa116 (household fees and the deposits a village holds) that used to be misread:

- a 履约保证金 or 投标保证金 收退台账 with a 项目名称 column was read as a project list: a name a row, every
  amount, day and paying company dropped. It is payments now: in when received, out when returned,
  the works as each payment's 摘要;
- a row holding both the receipt and the refund of a deposit (收取日期 | 金额 | 退还日期 | 退还金额) gave
  one record, the refund lost. It gives two payments on its row number, each dated by its own day;
  a row not yet refunded gives the receipt alone;
- a 卫生保洁费 收缴登记表 with the months across (缴费月份 over 1月…12月, each 已缴 or 未缴) and the sum paid
  (已缴金额) was not recognised. Each household's 已缴金额 is a payment in now.

A project list with a 履约保证金 column beside its 合同金额 and 施工单位, a lease register with its 租金 and
押金, and a deposit register without refund columns stay as they were.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx

D = dt.datetime


def _payments(store) -> list[tuple[int, str | None, float | None, str | None, str | None]]:
    return sorted((p["source"]["row"], p["direction"], p["amount"], p["date"], p["counterparty"])
                  for p in records(store, "payment"))


def test_a_performance_bond_register_is_payments_in_and_out(store, tmp_path: Path) -> None:
    """qa116: 履约保证金 (单位：万元, 收取情况 / 退还情况 over two rows) read as 6 name-only projects."""
    rows = [["石桥村工程履约保证金收取及退还台账"], [None, None, None, None, None, None, None, None, "单位：万元"],
            ["序号", "工程名称", "缴纳单位", "收取情况", None, None, "退还情况", None, "备注"],
            [None, None, None, "收取日期", "金额", "方式", "退还日期", "金额", None],
            [1, "石桥村文化礼堂改造工程", "临川市宏达建设有限公司", "2023.3.18", 2.85, "转账", "2024.3.20", 2.85, "质保期满退还"],
            [2, "后山组山塘清淤整治", "临川市水韵水利工程有限公司", "2023-05-10", 0.95, "现金", None, None, "未到期"],
            [None, "合计", None, None, 3.8, None, None, 2.85, None]]
    merges = {"履约保证金": ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3", "I3:I4"]}
    report = import_one(store, write_xlsx(tmp_path / "石桥村押金保证金收退台账.xlsx", {"履约保证金": rows},
                                          merges=merges))
    assert records(store, "project") == []
    assert _payments(store) == [(5, "in", 28500.0, "2023-03-18", "临川市宏达建设有限公司"),
                                (5, "out", 28500.0, "2024-03-20", "临川市宏达建设有限公司"),
                                (6, "in", 9500.0, "2023-05-10", "临川市水韵水利工程有限公司")]
    assert {p["summary"] for p in records(store, "payment")} == {"石桥村文化礼堂改造工程", "后山组山塘清淤整治"}
    notes = " ".join(sheet.note for sheet in report.sheets)
    assert "保证金（押金）收退台账" in notes and "退还" in notes


def test_a_bid_bond_register_returns_the_losers_deposits(store, tmp_path: Path) -> None:
    """qa116: 投标保证金 (项目名称 | 投标单位 | 缴纳日期 | 保证金金额 | 退还日期 | 退还金额): the winner's
    deposit has no refund, each loser's gives a payment out on its own day."""
    rows = [["石桥村2023年村级工程投标保证金登记表"], ["单位：元"],
            ["序号", "项目名称", "投标单位", "缴纳日期", "保证金金额", "退还日期", "退还金额", "是否中标", "备注"],
            [1, "村道硬化（二期）", "江西鑫路交通工程有限公司", D(2023, 3, 22), 5000, None, None, "是", "转作履约保证金"],
            [2, "村道硬化（二期）", "抚州通达路桥有限公司", D(2023, 3, 23), 5000, D(2023, 4, 7), 5000, "否", "未中标退还"],
            [None, "小计", None, None, None, None, None, None, None]]
    import_one(store, write_xlsx(tmp_path / "石桥村投标保证金.xlsx", {"投标保证金": rows}))
    assert records(store, "project") == []
    assert _payments(store) == [(4, "in", 5000.0, "2023-03-22", "江西鑫路交通工程有限公司"),
                                (5, "in", 5000.0, "2023-03-23", "抚州通达路桥有限公司"),
                                (5, "out", 5000.0, "2023-04-07", "抚州通达路桥有限公司")]


def test_a_lease_deposit_refund_is_a_payment_out(store, tmp_path: Path) -> None:
    """qa116: 门面房租赁押金 was read as a 收缴登记表 and its 退还日期 / 退还金额 (in 大写 or ¥) dropped."""
    rows = [["石桥村集体门面房、仓库租赁押金台账"],
            ["序号", "承租人", "租赁物", "押金金额", "收取日期", "退还日期", "退还金额", "经办人"],
            [1, "王建国", "街面1号门面", "伍仟元整", "2023年3月3日", None, None, "苏成才"],
            [2, "李秀英", "街面2号门面", 5000, "2022年12月28日", "2023年6月30日", "伍仟元整", "苏成才"],
            [3, "黄国富", "冷库", "壹万贰仟伍佰元整", "2023年5月15日", "2023年12月31日", "¥12,500.00", "苏成才"]]
    import_one(store, write_xlsx(tmp_path / "石桥村租赁押金.xlsx", {"门面房租赁押金": rows}))
    assert _payments(store) == [(3, "in", 5000.0, "2023-03-03", "王建国"),
                                (4, "in", 5000.0, "2022-12-28", "李秀英"),
                                (4, "out", 5000.0, "2023-06-30", "李秀英"),
                                (5, "in", 12500.0, "2023-05-15", "黄国富"),
                                (5, "out", 12500.0, "2023-12-31", "黄国富")]


def test_a_project_list_with_a_bond_column_stays_projects(store, tmp_path: Path) -> None:
    """Look-alike: a project list that notes each works' 履约保证金 and its refund beside its 合同金额 and
    施工单位 is a project list: the deposit columns do not make it a register of payments."""
    rows = [["项目名称", "施工单位", "合同金额", "履约保证金", "保证金收取日期", "保证金退还日期", "退还金额"],
            ["石桥村文化礼堂改造工程", "临川市宏达建设有限公司", 285000, 28500, "2023-03-18", "2024-03-20", 28500]]
    import_one(store, write_xlsx(tmp_path / "石桥村工程项目台账.xlsx", {"项目": rows}))
    assert [p["name"] for p in records(store, "project")] == ["石桥村文化礼堂改造工程"]
    assert records(store, "payment") == []


def test_a_lease_register_with_rent_and_deposit_is_not_split(store, tmp_path: Path) -> None:
    """Look-alike: a lease register gives each lease's 年租金 beside its 押金: a money column outside
    the deposit, so it is no deposit register and is read as before (one record a row)."""
    rows = [["承租人", "租赁物", "年租金", "押金金额", "收取日期", "退还日期", "退还金额"],
            ["王建国", "街面1号门面", 12000, 5000, "2023-03-03", "2023-12-31", 5000]]
    import_one(store, write_xlsx(tmp_path / "石桥村门面房租赁台账.xlsx", {"租赁": rows}))
    assert len(records(store)) == 1
    assert all(p["direction"] != "out" for p in records(store, "payment"))


def test_a_deposit_list_without_refunds_gives_one_payment_a_row(store, tmp_path: Path) -> None:
    """Look-alike: a 押金 list with no refund columns is a 收缴登记表 as before, a payment in a row."""
    rows = [["承租人", "租赁物", "押金金额", "收取日期"], ["王建国", "街面1号门面", 5000, "2023-03-03"],
            ["陈志强", "街面3号门面", 3000, "2023-07-01"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村押金收取登记.xlsx", {"押金": rows})))
    assert _payments(store) == [(2, "in", 5000.0, "2023-03-03", "王建国"), (3, "in", 3000.0, "2023-07-01", "陈志强")]
    assert "收退台账" not in sheet.note


def _fee_rows(amount_header: str) -> list[list[object]]:
    months = [f"{month}月" for month in range(1, 13)]
    return [["柳河村2023年农户卫生保洁费收缴登记表"], ["收费标准：每户每月10元，按月收缴"],
            ["序号", "户主", "组别", "缴费月份", *[None] * 11, amount_header, "欠缴金额", "备注"],
            [None, None, None, *months, None, None, None],
            [1, "孙淑芬", "1组", *["√"] * 12, 120, 0, None],
            [2, "吕有才", "1组", *["已缴"] * 6, *["未缴"] * 6, 60, 60, None],
            [3, "戴彩霞", "2组", *["免"] * 12, 0, 0, "低保户减免"],
            ["合计", None, None, *[None] * 12, 180, 60, None]]


def test_a_fee_register_with_the_months_across_is_payments_in(store, tmp_path: Path) -> None:
    """qa116: 卫生保洁费 (缴费月份 over 1月…12月, 已缴金额) was "无法判断表格类型"; each household's 已缴金额 is
    a payment in, without a day, and the 免 household is reported, not imported."""
    merges = {"卫生保洁费": ["A3:A4", "B3:B4", "C3:C4", "D3:O3", "P3:P4", "Q3:Q4", "R3:R4"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳河村2023年卫生费收缴台账.xlsx",
                                                  {"卫生保洁费": _fee_rows("已缴金额")}, merges=merges)))
    assert sheet.kind == "payment"
    assert _payments(store) == [(5, "in", 120.0, None, "孙淑芬"), (6, "in", 60.0, None, "吕有才")]
    assert [r["row"] for r in sheet.rejected] == [7]


def test_a_fee_register_of_the_sums_due_is_not_a_record_of_payments(store, tmp_path: Path) -> None:
    """Look-alike: the same sheet giving only what each household owes (应缴金额) records no payment:
    it stays unrecognised, as before, rather than taking a sum due for one paid."""
    merges = {"卫生保洁费": ["A3:A4", "B3:B4", "C3:C4", "D3:O3", "P3:P4", "Q3:Q4", "R3:R4"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳河村2023年卫生费.xlsx",
                                                  {"卫生保洁费": _fee_rows("应缴金额")}, merges=merges)))
    assert records(store, "payment") == [] and sheet.kind is None
