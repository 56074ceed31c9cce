"""Layouts of blind sets qa68 (a 农经站 audit of village 报账票据) and qa66 (凉山/黔东南 villages) that
used to be misread:

- a "7-9月小计" line written in the 报账日期 column of a CSV, with its quarter's 金额 and nothing else,
  was imported as a payment without a date: a period range before 小计 is a total's label, and a
  total's word in any cell but the title of a row with nothing else but amounts is a total line;
- a 报账票据登记's 发票号码 ("无", "白条") and 审核意见 ("白条，不予报销") were unread columns, so the
  white_slip check, which reads the 摘要, saw no white slip: the words now follow the 摘要;
- a 衔接资金项目 list with 衔接资金（万元） over 合计 | 中央 | 省级 gave no budget: its 合计 is the budget.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx
from xuncha.scan import run_scan

# --- a total's label in the date column --------------------------------------------------------------

_CLAIMS_HEADER = ["报账日期", "凭证号", "发票号码", "开票单位", "事由", "金额", "支付方式", "审核意见"]


def _claims_csv(tmp_path: Path, label_row: list) -> Path:
    rows = [["北坡村2023年下半年报账票据登记（单位：元）"], _CLAIMS_HEADER,
            ["2023/7/4", "付001", "66836041", "县城东五金机电商店", "购水泵配件", "11,093.00", "转账", "同意"],
            ["2023-09-22", "付002", "58025350", "县康宁医药连锁有限公司", "防疫物资", "680.60", "现金", "同意"],
            label_row,
            ["2023-10-04", "付003", "22893193", "青山镇老周饭店", "工作餐", "7,213.25", "转账", "同意"],
            ["合计", None, None, None, None, "18986.85", None, None]]
    return write_csv(tmp_path / "北坡村报账票据登记.csv", rows, encoding="utf-8-sig")


@pytest.mark.parametrize("label", ["7-9月小计", "7月-9月合计", "2023年7至9月份小计", "7、8、9月小计"])
def test_a_period_total_in_the_date_column_is_skipped(store, tmp_path: Path, label: str) -> None:
    """qa68: "7-9月小计,,,,,120901.20,," became a payment of 120,901.20 with no date."""
    path = _claims_csv(tmp_path, [label, None, None, None, None, "11773.60", None, None])
    sheet = sheet_of(import_one(store, path))
    assert [p["amount"] for p in records(store, "payment")] == [11093.0, 680.6, 7213.25]
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[5].startswith("合计行") and label in reasons[5]


def test_a_total_word_in_the_payee_column_with_only_amounts_is_skipped(store, tmp_path: Path) -> None:
    """A label no total's pattern knows ("3、4组小计") in a column other than the 摘要: a total line."""
    rows = [["日期", "收款人", "摘要", "金额"],
            ["2023-03-01", "王建国", "付清淤工资", 1200], ["2023-03-02", "李小红", "付清淤工资", 1300],
            [None, "3、4组小计", None, 2500]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村务工工资.xlsx", {"支出": rows})))
    assert [p["amount"] for p in records(store, "payment")] == [1200.0, 1300.0]
    assert any(s["row"] == 4 and "收款人" in s["reason"] for s in sheet.skipped)


def test_a_summary_naming_a_period_stays_an_entry(store, tmp_path: Path) -> None:
    """Look-alike: "支付7-9月保洁工资" is a payment for the quarter, and "支付7-9月保洁工资合计" alone in
    the 摘要 of a two-column 公开栏 is an entry too (no total's shape, in the title column)."""
    path = _claims_csv(tmp_path, ["2023-09-30", "付004", "白条", "赵秀兰", "支付7-9月保洁工资", "3600", "现金", "同意"])
    import_one(store, path)
    assert [p["summary"] for p in records(store, "payment")][2] == "支付7-9月保洁工资（发票号码：白条）"
    rows = [["摘要", "支出金额（元）"], ["支付7-9月保洁工资合计", 3600], ["购办公用品", 420]]
    import_one(store, write_xlsx(tmp_path / "下洋村财务公开.xlsx", {"支出": rows}), village="下洋村")
    summaries = [p["summary"] for p in records(store, "payment") if p["village"] == "下洋村"]
    assert summaries == ["支付7-9月保洁工资合计", "购办公用品"]


# --- the invoice and the reviewer's opinion of a claim -----------------------------------------------


def _claims_xlsx(tmp_path: Path) -> Path:
    rows = [["东王村2023年报账票据登记"], _CLAIMS_HEADER,
            ["2023-03-05", "记-001", "无", "徐春生", "付村道除草人工费", 5400, "现金", "白条，不予报销"],
            ["2023-03-09", "记-002", "白条", "张秀兰", "付搬运费", 3000, "现金", "白条入账，需补正规票据"],
            ["2023-03-12", "记-003", "23112132", "县新华书店", "购农家书屋图书", 2141.25, "转账", "同意"],
            ["2023-03-20", "记-004", "38477122", "县安达保洁服务有限公司", "垃圾清运服务费", 12605, "转账",
             "超预算，需两委会研究"],
            ["2023-03-28", "记-005", "-", "县康宁医药连锁有限公司", "防疫物资", 680.6, "现金", None]]
    return write_xlsx(tmp_path / "东王村报账票据登记.xlsx", {"东王村": rows})


def test_a_missing_invoice_and_the_reviewers_white_slip_reach_the_summary(store, tmp_path: Path) -> None:
    """qa68: 发票号码 and 审核意见 were unread, so the white_slip check saw no white slip at all."""
    sheet = sheet_of(import_one(store, _claims_xlsx(tmp_path)))
    summaries = [p["summary"] for p in records(store, "payment")]
    assert summaries[:2] == ["付村道除草人工费（无发票；审核意见：白条，不予报销）",
                             "付搬运费（发票号码：白条；审核意见：白条入账，需补正规票据）"]
    assert "2 行的发票号码或审核意见" in sheet.note and "未识别的列" not in sheet.note
    flagged = sorted(flag.amount for flag in run_scan(store).flags if flag.rule == "white_slip")
    assert flagged == [300000, 540000]


def test_an_invoice_number_or_an_approval_leaves_the_summary_as_it_is(store, tmp_path: Path) -> None:
    """Look-alike: a number, "-", "同意" or "超预算" says nothing of a white slip, and the payee read from the
    开票单位 stays the party (the words are added after it)."""
    import_one(store, _claims_xlsx(tmp_path))
    payments = records(store, "payment")
    assert [p["summary"] for p in payments][2:] == ["购农家书屋图书", "垃圾清运服务费", "防疫物资"]
    assert [p["counterparty"] for p in payments][:2] == ["徐春生", "张秀兰"]


# --- the 合计 of 衔接资金 is the budget ---------------------------------------------------------------


def _projects(tmp_path: Path, extra: list | None = None) -> Path:
    header = ["序号", "项目名称", "实施地点", "衔接资金（万元）", None, None, "中标（合同）金额（元）", *(extra or [])]
    child = [None, None, None, "合计", "中央", "省级", None, *([None] * len(extra or []))]
    rows = [["西江镇2023年衔接资金项目实施情况表"], header, child,
            [1, "乌高村冷水鱼养殖基地", "乌高村", 38, 30, 8, None, *([420000] if extra else [])],
            [2, "羊排村茶叶加工厂设备购置", "羊排村", 45, 45, None, 438900, *([460000] if extra else [])]]
    merges = [(1, 1, 3, 5), (1, 2, 0, 0), (1, 2, 1, 1), (1, 2, 2, 2), (1, 2, 6, 6)]
    merges += [(1, 2, 7, 7)] if extra else []
    return write_xls(tmp_path / "西江镇衔接资金项目.xls", {"衔接资金项目": rows}, merges={"衔接资金项目": merges})


def test_the_total_of_the_bridging_funds_is_the_budget(store, tmp_path: Path) -> None:
    """qa66: 衔接资金（万元） over 合计 | 中央 | 省级 was an unread column, so a project without its 中标金额
    had no figure at all."""
    import_one(store, _projects(tmp_path), village="西江镇")
    projects = [(p["name"], p["budget"], p["amount"], p["funding"]) for p in records(store, "project")]
    assert projects == [("乌高村冷水鱼养殖基地", 380000.0, None, "中央、省级"),
                        ("羊排村茶叶加工厂设备购置", 450000.0, 438900.0, "中央")]


def test_a_total_investment_column_stays_the_budget(store, tmp_path: Path) -> None:
    """Look-alike: beside a 总投资 column the 衔接资金 合计 is no budget."""
    import_one(store, _projects(tmp_path, ["总投资（元）"]), village="西江镇")
    assert [p["budget"] for p in records(store, "project")] == [420000.0, 460000.0]
