"""The import screen's preview marks a column read by its header's words (importers.inference): the
inspector sees which column was a guess, beside the sheet's note naming it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.test_import_support import write_xlsx
from tests.tui.conftest import app_on, preview_in_app
from tests.tui.test_fixes_import import SIZE, text_of


async def test_preview_marks_an_inferred_column(sample_store, tmp_path: Path) -> None:
    rows = [["卡片编号", "资产名称", "原值", "开始使用日期"], ["00012", "村部办公楼", 860000, "2010-07-01"]]
    path = write_xlsx(tmp_path / "前三村固定资产卡片列表.xlsx", {"固定资产卡片": rows})
    app = app_on(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await preview_in_app(app, pilot, path)
        detail = text_of(screen.query_one("#import-detail", Static))
        assert "按表头字面推断读取：“开始使用日期”作购置日期" in detail
        marked = [line.strip() for line in detail.splitlines() if "按表头字面推断，请核对" in line]
        assert marked == ["开始使用日期 → 购置日期（按表头字面推断，请核对）"]
        assert "资产名称 → 资产名称" in detail
