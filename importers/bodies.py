"""Provides the body (班子) a cadre list's section heading names, for the positions under it.

A village's list of its 村级组织 often groups its people under a heading of their body, alone in
its row, above the header or between the groups, and writes only the bare position in the 职务
column:

    一、村务监督委员会成员
    序号 | 姓名   | 职务
    1    | 孙长江 | 主任

Read as written, 孙长江 was "主任", a second 村委会主任 beside the real one; and the 监委会's
members (who may not be 近亲属 of the 村委会's) could not be told from the 两委's. Under such a
heading a bare position (主任, 委员) is read with its body: 村务监督委员会主任. A position that
names a body of its own (村委会主任, 网格员) is left as written, and so is one under any other
heading: a numbered heading that names no body ("二、网格员") ends the body above it.

A list may also carry, under a heading of their own, the members of a body that is no part of the
village's organisation, "列此备查": a clan's 宗亲理事会, a 红白理事会, a 老年协会, a 村民议事会, or a
group the heading itself calls 非村干部. Read as cadres they were counted among the village's
officials, and ``related_party`` flagged a clan elder who built a project as a cadre
(``non_cadre_heading``). The 理事会 and 监事会 of the 集体经济组织 (股份经济合作社理事会, or a bare
理事会 in a 两委 list) are the village's own and stay cadres.
"""

from __future__ import annotations

import re

# The bodies of a village's organisation a heading may name, longest first.
CADRE_BODIES = tuple(sorted({
    "村务监督委员会", "村民委员会", "居民委员会", "党支部委员会", "党总支委员会", "党委委员会",
    "村委会", "居委会", "监委会", "村务监督小组", "党支部", "党总支", "党委",
}, key=len, reverse=True))
# Positions that name no body; only these are read with the heading's body.
BARE_POSITIONS = frozenset({"主任", "副主任", "委员", "主任委员", "副主任委员"})
# A heading without its number (the caller's ``_NUMBERED_SECTION``): an optional place ("李楼村"), the
# body, and words such as 成员.
_BODY_HEADING = re.compile(rf"^(?P<place>[^、，,及和与/]{{0,16}}?)(?P<body>{'|'.join(CADRE_BODIES)})"
                           r"(?:班子)?(?:成员|人员)?(?:名单|名册|公示表?|一览表|情况表?|登记表)?[:：]?$")
# The place before the body: a village, a 社区 or a town, with 第十二届 before the body at most.
_PLACE = re.compile(r"^(?:.*(?:村|社区|镇|乡))?(?:第[一二三四五六七八九十\d]{1,3}届)?$")
# Bodies of villagers that are no part of the village's organisation: a heading naming one (with
# anything before it: "黄氏宗亲理事会", "龙田村老年人协会", "红白理事会") heads members who are no cadres.
NON_CADRE_BODIES = ("理事会", "议事会", "评议会", "协会", "宗亲会", "同乡会", "联谊会", "促进会", "商会")
# A 理事会 whose name says no more than its place ("理事会", "龙田村理事会") or names a collective
# economic organisation (股份经济合作社理事会) is the collective's: its members stay cadres. One named
# after a clan or a group of villagers ("黄氏理事会", "新屋组理事会") is not.
_COLLECTIVE_COUNCIL = re.compile(r"(?:^|村|社区)(?:理事会|监事会)$|(?:合作社|联合社|经联社|经济社|经济组织|公司)"
                                 r"(?:理事会|监事会)$")
# What a heading says of the people under it when they are no cadres: "（非村干部，列此备查）".
_NOT_CADRES = re.compile(r"非村干部|非两委|非村两委|不属于村干部|不是村干部|非干部")
# The name of a body in a heading, with words such as 成员 after it and a bracketed aside.
_NAMED_BODY = re.compile(r"^(?P<name>[^、，,及和与/:：]{1,24}?(?:会))(?:班子)?(?:成员|人员)?(?:名单|名册)?[:：]?"
                         r"(?:[(（][^()（）]{0,20}[)）])?$")


def non_cadre_heading(heading: str) -> str | None:
    """Why a heading (its number taken off) is one of members who are no cadres, as a note says it
    ("黄氏宗亲理事会成员（非村干部）" -> "黄氏宗亲理事会是群众组织", "其他人员（非村干部）" -> "标题写明“非村干部”"),
    or None: a heading of the village's organisation (村务监督委员会, 股份经济合作社理事会) or a sentence
    ("注：…不属于村干部"). Only the heading of a group is asked, never a note: a label ("注：") makes it none."""
    written = "".join(heading.split())
    if "：" in written.rstrip("：") or ":" in written.rstrip(":") or "。" in written:
        return None
    match = _NAMED_BODY.match(written)
    if match is not None and match["name"].endswith(NON_CADRE_BODIES) and not _COLLECTIVE_COUNCIL.search(match["name"]):
        return f"{match['name']}是群众组织"
    said = _NOT_CADRES.search(written)
    return f"标题写明“{said.group()}”" if said is not None else None


def heading_body(heading: str) -> str | None:
    """The body a heading (its number taken off) names and nothing else ("村务监督委员会成员" ->
    村务监督委员会, "李楼村村民委员会" -> 村民委员会), or None: a title over several bodies
    ("党支部委员会、村民委员会成员名单") or another heading ("网格员")."""
    match = _BODY_HEADING.match("".join(heading.split()))
    if match is None or not _PLACE.match(match["place"]):
        return None
    return match["body"]


def position_with_body(position: str | None, body: str) -> str | None:
    """A bare position read with its body ("主任" -> "村务监督委员会主任"); None when the position
    is no bare one (it names its body, or is empty)."""
    if not position:
        return None
    bare = "".join(position.split())
    return f"{body}{bare}" if bare in BARE_POSITIONS else None


__all__ = ["BARE_POSITIONS", "CADRE_BODIES", "NON_CADRE_BODIES", "heading_body", "non_cadre_heading",
           "position_with_body"]
