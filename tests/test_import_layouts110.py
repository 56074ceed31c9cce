"""Layouts of blind sets qa110–qa112 (coast, tourism and sand villages, measured after the evening's
fixes) that were misread:

- qa110: a 滩涂 lease register names each flat by where it lies (滩涂位置 "东沙岙北侧"): every lease came
  in without a name. 滩涂, 海域, 水面, 山场, 林地, 草场 + 位置/坐落 now name the resource where no
  column does, as 店面位置 and 地块位置 already did;
- qa111: a person written after a bracket that closes a remark on the money ("收停车场承包金（第二期）李建国")
  was not read; a sheet (门票分成) of a workbook named for several books ("旅游收入及现金日记账.xlsx")
  was taken for the cash journal, its bank receipts booked as cash.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, write_xlsx


def test_a_tidal_flat_is_named_by_where_it_lies(store, tmp_path: Path) -> None:
    rows = [["东沙村海域滩涂使用权发包台账"], ["序号", "滩涂位置", "养殖品种", "承包人", "面积（亩）", "年承包金（元）", "承包期限"],
            [1, "东沙岙北侧", "缢蛏", "林阿宝", 35, 10500, "2021.1.1-2025.12.31"]]
    import_one(store, write_xlsx(tmp_path / "东沙村滩涂发包台账.xlsx", {"滩涂": rows}))
    assert [(r["name"], r["counterparty"], r["amount"]) for r in records(store, "resource")] == [
        ("东沙岙北侧", "林阿宝", 10500.0)]


def test_a_person_after_a_closing_bracket_is_the_party(store, tmp_path: Path) -> None:
    rows = [["云溪村现金日记账"], ["月", "日", "凭证号", "摘要", "收入", "支出"],
            [7, 2, "现收-9", "收停车场承包金（第二期）李建国", 18000, None],
            [7, 5, "现付-3", "付道闸维修费（含配件）", None, 650]]
    import_one(store, write_xlsx(tmp_path / "云溪村2023年现金日记账.xlsx", {"现金日记账": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == ["李建国", None]


def test_a_workbook_named_for_several_books_makes_no_sheet_a_cash_journal(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "收入金额"], ["2023-07-05", "收景区门票分成（6月）", 24100]]
    cash = [["日期", "摘要", "收入", "支出"], ["2023-07-06", "付保洁费", None, 800]]
    import_one(store, write_xlsx(tmp_path / "云溪村2023年旅游收入及现金日记账.xlsx", {"门票分成": rows, "现金日记账": cash}))
    assert sorted((p["source"]["sheet"], p["method"] or "") for p in records(store, "payment")) == [
        ("现金日记账", "现金"), ("门票分成", "")]
