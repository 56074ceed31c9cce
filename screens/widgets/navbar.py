"""Provides NavBar: the row of numbered screens on top, current one highlighted, clickable."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

NAV_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("1", "overview", "总览"),
    ("2", "import", "导入"),
    ("3", "search", "搜索"),
    ("4", "records", "记录"),
    ("5", "flags", "疑点"),
    ("6", "notebook", "问题清单"),
    ("7", "rules", "规则"),
)
"""(key, mode, label) of every main screen, in key order."""


class NavBar(Static):
    """One line: '巡察  1 总览  2 导入 …', the current screen in reverse video."""

    DEFAULT_CSS = """
    NavBar {
        height: 1;
        width: 1fr;
        background: $panel;
        color: $text-muted;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, current: str, context: str = "") -> None:
        super().__init__(id="navbar")
        self.current = current
        """The mode of the screen this bar sits on."""
        self.context = context
        """A short trailing text, e.g. the project a dossier shows."""

    def on_mount(self) -> None:
        self.update(self._content())

    def set_context(self, context: str) -> None:
        self.context = context
        self.update(self._content())

    def _content(self) -> Content:
        markup = ["[bold reverse $accent] 巡察 [/]"]
        for key, mode, label in NAV_ITEMS:
            style = "bold reverse $primary " if mode == self.current else ""
            markup.append(f"[{style}@click=app.goto('{mode}')] {key} {label} [/]")
        markup.append("[dim @click=app.help] ? 帮助 [/]")
        content = Content.from_markup("".join(markup))
        # The context as far as the bar has room for it: whole (cut with '…' if need be) when
        # its kind and a few characters of its name fit, else its kind alone ('项目档案' of
        # '项目档案：…'), else none: at 80 columns the page keys leave it four cells, and a
        # dangling '│ 项…' says nothing (the page's first line names the project or record).
        if not self.context:
            return content
        kind, _, name = self.context.partition("：")
        room = self.size.width - content.cell_length - cell_len(" │ ")
        if not self.size.width or room >= cell_len(kind) + (cell_len("：") + 10 if name else 0):
            return content + Content.styled(f" │ {self.context}", "italic")
        if room >= cell_len(kind):
            return content + Content.styled(f" │ {kind}", "italic")
        return content

    def on_resize(self) -> None:
        if self.context:
            self.update(self._content())
