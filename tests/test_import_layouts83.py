"""Layouts of blind set qa83 (西南 project ledgers kept as a process log) that used to be misread:

- a 过程台账 gives each project several rows, one a stage (立项, 中标, 签订合同, 付款 …), 项目名称 merged
  down: only the block's first row was read (a project with no amount or contractor) and every other
  row skipped as a merged continuation. Now the project is read once (its 合同金额 and 施工单位 from the
  签订合同 row), each 签订合同 row a contract and each 付款/拨付 row a payment out; the other stage
  rows are skipped with a reason naming the stage;
- a "累计支付" line under such a ledger became a project named 累计支付: it is a total line;
- "本组自建" as a 施工单位 names no contractor;
- "刘大贵\\n身份证：…" or "…有限公司\\n项目经理：…" in a party cell is the person or company alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.party_cells import party_name
from importers.stages import stage_role
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx

SHUTONG = "四川蜀通路桥工程有限公司"


def _process_log() -> list[list]:
    return [["红岩村2023年村级工程项目实施过程台账"],
            ["填报单位：红岩村股份经济合作联合社        单位：元"],
            ["序号", "项目名称", "实施环节", "日期", "金额（元）", "相关单位/人员", "备注"],
            [1, "红岩村通组公路硬化工程", "立项", date(2023, 3, 2), 386000, "村民代表会议", "预算"],
            [None, None, "公开比选", "2023.3.20", None, "邛崃市公共资源交易中心", ""],
            [None, None, "中标", "2023.3.28", 372500, SHUTONG, ""],
            [None, None, "签订合同", date(2023, 4, 3), 372500, SHUTONG + "\n联系人：张建国 13908167752", ""],
            [None, None, "开工", "2023.4.10", None, "", ""],
            [None, None, "付款", date(2023, 5, 10), 150000, SHUTONG, "进度款"],
            [None, None, "竣工验收", "2023年7月15日", None, "镇村建办", "合格"],
            [None, None, "付款", "2023年9月15日", "54,846.00", SHUTONG, "结算款"],
            [2, "红岩村二组灌溉渠道维修", "立项", "2023.5.8", 46000, "村两委会议", ""],
            [None, None, "直接发包", "2023.5.12", None, "刘大贵（本组村民）", "限额以下"],
            [None, None, "签订合同", "2023.5.15", 45800, "刘大贵\n身份证：510183196803122312", ""],
            [None, None, "付款", "2023.7.5", 45800, "刘大贵", "现金支付"],
            ["合计", None, "本年累计付款", None, 250646, None, None]]


def _import_process_log(store, tmp_path: Path):
    merges = {"2023年": ["A4:A11", "B4:B11", "A12:A15", "B12:B15"]}
    return import_one(store, write_xlsx(tmp_path / "红岩村工程项目实施过程台账.xlsx", {"2023年": _process_log()},
                                        merges=merges))


def test_a_process_log_gives_the_project_once_with_its_contract_sum_and_contractor(store, tmp_path: Path) -> None:
    _import_process_log(store, tmp_path)
    projects = records(store, "project")
    assert [(p["source"]["row"], p["name"], p["amount"], p["contractor"]) for p in projects] == [
        (4, "红岩村通组公路硬化工程", 372500.0, SHUTONG), (12, "红岩村二组灌溉渠道维修", 45800.0, "刘大贵")]
    first = projects[0]
    assert (first["budget"], first["decided_on"], first["started_on"], first["finished_on"]) == \
        (386000.0, "2023-03-02", "2023-04-10", "2023-07-15")
    # The cells of the 立项 row stay as they are; what was taken from other rows is in columns that say so.
    assert first["raw"]["金额（元）"] == "386000" and first["raw"]["合同金额（取自签订合同或中标行）"] == "372500"


def test_each_signed_contract_row_is_a_contract(store, tmp_path: Path) -> None:
    _import_process_log(store, tmp_path)
    contracts = by_row(records(store, "contract"))
    assert sorted(contracts) == [7, 14]
    assert (contracts[7]["counterparty"], contracts[7]["amount"], contracts[7]["signed_on"], contracts[7]["title"]) \
        == (SHUTONG, 372500.0, "2023-04-03", "红岩村通组公路硬化工程")
    assert (contracts[14]["counterparty"], contracts[14]["amount"]) == ("刘大贵", 45800.0)


def test_each_payment_row_is_money_paid_out(store, tmp_path: Path) -> None:
    _import_process_log(store, tmp_path)
    payments = by_row(records(store, "payment"))
    assert sorted(payments) == [9, 11, 15]
    assert [(p["date"], p["amount"], p["direction"], p["counterparty"]) for p in payments.values()] == [
        ("2023-05-10", 150000.0, "out", SHUTONG), ("2023-09-15", 54846.0, "out", SHUTONG),
        ("2023-07-05", 45800.0, "out", "刘大贵")]
    assert payments[15]["summary"] == "红岩村二组灌溉渠道维修"


def test_the_other_stage_rows_are_skipped_saying_which_stage(store, tmp_path: Path) -> None:
    report = _import_process_log(store, tmp_path)
    reasons = {item["row"]: item["reason"] for sheet in report.sheets for item in sheet.skipped}
    assert set(reasons) >= {5, 6, 8, 10, 13, 16}
    assert "“公开比选”环节" in reasons[5] and "“开工”环节" in reasons[8] and "开工日期" in reasons[8]
    assert "“竣工验收”环节" in reasons[10] and "合并单元格的续行" not in "".join(reasons.values())
    assert reasons[16].startswith("合计行")
    kinds = [sheet.kind for sheet in report.sheets]
    assert kinds == ["project", "contract", "payment"]
    assert all("过程台账" in sheet.note and "签订合同" in sheet.note for sheet in report.sheets)


def test_a_process_log_in_wan_with_the_project_name_written_once(store, tmp_path: Path) -> None:
    """An .xls in 万元, the stage column headed 事项 after the date, 项目编号 and 项目名称 merged."""
    rows = [["石桥村2023年工程项目进度台账"], ["单位：万元"],
            ["项目编号", "项目名称", "时间", "事项", "金额（万元）", "单位/人员"],
            ["SQ2023-04", "石桥村村委会办公楼维修", "2023.8.3", "村民代表大会决议", 4.98, ""],
            [None, None, "2023.8.10", "签订施工合同", 4.98, "重庆渝兴建筑工程有限公司\n项目经理：刘德明 13983456721"],
            [None, None, "2023.9.22", "拨付工程款", 4.98, "重庆渝兴建筑工程有限公司"],
            ["SQ2023-05", "石桥村村委会院坝硬化", "2023.8.3", "村民代表大会决议", 4.95, ""],
            [None, None, "2023.8.12", "签订施工合同", 4.95, "重庆渝兴建筑工程有限公司"],
            [None, None, "2023.9.25", "拨付工程款", 4.95, "重庆渝兴建筑工程有限公司"]]
    merges = {"2023年项目": [(3, 5, 0, 0), (3, 5, 1, 1), (6, 8, 0, 0), (6, 8, 1, 1)]}
    import_one(store, write_xls(tmp_path / "石桥村工程项目进度台账.xls", {"2023年项目": rows}, merges=merges))
    projects = records(store, "project")
    assert [(p["code"], p["amount"], p["contractor"]) for p in projects] == [
        ("SQ2023-04", 49800.0, "重庆渝兴建筑工程有限公司"), ("SQ2023-05", 49500.0, "重庆渝兴建筑工程有限公司")]
    assert [(c["amount"], c["signed_on"]) for c in records(store, "contract")] == [
        (49800.0, "2023-08-10"), (49500.0, "2023-08-12")]
    assert [p["amount"] for p in records(store, "payment")] == [49800.0, 49500.0]


def test_a_running_total_of_payments_is_a_total_line(store, tmp_path: Path) -> None:
    rows = [["项目名称", "施工单位", "合同金额"], ["核桃坝村茶园便道", "遵义市黔北建设工程有限公司", 248600],
            ["核桃坝村提灌站", "贵州水韵水利工程有限公司", 176800], ["累计支付", None, 425400]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "核桃坝村项目台账.xlsx", {"项目": rows})))
    assert [p["name"] for p in records(store, "project")] == ["核桃坝村茶园便道", "核桃坝村提灌站"]
    assert {item["row"]: item["reason"] for item in sheet.skipped}[4].startswith("合计行")


def test_a_payment_that_says_what_was_paid_so_far_is_an_entry(store, tmp_path: Path) -> None:
    """Look-alike: "累计支付工程款" in a journal's 摘要 is an entry, not a total line."""
    rows = [["日期", "摘要", "收入", "支出"], ["2023-05-10", "累计支付工程款（第三次）", None, 30000],
            ["2023-06-10", "收到财政奖补资金", 50000, None]]
    import_one(store, write_xlsx(tmp_path / "石桥村收支明细.xlsx", {"收支": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [30000.0, 50000.0]


@pytest.mark.parametrize("text", ["本组自建", "三组自建", "本社自行建设", "村民小组自建"])
def test_a_group_building_its_own_work_is_no_contractor(text: str) -> None:
    assert party_name(text) is None


@pytest.mark.parametrize("text", ["本组建筑队", "三组建材经营部", "自建房屋施工队"])
def test_a_group_that_names_a_builder_keeps_it(text: str) -> None:
    """Look-alike: a team named after its group is a contractor."""
    assert party_name(text) == text


@pytest.mark.parametrize(("text", "name"), [
    ("刘大贵\n身份证：510183196803122312", "刘大贵"), ("彭光明\n电话：15923146680", "彭光明"),
    ("重庆渝兴建筑工程有限公司\n项目经理：刘德明 13983456721", "重庆渝兴建筑工程有限公司")])
def test_a_party_with_a_labelled_second_line(text: str, name: str) -> None:
    assert party_name(text) == name


@pytest.mark.parametrize(("cell", "role"), [
    ("签订合同", "contract"), ("签订施工合同", "contract"), ("付款", "payment"), ("拨付工程款", "payment"),
    ("中标", "award"), ("立项（村民代表会议决议）", "decided"), ("竣工验收", "finished"), ("审计", "other"),
    ("已完工", None), ("在建", None), ("合计", None), ("付款节点", None)])
def test_stage_words(cell: str, role: str | None) -> None:
    assert stage_role(cell) == role


def test_a_project_list_with_a_progress_column_and_merged_villages_stays_one_project_a_row(store, tmp_path: Path) -> None:
    """Look-alike: a 进度 column of 已完工/在建 is a status, and a merged 村名 groups projects of one village."""
    rows = [["村名", "项目名称", "进度", "合同金额", "施工单位"],
            ["石桥村", "石桥村便道", "已完工", 120000, "甲建设有限公司"],
            [None, "石桥村水池", "在建", 80000, "乙建设有限公司"],
            [None, "石桥村路灯", "已完工", 60000, "丙照明有限公司"],
            ["马吉村", "马吉村堰塘", "未开工", 90000, "丁水利有限公司"],
            [None, "马吉村护栏", "在建", 50000, "甲建设有限公司"]]
    report = import_one(store, write_xlsx(tmp_path / "镇工程项目表.xlsx", {"项目": rows}, merges={"项目": ["A2:A4", "A5:A6"]}))
    assert [s.kind for s in report.sheets] == ["project"]
    projects = records(store, "project")
    assert [(p["village"], p["amount"]) for p in projects] == [
        ("石桥村", 120000.0), ("石桥村", 80000.0), ("石桥村", 60000.0), ("马吉村", 90000.0), ("马吉村", 50000.0)]
    assert "过程台账" not in report.sheets[0].note


def test_a_contract_ledger_with_payment_stage_columns_stays_contracts(store, tmp_path: Path) -> None:
    """Look-alike (qa65): 付款节点 columns on one contract's row are no stage column."""
    rows = [["合同编号", "合同名称", "乙方", "合同金额", "付款节点", "付款金额", "付款日期"],
            ["HT-01", "便道硬化", "甲建设有限公司", 300000, "进度款", 150000, "2023-05-01"],
            ["HT-02", "水池新建", "乙建设有限公司", 80000, "预付款", 40000, "2023-06-01"],
            ["HT-03", "路灯安装", "丙照明有限公司", 60000, "尾款", 60000, "2023-07-01"],
            ["HT-04", "堰塘清淤", "丁水利有限公司", 90000, "付款", 90000, "2023-08-01"],
            ["HT-05", "护栏安装", "甲建设有限公司", 50000, "结算款", 50000, "2023-09-01"]]
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"合同": rows}))
    assert [s.kind for s in report.sheets] == ["contract"]
    assert len(records(store, "contract")) == 5


def test_a_project_with_a_sub_row_stays_one_project(store, tmp_path: Path) -> None:
    """Look-alike: a project whose name is merged over a second line of its own (no stage column)."""
    rows = [["项目名称", "建设内容", "合同金额", "施工单位"],
            ["石桥村便道", "硬化1.2公里", 120000, "甲建设有限公司"], [None, "排水沟300米", None, None],
            ["石桥村水池", "新建水池1口", 80000, "乙建设有限公司"], [None, "管网500米", None, None]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村项目表.xlsx", {"项目": rows}, merges={"项目": ["A2:A3", "A4:A5"]}))
    assert [s.kind for s in report.sheets] == ["project"]
    assert [p["amount"] for p in records(store, "project")] == [120000.0, 80000.0]
