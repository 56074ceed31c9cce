#!/usr/bin/env python3
"""Generate the bundled sample data set of 青山镇 (five villages, 2021-2023).

Writes the messy spreadsheets in ``sample_data/``, ``sample_data/README.md``
and the machine-readable truth ``tests/data/sample_expected.json``.

Everything is fixed data: no randomness and no clock. Workbook properties
carry a fixed datetime and the xlsx zip members a fixed timestamp, so repeated
runs write byte-identical files.

Every row that a planted problem or a look-alike points at is tagged while it
is written, so the row numbers in the README and the JSON come from the
writers themselves and cannot drift. Before writing, a set of invariant checks
(``check_invariants``) makes sure that the clean data does not accidentally
trip a rule: only the planted rows may hug a threshold, pay cash over the
limit, repeat a payment and so on.

Usage::

    python scripts/make_sample_data.py            # write everything
    python scripts/make_sample_data.py --verify   # re-read the files, check every recorded row
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import statistics
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_data"
EXPECTED = ROOT / "tests" / "data" / "sample_expected.json"

# Fixed "now": the data set describes 2021-2023 and was "exported" in January 2024.
FIXED_DT = datetime(2024, 1, 15, 9, 0, 0)
ZIP_DT = (2024, 1, 15, 9, 0, 0)

TOWNSHIP = "青山镇"
VILLAGES = ["石桥村", "刘家塘村", "吴家道村", "桥埠港村", "马吉村"]

F_PROJ = "青山镇村级工程项目台账.xlsx"
F_CONT = "合同台账2021-2023.xlsx"
F_SQ = "石桥村2022年收支明细账.xls"
F_LJ = "刘家塘村现金日记账.csv"
F_PAY = "吴家道村 马吉村 桥埠港村 收支台账.xlsx"
F_ASSET = "集体资产台账.xlsx"
F_RES = "资源发包台账.xlsx"
F_CAD = "村干部名单.xlsx"
F_SQB = "石桥村2023年银行存款日记账.xlsx"
ALL_FILES = [F_PROJ, F_CONT, F_SQ, F_LJ, F_PAY, F_ASSET, F_RES, F_CAD, F_SQB]
LEDGER_VILLAGES = {"石桥村2023": "石桥村"}
"""Ledger keys that are not a village name: the village the ledger belongs to."""

# Rule parameters the planted cases are built against (see the brief / rules.toml).
TIERS = [50_000, 100_000, 200_000, 500_000]
COMPETITION_THRESHOLD = 100_000
HUG_RATIO = Decimal("0.9")
SPLIT_WINDOW_DAYS = 180
REPEAT_SHARE = Decimal("0.3")
REPEAT_MIN = 3
OVERPAY_TOL = Decimal("0.10")
DUP_WINDOW_DAYS = 30
CASH_LIMIT = 1000
LEASE_MAX_BUILDING = 20
LEASE_MAX_LAND = 30
LARGE_AREA_MU = 50
RENT_MEDIAN_RATIO = Decimal("0.5")
NONCOMPETITIVE = {"直接发包", "直接委托", "议标", ""}
PRIVATE_LEASE = {"协议", "直接发包", "公开协商"}
WHITE_SLIP_RE = re.compile(r"白条|收条|借条|欠条|领条|自制收据|手写收据|无票|补票")

RULE_NAMES = {
    "split_contract": "拆分合同、化整为零规避招标",
    "threshold_hugging": "临界金额（卡线发包）",
    "method_below_required": "应招未招（达到限额未竞争性发包）",
    "repeat_vendor": "同一单位反复承接",
    "related_party": "村干部及其近亲属关联交易",
    "date_order": "时序倒置（先干后议、先干后签、先付后签）",
    "overpayment": "超合同付款",
    "duplicate_payment": "重复支付",
    "large_cash": "大额现金支付",
    "white_slip": "白条入账、无票报销",
    "resource_lease": "资源发包异常（超期、大面积协议发包、低价）",
    "payee_mismatch": "收款人与合同相对方不一致",
}


def d(text: str) -> date:
    """A date from 'YYYY-MM-DD'."""
    return date.fromisoformat(text)


def dec(value) -> Decimal:
    return Decimal(str(value))


# ---------------------------------------------------------------------------
# Cell values with a deliberate written form
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DateCell:
    """A date and the form it is written in.

    date       real Excel date, yyyy-mm-dd          dot      text 2021.3.5
    date_cn    real Excel date, yyyy"年"m"月"d"日"    slash    text 2022/4/18
    date_slash real Excel date, yyyy/m/d            serial   Excel serial as a plain number
    cn         text 2021年3月5日                     compact  text 20210305
    ym_cn      text 2008年10月 (month precision)
    """

    value: date
    form: str = "date"


EXCEL_EPOCH = date(1899, 12, 30)


def date_text(value: date, form: str) -> str | int:
    if form == "cn":
        return f"{value.year}年{value.month}月{value.day}日"
    if form == "dot":
        return f"{value.year}.{value.month}.{value.day}"
    if form == "slash":
        return f"{value.year}/{value.month}/{value.day}"
    if form == "compact":
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if form == "serial":
        return (value - EXCEL_EPOCH).days
    if form == "ym_cn":
        return f"{value.year}年{value.month}月"
    raise ValueError(form)


DATE_NUMBER_FORMATS = {"date": "yyyy-mm-dd", "date_cn": 'yyyy"年"m"月"d"日"', "date_slash": "yyyy/m/d"}


def range_text(start: date, end: date, style: str = "dot") -> str:
    if style == "dot":
        return f"{start.year}.{start.month}.{start.day}-{end.year}.{end.month}.{end.day}"
    if style == "cn":
        return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
    raise ValueError(style)


def yuan_text(amount: Decimal) -> str:
    """'¥12,500.00'."""
    return f"¥{amount:,.2f}"


_UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def upper_amount(amount: int) -> str:
    """Whole-yuan amount below 1亿 as 大写, e.g. 90500 -> 玖万零伍佰元整."""
    assert 0 < amount < 100_000_000

    def four(n: int) -> str:
        out, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            digit = n // div % 10
            if digit:
                if zero and out:
                    out += "零"
                out += _UPPER_DIGITS[digit] + unit
                zero = False
            else:
                zero = True
        return out

    wan, rest = divmod(amount, 10_000)
    text = ""
    if wan:
        text = four(wan) + "万"
        if rest and rest < 1000:
            text += "零"
    if rest:
        text += four(rest)
    return text + "元整"


# ---------------------------------------------------------------------------
# The truth that is being recorded while writing
# ---------------------------------------------------------------------------


@dataclass
class SheetTruth:
    kind: str
    villages: list[str]
    quirks: list[str]
    header_rows: list[int] = field(default_factory=list)
    data_rows: list[int] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)
    rejected_rows: list[dict] = field(default_factory=list)


class Truth:
    """Row numbers of everything written, keyed by file and sheet, plus tagged rows."""

    def __init__(self) -> None:
        self.sheets: dict[tuple[str, str], SheetTruth] = {}
        self.tags: dict[str, tuple[str, str, int]] = {}
        self.probes: dict[tuple[str, str, int], str] = {}

    def sheet(self, file: str, sheet: str, kind: str, villages: list[str], quirks: list[str]) -> None:
        self.sheets[(file, sheet)] = SheetTruth(kind, villages, quirks)

    def header(self, file: str, sheet: str, row: int) -> None:
        self.sheets[(file, sheet)].header_rows.append(row)

    def blank(self, file: str, sheet: str, row: int) -> None:
        self.sheets[(file, sheet)].blank_rows.append(row)

    def skipped(self, file: str, sheet: str, row: int, probe: str) -> None:
        self.sheets[(file, sheet)].skipped_rows.append(row)
        self.probes[(file, sheet, row)] = probe

    def rejected(self, file: str, sheet: str, row: int, column: str, value: str, why: str) -> None:
        """A row the importer must refuse, keep and show, because an essential cell is unreadable."""
        self.sheets[(file, sheet)].rejected_rows.append({"row": row, "column": column, "value": value, "why": why})

    def data(self, file: str, sheet: str, row: int, probe: str, tag: str | None = None) -> None:
        self.sheets[(file, sheet)].data_rows.append(row)
        self.probes[(file, sheet, row)] = probe
        if tag:
            assert tag not in self.tags, f"duplicate tag {tag}"
            self.tags[tag] = (file, sheet, row)

    def ref(self, tag: str) -> dict:
        file, sheet, row = self.tags[tag]
        return {"file": file, "sheet": sheet, "row": row}


# ---------------------------------------------------------------------------
# The data
# ---------------------------------------------------------------------------


@dataclass
class Contract:
    tag: str
    code: str
    signed: date
    signed_form: str
    category: str = "工程"
    title: str = ""  # default: project name + 施工合同
    counterparty: str = ""  # default: the project's contractor
    phone: str = ""
    amount: int = 0  # yuan; default: the project's amount
    amount_form: str = "num"  # num | yen | upper
    term: tuple[date, date] | None = None  # default: project start..finish
    term_style: str = "dot"
    method: str | None = None  # default: the project's method
    note: str = ""
    village: str = ""
    project: str = ""  # project tag, filled in for project contracts


@dataclass
class Project:
    tag: str
    village: str
    code: str
    name: str
    ptype: str
    contractor: str
    budget: str  # 万元
    amount: str  # 万元
    decided: date | None
    started: date
    finished: date
    method: str
    funding: str
    status: str
    note: str = ""
    contract: Contract | None = None

    @property
    def amount_yuan(self) -> int:
        return int(dec(self.amount) * 10_000)

    @property
    def budget_yuan(self) -> int:
        return int(dec(self.budget) * 10_000)


PHONES = {
    "湖州明亮电器经营部": "13819236688",
    "湖州市安通市政工程有限公司": "0572-2356018",
    "浙江天顺水利建设有限公司": "0572-2211876",
    "浙江宏达建设有限公司": "0572-2608899",
    "安吉县绿源环保设备有限公司": "0572-5331206",
    "安吉县康体体育器材有限公司": "0572-5126630",
    "湖州诚信工程咨询有限公司": "0572-2087711",
    "安吉县声达电子经营部": "13757206612",
    "沈桂芳": "13587236615",
    "安吉县青松园林绿化工程有限公司": "0572-5102266",
    "青松园林绿化工程有限公司": "0572-5102266",
    "安吉县恒信建筑工程有限公司": "0572-5129038",
    "浙江润景建设有限公司": "0572-2690315",
    "安吉县洁美保洁服务有限公司": "0572-5158872",
    "安吉县文华办公用品商行": "0572-5121453",
}


def projects() -> list[Project]:
    P, C = Project, Contract
    return [
        # ---------------- 石桥村 ----------------
        P("P_SQ1", "石桥村", "SQ-2021-01", "石桥村路灯亮化工程", "村级工程", "湖州明亮电器经营部",
          "8.0", "7.65", d("2021-03-02"), d("2021-03-20"), d("2021-05-10"), "直接发包", "村集体", "已验收",
          contract=C("C_SQ1", "SQHT-2021-01", d("2021-03-15"), "serial", category="采购")),
        P("P_SQ2", "石桥村", "SQ-2021-02", "一事一议财政奖补项目-石桥村新村至横街道路硬化工程", "一事一议",
          "湖州市安通市政工程有限公司", "25.0", "23.8", d("2021-04-15"), d("2021-05-20"), d("2021-08-15"),
          "公开招标", "财政奖补、村民筹资、村集体", "已验收", "村民代表会议通过，筹资15元/人",
          contract=C("C_SQ2", "SQHT-2021-02", d("2021-05-12"), "date")),
        P("P_SQ3", "石桥村", "SQ-2021-03", "石桥村山塘清淤工程", "小微工程", "浙江天顺水利建设有限公司",
          "16.0", "15.6", d("2021-09-10"), d("2021-10-08"), d("2021-11-30"), "直接发包", "村集体", "已验收",
          contract=C("C_SQ3", "SQHT-2021-03", d("2021-09-28"), "slash")),
        P("P_SQ4", "石桥村", "SQ-2022-01", "石桥村桥头至新村道路硬化工程", "村级工程", "湖州市安通市政工程有限公司",
          "17.0", "16.0", d("2022-03-08"), d("2022-04-12"), d("2022-07-30"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_SQ4", "SQHT-2022-01", d("2022-04-01"), "serial")),
        P("P_SQ5", "石桥村", "SQ-2022-02", "石桥村文化礼堂改造", "村级工程", "浙江宏达建设有限公司",
          "7.0", "6.8", d("2022-05-06"), d("2022-05-23"), d("2022-07-15"), "直接发包", "村集体", "已验收",
          contract=C("C_SQ5", "SQHT-2022-02", d("2022-05-18"), "date")),
        P("P_SQ6", "石桥村", "SQ-2022-03", "石桥村机耕路修复", "小微工程", "王建国",
          "4.0", "3.8", d("2022-08-02"), d("2022-08-10"), d("2022-09-05"), "直接发包", "村集体", "已验收"),
        P("P_SQ7", "石桥村", "SQ-2022-04", "石桥村污水管网维修", "小微工程", "安吉县绿源环保设备有限公司",
          "2.6", "2.45", d("2022-10-11"), d("2022-10-20"), d("2022-11-05"), "直接发包", "村集体", "已验收"),
        P("P_SQ8", "石桥村", "SQ-2023-01", "石桥村河道护岸工程", "村级工程", "浙江天顺水利建设有限公司",
          "36.0", "34.2", d("2023-02-20"), d("2023-03-25"), d("2023-06-30"), "公开招标", "上级补助、村集体",
          "已完工", contract=C("C_SQ8", "SQHT-2023-01", d("2023-03-18"), "cn")),
        P("P_SQ9", "石桥村", "SQ-2023-02", "石桥村路灯更换", "小微工程", "湖州明亮电器经营部",
          "2.0", "1.86", d("2023-09-05"), d("2023-09-12"), d("2023-09-28"), "直接发包", "村集体", "已完工"),
        P("P_SQ10", "石桥村", "SQ-2023-03", "石桥村村民广场健身设施", "村级工程", "安吉县康体体育器材有限公司",
          "6.0", "5.6", d("2023-10-12"), d("2023-10-12"), d("2023-11-08"), "询价", "上级补助", "已完工",
          "村民代表会议当日开工",
          contract=C("C_SQ10", "SQHT-2023-02", d("2023-10-12"), "serial", category="采购")),
        # ---------------- 刘家塘村 ----------------
        P("P_LJ1", "刘家塘村", "LJT-2021-01", "刘家塘村村庄绿化提升工程", "村级工程", "安吉县青松园林绿化工程有限公司",
          "13.0", "12.6", d("2021-02-20"), d("2021-03-15"), d("2021-05-30"), "公开招标", "上级补助、村集体",
          "已验收", contract=C("C_LJ1", "LJTHT-2021-01", d("2021-03-10"), "serial")),
        P("P_LJ2", "刘家塘村", "LJT-2021-02", "一事一议财政奖补项目-刘家塘村道路硬化工程", "一事一议",
          "湖州市安通市政工程有限公司", "28.0", "26.8", d("2021-04-12"), d("2021-05-10"), d("2021-08-30"),
          "公开招标", "财政奖补、村民筹资、村集体", "已验收",
          contract=C("C_LJ2", "LJTHT-2021-02", d("2021-05-06"), "date")),
        P("P_LJ3", "刘家塘村", "LJT-2021-03", "刘家塘村文化礼堂屋面修缮", "小微工程", "钱金福",
          "3.5", "3.2", d("2021-06-08"), d("2021-06-15"), d("2021-07-10"), "直接发包", "村集体", "已验收"),
        P("P_LJ4", "刘家塘村", "LJT-2021-04", "刘家塘村文化礼堂外墙粉刷", "小微工程", "钱金福",
          "4.2", "4.1", d("2021-07-20"), d("2021-08-02"), d("2021-08-25"), "直接发包", "村集体", "已验收"),
        P("P_LJ7", "刘家塘村", "LJT-2022-01", "刘家塘村河岸绿化工程", "村级工程", "安吉县青松园林绿化工程有限公司",
          "12.5", "11.8", d("2022-02-28"), d("2022-03-21"), d("2022-05-31"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_LJ7", "LJTHT-2022-01", d("2022-03-16"), "serial")),
        P("P_LJ8", "刘家塘村", "LJT-2022-02", "刘家塘村老年活动中心改造工程", "村级工程", "安吉县恒信建筑工程有限公司",
          "12.5", "12.0", d("2022-03-25"), d("2022-05-06"), d("2022-08-30"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_LJ8", "LJTHT-2022-02", d("2022-04-18"), "slash")),
        P("P_LJ6", "刘家塘村", "LJT-2022-03", "刘家塘村路灯亮化工程", "村级工程", "湖州明亮电器经营部",
          "8.8", "8.5", d("2022-06-20"), d("2022-06-08"), d("2022-07-25"), "直接发包", "村集体", "已验收",
          contract=C("C_LJ6", "LJTHT-2022-03", d("2022-06-05"), "date", category="采购")),
        P("P_LJX", "刘家塘村", "LJT-2022-04", "刘家塘村文化公园景观工程", "村级工程", "安吉县青松园林绿化工程有限公司",
          "15.0", "14.5", d("2022-05-30"), d("2022-06-27"), d("2022-09-30"), "公开招标", "上级补助、村集体",
          "已验收", contract=C("C_LJX", "LJTHT-2022-04", d("2022-06-20"), "serial")),
        P("P_LJ9", "刘家塘村", "LJT-2022-05", "刘家塘村山塘清淤", "小微工程", "浙江天顺水利建设有限公司",
          "9.9", "9.8", d("2022-10-10"), d("2022-10-20"), d("2022-12-05"), "直接发包", "村集体", "已验收",
          contract=C("C_LJ9", "LJTHT-2022-05", d("2022-10-15"), "dot")),
        P("P_LJY", "刘家塘村", "LJT-2022-06", "刘家塘村村道行道树补植", "小微工程", "安吉县青松园林绿化工程有限公司",
          "7.0", "6.8", d("2022-10-14"), d("2022-10-24"), d("2022-11-30"), "直接发包", "村集体", "已验收",
          contract=C("C_LJY", "LJTHT-2022-06", d("2022-10-19"), "serial",
                     counterparty="青松园林绿化工程有限公司")),
        P("P_LJ10", "刘家塘村", "LJT-2023-01", "刘家塘村村口节点绿化", "村级工程", "安吉县青松园林绿化工程有限公司",
          "17.0", "16.3", d("2023-04-10"), d("2023-05-06"), d("2023-07-20"), "竞争性比选", "上级补助、村集体",
          "已完工", contract=C("C_LJ10", "LJTHT-2023-01", d("2023-04-28"), "date")),
        P("P_LJ11", "刘家塘村", "LJT-2023-02", "刘家塘村污水管网提升改造", "村级工程", "安吉县绿源环保设备有限公司",
          "33.0", "31.6", d("2023-03-01"), d("2023-04-03"), d("2023-08-15"), "公开招标", "上级补助",
          "已完工", contract=C("C_LJ11", "LJTHT-2023-02", d("2023-03-28"), "serial")),
        # ---------------- 吴家道村 ----------------
        P("P_WJ1", "吴家道村", "WJD-2021-01", "吴家道村河道护岸工程", "村级工程", "浙江天顺水利建设有限公司",
          "21.0", "19.5", d("2021-05-18"), d("2021-06-15"), d("2021-09-30"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_WJ1", "WJDHT-2021-01", d("2021-06-08"), "serial")),
        P("P_WJ2", "吴家道村", "WJD-2021-02", "一事一议财政奖补项目-吴家道村村内道路硬化", "一事一议",
          "浙江润景建设有限公司", "32.0", "30.6", d("2021-07-20"), d("2021-08-25"), d("2021-11-20"),
          "公开招标", "财政奖补、村民筹资", "已验收",
          contract=C("C_WJ2", "WJDHT-2021-02", d("2021-08-18"), "cn")),
        P("P_WJ3", "吴家道村", "WJD-2021-03", "吴家道村公厕改造", "小微工程", "潘志强",
          "3.8", "3.6", d("2021-10-08"), d("2021-10-15"), d("2021-11-10"), "直接发包", "村集体", "已验收"),
        P("P_WJ4", "吴家道村", "WJD-2022-01", "吴家道村排水沟改造", "小微工程", "潘志强",
          "4.4", "4.4", d("2022-05-09"), d("2022-05-16"), d("2022-06-10"), "直接发包", "村集体", "已验收"),
        P("P_WJ5", "吴家道村", "WJD-2022-02", "吴家道村文化礼堂改造工程", "村级工程", "安吉县恒信建筑工程有限公司",
          "14.0", "13.8", d("2022-07-28"), d("2022-08-20"), d("2022-11-30"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_WJ5", "WJDHT-2022-02", d("2022-09-15"), "serial")),
        P("P_WJ6", "吴家道村", "WJD-2023-01", "吴家道村村口停车场平整工程", "小微工程", "方卫国",
          "6.5", "6.2", d("2023-03-06"), d("2023-03-16"), d("2023-04-20"), "直接发包", "村集体", "已完工"),
        P("P_WJ7", "吴家道村", "WJD-2023-02", "吴家道村垃圾分类亭采购安装", "村级工程", "安吉县绿源环保设备有限公司",
          "9.98", "9.95", d("2023-05-10"), d("2023-06-05"), d("2023-07-10"), "询价", "上级补助", "已完工",
          contract=C("C_WJ7", "WJDHT-2023-01", d("2023-05-30"), "date", category="采购")),
        P("P_WJ8", "吴家道村", "WJD-2023-03", "吴家道村文化长廊建设", "村级工程", "安吉县青松园林绿化工程有限公司",
          "12.0", "11.6", d("2023-07-18"), d("2023-08-22"), d("2023-11-15"), "公开招标", "上级补助、村集体",
          "已完工", contract=C("C_WJ8", "WJDHT-2023-02", d("2023-08-15"), "serial")),
        # ---------------- 桥埠港村 ----------------
        P("P_QB1", "桥埠港村", "QBG-2021-01", "桥埠港村排水沟修缮", "小微工程", "湖州市安通市政工程有限公司",
          "6.0", "5.6", d("2021-03-20"), d("2021-04-06"), d("2021-05-15"), "直接发包", "村集体", "已验收",
          contract=C("C_QB1", "QBGHT-2021-01", d("2021-03-30"), "serial", amount_form="yen")),
        P("P_QB2", "桥埠港村", "QBG-2021-02", "一事一议财政奖补项目-桥埠港村道路硬化工程", "一事一议",
          "浙江宏达建设有限公司", "30.0", "28.5", d("2021-06-10"), d("2021-07-12"), d("2021-10-20"),
          "公开招标", "财政奖补、村民筹资、村集体", "已验收",
          contract=C("C_QB2", "QBGHT-2021-02", d("2021-07-05"), "date")),
        P("P_QB3", "桥埠港村", "QBG-2022-01", "桥埠港村公交站台改造", "小微工程", "湖州市安通市政工程有限公司",
          "6.6", "6.3", d("2022-02-25"), d("2022-03-10"), d("2022-04-20"), "直接发包", "村集体", "已验收",
          contract=C("C_QB3", "QBGHT-2022-01", d("2022-03-04"), "slash")),
        P("P_QB4", "桥埠港村", "QBG-2022-02", "桥埠港村河道护岸工程", "村级工程", "浙江天顺水利建设有限公司",
          "17.9", "17.6", d("2022-06-06"), d("2022-07-04"), d("2022-10-15"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_QB4", "QBGHT-2022-02", d("2022-06-28"), "serial")),
        P("P_QB5", "桥埠港村", "QBG-2022-03", "桥埠港村老年食堂改造", "小微工程", "安吉县恒信建筑工程有限公司",
          "8.6", "8.2", d("2022-09-05"), d("2022-09-19"), d("2022-11-10"), "直接发包", "村集体", "已验收",
          contract=C("C_QB5", "QBGHT-2022-03", d("2022-09-14"), "cn")),
        P("P_QB6", "桥埠港村", "QBG-2023-01", "桥埠港村污水管网改造工程", "村级工程", "安吉县绿源环保设备有限公司",
          "25.0", "23.6", d("2023-03-28"), d("2023-06-01"), d("2023-09-30"), "公开招标", "上级补助",
          "已完工", contract=C("C_QB6", "QBGHT-2023-01", d("2023-05-20"), "serial")),
        P("P_QB7", "桥埠港村", "QBG-2023-02", "桥埠港村村道修补工程", "村级工程", "浙江润景建设有限公司",
          "10.5", "10.0", d("2023-06-26"), d("2023-07-17"), d("2023-09-08"), "竞争性比选", "村集体",
          "已完工", contract=C("C_QB7", "QBGHT-2023-02", d("2023-07-10"), "date")),
        P("P_QB8", "桥埠港村", "QBG-2023-03", "桥埠港村港东山塘清淤", "小微工程", "蒋小龙",
          "3.4", "3.2", d("2023-09-18"), d("2023-09-25"), d("2023-10-16"), "直接发包", "村集体", "已完工"),
        # ---------------- 马吉村 ----------------
        P("P_MJ1", "马吉村", "MJ-2021-01", "马吉村污水管网建设工程", "村级工程", "安吉县绿源环保设备有限公司",
          "44.0", "42.8", d("2021-03-16"), d("2021-04-20"), d("2021-07-31"), "公开招标", "上级补助、村集体",
          "已验收", contract=C("C_MJ1", "MJHT-2021-01", d("2021-04-12"), "serial")),
        P("P_MJ2", "马吉村", "MJ-2021-02", "马吉村村道拓宽工程", "村级工程", "湖州市安通市政工程有限公司",
          "26.0", "24.6", d("2021-08-10"), d("2021-09-06"), d("2021-11-25"), "竞争性比选", "上级补助、村集体",
          "已验收", contract=C("C_MJ2", "MJHT-2021-02", d("2021-08-30"), "date")),
        P("P_MJ3", "马吉村", "MJ-2022-01", "一事一议财政奖补项目-马吉村路灯亮化工程", "一事一议", "湖州明亮电器经营部",
          "12.0", "11.2", d("2022-04-08"), d("2022-05-09"), d("2022-06-30"), "竞争性比选", "财政奖补、村集体",
          "已验收", contract=C("C_MJ3", "MJHT-2022-01", d("2022-04-28"), "serial")),
        P("P_MJ4", "马吉村", "MJ-2022-02", "马吉村山塘清淤", "小微工程", "浙江天顺水利建设有限公司",
          "7.0", "6.5", d("2022-10-12"), d("2022-10-24"), d("2022-12-02"), "直接发包", "村集体", "已验收",
          contract=C("C_MJ4", "MJHT-2022-02", d("2022-10-20"), "slash")),
        P("P_MJ5", "马吉村", "MJ-2023-01", "马吉村上庄自然村道路硬化工程", "小微工程", "浙江宏达建设有限公司",
          "9.2", "9.05", d("2023-03-02"), d("2023-03-10"), d("2023-04-20"), "直接发包", "村集体", "已完工",
          contract=C("C_MJ5", "MJHT-2023-01", d("2023-03-08"), "serial", amount_form="upper")),
        P("P_MJ6", "马吉村", "MJ-2023-02", "马吉村上庄自然村入户道路硬化", "小微工程", "宏达建设（有限公司）",
          "9.5", "9.34", None, d("2023-04-06"), d("2023-05-15"), "直接发包", "村集体", "已完工"),
        P("P_MJ7", "马吉村", "MJ-2023-03", "马吉村文化礼堂改造提升工程", "村级工程", "安吉县恒信建筑工程有限公司",
          "16.5", "15.8", d("2023-05-08"), d("2023-06-12"), d("2023-09-30"), "公开招标", "上级补助、村集体",
          "已完工", contract=C("C_MJ7", "MJHT-2023-02", d("2023-06-05"), "date")),
        P("P_MJ8", "马吉村", "MJ-2023-04", "马吉村农房立面整治工程", "村级工程", "浙江润景建设有限公司",
          "40.0", "38.6", d("2023-06-20"), d("2023-07-24"), d("2023-11-30"), "公开招标", "上级补助、村集体",
          "已完工", contract=C("C_MJ8", "MJHT-2023-03", d("2023-07-15"), "serial")),
    ]


def other_contracts() -> list[Contract]:
    """Contracts that belong to no project (purchases, services, a repair)."""
    C = Contract
    return [
        C("C_SQ_CLEAN", "SQHT-2022-03", d("2021-12-28"), "date", category="服务", village="石桥村",
          title="石桥村2022年度村庄保洁劳务合同", counterparty="沈桂芳", amount=28_800,
          term=(d("2022-01-01"), d("2022-12-31")), term_style="cn", method="直接委托",
          note="每月2400元"),
        C("C_SQ_AUDIT", "SQHT-2022-04", d("2022-02-20"), "slash", category="服务", village="石桥村",
          title="石桥村2021年度财务审计服务合同", counterparty="湖州诚信工程咨询有限公司", amount=12_500,
          amount_form="yen", method="询价"),
        C("C_SQ_AUDIO", "SQHT-2022-05", d("2022-08-01"), "serial", category="采购", village="石桥村",
          title="石桥村村委会会议室音响设备采购合同", counterparty="安吉县声达电子经营部", amount=8_600,
          method="询价"),
        C("C_LJ_JC", "LJTHT-2022-07", d("2022-03-10"), "serial", category="采购", village="刘家塘村",
          title="刘家塘村2022年度零星建材采购合同", counterparty="安吉县锦程建材经营部", amount=36_500,
          phone="13905721234", term=(d("2022-03-10"), d("2022-12-31")), method="询价"),
        C("C_LJ_CLEAN", "LJTHT-2022-08", d("2021-12-25"), "date", category="服务", village="刘家塘村",
          title="刘家塘村2022年度保洁服务合同", counterparty="安吉县洁美保洁服务有限公司", amount=38_400,
          term=(d("2022-01-01"), d("2022-12-31")), term_style="cn", method="询价", note="按季度支付"),
        C("C_LJ_OFFICE", "LJTHT-2023-03", d("2023-08-16"), "serial", category="工程", village="刘家塘村",
          title="刘家塘村村委会办公楼维修合同", counterparty="浙江润景建设有限公司", amount=128_000,
          term=(d("2023-08-20"), d("2023-10-31")), method=""),
        C("C_WJ_DESIGN", "WJDHT-2022-01", d("2022-03-15"), "slash", category="服务", village="吴家道村",
          title="吴家道村村庄规划设计服务合同", counterparty="湖州诚信工程咨询有限公司", amount=26_000,
          method="询价"),
        C("C_MJ_PC", "MJHT-2022-03", d("2022-06-20"), "date", category="采购", village="马吉村",
          title="马吉村办公电脑及打印机采购合同", counterparty="安吉县文华办公用品商行", amount=15_800,
          amount_form="yen", method="询价"),
        C("C_QB_AUDIT", "QBGHT-2023-03", d("2023-10-10"), "serial", category="服务", village="桥埠港村",
          title="桥埠港村2023年度工程审计服务合同", counterparty="湖州诚信工程咨询有限公司", amount=18_000,
          method="询价"),
    ]


def all_contracts(projs: list[Project]) -> list[Contract]:
    """Project contracts filled in from their project, then the others, per village."""
    out = []
    for p in projs:
        c = p.contract
        if c is None:
            continue
        c.village = p.village
        c.project = p.tag
        c.title = c.title or p.name.split("-")[-1] + "施工合同"
        if c.category == "采购":
            base = p.name.split("-")[-1]
            c.title = base + ("合同" if "采购" in base else "采购安装合同")
        c.counterparty = c.counterparty or p.contractor
        c.amount = c.amount or p.amount_yuan
        c.term = c.term or (p.started, p.finished)
        c.method = p.method if c.method is None else c.method
        c.phone = c.phone or PHONES.get(c.counterparty, "")
        out.append(c)
    out.extend(other_contracts())
    for c in out:
        c.phone = c.phone or PHONES.get(c.counterparty, "")
    return sorted(out, key=lambda c: (VILLAGES.index(c.village), c.code))


@dataclass
class Cadre:
    tag: str
    village: str
    name: str
    position: str
    sex: str
    phone: str
    relatives: str
    note: str = ""

    def relative_names(self) -> list[str]:
        names = []
        for part in re.split(r"[；;，,、]", self.relatives):
            part = part.strip()
            if not part:
                continue
            m = re.match(r"^(?:妻|夫|配偶|兄|弟|姐|妹|子|女|父|母|女婿|妻弟|儿媳)[：:\s]*(.+)$", part)
            names.append((m.group(1) if m else part).strip())
        return names


def cadres() -> list[Cadre]:
    K = Cadre
    return [
        K("K_SQ_WJM", "石桥村", "王建明", "党总支书记", "男", "13857201101", "妻 李秀英；弟 王建国；子 王磊"),
        K("K_SQ_SGH", "石桥村", "沈国华", "村委会主任", "男", "13857201102", "妻 徐美芳"),
        K("K_SQ_CLP", "石桥村", "陈丽萍", "委员（报账员）", "女", "13857201103", "夫 周志强"),
        K("K_SQ_ZWD", "石桥村", "朱卫东", "委员", "男", "13857201104", ""),
        K("K_SQ_YJL", "石桥村", "姚金龙", "村务监督委员会主任", "男", "13857201105", "妻 钱月娥"),
        K("K_LJ_LZG", "刘家塘村", "刘志刚", "党支部书记、村委会主任", "男", "13905721234",
          "配偶：孙美华，兄：刘志勇", "一肩挑"),
        K("K_LJ_LHY", "刘家塘村", "刘海燕", "委员", "女", "13905721235", "夫 蒋建平"),
        K("K_LJ_ZW", "刘家塘村", "张伟", "委员", "男", "13905721236", ""),
        K("K_LJ_HQY", "刘家塘村", "何秋云", "报账员", "女", "13905721237", ""),
        K("K_LJ_LGB", "刘家塘村", "刘根宝", "村务监督委员会主任", "男", "13905721238", "妻 韩小妹"),
        K("K_WJ_WJP", "吴家道村", "吴建平", "党支部书记", "男", "13758201301", "妻 朱丽娟；女婿 方志明"),
        K("K_WJ_WGP", "吴家道村", "吴国平", "村委会主任", "男", "13758201302", "妻潘玉英"),
        K("K_WJ_WXY", "吴家道村", "吴晓燕", "委员", "女", "13758201303", ""),
        K("K_WJ_FWG", "吴家道村", "方卫国", "委员", "男", "13758201304", ""),
        K("K_WJ_WJT", "吴家道村", "吴金土", "报账员", "男", "13758201305", ""),
        K("K_WJ_ZGL", "吴家道村", "赵国良", "村务监督委员会主任", "男", "13758201306", ""),
        K("K_QB_YLX", "桥埠港村", "俞立新", "党支部书记", "男", "13567201401", "妻 蔡雪芬；子 俞浩"),
        K("K_QB_WQ", "桥埠港村", "王强", "村委会主任", "男", "13567201402", "妻 钱丽"),
        K("K_QB_YHM", "桥埠港村", "杨红梅", "委员", "女", "13567201403", ""),
        K("K_QB_CZY", "桥埠港村", "蔡志勇", "委员", "男", "13567201404", ""),
        K("K_QB_SLH", "桥埠港村", "孙丽华", "报账员", "女", "13567201405", ""),
        K("K_QB_YJG", "桥埠港村", "俞金根", "村务监督委员会主任", "男", "13567201406", ""),
        K("K_MJ_MYQ", "马吉村", "马永庆", "党总支书记", "男", "13606821501", "妻 潘月琴；子 马俊"),
        K("K_MJ_MLJ", "马吉村", "马立军", "村委会主任", "男", "13606821502", "妻 陆红英"),
        K("K_MJ_PWB", "马吉村", "潘文斌", "委员", "男", "13606821503", ""),
        K("K_MJ_ML", "马吉村", "马丽", "委员（报账员）", "女", "13606821504", ""),
        K("K_MJ_XSG", "马吉村", "许水根", "村务监督委员会主任", "男", "13606821505", ""),
    ]


@dataclass
class Pay:
    """One ledger entry. ``link`` names the project or contract tag the entry pays (for the checks)."""

    when: date
    summary: str
    direction: str  # in | out
    amount: Decimal
    party: str
    method: str
    handler: str = ""
    attach: int = 1
    tag: str | None = None
    link: str | None = None
    account: str = ""
    code: str = ""  # contract code column, where the layout has one
    village: str = ""


def pay(when, summary, direction, amount, party, method, handler="", attach=1, tag=None, link=None,
        account="", code="") -> Pay:
    return Pay(d(when), summary, direction, dec(amount), party, method, handler, attach, tag, link, account, code)


ELEC = "国网浙江安吉县供电公司"
FIN = "青山镇财政所"
BANK = "安吉农商银行青山支行"
CADRES_GROUP = "村两委干部"


def shiqiao_2022() -> list[Pay]:
    """石桥村 2022 收支明细账 (xls). 经手人 is mostly the 报账员 陈丽萍."""
    H = "陈丽萍"
    rows = [
        pay("2022-01-10", "收到上级转移支付资金（村级组织运转经费）", "in", "120000", FIN, "转账", H, 2, account="补助收入"),
        pay("2022-01-18", "支付2021年12月村委会电费", "out", "1326.40", ELEC, "转账", H, 1, tag="X_SQ_ELEC1", account="管理费用"),
        pay("2022-01-28", "报销办公用品", "out", "1268.00", "安吉县文华办公用品商行", "转账", H, 3, tag="X_SQ_OFFICE",
            account="管理费用"),
        pay("2022-02-16", "支付1月村委会电费", "out", "1185.20", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-02-22", "收到原石桥小学厂房租金（2022年度）", "in", "78000", "安吉县恒达竹木制品厂", "转账", H, 1,
            account="发包及上交收入"),
        pay("2022-02-28", "支付2021年度财务审计服务费", "out", "12500", "湖州诚信工程咨询有限公司", "转账", H, 2,
            link="C_SQ_AUDIT", account="管理费用"),
        pay("2022-03-10", "支付新村至横街道路硬化工程质保金", "out", "11900", "湖州市安通市政工程有限公司", "转账", H, 2,
            link="P_SQ2", account="应付款"),
        pay("2022-03-16", "支付2月村委会电费", "out", "1098.60", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-03-31", "发放第一季度村干部误工补贴", "out", "18600", CADRES_GROUP, "转账", "沈国华", 2,
            account="管理费用"),
        pay("2022-04-12", "收到2021年度一事一议财政奖补资金", "in", "86000", FIN, "转账", H, 1, account="一事一议资金"),
        pay("2022-04-15", "支付3月村委会电费", "out", "1210.30", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-04-20", "支付桥头至新村道路硬化工程预付款", "out", "50000", "湖州市安通市政工程有限公司", "转账", H, 2,
            tag="X_SQ_OP1", link="P_SQ4", account="在建工程"),
        pay("2022-05-10", "支付村部电路检修费", "out", "3860", "湖州明亮电器经营部", "转账", H, 1, tag="X_SQ_DUP1",
            account="管理费用"),
        pay("2022-05-13", "支付4月村委会电费", "out", "1156.70", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-05-16", "支付村部电路检修费", "out", "3860", "湖州明亮电器经营部", "转账", H, 1, tag="X_SQ_DUP2",
            account="管理费用"),
        pay("2022-06-14", "支付5月村委会电费", "out", "1302.50", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-06-20", "收到村级集体经济发展补助资金", "in", "50000", FIN, "转账", H, 1, account="补助收入"),
        pay("2022-06-28", "支付桥头至新村道路硬化工程进度款", "out", "80000", "湖州市安通市政工程有限公司", "转账", H, 3,
            tag="X_SQ_OP2", link="P_SQ4", account="在建工程"),
        pay("2022-06-30", "发放第二季度村干部误工补贴", "out", "18600", CADRES_GROUP, "转账", "沈国华", 2,
            account="管理费用"),
        pay("2022-07-12", "支付6月村委会电费", "out", "1420.80", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-07-19", "白条报销村委会招待餐费", "out", "860", "徐记农家乐", "现金", H, 1, tag="X_SQ_WHITE",
            account="管理费用"),
        pay("2022-07-26", "支付文化礼堂改造工程款", "out", "68000", "宏达建设有限责任公司", "转账", H, 3,
            tag="X_SQ_ALIAS", link="P_SQ5", account="在建工程"),
        pay("2022-08-05", "支付村委会会议室音响设备款", "out", "8600", "安吉县声达电子经营部", "转账", H, 2,
            tag="X_SQ_T8600", link="C_SQ_AUDIO", account="固定资产"),
        pay("2022-08-11", "支付7月村委会电费", "out", "1488.20", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-08-18", "支付小公园护栏石材款", "out", "8600", "安吉县永顺石材厂", "现金", "朱卫东", 1,
            tag="X_SQ_CASH", account="管理费用"),
        pay("2022-08-22", "购买村委会桶装饮用水", "out", "600", "安吉县清泉水站", "现金", H, 1, tag="X_SQ_CASH600",
            account="管理费用"),
        pay("2022-09-09", "支付8月村委会电费", "out", "1376.90", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-09-16", "支付桥头至新村道路硬化工程结算款", "out", "70000", "湖州市安通市政工程有限公司", "转账", H, 2,
            tag="X_SQ_OP3", link="P_SQ4", account="在建工程"),
        pay("2022-09-20", "支付机耕路修复工程款", "out", "38000", "王建国", "转账", "沈国华", 2, tag="X_SQ_WJG",
            link="P_SQ6", account="在建工程"),
        pay("2022-09-30", "发放第三季度村干部误工补贴", "out", "18600", CADRES_GROUP, "转账", "沈国华", 2,
            account="管理费用"),
        pay("2022-10-14", "支付9月村委会电费", "out", "1243.10", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-10-21", "刻制发票专用章及财务专用章", "out", "260", "安吉县金石刻字社", "现金", H, 1,
            tag="X_SQ_SEAL", account="管理费用"),
        pay("2022-10-28", "收到银行存款利息", "in", "1862.35", BANK, "转账", H, 1, account="其他收入"),
        pay("2022-11-10", "支付10月村委会电费", "out", "1167.40", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-11-18", "支付污水管网维修工程款", "out", "24500", "安吉县绿源环保设备有限公司", "转账", H, 2,
            link="P_SQ7", account="在建工程"),
        pay("2022-12-09", "支付11月村委会电费", "out", "1254.60", ELEC, "转账", H, 1, account="管理费用"),
        pay("2022-12-16", "支付山塘清淤工程质保金", "out", "7800", "浙江天顺水利建设有限公司", "转账", H, 1,
            link="P_SQ3", account="应付款"),
        pay("2022-12-23", "收到村委会后地块承包金", "in", "4000", "沈永林", "转账", H, 1, account="发包及上交收入"),
        pay("2022-12-30", "发放第四季度村干部误工补贴", "out", "18600", CADRES_GROUP, "转账", "沈国华", 2,
            account="管理费用"),
    ]
    # Monthly 保洁 wages to one person: the same amount every month (look-alike for duplicate_payment).
    for month in range(1, 13):
        rows.append(pay(f"2022-{month:02d}-25", f"支付{month}月村庄保洁员工资", "out", "2400", "沈桂芳", "转账", H, 1,
                        tag=f"X_SQ_CLEAN{month:02d}", link="C_SQ_CLEAN", account="管理费用"))
    return sorted(rows, key=lambda p: p.when)


def liujiatang_2022() -> list[Pay]:
    """刘家塘村 2022 银行存款日记账 (csv)."""
    rows = [
        pay("2022-01-12", "收到上级转移支付资金", "in", "150000", FIN, "转账"),
        pay("2022-01-20", "支付2021年12月电费", "out", "968.50", ELEC, "网银"),
        pay("2022-02-18", "支付1月电费", "out", "1032.60", ELEC, "网银"),
        pay("2022-02-25", "收到刘家塘畈耕地承包金（2022年度）", "in", "30400", "安吉县禾丰家庭农场", "转账"),
        pay("2022-03-15", "支付2月电费", "out", "897.30", ELEC, "网银"),
        pay("2022-03-22", "支付一事一议道路硬化工程质保金", "out", "13400", "湖州市安通市政工程有限公司", "转账",
            link="P_LJ2"),
        pay("2022-03-31", "支付2022年第一季度保洁服务费", "out", "9600", "安吉县洁美保洁服务有限公司", "转账",
            link="C_LJ_CLEAN"),
        pay("2022-03-31", "发放第一季度村干部误工补贴", "out", "16800", CADRES_GROUP, "网银"),
        pay("2022-04-02", "支付建材款（水泥、黄沙）", "out", "36500", "安吉县锦程建材经营部", "转账", tag="X_LJ_JC",
            link="C_LJ_JC"),
        pay("2022-04-15", "支付3月电费", "out", "1015.80", ELEC, "网银"),
        pay("2022-04-26", "收到2021年度一事一议财政奖补资金", "in", "80000", FIN, "转账"),
        pay("2022-05-10", "支付河岸绿化工程进度款", "out", "70000", "安吉县青松园林绿化工程有限公司", "转账",
            link="P_LJ7"),
        pay("2022-05-13", "支付4月电费", "out", "946.20", ELEC, "网银"),
        pay("2022-05-20", "支付老年活动中心改造工程预付款", "out", "60000", "安吉县恒信建筑工程有限公司", "转账",
            tag="X_LJ_OLD1", link="P_LJ8"),
        pay("2022-06-14", "支付5月电费", "out", "1088.40", ELEC, "网银"),
        pay("2022-06-30", "支付2022年第二季度保洁服务费", "out", "9600", "安吉县洁美保洁服务有限公司", "转账",
            link="C_LJ_CLEAN"),
        pay("2022-06-30", "发放第二季度村干部误工补贴", "out", "16800", CADRES_GROUP, "网银"),
        pay("2022-07-13", "支付6月电费", "out", "1236.90", ELEC, "网银"),
        pay("2022-07-15", "支付河岸绿化工程尾款", "out", "36000", "安吉县青松园林绿化工程有限公司", "转账",
            link="P_LJ7"),
        pay("2022-07-20", "收到村级集体经济发展补助资金", "in", "60000", FIN, "转账"),
        pay("2022-08-12", "支付7月电费", "out", "1310.70", ELEC, "网银"),
        pay("2022-08-15", "支付路灯亮化工程款", "out", "85000", "湖州明亮电器经营部", "转账", link="P_LJ6"),
        pay("2022-08-26", "支付文化公园景观工程进度款", "out", "80000", "安吉县青松园林绿化工程有限公司", "转账",
            link="P_LJX"),
        pay("2022-09-14", "支付8月电费", "out", "1274.30", ELEC, "网银"),
        pay("2022-09-22", "支付老年活动中心改造工程结算款", "out", "66000", "安吉县恒信建筑工程有限公司", "转账",
            tag="X_LJ_OLD2", link="P_LJ8"),
        pay("2022-09-30", "支付2022年第三季度保洁服务费", "out", "9600", "安吉县洁美保洁服务有限公司", "转账",
            link="C_LJ_CLEAN"),
        pay("2022-09-30", "发放第三季度村干部误工补贴", "out", "16800", CADRES_GROUP, "网银"),
        pay("2022-10-18", "支付9月电费", "out", "1058.90", ELEC, "网银"),
        pay("2022-10-25", "收到银行存款利息", "in", "2136.48", BANK, "转账"),
        pay("2022-11-08", "支付文化公园景观工程尾款", "out", "51000", "安吉县青松园林绿化工程有限公司", "转账",
            link="P_LJX"),
        pay("2022-11-15", "支付10月电费", "out", "982.60", ELEC, "网银"),
        pay("2022-11-22", "支付村务公开栏制作费", "out", "3680", "安吉县艺彩广告制作部", "转账"),
        pay("2022-12-10", "支付山塘清淤工程进度款", "out", "60000", "浙江天顺水利建设有限公司", "电汇", link="P_LJ9"),
        pay("2022-12-14", "支付11月电费", "out", "1023.50", ELEC, "网银"),
        pay("2022-12-20", "支付村道行道树补植工程款", "out", "68000", "安吉县青松园林绿化工程有限公司", "转账",
            link="P_LJY"),
        pay("2022-12-28", "支付2022年第四季度保洁服务费", "out", "9600", "安吉县洁美保洁服务有限公司", "转账",
            link="C_LJ_CLEAN"),
        pay("2022-12-28", "发放第四季度村干部误工补贴", "out", "16800", CADRES_GROUP, "网银"),
    ]
    return sorted(rows, key=lambda p: p.when)


def wujiadao_2023() -> list[Pay]:
    H = "吴金土"
    rows = [
        pay("2023-01-12", "收到上级转移支付资金", "in", "110000", FIN, "转账", H),
        pay("2023-01-16", "支付河道护岸工程质保金", "out", "9750", "浙江天顺水利建设有限公司", "转账", H, link="P_WJ1"),
        pay("2023-01-20", "支付2022年12月电费", "out", "865.40", ELEC, "转账", H),
        pay("2023-02-15", "支付1月电费", "out", "912.30", ELEC, "转账", H),
        pay("2023-03-08", "支付文化礼堂改造工程尾款", "out", "27600", "安吉县恒信建筑工程有限公司", "转账", H,
            link="P_WJ5"),
        pay("2023-03-15", "支付2月电费", "out", "878.60", ELEC, "转账", H),
        pay("2023-03-31", "发放第一季度村干部误工补贴", "out", "15900", CADRES_GROUP, "转账", "吴建平"),
        pay("2023-04-10", "收到后山林地承包金", "in", "7200", "安吉县竹乡林业专业合作社", "转账", H),
        pay("2023-04-14", "支付3月电费", "out", "903.70", ELEC, "转账", H),
        pay("2023-04-26", "购买村务公开宣传用品", "out", "680", "安吉县艺彩广告制作部", "现金", H),
        pay("2023-05-10", "支付村口停车场平整工程款", "out", "62000", "方卫国", "转账", "吴国平", tag="X_WJ_FWG",
            link="P_WJ6"),
        pay("2023-05-16", "支付4月电费", "out", "921.50", ELEC, "转账", H),
        pay("2023-06-15", "支付5月电费", "out", "1046.20", ELEC, "转账", H),
        pay("2023-06-30", "发放第二季度村干部误工补贴", "out", "15900", CADRES_GROUP, "转账", "吴建平"),
        pay("2023-07-14", "支付6月电费", "out", "1187.30", ELEC, "转账", H),
        pay("2023-07-20", "支付垃圾分类亭采购安装款", "out", "60000", "安吉县绿源环保设备有限公司", "转账", H,
            link="P_WJ7"),
        pay("2023-08-15", "支付7月电费", "out", "1265.80", ELEC, "转账", H),
        pay("2023-09-14", "支付8月电费", "out", "1198.40", ELEC, "转账", H),
        pay("2023-09-15", "支付垃圾分类亭采购安装尾款", "out", "39500", "安吉县绿源环保设备有限公司", "转账", H,
            link="P_WJ7"),
        pay("2023-09-28", "发放第三季度村干部误工补贴", "out", "15900", CADRES_GROUP, "转账", "吴建平"),
        pay("2023-10-12", "支付文化长廊建设工程进度款", "out", "58000", "安吉县青松园林绿化工程有限公司", "转账", H,
            link="P_WJ8"),
        pay("2023-10-16", "支付9月电费", "out", "1012.60", ELEC, "转账", H),
        pay("2023-11-15", "支付10月电费", "out", "936.10", ELEC, "转账", H),
        pay("2023-11-20", "报销村委会办公用品", "out", "960", "安吉县文华办公用品商行", "现金", H),
        pay("2023-12-14", "支付11月电费", "out", "958.30", ELEC, "转账", H),
        pay("2023-12-22", "收到银行存款利息", "in", "1346.72", BANK, "转账", H),
        pay("2023-12-29", "发放第四季度村干部误工补贴", "out", "15900", CADRES_GROUP, "转账", "吴建平"),
    ]
    return sorted(rows, key=lambda p: p.when)


def maji_2023() -> list[Pay]:
    H = "马丽"
    rows = [
        pay("2023-01-10", "收到上级转移支付资金", "in", "130000", FIN, "转账", H),
        pay("2023-01-17", "支付2022年12月电费", "out", "1124.50", ELEC, "转账", H),
        pay("2023-02-14", "支付山塘清淤工程质保金", "out", "3250", "浙江天顺水利建设有限公司", "转账", H,
            link="P_MJ4", code="MJHT-2022-02"),
        pay("2023-02-16", "支付1月电费", "out", "1058.30", ELEC, "转账", H),
        pay("2023-03-15", "支付2月电费", "out", "986.70", ELEC, "转账", H),
        pay("2023-03-24", "收到马吉畈耕地承包金", "in", "127500", "安吉县马吉粮油专业合作社", "转账", H),
        pay("2023-03-31", "发放第一季度村干部误工补贴", "out", "17400", CADRES_GROUP, "转账", "马永庆"),
        pay("2023-04-14", "支付3月电费", "out", "1032.80", ELEC, "转账", H),
        pay("2023-05-06", "支付上庄自然村道路硬化工程款", "out", "90500", "浙江宏达建设有限公司", "转账", H,
            tag="X_MJ_SPLIT1", link="P_MJ5", code="MJHT-2023-01"),
        pay("2023-05-15", "支付4月电费", "out", "1101.20", ELEC, "转账", H),
        pay("2023-06-02", "支付上庄自然村入户道路硬化工程款", "out", "93400", "宏达建设（有限公司）", "转账", H,
            tag="X_MJ_SPLIT2", link="P_MJ6"),
        pay("2023-06-14", "支付5月电费", "out", "1145.90", ELEC, "转账", H),
        pay("2023-06-30", "发放第二季度村干部误工补贴", "out", "17400", CADRES_GROUP, "转账", "马永庆"),
        pay("2023-07-10", "支付马吉村文化礼堂改造提升工程预付款", "out", "60000", "安吉县恒信建筑工程有限公司", "转账", H,
            link="P_MJ7", code="MJHT-2023-02"),
        pay("2023-07-14", "支付6月电费", "out", "1276.40", ELEC, "转账", H),
        pay("2023-08-15", "支付7月电费", "out", "1322.10", ELEC, "转账", H),
        pay("2023-09-08", "支付马吉村文化礼堂改造提升工程进度款", "out", "80000", "胡建华", "转账", H,
            tag="X_MJ_HU", link="P_MJ7", code="MJHT-2023-02"),
        pay("2023-09-14", "支付8月电费", "out", "1288.60", ELEC, "转账", H),
        pay("2023-09-25", "支付农房立面整治工程进度款", "out", "120000", "浙江润景建设有限公司", "转账", H,
            link="P_MJ8", code="MJHT-2023-03"),
        pay("2023-09-28", "发放第三季度村干部误工补贴", "out", "17400", CADRES_GROUP, "转账", "马永庆"),
        pay("2023-10-16", "支付9月电费", "out", "1097.50", ELEC, "转账", H),
        pay("2023-10-20", "收到综合楼店面租金", "in", "36000", "安吉县马吉百货商店", "转账", H),
        pay("2023-11-15", "支付10月电费", "out", "1043.30", ELEC, "转账", H),
        pay("2023-12-14", "支付11月电费", "out", "1066.80", ELEC, "转账", H),
        pay("2023-12-22", "收到银行存款利息", "in", "1588.16", BANK, "转账", H),
        pay("2023-12-29", "发放第四季度村干部误工补贴", "out", "17400", CADRES_GROUP, "转账", "马永庆"),
    ]
    return sorted(rows, key=lambda p: p.when)


def qiaobugang_2023() -> list[Pay]:
    H = "孙丽华"
    rows = [
        pay("2023-01-11", "收到上级转移支付资金", "in", "115000", FIN, "转账", H),
        pay("2023-01-18", "支付一事一议道路硬化工程质保金", "out", "14250", "湖州宏达建设", "转账", H,
            tag="X_QB_ALIAS", link="P_QB2", code="QBGHT-2021-02"),
        pay("2023-01-19", "支付2022年12月电费", "out", "1012.40", ELEC, "转账", H),
        pay("2023-02-15", "支付1月电费", "out", "964.70", ELEC, "转账", H),
        pay("2023-03-14", "支付2月电费", "out", "921.30", ELEC, "转账", H),
        pay("2023-03-20", "支付河道护岸工程质保金", "out", "8800", "浙江天顺水利建设有限公司", "转账", H,
            link="P_QB4", code="QBGHT-2022-02"),
        pay("2023-03-31", "发放第一季度村干部误工补贴", "out", "16200", CADRES_GROUP, "转账", "俞立新"),
        pay("2023-04-14", "支付3月电费", "out", "998.20", ELEC, "转账", H),
        pay("2023-04-28", "预付桥埠港村污水管网改造工程款", "out", "70000", "安吉县绿源环保设备有限公司", "转账", H,
            tag="X_QB_PREPAY", link="P_QB6", code="QBGHT-2023-01"),
        pay("2023-05-15", "支付4月电费", "out", "1021.60", ELEC, "转账", H),
        pay("2023-05-26", "支付村委会门窗维修费", "out", "2800", "王强华", "转账", H, tag="X_QB_WQH"),
        pay("2023-06-14", "支付5月电费", "out", "1076.50", ELEC, "转账", H),
        pay("2023-06-30", "发放第二季度村干部误工补贴", "out", "16200", CADRES_GROUP, "转账", "俞立新"),
        pay("2023-07-06", "收到东湾鱼塘承包金", "in", "16800", "沈大海", "转账", H),
        pay("2023-07-14", "支付6月电费", "out", "1189.90", ELEC, "转账", H),
        pay("2023-08-10", "支付桥埠港村污水管网改造工程进度款", "out", "100000", "安吉县绿源环保设备有限公司", "转账", H,
            link="P_QB6", code="QBGHT-2023-01"),
        pay("2023-08-15", "支付7月电费", "out", "1244.30", ELEC, "转账", H),
        pay("2023-08-23", "支付村庄环境整治临时用工费", "out", "3600", "张伟", "转账", H, tag="X_QB_ZW"),
        pay("2023-09-12", "支付村道修补工程进度款", "out", "60000", "浙江润景建设有限公司", "转账", H,
            tag="X_QB_RJ1", link="P_QB7", code="QBGHT-2023-02"),
        pay("2023-09-14", "支付8月电费", "out", "1158.70", ELEC, "转账", H),
        pay("2023-09-28", "发放第三季度村干部误工补贴", "out", "16200", CADRES_GROUP, "转账", "俞立新"),
        pay("2023-10-16", "支付9月电费", "out", "1034.20", ELEC, "转账", H),
        pay("2023-10-20", "支付港东山塘清淤工程款", "out", "32000", "蒋小龙", "转账", H, link="P_QB8"),
        pay("2023-10-26", "无票补付挖机台班费", "out", "4500", "蒋小龙", "转账", H, tag="X_QB_WHITE"),
        pay("2023-11-15", "支付10月电费", "out", "987.60", ELEC, "转账", H),
        pay("2023-11-20", "支付村道修补工程尾款", "out", "40000", "浙江润景建设有限公司", "转账", H,
            tag="X_QB_RJ2", link="P_QB7", code="QBGHT-2023-02"),
        pay("2023-11-28", "支付2023年度工程审计服务费", "out", "18000", "湖州诚信工程咨询有限公司", "转账", H,
            link="C_QB_AUDIT", code="QBGHT-2023-03"),
        pay("2023-12-14", "支付11月电费", "out", "1003.90", ELEC, "转账", H),
        pay("2023-12-20", "收到港东畈耕地承包金", "in", "9000", "钱永康", "转账", H),
        pay("2023-12-28", "发放第四季度村干部误工补贴", "out", "16200", CADRES_GROUP, "转账", "俞立新"),
    ]
    return sorted(rows, key=lambda p: p.when)


SQ_2022_OPENING = Decimal("386520.35")
"""石桥村's balance brought forward into 2022 (the xls 上年结转 row)."""


def shiqiao_2023_bank() -> list[Pay]:
    """石桥村 2023 银行存款日记账 (xlsx): no payee column, the other party only appears in the 摘要.

    ``party`` is who the 摘要 names (for the invariant checks); the writer never writes it.
    """
    rows = [
        pay("2023-01-10", "收到上级转移支付资金", "in", "120000", FIN, "转账"),
        pay("2023-01-16", "支付2022年12月村委会电费", "out", "1186.40", ELEC, "转账"),
        pay("2023-01-18", "补发朱卫东2022年12月值班误工补贴", "out", "1500", "朱卫东", "转账", tag="X_SQB_ZWD"),
        pay("2023-02-14", "支付1月村委会电费", "out", "1098.60", ELEC, "转账"),
        pay("2023-02-20", "付周志强村部围墙修缮工钱", "out", "4800", "周志强", "转账", tag="X_SQB_ZZQ"),
        pay("2023-03-15", "支付2月村委会电费", "out", "1035.20", ELEC, "转账"),
        pay("2023-03-28", "收到村委会后地块承包金", "in", "4000", "沈永林", "转账"),
        pay("2023-04-10", "支付浙江天顺水利建设有限公司河道护岸工程预付款", "out", "120000",
            "浙江天顺水利建设有限公司", "转账", tag="X_SQB_OP1", link="P_SQ8"),
        pay("2023-04-14", "支付3月村委会电费", "out", "1002.80", ELEC, "转账"),
        pay("2023-05-08", "支付湖州明亮电器经营部村部空调维修费", "out", "2650", "湖州明亮电器经营部", "转账",
            tag="X_SQB_DUP1"),
        pay("2023-05-12", "支付湖州明亮电器经营部村部空调维修费", "out", "2650", "湖州明亮电器经营部", "转账",
            tag="X_SQB_DUP2"),
        pay("2023-05-15", "支付4月村委会电费", "out", "1064.50", ELEC, "转账"),
        pay("2023-05-18", "支付湖州明亮电器经营部、安吉县声达电子经营部会议室线路及音响检修费", "out", "2650",
            "湖州明亮电器经营部、安吉县声达电子经营部", "转账", tag="X_SQB_TWO"),
        pay("2023-06-14", "支付5月村委会电费", "out", "1127.30", ELEC, "转账"),
        pay("2023-06-20", "支付浙江天顺水利建设有限公司河道护岸工程进度款", "out", "150000",
            "浙江天顺水利建设有限公司", "转账", tag="X_SQB_OP2", link="P_SQ8"),
        pay("2023-06-26", "收到村级集体经济发展补助资金", "in", "50000", FIN, "转账"),
        pay("2023-07-13", "支付6月村委会电费", "out", "1318.70", ELEC, "转账"),
        pay("2023-08-11", "支付7月村委会电费", "out", "1442.60", ELEC, "转账"),
        pay("2023-08-22", "支付浙江天顺水利建设有限公司河道护岸工程结算款", "out", "130000",
            "浙江天顺水利建设有限公司", "转账", tag="X_SQB_OP3", link="P_SQ8"),
        pay("2023-09-14", "支付8月村委会电费", "out", "1385.90", ELEC, "转账"),
        pay("2023-09-26", "付村民王磊明宅基地复垦补偿款", "out", "6800", "王磊明", "转账", tag="X_SQB_WLM"),
        pay("2023-10-16", "支付9月村委会电费", "out", "1211.40", ELEC, "转账"),
        pay("2023-10-20", "支付安吉县康体体育器材有限公司村民广场健身设施预付款", "out", "30000",
            "安吉县康体体育器材有限公司", "转账", tag="X_SQB_KT1", link="P_SQ10"),
        pay("2023-11-15", "支付10月村委会电费", "out", "1149.80", ELEC, "转账"),
        pay("2023-11-20", "支付安吉县康体体育器材有限公司村民广场健身设施尾款", "out", "26000",
            "安吉县康体体育器材有限公司", "转账", tag="X_SQB_KT2", link="P_SQ10"),
        pay("2023-12-14", "支付11月村委会电费", "out", "1203.60", ELEC, "转账"),
        pay("2023-12-22", "收到银行存款利息", "in", "1958.27", BANK, "转账"),
    ]
    return sorted(rows, key=lambda p: p.when)


@dataclass
class Asset:
    tag: str | None
    village: str
    code: str
    name: str
    category: str
    spec: str
    qty: str
    value: Decimal | str  # str: written as text (e.g. '12.5万元')
    acquired: DateCell
    status: str
    location: str
    custodian: str
    note: str = ""


def assets() -> list[Asset]:
    A = Asset
    DC = DateCell
    return [
        A("A_SQ1", "石桥村", "SQ-ZC-001", "村委会办公楼", "房屋及建筑物", "框架3层", "1栋", dec(1860000),
          DC(d("2008-10-01"), "ym_cn"), "自用", "石桥村村委会", "陈丽萍"),
        A("A_SQ2", "石桥村", "SQ-ZC-002", "文化礼堂", "房屋及建筑物", "砖混1层", "1座", dec(680000),
          DC(d("2016-06-20"), "date"), "自用", "石桥村中心", "陈丽萍"),
        A(None, "石桥村", "SQ-ZC-003", "原石桥小学厂房", "房屋及建筑物", "砖混", "1幢", dec(420000),
          DC(d("1998-09-01"), "dot"), "出租", "石桥村下街", "沈国华", "出租给安吉县恒达竹木制品厂"),
        A(None, "石桥村", "SQ-ZC-004", "路灯（路灯亮化工程形成）", "基础设施", "LED 60W", "62盏", dec(76500),
          DC(d("2021-05-10"), "date"), "自用", "沿村道", "朱卫东"),
        A("A_SQ5", "石桥村", "SQ-ZC-005", "办公电脑", "办公设备", "联想启天M430", "3台", dec(14400),
          DC(d("2020-04-16"), "cn"), "自用", "村委会办公室", "陈丽萍"),
        A(None, "石桥村", "SQ-ZC-006", "打印复印一体机", "办公设备", "理光MP2014", "1台", dec(5680),
          DC(d("2020-04-16"), "cn"), "自用", "村委会办公室", "陈丽萍"),
        A(None, "石桥村", "SQ-ZC-007", "会议室音响设备", "办公设备", "", "1套", dec(8600),
          DC(d("2022-08-05"), "date"), "自用", "村委会会议室", "朱卫东"),
        A(None, "石桥村", "SQ-ZC-008", "村民广场健身设施", "基础设施", "", "12件", dec(56000),
          DC(d("2023-11-08"), "date"), "自用", "村民广场", "朱卫东"),
        A(None, "刘家塘村", "LJT-ZC-001", "村委会办公楼", "房屋及建筑物", "框架2层", "1栋", dec(1520000),
          DC(d("2010-05-01"), "ym_cn"), "自用", "刘家塘村村委会", "何秋云"),
        A(None, "刘家塘村", "LJT-ZC-002", "老年活动中心", "房屋及建筑物", "砖混1层", "1座", dec(326000),
          DC(d("2012-11-30"), "dot"), "自用", "刘家塘村", "何秋云"),
        A(None, "刘家塘村", "LJT-ZC-003", "污水处理终端设备", "基础设施", "日处理30吨", "1套", "12.5万元",
          DC(d("2019-09-26"), "date"), "自用", "刘家塘村南", "张伟"),
        A(None, "刘家塘村", "LJT-ZC-004", "路灯（路灯亮化工程形成）", "基础设施", "LED 60W", "70盏", dec(85000),
          DC(d("2022-07-25"), "date"), "自用", "沿村道", "张伟"),
        A(None, "刘家塘村", "LJT-ZC-005", "投影仪", "办公设备", "爱普生CB-X06", "1台", dec(3280),
          DC(d("2021-03-12"), "cn"), "自用", "村委会会议室", "何秋云"),
        A(None, "刘家塘村", "LJT-ZC-006", "老粮站厂房", "房屋及建筑物", "砖木", "1幢", dec(286000),
          DC(d("1986-01-01"), "ym_cn"), "出租", "刘家塘村", "刘志刚"),
        A(None, "吴家道村", "WJD-ZC-001", "村委会办公楼", "房屋及建筑物", "框架3层", "1栋", dec(1680000),
          DC(d("2011-08-01"), "ym_cn"), "自用", "吴家道村村委会", "吴金土"),
        A(None, "吴家道村", "WJD-ZC-002", "文化礼堂", "房屋及建筑物", "砖混1层", "1座", dec(720000),
          DC(d("2017-10-18"), "date"), "自用", "吴家道村", "吴金土"),
        A(None, "吴家道村", "WJD-ZC-003", "公厕", "房屋及建筑物", "", "2座", dec(86000),
          DC(d("2019-06-30"), "dot"), "自用", "吴家道村", "吴晓燕"),
        A(None, "吴家道村", "WJD-ZC-004", "办公电脑", "办公设备", "", "4台", dec(18800),
          DC(d("2021-02-23"), "cn"), "自用", "村委会办公室", "吴金土"),
        A(None, "吴家道村", "WJD-ZC-005", "旧拖拉机", "机械设备", "东方红", "1台", dec(8000),
          DC(d("2003-04-01"), "ym_cn"), "报废", "村仓库", "吴金土", "待处置"),
        A(None, "桥埠港村", "QBG-ZC-001", "村委会办公楼", "房屋及建筑物", "框架2层", "1栋", dec(1240000),
          DC(d("2009-12-01"), "ym_cn"), "自用", "桥埠港村村委会", "孙丽华"),
        A(None, "桥埠港村", "QBG-ZC-002", "老年食堂", "房屋及建筑物", "砖混1层", "1座", dec(268000),
          DC(d("2018-03-15"), "date"), "自用", "桥埠港村", "孙丽华"),
        A(None, "桥埠港村", "QBG-ZC-003", "公交站台", "基础设施", "", "2座", dec(63000),
          DC(d("2022-04-20"), "date"), "自用", "村口", "蔡志勇"),
        A(None, "桥埠港村", "QBG-ZC-004", "办公电脑", "办公设备", "", "3台", dec(13500),
          DC(d("2020-09-08"), "cn"), "闲置", "村委会办公室", "孙丽华"),
        A(None, "马吉村", "MJ-ZC-001", "综合楼", "房屋及建筑物", "框架3层", "1栋", dec(960000),
          DC(d("2014-05-01"), "ym_cn"), "部分出租", "马吉村村委会旁", "马丽", "一层店面出租"),
        A(None, "马吉村", "MJ-ZC-002", "污水管网", "基础设施", "", "3.2公里", dec(428000),
          DC(d("2021-07-31"), "date"), "自用", "马吉村", "潘文斌"),
        A(None, "马吉村", "MJ-ZC-003", "路灯（一事一议路灯亮化工程形成）", "基础设施", "LED 80W", "96盏", dec(112000),
          DC(d("2022-06-30"), "date"), "自用", "沿村道", "潘文斌"),
        A(None, "马吉村", "MJ-ZC-004", "办公电脑及打印机", "办公设备", "", "5台", dec(15800),
          DC(d("2022-06-20"), "cn"), "自用", "村委会办公室", "马丽"),
    ]


@dataclass
class Lease:
    tag: str | None
    village: str
    name: str
    rtype: str
    location: str
    area: str  # 亩
    lessee: str
    phone: str
    rent: int  # yuan per year
    start: date
    end: date
    method: str
    exchange: str
    note: str = ""

    @property
    def rent_per_mu(self) -> Decimal:
        return Decimal(self.rent) / dec(self.area)

    @property
    def years(self) -> Decimal:
        days = (self.end - self.start).days + 1
        return (Decimal(days) / Decimal("365.25")).quantize(Decimal("0.01"))


BUILDINGS = {"厂房", "店面", "房屋"}


def leases() -> list[Lease]:
    L = Lease
    return [
        L("R_SQ_FACTORY", "石桥村", "原石桥小学厂房", "厂房", "石桥村下街", "2.6", "安吉县恒达竹木制品厂",
          "0572-5138816", 78_000, d("2018-01-01"), d("2042-12-31"), "公开招标", "是"),
        L("R_SQ_5MU", "石桥村", "村委会后地块", "耕地", "石桥村村委会后", "5", "沈永林", "13867201238", 4_000,
          d("2021-01-01"), d("2030-12-31"), "协议", "否", "零星地块"),
        L(None, "石桥村", "石桥畈耕地", "耕地", "石桥畈", "62", "安吉县石桥粮油专业合作社", "0572-5139920", 52_700,
          d("2019-01-01"), d("2033-12-31"), "公开招标", "是"),
        L(None, "石桥村", "大塘山塘", "水面", "石桥村大塘", "18", "徐建林", "13967202215", 10_800,
          d("2020-01-01"), d("2029-12-31"), "公开协商", "否"),
        L("R_SQ_FOREST30", "石桥村", "西山林地", "林地", "石桥村西山", "85", "安吉县翠竹林业有限公司", "0572-5137761",
          5_950, d("2016-01-01"), d("2045-12-31"), "公开招标", "是"),
        L(None, "石桥村", "下街店面（2间）", "店面", "石桥村下街", "0.1", "汪小红", "13706821977", 24_000,
          d("2022-01-01"), d("2026-12-31"), "公开招标", "是"),
        L("R_LJ_35Y", "刘家塘村", "刘家塘畈耕地", "耕地", "刘家塘畈", "38", "安吉县禾丰家庭农场", "13819277045",
          30_400, d("2020-01-01"), d("2054-12-31"), "公开协商", "否"),
        L(None, "刘家塘村", "塘湾耕地", "耕地", "刘家塘村塘湾", "56", "安吉县刘家塘粮油专业合作社", "0572-5140032",
          43_680, d("2021-01-01"), d("2030-12-31"), "公开招标", "是"),
        L(None, "刘家塘村", "刘家塘水库", "水面", "刘家塘村北", "46", "浙江安吉鱼乐渔业有限公司", "0572-5140188",
          29_900, d("2019-01-01"), d("2033-12-31"), "公开招标", "是"),
        L(None, "刘家塘村", "老粮站厂房", "厂房", "刘家塘村", "3.4", "安吉县宏宇椅业有限公司", "0572-5140266",
          105_400, d("2020-01-01"), d("2029-12-31"), "公开招标", "是"),
        L(None, "刘家塘村", "北山林地", "林地", "刘家塘村北山", "40", "蒋金海", "13587290163", 2_400,
          d("2018-01-01"), d("2037-12-31"), "公开协商", "否"),
        L("R_WJ_120", "吴家道村", "后山林地", "林地", "吴家道村后山", "120", "安吉县竹乡林业专业合作社",
          "0572-5143309", 7_200, d("2019-01-01"), d("2038-12-31"), "协议", "否"),
        L(None, "吴家道村", "吴家畈耕地", "耕地", "吴家畈", "48", "吴根水", "13857288402", 37_440,
          d("2020-01-01"), d("2029-12-31"), "公开协商", "否"),
        L(None, "吴家道村", "下塘鱼塘", "水面", "吴家道村下塘", "22", "潘建华", "13757289930", 12_100,
          d("2021-01-01"), d("2030-12-31"), "公开协商", "否"),
        L(None, "吴家道村", "村口店面", "店面", "吴家道村村口", "0.15", "安吉县吴家道小超市", "13967281145", 36_000,
          d("2021-01-01"), d("2025-12-31"), "公开招标", "是"),
        L(None, "吴家道村", "吴家道厂房", "厂房", "吴家道村", "2.0", "安吉县顺发竹制品厂", "0572-5143566", 62_000,
          d("2019-01-01"), d("2028-12-31"), "公开招标", "是"),
        L(None, "桥埠港村", "港西畈耕地", "耕地", "港西畈", "70", "安吉县港西家庭农场", "13806825590", 57_400,
          d("2020-01-01"), d("2034-12-31"), "公开招标", "是"),
        L("R_QB_LOW", "桥埠港村", "港东畈耕地", "耕地", "港东畈", "45", "钱永康", "13867296618", 9_000,
          d("2021-01-01"), d("2030-12-31"), "公开协商", "否"),
        L(None, "桥埠港村", "东湾鱼塘", "水面", "桥埠港村东湾", "28", "沈大海", "13758297723", 16_800,
          d("2021-01-01"), d("2030-12-31"), "公开协商", "否"),
        L(None, "桥埠港村", "桥埠港店面", "店面", "桥埠港村街面", "0.12", "安吉县港口小吃店", "13606829014", 27_600,
          d("2022-01-01"), d("2027-12-31"), "公开招标", "是"),
        L(None, "桥埠港村", "桥埠港厂房", "厂房", "桥埠港村", "3.0", "安吉县立达包装材料厂", "0572-5146021", 87_000,
          d("2021-01-01"), d("2030-12-31"), "公开招标", "是"),
        L(None, "桥埠港村", "南山林地", "林地", "桥埠港村南山", "30", "杨木根", "13587296604", 1_950,
          d("2019-01-01"), d("2038-12-31"), "公开协商", "否"),
        L(None, "马吉村", "马吉畈耕地", "耕地", "马吉畈", "150", "安吉县马吉粮油专业合作社", "0572-5150011",
          127_500, d("2021-01-01"), d("2035-12-31"), "公开招标", "是"),
        L("R_MJ_SHOP20", "马吉村", "马吉村综合楼一层店面", "店面", "马吉村村委会旁", "0.15", "安吉县马吉百货商店",
          "0572-5150372", 36_000, d("2021-01-01"), d("2040-12-31"), "公开招标", "是"),
        L(None, "马吉村", "马吉水库", "水面", "马吉村西", "35", "陆建新", "13757292206", 21_000,
          d("2020-01-01"), d("2031-12-31"), "公开招标", "是"),
        L(None, "马吉村", "马吉竹林", "林地", "马吉村东山", "60", "安吉县马吉竹业专业合作社", "0572-5150590", 4_200,
          d("2020-01-01"), d("2039-12-31"), "拍卖", "是"),
        L(None, "马吉村", "马吉村厂房", "厂房", "马吉村工业点", "2.8", "安吉县永盛机械配件厂", "0572-5150827", 84_000,
          d("2022-01-01"), d("2031-12-31"), "公开招标", "是"),
    ]


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def _xlsx_styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    return {
        "title": Font(name="宋体", size=14, bold=True),
        "header_font": Font(name="宋体", size=11, bold=True),
        "header_fill": PatternFill("solid", fgColor="DDEBF7"),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def put(ws, row: int, col: int, value, styles=None, border: bool = True):
    """Write one cell, honouring DateCell forms and money Decimals."""
    from openpyxl.cell.cell import MergedCell

    cell = ws.cell(row=row, column=col)
    if isinstance(cell, MergedCell):
        assert value is None, (row, col, value)
    elif isinstance(value, DateCell):
        if value.form in DATE_NUMBER_FORMATS:
            cell.value = value.value
            cell.number_format = DATE_NUMBER_FORMATS[value.form]
        else:
            cell.value = date_text(value.value, value.form)
    elif isinstance(value, Decimal):
        cell.value = int(value) if value == value.to_integral_value() else float(value)
        cell.number_format = "#,##0.00"
    else:
        cell.value = value
    if border and styles:
        cell.border = styles["border"]
    return cell


def header_block(ws, top: int, columns: list[tuple[str | None, str]], styles) -> None:
    """A two-row header: (parent, child) per column; parent None means a single merged cell."""
    col = 1
    while col <= len(columns):
        parent, child = columns[col - 1]
        if parent is None:
            ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
            put(ws, top, col, child, styles)
            put(ws, top + 1, col, None, styles)
            col += 1
            continue
        span = 1
        while col + span <= len(columns) and columns[col + span - 1][0] == parent:
            span += 1
        ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + span - 1)
        put(ws, top, col, parent, styles)
        for i in range(span):
            if i:
                put(ws, top, col + i, None, styles)
            put(ws, top + 1, col + i, columns[col + i - 1][1], styles)
        col += span
    for r in (top, top + 1):
        for c in range(1, len(columns) + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = styles["header_font"]
            cell.fill = styles["header_fill"]
            cell.alignment = styles["center"]


def single_header(ws, row: int, names: list[str], styles) -> None:
    for i, name in enumerate(names, start=1):
        cell = put(ws, row, i, name, styles)
        cell.font = styles["header_font"]
        cell.fill = styles["header_fill"]
        cell.alignment = styles["center"]


def title_row(ws, row: int, text: str, ncols: int, styles) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    cell = ws.cell(row=row, column=1, value=text)
    cell.font = styles["title"]
    cell.alignment = styles["center"]
    ws.row_dimensions[row].height = 26


def set_widths(ws, widths: list[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def save_xlsx(wb, path: Path) -> None:
    """Save with fixed document properties and fixed zip timestamps (byte-identical output)."""
    wb.properties.creator = "青山镇农村集体三资管理服务中心"
    wb.properties.lastModifiedBy = "青山镇农村集体三资管理服务中心"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps 'modified' with the clock at save time; put the fixed one back.
                stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>",
                              data)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


# --- 1. projects -----------------------------------------------------------

PROJECT_HEADERS = {
    "石桥村": [(None, "项目编号"), (None, "项目名称"), (None, "项目类型"), (None, "施工单位"),
             ("金额", "预算金额"), ("金额", "合同金额"),
             ("时间", "决策日期"), ("时间", "开工日期"), ("时间", "竣工日期"),
             (None, "发包方式"), (None, "资金来源"), (None, "进展"), (None, "备注")],
    "刘家塘村": [(None, "项目编号"), (None, "项目名称"), (None, "项目类型"), (None, "施工单位"),
              ("金额（万元）", "预算金额"), ("金额（万元）", "合同金额"),
              ("时间", "决策日期"), ("时间", "开工日期"), ("时间", "竣工日期"),
              (None, "发包方式"), (None, "资金来源"), (None, "进展"), (None, "备注")],
    "吴家道村": [(None, "项目编号"), (None, "项目名称"), (None, "项目类型"), (None, "施工单位"),
              ("金额", "概算"), ("金额", "合同金额"),
              ("时间", "决策日期"), ("时间", "开工日期"), ("时间", "竣工日期"),
              (None, "发包方式"), (None, "资金来源"), (None, "进展"), (None, "备注")],
    "桥埠港村": [(None, "项目编号"), (None, "建设项目"), (None, "项目类别"), (None, "实施单位"),
              ("金额", "预算投资"), ("金额", "合同价"),
              ("时间", "决策时间"), ("时间", "开工日期"), ("时间", "竣工日期"),
              (None, "发包方式"), (None, "资金来源"), (None, "进展情况"), (None, "备注")],
    "马吉村": [(None, "编号"), (None, "工程名称"), (None, "类型"), (None, "承建单位"),
             ("投资额", "概算"), ("投资额", "中标价"),
             ("时间节点", "村民代表会议日期"), ("时间节点", "开工时间"), ("时间节点", "完工日期"),
             (None, "招标方式"), (None, "资金来源"), (None, "状态"), (None, "备注")],
}

# Written form of the (决策, 开工, 竣工) dates, cycled over a sheet's rows.
PROJECT_DATE_FORMS = [
    ("date", "date", "date"),
    ("cn", "cn", "cn"),
    ("date", "dot", "dot"),
    ("date_cn", "date_cn", "date"),
    ("dot", "dot", "cn"),
]


def write_projects(truth: Truth, projs: list[Project]) -> None:
    from openpyxl import Workbook

    styles = _xlsx_styles()
    wb = Workbook()
    wb.remove(wb.active)
    for village in VILLAGES:
        ws = wb.create_sheet(village)
        rows = [p for p in projs if p.village == village]
        quirks = [
            "标题行合并单元格，第2行为“单位：万元”",
            "第3-4行为两行表头（“金额”“时间”等父表头合并在子列上方）",
            "金额以万元计的数字",
            "日期混用：Excel日期、“2021年3月5日”文本、“2021.3.5”文本",
            "2021年项目后有一空行，末行为“合计”",
        ]
        if village == "马吉村":
            quirks.append("表头用词不同：工程名称/承建单位/村民代表会议日期/开工时间/完工日期/招标方式/中标价")
        if village == "桥埠港村":
            quirks.append("表头用词不同：建设项目/项目类别/实施单位/预算投资/合同价/决策时间/进展情况")
        truth.sheet(F_PROJ, village, "project", [village], quirks)
        ncols = 13
        title_row(ws, 1, f"{village}2021-2023年村级工程项目台账", ncols, styles)
        ws.cell(row=2, column=1, value="单位：万元")
        ws.cell(row=2, column=11, value="填报日期：2024年1月10日")
        header_block(ws, 3, PROJECT_HEADERS[village], styles)
        truth.header(F_PROJ, village, 3)
        truth.header(F_PROJ, village, 4)
        r = 5
        prev_year = None
        for i, p in enumerate(rows):
            year = p.started.year
            if prev_year == 2021 and year != 2021:
                truth.blank(F_PROJ, village, r)
                r += 1
            prev_year = year
            forms = PROJECT_DATE_FORMS[i % len(PROJECT_DATE_FORMS)]
            values = [
                p.code, p.name, p.ptype, p.contractor, dec(p.budget), dec(p.amount),
                DateCell(p.decided, forms[0]) if p.decided else None,
                DateCell(p.started, forms[1]), DateCell(p.finished, forms[2]),
                p.method, p.funding, p.status, p.note,
            ]
            for c, v in enumerate(values, start=1):
                cell = put(ws, r, c, v, styles)
                if c in (5, 6):
                    cell.number_format = "0.00##"
            truth.data(F_PROJ, village, r, p.name, p.tag)
            r += 1
        total_budget = sum(dec(p.budget) for p in rows)
        total_amount = sum(dec(p.amount) for p in rows)
        put(ws, r, 1, "合计", styles)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        for c in range(2, ncols + 1):
            put(ws, r, c, None, styles)
        put(ws, r, 5, total_budget, styles).number_format = "0.00##"
        put(ws, r, 6, total_amount, styles).number_format = "0.00##"
        truth.skipped(F_PROJ, village, r, "合计")
        set_widths(ws, [12, 40, 10, 28, 9, 9, 14, 14, 14, 11, 22, 8, 20])
        ws.freeze_panes = "C5"
    save_xlsx(wb, OUT / F_PROJ)


# --- 2. contracts ----------------------------------------------------------

CONTRACT_HEADERS = ["序号", "村名", "合同编号", "合同名称", "乙方（承包方）", "乙方联系电话", "合同金额（元）",
                    "签订日期", "合同起止", "合同类别", "采购方式", "关联项目", "备注"]


def write_contracts(truth: Truth, contracts: list[Contract], projs: dict[str, Project]) -> None:
    from openpyxl import Workbook

    styles = _xlsx_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "合同台账"
    sheet = ws.title
    truth.sheet(F_CONT, sheet, "contract", list(VILLAGES), [
        "标题行合并单元格，第2行为填报单位和“金额单位：元”",
        "“村名”列按村纵向合并单元格（只有每村第一行有值）",
        "每村末尾一行“小计”，表末一行“合计”",
        "合同金额多为数字，部分为文本“¥12,500.00”，一处为大写“玖万零伍佰元整”",
        "签订日期混用：Excel序列号（普通数字格式）、文本“2022/4/18”、Excel日期、“2023年3月18日”、“2022.10.15”",
        "合同起止为一个单元格内的区间，如“2021.3.1-2021.6.30”或“2022年1月1日至2022年12月31日”",
        "一份合同的采购方式为空",
    ])
    ncols = len(CONTRACT_HEADERS)
    title_row(ws, 1, "青山镇各村合同台账（2021—2023年）", ncols, styles)
    ws.cell(row=2, column=1, value="填报单位：青山镇农村集体“三资”管理服务中心")
    ws.cell(row=2, column=11, value="金额单位：元")
    single_header(ws, 3, CONTRACT_HEADERS, styles)
    truth.header(F_CONT, sheet, 3)
    r = 4
    seq = 0
    grand = 0
    for village in VILLAGES:
        block = [c for c in contracts if c.village == village]
        first = r
        for c in block:
            seq += 1
            if c.amount_form == "yen":
                amount = yuan_text(Decimal(c.amount))
            elif c.amount_form == "upper":
                amount = upper_amount(c.amount)
            else:
                amount = Decimal(c.amount)
            term = range_text(*c.term, style=c.term_style) if c.term else None
            project = projs[c.project].name if c.project else None
            values = [seq, village if r == first else None, c.code, c.title, c.counterparty, c.phone, amount,
                      DateCell(c.signed, c.signed_form), term, c.category, c.method, project, c.note]
            for col, v in enumerate(values, start=1):
                cell = put(ws, r, col, v, styles)
                if col == 8 and c.signed_form == "serial":
                    cell.number_format = "General"
            truth.data(F_CONT, sheet, r, c.title, c.tag)
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = styles["center"]
        subtotal = sum(c.amount for c in block)
        grand += subtotal
        for col in range(1, ncols + 1):
            put(ws, r, col, None, styles)
        put(ws, r, 2, "小计", styles)
        put(ws, r, 7, Decimal(subtotal), styles)
        truth.skipped(F_CONT, sheet, r, "小计")
        r += 1
    for col in range(1, ncols + 1):
        put(ws, r, col, None, styles)
    put(ws, r, 2, "合计", styles)
    put(ws, r, 7, Decimal(grand), styles)
    truth.skipped(F_CONT, sheet, r, "合计")
    set_widths(ws, [6, 10, 15, 36, 30, 15, 16, 14, 26, 8, 11, 40, 12])
    ws.freeze_panes = "D4"
    save_xlsx(wb, OUT / F_CONT)


# --- 3. 石桥村 xls --------------------------------------------------------------


def voucher_numbers(rows: list[Pay], word_in: str, word_out: str) -> list[str]:
    """Voucher numbers restart every month (per voucher word), as village books do."""
    out, counter = [], defaultdict(int)
    for p in rows:
        word = word_in if p.direction == "in" else word_out
        key = (p.when.month, word)
        counter[key] += 1
        out.append(f"{word}-{counter[key]}")
    return out


def month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def write_shiqiao_xls(truth: Truth, rows: list[Pay]) -> None:
    import xlwt

    sheet = "收支明细账"
    truth.sheet(F_SQ, sheet, "payment", ["石桥村"], [
        "真正的 BIFF .xls 文件（xlwt 写出，需 xlrd 读取）",
        "第1行标题合并单元格，第2行为核算单位和“单位：元”",
        "收入、支出分两列；“收款单位”列在收入行里其实是付款单位",
        "凭证号形如“记-15”，每月重新编号",
        "首行“上年结转”把结转余额写在收入列（不是收入）；每月末有“本月合计”“本年累计”两行，日期为月末",
        "附件数为数字",
    ])
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    title = xlwt.easyxf("font: name 宋体, bold on, height 280; align: horiz center, vert center")
    head = xlwt.easyxf("font: name 宋体, bold on; align: horiz center; borders: left thin, right thin, top thin, "
                       "bottom thin; pattern: pattern solid, fore_colour pale_blue")
    text = xlwt.easyxf("font: name 宋体; borders: left thin, right thin, top thin, bottom thin")
    money = xlwt.easyxf("font: name 宋体; borders: left thin, right thin, top thin, bottom thin",
                        num_format_str="#,##0.00")
    datef = xlwt.easyxf("font: name 宋体; borders: left thin, right thin, top thin, bottom thin",
                        num_format_str="yyyy-mm-dd")
    bold_money = xlwt.easyxf("font: name 宋体, bold on; borders: left thin, right thin, top thin, bottom thin",
                             num_format_str="#,##0.00")
    bold = xlwt.easyxf("font: name 宋体, bold on; borders: left thin, right thin, top thin, bottom thin")
    headers = ["日期", "凭证号", "摘要", "会计科目", "收入", "支出", "收款单位", "结算方式", "经手人", "附件数"]
    ws.write_merge(0, 0, 0, len(headers) - 1, "石桥村股份经济合作社2022年收支明细账", title)
    ws.write(1, 0, "核算单位：青山镇石桥村股份经济合作社")
    ws.write(1, 8, "单位：元")
    for c, h in enumerate(headers):
        ws.write(2, c, h, head)
    truth.header(F_SQ, sheet, 3)
    for c, w in enumerate([12, 8, 36, 14, 13, 13, 28, 9, 8, 7]):
        ws.col(c).width = w * 256
    r = 3  # 0-based; Excel row r + 1
    ws.write(r, 0, date(2022, 1, 1), datef)
    ws.write(r, 1, "", text)
    ws.write(r, 2, "上年结转", bold)
    ws.write(r, 3, "", text)
    ws.write(r, 4, 386520.35, bold_money)
    for c in range(5, 10):
        ws.write(r, c, "", text)
    truth.skipped(F_SQ, sheet, r + 1, "上年结转")
    r += 1
    vouchers = voucher_numbers(rows, "记", "记")
    year_in = year_out = Decimal(0)
    for month in range(1, 13):
        month_rows = [(p, v) for p, v in zip(rows, vouchers) if p.when.month == month]
        m_in = m_out = Decimal(0)
        for p, v in month_rows:
            ws.write(r, 0, p.when, datef)
            ws.write(r, 1, v, text)
            ws.write(r, 2, p.summary, text)
            ws.write(r, 3, p.account, text)
            if p.direction == "in":
                ws.write(r, 4, float(p.amount), money)
                ws.write(r, 5, "", text)
                m_in += p.amount
            else:
                ws.write(r, 4, "", text)
                ws.write(r, 5, float(p.amount), money)
                m_out += p.amount
            ws.write(r, 6, p.party, text)
            ws.write(r, 7, p.method, text)
            ws.write(r, 8, p.handler, text)
            ws.write(r, 9, p.attach, text)
            truth.data(F_SQ, sheet, r + 1, p.summary, p.tag)
            r += 1
        year_in += m_in
        year_out += m_out
        for label, a, b in (("本月合计", m_in, m_out), ("本年累计", year_in, year_out)):
            ws.write(r, 0, month_end(2022, month), datef)
            ws.write(r, 1, "", text)
            ws.write(r, 2, label, bold)
            ws.write(r, 3, "", text)
            ws.write(r, 4, float(a), bold_money)
            ws.write(r, 5, float(b), bold_money)
            for c in range(6, 10):
                ws.write(r, c, "", text)
            truth.skipped(F_SQ, sheet, r + 1, label)
            r += 1
    buf = io.BytesIO()
    wb.save(buf)
    (OUT / F_SQ).write_bytes(buf.getvalue())


# --- 4. 刘家塘村 csv ------------------------------------------------------------


def money_text(amount: Decimal, grouped: bool) -> str:
    return f"{amount:,.2f}" if grouped else f"{amount:.2f}"


def write_liujiatang_csv(truth: Truth, rows: list[Pay]) -> None:
    sheet = Path(F_LJ).stem
    truth.sheet(F_LJ, sheet, "payment", ["刘家塘村"], [
        "GBK 编码的 CSV，CRLF 换行",
        "文件名叫“现金日记账”，标题行实为“银行存款日记账”：以每行“结算方式”为准（全部为转账/网银/电汇）",
        "第1行标题、第2行开户行和账号，第3行才是表头",
        "日期拆成“年”“月”“日”三列；凭证字号形如“银付-3”“银收-1”",
        "借方金额=收入（钱进来），贷方金额=支出（钱出去）；余额列为滚动余额",
        "万元以上金额和余额带千分位逗号（CSV 中加引号）",
        "第4行“期初余额”；每月末“本月合计”，年末“本年累计”",
    ])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    line = 0

    def emit(values):
        nonlocal line
        w.writerow(values)
        line += 1
        return line

    emit(["刘家塘村2022年银行存款日记账", "", "", "", "", "", "", "", "", ""])
    emit(["开户银行：安吉农商银行青山支行", "", "", "", "账号：201000612345678", "", "", "", "", ""])
    truth.header(F_LJ, sheet, emit(["年", "月", "日", "凭证字号", "摘要", "对方户名", "借方金额", "贷方金额", "余额",
                                   "结算方式"]))
    balance = Decimal("635420.18")
    n = emit(["2022", "1", "1", "", "期初余额", "", "", "", money_text(balance, True), ""])
    truth.skipped(F_LJ, sheet, n, "期初余额")
    vouchers = voucher_numbers(rows, "银收", "银付")
    year_in = year_out = Decimal(0)
    for month in range(1, 13):
        month_rows = [(p, v) for p, v in zip(rows, vouchers) if p.when.month == month]
        m_in = m_out = Decimal(0)
        for p, v in month_rows:
            grouped = p.amount >= 10_000
            debit = money_text(p.amount, grouped) if p.direction == "in" else ""
            credit = money_text(p.amount, grouped) if p.direction == "out" else ""
            if p.direction == "in":
                balance += p.amount
                m_in += p.amount
            else:
                balance -= p.amount
                m_out += p.amount
            n = emit([str(p.when.year), str(p.when.month), str(p.when.day), v, p.summary, p.party, debit, credit,
                      money_text(balance, True), p.method])
            truth.data(F_LJ, sheet, n, p.summary, p.tag)
        year_in += m_in
        year_out += m_out
        end = month_end(2022, month)
        n = emit(["2022", str(month), str(end.day), "", "本月合计", "", money_text(m_in, True),
                  money_text(m_out, True), money_text(balance, True), ""])
        truth.skipped(F_LJ, sheet, n, "本月合计")
    n = emit(["2022", "12", "31", "", "本年累计", "", money_text(year_in, True), money_text(year_out, True),
              money_text(balance, True), ""])
    truth.skipped(F_LJ, sheet, n, "本年累计")
    (OUT / F_LJ).write_bytes(buf.getvalue().encode("gbk"))


# --- 5. 2023 收支台账 for three villages ----------------------------------------

PAY_LAYOUTS = {
    "吴家道村": {
        "headers": ["序号", "日期", "凭证号", "摘要", "收支方向", "金额", "往来单位", "支付方式", "经手人"],
        "unit_line": None,
        "words": ("记", "记"),
        "quirks": ["第1行标题，第2行即表头（无单位行）", "单一“金额”列，方向看“收支方向”（收入/支出）",
                   "日期为 Excel 日期", "有几笔 1000 元以下的现金支出"],
    },
    "马吉村": {
        "headers": ["序号", "日期", "凭证号", "摘要", "合同编号", "收支方向", "金额", "往来单位", "支付方式", "经手人"],
        "unit_line": "单位：元",
        "words": ("记", "记"),
        "quirks": ["第1行标题，第2行“单位：元”，第3行表头", "有“合同编号”列（部分行为空）",
                   "日期为文本“2023.5.6”形式", "同一施工单位以两种写法出现：浙江宏达建设有限公司 / 宏达建设（有限公司）"],
    },
    "桥埠港村": {
        "headers": ["序号", "日期", "凭证字号", "摘要", "收支方向", "金额（元）", "往来单位", "支付方式", "合同号",
                    "经手人", "备注"],
        "unit_line": "编制单位：桥埠港村股份经济合作社",
        "words": ("收", "付"),
        "quirks": ["第1行标题，第2行编制单位，第3行表头", "凭证字号为“收-1”“付-3”", "有“合同号”列",
                   "日期混用 Excel 日期和“2023年1月18日”文本", "部分金额为带千分位的文本“8,800.00”",
                   "同一施工单位写作“湖州宏达建设”"],
    },
}


def write_payments_2023(truth: Truth, by_village: dict[str, list[Pay]]) -> None:
    from openpyxl import Workbook

    styles = _xlsx_styles()
    wb = Workbook()
    wb.remove(wb.active)
    for village in ("吴家道村", "马吉村", "桥埠港村"):
        layout = PAY_LAYOUTS[village]
        ws = wb.create_sheet(village)
        truth.sheet(F_PAY, village, "payment", [village], layout["quirks"])
        headers = layout["headers"]
        title_row(ws, 1, f"{village}2023年收支台账", len(headers), styles)
        r = 2
        if layout["unit_line"]:
            ws.cell(row=r, column=1, value=layout["unit_line"])
            r += 1
        single_header(ws, r, headers, styles)
        truth.header(F_PAY, village, r)
        r += 1
        rows = by_village[village]
        vouchers = voucher_numbers(rows, *layout["words"])
        for i, (p, v) in enumerate(zip(rows, vouchers), start=1):
            if village == "马吉村":
                when = DateCell(p.when, "dot")
            elif village == "桥埠港村":
                when = DateCell(p.when, "cn" if i % 3 == 0 else "date")
            else:
                when = DateCell(p.when, "date")
            amount: Decimal | str = p.amount
            if village == "桥埠港村" and i % 4 == 2:
                amount = money_text(p.amount, True)
            direction = "收入" if p.direction == "in" else "支出"
            values = {
                "序号": i, "日期": when, "凭证号": v, "凭证字号": v, "摘要": p.summary, "收支方向": direction,
                "金额": amount, "金额（元）": amount, "往来单位": p.party, "支付方式": p.method,
                "经手人": p.handler, "合同编号": p.code or None, "合同号": p.code or None, "备注": None,
            }
            for c, h in enumerate(headers, start=1):
                put(ws, r, c, values[h], styles)
            truth.data(F_PAY, village, r, p.summary, p.tag)
            r += 1
        if village == "桥埠港村":
            voucher = voucher_numbers(rows + [MISTYPED_PAY], *layout["words"])[-1]
            write_mistyped_amount(ws, truth, r, headers, styles, len(rows) + 1, voucher)
        widths = {"序号": 6, "日期": 14, "凭证号": 8, "凭证字号": 9, "摘要": 36, "收支方向": 9, "金额": 13,
                  "金额（元）": 13, "往来单位": 28, "支付方式": 9, "经手人": 8, "合同编号": 15, "合同号": 15, "备注": 10}
        set_widths(ws, [widths[h] for h in headers])
    save_xlsx(wb, OUT / F_PAY)


MISTYPED_AMOUNT = "1,2OO.00"
"""A 支出 typed with the letter O for the digit 0: no reader can tell the amount, so the row is
rejected, and the import must keep it and show where it is."""

MISTYPED_PAY = pay("2023-12-29", "购买村委会办公用品", "out", "1200", "安吉县文华文具店", "转账", "孙丽华")


def write_mistyped_amount(ws, truth: Truth, r: int, headers: list[str], styles, serial: int, voucher: str) -> None:
    p = MISTYPED_PAY
    values = {
        "序号": serial, "日期": DateCell(p.when, "date"), "凭证号": voucher, "凭证字号": voucher,
        "摘要": p.summary, "收支方向": "支出", "金额": MISTYPED_AMOUNT, "金额（元）": MISTYPED_AMOUNT,
        "往来单位": p.party, "支付方式": p.method, "经手人": p.handler, "合同编号": None, "合同号": None,
        "备注": None,
    }
    for c, h in enumerate(headers, start=1):
        put(ws, r, c, values[h], styles)
    column = next(h for h in headers if h.startswith("金额"))
    truth.rejected(F_PAY, ws.title, r, column, MISTYPED_AMOUNT, "金额中把数字0误写成字母O")


# --- 6. assets -------------------------------------------------------------------


def write_assets(truth: Truth, items: list[Asset]) -> None:
    from openpyxl import Workbook

    styles = _xlsx_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "资产登记"
    sheet = ws.title
    truth.sheet(F_ASSET, sheet, "asset", list(VILLAGES), [
        "第1行标题，第2行截止日期，第3行表头", "“村(社区)”列区分各村",
        "原值多为数字，一处为文本“12.5万元”",
        "购置日期混用：Excel日期、“2020年4月16日”、“1998.9.1”，房屋类只写到月“2008年10月”",
        "表末一行“合计”", "保管人多为村报账员（不是交易对方）",
    ])
    headers = ["序号", "村(社区)", "资产编号", "资产名称", "类别", "规格型号", "数量", "原值（元）", "购置日期",
               "使用状况", "存放地点", "保管人", "备注"]
    title_row(ws, 1, "青山镇村级集体资产登记台账", len(headers), styles)
    ws.cell(row=2, column=1, value="截止日期：2023年12月31日")
    single_header(ws, 3, headers, styles)
    truth.header(F_ASSET, sheet, 3)
    r = 4
    total = Decimal(0)
    for i, a in enumerate(items, start=1):
        values = [i, a.village, a.code, a.name, a.category, a.spec or None, a.qty, a.value, a.acquired, a.status,
                  a.location, a.custodian, a.note or None]
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v, styles)
        total += a.value if isinstance(a.value, Decimal) else Decimal(125000)
        truth.data(F_ASSET, sheet, r, a.name, a.tag)
        r += 1
    for c in range(1, len(headers) + 1):
        put(ws, r, c, None, styles)
    put(ws, r, 1, "合计", styles)
    put(ws, r, 8, total, styles)
    truth.skipped(F_ASSET, sheet, r, "合计")
    set_widths(ws, [6, 10, 12, 28, 13, 14, 8, 14, 14, 9, 16, 8, 20])
    save_xlsx(wb, OUT / F_ASSET)


# --- 7. resources ------------------------------------------------------------------


def write_resources(truth: Truth, items: list[Lease]) -> None:
    from openpyxl import Workbook

    styles = _xlsx_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "资源发包台账"
    sheet = ws.title
    truth.sheet(F_RES, sheet, "resource", list(VILLAGES), [
        "第1行标题，第2行“单位：亩、元”，第3行表头", "一张表含五个村，“村名”列区分",
        "承包起止为一个单元格内的区间“2015.1.1-2045.12.31”",
        "厂房、店面的面积也以亩计（占地）", "有“联系电话”“是否进场交易”列",
    ])
    headers = ["序号", "村名", "地块名称", "资源类型", "坐落", "面积（亩）", "承包方", "联系电话",
               "年租金（元）", "承包起止", "发包方式", "是否进场交易", "备注"]
    title_row(ws, 1, "青山镇村级集体资源发包（租赁）台账", len(headers), styles)
    ws.cell(row=2, column=1, value="单位：亩、元")
    single_header(ws, 3, headers, styles)
    truth.header(F_RES, sheet, 3)
    r = 4
    for i, x in enumerate(items, start=1):
        values = [i, x.village, x.name, x.rtype, x.location, dec(x.area), x.lessee, x.phone, Decimal(x.rent),
                  range_text(x.start, x.end), x.method, x.exchange, x.note or None]
        for c, v in enumerate(values, start=1):
            cell = put(ws, r, c, v, styles)
            if c == 6:
                cell.number_format = "0.00"
        truth.data(F_RES, sheet, r, x.name, x.tag)
        r += 1
    set_widths(ws, [6, 10, 22, 9, 16, 10, 28, 15, 13, 24, 10, 12, 10])
    save_xlsx(wb, OUT / F_RES)


# --- 8. cadres -----------------------------------------------------------------------


def write_cadres(truth: Truth, people: list[Cadre]) -> None:
    from openpyxl import Workbook

    styles = _xlsx_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = "村干部名单"
    sheet = ws.title
    truth.sheet(F_CAD, sheet, "cadre", list(VILLAGES), [
        "第1行标题，第2行备案时间，第3行表头",
        "近亲属为自由文本，写法不一：“妻 李秀英；弟 王建国”“配偶：孙美华，兄：刘志勇”“妻潘玉英”",
        "联系电话为文本",
    ])
    headers = ["序号", "村名", "姓名", "职务", "性别", "联系电话", "近亲属", "备注"]
    title_row(ws, 1, "青山镇村干部及近亲属情况登记表", len(headers), styles)
    ws.cell(row=2, column=1, value="备案时间：2023年12月")
    single_header(ws, 3, headers, styles)
    truth.header(F_CAD, sheet, 3)
    r = 4
    for i, k in enumerate(people, start=1):
        values = [i, k.village, k.name, k.position, k.sex, k.phone, k.relatives or None, k.note or None]
        for c, v in enumerate(values, start=1):
            cell = put(ws, r, c, v, styles)
            if c == 6:
                cell.number_format = "@"
        truth.data(F_CAD, sheet, r, k.name, k.tag)
        r += 1
    set_widths(ws, [6, 10, 10, 24, 6, 14, 34, 10])
    save_xlsx(wb, OUT / F_CAD)


# --- 9. 石桥村 2023 银行存款日记账 (no payee column) ----------------------------------


def write_shiqiao_bank_xlsx(truth: Truth, rows: list[Pay], opening: Decimal) -> None:
    from openpyxl import Workbook

    sheet = "银行存款日记账"
    truth.sheet(F_SQB, sheet, "payment", ["石桥村"], [
        "没有收款人（对方单位）一栏：收款人只写在摘要里，如“付周志强村部围墙修缮工钱”",
        "第1行标题合并单元格，第2行为核算单位、开户行和账号、“单位：元”，第3行表头：日期、凭证号、摘要、借方、贷方、余额",
        "借方=收入（钱进来），贷方=支出（钱出去）；余额列为滚动余额；没有结算方式一栏（全部为银行转账）",
        "日期为 Excel 日期，显示为“1月10日”（年份只在标题里）；凭证号形如“银付-3”“银收-1”，每月重新编号",
        "第4行“上年结转”；每月末“本月合计”，6月末一行“过次页”、下一行“承前页”（换页），年末“本年累计”",
    ])
    styles = _xlsx_styles()
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    headers = ["日期", "凭证号", "摘要", "借方", "贷方", "余额"]
    title_row(ws, 1, "石桥村股份经济合作社2023年银行存款日记账", len(headers), styles)
    ws.cell(row=2, column=1, value="核算单位：青山镇石桥村股份经济合作社")
    ws.cell(row=2, column=3, value="开户银行：安吉农商银行青山支行  账号：201000698765432")
    ws.cell(row=2, column=6, value="单位：元")
    single_header(ws, 3, headers, styles)
    truth.header(F_SQB, sheet, 3)
    day_format = 'm"月"d"日"'

    def line(r: int, when: date | None, voucher: str, summary: str, debit, credit, balance_, bold=False) -> None:
        for c, value in enumerate([when, voucher, summary, debit, credit, balance_], start=1):
            cell = put(ws, r, c, value, styles)
            if c == 1 and when is not None:
                cell.number_format = day_format
            if bold:
                cell.font = styles["header_font"]

    r = 4
    balance = opening
    line(r, date(2023, 1, 1), "", "上年结转", None, None, balance, bold=True)
    truth.skipped(F_SQB, sheet, r, "上年结转")
    r += 1
    vouchers = voucher_numbers(rows, "银收", "银付")
    year_in = year_out = Decimal(0)
    for month in range(1, 13):
        m_in = m_out = Decimal(0)
        for p, v in zip(rows, vouchers):
            if p.when.month != month:
                continue
            if p.direction == "in":
                balance += p.amount
                m_in += p.amount
            else:
                balance -= p.amount
                m_out += p.amount
            line(r, p.when, v, p.summary, p.amount if p.direction == "in" else None,
                 p.amount if p.direction == "out" else None, balance)
            truth.data(F_SQB, sheet, r, p.summary, p.tag)
            r += 1
        year_in += m_in
        year_out += m_out
        line(r, month_end(2023, month), "", "本月合计", m_in, m_out, balance, bold=True)
        truth.skipped(F_SQB, sheet, r, "本月合计")
        r += 1
        if month == 6:
            # The page ends: carried totals to the next page, and brought forward at its top.
            for label in ("过次页", "承前页"):
                line(r, month_end(2023, month) if label == "过次页" else None, "", label, year_in, year_out, balance,
                     bold=True)
                truth.skipped(F_SQB, sheet, r, label)
                r += 1
    line(r, date(2023, 12, 31), "", "本年累计", year_in, year_out, balance, bold=True)
    truth.skipped(F_SQB, sheet, r, "本年累计")
    set_widths(ws, [11, 9, 52, 13, 13, 14])
    save_xlsx(wb, OUT / F_SQB)


# ---------------------------------------------------------------------------
# Invariants: the clean data must not trip a rule
# ---------------------------------------------------------------------------

_PREFIXES = ("浙江省", "浙江", "湖州市", "湖州", "安吉县", "安吉")
_SUFFIXES = ("有限责任公司", "有限公司", "公司")


def norm_name(name: str) -> str:
    """Counterparty identity as a rule would see it (brackets, legal form, leading place names)."""
    text = re.sub(r"[（）()\s]", "", name)
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    for prefix in _PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            text = text[len(prefix):]
            break
    return text


def check_invariants(projs: list[Project], contracts: list[Contract], ledgers: dict[str, list[Pay]],
                     people: list[Cadre], lease_items: list[Lease], asset_items: list[Asset],
                     planted_tags: set[str]) -> list[str]:
    """Return a list of problems; empty when the data set is as intended."""
    problems: list[str] = []
    by_tag_p = {p.tag: p for p in projs}
    by_tag_c = {c.tag: c for c in contracts}
    pays = [p for rows in ledgers.values() for p in rows]

    def expect(cond: bool, msg: str) -> None:
        if not cond:
            problems.append(msg)

    # threshold_hugging: amounts in [90%, 100%) of a tier only on planted rows (and their payments).
    hug_ok = {"P_MJ5", "P_MJ6", "P_LJ9", "P_WJ7", "P_WJ1", "C_MJ5", "C_LJ9", "C_WJ7", "C_WJ1",
              "X_MJ_SPLIT1", "X_MJ_SPLIT2"}

    def hugs(amount) -> bool:
        a = Decimal(amount)
        return any(HUG_RATIO * t <= a < t for t in TIERS)

    for p in projs:
        for val in (p.budget_yuan, p.amount_yuan):
            expect(not hugs(val) or p.tag in hug_ok, f"{p.tag} hugs a tier: {val}")
    for c in contracts:
        expect(not hugs(c.amount) or c.tag in hug_ok, f"{c.tag} hugs a tier: {c.amount}")
    for p in pays:
        expect(not hugs(p.amount) or p.tag in hug_ok, f"payment {p.summary} hugs a tier: {p.amount}")
    for x in lease_items:
        expect(not hugs(x.rent), f"lease {x.name} rent hugs a tier")
    for a in asset_items:
        value = a.value if isinstance(a.value, Decimal) else Decimal(125000)
        expect(not hugs(value), f"asset {a.name} value hugs a tier")

    # method_below_required
    for p in projs:
        big = max(p.amount_yuan, p.budget_yuan) >= COMPETITION_THRESHOLD
        expect(not big or p.method not in NONCOMPETITIVE or p.tag == "P_SQ3", f"{p.tag} method below required")
    for c in contracts:
        expect(c.amount < COMPETITION_THRESHOLD or c.method not in NONCOMPETITIVE or c.tag in {"C_SQ3", "C_LJ_OFFICE"},
               f"{c.tag} method below required")

    # repeat_vendor: whole period and per year, projects and contracts separately.
    def repeat(items, village_of, vendor_of, year_of, label):
        groups = defaultdict(list)
        for it in items:
            groups[village_of(it)].append(it)
        flagged = set()
        for village, its in groups.items():
            for scope in [None] + sorted({year_of(i) for i in its}):
                scoped = [i for i in its if scope is None or year_of(i) == scope]
                counts = defaultdict(int)
                for i in scoped:
                    counts[norm_name(vendor_of(i))] += 1
                for vendor, n in counts.items():
                    if n >= REPEAT_MIN and Decimal(n) / len(scoped) >= REPEAT_SHARE:
                        flagged.add((village, vendor))
        expect(flagged <= {("刘家塘村", "青松园林绿化工程")}, f"repeat_vendor {label}: {flagged}")

    repeat(projs, lambda p: p.village, lambda p: p.contractor, lambda p: p.started.year, "projects")
    repeat(contracts, lambda c: c.village, lambda c: c.counterparty, lambda c: c.signed.year, "contracts")

    # split_contract: per village and vendor, distinct works each < threshold, within the window, sum >= threshold.
    works = []
    for p in projs:
        works.append((p.village, norm_name(p.contractor), p.amount_yuan, p.started, p.tag))
    for c in contracts:
        if not c.project:
            works.append((c.village, norm_name(c.counterparty), c.amount, c.signed, c.tag))
    split_pairs = set()
    for i, a in enumerate(works):
        for b in works[i + 1:]:
            if a[0] == b[0] and a[1] == b[1] and a[2] < COMPETITION_THRESHOLD and b[2] < COMPETITION_THRESHOLD:
                if abs((a[3] - b[3]).days) <= SPLIT_WINDOW_DAYS and a[2] + b[2] >= COMPETITION_THRESHOLD:
                    split_pairs.add(frozenset((a[4], b[4])))
    expect(split_pairs == {frozenset(("P_MJ5", "P_MJ6"))}, f"split pairs: {split_pairs}")

    # date_order
    for p in projs:
        if p.decided:
            expect(p.decided <= p.started or p.tag == "P_LJ6", f"{p.tag} started before decision")
        expect(p.started <= p.finished, f"{p.tag} finished before start")
    for c in contracts:
        if c.term:
            expect(c.signed <= c.term[0] or c.tag == "C_WJ5", f"{c.tag} signed after its start")
        if c.project:
            proj = by_tag_p[c.project]
            expect(c.signed <= proj.started or c.tag == "C_WJ5", f"{c.tag} signed after project start")
            if proj.decided:
                expect(c.signed >= proj.decided or c.tag == "C_LJ6", f"{c.tag} signed before the decision")
    contract_of = {c.project: c for c in contracts if c.project}
    for p in pays:
        if p.link:
            c = by_tag_c.get(p.link) or contract_of.get(p.link)
            if c:
                expect(p.when >= c.signed or p.tag == "X_QB_PREPAY", f"payment {p.summary} before signing")

    # payee_mismatch and overpayment
    paid = defaultdict(Decimal)
    for p in pays:
        if not p.link:
            continue
        target = by_tag_p.get(p.link) or by_tag_c.get(p.link)
        party = target.contractor if isinstance(target, Project) else target.counterparty
        expect(norm_name(p.party) == norm_name(party) or p.tag == "X_MJ_HU",
               f"payee mismatch {p.summary}: {p.party} vs {party}")
        paid[p.link] += p.amount
    for link, total in paid.items():
        target = by_tag_p.get(link) or by_tag_c.get(link)
        amount = Decimal(target.amount_yuan if isinstance(target, Project) else target.amount)
        ratio = total / amount
        if link == "P_SQ4":
            expect(ratio == Decimal("1.25"), f"P_SQ4 paid ratio {ratio}")
        elif link == "P_SQ8":
            expect(total == 400_000 and amount == 342_000, f"P_SQ8 paid {total} of {amount}")
        elif link == "P_LJ8":
            expect(ratio == Decimal("1.05"), f"P_LJ8 paid ratio {ratio}")
        else:
            expect(ratio <= 1, f"{link} overpaid: {ratio}")

    # duplicate_payment: same payee and amount within the window, per ledger.
    for village, rows in ledgers.items():
        outs = [p for p in rows if p.direction == "out"]
        for i, a in enumerate(outs):
            for b in outs[i + 1:]:
                if norm_name(a.party) == norm_name(b.party) and a.amount == b.amount \
                        and abs((a.when - b.when).days) <= DUP_WINDOW_DAYS:
                    ok = {a.tag, b.tag} in ({"X_SQ_DUP1", "X_SQ_DUP2"}, {"X_SQB_DUP1", "X_SQB_DUP2"}) or \
                        (a.party == "沈桂芳" and b.party == "沈桂芳")
                    expect(ok, f"unintended duplicate {a.summary} / {b.summary}")

    # large_cash and white_slip
    for p in pays:
        if p.direction == "out" and p.method == "现金":
            expect(p.amount <= CASH_LIMIT or p.tag == "X_SQ_CASH", f"cash {p.summary} {p.amount}")
        expect(not WHITE_SLIP_RE.search(p.summary) or p.tag in {"X_SQ_WHITE", "X_QB_WHITE"},
               f"white slip keyword: {p.summary}")

    # related_party: counterparties vs same-village cadres and their relatives, and phones.
    names = defaultdict(set)
    phones = defaultdict(set)
    for k in people:
        names[k.village].add(k.name)
        names[k.village].update(k.relative_names())
        phones[k.village].add(k.phone)
    hits = set()
    for p in projs:
        if p.contractor in names[p.village]:
            hits.add(p.tag)
    for c in contracts:
        if c.counterparty in names[c.village] or c.phone in phones[c.village]:
            hits.add(c.tag)
    own_names = {(k.village, k.name) for k in people}
    for ledger, rows in ledgers.items():
        village = LEDGER_VILLAGES.get(ledger, ledger)
        for p in rows:
            if (village, p.party) in own_names and re.search(r"工资|误工|补贴|报销", p.summary):
                continue  # a cadre's own allowance: not a related-party deal
            if p.party in names[village]:
                hits.add(p.tag)
    for x in lease_items:
        if x.lessee in names[x.village] or x.phone in phones[x.village]:
            hits.add(x.tag or x.name)
    expect(hits == {"P_SQ6", "P_WJ6", "C_LJ_JC", "X_SQ_WJG", "X_WJ_FWG", "X_SQB_ZZQ"}, f"related hits: {hits}")
    all_phones = [k.phone for k in people]
    expect(len(all_phones) == len(set(all_phones)), "cadre phones not unique")

    # resource_lease
    medians = {}
    for rtype in {x.rtype for x in lease_items}:
        medians[rtype] = statistics.median([x.rent_per_mu for x in lease_items if x.rtype == rtype])
    lease_hits = set()
    for x in lease_items:
        limit = LEASE_MAX_BUILDING if x.rtype in BUILDINGS else LEASE_MAX_LAND
        if x.years > limit:
            lease_hits.add(x.tag or x.name)
        if dec(x.area) >= LARGE_AREA_MU and x.method in PRIVATE_LEASE:
            lease_hits.add(x.tag or x.name)
        if x.rent_per_mu < RENT_MEDIAN_RATIO * medians[x.rtype]:
            lease_hits.add(x.tag or x.name)
    expect(lease_hits == {"R_SQ_FACTORY", "R_LJ_35Y", "R_WJ_120", "R_QB_LOW"}, f"lease hits: {lease_hits}")

    # the planted tags all exist
    known = set(by_tag_p) | set(by_tag_c) | {p.tag for p in pays if p.tag} | {k.tag for k in people} \
        | {x.tag for x in lease_items if x.tag}
    expect(upper_amount(90500) == "玖万零伍佰元整", "upper amount")
    known |= {a.tag for a in asset_items if a.tag}
    missing = planted_tags - known
    expect(not missing, f"unknown tags: {missing}")
    return problems


# ---------------------------------------------------------------------------
# Planted problems and look-alikes
# ---------------------------------------------------------------------------

# (rule, village, evidence tags, context tags, note)
PLANTED = [
    ("split_contract", "马吉村", ["P_MJ5", "P_MJ6"], ["C_MJ5", "X_MJ_SPLIT1", "X_MJ_SPLIT2"],
     "安吉马吉村式“一拆为二”：同一施工单位（浙江宏达建设有限公司 / 宏达建设（有限公司））在上庄自然村的两段道路硬化，"
     "9.05万 + 9.34万 = 18.39万 ≥ 10万，开工相隔27天，均直接发包；第二项无村民代表会议日期。"),
    ("threshold_hugging", "马吉村", ["P_MJ5"], ["C_MJ5", "X_MJ_SPLIT1"],
     "9.05万（合同为大写“玖万零伍佰元整”），落在10万元档的[90%,100%)。"),
    ("threshold_hugging", "马吉村", ["P_MJ6"], ["X_MJ_SPLIT2"], "9.34万，落在10万元档的[90%,100%)。"),
    ("threshold_hugging", "刘家塘村", ["P_LJ9"], ["C_LJ9"], "山塘清淤合同金额9.8万（98,000元），预算9.9万，均贴近10万元。"),
    ("threshold_hugging", "吴家道村", ["C_WJ7"], ["P_WJ7"], "垃圾分类亭采购安装合同99,500元，贴近10万元。"),
    ("threshold_hugging", "吴家道村", ["P_WJ1"], ["C_WJ1"], "河道护岸工程19.5万（195,000元），贴近20万元档。"),
    ("method_below_required", "石桥村", ["P_SQ3"], ["C_SQ3"], "山塘清淤工程15.6万（预算16万）≥10万，发包方式为“直接发包”。"),
    ("method_below_required", "刘家塘村", ["C_LJ_OFFICE"], [],
     "村委会办公楼维修合同128,000元≥10万，采购方式空白（无对应项目行）。"),
    ("repeat_vendor", "刘家塘村", ["P_LJ1", "P_LJ7", "P_LJX", "P_LJY", "P_LJ10"],
     ["C_LJ1", "C_LJ7", "C_LJX", "C_LJY", "C_LJ10"],
     "安吉县青松园林绿化工程有限公司承接刘家塘村12个项目中的5个（42%）；2022年6个项目中占3个（50%）。"
     "合同台账中13份合同占5份，其中一份乙方写作“青松园林绿化工程有限公司”。"),
    ("related_party", "石桥村", ["P_SQ6"], ["K_SQ_WJM", "X_SQ_WJG"],
     "机耕路修复（3.8万）施工方王建国，是石桥村党总支书记王建明登记的近亲属（弟）；2022年9月收款38,000元。"),
    ("related_party", "吴家道村", ["P_WJ6"], ["K_WJ_FWG", "X_WJ_FWG"],
     "村口停车场平整工程（6.2万）施工方方卫国本人即吴家道村委员；2023年5月收款62,000元。"),
    ("related_party", "刘家塘村", ["C_LJ_JC"], ["K_LJ_LZG", "X_LJ_JC"],
     "零星建材采购合同乙方安吉县锦程建材经营部的联系电话13905721234，与刘家塘村书记、主任刘志刚的电话相同。"),
    ("date_order", "刘家塘村", ["P_LJ6"], ["C_LJ6"],
     "路灯亮化工程开工日期2022-06-08早于决策日期2022-06-20（先干后议）；合同2022-06-05签订，也早于决策。"),
    ("date_order", "吴家道村", ["C_WJ5"], ["P_WJ5"],
     "文化礼堂改造工程合同2022-09-15签订，合同起止自2022-08-20起，项目同日开工（先干后签）。"),
    ("date_order", "桥埠港村", ["X_QB_PREPAY"], ["C_QB6", "P_QB6"],
     "2023-04-28预付污水管网改造工程款70,000元，合同QBGHT-2023-01于2023-05-20才签订（先付后签）。"),
    ("overpayment", "石桥村", ["X_SQ_OP1", "X_SQ_OP2", "X_SQ_OP3"], ["C_SQ4", "P_SQ4"],
     "桥头至新村道路硬化工程合同160,000元，2022年三次付款50,000+80,000+70,000=200,000元，为合同的125%。"),
    ("duplicate_payment", "石桥村", ["X_SQ_DUP1", "X_SQ_DUP2"], [],
     "同一收款单位湖州明亮电器经营部、同一摘要“支付村部电路检修费”、同为3,860元，两张凭证相隔6天（5月10日、16日）。"),
    ("large_cash", "石桥村", ["X_SQ_CASH"], [], "现金支付小公园护栏石材款8,600元，超过1000元结算起点。"),
    ("white_slip", "石桥村", ["X_SQ_WHITE"], [], "摘要“白条报销村委会招待餐费”，860元现金。"),
    ("white_slip", "桥埠港村", ["X_QB_WHITE"], [], "摘要“无票补付挖机台班费”，4,500元。"),
    ("resource_lease", "石桥村", ["R_SQ_FACTORY"], [], "原石桥小学厂房出租2018.1.1-2042.12.31，共25年，超过房屋租赁20年上限。"),
    ("resource_lease", "刘家塘村", ["R_LJ_35Y"], [], "刘家塘畈耕地38亩发包2020.1.1-2054.12.31，共35年，超过土地30年上限。"),
    ("resource_lease", "吴家道村", ["R_WJ_120"], [], "后山林地120亩以“协议”方式发包（≥50亩未公开竞价）。"),
    ("resource_lease", "桥埠港村", ["R_QB_LOW"], [],
     "港东畈耕地45亩年租金9,000元，即200元/亩，不到全镇耕地中位数800元/亩的50%。"),
    ("payee_mismatch", "马吉村", ["X_MJ_HU"], ["C_MJ7", "P_MJ7"],
     "摘要“支付马吉村文化礼堂改造提升工程进度款”80,000元、合同号MJHT-2023-02，收款人却是个人胡建华，"
     "合同乙方为安吉县恒信建筑工程有限公司。"),
    # 石桥村2023年银行存款日记账 has no payee column: these are found only through the 摘要.
    ("related_party", "石桥村", ["X_SQB_ZZQ"], ["K_SQ_CLP"],
     "银行存款日记账没有收款人一栏，摘要“付周志强村部围墙修缮工钱”（4,800元）中的周志强（导入时读作收款人，导入说明列出），"
     "与石桥村委员（报账员）陈丽萍登记的丈夫同名。"),
    ("duplicate_payment", "石桥村", ["X_SQB_DUP1", "X_SQB_DUP2"], [],
     "银行存款日记账没有收款人一栏，两笔摘要同为“支付湖州明亮电器经营部村部空调维修费”、同为2,650元，"
     "两张凭证相隔4天（2023年5月8日、12日）。"),
    ("overpayment", "石桥村", ["X_SQB_OP1", "X_SQB_OP2", "X_SQB_OP3"], ["C_SQ8", "P_SQ8"],
     "石桥村河道护岸工程合同342,000元（浙江天顺水利建设有限公司），银行存款日记账中摘要写明该单位的三笔付款"
     "120,000+150,000+130,000=400,000元，为合同的117%（收款人栏空白，摘要中提到）。"),
]

LOOKALIKES = [
    ("split_contract", ["P_QB1", "P_QB3", "C_QB1", "C_QB3"],
     "同一单位（湖州市安通市政工程有限公司）在桥埠港村两项无关小工程5.6万+6.3万，开工相隔338天，超过180天窗口。"),
    ("split_contract", ["P_LJ3", "P_LJ4"], "钱金福两项小工程3.2万+4.1万=7.3万，合计不足10万。"),
    ("split_contract", ["P_SQ5", "C_SQ5", "X_SQ_ALIAS"],
     "石桥村文化礼堂改造的项目行与它自己的合同行（同名、同为6.8万/68,000元）及其付款，是同一件事，不是两块。"),
    ("split_contract", ["P_LJ7", "P_LJX", "P_LJY", "C_LJ7", "C_LJX", "C_LJY"],
     "青松园林2022年在刘家塘村的三个项目中两项各自≥10万（竞争性比选/公开招标），只有行道树补植6.8万<10万，不构成拆分。"),
    ("split_contract", ["X_QB_RJ1", "X_QB_RJ2"], "同一合同（QBGHT-2023-02，10万元）的两期付款60,000+40,000，是分期付款不是拆分。"),
    ("threshold_hugging", ["P_QB7", "C_QB7"], "桥埠港村村道修补工程正好100,000元（已达档位，不是“贴线”），竞争性比选。"),
    ("threshold_hugging", ["P_LJ6", "C_LJ6"], "刘家塘村路灯亮化工程85,000元，低于10万元的90%。"),
    ("method_below_required", ["P_WJ8", "C_WJ8"], "吴家道村文化长廊建设11.6万≥10万，但为公开招标。"),
    ("method_below_required", ["P_MJ2", "C_MJ2"], "马吉村村道拓宽工程24.6万，竞争性比选。"),
    ("repeat_vendor", ["P_SQ1", "P_SQ9"], "湖州明亮电器经营部在石桥村10个项目中只承接2个（20%），不足3项。"),
    ("related_party", ["X_QB_ZW"], "桥埠港村付款给“张伟”；同名的张伟是刘家塘村委员，不是本村干部。"),
    ("related_party", ["X_QB_WQH"], "桥埠港村付款给“王强华”；本村主任叫王强，名字只是包含关系，不是同一人。"),
    ("related_party", ["X_SQ_ELEC1", "X_SQ_OFFICE", "A_SQ1", "A_SQ2", "A_SQ5"],
     "石桥村报账员陈丽萍只作为经手人（明细账）或保管人（资产台账）出现，不是交易对方。"),
    ("date_order", ["P_SQ10", "C_SQ10"], "石桥村村民广场健身设施：决策、开工、签约同为2023-10-12，同日不算倒置。"),
    ("overpayment", ["X_LJ_OLD1", "X_LJ_OLD2", "C_LJ8"],
     "刘家塘村老年活动中心改造工程合同120,000元，付款60,000+66,000=126,000元，为105%，在10%容差内。"),
    ("duplicate_payment", [f"X_SQ_CLEAN{m:02d}" for m in range(1, 13)],
     "石桥村每月25日向保洁员沈桂芳支付2,400元（有保洁劳务合同SQHT-2022-03），是按月工资，不是重复支付。"),
    ("large_cash", ["X_SQ_CASH600"], "现金600元购买桶装饮用水，未超过1000元。"),
    ("large_cash", ["X_SQ_T8600"], "会议室音响设备款8,600元，转账支付，不是现金。"),
    ("white_slip", ["X_SQ_SEAL"], "“刻制发票专用章及财务专用章”含“发票”二字，但不是白条或无票报销。"),
    ("resource_lease", ["R_MJ_SHOP20"], "马吉村综合楼一层店面租期2021.1.1-2040.12.31，正好20年，不超限。"),
    ("resource_lease", ["R_SQ_5MU"], "石桥村村委会后地块5亩以协议发包，面积小于50亩，租金800元/亩与中位数相同。"),
    ("resource_lease", ["R_SQ_FOREST30"], "石桥村西山林地85亩，公开招标，租期2016.1.1-2045.12.31正好30年，不超限。"),
    ("payee_mismatch", ["X_SQ_ALIAS"], "石桥村文化礼堂改造款付给“宏达建设有限责任公司”，是合同乙方浙江宏达建设有限公司的另一种写法。"),
    ("payee_mismatch", ["X_QB_ALIAS"], "桥埠港村道路硬化工程质保金付给“湖州宏达建设”，是合同乙方浙江宏达建设有限公司的另一种写法。"),
    ("related_party", ["X_SQB_ZWD"],
     "摘要“补发朱卫东2022年12月值班误工补贴”提到石桥村委员朱卫东本人，但误工补贴本来就付给村干部本人（排除词）。"),
    ("related_party", ["X_SQB_WLM"],
     "摘要“付村民王磊明宅基地复垦补偿款”：王建明登记的儿子叫王磊，“王磊”只是更长的名字王磊明的一部分。"),
    ("duplicate_payment", ["X_SQB_TWO"],
     "5月18日同为2,650元，但摘要同时提到湖州明亮电器经营部和安吉县声达电子经营部两个单位，不能归到其中一个。"),
    ("overpayment", ["X_SQB_KT1", "X_SQB_KT2", "C_SQ10"],
     "摘要写明安吉县康体体育器材有限公司的两笔健身设施款30,000+26,000=56,000元，正好等于它的合同金额，不超付。"),
]


# ---------------------------------------------------------------------------
# Expected JSON and README
# ---------------------------------------------------------------------------


def build_expected(truth: Truth) -> dict:
    files: dict[str, dict] = {}
    for (file, sheet), st in truth.sheets.items():
        files.setdefault(file, {})[sheet] = {
            "kind": st.kind,
            "villages": st.villages,
            "data_rows": len(st.data_rows),
            "skipped_rows": st.skipped_rows,
            "header_rows": st.header_rows,
            "blank_rows": st.blank_rows,
            "rejected_rows": st.rejected_rows,
            "first_data_row": min(st.data_rows),
            "last_data_row": max(st.data_rows),
        }
    planted = [
        {"rule": rule, "village": village, "evidence": [truth.ref(t) for t in ev],
         "context": [truth.ref(t) for t in ctx], "note": note}
        for rule, village, ev, ctx, note in PLANTED
    ]
    lookalikes = [
        {"rule": rule, "evidence": [truth.ref(t) for t in ev], "note": note}
        for rule, ev, note in LOOKALIKES
    ]
    return {
        "township": TOWNSHIP,
        "villages": VILLAGES,
        "conventions": {
            "row": "1-based row number as Excel shows it, for the csv too: one row per csv record, the title line "
                   "being row 1 and the header row 3 (no cell of this csv spans lines, so rows are also its lines)",
            "data_rows": "rows that are records: excludes title, unit, header, blank, 合计/小计/本月合计/本年累计, "
                         "opening-balance (上年结转/期初余额) and page-carry (过次页/承前页) rows",
            "skipped_rows": "rows below the header that look like data but are totals, opening balances or page "
                            "carries",
            "rejected_rows": "rows written wrong on purpose: an essential cell (column) holds an unreadable value; "
                             "the import must reject them with that column and value, and keep them",
            "planted.evidence": "rows that a flag of the rule should cite (a complete implementation cites all of them "
                                "in one flag)",
            "planted.context": "related rows that a flag may also cite (contract of a project, cadre row, payments)",
            "lookalikes.evidence": "no flag of that rule may cite any of these rows",
            "amounts": "yuan; project workbook is in 万元",
            "row_probes": "for every referenced row, a text the row contains (record name or 摘要), keyed "
                          "'file|sheet|row'",
        },
        "files": files,
        "planted": planted,
        "lookalikes": lookalikes,
    }


def _rows_text(truth: Truth, tags: list[str]) -> str:
    """'合同台账2021-2023.xlsx / 合同台账 第12、13行; …' grouped by file and sheet."""
    groups: dict[tuple[str, str], list[int]] = {}
    for t in tags:
        file, sheet, row = truth.tags[t]
        groups.setdefault((file, sheet), []).append(row)
    parts = []
    for (file, sheet), rows in groups.items():
        label = file if file.endswith(".csv") else f"{file} / {sheet}"
        parts.append(f"{label} 第{'、'.join(str(r) for r in sorted(rows))}行")
    return "；".join(parts)


def rejected_lines(truth: Truth) -> list[str]:
    """The rows written wrong on purpose: the import refuses them, keeps them and lists them."""
    lines = []
    for (file, sheet), st in truth.sheets.items():
        for item in st.rejected_rows:
            lines.append(f"另有1行有意写错、不计入数据行：{file} / {sheet} 第{item['row']}行，"
                         f"“{item['column']}”为“{item['value']}”（{item['why']}）。导入时该行应被拒收，"
                         "并在导入报告和工作台“导入”页的被拒行中列出文件、工作表、行号、列名和原值。")
    return lines + [""] if lines else []


def build_readme(truth: Truth) -> str:
    lines = [
        "# 青山镇示例数据（sample_data）",
        "",
        "本目录是一套**虚构**的乡镇“三资”数据，供 `xuncha demo`、测试和新用户练习使用。青山镇下辖五个村："
        + "、".join(VILLAGES) + "，时间跨度2021—2023年。所有人名、单位名、电话均为编造，如有雷同纯属巧合。",
        "",
        "文件由 `scripts/make_sample_data.py` 生成（固定数据、无随机数、无时间戳，重复运行得到逐字节相同的文件），"
        "不要手工修改；要改数据请改脚本后重新运行，并用 `python scripts/make_sample_data.py --verify` 回读核对。"
        "机器可读的“标准答案”在 `tests/data/sample_expected.json`。",
        "",
        "行号约定：都是用 Excel 打开时显示的行号（从1开始）；CSV 也一样，每条记录一行（第1行是标题行，表头在第3行；"
        "本目录的 CSV 没有跨行的单元格，所以行号也就是文本行号）。"
        "“数据行”不含标题行、单位行、表头、空行、合计/小计/本月合计/本年累计行、上年结转/期初余额行和过次页/承前页行。",
        "",
        "## 一、文件与工作表",
        "",
        "| 文件 | 工作表 | 类型 | 村 | 数据行数 | 表头行 | 跳过行（合计等） | 空行 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    kind_cn = {"project": "工程项目", "contract": "合同", "payment": "收支", "asset": "资产", "resource": "资源发包",
               "cadre": "村干部"}
    total = 0
    for (file, sheet), st in truth.sheets.items():
        total += len(st.data_rows)
        skipped = "、".join(str(r) for r in st.skipped_rows)
        if len(st.skipped_rows) > 8:
            skipped = f"{len(st.skipped_rows)}行：" + skipped
        lines.append(
            f"| {file} | {sheet} | {st.kind}（{kind_cn[st.kind]}） | {'、'.join(st.villages)} | {len(st.data_rows)} "
            f"| {'、'.join(str(r) for r in st.header_rows)} | {skipped or '—'} "
            f"| {'、'.join(str(r) for r in st.blank_rows) or '—'} |")
    lines += ["", f"合计 {total} 个数据行。", ""]
    lines += rejected_lines(truth)
    lines += ["### 各表的“脏数据”特征", ""]
    for file in ALL_FILES:
        lines += [f"**{file}**", ""]
        for (f, sheet), st in truth.sheets.items():
            if f == file:
                label = "（CSV，无工作表）" if file.endswith(".csv") else f"工作表“{sheet}”"
                lines.append(f"- {label}：" + "；".join(st.quirks) + "。")
        lines.append("")
    lines += [
        "## 二、埋设的问题（应当被标记）",
        "",
        "规则阈值按本项目默认值设计：村级工程竞争性发包限额10万元；临界档位5万/10万/20万/50万，"
        "金额落在档位的[90%,100%)即为“贴线”；拆分窗口180天；同一单位占本村项目（或合同）≥30%且≥3项；"
        "超付容差10%；重复支付窗口30天；现金结算起点1000元；房屋（厂房、店面）租期≤20年、土地≤30年；"
        "≥50亩以协议/直接发包/公开协商方式发包；租金低于全镇同类资源每亩中位数的50%。",
        "",
        "“证据行”是标记应当引用的行；“关联行”是标记可以一并引用的行（项目对应的合同、村干部名单行、付款行等）。",
        "",
        "| # | 规则 | 中文 | 村 | 证据行 | 关联行 | 说明 |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, (rule, village, ev, ctx, note) in enumerate(PLANTED, start=1):
        lines.append(f"| {i} | `{rule}` | {RULE_NAMES[rule]} | {village} | {_rows_text(truth, ev)} "
                     f"| {_rows_text(truth, ctx) or '—'} | {note} |")
    lines += [
        "",
        "附带说明：拆分案例里的两笔付款（90,500元、93,400元）本身也落在10万元档的[90%,100%)，"
        "若规则也检查付款金额，它们会随同第2、3条一起被标记，这是预期的。",
        "",
        "## 三、形似问题但不应标记（look-alikes）",
        "",
        "| # | 规则 | 中文 | 行 | 为什么不应标记 |",
        "|---|---|---|---|---|",
    ]
    for i, (rule, ev, note) in enumerate(LOOKALIKES, start=1):
        lines.append(f"| {i} | `{rule}` | {RULE_NAMES[rule]} | {_rows_text(truth, ev)} | {note} |")
    lines += [
        "",
        "其余数据有意保持“干净”：生成脚本在写文件前检查，除上表所列埋设行外，没有别的金额贴线、"
        "没有别的超过1000元的现金支出、没有别的同额重复付款、没有别的付款对象与合同乙方不一致、"
        "没有别的村干部或其近亲属作为交易对方、没有别的超期或低价发包。"
        "分期付款（同一合同的预付款、进度款、结算款、质保金）按所付的合同归并，不应视为拆分或重复支付。",
        "",
        "石桥村2023年银行存款日记账没有收款人一栏：第26—28条问题只能从摘要发现：导入时把摘要里写明的单位和人名读作收款人"
        "（导入说明逐行列出），规则再与村干部名单、合同和工程台账比对；第25—28条形似问题检验摘要匹配的"
        "边界（村干部本人的误工补贴、嵌在更长名字里的两字人名、同时提到两个单位的摘要、在合同金额以内的付款）。"
        "日记账里的电费、财政拨款、利息等摘要不提任何已知名字，不参与按收款人的判断。",
        "",
        "## English summary",
        "",
        "A small, fictitious township data set (青山镇, five villages, 2021-2023) used by `xuncha demo` and the "
        f"tests: {len(ALL_FILES)} files, {len(truth.sheets)} sheets, {total} data rows, covering every record kind "
        "(project, contract, payment, asset, resource, cadre) in realistic messy layouts: title and unit rows, "
        "two-row merged headers, merged village cells in the body, 合计/小计/本月合计/本年累计 and opening-balance "
        "rows, amounts in 万元, as '¥12,500.00' text and as upper-case 玖万零伍佰元整, dates as Excel dates, serial "
        "numbers, '2021年3月5日', '2021.3.5' and '2022/4/18', a GBK csv with separate 年/月/日 columns and "
        "debit = money in, a real BIFF .xls, date ranges in one cell, and an .xlsx bank journal with no payee "
        "column at all (the other party only appears in the 摘要) and 过次页/承前页 page-carry rows.",
        "",
        f"It plants {len(PLANTED)} problems covering all twelve rule ids and {len(LOOKALIKES)} look-alikes that must "
        "not be flagged (tables above). Row numbers are 1-based as Excel shows them, for the csv too (row 1 is the "
        "title line, the header is row 3; no cell spans lines, so rows are also text lines). The machine-readable "
        "truth is `tests/data/sample_expected.json`: per file and sheet the kind, villages, number of data rows and the "
        "skipped total/opening rows and the rows written wrong on purpose (`rejected_rows`); `planted` (each "
        "with `evidence` rows a flag should cite and optional `context` rows it may cite) and `lookalikes` (rows "
        "no flag of that rule may cite).",
        "",
        "Regenerate with `python scripts/make_sample_data.py`; check with `--verify`. The generator refuses to write "
        "when the clean data would accidentally trip a rule.",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Verify: read everything back
# ---------------------------------------------------------------------------


def read_back() -> dict[tuple[str, str], dict[int, list]]:
    """Every non-empty row of every sheet: {(file, sheet): {row: [cell values]}}."""
    import openpyxl
    import xlrd

    out: dict[tuple[str, str], dict[int, list]] = {}
    for file in ALL_FILES:
        path = OUT / file
        if file.endswith(".xlsx"):
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                rows = {}
                for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
                    if any(v not in (None, "") for v in values):
                        rows[r] = list(values)
                out[(file, ws.title)] = rows
        elif file.endswith(".xls"):
            book = xlrd.open_workbook(path)
            for sh in book.sheets():
                rows = {}
                for r in range(sh.nrows):
                    values = sh.row_values(r)
                    if any(v not in (None, "") for v in values):
                        rows[r + 1] = values
                out[(file, sh.name)] = rows
        else:
            text = path.read_bytes().decode("gbk")
            rows = {}
            for n, values in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
                if any(values):
                    rows[n] = values
            out[(file, Path(file).stem)] = rows
    return out


def verify() -> int:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    sheets = read_back()
    problems = []
    # every expected sheet exists with exactly data + skipped + header rows (+ title/unit lines above the header)
    for file, by_sheet in expected["files"].items():
        for sheet, info in by_sheet.items():
            rows = sheets.get((file, sheet))
            if rows is None:
                problems.append(f"missing sheet {file}/{sheet}")
                continue
            header = max(info["header_rows"])
            body = [r for r in rows if r > header]
            rejected = len(info.get("rejected_rows", []))
            if len(body) != info["data_rows"] + len(info["skipped_rows"]) + rejected:
                problems.append(f"{file}/{sheet}: {len(body)} body rows, expected "
                                f"{info['data_rows']} + {len(info['skipped_rows'])} + {rejected} rejected")
            for item in info.get("rejected_rows", []):
                if item["value"] not in rows.get(item["row"], []):
                    problems.append(f"{file}/{sheet} row {item['row']} does not hold {item['value']!r}")
            for r in info["blank_rows"]:
                if r in rows:
                    problems.append(f"{file}/{sheet} row {r} should be blank")
            for r in info["skipped_rows"]:
                text = " ".join(str(v) for v in rows.get(r, []) if v is not None)
                if not re.search(r"合\s*计|小\s*计|本月合计|本年累计|上年结转|期初余额|承前页|过次页", text):
                    problems.append(f"{file}/{sheet} row {r} is not a total row: {text}")
    # every planted/look-alike row holds what the README says
    truth_probes = expected.get("row_probes", {})
    for item in expected["planted"] + expected["lookalikes"]:
        for ref in item["evidence"] + item.get("context", []):
            rows = sheets[(ref["file"], ref["sheet"])]
            cells = rows.get(ref["row"])
            key = f"{ref['file']}|{ref['sheet']}|{ref['row']}"
            probe = truth_probes.get(key)
            text = " ".join(str(v) for v in cells or [] if v is not None)
            if not cells or (probe and probe not in text):
                problems.append(f"{item['rule']}: {key} does not contain {probe!r}: {text[:80]}")
    for p in problems:
        print("PROBLEM:", p)
    n_refs = sum(len(i["evidence"]) + len(i.get("context", [])) for i in expected["planted"] + expected["lookalikes"])
    print(f"verified {len(expected['files'])} files, {sum(len(s) for s in expected['files'].values())} sheets, "
          f"{n_refs} referenced rows: {'OK' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def generate() -> int:
    projs = projects()
    by_tag = {p.tag: p for p in projs}
    contracts = all_contracts(projs)
    people = cadres()
    lease_items = leases()
    asset_items = assets()
    ledgers = {
        "石桥村": shiqiao_2022(),
        "刘家塘村": liujiatang_2022(),
        "吴家道村": wujiadao_2023(),
        "马吉村": maji_2023(),
        "桥埠港村": qiaobugang_2023(),
        "石桥村2023": shiqiao_2023_bank(),
    }
    tags = {t for _, _, ev, ctx, _ in PLANTED for t in ev + ctx} | {t for _, ev, _ in LOOKALIKES for t in ev}
    problems = check_invariants(projs, contracts, ledgers, people, lease_items, asset_items, tags)
    if problems:
        for p in problems:
            print("INVARIANT:", p, file=sys.stderr)
        return 1

    OUT.mkdir(parents=True, exist_ok=True)
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    truth = Truth()
    write_projects(truth, projs)
    write_contracts(truth, contracts, by_tag)
    write_shiqiao_xls(truth, ledgers["石桥村"])
    write_liujiatang_csv(truth, ledgers["刘家塘村"])
    write_payments_2023(truth, ledgers)
    write_assets(truth, asset_items)
    write_resources(truth, lease_items)
    write_cadres(truth, people)
    sq_2022 = ledgers["石桥村"]
    sq_closing = SQ_2022_OPENING + sum(p.amount for p in sq_2022 if p.direction == "in") \
        - sum(p.amount for p in sq_2022 if p.direction == "out")
    write_shiqiao_bank_xlsx(truth, ledgers["石桥村2023"], sq_closing)

    missing = tags - set(truth.tags)
    if missing:
        print("untagged rows referenced:", missing, file=sys.stderr)
        return 1
    expected = build_expected(truth)
    # Probes let --verify check that each referenced row holds the right record.
    expected["row_probes"] = {f"{f}|{s}|{r}": probe for (f, s, r), probe in sorted(truth.probes.items())
                           if any(truth.tags[t] == (f, s, r) for t in tags)}
    EXPECTED.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(build_readme(truth), encoding="utf-8")
    total = sum(len(st.data_rows) for st in truth.sheets.values())
    print(f"wrote {len(ALL_FILES)} files, {len(truth.sheets)} sheets, {total} data rows, "
          f"{len(PLANTED)} planted, {len(LOOKALIKES)} look-alikes")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify", action="store_true", help="re-read the written files and check the recorded rows")
    args = parser.parse_args(argv)
    return verify() if args.verify else generate()


if __name__ == "__main__":
    raise SystemExit(main())
