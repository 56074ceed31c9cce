"""Provides XunchaCommands, the command palette's one provider ("类别: 动作" titles), and
XunchaCommandPalette, Textual's palette speaking Chinese.

Every command is an action some screen or the app already has; the palette
only finds it by name. Domain search (records, names) is the search screen's
job, not the palette's.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from rich.align import Align
from rich.text import Text
from textual.command import (
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
)
from textual.widgets.option_list import Option

from screens.widgets.navbar import NAV_ITEMS

if TYPE_CHECKING:
    from screens.app import XunchaApp

COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    *[(f"页面: {label}", mode, "", f"切换到「{label}」（按 {key}）") for key, mode, label in NAV_ITEMS],
    ("导入: 选择文件或文件夹", "import", "focus_tree", "在目录树里选择要导入的表格"),
    ("导入: 预览所选文件", "import", "preview", "导入前查看每个工作表识别出的类型、村和列"),
    ("搜索: 新搜索", "search", "new_query", "清空搜索框重新输入"),
    ("记录: 按往来单位汇总", "records", "frequency('counterparty')", "每个往来单位的条数和金额"),
    ("记录: 按村汇总", "records", "frequency('village')", "每个村的条数和金额"),
    ("记录: 按年度汇总", "records", "frequency('year')", "每年的条数和金额"),
    ("记录: 按类别汇总", "records", "frequency('category')", "每个类别的条数和金额"),
    ("记录: 跳转到行", "records", "jump", "跳到第 N 行"),
    ("记录: 清除筛选", "records", "clear_filters", "去掉筛选和下钻条件"),
    ("疑点: 转为问题", "flags", "make_finding", "把选中的疑点记入问题清单"),
    ("疑点: 排除", "flags", "dismiss_flag", "排除选中的疑点（需填写理由）"),
    ("问题清单: 导出 Excel", "notebook", "export", "把问题清单导出为 Excel 工作簿"),
    ("问题清单: 修改状态", "notebook", "set_status", "修改选中问题的状态"),
    ("问题清单: 添加备注", "notebook", "add_note", "给选中问题添加备注"),
    ("问题清单: 修改问题", "notebook", "edit", "修改选中问题的标题、村、风险等级、金额和问题描述"),
    ("规则: 重新筛查", "rules", "rescan", "用当前规则参数重新筛查全部记录"),
    ("帮助: 按键说明", "", "help", "所有页面的按键和用法"),
)
"""(title, mode, action on that mode's screen, help text)."""


class XunchaCommands(Provider):
    """Pages and actions of the workbench, by their Chinese names."""

    @property
    def xapp(self) -> "XunchaApp":
        return cast("XunchaApp", self.app)

    def _run(self, mode: str, action: str) -> None:
        app = self.xapp
        if not mode:
            app.call_next(app.run_action, action)  # run_action is a coroutine: called bare, it never ran
            return
        app.action_goto(mode)
        if action:
            app.call_after_refresh(lambda: app.screen.run_action(action))

    async def discover(self) -> Hits:
        for title, mode, action, help_text in COMMANDS:
            yield DiscoveryHit(title, partial(self._run, mode, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, mode, action, help_text in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, mode, action), text=title,
                          help=help_text)


class XunchaCommandPalette(CommandPalette):
    """The command palette with a Chinese placeholder and a Chinese "no matches" line."""

    NO_MATCHES_TEXT = "没有找到匹配的命令（试试「导出」「汇总」「筛查」「导入」）"
    """Shown when nothing matches what was typed (Textual's own text is "No matches found")."""

    def __init__(self) -> None:
        super().__init__(placeholder="输入命令名称，例如「导出」「汇总」「筛查」…", id="--command-palette")

    def _action_command_list(self, action: str) -> None:
        # Page Down pressed before the just-opened list is laid out makes Textual's OptionList
        # look up a line it has not built yet (KeyError in _move_page, textual 8.2), which
        # ended the app. Until it is laid out there is nothing to page through.
        try:
            super()._action_command_list(action)
        except KeyError:
            pass

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual writes "No matches found" inside this method and offers no setting for it;
        # this is its body (textual 8.2) with our text. tests/tui/test_fixes_import.py
        # types a query that matches nothing and checks the text, so a Textual upgrade
        # that renames the method shows up there.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.NO_MATCHES_TEXT, style="not bold")), disabled=True,
                           id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:  # discovery mode: no commands to discover is nothing to point out
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
