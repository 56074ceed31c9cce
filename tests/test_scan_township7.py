"""A township's files, end to end: spreadsheets -> import -> scan -> the rows each flag cites.

The joins between the books are where problems hide: a cadre list that writes
several relatives in one cell, works on one building under three titles, a
一事一议 project whose contract is titled otherwise and kept in 万元 in an
.xls register, a cash book that pays the cadres' 误工补贴. The files are
written here, imported with the real importer and scanned with the real
rules; flags are matched by file, sheet and Excel row, the way an inspector
finds them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.test_import_support import write_csv, write_xls, write_xlsx
from tests.township_support import Cited, cited_all, cited_any, scan_township

D = dt.date
CADRES = "白沙镇村干部名单.xlsx"
LEDGER = "白沙镇收支台账.xlsx"
PROJECTS = "白沙镇村级工程项目台账.xlsx"
CONTRACTS_CSV = "杏花村合同台账.csv"
CONTRACTS_XLS = "龙潭村合同登记表.xls"
CASH_BOOK = "柳溪村2023年现金日记账.xlsx"


def _write_cadres(folder: Path) -> None:
    write_xlsx(folder / CADRES, {"村干部名单": [
        ["白沙镇各村“两委”干部及近亲属登记表", None, None, None, None],
        ["村名", "姓名", "职务", "联系电话", "近亲属"],
        ["枫岭村", "赵志刚", "村委会主任", "13905720012", "妻 孙丽娟 女 赵婷"],
        ["黄泥坂村", "吴国庆", "党支部书记", "13905720051", "妻 金秀兰；哥 吴国华 国华农机服务部"],
        ["杏花村", "王美芳", "村委会主任", "13905720041", "杨春生（丈夫）；儿子杨帆（杨帆电脑经营部负责人）"],
        ["柳溪村", "张建华", "村委会主任", "13905720001", "配偶：周丽"],
    ]})


LEDGER_ROWS = {
    # sheet -> rows after the title and header (Excel rows 3…)
    "枫岭村": [
        [D(2023, 9, 18), "记-7", "支付村史馆布展设计费", "支出", 3800, "赵婷", "转账"],
        [D(2023, 9, 20), "记-8", "支付保洁服务费", "支出", 2400, "孙丽华", "转账"],
    ],
    "黄泥坂村": [
        [D(2023, 4, 26), "记-12", "支付春耕机耕费", "支出", 6500, "国华农机服务部", "转账"],
    ],
    "杏花村": [
        [D(2023, 3, 14), "记-5", "购电脑", "支出", 5200, "杨帆电脑经营部", "转账"],
    ],
    "上方村": [
        [D(2023, 10, 3), "记-2", "支付村史资料整理费", "支出", 3000, "赵婷", "转账"],
    ],
}


def _write_ledger(folder: Path) -> None:
    header = ["日期", "凭证号", "摘要", "收支方向", "金额（元）", "对方单位", "结算方式"]
    write_xlsx(folder / LEDGER, {village: [[f"{village}2023年收支台账"] + [None] * 6, header, *rows]
                                  for village, rows in LEDGER_ROWS.items()})


def _write_projects(folder: Path) -> None:
    """Two-row header, amounts in 万元, one sheet a village."""
    def sheet(village: str, rows: list[list[Any]]) -> list[list[Any]]:
        return [[f"白沙镇{village}村级工程项目台账"] + [None] * 9,
                ["单位：万元"] + [None] * 9,
                ["项目编号", "项目名称", "项目类型", "施工单位", "金额", None, "时间", None, None, "发包方式"],
                [None, None, None, None, "预算", "合同价", "决策日期", "开工日期", "竣工日期", None],
                *rows,
                ["合计"] + [None] * 9]

    merges = ["E3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "J3:J4"]
    write_xlsx(folder / PROJECTS, {
        "杏花村": sheet("杏花村", [
            ["XH-2023-02", "杏花村村部屋面防漏", "村级工程", "宏图建设有限公司", 3.6, 3.5,
             "2023年5月10日", "2023年5月20日", "2023年6月20日", "询价"],
        ]),
        "龙潭村": sheet("龙潭村", [
            ["LT-2023-02", "龙潭村一事一议五组道路硬化", "一事一议", "利民土石方工程队", 7.8, 7.6,
             "2023.3.1", "2023.4.1", "2023.5.20", "询价"],
        ]),
    }, merges={"杏花村": merges, "龙潭村": merges})


def _write_contracts(folder: Path) -> None:
    write_csv(folder / CONTRACTS_CSV, [
        ["合同编号", "合同名称", "对方单位", "合同金额", "签订日期", "起止时间", "采购方式", "合同类型"],
        ["XH-HT05", "杏花村村部会议室改造", "宏图建设有限公司", "¥42,000.00", "2023.4.20", "2023.4.25-2023.6.30", "询价", "工程"],
        ["XH-HT07", "杏花村村部外墙粉刷", "宏图建设", "¥38,000.00", "2023.6.15", "2023.6.20-2023.7.20", "询价", "工程"],
        ["XH-HT08", "杏花村幼儿园围墙修补", "宏图建设", "¥9,000.00", "2023.6.1", "2023.6.5-2023.6.30", "询价", "工程"],
    ], encoding="utf-8-sig")
    write_xls(folder / CONTRACTS_XLS, {"合同登记": [
        ["龙潭村经济合同登记表", None, None, None, None, None, None],
        ["合同编号", "合同名称", "承包方", "合同金额（万元）", "签订时间", "开始日期", "结束日期"],
        ["LT-HT-04", "五组村内道路硬化承包合同书", "利民土石方", 7.6, "2023年3月20日", "2023年4月1日", "2023年5月20日"],
    ]})


def _write_cash_book(folder: Path) -> None:
    write_xlsx(folder / CASH_BOOK, {"现金日记账": [
        ["柳溪村现金日记账", None, None, None, None, None],
        ["日期", "凭证号", "摘要", "收入", "支出", "余额"],
        [D(2023, 3, 26), "现-6", "发放张建华第1季度误工补贴", None, 1500, 3500],
        [D(2023, 6, 8), "现-3", "现金支付溪滨路护栏材料款", None, 3600, 900],
    ]})


@pytest.fixture(scope="module")
def township_flags(tmp_path_factory: pytest.TempPathFactory) -> Cited:
    """Rule id -> the (file, sheet, row) each of its flags cites."""
    writers = (_write_cadres, _write_ledger, _write_projects, _write_contracts, _write_cash_book)
    return scan_township(tmp_path_factory, "township7", writers)


@pytest.mark.parametrize(("sheet", "row", "relatives"), [
    ("枫岭村", 3, "妻 孙丽娟 女 赵婷"),
    ("黄泥坂村", 3, "哥 吴国华 国华农机服务部"),
    ("杏花村", 3, "儿子杨帆（杨帆电脑经营部负责人）"),
])
def test_relative_written_without_separator_or_marker_is_found(township_flags: dict, sheet: str, row: int,
                                                               relatives: str) -> None:
    assert cited_all(township_flags, "related_party", (LEDGER, sheet, row)), f"近亲属一栏“{relatives}”中的人或单位没有被比对"


def test_relatives_namesake_in_another_village_is_not_flagged(township_flags: dict) -> None:
    assert not cited_any(township_flags, "related_party", (LEDGER, "上方村", 3))
    assert not cited_any(township_flags, "related_party", (LEDGER, "枫岭村", 4))


def test_three_jobs_on_one_building_are_one_split(township_flags: dict) -> None:
    assert cited_all(township_flags, "split_contract", (PROJECTS, "杏花村", 5), (CONTRACTS_CSV, "杏花村合同台账", 2),
                  (CONTRACTS_CSV, "杏花村合同台账", 3))
    assert not cited_any(township_flags, "split_contract", (CONTRACTS_CSV, "杏花村合同台账", 4))


def test_yishiyiyi_project_and_its_contract_titled_otherwise_are_one_job(township_flags: dict) -> None:
    project, contract = (PROJECTS, "龙潭村", 5), (CONTRACTS_XLS, "合同登记", 3)
    assert not cited_any(township_flags, "split_contract", project, contract)
    assert not cited_any(township_flags, "threshold_hugging", project, contract)


def test_cadres_lost_work_allowance_paid_in_cash_is_not_large_cash(township_flags: dict) -> None:
    assert not cited_any(township_flags, "large_cash", (CASH_BOOK, "现金日记账", 3))
    assert cited_all(township_flags, "large_cash", (CASH_BOOK, "现金日记账", 4))
