"""Fixes from the sixth QA pass: a new inspector's day in the workbench (import, flags, notebook,
export, then a corrected ledger replacing the old one), at 80×24 and 120×36."""

from __future__ import annotations

from textual.widgets import DataTable

from tests.tui.conftest import app_on, open_page, settle, tables_settled

NARROW, WIDE = (80, 24), (120, 36)


def drawn_row(table: DataTable, y: int) -> str:
    """Line ``y`` of the table as the screen shows it (header is line 0)."""
    return table.render_line(y).text


async def test_flags_table_keeps_its_column_widths_when_drawn_before_it_measured_its_rows(sample_store) -> None:
    """After a 记为问题 or 排除, the flags table is filled again; when the screen painted it before the
    table measured the new rows, the cells stayed cut to the header widths ("石", "“石", "156,000.")
    until the terminal was resized."""
    from screens.flags import FlagsScreen

    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_page(app, pilot, "5")
        assert isinstance(screen, FlagsScreen)
        await tables_settled(app, pilot)
        table = screen.query_one("#flags-table", DataTable)
        screen._fill_table()
        drawn_row(table, 1)  # a paint before the table's idle measured the rows
        for _ in range(5):
            await pilot.pause()
        first = screen._shown[0]
        line = drawn_row(table, 1)
        assert first.village in line, line
        assert line.rstrip().endswith(f"{first.amount / 100:,.2f}"), line


# --- the import names the earlier copy in full, and says where to remove it -------------------------


async def test_import_of_a_corrected_copy_says_in_full_which_batch_to_remove_and_where(sample_store,
                                                                                      tmp_path) -> None:
    """The note ("其中 N 行与批次 6…相同…请删除旧批次") was in the 说明 column, cut to 50 cells and
    right of the screen's edge at 80 and at 120 columns; the toast only said "（见说明）"."""
    from textual.widgets import Static

    from tests.tui.conftest import import_in_app
    from tests.tui.test_remove_batch import LEASES, corrected_leases

    old = next(batch.id for batch in sample_store.batches() if batch.file_name == LEASES)
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await import_in_app(app, pilot, corrected_leases(tmp_path))
        summary = screen.query_one("#import-summary", Static)
        text = str(summary.render()).replace(" ", "")
        assert f"与批次{old}（{LEASES}）中的行完全相同" in text
        assert "按1到「总览」" in text and f"选中批次{old}按Delete删除旧批次" in text
        # Wrapped in the pane, not cut: every word of it is drawn.
        drawn = "".join(summary.render_line(y).text.strip() for y in range(summary.size.height))
        assert "按Delete删除旧批次" in drawn.replace(" ", "")
        toast = next(str(n.message) for n in app._notifications if n.title == "导入完成")
        assert f"批次 {old}" in toast and "「总览」" in toast


# --- the overview's imports table shows the batch number the messages use ----------------------------


async def test_overview_imports_table_shows_the_batch_number_and_how_to_remove_one(sample_store) -> None:
    from textual.widgets import Static

    from tests.tui.conftest import cell_text

    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#overview-batches", DataTable)
        newest = max(sample_store.batches(), key=lambda b: b.id)
        assert cell_text(table, 0, 0).strip() == str(newest.id)
        assert cell_text(table, 0, 2) == newest.file_name[:25] or newest.file_name.startswith(
            cell_text(table, 0, 2).rstrip("…"))
        hint = str(app.screen.query_one("#overview-rejected", Static).render())
        assert "Delete" in hint and "Tab" in hint


# --- the notebook edits a finding's title, village, severity, amount and description -----------------


async def open_notebook(app, pilot):
    from screens.notebook import NotebookScreen

    screen = await open_page(app, pilot, "6")
    assert isinstance(screen, NotebookScreen)
    await tables_settled(app, pilot)
    return screen


async def open_edit_dialog(app, pilot) -> None:
    """The notebook (page 6) with c pressed on its highlighted finding."""
    await open_notebook(app, pilot)
    await pilot.press("c")
    await pilot.pause()


async def test_a_manual_finding_can_be_completed_in_the_notebook(sample_store) -> None:
    """m made a finding with a title only: no village, no amount, no description, and no key to add
    them, so the exported 问题清单 had empty 村(社区) and 涉及金额 cells for it."""
    from textual.widgets import Input, TextArea

    from screens.dialogs.finding import FindingEditDialog
    from xuncha import findings

    finding = findings.add_manual(sample_store, title="文化礼堂工程未经村民代表会议决策", village="", by="张三")
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_notebook(app, pilot)
        assert screen._current_id() == finding.id
        await pilot.press("c")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FindingEditDialog)
        # The whole dialog fits at 80×24: its 保存 button is on screen.
        save = dialog.query_one("#ok")
        assert save.region.bottom <= 24 and save.region.height > 0
        await pilot.press("tab")  # 标题 -> 村(社区)
        for key in "石桥村":
            await pilot.press(key)
        await pilot.press("tab", "tab")  # -> 风险等级 -> 金额
        assert app.focused is dialog.query_one("#edit-amount", Input)
        for key in "6.8万":
            await pilot.press(key)
        dialog.query_one("#edit-detail", TextArea).text = "2021年文化礼堂改造，开工前没有村民代表会议记录。"
        await pilot.press("enter")  # in an input: 保存
        await settle(app, pilot)

        saved = findings.get_finding(sample_store, finding.id)
        assert (saved.village, saved.amount, saved.title) == ("石桥村", 6_800_000, "文化礼堂工程未经村民代表会议决策")
        assert saved.detail.startswith("2021年文化礼堂改造")
        assert {e.field for e in findings.history(sample_store, finding.id) if e.field} >= {"village", "amount", "detail"}
        assert any("已修改第" in str(n.message) and "涉及金额" in str(n.message) for n in app._notifications)
        assert screen.query_one("#notebook-table", DataTable).get_row_at(0)[1].plain.startswith("石桥村")


async def test_the_edit_dialog_refuses_a_bad_amount_and_an_empty_title_and_keeps_the_finding(sample_store) -> None:
    from textual.widgets import Input, Static

    from screens.dialogs.finding import FindingEditDialog
    from xuncha import findings
    from xuncha.flags import current_flags

    flag = current_flags(sample_store)[0]
    finding = findings.add_from_flag(sample_store, flag.id, by="张三")
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await open_edit_dialog(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, FindingEditDialog)
        title = dialog.query_one("#edit-title", Input)
        assert title.value == finding.title and title.cursor_position == 0  # the start in view, nothing selected
        dialog.query_one("#edit-amount", Input).value = "12.8万x"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "不是一个数" in str(dialog.query_one("#edit-hint", Static).render())
        dialog.query_one("#edit-amount", Input).value = ""
        title.value = "  "
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and "标题不能为空" in str(dialog.query_one("#edit-hint", Static).render())
        await pilot.press("escape")
        await settle(app, pilot)
        unchanged = findings.get_finding(sample_store, finding.id)
        assert (unchanged.title, unchanged.amount) == (finding.title, finding.amount)


async def test_emptying_the_amount_clears_it(sample_store) -> None:
    from textual.widgets import Input

    from xuncha import findings
    from xuncha.flags import current_flags

    flag = next(f for f in current_flags(sample_store) if f.amount)
    finding = findings.add_from_flag(sample_store, flag.id, by="张三")
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await open_edit_dialog(app, pilot)
        amount = app.screen.query_one("#edit-amount", Input)
        assert amount.value == f"{finding.amount // 100}.{finding.amount % 100:02d}"
        amount.value = ""
        await pilot.press("enter")
        await settle(app, pilot)
        assert findings.get_finding(sample_store, finding.id).amount is None


async def test_notebook_titles_leave_out_the_village_the_column_beside_them_shows(sample_store) -> None:
    from xuncha import findings
    from xuncha.flags import current_flags

    flag = next(f for f in current_flags(sample_store) if f.title.startswith(f.village + " "))
    findings.add_from_flag(sample_store, flag.id, by="张三")
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_notebook(app, pilot)
        table = screen.query_one("#notebook-table", DataTable)
        title = table.get_row_at(0)[2].plain
        assert not title.startswith(flag.village)
        assert flag.title[len(flag.village) + 1:].startswith(title.rstrip("…"))
        from screens.util import cjk_prose

        # The pane below keeps the whole title, village first.
        assert cjk_prose(flag.title) in str(screen.query_one("#notebook-finding").render()).replace("\n", "")


# --- the status dialog says its keys ----------------------------------------------------------------


async def test_status_dialog_names_its_keys(sample_store) -> None:
    from screens.dialogs.choice import ChoiceDialog
    from xuncha import findings
    from xuncha.flags import current_flags

    findings.add_from_flag(sample_store, current_flags(sample_store)[0].id, by="张三")
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await open_notebook(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        hint = str(app.screen.query_one("#choice-hint").render())
        assert "Enter" in hint and "Esc" in hint


# --- evidence lists keep their spaces -----------------------------------------------------------------


def test_prose_folding_keeps_the_spaces_of_list_lines() -> None:
    """“· 付款 2023-10-20 3.2万 支付港东山塘清淤工程款” read “·付款2023-10-20 3.2万支付…” once the
    spaces next to Chinese characters were dropped for wrapping."""
    from screens.util import cjk_prose

    text = ("桥埠港村 与 蒋小龙 的 1 项合同/工程合计 3.2万，请核实。\n"
            "· 合同/工程 2023-09-18 3.2万 桥埠港村港东山塘清淤\n"
            "· 付款 2023-10-20 3.2万 支付港东山塘清淤工程款")
    prose, first, second = cjk_prose(text).split("\n")
    assert prose == "桥埠港村与蒋小龙的1项合同/工程合计3.2万，请核实。"
    assert first == "· 合同/工程 2023-09-18 3.2万 桥埠港村港东山塘清淤"
    assert second == "· 付款 2023-10-20 3.2万 支付港东山塘清淤工程款"


async def test_flag_explanation_shows_evidence_lines_with_their_spaces(sample_store) -> None:
    from textual.widgets import Static

    from xuncha.flags import current_flags

    flag = next(f for f in current_flags(sample_store) if "\n· " in (f.detail or ""))
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_page(app, pilot, "5")
        await tables_settled(app, pilot)
        screen._show_flag(flag.id)
        await pilot.pause()
        shown = str(screen.query_one("#flags-explain", Static).render())
        bullet = flag.detail.split("\n")[1]
        assert bullet in shown


# --- a batch removal names the findings that did not follow their clue ---------------------------------


async def test_removing_the_old_copy_names_findings_whose_rows_changed(sample_store, tmp_path) -> None:
    """The corrected ledger changed the row of a finding's flag (an amount): the finding stays on the
    retired flag and the clue comes back as a new, untreated flag. Only the findings that followed
    were reported; this one was silent, so nobody looked at the new flag again."""
    import importers
    import openpyxl

    from tests.conftest import SAMPLE_DATA
    from tests.tui.test_remove_batch import LEASES, remove_in_app
    from xuncha import findings
    from xuncha.flags import current_flags

    flag = next(f for f in current_flags(sample_store) if f.rule == "resource_lease"
                and f.records[0]["source"]["file"] == LEASES)
    row = flag.records[0]["source"]["row"]
    taken = findings.add_from_flag(sample_store, flag.id, by="张三")
    book = openpyxl.load_workbook(SAMPLE_DATA / LEASES)
    sheet = book.active
    header = [cell.value for cell in sheet[3]]
    column = header.index("备注") + 1
    sheet.cell(row, column).value = "已补签协议"  # the row changed: not the same clue any more
    corrected = tmp_path / "资源发包台账（修正）.xlsx"
    book.save(corrected)
    importers.import_paths(sample_store, [corrected])

    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        await remove_in_app(app, pilot, LEASES)

        assert findings.get_finding(sample_store, taken.id).flag_id == flag.id  # not moved
        # In the one notice of the removal (a third toast was off the screen at 80×24).
        [notice] = [n for n in app._notifications if n.title == "删除导入批次"]
        assert notice.severity == "warning"
        assert f"请重新核看：问题{taken.id}的疑点已不在新的筛查结果中" in str(notice.message)
        assert "「疑点」页" in str(notice.message)


# --- the command line says to scan after removing a batch ---------------------------------------------


def test_cli_batch_removal_says_to_scan_again(sample_store, capsys) -> None:
    from xuncha.cli import main

    batch = sample_store.batches()[0]
    assert main(["--db", str(sample_store.path), "batches", "--remove", str(batch.id)]) == 0
    err = capsys.readouterr().err
    assert f"已删除导入批次 {batch.id}" in err
    assert "请运行 xuncha scan 重新筛查" in err
