"""Minimisation: the three solutions, include/dir_exp options, shortcuts, budgets, fit and results objects."""
from __future__ import annotations

import importlib
import json
import re
import sys

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import (QCAComplexityError, QCAInputError, expression_membership, format_term, minimize, parse_dir_exp,
                          parse_expression, parse_term, term_membership, truth_table)
from analysis.qca.measures import coverage
from analysis.qca._implicants import implicant_chart as covers
from analysis.qca._remainders import cube, expand

mz = importlib.import_module("analysis.qca.minimize")  # the module (the package attribute is the function)

DATASETS = ROOT / "data" / "reference" / "datasets"
CONDS = "DEV, URB, LIT, IND, STB"


def load(name):
    return pd.read_csv(DATASETS / f"{name}.csv", dtype={"case": str}).set_index("case")


def tt_lf(**kw):
    return truth_table(load("LF"), "SURV", CONDS, incl_cut=kw.pop("incl_cut", 0.8), **kw)


def model_sets(sol):
    return {frozenset(m.terms) for m in sol.models}


# ---------------------------------------------------------------- kinds
def test_kinds_and_sub_solutions():
    tt = tt_lf()
    assert minimize(tt).kind == "conservative"
    p = minimize(tt, "?")
    assert p.kind == "parsimonious" and p.conservative is None
    i = minimize(tt, "?", dir_exp="1,1,1,1,1")
    assert i.kind == "intermediate"
    assert model_sets(i.conservative) == model_sets(minimize(tt))
    assert model_sets(i.parsimonious) == model_sets(p)
    assert list(i.intermediate) == ["C1P1"] and i.models[0].pair == "C1P1"
    assert i.prime_implicants == p.prime_implicants      # as R: the parsimonious chart at top level


def test_include_spellings_are_equivalent():
    tt = tt_lf(incl_cut=(0.8, 0.5))
    ref = model_sets(minimize(tt, "?,C"))
    for spelling in ["C?", "?C", "C, ?", ["?", "C"], ("C", "?")]:
        assert model_sets(minimize(tt, spelling)) == ref


def test_contradictions_explained_are_covered():
    """explain='1,C' (R's explain): the contradictions are rows to cover, like the positive ones."""
    tt = tt_lf(incl_cut=(0.8, 0.5))
    sol = minimize(tt, explain="1,C")
    assert sol.explain == ("1", "C") and sol.to_dict()["explain"] == ["1", "C"]
    assert list(sol.pi_chart.columns) == [5, 6, 22, 24, 32]
    for m in sol.models:
        assert covers(m.implicants, tt.configs_with(["1", "C"])).any(axis=0).all()
    assert len({len(m.terms) for m in sol.models}) == 1 and len(sol.models) == 2
    # without 'C' the contradictions are neither covered nor used as remainders
    p = minimize(tt, "?")
    for m in p.models:
        assert not covers(m.implicants, tt.configs_with(["C", "0"])).any()


def _toy_contradiction():
    """Row 000 positive, 111 a contradiction (incl 0.5 between the cut-offs), 001, 010, 100 negative."""
    cfg = [(0, 0, 0, 1), (0, 0, 0, 1), (1, 1, 1, 1), (1, 1, 1, 0), (0, 0, 1, 0), (0, 1, 0, 0), (1, 0, 0, 0)]
    return truth_table(pd.DataFrame(cfg, columns=["A", "B", "C", "Y"]), "Y", ["A", "B", "C"], incl_cut=(1, 0.5))


def test_contradictions_included_are_dont_cares_as_in_r():
    """include='C' (R's include): contradictions may be used by the implicants but need not be covered, as
    remainders with '?'; a contradiction neither explained nor included is a negative row."""
    tt = _toy_contradiction()
    assert tt.rows["OUT"].tolist() == ["1", "0", "0", "0", "C"]
    for include in ("C", "?,C", "?", ""):
        assert [str(t) for m in minimize(tt, include).models for t in m.terms] == ["~A*~B*~C"], include
    assert [m.terms for m in minimize(tt, explain="1,C").models] == [("A*B*C", "~A*~B*~C")]
    assert len(minimize(tt, "?", explain="1,C").models) == 3
    # a don't-care contradiction lets the conservative solution merge a positive row with it
    tt2 = truth_table(pd.DataFrame([(1, 1, 0, 1), (1, 1, 1, 1), (1, 1, 1, 0), (0, 0, 0, 0)], columns=["A", "B", "C", "Y"]),
                      "Y", ["A", "B", "C"], incl_cut=(1, 0.5))
    assert [m.terms for m in minimize(tt2, "C").models] == [("A*B",)]
    assert [m.terms for m in minimize(tt2, "").models] == [("A*B*~C",)]
    with pytest.raises(QCAInputError, match="either explained .* or included"):
        minimize(tt, "C", explain="1,C")
    for bad in ("0", "C", "", "1,?", None):
        with pytest.raises(QCAInputError, match="explain must be"):
            minimize(tt, explain=bad)


def test_parsimonious_without_negative_rows_is_an_error_as_in_r():
    """No negative row: the parsimonious solution would be the tautology '1', which explains nothing; R's
    minimize stops there, and so does this one, saying why. The conservative solution is still a solution."""
    df = pd.DataFrame({"A": [1, 0, 1], "B": [1, 1, 0], "Y": [1, 1, 1]}, index=["x", "y", "z"])
    tt = truth_table(df, "Y")
    with pytest.raises(QCAInputError, match="no truth table row is negative .* tautology '1'"):
        minimize(tt, "?")
    assert [m.terms for m in minimize(tt).models] == [("A", "B")]
    every = pd.DataFrame({"A": [1, 0, 1, 0], "B": [1, 1, 0, 0], "Y": [1, 1, 1, 1]})
    with pytest.raises(QCAInputError, match="tautology"):
        minimize(truth_table(every, "Y"))


# ---------------------------------------------------------------- every minimal model, shortcuts, budgets
def test_all_tied_models_reported_and_numbered_like_r():
    sol = minimize(truth_table(load("LM"), "SURV", CONDS), "?")
    assert [m.terms for m in sol.models] == [("DEV[2]", "DEV[1]*STB[1]"), ("DEV[1]*IND[0]", "IND[1]*STB[1]"),
                                             ("DEV[1]*STB[1]", "IND[1]*STB[1]")]
    assert sol.essential == [] and sol.overall_term_fit is not None
    assert {"covU(M1)", "covU(M2)", "covU(M3)"} <= set(sol.overall_term_fit.columns)


def test_one_term_models_mark_their_undefined_within_model_coverage():
    """Every model one term (M1: A, M2: B): the printed table's (M1), (M2) columns were blank in every row, as if no
    model held a term. covU within a one-term model is undefined: its column now prints '-' in its term's row (the
    mark the covU column of a one-term solution prints, as R's does: data/reference/r-qca/LC.txt), blank where the
    model does not hold the term (as in R's LM.txt); overall_term_fit holds NaN, JSON null under the model's key
    (absent where the model does not hold the term)."""
    df = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 1, 0, 0], "Y": [1, 1, 0, 0]}, index=list("pqrs"))
    sol = minimize(truth_table(df, "Y"), "?")
    assert [m.terms for m in sol.models] == [("A",), ("B",)]
    lines = str(sol).splitlines()
    header = next(line for line in lines if "inclS" in line)
    rows = {line.split()[1]: line for line in lines if line[:1].isdigit()}
    assert set(rows) == {"A", "B"}
    for m in sol.models:
        end = header.index(f"({m.name})") + len(f"({m.name})")
        for term, line in rows.items():
            cell = line[end - 6:end].strip()
            assert cell == ("-" if term in m.terms else ""), (m.name, term, line)
    fit = sol.overall_term_fit
    assert fit[["covU(M1)", "covU(M2)"]].isna().all().all()
    records = {r["term"]: r for r in json.loads(json.dumps(sol.to_dict()))["overall_term_fit"]}
    assert records["A"]["covU(M1)"] is None and "covU(M2)" not in records["A"]
    assert records["B"]["covU(M2)"] is None and "covU(M1)" not in records["B"]
    # models of several terms keep their numbers (R's LM.txt, pinned by the reference tests)
    lm = minimize(truth_table(load("LM"), "SURV", CONDS), "?")
    lm_records = lm.to_dict()["overall_term_fit"]
    assert all(r[c] is not None for r in lm_records for c in r if c.startswith("covU("))
    assert "  -  " not in "\n".join(line for line in str(lm).splitlines() if line[:1].isdigit())


def test_printed_fit_shows_the_within_model_coverage_of_the_first_twenty_models_only():
    """With several models R prints a column covU(Mi) per model; a partial answer lists 1,000 models, and the printed
    table was 8,000 characters wide (a row per prime implicant, a column per model). The table shows the columns of
    M1..M20 and says where every model's are; to_frame() and overall_term_fit keep all of them (and the printout
    lists the first twenty models: test_a_partial_answer_prints_what_a_reader_can_use_not_every_model). Twenty
    columns do not fit 80 beside the fit: they print in blocks below it, each led by the term's number
    (test_qca_results_width)."""
    rng = np.random.default_rng(11)
    df = pd.DataFrame(rng.integers(0, 2, (14, 6)), columns=list("ABCDEF"))
    df["Y"] = rng.integers(0, 2, 14)
    sol = minimize(truth_table(df, "Y"), "?")
    assert len(sol.models) == 35
    text = str(sol)
    lines = text.splitlines()
    headers = " ".join(line for line in lines if line.lstrip().startswith("(M"))   # the blocks of covU(Mi)
    assert headers.split() == [f"(M{i})" for i in range(1, 21)] and "(M21)" not in text
    assert sum(line.startswith("M") and ": " in line for line in lines) == 20   # the first twenty models' lines
    assert "... 15 more models (M21..M35): sol.models, sol.to_frame(), sol.to_dict() (CLI --json)" in text
    assert "covU within each model: M1..M20 of 35 models" in text
    assert {f"covU(M{i})" for i in range(1, 36)} <= set(sol.overall_term_fit.columns)
    assert set(sol.to_frame()["model"]) == {f"M{i}" for i in range(1, 36)}
    few = minimize(truth_table(load("LM"), "SURV", CONDS), "?")   # up to 20 models: every column, as R prints
    assert "(M3)" in str(few) and "covU within each model" not in str(few)


def test_a_partial_answer_prints_what_a_reader_can_use_not_every_model():
    """A partial answer lists 1,000 models, and print(sol) (what JupyterLab shows for a cell ending with sol) wrote a
    line per model and a fit-table row per model and per term of any model: 179 KB here. As pandas truncates a long
    frame, it prints the first twenty models with the fit of their terms, how many more there are and where they
    all are, the count and size of the minimal models and the terms every one holds; the result keeps them all."""
    rng = np.random.default_rng(4)
    df = pd.DataFrame(rng.integers(0, 2, (40, 8)), columns=[f"C{i}" for i in range(8)])
    df["Y"] = rng.integers(0, 2, 40)
    sol = minimize(truth_table(df, "Y"), "?", max_models=100)   # the default lists 1,000 (printed: 179 KB), as slow
    assert sol.partial and len(sol.models) == 100 and sol.n_models > 1000
    text = str(sol)
    assert len(text) < 12_000, len(text)
    lines = text.splitlines()
    model_lines = [line for line in lines if re.match(r"M\d+: ", line)]
    assert [line.split(":")[0] for line in model_lines] == [f"M{i}" for i in range(1, 21)]
    assert "... 80 more models (M21..M100): sol.models, sol.to_frame(), sol.to_dict() (CLI --json)" in text
    assert f"partial answer: {sol.n_models:,} minimal models of {sol.model_size} prime implicants" in text
    assert f"terms in every minimal model: {', '.join(sol.essential) or 'none'}" in text
    shown_terms = {t for m in sol.models[:20] for t in m.terms}
    fit_rows = [line.split()[1] for line in lines   # the fit table's term rows (not the blocks of covU(Mi) below)
                if re.match(r"\d+ ", line) and not line.startswith(("M", "C"))
                and not re.match(r"\d+\s+(\d\.\d{3}|-)(\s|$)", line)]
    assert set(fit_rows) == shown_terms
    assert "(covU within each model: M1..M20 of 100 models" in text
    assert len(sol.to_dict(pi_chart=False)["models"]) == 100   # JSON keeps every model (and so does to_frame())
    few = minimize(truth_table(load("LM"), "SURV", CONDS), "?")   # up to twenty models: every one, as R prints
    assert "more models" not in str(few) and "terms in every minimal model" not in str(few)


def test_row_dominance_is_opt_in_and_named():
    tt = truth_table(load("LM"), "SURV", CONDS)
    full = minimize(tt, "?")
    short = minimize(tt, "?", row_dominance=True)
    assert full.shortcuts == [] and short.shortcuts == ["row_dominance"]
    assert model_sets(short) <= model_sets(full) and len(short.models) < len(full.models)
    assert "shortcuts used: row_dominance" in str(short)
    assert short.to_dict()["shortcuts"] == ["row_dominance"]


def test_max_models_gives_a_counted_partial_answer_or_refuses_on_request():
    tt = truth_table(load("LM"), "SURV", CONDS)
    full = minimize(tt, "?", max_models=3)
    assert len(full.models) == 3 and full.n_models == 3 and not full.partial
    part = minimize(tt, "?", max_models=2)
    assert part.partial and part.n_models == 3 and part.model_size == 2
    assert [m.terms for m in part.models] == [m.terms for m in full.models[:2]]   # the first two, canonical order
    assert "partial answer: 3 minimal models" in str(part)
    d = part.to_dict()
    assert d["partial"] is True and d["n_models"] == 3 and len(d["models"]) == 2
    with pytest.raises(QCAComplexityError, match="max_models = 2.*--max-models"):
        minimize(tt, "?", max_models=2, allow_partial=False)


def test_simplifying_assumptions_budget(monkeypatch):
    monkeypatch.setattr(mz, "SA_LIMIT", 4)
    sol = minimize(tt_lf(), "?")
    assert sol.simplifying_assumptions is None
    assert any("simplifying assumptions not listed" in n for n in sol.notes)
    d = sol.to_dict()["simplifying_assumptions"]["M1"]   # not listed, but counted and given as cubes
    full = minimize(tt_lf(), "?", sa_limit=1 << 20).models[0].simplifying_assumptions
    assert d["rows"] is None and d["n_rows"] == len(full)
    assert sum(c["n_rows"] for c in d["cubes"]) >= d["n_rows"]
    inter = minimize(tt_lf(), "?", dir_exp="1,1,1,1,1")   # easy counterfactuals come from the cubes directly
    pair = inter.intermediate["C1P1"]
    assert list(pair.easy_counterfactuals.index) == [30] and pair.difficult_counterfactuals is None
    assert [m.terms for m in inter.models] == [("DEV*URB*LIT*STB", "DEV*LIT*~IND*STB")]
    assert any("difficult counterfactuals not listed" in n for n in inter.notes)


def test_easy_counterfactual_budget(monkeypatch):
    monkeypatch.setattr(mz, "EC_LIMIT", 1)
    with pytest.raises(QCAComplexityError, match="C1P1: the easy counterfactuals"):
        minimize(truth_table(load("LF"), "~SURV", CONDS, incl_cut=0.8), "?", dir_exp="0,0,0,0,0")


# ---------------------------------------------------------------- directional expectations
@pytest.mark.parametrize("spec", [
    "1,1,1,1,1", "1, 1, 1, 1, 1", [1, 1, 1, 1, 1], {"DEV": 1, "URB": 1, "LIT": 1, "IND": 1, "STB": 1},
    "DEV=1,URB=1,LIT=1,IND=1,STB=1", "DEV, URB, LIT, IND, STB", {"DEV": "1", "URB": [1], "LIT": 1, "IND": 1, "STB": 1},
    # R's dir.exp = c("DEV", "URB", ...) as a Python list of literals (was read as values in condition order: 'give 2
    # value(s) for 5 conditions'), or of NAME=VALUE pairs; values in order as a numpy array (was refused)
    ["DEV", "URB", "LIT", "IND", "STB"], ("DEV=1", "URB=1", "LIT=1", "IND=1", "STB=1"), np.array([1, 1, 1, 1, 1]),
])
def test_dir_exp_spellings_are_equivalent(spec):
    sol = minimize(tt_lf(), "?", dir_exp=spec)
    assert [m.terms for m in sol.models] == [("DEV*URB*LIT*STB", "DEV*LIT*~IND*STB")]


def test_dir_exp_parsing_details():
    conds, nl = ["A", "B", "C"], [2, 3, 2]
    assert parse_dir_exp("1,-,0", conds, nl) == {"A": frozenset({1}), "B": None, "C": frozenset({0})}
    assert parse_dir_exp({"B": [1, 2]}, conds, nl) == {"A": None, "B": frozenset({1, 2}), "C": None}
    assert parse_dir_exp("1,1;2,-", conds, nl)["B"] == frozenset({1, 2})
    assert parse_dir_exp("~A, B[2]", conds, nl) == {"A": frozenset({0}), "B": frozenset({2}), "C": None}
    assert parse_dir_exp({"A": [0, 1]}, conds, nl)["A"] is None   # every value expected: no direction
    assert parse_dir_exp(["~A", "B[2]"], conds, nl) == parse_dir_exp("~A, B[2]", conds, nl)   # a list of literals
    assert parse_dir_exp(["1", "-", "0"], conds, nl) == parse_dir_exp("1,-,0", conds, nl)     # values in order
    with pytest.raises(QCAInputError, match="unknown condition 'GDP'"):
        parse_dir_exp(["A", "GDP"], conds, nl)


def test_dir_exp_several_levels_written_with_commas_get_the_semicolon_form():
    """'B=1,2' or 'B=[1,2]' (natural ways to expect two levels of a multi-value condition) stopped with "cannot read
    directional expectation '2': write CONDITION=1, =0 or =-", and 'B=1 2' with "... or values of a multi-value
    condition", neither saying how to write two levels (found writing the textbook oracle's mixed problems)."""
    conds, nl = ["A", "B", "C"], [2, 3, 2]
    for spec in ("A=1,B=1,2", "A=1,B=[1,2]", "A=1, B=[1, 2], C=-"):
        with pytest.raises(QCAInputError, match=r"several values of a multi-value condition are joined by ';': B=1;2"):
            parse_dir_exp(spec, conds, nl)
    with pytest.raises(QCAInputError, match=r"values of a multi-value condition joined by ';' \(e\.g\. 1;2\)"):
        parse_dir_exp("A=1,B=1 2", conds, nl)
    assert parse_dir_exp("A=1,B=1;2", conds, nl)["B"] == frozenset({1, 2})


def test_no_expectations_give_the_conservative_models():
    tt = tt_lf()
    sol = minimize(tt, "?", dir_exp="-,-,-,-,-")
    assert model_sets(sol) == model_sets(minimize(tt))
    assert len(sol.intermediate["C1P1"].easy_counterfactuals) == 0


def test_one_pair_per_complex_and_parsimonious_model():
    tt = truth_table(load("CVF"), "PROTEST", incl_cut=0.85)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,0")
    assert list(sol.intermediate) == ["C1P1", "C1P2"]
    for name, pair in sol.intermediate.items():
        assert all(m.pair == name for m in pair.models)
        sa = set(pair.parsimonious_model.simplifying_assumptions.index)
        assert set(pair.easy_counterfactuals.index) | set(pair.difficult_counterfactuals.index) == sa
        assert not set(pair.easy_counterfactuals.index) & set(pair.difficult_counterfactuals.index)
    assert "From C1P2:" in str(sol)


def test_intermediate_models_lie_between_complex_and_parsimonious():
    for name, outcome, exp in [("LF", "SURV", "1,1,1,1,1"), ("LF", "~SURV", "0,0,0,0,0"), ("LC", "SURV", "0,1,-,1,0")]:
        tt = truth_table(load(name), outcome, CONDS, incl_cut=0.8)
        sol = minimize(tt, "?", dir_exp=exp)
        for pair in sol.intermediate.values():
            allowed = set(tt.rows_with(["1"])) | set(pair.easy_counterfactuals.index)
            for m in pair.models:
                for t in m.implicants:
                    rows = expand([cube(t, tt.noflevels)], tt, 10**6)
                    assert set(rows.index) <= allowed


def test_multi_value_intermediate_runs():
    tt = truth_table(load("LM"), "SURV", CONDS)
    sol = minimize(tt, "?", dir_exp={"DEV": [1, 2], "URB": 1, "LIT": 1, "IND": 1, "STB": 1})
    assert list(sol.intermediate) == ["C1P1", "C1P2", "C1P3"]
    assert all(covers(m.implicants, tt.configs_with(["1"])).any(axis=0).all() for m in sol.models)


# ---------------------------------------------------------------- fit and essential implicants
def test_unique_coverage_definition():
    tt = truth_table(load("CVF"), "PROTEST", incl_cut=0.85)
    sol = minimize(tt, "?")
    m = sol.models[0]
    X = tt.data.frame()
    y = tt.data.y
    whole = expression_membership(X, m.expression)
    for t, cov_u in zip(m.terms, m.term_fit["covU"]):
        rest = expression_membership(X, [u for u in m.terms if u != t])
        assert cov_u == pytest.approx(coverage(whole, y) - coverage(rest, y))


def test_package_exports_functions_not_submodules():
    import analysis.qca as q
    import analysis.qca.calibrate  # noqa: F401  (loading the submodules must not shadow the functions)
    import analysis.qca.necessity  # noqa: F401
    for name in ("calibrate", "necessity", "super_subset", "minimize", "truth_table"):
        assert callable(getattr(q, name)), name
        assert name in q.__all__


def test_one_term_model_has_undefined_unique_coverage():
    sol = minimize(truth_table(load("LC"), "SURV", CONDS), "?")
    assert np.isnan(sol.models[0].term_fit.loc[1, "covU"])
    assert sol.to_dict()["models"][0]["term_fit"][0]["covU"] is None


def test_essential_follows_r_and_chart_essential_is_strict():
    sol = minimize(truth_table(load("LC"), "SURV", CONDS), "?")
    assert sol.essential == ["DEV*STB"]      # in every minimal model
    assert sol.chart_essential == []         # no positive row has DEV*STB as its only implicant


def test_term_cases_list_positive_rows_only():
    sol = minimize(truth_table(load("LC"), "SURV", CONDS), "?")
    assert sol.models[0].term_fit.loc[1, "cases"] == "FI,IE; FR,SE; BE,CZ,NL,UK"


# ---------------------------------------------------------------- results objects
def test_to_dict_is_json_and_to_frame_is_long():
    sol = minimize(truth_table(load("CVF"), "PROTEST", incl_cut=0.85), "?", dir_exp="1,1,1,1,0")
    d = json.loads(json.dumps(sol.to_dict(), allow_nan=False))
    assert d["kind"] == "intermediate" and set(d["intermediate"]) == {"C1P1", "C1P2"}
    assert d["dir_exp"]["NATPRIDE"] == [0]
    f = sol.to_frame()
    assert list(f.columns) == ["pair", "model", "level", "term", "inclS", "PRI", "covS", "covU", "cases"]
    assert (f["level"] == "model").sum() == len(sol.models)


def test_printout_marks_non_essential_terms_like_r():
    text = str(minimize(truth_table(load("CVF"), "PROTEST", incl_cut=0.85), "?"))
    assert "M1: ~NATPRIDE + DEMOC*GEOCON*POLDIS + (DEMOC*ETHFRACT*GEOCON) -> PROTEST" in text
    assert "<-> SURV[1]" in str(minimize(truth_table(load("LM"), "SURV", CONDS)))


def test_negated_outcome_minimises_the_negation():
    tt = truth_table(load("LC"), "SURV", CONDS, negate_outcome=True)
    assert model_sets(minimize(tt, "?")) == {frozenset({"~DEV", "~STB"})}


# ---------------------------------------------------------------- expressions
def test_terms_format_and_parse():
    conds = ["A", "B", "C"]
    assert parse_term("A*~C", conds) == {"A": 1, "C": 0}
    assert parse_term(" ~C * A ", conds) == {"A": 1, "C": 0}          # returned in condition order
    assert format_term([2, 0, 1], conds) == "A*~C"
    assert format_term([3, 1, 0], conds, multivalue=True) == "A[2]*B[0]"
    assert format_term([0, 0, 0], conds) == "1"
    assert parse_expression("A*B + ~C", conds) == [{"A": 1, "B": 1}, {"C": 0}]
    assert parse_term("A{2}*B[1]", conds, [3, 2, 2]) == {"A": 2, "B": 1}


def test_memberships_are_fuzzy_min_and_max():
    df = pd.DataFrame({"A": [0.9, 0.2, 0.6], "B": [0.3, 0.8, 0.6], "M": [2, 0, 1]})
    assert np.allclose(term_membership(df, "A*~B"), [0.7, 0.2, 0.4])
    assert np.allclose(term_membership(df, {"A": 1, "B": 1}), [0.3, 0.2, 0.6])
    assert np.allclose(expression_membership(df, "A*~B + B"), [0.7, 0.8, 0.6])
    assert np.allclose(term_membership(df, "M[2]*A"), [0.9, 0.0, 0.0])
    assert np.allclose(expression_membership(df, ["M[0]", "M[1]"]), [0, 1, 1])


def test_row_dominance_keeps_implicants_that_cover_the_same_rows():
    """R QCA's row.dom drops an implicant only when its rows lie strictly inside another's: A*~B and A*~C cover the
    same single positive row, so both models stay (the shortcut once kept only the first; audit, round 11)."""
    df = pd.DataFrame({"A": [0, 1, 1], "B": [0, 1, 0], "C": [0, 1, 0], "Y": [0, 0, 1]}, index=["c0", "c1", "c2"])
    tt = truth_table(df, "Y", "A,B,C")
    full = [m.expression for m in minimize(tt, include="?").models]
    short = [m.expression for m in minimize(tt, include="?", row_dominance=True).models]
    assert short == full == ["A*~B", "A*~C"]


def test_sorted_unique_is_np_unique():
    from analysis.qca._implicants import sorted_unique

    rng = np.random.default_rng(11)
    for dtype in (np.int64, np.uint64, np.int8):
        for size in (0, 1, 2, 7, 1000):
            a = rng.integers(0, 50, size=size).astype(dtype)
            got, want = sorted_unique(a), np.unique(a)
            assert got.dtype == want.dtype and np.array_equal(got, want)


def test_intermediate_merging_sorts_instead_of_np_unique_on_millions_of_keys(monkeypatch):
    """The closed-world merging of the easy counterfactuals (16 conditions x 500 cases: over 2 million keys at one
    merging step) deduplicates by sorting: numpy 2.4's np.unique hashes first and took 3 of the 4.6 s."""
    import zlib

    k, n = 16, 500
    rng = np.random.default_rng(zlib.crc32(b"inter16"))
    df = pd.DataFrame(rng.integers(0, 2, size=(n, k + 1)), columns=[f"C{j:02d}" for j in range(1, k + 1)] + ["Y"])
    df["Y"] = ((df["C01"] & df["C02"]) | (df["C03"] & (1 - df["C04"]))).astype(int)
    tt = truth_table(df, "Y", list(df.columns[:-1]))
    real = np.unique

    def small_unique(a, *args, **kwargs):
        if kwargs.get("axis") is None:   # rows of configurations (axis=0) are few; keys are many
            assert np.asarray(a).size < 100_000, f"np.unique on {np.asarray(a).size:,} keys"
        return real(a, *args, **kwargs)
    monkeypatch.setattr(np, "unique", small_unique)
    sol = minimize(tt, "?", dir_exp=",".join(["1"] * k))
    pair = next(iter(sol.intermediate.values()))
    assert len(pair.easy_counterfactuals) > 10_000
    on = tt.configs_with(["1"])
    for m in sol.models:   # each model covers every positive row
        assert covers(m.implicants, on).any(axis=0).all()


def test_jupyter_shows_truth_tables_and_solutions_as_print_does():
    """In Jupyter a cell ending with `tt` or `sol` showed '<TruthTable SURV ~ DEV, ...: 9 observed rows, ...>' and
    '<Solution parsimonious: 1 model(s): ...>' where an R user sees the table and the models (typing `tt` in R prints
    them), while pof(), necessity() and super_subset() results showed their tables. IPython now shows what print()
    shows; repr() stays the one-line summary (logs, lists of results)."""
    from IPython.lib.pretty import pretty

    tt = tt_lf()
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    for obj in (tt, sol, sol.models[0], sol.intermediate["C1P1"]):
        assert pretty(obj) == str(obj), type(obj).__name__
    assert repr(tt).startswith("<TruthTable SURV ~ DEV, URB") and repr(sol).startswith("<Solution intermediate")
    assert "OUT" in pretty(tt) and "M1: DEV*URB*LIT*STB + DEV*LIT*~IND*STB -> SURV" in pretty(sol)


def test_jupyter_shows_a_long_truth_table_as_a_dataframe_does():
    """Ending a cell with a truth table of thousands of observed rows printed every row into the notebook (4,656
    lines for 5,000 random cases of 15 conditions); beyond pandas' display.max_rows it now shows the first and last
    rows and how many are left out. print() still shows every row; a short table shows whole."""
    import warnings

    from IPython.lib.pretty import pretty

    rng = np.random.default_rng(0)
    df = pd.DataFrame(rng.integers(0, 2, (400, 9)), columns=[f"C{i}" for i in range(8)] + ["Y"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(df, "Y")
    n = len(tt.rows)
    assert n > 100
    shown = pretty(tt).splitlines()
    full = str(tt).splitlines()
    assert len(full) == len(shown) + n - 60 - 2 and f"{n - 60:,} of {n:,} rows not shown" in pretty(tt)
    assert max(map(len, shown)) <= 80   # the two lines saying so within 80 columns (one of 97 before)
    assert shown[:len(full) - n + 30] == full[:len(full) - n + 30] and shown[-30:] == full[-30:]
    with pd.option_context("display.max_rows", None):
        assert pretty(tt) == str(tt)


def test_a_model_and_an_intermediate_pair_convert_to_a_dataframe():
    """Results convert to DataFrames: a Solution had to_frame(), but one of its models (sol.models[0]) and one
    intermediate (C, P) pair (sol.intermediate['C1P1']) had only to_dict() (AttributeError: 'Model' object has no
    attribute 'to_frame'). Each now gives the rows Solution.to_frame() gives for it: its terms' fit and the model's,
    with the same columns, so that the solution's frame is its models' frames one after the other."""
    sol = minimize(tt_lf(), "?", dir_exp="1,1,1,1,1")
    whole = sol.to_frame()
    parts = pd.concat([m.to_frame() for m in sol.models], ignore_index=True)
    pd.testing.assert_frame_equal(parts, whole)
    m = sol.models[0]
    f = m.to_frame()
    assert list(f.columns) == ["pair", "model", "level", "term", "inclS", "PRI", "covS", "covU", "cases"]
    assert f["term"].tolist() == [*m.terms, m.expression] and f["level"].tolist()[-1] == "model"
    assert f["inclS"].iloc[-1] == m.fit["inclS"] and np.isnan(f["covU"].iloc[-1])
    pair = sol.intermediate["C1P1"]
    pd.testing.assert_frame_equal(pair.to_frame(), pd.concat([m.to_frame() for m in pair.models], ignore_index=True))
    assert set(pair.to_frame()["pair"]) == {"C1P1"}


def test_help_of_minimize_says_how_to_write_dir_exp_and_its_forms_agree():
    """help(minimize), which the workshop points to, named dir_exp in its first line only: how to write directional
    expectations (exercise 3's argument) was nowhere in it. Its dir_exp paragraph now gives the forms; every form it
    says is the same on the conditions A, B, C reads as the same expectations, and minimize takes each."""
    import ast
    import re

    doc = " ".join(minimize.__doc__.split())
    m = re.search(r"dir_exp: .*? say the same: (.+?) Levels of a multi-value", doc)
    assert m, "minimize's docstring has no 'dir_exp:' paragraph giving the forms"
    forms = [ast.literal_eval(q) for q in re.findall(r"\{[^}]*\}|\[[^\]]*\]|'[^']*'", m[1])]
    assert len(forms) >= 5, forms
    parsed = [parse_dir_exp(f, ["A", "B", "C"], [2, 2, 2]) for f in forms]
    assert all(p == {"A": frozenset({1}), "B": None, "C": frozenset({0})} for p in parsed), dict(zip(map(str, forms),
                                                                                                    parsed))
    data = pd.DataFrame({"A": [1, 1, 0, 0, 1], "B": [1, 0, 1, 0, 0], "C": [0, 0, 1, 1, 1], "Y": [1, 1, 0, 0, 0]},
                        index=list("abcde"))
    tt = truth_table(data, "Y", ["A", "B", "C"], skew_bounds=None)
    solutions = {str(f): minimize(tt, include="?", dir_exp=f).model_sets for f in forms}
    assert len(set(map(str, solutions.values()))) == 1, solutions


def test_an_intermediate_solution_built_from_a_partial_conservative_or_parsimonious_list_is_partial():
    """The intermediate solution pairs every conservative model with every parsimonious one (R's C1P1, C1P2, ...).
    Beyond max_models only the first models of each are listed, so the pairs of the others were never computed:
    the intermediate answer said partial=False and gave no note, presenting the models of some pairs as the whole
    solution (on 300 cases of 8 conditions, 220 conservative x 60 parsimonious models, max_models=5 gave 10
    intermediate models of 25 pairs, 'partial': False)."""
    rng = np.random.default_rng(1)
    d = pd.DataFrame(rng.random((60, 6)).round(2), columns=list("ABCDEF"))
    d["Y"] = np.clip(0.6 * d.A + 0.4 * np.minimum(d.B, d.C) + rng.normal(0, 0.15, 60), 0, 1).round(2)
    tt = truth_table(d, "Y", incl_cut=0.8)
    full = minimize(tt, include="?", dir_exp="1,1,1,1,1,1", max_models=None)
    assert full.conservative.n_models > 2 and full.parsimonious.n_models > 2 and not full.partial
    cut = minimize(tt, include="?", dir_exp="1,1,1,1,1,1", max_models=2)
    assert cut.conservative.partial and cut.parsimonious.partial
    assert len(cut.intermediate) == 4 < len(full.intermediate)
    assert cut.partial and cut.to_dict()["partial"]
    note = next(n for n in cut.notes if "pairs" in n)
    assert f"first 2 of {full.conservative.n_models} conservative" in note
    assert f"first 2 of {full.parsimonious.n_models} parsimonious" in note and "max_models" in note
    assert f"note: {note}" in str(cut) and "(partial: more may exist)" in repr(cut)
    with pytest.raises(QCAComplexityError):
        minimize(tt, include="?", dir_exp="1,1,1,1,1,1", max_models=2, allow_partial=False)


def test_the_pairs_of_an_intermediate_solution_expand_each_widened_cube_once(monkeypatch):
    """Every (C, P) pair widened the same complex terms inside the same parsimonious terms and listed their
    remainders afresh, each time recomputing the observed rows from the table: 13,200 pairs (220 x 60 models, 300
    fuzzy cases) took about 5 minutes. The cubes are now shared by the pairs: each one's remainders are listed once,
    with the same models (15 pairs here)."""
    from analysis.qca import _remainders
    rng = np.random.default_rng(3)
    d = pd.DataFrame(rng.random((30, 5)).round(2), columns=list("ABCDE"))
    d["Y"] = rng.random(30).round(2)
    calls = []
    real = _remainders.remainder_ids
    def counted(cb, *a):
        if sys._getframe(1).f_code.co_name in ("expand", "<listcomp>"):   # the pairs' easy counterfactuals
            calls.append(repr(cb))
        return real(cb, *a)
    monkeypatch.setattr(_remainders, "remainder_ids", counted)
    sol = minimize(truth_table(d, "Y", incl_cut=0.75), include="?", dir_exp="1,1,1,1,1")
    assert (len(sol.conservative.models), len(sol.parsimonious.models)) == (5, 3)
    assert len(calls) == len(set(calls)) > 0          # before: 189 calls for 24 distinct cubes
    monkeypatch.undo()
    again = minimize(truth_table(d, "Y", incl_cut=0.75), include="?", dir_exp="1,1,1,1,1")
    assert [m.expression for m in sol.models] == [m.expression for m in again.models]
    assert {n: [c for c in p.easy_cubes] for n, p in sol.intermediate.items()} == \
        {n: [c for c in p.easy_cubes] for n, p in again.intermediate.items()}


def test_an_intermediate_solution_computes_at_most_max_intermediate_pairs_pairs():
    """Every conservative model is paired with every parsimonious one (R's C1P1, C1P2, ...), up to 1,000 x 1,000
    pairs at the default max_models, with no budget: 13,200 pairs took minutes. Beyond max_intermediate_pairs the
    models of the first pairs are given, partial and said so, or refused with allow_partial=False."""
    rng = np.random.default_rng(3)
    d = pd.DataFrame(rng.random((30, 5)).round(2), columns=list("ABCDE"))
    d["Y"] = rng.random(30).round(2)
    tt = truth_table(d, "Y", incl_cut=0.75)
    full = minimize(tt, include="?", dir_exp="1,1,1,1,1")
    assert len(full.intermediate) == 15 and not full.partial
    part = minimize(tt, include="?", dir_exp="1,1,1,1,1", max_intermediate_pairs=4)
    assert list(part.intermediate) == ["C1P1", "C1P2", "C1P3", "C2P1"] and part.partial
    assert any("the models of the first 4 of 15 (C, P) pairs" in n for n in part.notes), part.notes
    assert {m.expression for m in part.models} <= {m.expression for m in full.models}
    assert not minimize(tt, include="?", dir_exp="1,1,1,1,1", max_intermediate_pairs=15).partial
    with pytest.raises(QCAComplexityError, match="15 [(]C, P[)] pairs, more than max_intermediate_pairs = 4"):
        minimize(tt, include="?", dir_exp="1,1,1,1,1", max_intermediate_pairs=4, allow_partial=False)
    with pytest.raises(QCAInputError, match="max_intermediate_pairs must be a positive whole number"):
        minimize(tt, include="?", dir_exp="1,1,1,1,1", max_intermediate_pairs=0)


def _fit_table_layout(text: str) -> list:
    """The term rows of the first printed fit table of several models, as [(number, term), ..., '---', ...]: its
    numbered rows in order, with '---' for a rule between them (the rules around the header and the model rows left
    out; the lines of a term's cases wrapped below its row read past)."""
    import re

    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "(M2)" in line and "inclS" in line) + 2
    out: list = []
    for line in lines[start:]:
        if set(line.strip()) == {"-"}:
            out.append("---")
            continue
        m = re.match(r"^(\d+)\s+(\S+)\s+\d\.\d{3}", line)
        if not m and out and out[-1] != "---" and line.startswith(" ") and line.strip() and " " not in line.strip():
            continue   # a term's cases wrapped below its row (a row wider than 80 columns)
        if not m:
            break
        out.append((int(m.group(1)), m.group(2)))
    while out and out[-1] == "---":
        out.pop()
    return out


@pytest.mark.parametrize("reference, make", [
    ("r-qca/CVF.txt", lambda: minimize(truth_table(
        pd.read_csv(DATASETS / "CVF.csv", dtype={"case": str}).set_index("case"), "PROTEST",
        "DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE", incl_cut=0.85), include="?")),
    ("r-setmethods/LF_robustness_testset.txt", lambda: minimize(tt_lf(n_cut=2), include="?")),
    ("r-qca/LM.txt", lambda: minimize(truth_table(load("LM"), "SURV", CONDS), "?")),
])
def test_several_models_print_their_shared_terms_first_as_r(reference, make):
    """With several models R prints the terms every model holds (the essential ones) first, a rule, then the terms of
    some models only, and numbers them in that order; the engine printed every term in one block in the prime
    implicants' order, so its numbers were not R's (CVF: DEMOC*GEOCON*POLDIS was 4, R's 2) and which terms all
    models share did not show. Now printed as R prints it (to_frame(), JSON and overall_term_fit keep their order,
    R's order of the same object)."""
    ref = (ROOT / "data" / "reference" / reference).read_text(encoding="utf-8")
    with np.errstate(all="ignore"):
        sol = make()
    assert _fit_table_layout(str(sol)) == _fit_table_layout(ref)


def test_every_configuration_positive_is_refused_without_advising_the_conservative_solution_it_is():
    """Every configuration observed and positive: the conservative solution is the tautology '1' too, and minimize()
    refuses it, as R does. The message advised "include '' for the conservative solution", which is what was asked
    for; for the conservative solution it now says that every configuration is observed and positive."""
    every = pd.DataFrame({"A": [1, 0, 1, 0], "B": [1, 1, 0, 0], "Y": [1, 1, 1, 1]})
    tt = truth_table(every, "Y")
    with pytest.raises(QCAInputError) as err:
        minimize(tt)
    assert "include ''" not in str(err.value)
    assert "every configuration (4 of 4) is observed with OUT = 1" in str(err.value)
    with pytest.raises(QCAInputError) as err:
        minimize(tt, "?")   # nor for the parsimonious one: the conservative solution is no different
    assert "include ''" not in str(err.value) and "every configuration (4 of 4)" in str(err.value)
    some = pd.DataFrame({"A": [1, 0, 1], "B": [1, 1, 0], "Y": [1, 1, 1]})   # a remainder: a conservative solution
    with pytest.raises(QCAInputError, match="or include '' for the conservative solution"):
        minimize(truth_table(some, "Y"), "?")


def test_overall_term_fit_names_each_term_s_printed_number():
    """With several models the printed fit table lists the terms every model holds first and numbers them in that
    order (as R prints them), while overall_term_fit, to_frame() and the JSON keep R's object order: CVF's
    DEMOC*GEOCON*POLDIS is term 2 in the print and row 4 of overall_term_fit, and nothing said so. overall_term_fit
    now has a `printed` column, the term's number in print(solution), and the JSON records carry it; its index
    stays R's order (checked against R on the reference analyses)."""
    sol = minimize(truth_table(pd.read_csv(DATASETS / "CVF.csv", dtype={"case": str}).set_index("case"), "PROTEST",
                               "DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE", incl_cut=0.85), include="?")
    fit = sol.overall_term_fit
    printed = dict(item for item in _fit_table_layout(str(sol)) if item != "---")
    assert "printed" in fit.columns
    assert {int(n): t for t, n in zip(fit["term"], fit["printed"])} == printed
    assert list(fit["printed"]) != list(fit.index)            # the example's two orders differ
    assert sorted(fit["printed"]) == list(range(1, len(fit) + 1))
    recs = sol.to_dict()["overall_term_fit"]
    assert [r["printed"] for r in recs] == list(fit["printed"])


def test_an_intermediate_solution_of_many_pairs_prints_the_first_twenty():
    """An intermediate solution prints each (C, P) pair's models, as R does: 100 pairs (max_models=50 here) printed
    150 KB. Beyond twenty pairs it prints the first twenty and says how many more there are and where they all are."""
    rng = np.random.default_rng(6)
    df = pd.DataFrame(rng.integers(0, 2, (30, 7)), columns=[f"C{i}" for i in range(7)])
    df["Y"] = rng.integers(0, 2, 30)
    sol = minimize(truth_table(df, "Y"), "?", dir_exp=",".join(["1"] * 7), max_models=20)
    assert len(sol.intermediate) == 40
    text = str(sol)
    names = list(sol.intermediate)
    assert [line[5:-1] for line in text.splitlines() if line.startswith("From ")] == names[:20]
    assert (f"... 20 more (C, P) pairs ({names[20]}..{names[-1]}): sol.intermediate holds every pair; sol.models, "
            "sol.to_frame(), sol.to_dict() (CLI --json) every model") in text
    assert len(text) < 60_000, len(text)


def test_an_intermediate_pair_typed_at_the_prompt_shows_its_models_as_r_prints_them():
    """sol.intermediate['C1P1'] in JupyterLab showed only its one-line repr, where R's sol$i.sol$C1P1 prints the
    pair's models and fit: it shows (and prints) the pair's block of the solution's printout; repr() stays one line."""
    from IPython.lib.pretty import pretty

    tt = truth_table(load("LF"), "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    pair = sol.intermediate["C1P1"]
    assert str(pair).startswith("From C1P1:\n\nM1: DEV*URB*LIT*STB + DEV*LIT*~IND*STB -> SURV")
    assert str(pair) in str(sol) and pretty(pair) == str(pair)
    assert repr(pair).startswith("<IntermediatePair C1P1: ") and "\n" not in repr(pair)


@pytest.mark.parametrize("dir_exp", ["," * 80_000, "DEV " * 20_000], ids=["commas", "names"])
def test_a_very_long_dir_exp_is_refused_at_once(dir_exp):
    """parse_dir_exp(',' * 80,000, ...) and minimize(tt, dir_exp='DEV ' * 20,000) did not return within 30 s: the
    split at commas outside brackets ('DEV[1,2]' keeps its levels) was a regex looking ahead from every comma to the
    end of the text (found by tools/fuzz_api.py's round-39 pools). The split now reads the text once, with the same
    pieces (r_calls.split_outside_brackets); the alarm makes the old hang a failure."""
    from _deadline import returns_within
    from analysis.qca import parse_dir_exp

    with returns_within(10, "parse_dir_exp() of a long text"), pytest.raises(QCAInputError):
        parse_dir_exp(dir_exp, ["DEV", "URB", "LIT", "IND", "STB"], [2] * 5)
    from analysis.qca.r_calls import split_outside_brackets

    assert split_outside_brackets("DEV[1,2], URB,LIT{0,1},") == ["DEV[1,2]", " URB", "LIT{0,1}", ""]


def test_r_s_vector_copied_as_text_is_read_at_once_however_long():
    """R's c(...) copied as text is told the text to write (r_calls.r_vector_text), which split c()'s items with a
    regex looking ahead from every comma to the end: 'c(' + ',' * 40,000 + ')' as dir_exp took 2.5 s, 100,000 commas
    about 16 s (round 39's fuzz). It now splits with the one reading of commas outside brackets that dir_exp uses
    (split_outside_brackets); the alarm makes the old time a failure, and c(1, 1, DEV[1,2]) keeps its levels."""
    from _deadline import returns_within
    from analysis.qca.r_calls import r_vector_text

    with returns_within(4, "parse_dir_exp() of a long c(...)"), pytest.raises(QCAInputError, match="R's vector c"):
        parse_dir_exp("c(" + "," * 100_000 + ")", ["DEV", "URB", "LIT", "IND", "STB"], [2] * 5)
    assert r_vector_text("c(1, 1, DEV[1,2])") == "1, 1, DEV[1,2]"
    assert r_vector_text('c("DEV", "URB")') == "DEV, URB" and r_vector_text("c(10, 12)") == "10,12"
