"""Reads the changes to a contract that a contract 台账 lists under it, and its payment plan.

A village's 合同台账 often keeps each contract's later history right under its row, indented::

    1 | SQ-GC-2023-001    | 村道硬化工程               | 浙江恒泰建设有限公司 | 2023-03-15 | 1,186,500
      | SQ-GC-2023-001-B1 | ├ 补充协议一：增设排水沟   |                      | 2023.5.20  | +8,500
      |                   | └ 减项：取消路肩培土       |                      | 2023.6.8   | -3,200.00
      |                   | 其中：首付款30%            |                      |            | 355,950    | 付款计划

- A change row (补充协议, 变更, 签证, 增项/减项) is a contract record of its own: the agreement the village
  signed, dated and priced. Its 乙方 cell is left blank because it is the main contract's, so it takes
  the counterparty (and the 合同编号 when blank) of the contract above, and its title says which
  contract it changes (``ContractChanges``). Its amount is what the row gives: the change itself when
  written signed (+8,500 / -3,200, so that the changes add up to the new total), or, when the row gives
  the contract's new total instead ("调整为198,600.00", "合同金额调整为 | 97200 | 新总价"), that total,
  with a row warning saying so: the delta is not written and working it out from the rows above would be
  a guess (an earlier change may be missing from the sheet).
- A 合同变更登记表 gives each change as 变更金额 over 增加 | 减少 beside the 变更后合同价: the amount is
  the change, 增加 positive and 减少 negative, and the new total stays in the raw row (``change_sides``):
  read as the amount, fourteen changes of one contract became fourteen "contracts" of about its sum.
- A payment-plan line ("其中：首付款30%", "其中：质保金5%", a row titled 付款计划) is the agreed breakdown
  of the contract's sum into instalments: no contract of its own, and no payment either (what was paid
  is in the 日记账). It is skipped with a reason (``payment_plan_reason``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from importers import values
from importers.synonyms import normalize_header, split_brackets

# What a change row's title begins with: a supplementary agreement, a variation or 签证, an added or
# dropped item. "补充协议（一）", "设计变更", "现场签证", "变更签证：…", "增项：…", "追加工程量".
_CHANGE_START = re.compile(r"^(?:补充协议|补充合同|(?:工程|设计|合同)?变更|(?:现场|工程)?签证|增项|减项|增加项目|"
                           r"核减|追加|增补)")
# The tree marks and bullets that indent a change under its contract: "├ 补充协议一", "└ 签证", "·增项".
_INDENT_MARKS = re.compile(r"^[\s\u3000├└│─┬┼┠┗┣·•>＞\-—]+")
# A change row that gives the contract's new total, not the change: "调整为198,600.00" in the amount cell,
# "合同金额调整为" or "调整后合同总价为196,800元" in its title, "新总价" in its remark.
_NEW_TOTAL = re.compile(r"调整为|调整后|变更后合同|新总价|合同总价为|总价调整")
# The amount cell of such a row: "调整为198,600.00", "调整后：198,600元".
_NEW_TOTAL_CELL = re.compile(r"^(?:调整|变更)[为后](?:合同价款?|合同总价|合同金额|总价)?[为:：]?\s*")
# A payment-plan line: "其中：首付款30%", "其中：尾款70%（含质保金5%）" — a 其中 line naming an instalment
# or a share of the sum — or a row whose title is only 付款计划.
_PLAN_LABEL = frozenset({"付款计划", "付款节点", "付款计划节点", "支付计划", "付款安排", "付款约定"})
_PLAN_BREAKDOWN = re.compile(r"^其中[:：].*(?:首付|预付|进度款|尾款|质保金|保修金|保证金|结算款|余款|\d\s*[%％])")

# The columns of a change register that give the change split by its direction: 变更金额 (变更增减, 签证金额,
# 增减金额) over 增加 | 减少 (核增 | 核减, 调增 | 调减).
_CHANGE_PARENT = re.compile(r"^(?:合同)?(?:变更|签证|增减|变更增减)(?:金额|额|价款)?$")
_CHANGE_UP = re.compile(r"^(?:增加|核增|调增|增项|增)(?:金额|额)?$")
_CHANGE_DOWN = re.compile(r"^(?:减少|核减|调减|减项|减)(?:金额|额)?$")

_CHANGE_SUM = re.compile(r"变更|增减")

PAYMENT_PLAN_REASON = "合同的付款计划（{text}）：约定的付款节点，是上面合同金额的分解，不是一份合同，也不是一笔付款"
NEW_TOTAL_WARNING = "这一行写的是变更后的合同总价（不是变更增减额），金额按该总价记"
CHANGES_NOTE = ("补充协议、变更、签证、增减项的行（{rows}）乙方空着：按其上方主合同记乙方"
                "（合同编号空着的也按主合同记），合同名称注明所属合同；金额为该行写的变更额（带正负号），"
                "写的是调整后总价的按总价记并在该行提示")
_ROWS_SHOWN = 8
CHANGE_SIDES_NOTE = ("金额按{sides}记，是每项变更的增减额（增加为正、减少为负），不是合同总价；"
                     "{totals}是变更后的合同总价，不作金额，原值保留在原始数据里")


def _bare(text: str) -> str:
    """A cell's text without the indent marks and spaces in front of it."""
    return _INDENT_MARKS.sub("", text).strip()


def payment_plan_reason(texts: Sequence[str]) -> str | None:
    """Why a contract sheet's row is a payment-plan line ("其中：首付款30%", "付款计划"), or None. Only the
    row's first text is read: a 备注 saying 付款计划 beside a contract's own title makes no plan line."""
    if not texts:
        return None
    text = "".join(_bare(texts[0]).split())
    if text in _PLAN_LABEL or _PLAN_BREAKDOWN.match(text):
        return PAYMENT_PLAN_REASON.format(text=text[:20])
    return None


def change_sides(parents: Sequence[str], children: Sequence[str]) -> list[tuple[int, int]]:
    """The columns that give a change split by direction (变更金额 over 增加 | 减少): (index, +1 or -1)
    each, or [] unless both directions are there."""
    sides: list[tuple[int, int]] = []
    for index, (parent, child) in enumerate(zip(parents, children)):
        if not parent or not child or not _CHANGE_PARENT.match(_header_base(parent)):
            continue
        base = _header_base(child)
        if _CHANGE_UP.match(base):
            sides.append((index, 1))
        elif _CHANGE_DOWN.match(base):
            sides.append((index, -1))
    return sides if {sign for _, sign in sides} == {1, -1} else []


def _header_base(text: str) -> str:
    return split_brackets(normalize_header(text))[0]


def is_change_sum(header: str) -> bool:
    """Whether a contract's sum column gives the changes (变更增减, 增减金额), not a contract's whole sum."""
    return _CHANGE_SUM.search(header) is not None


def is_change_title(title: Any) -> bool:
    """Whether a contract row's title names a change of the contract above (补充协议一：…, 增项：…)."""
    return type(title) is str and _CHANGE_START.match(_bare(title)) is not None


@dataclass
class _MainContract:
    code: str | None
    title: str | None
    counterparty: str


class ContractChanges:
    """Follows a contract sheet's rows: the last main contract, and the change rows that took its
    counterparty (``CHANGES_NOTE`` names them)."""

    def __init__(self, sides: Sequence[tuple[int, int, Callable[[Any], Any]]] = ()) -> None:
        self.main: _MainContract | None = None
        self.rows: list[int] = []
        self.sides = tuple(sides)
        """A change register's 增加 | 减少 columns: (index, sign, reader) (``change_sides``)."""

    def read(self, number: int, record: dict[str, Any], row: Sequence[Any],
             amount_cells: Sequence[tuple[int, Callable[[Any], Any]]], warnings: list) -> None:
        """Give a change row its main contract's counterparty, code and a title naming that contract, and
        its amount when the row wrote the new total in words; remember any other row as the main contract.
        In a change register, the amount is the row's 增加 less its 减少."""
        if self.sides and record.get("amount") is None:
            record["amount"] = _signed_change(row, self.sides, warnings)
        if not is_change_title(record.get("title")):
            if record.get("counterparty"):
                self.main = _MainContract(record.get("code"), record.get("title"), record["counterparty"])
            return
        if record.get("counterparty") or self.main is None:
            return  # a change with its own party, or none above it: read as written
        main = self.main
        record["counterparty"] = main.counterparty
        if not record.get("code") and main.code:
            record["code"] = main.code
        change = _bare(record["title"])
        record["title"] = f"{change}（{main.code or main.title}的变更）" if main.code or main.title else change
        self.rows.append(number)
        if record.get("amount") is None:
            record["amount"] = _new_total_in_cells(row, amount_cells)
        if record.get("amount") is not None and _gives_new_total(row) and not _signed_cell(row, amount_cells):
            warnings.append(("", None, NEW_TOTAL_WARNING))

    def note(self) -> str:
        if not self.rows:
            return ""
        shown = "、".join(str(row) for row in self.rows[:_ROWS_SHOWN])
        more = f"等 {len(self.rows)} 行" if len(self.rows) > _ROWS_SHOWN else ""
        return CHANGES_NOTE.format(rows=f"第 {shown} 行{more}")


def _gives_new_total(row: Sequence[Any]) -> bool:
    return any(type(value) is str and _NEW_TOTAL.search(value) for value in row)


def _signed_cell(row: Sequence[Any], amount_cells: Sequence[tuple[int, Callable[[Any], Any]]]) -> bool:
    """Whether an amount cell writes its sign ("+12,600"): a change, whatever the title says of the total."""
    return any(index < len(row) and type(row[index]) is str and row[index].strip()[:1] in "+-＋－"
               and row[index].strip() for index, _ in amount_cells)


def _new_total_in_cells(row: Sequence[Any], amount_cells: Sequence[tuple[int, Callable[[Any], Any]]]) -> Any:
    """The new total an amount cell gives in words ("调整为198,600.00"), through that column's own reader
    (its unit), or None."""
    for index, convert in amount_cells:
        value = row[index] if index < len(row) else None
        if type(value) is not str:
            continue
        rest = _NEW_TOTAL_CELL.sub("", value.strip(), count=1)
        if rest == value.strip():
            continue
        try:
            return convert(rest)
        except values.ValueProblem:
            continue
    return None


def _signed_change(row: Sequence[Any], sides: Sequence[tuple[int, int, Callable[[Any], Any]]],
                   warnings: list) -> Any:
    """A change register row's change: its 增加 less its 减少, or None when both are blank."""
    total, found = 0, False
    for index, sign, convert in sides:
        value = row[index] if index < len(row) else None
        if value is None or value == "" or (type(value) is str and values.is_blank(value)):
            continue
        try:
            amount = convert(value)
        except values.ValueProblem as problem:
            warnings.append(("", str(value), f"{problem}，已保留原值"))
            continue
        if amount is not None:
            total, found = total + sign * abs(amount), True
    return total if found else None
