"""Sheets laid out as cards (固定资产卡片): one record per block of labels and values.

Each test writes a real file (xlsx with openpyxl, xls with xlwt, csv) and
imports it through ``importers.import_paths`` (one test through the ``xuncha``
command). Before ``importers.cards`` every such sheet was refused
("无法判断表格类型" / "无法识别表头"):

- cards stacked on one sheet, each under its title, with blank rows between
  or none at all; one card per sheet (one batch, one record per sheet);
- "资产名称：村办公楼" written in one cell; merged value and label cells;
- values read as in a table: "1,860,000.00", a 万元 label, "2008年10月";
- an unreadable 原值 is a warning naming the value cell's row and column, the
  card still imported; a card with neither name nor number is rejected;
- contract, project and cadre cards through the same path (not payments: a
  block of 收入 | 支出 is a summary); a label the synonyms do not know
  (申报单位) still pairs with its value, kept in the raw cells;
- and no change where a sheet is a table, or is too little to be a card.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

TITLE = ["固定资产卡片"]


def asset_card(code: str, name: str, amount: object, bought: object, keeper: str = "陈丽萍",
               amount_label: str = "原值（元）") -> list[list[object]]:
    """The four label rows of one card (the brief's layout: three label/value pairs a row)."""
    return [["卡片编号", code, "资产名称", name, "类别", "房屋及建筑物"],
            ["规格型号", "框架3层", "数量", "1栋", amount_label, amount],
            ["购置日期", bought, "使用状况", "自用", "存放地点", "村委会"],
            ["保管人", keeper, "备注", None]]


def stacked(*cards: list[list[object]], blank: bool = True) -> list[list[object]]:
    rows: list[list[object]] = []
    for card in cards:
        rows += [TITLE, *card] + ([[None]] if blank else [])
    return rows


def test_stacked_cards_give_one_record_each_at_the_row_of_their_first_label(store, tmp_path: Path) -> None:
    """Before: refused, "无法判断表格类型（找到表头：保管人、陈丽萍、备注…）"."""
    rows = stacked(asset_card("SL-ZC-003", "村委会办公楼", "1,860,000.00", "2008年10月"),
                   asset_card("SL-ZC-004", "文化礼堂", 820000, dt.datetime(2018, 9, 15), keeper="村委会"),
                   asset_card("SL-ZC-005", "挖掘机", 185000.5, "2019-03-20"))
    report = import_one(store, write_xlsx(tmp_path / "上林村固定资产卡片.xlsx", {"资产卡片": rows}))
    sheet = sheet_of(report)
    assert (report.status, sheet.kind, sheet.imported, sheet.village) == ("imported", "asset", 3, "上林村")
    assert sheet.rejected == [] and sheet.warnings == [] and sheet.header_row is None
    assert sheet.note.startswith("按卡片读取") and "共 3 张" in sheet.note
    got = by_row(records(store, "asset"))
    assert sorted(got) == [2, 8, 14]
    assert [(r["code"], r["name"], r["amount"], r["acquired_on"]) for r in got.values()] == [
        ("SL-ZC-003", "村委会办公楼", 1860000.0, "2008-10-01"),
        ("SL-ZC-004", "文化礼堂", 820000.0, "2018-09-15"),
        ("SL-ZC-005", "挖掘机", 185000.5, "2019-03-20")]
    assert got[8]["custodian"] == "村委会"  # a header word where a value stands is the value
    assert got[2]["source"] == {"file": "上林村固定资产卡片.xlsx", "sheet": "资产卡片", "row": 2}
    assert got[2]["raw"] == {"卡片编号": "SL-ZC-003", "资产名称": "村委会办公楼", "类别": "房屋及建筑物",
                             "规格型号": "框架3层", "数量": "1栋", "原值（元）": "1,860,000.00",
                             "购置日期": "2008年10月", "使用状况": "自用", "存放地点": "村委会", "保管人": "陈丽萍"}


def test_cards_stacked_without_title_or_gap_split_where_a_label_comes_again(store, tmp_path: Path) -> None:
    rows = [["上林村资产卡片"], *asset_card("ZC1", "办公楼", 1000, "2010-01-01"),
            *asset_card("ZC2", "礼堂", 2000, "2011-01-01"), *asset_card("ZC3", "仓库", 3000, "2012-01-01")]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资产.xlsx", {"Sheet1": rows})))
    assert (sheet.kind, sheet.imported, sheet.village) == ("asset", 3, "上林村")
    got = by_row(records(store, "asset"))
    assert {row: r["name"] for row, r in got.items()} == {2: "办公楼", 6: "礼堂", 10: "仓库"}


def test_one_card_per_sheet_is_one_batch_with_one_record_per_sheet(store, tmp_path: Path) -> None:
    sheets = {f"卡片{i}": [TITLE, *asset_card(f"ZC00{i}", name, 1000 * i, dt.datetime(2015, i, 1))]
              for i, name in enumerate(["办公楼", "礼堂", "水泵"], start=1)}
    report = import_one(store, write_xlsx(tmp_path / "马吉村资产卡片.xlsx", sheets))
    assert report.status == "imported" and report.imported == 3
    assert [(s.sheet, s.kind, s.imported) for s in report.sheets] == [
        ("卡片1", "asset", 1), ("卡片2", "asset", 1), ("卡片3", "asset", 1)]
    got = records(store, "asset")
    assert {(r["source"]["sheet"], r["source"]["row"], r["name"], r["village"]) for r in got} == {
        ("卡片1", 2, "办公楼", "马吉村"), ("卡片2", 2, "礼堂", "马吉村"), ("卡片3", 2, "水泵", "马吉村")}
    assert [batch.id for batch in store.batches()] == [report.batch_id]


def test_label_and_value_in_one_cell(store, tmp_path: Path) -> None:
    def card(code: str, name: str, amount: str) -> list[list[object]]:
        return [TITLE, [f"卡片编号：{code}", f"资产名称：{name}"], [f"原值（万元）: {amount}", "购置日期：2020-05-06", "折旧方法：平均年限法"],
                ["保管人：张三", None]]
    rows = card("A-1", "冷库", "24") + card("A-2", "农机", "3.5")
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村资产卡片.xlsx", {"卡片": rows})))
    assert (sheet.kind, sheet.imported) == ("asset", 2)
    got = by_row(records(store, "asset"))
    assert {row: (r["code"], r["name"], r["amount"], r["acquired_on"], r["custodian"]) for row, r in got.items()} == {
        2: ("A-1", "冷库", 240000.0, "2020-05-06", "张三"), 6: ("A-2", "农机", 35000.0, "2020-05-06", "张三")}
    assert got[2]["raw"]["原值（万元）"] == "24"
    assert got[6]["raw"]["C7"] == "折旧方法：平均年限法"  # no label it knows: kept under its cell


def test_merged_label_and_value_cells(store, tmp_path: Path) -> None:
    """A title merged across the card, values merged over two columns, a label merged over two."""
    def card(top: int, code: str, name: str, amount: int) -> tuple[list[list[object]], list[str]]:
        rows = [["固定资产卡片", None, None, None, None, None],
                ["卡片编号", code, None, "资产名称", name, None],
                ["原值（元）", None, amount, "购置日期", "2016-11-30", None],
                [None] * 6]
        merges = [f"A{top}:F{top}", f"B{top + 1}:C{top + 1}", f"E{top + 1}:F{top + 1}", f"A{top + 2}:B{top + 2}",
                  f"E{top + 2}:F{top + 2}"]
        return rows, merges
    first, first_merges = card(1, "C-1", "冷库", 240000)
    second, second_merges = card(5, "C-2", "鱼塘泵站", 56000)
    path = write_xlsx(tmp_path / "横塘村固定资产.xlsx", {"卡片": first + second},
                      merges={"卡片": first_merges + second_merges})
    sheet = sheet_of(import_one(store, path))
    assert (sheet.kind, sheet.imported, sheet.warnings) == ("asset", 2, [])
    got = by_row(records(store, "asset"))
    assert {row: (r["code"], r["name"], r["amount"]) for row, r in got.items()} == {
        2: ("C-1", "冷库", 240000.0), 6: ("C-2", "鱼塘泵站", 56000.0)}


def test_an_unreadable_amount_names_its_cell_and_the_card_is_still_imported(store, tmp_path: Path) -> None:
    rows = stacked(asset_card("ZC1", "办公楼", 356000, "2012-05-01"),
                   asset_card("ZC2", "礼堂", "待评估", "2018-09-15"))
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "上林村资产卡片.xlsx", {"资产卡片": rows})))
    assert (sheet.kind, sheet.imported) == ("asset", 2)
    # The second card starts at row 8; its 原值 is on row 9, in column F.
    assert sheet.warnings == [{"row": 9, "column": "原值（元）（F列）", "value": "待评估",
                               "reason": "无法识别的金额，已保留原值"}]
    got = by_row(records(store, "asset"))
    assert got[8]["name"] == "礼堂" and got[8]["amount"] is None and got[8]["raw"]["原值（元）"] == "待评估"
    [issue] = [i for i in store.issues() if i.level == "warning"]
    assert (issue.file, issue.sheet, issue.row, issue.column) == ("上林村资产卡片.xlsx", "资产卡片", 9, "原值（元）（F列）")


def test_a_card_without_name_or_number_is_rejected_with_its_reason(store, tmp_path: Path) -> None:
    nameless = asset_card("", "", 5600, "2021-06-02")
    rows = stacked(asset_card("ZC1", "办公楼", 356000, "2012-05-01"), nameless,
                   asset_card("ZC3", "冷库", 240000, "2016-11-30"))
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "上林村资产卡片.xlsx", {"资产卡片": rows})))
    assert (sheet.kind, sheet.imported, sheet.rejected_count) == ("asset", 2, 1)
    [rejected] = sheet.rejected
    assert rejected["row"] == 8 and rejected["column"] == "资产名称（D列）"
    assert rejected["reason"].startswith("缺少资产名称或资产编号")
    assert sorted(by_row(records(store, "asset"))) == [2, 14]


def test_contract_cards_go_through_the_same_path(store, tmp_path: Path) -> None:
    def card(code: str, title: str, party: str, amount: int, signed: str) -> list[list[object]]:
        return [["合同信息卡"], ["合同编号", code, "合同名称", title], ["乙方", party, "合同金额（元）", amount],
                ["签订日期", signed, "经办人", "王五"], [None]]
    rows = card("HT-1", "村道硬化", "宏达建设", 125000, "2022-03-05") + card("HT-2", "路灯", "光明电器", 8000, "2022-04-01")
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "竹园村合同卡片.xlsx", {"合同": rows})))
    assert (sheet.kind, sheet.imported, sheet.village) == ("contract", 2, "竹园村")
    got = by_row(records(store, "contract"))
    assert {row: (r["code"], r["title"], r["counterparty"], r["amount"], r["signed_on"]) for row, r in got.items()} == {
        2: ("HT-1", "村道硬化", "宏达建设", 125000.0, "2022-03-05"),
        7: ("HT-2", "路灯", "光明电器", 8000.0, "2022-04-01")}


def test_a_form_of_one_card_with_labels_the_synonyms_do_not_know(store, tmp_path: Path) -> None:
    """One card standing alone (a 一事一议 申报表): 申报单位 is no known header, yet a label
    followed by its value; it is kept in the raw cells."""
    rows = [["一事一议项目申报表"], ["项目名称", "村道硬化", "申报单位", "石桥村"],
            ["总投资（万元）", 12, "建设内容", "硬化1公里"], ["开工日期", "2023-03-01", "竣工日期", "2023-06-01"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村项目申报表.xlsx", {"申报表": rows})))
    assert (sheet.kind, sheet.imported, sheet.village) == ("project", 1, "石桥村")
    [project] = records(store, "project")
    assert (project["name"], project["budget"], project["started_on"], project["finished_on"]) == (
        "村道硬化", 120000.0, "2023-03-01", "2023-06-01")
    assert project["source"]["row"] == 2 and project["raw"]["申报单位"] == "石桥村"


def test_cadre_cards_that_were_taken_for_a_table(store, tmp_path: Path) -> None:
    """Before: "姓名 | 张三 | 性别 | 男" was the header of a table and each card's next row a
    cadre named "职务"."""
    card = [["干部履历表"], ["姓名", "张三", "性别", "男"], ["职务", "书记", "出生年月", "1970.01"], [None]]
    rows = card + [["干部履历表"], ["姓名", "李四", "性别", "女"], ["职务", "主任", "出生年月", "1975.03"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村干部履历.xlsx", {"履历": rows})))
    assert (sheet.kind, sheet.imported, sheet.header_row) == ("cadre", 2, None)
    assert {row: (r["name"], r["position"]) for row, r in by_row(records(store, "cadre")).items()} == {
        2: ("张三", "书记"), 6: ("李四", "主任")}


def test_stacked_cards_in_an_xls_with_merged_values(store, tmp_path: Path) -> None:
    rows = [["固定资产卡片", None, None, None, None],
            ["卡片编号", "X-1", None, "资产名称", "办公楼"],
            ["原值（元）", 356000, None, "购置日期", dt.date(2012, 5, 1)],
            [None],
            ["固定资产卡片", None, None, None, None],
            ["卡片编号", "X-2", None, "资产名称", "礼堂"],
            ["原值（元）", 820000, None, "购置日期", dt.date(2018, 9, 15)]]
    merges = [(0, 0, 0, 4), (1, 1, 1, 2), (2, 2, 1, 2), (4, 4, 0, 4), (5, 5, 1, 2), (6, 6, 1, 2)]
    path = write_xls(tmp_path / "上林村资产卡片.xls", {"卡片": rows}, merges={"卡片": merges})
    sheet = sheet_of(import_one(store, path))
    assert (sheet.kind, sheet.imported) == ("asset", 2)
    got = by_row(records(store, "asset"))
    assert {row: (r["code"], r["name"], r["amount"], r["acquired_on"]) for row, r in got.items()} == {
        2: ("X-1", "办公楼", 356000.0, "2012-05-01"), 6: ("X-2", "礼堂", 820000.0, "2018-09-15")}


def test_cards_in_a_csv(store, tmp_path: Path) -> None:
    rows = stacked(asset_card("ZC1", "办公楼", "356,000.00", "2012-05-01"),
                   asset_card("ZC2", "礼堂", "820,000.00", "2018-09-15"))
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "上林村资产卡片.csv", rows)))
    assert (sheet.kind, sheet.imported) == ("asset", 2)
    assert {r["name"]: r["amount"] for r in records(store, "asset")} == {"办公楼": 356000.0, "礼堂": 820000.0}


# --- no change where the sheet is no stack of cards ------------------------------------------------------


def test_an_ordinary_asset_table_is_still_read_as_a_table(store, tmp_path: Path) -> None:
    rows = [["上林村固定资产登记表"],
            ["资产编号", "资产名称", "资产类别", "原值（元）", "购置日期", "保管人"],
            ["ZC1", "办公楼", "房屋", 356000, dt.date(2012, 5, 1), "村委会"],
            ["ZC2", "礼堂", "房屋", 820000, dt.date(2018, 9, 15), "张三"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资产.xlsx", {"资产": rows})))
    assert (sheet.kind, sheet.imported, sheet.header_row) == ("asset", 2, 2)
    assert "卡片" not in sheet.note
    assert sorted(by_row(records(store, "asset"))) == [3, 4]


def test_an_asset_table_whose_header_pairs_like_a_card_is_still_a_table(store, tmp_path: Path) -> None:
    """Its header "资产名称 | 规格说明 | 原值（元）…" pairs a label with a text, as a card row does;
    the rows below it are a table's rows, so the sheet is no stack of cards."""
    rows = [["资产名称", "规格说明", "原值（元）", "购置日期", "保管人"],
            ["办公楼", "框架3层", 356000, dt.date(2012, 5, 1), "村委会"],
            ["礼堂", "砖混", 820000, dt.date(2018, 9, 15), "张三"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "上林村资产.xlsx", {"资产": rows})))
    assert (sheet.kind, sheet.imported, sheet.header_row) == ("asset", 2, 1)
    assert "卡片" not in sheet.note
    assert {row: r["name"] for row, r in by_row(records(store, "asset")).items()} == {2: "办公楼", 3: "礼堂"}


def test_too_little_to_be_a_card_keeps_the_refusal(store, tmp_path: Path) -> None:
    """One block of a name and an amount is too little for a card standing alone: today's message."""
    rows = [["固定资产卡片"], ["资产名称", "办公楼", "原值", 1000]]
    report = import_one(store, write_xlsx(tmp_path / "上林村资产.xlsx", {"卡片": rows}))
    assert report.status == "failed" and report.sheets[0].kind is None
    assert report.message == "文件 上林村资产.xlsx 工作表 卡片：无法识别表头（找到：资产名称、办公楼、原值）；请用 --mapping 指定列"
    assert store.records("asset") == []


def test_a_block_of_totals_is_no_payment_card(store, tmp_path: Path) -> None:
    rows = [["石桥村2023年财务公开"], ["收入", 120000, "支出", 80000], ["日期", "2023-12-31", "摘要", "全年"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支情况.xlsx", {"公开": rows}))
    assert report.status == "failed" and report.sheets[0].kind is None
    assert report.message == "文件 石桥村收支情况.xlsx 工作表 公开：无法识别表头（找到：日期、摘要、全年）；请用 --mapping 指定列"


def test_a_table_of_another_kind_is_not_read_as_cards(store, tmp_path: Path) -> None:
    """Rows of a table whose first cell is a header word ("村委会") pair with the cell beside
    them; they are still no cards (one value each, no kind): refused as before."""
    rows = [["人员花名册"], ["单位", "人员", "电话"]] + [["村委会", f"张{i}", 13800000000 + i] for i in range(6)]
    report = import_one(store, write_xlsx(tmp_path / "上林村人员.xlsx", {"名单": rows}))
    assert report.sheets[0].kind is None and "卡片" not in report.sheets[0].note


# --- the command ---------------------------------------------------------------------------------------


def test_import_of_cards_through_the_command(tmp_path: Path) -> None:
    nameless = asset_card("", "", 5600, "2021-06-02")
    rows = stacked(asset_card("ZC1", "办公楼", 356000, "2012-05-01"),
                   asset_card("ZC2", "礼堂", "待评估", "2018-09-15"), nameless)
    path = write_xlsx(tmp_path / "上林村资产卡片.xlsx", {"资产卡片": rows})
    db = tmp_path / "x.db"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "xuncha", "--db", str(db), *args],
                              capture_output=True, text=True, cwd=REPO, timeout=120, check=False)

    done = run("import", str(path), "--json")
    assert done.returncode == 0, done.stderr
    [file_report] = json.loads(done.stdout)["files"]
    [sheet] = file_report["sheets"]
    assert (file_report["status"], sheet["kind"], sheet["imported"]) == ("imported", "asset", 2)
    assert sheet["warnings"] == [{"row": 9, "column": "原值（元）（F列）", "value": "待评估",
                                  "reason": "无法识别的金额，已保留原值"}]
    assert [r["row"] for r in sheet["rejected"]] == [14]
    assert "第 14 行 列“资产名称（D列）”：缺少资产名称或资产编号" in done.stderr
    listed = json.loads(run("records", "--json").stdout)
    assert [(r["source"]["row"], r["name"]) for r in listed] == [(2, "办公楼"), (8, "礼堂")]


def test_title_lines_above_the_cards_give_their_unit_and_village(store, tmp_path: Path) -> None:
    """A "单位：万元" or "填报单位：…" line is the sheet's, not a card's: read into the first card, 12.5 万元
    came in as 12.5 元, the village was lost and the card's row was the title line's."""
    cards = [["卡片编号", "ZC1", "资产名称", "办公楼"], ["原值", 12.5, "购置日期", "2008年10月"], [None],
             ["卡片编号", "ZC2", "资产名称", "礼堂"], ["原值", "3.2", "购置日期", "2009年10月"]]
    rows = [TITLE, ["填报单位：石桥村股份经济合作社"], ["单位：万元"], *cards]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资产卡片.xlsx", {"卡片": rows})))
    assert (sheet.kind, sheet.imported, sheet.village) == ("asset", 2, "石桥村")
    got = by_row(records(store, "asset"))
    assert {row: r["amount"] for row, r in got.items()} == {4: 125000.0, 7: 32000.0}


def test_a_money_unit_among_a_cards_fields_is_the_sheets_unit_a_count_unit_is_not(store, tmp_path: Path) -> None:
    def card(code: str, unit: str, amount: float) -> list[list[object]]:
        return [TITLE, ["卡片编号", code, "资产名称", f"资产{code}", "单位", unit], ["原值", amount, "购置日期", "2010-01-01"]]

    in_wan = write_xlsx(tmp_path / "石桥村卡片.xlsx", {"卡片": [*card("ZC1", "万元", 12.5), *card("ZC2", "万元", 3.2)]})
    in_units = write_xlsx(tmp_path / "马吉村卡片.xlsx", {"卡片": [*card("ZC3", "栋", 1250), *card("ZC4", "座", 320)]})
    import_one(store, in_wan)
    import_one(store, in_units)
    assert {r["code"]: r["amount"] for r in records(store, "asset")} == {
        "ZC1": 125000.0, "ZC2": 32000.0, "ZC3": 1250.0, "ZC4": 320.0}
