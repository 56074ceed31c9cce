"""Provides the 过程台账 reading: a project ledger kept as a log of its stages.

In the 西南 provinces a village's project 台账 often gives each project several rows, one a stage of
its life, with 项目名称 (and 项目编号) merged down over them::

    项目名称            | 实施环节 | 日期      | 金额     | 相关单位/人员
    红岩村通组公路硬化  | 立项     | 2023-03-02 | 386000   | 村民代表会议
    （合并）            | 中标     | 2023-03-28 | 372500   | 四川蜀通路桥工程有限公司
                        | 签订合同 | 2023-04-03 | 372500   | 四川蜀通路桥工程有限公司
                        | 付款     | 2023-05-10 | 150000   | 四川蜀通路桥工程有限公司

Read as one project a row, only the block's first row was a record and every later row a "merged
continuation": the contracts and payments were lost. Here such a sheet is read three times, as the
two sides of a 左收右支 sheet are (``importers.sides``), each time as a table of its own kind:

- the project, once, on its block's first row, with its 合同金额 and 施工单位 taken from its
  签订合同 (else 中标) row and its dates from its 立项/开工/验收 rows, in columns added to the right
  whose headers say so (the cells of the row itself stay as they are in the raw row);
- each 签订合同 row a contract (counterparty, amount, signed_on of that row);
- each 付款/支付/拨付 row a payment out.

The other stage rows (比选, 中标, 开工, 验收, 审计 …) are no records: the project pass reports each
as skipped, saying which stage it is and what the project took from it.

A project list with a 进度 column (已完工, 在建) or a contract 台账 with 付款节点 columns is no such
sheet: the stage column must hold stage words, and among them a contract or a payment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from importers.headers import HeaderLayout, find_header
from importers.mapping import Mapping
from importers.plan import SheetPlan, join_notes
from importers.synonyms import IGNORE, normalize_header, split_brackets

Row = list[Any]

STAGE_HEADER = re.compile(r"^(?:实施|办理|建设|工作|项目)?(?:环节|阶段|事项|进度|节点|程序|流程)(?:名称|内容)?$")
"""The header of the column that names each row's stage (实施环节, 事项, 办理阶段)."""
STAGE_HINT = re.compile("环节|阶段|事项|进度|节点|程序|流程")
NAME_HEADERS = ("项目名称", "工程名称", "项目", "工程项目")
CODE_HEADERS = ("项目编号", "编号", "项目代码")
DATE_HEADER = re.compile(r"日期|时间")
AMOUNT_HEADER = re.compile(r"金额|价款|资金")
PARTY_HEADER = re.compile(r"单位|对象|人员|对方")

# Stage words, by what the row is (the cell's first words; a bracket after it is a remark).
CONTRACT_STAGE = re.compile(r"^(?:签订|签署|签)(?:施工|采购|服务|工程)?合同|^合同签订|^签约")
PAYMENT_STAGE = re.compile(r"^(?:付款|支付|拨付|拨款|付|拨)(?:工程|进度|结算|预付|尾|质保)?(?:款|金|资金)?$|"
                           r"^(?:进度款|结算款|预付款|尾款|质保金)(?:支付|拨付|付款)?$")
AWARD_STAGE = re.compile(r"中标|定标|成交|确定(?:施工|中标|承包|实施)单位|^(?:直接)?发包$")
DECIDED_STAGE = re.compile(r"立项|决议|决策|村民代表|两委会|四议两公开|议事|申报|批复")
STARTED_STAGE = re.compile(r"开工|进场")
FINISHED_STAGE = re.compile(r"验收|竣工|完工")
OTHER_STAGE = re.compile(r"招标|比选|询价|磋商|谈判|公示|公告|审计|结算审核|审核|监理|设计|勘察|施工|评审")
UNIT_HINTS = {"万元": "wan", "千元": "qian"}
"""The unit the amount column's header names: the added amount columns are in it too."""
STATUS_WORD = re.compile(r"^(?:已|未|正在|在|待|尚未|暂未)")
"""A project's status (已完工, 未开工, 正在施工, 待验收): a 进度 column of a project list, not a stage."""
MIN_STAGE_ROWS = 4
"""So many stage words in the first rows, at least, before a sheet is read as a process log."""

STAGE_NOTE = ("过程台账：每个项目占多行，“{stage}”列每行是一个环节；按环节分三次读取：各项目在其第一行记为一个项目"
              "（合同金额、施工单位取自“签订合同”行，没有时取自“中标”行；立项、开工、验收日期取自各环节行），"
              "“签订合同”行记为合同，“付款/拨付”行记为支出；其他环节行不是记录，逐行说明")
PASS_NOTES = {"project": "本次读取项目", "contract": "本次读取“签订合同”环节行（合同）",
              "payment": "本次读取“付款/拨付”环节行（支出）"}
STAGE_SKIP = "过程台账的“{label}”环节：不是一条记录{taken}；原值保留"
TAKEN_NOTES = {"award": "，没有签订合同行：其单位记为项目的施工单位、金额记为合同金额",
               "decided": "，其日期记为项目的决策日期、金额记为预算", "started": "，其日期记为项目的开工日期",
               "finished": "，其日期记为项目的竣工日期"}

# The columns the project pass adds to the right: header -> field.
ADDED_AMOUNT = "合同金额（取自签订合同或中标行）"
ADDED_BUDGET = "预算（取自立项行）"
ADDED_COLUMNS = {ADDED_AMOUNT: "amount", ADDED_BUDGET: "budget", "施工单位（取自签订合同或中标行）": "contractor",
                 "决策日期（取自立项行）": "decided_on", "开工日期（取自开工行）": "started_on",
                 "竣工日期（取自验收行）": "finished_on"}


def stage_role(value: Any) -> str | None:
    """What a stage cell says the row is: contract, payment, award, decided, started, finished, other;
    None for a cell that names no stage (a total's label, a remark, a blank)."""
    if type(value) is not str:
        return None
    text = split_brackets(normalize_header(value))[0]
    if not text or len(text) > 16 or STATUS_WORD.match(text):
        return None
    for role, pattern in (("contract", CONTRACT_STAGE), ("payment", PAYMENT_STAGE), ("award", AWARD_STAGE),
                          ("decided", DECIDED_STAGE), ("finished", FINISHED_STAGE), ("started", STARTED_STAGE),
                          ("other", OTHER_STAGE)):
        if pattern.search(text):
            return role
    return None


@dataclass
class Columns:
    """The columns of a process log, by their index in the header."""

    stage: int
    name: int
    date: int | None
    amount: int | None
    party: int | None
    code: int | None
    headers: list[str]


@dataclass
class StagePass:
    """One reading of a process-log sheet: its kind, the rows it reads and how."""

    kind: str
    columns: Columns
    layout: HeaderLayout
    mapping: Mapping
    row_part: str = ""
    """What tells this pass's record ids from the other passes' on the same row (``SheetPlan.row_part``)."""
    reasons: dict[int, str] = field(default_factory=dict)
    """Row -> why it is no record: the stage rows this pass reports as skipped (filled as rows stream)."""

    @property
    def note(self) -> str:
        stage = self.columns.headers[self.columns.stage]
        return f"{STAGE_NOTE.format(stage=stage)}；{PASS_NOTES[self.kind]}"

    def apply(self, plan: SheetPlan) -> None:
        """What reading the sheet as this pass adds to its plan: the note saying so, the part of the ids
        that tells its records from the other passes', and why its other stage rows are no records."""
        plan.note = join_notes(self.note, plan.note)
        plan.row_part = self.row_part
        plan.row_reasons = self.reasons

    def rows(self, rows: Any) -> Iterator[tuple[int, Row]]:
        """The sheet's rows as this pass reads them: the contract and payment passes get their own
        stage rows only (project name and code written in: the merged cell is above them); the
        project pass gets everything else, each block's first row with the added columns."""
        body = self.layout.last_row
        if self.kind != "project":
            yield from self._own_rows(rows, body)
            return
        extra = len(ADDED_COLUMNS)
        block: list[tuple[int, Row]] = []
        for number, row in rows:
            if number < body:
                yield number, row
            elif number == body:
                yield number, list(row) + list(ADDED_COLUMNS)
            elif self._starts_block(row, block):
                yield from self._project_block(block)
                block = [(number, row)]
            elif block and stage_role(_cell(row, self.columns.stage)) is not None:
                block.append((number, row))
            else:
                yield from self._project_block(block)
                block = []
                yield number, list(row) + [None] * extra
        yield from self._project_block(block)

    def _starts_block(self, row: Row, block: list[tuple[int, Row]]) -> bool:
        """A stage row with a project name of its own (the merged cell's first row, or a name written
        again that differs from the block's) opens a project."""
        if stage_role(_cell(row, self.columns.stage)) is None:
            return False
        name = _cell(row, self.columns.name)
        if name in ("", None):
            return not block
        return not block or name != _cell(block[0][1], self.columns.name)

    def _own_rows(self, rows: Any, body: int) -> Iterator[tuple[int, Row]]:
        columns = self.columns
        name = code = None
        for number, row in rows:
            if number <= body:
                yield number, row
                continue
            role = stage_role(_cell(row, columns.stage))
            if role is None:
                name = code = None
                continue
            if _cell(row, columns.name) not in ("", None):
                name, code = _cell(row, columns.name), _cell(row, columns.code)
            if role != self.kind:
                continue
            own = list(row) + [None] * max(0, columns.name + 1 - len(row))
            if own[columns.name] in ("", None):
                own[columns.name] = name
            if columns.code is not None and columns.code < len(own) and own[columns.code] in ("", None):
                own[columns.code] = code
            yield number, own

    def _project_block(self, block: list[tuple[int, Row]]) -> Iterator[tuple[int, Row]]:
        """The block's first row with what the project takes from its stage rows added; its other
        non-record stage rows with their reason; its contract and payment rows left to their passes."""
        if not block:
            return
        columns, extra = self.columns, len(ADDED_COLUMNS)
        by_role: dict[str, tuple[int, Row]] = {}
        for number, row in block:
            by_role.setdefault(stage_role(_cell(row, columns.stage)) or "other", (number, row))
        signed = by_role.get("contract") or by_role.get("award")
        decided = by_role.get("decided")
        added = [_cell(signed[1], columns.amount) if signed else None,
                 _cell(decided[1], columns.amount) if decided else None,
                 _cell(signed[1], columns.party) if signed else None,
                 _cell(decided[1], columns.date) if decided else None,
                 _cell(by_role["started"][1], columns.date) if "started" in by_role else None,
                 _cell(by_role["finished"][1], columns.date) if "finished" in by_role else None]
        top, first = block[0]
        yield top, list(first) + added
        for number, row in block[1:]:
            role = stage_role(_cell(row, columns.stage)) or "other"
            if role in ("contract", "payment"):
                continue
            # Only the row the project took its values from says so (the first 开工, the 中标 without a 签订合同).
            used = (signed if role == "award" else by_role.get(role, (None,)))[0] == number
            label = " ".join(str(_cell(row, columns.stage)).split())
            taken = TAKEN_NOTES.get(role, "") if used else ""
            self.reasons[number] = STAGE_SKIP.format(label=label[:20], taken=taken or "，未导入")
            yield number, list(row) + [None] * extra


def _cell(row: Row, index: int | None) -> Any:
    return row[index] if index is not None and index < len(row) else None


def find_stage_passes(head: Sequence[tuple[int, Row]]) -> list[StagePass] | None:
    """The three readings of a process-log sheet (project, contract, payment); None for any other sheet."""
    if not any(type(value) is str and STAGE_HINT.search(value) for _, row in head for value in row):
        return None  # no header names a stage column: no need to look for the header again
    layout = find_header(head)
    if layout is None:
        return None
    columns = _columns(layout)
    if columns is None or not _holds_stages(head, layout, columns.stage):
        return None
    return [StagePass(kind, columns, layout, _mapping(kind, columns), row_part)
            for kind, row_part in (("project", ""), ("contract", "/合同"), ("payment", "/付款"))]


def _columns(layout: HeaderLayout) -> Columns | None:
    texts = [split_brackets(normalize_header(child))[0] for child in layout.children]

    def first(test: Any) -> int | None:
        return next((index for index, text in enumerate(texts) if text and test(text)), None)

    stage = first(STAGE_HEADER.match)
    name = first(lambda text: text in NAME_HEADERS)
    amount = first(AMOUNT_HEADER.search)
    if stage is None or name is None or amount is None:
        return None
    return Columns(stage=stage, name=name, date=first(DATE_HEADER.search), amount=amount,
                   party=first(lambda text: PARTY_HEADER.search(text) is not None and text != "计量单位"),
                   code=first(lambda text: text in CODE_HEADERS), headers=list(layout.names))


def _holds_stages(head: Sequence[tuple[int, Row]], layout: HeaderLayout, stage: int) -> bool:
    """Whether the stage column's cells in the first rows are stage words, a contract or a payment among
    them (a 进度 column of 已完工/在建 is a project's status, not a log of its stages)."""
    cells = [row[stage] for number, row in head if number > layout.last_row and stage < len(row)
             and isinstance(row[stage], str) and row[stage].strip()]
    roles = [stage_role(cell) for cell in cells]
    named = [role for role in roles if role is not None]
    return len(named) >= MIN_STAGE_ROWS and len(named) >= 0.8 * len(cells) and \
        bool({"contract", "payment"} & set(named)) and len(set(named)) >= 3


def _mapping(kind: str, columns: Columns) -> Mapping:
    headers = columns.headers
    roles = {"project": {"name": "name", "code": "code", "date": IGNORE, "amount": IGNORE, "party": IGNORE},
             "contract": {"name": "title", "code": IGNORE, "date": "signed_on", "amount": "amount",
                          "party": "counterparty"},
             "payment": {"name": "summary", "code": IGNORE, "date": "date", "amount": "amount",
                         "party": "counterparty"}}[kind]
    mapped: dict[str, str] = {headers[columns.stage]: IGNORE}
    for role, target in roles.items():
        index = getattr(columns, role)
        if index is not None:
            mapped[headers[index]] = target
    if kind == "project":
        mapped.update(ADDED_COLUMNS)
        hints = split_brackets(normalize_header(headers[columns.amount]))[1]
        unit = next((UNIT_HINTS[hint] for hint in hints if hint in UNIT_HINTS), None)
        units = {ADDED_AMOUNT: unit, ADDED_BUDGET: unit} if unit else {}
        return Mapping(kind=kind, columns=mapped, units=units, source="过程台账")
    return Mapping(kind=kind, columns=mapped, direction="out" if kind == "payment" else None, source="过程台账")
