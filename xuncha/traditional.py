"""Reads 繁体 (traditional) characters as the simplified ones the importer's words are written in.

Files typed in 侨乡 villages, in old WPS templates or copied from Hong Kong and Taiwan forms write
對方單位, 合同金額, 本月合計 and 陳坑村2023年日記賬: every synonym, summary word and kind word of the
importer is simplified, so such a sheet matched nothing (its rows were not imported, its totals
became payments). OpenCC's t2s conversion (phrase-aware: 乾隆 stays, 乾淨 -> 干净) turns such text
into the simplified form before it is *recognised*: headers, the labels of summary and footer rows,
titles, sheet and file names. What a record stores stays as written (its raw row too): a 繁体
name is the name the village wrote. Search (``search_index.fold``) and counterparty grouping
(``names.clean_text``) compare the simplified forms, so that a search for 陈记 finds 陳記建材 and
陳記建材 is one party with 陈记建材.

Conversion is cheap only where it is rare: ``simplified`` is cached (headers, titles and labels
repeat) and returns ASCII text at once; ``has_traditional`` is one regex scan, for the per-row
paths, so that a simplified file never pays for a conversion.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

# The CJK blocks whose characters OpenCC may change (Extension A and the unified ideographs); the
# compatibility ideographs (U+F900…) are folded by NFKC before any text gets here.
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_pattern() -> re.Pattern[str]:
    """Any character that t2s changes on its own: built once (about 25 ms) from one conversion of the
    CJK blocks, one character a line, so that a scan needs no conversion."""
    chars = [chr(code) for first, last in _CJK_BLOCKS for code in range(first, last + 1)]
    converted = _converter().convert("\n".join(chars)).split("\n")
    changed = "".join(char for char, simple in zip(chars, converted, strict=True) if char != simple)
    return re.compile(f"[{re.escape(changed)}]")


def has_traditional(text: str) -> bool:
    """Whether a text holds a 繁体 character (one regex scan; ASCII text at once)."""
    return not text.isascii() and _traditional_pattern().search(text) is not None


def simplified(text: str) -> str:
    """The text in simplified characters ('對方單位' -> '对方单位'); the text itself when it has none."""
    if text.isascii():
        return text
    return _simplified(text)


@lru_cache(maxsize=16384)
def _simplified(text: str) -> str:
    if _traditional_pattern().search(text) is None:
        return text
    return _converter().convert(text)
