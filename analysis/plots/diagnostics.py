"""Labelled XY plots of case types (Schneider & Rohlfing 2013): a solution's cases (analysis.qca.case_typology), one
panel per term and the solution (analysis.qca.term_typology, SetMethods' pimplot) and a necessary condition's cases
(analysis.qca.necessity_typology, as SetMethods' xy.plot of a necessity relation). Each case is labelled and marked
by its type (typical, deviant consistency, deviant coverage or relevance, individually irrelevant); on a plot too
crowded to name every case, the deviant ones keep their labels first and the legend says how many are. Plotting only:
the types and the fit are computed in the engine and passed in; `python -m analysis.qca plot` draws them to a file."""
from __future__ import annotations

from typing import Mapping

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .layout import whole_number_parameter
from .qca import TEXT, _finish_xy, _fmt, _wrap_terms, fit_box, place_case_labels, xy_axes
from .style import OKABE_ITO, apply_style

__all__ = ["case_type_xy", "term_type_xy", "necessity_type_xy", "robustness_xy", "MAX_TERMS"]

#: The most terms term_type_xy draws unless told otherwise (its max_terms): a panel each and the solution's, 3.6 inches
#: a row of panels, so 11 terms at 3 panels a row are 4 rows, about 15 inches (a model of 59 terms, 20 rows of panels,
#: was 72 inches tall).
MAX_TERMS = 11

_STYLE = {"typical": (OKABE_ITO[4], "o"), "deviant consistency": (OKABE_ITO[5], "s"),
          "deviant consistency in degree": (OKABE_ITO[0], "D"), "deviant coverage": (OKABE_ITO[2], "^"),
          "individually irrelevant": ("#999999", "v"), "at crossover": ("#cccccc", "x"),
          "in another term": (OKABE_ITO[7], "P")}
#: A necessary condition's 'deviant relevance' (in X, not in Y) is drawn as its mirror, deviant coverage: the two
#: are never in one plot.
_SAME_STYLE = {"deviant relevance": "deviant coverage"}
# legend labels with lang="zh" (the terms of the figure catalogue's Chinese captions)
_TYPE_ZH = {"typical": "典型", "deviant consistency": "一致性偏离", "deviant consistency in degree": "程度上的一致性偏离",
            "deviant coverage": "覆盖度偏离", "individually irrelevant": "个体无关", "at crossover": "隶属度 0.5",
            "in another term": "属于另一项", "deviant relevance": "相关性偏离"}
#: Which cases keep their label on a plot too crowded to name them all (place_case_labels): the deviant ones first
#: (those a reader looks up), then the typical, then the rest.
_LABEL_RANK = {"deviant consistency": 0, "deviant coverage": 0, "deviant relevance": 0,
               "deviant consistency in degree": 1, "typical": 2, "in another term": 3, "individually irrelevant": 4}
_ORDER = ("typical", "deviant consistency", "deviant consistency in degree", "deviant coverage", "deviant relevance",
          "individually irrelevant", "in another term", "at crossover")


def _type_label(kind: str, lang: str) -> str:
    return _TYPE_ZH[kind] if lang == "zh" else ("at crossover (0.5)" if kind == "at crossover" else kind)


def _typed_points(ax, x, y, cases, types, lang: str) -> None:
    """Each case a marker of its type's colour and shape (a case at the crossover, 'at crossover (...)', or of no
    type, '': the grey cross), in _ORDER, then the shared XY frame with the cases to label, deviant ones first
    (_LABEL_RANK)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    types = pd.Series(list(types), dtype=object).astype(str)
    for kind in _ORDER:
        color, marker = _STYLE[_SAME_STYLE.get(kind, kind)]
        sel = (types.str.startswith(kind) | (types == "")) if kind == "at crossover" else types == kind
        sel = sel.to_numpy(bool)
        if sel.any():
            ax.scatter(x[sel], y[sel], s=30, color=color, marker=marker, zorder=3, label=_type_label(kind, lang))
    xy_axes(ax, x, y, list(cases), rank=[_LABEL_RANK.get(str(kind).split(" (")[0], len(_LABEL_RANK)) for kind in types])


def _need(table, columns: set, source: str, name: str = "the table") -> None:
    """`table` (called `name` in the error) as a DataFrame holding `columns`, as `source` gives it."""
    if not isinstance(table, pd.DataFrame) or not columns <= set(table.columns):
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"{name} needs columns {sorted(columns)} (from {source})")


def case_type_xy(typology: pd.DataFrame, fit: Mapping[str, float] | None = None, title: str | None = None,
                 lang: str = "en"):
    """XY plot from case_typology(): one marker style per case type, every case labelled where its label stays
    readable, deviant ones first (place_case_labels; cases at the same point listed together), the diagonal and the
    0.5 lines drawn."""
    lang = apply_style(lang)
    t = TEXT[lang]
    _need(typology, {"case", "solution", "outcome", "type"}, "case_typology()", "typology")
    fig, ax = plt.subplots(figsize=(7.2, 5.0))
    _typed_points(ax, typology["solution"], typology["outcome"], typology["case"], typology["type"], lang)
    ax.set_xlabel(t["solution"])
    ax.set_ylabel(t["outcome"])
    return _finish_xy(fig, ax, fit, title, lang)


def term_type_xy(typology: pd.DataFrame, fits: Mapping[str, Mapping[str, float]] | None = None,
                 outcome: str | None = None, title: str | None = None, lang: str = "en", columns: int = 3,
                 max_terms: int = MAX_TERMS):
    """XY plots of a model's terms and of the model as a whole from term_typology() (SetMethods' pimplot): one panel
    per term (its membership on the horizontal axis), the solution's last, each case marked by its type on that
    panel and labelled. `fits`: each panel's {'inclS', 'covS'} (a term's from Model.term_fit, the solution's
    Model.fit), written under the panel's name; `outcome`: the vertical axis' label; `columns`: panels in a row. A
    model of more than `max_terms` terms (MAX_TERMS unless told) is refused with a QCAInputError naming their number,
    not drawn ever taller."""
    from ..qca.errors import QCAInputError

    whole_number_parameter("max_terms", max_terms, "terms")
    lang = apply_style(lang)
    t = TEXT[lang]
    _need(typology, {"panel", "case", "X", "Y", "type"}, "term_typology()")
    if isinstance(columns, bool) or not isinstance(columns, int) or columns < 1:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"columns must be a whole number of 1 or more, got {columns!r}")
    panels = list(dict.fromkeys(typology["panel"].astype(str)))
    if not panels:
        from ..qca.errors import QCAInputError
        raise QCAInputError("the table has no panel (term_typology() of a solution gives one per term)")
    n_terms = len([p for p in panels if p != "solution"])
    if n_terms > max_terms:
        raise QCAInputError(f"the model has {n_terms:,} terms, more than the figure draws (max_terms={max_terms:,}; a "
                            "panel each): draw some of them (typology[typology['panel'].isin([...])]; CLI: --term), "
                            "or raise max_terms")
    ncol = min(columns, len(panels))
    nrow = -(-len(panels) // ncol)
    fig, axes = plt.subplots(nrow, ncol, figsize=(0.4 + 3.3 * ncol + 1.9, 0.3 + 3.6 * nrow), squeeze=False)
    handles: dict[str, object] = {}
    for ax, panel in zip(axes.flat, panels):
        part = typology[typology["panel"].astype(str) == panel]
        _typed_points(ax, part["X"], part["Y"], part["case"].astype(str), part["type"], lang)
        name = t["solution"] if panel == "solution" else _wrap_terms(panel, 30)
        fit = (fits or {}).get(panel)
        head = name if not fit else (f"{name}\n{t['consistency']} {_fmt(fit.get('inclS'))}"
                                     f"{'，' if lang == 'zh' else ', '}{t['coverage']} {_fmt(fit.get('covS'))}")
        ax.set_title(head, fontsize=8)
        ax.set_xlabel(t["solution"] if panel == "solution" else t["term"], fontsize=8)
        ax.set_ylabel(outcome or t["outcome"], fontsize=8)
        for h, label in zip(*ax.get_legend_handles_labels()):
            handles.setdefault(label, h)
    for ax in axes.flat[len(panels):]:
        ax.set_visible(False)
    order = [_type_label(k, lang) for k in _ORDER]
    labels = sorted(handles, key=order.index)
    fig.legend([handles[k] for k in labels], labels, loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=7,
               frameon=False)
    if title:   # a model of many terms: broken after ' + ' (the file's embedded title stays one line)
        fig.suptitle(_wrap_terms(title, 40 * ncol))
    fig.tight_layout()
    place_case_labels(fig, lang)   # after the layout, which shrinks the panels
    return fig


def necessity_type_xy(typology: pd.DataFrame, fit: Mapping[str, float] | None = None, outcome: str | None = None,
                      title: str | None = None, lang: str = "en"):
    """XY plot of a necessary condition from necessity_typology(): its membership (X) on the horizontal axis, the
    outcome's (Y) on the vertical, each case marked by its type for necessity (typical, deviant consistency: above
    the diagonal, against necessity; deviant relevance: in X, not in Y) and labelled. `fit`: {'inclN', 'RoN',
    'covN'} (pof(..., 'necessity')); `outcome`: the vertical axis' label."""
    lang = apply_style(lang)
    t = TEXT[lang]
    _need(typology, {"case", "condition", "X", "Y", "type"}, "necessity_typology()")
    conds = list(dict.fromkeys(typology["condition"].astype(str)))
    if len(conds) != 1:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"the table must hold one condition's cases, got {len(conds)} conditions")
    fig, ax = plt.subplots(figsize=(7.2, 5.0))
    _typed_points(ax, typology["X"], typology["Y"], typology["case"].astype(str), typology["type"], lang)
    ax.set_xlabel(_wrap_terms(conds[0]))
    ax.set_ylabel(outcome or t["outcome"])
    if fit:
        fit_box(ax, "\n".join(f"{t[k]} {_fmt(fit.get(key))}" for k, key in
                               (("nec_cons", "inclN"), ("relevance", "RoN"), ("nec_cov", "covN"))))
    ax.legend(loc="lower left", bbox_to_anchor=(1.02, 0.0), fontsize=7, frameon=False)
    if title:
        ax.set_title(title)
    place_case_labels(fig, lang)
    return fig


# ---------------------------------------------------------------- the robustness protocol's XY plot

#: Each robustness type's colour and marker (robust, shaky, possible: the intersection with the test set); typical
#: cases (Y > 0.5) filled, deviant ones (Y < 0.5) open, so that colour and shape say the intersection and the fill
#: the outcome.
_ROBUSTNESS_STYLE = {"robust": (OKABE_ITO[4], "o"), "shaky": (OKABE_ITO[5], "s"), "possible": (OKABE_ITO[0], "D"),
                     "extreme deviant coverage": (OKABE_ITO[2], "^"), "irrelevant": ("#999999", "v"),
                     "at crossover": ("#cccccc", "X")}
_ROBUSTNESS_ORDER = ("robust typical", "robust deviant", "shaky typical", "shaky deviant", "possible typical",
                     "possible deviant", "extreme deviant coverage", "irrelevant", "at crossover")
#: Their legend labels with lang="zh": the case typology's words (_TYPE_ZH: 典型, 覆盖度偏离, 隶属度 0.5) after the
#: intersection's (稳健 robust, 不稳 shaky, 可能 possible), so that one concept has one word in both figures.
_ROBUSTNESS_ZH = {**{f"{key} {kind}": f"{word}{zh}" for key, word in (("robust", "稳健"), ("shaky", "不稳"),
                                                                       ("possible", "可能"))
                     for kind, zh in (("typical", _TYPE_ZH["typical"]), ("deviant", "偏离"))},
                  "extreme deviant coverage": "极端" + _TYPE_ZH["deviant coverage"], "irrelevant": "无关",
                  "at crossover": _TYPE_ZH["at crossover"]}
_ROBUSTNESS_TEXT = {"en": {"IS": "Initial solution (IS)", "minTS": "Test set minimum (minTS)",
                           "maxTS": "Test set maximum (maxTS)"},
                    "zh": {"IS": "初始解（IS）", "minTS": "检验集最小值（minTS）", "maxTS": "检验集最大值（maxTS）"}}


def _robustness_kind(kind: str) -> tuple[str, bool]:
    """The style key of a robustness type and whether its marker is filled (Y > 0.5: typical, extreme deviant
    coverage)."""
    if kind.startswith("at crossover") or not kind:
        return "at crossover", True
    for key in ("robust", "shaky", "possible"):
        if kind.startswith(key + " "):
            return key, kind.endswith("typical")
    return kind, kind != "irrelevant"


def _robustness_rank(kind: str) -> int:
    """A robustness type's turn to be labelled on a crowded plot: shaky and possible cases (those the protocol is
    about) first, then robust deviant ones, then robust typical ones (those a researcher picks for case studies),
    then extreme deviant coverage, then the rest (irrelevant, at crossover). Robust typical and irrelevant cases
    shared a rank, labelled in order of their point: the irrelevant ones near (0, 0) first, the typical ones near
    (1, 1) last, left unlabelled on a crowded plot."""
    key, _ = _robustness_kind(kind)
    return {"robust deviant": 1, "robust typical": 2, "extreme deviant coverage": 3}.get(
        kind, 0 if key in ("shaky", "possible") else 4)


def robustness_xy(cases: pd.DataFrame, fit: Mapping[str, float] | None = None, title: str | None = None,
                  lang: str = "en"):
    """The robustness protocol's XY plots (Oana & Schneider 2021; SetMethods' rob.xyplot): the initial solution (IS)
    against the test set's minimum (minTS: a case of IS outside it is shaky) and against its maximum (maxTS: a case
    outside IS inside it is possible), each case marked by its type (robust, shaky, possible: colour and shape;
    typical filled, deviant open) and labelled where its label stays readable, shaky and possible cases first
    (place_case_labels). `cases`: RobustnessProtocol.cases (case, IS, minTS, maxTS, Y, type);
    `fit`: RobustnessProtocol.fit, whose set coincidences RF_SC_minTS and RF_SC_maxTS (and RF_cov, RF_cons) are
    written beside the panels."""
    from .style import legend_labels, marker_handle, stage_marker

    lang = apply_style(lang)
    words = _ROBUSTNESS_TEXT[lang]
    _need(cases, {"case", "IS", "minTS", "maxTS", "type"}, "RobustnessProtocol.cases")
    fig, axes = plt.subplots(1, 2, figsize=(10.4, 4.6))
    types = cases["type"].astype(str).tolist()
    for ax, other in zip(axes, ("minTS", "maxTS")):
        for x, y, kind in zip(cases["IS"].astype(float), cases[other].astype(float), types):
            key, filled = _robustness_kind(kind)
            colour, marker = _ROBUSTNESS_STYLE[key]
            stage_marker(ax, x, y, marker=marker, ms=6, colour=colour, filled=filled)
        xy_axes(ax, cases["IS"].astype(float), cases[other].astype(float), cases["case"].astype(str).tolist(),
                rank=[_robustness_rank(kind) for kind in types], first="shaky_possible")
        ax.set_xlabel(words["IS"])
        ax.set_ylabel(words[other])
        if fit:
            ax.set_title(f"RF_SC_{other} {_fmt(fit.get(f'RF_SC_{other}'))}", fontsize=8)
    present = {("at crossover" if t.startswith("at crossover") or not t else t) for t in types}
    handles = []
    for kind in _ROBUSTNESS_ORDER:
        if kind in present:
            key, filled = _robustness_kind(kind)
            colour, marker = _ROBUSTNESS_STYLE[key]
            label = _ROBUSTNESS_ZH[kind] if lang == "zh" else ("at crossover (0.5)" if kind == "at crossover" else kind)
            handles.append(marker_handle(marker, filled, label, colour=colour))
    fig.legend(handles, legend_labels(handles), loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=7,
               frameon=False)
    if fit:
        fit_box(axes[1], f"RF_cov {_fmt(fit.get('RF_cov'))}\nRF_cons {_fmt(fit.get('RF_cons'))}")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    place_case_labels(fig, lang)   # after the layout, which shrinks the panels
    return fig
