"""Provides the reading of the cadre list's 近亲属 column: relation words, names, businesses, phones.

The column is free text ("妻 李秀英；弟 王建国 13800001111", "李秀英（妻）",
"妻 周丽 经营 丽人苗木专业合作社"). ``related_party`` compares records with what
it names, and ``mentions`` looks for the same names in the 摘要 of payments
whose payee column is blank.

Cadre lists also write several relatives in one run separated only by spaces
("妻 孙丽娟 女 赵婷"), and a relative's business after the name without a
marker word ("哥 吴国华 国华农机服务部") or in brackets ("儿子杨帆（杨帆电脑经营部负责人）");
a role after the business (负责人、法人、老板…) is not part of its name.
"""

from __future__ import annotations

import re

from xuncha.names import is_person_name

RELATIONS: tuple[str, ...] = tuple(sorted({
    "妻子", "妻", "丈夫", "夫", "配偶", "爱人", "父亲", "父", "母亲", "母", "儿子", "子", "女儿", "女",
    "哥哥", "兄", "弟弟", "弟", "姐姐", "姐", "妹妹", "妹", "儿媳", "女婿", "岳父", "岳母", "公公",
    "婆婆", "祖父", "祖母", "外祖父", "外祖母", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女",
    "外甥", "外甥女", "叔叔", "伯父", "舅舅", "姑姑", "姨妈", "连襟", "妯娌", "姐夫", "妹夫", "嫂子",
    "弟媳", "堂兄", "堂弟", "表兄", "表弟", "兄弟", "姐妹", "哥", "嫂",
    # The groups a 报备表 gives a column each (子女姓名, 父母姓名): "子女 杨帆" is one child, not 子 + "女杨帆".
    "子女", "父母", "兄弟姐妹",
    # Of the same parents, as a 报备表 writes them: "胞弟 王建民" is 王建民, not 弟 + "胞王建民".
    "胞兄", "胞弟", "胞姐", "胞妹",
    # In-laws by marriage, as a 近亲属登记表 writes them: "妻弟 陈涛" is 陈涛, not 妻 + "弟陈涛".
    "妻弟", "妻兄", "妻姐", "妻妹", "内弟", "内兄", "小舅子", "大舅子", "小姨子", "大姨子", "小叔子", "大伯子",
    "小姑子", "儿媳妇", "侄媳", "孙媳",
}, key=len, reverse=True))
"""Relation words of the 近亲属 column, longest first (外孙女 before 外孙 before 孙)."""

PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
"""A relative's 身份证号 (a 近亲属登记表 has a column of them): no business, and no part of one."""
_PART_SEPARATORS = re.compile(r"[；;，,、/|\n]+")
_BUSINESS_MARKERS = re.compile(r"经营(?![部户店所])|开办|开设|持股|控股|投资|名下|任职于|工作单位|所在单位")
_DECORATION = re.compile(r"[\s:：()（）\[\]【】<>《》\"“”'‘’.。-]+")
_RELATION_PATTERN = re.compile("|".join(RELATIONS))
_NEXT_RELATIVE = re.compile(rf"(?<=\S)\s+(?=(?:{'|'.join(RELATIONS)})\s*[:：]?\s*[\u4e00-\u9fff])")
"""Where a second relative starts inside one part: a relation word after a space ("妻 孙丽娟 女 赵婷")."""
MIN_BRACKETED_BUSINESS = 4
"""Bracketed text shorter than this is a note about the relative (个体, 已故), not a business."""
_LEADING_MARKER = re.compile(rf"^(?:{_BUSINESS_MARKERS.pattern})")
_BRACKETED = re.compile(r"[(（]([^()（）]*)[)）]")
_BRACKETED_RELATION = re.compile(rf"[(（]\s*(?:{'|'.join(RELATIONS)})\s*[)）]")
"""A relation in brackets after a name ends the name: "刘建军（弟）个体经营" is 刘建军, no 刘建军个体."""
_ROLE_AFTER_BUSINESS = re.compile(r"(?:的)?(?:法定代表人|法人代表|法人|负责人|经营者|老板|店主|业主|股东|经理)$")
"""A role written after a relative's business: 杨帆电脑经营部负责人 is the business 杨帆电脑经营部."""
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
        for piece in _relatives_in(part):
            relative = _parse_relative(piece)
            if relative is not None:
                out.append(relative)
    return out


def _relatives_in(part: str) -> list[str]:
    """A part split where another relative starts: "妻 孙丽娟 女 赵婷" -> "妻 孙丽娟", "女 赵婷".

    Only a relation word followed by a person's name starts one: "经营 女装店" stays whole.
    """
    pieces = _NEXT_RELATIVE.split(part)
    out = pieces[:1]
    for piece in pieces[1:]:
        words = _RELATION_PATTERN.sub("", piece, count=1).split()
        if words and is_person_name(_DECORATION.sub("", words[0])):
            out.append(piece)
        else:
            out[-1] = f"{out[-1]} {piece}"
    return out


def _parse_relative(part: str) -> tuple[str, str, list[str], list[str]] | None:
    """One relative: "弟 王建国 13800001111", "李秀英（妻）", "哥 吴国华 国华农机服务部"."""
    numbers = PHONE.findall(part)
    part = _BRACKETED_RELATION.sub(r" \g<0> ", PHONE.sub(" ", ID_NUMBER.sub(" ", part)))
    part, bracketed = _split_bracketed_businesses(part)
    head, *rest = _BUSINESS_MARKERS.split(part)
    relation_match = _RELATION_PATTERN.search(head)
    relation = relation_match.group(0) if relation_match else ""
    words = [_DECORATION.sub("", word)
             for word in (_RELATION_PATTERN.sub("", head, count=1) if relation else head).split()]
    name, trailing = _name_and_trailing([word for word in words if word])
    businesses = [business for business in (_business(piece) for piece in [*trailing, *bracketed, *rest]) if business]
    if name and not is_person_name(name):
        # "妻 秀英苗木合作社": not a person, so a business tied to the relative
        businesses.insert(0, name)
        name = ""
    if name or businesses or numbers:
        return relation, name, businesses, numbers
    return None


def _split_bracketed_businesses(part: str) -> tuple[str, list[str]]:
    """The part without bracketed notes, and the businesses among them.

    A bracketed relation or person ("李秀英（妻）", "妻（李秀英）") stays in place; other bracketed text
    of four characters or more is a business ("（杨帆电脑经营部负责人）"); shorter notes ("（个体）", "（已故）") are dropped.
    """
    businesses: list[str] = []

    def take(match: re.Match[str]) -> str:
        inner = _DECORATION.sub("", match.group(1))
        if _RELATION_PATTERN.fullmatch(inner) or is_person_name(inner):
            return match.group(0)
        if len(_business(inner)) >= MIN_BRACKETED_BUSINESS:
            businesses.append(inner)
        return " "

    return _BRACKETED.sub(take, part), businesses


def _name_and_trailing(words: list[str]) -> tuple[str, list[str]]:
    """The relative's name and what follows it: "吴国华 国华农机服务部" -> 吴国华, [国华农机服务部].

    A name written with a space inside ("周 丽") is one name.
    """
    joined = "".join(words)
    if len(words) > 1 and not is_person_name(joined) and is_person_name(words[0]):
        return words[0], words[1:]
    return joined, []


def _business(text: str) -> str:
    """A business as the cadre list names it, without the marker before it and the role after it."""
    return _ROLE_AFTER_BUSINESS.sub("", _LEADING_MARKER.sub("", _DECORATION.sub("", text)))
