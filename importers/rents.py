"""Provides the reading of a lease's yearly rent from the way its register words the rent.

A resource-lease register gives each lease's rent for a year (its amount) in a 年租金 column, but many
rows leave it blank and state the rent in words, in a 租金约定 / 租金标准 / 承包费标准 column, or write those
words in the 年租金 or 月租金 cell itself::

    每亩600元/年            (35.5 亩)   -> 21300 元, the rate times the row's own area
    每公顷5500元            (4.2 公顷)  -> 23100 元
    每亩550元×6.35亩        (6.35 亩)   -> 3492.50 元 (the area written must be the row's)
    每平方米每月3元          (2000 ㎡)   -> 72000 元, × 12 months
    前2年免租，第3年起每年16800元         -> 16800 元, the yearly figure written (it changes over the term)
    前三年每年1万元，以后每三年递增5%      -> 10000 元, the first figure written

Each such reading is a guess at what the inspector would work out by hand, so the row says how it
was reached (a warning with the arithmetic). A rent in kind (每亩每年稻谷400斤) or one sum for the whole
term (一次性收取20年租金60万元) gives no yearly figure: it stays empty, and a 租金总额 beside such a row
is not spread over the years either (``is_lump_sum``).
"""

from __future__ import annotations

import re
import unicodedata

from importers import values

# The columns that word a lease's rent (租金约定, 租金标准, 承包费标准, 付款方式): read for the rent only where
# the row gives no yearly rent of its own.
RENT_TERMS_HEADER = re.compile(r"^(?:租金|承包费|承包金|租赁费|流转费)(?:约定|标准|说明|条款|情况)|^(?:付款|交款|缴费|收款)方式")
# The columns that may say the rent was paid once for the whole term (these and 备注).
LUMP_SUM_HEADER = re.compile(f"{RENT_TERMS_HEADER.pattern}|^备注|^说明")

_COUNT = r"\d{1,2}|[一二两三四五六七八九十]{1,2}"
_MONEY = r"\d+(?:\.\d+)?万?"
# One sum for the whole term: "一次性收取20年租金60万元", "30年租金一次性交清".
_LUMP_SUM = re.compile(r"一次性(?:收取|收清|交清|交纳|缴纳|缴清|付清|支付|收|交|缴|付)")
# Rent-free years before the rent begins: "前2年免租，", "前两年免费" (at the start or the end of the text).
_FREE_YEARS = re.compile(rf"^前(?:{_COUNT})年免(?:租金?|费|承包费)[,;]?|[,;]前(?:{_COUNT})年免(?:租金?|费|承包费)$")
# The year from which the figure holds: "第3年起", "以后".
_FROM_YEAR = re.compile(rf"^(?:第(?:{_COUNT})年(?:起|开始|以后)|以后|此后)")
# A first stage's figure, the rest rising: "前三年每年1万元，以后每三年递增5%".
_FIRST_STAGE = re.compile(rf"^前(?:{_COUNT})年(?P<rest>每年{_MONEY}元)[,;].*$")
# A rise written after the figure: "，每五年递增10%", "，以后每三年递增5%", "，逐年递增3%".
_RISING = re.compile(rf"[,;](?:以后|此后)?(?:每(?:{_COUNT})?年|逐年)(?:递增|增加|上涨)\d+(?:\.\d+)?%$")

_PER_YEAR = re.compile(rf"每年(?P<money>{_MONEY})元|(?P<money2>{_MONEY})元/年")
_PER_AREA = re.compile(rf"每(?P<unit>亩|公顷)(?:每年)?(?P<money>{_MONEY})元(?:/年)?"
                       rf"(?:×(?P<area>\d+(?:\.\d+)?)(?P<area_unit>亩|公顷))?")
_PER_SQM_MONTH = re.compile(rf"每(?:平方米|平米|m2)每月(?P<money>{_MONEY})元|每月每(?:平方米|平米|m2)(?P<money2>{_MONEY})元")
_PER_MONTH = re.compile(rf"每月(?P<money>{_MONEY})元|(?P<money2>{_MONEY})元/月")

_MU_PER = {"亩": 1.0, "公顷": 15.0}
SQM_PER_MU = 10000 / 15

CHANGING_NOTE = "租金随年份变化（{what}）：年租金按所写“{figure}”记为 {amount} 元，请核对合同"
PER_YEAR_NOTE = "年租金栏未写：按“{text}”记为 {amount} 元，请核对"
PER_AREA_NOTE = "年租金栏未写：按“{text}”计为每{unit} {rate} 元 × {area:g} {unit} = {amount} 元，请核对"
PER_SQM_NOTE = "年租金栏未写：按“{text}”计为每平方米每月 {rate} 元 × {area:g} 平方米 × 12 个月 = {amount} 元，请核对"
PER_MONTH_NOTE = "年租金栏未写：按“{text}”计为每月 {rate} 元 × 12 个月 = {amount} 元，请核对"
LUMP_SUM_NOTE = "“{text}”：整个租期一次性收取，不是每年的租金；年租金留空，租金总额 {total} 元保留在原始数据里"


def _compact(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split()).replace("x", "×").replace("X", "×").replace("*", "×").replace("，", ",")


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def is_lump_sum(text: str) -> bool:
    """Whether a cell says the rent was paid once for the whole term ("一次性收取20年租金60万元"), not
    a yearly rent paid in one go ("每年5月一次交清")."""
    compact = _compact(text)
    return bool(_LUMP_SUM.search(compact)) and "每年" not in compact


def yearly_rent(text: str, area_mu: float | None) -> tuple[int, str] | None:
    """(the yearly rent in fen, the warning saying how it was reached) of a rent worded as in the module's
    doc, with ``area_mu`` the row's own area in 亩; None when the words give no yearly figure in yuan."""
    compact = _compact(text)
    if not compact or is_lump_sum(compact):
        return None
    changes: list[str] = []
    stage = _FIRST_STAGE.fullmatch(compact)
    if stage:
        compact = stage["rest"]
        changes.append("分段或递增")
    free = _FREE_YEARS.search(compact)
    if free:
        compact = compact[: free.start()] + compact[free.end():]
        changes.append("有免租年份")
    rising = _RISING.search(compact)
    if rising:
        compact = compact[: rising.start()]
        changes.append("逐年递增")
    start = _FROM_YEAR.match(compact)
    if start:
        compact = compact[start.end():]
        if not changes:
            changes.append(f"“{start.group()}”")
    found = _by_figure(compact, area_mu)
    if found is None:
        return None
    amount, note = found
    if changes:
        changing = CHANGING_NOTE.format(what="，".join(changes), figure=compact, amount=_yuan(amount))
        note = changing if note is None else f"{note}；{changing}"
    elif note is None:
        note = PER_YEAR_NOTE.format(text=compact, amount=_yuan(amount))
    return amount, note


def _money(text: str | None) -> int | None:
    try:
        return values.parse_money(text) if text else None
    except values.ValueProblem:
        return None


def _by_figure(compact: str, area_mu: float | None) -> tuple[int, str | None] | None:
    """(the yearly rent in fen, a warning for a product or None) of the figure left once the words of
    change are gone: a yearly sum, a rate per 亩 or 公顷 times the area, a rate per ㎡ and month."""
    match = _PER_YEAR.fullmatch(compact)
    if match:
        amount = _money(match["money"] or match["money2"])
        return (amount, None) if amount else None
    match = _PER_AREA.fullmatch(compact)
    if match and area_mu:
        rate = _money(match["money"])
        area = area_mu / _MU_PER[match["unit"]]
        if match["area"] is not None and abs(float(match["area"]) * _MU_PER[match["area_unit"]] - area_mu) > 0.01:
            return None  # the area the words give is not the row's own: which one holds is unknown
        if not rate:
            return None
        amount = round(rate * area)
        return amount, PER_AREA_NOTE.format(text=compact, unit=match["unit"], rate=_yuan(rate), area=round(area, 4),
                                            amount=_yuan(amount))
    match = _PER_SQM_MONTH.fullmatch(compact)
    if match and area_mu:
        rate = _money(match["money"] or match["money2"])
        area = round(area_mu * SQM_PER_MU, 2)
        if not rate:
            return None
        amount = round(rate * area * 12)
        return amount, PER_SQM_NOTE.format(text=compact, rate=_yuan(rate), area=area, amount=_yuan(amount))
    match = _PER_MONTH.fullmatch(compact)
    if match:
        rate = _money(match["money"] or match["money2"])
        return (12 * rate, PER_MONTH_NOTE.format(text=compact, rate=_yuan(rate), amount=_yuan(12 * rate))) \
            if rate else None
    return None
