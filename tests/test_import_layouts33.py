"""Layouts of blind pass 33 (mountain villages of 川渝滇黔湘桂) that used to be misread silently.

Each test writes a real xlsx and imports it through ``importers.import_paths``, or checks a pure
function on a table:

- hm² is the 公顷 of a forestry register (面积（hm²）), not a square metre: read as m², 63 亩 of
  forest became 0.0063 亩 and its rent per 亩 ten thousand times too high;
- 批复投资 is a 以工代赈 project's budget;
- an 入股分红收益台账 is money in, paid by the 入股企业.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from tests.test_import_support import import_one, records, write_xlsx


@pytest.mark.parametrize(("header", "unit"), [
    ("面积（hm²）", "hm2"), ("面积(hm2)", "hm2"), ("面积（m²）", "m2"), ("面积（公顷）", "公顷"), ("建筑面积(㎡)", "m2"),
])
def test_area_unit_from_text(header: str, unit: str) -> None:
    assert values.area_unit_from_text(header) == unit


@pytest.mark.parametrize(("cell", "unit", "mu"), [
    (4.2, "hm2", 63.0), ("4.2hm²", None, 63.0), ("4.2 hm2", "亩", 63.0), ("300m²", None, 0.45), ("4.2", "公顷", 63.0),
])
def test_parse_area_in_hectares(cell: object, unit: str | None, mu: float) -> None:
    assert values.parse_area(cell, unit) == mu


def test_a_forest_lease_in_hectares_is_read_in_mu(store, tmp_path: Path) -> None:
    rows = [["老姆登村集体林地发包台账"],
            ["地块名称", "面积（hm²）", "承包方", "年租金（元）", "承包起止"],
            ["后山林地", 4.2, "福贡县绿源林业专业合作社", 18900, "2020.1.1-2039.12.31"]]
    import_one(store, write_xlsx(tmp_path / "老姆登村林地发包.xlsx", {"林地": rows}))
    assert [(r["name"], r["area"], r["amount"]) for r in records(store, "resource")] == [("后山林地", 63.0, 18900.0)]


def test_approved_investment_is_a_projects_budget(store, tmp_path: Path) -> None:
    rows = [["海雀村以工代赈项目台账"],
            ["项目名称", "批复投资(元)", "实施单位", "开工时间"],
            ["海雀村通组路硬化", 850000, "赫章县路安建筑工程有限公司", "2023.4.1"]]
    import_one(store, write_xlsx(tmp_path / "海雀村以工代赈项目.xlsx", {"项目": rows}))
    assert [(p["name"], p["budget"]) for p in records(store, "project")] == [("海雀村通组路硬化", 850000.0)]


def test_a_register_of_dividends_received_is_money_in_from_the_company(store, tmp_path: Path) -> None:
    rows = [["保靖县吕洞山镇夯沙村村集体经济入股分红收益台账"],
            ["序号", "入股企业（合作社）", "入股金额（万元）", "分红年度", "分红金额（元）", "到账日期", "入账凭证"],
            [1, "保靖县吕洞山黄金茶有限公司", 50, "2023年度", 40000, "2024年1月25日", "银收-02"]]
    import_one(store, write_xlsx(tmp_path / "夯沙村入股分红台账.xlsx", {"入股分红": rows}))
    assert [(p["date"], p["amount"], p["direction"], p["counterparty"]) for p in records(store, "payment")] == [
        ("2024-01-25", 40000.0, "in", "保靖县吕洞山黄金茶有限公司")]
