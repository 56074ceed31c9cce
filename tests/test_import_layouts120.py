"""Layouts of blind set qa120 (records written across several rows each) that used to be misread:

- a cadre list that writes each relative under the cadre in the cadre's own 姓名 and 职务 columns (职务/关系:
  妻子, 儿子) made every relative a cadre, silently; the relatives now join their cadre's 近亲属;
- a lease list whose cells are merged down over the later rent periods (2024-2026年 | 5500 on a row of
  its own) made each period another lease with the whole term and area; the period row is now skipped,
  naming the lease's row;
- an asset's 附属设备 on rows under it (资产名称 merged over them) took the asset's name; it is now named by
  its 附属设备 cell, with a warning naming the asset;
- a journal's 对方户名 wrapped onto the next row ("湖州洁美物业服务" / "有限公司") was cut, and the second
  row rejected for its missing amount; it is now joined as a wrapped 摘要 is;
- a contract's second row ("合同期限：…" | "付款方式：…" under the merged 编号 and 名称) was rejected for an
  unreadable amount; it is now skipped, naming its contract, and its term gives the contract its dates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import (by_row, import_one, records, sheet_of, skipped_rows, write_xls,
                                       write_xlsx)

# --- relatives in the cadre's own columns --------------------------------------------------------------

_CADRE_HEADER = ["序号", "姓名", "性别", "职务/关系", "工作单位或从业情况", "联系电话", "备注"]


def _cadre_list(tmp_path: Path, rows: list[list[object]]) -> Path:
    return write_xls(tmp_path / "清河村村干部及近亲属备案表.xls",
                     {"村两委干部": [["清河村村干部及近亲属情况备案表"], _CADRE_HEADER, *rows]})


def test_relatives_under_their_cadre_in_his_own_columns_join_him(store, tmp_path: Path) -> None:
    rows = [[1, "王建国", "男", "党支部书记、村委会主任", "清河村", "13905721188", "本人"],
            [None, "李秀英", None, "妻子", "务农", None, "近亲属"],
            [None, "王志强", None, "儿子", "长兴志强建材经营部", None, "近亲属"],
            [2, "陈丽华", "女", "村委会委员、报账员", "清河村", "13735219026", "本人"],
            [None, "陈海峰", None, "哥哥", "湖州安居防水工程有限公司", None, "近亲属"],
            [3, "徐红梅", "女", "妇联主席", "清河村", "18857296625", "本人"]]
    sheet = sheet_of(import_one(store, _cadre_list(tmp_path, rows)))
    cadres = records(store, "cadre")
    assert [c["name"] for c in cadres] == ["王建国", "陈丽华", "徐红梅"]
    assert cadres[0]["relatives"] == "妻子 李秀英（务农）；儿子 王志强（长兴志强建材经营部）"
    assert cadres[1]["relatives"] == "哥哥 陈海峰（湖州安居防水工程有限公司）"
    assert cadres[2]["relatives"] is None
    assert cadres[0]["position"] == "党支部书记、村委会主任"
    assert skipped_rows(sheet) == [4, 5, 7]
    assert {s["row"]: s["reason"] for s in sheet.skipped}[4] == "近亲属行：并入第 3 行王建国的近亲属"
    assert "职务栏" in sheet.note and "3 行并入" in sheet.note


def test_a_relative_of_one_cadre_may_be_a_cadre_too(store, tmp_path: Path) -> None:
    """陈丽华 is 沈国强's wife on his rows and a cadre on her own: one record, and his 近亲属 names her."""
    rows = [[1, "陈丽华", "女", "报账员", "清河村", "13735219026", "本人"],
            [None, "沈国强", None, "丈夫", "本村村民委员会委员", None, "近亲属"],
            [2, "沈国强", "男", "村委会委员", "清河村", "15857263311", "本人"],
            [None, "陈丽华", None, "妻子", "本村报账员", None, "近亲属"]]
    import_one(store, _cadre_list(tmp_path, rows))
    cadres = by_row(records(store, "cadre"))
    assert sorted(cadres) == [3, 5]
    assert cadres[5]["name"] == "沈国强" and cadres[5]["relatives"] == "妻子 陈丽华（本村报账员）"


def test_a_cadre_list_without_relatives_is_read_as_it_is(store, tmp_path: Path) -> None:
    """Look-alike: a 职务 that holds a relation word only in part (妇女主任, 村民小组长) is a cadre's."""
    rows = [[1, "徐红梅", "女", "妇女主任", "清河村", "18857296625", None],
            [2, "孙阿毛", "男", "村民小组长", "清河村", "13511287064", None],
            [3, "赵小女", "女", "村委会委员", "清河村", "13867259450", None]]
    sheet = sheet_of(import_one(store, _cadre_list(tmp_path, rows)))
    assert [c["position"] for c in records(store, "cadre")] == ["妇女主任", "村民小组长", "村委会委员"]
    assert "近亲属" not in sheet.note


def test_a_relatives_column_is_still_read_as_before(store, tmp_path: Path) -> None:
    """Look-alike: a sheet with a 近亲属 and a 关系 column keeps its reading; its 职务 is the cadre's."""
    rows = [["姓名", "职务", "亲属姓名", "关系", "工作单位"],
            ["吴建新", "党支部书记", "吴小勇", "儿子", "浙江永盛建设有限公司"],
            [None, None, "陈爱珍", "配偶", "务农"]]
    import_one(store, write_xlsx(tmp_path / "吴村干部近亲属.xlsx", {"干部": rows}, merges={"干部": ["A2:A3", "B2:B3"]}))
    cadres = records(store, "cadre")
    assert [c["name"] for c in cadres] == ["吴建新"]
    assert cadres[0]["relatives"] == "儿子 吴小勇（浙江永盛建设有限公司）；配偶 陈爱珍（务农）"


# --- rent periods on rows under a merged lease ---------------------------------------------------------

_LEASE_HEADER = [["序号", "资源名称", "类型", "面积", "承包（租）方", "承包期限", None, "租金标准", None, "发包方式"],
                 [None, None, None, None, None, "起", "止", "计租期间", "年租金", None]]
_LEASE_HEADER_MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:I1", "J1:J2"]


def _merged_over(first: int, last: int, columns: str = "ABCDEFGJ") -> list[str]:
    return [f"{col}{first}:{col}{last}" for col in columns]


def test_a_later_rent_period_under_a_merged_lease_is_no_lease(store, tmp_path: Path) -> None:
    rows = [*_LEASE_HEADER,
            [1, "东畈水田A块", "耕地", 52.6, "长兴绿野家庭农场", "2021.1.1", "2026.12.31", "2021-2023年", 5000, "公开竞价"],
            [None, None, None, None, None, None, None, "2024-2026年", 5500, None],
            [2, "东畈水田B块", "耕地", 38, "何金宝", "2020.3.1", "2025.2.28", "2020.3-2025.2", 22800, "协商"],
            [3, "茶园", "林地", 65, "长兴紫笋茶业有限公司", "2016.3.1", "2031.2.28", "2016.3-2021.2", 19500, "公开招标"],
            [None, None, None, None, None, None, None, "2021.3-2026.2", 22750, None],
            [None, None, None, None, None, None, None, "2026.3-2031.2", 26000, None]]
    merges = [*_LEASE_HEADER_MERGES, *_merged_over(3, 4), *_merged_over(6, 8)]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳湾村资源发包租赁台账.xlsx", {"台账": rows},
                                                  merges={"台账": merges})))
    leases = by_row(records(store, "resource"))
    assert sorted(leases) == [3, 5, 6]
    assert [leases[row]["amount"] for row in (3, 5, 6)] == [5000.0, 22800.0, 19500.0]
    assert leases[6]["area"] == 65.0 and leases[6]["ended_on"] == "2031-02-28"
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert sorted(reasons) == [4, 7, 8]
    assert reasons[4].startswith("第 3 行“东畈水田A块”的分段租金续行")
    assert "2024-2026年" in reasons[4] and "5500" in reasons[4]
    assert reasons[8].startswith("第 6 行“茶园”") and "26000" in reasons[8]


def test_a_row_with_its_own_tenant_under_a_merged_name_stays_a_lease(store, tmp_path: Path) -> None:
    """Look-alike: a plot merged over two tenants, each with his own period and rent, is two leases."""
    rows = [*_LEASE_HEADER,
            [1, "南畈旱地", "耕地", 24.5, "湖州丰收果蔬专业合作社", "2019.1.1", "2028.12.31", "2019-2028年", 12250, "公开招标"],
            [None, None, "耕地", 10, "何金宝", "2020.1.1", "2024.12.31", "2020-2024年", 3000, "协商"]]
    merges = [*_LEASE_HEADER_MERGES, "A3:A4", "B3:B4"]
    import_one(store, write_xlsx(tmp_path / "柳湾村资源发包租赁台账.xlsx", {"台账": rows}, merges={"台账": merges}))
    leases = records(store, "resource")
    assert [(lease["name"], lease["counterparty"], lease["amount"]) for lease in leases] == [
        ("南畈旱地", "湖州丰收果蔬专业合作社", 12250.0), ("南畈旱地", "何金宝", 3000.0)]


def test_payment_installments_under_a_merged_contract_stay_payments(store, tmp_path: Path) -> None:
    """Look-alike: a payment ledger with the contract merged over its installments pays each one."""
    rows = [["合同名称", "收款单位", "付款日期", "付款期间", "金额"],
            ["村道硬化工程", "浙江宏达建设有限公司", "2023-03-01", "第一期", 50000],
            [None, None, "2023-06-01", "第二期", 30000]]
    import_one(store, write_xlsx(tmp_path / "清河村工程款支付台账.xlsx", {"付款": rows},
                                 merges={"付款": ["A2:A3", "B2:B3"]}))
    assert [p["amount"] for p in records(store, "payment")] == [50000.0, 30000.0]


# --- 附属设备 rows under an asset ---------------------------------------------------------------------------

_ASSET_HEADER = ["资产编号", "资产名称", "附属设备", "类别", "数量", "原值", "购置日期"]


def test_equipment_under_an_asset_is_named_by_its_own_cell(store, tmp_path: Path) -> None:
    rows = [["柳湾村集体固定资产登记簿"], _ASSET_HEADER,
            ["LW-FW-001", "村委会办公楼", None, "房屋及建筑物", 1, 1285000, "2012-09-30"],
            [None, None, "中央空调", None, 1, 68000, "2016.6.12"],
            [None, None, "消防报警系统", None, 1, 23500, None],
            ["LW-JQ-001", "小型挖掘机", None, "机器设备", 1, 168000, "2020-03-05"]]
    path = write_xlsx(tmp_path / "柳湾村固定资产登记簿.xlsx", {"固定资产": rows},
                      merges={"固定资产": ["A3:A5", "B3:B5", "D3:D5"]})
    sheet = sheet_of(import_one(store, path))
    assets = by_row(records(store, "asset"))
    assert [(assets[row]["name"], assets[row]["amount"]) for row in (3, 4, 5, 6)] == [
        ("村委会办公楼", 1285000.0), ("中央空调", 68000.0), ("消防报警系统", 23500.0), ("小型挖掘机", 168000.0)]
    assert assets[4]["acquired_on"] == "2016-06-12" and assets[5]["acquired_on"] is None
    assert "附属设备" in sheet.note and "未识别的列" not in sheet.note
    warned = {w["row"]: w["reason"] for w in sheet.warnings}
    assert "村委会办公楼" in warned[4] and "中央空调" in warned[4]
    assert 3 not in warned and 6 not in warned


def test_equipment_written_on_the_assets_own_row_leaves_its_name(store, tmp_path: Path) -> None:
    """Look-alike: a 附属设备 cell beside the asset's own name says what comes with it; the name stays."""
    rows = [_ASSET_HEADER,
            ["LW-DZ-002", "监控系统", "硬盘录像机1台", "电子设备", 1, 86400, "2020-11-18"],
            ["LW-DZ-003", "LED显示屏", None, "电子设备", 1, 38500, "2019-05-26"]]
    import_one(store, write_xlsx(tmp_path / "柳湾村固定资产登记簿.xlsx", {"固定资产": rows}))
    assert [a["name"] for a in records(store, "asset")] == ["监控系统", "LED显示屏"]


# --- a journal's 对方户名 wrapped onto the next row -------------------------------------------------------

_JOURNAL_HEADER = ["月", "日", "凭证号数", "摘要", "对方户名", "借方", "贷方", "余额"]


def test_a_party_wrapped_onto_the_next_row_is_joined(store, tmp_path: Path) -> None:
    rows = [["清河村银行存款日记账（2023年）"], _JOURNAL_HEADER,
            [1, 12, "记-03", "支付2022年度村道保洁", "湖州洁美物业服务", None, 6000, 677560.42],
            [None, None, None, "第四季度服务费", "有限公司", None, None, None],
            [1, 20, "记-05", "收到村集体厂房租金", "长兴恒丰纺织有限公司", 86000, None, 763560.42],
            [2, 8, "记-02", "支付村庄规划编制费", "湖州城乡规划设计院", None, 20400, 743160.42],
            [None, None, None, None, "有限公司", None, None, None]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "清河村银行存款日记账.xls", {"银行存款日记账": rows})))
    payments = by_row(records(store, "payment"))
    assert sorted(payments) == [3, 5, 6]
    assert payments[3]["counterparty"] == "湖州洁美物业服务有限公司"
    assert payments[3]["summary"] == "支付2022年度村道保洁第四季度服务费"
    assert payments[6]["counterparty"] == "湖州城乡规划设计院有限公司"
    assert sheet.rejected == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[4].startswith("对方户名的续行：上一行（第 3 行）") and reasons[7].startswith("对方户名的续行")
    assert "按该笔对方户名的续行" in sheet.note


@pytest.mark.parametrize("party_above", [None, "长兴恒丰纺织有限公司"])
def test_a_party_of_its_own_under_an_entry_is_still_reported(store, tmp_path: Path, party_above) -> None:
    """Look-alike: a row with a 摘要 and a whole party of its own, under an entry that named none or
    named a whole one, is an entry without its amount, not the rest of the one above: it stays rejected
    for its missing amount."""
    rows = [_JOURNAL_HEADER,
            [3, 5, "记-01", "收到镇财政拨款", party_above, 120000, None, 683560.42],
            [None, None, None, "支付保洁费", "湖州洁美物业服务有限公司", None, None, None]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "清河村银行存款日记账.xls", {"银行存款日记账": rows})))
    payments = records(store, "payment")
    assert [p["counterparty"] for p in payments] == [party_above]
    assert [r["row"] for r in sheet.rejected] == [3]


# --- a contract's second row under its merged 编号 and 名称 -----------------------------------------------

def test_a_contracts_second_row_gives_its_term_and_is_no_contract(store, tmp_path: Path) -> None:
    rows = [["清河村2023年度合同管理台账"],
            ["序号", "合同编号", "合同名称", "乙方（对方单位）", "合同金额", "签订日期", "合同类别"],
            [None, None, None, "合同期限", "付款方式", None, None],
            [1, "QH-2023-001", "村道硬化工程（一期）施工合同", "浙江宏达建设有限公司", 386500, "2023-03-06", "工程"],
            [None, None, None, "合同期限：2023年3月10日至2023年6月30日", "付款方式：预付30%，完工验收后付至95%", None, None],
            [None, None, None, "备注：已招标", None, None, None],
            [2, "QH-2023-003", "村道硬化工程监理服务合同", "湖州正信工程监理有限公司", 12800, "2023-03-20", "服务"],
            [None, None, None, "合同期限：随主体工程工期", "付款方式：工程竣工验收后一次性支付", None, None]]
    merges = ["A2:A3", "B2:B3", "C2:C3", "E3:G3", "A4:A6", "B4:B6", "C4:C6", "E5:G5", "D6:G6",
              "A7:A8", "B7:B8", "C7:C8", "E8:G8"]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "清河村合同管理台账.xlsx", {"合同": rows},
                                                  merges={"合同": merges})))
    contracts = by_row(records(store, "contract"))
    assert sorted(contracts) == [4, 7]
    assert (contracts[4]["started_on"], contracts[4]["ended_on"]) == ("2023-03-10", "2023-06-30")
    assert contracts[7]["started_on"] is None and contracts[7]["amount"] == 12800.0
    assert sheet.rejected == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("表头的续行")
    assert reasons[5].startswith("第 4 行“村道硬化工程（一期）施工合同”的续行") and "开始、结束日期" in reasons[5]
    assert reasons[6].startswith("第 4 行") and reasons[8].startswith("第 7 行")
    assert "续行" in sheet.note


def test_a_second_contract_under_a_merged_name_stays_a_contract(store, tmp_path: Path) -> None:
    """Look-alike: a row under a merged 合同名称 with its own party and amount (a second 标段) is read."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "签订日期"],
            ["QH-2023-011", "村道硬化工程（二期）", "浙江宏达建设有限公司", 398000, "2023-07-12"],
            [None, None, "湖州通衢交通设施有限公司", 18900, "2023-07-15"]]
    import_one(store, write_xlsx(tmp_path / "清河村合同台账.xlsx", {"合同": rows}, merges={"合同": ["A2:A3", "B2:B3"]}))
    assert [c["amount"] for c in records(store, "contract")] == [398000.0, 18900.0]
