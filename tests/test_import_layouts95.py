"""Layouts of blind set qa95 (台账 converted from PDF) that used to be misread:

- a header cell the conversion split in two ("职" | "务", "收入" | "金额", "日" | "期") is read as the one
  column it is, over the half that holds the data, with a note: the cadres had no position, and a cash
  journal's "收入" | "金额" … "支出" | "金额" was read as a 左收右支 board whose amounts were the empty
  金额 cells; two real headers side by side ("收入" | "支出", "日期" | "金额") stay two columns;
- a page shifted one column right (a blank first cell, the last value past the header) is read moved
  back, with a warning on each row, where a date under 原值 became 20 231 008 元 and a 对方户名 under 借方
  flipped money in to money out; a remark beyond the table moves nothing.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx

CADRE_HEADER = ["序号", "村名", "姓名", "性别", "出生年月", "职", "务", "联系电话"]


def test_a_split_position_header_gives_each_cadre_a_position(store, tmp_path: Path) -> None:
    rows = [["清河镇村“两委”成员花名册"], CADRE_HEADER,
            [1, "柳树村", "周国强", "男", "1968.04", "党总支书记、村委会主任", "", "139 5612 3301"],
            [2, "柳树村", "李明", "男", "1979.11", "党总支副书记、报账员", "", "138 5610 2287"],
            [3, "柳树村", "周国平", "男", "1965.09", "村务监督委员会主任", "", "139 5612 7765"],
            ["", "", "", "— 1 —"], CADRE_HEADER,
            [4, "石桥村", "刘长林", "男", "1966.05", "党支部书记", "", "139 5620 5511"]]
    report = import_one(store, write_xls(tmp_path / "清河镇村两委干部花名册.xls", {"Table 1": rows}))
    sheet = sheet_of(report)
    assert [c["position"] for c in records(store, "cadre")] == \
        ["党总支书记、村委会主任", "党总支副书记、报账员", "村务监督委员会主任", "党支部书记"]
    assert "“职”“务”→“职务”（第 F 列）" in sheet.note and "未识别的列" not in sheet.note


CASH_HEADER = ["日", "期", "凭证号", "摘要", "收/付款人", "收入", "金额", "支出", "金额", "结存"]


def test_split_in_and_out_amount_headers_are_one_cash_journal(store, tmp_path: Path) -> None:
    rows = [["石桥村2023年现金日记账"], ["单位：元"], CASH_HEADER,
            ["2023-01-01", "", "", "上年结转", "", "", "", "", "", "1,234.50"],
            ["2023-01-06", "", "现收01", "提取备用金", "中国农业银行清河支行", "5 000.00", "", "", "", "6,234.50"],
            ["2023/1/9", "", "现付01", "支付慰问品", "石桥村小卖部", "", "", "¥1 860.00", "", "4,374.50"],
            ["2023年1月20日", "", "现付02", "支付保洁员工资", "陈玉梅", "", "", "1,500.00", "", "2,874.50"],
            ["", "", "", "", "第 1 页 共 2 页"], CASH_HEADER,
            ["2023.2.3", "", "现付03", "支付办公用品", "清河县文汇办公用品商行", "", "", "468.00", "", "2,406.50"],
            ["2023-02-21", "", "现收02", "收取场地使用费", "石桥村红白理事会", " 800.00 ", "", "", "", "3,206.50"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村2023年现金日记账.xlsx", {"Table 1": rows})))
    got = [(p["date"], p["direction"], p["amount"], p["counterparty"]) for p in records(store, "payment")]
    assert got == [("2023-01-06", "in", 5000.0, "中国农业银行清河支行"), ("2023-01-09", "out", 1860.0, "石桥村小卖部"),
                   ("2023-01-20", "out", 1500.0, "陈玉梅"), ("2023-02-03", "out", 468.0, "清河县文汇办公用品商行"),
                   ("2023-02-21", "in", 800.0, "石桥村红白理事会")]
    assert "“收入”“金额”→“收入金额”（第 F 列）" in sheet.note and "“支出”“金额”→“支出金额”（第 H 列）" in sheet.note
    assert "左收右支" not in sheet.note and sheet.rejected == []


def test_a_split_amount_header_over_its_second_half(store, tmp_path: Path) -> None:
    """"合同" | "金额（元）" with the amount under the second cell, "签订日" | "期" with the date under the first."""
    header = ["序号", "合同名称", "乙方", "合同", "金额（元）", "签订日", "期"]
    rows = [header, [1, "鱼塘承包合同", "刘家明", "", "12 500.00", "2023.3.1", ""],
            [2, "村部保洁服务合同", "陈玉梅", "", "18,000.00", "2023-01-05", ""]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳树村合同台账.xlsx", {"合同": rows})))
    assert [(c["amount"], c["signed_on"]) for c in records(store, "contract")] == \
        [(12500.0, "2023-03-01"), (18000.0, "2023-01-05")]
    assert "“合同”“金额（元）”→“合同金额（元）”（第 E 列）" in sheet.note


def test_real_in_and_out_columns_are_never_joined(store, tmp_path: Path) -> None:
    """Look-alike: "收入" | "支出" joined is a known header too, but they are two columns of their own,
    even where the first rows are all money in."""
    rows = [["日期", "摘要", "收入", "支出"], ["2023-01-06", "收到租金", 5000, ""],
            ["2023-01-09", "收到补助", 1860, ""], ["2023-01-20", "收到利息", 15, ""]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳树村收支明细.xlsx", {"收支": rows})))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == \
        [("in", 5000.0), ("in", 1860.0), ("in", 15.0)]
    assert "拆成两格" not in sheet.note


def test_a_two_sided_board_with_its_own_amount_columns_stays_two_sides(store, tmp_path: Path) -> None:
    """Look-alike: 收入项目 | 金额 | 支出项目 | 金额 is a real 左收右支 board: its 金额 columns hold the money."""
    rows = [["收入项目", "金额", "支出项目", "金额"], ["租金收入", 5000, "保洁工资", 1500],
            ["上级补助", 8000, "办公用品", 468]]
    report = import_one(store, write_xlsx(tmp_path / "柳树村2023年财务公开榜.xlsx", {"公开": rows}))
    assert sorted((p["direction"], p["amount"]) for p in records(store, "payment")) == \
        [("in", 5000.0), ("in", 8000.0), ("out", 468.0), ("out", 1500.0)]
    assert [side.sheet for side in report.sheets] == ["公开", "公开"]
    assert not any("拆成两格" in side.note for side in report.sheets)


ASSET_HEADER = ["序号", "村别", "资产编号", "资产名称", "类别", "购置日期", "原值（元）", "使用状况", "存放地点"]


def test_a_page_shifted_one_column_right_is_read_moved_back(store, tmp_path: Path) -> None:
    rows = [ASSET_HEADER,
            ["", "27", "桃园村", "TY-GD-005", "会议室音响设备", "办公设备", "2023-07-20", "15,680.00", "在用", "村部会议室"],
            ["", "28", "桃园村", "TY-GD-007", "厨房设备", "机器设备", "20231008", "¥11 200.00", "在用", "村部食堂"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "清河镇村集体资产台账.xlsx", {"第3页": rows})))
    got = [(a["village"], a["name"], a["amount"], a["acquired_on"]) for a in records(store, "asset")]
    assert got == [("桃园村", "会议室音响设备", 15680.0, "2023-07-20"), ("桃园村", "厨房设备", 11200.0, "2023-10-08")]
    warned = {w["row"] for w in sheet.warnings if "右移了一列" in w["reason"]}
    assert warned == {2, 3}


BANK_HEADER = ["月", "日", "凭证号", "摘要", "对方户名", "借方（收入）", "贷方（支出）", "余额"]


def test_a_shifted_journal_page_keeps_money_in_as_money_in(store, tmp_path: Path) -> None:
    rows = [["柳树村2023年银行存款日记账"], BANK_HEADER,
            ["6", "2", "记-15", "支付健身器材款", "合肥康体体育用品有限公司", "", "37,450.00", "12,000.00"],
            ["", "", "", "", "第 1 页 共 2 页"], BANK_HEADER,
            ["", "6", "9", "记-16", "收到高标准农田项目补助", "清河县农业农村局", "42,000.00", "", "54,000.00"],
            ["", "", "20", "记-17", "支付保洁工资", "柳树村村民委员会工资户", "", "1 500.00", "52,500.00"]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "柳树村2023年银行存款日记账.xls", {"Sheet1": rows})))
    got = by_row(records(store, "payment"))
    assert (got[6]["date"], got[6]["direction"], got[6]["amount"], got[6]["counterparty"]) == \
        ("2023-06-09", "in", 42000.0, "清河县农业农村局")
    assert (got[7]["date"], got[7]["direction"], got[7]["amount"]) == ("2023-06-20", "out", 1500.0)
    assert sheet.rejected == []
    assert {w["row"] for w in sheet.warnings if "右移了一列" in w["reason"]} == {6, 7}


def test_a_remark_beyond_the_table_moves_nothing(store, tmp_path: Path) -> None:
    """Look-alike: a row with a blank first cell and a remark past the header's last column, whose
    amounts read as they stand, is not shifted."""
    rows = [["序号", "资产名称", "原值（元）", "存放地点"],
            [1, "村部办公楼", 520000, "村部"],
            ["", "文化广场", 365280, "村部南", "已移交镇里"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳树村资产台账.xlsx", {"资产": rows})))
    assert [(a["name"], a["amount"]) for a in records(store, "asset")] == \
        [("村部办公楼", 520000.0), ("文化广场", 365280.0)]
    assert not any("右移了一列" in w["reason"] for w in sheet.warnings)
