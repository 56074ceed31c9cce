"""Provides the reason given for a row of a two-sided book whose other side's column was not recognised.

A 日记账 gives each row's money in one of two columns, 收入（借方） or 支出（贷方). When the header of
one of them is not recognised (a character that only looks like the right one, "支岀（贷方）"; an
invisible one the reader does not know), every row of that side has its money in an unknown column
and none in the known one: the reason "缺少金额（列“收入（借方）”为空）" then blames the column that
was read, and the cause stood only in the sheet's note. Here the unknown column that looks like the
missing side is found, so the row's reason names it and points to the note.

Only a sheet with one side mapped and the other not is so read: a book with both sides, or with one
amount column and a direction, has no missing side.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from importers.synonyms import CREDIT, DEBIT, EXPENSE, INCOME, normalize_header

IN_FIELDS = (INCOME, DEBIT)
OUT_FIELDS = (EXPENSE, CREDIT)
# Words a header of either side holds, folded as ``normalize_header`` folds them. Only the words of a
# side's column: 付款 and 收款 also name a party ("付款人签字", "收款单位盖章" beside an income column).
IN_WORDS = ("收入", "借方")
OUT_WORDS = ("支出", "贷方")


def unread_side(mapped: Container[str], unknown: Sequence[str]) -> tuple[str, str] | None:
    """(the side's name, the unknown column's header) of a two-sided book whose one side is mapped
    (``mapped`` holds the helper fields of its columns) and whose other side's column is among the
    unknown ones; None for any other sheet."""
    has_in = any(name in mapped for name in IN_FIELDS)
    has_out = any(name in mapped for name in OUT_FIELDS)
    if has_in == has_out:
        return None
    side, words = ("支出", OUT_WORDS) if has_in else ("收入", IN_WORDS)
    for header in unknown:
        folded = normalize_header(header)
        if any(word in folded for word in words):
            return side, header
    return None


def unread_side_reason(side: str, header: str) -> str:
    """What a row without its amount is told when its side's column was not recognised."""
    return f"；“{header}”列未能识别（像是{side}列），{side}的行因此读不到金额，见工作表说明"
