"""Reads a 收支明细表 by its 科目: which way each entry's money went, and the 科目 rows that head its groups.

At year end a village's 三资 platform prints a 收支明细表 beside the ledgers: its entries group by group,
one group a 科目, each ended by a 小计. The 科目 is merged down over its group, or written once on a
heading row of its own above it (a code and a name, nothing else)::

    科目     | 日期 | 凭证字号 | 摘要 | 对方单位 | 金额            (科目 merged down each group)
    经营收入 | 2023年1月18日 | 记-4 | 收村集体房屋租金 | … | 68000

    科目编码 | 科目名称       | 日期 | 凭证号 | 摘要 | 往来单位 | 收入金额 | 支出金额
    511      | 发包及上交收入 |      |        |      |          |          |            (a heading row)
             |                | 2023-01-10 | 记-03 | 收果园承包费 | 李庆华 | 28000 |

With one 金额 column and no 收入/支出 or 借方/贷方 column, the 科目 says the side: in the 村集体经济组织会计
制度 a 收入 account (经营收入, 发包及上交收入, 补助收入, 其他收入, 投资收益) books money in, a 支出 or 费用
account (经营支出, 管理费用, 其他支出, 公益支出) money out. An asset or 往来 account (在建工程, 固定资产, 应收款)
books either way: its entry is read from its 摘要 only when that starts with the verb of paying or of
receiving ("支付溪滩整治工程款", "收回多付工程款"), with a warning; otherwise it keeps no direction.

A heading row is no entry (it was rejected as 缺少金额): it gives its 科目 to the entries under it,
up to the next heading or the group's 小计.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from importers.accounts import split_account

INCOME_ACCOUNTS = frozenset({"经营收入", "发包及上交收入", "农业税附加返还收入", "补助收入", "其他收入", "投资收益"})
"""The 收入 accounts of the 村集体经济组织会计制度 (2004 and 2023): an entry booked to one is money in."""
SPENDING_ACCOUNTS = frozenset({"经营支出", "管理费用", "其他支出", "公益支出", "税金及附加", "所得税费用"})
"""Its 支出 and 费用 accounts: an entry booked to one is money out."""
BALANCE_ACCOUNTS = frozenset({
    "库存现金", "现金", "银行存款", "短期投资", "应收款", "其他应收款", "内部往来", "库存物资", "牲畜（禽）资产",
    "牲畜(禽)资产", "林木资产", "消耗性生物资产", "生产性生物资产", "公益性生物资产", "长期投资", "固定资产",
    "累计折旧", "固定资产清理", "在建工程", "无形资产", "长期待摊费用", "待处理财产损溢", "短期借款", "应付款",
    "其他应付款", "应付工资", "应付工资薪酬", "应付劳务费", "应付福利费", "应交税费", "长期借款及应付款", "长期借款",
    "长期应付款", "一事一议资金", "专项应付款", "资本", "公积公益金", "本年收益", "收益分配"})
"""Its asset, liability and equity accounts: an entry booked to one may be money in or out."""
_ACCOUNTS = INCOME_ACCOUNTS | SPENDING_ACCOUNTS | BALANCE_ACCOUNTS
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")

_PAID = re.compile(r"^(?:支付|预付|拨付|付|购置|购买|购|缴纳|交纳|归还|偿还)")
"""A 摘要 that starts by paying: "支付溪滩整治工程进度款", "付监理费", "购置办公电脑"."""
_RECEIVED = re.compile(r"^(?:收到|收取|收回|收(?!购))")
"""A 摘要 that starts by receiving: "收回多付工程款", "收到保证金" (not 收购, a purchase)."""
_CODE = re.compile(r"^\d{3,}(?:[.\-－]\d+)*")
"""An account's code, alone in its cell or before its name: 511, 5501, 102.01."""

ACCOUNT_SIDES_NOTE = ("表中没有收入/支出或借方/贷方列、只有一列金额：收支方向按各笔的科目读（村集体经济组织会计制度）"
                      "——{income}{spending}{balance}")
INCOME_PART = "{accounts}是收入科目，记为收入；"
SPENDING_PART = "{accounts}是支出（费用）科目，记为支出；"
BALANCE_PART = ("资产或往来科目（{accounts}）本身看不出收支：摘要以“支付”“收回”等开头的按摘要记（逐行提示），"
                "其余留空")
BALANCE_EXAMPLES = "在建工程、固定资产、应收款等"
SUMMARY_SIDE_WARNING = "科目“{account}”是资产或往来科目，本身看不出收支；按摘要“{summary}”记为{side}，请核对"
NO_SIDE_WARNING = "科目“{account}”不是收入或支出科目，看不出收支方向，收支方向留空"
HEADING_REASON = "科目行（{text}）：只写科目、没有金额和日期，不是一笔收支；其下各笔的科目记为“{account}”，到小计或下一个科目行为止"
HEADINGS_NOTE = "表中各组收支的科目写在其上方的科目行里（{rows}）：各笔按所在组记科目"
SIDE_LABELS = {"in": "收入", "out": "支出"}


def account_name(text: str | None) -> str | None:
    """An account's first-level name without its code: "511 发包及上交收入" -> 发包及上交收入,
    "管理费用-办公费" -> 管理费用; None for a code alone or nothing."""
    if not text or not str(text).strip():
        return None
    levels = split_account(str(text))
    if not levels:
        return None
    # "经营收入（租金）": a remark after the name; "牲畜（禽）资产" keeps its own brackets.
    bare = _BRACKETED.sub("", levels[0]).strip()
    return levels[0] if levels[0] in _ACCOUNTS or not bare else bare


def account_side(text: str | None) -> str | None:
    """"in" for a 收入 account, "out" for a 支出 or 费用 account, None for any other account or text."""
    name = account_name(text)
    if name in INCOME_ACCOUNTS:
        return "in"
    if name in SPENDING_ACCOUNTS:
        return "out"
    return None


def is_known_account(text: str | None) -> bool:
    """Whether a text is an account of the 会计制度 (收入, 支出, asset or 往来), by its first-level name."""
    return account_name(text) in _ACCOUNTS


def accounts_note(accounts: Iterable[str]) -> str | None:
    """The note of a sheet whose entries' 科目 say their side (``ACCOUNT_SIDES_NOTE``), or None: every 科目
    written must be one of the 会计制度's, at least two entries written so, one of them a 收入 or 支出 one.
    A column of 办公费, 工程款 or free text tells nothing, and a sheet of 往来 accounts alone neither."""
    written = [text for text in accounts if account_name(text)]
    if len(written) < 2 or not all(is_known_account(text) for text in written):
        return None
    names = list(dict.fromkeys(name for name in map(account_name, written) if name))
    income = [name for name in names if name in INCOME_ACCOUNTS]
    spending = [name for name in names if name in SPENDING_ACCOUNTS]
    if not income and not spending:
        return None
    balance = [name for name in names if name in BALANCE_ACCOUNTS]
    return ACCOUNT_SIDES_NOTE.format(
        income=INCOME_PART.format(accounts="、".join(income)) if income else "",
        spending=SPENDING_PART.format(accounts="、".join(spending)) if spending else "",
        balance=BALANCE_PART.format(accounts="、".join(balance) if balance else BALANCE_EXAMPLES))


def entry_side(account: str | None, summary: str | None) -> tuple[str | None, str | None]:
    """(direction, warning) of an entry of a sheet read by its 科目: a 收入 or 支出 account's side; an
    asset or 往来 account's side as its 摘要 starts (支付…, 收回…), warned; else none, warned."""
    side = account_side(account)
    if side or not account:
        return side, None
    written = "".join(str(summary or "").split())
    side = "out" if _PAID.match(written) else "in" if _RECEIVED.match(written) else None
    if side and is_known_account(account):
        return side, SUMMARY_SIDE_WARNING.format(account=account, summary=written[:20], side=SIDE_LABELS[side])
    return None, NO_SIDE_WARNING.format(account=account)


def heading_account(texts: list[str]) -> str | None:
    """The account a heading row names in its account cells ("511" | "发包及上交收入", "5501 管理费用"): its
    name as a record of the sheet would keep it, or None when the texts are no account (a known 科目, or a
    name with its code beside it)."""
    names = [text for text in texts if not _CODE.fullmatch(text)]
    if len(names) != 1 or len(names[0]) > 30:
        return None
    coded = len(texts) > 1 or _CODE.match(names[0]) is not None
    if not (coded or is_known_account(names[0])) or not re.search(r"[\u4e00-\u9fff]", names[0]):
        return None
    return _CODE.sub("", names[0]).strip(" -－—_:：") or None


@dataclass
class _Heading:
    row: int
    text: str
    account: str


@dataclass
class AccountHeadings:
    """The 科目 heading rows of a payment sheet as it is read: the one over the rows being read gives them
    its account, until a 小计 (or 合计) or the next heading."""

    indexes: frozenset[int]
    """The account columns (科目编码, 科目名称): a heading fills nothing else."""
    current: _Heading | None = None
    seen: list[_Heading] = field(default_factory=list)

    def reason(self, number: int, row: list, cells: list) -> str | None:
        """Why the row is a heading (and it becomes the current one), or None: its filled cells (``cells``)
        are all in the account columns and name an account. (A data row fails the first test at once.)"""
        if len(cells) > len(self.indexes):
            return None
        filled = [index for index, value in enumerate(row) if value is not None and value != ""]
        if not self.indexes.issuperset(filled):
            return None
        account = heading_account([" ".join(str(cell).split()) for cell in cells])
        if account is None:
            return None
        text = " ".join(" ".join(str(cell).split()) for cell in cells)
        self.current = _Heading(number, text, account)
        self.seen.append(self.current)
        return HEADING_REASON.format(text=text[:24], account=account)

    def end(self) -> None:
        """A 小计 or 合计 closes the group: the rows after it are of no heading."""
        self.current = None

    def note(self) -> str:
        if not self.seen:
            return ""
        rows = "、".join(f"第 {heading.row} 行“{heading.text[:20]}”" for heading in self.seen[:4])
        more = f"等 {len(self.seen)} 行" if len(self.seen) > 4 else ""
        return HEADINGS_NOTE.format(rows=rows + more)
