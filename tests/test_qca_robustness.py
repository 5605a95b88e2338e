"""Robustness sweeps: each row equals a direct analysis at that setting; order and labels are stable;
failures are reported, not raised; the summarize() callback adds columns."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.paths import DATASETS
from analysis.qca.calibrate import calibrate_frame
from analysis.qca.errors import QCAInputError
from analysis.qca.minimize import minimize
from analysis.qca.robustness import (calibration_anchors, case_removal, perturbed_specs, sensitivity_incl_cut,
                                     sensitivity_n_cut, sensitivity_pri_cut)
from analysis.qca.truth_table import truth_table

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
LF = pd.read_csv(DATASETS / "LF.csv", index_col="case")
LR = pd.read_csv(DATASETS / "LR.csv")
SPEC = {"DEV": {"thresholds": "e=350, c=550, i=850"}, "URB": {"thresholds": "e=10, c=12.5, i=25"},
        "LIT": {"thresholds": "e=50, c=75, i=95"}, "IND": {"thresholds": "e=10, c=20, i=35"},
        "STB": {"thresholds": "e=4, c=8, i=10"}, "SURV": {"thresholds": "e=-9, c=0, i=9"}}


def _direct(data, **kw):
    include = kw.pop("include", "")
    sol = minimize(truth_table(data, "SURV", CONDS, **kw), include=include)
    return " | ".join(m.expression for m in sol.models), sol.models[0].fit


def test_incl_cut_rows_equal_direct_analyses():
    cuts = [0.75, 0.8, 0.9]
    df = sensitivity_incl_cut(LF, "SURV", CONDS, cuts=cuts, incl_cut=0.8)
    assert df["setting"].tolist() == ["incl_cut=0.75", "incl_cut=0.8", "incl_cut=0.9"]
    assert df["same_as_baseline"].tolist()[1] is True
    for cut, row in zip(cuts, df.itertuples()):
        models, fit = _direct(LF, incl_cut=cut)
        assert row.models == models
        assert row.inclS == pytest.approx(fit["inclS"]) and row.covS == pytest.approx(fit["covS"])
        assert row.n_models == len(models.split(" | "))


def test_a_setting_without_positive_rows_is_reported_not_raised():
    df = sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8, 0.99])
    last = df.iloc[-1]
    assert last["n_models"] == 0 and last["error"] != "" and np.isnan(last["inclS"])
    assert df.iloc[0]["error"] == ""


def test_n_cut_and_pri_cut_sweeps():
    df = sensitivity_n_cut(LF, "SURV", CONDS, cuts=[1, 2], incl_cut=0.8, include="?")
    assert df["n_cut"].tolist() == [1, 2]
    assert df.loc[0, "models"] == _direct(LF, incl_cut=0.8, n_cut=1, include="?")[0]
    assert df.loc[1, "models"] == _direct(LF, incl_cut=0.8, n_cut=2, include="?")[0]
    pri = sensitivity_pri_cut(LF, "SURV", CONDS, cuts=[0.0, 0.85], incl_cut=0.8)
    assert pri.loc[1, "n_positive_rows"] <= pri.loc[0, "n_positive_rows"]


def test_summarize_adds_columns_and_reserved_names_are_refused():
    df = sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8], summarize=lambda s: {"n_terms": len(s.models[0].terms)})
    assert df.columns[-1] == "n_terms" and df.loc[0, "n_terms"] == 2
    with pytest.raises(QCAInputError, match="reserved"):
        sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8], summarize=lambda s: {"models": 1})


def test_case_removal_drops_each_case_once():
    df = case_removal(LF, "SURV", CONDS, incl_cut=0.8)
    assert df["removed_case"].tolist() == LF.index.tolist()
    for i in (0, 4):
        models, _ = _direct(LF.drop(LF.index[i]), incl_cut=0.8)
        assert df.loc[i, "models"] == models
    with_names = case_removal(LF.reset_index(), "SURV", CONDS, case_column="case", incl_cut=0.8)
    pd.testing.assert_frame_equal(with_names, df)


def test_a_baseline_that_cannot_be_built_is_refused_not_reported_per_setting():
    """case_removal(..., incl_cut=5) gave 18 rows each saying incl_cut is out of range, and a mistyped keyword a
    bare TypeError (a method audit): the caller's mistake is refused once; a baseline without a solution stays an
    answer (every setting then reads same_as_baseline False)."""
    with pytest.raises(QCAInputError, match=r"incl_cut must lie in \[0, 1\], got 5"):
        case_removal(LF, "SURV", CONDS, incl_cut=5)
    with pytest.raises(QCAInputError, match=r"unknown keyword incl_cutt .*takes incl_cut, n_cut"):   # was 'keyword(s)'
        case_removal(LF, "SURV", CONDS, incl_cutt=0.8)
    with pytest.raises(QCAInputError, match=r"unknown keywords incl_cutt, n_cutt \(truth_table\(\) takes incl_cut"):
        case_removal(LF, "SURV", CONDS, incl_cutt=0.8, n_cutt=1)
    none = case_removal(LF, "SURV", CONDS, incl_cut=1.0, n_cut=4)
    assert not none["same_as_baseline"].any()


_SWEEP_SCRIPT = """
import sys, warnings
import pandas as pd
from analysis.paths import DATASETS
from analysis.qca.robustness import case_removal
warnings.simplefilter("ignore")
LF = pd.read_csv(DATASETS / "LF.csv", index_col="case")
sys.stdout.write(case_removal(LF, "SURV", {conds!r}, incl_cut=0.8, include="?").to_csv())
"""


def test_sweeps_are_deterministic():
    """The same sweep in fresh interpreters with different string-hash seeds gives the same table, byte for byte.
    (Two calls in one process share one hash seed, so they agree even when an order comes from iterating a set of
    strings.) include='?' so that one setting (without EE) has two models whose order is on the line."""
    import io
    import os
    import subprocess
    import sys

    from analysis.paths import ROOT

    script = _SWEEP_SCRIPT.format(conds=CONDS)
    outs = {seed: subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                                 env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in (0, 1, 2, 3)}
    assert len(set(outs.values())) == 1, "the sweep's table depends on the hash seed"
    table = pd.read_csv(io.StringIO(outs[0]), index_col=0, keep_default_na=False)
    assert table["removed_case"].tolist() == LF.index.tolist()
    assert (table["n_models"].astype(int) > 1).any()   # a setting with more than one model, whose order is tested


def test_perturbed_specs_move_one_anchor_by_a_fraction_of_the_span():
    pairs = perturbed_specs({"DEV": SPEC["DEV"]}, perturbation=0.1)
    assert [p[0]["setting"] for p in pairs] == ["DEV.e -0.1", "DEV.e +0.1", "DEV.c -0.1", "DEV.c +0.1",
                                                "DEV.i -0.1", "DEV.i +0.1"]
    assert pairs[0][1]["DEV"]["thresholds"] == {"e": 300.0, "c": 550.0, "i": 850.0}
    by_value = perturbed_specs({"DEV": SPEC["DEV"]}, perturbation=0.1, relative_to="value")
    assert by_value[3][1]["DEV"]["thresholds"]["c"] == pytest.approx(605.0)


def test_calibration_anchors_rows_equal_direct_recalibration():
    df = calibration_anchors(LR, SPEC, 0.1, outcome="SURV", keep=["case"], case_column="case", incl_cut=0.8,
                             sets=["DEV", "STB"])
    assert len(df) == 1 + 2 * 3 * 2 and df.loc[0, "setting"] == "baseline" and df.loc[0, "same_as_baseline"]
    pairs = perturbed_specs(SPEC, 0.1, sets=["DEV", "STB"])
    for k in (3, 8):
        info, spec = pairs[k]
        data = calibrate_frame(LR, spec, keep=["case"])
        sol = minimize(truth_table(data, "SURV", CONDS, incl_cut=0.8, case_column="case"))
        row = df.iloc[k + 1]
        assert row["setting"] == info["setting"]
        assert row["models"] == " | ".join(m.expression for m in sol.models)


def test_anchor_shift_that_breaks_the_order_is_reported():
    spec = {**SPEC, "STB": {"thresholds": "e=4, c=8, i=8.5"}}
    df = calibration_anchors(LR, spec, 0.2, outcome="SURV", keep=["case"], case_column="case", incl_cut=0.8,
                             sets=["STB"])
    broken = df[df["error"].str.startswith("not calibrated")]
    assert set(broken["setting"]) == {"STB.c +0.2", "STB.i -0.2"}
    assert (broken["n_models"] == 0).all()


@pytest.mark.parametrize("call, message", [
    (lambda: sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[1.2]), r"\[0, 1\]"),
    (lambda: sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[]), "empty"),
    (lambda: sensitivity_n_cut(LF, "SURV", CONDS, cuts=[0]), "whole numbers"),
    (lambda: sensitivity_n_cut(LF, "SURV", CONDS, cuts=[1.5]), "whole numbers"),
    (lambda: perturbed_specs(SPEC, perturbation=1.5), "perturbation"),
    (lambda: perturbed_specs(SPEC, sets=["GDP"]), "not in the calibration spec"),
    (lambda: case_removal(LF, "SURV", CONDS, case_column="name"), "case column"),
])
def test_bad_arguments_raise_clear_errors(call, message):
    with pytest.raises(QCAInputError, match=message):
        call()


def test_perturbed_specs_by_value_move_an_anchor_of_zero():
    """relative_to='value': an anchor of 0 (e = 0 % is common) moved by a share of itself stayed at 0, so its two
    'perturbations' were the baseline under another name (same_as_baseline True: robustness the sweep never
    tested). It moves by the share of the span instead."""
    pairs = perturbed_specs({"A": {"source": "a", "thresholds": "e=0, c=50, i=100"}}, 0.1, relative_to="value")
    moved = {info["setting"]: info["perturbed"] for info, _ in pairs}
    assert moved["A.e -0.1"] == -10 and moved["A.e +0.1"] == 10
    assert moved["A.c +0.1"] == 55 and moved["A.i -0.1"] == 90     # the others still by their own value
    assert all(info["perturbed"] != info["original"] for info, _ in pairs)


def test_power_counts_what_minimisation_sees_not_case_counts():
    """A setting changes the truth table for power only where a row's OUT changes (TruthTable.signature): dropping
    one of several cases of a row that keeps its OUT changes n and the scores but cannot change the solution (a
    method audit: it was counted as a change, so such sweeps looked as if they tested something)."""
    df = case_removal(LF, "SURV", CONDS, incl_cut=0.8)
    base = truth_table(LF, "SURV", CONDS, incl_cut=0.8)
    n_only = 0
    for i, row in df.iterrows():
        tt = truth_table(LF.drop(LF.index[i]), "SURV", CONDS, incl_cut=0.8)
        assert row["truth_table_changed"] == (tt.signature != base.signature)
        if tt.signature == base.signature:
            n_only += 1
            assert row["same_as_baseline"]
    assert n_only > 0  # some removals change only case counts
    assert base.signature == tuple((int(r), o) for r, o in zip(base.rows.index, base.rows["OUT"]) if o != "?")


def test_a_pair_of_consistency_cut_offs_moves_ic1_and_keeps_ic0():
    """With incl_cut=(ic1, ic0) at the baseline, a sweep over consistency cut-offs moves ic1 and keeps ic0, as
    threshold_range does: the baseline's own ic1 is the baseline (a single cut replaced the pair, so the table
    changed at its own cut-off: row 24 of LF at (0.8, 0.6)); truth_table_power and the sweep agree with direct
    analyses at (cut, 0.6), and below ic0, ic0 follows the cut (it was an error of the whole power call)."""
    from analysis.qca.protocol import truth_table_power

    tt = truth_table(LF, "SURV", CONDS, incl_cut=(0.8, 0.6))
    power = truth_table_power(tt, "incl_cut", [0.8, 0.7, 0.9])
    assert power["changes_truth_table"].tolist()[0] is False
    for cut, flips in zip([0.7, 0.9], power["rows_changing"].tolist()[1:]):
        other = truth_table(LF, "SURV", CONDS, incl_cut=(cut, 0.6))
        assert flips == [r for r in tt.rows.index if other.rows.loc[r, "OUT"] != tt.rows.loc[r, "OUT"]]
    df = sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8, 0.7, 0.5], incl_cut=(0.8, 0.6))
    assert df["same_as_baseline"].tolist()[:1] == [True] and not df["truth_table_changed"].iloc[0]
    assert df["models"].iloc[1] == _direct(LF, incl_cut=(0.7, 0.6))[0]
    assert df["models"].iloc[2] == _direct(LF, incl_cut=(0.5, 0.5))[0] and not df["error"].iloc[2]
    low = truth_table_power(tt, "incl_cut", [0.5])["rows_changing"].iloc[0]
    other = truth_table(LF, "SURV", CONDS, incl_cut=0.5)
    assert low == [r for r in tt.rows.index if other.rows.loc[r, "OUT"] != tt.rows.loc[r, "OUT"]]
    single = sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.9], incl_cut=0.8)   # a single cut is replaced
    assert single["models"].iloc[0] == _direct(LF, incl_cut=0.9)[0]


def test_sweeps_and_the_protocol_count_every_model_of_a_partial_solution(monkeypatch):
    """Beyond max_models a solution lists its first models only (partial). The sweeps' n_models was the number
    listed (2 here, for a solution of more), and same_as_baseline / same_solution compared the listed models only.
    Now n_models is the solution's exact count, and the comparison includes it."""
    import functools
    import importlib

    from analysis.qca import robustness_protocol

    mz = importlib.import_module("analysis.qca.minimize")   # the module (the package attribute is the function)
    rb = importlib.import_module("analysis.qca.robustness")

    rng = np.random.default_rng(1)
    d = pd.DataFrame(rng.random((60, 6)).round(2), columns=list("ABCDEF"))
    d["Y"] = np.clip(0.6 * d.A + 0.4 * np.minimum(d.B, d.C) + rng.normal(0, 0.15, 60), 0, 1).round(2)
    full = minimize(truth_table(d, "Y", incl_cut=0.8), include="?", max_models=None)
    assert full.n_models > 2
    few = functools.partial(mz.minimize, max_models=2)
    monkeypatch.setattr(rb, "minimize", few)
    sweep = sensitivity_incl_cut(d, "Y", cuts=[0.8], include="?", incl_cut=0.8)
    assert sweep["n_models"].tolist() == [full.n_models] and sweep["same_as_baseline"].tolist() == [True]
    monkeypatch.setattr(mz, "minimize", few)
    rob = robustness_protocol(d, "Y", list("ABCDEF"), [{"label": "same", "incl_cut": 0.8}], incl_cut=0.8, n_jobs=1)
    assert rob.specifications["n_models"].tolist() == [full.n_models] * 2
    assert rob.specifications["same_solution"].tolist() == [True, True]
    # two partial solutions that list the same first models but differ in how many there are are not the same
    assert rb.model_key(full) != rb.model_key(minimize(truth_table(d, "Y", incl_cut=0.8), include="?", max_models=2))


def test_every_robustness_result_says_which_solution_it_compares():
    """The sweeps (sensitivity_*, case_removal) default to the conservative solution (include='', as R QCA's minimize
    and SetMethods' rob.inclrange / rob.ncutrange / rob.calibrange), the protocol and threshold_range to the
    parsimonious one (include='?', as the SetMethods examples and the compendium's reference runs pass it). Nothing
    said which a result was: two tables of the same data could disagree for that reason alone. The defaults stay (a
    change would silently change results), and every result now says it: a 'solution' column in the frames, the
    protocol's first line and its JSON ('solution'); each docstring names its default."""
    import inspect
    import warnings

    from analysis.qca import robustness_protocol, threshold_range

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sweeps = {"conservative": sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8, 0.9], incl_cut=0.8),
                  "parsimonious": sensitivity_n_cut(LF, "SURV", CONDS, cuts=[1, 2], incl_cut=0.8, include="?"),
                  "intermediate": sensitivity_pri_cut(LF, "SURV", CONDS, cuts=[0.5], incl_cut=0.8, include="?",
                                                      dir_exp={c: 1 for c in CONDS})}
        for kind, df in sweeps.items():
            assert df["solution"].tolist() == [kind] * len(df), (kind, df.columns.tolist())
        assert set(case_removal(LF.iloc[:6], "SURV", CONDS, incl_cut=0.8)["solution"]) == {"conservative"}
        rng = threshold_range(LF, "SURV", CONDS, "incl_cut", 0.05, 1, incl_cut=0.8)
        assert rng["solution"].tolist() == ["parsimonious"]
        prot = robustness_protocol(LF, "SURV", CONDS, [{"label": "t", "incl_cut": 0.75}], incl_cut=0.8)
    assert str(prot).splitlines()[0].startswith("Robustness protocol for SURV (parsimonious solutions)")
    assert prot.to_dict()["solution"] == "parsimonious"
    anchors = calibration_anchors(LR.set_index("case"), SPEC, 0.1, outcome="SURV", sets=["DEV"], incl_cut=0.8)
    assert set(anchors["solution"]) == {"conservative"}
    funcs = {"conservative": (sensitivity_incl_cut, sensitivity_n_cut, sensitivity_pri_cut, case_removal,
                              calibration_anchors),
             "parsimonious": (threshold_range, robustness_protocol)}
    for kind, fs in funcs.items():
        for f in fs:
            assert inspect.signature(f).parameters["include"].default == ("" if kind == "conservative" else "?")
            assert f"default {'' if kind == 'conservative' else '?'!r}: the {kind} solution" in " ".join(
                f.__doc__.split()), f.__name__


def test_directional_expectations_without_remainders_are_refused_once():
    """dir_exp asks for intermediate solutions, which need include='?'. The sweeps default to include='' (the
    conservative solution), so sensitivity_incl_cut(..., dir_exp=...) gave one row per setting, each with the same
    error, and robustness_protocol / threshold_range called the same input 'the initial specification has no
    solution'. Each now refuses the call up front, naming include and dir_exp, as a bad cut-off is refused."""
    import warnings

    from analysis.qca import robustness_protocol, threshold_range

    de = {c: 1 for c in CONDS}
    calls = [lambda: sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8, 0.9], incl_cut=0.8, dir_exp=de),
             lambda: case_removal(LF.iloc[:6], "SURV", CONDS, incl_cut=0.8, dir_exp=de),
             lambda: robustness_protocol(LF, "SURV", CONDS, [{"label": "t", "incl_cut": 0.75}], incl_cut=0.8,
                                         include="", dir_exp=de),
             lambda: threshold_range(LF, "SURV", CONDS, "incl_cut", 0.05, 2, incl_cut=0.8, include="", dir_exp=de)]
    for call in calls:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(QCAInputError) as err:
                call()
        assert "dir_exp" in str(err.value) and "include='?'" in str(err.value), str(err.value)
        assert "no solution" not in str(err.value), str(err.value)


def test_truth_table_power_of_an_esa_table_leaves_the_blocked_rows_out():
    """An ESA table (esa(), exclude_rows()) holds rows coded OUT = 0 whatever the cut-offs: remainders added without
    cases (incl undefined) and observed rows recoded. truth_table_power listed every one of them as changing at every
    value, the table's own incl_cut included (LF: 18 rows 'changing' at 0.8), so no cut-off looked powerless. They are
    blocked in every specification, as the protocol's exclude keeps them; only rows the cut-offs code can change."""
    from analysis.qca import esa
    from analysis.qca.esa import exclude_rows
    from analysis.qca.protocol import truth_table_power

    tt = truth_table(LF, "SURV", CONDS, incl_cut=0.8)
    plain = truth_table_power(tt, "incl_cut", [0.75, 0.8, 0.85])
    blocked = esa(tt, nec_cond="LIT", untenable="~DEV*IND")
    assert blocked.excluded and set(blocked.excluded) - set(tt.row_ids)      # remainders were added
    power = truth_table_power(blocked, "incl_cut", [0.75, 0.8, 0.85])
    assert power["rows_changing"].tolist() == plain["rows_changing"].tolist() == [[], [], [22]]
    assert power["changes_truth_table"].tolist() == [False, False, True]
    # an observed row recoded OUT = 0 (row 22, positive at 0.8) stays 0: no cut-off changes it
    with pytest.warns(Warning, match="recoded as OUT = 0"):
        recoded = exclude_rows(tt, [22])
    assert recoded.excluded == (22,)
    cuts = [0.7, 0.8, 0.85]
    others = [[r for r in flips if r != 22] for flips in truth_table_power(tt, "incl_cut", cuts)["rows_changing"]]
    assert truth_table_power(recoded, "incl_cut", cuts)["rows_changing"].tolist() == others == [[24], [], []]


def test_calibration_anchors_names_the_setting_whose_recalibrated_set_does_not_vary_in_kind():
    """An anchor shift that puts every case on one side of the crossover (c=2 moved to 1.2 and 2.8 over raw values
    1.29-2.72) makes calibrate_frame warn that the set does not vary in kind; calibration_anchors passes the warning
    on naming the setting, as its skew warnings do ('(setting X.c -0.4)'), and the baseline says nothing. Fails
    before calibrate_frame warned."""
    import warnings

    rng = np.random.default_rng(1)
    n = 30
    raw = pd.DataFrame({"case": [f"c{i}" for i in range(n)], "X": rng.uniform(1.25, 2.75, n).round(2),
                        "Z": rng.uniform(0, 10, n).round(1), "Y": rng.uniform(0, 1, n).round(2)})
    spec = {"X": {"thresholds": "e=1, c=2, i=3"}, "Z": {"thresholds": "e=2, c=5.05, i=8"}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        calibration_anchors(raw, spec, 0.4, outcome="Y", conditions=["X", "Z"], keep=["case", "Y"],
                            case_column="case", incl_cut=0.8, sets=["X"])
    said = [str(w.message) for w in caught if "does not vary in kind" in str(w.message)]
    assert len(said) == 2, said
    assert said[0].startswith("set 'X': every case is above 0.5 (raw 'X' from 1.29 to 2.72, thresholds ")
    assert said[0].endswith("(setting X.c -0.4)") and said[1].endswith("(setting X.c +0.4)")
    assert "every case is below 0.5" in said[1]


def test_a_sweep_frame_says_what_it_held_fixed():
    """A sensitivity frame named its swept value and the solution's kind only: a saved frame did not say at which
    other cut-offs, include and dir_exp its baseline ran, so a reader could not tell what was held fixed (n_cut=2 or
    1 beside the incl_cut sweep). Every row now gives them in 'held_fixed', the cut-offs at the values used
    (truth_table()'s defaults where not given), and the column survives a CSV."""
    import io

    inc = sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8, 0.9], n_cut=2, include="?")
    assert inc["held_fixed"].tolist() == ["n_cut=2; pri_cut=0; skew_bounds=(0.2, 0.8); include='?'; "
                                         "dir_exp=None"] * 2
    assert inc.columns.tolist().index("held_fixed") == inc.columns.tolist().index("solution") + 1
    ncut = sensitivity_n_cut(LF, "SURV", CONDS, cuts=[1], incl_cut=(0.8, 0.6), pri_cut=0.5)
    assert ncut.loc[0, "held_fixed"] == ("incl_cut=(0.8, 0.6); pri_cut=0.5; skew_bounds=(0.2, 0.8); "
                                          "include=''; dir_exp=None")
    pri = sensitivity_pri_cut(LF, "SURV", CONDS, cuts=[0.5], incl_cut=0.8, include="?",
                              dir_exp={c: 1 for c in CONDS})
    assert pri.loc[0, "held_fixed"] == ("incl_cut=0.8; n_cut=1; skew_bounds=(0.2, 0.8); include='?'; "
                                        "dir_exp={'DEV': 1, 'URB': 1, 'LIT': 1, 'IND': 1, 'STB': 1}")
    rem = case_removal(LF.iloc[:5], "SURV", CONDS, incl_cut=0.8)
    assert set(rem["held_fixed"]) == {"incl_cut=0.8; n_cut=1; pri_cut=0; skew_bounds=(0.2, 0.8); include=''; "
                                        "dir_exp=None"}
    back = pd.read_csv(io.StringIO(inc.to_csv(index=False)), keep_default_na=False)
    assert back["held_fixed"].tolist() == inc["held_fixed"].tolist()
    with pytest.raises(QCAInputError, match="reserved"):
        sensitivity_incl_cut(LF, "SURV", CONDS, cuts=[0.8], summarize=lambda s: {"held_fixed": 1})


def test_a_threshold_range_from_numpy_float32_cut_offs_is_the_decimal_ones():
    """threshold_range(..., incl_cut=np.float32(0.8), step=np.float32(0.05)) (numbers from a numpy array of settings)
    reported its start as 0.800000011920929 and its bounds as 0.7500000119: the range read the start and the step as
    the binary floats, where truth_table reads a float32 cut-off as the decimal it shows (checks.decimal_number).
    Found by a round-39 check that an argument given as its numpy twin gives the same result; the range now reads
    both as the truth table does, and the table is the one of 0.8 and 0.05."""
    import numpy as np

    from analysis.qca import threshold_range

    lf = LF
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    want = threshold_range(lf, "SURV", conds, "incl_cut", 0.05, max_runs=3, incl_cut=0.8)
    got = threshold_range(lf, "SURV", conds, "incl_cut", np.float32(0.05), max_runs=3, incl_cut=np.float32(0.8))
    assert got.to_csv() == want.to_csv(), got.to_csv()


def test_calibration_anchors_gives_a_warning_every_recalibration_gives_once_with_the_settings_counted():
    """A raw value 99 (a survey's code of no answer) among 1..5: calibrate_frame warns of it at every recalibration,
    and calibration_anchors gave that warning once for the baseline and again for each of the 12 shifted anchors
    (13 copies). It is now given once, counting the settings, as the sweeps' own warnings are; a warning one shift
    alone gives still names it."""
    import warnings

    rng = np.random.default_rng(1)
    n = 12
    raw = pd.DataFrame({"case": [f"c{i}" for i in range(n)], "X": list(rng.integers(1, 6, n - 1)) + [99],
                        "Z": rng.uniform(0, 10, n).round(1), "Y": rng.uniform(0, 1, n).round(2)})
    spec = {"X": {"thresholds": "e=1, c=3.5, i=5"}, "Z": {"thresholds": "e=2, c=5.05, i=8"}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = calibration_anchors(raw, spec, 0.1, outcome="Y", conditions=["X", "Z"], keep=["case", "Y"],
                                    case_column="case", incl_cut=0.8)
    said = [str(w.message) for w in caught if "missing-value code" in str(w.message)]
    assert len(frame) == 13 and len(said) == 1, said
    assert said[0].startswith("calibrating 'X' from column 'X': raw value 99 at case 'c11' looks like a missing-value "
                              "code") and said[0].endswith("(all 13 settings: the baseline and the 12 shifted anchors)")
    from analysis.qca.robustness import _settings_that_gave

    assert _settings_that_gave(["baseline"], 13) == ""
    assert _settings_that_gave(["setting X.c -0.4"], 13) == " (setting X.c -0.4)"
    assert _settings_that_gave([f"setting {i}" for i in range(7)], 13) == (
        " (setting 0; setting 1; setting 2; setting 3; setting 4; and 2 more of 13)")


def test_calibration_anchors_refuses_cases_its_calibration_leaves_without_a_membership_naming_the_raw_rows():
    """A set's missing_codes with missing='keep' leave a case without a membership; calibration_anchors passed the
    frame on and the truth table said to drop the case with drop_missing_cases(df, ['X']), a frame the sweep makes
    anew at every setting. It now says which cases, and how to leave them out of the raw data."""
    rng = np.random.default_rng(1)
    n = 12
    raw = pd.DataFrame({"case": [f"c{i}" for i in range(n)], "X": list(rng.integers(1, 6, n - 1)) + [99],
                        "Z": rng.uniform(0, 10, n).round(1), "Y": rng.uniform(0, 1, n).round(2)})
    spec = {"X": {"thresholds": "e=1, c=3.5, i=5", "missing_codes": [99], "missing": "keep"},
            "Z": {"thresholds": "e=2, c=5.05, i=8"}}
    with pytest.raises(QCAInputError, match=r"^case\(s\) 'c11' have no membership in 'X' after calibration .*, so "
                                            r"leave those cases out of them first, raw\.drop\(index=\[11\]\)$"):
        calibration_anchors(raw, spec, 0.1, outcome="Y", conditions=["X", "Z"], keep=["case", "Y"],
                            case_column="case", incl_cut=0.8)
    frame = calibration_anchors(raw.drop(index=[11]), spec, 0.1, outcome="Y", conditions=["X", "Z"],
                                keep=["case", "Y"], case_column="case", incl_cut=0.8)
    assert len(frame) == 13


def test_a_recalibration_warns_of_a_missing_value_code_with_advice_it_can_take():
    """A raw value 99 (a survey's code of no answer) among 1..5 in a protocol test's or a calibration range's raw
    data was warned of 'at positions 11' with calibrate()'s advice, x.replace(99, np.nan) with missing='keep' or the
    set's 'missing: keep', which a test's calibrate refuses (no such key; every case needs a raw value). The warning
    now names the test (the range), the set and the case, and says to leave the case out of the data analysed; taken
    (the data calibrated with missing_codes, then drop_missing_cases), the protocol and the range run without it."""
    import warnings

    from analysis.qca import drop_missing_cases, robustness_protocol, threshold_range

    rng = np.random.default_rng(1)
    n = 12
    raw = pd.DataFrame({"X": list(rng.integers(1, 6, n - 1)) + [99], "Z": rng.uniform(0, 10, n).round(1),
                        "Y": rng.uniform(0, 1, n).round(2)}, index=pd.Index([f"c{i}" for i in range(n)], name="case"))
    tests = [{"label": "T1", "calibrate": {"X": {"thresholds": "e=1.5, c=3.5, i=4.5"}}}]

    def run(spec):
        data = calibrate_frame(raw, spec).round(2).assign(Y=raw["Y"])
        data = drop_missing_cases(data, ["X", "Z", "Y"])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            robustness_protocol(data, "Y", ["X", "Z"], tests, incl_cut=0.8, raw=raw)
            threshold_range(data, "Y", ["X", "Z"], "calibration", 0.5, max_runs=2, raw=raw, calibrate_set="X",
                            thresholds="e=1, c=3.5, i=5", incl_cut=0.8)
        return [str(w.message) for w in caught if "missing-value code" in str(w.message)], data

    sets = {"X": {"thresholds": "e=1, c=3.5, i=5"}, "Z": {"thresholds": "e=2, c=5.05, i=8"}}
    with pytest.warns(Warning):   # calibrate_frame's own warning on the 99, with its advice (missing_codes)
        said, data = run(sets)
    advice = ("raw value 99 at case 'c11' looks like a missing-value code (SPSS, Stata), far from the other values "
              "(1 to 5), and was calibrated as a value: if it marks a missing answer, leave that case out of the data "
              "analysed, as a recalibration reads the raw value of every case of the data (calibrating the data, the "
              "set's missing_codes: [99] with missing: keep leaves its membership empty; then drop_missing_cases, on "
              "the command line --drop-missing)")
    assert said == [f"test 'T1': calibrating 'X': {advice}", f"calibration range of 'X': {advice}"], said
    assert "c11" in data.index
    said, data = run({**sets, "X": {**sets["X"], "missing_codes": [99], "missing": "keep"}})   # the advice taken
    assert said == [] and "c11" not in data.index


def test_a_threshold_range_printed_in_an_80_column_terminal_shows_its_bounds(monkeypatch):
    """threshold_range() returned a plain DataFrame: printed in an 80-column terminal pandas fits the columns to the
    width, and the long held_fixed text left 'threshold ... held_fixed' alone, hiding lower and upper (the answer)
    and their reasons. It is now a ThresholdRange, a DataFrame that prints threshold, value, lower and upper as a
    table, each bound's reason, and the solution and what was held fixed once; a selection of it is a plain frame,
    and it concatenates and converts to JSON as before."""
    import json
    import warnings

    from analysis.qca import threshold_range
    from analysis.qca.protocol import ThresholdRange

    monkeypatch.setenv("COLUMNS", "80")   # what shutil.get_terminal_size reads: pandas' terminal width
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rng = threshold_range(LF, "SURV", CONDS, "calibration", 25, 1, raw=LR.set_index("case"),
                              calibrate_set="DEV", thresholds="e=350, c=550, i=850", incl_cut=0.8, n_jobs=1)
    assert isinstance(rng, ThresholdRange) and isinstance(rng, pd.DataFrame) and len(rng) == 3
    with pd.option_context("display.max_columns", 0, "display.width", 80):   # a terminal's settings
        plain = repr(pd.DataFrame(rng))
        shown = repr(rng)
        assert str(rng) == shown
    assert "lower" not in plain and "..." in plain   # the symptom: the bounds hidden
    lines = shown.splitlines()
    assert lines[0].split() == ["threshold", "value", "lower", "upper"]
    for (_, row), line in zip(rng.iterrows(), lines[1:4]):   # each threshold's values, as the frame holds them
        assert line.split()[0] == row["threshold"]
        np.testing.assert_equal([float(v) for v in line.split()[1:]], [float(row[c]) for c in ("value", "lower", "upper")])
    said = " ".join(shown.split())   # the lines below the table are wrapped within 80 columns
    for _, row in rng.iterrows():
        assert (f"{row['threshold']}: lower bound, {row['lower_reason']}; upper bound, {row['upper_reason']}"
                in said)
    assert f"held fixed: {rng['held_fixed'].iloc[0]}" in said and "solution: parsimonious" in lines
    assert max(map(len, lines)) <= 80
    assert type(rng[["lower", "upper"]]) is pd.DataFrame and type(rng.copy()) is pd.DataFrame
    both = pd.concat([rng, rng], ignore_index=True)
    assert len(both) == 6 and list(both.columns) == list(rng.columns)
    assert [r["lower"] for r in json.loads(rng.to_json(orient="records"))] == [
        None if v != v else v for v in rng["lower"]]


def test_calibration_anchors_shift_the_anchors_a_sets_percentiles_give():
    """calibration_anchors(raw, spec) of a spec whose set takes its anchors at percentiles (calibrate_frame's
    'percentiles') was refused 'thresholds are required', the baseline calibrated and the shifts not. The anchors the
    percentiles give on raw are now shifted as thresholds are: the same frame as the spec with those anchors
    written out (LR's DEV at its 25th, 50th and 75th percentiles, by R's type-7 rule: 18 values, positions 5.25,
    9.5 and 13.75 counted from 1 between the sorted values)."""
    v = sorted(LR["DEV"].astype(float))
    assert len(v) == 18
    by_hand = {"e": v[4] + 0.25 * (v[5] - v[4]), "c": v[8] + 0.5 * (v[9] - v[8]), "i": v[12] + 0.75 * (v[13] - v[12])}
    rest = {k: r for k, r in SPEC.items() if k != "DEV"}
    kw = dict(outcome="SURV", keep=["case"], case_column="case", incl_cut=0.8, sets=["DEV"])
    given = calibration_anchors(LR, {"DEV": {"percentiles": "e=25, c=50, i=75"}, **rest}, 0.1, **kw)
    written = calibration_anchors(LR, {"DEV": {"thresholds": by_hand}, **rest}, 0.1, **kw)
    pd.testing.assert_frame_equal(given, written)
    shifted = given[given["set"] == "DEV"]
    assert {a: shifted.loc[shifted["anchor"] == a, "original"].iloc[0] for a in "eci"} == pytest.approx(by_hand)
