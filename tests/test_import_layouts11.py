"""Layouts found in blind importer pass 15 (华南/西南, 村 and 经济社 level), measured on the code with
header inference, that used to misread rows.

Each test writes a real file and imports it through ``importers.import_paths``:

- a shop lease with a 月租金 column: its yearly rent is twelve months (with a warning), and a price
  per ㎡ per month is no price per 亩;
- 成交价（元）on a 交易平台 export, 承包款（万元/年） of a 经济社 lease;
- 项目总投资（元） over 合计 | 财政奖补 | 群众筹资: the 合计 is the budget;
- 村民会议召开时间 is a project's decision date;
- a line of a stamp and signatures, labels and names in cells of their own (pass 14), and
  "以上信息仅供参考…", under the table are footers;
- the village 明月村 (月 after 明 is no date), and a file name's "琼海礼都村" where the title says 礼都村.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, skipped_rows, write_csv, write_xlsx


def test_a_monthly_rent_is_twelve_months_of_yearly_rent(store, tmp_path: Path) -> None:
    """Before, 月租金 1,680 was stored as the yearly rent: twelve times too small."""
    rows = [["铺面编号/名称", "面积（㎡）", "承租人", "租金单价（元/㎡/月）", "月租金（元）", "起租日期", "到期日期"],
            ["A01 临街铺面", 42, "符海燕", 40, 1680, "2023-01-01", "2025-12-31"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "崖城村铺面出租登记表.xlsx", {"铺面出租": rows})))
    [lease] = records(store, "resource")
    assert lease["amount"] == 20160.0
    assert [w["reason"] for w in sheet.warnings] == ["写的是月租金：按 12 个月计为年租金 20160.00 元"]


def test_a_price_per_square_metre_and_month_gives_no_rent_by_the_mu(store, tmp_path: Path) -> None:
    """A price per ㎡ per month times the area in 亩 would be a rent 8,000 times too small."""
    rows = [["物业名称", "出租面积（平方米）", "承租方", "租金单价（元/平方米/月）", "起租日期"],
            ["村口商铺", 120, "王建国", 25, "2023-01-01"]]
    import_one(store, write_xlsx(tmp_path / "凫山村物业出租情况表.xlsx", {"物业出租": rows}))
    [lease] = records(store, "resource")
    assert lease["amount"] is None and lease["area"] == 0.18


def test_amount_headers_of_pass_fifteen(store, tmp_path: Path) -> None:
    deals = [["项目编号", "项目名称", "出让方", "受让方", "成交价（元）", "合同签订日期"],
             ["GDNJ2023-0412-017", "白诸村鱼塘承包经营权", "白诸村股份经济合作社", "梁志强", 288000, "2023-04-20"]]
    leases = [["资源名称", "面积（亩）", "承包人", "承包款（万元/年）", "开始时间", "结束时间"],
              ["塘基地", 36, "黄伟明", 5.4, "2021-01-01", "2030-12-31"]]
    import_one(store, write_xlsx(tmp_path / "白诸镇农村集体资产交易平台交易结果.xlsx", {"成交结果": deals}))
    import_one(store, write_xlsx(tmp_path / "浮石村二社资源发包.xlsx", {"资源": leases}))
    [contract] = records(store, "contract")
    [lease] = records(store, "resource")
    assert contract["amount"] == 288000.0 and lease["amount"] == 54000.0


def test_a_projects_total_investment_over_its_sources_and_its_meeting_date(store, tmp_path: Path) -> None:
    rows = [["项目名称", "村民会议召开时间", "项目总投资（元）", None, None, "实施单位"],
            [None, None, "合计", "财政奖补", "群众筹资", None],
            ["屯内道路硬化", "2022-03-12", 186000, 120000, 66000, "容县恒达建筑工程有限公司"]]
    import_one(store, write_xlsx(tmp_path / "松山村一事一议项目.xlsx", {"一事一议": rows},
                                 merges={"一事一议": ["C1:E1", "A1:A2", "B1:B2", "F1:F2"]}))
    [project] = records(store, "project")
    assert (project["budget"], project["decided_on"]) == (186000.0, "2022-03-12")


def test_stamp_signature_and_disclaimer_lines_are_footers(store, tmp_path: Path) -> None:
    """Before, both were rejected rows, as if data had been lost."""
    projects = [["项目名称", "预算金额", "实施单位"],
                ["屯内道路硬化", 186000, "容县恒达建筑工程有限公司"],
                ["村民委员会（盖章）", "乡镇财政所审核意见：", "填报人：覃春梅"]]
    flow = [["交易日期", "摘要", "收入金额", "支出金额", "对方户名"],
            ["20230312", "承包费", "12000.00", None, "王建国"],
            ["以上信息仅供参考，以银行对账单为准", None, None, None, None]]
    assets = [["资产名称", "原值（元）", "购建日期", "保管人"], ["村部办公楼", 860000, "2015-06-12", "王振国"],
              ["村委会主任：", "王振国", "会计：", "周凤霞"]]
    first = sheet_of(import_one(store, write_xlsx(tmp_path / "松山村工程项目.xlsx", {"项目": projects})))
    third = sheet_of(import_one(store, write_xlsx(tmp_path / "前屯村集体资产登记表.xlsx", {"资产登记": assets})))
    assert [a["name"] for a in records(store, "asset")] == ["村部办公楼"] and skipped_rows(third) == [3]
    second = sheet_of(import_one(store, write_csv(tmp_path / "那坡村银行流水.csv", flow)))
    assert not first.rejected and not second.rejected
    assert skipped_rows(first) == [3] and skipped_rows(second) == [3]


def test_village_names_of_pass_fifteen(store, tmp_path: Path) -> None:
    projects = [["蒲江县甘溪镇明月村2023年建设项目台账", None], ["项目名称", "预算金额"], ["茶园步道", 86000]]
    payments = [["礼都村小微工程公示", None, None], ["项目名称", "施工单位", "预算金额"],
                ["村道修补", "琼海宏达建设有限公司", 38000]]
    import_one(store, write_xlsx(tmp_path / "四川蒲江明月村_代理记账台账.xlsx", {"项目台账": projects}))
    import_one(store, write_csv(tmp_path / "琼海礼都村_小微工程公示.csv", payments))
    assert sorted(p["village"] for p in records(store, "project")) == ["明月村", "礼都村"]


def test_a_contract_list_numbered_by_its_filing_number(store, tmp_path: Path) -> None:
    """Blind pass 14: with no 合同编号, the 农经站's 备案号 is the number an inspector cites."""
    rows = [["备案号", "合同名称", "乙方", "合同金额", "签订日期"],
            ["JT-QTM-2023001", "机动地发包", "张国富", 12000, "2023-03-01"]]
    import_one(store, write_csv(tmp_path / "其塔木村合同备案.csv", rows, encoding="gb18030"))
    [contract] = records(store, "contract")
    assert (contract["code"], contract["village"]) == ("JT-QTM-2023001", "其塔木村")
