"""Layouts of blind set qa65 (苏南/浙北 village works and decisions) that used to be misread:

- a 村级工程结算审计汇总表 (合同价 | 送审金额 | 审定金额): each project's amount was its 合同价 and the
  审定金额 was dropped without a word; the audited (final) figure is the amount now, with a note naming the
  合同价, which stands in only where no audited figure is given; a 送审 sum is never the amount;
- a 银行存款余额调节表 beside the 日记账 became four payments of the whole balance; it is refused as a
  statement, like a 科目余额表.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import importers
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx

_AUDIT_HEAD = [["吴江区桃源镇2023年度村级工程结算审计汇总表"], ["编制单位：桃源镇农村集体资产管理服务中心", None, None,
               None, None, None, None, "单位：元"],
               ["序号", "村别", "工程名称", "施工单位", "合同价", "送审金额", "审定金额", "审计单位"]]


def test_the_audited_sum_is_a_projects_amount(store, tmp_path: Path) -> None:
    rows = [*_AUDIT_HEAD,
            [1, "铜罗村", "铜罗村北港桥危桥改造工程", "吴江鑫盛装饰工程有限公司", 929280, 948124.5, 887086.99, "华星造价"],
            [2, "铜罗村", "铜罗村文化礼堂提升改造", "吴江市震泽建筑安装工程有限公司", 973500, 963842.8, 919116.45, "苏亚金诚"],
            [None, "铜罗村小计", None, None, 1902780, 1911967.3, 1806203.44, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "桃源镇村级工程结算审计汇总表.xlsx", {"审计汇总": rows})))
    projects = records(store, "project")
    assert [p["amount"] for p in projects] == [887086.99, 919116.45]
    assert projects[0]["raw"]["合同价"] == "929280"
    assert "“审定金额”和“合同价”都有" in sheet.note and "按“审定金额”" in sheet.note


@pytest.mark.parametrize("final", ["决算价(元)", "审计决算金额", "结算审定金额", "审定价", "决算金额"])
def test_other_final_sums_beat_the_contract_price(store, tmp_path: Path, final: str) -> None:
    """A final figure the writer did not call 审定金额; where it is blank the 合同价 stands in (qa52)."""
    rows = [["项目名称", "施工单位", "合同价(元)", final],
            ["潘芳村机耕路硬化", "安吉县鼎盛建设有限公司", 142600, 149870],
            ["潘芳村饮用水管网改造工程", "安吉县鼎盛建设有限公司", 389000, None]]
    path = write_xls(tmp_path / "孝丰镇村级工程项目导出.xls", {"村级工程": rows})
    sheet = sheet_of(import_one(store, path))
    assert [p["amount"] for p in records(store, "project")] == [149870, 389000]
    assert f"按“{final}”" in sheet.note and "“合同价(元)”保留在原始数据里" in sheet.note


def test_a_claimed_sum_is_never_the_amount(store, tmp_path: Path) -> None:
    """送审结算金额 contains 结算金额, a synonym of the amount: it is what the contractor claimed."""
    rows = [["工程名称", "施工单位", "送审结算金额", "审定结算金额"],
            ["广福村老街立面改造", "江苏东方园林建设有限公司", 1310933, 1257117.4]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "广福村工程结算审计.xlsx", {"结算审计": rows})))
    assert [p["amount"] for p in records(store, "project")] == [1257117.4]
    assert "“送审结算金额”是送审（报审）的金额" in sheet.note


def test_a_claimed_sum_beside_the_contract_price_stays_out(store, tmp_path: Path) -> None:
    rows = [["工程名称", "施工单位", "合同价", "送审结算金额"],
            ["广福村老街立面改造", "江苏东方园林建设有限公司", 1212500, 1310933]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "广福村工程结算送审.xlsx", {"送审": rows})))
    assert [p["amount"] for p in records(store, "project")] == [1212500]
    assert "送审结算金额" in sheet.note


def test_the_contract_price_alone_stays_the_amount(store, tmp_path: Path) -> None:
    """Look-alike: a project list with 合同价 and a 送审金额 but no audited figure keeps the 合同价, and
    says nothing of a final sum."""
    rows = [["工程名称", "施工单位", "合同价", "送审金额"],
            ["铜罗村公厕改造", "浙江湖州南太湖建设有限公司", 960000, 990000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "铜罗村工程台账.xlsx", {"工程": rows})))
    assert [p["amount"] for p in records(store, "project")] == [960000]
    assert "审定、决算后的最终造价" not in sheet.note


@pytest.mark.parametrize("header", ["决算日期", "是否决算", "决算审计费"])
def test_a_column_that_only_speaks_of_the_final_account_is_no_final_sum(store, tmp_path: Path, header: str) -> None:
    """Look-alike: the synonym 决算 is found inside these headers, but none gives a sum: the 合同价 stays the
    amount, and no note speaks of a final sum."""
    rows = [["工程名称", "施工单位", "合同价", header], ["铜罗村公厕改造", "南太湖建设有限公司", 960000, "2023-10-15"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "铜罗村工程台账.xlsx", {"工程": rows})))
    assert [p["amount"] for p in records(store, "project")] == [960000]
    assert "审定、决算后的最终造价" not in sheet.note


def test_a_mapping_file_keeps_the_contract_price(store, tmp_path: Path) -> None:
    """Look-alike: a mapping file that names 合同价 the amount is obeyed, and no note says otherwise."""
    rows = [["工程名称", "施工单位", "合同价", "审定金额"], ["铜罗村公厕改造", "南太湖建设有限公司", 960000, 938501.74]]
    path = write_xlsx(tmp_path / "铜罗村工程结算.xlsx", {"工程": rows})
    mapping = importers.mapping_from_dict({"kind": "project", "columns": {"合同价": "amount"}})
    sheet = sheet_of(import_one(store, path, mapping=mapping))
    assert [p["amount"] for p in records(store, "project")] == [960000]
    assert "审定、决算后的最终造价" not in sheet.note


def test_a_contract_ledger_keeps_its_contract_sum(store, tmp_path: Path) -> None:
    """Look-alike: a 合同台账 with a 结算金额 column stays contracts, each with its 合同金额."""
    rows = [["合同编号", "合同名称", "乙方单位", "合同金额", "结算金额", "签订日期"],
            ["ZA-2023-01", "众安桥村道路维修", "吴江区恒达市政工程有限公司", 356000, 349800, dt.date(2023, 3, 2)]]
    import_one(store, write_xlsx(tmp_path / "众安桥村合同台账.xlsx", {"2023年": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [356000]


_RECONCILIATION = [["银行存款余额调节表"], ["截至2023年3月31日", None, None, "单位：元"],
                   ["项目", "金额", "项目", "金额"],
                   ["单位银行存款日记账余额", 2693571.05, "银行对账单余额", 2654971.05],
                   ["加：银行已收、单位未收", 0, "加：单位已收、银行未收", 0],
                   ["减：银行已付、单位未付", 0, "减：单位已付、银行未付", 38600],
                   ["调节后余额", 2693571.05, "调节后余额", 2693571.05],
                   ["编制人：费红英"]]
_JOURNAL = [["荻港村银行存款日记账"], ["日期", "凭证号", "摘要", "对方户名", "借方", "贷方", "余额"],
            [dt.date(2023, 1, 5), "银收1", "收到租金", "湖州同创园林绿化有限公司", 38600, None, 38600],
            [dt.date(2023, 1, 9), "银付1", "支付苗木款", "湖州同创园林绿化有限公司", None, 12000, 26600]]


@pytest.mark.parametrize("sheet_name", ["余额调节表", "Sheet2"])
def test_a_bank_reconciliation_is_no_list_of_payments(store, tmp_path: Path, sheet_name: str) -> None:
    path = write_xlsx(tmp_path / "荻港村2023年银行存款日记账.xlsx", {"银行日记账": _JOURNAL, sheet_name: _RECONCILIATION})
    report = import_one(store, path)
    statement = sheet_of(report, sheet_name)
    assert statement.imported == 0 and "银行存款余额调节表" in statement.note and "未导入" in statement.note
    assert sorted(by_row(records(store, "payment"))) == [3, 4]


def test_a_reconciliation_without_a_title_is_known_by_its_labels(store, tmp_path: Path) -> None:
    rows = [["项目", "金额"], ["企业账面余额", 126000], ["加：银行已收企业未收", 3000], ["调节后的余额", 129000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "三月份对账.xlsx", {"Sheet1": rows})))
    assert sheet.imported == 0 and "银行存款余额调节表" in sheet.note


def test_a_journal_in_a_workbook_named_for_its_reconciliation_stays_a_journal(store, tmp_path: Path) -> None:
    """Look-alike: the file's name speaks of the 余额调节表, but a sheet that dates and numbers each entry is
    the journal: its entries come in."""
    path = write_xlsx(tmp_path / "荻港村银行日记账及余额调节表.xlsx", {"日记账": _JOURNAL})
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 2 and "余额调节表" not in sheet.note
