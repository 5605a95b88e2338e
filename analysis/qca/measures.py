"""Set-theoretic measures of fit for crisp, multi-value (as crisp sets) and fuzzy memberships.

Formulas (X = membership in the condition or term, Y = membership in the outcome):
  sufficiency consistency  inclS = Σmin(X,Y) / ΣX                    (Ragin 2006, 2008)
  sufficiency coverage     covS  = Σmin(X,Y) / ΣY                    (Ragin 2006)
  PRI = (Σmin(X,Y) − Σmin(X,Y,1−Y)) / (ΣX − Σmin(X,Y,1−Y))           (Ragin 2008, ch. 3)
  necessity consistency    inclN = Σmin(X,Y) / ΣY
  necessity coverage       covN  = Σmin(X,Y) / ΣX
  relevance of necessity   RoN   = Σ(1−X) / Σ(1−min(X,Y))            (Schneider & Wagemann 2012, 236)
  Haesebrouck consistency  inclH = Σmin(X,Y) / Σ(min(X,Y) + √(max(X−Y,0)·X))   (Haesebrouck 2015)
Negation of a set is 1 − X (standard fuzzy negation). Undefined ratios (0/0) are NaN. PRI's denominator
ΣX − Σmin(X,Y,1−Y) is a sum of non-negative terms that is 0 when every case has X ≤ min(Y, 1−Y); in floating point
1 − Y can round below X (X = 0.1, Y = 0.9), leaving a residue of ~1e-17 that would turn 0/0 into PRI = 1 or 0, so a
denominator below PRI_TOL × ΣX counts as 0 (found by the brute-force oracle in tests/test_qca_oracle.py).
"""
from __future__ import annotations

import numpy as np


def _arrays(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"memberships have different shapes: {x.shape} and {y.shape}")
    return x, y


#: Relative size (share of ΣX) below which PRI's denominator is floating-point residue, i.e. 0.
PRI_TOL = 1e-12


def _ratio(num: float, den: float) -> float:
    return float(num / den) if den > 0 else float("nan")


def negate(x):
    """Fuzzy (and crisp) negation: 1 − X."""
    return 1.0 - np.asarray(x, dtype=float)


def consistency(x, y, relation: str = "sufficiency") -> float:
    """Consistency (inclusion) of X in Y ('sufficiency') or of Y in X ('necessity')."""
    x, y = _arrays(x, y)
    both = np.minimum(x, y).sum()
    if relation == "sufficiency":
        return _ratio(both, x.sum())
    if relation == "necessity":
        return _ratio(both, y.sum())
    raise ValueError(f"relation must be 'sufficiency' or 'necessity', got {relation!r}")


def coverage(x, y, relation: str = "sufficiency") -> float:
    """Coverage of Y by X ('sufficiency') or of X by Y ('necessity')."""
    x, y = _arrays(x, y)
    both = np.minimum(x, y).sum()
    if relation == "sufficiency":
        return _ratio(both, y.sum())
    if relation == "necessity":
        return _ratio(both, x.sum())
    raise ValueError(f"relation must be 'sufficiency' or 'necessity', got {relation!r}")


def pri(x, y) -> float:
    """Proportional reduction in inconsistency of X as sufficient for Y."""
    x, y = _arrays(x, y)
    both = np.minimum(x, y)
    simultaneous = np.minimum(both, 1.0 - y).sum()
    den = x.sum() - simultaneous
    return _ratio(both.sum() - simultaneous, den if den > PRI_TOL * x.sum() else 0.0)


def ron(x, y) -> float:
    """Relevance of necessity of X for Y (guards against trivially necessary conditions)."""
    x, y = _arrays(x, y)
    return _ratio((1.0 - x).sum(), (1.0 - np.minimum(x, y)).sum())


def haesebrouck(x, y) -> float:
    """Haesebrouck's sufficiency consistency: penalises inconsistent cases by √((X−Y)·X) instead of X−Y."""
    x, y = _arrays(x, y)
    both = np.minimum(x, y)
    return _ratio(both.sum(), (both + np.sqrt(np.maximum(x - y, 0.0) * x)).sum())
