"""The workbench says when an imported book repeats entries of one imported before."""

from __future__ import annotations

from textual.widgets import Static

from xuncha.flags import current_flags

from tests.test_book_copies import LEDGER, bank_journal
from tests.tui.conftest import app_on, import_in_app


async def test_import_says_the_entries_are_already_in_another_book_and_counted_once(sample_store, tmp_path) -> None:
    ledger = next(batch.id for batch in sample_store.batches() if batch.file_name == LEDGER.name)
    journal = bank_journal(sample_store, tmp_path)
    flags_before = {flag.id for flag in current_flags(sample_store)}
    assert len(flags_before) == 28
    app = app_on(sample_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await import_in_app(app, pilot, journal)
        summary = screen.query_one("#import-summary", Static)
        text = str(summary.render()).replace(" ", "")
        assert f"·{journal.name}：全部51笔收支也记在批次{ledger}（{LEDGER.name}）中" in text
        assert "筛查时按一处计" in text
    # The workbench scanned again after the import and counted each entry once: the sample's flags, no more.
    assert {flag.id for flag in current_flags(sample_store)} == flags_before
