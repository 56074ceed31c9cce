"""Layouts of blind sets qa44-47 (platform exports, audit papers, border villages, 组账) that used
to be misread:

- a sheet of two tables whose second header scores higher (白条抵库 | 不规范票据, the second with a
  摘要 column more) read from the second header, and the first table's 12 entries were left "above
  the header";
- a payee named in a bracket of the 摘要 ("购水泥40包（沙市镇永兴建材店）"), before what was bought
  ("勐遮镇兴旺商店购办公用品"), or a site office or station ("长浏高速项目部", "勐海县农机站");
- 塘名 names a pond let by a 组; "承上年结存" opens a 组账; "村民自建" is no contractor; 扶持资金
  over 中央 | 省级 | 合计 is a project's budget.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.parties import summary_organisation
from tests.test_import_support import import_one, records, sheet_of, skipped_rows, write_xlsx


def test_the_first_of_two_tables_is_read_when_the_second_header_scores_higher(store, tmp_path: Path) -> None:
    rows = [["石桥村白条抵库及不规范票据清单"],
            ["一、白条抵库"],
            ["序号", "日期", "凭证号", "金额", "收款人", "问题描述"],
            [1, "2021/2/8", "现-003", 1500, "周国平", "以借条抵库存现金，未归还"],
            [2, "2021/4/19", "现-011", 3200, "谭小军", "手写收条，无发票"],
            ["小计", None, None, 4700, None, None],
            [None],
            ["二、不规范票据"],
            ["序号", "日期", "凭证号", "摘要", "金额", "收款单位", "问题描述"],
            [1, "2022/3/5", "记-012", "付餐费", 780, "井头镇鸿运酒家", "收据代替发票"]]
    report = import_one(store, write_xlsx(tmp_path / "石桥村审计底稿.xlsx", {"白条及不规范票据": rows}))
    assert sorted((p["source"]["row"], p["counterparty"], p["amount"]) for p in records(store, "payment")) == [
        (4, "周国平", 1500.0), (5, "谭小军", 3200.0), (10, "井头镇鸿运酒家", 780.0)]
    assert [s.imported for s in report.sheets] == [2, 1]


def test_numbers_in_the_lines_above_a_header_make_no_first_table(store, tmp_path: Path) -> None:
    rows = [["张庄村2023年现金日记账"],
            ["填报日期：2024-01-05", "单位：元", "页码 1"],
            ["编号 2023-01", "共 2 页", "第 1 页"],
            ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
            ["2023-03-05", "记1", "付电费", None, 1200, 5000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张庄村现金日记账.xlsx", {"现金": rows})))
    assert sheet.header_row == 4
    assert [(p["summary"], p["amount"]) for p in records(store, "payment")] == [("付电费", 1200.0)]


@pytest.mark.parametrize(("summary", "party"), [
    ("购水泥40包（沙市镇永兴建材店）", "沙市镇永兴建材店"),
    ("付机耕道硬化工程款（浏阳市宏顺建筑劳务有限公司）", "浏阳市宏顺建筑劳务有限公司"),
    ("收镇财政所拨一事一议奖补资金", "镇财政所"),
    ("收长浏高速项目部青苗补偿款", "长浏高速项目部"),
    ("勐遮镇兴旺商店购办公用品", "勐遮镇兴旺商店"),
    ("付勐海县农机站烤烟房温控器维修费", "勐海县农机站"),
    ("泼水节活动支出（付勐遮镇曼令文艺队演出费）", "勐遮镇曼令文艺队"),
    ("支付护栏石材款（含搬运工工资）", None),
    ("付李德胜清理山塘淤泥工钱", None),
    ("付车站修理费", None),
    ("购办公用品（甲建材店）（乙建材店）", None),
])
def test_the_organisation_a_summary_names(summary: str, party: str | None) -> None:
    assert summary_organisation(summary, "曼令村") == party


def test_a_pond_is_named_by_its_tang_ming(store, tmp_path: Path) -> None:
    rows = [["塘名", "承包人", "面积（亩）", "承包费（元/年）", "承包期限"],
            ["大塘", "罗胜利", 12.5, 3000, "2020.1.1-2029.12.31"]]
    import_one(store, write_xlsx(tmp_path / "石门村三组鱼塘发包.xlsx", {"鱼塘": rows}))
    assert [(r["name"], r["counterparty"]) for r in records(store, "resource")] == [("大塘", "罗胜利")]


def test_carrying_last_years_balance_opens_a_group_book(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "收入", "支出", "结存", "经手人"],
            ["2024.1.1", "承上年结存", None, None, 8650, "刘春华"],
            ["2024.1.18", "收长浏高速项目部青苗补偿款", 3560, None, 12210, "刘春华"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石门村三组2024年组账.xlsx", {"组账": rows})))
    assert skipped_rows(sheet) == [2] and sheet.rejected == []
    assert [p["counterparty"] for p in records(store, "payment")] == ["长浏高速项目部"]


def test_a_project_the_villagers_build_has_no_contractor_and_its_grant_is_the_budget(store, tmp_path: Path) -> None:
    rows = [["项目名称", "扶持资金（万元）", None, None, "施工单位"],
            [None, "中央", "省级", "合计", None],
            ["南楞村农贸市场摊位建设", 10, 0, 10, "村民自建"],
            ["南楞村烤烟房（8座）", 24, 0, 24, "勐海县宏达建筑工程有限公司"]]
    import_one(store, write_xlsx(tmp_path / "勐遮镇集体经济项目台账.xlsx", {"项目台账": rows},
                                 merges={"项目台账": ["B1:D1", "A1:A2", "E1:E2"]}))
    assert [(p["contractor"], p["budget"]) for p in records(store, "project")] == [
        (None, 100000.0), ("勐海县宏达建筑工程有限公司", 240000.0)]
