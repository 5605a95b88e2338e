"""What a user gets from a result (a truth table's rows and configurations, a solution's fit and chart, the data's
memberships) cannot change the result behind it: a frame is the user's own copy (pandas copy-on-write: a change
to it copies it), an array is read-only. Before, tt.rows.loc[r, 'OUT'] = '1' in a notebook silently changed what
every later minimize(tt) and print(tt) gave."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import minimize, truth_table

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")


def _state(tt, sol=None) -> str:
    """What a table and its solution show: printouts and JSON, and a new minimisation of the table."""
    again = minimize(tt, "?")
    return json.dumps([str(tt), tt.to_dict(), str(again), again.to_dict(pi_chart=True)] +
                      ([str(sol), sol.to_dict(pi_chart=True)] if sol is not None else []), default=str)


def test_changing_a_truth_tables_rows_changes_nothing_behind_them(lf):
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    before = _state(tt)
    rows = tt.rows
    negative = rows.index[rows["OUT"] == "0"][0]
    rows.loc[negative, "OUT"] = "1"            # a user's edit of what they were given
    rows["n"] = 0
    with pytest.warns(pd.errors.ChainedAssignmentError):   # ... or written on the attribute itself: pandas says
        tt.rows.loc[negative, "OUT"] = "1"                  # that it changes a copy
    with pytest.warns(pd.errors.ChainedAssignmentError):
        tt.rows["incl"] = 1.0
    assert tt.rows.loc[negative, "OUT"] == "0" and (tt.rows["n"] > 0).all()
    frame = tt.to_frame()
    frame.loc[negative, "OUT"] = "1"
    assert _state(tt) == before


def test_arrays_behind_a_truth_table_and_a_solution_are_read_only(lf):
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?")
    before = _state(tt, sol)
    arrays = {"tt.configs": tt.configs, "tt.data.X": tt.data.X, "tt.data.y": tt.data.y,
              "model.implicants": sol.models[0].implicants, "sol.implicants": sol.implicants,
              "sol.chart.chart": sol.chart.chart}
    for name, arr in arrays.items():
        with pytest.raises(ValueError, match="read-only"):
            arr[0] = 1 - arr[0]
        assert not arr.flags.writeable, name
    assert _state(tt, sol) == before


def _scribble(frame) -> None:
    """A user's edits of a frame they were given: every column replaced, a cell set."""
    if frame is None or not len(frame):
        return
    frame.iloc[0, 0] = frame.iloc[-1, 0]
    for c in list(frame.columns):
        frame[c] = "changed"
    frame.index = [f"x{i}" for i in range(len(frame))]


@pytest.mark.parametrize("name, dir_exp", [("LM", None), ("LF", "1,1,1,1,1")])
def test_changing_a_solutions_frames_changes_nothing_behind_them(name, dir_exp):
    data = pd.read_csv(ROOT / "data" / "reference" / "datasets" / f"{name}.csv", index_col="case")
    tt = truth_table(data, "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp=dir_exp)
    before = _state(tt, sol)
    pars = sol.parsimonious or sol
    frames = [sol.overall_term_fit, sol.models[0].term_fit, sol.to_frame(), sol.pi_chart, pars.overall_term_fit,
              pars.models[0].simplifying_assumptions]
    for pair in (sol.intermediate or {}).values():
        frames += [pair.easy_counterfactuals, pair.difficult_counterfactuals, pair.overall_term_fit]
    assert sum(f is not None and len(f) > 0 for f in frames) >= 5
    for frame in frames:
        _scribble(frame)
    assert _state(tt, sol) == before


def test_the_arrays_stay_read_only_through_pickle(lf):
    """joblib, multiprocessing and a Dask task pickle results: the unpickled arrays were writeable again."""
    import pickle

    sol = pickle.loads(pickle.dumps(minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.8), "?")))
    tt = sol.truth_table
    for arr in (tt.configs, tt.data.X, tt.data.y, sol.models[0].implicants, sol.implicants, sol.chart.chart):
        assert not arr.flags.writeable
    assert str(sol) == str(minimize(tt, "?"))
