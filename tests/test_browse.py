"""browse: frequency tables keep payments' 收入 and 支出 apart; other kinds keep one amount."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from xuncha import browse, models
from xuncha.browse import FrequencyLine, RecordQuery
from xuncha.store import SheetCounts, Store

SHA = "b" * 64

PAYMENTS = [
    # (row, village, date, direction, amount fen, counterparty)
    (4, "石桥村", dt.date(2022, 3, 1), "out", 125_705_440, "宏达建设"),
    (5, "石桥村", dt.date(2022, 5, 9), "in", 66_239_883, "镇财政所"),
    (6, "石桥村", dt.date(2022, 7, 2), "out", 1_000_00, "宏达建设有限公司"),
    (7, "石桥村", dt.date(2023, 1, 5), "in", 50_000_00, "镇财政所"),
    (8, "马吉村", dt.date(2023, 2, 1), None, 30_000, "张三"),
]


def write_payments(store: Store) -> None:
    with store.importing("收支.xlsx", "/tmp/收支.xlsx", SHA, 100) as writer:
        sheet_id = writer.add_sheet("收支明细", "payment", "石桥村", 3, {"金额": "amount"})
        rows = []
        for row, village, date, direction, amount, party in PAYMENTS:
            raw = {"摘要": f"第{row}行", "金额": str(amount / 100)}
            rows.append({
                "id": models.record_uid(SHA, "收支明细", row), "village": village,
                "source_file": "收支.xlsx", "source_sheet": "收支明细", "source_row": row,
                "raw": json.dumps(raw, ensure_ascii=False), "row_hash": models.row_hash(raw),
                "date": date, "direction": direction, "amount": amount, "counterparty": party,
                "summary": f"第{row}行",
            })
        writer.add_records("payment", rows)
        writer.finish_sheet(sheet_id, SheetCounts(imported=len(rows)))


def write_contracts(store: Store) -> None:
    with store.importing("合同.xlsx", "/tmp/合同.xlsx", "c" * 64, 100) as writer:
        sheet_id = writer.add_sheet("合同台账", "contract", "石桥村", 3, {"合同金额": "amount"})
        rows = []
        for row, amount in ((4, 9_050_000), (5, 9_340_000)):
            raw = {"合同名称": f"道路{row}", "合同金额": str(amount / 100)}
            rows.append({
                "id": models.record_uid("c" * 64, "合同台账", row), "village": "石桥村",
                "source_file": "合同.xlsx", "source_sheet": "合同台账", "source_row": row,
                "raw": json.dumps(raw, ensure_ascii=False), "row_hash": models.row_hash(raw),
                "title": f"道路{row}", "amount": amount, "signed_on": dt.date(2022, 4, row),
            })
        writer.add_records("contract", rows)
        writer.finish_sheet(sheet_id, SheetCounts(imported=len(rows)))


def by_label(lines: list[FrequencyLine]) -> dict[str, FrequencyLine]:
    return {line.label: line for line in lines}


def test_payment_years_give_income_and_expense_apart(store: Store) -> None:
    write_payments(store)
    lines = by_label(browse.frequency(store, RecordQuery("payment"), "year"))
    year_2022 = lines["2022年"]
    assert year_2022.count == 3
    assert year_2022.expense == 125_705_440 + 1_000_00
    assert year_2022.income == 66_239_883
    assert year_2022.undirected is None
    # The sum of money in and money out is meaningless, so there is none.
    assert year_2022.amount is None
    assert lines["2023年"].income == 50_000_00 and lines["2023年"].expense is None
    assert lines["2023年"].undirected == 30_000


def test_payment_villages_and_drill_keep_the_split(store: Store) -> None:
    write_payments(store)
    lines = by_label(browse.frequency(store, RecordQuery("payment"), "village"))
    assert (lines["石桥村"].income, lines["石桥村"].expense) == (66_239_883 + 50_000_00, 125_705_440 + 1_000_00)
    assert (lines["马吉村"].income, lines["马吉村"].expense, lines["马吉村"].undirected) == (None, None, 30_000)
    # A summary over a drilled-down query splits the same way.
    drill = browse.drill_for("payment", "village", lines["石桥村"])
    years = by_label(browse.frequency(store, RecordQuery("payment").with_drill(drill), "year"))
    assert years["2023年"].income == 50_000_00 and years["2023年"].undirected is None


def test_other_kinds_keep_one_amount(store: Store) -> None:
    write_contracts(store)
    [line] = browse.frequency(store, RecordQuery("contract"), "village")
    assert line.amount == 9_050_000 + 9_340_000
    assert (line.income, line.expense, line.undirected) == (None, None, None)
    assert browse.splits_direction("payment") and not browse.splits_direction("contract")


def test_merged_spellings_add_up_each_side(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two spellings of one counterparty fold into one line whose income and expense are the members' sums."""
    from xuncha import parties

    lines = [
        FrequencyLine("宏达建设", "宏达建设", 2, None, 0.5, income=100, expense=1_000),
        FrequencyLine("宏达建设有限公司", "宏达建设有限公司", 1, None, 0.25, income=None, expense=500),
        FrequencyLine("镇财政所", "镇财政所", 1, None, 0.25, income=7, expense=None, undirected=3),
    ]
    monkeypatch.setattr(parties, "identity_map", lambda store: {"宏达建设": "p1", "宏达建设有限公司": "p1"})
    monkeypatch.setattr(parties, "display_name", lambda store, key: "宏达建设")
    merged = browse.merge_identities(store, lines)
    first = merged[0]
    assert first.label == "宏达建设（2 种写法）" and first.count == 3
    assert (first.income, first.expense, first.undirected, first.amount) == (100, 1_500, None, None)
    assert merged[1] is lines[2]


def test_merged_spellings_of_other_kinds_add_their_amounts(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from xuncha import parties

    lines = [FrequencyLine("甲", "甲", 1, 200, 0.5), FrequencyLine("甲公司", "甲公司", 1, 300, 0.5)]
    monkeypatch.setattr(parties, "identity_map", lambda store: {"甲": "p", "甲公司": "p"})
    monkeypatch.setattr(parties, "display_name", lambda store, key: "甲")
    [line] = browse.merge_identities(store, lines)
    assert line.amount == 500 and line.income is None and line.expense is None
