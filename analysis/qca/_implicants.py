"""Exact prime implicants of a truth table, open world (remainders are don't-cares) or closed world.

Open world: the prime implicants covering a positive configuration p are the minimal sets S of p's literals
such that every negative configuration differs from p somewhere in S, i.e. the minimal transversals of the
hypergraph {D(n)}; this compares positive against negative configurations and never enumerates remainders
(the idea behind Dusa's CCubes). The transversals are enumerated with the MMCS algorithm of Murakami & Uno
(2014, "Efficient algorithms for dualizing large-scale hypergraphs") on integer bitsets, and each implicant
is reported once, at the first positive configuration it covers. Closed world: Quine-McCluskey merging on
integer keys. `implicants_for_minimum_covers` keeps only the prime implicants broad enough to belong to a
minimum cover (found level by level, Apriori-style), which is exact for the minimal models and avoids
millions of narrow implicants when the models are few and broad.
"""

from __future__ import annotations

import time

import numpy as np

from analysis.qca._compiled import crisp_chart, masks_to_terms, transversals
from analysis.qca.errors import QCAComplexityError, QCAInputError

__all__ = ["prime_implicants", "implicant_chart", "sort_terms", "prime_implicants_covering",
           "implicants_for_minimum_covers"]

DEFAULT_MAX_IMPLICANTS = 5_000_000
_COMPILE_AFTER = 0.5  # CPU seconds of MMCS on Python integers after which the compiled MMCS takes over
_BOUND_TERMS = 50_000  # open conjunctions tried at most for a coverage bound before taking every prime implicant


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


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique of a 1-D array of integers (the sorted distinct values, same dtype) by sorting: numpy 2.4's np.unique
    goes through a hash table first, 70 times slower on millions of int64 keys (3.4 million: 4.2 s against 0.06 s),
    which made the closed-world merging of the intermediate solution take seconds."""
    s = np.sort(np.ravel(a))
    if s.size < 2:
        return s
    keep = np.empty(s.size, dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


def _minimal_sets_np(e: np.ndarray) -> list[int]:
    """Vectorised `_minimal_sets` for int64 bitsets (many negative configurations): the sets of fewest members
    left (each minimal: sorted, repeats dropped) and then the rest less their supersets, in turn. Only those
    levels are sorted, not every set (a sort of the 8,044 differences from each of 8,303 positive rows was half
    of this function's time on 14 conditions x 100,000 cases), and a level of few sets drops the supersets one
    set at a time (a cases x sets matrix reduced along its rows took most of the rest)."""
    out: list[int] = []
    while e.size:
        cnt = np.bitwise_count(e)
        fewest = cnt == cnt.min()
        level = sorted_unique(e[fewest])
        out.extend(level.tolist())
        rest = e[~fewest]
        if rest.size:
            if level.size <= 64:
                keep = (rest & level[0]) != level[0]
                for m in level[1:]:
                    keep &= (rest & m) != m
            else:
                keep = np.ones(rest.size, dtype=bool)
                for start in range(0, level.size, 256):
                    m = level[start:start + 256]
                    keep &= ~((rest[:, None] & m[None, :]) == m[None, :]).any(axis=1)
            rest = rest[keep]
        e = rest
    return out


class _Stopped(Exception):
    """More transversals than the caller can take (`stop`)."""


class _TooSlow(Exception):
    """The search on Python integers ran past its deadline: the compiled twin takes over."""


def _transversals(edges: list[int], k: int, agree: list[int], first: int, out: list[int],
                  stop: int | None = None, deadline: float | None = None) -> None:
    """Append to `out` every minimal transversal T of `edges` (bitsets over k vertices) with
    AND(agree[v] for v in T) == 0, i.e. covering none of the earlier positive rows (MMCS search on Python
    integers, for small problems and more than 64 conditions; `_compiled.transversals` is its compiled twin for
    large problems, tested to agree). Raises _Stopped once `out` holds more than `stop` of them, and _TooSlow
    when the process's CPU time passes `deadline` (looked at every 4,096 transversals)."""
    ne = len(edges)
    vert_edges = [0] * k  # vertex -> bitset of the edges containing it
    for i, e in enumerate(edges):
        x = e
        while x:
            b = x & -x
            vert_edges[b.bit_length() - 1] |= 1 << i
            x ^= b
    full = (1 << k) - 1

    def rec(cand: int, uncov: int, cov: int, mask: int, crits: list[tuple[int, int]]) -> None:
        # crits: (vertex bit, edges for which that vertex is the only chosen one) for each chosen vertex
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
            ev = vert_edges[b.bit_length() - 1]
            new = []
            for u, cu in crits:
                cu &= ~ev
                if not cu:
                    break
                new.append((u, cu))
            else:
                rest = uncov & ~ev
                cv = cov & agree[b.bit_length() - 1]
                if not rest:
                    if not cv:
                        out.append(mask | b)
                        if stop is not None and len(out) > stop:
                            raise _Stopped
                        if deadline is not None and not len(out) % 4096 and time.process_time() > deadline:
                            raise _TooSlow
                else:
                    new.append((b, uncov & ev))
                    rec(cand, rest, cv, mask | b, new)
            cand |= b

    if ne == 0:
        if not first:
            out.append(0)
        return
    rec(full, (1 << ne) - 1, first, 0, [])


def _value_rows(on: np.ndarray) -> np.ndarray:
    """[condition, value]: the rows of `on` holding that value, as packed bits (little-endian, bit r: row r).
    A row's agreement with the rows before it is then read from these bits, not compared condition by condition
    with each earlier row (8,303 positive rows on 14 conditions: 4.8e8 comparisons)."""
    m, k = on.shape
    out = np.zeros((k, int(on.max(initial=0)) + 1, -(-m // 8)), dtype=np.uint8)
    for v in range(k):
        for value in np.unique(on[:, v]).tolist():
            out[v, value] = np.packbits(on[:, v] == value, bitorder="little")
    return out


def _open_world(on: np.ndarray, off: np.ndarray, binary: bool, max_implicants: int, max_work: int | None = None):
    """(on-row index, literal mask) of every prime implicant, each once. With `max_work`, refused once the search
    has taken more steps than that: the comparisons of the rows searched (`open_world_steps`) and the prime
    implicants listed so far (each costing a word of its row's edges, `_WORDS_PER_STEP` to a step), so that a
    table whose prime implicants run to millions is refused by the work budget in seconds, not by max_implicants
    after a minute."""
    m, k = on.shape
    small = k <= 62
    if binary and small:
        w = np.int64(1) << np.arange(k, dtype=np.int64)
        on_i, off_i = on @ w, off @ w
    # agree[v] of row i: earlier positive rows equal to row i on condition v (bitset over rows)
    eq = on[:, None, :] == on[None, :, :] if m * m * k <= 50_000_000 else None
    # MMCS on Python integers first (small problems never pay for loading numba); once it has taken longer than
    # _COMPILE_AFTER seconds, the remaining rows go to the compiled twin (same results, tested to agree)
    compiled = False
    value_rows = None  # _value_rows(on), for the compiled MMCS
    start = time.process_time()
    owners: list[np.ndarray] = []
    masks: list = []
    total = spent = 0  # prime implicants listed; their cost in words (`_WORDS_PER_STEP`)
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
        # this row may list what is left of max_implicants and of the work budget, and the search stops there
        cost = max(1, -(-len(edges) // 64))  # words of this row's edges: what one of its implicants costs
        by_work = None if max_work is None else \
            max(0, (max_work - open_world_steps(i + 1, len(off))) * _WORDS_PER_STEP - spent) // cost
        stop = max_implicants - total if by_work is None else min(max_implicants - total, by_work)
        found_l: list[int] | None = None
        if not compiled:  # small problems (no numba to load) and more than 64 conditions: MMCS on Python integers
            e_i = eq[i, :i] if eq is not None else (on[:i] == p)
            agree = _pack(e_i.T) if i else [0] * k
            found_l = []
            try:  # a row listing many transversals goes to the compiled twin once the time is up
                _transversals(edges, k, agree, (1 << i) - 1, found_l, stop,
                              start + _COMPILE_AFTER if k <= 64 else None)
            except _Stopped:
                pass
            except _TooSlow:
                compiled, found_l = True, None
        if found_l is not None:
            masks.append(np.array(found_l, dtype=np.uint64) if k <= 64 else found_l)
            n = len(found_l)
        else:  # compiled MMCS (uint64 vertex masks)
            words = np.zeros((k, -(-i // 64) * 8), dtype=np.uint8)
            if i:   # the earlier rows agreeing with p on each condition: its value's rows, cut after row i - 1
                if value_rows is None:
                    value_rows = _value_rows(on)
                words[:, :-(-i // 8)] = value_rows[np.arange(k), p, :-(-i // 8)]
                if i % 8:
                    words[:, i // 8] &= (1 << (i % 8)) - 1
            found = transversals(np.array(edges, dtype=np.uint64), k, words.view("<u8"), i, True, stop)
            n = stop + 1 if found is None else len(found)
            masks.append(found)
        if n > stop:
            if by_work is not None and by_work < max_implicants - total:
                raise QCAComplexityError(
                    f"the prime implicant search takes more than max_work = {max_work:,} steps (more than "
                    f"{total + n - 1:,} prime implicants listed, at positive configuration {i + 1:,} of {m:,}; {k} "
                    f"conditions, {len(off):,} negative configurations); raise max_work (CLI: --max-work), or use "
                    "fewer conditions or a higher frequency cutoff (n_cut)")
            raise QCAComplexityError(
                f"more than max_implicants = {max_implicants:,} prime implicants ({k} conditions, {m} positive "
                f"and {len(off)} negative configurations); raise max_implicants (CLI: --max-implicants), or use "
                "fewer conditions or more observed cases")
        owners.append(np.full(n, i, dtype=np.int64))
        if not compiled and k <= 64 and time.process_time() - start > _COMPILE_AFTER:
            compiled = True
        total += n
        spent += n * cost
    own = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int64)
    if k <= 64:
        return own, (np.concatenate(masks) if masks else np.zeros(0, dtype=np.uint64))
    return own, [x for part in masks for x in part]


def _closed_world_np(on: np.ndarray, noflevels: np.ndarray, max_implicants: int) -> np.ndarray:
    """Quine-McCluskey merging on integer keys (mixed radix noflevels + 1, digit 0 = condition absent):
    a term without condition j exists when all its noflevels[j] value-siblings do; unmerged terms are prime."""
    k = on.shape[1]
    w = np.cumprod(np.concatenate([[1], noflevels[:-1] + 1])).astype(np.int64)
    level = sorted_unique((on + 1) @ w)
    primes = []
    while level.size:
        if level.size > max_implicants:
            raise QCAComplexityError(
                f"more than max_implicants = {max_implicants:,} implicants at one merging step ({k} conditions, "
                f"{len(on)} configurations); raise max_implicants (CLI: --max-implicants) or use fewer conditions")
        used = np.zeros(level.size, dtype=bool)
        merged = []
        for j in range(k):
            anchors = level[(level // w[j]) % (noflevels[j] + 1) == 1]  # condition j at its first value
            pos = [np.searchsorted(level, anchors + v * w[j]) for v in range(int(noflevels[j]))]
            ok = np.ones(anchors.size, dtype=bool)
            for v, ps in enumerate(pos):
                ok &= (ps < level.size) & (level[np.minimum(ps, level.size - 1)] == anchors + v * w[j])
            for ps in pos:
                used[ps[ok]] = True
            merged.append(anchors[ok] - w[j])
        primes.append(level[~used])
        level = sorted_unique(np.concatenate(merged))
    keys = np.concatenate(primes)
    return ((keys[:, None] // w[None, :]) % (noflevels[None, :] + 1)).astype(np.int64)


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


def _masks_to_terms(on: np.ndarray, owners: np.ndarray, masks, dtype) -> np.ndarray:
    k = on.shape[1]
    if len(masks) == 0:
        return np.zeros((0, k), dtype=dtype)
    own = np.asarray(owners, dtype=np.int64)
    if k <= 64 and dtype == np.int8 and len(masks) > 100_000:
        return masks_to_terms(np.asarray(masks, dtype=np.uint64), own, (on + 1).astype(np.int8))
    if k <= 64:
        mk = np.asarray(masks, dtype=np.uint64)
        lit = ((mk[:, None] >> np.arange(k, dtype=np.uint64)) & np.uint64(1)).astype(bool)
    else:
        lit = np.array([[(x >> j) & 1 for j in range(k)] for x in masks], dtype=bool)
    return np.where(lit, (on + 1).astype(dtype)[own], np.zeros((), dtype=dtype))


def sort_terms(terms: np.ndarray, multivalue: bool = False) -> np.ndarray:
    """R QCA's order of implicants: fewer literals first, then by the conditions used (in condition order),
    then by values (presence before absence for crisp and fuzzy data, ascending values for multi-value data)."""
    terms = np.asarray(terms)
    if len(terms) <= 1:
        return terms
    k = terms.shape[1]
    if k <= 58 and terms.min() >= 0 and terms.max() <= 2:  # crisp: two integer keys
        w = np.int64(1) << np.arange(k - 1, -1, -1, dtype=np.int64)  # condition 0 most significant
        t8 = terms.astype(np.int8)
        absent = (t8 == 0)
        primary = (np.int64(k) - absent.sum(axis=1)) << np.int64(58) | (absent @ w)
        later = (t8 == 1) if not multivalue else (t8 == 2)  # the value sorted second
        return terms[np.lexsort(((later @ w), primary))]
    t = terms.astype(np.int64)
    absent = (t == 0).astype(np.int64)
    value = np.where(t == 0, 0, t if multivalue else -t)
    keys = [value[:, j] for j in range(k - 1, -1, -1)] + [absent[:, j] for j in range(k - 1, -1, -1)]
    order = np.lexsort(keys + [k - absent.sum(axis=1)])
    return terms[order]


def prime_implicants(on, off, noflevels, *, max_implicants: int = DEFAULT_MAX_IMPLICANTS,
                     multivalue: bool | None = None, max_work: int | None = None) -> np.ndarray:
    """All prime implicants covering at least one `on` configuration, encoded per condition
    0 = absent, v+1 = value v; open world if `off` is given, closed world (expansion within `on`) if None.
    In R QCA's order (`sort_terms`; multi-value order if `multivalue`, default: some condition has > 2 values).

    Raises QCAComplexityError past `max_implicants` implicants (a memory guard; CLI: --max-implicants), and, with
    `max_work`, before an open-world search that would compare more than max_work x 1,000 pairs of a positive and
    a negative configuration (`open_world_steps`: the search's time grows with them), or during one whose prime
    implicants are too many for the budget (`_open_world`)."""
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
        if float(np.prod(noflevels.astype(float) + 1)) < 2.0 ** 62:
            terms = _closed_world_np(on, noflevels, max_implicants).astype(dtype)
        else:
            terms = np.array(sorted(_closed_world(on, noflevels)), dtype=dtype).reshape(-1, k)
    else:
        off = np.unique(_as_rows(off, k, "off"), axis=0)
        steps = open_world_steps(len(on), len(off))
        if max_work is not None and steps > max_work:
            raise QCAComplexityError(
                f"the prime implicant search would compare {len(on):,} positive with {len(off):,} negative "
                f"configurations ({steps:,} steps of {_COMPARISONS_PER_STEP:,} comparisons), more than max_work = "
                f"{max_work:,} steps; raise max_work (CLI: --max-work), or use fewer conditions or a higher frequency "
                "cutoff (n_cut): with about as many configurations as cases, every case is a row of its own")
        binary = bool((noflevels == 2).all())
        owners, masks = _open_world(on, off, binary, max_implicants, max_work)
        mv = bool((noflevels > 2).any()) if multivalue is None else multivalue
        if binary and k <= 58 and isinstance(masks, np.ndarray):  # sort the masks, then build the terms
            order = _mask_order(masks, owners, on, mv)
            return _masks_to_terms(on, owners[order], masks[order], dtype)
        terms = _masks_to_terms(on, owners, masks, dtype)
    return sort_terms(terms, bool((noflevels > 2).any()) if multivalue is None else multivalue)


_COMPARISONS_PER_STEP = 1_000  # about the time of a cover-search step (4 million comparisons a second, 2026-12)
_WORDS_PER_STEP = 128  # a prime implicant listed costs a word (64 bits) of its row's edges (the minimal differences
#                        from negative rows, which MMCS walks); this many make a step. 2026-12, compiled: 30
#                        conditions x 200 cases (2 words a row): 2.3 million prime implicants in about 5 s, 36,000
#                        steps; 10,000 random cases of 30 conditions (about 30 words a row): 140,000 a second


def open_world_steps(n_on: int, n_off: int) -> int:
    """Steps of an open-world prime implicant search, counted as the cover search's are (max_work): each positive
    configuration is compared with every negative one before its transversals are listed."""
    return n_on * n_off // _COMPARISONS_PER_STEP


_REV8 = np.array([int(f"{i:08b}"[::-1], 2) for i in range(256)], dtype=np.uint64)


def _reverse_bits(x: np.ndarray, k: int) -> np.ndarray:
    """The low k bits of each uint64 reversed (bit j -> bit k-1-j)."""
    out = np.zeros_like(x)
    for b in range(8):
        out |= _REV8[((x >> np.uint64(8 * b)) & np.uint64(255)).astype(np.intp)] << np.uint64(8 * (7 - b))
    return out >> np.uint64(64 - k)


def _mask_order(masks: np.ndarray, owners: np.ndarray, on: np.ndarray, multivalue: bool) -> np.ndarray:
    """`sort_terms`'s order for crisp terms given as literal masks over their owner rows (condition j = bit j)."""
    k = on.shape[1]
    full = np.uint64((1 << k) - 1)
    on_bits = (on.astype(np.uint64) << np.arange(k, dtype=np.uint64)).sum(axis=1, dtype=np.uint64)
    ones = on_bits[owners]  # literals with value 1
    later = masks & ~ones if not multivalue else masks & ones
    primary = (np.bitwise_count(masks).astype(np.uint64) << np.uint64(58)) | _reverse_bits(~masks & full, k)
    return np.lexsort((_reverse_bits(later, k), primary))


DEFAULT_MAX_CHART_CELLS = 2_000_000_000


def implicant_chart(terms, configurations, *, max_cells: int = DEFAULT_MAX_CHART_CELLS) -> np.ndarray:
    """Boolean (implicants x configurations) matrix: which configurations each encoded implicant contains (the
    prime implicant chart; the one chart builder of the engine). Crisp data: integer bitsets; otherwise one
    condition at a time over blocks of implicants, so temporary memory stays near 16 M booleans.

    Raises QCAComplexityError when the matrix would exceed `max_cells` cells (one byte each)."""
    terms = np.asarray(terms)
    conf = np.asarray(configurations, dtype=np.int64)
    if terms.ndim == 1:
        terms = terms[None, :]
    p, k = terms.shape
    conf = conf.reshape(-1, k)
    m = len(conf)
    if p * m > max_cells:
        raise QCAComplexityError(
            f"the prime implicant chart would have {p:,} implicants x {m:,} configurations "
            f"({p * m:,} cells, more than max_chart_cells = {max_cells:,}); raise max_chart_cells "
            "(CLI: --max-chart-cells) or use fewer conditions")
    out = np.empty((p, m), dtype=bool)
    if p == 0 or m == 0:
        return out
    if k <= 62 and conf.max() <= 1 and terms.max() <= 2:  # crisp: bit masks, compiled for large charts
        w = np.int64(1) << np.arange(k, dtype=np.int64)
        mask = (terms != 0).astype(np.int64) @ w
        val = (terms == 2).astype(np.int64) @ w
        ci = conf @ w
        if p * m > 5_000_000:
            return crisp_chart(mask, val, ci)
        step = max(1, 20_000_000 // m)
        for s in range(0, p, step):
            out[s:s + step] = ((ci[None, :] ^ val[s:s + step, None]) & mask[s:s + step, None]) == 0
        return out
    t = terms.astype(np.int64)
    target = conf + 1
    step = max(1, (1 << 24) // m)
    for s in range(0, p, step):
        block = t[s:s + step]
        acc = np.ones((len(block), m), dtype=bool)
        for j in range(k):
            col = block[:, j]
            if col.any():
                acc &= (col[:, None] == 0) | (col[:, None] == target[None, :, j])
        out[s:s + step] = acc
    return out


def _literal_bits(rows: np.ndarray, noflevels: np.ndarray) -> np.ndarray:
    """(literals x packed rows): bit i of literal offset[j] + v is set when row i has condition j = v."""
    offsets = np.concatenate([[0], np.cumsum(noflevels)[:-1]])
    onehot = np.zeros((int(noflevels.sum()), len(rows)), dtype=bool)
    for j, off in enumerate(offsets):
        onehot[off + rows[:, j], np.arange(len(rows))] = True
    return np.packbits(onehot, axis=1)


def prime_implicants_covering(on, off, noflevels, min_covered: int, *, max_terms: int = 200_000) -> np.ndarray:
    """Every open-world prime implicant that covers at least `min_covered` of the `on` configurations.

    Level-wise (Apriori) search over conjunctions: adding a literal never covers more configurations, so
    only conjunctions covering enough `on` rows and still covering some `off` row are extended; a
    conjunction covering no `off` row whose shorter sub-conjunctions all cover one is prime. Same encoding
    and order as `prime_implicants`; raises QCAComplexityError past `max_terms` open conjunctions."""
    noflevels = np.asarray(noflevels, dtype=np.int64).reshape(-1)
    k = len(noflevels)
    dtype = np.int8 if k == 0 or noflevels.max() < 127 else np.int32
    on = np.unique(_as_rows(on, k, "on"), axis=0)
    off = np.unique(_as_rows(off, k, "off"), axis=0)
    if len(on) == 0 or min_covered > len(on):
        return np.zeros((0, k), dtype=dtype)
    if len(off) == 0:
        return np.zeros((1, k), dtype=dtype)  # the empty conjunction: everything
    cond_of = np.repeat(np.arange(k), noflevels)
    value_of = np.concatenate([np.arange(n) for n in noflevels])
    lit_on, lit_off = _literal_bits(on, noflevels), _literal_bits(off, noflevels)
    primes: list[tuple[int, ...]] = []
    frontier: dict[tuple[int, ...], tuple[np.ndarray, np.ndarray]] = {}
    for lit in range(len(cond_of)):
        if int(np.bitwise_count(lit_on[lit]).sum()) < min_covered:
            continue
        if not lit_off[lit].any():
            primes.append((lit,))
        else:
            frontier[(lit,)] = (lit_on[lit], lit_off[lit])
    while frontier:
        by_prefix: dict[tuple[int, ...], list[tuple[int, ...]]] = {}
        for t in sorted(frontier):
            by_prefix.setdefault(t[:-1], []).append(t)
        new: dict[tuple[int, ...], tuple[np.ndarray, np.ndarray]] = {}
        for group in by_prefix.values():
            for a in range(len(group)):
                ta = group[a]
                for b in range(a + 1, len(group)):
                    tb = group[b]
                    if cond_of[ta[-1]] == cond_of[tb[-1]]:
                        continue
                    cand = ta + (tb[-1],)
                    if any(cand[:i] + cand[i + 1:] not in frontier for i in range(len(cand) - 2)):
                        continue  # a shorter part covers too few rows, or is itself an implicant
                    c_on = frontier[ta][0] & frontier[tb][0]
                    if int(np.bitwise_count(c_on).sum()) < min_covered:
                        continue
                    c_off = frontier[ta][1] & frontier[tb][1]
                    if c_off.any():
                        new[cand] = (c_on, c_off)
                    else:
                        primes.append(cand)
            if len(new) > max_terms:
                raise QCAComplexityError(
                    f"more than {max_terms:,} conjunctions cover at least {min_covered} positive configurations "
                    f"({k} conditions); use fewer conditions or more observed cases")
        frontier = new
    terms = np.zeros((len(primes), k), dtype=dtype)
    for i, t in enumerate(primes):
        lits = np.asarray(t)
        terms[i, cond_of[lits]] = value_of[lits] + 1
    return sort_terms(terms, bool((noflevels > 2).any()))


def implicants_for_minimum_covers(on, off, noflevels, *, max_implicants: int = DEFAULT_MAX_IMPLICANTS,
                                  multivalue: bool | None = None, max_work: int | None = None) -> tuple[np.ndarray, int]:
    """The prime implicants (open world) that can belong to a minimum cover of `on`, and the coverage
    threshold that selected them: every minimal model is a minimum cover of `on` by these.

    Why it is exact: with M the most `on` rows any prime implicant covers and s an upper bound on the
    minimum (a greedy cover), each member of a minimum cover covers at least |on| - (s - 1) M rows, the
    rest being covered by the other s - 1 members. For tables with few, broad models this avoids
    generating millions of narrow prime implicants that cannot take part."""
    from analysis.qca._cover import _greedy

    noflevels = np.asarray(noflevels, dtype=np.int64).reshape(-1)
    mv = bool((noflevels > 2).any()) if multivalue is None else multivalue
    on = np.unique(_as_rows(on, len(noflevels), "on"), axis=0)
    m = len(on)
    if m == 0:
        return np.zeros((0, len(noflevels)), dtype=np.int8), 1

    def all_pis():
        return prime_implicants(on, off, noflevels, max_implicants=max_implicants, multivalue=mv, max_work=max_work)

    if off is None:
        raise QCAInputError("implicants_for_minimum_covers needs the negative configurations (open world)")
    t = max(1, m // 2)
    best = None
    while True:
        if t <= 1:
            return all_pis(), 1  # no useful bound: every prime implicant
        try:
            pis = sort_terms(prime_implicants_covering(on, off, noflevels, t, max_terms=_BOUND_TERMS), mv)
        except QCAComplexityError:
            return all_pis(), 1
        if len(pis):
            chart = implicant_chart(pis, on)
            counts = chart.sum(axis=1)
            most = int(counts.max())  # >= t, so it is the largest coverage of any prime implicant
            if chart.any(axis=0).all():
                size = _greedy(chart)
                best = size if best is None else min(best, size)
                need = m - (best - 1) * most
                if need >= t:
                    return pis[counts >= need], need
                t = max(1, need)
                continue
        t = t // 2
