"""Layouts of blind set qa131 (assets in depth: 清产核资, 盘点, disposals) that used to be misread:

- a 资产处置登记表 gave its assets only, as if still held, and lost the money each sale fetched: each row
  now gives its asset (its disposal as the status) and, when it fetched something, a payment in from
  the buyer on the same row number (``importers.disposals``);
- a 在建工程转固 register gave its works only: the asset each became (转入固定资产名称, 决算金额, 转固日期)
  now comes in too, on its work's row (``importers.capitalised``);
- an asset register with an empty 处置 column, a 盘点表, a journal booking 资产处置收入 and a project list
  with an empty 转固日期 column stay as they were.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

HEADER = ["序号", "资产编号", "资产名称", "原值", "处置日期", "处置方式", "处置收入", "买受人/受让方", "备注"]
DISPOSALS = [["大李庄村集体资产处置登记表（2021—2023年）"], ["单位：元"], HEADER,
             [1, "DLZ-0012", "旧村委办公房（5间）", "62000.00", "2021年3月15日", "拍卖", "86000", "李建设", ""],
             [2, "DLZ-0045", "办公电脑", "4800.00", "2021/7/2", "报废", "", "", "已无法使用"],
             [3, "DLZ-0017", "铲车（柳工ZL30）", "135000.00", "20220518", "拍卖", "壹万伍仟元整",
              "河南中原恒信工程机械有限公司", "评估价4.2万元"],
             [4, "DLZ-0052", "复印机", "9600.00", "2022.3.9", "无偿调拨", "0.00", "大李庄小学", ""],
             [5, "DLZ-0041", "潜水泵", "2600.00", "2022-10-12", "报废", "150", "商水县永兴再生资源回收有限公司", "残值收入"],
             ["合计", "", "", "214000.00", "", "", "101150.00", "", ""]]


def test_a_disposal_register_gives_assets_and_the_money_they_fetched(store, tmp_path: Path) -> None:
    report = import_one(store, write_csv(tmp_path / "大李庄村集体资产处置登记表.csv", DISPOSALS, encoding="gbk"))
    assets = by_row(records(store, "asset"))
    assert sorted(assets) == [4, 5, 6, 7, 8]
    assert assets[4]["amount"] == 62000 and assets[4]["status"] == "已处置（拍卖，2021-03-15）"
    assert assets[7]["status"] == "已处置（无偿调拨，2022-03-09）"
    payments = by_row(records(store, "payment"))
    assert sorted(payments) == [4, 6, 8]  # 报废 without 残值 and 无偿调拨 fetched nothing
    sale = payments[6]
    assert (sale["date"], sale["amount"], sale["direction"], sale["counterparty"]) == \
        ("2022-05-18", 15000, "in", "河南中原恒信工程机械有限公司")
    assert sale["summary"] == "处置 铲车（柳工ZL30）（拍卖）" and sale["account"] == "资产处置收入"
    assert payments[8]["amount"] == 150
    notes = " ".join(sheet.note for sheet in report.sheets)
    assert "资产处置登记表" in notes and "另记一笔收入" in notes
    assert "未识别的列" not in notes or "处置收入" not in notes.split("未识别的列")[1]


def test_a_disposal_keeps_an_undisposed_row_s_own_status(store, tmp_path: Path) -> None:
    rows = [["资产编号", "资产名称", "原值", "使用状态", "处置方式", "处置日期", "处置收入", "买受人"],
            ["A-1", "拖拉机", 23500, "闲置", "变卖", "2021-06-08", 3500, "王振东"],
            ["A-2", "办公楼", 486000, "在用", "", "", "", ""]]
    import_one(store, write_xlsx(tmp_path / "资产台账.xlsx", {"资产": rows}))
    assets = by_row(records(store, "asset"))
    assert assets[2]["status"] == "已处置（变卖，2021-06-08）" and assets[3]["status"] == "在用"
    assert [p["counterparty"] for p in records(store, "payment")] == ["王振东"]


def test_an_asset_register_with_an_empty_disposal_column_stays_a_register(store, tmp_path: Path) -> None:
    rows = [["资产编号", "资产名称", "原值", "购置日期", "使用状态", "处置方式", "处置日期", "处置收入"],
            ["A-1", "村委会办公楼", 486000, "2008-09-20", "在用", "", "", ""],
            ["A-2", "文化活动室", 215600, "2016-08-12", "在用", "", "", ""]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "固定资产台账.xlsx", {"资产": rows})))
    assert [(a["name"], a["status"]) for a in records(store, "asset")] == [("村委会办公楼", "在用"), ("文化活动室", "在用")]
    assert records(store, "payment") == [] and "资产处置登记表" not in sheet.note


def test_a_stocktaking_sheet_is_no_disposal_register(store, tmp_path: Path) -> None:
    rows = [["资产编号", "资产名称", "账面原值", "实存数量", "盘盈", "盘亏", "处理意见"],
            ["X-1", "旋耕机", 18000, 0, "", 18000, "建议报废"],
            ["X-2", "办公桌", 1200, 1, "", "", ""]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资产盘点表.xlsx", {"盘点": rows})))
    assert [a["name"] for a in records(store, "asset")] == ["旋耕机", "办公桌"]
    assert records(store, "payment") == [] and "资产处置登记表" not in sheet.note


def test_a_journal_booking_disposal_proceeds_stays_a_journal(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入", "支出", "余额"],
            ["2022-05-18", "记-05-011", "资产处置收入 铲车拍卖款", 15000, "", 15000],
            ["2022-05-20", "记-05-012", "购办公用品", "", 800, 14200]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "银行存款日记账.xlsx", {"日记账": rows})))
    payments = records(store, "payment")
    assert [(p["amount"], p["direction"]) for p in payments] == [(15000, "in"), (800, "out")]
    assert records(store, "asset") == [] and "资产处置登记表" not in sheet.note


MOVES = [["南刘庄村在建工程转固定资产明细"],
         ["序号", "工程项目名称", "施工单位", "开工日期", "竣工验收日期", "决算金额(元)", "转固日期", "转入固定资产名称",
          "资产编号"],
         [1, "主街道路硬化工程", "邢台市通达路桥工程有限公司", "2020.4.10", "2020.7.28", "586300.00", "2020年9月30日",
          "主街水泥路", "NLZ-GZ-011"],
         [2, "排水管网改造工程", "邢台市通达路桥工程有限公司", "2022.7.20", "2022.11.10", "326480.00", "2023年3月31日",
          "排水管网", "NLZ-GZ-014"],
         [3, "党群服务中心提升改造工程", "河北冀星建筑工程有限公司", "2023.5.8", "2023.11.20", "412300.00", "", "", ""],
         ["合计", "", "", "", "", "1324080.00", "", "", ""]]


def test_a_capitalisation_register_gives_the_works_and_the_assets_they_became(store, tmp_path: Path) -> None:
    report = import_one(store, write_csv(tmp_path / "南刘庄村在建工程转固定资产明细.csv", MOVES))
    projects = by_row(records(store, "project"))
    assert sorted(projects) == [3, 4, 5]  # every work keeps its contractor for the rules on vendors
    assert projects[3]["contractor"] == "邢台市通达路桥工程有限公司" and projects[3]["finished_on"] == "2020-07-28"
    assets = by_row(records(store, "asset"))
    assert sorted(assets) == [3, 4]  # the work not yet booked (no 转固日期) is no asset
    assert (assets[3]["name"], assets[3]["amount"], assets[3]["acquired_on"], assets[3]["code"]) == \
        ("主街水泥路", 586300, "2020-09-30", "NLZ-GZ-011")
    notes = " ".join(sheet.note for sheet in report.sheets)
    assert "另记一项资产" in notes and "尚未转固" in notes


def test_a_project_list_with_an_empty_capitalisation_column_stays_a_project_list(store, tmp_path: Path) -> None:
    rows = [["项目名称", "施工单位", "合同金额", "竣工日期", "转固日期"],
            ["村道硬化", "宏达建设有限公司", 280000, "2023-06-30", ""],
            ["文化广场", "恒正建筑有限公司", 150000, "2023-09-15", ""]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "项目台账.xlsx", {"项目": rows})))
    assert [p["name"] for p in records(store, "project")] == ["村道硬化", "文化广场"]
    assert records(store, "asset") == [] and "转固" not in sheet.note.split("未识别的列")[0]
