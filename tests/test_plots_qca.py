"""Smoke tests of the QCA figures: each returns a Figure and renders to identical bytes twice."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from analysis.paper_a.configurations import analyse_configurations  # noqa: E402
from analysis.plots import qca as Q  # noqa: E402
from analysis.plots.style import figure_bytes, save_figure  # noqa: E402

CONDS = ("SYS", "ORG", "SER")


@pytest.fixture(scope="module")
def analysis():
    rows = [(1, 1, 1, 1), (0, 1, 1, 1), (0, 0, 1, 0), (1, 0, 0, 0), (0, 1, 0, 0), (1, 1, 1, 1)]
    data = pd.DataFrame(rows, columns=[*CONDS, "EFF"], index=["a", "b", "c", "d", "e", "f"])
    return data, analyse_configurations(data, "EFF", CONDS, incl_cut=1.0)


def _figures(analysis):
    data, res = analysis
    labels = {"SYS": "system", "ORG": "organisational", "SER": "service", "EFF": "outcome"}
    fuzzy = data.astype(float) * 0.8 + 0.1
    return {
        "memberships": lambda: Q.membership_heatmap(data, labels, outcome="EFF", title="crisp"),
        "memberships_fuzzy": lambda: Q.membership_heatmap(fuzzy, labels, outcome="EFF"),
        "chart": lambda: Q.configuration_chart(res.paths, CONDS, res.solution_fit, labels,
                                               type_labels={"meso-micro": "meso-micro"}),
        "xy": lambda: Q.xy_plot([1, 1, 0, 0, 0, 1], data["EFF"], list(data.index), fit=res.solution_fit),
        "xy_fuzzy": lambda: Q.xy_plot(fuzzy["SER"], fuzzy["EFF"], list(data.index)),
        "truth_table": lambda: Q.truth_table_view(res.truth_table.rows, CONDS, labels),
    }


@pytest.mark.parametrize("name", ["memberships", "memberships_fuzzy", "chart", "xy", "xy_fuzzy", "truth_table"])
def test_figure_is_deterministic(analysis, name, tmp_path):
    make = _figures(analysis)[name]
    fig1 = make()
    assert isinstance(fig1, Figure)
    first = {fmt: figure_bytes(fig1, fmt) for fmt in ("png", "svg")}
    assert first["png"] == figure_bytes(fig1, "png")          # same figure rendered twice
    fig2 = make()
    assert {fmt: figure_bytes(fig2, fmt) for fmt in ("png", "svg")} == first   # rebuilt from scratch
    written = save_figure(fig1, tmp_path / name)
    assert [p.suffix for p in written] == [".png", ".svg"]
    assert written[0].read_bytes() == first["png"]
    plt.close(fig1)
    plt.close(fig2)


def test_chinese_labels_fall_back_or_draw(analysis):
    """lang='zh' draws the chart's fixed texts in Chinese when a CJK font is installed, in English otherwise (the
    texts are the module's documented labels, written out here, not read from the module)."""
    from analysis.plots.style import apply_style, cjk_font

    data, res = analysis
    try:
        fig = Q.configuration_chart(res.paths, CONDS, res.solution_fit, lang="zh")
        assert isinstance(fig, Figure)
        texts = {t.get_text() for t in fig.axes[0].texts}
        plt.close(fig)
    finally:
        apply_style("en")
    zh = {"一致性", "原始覆盖度", "唯一覆盖度", "总体一致性", "总体覆盖度", "核心条件存在"}
    en = {"Consistency", "Raw coverage", "Unique coverage", "Solution consistency", "Solution coverage",
          "core condition present"}
    expected, other = (zh, en) if cjk_font() is not None else (en, zh)
    assert expected <= texts and not other & texts, texts


def test_xy_plot_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="same length"):
        Q.xy_plot([0, 1], [0, 1, 1], ["a", "b"])


def test_case_type_legend_is_chinese_with_chinese_labels():
    """With lang='zh' the XY plot by case type (notebook 03, the Chinese variant of 04) had Chinese axes and fit but an
    English legend: typical, deviant coverage, individually irrelevant."""
    from analysis.plots.diagnostics import case_type_xy
    from analysis.plots.style import apply_style, cjk_font

    if cjk_font() is None:
        pytest.skip("no CJK font installed: lang='zh' falls back to English labels")
    typology = pd.DataFrame({"case": ["a", "b", "c", "d"], "solution": [1.0, 0.0, 1.0, 0.0],
                             "outcome": [1.0, 1.0, 0.0, 0.0],
                             "type": ["typical", "deviant coverage", "deviant consistency", "individually irrelevant"]})
    try:
        fig = case_type_xy(typology, lang="zh")
        legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
        assert legend == ["典型", "一致性偏离", "覆盖度偏离", "个体无关"], legend
        plt.close(fig)
    finally:
        apply_style("en")


def test_truth_table_view_marks_contradictory_rows_with_their_cases_outside_the_outcome():
    """A row with cases on both sides of the outcome is reported with the table (Schneider & Wagemann 2012, 5.2.1):
    the figure marks it and names its cases outside the outcome; other rows and figures without such rows are
    unchanged."""
    from analysis.qca import contradictions, truth_table

    data = pd.DataFrame([(1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 1, 1)], columns=["A", "B", "Y"],
                        index=["p", "q", "r", "s"])
    tt = truth_table(data, "Y", ["A", "B"], incl_cut=1.0)
    contra = contradictions(tt)["row"].tolist()
    assert len(contra) == 1

    def texts(fig):
        ax = fig.axes[0]
        return ([t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts])

    marked, plain = (Q.truth_table_view(tt.rows, ["A", "B"], contradictory=c) for c in (contra, ()))
    try:
        ticks, cells = texts(marked)
        assert ticks.count(f"\u2021 {contra[0]}") == 1 and sum("\u2021" in t for t in ticks) == 1
        assert any("p,q" in t and "not in the outcome: q" in t for t in cells)
        assert any(t.startswith("\u2021 contradictory row") for t in cells)
        ticks, cells = texts(plain)
        assert not any("\u2021" in t for t in ticks + cells) and not any("not in the outcome" in t for t in cells)
    finally:
        plt.close(marked)
        plt.close(plain)
    with pytest.raises(ValueError, match=r"contradictory rows \[99\] are not observed rows"):
        Q.truth_table_view(tt.rows, ["A", "B"], contradictory=[99])


def test_case_type_xy_marks_a_case_at_the_crossover_as_such():
    """case_typology labels a case with solution or outcome membership exactly 0.5 'at crossover (...)' (it has none
    of the four types); the XY plot drew only the types it knew and the former blank, so such a case had no marker
    and no legend entry. It is drawn with the grey cross, in the legend as 'at crossover (0.5)'."""
    from analysis.plots.diagnostics import case_type_xy

    typology = pd.DataFrame({"case": ["a", "b", "c"], "solution": [0.8, 0.5, 0.7], "outcome": [0.9, 0.6, 0.5],
                             "type": ["typical", "at crossover (solution = 0.5)", "at crossover (outcome = 0.5)"]})
    fig = case_type_xy(typology)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["typical", "at crossover (0.5)"], legend
    crossed = [c for c in fig.axes[0].collections if c.get_label() == "at crossover (0.5)"]
    assert len(crossed) == 1 and len(crossed[0].get_offsets()) == 2
    plt.close(fig)


def test_xy_plot_hides_no_corner_case_under_its_fit_box_or_legend():
    """xy_plot drew its fit box in the upper left corner and its legend in the lower right, inside the unit square:
    with crisp data the box covered a case at (0, 1) (point and name) and the legend a case at (1, 0), the very cases
    that contradict sufficiency. Both now sit right of the axes, as in the case-type XY plot (diagnostics.py)."""
    fig = Q.xy_plot([1, 1, 0, 0], [1, 0, 1, 0], ["a", "b", "c", "d"], fit={"inclS": 0.5, "covS": 0.5})
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        plot_area = ax.get_window_extent(renderer)
        legend = ax.get_legend().get_window_extent(renderer)
        fit_box = next(t for t in ax.texts if "0.500" in t.get_text()).get_window_extent(renderer)
        for name, box in (("legend", legend), ("fit box", fit_box)):
            assert box.x0 >= plot_area.x1, f"the {name} lies inside the plot area"
    finally:
        plt.close(fig)


def test_no_case_label_of_an_xy_plot_prints_over_another():
    """Every label sat inward of its point, whatever was there: on LF's XY plots (Lipset's 18 countries) 'FR, NL'
    printed over 'SE', 'PT' over 'GR' and 'UK' over 'NL'. Each label now takes the first free spot around its point
    (xy_axes), so no two labels overlap, on the plot of a solution and on each panel of the plot per term."""
    from matplotlib.text import Annotation

    from analysis.paths import DATASETS
    from analysis.plots.diagnostics import necessity_type_xy, term_type_xy
    from analysis.qca import minimize, necessity_typology, term_typology, truth_table

    lf = pd.read_csv(DATASETS / "LF.csv", index_col=0)
    sol = minimize(truth_table(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8), include="?")
    figures = [Q.xy_plot(lf["DEV"], lf["SURV"], list(lf.index)), term_type_xy(term_typology(sol)),
               necessity_type_xy(necessity_typology(lf, "SURV", "DEV"))]
    overlapping = []
    for fig in figures:
        fig.canvas.draw()
        for ax in fig.axes:
            labels = [t for t in ax.texts if isinstance(t, Annotation)]
            boxes = [t.get_window_extent() for t in labels]
            overlapping += [(labels[i].get_text(), labels[j].get_text()) for i in range(len(boxes))
                            for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]
        plt.close(fig)
    assert not overlapping, overlapping


def _case_labels(ax):
    """The case labels xy_axes placed on `ax` (its annotations), each with its drawn text's box (an annotation's own
    window extent takes in its leader line too)."""
    from matplotlib.text import Annotation, Text

    return [(t, Text.get_window_extent(t)) for t in ax.texts if isinstance(t, Annotation)]


def _leader_crossings(ax, labels) -> list:
    """Each label whose leader line (drawn from the label's text box to its point) passes through another label's
    text box, as drawn: 200 points along the line, from the point to the label's corner, tested against each box."""
    import numpy as np

    crossed = []
    for t, box in labels:
        if t.arrow_patch is None:
            continue
        px, py = ax.transData.transform(t.xy)
        rx, ry = t.arrowprops["relpos"]
        cx, cy = box.x0 + rx * box.width, box.y0 + ry * box.height
        for s in np.linspace(0, 1, 200):
            x, y = px + s * (cx - px), py + s * (cy - py)
            crossed += [(t.get_text(), o.get_text(), "leader line") for o, b in labels
                        if o is not t and b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1]
    return sorted(set(crossed))


def _unreadable_labels(fig) -> list:
    """Each case label of `fig` that touches another or leaves its axes, as drawn (boxes measured after drawing)."""
    fig.canvas.draw()
    bad = []
    for ax in fig.axes:
        labels, frame = _case_labels(ax), ax.get_window_extent()
        bad += [(t.get_text(), "outside its axes") for t, b in labels
                if b.x0 < frame.x0 or b.x1 > frame.x1 or b.y0 < frame.y0 or b.y1 > frame.y1]
        bad += [(labels[i][0].get_text(), labels[j][0].get_text()) for i in range(len(labels))
                for j in range(i + 1, len(labels)) if labels[i][1].overlaps(labels[j][1])]   # touching counts
        bad += _leader_crossings(ax, labels)
    return bad


@pytest.mark.parametrize("dataset, outcome, conditions, cut, figure", [
    ("CVF", "PROTEST", ["DEMOC", "ETHFRACT", "GEOCON", "POLDIS", "NATPRIDE"], 0.85, "term_type_xy"),
    ("LF", "SURV", ["DEV", "URB", "LIT", "IND", "STB"], 0.8, "case_type_xy")])
def test_case_labels_are_placed_once_the_layout_is_final_and_never_touch(dataset, outcome, conditions, cut, figure):
    """The labels were placed before term_type_xy's tight_layout, which then shrank the panels: on CVF's plot per term
    (29 minorities, names such as 'LezginsAzerbaijan') ten pairs of labels printed over each other and two labels left
    their panel; on LF's case-type plot 'FR' touched 'SE'. place_case_labels now runs on the final layout, and a label
    with no free spot is left out (counted in the legend's note), so none touches another or leaves its axes."""
    from analysis.paths import DATASETS
    from analysis.plots import diagnostics
    from analysis.qca import case_typology, minimize, term_typology, truth_table

    data = pd.read_csv(DATASETS / f"{dataset}.csv", index_col=0)
    sol = minimize(truth_table(data, outcome, conditions, incl_cut=cut), include="?")
    table = term_typology(sol) if figure == "term_type_xy" else case_typology(sol)
    fig = getattr(diagnostics, figure)(table)
    try:
        assert not _unreadable_labels(fig), _unreadable_labels(fig)
    finally:
        plt.close(fig)


def test_a_crowded_xy_plot_labels_what_stays_readable_and_says_so():
    """200 cases: every name printed made a thicket of labels over each other and over the points. A label is now
    drawn only where it touches no other label and no other case's point, and where it is not nearer another point
    than its own; the cases against sufficiency (y < x) are labelled first, and the legend says how many are."""
    import numpy as np

    rng = np.random.default_rng(2026)
    x, y = rng.uniform(0, 1, 200).round(2), rng.uniform(0, 1, 200).round(2)
    cases = [f"C{i:03d}" for i in range(200)]
    fig = Q.xy_plot(x, y, cases)
    try:
        assert not _unreadable_labels(fig), _unreadable_labels(fig)
        ax = fig.axes[0]
        labels = _case_labels(ax)
        points = ax.transData.transform(np.column_stack([x, y]))
        named = {name: i for i, name in enumerate(cases)}
        covering = [(t.get_text(), cases[j]) for t, box in labels for j, (px, py) in enumerate(points)
                    if cases[j] not in t.get_text().split(", ") and box.contains(px, py)]
        assert not covering, covering
        shown = [name for t, _ in labels for name in t.get_text().split(", ")]
        assert 0 < len(shown) < 200 and set(shown) <= set(cases)
        note = ax.get_legend().get_title().get_text()
        assert note.startswith(f"{len(shown)} of 200 cases labelled"), note
        below = [name for name in cases if y[named[name]] < x[named[name]]]
        share = {side: sum(n in names for n in shown) / len(names)
                 for side, names in (("below", set(below)), ("above", set(cases) - set(below)))}
        assert share["below"] > share["above"], share
    finally:
        plt.close(fig)


def test_case_labels_placed_again_after_a_change_of_layout_fit_the_new_axes():
    """place_case_labels removes the labels it drew and places them again on the axes as they now are: after the
    figure is made smaller, no label touches another or leaves its axes, and none is drawn twice."""
    from analysis.paths import DATASETS

    lf = pd.read_csv(DATASETS / "LF.csv", index_col=0)
    fig = Q.xy_plot(lf["DEV"], lf["SURV"], list(lf.index))
    try:
        before = len(_case_labels(fig.axes[0]))
        fig.set_size_inches(4.0, 3.0)
        Q.place_case_labels(fig)
        assert not _unreadable_labels(fig), _unreadable_labels(fig)
        after = [t.get_text() for t, _ in _case_labels(fig.axes[0])]
        assert 0 < len(after) <= before and len(after) == len(set(after)), after
    finally:
        plt.close(fig)


def test_the_panel_titles_of_a_plot_per_term_with_long_condition_names_stay_apart():
    """A panel's title (its term) was broken after ' + ' only, so one long term ('DEMOCRACY_LEVEL*ETHNIC_
    FRACTIONALIZATION*GEOGRAPHIC_CONCENTRATION', CVF with its conditions spelt out) ran into the next panel's
    title. A line still too long is now broken after a '*' too; no two titles' drawn boxes meet."""
    from analysis.paths import DATASETS
    from analysis.plots.diagnostics import term_type_xy
    from analysis.qca import minimize, term_typology, truth_table

    names = {"DEMOC": "DEMOCRACY_LEVEL", "ETHFRACT": "ETHNIC_FRACTIONALIZATION", "GEOCON": "GEOGRAPHIC_CONCENTRATION",
             "POLDIS": "POLITICAL_DISCRIMINATION", "NATPRIDE": "NATIONAL_PRIDE"}
    data = pd.read_csv(DATASETS / "CVF.csv", index_col=0).rename(columns=names)
    sol = minimize(truth_table(data, "PROTEST", list(names.values()), incl_cut=0.85), include="?")
    fig = term_type_xy(term_typology(sol))
    try:
        fig.canvas.draw()
        titles = [(ax.get_title(), ax.title.get_window_extent()) for ax in fig.axes if ax.get_visible()]
        assert max(len(str(term)) for term in sol.models[0].terms) > 30   # longer than a panel's title line
        meeting = [(a, b) for i, (a, one) in enumerate(titles) for b, other in titles[i + 1:] if one.overlaps(other)]
        assert not meeting, meeting
    finally:
        plt.close(fig)


def test_a_crowded_xy_plot_draws_to_the_same_bytes_twice():
    """Which labels a crowded plot leaves out, and the legend's note saying so, are the same on every run (the
    placement is greedy in a fixed order: rank, then point), so its PNG and SVG are byte-identical."""
    import numpy as np

    rng = np.random.default_rng(7)
    x, y = rng.uniform(0, 1, 120).round(2), rng.uniform(0, 1, 120).round(2)
    figs = [Q.xy_plot(x, y, [f"case {i}" for i in range(120)]) for _ in range(2)]
    try:
        assert figs[0].axes[0].get_legend().get_title().get_text()   # some labels left out, and said
        assert figure_bytes(figs[0], "png") == figure_bytes(figs[1], "png")
        assert figure_bytes(figs[0], "svg") == figure_bytes(figs[1], "svg")
    finally:
        for fig in figs:
            plt.close(fig)


def _many_cases(n: int, k: int = 6) -> pd.DataFrame:
    """n cases of k fuzzy sets (the last the outcome), the values spread over [0, 1]."""
    values = [[round(((i * 7 + j * 13) % 21) / 20, 2) for j in range(k)] for i in range(n)]
    return pd.DataFrame(values, columns=[f"S{j}" for j in range(k - 1)] + ["Y"], index=[f"case {i:03d}" for i in range(n)])


def _many_rows(n: int, k: int = 8) -> pd.DataFrame:
    """n observed truth-table rows of k conditions (TruthTable.rows' columns), numbered as R numbers them."""
    bits = [[(r >> (k - 1 - j)) & 1 for j in range(k)] for r in range(n)]
    rows = pd.DataFrame(bits, columns=[f"C{j}" for j in range(k)], index=range(1, n + 1))
    return rows.assign(OUT=["1" if r % 3 else "0" for r in range(n)], n=1, incl=0.9, PRI=0.8,
                       cases=[f"case {r:03d}" for r in range(n)])


def _panels(fig) -> list:
    return [ax for ax in fig.axes if ax.get_label() != "<colorbar>"]


def _drawn_rows(fig) -> list[str]:
    return [t.get_text() for ax in _panels(fig) for t in ax.get_yticklabels() if t.get_text()]


@pytest.mark.parametrize("draw", ["heatmap", "truth_table"])
def test_a_figure_of_200_cases_or_rows_is_one_page_tall_with_every_row_in_side_by_side_panels(draw):
    """A heat map of 200 cases was 61 inches tall (0.3 inch a case) and a truth table of 200 rows 65: their rows are
    drawn in panels of at most PANEL_ROWS side by side, the figure as tall as one panel, every row drawn once."""
    from analysis.plots.layout import PANEL_ROWS

    if draw == "heatmap":
        data = _many_cases(200)
        fig = Q.membership_heatmap(data, outcome="Y", title="200 cases")
        expected = list(data.index)
        small = Q.membership_heatmap(data.iloc[:PANEL_ROWS], outcome="Y")
    else:
        rows = _many_rows(200)
        fig = Q.truth_table_view(rows, [f"C{j}" for j in range(8)], title="200 rows")
        expected = [str(r) for r in rows.index]
        small = Q.truth_table_view(rows.iloc[:PANEL_ROWS], [f"C{j}" for j in range(8)])
    try:
        assert _drawn_rows(fig) == expected
        assert fig.get_figheight() <= small.get_figheight() + 1e-9 < 15, fig.get_figheight()
        panels = _panels(fig)
        assert len(panels) == 5 and all(len(ax.get_yticklabels()) == 40 for ax in panels)
        assert "200" in (fig.get_suptitle() or panels[0].get_title())
    finally:
        plt.close(fig)
        plt.close(small)


@pytest.mark.parametrize("draw", ["heatmap", "truth_table"])
def test_a_figure_of_more_rows_than_max_rows_is_refused_naming_max_rows(draw):
    """Beyond max_rows (MAX_ROWS unless told) a figure of cases or truth-table rows is refused at once, naming its size,
    the limit and how to draw fewer; a max_rows that is no whole number is refused naming it."""
    from analysis.qca.errors import QCAInputError

    if draw == "heatmap":
        data = _many_cases(50)
        make = lambda **kw: Q.membership_heatmap(data, outcome="Y", **kw)   # noqa: E731
        what = r"the figure has 50 cases, more than it draws \(max_rows=30; 40 to a panel\): draw a selection"
    else:
        rows = _many_rows(50)
        make = lambda **kw: Q.truth_table_view(rows, [f"C{j}" for j in range(8)], **kw)   # noqa: E731
        what = (r"the figure has 50 truth-table rows, more than it draws \(max_rows=30; 40 to a panel\): draw a "
                r"selection")
    with pytest.raises(QCAInputError, match=what + r".*, or raise max_rows$"):
        make(max_rows=30)
    for bad in ("100", 0, 2.5, True):
        with pytest.raises(QCAInputError, match=r"^max_rows must be a whole number of rows, 1 or more, got "):
            make(max_rows=bad)
    plt.close(make(max_rows=50))


def test_a_truth_table_view_of_chinese_case_names_is_sized_by_their_display_width():
    """truth_table_view sized its cases column by the names' character count: a Chinese name (each character two columns
    wide, East Asian Width) was given half the room it takes, and ran past the figure's edge."""
    rows = _many_rows(3, 3)
    latin = Q.truth_table_view(rows.assign(cases=["ab" * 10] * 3), ["C0", "C1", "C2"])
    chinese = Q.truth_table_view(rows.assign(cases=["北京" * 10] * 3), ["C0", "C1", "C2"])
    try:
        assert chinese.get_figwidth() > latin.get_figwidth() + 1
        assert chinese.axes[0].get_xlim()[1] > latin.axes[0].get_xlim()[1] + 1
    finally:
        plt.close(latin)
        plt.close(chinese)


def test_a_label_placed_off_its_point_on_a_crowded_plot_has_a_short_leader_line_to_it():
    """On a crowded XY plot a label that found no room next to its point goes farther out (up to _LABEL_SPOTS' last
    ring) and read as its point's only by being the nearest: it now has a thin leader line from its corner nearest the
    point to the point. Labels next to their point have none, so a plot where nothing is crowded draws as before."""
    import numpy as np

    from analysis.plots.qca import _CASE_LABELS, _LABEL_SPOTS, _NEXT_TO

    rng = np.random.default_rng(7)
    x, y = rng.uniform(0, 1, 120).round(2), rng.uniform(0, 1, 120).round(2)
    crowded = Q.xy_plot(x, y, [f"case {i}" for i in range(120)])
    plain = Q.xy_plot([0.1, 0.9], [0.2, 0.8], ["a", "b"])
    near = {(abs(dx), abs(dy)) for dx, dy in _LABEL_SPOTS[:_NEXT_TO]}
    try:
        labels = _CASE_LABELS[crowded.axes[0]]["drawn"]
        far = [lb for lb in labels if (abs(lb.xyann[0]), abs(lb.xyann[1])) not in near]
        assert far and len(far) < len(labels)
        assert all(lb.arrow_patch is not None for lb in far)
        assert all(lb.arrow_patch is None for lb in labels if lb not in far)
        for lb in far:   # the line starts at the label's corner (or side) nearest the point
            dx, dy = lb.xyann
            assert lb.arrowprops["relpos"] == (0 if dx > 0 else 1 if dx < 0 else 0.5, 0 if dy > 0 else 1 if dy < 0 else 0.5)
        assert all(lb.arrow_patch is None for lb in _CASE_LABELS[plain.axes[0]]["drawn"])
    finally:
        plt.close(crowded)
        plt.close(plain)


@pytest.mark.parametrize("message_zh", ["甲" * 48 + "。" + "乙" * 10, "甲" * 45 + "SER*~SYS 的路径" + "乙" * 10],
                         ids=["punctuation", "latin run"])
def test_the_chinese_finding_of_the_no_solution_panel_breaks_by_chinese_line_breaking_rules(message_zh):
    """no_solution_panel broke its Chinese finding every 48 characters (textwrap), so a line could start with '。' or
    split a term ('SER*~' / 'SYS'); it now wraps as the configuration chart does (_wrap_chinese, the one helper):
    no line starts with closing punctuation, a Latin run is kept whole, and no character is lost."""
    from analysis.plots.configurations import NO_LINE_START
    from analysis.plots.style import cjk_font

    if cjk_font() is None:
        pytest.skip("without a CJK font the panel falls back to English")
    fig = Q.no_solution_panel("no configuration", lang="zh", message_zh=message_zh)
    try:
        drawn = next(t.get_text() for t in fig.axes[0].texts if "甲" in t.get_text())
    finally:
        plt.close(fig)
    lines = drawn.split("\n")
    assert len(lines) > 1 and not [line for line in lines if line[0] in NO_LINE_START], lines
    assert all("SER*~SYS" in line or "SER" not in line for line in lines), lines
    assert drawn.replace("\n", "").replace(" ", "") == message_zh.replace(" ", "")


def test_an_xy_plot_labels_its_typical_cases_before_the_irrelevant_ones():
    """xy_plot labelled the cases against sufficiency (y < x) first and all others alike, in order of their point: the
    irrelevant cases (x < 0.5, y < 0.5) came before the typical ones (x > 0.5, y > 0.5, y >= x: those a researcher
    picks for case studies, Schneider & Rohlfing 2013), so on a crowded plot of 16 cases a typical case lost its label
    to irrelevant ones placed before it. The order is now y < x, typical, deviant coverage, the rest."""
    import re

    from matplotlib.text import Annotation

    # hand-computed types: y < x (0), typical (1), deviant coverage (2), irrelevant or at a crossover (3)
    assert Q._xy_label_rank([0.9, 0.6, 0.7, 0.2, 0.3, 0.5, 0.4, 0.6],
                            [0.2, 0.55, 0.9, 0.8, 0.3, 0.5, 0.5, 0.6]).tolist() == [0, 0, 1, 2, 3, 3, 3, 1]
    x = [0.53, 0.52, 0.49, 0.46, 0.47, 0.43, 0.46, 0.43, 0.46, 0.45, 0.5, 0.46, 0.44, 0.44, 0.46, 0.49]
    y = [0.53, 0.56, 0.49, 0.49, 0.47, 0.49, 0.48, 0.49, 0.5, 0.45, 0.5, 0.46, 0.47, 0.44, 0.46, 0.49]
    cases = ["Typical A", "Typical B"] + [f"Irrelevant case {i}" for i in range(14)]
    assert set(Q._xy_label_rank(x, y)[:2]) == {1} and set(Q._xy_label_rank(x, y)[2:]) == {3}
    fig = Q.xy_plot(x, y, cases)
    try:
        shown = [name for t in fig.axes[0].texts if isinstance(t, Annotation)
                 for name in re.split(r", |\n", t.get_text())]
        assert {"Typical A", "Typical B"} <= set(shown), shown
        assert 2 < len(shown) < 16   # crowded: some irrelevant cases are left unlabelled, the typical ones are not
        assert not _unreadable_labels(fig), _unreadable_labels(fig)
        assert figure_bytes(fig, "png") == figure_bytes(Q.xy_plot(x, y, cases), "png")   # deterministic
    finally:
        plt.close("all")
