"""The import screen's preview of a sheet of cards (importers.cards): it has no header row to name,
so it says how the sheet is read instead of "表头行：未找到"."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from tests.test_import_cards import TITLE, asset_card
from tests.test_import_support import write_xlsx
from tests.tui.conftest import app_on, preview_in_app
from tests.tui.test_fixes_import import SIZE, text_of


async def test_preview_of_a_card_sheet_says_it_is_read_as_cards(sample_store, tmp_path: Path) -> None:
    rows = [TITLE, *asset_card("ZC1", "办公楼", 1000, "2010-01-01"), [None],
            TITLE, *asset_card("ZC2", "礼堂", 2000, "2011-01-01")]
    path = write_xlsx(tmp_path / "上林村固定资产卡片.xlsx", {"资产卡片": rows})
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await preview_in_app(app, pilot, path)
        detail = text_of(screen.query_one("#import-detail", Static))
        assert "卡片式，共 2 张，每张一条记录" in detail and "表头行" not in detail
        sheets = screen.query_one("#import-sheets", DataTable)
        assert str(sheets.get_cell_at((0, 2))) == "资产"
        assert str(sheets.get_cell_at((0, 4))) == "卡片"
