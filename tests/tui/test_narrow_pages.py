"""Other pages at 80x24 (and 120x36), as QA found them next to the flags page: labels cut short.

- 1 总览: the rule names of 疑点（按规则） were cut to seven characters even at 120 columns
  (临界金额（卡线…); the villages' 构成 column ran off the table (its 规则数 unseen).
- 7 规则: the rules table cut every name at 20 cells though the table had the room.
- 项目档案 and 记录详情: the navigation bar ended in '│ 项…' at 80 columns.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import DataTable, Static

from screens.dossier import DossierScreen
from screens.overview import OverviewScreen
from screens.rules import RulesScreen
from screens.util import rule_label
from screens.widgets.navbar import NavBar
from tests.tui.conftest import app_on, open_page, settle, tables_settled

NARROW, WIDE = (80, 24), (120, 36)


def drawn(widget, y: int) -> str:
    return widget.render_line(y).text


def rule_names() -> dict[str, str]:
    from xuncha.rules import get_rules

    return {rule.id: rule.name for rule in get_rules()}


def fits(table: DataTable) -> bool:
    return table.virtual_size.width <= table.scrollable_content_region.width


async def test_overview_names_every_rule_and_shows_the_parts_whole(sample_store) -> None:
    from xuncha.flags import current_flags

    flagged = {flag.rule for flag in current_flags(sample_store)}
    names = rule_names()
    for size in (NARROW, WIDE):
        app = app_on(sample_store)
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await tables_settled(app, pilot)
            screen = app.screen
            assert isinstance(screen, OverviewScreen)
            bars = str(screen.query_one("#overview-flags", Static).render())
            assert "…" not in bars, (size, bars)
            for rule in flagged:
                assert rule_label(rule, names[rule]) in bars, (size, rule)
            villages = screen.query_one("#overview-villages", DataTable)
            assert fits(villages), size
            header = drawn(villages, 0)
            assert "规则数" in header
            # Every part of the first village's index is on screen: 疑点分 · 金额 · 规则数.
            parts = str(villages.get_cell_at((0, 5)))
            assert parts.count("·") == 2 and parts in drawn(villages, 1), (size, parts)


async def test_rules_table_shows_every_name_whole_at_80x24(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_page(app, pilot, "7")
        assert isinstance(screen, RulesScreen)
        await tables_settled(app, pilot)
        table = screen.query_one("#rules-table", DataTable)
        assert fits(table)
        for row, rule in enumerate(screen.rules):
            assert str(table.get_cell_at((row, 0))) == rule.name
        # The longest name, drawn whole.
        longest = max(screen.rules, key=lambda r: cell_len(r.name))
        table.move_cursor(row=screen.rules.index(longest), animate=False)
        await pilot.pause()
        shown = [drawn(table, y) for y in range(1, table.size.height)]
        assert any(longest.name in line for line in shown)


async def test_navbar_names_the_dossier_as_far_as_it_has_room(sample_store) -> None:
    for size, whole in ((NARROW, False), (WIDE, True)):
        app = app_on(sample_store)
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await pilot.press("3")
            await settle(app, pilot)
            await pilot.press(*"项目 一事一议")
            await settle(app, pilot)
            await pilot.press("down", "enter")
            await settle(app, pilot)
            assert isinstance(app.screen, DossierScreen)
            bar = app.screen.query_one(NavBar)
            line = drawn(bar, 0).rstrip()
            assert "7 规则" in line and cell_len(line) <= size[0]
            if whole:
                assert "│ 项目档案：" in line
            else:
                assert not line.endswith("…") and "│ 项…" not in line
