"""Exact prime implicants of a truth table, open world (remainders are don't-cares) or closed world.

Open world: the prime implicants covering a positive configuration p are the minimal sets S of p's literals
such that every negative configuration differs from p somewhere in S, i.e. the minimal transversals of the
hypergraph {D(n)}; this compares positive against negative configurations and never enumerates remainders
(the idea behind Dusa's CCubes). The transversals are enumerated with the MMCS algorithm of Murakami & Uno
(2014, "Efficient algorithms for dualizing large-scale hypergraphs") on integer bitsets, and each implicant
is reported once, at the first positive configuration it covers. Closed world: Quine-McCluskey merging.
"""

from __future__ import annotations

import numpy as np

from analysis.qca.errors import QCAComplexityError, QCAInputError

__all__ = ["prime_implicants"]

DEFAULT_MAX_IMPLICANTS = 5_000_000


def _as_rows(a, k: int, name: str) -> np.ndarray:
    arr = np.asarray(a, dtype=np.int64)
    if arr.size == 0:
        return arr.reshape(0, k)
    if arr.ndim != 2 or arr.shape[1] != k:
        raise QCAInputError(f"{name} must be a 2-D array with {k} columns, got shape {arr.shape}")
    return arr


def _pack(bits: np.ndarray) -> list[int]:
    """Each row of a boolean matrix as a Python int (bit j = column j)."""
    n, k = bits.shape
    if k <= 62:
        return (bits.astype(np.int64) @ (np.int64(1) << np.arange(k, dtype=np.int64))).tolist()
    packed = np.packbits(bits, axis=1, bitorder="little")
    return [int.from_bytes(r.tobytes(), "little") for r in packed]


def _minimal_sets(sets: list[int]) -> list[int]:
    """Inclusion-minimal members of a family of bitsets (only these constrain the transversals)."""
    out: list[int] = []
    for e in sorted(set(sets), key=lambda e: (e.bit_count(), e)):
        for f in out:
            if f & e == f:
                break
        else:
            out.append(e)
    return out


def _minimal_sets_np(e: np.ndarray) -> list[int]:
    """Vectorised `_minimal_sets` for int64 bitsets (many negative configurations)."""
    e = np.unique(e)
    out: list[int] = []
    while e.size:
        cnt = np.bitwise_count(e)
        level = e[cnt == cnt.min()]
        out.extend(level.tolist())
        rest = e[cnt > cnt.min()]
        if rest.size and level.size:
            keep = np.ones(rest.size, dtype=bool)
            for start in range(0, level.size, 256):
                m = level[start:start + 256]
                keep &= ~((rest[:, None] & m[None, :]) == m[None, :]).any(axis=1)
            rest = rest[keep]
        e = rest
    return out


def _transversals(edges: list[int], k: int, agree: list[int], first: int, out: list[int]) -> None:
    """Append to `out` every minimal transversal T of `edges` (bitsets over k vertices) with
    AND(agree[v] for v in T) == 0, i.e. covering none of the earlier positive rows (MMCS search)."""
    ne = len(edges)
    vert_edges = [0] * k  # vertex -> bitset of the edges containing it
    for i, e in enumerate(edges):
        x = e
        while x:
            b = x & -x
            vert_edges[b.bit_length() - 1] |= 1 << i
            x ^= b
    crit: dict[int, int] = {}
    chosen: list[int] = []

    def rec(cand: int, uncov: int, cov: int) -> None:
        if not uncov:
            if not cov:
                m = 0
                for u in chosen:
                    m |= 1 << u
                out.append(m)
            return
        best, best_n = 0, k + 1
        x = uncov
        while x:
            b = x & -x
            x ^= b
            n = (edges[b.bit_length() - 1] & cand).bit_count()
            if n < best_n:
                best, best_n = b.bit_length() - 1, n
                if n <= 1:
                    break
        c = edges[best] & cand
        cand &= ~c
        while c:
            b = c & -c
            c ^= b
            v = b.bit_length() - 1
            ev = vert_edges[v]
            new = []
            for u in chosen:
                nc = crit[u] & ~ev
                if not nc:
                    break
                new.append(nc)
            else:
                old = [crit[u] for u in chosen]
                for u, nc in zip(chosen, new):
                    crit[u] = nc
                crit[v] = uncov & ev
                chosen.append(v)
                rec(cand, uncov & ~ev, cov & agree[v])
                chosen.pop()
                for u, o in zip(chosen, old):
                    crit[u] = o
            cand |= b

    rec((1 << k) - 1, (1 << ne) - 1, first)


def _open_world(on: np.ndarray, off: np.ndarray, binary: bool, max_implicants: int):
    """(on-row index, literal mask) of every prime implicant, each once."""
    m, k = on.shape
    small = k <= 62
    if binary and small:
        w = np.int64(1) << np.arange(k, dtype=np.int64)
        on_i, off_i = on @ w, off @ w
    # agree[v] of row i: earlier positive rows equal to row i on condition v (bitset over rows)
    eq = on[:, None, :] == on[None, :, :] if m * m * k <= 50_000_000 else None
    owners: list[int] = []
    masks: list[int] = []
    for i in range(m):
        p = on[i]
        if len(off) == 0:
            edges: list[int] = []
        elif binary and small:
            d = off_i ^ on_i[i]
            if (d == 0).any():
                continue  # p is also a negative configuration: nothing covers it
            edges = _minimal_sets_np(d) if len(d) > 64 else _minimal_sets(d.tolist())
        else:
            dbits = off != p
            if not dbits.any(axis=1).all():
                continue
            if small and len(off) > 64:
                edges = _minimal_sets_np(dbits.astype(np.int64) @ (np.int64(1) << np.arange(k, dtype=np.int64)))
            else:
                edges = _minimal_sets(_pack(dbits))
        e_i = eq[i, :i] if eq is not None else (on[:i] == p)
        agree = _pack(e_i.T) if i else [0] * k
        before = len(masks)
        _transversals(edges, k, agree, (1 << i) - 1, masks)
        owners.extend([i] * (len(masks) - before))
        if len(masks) > max_implicants:
            raise QCAComplexityError(
                f"more than {max_implicants:,} prime implicants ({k} conditions, {m} positive and {len(off)} "
                "negative configurations); use fewer conditions or more observed cases")
    return owners, masks


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


def _masks_to_terms(on: np.ndarray, owners: list[int], masks: list[int], dtype) -> np.ndarray:
    k = on.shape[1]
    if not masks:
        return np.zeros((0, k), dtype=dtype)
    own = np.asarray(owners, dtype=np.int64)
    if k <= 62:
        mk = np.asarray(masks, dtype=np.int64)
        lit = ((mk[:, None] >> np.arange(k, dtype=np.int64)) & 1).astype(bool)
    else:
        lit = np.array([[(x >> j) & 1 for j in range(k)] for x in masks], dtype=bool)
    return np.where(lit, on[own] + 1, 0).astype(dtype)


def sort_terms(terms: np.ndarray) -> np.ndarray:
    """Order by number of literals, then by conditions in order (present before absent), then value."""
    if len(terms) <= 1:
        return terms
    key = np.where(terms == 0, np.iinfo(terms.dtype).max, terms)
    nlit = (terms != 0).sum(axis=1)
    order = np.lexsort(tuple(key[:, j] for j in range(terms.shape[1] - 1, -1, -1)) + (nlit,))
    return terms[order]


def prime_implicants(on, off, noflevels, *, max_implicants: int = DEFAULT_MAX_IMPLICANTS) -> np.ndarray:
    """All prime implicants covering at least one `on` configuration, encoded per condition
    0 = absent, v+1 = value v; open world if `off` is given, closed world (expansion within `on`) if None.

    Raises QCAComplexityError past `max_implicants` implicants (a memory guard)."""
    noflevels = np.asarray(noflevels, dtype=np.int64).reshape(-1)
    k = len(noflevels)
    on = _as_rows(on, k, "on")
    dtype = np.int8 if k == 0 or noflevels.max() < 127 else np.int32
    for name, arr in (("on", on), ("off", None if off is None else _as_rows(off, k, "off"))):
        if arr is not None and arr.size and ((arr < 0) | (arr >= noflevels)).any():
            raise QCAInputError(f"{name} has values outside 0..noflevels-1 (noflevels = {noflevels.tolist()})")
    if len(on) == 0:
        return np.zeros((0, k), dtype=dtype)
    on = np.unique(on, axis=0)
    if off is None:
        terms = np.array(sorted(_closed_world(on, noflevels)), dtype=dtype).reshape(-1, k)
    else:
        off = np.unique(_as_rows(off, k, "off"), axis=0)
        owners, masks = _open_world(on, off, bool((noflevels == 2).all()), max_implicants)
        terms = _masks_to_terms(on, owners, masks, dtype)
    return sort_terms(terms)
