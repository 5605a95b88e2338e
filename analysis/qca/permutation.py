"""Could an outcome assigned to the same cases at random fit as well? A permutation benchmark of a crisp-set or
multi-value solution's fit (Braumoeller 2015, "Guarding against false positives in qualitative comparative
analysis", Political Analysis 23(4); the random-data idea of Marx & Dusa 2011, disputed by Thiem & Mkrtchyan
2023): when nearly every case has a configuration of its own, perfect consistency is what almost any outcome would
give.
"""
from __future__ import annotations

from itertools import combinations
from math import comb
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .checks import whole
from .data import prepare_data
from .errors import QCAInputError
from .r_calls import refuses_r_only_arguments
from .truth_table import TOL, _cutoffs

__all__ = ["permutation_benchmark"]


def _observed(observed) -> dict[str, float] | None:
    """None, or a yardstick fit as {'inclS': .., 'covS': ..} (e.g. a solution's fit dict or Series; other keys
    ignored)."""
    if observed is None:
        return None
    if not isinstance(observed, (Mapping, pd.Series)):
        raise QCAInputError(f"observed must be the solution's fit as a mapping {{'inclS': .., 'covS': ..}} (e.g. "
                            f"solution.models[0].fit), got {type(observed).__name__}")
    missing = [k for k in ("inclS", "covS") if k not in observed]
    if missing:
        raise QCAInputError(f"observed must give the solution's fit as {{'inclS': .., 'covS': ..}}, got no "
                            f"{' and no '.join(missing)} (keys: {list(observed.keys())})")
    out = {}
    for key in ("inclS", "covS"):
        v = observed[key]
        try:
            f = float(v)
        except (TypeError, ValueError):
            f = float("nan")
        if isinstance(v, (bool, np.bool_, str)) or not 0.0 <= f <= 1.0:   # NaN fails too
            raise QCAInputError(f"observed['{key}'] must be a number in [0, 1], got {v!r}")
        out[key] = f
    return out


@refuses_r_only_arguments("permutation_benchmark")
def permutation_benchmark(data: pd.DataFrame, outcome: str, conditions: Sequence[str] | str, *, incl_cut: float = 0.8,
                          n_cut: int = 1, pri_cut: float = 0.0, observed: Mapping | None = None,
                          max_exact: int = 50_000, n_draws: int = 20_000, seed: int = 20240528,
                          case_column: str | None = None) -> dict:
    """Permutation benchmark of a solution's fit (Braumoeller 2015): could the outcome, assigned to the same cases at
    random, fit as well as the observed one?

    Crisp and multi-value sets (the outcome crisp: 0/1, or 'Y{v}' of a multi-value one). Every assignment of the
    observed number of positive outcomes to the cases (all of them when there are at most `max_exact`, else `n_draws`
    seeded draws) gets its truth table (OUT = 1 at incl_cut, n_cut and pri_cut) and the fit of the union of its
    positive rows, which is the conservative solution's fit (minimising without remainders keeps the set). Returns the
    number of assignments, whether they are all, the shares with a contradiction-free table and with any positive
    row, and the share fitting at least as well on both as the observed outcome does by the same statistic
    (Braumoeller 2015: the observed and the permuted outcomes scored alike; NaN when the observed outcome's table has
    no positive row, whose inclS is undefined: 0 would read as a fit no assignment reaches); `observed` ({'inclS', 'covS'}) replaces
    that yardstick by another fit, e.g. a threshold. A solution's own fit is the same statistic only with n_cut = 1
    (with n_cut > 1 rows with cases can be remainders that a parsimonious or intermediate solution uses), so leave
    `observed` out unless it is meant as a threshold. OUT = 1 is truth_table()'s rule (same cut-off checks and
    tolerance), applied to all assignments at once in numpy: one truth_table() call per assignment would take
    minutes.

    pri_cut: with a crisp outcome a row's PRI is its consistency (no case is in both Y and ~Y, so min(X, Y, ~Y) = 0
    and PRI = (ΣXY - ΣXY~Y) / (ΣX - ΣXY~Y) = ΣXY / ΣX), so pri_cut only raises the consistency a row needs to
    max(incl_cut's first value, pri_cut), as truth_table() applies it to such data; it is accepted so that every
    assignment is scored with the cut-offs the solution was found with.
    Multi-value conditions: each case belongs to one row (its configuration of values) as a crisp case does, and
    minimising without remainders keeps the union of the positive rows for multi-value sets too (mvQCA; Cronqvist &
    Berg-Schlosser 2009), so the statistic and the permutation are the same; Braumoeller's own implementation
    (R package QCAfalsePositive, 2015) tests mvQCA as well as csQCA. Fuzzy conditions are refused: a fuzzy case has
    membership in every row. Data, outcome and conditions are read as truth_table() reads them (conditions a list or
    a comma-separated string, '~Y' a negated outcome; case_column: a column of case names, left out of the sets, as
    truth_table() takes it); bad input raises QCAInputError naming the parameter.
    seed: the random generator's seed for the draws (numpy default_rng; a whole number >= 0, None: fresh entropy,
    not reproducible); unused when every assignment is enumerated."""
    ic1, _, n_cut, pri_cut = _cutoffs(incl_cut, n_cut, pri_cut)
    max_exact = whole("max_exact", max_exact, 0)
    n_draws = whole("n_draws", n_draws, 1)
    if seed is not None:
        seed = whole("seed", seed, 0)
    observed = _observed(observed)
    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    # the data checked and conditions read as truth_table() reads them (a list or a comma-separated string; the
    # outcome, a duplicate or an unknown column refused); case names are not used, so the index may repeat
    qd = prepare_data(data if data.index.is_unique or case_column is not None else data.reset_index(drop=True),
                      outcome, conditions, case_column=case_column, warn=False)
    not_crisp = [c for c, kind in zip(qd.conditions, qd.kinds) if kind == "fuzzy"]
    if not np.isin(qd.y, (0.0, 1.0)).all():
        not_crisp.append(qd.outcome)
    if not_crisp:
        raise QCAInputError(f"permutation_benchmark needs crisp sets: 0/1 or multi-value (0, 1, 2, ...) conditions "
                            f"and a 0/1 outcome (a fuzzy case has membership in every row); not crisp: "
                            f"{', '.join(not_crisp)}")
    X, y = qd.X, qd.y
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
    Y = np.vstack([Y, y])                              # the observed outcome last, scored as every assignment is
    pos = Y @ onehot                                   # positive cases per row, per assignment
    incl = pos / size                                  # each row's consistency, which is its PRI (crisp outcome)
    out = (incl >= ic1 - TOL) & (size >= n_cut)
    if pri_cut > 0:                                    # truth_table()'s rule: PRI >= pri_cut as well
        out &= incl >= pri_cut - TOL
    member = out @ onehot.T                            # cases in a positive row, per assignment
    covered = (member * Y).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        incl_s = np.where(member.sum(axis=1) > 0, covered / member.sum(axis=1), np.nan)
    cov_s = covered / max(k, 1)
    if observed is None:
        observed = {"inclS": float(incl_s[-1]), "covS": float(cov_s[-1])}
    Y, pos, out, incl_s, cov_s = Y[:-1], pos[:-1], out[:-1], incl_s[:-1], cov_s[:-1]
    pure = ((pos == 0) | (pos == size)).all(axis=1)
    res = {"assignments": int(len(Y)), "exact": bool(exact), "n_cases": n, "n_positive": k,
           "observed_rows": n_rows, "share_contradiction_free": float(pure.mean()),
           "share_with_solution": float(out.any(axis=1).mean())}
    ok = (incl_s >= observed["inclS"] - 1e-12) & (cov_s >= observed["covS"] - 1e-12)
    # an observed outcome without a positive row has no fit (inclS undefined): no assignment is compared with it
    undefined = observed["inclS"] != observed["inclS"]
    res.update({"observed_inclS": observed["inclS"], "observed_covS": observed["covS"],
                "share_fitting_as_well": float("nan") if undefined else float(ok.mean())})
    return res
