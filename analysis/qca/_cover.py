"""Every minimum-cardinality cover of a prime implicant chart (all minimal models, R QCA's definition).

Exact: essential prime implicants and column dominance (both keep every optimum), then branch and bound on
bitsets, branching on the column with the fewest covering implicants, bounded below by pairwise-disjoint
columns. Row dominance is never applied, since it can drop optimal models.
"""

from __future__ import annotations

import numpy as np

from analysis.qca.errors import QCAComplexityError

__all__ = ["minimum_covers"]

DEFAULT_MAX_WORK = 20_000_000
DEFAULT_MAX_MODELS = 1_000_000


def _bits(x: int) -> list[int]:
    out = []
    while x:
        b = x & -x
        out.append(b.bit_length() - 1)
        x ^= b
    return out


def minimum_covers(chart: np.ndarray, max_models: int | None = None, *,
                   max_work: int = DEFAULT_MAX_WORK) -> list[tuple[int, ...]]:
    """All covers of minimum cardinality of a (implicants x columns) boolean chart, as sorted index tuples.

    Returns [] if some column cannot be covered. Raises QCAComplexityError past `max_models` models
    (default one million) or `max_work` search nodes."""
    chart = np.asarray(chart, dtype=bool)
    if chart.ndim != 2:
        raise ValueError(f"chart must be 2-D, got shape {chart.shape}")
    p, c = chart.shape
    if c == 0:
        return [()]
    cap = DEFAULT_MAX_MODELS if max_models is None else int(max_models)
    cols = [sum(1 << int(i) for i in np.flatnonzero(chart[:, j])) for j in range(c)]
    if any(x == 0 for x in cols):
        return []
    rows = [0] * p  # row i -> bitset of column indices it covers
    for j, x in enumerate(cols):
        for i in _bits(x):
            rows[i] |= 1 << j
    # Column dominance: a column whose implicant set contains another column's set is implied by it.
    cols = sorted(set(cols), key=lambda x: (x.bit_count(), x))
    kept: list[int] = []
    for x in cols:
        if not any((y & x) == y for y in kept):
            kept.append(x)
    cols = kept
    # Essential implicants: columns with a single implicant.
    essential = 0
    for x in cols:
        if x.bit_count() == 1:
            essential |= x
    cols = [x for x in cols if not (x & essential)]
    n_ess = essential.bit_count()

    state = {"work": 0, "best": None, "sols": []}
    # Upper bound from a greedy cover.
    remaining = list(cols)
    greedy = 0
    while remaining:
        best_row, best_n = -1, -1
        for r in _bits(_union(remaining)):
            n = sum(1 for x in remaining if (x >> r) & 1)
            if n > best_n:
                best_row, best_n = r, n
        greedy += 1
        remaining = [x for x in remaining if not (x >> best_row) & 1]
    state["best"] = greedy

    def lower_bound(open_cols: list[int], allowed: int) -> int:
        used = 0
        lb = 0
        for x in sorted(open_cols, key=lambda y: (y & allowed).bit_count()):
            a = x & allowed
            if not a & used:
                used |= a
                lb += 1
        return lb

    def search(open_cols: list[int], chosen: int, n_chosen: int, allowed: int) -> None:
        state["work"] += 1
        if state["work"] > max_work:
            raise QCAComplexityError(
                f"the prime implicant chart ({p} implicants x {c} columns) needs more than {max_work:,} "
                "search steps to list every minimal model; use fewer conditions or a higher frequency "
                "cutoff, or ask for one model only")
        if not open_cols:
            if n_chosen < state["best"]:
                state["best"] = n_chosen
                state["sols"] = []
            state["sols"].append(chosen)
            if len(state["sols"]) > cap:
                raise QCAComplexityError(
                    f"more than {cap:,} minimal models of {state['best'] + n_ess} prime implicants each; "
                    "raise max_models or constrain the problem (fewer conditions, more observed cases)")
            return
        if n_chosen + lower_bound(open_cols, allowed) > state["best"]:
            return
        col = min(open_cols, key=lambda y: ((y & allowed).bit_count(), y))
        cand = col & allowed
        if not cand:
            return
        for r in _bits(cand):
            rb = 1 << r
            rest = [y for y in open_cols if not y & rb]
            search(rest, chosen | rb, n_chosen + 1, allowed)
            allowed &= ~rb

    search(cols, 0, 0, (1 << p) - 1)
    out = sorted(tuple(_bits(s | essential)) for s in state["sols"] if s.bit_count() == state["best"])
    return out


def _union(xs: list[int]) -> int:
    u = 0
    for x in xs:
        u |= x
    return u
