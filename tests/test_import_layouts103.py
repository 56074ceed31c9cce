"""Layouts of blind set qa103 (procurement with several bidders per item) that used to be misread:

- a 开标记录 or 竞争性谈判记录 gives each bidder a row under the item's merged 项目名称: the item was a
  project on its first row with its name only (that row maybe a losing bid), and the other rows were
  skipped as "merged continuations" though no field took their bidder or price. Each item is now one
  project on its winner's row (是否中标 / 谈判结果, else a 中标单位 column, else 排名 1) with the winner's
  company and price (the 最终报价 of rounds); the losing bids are skipped naming bidder and price and
  kept searchable beside the project; an item with no winner marked is not guessed;
- a platform's 网上竞价成交公告 names the buyer in 采购单位 ("青山镇石桥村股份经济合作社"): every row came
  without a village; the village is now read from it (a 镇政府 there names none).

Look-alikes that stay as they were: a contract 台账 with 项目名称 merged over several contracts, the
wide 比选汇总表 (bidders side by side in columns), a 采购单位 column of township bodies.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers.bids import ADDED_OTHERS
from tests.test_import_support import (
    by_row,
    import_one,
    records,
    sheet_of,
    write_csv,
    write_xls,
    write_xlsx,
)
from xuncha.search import search

OPENING_HEADER = ["序号", "项目名称", "开标日期", "投标单位", "投标报价（元）", "报价排名", "是否中标", "投标人签字"]


def _opening_rows() -> list[list[object]]:
    """Two items; in the second the winner is the second bidder (the sheet keeps the opening order)."""
    return [["柳溪村村级工程开标记录表"],
            ["开标地点：柳溪村村委会会议室        单位：元"],
            OPENING_HEADER,
            [1, "柳溪村机耕路拓宽工程", "2023年4月11日", "宁海县青山镇建华土石方工程队", 84300, 1, "是", None],
            [None, None, None, "宁海县鼎盛市政工程有限公司", 85100, 2, "否", None],
            [None, None, None, "宁海县宏达建设有限公司", 86900, 3, "否", None],
            [2, "柳溪村公厕改造工程", "2023年6月15日", "宁海县宏达建设有限公司", 65300, 2, "否", None],
            [None, None, None, "宁海县鼎盛市政工程有限公司", 64800, 1, "是", None],
            [None, None, None, "台州市永兴建筑工程有限公司", 66700, 3, "否", None],
            [],
            ["记录人：周海燕        唱标人：李志明"]]


def test_each_item_of_an_opening_record_is_its_winners_project(store, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "柳溪村2023年村级工程开标记录.xls", {"开标记录": _opening_rows()},
                     merges={"开标记录": [(3, 5, 0, 0), (3, 5, 1, 1), (3, 5, 2, 2),
                                          (6, 8, 0, 0), (6, 8, 1, 1), (6, 8, 2, 2)]})
    sheet = sheet_of(import_one(store, path))
    projects = by_row(records(store, "project"))
    assert sorted(projects) == [4, 8]  # the second item's record is on its winner's row, not on the losing row 7
    assert (projects[4]["name"], projects[4]["contractor"], projects[4]["amount"]) == \
        ("柳溪村机耕路拓宽工程", "宁海县青山镇建华土石方工程队", 84300.0)
    assert (projects[8]["name"], projects[8]["contractor"], projects[8]["amount"]) == \
        ("柳溪村公厕改造工程", "宁海县鼎盛市政工程有限公司", 64800.0)
    assert projects[8]["village"] == "柳溪村"
    assert projects[8]["raw"][ADDED_OTHERS] == "宁海县宏达建设有限公司 65300；台州市永兴建筑工程有限公司 66700"
    reasons = {row: item["reason"] for row, item in by_row(sheet.skipped).items()}
    assert "宁海县宏达建设有限公司" in reasons[7] and "65300" in reasons[7] and "第 8 行" in reasons[7]
    assert "未中标" in reasons[5] and "85100" in reasons[5]
    assert not any("续行" in reason for reason in reasons.values())
    assert "开标" in sheet.note and ADDED_OTHERS in sheet.note


def test_the_losing_bidders_stay_searchable(store, tmp_path: Path) -> None:
    """An inspector looks for the same losing bidders just above the winner (陪标)."""
    import_one(store, write_xls(tmp_path / "柳溪村开标记录.xls", {"开标记录": _opening_rows()}))
    hits = search(store, "永兴建筑")
    assert [hit.title for hit in hits] == ["柳溪村公厕改造工程"]


def test_a_negotiation_in_rounds_takes_the_final_price(store, tmp_path: Path) -> None:
    rows = [["柳溪村竞争性谈判记录"],
            ["项目名称", "谈判日期", "参加谈判单位", "首次报价（元）", "二次报价（元）", "最终报价（元）", "谈判结果", "谈判小组成员"],
            ["柳溪村饮用水提升改造设备采购", "2023.5.18", "宁海县顺发建材商行", 51000, 50200, 49900, "未成交", "陈立新"],
            [None, None, "宁海县绿源环境工程有限公司", 52000, 49800, 48600, "成交", None],
            [None, None, "宁海县金辉电器经营部", 53500, 51800, 50500, "未成交", None]]
    merges = {"竞争性谈判": ["A3:A5", "B3:B5", "H3:H5"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳溪村竞争性谈判记录.xlsx", {"竞争性谈判": rows},
                                                  merges=merges)))
    [project] = records(store, "project")
    assert project["source"]["row"] == 4
    assert (project["name"], project["contractor"], project["amount"]) == \
        ("柳溪村饮用水提升改造设备采购", "宁海县绿源环境工程有限公司", 48600.0)
    assert "最终报价" in sheet.note
    assert "49900" in by_row(sheet.skipped)[3]["reason"]


def test_without_a_result_column_the_first_ranked_bid_wins_with_a_note(store, tmp_path: Path) -> None:
    rows = [["项目名称", "报价单位", "报价（元）", "排名"],
            ["石桥村路灯安装", "宁海县光明电器有限公司", 46800, 2],
            [None, "宁海县宏达建设有限公司", 46500, 1],
            ["石桥村文化墙", "宁海县宏达建设有限公司", 18800, 1],
            [None, "宁海县华美广告有限公司", 19200, 2]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "石桥村询价记录.csv", rows)))
    projects = by_row(records(store, "project"))
    assert {row: (p["contractor"], p["amount"]) for row, p in projects.items()} == \
        {3: ("宁海县宏达建设有限公司", 46500.0), 4: ("宁海县宏达建设有限公司", 18800.0)}
    assert "没有是否中标一列" in sheet.note and "请核对" in sheet.note


def test_a_winner_column_names_the_winning_bid(store, tmp_path: Path) -> None:
    rows = [["项目名称", "比选单位", "比选报价", "中标单位"],
            ["东岙村排水沟改造", "宁海县宏达建设有限公司", 47900, "台州市永兴建筑工程有限公司"],
            [None, "台州市永兴建筑工程有限公司", 47600, None],
            [None, "三门县华建建设有限公司", 48200, None]]
    merges = {"比选": ["A2:A4", "D2:D4"]}
    import_one(store, write_xlsx(tmp_path / "东岙村比选记录.xlsx", {"比选": rows}, merges=merges))
    [project] = records(store, "project")
    assert (project["source"]["row"], project["contractor"], project["amount"]) == \
        (3, "台州市永兴建筑工程有限公司", 47600.0)


def test_an_item_without_a_marked_winner_is_not_guessed(store, tmp_path: Path) -> None:
    rows = [["项目名称", "投标单位", "投标报价", "是否中标"],
            ["下洋村渔民广场修补", "宁海县宏达建设有限公司", 48900, None],
            [None, "台州市永兴建筑工程有限公司", 49300, None],
            ["下洋村会议室改造", "宁海县宏达建设有限公司", 49500, "是"],
            [None, "三门县华建建设有限公司", 49800, "否"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "下洋村开标记录.csv", rows)))
    projects = by_row(records(store, "project"))
    assert (projects[2]["name"], projects[2]["contractor"], projects[2]["amount"]) == ("下洋村渔民广场修补", None, None)
    assert projects[4]["contractor"] == "宁海县宏达建设有限公司"
    assert "第 2 行的项目未标明中标（成交）单位，未作推断" in sheet.note
    assert "未确定中标单位" in by_row(sheet.skipped)[3]["reason"]


# --- look-alikes ------------------------------------------------------------------------------------


def test_contracts_under_a_merged_project_name_stay_contracts(store, tmp_path: Path) -> None:
    """Look-alike: a contract 台账 with 项目名称 merged over its contracts: each row is a contract."""
    rows = [["项目名称", "合同名称", "乙方", "合同金额（元）", "签订日期"],
            ["石桥村下宅道路硬化", "一期施工合同", "宁海县宏达建设有限公司", 96800, dt.date(2023, 3, 20)],
            [None, "二期施工合同", "宁海县宏达建设有限公司", 98500, dt.date(2023, 4, 26)],
            [None, "监理合同", "宁海县鼎盛工程咨询有限公司", 6500, dt.date(2023, 3, 22)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同": rows},
                                                  merges={"合同": ["A2:A4"]})))
    contracts = records(store, "contract")
    assert [(c["counterparty"], c["amount"]) for c in contracts] == [
        ("宁海县宏达建设有限公司", 96800.0), ("宁海县宏达建设有限公司", 98500.0), ("宁海县鼎盛工程咨询有限公司", 6500.0)]
    assert "开标" not in sheet.note


def test_a_wide_comparison_summary_stays_one_project_a_row(store, tmp_path: Path) -> None:
    """Look-alike: the 比选汇总表 puts its bidders side by side in columns, one row an item."""
    rows = [["序号", "村名", "项目名称", "比选单位一", None, "比选单位二", None, "中标单位", "中标价（元）"],
            [None, None, None, "单位名称", "报价", "单位名称", "报价", None, None],
            [1, "石桥村", "下宅道路硬化一期", "宁海县宏达建设有限公司", 96800, "台州市永兴建筑工程有限公司", 97300,
             "宁海县宏达建设有限公司", 96800],
            [2, "柳溪村", "机耕路拓宽", "宁海县鼎盛市政工程有限公司", 85100, "宁海县青山镇建华土石方工程队", 84300,
             "宁海县青山镇建华土石方工程队", 84300]]
    merges = {"比选": ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "H1:H2", "I1:I2"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山镇比选情况汇总表.xlsx", {"比选": rows},
                                                  merges=merges)))
    assert [(p["village"], p["contractor"], p["amount"]) for p in records(store, "project")] == [
        ("石桥村", "宁海县宏达建设有限公司", 96800.0), ("柳溪村", "宁海县青山镇建华土石方工程队", 84300.0)]
    assert ADDED_OTHERS not in sheet.note


# --- the buyer names the village ----------------------------------------------------------------------


def _auction_rows(buyers: list[str]) -> list[list[object]]:
    header = ["序号", "项目名称", "采购单位", "最高限价", "成交供应商", "成交金额", "成交时间"]
    return [["青山镇网上竞价成交公告列表"], header] + [
        [number, f"项目{number}道路修补", buyer, "50,000.00", "宁海县宏达建设有限公司", "48,650.00",
         "2023-08-01 10:20:00"] for number, buyer in enumerate(buyers, start=1)]


def test_the_buyer_column_names_each_rows_village(store, tmp_path: Path) -> None:
    rows = _auction_rows(["青山镇石桥村股份经济合作社", "青山镇东岙村股份经济合作社", "青山镇下洋村村民委员会"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山镇网上竞价成交公告列表.xlsx", {"公告": rows})))
    assert [p["village"] for p in records(store, "project")] == ["石桥村", "东岙村", "下洋村"]
    assert "“采购单位”列" in sheet.note


def test_a_township_buyer_names_no_village(store, tmp_path: Path) -> None:
    """Look-alike: a 镇政府's purchases: no village is read from the column, and the note does not say so."""
    rows = _auction_rows(["青山镇人民政府", "青山镇人民政府"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "网上竞价成交公告列表.xlsx", {"公告": rows})))
    assert [p["village"] for p in records(store, "project")] == ["", ""]
    assert "“采购单位”列" not in sheet.note


def test_a_township_buyer_among_villages_keeps_no_village(store, tmp_path: Path) -> None:
    rows = _auction_rows(["青山镇石桥村股份经济合作社", "青山镇人民政府"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "网上竞价成交公告列表.xlsx", {"公告": rows})))
    assert [p["village"] for p in records(store, "project")] == ["石桥村", ""]
    assert "镇政府等不属于某村的单位同样留空" in sheet.note
