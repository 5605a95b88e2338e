"""Every minimum-cardinality cover of a prime implicant chart (all minimal models, R QCA's definition).

Exact. Implicants with the same coverage form one class (a minimum cover never holds two of them); a column
implied by another column is dropped and essential classes are fixed (both keep every optimum). The optimum
size is then found by iterative deepening from a Lagrangian lower bound (Beasley 1990) up to a greedy cover,
with row dominance allowed (it keeps the optimum's existence), and every cover of that size is enumerated
without it. Both run one branch and bound (`_CoverSearch`): essential rows, Lagrangian bound with reduced-cost
fixing (first: it ends most dying nodes), interchangeable rows bundled, implied columns dropped, independent
parts solved separately, branching on a column with few candidates but many neighbours (`_branch_column`); a
state reached again on another path reuses the covers found below it.
Once a search has taken _COMPILE_AFTER_STEPS steps, each node's reductions run as one compiled call
(`_cover_kernel`, numba; tests compare both paths); a long search for every cover leaves its deeper states as
parts, searched in a fixed set of tasks by joblib workers (n_jobs; here with one), so that its steps and its answer do
not depend on n_jobs (`_every_cover`). Work and the number of models are capped (QCAComplexityError).
"""

from __future__ import annotations

import heapq
import math
import warnings
from dataclasses import dataclass
from itertools import chain

import numpy as np

from analysis.qca._gc import collector_paused
from analysis.qca.errors import QCAComplexityError

__all__ = ["minimum_covers", "cover_models", "Covers"]

DEFAULT_MAX_WORK = 100_000  # refusals after 3-8 s on the hardest charts of `make bench` (2 cores, idle, 2026-12)
DEFAULT_MAX_MODELS = 1_000_000  # minimum_covers: refuse beyond
_CELLS_PER_STEP = 10_000  # a search step on a larger chart counts as several
# Both switches count search steps, not seconds, so the steps a search takes (its max_work budget) do not depend on
# the machine's speed or load: a problem is answered or refused alike on every run (seconds did: 85,111-85,113 steps)
_COMPILE_AFTER_STEPS = 800  # steps after which the compiled node reductions take over (about 0.5 s of plain search)
_SPLIT_AFTER_STEPS = 20_000  # steps after which a search for every cover leaves states as parts (any n_jobs) ...
_SPLIT_DEPTH = 2  # ... the states this many branchings deep
_SPLIT_TASKS = 256  # ... dealt into this many tasks, whatever the number of workers (a task's steps, hence where a
# count stops at max_work, depend on the parts it holds): parts differ widely in size, and with few large tasks one
# worker was left alone with the last (issue10_k12_n180 of benchmarks/, every cover counted with max_work raised,
# 2 cores: 16 tasks 53 s, 64 tasks 44 s). Parts are dealt in search order, and neighbouring parts are alike in size:
# with 64 such tasks the largest held 41 % of that count's steps (four workers or more ended at most 2.4 times
# sooner than one, against 3.2-3.5 dealt round-robin), with 256 28 % (3.3-3.4)
_DEAD, _LEAF, _LAST, _BRANCH = 0, 1, 2, 3  # a node after its reductions (as `_cover_kernel` numbers them)
_TAKEN, _BUNDLED = 0, 1  # events of the reductions


def _group_rows(mat: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Distinct rows of a boolean matrix (in lexicographic order of their packed bits) and, for each,
    the ascending indices of the rows equal to it."""
    n, c = mat.shape
    if n == 0:
        return mat, _Members(np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp))
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
    return mat[order[starts]], _Members(order, starts)  # lexsort is stable: ascending indices within a group


def _first_and_inverse(packed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For the rows of a packed bit matrix: the first index of each distinct row, and each row's distinct id."""
    n, nb = packed.shape
    width = -(-nb // 8)
    words = np.zeros((n, width * 8), dtype=np.uint8)
    words[:, :nb] = packed
    keys = words.view(np.uint64)
    if width == 1:
        _, first, inv = np.unique(keys[:, 0], return_index=True, return_inverse=True)
        return first, inv.reshape(-1)
    order = np.lexsort(keys.T[::-1])
    sk = keys[order]
    new = np.ones(n, dtype=bool)
    new[1:] = (sk[1:] != sk[:-1]).any(axis=1)
    gid = np.cumsum(new) - 1
    inv = np.empty(n, dtype=np.intp)
    inv[order] = gid
    first = order[np.flatnonzero(new)]  # lexsort is stable: the first of each group is its smallest index
    return first, inv


_collector_paused = collector_paused   # the name this module's search and tests use


class _Members:
    """The member indices of each group, stored as one index array and the groups' boundaries."""

    def __init__(self, order: np.ndarray, starts: np.ndarray):
        self.order, self.bounds = order, np.append(starts, len(order))

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def __getitem__(self, g: int) -> np.ndarray:
        return self.order[self.bounds[g]:self.bounds[g + 1]]

    def remap(self, index: np.ndarray) -> "_Members":
        out = _Members.__new__(_Members)
        out.order, out.bounds = index[self.order], self.bounds
        return out


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


def _lagrangian(sp: _Sparse, u: np.ndarray, budget: int, iters: int, compiled: bool = False):
    """Lagrangian lower bound on the size of a cover of the chart's columns by its rows (subgradient ascent on
    u >= 0). Any u >= 0 gives the valid bound L(u) = sum(u) + sum_g min(0, 1 - (A u)_g) (Beasley 1990, "A
    Lagrangian heuristic for set-covering problems"); stops once the bound exceeds `budget`.
    Returns L, u and the rows' reduced costs 1 - (A u)_g. compiled: the same steps in `_cover_kernel.lagrangian`
    (long searches; loading numba costs more than it saves on short ones)."""
    if compiled:
        from analysis.qca._cover_kernel import lagrangian
        return lagrangian(sp.c, sp.starts, sp.n_cols, u, budget, iters, _EPS)
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
    applied; independent parts of the chart are solved separately and combined; otherwise branch on a column
    with few rows but many neighbouring columns (row i taken, rows before it excluded).

    A cover is recorded as a list of bundles, each a list of interchangeable rows."""

    def __init__(self, A: np.ndarray, max_work: int, what: str):
        self.A = A
        self.split_depth: int | None = None  # count search: states this deep are left as parts (`parts`), not
        self.split_from = 0  # searched, from this step count on (`_every_cover`)
        self.depth = 0
        self.parts: list = []  # (placeholder _Alt, (rows, cols, u, alts, budget, probed)) for each part left
        self.leaves = 0
        self.max_work = max_work
        self.work = 0
        self.what = what
        self.compiled = False
        self.entries = None  # the chart's rows as sparse lists, for the compiled reductions
        self.memo: dict = {}  # search state -> every cover below it (the same state recurs on many paths)
        self.found: list = []  # the covers of the last `run`, filled as it goes (kept if it stops at max_work)

    def _tick(self, n: int = 1) -> None:
        self.work += n
        if not self.compiled and self.work > _COMPILE_AFTER_STEPS:
            self.compiled = True
        if self.work > self.max_work:
            raise QCAComplexityError(
                f"the prime implicant chart ({self.what}) needs more than max_work = {self.max_work:,} steps of "
                "the exact search for every minimal model; raise max_work (CLI: --max-work), or use fewer "
                "conditions or more observed cases (a higher frequency cutoff)")

    def run(self, size: int, first_only: bool) -> list[list[list[int]]]:
        """Every cover with at most `size` rows, or only the first one found (then dominated rows are
        dropped, which keeps a cover's existence but not every cover)."""
        found: list[list[list[int]]] = []
        self.found = found
        g, c = self.A.shape
        self._visit(np.arange(g), np.arange(c), [], _initial_multipliers(self.A), {}, size, first_only, found,
                    top=True)
        return found

    def _leaf(self, chosen, first_only: bool, found: list, top: bool) -> bool:
        """Record a cover; True to stop the search (only the first one wanted)."""
        found.append(chosen)
        self.leaves += 1
        if not self.leaves % 64:  # listing covers costs too (and memory): every 64 count as a step
            self._tick()
        return first_only

    def _optimum(self, rows, cols, u, alts, lo: int, hi: int):
        """Smallest size in lo..hi with a cover of these columns, and one such cover; (None, None) if none."""
        for size in range(max(lo, 1), hi + 1):
            f: list = []
            self._visit(rows, cols, [], u, alts, size, True, f, top=False)
            if f:
                return size, f[0]
        return None, None

    def _visit(self, rows, cols, chosen, u, alts, size, first_only, found, top, probed: bool = False) -> bool:
        """Search below one node: its reductions (plain, or compiled once the search runs long), then a cover,
        the last rows listed, or a branching; True stops the whole search (first_only and a cover found)."""
        self._tick()
        if first_only:
            return self._search(rows, cols, chosen, u, alts, size, first_only, found, top, probed)
        if self.depth == self.split_depth and self.work > self.split_from:  # a part for a worker:
            part = _Alt([])  # its covers will fill this placeholder
            self.parts.append((part, (rows, cols, u, alts, size - len(chosen), probed)))
            return self._leaf(chosen + [part], False, found, top)
        self.depth += 1
        try:
            return self._search(rows, cols, chosen, u, alts, size, first_only, found, top, probed)
        finally:
            self.depth -= 1

    def _search(self, rows, cols, chosen, u, alts, size, first_only, found, top, probed) -> bool:
        """One node's reductions, then a cover, the last rows listed, or a branching (`_visit` decides whether the
        node is searched here or left to a worker)."""
        if self.compiled:
            from analysis.qca._cover_kernel import reduce_node, row_entries
            if self.entries is None:
                self.entries = row_entries(self.A)
            reduced = reduce_node(self.A, self.entries, rows, cols, u, size - len(chosen), first_only,
                                  _CELLS_PER_STEP, _EPS, probed)
        else:
            reduced = self._reduce(rows, cols, u, size - len(chosen), first_only)
        status, rows, cols, u, c, sub, events, ticks, budget = reduced
        self._tick(int(ticks))
        chosen = list(chosen)
        copied = False
        for kind, a, b in events.tolist():
            if kind == _TAKEN:
                chosen.append([a] + alts.get(a, []))
            else:  # b is interchangeable with a: one bundle
                if not copied:
                    alts, copied = dict(alts), True
                alts[a] = alts.get(a, []) + [b] + alts.get(b, [])
        if status == _DEAD:
            return False
        if status == _LEAF:
            return self._leaf(chosen, first_only, found, top)
        if status == _LAST:
            return self._last_rows(rows, sub, chosen, alts, budget, first_only, found, top)
        sp = None if self.compiled else _Sparse(sub)  # the compiled path needs it only to split
        cnt = sub.sum(axis=0)
        if not first_only:
            return self._reuse_branch(rows, cols, sub, sp, cnt, c, chosen, u, alts, budget, found, top)
        return self._branch(rows, cols, sub, sp, cnt, c, chosen, u, alts, budget, size, first_only, found, top)

    def _reduce(self, rows, cols, u, budget, first_only):
        """One node's reductions in numpy, the plain twin of `_cover_kernel.reduce_node` (same steps, same
        results): (status, rows, cols, u, reduced costs, chart of rows x cols, events, steps, budget); events
        (_TAKEN, row, 0) for a row every cover here holds, (_BUNDLED, rep, other) for interchangeable rows."""
        events: list[tuple[int, int, int]] = []
        ticks = 0
        sub = c = None

        def done(status):
            return (status, rows, cols, u, c, sub, np.array(events, dtype=np.int64).reshape(-1, 3), ticks, budget)

        def take(which: np.ndarray) -> bool:
            """Rows (positions) every cover here holds: record them, close their columns; False if over budget."""
            nonlocal rows, cols, u, budget
            if which.size > budget:
                return False
            events.extend((_TAKEN, int(rows[i]), 0) for i in which)
            budget -= which.size
            keep_c = ~sub[which].any(axis=0)
            cols, u = cols[keep_c], u[keep_c]
            rows = np.delete(rows, which)
            return True

        while True:
            if cols.size == 0:
                return done(_LEAF)
            if budget <= 0:
                return done(_DEAD)
            sub = self.A[np.ix_(rows, cols)]
            ticks += sub.size // _CELLS_PER_STEP  # large charts cost more per step
            live = sub.any(axis=1)
            if not live.all():
                rows, sub = rows[live], sub[live]
            cnt = sub.sum(axis=0)
            if (cnt == 0).any():
                return done(_DEAD)
            single = cnt == 1
            if single.any():  # essential rows
                if not take(np.flatnonzero(sub[:, single].any(axis=1))):
                    return done(_DEAD)
                continue
            # Lagrangian bound and reduced-cost fixing, before the costlier reductions (bundling, implied
            # columns): it ends most nodes that die, and the bound holds on the unreduced chart
            sp = None
            if not (budget <= 2 and rows.size <= 5_000):
                sp = _Sparse(sub)
                lval, u, c = _lagrangian(sp, u, budget, 40)
                if lval > budget + _EPS:
                    return done(_DEAD)
                force = lval - np.minimum(c, 0.0) > budget + _EPS  # every completion needs these rows
                if force.any():
                    if not take(np.flatnonzero(force)):
                        return done(_DEAD)
                    continue
                out = lval + np.maximum(c, 0.0) > budget + _EPS  # no completion within budget uses these
                if out.any():
                    rows = rows[~out]
                    continue
            # rows identical on the open columns are interchangeable: keep one, remember the others
            first, inv = _first_and_inverse(np.packbits(sub, axis=1))
            if first.size < rows.size:
                inv = inv.reshape(-1)
                dup = np.ones(rows.size, dtype=bool)
                dup[first] = False
                events += [(_BUNDLED, int(rows[first[inv[i]]]), int(rows[i])) for i in np.flatnonzero(dup)]
                keep = np.sort(first)
                rows, sub = rows[keep], sub[keep]
                if c is not None and c.size == dup.size:
                    c = c[keep]
                cnt = sub.sum(axis=0)
                sp = None
            if budget <= 2 and rows.size <= 5_000:  # the last one or two rows: listed directly
                return done(_LAST)
            sp = _Sparse(sub) if sp is None else sp
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
            return done(_BRANCH)

    def _reuse_branch(self, rows, cols, sub, sp, cnt, c, chosen, u, alts, budget, found, top) -> bool:
        """Every cover below this state, found once and reused wherever the state recurs (by another path)."""
        # the rows here that stand for a bundle (rows are ascending)
        key = (rows.tobytes(), cols.tobytes(), budget, tuple((r, tuple(alts[r])) for r in rows.tolist() if r in alts)
               if alts else ())
        below = self.memo.get(key)
        if below is not None:
            return bool(below.covers) and self._leaf(chosen + [below], False, found, top)
        # the covers below are filled in place, held by `found` while the search runs: if it stops at its budget,
        # what it has found so far stays reachable (`self.found`), every listed cover a whole one
        below = _Alt([])
        found.append(chosen + [below])
        self._branch(rows, cols, sub, sp, cnt, c, [], u, alts, budget, budget, False, below.covers, top)
        self.memo[key] = below
        found.pop()
        return bool(below.covers) and self._leaf(chosen + [below], False, found, top)

    def _branch(self, rows, cols, sub, sp, cnt, c, chosen, u, alts, budget, size, first_only, found, top) -> bool:
        """Split into independent parts, or branch on a column (`_branch_column`)."""
        if self.compiled:
            from analysis.qca._cover_kernel import branch_layout
            labels, deg = branch_layout(sub)
        else:
            labels, deg = _column_components(sp), _column_degrees(sp)
        if (labels != labels[0]).any():  # independent parts
            parts = np.unique(labels)
            sp = _Sparse(sub) if sp is None else sp
            return self._split(rows, cols, sub, sp, labels, parts, chosen, u, alts, budget, first_only, found, top)
        j = _branch_column(cnt, deg)
        cand = np.flatnonzero(sub[:, j])
        cand = cand[np.argsort(c[cand], kind="stable")]  # most promising (lowest reduced cost) first
        dead, u_child = np.zeros(cand.size, dtype=bool), None
        # the children's bounds in one call: dead ones are never visited. Not when the children are left as parts
        # (`_visit`): each part's own reductions bound it in its task, whose steps are counted in task order, so the
        # split search does not spend the budget on them before any task runs (issue10_k12_n180 of benchmarks/,
        # default max_work: 25,616 of the 54,845 steps it took before the tasks)
        to_parts = not first_only and self.depth == self.split_depth and self.work > self.split_from
        if self.compiled and not to_parts:
            from analysis.qca._cover_kernel import probe_children
            dead, u_child = probe_children(sub, cand, u, budget - 1, 40, _EPS)
            self._tick(1 + cand.size * sub.size // _CELLS_PER_STEP)
        excluded = np.zeros(rows.size, dtype=bool)
        for t, i in enumerate(cand):
            excluded[i] = True
            if dead[t]:
                continue
            keep_c = ~sub[i]
            r = int(rows[i])
            u_i = u[keep_c] if u_child is None else u_child[t][keep_c]
            if self._visit(rows[~excluded], cols[keep_c], chosen + [[r] + alts.get(r, [])], u_i, alts,
                           size, first_only, found, top, probed=u_child is not None):
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
        if self.compiled:
            from analysis.qca._cover_kernel import covering_pairs
            ii, jj = covering_pairs(sub)
        else:
            ii, jj = _covering_pairs(sub)
        for i, j in zip(ii.tolist(), jj.tolist()):
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
            lb, _, _ = _lagrangian(_Sparse(sub[np.ix_(rm, cm)]), u[cm], budget, 40, self.compiled)
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
        # (every cover here has the global minimum size, so each part uses exactly its own minimum); the covers
        # of the node are the product of the parts' covers, kept as a product (one _Alt per part), never listed
        parts_alt = []
        for (r_i, c_i, u_i, _), opt in zip(pieces, sizes):
            f: list = []
            self._visit(r_i, c_i, [], u_i, alts, opt, False, f, top=False)
            parts_alt.append(_Alt(f))
        return self._leaf(chosen + parts_alt, first_only, found, top)


def _covering_pairs(sub: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows i < j that together hold all columns, in order of i then j: for each row, the rows
    holding every column it leaves open, as bits."""
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
    return ii[jj > ii], jj[jj > ii]


def _column_degrees(sp: _Sparse) -> np.ndarray:
    """Each column's number of neighbours: other columns sharing a row with it."""
    return (sp.cooccurrence() > 0).sum(axis=1) - 1


def _branch_column(cnt: np.ndarray, deg: np.ndarray) -> int:
    """The column to branch on: few rows `cnt` (few children) but many neighbouring columns `deg` (columns sharing
    a row with it), i.e. argmin rows / neighbours**1.5. Each child closes the columns of the row it takes, so a
    column central in the chart's column graph splits the rest into independent parts sooner, and independent
    parts are counted as products, not enumerated (the idea of decomposition-guided branching in model counters,
    e.g. Korhonen & Järvisalo 2021, sharpSAT-TD). The exponent was chosen on the random benchmark series:
    branching on the fewest rows alone took 1.5-5 times longer there."""
    return int(np.argmin(cnt / np.maximum(deg, 1) ** 1.5))


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


class _Alt:
    """Search result: alternative covers of one independent part of the chart (each a list of factors)."""

    def __init__(self, covers: list):
        self.covers = covers


class _Bundle:
    """Interchangeable implicants: a model takes exactly one of them."""

    def __init__(self, members):
        self.members = np.sort(np.asarray(members, dtype=np.int64)).tolist()
        self.count = len(self.members)
        self.common = frozenset(self.members) if self.count == 1 else frozenset()

    def item(self, i: int):
        return (self.members[i],) if i < self.count else None

    def first(self) -> tuple[int, ...]:
        return (self.members[0],)


class _Prod:
    """Models made of one element of each factor (factors use disjoint implicants). Elements are listed in
    lexicographic order of their sorted index tuples, lazily, by best-first search over the factors' own
    ordered elements (raising one factor's element never lowers the merged tuple, as the factors are disjoint)."""

    def __init__(self, factors: list):
        self.factors = factors
        self.count = math.prod(f.count for f in factors)
        self.common = frozenset().union(*(f.common for f in factors))
        self._items: list[tuple[int, ...]] = []
        self._heap: list | None = None
        self._first: tuple[int, ...] | None = None

    def _merged(self, idx):
        return tuple(sorted(chain.from_iterable(f.item(j) for f, j in zip(self.factors, idx))))

    def first(self) -> tuple[int, ...]:
        """The first element (count > 0), without setting up the listing of the others."""
        if self._first is None:
            self._first = tuple(sorted(chain.from_iterable(f.first() for f in self.factors)))
        return self._first

    def item(self, i: int):
        if self._heap is None:
            self._heap, self._seen = [], set()
            start = (0,) * len(self.factors)
            if self.count:
                self._heap.append((self.first(), start))
                self._seen.add(start)
        while len(self._items) <= i and self._heap:
            t, idx = heapq.heappop(self._heap)
            self._items.append(t)
            for f in range(len(idx)):
                nxt = idx[:f] + (idx[f] + 1,) + idx[f + 1:]
                if nxt not in self._seen and nxt[f] < self.factors[f].count:
                    self._seen.add(nxt)
                    heapq.heappush(self._heap, (self._merged(nxt), nxt))
        return self._items[i] if i < len(self._items) else None


class _Union:
    """Disjoint alternatives (no model in two of them), merged in lexicographic order."""

    def __init__(self, children: list):
        self.children = children
        self.count = sum(c.count for c in children)
        some = [c.common for c in children if c.count]  # an empty alternative (a part with no cover) holds none
        self.common = frozenset.intersection(*some) if some else frozenset()
        self._items: list[tuple[int, ...]] = []
        self._heap: list | None = None

    def first(self) -> tuple[int, ...]:
        """The first element (count > 0)."""
        return self.item(0)

    def item(self, i: int):
        if self._heap is None:  # children's first elements only: a child sets up its own listing once reached
            self._heap = [(c.first(), n, 0) for n, c in enumerate(self.children) if c.count]
            heapq.heapify(self._heap)
        while len(self._items) <= i and self._heap:
            t, n, j = heapq.heappop(self._heap)
            self._items.append(t)
            if j + 1 < self.children[n].count:
                heapq.heappush(self._heap, (self.children[n].item(j + 1), n, j + 1))
        return self._items[i] if i < len(self._items) else None


@dataclass(frozen=True)
class Covers:
    """Every minimum cover of a chart, counted; listed in full, or the first `max_models` of them (`partial`).

    models: sorted index tuples in lexicographic order (the canonical order); count: the exact number of minimum
    covers; common: the rows in every one of them; size: their cardinality (None if no cover exists)."""

    size: int | None
    count: int
    models: list[tuple[int, ...]]
    common: tuple[int, ...]
    partial: bool
    stopped: str | None = None  # the count stopped at max_work (why): count is then a lower bound, models the
    # first max_models in canonical order of the covers found, common the rows shown to be in every minimum cover


def _search_parts(A: np.ndarray, parts: list, spent: int, max_work: int, what: str) -> tuple[list, int]:
    """Every cover below each of some parts of a split search (run in a worker; one search, so a state recurring
    across them is searched once): the covers of each part and the steps spent. `spent`: the steps the split search
    had taken; past max_work, the covers found so far and steps that pass it (the caller then stops), not an error."""
    search = _CoverSearch(A, max_work, what)
    search.compiled = True  # parts come from a long search
    search.work = spent
    out: list = []
    try:
        with _collector_paused():
            for rows, cols, u, alts, budget, probed in parts:
                found: list = []
                out.append(found)  # filled in place: if the budget stops the search, the covers found stay
                search._visit(rows, cols, [], u, alts, budget, False, found, top=False, probed=probed)
    except QCAComplexityError:
        # not raised here: joblib raises a task's error as soon as it arrives, before the results of earlier tasks
        # still running, so which covers were kept depended on which worker finished first. The caller counts these
        # steps in task order and stops there (they pass max_work), wherever and however fast this task ran
        pass
    return out, search.work - spent


def _every_cover(search: _CoverSearch, size: int, n_jobs: int | None) -> list:
    """Every cover of `size` rows (`search.run`). Once the search has taken _SPLIT_AFTER_STEPS more steps (short
    searches never pay the workers' start, about a second), the states it then reaches _SPLIT_DEPTH branchings deep
    are left as parts (a placeholder each), dealt in search order into _SPLIT_TASKS tasks of consecutive parts (a task's
    parts lie side by side in the tree, so the tasks counted first, when a count stops at max_work, finish whole
    subtrees as the search alone would: issue10_k12_n180 of benchmarks/ at the default max_work, 816,383 minimal models
    against 118,742 dealt round-robin into 64 tasks, 685,483 unsplit, in round 37); joblib workers (`n_jobs`, or the
    backend set with joblib.parallel_config, e.g. Dask; with one, this process) search them once the rest is done,
    and their covers fill the placeholders. One step budget (max_work) over the search and all its parts, the tasks'
    steps counted in task order: the same tasks and steps for every n_jobs (a part's state recurring in two tasks is
    searched in each: about 1 % more steps than one search, on issue10_k12_n135 and k11_n180 of benchmarks/), so the
    same answer, also when the count stops at max_work."""
    from joblib import delayed

    from ._parallel import (configured, dask_scheduler_address, dask_scheduler_lost, parallel, shared_on_dask,
                            worker_died)
    configured(n_jobs)  # a bad n_jobs of joblib.parallel_config is named, whether or not the search is split
    search.split_depth, search.split_from = _SPLIT_DEPTH, search.work + _SPLIT_AFTER_STEPS
    found = search.run(size, first_only=False)
    if not search.parts:
        return found
    parts, search.parts = search.parts, []
    n_tasks = min(len(parts), _SPLIT_TASKS)
    tasks = [list(range(len(parts) * t // n_tasks, len(parts) * (t + 1) // n_tasks)) for t in range(n_tasks)]
    # every task starts from the steps taken so far: joblib takes tasks from this generator while results come back
    # and are counted (search.work grows), so reading search.work there gave a task a budget that depended on when it
    # was sent; the steps counted in task order then stop the count at the same place whoever ran the tasks
    spent = search.work
    jobs = (delayed(_search_parts)(search.A, [parts[i][1] for i in task], spent, search.max_work, search.what)
            for task in tasks)
    # a search stopped at max_work leaves the tasks not yet run: joblib warns it cancels them, which the caller
    # (a refusal, or a partial count: the parts filled so far) has no use for. On Dask the chart every task shares
    # is sent as a task's result, not scattered to one worker, whose death would lose it (as for sweeps)
    done, address = 0, dask_scheduler_address()   # the address while connected (a lost client may not say it)
    try:   # the chart's sending too: a Dask scheduler lost before the first task fails there
        with warnings.catch_warnings(), shared_on_dask([search.A]):
            warnings.filterwarnings("ignore", message=".*which were still being processed by the workers have been "
                                    "cancelled", category=UserWarning)
            results = parallel(n_jobs, return_as="generator")(jobs)
            try:
                for task, (covers, steps) in zip(tasks, results):
                    for i, c in zip(task, covers):
                        parts[i][0].covers = c
                    search._tick(steps)
                    done += 1
            finally:
                if hasattr(results, "close"):
                    results.close()
    except Exception as exc:   # as for a sweep (protocol.run_tasks): say which task has no result, and why
        where = f"no result from task {done + 1} of the {n_tasks} of the split search for every minimal model on"
        lost = (None if isinstance(exc, QCAComplexityError) else
                dask_scheduler_lost(exc, "call minimize() again", address))
        if lost:
            exc.add_note(f"{where}: {lost}")
        elif worker_died(exc):
            exc.add_note(where)
        raise
    return found


def cover_models(chart: np.ndarray, max_models: int = DEFAULT_MAX_MODELS, *,
                 max_work: int = DEFAULT_MAX_WORK, n_jobs: int | None = None, count_partial: bool = False) -> Covers:
    """Every cover of minimum cardinality of an (implicants x columns) boolean chart: their exact number, the
    implicants common to all, and the first `max_models` in lexicographic order (all of them if no more).

    The covers are counted without being listed: the search returns them as sums (alternatives) of products
    (independent parts, interchangeable implicants). Raises QCAComplexityError past `max_work` search steps.
    n_jobs: joblib workers for a long search (`_every_cover`; None: joblib's default, one unless
    joblib.parallel_config says otherwise). The answer does not depend on it, nor on the clock: the steps counted
    against max_work are the same for every n_jobs, so the same problem is answered, answered in part or refused
    alike on every run and machine.
    count_partial: once the minimum size is settled, a count that passes max_work is not refused but answered in
    part (`Covers.stopped`): the covers found so far (their number a lower bound), and as `common` the rows shown to
    be in every minimum cover (a search for a cover without each, all within one more max_work; a row not shown is
    left out)."""
    with _collector_paused():
        return _cover_models(chart, max_models, max_work, n_jobs, count_partial)


def _cover_models(chart, max_models: int, max_work: int, n_jobs: int | None, count_partial: bool) -> Covers:
    """`cover_models`, run with the cyclic garbage collector paused (`_collector_paused`)."""
    chart = np.asarray(chart, dtype=bool)
    if chart.ndim != 2:
        raise ValueError(f"chart must be 2-D, got shape {chart.shape}")
    if max_models is None or max_models < 0:
        raise ValueError(f"max_models must be a whole number >= 0, got {max_models!r}")
    p, c = chart.shape
    if c == 0:
        return Covers(0, 1, [()], (), False)
    if not chart.any(axis=0).all():
        return Covers(None, 0, [], (), False)
    what = f"{p} implicants x {c} columns"
    if chart.size // _CELLS_PER_STEP > max_work:
        raise QCAComplexityError(
            f"the prime implicant chart ({what}) is too large for the exact search for every minimal model "
            f"within max_work = {max_work:,} steps; raise max_work (CLI: --max-work), or use fewer conditions "
            "or more observed cases")

    # 1. implicants with identical coverage form one class; classes covering nothing never enter a minimum cover
    useful = np.flatnonzero(chart.any(axis=1))
    cls_rows, cls_members = _group_rows(chart[useful])
    cls_members = cls_members.remap(useful)
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
    essentials = [_Bundle(cls_members[g]) for g in ess_classes]

    stopped = None  # the count's refusal, when it stopped at max_work and a partial count was asked for
    if len(rest) == 0:
        top = _Union([_Prod(essentials)])
        common = top.common
        size = len(essentials)
    else:
        # 4. group the other classes by their coverage of the open columns (one group per distinct coverage)
        cov = np.ascontiguousarray(rest.T)  # classes x open columns
        cov[ess_mask] = False
        live = np.flatnonzero(cov.any(axis=1))
        g_rows, g_members = _group_rows(cov[live])
        order = np.lexsort((np.arange(len(g_rows)), -g_rows.sum(axis=1)))
        g_rows = g_rows[order]
        group_cls = [live[g_members[i]].tolist() for i in order]
        search = _CoverSearch(g_rows, max_work, what)
        upper = _greedy(g_rows)
        size = upper
        lval, _, _ = _lagrangian(_Sparse(g_rows), _initial_multipliers(g_rows), upper - 1, 300)
        n_ess = len(essentials)
        for trial in range(max(1, math.ceil(lval - _EPS)), upper):
            try:
                hit = search.run(trial, first_only=True)
            except QCAComplexityError as exc:  # say what is settled: no model below `trial`, a greedy one at `upper`
                raise QCAComplexityError(f"{exc}. Settled so far: a minimal model has at least {trial + n_ess} and "
                                         f"at most {upper + n_ess} prime implicants") from None
            if hit:
                size = trial
                break
        try:
            found = _every_cover(search, size, n_jobs)
        except QCAComplexityError as exc:
            if not count_partial:
                raise QCAComplexityError(f"{exc}. Settled so far: every minimal model has exactly {size + n_ess} "
                                         "prime implicants") from None
            stopped = f"{exc}. Settled so far: every minimal model has exactly {size + n_ess} prime implicants"
            found = search.found  # the covers found before it stopped, each a whole minimum cover

        bundles: dict[tuple, _Bundle] = {}  # the same bundle recurs in many covers: built once
        unions: dict[int, _Union] = {}  # the same alternatives (a reused search state) too

        def factor(f):  # search result -> implicant level: a bundle of groups, or a part's alternatives
            if isinstance(f, _Alt):
                if id(f) not in unions:
                    unions[id(f)] = _Union([_Prod([factor(x) for x in cover]) for cover in f.covers])
                return unions[id(f)]
            key = tuple(f)
            if key not in bundles:
                bundles[key] = _Bundle(np.concatenate([cls_members[q] for g in f for q in group_cls[g]]))
            return bundles[key]

        top = _Union([_Prod(essentials + [factor(f) for f in cover]) for cover in found])
        if stopped is not None and top.count == 0:  # it stopped before a whole cover: one found afresh
            found = _CoverSearch(g_rows, max_work, what).run(size, first_only=True)
            top = _Union([_Prod(essentials + [factor(f) for f in cover]) for cover in found])
        common = top.common
        if stopped is not None:  # common to the covers found; to every minimal model only if none does without it
            group_of = {int(m): g for g in range(len(group_cls)) for q in group_cls[g] for m in cls_members[q]}
            left = [max_work]  # one budget for all these checks: past it, an implicant is not shown to be common
            common = frozenset(i for i in common if i not in group_of  # an essential class's implicant
                               or _has_cover_without(g_rows, group_of[i], size, left, what) is False)
        size = size + len(essentials)
    n_list = min(top.count, int(max_models))
    models = [top.item(i) for i in range(n_list)]
    return Covers(size, top.count, models, tuple(sorted(common)), top.count > n_list or stopped is not None,
                  stopped)


def _has_cover_without(rows: np.ndarray, g: int, size: int, left: list[int], what: str) -> bool | None:
    """Whether a cover of `size` rows of the chart `rows` exists without its row g; None (not known) when the search
    for one passes the steps `left` ([steps], shared by several checks, reduced by those this one takes)."""
    search = _CoverSearch(np.delete(rows, g, axis=0), left[0], what)
    try:
        hit = search.run(size, first_only=True)
    except QCAComplexityError:
        left[0] = 0
        return None
    left[0] -= search.work
    return bool(hit)


def minimum_covers(chart: np.ndarray, max_models: int | None = None, *,
                   max_work: int = DEFAULT_MAX_WORK) -> list[tuple[int, ...]]:
    """All covers of minimum cardinality of an (implicants x columns) boolean chart, as sorted index tuples
    in lexicographic order; [] if some column cannot be covered.

    Raises QCAComplexityError past `max_models` minimal models (default one million) or `max_work` search
    steps (default 100,000, refused within about 15 s; a step on a large chart counts as several)."""
    cap = DEFAULT_MAX_MODELS if max_models is None else int(max_models)
    res = cover_models(chart, cap, max_work=max_work)
    if res.partial:
        raise QCAComplexityError(_cap_message(cap, res.count, res.size))
    return res.models


def _cap_message(cap: int, count: int, size: int | None) -> str:
    return (f"{count:,} minimal models of {size} prime implicants each, more than max_models = {cap:,}; raise "
            "max_models (CLI: --max-models) or accept a partial answer")
