"""Provides the money accounts of a village's books: whether an account is 库存现金 or 银行存款.

A cash or bank journal, a 序时账, a voucher list and a 明细分类账 of several accounts all need to
know which lines move the village's money: those of its cash and bank accounts. An account is
written by its name ("银行存款-农商行"), its code ("1002", "102.01"), or both ("1001 库存现金").
"""

from __future__ import annotations

import re
from functools import lru_cache

CASH, BANK = "cash", "bank"

_CASH_NAMES = frozenset({"库存现金", "现金"})
_BANK_NAMES = frozenset({"银行存款", "其他货币资金"})
# A bank written alone as the account (the 明细科目 of 银行存款): "农商行", "中国农业银行", "信用社存款".
_BANK_NAME = re.compile(r"(?:银行|信用社|信用联社|农商行|农信社|邮储|[工农中建交]行)(?:存款)?$")
_MONEY_CODES = {"101": CASH, "102": BANK, "1001": CASH, "1002": BANK}
# "102 银行存款", "1002.01银行存款-农商行", "10201", "银行存款/信用社": a code, a name, or both.
_CODE_AND_NAME = re.compile(r"(?P<code>\d+(?:[.\-－]\d+)*)?[\s\-－—_:：]*(?P<name>.*)", re.DOTALL)
_CODE_LEVELS = re.compile(r"[.\-－]")
_NAME_LEVELS = re.compile(r"[-－—_/／\\|:：·\s]+")
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
# The 往来 accounts: money the village lent or advanced (应收款, 预付款, 暂付款) or owes (应付款, 暂收款,
# 内部往来), or holds for others: 代收款 (水费, 有线电视费 collected from the households, owed to the water
# works) and 代缴款, a liability as 应付款 is. Their ledger books an entry from the account's side, the
# mirror of the cash's: a 代收款 贷方 is money collected (in), its 借方 money passed on or refunded (out).
# A 代收代缴款专户 is the bank account that money sits in: its book is the bank's.
_CLEARING_ACCOUNT = re.compile(r"(?:其他)?(?:应收|应付|预收|预付|暂收|暂付)账?款|内部往来|往来款"
                               r"|(?:代收(?:代[缴付])?|代缴)款(?!专户|账户|帐户)")
# A name that also names the money itself (现金日记账, 银行存款) or both sides (收支明细) is the cash's book.
_MONEY_BOOK_WORDS = re.compile(r"现金|银行|存款|收支|收入.{0,2}支出|支出.{0,2}收入")


@lru_cache(maxsize=4096)  # a book uses a few dozen accounts on thousands of lines
def money_account(*texts: str | None) -> str | None:
    """CASH or BANK when an account (its name, its code, or "102 银行存款") is a money account.

    Names are read before codes (DOMAIN.md a.2: codes changed in 2024); a name
    counts by its first level, so "应付款-农商行" (a loan) is no bank account.
    """
    codes = []
    for text in texts:
        if not text:
            continue
        match = _CODE_AND_NAME.fullmatch(text.strip())
        assert match is not None  # every text matches: both parts are optional
        kind = _money_name(match["name"]) if match["name"] else None
        if kind:
            return kind
        if match["code"]:
            codes.append(match["code"])
    for code in codes:
        kind = _money_code(code)
        if kind:
            return kind
    return None


def clearing_account(text: str) -> str | None:
    """The 往来 account a sheet's name or title names ("科目：112 应收款", "其他应付款明细账"), or None
    when it names none, or names the cash or bank book too ("现金日记账（应收款）")."""
    match = _CLEARING_ACCOUNT.search(text)
    if match is None or _MONEY_BOOK_WORDS.search(text):
        return None
    return match.group()


def split_account(text: str) -> list[str]:
    """An account's name by level, without its code: "20201 应付款-浙江华瑞建设工程有限公司" ->
    ["应付款", "浙江华瑞建设工程有限公司"]; a bracketed remark stays with its level."""
    match = _CODE_AND_NAME.fullmatch(text.strip())
    assert match is not None  # every text matches: both parts are optional
    return [level for level in _NAME_LEVELS.split(match["name"].strip()) if level]


def _money_name(name: str) -> str | None:
    first = _NAME_LEVELS.split(_BRACKETED.sub("", name).strip())[0]
    if first in _CASH_NAMES:
        return CASH
    if first in _BANK_NAMES or _BANK_NAME.search(first):
        return BANK
    return None


def _money_code(code: str) -> str | None:
    """101/102 (2004 制度: three digits, then two per level) and 1001/1002 (2023: four, then two)."""
    levels = _CODE_LEVELS.split(code)
    if len(levels) > 1:
        return _MONEY_CODES.get(levels[0])
    for base in ("1001", "1002", "101", "102"):
        if code.startswith(base) and len(code) % 2 == len(base) % 2:
            return _MONEY_CODES[base]
    return None
