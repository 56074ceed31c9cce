"""A sheet with several tables: each table below the first is planned and read through its own header.

Village clerks put a 收支 table and a 合同 table on one sheet, or the 两委 list and the 村务监督委员会
list with their columns in another order. Before, the rows under the second header were reported as
not imported (never read through the first header's columns); now they come in as their own table,
reported as its own entry with the row its header is on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import importers
from tests.test_import_support import import_one, records, write_xlsx


def test_a_contract_table_under_a_payment_table_is_read_as_contracts(store, tmp_path: Path) -> None:
    rows = [["石桥村2023年财务收支及合同公开"],
            ["日期", "凭证号", "摘要", "收入", "支出"],
            [dt.date(2023, 3, 5), "记-1", "收到土地租金", 12500, None],
            [dt.date(2023, 3, 9), "记-2", "付道路硬化工程款", None, 86000],
            ["合计", None, None, 12500, 86000],
            [],
            ["二、合同签订情况"],
            ["合同名称", "乙方单位", "合同金额（元）", "签订日期"],
            ["道路硬化工程施工合同", "宏达建设有限公司", 172000, dt.date(2023, 2, 20)],
            ["村部维修合同", "光明装饰工程部", 38000, dt.date(2023, 4, 2)]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村收支及合同公开.xlsx", {"公开": rows}))
    first, second = report.sheets
    assert (first.kind, first.imported, second.kind, second.imported) == ("payment", 2, "contract", 2)
    payments = [(p["date"], p["direction"], p["amount"]) for p in records(store, "payment")]
    assert payments == [("2023-03-05", "in", 12500.0), ("2023-03-09", "out", 86000.0)]
    contracts = [(c["counterparty"], c["amount"], c["signed_on"], c["source"]["row"], c["village"])
                 for c in records(store, "contract")]
    assert contracts == [("宏达建设有限公司", 172000.0, "2023-02-20", 9, "石桥村"),
                         ("光明装饰工程部", 38000.0, "2023-04-02", 10, "石桥村")]
    assert second.header_row == 8 and "第 8 行起的另一张表" in second.note
    # The 合计 line and the section title stay reported with the first table.
    assert {s["row"] for s in first.skipped} >= {5, 7}


def test_the_second_table_shares_the_village_and_year_of_the_sheets_title(store, tmp_path: Path) -> None:
    """The title over both tables names the village and the year; the file name names neither."""
    rows = [["石桥村2023年财务收支及合同公开"],
            ["日期", "凭证号", "摘要", "收入", "支出", "往来单位"],
            [dt.date(2023, 1, 5), "记-1", "收到土地租金", 12500, None, "王大山"],
            [dt.date(2023, 1, 9), "记-2", "收到鱼塘承包款", 8000, None, "李小河"],
            [],
            ["二、本年支出明细"],
            ["月", "日", "摘要", "金额", "收款单位"],
            [3, 9, "付道路硬化工程款", 86000, "宏达建设有限公司"],
            [4, 2, "付村部维修款", 38000, "光明装饰工程部"]]
    report = import_one(store, write_xlsx(tmp_path / "财务公开.xlsx", {"公开": rows}))
    assert [(sheet.kind, sheet.village) for sheet in report.sheets] == [("payment", "石桥村"), ("payment", "石桥村")]
    below = [(p["date"], p["counterparty"], p["village"]) for p in records(store, "payment") if p["source"]["row"] > 7]
    assert below == [("2023-03-09", "宏达建设有限公司", "石桥村"), ("2023-04-02", "光明装饰工程部", "石桥村")]


def test_a_unit_line_above_the_second_table_gives_its_unit(store, tmp_path: Path) -> None:
    rows = [["合同名称", "乙方单位", "合同金额（元）", "签订日期"],
            ["村部维修合同", "光明装饰工程部", 38000, dt.date(2023, 4, 2)],
            ["村部围墙合同", "光明装饰工程部", 12000, dt.date(2023, 5, 2)],
            ["二、工程项目（单位：万元）"],
            ["项目名称", "施工单位", "预算", "开工日期"],
            ["道路硬化", "宏达建设有限公司", 17.2, dt.date(2023, 3, 1)]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村合同及项目.xlsx", {"台账": rows}))
    assert [sheet.kind for sheet in report.sheets] == ["contract", "project"]
    [project] = records(store, "project")
    assert (project["name"], project["budget"], project["contractor"]) == ("道路硬化", 172000.0, "宏达建设有限公司")


def test_a_balance_table_under_a_journal_is_its_own_entry_not_imported(store, tmp_path: Path) -> None:
    """A 科目余额表 under the 现金日记账: balances, not entries; reported as such, on the row it starts."""
    rows = [["日期", "凭证号", "摘要", "对方单位", "收入", "支出", "余额"],
            [dt.date(2023, 3, 5), "记-1", "收到土地租金", "王大山", 12500, None, 22500],
            [dt.date(2023, 3, 9), "记-2", "付道路硬化工程款", "宏达建设", None, 8600, 13900],
            [],
            ["科目编码", "科目名称", "期初余额", "本期借方", "本期贷方", "期末余额"],
            ["101", "库存现金", 10000, 12500, 8600, 13900],
            ["102", "银行存款", 250000, 0, 0, 250000]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村现金日记账.xlsx", {"现金": rows}))
    assert [(p["counterparty"], p["amount"]) for p in records(store, "payment")] == [("王大山", 12500.0),
                                                                                    ("宏达建设", 8600.0)]
    first, second = report.sheets
    assert (first.kind, first.imported, second.kind, second.imported) == ("payment", 2, None, 0)
    assert second.sheet == "现金" and second.note.startswith("同一工作表中第 5 行起的另一张表（表头与上面的表不同）；")
    assert "按它自己的表头导入" not in second.note and "余额" in second.note


def test_with_a_mapping_file_the_sheet_is_one_table(store, tmp_path: Path) -> None:
    """A mapping file names the sheet's header and columns; its rows are never re-planned."""
    rows = [["序号", "姓名", "职务", "分工", "联系电话"],
            [1, "王建国", "书记", "全面工作", 13903941234],
            ["序号", "姓名", "职务", "联系电话", "备注"],
            [1, "赵德胜", "监委会主任", 15803943456, "党员"]]
    mapping = importers.Mapping(kind="cadre", columns={"姓名": "name", "职务": "position", "联系电话": "phone"})
    report = import_one(store, write_xlsx(tmp_path / "前楼村干部名单.xlsx", {"名单": rows}), mapping=mapping)
    assert len(report.sheets) == 1
    assert [r["name"] for r in records(store, "cadre")] == ["王建国"]
    reasons = {s["row"]: s["reason"] for s in report.sheets[0].skipped}
    assert "另一张表的表头" in reasons[3] and "另一张表中" in reasons[4]


def test_a_data_row_above_the_chosen_header_is_reported_not_dropped(store, tmp_path: Path) -> None:
    """A one-row table above a larger one whose header scores higher: its row was a "title line",
    neither imported nor reported."""
    rows = [["石桥村2023年财务收支公开"],
            ["凭证号", "摘要", "收入", "支出"],
            ["记-1", "收到土地租金", 12500, None],
            [],
            ["二、本年支出明细"],
            ["月", "日", "摘要", "金额", "收款单位"],
            [3, 9, "付道路硬化工程款", 86000, "宏达建设有限公司"]]
    report = import_one(store, write_xlsx(tmp_path / "财务公开.xlsx", {"公开": rows}))
    [sheet] = report.sheets
    assert sheet.header_row == 6 and sheet.imported == 1
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("位于表头（第 6 行）上方、像是数据的行：未导入")
    assert 1 not in reasons and 2 not in reasons  # the title and the first header are no data rows
