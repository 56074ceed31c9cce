"""Provides the text and number helpers rules share: title keys, keywords, wording.

Flags are read by inspectors, so amounts are written in 万 (``9.05万``) and
dates as ISO dates, the way the 台账 shows them.
"""

from __future__ import annotations

import datetime as dt
import math
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
_SITES = ("村部", "办公楼", "文化礼堂", "礼堂", "祠堂", "老年活动中心", "居家养老服务中心", "党群服务中心",
          "卫生室", "幼儿园", "敬老院")
"""The village's own buildings: 村部会议室改造, 村部屋面防漏 and 村部外墙粉刷 are works on one building."""
_NAMED_GROUP = r"(?:(?<=[村区])|^)[\u4e00-\u9fff]{2,3}?(?<![小班机])组(?![织装合建成件长])"
"""A 村民小组 known by its name, not its number (张庄组, 沿河组, 王家庄组), as it is in 江苏 or 四川. Only right
after the village's name or at the start of the title, so that 村民小组, 班组, 机组, 组织 are not places."""
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,5}?自然村|[一二三四五六七八九十\d]+组|" + _NAMED_GROUP
                    + r"|[\u4e00-\u9fff]{2,4}(?:片区|小区)|" + "|".join(sorted(_SITES, key=len, reverse=True)))


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
    """Place names inside a title: 吴家道自然村, 三组, 张庄组, 东片区, and the village's buildings (村部, 文化礼堂)."""
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


NEGATION_BEFORE = re.compile(
    r"(?:未曾|未|没有|没|不需要|不需|不必|不用|不|无需|无须|无|非|免于|免|拒绝)"
    r"(?:经过|经|进行|采用|采取|实行|履行|组织|通过|走|按规定|按程序|依法|实施|开展|公开)*$"
)
"""A method word preceded by this (within its clause) is denied: 未经招标, 未公开招标, 没有进行招投标."""
FAILURE_AFTER = re.compile(r"^(?:未果|失败|流标|未成功|不成功|无效|作废|未进行|未实施)")
"""A method word followed by this did not happen: 招标未果, 公开招标流标后直接发包."""
_CLAUSE = re.compile(r"[,，。;；、/\\|()（）\[\]【】\n]+")
NO_METHOD = frozenset({"无", "没有", "暂无", "未", "否"})
"""A method cell that only says "none": read like a blank one (no competition), not as an unknown wording."""


def method_level(text: str | None, words: dict[str, int]) -> int | None:
    """The competition level of a procurement method: 0 direct/blank … 3 open tender.

    Longer words are tried first, so 邀请招标 is not read as 招标 and
    限额平台直接发包 is not read as 直接发包; between words of one length the
    more competitive one goes first, so that the order of a county's word table
    does not matter and a named method outranks a word for who decided
    ("两委决定比选" is 比选). A competitive word that the text
    denies (未经招标, 未公开招标, 没有招标, 无招标, 招标未果) counts as no
    competition at all (0), unless another, undenied method is written too
    ("邀请招标，未公开招标" is 邀请招标). None: written but not recognised.
    """
    if not clean(text) or clean(text) in NO_METHOD:
        return 0
    ordered = sorted(words, key=lambda w: (-len(clean(w)), -int(words[w])))
    found: list[tuple[int, int]] = []  # (rank of the word in ``ordered``, level)
    denied = False
    for clause in _CLAUSE.split(unicodedata.normalize("NFKC", text or "")):
        normal = clean(clause)
        taken = [False] * len(normal)
        for rank, word in enumerate(ordered):
            key = clean(word)
            if not key:
                continue
            start = normal.find(key)
            while start != -1:
                end = start + len(key)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * len(key)
                    level = int(words[word])
                    if level > 0 and _denied(normal, start, end):
                        denied = True
                    else:
                        found.append((rank, level))
                start = normal.find(key, end)
    if found:
        return min(found)[1]
    return 0 if denied else None


def _denied(clause: str, start: int, end: int) -> bool:
    return bool(NEGATION_BEFORE.search(clause[:start]) or FAILURE_AFTER.match(clause[end:]))


def contains_affirmed(text: str | None, words: Iterable[str]) -> str | None:
    """The first of ``words`` written in ``text`` and not denied there (未公开, 没有进场 do not count)."""
    if not text:
        return None
    for clause in _CLAUSE.split(unicodedata.normalize("NFKC", text)):
        normal = clean(clause)
        for word in words:
            key = clean(word)
            start = normal.find(key) if key else -1
            while start != -1:
                if not _denied(normal, start, start + len(key)):
                    return word
                start = normal.find(key, start + 1)
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


def money_near(fen: int | None, reference: int | None) -> str:
    """An amount written so that it never reads as equal to a reference it is not equal to.

    ``money`` rounds to 0.01万 (100 yuan): 99,999.99 and 100,000.01 would both
    read "10万" next to a 10万 line. Then the exact yuan amount is written.
    """
    text = money(fen)
    if fen is not None and reference is not None and fen != reference and text == money(reference):
        return f"{format_yuan(fen)}元"
    return text


def reached(fen: int, line: int) -> str:
    """达到 for an amount exactly on a line, 超过 above it."""
    return "达到" if fen == line else "超过"


def percent(ratio: float) -> str:
    """A share in whole percent, with decimals where rounding would land on a round figure it is not.

    49.99% is not shown as 50% and 99.99% not as 100% (nor 100.3% as 100%): next
    to a 50% or 100% line that would read as on the line. Exact and ordinary
    shares stay whole (63%, 25%).
    """
    value = ratio * 100
    whole = int(f"{value:.0f}")
    if abs(value - whole) < 1e-9 or whole % 10:
        return f"{whole}%"
    if whole > value:  # rounded up onto 50%, 100%…: truncate
        shown = math.floor(value * 100) / 100
    else:  # rounded down onto it: round away from it
        shown = math.ceil(value * 100) / 100
    return f"{shown:.2f}".rstrip("0").rstrip(".") + "%"


def add_years(date: dt.date, years: int) -> dt.date:
    """The same day ``years`` later; 29 February becomes 28 February."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def term_text(start: dt.date, end: dt.date) -> str:
    """A term from its first to its last day, never rounded onto a whole year it is not.

    2020-01-01 to 2049-12-31 is "30 年"; to 2040-01-02 is "20 年零 2 天";
    a longer remainder is written with one decimal, cut (not rounded) so that
    it never reads as the next whole year.
    """
    after = end + dt.timedelta(days=1)
    years = max(0, after.year - start.year)
    while years and add_years(start, years) > after:
        years -= 1
    days = (after - add_years(start, years)).days
    if days == 0:
        return f"{years} 年"
    if days < 60 or years == 0 and days < 365:
        return f"{years} 年零 {days} 天" if years else f"{days} 天"
    tenths = math.floor((years + days / 365.25) * 10) / 10
    return f"约 {tenths:.1f} 年"
