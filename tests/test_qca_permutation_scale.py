"""permutation_benchmark at scale: every assignment is scored from its positive cases per truth table row, a block
of assignments at a time, so memory does not grow with assignments x cases (20,000 draws of 10,000 cases took 5 GB
and 230 s; 100,000 cases would have needed 32 GB), and the answer is the same whatever the block."""
from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
import pytest

from analysis.qca import permutation
from analysis.qca import permutation_benchmark


def _crisp(n, k, seed=3, mv=0):
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 2, size=(n, k))
    X[:, :mv] = rng.integers(0, 3, size=(n, mv))
    df = pd.DataFrame(X, columns=[f"C{j}" for j in range(k)], index=[f"c{i}" for i in range(n)])
    df["Y"] = ((X[:, 0] > 0) & (X[:, 1] == 1) | (rng.random(n) < 0.2)).astype(int)
    return df, [f"C{j}" for j in range(k)]


def _peak(f):
    tracemalloc.start()
    try:
        f()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("kw", [{"n_draws": 37}, {"max_exact": 10**6, "n_draws": 5},
                                {"n_draws": 23, "pri_cut": 0.7, "n_cut": 2, "observed": {"inclS": 0.7, "covS": 0.2}}])
def test_the_answer_does_not_depend_on_the_block(monkeypatch, kw):
    df, conds = _crisp(12, 3, mv=1)
    whole = permutation_benchmark(df, "Y", conds, **kw)
    monkeypatch.setattr(permutation, "_BLOCK_CELLS", 1)          # one assignment per block
    assert repr(permutation_benchmark(df, "Y", conds, **kw)) == repr(whole)
    monkeypatch.setattr(permutation, "_BLOCK_CELLS", 5 * 12)     # blocks of 5, the last one shorter
    assert repr(permutation_benchmark(df, "Y", conds, **kw)) == repr(whole)


def test_memory_does_not_grow_with_the_draws(monkeypatch):
    """5,000 cases, blocks of 10 draws: 200 draws take no more memory than 20 (the old code held three draws x cases
    matrices of floats: 0.8 MB each for 20 draws, 8 MB for 200)."""
    monkeypatch.setattr(permutation, "_BLOCK_CELLS", 50_000, raising=False)
    df, conds = _crisp(5_000, 8)
    few, many = (_peak(lambda: permutation_benchmark(df, "Y", conds, n_draws=d)) for d in (20, 200))
    assert many < 1.3 * few, f"peak {few / 2**20:.1f} MiB for 20 draws, {many / 2**20:.1f} MiB for 200"


def test_exact_enumeration_of_one_positive_case_among_thousands():
    """One positive case among 3,000: 3,000 assignments, enumerated (at most max_exact); the old code built a
    3,000 x 3,000 matrix of floats (72 MB) and multiplied it by a cases x rows one-hot."""
    df, conds = _crisp(3_000, 6)
    df["Y"] = 0
    df.iloc[7, df.columns.get_loc("Y")] = 1
    res = {}
    peak = _peak(lambda: res.update(permutation_benchmark(df, "Y", conds)))
    assert res["exact"] and res["assignments"] == 3_000
    assert peak < 3_000 * 3_000 * 8 / 8, f"peak {peak / 2**20:.1f} MiB"
    # each case positive once: the share of assignments whose case's row is then clean of negatives is the share of
    # cases alone in their row
    rows = df[conds].astype(str).agg("".join, axis=1)
    alone = (rows.map(rows.value_counts()) == 1).mean()
    assert res["share_contradiction_free"] == pytest.approx(alone)
