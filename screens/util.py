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
    """
    return _SPACE_BY_CJK.sub("", text)
