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
