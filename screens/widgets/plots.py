"""Provides the plotext charts: amounts around the tiers, spending by month.

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


class TierHistogram(PlotextPlot):
    """Amounts as a share of the tier just above or around them: a spike just under 100% is the clue.

    Every amount within 70%–110% of a tier is placed at amount / tier; the bins
    are 2.5% wide and a line marks 100% (the tier itself).
    """

    DEFAULT_CSS = """
    TierHistogram {
        height: 12;
        min-height: 8;
    }
    """

    LOW, HIGH, STEP = 70.0, 110.0, 2.5

    def set_data(self, amounts: Sequence[int], tiers: Sequence[int]) -> None:
        """Redraw from amounts and tiers, both in fen."""
        ratios: list[float] = []
        for amount in amounts:
            for tier in tiers:
                if tier and self.LOW <= amount * 100 / tier < self.HIGH:
                    ratios.append(amount * 100 / tier)
                    break
        bins = int((self.HIGH - self.LOW) / self.STEP)
        counts = [0] * bins
        for ratio in ratios:
            counts[min(bins - 1, int((ratio - self.LOW) / self.STEP))] += 1
        centres = [self.LOW + self.STEP * (i + 0.5) for i in range(bins)]
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        colors = ["red" if 90 <= c < 100 else "blue" for c in centres]
        plt.bar(centres, counts, width=0.8 * self.STEP / self.STEP, color=colors)
        plt.vline(100, "white")
        plt.xticks([70, 80, 90, 100, 110], ["70%", "80%", "90%", "100%", "110%"])
        plt.xlim(self.LOW, self.HIGH)
        plt.ylabel("n")
        self.refresh()


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
