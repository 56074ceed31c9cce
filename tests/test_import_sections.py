"""Section rows that name what the rows below them share: their village ("一、那良村" in a township
list without a 村名 column), their side ("一、本期收入" over a single 金额 column) or their account
("科目：1002 银行存款" between the blocks of a 明细分类账). Blind pass 18 (prj04, pay04 大坝村) and
pass 16's supplementary X8 found each of them read as a heading and then forgotten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.villages import village_alone
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx
from xuncha.scan import run_scan

PROJECT_HEADER = ["序号", "受益屯", "项目名称", "概算投资", "实施单位", "开工日期"]
TOWNSHIP_TITLE = ["那坡镇2023年一事一议财政奖补项目实施情况表"]


def _project(number: int, name: str, amount: int) -> list:
    return [number, "弄屯", name, amount, "那坡县宏桂建筑队", dt.date(2023, 3, 20)]


def _villages(store) -> dict[int, str]:
    return {row: record["village"] for row, record in by_row(records(store, "project")).items()}


# --- villages ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,village", [
    ("那良村", "那良村"),
    ("那良村委会", "那良村"),
    ("那良村股份经济合作社", "那良村"),
    ("那坡镇那良村", "那良村"),
    ("城东社区居委会", "城东社区"),
    ("巴彦图嘎查", "巴彦图嘎查"),
    ("那良村道路工程", None),  # what is built there, not the village alone
    ("那良村、板烈村", None),
    ("村务监督委员会成员", None),
    ("美丽乡村建设", None),
    ("石桥组", None),
])
def test_a_text_that_names_a_village_alone(text: str, village: str | None) -> None:
    assert village_alone(text) == village


def test_township_list_grouped_under_village_headings(store, tmp_path: Path) -> None:
    """prj04: the villages are given only by the headings "一、那良村", "二、板烈村", "三、百合村"."""
    path = write_xls(tmp_path / "prj04_广西那坡镇_一事一议项目实施情况表.xls", {"实施情况": [
        TOWNSHIP_TITLE, PROJECT_HEADER,
        ["一、那良村"],
        _project(1, "那良村弄屯屯内道路硬化", 128000),
        _project(2, "那良屯饮水工程", 56000),
        ["二、板烈村"],
        _project(1, "板烈屯饮水池修缮", 35000),
        ["三、百合村"],
        _project(1, "那布屯屯级道路拓宽", 98000),
        ["总计", None, None, 317000],
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {4: "那良村", 5: "那良村", 7: "板烈村", 9: "百合村"}
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert reasons[3] == "分组标题（一、那良村）：以下记录记入 那良村"
    assert "第 3 行“一、那良村”、第 6 行“二、板烈村”、第 8 行“三、百合村”" in sheet.note
    assert "未能确定村名" not in sheet.note
    assert sheet.village == "那良村、板烈村、百合村"


@pytest.mark.parametrize("first,second,village", [
    ("（一）那良村", "（二）板烈村", "那良村"),
    ("那良村：", "板烈村：", "那良村"),
    ("1、那良村", "2、板烈村", "那良村"),
    ("第一片 那良村", "第二片 板烈村", "那良村"),
    ("一、那良村（2个项目）", "二、板烈村（1个项目）", "那良村"),
    ("一、那良村委会", "二、板烈村委会", "那良村"),
    ("一、城东社区", "二、板烈村", "城东社区"),
    ("一、巴彦图嘎查", "二、板烈村", "巴彦图嘎查"),
])
def test_village_heading_variants(store, tmp_path: Path, first: str, second: str, village: str) -> None:
    path = write_xlsx(tmp_path / "项目实施情况.xlsx", {"项目": [
        TOWNSHIP_TITLE, PROJECT_HEADER,
        [first], _project(1, "屯内道路硬化", 128000), _project(2, "饮水工程", 56000),
        [second], _project(1, "饮水池修缮", 35000),
    ]})
    import_one(store, path)
    assert _villages(store) == {4: village, 5: village, 7: "板烈村"}


def test_a_village_heading_with_its_groups_figures_beside_it(store, tmp_path: Path) -> None:
    """"一、那良村 | … | 184000" carries the group's total: a heading, not a project named 一、那良村."""
    path = write_xlsx(tmp_path / "项目实施情况.xlsx", {"项目": [
        TOWNSHIP_TITLE, PROJECT_HEADER,
        ["一、那良村", None, None, 184000],
        _project(1, "屯内道路硬化", 128000), _project(2, "饮水工程", 56000),
        ["二、板烈村", None, "", 35000],
        _project(1, "饮水池修缮", 35000),
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {4: "那良村", 5: "那良村", 7: "板烈村"}
    assert not sheet.rejected
    assert sorted(item["row"] for item in sheet.skipped) == [3, 6]


def test_a_heading_numbered_in_the_serial_column_and_merged_across(store, tmp_path: Path) -> None:
    """Government tables number their groups in the 序号 column ("一 | 那良村 | … | 184000") and
    often merge a heading across the row."""
    path = write_xlsx(tmp_path / "项目实施情况.xlsx", {"项目": [
        TOWNSHIP_TITLE, PROJECT_HEADER,
        ["一", "那良村", None, 184000],
        _project(1, "屯内道路硬化", 128000), _project(2, "饮水工程", 56000),
        ["二、板烈村"],
        _project(1, "饮水池修缮", 35000),
    ]}, merges={"项目": ["A6:F6"]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {4: "那良村", 5: "那良村", 7: "板烈村"}
    assert not sheet.rejected


def test_a_township_payment_list_grouped_by_village_then_side(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "那坡镇村级收支公开汇编.xlsx", {"收支": [
        ["那坡镇2023年第二季度村级财务收支公开汇编"], BOARD_HEADER,
        ["一、那良村"],
        ["（一）收入"], _entry(1, 10, "收村级运转经费", 30000),
        ["（二）支出"], _entry(1, 18, "付水渠修复工程款", 18500),
        ["那良村小计", None, None, 11500],
        ["二、板烈村"],
        ["（一）收入"], _entry(1, 12, "收鱼塘承包费", 6000),
    ]})
    sheet = sheet_of(import_one(store, path))
    got = {row: (record["village"], record["direction"]) for row, record in by_row(records(store, "payment")).items()}
    assert got == {5: ("那良村", "in"), 7: ("那良村", "out"), 11: ("板烈村", "in")}
    assert "未能确定村名" not in sheet.note


def test_a_group_subtotal_closes_its_village(store, tmp_path: Path) -> None:
    """"那良村小计" is the footer of its group, not a heading: a row after it that no heading opens
    belongs to no village the sheet names, and the sheet's note still says so."""
    path = write_xlsx(tmp_path / "项目实施情况.xlsx", {"项目": [
        TOWNSHIP_TITLE, PROJECT_HEADER,
        ["一、那良村"], _project(1, "屯内道路硬化", 128000),
        ["那良村小计", None, None, 128000],
        _project(2, "镇区路灯", 56000),
        ["二、板烈村"], _project(1, "饮水池修缮", 35000),
        ["板烈村小计", None, None, 35000],
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {4: "那良村", 6: "", 8: "板烈村"}
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert reasons[5].startswith("合计行") and reasons[9].startswith("合计行")
    assert "未能确定村名" in sheet.note  # row 6 has none


def test_headings_do_not_override_a_village_column(store, tmp_path: Path) -> None:
    """Only a sheet without a 村名 column takes its villages from headings."""
    path = write_xlsx(tmp_path / "项目台账.xlsx", {"项目": [
        ["村名", "项目名称", "概算投资", "施工单位"],
        ["一、那良村"],
        ["板烈村", "饮水池修缮", 35000, "那坡县宏桂建筑队"],
        ["", "屯内道路硬化", 128000, "那坡县宏桂建筑队"],
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {3: "板烈村", 4: ""}
    assert "分组标题" not in sheet.note


def test_headings_name_the_village_over_the_title(store, tmp_path: Path) -> None:
    """A list filed under one village by its title, whose headings name others, is the headings'."""
    path = write_xlsx(tmp_path / "项目台账.xlsx", {"项目": [
        ["那良村2023年项目实施情况表"], PROJECT_HEADER,
        _project(1, "村部维修", 20000),
        ["二、板烈村"], _project(1, "饮水池修缮", 35000),
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {3: "那良村", 5: "板烈村"}
    assert "不按标题记为那良村" in sheet.note


def test_a_heading_that_names_no_village_keeps_the_sheets(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "项目台账.xlsx", {"项目": [
        ["那良村2023年项目实施情况表"], PROJECT_HEADER,
        ["一、道路工程"], _project(1, "屯内道路硬化", 128000),
        ["二、那良村小学周边绿化"], _project(1, "绿化", 35000),
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {4: "那良村", 6: "那良村"}
    assert "分组标题" not in sheet.note


def test_the_village_committee_under_the_table_is_no_heading(store, tmp_path: Path) -> None:
    """The body that publishes a list signs under it ("板烈村村民委员会", stamped or not): unnumbered,
    a village's body alone is no heading, and the rows below it are not filed under it."""
    path = write_xlsx(tmp_path / "项目台账.xlsx", {"项目": [
        ["那良村2023年项目实施情况表"], PROJECT_HEADER,
        _project(1, "村部维修", 20000),
        ["板烈村村民委员会（盖章）"],
        ["板烈村村民委员会"],
        _project(2, "村部围墙", 8000),  # were it a heading, this row would be filed under 板烈村
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _villages(store) == {3: "那良村", 6: "那良村"}
    assert "分组标题" not in sheet.note


# --- sides -----------------------------------------------------------------------------------------

BOARD_HEADER = ["序号", "日期", "摘要", "金额", "收（付）款单位或个人", "经手人"]
BOARD_TITLE = ["茅坝镇大坝村2023年第二季度财务收支公开榜"]


def _entry(number: int, day: int, summary: str, amount: float) -> list:
    return [number, f"2023年5月{day}日", summary, amount, "陈世友", "赵兴贵"]


def _directions(store) -> dict[int, str | None]:
    return {row: record["direction"] for row, record in by_row(records(store, "payment")).items()}


@pytest.mark.parametrize("income,expense", [
    ("一、本期收入", "二、本期支出"),
    ("收入部分", "支出部分"),
    ("一、收入", "二、支出"),
    ("（一）收入项目", "（二）支出项目"),
    ("一、本月收入：", "二、本月支出："),
])
def test_side_sections_over_one_amount_column(store, tmp_path: Path, income: str, expense: str) -> None:
    """pay04 大坝村: one 金额 column; only the section rows tell income from expense."""
    path = write_xlsx(tmp_path / "pay04_贵州茅坝镇_村级财务收支公开榜.xlsx", {"大坝村": [
        BOARD_TITLE, BOARD_HEADER,
        [income],
        _entry(1, 10, "收村级运转经费", 30000), _entry(2, 15, "收水库养殖承包费", 8800),
        ["收入小计", None, None, 38800],
        [expense],
        _entry(1, 18, "付水渠修复工程款", 18500), _entry(2, 29, "付村监委会成员补贴", 2700),
        ["支出小计", None, None, 21200],
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _directions(store) == {4: "in", 5: "in", 8: "out", 9: "out"}
    assert "收入、支出按其上方的分段标题区分" in sheet.note
    assert "收支方向留空" not in sheet.note


def test_an_income_total_closes_the_income_section(store, tmp_path: Path) -> None:
    """"收入合计" ends the income rows: an entry after it, under no heading, is not taken for income."""
    path = write_xlsx(tmp_path / "收支公开榜.xlsx", {"大坝村": [
        BOARD_TITLE, BOARD_HEADER,
        ["一、本期收入"], _entry(1, 10, "收村级运转经费", 30000),
        ["收入合计", None, None, 30000],
        _entry(2, 12, "村部网络费", 1200),
        ["二、本期支出"], _entry(1, 18, "付水渠修复工程款", 18500),
    ]})
    import_one(store, path)
    assert _directions(store) == {4: "in", 6: None, 8: "out"}


def test_a_parts_total_inside_the_income_section_does_not_close_it(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "收支公开榜.xlsx", {"大坝村": [
        BOARD_TITLE, BOARD_HEADER,
        ["一、收入"], ["（一）经营收入"], _entry(1, 10, "收水库养殖承包费", 8800),
        ["经营收入小计", None, None, 8800],
        ["（二）补助收入"], _entry(2, 12, "收村级运转经费", 30000),
        ["收入合计", None, None, 38800],
        ["二、支出"], _entry(1, 18, "付水渠修复工程款", 18500),
    ]})
    import_one(store, path)
    assert _directions(store) == {5: "in", 8: "in", 11: "out"}


def test_a_side_heading_with_its_total_beside_it_is_no_entry(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "收支公开榜.xlsx", {"大坝村": [
        BOARD_TITLE, BOARD_HEADER,
        ["一、本期收入", None, None, 30000], _entry(1, 10, "收村级运转经费", 30000),
        ["二、本期支出", None, None, 18500], _entry(1, 18, "付水渠修复工程款", 18500),
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _directions(store) == {4: "in", 6: "out"}
    assert sorted(item["row"] for item in sheet.skipped) == [3, 5]


def test_sections_beside_income_and_expense_columns_change_nothing(store, tmp_path: Path) -> None:
    """东坞村 (pass 17): 收入金额 and 支出金额 columns give the side; the sections only agree."""
    path = write_xlsx(tmp_path / "东坞村2023年第三季度财务收支公开表.xlsx", {"三季度": [
        ["东坞村2023年第三季度财务收支公开表"],
        ["序号", "日期", "收支内容", "收入金额", "支出金额", "收（付）款单位或个人"],
        ["一、收入"], [1, "2023.7.20", "收村口店面租金", 16800, None, "方丽娟"],
        [None, "收入小计", None, 16800],
        ["二、支出"], [2, "2023.7.8", "付村干部二季度误工补贴", None, 33600, "王建华等6人"],
        [None, "支出小计", None, None, 33600],
    ]})
    sheet = sheet_of(import_one(store, path))
    assert _directions(store) == {4: "in", 7: "out"}
    assert "分段标题" not in sheet.note


# --- accounts ----------------------------------------------------------------------------------------

LEDGER_HEADER = ["日期", "凭证字号", "摘要", "借方", "贷方", "方向", "余额"]


def _ledger(*blocks: list[list]) -> list[list]:
    rows: list[list] = [["明细分类账"], ["会计期间：2024年第1期至2024年第2期"]]
    for block in blocks:
        rows += block
    return rows


CASH_BLOCK = [
    ["科目：1001 库存现金"], LEDGER_HEADER,
    ["2024-01-01", None, "期初余额", None, None, "借", 1530],
    ["2024-01-04", "记 - 2", "付朱红梅防汛值班误工补贴", None, 233.5, "借", 1296.5],
    ["2024-01-19", "记 - 5", "提取现金备用", 2000, None, "借", 3296.5],
    [None, None, "本期合计", 2000, 233.5, "借", 3296.5],
    [],
]
BANK_BLOCK = [
    ["科目：1002 银行存款"], LEDGER_HEADER,
    ["2024-01-01", None, "期初余额", None, None, "借", 120400],
    ["2024-01-16", "记 - 15", "付南通市通达路桥工程有限公司路灯安装款", None, 12521, "借", 107879],
    ["2024-01-30", "记 - 19", "付如东县海韵水利建筑工程有限公司水泥款", None, 32412, "借", 75467],
    [None, None, "本期合计", 0, 44933, "借", 75467],
]


def _methods(store) -> dict[int, str | None]:
    return {row: record["method"] for row, record in by_row(records(store, "payment")).items()}


def test_a_ledger_of_a_cash_and_a_bank_block(store, tmp_path: Path) -> None:
    """X8 (pass 16): the bank block under "科目：1002 银行存款" is no cash; before, its transfers were
    read as cash and raised large_cash flags."""
    path = write_xlsx(tmp_path / "X8_金蝶KIS_明细分类账_新桥村_现金银行.xlsx", {"明细分类账": _ledger(CASH_BLOCK, BANK_BLOCK)})
    sheet = sheet_of(import_one(store, path))
    assert _methods(store) == {6: "现金", 7: "现金", 13: None, 14: None}
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert reasons[10] == "科目行（1002 银行存款）：其下各笔的结算方式不按现金记"
    assert reasons[11] == "重复的表头行"
    assert "第 10 行起为“1002 银行存款”" in sheet.note
    assert "各笔收支的结算方式记为“现金”" not in sheet.note  # the whole sheet's, as before
    assert "表头上方的科目“1001 库存现金”下各笔的结算方式记为“现金”" in sheet.note
    assert not [flag for flag in run_scan(store).flags if flag.rule == "large_cash"]


def test_a_ledger_whose_cash_block_comes_second(store, tmp_path: Path) -> None:
    cash = [["科目：1001 库存现金"], *CASH_BLOCK[1:]]
    path = write_xlsx(tmp_path / "明细分类账_新桥村.xlsx", {"明细分类账": _ledger(BANK_BLOCK, [[]], cash)})
    import_one(store, path)
    assert _methods(store) == {6: None, 7: None, 13: "现金", 14: "现金"}


def test_a_block_of_another_account_is_not_read_as_payments(store, tmp_path: Path) -> None:
    """A 明细分类账 of every account: the 应付款 block books the other side of vouchers whose money
    moved in the cash or bank block; as payments it would count them twice, 借方 as money in."""
    payable = [
        ["科目：2021 应付款"], LEDGER_HEADER,
        ["2024-01-16", "记 - 15", "付南通市通达路桥工程有限公司路灯安装款", 12521, None, "贷", 0],
        [],
    ]
    path = write_xlsx(tmp_path / "明细分类账_新桥村.xlsx", {"明细分类账": _ledger(CASH_BLOCK, payable, BANK_BLOCK)})
    sheet = sheet_of(import_one(store, path))
    assert sorted(_methods(store)) == [6, 7, 17, 18]
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert reasons[12] == "第 10 行起是科目“2021 应付款”的分录，不是库存现金、银行存款的收付（同一笔收付记在现金、银行存款部分），不作为收支导入"
    assert _methods(store)[17] is None


def test_an_account_line_with_code_and_name_labels(store, tmp_path: Path) -> None:
    bank = [["科目代码：1002    科目名称：银行存款"], *BANK_BLOCK[1:]]
    path = write_xlsx(tmp_path / "明细分类账_新桥村.xlsx", {"明细分类账": _ledger(CASH_BLOCK, bank)})
    import_one(store, path)
    assert _methods(store) == {6: "现金", 7: "现金", 13: None, 14: None}


def test_the_blocks_own_account_line_repeated_over_a_page_is_no_new_block(store, tmp_path: Path) -> None:
    repeated = [["科目：1001 库存现金"], ["2024-02-13", "记 - 12", "付顾海涛保洁员工资", None, 1250, "借", 2046.5]]
    path = write_xlsx(tmp_path / "明细分类账_新桥村.xlsx", {"明细分类账": _ledger(CASH_BLOCK, repeated)})
    sheet = sheet_of(import_one(store, path))
    assert _methods(store) == {6: "现金", 7: "现金", 11: "现金"}
    assert "按科目行分为几段" not in sheet.note
