"""Figures of Paper B's policy analysis: corpus and excerpt timelines, stage × code heatmaps, practice model ×
Rainbow map, localities × practice models.

Plotting only: every number drawn here is computed in analysis.paper_b and passed in. Labels are English
by default (the bundled DejaVu font cannot draw Chinese); lang="zh" uses Chinese labels and needs a CJK
font (see analysis.plots.style.apply_style / cjk_font).
"""
from __future__ import annotations

import textwrap
from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..paper_b.excerpt_checks import RESPONSIBILITY_LIST
from ..paper_b.periodisation import PRE_STAGE, Periodisation, assign_stages, date_interval
from .layout import MAX_ROWS, covered_by_legend, panel_figure, row_panels
from .style import OKABE_ITO, SEQUENTIAL_CMAP, legend_labels, marker_handle, stage_marker, text_colour_on

PRE_COLOUR = "#999999"
# The stages' colours, warm and cool in turn (orange, sky blue, vermillion, blue), so that neighbouring stages' shaded
# bands differ too. Simulated for protanopia, deuteranopia and tritanopia (Machado et al. 2009), the markers of any
# two stages and the grey of 'before stage 1' stay 12 or more apart in CIEDE2000 (tests/test_plots_colour_vision.py);
# the earlier vermillion, sky blue, bluish green, reddish purple gave reddish purple and that grey 6 apart for
# deuteranopia (both grey), and neighbouring bands 1 apart.
STAGE_COLOURS = [OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[5], OKABE_ITO[4]]
UNLINKED_COLOUR = "#767676"   # the model-Rainbow map's dot for 'not linked': 4.5:1 on white (was #cccccc, 1.6:1)
STAGE_NUMBER_COLOUR = "#222222"   # the number over each stage's band: text, at 4.5:1 or more on any band
FAMILY_TITLES = {"en": {"instrument": "Policy instrument", "actor": "Target actor", "theme": "Theme",
                        "rainbow": "Rainbow dimension", "model": "Practice model"},
                 "zh": {"instrument": "政策工具", "actor": "作用对象", "theme": "主题", "rainbow": "彩虹模型维度",
                        "model": "实践模式"}}
LEVEL_LABELS = {"en": {"national": "national", "provincial": "provincial", "city": "city", "county": "county",
                       "institution": "institution"},
                "zh": {"national": "国家", "provincial": "省级", "city": "市级", "county": "县级", "institution": "机构"}}


def _check_lang(lang: str) -> None:
    if lang not in ("en", "zh"):
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"lang must be 'en' or 'zh', got {lang!r}")


#: How a figure names the coding it draws (`CodingResult.source`): notebook 01's `profile_source` can be either.
CODING_WORDS = {"en": {None: "the compendium's coding", "manual": "the compendium's manual coding",
                       "dictionary": "the compendium's keyword (dictionary) coding"},
                "zh": {None: "本项目编码", "manual": "本项目人工编码", "dictionary": "本项目关键词词典编码"}}


def coding_words(source: str | None, lang: str = "en") -> str:
    """The words a figure title uses for the coding it shows: manual or dictionary (None: unnamed)."""
    _check_lang(lang)
    if source not in CODING_WORDS[lang]:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"source must be 'manual', 'dictionary' or None, got {source!r}")
    return CODING_WORDS[lang][source]


def stage_labels(readings: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Stage name (Chinese, as in the data) -> label in the figure language."""
    st = readings[readings["kind"] == "stage"]
    col = "name_zh" if lang == "zh" else "name_en"
    return dict(zip(st["name_zh"], st[col]))


#: Code families whose codes are named things (Paper B's three practice models), not analytic categories: every
#: figure, in either language, names them by their codebook label (label_en / label_zh, the names
#: paperB_readings.csv gives the models too, corpus.load_readings checks it), never by the code's short form.
NAMED_FAMILIES = ("model",)


def code_label(code: str, codebook_table: pd.DataFrame | None = None, lang: str = "en") -> str:
    """Label of a code in a figure: its Chinese label (zh); in English its name after the family prefix
    ('supply', 'coordination'), except a practice model, which is named by its label_en ('embedded responsibility
    lists', as the localities chart and the model × Rainbow map name it)."""
    _check_lang(lang)
    family = code.split(".", 1)[0]
    if codebook_table is not None and (lang == "zh" or family in NAMED_FAMILIES):
        hit = codebook_table.loc[codebook_table["code"] == code, "label_zh" if lang == "zh" else "label_en"]
        if not hit.empty:
            return str(hit.iloc[0])
    return code.split(".", 1)[1].replace("_", " ")


def _shortened(text: str, width: int) -> str:
    """`text` whole when it has at most `width` characters, else its first width - 1 and an ellipsis: a cut title
    must not read as a whole one."""
    return text if len(text) <= width else text[:width - 1] + "…"


def timeline(documents: pd.DataFrame, assignments: pd.DataFrame, periodisation: Periodisation,
             readings: pd.DataFrame, landmarks: Sequence[str] = (), lang: str = "en", max_rows: int = MAX_ROWS):
    """One row per corpus item in date order: marker at its date, coloured by stage; stages shaded.

    Filled markers: date verified (V); open markers: date unverified (U). Circles: documents; diamonds:
    context events. Landmark ids (e.g. the documents that justify the stage starts) are drawn in bold, and the
    legend then says so. The legend sits in the lower left corner of the plot, which documents spread over years
    leave free; when it would cover a marker or a label there (layout.covered_by_legend), it goes below the axes.
    More than PANEL_ROWS items are drawn in panels side by side (layout.row_panels), each over the whole period, the
    figure as tall as one and the legend below them; more than `max_rows` (MAX_ROWS unless told) are refused.
    """
    _check_lang(lang)
    items = documents.reset_index(drop=True)
    panels = row_panels(len(items), max_rows, "corpus items",
                        "draw a selection of the items (documents.loc[...], e.g. one stage's or the documents only)")
    labels = stage_labels(readings, lang)
    colour = {n: STAGE_COLOURS[i % len(STAGE_COLOURS)] for i, n in enumerate(periodisation.names)}
    colour[PRE_STAGE] = PRE_COLOUR
    a = assignments.set_index("doc_id")
    n = len(panels[0])
    # prints its 6.5 pt text at 6 pt or more in an A4 column; panels placed by tight_layout below
    fig, axes = panel_figure(len(panels), 6.8, 0.28 * n + 1.6, layout=None)
    first_year = min(date_interval(d)[0] for d in items["date"]).year
    x_min = pd.Timestamp(year=first_year - 1, month=7, day=1)
    x_max = pd.Timestamp(year=max(date_interval(d)[1] for d in items["date"]).year + 3, month=1, day=1)
    bounds = list(periodisation.starts) + [x_max]
    for ax, part in zip(axes, panels):
        for i, name in enumerate(periodisation.names):
            ax.axvspan(bounds[i], bounds[i + 1], color=colour[name], alpha=0.10, lw=0)
            mid = bounds[i] + (bounds[i + 1] - bounds[i]) / 2
            ax.text(mid, n - 0.2, str(i + 1), color=STAGE_NUMBER_COLOUR, fontsize=8, va="bottom", ha="center",
                    fontweight="bold")
        for i, r in enumerate(items.iloc[part.start:part.stop].itertuples(index=False)):
            y = n - 1 - i
            day = date_interval(r.date)[0]
            stage = a.loc[r.doc_id, "stage"]
            c = colour[stage]
            filled = r.date_status == "V"
            stage_marker(ax, day, y, marker="o" if r.kind == "document" else "D",
                         ms=6.5 if r.kind == "document" else 5.5, colour=c, filled=filled)
            text = r.label_en if lang == "en" else _shortened(str(r.title_zh), 16)
            ax.text(day + pd.Timedelta(days=60), y, f"{r.doc_id}  {text}", va="center", fontsize=7,
                    fontweight="bold" if r.doc_id in landmarks else "normal", color="#222222")
        ax.set_ylim(-0.8, n + 0.6)
        ax.set_xlim(x_min, x_max)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        ax.set_xlabel("date" if lang == "en" else "日期")
    # the second line says what the figure rests on, as its caption (figure_catalogue.PB_CORPUS): the compendium's
    # corpus, not Paper B's texts, which are not public
    title = ("National documents and context events by stage\n(data: the compendium's rebuilt corpus, not Paper B's;"
             "\nstage starts are the compendium's parameters)"
             if lang == "en" else "各阶段的国家文件与背景事件（阶段起点为本项目参数）\n（数据：本项目重建语料，并非论文B的数据）")
    if len(axes) == 1:
        axes[0].set_title(title, loc="left")
    else:
        fig.suptitle(title, x=0.01, ha="left")
    handles = [Patch(color=colour[PRE_STAGE], alpha=0.6, label="before stage 1" if lang == "en" else "第一阶段前")]
    handles += [Patch(color=colour[s], alpha=0.6, label=f"{k + 1} {labels.get(s, s)}")
                for k, s in enumerate(periodisation.names)]
    handles += [marker_handle("o", True, "document, date V" if lang == "en" else "文件，日期已核实"),
                marker_handle("o", False, "date U (unverified)" if lang == "en" else "日期未核实"),
                marker_handle("D", True, "context event" if lang == "en" else "背景事件", ms=5.5)]
    if any(d in landmarks for d in items["doc_id"]):   # what the bold labels are, when some are drawn
        handles.append(Line2D([], [], marker=r"$\mathbf{D}$", ls="none", ms=6, color="#222222",
                              label="bold: landmark of a stage start" if lang == "en" else "加粗：阶段起点的标志性条目"))
    if len(axes) > 1:   # panels side by side: below them all
        _legend_below(fig, handles)
        return fig
    legend = axes[0].legend(handles=handles, labels=legend_labels(handles), loc="lower left", fontsize=6.5,
                            frameon=False, ncol=2)
    fig.tight_layout()
    if covered_by_legend(axes[0], legend):
        # the lower left corner, free when the documents span years, is not (a corpus of one or two years, or few
        # documents): the legend goes below the axes, in a margin of its own, and covers nothing
        legend.remove()
        _legend_below(fig, handles)
    return fig


def _legend_below(fig, handles) -> None:
    """The timeline's legend below its axes, in a margin of its own (the layout made to leave it free)."""
    legend = fig.legend(handles=handles, labels=legend_labels(handles), loc="lower left",
                        bbox_to_anchor=(0.01, 0.005), fontsize=6.5, frameon=False, ncol=2)
    height = legend.get_window_extent(fig.canvas.get_renderer()).height / fig.bbox.height
    fig.tight_layout(rect=(0, height + 0.01, 1, 1))


def stage_heatmaps(profiles: Mapping[str, pd.DataFrame], readings: pd.DataFrame,
                   codebook_table: pd.DataFrame | None = None, lang: str = "en", title: str | None = None,
                   unit: str = "documents", date_unverified: Mapping[str, int] | None = None,
                   source: str | None = None):
    """Stage × code heatmaps, one panel per family: colour = share of the stage's documents (or units) with the
    code, text = count / documents (units) in the stage. With `date_unverified` (stage -> how many of the documents
    (units) it counts have an unverified date, U: the n_date_unverified of the profile table the counts come from,
    profiles.date_unverified_from_table) each stage's label says so. The default title says what was
    coded, with which coding (`source`: 'manual' or 'dictionary'), and that the stage starts are the compendium's
    parameters."""
    _check_lang(lang)
    words = coding_words(source, lang)
    labels = stage_labels(readings, lang)
    if date_unverified is not None:
        n_u = {s: int(k) for s, k in dict(date_unverified).items()}
        labels = {s: (f"{labels.get(s, s)} ({n_u[s]} U)" if n_u.get(s, 0) else labels.get(s, s))
                  for s in set(labels) | set(n_u)}
    if title is None:
        what = {"documents": ("national documents (titles and key phrases)", "国家文件（标题与关键语句）"),
                "units": ("excerpt units (page heads)", "摘录编码单元（页面开头）")}[unit]
        # what the profiles rest on, as the captions say it (figure_catalogue.PB_CORPUS, PB_EXCERPTS)
        data = {"documents": ("the compendium's rebuilt corpus", "本项目重建语料"),
                "units": ("the compendium's excerpts of public web pages", "本项目摘录的公开网页")}[unit]
        title = (f"Stage profiles of {what[0]}, {words}; stage starts are its parameters"
                 + ("; U = date unverified" if date_unverified is not None else "")
                 + f"; data: {data[0]}, not Paper B's"
                 if lang == "en" else f"{what[1]}的阶段分布（{words}；阶段起点为本项目参数"
                 + ("；U=日期未核实" if date_unverified is not None else "") + f"）\n（数据：{data[1]}，并非论文B的数据）")
    fams = list(profiles)
    widths = [max(profiles[f].shape[1] - 1, 1) for f in fams]
    # a long English title on two lines: on one it set the figure's width (the panels of the units' 21 codes are
    # narrower), too wide to print turned on a page of its own with its 6.5 pt counts at 6 pt or more (the book)
    if title and lang == "en":
        title = textwrap.fill(title, 95, break_long_words=False)
    extra = 0.3 * title.count("\n") if title else 0.0   # inches for the title's further lines, above the panels
    fig, axes = plt.subplots(1, len(fams), figsize=(1.1 + 0.36 * sum(widths) + 0.25 * len(fams), 3.1 + extra),
                             gridspec_kw={"width_ratios": widths, "wspace": 0.12}, squeeze=False)
    fig.subplots_adjust(top=1 - (0.12 * 3.1 + extra) / (3.1 + extra), bottom=0.11 * 3.1 / (3.1 + extra))
    cmap = plt.get_cmap(SEQUENTIAL_CMAP)
    im = None
    for j, (ax, fam) in enumerate(zip(axes[0], fams)):
        prof = profiles[fam]
        n = prof["n_documents"].to_numpy()
        counts = prof.drop(columns="n_documents")
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = counts.to_numpy() / n[:, None]
        im = ax.imshow(np.nan_to_num(shares, nan=0.0), cmap=cmap, vmin=0, vmax=1, aspect="auto")
        for (i, k), v in np.ndenumerate(counts.to_numpy()):
            s = shares[i, k]
            ax.text(k, i, f"{v}/{n[i]}", ha="center", va="center", fontsize=6.5,
                    color=text_colour_on(cmap(s if s == s else 0.0)))
        ax.set_xticks(range(counts.shape[1]))
        ax.set_xticklabels([code_label(c, codebook_table, lang) for c in counts.columns], rotation=55, ha="right",
                           fontsize=7)
        ax.set_yticks(range(len(prof.index)))
        ax.set_yticklabels([labels.get(s, s) for s in prof.index] if j == 0 else [], fontsize=7.5)
        ax.set_title(FAMILY_TITLES[lang][fam], fontsize=9)
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        ax.tick_params(length=0)
    cb = fig.colorbar(im, ax=list(axes[0]), fraction=0.025, pad=0.02)
    cb.set_label(f"share of the stage's {unit}" if lang == "en" else ("该阶段文件占比" if unit == "documents" else "该阶段编码单元占比"),
                 fontsize=7.5)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontsize=10)
    return fig


def model_rainbow_map(model_rainbow: pd.DataFrame, readings: pd.DataFrame, rainbow_codes: Sequence[str],
                      codebook_table: pd.DataFrame | None = None, lang: str = "en"):
    """Practice models (rows) × Rainbow dimensions (columns): filled square = core, open square = supporting, grey
    dot = not linked (each named in the legend).

    The columns are Paper A's six integration conditions; the mapping is the compendium's reading.
    """
    _check_lang(lang)
    models = readings[readings["kind"] == "model"].sort_values("order")
    col = "name_zh" if lang == "zh" else "name_en"
    role = {(r.model_id, r.code): r.role for r in model_rainbow.itertuples(index=False)}
    fig, ax = plt.subplots(figsize=(6.4, 2.65))   # (the title's second line: what the map rests on)
    colours = [OKABE_ITO[4], OKABE_ITO[0], OKABE_ITO[2]]
    unlinked = False
    for i, m in enumerate(models.itertuples(index=False)):
        y = len(models) - 1 - i
        for k, code in enumerate(rainbow_codes):
            r = role.get((m.item_id, code))
            if r is None:
                ax.plot([k], [y], marker=".", color=UNLINKED_COLOUR, ms=4, ls="none")
                unlinked = True
                continue
            c = colours[i % len(colours)]
            stage_marker(ax, k, y, marker="s", ms=15, colour=c, filled=r == "core")
    ax.set_xticks(range(len(rainbow_codes)))
    ax.set_xticklabels([code_label(c, codebook_table, lang) for c in rainbow_codes], rotation=25, ha="right")
    ax.set_yticks(range(len(models)))
    ax.set_yticklabels(list(reversed(models[col].tolist())))
    ax.set_xlim(-0.6, len(rainbow_codes) - 0.4)
    ax.set_ylim(-0.6, len(models) - 0.4)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    # the second line says what the map rests on, as its caption (figure_catalogue.PB_READING) and the other Paper B
    # titles say theirs
    ax.set_title("Practice models × Rainbow dimensions (compendium's reading)\n(data: the compendium's reading of "
                 "Paper B's abstract, not Paper B's)" if lang == "en"
                 else "实践模式 × 彩虹模型维度（本项目解读）\n（数据：本项目对论文B摘要的解读，并非论文B的数据）", loc="left")
    handles = [marker_handle("s", True, "core" if lang == "en" else "核心", ms=8),
               marker_handle("s", False, "supporting" if lang == "en" else "支撑", ms=8)]
    if unlinked:   # what the grey dots are, when some are drawn
        handles.append(Line2D([], [], marker=".", ls="none", color=UNLINKED_COLOUR, ms=6,
                              label="not linked" if lang == "en" else "无对应"))
    ax.legend(handles=handles, labels=legend_labels(handles), loc="upper left", bbox_to_anchor=(1.0, 1.0),
              frameon=False, fontsize=7.5)
    fig.tight_layout()
    return fig


def units_timeline(units: pd.DataFrame, periodisation: Periodisation, readings: pd.DataFrame, lang: str = "en"):
    """Dated excerpt units by level (rows) over time: one marker per unit, placed and coloured by the stage of
    its date's first day (the rule of `periodisation.assign_stages`, so the figure shows the stages the analysis
    counts), a square when the date's interval spans a stage start; filled when the date is verified (V) and open
    when not (U); stages shaded. Undated units are left out and the title says how many. Units of one level are
    spread vertically in date order so that they do not overlap (a deterministic layout)."""
    _check_lang(lang)
    labels = stage_labels(readings, lang)
    colour = {n: STAGE_COLOURS[i % len(STAGE_COLOURS)] for i, n in enumerate(periodisation.names)}
    colour[PRE_STAGE] = PRE_COLOUR
    u = units[units["date"].notna()].copy()
    u["day"] = [date_interval(d)[0] for d in u["date"]]
    placed = assign_stages(pd.DataFrame({"doc_id": u["unit_id"], "kind": "unit", "date": u["date"],
                                         "date_status": u["date_status"]}), periodisation)
    u["stage"], u["straddles"] = placed["stage"].to_numpy(), placed["straddles"].to_numpy()
    levels = [lv for lv in LEVEL_LABELS["en"] if lv in set(u["level"])]
    fig, ax = plt.subplots(figsize=(8.6, 0.65 * len(levels) + 1.75))   # 0.15: the title's data line
    x_min = pd.Timestamp(year=int(u["day"].min().year), month=1, day=1)
    x_max = pd.Timestamp(year=int(u["day"].max().year) + 1, month=1, day=1)
    bounds = [max(b, x_min) for b in periodisation.starts] + [x_max]
    for i, name in enumerate(periodisation.names):
        if bounds[i] < bounds[i + 1]:
            ax.axvspan(bounds[i], bounds[i + 1], color=colour[name], alpha=0.10, lw=0)
            # the band's number, as the legend and the corpus timeline number it: the tint alone said which stage
            # a band is (colour alone); at the top of the axes, above the first level's markers
            ax.text(bounds[i] + (bounds[i + 1] - bounds[i]) / 2, 0.985, str(i + 1), color=STAGE_NUMBER_COLOUR,
                    fontsize=8, va="top", ha="center", fontweight="bold", transform=ax.get_xaxis_transform())
    for k, lv in enumerate(levels):
        g = u[u["level"] == lv].sort_values(["day", "unit_id"], kind="stable")
        offsets = (np.arange(len(g)) % 5 - 2) * 0.13
        for (r, dy) in zip(g.itertuples(index=False), offsets):
            c = colour[r.stage]
            stage_marker(ax, r.day, k + dy, marker="s" if r.straddles else "o", ms=4.5, colour=c,
                         filled=r.date_status == "V")
        n_all = int((units["level"] == lv).sum())   # the level's units, dated or not: the count says which
        ax.text(x_max, k, f"  {len(g)} dated of {n_all}" if lang == "en" else f"  {n_all}个中有日期的{len(g)}个",
                va="center", fontsize=7, color="#333333")
    ax.set_yticks(range(len(levels)))
    ax.set_yticklabels([LEVEL_LABELS[lang][lv] for lv in levels])
    ax.set_ylim(-0.6, len(levels) - 0.4)
    ax.set_xlim(x_min - pd.Timedelta(days=120), x_max)   # a unit dated by its year alone sits on x_min: not on the edge
    ax.invert_yaxis()
    # the second line says what the units rest on, as the caption (figure_catalogue.PB_EXCERPTS) and the units' heat
    # map say it: the compendium's excerpts, not Paper B's texts, which are not public
    # (the first line broken in two: whole, it set the figure's width, too wide to print turned on US Letter with its
    # 6.5 pt text at 6 pt or more, the book)
    ax.set_title(f"Excerpt units by level and date: {len(u)} dated of {len(units)} (page heads only;\nstage starts "
                 "are the compendium's parameters; a unit sits at its date's first day)\n(data: the compendium's "
                 "excerpts of public web pages, not Paper B's)"
                 if lang == "en" else f"编码单元的层级与日期：{len(units)}个中有日期的{len(u)}个（仅页面开头；阶段起点为本项目参数；"
                 "按日期首日定位）\n（数据：本项目摘录的公开网页，并非论文B的数据）", loc="left", fontsize=8.5)
    handles = [Patch(color=colour[PRE_STAGE], alpha=0.6, label="before stage 1" if lang == "en" else "第一阶段前")]
    handles += [Patch(color=colour[s], alpha=0.6, label=f"{k + 1} {labels.get(s, s)}") for k, s in enumerate(periodisation.names)]
    handles += [marker_handle("o", True, "date V" if lang == "en" else "日期已核实"),
                marker_handle("o", False, "date U" if lang == "en" else "日期未核实"),
                marker_handle("s", True, "date spans a stage start" if lang == "en" else "日期跨越阶段起点")]
    ax.legend(handles=handles, labels=legend_labels(handles), loc="upper left", bbox_to_anchor=(0.0, -0.12),
              fontsize=6.5, frameon=False, ncol=4)
    fig.tight_layout()
    return fig


def locality_models_chart(localities: pd.DataFrame, model_codes: Sequence[str], readings: pd.DataFrame,
                          lang: str = "en", source: str | None = None, max_rows: int = MAX_ROWS):
    """Localities (rows, grouped by province) × the three practice models (columns), without a map; the title
    names the coding (`source`: 'manual' or 'dictionary').

    A circle's area grows with the number of units showing the model (the number is printed above the row's
    line); a line joins the models of a hybrid locality (two or more models). Localities with units but no model
    coded are listed with a small grey dash, so what is absent stays visible. More than PANEL_ROWS localities are
    drawn in panels side by side (layout.row_panels), the figure as tall as one; more than `max_rows` (MAX_ROWS
    unless told) are refused. A locality resting on an item whose place or body (issuer) the page did not show
    (`items_place_or_body_u`, excerpt_checks.locality_models) is labelled [U], and one resting on an item placed in
    it by the compendium's reading (`items_placed_by_reading`: an item whose bodies are of several provinces) [R],
    and one where a unit's 权责清单嵌入型 code rests on the compendium's literal reading of a 清单
    (`units_literal_list`: a list naming no body's prevention or treatment task) [L]; the title says what each mark
    means.
    """
    words = coding_words(source, lang)
    models = readings[readings["kind"] == "model"].sort_values("order")
    names = models["name_zh" if lang == "zh" else "name_en"].tolist()
    loc = localities.sort_values(["province_en", "place_en"], kind="stable").reset_index(drop=True)
    panels = row_panels(len(loc), max_rows, "localities",
                        "draw a selection of the localities (localities.loc[...], e.g. one province's)")
    n = len(panels[0])
    # prints its 6.5 pt text at 6 pt or more in an A4 column; panels placed by tight_layout below
    fig, axes = panel_figure(len(panels), 6.9, 0.24 * n + 1.7, layout=None)
    colours = [OKABE_ITO[4], OKABE_ITO[0], OKABE_ITO[2]]
    provinces = loc["province_en"].tolist()
    prov_col, place_col = ("province_en", "place_en") if lang == "en" else ("province", "place")
    hyb = " (hybrid)" if lang == "en" else "（混合型）"
    u_mark = " [U]" if lang == "en" else "［U］"
    u_items = loc.get("items_place_or_body_u", pd.Series([None] * len(loc), index=loc.index))
    has_u = [isinstance(v, str) and v != "" for v in u_items]   # a CSV reads an empty cell as NaN
    r_mark = " [R]" if lang == "en" else "［R］"
    r_items = loc.get("items_placed_by_reading", pd.Series([None] * len(loc), index=loc.index))
    has_r = [isinstance(v, str) and v != "" for v in r_items]
    l_mark = " [L]" if lang == "en" else "［L］"
    l_units = loc.get("units_literal_list", pd.Series([None] * len(loc), index=loc.index))
    has_l = [isinstance(v, str) and v != "" for v in l_units]
    for ax, part in zip(axes, panels):
        top = part.start   # the panel's first row, drawn at y = 0
        start = 0
        for k in range(1, len(loc) + 1):
            if k == len(loc) or provinces[k] != provinces[start]:
                low, high = max(start, top), min(k, part.stop)   # the province's rows in this panel
                if (len(set(provinces[:start])) % 2) == 0 and low < high:
                    ax.axhspan(low - top - 0.5, high - top - 0.5, color="#f0f0f0", lw=0, zorder=0)
                start = k
        rows = loc.iloc[part.start:part.stop]
        for i, r in rows.iterrows():
            i -= top
            xs = [j for j, m in enumerate(model_codes) if r[m] > 0]
            if len(xs) >= 2:
                ax.plot([min(xs), max(xs)], [i, i], color="#777777", lw=1.2, zorder=1)
            if not xs:
                ax.plot([len(model_codes) - 0.5], [i], marker="_", color="#aaaaaa", ms=8, ls="none")
            for j in xs:
                v = int(r[model_codes[j]])
                ax.scatter([j], [i], s=28 + 22 * v, color=colours[j % len(colours)], edgecolor="white", lw=0.6,
                           zorder=2)
                # above the row's line (the y axis runs downwards): a hybrid's line would strike a centred count
                ax.text(j + 0.13, i - 0.08, str(v), va="bottom", fontsize=6.5, color="#222222")
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels([f"{pv} · {pl}{hyb if h else ''}{u_mark if u else ''}{r_mark if rr else ''}"
                            f"{l_mark if ll else ''}"
                            for pv, pl, h, u, rr, ll in zip(rows[prov_col], rows[place_col], rows["hybrid"],
                                                            has_u[part.start:part.stop], has_r[part.start:part.stop],
                                                            has_l[part.start:part.stop])],
                           fontsize=7)
        ax.set_xticks(range(len(model_codes)))
        ax.set_xticklabels(names, rotation=15, ha="right")
        ax.set_xlim(-0.5, len(model_codes) - 0.3)
        ax.set_ylim(n - 0.5, -0.5)
        ax.tick_params(axis="y", length=0, pad=4)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
    # its third line says what the chart rests on, as the caption (figure_catalogue.PB_EXCERPTS) and the units' heat
    # map say it: the compendium's excerpts, not Paper B's texts, which are not public
    title = (f"Local practice models by province and locality\nin excerpts of page heads, {words}\n(data: the "
             "compendium's excerpts of public pages, not Paper B's)\n(number = "
             "units showing the model;\na line joins the models of a hybrid; dash = no model coded)" if lang == "en"
             else f"各省各地实践模式（页面开头摘录，{words}）\n（数据：本项目摘录的公开网页，并非论文B的数据）"
             "\n（数字为显示该模式的编码单元数；连线表示混合型；短横表示未编码模式）")
    if any(has_u):   # (the title's widest line sets the figure's width with the labels' [U]: test_report_build)
        title += ("\n[U] = an item it rests on does not show its place or body (issuer)" if lang == "en"
                  else "\n［U］表示所依据的条目页面未显示其地点或发布主体")
    if any(has_r):
        title += ("\n[R] = placed here by the compendium's reading" if lang == "en"
                  else "\n［R］表示依本项目解读归入此地")
    if any(has_l):   # the model the literal reading gives, named as the columns name it
        lists = (names[list(model_codes).index(RESPONSIBILITY_LIST)] if RESPONSIBILITY_LIST in model_codes
                 else ("list model" if lang == "en" else "清单型"))
        # the whole of what the figure index's caption says [L] means, wrapped to the [U] line's width; the figure
        # grows by its lines after the first, so the rows keep their height
        note = (f"\n[L] = its {lists} code rests on the\n      compendium's literal reading of a list that names"
                "\n      no body's prevention or treatment task" if lang == "en"
                else f"\n［L］表示其{lists}编码仅依本项目对“清单”的字面解读\n　　　（该清单未列明各方的防治职责）")
        title += note
        fig.set_figheight(fig.get_figheight() + 0.15 * (note.count("\n") - 1))
    if len(axes) == 1:
        axes[0].set_title(title, loc="left", fontsize=9)
    else:
        fig.suptitle(title, x=0.01, ha="left", fontsize=9)
    fig.tight_layout()
    return fig
