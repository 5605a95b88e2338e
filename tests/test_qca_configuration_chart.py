"""Pair-matched configuration charts (analysis.qca.configurations.configuration_chart): core conditions come
from each intermediate model's own parsimonious model, checked by an independent cube computation; one column
group per model and set of core conditions; the drawing renders to identical bytes twice."""
from __future__ import annotations

import itertools
import re
import unicodedata

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.plots.configurations import configuration_chart_groups  # noqa: E402
from analysis.plots.style import figure_bytes  # noqa: E402
from analysis.qca import QCAInputError, minimize, parse_term, truth_table  # noqa: E402
from analysis.qca.configurations import configuration_chart, parsimonious_terms_of, condition_roles  # noqa: E402
from analysis.qca.display import width  # noqa: E402
from setmethods_reference import dataset  # noqa: E402

CVF_CONDS = "DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE"


@pytest.fixture(scope="module")
def cvf():
    tt = truth_table(dataset("CVF"), "PROTEST", CVF_CONDS, incl_cut=0.85, case_column="case")
    return minimize(tt, "?", dir_exp="1,1,1,1,1")


def _cube(term, conds):
    lits = parse_term(term, conds)
    return {c for c in itertools.product((0, 1), repeat=len(conds))
            if all(c[conds.index(k)] == v for k, v in lits.items())}


def test_core_from_own_parsimonious_model_independently(cvf):
    """Core literals = literals of the pair's P terms whose cube contains the configuration's cube."""
    chart = configuration_chart(cvf)
    conds = list(cvf.truth_table.conditions)
    checked = 0
    for rec in chart.paths.to_dict("records"):
        pair = cvf.intermediate[rec["pair"].split(",")[0]]
        expected = {}
        for p in pair.parsimonious_model.terms:
            if _cube(rec["term"], conds) <= _cube(p, conds):
                expected.update(parse_term(p, conds))
        got = parse_term(rec["core"], conds) if rec["core"] else {}
        assert got == expected, rec
        peri = parse_term(rec["peripheral"], conds) if rec["peripheral"] else {}
        assert {**got, **peri} == parse_term(rec["term"], conds)
        checked += 1
    assert checked == len(chart.paths) == 8


def test_pair_matching_differs_from_the_union_of_parsimonious_models(cvf):
    chart = configuration_chart(cvf)
    conds = cvf.truth_table.conditions
    assert chart.groups == ["G1", "G2"] and list(chart.model_fit["model"]) == ["M1", "M1"] and list(chart.model_fit["pair"]) == ["C1P1", "C1P2"]
    m2 = chart.paths[(chart.paths["group"] == "G2") & (chart.paths["term"] == "DEMOC*ETHFRACT*GEOCON")].iloc[0]
    assert m2["core"] == "" and m2["subsumed_by"] == ""          # no term of P2 contains it
    union = condition_roles("DEMOC*ETHFRACT*GEOCON", parsimonious_terms_of(cvf), conds)
    assert {r for _, r in union.values()} == {"core"}             # the old union rule called it all core
    assert any("no term of its parsimonious model subsumes" in n for n in chart.notes)
    assert any("model ambiguity" in n for n in chart.notes)


def test_chart_table_shapes_and_symbols(cvf):
    chart = configuration_chart(cvf)
    long = chart.to_frame()
    assert list(long.columns) == ["group", "path", "condition", "value", "role"]
    assert len(long) == len(chart.paths) * 5
    sym = chart.symbols()
    assert sym.shape == (5, len(chart.paths)) and list(sym.columns.names) == ["group", "path"]
    assert set(np.unique(sym.to_numpy())) <= {"", "●", "•", "⊗", "⊗(p)"}
    d = chart.to_dict()
    assert [m["group"] for m in d["models"]] == ["G1", "G2"] and len(d["paths"]) == len(chart.paths)


def test_parsimonious_all_core_and_conservative_needs_parsimonious(cvf):
    pars = configuration_chart(cvf.parsimonious)
    assert (pars.paths["peripheral"] == "").all() and len(pars.groups) == 2
    cons = configuration_chart(cvf.conservative, cvf.parsimonious)
    assert list(cons.model_fit["pair"]) == ["C1P1", "C1P2"]
    with pytest.raises(QCAInputError, match="parsimonious"):
        configuration_chart(cvf.conservative)
    with pytest.raises(QCAInputError, match="Solution"):
        configuration_chart("not a solution")


def test_figure_is_deterministic(cvf):
    chart = configuration_chart(cvf)
    a = figure_bytes(configuration_chart_groups(chart, title="CVF"), "png")
    b = figure_bytes(configuration_chart_groups(chart, title="CVF"), "png")
    assert a == b and len(a) > 1000


def test_case_type_xy_is_deterministic():
    from analysis.plots.diagnostics import case_type_xy
    from analysis.qca import case_typology

    tt = truth_table(dataset("LF"), "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8, case_column="case")
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    ty = case_typology(sol)
    a = figure_bytes(case_type_xy(ty, fit=sol.models[0].fit), "png")
    assert a == figure_bytes(case_type_xy(ty, fit=sol.models[0].fit), "png") and len(a) > 1000
    with pytest.raises(ValueError, match="case_typology"):
        case_type_xy(ty.drop(columns="type"))


def test_group_note_counts_models_groups_and_pairs(cvf):
    """The note drawn under the chart says what the groups are: distinct models, groups, the pairs, shared models."""
    from analysis.plots.configurations import group_note
    from analysis.qca.configurations import ConfigurationChart

    chart = configuration_chart(cvf)                       # one model M1 with the cores of two parsimonious models
    note = group_note(chart)
    assert note.startswith("1 distinct model (M) in 2 column groups (G), one per (intermediate, parsimonious) pair")
    assert note.endswith("Same model, other core conditions: M1 = G1, G2.")
    assert "M1 = G1、G2" in group_note(chart, "zh") and "共1个不同模型" in group_note(chart, "zh")
    merged = ConfigurationChart(outcome=chart.outcome, conditions=chart.conditions, kind=chart.kind,
                                paths=chart.paths, model_fit=chart.model_fit.assign(
                                    pair=["C1P1,C1P3", "C1P2"], model=["M1", "M2"]))
    assert "(3 pairs; pairs giving the same core conditions share a group)" in group_note(merged)
    assert "Same model" not in group_note(merged)
    pars = group_note(configuration_chart(cvf.parsimonious))
    assert "pair" not in pars and "every condition of a parsimonious model is core" in pars


def test_chinese_note_wraps_by_line_breaking_rules():
    """Chinese text wraps as Chinese typesetting requires (GB/T 15834-2011; W3C clreq, 3.1.7): no line starts with
    closing punctuation (、，。；：）」…), none ends with opening punctuation (（「…), and a Latin run such as
    'M1\u00a0=\u00a0G12' or 'CiPj' is not cut. The note used to be cut every n characters, so a line began '、G3'."""
    from analysis.plots.configurations import NO_LINE_END, NO_LINE_START, _wrap

    text = ("共2个不同模型（M），分为5个列组（G），每组对应一个（中间解模型，简约解模型）配对（CiPj，标于列组名下），"
            "核心条件取自该配对的简约解模型。同一模型、核心条件不同：M1\u00a0=\u00a0G1、G3；M2\u00a0=\u00a0G2、G12。")
    for width_in in [x / 10 for x in range(12, 60)]:          # n = 10 ... 53 characters a line at 8 pt
        n = max(int(width_in * 72 / 8), 10)
        lines = _wrap(text, width_in, 8, "zh").split("\n")
        assert "".join(lines) == text                       # nothing lost, added or reordered
        for i, line in enumerate(lines):
            assert line and (i == 0 or line[0] not in NO_LINE_START), (n, lines)
            assert i == len(lines) - 1 or line[-1] not in NO_LINE_END, (n, lines)
            assert len(line) <= n + 1, (n, lines)           # at most one hanging mark beyond the measure
        joined = "\n".join(lines)
        assert all(run in joined for run in re.findall(r"[A-Za-z0-9\u00a0=]+", text)), (n, lines)
    assert "、" in NO_LINE_START and "（" in NO_LINE_END and "。" in NO_LINE_START
    assert _wrap("共2个模型", 10, 8, "zh") == "共2个模型"


def test_groups_wrap_into_rows_of_even_width():
    from analysis.plots.configurations import _rows_of_groups

    assert _rows_of_groups([4] * 12, 14) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
    assert _rows_of_groups([2] * 7, 12) == [[0, 1, 2, 3], [4, 5, 6]]    # 4 + 3, not 6 + 1
    assert _rows_of_groups([20, 2], 14) == [[0], [1]]                    # a wide group keeps a row of its own
    assert _rows_of_groups([], 14) == []


def test_many_model_groups_stay_book_width(cvf):
    """Twelve groups of four paths (Paper A's ESA chart) wrap into rows: the figure is about a book page wide
    (< 8 in, so 8.5 pt labels are still ~8 pt at 700 px), however many groups there are."""
    import io

    from PIL import Image

    from analysis.qca.configurations import ConfigurationChart

    chart = configuration_chart(cvf)
    paths, fits = [], []
    for k in range(6):
        rename = {"G1": f"G{2 * k + 1}", "G2": f"G{2 * k + 2}"}
        paths.append(chart.paths.assign(group=chart.paths["group"].map(rename)))
        fits.append(chart.model_fit.assign(group=chart.model_fit["group"].map(rename)))
    many = ConfigurationChart(outcome=chart.outcome, conditions=chart.conditions, kind=chart.kind,
                              paths=pd.concat(paths, ignore_index=True), model_fit=pd.concat(fits, ignore_index=True))
    assert len(many.groups) == 12 and len(many.paths) == 48
    fig = configuration_chart_groups(many, title="CVF, twelve groups (reconstruction)")
    w, h = Image.open(io.BytesIO(figure_bytes(fig, "png", dpi=100))).size
    assert w < 800 and h > w, (w, h)


def test_no_text_says_one_group_per_model(cvf):
    """A model whose (C, P) pairs give it different cores is charted in several groups (CVF: M1 in G1 and G2; Paper
    A's ESA chart: 12 groups of 8 models), but README, notebook 03 (above its own '12 model groups of 8 distinct
    model(s)'), the workshop's step 7 and the docstrings said 'one column group per model'."""
    import nbformat

    from analysis.paths import ROOT

    assert configuration_chart(cvf).model_fit["model"].duplicated().any()
    texts = {p: (ROOT / p).read_text(encoding="utf-8") for p in
             ("README.md", "analysis/qca/configurations.py", "analysis/plots/configurations.py",
              "analysis/paper_a/configurations.py")}
    for p in ("notebooks/03_qca.ipynb", "notebooks/workshop/qca_workshop.ipynb",
              "notebooks/workshop/qca_workshop_solutions.ipynb"):
        texts[p] = "\n".join(c.source for c in nbformat.read(ROOT / p, as_version=4).cells)
    wrong = [p for p, t in texts.items()
             if re.search(r"\bgroup per model(?! and (set of core conditions|its cores))", " ".join(t.split()), re.I)]
    assert not wrong, wrong


def _lm_intermediate():
    from analysis.paths import ROOT

    lm = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LM.csv", index_col="case")
    tt = truth_table(lm, "SURV", incl_cut=1)
    return minimize(tt, include="?", dir_exp="DEV=2,URB=1,LIT=1,IND=1,STB=1")


def test_chart_of_multi_value_data_keeps_each_literal_s_level():
    """On multi-value data (LM: DEV takes 0, 1, 2) the chart rewrote a literal DEV[2] as '~DEV' (any value but 1 was
    written as the negation) and so drew it as absent (⊗), and DEV[1] as present (●): silently wrong core and
    peripheral conditions, in the table, its JSON and the symbols. Independent check: each path's core and
    peripheral literals, read back with the data's levels, are exactly the term's literals; the core is the part
    its own parsimonious term holds; a multi-value condition's symbol names its level, a crisp one keeps ● / ⊗."""
    sol = _lm_intermediate()
    chart = configuration_chart(sol)
    conds, levels = list(sol.truth_table.conditions), list(sol.truth_table.noflevels)
    pars = {name: list(pair.parsimonious_model.terms) for name, pair in sol.intermediate.items()}
    seen_level_2 = False
    for p in chart.paths.to_dict("records"):
        term = parse_term(p["term"], conds, levels)
        core = parse_term(p["core"], conds, levels) if p["core"] else {}
        peri = parse_term(p["peripheral"], conds, levels) if p["peripheral"] else {}
        assert {**core, **peri} == term and not set(core) & set(peri)
        own = [parse_term(t, conds, levels) for t in pars[p["pair"].split(",")[0]]]
        subsuming = [t for t in own if all(term.get(c) == v for c, v in t.items())]
        assert core == {c: v for t in subsuming for c, v in t.items()}
        seen_level_2 |= term.get("DEV") == 2
    assert seen_level_2
    long = chart.to_frame()
    sym = chart.symbols()
    for r in long.to_dict("records"):
        s = sym.loc[r["condition"], (r["group"], r["path"])]
        if r["value"] != r["value"]:
            assert s == ""
        elif r["condition"] == "DEV":
            assert s == ("●" if r["role"] == "core" else "•") + f"[{int(r['value'])}]"
        else:
            assert s == {(1, "core"): "●", (1, "peripheral"): "•", (0, "core"): "⊗",
                         (0, "peripheral"): "⊗(p)"}[(int(r["value"]), r["role"])]


def test_chart_figure_refuses_multi_value_levels():
    """The figure's symbols are presence (●) and absence (⊗) only: a chart with a level of a multi-value condition
    is refused naming the condition (it drew DEV[2] as absent), not drawn wrong."""
    with pytest.raises(QCAInputError, match=r"multi-value condition 'DEV'.*DEV\[2\]"):
        configuration_chart_groups(configuration_chart(_lm_intermediate()))


def test_model_paths_and_format_literals_of_multi_value_terms_without_the_flag():
    """model_paths() and format_literals() are public helpers (Paper A's configuration_paths calls model_paths without
    a flag): given multi-value terms and no multivalue flag they still wrote DEV[2] as '~DEV'. model_paths now reads
    the convention off the terms (every literal of a multi-value solution is bracketed), and format_literals refuses
    a level above 1 without multivalue=True rather than write it as a negation."""
    from analysis.qca.configurations import format_literals, model_paths

    sol = _lm_intermediate()
    pair = sol.intermediate["C1P1"]
    conds = list(sol.truth_table.conditions)
    paths = model_paths(pair.models[0], list(pair.parsimonious_model.terms), conds)
    assert set(paths["core"]) == {"DEV[2]", "DEV[1]*STB[1]"}
    assert paths.set_index("core").loc["DEV[2]", "peripheral"] == "LIT[1]*IND[1]*STB[1]"
    with pytest.raises(QCAInputError, match=r"'DEV' takes the value 2.*multivalue=True"):
        format_literals({"DEV": 2, "STB": 1}, conds)
    assert format_literals({"DEV": 2, "STB": 1}, conds, multivalue=True) == "DEV[2]*STB[1]"
    assert format_literals({"URB": 1, "STB": 0}, conds) == "URB*~STB"


def test_chart_built_without_noflevels_still_shows_a_level():
    """A ConfigurationChart built from its tables without noflevels (as notebook 04 rebuilds one) showed a level 2
    as blank in symbols() and drew it as absent (⊗); now the symbol names the level and the figure refuses it."""
    from analysis.qca.configurations import ConfigurationChart

    full = configuration_chart(_lm_intermediate())
    bare = ConfigurationChart(outcome=full.outcome, conditions=full.conditions, kind=full.kind, paths=full.paths,
                              model_fit=full.model_fit, notes=full.notes)
    long = bare.to_frame()
    g, p = long.loc[long["value"] == 2, ["group", "path"]].iloc[0]
    assert bare.symbols().loc["DEV", (g, p)] in ("●[2]", "•[2]")
    with pytest.raises(QCAInputError, match=r"'DEV' appears at level\(s\) DEV\[2\]"):
        configuration_chart_groups(bare)


def test_jupyter_shows_a_chart_and_a_robustness_protocol_as_print_does():
    """A cell ending with a configuration chart or a robustness protocol showed only '<ConfigurationChart SURV: 1
    group(s), 2 path(s)>' or '<RobustnessProtocol SURV: 1 tests>', where a truth table, a solution and the fit
    results show what print() shows. IPython now shows the chart and the protocol; repr() stays the one-line
    summary."""
    from IPython.lib.pretty import pretty

    from analysis.paths import DATASETS
    from analysis.qca import minimize, robustness_protocol, truth_table

    lf = pd.read_csv(DATASETS / "LF.csv", index_col=0)
    conds = "DEV, URB, LIT, IND, STB"
    chart = configuration_chart(minimize(truth_table(lf, "SURV", conds, incl_cut=0.8), "?", dir_exp="1,1,1,1,1"))
    protocol = robustness_protocol(lf, "SURV", conds, [{"incl_cut": 0.75}], incl_cut=0.8)
    for obj in (chart, protocol):
        assert pretty(obj) == str(obj) and str(obj).count("\n") > 5, type(obj).__name__
        assert repr(obj).startswith(f"<{type(obj).__name__} SURV: ") and "\n" not in repr(obj)
    assert "Configuration chart for SURV" in pretty(chart) and "robust core:" in pretty(protocol)
    # each count in its noun's number: it said '1 group(s), 2 path(s)' and '1 model group(s)'
    assert repr(chart) == "<ConfigurationChart SURV: 1 group, 2 paths>"
    assert "Configuration chart for SURV (intermediate solution, 1 model group)" in str(chart)


def test_the_chart_of_a_partial_solution_says_it_shows_only_the_models_listed():
    """Beyond max_models a solution lists its first models only; its chart drew those and said 'model ambiguity: 2
    model groups of 2 distinct model(s)' with no word that the solution has more (here 3 and more parsimonious
    models): a reader would report two models as all there are."""
    rng = np.random.default_rng(1)
    d = pd.DataFrame(rng.random((60, 6)).round(2), columns=list("ABCDEF"))
    d["Y"] = np.clip(0.6 * d.A + 0.4 * np.minimum(d.B, d.C) + rng.normal(0, 0.15, 60), 0, 1).round(2)
    tt = truth_table(d, "Y", incl_cut=0.8)
    full_p = minimize(tt, include="?", max_models=None)
    assert full_p.n_models > 2
    assert not any("partial" in n for n in configuration_chart(full_p).notes)
    assert not any("partial" in n for n in configuration_chart(minimize(tt, include="?", dir_exp="1,1,1,1,1,1",
                                                                         max_models=None)).notes)
    p = minimize(tt, include="?", max_models=2)
    note = configuration_chart(p).notes[0]
    assert note.startswith("partial answer") and f"2 of the {full_p.n_models} minimal models" in note
    i = minimize(tt, include="?", dir_exp="1,1,1,1,1,1", max_models=2)
    assert configuration_chart(i).notes[0].startswith("partial answer")
    c = minimize(tt, include="", max_models=2)
    assert any(n.startswith("partial answer") for n in configuration_chart(c, parsimonious=p).notes)


def test_long_chinese_condition_label_wraps_and_fits(cvf):
    """A long Chinese condition label wraps between characters by Chinese line-breaking rules (the note's
    _wrap_chinese, measured in columns: a Chinese character is two, UAX #11) and the label column is made wide
    enough for it. _wrap_label broke only at spaces, so '服务整合程度与家庭医生签约服务覆盖水平' stayed one line of 19
    characters and the chart cut it off at its left edge; English labels wrap as before."""
    from analysis.plots.configurations import NO_LINE_START, _wrap_label
    from analysis.plots.style import apply_style, cjk_font

    def _columns(s):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    long = "服务整合程度与家庭医生签约服务覆盖水平"
    for k in range(1, len(long)):                        # a pause mark at every place, the line ends included
        text = long[:k] + "、" + long[k:] + "（微观）"
        lines = _wrap_label(text).split("\n")
        assert len(lines) >= 2 and "".join(lines) == text, lines
        assert all(_columns(line) <= 24 + 2 for line in lines), lines   # at most one hanging mark beyond
        assert all(line[0] not in NO_LINE_START for line in lines), lines
    assert _wrap_label("功能整合 (支持要素)") == "功能整合 (支持要素)"
    assert _wrap_label("organisational integration (meso)") == "organisational\nintegration (meso)"
    if cjk_font() is None:
        pytest.skip("drawing Chinese labels needs a CJK font")
    fig = configuration_chart_groups(configuration_chart(cvf), {"DEMOC": long}, lang="zh")
    apply_style("en")
    fig.canvas.draw()
    [label] = [t for t in fig.axes[0].texts if t.get_text().replace("\n", "") == long]
    box = label.get_window_extent(fig.canvas.get_renderer())
    assert "\n" in label.get_text() and 0 <= box.x0 < box.x1 <= fig.bbox.width, box


def test_printed_header_lists_the_terms_in_the_order_of_the_paths():
    """The printed chart's header wrote the model as minimize() prints it (DEV[1]*LIT[1]*STB[1] + DEV[2]*...) while
    the path columns are numbered in Fiss order (by raw coverage: path 1 is DEV[2]*LIT[1]*IND[1]*STB[1]), so 'the
    first term' and 'path 1' were different configurations. Under the header each path's label and term now come
    a path a line, in the order of the columns below them (the model's number still matches minimize()'s
    listing)."""
    sol = _lm_intermediate()
    chart = configuration_chart(sol)
    text = str(chart)
    for g in chart.groups:
        rows = chart.paths[chart.paths["group"] == g]
        header = next(line for line in text.splitlines() if line.startswith(f"{g} = "))
        below = text.split(header + "\n", 1)[1].splitlines()
        assert below[:len(rows)] == [f"  {p}: {t}" for p, t in zip(rows["path"], rows["term"])], header
        assert below[len(rows)].split() == list(rows["path"])   # the columns below, in that order
    # the example has a model whose printed term order is not its path order (so the test can fail)
    first = chart.paths[chart.paths["group"] == "G1"]
    model = sol.intermediate[first["pair"].iloc[0].split(",")[0]].models[0]
    assert list(first["term"]) != list(model.terms)


def test_tied_paths_are_ordered_by_their_terms_not_by_rounding_noise():
    """Two configurations whose raw coverage is the same number, computed along different sums (floating point
    noise in the last bits), were ordered by that noise: the path numbers then depended on how the sum was taken.
    Raw coverage equal to 1e-9 counts as a tie, broken by the term."""
    from analysis.qca.configurations import _label_paths

    df = pd.DataFrame({"term": ["B", "A"], "core": ["B", "A"], "covS": [0.1 + 0.2, 0.3]})
    assert df["covS"][0] != df["covS"][1]
    labels = dict(zip(df["term"], _label_paths(df)))
    assert labels == {"A": "1", "B": "2"}


def test_printed_chart_says_what_its_symbols_mean():
    """The printed chart (str, the CLI's chart command) drew ●, •, ⊗ and ⊗(p) with no word on what they mean, so a
    reader had to know Fiss's (2011) convention, and whether core meant 'in the parsimonious term' or something else.
    A legend now says it, a clause a line within 80 columns, with levels ●[v] / •[v] where the data are multi-value."""
    from analysis.paths import ROOT

    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")
    text = str(configuration_chart(minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?", dir_exp="1,1,1,1,1")))
    legend = text.split("\n\n")[-1].splitlines()   # a clause a line: it was one line of 203 columns
    assert legend == ["legend: ● core present, • peripheral present,", "  ⊗ core absent, ⊗(p) peripheral absent,",
                      "  blank: not in the path;",
                      "  core = also in a term of the model's own parsimonious model that subsumes the",
                      "    path (Fiss 2011)"], text
    assert "⊗" in text.split("legend: ", 1)[0]         # the symbols the legend explains are drawn above it
    mv = str(configuration_chart(_lm_intermediate()))
    assert "\n  ●[v] / •[v]: level v of a multi-value condition" in mv and max(map(width, mv.splitlines())) <= 80


def test_a_chart_built_by_hand_with_a_misspelt_keyword_names_the_one_meant():
    """ConfigurationChart is the class users build themselves (notebook 04 rebuilds a chart from its saved tables):
    ConfigurationChart(..., modelfit=...) raised Python's TypeError ('__init__() got an unexpected keyword argument'),
    where every function of the engine names the argument meant. It now does too; a missing argument is still
    Python's TypeError, and a chart built right is unchanged."""
    from analysis.qca.configurations import ConfigurationChart

    full = configuration_chart(minimize(truth_table(dataset("LF"), "SURV", incl_cut=0.8, case_column="case"),
                                        include="?"))
    parts = dict(outcome=full.outcome, conditions=full.conditions, kind=full.kind, paths=full.paths)
    with pytest.raises(QCAInputError) as exc:
        ConfigurationChart(**parts, modelfit=full.model_fit)
    assert str(exc.value).startswith("ConfigurationChart() takes no argument 'modelfit'; did you mean 'model_fit'? "
                                     "(its arguments: outcome, conditions, kind, paths, model_fit, notes, noflevels, "
                                     "case_rows)")
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'model_fit'"):
        ConfigurationChart(**parts)
    assert str(ConfigurationChart(**parts, model_fit=full.model_fit, notes=full.notes)) == str(full)


def _one_path_chart():
    """The configuration chart of Y = A*B over the 8 configurations of A, B, C: one group of one path."""
    rows = [dict(zip("ABC", v)) for v in itertools.product((0, 1), repeat=3)]
    data = pd.DataFrame(rows, index=[f"c{i}" for i in range(len(rows))])
    data["Y"] = data["A"] & data["B"]
    return configuration_chart(minimize(truth_table(data, "Y", "A, B, C", incl_cut=1), "?", dir_exp="1,1,1"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_solution_fit_of_a_one_path_group_clears_its_row_label(lang):
    """Under a group of one path the solution's '1.000 / 1.000', centred under the path, ran into its row label
    'Solution consistency / Solution coverage' (found by the second holder helper). Measured as drawn: the numbers
    start right of the label's end and end within the figure."""
    from analysis.plots.configurations import TEXT
    from analysis.plots.style import apply_style, cjk_font

    if lang == "zh" and cjk_font() is None:
        pytest.skip("drawing Chinese labels needs a CJK font")
    chart = _one_path_chart()
    fig = configuration_chart_groups(chart, lang=lang)
    apply_style("en")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    t = TEXT[lang]
    [label] = [x for x in ax.texts if x.get_text() == f"{t['sol_cons']} /\n{t['sol_cov']}"]
    [fit] = [x for x in ax.texts if x.get_text() == "1.000 / 1.000"]
    box, lab = fit.get_window_extent(renderer), label.get_window_extent(renderer)
    assert lab.x1 + 2 < box.x0 and box.x1 <= fig.bbox.width, (lab, box, fig.bbox.width)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_legend_text_clears_the_next_marker_on_a_narrow_chart(lang):
    """A chart of one path (a holder's data, a small solution): the legend's second column was placed at half the
    figure's width, so 'peripheral condition present' ran into the crossed circle of 'peripheral condition absent'
    and the second column's text past the figure's edge. Measured as drawn: every legend text ends before the next
    marker on its line starts, and every text lies within the figure."""
    from matplotlib.patches import Circle

    from analysis.plots.configurations import TEXT
    from analysis.plots.style import apply_style, cjk_font

    if lang == "zh" and cjk_font() is None:
        pytest.skip("drawing Chinese labels needs a CJK font")
    chart = _one_path_chart()
    assert len(chart.paths) == 1
    fig = configuration_chart_groups(chart, lang=lang)
    apply_style("en")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    circles = [p.get_window_extent(renderer) for p in ax.patches if isinstance(p, Circle)]
    t = TEXT[lang]
    for key in ("core_present", "core_absent", "peri_present", "peri_absent"):
        [label] = [x for x in ax.texts if x.get_text() == t[key]]
        box = label.get_window_extent(renderer)
        assert 0 <= box.x0 and box.x1 <= fig.bbox.width, (key, box, fig.bbox.width)
        mid = (box.y0 + box.y1) / 2
        later = [c for c in circles if c.y0 <= mid <= c.y1 and c.x0 > box.x0]
        assert all(box.x1 + 2 < c.x0 for c in later), (key, box, later)


def test_every_text_chart_marks_peripheral_absence_as_the_cli_legend_does():
    """Fiss (2011) marks absence with a crossed circle (⊗) whatever the role, core or peripheral by its size; in text
    the chart command's legend writes the small one ⊗(p). The workshop's table (step 7) wrote ×, a symbol of its own,
    and chart_symbols '⊗ (p)' with a space: three spellings of one symbol. Each now takes the engine's one mapping
    (configurations.FISS_SYMBOLS)."""
    import json

    from analysis.paths import ROOT
    from analysis.qca import configurations as QC

    assert QC.FISS_SYMBOLS[(0, "peripheral")] == "⊗(p)"
    paths = pd.DataFrame({"path": ["1"], "term": ["A*~B"], "core": ["A"], "peripheral": ["~B"]})
    assert QC.chart_symbols(paths, ["A", "B"])["1"].tolist() == ["●", "⊗(p)"]
    for name in ("qca_workshop.ipynb", "qca_workshop_solutions.ipynb"):
        nb = json.loads((ROOT / "notebooks" / "workshop" / name).read_text(encoding="utf-8"))
        step7 = [c for c in nb["cells"] if "configuration_chart_table" in "".join(c["source"])
                 or "Step 7: the configuration chart" in "".join(c["source"])]
        text = "".join("".join(c["source"]) for c in step7)
        assert step7 and "×" not in text and "⊗(p)" in text, name


def _replicated_chart(chart, copies: int):
    """`copies` copies of a chart's groups as one chart, each copy a model of its own (M1, M2, ...): a chart of
    many models built from its tables, without minimising anything."""
    from analysis.qca.configurations import ConfigurationChart

    paths, fits = [], []
    n = len(chart.groups)
    for k in range(copies):
        rename = {g: f"G{n * k + i + 1}" for i, g in enumerate(chart.groups)}
        paths.append(chart.paths.assign(group=chart.paths["group"].map(rename), model=f"M{k + 1}"))
        fits.append(chart.model_fit.assign(group=chart.model_fit["group"].map(rename), model=f"M{k + 1}"))
    return ConfigurationChart(outcome=chart.outcome, conditions=chart.conditions, kind=chart.kind,
                              paths=pd.concat(paths, ignore_index=True), model_fit=pd.concat(fits, ignore_index=True))


def test_a_chart_of_many_models_is_refused_at_once_naming_its_size(cvf):
    """A solution of 170 models (427 groups, 1,777 paths) was drawn for more than 600 s: a chart of more paths than
    max_paths (MAX_PATHS unless told) is now refused at once, naming its size, the limit and what to do."""
    import time

    from analysis.plots.configurations import MAX_PATHS

    huge = _replicated_chart(configuration_chart(cvf), 220)      # 440 groups of 220 models, 1,760 paths
    assert len(huge.paths) == 1760 > MAX_PATHS
    start = time.perf_counter()
    with pytest.raises(QCAInputError, match=rf"1,760 paths in 440 column groups of 220 models.*"
                                            rf"max_paths={MAX_PATHS}.*model='M1'.*raise max_paths"):
        configuration_chart_groups(huge)
    assert time.perf_counter() - start < 2
    small = _replicated_chart(configuration_chart(cvf), 3)        # 24 paths
    with pytest.raises(QCAInputError, match=r"24 paths .*max_paths=20"):
        configuration_chart_groups(small, max_paths=20)


def test_model_draws_one_model_of_a_chart_too_large_to_draw(cvf):
    """The refusal's way out: model='M7' draws that model's groups only (as the chart of that model alone would
    be drawn), and a name that is no model of the chart is refused naming the models there are."""
    chart = configuration_chart(cvf)
    huge = _replicated_chart(chart, 220)
    fig = configuration_chart_groups(huge, model="M7", title="t")
    heads = sorted(t.get_text() for t in fig.axes[0].texts if " · M" in t.get_text())
    assert heads == ["G13 · M7", "G14 · M7"]
    alone = _replicated_chart(chart, 1)
    assert len(fig.axes[0].texts) == len(configuration_chart_groups(alone, title="t").axes[0].texts)
    with pytest.raises(QCAInputError, match=r"model='M999' is no model of the chart: it has M1, M2, .*M220"):
        configuration_chart_groups(huge, model="M999")


@pytest.mark.parametrize("bad", ["100", 0, -5, 2.5, True, None])
def test_max_paths_that_is_no_whole_number_is_refused(cvf, bad):
    """max_paths='100' failed with a TypeError ('>' not supported between 'int' and 'str'), max_paths=0 said the chart
    of 8 paths had more than the figure draws: a limit that is no whole number of paths, 1 or more, is named."""
    with pytest.raises(QCAInputError, match=r"max_paths must be a whole number of paths, 1 or more, got "):
        configuration_chart_groups(configuration_chart(cvf), max_paths=bad)


def test_a_chart_of_many_rows_of_groups_is_drawn_in_panels_side_by_side_no_taller_than_four_rows(cvf):
    """The chart grew about 4.7 inches a row of groups (96 paths in 8 rows: 38 inches tall): more than GROUP_ROWS rows
    are drawn in panels side by side, as even as their number allows, each with its condition labels, so the figure
    is no taller than a chart of GROUP_ROWS rows; every group is drawn once, no text of a panel reaches the next one,
    and the figure is the same bytes twice. A chart of GROUP_ROWS rows or fewer stays one panel."""
    import matplotlib.pyplot as plt

    from analysis.plots.configurations import GROUP_ROWS, _panel_rows

    assert [_panel_rows(n) for n in (0, 1, 4, 5, 8, 9)] == [0, 1, 4, 3, 4, 3]
    chart = configuration_chart(cvf)
    four = configuration_chart_groups(_replicated_chart(chart, 6), title="t")     # 48 paths: 4 rows of 3 groups
    figs = [configuration_chart_groups(_replicated_chart(chart, 12), title="t") for _ in range(2)]   # 96: 8 rows
    try:
        assert GROUP_ROWS == 4
        labels = sorted({round(t.get_position()[0], 6) for t in four.axes[0].texts if t.get_text() == "DEMOC"})
        assert len(labels) == 1   # one panel
        (w4, h4), (w8, h8) = four.get_size_inches(), figs[0].get_size_inches()
        assert h8 <= h4 and w8 > 1.8 * w4, ((w4, h4), (w8, h8))
        ax = figs[0].axes[0]
        heads = [t.get_text() for t in ax.texts if " · M" in t.get_text()]
        assert sorted(heads) == sorted(f"G{i} · M{(i + 1) // 2}" for i in range(1, 25))
        xs = sorted({round(t.get_position()[0], 6) for t in ax.texts if t.get_text() == "DEMOC"})
        assert len(xs) == 2 and sum(t.get_text() == "DEMOC" for t in ax.texts) == 8   # 2 panels of 4 rows
        renderer = figs[0].canvas.get_renderer()
        first = [t for t in ax.texts if t.get_text().strip() and t.get_position()[0] < xs[1] - 0.01
                 and t.get_position()[1] < ax.get_ylim()[0] - 3]   # not the legend and note below the panels
        second_left = min(t.get_window_extent(renderer).x0 for t in ax.texts if t.get_position()[0] >= xs[1] - 0.01
                          and t.get_text().strip())
        assert max(t.get_window_extent(renderer).x1 for t in first) < second_left
        assert figure_bytes(figs[0], "png") == figure_bytes(figs[1], "png")
    finally:
        for f in (four, *figs):
            plt.close(f)
