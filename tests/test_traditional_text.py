"""繁体 text beyond the importer (``xuncha.traditional``): a record keeps what the village wrote
(陳記建材), while search and counterparty grouping compare the simplified forms, so that a search
typed in simplified characters finds it and 陳記建材 and 陈记建材 are one party. Look-alikes: a
simplified text is left as it is, and names that only look alike stay apart."""

from __future__ import annotations

from pathlib import Path

from tests.search_fixtures import add_file, d, new_store, refresh
from xuncha import parties, search
from xuncha.names import normalize_name
from xuncha.search_index import fold
from xuncha.traditional import has_traditional, simplified


def _store(tmp_path: Path):
    store = new_store(tmp_path)
    add_file(store, "陳坑村日記賬.xlsx", {"現金": ("payment", "陳坑村", [
        {"summary": "購買水泥", "counterparty": "陳記建材", "amount": 1_280_00, "date": d("2023-01-05")},
        {"summary": "路燈維修", "counterparty": "黃德明", "amount": 460_00, "date": d("2023-01-09")},
    ])})
    add_file(store, "陈坑村收支.xlsx", {"收支": ("payment", "陈坑村", [
        {"summary": "购买砂石", "counterparty": "陈记建材", "amount": 2_300_00, "date": d("2023-02-11")},
        {"summary": "购买砂石", "counterparty": "陈纪建材", "amount": 900_00, "date": d("2023-02-12")},
    ])})
    refresh(store)
    return store


def test_a_search_in_simplified_characters_finds_records_written_in_traditional(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        found = {hit.amount for hit in search.search(store, "陈记建材")}
        assert {1_280_00, 2_300_00} <= found  # 陳記建材's and 陈记建材's
        assert [hit.amount for hit in search.search(store, "黄德明")] == [460_00]
        assert [hit.title for hit in search.search(store, "路灯")] == ["路燈維修"]
    finally:
        store.close()


def test_one_firm_written_both_ways_is_one_party_and_a_look_alike_is_not(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        assert parties.identity_of(store, "陳記建材") == parties.identity_of(store, "陈记建材")
        assert parties.identity_of(store, "陈纪建材") != parties.identity_of(store, "陈记建材")
    finally:
        store.close()


def test_simplified_text_is_left_as_it_is() -> None:
    for text in ("陈记建材", "著名", "乾隆路", "石桥村2023年合同台账", "ABC-12"):
        assert not has_traditional(text) or text == "乾隆路"
        assert simplified(text) == text
    assert simplified("對方單位") == "对方单位" and fold("陳記建材") == fold("陈记建材")
    assert normalize_name("陳記建材（有限公司）") == normalize_name("陈记建材")
