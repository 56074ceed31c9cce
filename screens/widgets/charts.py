"""Provides BarList (horizontal bars with CJK labels) and TierHistogram, drawn without plotext.

plotext measures text with ``len()``, so Chinese labels (村名, 单位名) come out
misaligned; these charts measure with ``cell_len`` and cost nothing to import.
The plotext charts (time series, the flags screen's histogram) are in
``screens.widgets.plots`` and are imported only when a screen shows one.
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


VBLOCKS = " ▁▂▃▄▅▆▇█"


class TierHistogram(Static):
    """How many amounts lie at 70%–110% of a tier (a spike just under 100% is the clue).

    Every amount within 70%–110% of a tier is placed at amount / tier, in bins
    2.5% wide. The bins from 90% up to the tier are drawn in red, the others
    in the theme's primary colour; the y axis counts amounts, so its labels
    are whole numbers. Drawn with block characters (plotext labels its axes
    with decimals and colours all bars of one series alike).
    """

    DEFAULT_CSS = """
    TierHistogram {
        height: auto;
        width: 1fr;
        text-wrap: nowrap;
        overflow-x: hidden;
    }
    """

    LOW, HIGH, STEP = 70.0, 110.0, 2.5
    BAND = (90.0, 100.0)
    """Bins in this range (just under a tier) are drawn red."""
    ROWS = 8
    """At most this many lines of bars (at least 4); the axis and its labels take two more."""
    TICKS = (70, 80, 90, 100, 110)

    counts: reactive[tuple[int, ...]] = reactive((), init=False)
    """Amounts per bin, from LOW to HIGH."""

    def set_data(self, amounts: Sequence[int], tiers: Sequence[int]) -> None:
        """Redraw from amounts and tiers, both in fen."""
        bins = int((self.HIGH - self.LOW) / self.STEP)
        counts = [0] * bins
        for amount in amounts:
            for tier in tiers:
                if tier and self.LOW <= amount * 100 / tier < self.HIGH:
                    counts[min(bins - 1, int((amount * 100 / tier - self.LOW) / self.STEP))] += 1
                    break
        self.counts = tuple(counts)

    def in_band(self, index: int) -> bool:
        """Whether bin ``index`` lies in the red band (90% up to the tier)."""
        start = self.LOW + index * self.STEP
        return self.BAND[0] <= start and start + self.STEP <= self.BAND[1]

    def on_mount(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def watch_counts(self) -> None:
        self._draw()

    def _draw(self) -> None:
        counts = self.counts
        if not any(counts):
            self.update(Content.styled("没有金额落在各门槛的 70%–110%", "dim"))
            return
        per_row = max(1, -(-max(counts) // self.ROWS))  # a whole number of amounts per line of height
        rows = -(-max(counts) // per_row)
        rows = max(4, rows + rows % 2)  # an even number of lines: every other one is labelled
        labels = {row: str(row * per_row) for row in range(rows, 0, -2)}
        axis_width = max(len(text) for text in labels.values())
        width = self.content_size.width or 48
        column = max(1, (width - axis_width - 2) // len(counts))
        gap = 1 if column >= 3 else 0  # a gap between bars when there is room; the tier line goes in it
        # x is counted from the axis corner: bin i fills x = i*column+1 … (i+1)*column-gap, so the
        # boundary between bins i-1 and i, and its tick, is at x = i*column.
        ticks = {int((tick - self.LOW) / self.STEP) * column: f"{tick}%" for tick in self.TICKS}
        tier_x = int((100 - self.LOW) / self.STEP) * column
        lines: list[Content] = []
        for row in range(rows, 0, -1):
            parts: list[str | tuple[str, str]] = [
                (labels.get(row, "").rjust(axis_width) + ("┤" if row in labels else "│"), "$text-muted")]
            for index, count in enumerate(counts):
                fill = min(max(count / per_row - (row - 1), 0.0), 1.0)
                parts.append((VBLOCKS[round(fill * 8)] * (column - gap),
                              "$error" if self.in_band(index) else "$primary"))
                if gap:
                    parts.append(("┆", "$text-muted") if (index + 1) * column == tier_x else " ")
            lines.append(Content.assemble(*parts))
        plot_width = column * len(counts) + 1
        axis = "".join("└" if x == 0 else "┬" if x in ticks else "─" for x in range(plot_width))
        lines.append(Content.styled("0".rjust(axis_width) + axis, "$text-muted"))
        under = [" "] * (plot_width + 4)
        end = -2
        for x, text in sorted(ticks.items()):
            start = max(0, x - len(text) // 2)
            if start <= end + 1:  # too close to the previous label: leave this one out
                continue
            under[start:start + len(text)] = list(text)
            end = start + len(text) - 1
        lines.append(Content.styled(" " * axis_width + "".join(under).rstrip(), "$text-muted"))
        self.update(Content("\n").join(lines))
