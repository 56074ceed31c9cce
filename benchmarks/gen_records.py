"""Generate a store of synthetic village-accounting records, for benchmarks and UI trials.

The records are written straight through ``Store.importing`` (one batch per
kind), shaped like PERF.md's synthetic data: Zipf-like villages and
companies, lognormal amounts, dates in 2015–2024, some amounts just under
the 10万 tier. Seeded, so the same N gives the same rows. Never commit the
generated database.

    python benchmarks/gen_records.py OUT.db [N]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

from xuncha.models import record_uid, row_hash
from xuncha.store import Store

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
PLACES = ["石桥", "刘家塘", "下庄", "上岙", "东坞", "西岭", "南湖", "北山", "桥埠港", "新塘", "龙井", "梅林"]
WORKS = ["道路硬化", "河道清淤", "文化礼堂修缮", "停车场建设", "路灯安装", "污水管网", "公厕改造", "村委楼维修",
         "山塘加固", "绿化提升", "水渠修复", "桥梁维修", "垃圾房建设", "健身广场", "饮水工程"]
FIRMS = ["宏达", "恒正", "金盛", "华建", "永安", "鑫源", "新城", "信达", "天成", "东方", "和兴", "利民"]
SUFFIXES = ["建设有限公司", "建筑工程有限公司", "建设工程有限责任公司", "市政工程有限公司", "建材经营部"]
PROCUREMENT = ["公开招标", "邀请招标", "竞争性谈判", "直接发包", "询价", ""]
PROJECT_TYPES = ["一事一议", "村级工程", "小微工程"]


def _companies(rng: random.Random, n: int) -> list[str]:
    names = []
    for i in range(n):
        firm = FIRMS[i % len(FIRMS)] + (str(i // len(FIRMS)) if i >= len(FIRMS) else "")
        names.append(f"浙江{firm}{rng.choice(SUFFIXES)}")
    return names


def _zipf(rng: random.Random, items: list[str]) -> str:
    index = min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)
    return items[index]


def _amount(rng: random.Random) -> int:
    if rng.random() < 0.03:
        return rng.randint(9_000_000, 9_990_000)  # just under 10万, in fen
    return int(min(rng.lognormvariate(11.0, 1.2), 5e8) // 100 * 100)


def _date(rng: random.Random) -> dt.date:
    return dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))


def generate(store: Store, n: int, seed: int = 7) -> None:
    """Write about n records across all kinds into the store."""
    rng = random.Random(seed)
    villages = [p + "村" for p in PLACES] + [f"{p}{i}村" for i in range(1, max(1, n // 400)) for p in PLACES[:3]]
    companies = _companies(rng, max(20, n // 50))
    shares = {"payment": 0.6, "contract": 0.15, "project": 0.1, "asset": 0.08, "resource": 0.05, "cadre": 0.02}
    for kind, share in shares.items():
        count = max(1, int(n * share))
        sha = hashlib.sha256(f"{seed}:{kind}:{n}".encode()).hexdigest()
        rows = []
        for i in range(count):
            village = _zipf(rng, villages)
            fields = _fields(rng, kind, village, companies, i)
            raw = {k: "" if v is None else str(v) for k, v in fields.items()}
            rows.append({
                "id": record_uid(sha, kind, i + 2), "village": village, "source_file": f"{kind}.xlsx",
                "source_sheet": kind, "source_row": i + 2, "row_hash": row_hash(raw),
                "raw": json.dumps(raw, ensure_ascii=False), **fields,
            })
        with store.importing(f"{kind}.xlsx", f"/generated/{kind}.xlsx", sha, 0, "bench") as writer:
            sheet = writer.add_sheet(kind, kind, "", 1, {})
            for start in range(0, len(rows), 20_000):
                writer.add_records(kind, rows[start:start + 20_000])
            from xuncha.store import SheetCounts

            writer.finish_sheet(sheet, SheetCounts(imported=len(rows)))


def _fields(rng: random.Random, kind: str, village: str, companies: list[str], i: int) -> dict[str, object]:
    work = f"{village}{rng.choice(WORKS)}"
    company = _zipf(rng, companies)
    if rng.random() < 0.2:
        company = company.replace("浙江", "").replace("有限公司", "（有限公司）")
    date = _date(rng)
    if kind == "project":
        kind_word = rng.choice(PROJECT_TYPES)
        return {"code": f"XM{i:06d}", "name": f"{date.year}年{kind_word}{work}工程", "type": kind_word,
                "contractor": company, "budget": _amount(rng), "amount": _amount(rng), "funding": "财政奖补",
                "decided_on": date - dt.timedelta(days=rng.randint(-20, 60)), "started_on": date,
                "finished_on": date + dt.timedelta(days=rng.randint(20, 200)), "status": "已完工",
                "procurement": rng.choice(PROCUREMENT)}
    if kind == "contract":
        return {"code": f"HT{i:06d}", "title": f"{work}施工合同", "counterparty": company, "amount": _amount(rng),
                "signed_on": date, "started_on": date, "ended_on": date + dt.timedelta(days=180),
                "category": rng.choice(["工程", "采购", "服务", "租赁"]), "procurement": rng.choice(PROCUREMENT),
                "project": None}
    if kind == "payment":
        return {"voucher": f"记-{i % 400:03d}", "date": date, "summary": f"付{work}工程款",
                "account": rng.choice(["在建工程", "管理费用", "公益性支出"]), "direction": "out",
                "amount": _amount(rng), "counterparty": company, "method": rng.choice(["转账", "现金", "银行"]),
                "handler": rng.choice(SURNAMES) + rng.choice(SURNAMES) + "明", "attachments": rng.randint(0, 5),
                "contract": None, "project": None}
    if kind == "asset":
        return {"code": f"ZC{i:06d}", "name": f"{village}{rng.choice(['办公楼', '仓库', '水泵', '电脑', '车辆'])}",
                "category": rng.choice(["房屋", "设备", "车辆"]), "amount": _amount(rng), "acquired_on": date,
                "status": "在用", "location": village, "custodian": rng.choice(SURNAMES) + "会计"}
    if kind == "resource":
        return {"code": f"ZY{i:06d}", "name": f"{village}{rng.choice(['东片耕地', '山林', '鱼塘', '厂房'])}",
                "category": rng.choice(["耕地", "林地", "水面", "厂房"]), "area": round(rng.uniform(1, 300), 1),
                "counterparty": company, "amount": _amount(rng) // 10, "started_on": date,
                "ended_on": date + dt.timedelta(days=365 * rng.randint(1, 35)), "procurement": rng.choice(PROCUREMENT)}
    return {"name": rng.choice(SURNAMES) + rng.choice(SURNAMES) + rng.choice("明华军强平"),
            "position": rng.choice(["村党支部书记", "村委会主任", "村会计", "村委委员"]),
            "phone": f"13{rng.randint(100000000, 999999999)}", "id_no": None, "relatives": None}


def main() -> None:
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    store = Store(out)
    generate(store, n)
    try:
        from xuncha.refresh import after_records_changed

        after_records_changed(store)
    except ImportError as error:
        print(f"skipped the refresh: {error}", file=sys.stderr)
    print(store.counts())


if __name__ == "__main__":
    main()
