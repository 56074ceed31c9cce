"""Removing an import batch from the workbench (总览 → 导入记录 → Delete).

An inspector who imported the wrong file, or a corrected copy beside the old
one (the import names the earlier copy), removes it here instead of on the
command line; the flags are scanned again, and findings on unchanged rows
follow their clue to its new id.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from textual.widgets import DataTable

import importers
from screens.dialogs.confirm import ConfirmDialog
from tests.conftest import SAMPLE_DATA
from tests.tui.conftest import app_on, settle
from xuncha import findings
from xuncha.flags import current_flags

LEASES = "资源发包台账.xlsx"
CORRECTED = "资源发包台账（修正）.xlsx"
NARROW = (80, 24)
FILE_COLUMN = 2
"""The imports table's 文件 column (after 批次 and 导入时间)."""


def batch_row(table: DataTable, file: str) -> int:
    """The table row (newest first) of the batch imported from ``file``."""
    names = [str(table.get_row_at(row)[FILE_COLUMN]) for row in range(table.row_count)]
    return next(row for row, name in enumerate(names) if name == file)


async def press_delete_on(app, pilot, file: str) -> None:
    table = app.screen.query_one("#overview-batches", DataTable)
    table.focus()
    table.move_cursor(row=batch_row(table, file))
    await pilot.pause()
    await pilot.press("delete")
    await pilot.pause()


async def remove_in_app(app, pilot, file: str) -> None:
    """Delete the batch of ``file`` on the overview and confirm, as a user would; wait for the rescan."""
    await settle(app, pilot)
    await press_delete_on(app, pilot, file)
    await pilot.press("tab", "enter")  # 取消 has the focus; Tab moves to 删除
    await settle(app, pilot)


def corrected_leases(folder: Path) -> Path:
    """The lease ledger saved again under another name, with only its title changed."""
    book = openpyxl.load_workbook(SAMPLE_DATA / LEASES)
    sheet = book.active
    sheet.cell(1, 1).value = f"{sheet.cell(1, 1).value}（修正）"
    path = folder / CORRECTED
    book.save(path)
    return path


async def test_delete_on_the_imports_table_asks_first_and_escape_keeps_the_batch(sample_store) -> None:
    batches = len(sample_store.batches())
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        app.screen.query_one("#overview-villages", DataTable).focus()
        await pilot.pause()
        assert not app.screen.check_action("remove_batch", ())  # Delete means nothing on the villages
        await press_delete_on(app, pilot, LEASES)

        assert isinstance(app.screen, ConfirmDialog)
        assert LEASES in app.screen.message and "问题清单" in app.screen.message
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(sample_store.batches()) == batches
        await press_delete_on(app, pilot, LEASES)
        await pilot.press("enter")  # straight away, out of habit: the focus is on 取消
        await settle(app, pilot)

        assert len(sample_store.batches()) == batches


async def test_a_confirmed_delete_removes_the_batch_and_scans_again(sample_store) -> None:
    leases = {flag.id for flag in current_flags(sample_store)
              if any(ref["source"]["file"] == LEASES for ref in flag.records)}
    assert leases  # the sample plants lease problems
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await remove_in_app(app, pilot, LEASES)

        assert LEASES not in {batch.file_name for batch in sample_store.batches()}
        assert not sample_store.records("resource")
        assert not leases & {flag.id for flag in current_flags(sample_store)}
        table = app.screen.query_one("#overview-batches", DataTable)
        assert LEASES not in {str(table.get_row_at(row)[FILE_COLUMN]) for row in range(table.row_count)}
        assert any(n.title == "删除导入批次" and LEASES in str(n.message) for n in app._notifications)


async def test_removing_the_old_copy_moves_the_findings_to_the_corrected_files_flags(sample_store,
                                                                                     tmp_path: Path) -> None:
    flag = next(flag for flag in current_flags(sample_store) if flag.rule == "resource_lease")
    finding = findings.add_from_flag(sample_store, flag.id, by="张三")
    importers.import_paths(sample_store, [corrected_leases(tmp_path)])
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await remove_in_app(app, pilot, LEASES)

        moved = findings.get_finding(sample_store, finding.id)
        assert moved.flag_id != flag.id
        [ref] = next(f for f in current_flags(sample_store) if f.id == moved.flag_id).records
        assert ref["source"]["file"] == CORRECTED
        assert any("已自动关联到新的疑点" in str(n.message) for n in app._notifications)


async def test_the_confirmation_names_the_findings_whose_evidence_the_batch_holds(sample_store) -> None:
    """An inspector learnt which findings lost their rows only from the notice after the removal."""
    lease_flags = [flag for flag in current_flags(sample_store) if flag.rule == "resource_lease"]
    first = findings.add_from_flag(sample_store, lease_flags[0].id, by="张三")
    second = findings.add_from_flag(sample_store, lease_flags[1].id, by="张三")
    other = next(flag for flag in current_flags(sample_store) if flag.rule == "split_contract")
    findings.add_from_flag(sample_store, other.id, by="张三")  # rests on another file
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await press_delete_on(app, pilot, LEASES)
        assert isinstance(app.screen, ConfirmDialog)
        message = app.screen.message.replace(" ", "")
        assert f"问题{first.id}、{second.id}的证据来自这个批次，删除后显示为“原始记录缺失”" in message
        await pilot.press("escape")


def test_cli_removal_names_the_findings_resting_on_the_batch(sample_store, capsys) -> None:
    from xuncha import cli

    flag = next(flag for flag in current_flags(sample_store) if flag.rule == "resource_lease")
    finding = findings.add_from_flag(sample_store, flag.id, by="张三")
    batch = next(b for b in sample_store.batches() if b.file_name == LEASES)
    assert cli.main(["--db", str(sample_store.path), "batches", "--remove", str(batch.id), "--json"]) == 0
    captured = capsys.readouterr()
    assert '"findings": [' in captured.out and str(finding.id) in captured.out
    assert f"问题 {finding.id} 的证据来自这个批次" in captured.err
