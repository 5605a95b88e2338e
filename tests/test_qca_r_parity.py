"""Agreement with R QCA 3.25 on every reference analysis (data/reference/r-qca/*.json).

The options of each truthTable()/minimize() call are read from the R call strings stored in the JSON, the data
from data/reference/datasets/<dataset>.csv. Models, prime implicants and counterfactuals are compared as sets
(terms as sets of literals); fit numbers to 3 decimals (|difference| < 5e-4).
"""
from __future__ import annotations

import functools
import json
import math
import re

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import minimize, parse_term, truth_table

R_QCA = ROOT / "data" / "reference" / "r-qca"
DATASETS = ROOT / "data" / "reference" / "datasets"
ANALYSES = ["LC", "LC_negated", "LF", "LF_negated", "LM", "CVF"]
TOL = 5e-4


# ---------------------------------------------------------------- reading R's calls
def r_args(call: str) -> dict:
    """Named arguments of an R call string: strings unquoted, numbers as floats."""
    out = {}
    for name, value in re.findall(r"([A-Za-z_.]+)\s*=\s*(\"[^\"]*\"|[^,()]+)", call):
        value = value.strip()
        if value.startswith('"'):
            out[name] = value[1:-1]
        elif value in ("TRUE", "FALSE"):
            out[name] = value == "TRUE"
        else:
            out[name] = float(value)
    return out


@functools.lru_cache(maxsize=None)
def reference(name: str) -> dict:
    return json.loads((R_QCA / f"{name}.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def our_truth_table(name: str):
    ref = reference(name)
    a = r_args(ref["calls"]["truthTable"])
    df = pd.read_csv(DATASETS / f"{ref['dataset']}.csv", dtype={"case": str})
    return truth_table(df, a["outcome"], a["conditions"], incl_cut=a.get("incl.cut", 1.0),
                       n_cut=int(a.get("n.cut", 1)), pri_cut=a.get("pri.cut", 0.0), case_column="case")


@functools.lru_cache(maxsize=None)
def our_solution(name: str, key: str):
    a = r_args(reference(name)["solutions"][key]["call"])
    return minimize(our_truth_table(name), include=a.get("include", ""), dir_exp=a.get("dir.exp"))


def term_key(term: str, conditions) -> frozenset:
    return frozenset(parse_term(term, conditions).items())


def model_key(terms, conditions) -> frozenset:
    return frozenset(term_key(t, conditions) for t in terms)


def close(ours, theirs) -> bool:
    if theirs is None:
        return ours is None or (isinstance(ours, float) and math.isnan(ours))
    return ours is not None and not math.isnan(ours) and abs(ours - theirs) < TOL


SOLUTION_KEYS = [(a, k) for a in ANALYSES for k in reference(a)["solutions"]]
PAIR_KEYS = [(a, k, p) for a, k in SOLUTION_KEYS for p in (reference(a)["solutions"][k].get("intermediate") or {})]


def _ids(params):
    return ["-".join(p) for p in params]


# ---------------------------------------------------------------- truth tables
@pytest.mark.parametrize("name", ANALYSES)
def test_truth_table_rows(name):
    ref = reference(name)["truth_table"]
    tt = our_truth_table(name)
    assert list(tt.conditions) == ref["conditions"]
    assert list(tt.noflevels) == ref["noflevels"]
    observed = [r for r in ref["rows"] if r["n"] > 0]
    assert tt.row_ids == [r["row"] for r in observed]
    for r, cfg, cases in zip(observed, tt.configs, tt.case_lists):
        rec = tt.rows.loc[r["row"]]
        assert [int(v) for v in cfg] == r["config"]
        assert (rec["OUT"], int(rec["n"]), cases) == (r["OUT"], r["n"], r["cases"])


@pytest.mark.parametrize("name", ANALYSES)
def test_truth_table_scores(name):
    ref = reference(name)["truth_table"]
    tt = our_truth_table(name)
    for r in ref["rows"]:
        if r["n"] == 0:
            assert r["row"] not in tt.rows.index
            continue
        rec = tt.rows.loc[r["row"]]
        assert close(float(rec["incl"]), r["incl"]), (r["row"], rec["incl"], r["incl"])
        assert close(float(rec["PRI"]), r["PRI"]), (r["row"], rec["PRI"], r["PRI"])


@pytest.mark.parametrize("name", ANALYSES)
def test_truth_table_counts(name):
    tt = our_truth_table(name)
    for key, sol in reference(name)["solutions"].items():
        assert tt.counts() == sol["numbers"]


# ---------------------------------------------------------------- solutions
def _match(ours_models, ref_models, conditions):
    """Pair R's models with ours by their sets of terms."""
    mine = {model_key(m.terms, conditions): m for m in ours_models}
    return [(r, mine[model_key(r["terms"], conditions)]) for r in ref_models]


@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_models(name, key):
    ref = reference(name)["solutions"][key]
    sol = our_solution(name, key)
    conds = our_truth_table(name).conditions
    pars = sol.parsimonious.models if sol.kind == "intermediate" else sol.models
    assert {model_key(m.terms, conds) for m in pars} == {model_key(m["terms"], conds) for m in ref["models"]}
    assert len(pars) == len(ref["models"])


@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_prime_implicant_chart(name, key):
    ref = reference(name)["solutions"][key]
    sol = our_solution(name, key)
    conds = our_truth_table(name).conditions
    assert {term_key(t, conds) for t in sol.prime_implicants} == \
        {term_key(t, conds) for t in ref["prime_implicants_in_chart"]}
    chart = ref["PIchart"]
    theirs = {term_key(pi, conds): {c for c, v in zip(chart["columns"], row) if v}
              for pi, row in zip(chart["PIs"], chart["matrix"])}
    ours = {term_key(pi, conds): {str(c) for c, v in row.items() if v} for pi, row in sol.pi_chart.iterrows()}
    assert ours == theirs


@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_essential(name, key):
    ref = reference(name)["solutions"][key]
    conds = our_truth_table(name).conditions
    assert {term_key(t, conds) for t in our_solution(name, key).essential} == \
        {term_key(t, conds) for t in ref["essential"]}


@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_simplifying_assumptions(name, key):
    ref = reference(name)["solutions"][key]
    sol = our_solution(name, key)
    conds = our_truth_table(name).conditions
    pars = sol.parsimonious.models if sol.kind == "intermediate" else sol.models
    for r, m in _match(pars, ref["models"], conds):
        theirs = ref["simplifying_assumptions"][r["name"]]
        sa = m.simplifying_assumptions
        assert [int(i) for i in sa.index] == [x["row"] for x in theirs]
        assert [[int(v) for v in row] for row in sa.to_numpy()] == [x["config"] for x in theirs]


def _check_fit(ours_model, ref_model):
    fit = ours_model.term_fit.set_index("term")
    assert sorted(fit.index) == sorted(t["term"] for t in ref_model["term_fit"])
    for t in ref_model["term_fit"]:
        rec = fit.loc[t["term"]]
        for col in ("inclS", "PRI", "covS", "covU"):
            assert close(float(rec[col]), t[col]), (t["term"], col, rec[col], t[col])
        if "cases" in t:
            assert rec["cases"] == t["cases"][0]
    for col in ("inclS", "PRI", "covS"):
        assert close(ours_model.fit[col], ref_model["solution_fit"][col]), (col, ours_model.fit, ref_model)


@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_fit(name, key):
    ref = reference(name)["solutions"][key]
    sol = our_solution(name, key)
    conds = our_truth_table(name).conditions
    pars = sol.parsimonious.models if sol.kind == "intermediate" else sol.models
    for r, m in _match(pars, ref["models"], conds):
        _check_fit(m, r)


@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_overall_term_fit(name, key):
    ref = reference(name)["solutions"][key]
    sol = our_solution(name, key)
    base = sol.parsimonious if sol.kind == "intermediate" else sol
    if ref["overall_term_fit"] is None:
        assert base.overall_term_fit is None
        return
    fit = base.overall_term_fit.set_index("term")
    assert sorted(fit.index) == sorted(t["term"] for t in ref["overall_term_fit"])
    for t in ref["overall_term_fit"]:
        for col in ("inclS", "PRI", "covS", "covU"):
            assert close(float(fit.loc[t["term"], col]), t[col]), (t["term"], col)
        assert fit.loc[t["term"], "cases"] == t["cases"][0]


# ---------------------------------------------------------------- intermediate solutions
def _pair(name, key, pair):
    return reference(name)["solutions"][key]["intermediate"][pair], our_solution(name, key).intermediate[pair]


@pytest.mark.parametrize("name,key,pair", PAIR_KEYS, ids=_ids(PAIR_KEYS))
def test_intermediate_pair_inputs(name, key, pair):
    ref, ours = _pair(name, key, pair)
    conds = our_truth_table(name).conditions
    assert model_key(ours.complex_model.terms, conds) == model_key(ref["complex_solution_used"], conds)
    assert model_key(ours.parsimonious_model.terms, conds) == model_key(ref["parsimonious_solution_used"], conds)


@pytest.mark.parametrize("name,key,pair", PAIR_KEYS, ids=_ids(PAIR_KEYS))
def test_easy_and_difficult_counterfactuals(name, key, pair):
    ref, ours = _pair(name, key, pair)
    assert [int(r) for r in ours.easy_counterfactuals.index] == [x["row"] for x in ref["easy_counterfactuals"]]
    assert [int(r) for r in ours.difficult_counterfactuals.index] == \
        [x["row"] for x in ref["difficult_counterfactuals"]]
    assert [[int(v) for v in row] for row in ours.easy_counterfactuals.to_numpy()] == \
        [x["config"] for x in ref["easy_counterfactuals"]]


@pytest.mark.parametrize("name,key,pair", PAIR_KEYS, ids=_ids(PAIR_KEYS))
def test_intermediate_models_and_chart(name, key, pair):
    ref, ours = _pair(name, key, pair)
    conds = our_truth_table(name).conditions
    assert {model_key(m.terms, conds) for m in ours.models} == {model_key(m["terms"], conds) for m in ref["models"]}
    assert {term_key(t, conds) for t in ours.prime_implicants} == \
        {term_key(t, conds) for t in ref["prime_implicants_in_chart"]}
    assert {term_key(t, conds) for t in ours.essential} == {term_key(t, conds) for t in ref["essential"]}


@pytest.mark.parametrize("name,key,pair", PAIR_KEYS, ids=_ids(PAIR_KEYS))
def test_intermediate_fit(name, key, pair):
    ref, ours = _pair(name, key, pair)
    conds = our_truth_table(name).conditions
    for r, m in _match(ours.models, ref["models"], conds):
        _check_fit(m, r)
    if ref["overall_term_fit"] is None:
        assert ours.overall_term_fit is None


# ---------------------------------------------------------------- printed output
@pytest.mark.parametrize("name,key", SOLUTION_KEYS, ids=_ids(SOLUTION_KEYS))
def test_printed_model_lines(name, key):
    """The 'M1: ... -> Y' lines as R prints them (term order may differ, so compare sets of terms per line)."""
    ref = reference(name)["solutions"][key]
    joined = []
    for ln in ref["printed"]:  # R wraps long model lines after a '+'
        if joined and joined[-1].rstrip().endswith("+"):
            joined[-1] = joined[-1].rstrip() + " " + ln.strip()
        else:
            joined.append(ln)
    printed = [ln.strip() for ln in joined if re.match(r"^\s*M\d+:", ln)]
    ours = [ln.strip() for ln in str(our_solution(name, key)).splitlines() if re.match(r"^M\d+:", ln)]

    def parts(line):
        head, rest = line.split(":", 1)
        body, arrow, outcome = re.match(r"(.*) (<?->) (\S+)$", rest.strip()).groups()
        return head, frozenset(t.strip() for t in body.split(" + ")), arrow, outcome

    assert sorted(map(parts, ours), key=str) == sorted(map(parts, printed), key=str)
