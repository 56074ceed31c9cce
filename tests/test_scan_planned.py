"""A project that is only planned (进展 计划, 申报; the importer writes 计划 for the projects of a 年度计划
or 申报计划) is left out of the scan (``xuncha.rules.context.drop_planned``): a plan names no 发包方式
yet and its planned month is no start, so checked beside the works done each planned project raised
"发包方式为空白" and "签订晚于开工" flags. The scan says how many it left out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import write_xlsx

PLAN = [["李家湾村2023年村级公益事业建设项目年度计划"], ["单位：万元"],
        ["序号", "项目名称", "建设内容及规模", "计划投资", "计划开工时间", "计划竣工时间"],
        [1, "文化礼堂修缮", "屋面、墙面修缮", 35, "2023年6月", "2023年12月"],
        [2, "后山塘加固", "坝体加固", 15, "2023年11月", "2023年12月"]]
LEDGER = [["李家湾村2023年工程项目台账"],
          ["项目名称", "施工单位", "预算金额", "合同金额", "发包方式", "开工日期"],
          ["文化礼堂修缮", "浙江宏达建设有限公司", 350000, 308400, "交易平台", dt.date(2023, 6, 20)]]


def _scan(tmp_path: Path, sheets: dict):
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    store = Store(tmp_path / "x.db")
    importers.import_paths(store, [write_xlsx(tmp_path / "李家湾村2023年项目计划及台账.xlsx", sheets)])
    return store, run_scan(store)


def test_a_plans_projects_are_marked_planned_and_left_out_of_the_scan(tmp_path: Path) -> None:
    from tests.test_import_support import records

    store, result = _scan(tmp_path, {"公益事业建设年度计划": PLAN, "工程项目台账": LEDGER})
    assert [(p["name"], p["status"]) for p in records(store, "project")] == [
        ("文化礼堂修缮", "计划"), ("后山塘加固", "计划"), ("文化礼堂修缮", None)]
    assert not [flag for flag in result.flags if flag.rule == "method_below_required"]
    assert "2 个项目的进展是“计划”或“申报”（尚未实施），未参与筛查" in result.warnings


def test_a_project_not_yet_started_is_still_checked(tmp_path: Path) -> None:
    """未开工 is a contracted project: its 发包方式 is checked."""
    ledger = [["李家湾村2023年工程项目台账"], ["项目名称", "施工单位", "合同金额", "发包方式", "进展"],
              ["村道白改黑工程", "浙江宏达建设有限公司", 372000, "直接发包", "未开工"]]
    _, result = _scan(tmp_path, {"工程项目台账": ledger})
    assert [flag.rule for flag in result.flags if flag.rule == "method_below_required"] == ["method_below_required"]
    assert not [text for text in result.warnings if "计划" in text]
