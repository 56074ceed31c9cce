"""Layouts found in importer QA pass 8 (30 files written blind) that used to misread rows.

Each test writes a real file (xlsx with openpyxl, xls with xlwt, csv) and
imports it through ``importers.import_paths``:

- a 报账单登记 or 资金支付审批 register (no 收入/支出 column) is money going out;
- headers: a works contract's 承建单位名称, a receipt book's 缴款单位, a lease's
  租赁起始 / 租赁终止, a reimbursement register's 报账日期 / 报账事由 / 报账金额;
- a progress table with both 计划开工 and 实际开工: the actual date, and no
  start date at all for a project not started (the plan is no stand-in).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

# --- direction from the register's name ---------------------------------------------------------------


def test_reimbursement_and_payment_approval_registers_are_money_out(store, tmp_path: Path) -> None:
    """Before, their rows had no direction: the title words 报账 and 支付 were not read."""
    reimbursed = [["柳河村2023年村级报账单登记表", None, None, None],
                  ["报账日期", "报账事由", "报账金额（元）", "领款人"],
                  [dt.date(2023, 4, 3), "差旅费", 860, "周玉兰"]]
    approved = [["申请日期", "付款事由", "收款单位", "金额（小写）"],
                ["2023年2月10日", "工程进度款", "浙江永盛建设有限公司", "¥12,500.00"]]
    import_one(store, write_xlsx(tmp_path / "报账登记.xlsx", {"报账登记": reimbursed}))
    import_one(store, write_xlsx(tmp_path / "大坪村资金支付审批单汇总.xlsx", {"审批": approved}))
    payments = records(store, "payment")
    assert [(p["amount"], p["direction"]) for p in payments] == [(860.0, "out"), (12500.0, "out")]


def test_the_township_reimbursement_centre_names_no_direction(store, tmp_path: Path) -> None:
    """A 报账中心 keeps the village's income too: its flow of single amounts is not all money out."""
    rows = [["青山镇报账中心石桥村2023年收支流水", None, None],
            ["日期", "摘要", "金额（元）"],
            [dt.date(2023, 4, 3), "收到土地租金", 8600],
            [dt.date(2023, 4, 5), "支付保洁费", -1200]]
    import_one(store, write_xlsx(tmp_path / "报账中心流水.xlsx", {"流水": rows}))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(8600.0, None), (1200.0, "out")]


# --- synonyms ---------------------------------------------------------------------------------------


def test_a_works_contract_names_its_builder_as_the_counterparty(store, tmp_path: Path) -> None:
    """Before, '承建单位\\n名称' matched nothing and the contract had no counterparty."""
    rows = [["序\n号", "合同\n编号", "工程\n名称", "承建单位\n名称", "合同金额\n（元）", "签订\n日期"],
            [1, "DP-GC-01", "村道拓宽工程", "浙江永盛建设有限公司", 120000, dt.date(2023, 1, 12)]]
    import_one(store, write_xlsx(tmp_path / "大坪村工程合同备案表.xlsx", {"备案表": rows}))
    [contract] = records(store, "contract")
    assert contract["counterparty"] == "浙江永盛建设有限公司"


def test_a_receipt_book_names_who_paid_in(store, tmp_path: Path) -> None:
    """Before, the 缴款单位 column was left in the raw row and the payment had no counterparty."""
    rows = [["日期", "收入项目", "缴款单位", "金额", "票据号"],
            [dt.date(2023, 1, 8), "鱼塘承包费", "周玉兰", 3500, "No.3300"]]
    import_one(store, write_xls(tmp_path / "柳河村2023年收入明细.xls", {"收入明细": rows}))
    [payment] = records(store, "payment")
    assert (payment["counterparty"], payment["direction"]) == ("周玉兰", "in")


def test_a_lease_term_written_as_start_and_end_of_the_lease(store, tmp_path: Path) -> None:
    """Before, 租赁起始 / 租赁终止 were not read: the lease had no term."""
    rows = [["房屋名称", "面积(平方米)", "承租人", "租金(元/年)", "租赁起始", "租赁终止"],
            ["村集体店面1号", 45, "李大海", "12000", "2020-01-01", "2022/12/31"]]
    import_one(store, write_csv(tmp_path / "桥头村集体房屋出租登记.csv", rows, encoding="gbk"))
    [lease] = records(store, "resource")
    assert (lease["started_on"], lease["ended_on"]) == ("2020-01-01", "2022-12-31")


# --- planned and actual dates -------------------------------------------------------------------------


def test_the_actual_start_is_read_and_a_plan_never_stands_in_for_it(store, tmp_path: Path) -> None:
    """Before, the 计划开工 column won over 实际开工, and a project not started got the planned date."""
    rows = [["项目", "合同价（万元）", "承建方", "计划开工", "实际开工", "完工"],
            ["桥头村道路项目", 18.4, "浙江永盛建设有限公司", dt.date(2023, 1, 1), dt.date(2023, 1, 13),
             dt.date(2023, 3, 14)],
            ["桥头村凉亭项目", 13.8, "开化县绿野劳务有限公司", dt.date(2023, 5, 1), None, None]]
    import_one(store, write_xlsx(tmp_path / "桥头村项目进度表.xlsx", {"2023": rows}))
    projects = by_row(records(store, "project"))
    assert projects[2]["started_on"] == "2023-01-13"
    assert projects[3]["started_on"] is None


# --- a party column the synonyms do not know --------------------------------------------------------


def test_unknown_columns_that_may_hold_the_payee_are_named_in_the_sheets_note(store, tmp_path: Path) -> None:
    """Before, '结算对象' stayed in the raw row without a word, and every payment had no payee. One such
    column is now read by its words (``importers.inference``); of two, neither is chosen, and the note
    names both."""
    rows = [["日期", "摘要", "支出", "结算对象", "开票单位", "经办人"],
            [dt.date(2023, 1, 5), "付材料款", 1200, "宏达建设", "宏达建设有限公司", "王强"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村支出.xlsx", {"支出": rows})))
    assert "没有读到往来单位（收付款人、相对方）：“结算对象”“开票单位”一列未导入" in sheet.note
    assert "经办人" not in sheet.note
    assert [p["counterparty"] for p in records(store, "payment")] == [None]


def test_no_word_when_the_payee_is_read_or_only_a_handler_column_is_left(store, tmp_path: Path) -> None:
    read = [["日期", "摘要", "支出", "收款单位", "往来对象备注"], [dt.date(2023, 1, 5), "付材料款", 1200, "宏达建设", "无"]]
    handlers = [["日期", "摘要", "支出", "经办单位", "审核人"], [dt.date(2023, 1, 5), "付电费", 300, "村委会", "李四"]]
    first = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村支出.xlsx", {"支出": read})))
    second = sheet_of(import_one(store, write_xlsx(tmp_path / "马吉村支出.xlsx", {"支出": handlers})))
    assert "没有读到" not in first.note and "没有读到" not in second.note


# --- blind pass 9: headers that were not known --------------------------------------------------------


def test_contract_terms_written_as_start_and_end_of_the_contract(store, tmp_path: Path) -> None:
    """Before, 履约开始 / 履约结束 and 合同开始 / 合同结束 were read as nothing: no term at all."""
    fulfilment = [["合同编号", "合同名称", "乙方", "合同金额", "签订日期", "履约开始", "履约结束"],
                  ["LY-01", "村道修补", "宏达建设", "86,500.00", "2022-03-10", "2022-03-15", "2022-05-30"]]
    contract = [["合同编号", "合同名称", "乙方", "合同金额", "签订日期", "合同开始", "合同结束"],
                ["SW-01", "保洁服务", "洁美保洁", 18600, "2023-01-01", "2023-01-01", "2023-12-31"]]
    import_one(store, write_xlsx(tmp_path / "梨园村合同台账.xlsx", {"合同": fulfilment}))
    import_one(store, write_xlsx(tmp_path / "沙湾村合同管理台账.xlsx", {"合同": contract}))
    assert sorted((c["code"], c["started_on"], c["ended_on"]) for c in records(store, "contract")) == [
        ("LY-01", "2022-03-15", "2022-05-30"), ("SW-01", "2023-01-01", "2023-12-31")]


def test_a_cash_book_payee_written_收付款人_and_a_reimbursement_slip_number(store, tmp_path: Path) -> None:
    rows = [["鹤鸣村2023年现金日记账", None, None, None, None],
            ["日期", "报账单编号", "摘要", "收/付款人", "支出"],
            [dt.date(2023, 1, 6), "BZ2023-031", "付保洁费", "李桂英", 600]]
    import_one(store, write_xlsx(tmp_path / "鹤鸣村2023年现金日记账.xlsx", {"1月": rows}))
    assert [(p["voucher"], p["counterparty"]) for p in records(store, "payment")] == [("BZ2023-031", "李桂英")]
