"""Layouts of blind set qa125 (tables prepared for or by an audit) that used to be misread:

- a project or contract table's 审定数 (账面数 | 调增 | 调减 | 审定数) was unknown: 52 records without amount;
- an asset's 调整后原值 beside its 原值: the booked value was taken, the audit's write-down lost, silently;
- an audit's 往来 清理 table (账面金额 | 应调整 | 调整后) made 12 payments of balances;
- an audit's 调整分录 touching 银行存款 made 3 receipts;
- "青山村主要村干部名单" named a second village, 主要村.
Look-alikes: an asset register with 原值 alone, and a 往来 明细账 with 借方/贷方, read as before.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_an_audited_figure_is_a_projects_amount(store, tmp_path: Path) -> None:
    rows = [["青山村工程项目结算审计调整表"],
            ["序号", "项目名称", "施工单位", "送审金额（账面数）", "审计调整/调增", "审计调整/调减", "审定数"],
            [1, "村道硬化工程", "衢州市恒达建筑工程有限公司", 186500, 0, 12300, 174200]]
    import_one(store, write_xlsx(tmp_path / "青山村工程结算审计.xlsx", {"工程结算审计": rows}))
    assert [(p["name"], p["amount"]) for p in records(store, "project")] == [("村道硬化工程", 174200.0)]


def test_an_assets_settled_value_beats_its_booked_one(store, tmp_path: Path) -> None:
    rows = [["资产编号", "资产名称", "购置日期", "原值", "调整数", "调整后原值", "调整原因"],
            ["ZC01", "拖拉机", "2012-05-01", 45000, -45000, 0, "已报废"],
            ["ZC02", "村委会办公楼", "2008-09-01", 1245600, 38500, 1284100, "补记装修"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村固定资产清查.xlsx", {"清查": rows})))
    assert [a["amount"] for a in records(store, "asset")] == [0.0, 1284100.0]
    assert sheet.kind == "asset"


def test_an_asset_register_with_its_original_value_alone_reads_it(store, tmp_path: Path) -> None:
    rows = [["资产编号", "资产名称", "购置日期", "原值"], ["ZC01", "拖拉机", "2012-05-01", 45000]]
    import_one(store, write_xlsx(tmp_path / "红旗村固定资产.xlsx", {"资产": rows}))
    assert [a["amount"] for a in records(store, "asset")] == [45000.0]


def test_an_audits_balance_adjustments_and_adjusting_entries_are_no_payments(store, tmp_path: Path) -> None:
    balances = [["柳湾村往来款项清理审计调整表"],
                ["序号", "科目", "往来单位（个人）", "账面金额", "应调整", "调整后", "调整原因"],
                [1, "应付款", "浙江宏达建设有限公司", 312000, 0, 312000, ""],
                [2, "内部往来", "陈水根（个人）", 8600, 8600, 17200, "漏记村民筹资款"]]
    entries = [["柳湾村2023年度审计调整分录"],
               ["日期", "调整事项", "借方科目", "贷方科目", "金额"],
               ["2023-12-31", "补记利息收入", "银行存款", "其他收入", 1280],
               ["2023-12-31", "核销沈国强借款", "管理费用", "库存现金", 20000]]
    journal = [["日期", "摘要", "借方", "贷方"], ["2023-12-20", "收到利息", 1280, None]]
    report = import_one(store, write_xlsx(tmp_path / "柳湾村2023年度审计底稿.xlsx", {
        "往来款项清理调整": balances, "审计调整分录": entries, "银行存款日记账": journal}))
    assert [(p["date"], p["amount"]) for p in records(store, "payment")] == [("2023-12-20", 1280.0)]
    assert "往来款项余额表" in sheet_of(report, "往来款项清理调整").note
    assert "审计调整分录" in sheet_of(report, "审计调整分录").note


def test_a_cadre_list_of_the_villages_main_cadres_names_one_village(store, tmp_path: Path) -> None:
    rows = [["青山村主要村干部名单"], ["姓名", "职务"], ["王建国", "党支部书记"], ["李秀英", "村委会主任"]]
    import_one(store, write_xlsx(tmp_path / "青山村审计.xlsx", {"被审计村主要干部": rows}))
    assert {c["village"] for c in records(store, "cadre")} == {"青山村"}
