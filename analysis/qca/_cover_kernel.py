"""The minimum-cover search's compiled kernels (numba), all in this one file (numba's cache does not notice a
change in a kernel called from another file): the reductions at one node of the search (`reduce_node`), the
bounds of a branching's children (`probe_children`), a branching's column components and degrees
(`branch_layout`), the Lagrangian bound and the implied-column test. The reductions run as one call, the search's
inner loop once it runs long: the same steps in the same order as their plain twin
(`_cover._CoverSearch._reduce`): live rows, essential rows, Lagrangian bound with reduced-cost fixing (Beasley
1990), interchangeable rows bundled, implied columns dropped, dominated rows dropped (existence only). They walk
the chart's rows as sparse lists (`row_entries`): a node costs in proportion to its entries, not its cells.
Imported only when a search has run long (loading numba costs more than it saves on small charts); tests
compare the covers of both paths.
"""
from __future__ import annotations

import numpy as np
from numba import njit

__all__ = ["reduce_node", "row_entries", "probe_children", "branch_layout", "covering_pairs", "lagrangian",
           "implied_columns", "DEAD", "LEAF", "LAST", "BRANCH"]

from analysis.qca._cover import _BRANCH as BRANCH, _BUNDLED, _DEAD as DEAD, _LAST as LAST, _LEAF as LEAF, _TAKEN


@njit(cache=True)
def _lagrangian_kernel(c, starts, n_cols, u0, budget, iters, eps):
    """The compiled twin of `_cover._lagrangian` (same steps, loops instead of array operations): rows are the
    entries c[starts[g]:starts[g + 1]] of a sparse chart."""
    n_rows = starts.shape[0]
    n_ent = c.shape[0]
    u = u0.copy()
    best_l = -1.0
    best_u = u.copy()
    best_c = np.zeros(n_rows)
    have = False
    red = np.zeros(n_rows)
    cnt = np.zeros(n_cols)
    lam = 1.0
    stall = 0
    target = budget + 1.0
    for _ in range(iters):
        lval = 0.0
        for j in range(n_cols):
            lval += u[j]
        for g in range(n_rows):
            end = starts[g + 1] if g + 1 < n_rows else n_ent
            s = 0.0
            for e in range(starts[g], end):
                s += u[c[e]]
            red[g] = 1.0 - s
            if red[g] < 0:
                lval += red[g]
        if not have or lval > best_l + 1e-9:
            best_l = lval
            best_u[:] = u
            best_c[:] = red
            have = True
            stall = 0
        else:
            stall += 1
            if stall >= 4:
                lam /= 2
                stall = 0
                if lam < 0.02:
                    break
        if best_l > budget + eps:
            break
        cnt[:] = 1.0
        for g in range(n_rows):
            if red[g] < 0:
                end = starts[g + 1] if g + 1 < n_rows else n_ent
                for e in range(starts[g], end):
                    cnt[c[e]] -= 1.0
        norm = 0.0
        for j in range(n_cols):
            norm += cnt[j] * cnt[j]
        if norm == 0.0:
            break
        step = lam * (target - lval) / norm
        for j in range(n_cols):
            v = u[j] + step * cnt[j]
            u[j] = v if v > 0.0 else 0.0
    return best_l, best_u, best_c


def lagrangian(c: np.ndarray, starts: np.ndarray, n_cols: int, u: np.ndarray, budget: float, iters: int,
               eps: float):
    """Lagrangian lower bound of a sparse chart (compiled; see `_cover._lagrangian`). Every argument in the one
    type the warm-up compiles (make bench found a strided `c` and a literal `n_cols` of 0 compiled during a run)."""
    return _lagrangian_kernel(np.ascontiguousarray(c, dtype=np.int64), np.ascontiguousarray(starts, dtype=np.int64),
                              np.int64(n_cols), np.ascontiguousarray(u, dtype=np.float64), float(budget),
                              np.int64(iters), float(eps))


@njit(cache=True)
def _within(bits, a, b):
    """Whether bitset row a lies within bitset row b."""
    for w in range(bits.shape[1]):
        if bits[a, w] & ~bits[b, w]:
            return False
    return True


@njit(cache=True)
def _implied_columns_kernel(lp, ent, n, m):
    """Columns whose row set strictly contains another column's, or equals an earlier column's, of a chart given
    as sparse rows (every column non-empty); also each column's rows as bits. A column containing column a holds
    a's first row, so only the columns of that row are compared with a."""
    RW = max(1, (n + 63) // 64)
    colbits = np.zeros((m, RW), dtype=np.uint64)
    first_row = np.full(m, -1, dtype=np.int64)
    cnt = np.zeros(m, dtype=np.int64)
    for i in range(n):
        for e in range(lp[i], lp[i + 1]):
            j = ent[e]
            colbits[j, i // 64] |= np.uint64(1) << np.uint64(i % 64)
            cnt[j] += 1
            if first_row[j] < 0:
                first_row[j] = i
    drop = np.zeros(m, dtype=np.bool_)
    for a in range(m):
        r0 = first_row[a]
        for e in range(lp[r0], lp[r0 + 1]):
            b = ent[e]
            if a == b or cnt[a] > cnt[b] or drop[b]:
                continue
            if _within(colbits, a, b) and (cnt[a] < cnt[b] or a < b):
                drop[b] = True
    return drop, colbits


def implied_columns(sub: np.ndarray) -> np.ndarray:
    """Columns of a boolean chart whose row set strictly contains another column's, or equals an earlier
    column's (compiled twin of the co-occurrence test in `_cover._CoverSearch._reduce`)."""
    sub = np.ascontiguousarray(sub, dtype=np.bool_)
    ptr, idx = row_entries(sub)
    return _implied_columns_kernel(ptr, idx, sub.shape[0], sub.shape[1])[0]


@njit(cache=True)
def _components_kernel(lp, ent, n_cols):
    """Union-find over the columns of each sparse row; label = the smallest column of the component."""
    parent = np.arange(n_cols)
    for i in range(lp.shape[0] - 1):
        for e in range(lp[i] + 1, lp[i + 1]):
            a = ent[e - 1]
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            b = ent[e]
            while parent[b] != b:
                parent[b] = parent[parent[b]]
                b = parent[b]
            if a < b:
                parent[b] = a
            elif b < a:
                parent[a] = b
    labels = np.empty(n_cols, dtype=np.int64)
    for j in range(n_cols):
        a = j
        while parent[a] != a:
            a = parent[a]
        labels[j] = a
    return labels


@njit(cache=True)
def _row_bits(lp, ent, n, m):
    """Each sparse row's columns as bits (n x ceil(m / 64) words)."""
    keys = np.zeros((n, max(1, (m + 63) // 64)), dtype=np.uint64)
    for i in range(n):
        for e in range(lp[i], lp[i + 1]):
            keys[i, ent[e] // 64] |= np.uint64(1) << np.uint64(ent[e] % 64)
    return keys


@njit(cache=True)
def _layout_kernel(sub):
    n, m = sub.shape
    lp, ent = _row_entries_kernel(sub)
    labels = _components_kernel(lp, ent, m)
    keys = _row_bits(lp, ent, n, m)
    W = keys.shape[1]
    near = np.zeros((m, W), dtype=np.uint64)  # each column's neighbours (and itself) as bits
    for i in range(n):
        for e in range(lp[i], lp[i + 1]):
            for w in range(W):
                near[ent[e], w] |= keys[i, w]
    deg = np.zeros(m, dtype=np.int64)
    for j in range(m):
        for w in range(W):
            x = near[j, w]
            while x:
                x &= x - np.uint64(1)
                deg[j] += 1
        deg[j] -= 1
    return labels, deg


def branch_layout(sub: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What a branching needs of a chart, in one call: each column's component label (its smallest column) and
    its number of neighbours (columns sharing a row with it); compiled twin of `_cover._column_components` and
    `_cover._column_degrees`."""
    return _layout_kernel(np.ascontiguousarray(sub, dtype=np.bool_))


@njit(cache=True)
def _row_entries_kernel(A):
    n, m = A.shape
    ptr = np.zeros(n + 1, dtype=np.int64)
    for i in range(n):
        k = 0
        for j in range(m):
            if A[i, j]:
                k += 1
        ptr[i + 1] = ptr[i] + k
    idx = np.empty(ptr[n], dtype=np.int64)
    for i in range(n):
        e = ptr[i]
        for j in range(m):
            if A[i, j]:
                idx[e] = j
                e += 1
    return ptr, idx


def row_entries(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The chart's rows as sparse lists (CSR): row i holds the columns idx[ptr[i]:ptr[i + 1]]."""
    return _row_entries_kernel(np.ascontiguousarray(A, dtype=np.bool_))


@njit(cache=True)
def _local_entries(ptr, idx, rows, pos):
    """The open entries of `rows` (columns with pos >= 0, as positions): local CSR (starts, entries)."""
    n = rows.shape[0]
    total = 0
    for i in range(n):
        total += ptr[rows[i] + 1] - ptr[rows[i]]
    ent = np.empty(total, dtype=np.int64)
    lp = np.empty(n + 1, dtype=np.int64)
    e = 0
    for i in range(n):
        lp[i] = e
        for q in range(ptr[rows[i]], ptr[rows[i] + 1]):
            p = pos[idx[q]]
            if p >= 0:
                ent[e] = p
                e += 1
    lp[n] = e
    return lp, ent[:e]


@njit(cache=True)
def _dense(lp, ent, n, m):
    sub = np.zeros((n, m), dtype=np.bool_)
    for i in range(n):
        for e in range(lp[i], lp[i + 1]):
            sub[i, ent[e]] = True
    return sub


@njit(cache=True)
def _take_sparse(which, rows, cols, u, lp, ent, events, n_ev, budget):
    """Take the rows `which` (every cover here holds them): record them (events (_TAKEN, row, 0)), close the columns
    they cover. Returns (within budget, rows, cols, u, event count, budget)."""
    k = int(which.sum())
    if k > budget:
        return False, rows, cols, u, n_ev, budget
    keep_c = np.ones(cols.shape[0], dtype=np.bool_)
    for i in range(rows.shape[0]):
        if which[i]:
            events[n_ev, 0], events[n_ev, 1], events[n_ev, 2] = _TAKEN, rows[i], 0
            n_ev += 1
            for e in range(lp[i], lp[i + 1]):
                keep_c[ent[e]] = False
    return True, rows[~which], cols[keep_c], u[keep_c], n_ev, budget - k


@njit(cache=True)
def _kernel(A, ptr, idx, rows, cols, u, budget, first_only, cells_per_step, eps, probed):
    events = np.zeros((rows.shape[0] + 1, 3), dtype=np.int64)  # (_TAKEN, row, 0), (_BUNDLED, rep, other)
    n_ev = 0
    ticks = 0
    status = BRANCH
    red = np.zeros(0)
    lp = np.zeros(1, dtype=np.int64)
    ent = np.zeros(0, dtype=np.int64)
    total_cols = A.shape[1]
    while True:
        n, m = rows.shape[0], cols.shape[0]
        if m == 0:
            status = LEAF
            break
        if budget <= 0:
            status = DEAD
            break
        ticks += (n * m) // cells_per_step
        pos = np.full(total_cols, -1, dtype=np.int64)
        for q in range(m):
            pos[cols[q]] = q
        lp, ent = _local_entries(ptr, idx, rows, pos)
        live = np.empty(n, dtype=np.bool_)
        for i in range(n):
            live[i] = lp[i + 1] > lp[i]
        if not live.all():
            rows = rows[live]
            n = rows.shape[0]
            lp, ent = _local_entries(ptr, idx, rows, pos)
        cnt = np.zeros(m, dtype=np.int64)
        for e in range(ent.shape[0]):
            cnt[ent[e]] += 1
        if (cnt == 0).any():
            status = DEAD
            break
        forced = np.zeros(n, dtype=np.bool_)
        for i in range(n):
            for e in range(lp[i], lp[i + 1]):
                if cnt[ent[e]] == 1:
                    forced[i] = True
                    break
        if forced.any():  # essential rows
            probed = False
            ok, rows, cols, u, n_ev, budget = _take_sparse(forced, rows, cols, u, lp, ent, events, n_ev, budget)
            if not ok:
                status = DEAD
                break
            continue
        # Lagrangian bound and reduced-cost fixing, before the costlier reductions (bundling, implied columns):
        # it ends most nodes that die, and the bound holds on the unreduced chart
        if not (budget <= 2 and n <= 5_000):
            # a chart its parent's probe bounded (nothing taken since): that bound, evaluated once
            lval, u, red = _lagrangian_kernel(ent, lp[:n], m, u, float(budget), 1 if probed else 40, eps)
            probed = False
            if lval > budget + eps:
                status = DEAD
                break
            force = np.zeros(n, dtype=np.bool_)
            for i in range(n):
                force[i] = lval - min(red[i], 0.0) > budget + eps  # every completion needs these rows
            if force.any():
                ok, rows, cols, u, n_ev, budget = _take_sparse(force, rows, cols, u, lp, ent, events, n_ev, budget)
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
        # rows identical on the open columns are interchangeable: the first stays, the others join its bundle
        keys = _row_bits(lp, ent, n, m)
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
                    events[n_ev, 0], events[n_ev, 1], events[n_ev, 2] = _BUNDLED, rows[first[i]], rows[i]
                    n_ev += 1
            keep = ~dup
            if red.shape[0] == n:
                red = red[keep]
            rows, keys = rows[keep], keys[keep]
            n = rows.shape[0]
            lp, ent = _local_entries(ptr, idx, rows, pos)
        if budget <= 2 and n <= 5_000:  # the last one or two rows: listed by the caller
            status = LAST
            break
        # columns implied by another column (their row set contains the other's) are dropped
        drop, colbits = _implied_columns_kernel(lp, ent, n, m)
        if m <= 2_000 and drop.any():
            cols, u = cols[~drop], u[~drop]
            continue
        if first_only and n * n * 8 <= 200_000_000:  # rows inside another row (keeps a cover's existence)
            dom = np.zeros(n, dtype=np.bool_)
            for i in range(n):
                j0 = ent[lp[i]]  # a row containing row i holds its first column
                for w in range(colbits.shape[1]):
                    x = colbits[j0, w]
                    while x and not dom[i]:
                        low = x & (~x + np.uint64(1))
                        k = w * 64 + int(np.log2(float(low)) + 0.5)
                        x ^= low
                        if k != i and _within(keys, i, k):  # rows are distinct: strictly inside
                            dom[i] = True
                    if dom[i]:
                        break
            if dom.any():
                rows = rows[~dom]
                continue
        status = BRANCH
        break
    sub = np.zeros((0, 0), dtype=np.bool_)
    if status == LAST or status == BRANCH:
        sub = _dense(lp, ent, rows.shape[0], cols.shape[0])
    return status, rows, cols, u, red, sub, events[:n_ev], ticks, budget


def reduce_node(A: np.ndarray, entries: tuple[np.ndarray, np.ndarray], rows: np.ndarray, cols: np.ndarray,
                u: np.ndarray, budget: int, first_only: bool, cells_per_step: int, eps: float, probed: bool = False):
    """One node's reductions: (status, rows, cols, u, reduced costs, chart of rows x cols, events, steps, budget).
    status DEAD (no cover within the budget), LEAF (no open column), LAST (budget <= 2: list the last rows) or
    BRANCH; events in order: (_TAKEN, row, 0) a row every cover here holds, (_BUNDLED, rep, other) `other`
    joins `rep`'s bundle. `entries` is `row_entries(A)`: the work follows the chart's entries, not its cells.
    probed: `u` comes from `probe_children` on this very chart (its first bound is evaluated, not ascended again).
    The plain twin is `_cover._CoverSearch._reduce`."""
    return _kernel(A, entries[0], entries[1], np.ascontiguousarray(rows, dtype=np.int64),
                   np.ascontiguousarray(cols, dtype=np.int64), np.ascontiguousarray(u, dtype=np.float64), int(budget),
                   bool(first_only), int(cells_per_step), float(eps), bool(probed))


@njit(cache=True)
def _probe_kernel(sub, cand, u, budget, iters, eps):
    n, m = sub.shape
    lp, ent = _row_entries_kernel(sub)
    k = cand.shape[0]
    dead = np.zeros(k, dtype=np.bool_)
    u_out = np.zeros((k, m))
    excluded = np.zeros(n, dtype=np.bool_)
    c = np.empty(ent.shape[0], dtype=np.int64)
    starts = np.empty(n, dtype=np.int64)
    prev = np.full(m, -1.0)  # the last child bounded: its multipliers at the parent's columns (-1: closed there)
    for t in range(k):
        i = cand[t]
        excluded[i] = True
        pos = np.full(m, -1, dtype=np.int64)  # parent column -> child column (-1: closed by row i)
        open_ = np.empty(m, dtype=np.int64)  # child column -> parent column
        mc = 0
        for j in range(m):
            if not sub[i, j]:
                pos[j] = mc
                open_[mc] = j
                mc += 1
        if mc == 0:
            continue  # the row covers everything left: a cover, never dead
        hit = np.zeros(mc, dtype=np.bool_)
        e = 0
        r = 0
        for g in range(n):
            if excluded[g]:
                continue
            s0 = e
            for q in range(lp[g], lp[g + 1]):
                p = pos[ent[q]]
                if p >= 0:
                    c[e] = p
                    hit[p] = True
                    e += 1
            if e > s0:
                starts[r] = s0
                r += 1
        if not hit.all():
            dead[t] = True  # an open column no remaining row covers
            continue
        uc = np.empty(mc)
        for q in range(mc):  # from the previous sibling's multipliers where it had the column, else the parent's
            v = prev[open_[q]]
            uc[q] = v if v >= 0.0 else u[open_[q]]
        lval, best_u, _ = _lagrangian_kernel(c[:e], starts[:r], mc, uc, float(budget), iters, eps)
        if lval > budget + eps:
            dead[t] = True
        prev[:] = -1.0
        for q in range(mc):
            u_out[t, open_[q]] = best_u[q]
            prev[open_[q]] = best_u[q]
    return dead, u_out


def probe_children(sub: np.ndarray, cand: np.ndarray, u: np.ndarray, budget: int, iters: int, eps: float):
    """The children of a branching, in one call: child t takes row cand[t] and excludes cand[:t] (rows of `sub`).
    Returns which children have no cover within `budget` (an open column left without rows, or their Lagrangian
    bound exceeds it) and each child's improved multipliers (at the parent's column positions). A child's ascent
    starts from the last bounded sibling's multipliers on the columns it had, from `u` on the others: siblings
    differ by a row or two, so theirs are nearer a child's optimum (the exact count of issue10_k12_n180 of
    benchmarks/: 2,405,262 -> 2,215,260 steps)."""
    return _probe_kernel(np.ascontiguousarray(sub, dtype=np.bool_), np.ascontiguousarray(cand, dtype=np.int64),
                         np.ascontiguousarray(u, dtype=np.float64), int(budget), int(iters), float(eps))


@njit(cache=True)
def _pairs_kernel(sub):
    n, m = sub.shape
    lp, ent = _row_entries_kernel(sub)
    keys = _row_bits(lp, ent, n, m)
    W = keys.shape[1]
    full = _row_bits(np.array([0, m]), np.arange(m), 1, m)[0]  # every column
    ii = np.empty(n * (n - 1) // 2 if n > 1 else 0, dtype=np.int64)
    jj = np.empty_like(ii)
    k = 0
    for i in range(n):
        for j in range(i + 1, n):
            ok = True
            for w in range(W):
                if (keys[i, w] | keys[j, w]) != full[w]:
                    ok = False
                    break
            if ok:
                ii[k], jj[k] = i, j
                k += 1
    return ii[:k], jj[:k]


def covering_pairs(sub: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows i < j that together hold all columns, in order of i then j (compiled twin of the pair
    listing in `_cover._CoverSearch._last_rows`)."""
    return _pairs_kernel(np.ascontiguousarray(sub, dtype=np.bool_))
