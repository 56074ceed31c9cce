"""Layouts of blind set qa88 (several tables on one sheet) that used to be misread:

- a 资产 table beside a 资源 table, a blank column between them, each with its own title and header:
  the sheet was read as one 资源 table, and the whole asset register was lost (most rows silently,
  the rest rejected as resources without a name). Each table is now read on its own;
- a small 汇总 box beside a project table (合同合计（万元） | 433.55 in L1:M6): its label made a data row
  a 合计 row, and its figure on the header row became a column. The box is no part of the table now;
- a 合同期限 written as a length ("5年", "90天", "3个月") warned "无法识别的日期范围" on every row: it is
  a valid term, said once in the sheet's note.

Look-alikes stay as they were: a 左收右支 board, one table with an empty spacer column, a 备注 column
beyond a spacer column, a term cell that is neither a range nor a length.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import values
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx

ASSET_HEADER = ["序号", "资产编号", "资产名称", "类别", "原值（元）", "购置日期"]
RESOURCE_HEADER = ["序号", "资源名称", "类型", "面积（亩）", "承包方", "年承包金（元）", "承包起止"]
ASSETS = [[1, "SMK-001", "村部综合楼", "房屋及建筑物", 865000, "2012.9.18"],
          [2, "SMK-002", "村卫生室", "房屋及建筑物", 236000, dt.date(2014, 5, 6)],
          [3, "SMK-003", "石门坎桥", "构筑物", "38.6万元", "2017.12.25"],
          [4, "SMK-004", "小型挖掘机", "机器设备", 168000, "2023.3.21"]]
RESOURCES = [[1, "1组老屋场水田", "耕地", 32.5, "向光明", 13000, "2019.1.1-2028.12.31"],
             [2, "大堰塘水面", "水面", 18.6, "杨小军", 5580, "2021年3月1日至2026年2月28日"]]


def _side_by_side(left_title: str = "石门坎村集体资产登记表",
                  right_title: str = "石门坎村集体资源发包登记表") -> list[list[object]]:
    """资产 in A–F, column G blank, 资源 in H–N; the asset table is the longer one."""
    rows: list[list[object]] = [[left_title, *[None] * 6, right_title],
                                ["单位：元", *[None] * 6, "面积单位：亩；金额单位：元"],
                                [*ASSET_HEADER, None, *RESOURCE_HEADER]]
    for index, asset in enumerate(ASSETS):
        resource = RESOURCES[index] if index < len(RESOURCES) else []
        rows.append([*asset, None, *resource])
    rows.append(["合计", None, None, None, 1655000, None])
    return rows


def test_an_asset_table_beside_a_resource_table(store, tmp_path: Path) -> None:
    merges = {"资产资源登记": [(0, 0, 0, 5), (0, 0, 7, 13)]}
    report = import_one(store, write_xls(tmp_path / "石门坎村集体资产资源登记表.xls",
                                         {"资产资源登记": _side_by_side()}, merges=merges))
    assets = by_row(records(store, "asset"))
    assert {row: (a["name"], a["amount"], a["acquired_on"]) for row, a in assets.items()} == {
        4: ("村部综合楼", 865000.0, "2012-09-18"), 5: ("村卫生室", 236000.0, "2014-05-06"),
        6: ("石门坎桥", 386000.0, "2017-12-25"), 7: ("小型挖掘机", 168000.0, "2023-03-21")}
    resources = by_row(records(store, "resource"))
    assert {row: (r["name"], r["counterparty"], r["amount"], r["started_on"], r["ended_on"])
            for row, r in resources.items()} == {
        4: ("1组老屋场水田", "向光明", 13000.0, "2019-01-01", "2028-12-31"),
        5: ("大堰塘水面", "杨小军", 5580.0, "2021-03-01", "2026-02-28")}
    left, right = report.sheets
    assert (left.kind, right.kind) == ("asset", "resource")
    assert "左右并排两张表" in left.note and "A–F" in left.note and "资产" in left.note
    assert "左右并排两张表" in right.note and "H–N" in right.note and "资源" in right.note
    assert "未识别的列" not in left.note + right.note
    # the asset-only rows are no rows of the resource table, and nothing is rejected
    assert not left.rejected and not right.rejected
    assert {s["row"]: s["reason"] for s in left.skipped}[8].startswith("合计行")
    assert not {6, 7, 8} & {s["row"] for s in right.skipped}
    # a raw row holds its own table's cells only
    assert "资源名称" not in assets[4]["raw"] and "资产名称" not in resources[4]["raw"]


def test_the_two_records_of_one_line_have_their_own_ids(store, tmp_path: Path) -> None:
    import_one(store, write_xlsx(tmp_path / "石门坎村资产资源登记表.xlsx", {"登记": _side_by_side()}))
    ids = [r["id"] for r in records(store)]
    assert len(ids) == len(set(ids)) == 6


def test_two_tables_of_one_kind_side_by_side(store, tmp_path: Path) -> None:
    """Not only different kinds: a 2022 and a 2023 contract list beside each other, each opening with
    序号, and no title of their own (one title over both)."""
    header = ["序号", "合同名称", "乙方", "合同金额", "签订日期"]
    rows = [["前进村2022—2023年合同台账"], [*header, None, *header],
            [1, "鱼塘承包合同", "刘德全", 18000, "2022.1.6", None, 1, "厂房租赁合同", "李秀英", 32000, "2023.3.20"],
            [2, "村道硬化合同", "蜀润建设公司", 286500, "2022.2.18", None, 2, "路灯采购合同", "亮程照明公司", 39800,
             "2023.4.11"]]
    report = import_one(store, write_xlsx(tmp_path / "前进村合同台账.xlsx", {"合同": rows},
                                          merges={"合同": ["A1:K1"]}))
    contracts = sorted((r["source"]["row"], r["counterparty"], r["signed_on"]) for r in records(store, "contract"))
    assert contracts == [(3, "刘德全", "2022-01-06"), (3, "李秀英", "2023-03-20"),
                         (4, "亮程照明公司", "2023-04-11"), (4, "蜀润建设公司", "2022-02-18")]
    assert [s.kind for s in report.sheets] == ["contract", "contract"]
    assert all(s.village == "前进村" for s in report.sheets)  # the title over both names the village


def test_one_table_with_an_empty_spacer_column_stays_one_table(store, tmp_path: Path) -> None:
    """Look-alike: an asset lease list with a blank column in it, no title of each part and no
    column opening both parts, is one table (its parts read alone would be an asset and a lease)."""
    rows = [["前进村集体资产出租台账"],
            ["资产名称", "原值（元）", "购置日期", None, "承租方", "年租金", "租赁起止"],
            ["村部一楼门面", 320000, "2012.9.18", None, "鼎盛超市", 24000, "2022.5.1-2027.4.30"],
            ["原村小学校舍", 560000, "2001.8.1", None, "湘西北农业公司", 36000, "2021.9.1-2031.8.31"]]
    report = import_one(store, write_xlsx(tmp_path / "前进村资产出租台账.xlsx", {"出租": rows}))
    assert len(report.sheets) == 1
    assert "以空白的第" not in report.sheets[0].note


def test_a_board_of_money_in_and_out_with_a_blank_column_stays_a_board(store, tmp_path: Path) -> None:
    """Look-alike: a 左收右支 board with a blank column between its sides is read as one still."""
    rows = [["前进村2024年3月份财务收支公开表"], ["收入项目", "金额", None, "支出项目", "金额"],
            ["收鱼塘承包费", 18800, None, "付消防器材采购款", 3260],
            [None, None, None, "付网络宽带费", 1200]]
    report = import_one(store, write_xlsx(tmp_path / "前进村财务收支公开表.xlsx", {"3月": rows}))
    assert sorted((r["source"]["row"], r["direction"], r["amount"]) for r in records(store, "payment")) == [
        (3, "in", 18800.0), (3, "out", 3260.0), (4, "out", 1200.0)]
    assert all("左收右支" in s.note and "以空白的第" not in s.note for s in report.sheets)


PROJECT_HEADER = ["序号", "项目名称", "项目类型", "施工单位", "预算金额（万元）", "合同金额（万元）", "开工日期"]


def _project_sheet() -> list[list[object]]:
    """A project table in A–G, column H blank, and a 汇总 box in I1:J5 whose lines share the rows of
    the title, the header and the first data rows."""
    rows: list[list[object]] = [
        ["杨家坊村2023年村级工程项目台账"], ["编制单位：杨家坊村民委员会"], list(PROJECT_HEADER),
        [1, "上屋组水渠硬化", "小微工程", "刘建国", 4.8, 4.75, "2023.3.10"],
        [2, "下屋组水渠硬化", "小微工程", "刘建国", 4.9, 4.88, "2023.3.29"],
        [3, "村部前广场改造", "村级工程", "恒昌建筑公司", 28.5, 27.9, "2023.3.15"],
        ["合计", None, None, None, 38.2, 37.53, None]]
    box = [("汇总", None), ("项目个数", 3), ("预算合计（万元）", 38.2), ("合同合计（万元）", 37.53), ("已竣工", 3)]
    for row, (label, value) in zip(rows, box):
        row.extend([None] * (7 - len(row)) + [None, label, value])
    return rows


def test_a_summary_box_beside_the_table_is_no_part_of_it(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "杨家坊村2023年工程项目台账.xlsx", {"项目台账": _project_sheet()}))
    projects = by_row(records(store, "project"))
    assert {row: (p["name"], p["contractor"], p["amount"]) for row, p in projects.items()} == {
        4: ("上屋组水渠硬化", "刘建国", 47500.0), 5: ("下屋组水渠硬化", "刘建国", 48800.0),
        6: ("村部前广场改造", "恒昌建筑公司", 279000.0)}
    sheet = sheet_of(report)
    assert "38.2" not in sheet.note and "未识别的列" not in sheet.note
    assert "表旁第 I–J 列" in sheet.note and "汇总" in sheet.note
    assert {s["row"]: s["reason"] for s in sheet.skipped}[7].startswith("合计行")
    assert not sheet.rejected


def test_a_remark_column_beyond_a_spacer_column_stays_in_the_table(store, tmp_path: Path) -> None:
    """Look-alike: the part beyond a blank column holds a column of the table (备注) and no figure
    beside the header: it is read with the table, its 合计 still closes it."""
    rows = [["杨家坊村2023年村级工程项目台账"], [*PROJECT_HEADER, None, "备注"],
            [1, "上屋组水渠硬化", "小微工程", "刘建国", 4.8, 4.75, "2023.3.10", None, "已验收"],
            [2, "村部前广场改造", "村级工程", "恒昌建筑公司", 28.5, 27.9, "2023.3.15", None, "在建"],
            ["合计", None, None, None, 33.3, 32.65]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "杨家坊村项目台账.xlsx", {"项目": rows})))
    assert [p["raw"]["备注"] for p in records(store, "project")] == ["已验收", "在建"]
    assert "以空白的第" not in sheet.note
    assert {s["row"]: s["reason"] for s in sheet.skipped}[5].startswith("合计行")


def _contracts(term_header: str, terms: list[object], *, start: bool = False) -> list[list[object]]:
    header = ["合同编号", "合同名称", "乙方", "合同金额", "签订日期", *(["起始日期"] if start else []), term_header]
    rows: list[list[object]] = [["青杠村2023年经济合同台账"], header]
    for number, term in enumerate(terms, 1):
        rows.append([f"QG-{number:02}", f"合同{number}", "刘德全", 18000, "2023.1.6",
                     *(["2023.2.1"] if start else []), term])
    return rows


def test_a_term_written_as_a_length_is_a_valid_term(store, tmp_path: Path) -> None:
    rows = _contracts("合同期限", ["5年", "90天", "3个月", "1年6个月"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青杠村合同台账.xlsx", {"合同": rows})))
    assert not sheet.warnings
    assert [(c["started_on"], c["ended_on"]) for c in records(store, "contract")] == [(None, None)] * 4
    assert "4 行的“合同期限”写的是期限长短" in sheet.note and "第 3 行“5年”" in sheet.note
    assert records(store, "contract")[1]["raw"]["合同期限"] == "90天"


def test_a_length_in_years_beside_a_start_still_gives_the_end(store, tmp_path: Path) -> None:
    """Look-alike: as before, 5年 from its own start date ends five years on, with no note."""
    rows = _contracts("合同期限", ["5年"], start=True)
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青杠村合同台账.xlsx", {"合同": rows})))
    assert [(c["started_on"], c["ended_on"]) for c in records(store, "contract")] == [("2023-02-01", "2028-01-31")]
    assert not sheet.warnings and "期限长短" not in sheet.note


def test_a_term_that_is_neither_a_range_nor_a_length_still_warns(store, tmp_path: Path) -> None:
    """Look-alike: "长期" or a bare "3月" is no length of time: the row keeps its warning."""
    rows = _contracts("合同期限", ["长期", "3月"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青杠村合同台账.xlsx", {"合同": rows})))
    assert [w["row"] for w in sheet.warnings] == [3, 4]
    assert "期限长短" not in sheet.note


def test_lengths_of_time() -> None:
    assert all(values.is_duration(text) for text in ("5年", "90天", "3个月", "1年6个月", "一年半", "45日历天", "十年期"))
    assert not any(values.is_duration(text) for text in ("3月", "长期", "2019.1-2020.1", "见合同", 5))
