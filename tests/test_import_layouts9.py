"""Layouts found in two blind importer passes (10: 北方 townships, 11: 西南/华南, held out) that used
to misread rows.

Each test writes a real file (xlsx with openpyxl, csv) and imports it through
``importers.import_paths``:

- an asset's 开始使用日期 and 建设（购置）日期 are its acquisition date (read by their words);
- a bank statement with one signed 交易金额 column: positive is money in;
- footers: a line of stamps (村委会（盖章）), a line of signatures (资产管理员：… | 会计：…), 登记人：…,
  监委会审核意见：… merged across the row, "共 6 条记录";
- headers: 项目（摘要） is the 摘要, a project's 结算（万元） its amount, 租期开始 / 租期结束 a lease's
  start and end (not each the whole term), 物业名称 / 物业类型 what a property lease lets;
- the village of a 村民小组's book is the village before the group ("偏坡村大湾村民小组");
- a 一事一议 list (blind pass 9) types its projects 一事一议 where a cell names no other procedure.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, skipped_rows, write_csv, write_xlsx


def test_asset_acquisition_dates_under_words_the_synonyms_lack(store, tmp_path: Path) -> None:
    """Before, both columns were left unread without a word: 11 assets without a date."""
    cards = [["卡片编号", "资产名称", "原值", "累计折旧", "开始使用日期"],
             ["00012", "村部办公楼", 860000, 120000, "2010-07-01"]]
    platform = [["资产编码", "资产名称", "账面原值(元)", "建设（购置）日期"],
                ["ZC-003", "文化广场", 350000, "2011-08-15"]]
    import_one(store, write_xlsx(tmp_path / "前三村固定资产卡片列表.xlsx", {"固定资产卡片": cards}))
    import_one(store, write_xlsx(tmp_path / "新立村集体资产清查明细.xlsx", {"资产": platform}))
    assert sorted((a["name"], a["acquired_on"]) for a in records(store, "asset")) == [
        ("文化广场", "2011-08-15"), ("村部办公楼", "2010-07-01")]


def test_a_signed_bank_statement_reads_positive_amounts_as_money_in(store, tmp_path: Path) -> None:
    """Before, only the negative amounts got a direction (out); the positive ones none."""
    rows = [["交易日期", "交易金额", "账户余额", "对方户名", "摘要"],
            ["20230312", "-45000.00", "155000.00", "平遥县顺达建筑队", "工程款"],
            ["20230320", "12000.00", "167000.00", "王建国", "承包费"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "上庄村农商行账户交易明细.csv", rows)))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(45000.0, "out"), (12000.0, "in")]
    assert "收支方向留空" not in sheet.note


def test_an_unsigned_statement_still_leaves_the_direction_open(store, tmp_path: Path) -> None:
    """All amounts positive: nothing tells money in from money out, so none is guessed."""
    rows = [["交易日期", "交易金额", "对方户名", "摘要"],
            ["20230312", "45000.00", "平遥县顺达建筑队", "工程款"], ["20230320", "12000.00", "王建国", "承包费"]]
    import_one(store, write_csv(tmp_path / "上庄村农商行账户交易明细.csv", rows))
    assert [p["direction"] for p in records(store, "payment")] == [None, None]


def test_stamp_and_signature_lines_under_the_table_are_footers(store, tmp_path: Path) -> None:
    """Before, the stamp line became a lease of "村务监督委员会（盖章）" and the signature line an asset."""
    leases = [["土名", "亩数", "承包户", "年承包费"],
              ["东大洼", 12.5, "李建国", 6250], ["合计", 12.5, None, 6250],
              ["村委会（盖章）", None, "村务监督委员会（盖章）", None]]
    assets = [["资产名称", "原值（元）", "购建日期"],
              ["村部办公楼", 860000, dt.date(2015, 6, 12)],
              ["资产管理员：曾海波", None, "会计：王蓉", "村务监督委员会：陈德全"]]
    leases_sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "北王庄村机动地.xlsx", {"机动地": leases})))
    assets_sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "文庙村固定资产台账.xlsx", {"资产": assets})))
    assert [r["counterparty"] for r in records(store, "resource")] == ["李建国"]
    assert [a["name"] for a in records(store, "asset")] == ["村部办公楼"]
    assert skipped_rows(leases_sheet) == [3, 4] and skipped_rows(assets_sheet) == [3]


def test_footer_lines_are_skipped_not_rejected(store, tmp_path: Path) -> None:
    """Before, each was a rejected row ("金额无法识别"), as if data had been lost."""
    payments = [["日期", "收支内容", "收入金额", "支出金额"],
                ["2023年4月3日", "收取鱼塘承包费", "6,000.00", None],
                ["村务监督委员会审核意见：经审核，以上收支情况属实。", None, None, None]]
    contracts = [["合同编号", "合同名称", "对方单位名称", "合同标的额（元）"],
                 ["QS-01", "晒场租赁合同", "望奎县丰禾粮食收储有限公司", "18,000.00"],
                 ["共 1 条记录", None, None, None],
                 ["登记人：王秀英", None, None, "2023年3月"]]
    first = sheet_of(import_one(store, write_xlsx(tmp_path / "刘庄村收支公开表.xlsx", {"公开": payments}),),)
    second = sheet_of(import_one(store, write_xlsx(tmp_path / "前三村合同查询结果.xlsx", {"合同": contracts})))
    assert not first.rejected and not second.rejected
    assert skipped_rows(first) == [3] and skipped_rows(second) == [3, 4]


def test_a_line_merged_across_the_row_is_one_footer(store, tmp_path: Path) -> None:
    """A platform's colspan line fills every column, the amount columns too."""
    rows = [["日期", "收支内容", "收入金额", "支出金额"],
            ["2023年4月3日", "收取鱼塘承包费", "6,000.00", None],
            ["村务监督委员会审核意见：经审核属实", None, None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "刘庄村收支公开表.xlsx", {"公开": rows},
                                                  merges={"公开": ["A3:D3"]})))
    assert not sheet.rejected and skipped_rows(sheet) == [3]


def test_headers_of_pass_eleven(store, tmp_path: Path) -> None:
    payments = [["武林村2023年3月份财务收支公开", None, None, None],
                ["日期", "项目（摘要）", "收入金额（元）", "收/付款对象"],
                ["2023-03-02", "收村集体光伏电站发电收益", 3200, "广西电网有限责任公司"]]
    projects = [["项目名称", "承建单位", "预算（万元）", "结算（万元）"],
                ["村道硬化", "重庆宏远建设有限公司", 32, 31.46]]
    leases = [["物业名称", "物业类型", "出租面积（㎡）", "承租人", "年租金（元）", "租期开始", "租期结束"],
              ["霄边工业区1号厂房", "厂房", 3200, "东莞市宏达五金制品有限公司", 384000, "2020/7/1", "2030/6/30"]]
    import_one(store, write_xlsx(tmp_path / "武林村财务收支公开.xlsx", {"3月": payments}))
    import_one(store, write_xlsx(tmp_path / "石碾村公益事业项目.xlsx", {"建设项目": projects}))
    import_one(store, write_csv(tmp_path / "霄边社区物业出租台账.csv", leases))
    [payment] = records(store, "payment")
    [project] = records(store, "project")
    [lease] = records(store, "resource")
    assert (payment["summary"], payment["counterparty"]) == ("收村集体光伏电站发电收益", "广西电网有限责任公司")
    assert (project["budget"], project["amount"]) == (320000.0, 314600.0)
    assert (lease["name"], lease["category"], lease["started_on"], lease["ended_on"]) == (
        "霄边工业区1号厂房", "厂房", "2020-07-01", "2030-06-30")


def test_a_villagers_groups_book_belongs_to_its_village(store, tmp_path: Path) -> None:
    """Before, "偏坡村大湾村民小组" gave the village "大湾村", which does not exist."""
    rows = [["镇雄县以勒镇偏坡村大湾村民小组2024年度现金收支账", None, None],
            ["日期", "摘要", "收入"],
            ["2024-01-05", "收土地租金", 1200]]
    import_one(store, write_xlsx(tmp_path / "大湾村民小组2024年现金收支账.xlsx", {"现金账": rows}))
    assert by_row(records(store, "payment"))[3]["village"] == "偏坡村"


def test_a_one_matter_one_discussion_list_types_its_projects(store, tmp_path: Path) -> None:
    """Blind pass 9: the 项目类别 column (村内道路) says what is built; the list says how (一事一议).
    A list that names other projects beside 一事一议 keeps what each row says."""
    alone = [["项目名称", "项目类别", "预算金额"], ["五组道路硬化", "村内道路", 86000], ["东塘清淤", None, 12000],
             ["村级小微工程混入", "村级工程", 9000]]
    mixed = [["项目名称", "项目类别", "预算金额"], ["村部维修", "房屋修缮", 50000]]
    import_one(store, write_xlsx(tmp_path / "沙湾村2022年一事一议项目表.xlsx", {"项目": alone}))
    import_one(store, write_xlsx(tmp_path / "沙湾村村级工程及一事一议项目台账.xlsx", {"项目": mixed}))
    assert sorted((p["name"], p["type"]) for p in records(store, "project")) == [
        ("东塘清淤", "一事一议"), ("五组道路硬化", "一事一议"), ("村级小微工程混入", "村级工程"), ("村部维修", "房屋修缮")]
