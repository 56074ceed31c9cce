"""Layouts of blind set qa134 (exports of approval apps: 钉钉, 企业微信, 飞书, 浙政钉, 三资平台 网上审批) that used
to be misread (``importers.approvals``):

- rejected, withdrawn and pending requests (审批状态/审批结果/申请状态/流程状态 拒绝, 已撤销, 已撤回, 审批中, 已驳回)
  and approved ones not paid (是否已付款 否, 支付状态 未支付) were imported as payments; they are skipped, the
  reason naming the state;
- 钉钉's 付款总额 and 企业微信's 申请金额（元） were no amount: the sheets were refused;
- a request with no 付款日期 had no date: it takes the day of its 完成时间, warned (never 发起时间), and a
  备用金's 预计归还日期 is no date of payment;
- a 三资平台 export of 付款申请/费用报销/采购申请 had no direction: it is money out;
- 企业微信's rows of one approval's nodes under it were rejected for a missing 金额大写: they are skipped as
  the approval's own rows;
- a 费用报销 with 收款人 blank pays its 报销人 back (warned).

Look-alikes that stay as they were: a journal's 状态 (已记账, 已审核) and 单据状态; a 预算申请 export's 申请金额.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

FEISHU_HEADER = ["申请编号", "审批名称", "申请状态", "发起人", "发起时间", "完成时间", "付款用途", "收款方",
                 "付款金额", "付款日期"]


def _feishu_rows() -> list[list]:
    return [FEISHU_HEADER,
            ["2023011230", "付款申请", "已通过", "沈丽萍", "2023-01-12 17:24:11", "2023-01-13 22:24:11", "物业费",
             "湖州市鑫达物业管理有限公司", "10717.43", "2023-01-15"],
            ["2023012330", "付款申请", "已拒绝", "钱卫国", "2023-01-23 16:11:27", "2023-01-24 00:11:27", "工程款",
             "湖州南浔恒力建筑工程有限公司", "¥113,978.00", ""],
            ["2023012830", "付款申请", "已撤回", "钱卫国", "2023-01-28 15:52:19", "", "网络费",
             "中国移动通信集团浙江有限公司湖州分公司", "2,350.38", ""],
            ["2023020530", "付款申请", "审批中", "钱卫国", "2023-02-05 09:08:24", "", "劳务费", "沈丽萍", "2931.63", ""],
            ["2023021230", "付款申请", "已通过", "沈丽萍", "2023-02-12 17:08:39", "2023-02-14 11:08:39", "物业费",
             "湖州市鑫达物业管理有限公司", "10117.00", ""]]


def test_only_approved_requests_are_payments(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "石桥村_飞书审批_付款申请_2023.csv", _feishu_rows(), encoding="utf-8-sig")
    sheet = sheet_of(import_one(store, path))
    assert sorted(by_row(records(store, "payment"))) == [2, 6]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert "“申请状态”为“已拒绝”" in reasons[3] and "“申请状态”为“已撤回”" in reasons[4]
    assert "“申请状态”为“审批中”" in reasons[5] and "审批未通过" in reasons[5]
    assert "只导入审批通过" in sheet.note


def test_a_request_without_a_payment_day_takes_its_completion_day(store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "石桥村_飞书审批_付款申请_2023.csv", _feishu_rows(), encoding="utf-8-sig")
    sheet = sheet_of(import_one(store, path))
    paid = by_row(records(store, "payment"))
    assert paid[2]["date"] == "2023-01-15" and paid[6]["date"] == "2023-02-14"
    assert [w["row"] for w in sheet.warnings if "按审批完成时间记" in w["reason"]] == [6]


def test_the_start_of_a_request_is_no_payment_day(store, tmp_path: Path) -> None:
    """发起时间 is when the request was made: an approved request with neither day keeps no date."""
    rows = _feishu_rows()[:2]
    rows[1][5] = ""
    rows[1][9] = ""
    import_one(store, write_csv(tmp_path / "石桥村_飞书审批_付款申请_2023.csv", rows, encoding="utf-8-sig"))
    assert [p["date"] for p in records(store, "payment")] == [None]


DINGTALK_HEADER = ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "付款事由",
                   "付款总额", "收款方全称", "付款日期"]


def test_dingtalk_payment_requests_and_their_result(store, tmp_path: Path) -> None:
    """付款总额 is the amount paid out; 已完成 with 审批结果 拒绝 was rejected, 已撤销 withdrawn."""
    rows = [DINGTALK_HEADER,
            ["20230110", "何建军提交的付款申请", "已完成", "同意", "2023-01-10 10:06:57", "2023-01-12 09:20:57", "何建军",
             "山塘清淤工程款", "79020", "浙江天目山水利工程有限公司", "2023-01-14"],
            ["20230114", "罗志刚提交的付款申请", "已完成", "拒绝", "2023-01-14 11:48:20", "2023-01-16 11:20:20", "罗志刚",
             "审计费", "11362.00", "浙江广信会计师事务所有限公司", None],
            ["20230125", "罗志刚提交的付款申请", "已撤销", None, "2023-01-25 17:55:32", "2023-01-27 22:56:32", "罗志刚",
             "审计费", "6380.03", "浙江广信会计师事务所有限公司", None],
            ["20230210", "林小燕提交的付款申请", "已完成", "同意", "2023-02-10 16:49:44", "2023-02-12 00:21:44", "林小燕",
             "通信费", "11,274.47", "中国电信股份有限公司杭州分公司", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳溪村钉钉审批数据导出_2023.xlsx", {"付款申请": rows})))
    paid = by_row(records(store, "payment"))
    assert sorted(paid) == [2, 5]
    assert [(p["amount"], p["direction"], p["date"]) for p in paid.values()] == \
        [(79020.0, "out", "2023-01-14"), (11274.47, "out", "2023-02-12")]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert "“审批结果”为“拒绝”" in reasons[3] and "“审批状态”为“已撤销”" in reasons[4]
    assert "付款总额" in sheet.note


def test_a_reimbursement_without_payee_pays_its_claimant(store, tmp_path: Path) -> None:
    rows = [["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "费用明细", "报销金额（元）",
             "收款人"],
            ["1", "陈志强提交的费用报销", "已完成", "同意", "2023-01-23 16:43:18", "2023-01-24 22:43:18", "陈志强",
             "误餐费", "256.73", None],
            ["2", "杨丽华提交的费用报销", "已完成", "同意", "2023-02-06 08:41:54", "2023-02-07 14:41:54", "杨丽华",
             "油费", "534", "杨丽华"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "柳溪村钉钉审批.xlsx", {"费用报销": rows})))
    paid = records(store, "payment")
    assert [(p["counterparty"], p["date"]) for p in paid] == [("陈志强", "2023-01-24"), ("杨丽华", "2023-02-07")]
    assert [w["row"] for w in sheet.warnings if "按报销人" in w["reason"]] == [2]


def test_petty_cash_requests_and_their_expected_return(store, tmp_path: Path) -> None:
    """申请金额（元） of a 备用金申请 is the money paid out; its 预计归还日期 is no payment day."""
    rows = [["审批编号", "申请人", "提交时间", "完成时间", "审批状态", "备用金用途", "申请金额（元）", "预计归还日期", "收款人"],
            ["1", "徐建华", "2023-01-12 09:39:19", "2023-01-12 14:39:19", "已通过", "防汛物资备用金", "3000.00",
             "2023-02-11", "徐建华"],
            ["2", "朱春燕", "2023-05-15 14:51:00", None, "已撤销", "误餐备用金", "2000.00", "2023-06-14", "朱春燕"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山村企业微信审批记录2023.xlsx", {"备用金申请": rows})))
    assert [(p["amount"], p["direction"], p["date"], p["counterparty"]) for p in records(store, "payment")] == \
        [(3000.0, "out", "2023-01-12", "徐建华")]
    assert "预计归还日期" in sheet.note and [s["row"] for s in sheet.skipped if "已撤销" in s["reason"]] == [3]


def test_approved_purchases_not_yet_paid(store, tmp_path: Path) -> None:
    rows = [["流程编号", "流程标题", "发起人", "流程状态", "采购物品", "供应商", "采购金额（元）", "是否已付款", "付款日期"],
            ["Z1", "高翠萍发起的采购申请", "高翠萍", "已完成", "防汛沙袋", "嘉兴市明华农资商店", "6800.00", "是", "2024.2.25"],
            ["Z2", "高翠萍发起的采购申请", "高翠萍", "已完成", "音响设备", "嘉兴声美音响器材有限公司", "23800.00", "否", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "南湖村浙政钉审批导出2024.xlsx", {"采购申请": rows})))
    assert [p["amount"] for p in records(store, "payment")] == [6800.0]
    assert [s["reason"][:8] for s in sheet.skipped if s["row"] == 3] == ["审批通过但未付款"]


def test_a_platform_export_of_requests_is_money_out(store, tmp_path: Path) -> None:
    """No name says 付款, but every request's 申请类型 does: 申请金额 is money out; 未支付 is no 未付余额行."""
    rows = [["序号", "审批单号", "村(社区)", "申请类型", "申请事由", "收款单位(人)", "申请金额(元)", "申请人",
             "审批状态", "支付状态", "支付时间"],
            [1, "SZ1", "东岭村", "付款申请", "道路白改黑进度款", "湖州交通建设工程有限公司", "195398.00", "钮家林",
             "审批通过", "已支付", "2023-03-16 18:34:12"],
            [2, "SZ2", "西岭村", "费用报销", "党员活动交通费", "陆文英", "448.32", "陆文英", "审批通过", "未支付", None],
            [3, "SZ3", "西岭村", "采购申请", "办公电脑", "湖州众诚电脑经营部", "10553.93", "沈建明", "审批不通过", "未支付",
             None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "练市镇农村三资网上审批明细导出.csv", rows,
                                                 encoding="utf-8-sig")))
    assert [(p["amount"], p["direction"], p["date"]) for p in records(store, "payment")] == \
        [(195398.0, "out", "2023-03-16")]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("审批通过但未付款") and reasons[4].startswith("审批未通过")


def test_the_node_rows_of_an_approval_are_its_own(store, tmp_path: Path) -> None:
    """企业微信 writes each approval node on a row of its own, the request's cells merged down over them."""
    rows = [["审批编号", "申请人", "审批状态", "付款事由", "付款金额", "金额大写", "付款日期", "收款人全称", "审批节点",
             "审批人", "审批意见", "审批时间"],
            ["2023021620000", "徐建华", "已通过", "电费", "3821.32", "叁仟捌佰贰拾壹元叁角贰分", "2023/2/20",
             "国网浙江省电力有限公司淳安县供电公司", "村报账员审核", "孙红霞", "同意", "2023-02-16 21:54:16"],
            [None] * 8 + ["村书记审批", "朱春燕", "同意", "2023-02-17 03:54:16"],
            ["2023022620031", "徐建华", "已驳回", "修缮工程款", "105727.69", "壹拾万伍仟柒佰贰拾柒元陆角玖分", None,
             "淳安千岛湖建工集团有限公司", "村报账员审核", "孙红霞", "同意", "2023-02-26 15:31:48"],
            [None] * 8 + ["村书记审批", "朱春燕", "不同意", "2023-02-26 21:31:48"]]
    merges = {"付款": ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "H4:H5"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山村企业微信审批记录2023.xlsx", {"付款": rows},
                                                  merges=merges)))
    assert [p["amount"] for p in records(store, "payment")] == [3821.32]
    assert sheet.rejected == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("审批节点行") and reasons[5].startswith("审批节点行")
    assert "已驳回" in reasons[4]


# --- look-alikes ------------------------------------------------------------------------------------------


def test_a_journal_with_its_state_stays_as_it_was(store, tmp_path: Path) -> None:
    """Look-alike: a journal's 状态 or 单据状态 (已记账, 已审核, 未审核) is no approval: every entry is read."""
    rows = [["日期", "凭证号", "摘要", "收入", "支出", "单据状态", "状态", "审核人"],
            ["2023-01-05", "记-1", "付电费", None, 812.5, "已记账", "已审核", "王会计"],
            ["2023-01-09", "记-2", "收租金", 6000, None, "未审核", "已记账", "王会计"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山村2023年日记账.xlsx", {"日记账": rows})))
    assert [(p["amount"], p["direction"]) for p in records(store, "payment")] == [(812.5, "out"), (6000.0, "in")]
    assert "审批导出" not in sheet.note


def test_a_budget_request_is_no_payment(store, tmp_path: Path) -> None:
    """Look-alike: a 预算申请 export's 申请金额 was never paid: it is not read as money out."""
    rows = [["审批编号", "发起人", "审批状态", "预算项目", "申请金额（元）", "完成时间"],
            ["1", "徐建华", "已通过", "2024年道路养护预算", "50000", "2023-12-01 10:00:00"]]
    import_one(store, write_xlsx(tmp_path / "青山村预算申请审批.xlsx", {"预算申请": rows}))
    assert records(store, "payment") == []


def test_a_seal_request_is_no_payment(store, tmp_path: Path) -> None:
    """Look-alike: 用印申请 of the same export moves no money."""
    rows = [["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "用印事由", "文件份数"],
            ["1", "罗志刚提交的用印申请", "已完成", "同意", "2023-02-01 14:13:30", "2023-02-01 16:13:30", "罗志刚",
             "合同签订盖章", "4"]]
    import_one(store, write_xlsx(tmp_path / "柳溪村钉钉审批数据导出_2023.xlsx", {"用印申请": rows}))
    assert records(store, "payment") == []


@pytest.mark.parametrize(("cell", "count"), [
    ("票据2张", 2), ("发票3张、验收单1份", 4), ("发票.pdf;验收单.jpg", 2), ("合同扫描件.PDF", 1), ("3", 3), ("无", 0),
])
def test_an_attachment_cell_that_names_or_lists_its_files_is_counted(cell: str, count: int) -> None:
    """An approval export writes its attachments, not their number: each row was warned "无法识别的数值"."""
    from importers.cells import attachment_count

    assert attachment_count(cell) == count


@pytest.mark.parametrize("cell", ["见附件", "后补", "发票 补交"])
def test_an_attachment_cell_that_counts_nothing_stays_unread(cell: str) -> None:
    from importers import values
    from importers.cells import attachment_count

    with pytest.raises(values.ValueProblem):
        attachment_count(cell)
