"""Could an outcome assigned to the same cases at random fit as well? A permutation benchmark of a crisp-set
solution's fit (Braumoeller 2015, "Guarding against false positives in qualitative comparative analysis",
Political Analysis 23(4); the random-data idea of Marx & Dusa 2011, disputed by Thiem & Mkrtchyan 2023): when
nearly every case has a configuration of its own, perfect consistency is what almost any outcome would give.
"""
from __future__ import annotations

from itertools import combinations
from math import comb
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .errors import QCAInputError
from .truth_table import TOL, _cutoffs

__all__ = ["permutation_benchmark"]


def permutation_benchmark(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, incl_cut: float = 0.8,
                          n_cut: int = 1, observed: Mapping | None = None, max_exact: int = 50_000,
                          n_draws: int = 20_000, seed: int = 20240528) -> dict:
    """Crisp sets only. Every assignment of the observed number of positive outcomes to the cases (all of them when
    there are at most `max_exact`, else `n_draws` seeded draws) gets its truth table (OUT = 1 at incl_cut and
    n_cut) and the fit of the union of its positive rows, which is the conservative solution's fit (minimising
    without remainders keeps the set). Returns the number of assignments, whether they are all, the shares with a
    contradiction-free table and with any positive row and, given the `observed` fit ({'inclS', 'covS'}), the share
    fitting at least as well on both. OUT = 1 is truth_table()'s rule (same cut-off checks and tolerance), applied
    to all assignments at once in numpy: one truth_table() call per assignment would take minutes."""
    ic1, _, n_cut, _ = _cutoffs(incl_cut, n_cut, 0.0)
    conditions = list(conditions)
    missing = [c for c in [outcome, *conditions] if c not in data.columns]
    if missing:
        raise QCAInputError(f"permutation_benchmark: no column {', '.join(map(repr, missing))} in the data")
    X = data[conditions].to_numpy(dtype=float)
    y = data[outcome].to_numpy(dtype=float)
    if not (np.isin(X, (0.0, 1.0)).all() and np.isin(y, (0.0, 1.0)).all()):
        raise QCAInputError("permutation_benchmark needs crisp (0/1) conditions and outcome")
    n, k = len(y), int(y.sum())
    _, group = np.unique(X, axis=0, return_inverse=True)
    group = np.asarray(group).ravel()
    n_rows = int(group.max()) + 1 if n else 0
    size = np.bincount(group, minlength=n_rows)
    exact = comb(n, k) <= max_exact
    if exact:
        Y = np.zeros((comb(n, k), n))
        for i, pos in enumerate(combinations(range(n), k)):
            Y[i, list(pos)] = 1.0
    else:
        rng = np.random.default_rng(seed)
        Y = np.array([rng.permutation(y) for _ in range(n_draws)])
    onehot = np.eye(n_rows)[group]                     # cases x rows
    pos = Y @ onehot                                   # positive cases per row, per assignment
    out = (pos / size >= ic1 - TOL) & (size >= n_cut)
    member = out @ onehot.T                            # cases in a positive row, per assignment
    covered = (member * Y).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        incl_s = np.where(member.sum(axis=1) > 0, covered / member.sum(axis=1), np.nan)
    cov_s = covered / max(k, 1)
    pure = ((pos == 0) | (pos == size)).all(axis=1)
    res = {"assignments": int(len(Y)), "exact": bool(exact), "n_cases": n, "n_positive": k,
           "observed_rows": n_rows, "share_contradiction_free": float(pure.mean()),
           "share_with_solution": float(out.any(axis=1).mean())}
    if observed is not None:
        ok = (incl_s >= float(observed["inclS"]) - 1e-12) & (cov_s >= float(observed["covS"]) - 1e-12)
        res.update({"observed_inclS": float(observed["inclS"]), "observed_covS": float(observed["covS"]),
                    "share_fitting_as_well": float(ok.mean())})
    return res
