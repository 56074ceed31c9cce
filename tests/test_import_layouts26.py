"""Layouts of blind pass 26 (村账乡代管 in 湖南、湖北、江西、福建、广西) that used to be misread.

Each test writes a real file and imports it through ``importers.import_paths``:

- a township sheet of several villages' books heads its village column 所属单位, 村组 or 村委: each row's
  village comes from it when its cells name villages, and from nowhere when they name 村民小组 or
  departments (the note then says the village is unknown);
- a project list's 实施主体 gives the village when every cell names one, and is left alone when it
  names townships or companies;
- a 三资 platform's payment export with 单位名称 (the village keeping the books) and 收(付)款人 (the
  payee): the payee is the counterparty, 单位名称 the village; without a payee column, a 单位名称 whose
  cells all name villages is the village, not the payee;
- 项目概算（元） is the project's budget;
- a 土地流转 register's 流转对象 is the lessee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.kinds import assign_columns
from importers.synonyms import match_text
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

# --- a village column on a township's sheet -----------------------------------------------------------


def _assets(header: str, first: str, second: str) -> list[list[object]]:
    return [["西渡镇农村集体资产台账"],
            [header, "资产编码", "资产名称", "原值", "取得日期", "使用状况"],
            [first, "ZC-MH-001", "村级综合服务中心", 1268000, "2016-09-30", "自用"],
            [first, "ZC-MH-004", "文化广场", 356000, "2019-11-20", "自用"],
            [second, "ZC-XQ-002", "村部办公楼", 980000, "2015-12-28", "自用"],
            ["合计", None, None, 2604000, None, None]]


@pytest.mark.parametrize("header", ["所属单位", "村组", "村委"])
def test_a_generic_village_header_gives_each_row_its_village(store, tmp_path: Path, header: str) -> None:
    """Before, every record came in without a village and the note said the sheet had no 村名 column."""
    rows = _assets(header, "梅花村", "新桥村股份经济合作社")
    report = import_one(store, write_xlsx(tmp_path / "西渡镇农村集体资产台账.xlsx", {"资产台账": rows}))
    assert "没有村名列" not in sheet_of(report).note
    assert {row: a["village"] for row, a in by_row(records(store, "asset")).items()} == {
        3: "梅花村", 4: "梅花村", 5: "新桥村"}


@pytest.mark.parametrize(("header", "first", "second"), [("村组", "一组", "三组"), ("所属村组", "一组", "三组"),
                                                         ("所属单位", "村委会", "党支部"), ("村委", "√", "√")])
def test_a_generic_village_header_that_names_no_village_is_no_village(store, tmp_path: Path, header: str,
                                                                       first: str, second: str) -> None:
    """A 村民小组, a department or a tick is no village: the rows stay without one, and say so."""
    report = import_one(store, write_xlsx(tmp_path / "资产台账.xlsx", {"资产台账": _assets(header, first, second)}))
    assert {a["village"] for a in records(store, "asset")} == {""}
    assert "未能确定村名" in sheet_of(report).note


def test_the_village_column_of_a_land_register_and_its_lessee(store, tmp_path: Path) -> None:
    """广西 WPS register: 村委 is the village, 流转对象 the lessee (before: both lost, the lessee with a note)."""
    rows = [["六塘镇集体土地流转（发包）台账"],
            ["村委", "地块名称", "面积（亩）", "流转对象", "流转方式", "每年流转费（元）", "起始时间", "到期时间"],
            ["古灯村", "古灯洞田", "128.5", "柳州市螺香农业科技有限公司", "出租", "89950", "2021.01.01", "2030.12.31"],
            ["六塘村", "江边沙地", "22.6", "廖秋菊", "发包", "6780", "2023.01.01", "2027.12.31"],
            ["合计", None, "151.1", None, None, "96730", None, None]]
    report = import_one(store, write_csv(tmp_path / "六塘镇土地流转台账.csv", rows, encoding="gbk"))
    assert sheet_of(report).note == ""
    assert {row: (r["village"], r["counterparty"], r["amount"]) for row, r in by_row(records(store, "resource")).items()} \
        == {3: ("古灯村", "柳州市螺香农业科技有限公司", 89950.0), 4: ("六塘村", "廖秋菊", 6780.0)}


@pytest.mark.parametrize("header", ["流转对象", "转入方", "受让对象", "承租对象"])
def test_the_lessee_of_a_land_transfer(header: str) -> None:
    found = match_text(header, "resource")
    assert found is not None and found.field == "counterparty"


# --- 实施主体 ---------------------------------------------------------------------------------------


def _works(bodies: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["项目编号", "项目名称", "实施主体", "预算金额（元）", "承建方", "立项日期", "开工日期"]]
    for number, body in enumerate(bodies, start=12):
        rows.append([f"XW2023-00{number}", "村道错车道", body, 86000, "孝感市金鼎建筑有限公司", 20230215, 20230310])
    return rows


def test_an_implementing_body_that_names_villages_gives_the_village(store, tmp_path: Path) -> None:
    """湖北 小微工程 项目库: 实施主体 桃园村 / 石桥村村民委员会 is the village that carries the works out."""
    path = write_xlsx(tmp_path / "小河镇村级小微工程项目库.xlsx", {"项目库": _works(["桃园村", "石桥村村民委员会"])})
    note = sheet_of(import_one(store, path)).note
    assert [p["village"] for p in records(store, "project")] == ["桃园村", "石桥村"]
    assert "“实施主体”一列各行都是村" in note and "未能确定村名" not in note


def test_an_implementing_body_that_is_a_township_or_a_firm_gives_no_village(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "小河镇项目库.xlsx", {"项目库": _works(["桃园村", "小河镇人民政府"])})
    note = sheet_of(import_one(store, path)).note
    assert {p["village"] for p in records(store, "project")} == {""}
    assert "未能确定村名" in note


# --- 单位名称 and 收(付)款人 in a platform's payment export -------------------------------------------------


_PLATFORM_PAYMENTS = [["收支明细查询"],
                      ["单位名称", "凭证日期", "凭证编号", "摘要", "会计科目", "收入金额(元)", "支出金额(元)",
                       "收(付)款人", "状态"],
                      ["后洋村", "2023-03-02", "记-0005", "收村级组织运转经费", "补助收入", "60,000.00", None,
                       "古田县大桥镇财政所", "已审核"],
                      ["溪口村", "2023-03-26", "记-0013", "付溪口桥护栏款", "在建工程", None, "28,760.00",
                       "宁德市恒通交通设施有限公司", "已审核"],
                      ["合计", None, None, None, None, "60,000.00", "28,760.00", None, None]]


def _platform_html(rows: list[list[object]]) -> str:
    lines = "".join("<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<html><head><meta charset='utf-8'></head><body><table border=1>{lines}</table></body></html>"


def test_the_payee_column_wins_over_the_unit_that_keeps_the_books(store, tmp_path: Path) -> None:
    """Before, 单位名称 (the paying village) was every row's counterparty and the payee column was
    ignored, silently: related_party and repeat_vendor would have seen the village as the payee."""
    path = tmp_path / "福建大桥镇三资平台_收支明细.xls"
    path.write_text(_platform_html(_PLATFORM_PAYMENTS), encoding="utf-8")
    report = import_one(store, path)
    assert "村名" not in sheet_of(report).note
    assert {row: (p["village"], p["counterparty"], p["direction"], p["amount"])
            for row, p in by_row(records(store, "payment")).items()} == {
        3: ("后洋村", "古田县大桥镇财政所", "in", 60000.0),
        4: ("溪口村", "宁德市恒通交通设施有限公司", "out", 28760.0)}


@pytest.mark.parametrize("payee", ["收(付)款人", "收（付）款人", "收款人/付款人", "收付款人（单位）",
                                   "收(付)款人(单位)", "收付款方"])
def test_every_spelling_of_the_payee_beats_a_unit_name(payee: str) -> None:
    names = ["单位名称", "凭证日期", "摘要", "支出金额", payee]
    columns = {column.header: (column.field, column.primary)
               for column in assign_columns("payment", [""] * len(names), names, names)}
    assert columns[payee] == ("counterparty", True)
    assert columns["单位名称"] == ("village", True)


def test_a_unit_name_that_names_firms_stays_in_the_raw_row(store, tmp_path: Path) -> None:
    """The payee still wins; a 单位名称 of firms is no village (kept raw, not filed as one)."""
    rows = [list(row) for row in _PLATFORM_PAYMENTS]
    rows[2][0], rows[3][0] = "大桥镇财政所", "恒通交通设施有限公司"
    import_one(store, write_xlsx(tmp_path / "收支明细.xlsx", {"收支": rows}))
    assert [(p["village"], p["counterparty"]) for p in records(store, "payment")] == [
        ("", "古田县大桥镇财政所"), ("", "宁德市恒通交通设施有限公司")]


def test_a_unit_name_of_villages_without_a_payee_column_is_the_village(store, tmp_path: Path) -> None:
    """Without 收(付)款人, 单位名称 was still every row's counterparty: each village paid itself."""
    rows = [[cell for index, cell in enumerate(row) if index != 7] for row in _PLATFORM_PAYMENTS]
    report = import_one(store, write_xlsx(tmp_path / "大桥镇三资平台_收支明细.xlsx", {"收支": rows}))
    assert "未能确定村名" not in sheet_of(report).note
    assert [(p["village"], p["counterparty"]) for p in records(store, "payment")] == [("后洋村", None), ("溪口村", None)]


def test_a_unit_name_naming_firms_as_well_without_a_payee_column_is_the_payee(store, tmp_path: Path) -> None:
    rows = [[cell for index, cell in enumerate(row) if index != 7] for row in _PLATFORM_PAYMENTS]
    rows[2][0], rows[3][0] = "古田县大桥镇财政所", "后洋村"
    import_one(store, write_xlsx(tmp_path / "后洋村收支明细.xlsx", {"收支": rows}))
    assert [(p["village"], p["counterparty"]) for p in records(store, "payment")] == [
        ("后洋村", "古田县大桥镇财政所"), ("后洋村", "后洋村")]


# --- 概算 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["项目概算（元）", "项目概算", "投资概算", "概算投资", "工程概算"])
def test_an_estimate_is_the_projects_budget(header: str) -> None:
    found = match_text(header, "project")
    assert found is not None and found.field == "budget" and found.quality >= 3


def test_the_estimate_of_a_reward_for_work_project_is_its_budget(store, tmp_path: Path) -> None:
    """福建 以奖代补: 项目概算（元） was left unread, silently; 奖补资金 (part of the money, not the budget)
    stays in the raw row."""
    rows = [["建瓯市东游镇2022年度村级公益事业以奖代补项目明细表"],
            ["村别", "项目名称", "项目概算（元）", "奖补资金（元）", "施工队伍", "村民代表会议时间", "开工时间"],
            ["安国寺村", "村道拓宽", 152000, 90000, "建瓯市通达路桥工程有限公司", "2022年03月16日", "2022.04.10"],
            ["合计", None, 152000, 90000, None, None, None]]
    import_one(store, write_xlsx(tmp_path / "东游镇以奖代补项目2022.xlsx", {"以奖代补": rows}))
    [project] = records(store, "project")
    assert (project["village"], project["budget"], project["amount"]) == ("安国寺村", 152000.0, None)
