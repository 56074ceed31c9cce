"""Rows of blind sets qa81, qa82 and qa84 (round 14) that were read otherwise than an inspector reads them:

- qa81: a bank book's "本月末余额" line was rejected as a row without an amount, as if data were lost;
- qa82: a 发放表 titled "…报酬发放表（2023年7月10日发放）" left its payments undated;
- qa82, qa84: payees in the 摘要 missed or garbled: "付黄沙铺镇明辉超市…" (a town called …铺),
  "付李卫东报销到县农业农村局办事差旅费" (read as the organisation "李卫东报销到县农业农村局"),
  "收村民吴秋生自来水入户安装费", "付王老五搬运化肥装卸费", "付王家堡煤场村部取暖煤款".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.parties import summary_organisation
from importers.persons import summary_person
from importers.rowmap import label_reason
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


@pytest.mark.parametrize("label", ["本月末余额", "本年末余额", "本期末结余"])
def test_a_balance_at_the_end_of_a_period_is_a_balance_line(label: str) -> None:
    assert label_reason([label]) is not None


def test_a_payment_of_the_end_is_no_balance_line() -> None:
    assert label_reason(["末次付款"]) is None


def test_a_payout_list_dated_in_its_title_dates_its_payments(store, tmp_path: Path) -> None:
    rows = [["石门村2023年第二季度村干部报酬发放表（2023年7月10日发放）"], ["黄沙铺镇石门村村民委员会（盖章）"],
            ["序号", "姓名", "职务", "基本报酬", "实发金额", "领款人签字"],
            [1, "李卫东", "党支部副书记", 1900, 3510, None],
            [2, "张志强", "村委会委员", 1700, 3130, None]]
    report = import_one(store, write_xlsx(tmp_path / "石门村2023年村干部报酬发放表.xlsx", {"二季度": rows}))
    payments = records(store, "payment")
    assert [(p["counterparty"], p["date"], p["direction"]) for p in payments] == \
        [("李卫东", "2023-07-10", "out"), ("张志强", "2023-07-10", "out")]
    assert "2023年7月10日发放" in sheet_of(report).note


@pytest.mark.parametrize("title", ["石门村2024年4月工资发放表", "2023年7月10日发放明细表", "截至2023年6月30日发放情况表"])
def test_a_period_in_the_title_does_not_date_the_payout(title: str) -> None:
    from importers.plan import _labelled_payout_date
    assert _labelled_payout_date([title]) is None


def test_a_day_before_the_payout_word_is_the_payout_day() -> None:
    from importers.plan import _labelled_payout_date
    assert _labelled_payout_date(["二季度报酬发放表（2023年7月10日发放）"])[1] == dt.date(2023, 7, 10)


@pytest.mark.parametrize(("summary", "organisation", "person"), [
    ("付黄沙铺镇明辉超市春节慰问困难户米油款", "黄沙铺镇明辉超市", None),
    ("付李卫东报销到县农业农村局办事差旅费", None, "李卫东"),
    ("收村民吴秋生自来水入户安装费", None, "吴秋生"),
    ("付张志强组织防汛值守误工补贴", None, "张志强"),
    ("付王老五搬运化肥装卸费", None, "王老五"),
    ("付张宏伟暖气片配件", None, "张宏伟"),
    ("收王建平羊圈占地费", None, "王建平"),
    ("付王家堡煤场村部取暖煤款", "王家堡煤场", None),
    ("付十里铺村委会电费", None, None),  # a village called …铺 is no shop
    ("收何志强铺租", None, "何志强"),
])
def test_payees_of_round_14_in_the_summary(summary: str, organisation: str | None, person: str | None) -> None:
    assert summary_organisation(summary, "石门村") == organisation
    if organisation is None:
        assert summary_person(summary, "石门村") == person


def test_a_farm_supply_station_and_a_seller_of_scrap_in_the_summary() -> None:
    """qa78: "付大名县兴农农资站化肥款" and "收王二小废旧物资变卖款" named no party."""
    assert summary_organisation("付大名县兴农农资站化肥款", "东王庄村") == "大名县兴农农资站"
    assert summary_person("收王二小废旧物资变卖款", "东王庄村") == "王二小"


def test_a_grant_payout_list_is_payments_to_its_recipients(store, tmp_path: Path) -> None:
    """qa82: a 以奖代补资金发放明细表 was read as projects (奖补项目, 验收日期), with no amount and no payee."""
    rows = [["三兴镇罗城村2023年以奖代补资金发放明细表"], ["单位：万元"],
            ["序号", "奖补对象", "奖补项目", "验收日期", "奖补资金（万元）", "拨付日期", "备注"],
            [1, "罗城村第一村民小组", "机耕道硬化", "2023-09-12", 2.35, "2023-10-20", None],
            [2, "刘满堂", "茶园提质改造", "2023-09-15", 1.2, "2023-10-20", None]]
    import_one(store, write_xlsx(tmp_path / "罗城村2023年以奖代补资金发放表.xlsx", {"以奖代补": rows}))
    assert [(p["counterparty"], p["amount"], p["date"], p["direction"]) for p in records(store, "payment")] == \
        [("罗城村第一村民小组", 23500.0, "2023-10-20", "out"), ("刘满堂", 12000.0, "2023-10-20", "out")]
    assert records(store, "project") == []


def test_a_project_list_with_a_grant_column_stays_projects(store, tmp_path: Path) -> None:
    rows = [["罗城村2023年一事一议财政奖补项目台账"],
            ["序号", "项目名称", "施工单位", "项目总投资", "奖补资金", "开工日期", "竣工日期"],
            [1, "机耕道硬化", "湖南楚天建设有限公司", 86000, 40000, "2023-05-02", "2023-08-30"]]
    import_one(store, write_xlsx(tmp_path / "罗城村2023年一事一议项目台账.xlsx", {"项目": rows}))
    assert [(p["name"], p["budget"], p["contractor"]) for p in records(store, "project")] == \
        [("机耕道硬化", 86000.0, "湖南楚天建设有限公司")]
