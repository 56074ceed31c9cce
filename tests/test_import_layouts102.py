"""Layouts of blind set qa102 (transposed 公示 tables: one record per column) that used to be misread:

- a 一事一议 公示 with its field names down column A (项目名称, 建设内容, 预算金额, 施工单位 …) and one
  project per column was read as a row table: the 项目名称 row was its header, the field names its
  records, a 落款 a project; an asset 公示 had column B taken for a village column (12 fake villages);
  a contract 公示 (甲方/乙方 rows) was classed as resources. Each column is now a record, on the
  row of its block's first field (as a card is, on its first label), with a note;
- a transposed resource 公示 was read as one card: column B only, without its 年承包金 and 承包期限;
- transposed cadre lists (姓名 / 性别 / 职务 … down column A or B) were refused;
- look-alikes stay as they were: a row table whose first column is 序号 or 项目名称, a card of one
  record (label | value | label | value, or label | value), a 汇总 with categories down column A and
  years across, a 左收右支 sheet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_import_support import import_one, records, sheet_of, write_xls, write_xlsx

PROJECTS = [
    ["李家湾村2023年一事一议筹资筹劳项目公示", None, None, None, None],
    ["公示日期：2023年5月10日", None, None, None, "单位：元"],
    ["项目名称", "村道硬化", "路灯安装", "水渠维修", "文化广场健身器材"],
    ["建设地点", "三组至五组", "主干道两侧", "北干渠", "村委会前广场"],
    ["建设内容", "硬化道路长1.2公里", "安装太阳能路灯60盏", "清淤及混凝土衬砌800米", "购置安装健身器材12件"],
    ["预算金额", 386000, 96000, 158000, 45000],
    ["施工单位", "湖北鑫达路桥工程有限公司", "武汉光明照明工程有限公司", "孝感市楚兴水利建筑工程有限公司",
     "湖北康体体育器材有限公司"],
    ["中标金额", 372500, 93800, 151260, 43600],
    ["开工日期", "2023年6月1日", "2023.6.15", "2023-07-03", dt.date(2023, 8, 1)],
    ["竣工日期", "2023年9月30日", "2023.7.20", "2023-10-15", dt.date(2023, 8, 20)],
    [None],
    ["公示期：2023年5月10日至5月20日，如有异议请向村务监督委员会反映。", None, None, None, None],
    ["李家湾村民委员会", None, "李家湾村务监督委员会", None, None],
]


def test_a_transposed_project_notice_gives_one_project_per_column(store, tmp_path: Path) -> None:
    """Before: the 项目名称 row was the header and 建设地点, 预算金额 … and the 落款 became projects."""
    report = import_one(store, write_xlsx(tmp_path / "李家湾村一事一议项目公示.xlsx", {"一事一议公示": PROJECTS}))
    sheet = sheet_of(report)
    assert (sheet.kind, sheet.imported, sheet.village, sheet.rejected) == ("project", 4, "李家湾村", [])
    assert sheet.note.startswith("按列读取") and "A列" in sheet.note and "B、C、D、E" in sheet.note
    got = records(store, "project")
    assert [(r["source"]["row"], r["name"], r["contractor"], r["amount"]) for r in got] == [
        (3, "村道硬化", "湖北鑫达路桥工程有限公司", 372500.0), (3, "路灯安装", "武汉光明照明工程有限公司", 93800.0),
        (3, "水渠维修", "孝感市楚兴水利建筑工程有限公司", 151260.0), (3, "文化广场健身器材", "湖北康体体育器材有限公司", 43600.0)]
    assert [(r["started_on"], r["finished_on"]) for r in got] == [
        ("2023-06-01", "2023-09-30"), ("2023-06-15", "2023-07-20"), ("2023-07-03", "2023-10-15"),
        ("2023-08-01", "2023-08-20")]
    assert got[1]["raw"]["建设地点"] == "主干道两侧" and got[1]["raw"]["预算金额"] == "96000"
    assert len({r["id"] for r in got}) == 4  # four records on one row, each its own id


def test_stacked_transposed_blocks_each_start_at_their_first_field(store, tmp_path: Path) -> None:
    """Before: column B was the village column ("WJZ-001", "1286000" …) and 资产名称 below an asset."""
    rows = [["王家庄村集体经营性资产公示表"],
            ["填报单位：王家庄村股份经济合作社    单位：元"],
            ["资产名称", "村委会办公楼", "农机库房", "小型挖掘机"],
            ["资产编号", "WJZ-001", "WJZ-002", "WJZ-003"],
            ["原值（元）", 1286000, 235000, 168000],
            ["购建日期", "2009年10月15日", "2015.4.8", "2018/6/12"],
            ["使用状况", "在用", "出租", "在用"],
            [None],
            ["资产名称", "光伏发电站", "村卫生室", None],
            ["资产编号", "WJZ-005", "WJZ-006", None],
            ["原值（元）", 386500, 198000, None],
            ["购建日期", dt.datetime(2019, 6, 28), "2016年8月20日", None],
            ["使用状况", "在用", "在用", None],
            ["制表人：王丽", None, "审核人：王德明"]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "王家庄村集体资产公示表.xls", {"资产公示": rows})))
    assert (sheet.kind, sheet.imported, sheet.village) == ("asset", 5, "王家庄村")
    assert "分 2 组" in sheet.note
    got = records(store, "asset")
    assert [(r["source"]["row"], r["name"], r["code"], r["amount"], r["acquired_on"], r["village"]) for r in got] == [
        (3, "村委会办公楼", "WJZ-001", 1286000.0, "2009-10-15", "王家庄村"),
        (3, "农机库房", "WJZ-002", 235000.0, "2015-04-08", "王家庄村"),
        (3, "小型挖掘机", "WJZ-003", 168000.0, "2018-06-12", "王家庄村"),
        (9, "光伏发电站", "WJZ-005", 386500.0, "2019-06-28", "王家庄村"),
        (9, "村卫生室", "WJZ-006", 198000.0, "2016-08-20", "王家庄村")]


def test_a_transposed_contract_notice_is_contracts(store, tmp_path: Path) -> None:
    """Before: classed as resources, its 小写/大写/签订日期 rows read as resources named "36000"."""
    rows = [["桃源村2022年度合同签订情况公示"], [None, None, None, "单位：元"],
            ["合同名称", "村部维修改造工程施工合同", "办公用品采购合同", "村庄保洁服务合同"],
            ["甲方", "桃源村村民委员会", "桃源村村民委员会", "桃源村村民委员会"],
            ["乙方", "湖南三湘建设工程有限公司", "常德市鼎城区文华办公用品店", "常德洁美物业服务有限公司"],
            ["合同金额（小写）", 268000, 8650, 36000],
            ["合同金额（大写）", "贰拾陆万捌仟元整", "捌仟陆佰伍拾元整", "叁万陆仟元整"],
            ["签订日期", "2022年3月8日", "2022.4.12", 20220520]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "桃源村合同公示.xls", {"合同公示": rows})))
    assert (sheet.kind, sheet.imported) == ("contract", 3)
    assert records(store, "resource") == []
    got = records(store, "contract")
    assert [(r["source"]["row"], r["title"], r["counterparty"], r["amount"], r["signed_on"]) for r in got] == [
        (3, "村部维修改造工程施工合同", "湖南三湘建设工程有限公司", 268000.0, "2022-03-08"),
        (3, "办公用品采购合同", "常德市鼎城区文华办公用品店", 8650.0, "2022-04-12"),
        (3, "村庄保洁服务合同", "常德洁美物业服务有限公司", 36000.0, "2022-05-20")]


def test_a_transposed_resource_notice_reads_every_column_and_field(store, tmp_path: Path) -> None:
    """Before: one card, column B only, without its 年承包金 and its 承包期限."""
    rows = [["桃源村集体资源发包结果公示"], ["公示日期：2023年5月6日"],
            ["资源名称", "东洼耕地", "后山林地", "原村小学校舍"],
            ["面积", "86.5亩", "320亩", "1500平方米"],
            ["承包（租赁）方", "周永福", "李春生", "常德市恒通农机服务有限公司"],
            ["年承包金（元）", 43250, 9600, 24000],
            ["承包期限", "2023.1.1-2032.12.31", "2021.1.1—2050.12.31", "2023年5月1日至2026年4月30日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "桃源村资源发包公示.xlsx", {"资源发包公示": rows})))
    assert (sheet.kind, sheet.imported, sheet.village) == ("resource", 3, "桃源村")
    got = records(store, "resource")
    assert [(r["source"]["row"], r["name"], r["counterparty"], r["amount"], r["started_on"], r["ended_on"])
            for r in got] == [
        (3, "东洼耕地", "周永福", 43250.0, "2023-01-01", "2032-12-31"),
        (3, "后山林地", "李春生", 9600.0, "2021-01-01", "2050-12-31"),
        (3, "原村小学校舍", "常德市恒通农机服务有限公司", 24000.0, "2023-05-01", "2026-04-30")]


def test_transposed_cadre_lists_are_read(store, tmp_path: Path) -> None:
    """Before: refused, "缺少“姓名”列" and "无法识别表头（找到：姓 名、张德福…）"."""
    council = [["张桥村第十二届村“两委”班子成员公示"],
               ["姓名", "张建国", "李秀英", "王志强"],
               ["性别", "男", "女", "男"],
               ["出生年月", "1968.03", "1975.11", "1980.06"],
               ["职务", "村党总支书记、村委会主任", "村党总支副书记", "村委会副主任"],
               ["联系电话", "13872106581", "13995823417", "15927364810"],
               [None],
               ["中共张桥村总支部委员会", None, None, "张桥村民委员会"]]
    board = [[None, "张桥村村务监督委员会成员公示"], [None],
             [None, "姓  名", "张德福", "李红梅", "周强"],
             [None, "职  务", "村务监督委员会主任", "委员", "委员"],
             [None, "出生年月", "1962.05", "1979.10", "1983.02"]]
    report = import_one(store, write_xlsx(tmp_path / "张桥村村干部公示.xlsx", {"两委班子": council, "村务监督委员会": board}))
    assert [(s.sheet, s.kind, s.imported) for s in report.sheets] == [("两委班子", "cadre", 3), ("村务监督委员会", "cadre", 3)]
    assert "B列" in sheet_of(report, "村务监督委员会").note
    got = records(store, "cadre")
    assert [(r["source"]["sheet"], r["source"]["row"], r["name"], r["position"]) for r in got] == [
        ("两委班子", 2, "张建国", "村党总支书记、村委会主任"), ("两委班子", 2, "李秀英", "村党总支副书记"),
        ("两委班子", 2, "王志强", "村委会副主任"), ("村务监督委员会", 3, "张德福", "村务监督委员会主任"),
        ("村务监督委员会", 3, "李红梅", "村务监督委员会委员"), ("村务监督委员会", 3, "周强", "村务监督委员会委员")]
    assert {r["village"] for r in got} == {"张桥村"}


def test_an_unreadable_value_names_its_own_cell(store, tmp_path: Path) -> None:
    """Records of one block share a row: a problem still names the column of the value."""
    rows = [row[:] for row in PROJECTS[:10]]
    rows[7][3] = "待定金额"
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家湾村一事一议项目公示.xlsx", {"公示": rows})))
    assert sheet.imported == 4
    problems = [(w["row"], w["column"]) for w in sheet.warnings + sheet.rejected]
    assert (8, "中标金额（D列）") in problems


# --- look-alikes that stay as they were -------------------------------------------------------------

def test_a_row_table_whose_first_column_is_its_number_or_name_stays_a_table(store, tmp_path: Path) -> None:
    numbered = [["序号", "项目名称", "施工单位", "合同金额", "开工日期"],
                [1, "村道硬化", "湖北鑫达路桥工程有限公司", 372500, "2023-06-01"],
                [2, "路灯安装", "武汉光明照明工程有限公司", 93800, "2023-06-15"],
                [3, "水渠维修", "孝感市楚兴水利建筑工程有限公司", 151260, "2023-07-03"]]
    named = [["项目名称", "建设地点", "施工单位", "合同金额"],
             ["村道硬化", "三组至五组", "湖北鑫达路桥工程有限公司", 372500],
             ["路灯安装", "主干道两侧", "武汉光明照明工程有限公司", 93800],
             ["水渠维修", "北干渠", "孝感市楚兴水利建筑工程有限公司", 151260]]
    report = import_one(store, write_xlsx(tmp_path / "李家湾村项目台账.xlsx", {"序号": numbered, "名称": named}))
    assert [(s.sheet, s.kind, s.imported, s.header_row) for s in report.sheets] == [
        ("序号", "project", 3, 1), ("名称", "project", 3, 1)]
    assert not any("按列读取" in s.note for s in report.sheets)
    assert [r["name"] for r in records(store, "project")] == ["村道硬化", "路灯安装", "水渠维修"] * 2


def test_a_card_of_one_record_stays_one_record(store, tmp_path: Path) -> None:
    """label | value | label | value is a card laid out by rows: its third column holds labels."""
    card = [["李家湾村一事一议项目实施结果公示"],
            ["项 目 名 称", "二组生产桥重建", "项 目 类 型", "一事一议"],
            ["建 设 地 点", "二组（李家湾至王家冲）", "村民代表会议日期", "2022年3月12日"],
            ["施 工 单 位", "孝感市楚兴水利建筑工程有限公司", "承 包 方 式", "村级比选"],
            ["预 算 金 额", "壹拾贰万元整", "决 算 金 额", "118,650.00元"],
            ["开 工 日 期", "2022年4月2日", "竣 工 日 期", "2022年6月18日"]]
    pair = [["资产名称", "村委会办公楼"], ["资产编号", "WJZ-001"], ["原值（元）", 1286000], ["购建日期", "2009-10-15"]]
    report = import_one(store, write_xlsx(tmp_path / "李家湾村公示.xlsx", {"生产桥": card, "办公楼": pair}))
    assert [(s.sheet, s.imported) for s in report.sheets] == [("生产桥", 1), ("办公楼", 1)]
    assert all(s.note.startswith("按卡片读取") for s in report.sheets)
    assert [(r["name"], r["contractor"]) for r in records(store, "project")] == [("二组生产桥重建", "孝感市楚兴水利建筑工程有限公司")]
    assert [(r["name"], r["amount"]) for r in records(store, "asset")] == [("村委会办公楼", 1286000.0)]


@pytest.mark.parametrize("heads, last", [(["2021年", "2022年", "2023年"], "未付金额"),
                                         (["上年数", "本年数", "增减"], "未付金额"),
                                         (["一组", "二组", "三组"], "合同金额合计")])
def test_a_summary_with_categories_down_and_years_across_gives_no_records(store, tmp_path: Path, heads: list[str],
                                                                          last: str) -> None:
    """统计 of several years: its field-like categories (项目个数, 合同金额 …) head no record columns."""
    rows = [["石桥村2021—2023年工程项目情况汇总表"],
            ["项目", *heads],
            ["项目个数", 3, 5, 4],
            ["合同金额", 860000, 1230000, 940000],
            ["已付金额", 800000, 1100000, 600000],
            [last, 60000, 130000, 340000]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村工程项目汇总表.xlsx", {"汇总": rows}))
    assert report.imported == 0 and not any("按列读取" in s.note for s in report.sheets)


def test_a_left_income_right_spending_sheet_keeps_its_sides(store, tmp_path: Path) -> None:
    rows = [["前进村2024年3月份财务收支公开表"],
            ["收入项目", "日期", "金额", "支出项目", "日期", "金额"],
            ["鱼塘承包费", "3月5日", 18800, "消防器材采购", "3月8日", 3260],
            ["土地租金", "3月12日", 12000, "网络宽带费", "3月20日", 1200],
            ["上级补助", "3月25日", 50000, "办公用品", "3月26日", 860]]
    report = import_one(store, write_xlsx(tmp_path / "前进村2024年3月财务收支公开表.xlsx", {"3月": rows}))
    assert report.imported == 6 and not any("按列读取" in s.note for s in report.sheets)
    assert sorted(r["direction"] for r in records(store, "payment")) == ["in"] * 3 + ["out"] * 3


def test_a_cadre_notice_titled_for_one_body_gives_its_bare_positions_that_body(store, tmp_path: Path) -> None:
    """"张桥村村务监督委员会成员公示" names the body of the bare 主任 and 委员 under it, as "…成员名单" did."""
    rows = [["张桥村村务监督委员会成员公示"], ["姓名", "职务", "联系电话"],
            ["张德福", "主任", "13545617720"], ["李红梅", "委员", "13872941136"]]
    import_one(store, write_xlsx(tmp_path / "张桥村村干部公示.xlsx", {"监委会": rows}))
    assert [(c["name"], c["position"]) for c in records(store, "cadre")] == [
        ("张德福", "村务监督委员会主任"), ("李红梅", "村务监督委员会委员")]
