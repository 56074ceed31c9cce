"""Layouts found in blind importer passes 16 to 18 (产权交易 exports, township registers, 报备表) that
used to leave fields empty or file rows under no village.

Each test writes a real file and imports it through ``importers.import_paths``, or checks a pure
function on a table:

- a lease's term in one cell under 租赁起止 and its near wordings (承租起止, 流转期间, 租用期限 …);
- a contract register whose only title-like column is 项目内容 (and one beside a real 合同名称);
- a 产权交易 platform's 成交项目 list of land transfers: a resource, each row filed under the village
  its 转出方 names, and no village "江苏农村" cut from the platform's name; a 甲方 column files the
  rows of a list that names several villages;
- a 单位名称 column holding "…村股份经济合作社" above a 总计 line is the village column;
- relatives given a column per relation (配偶姓名 | 配偶工作单位 | 子女姓名 …) are joined into the
  cadre's 近亲属, which related_party reads; a note merged across the row under the list is none;
- a project's 资金来源 written as one amount per source names the sources with an amount.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.synonyms import TERM, match_column
from importers.villages import find_villages
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx
from xuncha.rules.relatives import parse_relatives

# --- a lease's term in one cell ------------------------------------------------------------------


def test_a_range_under_the_lease_term_header_is_split(store, tmp_path: Path) -> None:
    """Pass 17: "2021.1.1-2030.12.31" under 租赁起止 was left whole, so resource_lease saw no term."""
    rows = [["石门村集体资源（资产）租赁情况登记表"],
            ["序号", "资产资源名称", "租赁面积（平方米）", "承租方", "租赁起止", "年租金（万元）", "缴费情况"],
            [1, "茶叶加工厂房", 800, "金寨县云雾茶业有限公司", "2021.1.1-2030.12.31", 2.4, "已缴清"],
            [2, "村部一楼门面", 120, "汪传文", "2022.3.1-2025.2.28", 0.96, "已缴清"]]
    import_one(store, write_csv(tmp_path / "石门村集体资源资产租赁情况登记表.csv", rows, encoding="gbk"))
    terms = [(r["name"], r["started_on"], r["ended_on"]) for r in records(store, "resource")]
    assert terms == [("茶叶加工厂房", "2021-01-01", "2030-12-31"), ("村部一楼门面", "2022-03-01", "2025-02-28")]


@pytest.mark.parametrize(("kind", "header"), [
    ("resource", "承租起止"), ("resource", "流转起止"), ("resource", "流转期间"), ("resource", "出租起止"),
    ("resource", "租用期限"), ("resource", "发包期限"),
    ("contract", "租赁起止"), ("contract", "流转期限"), ("contract", "承租起止"), ("contract", "承包期间"),
    ("contract", "租用期限"), ("contract", "出租起止"),
])
def test_near_wordings_of_a_lease_term_are_a_term(kind: str, header: str) -> None:
    found = match_column("", header, kind)
    assert found is not None and found.field == TERM


# --- a contract's title under 项目内容 ----------------------------------------------------------------


def test_project_content_is_the_title_of_a_register_without_one(store, tmp_path: Path) -> None:
    """Pass 17: a 村文书's 合同一览表 titles its contracts under 项目内容; they came in without a title."""
    rows = [["下洋村2020—2023年合同一览表"],
            ["合同号", "项目内容", "承包（承租）方", "金额", "签订时间"],
            ["XY01", "下洋村村委会办公楼维修", "上饶市广丰区宏宇建筑有限公司", "7.8万", "2020年9月12日"],
            ["XY02", "下洋组鱼塘发包", "吴水根", "1.5万", "2021.1.5"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "城关镇各村合同登记汇总.xlsx", {"下洋村": rows})))
    assert [c["title"] for c in records(store, "contract")] == ["下洋村村委会办公楼维修", "下洋组鱼塘发包"]
    assert "“项目内容”作合同名称" in sheet.note


def test_project_content_beside_a_contract_name_stays_a_description(store, tmp_path: Path) -> None:
    rows = [["合同编号", "合同名称", "项目内容", "乙方", "合同金额", "签订日期"],
            ["SQ-01", "村道硬化施工合同", "硬化道路1.2公里", "宏达建设", 86000, "2023-03-01"]]
    import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同": rows}))
    [contract] = records(store, "contract")
    assert (contract["title"], contract["project"]) == ("村道硬化施工合同", None)


# --- a 产权交易 platform's 成交项目 ---------------------------------------------------------------------


def test_a_property_exchange_deal_list_is_a_list_of_leases(store, tmp_path: Path) -> None:
    """Pass 16: read as projects, the deals lost lessee, area and term, and every row was filed under
    "江苏农村", cut from the platform's name."""
    rows = [["成交项目信息"], ["导出时间：2024-02-28 14:05:17"],
            ["序号", "项目编号", "项目名称", "交易品种", "转出方", "受让方", "面积（亩）", "成交单价（元/亩·年）",
             "年成交金额（元）", "流转期限", "成交日期", "交易方式"],
            [1, "JS320623020230001", "河口村10组机动地", "土地经营权", "如东县岔河镇河口村股份经济合作社", "季金凤",
             81.8, 900, 73620, "2023-11-01至2026-10-31", "2023-10-15", "协议转让"],
            [2, "JS320623020230002", "岔河村6号鱼塘", "养殖水面", "如东县岔河镇岔河村股份经济合作社",
             "如东县鑫农农机专业合作社", 109.9, 850, 93415, "2023-12-01至2033-11-30", "2023-11-14", "现场竞价"]]
    path = write_xlsx(tmp_path / "R01_江苏农村产权交易信息服务平台_成交项目_导出.xlsx", {"成交项目": rows})
    sheet = sheet_of(import_one(store, path))
    assert sheet.kind == "resource"
    leases = [(r["village"], r["counterparty"], r["area"], r["amount"], r["started_on"], r["ended_on"])
              for r in records(store, "resource")]
    assert leases == [("河口村", "季金凤", 81.8, 73620.0, "2023-11-01", "2026-10-31"),
                      ("岔河村", "如东县鑫农农机专业合作社", 109.9, 93415.0, "2023-12-01", "2033-11-30")]
    assert "各行村名按“转出方”列" in sheet.note


def test_the_village_side_files_the_rows_of_a_list_that_names_several_villages(store, tmp_path: Path) -> None:
    """A title naming two villages names none; the 甲方 says whose each contract is. A sheet whose
    title names its one village keeps it, with no word about the 甲方."""
    both = [["石桥村、马吉村2023年合同台账"], ["合同编号", "合同名称", "甲方", "乙方", "合同金额", "签订日期"],
            ["SQ-01", "村道硬化", "石桥村股份经济合作社", "宏达建设", 86000, "2023-03-01"],
            ["MJ-01", "路灯安装", "马吉村村民委员会", "光明电器", 12000, "2023-04-01"]]
    one = [["石桥村2023年合同台账"], ["合同编号", "合同名称", "甲方", "乙方", "合同金额", "签订日期"],
           ["SQ-02", "水渠维修", "石桥村股份经济合作社", "宏达建设", 9000, "2023-05-01"]]
    first = sheet_of(import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"合同": both})))
    second = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"合同": one})))
    assert {c["code"]: c["village"] for c in records(store, "contract")} == {
        "SQ-01": "石桥村", "MJ-01": "马吉村", "SQ-02": "石桥村"}
    assert "各行村名按“甲方”列" in first.note and "甲方" not in second.note


def test_the_village_side_is_no_village_column_when_it_names_a_person(store, tmp_path: Path) -> None:
    """A 出租方 that is a person (the village rents in) says nothing of the village."""
    rows = [["资源名称", "出租方", "承租方", "面积（亩）", "年租金"],
            ["村部临时用房", "王建国", "大湾村股份经济合作社", 0.3, 6000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "租入资产登记.xlsx", {"租赁": rows})))
    assert [r["village"] for r in records(store, "resource")] == [""]
    assert "按“出租方”" not in sheet.note


@pytest.mark.parametrize(("text", "villages"), [
    ("R01_江苏农村产权交易信息服务平台_成交项目_导出", []),
    ("浙江农村集体三资管理平台_合同台账", []),
    ("江苏新农村建设项目", []),
    ("P06_江苏农村集体资产管理平台_银行存款日记账_新桥村", ["新桥村"]),
    ("江西村合同台账", ["江西村"]),
    ("海南新村台账", ["海南新村"]),
])
def test_a_province_before_a_word_for_the_countryside_names_no_village(text: str, villages: list[str]) -> None:
    assert find_villages(text) == villages


# --- a 单位名称 column of the collectives' full names ------------------------------------------------


def test_a_unit_name_column_of_collectives_above_a_grand_total_is_the_village(store, tmp_path: Path) -> None:
    """Pass 18: the 总计 line's label in the 单位名称 column made the column look like no village's."""
    rows = [["孙桥镇农村集体经济组织收支明细查询"],
            ["序号", "单位名称", "凭证日期", "凭证号", "摘要", "收入金额(元)", "支出金额(元)", "往来单位"],
            [1, "孙桥镇张家湾村股份经济合作社", "2023-01-10", "记-1", "收到村级组织运转经费", "45,000.00", None,
             "孙桥镇财政所"],
            [2, "孙桥镇新河村股份经济合作社", "2023-01-18", "记-2", "付防汛物资款", None, "12,450.00",
             "京山市新河防汛物资站"],
            [None, "总计", None, None, None, "45,000.00", "12,450.00", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "孙桥镇_收支明细查询.xlsx", {"收支明细": rows})))
    assert [p["village"] for p in records(store, "payment")] == ["张家湾村", "新河村"]
    assert "未能确定村名" not in sheet.note


# --- relatives in a column per relation ----------------------------------------------------------------


def _relatives_by_name(store) -> dict[str, str | None]:
    return {cadre["name"]: cadre["relatives"] for cadre in records(store, "cadre")}


def test_relatives_under_a_kin_parent_are_joined_into_the_relatives(store, tmp_path: Path) -> None:
    """Pass 18: 配偶 and 子女 sub-columns under 近亲属情况 left every cadre's 近亲属 empty."""
    rows = [["茅坝镇村干部及其近亲属信息登记表"],
            ["序号", "村别", "姓名", "职务", "近亲属情况", None, None, None, "备注"],
            [None, None, None, None, "配偶姓名", "配偶工作单位", "子女姓名", "子女工作单位或经商情况", None],
            [1, "坪上村", "杨光明", "党支部书记", "陈玉兰", "务农", "杨 帆", "遵义市播州区鸿运建筑工程有限公司", None],
            [2, "大坝村", "赵兴贵", "党支部书记", "周 琴", "大坝村卫生室", "赵 勇",
             "个体（播州区顺通建筑劳务有限公司股东）", None],
            [3, "大坝村", "罗丹", "村文书", None, None, None, None, None],
            ["注：近亲属包括配偶、父母、子女及其配偶、兄弟姐妹及其配偶。"]]
    merges = ["E2:H2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "I2:I3", "A7:I7"]
    path = write_xlsx(tmp_path / "茅坝镇村干部近亲属信息登记表.xlsx", {"近亲属登记": rows}, merges={"近亲属登记": merges})
    sheet = sheet_of(import_one(store, path))
    assert _relatives_by_name(store) == {
        "杨光明": "配偶 陈玉兰（务农）；子女 杨 帆（遵义市播州区鸿运建筑工程有限公司）",
        "赵兴贵": "配偶 周 琴（大坝村卫生室）；子女 赵 勇（个体 播州区顺通建筑劳务有限公司股东）",
        "罗丹": None,
    }
    assert "近亲属按配偶、子女分列" in sheet.note


def test_one_row_relation_columns_with_several_children_and_a_business_column(store, tmp_path: Path) -> None:
    rows = [["枫林村村干部及其近亲属情况报备表"],
            ["序号", "姓名", "职务", "配偶姓名", "子女及其配偶", "经商办企业情况"],
            [1, "刘志明", "村党支部书记", "王秀兰", "刘军（子）", "无"],
            [2, "刘小红", "村报账员", "周建国", None, "配偶周建国经营吉安县永和建材经营部"],
            [3, "邓志勇", "村委委员", "刘美华", "邓伟、邓丽", None]]
    import_one(store, write_csv(tmp_path / "枫林村村干部及其近亲属情况报备表.csv", rows, encoding="gbk"))
    assert _relatives_by_name(store) == {
        "刘志明": "配偶 王秀兰；刘军（子）",
        "刘小红": "配偶 周建国；配偶周建国经营吉安县永和建材经营部",
        "邓志勇": "配偶 刘美华；子女 邓伟；子女 邓丽",
    }


def test_a_footer_merged_across_a_relatives_list_is_no_relative(store, tmp_path: Path) -> None:
    """Pass 16: an export footer merged across the row was joined to the last cadre as a relative."""
    rows = [["序号", "姓名", "职务", "近亲属情况", "身份证号码"],
            [1, "秦立新", "妇联主席", "兄弟 孙德胜；父亲 郝丽娟", "371327197401189168"],
            ["导出人：dadianzhen 导出时间：2024-06-18 15:22:09"]]
    path = write_xlsx(tmp_path / "大店镇村干部近亲属报备.xlsx", {"报备": rows}, merges={"报备": ["A3:E3"]})
    import_one(store, path)
    assert _relatives_by_name(store) == {"秦立新": "兄弟 孙德胜；父亲 郝丽娟"}


@pytest.mark.parametrize(("text", "parsed"), [
    ("子女 杨 帆（遵义市播州区鸿运建筑工程有限公司）", [("子女", "杨帆", ["遵义市播州区鸿运建筑工程有限公司"], [])]),
    ("父母 杨大山", [("父母", "杨大山", [], [])]),
    ("兄弟姐妹 杨光辉（遵义市鸿运建筑公司）", [("兄弟姐妹", "杨光辉", ["遵义市鸿运建筑公司"], [])]),
])
def test_the_relation_groups_of_a_column_per_relation_are_relations(text: str, parsed: list) -> None:
    assert parse_relatives(text) == parsed


def test_a_spouse_in_a_relation_column_is_seen_by_related_party(tmp_path: Path) -> None:
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    folder = tmp_path / "files"
    folder.mkdir()
    write_xlsx(folder / "柳溪村村干部近亲属登记表.xlsx", {"登记": [
        ["姓名", "职务", "配偶姓名", "配偶工作单位"],
        ["张建华", "村委会主任", "周丽", "务农"],
    ]})
    write_xlsx(folder / "柳溪村合同台账.xlsx", {"合同": [
        ["合同编号", "合同名称", "乙方", "合同金额（元）", "签订日期"],
        ["LX-01", "村道绿化养护", "周丽", 38000, dt.date(2023, 3, 5)],
    ]})
    store = Store(tmp_path / "scan.db")
    importers.import_paths(store, [folder])
    related = [flag for flag in run_scan(store).flags if flag.rule == "related_party"]
    store.close()
    assert len(related) == 1 and "周丽" in related[0].title


# --- a project's sources of money ----------------------------------------------------------------------


def test_funding_split_into_amounts_names_the_sources_with_an_amount(store, tmp_path: Path) -> None:
    """Pass 18: 资金来源 over 财政奖补 | 群众筹资 | 投劳折资 | 其他 left every project's 资金来源 empty."""
    rows = [["那坡镇一事一议项目实施情况表"],
            ["序号", "项目名称", "概算投资", "资金来源", None, None, None, "实施单位"],
            [None, None, None, "财政奖补", "群众筹资", "投劳折资", "其他", None],
            [1, "那良村弄屯屯内道路硬化", 128000, 90000, 8000, 20000, 10000, "那坡县宏桂建筑队"],
            [2, "那良屯饮水工程", 56000, 40000, 4000, 12000, 0, "那坡县宏桂建筑队"]]
    merges = ["D2:G2", "A2:A3", "B2:B3", "C2:C3", "H2:H3"]
    path = write_xlsx(tmp_path / "那良村一事一议项目实施情况表.xlsx", {"实施情况": rows}, merges={"实施情况": merges})
    sheet = sheet_of(import_one(store, path))
    assert [p["funding"] for p in records(store, "project")] == ["财政奖补、群众筹资、投劳折资、其他",
                                                                 "财政奖补、群众筹资、投劳折资"]
    assert "“资金来源”按来源分列金额" in sheet.note
