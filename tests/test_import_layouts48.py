"""Layouts of blind sets qa48-50 (华北 books, 长三角 物业, 东北 机动地) that used to be misread:

- 杨市村, 新市村: a two-character village name ending in 市 was taken for a city's end, and 52 rows
  of qa49 had no village (the note even said no name gave one);
- 面积（垧） was read as 亩, 15 times too small; 1 垧 = 15 亩 now, and the note says so (some places
  count 10);
- a remark bracketed after a company's name is no part of the party ("…有限公司（口头约定，补签）");
- an organisation written last in a 摘要, after a space ("付植树节树苗款 绥棱县林丰苗圃"), is the payee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from importers.parties import summary_organisation
from importers.party_cells import party_name
from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


@pytest.mark.parametrize(("text", "villages"), [
    ("杨市村2023年村级小型工程台账", ["杨市村"]),
    ("无锡市惠山区阳山镇杨市村2023年度村级小型工程台账", ["杨市村"]),
    ("新市村", ["新市村"]),
    ("周市镇市北村", ["市北村"]),
    ("昆山市北村", ["北村"]),
    ("无锡市村级工程台账", []),
    ("石桥村2022年合同（从村会计处复制）", ["石桥村"]),
    ("驻村工作队", []),
    ("下村", ["下村"]),
    ("常熟市村委会换届", []),
])
def test_a_village_whose_name_ends_in_shi(text: str, villages: list[str]) -> None:
    assert find_villages(text) == villages


def test_a_sheet_of_yangshi_village_files_its_rows_there(store, tmp_path: Path) -> None:
    rows = [["无锡市惠山区阳山镇杨市村2023年度村级小型工程台账"],
            ["项目名称", "施工单位", "合同金额（元）", "开工日期"],
            ["杨市村河道护岸", "无锡市杨市建筑安装有限公司（口头约定，补签）", 186000, "2023-04-01"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "杨市村2023年村级小型工程台账.xlsx", {"工程": rows})))
    assert sheet.village == "杨市村"
    assert [(p["village"], p["contractor"]) for p in records(store, "project")] == [
        ("杨市村", "无锡市杨市建筑安装有限公司")]


def test_an_area_in_shang_is_fifteen_mu_and_the_note_says_so(store, tmp_path: Path) -> None:
    rows = [["红星村2023年机动地发包台账"], ["单位：垧、元"],
            ["地块名称", "承包人", "面积（垧）", "承包费（元/年）", "承包期限"],
            ["东大岗", "王德友", 3.5, 12600, "2023.1.1-2027.12.31"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红星村机动地发包.xlsx", {"2023": rows})))
    assert [r["area"] for r in records(store, "resource")] == [52.5]
    assert "按 1 垧 = 15 亩折算" in sheet.note


@pytest.mark.parametrize(("cell", "mu"), [("3.5垧", 52.5), ("2垧", 30.0), ("12亩", 12.0)])
def test_an_area_cell_in_shang(cell: str, mu: float) -> None:
    assert values.parse_area(cell) == mu


@pytest.mark.parametrize(("cell", "party"), [
    ("无锡市杨市建筑安装有限公司（口头约定，补签）", "无锡市杨市建筑安装有限公司"),
    ("某某（北京）建设有限公司", "某某（北京）建设有限公司"),
    ("王五（代领）", "王五（代领）"),
])
def test_a_remark_after_a_companys_name(cell: str, party: str) -> None:
    assert party_name(cell) == party


@pytest.mark.parametrize(("summary", "party"), [
    ("付植树节树苗款 绥棱县林丰苗圃", "绥棱县林丰苗圃"),
    ("付党员活动室桌椅款 绥棱县宏利家具店", "绥棱县宏利家具店"),
    ("付清雪工钱 王德友", None),
    ("收到区农业农村局产业扶持资金", "区农业农村局"),
    ("购树苗（城月苗圃场）", "城月苗圃场"),
    ("收王家峁村苹果冷库租金（绥德县果香农业合作社）", "绥德县果香农业合作社"),
    ("支付某某（北京）建设有限公司工程款", "某某（北京）建设有限公司"),
    ("收县林业局生态护林员补助", "县林业局"),
    ("收承包费 红星村股份经济合作社", None),
])
def test_an_organisation_written_last(summary: str, party: str | None) -> None:
    assert summary_organisation(summary, "红星村") == party
