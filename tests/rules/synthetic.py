"""Generates a township of records with planted problems and their look-alikes.

Used by ``tests/test_scan_unseen.py`` (data the rules were not written
against: random names, amounts, dates and wordings from a seed) and by
``benchmarks/scan_speed.py`` (100k and 1M records). The background is kept
clean by construction: amounts avoid the tiers, work is paid within its
contract, a vendor's small works in a village are spread out in time, cash is
small or for wages, persons who are paid are never namesakes of the village's
cadres. Planted problems and look-alikes are then added on top, each with the
record ids a flag must (or must not) cite.

Records are plain dicts as ``xuncha.rules.context.build_context`` takes them:
money in fen, dates as ``datetime.date``; ``insert_into_store`` writes them
through the store's import writer, so a scan reads them like imported rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass, field
from typing import Any

WAN = 1_000_000  # fen
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            "苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃")
GIVEN = "建国明华伟强军平秀英丽芳敏静海涛斌超勇杰娟霞玲红春桂兰志新林峰云飞鹏辉波宁亮成刚德福永荣文武庆祥玉梅燕萍琴凤洁"
TRADE = ("宏达恒通天顺润景青松明亮锦程安通华光鑫源金鼎瑞丰顺发永兴振华远大鸿运新盛嘉禾"
         "众力宏图佳美博远东升鼎盛恒信立达卓越信诚"
         "泰和隆昌裕祥瑞福康宁安吉星辰海川山岳林森茂盛富强国栋梁晨曦朝阳光明正直永恒久长弘毅")
INDUSTRY = ["建设", "市政工程", "园林绿化", "水利建设", "建筑工程", "土石方工程", "电器", "建材"]
PROVINCES = ["浙江", "湖州", "安吉县", "湖州市", ""]
SUBJECTS = ["道路硬化", "河道清淤", "路灯亮化", "文化礼堂改造", "排水沟改造", "公厕改造", "绿化提升", "停车场平整",
            "护岸加固", "垃圾分类亭", "村道拓宽", "游步道建设", "污水管网改造", "农房立面整治", "山塘清淤", "桥梁维修"]
PLACES = ["东片", "西片", "南片", "北片", "村口", "老街", "中心", "后山", "溪边", "学校旁"]
TIERS = (5 * WAN // 100 * 100, 10 * WAN, 20 * WAN, 50 * WAN)
THRESHOLD = 10 * WAN


@dataclass
class Planted:
    rule: str
    evidence: set[str]
    note: str = ""


@dataclass
class Township:
    records: list[dict[str, Any]] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    lookalikes: list[Planted] = field(default_factory=list)

    def count(self) -> int:
        return len(self.records)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.out = Township()
        self.serial = 0
        self.used_person_names: set[str] = set()
        self.used_trade_names: set[str] = set()

    # --- names -----------------------------------------------------------------

    def person(self) -> str:
        while True:
            name = self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))
            if name not in self.used_person_names:
                self.used_person_names.add(name)
                return name

    def company(self) -> tuple[str, list[str]]:
        """A new company: its core name and the spellings the books use for it."""
        while True:
            trade = self.rng.choice(TRADE) + self.rng.choice(TRADE)
            if trade not in self.used_trade_names:
                self.used_trade_names.add(trade)
                break
        core = trade + self.rng.choice(INDUSTRY)
        full = f"{self.rng.choice(PROVINCES[:4])}{core}有限公司"
        return core, [full, core, f"{core}（有限公司）", f"湖州{core}", f"{core}有限责任公司"]

    # --- records ---------------------------------------------------------------

    def add(self, kind: str, village: str, **fields: Any) -> dict[str, Any]:
        self.serial += 1
        record = {"kind": kind, "id": f"{kind[0]}{self.serial}", "village": village, **fields}
        self.out.records.append(record)
        return record

    def day(self, start: dt.date, spread: int) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange(spread))

    def clean_amount(self, low: int, high: int) -> int:
        """A work amount in whole yuan that stays clear of every tier's hugging band."""
        while True:
            amount = int(self.rng.uniform(low, high)) // 100 * 100
            if all(not (0.85 * t <= amount <= t) for t in TIERS):
                return amount


def generate(seed: int = 1, villages: int = 10, works_per_village: int = 12, payments_per_village: int = 60,
             years: int = 3, planted_per_rule: int = 4) -> Township:
    """A township: background villages, then planted problems and look-alikes."""
    gen = _Generator(seed)
    names = [f"{gen.rng.choice(SURNAMES)}{gen.rng.choice(GIVEN)}{'村'}" for _ in range(villages)]
    names = [f"{name[:-1]}{i}村" if names.count(name) > 1 else name for i, name in enumerate(names)]
    vendors = [gen.company() for _ in range(max(12, villages * 6))]
    start = dt.date(2021, 1, 1)
    for village in names:
        _background_village(gen, village, vendors, start, years, works_per_village, payments_per_village)
    for index in range(planted_per_rule):
        village = names[index % len(names)]
        other = names[(index + 1) % len(names)]
        for plant in PLANTERS:
            plant(gen, village, other, start, vendors)
    return gen.out


# --- background ---------------------------------------------------------------


def _background_village(gen: _Generator, village: str, vendors: list, start: dt.date, years: int,
                        works: int, payments: int) -> None:
    rng = gen.rng
    cadres = [gen.add("cadre", village, name=gen.person(), position=position, phone=f"139{rng.randrange(10**8):08d}",
                      relatives=f"妻 {gen.person()}；弟 {gen.person()}")
              for position in ("党支部书记", "村委会主任", "委员", "委员", "报账员")]
    last_small: dict[str, dt.date] = {}
    wage = rng.choice((2200, 2400)) * 100
    for _ in range(works * years):
        core, spellings = rng.choice(vendors)
        large = rng.random() < 0.35
        amount = gen.clean_amount(10 * WAN, 45 * WAN) if large else gen.clean_amount(8000 * 100, 8 * WAN)
        signed = gen.day(start, 365 * years)
        if not large:
            # The background never splits: one vendor's small works in a village are far apart.
            if core in last_small and abs((signed - last_small[core]).days) < 400:
                continue
            last_small[core] = signed
        _work(gen, village, spellings, amount, signed, large)
    for month in range(12 * years):
        paid_on = dt.date(start.year + month // 12, month % 12 + 1, 25)
        gen.add("payment", village, voucher=f"记-{month}-1", date=paid_on, direction="out", amount=wage,
                counterparty=f"保洁员{village}", summary="支付保洁工资", method=rng.choice(("转账", "现金")))
        gen.add("payment", village, voucher=f"记-{month}-2", date=paid_on, direction="out", amount=3000 * 100,
                counterparty=cadres[0]["name"], summary="发放误工补贴", method="转账", handler=cadres[4]["name"])
    # Small payees of the village: a fixed pool, so that large data sets do not exhaust the names.
    locals_ = ["国网供电公司", "文华办公用品商行", "农商银行"] + [gen.person() for _ in range(12)]
    for _ in range(payments):
        amount = rng.randrange(200, 990) * 100 + rng.randrange(100)
        gen.add("payment", village, voucher=f"记-{rng.randrange(10**6)}", date=gen.day(start, 365 * years),
                direction="out", amount=amount, counterparty=rng.choice(locals_),
                summary=rng.choice(("电费", "购买办公用品", "手续费", "购买饮用水", "零星维修")),
                method=rng.choice(("转账", "现金")), handler=cadres[4]["name"])
    for category, unit_rent, area_range in (("耕地", 800, (10, 45)), ("林地", 200, (20, 45)), ("鱼塘", 600, (5, 30)),
                                            ("厂房", 20000, (1, 4)), ("耕地", 800, (5, 40))):
        area = round(rng.uniform(*area_range), 1)
        begin = gen.day(start - dt.timedelta(days=2000), 1500)
        limit = 20 if category == "厂房" else 30
        gen.add("resource", village, name=f"{rng.choice(PLACES)}{category}", category=category, area=area,
                counterparty=gen.person(), amount=int(area * unit_rent * rng.uniform(0.8, 1.25)) * 100,
                started_on=begin,
                ended_on=begin.replace(year=begin.year + rng.randrange(5, limit), day=min(begin.day, 28)),
                procurement=rng.choice(("公开竞价", "公开协商", "招标")))


def _work(gen: _Generator, village: str, spellings: list[str], amount: int, signed: dt.date, large: bool,
          *, title: str | None = None, method: str | None = None, paid_share: float | None = None) -> dict[str, Any]:
    """A piece of work: a contract (and often its project), paid in installments within its amount."""
    rng = gen.rng
    title = title or f"{village}{rng.choice(PLACES)}{rng.choice(SUBJECTS)}工程"
    if method is None:
        method = rng.choice(("公开招标", "竞争性比选", "邀请招标") if large else ("直接发包", "询价"))
    code = f"HT-{gen.serial + 1}"
    contract = gen.add("contract", village, code=code, title=f"{title}施工合同", counterparty=rng.choice(spellings),
                       amount=amount, signed_on=signed, started_on=signed + dt.timedelta(days=rng.randrange(3, 20)),
                       category="工程", procurement=method)
    if rng.random() < 0.6:
        gen.add("project", village, code=f"XM-{contract['id']}", name=title, contractor=rng.choice(spellings),
                amount=amount, decided_on=signed - dt.timedelta(days=rng.randrange(5, 30)),
                started_on=contract["started_on"], procurement=method)
        contract["project"] = f"XM-{contract['id']}"
    share = paid_share if paid_share is not None else rng.uniform(0.85, 1.0)
    parts = rng.choice((1, 2, 3))
    paid = int(amount * share) // 100 * 100
    for part in range(parts):
        piece = paid // parts if part < parts - 1 else paid - (paid // parts) * (parts - 1)
        linked = {"contract": code} if rng.random() < 0.7 else {}
        gen.add("payment", village, voucher=f"记-{rng.randrange(10**6)}",
                date=signed + dt.timedelta(days=10 + 40 * part),
                direction="out", amount=piece, counterparty=rng.choice(spellings), method="转账",
                summary=f"支付{title}{('预付款', '进度款', '结算款')[part]}", **linked)
    return contract


# --- planted problems and look-alikes ------------------------------------------------


def _plant_split(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    core, spellings = gen.company()
    place = f"{rng.choice('上下前后东西南北')}{rng.choice('庄坞湾岭塘畈')}自然村"
    first = rng.randrange(52, 97) * 1000 * 100
    second = max(rng.randrange(52, 97) * 1000 * 100, THRESHOLD - first + 500 * 100)
    second = min(second, 99 * 1000 * 100 - 100)
    signed = gen.day(start, 900)
    a = _work(gen, village, spellings, first, signed, False, title=f"{village}{place}道路硬化工程（一期）",
              method="直接发包")
    b = _work(gen, village, spellings, second, signed + dt.timedelta(days=rng.randrange(5, 150)), False,
              title=f"{village}{place}道路硬化工程（二期）", method="直接发包")
    gen.out.planted.append(Planted("split_contract", {a["id"], b["id"]}, "两期合同合计超过 10万"))
    core2, spellings2 = gen.company()
    c = _work(gen, village, spellings2, 6 * WAN, signed, False, title=f"{village}文化礼堂内部装修", method="询价")
    d = _work(gen, village, spellings2, 7 * WAN, signed + dt.timedelta(days=30), False, title=f"{village}河道清淤疏浚",
              method="询价")
    gen.out.lookalikes.append(Planted("split_contract", {c["id"], d["id"]}, "同一单位两项无关工作"))


def _plant_hugging(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    tier = rng.choice(TIERS[1:])
    amount = int(tier * rng.uniform(0.905, 0.995)) // 100 * 100
    a = _work(gen, village, gen.company()[1], amount, gen.day(start, 900), True, method="竞争性比选")
    gen.out.planted.append(Planted("threshold_hugging", {a["id"]}, f"{amount / 100:.0f} 贴近档位"))
    b = _work(gen, other, gen.company()[1], tier, gen.day(start, 900), True, method="公开招标")
    gen.out.lookalikes.append(Planted("threshold_hugging", {b["id"]}, "正好等于档位"))


def _plant_method(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    amount = gen.clean_amount(11 * WAN, 40 * WAN)
    a = _work(gen, village, gen.company()[1], amount, gen.day(start, 900), True,
              method=rng.choice(("直接发包", "指定施工", "未招标", "议标")))
    gen.out.planted.append(Planted("method_below_required", {a["id"]}, "达到 10万 直接发包"))
    b = _work(gen, other, gen.company()[1], gen.clean_amount(11 * WAN, 40 * WAN), gen.day(start, 900), True,
              method=rng.choice(("公开招标", "竞争性比选", "邀请招标", "公开招投标")))
    gen.out.lookalikes.append(Planted("method_below_required", {b["id"]}, "达到 10万 但有竞争"))


def _plant_repeat(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    small_village = f"{village}新区{gen.serial}"
    core, spellings = gen.company()
    ids = set()
    for index in range(4):
        contract = _work(gen, small_village, spellings, gen.clean_amount(11 * WAN, 30 * WAN),
                         start + dt.timedelta(days=200 * index), True)
        ids.add(contract["id"])
    for index in range(5):
        _work(gen, small_village, gen.company()[1], gen.clean_amount(11 * WAN, 30 * WAN),
              start + dt.timedelta(days=150 * index + 30), True)
    gen.out.planted.append(Planted("repeat_vendor", ids, "9 项中 4 项"))
    twice = gen.company()[1]
    look = {_work(gen, small_village, twice, gen.clean_amount(11 * WAN, 30 * WAN),
                  start + dt.timedelta(days=400 + 300 * i), True)["id"] for i in range(2)}
    gen.out.lookalikes.append(Planted("repeat_vendor", look, "只有 2 项"))


def _plant_related(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    relative = gen.person()
    relation = rng.choice(("弟", "妻", "兄", "子", "妹夫"))
    layout = rng.choice(("{r} {n}", "{r}：{n}", "{n}（{r}）", "{r}{n}"))
    cadre = gen.add("cadre", village, name=gen.person(), position="村委会主任",
                    relatives=layout.format(r=relation, n=relative) + f"；母 {gen.person()}")
    work = _work(gen, village, [relative], gen.clean_amount(8000 * 100, 8 * WAN), gen.day(start, 900), False)
    gen.out.planted.append(Planted("related_party", {work["id"], cadre["id"]}, f"主任的{relation}承接工程"))
    namesake = gen.add("cadre", other, name=gen.person(), position="委员")
    pay = gen.add("payment", village, voucher="记-x", date=gen.day(start, 900), direction="out", amount=560000,
                  counterparty=namesake["name"], summary="支付河道保洁费", method="转账")
    longer = gen.add("payment", village, voucher="记-y", date=gen.day(start, 900), direction="out", amount=360000,
                     counterparty=cadre["name"] + "建材店", summary="购买水泥", method="转账")
    gen.out.lookalikes.append(Planted("related_party", {pay["id"], longer["id"]}, "外村同名人、包含村干部姓名的店名"))


def _plant_dates(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    decided = gen.day(start, 900)
    project = gen.add("project", village, code=f"XM-D{gen.serial}", name=f"{village}{rng.choice(SUBJECTS)}工程",
                      contractor=gen.company()[0], amount=gen.clean_amount(8000 * 100, 8 * WAN),
                      decided_on=decided, started_on=decided - dt.timedelta(days=rng.randrange(3, 40)),
                      procurement="询价")
    gen.out.planted.append(Planted("date_order", {project["id"]}, "开工早于决策"))
    same = gen.add("project", other, code=f"XM-S{gen.serial}", name=f"{other}{rng.choice(SUBJECTS)}工程",
                   contractor=gen.company()[0], amount=gen.clean_amount(8000 * 100, 8 * WAN),
                   decided_on=decided, started_on=decided, procurement="询价")
    gen.out.lookalikes.append(Planted("date_order", {same["id"]}, "同日决策、开工"))


def _plant_overpayment(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    core, spellings = gen.company()
    contract = _work(gen, village, spellings, gen.clean_amount(11 * WAN, 30 * WAN), gen.day(start, 900), True,
                     paid_share=rng.uniform(1.15, 1.5))
    gen.out.planted.append(Planted("overpayment", {contract["id"]}, "付款超过合同 15% 以上"))
    core2, spellings2 = gen.company()
    fine = _work(gen, other, spellings2, gen.clean_amount(11 * WAN, 30 * WAN), gen.day(start, 900), True,
                 paid_share=rng.uniform(1.0, 1.08))
    gen.out.lookalikes.append(Planted("overpayment", {fine["id"]}, "超付不到 10%"))


def _plant_duplicate(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    core, spellings = gen.company()
    amount = rng.randrange(1500, 40000) * 100
    first = gen.day(start, 900)
    ids = {gen.add("payment", village, voucher=f"记-d{i}{gen.serial}",
                   date=first + dt.timedelta(days=i * rng.randrange(1, 25)),
                   direction="out", amount=amount, counterparty=rng.choice(spellings), summary="支付维修材料款",
                   method="转账")["id"] for i in range(2)}
    gen.out.planted.append(Planted("duplicate_payment", ids, "同额两次"))
    person = gen.person()
    series = {gen.add("payment", other, voucher=f"记-m{m}{gen.serial}", date=dt.date(2022, m, 10), direction="out",
                      amount=180000, counterparty=person, summary="支付护林员工资", method="转账")["id"]
              for m in range(1, 7)}
    gen.out.lookalikes.append(Planted("duplicate_payment", series, "按月工资"))


def _plant_cash(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    pay = gen.add("payment", village, voucher="记-c", date=gen.day(start, 900), direction="out",
                  amount=rng.randrange(1200, 30000) * 100, counterparty=gen.company()[0],
                  summary=rng.choice(("支付石材款", "支付水泥款", "支付苗木款")),
                  method=rng.choice(("现金", "现金支付", "现付")))
    gen.out.planted.append(Planted("large_cash", {pay["id"]}, "大额现金"))
    small = gen.add("payment", other, voucher="记-c2", date=gen.day(start, 900), direction="out", amount=100000,
                    counterparty=gen.company()[0], summary="购买饮用水", method="现金")
    wages = gen.add("payment", other, voucher="记-c3", date=gen.day(start, 900), direction="out", amount=450000,
                    counterparty=gen.person(), summary="支付临时用工劳务费", method="现金")
    gen.out.lookalikes.append(Planted("large_cash", {small["id"], wages["id"]}, "1000 元整、劳务费"))


def _plant_white_slip(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    pay = gen.add("payment", village, voucher="记-w", date=gen.day(start, 900), direction="out",
                  amount=rng.randrange(300, 9000) * 100, counterparty=gen.person(),
                  summary=rng.choice(("白条报销招待费", "凭收条支付搬运费", "无发票支付挖机台班费", "借条支取备用金")),
                  method="转账")
    gen.out.planted.append(Planted("white_slip", {pay["id"]}, "白条"))
    seal = gen.add("payment", other, voucher="记-w2", date=gen.day(start, 900), direction="out", amount=30000,
                   counterparty="刻章店", summary="刻制发票专用章", method="转账")
    back = gen.add("payment", other, voucher="收-w3", date=gen.day(start, 900), direction="in", amount=300000,
                   counterparty=gen.person(), summary="收回借条借款", method="转账")
    gen.out.lookalikes.append(Planted("white_slip", {seal["id"], back["id"]}, "发票专用章、收回借款"))


def _plant_lease(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    rng = gen.rng
    begin = dt.date(2015 + rng.randrange(6), 1, 1)
    if rng.random() < 0.5:
        category, limit, area, rent = "厂房", 20, 2.5, 50000
    else:
        category, limit, area, rent = "耕地", 30, 30, 24000
    long = gen.add("resource", village, name=f"{rng.choice(PLACES)}{category}", category=category, area=area,
                   counterparty=gen.person(), amount=rent * 100, started_on=begin,
                   ended_on=dt.date(begin.year + limit + rng.randrange(1, 10), 12, 31), procurement="公开竞价")
    gen.out.planted.append(Planted("resource_lease", {long["id"]}, "期限超过上限"))
    exact = gen.add("resource", other, name=f"{rng.choice(PLACES)}{category}", category=category, area=area,
                    counterparty=gen.person(), amount=rent * 100, started_on=begin,
                    ended_on=dt.date(begin.year + limit - 1, 12, 31), procurement="公开竞价")
    small = gen.add("resource", other, name="村委会后地块", category="耕地", area=4, counterparty=gen.person(),
                    amount=320000, started_on=begin, ended_on=dt.date(begin.year + 5, 12, 31), procurement="协议")
    gen.out.lookalikes.append(Planted("resource_lease", {exact["id"], small["id"]}, "正好等于上限、小块协议"))


def _plant_payee(gen: _Generator, village: str, other: str, start: dt.date, vendors: list) -> None:
    core, spellings = gen.company()
    contract = _work(gen, village, spellings, gen.clean_amount(11 * WAN, 30 * WAN), gen.day(start, 900), True,
                     paid_share=0.5)
    pay = gen.add("payment", village, voucher="记-p", date=contract["signed_on"] + dt.timedelta(days=90),
                  direction="out", amount=contract["amount"] // 4 // 100 * 100, counterparty=gen.person(),
                  summary=f"支付{contract['title'].removesuffix('施工合同')}进度款", contract=contract["code"],
                  method="转账")
    gen.out.planted.append(Planted("payee_mismatch", {pay["id"]}, "合同款付给个人"))
    core2, spellings2 = gen.company()
    ok = _work(gen, other, spellings2, gen.clean_amount(11 * WAN, 30 * WAN), gen.day(start, 900), True, paid_share=0.5)
    alias = gen.add("payment", other, voucher="记-p2", date=ok["signed_on"] + dt.timedelta(days=90), direction="out",
                    amount=ok["amount"] // 4 // 100 * 100, counterparty=spellings2[3], contract=ok["code"],
                    summary="支付进度款", method="转账")
    gen.out.lookalikes.append(Planted("payee_mismatch", {alias["id"]}, "同一单位的另一种写法"))


PLANTERS = (_plant_split, _plant_hugging, _plant_method, _plant_repeat, _plant_related, _plant_dates,
            _plant_overpayment, _plant_duplicate, _plant_cash, _plant_white_slip, _plant_lease, _plant_payee)


# --- into a store ------------------------------------------------------------------


def insert_into_store(store: Any, records: list[dict[str, Any]], *, chunk: int = 20_000) -> None:
    """Write records through the store's import writer, one batch per kind (no spreadsheet involved)."""
    from xuncha.models import KIND_FIELDS

    by_kind: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_kind.setdefault(record["kind"], []).append(record)
    for kind, rows in by_kind.items():
        fields = [spec.name for spec in KIND_FIELDS[kind]]
        sha = hashlib.sha256(f"synthetic-{kind}-{len(rows)}-{rows[0]['id']}".encode()).hexdigest()
        with store.importing(f"{kind}.xlsx", f"/synthetic/{kind}.xlsx", sha, len(rows)) as writer:
            for start in range(0, len(rows), chunk):
                writer.add_records(kind, [_row(kind, fields, record, start + offset + 2)
                                          for offset, record in enumerate(rows[start:start + chunk])])


def _row(kind: str, fields: list[str], record: dict[str, Any], row_number: int) -> dict[str, Any]:
    raw = {"联系电话": record["phone"]} if record.get("phone") and kind != "cadre" else {}
    row = {name: record.get(name) for name in fields}
    row.update(id=record["id"], village=record["village"], source_file=f"{kind}.xlsx", source_sheet=kind,
               source_row=row_number, row_hash=record["id"], raw=json.dumps(raw, ensure_ascii=False))
    return row


