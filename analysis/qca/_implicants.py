"""Exact prime implicants of a truth table, open world (remainders are don't-cares) or closed world.

Open world: for each positive configuration p, the prime implicants covering p are the minimal sets S of
p's literals such that every negative configuration differs from p somewhere in S, i.e. the minimal
transversals of the hypergraph {D(n)} (the idea behind Dusa's CCubes: compare positive against negative
configurations, never enumerate remainders). Closed world: Quine-McCluskey merging over the ON set.
"""

from __future__ import annotations

import numpy as np

__all__ = ["prime_implicants"]


def _as_rows(a, k: int, name: str) -> np.ndarray:
    arr = np.asarray(a, dtype=np.int64)
    if arr.size == 0:
        return arr.reshape(0, k)
    if arr.ndim != 2 or arr.shape[1] != k:
        raise ValueError(f"{name} must be a 2-D array with {k} columns, got shape {arr.shape}")
    return arr


def _minimal_transversals(edges: list[int]) -> list[int]:
    """All minimal hitting sets of a family of bitset edges (Berge's incremental algorithm)."""
    edges = sorted(set(edges), key=lambda e: (e.bit_count(), e))
    minimal_edges: list[int] = []
    for e in edges:  # only inclusion-minimal edges constrain the transversals
        if not any((f & e) == f for f in minimal_edges):
            minimal_edges.append(e)
    trans = [0]
    for e in minimal_edges:
        keep = [t for t in trans if t & e]
        grow = [t for t in trans if not t & e]
        if not grow:
            continue
        cand = set()
        bits = []
        x = e
        while x:
            b = x & -x
            bits.append(b)
            x ^= b
        for t in grow:
            for b in bits:
                cand.add(t | b)
        cand_sorted = sorted(cand, key=lambda t: (t.bit_count(), t))
        new: list[int] = []
        for c in cand_sorted:
            if any((s & c) == s for s in keep):
                continue
            if any((s & c) == s for s in new):
                continue
            new.append(c)
        trans = keep + new
    return trans


def _sort_terms(terms: np.ndarray, noflevels: np.ndarray) -> np.ndarray:
    """Order by number of literals, then by conditions in order (present before absent), then value."""
    if len(terms) == 0:
        return terms
    big = int(noflevels.max()) + 2
    key = np.where(terms == 0, big, terms)
    nlit = (terms != 0).sum(axis=1)
    order = np.lexsort(tuple(key[:, j] for j in range(terms.shape[1] - 1, -1, -1)) + (nlit,))
    return terms[order]


def _open_world(on: np.ndarray, off: np.ndarray) -> set[tuple[int, ...]]:
    k = on.shape[1]
    found: set[tuple[int, ...]] = set()
    weights = 1 << np.arange(k, dtype=np.int64)
    for p in on:
        diff = (off != p) @ weights if len(off) else np.zeros(0, dtype=np.int64)
        if len(diff) and (diff == 0).any():
            continue  # p is itself a negative configuration: no implicant covers it
        for t in _minimal_transversals([int(d) for d in np.unique(diff)]):
            found.add(tuple(int(p[j]) + 1 if (t >> j) & 1 else 0 for j in range(k)))
    return found


def _closed_world(on: np.ndarray, noflevels: np.ndarray) -> set[tuple[int, ...]]:
    k = on.shape[1]
    level = {tuple(int(v) + 1 for v in row) for row in on}
    primes: set[tuple[int, ...]] = set()
    while level:
        merged: set[tuple[int, ...]] = set()
        used: set[tuple[int, ...]] = set()
        for t in level:
            for j in range(k):
                if t[j] == 0:
                    continue
                sibs = [t[:j] + (v + 1,) + t[j + 1:] for v in range(int(noflevels[j]))]
                if all(s in level for s in sibs):
                    merged.add(t[:j] + (0,) + t[j + 1:])
                    used.update(sibs)
        primes |= level - used
        level = merged
    return primes


def prime_implicants(on, off, noflevels) -> np.ndarray:
    """All prime implicants covering at least one `on` configuration, encoded per condition
    0 = absent, v+1 = value v; open world if `off` is given, closed world (expansion within `on`) if None."""
    noflevels = np.asarray(noflevels, dtype=np.int64)
    k = len(noflevels)
    on = _as_rows(on, k, "on")
    if len(on) == 0:
        return np.zeros((0, k), dtype=np.int16)
    on = np.unique(on, axis=0)
    if off is None:
        terms = _closed_world(on, noflevels)
    else:
        terms = _open_world(on, np.unique(_as_rows(off, k, "off"), axis=0))
    arr = np.array(sorted(terms), dtype=np.int16).reshape(-1, k)
    return _sort_terms(arr, noflevels)
