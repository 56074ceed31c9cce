"""Provides the ``findings`` and ``export`` commands: the notebook on the command line.

    xuncha findings list [--status S] [--village V] [--rule R] [--json]
    xuncha findings show ID [--json]
    xuncha findings add --from-flag FLAG_ID
    xuncha findings add --title T --village V [--severity S] [--amount YUAN] [--evidence ID ...] [--note N]
    xuncha findings status ID STATUS [--note N]      (open/confirmed/dismissed/referred or 待核实…)
    xuncha findings note ID TEXT
    xuncha findings edit ID [--title T] [--village V] [--severity S] [--amount YUAN] [--detail D]
    xuncha findings attach ID RECORD_ID...
    xuncha findings dismiss FLAG_ID REASON
    xuncha findings export-bundle FILE [--force] [--json]
    xuncha findings import-bundle FILE [--json]
    xuncha findings whoami [NAME] [--json]
    xuncha export OUT.xlsx [--mask] [--force] [--json]

Output files are never the store itself, and an existing file is replaced only with --force.
"""

from __future__ import annotations

import argparse
from typing import Any

from xuncha import config, findings
from xuncha.cliutil import CliError, add_json_option, info, print_json
from xuncha.findings import MANUAL, MANUAL_LABEL, STATUSES, Finding, FindingError
from xuncha.money import format_yuan
from xuncha.store import Store


def _rule_names() -> dict[str, str]:
    from xuncha.rules import rule_names

    return rule_names()


def _rule_label(rule: str, names: dict[str, str]) -> str:
    return MANUAL_LABEL if rule == MANUAL else names.get(rule, rule)


def _amount(text: str | None) -> int | None:
    return findings.parse_yuan(text) if text is not None else None


def _require(store: Store, finding_id: int) -> Finding:
    found = findings.get_finding(store, finding_id)
    if found is None:
        raise CliError(f"没有编号为 {finding_id} 的问题（xuncha findings list 列出全部）")
    return found


def _print_finding_line(f: Finding, names: dict[str, str], problems: str = "") -> None:
    amount = format_yuan(f.amount) or "-"
    print(f"{f.id}\t{f.status_label}\t{f.village}\t{_rule_label(f.rule, names)}\t{amount}\t{f.title}{problems}")


def _done(args: argparse.Namespace, store: Store, finding: Finding, message: str) -> int:
    if args.json:
        print_json(findings.finding_json(finding))
    else:
        info(message)
    return 0


# --- handlers ------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, store: Store) -> int:
    items = findings.list_findings(store, status=getattr(args, "status", None),
                                   village=getattr(args, "village", None), rule=getattr(args, "rule", None))
    views = findings.evidence_by_finding(store, items)
    if getattr(args, "json", False):
        print_json([findings.finding_json(f) | {"evidence_summary": findings.evidence_summary(views[f.uid])}
                    for f in items])
        return 0
    names = _rule_names()
    for f in items:
        summary = findings.evidence_summary(views[f.uid])
        bad = summary["changed"] + summary["missing"]
        _print_finding_line(f, names, f"　（{bad} 条证据已变更或缺失）" if bad else "")
    info(f"共 {len(items)} 条问题")
    return 0


def cmd_show(args: argparse.Namespace, store: Store) -> int:
    f = _require(store, args.id)
    events = findings.history(store, args.id)
    views = findings.evidence(store, args.id)
    if args.json:
        print_json(findings.finding_json(f, evidence=views, history=events))
        return 0
    names = _rule_names()
    print(f"问题 {f.id}：{f.title}")
    for label, value in [
        ("村(社区)", f.village), ("问题类型", _rule_label(f.rule, names)), ("风险等级", f.severity_label),
        ("涉及金额", f"{format_yuan(f.amount)} 元" if f.amount is not None else "-"),
        ("状态", f.status_label), ("发现人", f.created_by), ("创建时间", findings.stamp(f.created_at)),
        ("更新", f"{findings.stamp(f.updated_at)} {f.updated_by}"), ("疑点编号", f.flag_id or "-"),
    ]:
        print(f"  {label}：{value}")
    if f.detail:
        print("  问题描述：")
        for line in f.detail.splitlines():
            print(f"    {line}")
    if f.notes:
        print("  备注：")
        for line in f.notes.splitlines():
            print(f"    {line}")
    print(f"证据（{len(views)} 条）：")
    for view in views:
        state = "" if view.status == "ok" else f"　【{view.status_label}】"
        print(f"  {view.record_id}\t{view.source_text}{state}")
    print("历史：")
    for event in events:
        print(f"  {findings.stamp(event.at)}\t{event.by}\t{findings.event_text(event)}")
    return 0


def cmd_add(args: argparse.Namespace, store: Store) -> int:
    if args.from_flag:
        if args.title or args.evidence:
            raise CliError("--from-flag 不能与 --title、--evidence 同时使用")
        f = findings.add_from_flag(store, args.from_flag)
        if args.note:
            f = findings.add_note(store, f.id, args.note)  # type: ignore[arg-type]
        return _done(args, store, f, f"问题 {f.id}：{f.title}（来自疑点 {args.from_flag}）")
    if not args.title or not args.village:
        raise CliError("手工录入问题需要 --title 和 --village（或用 --from-flag 从疑点加入）")
    f = findings.add_manual(store, title=args.title, village=args.village, severity=args.severity,
                            amount_fen=_amount(args.amount), evidence=args.evidence or [],
                            notes=args.note or "", detail=args.detail or "")
    return _done(args, store, f, f"已新增问题 {f.id}：{f.title}")


def cmd_status(args: argparse.Namespace, store: Store) -> int:
    _require(store, args.id)
    f = findings.set_status(store, args.id, args.status, note=args.note)
    return _done(args, store, f, f"问题 {f.id} 状态：{f.status_label}")


def cmd_note(args: argparse.Namespace, store: Store) -> int:
    _require(store, args.id)
    f = findings.add_note(store, args.id, args.text)
    return _done(args, store, f, f"已为问题 {f.id} 添加备注")


def cmd_edit(args: argparse.Namespace, store: Store) -> int:
    _require(store, args.id)
    f = findings.update(store, args.id, title=args.title, severity=args.severity,
                        amount_fen=_amount(args.amount), village=args.village, detail=args.detail)
    return _done(args, store, f, f"已修改问题 {f.id}")


def cmd_attach(args: argparse.Namespace, store: Store) -> int:
    _require(store, args.id)
    f = findings.add_evidence(store, args.id, args.record_ids)
    return _done(args, store, f, f"已为问题 {f.id} 添加证据")


def cmd_dismiss(args: argparse.Namespace, store: Store) -> int:
    f = findings.dismiss_flag(store, args.flag_id, args.reason)
    return _done(args, store, f, f"已排除疑点 {args.flag_id}（问题 {f.id}）")


def cmd_export_bundle(args: argparse.Namespace, store: Store) -> int:
    from xuncha.bundle import export_bundle

    path = export_bundle(store, args.file, overwrite=args.force)
    count = len(findings.list_findings(store))
    if args.json:
        print_json({"path": str(path), "findings": count})
    else:
        info(f"已导出 {count} 条问题到 {path}（在另一台电脑上用 xuncha findings import-bundle 合并）")
    return 0


def cmd_import_bundle(args: argparse.Namespace, store: Store) -> int:
    from xuncha.bundle import BundleError, import_bundle

    try:
        report = import_bundle(store, args.file)
    except BundleError as error:
        raise CliError(str(error)) from None
    if args.json:
        print_json(report.to_json())
        return 0
    print(report.summary())
    for conflict in report.conflicts:
        label = findings.FIELD_LABELS.get(conflict.field, conflict.field)
        local, remote = conflict.local, conflict.remote
        if conflict.field == "status":
            local, remote = STATUSES.get(local or "", local), STATUSES.get(remote or "", remote)
        print(f"冲突：问题 {conflict.finding_id}「{conflict.title}」的{label}：本机 {local or '空'}，"
              f"对方 {remote or '空'}；已保留本机的值并记入历史")
    return 0


def cmd_whoami(args: argparse.Namespace, store: Store | None) -> int:
    if args.name is not None:
        if not args.name.strip():
            raise CliError("姓名不能为空")
        config.save_setting("inspector", args.name.strip())
        if args.json:
            print_json({"name": args.name.strip(), "config": str(config.config_file())})
        else:
            info(f"已设置检查人：{args.name.strip()}（保存在 {config.config_file()}）")
        return 0
    name = config.inspector_name()
    if args.json:
        print_json({"name": name})
    else:
        print(name)
    return 0


def cmd_export(args: argparse.Namespace, store: Store) -> int:
    from xuncha.export import write_findings_workbook

    path = write_findings_workbook(store, args.out, mask=args.mask, overwrite=args.force)
    count = len(findings.list_findings(store))
    if args.json:
        print_json({"path": str(path), "findings": count, "masked": args.mask})
    else:
        info(f"已导出问题清单（{count} 条）到 {path}" + ("，身份证号和电话号码已掩码" if args.mask else ""))
    return 0


def _guard(handler: Any) -> Any:
    """Turn the notebook's input errors into the CLI's one-line errors (exit status 1)."""

    def run(args: argparse.Namespace, store: Store) -> int:
        try:
            return handler(args, store)
        except FindingError as error:
            raise CliError(str(error)) from None

    run.__name__ = handler.__name__
    return run


# --- parser --------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    statuses = "、".join(f"{k}（{v}）" for k, v in STATUSES.items())
    parser = subparsers.add_parser("findings", help="问题清单：列出、新增、改状态、备注，多台电脑合并")
    parser.set_defaults(handler=_guard(cmd_list), json=False)
    sub = parser.add_subparsers(dest="findings_command", metavar="SUBCOMMAND")

    p = sub.add_parser("list", help="列出问题")
    p.add_argument("--status", help=f"只列出这个状态：{statuses}")
    p.add_argument("--village", help="只列出这个村")
    p.add_argument("--rule", help="只列出这个规则（规则编号，或 manual 表示手工录入）")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_list))

    p = sub.add_parser("show", help="显示一个问题：字段、证据及其核对状态、历史")
    p.add_argument("id", type=int, metavar="ID")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_show))

    p = sub.add_parser("add", help="新增问题：从疑点加入（--from-flag），或手工录入")
    p.add_argument("--from-flag", metavar="FLAG_ID", help="把这个疑点加入问题清单（同一疑点只会加入一次）")
    p.add_argument("--title", help="问题标题（手工录入）")
    p.add_argument("--village", help="村(社区)（手工录入）")
    p.add_argument("--severity", default="medium", help="风险等级：high/medium/low 或 高/中/低（默认 medium）")
    p.add_argument("--amount", metavar="YUAN", help="涉及金额，单位元，例如 12500.00 或 1.25万")
    p.add_argument("--evidence", nargs="+", metavar="RECORD_ID", help="证据记录编号（xuncha records 可查）")
    p.add_argument("--detail", help="问题描述")
    p.add_argument("--note", help="备注")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_add))

    p = sub.add_parser("status", help=f"修改问题状态：{statuses}")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("status", metavar="STATUS", help=statuses)
    p.add_argument("--note", help="说明（记入备注）")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_status))

    p = sub.add_parser("note", help="给问题添加一条备注（带时间和检查人）")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("text", metavar="TEXT")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_note))

    p = sub.add_parser("edit", help="修改问题的标题、村、风险等级、金额或描述")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--title", help="问题标题")
    p.add_argument("--village", help="村(社区)")
    p.add_argument("--severity", help="high/medium/low 或 高/中/低")
    p.add_argument("--amount", metavar="YUAN", help="涉及金额，单位元")
    p.add_argument("--detail", help="问题描述")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_edit))

    p = sub.add_parser("attach", help="给问题添加证据记录")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("record_ids", nargs="+", metavar="RECORD_ID")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_attach))

    p = sub.add_parser("dismiss", help="排除一个疑点并写明理由（重新筛查后仍为已排除）")
    p.add_argument("flag_id", metavar="FLAG_ID")
    p.add_argument("reason", metavar="REASON")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_dismiss))

    p = sub.add_parser("export-bundle", help="把问题清单导出为交换文件，带到另一台电脑合并")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_export_bundle))

    p = sub.add_parser("import-bundle", help="合并另一台电脑导出的交换文件（可重复导入；冲突会报告）")
    p.add_argument("file", metavar="FILE")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_import_bundle))

    p = sub.add_parser("whoami", help="显示或设置检查人姓名（写入问题和历史）")
    p.add_argument("name", nargs="?", metavar="NAME")
    add_json_option(p)
    p.set_defaults(handler=cmd_whoami, needs_store=False)

    p = subparsers.add_parser("export", help="导出问题清单 Excel 工作簿（问题清单、证据、各规则疑点、导入异常、说明）")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--mask", action="store_true", help="对身份证号、电话号码做掩码（保留首尾数字）")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    add_json_option(p)
    p.set_defaults(handler=_guard(cmd_export))
