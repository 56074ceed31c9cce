"""Layouts from real village spreadsheets that used to lose or misread values silently.

Each test writes a real workbook (openpyxl, merges where the layout has them)
or csv and imports it through ``importers.import_paths``:

- rows after the last real value that hold only uncalculated formulas;
- titles that name a road programme (村村通) or several villages;
- 千元 columns and "单位：千元" lines;
- the 一事一议 two-row header with "项目资金来源(万元)" over its parts;
- 身份证号 and other codes stored as numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import importers
from importers import values
from importers.cells import fast_text, money_converter
from importers.villages import find_village, find_villages
from tests.test_import_support import (
    by_row,
    import_one,
    records,
    sheet_of,
    write_csv,
    write_xlsx,
)

CONTRACT_HEADER = ["合同编号", "合同名称", "乙方", "合同金额", "签订日期"]


# --- uncalculated formulas after the last real value ------------------------------------------------


def test_trailing_rows_of_uncalculated_formulas_are_reported(store, tmp_path: Path) -> None:
    """openpyxl saves formulas without results; calamine's range ends before such rows."""
    rows = [["石桥村合同台账"], CONTRACT_HEADER,
            ["HT-1", "道路", "宏达建设", 98000, "2023.3.5"],
            ["HT-2", "绿化", "苗木社", "=5000*2", "2023.4.5"],
            ['="HT-"&3', '="路灯"', '="光明电器"', "=4000*2", "=DATE(2023,5,5)"],  # row 5: formulas only
            [],                                                                   # row 6: blank
            [None, None, None, "=SUM(D3:D5)", None]]                              # row 7: a formula total
    report = import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同台账": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 2
    rejected = by_row(sheet.rejected)
    assert 5 in rejected and 7 in set(rejected) | {s["row"] for s in sheet.skipped}  # 7: an unlabelled total
    # The formula is not taken for the contract's name: the row is refused and says why.
    assert rejected[5]["column"] == "合同名称" and rejected[5]["value"] == '="路灯"'
    assert "公式没有计算结果" in rejected[5]["reason"]
    assert [s for s in sheet.skipped if s["row"] == 6] == [{"row": 6, "reason": "空行"}]
    warnings = {(w["row"], w["column"]): w for w in sheet.warnings}
    assert warnings[(4, "合同金额")]["value"] == "=5000*2"
    assert [r["code"] for r in records(store, "contract")] == ["HT-1", "HT-2"]


def test_a_middle_row_of_only_formulas_keeps_its_formulas(store, tmp_path: Path) -> None:
    """calamine yields such a row as entirely empty; its formulas are put back and flagged."""
    rows = [["石桥村合同台账"], CONTRACT_HEADER,
            ["HT-1", "道路", "宏达建设", 98000, "2023.3.5"],
            ['="HT-"&2', '="路灯"', '="光明电器"', "=4000*2", "=DATE(2023,5,5)"],  # row 4
            ["HT-3", "绿化", "苗木社", 5000, "2023.6.5"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同台账": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 2 and [r["row"] for r in sheet.rejected] == [4]
    assert "公式没有计算结果" in sheet.rejected[0]["reason"]
    assert not any(s["row"] == 4 for s in sheet.skipped)  # not taken for a blank row


def test_an_error_value_in_a_text_column_is_not_a_name(store, tmp_path: Path) -> None:
    rows = [["石桥村合同台账"], CONTRACT_HEADER, ["HT-1", "道路", "#REF!", 98000, "2023.3.5"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同台账": rows}))
    [warning] = sheet_of(report).warnings
    assert (warning["row"], warning["column"], warning["value"]) == (3, "乙方", "#REF!")
    assert "单元格为错误值 #REF!" in warning["reason"]
    [record] = records(store, "contract")
    assert record["counterparty"] is None and record["raw"]["乙方"] == "#REF!"


def test_an_error_value_in_the_village_column_is_no_village(store, tmp_path: Path) -> None:
    rows = [["合同台账"], ["村名", *CONTRACT_HEADER], ["#N/A", "HT-1", "道路", "宏达建设", 98000, "2023.3.5"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同台账": rows}))
    [warning] = sheet_of(report).warnings
    assert (warning["column"], warning["value"]) == ("村名", "#N/A") and "错误值" in warning["reason"]
    assert [r["village"] for r in records(store, "contract")] == ["石桥村"]  # the file's village, not '#N/A'


# --- villages in titles, sheet names and file names -------------------------------------------------


@pytest.mark.parametrize("text", [
    "2021年村村通公路建设项目台账", "1号村道", "3组村道维修", "青山镇下辖村", "（代村记账）",
    "2021年度村级工程台账", "村级", "村委", "村民", "各村", "全村", "本村", "该村", "行政村", "自然村",
    "第三村民组", "二组村民", "城中村改造", "传统村落保护", "整村推进", "度假村", "所辖村居",
])
def test_words_that_are_no_village_names(text: str) -> None:
    assert find_village(text) is None


@pytest.mark.parametrize("text,village", [
    ("石桥村", "石桥村"), ("刘家塘村", "刘家塘村"), ("马吉村", "马吉村"), ("桥埠港村", "桥埠港村"),
    ("吴家道村2023年收支台账", "吴家道村"), ("城东社区", "城东社区"), ("新村村", "新村村"),
    ("新村村2021年合同台账", "新村村"), ("石桥村村级工程", "石桥村"), ("石桥村村委会", "石桥村"),
    ("石桥村村民代表会议记录", "石桥村"), ("石桥村村村通公路", "石桥村"), ("石桥村道路硬化", "石桥村"),
    ("石桥行政村", "石桥村"), ("下村", "下村"), ("村前村", "村前村"),
    ("核算单位：青山镇石桥村股份经济合作社", "石桥村"),
])
def test_village_names_still_found(text: str, village: str) -> None:
    assert find_village(text) == village


def test_all_villages_of_a_text() -> None:
    assert find_villages("石桥村、马吉村2023年合同台账") == ["石桥村", "马吉村"]
    assert find_villages("吴家道村 马吉村 桥埠港村 收支台账") == ["吴家道村", "马吉村", "桥埠港村"]
    assert find_villages("石桥村村级工程（石桥村段）") == ["石桥村"]


def _project_sheet(title: str) -> list[list[object]]:
    return [[title], ["项目名称", "施工单位", "合同金额", "开工日期"], ["石桥至上庄段硬化", "宏达建设", 98000, "2021.4.1"]]


def test_a_programme_in_the_title_does_not_beat_the_sheet_name(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "工程项目台账.xlsx", {"石桥村": _project_sheet("2021年村村通公路建设项目台账")})
    report = import_one(store, path)
    assert sheet_of(report).village == "石桥村" and sheet_of(report).note == ""
    assert [r["village"] for r in records(store, "project")] == ["石桥村"]
    assert importers.preview_file(path).sheets[0].village_source == "sheet"


def test_a_title_naming_another_village_than_the_sheet_loses_and_is_noted(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "工程项目台账.xlsx", {"马吉村": _project_sheet("石桥村2021年工程项目台账")})
    report = import_one(store, path)
    assert [r["village"] for r in records(store, "project")] == ["马吉村"]
    note = sheet_of(report).note
    assert "石桥村" in note and "马吉村" in note and "请核对" in note


def _two_village_contracts(village_column: bool = False) -> list[list[object]]:
    header = (["村名"] if village_column else []) + CONTRACT_HEADER
    body = [["SQ-1", "石桥村道路", "宏达建设", 98000, "2023.3.5"], ["MJ-1", "马吉村水渠", "宏达建设", 96000, "2023.5.5"]]
    if village_column:
        body = [["石桥村", *body[0]], ["马吉村", *body[1]]]
    return [["石桥村、马吉村2023年合同台账"], header, *body]


def test_a_title_naming_several_villages_gives_no_village(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"合同台账": _two_village_contracts()}))
    sheet = sheet_of(report)
    assert [r["village"] for r in records(store, "contract")] == ["", ""]
    assert sheet.village == "" and sheet.imported == 2
    assert "多个村名（石桥村、马吉村）" in sheet.note and "--village" in sheet.note


def test_a_title_naming_several_villages_falls_back_to_the_file_name_with_a_note(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同台账": _two_village_contracts()}))
    assert [r["village"] for r in records(store, "contract")] == ["石桥村", "石桥村"]
    assert "多个村名" in sheet_of(report).note and "按文件名记为石桥村" in sheet_of(report).note


def test_a_title_naming_several_villages_and_the_village_option(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"合同台账": _two_village_contracts()}),
                        village="马吉村")
    assert [r["village"] for r in records(store, "contract")] == ["马吉村", "马吉村"]
    assert sheet_of(report).note == ""  # the user named it


def test_a_title_naming_several_villages_with_a_village_column(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "合同台账.xlsx", {"合同台账": _two_village_contracts(village_column=True)})
    report = import_one(store, path)
    assert [r["village"] for r in records(store, "contract")] == ["石桥村", "马吉村"]
    assert sheet_of(report).note == ""


# --- 千元 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,unit", [
    ("合同金额（千元）", "qian"), ("单位：千元", "qian"), ("金额单位：人民币千元", "qian"), ("投资额千元", "qian"),
    ("[千元]", "qian"), ("金额（万元）", "wan"), ("单位：元", "yuan"), ("重量（千克）", None),
    ("填报单位：千元村", None),
])
def test_unit_from_text_knows_qian(text: str, unit: str | None) -> None:
    assert values.unit_from_text(text) == unit


def test_qian_column_scaling() -> None:
    assert values.parse_money(98, "qian") == 9_800_000
    assert values.parse_money("12.345", "qian") == 1_234_500
    assert values.parse_money("1.5万元", "qian") == 1_500_000  # a unit in the cell beats the column's
    convert = money_converter("qian")
    assert convert(98.0) == 9_800_000 and convert(12.345) == 1_234_500 and convert(0.0001) == 10


def test_qian_in_the_header_and_in_a_unit_line(store, tmp_path: Path) -> None:
    in_header = [["石桥村合同台账"], ["合同编号", "合同名称", "乙方", "合同金额（千元）", "签订日期"],
                 ["HT-1", "道路", "宏达建设", 98, "2023.3.5"], ["HT-2", "绿化", "苗木社", "12.5万元", "2023.4.5"]]
    in_line = [["石桥村合同台账"], ["单位：千元"], CONTRACT_HEADER, ["HT-3", "路灯", "光明电器", 12.345, "2023.5.5"]]
    import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同台账": in_header}))
    import_one(store, write_xlsx(tmp_path / "石桥村合同台账2.xlsx", {"合同台账": in_line}))
    amounts = {r["code"]: r["amount"] for r in records(store, "contract")}
    assert amounts == {"HT-1": 98000.0, "HT-2": 125000.0, "HT-3": 12345.0}


# --- the 一事一议 two-row header -----------------------------------------------------------------------


def _yishiyiyi(tmp_path: Path, name: str, children: list[str], *, total: bool = True) -> Path:
    head = ["序号", "项目名称", "实施单位"] + (["总投资(万元)"] if total else [])
    first = len(head)  # 0-based column of 项目资金来源
    parents = head + ["项目资金来源(万元)", None, None, "开工日期"]
    below = [None] * len(head) + children + [None]
    body = [1, "村道硬化", "宏达建设"] + ([18.5] if total else []) + [10, 3.5, 5, "2021.4.1"]
    letters = "ABCDEFGH"
    merges = [f"{c}2:{c}3" for c in letters[:first]] + [f"{letters[first]}2:{letters[first + 2]}2",
                                                         f"{letters[first + 3]}2:{letters[first + 3]}3"]
    rows = [["刘家塘村2021年一事一议项目台账"], parents, below, body]
    return write_xlsx(tmp_path / name, {"一事一议": rows}, merges={"一事一议": merges})


def test_yishiyiyi_funding_sources_are_flattened(store, tmp_path: Path) -> None:
    report = import_one(store, _yishiyiyi(tmp_path, "刘家塘村一事一议.xlsx", ["财政奖补资金", "村民筹资", "村集体投入"]))
    sheet = sheet_of(report)
    assert (sheet.kind, sheet.header_row, sheet.imported) == ("project", 3, 1)
    assert sheet.skipped == [] and sheet.rejected == [] and sheet.warnings == []
    [record] = records(store, "project")
    assert record["funding"] == "财政奖补资金、村民筹资、村集体投入"  # the sources with an amount, never an amount
    assert record["budget"] == 185000.0 and record["started_on"] == "2021-04-01"
    assert record["raw"] == {"序号": "1", "项目名称": "村道硬化", "实施单位": "宏达建设", "总投资(万元)": "18.5",
                             "项目资金来源(万元)/财政奖补资金": "10", "项目资金来源(万元)/村民筹资": "3.5",
                             "项目资金来源(万元)/村集体投入": "5", "开工日期": "2021.4.1"}


def test_yishiyiyi_funding_total_is_not_a_summary_row(store, tmp_path: Path) -> None:
    report = import_one(store, _yishiyiyi(tmp_path, "刘家塘村一事一议.xlsx", ["合计", "财政奖补资金", "村民筹资"]))
    sheet = sheet_of(report)
    assert sheet.header_row == 3 and sheet.skipped == [] and sheet.imported == 1
    [record] = records(store, "project")
    assert record["funding"] == "财政奖补资金、村民筹资" and record["budget"] == 185000.0  # 总投资 first, 合计 its fallback
    assert record["raw"]["项目资金来源(万元)/合计"] == "10"


def test_yishiyiyi_funding_total_gives_the_budget_in_the_parents_unit(store, tmp_path: Path) -> None:
    path = _yishiyiyi(tmp_path, "刘家塘村一事一议.xlsx", ["合计", "财政奖补资金", "村民筹资"], total=False)
    report = import_one(store, path)
    assert sheet_of(report).mapping["项目资金来源(万元)/合计"] == "budget"
    [record] = records(store, "project")
    assert record["budget"] == 100000.0  # 10 万元


def test_two_row_header_without_merges_in_a_csv(store, tmp_path: Path) -> None:
    rows = [["刘家塘村2021年一事一议项目台账"],
            ["序号", "项目名称", "实施单位", "项目资金来源(万元)", "", "", "开工日期"],
            ["", "", "", "财政奖补资金", "村民筹资", "村集体投入", ""],
            [1, "村道硬化", "宏达建设", 10, 3.5, 5, "2021.4.1"]]
    report = import_one(store, write_csv(tmp_path / "刘家塘村一事一议.csv", rows))
    assert sheet_of(report).header_row == 3 and sheet_of(report).skipped == []
    [record] = records(store, "project")
    assert record["funding"] == "财政奖补资金、村民筹资、村集体投入"
    # Without merges the blank parent cells are not filled: only the first child carries the parent.
    assert record["raw"]["项目资金来源(万元)/财政奖补资金"] == "10" and record["raw"]["村民筹资"] == "3.5"


# --- numbers in text columns ---------------------------------------------------------------------------


def test_an_id_number_stored_as_a_number_is_flagged(store, tmp_path: Path) -> None:
    rows = [["青山镇村干部名单"], ["村名", "姓名", "职务", "身份证号", "联系电话"],
            ["石桥村", "王明", "书记、主任", 330102198001011234, 13812345678],
            ["石桥村", "李华", "会计", 330102198001011000.0, "13812345679"],
            ["石桥村", "赵强", "出纳", 330102800101123, 13812345670.0]]  # an old 15-digit number: whole
    report = import_one(store, write_xlsx(tmp_path / "村干部名单.xlsx", {"村干部名单": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 3
    assert sorted((w["row"], w["column"]) for w in sheet.warnings) == [(3, "身份证号"), (4, "身份证号")]
    for warning in sheet.warnings:
        assert "330102198001011000" in warning["reason"] and "15 位" in warning["reason"]
    got = by_row(records(store, "cadre"))
    assert got[3]["id_no"] is None and got[4]["id_no"] is None and "身份证号" in got[3]["raw"]
    assert got[5]["id_no"] == "330102800101123"
    assert [got[n]["phone"] for n in (3, 4, 5)] == ["13812345678", "13812345679", "13812345670"]


def test_parse_text_of_numbers() -> None:
    assert fast_text(20230001.0) == "20230001" and fast_text(999_999_999_999_999.0) == "999999999999999"
    for number in (1e15, 3.301021980010112e17, -1e16, 10**17):
        with pytest.raises(values.ValueProblem, match="15 位"):
            fast_text(number)
    assert values.excel_digits(3.301021980010112e17) == "330102198001011000"
    assert values.parse_text(float("nan")) is None and values.parse_text(True) == "TRUE"


# --- a third QA pass: layouts of unseen files ---------------------------------------------------------


def test_form_children_of_a_two_row_header_belong_to_their_parent(store, tmp_path: Path) -> None:
    """合同相对方 over 单位名称/联系电话 and 合同金额 over 小写/大写: 单位名称 alone is a village
    column and 小写 nothing at all, so the firm became the village and the amount was lost."""
    rows = [["东坞村2022年合同台账"],
            ["合同编号", "合同名称", "合同相对方", None, "合同金额", None, "签订日期"],
            [None, None, "单位名称", "联系电话", "小写", "大写", None],
            ["DW-1", "道路硬化合同", "浙江宏达建设有限公司", "13905720000", "5,371.50元", "伍仟叁佰柒拾壹元伍角整",
             "2022-03-05 00:00:00"],
            ["DW-2", "路灯合同", "孙建华", "13905720001", 3000, "叁仟伍佰元整", "2022/04/06"]]
    merges = ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"]
    report = import_one(store, write_xlsx(tmp_path / "东坞村合同台账.xlsx", {"合同": rows}, merges={"合同": merges}))
    sheet = sheet_of(report)
    assert sheet.imported == 2
    got = by_row(records(store, "contract"))
    assert [(got[n]["village"], got[n]["counterparty"], got[n]["amount"]) for n in (4, 5)] == [
        ("东坞村", "浙江宏达建设有限公司", 5371.5), ("东坞村", "孙建华", 3000.0)]
    assert [got[n]["signed_on"] for n in (4, 5)] == ["2022-03-05", "2022-04-06"]
    # The 大写 column checks the 小写 one.
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(5, "合同金额/大写")]


def test_income_then_expense_sections_in_one_sheet(store, tmp_path: Path) -> None:
    """A disclosure table lists 一、收入明细 and then 二、支出明细 under their own headers: the title
    named only 收入, so every expense was filed as income and the section line was rejected."""
    rows = [["梅溪村2023年第二季度财务收支明细公开表"], ["一、收入明细"],
            ["日期", "凭证号", "收入项目", "金额（元）", "付款单位"],
            ["2023-04-05", "收-1", "发包收入", 1000, "湖州绿源农业开发有限公司"],
            [None, None, "收入合计", 1000],
            [],
            ["二、支出明细"],
            ["日期", "凭证号", "支出项目", "金额（元）", "收款单位"],
            ["2023-04-03", "付-1", "支付道路硬化款", 300, "浙江宏达建设有限公司"],
            ["2023-04-09", "付-2", "支付保洁费", 2400, "沈桂芳"],
            [None, None, "支出合计", 2700]]
    report = import_one(store, write_xlsx(tmp_path / "梅溪村收支公开表.xlsx", {"公开表": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 3 and not sheet.rejected and not sheet.warnings
    got = by_row(records(store, "payment"))
    assert [(n, got[n]["direction"], got[n]["amount"], got[n]["summary"]) for n in sorted(got)] == [
        (4, "in", 1000.0, "发包收入"), (9, "out", 300.0, "支付道路硬化款"), (10, "out", 2400.0, "支付保洁费")]
    skipped = {s["row"]: s["reason"] for s in sheet.skipped}
    assert "分段标题" in skipped[7] and "支出" in skipped[7]
    assert "收支方向" not in (sheet.note or "")


def test_side_by_side_income_and_expense_take_their_own_side(store, tmp_path: Path) -> None:
    """收支公开榜 with 收入 on the left and 支出 on the right: the expense record took the
    income side's date and summary."""
    rows = [["石门村2023年1月收支公开榜"], ["收入", None, None, None, "支出"],
            ["日期", "摘要", "金额", "付款单位", "日期", "摘要", "金额", "收款单位"],
            ["2023-01-03", "租金收入", 2000, "张建国", "2023-01-04", "支付道路硬化款", 500, "浙江宏达建设有限公司"],
            [None, None, None, None, "2023-01-09", "支付污水管网款", 885, "孙建华"]]
    report = import_one(store, write_xlsx(tmp_path / "石门村收支公开榜.xlsx", {"收支公开": rows},
                                          merges={"收支公开": ["A2:D2", "E2:H2"]}))
    # Read as two tables side by side (blind pass 36): row 4 holds an income and an expense.
    assert ["左收右支" in sheet.note for sheet in report.sheets] == [True, True]
    got = sorted((r["source"]["row"], r["direction"], r["date"], r["summary"], r["counterparty"])
                 for r in records(store, "payment"))
    assert got == [(4, "in", "2023-01-03", "租金收入", "张建国"),
                   (4, "out", "2023-01-04", "支付道路硬化款", "浙江宏达建设有限公司"),
                   (5, "out", "2023-01-09", "支付污水管网款", "孙建华")]
    assert not any(sheet.warnings for sheet in report.sheets)


# --- QA pass 4: platform exports, unit rows, split amounts, summary sheets ------------------------


def test_a_units_row_under_the_header_gives_the_columns_their_units(store, tmp_path: Path) -> None:
    """'（万元）' and '（亩）' on a row of their own under the header: the row was rejected as a lease
    without a name and every rent came in 10 000 times too small."""
    rows = [["东坞村集体资源发包台账"],
            ["序号", "资源名称", "资源类型", "面积", "承包方", "年租金", "承包起始日期", "承包终止日期"],
            [None, None, None, "（亩）", None, "（万元）", None, None],
            [1, "后山林地", "林地", 12.5, "孙建华", 0.35, "2020-01-01", "2030-12-31"],
            [2, "村口鱼塘", "水面", 30, "王德明", "1.2万", "2021-01-01", "2031-12-31"]]
    report = import_one(store, write_xlsx(tmp_path / "东坞村资源发包台账.xlsx", {"资源台账": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 2 and not sheet.rejected and not sheet.skipped
    got = by_row(records(store, "resource"))
    assert [(got[n]["amount"], got[n]["area"]) for n in (4, 5)] == [(3500.0, 12.5), (12000.0, 30.0)]


def test_areas_in_hectares_or_square_metres_are_converted_to_mu(store, tmp_path: Path) -> None:
    """The area field is in 亩: '0.8公顷' came in as 0.8 亩 and '300平方米' as 300 亩."""
    rows = [["资源名称", "面积", "承包方", "年租金"],
            ["上畈耕地", "0.8公顷", "孙建华", 3000],
            ["老粮站仓库", "300平方米", "王德明", 5000],
            ["下畈耕地", "12.5亩", "李国强", 4000],
            ["厂房", "300平方", "张三", 6000]]
    import_one(store, write_xlsx(tmp_path / "东坞村资源发包台账.xlsx", {"资源": rows}))
    got = by_row(records(store, "resource"))
    assert [got[n]["area"] for n in (2, 3, 4, 5)] == [12.0, 0.45, 12.5, 0.45]


def test_an_area_column_in_square_metres_is_converted_to_mu(store, tmp_path: Path) -> None:
    rows = [["资源名称", "面积（平方米）", "承租方", "年租金"], ["村部店面", 1000, "孙建华", 3000]]
    import_one(store, write_xlsx(tmp_path / "东坞村资源发包台账.xlsx", {"资源": rows}))
    assert records(store, "resource")[0]["area"] == 1.5


def test_an_amount_split_into_wan_and_yuan_columns_is_their_sum(store, tmp_path: Path) -> None:
    """合同金额 over 万元 | 元 (12万3456元): only the 万元 part came in, the 元 part was dropped."""
    rows = [["南塘村2022年合同登记表"],
            ["序号", "合同名称", "乙方", "合同金额", None, "签订日期"],
            [None, None, None, "万元", "元", None],
            [1, "道路硬化合同", "浙江宏达建设有限公司", 12, 3456, "2022-01-08"],
            [2, "路灯合同", "孙建华", None, 8000, "2022-02-08"],
            [3, "山塘清淤合同", "王德明", 5, None, "2022-03-08"],
            [4, "公厕改造合同", "李国强", 1.5, 15000, "2022-04-08"],   # the same amount twice
            [5, "河道护岸合同", "张三", 2, 35000, "2022-05-08"]]       # neither: keep 万元, warn
    report = import_one(store, write_xlsx(tmp_path / "南塘村合同登记表.xlsx", {"合同": rows},
                                          merges={"合同": ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]}))
    sheet = sheet_of(report)
    got = by_row(records(store, "contract"))
    assert [got[n]["amount"] for n in (4, 5, 6, 7, 8)] == [123456.0, 8000.0, 50000.0, 15000.0, 20000.0]
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(8, "合同金额/元")]


def test_an_account_set_year_is_no_village(store, tmp_path: Path) -> None:
    """A platform export's 账套年度 (2023) was taken for the village column (it contains 账套);
    its 单位名称 / 组织机构 column names the village."""
    rows = [["序号", "单位名称", "账套年度", "凭证日期", "凭证号", "摘要", "借方金额", "贷方金额", "往来单位"],
            [1, "石桥村股份经济合作社", 2023, "2023-01-05", 1, "收到租金", "1000.00", "", "孙建华"],
            [2, "东坞村股份经济合作社", 2023, "2023-01-06", 2, "支付电费", "", "300.00", "供电所"]]
    import_one(store, write_csv(tmp_path / "收支明细导出.csv", rows))
    got = by_row(records(store, "payment"))
    assert [got[n]["village"] for n in (2, 3)] == ["石桥村", "东坞村"]


def test_an_organisation_column_names_the_village(store, tmp_path: Path) -> None:
    rows = [["序号", "组织机构", "组织编码", "合同编号", "合同名称", "乙方名称", "合同金额(元)", "签订日期", "审核状态",
             "录入人", "录入时间"],
            [1, "青山镇石桥村股份经济合作社", "330523001001", "HT001", "道路硬化合同", "孙建华", 5000, "2022-01-05",
             "审核通过", "张三", "2024-01-01 10:00:00"]]
    import_one(store, write_xlsx(tmp_path / "三资平台合同导出.xlsx", {"Sheet1": rows}))
    (record,) = records(store, "contract")
    assert (record["village"], record["signed_on"], record["amount"]) == ("石桥村", "2022-01-05", 5000.0)


def test_a_summary_sheet_of_counts_per_village_is_not_imported(store, tmp_path: Path) -> None:
    """A 汇总表 (村名, 项目个数, 金额 per village) beside the detail sheets became project records
    named '6' (项目个数 was taken for the 项目名称)."""
    summary = [["青山镇2022年村级工程项目汇总表"],
               ["序号", "村名", "项目个数", "预算金额（万元）", "合同金额（万元）", "备注"],
               [1, "石桥村", 6, 60.5, 55.2, None], [2, "东坞村", 6, 61.5, 56.2, None],
               ["合计", None, 12, 122.0, 111.4, None]]
    detail = [["石桥村2022年村级工程项目明细"], ["单位：万元"],
              ["序号", "项目名称", "施工单位", "合同金额", "开工日期"],
              [1, "道路硬化工程", "浙江宏达建设有限公司", 3.5, "2022-02-10"]]
    report = import_one(store, write_xlsx(tmp_path / "青山镇工程项目汇总及明细.xlsx",
                                          {"汇总表": summary, "石桥村": detail}))
    assert sheet_of(report, "汇总表").imported == 0
    assert "汇总" in sheet_of(report, "汇总表").note
    assert [(r["source"]["sheet"], r["amount"]) for r in records(store)] == [("石桥村", 35000.0)]


def test_a_csv_amount_split_into_wan_and_yuan_without_merges(store, tmp_path: Path) -> None:
    """In a csv the parent 合同金额 stands once over 万元 | 元: the bare 元 column was not taken."""
    rows = [["马吉村合同登记表"], ["序号", "合同名称", "承包方", "合同金额", "", "签订日期"],
            ["", "", "", "万元", "元", ""],
            [1, "道路硬化合同", "浙江宏达建设有限公司", 3, 2111, "2022.03.03"]]
    import_one(store, write_csv(tmp_path / "马吉村合同登记.csv", rows, encoding="gbk"))
    (record,) = records(store, "contract")
    assert record["amount"] == 32111.0 and record["source"]["row"] == 4


def test_an_asset_change_register_takes_the_closing_value(store, tmp_path: Path) -> None:
    """期初原值 | 本期增加 | 本期减少 | 期末原值: the opening value (the first 原值 column) was taken."""
    rows = [["马吉村2023年固定资产增减变动表"],
            ["资产编号", "资产名称", "购建日期", "期初原值", "本期增加", "本期减少", "期末原值", "使用状况"],
            ["MJ001", "水泵", "2015-06-01", 10000, 2000, None, 12000, "在用"],
            ["MJ002", "打印机", "2016-06-01", 15000, None, 15000, 0, "已处置"]]
    import_one(store, write_xlsx(tmp_path / "马吉村资产增减变动表.xlsx", {"资产变动": rows}))
    got = by_row(records(store, "asset"))
    assert [got[n]["amount"] for n in (3, 4)] == [12000.0, 0.0]



def test_a_units_row_under_a_two_row_header(store, tmp_path: Path) -> None:
    rows = [["南塘村合同台账"],
            ["合同名称", "乙方", "合同金额", "金额", None, "签订日期"],
            [None, None, None, "已付", "未付", None],
            [None, None, "（万元）", "（万元）", "（万元）", None],
            ["道路硬化合同", "孙建华", 1.2, 0.5, 0.7, "2022-01-05"]]
    report = import_one(store, write_xlsx(tmp_path / "南塘村合同台账.xlsx", {"合同": rows},
                                          merges={"合同": ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]}))
    sheet = sheet_of(report)
    assert sheet.header_row == 4 and not sheet.rejected and not sheet.skipped
    (record,) = records(store, "contract")
    assert record["amount"] == 12000.0 and "合同金额（万元）" in record["raw"]


def test_a_summary_sheet_of_totals_per_village_is_not_imported(store, tmp_path: Path) -> None:
    """收支统计表 with 村名 | 收入合计 | 支出合计 | 结余 became one payment per village."""
    rows = [["青山镇2023年村级收支统计表"], ["村名", "收入合计", "支出合计", "结余"],
            ["石桥村", 100000, 80000, 20000], ["东坞村", 100001, 80001, 20000]]
    report = import_one(store, write_xlsx(tmp_path / "青山镇村级收支.xlsx", {"收支统计": rows}))
    sheet = sheet_of(report)
    assert sheet.imported == 0 and sheet.note.startswith("汇总（统计）表") and not records(store)


def test_a_shou_fu_column_gives_the_direction(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证字", "凭证号", "摘要", "收付", "金额", "对方单位"],
            ["2023-02-01", "记字", "第0001号", "收租金", "收", 200, "孙建华"],
            ["2023-02-02", "记字", "第0002号", "付电费", "付", 300, "供电所"]]
    import_one(store, write_xlsx(tmp_path / "东坞村序时账.xlsx", {"序时账": rows}))
    got = by_row(records(store, "payment"))
    assert [(got[n]["direction"], got[n]["amount"]) for n in (2, 3)] == [("in", 200.0), ("out", 300.0)]


def test_a_unit_name_column_of_companies_is_no_village(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "收入", "支出", "往来单位", "单位名称"],
            ["2023-01-05", "付工程款", None, 900, "宏达建设", "浙江宏达建设有限公司"]]
    import_one(store, write_xlsx(tmp_path / "石桥村收支.xlsx", {"收支": rows}))
    (record,) = records(store, "payment")
    assert (record["village"], record["counterparty"]) == ("石桥村", "宏达建设")


def test_an_amount_split_into_wan_and_yuan_by_a_units_row(store, tmp_path: Path) -> None:
    """合同金额 merged over two columns, '（万元）' | '（元）' on the row below and no vertical merges."""
    rows = [["南塘村合同登记表"], ["合同名称", "乙方", "合同金额", None, "签订日期"],
            [None, None, "（万元）", "（元）", None],
            ["道路硬化合同", "浙江宏达建设有限公司", 12, 3456, "2022-01-08"],
            ["公厕改造合同", "李国强", 1.5, 15000, "2022-04-08"]]
    import_one(store, write_xlsx(tmp_path / "南塘村合同登记表.xlsx", {"合同": rows}, merges={"合同": ["C2:D2"]}))
    got = by_row(records(store, "contract"))
    assert [got[n]["amount"] for n in (4, 5)] == [123456.0, 15000.0]
