"""Layouts of blind set qa136 (books that cross years and periods) that used to be misread:

- a "2022年" line of its own above each year's rows dates the 月-日 cells below it ("03-05") until the
  next one, and is skipped as a year line; before, the dates were empty under a title naming two
  years, and the lines were rejected for having no amount;
- a month with a two-digit year ("21年6月") is that month's first day, as "2021年6月" is, when the
  short year is near the title's years (the sheet's note says both);
- a bracketed remark on a line of its own ("（截至2023年8月17日巡察调取时账页）") is skipped as a remark,
  not rejected for having no amount.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

HEADER = ["日期", "凭证号", "摘要", "往来单位", "收入", "支出"]


def _book(title: str, *lines: list) -> list[list]:
    return [[title, "", "", "", "", ""], HEADER, *lines]


def test_a_year_line_dates_the_month_day_rows_below_it(store, tmp_path: Path) -> None:
    rows = _book("红岩村收支明细账2022-2023",
                 ["2022年", "", "", "", "", ""],
                 ["03-05", "记3-01", "收村级组织运转经费", "安定区财政局", "2731.00", ""],
                 ["12-26", "记12-14", "付取暖用煤款", "永丰煤炭经销部", "", "13570.00"],
                 ["", "", "2022年合计", "", "2731.00", "13570.00"],
                 ["2023年", "", "", "", "", ""],
                 ["01-06", "记1-15", "付水窖维修人工费", "吴玉珍", "", "4444.00"])
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "红岩村收支明细账2022-2023.csv", rows, encoding="gbk")))
    assert [p["date"] for p in records(store, "payment")] == ["2022-03-05", "2022-12-26", "2023-01-06"]
    assert sheet.rejected == [] and sheet.warnings == []
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[3].startswith("年份行（2022年）") and reasons[7].startswith("年份行（2023年）")
    assert "第 3 行“2022年”、第 7 行“2023年”" in sheet.note and "共 3 行" in sheet.note


def test_a_year_line_wins_over_the_title_year(store, tmp_path: Path) -> None:
    """The line is the nearer word: a book titled 2023 that carries 2022's last entries under "2022年度"."""
    rows = _book("石岭村2023年收支明细账",
                 ["2022年度", "", "", "", "", ""],
                 ["12月28日", "记12-30", "付保洁工资", "王秀英", "", "1800"],
                 ["2023年度", "", "", "", "", ""],
                 ["1月5日", "记1-01", "收土地租金", "李国强", "5000", ""])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石岭村2023年收支明细账.xlsx", {"明细账": rows})))
    assert [p["date"] for p in records(store, "payment")] == ["2022-12-28", "2023-01-05"]
    assert "年份行" in sheet.note or "单独一行写的年份" in sheet.note


def test_a_year_line_above_full_dates_changes_no_date(store, tmp_path: Path) -> None:
    """Look-alike: dates that carry their own year keep it; the line is skipped and no note speaks of it."""
    rows = _book("白岩村收支明细账",
                 ["2022年", "", "", "", "", ""],
                 ["2023-03-05", "记3-01", "收村级组织运转经费", "财政局", "2731.00", ""],
                 ["2023-04-02", "记4-03", "付水窖维修人工费", "杨光荣", "", "1319.50"])
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "白岩村收支明细账.xlsx", {"明细账": rows})))
    assert [p["date"] for p in records(store, "payment")] == ["2023-03-05", "2023-04-02"]
    assert "单独一行写的年份" not in sheet.note


def test_a_year_in_an_entry_or_a_total_is_no_year_line(store, tmp_path: Path) -> None:
    """Look-alikes: "2022年合计" stays a total, and an entry whose 摘要 names a year stays an entry; the
    dates without a year stay empty (warned) when nothing names one."""
    rows = [HEADER,
            ["03-05", "记3-01", "2022年", "", "2731.00", ""],
            ["04-02", "记4-03", "付2022年护林员工资", "杨光荣", "", "1319.50"],
            ["", "", "2022年合计", "", "2731.00", "1319.50"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "青松村收支明细账.csv", rows)))
    payments = records(store, "payment")
    assert [p["amount"] for p in payments] == [2731.0, 1319.5]
    assert [p["date"] for p in payments] == [None, None]
    assert all("年份行" not in s["reason"] for s in sheet.skipped)


def test_a_month_with_a_two_digit_year(store, tmp_path: Path) -> None:
    rows = [["青杠村集体经济合同台账（2019-2024年）"],
            ["序号", "合同名称", "发包方", "承包方", "合同金额（元）", "签订日期"],
            [1, "村部维修合同", "青杠村", "何廷贵", 38000, "21年6月"],
            [2, "鱼塘承包合同", "青杠村", "蒋大勇", 52000, "23年11月份"],
            [3, "道路养护合同", "青杠村", "周文斌", 12000, "19.3.5"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青杠村集体经济合同台账2019-2024.xlsx", {"合同台账": rows})))
    assert [c["signed_on"] for c in records(store, "contract")] == ["2021-06-01", "2023-11-01", "2019-03-05"]
    assert sheet.warnings == []
    assert "只写到月的日期记为该月1日" in sheet.note and "年份只写两位" in sheet.note


def test_a_two_digit_year_far_from_the_title_stays_refused(store, tmp_path: Path) -> None:
    """Look-alike: 58 under 2019—2024 would be 1958, further back than a short year is read: it stays
    empty with its warning, as "58.6.1" does."""
    rows = [["青杠村集体经济合同台账（2019-2024年）"],
            ["序号", "合同名称", "承包方", "合同金额（元）", "签订日期"],
            [1, "村部维修合同", "何廷贵", 38000, "58年6月"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青杠村合同台账2019-2024.xlsx", {"合同台账": rows})))
    assert [c["signed_on"] for c in records(store, "contract")] == [None]
    assert [w["value"] for w in sheet.warnings] == ["58年6月"]


def _bank_sheet(*tail: list) -> list[list]:
    return [["柳河村银行存款日记账"], ["年度：2023年"],
            ["月", "日", "凭证号", "摘要", "收入（借方）", "支出（贷方）", "余额"],
            ["1", "1", "", "上年结转", "", "", "52000.00"],
            ["3", "8", "银付3", "付村道养护费", "", "6200.00", "45800.00"],
            *tail]


def test_a_bracketed_remark_line_is_no_entry(store, tmp_path: Path) -> None:
    rows = _bank_sheet(["8", "17", "银收8", "收土地租金", "12000.00", "", "57800.00"],
                       ["（截至2023年8月17日巡察调取时账页）"])
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "柳河村银行存款日记账.xls", {"2023": rows})))
    assert [p["amount"] for p in records(store, "payment")] == [6200.0, 12000.0]
    assert sheet.rejected == []
    assert {s["row"]: s["reason"] for s in sheet.skipped}[7].startswith("括注说明（截至2023年8月17日")


def test_a_bracketed_entry_with_its_amount_stays_an_entry(store, tmp_path: Path) -> None:
    """Look-alikes: a 摘要 in brackets with its amount is an entry, however it reads; a bracketed word alone
    that says nothing of the page ("（代付）") is not taken for a remark on the page."""
    rows = _bank_sheet(["8", "17", "银付8", "（截至2023年8月17日的保洁工资，由镇财政所代付）", "", "3600.00", "42200.00"],
                       ["", "", "", "（代付）", "", "", ""])
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "柳河村银行存款日记账.xls", {"2023": rows})))
    payments = by_row(records(store, "payment"))
    assert payments[6]["amount"] == 3600.0 and payments[6]["date"] == "2023-08-17"
    assert all(not s["reason"].startswith("括注说明") for s in sheet.skipped)
