"""Provides the reading of year lines: a lone "2022年" on a row of its own above each year's entries.

A book kept over several years whose 日期 column gives only the month and day writes the year once,
on a line of its own above that year's rows::

    日期  | 凭证号 | 摘要              | 收入    | 支出
    2022年 |        |                   |         |
    03-05 | 记3-01 | 收村级组织运转经费 | 2731.00 |
    …
    2023年 |        |                   |         |
    01-06 | 记1-15 | 付水窖维修人工费   |         | 4444.00

A 年/月/日 journal already reads such a line (``rowmap``'s period lines). A sheet with one date column
did not: its dates were read only in the title's year, so under a title naming a span
("2022-2023") they were left empty, and the year lines themselves were rejected for having no amount.
Here a year line is skipped with its reason and names the year of the month-day dates below it, until
the next one (it wins over the title's year: it is the nearer word); the sheet's note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers import values

YEAR_LINE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年度?(?:[:：])?")
"""The whole text of a year line: "2022年", "2023年度", "2022 年：" (a bare 2022 may be a count or an amount)."""
YEAR_LINE_REASON = "年份行（{text}）：以下只写月、日的日期按 {year} 年"
YEAR_LINES_NOTE = ("表中有单独一行写的年份（{lines}）：其下只写月、日的日期按该行的年份读取，直到下一个年份行"
                   "（共 {count} 行），请核对")
_LINES_SHOWN = 4


@dataclass
class YearLines:
    """The year lines of one sheet read so far, and the year they give the rows below the last one."""

    year: int | None = None
    lines: list[tuple[int, str]] = field(default_factory=list)
    """(row, text) of each year line, for the note."""
    dated: int = 0
    """Dates read in a line's year."""

    def line_reason(self, text: str, row: int) -> str | None:
        """The reason a row holding only ``text`` is a year line (whose year it takes), else None."""
        folded = "".join(text.split())
        match = YEAR_LINE_RE.fullmatch(folded)
        if match is None or int(match["y"]) not in values.PLAUSIBLE_YEARS:
            return None
        self.year = int(match["y"])
        self.lines.append((row, folded))
        return YEAR_LINE_REASON.format(text=folded, year=self.year)

    def current(self) -> int | None:
        """The year of the last year line, counted as used: the date converter asks only when it needs one."""
        if self.year is not None:
            self.dated += 1
        return self.year

    def note(self) -> str:
        """The sheet's note on the dates read in a year line's year ('' when none was)."""
        if not self.dated:
            return ""
        shown = "、".join(f"第 {row} 行“{text}”" for row, text in self.lines[:_LINES_SHOWN])
        more = f"等 {len(self.lines)} 处" if len(self.lines) > _LINES_SHOWN else ""
        return YEAR_LINES_NOTE.format(lines=shown + more, count=self.dated)
