"""pof() with many terms: each term's unique coverage (covU) from the union of the other terms, which is, case by case,
the largest membership where the term does not hold it and the second largest where it does; not from a copy of the
cases x terms matrix without it per term (quadratic in the terms: 100 terms of 100,000 fuzzy cases took 26 s, 300
terms 287 s), nor from running maxima along the terms (five copies of the matrix: 1.1 GB and 9.9 s CPU for 300 terms
of 100,000 cases)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import analysis.qca  # noqa: F401  (the package first: analysis.qca.pof is then the module)
from analysis.qca import coverage, pof

pof_module = __import__("sys").modules["analysis.qca.pof"]


def _fuzzy(n=300, k=6, seed=4):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame(np.round(rng.random((n, k)), 2), columns=[f"C{j}" for j in range(k)])
    df["Y"] = np.round(rng.random(n), 2)
    return df


@pytest.mark.parametrize("n_terms", [2, 3, 17])
def test_unique_coverage_is_coverage_of_the_whole_less_that_of_the_other_terms(n_terms):
    df = _fuzzy()
    rng = np.random.default_rng(n_terms)
    terms = list(dict.fromkeys("*".join(("~" if rng.random() < 0.5 else "") + f"C{j}"
                                        for j in sorted(rng.choice(6, 2, replace=False))) for _ in range(60)))[:n_terms]
    res = pof(" + ".join(terms), df, "Y")
    mem = res.memberships[res.table["term"].iloc[:-1].tolist()].to_numpy()
    whole, y = mem.max(axis=1), df["Y"].to_numpy()
    for i in range(mem.shape[1]):      # the first, the last and the middle terms
        others = np.delete(mem, i, axis=1).max(axis=1)
        assert res.table["covU"].iloc[i] == coverage(whole, y) - coverage(others, y)
    assert np.isnan(res.table["covU"].iloc[-1])


def test_no_copy_of_the_memberships_per_term(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a copy of the cases x terms memberships without one term")

    monkeypatch.setattr(pof_module.np, "delete", refuse)
    terms = [f"C{i}*C{j}" for i in range(6) for j in range(i + 1, 6)]
    assert len(pof(" + ".join(terms), _fuzzy(), "Y").table) == 16


def test_peak_memory_is_one_terms_by_cases_matrix():
    """The memberships matrix (cases x terms, kept in the result) is made once and each term's fit is read from its
    own row: 300 terms of 100,000 fuzzy cases made five copies of it (1.1 GB peak, 9.9 s CPU), now 0.36 GB, 3.0 s."""
    import itertools
    import tracemalloc

    df = _fuzzy(n=4000, k=10, seed=7)
    terms = ["*".join(("~" if (i + j) % 3 == 0 else "") + f"C{j}" for j in c)
             for i, c in enumerate(itertools.combinations(range(10), 3))]
    expression = " + ".join(terms)
    matrix = len(df) * len(terms) * 8
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        res = pof(expression, df, "Y")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(res.table) == len(terms) + 1
    assert peak < 1.6 * matrix, f"peak {peak / matrix:.2f} x the {len(terms)} terms x {len(df)} cases matrix"


def test_unique_coverage_of_tied_terms_and_of_a_term_never_the_largest():
    """covU where two terms share a case's largest membership (the union of the others keeps it: covU 0 from that
    case) and where a term is never the largest (covU 0): the same as the maximum over the other terms."""
    df = pd.DataFrame({"A": [0.8, 0.3, 0.6, 0.2, 0.9], "B": [0.8, 0.7, 0.1, 0.2, 0.4],
                       "C": [0.1, 0.2, 0.05, 0.2, 0.3], "Y": [0.9, 0.6, 0.5, 0.1, 0.8]})
    res = pof("A + B + C", df, "Y")
    mem, y = df[["A", "B", "C"]].to_numpy(), df["Y"].to_numpy()
    whole = mem.max(axis=1)
    for i in range(3):
        others = np.delete(mem, i, axis=1).max(axis=1)
        assert res.table["covU"].iloc[i] == coverage(whole, y) - coverage(others, y)
    assert res.table["covU"].iloc[2] == 0.0
    assert res.memberships["expression"].tolist() == whole.tolist()
