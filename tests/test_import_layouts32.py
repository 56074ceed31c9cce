"""Layouts of blind pass 32 (冀鲁豫晋 townships, 2024-2025) that used to be refused or read without
their money.

Each test writes a real file (a GBK csv, an xlsx) and imports it through ``importers.import_paths``:

- a 零星维修登记 (维修项目, 维修金额, 维修单位(个人)) is a list of small works: the repair's cost and who
  did it;
- a 四议两公开 记录台账 names each 重大事项 (事项名称) and the sum it involves (涉及金额): a project
  list whose 村民代表会议决议时间 is the decision date.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx


def test_a_register_of_small_repairs_gives_their_cost_and_who_did_them(store, tmp_path: Path) -> None:
    """Before, 维修金额 and 维修单位(个人) were read as nothing: the repairs came in without money."""
    rows = [["朗公庙镇前辛庄村2025年零星维修项目登记表"],
            ["序号", "维修项目", "维修内容", "维修金额(元)", "维修单位(个人)", "维修日期", "验收人"],
            [1, "村部水管维修", "更换主管道3米、阀门2个", 680, "张帅", "2025年1月9日", "王志刚"],
            [2, "村卫生室门窗维修", "更换铝合金窗2扇", "2,450", "新乡县永固门窗加工部", "2025年3月4日", "王志刚"],
            ["合计", None, None, "3,130", None, None, None]]
    report = import_one(store, write_csv(tmp_path / "前辛庄村零星维修登记2025.csv", rows, encoding="gbk"))
    assert sheet_of(report).kind == "project"
    assert [(p["name"], p["amount"], p["contractor"]) for p in records(store, "project")] == [
        ("村部水管维修", 680.0, "张帅"), ("村卫生室门窗维修", 2450.0, "新乡县永固门窗加工部")]


def test_a_record_of_the_four_deliberations_lists_its_matters_as_projects(store, tmp_path: Path) -> None:
    """Before, the sheet was refused: 事项名称 was no project name."""
    rows = [["郝桥村村级重大事项“四议两公开”记录台账"],
            ["序号", "事项名称", "涉及金额（万元）", "党支部会提议时间", "两委会商议时间", "党员大会审议时间",
             "村民代表会议决议时间", "决议公开时间", "实施单位"],
            [1, "村内街道硬化工程", 17.68, "2024-03-05", "2024-03-08", "2024-03-12", "2024-03-18", "2024-03-19",
             "邢台市鑫路达建筑工程有限公司"],
            ["注：涉及金额为预算金额；相关会议记录附后。"]]
    report = import_one(store, write_xlsx(tmp_path / "郝桥村四议两公开记录台账2024.xlsx", {"四议两公开": rows}))
    assert sheet_of(report).kind == "project"
    assert [(p["name"], p["budget"], p["decided_on"], p["contractor"]) for p in records(store, "project")] == [
        ("村内街道硬化工程", 176800.0, "2024-03-18", "邢台市鑫路达建筑工程有限公司")]
