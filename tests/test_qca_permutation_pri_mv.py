"""permutation_benchmark with pri_cut and with multi-value conditions, checked against an independent computation:
every assignment enumerated here, each scored by truth_table() itself (its own OUT rule, PRI from measures) and the
fit of the union of its '1' rows counted by hand."""
from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAInputError, minimize, permutation_benchmark, truth_table

# A multi-value (0, 1, 2) and B crisp: rows of 3, 3, 2 and 1 cases, so row consistencies 1/3, 2/3, 1/2 occur
MV = pd.DataFrame({"A": [0, 0, 0, 1, 1, 1, 2, 2, 2], "B": [1, 1, 1, 0, 0, 0, 1, 1, 0],
                   "Y": [1, 1, 0, 1, 0, 0, 1, 0, 1]}, index=[f"c{i}" for i in range(1, 10)])


def _by_enumeration(df, conds, **cuts):
    """Shares over every assignment of the positive outcomes, each through truth_table() (one call each)."""
    n, k = len(df), int(df["Y"].sum())

    def fit(y):
        tt = truth_table(df.assign(Y=y), "Y", conds, **cuts)
        rows = tt.rows[tt.rows["OUT"] == "1"]
        members = {c for cases in rows["cases"] for c in cases.split(",") if c} if len(rows) else set()
        pos = set(df.index[np.asarray(y) == 1])
        incl = len(members & pos) / len(members) if members else float("nan")
        return incl, len(members & pos) / k, (tt.rows["OUT"] == "1").any(), \
            ((tt.rows["incl"] == 0) | (tt.rows["incl"] == 1)).all()

    obs_incl, obs_cov, _, _ = fit(df["Y"].to_numpy())
    fits = []
    for pos in combinations(range(n), k):
        y = np.zeros(n, dtype=int)
        y[list(pos)] = 1
        fits.append(fit(y))
    as_well = [i >= obs_incl - 1e-12 and c >= obs_cov - 1e-12 for i, c, _, _ in fits]
    return {"assignments": len(fits), "observed_inclS": obs_incl, "observed_covS": obs_cov,
            "share_with_solution": np.mean([s for _, _, s, _ in fits]),
            "share_contradiction_free": np.mean([p for _, _, _, p in fits]),
            "share_fitting_as_well": np.mean(as_well)}


@pytest.mark.parametrize("cuts", [{"incl_cut": 0.6}, {"incl_cut": 0.6, "pri_cut": 0.7},
                                  {"incl_cut": 0.3, "pri_cut": 0.6, "n_cut": 2}])
def test_multivalue_and_pri_cut_agree_with_truth_tables_enumerated(cuts):
    """Multi-value conditions were refused ('needs crisp'), and there was no pri_cut."""
    conds = ["A", "B"]
    b = permutation_benchmark(MV, "Y", conds, **cuts)
    ref = _by_enumeration(MV, conds, **cuts)
    assert b["exact"] and b["observed_rows"] == 4
    for key, value in ref.items():
        assert b[key] == pytest.approx(value, nan_ok=True), key


def test_pri_cut_is_the_consistency_cut_raised_for_a_crisp_outcome():
    """With a crisp outcome a row's PRI is its consistency, so pri_cut acts as max(incl_cut, pri_cut) and changes
    the benchmark where it is the higher cut."""
    conds = ["A", "B"]
    low, raised = (permutation_benchmark(MV, "Y", conds, incl_cut=0.6, pri_cut=p) for p in (0.0, 0.7))
    assert raised != low
    assert raised == permutation_benchmark(MV, "Y", conds, incl_cut=0.7)
    assert low == permutation_benchmark(MV, "Y", conds, incl_cut=0.6, pri_cut=0.5)
    # the observed outcome's yardstick is the conservative solution's fit at the same cut-offs
    sol = minimize(truth_table(MV, "Y", conds, incl_cut=0.6, pri_cut=0.7), include="")
    assert (raised["observed_inclS"], raised["observed_covS"]) == pytest.approx(
        (sol.models[0].fit["inclS"], sol.models[0].fit["covS"]))


def test_multivalue_outcome_value_and_fuzzy_refusal():
    """'Y{v}' of a multi-value outcome is a crisp outcome; fuzzy conditions stay refused (a fuzzy case has
    membership in every row)."""
    mv_out = MV.assign(Y=[2, 2, 0, 2, 1, 0, 2, 1, 2])
    assert permutation_benchmark(mv_out, "Y{2}", "A,B", incl_cut=0.6) == permutation_benchmark(
        MV, "Y", "A,B", incl_cut=0.6)
    with pytest.raises(QCAInputError, match=r"^permutation_benchmark needs crisp sets: .* not crisp: B$"):
        permutation_benchmark(MV.assign(B=[0.7, 0.2, 0.9, 0.1, 0.3, 0.8, 0.6, 0.4, 0.1]), "Y", "A,B")


@pytest.mark.parametrize("bad,said", [(1.5, r"^pri_cut must lie in \[0, 1\], got 1\.5$"),
                                      ("high", r"^pri_cut must be a number in \[0, 1\], got 'high'$"),
                                      (True, r"^pri_cut must be a number in \[0, 1\], got True: True/False are not "
                                             r"cut-offs$")])
def test_a_bad_pri_cut_is_one_error_naming_it(bad, said):
    with pytest.raises(QCAInputError, match=said):
        permutation_benchmark(MV, "Y", "A,B", pri_cut=bad)


def test_an_observed_outcome_without_a_positive_row_is_compared_with_nothing():
    """At a cut-off no observed row reaches, the observed outcome has no positive row and its inclS is undefined
    (NaN); every comparison with it failed, so share_fitting_as_well was 0.0, which reads as a fit no assignment of
    the outcome reaches (found on a Paper A matrix whose every row is contradictory). It is NaN now; an assignment
    with a positive row is still counted in share_with_solution."""
    b = permutation_benchmark(MV, "Y", ["A", "B"], incl_cut=0.9, n_cut=2)   # rows of 3, 3 and 2 cases: incl <= 2/3
    assert b["observed_inclS"] != b["observed_inclS"] and b["share_with_solution"] > 0
    assert b["share_fitting_as_well"] != b["share_fitting_as_well"]
    assert permutation_benchmark(MV, "Y", ["A", "B"], incl_cut=0.6)["share_fitting_as_well"] == pytest.approx(11 / 14)


def test_case_column_is_taken_as_the_error_about_it_says():
    """A file read without index_col holds its case names in a column; the error for it says "pass
    case_column='case'", which permutation_benchmark, alone of the data functions, did not take (TypeError). It now
    takes case_column as truth_table() does: the column is left out of the sets, the answer the same."""
    from analysis.paths import ROOT

    path = ROOT / "data" / "reference" / "datasets" / "LC.csv"
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    flat = pd.read_csv(path)
    with pytest.raises(QCAInputError, match="pass case_column='case'"):
        permutation_benchmark(flat, "SURV", None)
    indexed = permutation_benchmark(pd.read_csv(path, index_col="case"), "SURV", conds)
    assert permutation_benchmark(flat, "SURV", conds, case_column="case") == indexed
    assert permutation_benchmark(flat, "SURV", None, case_column="case") == indexed
