"""Differences from SetMethods 4.0 that the README ("Where SetMethods 4.0 / R differ from us") and docs/r-to-engine.md
describe from SetMethods' source (rob.inclrange.R, rob.ncutrange.R, theory.data.R, helper_nec_smmr.R, read through the search tool;
R is not run here): each test pins the engine's side as the docs describe it, on data small enough to check by
hand, so the docs cannot go stale without a test failing."""
from __future__ import annotations

import io
import json
import math
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, minimize, necessity_cases, theory_evaluation, threshold_range, truth_table

README = (ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8")   # README's engine section before (its name kept)
R_TO_ENGINE = (ROOT / "docs" / "r-to-engine.md").read_text(encoding="utf-8")

# crisp, Y = A on every case: every row of the truth table has inclusion 1 or 0
CRISP = pd.DataFrame({"A": [1, 1, 1, 0, 0, 0, 1, 0], "B": [1, 0, 1, 0, 1, 0, 0, 1],
                      "Y": [1, 1, 1, 0, 0, 0, 1, 0]}, index=list("abcdefgh"))


def _setmethods_upper(start: float, step: float, same_at) -> tuple[float, list[float]]:
    """rob.inclrange's upper bound as its loop computes it (tu = tu + step; if (tu >= 1) break; ...; tu - step), in
    the same IEEE doubles as R, with the cut-offs it tests."""
    tu, tested = start, []
    while True:
        tu += step
        if tu >= 1:
            break
        tested.append(tu)
        if not same_at(tu):
            break
    return tu - step, tested


def test_incl_cut_range_upper_bound_reaches_1_where_setmethods_stops_a_step_before():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = threshold_range(CRISP, "Y", ["A", "B"], "incl_cut", step=0.05, max_runs=10, incl_cut=0.9)
        at_1 = minimize(truth_table(CRISP, "Y", ["A", "B"], incl_cut=1.0)).models[0].expression
        at_start = minimize(truth_table(CRISP, "Y", ["A", "B"], incl_cut=0.9)).models[0].expression
    assert at_1 == at_start == "A"   # the solution at incl_cut = 1 is the starting one: 1 belongs to the range
    row = out.iloc[0]
    assert row["upper"] == 1.0
    assert row["upper_reason"] == "stopped: the end of incl_cut's range (the next step, 1.05, lies above 1)"
    # SetMethods' loop: from 0.9 by 0.05 the sum is 1.0000000000000002, not tested: upper 0.95 (the README's example)
    upper, tested = _setmethods_upper(0.9, 0.05, lambda v: True)
    assert upper == 0.95 and tested == [0.9 + 0.05]
    # from 0.5 by 0.1 its sum falls just below 1 and is tested (the README: 'rests on floating-point sums')
    assert _setmethods_upper(0.5, 0.1, lambda v: True)[1][-1] == 0.9999999999999999
    assert "incl.cut.tu >= 1" in README and "incl.cut.tu >= 1" in R_TO_ENGINE


LF_CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def _setmethods_lower(start: float, step: float, max_runs: int, same_at) -> tuple[float | None, list[float]]:
    """rob.inclrange's lower bound as its loop computes it (tl = tl - step; if (tl <= 0) break; run; if the distance
    start - tl >= max.runs * step, NA; again while the solution is the same; tl + step), in the same IEEE doubles as
    R, with the cut-offs it tests (None for NA)."""
    tl, tested = start, []
    while True:
        tl -= step
        if tl <= 0:
            break
        tested.append(tl)
        same = same_at(tl)
        if start - tl >= max_runs * step:   # checked after the run: a change found at this run is NA too
            return None, tested
        if not same:
            break
    return tl + step, tested


def _same_solution(data, conds, start, **cuts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = minimize(truth_table(data, "Y" if "Y" in data else "SURV", conds, incl_cut=start, **cuts),
                         include="?").models[0].expression

        def same_at(v):
            return minimize(truth_table(data, "Y" if "Y" in data else "SURV", conds, incl_cut=v, **cuts),
                            include="?").models[0].expression == first
    return same_at


def test_incl_cut_range_lower_bound_on_lf_matches_setmethods_but_a_change_at_the_last_run_is_reported():
    """rob.inclrange's lower end against threshold_range's on the reference data (LF, SURV, from 0.8 by 0.01):
    with max.runs = 40 both give 0.71 (LF_robustness_ranges.json, R's own output, which the loop read from
    rob.inclrange.R reproduces); with max.runs = 10 the change at 0.70 is found at the tenth run, which its distance
    check, made after the run, turns into NA, where threshold_range reports 0.71 (solution changed)."""
    import json

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    ref = json.loads((ROOT / "data/reference/r-setmethods/LF_robustness_ranges.json").read_text(encoding="utf-8"))
    theirs = {r["id"]: r["RCT"] for r in ref["results"]["rob.inclrange"]["value"]}
    same_at = _same_solution(lf, LF_CONDS, 0.8)
    lower_40, tested = _setmethods_lower(0.8, 0.01, 40, same_at)
    assert round(lower_40, 3) == round(theirs["Lower bound"], 3) == 0.71 and len(tested) == 10
    lower_10, tested = _setmethods_lower(0.8, 0.01, 10, same_at)
    assert lower_10 is None and len(tested) == 10 and 0.8 - tested[-1] == 0.10000000000000009 >= 10 * 0.01
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for runs in (40, 10):
            row = threshold_range(lf, "SURV", LF_CONDS, "incl_cut", 0.01, runs, incl_cut=0.8).iloc[0]
            assert (row["lower"], row["lower_reason"]) == (0.71, "solution changed"), (runs, row)
        row = threshold_range(lf, "SURV", LF_CONDS, "incl_cut", 0.01, 9, incl_cut=0.8).iloc[0]
    assert math.isnan(row["lower"]) and row["lower_reason"] == "no change in range (tested down to 0.71)"
    # from 0.8 by 0.1 the distance after one run is 0.09999999999999998 < 0.1: max.runs = 1 runs a second step
    assert len(_setmethods_lower(0.8, 0.1, 1, lambda v: True)[1]) == 2
    assert "incl.cut.tl <= 0" in README and "max.runs = 10" in README and "incl.cut.tl <= 0" in R_TO_ENGINE


def test_incl_cut_range_lower_bound_reaches_0_where_setmethods_stops_a_step_before():
    """From 0.8 by 0.05 rob.inclrange's sum reaches -9.7e-17, below 0, untested: its lower bound is 0.05 where the
    solution at 0 is the same; threshold_range tests 0. Rows A*B (6 cases, incl 0.867), A*~B (0.85), ~A*B (0.95)
    and ~A*~B (incl 0.1, PRI 0): with pri_cut = 0.5 the last stays negative at any incl_cut, so A + B holds down
    to 0."""
    d = pd.DataFrame({"A": [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], "B": [1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0],
                      "Y": [1, 1, 1, 1, 1, 0.2, 0.9, 0.8, 0.9, 1, 0.1, 0.1, 0.1]}, index=list("abcdefghijklm"))
    same_at = _same_solution(d, ["A", "B"], 0.8, pri_cut=0.5)
    assert same_at(0.0) and same_at(0.05)
    lower, tested = _setmethods_lower(0.8, 0.05, 20, same_at)
    assert round(lower, 3) == 0.05 and round(tested[-1], 3) == 0.05 and 0.0 not in tested
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = threshold_range(d, "Y", ["A", "B"], "incl_cut", 0.05, 20, incl_cut=0.8, pri_cut=0.5).iloc[0]
    assert row["lower"] == 0.0
    assert row["lower_reason"] == "stopped: the end of incl_cut's range (the next step, -0.05, lies below 0)"


def test_a_theory_naming_a_column_outside_the_conditions_is_refused_naming_it():
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND", incl_cut=0.8), include="?")
    with pytest.raises(QCAInputError) as err:
        theory_evaluation("DEV*STB", sol)
    # the advice to add STB to the conditions says what it costs: another truth table, maybe another solution (it
    # told the user to add it as if the solution evaluated would stay the same)
    assert str(err.value) == (
        "theory 'DEV*STB': unknown condition 'STB' in term 'DEV*STB' (conditions: 'DEV', 'URB', 'LIT', 'IND'); 'STB' "
        "is a column of the data not among the conditions: to use it, include it in conditions='DEV, URB, LIT, IND, "
        "STB' (CLI: --conditions DEV,URB,LIT,IND,STB); that builds another truth table, whose solution may differ "
        "from the one evaluated here; or read it from the data for this solution: theory_evaluation(..., "
        "data=DATA)"), err.value
    with warnings.catch_warnings():   # and it may: with STB, LF's parsimonious solution is another one
        warnings.simplefilter("ignore")
        wider = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8), include="?")
    assert [m.expression for m in wider.models] != [m.expression for m in sol.models]
    # a typo gets no such advice: it is no column of the data
    with pytest.raises(QCAInputError) as typo:
        theory_evaluation("DEV*STBB", sol)
    assert "another truth table" not in str(typo.value), typo.value
    # SetMethods reads STB from empirics$tt$initial.data; the solution here holds its conditions only; the README gives the LF example
    assert set(sol.truth_table.data.conditions) == {"DEV", "URB", "LIT", "IND"}
    assert "initial.data" in README and "initial.data" in R_TO_ENGINE
    assert f"`{sol.models[0].expression}` becomes `{wider.models[0].expression}` with STB" in README


def test_a_theory_set_outside_the_conditions_is_read_from_the_data_as_setmethods_reads_it():
    """theory.evaluation reads a theory's sets from the data given to truthTable, conditions or not (theory.data.R,
    read through the search tool); theory_evaluation refused DEV*STB against a solution without STB, and its
    advice (add STB to the conditions) evaluates another solution. data= reads STB from the data for the same
    solution: the theory's memberships are R's Theory column of the LF reference run (a theory's membership does
    not depend on the solution), T*S is min(T, S) of this solution, a note names STB, and the CLI reads it from its
    data file. Cases are matched by name; data without a case of the solution is refused."""
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    ref = json.loads((ROOT / "data/reference/r-setmethods/LF_theory.json").read_text(encoding="utf-8"))
    theirs = {r["id"]: r["Theory"] for r in ref["results"]["theory_DEV*STB"]["value"]["data"]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND", incl_cut=0.8), include="?")
        shuffled = lf.iloc[::-1].reset_index()   # another order, the case names in a column
        te = theory_evaluation("DEV*STB", sol, data=shuffled, case_column="case")
    assert "STB" not in sol.truth_table.data.conditions
    assert {c: round(v, 3) for c, v in te.data["theory"].items()} == theirs
    assert (te.data["theory"] == np.minimum(lf["DEV"], lf["STB"]).loc[te.data.index]).all()
    assert (te.data["T*S"] == np.minimum(te.data["theory"], te.data["solution"])).all()
    assert any(n.startswith("STB read from the data: not a condition of the solution") for n in te.notes)
    with pytest.raises(QCAInputError) as err:
        theory_evaluation("DEV*STB", sol, data=lf.drop(index="UK"))
    assert str(err.value) == ("data must hold the cases of the solution's data, matched by name (its index, or "
                              "case_column), to read 'STB' of theory 'DEV*STB': got data without the solution's "
                              "case(s) 'UK'")
    proc = subprocess.run([sys.executable, "-m", "analysis.qca", "theory", str(ROOT / "data/reference/datasets/LF.csv"),
                           "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND", "--incl-cut", "0.8", "--theory",
                           "DEV*STB", "--json"], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert any("STB read from the data" in n for n in got["notes"]), got.keys()
    assert "data=" in README and "its data file" in README and "read from `data=`" in R_TO_ENGINE
    assert "naming the set and the cases that differ" in README and "whose outcome, and a condition" in R_TO_ENGINE


def test_theory_data_whose_outcome_is_not_the_solutions_is_refused_and_a_typo_is_offered_the_data_columns():
    """SetMethods' theory.data reads a theory's sets from empirics$tt$initial.data, the data set the outcome and the
    solution come from (helper_theory_eval.R, read through the search tool, not run in R): one data set. data=
    with SURV changed in FR and UK was read, the theory's STB from one data set, the outcome from another, and the
    fit printed as if nothing were wrong; it is refused, naming the cases and both values. The same data with a
    negated outcome (y = 1 - SURV on both sides) is no mismatch. A typo's 'did you mean' was drawn from the
    conditions only ('STBB' got none) and its list called STB a condition: it is drawn from the data's columns too,
    listed apart."""
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND", incl_cut=0.8), include="?")
        neg = minimize(truth_table(lf, "~SURV", "DEV, URB, LIT, IND", incl_cut=0.8), include="?")
        other = lf.copy()
        other.loc[["UK", "FR"], "SURV"] = [0.1, 0.9]   # LF: 0.95 in both
        assert lf.loc[["UK", "FR"], "SURV"].tolist() == [0.95, 0.95]
        with pytest.raises(QCAInputError) as err:
            theory_evaluation("DEV*STB", sol, data=other)
        assert str(err.value) == (
            "data's outcome 'SURV' differs from the solution's in case(s) 'FR' (0.9 in data, 0.95 in the solution's), "
            "'UK' (0.1 in data, 0.95 in the solution's): data must be the data the solution was found on, to read "
            "'STB' of theory 'DEV*STB' (SetMethods' theory.evaluation reads a theory's sets and the outcome from one "
            "data set, the truth table's initial.data)"), err.value
        many = lf.assign(SURV=1 - lf["SURV"])   # every case differs but 0.5: the first five named, the rest counted
        with pytest.raises(QCAInputError, match=r"\) and \d+ more: data must be") as err:
            theory_evaluation("DEV*STB", sol, data=many)
        with pytest.raises(QCAInputError) as err:   # no outcome: nothing shows the data is the solution's
            theory_evaluation("DEV*STB", sol, data=lf.drop(columns="SURV"))
        assert str(err.value) == (
            "data lacks the solution's outcome 'SURV' (columns: 'DEV', 'URB', 'LIT', 'IND', 'STB'): data must be the "
            "data the solution was found on, its outcome included, to read 'STB' of theory 'DEV*STB'"), err.value
        te = theory_evaluation("DEV*STB", neg, data=lf)   # ~SURV: the same data, the same outcome
        assert (te.data["outcome"] == 1 - lf["SURV"].loc[te.data.index]).all()
        with pytest.raises(QCAInputError) as typo:
            theory_evaluation("DEV*STBB", sol, data=lf)
    assert str(typo.value) == ("theory 'DEV*STBB': unknown condition 'STBB' in term 'DEV*STBB'; did you mean 'STB'? "
                               "(conditions: 'DEV', 'URB', 'LIT', 'IND'; or a column of the data, read from it: "
                               "'STB')"), typo.value


def test_theory_data_whose_condition_is_not_the_solutions_is_refused_whether_or_not_the_theory_reads_from_it():
    """theory.data reads the theory's sets, the conditions and the outcome from one data set, the truth table's
    initial.data (helper_theory_eval.R, read through the search tool). data= was checked on its outcome alone: DEV
    recoded crisp (a solution of fuzzy DEV), or URB changed in BE, gave a fit that mixed two data sets, and data
    given for a theory of the conditions alone was not looked at. Both are refused, naming the condition and the first
    cases with both values (data given is data the user takes the evaluation to rest on, whether or not the theory
    reads a set from it); the solution's own data, shuffled or cut to the outcome and the theory's sets, is read."""
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND", incl_cut=0.8), include="?")
        crisp = lf.assign(DEV=(lf["DEV"] > 0.5).astype(int))
        first = [c for c in sol.truth_table.data.cases if (lf.loc[c, "DEV"] > 0.5) != lf.loc[c, "DEV"]][:2]
        assert first == ["AU", "BE"] and lf.loc[first, "DEV"].tolist() == [0.81, 0.99]
        for theory, purpose in (("DEV*STB", "to read 'STB' of theory 'DEV*STB'"),
                                ("DEV*URB", "whether or not theory 'DEV*URB' reads a set from it")):
            with pytest.raises(QCAInputError) as err:
                theory_evaluation(theory, sol, data=crisp)
            assert str(err.value).startswith(
                "data's condition 'DEV' differs from the solution's in case(s) 'AU' (1 in data, 0.81 in the "
                "solution's), 'BE' (1 in data, 0.99 in the solution's), "), err.value
            assert str(err.value).endswith(
                f"more: data must be the data the solution was found on, {purpose} (SetMethods' theory.evaluation "
                "reads a theory's sets, the conditions and the outcome from one data set, the truth table's "
                "initial.data)"), err.value
        one = lf.assign(URB=lf["URB"].where(lf.index != "BE", 0.3))
        with pytest.raises(QCAInputError) as err:
            theory_evaluation("DEV*URB", sol, data=one)
        assert str(err.value).startswith("data's condition 'URB' differs from the solution's in case(s) 'BE' (0.3 in "
                                         "data, 0.89 in the solution's): data must be"), err.value
        with pytest.raises(QCAInputError, match=r"condition 'DEV' .*\(condition\(s\) 'URB' differ too\)"):
            theory_evaluation("DEV*STB", sol, data=crisp.assign(URB=one["URB"]))
        with pytest.raises(QCAInputError, match="^data's outcome 'SURV' differs .* whether or not theory 'DEV'"):
            theory_evaluation("DEV", sol, data=lf.assign(SURV=1 - lf["SURV"]))
        # the solution's data: read, shuffled, or only the outcome and the theory's set
        same = theory_evaluation("DEV*URB", sol, data=lf.iloc[::-1])
        assert (same.fit == theory_evaluation("DEV*URB", sol).fit).all().all()
        part = theory_evaluation("DEV*STB", sol, data=lf[["SURV", "STB"]])
        assert (part.data["theory"] == np.minimum(lf["DEV"], lf["STB"]).loc[part.data.index]).all()
        theory_evaluation("DEV", sol, data=lf[["SURV"]])
    assert "or a condition of the solution it holds" in README and "and a condition it holds, must be" in R_TO_ENGINE


# A + B necessary for Y; case by case: A, B, Y
DISJ = pd.DataFrame({"A": [0.9, 0.8, 0.2, 0.7, 0.9, 0.1], "B": [0.2, 0.9, 0.8, 0.5, 0.1, 0.3],
                     "Y": [0.8, 0.7, 0.6, 0.6, 0.3, 0.1]}, index=["p", "q", "r", "s", "t", "u"])


def test_necessity_cases_of_a_sum_is_one_table_whose_unique_coverage_counts_components_above_half():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = necessity_cases(DISJ, "Y", "A + B", "typical", skew_bounds=None).set_index("case")
        only_a = necessity_cases(DISJ, "Y", "A", "typical", skew_bounds=None).set_index("case")
    # typical for A + B: max(A, B) > 0.5, Y > 0.5, max(A, B) >= Y: p (0.9), q (0.9), r (0.8), s (0.7)
    assert sorted(whole.index) == ["p", "q", "r", "s"]
    assert whole["nec_cond"].to_dict() == {"p": 0.9, "q": 0.9, "r": 0.8, "s": 0.7}
    # unique_coverage: above 0.5 in at most one component; q is in both (0.8, 0.9); s's B is exactly 0.5
    assert whole["unique_coverage"].to_dict() == {"p": True, "q": False, "r": True, "s": True}
    # SetMethods' table of component A: the cases typical for A alone (p, q, s), as necessity_cases(..., "A") gives
    assert sorted(only_a.index) == ["p", "q", "s"]
    assert set(only_a.index) <= set(whole.index)
    # its UniqCov (every other component below 0.5): p True, q False (B 0.9), s False (B exactly 0.5, not below);
    # the sum's unique_coverage gives p, q alike and s True: the one place the two readings part
    setmethods_uniqcov = {c: bool(DISJ.loc[c, "B"] < 0.5) for c in only_a.index}
    assert setmethods_uniqcov == {"p": True, "q": False, "s": False}
    assert {c: whole.loc[c, "unique_coverage"] for c in ["p", "q"]} == {"p": True, "q": False}
    assert "helper_nec_smmr.R" in README


def test_deviant_consistency_cases_of_a_sum_carry_no_unique_coverage_column():
    """The table of deviant consistency cases ranked together had a unique_coverage column True for every case: a
    case below 0.5 in a sum is below 0.5 in each of its components, so the column said nothing (SetMethods' GlobUncov
    is a column of its per-component tables, which the engine does not build). It is left out, as it is of the
    deviant relevance table."""
    d = DISJ.assign(A=[0.9, 0.8, 0.2, 0.3, 0.9, 0.1], B=[0.2, 0.9, 0.8, 0.1, 0.1, 0.3])   # s: A + B = 0.3, Y 0.6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = necessity_cases(d, "Y", "A + B", "deviant consistency", skew_bounds=None)
        relevance = necessity_cases(d, "Y", "A + B", "deviant relevance", skew_bounds=None)
    assert list(out["case"]) == ["s"]
    assert "unique_coverage" not in out.columns and "unique_coverage" not in relevance.columns
    assert list(out.columns) == ["case", "nec_cond", "outcome", "best", "most_deviant"]


# A*B necessary for Y; case by case: A, B, Y (p, q, r typical for the product; s, t, u not)
CONJ = pd.DataFrame({"A": [0.9, 0.6, 0.7, 0.8, 0.2, 0.9], "B": [0.7, 0.8, 0.7, 0.3, 0.1, 0.9],
                     "Y": [0.6, 0.6, 0.7, 0.9, 0.1, 0.2]}, index=list("pqrstu"))


def _setmethods_conjunct_columns(own: float, others: list[float], y: float) -> tuple[int, bool, bool]:
    """Rank, CleanCorr and UniqCov of one conjunct of a necessary product for one case, as cases.nec.typ computes
    them (helper_nec_smmr.R, read through the search tool): Rank 1 where every other conjunct lies below this one, 2
    otherwise; CleanCorr, at Rank 1, every other conjunct either above this one with this one >= Y, or below it and
    below Y, and True at Rank 2; UniqCov, every other conjunct below 0.5."""
    rank = 1 if all(o < own for o in others) else 2
    clean = True if rank == 2 else all((o > own and own >= y) or (o < own and o < y) for o in others)
    return rank, clean, all(o < 0.5 for o in others)


def test_a_necessary_product_gets_its_own_table_without_setmethods_per_conjunct_rank_and_cleancorr():
    """SetMethods' per-conjunct tables of a necessary product A*B list the product's typical cases with the
    conjunct's membership and Best, Rank, CleanCorr and UniqCov. On a typical case of the product every conjunct is
    at or above Y and above 0.5, so CleanCorr is False at every Rank 1 and True at every Rank 2, and UniqCov False
    throughout: Rank is the one column beyond the conjunct's membership, and its Rank 1 (the conjunct above every
    other, so not the one setting the product's membership) reverses the sufficiency rule the engine follows for
    focal conjuncts (Rank 1 below the others). The engine gives the product's table; a conjunct's memberships and Best
    of those cases are necessity_cases(data, Y, 'A') on them (README: "carry one distinction")."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        whole = necessity_cases(CONJ, "Y", "A*B", "typical", skew_bounds=None).set_index("case")
        only_a = necessity_cases(CONJ, "Y", "A", "typical", skew_bounds=None).set_index("case")
    # typical for A*B: min(A, B) > 0.5, Y > 0.5, min >= Y: p (0.7), q (0.6), r (0.7); s's B is 0.3
    assert sorted(whole.index) == ["p", "q", "r"]
    assert whole["nec_cond"].to_dict() == {"p": 0.7, "q": 0.6, "r": 0.7}
    assert not {"rank", "clean_correspondence"} & set(whole.columns)
    # the conjunct A's table (SetMethods' filter: the product's typical cases; its x and Best: A's)
    assert set(whole.index) <= set(only_a.index)
    assert only_a.loc[["p", "q", "r"], "nec_cond"].to_dict() == {"p": 0.9, "q": 0.6, "r": 0.7}
    assert only_a.loc["p", "best"] == pytest.approx(2 * abs(0.9 - 0.6) + (1 - 0.9))   # cases.nec.typ's Best
    # by hand: A's table, p Rank 1 (B 0.7 < A 0.9) with CleanCorr False, q and r Rank 2 (B 0.8 > 0.6; a tie);
    # B's table, q Rank 1 (A 0.6 < B 0.8), p and r Rank 2
    got = {(c, i): _setmethods_conjunct_columns(CONJ.loc[c, i], [CONJ.loc[c, "B" if i == "A" else "A"]],
                                                CONJ.loc[c, "Y"]) for c in whole.index for i in ("A", "B")}
    assert got == {("p", "A"): (1, False, False), ("p", "B"): (2, True, False), ("q", "A"): (2, True, False),
                   ("q", "B"): (1, False, False), ("r", "A"): (2, True, False), ("r", "B"): (2, True, False)}
    # and on every typical case of a product, whatever the memberships: CleanCorr is Rank == 2, UniqCov False
    grid = [v / 10 for v in range(11)]
    for a in grid:
        for b in grid:
            for c in grid:
                for y in grid:
                    if min(a, b, c) > 0.5 and y > 0.5 and min(a, b, c) >= y:
                        for own, others in ((a, [b, c]), (b, [a, c]), (c, [a, b])):
                            rank, clean, uniq = _setmethods_conjunct_columns(own, others, y)
                            assert clean == (rank == 2) and not uniq, (a, b, c, y)
    assert "carry one distinction" in README and "CleanCorr" in R_TO_ENGINE


def test_a_disjunct_of_a_necessary_sum_gets_its_own_table_as_setmethods_gives_one():
    """SetMethods' smmr(necessity = TRUE, nec.cond = 'A + B') gives a table per disjunct besides the sum's (UniqCov in
    its typical cases, GlobUncov in its deviant consistency cases); the engine gave the sum's only. component='A'
    now gives A's: cases chosen and ranked on A, with every other disjunct below 0.5 marked and listed first.
    By hand on DISJ plus v (A 0.4, B 0.2, Y 0.6: below 0.5 in both, a deviant consistency case of the sum)."""
    d = pd.concat([DISJ, pd.DataFrame({"A": [0.4], "B": [0.2], "Y": [0.6]}, index=["v"])])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        typ_a = necessity_cases(d, "Y", "A + B", "typical", skew_bounds=None, component="A")
        typ_b = necessity_cases(d, "Y", "A + B", "typical", skew_bounds=None, component="B")
        dcn_a = necessity_cases(d, "Y", "A + B", "deviant consistency", skew_bounds=None, component="A")
        row_a = necessity_cases(d, "Y", "A + B", "deviant consistency", skew_bounds=None, component="A",
                                conditions="A, B")
        drel_a = necessity_cases(d, "Y", "A + B", "deviant relevance", skew_bounds=None, component="A")
        whole = necessity_cases(d, "Y", "A + B", "typical", skew_bounds=None)
    # A's typical cases: A > 0.5, Y > 0.5, A >= Y: p (0.9, 0.8), q (0.8, 0.7), s (0.7, 0.6); Best (1 - Y) + |A - Y|
    # p 0.3, q 0.4, s 0.5; UniqCov (B < 0.5): p (0.2) only, q's B 0.9 and s's B exactly 0.5 are not below 0.5
    assert typ_a[["case", "nec_cond", "unique_coverage"]].values.tolist() == [
        ["p", 0.9, True], ["q", 0.8, False], ["s", 0.7, False]]
    assert typ_a["best"].round(3).tolist() == [0.3, 0.4, 0.5] and typ_a["most_typical"].tolist() == [True, False, False]
    # B's: q (0.9, 0.7: Best 0.5), r (0.8, 0.6: 0.6); r uniquely covered (A 0.2), so first, though q's Best is lower
    assert typ_b[["case", "unique_coverage"]].values.tolist() == [["r", True], ["q", False]]
    assert typ_b["best"].round(3).tolist() == [0.6, 0.5] and typ_b["most_typical"].tolist() == [False, True]
    # A's deviant consistency cases: A < 0.5 < Y: r (0.2, 0.6: Best 1 - (Y - A) 0.6, B 0.8), v (0.4, 0.6: 0.8, B 0.2
    # below 0.5: globally uncovered, listed first)
    assert dcn_a[["case", "nec_cond", "globally_uncovered"]].values.tolist() == [["v", 0.4, True], ["r", 0.2, False]]
    assert dcn_a["best"].round(3).tolist() == [0.8, 0.6] and dcn_a["most_deviant"].tolist() == [False, True]
    # per truth table row of A, B: v in ~A*~B (TT_row min(0.6, 0.8)), r in ~A*B (min(0.8, 0.8))
    assert row_a[["case", "TT_A", "TT_B", "TT_row", "globally_uncovered"]].values.tolist() == [
        ["v", 0, 0, 0.6, True], ["r", 0, 1, 0.8, False]]
    assert list(drel_a["case"]) == ["t"]   # A > 0.5 > Y: t (0.9, 0.3)
    # the sum's table is as it was
    assert list(whole.columns) == ["case", "nec_cond", "outcome", "unique_coverage", "best", "most_typical"]
    assert "component=" in README and "component=" in R_TO_ENGINE


def _disj_file(tmp_path) -> str:
    """DISJ plus v (A 0.4, B 0.2, Y 0.6) as a data file for the command line, case names in 'case'."""
    d = pd.concat([DISJ, pd.DataFrame({"A": [0.4], "B": [0.2], "Y": [0.6]}, index=["v"])])
    path = tmp_path / "disj.csv"
    d.rename_axis("case").reset_index().to_csv(path, index=False, encoding="utf-8")
    return str(path)


def test_cases_component_gives_a_disjuncts_table_on_the_command_line(capsys, tmp_path):
    """necessity_cases(component=) had no flag: `cases --nec-cond 'A + B'` gave the sum's table only. --component A
    gives A's, as the API does (by hand above: typical p, q, s with p alone uniquely covered; deviant consistency
    v before r, v globally uncovered), in the text (which names the disjunct), the JSON and the CSV."""
    from _cli import run

    data = _disj_file(tmp_path)
    base = ["cases", data, "--outcome", "Y", "--nec-cond", "A + B", "--skew-bounds", "none"]
    code, out, err = run(capsys, *base, "--component", "A", "--json")
    assert code == 0, err
    got = json.loads(out)
    assert got["nec_cond"] == "A + B" and got["component"] == "A" and got["type"] == "typical"
    assert [(c["case"], c["nec_cond"], c["unique_coverage"]) for c in got["cases"]] == [
        ("p", 0.9, True), ("q", 0.8, False), ("s", 0.7, False)]
    code, out, err = run(capsys, *base, "--component", "B", "--type", "deviant-consistency", "--csv")
    assert code == 0, err
    # B's deviant consistency cases: B < 0.5 < Y: p (B 0.2, Y 0.8: Best 0.4, A 0.9), v (0.2, 0.6: 0.6, A 0.4 below
    # 0.5: globally uncovered, first)
    table = pd.read_csv(io.StringIO(out))
    assert table[["case", "nec_cond", "globally_uncovered"]].values.tolist() == [["v", 0.2, True], ["p", 0.2, False]]
    code, out, err = run(capsys, *base, "--component", "A", "--type", "deviant-consistency", "--conditions", "A,B")
    assert code == 0, err
    assert [line.split()[0] for line in out.splitlines()[1:3]] == ["v", "r"]
    assert "--component A: the table of a disjunct of 'A + B'; nec_cond is A's membership" in out
    code, out, err = run(capsys, *base, "--json")   # the sum's table is as it was, and says no component
    assert code == 0 and "component" not in json.loads(out)


@pytest.mark.parametrize("extra, said", [
    (["--nec-cond", "A", "--component", "A"], "error: --component applies to a necessary sum such as 'A + B' (a table "
     "per disjunct), got --nec-cond 'A', one set: leave --component out\n"),
    (["--nec-cond", "A + B", "--component", "C"], "error: --component 'C' is not a disjunct of --nec-cond 'A + B': "
     "give one of 'A', 'B'\n"),
    (["--component", "A"], "error: --component 'A' gives the table of one disjunct of a necessary sum: give the sum "
     "with --nec-cond, e.g. --nec-cond 'LIT + STB' --component LIT\n"),
    (["--nec-cond", "A + B", "--component", " "], "error: --component must be one disjunct of --nec-cond as text "
     "(e.g. 'A' of 'A + B'), got ' '\n"),
])
def test_cases_component_is_refused_in_one_line_naming_the_flags(capsys, tmp_path, extra, said):
    from _cli import run

    code, out, err = run(capsys, "cases", _disj_file(tmp_path), "--outcome", "Y", "--skew-bounds", "none", *extra)
    assert (code, out, err) == (2, "", said)


def test_an_empty_component_is_refused_before_the_data_is_read(capsys, tmp_path):
    """--component '' was refused by necessity_cases, after the data was read: a missing file was named first, and a
    large file read for nothing. It is refused with the other flags now, as --component without --nec-cond is."""
    from _cli import run

    missing = str(tmp_path / "not-there.csv")
    code, out, err = run(capsys, "cases", missing, "--outcome", "Y", "--nec-cond", "A + B", "--component", "")
    assert (code, out) == (2, "")
    assert err == "error: --component must be one disjunct of --nec-cond as text (e.g. 'A' of 'A + B'), got ''\n"
    code, out, err = run(capsys, "cases", missing, "--outcome", "Y", "--nec-cond", "A + B", "--component", "A")
    assert code == 2 and "not-there.csv" in err   # a component given: the file is read (and missing)


def _pairs(d, pairs, component, **kw):
    from analysis.qca import necessity_pairs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return necessity_pairs(d, "Y", "A + B", pairs, skew_bounds=None, component=component, **kw)


def test_a_disjunct_of_a_necessary_sum_gets_its_own_pairs_as_setmethods_gives_them():
    """necessity_pairs had no component= (and `cases --pairs --component` was refused), while SetMethods'
    matches.nec.typdrel / typdcn / typtyp / typiir give a table per disjunct of a sum besides the sum's (read from
    helper_nec_smmr.R, not run in R): both cases chosen and ranked on the disjunct's membership, pairs with a
    uniquely covered typical case (every other disjunct below 0.5, UniqCov) first, then a globally uncovered second
    case (GlobUncov), then Best. By hand on DISJ plus v (A 0.4, B 0.2, Y 0.6)."""
    d = pd.concat([DISJ, pd.DataFrame({"A": [0.4], "B": [0.2], "Y": [0.6]}, index=["v"])])
    # B's typical cases q (B 0.9, Y 0.7), r (0.8, 0.6; A 0.2: uniquely covered); B's irrelevant case (B < 0.5,
    # Y < 0.5, B >= Y): u (0.3, 0.1; A 0.1: globally uncovered); t's B 0.1 is below its Y 0.3.
    # Best (1 - (X1 - X2)) + (1 - (Y1 - Y2)) + 2|X1 - Y1| + |X2 - Y2|: (q, u) 0.4 + 0.4 + 0.4 + 0.2 = 1.4,
    # (r, u) 0.5 + 0.5 + 0.4 + 0.2 = 1.6: r's pair first, uniquely covered, though q's Best is lower
    irr_b = _pairs(d, "typical-irrelevant", "B")
    assert irr_b[["typical", "irrelevant", "unique_coverage", "globally_uncovered"]].values.tolist() == [
        ["r", "u", True, True], ["q", "u", False, True]]
    assert irr_b["best"].tolist() == [1.6, 1.4] and irr_b["most_typical"].tolist() == [False, True]
    # the sum's pairs hold p and s too (typical for A + B), ranked by Best alone (next test)
    assert sorted(_pairs(d, "typical-irrelevant", None)["typical"]) == ["p", "q", "r", "s"]
    # A's typical cases p (0.9, 0.8), q (0.8, 0.7), s (0.7, 0.6); its deviant relevance case t (0.9, 0.3)
    # Best (1 - X1) + (1 - X2) + |1 - (Y1 - Y2)| + |X1 - X2|: p 0.1 + 0.1 + 0.5 + 0 = 0.7, q 0.2 + 0.1 + 0.6 + 0.1
    # = 1.0, s 0.3 + 0.1 + 0.7 + 0.2 = 1.3; r (typical for the sum, A 0.2) is in no pair of A
    rel_a = _pairs(d, "typical-deviant relevance", "A")
    assert rel_a[["typical", "deviant_relevance", "unique_coverage"]].values.tolist() == [
        ["p", "t", True], ["q", "t", False], ["s", "t", False]]
    assert rel_a["best"].tolist() == [0.7, 1.0, 1.3]
    assert _pairs(d, "typical-deviant relevance", "B").empty   # no case in B but not in Y
    # A's typical-typical: typicality 2|X - Y| + (1 - X): p 0.3, q 0.4, s 0.5, the first at least as typical;
    # Best (0.5 - (X1 - X2)) + (0.5 - (Y1 - Y2)) + 2(X1 - Y1) + 2(X2 - Y2): (p, q) 1.2, (p, s) 1.0, (q, s) 1.2
    typ_a = _pairs(d, "typical-typical", "A")
    assert typ_a[["typical_1", "typical_2", "unique_coverage"]].values.tolist() == [
        ["p", "s", "typical_1"], ["p", "q", "typical_1"], ["q", "s", "none"]]
    assert typ_a["best"].tolist() == [1.0, 1.2, 1.2]
    # typical-deviant consistency of A: rows of the other conditions (B; the sum's pairs have none left of A, B).
    # Plus w (A 0.95, B exactly 0.5, Y 0.6): typical for A, not uniquely covered, row ~B with p, s and v.
    # A's deviant consistency cases (A < 0.5 < Y): v (0.4, 0.6; B 0.2: globally uncovered), r (0.2, 0.6; B 0.8).
    # Best (1 - (X1 - X2)) + |Y1 - Y2|: (p, v) 0.5 + 0.2 = 0.7, (w, v) 0.45 + 0 = 0.45, (s, v) 0.7 + 0 = 0.7,
    # (q, r) 0.4 + 0.1 = 0.5; in row ~B, p first (uniquely covered), then w by its Best, then s
    dw = pd.concat([d, pd.DataFrame({"A": [0.95], "B": [0.5], "Y": [0.6]}, index=["w"])])
    dcn_a = _pairs(dw, "typical-deviant consistency", "A", conditions="A, B")
    assert dcn_a[["typical", "deviant_consistency", "TT_B", "unique_coverage", "globally_uncovered"]].values.tolist() \
        == [["p", "v", 0, True, True], ["w", "v", 0, False, True], ["s", "v", 0, False, True],
            ["q", "r", 1, False, False]]
    assert dcn_a["best"].tolist() == [0.7, 0.45, 0.7, 0.5]
    with pytest.raises(QCAInputError, match="besides 'A \\+ B'"):
        _pairs(dw, "typical-deviant consistency", None, conditions="A, B")
    assert "component=" in README and "necessity_pairs(data, Y, \"A + B\", pairs, component=\"A\")" in README


def test_the_sums_pairs_are_ranked_by_best_as_setmethods_ranks_its_table_of_the_sum():
    """necessity_pairs of a sum put the pairs whose typical case lies above 0.5 in one disjunct only first, then
    Best; SetMethods' table of the sum (matches.nec.typdrel: no UniqCov column, ordered by Best, MostTyp, MostDREL;
    typiir and typtyp: UniqCov and GlobUncov of the sum compare it with no other disjunct, TRUE throughout, read
    from helper_nec_smmr.R, not run in R) ranks them by Best. Ours now does too, and keeps unique_coverage as a
    column. By hand on DISJ plus v: typical for A + B p (0.9, Y 0.8), q (0.9, 0.7; in both), r (0.8, 0.6),
    s (0.7, 0.6); deviant relevance t (0.9, 0.3). Best (1 - X1) + (1 - X2) + |1 - (Y1 - Y2)| + |X1 - X2|: p 0.7,
    q 0.1 + 0.1 + 0.6 = 0.8, r 0.2 + 0.1 + 0.7 + 0.1 = 1.1, s 0.3 + 0.1 + 0.7 + 0.2 = 1.3: q second (it was
    last)."""
    d = pd.concat([DISJ, pd.DataFrame({"A": [0.4], "B": [0.2], "Y": [0.6]}, index=["v"])])
    rel = _pairs(d, "typical-deviant relevance", None)
    assert rel[["typical", "unique_coverage", "best"]].values.tolist() == [
        ["p", True, 0.7], ["q", False, 0.8], ["r", True, 1.1], ["s", True, 1.3]]
    # typical-irrelevant with u (0.3, 0.1): Best (1 - (X1 - X2)) + (1 - (Y1 - Y2)) + 2|X1 - Y1| + |X2 - Y2|:
    # p 0.4 + 0.3 + 0.2 + 0.2 = 1.1, q 0.4 + 0.4 + 0.4 + 0.2 = 1.4, s 0.6 + 0.5 + 0.2 + 0.2 = 1.5, r 0.5 + 0.5 + 0.4
    # + 0.2 = 1.6
    irr = _pairs(d, "typical-irrelevant", None)
    assert irr[["typical", "best"]].values.tolist() == [["p", 1.1], ["q", 1.4], ["s", 1.5], ["r", 1.6]]
    typ = _pairs(d, "typical-typical", None)
    assert typ["best"].tolist() == sorted(typ["best"].tolist())
    assert "ours ranks the sum's pairs by" in README


def test_setmethods_typdcn_reads_unique_coverage_against_the_disjunct_not_against_half():
    """In a disjunct's typical-deviant consistency pairs, SetMethods' matches.nec.typdcn marks UniqCov and GlobUncov
    where every other disjunct lies below the disjunct's own membership, where its other pair tables (and
    cases.nec.typ, cases.nec.dcn) ask for below 0.5 (read from helper_nec_smmr.R, not run in R). Ours reads 0.5 in
    every table, so one disjunct's pairs mark the same cases whatever the kind: w (A 0.95, B exactly 0.5) and s
    (A 0.7, B 0.5) are uniquely covered for SetMethods' typdcn (0.5 < A), not for ours; on the deviant consistency
    side (A < 0.5), below A implies below 0.5, and v (B 0.2 < A 0.4) is globally uncovered in both."""
    d = pd.concat([DISJ, pd.DataFrame({"A": [0.4, 0.95], "B": [0.2, 0.5], "Y": [0.6, 0.6]}, index=["v", "w"])])
    typdcn_uniqcov = {c: bool(d.loc[c, "B"] < d.loc[c, "A"]) for c in ("p", "q", "s", "w")}
    assert typdcn_uniqcov == {"p": True, "q": False, "s": True, "w": True}
    ours = _pairs(d, "typical-deviant consistency", "A", conditions="A, B").set_index("typical")["unique_coverage"]
    assert ours.to_dict() == {"p": True, "w": False, "s": False, "q": False}
    assert ours.to_dict() == {c: bool(d.loc[c, "B"] < 0.5) for c in ours.index}
    assert "against the disjunct's own membership" in README


def test_cases_pairs_component_on_the_command_line(capsys, tmp_path):
    """`cases --pairs ... --component B` was refused ('applies to --type'); it gives B's pairs now, as the API (by
    hand above: r's pair before q's), in the text (naming the disjunct), the JSON and the CSV."""
    from _cli import run

    base = ["cases", _disj_file(tmp_path), "--outcome", "Y", "--nec-cond", "A + B", "--skew-bounds", "none",
            "--pairs", "typical-irrelevant", "--component", "B"]
    code, out, err = run(capsys, *base, "--json")
    assert code == 0, err
    got = json.loads(out)
    assert got["component"] == "B" and got["pairs"] == "typical-irrelevant"
    assert [(p["typical"], p["irrelevant"], p["unique_coverage"]) for p in got["cases"]] == [
        ("r", "u", True), ("q", "u", False)]
    code, out, err = run(capsys, *base, "--csv")
    assert code == 0 and pd.read_csv(io.StringIO(out))["typical"].tolist() == ["r", "q"]
    code, out, err = run(capsys, *base)
    assert code == 0 and [line.split()[0] for line in out.splitlines()[1:3]] == ["r", "q"]
    said = out[out.index("\n--component B: "):].splitlines()[1:]   # wrapped within 80 columns (84 on one line)
    assert max(map(len, said)) <= 80 and " ".join(" ".join(said).split()) == (
        "--component B: the pairs of a disjunct of 'A + B', chosen and ranked on B's membership"), out


def test_cases_component_in_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analysis.qca", "cases", _disj_file(tmp_path), "--outcome", "Y",
                           "--nec-cond", "A + B", "--component", "B", "--skew-bounds", "none", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    # B's typical cases: q (B 0.9, Y 0.7: Best 0.5), r (0.8, 0.6: 0.6); r uniquely covered (A 0.2), so first
    assert [(c["case"], c["unique_coverage"]) for c in json.loads(proc.stdout)["cases"]] == [("r", True), ("q", False)]
    help_text = subprocess.run([sys.executable, "-m", "analysis.qca", "cases", "--help"], capture_output=True,
                               text=True, cwd=ROOT, timeout=120, encoding="utf-8").stdout
    assert "--component" in help_text



def _setmethods_ncut(start: int, step: int, max_runs: int, n_rows: int, same_at) -> tuple:
    """rob.ncutrange's two loops as read from rob.ncutrange.R (not run in R; whole numbers, no floating-point sums):
    lower: tl = tl - step; if tl < 1, stop; run; if the distance start - tl >= max.runs * step, NA (checked after the
    run, as rob.inclrange's); again while the solution is the same; tl + step. Upper: tu = tu + step; then its stop
    test compares the LOWER end with the number of rows (n.cut.tl == nrow(data)), which is NA where the lower end is
    NA, and R's `if (NA)` is an error ('missing value where TRUE/FALSE needed'); run (an error of minimize, no row
    with that many cases, stops it); NA at max.runs as below; tu - step. (lower, upper) with None for NA, or
    (lower, 'error') where the upper loop stops on the NA."""
    tl = start
    while True:
        tl -= step
        if tl < 1:
            break
        same = same_at(tl)
        if start - tl >= max_runs * step:
            tl = None
            break
        if not same:
            break
    tu = start
    while True:
        tu += step
        if tl is None:   # n.cut.tl == nrow(data) with n.cut.tl NA
            return None, "error"
        same = same_at(tu)
        if same is None:   # minimize's error (no row reaches n.cut): try-error, break
            break
        if tu - start >= max_runs * step:
            tu = None
            break
        if not same:
            break
    return (None if tl is None else tl + step), (None if tu is None else tu - step)


def _same_ncut(data, outcome, conds, start, **cuts):
    def first(n):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return minimize(truth_table(data, outcome, conds, n_cut=n, **cuts), include="?").models[0].expression
            except QCAInputError:   # no row with n cases, or none positive: SetMethods' try-error
                return None
    at_start = first(start)
    return lambda n: None if first(n) is None else first(n) == at_start


def test_n_cut_range_matches_rob_ncutrange_on_lf_but_a_change_at_the_last_run_and_an_na_lower_end_differ():
    """rob.ncutrange (read from rob.ncutrange.R, not run in R) checks max.runs after the run, as rob.inclrange does:
    on LF from n.cut 1 by 1 both give 1 to 1 with max.runs = 5 (LF_robustness_ranges.json, R's own output, which the
    loop read reproduces), but with max.runs = 1 the change at 2, found at the one run, is NA in its reading, where
    threshold_range reports 1 (solution changed). And its upper loop's stop test reads the lower end: where the
    lower end is NA (no change down to 1 within max.runs), R stops with an error, where threshold_range gives both
    bounds, the lower at n_cut's end, 1 (as with one run more: it was NaN while max_runs ran out exactly there, as
    though a lower n_cut could exist). By hand on TWELVE: 3 cases in each of A*B, A*~B, ~A*B, ~A*~B, Y = A: the
    solution A at n_cut 1 to 3, no row with 4 cases."""
    import json

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    ref = json.loads((ROOT / "data/reference/r-setmethods/LF_robustness_ranges.json").read_text(encoding="utf-8"))
    assert "max.runs = 5" in ref["calls"]["rob.ncutrange"]
    theirs = {r["id"]: r["NCUT"] for r in ref["results"]["rob.ncutrange"]["value"]}
    same_at = _same_ncut(lf, "SURV", LF_CONDS, 1, incl_cut=0.8)
    assert _setmethods_ncut(1, 1, 5, len(lf), same_at) == (theirs["Lower bound"], theirs["Upper bound"]) == (1, 1)
    assert _setmethods_ncut(1, 1, 1, len(lf), same_at) == (1, None)   # the change at 2, at the last run: NA
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for runs in (5, 1):
            row = threshold_range(lf, "SURV", LF_CONDS, "n_cut", 1, runs, incl_cut=0.8).iloc[0]
            assert (row["lower"], row["upper"], row["upper_reason"]) == (1, 1, "solution changed"), (runs, row)
    twelve = pd.DataFrame({"A": [1] * 6 + [0] * 6, "B": [1, 1, 1, 0, 0, 0] * 2, "Y": [1] * 6 + [0] * 6},
                          index=list("abcdefghijkl"))
    same_at = _same_ncut(twelve, "Y", ["A", "B"], 3)
    assert [same_at(n) for n in (1, 2, 3, 4)] == [True, True, True, None]
    assert _setmethods_ncut(3, 1, 3, 12, same_at) == (1, 3)   # 0 is below 1: its lower end, 1
    assert _setmethods_ncut(3, 1, 2, 12, same_at) == (None, "error")   # 2 and 1 run, the distance 2: NA, then R stops
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = threshold_range(twelve, "Y", ["A", "B"], "n_cut", 1, 2, n_cut=3).iloc[0]
        more = threshold_range(twelve, "Y", ["A", "B"], "n_cut", 1, 3, n_cut=3).iloc[0]
    assert (row["lower"], row["lower_reason"]) == (more["lower"], more["lower_reason"]) \
        == (1, "stopped: the end of n_cut's range (the next step, 0, is below 1)")
    assert row["upper"] == 3 and row["upper_reason"].startswith("stopped: n_cut = 4 exceeds the largest number")
    assert "n.cut.tl == nrow(data)" in README and "n.cut.tl == nrow(data)" in R_TO_ENGINE


def _setmethods_nec_names(nec_cond: str) -> tuple[list[str], list[str], list[str]]:
    """The names SetMethods' cases.nec.typ / .dcn / .drel make of nec.cond, as read from helper_nec_smmr.R (not run
    in R): the text split at '+' and each part then at '*' (the columns it reads from the data), the parts at '+'
    (the sum's, whose maximum it takes over those columns) and the whole text split at '*' (the product's)."""
    parts = nec_cond.split("+")
    columns = [c for p in parts for c in p.split("*")] if "*" in nec_cond else parts
    return columns, parts if "+" in nec_cond else [], nec_cond.split("*") if "*" in nec_cond else []


MIXED = pd.DataFrame({"A": [0.9, 0.8, 0.3, 0.7, 0.2, 0.6], "B": [0.8, 0.6, 0.9, 0.9, 0.1, 0.7],
                      "C": [0.2, 0.7, 0.8, 0.1, 0.3, 0.4], "Y": [0.7, 0.6, 0.7, 0.8, 0.6, 0.2]}, index=list("pqrstu"))


def test_a_mixed_necessary_expression_gives_a_table_per_disjunct_term_where_setmethods_splits_it_at_both_operators():
    """'A*B+C': SetMethods splits nec.cond at '+' and then at '*', so it reads the columns A, B, C and then takes the
    sum over 'A*B' and 'C', a name none of them has (R: 'undefined columns selected'); its product's parts, read
    from the whole text, are 'A' and 'B+C'. And a nec.cond written with spaces ('A + B') is split into 'A ' and ' B'.
    component= takes a disjunct as written between the '+' signs: 'A*B' (its term's table), not 'A'."""
    columns, summed, conjuncts = _setmethods_nec_names("A*B+C")
    assert columns == ["A", "B", "C"] and summed == ["A*B", "C"] and conjuncts == ["A", "B+C"]
    assert [s for s in summed if s not in columns] == ["A*B"]   # the sum's lookup names no column it built
    assert _setmethods_nec_names("A + B")[0] == ["A ", " B"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        term = necessity_cases(MIXED, "Y", "A*B + C", "typical", skew_bounds=None, component="A*B")
        same = necessity_cases(MIXED, "Y", "A*B + C", "typical", skew_bounds=None, component="B*A")
        dcn = necessity_cases(MIXED, "Y", "A*B + C", "deviant consistency", skew_bounds=None, component="A*B")
        with pytest.raises(QCAInputError) as err:
            necessity_cases(MIXED, "Y", "A*B + C", "typical", skew_bounds=None, component="A")
    # A*B's typical cases: min(A, B) > 0.5, Y > 0.5, min(A, B) >= Y: p (0.8, 0.7), q (0.6, 0.6); s (0.7 < 0.8) is
    # not; Best (1 - Y) + |X - Y|: both 0.4; unique coverage (C < 0.5): p (C 0.2) only, so p first
    assert term[["case", "nec_cond", "unique_coverage"]].values.tolist() == [["p", 0.8, True], ["q", 0.6, False]]
    assert term["best"].round(3).tolist() == [0.4, 0.4] and term.equals(same)
    # deviant consistency: min(A, B) < 0.5 < Y: r (0.3, 0.7: Best 0.6, C 0.8), t (0.1, 0.6: 0.5, C 0.3: globally
    # uncovered, first)
    assert dcn[["case", "nec_cond", "globally_uncovered"]].values.tolist() == [["t", 0.1, True], ["r", 0.3, False]]
    assert str(err.value) == "component 'A' is not a disjunct of nec_cond 'A*B + C': give one of 'A*B', 'C'"
    assert "undefined columns selected" in README and "undefined columns selected" in R_TO_ENGINE


def test_setmethods_necessity_case_numbers_map_to_the_three_types_and_its_all_types_call_is_pinned():
    """docs/r-to-engine.md gave R's smmr `cases` numbers for sufficiency only; with necessity = TRUE its 1-3 are the
    three types of necessity_cases, and its 4 (all three) passes nec.cond to cases.nec.drel as 'nnec.cond' (smmr.R,
    read, not run in R): R matches a named argument to a formal exactly or as a prefix of it, and 'nnec.cond' is
    neither for cases.nec.drel(nec.cond, results, outcome, sol, ...), so it goes to '...' and nec.cond is missing."""
    formals = ["nec.cond", "results", "outcome", "sol"]
    assert not [f for f in formals if f == "nnec.cond" or f.startswith("nnec.cond")]
    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    marks = {"typical": "most_typical", "deviant consistency": "most_deviant",
             "deviant relevance": "most_deviant_relevance"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for kind, mark in marks.items():   # R's 1, 2, 3, in this order
            assert necessity_cases(lf, "SURV", "LIT", kind).columns[-1] == mark, kind
    assert "1-3 are " + ", ".join(f'`"{kind}"`' for kind in marks) in R_TO_ENGINE
    assert "`nnec.cond`" in R_TO_ENGINE


def test_a_range_ends_where_a_second_model_appears_where_setmethods_compares_the_first_model_only():
    """rob.inclrange / rob.ncutrange / rob.calibrange compare the first model's terms (setequal on solution[[1]], or
    the intermediate C1P1's; read from their source, not run in R); threshold_range compares every model, so a step
    where a second model appears beside the same first one ends its range. By hand: A*B*C positive (2 cases), A*~B*C
    negative (1 case), A*B*~C unobserved, every other row negative (2 cases each): at n_cut 1 the solution is A*B; at
    2 A*~B*C is a remainder too, and A*C covers A*B*C as well (models A*B, A*C); at 3 no row keeps its cases."""
    rows = [((1, 1, 1), 1, 2), ((1, 0, 1), 0, 1), ((1, 0, 0), 0, 2), ((0, 1, 1), 0, 2), ((0, 1, 0), 0, 2),
            ((0, 0, 1), 0, 2), ((0, 0, 0), 0, 2)]
    d = pd.DataFrame([{"A": a, "B": b, "C": c, "Y": y} for (a, b, c), y, n in rows for _ in range(n)])
    d.index = [f"c{i}" for i in range(1, len(d) + 1)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        models = {n: [m.expression for m in minimize(truth_table(d, "Y", ["A", "B", "C"], n_cut=n),
                                                     include="?").models] for n in (1, 2)}
        row = threshold_range(d, "Y", ["A", "B", "C"], "n_cut", 1, 3).iloc[0]
    assert models == {1: ["A*B"], 2: ["A*B", "A*C"]}
    assert (row["upper"], row["upper_reason"]) == (1, "solution changed")
    # SetMethods' loop on the first model (A*B at 1 and 2; at 3 minimize's error ends it): 1 to 2
    assert _setmethods_ncut(1, 1, 3, len(d), _same_ncut(d, "Y", ["A", "B", "C"], 1)) == (1, 2)
    assert "solution[[1]]" in README and "solution[[1]]" in R_TO_ENGINE


def test_a_crisp_calibration_range_of_several_cut_points_moves_each_where_setmethods_moves_them_all_at_once():
    """rob.calibrange(type = "crisp") (read from rob.calibrange.R, not run in R) adds step to the vector of cut
    points, so LM's DEV (350, 550) moves both at once, and its max.runs test compares that vector with
    max.runs * step: a condition of length 2, which R's `if` refuses since 4.2.0. threshold_range moves t1 and t2
    in turn. For one cut point its `==` (not `>=`) rests on floating-point sums: from 0.5 by 0.1 no distance equals
    max.runs * step, so no NA ends its loop."""
    import numpy as np

    cuts, step, runs = np.array([350.0, 550.0]), 50.0, 3
    moved = cuts + step
    assert (moved - cuts == runs * step).shape == (2,) and list(moved) == [400.0, 600.0]
    tu, distances = 0.5, []
    for _ in range(3):
        tu += 0.1
        distances.append(tu - 0.5)
    assert distances == [0.09999999999999998, 0.19999999999999996, 0.29999999999999993]
    assert not [k for k, d in enumerate(distances, start=1) if d == k * 0.1]   # max.runs 1, 2 or 3: never NA
    lm = pd.read_csv(ROOT / "data/reference/datasets/LM.csv", index_col="case")
    lr = pd.read_csv(ROOT / "data/reference/datasets/LR.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = threshold_range(lm, "SURV", LF_CONDS, "calibration", 50, 3, raw=lr, calibrate_set="DEV",
                              thresholds=[350, 550], calibration_type="crisp")
    assert out["threshold"].tolist() == ["t1", "t2"] and out["value"].tolist() == [350, 550]
    assert "the condition has length > 1" in README and "moves each cut point in turn" in README


def test_a_range_whose_runs_end_exactly_at_its_parameters_end_gives_that_end_as_its_bound():
    """threshold_range gave NaN ('no change in range (tested up to 1)') when max_runs ran out exactly at the end of
    the parameter's range, as though a further value could change the solution; with one run more the same range
    said 1 ('stopped: the end of incl_cut's range'). The bound no longer depends on max_runs there. Y = A on 12 cases
    (every row's consistency 0 or 1): the solution A at every incl_cut from 0.05 to 1."""
    twelve = pd.DataFrame({"A": [1] * 6 + [0] * 6, "B": [1, 1, 1, 0, 0, 0] * 2, "Y": [1] * 6 + [0] * 6},
                          index=list("abcdefghijkl"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = [threshold_range(twelve, "Y", ["A", "B"], "incl_cut", 0.05, runs, incl_cut=0.9).iloc[0]
                for runs in (2, 3)]
        short = threshold_range(twelve, "Y", ["A", "B"], "incl_cut", 0.05, 1, incl_cut=0.9).iloc[0]
    for row in rows:
        assert (row["upper"], row["upper_reason"]) == \
            (1.0, "stopped: the end of incl_cut's range (the next step, 1.05, lies above 1)"), row
    assert math.isnan(short["upper"]) and short["upper_reason"] == "no change in range (tested up to 0.95)"


def _setmethods_calib_crossover(start, step, max_runs: int, low, high, same_at) -> tuple:
    """rob.calibrange's crossover loops (type = "fuzzy"; its crisp ones alike) as read from rob.calibrange.R, not run
    in R: the crossover moves by step; run (minimize's error ends the loop); NA where the distance from the start
    reaches max.runs * step; stop where the crossover has reached the raw values' maximum (upwards) or minimum
    (downwards); then again while the first model is the same. Each checked after the run, so the bound it gives,
    the last crossover minus (plus) step, is a step short of a last run with the same solution. (lower, upper),
    None for NA."""
    bounds = []
    for d, end in ((-1, low), (1, high)):
        c = start
        while True:
            c += d * step
            same = same_at(c)
            if same is None:   # minimize's error
                break
            if abs(c - start) >= max_runs * step:
                c = None
                break
            if (c >= end) if d > 0 else (c <= end):
                break
            if not same:
                break
        bounds.append(None if c is None else c - d * step)
    return tuple(bounds)


def test_a_calibration_range_ends_where_its_solution_ends_not_a_step_before_the_raw_values_end():
    """rob.calibrange stops its crossover at the raw values' maximum (minimum) after running it there, and reports
    the crossover a step before, even where the solution at the maximum is the same; threshold_range reports the
    last crossover tested with the same solution and steps past the data (every case then on one side of the
    crossover, a calibration still), to the neighbouring anchor or max_runs. By hand: raw A 10 to 60 by 10, Y = B,
    so the solution is B whatever A's crossover (A is in no row that matters); from c = 35 by 5, 10 runs."""
    from analysis.qca import calibrate

    raw = pd.DataFrame({"A": [10, 20, 30, 40, 50, 60]}, index=list("abcdef"))
    th = {"e": 0, "c": 35, "i": 100}
    d = pd.DataFrame({"A": calibrate(raw["A"], thresholds=th).to_numpy(), "B": [1, 0, 1, 0, 1, 0],
                      "Y": [1, 0, 1, 0, 1, 0]}, index=raw.index)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = threshold_range(d, "Y", ["A", "B"], "calibration", 5, 10, raw=raw, calibrate_set="A",
                              thresholds=th).set_index("threshold").loc["c"]
        # the solution at the raw values' ends, the crossover at 10 and at 60 (a case at exactly 0.5): B
        ends = {c: [m.expression for m in minimize(truth_table(
            d.assign(A=calibrate(raw["A"], thresholds={**th, "c": c}).to_numpy()), "Y", ["A", "B"]),
            include="?").models] for c in (10, 60)}
    assert ends == {10: ["B"], 60: ["B"]}
    # ours: down to 5 (at 0 the crossover meets e), up with no change to 85, the tenth step
    assert (row["lower"], row["lower_reason"][:40]) == (5, "stopped: anchors must be ordered e < c <")
    assert math.isnan(row["upper"]) and row["upper_reason"] == "no change in range (tested up to 85)"
    # its reading: the same solution throughout, stopped at 10 and 60 after running them: 15 to 55
    assert _setmethods_calib_crossover(35, 5, 10, 10, 60, lambda c: True) == (15, 55)
    # and, as rob.inclrange's, a change at the last run is NA: changes at 25 and 45 with max.runs = 2 (ours: 30, 40)
    assert _setmethods_calib_crossover(35, 5, 2, 10, 60, lambda c: 25 < c < 45) == (None, None)
    assert _setmethods_calib_crossover(35, 5, 3, 10, 60, lambda c: 25 < c < 45) == (30, 40)
    assert "range(raw.data[,test.cond.raw])" in README
    assert "stops its crossover at the raw values' maximum" in R_TO_ENGINE
