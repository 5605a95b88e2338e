"""Fiss (2011) configuration chart with one column group per model and set of core conditions (model ambiguity
drawn, not hidden).

Plotting only: the table comes from analysis.qca.configurations.configuration_chart() (core / peripheral
from each model's own parsimonious model). ● present, ⊗ absent; large = core, small = peripheral; blank =
either. Under each path its consistency, raw and unique coverage; under each group the model's fit.

The groups are wrapped into rows of at most `max_columns` path columns (a group is never split), each row
with its own condition labels, so that the chart stays readable at the width of a book page however many
model groups there are; more than GROUP_ROWS rows are drawn in panels side by side, so that its height stays that of
GROUP_ROWS rows. A note under the legend counts the distinct models, the groups and the pairs they
come from, and names the groups that show the same model with other core conditions.
"""
from __future__ import annotations

import dataclasses
import re
import textwrap
from typing import Mapping

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from .layout import _columns, whole_number_parameter
from .qca import TEXT, _fmt, _label, _symbol
from .style import apply_style, say_if_chinese_cannot_be_drawn

__all__ = ["configuration_chart_groups", "group_note", "MAX_PATHS"]

INCH_PER_UNIT = 0.4      # one path column (and one condition row) in inches: the layout is in these units
GROUP_GAP = 0.8          # between two groups of a row, in units
#: The most rows of groups one panel of the chart draws: more rows are drawn in panels side by side (as even as their
#: number allows, _panel_rows), so that the figure's height stays that of 4 rows (Paper A's ESA chart, 48 paths in 4
#: rows of 14 columns, about 21 inches) instead of growing with the paths (100 paths, 8 rows: about 40 inches).
GROUP_ROWS = 4
PANEL_GAP = 1.0          # between two panels side by side, in units
#: the most path columns configuration_chart_groups draws unless told otherwise (its max_paths): a chart of 96 paths
#: (24 groups) drew and rendered to PNG in about 3 s (Paper A's ESA chart, 48 paths: about 2 s), one of 1,777 paths
#: (427 groups of 170 models) ran past 600 s
MAX_PATHS = 100

NOTE = {
    "en": {"models": "{n} distinct model{ns} (M) in {g} column group{gs} (G)",
           "pairs": ", one per ({kind}, parsimonious) pair (CiPj, under the group's label), core conditions from the "
                    "pair's parsimonious model",
           "merged": " ({p} pairs; pairs giving the same core conditions share a group)",
           "parsimonious": "; every condition of a parsimonious model is core",
           "shared": "Same model, other core conditions: ", "eq": " = ", "sep": ", ", "join": "; ", "end": "."},
    "zh": {"models": "共{n}个不同模型（M），分为{g}个列组（G）",
           "pairs": "，每组对应一个（{kind}模型，简约解模型）配对（CiPj，标于列组名下），核心条件取自该配对的简约解模型",
           "merged": "（共{p}个配对；核心条件相同的配对合为一组）",
           "parsimonious": "；简约解模型的条件均为核心条件",
           "shared": "同一模型、核心条件不同：", "eq": " = ", "sep": "、", "join": "；", "end": "。"},
}
KIND_ZH = {"intermediate": "中间解", "conservative": "复杂解", "parsimonious": "简约解"}


def group_note(chart, lang: str = "en") -> str:
    """What the column groups are, from the chart's table: distinct models, groups, (model, parsimonious model)
    pairs, and which groups show the same model (with the cores of other parsimonious models)."""
    n = NOTE[lang]
    fit = chart.model_fit
    models = [str(m) for m in fit["model"]]
    pairs = [p for ps in fit["pair"] for p in str(ps).split(",") if p]
    n_models = len(dict.fromkeys(models))
    text = n["models"].format(n=n_models, g=len(fit), ns="" if n_models == 1 else "s", gs="" if len(fit) == 1 else "s")
    if pairs:
        kind = KIND_ZH.get(chart.kind, chart.kind) if lang == "zh" else chart.kind
        text += n["pairs"].format(kind=kind)
        if len(pairs) > len(fit):
            text += n["merged"].format(p=len(pairs))
    elif chart.kind == "parsimonious":
        text += n["parsimonious"]
    text += n["end"]
    shared = [f"{m}{n['eq']}{n['sep'].join(str(g) for g, mm in zip(fit['group'], models) if mm == m)}"
              for m in dict.fromkeys(models) if models.count(m) > 1]
    if shared:
        text += (" " if lang == "en" else "") + n["shared"] + n["join"].join(shared) + n["end"]
    return text


def _rows_of_groups(widths: list[int], max_columns: int) -> list[list[int]]:
    """Indices of the groups, packed in order into rows of at most `max_columns` path columns (a wider group
    gets a row of its own); the number of rows is the fewest possible, and the groups are then spread as evenly
    as that number allows (5 groups of 4 paths in 14 columns: rows of 3 and 2 groups; 7 groups of 2 paths in 12
    columns: rows of 4 and 3, not 6 and 1)."""
    def pack(limit):
        rows, cur, used = [], [], 0
        for i, w in enumerate(widths):
            if cur and used + w > limit:
                rows.append(cur)
                cur, used = [], 0
            cur.append(i)
            used += w
        return rows + ([cur] if cur else [])

    rows = pack(max_columns)
    # the narrowest limit that still needs no more rows: rows of similar width instead of a short last row
    for limit in range(max(widths, default=1), max_columns + 1):
        even = pack(limit)
        if len(even) <= len(rows):
            return even
    return rows


#: Chinese line-breaking rules (GB/T 15834-2011; W3C, Requirements for Chinese Text Layout, 3.1.7): no line starts
#: with closing punctuation (pauses, stops, closing brackets and quotes), none ends with opening punctuation.
NO_LINE_START = frozenset("、，。．；：！？）］｝〕〉》」』】〗〙〛”’…‥・,.;:!?)]}%")
NO_LINE_END = frozenset("（［｛〔〈《「『【〖〘〚“‘([{")


def _wrap_chinese(text: str, n: int, width=len) -> list[str]:
    """Chinese `text` in lines of at most `n` characters (or `width` units: `_columns` counts a Chinese character
    as two), broken between any two Chinese characters but never inside a Latin run ('CiPj', 'M1 = G12' joined by
    no-break spaces), before a NO_LINE_START mark or after a NO_LINE_END one: the character before a forbidden
    break moves down to the next line (a line that would be left empty keeps the mark instead, one beyond `n`)."""
    tokens = re.findall(r"[^ \t\n\u2e80-\uffff]+|.", text.replace("\n", " "))
    lines: list[list[str]] = [[]]
    for tok in tokens:
        line = lines[-1]
        if line and sum(map(width, line)) + width(tok) > n:
            nxt = [tok]
            while len(line) > 1 and (nxt[0][0] in NO_LINE_START or line[-1][-1] in NO_LINE_END):
                nxt.insert(0, line.pop())
            if nxt[0][0] in NO_LINE_START or line[-1][-1] in NO_LINE_END:   # no allowed break: hang the mark
                line.extend(nxt)
                continue
            lines.append(nxt)
        else:
            line.append(tok)
    return ["".join(line).strip(" ") for line in lines if "".join(line).strip(" ")]


def _wrap(text: str, width_in: float, fontsize: float, lang: str) -> str:
    """`text` broken into lines that fit `width_in` inches at `fontsize` (an estimate: Latin glyphs ~0.55 em,
    CJK ~1 em; English breaks at spaces, Chinese between characters by its line-breaking rules, _wrap_chinese)."""
    if lang == "en":
        return textwrap.fill(text, max(int(width_in * 72 / (fontsize * 0.55)), 20), break_long_words=False)
    return "\n".join(_wrap_chinese(text, max(int(width_in * 72 / fontsize), 10)))


def _wrap_label(text: str, width: int = 24) -> str:
    """A condition label on at most a few short lines of up to `width` columns (`_columns`): broken at spaces,
    never inside a word; a label with Chinese characters also between them, by Chinese line-breaking rules
    (`_wrap_chinese`: no line starts with 、，。）)."""
    if _columns(text) == len(text):
        return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text
    return "\n".join(_wrap_chinese(text, width, _columns)) or text


def _panel_rows(n: int) -> int:
    """How many of a chart's `n` rows of groups one panel draws: all of them up to GROUP_ROWS, otherwise as even a
    share as the fewest panels allow (5 rows: 3 and 2; 8 rows: 4 and 4)."""
    return n if n <= GROUP_ROWS else -(-n // -(-n // GROUP_ROWS))


def _one_model(chart, model: str):
    """The chart's groups of one model (`model`, as model_fit names it: 'M1', 'M2', ...), as a chart of its own."""
    from ..qca.errors import QCAInputError

    names = list(dict.fromkeys(str(m) for m in chart.model_fit["model"]))
    if model not in names:
        shown = ", ".join(names[:5]) + (f", ... {names[-1]}" if len(names) > 5 else "")
        raise QCAInputError(f"model={model!r} is no model of the chart: it has {shown}")
    groups = set(chart.model_fit.loc[chart.model_fit["model"] == model, "group"])
    return dataclasses.replace(chart, model_fit=chart.model_fit[chart.model_fit["group"].isin(groups)],
                               paths=chart.paths[chart.paths["group"].isin(groups)])


def _refuse_too_many_paths(chart, max_paths: int) -> None:
    """A QCAInputError at once if the chart has more than `max_paths` paths to draw (drawing thousands of columns
    runs for minutes): the size met, the limit and what to do."""
    from ..qca.errors import QCAInputError, in_number

    whole_number_parameter("max_paths", max_paths, "paths")
    models = list(dict.fromkeys(str(m) for m in chart.model_fit["model"]))
    n_paths = len(chart.paths)
    if n_paths > max_paths:
        raise QCAInputError(
            f"the chart has {n_paths:,} paths in {len(chart.model_fit):,} {in_number(len(chart.model_fit), 'column group')} "
            f"of {len(models):,} {in_number(len(models), 'model')}, "
            f"more than the figure draws (max_paths={max_paths:,}; drawing thousands takes minutes): draw one model "
            f"(model={models[0]!r}) or raise max_paths, or print the chart instead (print(chart))")


def configuration_chart_groups(chart, labels: Mapping[str, str] | None = None, title: str | None = None,
                               lang: str = "en", max_columns: int = 14, model: str | None = None,
                               max_paths: int = MAX_PATHS):
    """Draw a `ConfigurationChart` (analysis.qca.configurations): a column per path, a gap between models, the
    models wrapped into rows of at most `max_columns` path columns; the legend and a note on the groups below.

    More than GROUP_ROWS rows of groups are drawn in panels side by side (_panel_rows), each with its own condition
    labels, so that the figure's height stays that of GROUP_ROWS rows. `model` ('M1', ...) draws that model's groups
    only. A chart of more than `max_paths` paths (MAX_PATHS unless
    told) is refused at once with a QCAInputError naming its size, not drawn for minutes."""
    if model is not None:
        chart = _one_model(chart, model)
    _refuse_too_many_paths(chart, max_paths)
    multi = chart.multi_value_conditions() if hasattr(chart, "multi_value_conditions") else []
    levels = chart.to_frame()[["condition", "value"]].dropna().drop_duplicates()
    used = [(c, int(v)) for c, v in levels.itertuples(index=False) if c in multi or int(v) not in (0, 1)]
    if used:  # a multi-value condition blank in every path draws as blank: only its levels cannot be drawn
        from ..qca.errors import QCAInputError

        first = used[0][0]
        raise QCAInputError(
            f"the figure draws presence (●) and absence (⊗) only, and multi-value condition '{first}' appears at "
            f"level(s) {', '.join(f'{c}[{v}]' for c, v in used if c == first)} in the chart: print the chart instead "
            "(print(chart): ●[v] / •[v] name the level; chart.to_frame() gives it as value)")
    lang = apply_style(lang)
    t = TEXT[lang]
    conds = list(chart.conditions)
    nrow = len(conds)
    paths = chart.paths.reset_index(drop=True)
    groups = [g for g in chart.groups if (paths["group"] == g).any()]
    cols = {g: [j for j in range(len(paths)) if paths["group"][j] == g] for g in groups}
    layout = _rows_of_groups([len(cols[g]) for g in groups], max_columns)
    # x of every path column within its row of groups
    xs, right = {}, 0.6
    for row in layout:
        x = 0.0
        for k, gi in enumerate(row):
            if k:
                x += GROUP_GAP
            for j in cols[groups[gi]]:
                xs[j] = x
                x += 1.0
        right = max(right, x - 0.4)
    fits = chart.model_fit.set_index("group")
    # a group's solution consistency / coverage, centred under its paths, starts right of its row label (which ends
    # at x = -0.7): under a group of one path at x = 0 it ran into 'Solution consistency / Solution coverage'
    sol_text = {g: f"{_fmt(fits.loc[g, 'inclS'])} / {_fmt(fits.loc[g, 'covS'])}" for g in groups}
    sol_x = {}
    for g in groups:
        half_text = _columns(sol_text[g]) * 8 * 0.55 / 72 / INCH_PER_UNIT / 2   # 8 pt, as drawn
        sol_x[g] = max((xs[cols[g][0]] + xs[cols[g][-1]]) / 2, -0.55 + half_text)
        right = max(right, sol_x[g] + half_text - 0.1)
    pair_of = {g: str(fits.loc[g, "pair"]) if "pair" in fits.columns else "" for g in groups}
    has_pair = any(pair_of.values())
    head = 2.75 if has_pair else 2.2                 # group label (+ pair) and path numbers above row 0
    fit_rows = (("consistency", "inclS"), ("raw", "covS"), ("unique", "covU"))
    dy = 0.55                                        # between two rows of fit numbers
    y_fit = nrow + 0.35                              # first row of fit numbers, below the conditions
    y_sol = y_fit + dy * len(fit_rows) + 0.25        # the group's solution consistency / coverage
    block = head + y_sol + 0.5 + 0.7                 # one row of groups, the gap to the next included
    long = chart.to_frame()
    row_labels = [_wrap_label(_label(labels, c)) for c in conds]
    say_if_chinese_cannot_be_drawn(row_labels)
    left = 0.55 + max([_columns(s) for lab in row_labels for s in lab.split("\n")] + [16]) * 8.5 * 0.55 / 72 / INCH_PER_UNIT

    # ---- the note and the legend under the rows of groups
    items = [(1, "core", t["core_present"]), (0, "core", t["core_absent"]),
             (1, "peripheral", t["peri_present"]), (0, "peripheral", t["peri_absent"])]
    # the legend's second column starts past the first's longest text ('peripheral condition present' ran into the
    # crossed circle of a narrow chart, one or two paths), and the figure is made wide enough for the second's
    text_units = [_columns(text) * 8 * 0.55 / 72 / INCH_PER_UNIT for _, _, text in items]   # 8 pt, as drawn
    first_column = 0.4 + max(text_units[0::2]) + 0.5   # marker to text, the text, a gap before the next marker
    extra = max(0.0, -left + 0.6 + first_column + 0.4 + max(text_units[1::2]) + 0.3 - (right + 0.2))
    per_panel = _panel_rows(len(layout))
    pitch = left + right + 0.2 + PANEL_GAP            # from one panel's x = 0 to the next one's
    more = (-(-len(layout) // per_panel) - 1) * pitch if layout else 0.0   # the panels right of the first
    width_units = left + right + 0.2 + extra
    half = max((width_units - 0.4) / 2, first_column)
    width_units += more
    x_right = right + 0.2 + extra + more
    # a list of groups sharing a model ('M1 = G1, G3') is kept on one line
    note = group_note(chart, lang).replace(" = ", "\u00a0=\u00a0").replace(", G", ",\u00a0G")
    note = _wrap(note, (width_units - 0.6) * INCH_PER_UNIT, 8, lang)
    y_end = (min(len(layout), per_panel) - 1) * block + y_sol + 0.5
    y_leg = y_end + 0.7
    n_note = note.count("\n") + 1
    y_bottom = y_leg + 0.6 * 2 + 0.35 + 0.36 * n_note + 0.1

    fig = plt.figure(figsize=(width_units * INCH_PER_UNIT, (y_bottom + head + 0.3) * INCH_PER_UNIT))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_aspect("equal")
    ax.axis("off")
    for r, row in enumerate(layout):
        x_off, y_off = r // per_panel * pitch, r % per_panel * block   # its panel's, its place in the panel
        row_right = max(xs[j] for gi in row for j in cols[groups[gi]]) + 0.5
        for i, lab in enumerate(row_labels):
            ax.text(x_off - 0.7, y_off + i, lab, ha="right", va="center", fontsize=8.5, linespacing=1.0)
            if i % 2 == 0:
                ax.add_patch(Rectangle((x_off - left + 0.3, y_off + i - 0.5), left - 0.3 + row_right, 1,
                                       facecolor="#f2f2f2", edgecolor="none", zorder=0))
        for gi in row:
            g = groups[gi]
            js = cols[g]
            mid = x_off + (xs[js[0]] + xs[js[-1]]) / 2
            ax.text(mid, y_off - head + 0.4, f"{g} · {fits.loc[g, 'model']}", ha="center", va="center",
                    fontsize=9, fontweight="bold")
            if pair_of[g]:
                ax.text(mid, y_off - 1.8, pair_of[g].replace(",", ", "), ha="center", va="center", fontsize=7.5,
                        color="#444444")
            ax.add_line(Line2D([x_off + xs[js[0]] - 0.4, x_off + xs[js[-1]] + 0.4], [y_off - 1.45, y_off - 1.45],
                               color="#333333", lw=0.6))
            for j in js:
                ax.text(x_off + xs[j], y_off - 0.9, str(paths["path"][j]), ha="center", va="center", fontsize=8.5)
            ax.text(x_off + sol_x[g], y_off + y_sol, sol_text[g], ha="center", va="center", fontsize=8)
        ax.add_line(Line2D([x_off - left + 0.3, x_off + row_right], [y_off + nrow - 0.5 + 0.1] * 2, color="black",
                           lw=0.6))
        for k, (key, name) in enumerate(fit_rows):
            y = y_off + y_fit + dy * k
            ax.text(x_off - 0.7, y, t[key], ha="right", va="center", fontsize=8)
            for gi in row:
                for j in cols[groups[gi]]:
                    ax.text(x_off + xs[j], y, _fmt(paths[name][j]), ha="center", va="center", fontsize=8)
        ax.text(x_off - 0.7, y_off + y_sol, f"{t['sol_cons']} /\n{t['sol_cov']}", ha="right", va="center",
                fontsize=8, linespacing=1.0)
    col = {(g, p): j for j, (g, p) in enumerate(zip(paths["group"], paths["path"]))}
    row_of = {groups[gi]: r for r, row in enumerate(layout) for gi in row}
    for rec in long.to_dict("records"):
        if rec["value"] == rec["value"]:
            r = row_of[rec["group"]]
            _symbol(ax, r // per_panel * pitch + xs[col[(rec["group"], rec["path"])]],
                    r % per_panel * block + conds.index(rec["condition"]), int(rec["value"]), rec["role"])

    x_leg = -left + 0.6
    for q, (v, role, text) in enumerate(items):
        x, y = x_leg + half * (q % 2), y_leg + 0.6 * (q // 2)
        _symbol(ax, x, y, v, role, big=0.25, small=0.13)
        ax.text(x + 0.4, y, text, ha="left", va="center", fontsize=8)
    ax.text(x_leg - 0.3, y_leg + 0.6 * 2, t["blank"], ha="left", va="center", fontsize=8, color="#555555")
    ax.text(x_leg - 0.3, y_leg + 0.6 * 2 + 0.35, note, ha="left", va="top", fontsize=8, linespacing=1.25)
    ax.set_xlim(-left, x_right)
    ax.set_ylim(y_bottom, -head - 0.3)
    if title:
        ax.set_title(_wrap(title, width_units * INCH_PER_UNIT, 10, lang), pad=4)
    return fig
