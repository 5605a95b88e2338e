"""The reductions at one node of the minimum-cover search (`_cover._CoverSearch._node`), compiled with numba
into one call: the search's inner loop once it runs long. Same steps, same order: live rows, essential rows,
interchangeable rows bundled, implied columns dropped, dominated rows dropped (existence only), Lagrangian
bound with reduced-cost fixing (Beasley 1990). Imported only when a search has run long (loading numba costs
more than it saves on small charts); tests compare the two paths' covers.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from analysis.qca._compiled import _implied_columns_kernel, _lagrangian_kernel

__all__ = ["reduce_node", "DEAD", "LEAF", "LAST", "BRANCH"]

DEAD, LEAF, LAST, BRANCH = 0, 1, 2, 3
_lagrangian = njit(cache=True)(_lagrangian_kernel)
_implied = njit(cache=True)(_implied_columns_kernel)


@njit(cache=True)
def _row_keys(sub):
    """Each row of a boolean matrix as little-endian uint64 words."""
    n, m = sub.shape
    W = max(1, (m + 63) // 64)
    keys = np.zeros((n, W), dtype=np.uint64)
    for i in range(n):
        for j in range(m):
            if sub[i, j]:
                keys[i, j // 64] |= np.uint64(1) << np.uint64(j % 64)
    return keys


@njit(cache=True)
def _take(which, rows, cols, u, sub, events, n_ev, budget):
    """Take the rows `which` (every cover here holds them): record them (events (0, row, 0)), close the columns
    they cover. Returns (within budget, rows, cols, u, event count, budget)."""
    if which.sum() > budget:
        return False, rows, cols, u, n_ev, budget
    keep_c = np.ones(sub.shape[1], dtype=np.bool_)
    for i in range(sub.shape[0]):
        if which[i]:
            events[n_ev, 0], events[n_ev, 1], events[n_ev, 2] = 0, rows[i], 0
            n_ev += 1
            for j in range(sub.shape[1]):
                if sub[i, j]:
                    keep_c[j] = False
    return True, rows[~which], cols[keep_c], u[keep_c], n_ev, budget - int(which.sum())


@njit(cache=True)
def _kernel(A, rows, cols, u, budget, first_only, cells_per_step, eps):
    events = np.zeros((rows.shape[0] + 1, 3), dtype=np.int64)  # (0, row, 0) forced; (1, rep, other) bundled
    n_ev = 0
    ticks = 0
    status = BRANCH
    red = np.zeros(0)
    sub = np.zeros((0, 0), dtype=np.bool_)
    while True:
        n, m = rows.shape[0], cols.shape[0]
        if m == 0:
            status = LEAF
            break
        if budget <= 0:
            status = DEAD
            break
        sub = np.empty((n, m), dtype=np.bool_)
        for i in range(n):
            for j in range(m):
                sub[i, j] = A[rows[i], cols[j]]
        ticks += (n * m) // cells_per_step
        live = np.zeros(n, dtype=np.bool_)
        for i in range(n):
            for j in range(m):
                if sub[i, j]:
                    live[i] = True
                    break
        if not live.all():
            rows, sub = rows[live], sub[live]
            n = rows.shape[0]
        cnt = np.zeros(m, dtype=np.int64)
        for i in range(n):
            for j in range(m):
                if sub[i, j]:
                    cnt[j] += 1
        if (cnt == 0).any():
            status = DEAD
            break
        forced = np.zeros(n, dtype=np.bool_)
        for i in range(n):
            for j in range(m):
                if sub[i, j] and cnt[j] == 1:
                    forced[i] = True
                    break
        if forced.any():  # essential rows
            ok, rows, cols, u, n_ev, budget = _take(forced, rows, cols, u, sub, events, n_ev, budget)
            if not ok:
                status = DEAD
                break
            continue
        # rows identical on the open columns are interchangeable: the first stays, the others join its bundle
        keys = _row_keys(sub)
        W = keys.shape[1]
        order = np.argsort(keys[:, W - 1], kind="mergesort")
        for w in range(W - 2, -1, -1):
            order = order[np.argsort(keys[order, w], kind="mergesort")]
        first = np.arange(n)
        t = 0
        while t < n:
            e = t + 1
            while e < n:
                same = True
                for w in range(W):
                    if keys[order[e], w] != keys[order[t], w]:
                        same = False
                        break
                if not same:
                    break
                e += 1
            lo = order[t]
            for s in range(t, e):
                lo = min(lo, order[s])
            for s in range(t, e):
                first[order[s]] = lo
            t = e
        dup = first != np.arange(n)
        if dup.any():
            for i in range(n):
                if dup[i]:
                    events[n_ev, 0], events[n_ev, 1], events[n_ev, 2] = 1, rows[first[i]], rows[i]
                    n_ev += 1
            rows, sub = rows[~dup], sub[~dup]
            n = rows.shape[0]
        if budget <= 2 and n <= 5_000:  # the last one or two rows: listed by the caller
            status = LAST
            break
        if m <= 2_000:  # columns implied by another column (their row set contains the other's) are dropped
            drop = _implied(sub)
            if drop.any():
                cols, u = cols[~drop], u[~drop]
                continue
        if first_only and n * n * 8 <= 200_000_000:  # rows inside another row (keeps a cover's existence)
            keys = _row_keys(sub)
            W = keys.shape[1]
            dom = np.zeros(n, dtype=np.bool_)
            for i in range(n):
                for k in range(n):
                    if i == k:
                        continue
                    inside = True
                    for w in range(W):
                        if keys[i, w] & ~keys[k, w]:
                            inside = False
                            break
                    if inside:  # rows are distinct: strictly inside
                        dom[i] = True
                        break
            if dom.any():
                rows = rows[~dom]
                continue
        # Lagrangian bound and reduced-cost fixing
        n_ent = 0
        for i in range(n):
            for j in range(m):
                if sub[i, j]:
                    n_ent += 1
        c = np.empty(n_ent, dtype=np.int64)
        starts = np.empty(n, dtype=np.int64)
        e = 0
        for i in range(n):
            starts[i] = e
            for j in range(m):
                if sub[i, j]:
                    c[e] = j
                    e += 1
        lval, u, red = _lagrangian(c, starts, m, u, float(budget), 40, eps)
        if lval > budget + eps:
            status = DEAD
            break
        force = np.zeros(n, dtype=np.bool_)
        for i in range(n):
            force[i] = lval - min(red[i], 0.0) > budget + eps  # every completion needs these rows
        if force.any():
            ok, rows, cols, u, n_ev, budget = _take(force, rows, cols, u, sub, events, n_ev, budget)
            if not ok:
                status = DEAD
                break
            continue
        out = np.zeros(n, dtype=np.bool_)
        for i in range(n):
            out[i] = lval + max(red[i], 0.0) > budget + eps  # no completion within budget uses these
        if out.any():
            rows = rows[~out]
            continue
        status = BRANCH
        break
    return status, rows, cols, u, red, sub, events[:n_ev], ticks, budget


def reduce_node(A: np.ndarray, rows: np.ndarray, cols: np.ndarray, u: np.ndarray, budget: int, first_only: bool,
                cells_per_step: int, eps: float):
    """One node's reductions: (status, rows, cols, u, reduced costs, chart of rows x cols, events, steps, budget).
    status DEAD (no cover within the budget), LEAF (no open column), LAST (budget <= 2: list the last rows) or
    BRANCH; events in order: (0, row, 0) a row every cover here holds, (1, rep, other) `other` joins `rep`'s
    bundle."""
    return _kernel(A, np.ascontiguousarray(rows, dtype=np.int64), np.ascontiguousarray(cols, dtype=np.int64),
                   np.ascontiguousarray(u, dtype=np.float64), int(budget), bool(first_only), int(cells_per_step),
                   float(eps))
