"""Provides village-name recognition in titles, sheet names, file names and cells.

"青山镇石桥村2022年合同台账", "填报单位：石桥村股份经济合作社" and "石桥村委会"
all name the village 石桥村; "乡村振兴项目", "村级工程" and "新农村建设" name
none. A name is the run of ideographs right before 村/社区/居委会, stopped by a
town-level word (镇, 乡, 街道 …) or a word that cannot be part of a name (年, 的 …).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SUFFIXES = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "村")
_SUFFIX_RE = re.compile("|".join(_SUFFIXES))
# Characters that end a name when walking back from the suffix.
_STOP_CHARS = set("镇乡县区市省州旗盟年月日的和及与各本全该对在共原于为是即、，,。:：;；（）()[]【】 \u3000/\\-—_")
_NOT_NAMES = frozenset({"农", "新农", "乡", "美丽乡", "城", "山", "各", "本", "全", "邻", "外", "进", "驻",
                        "行政", "自然", "中心", "示范", "试点", "重点", "贫困", "薄弱", "经济", "强",
                        "撤并", "合并", "所属", "所在", "涉及", "包"})
_MAX_NAME = 6


def find_village(text: object) -> str | None:
    """The first village named in a text, as '石桥村' / '城东社区'; None if there is none."""
    if not isinstance(text, str) or not text:
        return None
    for match in _SUFFIX_RE.finditer(text):
        suffix = match.group()
        name = _name_before(text, match.start())
        if not name or name in _NOT_NAMES:
            continue
        return name + ("村" if suffix in ("村", "村委会", "村民委员会") else suffix)
    return None


def _name_before(text: str, end: int) -> str:
    start = end
    while start > 0 and end - start < _MAX_NAME:
        char = text[start - 1]
        if char in _STOP_CHARS or not ("\u4e00" <= char <= "\u9fff"):
            break
        start -= 1
    name = text[start:end]
    if end - start >= _MAX_NAME:  # too long to be a name: probably a sentence
        return ""
    return name


@lru_cache(maxsize=4096)
def village_from_cell(value: object) -> str | None:
    """A village column's value as a village name: '石桥村委会' -> '石桥村', '石桥' stays '石桥'."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    return find_village(text) or text
