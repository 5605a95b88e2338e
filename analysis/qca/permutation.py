"""Could an outcome assigned to the same cases at random fit as well? A permutation benchmark of a crisp-set or
multi-value solution's fit (Braumoeller 2015, "Guarding against false positives in qualitative comparative
analysis", Political Analysis 23(4); the random-data idea of Marx & Dusa 2011, disputed by Thiem & Mkrtchyan
2023): when nearly every case has a configuration of its own, perfect consistency is what almost any outcome would
give.
"""
from __future__ import annotations

from itertools import combinations, islice
from math import comb
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .checks import whole
from .data import prepare_data
from .display import frame_blocks, shown_as_printed, wrapped
from .errors import QCAInputError, quoted
from .r_calls import refuses_r_only_arguments
from .truth_table import TOL, _cutoffs

__all__ = ["permutation_benchmark", "PermutationBenchmark"]

#: assignments x max(cases, rows) cells scored at a time (a block of 10 draws at 100,000 cases): bounds the memory
_BLOCK_CELLS = 1_000_000


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
            raise QCAInputError(f"observed[{quoted(key, as_written=True)}] must be a number in [0, 1], got {quoted(v)}")
        out[key] = f
    return out


#: What each of the benchmark's values is, in its order (the printed table's 'meaning' column).
_MEANINGS = {
    "assignments": "assignments of the positive outcomes scored",
    "exact": "every assignment enumerated (False: seeded draws)",
    "n_cases": "cases",
    "n_positive": "cases with the outcome",
    "observed_rows": "truth table rows with cases",
    "share_contradiction_free": "share of assignments with no contradictory row",
    "share_with_solution": "share of assignments with a positive row",
    "observed_inclS": "the yardstick's inclS",
    "observed_covS": "the yardstick's covS",
    "share_fitting_as_well": "share fitting at least as well on both (NaN: no yardstick)",
}


@shown_as_printed
class PermutationBenchmark(dict):
    """permutation_benchmark()'s result: a dict of its values (indexed, compared and made a frame row as before,
    pd.DataFrame([b])) that prints as a table and gives to_frame() and to_dict() as the other results do."""

    def __init__(self, values: dict):
        super().__init__(values)

    @refuses_r_only_arguments("PermutationBenchmark.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The values as a one-row DataFrame (a column each, in order), as the notebook writes it to CSV."""
        return pd.DataFrame([dict(self)])

    @refuses_r_only_arguments("PermutationBenchmark.to_dict")
    def to_dict(self) -> dict:
        """The values as JSON-ready data: a plain dict, NaN as None."""
        return {k: None if isinstance(v, float) and v != v else v for k, v in self.items()}

    def __str__(self) -> str:
        rows = pd.DataFrame({"value": [str(v) if isinstance(v, bool) else v for v in self.values()],
                             "meaning": [_MEANINGS.get(k, "") for k in self]}, index=list(self))
        head = wrapped("Permutation benchmark (Braumoeller 2015): could the outcome, assigned to the same cases at "
                       "random, fit as well?")
        # within 80 columns: the value beside its name in every block, the meanings wrapped at blanks in their cells
        return "\n".join([*head, "", frame_blocks(rows, ("value",), float_format=lambda v: f"{v:.4g}", na_rep="NaN")])

    def __repr__(self) -> str:
        return f"PermutationBenchmark({dict.__repr__(self)})"


@refuses_r_only_arguments("permutation_benchmark")
def permutation_benchmark(data: pd.DataFrame, outcome: str, conditions: Sequence[str] | str, *, incl_cut: float = 0.8,
                          n_cut: int = 1, pri_cut: float = 0.0, observed: Mapping | None = None,
                          max_exact: int = 50_000, n_draws: int = 20_000, seed: int = 20240528,
                          case_column: str | None = None) -> PermutationBenchmark:
    """Permutation benchmark of a solution's fit (Braumoeller 2015): could the outcome, assigned to the same cases at
    random, fit as well as the observed one?

    Crisp and multi-value sets (the outcome crisp: 0/1, or 'Y{v}' of a multi-value one). Every assignment of the
    observed number of positive outcomes to the cases (all of them when there are at most `max_exact`, else `n_draws`
    seeded draws) gets its truth table (OUT = 1 at incl_cut, n_cut and pri_cut) and the fit of the union of its
    positive rows, which is the conservative solution's fit (minimising without remainders keeps the set). Returns a
    PermutationBenchmark (a dict of its values that prints as a table, with to_frame() and to_dict()): the
    number of assignments, whether they are all, the shares with a contradiction-free table and with any positive
    row, and the share fitting at least as well on both as the observed outcome does by the same statistic
    (Braumoeller 2015: the observed and the permuted outcomes scored alike; NaN when the observed outcome's table has
    no positive row, whose inclS is undefined: 0 would read as a fit no assignment reaches); `observed` ({'inclS', 'covS'}) replaces
    that yardstick by another fit, e.g. a threshold. A solution's own fit is the same statistic only with n_cut = 1
    (with n_cut > 1 rows with cases can be remainders that a parsimonious or intermediate solution uses), so leave
    `observed` out unless it is meant as a threshold. OUT = 1 is truth_table()'s rule (same cut-off checks and
    tolerance), applied in numpy to blocks of assignments, each scored from its positive cases per truth table row
    (memory bounded whatever the number of draws and cases): one truth_table() call per assignment would take
    minutes. Time grows with assignments x cases (drawing them): 20,000 draws of 100,000 cases take about 2 minutes.

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
    n_assign = comb(n, k)
    exact = n_assign <= max_exact
    if not exact:
        n_assign, rng = n_draws, np.random.default_rng(seed)
        by_row = np.argsort(group, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(group[by_row]) != 0]) if n else None
    # each assignment is scored from its positive cases per truth table row, a block of assignments at a time: no
    # assignments x cases matrix of floats nor a cases x rows one-hot (100,000 cases and 20,000 draws needed 16 GB
    # for each), the same draws (rng.permuted on a block, row by row, is rng.permutation's stream) and the same sums
    # (whole numbers, exact in floats) as before
    block = max(1, min(n_assign, _BLOCK_CELLS // max(n, n_rows, 1)))
    combos = combinations(range(n), k) if exact else None
    pure = with_solution = as_well = 0

    def score(pos):
        """Per assignment (rows of pos: positive cases per truth table row): out, inclS, covS, contradiction-free."""
        incl = pos / size                              # each row's consistency, which is its PRI (crisp outcome)
        out = (incl >= ic1 - TOL) & (size >= n_cut)
        if pri_cut > 0:                                # truth_table()'s rule: PRI >= pri_cut as well
            out &= incl >= pri_cut - TOL
        covered = np.where(out, pos, 0.0).sum(axis=1)  # positive cases in a positive row
        members = np.where(out, size, 0).sum(axis=1)   # cases in a positive row
        with np.errstate(invalid="ignore", divide="ignore"):
            inc = np.where(members > 0, covered / members, np.nan)
        return out, inc, covered / max(k, 1), ((pos == 0) | (pos == size)).all(axis=1)

    _, obs_incl, obs_cov, _ = score(np.bincount(group, weights=y, minlength=n_rows)[None, :])
    if observed is None:
        observed = {"inclS": float(obs_incl[0]), "covS": float(obs_cov[0])}
    for start in range(0, n_assign, block):
        c = min(block, n_assign - start)
        if exact:
            positives = np.fromiter((i for pos in islice(combos, c) for i in pos), dtype=np.intp,
                                    count=c * k).reshape(c, k)
            pos = np.bincount(np.repeat(np.arange(c), k) * n_rows + group[positives.ravel()],
                              minlength=c * n_rows).reshape(c, n_rows).astype(float)
        else:                                          # the cases sorted by row, each row's cases summed
            drawn = rng.permuted(np.tile(y > 0, (c, 1)), axis=1)[:, by_row]
            pos = np.add.reduceat(drawn, starts, axis=1, dtype=np.int64).astype(float)
        out, inc, cov, clean = score(pos)
        pure += int(clean.sum())
        with_solution += int(out.any(axis=1).sum())
        as_well += int(((inc >= observed["inclS"] - 1e-12) & (cov >= observed["covS"] - 1e-12)).sum())
    res = PermutationBenchmark({"assignments": int(n_assign), "exact": bool(exact), "n_cases": n, "n_positive": k,
           "observed_rows": n_rows, "share_contradiction_free": pure / n_assign,
           "share_with_solution": with_solution / n_assign})
    # an observed outcome without a positive row has no fit (inclS undefined): no assignment is compared with it
    undefined = observed["inclS"] != observed["inclS"]
    res.update({"observed_inclS": observed["inclS"], "observed_covS": observed["covS"],
                "share_fitting_as_well": float("nan") if undefined else as_well / n_assign})
    return res
