"""Figures of a QCA: membership heatmap, Fiss-style configuration chart, XY plot, truth-table view.

Plotting only: every number drawn is computed elsewhere (analysis.cases, analysis.configurations,
analysis.qca) and passed in. Each function applies the compendium style (analysis.plots.style) and returns
a matplotlib Figure; save it with analysis.plots.style.save_figure for byte-identical PNG and SVG files.
`lang="zh"` draws the fixed texts in Chinese when a CJK font is installed, else falls back to English.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import ListedColormap
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Rectangle
from matplotlib.transforms import Bbox
from weakref import WeakKeyDictionary

from ..qca.configurations import chart_frame
from .layout import MAX_ROWS, _columns, panel_figure, row_panels
from .style import OKABE_ITO, apply_style, say_if_chinese_cannot_be_drawn, text_colour_on

TEXT = {
    "en": {"consistency": "Consistency", "raw": "Raw coverage", "unique": "Unique coverage",
           "sol_cons": "Solution consistency", "sol_cov": "Solution coverage", "path": "Configuration",
           "core_present": "core condition present", "peri_present": "peripheral condition present",
           "core_absent": "core condition absent", "peri_absent": "peripheral condition absent",
           "blank": "blank: either present or absent", "cases": "cases", "membership": "membership",
           "OUT": "OUT", "n": "n", "incl": "incl", "PRI": "PRI", "row": "row",
           "solution": "Solution membership", "outcome": "Outcome membership", "type": "type",
           "contradictory": "‡ contradictory row: its cases lie on both sides of the outcome",
           "not_in_outcome": "not in the outcome: {cases}", "coverage": "coverage", "term": "Term membership",
           "nec_cons": "Consistency (necessity)", "relevance": "Relevance (RoN)", "nec_cov": "Coverage (necessity)",
           "labelled": "{shown} of {total} cases labelled\n({first} first; no room\nfor the other labels)",
           "labelled_deviant": "deviant cases", "labelled_shaky_possible": "shaky and possible cases"},
    "zh": {"consistency": "一致性", "raw": "原始覆盖度", "unique": "唯一覆盖度",
           "sol_cons": "总体一致性", "sol_cov": "总体覆盖度", "path": "组态",
           "core_present": "核心条件存在", "peri_present": "边缘条件存在",
           "core_absent": "核心条件缺失", "peri_absent": "边缘条件缺失",
           "blank": "空白：条件可存在可缺失", "cases": "案例", "membership": "隶属度",
           "OUT": "结果", "n": "案例数", "incl": "一致性", "PRI": "PRI", "row": "行",
           "solution": "解的隶属度", "outcome": "结果隶属度", "type": "类型",
           "contradictory": "‡ 矛盾行：行内案例既有属于结果的，也有不属于结果的",
           "not_in_outcome": "不属于结果：{cases}", "coverage": "覆盖度", "term": "项的隶属度",
           "nec_cons": "必要性一致性", "relevance": "必要性的相关性（RoN）", "nec_cov": "必要性覆盖度",
           "labelled": "已标注 {total} 个案例中的 {shown} 个\n（{first}优先；其余标签\n无处可放）",
           "labelled_deviant": "偏离案例", "labelled_shaky_possible": "不稳和可能案例"},
}


def _label(labels: Mapping[str, str] | None, name: str) -> str:
    return labels.get(name, name) if labels else name


def _wrap_terms(text: str, width: int = 42) -> str:
    """Break a long 'A*B + C*D + ...' label after ' + ' so that lines stay under `width` characters, and a line still
    longer (one long term: 'DEMOCRACY_LEVEL*ETHNIC_FRACTIONALIZATION*...', a panel's title on the plot per term,
    which ran into its neighbour's) after a '*'."""
    return "\n".join(piece for line in _greedy_lines(text, " + ", " +", width)
                      for piece in _greedy_lines(line, "*", "*", width))


def _greedy_lines(text: str, sep: str, tail: str, width: int) -> list[str]:
    """`text` split at `sep` into lines of at most `width` characters where it can be, each broken line ending in
    `tail`."""
    lines, cur = [], ""
    for p in text.split(sep):
        cand = p if not cur else cur + sep + p
        if cur and len(cand) > width:
            lines.append(cur + tail)
            cur = p
        else:
            cur = cand
    return lines + [cur]


def _fmt(x) -> str:
    """A fit value with three decimals; blank for a missing one: None, NaN, or an empty cell read back from a CSV with
    keep_default_na=False (notebook 04's paths.csv: covU of a solution's only path)."""
    missing = x is None or (isinstance(x, float) and x != x) or (isinstance(x, str) and not x.strip())
    return "" if missing else f"{float(x):.3f}"


# ---------------------------------------------------------------- memberships


def membership_heatmap(memberships: pd.DataFrame, labels: Mapping[str, str] | None = None,
                       outcome: str | None = None, title: str | None = None, lang: str = "en",
                       max_rows: int = MAX_ROWS):
    """Cases × sets heatmap of set membership with the value written in each cell; the outcome column, if
    named, is set apart by a gap. More than PANEL_ROWS cases are drawn in panels side by side, the figure as tall as
    one (row_panels); more than `max_rows` (MAX_ROWS unless told) are refused, naming how to draw a selection."""
    panels = row_panels(len(memberships), max_rows, "cases",
                        "draw a selection of the cases (memberships.loc[[...]] or memberships.iloc[:40])")
    lang = apply_style(lang)
    t = TEXT[lang]
    say_if_chinese_cannot_be_drawn([*map(str, memberships.index), *(_label(labels, c) for c in memberships.columns)])
    cols = [c for c in memberships.columns if c != outcome] + ([outcome] if outcome in memberships.columns else [])
    values = memberships[cols].to_numpy(dtype=float)
    crisp = bool(np.all(np.isin(values, (0.0, 1.0))))
    n, k = values.shape
    high = len(panels[0])
    # 6 sets print at 6 pt or more in an A4 column
    fig, axes = panel_figure(len(panels), 1.0 + 0.8 * k, 0.9 + 0.3 * high)
    xs = np.arange(k, dtype=float)
    if outcome in memberships.columns:
        xs[-1] += 0.35
    cmap = plt.get_cmap("viridis")
    for ax, rows in zip(axes, panels):
        for j in range(k):
            for i, row in enumerate(rows):
                v = values[row, j]
                ax.add_patch(Rectangle((xs[j] - 0.5, i - 0.5), 1, 1, facecolor=cmap(v), edgecolor="white", lw=1))
                ax.text(xs[j], i, f"{int(v)}" if crisp else f"{v:.2f}", ha="center", va="center", fontsize=7,
                        color=text_colour_on(cmap(v)))
        ax.set_xlim(-0.5, xs[-1] + 0.5)
        ax.set_ylim(high - 0.5, -0.5)
        ax.set_xticks(xs)
        ax.set_xticklabels([_label(labels, c) for c in cols], rotation=35, ha="right")
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels([str(memberships.index[row]) for row in rows])
        ax.tick_params(length=0)
        for s in ax.spines.values():
            s.set_visible(False)
    sm = plt.cm.ScalarMappable(cmap=cmap, norm=plt.Normalize(0, 1))
    fig.colorbar(sm, ax=axes[0] if len(axes) == 1 else list(axes), fraction=0.04, pad=0.02, label=t["membership"])
    _panel_title(fig, axes, title)
    return fig


def _panel_title(fig, axes, title: str | None, pad: float | None = None) -> None:
    """The figure's title over its one panel (`pad`: None, the style's), or over all of its panels (suptitle)."""
    if title and len(axes) == 1:
        axes[0].set_title(title, **({} if pad is None else {"pad": pad}))
    elif title:
        fig.suptitle(title)


# ---------------------------------------------------------------- Fiss-style configuration chart


def _symbol(ax, x, y, value, role, big=0.30, small=0.15):
    r = big if role == "core" else small
    if value == 1:
        ax.add_patch(Circle((x, y), r, facecolor="black", edgecolor="black", lw=0.8))
    else:
        ax.add_patch(Circle((x, y), r, facecolor="white", edgecolor="black", lw=1.0))
        d = r * 0.7071
        ax.add_line(Line2D([x - d, x + d], [y - d, y + d], color="black", lw=1.0))
        ax.add_line(Line2D([x - d, x + d], [y + d, y - d], color="black", lw=1.0))


def configuration_chart(paths: pd.DataFrame, conditions: Sequence[str], solution_fit: Mapping[str, float],
                        labels: Mapping[str, str] | None = None, type_labels: Mapping[str, str] | None = None,
                        title: str | None = None, lang: str = "en"):
    """Configuration chart after Fiss (2011): one column per path; ● presence, ⊗ absence; large = core,
    small = peripheral, blank = either. Under each column its consistency, raw and unique coverage; the
    solution's consistency and coverage below.

    `paths` is analysis.configurations.configuration_paths(): columns path, type, core, peripheral, inclS,
    covS, covU (core / peripheral as terms such as 'SER*~SYS')."""
    lang = apply_style(lang)
    t = TEXT[lang]
    conditions = list(conditions)
    long = chart_frame(paths, conditions)
    ncol, nrow = len(paths), len(conditions)
    w_lab = 3.2
    fig_w = w_lab + 0.9 * max(ncol, 1) + 0.3
    fig_h = 1.4 + 0.42 * (nrow + 4) + 0.9
    fig, ax = plt.subplots(figsize=(fig_w, fig_h))
    ax.set_aspect("equal")
    ax.axis("off")
    cx = [j * 1.0 for j in range(ncol)]
    # header: path labels and types
    for j, (_, p) in enumerate(paths.iterrows()):
        ax.text(cx[j], -0.85, str(p["path"]), ha="center", va="center", fontsize=9, fontweight="bold")
    # path types over runs of adjacent paths of the same type, with a bracket line
    types = paths["type"].tolist()
    start = 0
    for j in range(1, ncol + 1):
        if j == ncol or types[j] != types[start]:
            typ = type_labels.get(types[start], types[start]) if type_labels else types[start]
            mid = (cx[start] + cx[j - 1]) / 2
            ax.text(mid, -1.75, typ, ha="center", va="center", fontsize=7, color="#333333")
            ax.add_line(Line2D([cx[start] - 0.4, cx[j - 1] + 0.4], [-1.4, -1.4], color="#333333", lw=0.6))
            start = j
    # condition rows
    for i, c in enumerate(conditions):
        ax.text(-0.7, i, _label(labels, c), ha="right", va="center", fontsize=8.5)
        if i % 2 == 0:
            ax.add_patch(Rectangle((-0.5, i - 0.5), max(ncol, 1), 1, facecolor="#f2f2f2", edgecolor="none", zorder=0))
    for rec in long.to_dict("records"):
        if rec["value"] == rec["value"]:  # not NaN
            j = paths["path"].tolist().index(rec["path"])
            _symbol(ax, cx[j], conditions.index(rec["condition"]), int(rec["value"]), rec["role"])
    # fit rows
    y0 = nrow + 0.4
    ax.add_line(Line2D([-3.4, ncol - 0.5], [y0 - 0.4, y0 - 0.4], color="black", lw=0.6))
    for r, (key, col) in enumerate((("consistency", "inclS"), ("raw", "covS"), ("unique", "covU"))):
        y = y0 + 0.55 * r
        ax.text(-0.7, y, t[key], ha="right", va="center", fontsize=8)
        for j, (_, p) in enumerate(paths.iterrows()):
            ax.text(cx[j], y, _fmt(p[col]), ha="center", va="center", fontsize=7.5)
    y1 = y0 + 0.55 * 3
    ax.add_line(Line2D([-3.4, ncol - 0.5], [y1 - 0.3, y1 - 0.3], color="black", lw=0.6))
    ax.text(-0.7, y1, t["sol_cons"], ha="right", va="center", fontsize=8)
    ax.text(-0.45, y1, _fmt(solution_fit.get("inclS")), ha="left", va="center", fontsize=8)
    ax.text(-0.7, y1 + 0.5, t["sol_cov"], ha="right", va="center", fontsize=8)
    ax.text(-0.45, y1 + 0.5, _fmt(solution_fit.get("covS")), ha="left", va="center", fontsize=8)
    # legend
    y2 = y1 + 1.3
    items = [(1, "core", t["core_present"]), (1, "peripheral", t["peri_present"]),
             (0, "core", t["core_absent"]), (0, "peripheral", t["peri_absent"])]
    for q, (v, role, text) in enumerate(items):
        yy = y2 + 0.5 * q
        _symbol(ax, -3.1, yy, v, role, big=0.18, small=0.09)
        ax.text(-2.8, yy, text, ha="left", va="center", fontsize=7)
    ax.text(-3.3, y2 + 0.5 * len(items), t["blank"], ha="left", va="center", fontsize=7, color="#555555")
    ax.set_xlim(-3.5, max(ncol, 1) - 0.4)
    ax.set_ylim(y2 + 0.5 * len(items) + 0.4, -2.2)
    if title:
        ax.set_title(title)
    return fig


# ---------------------------------------------------------------- XY plot


def xy_axes(ax, x, y, cases: Sequence[str], rank: Sequence[int] | None = None, first: str = "deviant") -> None:
    """The frame every XY plot shares: the diagonal (y = x) and the 0.5 lines, unit square with equal aspect; and the
    cases to label (cases at the same point listed together), which place_case_labels labels once the figure's layout
    is final. `rank`: each case's turn to be labelled (lower first; a label that would overlap one placed before is
    left out, so on a crowded plot the cases of lower rank keep theirs); `first`: what the lowest ranks are, for the
    note that says how many cases are labelled ('deviant' or 'shaky_possible', keys of TEXT's labelled_*)."""
    ax.plot([0, 1], [0, 1], color="#999999", lw=0.8, ls="--", zorder=1)
    ax.axhline(0.5, color="#dddddd", lw=0.6, zorder=0)
    ax.axvline(0.5, color="#dddddd", lw=0.6, zorder=0)
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-0.05, 1.05)
    ax.set_aspect("equal")
    points: dict[tuple[float, float], list[tuple[int, str]]] = {}
    for xi, yi, c, r in zip(x, y, cases, [0] * len(cases) if rank is None else rank):
        points.setdefault((round(float(xi), 3), round(float(yi), 3)), []).append((int(r), str(c)))
    groups = {xy: ([c for _, c in named], min(r for r, _ in named)) for xy, named in points.items()}
    _CASE_LABELS[ax] = {"groups": groups, "first": first, "drawn": []}


#: The axes drawn by xy_axes, each with the cases it labels (point -> names, rank), what its first ranks are, and the
#: labels place_case_labels drew (removed when it places them again).
_CASE_LABELS: "WeakKeyDictionary" = WeakKeyDictionary()

#: At most this many names in one label (cases at the same point): the rest counted ('+ 12').
_MAX_NAMES = 8


def place_case_labels(fig, lang: str = "en") -> None:
    """Label the cases of each XY axes of `fig` (xy_axes), measured on the figure as it will be drawn: call it after
    the last change of layout (tight_layout shrinks the panels, and labels placed before it touched). Each label takes
    the first free spot around its point (_place_label); one that would print over another label or leave the axes is
    left out, and the figure's legend then says how many cases are labelled and which come first (a plot of 200 cases
    cannot name them all and stay readable). The same for the same figure: calling it again places them anew."""
    notes = []
    for ax in fig.axes:
        entry = _CASE_LABELS.get(ax)
        if entry is None or not ax.get_visible():
            continue
        if not notes:   # once a figure
            say_if_chinese_cannot_be_drawn(n for names, _ in entry["groups"].values() for n in names)
        for label in entry["drawn"]:
            label.remove()
        drawn = _label_cases(ax, entry["groups"])
        entry["drawn"] = [label for label, _ in drawn]
        notes.append((sum(n for _, n in drawn), sum(len(names) for names, _ in entry["groups"].values()),
                      entry["first"]))
    note = labelled_note(notes, lang)
    legend = fig.legends[-1] if fig.legends else next((ax.get_legend() for ax in fig.axes if ax.get_legend()), None)
    if legend is not None:   # (the XY plots' legends have no title of their own)
        legend.set_title(note, prop={"size": 7})
    elif note:
        fig.text(0.01, 0.0, note, ha="left", va="top", fontsize=7)


def labelled_note(notes: Sequence[tuple[int, int, str]], lang: str = "en") -> str:
    """What the labels of a figure's XY axes show, from each axes' (cases labelled, cases, what comes first):
    '58 of 200 cases labelled (deviant cases first; ...)', a range over panels that differ ('17–20 of 29'); '' when
    every case is labelled."""
    if all(shown == total for shown, total, _ in notes):
        return ""
    low, high = min(n[0] for n in notes), max(n[0] for n in notes)
    t = TEXT[lang]
    return t["labelled"].format(shown=low if low == high else f"{low}–{high}", total=notes[0][1],
                                first=t["labelled_" + notes[0][2]])


def _label_text(names: list[str]) -> str:
    """The label of the cases at one point: up to _MAX_NAMES names, four to a line (one to a line when a name is
    long, a long name broken at its spaces or between Chinese characters), then how many more ('+ 12')."""
    from .configurations import _wrap_label

    shown, more = names[:_MAX_NAMES], len(names) - _MAX_NAMES
    if max(_columns(n) for n in shown) > 12:
        text = "\n".join(_wrap_label(n, 22) for n in shown)
    else:
        text = "\n".join(", ".join(shown[i:i + 4]) for i in range(0, len(shown), 4))
    return text + (f"\n+ {more}" if more > 0 else "")


def _label_cases(ax, groups) -> list:
    """Draw the labels of `groups` (point -> names, rank) on `ax` in order of rank (then of the point), each at its
    first spot where it reads as its point's (_place_label); a label with none is left out. Returns each label drawn
    with the number of cases it names."""
    ax.apply_aspect()   # the axes' box as drawn (equal aspect shrinks it), which the labels are placed in
    order = sorted(groups, key=lambda xy: (groups[xy][1], xy))
    centres = ax.transData.transform(order) if order else np.empty((0, 2))
    frame = ax.get_window_extent()   # (each backend's renderer: SVG's canvas has no get_renderer)
    boxes = np.empty((0, 4))
    drawn = []
    for i, xy in enumerate(order):
        names = groups[xy][0]
        label, box = _place_label(ax, xy, i, _label_text(names), boxes, centres, frame)
        if label is not None:
            boxes = np.vstack([boxes, box])
            drawn.append((label, min(len(names), _MAX_NAMES)))
    return drawn


#: Where a case's label may go, in points from its point (x, y offset): first inwards, near the offset every label
#: had before (0.025 of the axis, toward the plot's middle), then beside, above and below, then the same farther out.
_LABEL_SPOTS = tuple((round(dx * r), round(dy * r)) for r in (1, 1.6, 2.4)
                     for dx, dy in ((6, 6), (-6, 6), (6, -6), (-6, -6), (8, 0), (-8, 0), (0, 9), (0, -9)))
#: The first _NEXT_TO spots are next to the point (a label there reads as its point's); one farther out must be
#: nearer its own point than any other.
_NEXT_TO = 8


def _leader(dx: float, dy: float) -> dict:
    """The arrowprops of a label's leader line: a thin grey line from the label's corner (or side) nearest its point,
    for a label offset by (dx, dy) points, to the edge of the point's marker. Only a label placed beyond the _NEXT_TO
    spots next to its point has one: there it reads as its point's by being the nearest label, and on a crowded plot
    the eye needs the line to find which point that is (adjustText draws such lines too; its placement would replace
    this measured, tested one and add a dependency)."""
    corner = (0 if dx > 0 else 1 if dx < 0 else 0.5, 0 if dy > 0 else 1 if dy < 0 else 0.5)
    return {"arrowstyle": "-", "color": "#888888", "lw": 0.5, "shrinkA": 0.5, "shrinkB": 3.0, "relpos": corner}


def _segment_meets(start, end, boxes: np.ndarray) -> np.ndarray:
    """Whether the segment from `start` to `end` (x, y) meets each of `boxes` (rows x0, y0, x1, y1), touching
    included: the part of the segment inside each box's x and y ranges (Liang-Barsky clipping) is not empty."""
    low, high = np.zeros(len(boxes)), np.ones(len(boxes))
    meets = np.ones(len(boxes), dtype=bool)
    for axis in (0, 1):
        d = end[axis] - start[axis]
        if d == 0:
            meets &= (boxes[:, axis] <= start[axis]) & (start[axis] <= boxes[:, axis + 2])
            continue
        a, b = (boxes[:, axis] - start[axis]) / d, (boxes[:, axis + 2] - start[axis]) / d
        low, high = np.maximum(low, np.minimum(a, b)), np.minimum(high, np.maximum(a, b))
    return meets & (low <= high)


def _place_label(ax, xy, own, text, boxes, centres, frame):
    """The case label drawn at the first of its spots (_LABEL_SPOTS, inward first) where it reads as the label of
    point `own` (a row of `centres`, the markers' centres in pixels): inside `frame`, over no label placed before
    (`boxes`, rows x0, y0, x1, y1) and no other marker, none of them touching; beyond the _NEXT_TO spots next to the
    point, also nearer its own point than any other whose marker does not touch its own (a label 17 points off among
    200 markers named the wrong one), and such a label gets a short leader line to its point (_leader) that crosses
    no label placed before and no other marker. Returns the
    label and its box (x0, y0, x1, y1), or (None, None) when no spot
    is free and the label is left out (labels printed over each other on LF's XY plots, 'FR, NL' over 'SE'). The
    text is measured once and each spot's box computed from it: a greedy placement, the same for the same points."""
    xi, yi = xy
    inward = (1 if xi <= 0.5 else -1, 1 if yi <= 0.5 else -1)
    label = ax.annotate(text, xy, xytext=(0, 0), textcoords="offset points", ha="left", va="bottom", fontsize=7,
                        zorder=4)
    size = label.get_window_extent()
    w, h = size.width, size.height
    px, py = centres[own]
    scale = ax.figure.dpi / 72
    half = 3.5 * scale   # a marker's half width, in pixels
    gap = scale          # one point between two labels and between a label and the axes' edge: none may touch
    # the markers that touch its own count as its own: no label could be nearer one of two overlapping points
    others = (np.abs(centres[:, 0] - px) >= 2 * half) | (np.abs(centres[:, 1] - py) >= 2 * half)
    for k, (dx, dy) in enumerate((dx * inward[0], dy * inward[1]) for dx, dy in _LABEL_SPOTS):
        x0 = px + dx * scale - (0 if dx > 0 else w if dx < 0 else w / 2)
        y0 = py + dy * scale - (0 if dy > 0 else h if dy < 0 else h / 2)
        x1, y1 = x0 + w, y0 + h
        if x0 < frame.x0 + gap or x1 > frame.x1 - gap or y0 < frame.y0 + gap or y1 > frame.y1 - gap:
            continue
        if ((boxes[:, 0] < x1 + gap) & (boxes[:, 2] > x0 - gap) & (boxes[:, 1] < y1 + gap)
                & (boxes[:, 3] > y0 - gap)).any():
            continue
        gap_x = np.maximum(np.maximum(x0 - centres[:, 0], centres[:, 0] - x1), 0.0)
        gap_y = np.maximum(np.maximum(y0 - centres[:, 1], centres[:, 1] - y1), 0.0)
        distance = np.hypot(gap_x, gap_y)
        if ((gap_x < half) & (gap_y < half) & others).any():
            continue
        if k >= _NEXT_TO and (distance[others] <= distance[own]).any():
            continue
        if k >= _NEXT_TO:   # its leader line (_leader), from its corner nearest the point, crosses no label or marker
            corner = (x0 if dx > 0 else x1 if dx < 0 else (x0 + x1) / 2, y0 if dy > 0 else y1 if dy < 0 else (y0 + y1) / 2)
            obstacles = np.vstack([boxes + (-gap, -gap, gap, gap),
                                   np.column_stack([centres - half, centres + half])[others]])
            if _segment_meets((px, py), corner, obstacles).any():
                continue
        ha, va = "left" if dx > 0 else "right" if dx < 0 else "center", "bottom" if dy > 0 else "top" if dy < 0 else "center"
        if k >= _NEXT_TO:   # off its point: drawn anew with a leader line to it
            label.remove()
            label = ax.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, fontsize=7,
                                zorder=4, arrowprops=_leader(dx, dy))
        else:
            label.xyann = (dx, dy)
            label.set_ha(ha)
            label.set_va(va)
        return label, (x0, y0, x1, y1)
    label.remove()
    return None, None


def fit_box(ax, text: str) -> None:
    """The fit right of the axes, boxed: inside they would hide the corner cases (deviant coverage at (0, 1),
    deviant consistency at (1, 0)) that the XY plots exist to show."""
    ax.text(1.03, 1.0, text, transform=ax.transAxes, ha="left", va="top", fontsize=7.5,
            bbox=dict(facecolor="white", edgecolor="#cccccc", lw=0.5))


def _xy_label_rank(x, y) -> np.ndarray:
    """Each case's turn to be labelled on xy_plot (lower first): 0 the cases against sufficiency (y < x), 1 the
    typical ones (x > 0.5, y > 0.5, y >= x: those a researcher picks for case studies, Schneider & Rohlfing 2013),
    2 those of deviant coverage (x < 0.5, y > 0.5), 3 the rest (individually irrelevant, at a crossover). The ranks
    were y < x and all others alike, the others labelled in order of their point: on a crowded plot the irrelevant
    cases near (0, 0) kept their labels and the typical ones near (1, 1), placed last, lost theirs."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    below = y < x - 1e-12
    typical = ~below & (x > 0.5) & (y > 0.5)
    return np.select([below, typical, (x < 0.5) & (y > 0.5)], [0, 1, 2], 3)


def xy_plot(x, y, cases: Sequence[str], xlabel: str | None = None, ylabel: str | None = None,
            fit: Mapping[str, float] | None = None, title: str | None = None, lang: str = "en"):
    """Membership in a solution (x) against membership in the outcome (y), each case labelled where its label
    stays readable, those against sufficiency (y < x) first, then the typical cases, then those of deviant coverage,
    then the rest (_xy_label_rank; place_case_labels; the legend says how many when not all); cases at the same
    point are listed together. Points above the diagonal are consistent with sufficiency."""
    lang = apply_style(lang)
    t = TEXT[lang]
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape or len(x) != len(cases):
        from ..qca.errors import QCAInputError
        raise QCAInputError("x, y and cases must have the same length")
    fig, ax = plt.subplots(figsize=(6.6, 5.0))
    above = y >= x - 1e-12
    ax.scatter(x[above], y[above], s=28, color=OKABE_ITO[4], zorder=3, label="y ≥ x")
    ax.scatter(x[~above], y[~above], s=28, color=OKABE_ITO[5], marker="s", zorder=3, label="y < x")
    xy_axes(ax, x, y, cases, rank=_xy_label_rank(x, y))   # against sufficiency (y < x) first, then the typical
    ax.set_xlabel(_wrap_terms(xlabel) if xlabel else t["solution"])
    ax.set_ylabel(ylabel or t["outcome"])
    return _finish_xy(fig, ax, fit, title, lang)


def _finish_xy(fig, ax, fit: Mapping[str, float] | None, title: str | None, lang: str):
    """The end of every solution XY plot (xy_plot, case_typology_xy): the solution's consistency and coverage in a
    box and the legend right of the axes (inside, the fit box hid a case at (0, 1) and the legend one at (1, 0)),
    the title, the case labels placed."""
    t = TEXT[lang]
    if fit:
        fit_box(ax, f"{t['sol_cons']} {_fmt(fit.get('inclS'))}\n{t['sol_cov']} {_fmt(fit.get('covS'))}")
    ax.legend(loc="lower left", bbox_to_anchor=(1.02, 0.0), fontsize=7, frameon=False)
    if title:
        ax.set_title(title)
    place_case_labels(fig, lang)
    return fig


# ---------------------------------------------------------------- truth table


def truth_table_view(rows: pd.DataFrame, conditions: Sequence[str], labels: Mapping[str, str] | None = None,
                     title: str | None = None, lang: str = "en", contradictory: Sequence[int] = (),
                     max_rows: int = MAX_ROWS):
    """Observed truth-table rows as a heatmap of condition values (dark = 1) beside OUT, n, incl, PRI and
    the cases; `rows` is TruthTable.rows (row-number index). `contradictory`: the rows with cases on both sides of
    the outcome (analysis.qca.contradictions; to be reported with the table, Schneider & Wagemann 2012),
    marked ‡ with their cases outside the outcome (the rows' DCC) and a note below. More than PANEL_ROWS rows are
    drawn in panels side by side, the figure as tall as one (row_panels); more than `max_rows` (MAX_ROWS unless told)
    are refused, naming how to draw a selection. The cases column is as wide as its longest text is in display
    columns (a Chinese character takes two: _columns)."""
    panels = row_panels(len(rows), max_rows, "truth-table rows",
                        "draw a selection of the rows (rows.loc[[...]], e.g. the rows with OUT 1 or n above n_cut)")
    lang = apply_style(lang)
    t = TEXT[lang]
    conditions = list(conditions)
    contradictory = {int(r) for r in contradictory}
    unknown = sorted(contradictory - {int(r) for r in rows.index})
    if unknown:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"contradictory rows {unknown} are not observed rows of the table")
    rows = rows.copy()
    if "cases" in rows:
        rows["cases"] = [f"{c}  ({t['not_in_outcome'].format(cases=d)})" if int(r) in contradictory else c
                         for r, c, d in zip(rows.index, rows["cases"].astype(str),
                                            rows.get("DCC", pd.Series("", index=rows.index)).astype(str))]
    vals = rows[conditions].to_numpy(dtype=float)
    n, k = vals.shape
    high = len(panels[0])
    extra = ["OUT", "n", "incl", "PRI", "cases"]
    names = [str(c) for c in rows.get("cases", [""])]
    cases_width = max(map(_columns, names), default=0)
    fig, axes = panel_figure(len(panels), 1.2 + 0.55 * k + 3.6 + 0.06 * cases_width, 1.2 + 0.32 * high)
    cmap = ListedColormap(["#f0f0f0", "#3b3b3b"])
    out_colour = {"1": OKABE_ITO[2], "0": OKABE_ITO[5], "C": OKABE_ITO[0], "?": "#999999"}
    xpos = {"OUT": k + 0.3, "n": k + 1.1, "incl": k + 1.9, "PRI": k + 2.8, "cases": k + 3.5}
    for ax, part in zip(axes, panels):
        m = len(part)
        ax.imshow(vals[part.start:part.stop], cmap=cmap, vmin=0, vmax=1, aspect="auto",
                  extent=(-0.5, k - 0.5, m - 0.5, -0.5))
        for i, row in enumerate(part):
            for j in range(k):
                ax.text(j, i, f"{int(vals[row, j])}", ha="center", va="center", fontsize=7,
                        color="white" if vals[row, j] >= 0.5 else "black")
        for i, (_, r) in enumerate(rows.iloc[part.start:part.stop].iterrows()):
            out = str(r.get("OUT", ""))
            ax.add_patch(Rectangle((xpos["OUT"] - 0.3, i - 0.4), 0.6, 0.8, facecolor=out_colour.get(out, "white"),
                                   edgecolor="none"))
            ax.text(xpos["OUT"], i, out, ha="center", va="center", fontsize=7, color="white", fontweight="bold")
            ax.text(xpos["n"], i, str(r.get("n", "")), ha="center", va="center", fontsize=7)
            ax.text(xpos["incl"], i, _fmt(r.get("incl")), ha="center", va="center", fontsize=7)
            ax.text(xpos["PRI"], i, _fmt(r.get("PRI")), ha="center", va="center", fontsize=7)
            ax.text(xpos["cases"], i, str(r.get("cases", "")), ha="left", va="center", fontsize=7)
        ax.set_xlim(-0.5, xpos["cases"] + 0.2 + 0.09 * (cases_width if names else 4))
        ax.set_ylim(high - 0.5, -0.5)
        ax.set_xticks(list(range(k)) + [xpos[e] for e in extra[:-1]] + [xpos["cases"] + 0.6])
        ax.set_xticklabels([_label(labels, c) for c in conditions] + [t[e] for e in extra[:-1]] + [t["cases"]],
                           rotation=35, ha="right")
        ax.set_yticks(range(m))
        ax.set_yticklabels([f"‡ {i}" if int(i) in contradictory else str(i) for i in rows.index[part.start:part.stop]])
        ax.tick_params(length=0)
        for s in ax.spines.values():
            s.set_visible(False)
    axes[0].set_ylabel(t["row"])
    if contradictory:  # the note between the title and the table, clear of the slanted column labels
        axes[0].annotate(t["contradictory"], xy=(0, 1), xycoords="axes fraction", xytext=(0, 4),
                         textcoords="offset points", ha="left", va="bottom", fontsize=7)
    _panel_title(fig, axes, title, pad=16 if contradictory else 6)
    return fig


def no_solution_panel(message: str, title: str | None = None, lang: str = "en", message_zh: str = ""):
    """A labelled placeholder for a figure of the solution when there is none (a truth table without a positive row:
    no sufficient configuration, analysis.paper_a.configurations.no_solution_note): the figure's title and the
    finding in words, no axes, so nothing is drawn that the analysis did not find. As the other figures, it is in the
    language actually used (apply_style: 'zh' falls back to English without a CJK font): `message_zh`, the finding in
    Chinese (configurations.no_solution_note_zh), under Chinese labels, `message` otherwise."""
    import textwrap

    from .configurations import _wrap_chinese

    lang = apply_style(lang)
    zh = lang == "zh" and bool(message_zh)
    head = "没有充分组态" if lang == "zh" else "No sufficient configuration"
    fig, ax = plt.subplots(figsize=(7.2, 2.6))
    ax.set_axis_off()
    ax.text(0.5, 0.62, head, ha="center", va="center", fontsize=13, weight="bold", transform=ax.transAxes)
    # a CJK character is about twice as wide as a Latin one (_columns counts it two): 48 of them to a line, broken by
    # Chinese line-breaking rules as the configuration chart's text is (_wrap_chinese)
    lines = _wrap_chinese(message_zh, 96, _columns) if zh else textwrap.wrap(message, 90)
    ax.text(0.5, 0.32, "\n".join(lines), ha="center", va="center", fontsize=8.5, color="#444444",
            transform=ax.transAxes)
    if title:
        ax.set_title(title)
    return fig
