"""Messy files the importer was not written against: other synonyms, other layouts.

Each workbook below is built with its ground truth (what every data row
means). The importer must bring in at least 95% of the data rows with the
right amount, date and counterparty, turn no summary/balance row into a
record, and report every row it did not import with a reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import importers
from tests.test_import_support import write_csv, write_xls, write_xlsx
from xuncha.models import RECORD_MODELS


@dataclass
class Truth:
    """What a messy file should give: data rows -> expected fields, and rows that are not data."""

    path: Path
    kind: str
    village: str
    rows: dict[int, dict[str, Any]] = field(default_factory=dict)
    not_data: set[int] = field(default_factory=set)


FIRMS = ["浙江宏达建设有限公司", "湖州市安通市政工程有限公司", "安吉县青松园林绿化工程有限公司", "德清县顺风劳务有限公司",
         "长兴县明亮电器经营部", "孙建华", "湖州天顺水利工程有限公司"]
WORKS = ["道路硬化", "路灯亮化", "山塘清淤", "文化礼堂修缮", "河道护岸", "污水管网", "公厕改造", "停车场平整"]


def contract_workbook(tmp_path: Path) -> Truth:
    """xlsx: title + '编制单位/金额单位：万元' line, data from column B, a blank column,
    乙方单位 / 中标单位 / 合同价款（万元）/ 签约时间 / 承包起止, 小计 and 合计 rows."""
    truth = Truth(tmp_path / "河东村2023年度合同管理台账.xlsx", "contract", "河东村")
    rows: list[list[Any]] = [
        [None, "河东村2023年度合同管理台账"],
        [None, "编制单位：河东村经济合作社", None, None, None, "金额单位：万元"],
        [None, "合同号", "合同内容", None, "乙方单位", "合同价款（万元）", "签约时间", "承包起止", "采购方式"],
    ]
    number = 3
    for i in range(24):
        number += 1
        wan = round(1.5 + i * 1.37, 2)
        signed = dt.date(2023, 1 + i % 12, 3 + i)
        date_cell: Any = (signed if i % 3 == 0 else
                          f"{signed.year}.{signed.month}.{signed.day}" if i % 3 == 1 else
                          f"{signed.year}年{signed.month}月{signed.day}日")
        amount_cell: Any = wan if i % 4 else f"{wan}"
        rows.append([None, f"HD-2023-{i + 1:02d}", f"河东村{WORKS[i % len(WORKS)]}合同", None,
                     FIRMS[i % len(FIRMS)], amount_cell, date_cell,
                     f"{signed.year}.{signed.month}.{signed.day}-{signed.year + 1}.{signed.month}.{signed.day}",
                     "竞争性比选" if wan >= 10 else "直接发包"])
        truth.rows[number] = {"amount": round(wan * 10000, 2), "signed_on": signed.isoformat(),
                              "counterparty": FIRMS[i % len(FIRMS)]}
        if i in (11, 23):
            number += 1
            rows.append([None, "小计", None, None, None, 99.99])
            truth.not_data.add(number)
    number += 1
    rows.append([None, "合 计", None, None, None, 999.99])
    truth.not_data.add(number)
    write_xlsx(truth.path, {"合同": rows}, merges={"合同": ["B1:I1"]})
    return truth


def bank_journal_xls(tmp_path: Path) -> Truth:
    """Real .xls: 借方发生额（收入）/ 贷方发生额（支出）, 对方户名, yyyymmdd text dates,
    期初余额, 承前页, 本页合计 rows, a blank line in the middle."""
    truth = Truth(tmp_path / "西岭村银行存款日记账.xls", "payment", "西岭村")
    rows: list[list[Any]] = [
        ["银行存款日记账", None, None, None, None, None, None],
        ["核算单位：西岭村股份经济合作社", None, None, None, "单位：元", None, None],
        ["交易日期", "凭证编号", "摘要", "对方户名", "借方发生额（收入）", "贷方发生额（支出）", "余额"],
        ["20230101", None, "期初余额", None, None, None, 80000],
    ]
    truth.not_data.add(4)
    number = 4
    balance = 80000.0
    for i in range(30):
        number += 1
        day = dt.date(2023, 1, 2) + dt.timedelta(days=i * 9)
        amount = round(300 + i * 517.25, 2)
        income = i % 5 == 0
        balance += amount if income else -amount
        party = "西岭镇财政所" if income else FIRMS[i % len(FIRMS)]
        rows.append([day.strftime("%Y%m%d"), f"银{'收' if income else '付'}-{i + 1}",
                     "收到补助资金" if income else f"支付{WORKS[i % len(WORKS)]}款", party,
                     amount if income else None, None if income else f"{amount:,.2f}", round(balance, 2)])
        truth.rows[number] = {"amount": amount, "date": day.isoformat(), "counterparty": party,
                              "direction": "in" if income else "out"}
        if i == 14:
            rows.append(["", None, "本页合计", None, 5000, 6000, None])
            rows.append(["", None, "承前页", None, 5000, 6000, None])
            truth.not_data.update({number + 1, number + 2})
            number += 2
        if i == 20:
            rows.append([None] * 7)
            number += 1
    write_xls(truth.path, {"银行日记账": rows}, merges={"银行日记账": [(0, 0, 0, 6)]})
    return truth


def project_html(tmp_path: Path) -> Truth:
    """HTML disguised as .xls: a two-row header with rowspan/colspan parents
    (投资（万元）over 概算/决算金额, 时间节点 over 议事日期/开工/竣工), 中标单位, 总计 row."""
    truth = Truth(tmp_path / "南湾村一事一议项目.xls", "project", "南湾村")
    head = ("<tr><td colspan=7>南湾村一事一议及村级工程项目明细表</td></tr>"
            "<tr><th rowspan=2>工程名称</th><th rowspan=2>中标单位</th><th colspan=2>投资（万元）</th>"
            "<th colspan=3>时间节点</th></tr>"
            "<tr><th>概算</th><th>决算金额</th><th>议事日期</th><th>开工</th><th>竣工</th></tr>")
    body = []
    number = 3
    for i in range(20):
        number += 1
        started = dt.date(2022, 1 + i % 12, 10)
        settled = round(3.2 + i * 0.91, 2)
        body.append(f"<tr><td>南湾村{WORKS[i % len(WORKS)]}{i + 1}期</td><td>{FIRMS[i % len(FIRMS)]}</td>"
                    f"<td>{settled + 0.5:.2f}</td><td>{settled:.2f}</td>"
                    f"<td>{started.year}/{started.month}/1</td><td>{started:%Y-%m-%d}</td>"
                    f"<td>{started.year}年{started.month}月28日</td></tr>")
        truth.rows[number] = {"amount": round(settled * 10000, 2), "started_on": started.isoformat(),
                              "contractor": FIRMS[i % len(FIRMS)]}
    body.append("<tr><td>总计</td><td></td><td>120</td><td>110</td><td></td><td></td><td></td></tr>")
    truth.not_data.add(number + 1)
    truth.path.write_text(f"<html><head><meta charset='gbk'></head><body><table border=1>{head}"
                          f"{''.join(body)}</table></body></html>", encoding="gbk")
    return truth


def lease_1904(tmp_path: Path) -> Truth:
    """A 1904-system workbook: 村别 merged down the rows, 发包项目 / 承租方 / 租赁面积（亩）/
    年租金（万元）/ 租赁期限 as one cell, dates as serial numbers in the 1904 system."""
    truth = Truth(tmp_path / "资源出租登记.xlsx", "resource", "")
    rows: list[list[Any]] = [["2023年集体资源出租登记表"], ["村别", "发包项目", "承租方", "租赁面积（亩）",
                                                        "年租金（万元）", "租赁期限", "起租日期", "出租方式"]]
    merges = []
    number = 2
    for v, village in enumerate(["北塘村", "上庄村"]):
        first = number + 1
        for i in range(8):
            number += 1
            start = dt.date(2015 + i, 1, 1)
            serial_1904 = (start - dt.date(1904, 1, 1)).days
            wan = round(0.8 + i * 0.35 + v, 2)
            rows.append([village if i == 0 else None, f"{village}{['耕地', '鱼塘', '山林', '厂房'][i % 4]}{i + 1}号",
                         FIRMS[(i + v) % len(FIRMS)], 10 + i * 3, wan,
                         f"{start.year}年1月1日至{start.year + 19}年12月31日", serial_1904, "公开竞价"])
            truth.rows[number] = {"amount": round(wan * 10000, 2), "started_on": start.isoformat(),
                                  "counterparty": FIRMS[(i + v) % len(FIRMS)], "village": village,
                                  "ended_on": dt.date(start.year + 19, 12, 31).isoformat()}
        merges.append(f"A{first}:A{number}")
        number += 1
        rows.append([f"{village}小计", None, None, None, 99])
        truth.not_data.add(number)
    write_xlsx(truth.path, {"出租": rows}, merges={"出租": merges}, date1904=True)
    return truth


def cash_csv(tmp_path: Path) -> Truth:
    """GBK csv: 凭证字 and 凭证号 apart, 收支日期 as 2023/1/5, 收款人, 支出金额 / 收入金额,
    上月结转 and 本月合计 rows, amounts with ￥ and thousands separators."""
    truth = Truth(tmp_path / "东坡村现金收支.csv", "payment", "东坡村")
    rows: list[list[Any]] = [["东坡村现金收支登记簿"], ["凭证字", "凭证号", "收支日期", "摘要", "收款人", "收入金额",
                                                     "支出金额", "结算方式"]]
    rows.append(["", "", "2023/1/1", "上月结转", "", "￥1,200.00", "", ""])
    truth.not_data.add(3)
    number = 3
    for i in range(25):
        number += 1
        day = dt.date(2023, 1, 3) + dt.timedelta(days=i * 4)
        amount = round(120 + i * 43.5, 2)
        income = i % 6 == 0
        party = FIRMS[(i + 2) % len(FIRMS)]
        rows.append(["收" if income else "付", i + 1, f"{day.year}/{day.month}/{day.day}",
                     "收取摊位费" if income else "购买办公用品", party,
                     f"￥{amount:,.2f}" if income else "", "" if income else f"{amount:,.2f}", "现金"])
        truth.rows[number] = {"amount": amount, "date": day.isoformat(), "counterparty": party,
                              "direction": "in" if income else "out"}
        if i in (7, 15):
            number += 1
            rows.append(["", "", "", "本月合计", "", "100", "2,000.00", ""])
            truth.not_data.add(number)
    write_csv(truth.path, rows, encoding="gbk")
    return truth


BUILDERS = [contract_workbook, bank_journal_xls, project_html, lease_1904, cash_csv]


@pytest.mark.parametrize("builder", BUILDERS, ids=[b.__name__ for b in BUILDERS])
def test_unseen_messy_file(store, tmp_path: Path, builder) -> None:
    truth = builder(tmp_path)
    report = importers.import_paths(store, [truth.path])
    [file_report] = report.files
    assert file_report.status == "imported", file_report.message
    [sheet] = file_report.sheets
    assert sheet.kind == truth.kind, sheet.note
    model = RECORD_MODELS[truth.kind]
    got = {r.source_row: r for r in store.records(truth.kind) if isinstance(r, model)}

    assert not set(got) & truth.not_data, "a summary or balance row became a record"
    correct = 0
    for row, want in truth.rows.items():
        record = got.get(row)
        if record is None:
            continue
        values = {name: _json(getattr(record, name)) for name in want if name != "village"}
        if "village" in want:
            values["village"] = record.village
        elif truth.village:
            assert record.village == truth.village
        if all(values[name] == want[name] for name in want):
            correct += 1
    assert correct >= 0.95 * len(truth.rows), (correct, len(truth.rows), sheet.rejected[:3], sheet.warnings[:3])

    reported = {s["row"] for s in sheet.skipped} | {r["row"] for r in sheet.rejected}
    missing = set(truth.rows) - set(got)
    assert missing <= reported, f"rows neither imported nor reported: {sorted(missing - reported)}"
    assert truth.not_data <= {s["row"] for s in sheet.skipped}


def _json(value: Any) -> Any:
    """Store values as the truth tables write them: yuan, ISO dates."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return round(value / 100, 2)
    return value
