"""Provides the ``xuncha`` command line: the composition root of the application.

This is the one core module allowed to import ``importers`` and ``screens``
(DESIGN.md, layering). Screens are imported inside the commands that open the
application, so that ``xuncha search --json`` never pays for Textual.

Exit status: 0 success, 1 bad input (one line on stderr naming file, sheet,
row and column where there is one), 2 usage errors (argparse).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from sqlalchemy.exc import DBAPIError

from xuncha import cliutil
from xuncha.cliutil import CliError, add_json_option, info, print_json
from xuncha.config import ConfigError
from xuncha.files import OutputPathError, write_private_file
from xuncha.models import KIND_LABELS, record_dict, record_title
from xuncha.rules.params import RulesFileError
from xuncha.store import (
    Store,
    StoreError,
    plain_error_text,
    resolve_path,
    translate_error,
)

# Core modules that contribute commands through register(subparsers).
COMMAND_MODULES = ("xuncha.cli_search", "xuncha.cli_rules", "xuncha.cli_findings")


def sample_data_dir() -> Path:
    """The bundled sample township: beside the package when installed, else in the checkout."""
    packaged = Path(__file__).resolve().parent / "sample_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "sample_data"


# --- commands owned by the entry point -----------------------------------------


def cmd_import(args: argparse.Namespace, store: Store) -> int:
    import importers

    try:
        mapping = importers.load_mapping(Path(args.mapping)) if args.mapping else None
    except importers.ImportFailed as error:
        raise CliError(str(error)) from error
    progress = cliutil.ProgressLine("导入")
    try:
        report = importers.import_paths(
            store, [Path(p) for p in args.paths], village=args.village, mapping=mapping,
            on_progress=lambda p: progress.update(p.done, p.total, p.file),
        )
    finally:
        progress.close()
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.summary_lines():
            print(line)
    failures = report.failures()
    for message in failures:
        info(message)
    for message in _unmatched_mapping_columns(report):
        info(message)
    if report.refresh_problem:
        info(f"xuncha: {report.refresh_problem}")
    return 1 if report.any_failed() or (failures and not report.imported_any()) else 0


def _unmatched_mapping_columns(report) -> list[str]:  # type: ignore[no-untyped-def]
    """The sheet notes that say a mapping file names a column the sheet lacks: never ignored silently."""
    from importers.mapping import UNMATCHED_COLUMNS_NOTE

    lines = []
    for file_report in report.files:
        for sheet in file_report.sheets:
            if not sheet.kind:
                continue  # an unrecognised sheet's whole note is already among the failures
            for part in (sheet.note or "").split("；"):
                if part.startswith(UNMATCHED_COLUMNS_NOTE):
                    lines.append(f"xuncha: 警告：文件 {file_report.file} 工作表 {sheet.sheet}：{part}")
    return lines


def cmd_records(args: argparse.Namespace, store: Store) -> int:
    kind = cliutil.require_kind(args.kind)
    records = store.records(kind=kind, village=args.village)
    if args.json:
        print_json([record_dict(r) for r in records])
        return 0
    for record in records:
        data = record_dict(record)
        source = data["source"]
        print(f"{KIND_LABELS[data['kind']]}\t{data['id']}\t{record.village}\t{record_title(record)}\t"
              f"{source['file']}/{source['sheet']}/第{source['row']}行")
    info(f"共 {len(records)} 条记录")
    return 0


def _remove_batch(args: argparse.Namespace, store: Store) -> int:
    batch = next((b for b in store.batches() if b.id == args.remove), None)
    if batch is None:
        raise CliError(f"没有编号为 {args.remove} 的导入批次")
    from xuncha.findings import batch_evidence_text, findings_on_batch

    records = sum(s.imported for s in store.batch_sheets(batch.id))
    resting = findings_on_batch(store, batch.id)
    store.remove_batch(batch.id)
    _refresh_after_change(store)
    if args.json:
        print_json({"removed": batch.id, "file": batch.file_name, "sha256": batch.sha256, "records": records,
                    "findings": resting})
    info(f"已删除导入批次 {batch.id}（{batch.file_name}）及其 {records} 条记录")
    if resting:
        info(batch_evidence_text(resting))
    # The flags still name the removed rows until the next scan, which also moves the findings of
    # unchanged rows to their clue's new id (a corrected copy imported before the removal).
    info("疑点尚未更新：请运行 xuncha scan 重新筛查；问题清单里原始行未变的问题会自动关联到新的疑点编号")
    return 0


def cmd_batches(args: argparse.Namespace, store: Store) -> int:
    if args.remove is not None:
        return _remove_batch(args, store)
    sheets_by_batch: dict[int, list] = {}
    for sheet in store.batch_sheets():
        sheets_by_batch.setdefault(sheet.batch_id, []).append(sheet)
    batches = store.batches()
    if args.json:
        print_json([
            {
                "id": b.id, "file": b.file_name, "path": b.file_path, "sha256": b.sha256,
                "size": b.size, "imported_at": b.imported_at.isoformat(), "imported_by": b.imported_by,
                "sheets": [
                    {"sheet": s.sheet, "kind": s.kind, "village": s.village, "imported": s.imported,
                     "skipped": s.skipped, "rejected": s.rejected, "warnings": s.warnings, "note": s.note}
                    for s in sheets_by_batch.get(b.id or 0, [])
                ],
            }
            for b in batches
        ])
        return 0
    for b in batches:
        sheets = sheets_by_batch.get(b.id or 0, [])
        total = sum(s.imported for s in sheets)
        print(f"{b.id}\t{b.imported_at:%Y-%m-%d %H:%M}\t{b.file_name}\t{total} 条\t{b.sha256[:12]}")
    if not batches:
        info("还没有导入任何文件")
    return 0


def cmd_backup(args: argparse.Namespace, store: Store) -> int:
    """A consistent copy through SQLite's backup API, safe while the app is running.

    The copy is made in a private file beside the target and moved into place:
    the store itself (or its -wal/-shm) is refused before anything is opened,
    and an existing file is replaced only with --force, and only once the copy is whole.
    """

    def copy_into(temp: Path) -> None:
        source = sqlite3.connect(store.path, timeout=10)
        try:
            destination = sqlite3.connect(temp)
            try:
                with destination:
                    _copy_pages(source, destination, temp)
            finally:
                destination.close()
        finally:
            source.close()

    target = write_private_file(args.path, copy_into, prefix=".xuncha-backup-", store_path=store.path,
                                overwrite=args.force)
    size = target.stat().st_size
    if args.json:
        print_json({"path": str(target), "size": size})
    else:
        info(f"已备份到 {target}（{size} 字节）")
    return 0


def _copy_pages(source: sqlite3.Connection, destination: sqlite3.Connection, temp: Path) -> None:
    """SQLite's backup of every page; a full disk is the backup's, not the store's.

    SQLite says only "database or disk is full": as it stands, the message would name
    the store, which is only read, and send the user to free space on the wrong disk.
    As an OSError on the temporary file it names the backup path the user typed.
    """
    try:
        source.backup(destination)
    except sqlite3.OperationalError as error:
        if "full" in str(error).lower():
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temp)) from error
        raise


def cmd_tui(args: argparse.Namespace, store: Store) -> int:
    from screens.app import run_app

    run_app(store)
    return 0


def cmd_demo(args: argparse.Namespace, store: Store | None) -> int:
    """Load sample_data/ into a fresh temporary store, scan it, open the application."""
    import importers

    # Not at the top: every other command (and the TUI's start-up) would pay for loading the rules.
    from xuncha.scan import run_scan

    workdir = Path(tempfile.mkdtemp(prefix="xuncha-demo-"))
    demo_store = Store(workdir / "demo.db")
    info(f"演示数据库：{demo_store.path}")
    keep = False
    try:
        report = importers.import_paths(demo_store, [sample_data_dir()])
        for line in report.summary_lines():
            info(line)
        result = run_scan(demo_store)
        summary = f"筛查完成：{len(result.stats)} 条规则，{len(result.flags)} 条疑点"
        if args.no_tui:
            # The store is kept, so that the printed path can be opened with the other commands.
            keep = True
            info(f"{summary}（xuncha --db {demo_store.path} scan 查看详情）")
            return 0
        info(summary)  # the store goes with the workbench: no path to point at
        from screens.app import run_app

        run_app(demo_store, demo=True)
        return 0
    finally:
        if not keep:
            # Whatever was imported or noted during the demo must not stay behind in /tmp.
            demo_store.close()
            shutil.rmtree(workdir, ignore_errors=True)


def _refresh_after_change(store: Store) -> None:
    from xuncha.refresh import after_records_changed

    after_records_changed(store)


# --- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = cliutil.ArgumentParser(
        prog="xuncha",
        description="巡察：乡镇纪委、巡察组的离线数据工作台（导入台账、检索、疑点筛查、问题清单）",
    )
    parser.add_argument("--db", metavar="PATH", help="数据库文件路径（默认在用户数据目录；也可用环境变量 XUNCHA_DB）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("tui", help="打开巡察工作台界面")
    p.set_defaults(handler=cmd_tui)

    p = sub.add_parser("demo", help="用自带的示例乡镇数据打开工作台（新用户从这里开始）")
    p.add_argument("--no-tui", action="store_true", help="只导入并筛查，不打开界面")
    p.set_defaults(handler=cmd_demo, needs_store=False)

    p = sub.add_parser("import", help="导入表格文件或文件夹（xlsx、xls、csv）")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件或文件夹")
    p.add_argument("--village", help="村名（表格里没有村名时使用）")
    p.add_argument("--mapping", metavar="FILE", help="列映射文件（TOML：表头 = 字段，另可写 kind、village）")
    add_json_option(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("records", help="列出记录")
    p.add_argument("--kind", help=cliutil.kind_help("记录类型"))
    p.add_argument("--village", help="只列出这个村")
    add_json_option(p)
    p.set_defaults(handler=cmd_records)

    p = sub.add_parser("batches", help="列出导入批次，或删除一个批次及其记录")
    p.add_argument("--remove", type=int, metavar="ID", help="删除这个批次")
    add_json_option(p)
    p.set_defaults(handler=cmd_batches)

    p = sub.add_parser("backup", help="把数据库一致地备份到一个文件（程序运行时也可以）")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    add_json_option(p)
    p.set_defaults(handler=cmd_backup)

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(sub)
    return parser


OS_ERRORS = {
    errno.ENOENT: "文件或文件夹不存在", errno.EACCES: "没有权限", errno.EPERM: "没有权限",
    errno.ENOSPC: "磁盘已满", errno.EROFS: "磁盘是只读的", errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一段不是文件夹", errno.EEXIST: "文件已存在",
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        args.handler = cmd_tui
    try:
        store = None
        if getattr(args, "needs_store", True):
            store = Store.open(args.db)
        return args.handler(args, store)
    except (CliError, StoreError, OutputPathError, RulesFileError, ConfigError) as error:
        info(f"xuncha: {error}")
        return 1
    except BrokenPipeError:  # `xuncha scan | head`: the reader left; not an error of ours
        _silence_stdout()
        return 0
    except OSError as error:  # a path the user gave: missing folder, no permission, disk full
        where = f" {error.filename}" if error.filename else ""
        info(f"xuncha: 无法读写{where}：{OS_ERRORS.get(error.errno or 0, error.strerror or str(error))}")
        return 1
    except (sqlite3.Error, DBAPIError) as error:  # raw sqlite3 connections (search index, backup)
        translated = translate_error(error, resolve_path(args.db))
        info(f"xuncha: {translated or '数据库出错：' + plain_error_text(error)}")
        return 1
    except KeyboardInterrupt:
        info("xuncha: 已中断")
        return 130


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
