"""Layouts of blind sets qa121 (Excel's analysis sheets beside the ledgers) and qa124 (units that change
from row to row) that used to be misread:

- a 数据透视表's output (行标签 | 求和项:合同金额 | 计数项:合同编号, its 总计 line, a page filter above it)
  was read as a ledger: its sums per village became contracts without a party, which raised false
  应招未招 flags, and its 总计 a payment; it is refused with a note. Look-alikes: a ledger with one
  column that happens to say 计数项, and a 汇总 sheet, read as before;
- a contract's 标的数量 ("1.2公里", "45盏") was stored as its 关联项目.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx

LEDGER = [["青石镇2023年村级合同台账"],
          ["序号", "村名", "合同名称", "乙方", "合同金额", "签订日期", "合同类别"],
          [1, "东坡村", "村道硬化工程", "衢州市恒达建筑工程有限公司", 186500, "2023-03-08", "工程"],
          [2, "柳河村", "路灯采购", "青石照明器材经营部", 45800, "2023-04-11", "采购"]]


def test_a_pivot_table_beside_its_ledger_is_refused(store, tmp_path: Path) -> None:
    pivot = [["合同类别", "工程"], [],
             ["行标签", "求和项:合同金额", "计数项:合同编号"],
             ["东坡村", 186500, 1], ["柳河村", 45800, 1], ["总计", 232300, 2]]
    report = import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"台账": LEDGER, "数据透视表": pivot}))
    assert [c["title"] for c in records(store, "contract")] == ["村道硬化工程", "路灯采购"]
    note = sheet_of(report, "数据透视表").note
    assert "数据透视表" in note and "行标签" in note and sheet_of(report, "数据透视表").kind is None


def test_an_english_pivot_is_refused_too(store, tmp_path: Path) -> None:
    pivot = [["Row Labels", "Sum of Amount"], ["东坡村", 186500], ["Grand Total", 186500]]
    report = import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"台账": LEDGER, "Pivot": pivot}))
    assert len(records(store, "contract")) == 2 and "数据透视表" in sheet_of(report, "Pivot").note


def test_a_ledger_with_one_column_headed_like_a_pivot_is_read(store, tmp_path: Path) -> None:
    """Look-alike: one 计数项:… header alone is no pivot."""
    rows = [LEDGER[1] + ["计数项:附件"], *[row + [2] for row in LEDGER[2:]]]
    import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"台账": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [186500.0, 45800.0]


def test_a_contracts_quantity_is_not_its_project(store, tmp_path: Path) -> None:
    rows = [["合同编号", "合同名称", "乙方", "标的数量", "合同金额", "签订日期"],
            ["HT-01", "村道硬化工程", "衢州市恒达建筑工程有限公司", "1.2公里", 186500, "2023-03-08"],
            ["HT-02", "路灯采购", "青石照明器材经营部", "45盏", 45800, "2023-04-11"]]
    import_one(store, write_xlsx(tmp_path / "东坡村合同台账.xlsx", {"合同": rows}))
    assert [(c["title"], c.get("project")) for c in records(store, "contract")] == \
        [("村道硬化工程", None), ("路灯采购", None)]


def test_a_sheet_copied_within_the_workbook_is_not_imported_twice(store, tmp_path: Path) -> None:
    """Excel's 移动或复制工作表 → 建立副本 ("台账 (2)"), or a copy sorted for a look: every row is a row of
    the ledger, cell for cell, in any order."""
    copy = [LEDGER[0], LEDGER[1], LEDGER[3], LEDGER[2]]
    report = import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"台账": LEDGER, "台账 (2)": copy}))
    assert [c["title"] for c in records(store, "contract")] == ["村道硬化工程", "路灯采购"]
    sheet = sheet_of(report, "台账 (2)")
    assert sheet.kind is None and not sheet.unrecognized and "与工作表“台账”的行逐格相同" in sheet.note


def test_sheets_that_share_some_rows_are_both_imported(store, tmp_path: Path) -> None:
    """Look-alikes: a sheet that shares only some entries with another (the first half-year before the
    whole year's sheet, which adds rows) is no copy, and neither is a single sheet."""
    year = LEDGER + [[3, "东坡村", "公厕改造", "青石建筑队", 38600, "2023-09-02", "工程"],
                     [4, "柳河村", "河道清淤", "青石水利工程队", 52000, "2023-10-15", "工程"]]
    import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"上半年": LEDGER, "全年": year}))
    assert len(records(store, "contract")) == 6


def test_a_whole_year_after_its_first_half_adds_its_own_entries(store, tmp_path: Path) -> None:
    """Look-alike: most rows of the second sheet are the first's, but it adds entries: imported."""
    year = LEDGER + [[3, "东坡村", "公厕改造", "青石建筑队", 38600, "2023-09-02", "工程"]]
    import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"上半年": LEDGER, "全年": year}))
    assert len(records(store, "contract")) == 5


def test_a_subtotalled_copy_is_a_copy(store, tmp_path: Path) -> None:
    copy = [LEDGER[1], LEDGER[2], [None, "东坡村 汇总", None, None, 186500], LEDGER[3],
            [None, "柳河村 汇总", None, None, 45800], [None, "总计", None, None, 232300]]
    report = import_one(store, write_xlsx(tmp_path / "青石镇合同台账.xlsx", {"台账": LEDGER, "分类汇总": copy}))
    assert len(records(store, "contract")) == 2 and "是它的副本" in sheet_of(report, "分类汇总").note
