"""Lists that pay money to named people (发放表, 发放明细, 分配明细, 花名册) of blind passes 22-24.

Each row of such a list is money paid out to a person on a date: a payment, out, to the person the
row names, of the sum paid (实发, 发放金额, 补偿金额 …, never a rate such as 月工资标准). Before, these
lists were refused as 股东名册 (户主姓名) or read as cadre lists (姓名 and 公益岗位 as 职务), which
made their payees look like cadres to the related-party rule. Each test writes a real file and
imports it through ``importers.import_paths``; the scan tests run the rules on what was imported:

- the five layouts the blind passes found (光伏收益分配明细, 公益岗位工资发放表, 收益分配 with
  分配对象, 拆迁补偿款发放明细, 惠民惠农"一卡通" as an HTML .xls), and their near variants;
- what stays as it was: a 股东名册 of shares only, a cadre list, a 筹资 list of the same households;
- a 村干部报酬发放表 is payments (the 职务 stays in the raw row), a cadre's own pay raises no flag;
- a title's "一季度村干部", "12月份村干部" or "旧村改造" names no village;
- two months of one payroll are no duplicate payment; a cadre's own dividend is no related party.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.kinds import detect_kind
from importers.plan import PAYOUT_NOTE, PAYOUT_UNDATED_NOTE
from importers.villages import find_villages
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx

SIGNATURES = ["村党支部书记：", None, "村委会主任：", None, "报账员："]


def _payments(store) -> dict[int, dict]:
    return by_row(records(store, "payment"))


def _scan(store):
    from xuncha.scan import run_scan

    return run_scan(store).flags


def test_a_household_distribution_list_is_payments_out(store, tmp_path: Path) -> None:
    """Before, 户主姓名 made it a 股东名册: 12 payments refused (qa22 P01)."""
    rows = [["兰考县东坝头乡张庄村2023年村级光伏电站收益分配明细表"],
            ["填报单位：张庄村股份经济合作社（盖章）", None, None, None, None, None, "单位：元"],
            ["序号", "发放日期", "户主姓名", "身份证号码", "所属组", "收益用途", "发放金额（元）", "发放方式", "备注"],
            [1, "2023.3.28", "高红霞", "41022519610110231X", "1组", "公益岗位工资", 1500, "一卡通代发", None],
            [2, "2023.3.28", "汪志强", "41022519630112233X", "3组", "到户分红", 860, "一卡通代发", None],
            [None, "第1季度小计", None, None, None, None, 2360, None, None],
            [3, "2023.6.27", "徐红霞", "41022519670212237X", "3组", "到户分红", 875.5, "现金", None],
            ["合计", None, None, None, None, None, 3235.5, None, None], SIGNATURES]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张庄村光伏收益分配明细.xlsx", {"收益分配": rows})))
    got = [(p["date"], p["counterparty"], p["amount"], p["direction"], p["summary"], p["method"])
           for p in _payments(store).values()]
    assert got == [("2023-03-28", "高红霞", 1500.0, "out", "公益岗位工资", "一卡通代发"),
                   ("2023-03-28", "汪志强", 860.0, "out", "到户分红", "一卡通代发"),
                   ("2023-06-27", "徐红霞", 875.5, "out", "到户分红", "现金")]
    assert sheet.kind == "payment" and PAYOUT_NOTE in sheet.note
    assert not records(store, "cadre")


def test_a_public_job_payroll_is_payments_not_cadres(store, tmp_path: Path) -> None:
    """Before, 姓名 and 公益岗位 (as 职务) made 12 false cadres (qa22 P06); the sum is 实发, not the rate."""
    header = ["序号", "姓名", "公益岗位", "出勤天数", "月工资标准", "实发金额（元）", "发放时间", "打卡账号", "领款人签字"]
    rows = [["岚县王狮乡王家村光伏收益公益性岗位工资发放表（2023年4月）"],
            ["单位：王家村股份经济合作社", None, None, None, None, None, "单位：元"], header,
            [1, "谭长顺", "保洁员", 30, 600, 600, dt.datetime(2023, 5, 10), "6230 5100 1271 4188", None],
            [2, "宋素珍", "道路养护员", 26, 600, 520, dt.datetime(2023, 5, 10), "6230 5100 1456 4688", None],
            ["合  计", None, None, None, None, 1120, None, None, None],
            ["经办人：", None, "审核人：", None, "村监委会："]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "王家村公益岗位工资发放表.xlsx", {"4月": rows})))
    got = [(p["date"], p["counterparty"], p["amount"], p["direction"]) for p in _payments(store).values()]
    assert got == [("2023-05-10", "谭长顺", 600.0, "out"), ("2023-05-10", "宋素珍", 520.0, "out")]
    assert not records(store, "cadre")
    # No 摘要 column: each payment says what it is by the title (工资: a wage, for the rules).
    assert {p["summary"] for p in _payments(store).values()} == {"岚县王狮乡王家村光伏收益公益性岗位工资发放表（2023年4月）"}
    assert "摘要记为" in sheet.note


def test_a_distribution_to_groups_names_them_as_the_party(store, tmp_path: Path) -> None:
    """Before, 分配对象 stayed in the raw row and the direction was empty (qa22 M01)."""
    rows = [["分配日期", "收益来源", "分配对象", "分配金额（元）", "分配方式", "凭证号", "备注"],
            [dt.datetime(2023, 1, 16), "冷库租金", "孙迷楼村脱贫户（53户）", 26500, "按户分配", "记-3", None],
            [dt.datetime(2023, 4, 20), "光伏收益", "公益岗位人员（12人）", 21600, "按岗发放", "记-15", None],
            ["合计", None, None, 48100, None, None, None]]
    import_one(store, write_xlsx(tmp_path / "孙迷楼村衔接资金项目资产收益.xlsx", {"收益分配": rows}))
    got = [(p["counterparty"], p["amount"], p["direction"], p["voucher"]) for p in _payments(store).values()]
    assert got == [("孙迷楼村脱贫户（53户）", 26500.0, "out", "记-3"), ("公益岗位人员（12人）", 21600.0, "out", "记-15")]


def test_a_compensation_list_reads_the_sum_in_figures(store, tmp_path: Path) -> None:
    """Before, refused as a 股东名册 (qa24); 旧村改造 in the title named a second village 旧村."""
    rows = [["城北社区旧村改造拆迁补偿款发放明细表"],
            ["发放单位：城北社区居民委员会（城北社区股份经济合作社）", None, None, None, None, None, "单位：元、平方米"],
            ["序号", "户主姓名", "身份证号码", "被拆迁房屋坐落", "合法建筑面积（㎡）", "补偿金额（元）", "补偿金额（大写）",
             "发放日期", "领款人签字"],
            [1, "陈伟强", "440172197811106111", "城北旧村5巷40号", 65.63, 253332, "人民币贰拾伍万叁仟叁佰叁拾贰元整",
             dt.datetime(2023, 9, 25), "陈伟强"],
            [2, "黄丽华", "44014919540921475X", "城北旧村1巷14号", 91.54, 353344, "人民币叁拾伍万叁仟叁佰肆拾肆元整",
             dt.datetime(2023, 10, 5), "黄丽华"],
            ["合计", None, None, None, None, 606676, "人民币陆拾万陆仟陆佰柒拾陆元整", None, None],
            ["制表人：许文斌", None, None, "审核人：梁建国"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "拆迁补偿款发放明细.xlsx", {"补偿款发放": rows})))
    got = [(p["village"], p["date"], p["counterparty"], p["amount"], p["direction"]) for p in _payments(store).values()]
    assert got == [("城北社区", "2023-09-25", "陈伟强", 253332.0, "out"),
                   ("城北社区", "2023-10-05", "黄丽华", 353344.0, "out")]
    assert "多个村名" not in sheet.note


ONE_CARD_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table border="1">
<tr><td colspan="8"><b>高州市石鼓镇2023年第二季度惠民惠农财政补贴资金“一卡通”发放明细表</b></td></tr>
<tr><td colspan="8">发放单位：石鼓镇财政所（盖章）　　金额单位：元</td></tr>
<tr><td>序号</td><td>村（社区）</td><td>姓名</td><td>身份证号码</td><td>一卡通账号</td><td>补贴项目名称</td>
<td>发放标准</td><td>发放金额</td><td>发放日期</td></tr>
<tr><td>1</td><td>石鼓村</td><td>梁亚妹</td><td>440981********2826</td><td>6217 28** **** 3301</td><td>耕地地力保护补贴</td>
<td>按面积</td><td>623.50</td><td>2023-05-26</td></tr>
<tr><td>2</td><td>大坡村</td><td>庞国华</td><td>440981********7719</td><td>6217 28** **** 1078</td><td>农村低保金</td>
<td>560元/月</td><td>1,680.00</td><td>2023-06-08</td></tr>
<tr><td>合计</td><td></td><td></td><td></td><td></td><td></td><td></td><td>2,303.50</td><td></td></tr>
</table></body></html>"""


def test_a_one_card_subsidy_list_in_html_is_payments(store, tmp_path: Path) -> None:
    """Before, 8 subsidy recipients became cadres (qa23 P3, an HTML table saved as .xls)."""
    path = tmp_path / "惠民惠农一卡通发放明细_2023.xls"
    path.write_text(ONE_CARD_HTML, encoding="utf-8")
    import_one(store, path)
    got = [(p["village"], p["counterparty"], p["summary"], p["amount"], p["date"], p["direction"])
           for p in _payments(store).values()]
    assert got == [("石鼓村", "梁亚妹", "耕地地力保护补贴", 623.5, "2023-05-26", "out"),
                   ("大坡村", "庞国华", "农村低保金", 1680.0, "2023-06-08", "out")]
    assert not records(store, "cadre")


def test_a_dividend_list_without_a_date_column_says_so(store, tmp_path: Path) -> None:
    """A 分红发放表 with the sum paid to each household is payments; with no date column, none is made up."""
    rows = [["龙瑞股份合作经济联合社2023年度股份分红发放表"],
            ["户号", "户主姓名", "人口股", "劳龄股", "合计股数", "每股分红(元)", "应发金额(元)", "代扣(元)", "实发金额(元)",
             "领取人签名"],
            ["LR002", "杨美好", 3, 1, 4, 620, 2480, 120, 2360, "杨美好"],
            ["合计", None, 3, 1, 4, None, 2480, 120, 2360, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "龙瑞经联社分红发放表.xlsx", {"分红": rows})))
    got = [(p["counterparty"], p["amount"], p["date"], p["direction"]) for p in _payments(store).values()]
    assert got == [("杨美好", 2360.0, None, "out")]
    assert PAYOUT_UNDATED_NOTE in sheet.note


def test_a_cadre_pay_list_is_payments_with_the_position_kept_raw(store, tmp_path: Path) -> None:
    """A 村干部报酬发放表 pays money on a date: payments (the 花名册 gives the cadres), its 职务 kept raw."""
    rows = [["王家村2023年一季度村干部报酬发放表"],
            ["序号", "姓名", "职务", "应发金额", "代扣", "实发金额", "发放日期", "领款人签字"],
            [1, "王建国", "党支部书记", 3200, 200, 3000, "2023-04-05", None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "村干部报酬发放表.xlsx", {"报酬": rows})))
    (paid,) = _payments(store).values()
    assert (paid["counterparty"], paid["amount"], paid["raw"]["职务"]) == ("王建国", 3000.0, "党支部书记")
    assert not records(store, "cadre")
    assert sheet.village == "王家村" and "多个村名" not in sheet.note


@pytest.mark.parametrize(("sheet", "headers", "kind", "party", "amount"), [
    ("土地流转费发放表", ["序号", "农户姓名", "流转面积(亩)", "单价(元/亩)", "流转费(元)", "发放时间", "领取人签名"],
     "payment", "农户姓名", "流转费(元)"),
    ("慰问金发放表", ["序号", "慰问对象", "慰问类别", "慰问金额（元）", "发放日期", "领取人签字"],
     "payment", "慰问对象", "慰问金额（元）"),
    ("误工补贴发放表", ["姓名", "职务", "误工天数", "补贴标准（元/天）", "补贴金额", "发放日期", "领款人签字"],
     "payment", "姓名", "补贴金额"),
    ("临时救助发放表", ["救助对象", "身份证号码", "救助原因", "救助金额", "发放时间"], "payment", "救助对象", "救助金额"),
    ("2023年高龄津贴发放花名册", ["序号", "姓名", "身份证号", "发放标准（元/月）", "发放月数", "发放金额", "领取人签名"],
     "payment", "姓名", "发放金额"),
    ("工资表", ["序号", "姓名", "岗位", "基本工资", "应发工资", "代扣社保", "实发工资", "签字"], "payment", "姓名", "实发工资"),
    ("代发工资明细", ["序号", "户名", "账号", "金额", "用途"], "payment", "户名", "金额"),
    # What stays: a register of shares, a cadre list, a 公益岗位 roster. (Households' 筹资 with a 缴款日期
    # is money in: a 收缴登记表, see test_import_layouts28.)
    ("股东名册", ["户号", "户主", "股东姓名", "与户主关系", "身份证号码", "基本股", "合计股数"], None, None, None),
    ("分红表", ["户号", "户主姓名", "人口股", "劳龄股", "合计股数", "每股分红(元)"], None, None, None),
    ("村干部花名册", ["姓名", "职务", "联系电话", "身份证号码"], "cadre", None, None),
    ("公益岗位人员花名册", ["序号", "姓名", "身份证号", "公益岗位", "上岗时间", "联系电话"], None, None, None),
])
def test_payout_lists_and_what_stays_apart(sheet: str, headers: list[str], kind: str | None, party: str | None,
                                           amount: str | None) -> None:
    decision = detect_kind([""] * len(headers), headers, headers, sheet_name=sheet)
    assert decision.kind == kind
    if kind == "payment":
        fields = {c.field: c.header for c in decision.chosen.columns if c.primary}
        assert decision.payout and (fields["counterparty"], fields["amount"]) == (party, amount)


@pytest.mark.parametrize(("text", "villages"), [
    ("王家村2023年一季度村干部报酬发放表", ["王家村"]),
    ("石桥村2023年12月份村干部误工补贴发放表", ["石桥村"]),
    ("2023年12月份村干部误工补贴发放表", []),
    ("城北社区旧村改造拆迁补偿款发放明细表", ["城北社区"]),
    ("新度村2023年度村干部名单", ["新度村"]),
])
def test_a_period_or_the_old_village_before_cun_names_no_village(text: str, villages: list[str]) -> None:
    assert find_villages(text) == villages


def _payroll(month: int | None, paid: dt.datetime, people: list[str]) -> list[list]:
    title = [[f"王家村公益性岗位工资发放表（2023年{month}月）"]] if month else []
    return [*title, ["序号", "姓名", "公益岗位", "月工资标准", "实发金额（元）", "发放时间", "发放方式"],
            *[[i, name, "保洁员", 600, 600, paid, "打卡"] for i, name in enumerate(people, 1)]]


def test_two_months_of_one_payroll_are_no_duplicate_payment(store, tmp_path: Path) -> None:
    """Before, every worker paid 600 in May and again in June was a duplicate payment."""
    people = ["谭长顺", "赵爱华", "张爱华"]
    import_one(store, write_xlsx(tmp_path / "王家村公益岗位工资发放表.xlsx", {
        "4月": _payroll(4, dt.datetime(2023, 5, 10), people), "5月": _payroll(5, dt.datetime(2023, 6, 9), people),
        "5月补发": _payroll(5, dt.datetime(2023, 6, 20), people[:1])}))
    duplicates = [flag for flag in _scan(store) if flag.rule == "duplicate_payment"]
    # May's wage paid twice (6-09 and 6-20) is still one.
    assert [flag.title for flag in duplicates] == ["王家村 2023-06-09 与 2023-06-20 2 次付给 谭长顺 600元"]


def test_untitled_month_sheets_of_one_payroll_say_their_month(store, tmp_path: Path) -> None:
    """Without a title, each sheet's month joins the file's name in the 摘要: two months, no duplicate."""
    people = ["谭长顺", "赵爱华"]
    import_one(store, write_xlsx(tmp_path / "王家村公益岗位工资发放表.xlsx", {
        "4月": _payroll(None, dt.datetime(2023, 5, 10), people), "5月": _payroll(None, dt.datetime(2023, 6, 9), people)}))
    assert sorted({p["summary"] for p in records(store, "payment")}) == [
        "王家村公益岗位工资发放表（4月）", "王家村公益岗位工资发放表（5月）"]
    assert not [flag for flag in _scan(store) if flag.rule == "duplicate_payment"]


def test_payout_lists_meet_the_cadre_list_in_the_rules(store, tmp_path: Path) -> None:
    """A relative's compensation and wage are flagged, the cadre's own pay and dividend are not; cash
    compensation is a large cash payment."""
    folder = tmp_path / "王家村"
    folder.mkdir()
    write_xlsx(folder / "王家村村干部花名册.xlsx", {"花名册": [
        ["姓名", "职务", "联系电话", "近亲属"], ["王建国", "党支部书记", "13800001111", "妻 李秀英；弟 王建民"]]})
    write_xlsx(folder / "王家村拆迁补偿款发放明细.xlsx", {"补偿款": [
        ["王家村拆迁补偿款发放明细表"], ["户主姓名", "补偿金额（元）", "发放日期", "发放方式", "领款人签字"],
        ["王建民", 286000, dt.datetime(2023, 9, 1), "现金", "王建民"],
        ["孙大海", 120000, dt.datetime(2023, 9, 2), "转账", "孙大海"]]})
    write_xlsx(folder / "王家村村干部报酬发放表.xlsx", {"报酬": [
        ["王家村2023年一季度村干部报酬发放表"], ["姓名", "职务", "应发金额", "实发金额", "发放日期", "发放方式"],
        ["王建国", "书记", 3200, 3200, dt.datetime(2023, 4, 5), "现金"]]})
    write_xlsx(folder / "王家村分红发放表.xlsx", {"分红": [
        ["王家村股份经济合作社2023年度分红发放表"], ["户主姓名", "持股数", "每股分红(元)", "分红金额(元)", "发放日期"],
        ["王建国", 5, 300, 1500, dt.datetime(2024, 1, 20)], ["孙大海", 4, 300, 1200, dt.datetime(2024, 1, 20)]]})
    import importers

    importers.import_paths(store, [folder])
    flags = _scan(store)
    assert sorted(flag.title for flag in flags if flag.rule == "related_party") == [
        "王家村 王建民 与党支部书记王建国的弟弟同名"]
    assert [flag.title for flag in flags if flag.rule == "large_cash"] == ["王家村 2023-09-01 现金支付 王建民 28.6万"]
