"""Tells a register of loans, and which way a loan's money went: lent out by the village or borrowed by it.

A village keeps its debts and its loans in registers of their own, one loan a row::

    村名 | 出借单位（人） | 借款金额 | 借款日期 | 年利率 | 约定还款日期      (借入款台账: money borrowed)
    出借村 | 借款单位或个人 | 借款人身份 | 出借金额 | 出借日期        (出借资金清查表: money lent)
    借据编号 | 借款日期 | 出借人 | 借款金额（小写） | 借款金额（大写）  (借据登记簿)

Each row is a loan agreement, not a movement of cash: a contract with the other party (the lender of
money borrowed, the borrower of money lent), its sum and its day, filed under the category 借款（借入）
or 借款（出借）, so that the village's debts are told from its loans of collective money (出借集体资金,
a red flag when the borrower is a cadre). A list that books each loan as paid (凭证号, 收/支 columns,
a 借出款项清理表) stays a list of payments: its direction is told by the same words (``loan_side``),
money borrowed coming in from the lender, money lent going out to the borrower; a list of repayments
(还款明细) is money out when the village repays its lender and money in when a borrower repays it
(``repayment_side``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from importers.synonyms import LOAN_BORROWERS, LOAN_DATES, LOAN_LENDERS, LOAN_SUMS, header_base, normalize_header

LENT, BORROWED = "lent", "borrowed"
LENT_WORDS = ("借出", "出借", "借给", "放贷")
"""What a sheet's names say of money the village lent (出借资金清查表, 借出款项)."""
BORROWED_WORDS = ("借入", "借款来源", "举借", "举债", "借来")
"""What a sheet's names say of money the village borrowed (借入款台账, 举借债务明细). Not 贷款: a 小额贷款贴息
发放表 pays its households; a 贷款银行 column tells a register of bank loans."""
LOAN_WORDS = re.compile(r"借|贷|债")
"""A name that speaks of a loan at all: a 还款 or 收回 list without one (垃圾回收, 归还垫付款) is none of these."""
REPAID_WORDS = ("还款", "偿还", "归还", "还本", "付息", "清偿")
"""What a sheet's names say of a loan repaid (还款明细, 债务偿还明细表)."""
RECOVERED_WORDS = ("收回", "回收")
"""What they say of money lent that came back to the village (借出款收回明细)."""
DEBT_WORDS = ("债务", "借入", "贷款", "欠款", "举债")
"""What they say of a debt of the village: its repayments are money out."""
CATEGORIES = {LENT: "借款（出借）", BORROWED: "借款（借入）"}
SIDE_WORDS = {LENT: "出借", BORROWED: "借入"}
PARTY_WORDS = {LENT: "借款人（借用本村资金的单位或个人）", BORROWED: "出借人（债权人）"}
LOAN_REGISTER_NOTE = ("借款登记（{side}）：每行是一笔借款（{why}），按借款合同导入：往来单位是{party}，"
                      "借款日期记为签订日期，合同类别记为“{category}”；不是收支流水，借入、借出和还款的钱请看日记账")
LOAN_REGISTER_UNSURE_NOTE = ("借款登记：每行是一笔借款，按借款合同导入，合同类别记为“借款”；表名和表头没有写明是借入还是"
                             "借出，请核对")
BORROWED_LIST_NOTE = "借入款项清单：所列各笔是借入的款项（{why}），是从出借人收到的钱，收支方向记为收入"
REPAYMENT_NOTE = "还款明细：{why}，{what}，收支方向记为{label}"
_LENDERS = frozenset(normalize_header(word) for word in LOAN_LENDERS)
_BORROWERS = frozenset(normalize_header(word) for word in LOAN_BORROWERS)
_SUMS = frozenset(normalize_header(word) for word in LOAN_SUMS)
_DATES = frozenset(normalize_header(word) for word in LOAN_DATES)



def party_side(header: str | None) -> str | None:
    """LENT when the party column names the borrower (借款单位或个人, 债务人), BORROWED when it names the
    lender (出借单位（人）, 债权人), None for any other header."""
    if not header:
        return None
    for text in (normalize_header(header), header_base(header)):
        if text in _LENDERS:
            return BORROWED
        if text in _BORROWERS:
            return LENT
    return None


def name_side(name: str) -> str | None:
    """LENT or BORROWED when a name (sheet, title, file) says only one of them; None when it says neither
    or both (石桥镇借入借出款台账)."""
    lent = any(word in name for word in LENT_WORDS)
    borrowed = any(word in name for word in BORROWED_WORDS)
    if lent == borrowed:
        return None
    return LENT if lent else BORROWED


def loan_side(sheet: str, title: str, file_name: str, party_header: str | None = None) -> tuple[str, str] | None:
    """Which way a loan register's money went and why: the sheet name, then the title, then the header of its
    party column, then the file name (a 债务及出借资金台账 holds its 借入款 sheet too)."""
    for where, name in (("表名", sheet), ("标题", title)):
        side = name_side(name or "")
        if side:
            return side, f"{where}写明“{_said(name, side)}”"
    side = party_side(party_header)
    if side:
        return side, f"往来单位一栏是“{party_header}”"
    side = name_side(file_name or "")
    if side:
        return side, f"文件名写明“{_said(file_name, side)}”"
    return None


def _said(name: str, side: str) -> str:
    words = LENT_WORDS if side == LENT else BORROWED_WORDS
    return next(word for word in words if word in name)


def is_loan_register(contract_headers: dict[str, str], payment_fields: set[str]) -> bool:
    """Whether a sheet lists loans one a row: its contract reading takes the party from a lender's or a
    borrower's column, the sum from a loan's (借款金额, 出借金额) and the day from a loan's (借款日期), and
    its payment reading finds no voucher and no side of the money (凭证号, 收/支, 借方/贷方): a list that
    books each loan as paid is a list of payments (借出款项清理表). ``contract_headers``: field -> the
    header of its primary column."""
    party, amount, signed = (contract_headers.get(name) for name in ("counterparty", "amount", "signed_on"))
    if not (party and amount and signed) or party_side(party) is None:
        return False
    if header_base(amount) not in _SUMS or header_base(signed) not in _DATES:
        return False
    return not payment_fields & {"voucher", "direction", "income", "expense", "debit", "credit"}


def register_note(side: tuple[str, str] | None) -> str:
    """LOAN_REGISTER_NOTE for a register whose side is known, else LOAN_REGISTER_UNSURE_NOTE."""
    if side is None:
        return LOAN_REGISTER_UNSURE_NOTE
    which, why = side
    return LOAN_REGISTER_NOTE.format(side=SIDE_WORDS[which], why=why, party=PARTY_WORDS[which],
                                     category=CATEGORIES[which])


def category(side: tuple[str, str] | None) -> str:
    return CATEGORIES[side[0]] if side else "借款"


def borrowed_list_note(sheet: str, title: str, file_name: str) -> str | None:
    """BORROWED_LIST_NOTE when the first of the names that says anything of a loan says it was borrowed
    (and none says it was repaid: a 借入款还款明细 is money out); None otherwise. Only the names decide a
    list of payments: its 债权人 column is as often the party of a repayment."""
    names = (sheet, title, file_name)
    if any(word in name for name in names for word in REPAID_WORDS + RECOVERED_WORDS):
        return None
    for where, name in zip(("表名", "标题", "文件名"), names):
        side = name_side(name or "")
        if side == BORROWED:
            return BORROWED_LIST_NOTE.format(why=f"{where}写明“{_said(name, side)}”")
        if side == LENT:
            return None
    return None


def repayment_side(names: Sequence[str], party_header: str | None) -> tuple[str, str] | None:
    """('out'|'in', note) for a list of repayments (还款明细, 债务偿还明细表, 借出款收回明细) with no column
    of the money's side: the village repaying its lender (a 债权人 or 出借人 column, or names that speak of
    its debt) pays money out; a borrower repaying the village (a 借款人 or 债务人 column) brings money in.
    None when nothing says whose loan it was: names alone ("借出款收回登记" over a 收款人 column) guess no
    side of money coming back (tests/test_import_layouts30)."""
    names = [name for name in names if name]
    side = party_side(party_header)
    if side is None and not any(LOAN_WORDS.search(name) for name in names):
        return None
    if not any(word in name for name in names for word in REPAID_WORDS + RECOVERED_WORDS):
        return None
    if side == LENT:
        why = f"往来单位一栏是“{party_header}”"
        return "in", REPAYMENT_NOTE.format(why=why, what="是借款人还给本村的钱", label="收入")
    recovered = any(word in name for name in names for word in RECOVERED_WORDS)
    debt = next((word for name in names for word in DEBT_WORDS if word in name), None)
    if not recovered and (side == BORROWED or debt):
        why = f"往来单位一栏是“{party_header}”" if side == BORROWED else f"表名写明“{debt}”"
        return "out", REPAYMENT_NOTE.format(why=why, what="是本村还给出借人（债权人）的钱", label="支出")
    return None
