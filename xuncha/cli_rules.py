"""Provides the ``scan`` and ``villages`` commands: run the rules, show the village risk index."""

from __future__ import annotations

import argparse
import threading

from xuncha.cliutil import CliError, ProgressLine, add_json_option, info, print_json
from xuncha.findings import relinked_text, stranded_text
from xuncha.flags import flag_json
from xuncha.rules.base import SEVERITY_LABELS
from xuncha.rules.params import RulesFileError
from xuncha.rules.text import money
from xuncha.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("scan", help="运行疑点规则并保存疑点（同一疑点多次筛查编号不变）")
    p.add_argument("--rules", metavar="FILE",
                   help="规则参数文件（TOML，逐项覆盖默认值），或内置方案名，如 zhejiang")
    add_json_option(p)
    p.set_defaults(handler=cmd_scan)

    p = subparsers.add_parser("villages", help="各村清廉风险指数及其组成")
    add_json_option(p)
    p.set_defaults(handler=cmd_villages)


def cmd_scan(args: argparse.Namespace, store: Store) -> int:
    from xuncha.scan import run_scan

    progress = ProgressLine("筛查", min_total=0)
    try:
        result = run_scan(store, args.rules, cancel=threading.Event(),
                          on_progress=lambda p: progress.update(p.done, p.total, p.label))
    except RulesFileError as error:
        raise CliError(str(error)) from error
    finally:
        progress.close()
    if args.json:
        print_json([flag_json(flag) for flag in result.flags])
    else:
        _print_scan(result)
    _report_coverage(result)
    return 0


def _print_scan(result) -> None:  # type: ignore[no-untyped-def]
    print(f"筛查完成：{len(result.stats)} 条规则，{len(result.flags)} 条疑点（本次新增 {len(result.new_ids)} 条）")
    if result.relinked:
        print(relinked_text(result.relinked))
    if result.stranded:
        print(f"请重新核看：{stranded_text(result.stranded)}")
    print()
    print("规则\t评估记录\t命中记录\t疑点")
    for stats in result.stats:
        print(f"{stats.name}（{stats.rule}）\t{stats.evaluated}\t{stats.flagged}\t{stats.flags}")
    for flag in result.flags:
        new = " 新" if flag.id in result.new_ids else ""
        amount = f"  涉及 {money(flag.amount)}" if flag.amount else ""
        print()
        severity = SEVERITY_LABELS.get(flag.severity, flag.severity)
        print(f"[{severity}]{new} {flag.title}{amount}  ({flag.rule} {flag.id})")
        for line in flag.detail.splitlines():
            print(f"    {line}")
        for record in flag.records:
            source = record.get("source") or {}
            print(f"    证据：{source.get('file', '?')} / {source.get('sheet', '?')} / 第 {source.get('row', '?')} 行")


def _report_coverage(result) -> None:  # type: ignore[no-untyped-def]
    """Per-rule coverage and >20% warnings go to stderr, so --json stdout stays one document."""
    lines = []
    for stats in result.stats:
        if stats.not_applicable:
            reasons = "、".join(f"{reason} {count}" for reason, count in stats.not_applicable.items())
            skipped = sum(stats.not_applicable.values())
            lines.append(f"  {stats.name}：评估 {stats.evaluated} 条，不适用 {skipped} 条（{reasons}）")
    if lines:
        info("覆盖情况（哪些记录因缺少数据未能判断）：")
        for line in lines:
            info(line)
    for warning in result.warnings:
        info(f"警告：{warning}")
    info(f"参数来源：{'；'.join(str(path) for path in result.sources)}")


def cmd_villages(args: argparse.Namespace, store: Store) -> int:
    from xuncha.risk import FORMULA, risk_json, village_risk

    risks = village_risk(store)
    if args.json:
        print_json([risk_json(risk) for risk in risks])
        return 0
    print("村\t指数\t等级\t疑点（高/中/低）\t涉及金额\t规则种类\t组成")
    for risk in risks:
        counts = "/".join(str(risk.by_severity[s]) for s in ("high", "medium", "low"))
        parts = " + ".join(f"{p.label} {p.value:.4g}÷{p.median:.4g}×{p.weight:g}={p.points:.0f}" for p in risk.parts)
        print(f"{risk.village}\t{risk.score:.0f}\t{risk.level}\t{risk.flags}（{counts}）\t"
              f"{money(risk.amount)}\t{len(risk.rules)}\t{parts}")
    if not risks:
        info("还没有记录；请先导入并运行 xuncha scan")
    info(f"说明：{FORMULA}；中位数为全镇各村的中位数（低于 1 时按 1 计）")
    return 0
