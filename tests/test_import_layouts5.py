"""Layouts found in importer QA pass 5 that used to lose or misread rows.

Each test writes a real workbook (openpyxl, with merges where the layout has
them) and imports it through ``importers.import_paths``:

- a 多栏式 journal with one column per category (工程款 | 办公费 | 其他) and no
  total column, flat or under 收入/支出 parents: the amount is the sum;
- a second table (近亲属) under a cadre list, with its own header;
- the 一事一议 "筹资筹劳情况" breakdown with its 合计, and "其中：" lines;
- a yearly rent written "3500元/年"; a lease's 租金总额 with its term;
- a contract merged over two 标段 lines.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx

# --- 多栏式 journals: one column per category ---------------------------------------------------------


def test_expense_category_columns_without_a_total_add_up(store, tmp_path: Path) -> None:
    """Before, no column was an amount and the sheet was refused as unrecognised."""
    rows = [["下庄村2023年支出分类账"],
            ["日期", "凭证号", "摘要", "收款单位", "工程款", "办公费", "劳务费", "其他"],
            [dt.date(2023, 1, 5), "记-1", "付款", "宏达建设", 300, None, None, None],
            [dt.date(2023, 2, 5), "记-2", "付款", "光明电器", None, 411, None, 50],  # two categories
            [dt.date(2023, 3, 5), "记-3", "付款", "孙建华", None, None, None, 66.5]]   # only 其他
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "下庄村支出分类账.xlsx", {"支出分类": rows})))
    assert sheet.kind == "payment" and sheet.imported == 3
    got = by_row(records(store, "payment"))
    assert [(got[r]["amount"], got[r]["direction"], got[r]["account"]) for r in (3, 4, 5)] == [
        (300.0, "out", "工程款"), (461.0, "out", "办公费、其他"), (66.5, "out", "其他")]
    # The sum of two categories is said, with the cells kept raw.
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(4, "办公费")]
    assert got[4]["raw"]["其他"] == "50"


def test_categories_under_income_and_expense_parents_add_up_per_side(store, tmp_path: Path) -> None:
    """Before, only the first category of each side was read: other rows were rejected."""
    rows = [["日期", "凭证号", "收入", None, "支出", None, "往来单位"],
            [None, None, "经营收入", "补助收入", "管理费用", "公益支出", None],
            [dt.date(2023, 1, 9), "记-1", None, 1000, None, None, "镇财政所"],
            [dt.date(2023, 2, 9), "记-2", None, None, None, 700, "宏达建设"],
            [dt.date(2023, 3, 9), "记-3", None, None, 20, 30, "光明电器"]]
    merges = {"收支": ["C1:D1", "E1:F1", "A1:A2", "B1:B2", "G1:G2"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "横塘村收支分类.xlsx", {"收支": rows}, merges=merges)))
    assert sheet.imported == 3 and sheet.rejected == []
    got = by_row(records(store, "payment"))
    assert [(got[r]["amount"], got[r]["direction"]) for r in (3, 4, 5)] == [(1000.0, "in"), (700.0, "out"),
                                                                           (50.0, "out")]


def test_a_total_column_still_wins_over_its_categories(store, tmp_path: Path) -> None:
    """With 支出合计 beside the categories, the total is the amount (categories stay raw)."""
    rows = [["日期", "凭证号", "工程款", "办公费", "支出合计", "往来单位"],
            [dt.date(2023, 1, 9), "记-1", 100, 20, 120, "宏达建设"],
            [dt.date(2023, 1, 9), "记-2", 100, None, 999, "宏达建设"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "支出明细.xlsx", {"支出": rows})))
    assert sheet.imported == 2
    assert [r["amount"] for r in records(store, "payment")] == [120.0, 999.0]


def test_an_unreadable_category_cell_rejects_the_row_instead_of_a_smaller_sum(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "工程款", "办公费", "往来单位"],
            [dt.date(2023, 1, 9), "记-1", 100, "约二十", "宏达建设"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "支出分类账.xlsx", {"支出": rows})))
    assert sheet.imported == 0
    assert [(r["row"], r["column"], r["value"]) for r in sheet.rejected] == [(2, "办公费", "约二十")]


# --- a second table under the first ------------------------------------------------------------------


def test_a_relatives_table_under_the_cadre_list_is_read_through_its_own_header(store, tmp_path: Path) -> None:
    """Once the relatives' header and rows were imported as cadres (a relative's name as 职务), then
    they were reported as not imported; now they give each cadre's 近亲属 with the relative's work."""
    rows = [["序号", "姓名", "职务", "联系电话"],
            [1, "赵永明", "党支部书记", "13900000000"],
            [2, "周红梅", "村委会主任", "13900000001"],
            [],
            ["二、近亲属情况"],
            ["序号", "干部姓名", "亲属姓名", "关系", "工作单位"],
            [1, "赵永明", "赵小明", "儿子", "宏达建设"],
            [2, "周红梅", "周大华", "女儿", "光明电器"]]
    report = import_one(store, write_xlsx(tmp_path / "横塘村两委干部名册.xlsx", {"名册": rows}))
    cadres = [(r["name"], r["position"], r["relatives"], r["source"]["row"]) for r in records(store, "cadre")]
    assert cadres == [("赵永明", "党支部书记", None, 2), ("周红梅", "村委会主任", None, 3),
                      ("赵永明", None, "儿子 赵小明（宏达建设）", 7), ("周红梅", None, "女儿 周大华（光明电器）", 8)]
    assert "二、近亲属情况" in {s["row"]: s["reason"] for s in report.sheets[0].skipped}[5]
    assert report.sheets[1].header_row == 6


def test_the_sheets_own_header_repeated_after_another_table_resumes_it(store, tmp_path: Path) -> None:
    rows = [["序号", "姓名", "职务", "联系电话"],
            [1, "赵永明", "党支部书记", "13900000000"],
            ["序号", "干部姓名", "亲属姓名", "关系", "工作单位"],
            [1, "赵永明", "赵小明", "儿子", "宏达建设"],
            ["序号", "姓名", "职务", "联系电话"],
            [2, "周红梅", "村委会主任", "13900000001"]]
    import_one(store, write_xlsx(tmp_path / "干部名册.xlsx", {"名册": rows}))
    cadres = [(r["name"], r["position"], r["relatives"]) for r in records(store, "cadre")]
    assert cadres == [("赵永明", "党支部书记", None), ("赵永明", None, "儿子 赵小明（宏达建设）"),
                      ("周红梅", "村委会主任", None)]


# --- 一事一议: 筹资筹劳 breakdown ------------------------------------------------------------------------


def test_the_total_of_a_chouzi_choulao_breakdown_is_the_budget(store, tmp_path: Path) -> None:
    """Before, "筹资筹劳情况" was no known breakdown parent: the budget stayed empty, and a
    "其中：道路类" line under the 合计 row became a project."""
    rows = [["下庄村2022年一事一议财政奖补项目明细表"],
            ["项目名称", "议事日期", "筹资筹劳情况（元）", None, None, "施工单位"],
            [None, None, "群众筹资", "财政奖补", "合计", None],
            ["下庄村道路硬化", dt.date(2022, 3, 10), 1500, 20000, 21500, "宏达建设"],
            ["下庄村路灯亮化", dt.date(2022, 4, 10), 3000, 21000, 24000, "光明电器"],
            ["合计", None, 4500, 41000, 45500, None],
            ["其中：道路类", None, None, None, 21500, None]]
    merges = {"一事一议": ["C2:E2", "A2:A3", "B2:B3", "F2:F3"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "下庄村一事一议.xlsx", {"一事一议": rows},
                                                  merges=merges)))
    assert [(r["name"], r["budget"]) for r in records(store, "project")] == [
        ("下庄村道路硬化", 21500.0), ("下庄村路灯亮化", 24000.0)]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[6].startswith("合计行") and reasons[7] == "合计行的分项（其中：道路类）"


def test_a_qizhong_line_away_from_a_total_is_still_data(store, tmp_path: Path) -> None:
    rows = [["项目名称", "预算金额", "施工单位"],
            ["其中：道路硬化", 21500, "宏达建设"]]
    import_one(store, write_xlsx(tmp_path / "工程项目.xlsx", {"项目": rows}))
    assert [r["name"] for r in records(store, "project")] == ["其中：道路硬化"]


# --- leases: rent per year, rent for the whole term -----------------------------------------------------


def test_a_rent_written_per_year_is_the_yearly_rent(store, tmp_path: Path) -> None:
    """Before, "3500元/年" was unreadable and the lease came in without a rent."""
    rows = [["资源名称", "面积（亩）", "承租人", "承包期限", "年租金"],
            ["东山1号地块", 12.5, "张建国", "2018.1.1-2028.12.31", "3500元/年"],
            ["西坞2号地块", 8, "李秀英", "2019.1.1-2029.12.31", "每年0.45万元"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资源租赁台账.xlsx", {"租赁": rows})))
    assert sheet.warnings == []
    assert [r["amount"] for r in records(store, "resource")] == [3500.0, 4500.0]


def test_a_total_rent_is_divided_by_the_term_or_left_empty(store, tmp_path: Path) -> None:
    """Before, the rent of a whole 10-year term was stored as the yearly rent (ten times too much),
    and a 承包年限 of "10年" beside a 起始日期 gave no end date."""
    rows = [["地块名称", "面积(亩)", "承包人", "承包年限", "起始日期", "租金总额(元)"],
            ["1号山林", 50, "张建国", "10年", dt.date(2016, 1, 1), 8000],
            ["2号山林", 51, "李秀英", None, dt.date(2017, 1, 1), 9900]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "山林承包台账.xlsx", {"山林": rows})))
    got = by_row(records(store, "resource"))
    assert (got[2]["amount"], got[2]["ended_on"]) == (800.0, "2025-12-31")
    assert got[3]["amount"] is None and got[3]["raw"]["租金总额(元)"] == "9900"
    warnings = by_row(sheet.warnings)
    assert "折算为年租金 800.00 元" in warnings[2]["reason"]
    assert "不是年租金" in warnings[3]["reason"] and warnings[3]["column"] == "租金总额(元)"


def test_a_yearly_rent_column_beside_the_total_is_used_as_is(store, tmp_path: Path) -> None:
    rows = [["地块名称", "承包人", "承包期限", "年租金", "总租金"],
            ["1号地", "张建国", "2018.1.1-2027.12.31", 1000, 10000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资源租赁.xlsx", {"租赁": rows})))
    assert sheet.warnings == []
    assert [r["amount"] for r in records(store, "resource")] == [1000.0]


# --- a block merged over several lines ------------------------------------------------------------------


def test_a_contract_merged_over_two_lots_is_one_contract(store, tmp_path: Path) -> None:
    """Before, the second 标段 line became a second contract (no amount, every other field copied)."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额（元）", "签订日期", "标段", "标段金额（元）"],
            ["SL0", "道路硬化工程", "宏达建设", 60000, dt.date(2022, 2, 9), "第1标段", 30000],
            [None, None, None, None, None, "第2标段", 30000],
            ["SL1", "路灯工程", "光明电器", 61000, dt.date(2022, 3, 9), "第1标段", 61000]]
    merges = {"合同": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "工程合同登记.xlsx", {"合同": rows}, merges=merges)))
    assert [(r["code"], r["amount"]) for r in records(store, "contract")] == [("SL0", 60000.0), ("SL1", 61000.0)]
    assert by_row(sheet.skipped)[3]["reason"].startswith("合并单元格的续行")


def test_lines_merged_under_one_voucher_with_their_own_amounts_stay_records(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收款单位", "金额（元）"],
            [dt.date(2023, 3, 8), "记-1", "付款", "宏达建设", 450],
            [None, None, "付款", "光明电器", 475.5]]
    merges = {"凭证": ["A2:A3", "B2:B3"]}
    import_one(store, write_xlsx(tmp_path / "支出凭证明细.xlsx", {"凭证": rows}, merges=merges))
    assert [(r["date"], r["counterparty"], r["amount"]) for r in records(store, "payment")] == [
        ("2023-03-08", "宏达建设", 450.0), ("2023-03-08", "光明电器", 475.5)]
