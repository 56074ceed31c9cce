"""Provides the plotext chart of spending by month.

Imported only by the screens that show a chart, and only when they compose
it: textual-plotext and plotext cost start-up time (PERF.md §7). Labels
inside a plot stay ASCII (plotext measures with ``len()``); the Chinese
caption sits above the plot in a Label.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual_plotext import PlotextPlot

FEN_PER_WAN = 1_000_000


def _wan(fen: int) -> str:
    return f"{fen / FEN_PER_WAN:g}"


class MonthlySpending(PlotextPlot):
    """Outgoing payments per month, in 万元."""

    DEFAULT_CSS = """
    MonthlySpending {
        height: 12;
        min-height: 8;
    }
    """

    def set_data(self, months: Sequence[tuple[str, int]]) -> None:
        """Redraw from ('YYYY-MM', fen) pairs, oldest first."""
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        if months:
            labels = [m for m, _ in months]
            values = [fen / FEN_PER_WAN for _, fen in months]
            plt.bar(list(range(len(labels))), values, color="blue")
            step = max(1, len(labels) // 6)
            ticks = list(range(0, len(labels), step))
            plt.xticks(ticks, [labels[i] for i in ticks])
            plt.ylabel("wan")
        self.refresh()
