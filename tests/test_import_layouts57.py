"""Layouts of blind set qa57 (贵州/重庆 村股份经济合作社 books) that used to be misread:

- a 一事一议 筹资筹劳 花名册 names each household (户主姓名) and the group's 收款人 who took its money in:
  the collector was the counterparty of every household's payment, silently;
- an 产业项目 台账's 实施主体 (a 专业合作社 or company) was not read as the contractor when the sheet
  has no 中标单位 or 施工单位 column;
- a 联村党委 (the Party committee of several villages) was filed under a village "联村", though its
  所在单位 column names each member's village;
- a household exempted from paying (备注: 五保户，免筹) was reported as "未交款…请核对是否欠交".
"""

from __future__ import annotations

from pathlib import Path

from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_xls, write_xlsx

# --- 收缴登记表: the 收款人 is the village's collector ----------------------------------------------


def _register(collector: str = "收款人") -> list[list[object]]:
    return [["酉阳县花田乡大坪村2023年一事一议筹资筹劳花名册"],
            ["序号", "组别", "户主姓名", "筹资人数", "筹资金额(元)", "缴款日期", collector, "备注"],
            [1, "三组", "冉光明", 5, 75, "2023.3.5", "冉茂华", None],
            [2, "三组", "彭正华", 6, 90, "2023.3.6", "冉茂华", None],
            [3, "五组", "龚开云", 0, 0, None, None, "五保户，免筹"],
            [4, "五组", "黄朝福", 7, 105, "2023.5.13", "白素珍", None],
            [5, "五组", "田兴旺", 0, 0, None, None, None]]


def test_a_collection_registers_collector_is_no_counterparty(store, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "大坪村2023年一事一议筹资筹劳花名册.xls", {"筹资筹劳登记": _register()})
    sheet = sheet_of(import_one(store, path))
    payments = records(store, "payment")
    assert [(p["counterparty"], p["handler"], p["direction"], p["amount"]) for p in payments] == [
        ("冉光明", "冉茂华", "in", 75.0), ("彭正华", "冉茂华", "in", 90.0), ("黄朝福", "白素珍", "in", 105.0)]
    assert "“户主姓名”是交款的户（人）" in sheet.note and "“收款人”是本村收款（经收）的人" in sheet.note


def test_a_collection_registers_receiver_is_its_handler(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "大坪村2023年一事一议筹资花名册.xlsx", {"筹资": _register("经收人")})
    import_one(store, path)
    assert [(p["counterparty"], p["handler"]) for p in records(store, "payment")] == [
        ("冉光明", "冉茂华"), ("彭正华", "冉茂华"), ("黄朝福", "白素珍")]


def test_a_payout_lists_payee_stays_the_counterparty(store, tmp_path: Path) -> None:
    """Look-alike: in a 发放表 (money out) the 收款人 is the one paid."""
    rows = [["大坪村2023年临时救助金发放表"],
            ["序号", "组别", "收款人", "发放金额(元)", "发放日期", "备注"],
            [1, "三组", "冉光明", 800, "2023.3.5", None],
            [2, "五组", "黄朝福", 600, "2023.3.6", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "大坪村临时救助金发放表.xlsx", {"发放": rows})))
    assert [(p["counterparty"], p["direction"]) for p in records(store, "payment")] == [
        ("冉光明", "out"), ("黄朝福", "out")]
    assert "本村收款（经收）的人" not in sheet.note


def test_an_exempted_household_is_said_so(store, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "大坪村2023年一事一议筹资筹劳花名册.xls", {"筹资筹劳登记": _register()})
    sheet = sheet_of(import_one(store, path))
    reasons = {item["row"]: item["reason"] for item in sheet.rejected}
    assert "免交" in reasons[5] and "五保户，免筹" in reasons[5] and "欠交" not in reasons[5]
    assert "请核对是否欠交" in reasons[7]  # no remark: it may still owe


# --- 产业项目: 实施主体 as the contractor ------------------------------------------------------------


def test_an_implementing_body_is_the_contractor_without_a_winner_column(store, tmp_path: Path) -> None:
    rows = [["花茂村股份经济合作社2023年产业发展项目台账"],
            ["序号", "项目名称", "建设地点", "实施主体", "项目总投资(元)", "开工时间"],
            [1, "高标准生态茶园提质改造", "陶家坝组", "遵义市播州区花茂茶业专业合作社", 1865000, "2023.3.6"],
            [2, "茶叶加工厂清洁化生产线", "田坎组", "花茂村股份经济合作社", 950000, "2023.4.2"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "花茂村产业项目台账.xlsx", {"2023年": rows})))
    assert [p["contractor"] for p in records(store, "project")] == ["遵义市播州区花茂茶业专业合作社", "花茂村股份经济合作社"]
    assert "“实施主体”（实施项目的合作社、公司等）记为施工单位" in sheet.note


def test_an_implementing_body_beside_a_winner_stays_unread(store, tmp_path: Path) -> None:
    """Look-alike: beside a 中标单位 the 实施主体 is the owner's side; a project not yet awarded has none."""
    rows = [["序号", "项目名称", "实施主体", "项目总投资(元)", "中标单位", "中标金额(元)"],
            [1, "茶园病虫害绿色防控", "花茂村股份经济合作社", 460000, "遵义绿源植保科技有限公司", 438600],
            [2, "茶叶品牌包装及电商运营", "花茂村股份经济合作社", 150000, None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "花茂村产业项目台账.xlsx", {"2024年": rows})))
    assert [p["contractor"] for p in records(store, "project")] == ["遵义绿源植保科技有限公司", None]
    assert "记为施工单位" not in sheet.note


def test_an_implementing_body_of_villages_gives_the_village_not_a_contractor(store, tmp_path: Path) -> None:
    """Look-alike: a 实施主体 that names a village on every row is the row's village."""
    rows = [["项目名称", "实施主体", "预算金额（元）"], ["村道错车道", "桃园村", 86000], ["文化广场", "石桥村村民委员会", 120000]]
    import_one(store, write_xlsx(tmp_path / "小河镇村级小微工程项目库.xlsx", {"项目库": rows}))
    assert [(p["village"], p["contractor"]) for p in records(store, "project")] == [("桃园村", None), ("石桥村", None)]


# --- 联村党委: each member's village from 所在单位 -------------------------------------------------


def _joint_committee(units: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["中共播州区枫香镇花茂联村委员会班子成员名单"],
                                ["序号", "姓名", "性别", "所在单位", "职务", "分管工作"]]
    for number, unit in enumerate(units, start=1):
        rows.append([number, f"成员{number}", "男", unit, "联村党委委员", "产业发展"])
    return rows


def test_a_joint_committees_members_take_their_units_village(store, tmp_path: Path) -> None:
    rows = _joint_committee(["枫香镇人民政府", "花茂村", "桃坪村", "苟坝村村委会"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "花茂联村党委班子成员名单.xlsx", {"联村党委": rows})))
    assert [c["village"] for c in records(store, "cadre")] == ["", "花茂村", "桃坪村", "苟坝村"]
    assert "各行村名按“所在单位”列" in sheet.note and "枫香镇人民政府" in sheet.note


def test_a_joint_committee_is_no_village() -> None:
    assert find_villages("联村党委") == [] and find_villages("中共枫香镇花茂联村委员会") == []
    assert find_villages("花茂联村党委班子成员") == []
    # Look-alikes: villages named 三联, 新联, and a village's own 党委.
    assert find_villages("三联村党委") == ["三联村"] and find_villages("新联村村委会") == ["新联村"]
    assert find_villages("花茂村党委") == ["花茂村"]


def test_a_work_teams_units_give_no_village(store, tmp_path: Path) -> None:
    """Look-alike: a 驻村工作队's 所在单位 are the county's offices: the title's village stays."""
    rows = [["花茂村驻村工作队成员名单"], ["序号", "姓名", "所在单位", "职务"],
            [1, "张军", "播州区农业农村局", "第一书记"], [2, "李红", "播州区财政局", "队员"]]
    import_one(store, write_xlsx(tmp_path / "花茂村驻村工作队.xlsx", {"工作队": rows}))
    assert {c["village"] for c in records(store, "cadre")} == {"花茂村"}
