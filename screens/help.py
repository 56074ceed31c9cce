"""Provides HelpScreen (帮助): how the workbench is used and every key, screen by screen.

The key lists are read from the screens' own bindings, so they never drift
from what the keys do.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from screens.widgets.navbar import NAV_ITEMS

INTRO = """\
巡察工作台把村级“三资”台账导入本机数据库，帮助快速查找、发现疑点、记录问题并导出问题清单。
所有数据只保存在本机，不联网。

一般流程：导入表格（2）→ 规则筛查（7，导入后会自动筛查）→ 查看疑点（5），记为问题或排除 →
在问题清单（6）核实、改状态、加备注、修改措辞和金额 → 导出 Excel。随时可用搜索（3 或 /）和记录（4）查原始数据。

疑点只是线索：每条都指向原始文件、工作表和行号，需核实原始凭证后再下结论。"""

KEY_NAMES = {"question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter", "space": "空格",
             "tab": "Tab", "shift+tab": "Shift+Tab", "backspace": "退格", "delete": "Del",
             "up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn",
             "home": "Home", "end": "End", "comma": ",", "full_stop": ".", "plus": "+", "minus": "-"}
"""How a key is written on the keyboard, by Textual's key name (a missing one is built by key_name)."""


def key_name(key: str) -> str:
    """'↓' for 'down', 'Ctrl+F' for 'ctrl+f', 'F1' for 'f1', 'a' for 'a': the key as printed on the keyboard."""
    key = key.strip()
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    *modifiers, last = key.split("+")
    last = KEY_NAMES.get(last, last.upper() if len(last) == 1 and modifiers else last)
    if last[:1] == "f" and last[1:].isdigit():
        last = last.upper()
    return "+".join([m.capitalize() for m in modifiers] + [last])


def key_text(binding: Binding) -> str:
    """The keys of a binding as the help lists them ('↓', 'Ctrl+P', 'j/↓').

    Textual's key names ('down', 'ctrl+p') are not what is printed on the
    keys, and a footer's short ``key_display`` ('^p') is cryptic in a list.
    """
    names = [key_name(k) for k in binding.key.split(",") if k.strip()]
    return "/".join(names) or binding.key_display or binding.key


def screen_bindings() -> list[tuple[str, list[Binding]]]:
    """(title, bindings) of the app and of every screen, in the order of the number keys."""
    from screens.app import XunchaApp
    from screens.dossier import DossierScreen
    from screens.record import RecordScreen

    groups: list[tuple[str, list[Binding]]] = []
    app_keys = [b for b in XunchaApp.BINDINGS if isinstance(b, Binding) and not b.action.startswith("goto(")]
    groups.append(("全局", app_keys))
    for _key, mode, label in NAV_ITEMS:
        screen = XunchaApp.MODES[mode]
        groups.append((label, [b for b in screen.BINDINGS if isinstance(b, Binding)]))
    groups.append(("项目档案", [b for b in DossierScreen.BINDINGS if isinstance(b, Binding)]))
    groups.append(("记录详情", [b for b in RecordScreen.BINDINGS if isinstance(b, Binding)]))
    return groups


class HelpScreen(ModalScreen[None]):
    """帮助: the workflow and every key."""

    CSS_PATH = "help.tcss"
    BINDINGS = [
        Binding("escape", "close", "关闭", tooltip="关闭帮助", id="help.close"),
        Binding("question_mark", "close", "关闭", show=False, tooltip="关闭帮助", id="help.close.question"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static("巡察工作台 · 帮助", id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(INTRO, id="help-intro", markup=False)
                pages = "　".join(f"{key} {label}" for key, _mode, label in NAV_ITEMS)
                yield Static(Content.assemble(("切换页面：", "bold"), pages,
                                              "　（在输入框里先按 Esc 离开输入框）"), classes="help-line")
                for title, bindings in screen_bindings():
                    lines = [Content.styled(title, "bold $accent")]
                    for binding in bindings:
                        text = binding.tooltip or binding.description
                        key = key_text(binding)
                        lines.append(Content.assemble((f"  {key}" + " " * max(1, 8 - cell_len(key)), "bold"),
                                                      f"{binding.description}：{text}" if text != binding.description
                                                      else text))
                    yield Static(Content("\n").join(lines), classes="help-group")
                yield Static("鼠标：点击页面名称切换页面，点击表头排序（记录页），滚轮滚动。Ctrl+P 打开命令面板，"
                             "输入“导出”“汇总”“筛查”等找到对应操作。", classes="help-line", markup=False)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
