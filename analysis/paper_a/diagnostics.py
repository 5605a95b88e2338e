"""Paper A's own diagnostics beyond the solutions: how far its cut-offs can move and the outcome's negation analysed
with Paper A's configurational analysis. The generic ones a QCA referee asks for live in the engine
(analysis.qca: `necessity_typology` / `necessity_xy`, `contradictions`, `typology_by_model`,
`permutation_benchmark`); notebook 03 calls both.

- `threshold_ranges`: how far `incl_cut` and `n_cut` can move before the solution changes (analysis.qca
  .threshold_range, as SetMethods' rob.inclrange / rob.ncutrange), the first step of Oana & Schneider's (2021)
  robustness protocol and the computed justification of the chosen cut-offs.
- `negated_outcome`: necessity and the three solutions for the outcome's negation, analysed separately because
  set relations are asymmetric (Schneider & Wagemann 2010, Comparative Sociology 9(3), standards on the
  negated outcome; 2012, 3.3.3; Greckhamer et al. 2018).
"""
from __future__ import annotations

from typing import Mapping, Sequence

import pandas as pd

from ..qca.protocol import threshold_range
from .claims import necessity_table
from .configurations import analyse_configurations, negation


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
