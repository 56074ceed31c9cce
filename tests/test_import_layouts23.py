"""Layouts of blind passes 22-24 (衔接资金 项目库, 扶贫资产 registers, 财政所 and online-form exports,
两委 + 经联社 lists) that used to misread rows.

Each test writes a real file (xlsx with openpyxl, csv) and imports it through
``importers.import_paths``, or checks a pure function on a table:

- a 项目库's "资金规模及来源" over 合计 | 衔接资金 | 其他资金 gives the budget, in the 万元 of the
  填报单位 line;
- a 光伏扶贫电站 确权登记表 (电站名称, 建成并网时间, 总投资（万元）, 运维单位) is an asset register;
- a payment's date is the day the money moved (资金支付日期), not the day it was asked for (申请日期);
- a 收入/支出 column whose cells say 收入 or 支出 gives the direction;
- the date an audit finished (审核完成日期) is no project's 竣工日期;
- a 近亲属报备 with 配偶姓名 and 子女及其配偶情况 beside an 其他近亲属经商办企业情况 column joins them all;
- a cadre list with 社区职务 and 经济合作社职务 gives the person both roles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.inference import infer_columns
from importers.kinds import assign_columns
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

# --- 衔接资金 项目库 ------------------------------------------------------------------------------------


def test_a_project_librarys_funding_total_is_its_budget_in_wan(store, tmp_path: Path) -> None:
    """Before, "资金规模及来源/合计" was no field and every budget was empty, silently."""
    rows = [
        ["仪封乡2023年度巩固拓展脱贫攻坚成果和乡村振兴项目库", None, None, None, None, None, None, None],
        ["填报单位：仪封乡人民政府（盖章）", None, None, None, None, None, "单位：万元", None],
        ["序号", "项目名称", "项目类型", "资金规模及来源", None, None, "实施单位", "计划开工时间"],
        [None, None, None, "合计", "衔接资金", "其他资金", None, None],
        [1, "代庄村食用菌大棚建设项目", "产业发展", 180, 160, 20, "代庄村股份经济合作社", "2023.4.10"],
        [2, "毛古村冷库建设项目", "产业发展", 95.5, 95.5, None, "毛古村股份经济合作社", "2023.5.1"],
    ]
    merges = ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"]
    import_one(store, write_xlsx(tmp_path / "仪封乡衔接资金项目库.xlsx", {"项目库": rows}, merges={"项目库": merges}))
    assert [(p["name"], p["budget"]) for p in records(store, "project")] == [
        ("代庄村食用菌大棚建设项目", 1800000.0), ("毛古村冷库建设项目", 955000.0)]


# --- 扶贫资产 确权登记表 -------------------------------------------------------------------------------


def test_a_solar_station_register_is_an_asset_register(store, tmp_path: Path) -> None:
    """Before, the sheet was refused: "最接近‘工程项目’，缺少‘项目名称’列"."""
    rows = [
        ["岚县王狮乡村级光伏扶贫电站资产确权登记表"] + [None] * 7,
        ["序号", "电站名称", "建设地点", "装机容量（kW）", "建成并网时间", "总投资（万元）", "产权归属", "运维单位"],
        [1, "王家村村级光伏电站", "王家村北坡", 300, "2017年6月28日", 240, "王家村股份经济合作社", "岚县新能源运维有限公司"],
        [2, "阳坡村屋顶分布式光伏", "阳坡村村委屋顶", 30, "2020年9月15日", 18.9, "阳坡村股份经济合作社",
         "阳坡村股份经济合作社"],
        ["合计", None, None, 330, None, 258.9, None, None],
    ]
    import_one(store, write_xlsx(tmp_path / "王狮乡光伏扶贫电站确权登记表.xlsx", {"光伏电站": rows}))
    assets = records(store, "asset")
    assert [(a["name"], a["amount"], a["acquired_on"], a["location"], a["custodian"]) for a in assets] == [
        ("王家村村级光伏电站", 2400000.0, "2017-06-28", "王家村北坡", "岚县新能源运维有限公司"),
        ("阳坡村屋顶分布式光伏", 189000.0, "2020-09-15", "阳坡村村委屋顶", "阳坡村股份经济合作社"),
    ]


@pytest.mark.parametrize("headers", [
    ["资产名称", "形成资产价值（万元）", "资产形成时间", "管护主体"],
    ["设施名称", "投资金额（万元）", "投运时间", "管护单位"],
    ["电站名称", "总投资（万元）", "并网日期", "运营单位"],
])
def test_poverty_relief_asset_register_wordings(headers: list[str]) -> None:
    columns = assign_columns("asset", [""] * 4, headers, headers)
    assert [(c.field, c.primary) for c in columns] == [
        ("name", True), ("amount", True), ("acquired_on", True), ("custodian", True)]


# --- payments: the day the money moved, and which way ----------------------------------------------------


def test_an_approval_registers_date_is_when_the_money_was_paid(store, tmp_path: Path) -> None:
    """Before, 申请日期 (the 2nd column) dated every payment, a week before it was made."""
    rows = [
        ["东港村村级资金支付审批单登记簿（2023年8-9月）"] + [None] * 6,
        ["审批单号", "申请日期", "支付事由", "收款单位（人）", "金额（元）", "资金支付日期", "支付方式"],
        ["DG-2023-011", dt.datetime(2023, 8, 2), "村部屋面防水维修", "泰兴市永固防水工程有限公司", 23800,
         dt.datetime(2023, 8, 9), "转账"],
        ["DG-2023-015", dt.datetime(2023, 9, 6), "河长制巡河补贴", "朱红兵", 900, None, "现金"],
    ]
    import_one(store, write_xlsx(tmp_path / "东港村资金支付审批单登记簿.xlsx", {"东港村": rows}))
    # Not yet paid: no date rather than the request's.
    assert [(p["amount"], p["date"]) for p in records(store, "payment")] == [(23800.0, "2023-08-09"), (900.0, None)]


@pytest.mark.parametrize(("headers", "date_column"), [
    (["申请日期", "摘要", "金额", "资金支付日期"], 3),
    (["审批日期", "摘要", "金额", "实际付款日期"], 3),
    (["申请时间", "摘要", "金额", "支付时间"], 3),
    (["申请日期", "摘要", "金额"], 0),  # the only date there is
])
def test_a_payments_date_column_is_not_the_request(headers: list[str], date_column: int) -> None:
    columns = assign_columns("payment", [""] * len(headers), headers, headers)
    assert [c.index for c in columns if c.field == "date"] == [date_column]


def test_a_income_or_expense_column_gives_the_direction(store, tmp_path: Path) -> None:
    """Before, "收入/支出" was taken for an income amount and dropped: income was booked as spending."""
    rows = [
        ["提交者（自动）", "所在村", "报账日期", "收入/支出", "事项说明", "收款方/付款方", "金额（元）", "凭证号"],
        ["章丽萍", "下庄村", "2023-06-28", "支出", "村级河道保洁6月份", "浦江县清源保洁服务部", 4200, "记18"],
        ["章丽萍", "下庄村", "2023-06-30", "收入", "收到茶园承包款", "张国兴", 18000, "记19"],
    ]
    import_one(store, write_xlsx(tmp_path / "村级报账登记_腾讯文档收集结果.xlsx", {"收集结果": rows}))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("out", 4200.0), ("in", 18000.0)]


# --- projects: the work's dates, not the audit's ----------------------------------------------------------


def test_an_audits_finishing_date_is_no_completion_date(store, tmp_path: Path) -> None:
    """Before, "审核完成日期" was read as 竣工日期 (with a note, but a wrong date for date_order)."""
    rows = [
        ["序号", "工程名称", "承建单位", "合同价（元）", "审定价（元）", "审核完成日期"],
        [1, "龙岗村委会文化室升级改造工程", "清远市建安建筑工程有限公司", 356000, 331560.2, dt.datetime(2022, 12, 16)],
    ]
    import_one(store, write_xlsx(tmp_path / "石角镇村级工程结算审核情况.xlsx", {"2022年": rows}))
    [project] = records(store, "project")
    # The 审定价 is the amount (team decision, qa65): the audited sum, not the 合同价.
    assert (project["amount"], project["finished_on"]) == (331560.2, None)


@pytest.mark.parametrize(("header", "field"), [
    ("审核完成日期", None),
    ("审计结束时间", None),
    ("公示截止日期", None),
    ("评审完成日期", None),
    ("工程完成日期", "finished_on"),
    ("施工开始日期", "started_on"),
])
def test_paperwork_dates_are_not_the_works(header: str, field: str | None) -> None:
    names = ["工程名称", header]
    body = [["村道硬化", "2023-05-06"], ["水渠修复", "2023-06-07"]]
    columns = assign_columns("project", ["", ""], names, names)
    inferred = infer_columns("project", ["", ""], names, names, columns, body)
    assert [c.field for c in inferred if c.index == 1] == ([field] if field else [])


# --- cadres ---------------------------------------------------------------------------------------------


def test_a_dingtalk_relatives_report_joins_spouse_and_children(store, tmp_path: Path) -> None:
    """Before, only 其他近亲属经商办企业情况 reached 近亲属: the son at a construction firm was lost."""
    rows = [
        ["提交人", "审批状态", "本人姓名", "现任职务", "手机号码", "配偶姓名", "配偶工作单位", "子女及其配偶情况",
         "其他近亲属经商办企业情况"],
        ["胡丽君", "已通过", "陈国强", "村党委书记", "13857012345", "周雪琴", "无", "陈浩（子）浙江浩达建设有限公司", "无"],
        ["胡丽君", "已通过", "陈卫平", "村委会主任", "13905793321", "叶小燕", "江山市大陈乡卫生院", "无",
         "弟陈卫东经营江山市卫东建材店"],
    ]
    import_one(store, write_xlsx(tmp_path / "村干部近亲属报备_钉钉导出.xlsx", {"报备": rows}))
    assert [(c["name"], c["relatives"]) for c in records(store, "cadre")] == [
        ("陈国强", "配偶 周雪琴；陈浩（子）浙江浩达建设有限公司"),
        ("陈卫平", "配偶 叶小燕（江山市大陈乡卫生院）；弟陈卫东经营江山市卫东建材店"),
    ]


def test_a_committee_and_cooperative_list_gives_both_roles(store, tmp_path: Path) -> None:
    """Before, 经济合作社职务 was taken for the village column, and a 监事 with no 社区职务 had no role."""
    rows = [
        ["城南社区两委班子及股份经济合作社理事会、监事会成员一览表"],
        ["姓名", "性别", "社区职务", "经济合作社职务", "联系电话"],
        ["何家辉", "男", "党委书记、居委会主任", "理事长", "13889195383"],
        ["黄丽华", "女", "居委会委员", "出纳", "13810931459"],
        ["谢国平", "男", "", "监事", "13833917671"],
        ["罗美玲", "女", "居委会委员、妇联主席", "", "13847648264"],
    ]
    report = import_one(store, write_csv(tmp_path / "城南社区两委及经联社成员一览表.csv", rows, encoding="utf-8-sig"))
    assert sheet_of(report).kind == "cadre"
    cadres = by_row(records(store, "cadre"))
    assert {row: (c["position"], c["village"]) for row, c in cadres.items()} == {
        3: ("党委书记、居委会主任、理事长", "城南社区"),
        4: ("居委会委员、出纳", "城南社区"),
        5: ("监事", "城南社区"),
        6: ("居委会委员、妇联主席", "城南社区"),
    }


@pytest.mark.parametrize(("headers", "joined"), [
    (["姓名", "党内职务", "行政职务"], [2]),
    (["姓名", "村两委职务", "集体经济组织职务"], [2]),
    (["姓名", "现任职务", "原任职务"], []),  # a former role is no role held now
    (["姓名", "拟任职务", "现任职务"], []),
    (["姓名", "职务", "配偶职务"], []),  # a relative's role is not the cadre's
])
def test_which_second_role_columns_are_joined(headers: list[str], joined: list[int]) -> None:
    columns = assign_columns("cadre", [""] * 3, headers, headers)
    assert [c.index for c in columns if c.joined] == joined


def test_other_relatives_beside_spouse_and_children_columns_are_kept(store, tmp_path: Path) -> None:
    """配偶 | 子女 | 其他近亲属: reading the relation columns must not drop the 其他近亲属 column, nor split a
    note in brackets ("王春花（女，村报账员）") into two relatives."""
    rows = [
        ["姓名", "职务", "联系方式", "配偶", "子女", "其他近亲属"],
        ["王文雄", "党支部书记、村委会主任", "13976398811", "黎秀梅", "王春花（女，村报账员）", None],
        ["符亚花", "村务监督委员会主任", "18976123540", "陈德运", None, "符永强（弟）"],
    ]
    import_one(store, write_xlsx(tmp_path / "大墩村干部名单.xlsx", {"村干部": rows}))
    assert [(c["name"], c["relatives"]) for c in records(store, "cadre")] == [
        ("王文雄", "配偶 黎秀梅；子女 王春花（女，村报账员）"),
        ("符亚花", "配偶 陈德运；符永强（弟）"),
    ]
