"""Provides exact money helpers: amounts are integer fen (分) everywhere in the core.

Amounts are shown and exported as yuan with two decimals; they are never held
as floats inside the store, so sums are exact.
"""

from __future__ import annotations

from decimal import Decimal

FEN_PER_YUAN = 100
FEN_PER_WAN = 1_000_000


def fen_to_yuan(fen: int | None) -> float | None:
    """Yuan as a JSON-friendly number with two decimals (None stays None)."""
    if fen is None:
        return None
    return float(Decimal(fen) / FEN_PER_YUAN)


def format_yuan(fen: int | None, *, grouping: bool = True) -> str:
    """Format fen as yuan text, e.g. 1250000 -> '12,500.00'; None -> ''."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    whole = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{whole}.{cents:02d}"


def format_wan(fen: int | None) -> str:
    """Format fen as 万元 for prose, e.g. 905000_00 -> '9.05万'."""
    if fen is None:
        return ""
    wan = Decimal(fen) / FEN_PER_WAN
    text = f"{wan:.2f}".rstrip("0").rstrip(".")
    return f"{text}万"
