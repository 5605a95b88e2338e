"""The engine's hot loops for large problems, compiled with numba on first use (cached on disk after the first
compilation; without numba the same functions run as plain Python, slowly). Small problems do not come here:
loading numba would cost more than it saves.

- `_transversals`: minimal transversals of a hypergraph on at most 64 vertices by MMCS (Murakami & Uno 2014,
  "Efficient algorithms for dualizing large-scale hypergraphs"), as a loop over an explicit stack: the compiled
  twin of `_implicants._transversals` (Python integers, small problems; tests check that both agree).
- `_crisp_chart`: which crisp configurations lie in which implicants (bit masks).
- `_masks_to_terms`: encoded terms from literal masks over their owner configurations.
"""
from __future__ import annotations

import numpy as np

__all__ = ["transversals", "crisp_chart", "masks_to_terms", "fast"]

_JIT: dict = {}


def fast(f):
    """The numba-compiled `f` (compiled once per process, cached on disk), or `f` itself without numba."""
    if f.__name__ not in _JIT:
        try:
            from numba import njit
        except ImportError:  # pragma: no cover - numba is a declared dependency
            _JIT[f.__name__] = f
        else:
            _JIT[f.__name__] = njit(cache=True)(f)
    return _JIT[f.__name__]


def _transversals(edges, k, agree, n_first, cap, stop):
    """Every minimal transversal (uint64 vertex mask) of `edges` whose AND of agree[v] over its vertices is
    empty; at most `cap` stored, all counted, the search ended once more than `stop` are counted. Frame d of the
    stack (d vertices chosen): cand[d] the candidate vertices, todo[d] the vertices of the branching edge still to
    try, uncov[d] / cov[d] the edges left uncovered / earlier rows still covered, crit[j] (j < d) the edges that
    only the j-th chosen vertex covers."""
    one = np.uint64(1)
    zero = np.uint64(0)
    ne = edges.shape[0]
    W = max(1, (ne + 63) // 64)
    Wm = agree.shape[1]
    vert_edges = np.zeros((k, W), dtype=np.uint64)
    for i in range(ne):
        for v in range(k):
            if (edges[i] >> np.uint64(v)) & one:
                vert_edges[v, i // 64] |= one << np.uint64(i % 64)
    uncov = np.zeros((k + 2, W), dtype=np.uint64)
    for i in range(ne):
        uncov[0, i // 64] |= one << np.uint64(i % 64)
    cov = np.zeros((k + 2, Wm), dtype=np.uint64)
    for i in range(n_first):
        cov[0, i // 64] |= one << np.uint64(i % 64)
    crit = np.zeros((k + 2, W), dtype=np.uint64)
    scratch = np.zeros((k + 2, W), dtype=np.uint64)
    saved = np.zeros((k + 2, k + 2, W), dtype=np.uint64)
    cand = np.zeros(k + 2, dtype=np.uint64)
    todo = np.zeros(k + 2, dtype=np.uint64)
    last = np.zeros(k + 2, dtype=np.int64)
    mask = np.zeros(k + 2, dtype=np.uint64)
    out = np.zeros(cap, dtype=np.uint64)
    count = 0
    full = zero
    for v in range(k):
        full |= one << np.uint64(v)
    cand[0] = full
    d = 0
    new_frame = True
    while d >= 0:
        if new_frame:  # branch on the uncovered edge with the fewest candidate vertices
            new_frame = False
            best = -1
            best_n = 65
            for i in range(ne):
                if (uncov[d, i // 64] >> np.uint64(i % 64)) & one:
                    x = edges[i] & cand[d]
                    n = 0
                    while x:
                        x &= x - one
                        n += 1
                    if n < best_n:
                        best_n = n
                        best = i
                        if n <= 1:
                            break
            c = edges[best] & cand[d] if best >= 0 else zero
            cand[d] &= ~c
            todo[d] = c
        if todo[d] == zero:  # frame done: back to the parent, which puts its vertex back among the candidates
            d -= 1
            if d >= 0:
                for j in range(d):
                    for w in range(W):
                        crit[j, w] = saved[d, j, w]
                cand[d] |= one << np.uint64(last[d])
            continue
        v = 0
        while not (todo[d] >> np.uint64(v)) & one:
            v += 1
        low = one << np.uint64(v)
        todo[d] &= ~low
        last[d] = v
        ok = True
        for j in range(d):  # each chosen vertex must keep an edge that only it covers
            has = False
            for w in range(W):
                scratch[j, w] = crit[j, w] & ~vert_edges[v, w]
                if scratch[j, w]:
                    has = True
            if not has:
                ok = False
                break
        if not ok:
            cand[d] |= low
            continue
        rest = False
        for w in range(W):
            uncov[d + 1, w] = uncov[d, w] & ~vert_edges[v, w]
            if uncov[d + 1, w]:
                rest = True
        covered = False
        for w in range(Wm):
            cov[d + 1, w] = cov[d, w] & agree[v, w]
            if cov[d + 1, w]:
                covered = True
        if not rest:
            if not covered:
                if count < cap:
                    out[count] = mask[d] | low
                count += 1
                if count > stop:
                    return out, count
            cand[d] |= low
            continue
        for j in range(d):  # descend: keep the parent's critical edges, install the updated ones
            for w in range(W):
                saved[d, j, w] = crit[j, w]
                crit[j, w] = scratch[j, w]
        for w in range(W):
            crit[d, w] = uncov[d, w] & vert_edges[v, w]
        mask[d + 1] = mask[d] | low
        cand[d + 1] = cand[d]
        d += 1
        new_frame = True
    return out, count


def transversals(edges: np.ndarray, k: int, agree: np.ndarray, n_first: int, compiled: bool,
                stop: int | None = None) -> np.ndarray | None:
    """Every minimal transversal (uint64 vertex mask) of `edges` (uint64 masks over k <= 64 vertices) whose AND of
    agree[v] over its vertices is empty (agree: k x words bitsets over the `n_first` earlier rows). No edge: the
    empty set if n_first == 0. None when there are more than `stop` (the search ends there: a budget)."""
    stop = 2 ** 62 if stop is None else int(stop)
    edges = np.ascontiguousarray(edges, dtype=np.uint64)
    if edges.size == 0:
        return np.zeros(1 if n_first == 0 else 0, dtype=np.uint64)
    agree = np.ascontiguousarray(agree, dtype=np.uint64).reshape(k, -1)
    if agree.shape[1] == 0:
        agree = np.zeros((k, 1), dtype=np.uint64)
    fn = fast(_transversals) if compiled else _transversals
    cap = 1024
    while True:
        out, n = fn(edges, k, agree, n_first, cap, stop)
        if n > stop:
            return None
        if n <= cap:
            return out[:n]
        cap = int(n)


def _crisp_chart(mask, val, conf):
    p = mask.shape[0]
    m = conf.shape[0]
    out = np.empty((p, m), dtype=np.bool_)
    for i in range(p):
        for j in range(m):
            out[i, j] = ((conf[j] ^ val[i]) & mask[i]) == 0
    return out


def crisp_chart(mask: np.ndarray, val: np.ndarray, conf: np.ndarray) -> np.ndarray:
    """(implicants x configurations) booleans: configuration bits c lie in implicant (mask, val) when
    (c XOR val) AND mask == 0 (compiled)."""
    return fast(_crisp_chart)(mask, val, conf)


def _masks_to_terms(masks, owners, on_plus1):
    n = masks.shape[0]
    k = on_plus1.shape[1]
    out = np.zeros((n, k), dtype=np.int8)
    for i in range(n):
        for j in range(k):
            if (masks[i] >> np.uint64(j)) & np.uint64(1):
                out[i, j] = on_plus1[owners[i], j]
    return out


def masks_to_terms(masks: np.ndarray, owners: np.ndarray, on_plus1: np.ndarray) -> np.ndarray:
    """Encoded terms (int8: 0 = absent, value + 1) from literal masks over the conditions of their owner rows."""
    return fast(_masks_to_terms)(masks, owners, on_plus1)

