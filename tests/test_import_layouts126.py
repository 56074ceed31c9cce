"""Layouts of blind set qa126 (nested 合同履约台账) that used to be misread:

- a contract line with its payment lines under it (the contract's columns blank): the payments were
  skipped as rows "without content"; they are now payments out, to the contract's 乙方, with its name
  as 摘要 and its number as 合同编号 (the note says so), and the contract pass says where they went;
- a lease line with its rent receipts under it, under a two-row header: the receipts are money in,
  from the lessee;
- a project line with its contract lines under it: the contracts were rejected as projects without a
  name (or the projects as contracts without an amount); each is now read as its own kind, a contract
  with its project's name;
- a contract of a 汇总表 whose 备注 says 未付 was skipped as an 未付余额行.

Look-alikes kept as they were: a contract 台账 with 已付金额/付款日期 on each contract's own row, a
payment 台账 naming its contract on every row, a journal, a project list with its 施工单位 and 合同金额
on each project's row, a contract 台账 naming its project on every row, and a real 未付金额 line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx

CONTRACT_HEADER = ["序号", "合同编号", "合同名称", "乙方", "合同金额", "签订日期", "付款日期", "付款金额", "凭证号", "备注"]


def _nested_contracts() -> list[list[object]]:
    return [["杨柳村2023年合同履约台账"], ["单位：元"], CONTRACT_HEADER,
            [1, "YL-001", "村道硬化工程施工合同", "淮安市金诚建设工程有限公司", 386500, dt.date(2023, 3, 12)],
            [None, None, None, None, None, None, dt.date(2023, 4, 10), 115950, "记-04-012", "预付30%"],
            [None, None, None, None, None, None, "2023.6.20", "154,600.00", "记-06-031", "进度款"],
            [None, None, None, None, None, None, "2023年9月15日", 96625, "记-09-008"],
            [None, None, "  累计已付", None, None, None, None, 367175, None, "未付19325.00"],
            [2, "YL-002", "后塘河塘清淤工程合同", "王德富", 28000, "2023/8/3"],
            [None, None, None, None, None, None, "2023/9/1", "贰万捌仟元整", "记-09-001", "一次付清"],
            [3, "YL-003", "幼儿园围墙修缮合同", "陈国平", 15600, "2023年11月2日", None, None, None, "尚未付款"],
            [None, "合计", None, None, 430100, None, None, 395175]]


def test_payment_lines_under_their_contract_are_payments_out(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "杨柳村2023年合同履约台账.xlsx", {"合同履约台账": _nested_contracts()}))
    contracts = records(store, "contract")
    assert [(c["code"], c["counterparty"], c["amount"]) for c in contracts] == [
        ("YL-001", "淮安市金诚建设工程有限公司", 386500.0), ("YL-002", "王德富", 28000.0), ("YL-003", "陈国平", 15600.0)]
    payments = records(store, "payment")
    assert [(p["date"], p["amount"], p["direction"], p["counterparty"], p["voucher"], p["contract"])
            for p in payments] == [
        ("2023-04-10", 115950.0, "out", "淮安市金诚建设工程有限公司", "记-04-012", "YL-001"),
        ("2023-06-20", 154600.0, "out", "淮安市金诚建设工程有限公司", "记-06-031", "YL-001"),
        ("2023-09-15", 96625.0, "out", "淮安市金诚建设工程有限公司", "记-09-008", "YL-001"),
        ("2023-09-01", 28000.0, "out", "王德富", "记-09-001", "YL-002")]
    assert {p["summary"] for p in payments[:3]} == {"村道硬化工程施工合同"}
    assert [p["source"]["row"] for p in payments] == [5, 6, 7, 10]
    contract_sheet, payment_sheet = (s for s in report.sheets if s.sheet == "合同履约台账")
    assert contract_sheet.kind == "contract" and payment_sheet.kind == "payment"
    assert "嵌套履约台账" in payment_sheet.note and "取自其上方的合同行" in payment_sheet.note
    # The contract pass says where each payment line went, not that it was empty.
    reasons = {item["row"]: item["reason"] for item in contract_sheet.skipped}
    assert "记为支出" in reasons[5] and "第 4 行" in reasons[5]
    assert "没有内容" not in "".join(reasons.values())
    assert "未识别的列" not in contract_sheet.note


def test_rent_receipts_under_their_lease_are_money_in(store, tmp_path: Path) -> None:
    rows = [["石桥村集体资源发包及租金收缴台账"],
            ["序号", "资源名称", "面积", "承包（承租）方", "承包期限", None, "年承包金(元)", "租金收缴情况", None, None],
            [None, None, None, None, "起", "止", None, "收款日期", "收款金额", "收据号"],
            [1, "东湖鱼塘", "85亩", "赵大勇", dt.date(2019, 1, 1), dt.date(2028, 12, 31), 42500],
            [None, None, None, None, None, None, None, dt.date(2022, 1, 12), 42500, "NO.0021537"],
            [None, None, None, None, None, None, None, dt.date(2023, 2, 20), 42500, "NO.0031102"],
            [2, "南坡果园", "48亩", "孙桂兰", "2023/1/1", "2032/12/31", 14400],
            [None, None, None, None, None, None, None, "2023/1/5", 14400, "NO.0031101"],
            [3, "机耕路边荒地", "6亩", "李长根", dt.date(2022, 3, 1), dt.date(2027, 2, 28), 1800],
            [None, "合计", None, None, None, None, 58700, None, 99400]]
    merges = ["E2:F2", "H2:J2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3"]
    import_one(store, write_xlsx(tmp_path / "石桥村租金收缴台账.xlsx", {"资源发包台账": rows},
                                 merges={"资源发包台账": merges}))
    assert [(r["name"], r["counterparty"], r["amount"]) for r in records(store, "resource")] == [
        ("东湖鱼塘", "赵大勇", 42500.0), ("南坡果园", "孙桂兰", 14400.0), ("机耕路边荒地", "李长根", 1800.0)]
    assert [(p["date"], p["amount"], p["direction"], p["counterparty"], p["summary"])
            for p in records(store, "payment")] == [
        ("2022-01-12", 42500.0, "in", "赵大勇", "东湖鱼塘"), ("2023-02-20", 42500.0, "in", "赵大勇", "东湖鱼塘"),
        ("2023-01-05", 14400.0, "in", "孙桂兰", "南坡果园")]


def test_a_contract_ledger_with_its_payment_on_its_own_row_stays_contracts(store, tmp_path: Path) -> None:
    """Look-alike: 已付金额 and 付款日期 on each contract's own row; no line under it is a payment."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "签订日期", "已付金额", "付款日期", "凭证号"],
            ["HT-01", "村部维修", "宏盛建筑", 89800, "2023-04-06", 44900, "2023-05-08", "记-05-006"],
            ["HT-02", "路灯安装", "明亮照明", 58600, "2023-07-11", 30000, "2023-08-05", "记-08-004"],
            ["HT-03", "围墙修缮", "陈国平", 15600, "2023-11-02", None, None, None]]
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"合同": rows}))
    assert [c["code"] for c in records(store, "contract")] == ["HT-01", "HT-02", "HT-03"]
    assert records(store, "payment") == []
    assert "嵌套履约台账" not in sheet_of(report).note


def test_a_payment_ledger_naming_its_contract_on_each_row_stays_payments(store, tmp_path: Path) -> None:
    """Look-alike: a 付款台账 gives each payment its contract's number and payee on its own row."""
    rows = [["合同编号", "收款单位", "付款日期", "付款金额", "凭证号"],
            ["HT-01", "宏盛建筑", "2023-05-08", 44900, "记-05-006"],
            ["HT-01", "宏盛建筑", "2023-07-30", 40410, "记-07-027"],
            ["HT-02", "明亮照明", "2023-08-05", 30000, "记-08-004"]]
    report = import_one(store, write_xlsx(tmp_path / "付款台账.xlsx", {"付款": rows}))
    assert [(p["amount"], p["counterparty"]) for p in records(store, "payment")] == [
        (44900.0, "宏盛建筑"), (40410.0, "宏盛建筑"), (30000.0, "明亮照明")]
    assert "嵌套履约台账" not in sheet_of(report).note


def test_a_journal_stays_a_journal(store, tmp_path: Path) -> None:
    """Look-alike: a 日记账 has no parent columns; its lines with a blank 对方单位 are entries."""
    rows = [["日期", "凭证号", "摘要", "对方单位", "收入金额", "支出金额"],
            ["2023-01-05", "记-01", "收东湖鱼塘承包金", "赵大勇", 42500, None],
            ["2023-01-08", "记-02", "付村道硬化预付款", "金诚建设", None, 115950],
            ["2023-01-09", "记-03", "付办公用品", None, None, 860],
            ["2023-01-12", "记-04", "付电费", None, None, 420]]
    report = import_one(store, write_xlsx(tmp_path / "现金日记账.xlsx", {"日记账": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [42500.0, 115950.0, 860.0, 420.0]
    assert "嵌套履约台账" not in sheet_of(report).note


def test_a_contract_whose_remark_says_unpaid_is_a_contract(store, tmp_path: Path) -> None:
    rows = [["序号", "合同编号", "合同名称", "乙方单位", "合同金额", "签订日期", "已付金额", "未付金额", "备注"],
            [1, "QJ-13", "法律顾问服务", "江苏淮瑞律师事务所", 6000, "2023-02-01", 6000, 0, None],
            [2, "QJ-14", "工程造价审计服务", "淮安市正衡工程造价咨询有限公司", 9800, "2023-09-18", 0, 9800, "未付"]]
    import_one(store, write_xlsx(tmp_path / "前进村合同及付款情况汇总表.xlsx", {"汇总表": rows}))
    assert [c["code"] for c in records(store, "contract")] == ["QJ-13", "QJ-14"]


def test_an_unpaid_line_with_its_label_in_the_remark_stays_skipped(store, tmp_path: Path) -> None:
    """Look-alike: a line of sums under a payment ledger, "未付金额" in its 备注, is no payment."""
    rows = [["付款日期", "摘要", "收款单位", "付款金额", "备注"],
            ["2023-04-10", "预付工程款", "金诚建设", 115950, None],
            ["2023-06-20", "进度款", "金诚建设", 154600, None],
            [None, None, None, 115950, "未付金额"]]
    report = import_one(store, write_xlsx(tmp_path / "工程款支付台账.xlsx", {"支付": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [115950.0, 154600.0]
    assert any("未付余额行" in item["reason"] for item in sheet_of(report).skipped)


PROJECT_HEADER = ["项目名称", "类型", "预算金额", "决策日期", "合同编号", "合同乙方", "合同金额", "签订日期", "备注"]


def test_contract_lines_under_their_project_are_contracts(store, tmp_path: Path) -> None:
    rows = [["河口村2022年工程项目及合同明细（单位：元）"], PROJECT_HEADER,
            ["河口村文体广场建设", "一事一议", "¥420,000.00", "2022-03-05"],
            [None, None, None, None, "HK2022-01", "淮安市金诚建设工程有限公司", 405600, "2022-04-02"],
            [None, None, None, None, "HK2022-02", "江苏体星体育设施有限公司", 36800, "2022-05-10"],
            ["河口村排灌沟渠疏浚", "小微工程", "9.8万", "2022-06-01"],
            [None, None, None, None, "HK2022-03", "周海军", 48000, "2022-06-15", "东片"],
            [None, None, None, None, "HK2022-04", "周海军", 46500, "2022-07-02", "西片"]]
    report = import_one(store, write_xlsx(tmp_path / "河口村工程项目及合同台账.xlsx", {"2022年": rows}))
    assert [(p["name"], p["budget"], p["decided_on"], p["contractor"]) for p in records(store, "project")] == [
        ("河口村文体广场建设", 420000.0, "2022-03-05", None), ("河口村排灌沟渠疏浚", 98000.0, "2022-06-01", None)]
    assert [(c["code"], c["counterparty"], c["amount"], c["signed_on"], c["project"])
            for c in records(store, "contract")] == [
        ("HK2022-01", "淮安市金诚建设工程有限公司", 405600.0, "2022-04-02", "河口村文体广场建设"),
        ("HK2022-02", "江苏体星体育设施有限公司", 36800.0, "2022-05-10", "河口村文体广场建设"),
        ("HK2022-03", "周海军", 48000.0, "2022-06-15", "河口村排灌沟渠疏浚"),
        ("HK2022-04", "周海军", 46500.0, "2022-07-02", "河口村排灌沟渠疏浚")]
    project_sheet, contract_sheet = report.sheets
    assert "所属项目（项目名称）取自其上方的项目行" in contract_sheet.note
    assert not project_sheet.rejected and "没有读到施工单位" not in project_sheet.note


def test_a_project_list_with_its_contract_on_its_own_row_stays_projects(store, tmp_path: Path) -> None:
    """Look-alike: each project's 施工单位 and 合同金额 on its own row: one record a row, of the kind the
    sheet's header says (as before), no second reading."""
    rows = [["项目名称", "预算金额", "施工单位", "合同金额", "签订日期"],
            ["村道硬化", 526000, "顺达路桥", 498000, "2023-03-20"],
            ["党群服务中心改造", 380000, "宏盛建筑", 356800, "2023-05-06"],
            ["公厕改造", 62000, "顺达路桥", 59800, "2023-10-30"]]
    report = import_one(store, write_xlsx(tmp_path / "项目台账.xlsx", {"项目": rows}))
    assert "嵌套履约台账" not in sheet_of(report).note
    assert len(records(store)) == 3


def test_a_contract_ledger_naming_its_project_on_each_row_stays_contracts(store, tmp_path: Path) -> None:
    """Look-alike: a 合同台账 with 项目名称 and 预算 on every contract's row."""
    rows = [["项目名称", "项目预算", "合同编号", "乙方", "合同金额", "签订日期"],
            ["村道硬化", 526000, "HK-01", "顺达路桥", 498000, "2023-03-20"],
            ["村道硬化", 526000, "HK-02", "华测检测", 8600, "2023-03-22"],
            ["公厕改造", 62000, "HK-09", "顺达路桥", 59800, "2023-10-30"]]
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"合同": rows}))
    assert "嵌套履约台账" not in sheet_of(report).note
    assert [c["code"] for c in records(store, "contract")] == ["HK-01", "HK-02", "HK-09"]
