"""Layouts of blind set qa123 (villages in donor-funded projects, county platforms with an English
interface) that used to be misread:

- English headers ("Signing Date", "Resource", "Lessee", "Name", "Start", "End") were not recognised:
  a contract register lost its signing dates, a lease list and a staff list were rejected;
- a bilingual header ("Amount/金额(元)", "Village/村", "No. 序号") is read by its Chinese part when that is
  known, else by its English part; an English money gloss in its bracket is the unit it names;
- English dates with the month's name ("Feb 3, 2023", "12-May-2023", "3 March 2023");
- a unit row "(10k RMB 万元)" under "Budget 预算" makes the column 万元; "TBD 待定" names no contractor;
- an English or bilingual "Total", "Opening balance 上年结转", "Balance b/f" is no entry, nor a stage
  heading "Planned 2024 计划项目";
- English sheet names (Contracts, Leases, Staff) count for the kind as the Chinese ones do.

Look-alikes that stay as they were: a header whose letters are only a unit ("面积m2"), a name that
begins with "TBD" or "Total", a summary that mentions a balance, "Releases" as a sheet name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.kinds import _name_score
from importers.synonyms import match_text, normalize_header, spelled_out
from importers.values import area_unit_from_text, unit_from_text
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx


def test_an_english_contract_register_reads_its_signing_dates(store, tmp_path: Path) -> None:
    rows = [["Shiqiao Village Contract Register 2023"],
            ["No.", "Contract No.", "Contract Name", "Contractor", "Contract Amount", "Signing Date"],
            [1, "SQ-2023-001", "Village road hardening", "湖州顺达路桥工程有限公司", "RMB 186,500.00", dt.date(2023, 2, 14)],
            [2, "SQ-2023-003", "Drainage ditch repair", "德清县新市镇建宏土建队", "CNY 3.5 万", "March 18, 2023"],
            [3, "SQ-2023-004", "Drainage ditch repair", "德清县新市镇建宏土建队", "CNY 3.8 万", "25 March 2023"],
            ["Total", None, None, None, "RMB 259,500.00", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村 contracts.xlsx", {"Contracts": rows})))
    got = [(c["signed_on"], c["amount"], c["counterparty"]) for c in records(store, "contract")]
    assert got == [("2023-02-14", 186500.0, "湖州顺达路桥工程有限公司"), ("2023-03-18", 35000.0, "德清县新市镇建宏土建队"),
                   ("2023-03-25", 38000.0, "德清县新市镇建宏土建队")]
    assert "Signing Date" not in sheet.note and sheet.warnings == []


def test_a_platform_export_reads_the_chinese_part_of_its_bilingual_headers(store, tmp_path: Path) -> None:
    rows = [["No./序号", "Contract No./合同编号", "Village/村", "Contract Name/合同名称", "Contractor/乙方",
             "Amount/金额(元)", "Signing Date/签订日期"],
            [1, "BH-HT-2022-0031", "Shiqiao Village(石桥村)", "Footbridge 便桥重建", "湖州顺达路桥工程有限公司", "105,000.00",
             "2022-03-28"],
            [2, "BH-HT-2022-0070", "Hongqi Cun(红旗村)", "Seedlings 种苗采购", "湖州绿野农业开发有限公司", "38,600.00",
             "2022-05-10"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "Baihe_Town_Contract_Export.csv", rows)))
    got = [(c["village"], c["amount"]) for c in records(store, "contract")]
    assert got == [("石桥村", 105000.0), ("红旗村", 38600.0)]
    assert "没有村名列" not in sheet.note and "未识别的列" not in sheet.note


def test_an_english_lease_list_reads_its_areas_in_their_units(store, tmp_path: Path) -> None:
    rows = [["Hongqi Cun 红旗村 Collective Resource Leases"],
            ["Lease No.", "Resource", "Lessee", "Area", "Area Unit", "Annual Rent", "Start", "End"],
            ["HQ-ZL-01", "Dongshan tea garden 东山茶园", "湖州绿野农业开发有限公司", 120, "mu", "RMB 96,000.00",
             "2019-01-01", "2033-12-31"],
            ["HQ-ZL-03", "Nanpo arable land 南坡耕地", "长兴县和平镇沈氏家庭农场", 8, "ha", "CNY 9.6 万", "2020-10-01",
             "2030-09-30"],
            ["HQ-ZL-04", "Collective cold store 集体冷库", "湖州鲜果汇农产品有限公司", 1200, "sq m", "RMB 60,000.00",
             "Jan 1, 2022", "Dec 31, 2024"]]
    import_one(store, write_xlsx(tmp_path / "Hongqi_Cun_Leases.xlsx", {"Leases": rows}))
    got = [(r["counterparty"], r["area"], r["amount"], r["started_on"], r["ended_on"]) for r in records(store, "resource")]
    assert got == [("湖州绿野农业开发有限公司", 120.0, 96000.0, "2019-01-01", "2033-12-31"),
                   ("长兴县和平镇沈氏家庭农场", 120.0, 96000.0, "2020-10-01", "2030-09-30"),
                   ("湖州鲜果汇农产品有限公司", 1.8, 60000.0, "2022-01-01", "2024-12-31")]


def test_an_english_staff_list_is_read_as_cadres(store, tmp_path: Path) -> None:
    rows = [["Hongqi Cun Village Cadres 红旗村村干部名单"],
            ["No.", "Name", "Gender", "Position", "Phone"],
            [1, "陈卫东", "男", "Party Secretary & Director 党支部书记、村委会主任", "13857201234"],
            [2, "沈丽娟", "女", "Accountant 报账员", "13587245566"]]
    import_one(store, write_xlsx(tmp_path / "Hongqi_Cun_Staff.xlsx", {"Staff": rows}))
    got = [(c["name"], c["position"], c["village"]) for c in records(store, "cadre")]
    assert got == [("陈卫东", "Party Secretary & Director 党支部书记、村委会主任", "红旗村"),
                   ("沈丽娟", "Accountant 报账员", "红旗村")]


@pytest.mark.parametrize(("header", "kind", "field"), [
    ("Amount/金额(元)", "contract", "amount"),
    ("Village/村", "payment", "village"),
    ("Serial No. 序号", "project", "ignore"),
    ("Remarks 备注", "cadre", "ignore"),
    ("Amount (RMB)", "payment", "amount"),  # an English name with a bracket: the name read, the bracket kept
    ("Area (ha)", "resource", "area"),
])
def test_a_bilingual_header_is_read_by_its_known_part(header: str, kind: str, field: str) -> None:
    found = match_text(header, kind)
    assert found is not None and found.field == field


@pytest.mark.parametrize(("header", "unit"), [("Area (ha)", "公顷"), ("Area (sq m)", "平方米"), ("Area 面积(亩)", "亩"),
                                             ("Area", None)])
def test_the_area_unit_of_an_english_header(header: str, unit: str | None) -> None:
    assert area_unit_from_text(spelled_out(header)) == unit


@pytest.mark.parametrize(("header", "money"), [("Amount (RMB)", "yuan"), ("Budget (10k RMB) 预算", "wan"),
                                               ("Amount/金额(万元)", "wan")])
def test_the_money_unit_of_an_english_or_bilingual_header(header: str, money: str) -> None:
    assert unit_from_text(spelled_out(header)) == money


@pytest.mark.parametrize(("header", "folded"), [
    ("面积m2", "面积m2"),          # the letters are a unit: no English part
    ("金额(RMB)", "金额(rmb)"),
    ("QQ号", "qq号"),              # the Chinese part is no header: the header stays whole
    ("微信openid", "微信openid"),
    ("合同金额", "合同金额"),
])
def test_headers_with_letters_that_are_no_bilingual_header_stay_whole(header: str, folded: str) -> None:
    assert normalize_header(header) == folded


def test_a_unit_row_with_an_english_gloss_gives_the_budget_in_wan(store, tmp_path: Path) -> None:
    rows = [["Shiqiao Village — Project Ledger 工程项目台账"],
            ["No. 序号", "Project Name 项目名称", "Budget 预算", "Contract Amount 合同金额", "Contractor 施工单位"],
            [None, None, "(10k RMB 万元)", "(RMB 元)", None],
            [1, "Solar street lamps 太阳能路灯", 5.0, 47400.0, "安吉县光耀照明器材厂"],
            [2, "Tea garden path 茶园便道延伸", 6.8, None, "TBD 待定"],
            [3, "Public toilet 公厕改造", 9.6, None, "TBD Construction Co."]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村 projects.xlsx", {"Projects": rows})))
    got = [(p["budget"], p["amount"], p["contractor"]) for p in records(store, "project")]
    assert got == [(50000.0, 47400.0, "安吉县光耀照明器材厂"), (68000.0, None, None),
                   (96000.0, None, "TBD Construction Co.")]
    assert sheet.rejected == []


def test_a_unit_under_amount_glossed_after_the_chinese(store, tmp_path: Path) -> None:
    rows = [["Contract No.", "Contractor", "Amount", "Signing Date"],
            [None, None, "万元/10k RMB", None],
            ["HT-01", "湖州恒固防水工程有限公司", 6.82, "2023-04-20"]]
    import_one(store, write_xlsx(tmp_path / "石桥村合同.xlsx", {"Contracts": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [68200.0]


def test_english_totals_and_balances_are_no_entries(store, tmp_path: Path) -> None:
    rows = [["Date 日期", "Village", "Payee/收款方", "Amount (RMB) 金额", "Purpose 用途", "Type 收支"],
            ["Balance b/f", "Shiqiao Village", "", "RMB 5,000.00", "", "Income/收入"],
            ["2022-03-05", "Shiqiao Village", "湖州顺达路桥工程有限公司", "RMB 12,500.00", "Road works", "Expense/支出"],
            ["2022-03-09", "Shiqiao Village", "Total Energies 道达尔", "RMB 800.00", "Fuel", "Expense/支出"],
            ["2022-03-12", "Shiqiao Village", "陈海根", "RMB 300.00", "Balance of the grant returned", "Income/收入"],
            ["Total", "", "", "RMB 18,600.00", "", ""],
            ["Grand Total", "", "", "RMB 18,600.00", "", ""]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "donor_disbursements_2022.csv", rows)))
    got = [(p["date"], p["amount"], p["counterparty"]) for p in records(store, "payment")]
    assert got == [("2022-03-05", 12500.0, "湖州顺达路桥工程有限公司"), ("2022-03-09", 800.0, "Total Energies 道达尔"),
                   ("2022-03-12", 300.0, "陈海根")]
    assert sorted(s["row"] for s in sheet.skipped) == [2, 6, 7]


def test_a_bilingual_opening_balance_and_a_stage_heading_are_no_entries(store, tmp_path: Path) -> None:
    payments = [["Date 日期", "Summary 摘要", "Payee/Payer 收付款方", "Income (RMB) 收入", "Expenditure (RMB) 支出"],
                ["Opening balance 上年结转", None, None, "RMB 12,846.20", None],
                ["Feb 3, 2023", "Pipe fittings 管件", "长兴县雉城镇永利五金店", None, "RMB 4,785.50"]]
    projects = [["Project Name 项目名称", "Budget 预算(万元)", "Contractor 施工单位"],
                ["Bridge railing 桥梁护栏更换", 10.0, "湖州顺达路桥工程有限公司"],
                ["Planned 2024 计划项目", None, None],
                ["Riverbank landscaping 河岸景观提升", 45.0, "待定"]]
    report = import_one(store, write_xlsx(tmp_path / "刘家塘村 journal.xlsx", {"Payments": payments, "Projects": projects}))
    assert [(p["date"], p["amount"]) for p in records(store, "payment")] == [("2023-02-03", 4785.5)]
    assert [p["name"] for p in records(store, "project")] == ["Bridge railing 桥梁护栏更换",
                                                              "Riverbank landscaping 河岸景观提升"]
    assert [s["row"] for s in sheet_of(report, "Payments").skipped] == [2]
    assert [s["row"] for s in sheet_of(report, "Projects").skipped] == [3]


def test_an_xls_journal_with_english_dates(store, tmp_path: Path) -> None:
    rows = [["Date 日期", "Summary 摘要", "Payee/Payer 收付款方", "Expenditure (RMB) 支出"],
            ["12-May-2023", "Water quality testing 水质检测费", "湖州市疾病预防控制中心", "RMB 3,200.00"],
            [dt.date(2023, 5, 19), "Supervision fee 监理费", "湖州诚信工程监理有限公司", "RMB 12,600.00"]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "刘家塘村 journal.xls", {"Payments": rows})))
    assert [p["date"] for p in records(store, "payment")] == ["2023-05-12", "2023-05-19"]
    assert sheet.warnings == []


@pytest.mark.parametrize(("kind", "name", "counts"), [
    ("resource", "Leases", True),
    ("contract", "Contracts", True),
    ("payment", "Payments", True),
    ("asset", "Assets", True),
    ("cadre", "Staff", True),
    ("resource", "Releases", False),        # "lease" inside another word
    ("resource", "Please read", False),
    ("project", "donor_project_disbursements", False),  # a donor's programme, no 工程
])
def test_english_sheet_names_count_for_the_kind(kind: str, name: str, counts: bool) -> None:
    assert (_name_score(kind, name, "", "") > 0) is counts
