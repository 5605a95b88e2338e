"""Every minimum-cardinality cover of a prime implicant chart (all minimal models, R QCA's definition).

Exact. Implicants with the same coverage form one class (a minimum cover never holds two of them); a column
implied by another column is dropped and essential classes are fixed (both keep every optimum). The optimum
size is then found by iterative deepening from a Lagrangian lower bound (Beasley 1990) up to a greedy cover,
with row dominance allowed (it keeps the optimum's existence), and every cover of that size is enumerated
without it. Both run one branch and bound (`_CoverSearch`): essential rows, implied columns, interchangeable
rows bundled, Lagrangian bound with reduced-cost fixing, independent parts solved separately, branching on
the column with the fewest candidates. Work and the number of models are capped (QCAComplexityError).
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from analysis.qca.errors import QCAComplexityError

__all__ = ["minimum_covers"]

DEFAULT_MAX_WORK = 20_000
DEFAULT_MAX_MODELS = 1_000_000
_CELLS_PER_STEP = 50_000  # a search step on a larger chart counts as several


def _group_rows(mat: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Distinct rows of a boolean matrix (in lexicographic order of their packed bits) and, for each,
    the ascending indices of the rows equal to it."""
    n, c = mat.shape
    if n == 0:
        return mat, []
    packed = np.packbits(mat, axis=1)
    width = -(-packed.shape[1] // 8) * 8
    words = np.zeros((n, width), dtype=np.uint8)
    words[:, :packed.shape[1]] = packed
    keys = words.view(">u8")  # big-endian words: numeric order = bit order
    order = np.lexsort(keys.T[::-1])
    sk = keys[order]
    new = np.ones(n, dtype=bool)
    new[1:] = (sk[1:] != sk[:-1]).any(axis=1)
    starts = np.flatnonzero(new)
    bounds = np.append(starts, n)
    members = [np.sort(order[bounds[g]:bounds[g + 1]]) for g in range(len(starts))]
    return mat[order[starts]], members


_EPS = 1e-7


class _Sparse:
    """A boolean chart as (row, column) entries sorted by row, every row non-empty: the sums the search needs,
    in O(entries) without dense matrix products (small dense products would go through multi-threaded BLAS)."""

    def __init__(self, sub: np.ndarray):
        self.n_rows, self.n_cols = sub.shape
        self.r, self.c = np.nonzero(sub)
        first = np.ones(self.r.size, dtype=bool)
        first[1:] = self.r[1:] != self.r[:-1]
        self.starts = np.flatnonzero(first)

    def row_sums(self, u: np.ndarray) -> np.ndarray:
        return np.add.reduceat(u[self.c], self.starts)

    def col_counts(self, rows_mask: np.ndarray) -> np.ndarray:
        return np.bincount(self.c[rows_mask[self.r]], minlength=self.n_cols)

    def cooccurrence(self) -> np.ndarray:
        """(columns x columns) number of rows holding both columns."""
        r, c, n = self.r, self.c, self.n_cols
        a_parts, b_parts = [], []
        d = 1
        while d < r.size:
            same = r[d:] == r[:-d]
            if not same.any():
                break
            a_parts.append(c[:-d][same])
            b_parts.append(c[d:][same])
            d += 1
        m = np.zeros((n, n), dtype=np.int64)
        if a_parts:
            a, b = np.concatenate(a_parts), np.concatenate(b_parts)
            m = np.bincount(a * n + b, minlength=n * n).reshape(n, n)
            m = m + m.T
        m[np.diag_indices(n)] = np.bincount(c, minlength=n)
        return m

    def dominated_rows(self, sub: np.ndarray) -> np.ndarray:
        """Rows whose column set lies strictly inside another row's (rows assumed distinct)."""
        words = -(-self.n_rows // 64)
        packed = np.zeros((self.n_cols + 1, words * 8), dtype=np.uint8)
        packed[:-1, :-(-self.n_rows // 8)] = np.packbits(sub.T, axis=1, bitorder="little")
        packed[-1] = 255  # padding column: every row
        packed = packed.view(np.uint64)
        lengths = np.diff(np.append(self.starts, self.r.size))
        idx = np.full((self.n_rows, int(lengths.max())), self.n_cols)
        idx[self.r, np.arange(self.r.size) - self.starts[self.r]] = self.c
        acc = packed[idx[:, 0]].copy()
        for j in range(1, idx.shape[1]):
            acc &= packed[idx[:, j]]
        return np.bitwise_count(acc).sum(axis=1) >= 2


def _lagrangian(sp: _Sparse, u: np.ndarray, budget: int, iters: int):
    """Lagrangian lower bound on the size of a cover of the chart's columns by its rows (subgradient ascent on
    u >= 0). Any u >= 0 gives the valid bound L(u) = sum(u) + sum_g min(0, 1 - (A u)_g) (Beasley 1990, "A
    Lagrangian heuristic for set-covering problems"); stops once the bound exceeds `budget`.
    Returns L, u and the rows' reduced costs 1 - (A u)_g."""
    best_l, best_u, best_c = -1.0, u, None
    lam, stall = 1.0, 0
    target = budget + 1.0
    for _ in range(iters):
        c = 1.0 - sp.row_sums(u)
        neg = c < 0
        lval = float(u.sum() + c[neg].sum())
        if best_c is None or lval > best_l + 1e-9:
            best_l, best_u, best_c = lval, u, c
            stall = 0
        else:
            stall += 1
            if stall >= 4:
                lam /= 2
                stall = 0
                if lam < 0.02:
                    break
        if best_l > budget + _EPS:
            break
        sub = 1.0 - sp.col_counts(neg)
        norm = float(sub @ sub)
        if norm == 0.0:
            break  # the Lagrangian solution is a cover: the bound is optimal for this u
        u = np.maximum(0.0, u + (lam * (target - lval) / norm) * sub)
    return best_l, best_u, best_c


def _initial_multipliers(sub: np.ndarray) -> np.ndarray:
    """u_j = 1 / (most columns any row covering j covers): a dual-feasible start."""
    return 1.0 / np.where(sub, sub.sum(axis=1, keepdims=True), 0).max(axis=0)


def _column_components(sp: _Sparse) -> np.ndarray:
    """Label of each column's connected component (columns linked by a row holding both)."""
    labels = np.arange(sp.n_cols)
    while True:
        row_min = np.minimum.reduceat(labels[sp.c], sp.starts)
        new = labels.copy()
        np.minimum.at(new, sp.c, row_min[sp.r])
        new = new[new]  # shortcut chains
        if (new == labels).all():
            return labels
        labels = new


class _CoverSearch:
    """Branch and bound over a chart of distinct implicant groups (rows) and open columns, both index arrays into
    `A`. At every node: empty columns prune, essential rows are forced, implied columns dropped, rows identical
    on the open columns bundled (interchangeable in every cover), Lagrangian bound and reduced-cost fixing
    applied; independent parts of the chart are solved separately and combined; otherwise branch on the column
    with the fewest rows (row i taken, rows before it excluded).

    A cover is recorded as a list of bundles, each a list of interchangeable rows."""

    def __init__(self, A: np.ndarray, max_work: int, what: str, weights=None, cap: int = 0, extra: int = 0,
                 mult: int = 1):
        self.A = A
        # implicant choices per row and per fixed part, to count models as they are found (the cap)
        self.weights, self.cap, self.extra, self.mult, self.n_models = weights, cap, extra, mult, 0
        self.max_work = max_work
        self.work = 0
        self.what = what

    def _tick(self, n: int = 1) -> None:
        self.work += n
        if self.work > self.max_work:
            raise QCAComplexityError(
                f"the prime implicant chart ({self.what}) needs more than {self.max_work:,} steps of the exact "
                "search for every minimal model; use fewer conditions or more observed cases (a higher "
                "frequency cutoff), or raise max_work")

    def run(self, size: int, first_only: bool) -> list[list[list[int]]]:
        """Every cover with at most `size` rows, or only the first one found (then dominated rows are
        dropped, which keeps a cover's existence but not every cover)."""
        found: list[list[list[int]]] = []
        g, c = self.A.shape
        self._visit(np.arange(g), np.arange(c), [], _initial_multipliers(self.A), {}, size, first_only, found,
                    top=True)
        return found

    def _leaf(self, chosen, first_only: bool, found: list, top: bool) -> bool:
        """Record a cover; True to stop the search (only the first one wanted)."""
        found.append(chosen)
        if top and not first_only and self.weights is not None:
            w = self.weights
            self.n_models += self.mult * math.prod(sum(w[g] for g in bundle) for bundle in chosen)
            if self.n_models > self.cap:
                raise QCAComplexityError(_cap_message(self.cap, len(chosen) + self.extra))
        return first_only

    def _optimum(self, rows, cols, u, alts, lo: int, hi: int):
        """Smallest size in lo..hi with a cover of these columns, and one such cover; (None, None) if none."""
        for size in range(max(lo, 1), hi + 1):
            f: list = []
            self._visit(rows, cols, [], u, alts, size, True, f, top=False)
            if f:
                return size, f[0]
        return None, None

    def _visit(self, rows, cols, chosen, u, alts, size, first_only, found, top) -> bool:
        """Search below one node; True stops the whole search (first_only and a cover found)."""
        self._tick()
        chosen = list(chosen)
        while True:
            budget = size - len(chosen)
            if cols.size == 0:
                return self._leaf(chosen, first_only, found, top)
            if budget <= 0:
                return False
            sub = self.A[np.ix_(rows, cols)]
            self._tick(sub.size // _CELLS_PER_STEP)  # large charts cost more per step
            live = sub.any(axis=1)
            if not live.all():
                rows, sub = rows[live], sub[live]
            cnt = sub.sum(axis=0)
            if (cnt == 0).any():
                return False
            single = cnt == 1
            if single.any():  # essential rows
                forced = np.flatnonzero(sub[:, single].any(axis=1))
                if forced.size > budget:
                    return False
                chosen += [[int(rows[f])] + alts.get(int(rows[f]), []) for f in forced]
                keep_c = ~sub[forced].any(axis=0)
                cols, u = cols[keep_c], u[keep_c]
                rows = np.delete(rows, forced)
                continue
            # rows identical on the open columns are interchangeable: keep one, remember the others
            packed = np.packbits(sub, axis=1)
            _, first, inv = np.unique(packed, axis=0, return_index=True, return_inverse=True)
            if first.size < rows.size:
                inv = inv.reshape(-1)
                alts = dict(alts)
                dup = np.ones(rows.size, dtype=bool)
                dup[first] = False
                for i in np.flatnonzero(dup):
                    rep, other = int(rows[first[inv[i]]]), int(rows[i])
                    alts[rep] = alts.get(rep, []) + [other] + alts.get(other, [])
                keep = np.sort(first)
                rows, sub = rows[keep], sub[keep]
                cnt = sub.sum(axis=0)
            if budget <= 2 and rows.size <= 5_000:  # the last one or two rows: listed directly
                return self._last_rows(rows, sub, chosen, alts, budget, first_only, found, top)
            sp = _Sparse(sub)
            # columns implied by another column (their row set contains the other's) are dropped
            if cols.size <= 2_000:
                inter = sp.cooccurrence()
                subset = inter == cnt[:, None]  # [a, b]: rows(a) within rows(b)
                np.fill_diagonal(subset, False)
                same = subset & subset.T
                drop = (subset & ~same).any(axis=0) | np.triu(same, 1).any(axis=0)
                if drop.any():
                    cols, u = cols[~drop], u[~drop]
                    continue
            if first_only and rows.size * rows.size * 8 <= 200_000_000:
                drop = sp.dominated_rows(sub)
                if drop.any():
                    rows = rows[~drop]
                    continue
            # Lagrangian bound and reduced-cost fixing
            lval, u, c = _lagrangian(sp, u, budget, 40)
            if lval > budget + _EPS:
                return False
            force = lval - np.minimum(c, 0.0) > budget + _EPS  # every completion needs these rows
            if force.any():
                f = np.flatnonzero(force)
                if f.size > budget:
                    return False
                chosen += [[int(rows[i])] + alts.get(int(rows[i]), []) for i in f]
                keep_c = ~sub[f].any(axis=0)
                cols, u = cols[keep_c], u[keep_c]
                rows = np.delete(rows, f)
                continue
            out = lval + np.maximum(c, 0.0) > budget + _EPS  # no completion within budget uses these
            if out.any():
                rows = rows[~out]
                continue
            break
        labels = _column_components(sp)
        parts = np.unique(labels)
        if parts.size > 1:
            return self._split(rows, cols, sub, sp, labels, parts, chosen, u, alts, budget, first_only, found, top)
        j = int(np.argmin(cnt))
        cand = np.flatnonzero(sub[:, j])
        cand = cand[np.argsort(c[cand], kind="stable")]  # most promising (lowest reduced cost) first
        excluded = np.zeros(rows.size, dtype=bool)
        for i in cand:
            excluded[i] = True
            keep_c = ~sub[i]
            r = int(rows[i])
            if self._visit(rows[~excluded], cols[keep_c], chosen + [[r] + alts.get(r, [])], u[keep_c], alts,
                           size, first_only, found, top):
                return True
        return False

    def _last_rows(self, rows, sub, chosen, alts, budget, first_only, found, top) -> bool:
        """Every single row, or pair of rows, covering all open columns."""
        def bundle(i):
            return [int(rows[i])] + alts.get(int(rows[i]), [])

        if budget == 1:
            for i in np.flatnonzero(sub.all(axis=1)):
                if self._leaf(chosen + [bundle(i)], first_only, found, top):
                    return True
            return False
        g, c = sub.shape
        words = -(-g // 64)
        holders = np.zeros((c + 1, words * 8), dtype=np.uint8)  # column -> rows holding it, as bits
        holders[:-1, :-(-g // 8)] = np.packbits(sub.T, axis=1, bitorder="little")
        holders[-1] = 255  # padding column: every row
        holders = holders.view(np.uint64)
        gap_r, gap_c = np.nonzero(~sub)  # the columns each row leaves open
        n_gap = np.bincount(gap_r, minlength=g)
        idx = np.full((g, max(1, int(n_gap.max()))), c)
        idx[gap_r, np.arange(gap_r.size) - (np.cumsum(n_gap) - n_gap)[gap_r]] = gap_c
        partners = holders[idx[:, 0]].copy()  # rows holding every column row i leaves open
        for j in range(1, idx.shape[1]):
            partners &= holders[idx[:, j]]
        has = np.flatnonzero(partners.any(axis=1))
        ii, jj = np.nonzero(np.unpackbits(partners[has].view(np.uint8), axis=1, bitorder="little")[:, :g])
        ii = has[ii]
        for i, j in zip(ii[jj > ii].tolist(), jj[jj > ii].tolist()):
            if self._leaf(chosen + [bundle(i), bundle(j)], first_only, found, top):
                return True
        return False

    def _split(self, rows, cols, sub, sp, labels, parts, chosen, u, alts, budget, first_only, found, top) -> bool:
        """Independent parts: each needs its own minimum; a cover of the node is one cover of each part."""
        row_part = labels[sp.c[sp.starts]]
        pieces = []
        for lab in parts:
            cm = labels == lab
            rm = row_part == lab
            lb, _, _ = _lagrangian(_Sparse(sub[np.ix_(rm, cm)]), u[cm], budget, 40)
            pieces.append((rows[rm], cols[cm], u[cm], max(1, math.ceil(lb - _EPS))))
        lbs = sum(p[3] for p in pieces)
        if lbs > budget:
            return False
        sizes, firsts = [], []
        for r_i, c_i, u_i, lb_i in pieces:
            hi = budget - (lbs - lb_i) - (sum(sizes) - sum(p[3] for p in pieces[:len(sizes)]))
            opt, one = self._optimum(r_i, c_i, u_i, alts, lb_i, hi)
            if opt is None:
                return False
            sizes.append(opt)
            firsts.append(one)
        if sum(sizes) > budget:
            return False
        if first_only:
            return self._leaf(chosen + [b for one in firsts for b in one], first_only, found, top)
        # (every cover here has the global minimum size, so each part uses exactly its own minimum)
        options = []
        for (r_i, c_i, u_i, _), opt in zip(pieces, sizes):
            f: list = []
            self._visit(r_i, c_i, [], u_i, alts, opt, False, f, top=False)
            options.append(f)
        for combo in itertools.product(*options):
            if self._leaf(chosen + [b for part in combo for b in part], first_only, found, top):
                return True
        return False


def _greedy(A: np.ndarray) -> int:
    """Size of a greedy cover (an upper bound): repeatedly the row covering most open columns, with the
    counts updated through the chart's entries only (no pass over the whole matrix per step)."""
    if A.shape[1] == 0:
        return 0
    r, c = np.nonzero(A)
    by_col = np.argsort(c, kind="stable")
    col_start = np.searchsorted(c[by_col], np.arange(A.shape[1] + 1))
    count = np.bincount(r, minlength=A.shape[0])
    open_ = np.ones(A.shape[1], dtype=bool)
    n = 0
    while open_.any():
        g = int(np.argmax(count))
        if count[g] == 0:
            raise ValueError("some column has no row")
        newly = np.flatnonzero(A[g] & open_)
        open_[newly] = False
        for j in newly:  # these columns no longer count for the rows holding them
            np.subtract.at(count, r[by_col[col_start[j]:col_start[j + 1]]], 1)
        n += 1
    return n


def minimum_covers(chart: np.ndarray, max_models: int | None = None, *,
                   max_work: int = DEFAULT_MAX_WORK) -> list[tuple[int, ...]]:
    """All covers of minimum cardinality of an (implicants x columns) boolean chart, as sorted index tuples
    in lexicographic order; [] if some column cannot be covered.

    Raises QCAComplexityError past `max_models` minimal models (default one million) or `max_work` search
    steps (default 20,000, tens of seconds at most; a step on a large chart counts as several)."""
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
    if chart.size // _CELLS_PER_STEP > max_work:
        raise QCAComplexityError(
            f"the prime implicant chart ({what}) is too large for the exact search for every minimal model "
            f"within {max_work:,} steps; use fewer conditions or more observed cases, or raise max_work")

    # 1. implicants with identical coverage form one class; classes covering nothing never enter a minimum cover
    useful = np.flatnonzero(chart.any(axis=1))
    cls_rows, cls_members = _group_rows(chart[useful])
    cls_members = [useful[m] for m in cls_members]
    # 2. distinct columns (as class sets); drop a column implied by another (its class set contains the other's)
    cols, _ = _group_rows(np.ascontiguousarray(cls_rows.T))
    if len(cols) <= 3_000:
        cnt = cols.sum(axis=1)
        subset = _Sparse(np.ascontiguousarray(cols.T)).cooccurrence() == cnt[:, None]  # [a, b]: a within b
        np.fill_diagonal(subset, False)
        cols = cols[~subset.any(axis=0)]  # distinct columns: the containment is strict, minimal ones stay
    # 3. essential classes: alone in covering some column
    single = cols.sum(axis=1) == 1
    ess_mask = cols[single].any(axis=0)
    ess_classes = np.flatnonzero(ess_mask).tolist()
    rest = cols[~(cols[:, ess_mask].any(axis=1))]  # columns the essential classes leave open

    covers: list[list[int]]  # each: list of classes (beyond the essential ones) -> expanded below
    if len(rest) == 0:
        covers = [[]]
    else:
        # 4. group the other classes by their coverage of the open columns (one group per distinct coverage)
        cov = np.ascontiguousarray(rest.T)  # classes x open columns
        cov[ess_mask] = False
        live = np.flatnonzero(cov.any(axis=1))
        g_rows, g_members = _group_rows(cov[live])
        order = np.lexsort((np.arange(len(g_rows)), -g_rows.sum(axis=1)))
        g_rows = g_rows[order]
        group_cls = [live[g_members[i]].tolist() for i in order]
        ess = math.prod(len(cls_members[g]) for g in ess_classes)
        weights = [sum(len(cls_members[q]) for q in gc) for gc in group_cls]
        search = _CoverSearch(g_rows, max_work, what, weights, cap, len(ess_classes), ess)
        upper = _greedy(g_rows)
        size = upper
        lval, _, _ = _lagrangian(_Sparse(g_rows), _initial_multipliers(g_rows), upper - 1, 300)
        for trial in range(max(1, math.ceil(lval - _EPS)), upper):
            if search.run(trial, first_only=True):
                size = trial
                break
        chosen = search.run(size, first_only=False)
        # bundle -> the implicant classes it stands for
        covers = [[[q for g in bundle for q in group_cls[g]] for bundle in cov] for cov in chosen]
    # 5. expand classes to implicants (counted first, against the cap)
    ess = math.prod(len(cls_members[g]) for g in ess_classes)
    total = 0
    for cov in covers:
        total += ess * math.prod(sum(len(cls_members[q]) for q in bundle) for bundle in cov)
        if total > cap:
            raise QCAComplexityError(_cap_message(cap, len(ess_classes) + len(cov)))
    ess_picks = [cls_members[g] for g in ess_classes]
    blocks = []
    for cov in covers:
        picks = ess_picks + [np.concatenate([cls_members[q] for q in bundle]) for bundle in cov]
        if not picks:
            return [()]
        grids = np.meshgrid(*picks, indexing="ij")
        blocks.append(np.stack([g.ravel() for g in grids], axis=1))
    models = np.sort(np.concatenate(blocks), axis=1)
    models = models[np.lexsort(models.T[::-1])]
    if models.size < 1_000_000:
        return list(map(tuple, models.tolist()))
    pool = list(range(p))  # many models: share one int object per implicant index
    return [tuple(map(pool.__getitem__, m)) for m in models.tolist()]


def _cap_message(cap: int, size: int) -> str:
    return (f"more than {cap:,} minimal models of {size} prime implicants each; raise max_models or "
            "constrain the problem (fewer conditions, more observed cases)")
