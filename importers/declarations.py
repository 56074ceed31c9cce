"""Provides the reading of a cadre's declaration of business entities (经营实体申报, 经商办企业报告表).

Beside a cadre list, an inspection collects what each cadre declares of the firms he or his
relatives run or hold shares in, one firm a row:

    干部姓名 | 职务       | 企业名称               | 统一社会信用代码 | 法定代表人 | 与干部关系 | 持股比例
    张建国   | 党支部书记 | 河南庆丰建筑劳务有限公司 | 91411600MA3X…   | 马国庆     | 连襟       | 0
    刘志强   | 支部委员   | 西华县志强农资店         | 92411622MA9C…   | 刘志强     | 本人       | 100%

Read as a plain cadre list, each row became the cadre's name and post and the firm was left in the raw
row, where ``related_party`` never looks: a contract won by the 书记's 连襟's company went unflagged.
Here each row's firm is written into the cadre's 近亲属 in the form ``xuncha.rules.relatives`` reads
(``importers.kin.written_relative``): "连襟 马国庆（河南庆丰建筑劳务有限公司）", the relative being the
firm's 法定代表人 (or 负责人, 经营者); a firm of the cadre's own (本人, or his own name as its
法定代表人) is written "经营 西华县志强农资店". Either way the firm is a 关联单位 of the cadre.

Only a cadre sheet without a 近亲属 column of its own, with a column naming the firm (企业名称,
经营实体名称) and one that ties it to the cadre (法定代表人, 与干部关系, 持股比例), is so read: a cadre
list whose 工作单位 is the cadre's own employer stays as it is. The 信用代码, 持股比例 and 经营范围 stay in
the raw row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from importers import values
from importers.kin import written_relative
from importers.plan import SheetPlan
from importers.rowmap import RECORD, RowMapper
from importers.synonyms import normalize_header, split_brackets
from xuncha.names import is_person_name
from xuncha.rules.relatives import RELATIONS

# The firm a row declares: 企业名称, 经营实体名称, 企业（个体工商户）名称, 经商办企业名称. Not 工作单位 (the
# cadre's employer) nor 单位名称 (often the village's own).
FIRM_HEADER = re.compile(r"^(?:所办|经营|经商办)?(?:企业|经营实体|个体工商户|公司|实体)(?:或个体工商户)?(?:名称|全称)$")
# Who runs the firm for the family: the relative it is declared for.
HOLDER_HEADER = re.compile(r"^(?:法定代表人|法人代表|法人|负责人|经营者|实际控制人|经营人)(?:姓名)?$")
RELATION_HEADER = re.compile(r"关系|称谓")
SHARE_HEADER = re.compile(r"持股|股份|出资")
# The cadre's own firm: 本人, or 本人 with a remark ("本人（持股）").
OWN_RELATION = re.compile(r"^本人")
NO_FIRM = frozenset({"无", "/", "-", "—", "没有", "未经营", "无经营实体"})
_RELATION_WORD = re.compile("|".join(RELATIONS))
DECLARATION_NOTE = ("经营实体申报：每行的“{firm}”{ties}记入该干部的“近亲属”（作为关联单位，"
                    "供优亲厚友比对：近亲属写作“关系 {holder}（企业名称）”，本人经营的写作“经营 企业名称”）；"
                    "信用代码、持股比例等原值保留在原始数据里")


@dataclass
class _Columns:
    firm: int
    holder: int | None
    relation: int | None
    share: int | None


@dataclass
class DeclarationReading:
    """A declaration of business entities read one firm a row into its cadre's 近亲属."""

    columns: _Columns
    headers: list[str]

    @property
    def note(self) -> str:
        names = self.headers
        ties = "、".join(names[index] for index in (self.columns.holder, self.columns.relation) if index is not None)
        holder = names[self.columns.holder] if self.columns.holder is not None else "姓名"
        ties = f"按“{ties}”" if ties else ""
        return DECLARATION_NOTE.format(firm=names[self.columns.firm], ties=ties, holder=holder)

    def mapper(self, plan: SheetPlan, **options: Any) -> RowMapper:
        return _DeclarationMapper(plan, self, **options)

    def relatives(self, row: list[Any], cadre: str | None) -> str | None:
        """The row's firm in the 近亲属 form ("连襟 马国庆（河南庆丰建筑劳务有限公司）"), None without one."""
        firm = _text(row, self.columns.firm)
        if not firm or firm in NO_FIRM:
            return None
        relation = _text(row, self.columns.relation)
        holder = _text(row, self.columns.holder)
        if OWN_RELATION.match(relation) or (holder and holder == cadre) or not is_person_name(holder):
            return f"经营 {firm}"  # the cadre's own, or no one named: the firm is his 关联单位 all the same
        word = _RELATION_WORD.search(relation)  # "妹夫（本人持股）" is 妹夫
        return written_relative(word.group(0) if word else None, holder, [firm])


def read_as_declaration(plan: SheetPlan) -> DeclarationReading | None:
    """How to read a cadre's declaration of business entities; None for any other sheet."""
    if plan.kind != "cadre" or plan.layout is None or plan.primary_column("name") is None \
            or plan.primary_column("relatives") is not None:
        return None
    mapped = {column.index for column in plan.columns}
    headers = {index: split_brackets(normalize_header(name))[0] for index, name in enumerate(plan.names())
               if name and index not in mapped}
    firm = _find(headers, FIRM_HEADER)
    columns = _Columns(firm, _find(headers, HOLDER_HEADER), _find(headers, RELATION_HEADER),
                       _find(headers, SHARE_HEADER)) if firm is not None else None
    if columns is None or (columns.holder is None and columns.relation is None and columns.share is None):
        return None
    _take_declared_columns(plan, columns)
    return DeclarationReading(columns, list(plan.names()))


def _find(headers: dict[int, str], pattern: re.Pattern[str]) -> int | None:
    return next((index for index, header in headers.items() if pattern.search(header)), None)


def _take_declared_columns(plan: SheetPlan, columns: _Columns) -> None:
    """The columns read into the 近亲属 are no longer called unknown."""
    names = plan.names()
    read = {names[index] for index in (columns.firm, columns.holder, columns.relation) if index is not None}
    plan.unknown_columns = [name for name in plan.unknown_columns if name not in read]


def _text(row: list[Any], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return "".join((values.clean_text(row[index]) or "").split())


class _DeclarationMapper(RowMapper):
    """Maps a declaration's rows: the cadre's record, with the row's firm in its 近亲属."""

    def __init__(self, plan: SheetPlan, reading: DeclarationReading, **options: Any) -> None:
        super().__init__(plan, **options)
        self.reading = reading

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        status, payload = super().map_row(number, row)
        if status == RECORD:
            record = payload[0]
            record["relatives"] = self.reading.relatives(row, record.get("name")) or record.get("relatives")
        return status, payload


__all__ = ["DeclarationReading", "read_as_declaration"]
