"""Rows of blind sets qa73 and qa75 that were read otherwise than an inspector reads them:

- a buyer written "个人 孙德林" (a register listing companies and persons in one column) kept "个人" as part
  of the name, so the person never matched a cadre's relative of that name;
- a shop called a 部 other than 经营部/门市部 ("那坡县壮乡印务部") was not read from the 摘要.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.parties import summary_organisation
from importers.party_cells import party_text
from tests.test_import_support import import_one, records, write_xlsx


@pytest.mark.parametrize(("cell", "party"), [
    ("个人 孙德林", "孙德林"),
    ("个人　王守财", "王守财"),  # a full-width space
    ("自然人 阿不都·买买提", "阿不都·买买提"),
    ("个人", "个人"),  # nothing after the word: kept as written
    ("张三 李四", "张三 李四"),  # two persons: kept as written
])
def test_the_word_for_a_person_before_the_name_is_no_part_of_it(cell: str, party: str) -> None:
    assert party_text(cell) == party


def test_a_sales_sheet_listing_persons_as_such_reads_their_names(store, tmp_path: Path) -> None:
    rows = [["兴安村2023年林木采伐收入明细"], ["日期", "票据号", "树种", "金额", "购买方", "经手人"],
            ["2023年3月18日", "0008", "白桦", 6750, "个人 孙德林", "周长青"],
            ["2023年3月25日", "0009", "落叶松", 48000, "伊春市鑫森木业有限公司", "李振国"]]
    import_one(store, write_xlsx(tmp_path / "兴安村2023年采伐收入台账.xlsx", {"采伐收入": rows}))
    assert sorted(p["counterparty"] for p in records(store, "payment")) == ["伊春市鑫森木业有限公司", "孙德林"]


@pytest.mark.parametrize(("summary", "party"), [
    ("付那坡县壮乡印务部宣传栏制作费", "那坡县壮乡印务部"),
    ("支付红星广告部标牌款", "红星广告部"),
    ("付村党支部活动经费", None),  # the village's own party branch
])
def test_a_small_trade_called_a_department_is_read_from_the_summary(summary: str, party: str | None) -> None:
    assert summary_organisation(summary, "弄怀村") == party
