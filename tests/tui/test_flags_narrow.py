"""The flags page (5 疑点) at 80x24, as QA found it: the rule tree cut every rule's name to about
five characters, and the flags table hid its 金额 column behind a horizontal scroll.

These tests read what is drawn (the widgets' rendered lines), not only the widgets' data:
a label that is in the tree but past its right edge is not readable.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import DataTable, Static, Tree

from screens.flags import EVIDENCE_COLUMNS, FlagsScreen, cut_source, share_out
from screens.util import RULE_LABEL_WIDTH, RULE_LABELS, rule_label
from tests.tui.conftest import app_on, open_page, settle, tables_settled

NARROW, MIDDLE, WIDE = (80, 24), (100, 30), (120, 36)


def drawn(widget, y: int) -> str:
    """The text of line ``y`` of a scrolling widget as the screen shows it."""
    return widget.render_line(y).text


def drawn_lines(widget) -> list[str]:
    return [drawn(widget, y) for y in range(widget.size.height)]


def fits(table: DataTable) -> bool:
    """Every column of the table is on screen, with no horizontal scrolling."""
    return table.virtual_size.width <= table.scrollable_content_region.width


async def flags_page(app, pilot) -> FlagsScreen:
    screen = await open_page(app, pilot, "5")
    assert isinstance(screen, FlagsScreen)
    await tables_settled(app, pilot)
    return screen


def test_every_rule_has_a_short_label_that_fits_and_differs() -> None:
    from xuncha.rules import get_rules

    rules = get_rules()
    assert {rule.id for rule in rules} <= set(RULE_LABELS), "a new rule needs a short label for the flags tree"
    labels = [rule_label(rule.id, rule.name) for rule in rules]
    assert all(cell_len(label) <= RULE_LABEL_WIDTH for label in labels)
    assert len(set(labels)) == len(labels)
    # A rule the table does not know (a county's own) still gets a name that fits, from its own.
    assert rule_label("county_rule", "资金出借（未经决议）") == "资金出借"
    assert cell_len(rule_label("county_rule", "一个很长很长很长很长的规则名称")) <= RULE_LABEL_WIDTH


async def test_rule_names_are_whole_in_the_tree_at_80x24(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await flags_page(app, pilot)
        tree = screen.query_one("#flags-tree", Tree)
        assert tree.virtual_size.width <= tree.scrollable_content_region.width, "the tree scrolls sideways"
        lines = drawn_lines(tree)
        rule_nodes = list(tree.root.children)
        assert len(rule_nodes) >= 10
        for node in rule_nodes:
            rule, _ = node.data
            label = rule_label(rule, screen.rules[rule].name)
            line = lines[node.line]
            assert line.rstrip().endswith(label), (label, line)
            assert cell_len(line.rstrip()) <= tree.scrollable_content_region.width

        # Choosing a group names the rule in full above the table.
        tree.focus()
        await pilot.press("down")
        await settle(app, pilot)
        rule = rule_nodes[0].data[0]
        status = str(screen.query_one("#flags-status", Static).render())
        assert status.startswith(screen.rules[rule].name), status
        assert {f.rule for f in screen._shown} == {rule}


async def test_flags_table_shows_severity_village_title_and_amount_at_80x24(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await flags_page(app, pilot)
        table = screen.query_one("#flags-table", DataTable)
        assert fits(table)
        header = drawn(table, 0)
        for column in ("风险", "村", "疑点", "金额(元)"):
            assert column in header
        first = screen._shown[0]
        row = drawn(table, 1)
        assert "高" in row and first.village in row
        assert f"{first.amount / 100:,.2f}" in row
        # The title: what the 村 column does not already say, and at least ten characters of it.
        title = str(table.get_cell_at((0, 3)))
        assert not title.startswith(first.village)
        assert cell_len(title) >= 20 and title.rstrip("…") in row

        # The pane below the table explains the flag, its whole title first.
        detail = screen.query_one("#flags-detail")
        assert detail.size.height >= 8
        assert str(screen.query_one("#flags-explain", Static).render()).startswith(first.title)


async def test_evidence_keeps_its_source_row_at_80x24(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await flags_page(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        await tables_settled(app, pilot)
        evidence = screen.query_one("#flags-evidence", DataTable)
        assert evidence.has_focus and fits(evidence)
        assert [c.label.plain for c in evidence.columns.values()] == ["类型", "名称/摘要", "金额(元)", "来源"]
        source = screen._evidence[0].source
        sheet_and_row = source.split(" / ", 1)[1]
        assert sheet_and_row in drawn(evidence, 1), (source, drawn(evidence, 1))


async def test_b_hides_the_tree_for_longer_titles_and_t_brings_it_back(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=NARROW) as pilot:
        screen = await flags_page(app, pilot)
        table = screen.query_one("#flags-table", DataTable)
        tree = screen.query_one("#flags-tree", Tree)
        narrow_title = cell_len(str(table.get_cell_at((0, 3))))
        await pilot.press("b")
        await settle(app, pilot)
        await tables_settled(app, pilot)
        assert not tree.display
        assert table.size.width == NARROW[0]
        assert cell_len(str(table.get_cell_at((0, 3)))) > narrow_title + 15
        assert fits(table)
        evidence = screen.query_one("#flags-evidence", DataTable)
        # The whole source, file name included, once the pane has the room.
        assert screen._evidence[0].source in drawn(evidence, 1)
        await pilot.press("t")
        await settle(app, pilot)
        assert tree.display and tree.has_focus
        await pilot.press("b")
        await settle(app, pilot)
        assert not tree.display and table.has_focus
        await pilot.press("b")
        await settle(app, pilot)
        assert tree.display


async def test_the_table_refits_when_the_terminal_is_resized(sample_store) -> None:
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        screen = await flags_page(app, pilot)
        table = screen.query_one("#flags-table", DataTable)
        evidence = screen.query_one("#flags-evidence", DataTable)
        assert fits(table) and fits(evidence)
        assert "往来单位" in drawn(evidence, 0)
        for size in (MIDDLE, NARROW, WIDE):
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            await tables_settled(app, pilot)
            assert fits(table), size
            assert fits(evidence), size
            assert "金额(元)" in drawn(table, 0), size
            tree = screen.query_one("#flags-tree", Tree)
            assert tree.virtual_size.width <= tree.scrollable_content_region.width, size


def test_cut_source_keeps_sheet_and_row() -> None:
    source = "吴家道村 马吉村 桥埠港村 收支台账.xlsx / 马吉村 / 第34行"
    assert cut_source(source, 80) == source
    cut = cut_source(source, 30)
    assert cell_len(cut) <= 30 and cut.endswith(" / 马吉村 / 第34行") and cut.startswith("吴家道村")
    tiny = cut_source(source, 10)
    assert cell_len(tiny) <= 10 and tiny.endswith("第34行") and tiny.startswith("…")


def test_share_out_serves_the_first_column_first() -> None:
    assert share_out(40, [(10, 30), (10, 20)]) == [30, 10]
    assert share_out(60, [(10, 30), (10, 20)]) == [30, 20]
    assert share_out(20, [(10, 30), (10, 20)]) == [10, 10]
    assert len(EVIDENCE_COLUMNS) == 6
