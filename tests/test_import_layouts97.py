"""Layouts of blind set qa97 (form-per-sheet workbooks: one record per sheet) that used to be misread:

- a payment approval form (付款审批单, 报账审批单, 收入入账单), one a sheet, was refused as a table without
  an amount column: it is read as a card, one payment on the row of its first field, its direction from
  the form (收款单位 is paid, 交款单位 pays in); a "小写（元）" beside "金额（大写）" is that sum's 小写;
- a contract form whose labels stand in a row over their values made its next line ("大写金额 |
  肆万玖仟捌佰元整") a second contract: the lines below belong to the one record (its 大写 checks its
  amount, its 采购方式 and the 合同编号 above are read);
- a party not chosen yet with a remark ("待定（拟公开招标确定）") was read as the contractor.

Look-alikes that stay as they were: a payment sheet's totals block, a table with a 大写金额 column, a
table whose header has one data row only (with its 合计 and 制表人 lines), a bare 待定.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of, write_xls, write_xlsx


def _voucher_form(payee_label: str, payee: str, title: str, amount: float, upper: str) -> list[list]:
    return [[title, None],
            [None, "单位：元"],
            ["报账日期", "2023年7月3日"],
            [payee_label, payee],
            ["报账事由", "购买电线、灯泡等维修材料"],
            ["报账金额（小写）", amount],
            ["报账金额（大写）", upper],
            ["经手人", "刘建国"],
            ["村党支部书记审批", "同意报销    刘志强"],
            [],
            ["报账员：孙玉梅      2023年7月3日", None]]


def test_a_vertical_payment_form_is_one_payment_out(store, tmp_path: Path) -> None:
    sheets = {"第1号": _voucher_form("收款人（单位）", "莘县利民五金建材商店", "东风村报账审批单", 1365, "人民币壹仟叁佰陆拾伍元整"),
              "第2号": _voucher_form("收款人（单位）", "刘长海", "东风村报账审批单", 800, "捌佰元整")}
    report = import_one(store, write_xls(tmp_path / "东风村报账审批单（2023年下半年）.xls", sheets))
    payments = records(store, "payment")
    assert [(p["source"]["sheet"], p["source"]["row"], p["date"], p["amount"], p["direction"], p["counterparty"])
            for p in payments] == [("第1号", 3, "2023-07-03", 1365.0, "out", "莘县利民五金建材商店"),
                                   ("第2号", 3, "2023-07-03", 800.0, "out", "刘长海")]
    assert "按卡片读取" in sheet_of(report, "第1号").note


def test_an_income_form_is_money_in_from_its_payer(store, tmp_path: Path) -> None:
    rows = [["东风村集体收入入账单", None], [None, "单位：元"], ["收款日期", "2023年7月14日"],
            ["交款单位（人）", "刘福贵"], ["收款事由", "交2023年度村北机动地承包费"], ["收款金额（小写）", 9600],
            ["收款金额（大写）", "玖仟陆佰元整"], ["收款方式", "银行转账"], [], ["收款人：孙玉梅", "交款人签字："]]
    import_one(store, write_xls(tmp_path / "东风村收入入账单.xls", {"第3号": rows}))
    assert [(p["source"]["row"], p["amount"], p["direction"], p["counterparty"]) for p in records(store, "payment")] \
        == [(3, 9600.0, "in", "刘福贵")]


def _approval_form(amount_label: str, amount: object, upper: str) -> list[list]:
    return [["王家湾村村级资金支出审批单", None, None, None],
            ["申请日期：", "2023年3月7日", "凭证号：", "记-20"],
            ["收款单位（人）", "山东恒基建设工程有限公司", "结算方式", "转账"],
            ["付款事由（用途）", "村内道路硬化工程预付款", None, None],
            ["金额（大写）", upper, amount_label, amount],
            ["附件张数", "4张", "预算科目", "在建工程"],
            ["村党支部书记审批", "同意支付。  王德明", None, None],
            [],
            ["出纳：王秀芝", "会计：刘红梅", "领款人签字：", None]]


def test_a_payment_approval_form_reads_its_small_figure(store, tmp_path: Path) -> None:
    """The 小写 beside 金额（大写） is the sum (in 万元 when it says so), on the row of the form's first field."""
    sheets = {"1": _approval_form("小写（元）", 80000, "捌万元整"), "2": _approval_form("小写（万元）", 8, "捌万元整")}
    report = import_one(store, write_xls(tmp_path / "王家湾村2023年资金支出审批单.xls", sheets))
    payments = records(store, "payment")
    assert [(p["source"]["row"], p["date"], p["amount"], p["direction"], p["counterparty"], p["voucher"])
            for p in payments] == [(2, "2023-03-07", 80000.0, "out", "山东恒基建设工程有限公司", "记-20")] * 2
    assert all("小写" not in sheet.note for sheet in report.sheets)  # no unread 小写 column
    assert all(sheet.warnings == [] for sheet in report.sheets)


def test_a_payment_forms_written_sum_that_disagrees_is_a_warning(store, tmp_path: Path) -> None:
    report = import_one(store, write_xls(tmp_path / "资金支出审批单.xls", {"1": _approval_form("小写（元）", 80000, "捌仟元整")}))
    assert [p["amount"] for p in records(store, "payment")] == [80000.0]
    assert [w["row"] for w in sheet_of(report).warnings] == [5]


def test_a_payment_sheets_totals_block_is_no_payment_form(store, tmp_path: Path) -> None:
    """Look-alike: a block of 收入合计 | 支出合计 names no payee nor date; it stays unread."""
    rows = [["王家湾村2023年收支汇总"], ["收入合计", 120000, "支出合计", 80000], ["结余", 40000, None, None]]
    report = import_one(store, write_xlsx(tmp_path / "收支汇总.xlsx", {"汇总": rows}))
    assert records(store, "payment") == []
    assert "按卡片读取" not in sheet_of(report).note


def _contract_form(upper: str) -> list[list]:
    return [["李家庄村村级工程合同签订审批表", None, None, None],
            ["填报单位：（盖章）李家庄村村民委员会", None, "合同编号", "LJZ-HT-2023-003"],
            ["合同名称", "乙方（承包方）", "合同金额（元）", "签订日期"],
            ["文化广场太阳能路灯采购安装合同", "山东光明新能源科技有限公司", 49800, dt.date(2023, 4, 2)],
            ["大写金额", upper, None, None],
            ["采购方式", "询价采购", "甲方", "李家庄村股份经济合作社"],
            ["合同主要内容", "文化广场太阳能路灯采购安装。", None, None],
            ["村“两委”意见", "同意签订。   签字：李振华", None, None],
            [],
            ["经办人：李明", "会计：张丽", "填表日期：", "2023年3月30日"]]


def test_a_contract_form_with_labels_over_values_is_one_contract(store, tmp_path: Path) -> None:
    merges = {"LJZ-HT-2023-003": ["A2:B2", "B5:D5", "B7:D7", "B8:D8"]}
    report = import_one(store, write_xlsx(tmp_path / "李家庄村合同签订审批表.xlsx",
                                          {"LJZ-HT-2023-003": _contract_form("肆万玖仟捌佰元整")}, merges=merges))
    contracts = records(store, "contract")
    assert [(c["source"]["row"], c["code"], c["title"], c["counterparty"], c["amount"], c["signed_on"], c["procurement"])
            for c in contracts] == [(4, "LJZ-HT-2023-003", "文化广场太阳能路灯采购安装合同", "山东光明新能源科技有限公司",
                                     49800.0, "2023-04-02", "询价采购")]
    sheet = sheet_of(report)
    assert sheet.warnings == [] and sheet.rejected == []
    assert "数值所在行" in sheet.note


def test_a_contract_forms_written_sum_that_disagrees_is_a_warning(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / "合同签订审批表.xlsx", {"1": _contract_form("肆万玖仟元整")}))
    assert [c["amount"] for c in records(store, "contract")] == [49800.0]
    assert [(w["row"], w["value"]) for w in sheet_of(report).warnings] == [(5, "肆万玖仟元整")]


def test_a_table_with_a_written_sum_column_stays_a_table(store, tmp_path: Path) -> None:
    """Look-alike: a 大写金额 column of a contract list is each row's 大写, not a form's line."""
    rows = [["李家庄村合同台账"],
            ["合同名称", "乙方", "合同金额", "大写金额", "签订日期"],
            ["村道硬化合同", "山东鲁润建设工程有限公司", 286400, "贰拾捌万陆仟肆佰元整", "2023-03-06"],
            ["屋面防水合同", "宏安防水工程队", 38500, "叁万捌仟伍佰元整", "2023-03-18"],
            ["合计", None, 324900, None, None]]
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"台账": rows}))
    assert [(c["source"]["row"], c["amount"]) for c in records(store, "contract")] == [(3, 286400.0), (4, 38500.0)]
    assert "按卡片读取" not in sheet_of(report).note


def test_a_table_with_one_data_row_stays_a_table(store, tmp_path: Path) -> None:
    """Look-alike: a header over one row, then its 合计 and signatures: a table, not a form."""
    rows = [["李家庄村合同台账"],
            ["合同名称", "乙方", "合同金额", "签订日期"],
            ["村道硬化合同", "山东鲁润建设工程有限公司", 286400, "2023-03-06"],
            ["合计", None, 286400, None],
            ["制表人：张丽", None, "审核人：李振华", None]]
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"台账": rows}))
    assert [(c["source"]["row"], c["title"], c["amount"]) for c in records(store, "contract")] == [
        (3, "村道硬化合同", 286400.0)]
    assert "按卡片读取" not in sheet_of(report).note


def test_a_table_with_two_data_rows_stays_a_table(store, tmp_path: Path) -> None:
    """Look-alike: the row under the first data row fills the same cells: the table's next record."""
    rows = [["合同名称", "乙方", "合同金额", "签订日期"],
            ["村道硬化合同", "山东鲁润建设工程有限公司", 286400, "2023-03-06"],
            ["采购合同", "宏安防水工程队", 38500, "2023-03-18"]]
    report = import_one(store, write_xlsx(tmp_path / "合同台账.xlsx", {"台账": rows}))
    assert [c["source"]["row"] for c in records(store, "contract")] == [2, 3]
    assert "按卡片读取" not in sheet_of(report).note


def test_a_contractor_to_be_chosen_with_a_remark_is_none_with_a_warning(store, tmp_path: Path) -> None:
    rows = [["赵庄村2023年度村民一事一议财政奖补项目申报表", None, None, None],
            ["申报单位：莘县张寨镇赵庄村（盖章）", None, "申报日期：", "2023年3月"],
            ["项目名称", "村内公厕改造项目", "项目类别", "环卫设施"],
            ["项目预算投资（元）", 64500, "大写", "陆万肆仟伍佰元整"],
            ["施工单位", "待定（拟公开招标确定）", "计划工期", "4月开工"]]
    report = import_one(store, write_xlsx(tmp_path / "赵庄村一事一议申报表.xlsx", {"6": rows}))
    projects = records(store, "project")
    assert [(p["name"], p["budget"], p["contractor"]) for p in projects] == [("村内公厕改造项目", 64500.0, None)]
    assert projects[0]["raw"]["施工单位"] == "待定（拟公开招标确定）"
    warnings = [(w["row"], w["column"]) for w in sheet_of(report).warnings if "尚未确定" in w["reason"]]
    assert warnings == [(5, "施工单位（B列）")]


def test_a_listed_party_to_be_chosen_with_a_remark_is_none(store, tmp_path: Path) -> None:
    rows = [["项目名称", "施工单位", "预算投资"], ["村道硬化", "未定，待村民代表会议议定", 120000],
            ["公厕改造", "未来之星建设有限公司（分包）", 64500], ["路灯安装", "待定", 96000]]
    report = import_one(store, write_xlsx(tmp_path / "项目台账.xlsx", {"项目": rows}))
    assert [p["contractor"] for p in records(store, "project")] == [None, "未来之星建设有限公司", None]
    assert [(w["row"], w["column"]) for w in sheet_of(report).warnings] == [(2, "施工单位")]
