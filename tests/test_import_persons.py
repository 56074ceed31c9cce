"""A payee written only as a person in the 摘要 (importers.persons): read where the 摘要's shape
fences the name in, never a word that starts like a surname, a place, or one of several payees."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.parties import summary_organisation
from importers.persons import summary_person
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


@pytest.mark.parametrize(("summary", "person"), [
    # right after the verb, the words after it settling the name's length
    ("收到沈国良茶园承包款", "沈国良"),
    ("付方志强路灯安装款", "方志强"),
    ("付刘建设电路维修费", "刘建设"),
    ("付李小平2月保洁工资", "李小平"),
    ("收王新民交村东荒地承包费", "王新民"),
    ("报销李国强到镇开会交通费", "李国强"),
    ("支付付开平茶园除草工资", "付开平"),
    ("付姜秀兰修寨门工钱", "姜秀兰"),
    ("付王强一季度工资", "王强"),
    ("付电工王海涛村内路灯维修费", "王海涛"),
    ("付王建军元旦慰问困难户物品款", "王建军"),
    ("收王立新河滩地承包费", "王立新"),
    ("退还王秀兰机动地押金", "王秀兰"),
    ("付刘文斌去县里开会车费", "刘文斌"),
    ("付刘文斌七月份工资", "刘文斌"),
    ("付张满仓雇车拉土工钱", "张满仓"),
    ("收到詹玉兰毛竹林承包款", "詹玉兰"),
    ("付王保平买水泥款（修桥）", "王保平"),
    ("付村主任王强误工补贴", "王强"),
    # the doer of a 往来 entry, named first
    ("高俊生借支差旅费", "高俊生"),
    ("高俊生交回借款", "高俊生"),
    ("暂借张海龙现金（垫付电费）", "张海龙"),
    # Dai names, which have no surname
    ("付岩温光伏板清洗劳务费", "岩温"),
    ("收玉香农贸市场A01摊位1季度租金", "玉香"),
    ("付罕保烤烟房看护工资（12月）", "罕保"),
    ("付玉应村民小组会议茶水费", "玉应"),
    # Yi names: a clan name and a given name, two characters each
    ("付吉克伍沙清理村道积雪务工费", "吉克伍沙"),
    ("收阿皮拉哈缴纳集体林地承包金", "阿皮拉哈"),
    ("付沙马木呷等3人防汛值班补助", "沙马木呷"),
    ("付海来阿支村委会办公室电费", "海来阿支"),
    ("付马海涛村内路灯维修费", "马海涛"),  # a Han name that starts like a clan's
    # a hamlet before the person
    ("付王家屯王德友清雪工钱", "王德友"),
    ("收后屯孙福林机动地承包费", "孙福林"),
    # after a role
    ("付保洁员赵秀兰1月份工资", "赵秀兰"),
    ("春节慰问五保户谭桂英", "谭桂英"),
    ("收到村民王小兰宅基地复垦押金", "王小兰"),
    # in a bracket of its own
    ("收鱼塘承包费（罗志强）", "罗志强"),
    ("付修机耕道工钱（黄国平等5人）", "黄国平"),
    ("付羊场雇工工资（王二牛6月）", "王二牛"),
    ("付羊圈维修工钱（王福来）", "王福来"),
    ("收卖旧变压器款（废品收购站孟宪华）", "孟宪华"),
    # written last
    ("收北岗子旧房出售款 张国庆", "张国庆"),
    ("付李家窝棚路灯维修费 电工周海", "周海"),
    ("付王家屯东岗排水沟清淤人工费 王志刚等5人", "王志刚"),
    ("支付泼水节筹备采购款给玉应", "玉应"),
])
def test_a_person_the_summary_names(summary: str, person: str) -> None:
    assert summary_person(summary, "三星村") == person


@pytest.mark.parametrize("summary", [
    "付路灯维修费",                  # 路 is a surname, 路灯 a thing
    "付玉米种子款",
    "付石料款",
    "付高压线路维修费",
    "付扎篱笆工钱",
    "收鲍家岭山林承包费",            # a place
    "收南洼鱼塘下半年使用费",
    "付班彦村新村道路清扫工资",      # a village
    "收到马吉畈耕地承包金",
    "付王强、钱丽劳务费",            # two payees: neither is the party
    "付金华、杭州差旅费",
    "付修机耕道工钱（二期）",        # a bracket of a remark
    "2023年3月5日（周日）",
    "面积（公顷）",
    "白果村四组入户路硬化",
    "收镇财政拨付村干部报酬及办公经费",
    "收鱼塘承包费",
    "付挖机台班费",
    "购水泥40包",
    "提取现金",
    "收华润万家门店租金",
    "付清明节森林防火值班误工补贴",
    "支付于都县水利水电工程有限公司工程款",  # no 电工 inside a company's name
    "山峰村民宿改造",                        # nor 村民 inside 村民宿
    "付虞城县惠民超市春节慰问品款",
    "新屋村桥梁（石下桥）",
    "管理费报销",
    "人畜饮水机井（乌苏图）",
    "小型洒水车 江淮牌",
])
def test_no_person_where_the_words_do_not_fence_a_name_in(summary: str) -> None:
    assert summary_person(summary, "三星村") is None


def test_the_village_itself_or_a_place_of_it_is_no_person() -> None:
    assert summary_person("支付马吉村文化礼堂改造提升工程进度款", "马吉村") is None
    assert summary_person("收马吉畈耕地承包金", "马吉村") is None
    assert summary_person("收马吉畈耕地承包金", "三星村") is None


def test_a_cash_book_takes_the_person_and_says_so(store, tmp_path: Path) -> None:
    rows = [["三星村2023年现金日记账"], ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
            ["2023-01-05", "现-1", "付保洁员赵秀兰1月份工资", None, 1800, 8200],
            ["2023-01-09", "现-2", "收鱼塘承包费（罗志强）", 6000, None, 14200],
            ["2023-01-12", "现-3", "付路灯维修费", None, 350, 13850],
            ["2023-01-20", "现-4", "支付青山宏达建设有限公司村道硬化工程款", None, 5000, 8850]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "三星村2023年现金日记账.xlsx", {"现金": rows})))
    parties = {p["summary"]: p["counterparty"] for p in records(store, "payment")}
    assert parties == {"付保洁员赵秀兰1月份工资": "赵秀兰", "收鱼塘承包费（罗志强）": "罗志强",
                       "付路灯维修费": None, "支付青山宏达建设有限公司村道硬化工程款": "青山宏达建设有限公司"}
    assert "2 行表中没有往来单位，取自摘要中的人名" in sheet.note
    assert "第 3 行“赵秀兰”、第 4 行“罗志强”" in sheet.note


def test_a_party_column_wins_over_a_person_in_the_summary(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "对方户名", "收入", "支出"],
            ["2023-01-05", "现-1", "付保洁员赵秀兰1月份工资", "赵秀兰（代领：李四）", None, 1800]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "三星村现金日记账.xlsx", {"现金": rows})))
    assert [p["counterparty"] for p in records(store, "payment")] == ["赵秀兰（代领：李四）"]
    assert "取自摘要中的人名" not in sheet.note


def test_a_village_committees_office_is_no_organisation() -> None:
    assert summary_organisation("付海来阿支村委会办公室电费", "阿尔村") is None
    assert summary_organisation("付布拖县人民政府办公室会议费", "阿尔村") == "布拖县人民政府"  # still a body
