"""Provides village-name recognition in titles, sheet names, file names and cells.

"青山镇石桥村2022年合同台账", "填报单位：石桥村股份经济合作社" and "石桥村委会"
all name the village 石桥村, "巴彦图嘎查经济合同台账" the Inner Mongolian village
巴彦图嘎查; "乡村振兴项目", "村级工程" and "新农村建设" name none. A name is the
run of ideographs right before 村/嘎查/社区/居委会, stopped by a town-level word
(镇, 乡, 苏木, 街道 …) or a word that cannot be part of a name (的, 年 of a date:
"2023年石桥村" is 石桥村, yet 阔什艾日克村 keeps its 日; a period, "一季度村干部", "12月份村干部",
names none). A 村 that a town's 镇
follows is the town's (孙村镇中分村 names 中分村 only). A 嘎查 or 村 right after a 苏木's name (a
township, as 镇) is the generic word: "额尔敦苏木嘎查（村）合同登记簿" names no village.

Many words end in 村 without naming a village, and a wrong village files every
row of a sheet under someone else, so a run is refused as a name when it is a
known non-name (各村, 全村, 下辖村, 代村记账, 行政村, 城中村 …), when it is only
村 again (村村通: the road programme), or when it starts with a character no
name starts with (1号村道 gives 号, 第三村民组 gives 第). The 村 of a slogan (一村一档, 一村一策) is
none. "新村村" is the
village 新村村 (a village called 新村), unless the second 村 begins a word
of its own (石桥村村委会 and 石桥村村级工程 are 石桥村, 大湾村村“两委” is 大湾村).

广东's 经济联合社 (经联社, 股份经济联合社) is the collective of one village and bears its name without
村: "塘边股份经济联合社" names 塘边村. Its 经济合作社 (经济社) is a 村民小组's: see below.
A 街道 ends a name as 镇 does ("淡水街道上田村" is 上田村), and so does one written short after its 区
("番禺区大石街沙溪经济联合社" is 沙溪村; 南街村, 东街村 and 老街新村 keep their 街).
Its 经济社 (the 村民小组 level, "西岸经济社") keeps its own books and is a collective of its own: it is
filed as the village under its full name ("西岸经济社", never "西岸经济社村"), and where a text names it
after its 联合社 ("石龙经济联合社西岸经济社") the 经济社 is the more specific and the only one named.

``find_villages`` lists every village a text names: a title such as
"石桥村、马吉村2023年合同台账" names two, and then it cannot say which row
belongs to which (``importers.plan`` decides what to do then).

``village_alone`` says whether a heading names a village and nothing else
("那良村", "那坡镇那良村", "那良村委会"), as a township list grouped by village
writes its groups' headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from xuncha.traditional import has_traditional, simplified
from importers.values import UnreadCell, ValueProblem, without_zero_width

# 嘎查 is Inner Mongolia's village (巴彦图嘎查); 嘎查村 names the villages of a banner in general.
_SUFFIXES = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "嘎查", "村")
# 广东's 经济联合社 (经联社, 股份经济联合社) is the collective of one 村委会's area, named after it: 塘边股份
# 经济联合社 keeps 塘边村's books. Its 经济社 is a 村民小组's (``_SOCIETY``).
_UNION = "(?:股份合作|股份)?(?:经济联合社|经济联社|经联社)"
_UNION_RE = re.compile(_UNION)
# 广东's 经济社 (a 村民小组's collective, with books of its own: 西岸经济社) is filed as a village under its
# full name. Not the 经济社 of 经济社会 (石桥村经济社会发展规划) or of a 社区.
_SOCIETY = "经济社(?![会区])"
_SOCIETY_RE = re.compile(_SOCIETY)
# A 经济社 known only by its number after its 联合社's name (沙溪第三经济社) has no name of its own: it is
# filed with the 联合社's village, as "沙溪经济联合社第三经济社" is.
_NUMBERED_SOCIETY = re.compile(r"(?P<union>[\u4e00-\u9fff]{2,6}?)第[一二三四五六七八九十百\d]{1,4}")
_SUFFIX_RE = re.compile("|".join((_UNION, _SOCIETY, *_SUFFIXES)))
# A name walked back to before 村 that ends in a collective's or a co-operative's word is that body's name
# ("西岸合作社村道" holds no village "西岸合作社村"); 南社村 and 上社村 are villages.
_BODY_NAME_ENDS = ("经济社", "合作社", "联合社", "联社", "信用社")
# Characters that end a name when walking back from the suffix.
_STOP_CHARS = set("镇乡县区市省州旗盟年月日的和及与各本全该对在共原于为是即、，,。:：;；（）()[]【】 \u3000/\\-—_")
# Stop characters that also begin names (和平村, 于家村, 共青村): one of them is the first character
# of the name when the name has begun after it and a boundary comes before it ("青山镇和平村",
# "石桥村、和平村"), and a conjunction when it follows a word ("石桥村和马吉村"). Not 原: 原石桥村
# is the former 石桥村.
_NAME_FIRST_STOPS = set("和于共")
# 年, 月 and 日 end a name only as part of a date or a time word ("2023年3月5日石桥村", "上半年石桥村");
# after any other character they are part of it (阔什艾日克村, 新月村, 哈日努拉嘎查).
_NUMERALS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十百千两廿卅"
_BEFORE_DATE_WORD = {
    "年": set(_NUMERALS + "上下半去今明本当同每全次前后该历往近逐按各"),
    # Not 明: 明月村 is a village, and "明月" no date.
    "月": set(_NUMERALS + "上下半本当同每全次前后该逐按各"),
    "日": set(_NUMERALS + "本当同每次前后该逐按各即翌"),
}
# A 村 followed by one of these is the name of a town (孙村镇, 白庙村乡 …):
# 乡 only before a boundary, since 乡村 and 乡贤 follow a village's name in many titles.
_TOWN_AFTER_CUN = ("镇", "街道", "街办")
# A period's last character after its first ("一季度村干部", "12月份村干部报酬"): the 村 begins 村干部.
_PERIOD_TAILS = {"度": set("季年"), "份": set("月年")}
# Runs before 村 that are words, not names.
_NOT_NAMES = frozenset({"农", "新农", "农业农", "嘎查", "乡", "美丽乡", "城", "山", "各", "本", "全", "邻", "外",
                        "进", "驻",
                        "行政", "自然", "中心", "示范", "试点", "重点", "贫困", "薄弱", "经济", "强",
                        "撤并", "合并", "所属", "下属", "所在", "涉及", "包",
                        "代", "代理", "代管", "下辖", "所辖", "管辖", "辖", "辖区", "城中", "空心",
                        "度假", "传统", "特色", "生态", "文明", "卫生", "美丽", "先进", "后进", "软弱涣散",
                        "相关", "有关", "其他", "其它", "部分", "多个", "两个", "每个", "个", "每", "全体",
                        "集体", "整", "整个", "一个", "留守", "偏远", "边远", "宜居", "智慧", "明星",
                        # 旧村改造 (广东's 城中村 redevelopment, its 拆迁补偿 lists): the old village, no name.
                        "旧",
                        # Who holds a 村干部 post when: 石桥村现任村干部名单 names 石桥村 only.
                        "现任", "历任", "前任", "新任", "离任", "原任", "在任", "时任", "继任", "本届", "上届",
                        "历届", "新一届", "换届",
                        # Which 村干部: 青山村主要村干部名单 names 青山村 only.
                        "主要", "全部", "其余", "专职", "兼职", "被审计"})
# A run ending in a status word names a kind of village, not one: 市级示范村 (市 ends the run,
# leaving 级示范), 乡村振兴示范村, 省级试点村.
_STATUS_WORDS = ("示范", "试点", "重点")
# Characters no village name starts with: ordinals and counters (1号村道, 第三村民组),
# a year's 度 (2021年度村级工程).
_NOT_FIRST = set("号第组队度个每此之等该本各全")
# 其 begins no name in these words (其他村, 其中村民); it does in 其塔木村.
_NOT_FIRST_WORDS = ("其他", "其它", "其余", "其中", "其实", "其次")
# A limit before 村级 ("限额以下村级小型工程") is no village's name.
_LIMIT_WORDS = ("以下", "以上", "以内")
# A one-character "name" that is a word of motion or place before 村 ("从村会计处复制", "到村调研",
# "驻村工作队") is no village; 下村, 向阳村 and 回龙村 are, with a name of their own.
_NOT_ALONE = set("从到在由往去进出驻离入返赴经把被将对给跟与及同")
# 通村公路, 通村道路, 通村硬化路 (and 通组, no 村 at all): a road that reaches the villages (``_is_road_to_villages``).
_THROUGH = "通"
_ROAD_AFTER_THROUGH = ("公路", "道路", "路", "硬化", "水泥路", "沥青路", "油路", "砂石路", "组", "到组", "入户", "到户",
                       "客运", "班车", "工程", "项目")
# A name that ends in one of these is a 村民小组 or a house number (二组村民), not a village.
_NOT_LAST = set("号组队")
# A second 村 right after 村 begins a word of its own when one of these follows it
# (石桥村村委会, 石桥村村级工程, 石桥村村民代表会议); otherwise "新村村" is the village 新村村.
_WORD_AFTER_CUN = set("村级委民务组内容庄通道账财干集两社居小部卫规貌企办医监口头史情落边东西南北中前后里长支书会主屯")
# Quotes that may open the word after a second 村 (村“两委”, 村『两委』).
_OPENING_QUOTES = "“‘\"'「『《〈"
_MAX_NAME = 6
# How long the name of a 街道 written short (大石街, 钟村街 are 街道 of 番禺区) may be, before its 街.
_STREET_NAME = range(2, 4)
_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
              "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
              "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")
_LONGEST_PROVINCE = max(len(p) for p in _PROVINCES)
_GROUP_AFTER_CUN = ("民小组", "民组")
# Words before 经济社 that name no 经济社: 股份经济社, 集体经济社 are kinds of body.
_NOT_SOCIETY_NAMES = frozenset({"股份", "股份合作", "合作", "集体", "村级", "社级", "组级"})
# Words after 农村 that make it a bank's name (广西农村信用社, 某某农村商业银行), not a village 某农村. Other
# words may follow a village's name too (惠农村集体资产, 惠农村人居环境整治).
_AFTER_NONGCUN = ("信用", "商业银行", "合作银行", "金融")
# What follows the 村 of a 强村公司's name ("塘桥强村发展有限公司", "某某强村投资公司").
_COMPANY_WORDS = ("公司", "发展有限", "发展公司", "发展集团", "投资", "集团", "有限", "实业", "科技", "物业", "资产经营")
# Inner Mongolia's township (as 镇, 乡): a run before 嘎查 or 村 that ends in it with a name before it is
# the township's ("额尔敦苏木嘎查（村）" is the banner's villages in general); 苏木村 alone keeps its name.
_TOWNSHIP_END = "苏木"


def find_village(text: object) -> str | None:
    """The first village named in a text, as '石桥村' / '城东社区'; None if there is none."""
    for village in _villages_as_written(text):
        return village
    return None


def find_villages(text: object) -> list[str]:
    """Every village a text names, each once, in order: '石桥村、马吉村合同台账' -> ['石桥村', '马吉村']."""
    return list(dict.fromkeys(_villages_as_written(text)))


def _villages_as_written(text: object) -> Iterator[str]:
    """The villages of a text found in its simplified form ("龍湖鎮陳坑村": the 镇 before the name must be
    seen), each as the text writes it (陳坑村: a village's name is what the village writes), without the
    zero-width characters a name pasted from the web carries inside it ("石\u200b桥村" is 石桥村)."""
    if isinstance(text, str):
        text = without_zero_width(text)
    if not isinstance(text, str) or not has_traditional(text):
        yield from _villages(text)
        return
    simple = simplified(text)
    for village in _villages(simple):
        at = simple.find(village)
        # t2s keeps the length of almost every text: the village's place in it is its place as written.
        yield text[at:at + len(village)] if at >= 0 and len(simple) == len(text) else village


def _villages(text: object) -> Iterator[str]:
    if not isinstance(text, str) or not text:
        return
    taken = 0  # the end of the last village found: its own 村 must not start another
    for match in _SUFFIX_RE.finditer(text):
        if match.start() < taken:
            continue
        suffix = match.group()
        if suffix == "村" and text.startswith(_GROUP_AFTER_CUN, match.end()):
            continue  # 大湾村民小组 is the villagers' group 大湾 of some village, not a village 大湾村
        if suffix == "村" and _names_a_town(text, match.end()):
            continue
        if suffix == "村" and _SOCIETY_RE.match(text, match.end()):
            continue  # 新村经济社 is the 经济社 named 新村, found at its 经济社
        if _UNION_RE.fullmatch(suffix) and _names_society_after(text, match.end()):
            taken = match.end()  # 石龙经济联合社西岸经济社: the 经济社 is the more specific
            continue
        name = _name_before(text, match.start(), taken)
        if _SOCIETY_RE.fullmatch(suffix):
            numbered = _NUMBERED_SOCIETY.fullmatch(name)
            if numbered and _is_name(numbered["union"]):
                taken = match.end()
                yield numbered["union"] + "村"  # 沙溪第三经济社: the third 经济社 of 沙溪, filed with 沙溪村
            elif _is_society_name(name):
                taken = match.end()
                yield name + suffix
            continue
        if _is_slogan(name, text, match.end()) or _is_joint_committee(name, suffix, text, match.end()) \
                or _is_road_to_villages(name, text, match.end()):
            continue
        if suffix == "村" and len(name) >= 3 and name.endswith("强") and text.startswith(_COMPANY_WORDS, match.end()):
            continue  # 平湖市塘桥强村发展有限公司: a 强村公司 (a company the villages own), no village 塘桥强村
        if name.endswith(_STATUS_WORDS):
            taken = match.end()  # 县级重点村石桥村: the next name begins after the kind of village
            continue
        if not _is_name(name) or (name.endswith("农") and text.startswith(_AFTER_NONGCUN, match.end())):
            continue
        if suffix == "村" and _doubled_cun(text, match.end()):
            name, suffix = name + "村", "村"
            taken = match.end() + 1
        else:
            taken = match.end()
        yield name + ("村" if suffix in ("村", "村委会", "村民委员会") or _UNION_RE.fullmatch(suffix) else suffix)


# A 经济社 named right after its 联合社: "石龙经济联合社西岸经济社" (the name as ``_MAX_NAME`` allows).
_SOCIETY_NAME_AFTER = re.compile(rf"([\u4e00-\u9fff]{{1,{_MAX_NAME - 1}}}?){_SOCIETY}")


def _names_society_after(text: str, end: int) -> bool:
    """Whether a 经济社 of a name of its own follows right at ``end`` (after a 联合社): "石龙经济联合社西岸经济社"
    does, "石龙经济联合社各经济社社委成员名单" does not (各 names none)."""
    match = _SOCIETY_NAME_AFTER.match(text, end)
    return match is not None and _is_society_name(match.group(1))


def _is_society_name(name: str) -> bool:
    """Whether the run before 经济社 is a 经济社's name: 西岸, 新村 (a name ending in 村 of its own); not
    各, 本, 所属 or 股份 (各经济社, 股份经济社 name none), nor 农村."""
    stem = name[:-1] if name.endswith("村") and len(name) > 1 else name
    return _is_name(stem) and stem not in _NOT_SOCIETY_NAMES


def is_society(village: str) -> bool:
    """Whether a village as filed is a 广东 经济社 (村民小组 level, books of its own): 西岸经济社."""
    return village.endswith("经济社")


def union_over(text: object, society: str) -> str | None:
    """The 经济联合社 a text names right before a 经济社 it names ("石龙经济联合社" in "里水镇石龙经济联合社
    西岸经济社"), or None."""
    if not isinstance(text, str):
        return None
    at = text.find(society)
    for match in _UNION_RE.finditer(text, 0, max(at, 0)):
        name = _name_before(text, match.start())
        if match.end() == at and _is_name(name):
            return name + match.group()
    return None


def union_of(text: object, village: str) -> str | None:
    """The 经济联合社 by whose name a text names ``village`` ("塘边股份经济联合社" for 塘边村), or None."""
    if not isinstance(text, str) or not village.endswith("村"):
        return None
    match = re.search(re.escape(village[:-1]) + _UNION, text)
    return match.group() if match else None


def _name_before(text: str, end: int, floor: int = 0) -> str:
    """The run of ideographs that ends at ``end``, not reaching back before ``floor``."""
    start = end
    while start > floor and end - start < _MAX_NAME + _LONGEST_PROVINCE:
        char = text[start - 1]
        if _ends_name(text, start - 1) and not (char == "旗" and start == end and text.startswith("村", end)):
            # 红旗村 is a village of its own, not a banner's (旗) 村; 镶黄旗嘎查 is no 嘎查 named 旗
            if char in _NAME_FIRST_STOPS and start < end and _boundary_before(text, start - 1):
                start -= 1
            elif char == "市" and end - start == 1 and _village_begins_with_city(text, start - 1):
                start -= 1
            elif char == "市" and start == end and _village_ends_with_city(text, start - 1):
                start -= 2
            break
        if end - start >= 2 and text.endswith(_TOWNSHIP_END, 0, start):
            break  # Inner Mongolia's township, as 镇: 达来苏木巴彦嘎查
        if start < end and text.endswith(("街道", "街办"), 0, start):
            break  # a town-level 街道 as 镇: 淡水街道上田村 names 上田村
        if _street_before(text, start, end):
            break  # 广东 writes its 街道 short: 大石街沙溪经济联合社 names 沙溪村
        if text.endswith("乡村", 0, start):
            break  # the word 乡村: "省级美丽乡村石桥村" names 石桥村, not 村石桥村
        start -= 1
    name = text[start:end]
    if len(name) >= _MAX_NAME and not _province_then_name(text, start, name):
        return ""  # too long to be a name: probably a sentence
    for word in ("行政", "自然"):  # 石桥行政村 is 石桥村
        if name.endswith(word) and len(name) > len(word):
            name = name[: -len(word)]
    return name


def _street_before(text: str, start: int, end: int) -> bool:
    """Whether the 街 right before ``start`` ends a 街道 written short ("番禺区大石街沙溪经济联合社"), so
    that the name begins at ``start``. 街 is in many names too (南街村, 东街村, 十字街口村, 老街新村): it
    ends a street only with a name of two or more characters after it and a street's name of
    _STREET_NAME characters before it, after a boundary (the start of the text, its 区 or 市)."""
    if end - start < 2 or text[start - 1:start] != "街":
        return False
    return any(start - 1 - length >= 0 and _boundary_before(text, start - 1 - length)
               and _is_ideographs(text[start - 1 - length:start - 1]) for length in _STREET_NAME)


def _is_ideographs(text: str) -> bool:
    return bool(text) and all("\u4e00" <= char <= "\u9fff" for char in text)


def _province_then_name(text: str, start: int, name: str) -> bool:
    """Whether a run too long for a name is a province before one, as in a file name
    "内蒙古巴彦图嘎查_日记账" (``without_province`` drops it where that is wanted)."""
    province = next((p for p in _PROVINCES if name.startswith(p)), "")
    return bool(province) and len(name) - len(province) < _MAX_NAME and _boundary_before(text, start)


def _ends_name(text: str, index: int) -> bool:
    """Whether the character at ``index`` cannot be part of a name that ends after it."""
    char = text[index]
    if char in _PERIOD_TAILS and index > 0 and text[index - 1] in _PERIOD_TAILS[char]:
        return True
    if char in _BEFORE_DATE_WORD:
        return index > 0 and text[index - 1] in _BEFORE_DATE_WORD[char]
    return char in _STOP_CHARS or not ("\u4e00" <= char <= "\u9fff")


def _village_begins_with_city(text: str, index: int) -> bool:
    """Whether the 市 at ``index``, one character before a 村, is the first character of a name
    (市北村, 市头村) rather than the end of a city's (昆山市北村 is 北村 of 昆山市).

    A city never lies below a town, so a 市 after a town, the start or a boundary begins the
    name ("昆山市周市镇市北村", "市北村集体资产台账"); a longer run after it is a city office's
    ("市农业农村局"), not a village.
    """
    return _boundary_before(text, index) or text.endswith("街道", 0, index)


def _village_ends_with_city(text: str, index: int) -> bool:
    """Whether the 市 at ``index``, right before a 村, ends a two-character name (杨市村, 新市村) rather
    than a city's ("无锡市村级工程" has no village): one ideograph before it, itself after a boundary
    (the start of the text, a town's 镇, a city's 市)."""
    if index < 1:
        return False
    first = text[index - 1]
    return "\u4e00" <= first <= "\u9fff" and not _ends_name(text, index - 1) and _boundary_before(text, index - 1)


def _names_a_town(text: str, end: int) -> bool:
    """Whether the village suffix ending at ``end`` is part of a town's name: 孙村镇, 白庙村乡."""
    if text.startswith(_TOWN_AFTER_CUN, end):
        return True
    return text[end:end + 1] == "乡" and (end + 1 == len(text) or _ends_name(text, end + 1))


def _boundary_before(text: str, index: int) -> bool:
    """Whether nothing that a name could continue stands before ``index``: the start of the
    text, punctuation, a digit or a stop character (镇, 、, 年)."""
    return index == 0 or _ends_name(text, index - 1)


def _is_name(name: str) -> bool:
    """Whether the run before 村 can be a village's name (see the module docstring)."""
    return bool(name.strip("村")) and _after_province(name) not in _NOT_NAMES and name[0] not in _NOT_FIRST \
        and not (len(name) == 1 and name in _NOT_ALONE) \
        and not name.startswith(_NOT_FIRST_WORDS) \
        and name[-1] not in _NOT_LAST and "辖" not in name and not name.endswith(_BODY_NAME_ENDS) \
        and not name.endswith(_LIMIT_WORDS) \
        and not _is_township(name)


def _is_township(name: str) -> bool:
    """Whether a run before 嘎查 or 村 is a township's name (额尔敦苏木): what follows it is the generic word
    ("额尔敦苏木嘎查（村）"), not a village of that name. 苏木村 (nothing before 苏木) is a village's."""
    return name.endswith(_TOWNSHIP_END) and len(name) > len(_TOWNSHIP_END)


def _after_province(name: str) -> str:
    """A run without the province a platform's or a file's name writes before it: "江苏农村产权交易
    平台" runs 江苏农 before 村, which is the word 农村, no village 江苏农村."""
    province = next((p for p in _PROVINCES if name.startswith(p)), "")
    return name[len(province):] if province else name


def _is_road_to_villages(name: str, text: str, end: int) -> bool:
    """Whether the suffix ending at ``end`` is the 村 of 通村 ("reaching the villages") before a road's word:
    "农村公路（通村道路）", "合道镇至毛井镇通村公路硬化工程" name a kind of road, no village 通村. A 通村
    followed by its own words (通村村委会) keeps its name."""
    return name == _THROUGH and text.startswith(_ROAD_AFTER_THROUGH, end)


def _is_slogan(name: str, text: str, end: int) -> bool:
    """Whether the suffix ending at ``end`` is the 村 of a "one per village" slogan: 一村一档 (the
    file a 巡察组 keeps on each village), 一村一策, 一村一品, 一社区一法律顾问. 五一村一组 is 五一村."""
    return name == "一" and text.startswith("一", end)


# What follows a 联村 that is the Party body of several villages (贵州's 联村党委, "中共花茂联村委员会"),
# not a village's: 三联村, 新联村 and 大联村 are villages with a name of their own.
_JOINT_BODY_AFTER = ("党", "委员会")


def _is_joint_committee(name: str, suffix: str, text: str, end: int) -> bool:
    """Whether the 村 ending at ``end`` is the 联村 of a joint Party committee: "联村党委" alone, or
    after the name of the village that leads it ("花茂联村党委"). A name of two characters (三联) is a
    village's, whose 党委 it may be."""
    return suffix == "村" and name.endswith("联") and len(name) != 2 and text.startswith(_JOINT_BODY_AFTER, end)


# The body of a village that begins with 村: after two 村 it shows that both belong to the name
# ("城关镇新村村村民委员会" is the 村民委员会 of 新村村, not of 新村).
_BODY_AFTER_DOUBLED = ("村民委员会", "村委会")


def _doubled_cun(text: str, end: int) -> bool:
    """Whether the 村 ending at ``end`` is part of a name ending in 村 ('新村村'), i.e. another
    村 follows that does not begin a word of its own (村委会, 村级, 村民 …), or that is followed by
    a 村 beginning the village's body (新村村村民委员会: 新村村's; 新村村民委员会 stays 新村's)."""
    if text[end:end + 1] != "村":
        return False
    if text.startswith(_BODY_AFTER_DOUBLED, end + 1):
        return True
    # A word quoted after the 村 is still its own: "大湾村村“两委”班子" is 大湾村's 村“两委”.
    after = text[end + 1:].lstrip(_OPENING_QUOTES)[:1]
    return not after or after not in _WORD_AFTER_CUN


# What may stand before a village that a heading names alone: its township ("那坡镇那良村"), county first.
_TOWN_BEFORE = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}(?:县|区|市|旗))?[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|苏木)$")
# What may follow it: the body that speaks for it (那良村委会, 城东社区居委会, 那良村股份经济合作社).
_BODY_AFTER = frozenset({"", "委会", "民委员会", "村委会", "村民委员会", "居委会", "居民委员会", "股份经济合作社",
                         "经济合作社", "股份经济联合社", "经济联合社", "集体经济组织"})


def village_alone(text: str) -> str | None:
    """The village a text names and nothing else: "那良村", "那坡镇那良村", "城东社区居委会" and
    "巴彦图嘎查" name one; "那良村道路工程" names what is built there, and "那良村、板烈村" two."""
    named = find_villages(text)
    if len(named) != 1:
        return None
    village = named[0]
    start, length = text.find(village), len(village)
    if start < 0:
        union = union_of(text, village)  # 塘边股份经济联合社 names 塘边村 without its 村
        if union is None:
            return None
        start, length = text.find(union), len(union)
    before, after = text[:start], text[start + length:]
    if (before and not _TOWN_BEFORE.match(before)) or after not in _BODY_AFTER:
        return None
    return village


def without_province(village: str) -> str:
    """A village named with its province before it, as file names often do, without it:
    '陕西白家塬村' -> '白家塬村', '内蒙古巴彦图嘎查' -> '巴彦图嘎查'. A name that would keep fewer
    than two characters is a name of its own: 江西村, 海南新村 stay."""
    for province in _PROVINCES:
        rest = village.removeprefix(province)
        suffix = next((s for s in _SUFFIXES if rest.endswith(s)), "")
        if rest != village and len(rest) - len(suffix) >= 2:
            return rest
    return village


# A unit of a village written without its 村, as a 单位名称 or 所属单位 cell may: its collective
# (城关镇张庄经济合作社, 东张庄股份经济合作社) or one of its 村民小组 (张庄一组). The bare name (张庄) is the
# village's only where the data writes its full name too (``full_forms``): 张庄建材 is a company.
_BARE_UNIT = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))?(?P<name>[\u4e00-\u9fff]{2,5}?)"
                        r"(?:股份经济合作社|经济合作社|[一二三四五六七八九十\d]{1,3}组)$")
# Brackets a cell may wrap a name in: "（张庄）" is 张庄.
_WRAPPING_BRACKETS = re.compile(r"^[（(【\[〔](?P<inner>[^（()）【】\[\]〔〕]+)[）)】\]〕]$")


def bare_village_name(text: str) -> str | None:
    """The village name a unit written without its 村 bears: "城关镇张庄经济合作社" and "张庄一组" -> "张庄";
    None for a text that names a village in full (张庄村一组) or no unit of one (张庄建材)."""
    match = _BARE_UNIT.match(text)
    if match is None or find_villages(text):
        return None
    name = match["name"]
    return name if _is_name(name) and not name.endswith(_SUFFIXES) else None


def full_forms(short: str) -> tuple[str, str]:
    """The full names a village written without its ending may stand for ('石桥' -> 石桥村, 石桥社区)."""
    return short + "村", short + "社区"


def without_wrapping_brackets(text: str) -> str:
    """A cell's text without the brackets that wrap all of it: "（张庄）" -> "张庄"; "张庄（东）" stays."""
    match = _WRAPPING_BRACKETS.match(text)
    return match["inner"].strip() if match else text


@lru_cache(maxsize=4096)
def village_from_cell(value: object) -> str | None:
    """A village column's value as a village name: '石桥村委会' -> '石桥村', '石桥' and '（石桥）' -> '石桥' (a
    cell's wrapping brackets are no part of a name). '石桥' and a unit written without its 村 ('石桥一组',
    '石桥经济合作社') stay as written: the row mapper completes them only to a full name the data writes
    (``rowmap.RowMapper._spelled_as_seen``), since a 广东 经济合作社 keeps books of its own.

    An error value or an uncalculated formula (``values.UnreadCell``) is no name:
    ValueProblem, so that the row is flagged instead of filed under '#REF!'.
    """
    if value is None:
        return None
    if isinstance(value, UnreadCell):
        raise ValueProblem(value.reason)
    text = without_wrapping_brackets(" ".join(str(value).split()))
    if not text:
        return None
    named = find_villages(text)
    if len(named) > 1:
        # A project's 涉及村 "新石村、太平村": filing the row under the first would be a silent guess.
        raise ValueProblem(f"写了多个村（{'、'.join(named)}），未按其中任何一个记村名")
    return named[0] if named else text


def village_in_place(value: object) -> str | None:
    """The village a place cell (建设地点 "尹集镇新庄村") names, None for a place that names none ("全县")."""
    named = village_from_cell(value)
    return named if named and find_villages(named) else None
