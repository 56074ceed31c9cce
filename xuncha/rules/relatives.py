"""Provides the reading of the cadre list's 近亲属 column: relation words, names, businesses, phones.

The column is free text ("妻 李秀英；弟 王建国 13800001111", "李秀英（妻）",
"妻 周丽 经营 丽人苗木专业合作社"). ``related_party`` compares records with what
it names, and ``mentions`` looks for the same names in the 摘要 of payments
whose payee column is blank.
"""

from __future__ import annotations

import re

from xuncha.names import is_person_name

RELATIONS: tuple[str, ...] = tuple(sorted({
    "妻子", "妻", "丈夫", "夫", "配偶", "爱人", "父亲", "父", "母亲", "母", "儿子", "子", "女儿", "女",
    "哥哥", "兄", "弟弟", "弟", "姐姐", "姐", "妹妹", "妹", "儿媳", "女婿", "岳父", "岳母", "公公",
    "婆婆", "祖父", "祖母", "外祖父", "外祖母", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女",
    "外甥", "外甥女", "叔叔", "伯父", "舅舅", "姑姑", "姨妈", "连襟", "妯娌", "姐夫", "妹夫", "嫂子",
    "弟媳", "堂兄", "堂弟", "表兄", "表弟", "兄弟", "姐妹",
}, key=len, reverse=True))
"""Relation words of the 近亲属 column, longest first (外孙女 before 外孙 before 孙)."""

PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
_PART_SEPARATORS = re.compile(r"[；;，,、/|\n]+")
_BUSINESS_MARKERS = re.compile(r"经营|开办|开设|持股|控股|投资|名下|任职于|工作单位|所在单位")
_DECORATION = re.compile(r"[\s:：()（）\[\]【】<>《》\"“”'‘’.。-]+")
_RELATION_PATTERN = re.compile("|".join(RELATIONS))
FULL_RELATION = {"妻": "妻子", "夫": "丈夫", "父": "父亲", "母": "母亲", "子": "儿子", "女": "女儿",
                 "兄": "哥哥", "弟": "弟弟", "姐": "姐姐", "妹": "妹妹"}
"""How a one-character relation word is written in a flag."""


def parse_relatives(text: str | None) -> list[tuple[str, str, list[str], list[str]]]:
    """Parse a 近亲属 cell into (relation, name, businesses, phones) per relative.

    "妻 李秀英；弟 王建国 13800001111" -> [("妻", "李秀英", [], []), ("弟", "王建国", [], ["13800001111"])];
    "妻 李秀英 经营 秀英苗木合作社" keeps the cooperative as a business of the wife.
    """
    out: list[tuple[str, str, list[str], list[str]]] = []
    for part in _PART_SEPARATORS.split(text or ""):
        numbers = PHONE.findall(part)
        part = PHONE.sub(" ", part)
        head, *rest = _BUSINESS_MARKERS.split(part)
        relation_match = _RELATION_PATTERN.search(head)
        relation = relation_match.group(0) if relation_match else ""
        name = _DECORATION.sub("", _RELATION_PATTERN.sub("", head, count=1) if relation else head)
        businesses = [_DECORATION.sub("", piece) for piece in rest if _DECORATION.sub("", piece)]
        if name and not is_person_name(name):
            # "妻 秀英苗木合作社": not a person, so a business tied to the relative
            businesses.insert(0, name)
            name = ""
        if name or businesses or numbers:
            out.append((relation, name, businesses, numbers))
    return out
