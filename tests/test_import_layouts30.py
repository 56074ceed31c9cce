"""Layouts of blind pass 30 (the working sheets of a village finance audit) that used to lose rows
silently or read the wrong party.

Each test writes a real file (xlsx with openpyxl, an HTML table saved as .xls) and imports it
through ``importers.import_paths``, or checks a pure function on a table:

- a 资源清查登记表 with a 编号 and a 四至 column is a table, not one "card" made of its header
  and every row below it;
- the payee and payer words of audit lists name the other party: 出具人（收款人） of a 白条,
  借款人（单位） of a 借出款项清理表;
- in a book of money received, the payer (交款单位（人）) is the other party, not the 收款人 who
  signed every receipt for the village;
- a 白条入账清单 and a 借出款项清理表 list money paid out;
- a contract amount written as a rate ("1.2万元/年") is said to be one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.cards import is_card_row
from importers.synonyms import match_column
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx

# --- a table whose header pairs like a card ---------------------------------------------------------

RESOURCE_HEADER = ["编号", "资源类别", "土名（坐落）", "面积（亩）", "四至", "利用现状", "承包（租）方", "承包期限",
                   "年承包费（元）", "备注"]


def test_a_resource_register_with_code_and_boundaries_is_read_as_a_table(store, tmp_path: Path) -> None:
    """Before, the header row started a "card" that swallowed every row below it: the six parcels
    were lost without a word and the header itself became a record (code 资源类别)."""
    rows = [["王家村集体资源清查登记表"] + [None] * 9,
            ["清查日期：2024年3月"] + [None] * 9,
            RESOURCE_HEADER,
            ["ZY-01", "水面", "后山塘", 12.5, "东至山脚 西至机耕路", "发包", "郑海", "2021.1.1—2030.12.31", 8000, None],
            ["ZY-02", "林地", "大岭背", 320, "东至下塘村界", "流转", "浙江绿源农业开发有限公司", "2021.4.1—2041.3.31",
             7500, None],
            ["ZY-03", "耕地", "王家畈", 46.8, "南至溪", "发包", "王国强", "2019.3.1—2024.2.28", 28080, None],
            ["ZY-04", "建设用地", "村部东侧厂房", 3.2, None, "出租", "宁波精工模具厂", "2019.1.1—2023.12.31", 26000,
             "到期未续"],
            ["ZY-05", "四荒地", "乌龟山", 85, None, "闲置", None, None, None, None],
            ["合计", None, None, 467.5, None, None, None, None, 69580, None]]
    report = import_one(store, write_xlsx(tmp_path / "王家村集体资源清查登记表.xlsx", {"资源清查": rows},
                                          merges={"资源清查": ["A1:J1"]}))
    sheet = sheet_of(report)
    assert (sheet.kind, sheet.header_row, sheet.imported) == ("resource", 3, 5)
    assert "卡片" not in sheet.note
    got = by_row(records(store, "resource"))
    assert {row: (r["code"], r["name"], r["area"], r["counterparty"], r["amount"], r["started_on"])
            for row, r in got.items()} == {
        4: ("ZY-01", "后山塘", 12.5, "郑海", 8000.0, "2021-01-01"),
        5: ("ZY-02", "大岭背", 320.0, "浙江绿源农业开发有限公司", 7500.0, "2021-04-01"),
        6: ("ZY-03", "王家畈", 46.8, "王国强", 28080.0, "2019-03-01"),
        7: ("ZY-04", "村部东侧厂房", 3.2, "宁波精工模具厂", 26000.0, "2019-01-01"),
        8: ("ZY-05", "乌龟山", 85.0, None, None, None),
    }


@pytest.mark.parametrize(("row", "card"), [
    (RESOURCE_HEADER, False),  # one label of five pairs with a word the synonyms do not know
    (["编号", "土名", "四至", "利用现状", "承包方", "年租金"], False),
    (["卡片编号", "SL-ZC-003", "资产名称", "村委会办公楼", "类别", "房屋及建筑物"], True),
    (["姓名", "张三", "职务", "会计"], True),  # half the values are header words: still a card
    (["购置日期", "2010-01-01", "使用状况", "自用", "存放地点", "村委会"], True),
])
def test_a_card_row_has_values_of_its_own_for_at_least_half_its_labels(row: list[object], card: bool) -> None:
    assert is_card_row(3, row) is card


# --- the other party of audit lists ---------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "出具人（收款人）", "出具人", "出具单位", "白条出具人", "借款人（单位）", "借款人", "借款单位", "借款人姓名",
    "欠款人", "欠款单位（个人）", "债务人", "出借人",
    "签收人（收款人）", "具名人（领款单位）",  # a person the synonyms do not know, explained by its bracket
])
def test_audit_list_party_headers_name_the_counterparty(header: str) -> None:
    found = match_column("", header, "payment")
    assert found is not None and found.field == "counterparty"


@pytest.mark.parametrize("header", ["经手人（收款人）", "出具日期", "借款金额", "借款事由"])
def test_other_audit_list_headers_stay_what_they_are(header: str) -> None:
    found = match_column("", header, "payment")
    assert found is None or found.field != "counterparty"


def test_a_white_slip_list_is_spending_paid_to_who_wrote_the_slip(store, tmp_path: Path) -> None:
    """Before, neither the payee (出具人（收款人）) nor the direction was read: every slip came in
    without a party and without a side."""
    rows = [["石桥村白条入账清单"] + [None] * 6,
            ["入账日期", "凭证号", "白条内容", "出具人（收款人）", "金额(元)", "有无审批签字", "审计意见"],
            [dt.date(2021, 3, 12), "记-08", "挖机台班费", "陈卫东", 3600, "无", "应取得正式发票"],
            [dt.date(2021, 7, 5), "记-21", "招待餐费", "石桥饭庄", 1280, "有", "白条入账"],
            ["2021年小计", None, None, None, 4880, None, None]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村白条入账清单.xlsx", {"白条入账": rows}))
    got = by_row(records(store, "payment"))
    assert {row: (p["date"], p["direction"], p["counterparty"], p["amount"]) for row, p in got.items()} == {
        3: ("2021-03-12", "out", "陈卫东", 3600.0),
        4: ("2021-07-05", "out", "石桥饭庄", 1280.0),
    }
    note = sheet_of(report).note
    assert "收支方向记为支出" in note and "看不出是收入还是支出" not in note and "没有读到往来单位" not in note


@pytest.mark.parametrize(("sheet", "direction"), [
    ("不合规票据入账明细", "out"),
    ("白条抵库清单", "out"),
    ("白条收款登记", "in"),  # money received against a 白条: the 收款 says so
    ("借出款项清理表", "out"),
    ("借出款收回登记", None),  # the loans coming back: no side is guessed
])
def test_which_audit_lists_are_spending(store, tmp_path: Path, sheet: str, direction: str | None) -> None:
    rows = [["日期", "摘要", "收款人", "金额"], ["2022-05-06", "购水泥", "王五", 900]]
    import_one(store, write_xlsx(tmp_path / "石桥村审计底稿.xlsx", {sheet: rows}))
    [payment] = records(store, "payment")
    assert payment["direction"] == direction


def test_money_lent_out_is_owed_by_the_borrower(store, tmp_path: Path) -> None:
    rows = [["下塘村借出款项清理表"] + [None] * 6,
            ["借款日期", "凭证号", "借款人（单位）", "借款事由", "借出金额", "已归还金额", "未归还余额"],
            ["2020-05-18", "记-12", "王志强", "个人周转", 20000, 5000, 15000],
            ["2021-02-03", "记-05", "宁海县顺发土石方工程队", "预付土方款", 50000, 0, 50000]]
    import_one(store, write_xlsx(tmp_path / "下塘村借出款项清理表.xlsx", {"借出款项": rows}))
    got = by_row(records(store, "payment"))
    assert {row: (p["counterparty"], p["amount"], p["direction"]) for row, p in got.items()} == {
        3: ("王志强", 20000.0, "out"),
        4: ("宁海县顺发土石方工程队", 50000.0, "out"),
    }


# --- receipt books: the payer is the other party ---------------------------------------------------

RECEIPT_HEADER = ["开票日期", "收据号码", "交款单位（人）", "收款事由", "金额（小写）", "收款人", "备注"]
RECEIPTS = [["2023-01-09", "0023501", "枫林村水产养殖户 郑海", "鱼塘承包费", "3,000.00", "李娟", None],
            ["2023-01-15", "0023502", "枫林竹木加工厂", "厂房租金", "12,000.00", "李娟", None],
            ["2023-02-20", "0023504", None, "停车场管理费", "850.00", "李娟", None]]


def _html_xls(path: Path, rows: list[list[object]]) -> Path:
    """An HTML table saved as .xls, as 三资 platforms export them."""
    cells = "".join("<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>" for row in rows)
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><table>{cells}</table></body></html>',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("title", ["收款收据使用登记簿", "票据登记簿"])
def test_in_a_receipt_book_the_payer_is_the_counterparty(store, tmp_path: Path, title: str) -> None:
    """Before, the 收款人 (the village's cashier, on every receipt) was taken for the other party of
    every entry, silently: the payers were lost and the cashier looked like a counterparty."""
    report = import_one(store, _html_xls(tmp_path / "枫林村票据登记簿2023.xls", [[title], RECEIPT_HEADER, *RECEIPTS]))
    got = by_row(records(store, "payment"))
    assert {row: (p["counterparty"], p["handler"], p["amount"]) for row, p in got.items()} == {
        3: ("枫林村水产养殖户 郑海", "李娟", 3000.0),
        4: ("枫林竹木加工厂", "李娟", 12000.0),
        5: (None, "李娟", 850.0),  # a blank payer is left blank, never filled with the cashier
    }
    assert "“收款人”是本村开票收款的人" in sheet_of(report).note


def test_a_book_of_both_sides_keeps_whichever_party_is_filled(store, tmp_path: Path) -> None:
    """No name says which side: a 收支登记 that fills 交款人 on its receipts and 收款人 on its payments
    is no receipt book, and its payees stay the party of its payments."""
    rows = [["枫林村收支登记"],
            ["日期", "摘要", "交款人", "收款人", "金额"],
            ["2023-01-09", "鱼塘承包费", "郑海", None, 3000],
            ["2023-01-12", "付水泥款", None, "青石建材经营部", 4200],
            ["2023-01-20", "付保洁费", None, "王美芳", 600]]
    import_one(store, write_xlsx(tmp_path / "枫林村收支登记.xlsx", {"收支": rows}))
    got = by_row(records(store, "payment"))
    assert {row: p["counterparty"] for row, p in got.items()} == {3: "郑海", 4: "青石建材经营部", 5: "王美芳"}


def test_in_a_book_of_spending_the_payee_stays_the_counterparty(store, tmp_path: Path) -> None:
    rows = [["石桥村村级资金支出明细"],
            ["日期", "摘要", "付款单位", "收款单位", "金额"],
            ["2023-04-02", "付路灯款", "石桥村股份经济合作社", "青石镇亮化电器经营部", 45600],
            ["2023-05-10", "付保洁费", "石桥村股份经济合作社", "王美芳", 3000]]
    import_one(store, write_xlsx(tmp_path / "石桥村支出明细.xlsx", {"支出": rows}))
    got = by_row(records(store, "payment"))
    assert {row: (p["counterparty"], p["direction"]) for row, p in got.items()} == {
        3: ("青石镇亮化电器经营部", "out"), 4: ("王美芳", "out")}


def test_in_a_bank_book_of_money_received_the_paying_unit_is_the_counterparty(store, tmp_path: Path) -> None:
    rows = [["石桥村银行进账登记"],
            ["日期", "摘要", "付款单位", "收款单位", "金额", "经办人"],
            ["2023-04-02", "厂房租金", "宁波精工模具厂", "石桥村股份经济合作社", 26000, "周会计"]]
    import_one(store, write_xlsx(tmp_path / "石桥村进账登记.xlsx", {"进账": rows}))
    [payment] = records(store, "payment")
    assert (payment["counterparty"], payment["direction"], payment["handler"]) == ("宁波精工模具厂", "in", "周会计")


# --- a contract amount written as a rate ------------------------------------------------------------


def test_a_contract_amount_written_per_year_is_said_to_be_a_rate(store, tmp_path: Path) -> None:
    rows = [["合同编号", "合同名称", "对方", "金额", "签订日期", "到期日"],
            ["FL-2020-01", "竹木加工厂房租赁", "枫林竹木加工厂", "1.2万元/年", "2019-12-20", "2024-12-31"],
            ["FL-2022-01", "文化礼堂装修工程", "宁波甬城装饰工程有限公司", "18.65万元", "2022-03-18", "2022-07-31"]]
    report = import_one(store, write_xlsx(tmp_path / "枫林村合同清理.xlsx", {"合同清理": rows}))
    got = by_row(records(store, "contract"))
    assert (got[2]["amount"], got[3]["amount"]) == (None, 186500.0)
    assert [(w["row"], w["value"], w["reason"]) for w in sheet_of(report).warnings] == [
        (2, "1.2万元/年", "写的是单价（每年），不是合同总额，未作合同金额导入，已保留原值")]
