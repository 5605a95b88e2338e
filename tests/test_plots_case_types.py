"""The XY plots of case types a reviewer expects (Schneider & Rohlfing 2013): one panel per term and the solution
(term_typology, SetMethods' pimplot) and a necessary condition's (necessity_typology): the types computed in the
engine, the figures drawn to the same bytes twice, labelled, and refusing a table they cannot draw."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.paths import ROOT  # noqa: E402
from analysis.plots.diagnostics import _STYLE, necessity_type_xy, term_type_xy  # noqa: E402
from analysis.plots.style import figure_bytes  # noqa: E402
from analysis.qca import (QCAInputError, case_typology, minimize, necessity_typology, term_typology,  # noqa: E402
                          truth_table)

LF = ROOT / "data" / "reference" / "datasets" / "LF.csv"


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(LF, index_col="case")


@pytest.fixture(scope="module")
def sol(lf):
    return minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8), "?", dir_exp="1,1,1,1,1")


def test_term_typology_has_a_panel_per_term_then_the_solution_with_case_typologys_types(sol):
    table = term_typology(sol)
    terms = list(sol.models[0].terms)
    assert list(dict.fromkeys(table["panel"])) == [*terms, "solution"]
    ty = case_typology(sol)
    whole = table[table["panel"] == "solution"].reset_index(drop=True)
    assert whole["type"].tolist() == ty["type"].tolist() and whole["X"].tolist() == ty["solution"].tolist()
    for term in terms:
        part = table[table["panel"] == term].set_index("case")
        assert part["X"].tolist() == ty[term].tolist()
        inside = part["X"] > 0.5
        # a case in the term is typed for the term; one outside it the solution holds is in another term, and the
        # solution's deviant coverage and irrelevant cases keep their type on every panel
        assert set(part.loc[inside, "type"]) <= {"typical", "deviant consistency", "deviant consistency in degree"}
        held = ty.set_index("case")["solution"] > 0.5
        assert (part.loc[~inside & held, "type"] == "in another term").all()
        assert (part.loc[~inside & ~held, "type"] == ty.set_index("case").loc[~inside & ~held, "type"]).all()
    first, second = terms
    assert table.set_index(["panel", "case"]).loc[(first, "FI"), "type"] == "in another term"
    assert table.set_index(["panel", "case"]).loc[(second, "FI"), "type"] == "typical"


def test_term_typology_names_a_term_at_the_crossover():
    data = pd.DataFrame({"A": [0.9, 0.5, 0.2, 0.1], "B": [0.1, 0.2, 0.8, 0.1], "Y": [0.95, 0.7, 0.9, 0.1]},
                        index=["p", "q", "r", "s"])
    sol = minimize(truth_table(data, "Y", "A, B", incl_cut=0.8), "?")
    table = term_typology(sol).set_index(["panel", "case"])["type"]
    assert table[("A", "q")] == "at crossover (A = 0.5)", table


def test_term_typology_refuses_a_model_the_solution_has_not(sol):
    with pytest.raises(QCAInputError, match=r"model must be 1\.\.1, got 2"):
        term_typology(sol, model=2)


def _fits(sol):
    m = sol.models[0]
    return {**{t: {"inclS": r["inclS"], "covS": r["covS"]} for t, r in zip(m.terms, m.term_fit.to_dict("records"))},
            "solution": m.fit}


def test_term_type_xy_draws_one_labelled_panel_per_term_to_the_same_bytes(sol):
    table = term_typology(sol)
    figs = [term_type_xy(table, _fits(sol), outcome="SURV") for _ in range(2)]
    try:
        assert figure_bytes(figs[0], "png") == figure_bytes(figs[1], "png")
        assert figure_bytes(figs[0], "svg") == figure_bytes(figs[1], "svg")
        axes = [ax for ax in figs[0].axes if ax.get_visible()]
        terms = list(sol.models[0].terms)
        assert len(axes) == len(terms) + 1
        titles = [ax.get_title() for ax in axes]
        for term, head in zip(terms, titles):
            assert head.startswith(term) and f"Consistency {sol.models[0].term_fit['inclS'].iloc[terms.index(term)]:.3f}" in head
        assert titles[-1].startswith("Solution membership") and "coverage 0.660" in titles[-1]
        assert {ax.get_ylabel() for ax in axes} == {"SURV"}
        legend = [t.get_text() for t in figs[0].legends[0].get_texts()]
        assert legend == ["typical", "deviant consistency in degree", "deviant coverage", "individually irrelevant",
                          "in another term"], legend
        cases = {t.get_text() for t in axes[0].texts}
        assert any("FI" in c for c in cases) and any("SE" in c for c in cases)
    finally:
        for f in figs:
            plt.close(f)


def test_term_type_xy_refuses_a_table_it_cannot_draw(sol):
    table = term_typology(sol)
    with pytest.raises(ValueError, match=r"needs columns .* \(from term_typology\(\)\)"):
        term_type_xy(case_typology(sol))
    with pytest.raises(ValueError, match="columns must be a whole number of 1 or more"):
        term_type_xy(table, columns=0)
    with pytest.raises(ValueError, match="no panel"):
        term_type_xy(table.iloc[:0])


def test_necessity_type_xy_marks_deviant_relevance_as_deviant_coverage_is_marked(lf):
    table = necessity_typology(lf, "SURV", "LIT")
    figs = [necessity_type_xy(table, {"inclN": 0.991, "RoN": 0.509, "covN": 0.643}, outcome="SURV") for _ in range(2)]
    try:
        assert figure_bytes(figs[0], "png") == figure_bytes(figs[1], "png")
        ax = figs[0].axes[0]
        assert ax.get_xlabel() == "LIT" and ax.get_ylabel() == "SURV"
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend == ["typical", "deviant relevance", "individually irrelevant"], legend
        relevance = next(c for c in ax.collections if c.get_label() == "deviant relevance")
        assert matplotlib.colors.to_hex(relevance.get_facecolor()[0]) == _STYLE["deviant coverage"][0].lower()
        assert sum(len(c.get_offsets()) for c in ax.collections) == len(lf)
        assert any("Relevance (RoN) 0.509" in t.get_text() for t in ax.texts)
    finally:
        for f in figs:
            plt.close(f)
    with pytest.raises(ValueError, match="one condition's cases, got 2 conditions"):
        necessity_type_xy(pd.concat([table, table.assign(condition="STB")]))
    with pytest.raises(ValueError, match=r"from necessity_typology\(\)"):
        necessity_type_xy(table.drop(columns="type"))


@pytest.fixture(scope="module")
def rob(lf):
    from analysis.qca import robustness_protocol

    return robustness_protocol(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8,
                               tests=[{"label": "incl 0.75", "incl_cut": 0.75}, {"label": "n 2", "n_cut": 2},
                                      {"label": "without FI", "drop_cases": ["FI"]}])


def test_robustness_xy_draws_is_against_the_test_sets_minimum_and_maximum(rob):
    """rob.xyplot's idea: the initial solution against minTS (its cases outside minTS are shaky) and maxTS (the cases
    outside IS inside maxTS are possible), every case marked by its robustness type, the set coincidences written."""
    from analysis.plots.diagnostics import robustness_xy

    figs = [robustness_xy(rob.cases, rob.fit, title="LF") for _ in range(2)]
    try:
        assert figure_bytes(figs[0], "png") == figure_bytes(figs[1], "png")
        left, right = figs[0].axes
        assert [ax.get_ylabel() for ax in (left, right)] == ["Test set minimum (minTS)", "Test set maximum (maxTS)"]
        assert left.get_xlabel() == right.get_xlabel() == "Initial solution (IS)"
        assert left.get_title() == f"RF_SC_minTS {rob.fit['RF_SC_minTS']:.3f}"
        assert right.get_title() == f"RF_SC_maxTS {rob.fit['RF_SC_maxTS']:.3f}"
        legend = [t.get_text() for t in figs[0].legends[0].get_texts()]
        assert legend == [k for k in ("robust typical", "robust deviant", "shaky typical", "shaky deviant",
                                      "possible typical", "possible deviant", "extreme deviant coverage",
                                      "irrelevant") if k in set(rob.cases["type"])], legend
        assert "shaky typical" in legend and "possible deviant" in legend
        fi = rob.cases.set_index("case").loc["FI"]
        for ax, other in ((left, "minTS"), (right, "maxTS")):   # FI, shaky: a vermillion square at (IS, minTS / maxTS)
            at = [ln for ln in ax.lines if ln.get_marker() == "s" and tuple(ln.get_xydata()[0]) == (fi["IS"], fi[other])]
            assert at and matplotlib.colors.to_hex(at[0].get_markerfacecolor()) == "#d55e00"
    finally:
        for f in figs:
            plt.close(f)
    with pytest.raises(ValueError, match=r"from RobustnessProtocol\.cases"):
        robustness_xy(rob.cases.drop(columns="minTS"))


def test_the_robustness_types_differ_by_colour_and_marker_for_every_reader():
    from analysis.plots.diagnostics import _ROBUSTNESS_STYLE
    from test_plots_colour_vision import closest_pair

    colours, markers = zip(*_ROBUSTNESS_STYLE.values())
    assert len(set(markers)) == len(markers)
    assert closest_pair(list(colours))[0] >= 10


def test_paper_a_xy_figure_labels_every_case_as_its_caption_says():
    """Paper A's XY figure's caption (README's figure table, analysis/figure_catalogue.py) says 'every case labelled',
    but the XY plots leave out a label that would print over another (place_case_labels). Drawn as notebook 04
    redraws figures/paperA_xy.png from the derived tables (the same bytes as the committed file), its labels name
    each of the 15 cases, and no note says some are left out: the caption cannot drift from the figure silently."""
    import json
    import re

    from analysis.figure_catalogue import catalogue
    from analysis.paper_a import cases as C
    from analysis.plots.diagnostics import case_type_xy

    derived = ROOT / "data" / "derived" / "paperA"
    qca = json.loads((derived / "qca.json").read_text(encoding="utf-8"))
    source = json.loads((derived / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    typology = pd.read_csv(derived / "deviant_cases.csv", dtype={"case": str}, keep_default_na=False)
    fig = case_type_xy(typology, fit=qca["solution_fit"], title=C.figure_title("xy", source, "en"), lang="en")
    assert figure_bytes(fig, "png") == (ROOT / "figures" / "paperA_xy.png").read_bytes()
    assert "every case labelled" in catalogue(source).loc["paperA_xy", "caption_en"]
    ax = fig.axes[0]
    named = [n for t in ax.texts for n in re.split(r", |\n", t.get_text()) if n in set(typology["case"])]
    assert sorted(named) == sorted(typology["case"]) and len(named) == 15
    assert ax.get_legend().get_title().get_text() == ""   # no 'N of 15 cases labelled'
    plt.close(fig)


def _many_terms(sol, n: int) -> pd.DataFrame:
    """LF's term typology with its first term's panel repeated under `n` term names (as a model of n terms draws)."""
    table = term_typology(sol)
    first = table[table["panel"] == table["panel"].iloc[0]]
    whole = table[table["panel"] == "solution"]
    return pd.concat([first.assign(panel=f"T{i}") for i in range(n)] + [whole], ignore_index=True)


def test_a_plot_of_more_terms_than_max_terms_is_refused_naming_max_terms(sol):
    """term_type_xy grew 3.6 inches a row of panels without bound (a model of 59 terms and the solution: 20 rows, 72
    inches tall); more terms than max_terms (MAX_TERMS unless told) are refused at once, naming their number, the
    limit and what to do, and a max_terms that is no whole number is refused naming it. At the limit the figure is
    drawn."""
    from analysis.plots.diagnostics import MAX_TERMS

    with pytest.raises(QCAInputError, match=r"^the model has 5 terms, more than the figure draws \(max_terms=4; "
                                            r"a panel each\): draw .*, or raise max_terms$"):
        term_type_xy(_many_terms(sol, 5), max_terms=4)
    with pytest.raises(QCAInputError, match=rf"^the model has {MAX_TERMS + 1} terms, .*max_terms={MAX_TERMS};"):
        term_type_xy(_many_terms(sol, MAX_TERMS + 1))
    for bad in ("4", 0, 2.5, True, None):
        with pytest.raises(QCAInputError, match=r"^max_terms must be a whole number of terms, 1 or more, got "):
            term_type_xy(_many_terms(sol, 2), max_terms=bad)
    fig = term_type_xy(_many_terms(sol, 4), max_terms=4)
    try:
        assert len([ax for ax in fig.axes if ax.get_visible()]) == 5
    finally:
        plt.close(fig)


def test_the_robustness_xy_plot_labels_robust_typical_cases_before_irrelevant_ones():
    """robustness_xy ranked robust typical and irrelevant cases alike (after shaky, possible and robust deviant ones),
    labelled in order of their point: on a crowded plot of 16 cases the irrelevant ones, placed first, took the room
    and a robust typical case (the kind a researcher picks for case studies) was left unlabelled. The order is now
    shaky and possible, robust deviant, robust typical, extreme deviant coverage, the rest."""
    import re

    from matplotlib.text import Annotation

    from analysis.plots.diagnostics import _robustness_rank, robustness_xy

    assert [_robustness_rank(k) for k in ("shaky typical", "possible deviant", "robust deviant", "robust typical",
                                          "extreme deviant coverage", "irrelevant", "at crossover (IS = 0.5)")] == [
        0, 0, 1, 2, 3, 4, 4]
    x = [0.53, 0.52, 0.49, 0.46, 0.47, 0.43, 0.46, 0.43, 0.46, 0.45, 0.5, 0.46, 0.44, 0.44, 0.46, 0.49]
    y = [0.53, 0.56, 0.49, 0.49, 0.47, 0.49, 0.48, 0.49, 0.5, 0.45, 0.5, 0.46, 0.47, 0.44, 0.46, 0.49]
    cases = pd.DataFrame({"case": ["Typical A", "Typical B"] + [f"Irrelevant case {i}" for i in range(14)],
                          "IS": x, "minTS": y, "maxTS": y, "Y": y,
                          "type": ["robust typical"] * 2 + ["irrelevant"] * 14})
    fig = robustness_xy(cases)
    try:
        for ax in fig.axes[:2]:
            shown = [n for t in ax.texts if isinstance(t, Annotation) for n in re.split(r", |\n", t.get_text())]
            assert {"Typical A", "Typical B"} <= set(shown) and len(shown) < 16, shown
    finally:
        plt.close(fig)
