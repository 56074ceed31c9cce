"""Layouts of blind set qa130 (text pasted from WeChat, Word, web pages and PDF readers) that used to be misread:

- a zero-width character (U+200B, U+200C, U+200D, U+2060, U+FEFF) inside a header word made the column
  unknown (支\u200b出（贷方）, 起始\u200b日期, 职\u200b务): every money-out row was rejected, every start
  date and position lost; inside a 合计 the total was imported as an entry, inside a village's name in a
  title or a file name the village was cut short; the sheet's note printed the header with it;
- a row whose side's column stays unknown ("支岀（贷方）", a look-alike 岀) was told its *income* column
  was empty: the reason now names the unknown column and the note;
- O or 〇 typed for the digit 0 amid Arabic digits (2O23年3月18日, 2〇23-04-10) left the date unread (now read,
  the row warned);
- 。 typed for the decimal point (1。8 亩) left the number unread;
- full-width codes and vouchers (ＺＣ－００１, 记－０１) are kept as written and found by ZC-001 / 记-01.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from importers.rowmap import ZERO_LOOKALIKE_WARNING
from importers.synonyms import normalize_header
from importers.villages import find_villages
from tests.search_fixtures import refresh
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx
from xuncha import search

ZW, ZWJ, ZWNJ, WJ, BOM = "\u200b", "\u200d", "\u200c", "\u2060", "\ufeff"


def _journal(expense_header: str) -> list[list[object]]:
    return [["石桥村2023年银行存款日记账"], ["单位：元"],
            [BOM + "日　期", "凭证\n号", "摘要", "对方" + ZW + "户名", "收入\n（借方）", expense_header, "余 额"],
            ["2023-03-01", "记-01", "付工程款", "金华市路通建设有限公司", None, "120,000.00", "10,000.00"],
            ["2023-03-02", "记-02", "收租金", "王伟", "3,000.00", None, "13,000.00"],
            ["合" + ZW + "计", None, None, None, "3,000.00", "120,000.00", None]]


@pytest.mark.parametrize("mark", [ZW, ZWJ, ZWNJ, WJ, BOM])
def test_a_zero_width_character_inside_a_header_word_is_no_part_of_it(store, tmp_path: Path, mark: str) -> None:
    path = write_xlsx(tmp_path / "石桥村2023年银行存款日记账.xlsx", {"银行存款": _journal("支" + mark + "出\n（贷方）")})
    sheet = sheet_of(import_one(store, path))
    assert [(p["direction"], p["amount"], p["counterparty"]) for p in records(store, "payment")] == [
        ("out", 120000.0, "金华市路通建设有限公司"), ("in", 3000.0, "王伟")]
    assert sheet.rejected == [] and "未识别的列" not in sheet.note
    assert not any(mark in header for header in sheet.mapping)  # the headers are printed as they look


def test_a_total_with_a_zero_width_character_is_a_total(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村日记账.xlsx", {"银行存款": _journal("支出（贷方）")})))
    assert len(records(store, "payment")) == 2
    assert [s["row"] for s in sheet.skipped] == [6] and "合计" in sheet.skipped[0]["reason"]


def test_zero_width_headers_of_a_lease_csv_and_a_cadre_list(store, tmp_path: Path) -> None:
    leases = [["东岗村集体资源发包台账"],
              ["序号", "资源" + ZW + "名称", "面积　（亩）", "承包方\xa0", "年租金（元）", "起始" + ZW + "日期", "终止日期\t"],
              [1, "村东鱼塘", "１８", "王建国", "３，２００", "2021-09-01", "2024-08-31" + BOM]]
    import_one(store, write_csv(tmp_path / "东岗村集体资源发包台账.csv", leases, encoding="utf-8-sig"))
    assert [(r["area"], r["started_on"], r["ended_on"]) for r in records(store, "resource")] == [
        (18.0, "2021-09-01", "2024-08-31")]
    cadres = [["姓　　名", "职" + ZW + "务", "联系\n电话"], ["王　伟", "党支部书记", "13805791234"],
              ["李小红", ZW + "村委委员", "13905792345"]]
    import_one(store, write_xlsx(tmp_path / "柳塘村村干部名单.xlsx", {"两委班子": cadres}))
    assert [(c["name"], c["position"]) for c in records(store, "cadre")] == [("王伟", "党支部书记"), ("李小红", "村委委员")]


def test_zero_width_headers_of_an_xls_contract_register(store, tmp_path: Path) -> None:
    rows = [["合同" + ZW + "编号", "合 同 名 称", "乙方（承包方）\xa0", "合 同 金 额", "签订\n日期", "采购" + ZWJ + "方式"],
            ["HT-2023-01", "村道硬化工程施工合同", "金华市路通建设有限公司", "120,000.00", "2023-03-05", "公开招标"]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "柳塘村合同台账.xls", {"2023年": rows})))
    assert [(c["code"], c["procurement"]) for c in records(store, "contract")] == [("HT-2023-01", "公开招标")]
    assert "未识别的列" not in sheet.note


def test_a_village_named_with_a_zero_width_character_inside(store, tmp_path: Path) -> None:
    assert find_villages("石" + ZW + "桥村2023年银行存款日记账") == ["石桥村"]
    rows = [["日期", "摘要", "收入", "支出"], ["2023-03-02", "收租金", 3000, None]]
    import_one(store, write_xlsx(tmp_path / ("石" + ZW + "桥村日记账.xlsx"), {"现金": rows}))
    assert [p["village"] for p in records(store, "payment")] == ["石桥村"]


def test_normalize_header_drops_zero_width_characters() -> None:
    assert normalize_header("支" + ZW + "出（贷方）") == normalize_header("支出（贷方）")
    assert normalize_header(BOM + "日期") == "日期"


def test_an_unknown_column_of_the_other_side_is_named_in_the_reason(store, tmp_path: Path) -> None:
    """支岀 (a look-alike 岀) stays unknown: the row is rejected, but the reason names the unknown column."""
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村日记账.xlsx", {"银行存款": _journal("支岀（贷方）")})))
    reasons = [r["reason"] for r in sheet.rejected]
    assert len(reasons) == 1 and "“支岀（贷方）”列未能识别（像是支出列）" in reasons[0] and "见工作表说明" in reasons[0]
    assert "未识别的列：支岀（贷方）" in sheet.note


def test_a_missing_amount_without_an_unknown_side_keeps_its_reason(store, tmp_path: Path) -> None:
    """Look-alikes: a book with both sides, a row blank in both, is told only that its amount is missing;
    so is an income book whose unknown column speaks of the payment (付款备查), no side of money."""
    rows = [["日期", "摘要", "收入", "支出"], ["2023-03-01", "收租金", 3000, None], ["2023-03-02", "付电费", None, None]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村日记账.xlsx", {"现金": rows})))
    assert [r["reason"] for r in sheet.rejected] == ["缺少金额（列“收入、支出”为空）"]
    rows = [["日期", "摘要", "收入金额", "付款备查"], ["2023-03-01", "收租金", 3000, "已盖"],
            ["2023-03-02", "收承包费", None, "已盖"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "石桥村收入登记.xlsx", {"收入": rows})))
    assert [r["reason"] for r in sheet.rejected] == ["缺少金额（列“收入金额”为空）"]
    assert "未识别的列：付款备查" in sheet.note


@pytest.mark.parametrize(("text", "day"), [
    ("2O23年3月18日", "2023-03-18"), ("2〇23-04-10", "2023-04-10"), ("2〇16年5月2〇日", "2016-05-20"),
    ("2o23.3.1", "2023-03-01"), ("２Ｏ２３－３－５", "2023-03-05"), ("2○23/10/2○", "2023-10-20"),
    ("二〇二三年六月十五日", "2023-06-15"),  # Chinese numerals, read as before
])
def test_o_or_ling_typed_for_zero_in_a_date(text: str, day: str) -> None:
    assert values.parse_date(text).isoformat() == day


@pytest.mark.parametrize("text", ["ZC-O04", "Oo-12", "1O", "2O23", "O.O", "2〇23年六月", "NO.2023-01", "2O23年3月上旬见"])
def test_texts_with_letters_that_are_no_dates_stay_unread(text: str) -> None:
    """Look-alikes: a code, a bare number or year, a text mixing Arabic and Chinese numerals or words."""
    with pytest.raises(values.ValueProblem):
        values.parse_date(text)


def test_mixed_zero_dates_through_the_pipeline(store, tmp_path: Path) -> None:
    rows = [["资产编号", "资产名称", "原值（元）", "购置日期"], ["ZC-001", "村部办公楼", 520000, "2〇16年5月2〇日"],
            ["ZC-002", "文化广场", 365280, "2O20年6月18日"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东岗村固定资产登记表.xlsx", {"资产": rows})))
    assert [a["acquired_on"] for a in records(store, "asset")] == ["2016-05-20", "2020-06-18"]
    # The reading is the importer's, not what the cell shows: each such row says which character was read as 0.
    assert [(w["row"], w["reason"]) for w in sheet.warnings] == [
        (2, ZERO_LOOKALIKE_WARNING.format(chars="“〇”")), (3, ZERO_LOOKALIKE_WARNING.format(chars="“O”"))]


@pytest.mark.parametrize(("text", "number"), [("1。8", 1.8), ("2。4亩", 2.4), ("12，500", 12500.0),
                                              ("21，900.00", 21900.0), ("３，２００", 3200.0), ("1，286.40", 1286.4)])
def test_a_chinese_full_stop_between_digits_is_a_decimal_point(text: str, number: float) -> None:
    assert values.parse_number(text) == number


def test_a_chinese_full_stop_in_money_and_where_it_is_no_point() -> None:
    assert values.parse_money("3。5万") == 3_500_000
    for text in ("3。", "。5", "1。2。3", "完成。2"):
        with pytest.raises(values.ValueProblem):
            values.parse_number(text)


def test_areas_with_a_chinese_full_stop_through_the_pipeline(store, tmp_path: Path) -> None:
    rows = [["序号", "资源名称", "面积（亩）", "承包方", "年租金（元）"], [1, "村东鱼塘", "1。8", "王建国", "3，200"],
            [2, "后山林地", "120\xa0", "李春生", "21，900.00"]]
    import_one(store, write_csv(tmp_path / "东岗村集体资源发包台账.csv", rows))
    leases = by_row(records(store, "resource"))
    assert [(r["area"], r["amount"]) for r in leases.values()] == [(1.8, 3200.0), (120.0, 21900.0)]


def test_full_width_codes_are_kept_and_found_by_their_ascii_spelling(store, tmp_path: Path) -> None:
    assets = [["资产编号", "资产名称", "原值（元）", "购置日期"], ["ＺＣ－００１", "村部办公楼", 520000, "2016-05-20"]]
    import_one(store, write_xlsx(tmp_path / "东岗村固定资产登记表.xlsx", {"资产": assets}))
    journal = [["日期", "凭证号", "摘要", "收入", "支出"], ["2023-03-01", "记－０１", "付工程款", None, 120000]]
    import_one(store, write_xlsx(tmp_path / "东岗村现金日记账.xlsx", {"现金": journal}))
    assert [a["code"] for a in records(store, "asset")] == ["ＺＣ－００１"]
    assert [p["voucher"] for p in records(store, "payment")] == ["记－０１"]
    refresh(store)
    assert [hit.kind for hit in search.search(store, "ZC-001")] == ["asset"]
    assert [hit.kind for hit in search.search(store, "记-01")] == ["payment"]

