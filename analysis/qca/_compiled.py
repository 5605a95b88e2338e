"""The engine's hot loops, compiled with numba when it is installed (PyPI wheels; without it the same code runs
as plain Python, slowly): minimal transversals by MMCS, crisp prime implicant charts, masks to terms.

Minimal transversals of a hypergraph on at most 64 vertices, by MMCS (Murakami & Uno 2014, "Efficient
algorithms for dualizing large-scale hypergraphs").

Vertices are conditions (a uint64 mask), edges are uint64 masks; sets of edges and of earlier positive rows are
multi-word bitsets. Used by `_implicants` for the open-world prime implicants of one positive configuration: the
minimal sets of literals that differ from every negative configuration, keeping those that cover no earlier
positive configuration (so each prime implicant is reported once).
"""
from __future__ import annotations

import numpy as np

try:  # numba compiles the search (wheels on PyPI); without it the same code runs as plain Python, slowly
    from numba import njit
except ImportError:  # pragma: no cover
    def njit(*args, **kwargs):
        if args and callable(args[0]):
            return args[0]
        return lambda f: f

__all__ = ["transversals", "crisp_chart", "masks_to_terms"]

_ONE = np.uint64(1)


@njit(cache=True)
def _popcount(x):
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return (x * np.uint64(0x0101010101010101)) >> np.uint64(56)


@njit(cache=True)
def _best_edge(uncov_row, edges, cand):
    """The uncovered edge with the fewest candidate vertices (-1 if none is uncovered)."""
    ne = edges.shape[0]
    best = -1
    best_n = np.uint64(65)
    for w in range(uncov_row.shape[0]):
        x = uncov_row[w]
        while x:
            low = x & (~x + _ONE)
            x ^= low
            i = w * 64 + int(_popcount(low - _ONE))
            if i >= ne:
                continue
            n = _popcount(edges[i] & cand)
            if n < best_n:
                best_n = n
                best = i
                if n <= 1:
                    return best
    return best


@njit(cache=True)
def _transversals(edges, k, agree, n_first, cap):
    """MMCS as a loop over an explicit stack (depth d = number of chosen vertices). Frame d: cand[d] the
    candidate vertices, todo[d] the vertices of the branching edge still to try, uncov[d] / cov[d] the edges
    left uncovered / earlier rows still covered, crit[j] (j < d) the edges only the j-th chosen vertex covers."""
    ne = edges.shape[0]
    W = max(1, (ne + 63) // 64)
    Wm = agree.shape[1]
    vert_edges = np.zeros((k, W), dtype=np.uint64)
    for i in range(ne):
        x = edges[i]
        while x:
            low = x & (~x + _ONE)
            x ^= low
            vert_edges[int(_popcount(low - _ONE)), i // 64] |= _ONE << np.uint64(i % 64)
    uncov = np.zeros((k + 2, W), dtype=np.uint64)
    for i in range(ne):
        uncov[0, i // 64] |= _ONE << np.uint64(i % 64)
    cov = np.zeros((k + 2, Wm), dtype=np.uint64)
    for i in range(n_first):
        cov[0, i // 64] |= _ONE << np.uint64(i % 64)
    crit = np.zeros((k + 2, W), dtype=np.uint64)
    scratch = np.zeros((k + 2, W), dtype=np.uint64)
    saved = np.zeros((k + 2, k + 2, W), dtype=np.uint64)
    cand = np.zeros(k + 2, dtype=np.uint64)
    todo = np.zeros(k + 2, dtype=np.uint64)
    last = np.zeros(k + 2, dtype=np.uint64)
    mask = np.zeros(k + 2, dtype=np.uint64)
    out = np.zeros(cap, dtype=np.uint64)
    count = 0
    full = np.uint64(0xFFFFFFFFFFFFFFFF) if k == 64 else (_ONE << np.uint64(k)) - _ONE
    best = _best_edge(uncov[0], edges, full)
    c = edges[best] & full if best >= 0 else np.uint64(0)
    cand[0] = full & ~c
    todo[0] = c
    d = 0
    while d >= 0:
        if todo[d] == 0:  # frame done: back to the parent, which puts its vertex back among the candidates
            d -= 1
            if d >= 0:
                for j in range(d):
                    for w in range(W):
                        crit[j, w] = saved[d, j, w]
                cand[d] |= last[d]
            continue
        low = todo[d] & (~todo[d] + _ONE)
        todo[d] ^= low
        last[d] = low
        v = int(_popcount(low - _ONE))
        ok = True
        for j in range(d):  # each chosen vertex must keep an edge only it covers
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
            cand[d] |= low
            continue
        for j in range(d):  # descend: keep the parent's critical edges, install the updated ones
            for w in range(W):
                saved[d, j, w] = crit[j, w]
                crit[j, w] = scratch[j, w]
        for w in range(W):
            crit[d, w] = uncov[d, w] & vert_edges[v, w]
        mask[d + 1] = mask[d] | low
        cc = cand[d]
        best = _best_edge(uncov[d + 1], edges, cc)
        c = edges[best] & cc if best >= 0 else np.uint64(0)
        cand[d + 1] = cc & ~c
        todo[d + 1] = c
        d += 1
    return out, count


def transversals(edges: np.ndarray, k: int, agree: np.ndarray, n_first: int) -> np.ndarray:
    """Every minimal transversal (uint64 vertex mask) of `edges` whose AND of agree[v] over its vertices is empty
    (agree: k x words bitsets over the first `n_first` earlier rows). With no edge: the empty set if n_first == 0."""
    edges = np.ascontiguousarray(edges, dtype=np.uint64)
    if edges.size == 0:
        return np.zeros(1 if n_first == 0 else 0, dtype=np.uint64)
    agree = np.ascontiguousarray(agree, dtype=np.uint64).reshape(k, -1)
    if agree.shape[1] == 0:
        agree = np.zeros((k, 1), dtype=np.uint64)
    cap = 1024
    while True:
        out, n = _transversals(edges, k, agree, n_first, cap)
        if n <= cap:
            return out[:n]
        cap = int(n)


@njit(cache=True)
def crisp_chart(mask, val, conf):
    """(implicants x configurations) booleans: configuration c (bits) lies in implicant (mask, val) when
    (c XOR val) AND mask == 0."""
    p = mask.shape[0]
    m = conf.shape[0]
    out = np.empty((p, m), dtype=np.bool_)
    for i in range(p):
        mk = mask[i]
        v = val[i]
        for j in range(m):
            out[i, j] = ((conf[j] ^ v) & mk) == 0
    return out


@njit(cache=True)
def masks_to_terms(masks, owners, on_plus1):
    """Encoded terms (0 = absent, value + 1) from literal masks over the conditions of their owner rows."""
    n = masks.shape[0]
    k = on_plus1.shape[1]
    out = np.zeros((n, k), dtype=np.int8)
    for i in range(n):
        x = masks[i]
        row = owners[i]
        for j in range(k):
            if (x >> np.uint64(j)) & _ONE:
                out[i, j] = on_plus1[row, j]
    return out
