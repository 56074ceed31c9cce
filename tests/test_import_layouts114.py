"""Layouts of blind set qa114 (闽南 侨乡 files: 繁体 characters, numbers and dates written the Chinese way)
that used to be misread:

- 繁体 headers (合同名稱, 對方單位, 貸方（支出）, 對方戶名, 資產名稱, 面積) matched no synonym: contract, project and
  asset sheets imported nothing, a cash journal's payments out were rejected, a bank journal's counterparty was
  guessed from its 摘要;
- 繁体 summary rows (本月合計, 本年累計) became payments, silently; a 繁体 sheet or file name (現金日記賬) named no
  cash book, and "龍湖鎮陳坑村" in a title was taken as the village "龍湖鎮陳坑村";
- a date "一月五日" under a title "2023年度" had no date, and a full-width "２０２３年" merged over 月 | 日 was not
  seen as the year (the warning said there was none);
- amounts "4万8千元", "68.5萬元" and areas "0.8公頃" were not read; "约125万元", "13万元以内" are now the figure
  stated, with a warning on the row.

What a record stores stays as the village wrote it (陳記建材, 陳坑村): only recognition reads simplified.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers import values
from importers.synonyms import normalize_header
from xuncha.traditional import has_traditional, simplified
from importers.villages import find_villages
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx


# --- recognising 繁体 text ------------------------------------------------------------------------


def test_traditional_text_is_read_simplified_and_simplified_text_is_left_alone() -> None:
    assert simplified("對方單位（乙方）") == "对方单位（乙方）"
    assert normalize_header("貸方（支出）") == normalize_header("贷方（支出）")
    assert has_traditional("本月合計") and not has_traditional("本月合计") and not has_traditional("abc 123")
    assert simplified("石桥村收支明细账") == "石桥村收支明细账"


def test_a_traditional_village_is_found_and_kept_as_written() -> None:
    """The 镇 before the village is seen in its simplified form; the name keeps the village's own writing."""
    assert find_villages("龍湖鎮陳坑村經濟合同台賬") == ["陳坑村"]
    assert find_villages("龙湖镇陈坑村经济合同台账") == ["陈坑村"]


def test_a_contract_sheet_with_traditional_headers(store, tmp_path: Path) -> None:
    rows = [["龍湖鎮陳坑村經濟合同台賬"],
            ["填報單位：陳坑村股份經濟合作社", None, None, "單位：元"],
            ["序號", "合同編號", "合同名稱", "對方單位（乙方）", "合同金額", "簽訂日期"],
            [1, "CK-2022-01", "村道拓寬工程施工合同", "陳記建材", "4万8千元", "二〇二二年三月五日"],
            [2, "CK-2022-02", "路燈採購合同", "晉江市鴻達建築工程有限公司", "68.5萬元", dt.date(2022, 3, 18)],
            ["合計", None, None, None, 733000, None],
            ["製表人：陳秀琴", None, "審核：黃志明"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "陳坑村經濟合同台賬.xlsx", {"2022年": rows})))
    got = [(c["counterparty"], c["amount"], c["signed_on"], c["village"]) for c in records(store, "contract")]
    assert got == [("陳記建材", 48000.0, "2022-03-05", "陳坑村"),
                   ("晉江市鴻達建築工程有限公司", 685000.0, "2022-03-18", "陳坑村")]
    assert sorted(s["row"] for s in sheet.skipped) == [6, 7]


def test_a_traditional_cash_journal_with_chinese_dates_and_totals(store, tmp_path: Path) -> None:
    """貸方（支出） is the payments out; 本月合計 and 本年累計 are totals, not payments; "一月五日" takes the
    title's year; 現金日記賬 names a cash book."""
    rows = [["陳坑村股份經濟合作社現金日記賬"],
            ["2023年度　　　　單位：元"],
            ["日期", "憑證號", "摘要", "對方單位", "借方（收入）", "貸方（支出）", "餘額"],
            ["一月一日", None, "上年結轉", None, None, None, 23850.25],
            ["一月五日", "收-01", "收取菜市場攤位費", "林阿水", 1200, None, 25050.25],
            ["一月九日", "付-02", "支付保潔員工資", "黃秀英", None, "３，０００．００", 22050.25],
            [None, None, "本月合計", None, 1200, 3000, 22050.25],
            [None, None, "本年累計", None, 1200, 3000, 22050.25],
            ["二月三日", "付-03", "購買辦公用品", "陳記建材", None, "486.50元", 21563.75],
            ["會計：陳秀琴", None, "出納：黃秀英"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "陳坑村2023年日記賬.xlsx", {"現金日記賬": rows})))
    got = by_row(records(store, "payment"))
    assert sorted(got) == [5, 6, 9]
    assert [(got[r]["date"], got[r]["direction"], got[r]["amount"], got[r]["counterparty"]) for r in (5, 6, 9)] == [
        ("2023-01-05", "in", 1200.0, "林阿水"), ("2023-01-09", "out", 3000.0, "黃秀英"),
        ("2023-02-03", "out", 486.5, "陳記建材")]
    assert {got[r]["village"] for r in got} == {"陳坑村"}
    assert {got[r]["method"] for r in got} == {"现金"}
    reasons = {s["row"]: s["reason"] for s in sheet.skipped}
    assert reasons[7].startswith("合计行") and reasons[8].startswith("合计行")
    assert sheet.warnings == [] and sheet.rejected == []


def test_a_full_width_year_merged_over_month_and_day(store, tmp_path: Path) -> None:
    """"２０２３年" over 月 | 日 is the year of every entry; the 對方戶名 column, not the 摘要, names the party."""
    rows = [["銀行存款日記賬"],
            ["開戶行：晉江農商銀行龍湖支行　單位：元"],
            ["２０２３年", None, "憑證字號", "摘要", "對方戶名", "收入", "支出", "餘額"],
            ["月", "日", None, None, None, None, None, None],
            ["４", "３", "銀２４", "收到鎮財政所轉付獎補資金", "晉江市龍湖鎮財政所", "１５００００．００", None, "４１８４３０．５５"],
            [None, "２０", "銀２５", "支付路燈維修款", "泉州市光明照明器材有限公司", None, "１２５００．００", "４０５９３０．５５"],
            [None, None, "本月合計", None, None, "１５００００．００", "１２５００．００", "４０５９３０．５５"]]
    merges = {"銀行存款日記賬": ["A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4"]}
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "陳坑村2023年日記賬.xlsx",
                                                  {"銀行存款日記賬": rows}, merges=merges)))
    got = by_row(records(store, "payment"))
    assert sorted(got) == [5, 6]
    assert [(got[r]["date"], got[r]["amount"], got[r]["counterparty"]) for r in (5, 6)] == [
        ("2023-04-03", 150000.0, "晉江市龍湖鎮財政所"), ("2023-04-20", 12500.0, "泉州市光明照明器材有限公司")]
    assert sheet.warnings == [] and [s["row"] for s in sheet.skipped] == [7]


def test_a_traditional_lease_csv_with_units_in_its_cells(store, tmp_path: Path) -> None:
    """面積 with 畝 or 公頃 in the cell; 年租金 "约0.275万元" is the figure stated, and the row says it is approximate."""
    rows = [["蘇厝村資源發包租賃清冊"],
            ["序號", "資源名稱", "承包方", "面積", "年租金", "承包期限"],
            [1, "後山林地", "蘇阿海", "120畝", "每年18000元", "2021.7.1—2026.6.30"],
            [2, "溪邊魚塘", "葉文彬", "0.8公頃", "约0.275万元", "二〇二〇年一月一日至二〇三四年十二月三十一日"],
            ["合計", None, None, None, 20750, None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "蘇厝村資源發包租賃清冊.csv", rows, encoding="gbk")))
    got = by_row(records(store, "resource"))
    assert [(got[r]["name"], got[r]["area"], got[r]["amount"]) for r in (3, 4)] == [
        ("後山林地", 120.0, 18000.0), ("溪邊魚塘", 12.0, 2750.0)]
    assert (got[4]["started_on"], got[4]["ended_on"]) == ("2020-01-01", "2034-12-31")
    assert [(w["row"], w["column"]) for w in sheet.warnings] == [(4, "年租金")]
    assert "约数或上限" in sheet.warnings[0]["reason"]
    assert [s["row"] for s in sheet.skipped] == [5]


def test_project_budgets_given_as_estimates_or_ceilings(store, tmp_path: Path) -> None:
    rows = [["項目名稱", "預算金額", "中標價", "開工日期"],
            ["後厝村道硬化", "约125万元", "一百二十万元", "2021年3月上旬"],
            ["文化廣場修繕", "13万元以內", "12万5千元", "2021年4月上旬"],
            ["路燈安裝", 90000, "8万8千元", "2021-05-06"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "黃厝村一事一議項目台賬.xlsx", {"2021年": rows})))
    got = by_row(records(store, "project"))
    assert [(got[r]["name"], got[r]["budget"], got[r]["amount"]) for r in (2, 3, 4)] == [
        ("後厝村道硬化", 1250000.0, 1200000.0), ("文化廣場修繕", 130000.0, 125000.0), ("路燈安裝", 90000.0, 88000.0)]
    warned = {w["row"]: w["reason"] for w in sheet.warnings}
    assert sorted(warned) == [2, 3] and "“约”" in warned[2] and "“以内”" in warned[3]


def test_a_traditional_unit_over_two_money_columns(store, tmp_path: Path) -> None:
    """金額（萬元） over 預算 | 決算: both in 万元 (they came in as 36.85 yuan)."""
    rows = [["項目名稱", "金額（萬元）", None],
            [None, "預算", "決算"],
            ["後厝水利修繕", 38.5, 36.85]]
    import_one(store, write_xlsx(tmp_path / "黃厝村一事一議項目台賬.xlsx", {"2022年": rows}, merges={"2022年": ["B1:C1"]}))
    [got] = records(store, "project")
    assert (got["name"], got["budget"], got["amount"]) == ("後厝水利修繕", 385000.0, 368500.0)


# --- look-alikes that stay as they were -----------------------------------------------------------


def test_simplified_totals_and_a_transaction_named_with_a_total_word_stay_as_they_were(store, tmp_path: Path) -> None:
    """A simplified journal converts nothing; "支付村民誤工補貼合計" (a long 摘要 with a voucher) is still a payment,
    繁体 or not."""
    rows = [["日期", "凭证号", "摘要", "收入", "支出"],
            [dt.date(2023, 1, 5), "记-1", "支付村民誤工補貼合計", None, 800],
            [dt.date(2023, 1, 6), "记-2", "收取租金", 1500, None],
            [None, None, "本月合计", 1500, 800]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村现金日记账.xlsx", {"1月": rows})))
    assert sorted(by_row(records(store, "payment"))) == [2, 3]
    assert [s["row"] for s in sheet.skipped] == [4]


@pytest.mark.parametrize(("cell", "month_day"), [("一月五日", (1, 5)), ("十二月三十一日", (12, 31)), ("二月九号", (2, 9))])
def test_a_month_and_day_in_chinese_numerals(cell: str, month_day: tuple[int, int]) -> None:
    assert values.month_day(cell) == month_day


@pytest.mark.parametrize("cell", ["十三月一日", "一月五", "正月初五", "十十月五日"])
def test_what_is_no_month_and_day(cell: str) -> None:
    """Look-alikes: no 13th month, no day without 日, the lunar calendar is not guessed."""
    assert values.month_day(cell) is None


@pytest.mark.parametrize(("cell", "found"), [("约0.275万元", ("约", "0.275万元")), ("約3萬", ("约", "3万")),
                                           ("13万元以內", ("以内", "13万元")), ("5万元左右", ("左右", "5万元"))])
def test_an_estimate_or_a_ceiling_gives_its_figure(cell: str, found: tuple[str, str]) -> None:
    assert values.estimate(cell) == found


@pytest.mark.parametrize("cell", ["13万元", "5万元以上", "约定12万", 125000.0, "约", "约约3万", "暂定5万", "以内"])
def test_what_is_no_estimate(cell: object) -> None:
    """Look-alikes: a plain figure, a floor (以上), 约定, a provisional sum (暂定) are no estimate of a figure."""
    assert values.estimate(cell) is None


def test_a_payment_written_as_an_estimate_is_still_rejected(store, tmp_path: Path) -> None:
    """Look-alike: a journal's amount is money that moved; "约3万元" there is no amount (a budget's is)."""
    rows = [["日期", "凭证号", "摘要", "支出", "对方单位"],
            [dt.date(2023, 1, 9), "记-1", "付道路款", "约3万元", "宏达建设"],
            [dt.date(2023, 1, 10), "记-2", "付材料款", 1200, "宏达建设"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "溪口村现金日记账.xlsx", {"日记账": rows})))
    assert [(r["row"], r["value"]) for r in sheet.rejected] == [(2, "约3万元")]
    assert sheet.warnings == []
