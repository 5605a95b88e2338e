"""Fiss (2011) configuration chart with one column group per model (model ambiguity drawn, not hidden).

Plotting only: the table comes from analysis.qca.configurations.configuration_chart() (core / peripheral
from each model's own parsimonious model). ● present, ⊗ absent; large = core, small = peripheral; blank =
either. Under each path its consistency, raw and unique coverage; under each group the model's fit.
"""
from __future__ import annotations

from typing import Mapping

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from .qca import TEXT, _fmt, _label, _symbol
from .style import apply_style

__all__ = ["configuration_chart_groups"]


def configuration_chart_groups(chart, labels: Mapping[str, str] | None = None, title: str | None = None,
                               lang: str = "en"):
    """Draw a `ConfigurationChart` (analysis.qca.configurations): a column per path, a gap between models."""
    lang = apply_style(lang)
    t = TEXT[lang]
    conds = list(chart.conditions)
    paths = chart.paths.reset_index(drop=True)
    xs, x, prev = [], 0.0, None
    for g in paths["group"]:
        if prev is not None and g != prev:
            x += 0.8
        xs.append(x)
        x += 1.0
        prev = g
    ncol, nrow = len(paths), len(conds)
    right = (xs[-1] if xs else 0) + 0.6
    fig, ax = plt.subplots(figsize=(3.4 + 0.9 * max(right, 1), 1.6 + 0.42 * (nrow + 7)))
    ax.set_aspect("equal")
    ax.axis("off")
    long = chart.to_frame()
    for i, c in enumerate(conds):
        ax.text(-0.7, i, _label(labels, c), ha="right", va="center", fontsize=8.5)
        if i % 2 == 0:
            ax.add_patch(Rectangle((-0.5, i - 0.5), right + 0.1, 1, facecolor="#f2f2f2", edgecolor="none", zorder=0))
    col = {(g, p): j for j, (g, p) in enumerate(zip(paths["group"], paths["path"]))}
    for rec in long.to_dict("records"):
        if rec["value"] == rec["value"]:
            j = col[(rec["group"], rec["path"])]
            _symbol(ax, xs[j], conds.index(rec["condition"]), int(rec["value"]), rec["role"])
    fits = chart.model_fit.set_index("group")
    for g in chart.groups:
        js = [j for j in range(ncol) if paths["group"][j] == g]
        mid = (xs[js[0]] + xs[js[-1]]) / 2
        ax.text(mid, -1.75, f"{g} · {fits.loc[g, 'model']}", ha="center", va="center", fontsize=8, fontweight="bold")
        ax.add_line(Line2D([xs[js[0]] - 0.4, xs[js[-1]] + 0.4], [-1.4, -1.4], color="#333333", lw=0.6))
        y = nrow + 0.4 + 0.55 * 3 + 0.2
        ax.text(mid, y, f"{_fmt(fits.loc[g, 'inclS'])} / {_fmt(fits.loc[g, 'covS'])}", ha="center",
                va="center", fontsize=7)
    for j in range(ncol):
        ax.text(xs[j], -0.85, str(paths["path"][j]), ha="center", va="center", fontsize=9)
    y0 = nrow + 0.4
    ax.add_line(Line2D([-3.4, right], [y0 - 0.4, y0 - 0.4], color="black", lw=0.6))
    for r, (key, name) in enumerate((("consistency", "inclS"), ("raw", "covS"), ("unique", "covU"))):
        y = y0 + 0.55 * r
        ax.text(-0.7, y, t[key], ha="right", va="center", fontsize=8)
        for j in range(ncol):
            ax.text(xs[j], y, _fmt(paths[name][j]), ha="center", va="center", fontsize=7.5)
    y1 = y0 + 0.55 * 3 + 0.2
    ax.text(-0.7, y1, f"{t['sol_cons']} / {t['sol_cov']}", ha="right", va="center", fontsize=7)
    y2 = y1 + 0.9
    items = [(1, "core", t["core_present"]), (1, "peripheral", t["peri_present"]),
             (0, "core", t["core_absent"]), (0, "peripheral", t["peri_absent"])]
    for q, (v, role, text) in enumerate(items):
        _symbol(ax, -3.1, y2 + 0.5 * q, v, role, big=0.18, small=0.09)
        ax.text(-2.8, y2 + 0.5 * q, text, ha="left", va="center", fontsize=7)
    ax.text(-3.3, y2 + 0.5 * len(items), t["blank"], ha="left", va="center", fontsize=7, color="#555555")
    ax.set_xlim(-3.5, right + 0.2)
    ax.set_ylim(y2 + 0.5 * len(items) + 0.4, -2.2)
    if title:
        ax.set_title(title)
    return fig
