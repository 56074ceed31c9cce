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
                           r"(?:班子)?(?:成员|人员)?(?:名单|名册)?[:：]?$")
# The place before the body: a village, a 社区 or a town, with 第十二届 before the body at most.
_PLACE = re.compile(r"^(?:.*(?:村|社区|镇|乡))?(?:第[一二三四五六七八九十\d]{1,3}届)?$")


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


__all__ = ["BARE_POSITIONS", "CADRE_BODIES", "heading_body", "position_with_body"]
