"""Rows of round 17's blind sets (qa93–qa96) that were read otherwise than an inspector reads them:

- qa93: a 捐资登记表 took each gift's 原币金额 (US$20,000 as 20,000 元) over its 折合人民币, named no donor
  (捐款人) and no direction; a 助学金发放表 named no student (受助学生);
- qa94: a 以奖代补 拨付 export made a payment of the 核定奖补资金 where nothing was paid this time;
- qa96: a forest lease's 林地坐落（林班/小班） named nothing; "付村干部岩罕外出开会差旅费" named no payee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.persons import summary_person
from tests.test_import_support import import_one, records, write_xlsx


def test_a_donation_register_books_the_yuan_value_from_the_donor(store, tmp_path: Path) -> None:
    rows = [["斗山镇龙田村2023年乡贤侨胞捐资登记表"],
            ["序号", "捐款人", "侨居地", "币种", "原币金额", "汇率", "折合人民币（元）", "捐款日期", "用途"],
            [1, "黄健民", "美国", "美元", 20000, 6.7604, 135208, "2023-01-18", "宗祠修缮"],
            [2, "伍振华", "本地", "人民币", 54973.6, 1, 54973.6, "2023-02-05", "村道硬化"]]
    import_one(store, write_xlsx(tmp_path / "龙田村2023年捐资登记表.xlsx", {"捐资登记": rows}))
    assert [(p["counterparty"], p["amount"], p["direction"]) for p in records(store, "payment")] == \
        [("黄健民", 135208.0, "in"), ("伍振华", 54973.6, "in")]


def test_a_student_aid_payout_names_the_student(store, tmp_path: Path) -> None:
    rows = [["龙田村2023年助学金发放表"], ["序号", "受助学生", "就读学校", "发放金额", "发放日期"],
            [1, "黄晓敏", "台山一中", 2000, "2023-09-01"]]
    import_one(store, write_xlsx(tmp_path / "龙田村2023年助学金发放表.xlsx", {"助学金": rows}))
    assert [(p["counterparty"], p["amount"], p["direction"]) for p in records(store, "payment")] == \
        [("黄晓敏", 2000.0, "out")]


def test_an_approved_grant_with_nothing_paid_this_time_is_no_payment(store, tmp_path: Path) -> None:
    rows = [["梅花村以奖代补资金拨付明细"],
            ["序号", "项目名称", "核定奖补资金", "本次拨付金额", "拨付日期", "收款单位"],
            [1, "机耕道硬化", 30000, 30000, "2023-10-20", "梅花村股份经济合作社"],
            [2, "山塘清淤", 12000, None, None, None]]
    import_one(store, write_xlsx(tmp_path / "梅花村以奖代补资金拨付明细.xlsx", {"拨付": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [30000.0]


def test_a_forest_lease_is_named_by_its_plot(store, tmp_path: Path) -> None:
    rows = [["曼伞村集体林权流转台账（2016—2019年）"],
            ["序号", "林地坐落（林班/小班）", "林种", "面积（亩）", "受让方（流转方）", "年流转费（元）", "流转期限"],
            [1, "22林班4小班", "用材林", 86.5, "西双版纳林海木业有限公司", 8650, "2016.1.1-2030.12.31"]]
    import_one(store, write_xlsx(tmp_path / "曼伞村林权流转台账.xlsx", {"2016-2019": rows}))
    assert [(r["name"], r["counterparty"]) for r in records(store, "resource")] == \
        [("22林班4小班", "西双版纳林海木业有限公司")]


@pytest.mark.parametrize(("summary", "person"), [
    ("付村干部岩罕外出开会差旅费", "岩罕"),
    ("收伍振华捐资（村道硬化）", "伍振华"),
    ("付村干部报酬", None),
])
def test_payees_of_round_17_in_the_summary(summary: str, person: str | None) -> None:
    assert summary_person(summary, "曼伞村") == person
