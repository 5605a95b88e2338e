"""The robustness protocol against SetMethods 4.0 (data/reference/r-setmethods/LF_robustness_*.json: every
result), where SetMethods is right; where it is not (min/max over the first and last test solution only,
ratios of 3-digit rounded fits, anchors out of order), the tests prove it with an independent computation."""
from __future__ import annotations

import functools
import math
import re
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAInputError, calibrate, expression_membership, minimize, truth_table
from analysis.qca.protocol import (case_robustness, robustness_fit, robustness_protocol, single_tests,
                                   threshold_range)
from setmethods_reference import check_solution, close, dataset, reference, result

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
TS = {"TS1": {"label": "TS1", "incl_cut": 0.7}, "TS2": {"label": "TS2", "n_cut": 2},
      "TS3": {"label": "TS3", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900", "round": 2}}}}
TESTSET = "LF_robustness_testset"
RANGES = "LF_robustness_ranges"
KEY_NAMES = {"S1S2Y": "robust typical", "S1S2y": "robust deviant", "S1s2Y": "shaky typical",
             "S1s2y": "shaky deviant", "s1S2Y": "possible typical", "s1S2y": "possible deviant",
             "s1s2Y": "extreme deviant coverage", "s1s2y": "irrelevant"}


def flat(text: str) -> str:
    """`text` with its line breaks and runs of blanks as one blank: what the print (wrapped within 80 columns) says,
    wherever its lines break."""
    return " ".join(text.split())


@functools.lru_cache(maxsize=None)
def protocol(*labels):
    return robustness_protocol(dataset("LF"), "SURV", CONDS, [TS[x] for x in labels], incl_cut=0.8,
                               case_column="case", raw=dataset("LR"))


def lf3():
    lf = dataset("LF").set_index("case")
    lr = dataset("LR").set_index("case")
    out = lf.copy()
    out["DEV"] = np.round(calibrate(lr.loc[lf.index, "DEV"].to_numpy(float), thresholds="e=350, c=600, i=900"), 2)
    return out


def test_solutions_of_the_test_set():
    lf = dataset("LF")
    sols = {"IS": (lf, 0.8, 1), "TS1_incl0.7": (lf, 0.7, 1), "TS2_ncut2": (lf, 0.8, 2), "TS3_DEV_c600": (lf3(), 0.8, 1)}
    for key, (df, ic, nc) in sols.items():
        tt = truth_table(df, "SURV", CONDS, incl_cut=ic, n_cut=nc, case_column="case" if "case" in df else None)
        check_solution(minimize(tt, "?"), result(TESTSET, key))


def test_recalibrated_data():
    ours = lf3()
    for rec in result(TESTSET, "LF3_data"):
        for col, v in rec.items():
            if col != "id":
                assert close(ours.loc[rec["id"], col], v), (rec["id"], col)


def test_pimdata():
    lf = dataset("LF").set_index("case")
    for rec in result(TESTSET, "pimdata_IS"):
        row = lf.loc[[rec["id"]], CONDS]
        assert close(expression_membership(row, "DEV*~IND")[0], rec["DEV*~IND"])
        assert close(expression_membership(row, "URB*STB")[0], rec["URB*STB"])
        assert close(expression_membership(row, "DEV*~IND + URB*STB")[0], rec["solution_formula"])
        assert close(lf.loc[rec["id"], "SURV"], rec["out"])


def test_first_and_last_only_bug_is_proven_and_not_copied():
    """SetMethods' rob.fit / rob.cases with TS1, TS2, TS3 equal those with TS1, TS3: TS2 is ignored. An
    independent computation shows TS2 matters: it raises maxTS (e.g. DE becomes a possible deviant case) and the
    set coincidence with maxTS drops from 0.811 to 0.742; ours uses every test solution."""
    assert result(TESTSET, "rob.fit") == result(TESTSET, "rob.fit_TS1_TS3")
    assert result(TESTSET, "rob.cases")["CaseParameters"] == result(TESTSET, "rob.cases_TS1_TS3")["CaseParameters"]
    p = protocol("TS1", "TS2", "TS3")
    mem = p.memberships
    max_all = mem[["TS1", "TS2", "TS3"]].max(axis=1)
    max_13 = mem[["TS1", "TS3"]].max(axis=1)
    assert (max_all > max_13).any()                               # TS2 changes maxTS
    independent = np.minimum(mem["IS"], max_all).sum() / np.maximum(mem["IS"], max_all).sum()
    assert p.fit["RF_SC_maxTS"] == pytest.approx(independent)
    assert abs(independent - result(TESTSET, "rob.fit")[0]["RF_SC_maxTS"]) > 0.05
    assert p.cases.set_index("case").loc["DE", "type"] == "possible deviant"    # only with TS2
    assert p.case_ratios["RCR_dev"] == 0.0


@pytest.mark.parametrize("key,labels", [("rob.fit", ("TS1", "TS3")), ("rob.fit_TS1_TS3", ("TS1", "TS3"))])
def test_rob_fit(key, labels):
    """Agreement where SetMethods' inputs are the same as ours (its rob.fit uses the first and last TS only).
    RF_cov: SetMethods divides the 3-digit rounded coverages (0.638 / 0.714 = 0.8936 -> 0.894); the exact
    ratio is 0.8947 (0.895); ours is exact, and R's value is reproduced from our unrounded numbers."""
    theirs = result(TESTSET, key)[0]
    p = protocol(*labels)
    for col in ("RF_cons", "RF_SC_minTS", "RF_SC_maxTS"):
        assert close(p.fit[col], theirs[col]), col
    is_cov = p.specifications.set_index("label").loc["IS", "covS"]
    assert round(round(p.fit["core_covS"], 3) / round(is_cov, 3), 3) == theirs["RF_cov"]
    assert abs(p.fit["RF_cov"] - theirs["RF_cov"]) < 1e-3 and round(p.fit["RF_cov"], 3) == 0.895


@pytest.mark.parametrize("key,labels", [("rob.corefit", ("TS1", "TS2", "TS3")), ("rob.corefit_TS1_TS3", ("TS1", "TS3"))])
def test_rob_corefit(key, labels):
    theirs = result(TESTSET, key)
    p = protocol(*labels)
    assert close(p.fit["core_inclS"], theirs["Cons.Suf"]) and close(p.fit["core_covS"], theirs["Cov.Suf"])
    assert close(p.fit["core_PRI"], theirs["PRI"])


def test_rob_singletest():
    theirs = result(TESTSET, "rob.singletest")
    p = protocol("TS1", "TS2", "TS3")
    single = p.single.sort_values(["RCC_rank", "SC"], ascending=[False, True]).reset_index(drop=True)
    assert list(single["test"]) == [f"TS{r['id']}" for r in theirs]
    exprs = p.specifications.set_index("label")["expression"]
    for (_, ours), r in zip(single.iterrows(), theirs):
        assert ours["RCC_rank"] == r["RCC_Rank"] and close(ours["SC"], r["SC"])
        assert exprs[ours["test"]].replace(" ", "") == r["Model"]
        assert ours["expression"].replace(" ", "") == r["Model"]   # rob.singletest's Model column, in the table


@pytest.mark.parametrize("key,labels", [("rob.cases", ("TS1", "TS3")), ("rob.cases_TS1_TS3", ("TS1", "TS3"))])
def test_rob_cases(key, labels):
    theirs = result(TESTSET, key)
    p = protocol(*labels)
    params = theirs["CaseParameters"][0]
    assert close(p.case_ratios["RCR_typ"], params["RCR_typ"])
    assert p.case_ratios["RCR_dev"] is None and params["RCR_dev"] is None
    assert p.case_ratios["RCC_rank"] == params["RCC_Rank"]
    types = p.cases.set_index("case")["type"]
    inter = p.cases.set_index("case")["intersection"]
    n_y = {True: int((p.cases["Y"] > 0.5).sum()), False: int((p.cases["Y"] < 0.5).sum())}
    for k, name in KEY_NAMES.items():
        got = sorted(types.index[types == name])
        ref = theirs["CaseTypes"][k]
        assert got == sorted(ref["CaseNames"]), k
        # R's label of the intersection: our type's name and our intersection (IS*MIN_TS: IS*minTS), so the
        # mapping KEY_NAMES is R's own; its counts: cases in it / all cases, and / cases on its side of Y
        label = re.match(r"(.*?)\s*Cases\s*\((\S+) and Y ([<>]) 0\.5\)$", ref["Intersection"])
        assert label and label.group(1).lower() == name and (label.group(3) == ">") == name.endswith(
            ("typical", "coverage")), ref["Intersection"]
        assert set(inter[types == name]) <= {label.group(2).replace("MIN_TS", "minTS").replace("MAX_TS", "maxTS")}
        assert re.search(rf":\s+{len(got)} / {len(types)} = ", ref["CaseNo"]), ref["CaseNo"]
        assert re.search(rf":\s+{len(got)} / {n_y[label.group(3) == '>']} = ", ref["CaseNo2"]), ref["CaseNo2"]
        n = int(theirs["CaseTypes"][k]["CaseNo"].split(":")[1].split("/")[0])
        assert len(got) == n
    core_terms = {frozenset(t.split("*")) for t in p.core_expression.split(" + ")}
    boolean = theirs["CaseTypes"]["S1S2Y"]["Boolean"].split(":", 1)[1]
    assert core_terms == {frozenset(t.strip().split("*")) for t in boolean.split("+")}


def _products(text: str) -> set:
    return {frozenset(t.strip().split("*")) for t in text.split("+")}


@pytest.mark.parametrize("key,labels", [("rob.cases", ("TS1", "TS2", "TS3")), ("rob.cases_TS1_TS3", ("TS1", "TS3"))])
def test_rob_cases_parts(key, labels):
    """rob.cases reports each case type apart: its intersection's Boolean expression, its cases and their share of
    all cases and of the cases on its side of the outcome. The engine gave the case types joined (a type per case)
    and the core's expression only. `parts` now gives SetMethods' per-type report: the expressions agree with R's
    for every intersection (rob.cases builds them from every test solution, so the three-test call is compared with
    the engine's three-test protocol), the counts with the counts of its case names."""
    theirs = result(TESTSET, key)
    parts = protocol(*labels).parts.set_index("type")
    assert list(parts.index) == list(KEY_NAMES.values())
    for k, name in KEY_NAMES.items():
        ref = theirs["CaseTypes"][k]
        row = parts.loc[name]
        assert _products(row["expression"]) == _products(ref["Boolean"].split(":", 1)[1]), (k, row["expression"])
        if key == "rob.cases_TS1_TS3":   # R's case names of the three-test call come from TS1 and TS3 only
            assert sorted(row["cases"].split(", ") if row["cases"] else []) == sorted(ref["CaseNames"])
            n, total = (int(x) for x in re.search(r":\s+(\d+) / (\d+) =", ref["CaseNo"]).groups())
            assert (row["n"], round(row["share"] * total)) == (n, n) and total == 18
            side = int(re.search(r":\s+\d+ / (\d+) =", ref["CaseNo2"]).group(1))
            assert row["n_side"] == side and row["share_of_side"] == pytest.approx(n / side)
    d = protocol(*labels).to_dict()
    assert [r["type"] for r in d["case_parts"]] == list(KEY_NAMES.values())


def test_a_powerless_recalibration_sweep_still_moves_the_fit_and_its_note_says_so():
    """A recalibration that keeps every row's OUT cannot change the solution, but the solution is read on the
    recalibrated memberships, so the RF measures move: the sweep's note said 'tests nothing' all the same. It now
    says the fit can move and, computed from the memberships, in which tests it does; a sweep that recalibrates no
    condition keeps 'tests nothing'."""
    spec = {"label": "near", "calibrate": {"DEV": {"thresholds": "e=400, c=560, i=900", "round": 2}}}
    p = robustness_protocol(dataset("LF"), "SURV", CONDS, [spec, {"label": "tiny", "incl_cut": 0.801}], incl_cut=0.8,
                            case_column="case", raw=dataset("LR"))
    sw = p.sweeps.set_index("sweep")
    assert not sw.loc["calibration", "power"] and sw.loc["calibration", "solution_changed"] == 0
    mem = p.memberships
    assert not np.array_equal(mem["near"].to_numpy(), mem["IS"].to_numpy()) and p.fit["RF_cov"] < 1
    note = sw.loc["calibration", "note"]
    assert "tests nothing" not in note and "cannot change the solution" in note
    assert "recalibrate DEV" in note and note.endswith("they do in 'near'")
    assert sw.loc["incl_cut", "note"].endswith("tests nothing")


def test_a_sweep_mixing_kinds_says_what_each_kind_can_change():
    """A test that recalibrates DEV and moves incl_cut together is its own sweep, 'calibration+incl_cut': with the
    truth table unchanged its note spoke of the recalibration alone, as if the sweep were one kind, and a mixed sweep
    that changed the table had no note at all. Each kind now gets its own part (the recalibration can move the
    memberships, and does; the cut-off can change only the rows' OUT, which it does not here; a case subset the
    same), a mixed sweep of cut-offs alone still 'tests nothing', and a mixed sweep that changes the table says the
    kinds are not told apart. A sweep of one kind keeps its note."""
    cal = {"DEV": {"thresholds": "e=400, c=560, i=900", "round": 2}}
    tests = [{"label": "mix", "calibrate": cal, "incl_cut": 0.801}, {"label": "cuts", "incl_cut": 0.801, "n_cut": 1},
             {"label": "near", "calibrate": cal}, {"label": "both", "calibrate": cal, "drop_cases": ["AU"]}]
    p = robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=0.8, case_column="case", raw=dataset("LR"))
    sw = p.sweeps.set_index("sweep")
    assert list(sw.index) == ["calibration+incl_cut", "incl_cut+n_cut", "calibration", "calibration+cases"]
    mixed = sw.loc["calibration+incl_cut", "note"]
    assert not sw.loc["calibration+incl_cut", "power"] and mixed.startswith(
        "no specification changes the truth table: this sweep cannot change the solution (its expression); each test "
        "changes calibration and incl_cut together, what each can change: calibration: test(s) 'mix' recalibrate DEV, "
        "so the solution's memberships, and with them the robust core's fit and the RF measures, can still move: they "
        "do in 'mix'; incl_cut: it can change only which rows pass (their OUT), and no row's OUT changes here"), mixed
    assert not np.array_equal(p.memberships["mix"].to_numpy(), p.memberships["IS"].to_numpy())
    cuts = sw.loc["incl_cut+n_cut", "note"]
    assert "nor its memberships and tests nothing" in cuts and "calibration" not in cuts
    assert "incl_cut: it can change only which rows pass" in cuts and "n_cut: it can change only" in cuts
    assert sw.loc["calibration", "note"].endswith("recalibrate DEV, so the solution's memberships, and with them the "
                                                  "robust core's fit and the RF measures, can still move: they do in "
                                                  "'near'")   # one kind: as before
    assert sw.loc["calibration+cases", "power"]
    assert sw.loc["calibration+cases", "note"] == ("each test changes calibration and cases together: which of them "
                                                   "changes the truth table is not told apart (a sweep of each on its "
                                                   "own tells)")


def test_a_test_set_recalibrating_only_the_outcome_without_power_is_said_to_test_nothing():
    """A test set whose one test recalibrates the outcome SURV (e=-9, c=0, i=10) and keeps every row's OUT gave
    RF_cov, RF_cons, RF_SC_minTS and RF_SC_maxTS of 1 by construction (the same solution on the same memberships,
    measured against the initial outcome), and its sweep's note said it tests nothing, but the protocol's note saying
    so was left out because a test recalibrated 'a set'. The note now hangs on a recalibrated condition, and names
    the outcome's test."""
    tests = [{"label": "y", "calibrate": {"SURV": {"thresholds": "e=-9, c=0, i=10"}}}]
    p = robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=0.8, case_column="case", raw=dataset("LR"))
    assert not p.sweeps["power"].any() and "tests nothing" in p.sweeps["note"].iloc[0]
    assert all(p.fit[k] == 1 for k in ("RF_cov", "RF_cons", "RF_SC_minTS", "RF_SC_maxTS"))
    said = [n for n in p.notes if n.startswith("no test changes the truth table")]
    assert said == ["no test changes the truth table and none recalibrates a condition: every test solution is the "
                    "initial solution on the same memberships (test 'y' recalibrates only the outcome, which the "
                    "measures across solutions read in the initial calibration), so the robust core is the initial "
                    "solution and RF_cov, RF_cons, RF_SC_minTS and RF_SC_maxTS are 1 by construction; the test set "
                    "tests nothing (truth_table_power says which cut-offs can change the table)"], p.notes
    near = robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "near", "calibrate": {
        "DEV": {"thresholds": "e=400, c=560, i=900", "round": 2}}}], incl_cut=0.8, case_column="case",
        raw=dataset("LR"))   # a recalibrated condition moves the fit: no such note
    assert not near.sweeps["power"].any() and not any(n.startswith("no test changes the truth") for n in near.notes)


def test_power_and_case_changes():
    p = protocol("TS1", "TS2", "TS3")
    assert list(p.sweeps["sweep"]) == ["incl_cut", "n_cut", "calibration"] and p.sweeps["power"].all()
    same = robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "tiny", "incl_cut": 0.801}],
                               incl_cut=0.8, case_column="case")
    assert not same.sweeps["power"].iloc[0] and "tests nothing" in same.sweeps["note"].iloc[0]
    assert set(p.case_types_by_test.index[p.case_types_by_test["changes"]]) >= {"FI", "FR", "SE"}
    d = p.to_dict()
    assert [s["label"] for s in d["specifications"]] == ["IS", "TS1", "TS2", "TS3"]


def test_inclrange_ncutrange():
    lf = dataset("LF")
    inc = threshold_range(lf, "SURV", CONDS, "incl_cut", 0.01, 40, incl_cut=0.8, case_column="case").iloc[0]
    theirs = {r["id"]: r["RCT"] for r in result(RANGES, "rob.inclrange")}
    assert close(inc["lower"], theirs["Lower bound"]) and close(inc["upper"], theirs["Upper bound"])
    nc = threshold_range(lf, "SURV", CONDS, "n_cut", 1, 5, incl_cut=0.8, case_column="case").iloc[0]
    theirs = {r["id"]: r["NCUT"] for r in result(RANGES, "rob.ncutrange")}
    assert (nc["lower"], nc["upper"]) == (theirs["Lower bound"], theirs["Upper bound"])
    assert nc["lower_reason"] == "stopped: the end of n_cut's range (the next step, 0, is below 1)"


def test_a_range_reaching_its_parameters_end_says_so_not_the_refusal_of_the_step_past_it():
    """A range that kept its solution up to incl_cut 1 gave as its upper bound's reason 'stopped: incl_cut must lie in
    [0, 1], got 1.1', the input error of the step past the end, which read as a failure of the range (Paper A's
    threshold_ranges.csv: 'got 1.01'); n_cut's lower bound likewise ('n_cut must be at least 1 ..., got 0'). Such a
    bound now says it is the end of the parameter's range, naming the step past it; a step refused for another reason
    (no positive row) keeps its own reason. Crisp data by hand: A = 1 in a, b, e (Y = 1) and A = 0 in c, d (Y = 0),
    so every row is consistent (incl 1) at any incl_cut and the solution A holds from 0.3 up to 1."""
    d = pd.DataFrame({"A": [1, 1, 0, 0, 1], "B": [0, 1, 0, 1, 1], "Y": [1, 1, 0, 0, 1]}, index=list("abcde"))
    inc = threshold_range(d, "Y", "A,B", "incl_cut", 0.1, 5, incl_cut=0.8).iloc[0]
    assert inc["upper"] == 1.0 and inc["upper_reason"] == ("stopped: the end of incl_cut's range (the next step, "
                                                           "1.1, lies above 1)")
    assert math.isnan(inc["lower"]) and inc["lower_reason"] == "no change in range (tested down to 0.3)"
    pri = threshold_range(d, "Y", "A,B", "pri_cut", 0.1, 5, incl_cut=0.8, pri_cut=0.1).iloc[0]
    assert pri["lower"] == 0 and pri["lower_reason"] == "stopped: the end of pri_cut's range (the next step, -0.1, lies below 0)"
    nc = threshold_range(d, "Y", "A,B", "n_cut", 1, 5, incl_cut=0.8).iloc[0]
    assert nc["upper_reason"].startswith("stopped: nothing to minimise against"), nc["upper_reason"]


def test_threshold_range_stops_each_direction_at_its_first_change(monkeypatch):
    """A range runs its steps in rounds and closes each direction at its first change: the bounds of running all
    2 x max_runs steps, without the steps past a change (it ran all of them: 101 analyses for a range that ends
    at the first step each way, now 9)."""
    from analysis.qca import protocol_ranges as P
    lf = dataset("LF")
    calls = []
    real = P.run_tasks
    monkeypatch.setattr(P, "run_tasks", lambda fn, tasks, n_jobs=None, **kw: calls.append(len(tasks)) or real(
        fn, tasks, n_jobs, **kw))
    out = P.threshold_range(lf, "SURV", CONDS, "incl_cut", 0.2, 50, incl_cut=0.8, case_column="case").iloc[0]
    assert sum(calls) == 1 + 2 * P.RANGE_ROUND and out["lower"] == 0.8 and out["upper"] == 0.8
    # the bounds equal those of every step run one by one (the definition)
    for step, runs in ((0.01, 40), (0.03, 9)):
        got = P.threshold_range(lf, "SURV", CONDS, "incl_cut", step, runs, incl_cut=0.8, case_column="case").iloc[0]
        base = P._range_task((lf.set_index("case"), "SURV", CONDS, {"incl_cut": 0.8, "n_cut": 1, "pri_cut": 0.0},
                              {"include": "?"}, None))
        for d, label in ((-1, "lower"), (1, "upper")):
            want = None
            for k in range(1, runs + 1):
                v = round(0.8 + d * k * step, 10)
                res = P._range_task((lf.set_index("case"), "SURV", CONDS, {"incl_cut": v, "n_cut": 1, "pri_cut": 0.0},
                                     {"include": "?"}, None))
                if res != base:
                    want = round(0.8 + d * (k - 1) * step, 10)
                    break
            assert (pd.isna(got[label]) and want is None) or got[label] == want


def test_calibration_range_says_when_it_starts_from_another_solution():
    """A calibration range recalibrates raw[source] with the thresholds given: where that gives another solution than
    the data's own set, a QCAWarning says so, naming both (a method audit: e=350, c=900, i=1000 gave the range of
    'DEV' while the data's solution is DEV*~IND + URB*STB, without a word)."""
    from analysis.qca import QCAWarning
    with pytest.warns(QCAWarning, match=r"another solution than the data's own DEV \(DEV instead of DEV\*~IND"):
        threshold_range(dataset("LF"), "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, case_column="case",
                        raw=dataset("LR"), calibrate_set="DEV", thresholds={"e": 350, "c": 900, "i": 1000})
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)  # the data's own calibration: no warning
        lr = dataset("LR").set_index("case")
        lf = dataset("LF").set_index("case").copy()
        lf["DEV"] = calibrate(lr.loc[lf.index, "DEV"], thresholds="e=350, c=900, i=1000")
        threshold_range(lf.reset_index(), "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, case_column="case",
                        raw=dataset("LR"), calibrate_set="DEV", thresholds={"e": 350, "c": 900, "i": 1000})


def test_calibrange_agrees_where_anchors_stay_ordered():
    """E and the upper bounds agree. SetMethods moves c below e (325 < 350) and i onto c (550): no longer a
    calibration (our calibrate refuses anchors out of order), so our C lower bound stops at 375 and our I lower
    bound at 575, each with the reason."""
    out = threshold_range(dataset("LF"), "SURV", CONDS, "calibration", 25, 12, incl_cut=0.8, case_column="case",
                          raw=dataset("LR"), calibrate_set="DEV", thresholds={"e": 350, "c": 550, "i": 850})
    ours = out.set_index("threshold")
    theirs = {r["id"]: r for r in result(RANGES, "rob.calibrange_DEV")}
    lo, hi = theirs["Lower bound"], theirs["Upper bound"]
    assert pd.isna(ours.loc["e", "lower"]) and lo["E"] is None and ours.loc["e", "upper"] == hi["E"] == 375
    assert ours.loc["c", "upper"] == hi["C"] == 575 and pd.isna(ours.loc["i", "upper"]) and hi["I"] is None
    assert lo["C"] == 325 < 350 and ours.loc["c", "lower"] == 375 and "ordered" in ours.loc["c", "lower_reason"]
    assert lo["I"] is None and ours.loc["i", "lower"] == 575 and "ordered" in ours.loc["i", "lower_reason"]


def test_a_calibration_range_may_move_the_outcomes_thresholds():
    """SetMethods' rob.calibrange recalibrates whichever column it is given, the outcome too; threshold_range
    refused the outcome ('not a condition of the analysis'). Each bound is checked against direct runs of the
    truth table and minimisation on the outcome recalibrated at that value and one step past it."""
    th = {"e": -9, "c": 0, "i": 9}
    lf, lr = dataset("LF").set_index("case"), dataset("LR").set_index("case")
    out = threshold_range(lf, "SURV", CONDS, "calibration", 1, 10, incl_cut=0.8, raw=lr, calibrate_set="SURV",
                          thresholds=th).set_index("threshold")

    def models(anchor, value):
        data = lf.copy()
        data["SURV"] = np.asarray(calibrate(lr["SURV"], thresholds={**th, anchor: value}), float)
        return sorted(sorted(m.terms) for m in minimize(truth_table(data, "SURV", CONDS, incl_cut=0.8)).models)

    checked = 0
    for anchor, row in out.iterrows():
        for side, d in (("lower", -1), ("upper", 1)):
            if row[f"{side}_reason"] == "solution changed":
                assert models(anchor, row[side]) == models(anchor, th[anchor])
                assert models(anchor, row[side] + d) != models(anchor, th[anchor])
                checked += 1
    assert checked >= 3, out
    with pytest.raises(QCAInputError, match="nor its outcome; did you mean 'SURV'"):
        threshold_range(lf, "SURV", CONDS, "calibration", 1, 3, incl_cut=0.8, raw=lr, calibrate_set="surv",
                        thresholds=th)


def test_rcc_rank_counts_a_shaky_or_possible_case_whatever_its_outcome():
    """RCC_rank rests on whether some case is shaky (IS·~minTS > 0.5) or possible (~IS·maxTS > 0.5), counted over
    every case: SetMethods' rob.case.ratio (R/helper_rob.R) sets Shaky <- sum(ND$'S1*s2' > 0.5) and Poss <-
    sum(ND$'s1*S3' > 0.5) with no condition on the outcome (the module docstring said the rule was only read off its
    four reference values). By hand: case a, IS 0.8 and minTS 0.3, is in IS·~minTS at min(0.8, 0.7) = 0.7 with
    Y = 0.2, a shaky deviant case, and no case is possible: rank 3 (1 + 0 + 2·1), though no case is shaky typical;
    RCR_typ has no typical case to count (None), RCR_dev = 0 robust / (0 + 1 shaky + 0 possible) deviant = 0. A
    possible deviant case alone (IS 0.2, maxTS 0.8: ~IS·maxTS = 0.8, Y = 0.1) gives rank 2."""
    cases, ratios = case_robustness(np.array([0.8, 0.2, 0.1]), [np.array([0.3, 0.2, 0.1])],
                                    np.array([0.2, 0.9, 0.1]), list("abc"))
    assert cases["type"].tolist() == ["shaky deviant", "extreme deviant coverage", "irrelevant"]
    assert ratios == {"RCR_typ": None, "RCR_dev": 0.0, "RCC_rank": 3}
    cases, ratios = case_robustness(np.array([0.2]), [np.array([0.8])], np.array([0.1]), ["a"])
    assert cases["type"].tolist() == ["possible deviant"] and ratios["RCC_rank"] == 2
    single = single_tests(np.array([0.8, 0.2, 0.1]), {"T": np.array([0.3, 0.2, 0.1])})
    assert single["RCC_rank"].tolist() == [3]


def test_pure_functions_and_errors():
    y = np.array([0.9, 0.8, 0.2, 0.1])
    IS = np.array([0.8, 0.7, 0.1, 0.2])
    fit = robustness_fit(IS, [IS], y)
    assert fit["RF_cov"] == pytest.approx(1) and fit["RF_SC_minTS"] == pytest.approx(1)
    cases, ratios = case_robustness(IS, [IS], y, list("abcd"))
    assert ratios == {"RCR_typ": 1.0, "RCR_dev": None, "RCC_rank": 1}
    assert single_tests(IS, {"T": 1 - IS})["RCC_rank"].iloc[0] == 4
    with pytest.raises(QCAInputError, match="empty"):
        robustness_fit(IS, [], y)
    with pytest.raises(QCAInputError, match="unknown key"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "x", "inclcut": 0.7}], case_column="case")
    with pytest.raises(QCAInputError, match="raw data"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, [TS["TS3"]], incl_cut=0.8, case_column="case")
    with pytest.raises(QCAInputError, match="twice"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, [TS["TS1"], TS["TS1"]], case_column="case")


def test_crisp_calibration_range_moves_each_cut_point():
    """calibration_type='crisp' (SetMethods' rob.calibrange(type = "crisp") moves every cut point at once, as read
    from its source: tests/test_qca_setmethods_read_differences.py): each cut point moves in turn; the
    reported bounds are the last values with the initial solution, checked here by recalibrating and minimising
    directly at each bound and one step beyond."""
    lr = dataset("LR").set_index("case")
    lc = dataset("LC").set_index("case")
    data = lc.assign(DEV=calibrate(lr["DEV"], type="crisp", thresholds=550))

    def models(cut):
        d = data.assign(DEV=calibrate(lr["DEV"], type="crisp", thresholds=cut))
        return sorted(sorted(m.terms) for m in minimize(truth_table(d, "SURV", CONDS), include="?").models)

    out = threshold_range(data, "SURV", CONDS, "calibration", 5, 12, raw=lr, calibrate_set="DEV", thresholds=550,
                          calibration_type="crisp")
    row = out.set_index("threshold").loc["t1"]
    assert row["value"] == 550 and out["threshold"].tolist() == ["t1"]
    # the raw DEV values next to 550 are 517 and 586: the cut can move from 520 to 585 without moving a case
    assert (row["lower"], row["upper"]) == (520, 585)
    base = models(550)
    for bound, d in (("lower", -1), ("upper", 1)):
        v = row[bound]
        if pd.isna(v):
            assert all(models(550 + d * 5 * k) == base for k in range(1, 13))
        else:
            assert models(v) == base and models(v + d * 5) != base and row[f"{bound}_reason"] == "solution changed"
    with pytest.raises(QCAInputError, match="calibration_type"):
        threshold_range(data, "SURV", CONDS, "calibration", 50, 2, raw=lr, calibrate_set="DEV", thresholds=550,
                        calibration_type="crsip")


def test_incl_cut_range_with_two_cutoffs_moves_the_first():
    """incl_cut = (ic1, ic0): the range moves ic1 and keeps ic0 (it raised a TypeError); the bounds are those of
    the single cut-off wherever ic0 changes nothing."""
    lf = dataset("LF")
    pair = threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=(0.8, 0.6), case_column="case").iloc[0]
    assert pair["value"] == 0.8 and pair["lower"] == 0.75 and pair["upper"] == 0.8
    with pytest.raises(QCAInputError, match="incl_cut must be one cut-off or two"):
        threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=(0.8, 0.6, 0.5), case_column="case")


@pytest.mark.parametrize("max_runs", [0, 1001, 10**9, 2.5, True])
def test_max_runs_is_bounded(max_runs):
    with pytest.raises(QCAInputError, match="max_runs must be a whole number from 1 to 1,000"):
        threshold_range(dataset("LF"), "SURV", CONDS, "incl_cut", 0.05, max_runs, incl_cut=0.8, case_column="case")


def test_model_beyond_a_test_solutions_models_is_named_as_such():
    """model = 2 where a test's solution has one model: that test has a solution; the message says what is missing
    (it said 'test(s) without solution ... not robust'; audit, round 11)."""
    df = pd.DataFrame({"A": [1, 1, 0], "B": [1, 1, 0], "C": [0, 1, 1], "Y": [0, 1, 0]}, index=["c0", "c1", "c2"])
    with pytest.warns(Warning):
        with pytest.raises(QCAInputError, match=r"model = 2: the solution of test 'drop' \(1 model\) has fewer "
                                                r"than 2 models"):
            robustness_protocol(df, "Y", "A,B,C", [{"label": "drop", "drop_cases": ["c2"]}], incl_cut=1, model=2)
    with pytest.raises(QCAInputError, match=r"model = 3: the initial solution has 2 models \("):
        robustness_protocol(df, "Y", "A,B,C", [{"label": "drop", "drop_cases": ["c2"]}], incl_cut=1, model=3)


def test_crisp_calibration_range_stops_where_a_cut_point_passes_its_neighbour():
    """calibrate(type='crisp') sorts its cut points, so t1 moved from 350 past t2 = 550 (step 30: 560) silently became
    the calibration with cut points 550 and 560: the range reported t1 movable up to 560, beyond t2. A cut point's
    range ends before it reaches a neighbour, as a fuzzy anchor's does."""
    lm = dataset("LM").set_index("case")   # DEV in three levels: two cut points
    lr = dataset("LR").set_index("case")
    out = threshold_range(lm, "SURV", CONDS, "calibration", 50, 20, raw=lr, calibrate_set="DEV",
                          thresholds=[350, 550], calibration_type="crisp").set_index("threshold")
    assert out.loc["t1", "upper"] < 550 and out.loc["t1", "upper_reason"].startswith("stopped: crisp cut points")


def test_a_crisp_range_stops_where_any_level_empties_and_keeps_a_two_level_set_two_level():
    """A multi-value range stopped only where its top level emptied: moving t1 below every raw value emptied level
    0 and the range ran on ('no change in range' down to t1 = -650, each step warning that DEV read 1..2 should be
    calibrated). And two or three cut points on Lipset's fuzzy DEV made it a multi-value set at every step, another
    truth table, which robustness_protocol refuses for a test. Both now stop or are refused, saying why."""
    lm, lr = dataset("LM").set_index("case"), dataset("LR").set_index("case")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = threshold_range(lm, "SURV", CONDS, "calibration", 50, 20, raw=lr, calibrate_set="DEV",
                              thresholds=[350, 550], calibration_type="crisp").set_index("threshold")
    low = out.loc["t1", "lower"]
    for t1, held in ((low, True), (low - 50, False)):
        assert (np.asarray(calibrate(lr["DEV"], type="crisp", thresholds=[t1, 550])) == 0).any() == held
    assert out.loc["t1", "lower_reason"] == ("stopped: 'DEV' recalibrated has no case at level 0 of the data's "
                                             "0..2 (another truth table)"), out
    assert not [w for w in caught if "calibrate it first" in str(w.message)]
    for cuts in ([350, 550, 850], [350, 550]):
        with pytest.raises(QCAInputError, match=rf"{len(cuts)} crisp cut point\(s\) give {len(cuts) + 1} levels, "
                                                r"another truth table: the data's 'DEV' is a crisp or fuzzy set"):
            threshold_range(dataset("LF").set_index("case"), "SURV", CONDS, "calibration", 30, 20, raw=lr,
                            calibrate_set="DEV", thresholds=cuts, calibration_type="crisp", incl_cut=0.8)


def test_robust_core_expression_of_multi_value_data_keeps_the_values():
    """The robust core of multi-value solutions (LM: DEV[2] + DEV[1]*STB[1]) was written '~DEV + DEV*STB': every
    value other than 1 became a negation. Its literals are now written as the solutions write them."""
    lm = dataset("LM")
    r = robustness_protocol(lm, "SURV", CONDS, [{"label": "a", "drop_cases": ["BE"]}], case_column="case")
    assert r.specifications.loc[0, "expression"] == "DEV[2] + DEV[1]*STB[1]"
    assert r.core_expression == "DEV[2] + DEV[1]*STB[1]"


@pytest.mark.parametrize("label", ["IS", "core", "minTS", "maxTS", "Y", "changes", "case"])
def test_a_test_label_cannot_overwrite_the_protocols_own_columns(label):
    """A test labelled 'IS' replaced the initial solution's column in memberships and case_types_by_test (so
    'changes' said False for every case), 'core' / 'Y' / 'minTS' / 'maxTS' were overwritten by the protocol's
    own columns: silently wrong tables. Such labels are refused, naming them."""
    with pytest.raises(QCAInputError, match="reserved"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": label, "incl_cut": 0.7}], incl_cut=0.8,
                            case_column="case")


@pytest.mark.parametrize("step", [float("nan"), float("inf")])
def test_threshold_range_refuses_a_step_that_is_not_finite(step):
    """step = NaN passed the check (NaN <= 0 is False): every run was 'stopped' and the bounds printed as nan, as if
    the threshold could not move at all; inf likewise. Both are refused."""
    with pytest.raises(QCAInputError, match="step must be a positive"):
        threshold_range(dataset("LF"), "SURV", CONDS, "incl_cut", step, 3, incl_cut=0.8, case_column="case")


def test_protocol_and_ranges_of_an_esa_solution_block_the_rows_in_every_specification():
    """exclude= blocks the same truth table rows in the initial and every test specification (and every step of a
    range), as minimize(exclude=) does, so the protocol can be run on an ESA solution: each specification's
    solution equals the direct analysis with those rows excluded, and differs from the one without."""
    lf = dataset("LF")
    tests = [{"label": "TS1", "incl_cut": 0.7}, {"label": "TS2", "n_cut": 2}]
    blocked = [17, 18]
    prot = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", exclude=blocked)
    plain = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case")
    for (ic, nc), got, other in zip(((0.8, 1), (0.7, 1), (0.8, 2)), prot.specifications["expression"],
                                    plain.specifications["expression"]):
        tt = truth_table(lf, "SURV", CONDS, incl_cut=ic, n_cut=nc, case_column="case")
        assert got == minimize(tt, "?", exclude=blocked).models[0].expression
        assert other == minimize(tt, "?").models[0].expression
    assert prot.specifications["expression"].iloc[0] == "URB*STB + DEV*LIT*~IND" != plain.specifications[
        "expression"].iloc[0]
    rng = threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 3, incl_cut=0.8, case_column="case",
                          exclude=blocked).iloc[0]

    def models(cut):   # the definition: every model of the direct analysis with the rows blocked
        tt = truth_table(lf, "SURV", CONDS, incl_cut=round(cut, 10), case_column="case")
        return sorted(m.expression for m in minimize(tt, "?", exclude=blocked).models)

    for d, label in ((-1, "lower"), (1, "upper")):
        k = next((k for k in range(1, 4) if models(0.8 + d * k * 0.05) != models(0.8)), None)
        assert (pd.isna(rng[label]) and k is None) or rng[label] == pytest.approx(0.8 + d * (k - 1) * 0.05)
    for bad in ("x", [0], [10**6]):   # refused before any specification runs, naming the rows allowed
        with pytest.raises(QCAInputError):
            robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", exclude=bad)
        with pytest.raises(QCAInputError):
            threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 3, incl_cut=0.8, case_column="case", exclude=bad)


def test_exclude_errors_of_the_protocol_and_ranges_name_the_parameter():
    """A wrong exclude= of robustness_protocol or threshold_range (a sweep file's 'exclude') names the parameter and
    the rows allowed, as minimize(exclude=) does ('exclude: row number 99 out of range ... rows 1..32'): with
    the sweep file's other row lists beside it the user must see which list is wrong."""
    lf = dataset("LF")
    tests = [{"label": "TS1", "incl_cut": 0.7}]
    for bad, said in (("x", r"^exclude: row numbers must be whole numbers"),
                      ([99], r"^exclude: row number 99 out of range: the truth table has rows 1\.\.32")):
        with pytest.raises(QCAInputError, match=said):
            minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.8, case_column="case"), "?", exclude=bad)
        with pytest.raises(QCAInputError, match=said):
            robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", exclude=bad)
        with pytest.raises(QCAInputError, match=said):
            threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 3, incl_cut=0.8, case_column="case", exclude=bad)


def test_a_test_dropping_every_case_of_a_level_is_refused_naming_it():
    """Multi-value data (LM): a test that drops every case with DEV = 2 leaves DEV crisp, so its truth table and
    solutions are of another space than the initial one's; refused naming the test, the condition and its levels
    (it was "condition 'DEV' is multi-value: write DEV[v]", or with exclude= a row number out of range; a diff
    review). Dropping fewer cases runs."""
    lm = dataset("LM").set_index("case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    level2 = [c for c in lm.index if lm.loc[c, "DEV"] == 2]
    with pytest.raises(QCAInputError, match=r"^test 'no DEV 2': without the cases it drops, condition 'DEV' has levels "
                                            r"0\.\.1, not the initial data's 0\.\.2"):
        robustness_protocol(lm, "SURV", conds, [{"label": "no DEV 2", "drop_cases": level2}], incl_cut=0.8)
    prot = robustness_protocol(lm, "SURV", conds, [{"label": "one less", "drop_cases": level2[:1]}], incl_cut=0.8)
    assert len(prot.specifications) == 2


# ---------------------------------------------------------------- the robust core minimised (where it is exact)
def _crisp_abd():
    """IS = ~A*B + A*~D; dropping c1 (~A*B*D) and c4 (A*~B*~D) leaves TS = B*~D, so the distributed core is
    ~A*B*~D + A*B*~D, which is B*~D."""
    return pd.DataFrame({"A": [0, 0, 1, 1, 0, 1, 0, 1], "B": [1, 1, 1, 0, 0, 1, 0, 0], "D": [1, 0, 0, 0, 0, 1, 1, 1],
                         "Y": [1, 1, 1, 1, 0, 0, 0, 0]}, index=[f"c{i}" for i in range(1, 9)])


def test_robust_core_of_crisp_sets_is_also_given_minimised():
    """The robust core was only the distributed conjunction (~A*B*~D + A*B*~D, not B*~D). For crisp sets Boolean
    minimisation keeps every membership, so the minimal form is given beside it (core_minimised)."""
    r = robustness_protocol(_crisp_abd(), "Y", ["A", "B", "D"], [{"label": "t", "drop_cases": ["c1", "c4"]}],
                            include="")
    assert list(r.specifications["expression"]) == ["~A*B + A*~D", "B*~D"]
    assert r.core_expression == "A*B*~D + ~A*B*~D"
    assert r.core_minimised == "B*~D"
    data = _crisp_abd()[["A", "B", "D"]]
    for expr in (r.core_expression, r.core_minimised):
        assert np.array_equal(expression_membership(data, expr), r.memberships["core"].to_numpy())
    assert r.to_dict()["core_minimised"] == "B*~D" and "robust core minimised: B*~D" in str(r)


def test_robust_core_of_fuzzy_sets_is_minimised_only_where_provably_the_same_set():
    """Fuzzy sets: ~A*B*~D + A*B*~D is min(B, ~D, max(A, ~A)), not B*~D (at A = 0.5, B = 1, D = 0: 0.5, not 1), so
    the minimal form is refused with a note naming it; where the minimal form is the same fuzzy set (LF's core) it
    is given."""
    fz = _crisp_abd().astype(float).replace({1.0: 0.95, 0.0: 0.05})
    fz["Y"] = _crisp_abd()["Y"].astype(float)
    r = robustness_protocol(fz, "Y", ["A", "B", "D"], [{"label": "t", "drop_cases": ["c1", "c4"]}], include="",
                            incl_cut=0.7)
    assert r.core_expression == "A*B*~D + ~A*B*~D" and r.core_minimised == ""
    note = [n for n in r.notes if n.startswith("robust core not minimised")]
    assert len(note) == 1 and "it is B*~D" in note[0] and "A = 0.5, B = 1, D = 0" in note[0]
    assert np.allclose(expression_membership(fz[["A", "B", "D"]], r.core_expression), r.memberships["core"])
    p = protocol("TS1", "TS2")   # no recalibration: the expressions are the core's memberships on the data
    assert p.core_minimised == p.core_expression == "DEV*URB*STB + DEV*~IND*STB"
    assert np.allclose(expression_membership(dataset("LF").set_index("case"), p.core_minimised), p.memberships["core"])


def test_robust_core_minimised_against_min_over_the_solutions():
    """Random solutions (crisp, fuzzy, multi-value): the distributed core_expression and the minimal form, where
    given, have min(IS, TS_1, ...) as membership at random points (every configuration for crisp data); a fuzzy A*~A
    product that core_expression leaves out is noted."""
    from analysis.qca.protocol import core_expression, core_minimised

    rng = np.random.default_rng(7)
    conds = ["A", "B", "C", "D"]
    for trial in range(150):
        mv = trial % 3 == 2
        levels = [3, 2, 2, 3] if mv else [2, 2, 2, 2]
        fuzzy = [] if mv or trial % 3 == 0 else conds

        def term():
            chosen = [c for c in conds if rng.random() < 0.45] or [conds[int(rng.integers(4))]]
            lv = dict(zip(conds, levels))
            return "*".join(f"{c}[{rng.integers(lv[c])}]" if mv else ("~" if rng.random() < 0.5 else "") + c
                            for c in chosen)

        sols = [[term() for _ in range(int(rng.integers(1, 4)))] for _ in range(int(rng.integers(2, 4)))]
        if fuzzy:
            x = pd.DataFrame(np.round(rng.random((300, 4)) * 4) / 4, columns=conds)
        else:
            x = pd.DataFrame(np.indices(levels).reshape(4, -1).T, columns=conds)
        core = np.minimum.reduce([expression_membership(x, " + ".join(s)) for s in sols])
        expr = core_expression(sols, conds, multivalue=mv)
        text, notes = core_minimised(sols, conds, levels, mv, fuzzy)
        left_out = any("leaves out" in n for n in notes)
        got = np.zeros(len(x)) if expr == "0" else expression_membership(x, expr)
        assert left_out or np.allclose(got, core), (sols, expr)
        if text:
            got = np.zeros(len(x)) if text == "0" else np.ones(len(x)) if text == "1" else expression_membership(x, text)
            assert np.allclose(got, core), (sols, text)
            assert text.count("*") + text.count("+") <= expr.count("*") + expr.count("+")
        else:
            assert fuzzy and any(n.startswith("robust core not minimised") for n in notes), (sols, notes)
        if not fuzzy:
            assert text, sols


def test_readme_says_which_setmethods_functions_use_the_first_and_last_test_solution_only():
    """The README listed rob.singletest's case ratio among the functions that use the first and the last test
    solution only. rob.singletest compares each test solution on its own (one solution: nothing to skip), and
    rob.corefit uses them all: both agree with ours on the middle test solution TS2."""
    from analysis.paths import ROOT

    single = protocol("TS1", "TS2", "TS3").single.set_index("test")
    theirs = {f"TS{r['id']}": r for r in result(TESTSET, "rob.singletest")}
    assert close(single.loc["TS2", "SC"], theirs["TS2"]["SC"]) and single.loc["TS2", "RCC_rank"] == theirs["TS2"]["RCC_Rank"]
    core = result(TESTSET, "rob.corefit")
    assert close(protocol("TS1", "TS2", "TS3").fit["core_covS"], core["Cov.Suf"])
    readme = " ".join((ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8").split())   # README's before
    bullet = readme[readme.index("Where SetMethods 4.0 / R differ from us"):][:1200]
    first_last = bullet[:bullet.index("for (i in length(test_sol))")]
    assert "rob.singletest" not in first_last and "rob.fit" in first_last and "rob.cases" in first_last
    assert "`rob.singletest` compares each test solution on its own" in bullet


def test_robust_core_over_too_many_conditions_is_left_unminimised_with_a_note():
    """Minimising the core enumerates its configurations: beyond CORE_MIN_CONFIGS (12 crisp conditions) it is left
    unminimised, saying so, instead of taking seconds (16 conditions took 9 s)."""
    import time

    from analysis.qca.protocol import CORE_MIN_CONFIGS, core_minimised

    conds = [f"C{i}" for i in range(16)]
    sols = [["C0*C1*C2*C3", "~C4*C5*C6*C7"], ["C8*C9*C10*C11", "C12*C13*~C14*C15"]]
    start = time.perf_counter()
    text, notes = core_minimised(sols, conds, [2] * 16, False)
    assert time.perf_counter() - start < 2
    assert text == "" and "spans 16 conditions" in notes[0] and f"{CORE_MIN_CONFIGS:,}" in notes[0]
    text, notes = core_minimised([["C0*C1", "~C0*C1"], ["C1*C2"]], conds, [2] * 16, False)
    assert text == "C1*C2" and notes == []


def test_unknown_case_names_are_listed_as_other_messages_list_names():
    """A test naming cases the data (or the raw data) does not hold lists them as the engine's other messages list
    names (data._names): quoted, so a blank or an odd character shows, and at most five, then how many more."""
    lf = dataset("LF").set_index("case")
    lr = dataset("LR").set_index("case")
    unknown = ["Finland ", "Estonia", "x1", "x2", "x3", "x4", "x5"]
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", CONDS, [{"label": "drop", "drop_cases": unknown}], incl_cut=0.8)
    assert str(err.value).startswith("test 'drop': unknown case(s) 'Finland ', 'Estonia', 'x1', 'x2', 'x3' and 2 "
                                     "more in drop_cases (the data's cases: 'AU', 'BE', 'CZ', 'EE', 'FI' and 13 "
                                     "more)"), str(err.value)
    short = lr.drop(index=["AU", "BE", "CZ", "EE", "FI", "FR"])
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", CONDS, [TS["TS3"]], incl_cut=0.8, raw=short)
    assert "test 'TS3': cases 'AU', 'BE', 'CZ', 'EE', 'FI' and 1 more not in the raw data" in str(err.value), \
        str(err.value)


def test_cases_with_a_bad_raw_value_are_listed_as_other_messages_list_names():
    """The cases whose raw value a recalibration cannot use are listed as data._names lists names: quoted, five,
    then how many more (the list stopped at five without a word)."""
    lf = dataset("LF").set_index("case")
    lr = dataset("LR").set_index("case")
    lr.loc[["AU", "BE", "CZ", "EE", "FI", "FR", "DE"], "DEV"] = np.nan
    with pytest.raises(QCAInputError) as err:
        robustness_protocol(lf, "SURV", CONDS, [TS["TS3"]], incl_cut=0.8, raw=lr)
    assert ("test 'TS3': raw column 'DEV' has a missing or non-numeric value for case(s) 'AU': nan, 'BE': nan, "
            "'CZ': nan, 'EE': nan, 'FI': nan and 2 more;") in str(err.value), str(err.value)


def test_a_multi_value_recalibration_does_not_make_its_condition_fuzzy(monkeypatch):
    """A test recalibrating a multi-value condition into levels 0, 1, 2 (calibrate type='crisp' with two
    thresholds) marked it fuzzy ('a value other than 0 and 1'), so the fuzzy-set proof of core_minimised put it at
    0, 0.5 and 1, never at level 2: a minimal form wrong only at level 2 passed as proved. A recalibrated set is
    fuzzy only where the kind of its values is (prepare_data's reading), and a condition with more than two levels
    named fuzzy is refused, not put on the {0, 0.5, 1} grid."""
    from analysis.qca import protocol as P

    seen = []
    real = P.core_minimised
    monkeypatch.setattr(P, "core_minimised", lambda *a, **k: seen.append(a[4]) or real(*a, **k))
    lm = dataset("LM").set_index("case")
    lr = dataset("LR").set_index("case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    robustness_protocol(lm, "SURV", conds, [{"label": "t", "calibrate": {"DEV": {"type": "crisp",
                                                                                "thresholds": [500, 1000]}}}],
                        incl_cut=0.8, raw=lr)
    assert seen == [[]]
    # IS = M[2]*A + C, TS = M[2]*~A + C: the core is C + M[2]*A*~A, which is not C at M = 2, A = 0.5, C = 0
    sols = [["M[2]*A[1]", "C[1]"], ["M[2]*A[0]", "C[1]"]]
    text, notes = real(sols, ["M", "A", "C"], [3, 2, 2], True, ["A"])
    assert text == "" and "M = 2, A = 0.5, C = 0" in notes[-1]
    text, notes = real(sols, ["M", "A", "C"], [3, 2, 2], True, ["A", "M"])
    assert text == "" and "'M'" in notes[-1] and "more than two levels" in notes[-1], notes


def test_a_robust_core_too_large_to_expand_says_why_it_is_not_minimised():
    """core_minimised is '' 'with a note saying why' (RobustnessProtocol's docstring), but a core whose distributed
    form exceeds the expansion limit (core_expression '') was left unminimised without a word."""
    from analysis.qca.protocol import core_minimised

    conds = [f"C{i}" for i in range(6)]
    sols = [[f"C{i}", f"~C{i}"] for i in range(6)]   # 2^6 = 64 products, above a limit of 50
    text, notes = core_minimised(sols, conds, [2] * 6, False, limit=50)
    assert text == "" and len(notes) == 1 and notes[0].startswith("robust core not minimised"), notes
    assert "50" in notes[0] and "core_expression" in notes[0], notes


def test_a_refused_fuzzy_minimal_form_is_not_called_the_same_set():
    """Where the fuzzy-set check refuses the minimal form, the notes said both that it is 'one of 2 minimal forms of
    core_expression (the same set)' and that it is another set. The first note is now kept only where the form is
    given; the refusal says how many minimal forms the crisp reading has."""
    from analysis.qca.protocol import core_minimised

    # two minimal forms, crisp; consensus is not a fuzzy identity (~A*B + A*~B + B*~C + ~B*C was the example here:
    # itself an irredundant form, it is now given, test_a_fuzzy_core_only_an_irredundant_form_has_is_given_that_form)
    sols = [["~A*~B*~C", "~B*C", "A*B", "B*~C"]]
    text, notes = core_minimised(sols, ["A", "B", "C"], [2, 2, 2], False, ["A", "B", "C"])
    assert text == "" and not any("(the same set)" in n for n in notes), notes
    assert len(notes) == 1 and "one of 2 minimal forms read as crisp sets" in notes[0], notes
    text, notes = core_minimised(sols, ["A", "B", "C"], [2, 2, 2], False)
    assert text and notes == [f"robust core: {text} is one of 2 minimal forms of core_expression (the same set)"]


def test_the_fuzzy_proof_of_a_twelve_condition_core_takes_no_seconds():
    """The fuzzy-set check evaluates the core at 3^12 points for 12 fuzzy conditions (CORE_MIN_FUZZY_POINTS); with a
    few hundred products it took 9 s in float arithmetic, the time the crisp bound (12 conditions, not 16) was
    lowered to avoid. Memberships on that grid are 0, 0.5 or 1, so they are computed as small integers."""
    import time

    from analysis.qca.protocol import core_minimised
    from analysis.qca.protocol_core import _core_products

    rng = np.random.default_rng(1)
    conds = [f"C{i}" for i in range(12)]

    def term():
        return "*".join(("~" if rng.random() < .5 else "") + conds[i] for i in sorted(rng.choice(12, 3, replace=False)))

    sols = [[term() for _ in range(5)] for _ in range(4)]
    assert len(_core_products(sols, conds, 20_000, frozenset(conds))) > 250
    core_minimised([["C0"], ["C1"]], conds[:2], [2, 2], False, conds[:2])   # imports done
    start = time.process_time()   # CPU time, not wall: on a loaded machine (two workers beside other work) the wall
    text, notes = core_minimised(sols, conds, [2] * 12, False, conds)   # time passed 2 s where 0.21 s of CPU is typical
    assert time.process_time() - start < 2
    assert text == "" and notes[-1].startswith("robust core not minimised: read as crisp sets it is")


def test_the_module_docstring_gives_the_limits_of_core_minimised():
    """The module docstring said core_minimised is given 'always for crisp and multi-value sets'; beyond
    CORE_MIN_CONFIGS configurations, or when the core is too large to expand, it is '' with a note."""
    from analysis.qca import protocol as P

    doc = " ".join(P.__doc__.split())
    assert "always for crisp and multi-value sets," not in doc
    assert "within CORE_MIN_CONFIGS configurations and a core small enough to expand" in doc
    conds = [f"C{i}" for i in range(13)]
    text, notes = P.core_minimised([["*".join(conds)], ["C0"]], conds, [2] * 13, False)
    assert text == "" and "more than 4,096" in notes[0]


def test_a_recalibration_changing_a_conditions_number_of_levels_is_refused_naming_it():
    """A test recalibrating a crisp condition into levels 0, 1, 2 failed with 'test t: value 2 of 'DEV' in term
    'DEV[2] ' is out of range 0..1' (its solution evaluated on the initial data), and one recalibrating a 3-level
    condition into a crisp set was accepted, its DEV[1] (above the one threshold) read as the initial data's level 1
    in the robust core's expressions. Both are refused, as a test dropping every case of a level is: its solutions
    are of another truth table space. A recalibration keeping the levels still runs."""
    lm = dataset("LM").set_index("case")
    lr = dataset("LR").set_index("case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    crisp = lm.assign(DEV=(lm["DEV"] >= 1).astype(int))
    three = {"label": "t", "calibrate": {"DEV": {"type": "crisp", "thresholds": [500, 1000]}}}
    two = {"label": "t", "calibrate": {"DEV": {"type": "crisp", "thresholds": [700]}}}
    with pytest.raises(QCAInputError, match=r"^test 't': recalibrated, condition 'DEV' has levels 0\.\.2, not levels 0\.\.1 "
                                            r"as in the initial data"):
        robustness_protocol(crisp, "SURV", conds, [three], incl_cut=0.8, raw=lr)
    with pytest.raises(QCAInputError, match=r"^test 't': recalibrated, condition 'DEV' has levels 0\.\.1, not levels 0\.\.2 "
                                            r"as in the initial data"):
        robustness_protocol(lm, "SURV", conds, [two], incl_cut=0.8, raw=lr)
    fuzzy = {"label": "t", "calibrate": {"DEV": {"thresholds": "e=350, c=700, i=900"}}}
    with pytest.raises(QCAInputError, match=r"^test 't': recalibrated, condition 'DEV' is a fuzzy set, not levels "
                                            r"0\.\.2 as in the initial data.*recalibrate it into 3 levels: type "
                                            r"'crisp' with 2 thresholds$"):
        robustness_protocol(lm, "SURV", conds, [fuzzy], incl_cut=0.8, raw=lr)
    assert len(robustness_protocol(lm, "SURV", conds, [three], incl_cut=0.8, raw=lr).specifications) == 2
    assert len(robustness_protocol(crisp, "SURV", conds, [two], incl_cut=0.8, raw=lr).specifications) == 2


def test_a_tests_single_incl_cut_moves_ic1_of_an_initial_pair_and_keeps_ic0():
    """With incl_cut = (0.8, 0.6) and include '?,C', a test {'incl_cut': 0.75} ran at (0.75, 0.75): its contradictory
    rows (incl in [0.6, 0.75)) became '0' and its solution changed (DEV*~IND + URB*STB instead of DEV*STB), though
    moving ic1 from 0.8 to 0.75 changes no row; every sweep and threshold range moves ic1 and keeps ic0
    (truth_table.swept_incl_cut). The test now runs at (0.75, 0.6), as the pair [0.75, 0.6] does; a pair in a test is
    taken as it is, and a single initial cut-off is replaced as before."""
    lf = dataset("LF").set_index("case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    tests = [{"label": "one", "incl_cut": 0.75}, {"label": "pair", "incl_cut": [0.75, 0.6]},
             {"label": "both", "incl_cut": [0.75, 0.75]}]
    rob = robustness_protocol(lf, "SURV", conds, tests, incl_cut=(0.8, 0.6), include="?,C")
    spec = rob.specifications.set_index("label")
    ref = minimize(truth_table(lf, "SURV", conds, incl_cut=(0.75, 0.6)), include="?,C").models[0].expression
    both = minimize(truth_table(lf, "SURV", conds, incl_cut=0.75), include="?,C").models[0].expression
    assert ref != both   # the case the test is about: keeping ic0 matters here
    assert spec.loc["one", "expression"] == spec.loc["pair", "expression"] == ref
    assert spec.loc["both", "expression"] == both
    single = robustness_protocol(lf, "SURV", conds, [{"label": "one", "incl_cut": 0.75}], incl_cut=0.8)
    assert single.specifications.set_index("label").loc["one", "expression"] == \
        minimize(truth_table(lf, "SURV", conds, incl_cut=0.75), include="?").models[0].expression


def test_the_json_case_types_by_test_name_each_case_under_case_whatever_the_labels():
    """to_dict()'s case_types_by_test records named the case 'index' (pandas' default), and with a test labelled
    'index' 'level_0', the test's own case types then sitting under 'index': a reader of the JSON took them for the
    case names. The case is now always under 'case' (as in the 'cases' records), and 'case' is a reserved label."""
    lf = dataset("LF").set_index("case")
    rob = robustness_protocol(lf, "SURV", CONDS, [{"label": "index", "n_cut": 2}], incl_cut=0.8)
    first = rob.to_dict()["case_types_by_test"][0]
    assert list(first) == ["case", "IS", "index", "changes"]
    assert first["case"] == "AU" and first["index"] == rob.case_types_by_test.loc["AU", "index"]


def test_a_calibration_range_of_a_multi_value_condition_keeps_its_levels():
    """A crisp calibration range of a 3-level condition ran on when a moved cut point left the top level empty (the
    solution then of a 2-level truth table, compared as text with the initial one), and a fuzzy range, or one with a
    single cut point, made it a set of another truth table at every step, without a word; robustness_protocol refuses
    such recalibrations. The range now stops where the levels change, saying so, and the other two are refused."""
    raw = pd.DataFrame({"DEV": [100, 200, 300, 400, 500, 600, 700, 800]}, index=[f"c{i}" for i in range(8)])
    data = pd.DataFrame({"DEV": [0, 0, 1, 1, 1, 2, 2, 2], "A": [1, 0, 1, 0, 1, 0, 1, 0],
                         "Y": [1, 0, 1, 0, 1, 0, 1, 0]}, index=raw.index)
    kw = {"raw": raw, "calibrate_set": "DEV"}
    rng = threshold_range(data, "Y", ["DEV", "A"], "calibration", 50, 6, thresholds=[250, 550],
                          calibration_type="crisp", **kw).set_index("threshold")
    assert rng.loc["t2", "upper"] == 800
    assert rng.loc["t2", "upper_reason"] == ("stopped: 'DEV' recalibrated has no case at level 2 of the data's "
                                             "0..2 (another truth table)")
    with pytest.raises(QCAInputError, match=r"a fuzzy calibration makes the multi-value 'DEV' \(levels 0\.\.2\) a "
                                            r"fuzzy set.*give the range type 'crisp' and 2 thresholds"):
        threshold_range(data, "Y", ["DEV", "A"], "calibration", 50, 6, thresholds="e=100, c=400, i=700", **kw)
    with pytest.raises(QCAInputError, match=r"1 crisp cut point\(s\) give 2 levels, another truth table: the "
                                            r"data's 'DEV' has 3"):
        threshold_range(data, "Y", ["DEV", "A"], "calibration", 50, 6, thresholds=[250], calibration_type="crisp",
                        **kw)


def test_a_recalibration_test_leaving_a_lower_level_empty_is_refused_as_a_range_stops_there():
    """A protocol test refused a recalibration that emptied a multi-value condition's top level, but one emptying
    level 0 or a middle level ran (a warning advised calibrating DEV, read 1..2), while a calibration range stops
    at such a value. The test is refused too, naming the empty level and the levels held."""
    lm, lr = dataset("LM").set_index("case"), dataset("LR").set_index("case")
    for cuts, empty, held in (([100, 550], "0", "1..2"), ([355, 360], "1", "0, 2")):
        with pytest.raises(QCAInputError, match=rf"test 'DEV cuts': recalibrated with 2 cut points, condition 'DEV' "
                                                rf"has no case at level\(s\) {empty} \(values {held} only\)"):
            robustness_protocol(lm, "SURV", CONDS, [{"label": "DEV cuts", "calibrate": {
                "DEV": {"type": "crisp", "thresholds": cuts}}}], raw=lr, include="?")
    r = robustness_protocol(lm, "SURV", CONDS, [{"label": "DEV ok", "calibrate": {
        "DEV": {"type": "crisp", "thresholds": [400, 600]}}}], raw=lr, include="?")
    assert len(r.specifications) == 2


def test_a_tests_settings_show_the_cut_offs_it_ran_at():
    """With an initial pair incl_cut = (0.8, 0.6), a test's single incl_cut 0.75 runs at (0.75, 0.6) (it moves ic1
    and keeps ic0), but its settings column said 'incl_cut=0.75' (a protocol audit); it now shows the pair, and a
    cut-off below ic0 takes ic0 with it. A single initial cut-off is shown as the test gives it."""
    lf = dataset("LF").set_index("case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    tests = [{"label": "t", "incl_cut": 0.75}, {"label": "u", "incl_cut": 0.5}]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pair = robustness_protocol(lf, "SURV", conds, tests, incl_cut=(0.8, 0.6), include="?,C")
        single = robustness_protocol(lf, "SURV", conds, tests[:1], incl_cut=0.8)
    assert list(pair.specifications["settings"]) == ["", "incl_cut=(0.75, 0.6)", "incl_cut=(0.5, 0.5)"]
    assert list(single.specifications["settings"]) == ["", "incl_cut=0.75"]


def test_case_lists_of_a_test_may_be_sets_or_pandas_indexes():
    """drop_cases / keep_cases given as a set or a pandas Index (as `df.index[df.X > 0]` gives them) were refused
    with 'must be a list of case names' (a protocol audit); they are taken (a set in sorted order), with the same
    result as the list. Text is still refused."""
    lf = dataset("LF").set_index("case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]

    def run(cases):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return robustness_protocol(lf, "SURV", conds, [{"label": "t", "drop_cases": cases}], incl_cut=0.8)

    as_list = run(["AU", "BE"]).specifications
    for other in ({"BE", "AU"}, pd.Index(["AU", "BE"]), np.array(["AU", "BE"])):
        assert run(other).specifications.equals(as_list)
    with pytest.raises(QCAInputError, match="must be a list of case names"):
        run("AU")


def test_a_fuzzy_robust_core_gets_the_first_minimal_form_proved_not_only_the_first_listed():
    """With fuzzy sets only the first minimum cover of the core was checked: ~A*B + A*~C + ~B*C has two minimal
    forms read as crisp sets, and the engine lists A*~B + B*~C + ~A*C first, which is another fuzzy set (at A = 0,
    B = 0.5, C = 1: 1, not 0.5), so core_minimised was '' though the second form, the core itself, is proved. Each
    minimum cover is now tried in the engine's order. The second case (found by a brute-force search over small
    random cores) has crisp conditions beside a fuzzy one; there the first proved form is not core_expression."""
    from analysis.qca.protocol import core_expression, core_minimised

    def core(sols, x):
        return np.minimum.reduce([expression_membership(x, " + ".join(s)) for s in sols])

    sols = [["~A*B", "~B*C", "A*~C"]]
    crisp_first, _ = core_minimised(sols, ["A", "B", "C"], [2, 2, 2], False)
    assert crisp_first == "A*~B + B*~C + ~A*C"
    text, notes = core_minimised(sols, ["A", "B", "C"], [2, 2, 2], False, ["A", "B", "C"])
    assert text == "A*~C + ~A*B + ~B*C", notes
    assert notes == [f"robust core: {text} is one of 2 minimal forms of core_expression read as crisp sets, the first "
                     "in the engine's order proved to be the core with fuzzy sets (the one before it is another fuzzy "
                     "set)"]
    x = pd.DataFrame(np.indices([5, 5, 5]).reshape(3, -1).T / 4, columns=["A", "B", "C"])
    assert np.allclose(expression_membership(x, text), core(sols, x))
    assert not np.allclose(expression_membership(x, crisp_first), core(sols, x))

    conds = ["A", "B", "C", "D"]
    sols = [["~A*~B", "C", "C*D", "~A*~D"], ["~C", "A*B*~C", "B"], ["~D", "~A"]]
    text, notes = core_minimised(sols, conds, [2] * 4, False, ["B"])
    assert text and text != core_expression(sols, conds) and "before it" in notes[-1], notes
    grid = np.indices([2, 5, 2, 2]).reshape(4, -1).T.astype(float)
    grid[:, 1] /= 4   # B fuzzy in steps of 0.25, the others crisp
    x = pd.DataFrame(grid, columns=conds)
    assert np.allclose(expression_membership(x, text), core(sols, x))


def test_the_minimal_forms_tried_for_a_fuzzy_core_are_bounded_and_the_refusal_says_so(monkeypatch):
    """At most CORE_MIN_FUZZY_COVERS minimum covers are tried; a refusal says how many of how many were."""
    from analysis.qca import protocol_core as P

    sols = [["~A*B", "~B*C", "A*~C"]]
    monkeypatch.setattr(P, "CORE_MIN_FUZZY_COVERS", 1)
    text, notes = P.core_minimised(sols, ["A", "B", "C"], [2, 2, 2], False, ["A", "B", "C"])
    assert text == "" and "(the first 1 of 2 in the engine's order; CORE_MIN_FUZZY_COVERS)" in notes[-1], notes
    sols = [["~A*~B*~C", "~B*C", "A*B", "B*~C"]]   # neither minimal form (nor a longer irredundant one) is the core
    monkeypatch.setattr(P, "CORE_MIN_FUZZY_COVERS", 1_000)
    text, notes = P.core_minimised(sols, ["A", "B", "C"], [2, 2, 2], False, ["A", "B", "C"])
    assert text == "" and ("and so is the other minimal form; no irredundant form with more products is the core "
                           "either, so") in notes[-1], notes


def test_the_robust_core_proof_uses_the_engines_one_evaluator(monkeypatch):
    """protocol._products_membership was a second evaluator of sums of products beside expressions'
    implicant_membership (halves in uint8 on the proof's grid, where the float one took seconds). There is now one,
    expressions._products, with the dtype as a parameter: the proof calls it on its uint8 grid of halves and on
    the crisp configurations in floats, and implicant_membership calls it too."""
    from analysis.qca import expressions as E
    from analysis.qca import protocol_core as P

    assert not hasattr(P, "_products_membership")
    seen = []
    real = E._products
    monkeypatch.setattr(P, "_products", lambda X, *a, **k: seen.append(X.dtype) or real(X, *a, **k))
    monkeypatch.setattr(E, "_products", lambda X, *a, **k: seen.append(("implicant", X.dtype)) or real(X, *a, **k))
    text, _ = P.core_minimised([["~A*B", "~B*C", "A*~C"]], ["A", "B", "C"], [2, 2, 2], False, ["A", "B", "C"])
    assert text and np.dtype(np.uint8) in seen and np.dtype(float) in seen
    E.implicant_membership(np.array([[0.2, 0.7]]), np.array([[2, 1]]), [False, False])
    assert ("implicant", np.dtype(float)) in seen


def test_the_evaluator_in_halves_gives_the_float_memberships_also_with_a_and_not_a():
    """expressions._products on a grid of halves (uint8, top 2) is the same fuzzy set as in floats (top 1), products
    holding A and ~A (the robust core's) included, a multi-value column read as [x == v]; reduce is the maximum
    over the products."""
    from analysis.qca.expressions import _products

    rng = np.random.default_rng(11)
    for _ in range(50):
        k = int(rng.integers(1, 5))
        multi = [bool(rng.random() < .3) for _ in range(k)]
        grid = np.stack(np.meshgrid(*[np.arange(3, dtype=np.uint8)] * k, indexing="ij"),
                        axis=-1).reshape(-1, k)
        prods = [[(int(j), int(rng.integers(0, 3 if multi[j] else 2)))
                  for j in rng.integers(0, k, int(rng.integers(0, 4)))] for _ in range(int(rng.integers(0, 6)))]
        floats = np.where(multi, grid, grid / 2)   # fuzzy columns: 0, 0.5, 1; multi-value: the level
        halves = _products(grid, prods, multi, 2, reduce=True)
        assert halves.dtype == np.uint8
        want = _products(floats, prods, multi)
        assert np.array_equal(halves / 2, want.max(axis=1) if prods else np.zeros(len(grid)))
        assert np.array_equal(_products(floats, prods, multi, reduce=True), halves / 2)
        for i, p in enumerate(prods):   # the min over each product's literals, A*~A read as min(A, 1 - A)
            lit = [(floats[:, j] == v) * 1.0 if multi[j] else floats[:, j] if v == 1 else 1 - floats[:, j]
                   for j, v in p]
            assert np.array_equal(want[:, i], np.minimum.reduce(lit) if lit else np.ones(len(grid)))
def test_a_test_recalibrating_the_outcome_is_measured_against_the_initial_outcome_and_says_so():
    """A test recalibrating the outcome finds its solution (and its own fit in the specifications table) on its
    recalibrated outcome, while every measure across solutions uses the initial outcome: a note says which test
    does so and which outcome each number uses (it was silent)."""
    lf, lr = dataset("LF"), dataset("LR")
    rule = "e=-5, c=0, i=5"
    prot = robustness_protocol(lf, "SURV", CONDS, [{"label": "SURV fuzzy", "calibrate": {"SURV": {"thresholds": rule}}},
                                                   TS["TS1"]], incl_cut=0.8, case_column="case", raw=lr)
    y = lf["SURV"].to_numpy(float)
    y_test = np.asarray(calibrate(lr.set_index("case").loc[lf["case"], "SURV"].to_numpy(float), thresholds=rule))
    mem = prot.memberships
    own = mem["SURV fuzzy"].to_numpy()
    row = prot.specifications.set_index("label").loc["SURV fuzzy"]
    assert row["inclS"] == pytest.approx(np.minimum(own, y_test).sum() / own.sum())       # its own outcome
    assert row["covS"] == pytest.approx(np.minimum(own, y_test).sum() / y_test.sum())
    core = mem["core"].to_numpy()
    assert prot.fit["core_inclS"] == pytest.approx(np.minimum(core, y).sum() / core.sum())  # the initial outcome
    assert np.array_equal(mem["Y"].to_numpy(), y)
    assert not np.allclose(np.minimum(core, y).sum() / core.sum(), np.minimum(core, y_test).sum() / core.sum())
    said = [n for n in prot.notes if "recalibrates the outcome" in n]
    assert len(said) == 1 and "'SURV fuzzy'" in said[0] and "TS1" not in said[0] and "initial outcome" in said[0]
    assert flat(said[0]) in flat(str(prot)) and said[0] in prot.to_dict()["notes"]
    # a test set recalibrating a condition only gets no such note
    assert not [n for n in protocol("TS1", "TS3").notes if "outcome" in n]


def test_a_range_that_cannot_start_names_its_threshold_and_value():
    """An error at the start of a range names the range and the threshold's starting value (it said only 'the
    starting specification has no solution'); thresholds calibrate() refuses are named as the range's thresholds,
    not as a start without solution."""
    lf = dataset("LF")
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", CONDS, "n_cut", 1, 2, incl_cut=0.8, n_cut=30, case_column="case")
    assert str(err.value).startswith("n_cut range: the starting specification (n_cut = 30) has no solution: ")
    with pytest.raises(QCAInputError) as err:
        threshold_range(lf, "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, case_column="case", raw=dataset("LR"),
                        calibrate_set="DEV", thresholds="e=350, c=950, i=850")
    assert str(err.value).startswith("calibration range of 'DEV', thresholds e=350, c=950, i=850: anchors must be "
                                     "ordered"), str(err.value)
    assert "starting specification" not in str(err.value)


def test_a_ranges_warnings_are_given_once_each_saying_at_which_steps():
    """A multi-value calibration range gave the skew note of each level once per step it held; each distinct warning
    is now given once, naming the steps (threshold = value) it applies at, and only for the steps a step-by-step
    range runs (each direction up to its first change)."""
    x = np.arange(1, 13, dtype=float)
    cases = [f"c{i}" for i in range(1, 13)]
    b = [1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0]
    data = pd.DataFrame({"A": np.asarray(calibrate(x, type="crisp", thresholds=[4.5, 8.5]), int), "B": b, "Y": b},
                        index=cases)
    raw = pd.DataFrame({"A": x}, index=cases)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = threshold_range(data, "Y", ["A", "B"], "calibration", 1, 5, raw=raw, calibrate_set="A",
                              thresholds=[4.5, 8.5], calibration_type="crisp")
    messages = [str(w.message) for w in caught]
    assert len(messages) == len(set(messages)), messages
    skew = [m for m in messages if m.startswith("skewed condition 'A'")]
    # one level of 12 cases (8%) at t1 = 7.5 (level 1: case 8 only), t2 = 5.5 (level 1: case 5), t1 = 1.5, t2 = 11.5
    at = {re.search(r"levels? (\S+)", m)[1]: m.rsplit("(calibration range of 'A': ", 1)[1] for m in skew}
    assert at == {"A[0]": "at t1 = 1.5)", "A[1]": "at t1 = 7.5; t2 = 5.5)", "A[2]": "at t2 = 11.5)"}, skew
    assert out.set_index("threshold").loc["t2", "upper"] == 11.5   # the step past it (12.5) empties level 2


def test_a_warning_of_every_step_of_a_range_says_so_once():
    cases = [f"c{i}" for i in range(1, 13)]
    b = [1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0]
    data = pd.DataFrame({"C": [1] + [0] * 11, "B": b, "Y": b}, index=cases)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threshold_range(data, "Y", ["C", "B"], "incl_cut", 0.1, 3)
    skew = [str(w.message) for w in caught if str(w.message).startswith("skewed condition 'C'")]
    assert len(skew) == 1 and skew[0].endswith("(incl_cut range: at every step with a solution)"), skew


def test_anchors_running_against_the_datas_own_set_are_warned_about_once():
    """Swapped anchors (e above i) are read as a decreasing set, as R's calibrate() reads them; a test or range whose
    recalibrated set then runs against the data's own set says so once (it was silent: the test analysed ~DEV). A
    decreasing set meant as such (STB: fewer cabinets, more stable, like the data's STB) stays quiet."""
    lf, lr = dataset("LF"), dataset("LR")

    def warned(call):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        return [str(w.message) for w in caught if "runs against the data's own" in str(w.message)]

    got = warned(lambda: robustness_protocol(
        lf, "SURV", CONDS, [{"label": "DEV swapped", "calibrate": {"DEV": {"thresholds": "e=900, c=600, i=350"}}},
                            {"label": "STB", "calibrate": {"STB": {"thresholds": "e=10, c=6.5, i=3"}}}],
        incl_cut=0.8, case_column="case", raw=lr))
    assert len(got) == 1 and got[0].startswith("test 'DEV swapped': recalibrated with thresholds e=900, c=600, i=350 "
                                               "(e above i: a decreasing set"), got
    assert "are e and i swapped?" in got[0]
    got = warned(lambda: threshold_range(lf, "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, case_column="case",
                                         raw=lr, calibrate_set="DEV", thresholds="e=850, c=550, i=350"))
    assert len(got) == 1 and got[0].startswith("calibration range of 'DEV': recalibrated with thresholds e=850"), got
    assert not warned(lambda: threshold_range(lf, "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8,
                                              case_column="case", raw=lr, calibrate_set="STB",
                                              thresholds="e=10, c=6.5, i=3"))


@pytest.mark.parametrize("seed", range(6))
def test_core_products_drop_exactly_the_absorbed_products(seed):
    """The robust core distributed: every product of one term per solution (contradictory ones dropped, or kept
    for the fuzzy conditions named), then every product holding another one dropped, as the definition says
    (random solutions on 5 conditions, checked against all products pairwise)."""
    import itertools

    from analysis.qca.expressions import parse_term
    from analysis.qca.protocol_core import _core_products

    rng = np.random.default_rng(seed)
    conds = ["A", "B", "C", "D", "E"]

    def term():
        cs = sorted(rng.choice(5, int(rng.integers(1, 4)), replace=False))
        return "*".join(("~" if rng.random() < 0.5 else "") + conds[c] for c in cs)
    sols = [sorted({term() for _ in range(int(rng.integers(2, 5)))}) for _ in range(int(rng.integers(2, 5)))]
    for fuzzy in (frozenset(), frozenset(conds)):
        products = set()
        for choice in itertools.product(*sols):
            p = frozenset(lit for t in choice for lit in parse_term(t, conds).items())
            if fuzzy or len({c for c, _ in p}) == len(p):
                products.add(p)
        expected = {p for p in products if not any(o < p for o in products)}
        assert set(_core_products(sols, conds, 20_000, fuzzy)) == expected


def test_core_products_are_not_compared_pairwise():
    """Absorption compares a product only with smaller kept ones filed under its literals: six solutions of five
    one-condition terms (15,625 products, none absorbed) took 9 s when every pair was compared, 0.05 s now."""
    import time

    from analysis.qca.protocol_core import _core_products

    conds = [f"C{i}{j}" for i in range(6) for j in range(5)]
    t0 = time.perf_counter()
    prods = _core_products([[f"C{i}{j}" for j in range(5)] for i in range(6)], conds)
    elapsed = time.perf_counter() - t0
    assert len(prods) == 5 ** 6
    assert elapsed < 2.0, f"{elapsed:.1f} s"


def _die(task):   # module level: the worker process imports it, runs it, and ends
    import os
    os._exit(3)


def test_a_worker_that_dies_is_noted_with_the_first_task_without_a_result():
    """loky's TerminatedWorkerError said which worker died, not where the sweep was: it now carries a note naming the
    first task whose result never came (results come in task order)."""
    from concurrent.futures import BrokenExecutor

    from analysis.qca import protocol

    with pytest.raises(BrokenExecutor) as exc:
        protocol.run_tasks(_die, ["a", "b", "c"], n_jobs=2, label=lambda t: f"test {t}")
    assert exc.value.__notes__ == ["no result from test a on"]


def test_a_test_with_several_models_shows_how_many():
    """A test solution with two models printed model 1's expression, the initial one's, beside same_solution False
    (which compares every model): the printed table now gives n_models when some solution has more than one, and
    the note says which expression is shown."""
    df = pd.DataFrame({"case": ["AT", "BE", "CZ", "DE", "ES", "FR", "GR", "IT", "PL"],
                       "发展": [0.9, 0.8, 0.3, 0.7, 0.2, 0.85, 0.1, 0.6, 0.4],
                       "城市": [0.7, 0.9, 0.6, 0.4, 0.3, 0.8, 0.2, 0.7, 0.2],
                       "识字": [0.95, 0.9, 0.8, 0.85, 0.4, 0.3, 0.35, 0.2, 0.7],
                       "Y": [0.8, 0.9, 0.2, 0.75, 0.3, 0.6, 0.1, 0.65, 0.35]})
    rp = robustness_protocol(df, "Y", ["发展", "城市", "识字"], [{"label": "n 2", "n_cut": 2}], incl_cut=0.8,
                             include="?", case_column="case")
    spec = rp.specifications.set_index("label")
    assert spec.loc["n 2", "n_models"] == 2 and spec.loc["n 2", "expression"] == spec.loc["IS", "expression"]
    assert not spec.loc["n 2", "same_solution"]
    def header(text):   # the table's columns, in its blocks of 80 columns each led by the label
        return [c for line in text.splitlines() if line.startswith("label  ") for c in line.split()[1:]]

    assert header(str(rp)) == ["kind", "settings", "expression", "n_models", "same_solution", "truth_table_changed"]
    assert "note: model ambiguity in n 2: model 1 of each is used (its expression is the one shown; same_solution " \
           "compares every model; test_models='all' takes every model of each test solution)" in flat(str(rp))
    one = robustness_protocol(df, "Y", ["发展", "城市", "识字"], [{"label": "incl", "incl_cut": 0.75}], incl_cut=0.8,
                              include="?", case_column="case")
    assert "n_models" not in header(str(one)) and header(str(one))   # one model everywhere: the table as before


def test_a_test_that_is_the_initial_specification_is_noted():
    """A test set holding the initial specification itself (LF's initial incl_cut 0.8 listed again, or n_cut 1) was
    run and counted as a test without a word, though it agrees with the initial solution by construction (Paper A's
    protocol leaves such settings out; the engine keeps them, as SetMethods does, and says so). A test that changes a
    cut-off or a calibration is not noted."""
    tests = [{"label": "same", "incl_cut": 0.8}, {"label": "n1", "n_cut": 1}, TS["TS1"], TS["TS3"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=0.8, case_column="case",
                                  raw=dataset("LR"))
    noted = [n for n in res.notes if "the initial specification itself" in n]
    assert len(noted) == 1 and "'same'" in noted[0] and "'n1'" in noted[0], res.notes
    assert "TS1" not in noted[0] and "TS3" not in noted[0]
    assert not any("the initial specification itself" in n for n in protocol("TS1", "TS2", "TS3").notes)


def test_an_empty_robust_core_prints_its_undefined_fit_as_a_dash():
    """A test solution disjoint from the initial one (A*~B against ~A*B on crisp conditions) leaves an empty robust
    core: its inclS and PRI, and RF_cons, are 0/0. print() showed them as 'nan' ('robust core: 0  inclS nan  PRI
    nan', 'RF_cons nan') where every other table of the engine prints an undefined ratio as '-'; to_dict() already
    gives null."""
    df = pd.DataFrame({"A": [1, 1, 0, 0, 0, 1], "B": [0, 0, 1, 1, 0, 1], "Y": [1, 0.6, 1, 0.2, 0, 0]},
                      index=["r1a", "r1b", "r2a", "r2b", "r3", "r4"])
    rp = robustness_protocol(df, "Y", "A, B", [{"drop_cases": ["r1a", "r2b"]}], incl_cut=0.8, include="")
    assert np.isnan(rp.fit["core_inclS"]) and np.isnan(rp.fit["RF_cons"])
    text = str(rp)
    assert "nan" not in text.lower(), text
    core = next(line for line in text.splitlines() if line.startswith("robust core:"))
    assert core.split()[-6:] == ["inclS", "-", "PRI", "-", "covS", "0.000"], core
    rf = next(line for line in text.splitlines() if line.startswith("RF_cov"))
    assert "RF_cons -" in rf, rf
    fit = rp.to_dict()["fit"]
    assert fit["core_inclS"] is None and fit["RF_cons"] is None


def test_a_protocol_of_one_test_says_one_test():
    """repr() said '1 tests' (found by the results audit)."""
    assert repr(protocol("TS1")) == "<RobustnessProtocol SURV: 1 test>"
    assert repr(protocol("TS1", "TS2")) == "<RobustnessProtocol SURV: 2 tests>"


def test_threshold_range_says_no_change_as_nan_in_every_range():
    """'No change within max_runs' was None in a bound column where no bound was found (an incl_cut range's one
    row, a calibration range's lower bounds: an object column) and NaN in one beside a found bound (pandas made the
    column float): the same answer two ways, and None breaks arithmetic and comparisons on the column. Every range
    now says it as NaN in a float column; the sweep file's JSON gives null and its table '-' (sweep_spec)."""
    import json
    from pathlib import Path

    from analysis.qca.sweep_spec import run_spec_file

    lf = dataset("LF").set_index("case")
    inc = threshold_range(lf, "SURV", CONDS, "incl_cut", 0.01, 2, incl_cut=0.8)
    cal = threshold_range(lf, "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, raw=dataset("LR").set_index("case"),
                          calibrate_set="DEV", thresholds="e=350, c=550, i=850")
    for out in (inc, cal):
        for side in ("lower", "upper"):
            assert out[side].dtype == float and not any(v is None for v in out[side]), out
    assert pd.isna(inc.loc[0, "lower"]) and inc.loc[0, "lower_reason"] == "no change in range (tested down to 0.78)"
    assert cal["lower"].isna().all() and cal["upper"].isna().tolist() == [False, False, True]
    assert (cal["upper"] > cal["value"]).tolist() == [True, True, False]   # comparisons work on the column

    spec = Path(__file__).resolve().parents[1] / "docs/examples/LF_sweeps.yaml"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ranges = json.loads(run_spec_file(dataset("LF"), spec, raw=dataset("LR"), case_column="case",
                                          as_json=True))["ranges"]
    assert all(r[side] is None or isinstance(r[side], (int, float)) for r in ranges for side in ("lower", "upper"))


# ---------------------------------------------------------------- a test without a sufficient configuration
NO_SOLUTION_TESTS = [{"label": "incl 0.95", "incl_cut": 0.95}, {"label": "incl 0.75", "incl_cut": 0.75}]


def test_no_positive_row_is_its_own_error_type_and_every_row_positive_is_not():
    """minimize says 'no sufficient configuration' by the error's type (QCANoSolutionError, a QCAInputError), so the
    protocol tells it from other refusals without reading the message."""
    from analysis.qca import QCANoSolutionError

    lf = dataset("LF").set_index("case")
    with pytest.raises(QCANoSolutionError, match="no positive row to minimise"):
        minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.95), include="?")
    with pytest.raises(QCAInputError, match="nothing to minimise against") as exc:
        minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.0), include="?")
    assert not isinstance(exc.value, QCANoSolutionError)


def test_a_test_without_sufficient_configuration_counts_as_the_empty_solution():
    """The test set is declared before its results (Oana & Schneider 2021): a test under which no row passes incl_cut
    is in it as the empty solution (membership 0, no term), so the robust core is empty, RF_cov 0 and RF_cons
    undefined; it was refused ('test(s) without solution'), a second rule beside Paper A's protocol, which counts it."""
    prot = robustness_protocol(dataset("LF"), "SURV", CONDS, NO_SOLUTION_TESTS, incl_cut=0.8, case_column="case")
    alone = robustness_protocol(dataset("LF"), "SURV", CONDS, NO_SOLUTION_TESTS[1:], incl_cut=0.8,
                                case_column="case")
    mem = prot.memberships
    assert prot.no_solution_tests == ["incl 0.95"]
    assert (mem["incl 0.95"] == 0).all() and (mem["core"] == 0).all()
    assert np.array_equal(mem["incl 0.75"], alone.memberships["incl 0.75"])
    assert prot.core_expression == "0" and prot.core_minimised == "0"
    is_, y = mem["IS"].to_numpy(), mem["Y"].to_numpy()
    assert prot.fit["RF_cov"] == 0 and prot.fit["core_covS"] == 0
    assert np.isnan(prot.fit["RF_cons"]) and np.isnan(prot.fit["core_inclS"])
    assert prot.fit == pytest.approx(robustness_fit(is_, [np.zeros(len(y)), mem["incl 0.75"].to_numpy()], y),
                                     nan_ok=True)
    # case types as usual, minTS = 0: every case in IS is shaky
    assert (prot.cases["minTS"] == 0).all()
    assert set(prot.cases.loc[prot.cases["IS"] > 0.5, "intersection"]) == {"IS*~minTS"}
    assert prot.case_ratios["RCC_rank"] in (3, 4)
    single = prot.single.set_index("test")
    assert single.loc["incl 0.95", "SC"] == 0 and single.loc["incl 0.75", "SC"] == 1
    row = prot.specifications.set_index("label").loc["incl 0.95"]
    assert row["expression"] == "" and row["n_models"] == 0 and np.isnan(row["inclS"]) and not row["same_solution"]
    assert row["truth_table_changed"]
    assert row["error"].startswith("no sufficient configuration, counted as the empty solution: no positive row")
    assert any("'incl 0.95' has no sufficient configuration" in n and "the robust core is empty" in n
               for n in prot.notes)
    text = str(prot)
    assert "(none: no sufficient configuration)" in text and "robust core: 0 (the empty set)" in text
    assert "RF_cons -" in text and "note: test 'incl 0.95' has no sufficient configuration" in text
    from analysis.qca._json import dumps
    import json

    out = json.loads(dumps(prot.to_dict()))   # NaN as null (allow_nan=False refuses NaN)
    assert out["fit"]["RF_cons"] is None and out["fit"]["RF_cov"] == 0
    assert out["no_solution_tests"] == ["incl 0.95"] and out["core_expression"] == "0"
    assert prot.to_frame().set_index("label").loc["incl 0.95", "error"] == row["error"]


def test_no_solution_refuse_keeps_the_error():
    with pytest.raises(QCAInputError, match=r"test without solution: 'incl 0.95' \(no positive row.*not robust"
                                            r".*drop or change this test"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, NO_SOLUTION_TESTS, incl_cut=0.8, case_column="case",
                            no_solution="refuse")


@pytest.mark.parametrize("bad", ["drop", "", "Count", None, ["count"], True])
def test_no_solution_takes_count_or_refuse(bad):
    with pytest.raises(QCAInputError, match=r"no_solution must be 'count' \(a test without a sufficient "
                                            r"configuration counts as the empty solution\) or 'refuse'"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, NO_SOLUTION_TESTS, incl_cut=0.8, case_column="case",
                            no_solution=bad)


def test_another_refusal_of_a_test_is_not_counted_as_no_solution():
    """Every row positive (incl_cut 0) is a refusal, not a finding of no sufficient configuration: still an error,
    also where another test is counted."""
    with pytest.raises(QCAInputError, match=r"test without solution: 'incl 0' \(nothing to minimise against.*"
                                            r"a refusal is no such finding") as exc:
        robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "incl 0", "incl_cut": 0.0}, *NO_SOLUTION_TESTS],
                            incl_cut=0.8, case_column="case")
    assert "incl 0.95" not in str(exc.value)


def test_cli_no_solution_flag(tmp_path, capsys):
    import json

    from analysis.paths import ROOT
    from analysis.qca.cli import main

    spec = tmp_path / "tests.yaml"
    spec.write_text("outcome: SURV\nconditions: DEV, URB, LIT, IND, STB\nincl_cut: 0.8\ntests:\n"
                    "  - {label: incl 0.95, incl_cut: 0.95}\n  - {label: incl 0.75, incl_cut: 0.75}\n")
    lf = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["robustness", lf, "--spec", str(spec), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["protocol"]
    assert out["fit"]["RF_cons"] is None and out["fit"]["RF_cov"] == 0 and out["core_expression"] == "0"
    assert out["no_solution_tests"] == ["incl 0.95"]
    assert out["specifications"][1]["error"].startswith("no sufficient configuration")
    assert main(["robustness", lf, "--spec", str(spec), "--no-solution", "refuse"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and "test without solution: 'incl 0.95'" in err
    assert main(["robustness", lf, "--spec", str(spec), "--no-solution", "drop"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--no-solution" in err and "invalid choice: 'drop'" in err
    assert "count" in err.split("choose from")[1] and "refuse" in err.split("choose from")[1]


def test_a_sweep_file_declares_its_rule_for_a_test_without_solution(tmp_path, capsys):
    """The rule for a test without a sufficient configuration was a flag only (--no-solution), so a sweep file, which
    declares the test set, could not carry it: run without the flag, a file written for 'refuse' counted. The file's
    `no_solution` key is now read; the flag overrides nothing silently: given both, they must agree."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    spec = tmp_path / "tests.yaml"
    spec.write_text("outcome: SURV\nconditions: DEV, URB, LIT, IND, STB\nincl_cut: 0.8\nno_solution: refuse\ntests:\n"
                    "  - {label: incl 0.95, incl_cut: 0.95}\n  - {label: incl 0.75, incl_cut: 0.75}\n")
    lf = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["robustness", lf, "--spec", str(spec)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "test without solution: 'incl 0.95'" in err
    assert main(["robustness", lf, "--spec", str(spec), "--no-solution", "refuse"]) == 2
    capsys.readouterr()
    assert main(["robustness", lf, "--spec", str(spec), "--no-solution", "count"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--no-solution count but" in err and "says 'no_solution: refuse'" in err
    spec.write_text(spec.read_text().replace("no_solution: refuse", "no_solution: drop"))
    assert main(["robustness", lf, "--spec", str(spec)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(spec) in err and "'no_solution: drop' is neither count" in err


def test_a_counted_empty_test_has_covs_0_in_the_specifications_table():
    """The empty solution covers nothing: its covS is Σmin(0, Y) / ΣY = 0 (defined wherever the test's outcome has a
    member), as the empty robust core's core_covS is 0 in the same result; only its inclS and PRI are 0/0. The
    specifications table gave the counted test covS NaN (JSON null), beside core_covS 0."""
    from analysis.qca._json import dumps
    import json

    lf = dataset("LF")
    prot = robustness_protocol(lf, "SURV", CONDS, NO_SOLUTION_TESTS, incl_cut=0.8, case_column="case")
    row = prot.specifications.set_index("label").loc["incl 0.95"]
    y = lf["SURV"].to_numpy(float)
    assert row["covS"] == np.minimum(np.zeros(len(y)), y).sum() / y.sum() == prot.fit["core_covS"] == 0
    assert np.isnan(row["inclS"]) and np.isnan(row["PRI"])
    out = json.loads(dumps(prot.to_dict()))["specifications"][1]
    assert out["covS"] == 0 and out["inclS"] is None and out["PRI"] is None
    # a test dropping cases: its covS on its own cases (0 as well), the other tests' fit unchanged
    dropped = robustness_protocol(lf, "SURV", CONDS, [{"label": "no BE", "incl_cut": 0.95, "drop_cases": ["BE"]}],
                                  incl_cut=0.8, case_column="case")
    assert dropped.specifications.set_index("label").loc["no BE", "covS"] == 0


def test_a_sweep_file_with_an_empty_no_solution_key_is_refused(capsys):
    """'no_solution:' with nothing after it (YAML's null: a value left out) was read as the key left out, so the
    test set ran under 'count', exit 0 without a word, where 'refuse' may have been meant; as 'incl_cut:' and
    'model:' left empty are refused, it is now one error naming the file and the key, and what is allowed."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    spec = ROOT / "tests/bad_inputs/spec_no_solution_empty.yaml"
    lf = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["robustness", lf, "--spec", str(spec)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and str(spec) in err
    assert "'no_solution:' has no value" in err and "count" in err and "refuse" in err
    assert main(["robustness", lf, "--spec", str(spec), "--no-solution", "count"]) == 2
    assert "'no_solution:' has no value" in capsys.readouterr().err


def test_robustness_takes_the_search_budgets_its_refusals_name(capsys):
    """robustness_protocol ran every specification with the engine's default budgets, and a refusal told the user to
    raise one (e.g. 'raise --max-chart-cells') that neither the API nor the robustness command took: the advice
    could not be followed. budgets= (minimize()'s and truth_table()'s max_memberships) now reaches every
    specification of the protocol and of threshold_range, and the robustness command takes the same flags; a
    refusal under given budgets no longer calls them the default ones."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main
    from analysis.qca.protocol import threshold_range
    from analysis.qca.sweep_spec import run_spec_file

    lf = dataset("LF")
    spec = ROOT / "docs" / "examples" / "LF_sweeps.yaml"
    tests = [{"label": "incl 0.75", "incl_cut": 0.75}]
    with pytest.raises(QCAInputError, match=r"the initial specification has no solution: refused by the engine's "
                                            r"search budgets: .*max_chart_cells"):
        robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", budgets={"max_chart_cells": 1})
    with pytest.raises(QCAInputError, match=r"the initial specification: refused by the engine's search budgets: "
                                            r".*exceed max_memberships = 10"):
        robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", budgets={"max_memberships": 10})
    raised = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case",
                                 budgets={"max_work": 10**7, "max_memberships": 10**9})
    plain = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case")
    pd.testing.assert_frame_equal(raised.specifications, plain.specifications)
    for bad, what in (({"n_jobs": 2}, "'n_jobs'"), ({"max_wrok": 1}, "'max_wrok'")):
        with pytest.raises(QCAInputError, match=f"budgets of robustness_protocol: unknown {what}"):
            robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", budgets=bad)
    rng = threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=0.8, case_column="case",
                          budgets={"max_work": 10**7})
    pd.testing.assert_frame_equal(rng, threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=0.8,
                                                       case_column="case"))
    with pytest.raises(QCAInputError, match="budgets of threshold_range: unknown 'max_wrok'"):
        threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=0.8, case_column="case",
                        budgets={"max_wrok": 1})
    # a bad value is the sweep's budget, checked before any specification runs (it read as a failure of the initial
    # specification, and run_spec_file put the file's name on it, and on a bad skew_bounds)
    for bad, what in (({"max_work": -1}, "max_work must be a positive whole number, got -1"),
                      ({"allow_partial": "yes"}, "allow_partial must be True or False"),
                      ({"max_memberships": 0}, "max_memberships must be a positive whole number")):
        with pytest.raises(QCAInputError, match=f"^budgets of robustness_protocol: {what}"):
            robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", budgets=bad)
        with pytest.raises(QCAInputError, match=f"^budgets of run_spec_file: {what}"):
            run_spec_file(lf, spec, raw=dataset("LR"), case_column="case", budgets=bad)
    with pytest.raises(QCAInputError, match=r"^skew_bounds must satisfy"):
        run_spec_file(lf, spec, raw=dataset("LR"), case_column="case", skew_bounds=(0.8, 0.2))
    nones = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case",
                                budgets={"max_models": None, "sa_limit": None, "ec_limit": None,
                                         "max_memberships": None})   # None: the default, as minimize() reads it
    pd.testing.assert_frame_equal(nones.specifications, plain.specifications)
    path, raw = str(ROOT / "data/reference/datasets/LF.csv"), str(ROOT / "data/reference/datasets/LR.csv")
    for flag, value in (("--max-chart-cells", "1"), ("--max-memberships", "10")):
        assert main(["robustness", path, "--spec", str(spec), "--raw", raw, flag, value]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "refused by the engine's search budgets" in err and f"raise {flag}" in err


def test_a_calibration_range_gives_no_warning_without_naming_the_range():
    """A calibration range also analyses the data's own set, to say when the recalibrated start differs from it; that
    extra run's warnings reached the caller unlabelled (the CLI printed e.g. "warning: skewed condition 'B' ..." with
    no range or step beside the same warning naming the range's steps). Every warning of a range now names it."""
    cases = [f"c{i}" for i in range(1, 13)]
    b = [1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0]
    x = np.arange(1, 13, dtype=float)
    data = pd.DataFrame({"A": np.round(calibrate(x, thresholds="e=2, c=6.5, i=11"), 2), "B": [1] + [0] * 11, "Y": b},
                        index=cases)
    raw = pd.DataFrame({"A": x}, index=cases)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threshold_range(data, "Y", ["A", "B"], "calibration", 0.5, 2, raw=raw, calibrate_set="A",
                        thresholds="e=2, c=6.5, i=11", incl_cut=0.6)
    messages = [str(w.message) for w in caught]
    assert any(m.startswith("skewed condition 'B'") for m in messages), messages
    assert all("calibration range of 'A'" in m for m in messages), messages


@pytest.mark.parametrize("call", ["protocol", "range"])
def test_raw_values_are_not_matched_by_row_position_past_a_column_of_case_names(call):
    """Data and raw values read without an index (pd.read_csv(path)), both naming their cases in a column: without
    case_column both were indexed 0, 1, 2, ... and the raw values were matched to the cases by row position, so a raw
    file in another order recalibrated each case with another case's values, without a word. Now refused, naming
    the column; with case_column the cases are matched by name and the raw file's order does not matter."""
    from analysis.paths import DATASETS

    lf, lr = pd.read_csv(DATASETS / "LF.csv"), pd.read_csv(DATASETS / "LR.csv")
    upside_down = lr.iloc[::-1].reset_index(drop=True)

    def run(raw, **kw):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if call == "protocol":
                return robustness_protocol(lf, "SURV", CONDS, [{"label": "DEV c=600", "calibrate": {
                    "DEV": {"thresholds": "e=350, c=600, i=900"}}}], incl_cut=0.8, raw=raw, **kw).fit
            return threshold_range(lf, "SURV", CONDS, "calibration", 25, 3, incl_cut=0.8, raw=raw,
                                   calibrate_set="DEV", thresholds="e=350, c=550, i=850", **kw)

    with pytest.raises(QCAInputError, match=r"by row position.*column 'case' of both.*case_column='case'"):
        run(upside_down)
    by_name, in_order = run(upside_down, case_column="case"), run(lr, case_column="case")
    if call == "protocol":
        assert by_name == in_order
    else:
        pd.testing.assert_frame_equal(by_name, in_order)


def test_power_is_judged_on_the_table_minimisation_sees_with_exclude():
    """With exclude (an ESA protocol), a test that only turns an excluded observed row into a remainder changes
    nothing minimisation sees (the row is coded OUT = 0 either way), yet the protocol compared the tables before
    exclusion and reported the test as having power (the methods helper's finding). Power is now judged after
    exclusion; a test that changes a row that is not excluded still has power."""
    import warnings

    from analysis.qca import QCAWarning

    rows = [(1, 1, 1), (1, 1, 1), (0, 0, 0), (0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 1, 0)]
    data = pd.DataFrame(rows, columns=["A", "B", "Y"], index=[f"c{i}" for i in range(len(rows))])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)   # exclude recodes an observed row: said, not tested here
        rob = robustness_protocol(data, "Y", "A, B", [{"n_cut": 2}], exclude=[3])   # row 3 is A*~B (n = 1)
        same = rob.to_frame().set_index("label")
        assert not bool(same.loc["TS1", "truth_table_changed"]), same
        moved = robustness_protocol(data, "Y", "A, B", [{"n_cut": 2}], exclude=[2]).to_frame().set_index("label")
    assert bool(moved.loc["TS1", "truth_table_changed"]), moved   # row 3 becomes a remainder the solution may use


def test_truth_table_changed_is_what_minimisation_sees_not_where_the_cases_are():
    """A test that moves a case to exactly 0.5 (out of every truth table row) while every row keeps its OUT read
    truth_table_changed False, and a user took it for a mistake. The column says whether what minimisation sees of
    the table changed (a row's OUT, a row turned remainder or observed: TruthTable.signature), as the docs now say
    (RobustnessProtocol, robustness.py): the solution cannot differ, the memberships (and so the fit) can; where the
    cases are is in `memberships` and `case_types_by_test`."""
    import warnings

    from analysis.qca import QCAWarning, calibrate

    raw = pd.DataFrame({"A": [9.0, 8.0, 6.0, 1.0, 2.0, 4.0], "B": [1, 1, 1, 0, 0, 0], "Y": [1, 1, 1, 0, 0, 0]},
                       index=[f"c{i}" for i in range(6)])
    data = raw.assign(A=calibrate(raw["A"], thresholds="e=0, c=5, i=10"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", QCAWarning)
        rob = robustness_protocol(data, "Y", "A, B", [{"label": "A c=6", "calibrate": {
            "A": {"thresholds": "e=0, c=6, i=10"}}}], raw=raw)
    assert any("exactly 0.5 for case(s) 'c2'" in str(w.message) for w in caught), [str(w.message) for w in caught]
    row = rob.to_frame().set_index("label").loc["A c=6"]
    assert not bool(row["truth_table_changed"]) and bool(row["same_solution"]), row
    assert rob.memberships.loc["c2", "A c=6"] == 0.5 and rob.memberships.loc["c2", "IS"] > 0.5
    doc = " ".join((robustness_protocol.__doc__ or "").split() + (type(rob).__doc__ or "").split())
    assert "truth_table_changed" in doc and "0.5" in doc, doc


def test_the_note_on_a_counted_empty_test_names_the_rule_as_the_cli_and_a_sweep_file_write_it(tmp_path, capsys):
    """The robustness command's note on a test counted as the empty solution said "(no_solution='refuse' makes such
    tests an error)", the Python argument, which neither the command line nor a sweep file takes in that form."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    spec = tmp_path / "tests.yaml"
    spec.write_text("outcome: SURV\nconditions: DEV, URB, LIT, IND, STB\nincl_cut: 0.8\ntests:\n"
                    "  - {label: incl 0.95, incl_cut: 0.95}\n  - {label: incl 0.75, incl_cut: 0.75}\n")
    assert main(["robustness", str(ROOT / "data/reference/datasets/LF.csv"), "--spec", str(spec)]) == 0
    out = capsys.readouterr().out   # the note, wrapped within 80 columns: its line and those indented below it
    note = flat(out[out.index("\nnote: ", out.index("counts as the empty solution") - 400):].split("\nnote: ")[1])
    assert "counts as the empty solution" in note, out
    assert "--no-solution refuse" in note and "'no_solution: refuse'" in note, note


def test_raw_values_read_without_their_case_names_as_index_are_named_so():
    """The data indexed by case name, the raw values read without index_col (their names in a column 'case', their
    index 0, 1, 2, ...): the error said "case(s) 'AU', 'BE', ... not in the raw data", though every name is in it.
    It now names the column holding them and how to use it."""
    from analysis.paths import DATASETS

    lf = pd.read_csv(DATASETS / "LF.csv", index_col="case")
    lr = pd.read_csv(DATASETS / "LR.csv")
    tests = [{"label": "DEV c=600", "calibrate": {"DEV": {"thresholds": "e=350, c=600, i=900"}}}]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(QCAInputError, match=r"column 'case' of the raw data holds the names: read it with "
                                                r"index_col='case', or pass raw_case_column='case'"):
            robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, raw=lr)
        with pytest.raises(QCAInputError, match=r"column 'case' of the raw data holds the names"):
            threshold_range(lf, "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, raw=lr, calibrate_set="DEV",
                            thresholds="e=350, c=550, i=850")
        fit = robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, raw=lr, raw_case_column="case").fit
    assert fit == robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, raw=lr.set_index("case")).fit


def test_protocol_json_says_in_a_flag_whether_the_robust_core_is_empty():
    """The protocol's JSON wrote an empty robust core only as core_expression "0" (Boolean notation for the empty
    set), which a JSON reader may take for a number, as qca.json did. It now also says core_empty: true (the empty
    set), false (a core with cases possible), null (the core was not expanded: core_expression '')."""
    import json

    from analysis.qca._json import dumps

    empty = json.loads(dumps(robustness_protocol(dataset("LF"), "SURV", CONDS, NO_SOLUTION_TESTS, incl_cut=0.8,
                                                 case_column="case").to_dict()))
    assert empty["core_expression"] == "0" and empty["core_empty"] is True
    full = robustness_protocol(dataset("LF"), "SURV", CONDS, NO_SOLUTION_TESTS[1:], incl_cut=0.8, case_column="case")
    assert full.core_expression not in ("", "0") and full.to_dict()["core_empty"] is False


def test_printed_protocol_shows_its_case_oriented_half():
    """Oana & Schneider's protocol is fit- and case-oriented. The printout gave RCC_rank as a bare number (which end of
    1..4 is good?) and no case: which cases are shaky or possible, the cases to look at, was in the JSON only. It
    now says what the rank means and lists the cases of each type (types without a case left out)."""
    p = protocol("TS1", "TS2", "TS3")
    text = str(p)
    assert f"RCC_rank {p.case_ratios['RCC_rank']} (shaky and possible cases)" in text
    lines = text.splitlines()
    first = lines.index("case types:") + 1   # one type a line ('  robust typical: BE, CZ'), its cases wrapped below
    end = next(i for i in range(first, len(lines)) if not lines[i].startswith("  "))
    parts: list[str] = []
    for line in lines[first:end]:   # a type's further lines are indented by four
        parts[-1:] = [f"{parts[-1]} {line.strip()}"] if line.startswith("    ") else [*parts[-1:], line.strip()]
    listed = {}
    for part in parts:
        kind = next(k for k in KEY_NAMES.values() if part.startswith(k + ": "))
        listed[kind] = part[len(kind) + 2:].split(", ")
    assert all(len(line) <= 80 for line in lines[first - 1:end])
    types = p.cases.set_index("case")["type"]
    assert listed == {k: list(types.index[types == k]) for k in KEY_NAMES.values() if (types == k).any()}
    assert listed["shaky typical"] and listed["possible deviant"] == ["DE"]


def test_the_protocols_json_says_what_the_initial_specification_was():
    """The protocol's JSON (to_dict, the CLI's robustness --json) gave every test's settings ('incl_cut=0.75') but
    not the initial specification's: its row's settings are blank, and nothing else said its cut-offs, solution
    options or budgets, so two runs from different initial cut-offs could not be told apart from their JSON files.
    to_dict()['initial'] (RobustnessProtocol.initial) now gives the arguments every specification starts from."""
    import json

    tests = [{"label": "n 2", "n_cut": 2}]
    runs = [robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=cut, case_column="case",
                                budgets={"max_work": 2_000_000}).to_dict() for cut in ((0.8, 0.6), 0.75)]
    assert runs[0]["initial"] == {"incl_cut": [0.8, 0.6], "n_cut": 1, "pri_cut": 0.0, "include": "?", "dir_exp": None,
                                  "exclude": None, "model": 1, "test_models": "same", "no_solution": "count",
                                  "budgets": {"max_work": 2_000_000}, "skew_bounds": [0.2, 0.8]}
    assert runs[1]["initial"]["incl_cut"] == 0.75
    assert [r["specifications"][0]["settings"] for r in runs] == ["", ""]   # the IS row alone does not say it
    assert json.loads(json.dumps(runs[0], allow_nan=False))["initial"] == runs[0]["initial"]


def test_every_model_of_a_test_solution_can_be_a_test_solution():
    """The robust core and the robustness fit took model 1 of each test solution, the engine's order of equally
    minimal models (as SetMethods' rob.* functions take the first): on LM a test dropping FR has three models, and
    the core rested on the first alone. test_models='all' makes every model of a test solution a test solution of
    its own ('noFR M1', ...): the core is min(IS, every model of every test), minTS / maxTS over all of them; the
    default ('same') is unchanged, and the choice is in `initial` (JSON) and the note."""
    lm = dataset("LM")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    tests = [{"label": "n2", "n_cut": 2}, {"label": "noFR", "drop_cases": ["FR"]}]
    one = robustness_protocol(lm, "SURV", conds, tests, case_column="case")
    every = robustness_protocol(lm, "SURV", conds, tests, case_column="case", test_models="all")
    models = minimize(truth_table(lm.set_index("case").drop(index="FR"), "SURV", conds), include="?").models
    assert len(models) == 3
    data = lm.set_index("case")[conds]
    expected = np.minimum.reduce([one.memberships["IS"].to_numpy(), one.memberships["n2"].to_numpy()]
                                 + [expression_membership(data, m.expression) for m in models])
    np.testing.assert_allclose(every.memberships["core"].to_numpy(), expected)
    assert list(every.single["test"]) == ["n2", "noFR M1", "noFR M2", "noFR M3"]
    assert every.core_expression != one.core_expression
    spec = every.specifications.set_index("label")
    assert spec.loc["noFR", "expression"] == " | ".join(m.expression for m in models)
    assert np.isnan(spec.loc["noFR", "inclS"]) and spec.loc["n2", "inclS"] == one.specifications.set_index("label").loc["n2", "inclS"]
    assert every.to_dict()["initial"]["test_models"] == "all" and one.to_dict()["initial"]["test_models"] == "same"
    assert "every model of each test solution is a test solution of its own (test_models='all'" in flat(str(every))
    with pytest.raises(QCAInputError, match="test_models must be 'same' .* or 'all'"):
        robustness_protocol(lm, "SURV", conds, tests, case_column="case", test_models="every")
    with pytest.raises(QCAInputError, match="'noFR M1' is already a test's label"):
        robustness_protocol(lm, "SURV", conds, tests + [{"label": "noFR M1", "n_cut": 3}], case_column="case",
                            test_models="all")


def test_a_sweep_file_takes_test_models(tmp_path):
    """A sweep file's 'test_models: all' reaches robustness_protocol (it was an unknown key)."""
    import json

    from analysis.qca.sweep_spec import run_spec_file

    path = tmp_path / "s.yaml"
    path.write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\ntest_models: all\n"
                    "tests:\n  - {label: noFR, drop_cases: [FR]}\n", encoding="utf-8")
    out = json.loads(run_spec_file(dataset("LM").set_index("case"), path, as_json=True))
    assert out["protocol"]["initial"]["test_models"] == "all"
    assert [r["test"] for r in out["protocol"]["single_tests"]] == ["noFR M1", "noFR M2", "noFR M3"]


def test_a_test_set_that_cannot_change_anything_says_its_fit_is_one_by_construction():
    """Two cut-offs that change no truth-table row gave RF_cov = RF_cons = RF_SC = 1 and a robust core equal to the
    initial solution, read as 'fully robust', with only each sweep's power line to say otherwise. A test set none
    of whose tests changes the truth table or recalibrates a set now has a note saying the fit is 1 by
    construction; one test that changes the table, or recalibrates, removes it."""
    lf = dataset("LF")
    idle = [{"label": "a", "incl_cut": 0.801}, {"label": "b", "incl_cut": 0.802}]
    p = robustness_protocol(lf, "SURV", CONDS, idle, incl_cut=0.8, case_column="case")
    assert all(v == pytest.approx(1.0) for k, v in p.fit.items() if k.startswith("RF_"))
    assert any("1 by construction; the test set tests nothing" in n for n in p.notes)
    q = robustness_protocol(lf, "SURV", CONDS, idle + [TS["TS1"]], incl_cut=0.8, case_column="case")
    assert not any("by construction" in n for n in q.notes)


def test_a_model_the_tests_lack_points_to_every_model_of_the_tests():
    """model = 2 where a test solution has one model was refused with 'use model = 1'; the study's model 2 can now be
    tested against every model of each test solution, and the error says so."""
    lm = dataset("LM")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    tests = [{"label": "n2", "n_cut": 2}]
    with pytest.raises(QCAInputError, match="or test_models='all' \\(model 2 of the initial solution"):
        robustness_protocol(lm, "SURV", conds, tests, case_column="case", model=2)
    p = robustness_protocol(lm, "SURV", conds, tests, case_column="case", model=2, test_models="all")
    initial = minimize(truth_table(lm.set_index("case"), "SURV", conds), include="?").models[1].expression
    assert p.specifications.set_index("label").loc["IS", "expression"] == initial


def test_a_range_says_what_it_held_fixed():
    """A threshold range's table (Paper A writes it, threshold_ranges.csv) named the moved threshold and the solution's
    kind only: the other cut-offs, dir_exp and an ESA's blocked rows it ran at were in no column. 'held_fixed' now
    gives them on every row."""
    lf = dataset("LF")
    inc = threshold_range(lf, "SURV", CONDS, "incl_cut", 0.05, 1, incl_cut=(0.8, 0.6), n_cut=2, case_column="case",
                          exclude=[3])
    assert inc["held_fixed"].tolist() == ["ic0=0.6; n_cut=2; pri_cut=0; skew_bounds=(0.2, 0.8); include='?'; "
                                        "dir_exp=None; exclude=3"]
    nc = threshold_range(lf, "SURV", CONDS, "n_cut", 1, 1, incl_cut=0.8, case_column="case", include="?",
                         dir_exp={c: 1 for c in CONDS})
    assert nc["held_fixed"].iloc[0].startswith("incl_cut=0.8; pri_cut=0; skew_bounds=(0.2, 0.8); include='?'; "
                                                  "dir_exp={'DEV': 1")


def test_a_bound_with_no_change_in_range_names_the_farthest_value_tested():
    """A bound with no change within max_runs steps was NaN with 'no change in range' (R's NA), which did not say
    how far the range was searched: the reason now names the farthest value tested (start -/+ max_runs x step), the
    bounds unchanged."""
    lf = dataset("LF").set_index("case")
    for parameter, step, runs, start in (("incl_cut", 0.01, 3, 0.8), ("n_cut", 1, 1, 1)):
        out = threshold_range(lf, "SURV", CONDS, parameter, step, runs, incl_cut=0.8, n_cut=1)
        for side, sign, word in (("lower", -1, "down"), ("upper", 1, "up")):
            reason = out.loc[0, f"{side}_reason"]
            if pd.isna(out.loc[0, side]):
                last = round(start + sign * runs * step, 10)
                assert reason == f"no change in range (tested {word} to {last:g})", (parameter, side, reason)
            else:
                assert not reason.startswith("no change in range"), (parameter, side, reason)
    cal = threshold_range(lf, "SURV", CONDS, "calibration", 25, 2, incl_cut=0.8, raw=dataset("LR").set_index("case"),
                          calibrate_set="DEV", thresholds="e=350, c=550, i=850")
    anchors = dict(e=350, c=550, i=850)
    for row in cal.itertuples():
        assert row.lower_reason == f"no change in range (tested down to {anchors[row.threshold] - 50:g})"


def test_a_test_recalibrating_a_condition_says_the_expressions_read_the_initial_calibration():
    """A protocol whose test recalibrates a condition (DEV c=600 on LF) printed 'robust core: DEV*~IND + URB*STB
    inclS 0.855 ... covS 0.692' while pof of that very expression on the data gives 0.850 and 0.714, and its case
    types named a shaky typical case (FI) under the expression '0' for IS*~minTS, with no note: the memberships
    (fits, case types) take each test solution on its own calibration, the expressions read every set in the initial
    one (the module docstring says so; the printout did not). A note now names the tests and the sets; a test set of
    cut-offs gets none. Fails before (no note)."""
    from analysis.qca import pof

    rob = protocol("TS3")
    assert rob.core_expression == "DEV*~IND + URB*STB"
    on_data = pof(rob.core_expression, dataset("LF").set_index("case"), "SURV").to_frame().iloc[-1]
    assert abs(on_data["inclS"] - rob.fit["core_inclS"]) > 0.004   # the difference the note explains
    said = [n for n in rob.notes if n.startswith("test(s) 'TS3' recalibrate")]
    assert said == [
        "test(s) 'TS3' recalibrate DEV: each test solution's memberships are read on its own calibration, so the "
        "robust core's fit, the RF measures and the case types (from memberships) can differ from what the "
        "expressions (core_expression, core_minimised, each case type's expression), which read every set in the "
        "initial calibration, give on the data"], rob.notes
    assert not [n for n in protocol("TS1", "TS2").notes if "recalibrate" in n]


def test_a_case_type_counted_where_its_expression_is_empty_says_why_in_the_printout():
    """A test recalibrating DEV (c=600 on LF): the printed case types showed 'shaky typical  IS*~minTS  Y > 0.5  1 ...
    0', one case beside the expression '0' (the empty set), which reads as a contradiction: n counts the cases by the
    memberships (each test solution on its own calibration), the expression reads every set in the initial one, where
    IS*~minTS is empty. Such a row's expression is now marked and a line under the table says what it means; a row
    with no case, and a protocol without recalibration, are printed as before. Fails before (a bare '0')."""
    rob = protocol("TS3")
    lines = str(rob).splitlines()
    # the table is wider than 80 columns with its expressions: each type's expression is on a line below it
    lines = lines[lines.index("expression of each type:"):]
    shaky = next(line for line in lines if line.startswith("  shaky typical: "))
    assert rob.parts.set_index("type").loc["shaky typical", ["n", "expression"]].tolist() == [1, "0"]
    assert shaky.split()[-1] == "*", shaky
    assert flat("\n".join(lines[lines.index(shaky) + 1:])).count(
        "* empty as an expression, which reads every set in the initial calibration; its n counts the cases by the "
        "memberships, each test solution's read on its own data (its own calibration)") == 1
    assert next(line for line in lines if line.startswith("  shaky deviant: ")).split()[-1] == "0"
    assert not any(line.startswith("* empty as an expression") for line in str(protocol("TS1", "TS2")).splitlines())


def test_a_recalibration_test_reads_the_raw_values_of_its_own_cases_only():
    """A test recalibrating X and dropping the one case without a raw value of X (drop_cases: the natural fix) was
    refused for that case's missing raw value: the test recalibrated every case of the data before dropping any. Its
    cases are now chosen first, so the dropped case's raw value is not read (whatever it is, the test is the same);
    and the refusal of a test without drop_cases says how to leave the case out."""
    rng = np.random.default_rng(1)
    n = 12
    names = pd.Index([f"c{i}" for i in range(n)], name="case")
    raw = pd.DataFrame({"X": list(rng.integers(1, 6, n - 1)) + [np.nan], "Z": rng.uniform(0, 10, n).round(1)},
                       index=names)
    data = pd.DataFrame({"X": calibrate(raw["X"].fillna(5), thresholds="e=1, c=3.5, i=5").round(2),
                         "Z": calibrate(raw["Z"], thresholds="e=2, c=5.05, i=8").round(2),
                         "Y": rng.uniform(0, 1, n).round(2)}, index=names)
    test = {"label": "T1", "calibrate": {"X": {"thresholds": "e=1.5, c=3.5, i=4.5"}}}
    with pytest.raises(QCAInputError, match=r"^test 'T1': raw column 'X' has a missing or non-numeric value for "
                                            r"case\(s\) 'c11': nan; calibration needs a number for every case; to leave "
                                            r"the case without one out of this test: drop_cases: \['c11'\]$"):
        robustness_protocol(data, "Y", ["X", "Z"], [test], incl_cut=0.8, raw=raw)
    dropped = {**test, "drop_cases": ["c11"]}
    got = robustness_protocol(data, "Y", ["X", "Z"], [dropped], incl_cut=0.8, raw=raw)
    filled = robustness_protocol(data, "Y", ["X", "Z"], [dropped], incl_cut=0.8, raw=raw.fillna({"X": 3}))
    assert str(got) == str(filled) and "T1" in str(got)


def test_the_protocols_notes_and_refusals_say_their_tests_in_the_number_they_take():
    """The protocol said one test as several: 'initial solution and 1 test specification(s)', 'test(s) 'incl 0.95'
    have no sufficient configuration (no truth-table row passes their cut-offs): each counts ...', 'test(s) without
    solution: 'incl 0.95' (...). The initial solution is not robust to them ...: drop or change these tests', 'test(s)
    'same' are the initial specification itself', 'test(s) 'y' recalibrate the outcome'. Each is said in the
    singular of one test and in the plural of two (errors.in_number)."""
    lf, lr = dataset("LF"), dataset("LR")
    y = {"SURV": {"thresholds": "e=-9, c=0, i=10"}}

    def run(tests, **kw):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return robustness_protocol(lf, "SURV", CONDS, tests, incl_cut=0.8, case_column="case", raw=lr, **kw)

    one = [{"label": "incl 0.95", "incl_cut": 0.95}, {"label": "same", "incl_cut": 0.8},
           {"label": "y", "calibrate": y}]
    two = one + [{"label": "incl 0.96", "incl_cut": 0.96}, {"label": "n1", "n_cut": 1},
                 {"label": "y2", "calibrate": y}]
    for tests, said in ((one, ["initial solution and 3 test specifications",
                               "test 'incl 0.95' has no sufficient configuration (no truth-table row passes its "
                               "cut-offs): it counts as the empty solution", "leaving it out would report",
                               "test 'same' is the initial specification itself (the same cut-offs, cases and "
                               "memberships): it finds", "test 'y' recalibrates the outcome SURV: it finds"]),
                        (two, ["initial solution and 6 test specifications",
                               "tests 'incl 0.95', 'incl 0.96' have no sufficient configuration (no truth-table row "
                               "passes their cut-offs): each counts", "leaving them out would report",
                               "tests 'same', 'n1' are the initial specification itself (the same cut-offs, cases and "
                               "memberships): each finds", "tests 'y', 'y2' recalibrate the outcome SURV: each finds"])):
        text = flat(str(run(tests)))
        assert all(s in text for s in said), (said, text)
        assert "(s)" not in text
    for n, (tests, said) in enumerate(((one, "test without solution: 'incl 0.95' (no positive row"),
                                       (two, "tests without solution: 'incl 0.95' (no positive row"))):
        with pytest.raises(QCAInputError) as err:
            run(tests, no_solution="refuse")
        end = ("not robust to it (", "drop or change this test") if n == 0 else ("not robust to them (",
                                                                                  "drop or change these tests")
        assert str(err.value).startswith(said) and end[0] in str(err.value) and str(err.value).endswith(end[1])
    for labels, said in ((["incl 0"], "test without solution: 'incl 0' (nothing to minimise"),
                         (["incl 0", "incl 0.01"], "tests without solution: 'incl 0' (nothing to minimise")):
        with pytest.raises(QCAInputError) as err:
            run([{"label": lab, "incl_cut": float(lab.split()[1])} for lab in labels])
        end = ("The engine refused it, so it gives no solution", "drop or change this test") if len(labels) == 1 else (
            "The engine refused them, so they give no solution", "drop or change these tests")
        assert str(err.value).startswith(said) and end[0] in str(err.value) and str(err.value).endswith(end[1])
    for tests, said in (([{"label": "y", "calibrate": y}], "(test 'y' recalibrates only the outcome, which"),
                        ([{"label": "y", "calibrate": y}, {"label": "y2", "calibrate": y}],
                         "(tests 'y', 'y2' recalibrate only the outcome, which")):
        assert any(said in n for n in run(tests).notes)
def test_a_recalibration_test_takes_its_anchors_at_percentiles():
    """Moving the percentile anchors (the 10th, 50th and 90th for the 5th, 50th and 95th) is a robustness test much
    applied work reports; a test's calibrate refused 'percentiles' as an unknown argument, though calibrate_frame and
    the calibration file take it. A test's percentiles now make its thresholds from the raw values of the cases the
    test analyses (its drop_cases left out), as R's quantile() type 7 computes them (written out here: the value at
    position (n - 1) * p between the sorted values), its settings saying percentiles; thresholds with them refused."""
    lr = dataset("LR").set_index("case")

    def by_hand(cases, p):   # R's type 7, without numpy
        v = sorted(float(x) for x in lr.loc[cases, "DEV"])
        h = (len(v) - 1) * p / 100
        lo = int(h)
        return v[lo] + (h - lo) * (v[min(lo + 1, len(v) - 1)] - v[lo])

    kept = [c for c in lr.index if c != "AU"]
    anchors = {k: by_hand(kept, p) for k, p in (("e", 10), ("c", 50), ("i", 90))}
    tests = [{"label": "p", "calibrate": {"DEV": {"percentiles": "e=10, c=50, i=90"}}, "drop_cases": ["AU"]},
             {"label": "t", "calibrate": {"DEV": {"thresholds": anchors}}, "drop_cases": ["AU"]}]
    p = robustness_protocol(dataset("LF"), "SURV", CONDS, tests, incl_cut=0.8, case_column="case",
                            raw=dataset("LR"))
    np.testing.assert_allclose(p.memberships["p"].to_numpy(), p.memberships["t"].to_numpy(), atol=1e-9)
    settings = p.specifications.set_index("label")["settings"]
    assert settings["p"].startswith("DEV: percentiles e=10, c=50, i=90"), settings["p"]
    with pytest.raises(QCAInputError, match="test 'both': calibrating 'DEV': give thresholds or percentiles, not both"):
        robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "both", "calibrate": {"DEV": {
            "percentiles": [10, 50, 90], "thresholds": "e=350, c=550, i=850"}}}], incl_cut=0.8, case_column="case",
            raw=dataset("LR"))
