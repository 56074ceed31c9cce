"""Provides the reading of a cadre list that gives each relative a row of its own.

A 两委干部及近亲属情况登记表 often writes the cadre once and his relatives one under the other:

    干部姓名 | 职务       | 亲属姓名 | 与本人关系 | 工作单位及职务
    吴建新   | 党支部书记 | 吴小勇   | 儿子       | 浙江永盛建设有限公司
    (merged) | (merged)   | 陈爱珍   | 配偶       | 务农

Read row by row, every relative's row became another record of the cadre (4 cadres showed as 7),
and the relation and the relative's business were left in the raw row, where the rule that
compares relatives with counterparties never looks.

Such a sheet is read as one record per cadre: the cadre's first row is the record, and its 近亲属
holds every relative of the group, each written "关系 姓名（工作单位）" — the form
``xuncha.rules.relatives`` reads, where a bracketed business of 4 characters or more is one (a
工作单位 column is read only beside a 关系 column: elsewhere it may be the cadre's own). The
other rows are skipped, each with a reason naming the row it went into; their cells stay in the
raw rows of the import's issues, so nothing is lost.

A row continues the cadre above when its name cell is covered by a merged cell from above, or is
blank while a relative is written and the cadre's own columns (职务, 电话, 身份证号) are blank, or
repeats the name and the 职务 of the row above. A row with a blank name and a cadre's own data is
no relative: it stays a row of its own (and is rejected for its missing name). A footer or heading
line is no relative either, and ends the cadre above: a first cell such as 制表人：…, or one text
merged across the table (a platform's "导出人：… 导出时间：…"), which fills the 近亲属 cell as it fills
the name's; the row is then mapped, and skipped, as any table's footer.

A 报备表 may also give the relatives a column per relation instead of one 近亲属 column, often
under a 近亲属情况 parent:

    姓名   | 职务     | 配偶姓名 | 配偶工作单位 | 子女姓名 | 子女工作单位或经商情况
    杨光明 | 党支部书记 | 陈玉兰   | 务农         | 杨帆     | 遵义市播州区鸿运建筑工程有限公司

Those columns are joined into the 近亲属 in the same form, the relation taken from the header:
"配偶 陈玉兰（务农）；子女 杨帆（遵义市播州区鸿运建筑工程有限公司）"; a cell naming several
relatives ("杨帆、杨柳") gives each its own part.

A 备案表 without any column of relatives may write them under their cadre in the cadre's own columns,
the 职务 cell giving the relation ("职务/关系"):

    姓名   | 职务/关系   | 工作单位或从业情况 | 备注
    王建国 | 党支部书记 | 清河村             | 本人
    李秀英 | 妻子       | 务农               | 近亲属

Read row by row, every relative became a cadre whose 职务 was 妻子. A row whose 职务 is nothing but a
relation word (``RELATIONS``) is a relative of the cadre above, joined as "妻子 李秀英（务农）"; a sheet
with no such row is read as it is, its 工作单位 column the cadre's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from importers import values
from importers.plan import SheetPlan, body_filler
from importers.readers import Sheet
from importers.rowmap import RECORD, SKIPPED, RowMapper, is_footer_label, merged_text
from importers.synonyms import normalize_header, split_brackets
from xuncha.rules.relatives import RELATIONS

_RELATION_HEADER = re.compile(r"关系|称谓")
_WORK_HEADER = re.compile(r"工作单位|所在单位|从业|经商|办企业|企业名称|经营|职业|工作情况")
_YES_NO = frozenset({"是", "否", "有", "无"})
_NOTHING = frozenset({"无", "/", "-", "—", "否", "没有"})
_OWN_FIELDS = ("position", "phone", "id_no")
# The fields a table of relatives may give each relative as well as the cadre: right of the relative's
# columns, they are the relative's (``_relatives_numbers``).
_RELATIVE_NUMBER_FIELDS = frozenset({"phone", "id_no"})
_CADRE_OWN_HEADER = re.compile(r"本人|干部")
# A column of one relation's relatives: the relation, then what the column says of them ("子女姓名",
# "配偶工作单位", "子女工作单位或经商情况"). 子女及其配偶 is the children with their spouses.
_RELATION_COLUMN = re.compile(r"^(配偶|爱人|妻子|丈夫|子女|儿子|女儿|儿媳|女婿|父母|父亲|母亲|兄弟姐妹|兄弟|姐妹)"
                              r"(?:及其?配偶)?(.*)$")
_RELATIVE_NAME_REST = re.compile(r"^(?:姓名|名字|情况|信息)?$")
_RELATIVE_WORK_REST = re.compile(rf"{_WORK_HEADER.pattern}|单位|职务|工作")
_PHONE_REST = re.compile(r"电话|手机|联系方式")
# Not 是否经商办企业: a question about the cadre, answered 是 / 否.
_BUSINESS_HEADER = re.compile(r"^(?!是否).*(?:经商|办企业)")
# Between the relatives of one cell ("杨帆、杨柳"); not a space, which pads a two-character name (杨 帆).
_NAMES_SEPARATOR = re.compile(r"[、，,；;/\n]+")
_UNBRACKET = str.maketrans({char: " " for char in "（）()"})
_BRACKETED_NOTE = re.compile(r"[（(][^（）()]*[)）]")
_HIDDEN = "\x00"
_RELATION_WORDS = frozenset(RELATIONS)


def _hide(match: re.Match[str]) -> str:
    """A bracketed note with its separators hidden, so that they part no two relatives."""
    return re.sub(r"[、，,；;/]", _HIDDEN, match.group(0))
_OWN_RELATION = re.compile(rf"[（(]\s*(?:{'|'.join(RELATIONS)})\s*[)）]")


@dataclass
class _RelationColumns:
    """The columns of one relation's relatives: their names, and what else the sheet says of them."""

    relation: str
    names: int
    details: list[int] = field(default_factory=list)
    """Their work or business (工作单位, 经商情况) and phone, in the sheet's order."""


@dataclass
class _Columns:
    name: int
    relatives: int | None
    """The 近亲属 column; None when the sheet gives a column per relation (``by_relation``)."""
    relation: int | None
    work: list[int]
    own: list[int]
    by_relation: list[_RelationColumns] = field(default_factory=list)
    businesses: list[int] = field(default_factory=list)
    """Beside ``by_relation``: columns of the relatives' businesses tied to no one relation (经商办企业情况:
    "配偶周建国经营吉安县永和建材经营部"), each filled cell a part of its own."""
    numbers: list[int] = field(default_factory=list)
    """Beside a 关系 column: the relatives' own phone and ID columns, read into the 近亲属, not the cadre's."""
    relation_in_position: int | None = None
    """The 职务 column, when the relatives are written in the cadre's own columns under him, their 职务 cell
    giving the relation (职务/关系: 妻子, 儿子); None when the sheet has columns of its relatives."""


@dataclass
class KinReading:
    """A cadre list read one record per cadre (see the module's docstring)."""

    columns: _Columns
    relatives: dict[int, str] = field(default_factory=dict)
    """Per first row of a cadre (Excel row): the 近亲属 text of the whole group."""
    joined: dict[int, tuple[int, str]] = field(default_factory=dict)
    """Per relative's own row: (the first row of its cadre, the cadre's name)."""
    number_headers: list[str] = field(default_factory=list)
    """The headers of the relatives' own phone and ID columns (``_Columns.numbers``), for the note."""

    @property
    def note(self) -> str:
        """What the plan says about this reading ('' when it only reads a 近亲属 column as it is)."""
        notes = []
        if self.columns.by_relation:
            relations = "、".join(dict.fromkeys(group.relation for group in self.columns.by_relation))
            notes.append(f"近亲属按{relations}分列：合并记入“近亲属”（原值保留）")
        if self.number_headers:
            headers = "、".join(self.number_headers)
            notes.append(f"{headers}列在近亲属的关系、姓名之后，是近亲属本人的：记入其“近亲属”，不记为干部本人的")
        if self.joined and self.columns.relation_in_position is not None:
            notes.append("近亲属写在其干部下方的姓名、职务栏（职务栏填妻子、儿子等关系），不是干部")
        if self.joined:
            notes.append(f"每位近亲属占一行：{len(self.joined)} 行并入其上所属干部的“近亲属”（每行原值保留在导入问题中）")
        return "；".join(notes)

    def mapper(self, plan: SheetPlan, **options: Any) -> RowMapper:
        return _KinMapper(plan, self, **options)


def read_as_kin(plan: SheetPlan, sheet: Sheet) -> KinReading | None:
    """How to read a cadre list with a row per relative; None for any other sheet."""
    if plan.kind != "cadre" or plan.layout is None:
        return None
    columns = _find_columns(plan)
    if columns is None:
        return None
    reading = KinReading(columns, number_headers=[plan.names()[index] for index in columns.numbers])
    _group(reading, plan, sheet)
    if columns.relation_in_position is not None:
        # Its 工作单位 column is the cadre's own on his row: the plan stays as it is.
        return reading if reading.joined else None
    if not reading.joined and columns.relation is None and not columns.work and not columns.by_relation:
        return None
    _take_relatives_columns(plan, columns)
    return reading


def _take_relatives_columns(plan: SheetPlan, columns: _Columns) -> None:
    """The plan once the relatives' columns are read into the 近亲属: none of them feeds the cadre's
    record any more (a 配偶/姓名 column was a fall-back for the cadre's own name, a relative's phone
    his), and none is called unknown."""
    read = {*columns.numbers, *columns.work, *columns.businesses,
            *(index for group in columns.by_relation for index in (group.names, *group.details))}
    if columns.relation is not None:
        read.add(columns.relation)
    plan.columns = [column for column in plan.columns if column.index not in read or column.field == "relatives"]
    names = plan.names()
    taken = {names[index] for index in read}
    plan.unknown_columns = [name for name in plan.unknown_columns if name not in taken]


def _find_columns(plan: SheetPlan) -> _Columns | None:
    by_field = {column.field: column.index for column in plan.columns if column.primary}
    if "name" not in by_field:
        return None
    own = [by_field[name] for name in _OWN_FIELDS if name in by_field]
    if "relatives" not in by_field:
        return _by_relation(plan, by_field, own) or _in_own_columns(plan, by_field, own)
    relatives = by_field["relatives"]
    headers = {index: split_brackets(normalize_header(name))[0] for index, name in enumerate(plan.names())
               if name and index not in by_field.values()}
    later = [(index, header) for index, header in headers.items() if index > relatives]
    relation = next((index for index, header in later if _RELATION_HEADER.search(header)), None)
    if relation is None and _RELATION_HEADER.search(headers.get(relatives - 1, "")):
        relation = relatives - 1  # 关系 | 亲属姓名: the relation written before the name
    if relation is None:
        # 配偶姓名 | 子女及其配偶情况 | 其他近亲属经商办企业情况 (a 钉钉 报备): the column the synonyms took for
        # the 近亲属 is one of several, each of its own relation; read alone, it would drop the others.
        beside = _by_relation(plan, {f: i for f, i in by_field.items() if f != "relatives"}, own)
        if beside is not None:
            if relatives not in beside.businesses:
                beside.businesses.append(relatives)  # "其他近亲属": 符永强（弟）, each cell a part of its own
            return beside
    # Only a table of relatives (one with their relation) says whose 工作单位 a column holds.
    work = [index for index, header in later if _WORK_HEADER.search(header) and index != relation] \
        if relation is not None else []
    numbers = _relatives_numbers(plan, by_field, min(relatives, relation)) if relation is not None else []
    return _Columns(by_field["name"], relatives, relation, work, [index for index in own if index not in numbers],
                    numbers=numbers)


def _relatives_numbers(plan: SheetPlan, by_field: dict[str, int], first: int) -> list[int]:
    """The phone and ID columns of a table of relatives that are the relatives' own: those from its
    first relative's column (``first``: 关系 or 亲属姓名) on, unless the header names the cadre (本人电话).
    Read as the cadre's, a wife's phone made her husband's payments hers."""
    names = plan.names()
    return [index for name, index in by_field.items() if name in _RELATIVE_NUMBER_FIELDS and index > first
            and not _CADRE_OWN_HEADER.search(names[index] or "")]


def _by_relation(plan: SheetPlan, by_field: dict[str, int], own: list[int]) -> _Columns | None:
    """The columns of a sheet that gives its relatives a column per relation, with those of their
    businesses tied to no one relation (经商办企业情况); None when it has no relation column."""
    by_relation = _relation_columns(plan, set(by_field.values()))
    if not by_relation:
        return None
    grouped = {index for group in by_relation for index in (group.names, *group.details)}
    businesses = [index for index, name in enumerate(plan.names()) if index not in grouped
                  and _BUSINESS_HEADER.search(split_brackets(normalize_header(name))[0])]
    return _Columns(by_field["name"], None, None, [], own, by_relation, businesses)


def _in_own_columns(plan: SheetPlan, by_field: dict[str, int], own: list[int]) -> _Columns | None:
    """The columns of a sheet without any column of relatives, which may write each relative under his
    cadre in the cadre's own 姓名 and 职务 columns ("职务/关系": 妻子); None without a 职务 column. Only the
    rows whose 职务 is a relation are then relatives (``_is_relation``): a list of cadres alone is left as
    it is (``read_as_kin``)."""
    if "position" not in by_field:
        return None
    taken = set(by_field.values())
    work = [index for index, name in enumerate(plan.names()) if index not in taken
            and _WORK_HEADER.search(split_brackets(normalize_header(name))[0])]
    return _Columns(by_field["name"], None, None, work, own, relation_in_position=by_field["position"])


def _is_relation(value: Any) -> bool:
    """Whether a cell holds nothing but a relation word (妻子, 儿子, 配偶): a relative's, never a cadre's 职务."""
    text = values.clean_text(value) or ""
    return "".join(text.split()) in _RELATION_WORDS


def _relation_columns(plan: SheetPlan, taken: set[int]) -> list[_RelationColumns]:
    """The columns per relation (配偶姓名, 子女姓名 …) of a sheet without a 近亲属 column, each with the
    columns after it that say more of the same relatives (配偶工作单位); [] when there are none."""
    assert plan.layout is not None
    groups: dict[str, _RelationColumns] = {}
    for index, name in enumerate(plan.layout.names):
        # A two-row header's child names the column: "近亲属情况" over 配偶姓名 | 配偶工作单位; or its
        # parent names the relation over what the child says of them: 配偶 over 姓名 | 经商办企业情况.
        header = split_brackets(normalize_header(plan.layout.children[index] or name))[0]
        match = _RELATION_COLUMN.match(header) if index not in taken else None
        parent = split_brackets(normalize_header(plan.layout.parents[index] or ""))[0]
        if match is None and index not in taken and parent and parent != header:
            match = _RELATION_COLUMN.match(parent + header)
        if match is None:
            continue
        relation, rest = match.groups()
        if _RELATIVE_NAME_REST.match(rest) and relation not in groups:
            groups[relation] = _RelationColumns(relation, index)
        elif relation in groups and (_RELATIVE_WORK_REST.search(rest) or _PHONE_REST.search(rest)):
            groups[relation].details.append(index)
    return list(groups.values())


def _group(reading: KinReading, plan: SheetPlan, sheet: Sheet) -> None:
    assert plan.layout is not None
    columns = reading.columns
    filler = body_filler(plan, sheet.merges)
    last_header = plan.layout.last_row
    head: tuple[int, str, list[str]] | None = None  # (first row, cadre name, relatives)
    previous: list[Any] | None = None
    for number, row in sheet.rows():
        original = list(row)
        row = filler.fill(number - 1, list(row)) if filler else original
        if number <= last_header:
            continue
        name = values.clean_text(_cell(row, columns.name))
        if _is_footer_line(row, columns):
            _close(reading, head)
            head = None
        elif head is not None and _continues(original, row, previous, columns, filler.filled_from):
            reading.joined[number] = (head[0], head[1])
            head[2].append(_relative_text(row, columns))
        elif name and not _blank(row):
            _close(reading, head)
            head = (number, name, [_relative_text(row, columns)])
        previous = row
    _close(reading, head)


def _close(reading: KinReading, head: tuple[int, str, list[str]] | None) -> None:
    """Give the cadre of a finished group (if any) the 近亲属 text of all its relatives."""
    if head is not None:
        reading.relatives[head[0]] = "；".join(text for text in head[2] if text)


def _continues(original: list[Any], row: list[Any], previous: list[Any] | None, columns: _Columns,
               filled_from: dict[int, int]) -> bool:
    """Whether a row (``original`` as written, ``row`` with merged cells filled) is another relative
    of the cadre above rather than a cadre of its own."""
    if columns.relation_in_position is not None:
        return _is_relation(_cell(original, columns.relation_in_position)) and \
            not values.is_blank(_cell(original, columns.name))
    if columns.name in filled_from:
        return True
    # As written, not as filled: a note merged across the row under the table ("注：近亲属包括配偶、父母…")
    # fills the relatives' cells too, yet names none.
    has_relative = any(not values.is_blank(_cell(original, index)) for index in _relative_cells(columns))
    if values.is_blank(_cell(original, columns.name)):
        return has_relative and all(values.is_blank(_cell(original, index)) for index in columns.own)
    return has_relative and previous is not None and \
        all(values.clean_text(_cell(row, index)) == values.clean_text(_cell(previous, index))
            for index in [columns.name, *columns.own[:1]])


def _is_footer_line(row: list[Any], columns: _Columns) -> bool:
    """Whether a row is a footer or heading line rather than a relative's: its first cell a footer
    label (制表人：…), or one text merged across the table, over the name's cell too."""
    cells = [value for value in row if not values.is_blank(value)]
    if not cells:
        return False
    if is_footer_label(cells[0]):
        return True
    text = merged_text(cells)
    return text is not None and _cell(row, columns.name) == text


def _relative_cells(columns: _Columns) -> list[int]:
    """The columns that name a relative: the 近亲属 column, or each relation's names column."""
    if columns.relatives is not None:
        return [columns.relatives]
    return [group.names for group in columns.by_relation]


def _relative_text(row: list[Any], columns: _Columns) -> str:
    """"关系 姓名（工作单位）" of the relatives on a row, "" when the row names none."""
    if columns.by_relation:
        parts = [_relation_text(row, group) for group in columns.by_relation] + _details(row, columns.businesses)
        return "；".join(part for part in parts if part)
    if columns.relation_in_position is not None:
        return _own_columns_text(row, columns)
    name = values.clean_text(_cell(row, columns.relatives)) or ""
    if not name:
        return ""
    relation = values.clean_text(_cell(row, columns.relation)) if columns.relation is not None else None
    return written_relative(relation, name, _details(row, columns.work + columns.numbers))


def _own_columns_text(row: list[Any], columns: _Columns) -> str:
    """"关系 姓名（工作单位）" of a relative written in the cadre's own columns; "" on the cadre's own row."""
    assert columns.relation_in_position is not None
    relation = _cell(row, columns.relation_in_position)
    name = values.clean_text(_cell(row, columns.name)) or ""
    if not name or not _is_relation(relation):
        return ""
    return written_relative(values.clean_text(relation), name, _details(row, columns.work))


def _relation_text(row: list[Any], group: _RelationColumns) -> str:
    """The relatives of one relation's columns: "子女 杨帆（在校学生）", or one part for each name of a
    cell that names several, the details then kept apart ("子女 杨帆；子女 杨柳；子女（…）")."""
    cell = values.clean_text(_cell(row, group.names)) or ""
    # Not inside brackets: "王春花（女，村报账员）" is one relative with a note.
    names = [name for name in (part.strip() for part in _NAMES_SEPARATOR.split(_BRACKETED_NOTE.sub(_hide, cell)))
             if name and name not in _NOTHING]
    names = [name.replace(_HIDDEN, "，") for name in names]
    details = _details(row, group.details)
    if len(names) == 1:
        return written_relative(_relation_of(names[0], group.relation), names[0], details)
    parts = [written_relative(_relation_of(name, group.relation), name, []) for name in names]
    if names and details:
        parts.append(written_relative(group.relation, "", details))
    return "；".join(parts)


def _relation_of(name: str, relation: str) -> str | None:
    """The column's relation for a relative's name, None when the cell says it better ("刘军（子）" under
    子女及其配偶: 儿子)."""
    return None if _OWN_RELATION.search(name) else relation


def _details(row: list[Any], indexes: list[int]) -> list[str]:
    """The filled cells that say more of a relative (工作单位), without a bare 是/否 or 无."""
    return [text for text in (values.clean_text(_cell(row, index)) for index in indexes)
            if text and text not in _YES_NO and text not in _NOTHING]


def written_relative(relation: str | None, name: str, details: list[str]) -> str:
    """"关系 姓名（工作单位）", the form ``xuncha.rules.relatives`` reads. Brackets inside a detail
    ("个体（某某建筑劳务有限公司股东）") are opened up: nested, they would hide the name from it."""
    text = f"{relation} {name}".strip() if relation and relation not in name else name
    if not details:
        return text
    flat = " ".join(" ".join(detail.translate(_UNBRACKET).split()) for detail in details)
    return f"{text}（{flat}）"



def _cell(row: Sequence[Any], index: int | None) -> Any:
    return row[index] if index is not None and index < len(row) else ""


def _blank(row: Sequence[Any]) -> bool:
    return all(values.is_blank(value) for value in row)


class _KinMapper(RowMapper):
    """Maps a cadre list's rows: a cadre's first row with all his relatives, the others skipped."""

    def __init__(self, plan: SheetPlan, reading: KinReading, **options: Any) -> None:
        super().__init__(plan, **options)
        self.reading = reading

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        joined = self.reading.joined.get(number)
        if joined is not None:
            first, name = joined
            return SKIPPED, f"近亲属行：并入第 {first} 行{name}的近亲属"
        status, payload = super().map_row(number, row)
        relatives = self.reading.relatives.get(number)
        if status == RECORD and relatives is not None:
            payload[0]["relatives"] = relatives or None
        return status, payload


__all__ = ["KinReading", "read_as_kin", "written_relative"]
