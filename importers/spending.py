"""Tells the spending registers an inspection of 四风 reads first, and whom each row paid.

A village keeps its spending on meals, gifts, the car and trips in registers of their own, with no column
that says which way the money went, since all of it went out::

    接待日期 | 来宾单位 | 接待事由 | 人数 | 就餐地点 | 金额 | 经办人           (公务接待登记表)
    日期 | 品名 | 金额 | 购买商店 | 发放对象 | 经办人                      (节日慰问品采购发放汇总)
    日期 | 费用类别 | 金额 | 收款单位 | 经办人                              (公务用车费用登记表)
    报销日期 | 报销人 | 出差事由 | 交通费 | 住宿费 | 报销金额                (差旅费报销明细表)

Each is money out: a 接待 register pays the restaurant where the guests ate (就餐地点), never the guests
(来宾单位, 接待对象); a purchase of gifts pays the shop (购买商店), not the people the gifts went to (发放对象
stays in the raw row); a 费用登记 with a 收款单位 column pays that payee; a 报销 register with no payee column
pays the 报销人 back. A meal in the village's own canteen (村委会食堂) or its own rooms paid no outside party:
such a row keeps no counterparty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from importers.synonyms import SHOP_HEADERS as SHOP_HEADER_WORDS, VENUE_HEADERS as VENUE_HEADER_WORDS, \
    normalize_header, split_brackets

RECEPTION_WORDS = ("接待", "招待")
"""What a sheet's names say of a register of meals and lodging paid for guests (公务接待登记, 招待费明细)."""
NOT_RECEPTION_WORDS = ("招待所", "信访", "来访登记", "接待室")
"""Names with 接待 that are no spending: a 招待所 the village runs earns money, a 信访接待 register books visits."""
INCOME_WORDS = ("收入", "收款", "进账", "收费", "缴费", "交费", "收缴", "收取", "返还", "退回")
"""What a sheet's names say of money that came in: such a register (收费台账, 收入登记) is never one of spending."""
VENUE_HEADERS = frozenset(VENUE_HEADER_WORDS)
"""Columns that name where a meal was eaten: the restaurant paid (synonyms of the counterparty, after 收款单位)."""
GUEST_HEADERS = frozenset({"来宾单位", "接待对象", "来宾", "来宾姓名", "来客单位", "来访单位", "客人单位",
                           "被接待单位", "来宾单位及人员", "接待对象及人数", "来宾单位及职务"})
"""Columns that name the guests of a 接待: who was treated, never who was paid."""
SHOP_HEADERS = frozenset(SHOP_HEADER_WORDS)
"""Columns that name the shop goods were bought from: the payee of a purchase (synonyms of the counterparty,
ranked before a 发放表's 发放对象)."""
COST_REGISTER_WORDS = ("费用登记", "支出登记", "费用台账", "支出台账", "报销")
"""What a sheet's names say of a register of costs only (公务用车费用登记表, 报销登记)."""
PAYEE_HEADERS = frozenset({"收款单位", "收款单位名称", "收款人", "收款人名称", "收款方", "收款单位(人)"})
"""The payee columns that tell a register of costs: the money went to them."""
CLAIMANT_HEADERS = frozenset({"报销人", "报销人姓名"})
"""Who a reimbursement was paid to when no payee column is beside it (not 报账人: a 报账员 hands in the bills of
a shop, who is the payee)."""
_OWN_PLACE = re.compile(r"^(?:本村|本单位|村委会?|村民委员会|村部|村两委|村级|村办公楼|内部|自办)"
                        r"|(?:村|村委会?|村部|本单位)(?:内部)?食堂$|^食堂$|^(?:会议室|办公室)$")
"""A place that is the village's own (村委会食堂, 本村食堂, 桂花村食堂, 村部会议室): a meal there paid no outside
party. Not a 镇机关食堂: the township's canteen is paid like any restaurant."""

_RECIPIENT = re.compile(r"^(?:发放|慰问|领取|受益|分配|补助)(?:对象|人)|^领(?:取|款)人")
"""A column of whom the goods of a purchase were handed out to (发放对象, 慰问对象, 领取人)."""

RECEPTION_NOTE = "公务接待登记：{why}，所列各笔是接待（招待）付出的钱，收支方向记为支出"
VENUE_NOTE = ("“{venue}”是就餐（接待）的饭店，记为往来单位（收款方）；{guests}"
              "写本村食堂、村委会等本村自己地方的行，往来单位留空")
GUESTS_NOTE = "“{guests}”是被接待的客人，不是往来单位，保留在原始数据里；"
PURCHASE_NOTE = "采购登记：每行是付给商店的一笔支出（不是发给个人的发放表），收支方向记为支出"
SHOP_NOTE = "“{shop}”是买东西付钱的商店，记为往来单位{recipients}"
RECIPIENTS_NOTE = "；“{header}”是物品发给的人，保留在原始数据里"
COST_REGISTER_NOTE = ("费用登记：{why}，表中有“{payee}”一列、没有收入/支出或借方/贷方列，所列各笔是付给收款方的钱，"
                      "收支方向记为支出")
CLAIMANT_NOTE = "报销登记：表中没有收款人列，“{header}”是报销领钱的人，同时记为往来单位和经办人"


def _base(header: str | None) -> str:
    return split_brackets(normalize_header(header or ""))[0]


def is_venue_header(header: str | None) -> bool:
    return _base(header) in VENUE_HEADERS


def is_guest_header(header: str | None) -> bool:
    return _base(header) in GUEST_HEADERS or normalize_header(header or "") in GUEST_HEADERS


def is_shop_header(header: str | None) -> bool:
    return _base(header) in SHOP_HEADERS


def is_claimant_header(header: str | None) -> bool:
    return _base(header) in CLAIMANT_HEADERS


def is_recipient_header(header: str | None) -> bool:
    """Whether a column names whom goods were handed out to (发放对象, 慰问对象, 领取人): no payee of a purchase."""
    return bool(_RECIPIENT.search(_base(header)))


def own_place(text: str | None) -> bool:
    """Whether a 就餐地点 is the village's own canteen or rooms (村委会食堂, 本村食堂, 村部): no outside payee."""
    return bool(text) and bool(_OWN_PLACE.search("".join(str(text).split())))


def _speaks_of_income(names: Sequence[str]) -> bool:
    return any(word in name for name in names for word in INCOME_WORDS)


def reception_reason(names: Sequence[str]) -> str | None:
    """Why a sheet is a register of 接待 spending: the first of its names (sheet, title, file) that says 接待 or
    招待; None when a name says income or another register (招待所, 信访接待)."""
    if _speaks_of_income(names) or any(word in name for name in names for word in NOT_RECEPTION_WORDS):
        return None
    where = ("表名", "标题", "文件名")
    for label, name in zip(where, names):
        word = next((word for word in RECEPTION_WORDS if word in name), None)
        if word:
            return f"{label}写明“{word}”"
    return None


def cost_register_reason(names: Sequence[str], party_header: str | None) -> str | None:
    """Why a sheet is a register of costs only (``COST_REGISTER_WORDS``): a name says so and its other party is
    read from a payee's column (收款单位); None when a name says income (收费台账, 收入登记)."""
    if _base(party_header) not in PAYEE_HEADERS or _speaks_of_income(names):
        return None
    for label, name in zip(("表名", "标题", "文件名"), names):
        word = next((word for word in COST_REGISTER_WORDS if word in name), None)
        if word:
            return f"{label}写明“{word}”"
    return None


def spending_note(names: Sequence[str], party_header: str | None) -> str | None:
    """The note of a spending register with no column of the money's side (every row is money out), or None:
    a 接待 register, a purchase that names its shop, a register of costs paid to a 收款单位."""
    reason = reception_reason(names)
    if reason:
        return RECEPTION_NOTE.format(why=reason)
    if is_shop_header(party_header) and not _speaks_of_income(names):
        return PURCHASE_NOTE
    reason = cost_register_reason(names, party_header)
    if reason:
        return COST_REGISTER_NOTE.format(why=reason, payee=party_header)
    return None


def shop_note(party_header: str | None, headers: Sequence[str]) -> str:
    """SHOP_NOTE when the other party is read from a shop's column (购买商店), naming the recipients' column
    left in the raw row; '' otherwise."""
    if not is_shop_header(party_header):
        return ""
    recipients = next((header for header in headers if is_recipient_header(header)), None)
    return SHOP_NOTE.format(shop=party_header,
                            recipients=RECIPIENTS_NOTE.format(header=recipients) if recipients else "")


def venue_note(party_header: str | None, headers: Sequence[str]) -> str:
    """VENUE_NOTE when the other party is read from a 就餐地点 column, '' otherwise."""
    if not is_venue_header(party_header):
        return ""
    guests = [header for header in headers if header and is_guest_header(header)]
    return VENUE_NOTE.format(venue=party_header, guests=GUESTS_NOTE.format(guests="”“".join(guests)) if guests else "")


def venue_party(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A 就餐地点 cell's converter: the village's own canteen or rooms name no payee (None)."""
    def converted(value: Any) -> Any:
        return None if own_place(str(value)) else convert(value)
    return converted
