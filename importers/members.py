"""Provides the reading of a form row that names several people, one column a role.

A township's online form (问卷星, 金数据) asks a village for a body's members in one submission,
a question each::

    村（社区）名称 | 监委会主任姓名 | 监委会委员1姓名 | 监委会委员2姓名 | 主任联系电话

Read row by row, the row gave one cadre (the first name column, with no position) and the other
members were dropped without a word. Here such a sheet is read once per person column, as a
左收右支 sheet is read once per side (``importers.sides``): each reading takes its own person column
as the name, the role its header names as the position (监委会委员1姓名 -> 村务监督委员会委员), and
every record keeps its row number. A column of one role only (主任联系电话) is left to that role's
reading.

A cadre list with a 姓名 or a 职务 column (one person a row) is no such sheet, and nor is a sheet
with a single role column (主任 | 电话: the 主任 is the row's person).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from importers.bodies import CADRE_BODIES
from importers.headers import HeaderLayout, column_letter, find_header
from importers.mapping import Mapping
from importers.plan import SheetPlan, join_notes
from importers.synonyms import IGNORE, match_text, normalize_header, split_brackets

Row = list[Any]

# A body's roles. Not 会计, 出纳 or 经办人: in a book those columns name who handled an entry.
_ROLES = ("副主任", "主任", "副书记", "书记", "委员", "副组长", "组长", "成员", "主席")
# A column of money or a date makes the sheet a book or a register, whatever its role columns say.
_RECORD_FIELDS = frozenset({"amount", "date", "summary", "signed_on", "budget"})
# A header naming a person by role: an optional body, the role, an optional number (委员1, 委员2)
# and an optional 姓名: "监委会主任姓名", "委员1", "主任".
PERSON_HEADER = re.compile(rf"^(?P<body>{'|'.join(CADRE_BODIES)})?(?P<role>{'|'.join(_ROLES)})"
                           r"(?P<number>\d{0,2})(?:姓名|名字|人选)?$")
# A body's short name, read as its full name in a position.
BODY_FULL_NAMES = {"监委会": "村务监督委员会", "村务监督小组": "村务监督委员会"}
POSITION_COLUMN = "职务（按列名）"
"""The column each reading adds: the position its person column's header names."""
MEMBERS_NOTE = "一行填写多人：按“{header}”列读取姓名（第 {column} 列），职务记为“{position}”"
_PERSON_TEXT = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")


@dataclass
class MemberPass:
    """One reading of a several-people form sheet: one person column and its role."""

    column: int
    header: str
    position: str
    role: str
    layout: HeaderLayout
    mapping: Mapping
    others: tuple[int, ...]
    """The columns this reading blanks: the other person columns and the other roles' own columns."""
    first: bool = False
    row_part: str = ""
    """What tells this reading's record ids from the others' on the same row (``SheetPlan.row_part``)."""

    @property
    def note(self) -> str:
        return MEMBERS_NOTE.format(header=self.header, column=column_letter(self.column), position=self.position)

    def apply(self, plan: SheetPlan) -> None:
        """What this reading adds to its plan: the note naming its person column and role, and the part
        of the ids that tells its records from the other people's on the same row."""
        plan.note = join_notes(self.note, plan.note)
        plan.row_part = self.row_part

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows as this reading sees them: the header with the added position column,
        each row with the other people blanked and its position added. The first reading keeps every
        row (blank and non-data rows are reported once); the others only rows naming their person."""
        for number, row in rows:
            if number < self.layout.last_row:
                yield number, row
                continue
            if number == self.layout.last_row:
                yield number, list(row) + [POSITION_COLUMN]
                continue
            own = list(row) + [None] * max(0, self.column + 1 - len(row))
            if _blank(own[self.column]):
                if self.first:
                    yield number, list(row) + [None]
                continue
            for index in self.others:
                if index < len(own):
                    own[index] = None
            yield number, own + [self.position]


def find_member_passes(head: Sequence[tuple[int, Row]]) -> list[MemberPass] | None:
    """One reading per person column of a form sheet naming several people a row; None for any other sheet."""
    if not any(isinstance(value, str) and any(role in value for role in _ROLES) for _, row in head for value in row):
        return None  # no cell names a role: no need to look for the header again
    layout = find_header(head)
    if layout is None:
        return None
    bases = [split_brackets(normalize_header(name))[0] for name in layout.children]
    if any(_names_one_person_a_row(name) or _names_a_record_field(name) for name in layout.children):
        return None
    people = [(index, match) for index, base in enumerate(bases) if (match := PERSON_HEADER.match(base))]
    if len(people) < 2 or not _holds_names(head, layout, [index for index, _ in people]):
        return None
    roles = {match["role"] for _, match in people}
    person_columns = {index for index, _ in people}
    passes = []
    for number, (index, match) in enumerate(people):
        role = match["role"]
        # A column of one role only ("主任联系电话") belongs to that role's reading.
        own_of_others = {other for other, base in enumerate(bases) if other not in person_columns
                         and any(base.startswith(word) for word in roles - {role})}
        others = tuple(sorted((person_columns - {index}) | own_of_others))
        # By the header's name, which tells a repeated header apart ("委员姓名", "委员姓名(2)").
        columns = {layout.names[other]: IGNORE for other in person_columns - {index}}
        columns.update({layout.names[index]: "name", POSITION_COLUMN: "position"})
        mapping = Mapping(kind="cadre", columns=columns, source="一行多人")
        passes.append(MemberPass(index, layout.names[index], _position(match), role, layout, mapping, others,
                                 first=number == 0, row_part="" if number == 0 else f"/{column_letter(index)}"))
    return passes


def _names_one_person_a_row(header: str) -> bool:
    """A 姓名 or 职务 column: the sheet lists one person a row, whatever its other columns say."""
    match = match_text(header, "cadre")
    return match is not None and match.field in ("name", "position") and \
        PERSON_HEADER.match(split_brackets(normalize_header(header))[0]) is None


def _names_a_record_field(header: str) -> bool:
    """An amount, a date or a 摘要 column: the sheet is a book or a register (审批人 | 主任 beside 金额)."""
    return any((match := match_text(header, kind)) is not None and match.field in _RECORD_FIELDS
               for kind in ("payment", "contract", "project"))


def _holds_names(head: Sequence[tuple[int, Row]], layout: HeaderLayout, columns: list[int]) -> bool:
    """Whether a first row names a person in two of the role columns (not 是/否 ticks or counts)."""
    for number, row in head:
        if number <= layout.last_row:
            continue
        named = [row[index] for index in columns if index < len(row) and isinstance(row[index], str)
                 and _PERSON_TEXT.match(row[index].strip())]
        if len(named) >= 2:
            return True
    return False


def _position(match: re.Match[str]) -> str:
    """监委会委员1姓名 -> 村务监督委员会委员; a bare role (主任) stays bare for a heading to complete."""
    body = match["body"] or ""
    return f"{BODY_FULL_NAMES.get(body, body)}{match['role']}"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


__all__ = ["MemberPass", "POSITION_COLUMN", "find_member_passes"]
