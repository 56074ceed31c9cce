"""Measures search: index build time and query latency at 100k and 1M generated records.

usage: python benchmarks/search_speed.py [N ...] [--reps R] [--keep DIR] [--reuse DB]

For each N (default 100000 and 1000000) it generates a township-like data set
(2,500 villages, 8,000 companies written in several spellings, Zipf-like
frequencies; 70 % payments, the rest projects, contracts, resources, assets
and cadres), inserts it with raw sqlite into a fresh store in a temporary
directory, then times

- ``parties.regroup`` and ``search.update_index`` (the full index build),
- an incremental ``update_index`` after one more 1,000-record batch, and a no-op one,
- p50/p95/max latency of ``search.search`` over a fixed query mix (two-character
  terms, long terms, typos, full pinyin, initials, two and three terms,
  filters), each query run R times after one warm-up run,
- as the baseline, ``rapidfuzz.process.extract(q, titles, scorer=fuzz.partial_ratio)``
  over the same records' titles (one string per record), per query.

Nothing is written outside the temporary directory, which is removed at the
end unless --keep is given.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xuncha import parties, search
from xuncha.models import KIND_FIELDS, record_uid
from xuncha.store import Store

_PLACE1 = list("东西南北上下前后大小新老石李王张黄马杨高桥塘山溪湾岭坑坞头口岙沙林竹梅桃柳花金银龙凤")
_PLACE2 = list("家庄村塘湾岭坑头口桥山溪坞岙埠洋田畈圩浦港河湖泉池园里坪垟墩庙店")
_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程")
_GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志海波春梅红文斌德金龙永福")
_PROVINCES = ["浙江", "江苏", "安徽", "江西", "福建", "湖州", "杭州", "绍兴"]
_TRADE = list("宏达华兴盛昌鑫源恒通远大利丰泰永安顺隆信德正鼎新天宇中建诚瑞祥金海宁康")
_INDUSTRY = ["建筑工程", "市政工程", "园林绿化", "水利水电", "装饰工程", "建设", "劳务", "路桥工程",
             "环境工程", "电力工程", "建材", "农业开发", "钢结构", "消防工程", "土石方工程"]
_FORMS = ["有限公司", "有限责任公司", "股份有限公司", "（有限公司）", ""]
_WORKS = ["道路硬化", "村道拓宽", "河道清淤", "饮用水改造", "路灯安装", "文化礼堂建设", "公厕改造",
          "污水管网", "农田水利", "桥梁维修", "党群服务中心装修", "垃圾分类亭建设", "绿化提升", "山塘加固",
          "机耕路修建", "停车场建设", "老年活动中心改造", "防洪堤加固", "沟渠硬化", "村庄亮化",
          "文体广场建设", "危房改造", "自来水管网改造", "农村公路养护", "美丽乡村建设"]
_SUFFIX = ["工程", "工程", "项目", "一期工程", "二期工程", "维修工程", "改造工程", "采购", "服务"]
_TYPES = ["一事一议", "村级工程", "小微工程", "美丽乡村", "农田水利"]
_PROCUREMENT = ["公开招标", "邀请招标", "竞争性谈判", "询价", "直接发包", "村级小额"]
_MEMO = ["支付工程款", "支付进度款", "支付质保金", "预付款", "结算款", "支付材料费", "支付劳务费",
         "支付设计费", "支付监理费", "尾款"]
_RESOURCES = ["耕地", "林地", "水面", "房屋", "厂房", "山林", "鱼塘"]
_ASSETS = ["办公楼", "文化礼堂", "仓库", "农机", "路灯", "监控设备", "办公电脑", "公厕"]

QUERIES = {
    "1-char": ["刘", "桥", "宏"],
    "2-char": ["石桥", "清淤", "路灯", "宏达", "公厕", "刘家"],
    "long": ["一事一议", "道路硬化", "文化礼堂建设", "党群服务中心", "宏达建设有限公司"],
    "typo": ["文化里堂", "道路硬话", "党群服物中心", "污水管綱", "宏达建没"],
    "pinyin": ["hongda", "qingyu", "daolu", "wenhualitang"],
    "initials": ["whlt", "dlyh", "hdqy", "ljss"],
    "two terms": ["项目 一事一议", "清淤 石桥", "宏达 道路硬化", "合同 路灯", "一事一议 2021 >5万"],
}


def _cum(n: int, offset: int) -> list[float]:
    acc, out = 0.0, []
    for k in range(n):
        acc += 1.0 / (k + offset)
        out.append(acc)
    return out


class Universe:
    def __init__(self, seed: int = 7) -> None:
        rng = random.Random(seed)
        villages: set[str] = {"石桥村", "刘家塘村", "吴家道村", "桥埠港村", "马吉村"}
        while len(villages) < 2500:
            villages.add(rng.choice(_PLACE1) + rng.choice(_PLACE1 + _PLACE2[2:])
                         + rng.choice(["", rng.choice(_PLACE2[2:])]) + "村")
        self.villages = sorted(villages)
        rng.shuffle(self.villages)
        self.village_cum = _cum(len(self.villages), 50)
        companies: set[str] = set()
        while len(companies) < 8000:
            companies.add(rng.choice(_TRADE) + rng.choice(_TRADE) + rng.choice(_INDUSTRY))
        self.companies = sorted(companies)
        rng.shuffle(self.companies)
        self.company_cum = _cum(len(self.companies), 20)
        people: set[str] = set()
        while len(people) < 3000:
            people.add(rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice([1, 2]))))
        self.people = sorted(people)

    def company(self, rng: random.Random) -> str:
        core = self.companies[bisect.bisect_left(self.company_cum, rng.random() * self.company_cum[-1])]
        # the same company in the spellings village books use
        return rng.choice(["", "", rng.choice(_PROVINCES)]) + core + rng.choice(_FORMS)

    def village(self, rng: random.Random) -> str:
        return self.villages[bisect.bisect_left(self.village_cum, rng.random() * self.village_cum[-1])]


def _date(rng: random.Random) -> dt.date:
    return dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))


def gen_record(rng: random.Random, u: Universe, kind: str) -> dict:
    village = u.village(rng)
    when = _date(rng)
    work = village + rng.choice(_WORKS) + rng.choice(_SUFFIX)
    amount = int(min(rng.lognormvariate(10.5, 1.2), 9_000_000) * 100)
    if kind == "project":
        kind_type = rng.choice(_TYPES)
        name = f"{when.year}年一事一议财政奖补项目-{work}" if kind_type == "一事一议" and rng.random() < 0.5 else work
        return {"village": village, "code": f"XM{when.year}{rng.randrange(10000):04d}", "name": name, "type": kind_type,
                    "contractor": u.company(rng), "amount": amount, "budget": int(amount * 1.1), "started_on": when,
                    "decided_on": when - dt.timedelta(days=rng.randrange(-10, 60)), "status": "已完工",
                    "procurement": rng.choice(_PROCUREMENT)}
    if kind == "contract":
        return {"village": village, "code": f"HT{when.year}{rng.randrange(100000):05d}", "title": work + "施工合同",
                    "counterparty": u.company(rng), "amount": amount, "signed_on": when, "category": "工程",
                    "procurement": rng.choice(_PROCUREMENT), "project": work}
    if kind == "payment":
        return {"village": village, "voucher": f"记-{rng.randrange(1000):03d}", "date": when,
                    "summary": rng.choice(_MEMO) + ("" if rng.random() < 0.5 else "-" + rng.choice(_WORKS)),
                    "account": "在建工程", "direction": "out", "amount": amount, "counterparty": u.company(rng),
                    "method": rng.choice(["转账", "现金", "银行"]), "handler": rng.choice(u.people)}
    if kind == "resource":
        return {"village": village, "name": village + rng.choice(_RESOURCES), "category": rng.choice(_RESOURCES),
                    "area": round(rng.uniform(1, 200), 1), "counterparty": rng.choice(u.people), "amount": amount // 10,
                    "started_on": when, "ended_on": when + dt.timedelta(days=365 * rng.randrange(1, 30)),
                    "procurement": rng.choice(["公开竞价", "协商", "招标"])}
    if kind == "asset":
        return {"village": village, "code": f"ZC{rng.randrange(100000):05d}", "name": rng.choice(_ASSETS),
                    "category": "固定资产", "amount": amount, "acquired_on": when, "status": "在用", "location": village}
    return {"village": village, "name": rng.choice(u.people), "position": rng.choice(["书记", "主任", "委员", "会计"])}


KIND_MIX = [("payment", 0.70), ("project", 0.12), ("contract", 0.12), ("resource", 0.03), ("asset", 0.02),
            ("cadre", 0.01)]


def build(path: Path, n: int, batches: int = 10, seed: int = 1) -> Store:
    """A fresh store at path with n generated records in ``batches`` import batches."""
    store = Store(path)
    store.close()
    u = Universe()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    per_batch = n // batches
    made = 0
    for b in range(batches):
        count = per_batch if b < batches - 1 else n - made
        _insert_batch(con, u, rng, f"bench-{n}-{b}.xlsx", count)
        made += count
    con.close()
    return Store(path)


def _insert_batch(con: sqlite3.Connection, u: Universe, rng: random.Random, file_name: str, count: int) -> None:
    sha = hashlib.sha256(file_name.encode()).hexdigest()
    with con:
        cur = con.execute("INSERT INTO batch (file_name, file_path, sha256, size, imported_at, imported_by) "
                          "VALUES (?, ?, ?, 0, ?, 'bench')", (file_name, "/bench/" + file_name, sha,
                                                              dt.datetime.now().isoformat(" ")))
        batch_id = cur.lastrowid
        rows: dict[str, list[tuple]] = {k: [] for k, _ in KIND_MIX}
        kinds = [k for k, _ in KIND_MIX]
        cum = list(_cum_weights([w for _, w in KIND_MIX]))
        for i in range(count):
            kind = kinds[bisect.bisect_left(cum, rng.random())]
            fields = gen_record(rng, u, kind)
            raw = {spec.label: str(fields.get(spec.name)) for spec in KIND_FIELDS[kind] if fields.get(spec.name)}
            if rng.random() < 0.05:
                raw["备注"] = rng.choice(["未招标", "已审计", "待验收", "口头协议", "无发票"])
            values = [record_uid(sha, kind, i + 2), batch_id, fields["village"], file_name, kind, i + 2,
                      "h", json.dumps(raw, ensure_ascii=False)]
            values += [_sql(fields.get(spec.name)) for spec in KIND_FIELDS[kind]]
            rows[kind].append(tuple(values))
        for kind, items in rows.items():
            if not items:
                continue
            columns = ["id", "batch_id", "village", "source_file", "source_sheet", "source_row", "row_hash", "raw"]
            columns += [spec.name for spec in KIND_FIELDS[kind]]
            con.executemany(f"INSERT INTO {kind} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                            items)


def _cum_weights(weights: list[float]):
    acc = 0.0
    for w in weights:
        acc += w
        yield acc


def _sql(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(values) - 1)
    return values[f] + (values[c] - values[f]) * (k - f)


def measure(n: int, reps: int, keep: Path | None, reuse: Path | None = None) -> dict:
    workdir = reuse.parent if reuse else Path(tempfile.mkdtemp(prefix="xuncha-bench-", dir=keep))
    db = reuse or workdir / "bench.db"
    result: dict = {"records": n}
    try:
        if reuse:
            store = Store(db)
            search.update_index(store)
            result["records"] = sum(store.counts().values())
        else:
            store = _build_and_index(db, n, result)
        result["db_mb"] = round(sum(f.stat().st_size for f in workdir.glob(db.name + "*")) / 2**20)

        t0 = time.perf_counter()
        search.search(store, "石桥")  # loads the vocabulary and parties once
        result["first_query_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        result["groups"] = _time_queries(lambda q: search.search(store, q, limit=20), reps)

        titles = _titles(db)
        from rapidfuzz import fuzz, process

        result["baseline"] = _time_queries(
            lambda q: process.extract(q, titles, scorer=fuzz.partial_ratio, limit=20), max(1, reps // 3))
        result["hits"] = {q: len(search.search(store, q, limit=20)) for qs in QUERIES.values() for q in qs}
        store.close()
    finally:
        if keep is None and reuse is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return result


def _build_and_index(db: Path, n: int, result: dict) -> Store:
    t0 = time.perf_counter()
    store = build(db, n)
    result["generate_insert_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    parties.regroup(store)
    result["regroup_s"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    report = search.update_index(store)
    result["index_build_s"] = round(time.perf_counter() - t0, 1)
    result["index_grams"] = report.new_grams
    con = sqlite3.connect(db)
    _insert_batch(con, Universe(), random.Random(99), "bench-extra.xlsx", 1000)
    con.close()
    t0 = time.perf_counter()
    search.update_index(store)
    result["incremental_1k_s"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    search.update_index(store)
    result["noop_update_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    return store


def _titles(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    out = []
    for kind, column in (("project", "name"), ("contract", "title"), ("payment", "summary"),
                         ("asset", "name"), ("resource", "name"), ("cadre", "name")):
        out.extend(r[0] or "" for r in con.execute(f"SELECT {column} FROM {kind}"))
    con.close()
    return out


def _time_queries(run, reps: int) -> dict:
    groups: dict[str, list[float]] = {}
    for group, queries in QUERIES.items():
        for query in queries:
            run(query)  # warm-up: caches and the OS page cache
            for _ in range(reps):
                t0 = time.perf_counter()
                run(query)
                groups.setdefault(group, []).append((time.perf_counter() - t0) * 1000)
    every = [x for xs in groups.values() for x in xs]
    out = {g: {"p50": round(statistics.median(xs), 1), "p95": round(_pct(xs, 95), 1), "max": round(max(xs), 1)}
           for g, xs in groups.items()}
    out["all"] = {"p50": round(statistics.median(every), 1), "p95": round(_pct(every, 95), 1),
                  "max": round(max(every), 1)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000, 1_000_000])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build in this directory and keep the database")
    parser.add_argument("--reuse", type=Path, metavar="DB", help="time the queries on a database kept earlier")
    args = parser.parse_args()
    print(f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, pid {os.getpid()}", flush=True)
    for n in [0] if args.reuse else args.sizes:
        result = measure(n, args.reps, args.keep, args.reuse)
        print(json.dumps(result, ensure_ascii=False), flush=True)
        _print_table(result)


def _print_table(result: dict) -> None:
    build_line = (f"build {result['index_build_s']} s (regroup {result['regroup_s']} s, "
                  f"+1k batch {result['incremental_1k_s']} s, no-op {result['noop_update_ms']} ms), "
                  if "index_build_s" in result else "")
    print(f"\n== {result['records']:,} records: {build_line}db {result['db_mb']} MB, "
          f"first query {result['first_query_ms']} ms")
    print(f"{'query group':<12} {'search p50':>10} {'p95':>8} {'max':>8} | {'rapidfuzz p50':>13} {'p95':>8}")
    for group in list(QUERIES) + ["all"]:
        s, b = result["groups"][group], result["baseline"][group]
        print(f"{group:<12} {s['p50']:>10} {s['p95']:>8} {s['max']:>8} | {b['p50']:>13} {b['p95']:>8}")
    print(flush=True)


if __name__ == "__main__":
    main()
