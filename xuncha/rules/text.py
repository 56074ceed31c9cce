"""Provides the text and number helpers rules share: title keys, keywords, wording.

Flags are read by inspectors, so amounts are written in 万 (``9.05万``) and
dates as ISO dates, the way the 台账 shows them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from xuncha.money import FEN_PER_WAN, FEN_PER_YUAN, format_wan, format_yuan

_PUNCTUATION = re.compile(r"[\s,，。.、;；:：!！?？\"“”'‘’《》<>()（）\[\]【】{}\-—_/\\|·~～]+")
_YEAR = re.compile(r"(?:19|20)\d{2}年度?")
_GENERIC_SUFFIX = re.compile(r"(?:工程|项目|合同|施工|建设|采购|服务|协议书?|款)+$")
_PHASE = re.compile(
    r"第?[一二三四五六七八九十\d]+(?:期|标段|标|批次?|阶段|部分)|续建|补充|增补|追加|附属|配套|剩余|尾款"
)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}?自然村|[一二三四五六七八九十\d]+组|[\u4e00-\u9fff]{2,4}(?:片区|小区)")


def clean(text: str | None) -> str:
    """NFKC (full-width to half-width) without spaces or punctuation."""
    if not text:
        return ""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text))


def title_key(text: str | None, village: str = "") -> str:
    """A project or contract title reduced to what names the work.

    Drops the year, the village's own name in front and generic endings
    (工程/项目/合同/施工…), keeps phase words: 一期 and 二期 are different works.
    """
    key = _YEAR.sub("", clean(text))
    village_key = clean(village)
    if village_key and key.startswith(village_key) and len(key) > len(village_key) + 1:
        key = key[len(village_key):]
    return _GENERIC_SUFFIX.sub("", key) or key


def subject_key(text: str | None, village: str = "") -> str:
    """A title key without phase words, for comparing pieces of one job."""
    key = title_key(text, village)
    return _PHASE.sub("", key) or key


def place_words(text: str | None) -> set[str]:
    """Place names inside a title: 吴家道自然村, 三组, 东片区."""
    return set(_PLACE.findall(clean(text)))


def code_key(text: str | None) -> str:
    """A contract or project code compared case-insensitively, without spaces or dashes."""
    return clean(text).upper()


def contains_any(text: str | None, words: Iterable[str]) -> str | None:
    """The first of ``words`` found in ``text`` (after NFKC), else None."""
    if not text:
        return None
    normal = unicodedata.normalize("NFKC", text)
    for word in words:
        if word and word in normal:
            return word
    return None


def method_level(text: str | None, words: dict[str, int]) -> int | None:
    """The competition level of a procurement method: 0 direct/blank … 3 open tender.

    Longer words are tried first, so 邀请招标 is not read as 招标 and
    限额平台直接发包 is not read as 直接发包. None: written but not recognised.
    """
    normal = clean(text)
    if not normal:
        return 0
    for word in sorted(words, key=len, reverse=True):
        if clean(word) in normal:
            return int(words[word])
    return None


# --- wording ----------------------------------------------------------------


def money(fen: int | None) -> str:
    """An amount as inspectors write it: 9.05万 from 1万 up, else yuan (1,200元)."""
    if fen is None:
        return "金额不详"
    if abs(fen) >= FEN_PER_WAN:
        return format_wan(fen)
    yuan_text = format_yuan(fen).removesuffix(".00")
    return f"{yuan_text}元"


def yuan(amount_yuan: float) -> int:
    """Yuan from rules.toml as fen."""
    return int(round(amount_yuan * FEN_PER_YUAN))


def day(date: dt.date | None) -> str:
    return date.isoformat() if date else "日期不详"


def quoted(text: str | None) -> str:
    return f"“{text.strip()}”" if text and text.strip() else "（无名称）"


def joined_amounts(amounts: Iterable[int | None]) -> str:
    return " + ".join(money(a) for a in amounts)


def percent(ratio: float) -> str:
    """A share in whole percent; 99.5% stays 99.5% rather than rounding up to a misleading 100%."""
    whole = f"{ratio * 100:.0f}"
    if whole == "100" and ratio < 1:
        return f"{ratio * 100:.1f}%"
    return f"{whole}%"
