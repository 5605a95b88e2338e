"""Shared helpers for the tests against data/reference/r-setmethods (R QCA 3.25 + SetMethods 4.0 outputs):
reading a reference file and comparing truth tables, solutions and fit tables (structure exact, numbers to
3 decimals: |difference| < 5e-4)."""
from __future__ import annotations

import functools
import json
import math

import pandas as pd

from analysis.paths import ROOT
from analysis.qca import parse_term

REF = ROOT / "data" / "reference" / "r-setmethods"
DATASETS = ROOT / "data" / "reference" / "datasets"
TOL = 5e-4


@functools.lru_cache(maxsize=None)
def reference(name: str) -> dict:
    return json.loads((REF / f"{name}.json").read_text(encoding="utf-8"))


def result(name: str, key: str):
    return reference(name)["results"][key]["value"]


@functools.lru_cache(maxsize=None)
def dataset(name: str) -> pd.DataFrame:
    return pd.read_csv(DATASETS / f"{name}.csv", dtype={"case": str})


def close(ours, theirs, tol: float = TOL) -> bool:
    if theirs is None:
        return ours is None or (isinstance(ours, float) and math.isnan(ours))
    if ours is None or (isinstance(ours, float) and math.isnan(ours)):
        return False
    return abs(float(ours) - float(theirs)) < tol + 1e-12


def term_key(term: str, conditions) -> frozenset:
    return frozenset(parse_term(term, conditions).items())


def model_key(terms, conditions) -> frozenset:
    return frozenset(term_key(t, conditions) for t in terms)


def check_truth_table(tt, ref: dict) -> int:
    """Every row of R's table: observed rows (and excluded remainders, OUT 0 with n 0) equal, '?' rows absent
    from ours or '?'; the outcome and cut-offs R's table was built with equal ours. Returns the number of rows
    compared."""
    assert list(tt.conditions) == ref["conditions"]
    assert (tt.outcome, tt.incl_cut[0], tt.n_cut, tt.pri_cut) == \
        (ref["outcome"], ref["incl.cut"], ref["n.cut"], ref["pri.cut"])   # the table R built, same settings
    ours = {r: i for i, r in enumerate(tt.row_ids)}
    for r in ref["rows"]:
        if r["row"] not in ours:
            assert r["OUT"] == "?" and r["n"] == 0, r
            continue
        i = ours[r["row"]]
        rec = tt.rows.loc[r["row"]]
        assert [int(v) for v in tt.configs[i]] == r["config"] and "".join(map(str, r["config"])) == r["config_str"]
        assert (rec["OUT"], int(rec["n"]), list(tt.case_lists[i])) == (r["OUT"], r["n"], r["cases"]), r
        assert close(float(rec["incl"]), r["incl"]) and close(float(rec["PRI"]), r["PRI"]), r
    assert set(ours) <= {r["row"] for r in ref["rows"]}
    return len(ref["rows"])


def check_model_fit(model, ref_model: dict) -> None:
    fit = model.term_fit.set_index("term")
    assert sorted(fit.index) == sorted(t["term"] for t in ref_model["term_fit"])
    for t in ref_model["term_fit"]:
        rec = fit.loc[t["term"]]
        for col in ("inclS", "PRI", "covS", "covU"):
            assert close(float(rec[col]), t[col]), (t["term"], col, rec[col], t[col])
        if "cases" in t:
            assert rec["cases"] == "; ".join(t["cases"])
    for col in ("inclS", "PRI", "covS"):
        assert close(model.fit[col], ref_model["solution_fit"][col]), (col, model.fit, ref_model)


def printed(models) -> list[str]:
    """The models as printed, in order (M1, M2, ...), each term in its printed order."""
    return [m.expression if hasattr(m, "expression") else m["expression"] for m in models]


def _matched(models, ref_models, conds, printed_order: bool = True):
    """Pairs (R's model, ours): the same set of terms and, with printed_order, the same printout: R's models
    M1, M2, ... in that order, each written as R writes it (term order included), are ours in that order."""
    mine = {model_key(m.terms, conds): m for m in models}
    assert set(mine) == {model_key(r["terms"], conds) for r in ref_models}
    assert len(models) == len(ref_models)
    assert [r["name"] for r in ref_models] == [f"M{i}" for i in range(1, len(ref_models) + 1)]
    if printed_order:
        assert printed(models) == printed(ref_models)
    return [(r, mine[model_key(r["terms"], conds)]) for r in ref_models]


def check_solution(sol, ref: dict, printed_order: bool = True) -> None:
    """R's minimize() value: parsimonious (or conservative) models (as printed, in R's order, unless
    printed_order is False), their fit, essential terms, simplifying assumptions and, for dir.exp, every (C, P)
    pair's models and easy / difficult counterfactuals."""
    conds = sol.truth_table.conditions
    top = sol.parsimonious if sol.kind == "intermediate" else sol
    for r, m in _matched(top.models, ref["models"], conds, printed_order):
        check_model_fit(m, r)
        if "simplifying_assumptions_rows" in ref:
            assert [int(i) for i in m.simplifying_assumptions.index] == \
                ref["simplifying_assumptions_rows"][r["name"]]
    assert {term_key(t, conds) for t in top.essential} == {term_key(t, conds) for t in ref["essential"]}
    if "intermediate" in ref:
        assert sol.kind == "intermediate"
        assert sorted(sol.intermediate) == sorted(p["name"] for p in ref["intermediate"])
        for p in ref["intermediate"]:
            pair = sol.intermediate[p["name"]]
            assert p["models"] and [r["name"] for r in p["models"]] == [f"M{i}" for i in range(1, len(p["models"]) + 1)]
            for r, m in _matched(pair.models, p["models"], conds, printed_order):
                check_model_fit(m, r)
            assert [int(i) for i in pair.easy_counterfactuals.index] == p["easy_counterfactual_rows"]
            assert [int(i) for i in pair.difficult_counterfactuals.index] == p["difficult_counterfactual_rows"]
