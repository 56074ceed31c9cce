"""Layouts of blind pass 39 (巩固衔接资金 ledgers of 甘肃/宁夏/贵州/湖北/江西) that used to be misread.

- a 资金拨付台账 (拨付金额 over 本次拨付 | 累计拨付) is payments out of 本次拨付, never 累计拨付;
- 涉及村 / 受益村 / 实施村组 is a village column; a cell of several villages names none (warned);
- a 项目库's 建设地点 "尹集镇新庄村" gives the village when its cells name villages (全县 gives none);
- beside a 中标单位, the 实施单位 (镇人民政府) is the owner, no stand-in contractor.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_a_disbursement_ledger_is_payments_of_this_batch(store, tmp_path: Path) -> None:
    rows = [["郧西县2023年衔接推进乡村振兴补助资金拨付台账"],
            ["序号", "拨付日期", "拨付批次", "项目村", "项目名称", "收款单位", "拨付金额（元）", None, "备注"],
            [None, None, None, None, None, None, "本次拨付", "累计拨付", None],
            [1, "2023-05-27", "第一批", "下营村", "下营村香菇大棚建设项目", "十堰市鄂西北建筑工程有限公司", "185,400.00",
             "185,400.00", None],
            [2, "2023-07-06", "第二批", "下营村", "下营村香菇大棚建设项目", "十堰市鄂西北建筑工程有限公司", "185,400.00",
             "370,800.00", None]]
    import_one(store, write_xlsx(tmp_path / "郧西县衔接资金拨付台账.xlsx", {"拨付台账": rows},
                                 merges={"拨付台账": ["G2:H2"]}))
    assert [(p["date"], p["amount"], p["direction"], p["counterparty"], p["village"], p["project"])
            for p in records(store, "payment")] == [
        ("2023-05-27", 185400.0, "out", "十堰市鄂西北建筑工程有限公司", "下营村", "下营村香菇大棚建设项目"),
        ("2023-07-06", 185400.0, "out", "十堰市鄂西北建筑工程有限公司", "下营村", "下营村香菇大棚建设项目")]


def test_a_project_list_with_a_disbursed_column_stays_projects(store, tmp_path: Path) -> None:
    rows = [["土桥镇2024年项目库"],
            ["项目名称", "村", "总投资（万元）", "已拨付资金（万元）", "实施单位", "开工日期"],
            ["土桥村特色种植基地建设项目", "土桥村", 90.4, 30, "土桥镇人民政府", "2024-03-01"]]
    import_one(store, write_xlsx(tmp_path / "土桥镇项目库.xlsx", {"项目库": rows}))
    assert [(p["name"], p["village"]) for p in records(store, "project")] == [("土桥村特色种植基地建设项目", "土桥村")]
    assert records(store, "payment") == []


def test_involved_village_is_the_village_column(store, tmp_path: Path) -> None:
    rows = [["湄潭县2023年高标准农田建设项目合同清单"],
            ["序号", "合同名称", "承包单位", "合同价（万元）", "签订日期", "涉及村"],
            [1, "兴隆镇第1标段施工合同", "贵州路桥集团有限公司", 191.0433, "2023年4月18日", "龙凤村"],
            [2, "兴隆镇监理合同", "贵州正源工程监理咨询有限公司", 13.2081, "2023/5/16", "新石村、太平村"]]
    report = import_one(store, write_xlsx(tmp_path / "湄潭县合同清单.xlsx", {"合同": rows}))
    assert [c["village"] for c in records(store, "contract")] == ["龙凤村", ""]
    assert any("多个村" in w["reason"] for w in sheet_of(report).warnings)


def test_a_count_of_villagers_is_no_village_column(store, tmp_path: Path) -> None:
    rows = [["石桥村项目台账"],
            ["项目名称", "总投资（元）", "受益村民人数", "开工日期"],
            ["石桥村道路硬化", 500000, 320, "2023-04-01"]]
    import_one(store, write_xlsx(tmp_path / "石桥村项目台账.xlsx", {"项目": rows}))
    assert [p["village"] for p in records(store, "project")] == ["石桥村"]


def test_a_place_of_building_that_names_villages_gives_the_village(store, tmp_path: Path) -> None:
    rows = [["临夏县2024年项目库（入库项目）"],
            ["序号", "项目名称", "建设地点", "总投资（万元）"],
            [1, "新庄村村组道路硬化项目", "尹集镇新庄村", 58.7125],
            [2, "大庄村肉牛养殖合作社扶持项目", "尹集镇大庄村", 34.6823],
            [3, "临夏县2024年雨露计划职业教育补助项目", "全县", 86.5]]
    report = import_one(store, write_xlsx(tmp_path / "临夏县项目库.xlsx", {"项目库": rows}))
    assert [p["village"] for p in records(store, "project")] == ["新庄村", "大庄村", ""]
    note = sheet_of(report).note
    assert "建设地点" in note and "表中没有村名列，标题" not in note


def test_a_place_of_building_without_villages_stays_raw(store, tmp_path: Path) -> None:
    rows = [["临夏县2024年项目库"],
            ["序号", "项目名称", "建设地点", "总投资（万元）"],
            [1, "县城污水管网改造", "县城东区", 58.7],
            [2, "产业园道路", "工业园区", 34.6]]
    report = import_one(store, write_xlsx(tmp_path / "临夏县项目库.xlsx", {"项目库": rows}))
    assert [p["village"] for p in records(store, "project")] == ["", ""]
    assert "未能确定村名" in sheet_of(report).note


def test_implementing_body_is_no_fallback_for_the_winner(store, tmp_path: Path) -> None:
    rows = [["临夏县2023年衔接资金项目实施台账"],
            ["项目名称", "村", "总投资（万元）", "实施单位", "中标单位", "开工日期"],
            ["新庄村排洪渠建设项目", "新庄村", 78.2, "尹集镇人民政府", "甘肃华瑞建筑安装工程有限公司", "2023.7.1"],
            ["红台村产业路硬化项目", "红台村", 190.6, "尹集镇人民政府", None, "2023.8.1"]]
    import_one(store, write_xlsx(tmp_path / "临夏县实施台账.xlsx", {"台账": rows}))
    assert [p["contractor"] for p in records(store, "project")] == ["甘肃华瑞建筑安装工程有限公司", None]


def test_implementing_body_alone_is_still_the_contractor(store, tmp_path: Path) -> None:
    rows = [["海雀村以工代赈项目台账"],
            ["项目名称", "批复投资(元)", "实施单位", "开工时间"],
            ["海雀村通组路硬化", 850000, "赫章县路安建筑工程有限公司", "2023.4.1"]]
    import_one(store, write_xlsx(tmp_path / "海雀村以工代赈项目.xlsx", {"项目": rows}))
    assert [p["contractor"] for p in records(store, "project")] == ["赫章县路安建筑工程有限公司"]


def test_the_set_aside_implementing_body_is_noted(store, tmp_path: Path) -> None:
    rows = [["韩集镇衔接资金项目实施台账"],
            ["项目名称", "村", "总投资（万元）", "实施单位", "中标单位"],
            ["韩集村排洪渠建设项目", "韩集村", 78.2, "韩集镇人民政府", None]]
    report = import_one(store, write_xlsx(tmp_path / "韩集镇实施台账.xlsx", {"台账": rows}))
    assert [p["contractor"] for p in records(store, "project")] == [None]
    assert "“实施单位”是项目的实施主体" in sheet_of(report).note
