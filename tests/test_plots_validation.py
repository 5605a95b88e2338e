"""The method validation figure (analysis/plots/validation.py, figures/method_validation_agreement.png)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.plots.validation import plot_agreement  # noqa: E402


def _records(disagreeing: bool) -> pd.DataFrame:
    rows = []
    for k, name in enumerate(["LC", "LF", "CVF_pof", "LF_theory"]):
        for i in range(12):
            diff = 0.0 if i % 3 == 0 else 10.0 ** -(4 + (i + k) % 12)
            rows.append({"analysis": name, "abs_diff": diff, "agrees": True})
    if disagreeing:
        rows.append({"analysis": "LF_theory", "abs_diff": 0.3, "agrees": False})
    return pd.DataFrame(rows)


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_the_legend_is_not_drawn_among_the_dots():
    """The legend sat in the plot's lower right corner, on the last analysis's row (LF_theory) right of the tolerance
    line: its 'agrees' dot read as one more compared number beyond the tolerance, a disagreement the figure does not
    have (figures/method_validation_agreement.png). The legend is now drawn below the axis, clear of the plot area,
    its ticks and its label, with or without disagreeing numbers."""
    for disagreeing in (False, True):
        fig = plot_agreement(_records(disagreeing), tolerance=5e-4)
        try:
            fig.canvas.draw()
            renderer = fig.canvas.get_renderer()
            ax = fig.axes[0]
            legends = [*fig.legends, *([ax.get_legend()] if ax.get_legend() else [])]
            assert len(legends) == 1
            box = legends[0].get_window_extent(renderer)
            labels = [t.get_text() for t in legends[0].get_texts()]
            assert labels == (["agrees", "disagrees"] if disagreeing else ["agrees"])
            assert not _overlaps(box, ax.get_window_extent(renderer)), "legend inside the plot area"
            for text in [ax.xaxis.label, *ax.get_xticklabels()]:
                assert not _overlaps(box, text.get_window_extent(renderer)), f"legend over {text.get_text()!r}"
            figure_box = fig.bbox
            assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1 and figure_box.y0 <= box.y0, "legend cut off"
        finally:
            plt.close(fig)
