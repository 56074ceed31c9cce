"""Provides counterparty name normalisation: the comparable core of a company or person name.

``normalize_name`` turns the spellings found in village books into one
comparable form: "浙江宏达建设有限公司", "宏达建设（有限公司）" and
"湖州宏达建设" all become "宏达建设". ``trade_core`` goes one step further
and drops the industry words ("建设", "建筑工程"…) to get the trade name
("宏达") that blocking and the similarity checks of ``xuncha.parties`` use.
``is_person_name`` tells a private person (a 包工头, a cadre's relative) from
a company, because persons are never merged by similarity alone.

Everything here is pure: no store, no I/O, cheap enough to run per row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from xuncha.traditional import simplified

# --- word lists -------------------------------------------------------------------

# Legal-form and organisation-type suffixes, longest first so that
# "股份有限公司" is removed whole rather than leaving "股份".
LEGAL_SUFFIXES: tuple[str, ...] = tuple(sorted({
    "股份有限公司", "有限责任公司", "有限公司", "有限责任", "股份公司", "集团有限公司", "集团公司",
    "总公司", "分公司", "子公司", "公司", "集团",
    "股份经济合作社", "经济合作社", "专业合作社", "农民专业合作社", "合作社", "联合社",
    "经营部", "门市部", "营业部", "工作室", "个体工商户", "个体户", "工程队", "施工队",
    "普通合伙", "有限合伙", "合伙企业", "事务所", "商行", "商店", "厂",
}, key=len, reverse=True))

# Industry words: what a company does, not who it is. Dropped to find the
# trade name ("宏达建设工程" -> "宏达").
INDUSTRY_WORDS: tuple[str, ...] = tuple(sorted({
    "建设", "建筑", "工程", "建工", "建材", "建安", "市政", "园林", "绿化", "水利", "水电", "电力",
    "装饰", "装修", "劳务", "路桥", "交通", "环境", "环保", "科技", "技术", "信息", "贸易", "商贸",
    "实业", "机械", "设备", "材料", "钢结构", "消防", "土石方", "农业", "开发", "生态", "景观",
    "规划", "设计", "咨询", "监理", "测绘", "物业", "服务", "管理", "投资", "发展", "安装", "照明",
    "电器", "电气", "五金", "家具", "印刷", "广告", "文化", "传媒", "旅游", "运输", "物流",
    "林业", "农机", "苗木", "花木", "种植", "养殖", "食品", "医药", "网络", "智能", "防水",
    "保洁", "清洁", "混凝土", "水泥", "石材", "木业", "门窗", "管道", "给排水", "暖通",
}, key=len, reverse=True))

PROVINCES: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)

# Prefecture-level cities: every one of Zhejiang's and its neighbours', plus
# the large cities whose companies often work in Zhejiang villages.
CITIES: tuple[str, ...] = (
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水",
    "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁",
    "合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州",
    "六安", "亳州", "池州", "宣城",
    "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德",
    "南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶",
    "广州", "深圳", "珠海", "汕头", "佛山", "东莞", "中山", "济南", "青岛", "郑州", "武汉", "长沙",
    "成都", "西安", "昆明", "贵阳", "南宁", "石家庄", "太原", "沈阳", "大连", "长春", "哈尔滨",
)

# Counties and districts of Zhejiang (the sample township is in 湖州) and a
# few neighbours; "吴兴区" and "安吉县" are stripped like a city.
COUNTIES: tuple[str, ...] = (
    "吴兴", "南浔", "德清", "长兴", "安吉", "上城", "拱墅", "西湖", "滨江", "萧山", "余杭", "临平",
    "钱塘", "富阳", "临安", "桐庐", "淳安", "建德", "海曙", "江北", "北仑", "镇海", "鄞州", "奉化",
    "余姚", "慈溪", "象山", "宁海", "鹿城", "龙湾", "瓯海", "洞头", "瑞安", "乐清", "永嘉", "平阳",
    "苍南", "文成", "泰顺", "龙港", "南湖", "秀洲", "海宁", "平湖", "桐乡", "嘉善", "海盐",
    "越城", "柯桥", "上虞", "诸暨", "嵊州", "新昌", "婺城", "金东", "兰溪", "义乌", "东阳", "永康",
    "武义", "浦江", "磐安", "柯城", "衢江", "江山", "常山", "开化", "龙游", "定海", "普陀", "岱山",
    "嵊泗", "椒江", "黄岩", "临海", "温岭", "玉环", "天台", "仙居", "三门", "莲都", "龙泉",
    "青田", "缙云", "遂昌", "松阳", "云和", "庆元", "景宁", "宜兴", "溧阳", "广德", "郎溪", "宁国",
)

_PLACE_SUFFIXES = ("省", "市", "县", "区", "自治区", "特别行政区")

# Geographic prefixes with their admin suffix ("湖州市") and without ("湖州"),
# longest first so that "湖州市" is preferred over "湖州".
_PLACE_PREFIXES: tuple[str, ...] = tuple(sorted(
    {p + s for p in PROVINCES + CITIES + COUNTIES for s in ("",) + _PLACE_SUFFIXES}
    | {"内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区"},
    key=len, reverse=True,
))

# Prefixes grouped by length, longest first: a set lookup per length instead
# of two thousand startswith calls.
_PREFIXES_BY_LEN: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (n, frozenset(p for p in _PLACE_PREFIXES if len(p) == n))
    for n in sorted({len(p) for p in _PLACE_PREFIXES}, reverse=True)
)

# Words that mark an organisation; a name containing one is not a person.
COMPANY_WORDS: tuple[str, ...] = (
    "公司", "集团", "合作社", "经营部", "工作室", "个体", "工程", "建设", "建筑", "中心", "厂", "店",
    "部", "社", "局", "所", "站", "院", "委", "村", "镇", "乡", "队", "馆",
    "银行", "学校", "医院", "政府", "街道", "办事处", "委员会", "财政", "税务",
)

# Common Chinese surnames (single and double), enough to judge plausibility.
SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁"
    "胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    "支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜"
    "印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由"
)
DOUBLE_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "令狐", "夏侯", "端木", "独孤", "南宫", "西门", "轩辕", "钟离", "闻人", "万俟", "百里", "呼延",
})

_BRACKETS = re.compile(r"[(\[【〔<《{「『][^()\[\]【】〔〕<>《》{}「」『』]*[)\]】〕>》}」』]")
_STRAY_BRACKETS = re.compile(r"[()\[\]【】〔〕<>《》{}「」『』]")
# Separators and decorations that never distinguish two names.
_NOISE = re.compile(r"[\s·•・.,，、。:：;；'\"“”‘’`~\-—_/\\|*#&+]+")
# "宏达建设有限公司湖州分公司": a branch is the parent company for inspection
_BRANCH = re.compile(r"^(.+?(?:有限责任公司|股份有限公司|有限公司|公司))(.{1,8}?)(分公司|分部|办事处|项目部|分店)$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SIMPLE = re.compile(r"[\u3400-\u9fff\uf900-\ufaffa-z0-9]*")

# A normalised name shorter than this is not "something substantial":
# stripping a prefix or suffix that would leave less is not done.
_MIN_CORE = 2


# --- normalisation ----------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFKC (full-width to half-width), 繁体 as simplified (陳記 is 陈记), lower case, whitespace and
    separators removed.

    NFKC runs again at the end: removing a space or lower-casing can leave a
    sequence that NFKC composes ("A´" -> "a" + U+0301 -> "á"), and the
    result must be a fixed point for ``normalize_name`` to be idempotent.
    """
    return unicodedata.normalize("NFKC", _NOISE.sub("", simplified(unicodedata.normalize("NFKC", text))).lower())


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """The comparable core of a counterparty name; idempotent.

    Full-width and half-width forms, spaces and separators, brackets with
    their content ("（普通合伙）"), legal-form suffixes ("有限公司",
    "专业合作社"…) and leading province/city/county names ("浙江省",
    "湖州"…) are removed; so are a 队 after a trade word ("前进建筑队" is
    "前进建筑工程队") and a sole trader's "个体户" before a person's name.
    A person's name only loses width and spacing differences. Nothing is
    stripped that would leave less than two characters.
    """
    if not name:
        return ""
    text = _normalize_once(name)
    if _SIMPLE.fullmatch(text):
        return text  # plain CJK and ASCII: a second pass would change nothing
    # One pass can uncover work for the next: removing a bracket can join a
    # letter and a combining mark that NFKC then composes ("o[¨" -> "ö"), a
    # removed suffix can uncover a place. Repeat until stable, which is what
    # makes the function idempotent.
    for _ in range(8):
        normal = _normalize_once(text)
        if normal == text:
            break
        text = normal
    return text


def _normalize_once(name: str) -> str:
    text = _strip_sole_trader_prefix(clean_text(name))
    if is_person_name(text):
        return text
    text = clean_text(_strip_brackets(text))
    branch = _BRANCH.match(text)
    if branch:
        text = branch.group(1)
    previous = None
    # Suffixes and prefixes can uncover each other ("浙江宏达建设有限公司(湖州)")
    while previous != text:
        previous = text
        text = _strip_legal_suffixes(text)
        text = _strip_place_prefixes(text)
    return text


# A sole trader registered under a person's name is that person: "个体户王建军" and
# "个体工商户 王建军" are the 王建军 of the payment column (the suffix form, "王建军（个体户）",
# already loses its bracket).
_SOLE_TRADER_PREFIXES = ("个体工商户", "个体户", "个体")


def _strip_sole_trader_prefix(text: str) -> str:
    for prefix in _SOLE_TRADER_PREFIXES:
        if text.startswith(prefix) and is_person_name(text[len(prefix):]):
            return text[len(prefix):]
    return text


_OPENERS = frozenset("([【〔<《{「『")
_CLOSERS = frozenset(")]】〕>》}」』")


def _remove_bracketed(text: str) -> str:
    """Drop every bracket pair with its content, innermost first, in one pass (what repeating
    ``_BRACKETS.sub`` until nothing changes did, without its quadratic time on deep nesting)."""
    kept: list[str] = []
    openers: list[int] = []
    for ch in text:
        if ch in _OPENERS:
            openers.append(len(kept))
            kept.append(ch)
        elif ch in _CLOSERS and openers:
            del kept[openers.pop():]
        else:
            kept.append(ch)
    return "".join(kept)


def _strip_brackets(text: str) -> str:
    stripped = _STRAY_BRACKETS.sub("", _remove_bracketed(text))
    if len(stripped) >= _MIN_CORE:
        return stripped
    # the whole name was in brackets: keep its content rather than nothing
    return _STRAY_BRACKETS.sub("", text)


def _strip_legal_suffixes(text: str) -> str:
    return _strip_suffixes(_strip_trade_team(_strip_suffixes(text, LEGAL_SUFFIXES)), LEGAL_SUFFIXES)


def _strip_trade_team(text: str) -> str:
    """"前进建筑队" is the "前进建筑工程队" (whose 工程队 is a legal suffix): a 队 after a trade word goes."""
    if text.endswith("队") and len(text) - 1 > _MIN_CORE and text[:-1].endswith(INDUSTRY_WORDS):
        return text[:-1]
    return text


def _strip_suffixes(text: str, suffixes: Iterable[str]) -> str:
    """Remove any of the suffixes from the end, repeatedly, keeping at least _MIN_CORE characters."""
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if text.endswith(suffix) and len(text) - len(suffix) >= _MIN_CORE:
                text = text[: -len(suffix)]
                changed = True
                break
    return text


def _place_prefixes_of(text: str) -> Iterator[str]:
    for length, prefixes in _PREFIXES_BY_LEN:
        if len(text) - length >= _MIN_CORE and text[:length] in prefixes:
            yield text[:length]


def _strip_place_prefixes(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in _place_prefixes_of(text):
            rest = text[len(prefix):]
            # "湖州市政工程": 湖州 + 市政…, not 湖州市 + 政工程
            if prefix[-1] in "市县区省" and rest.startswith(("政", "场", "民")):
                continue
            # "安吉建设" must not become "建设": the place is then the trade name
            if len(bare_core(rest)) < _MIN_CORE:
                continue
            text = rest
            changed = True
            break
    return text


def bare_core(text: str) -> str:
    """``text`` without trailing industry words, possibly empty: "建筑劳务" has no trade name of its own."""
    changed = True
    while changed and text:
        changed = False
        for word in INDUSTRY_WORDS:
            if text.endswith(word):
                text = text[: -len(word)]
                changed = True
                break
    return text


@lru_cache(maxsize=65536)
def trade_core(name: str) -> str:
    """The trade name of a company: its normalised name without industry words.

    "浙江宏达建设工程有限公司" -> "宏达". Never shorter than two characters:
    "建设工程" keeps "建设".
    """
    text = normalize_name(name)
    if is_person_name(text):
        return text
    return _strip_suffixes(text, INDUSTRY_WORDS)


def industry_part(name: str) -> str:
    """What ``trade_core`` removed: "宏达建设工程" -> "建设工程"."""
    text = normalize_name(name)
    core = trade_core(name)
    return text[len(core):] if text.startswith(core) else ""


# --- persons ----------------------------------------------------------------------


def is_person_name(name: str) -> bool:
    """True for a plausible private person's name: 2–4 CJK characters with a common surname.

    Company words ("公司", "工程队", "村"…) rule a name out, so "王家村" is
    not a person. Minority names with a middle dot ("阿依·买买提") are out of
    scope and read as non-persons, which only means they may be grouped by
    similarity with a very close spelling.
    """
    text = unicodedata.normalize("NFKC", name or "").strip().replace(" ", "").replace("\u3000", "")
    if not 2 <= len(text) <= 4:
        return False
    if not all(_CJK.match(ch) for ch in text):
        return False
    if any(word in text for word in COMPANY_WORDS):
        return False
    if text[:2] in DOUBLE_SURNAMES:
        return len(text) >= 3
    if len(text) == 4 and any(word in text[1:] for word in INDUSTRY_WORDS):
        # A three-character given name is rare; a trade name plus its trade is not ("安通物流", "宏达建材").
        return False
    return text[0] in SINGLE_SURNAMES


__all__ = [
    "INDUSTRY_WORDS",
    "LEGAL_SUFFIXES",
    "clean_text",
    "industry_part",
    "is_person_name",
    "normalize_name",
    "trade_core",
]
