"""Layouts of blind set qa115 (物资采购, 零星采购, 收发存 and 慰问品 ledgers) that used to be misread:

- a purchase ledger's blank 金额 (or a formula with no saved result) beside its 数量 and 单价: the row was
  rejected; its amount is 数量 × 单价, with a warning. A 金额 written is kept, with a warning where it
  differs from the product; a 单价 alone, a lease's 数量 in 亩 and a stock ledger's 结存 give no amount;
- a 慰问品 purchase sheet (品名 | 数量 | 单价 | 金额 | 供应商 | 购买日期) read as assets, its supplier lost: it is a
  purchase ledger, money paid to the supplier; an asset register with a column of its own stays one;
- a csv 收发存 ledger with a two-line header (入库 | | | 出库 | | | 结存 over 数量 | 单价 | 金额 …): the
  second line was the header, so 日期 and 供应商 were lost; its 出库 rows became payments. The 入库 rows
  are the purchases, the 出库 rows are skipped, the 结存 columns are no amount;
- a 慰问品 发放登记 (户主姓名 | 慰问品 | 折合金额) became 140 yuan payments to each household: no money moved
  there (it went to the shop), so the sheet is not imported, with a note; a 慰问金 发放表 still pays money.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

PURCHASE_HEADER = ["序号", "采购日期", "品名", "规格", "数量", "单位", "单价（元）", "金额（元）", "供应商", "经办人"]


def _warnings_of(sheet, row: int) -> list[str]:
    return [w["reason"] for w in sheet.warnings if w["row"] == row]


def test_a_blank_amount_is_quantity_times_price(store, tmp_path: Path) -> None:
    rows = [["李家坝村2023年物资采购台账"], PURCHASE_HEADER,
            [1, "2023-04-03", "香樟树苗", "胸径3cm", 45, "株", 43, None, "绿源苗木", "李明"],
            [2, "2023-04-08", "杉木苗", "1年生", 300, "株", 4.5, "", "绿源苗木", "李明"],
            [3, "2023-04-12", "铁锹", "", 10, "把", 39, 390, "红旗五金", "李明"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家坝村物资采购台账.xlsx", {"采购台账": rows})))
    got = by_row(records(store, "payment"))
    assert [got[row]["amount"] for row in (3, 4, 5)] == [1935.0, 1350.0, 390.0]
    assert got[3]["direction"] == "out" and got[3]["counterparty"] == "绿源苗木"
    assert not sheet.rejected
    assert any("金额按数量×单价算出" in reason and "45 × 43.00" in reason for reason in _warnings_of(sheet, 3))
    assert any("金额按数量×单价算出" in reason for reason in _warnings_of(sheet, 4))
    assert _warnings_of(sheet, 5) == []


def test_a_formula_without_a_saved_result_is_quantity_times_price(store, tmp_path: Path) -> None:
    rows = [PURCHASE_HEADER,
            [1, "2023-05-06", "水泥", "P.O42.5", 120, "袋", 8.5, "=E2*G2", "振兴建材", "李明"],
            [2, "2023-05-09", "河沙", "", 12, "方", 150, 1800, "振兴建材", "李明"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "物资采购台账.xlsx", {"采购台账": rows})))
    got = by_row(records(store, "payment"))
    assert got[2]["amount"] == 1020.0
    assert not sheet.rejected
    assert any("金额按数量×单价算出" in reason and "公式" in reason for reason in _warnings_of(sheet, 2))


def test_a_written_amount_wins_and_a_difference_is_warned(store, tmp_path: Path) -> None:
    """Never the product over a 金额 written: 36 × 52.78 = 1900.08 written 1900 is rounding, 1,500 is not."""
    rows = [PURCHASE_HEADER,
            [1, "2023-11-02", "水泥", "", 36, "袋", 52.78, 1900, "振兴建材", "李明"],
            [2, "2023-11-03", "碎石", "", 20, "方", 102, 1500, "振兴建材", "李明"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "物资采购台账.xlsx", {"采购台账": rows})))
    got = by_row(records(store, "payment"))
    assert [got[2]["amount"], got[3]["amount"]] == [1900.0, 1500.0]
    assert _warnings_of(sheet, 2) == []
    assert any("金额与数量×单价不符" in reason and "2040.00" in reason for reason in _warnings_of(sheet, 3))


def test_a_price_alone_gives_no_amount(store, tmp_path: Path) -> None:
    """Look-alike: without a 数量 the 单价 is no sum paid; the row is still rejected for its blank 金额."""
    rows = [["采购日期", "品名", "单价（元）", "金额（元）", "供应商"],
            ["2023-04-03", "香樟树苗", 43, None, "绿源苗木"],
            ["2023-04-08", "杉木苗", 4.5, 1350, "绿源苗木"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "物资采购台账.xlsx", {"采购台账": rows})))
    assert [r["amount"] for r in records(store, "payment")] == [1350.0]
    assert [r["row"] for r in sheet.rejected] == [2]


def test_a_lease_quantity_in_mu_stays_a_lease(store, tmp_path: Path) -> None:
    """Look-alike: a lease register's 数量（亩） and 单价（元/亩） are no purchase; its rent is read as before."""
    rows = [["发包项目", "承包方", "面积（亩）", "单价（元/亩）", "年租金（元）", "承包起止日期"],
            ["东坡旱地", "王大海", 12, 500, None, "2021.1.1-2030.12.31"],
            ["西湾鱼塘", "李小平", 8, 600, 4800, "2020.1.1-2029.12.31"]]
    sheet_of(import_one(store, write_xlsx(tmp_path / "村集体资源发包台账.xlsx", {"发包": rows})))
    assert records(store, "payment") == []
    assert [r["amount"] for r in records(store, "resource")] == [6000.0, 4800.0]


def test_a_gift_purchase_sheet_is_payments_to_its_suppliers(store, tmp_path: Path) -> None:
    rows = [["东湖村2024年春节慰问品采购明细"], ["单位：元"],
            ["序号", "购买日期", "品名", "规格", "数量", "单位", "单价（元）", "金额（元）", "供应商", "经办人", "验收人"],
            [1, "2024.1.20", "大米", "10kg", 28, "袋", 68, 1904, "东湖便民超市", "徐丽娟", "程立军"],
            [2, "2024.1.21", "食用油", "5L", 28, "桶", 72, 2016, "乐购超市", "徐丽娟", "程立军"],
            [None, "合计", None, None, None, None, None, 3920, None, None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东湖村2024年春节慰问品采购及发放.xlsx",
                                                  {"慰问品采购": rows})))
    assert sheet.kind == "payment" and records(store, "asset") == []
    got = records(store, "payment")
    assert [(r["date"], r["amount"], r["counterparty"], r["direction"]) for r in got] == [
        ("2024-01-20", 1904.0, "东湖便民超市", "out"), ("2024-01-21", 2016.0, "乐购超市", "out")]
    assert "按采购台账读取" in sheet.note


def test_an_asset_register_with_a_supplier_stays_assets(store, tmp_path: Path) -> None:
    """Look-alike: an asset register that names each thing's 供应商 and 单价 keeps a column of its own
    (存放地点, 使用部门): it stays an asset register."""
    rows = [["品名", "规格", "数量", "单价", "金额", "购置日期", "供应商", "存放地点"],
            ["台式电脑", "联想", 3, 3100, 9300, "2023-06-12", "红旗电脑城", "村委会办公室"],
            ["立式空调", "格力3匹", 1, 6980, 6980, "2023-07-01", "东湖家电", "会议室"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家坝村办公设备登记.xlsx", {"设备": rows})))
    assert sheet.kind == "asset"
    assert [r["name"] for r in records(store, "asset")] == ["台式电脑", "立式空调"]
    assert "按采购台账读取" not in sheet.note


def test_a_fixed_asset_purchase_sheet_stays_assets(store, tmp_path: Path) -> None:
    """Look-alike: a 固定资产购置 sheet with 原值 beside its 供应商 is the asset register."""
    rows = [["资产名称", "数量", "单价", "原值", "购置日期", "供应商"],
            ["台式电脑", 3, 3100, 9300, "2023-06-12", "红旗电脑城"],
            ["打印机", 1, 1680, 1680, "2023.6.12", "红旗电脑城"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家坝村2023年物资采购台账.xlsx", {"固定资产购置": rows})))
    assert sheet.kind == "asset"
    assert [r["amount"] for r in records(store, "asset")] == [9300.0, 1680.0]


STOCK_LEDGER = [
    ["日期", "单据号", "摘要", "品名", "供应商/领用人", "入库", "", "", "出库", "", "", "结存", "", ""],
    ["", "", "", "", "", "数量", "单价", "金额", "数量", "单价", "金额", "数量", "单价", "金额"],
    ["2023-01-01", "", "上年结转", "水泥", "", "", "", "", "", "", "", 40, "26.00", "1040.00"],
    ["2023-03-06", "入001", "购入水泥", "水泥", "振兴建材", 60, "27.00", "1620.00", "", "", "", 100, "27.00", "2660.00"],
    ["2023-03-10", "出001", "领用 三组水渠修补", "水泥", "张国庆", "", "", "", 50, "27.00", "1350.00", 50, "27.00",
     "1310.00"],
    ["2023-03-18", "入002", "购入河沙", "河沙", "黄冈市振兴建材有限公司", 12, "150.00", "", "", "", "", 12, "150.00",
     "1800.00"],
    ["", "", "3月合计", "", "", "", "", "3420.00", "", "", "1350.00", "", "", ""],
    ["记账：胡美兰", "", "", "", "保管：张国庆", "", "", "", "", "", "", "", "", ""],
]


def test_a_csv_stock_ledger_reads_its_two_line_header(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "王店村2023年材料收发存明细账.csv", STOCK_LEDGER, encoding="utf-8-sig")
    sheet = sheet_of(import_one(store, path))
    got = by_row(records(store, "payment"))
    assert sorted(got) == [4, 6]
    assert [(got[row]["date"], got[row]["counterparty"], got[row]["direction"], got[row]["amount"])
            for row in (4, 6)] == [("2023-03-06", "振兴建材", "out", 1620.0),
                                   ("2023-03-18", "黄冈市振兴建材有限公司", "out", 1800.0)]
    # The blank 入库 金额 of row 6 is its own 数量 × 单价, not the 结存's.
    assert any("金额按数量×单价算出" in reason for reason in _warnings_of(sheet, 6))
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert "出库" in reasons[5] and "不涉及资金" in reasons[5]
    assert "收发存" in sheet.note and "日期" not in sheet.note.partition("未识别的列")[2]


def test_a_lone_text_over_a_csv_header_is_no_parent_row(store, tmp_path: Path) -> None:
    """Look-alike: one text alone over the header (the village) is a title line, not the header's parents."""
    rows = [["王店村", "", "", ""], ["日期", "摘要", "金额", "供应商"],
            ["2023-03-06", "购入水泥", "1620.00", "振兴建材"], ["2023-03-18", "购入河沙", "1800.00", "振兴建材"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "王店村零星支出.csv", rows)))
    assert sheet.header_row == 2
    assert [(r["date"], r["amount"], r["counterparty"]) for r in records(store, "payment")] == [
        ("2023-03-06", 1620.0, "振兴建材"), ("2023-03-18", 1800.0, "振兴建材")]


def test_a_cash_book_with_income_expense_and_balance_is_no_stock_ledger(store, tmp_path: Path) -> None:
    """Look-alike: 收入 | 支出 | 结余 over 金额 columns is a cash book: each side is read as before."""
    rows = [["日期", "摘要", "收入", "支出", "结余"],
            ["2023-03-06", "购入水泥", "", "1620.00", "8380.00"],
            ["2023-03-10", "收到承包费", "5000.00", "", "13380.00"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "王店村现金日记账.csv", rows)))
    assert [(r["direction"], r["amount"]) for r in records(store, "payment")] == [("out", 1620.0), ("in", 5000.0)]
    assert "收发存" not in sheet.note


def test_a_list_of_gifts_handed_out_is_no_payment(store, tmp_path: Path) -> None:
    rows = [["东湖村2024年春节慰问品发放登记表"],
            ["序号", "户主姓名", "组别", "类别", "慰问品", "折合金额（元）", "领取人签字"],
            [1, "程秋生", "一组", "低保户", "大米1袋、食用油1桶", 140, "程秋生"],
            [2, "何桂英", "一组", "五保户", "大米1袋、食用油1桶", 140, "何桂英"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东湖村2024年春节慰问品采购及发放.xlsx", {"发放登记": rows})))
    assert records(store) == []
    assert "实物发放登记" in sheet.note and "折合金额" in sheet.note


def test_a_list_of_money_handed_out_stays_payments(store, tmp_path: Path) -> None:
    """Look-alike: a 慰问金 发放表 pays each household money, whatever goods column it has beside."""
    rows = [["东湖村2024年春节慰问金发放表"],
            ["序号", "户主姓名", "组别", "类别", "慰问品", "慰问金额（元）", "领取人签字"],
            [1, "程秋生", "一组", "低保户", "", 500, "程秋生"],
            [2, "何桂英", "一组", "五保户", "", 500, "何桂英"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东湖村2024年春节慰问金发放.xlsx", {"发放": rows})))
    assert [(r["counterparty"], r["amount"], r["direction"]) for r in records(store, "payment")] == [
        ("程秋生", 500.0, "out"), ("何桂英", 500.0, "out")]
    assert "实物发放登记" not in sheet.note
