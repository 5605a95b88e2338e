"""super_subset() at many cases: the cases x expressions memberships (R's "coms") are built only when asked for, and a
passing crisp expression is scored over the distinct patterns of the cases; the table is the same to the bit (2,665
disjunctions of 10 crisp conditions at 100,000 cases took 15.9 s of CPU and 4.5 GB, 12 conditions 40 s and 11 GB)."""
from __future__ import annotations

import pickle
import tracemalloc

import numpy as np
import pandas as pd
import pytest

import analysis.qca  # noqa: F401  (the package first: analysis.qca.necessity is then the module)
from analysis.qca import super_subset

necessity_module = __import__("sys").modules["analysis.qca.necessity"]


def _crisp(k=7, n=2000, seed=3):
    rng = np.random.default_rng(seed)
    X = (rng.random((n, k)) < 0.5).astype(float)
    y = np.maximum(np.minimum(X[:, 0], X[:, 1]), X[:, 2])
    df = pd.DataFrame(X, columns=[f"C{j}" for j in range(k)])
    df["Y"] = np.where(rng.random(n) < 0.05, 1 - y, y)
    return df


@pytest.fixture(scope="module")
def many():
    df = _crisp()
    return df, super_subset(df, "Y", incl_cut=0.9, cov_cut=0.5)


def test_the_search_keeps_no_cases_by_expressions_matrix():
    df = _crisp()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        res = super_subset(df, "Y", incl_cut=0.9, cov_cut=0.5)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    matrix = len(res.table) * len(df) * 8
    assert len(res.table) > 100
    assert peak < 0.25 * matrix, f"peak {peak / matrix:.2f} x the {len(res.table)} expressions x {len(df)} cases"


def test_memberships_are_each_expressions_min_or_max_of_its_literals(many):
    df, res = many
    mem = res.memberships
    assert list(mem.columns) == res.expressions and list(mem.index) == [str(c) for c in df.index]
    for r in res.table.itertuples():
        parts = r.expression.split(" + " if r.kind == "disjunction" else "*")
        lits = np.array([1.0 - df[p[1:]].to_numpy() if p.startswith("~") else df[p].to_numpy() for p in parts])
        want = lits.max(axis=0) if r.kind == "disjunction" else lits.min(axis=0)
        assert np.array_equal(mem[r.expression].to_numpy(), want), r.expression
    assert res.memberships is mem          # built once


def test_memberships_survive_pickle(many):
    _, res = many
    again = pickle.loads(pickle.dumps(res))
    assert again.memberships.equals(res.memberships) and str(again) == str(res)


@pytest.mark.parametrize("y_all_one", [False, True])
def test_constant_is_membership_one_in_every_case(y_all_one):
    """constant is read from RoN (0, or undefined 0/0 when Y is 1 everywhere too): the same as every membership 1."""
    df = pd.DataFrame({"A": [1, 1, 0, 0, 1.0], "B": [0, 0, 1, 1, 0.0], "C": [1, 0, 1, 0, 1.0],
                       "Y": [1, 1, 1, 1, 1.0] if y_all_one else [1, 0, 1, 1, 0.0]})
    res = super_subset(df, "Y")
    direct = [bool((res.memberships[e] == 1).all()) for e in res.expressions]
    assert res.table["constant"].tolist() == direct and "A + B" in res.expressions and any(direct)
    assert all(direct) if y_all_one else not all(direct)
    assert np.isnan(res.table["RoN"]).any() == y_all_one


def test_a_crisp_passing_expression_is_not_scored_again_over_the_cases(many, monkeypatch):
    """Its fit from the distinct patterns weighted by their counts (whole numbers: the same sums), not its literals
    folded again over every case."""
    df, res = many
    folded = []
    real = necessity_module._combined
    monkeypatch.setattr(necessity_module, "_combined",
                        lambda op, arrays: (folded.append(len(arrays[0])), real(op, arrays))[1])
    again = super_subset(df, "Y", incl_cut=0.9, cov_cut=0.5)
    assert again.table.equals(res.table)
    assert folded and max(folded) <= 2 ** 8 < len(df)    # patterns of 7 crisp conditions and Y, not 2,000 cases


def _fuzzy(k=8, n=2000, seed=5):
    rng = np.random.default_rng(seed)
    X = np.round(rng.random((n, k)), 2)
    df = pd.DataFrame(X, columns=[f"C{j}" for j in range(k)])
    df["Y"] = np.round(np.clip(np.maximum(np.minimum(X[:, 0], X[:, 1]), X[:, 2]) + rng.normal(0, 0.08, n), 0, 1), 2)
    return df


def test_sufficiency_does_not_grow_a_conjunction_below_the_coverage_cut(monkeypatch):
    """covS only falls as literals are added (min(X, Y) falls case by case), so no conjunction containing one below
    cov_cut can pass: none is judged. 10 fuzzy conditions at 100,000 cases, cov_cut 0.5: 15.9 s of CPU, now 0.26 s;
    the same table (the plain reference search in test_qca_necessity checks cov_cut > 0 on random data). Here 3,566
    of the 6,560 candidates were judged, now 114."""
    df, cov_cut = _fuzzy(), 0.5
    expected = super_subset(df, "Y", relation="sufficiency", incl_cut=0.9, cov_cut=0.0)
    judged = []
    real = necessity_module._minimal_passing

    def counting(conds, start_size, depth, step, judge, skip=None):
        return real(conds, start_size, depth, step, lambda c, s: (judged.append(c), judge(c, s))[1], skip)

    monkeypatch.setattr(necessity_module, "_minimal_passing", counting)
    res = super_subset(df, "Y", relation="sufficiency", incl_cut=0.9, cov_cut=cov_cut)
    covs = expected.table["covS"] >= cov_cut - 1e-10
    assert res.table["expression"].tolist() == expected.table.loc[covs, "expression"].tolist()
    assert len(judged) < 0.03 * (3 ** 8 - 1), len(judged)
