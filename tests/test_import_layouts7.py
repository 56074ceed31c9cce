"""Layouts found in importer QA pass 7 that used to misread rows or make records of non-data rows.

Each test writes a real file (xlsx with openpyxl, xls with xlwt, csv) and
imports it through ``importers.import_paths``:

- a 全年汇总 sheet by month (月份 | 收入合计 | 支出合计 | 结余) beside the month sheets:
  its rows are totals, not payments;
- a numbered group heading alone in its row ("一、房屋及建筑物", "二、离任人员"): no record;
- a "label：value" line alone in its row under a platform export (导出时间：…): no record;
- synonyms: 签约对方 (contract), 往来对象 (payment), 租期 (lease term in one cell);
- a short name padded with a full-width space ("王　强", "王　德胜"): the name without it;
- a phone or 身份证号 that Excel wrote as "1.39812E+10": its digits are lost, the field is empty;
- "其中：土方工程 | 35200" under a project: a part of it, no project;
- 同上 / 〃: the value of the row above;
- 2015.06 typed as a number in a date column: June 2015 (2015.1 is refused: January or October?);
- a 单位 column right of 金额 ('12.85 | 万元'): the row's unit, not the village.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import (
    by_row,
    import_one,
    records,
    sheet_of,
    skipped_rows,
    write_csv,
    write_xls,
    write_xlsx,
)

# --- sheets and rows that are not data -----------------------------------------------------------


def test_a_year_summary_sheet_by_month_gives_no_payments(store, tmp_path: Path) -> None:
    """Before, each 月份 row of the 全年汇总 sheet became a payment of the month's total."""
    month = [["王庄村2023年1月收支明细"],
             ["日期", "凭证号", "摘要", "收入金额", "支出金额", "对方单位"],
             [dt.date(2023, 1, 5), "1-1", "付水渠款", None, 1200.0, "鲁明市政"]]
    summary = [["王庄村2023年收支汇总"], ["月份", "收入合计", "支出合计", "结余"],
               ["1月", 1000.0, 1200.0, -200.0], ["2月", 2000.0, 1800.0, 200.0], ["合计", 3000.0, 3000.0, 0.0]]
    path = write_xlsx(tmp_path / "王庄村2023年收支月报.xlsx", {"1月": month, "全年汇总": summary})
    report = import_one(store, path)
    assert [r["source"]["sheet"] for r in records(store, "payment")] == ["1月"]
    note = sheet_of(report, "全年汇总").note
    assert note.startswith("汇总（统计）表：只有年月和金额")


def test_numbered_group_headings_are_no_records(store, tmp_path: Path) -> None:
    """Before, '一、房屋及建筑物' became an asset whose 资产编号 was the heading (and '一、现任' a cadre)."""
    assets = [["资产编号", "资产名称", "原值（元）", "购置日期"],
              ["一、房屋及建筑物"],
              ["FW-001", "办公楼", 350000.0, dt.date(2010, 3, 15)],
              ["（二）机器设备"],
              ["JQ-001", "水泵", 4500.0, dt.date(2015, 6, 1)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "王庄村固定资产台账.xlsx", {"固定资产": assets})))
    assert sorted(by_row(records(store, "asset"))) == [3, 5]
    assert skipped_rows(sheet) == [2, 4]
    assert "分组标题（一、房屋及建筑物）" in sheet.skipped[0]["reason"]


def test_a_numbered_heading_in_a_cadre_list_is_no_cadre(store, tmp_path: Path) -> None:
    rows = [["姓名", "职务", "任职时间", "手机"],
            ["一、现任"], ["王德胜", "党总支书记", "2021年1月至今", 13702760000],
            ["二、离任（近三年）"], ["李桂兰", "原报账员", "2018年1月—2021年1月", 13702760007]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "新围村干部名册.xlsx", {"干部名册": rows})))
    assert [r["name"] for r in records(store, "cadre")] == ["王德胜", "李桂兰"]
    assert skipped_rows(sheet) == [2, 4]


def test_a_label_line_under_a_platform_export_is_no_record(store, tmp_path: Path) -> None:
    """Before, '导出时间：2024-01-15 10:23:45' became an asset with that text as its 资产编码."""
    rows = [["资产编码", "资产名称", "原值（元）", "购建日期"],
            ["440605001", "办公楼", "180,000.00", "2012/01/03 星期二"],
            ["导出时间：2024-01-15 10:23:45"],
            ["查询条件：全部资产"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "新围村集体资产登记表.csv", rows,
                                                 encoding="utf-8-sig")))
    assert sorted(by_row(records(store, "asset"))) == [2]
    assert skipped_rows(sheet) == [3, 4]
    assert sheet.skipped[0]["reason"].startswith("表尾签名或说明（导出时间：")


def test_a_numbered_project_name_with_its_figures_is_still_a_project(store, tmp_path: Path) -> None:
    """A numbered name with other cells beside it is a data row, not a heading."""
    rows = [["项目名称", "施工单位", "合同金额（元）", "开工日期"],
            ["一、村道拓宽", "蜀通路桥", 200000.0, dt.date(2022, 1, 10)],
            ["二、水渠硬化", "锦江水利", 98000.0, dt.date(2022, 3, 1)]]
    import_one(store, write_xlsx(tmp_path / "石板村工程项目台账.xlsx", {"工程": rows}))
    assert sorted(by_row(records(store, "project"))) == [2, 3]


# --- synonyms ------------------------------------------------------------------------------------


def test_contract_counterparty_headed_signing_party(store, tmp_path: Path) -> None:
    """Before, '签约\\n对方' matched no field: every contract had no counterparty."""
    rows = [["合同\n编号", "合同名称", "签约\n对方", "合同\n金额\n（元）", "签订\n日期"],
            ["CJHT2023001", "村道拓宽合同", "四川蜀通路桥建设有限公司", 36000.0, "2023年3月"]]
    import_one(store, write_xlsx(tmp_path / "陈家村合同台账.xlsx", {"合同台账": rows}))
    (contract,) = records(store, "contract")
    assert contract["counterparty"] == "四川蜀通路桥建设有限公司"
    assert contract["signed_on"] == "2023-03-01"


def test_payment_counterparty_headed_dealing_party(store, tmp_path: Path) -> None:
    """Before, '往来对象' matched no field: every payment had no counterparty."""
    rows = [["记账日期", "凭证编号", "摘要", "收支类型", "金额", "往来对象"],
            ["44986", "记-001", "支付款项", "支出", "１２，５００．００", "江苏恒信建设工程有限公司"]]
    import_one(store, write_xlsx(tmp_path / "石板村2023年会计凭证列表.xlsx", {"凭证列表": rows}))
    (payment,) = records(store, "payment")
    assert (payment["counterparty"], payment["amount"], payment["date"]) == \
        ("江苏恒信建设工程有限公司", 12500.0, "2023-03-01")


def test_lease_term_headed_rent_period(store, tmp_path: Path) -> None:
    """Before, '租期' matched no field: the leases had no start or end."""
    rows = [["物业名称", "出租面积（平方米）", "承租单位", "年租金（元）", "租期"],
            ["一号厂房", 300, "佛山市南庄五金机电商行", 36000.0, "2021.1.1-2025.12.31"]]
    path = write_xls(tmp_path / "新围村物业出租台账.xls", {"物业出租": rows})
    import_one(store, path)
    (lease,) = records(store, "resource")
    assert (lease["started_on"], lease["ended_on"]) == ("2021-01-01", "2025-12-31")
    assert abs(lease["area"] - 0.45) < 1e-9


# --- names ---------------------------------------------------------------------------------------


def test_a_name_padded_with_a_full_width_space_is_read_without_it(store, tmp_path: Path) -> None:
    """Before, '王　德胜' was stored as '王 德胜' (and '王　强' as '王 强'): a search for the name missed it."""
    rows = [["编号", "地块位置", "承包面积（亩）", "年租金（元）", "承租人", "起租日期", "到期日期"],
            ["TD-01", "村东1号", 10, 5000.0, "王　德胜", "2020-3-1 0:00:00", "2030-2-28 0:00:00"],
            ["TD-02", "村东2号", 12.5, 6250.0, "王　强", "2020-3-1 0:00:00", "2030-2-28 0:00:00"],
            ["TD-03", "村东3号", 15, 7500.0, "张三 李四", "2020-3-1 0:00:00", "2030-2-28 0:00:00"]]
    import_one(store, write_xlsx(tmp_path / "王庄村集体土地租赁台账.xlsx", {"租赁台账": rows}))
    assert [r["counterparty"] for r in records(store, "resource")] == ["王德胜", "王强", "张三 李四"]


def test_padded_cadre_and_contractor_names(store, tmp_path: Path) -> None:
    cadres = [["姓名", "职务", "联系电话"], ["王　强", "书记", 13905720000], ["欧阳　明", "委员", 13905720001]]
    import_one(store, write_xlsx(tmp_path / "青龙村村干部花名册.xlsx", {"花名册": cadres}))
    assert [r["name"] for r in records(store, "cadre")] == ["王强", "欧阳明"]
    projects = [["项目名称", "施工单位", "合同金额（元）"], ["村道拓宽", "王　德胜", 80000.0]]
    import_one(store, write_xlsx(tmp_path / "青龙村工程项目台账.xlsx", {"工程": projects}))
    assert [r["contractor"] for r in records(store, "project")] == ["王德胜"]


# --- long numbers that Excel wrote in scientific form ----------------------------------------------


def test_a_phone_saved_in_scientific_form_is_no_phone(store, tmp_path: Path) -> None:
    """Before, '1.39812E+10' (what Excel writes to a CSV for 13981200000 in a narrow General column)
    was stored as the cadre's phone; its last digits are lost, so the phone is left empty with a warning."""
    rows = [["姓名", "职务", "身份证号", "联系电话"],
            ["王德胜", "书记", "3.70102E+17", "1.39812E+10"],
            ["陈志强", "副主任", "370102197001011002", "13981200002"],
            ["李桂兰", "委员", None, "1.3981200001E+10"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "石板村村干部信息表.csv", rows, encoding="gbk")))
    got = {r["name"]: (r["phone"], r["id_no"]) for r in records(store, "cadre")}
    assert got == {"王德胜": (None, None), "陈志强": ("13981200002", "370102197001011002"),
                   "李桂兰": ("1.3981200001E+10", None)}
    warned = sorted((w["row"], w["column"]) for w in sheet.warnings)
    assert warned == [(2, "联系电话"), (2, "身份证号")]
    assert "末尾几位已丢失" in sheet.warnings[0]["reason"]


# --- fresh probes after the first fixes ------------------------------------------------------------


def test_breakdown_lines_under_a_project_are_no_projects(store, tmp_path: Path) -> None:
    """Before, '其中：土方工程 | 35200' under a project became a project of its own (only under a 合计
    row was such a line known as a part)."""
    rows = [["序号", "项目名称", "施工单位", "合同金额（元）", "开工日期"],
            [1, "村道拓宽工程", "蜀通路桥", 88000.0, dt.date(2023, 2, 1)],
            [None, "其中：土方工程", None, 35200.0, None],
            [None, "其中：材料费", None, 30800.0, None],
            [2, "水渠硬化工程", "锦江水利", 94100.0, dt.date(2023, 3, 1)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石板村工程项目明细.xlsx", {"项目明细": rows})))
    assert sorted(by_row(records(store, "project"))) == [2, 5]
    assert skipped_rows(sheet) == [3, 4]
    assert sheet.skipped[0]["reason"].startswith("上一行的分项（其中：土方工程）")


def test_ditto_marks_take_the_value_of_the_row_above(store, tmp_path: Path) -> None:
    """Before, '同上' was stored as the counterparty and '〃' left the 签订日期 empty."""
    rows = [["序号", "合同名称", "乙方", "合同金额（元）", "签订日期"],
            [1, "村道第1标段", "江苏恒信建设工程有限公司", 15000.0, dt.date(2022, 1, 6)],
            [2, "村道第2标段", "同上", 15700.0, "同上"],
            [3, "村道第3标段", "〃", 16400.0, "〃"],
            [4, "水渠合同", "山东鲁明市政工程有限公司", 17100.0, dt.date(2022, 4, 6)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "王庄村合同台账手工登记.xlsx", {"合同台账": rows})))
    got = [(r["counterparty"], r["signed_on"]) for r in records(store, "contract")]
    assert got == [("江苏恒信建设工程有限公司", "2022-01-06")] * 3 + [("山东鲁明市政工程有限公司", "2022-04-06")]
    third = by_row(records(store, "contract"))[4]
    assert third["raw"]["乙方"] == "〃"  # the raw row keeps what was written
    assert sorted((w["row"], w["column"]) for w in sheet.warnings) == \
        [(3, "乙方"), (3, "签订日期"), (4, "乙方"), (4, "签订日期")]


def test_year_dot_month_typed_as_a_number_is_that_month(store, tmp_path: Path) -> None:
    """Before, 2015.06 typed into a General cell was refused as a bare year; 2015.1 (January or
    October, Excel keeps no trailing 0) is still refused, with the reason."""
    rows = [["资产编号", "资产名称", "原值（元）", "购置年月"],
            ["ZC-1", "水泵", 12000.0, 2015.06], ["ZC-2", "电脑", 6000.0, 2017.12],
            ["ZC-3", "仓库", 90000.0, 2019.5], ["ZC-4", "路灯", 3000.0, 2015.1]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "陈家村资产登记.xlsx", {"资产登记": rows})))
    got = {r["code"]: r["acquired_on"] for r in records(store, "asset")}
    assert got == {"ZC-1": "2015-06-01", "ZC-2": "2017-12-01", "ZC-3": "2019-05-01", "ZC-4": None}
    (warning,) = sheet.warnings
    assert warning["row"] == 5 and "2015年1月，也可能是2015年10月" in warning["reason"]


def test_a_unit_column_beside_the_amount_scales_its_row(store, tmp_path: Path) -> None:
    """Before, '12.85 | 万元' was read as 12.85 元, and the 单位 column was taken for the village
    (every contract filed under the village '万元' or '元')."""
    rows = [["合同名称", "对方单位", "金额", "单位", "签订日期"],
            ["村道拓宽合同", "江苏恒信建设工程有限公司", 12.85, "万元", dt.date(2023, 1, 20)],
            ["水渠硬化合同", "山东鲁明市政工程有限公司", 138500, "元", dt.date(2023, 2, 20)]]
    import_one(store, write_xlsx(tmp_path / "新围村合同清单.xlsx", {"合同清单": rows}))
    got = [(r["amount"], r["village"]) for r in records(store, "contract")]
    assert got == [(128500.0, "新围村"), (138500.0, "新围村")]
