"""Layouts of blind set qa101 (budgets and plans beside the books) that used to be misread:

- a 收支计划 by quarter (季度 | 计划收入 | 计划支出 | 主要支出事项) was read as a journal: each quarter's
  planned spending became a payment, and an overpayment flag paired it with a planned project's
  budget. A sheet whose every money column is planned (计划/预算/预计) and that dates no row is now
  refused, with a note; a journal with a 预算 column beside its 收入/支出 stays a journal;
- the projects of a 年度计划 or 申报计划 (no 进展, contractor or contract sum) now have the 进展 计划,
  and the note says so: the scan leaves them out (tests/test_scan_planned.py);
- 交易平台 as a 发包方式 (村级工程交易平台) is an open procedure (rules.toml ``method_words``).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, write_csv, write_xlsx

QUARTERS = [["李家湾村2023年资金收支计划（按季度）"], ["单位：元"],
            ["季度", "计划收入", "计划支出", "主要支出事项", "资金来源"],
            ["第一季度", 260000, 185000, "干部报酬、春季道路养护", "村集体、转移支付"],
            ["第二季度", 420000, 390000, "村道硬化、机埠改造", "财政奖补、村集体"],
            ["全年合计", 680000, 575000, None, None]]


def test_a_plan_of_money_is_no_journal(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "李家湾村2023年财务收支预算.xlsx", {"2023年收支计划": QUARTERS}))
    assert records(store) == []
    sheet = report.sheets[0]
    assert sheet.kind is None and "收支计划（预算）" in sheet.note and "计划收入、计划支出" in sheet.note


def test_a_journal_with_its_budget_beside_stays_a_journal(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "收入金额", "支出金额", "本科目年度预算", "累计执行", "执行率"],
            ["2023-01-06", "收鱼塘承包费", 18800, None, 20000, 18800, "94%"],
            ["2023/2/3", "付村部电费", None, 1286.4, 15000, 1286.4, "8.6%"]]
    import_one(store, write_csv(tmp_path / "王家庄村2023年收支明细及预算执行.csv", rows, encoding="utf-8-sig"))
    assert [(p["direction"], p["amount"]) for p in records(store, "payment")] == [("in", 18800.0), ("out", 1286.4)]


def test_a_dated_sheet_of_planned_sums_is_read_as_it_was(store, tmp_path: Path) -> None:
    """A column dating each row says money moved on that day: only an undated plan is refused."""
    rows = [["日期", "摘要", "预算支出"], ["2023-03-02", "付村道养护费", 5000]]
    import_one(store, write_xlsx(tmp_path / "东村支出.xlsx", {"支出": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [5000.0]


def test_a_plans_projects_are_planned(store, tmp_path: Path) -> None:
    rows = [["李家湾村2023年度一事一议财政奖补项目申报计划表"], ["单位：元"],
            ["序号", "项目名称", "项目类型", "申报投资总额", "村民代表会议日期"],
            [1, "一组机耕路硬化", "道路", 82000, "2023年2月18日"]]
    report = import_one(store, write_xlsx(tmp_path / "李家湾村项目计划.xlsx", {"一事一议申报计划": rows}))
    [project] = records(store, "project")
    assert (project["name"], project["budget"], project["status"]) == ("一组机耕路硬化", 82000.0, "计划")
    assert "进展记为“计划”" in report.sheets[0].note


def test_the_ledger_of_works_done_under_a_plan_is_no_plan(store, tmp_path: Path) -> None:
    rows = [["李家湾村2023年一事一议项目计划实施台账"],
            ["项目名称", "实施单位", "预算投资", "合同金额"],
            ["一组机耕路硬化", "青石镇富民路桥工程队", 82000, 76800]]
    report = import_one(store, write_xlsx(tmp_path / "李家湾村项目台账.xlsx", {"一事一议实施台账": rows}))
    assert [p["status"] for p in records(store, "project")] == [None]
    assert "进展记为" not in report.sheets[0].note
