"""Layouts of blind pass 25 (村级采购、四议两公开、村务监督): the villagers' decision of a 四议两公开
台账, and a 摘要 that voids its own entry in a closing aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_the_villagers_decision_of_the_four_deliberations_is_the_decision_date(store, tmp_path: Path) -> None:
    """四议 over 提议 | 商议 | 审议 | 决议: the last is the 村民代表会议's decision, which date_order
    compares with the start of the works."""
    rows = [["田家沟村“四议两公开”村级工程项目台账"],
            ["序号", "项目名称", "预算金额（万元）", "四议", None, None, None, "施工单位", "开工日期"],
            [None, None, None, "党支部提议", "村两委商议", "党员大会审议", "村民代表会议决议", None, None],
            [1, "茶园产业路硬化", 45.6, dt.date(2025, 2, 10), dt.date(2025, 2, 14), dt.date(2025, 2, 20),
             dt.date(2025, 2, 26), "黔兴建筑工程有限公司", dt.date(2025, 3, 18)]]
    merges = {"台账": ["D2:G2", "A2:A3", "B2:B3", "C2:C3", "H2:H3", "I2:I3"]}
    import_one(store, write_xlsx(tmp_path / "田家沟村四议两公开工程台账.xlsx", {"台账": rows}, merges=merges))
    [project] = records(store, "project")
    assert (project["decided_on"], project["started_on"], project["budget"]) == ("2025-02-26", "2025-03-18", 456000.0)


def test_a_summary_closing_with_a_void_aside_voids_its_row(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入", "支出", "对方单位"],
            ["2025/9/9", "付-12", "付办公设备款", None, 18650, "科达电脑经营部"],
            ["2025/9/10", "付-12", "付办公设备款（重复录入，作废）", None, 18650, "科达电脑经营部"],
            ["2025/9/11", "付-13", "付材料款（原记-4作废）", None, 3200, "力达建材"],
            ["2025/9/12", "付-14", "冲销作废凭证", None, 100, "力达建材"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红星村收支明细公开表.xlsx", {"收支": rows})))
    assert [p["source"]["row"] for p in records(store, "payment")] == [2, 4, 5]
    assert "已作废" in {s["row"]: s["reason"] for s in sheet.skipped}[3]
