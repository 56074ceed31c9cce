"""Measures the whole import against the raw speed of the readers.

Generates a workbook shaped like PERF.md's data (15 columns: 序号, 年度, 乡镇,
村名, 凭证号, 合同编号, 项目名称, 项目类别, 对方单位, 合同金额, 签订日期, 付款金额,
付款日期, 经办人, 摘要) in a temporary directory, then, each in its own
process so that peak memory is measured per step:

- reads it with python-calamine (every cell touched),
- reads it with openpyxl read-only,
- imports it with ``importers.import_paths`` into a fresh store (parse, map,
  store, index, and the refresh of counterparties), and prints how long each
  step of the import took (``STEPS``).

Usage::

    python benchmarks/import_speed.py                 # 100k rows
    python benchmarks/import_speed.py --rows 1000000 --skip-openpyxl
    python benchmarks/import_speed.py --keep DIR      # keep the workbook and the store
    python benchmarks/import_speed.py --no-refresh    # the importer alone, without the index refresh

The goal (issue 2): the whole import runs at no less than half of calamine's
raw read speed, and a 1M-row file imports with a peak RSS under 1.5 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADERS = ["序号", "年度", "乡镇", "村名", "凭证号", "合同编号", "项目名称", "项目类别", "对方单位",
           "合同金额", "签订日期", "付款金额", "付款日期", "经办人", "摘要"]
WORKS = ["道路硬化", "路灯亮化", "山塘清淤", "文化礼堂改造", "河道护岸", "污水管网", "垃圾分类亭",
         "村道拓宽", "绿化提升", "公厕改造", "停车场平整", "围墙修缮", "机耕路修复", "排水沟", "桥梁维修"]
KINDS = ["一事一议", "村级工程", "小微工程", "采购", "服务"]
FIRMS = ["浙江宏达建设有限公司", "湖州市安通市政工程有限公司", "安吉县青松园林绿化工程有限公司",
         "湖州明亮电器经营部", "浙江天顺水利建设有限公司", "安吉县恒信建筑工程有限公司"]
PEOPLE = ["陈丽萍", "王建明", "沈国华", "刘志刚", "方卫国", "胡建华"]


def generate(path: Path, rows: int) -> float:
    """Write the benchmark workbook with openpyxl's streaming writer; returns seconds."""
    from openpyxl import Workbook

    started = time.perf_counter()
    rng = random.Random(20240501)
    villages = [f"{a}{b}村" for a in "石桥刘家吴马青东西南北" for b in "塘港埠山头"]
    firms = FIRMS + [f"安吉县{rng.choice('东南西北中')}{i}建材经营部" for i in range(2000)]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(HEADERS)
    base = dt.date(2021, 1, 1)
    for i in range(1, rows + 1):
        village = villages[i % len(villages)]
        signed = base + dt.timedelta(days=rng.randrange(1000))
        paid = signed + dt.timedelta(days=rng.randrange(90))
        amount = round(rng.uniform(500, 400_000), 2)
        sheet.append([
            i, signed.year, "青山镇", village, f"记-{i % 97 + 1}", f"HT-{signed.year}-{i:07d}",
            f"{village}{rng.choice(WORKS)}工程", rng.choice(KINDS), rng.choice(firms), amount,
            signed, round(amount * rng.choice((0.3, 0.5, 1.0)), 2), paid, rng.choice(PEOPLE),
            f"支付{rng.choice(WORKS)}工程款",
        ])
    book.save(path)
    return time.perf_counter() - started


# --- phases, each run in a child process -------------------------------------------------------


def phase_calamine(path: Path) -> dict:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_index(0)
    rows = cells = 0
    for row in sheet.iter_rows():
        rows += 1
        cells += sum(1 for value in row if value != "")
    return {"seconds": time.perf_counter() - started, "rows": rows - 1, "cells": cells}


def phase_openpyxl(path: Path) -> dict:
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    rows = cells = 0
    for row in sheet.iter_rows(values_only=True):
        rows += 1
        cells += sum(1 for value in row if value is not None)
    book.close()
    return {"seconds": time.perf_counter() - started, "rows": rows - 1, "cells": cells}


# Steps of the import timed on their own: (label, module, attribute path).
STEPS = [
    ("打开文件（含安全检查）", "importers.pipeline", "open_workbook"),
    ("读入工作表（calamine）", "importers.readers", "CalamineSheet.load"),
    ("逐行解析、入库、切词", "importers.pipeline", "_FileImporter._import_rows"),
    ("写检索索引", "xuncha.search_index", "ImportIndexer.finish"),
    ("重建索引、提交事务", "xuncha.store", "Store.importing"),
    ("刷新（往来单位、检索）", "xuncha.refresh", "after_records_changed"),
]


def _time_steps(timings: dict[str, float], skip_refresh: bool) -> None:
    """Wrap each step of STEPS so that its time adds up in ``timings`` (label -> seconds)."""
    import contextlib
    import functools
    import importlib

    for label, module_name, attribute in STEPS:
        owner: object = importlib.import_module(module_name)
        *parents, name = attribute.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        original = getattr(owner, name)
        if label.startswith("重建索引"):
            # the context manager's exit is the commit: time from the writer's end to the return
            @contextlib.contextmanager
            def importing(*args, _original=original, _label=label, **kwargs):
                with _original(*args, **kwargs) as writer:
                    yield writer
                    t0 = time.perf_counter()
                timings[_label] = timings.get(_label, 0.0) + time.perf_counter() - t0
            setattr(owner, name, importing)
            continue

        @functools.wraps(original)
        def timed(*args, _original=original, _label=label, **kwargs):
            t0 = time.perf_counter()
            try:
                if _label.startswith("刷新") and skip_refresh:
                    return None
                return _original(*args, **kwargs)
            finally:
                timings[_label] = timings.get(_label, 0.0) + time.perf_counter() - t0
        setattr(owner, name, timed)


def phase_import(path: Path, db: Path, skip_refresh: str = "") -> dict:
    sys.path.insert(0, str(REPO))
    import importers
    from xuncha.store import Store

    store = Store(db)
    timings: dict[str, float] = {}
    _time_steps(timings, bool(skip_refresh))
    started = time.perf_counter()
    report = importers.import_paths(store, [path])
    seconds = time.perf_counter() - started
    files = report.to_json()["files"]
    sheet = files[0]["sheets"][0] if files and files[0]["sheets"] else {}
    return {"seconds": seconds, "rows": report.records_imported(), "status": files[0]["status"],
            "message": files[0]["message"], "kind": sheet.get("kind"), "steps": timings,
            "refresh_seconds": timings.get(STEPS[-1][0]), "db_mb": db.stat().st_size / 2**20}


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def run_child(args: list[str]) -> dict:
    output = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="write into DIR and keep the files")
    parser.add_argument("--skip-openpyxl", action="store_true", help="skip the (slow) openpyxl read")
    parser.add_argument("--no-refresh", action="store_true",
                        help="leave out the counterparty/search refresh (to measure the importer alone)")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        name, *rest = args.phase
        phases = {"calamine": phase_calamine, "openpyxl": phase_openpyxl, "import": phase_import}
        paths = [Path(p) for p in rest[:2]]
        result = phases[name](*paths, *rest[2:])
        result["peak_rss_mb"] = _peak_rss_mb()
        print(json.dumps(result, ensure_ascii=False))
        return 0

    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="xuncha-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"bench_{args.rows}.xlsx"
    db = workdir / f"bench_{args.rows}.db"
    for stale in (db, db.with_suffix(".db-wal"), db.with_suffix(".db-shm")):
        stale.unlink(missing_ok=True)
    if not path.exists():
        seconds = generate(path, args.rows)
        print(f"生成 {args.rows:,} 行工作簿：{seconds:.1f} s，{path.stat().st_size / 2**20:.1f} MB（{path}）")
    results = {"calamine": run_child(["--phase", "calamine", str(path)])}
    if not args.skip_openpyxl:
        results["openpyxl"] = run_child(["--phase", "openpyxl", str(path)])
    results["import"] = run_child(["--phase", "import", str(path), str(db)] + (["skip"] if args.no_refresh else []))

    print(f"\n{'步骤':<22}{'秒':>8}{'行/秒':>12}{'峰值内存 MB':>14}")
    for name, label in (("calamine", "calamine 只读取"), ("openpyxl", "openpyxl 只读取"),
                        ("import", "完整导入（含刷新）")):
        if name in results:
            r = results[name]
            print(f"{label:<18}{r['seconds']:>10.2f}{r['rows'] / r['seconds']:>12,.0f}{r['peak_rss_mb']:>14,.0f}")
    imp = results["import"]
    ratio = (imp["rows"] / imp["seconds"]) / (results["calamine"]["rows"] / results["calamine"]["seconds"])
    refresh = imp["refresh_seconds"] or 0.0
    own = imp["seconds"] - refresh
    steps = imp["steps"]
    print("\n完整导入的各步骤（秒）：")
    for label, _, _ in STEPS:
        print(f"  {steps.get(label, 0.0):6.2f}  {label}")
    print(f"  {imp['seconds'] - sum(steps.values()):6.2f}  其他（文件哈希、报告等）")
    own_ratio = (imp["rows"] / own) / (results["calamine"]["rows"] / results["calamine"]["seconds"])
    print(f"\n导入 {imp['rows']:,} 条（{imp['kind']}，{imp['status']}）；数据库 {imp['db_mb']:.0f} MB")
    print(f"完整导入速度 / calamine 读取速度 = {ratio:.2f}（目标 ≥ 0.50）；不含刷新 = {own_ratio:.2f}")
    if not args.keep:
        for leftover in workdir.iterdir():
            leftover.unlink()
        workdir.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
