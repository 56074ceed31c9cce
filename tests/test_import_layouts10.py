"""Layouts found in two more blind importer passes (12: 华东/华中, 13: 西北 and border provinces) that
used to misread rows.

Each test writes a real file (xlsx with openpyxl, csv) and imports it through
``importers.import_paths``:

- a lease's area whose unit is in a 计量单位 column of its own (亩 | 平方米), and its 成交价（元/年）;
- a 村务公开 table's 支出事项 is its 摘要, not an amount; a 一事一议 table's 村民代表会议议定时间;
- a 收支类别 column of 收入 / 支出 beside one 金额 column is the direction, and its 结余 line no entry;
- a workbook "收据登记与报账汇总": its 收款登记 sheet is money in, its 收据号码 the voucher, and a receipt
  voided beside the clerk's name ("王春花（作废）") is skipped;
- 凭证种类 | 凭证号 keeps the 收/付 word; 金蝶's "记 - 2" is 记-2;
- the 多栏式 ledger of an expense account (管理费用明细账): 借方 is money out, and its 借方金额分析
  columns analyse the 借方 rather than replace it;
- a platform's "共 7 条记录" with the total beside it is no contract;
- a 用友 journal whose 摘要 ends in "_name" (its 辅助核算) names the party there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, skipped_rows, write_csv, write_xlsx


def test_a_lease_area_in_the_unit_of_its_own_row(store, tmp_path: Path) -> None:
    """Before, 860 平方米 came in as 860 亩 and the 成交价（元/年） as no rent at all."""
    rows = [["标的名称", "承租方", "面积", "计量单位", "成交价（元/年）", "起始日期", "终止日期"],
            ["村口商铺", "金华市婺城区鑫源便利店", 860, "平方米", 18975, "2024-01-01", "2028-12-31"],
            ["东山坡地", "王建国", 12.5, "亩", 6250, "2024-01-01", "2033-12-31"],
            ["西畈鱼塘", "李小龙", "3.2亩", "平方米", 4800, "2024-03-01", "2029-02-28"]]
    import_one(store, write_csv(tmp_path / "婺城区资源性资产发包登记.csv", rows))
    leases = {r["name"]: r for r in records(store, "resource")}
    assert (leases["村口商铺"]["area"], leases["村口商铺"]["amount"]) == (1.29, 18975.0)
    assert leases["东山坡地"]["area"] == 12.5
    assert leases["西畈鱼塘"]["area"] == 3.2  # the unit written in the cell wins


def test_a_public_expense_table_describes_its_items_and_a_project_its_decision(store, tmp_path: Path) -> None:
    payments = [["日期", "支出事项", "金额（元）", "收款单位"],
                ["2024-04-08", "村部空调维修", 1850, "孝感市美的空调维修部"]]
    projects = [["项目名称", "施工单位", "预算金额（万元）", "村民代表会议议定时间", "开工时间"],
                ["村组道路硬化", "吉安县恒通建设有限公司", 36, "2023年3月18日", "2023-04-10"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘湾村2024年第二季度财务支出公开表.xlsx",
                                                  {"支出公开": payments})))
    import_one(store, write_xlsx(tmp_path / "永阳镇2023年一事一议财政奖补项目汇总表.xlsx", {"项目": projects}))
    [payment] = records(store, "payment")
    [project] = records(store, "project")
    assert (payment["summary"], payment["amount"], payment["direction"]) == ("村部空调维修", 1850.0, "out")
    assert not sheet.warnings
    assert project["decided_on"] == "2023-03-18"


def test_a_category_column_of_income_and_expense_is_the_direction(store, tmp_path: Path) -> None:
    """Before, 收支类别 was the 科目 "收入" of entries with no direction, and 结余 became a payment."""
    rows = [["查干淖尔嘎查2023年上半年收支登记表", None, None, None, None],
            ["日期", "单据编号", "收支类别", "事由", "金额"],
            ["2023-1-8", "S01", "收入", "收取冬季草场流转费", "26,000.00"],
            ["2023-1-19", "Z01", "支出", "春节慰问五保户", "2,400.00"],
            [None, None, "收入合计", None, "26,000.00"],
            [None, None, "支出合计", None, "2,400.00"],
            [None, None, "结余", None, "23,600.00"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "查干淖尔嘎查收支登记.xlsx", {"收支登记": rows})))
    assert [(p["direction"], p["amount"], p["account"]) for p in records(store, "payment")] == [
        ("in", 26000.0, None), ("out", 2400.0, None)]
    assert skipped_rows(sheet) == [5, 6, 7]


def test_a_receipt_book_beside_an_expense_register_in_one_workbook(store, tmp_path: Path) -> None:
    receipts = [["大墩村委会收款收据使用登记簿", None, None, None, None, None],
                ["开票日期", "收据号码", "交款单位（人）", "收款事由", "金额（小写）", "开票人"],
                [dt.date(2023, 3, 15), "0036503", "王康文", "交集体铺面租金", 4200, "王春花"],
                [dt.date(2023, 3, 15), "0036504", "王康文", "交集体铺面租金", 4200, "王春花（作废）"]]
    expenses = [["报账时间", "报账单号", "支出内容", "收款单位/个人", "报账金额"],
                ["2023年2月18日", "BZ-2023-008", "村委会办公楼防水维修", "琼中湾岭恒盛建筑装饰工程部", 7600]]
    report = import_one(store, write_xlsx(tmp_path / "大墩村收据登记与报账汇总.xlsx",
                                          {"收款登记": receipts, "支出报账": expenses}))
    payments = records(store, "payment")
    assert sorted((p["voucher"], p["direction"], p["amount"]) for p in payments) == [
        ("0036503", "in", 4200.0), ("BZ-2023-008", "out", 7600.0)]
    assert "作废" in sheet_of(report, "收款登记").skipped[0]["reason"]


def test_voucher_kinds_and_spaced_voucher_numbers(store, tmp_path: Path) -> None:
    """Before, 收-1 and 付-1 both came in as "1", and 金蝶's "记 - 2" kept its spaces."""
    cash = [["月", "日", "凭证种类", "凭证号", "摘要", "收入", "支出"],
            [1, 5, "收", 1, "收取场地租金", 1200, None],
            [1, 6, "付", 1, "购买办公用品", None, 320]]
    kingdee = [["日期", "凭证字号", "摘要", "借方", "贷方"],
               ["2023-03-02", "记 - 2", "收到草场承包费", 8000, None]]
    import_one(store, write_csv(tmp_path / "柴门村2023年现金日记账.csv", cash))
    import_one(store, write_csv(tmp_path / "互助村银行存款明细账.csv", kingdee))
    assert sorted(p["voucher"] for p in records(store, "payment")) == ["付-1", "收-1", "记-2"]


def test_an_expense_accounts_ledger_books_its_debits_as_money_out(store, tmp_path: Path) -> None:
    """Before, 借方 was read as in a cash book (money in), except on rows with an analysis column."""
    rows = [["管理费用明细账（多栏式）", None, None, None, None, None, None, None],
            ["2023年", None, "凭证号", "摘要", "借方", "贷方", "借方金额分析", None],
            ["月", "日", None, None, None, None, "办公费", "水电费"],
            [3, 6, "记3", "购买办公桌椅", 3840, None, 3840, None],
            [3, 18, "记7", "支付村委会一季度电费", 1265.4, None, None, 1265.4],
            [4, 12, "记15", "支付村干部报酬", 14400, None, None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "阿亚格曼干村管理费用明细账.xlsx", {"管理费用多栏账": rows},
                                                  merges={"管理费用多栏账": ["A2:B2", "G2:H2"]})))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [
        ("out", 3840.0), ("out", 1265.4), ("out", 14400.0)]
    assert "借方记为支出" in sheet.note


def test_a_cash_book_still_reads_its_debits_as_money_in(store, tmp_path: Path) -> None:
    rows = [["现金日记账", None, None, None],
            ["日期", "摘要", "借方", "贷方"],
            ["2023-03-06", "收取场地租金", 1200, None], ["2023-03-08", "支付电费", None, 300]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村现金日记账.xlsx", {"现金": rows})))
    assert [p["direction"] for p in records(store, "payment")] == ["in", "out"]
    assert "借方记为支出" not in sheet.note


def test_a_platform_count_line_with_the_total_is_no_contract(store, tmp_path: Path) -> None:
    """Before, "共 7 条记录 | 62.7860" became a contract of 627,860 元."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额（万元）", "签订日期"],
            ["BJY-001", "苹果园提灌站改造工程", "延川县兴盛水利工程有限公司", "18.65", "2022-03-22"],
            ["共 1 条记录", None, None, "18.65", None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "白家塬村合同台账.csv", rows)))
    assert [c["amount"] for c in records(store, "contract")] == [186500.0]
    assert skipped_rows(sheet) == [3]


def test_a_party_written_after_an_underscore_in_the_summary(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号数", "摘要", "借方", "贷方"],
            ["2023-07-03", "记-0041", "收打草场承包费_其木格", "18,000.00", None],
            ["2023-07-03", "记-0042", "付光伏板维护费_锡林浩特市绿能新能源科技有限公司", None, "6,500.00"],
            ["2023-07-03", None, "本日合计", "18,000.00", "6,500.00"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "巴彦图嘎查银行存款日记账.csv", rows)))
    assert [p["counterparty"] for p in records(store, "payment")] == ["其木格", "锡林浩特市绿能新能源科技有限公司"]
    assert "下划线后的名称记为往来单位" in sheet.note


def test_an_occasional_underscore_names_no_party(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "收款单位", "支出"],
            ["2023-07-03", "付电费_7月", "国网供电公司", 300], ["2023-07-05", "付保洁费", "周玉兰", 800],
            ["2023-07-09", "购买办公用品", "文华商店", 120]]
    import_one(store, write_csv(tmp_path / "石桥村支出明细.csv", rows))
    assert [p["counterparty"] for p in records(store, "payment")] == ["国网供电公司", "周玉兰", "文华商店"]
