"""Provides NavBar: the row of numbered screens on top, current one highlighted, clickable."""

from __future__ import annotations

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
        if self.context:
            content = content + Content.styled(f" │ {self.context}", "italic")
        return content
