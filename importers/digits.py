"""Reads the amounts of an accounting-paper (账页式) ledger typed into Excel one digit a cell.

The printed 现金日记账, 银行存款日记账 and 明细账 split each of 借方 / 贷方 / 余额 into
columns headed by their place, under a parent merged over them::

    借 方 金 额                          | 贷 方 金 额 …
    千 | 百 | 十 | 万 | 千 | 百 | 十 | 元 | 角 | 分 | 千 …
             |    |    |  3 |  8 |  6 |  5 |  0 |

Read column by column, only the 元 cell looked like an amount (386.50 came in as 6.00, and a
row whose 元 digit is 0 as no amount at all). A run of consecutive child headers that are the
places of a number, from the highest down to 元 or 分, is one money column of its parent: the
number is its digits put together. A blank cell is 0 (the cells left of the first digit are
blank); a ¥ may stand in the cell just before the first digit, as on paper. Anything else in a
cell (two digits, a letter, a minus) is no digit: the amount is not guessed, the row says which
cell it is.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

# The places printed over the digit cells, highest first, with their power of ten (角 and 分 are
# tenths and hundredths). Templates start anywhere (亿, 千万 or 万) and end at 元 or 分.
PLACES: tuple[tuple[str, int], ...] = (
    ("千", 11), ("百", 10), ("十", 9), ("亿", 8), ("千", 7), ("百", 6), ("十", 5), ("万", 4),
    ("千", 3), ("百", 2), ("十", 1), ("元", 0), ("角", -1), ("分", -2))
RUN_ENDS = frozenset({0, -2})
"""A run ends at 元 or 分: "元 角" alone (or a run stopping at 十) is no number's places."""
MIN_TOP_PLACE = 2
"""The highest place must be 百 or higher: "元 | 角 | 分" under 金额 is a 元 column with its cents
beside it (386 | 5 | 0), not one digit a cell."""
YUAN_SIGNS = frozenset({"¥", "￥"})

DIGIT_PROBLEM = "“{header}”按数位分列，{place}位写的是“{text}”，不是一位数字：金额无法合成，未导入"


@dataclass(frozen=True)
class DigitRun:
    """The digit cells of one amount: columns ``first``..``last``, their powers of ten, their parent."""

    first: int
    last: int
    powers: tuple[int, ...]
    parent: str

    @property
    def header(self) -> str:
        """The name of the one money column the run reads as ("借方金额（元）")."""
        return f"{self.parent}（元）"


def _clean(text: Any) -> str:
    return "".join(str(text).split()) if text is not None else ""


def find_digit_runs(parents: list[str], children: list[str]) -> list[DigitRun]:
    """The runs of digit columns of a two-row header, left to right ([] for any other header).

    A run is the longest stretch of consecutive children that spell a stretch of ``PLACES``
    ending at 元 or 分, under one parent (a csv writes the parent over the first cell only).
    """
    runs: list[DigitRun] = []
    c = 0
    while c < len(children):
        run = _run_at(parents, children, c)
        if run is None:
            c += 1
            continue
        runs.append(run)
        c = run.last + 1
    return runs


def _run_at(parents: list[str], children: list[str], start: int) -> DigitRun | None:
    best: DigitRun | None = None
    for top in range(len(PLACES)):
        if PLACES[top][0] != _clean(children[start]) or PLACES[top][1] < MIN_TOP_PLACE:
            continue
        parent = _clean(parents[start]) if start < len(parents) else ""
        c, place = start, top
        while c < len(children) and place < len(PLACES) and _clean(children[c]) == PLACES[place][0]:
            above = _clean(parents[c]) if c < len(parents) else ""
            if above and parent and above != parent:
                break  # the next parent's run starts here
            parent = parent or above
            if PLACES[place][1] in RUN_ENDS and parent:
                powers = tuple(power for _, power in PLACES[top:place + 1])
                found = DigitRun(start, c, powers, parents[start] or parent)
                best = found if best is None or found.last > best.last else best
            c, place = c + 1, place + 1
    return best


def join_digit_runs(row: list[Any], runs: list[DigitRun]) -> tuple[list[Any], dict[int, tuple[str, str, str]]]:
    """The row with each run's amount ("386.50", or "" when blank) in its first cell and its other
    cells blank; and, by run's first column, the (header, text, reason) of a run with a cell that is
    no digit (its cells are then left as they are)."""
    joined = list(row)
    problems: dict[int, tuple[str, str, str]] = {}
    for run in runs:
        cells = [row[c] if c < len(row) else None for c in range(run.first, run.last + 1)]
        fen, bad = _read_digits(cells, run.powers)
        if bad is not None:
            place, text = bad
            problems[run.first] = (run.header, text, DIGIT_PROBLEM.format(
                header=run.header, place=_place_name(place), text=text))
            continue
        if run.first >= len(joined):
            continue
        for c in range(run.first, min(run.last + 1, len(joined))):
            joined[c] = ""
        joined[run.first] = "" if fen is None else f"{fen // 100}.{fen % 100:02d}"
    return joined, problems


def place_names(powers: tuple[int, ...]) -> list[str]:
    """The places a run's header prints ("千", "百", … "分")."""
    return [next(name for name, p in PLACES if p == power) for power in powers]


def _place_name(power: int) -> str:
    """The place a power of ten stands for, with its group where the name repeats (千万, 十亿)."""
    name = next(name for name, p in PLACES if p == power)
    group = "亿" if power >= 9 else "万" if power >= 5 else ""
    return f"{name}{group}"


def _read_digits(cells: list[Any], powers: tuple[int, ...]) -> tuple[int | None, tuple[int, str] | None]:
    """(the amount in 分, None) or (None, (place, text) of the first cell that is no digit);
    (None, None) for a run with no digit at all."""
    fen = 0
    seen = False
    for i, (value, power) in enumerate(zip(cells, powers)):
        digit = _digit(value)
        if digit is None:
            text = _clean(value)
            if text in YUAN_SIGNS and not seen and i + 1 < len(cells) and _digit(cells[i + 1]) not in (None, 0):
                continue  # ¥ just before the first digit, as written on paper
            return None, (power, text)
        if value in ("", None):
            continue
        seen = True
        fen += digit * 10 ** (power + 2)
    return (fen if seen else None), None


def _digit(value: Any) -> int | None:
    """The digit a cell holds: 0 for a blank one; None for anything else (12, x, -, ¥)."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if value == int(value) and 0 <= value <= 9 else None
    text = _clean(value)
    if not text:
        return 0
    if len(text) == 1 and text.isdigit():
        return unicodedata.digit(text)
    return None
