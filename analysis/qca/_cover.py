"""Every minimum-cardinality cover of a prime implicant chart (all minimal models, R QCA's definition).

Exact. Implicants with the same coverage are grouped (a minimum cover never holds two of them), columns
that are implied by another column are dropped and essential implicants fixed (both keep every optimum).
The optimum size is found by branch and bound over the non-dominated implicants (row dominance keeps the
optimum value), then every cover of that size is enumerated over all implicants, branching on the column
with the fewest candidates, bounded below by pairwise-disjoint columns. Row dominance never removes models.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from analysis.qca.errors import QCAComplexityError

__all__ = ["minimum_covers"]

DEFAULT_MAX_WORK = 5_000_000
DEFAULT_MAX_MODELS = 1_000_000


def _bits(x: int) -> list[int]:
    out = []
    while x:
        b = x & -x
        out.append(b.bit_length() - 1)
        x ^= b
    return out


def _pack(bits: np.ndarray) -> list[int]:
    """Each row of a boolean matrix as a Python int (bit j = column j)."""
    if bits.shape[1] <= 62:
        w = np.int64(1) << np.arange(bits.shape[1], dtype=np.int64)
        return (bits.astype(np.int64) @ w).tolist()
    packed = np.packbits(bits, axis=1, bitorder="little")
    return [int.from_bytes(r.tobytes(), "little") for r in packed]


def _group_rows(mat: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Distinct rows of a boolean matrix and, for each, the (sorted) indices of the rows equal to it."""
    packed = np.packbits(mat, axis=1)
    uniq, inv = np.unique(packed, axis=0, return_inverse=True)
    inv = inv.reshape(-1)
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(len(uniq) + 1))
    members = [order[bounds[g]:bounds[g + 1]] for g in range(len(uniq))]
    first = np.array([m[0] for m in members], dtype=np.int64)
    return mat[first], members


class _Search:
    """Branch and bound over groups (rows) covering columns, both as int bitsets."""

    def __init__(self, group_cols: list[int], col_groups: list[int], max_work: int, what: str):
        self.group_cols = group_cols  # group -> bitset of columns
        self.col_groups = col_groups  # column -> bitset of groups
        self.max_work = max_work
        self.work = 0
        self.what = what
        self.col_order = sorted(range(len(col_groups)), key=lambda j: (col_groups[j].bit_count(), j))

    def _tick(self) -> None:
        self.work += 1
        if self.work > self.max_work:
            raise QCAComplexityError(
                f"the prime implicant chart ({self.what}) needs more than {self.max_work:,} search steps to "
                "list every minimal model; use fewer conditions or more observed cases (a higher frequency "
                "cutoff), or raise max_work")

    def lower_bound(self, open_cols: int, allowed: int) -> int:
        """Number of open columns with pairwise disjoint candidate sets: each needs its own implicant."""
        cg = self.col_groups
        used = 0
        lb = 0
        for j in self.col_order:
            if (open_cols >> j) & 1:
                a = cg[j] & allowed
                if not a & used:
                    used |= a
                    lb += 1
        return lb

    def _pick(self, open_cols: int, allowed: int) -> int:
        cg = self.col_groups
        best_j, best_n = -1, None
        for j in _bits(open_cols):
            n = (cg[j] & allowed).bit_count()
            if best_n is None or n < best_n:
                best_j, best_n = j, n
                if n <= 1:
                    break
        return best_j

    def _covering_all(self, open_cols: int, allowed: int) -> int:
        """Bitset of the allowed groups that cover every open column by themselves."""
        cg = self.col_groups
        x = allowed
        while open_cols and x:
            b = open_cols & -open_cols
            open_cols ^= b
            x &= cg[b.bit_length() - 1]
        return x

    def optimum(self, open_cols: int, allowed: int, upper: int) -> int:
        """Minimum number of groups from `allowed` covering `open_cols` (at most `upper`)."""
        best = [upper]
        gc, cg = self.group_cols, self.col_groups

        def rec(open_: int, allowed_: int, n: int) -> None:
            self._tick()
            if not open_:
                best[0] = min(best[0], n)
                return
            if n + 1 >= best[0]:
                return
            if self._covering_all(open_, allowed_):
                best[0] = n + 1
                return
            if n + 2 >= best[0] or n + self.lower_bound(open_, allowed_) >= best[0]:
                return
            cand = cg[self._pick(open_, allowed_)] & allowed_
            for g in sorted(_bits(cand), key=lambda g: -(gc[g] & open_).bit_count()):
                rec(open_ & ~gc[g], allowed_, n + 1)
                allowed_ &= ~(1 << g)

        rec(open_cols, allowed, 0)
        return best[0]

    def all_of_size(self, open_cols: int, allowed: int, size: int) -> list[int]:
        """Every set of `size` groups from `allowed` covering `open_cols` (as bitsets over groups)."""
        out: list[int] = []
        gc, cg = self.group_cols, self.col_groups

        def rec(open_: int, allowed_: int, chosen: int, n: int) -> None:
            self._tick()
            if not open_:
                if n == size:
                    out.append(chosen)
                return
            left = size - n
            if left <= 0:
                return
            if left == 1:
                x = self._covering_all(open_, allowed_)
                while x:
                    b = x & -x
                    x ^= b
                    out.append(chosen | b)
                return
            if left >= 3 and self.lower_bound(open_, allowed_) > left:
                return
            cand = cg[self._pick(open_, allowed_)] & allowed_
            for g in _bits(cand):
                rec(open_ & ~gc[g], allowed_, chosen | (1 << g), n + 1)
                allowed_ &= ~(1 << g)

        rec(open_cols, allowed, 0, 0)
        return out


def _greedy(group_cols: list[int], open_cols: int) -> int:
    n = 0
    while open_cols:
        g = max(range(len(group_cols)), key=lambda i: (group_cols[i] & open_cols).bit_count())
        open_cols &= ~group_cols[g]
        n += 1
    return n


def _maximal(sets: list[int]) -> list[int]:
    """Indices of the sets not strictly contained in another (ties: all kept)."""
    order = sorted(range(len(sets)), key=lambda i: -sets[i].bit_count())
    kept: list[int] = []
    for i in order:
        x = sets[i]
        if not any((sets[j] | x) == sets[j] and sets[j] != x for j in kept):
            kept.append(i)
    return sorted(kept)


def minimum_covers(chart: np.ndarray, max_models: int | None = None, *,
                   max_work: int = DEFAULT_MAX_WORK) -> list[tuple[int, ...]]:
    """All covers of minimum cardinality of an (implicants x columns) boolean chart, as sorted index tuples
    in lexicographic order; [] if some column cannot be covered.

    Raises QCAComplexityError past `max_models` minimal models (default one million) or `max_work` search steps."""
    chart = np.asarray(chart, dtype=bool)
    if chart.ndim != 2:
        raise ValueError(f"chart must be 2-D, got shape {chart.shape}")
    p, c = chart.shape
    if c == 0:
        return [()]
    if not chart.any(axis=0).all():
        return []
    cap = DEFAULT_MAX_MODELS if max_models is None else int(max_models)
    what = f"{p} implicants x {c} columns"

    # 1. implicants with identical coverage form one class; classes covering nothing never enter a minimum cover
    useful = np.flatnonzero(chart.any(axis=1))
    cls_rows, cls_members = _group_rows(chart[useful])
    cls_members = [useful[m] for m in cls_members]
    # 2. distinct columns; drop a column implied by another (its class set contains the other's)
    col_sets = sorted(set(_pack(np.ascontiguousarray(cls_rows.T))), key=lambda x: (x.bit_count(), x))
    kept: list[int] = []
    if len(col_sets) <= 20_000:
        for x in col_sets:
            for y in kept:
                if y & x == y:
                    break
            else:
                kept.append(x)
    else:
        kept = col_sets
    # 3. essential classes
    essential = 0
    for x in kept:
        if x.bit_count() == 1:
            essential |= x
    rest_cols = [x for x in kept if not x & essential]
    ess_classes = _bits(essential)

    covers: list[list[int]]  # each: list of classes (beyond the essential ones) -> expanded below
    if not rest_cols:
        covers = [[]]
    else:
        # 4. group the remaining classes by their coverage of the remaining columns
        nq = len(cls_members)
        cls_cov = [0] * nq
        for j, x in enumerate(rest_cols):
            for g in _bits(x):
                cls_cov[g] |= 1 << j
        by_cov: dict[int, list[int]] = {}
        for g in range(nq):
            if cls_cov[g] and not (essential >> g) & 1:
                by_cov.setdefault(cls_cov[g], []).append(g)
        groups = sorted(by_cov, key=lambda x: (-x.bit_count(), x))
        group_cls = [by_cov[x] for x in groups]
        col_groups = [0] * len(rest_cols)
        for gi, x in enumerate(groups):
            for j in _bits(x):
                col_groups[j] |= 1 << gi
        search = _Search(groups, col_groups, max_work, what)
        open_all = (1 << len(rest_cols)) - 1
        every = (1 << len(groups)) - 1
        maximal = 0
        for gi in _maximal(groups):
            maximal |= 1 << gi
        upper = _greedy(groups, open_all) + 1
        size = search.optimum(open_all, maximal, upper)
        chosen = search.all_of_size(open_all, every, size)
        _check_cap(cls_members, ess_classes, group_cls, chosen, cap, size + len(ess_classes))
        covers = []
        for s in chosen:
            covers.extend(list(t) for t in itertools.product(*[group_cls[g] for g in _bits(s)]))
    # 5. expand classes to implicants
    models: list[tuple[int, ...]] = []
    for cov in covers:
        picks = [cls_members[g] for g in ess_classes + cov]
        if math.prod(len(x) for x in picks) + len(models) > cap:
            raise QCAComplexityError(_cap_message(cap, len(picks)))
        for t in itertools.product(*picks):
            models.append(tuple(sorted(int(i) for i in t)))
    models.sort()
    return models


def _cap_message(cap: int, size: int) -> str:
    return (f"more than {cap:,} minimal models of {size} prime implicants each; raise max_models or "
            "constrain the problem (fewer conditions, more observed cases)")


def _check_cap(cls_members, ess_classes, group_cls, chosen, cap, size) -> None:
    """Count the models before building them: one implicant per class, one class per group."""
    ess = math.prod(len(cls_members[g]) for g in ess_classes)
    total = 0
    for s in chosen:
        total += ess * math.prod(sum(len(cls_members[c]) for c in group_cls[g]) for g in _bits(s))
        if total > cap:
            raise QCAComplexityError(_cap_message(cap, size))
