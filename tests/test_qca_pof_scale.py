"""pof() with many terms: each term's unique coverage (covU) from running maxima of the terms before and after it,
not from a copy of the cases x terms matrix without it per term (quadratic in the terms: 100 terms of 100,000
fuzzy cases took 26 s, 300 terms 287 s)."""
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
