"""A second township (江苏 conventions), end to end: spreadsheets -> import -> scan -> the rows each flag cites.

What differs from the first township: contractors written as sole traders ("个体户高大勇" in one register,
"高大勇" in the next, paid as "王建军" for the "个体户王建军" contract) or as a team two ways ("东湖建筑队" paid
for the "东湖建筑工程队" contract), villager groups known by name
(张庄组, 沿河组) instead of number, and a 收支流水 CSV whose payee column is headed 收付对象. The files are
written here, imported with the real importer and scanned with the real rules; flags are matched by file,
sheet and Excel row, the way an inspector finds them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_import_support import write_csv, write_xlsx
from tests.township_support import Cited, cited_all, cited_any, scan_township
from xuncha.names import normalize_name

D = dt.date
CADRES = "临湖镇村（社区）两委成员及近亲属情况表.xlsx"
CONTRACTS = "沙沟村合同台账.xlsx"
PROJECTS = "临湖镇村级工程项目台账.xlsx"
FLOW = "沙沟村2023年收支流水.csv"
BANK = "东湖社区银行存款日记账.xlsx"


def _write_cadres(folder: Path) -> None:
    write_xlsx(folder / CADRES, {"两委成员": [
        ["临湖镇村（社区）“两委”成员及近亲属情况表", None, None, None, None, None],
        ["村（社区）", "姓名", "职务", "任职情况", "联系电话", "近亲属情况"],
        ["沙沟村", "高士林", "村委会主任", "在任", "13952609876", "子 高飞 经营 飞达农机服务部"],
    ]})


def _write_contracts(folder: Path) -> None:
    """One contractor as a sole trader and by his name; amounts in 万元."""
    write_xlsx(folder / CONTRACTS, {"沙沟村": [
        ["沙沟村合同台账", None, None, None, None, None, None],
        ["编号", "合同名称", "承包方", "金额（万元）", "签订时间", "开始时间", "发包方式"],
        ["SG-HT01", "沙沟村北大沟清淤（一段）", "个体户高大勇", 3.8, "2023年3月10日", "2023.3.15", "直接发包"],
        ["SG-HT02", "沙沟村北大沟清淤（二段）", "高大勇", 3.6, "2023年4月25日", "2023.5.1", "直接发包"],
        ["SG-HT03", "沙沟村北大沟清淤（三段）", "个体户高大勇", 3.9, "2023年6月5日", "2023.6.10", "直接发包"],
        ["SG-HT04", "沙沟村村委会办公楼维修合同", "江苏恒通建设有限公司", 15, "2023年3月20日", "2023.4.1", "询价"],
    ]})


def _write_projects(folder: Path) -> None:
    header = ["项目编号", "项目名称", "项目类别", "承建单位", "中标（合同）价", "民主决策时间", "开工时间", "发包方式"]
    write_xlsx(folder / PROJECTS, {
        "红星村": [
            ["临湖镇红星村村级工程项目建设情况表"] + [None] * 7,
            header,
            ["HX-2023-01", "红星村张庄组排水沟疏浚", "村级工程", "宏远劳务合作社", 55000, "2023-03-01", "2023-03-20", "询价"],
            ["HX-2023-02", "红星村张庄组排灌站维修", "村级工程", "宏远劳务合作社", 60000, "2023-04-15", "2023-05-10", "询价"],
            ["HX-2023-05", "红星村李庄组道路修补", "村级工程", "宏远劳务合作社", 38000, "2023-06-01", "2023-06-10", "询价"],
        ],
        "东湖社区": [
            ["临湖镇东湖社区村级工程项目建设情况表"] + [None] * 7,
            header,
            ["DH-2023-02", "东湖社区沿河组道路硬化（二标段）", "村级工程", "个体户王建军", 58000, "2023-04-25", "2023-05-15", "询价"],
            ["DH-2023-06", "东湖社区居委会外墙出新", "村级工程", "东湖建筑工程队", 61000, "2023-04-20", "2023-05-25", "询价"],
        ],
    })


def _write_flow(folder: Path) -> None:
    """GBK CSV: 年/月/日, one 金额 with 收/付, the payee under 收付对象."""
    write_csv(folder / FLOW, [
        ["沙沟村股份经济合作社2023年收支流水", "", "", "", "", "", "", "", ""],
        ["年", "月", "日", "凭证号", "摘要", "收付对象", "收/付", "金额", "结算方式"],
        ["2023", "5", "28", "记7", "春耕机耕服务费", "飞达农机服务部", "付", "5,800.00", "转账"],
        ["2023", "6", "8", "记3", "北大沟清淤（二段）工程款", "高大勇", "付", "36,000.00", "转账"],
        ["2023", "6", "15", "记5", "北大沟清淤（二段）工程款", "高大勇", "付", "36,000.00", "转账"],
        ["2023", "7", "1", "记1", "村委会办公楼维修工程款", "沙沟建筑工程队", "付", "150,000.00", "转账"],
    ], encoding="gbk")


def _write_bank(folder: Path) -> None:
    write_xlsx(folder / BANK, {"银行日记账": [
        ["东湖社区股份经济合作社银行存款日记账", None, None, None, None, None, None],
        ["日期", "凭证字号", "摘要", "对方户名", "收入", "支出", "结算方式"],
        [D(2023, 6, 28), "银12", "沿河组道路硬化（二标段）工程款", "王建军", None, 58000, "转账"],
        [D(2023, 7, 20), "银15", "居委会外墙出新工程款", "东湖建筑队", None, 61000, "转账"],
    ]})


@pytest.fixture(scope="module")
def township_flags(tmp_path_factory: pytest.TempPathFactory) -> Cited:
    """Rule id -> the (file, sheet, row) each of its flags cites."""
    writers = (_write_cadres, _write_contracts, _write_projects, _write_flow, _write_bank)
    return scan_township(tmp_path_factory, "township8", writers)


FLOW_SHEET = "沙沟村2023年收支流水"


def test_payee_under_shoufu_duixiang_is_compared(township_flags: dict) -> None:
    assert cited_all(township_flags, "related_party", (FLOW, FLOW_SHEET, 3)), "主任之子经营的飞达农机服务部没有被比对"
    assert cited_all(township_flags, "duplicate_payment", (FLOW, FLOW_SHEET, 4), (FLOW, FLOW_SHEET, 5))
    assert cited_all(township_flags, "payee_mismatch", (FLOW, FLOW_SHEET, 6)), "办公楼维修款付给了合同相对方以外的单位"


def test_sole_trader_and_his_name_are_one_contractor(township_flags: dict) -> None:
    assert cited_all(township_flags, "split_contract", (CONTRACTS, "沙沟村", 3), (CONTRACTS, "沙沟村", 4),
                  (CONTRACTS, "沙沟村", 5))
    assert not cited_any(township_flags, "payee_mismatch", (BANK, "银行日记账", 3)), "付给王建军的是个体户王建军的工程款"


def test_building_team_and_building_works_team_are_one_contractor(township_flags: dict) -> None:
    assert not cited_any(township_flags, "payee_mismatch", (BANK, "银行日记账", 4)), "东湖建筑队就是东湖建筑工程队"


def test_works_in_one_named_villager_group_are_one_split(township_flags: dict) -> None:
    assert cited_all(township_flags, "split_contract", (PROJECTS, "红星村", 3), (PROJECTS, "红星村", 4))
    assert not cited_any(township_flags, "split_contract", (PROJECTS, "红星村", 5)), "李庄组是另一个村民小组"


@pytest.mark.parametrize(("raw", "normal"), [
    ("个体户王建军", "王建军"),
    ("个体工商户 王建军", "王建军"),
    ("王建军（个体户）", "王建军"),
    # not a person after the prefix: the name stays as written
    ("个体户宏达建材", "个体户宏达建材"),
    ("个体运输户", "个体运输户"),
    ("东湖建筑队", "东湖建筑"),
    ("东湖建筑工程队", "东湖建筑"),
    ("宏达劳务队", "宏达劳务"),
    # a bare trade word is no name to shorten
    ("建筑队", "建筑队"),
])
def test_sole_trader_and_trade_team_spellings(raw: str, normal: str) -> None:
    assert normalize_name(raw) == normal
