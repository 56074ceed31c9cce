"""Layouts of blind set qa100 (contracts with their changes nested in them) that used to be misread:

- the payment plan under a contract ("其中：首付款30%", a row titled 付款计划) became contracts of its own,
  silently; it is skipped as the contract's agreed instalments;
- a 补充协议, 变更, 签证 or 增项/减项 row under its contract left the 乙方 blank: it takes its contract's
  counterparty (and code when blank), its title names the contract, a note names the rows; its amount
  is its signed change, or the new total it gives, with a warning;
- 暂定价 and 结算价 were unknown headers: the contract's amount is its 结算价 where given, else its
  暂定价, with a note (as a project's 审定金额 before its 合同价);
- a 合同变更登记表 read the 变更后合同价（万元） as each change's amount: the change (增加 less 减少) is;
- a 工程签证单汇总 was read as projects with no sum and no day: each 签证 is a contract record of the
  change, with its 审核金额 (else 申报金额) and its 签证日期.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import (
    by_row,
    import_one,
    records,
    sheet_of,
    write_csv,
    write_xls,
    write_xlsx,
)

_LEDGER_HEAD = [["河口村村级工程合同台账"], ["单位：元"],
                ["序号", "合同编号", "合同名称", "承包单位", "签订日期", "合同金额", "结算金额", "备注"]]


def _ledger_csv(tmp_path: Path) -> Path:
    rows = [*_LEDGER_HEAD,
            [1, "HK-2022-05", "河口村污水管网改造工程", "浙江瑞丰市政工程有限公司", "2022/9/6", "538,000.00",
             "552,300.00", None],
            [None, None, "　补充协议（一）：增加支管接户85户", None, "2022/11/2", "+18,700.00", None, None],
            [None, None, "　减项：检查井减少6座", None, "2023/1/10", "-4,400.00", None, None],
            [None, None, "　其中：首付款30%", None, None, "161,400.00", None, "付款计划"],
            [None, None, "　其中：尾款70%（含质保金5%）", None, None, "376,600.00", None, "付款计划"],
            [2, "HK-2023-03", "村委会综合楼外立面整治", "浙江恒泰建设有限公司", "2023.8.1", "187,600.00", None, None],
            [None, None, "　补充协议：调整后合同总价为196,800元", None, "2023.10.9", "196,800.00", None, "新总价"],
            [None, None, "　签证：外墙调整后增加保温层", None, "2023.11.2", "+9,200.00", None, None],
            [None, None, "　其中：质保金5%", None, None, "9,840.00", None, "付款计划"]]
    return write_csv(tmp_path / "河口村工程合同台账（含补充协议）.csv", rows, encoding="gbk")


def test_payment_plan_lines_under_a_contract_are_no_contracts(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _ledger_csv(tmp_path)))
    assert sorted(c["source"]["row"] for c in records(store, "contract")) == [4, 5, 6, 9, 10, 11]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert [row for row, reason in reasons.items() if "付款计划" in reason] == [7, 8, 12]
    assert "其中：首付款30%" in reasons[7] and "不是一份合同" in reasons[7]


def test_change_rows_take_their_contracts_counterparty_and_code(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _ledger_csv(tmp_path)))
    contracts = by_row(records(store, "contract"))
    assert [(contracts[row]["counterparty"], contracts[row]["code"], contracts[row]["amount"]) for row in (5, 6, 10)] \
        == [("浙江瑞丰市政工程有限公司", "HK-2022-05", 18700.0), ("浙江瑞丰市政工程有限公司", "HK-2022-05", -4400.0),
            ("浙江恒泰建设有限公司", "HK-2023-03", 196800.0)]
    assert contracts[5]["title"] == "补充协议（一）：增加支管接户85户（HK-2022-05的变更）"
    assert "第 5、6、10、11 行" in sheet.note and "按其上方主合同记乙方" in sheet.note
    # Row 10 gives the new total, not the change: it is read as written and said so on the row; row 11's
    # signed 9,200 is a change, though its title says 调整后.
    assert contracts[11]["amount"] == 9200.0
    assert [w["row"] for w in sheet.warnings if "变更后的合同总价" in w["reason"]] == [10]


def test_a_change_written_as_the_new_total_in_the_change_column(store, tmp_path: Path) -> None:
    """"调整为198,600.00" in the 变更增减 column is the new total: read through the column, with a warning."""
    rows = [["序号", "合同编号", "合同名称", "乙方", "签订日期", "合同价款", None, "结算价"],
            [None, None, None, None, None, "暂定价", "变更增减", None],
            [3, "SQ-GC-2023-003", "农田灌溉渠道修复工程", "青田县水利建设工程有限公司", dt.date(2023, 5, 6), 186000, None,
             None],
            [None, "SQ-GC-2023-003-B1", "　└ 补充协议一：新增节制闸2座", None, "2023.7.12", None, "调整为198,600.00", None]]
    merges = {"工程合同": ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:H2"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"工程合同": rows}, merges=merges)))
    contracts = by_row(records(store, "contract"))
    assert (contracts[4]["counterparty"], contracts[4]["amount"]) == ("青田县水利建设工程有限公司", 198600.0)
    assert [w["row"] for w in sheet.warnings if "变更后的合同总价" in w["reason"]] == [4]


def _works_ledger(tmp_path: Path) -> Path:
    rows = [["清溪镇石桥村2023年合同管理台账（工程类）"],
            ["序号", "合同编号", "合同名称 / 变更事项", "乙方（承包方）", "签订日期", "合同价款", None, "结算价", "付款计划",
             None],
            [None, None, None, None, None, "暂定价", "变更增减", None, "节点/比例", "计划金额"],
            [1, "SQ-GC-2023-001", "石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", dt.date(2023, 3, 15), 1186500, None,
             1231860, None, None],
            [None, "SQ-GC-2023-001-B1", "　├ 补充协议一：增设道路两侧排水沟", None, "2023.5.20", None, "+8,500", None, None,
             None],
            [None, "SQ-GC-2023-001-Q1", "　└ 变更签证：取消路肩培土（减项）", None, "2023.6.8", None, "-3,200.00", None,
             None, None],
            [None, None, "　变更后合同价小计", None, None, 1191800, None, None, None, None],
            [None, None, "　付款计划", None, None, None, None, None, "首付款 30%", 355950],
            [2, "SQ-GC-2023-005", "石桥溪护岸加固工程", "浙江恒泰建设有限公司", dt.date(2023, 10, 9), 395000, None, None,
             None, None]]
    merges = {"工程合同": ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3", "I2:J2"]}
    return write_xlsx(tmp_path / "石桥村2023年合同台账.xlsx", {"工程合同": rows}, merges=merges)


def test_the_settled_price_is_a_contracts_amount_else_its_provisional_one(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _works_ledger(tmp_path)))
    contracts = by_row(records(store, "contract"))
    assert {row: c["amount"] for row, c in contracts.items()} == {4: 1231860.0, 5: 8500.0, 6: -3200.0, 9: 395000.0}
    assert contracts[6]["counterparty"] == "浙江恒泰建设有限公司"
    assert "合同金额按“结算价”" in sheet.note and "“合同价款/暂定价”记" in sheet.note
    assert "变更增减”记" not in sheet.note  # the change column stands in for no contract's own sum
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert "付款计划" in reasons[8] and 7 in reasons


def test_a_change_register_reads_each_change_not_the_new_total(store, tmp_path: Path) -> None:
    rows = [["石桥村村级工程合同变更（补充协议、签证）登记表"],
            ["序号", "原合同编号", "工程名称", "施工单位", "变更类型", "变更内容", "变更金额", None, "变更后合同价（万元）",
             "协议签订日期"],
            [None, None, None, None, None, None, "增加", "减少", None, None],
            [1, "SQ-GC-2023-001", "石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", "补充协议一", "增设道路两侧排水沟",
             8500, None, 119.5, "2023.5.20"],
            [2, "SQ-GC-2023-001", "石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", "变更签证", "取消路肩培土", None,
             3200, 119.18, "2023年6月8日"]]
    merges = {"变更登记": [(1, 2, c, c) for c in (0, 1, 2, 3, 4, 5, 8, 9)] + [(1, 1, 6, 7)]}
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "石桥村合同变更登记表.xls", {"变更登记": rows},
                                                 merges=merges)))
    contracts = records(store, "contract")
    assert [(c["counterparty"], c["amount"], c["signed_on"]) for c in contracts] == [
        ("浙江恒泰建设有限公司", 8500.0, "2023-05-20"), ("浙江恒泰建设有限公司", -3200.0, "2023-06-08")]
    assert contracts[0]["title"] == "增设道路两侧排水沟" and contracts[0]["project"] == "石桥村村道硬化工程（一期）"
    assert contracts[1]["raw"]["变更后合同价（万元）"] == "119.18"
    assert "增减额（增加为正、减少为负）" in sheet.note and "“变更后合同价（万元）”是变更后的合同总价" in sheet.note
    assert "变更金额/增加" not in sheet.note.partition("未识别的列")[2]


def test_a_list_of_site_variations_is_contracts(store, tmp_path: Path) -> None:
    rows = [["石桥村2023年村级工程现场签证单汇总表"], ["单位：元"],
            ["序号", "签证单编号", "工程名称", "施工单位", "签证事由", "签证日期", "申报金额", "审核金额"],
            [1, "QZ-01", "石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", "K0+350处软基换填", dt.date(2023, 4, 22), 6850,
             6420],
            [2, "QZ-02", "石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", "取消路肩培土（核减）", "2023.6.8", -3200, None],
            [3, "QZ-05", "石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", "雨季停工抽水费用", "20230811", 2300, 0]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村工程签证单汇总表.xlsx", {"签证汇总": rows})))
    assert sheet.kind == "contract" and records(store, "project") == []
    assert [(c["code"], c["counterparty"], c["amount"], c["signed_on"], c["project"]) for c in records(store, "contract")] \
        == [("QZ-01", "浙江恒泰建设有限公司", 6420.0, "2023-04-22", "石桥村村道硬化工程（一期）"),
            ("QZ-02", "浙江恒泰建设有限公司", -3200.0, "2023-06-08", "石桥村村道硬化工程（一期）"),
            ("QZ-05", "浙江恒泰建设有限公司", 0.0, "2023-08-11", "石桥村村道硬化工程（一期）")]
    assert "合同金额按“审核金额”" in sheet.note and "按“申报金额”记" in sheet.note


# --- look-alikes that stay as they were ---------------------------------------------------------------


def test_a_plain_contract_ledger_keeps_its_contract_sum_beside_a_settled_one(store, tmp_path: Path) -> None:
    """Look-alike: a 合同台账 with a 结算金额 column and no changes keeps each 合同金额 (qa65), and a 补充协议
    named in a title of its own changes nothing."""
    rows = [["合同编号", "合同名称", "乙方单位", "合同金额", "结算金额", "签订日期"],
            ["BC-01", "北村道路维修", "恒达市政工程有限公司", 356000, 349800, dt.date(2023, 3, 2)],
            ["BC-02", "补充协议采购", "宏远物资有限公司", 12000, None, dt.date(2023, 4, 2)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "北村合同台账.xlsx", {"2023年": rows})))
    assert [(c["counterparty"], c["amount"]) for c in records(store, "contract")] == [
        ("恒达市政工程有限公司", 356000.0), ("宏远物资有限公司", 12000.0)]
    assert "合同金额按" not in sheet.note and "按其上方主合同" not in sheet.note


def test_a_project_list_with_its_final_sum_and_a_variation_total_stays_projects(store, tmp_path: Path) -> None:
    """Look-alike: a project 台账 with 决算金额 and a 签证金额 column (each works' variations added up) stays
    projects, its amount the 决算."""
    rows = [["项目名称", "施工单位", "合同金额", "签证金额", "决算金额", "开工日期"],
            ["村道硬化", "恒达建设有限公司", 260000, 12000, 268500, "2023-03-01"]]
    import_one(store, write_xlsx(tmp_path / "南村工程项目台账.xlsx", {"项目": rows}))
    assert [(p["contractor"], p["amount"]) for p in records(store, "project")] == [("恒达建设有限公司", 268500.0)]
    assert records(store, "contract") == []


def test_a_contract_with_payment_stage_columns_and_a_plan_remark(store, tmp_path: Path) -> None:
    """Look-alike: 付款节点 columns, and a 备注 saying 付款计划 beside a contract's own title, leave one contract."""
    rows = [["合同名称", "乙方", "合同金额", "签订日期", "付款节点", "备注"],
            ["村道硬化", "宏达建设有限公司", 260000, "2023-02-20", "首付30%，验收后付清", "付款计划"]]
    import_one(store, write_xlsx(tmp_path / "北村工程合同台账.xlsx", {"合同": rows}))
    assert [(c["counterparty"], c["amount"]) for c in records(store, "contract")] == [("宏达建设有限公司", 260000.0)]


def test_a_breakdown_line_in_a_project_sheet_is_data_with_its_own_contractor(store, tmp_path: Path) -> None:
    """Look-alike: outside a contract sheet a 其中 line with a contractor of its own is an entry, as before."""
    rows = [["项目名称", "施工单位", "合同金额", "开工日期"],
            ["村道硬化工程", "恒达建设有限公司", 260000, "2023-03-01"],
            ["其中：首付款30%配套工程", "宏远建设有限公司", 30000, "2023-04-01"]]
    import_one(store, write_xlsx(tmp_path / "南村工程项目台账.xlsx", {"项目": rows}))
    assert [p["contractor"] for p in records(store, "project")] == ["恒达建设有限公司", "宏远建设有限公司"]


def test_a_contract_titled_as_a_supplement_with_its_own_party_keeps_it(store, tmp_path: Path) -> None:
    """Look-alike: a 补充协议 row that names its own 乙方 is read as written, not given the one above."""
    rows = [["合同名称", "乙方", "合同金额", "签订日期"],
            ["村道硬化", "宏达建设有限公司", 260000, "2023-02-20"],
            ["补充协议：路灯安装", "光明照明有限公司", 18000, "2023-05-20"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "北村合同台账.xlsx", {"合同": rows})))
    assert [(c["title"], c["counterparty"]) for c in records(store, "contract")] == [
        ("村道硬化", "宏达建设有限公司"), ("补充协议：路灯安装", "光明照明有限公司")]
    assert "按其上方主合同" not in sheet.note
