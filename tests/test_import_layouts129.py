"""Layouts of blind set qa129 (四风 spending: 公务接待, 慰问品 purchases, car costs, 差旅费) that used to be misread:

- a 公务接待登记 had no direction and no payee, and its note suggested the guests (来宾单位) as the party: it is
  money out, paid to the restaurant of its 就餐地点 (none for a meal in the village's own canteen);
- a 节日慰问品 purchase naming its 购买商店 was read as a 发放表 paying its 发放对象: the shop is the payee;
- a 公务用车费用登记 with a 收款单位 column had no direction: a register of costs only is money out;
- a 差旅费 报销 register with no payee column had no party: its 报销人 was paid back.

The look-alikes stay: a 招待所 or 收费 register, a 发放表 of people, a 报销人 beside a 收款人 column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx

RECEPTION = [["沙溪镇桂花村2023年公务接待登记表"],
             ["序号", "接待日期", "来宾单位", "接待事由", "接待人数", "就餐地点", "金额", "经办人"],
             [1, "2023-01-06", "沙溪镇农业农村办", "年终三资清查", 3, "老街饭庄", 680, "李明生"],
             [2, "2023.1.13", "鸿达建设有限公司", "工程验收", 5, "张记农家乐", "1,460.00", "胡国平"],
             [3, "2023年2月3日", "永丰县农业农村局", "调研", 4, "村委会食堂", 320, "李明生"]]


def test_a_reception_register_pays_the_restaurant(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "桂花村2023年公务接待登记表.xlsx", {"公务接待登记": RECEPTION})))
    payments = records(store, "payment")
    assert [p["direction"] for p in payments] == ["out", "out", "out"]
    assert [p["counterparty"] for p in payments] == ["老街饭庄", "张记农家乐", None]
    assert payments[1]["raw"]["来宾单位"] == "鸿达建设有限公司"
    assert "公务接待" in sheet.note and "就餐地点" in sheet.note and "本村食堂" in sheet.note
    assert "若它就是" not in sheet.note  # the guests are never suggested as the party


@pytest.mark.parametrize("venue", ["用餐地点", "消费地点", "酒店名称"])
def test_other_words_for_where_the_meal_was(store, tmp_path: Path, venue: str) -> None:
    rows = [["日期", "接待对象", "接待事由", venue, "金额", "经办人"], ["2023-03-02", "县纪委", "检查", "沙溪大酒店", 980, "李明生"]]
    import_one(store, write_xlsx(tmp_path / "招待费明细.xlsx", {"Sheet1": rows}))
    assert [(p["direction"], p["counterparty"]) for p in records(store, "payment")] == [("out", "沙溪大酒店")]


def test_a_reception_register_without_a_venue_suggests_no_guest(store, tmp_path: Path) -> None:
    rows = [["接待日期", "来宾单位", "接待事由", "金额", "经办人"], ["2023-01-06", "镇农业农村办", "清查", 680, "李明生"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "公务接待登记表.xlsx", {"接待": rows})))
    assert [(p["direction"], p["counterparty"]) for p in records(store, "payment")] == [("out", None)]
    assert "来宾单位”一列未导入" not in sheet.note


def test_a_guest_house_earns_money(store, tmp_path: Path) -> None:
    """Look-alike: a 招待所 the village runs, or its 收入, is no spending: no direction is guessed."""
    rows = [["日期", "客户", "摘要", "金额", "经办人"], ["2023-01-06", "张三", "住宿", 120, "李明生"]]
    import_one(store, write_xlsx(tmp_path / "桂花村招待所住宿登记.xlsx", {"Sheet1": rows}))
    assert [p["direction"] for p in records(store, "payment")] == [None]


def test_a_restaurant_payee_column_beats_the_venue(store, tmp_path: Path) -> None:
    """Look-alike: beside a 收款单位, the 就餐地点 is no payee."""
    rows = [["日期", "接待事由", "就餐地点", "收款单位", "金额", "经办人"],
            ["2023-01-06", "清查", "老街", "老街饭庄", 680, "李明生"]]
    import_one(store, write_xlsx(tmp_path / "公务接待登记表.xlsx", {"接待": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == ["老街饭庄"]


GIFTS = [["桂花村2023年节日慰问品采购发放汇总"],
         ["日期", "节日", "品名", "金额（小写）", "购买商店", "发放对象", "经办人"],
         ["20230112", "春节", "四特酒", 2376, "沙溪烟酒商行", "困难党员、老干部", "胡国平"],
         ["20230116", "春节", "购物卡", 5000, "永丰县佳佳乐购物广场", "村两委干部", "刘建华"],
         ["20230620", "端午", "粽子", 800, None, "70岁以上老人", "周秀英"]]


def test_a_gift_purchase_pays_the_shop(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "节日慰问品汇总.xls", {"节日慰问品": GIFTS})))
    payments = records(store, "payment")
    assert [p["direction"] for p in payments] == ["out", "out", "out"]
    assert [p["counterparty"] for p in payments] == ["沙溪烟酒商行", "永丰县佳佳乐购物广场", None]
    assert payments[1]["raw"]["发放对象"] == "村两委干部"
    assert "发放表：" not in sheet.note and "购买商店" in sheet.note and "发放对象" in sheet.note


def test_a_payout_of_people_stays_a_payout(store, tmp_path: Path) -> None:
    """Look-alike: a real 发放表 (姓名, 金额, 签字) pays its people."""
    rows = [["桂花村2023年春节慰问金发放表"], ["序号", "姓名", "金额", "签字"], [1, "刘长根", 500, "刘长根"],
            [2, "胡桂英", 500, "胡桂英"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "慰问金发放表.xlsx", {"Sheet1": rows})))
    assert [(p["direction"], p["counterparty"]) for p in records(store, "payment")] == \
        [("out", "刘长根"), ("out", "胡桂英")]
    assert "发放表" in sheet.note


CAR = [["桂花村2023年公务用车燃油、维修费用登记表"],
       ["日期", "车牌号", "费用类别", "摘要", "金额(元)", "收款单位", "经办人"],
       ["2023.1.5", "赣D·3K721", "燃油", "加92#汽油", "350.00", "中国石化永丰沙溪加油站", "彭小军"],
       ["2023.1.28", "赣D·3K721", "维修", "更换刹车片", "680.00", "永丰县顺达汽车修理厂", "彭小军"]]


def test_a_register_of_costs_is_money_out(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "桂花村公务用车燃油维修费用登记.csv", CAR, encoding="gbk")
    sheet = sheet_of(import_one(store, path))
    assert [p["direction"] for p in records(store, "payment")] == ["out", "out"]
    assert "费用登记" in sheet.note and "收款单位" in sheet.note


@pytest.mark.parametrize("title", ["桂花村2023年收费登记表", "桂花村2023年费用收入登记"])
def test_a_register_of_fees_collected_is_never_out(store, tmp_path: Path, title: str) -> None:
    """Look-alike: a 收费 or 收入 register with a 收款单位 column is no register of costs."""
    rows = [[title], ["日期", "摘要", "金额", "收款单位", "经办人"], ["2023-01-05", "场地费", 350, "桂花村委会", "李明生"]]
    import_one(store, write_csv(tmp_path / "登记.csv", rows))
    assert [p["direction"] for p in records(store, "payment")] != ["out"]


TRAVEL = [["桂花村2023年村干部差旅费明细表"],
          ["序号", "报销日期", "报销人", "出差事由", "交通费", "住宿费", "报销金额"],
          [1, "2023-02-16", "刘建华", "县培训", 60, 360, 600],
          [2, "2023-03-22", "李明生", "报账培训", 60, 240, 420]]


def test_the_claimant_of_a_reimbursement_is_paid(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "差旅费.xlsx", {"差旅费": TRAVEL})))
    payments = records(store, "payment")
    assert [(p["counterparty"], p["handler"]) for p in payments] == [("刘建华", "刘建华"), ("李明生", "李明生")]
    assert [p["direction"] for p in payments] == ["out", "out"]
    assert "报销人" in sheet.note and "往来单位" in sheet.note


def test_a_payee_column_leaves_the_claimant_a_handler(store, tmp_path: Path) -> None:
    """Look-alike: beside a 收款单位, the 报销人 only handled the claim."""
    rows = [["报销日期", "报销人", "收款单位", "报销金额"], ["2023-02-16", "刘建华", "永丰宾馆", 600]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "差旅费报销.xlsx", {"差旅费": rows})))
    assert [(p["counterparty"], p["handler"]) for p in records(store, "payment")] == [("永丰宾馆", "刘建华")]
    assert "同时记为往来单位" not in sheet.note
