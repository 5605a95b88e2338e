"""What a QCA referee asks of Paper A's analysis beyond the solutions: the cases behind a necessity claim, how
contradictory truth-table rows were handled, how far the cut-offs can move, the outcome's negation, and whether
the case typology depends on the model chosen.

- `necessity_case_types` / `necessity_xy`: every case's type for a condition tested for necessity (Schneider &
  Rohlfing 2013; Oana, Schneider & Thomann 2021, ch. 3 and 6): typical (in X and Y), deviant consistency (in Y,
  not in X: contradicts necessity), deviant relevance (in X, not in Y: with many of them the condition is a
  near-constant and trivially necessary), individually irrelevant (in neither). For crisp sets the XY plot is this
  2 × 2 table with the case names in its cells.
- `contradictions`: each observed row with cases on both sides of the outcome, its cases per side, how it was
  coded and the consistency cut-off at which it would be coded positive (Schneider & Wagemann 2012, 5.2.1 and
  7.2: contradictory rows must be reported and their handling stated; Rihoux & De Meur 2009 list strategies).
- `threshold_ranges`: how far `incl_cut` and `n_cut` can move before the solution changes (analysis.qca
  .threshold_range, as SetMethods' rob.inclrange / rob.ncutrange), the first step of Oana & Schneider's (2021)
  robustness protocol and the computed justification of the chosen cut-offs.
- `negated_outcome`: necessity and the three solutions for the outcome's negation, analysed separately because
  set relations are asymmetric (Schneider & Wagemann 2010, Comparative Sociology 9(3), standards on the
  negated outcome; 2012, 3.3.3; Greckhamer et al. 2018).
- `typology_by_model`: the case typology under every model of the reported solution (model ambiguity:
  Baumgartner & Thiem 2017, Sociological Methods & Research 46(4)), and whether it is the same in all of them.
- `permutation_benchmark`: how often an outcome assigned to the same cases at random fits as well (Braumoeller
  2015): when nearly every case has its own configuration, perfect consistency is no evidence.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ..qca.diagnostics import case_typology, necessity_cases
from ..qca.expressions import expression_membership
from ..qca.protocol import threshold_range
from .claims import necessity_table
from .configurations import analyse_configurations, negation

NECESSITY_TYPES = ("typical", "deviant consistency", "deviant relevance")


# ---------------------------------------------------------------- necessity: the cases


def necessity_case_types(data: pd.DataFrame, outcome: str, condition: str) -> pd.DataFrame:
    """Every case with its membership in `condition` (an expression) and `outcome` and its type for necessity:
    the three types of analysis.qca.necessity_cases, every other case 'individually irrelevant'."""
    x = pd.Series(0.0, index=[str(c) for c in data.index])
    types = pd.Series("individually irrelevant", index=x.index)
    for kind in NECESSITY_TYPES:
        found = necessity_cases(data, outcome, condition, kind)
        types.loc[[str(c) for c in found["case"]]] = kind
    x[:] = expression_membership(data, condition)
    y = data[outcome.lstrip("~")].to_numpy(dtype=float)
    y = 1 - y if outcome.startswith("~") else y
    return pd.DataFrame({"case": x.index, "condition": condition, "X": x.to_numpy(), "Y": y,
                         "type": types.to_numpy()})


def necessity_xy(types: pd.DataFrame, outcome: str) -> pd.DataFrame:
    """The crisp XY plot of a necessity test as a 2 × 2 table: rows X in / out, columns Y in / out, each cell the
    cases in it (comma-separated, '' when empty) and their number."""
    cond = str(types["condition"].iloc[0]) if len(types) else "X"
    cells = {}
    for x_in in (True, False):
        for y_in in (True, False):
            sel = types[((types["X"] > 0.5) == x_in) & ((types["Y"] > 0.5) == y_in)]
            cells[(x_in, y_in)] = f"{len(sel)}: {', '.join(sel['case'])}" if len(sel) else "0"
    return pd.DataFrame({f"{outcome} in": [cells[(True, True)], cells[(False, True)]],
                         f"{outcome} out": [cells[(True, False)], cells[(False, False)]]},
                        index=pd.Index([f"{cond} in", f"{cond} out"], name=cond))


# ---------------------------------------------------------------- contradictory rows


def contradictions(tt, data: pd.DataFrame, outcome: str) -> pd.DataFrame:
    """Observed truth-table rows with cases on both sides of the outcome (crisp: 0 < incl < 1): row, configuration,
    n, incl, OUT, the cases in and out of the outcome, and how the row was handled (coded positive, negative or
    as a contradiction 'C' by the cut-offs) with the consistency cut-off at or below which it would be positive."""
    from .configurations import _row_configs

    rows = tt.rows
    contra = rows[(rows["n"] > 0) & (rows["incl"] > 0) & (rows["incl"] < 1)]
    y = data[outcome.lstrip("~")].astype(float)
    y = 1 - y if outcome.startswith("~") else y
    y.index = [str(c) for c in y.index]
    out = []
    for r, row in contra.iterrows():
        cases = [c.strip() for c in str(row["cases"]).split(",") if c.strip()]
        pos = [c for c in cases if y[c] > 0.5]
        neg = [c for c in cases if y[c] < 0.5]
        code = str(row["OUT"])
        handled = {"1": "coded positive (OUT = 1): its negative cases are deviant for consistency",
                   "0": "coded negative (OUT = 0): its positive cases are left unexplained (deviant coverage)",
                   "C": "coded as a contradiction (C): left out of the minimisation unless included"}.get(code, code)
        out.append({"row": int(r), "configuration": _row_configs(tt, [int(r)]).split(" (", 1)[1].rstrip(")"),
                    "n": int(row["n"]), "incl": float(row["incl"]), "PRI": float(row["PRI"]), "OUT": code,
                    "cases_in_outcome": ", ".join(pos), "cases_not_in_outcome": ", ".join(neg),
                    "positive_at_incl_cut_up_to": float(row["incl"]), "handling": handled})
    return pd.DataFrame(out, columns=["row", "configuration", "n", "incl", "PRI", "OUT", "cases_in_outcome",
                                      "cases_not_in_outcome", "positive_at_incl_cut_up_to", "handling"])


# ---------------------------------------------------------------- cut-off ranges


def threshold_ranges(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, incl_cut: float = 0.8,
                     n_cut: int = 1, pri_cut: float = 0.0, dir_exp: Mapping | None = None, incl_step: float = 0.01,
                     incl_runs: int = 25, n_runs: int = 3) -> pd.DataFrame:
    """The ranges of `incl_cut` (steps of `incl_step`) and `n_cut` (steps of 1) within which the solution does not
    change (analysis.qca.threshold_range: every model of the standard analysis; with `dir_exp`, every intermediate
    model). One row per cut-off: value, lower and upper bound (None: no change within the runs) and why each stops."""
    conditions = list(conditions)
    de = None if dir_exp is None else [dir_exp[c] for c in conditions]
    common = dict(incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut, dir_exp=de)
    parts = [threshold_range(data, outcome, conditions, "incl_cut", step=incl_step, max_runs=incl_runs, **common),
             threshold_range(data, outcome, conditions, "n_cut", step=1, max_runs=n_runs, **common)]
    return pd.concat(parts, ignore_index=True)


# ---------------------------------------------------------------- the negated outcome


def negated_dir_exp(dir_exp: Mapping) -> dict:
    """Directional expectations for the outcome's negation: a condition expected to contribute to the outcome
    when present (1) is expected to contribute to its negation when absent (0), and vice versa; '-' stays."""
    return {c: (1 - v if v in (0, 1) else v) for c, v in dir_exp.items()}


def negated_outcome(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, dir_exp: Mapping,
                    incl_cut: float = 0.8, n_cut: int = 1, pri_cut: float = 0.0, analysis: str = "esa",
                    report: str = "intermediate", **necessity) -> tuple[pd.DataFrame, object]:
    """The outcome's negation analysed on its own: its necessity table (analysis.paper_a.claims.necessity_table,
    same benchmark, relevance and skew arguments) and its configurational analysis (the same cut-offs and kind
    of analysis, directional expectations negated)."""
    neg = negation(outcome)
    nec = necessity_table(data, neg, list(conditions), **necessity)
    res = analyse_configurations(data, neg, list(conditions), incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut,
                                 dir_exp=negated_dir_exp(dir_exp), report=report, analysis=analysis)
    return nec, res


# ---------------------------------------------------------------- case typology under every model


def typology_by_model(solution) -> pd.DataFrame:
    """Each case's type (analysis.qca.case_typology) under every model M1, M2, ... of `solution`, and whether it
    is the same in all of them ('same_in_every_model'): if so, case selection does not depend on the model."""
    frames = {f"M{i}": case_typology(solution, model=i).set_index("case")["type"]
              for i in range(1, len(solution.models) + 1)}
    table = pd.DataFrame(frames)
    table["same_in_every_model"] = table.nunique(axis=1) == 1
    return table.rename_axis("case").reset_index()


# ---------------------------------------------------------------- could random outcomes fit as well?


def permutation_benchmark(data: pd.DataFrame, outcome: str, conditions: Sequence[str], *, incl_cut: float = 0.8,
                          n_cut: int = 1, observed: Mapping | None = None, max_exact: int = 50_000,
                          n_draws: int = 20_000, seed: int = 20240528) -> dict:
    """How well the same cases and configurations would fit an outcome assigned at random (Braumoeller 2015,
    Sociological Methods & Research 44(3), permutation tests for QCA; the idea of Marx & Dusa 2011, Methodological
    Innovations Online 6(2), random-data benchmarks, disputed by Thiem & Mkrtchyan 2023, Field Methods). Crisp sets
    only: every assignment of the observed number of positive outcomes to the cases (all of them when there are at
    most `max_exact`, else `n_draws` seeded draws) gets the truth table's rows (OUT = 1 at incl_cut and n_cut) and
    the fit of their union, which is the conservative solution's fit (minimisation without remainders keeps the
    set). Returns the number of assignments, whether they are all, the shares with a contradiction-free table, with
    any positive row, and with inclS and covS at least those `observed` ({'inclS', 'covS'}), and the observed fit."""
    from itertools import combinations
    from math import comb

    conditions = list(conditions)
    X = data[conditions].to_numpy(dtype=float)
    y = data[outcome].to_numpy(dtype=float)
    if not (np.isin(X, (0.0, 1.0)).all() and np.isin(y, (0.0, 1.0)).all()):
        raise ValueError("permutation_benchmark needs crisp (0/1) conditions and outcome")
    n, k = len(y), int(y.sum())
    _, group = np.unique(X, axis=0, return_inverse=True)
    group = np.asarray(group).ravel()
    n_rows = int(group.max()) + 1 if n else 0
    size = np.bincount(group, minlength=n_rows)
    total = comb(n, k)
    exact = total <= max_exact
    if exact:
        Y = np.zeros((total, n))
        for i, pos in enumerate(combinations(range(n), k)):
            Y[i, list(pos)] = 1.0
    else:
        rng = np.random.default_rng(seed)
        Y = np.array([rng.permutation(y) for _ in range(n_draws)])
    onehot = np.eye(n_rows)[group]                              # cases x rows
    pos = Y @ onehot                                            # positive cases per row, per assignment
    incl = pos / size
    out = (incl >= incl_cut - 1e-12) & (size >= n_cut)
    member = out @ onehot.T                                     # cases in a positive row, per assignment
    covered = (member * Y).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        inclS = np.where(member.sum(axis=1) > 0, covered / member.sum(axis=1), np.nan)
    covS = covered / max(k, 1)
    pure = ((pos == 0) | (pos == size)).all(axis=1)
    res = {"assignments": int(len(Y)), "exact": bool(exact), "n_cases": n, "n_positive": k,
           "observed_rows": n_rows, "share_contradiction_free": float(pure.mean()),
           "share_with_solution": float(out.any(axis=1).mean())}
    if observed is not None:
        ok = (inclS >= float(observed["inclS"]) - 1e-12) & (covS >= float(observed["covS"]) - 1e-12)
        res.update({"observed_inclS": float(observed["inclS"]), "observed_covS": float(observed["covS"]),
                    "share_fitting_as_well": float(ok.mean())})
    return res
