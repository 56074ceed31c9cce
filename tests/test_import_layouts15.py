"""Layouts of blind pass 20 (珠三角 / 闽南 经济联社) that used to misread rows.

Each test writes a real file (xlsx with openpyxl, csv) and imports it through
``importers.import_paths``, or checks a pure function on a table:

- a trading platform's 成交价 (a rate: 计价单位 元/月) is no contract amount beside 合同总金额, and
  alone it is left empty with a warning rather than taken as the contract's sum;
- a 股东名册 (shareholders, their households and shares) is no cadre list;
- a 经济联合社 (经联社, 股份经济联合社) names its village, as does a file name with 街道 before the
  village (淡水街道上田村); a 经济社 (a 村民小组's) names none;
- a 金蝶 合同执行情况表's 往来单位 is the counterparty and 失效日期 the end;
- a workbook with no sheet of a known kind says why once, not twice, in the CLI's plain output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import importers
from importers.villages import find_villages, village_alone
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx

PLATFORM_HEADER = ["网签合同编号", "标的名称", "出租方", "承租方", "成交价", "计价单位", "租赁期限(月)",
                   "合同总金额(元)", "网签日期", "租赁起始日期", "租赁截止日期"]


def _platform_row(code: str, price: float, unit: str, total: float | None) -> list:
    return [code, "3号地块厂房租赁", "莲湖股份合作经济联合社", "骏达包装制品有限公司", price, unit, 60, total,
            "2023-04-18", "2023-05-01", "2028-04-30"]


def test_a_contracts_total_wins_over_the_platforms_rate(store, tmp_path: Path) -> None:
    """Before, 成交价 (58 800 元/月) was the amount of a contract worth 3 598 560 元."""
    rows = [PLATFORM_HEADER, _platform_row("ZL-318", 58800, "元/月", 3598560),
            _platform_row("ZL-322", 36000, "元/年", 486000)]
    import_one(store, write_xlsx(tmp_path / "莲湖村_网签合同清单.xlsx", {"合同": rows}))
    assert [c["amount"] for c in records(store, "contract")] == [3598560.0, 486000.0]


def test_a_rate_alone_is_left_out_of_the_amount_with_a_warning(store, tmp_path: Path) -> None:
    """A row whose total is blank used to fall back on its 成交价, a monthly rent taken for the sum."""
    rows = [PLATFORM_HEADER, _platform_row("ZL-318", 58800, "元/月", None),
            _platform_row("ZL-319", 120000, "元", None)]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "莲湖村_网签合同清单.xlsx", {"合同": rows})))
    assert [c["amount"] for c in records(store, "contract")] == [None, 120000.0]
    assert [(w["row"], w["column"]) for w in sheet.warnings if "单价" in w["reason"]] == [(2, "成交价")]


def test_a_shareholder_register_is_no_cadre_list(store, tmp_path: Path) -> None:
    """Before, 7 shareholders became cadres: false relations for the related-party rule."""
    cadres = [["姓名", "职务", "联系电话"], ["关志明", "党总支书记、经联社社长", "13800000001"]]
    register = [["户号", "户主", "股东姓名", "与户主关系", "身份证号码", "基本股", "合计股数"],
                ["001", "关伟强", "关伟强", "户主", "440682196501011234", 10, 12],
                ["001", "关伟强", "陈秀玲", "配偶", "440682196703021246", 10, 12]]
    report = import_one(store, write_xlsx(tmp_path / "沙口村_班子成员名单.xlsx",
                                          {"班子成员": cadres, "股东名册": register}))
    assert [c["name"] for c in records(store, "cadre")] == ["关志明"]
    assert sheet_of(report, "股东名册").kind is None
    assert "不是干部名单" in sheet_of(report, "股东名册").note


@pytest.mark.parametrize("text, villages", [
    ("核算单位：佛山市南海区狮山镇塘边股份经济联合社", ["塘边村"]),
    ("南海区西樵镇太平经联社_村级工程项目台账", ["太平村"]),
    ("白云区钟落潭镇良田经济联社_出纳收支登记簿", ["良田村"]),
    ("中山市沙溪镇龙瑞股份合作经济联合社", ["龙瑞村"]),
    ("惠阳区淡水街道上田村_合同执行情况表", ["上田村"]),
    ("南海区桂城街道东约股份经济联合社_合同台账", ["东约村"]),
    ("石桥村股份经济联合社", ["石桥村"]),
    # A 村民小组's 经济社 keeps its own books and is filed as a village of its own (team decision, qa59).
    ("顺德区勒流街道南水经济社_收款收据使用登记表", ["南水经济社"]),
    ("各经联社2023年分红汇总", []),
    ("村经济联合社章程", []),
])
def test_villages_named_by_their_economic_union(text: str, villages: list[str]) -> None:
    assert find_villages(text) == villages


def test_a_heading_naming_an_economic_union_alone_names_its_village() -> None:
    assert village_alone("塘边股份经济联合社") == "塘边村"


def test_a_union_book_files_its_rows_under_the_union_village_with_a_note(store, tmp_path: Path) -> None:
    """Before, every row of a 经联社's book came in without a village."""
    rows = [["核算单位：佛山市南海区狮山镇塘边股份经济联合社"], ["日期", "凭证号", "摘要", "收入", "支出"],
            ["2023-01-05", "记-1", "收厂房租金", 12000, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "塘边经联社_现金日记账.xlsx", {"1月": rows})))
    assert [p["village"] for p in records(store, "payment")] == ["塘边村"]
    assert "“塘边股份经济联合社”记为塘边村" in sheet.note


def test_a_kingdee_contract_sheet_reads_its_party_and_expiry(store, tmp_path: Path) -> None:
    """Before, 往来单位 and 失效日期 were left in the raw row: 6 contracts without party or end."""
    rows = [["合同编码", "合同名称", "往来单位", "签约日期", "生效日期", "失效日期", "合同总额", "已付金额"],
            ["HT-2023-001", "村道硬化工程施工合同", "兴华建筑工程有限公司", "2023/2/15", "2023/2/20", "2023/5/20",
             386000, 200000]]
    import_one(store, write_xlsx(tmp_path / "上田村_合同执行情况表.xlsx", {"合同执行情况表": rows}))
    contract = by_row(records(store, "contract"))[2]
    assert (contract["counterparty"], contract["ended_on"], contract["amount"]) == (
        "兴华建筑工程有限公司", "2023-05-20", 386000.0)


def test_an_unrecognised_workbook_says_why_once(store, tmp_path: Path) -> None:
    """The plain CLI printed the summary line (stdout) and the failure (stderr) with one text."""
    # A register of shares only (a 分红发放表 with the sum paid to each household is payments now).
    rows = [["户号", "户主姓名", "人口股", "劳龄股", "合计股数", "银行卡号"],
            ["001", "梁国强", 4, 1, 5, "6228480000000001"]]
    report = importers.ImportReport([import_one(store, write_xlsx(tmp_path / "龙瑞经联社_股东名册.xlsx",
                                                                  {"股东名册": rows}))])
    failures = report.failures()
    assert len(failures) == 1 and "请用 --mapping" in failures[0]
    assert not [line for line in report.summary_lines() if "请用 --mapping" in line]
