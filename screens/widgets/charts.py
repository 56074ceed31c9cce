"""Provides BarList: horizontal bars with CJK labels, drawn without plotext.

plotext measures text with ``len()``, so Chinese labels (村名, 单位名) come out
misaligned; these bars measure with ``cell_len`` and cost nothing to import.
The plotext charts (histograms, time series) are in ``screens.widgets.plots``
and are imported only when a screen shows one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

BLOCKS = " ▏▎▍▌▋▊▉█"


@dataclass(frozen=True)
class Bar:
    """One bar: a label, the value that sets its length, and the text after it."""

    label: str
    value: float
    text: str = ""
    style: str = ""
    """A style for the bar, e.g. '$error' for high severity."""


def truncate_cells(text: str, width: int) -> str:
    """Cut text to at most ``width`` terminal cells, with '…' when cut."""
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        w = cell_len(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def pad_cells(text: str, width: int) -> str:
    text = truncate_cells(text, width)
    return text + " " * (width - cell_len(text))


class BarList(Static):
    """Labelled horizontal bars, one a line, scaled to the largest value."""

    DEFAULT_CSS = """
    BarList {
        height: auto;
        width: 1fr;
        text-wrap: nowrap;
        overflow-x: hidden;
    }
    """

    bars: reactive[tuple[Bar, ...]] = reactive((), init=False)
    """The bars to draw; set it to redraw."""

    def __init__(self, bars: Sequence[Bar] = (), *, label_width: int = 14, empty_text: str = "（无数据）",
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.label_width = label_width
        """The most cells a label takes; longer labels are cut with '…'."""
        self.empty_text = empty_text
        self.set_reactive(BarList.bars, tuple(bars))

    def on_mount(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def watch_bars(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = self.content_size.width or 60
        if not self.bars:
            self.update(Content.styled(self.empty_text, "dim"))
            return
        text_width = max(cell_len(b.text) for b in self.bars)
        longest = max(cell_len(b.label) for b in self.bars)
        label_width = min(self.label_width, longest, max(4, width // 3))
        bar_width = max(1, width - label_width - text_width - 3)
        top = max(b.value for b in self.bars) or 1
        lines: list[Content] = []
        for bar in self.bars:
            eighths = int(round(max(bar.value, 0) / top * bar_width * 8))
            full, part = divmod(eighths, 8)
            drawn = "█" * full + (BLOCKS[part] if part else "")
            if bar.value > 0 and not drawn:
                drawn = "▏"
            lines.append(Content.assemble(
                pad_cells(bar.label, label_width) + " ",
                (drawn.ljust(bar_width), bar.style or "$primary"),
                " ",
                (" " * (text_width - cell_len(bar.text)) + bar.text, "$text-muted"),
            ))
        self.update(Content("\n").join(lines))
