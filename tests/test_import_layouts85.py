"""Rows of round 15's blind sets (qa85–qa88) that were read otherwise than an inspector reads them:

- qa86: a 土地承包经营权确权登记台账 (each household's own contracted plots, with 确权面积 and 四至) was read as
  22 leases by the village, each flagged by resource_lease for a 30-year term; and "付黄家宝土地流转费"
  named no payee (a 家 as second character was taken for a family's hamlet, as in 王家屯).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.persons import summary_person
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_a_register_of_households_contracted_land_is_no_lease(store, tmp_path: Path) -> None:
    rows = [["监利市汴河镇石桥村农村土地承包经营权确权登记台账"],
            ["序号", "组别", "承包方代表", "身份证号", "地块名称", "地块编码", "确权面积（亩）", "承包期限"],
            [1, "一组", "周德全", "421023196503120011", "门前田", "4210231052010100001", 2.35, "1998.10.1—2028.9.30"],
            [2, "一组", "周德全", "421023196503120011", "河边地", "4210231052010100002", 1.2, "1998.10.1—2028.9.30"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村土地承包经营权确权登记台账.xlsx", {"确权登记台账": rows}))
    assert records(store) == []
    assert "确权" in sheet_of(report).note and "不是村集体发包" in sheet_of(report).note


def test_a_lease_register_of_the_villages_own_land_stays_leases(store, tmp_path: Path) -> None:
    rows = [["石桥村机动地发包台账"],
            ["序号", "承包方", "地块名称", "面积（亩）", "承包费（元/年）", "承包期限"],
            [1, "周德全", "村东机动地", 12.5, 6250, "2021.1.1—2025.12.31"]]
    import_one(store, write_xlsx(tmp_path / "石桥村机动地发包台账.xlsx", {"机动地": rows}))
    assert [(r["counterparty"], r["amount"]) for r in records(store, "resource")] == [("周德全", 6250.0)]


@pytest.mark.parametrize(("summary", "person"), [
    ("付黄家宝土地流转费", "黄家宝"),
    ("付王家明劳务费", "王家明"),
    ("收鲍家岭山林承包费", None),   # a family's hamlet, as before
    ("付李家坪修路款", None),
    ("收张家口建材款", None),
])
def test_a_name_with_jia_as_its_second_character(summary: str, person: str | None) -> None:
    assert summary_person(summary, "桃园村") == person


@pytest.mark.parametrize(("line", "unit"), [
    ("金额单位：万元    面积单位：公顷", "wan"),  # qa87: the money unit before an area unit was missed
    ("面积单位：公顷  金额单位：万元", "wan"),
    ("单位：元/亩", "yuan"),
])
def test_a_money_unit_line_that_names_an_area_unit_too(line: str, unit: str) -> None:
    from importers.values import unit_from_text
    assert unit_from_text(line) == unit


def _people_sheet(title: str, header: list[str], people: list[list[object]]) -> list[list[object]]:
    return [[title], header, *people]


@pytest.mark.parametrize(("sheet", "title", "header"), [
    ("党员花名册", "中共东王庄村支部委员会党员花名册", ["序号", "姓名", "性别", "入党时间", "工作单位及职务"]),
    ("村民代表", "柳河村第十二届村民代表名单", ["序号", "村民小组", "姓名", "性别", "联系户数"]),
    ("公益岗", "前寨村2023年乡村公益性岗位及网格员人员花名册", ["序号", "姓名", "岗位类别", "岗位名称", "所在组"]),
])
def test_rosters_of_party_members_representatives_and_public_posts_are_no_cadres(
        store, tmp_path: Path, sheet: str, title: str, header: list[str]) -> None:
    """qa85: 50 party members, representatives and 公益岗 workers became cadres, each a related_party suspect."""
    people = [[1, "韩国庆", "男", "1999-12-18", "务农"], [2, "赵国富", "男", "1990-07-01", "个体经营"]]
    report = import_one(store, write_xlsx(tmp_path / f"东王庄村{sheet}.xlsx", {sheet: _people_sheet(title, header, people)}))
    assert records(store, "cadre") == []
    assert "不是村干部名单" in sheet_of(report).note


def test_a_cadre_sheet_in_a_file_named_for_representatives_too_stays_cadres(store, tmp_path: Path) -> None:
    rows = _people_sheet("柳河村历任村干部名单", ["届次", "姓名", "性别", "职务", "任职时间"],
                         [["第十一届", "孙德林", "男", "党支部书记", "2018.1-2021.3"]])
    import_one(store, write_xlsx(tmp_path / "柳河村历任村干部及村民代表名单.xlsx", {"历任村干部": rows}))
    assert [(c["name"], c["position"]) for c in records(store, "cadre")] == [("孙德林", "党支部书记")]


def test_a_list_of_group_leaders_gives_their_position(store, tmp_path: Path) -> None:
    rows = _people_sheet("东王庄村村民小组长名单", ["组别", "姓名", "性别", "联系电话"],
                         [["第一组", "李秋生", "男", "13703221458"], ["第六组", "冯长海", "男", "13932271540"]])
    report = import_one(store, write_xlsx(tmp_path / "东王庄村人员名单汇总.xlsx", {"村民小组长": rows}))
    assert [(c["name"], c["position"]) for c in records(store, "cadre")] == \
        [("李秋生", "村民小组长"), ("冯长海", "村民小组长")]
    assert "职务记为“村民小组长”" in sheet_of(report).note


@pytest.mark.parametrize(("summary", "person"), [
    ("收冯长海村南坑塘承包费", "冯长海"),       # was 南坑塘, after a "hamlet" 冯长海村
    ("付张志刚垃圾清运费（1-2月）", "张志刚"),
    ("付王立新工程协调误工费", "王立新"),
    ("付赵振江三组道路土方劳务费", "赵振江"),
    ("付王浩院墙维修零工劳务费", "王浩"),
    ("付杨文斌监委会误工补贴", "杨文斌"),
    ("付张凤兰四组保洁工资", "张凤兰"),
    ("付赵红梅去县农业农村局差旅费", "赵红梅"),
])
def test_payees_of_qa85_in_the_summary(summary: str, person: str) -> None:
    from importers.parties import summary_organisation
    assert summary_organisation(summary, "东王庄村") is None
    assert summary_person(summary, "东王庄村") == person


def test_an_eating_place_is_an_organisation() -> None:
    from importers.parties import summary_organisation
    assert summary_organisation("付立英家常菜馆招待费", "东王庄村") == "立英家常菜馆"


@pytest.mark.parametrize(("cell", "yuan"), [
    ("16.8万\n（已付8万）", 168000),   # qa83: a 过程台账's amount with what was paid of it on a second line
    ("12.5万(其中财政8万)", 125000),
    ("36,000.00(含税)", 36000),
])
def test_an_amount_with_a_remark_on_what_was_paid_of_it(cell: str, yuan: int) -> None:
    from importers import values
    assert values.parse_money(cell) == yuan * 100


def test_an_amount_with_a_remark_that_adds_to_it_stays_unread() -> None:
    from importers import values
    with pytest.raises(values.ValueProblem):
        values.parse_money("12.5万(另加3万)")
