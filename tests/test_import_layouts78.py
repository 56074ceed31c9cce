"""Layouts of blind set qa78 (账页式 ledgers typed into Excel) that used to be misread:

- each of 借方 / 贷方 / 余额 written one digit a cell under 千 百 十 万 千 百 十 元 角 分 (亿 …, or only
  万 … 分): only the 元 digit was read (386.50 came in as 6.00; a row whose 元 digit is 0 was
  rejected as having no amount); the digits are now one amount, a cell that is no digit rejects
  the row naming it, and the sheet's note says the digits were put together;
- a 日 left blank because it repeats the entry above was no date;
- a 往来 ledger kept one sheet per creditor names it only in "总账科目：应付款　明细科目：X" (or
  "科目：应付款—X") above the header: its entries had no party.

Look-alikes that stay as they were: 万元/元 columns, a "单位：元" line, 金额 over 万元 | 元, 金额
over 元 | 角 | 分, and the 明细科目 of an expense account.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.digits import find_digit_runs, join_digit_runs
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

PLACES10 = ["千", "百", "十", "万", "千", "百", "十", "元", "角", "分"]


def _digits(amount: str | None, width: int = 10) -> list[object]:
    """The cells of an amount as a bookkeeper types it: blank left of the first digit."""
    if amount is None:
        return [None] * width
    text = amount.replace(".", "")
    return [None] * (width - len(text)) + [int(d) for d in text]


def _cash_book(entries: list[list[object]], places: list[str] = PLACES10) -> list[list[object]]:
    width = len(places)
    return [["东王庄村2023年现金日记账"],
            ["月", "日", "凭证号", "摘要"] + ["借方金额"] * width + ["贷方金额"] * width + ["借或贷"]
            + ["余额"] * width,
            [None, None, None, None] + places * 2 + [None] + places,
            *entries]


def _cash_merges(width: int = 10) -> list[str]:
    from importers.headers import column_letter

    def span(first: int) -> str:
        return f"{column_letter(first)}2:{column_letter(first + width - 1)}2"
    return ["A2:A3", "B2:B3", "C2:C3", "D2:D3", span(4), span(4 + width), f"{column_letter(4 + 2 * width)}2:"
            f"{column_letter(4 + 2 * width)}3", span(5 + 2 * width)]


def test_digit_columns_make_one_amount(store, tmp_path: Path) -> None:
    rows = _cash_book([
        [1, 1, None, "上年结转"] + _digits(None) * 2 + ["借"] + _digits("3456.20"),
        [1, 5, "银付1", "从信用社提取备用金"] + _digits("5000.00") + _digits(None) + ["借"] + _digits("8456.20"),
        [None, 8, "现付1", "付村委会1月份电费"] + _digits(None) + _digits("386.50") + ["借"] + _digits("8069.70"),
        [None, 12, "现付2", "付困难户慰问金"] + _digits(None) + [None, None, None, None, "¥", 5, 0, 0, 0, 0]
        + ["平"] + [None] * 7 + ["θ", None, None],
        [None, 12, None, "本月合计"] + _digits("5000.00") + _digits("886.50") + ["借"] + _digits("7569.70")])
    path = write_xlsx(tmp_path / "东王庄村2023年现金日记账.xlsx", {"现金日记账": rows},
                      merges={"现金日记账": _cash_merges()})
    sheet = sheet_of(import_one(store, path))
    got = by_row(records(store, "payment"))
    assert {row: (p["amount"], p["direction"]) for row, p in got.items()} == {
        5: (5000.0, "in"), 6: (386.5, "out"), 7: (500.0, "out")}
    assert got[6]["date"] == "2023-01-08"
    assert "数位" in sheet.note and "“借方金额”" in sheet.note and "千百十万千百十元角分" in sheet.note
    assert "未识别的列" not in sheet.note
    assert sheet.rejected == []


def test_a_real_xls_ledger_of_seven_places(store, tmp_path: Path) -> None:
    """万 … 分 only, in a BIFF file whose digits come as floats."""
    places = ["万", "千", "百", "十", "元", "角", "分"]
    blank = [None] * 6
    rows = [["东王庄村2023年现金日记账"],
            ["月", "日", "凭证号", "摘要", "借方金额", *blank, "贷方金额", *blank, "借或贷", "余额", *blank],
            [None, None, None, None, *places, *places, None, *places],
            [3, 2, "银付3", "提现"] + [float(d) if d is not None else None for d in _digits("8000.00", 7)]
            + [None] * 7 + ["借"] + _digits("11656.70", 7),
            [None, 9, "现付9", "付打印复印费"] + [None] * 7 + _digits("158.00", 7) + ["借"] + _digits("11498.70", 7)]
    merges = [(1, 2, 0, 0), (1, 2, 1, 1), (1, 2, 2, 2), (1, 2, 3, 3), (1, 1, 4, 10), (1, 1, 11, 17), (1, 2, 18, 18),
              (1, 1, 19, 25)]
    import_one(store, write_xls(tmp_path / "东王庄村2023年现金日记账.xls", {"现金日记账": rows},
                                merges={"现金日记账": merges}))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(8000.0, "in"), (158.0, "out")]


def test_a_csv_with_its_parents_over_the_first_digit_and_a_hundred_million_place(store, tmp_path: Path) -> None:
    places = ["亿", "千", "百", "十", "万", "千", "百", "十", "元", "角", "分"]
    blank = [None] * 10
    rows = [["银行存款日记账（2023年）"],
            ["日期", "摘要", "借方金额", *blank, "贷方金额", *blank],
            [None, None, *places, *places],
            ["2023-01-16", "收乡财政所拨付村干部报酬", *_digits("36000.00", 11), *[None] * 11],
            ["2023-06-20", "付道路硬化工程款", *[None] * 11, *_digits("160000.00", 11)]]
    import_one(store, write_csv(tmp_path / "马吉村银行存款日记账.csv", rows))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(36000.0, "in"), (160000.0, "out")]


@pytest.mark.parametrize("cell", [12, "x", "-", "5元"])
def test_a_cell_that_is_no_digit_rejects_its_row(store, tmp_path: Path, cell: object) -> None:
    amount = [None, None, None, None, 1, cell, 6, 5, 0, 0]
    rows = _cash_book([
        [2, 3, "现付5", "付打印复印费"] + _digits(None) + amount + ["借"] + _digits("5806.70"),
        [None, 9, "现付6", "付煤款"] + _digits(None) + _digits("615.00") + ["借"] + [None] * 6 + ["x", 1, 0, 0]])
    path = write_xlsx(tmp_path / "东王庄村2023年现金日记账.xlsx", {"现金日记账": rows},
                      merges={"现金日记账": _cash_merges()})
    sheet = sheet_of(import_one(store, path))
    # An odd cell in the 余额 (read by no field) loses nothing: that row is imported.
    assert [(p["source"]["row"], p["amount"]) for p in records(store, "payment")] == [(5, 615.0)]
    [rejected] = sheet.rejected
    assert rejected["row"] == 4 and "贷方金额" in rejected["reason"] and "百位" in rejected["reason"]
    assert str(cell) in rejected["reason"]


def test_a_yuan_sign_only_just_before_the_first_digit() -> None:
    assert find_digit_runs(["借方"] * 4, ["万", "千", "百", "十"]) == []  # no 元: no run
    runs = find_digit_runs(["借方"] * 7, ["万", "千", "百", "十", "元", "角", "分"])
    assert join_digit_runs(["¥", 3, 8, 6, 5, 0, 0], runs)[0][0] == "3865.00"
    assert join_digit_runs([None, "¥", 8, 6, 5, 0, 0], runs)[0][0] == "865.00"
    assert join_digit_runs([None, 3, "¥", 6, 5, 0, 0], runs)[1]  # a ¥ after a digit is no digit
    assert join_digit_runs([None] * 7, runs)[0][0] == ""


@pytest.mark.parametrize("parents, children", [
    (["合同金额", "合同金额"], ["万元", "元"]),
    (["金额", "金额", "金额"], ["元", "角", "分"]),  # a 元 column with its cents beside it
    (["金额", "金额"], ["万", "元"]),
    (["", "", "", ""], ["千", "百", "十", "元"]),  # no parent: no amount to name
    (["面积", "年限", "单价", "合计"], ["万", "年", "元", "元"]),
])
def test_no_digit_run_in_other_headers(parents: list[str], children: list[str]) -> None:
    assert find_digit_runs(parents, children) == []


def test_wan_and_yuan_parts_of_one_amount_still_add_up(store, tmp_path: Path) -> None:
    """Look-alike: 合同金额 over 万元 | 元 is one amount split by unit, as before."""
    rows = [["合同名称", "乙方", "合同金额", "合同金额"], [None, None, "万元", "元"],
            ["村部维修合同", "大名县恒信建筑安装有限公司", 12, 3456]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东王庄村合同台账.xlsx", {"合同": rows},
                                                  merges={"合同": ["A1:A2", "B1:B2", "C1:D1"]})))
    assert [c["amount"] for c in records(store, "contract")] == [123456.0]
    assert "数位" not in sheet.note


def test_ordinary_columns_under_a_yuan_unit_line(store, tmp_path: Path) -> None:
    """Look-alike: "单位：元" above, 金额（元） and 万元 columns: no digit run, amounts as written."""
    rows = [["东王庄村2023年收支明细"], ["单位：元"], ["日期", "摘要", "收入（元）", "支出（元）", "备注（万元）"],
            ["2023-02-03", "付打印复印费", None, 158, None], ["2023-03-02", "收宅基地有偿使用费", 1200, None, 0.12]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东王庄村收支明细.xlsx", {"收支": rows})))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(158.0, "out"), (1200.0, "in")]
    assert "数位" not in sheet.note


def test_a_blank_day_is_the_day_of_the_entry_above(store, tmp_path: Path) -> None:
    rows = [["东王庄村2023年现金日记账"], ["月", "日", "摘要", "借方", "贷方"],
            [1, 12, "付德丰超市春节慰问品款", None, 2340],
            [None, None, "付困难户王秀兰慰问金", None, 500],
            [None, 12, "本月合计", None, 2840],
            [None, None, "付保洁员工资", None, 1500],
            [2, 3, "付打印复印费", None, 158]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东王庄村现金日记账.xlsx", {"现金": rows})))
    dates = {row: p["date"] for row, p in by_row(records(store, "payment")).items()}
    # After 本月合计 closed January nothing says which month the next entry is: no date guessed.
    assert dates == {3: "2023-01-12", 4: "2023-01-12", 6: None, 7: "2023-02-03"}
    assert "“日”为空" in sheet.note and "第 4 行“1月12日”" in sheet.note


PAYABLE_HEADER = ["月", "日", "凭证号", "摘要", "借方金额", "贷方金额", "借或贷", "余额"]


@pytest.mark.parametrize("line", ["总账科目：应付款　　明细科目：河北路通公路工程有限公司",
                                  "科目：应付款—河北路通公路工程有限公司",
                                  "明细科目：河北路通公路工程有限公司"])
def test_the_creditor_of_a_payables_sheet_from_its_subaccount_line(store, tmp_path: Path, line: str) -> None:
    rows = [["应 付 款 明 细 账"], [line, None, None, None, None, None, "东王庄村　2023年"], PAYABLE_HEADER,
            [4, 20, "记15", "道路硬化工程结算应付工程款", None, 200000, "贷", 240000],
            [4, 28, "银付5", "付道路硬化工程进度款", 120000, None, "贷", 120000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东王庄村2023年应付款明细账.xlsx", {"路通公司": rows})))
    got = [(p["counterparty"], p["direction"], p["amount"]) for p in records(store, "payment")]
    assert got == [("河北路通公路工程有限公司", "in", 200000.0), ("河北路通公路工程有限公司", "out", 120000.0)]
    assert "往来科目“应付款”" in sheet.note and "河北路通公路工程有限公司" in sheet.note


def test_an_expense_accounts_subaccount_names_no_party(store, tmp_path: Path) -> None:
    """Look-alike: 管理费用's 明细科目 办公费 is a category, not who was paid."""
    rows = [["管理费用明细账"], ["总账科目：管理费用　　明细科目：办公费"],
            ["月", "日", "凭证号", "摘要", "借方金额", "贷方金额"],
            [2, 3, "现付5", "付打印复印费", 158, None]]
    import_one(store, write_xlsx(tmp_path / "东王庄村管理费用明细账.xlsx", {"办公费": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == [None]
