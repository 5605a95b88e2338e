"""Where a legend may go without hiding what a plot draws, and how much room a figure's text and rows take.

A legend drawn inside the axes (in a corner the data usually leave free) must not cover a data marker or a text
label; whether it does depends on the data, so it is measured on the drawn figure, not assumed. A text's width is
counted in display columns (_columns: a Chinese character takes two), and a figure whose height grows with its rows
(cases, truth-table rows) draws them in panels side by side (row_panels).
"""
from __future__ import annotations

import unicodedata

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
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


def _columns(text: str) -> int:
    """Width of `text` in columns: 2 for an East Asian Wide or Fullwidth character (Unicode Standard Annex #11,
    East Asian Width: a Chinese character is drawn about 1 em wide), 1 for any other (a Latin glyph, ~0.55 em). The
    one measure of a drawn text's width the figures use (a case name, a condition label, a note)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


#: The most rows (cases of a membership heat map, rows of a truth table) one panel of a figure draws: at 0.3 inch a
#: row, 40 rows are about 13 inches, a page's height. A figure of more rows draws them in panels side by side
#: (row_panels), so that its height stays that of one panel: a heat map of 200 cases was 61 inches tall.
PANEL_ROWS = 40
#: The most rows a figure draws unless told otherwise (its max_rows): 10 panels of 40 rows.
MAX_ROWS = 400


def whole_number_parameter(name: str, value, unit: str) -> None:
    """A QCAInputError unless `value` is a whole number, 1 or more (a bool or a number as text is none), naming the
    parameter `name` and its `unit` ('max_paths must be a whole number of paths, 1 or more, got '100'')."""
    import numbers

    from ..qca.errors import QCAInputError

    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise QCAInputError(f"{name} must be a whole number of {unit}, 1 or more, got {value!r}")


def panel_figure(n_panels: int, width: float, height: float, layout: str | None = "constrained"):
    """A figure of `n_panels` axes side by side, each `width` by `height` inches, and its axes: one panel as
    plt.subplots draws it (the figures of PANEL_ROWS rows or fewer are unchanged); several with `layout`
    ('constrained' keeps each panel's row labels clear of the panel to its left; None for a figure that places its
    panels itself, by tight_layout)."""
    if n_panels == 1:
        fig, ax = plt.subplots(figsize=(width, height))
        return fig, [ax]
    fig, axes = plt.subplots(1, n_panels, figsize=(width * n_panels, height), layout=layout)
    return fig, list(axes)


def row_panels(n: int, max_rows: int, what: str, select: str) -> list[range]:
    """The rows 0 .. n-1 of a figure in panels of at most PANEL_ROWS rows, as even as their number allows (90 rows:
    30, 30 and 30); one panel of n rows when n is PANEL_ROWS or fewer (and for no rows). A figure of more than
    `max_rows` rows is refused with a QCAInputError naming its size (`what`: 'cases', 'truth-table rows'), the limit
    and how to draw fewer (`select`)."""
    from ..qca.errors import QCAInputError

    whole_number_parameter("max_rows", max_rows, "rows")
    if n > max_rows:
        raise QCAInputError(f"the figure has {n:,} {what}, more than it draws (max_rows={max_rows:,}; "
                            f"{PANEL_ROWS} to a panel): {select}, or raise max_rows")
    if n <= PANEL_ROWS:
        return [range(n)]
    size = -(-n // -(-n // PANEL_ROWS))   # ceil(n / number of panels)
    return [range(start, min(start + size, n)) for start in range(0, n, size)]
