"""Labelled XY plot of a case typology (analysis.qca.diagnostics.case_typology): solution membership (x)
against outcome membership (y), each case labelled and marked by its type (typical, deviant consistency,
deviant coverage, individually irrelevant). Plotting only; the types are computed in the engine."""
from __future__ import annotations

from typing import Mapping

import matplotlib.pyplot as plt
import pandas as pd

from .qca import TEXT, _fmt, xy_axes
from .style import OKABE_ITO, apply_style

__all__ = ["case_type_xy"]

_STYLE = {"typical": (OKABE_ITO[4], "o"), "deviant consistency": (OKABE_ITO[5], "s"),
          "deviant consistency in degree": (OKABE_ITO[0], "D"), "deviant coverage": (OKABE_ITO[2], "^"),
          "individually irrelevant": ("#999999", "v"), "at crossover": ("#cccccc", "x")}
# legend labels with lang="zh" (the terms of the figure catalogue's Chinese captions)
_TYPE_ZH = {"typical": "典型", "deviant consistency": "一致性偏离", "deviant consistency in degree": "程度上的一致性偏离",
            "deviant coverage": "覆盖度偏离", "individually irrelevant": "个体无关", "at crossover": "隶属度 0.5"}


def case_type_xy(typology: pd.DataFrame, fit: Mapping[str, float] | None = None, title: str | None = None,
                 lang: str = "en"):
    """XY plot from case_typology(): one marker style per case type, every case labelled (cases at the same
    point listed together), the diagonal and the 0.5 lines drawn."""
    lang = apply_style(lang)
    t = TEXT[lang]
    need = {"case", "solution", "outcome", "type"}
    if not need <= set(typology.columns):
        raise ValueError(f"typology needs columns {sorted(need)} (from case_typology())")
    fig, ax = plt.subplots(figsize=(7.2, 5.0))
    types = typology["type"].astype(str)
    for kind, (color, marker) in _STYLE.items():
        # a case at the crossover (solution or outcome exactly 0.5) has none of the types: 'at crossover (...)'
        part = typology[types.str.startswith(kind) | (types == "")] if kind == "at crossover" else \
            typology[types == kind]
        if len(part):
            ax.scatter(part["solution"], part["outcome"], s=30, color=color, marker=marker, zorder=3,
                       label=_TYPE_ZH[kind] if lang == "zh" else ("at crossover (0.5)" if kind == "at crossover"
                                                                   else kind))
    xy_axes(ax, typology["solution"], typology["outcome"], typology["case"])
    ax.set_xlabel(t["solution"])
    ax.set_ylabel(t["outcome"])
    # fit and legend outside the axes: inside they would hide the corner cases (deviant coverage at (0, 1),
    # deviant consistency at (1, 0)) that this plot exists to show
    if fit:
        ax.text(1.03, 1.0, f"{t['sol_cons']} {_fmt(fit.get('inclS'))}\n{t['sol_cov']} {_fmt(fit.get('covS'))}",
                transform=ax.transAxes, ha="left", va="top", fontsize=7.5,
                bbox=dict(facecolor="white", edgecolor="#cccccc", lw=0.5))
    ax.legend(loc="lower left", bbox_to_anchor=(1.02, 0.0), fontsize=7, frameon=False)
    if title:
        ax.set_title(title)
    return fig
