"""Where a legend may go without hiding what a plot draws.

A legend drawn inside the axes (in a corner the data usually leave free) must not cover a data marker or a text
label; whether it does depends on the data, so it is measured on the drawn figure, not assumed.
"""
from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np


def _as_numbers(values) -> np.ndarray:
    values = np.asarray(values)
    if values.dtype.kind in "fiub":
        return values.astype(float)
    return np.asarray(mdates.date2num(values), dtype=float)


def covered_by_legend(ax, legend=None) -> list[str]:
    """What the legend of `ax` (or `legend`) covers: each text of the axes ('D05  Family doctors 2018') and each
    marker ('marker at row 3') whose drawn box meets the legend's box. Empty when it covers nothing."""
    legend = legend if legend is not None else ax.get_legend()
    if legend is None:
        return []
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    box = legend.get_window_extent(renderer)
    covered = [repr(t.get_text()) for t in ax.texts if t.get_text().strip() and t.get_visible()
               and t.get_window_extent(renderer).overlaps(box)]
    for line in ax.lines:
        if line.get_marker() in (None, "None", "", " ") or not line.get_visible():
            continue
        radius = line.get_markersize() * fig.dpi / 72 / 2 + line.get_markeredgewidth() * fig.dpi / 72
        xy = np.column_stack([_as_numbers(line.get_xdata()), _as_numbers(line.get_ydata())])
        for (px, py), (_, y) in zip(ax.transData.transform(xy), xy):
            if box.x0 - radius < px < box.x1 + radius and box.y0 - radius < py < box.y1 + radius:
                covered.append(f"marker at y={y:g}")
    return covered
