"""Fixes on pages 4 记录, 6 问题清单 and 7 规则 found by QA in the demo at 120x36 and 80x24.

- 7 规则: rule texts show parameter values with units and Chinese labels, no reST
  markup, no internal references (clean_text, render_markup, the pane).
- 6 问题清单: a finding's 来源 names its rule in Chinese; the 状态 column is
  never cut; exporting over an existing file asks first, and the default name
  is one no file has yet.
- 4 记录: payment summaries give 收入 and 支出 apart.

The rule docstrings change often; these tests build their own texts or check
properties of whatever the rules say, never a rule's exact wording.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Input, Static

from screens.dialogs import ExportDialog
from screens.dialogs.export import OverwriteDialog, unused_path
from screens.notebook import STATUSES, NotebookScreen, default_export_path
from screens.records import RecordsScreen
from screens.rules import (
    RulesScreen,
    clean_text,
    param_label,
    param_unit,
    readable,
    render_markup,
    value_text,
)
from tests.tui.conftest import app_on, open_page, settle

WIDE, NARROW = (120, 36), (80, 24)


def text_of(widget: Static) -> str:
    return str(widget.render())


# --- A. 7 规则: the text clean-up and the markup rendering (plain unit tests) -----------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("来源：我们的假设（DOMAIN 目录第 1 条，窗口 180 天）。", "来源：我们的假设。"),
    ("来源：我们的整理（DOMAIN 目录第 18 条）；依据浙江省农村集体资产管理条例第二十一条。",
     "来源：我们的整理；依据浙江省农村集体资产管理条例第二十一条。"),
    ("来源：DOMAIN 目录第 9、10 条，容差 0 天（任何颠倒都提示）。", "来源：容差 0 天（任何颠倒都提示）。"),
    ("默认 0.5，我们的假设（DOMAIN 建议 0.6）。", "默认 0.5，我们的假设。"),
    ("来源：我们的假设；名称去掉年份、村名、期次后的 rapidfuzz 相似度（0–100）。",
     "来源：我们的假设；名称去掉年份、村名、期次后的 相似度（0–100）。"),
    ("默认 3（需求说明：三笔以上间隔稳定的视为定期款项）。", "默认 3（三笔以上间隔稳定的视为定期款项）。"),
    ("来源：Cardinal 指标 R025/R038 的四分位围栏 Q3 + 1.5×IQR。", "来源：OCP 红旗指标 的四分位围栏 Q3 + 1.5×IQR。"),
    ("来源：我们的假设（与示例数据说明一致：50 亩以上）。", "来源：我们的假设。"),
])
def test_clean_text_drops_internal_references_and_library_names(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize("text", [
    "来源：民法典第七百零五条，租赁期限不得超过二十年，超过部分无效。",
    "来源：现金管理暂行条例（2011 年修订）规定的现金结算起点 1000 元。",
    "据 2018 年修正的村民委员会组织法第十一条，本项目未核对原文",
    "“付给承包方的总额超过合同或结算金额”是履约阶段的典型红旗（OCP 红旗工具箱）",
])
def test_clean_text_keeps_legal_sources_as_they_are(text: str) -> None:
    assert clean_text(text) == text


def test_render_markup_writes_values_with_units_and_no_backticks() -> None:
    values = {"threshold_yuan": 100000, "window_days": 180, "min_title_similarity": 60, "ratio": 0.9,
              "cash_words": ["现金", "现付"], "words": [f"词{i}" for i in range(10)], "township_outliers": True,
              "tiers_yuan": [50000, 100000]}
    text = render_markup(
        "在 ``window_days`` 天的窗口内，把单笔低于 ``threshold_yuan`` 的工作两两比较，相似度不低于"
        " ``min_title_similarity``；[``ratio`` × T, T)；写有 ``cash_words`` 中的词；含 ``words``；"
        "``township_outliers`` 打开时；档位 ``tiers_yuan``；``from_yuan`` 与 ``unknown_name``；window_days 天",
        values)
    assert "``" not in text
    assert "180 天的窗口内" in text and "180 天 天" not in text  # the text already says 天
    assert "低于 100,000.00 元 的工作" in text
    assert "不低于 60" in text
    assert "[90% × T, T)" in text
    assert "「现金、现付」" in text  # a short word list is written out
    assert "「白条类用词」" in text  # a long one by its label
    assert "「提示全镇范围的异常单位」 打开时" in text
    assert "50,000.00、100,000.00 元" in text
    assert "起点金额" in text and "unknown_name" in text  # a key inside a table; an unknown literal as is
    assert not re.search(r"window_days", text)  # a bare parameter name is rendered too


def test_labels_units_and_values() -> None:
    assert param_label("split_contract", "window_days") != param_label("duplicate_payment", "window_days")
    doc = "brand_new_param：一个新参数的说明（元），默认 1万，我们的假设。"
    assert param_label("some_rule", "brand_new_param", doc) == "一个新参数的说明"  # from the rule's 参数 section
    assert param_label("some_rule", "nowhere_param") == "nowhere_param"
    assert [param_unit(k, v) for k, v in (("limit_yuan", 1000), ("window_days", 30), ("land_max_years", 30),
                                          ("large_area_mu", 50), ("tolerance", 0.1), ("min_items", 3))] == [
        "元", "天", "年", "亩", "%", ""]
    assert value_text(100000, "threshold_yuan") == "100,000.00 元"
    assert value_text(0.3, "min_share") == "30%"
    assert value_text(True, "match_phones") == "是"
    assert value_text({"草地": 50, "林地": 70}, "land_type_max_years") == "草地 50 年、林地 70 年"
    assert value_text([{"from_yuan": 100000, "requires": "竞争性比选"}], "tiers") == "起点金额 100,000.00 元，要求的方式 竞争性比选"
    assert value_text([f"词{i}" for i in range(20)], "words", limit=3) == "词0、词1、词2……等 20 项"


def test_readable_reflows_numbered_items_and_cleans() -> None:
    doc = ("1. 在 ``window_days`` 天的窗口内，\n   比较名称（DOMAIN 目录第 1 条）。\n"
           "2. 分成\n9.05万 + 9.34万 两笔，占 61.36%。")
    assert readable(doc, {"window_days": 180}) == "1.在180天的窗口内，比较名称。\n2.分成9.05万+ 9.34万两笔，占61.36%。"


# --- A. 7 规则: the pane --------------------------------------------------------------------


async def test_rules_pane_speaks_to_inspectors(sample_store) -> None:
    """Every rule's pane: no reST markup, no raw parameter names in the prose, no internal references;
    each parameter with its Chinese label and its value in its unit."""
    from xuncha.rules import get_rules
    from xuncha.rules.params import load_params

    params = load_params()
    rules = {rule.id: rule for rule in get_rules()}
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_page(app, pilot, "7")
        assert isinstance(screen, RulesScreen)
        table = screen.query_one("#rules-table", DataTable)
        pane = screen.query_one("#rules-detail", Static)
        seen = set()
        for row in range(table.row_count):
            table.move_cursor(row=row)
            await pilot.pause()
            rule_id = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
            seen.add(rule_id)
            text = text_of(pane)
            prose, _, param_part = text.partition("参数（当前值 · 依据）")
            assert "``" not in text, rule_id
            for word in ("DOMAIN", "rapidfuzz", "需求说明"):
                assert word not in text, (rule_id, word)
            for key in rules[rule_id].params:
                assert not re.search(rf"(?<![A-Za-z_]){key}(?![A-Za-z_])", prose), (rule_id, key)
                label = next(p.label for r in screen.rules if r.id == rule_id for p in r.params if p.key == key)
                assert label != key, (rule_id, key)  # every parameter has a Chinese label
                assert f"{label}：" in param_part, (rule_id, key)
            for key, value in params[rule_id].items():
                if key.endswith("_yuan") and isinstance(value, (int, float)):
                    assert f"{value:,.2f} 元" in param_part, (rule_id, key)
                if key.endswith("_days") and isinstance(value, int):
                    assert f"{value} 天" in param_part, (rule_id, key)
        assert seen == set(rules)


async def test_rules_pane_uses_the_values_in_force(sample_store, monkeypatch, tmp_path: Path) -> None:
    """A county's rules.toml changes the numbers the rule texts quote."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "rules.toml").write_text("[split_contract]\nwindow_days = 90\nthreshold_yuan = 50000\n", encoding="utf-8")
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(config))
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_page(app, pilot, "7")
        table = screen.query_one("#rules-table", DataTable)
        table.move_cursor(row=[r.id for r in screen.rules].index("split_contract"))
        await pilot.pause()
        text = text_of(screen.query_one("#rules-detail", Static))
        assert "90 天" in text.partition("参数（")[2] and "50,000.00 元" in text.partition("参数（")[2]
        prose = text.partition("参数（")[0]
        if "window_days" in "".join(r.sections.get("方法", "") for r in screen.rules if r.id == "split_contract"):
            assert "90天" in prose and "180天" not in prose


# --- B, C. 6 问题清单 -------------------------------------------------------------------------


def add_findings(store, statuses: list[str]) -> list:
    """Findings from the first flags of the sample scan, one per status given."""
    from xuncha import findings
    from xuncha.flags import current_flags

    flags = current_flags(store)
    made = []
    for flag, status in zip(flags, statuses):
        finding = findings.add_from_flag(store, flag.id)
        if status != "open":
            findings.set_status(store, finding.id, status)
        made.append(findings.get_finding(store, finding.id))
    return made


async def test_finding_source_names_the_rule_in_chinese(sample_store) -> None:
    from xuncha.rules import get_rules

    names = {rule.id: rule.name for rule in get_rules()}
    [finding] = add_findings(sample_store, ["open"])
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("6")
        await settle(app, pilot)
        text = text_of(app.screen.query_one("#notebook-finding", Static))
        assert f"来源：疑点（{names[finding.rule]}）" in text
        assert finding.rule not in text


async def test_manual_finding_source_says_so(sample_store) -> None:
    from xuncha import findings

    findings.add_manual(sample_store, title="村委会账外收入", village="石桥村")
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("6")
        await settle(app, pilot)
        assert "来源：手工录入" in text_of(app.screen.query_one("#notebook-finding", Static))


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_status_column_shows_in_full(sample_store, size) -> None:
    """已核实 / 已排除 / 已移交 are told apart at both sizes: the titles give way, not the status."""
    add_findings(sample_store, ["confirmed", "dismissed", "referred", "open"])
    app = app_on(sample_store)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("6")
        await settle(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, NotebookScreen)
        table = screen.query_one("#notebook-table", DataTable)
        used = sum(column.get_render_width(table) for column in table.columns.values())
        assert used <= table.scrollable_content_region.width, (used, table.scrollable_content_region.width)
        status = table.columns["status"]
        assert status.get_render_width(table) >= 2 * table.cell_padding + 6  # three Chinese characters
        shown = [str(table.get_cell(row_key, "status")) for row_key in table.rows]
        assert sorted(shown) == sorted(STATUSES[s] for s in ("confirmed", "dismissed", "referred", "open"))
        # What is drawn: each status word in full on its row.
        lines = [str(line.text) for line in (table.render_line(y) for y in range(1, 1 + table.row_count))]
        for word in shown:
            assert any(word in line for line in lines), (word, lines)


async def test_titles_are_cut_again_when_the_terminal_narrows(sample_store) -> None:
    """Narrowed while the notebook is shown, or while another page is: 状态 still shows in full."""
    add_findings(sample_store, ["confirmed", "referred"])

    def fits(table: DataTable) -> bool:
        used = sum(column.get_render_width(table) for column in table.columns.values())
        return used <= table.scrollable_content_region.width

    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("6")
        await settle(app, pilot)
        table = app.screen.query_one("#notebook-table", DataTable)
        title = table.columns["title"].get_render_width(table)
        assert fits(table)

        async def resize(size: tuple[int, int], *, away: bool) -> None:
            if away:
                await pilot.press("4")
                await settle(app, pilot)
            await pilot.resize_terminal(*size)
            await pilot.pause()
            if away:
                await pilot.press("6")
            await settle(app, pilot)
            await pilot.pause()
            assert fits(app.screen.query_one("#notebook-table", DataTable)), size

        await resize((160, 40), away=False)
        assert table.columns["title"].get_render_width(table) > title
        await resize(WIDE, away=False)  # the titles shrink back: a column never narrows by itself
        assert table.columns["title"].get_render_width(table) == title
        await resize((160, 40), away=True)
        await resize(WIDE, away=True)
        assert table.columns["title"].get_render_width(table) == title
        await resize(NARROW, away=True)
        await resize(WIDE, away=True)


# --- D. exporting over an existing file -------------------------------------------------------


def test_unused_path_numbers_the_name(tmp_path: Path) -> None:
    first = tmp_path / "问题清单-2024-03-01.xlsx"
    assert unused_path(first) == first
    first.write_bytes(b"x")
    assert unused_path(first) == tmp_path / "问题清单-2024-03-01-2.xlsx"
    (tmp_path / "问题清单-2024-03-01-2.xlsx").write_bytes(b"x")
    assert unused_path(first) == tmp_path / "问题清单-2024-03-01-3.xlsx"


def test_default_export_name_is_not_taken(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = default_export_path()
    assert first.parent == tmp_path and f"{dt.date.today():%Y%m%d}" in first.name and not first.exists()
    first.write_bytes(b"earlier export")
    second = default_export_path()
    assert second != first and second.name == f"{first.stem}-2.xlsx"


async def test_export_asks_before_overwriting(sample_store, tmp_path: Path, monkeypatch) -> None:
    """e proposes a free name; an existing file is replaced only after an explicit 覆盖."""
    monkeypatch.chdir(tmp_path)
    add_findings(sample_store, ["open"])
    earlier = default_export_path()
    earlier.write_bytes(b"the first export of the day")
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        notebook = await open_page(app, pilot, "6")
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path_input = dialog.query_one("#path", Input)
        assert Path(path_input.value).name == f"{earlier.stem}-2.xlsx"  # the proposed name is free
        # Choose the existing file: the dialog asks, and the safe answer has the focus.
        path_input.value = str(earlier)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, OverwriteDialog)
        assert app.screen.focused is app.screen.query_one("#no", Button)
        await pilot.press("enter")  # 不覆盖
        await settle(app, pilot)
        assert app.screen is dialog
        assert "已存在" in text_of(dialog.query_one("#error", Static))
        assert earlier.read_bytes() == b"the first export of the day"
        # Escape on the question is a no as well.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverwriteDialog)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is dialog and earlier.read_bytes() == b"the first export of the day"
        # An explicit 覆盖 replaces it.
        await pilot.press("enter")
        await pilot.pause()
        await pilot.click("#yes")
        await settle(app, pilot)
        assert app.screen is notebook
        assert notebook.last_export == earlier
    assert earlier.read_bytes()[:2] == b"PK"  # an xlsx now


async def test_export_to_a_new_file_does_not_ask(sample_store, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    add_findings(sample_store, ["open"])
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("6")
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        # A folder gets a free default name inside it.
        app.screen.query_one("#path", Input).value = str(tmp_path)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, NotebookScreen)
        assert app.screen.last_export.parent == tmp_path and app.screen.last_export.exists()


# --- E. 4 记录: payment summaries --------------------------------------------------------------


async def test_payment_summary_shows_income_and_expense_apart(sample_store) -> None:
    from xuncha import browse

    expected = {line.label: line for line in browse.frequency(sample_store, browse.RecordQuery("payment"), "year")}
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_page(app, pilot, "4")
        assert isinstance(screen, RecordsScreen)
        screen.show("payment")
        await settle(app, pilot)
        screen.action_frequency("year")
        await settle(app, pilot)
        freq = screen.query_one("#records-freq", DataTable)
        headers = [str(column.label) for column in freq.columns.values()]
        assert "收入(元)" in headers and "支出(元)" in headers and "金额(元)" not in headers
        assert freq.row_count == len(expected)
        for row_key in freq.rows:
            label = str(freq.get_cell(row_key, "group"))
            line = expected[label]
            assert str(freq.get_cell(row_key, "income")) == (browse.format_yuan(line.income) if line.income else "")
            assert str(freq.get_cell(row_key, "expense")) == (browse.format_yuan(line.expense) if line.expense else "")
        assert any(line.income and line.expense for line in expected.values())  # the sample has both in a year
        # Back on contracts, one 金额 column again.
        await pilot.press("escape")
        await settle(app, pilot)
        screen.show("contract")
        await settle(app, pilot)
        screen.action_frequency("village")
        await settle(app, pilot)
        headers = [str(column.label) for column in freq.columns.values()]
        assert "金额(元)" in headers and "收入(元)" not in headers


def test_param_labels_cover_the_bundled_parameters() -> None:
    """Every parameter of the bundled rules has a label in the table or one the rule's docs give."""
    from xuncha.rules import get_rules

    for rule in get_rules():
        doc = rule.sections().get("参数", "")
        for key in rule.params:
            assert param_label(rule.id, key, doc) != key, (rule.id, key)


# --- footer keys only where they do something --------------------------------------------------------


def _footer_actions(app) -> set[str]:
    return {active.binding.action for active in app.screen.active_bindings.values() if active.enabled}


async def test_records_offers_back_only_when_there_is_something_to_go_back_from(sample_store) -> None:
    from screens.records import RecordsScreen

    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        assert isinstance(await open_page(app, pilot, "4"), RecordsScreen)
        assert "back" not in _footer_actions(app)
        await pilot.press("f")  # a summary: Escape leaves it
        await settle(app, pilot)
        assert "back" in _footer_actions(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert "back" not in _footer_actions(app)


async def test_overview_offers_the_village_key_only_on_the_villages_table(sample_store) -> None:
    from textual.widgets import DataTable

    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        screen.query_one("#overview-villages", DataTable).focus()
        await pilot.pause()
        assert screen.check_action("open_village", ())
        screen.query_one("#overview-batches", DataTable).focus()
        await pilot.pause()
        assert not screen.check_action("open_village", ())


@pytest.mark.parametrize(("kind", "offered"), [("project", True), ("asset", False), ("cadre", False)])
async def test_record_offers_the_dossier_only_where_there_is_a_project(sample_store, kind: str,
                                                                       offered: bool) -> None:
    from screens.record import RecordScreen

    record = sample_store.records(kind)[0]
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await app.push_screen(RecordScreen(record.id))
        await settle(app, pilot)
        assert isinstance(app.screen, RecordScreen) and app.screen.record is not None
        assert ("dossier" in _footer_actions(app)) is offered


async def test_an_empty_store_tells_a_new_user_where_to_start(tmp_path: Path) -> None:
    from screens.overview import OverviewScreen
    from xuncha.store import Store

    with Store(tmp_path / "empty.db") as store:
        app = app_on(store)
        async with app.run_test(size=WIDE) as pilot:
            await settle(app, pilot)
            assert isinstance(app.screen, OverviewScreen)
            counts = text_of(app.screen.query_one("#overview-counts", Static))
            assert "按 2" in counts and "xuncha demo" in counts


async def test_a_note_typed_while_another_program_writes_is_saved_not_lost(sample_store) -> None:
    """An import elsewhere holds the store past the busy timeout: the note waits, then is saved."""
    import sqlite3
    import threading
    import time

    from screens.dialogs import ErrorDialog
    from xuncha import findings
    from xuncha.store import BUSY_TIMEOUT_MS

    finding = findings.add_manual(sample_store, title="村道硬化工程未经村民代表会议决策", village="石桥村")
    locked, release = threading.Event(), threading.Event()

    def hold_the_write_lock() -> None:
        other = sqlite3.connect(sample_store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(30)
        other.execute("ROLLBACK")
        other.close()

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    try:
        assert locked.wait(10)
        app = app_on(sample_store)
        async with app.run_test(size=WIDE) as pilot:
            notebook = await open_page(app, pilot, "6")
            assert isinstance(notebook, NotebookScreen)
            await pilot.press("n")
            await pilot.pause()
            await pilot.press(*"已约谈村会计")
            await pilot.press("enter")
            started = time.monotonic()
            while time.monotonic() - started < BUSY_TIMEOUT_MS / 1000 + 1.5:  # past one busy timeout
                await pilot.pause(0.2)
            assert "等待保存" in [n.title for n in app._notifications]
            release.set()
            await settle(app, pilot)
            assert not isinstance(app.screen, ErrorDialog)
    finally:
        release.set()
        holder.join()
    notes = [e for e in findings.history(sample_store, finding.id) if "已约谈村会计" in findings.event_text(e)]
    assert len(notes) == 1


async def test_records_imported_by_another_program_show_without_pressing_r(sample_store, tmp_path: Path) -> None:
    """The CLI imports while the workbench is open: the overview counts the new records by itself."""
    import time

    import importers
    from screens.app import XunchaApp
    from xuncha.store import Store
    from tests.tui.test_app import write_payments

    path = tmp_path / "石桥村2023收支.xlsx"
    write_payments(path)
    app = app_on(sample_store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        before = text_of(app.screen.query_one("#overview-counts", Static))
        with Store(sample_store.path) as other:  # another program: its own connection
            report = importers.import_paths(other, [path])
        added = report.records_imported()
        assert added
        started = time.monotonic()
        while time.monotonic() - started < XunchaApp.STORE_WATCH_SECONDS * 3:
            await pilot.pause(0.2)
            counts = text_of(app.screen.query_one("#overview-counts", Static))
            if counts != before:
                break
        assert counts != before
        total = int(re.search(r"记录 ([\d,]+) 条", counts).group(1).replace(",", ""))
        assert total == int(re.search(r"记录 ([\d,]+) 条", before).group(1).replace(",", "")) + added
