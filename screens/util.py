"""Provides small helpers the screens share: table cells, severity labels, field access on dict-or-object rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text


def get(obj: Any, name: str, default: Any = None) -> Any:
    """An attribute or a mapping key, whichever the object has (for rows that may be dicts or objects)."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


SEVERITY_LABELS = {"high": "高", "medium": "中", "low": "低"}
SEVERITY_STYLES = {"high": "bold $error", "medium": "$warning", "low": "$text-muted"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

RULE_LABELS = {
    "split_contract": "化整为零",
    "threshold_hugging": "临界金额",
    "method_below_required": "应招未招",
    "repeat_vendor": "单位反复承接",
    "related_party": "干部关联交易",
    "date_order": "先干后议",
    "overpayment": "超合同付款",
    "duplicate_payment": "重复支付",
    "large_cash": "大额现金支付",
    "white_slip": "白条入账",
    "resource_lease": "资源发包异常",
    "payee_mismatch": "收款人不符",
}
"""Short names of the rules where a list of them is narrow (the flags page's tree, the overview's bars).

The full names run to 34 cells (村干部及其亲属关联交易（优亲厚友）), which the flags tree at 80
columns cut to five characters; these fit in RULE_LABEL_WIDTH. Wherever one is shown, the full
name is one step away (the flags page's status line and pane, the rules page)."""
RULE_LABEL_WIDTH = 12


def rule_label(rule: str, name: str) -> str:
    """The short name of a rule: its entry in RULE_LABELS, else its name without the
    parenthesis (临界金额（卡线） -> 临界金额), cut to RULE_LABEL_WIDTH cells."""
    from screens.widgets.charts import truncate_cells

    if rule in RULE_LABELS:
        return RULE_LABELS[rule]
    return truncate_cells(name.split("（", 1)[0].split("(", 1)[0] or name, RULE_LABEL_WIDTH)


def plain(value: Any, width: int | None = None, style: str = "") -> "Text":
    """A table cell from user data: never parsed as markup, cut to ``width`` cells.

    DataTable parses plain strings as Rich markup, so a counterparty named
    '宏达[普通合伙]' would vanish or raise; every cell from the store goes
    through here.
    """
    from rich.text import Text

    from screens.widgets.charts import truncate_cells

    text = "" if value is None else str(value)
    text = text.replace("\n", " ")
    if width is not None:
        text = truncate_cells(text, width)
    return Text(text, style=style, end="", no_wrap=True)


def right(value: str, style: str = "") -> "Text":
    """A right-aligned cell (amounts, counts)."""
    from rich.text import Text

    return Text(value, style=style, justify="right", end="", no_wrap=True)


_CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019"
_SPACE_BY_CJK = __import__("re").compile(rf"(?<=[{_CJK}]) +| +(?=[{_CJK}])")


def cjk_prose(text: str) -> str:
    """Prose for a wrapping pane: drop the spaces next to Chinese characters.

    Textual wraps at spaces only, so "刘家塘村 的合同“……”" breaks after
    the first word and leaves a short line; Chinese needs no spaces, and
    without them the text folds at the pane's edge as Chinese typesetting does.

    Lines that start with "·" are lists, not prose: their spaces separate the fields
    (“· 付款 2023-10-20 3.2万 支付港东山塘清淤工程款”) and stay, or the amount runs
    into the summary (“3.2万支付…”).
    """
    return "\n".join(line if line.lstrip().startswith("·") else _SPACE_BY_CJK.sub("", line)
                     for line in text.split("\n"))
