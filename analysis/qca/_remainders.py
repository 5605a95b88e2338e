"""Remainders (unobserved truth table rows) inside unions of implicants: listed by expanding the implicants'
cubes (never the whole table) within a budget, and counted without listing.

A model's simplifying assumptions are the remainders inside its terms (Ragin 2008). Counting: on tables
of up to 2**16 rows, the union of the terms' remainders as bitsets (a term's bits are computed once and shared by
the models holding it); on tables of up to 2**22 rows, a union of more than 12 terms is marked on the table's grid
(a term's cube is a slice of it: no configuration is listed); otherwise the rows of a union of cubes by
inclusion-exclusion over the terms (the intersection of two terms is a term, or empty), minus the observed rows the
union holds.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ._implicants import implicant_chart, sorted_unique
from .expressions import format_term
from .truth_table import TruthTable, _weights, configs_of_rows, row_numbers

#: Steps of inclusion-exclusion spent at most to count the rows of one union of terms (beyond: not counted).
COUNT_BUDGET = 200_000
_EXPAND_FIRST = 1 << 12  # cubes this small are counted by expansion (unless few terms)
_IE_BUDGET = 20_000
_BITSET_MAX = 1 << 16  # a model's remainders are counted as bitsets on tables with at most this many rows
_GRID_MAX = 1 << 22  # a union of many terms is marked on the grid of tables with at most this many rows
_GRID_TERMS = 12  # ... when it has more terms than this (inclusion-exclusion over fewer takes < 2**12 steps)


def cube(implicant, noflevels) -> list[list[int]]:
    """The values each condition takes inside an encoded implicant."""
    return [list(range(int(n))) if int(v) == 0 else [int(v) - 1] for v, n in zip(implicant, noflevels)]


def cube_configs(cb: list[list[int]]) -> np.ndarray:
    shape = [len(a) for a in cb]
    grid = np.indices(shape).reshape(len(shape), -1).T
    return np.column_stack([np.asarray(a, dtype=np.int64)[grid[:, j]] for j, a in enumerate(cb)])


def remainder_ids(cb: list[list[int]], tt: TruthTable, observed: set[int] | None = None) -> np.ndarray:
    """Row numbers of the remainders (rows not observed) inside one cube, sorted (int64, or object for huge k).
    observed: tt.observed_rows, when the caller already has it (it is recomputed from tt.rows on every call: with
    thousands of cubes, as the (C, P) pairs of an intermediate solution, that was most of the time)."""
    if math.prod(len(a) for a in cb) == 0:
        return np.zeros(0, dtype=np.int64)
    cfg = cube_configs(cb)
    observed = set(tt.observed_rows) if observed is None else observed   # a plain set: iterated unsorted below
    if tt.n_configurations < 2**62:
        ids = cfg @ np.array(_weights(tt.noflevels), dtype=np.int64) + 1
        return np.setdiff1d(ids, np.fromiter(observed, dtype=np.int64, count=len(observed)))
    return np.array(sorted(r for r in set(row_numbers(cfg, tt.noflevels)) if r not in observed), dtype=object)


def rows_frame(ids: np.ndarray, tt: TruthTable) -> pd.DataFrame:
    """Configurations of row numbers as a frame indexed by row number."""
    big = ids.dtype == object
    return pd.DataFrame(configs_of_rows(ids, tt.noflevels), columns=list(tt.conditions),
                        index=pd.Index(ids, name="row", dtype=object if big else "int64"))


def union_ids(parts: list[np.ndarray]) -> np.ndarray:
    if not parts:
        return np.zeros(0, dtype=np.int64)
    if any(p.dtype == object for p in parts):
        return np.array(sorted(set().union(*(set(p.tolist()) for p in parts))), dtype=object)
    return sorted_unique(np.concatenate(parts))


def expand(cubes: list[list[list[int]]], tt: TruthTable, limit: int, cache: dict | None = None) -> pd.DataFrame | None:
    """Remainder configurations (not observed rows) inside a union of cubes; None if more than `limit` to expand.
    cache: a dict kept by the caller across calls on the same table (each cube's remainders are kept in it)."""
    if sum(math.prod(len(a) for a in c) for c in cubes) > limit:
        return None
    cache = {} if cache is None else cache
    parts = []
    for c in cubes:
        key = ("remainders",) + tuple(tuple(vals) for vals in c)
        if key not in cache:
            cache[key] = remainder_ids(c, tt, observed_rows(tt, cache))
        parts.append(cache[key])
    return rows_frame(union_ids(parts), tt)


def observed_rows(tt: TruthTable, cache: dict) -> set[int]:
    """tt.observed_rows, read once per `cache` (the property reads the table's rows afresh on each use), as a plain
    set: remainder_ids reads it once per cube, and a RowNumbers is sorted each time it is iterated."""
    if "observed_rows" not in cache:
        cache["observed_rows"] = set(tt.observed_rows)
    return cache["observed_rows"]


def _observed_configs(tt: TruthTable) -> np.ndarray:
    return tt.configs[tt.out_mask(["1", "0", "C"])]


def _cube_slices(t, noflevels) -> tuple:
    """An encoded term's cube as an index of the table's grid (shape noflevels, row r at flat position r - 1, the
    first condition most significant, as row_numbers numbers them): a free condition's every value, a literal's
    one value."""
    return tuple(slice(None) if int(v) == 0 else int(v) - 1 for v, n in zip(t, noflevels))


def _grid_union(terms, noflevels, observed: np.ndarray) -> np.ndarray:
    """The remainders inside a union of encoded terms as a flat boolean mask over the table's rows: each cube
    marked as a slice of the grid (work in C: the table's rows plus the cubes' configurations), the observed row
    numbers (`observed`, 1-based) cleared."""
    grid = np.zeros(tuple(int(n) for n in noflevels), dtype=bool)
    for t in terms:
        grid[_cube_slices(t, noflevels)] = True
    flat = grid.reshape(-1)
    flat[observed - 1] = False
    return flat


def _conflicts(terms: np.ndarray, noflevels) -> list[list[int]]:
    """conflicts[j][v]: the terms fixing condition j at another value than v, as the bits of an int (bit i: term i):
    a cube holding condition j at v meets none of them."""
    out = []
    for j, n in enumerate(noflevels):
        col = terms[:, j]
        out.append([int.from_bytes(np.packbits((col != 0) & (col != v + 1), bitorder="little").tobytes(), "little")
                    for v in range(int(n))])
    return out


def union_size(terms: np.ndarray, noflevels, budget: int = COUNT_BUDGET) -> int | None:
    """Number of configurations in a union of encoded terms, by inclusion-exclusion (depth-first over the
    non-empty intersections); None if that takes more than `budget` steps (one a non-empty intersection).

    The terms an intersection meets are kept as bits (those of its parent, less the terms conflicting with the
    conditions the new term fixes), so a step finds its next term without comparing it with every later one: the
    work of a step is bounded by the terms' number / 64 words and the budget bounds the whole (the empty
    intersections were each compared in Python, uncounted: 3,000 pairwise disjoint terms on 24 conditions took
    2.7 s of CPU within 3,000 steps, growing with the square of the terms)."""
    nl = [int(n) for n in noflevels]
    encoded = np.asarray(terms, dtype=np.int64).reshape(-1, len(nl))
    terms = [tuple(int(v) for v in t) for t in encoded]
    conflicts = _conflicts(encoded, nl)
    steps = 0
    total = 0

    def size(t):
        return math.prod(n for n, v in zip(nl, t) if v == 0)

    def rec(start: int, inter: tuple, sign: int, meets: int) -> bool:  # plain tuples: terms are short
        nonlocal steps, total
        todo = meets >> start << start   # the later terms this intersection meets, in order
        while todo:
            low = todo & -todo
            todo ^= low
            i = low.bit_length() - 1
            t = terms[i]
            steps += 1
            if steps > budget:
                return False
            child_meets = meets
            for j, (a, b) in enumerate(zip(inter, t)):
                if b and not a:
                    child_meets &= ~conflicts[j][b - 1]
            nxt = tuple(a or b for a, b in zip(inter, t))
            total += sign * size(nxt)
            if not rec(i + 1, nxt, -sign, child_meets):
                return False
        return True

    if not rec(0, (0,) * len(nl), 1, (1 << len(terms)) - 1):
        return None
    return total


def _key(t) -> tuple[int, ...]:
    """A term (a numpy row or a sequence of ints) as a tuple of Python ints, for cache keys."""
    return tuple(t.tolist()) if isinstance(t, np.ndarray) else tuple(int(v) for v in t)


class Remainders:
    """The remainders inside a union of encoded terms (a model's simplifying assumptions), listed on first use
    when the cubes hold at most `limit` configurations, and counted without listing (per term and in all)."""

    def __init__(self, tt: TruthTable, terms: np.ndarray, limit: int, cache: dict | None = None):
        self.tt = tt
        self.terms = np.asarray(terms).reshape(-1, tt.data.k)
        self._keys = [tuple(t) for t in self.terms.tolist()]  # each term as a tuple of ints: the caches' keys
        self.limit = limit
        self._cache = {} if cache is None else cache  # shared between models: implicant -> remainder ids
        self._frame: object = False
        self._n_configs: int | None = None
        self._union_bits: object = False

    def _size(self) -> int:
        """Configurations in the terms' cubes, counted with repeats."""
        if self._n_configs is None:
            nl = self.tt.noflevels
            self._n_configs = sum(math.prod(int(n) if v == 0 else 1 for v, n in zip(t, nl)) for t in self._keys)
        return self._n_configs

    def _ids(self, t) -> np.ndarray:
        key = ("ids",) + _key(t)
        if key not in self._cache:
            self._cache[key] = remainder_ids(cube(t, self.tt.noflevels), self.tt, observed_rows(self.tt, self._cache))
        return self._cache[key]

    @property
    def frame(self) -> pd.DataFrame | None:
        if self._frame is False:
            self._frame = None if self._size() > self.limit else rows_frame(self._union_ids(), self.tt)
        return None if self._frame is None else self._frame.copy(deep=False)   # the user's own (copy-on-write)

    def _observed_ids(self) -> np.ndarray:
        """The observed rows' numbers as an int64 array, read once per solution."""
        if "observed_ids" not in self._cache:
            obs = observed_rows(self.tt, self._cache)
            self._cache["observed_ids"] = np.fromiter(obs, dtype=np.int64, count=len(obs))
        return self._cache["observed_ids"]

    def _bits(self) -> np.ndarray | None:
        """The remainders inside the terms as packed bits over the table's rows (bit r - 1: row r), each term's
        bits computed once per solution from its cube's slice of the table's grid (a cube of 2**14 rows was listed
        configuration by configuration, and larger cubes were counted by inclusion-exclusion or listed per model:
        0.4-0.9 s per model of 60-150 terms on 16 conditions); None when the table is too large for it."""
        if self._union_bits is not False:
            return self._union_bits
        self._union_bits = None
        if self.tt.n_configurations > _BITSET_MAX:
            return None
        masks = []
        for t in self.terms:
            key = ("bits",) + _key(t)
            if key not in self._cache:
                self._cache[key] = np.packbits(_grid_union([t], self.tt.noflevels, self._observed_ids()))
            masks.append(self._cache[key])
        self._union_bits = np.bitwise_or.reduce(masks) if masks else np.zeros(0, dtype=np.uint8)
        return self._union_bits

    def _observed(self) -> np.ndarray:
        if "observed" not in self._cache:  # shared by every model of a solution
            self._cache["observed"] = _observed_configs(self.tt)
        return self._cache["observed"]

    def _term_count(self, t) -> int:
        key = ("n",) + _key(t)
        if key not in self._cache:
            obs = int(implicant_chart(np.asarray([t]), self._observed())[0].sum())
            self._cache[key] = math.prod(int(n) for n, v in zip(self.tt.noflevels, t) if v == 0) - obs
        return self._cache[key]

    @property
    def n_rows(self) -> int | None:
        """Number of remainders inside the terms: as bits over the table's rows when the table has at most
        _BITSET_MAX rows (each term's bits shared by all models); marked on the table's grid when it has at most
        _GRID_MAX rows and the terms are more than _GRID_TERMS; otherwise by expansion when the cubes are small, or
        by inclusion-exclusion minus the observed rows inside (None if neither fits its budget)."""
        key = ("union",) + tuple(self._keys)
        if key in self._cache:
            return self._cache[key]
        size = self._size()
        bits = self._bits()
        n = None if bits is None else int(np.bitwise_count(bits).sum())
        if n is None and self.tt.n_configurations <= _GRID_MAX and len(self.terms) > _GRID_TERMS:
            n = int(np.count_nonzero(_grid_union(self._keys, self.tt.noflevels, self._observed_ids())))
        if n is None and (size > _EXPAND_FIRST or len(self.terms) <= 12):
            total = union_size(self.terms, self.tt.noflevels, _IE_BUDGET)
            if total is not None:
                inside = int(implicant_chart(self.terms, self._observed()).any(axis=0).sum())
                n = total - inside
        if n is None and size <= self.limit:
            n = len(union_ids([self._ids(t) for t in self.terms]))
        self._cache[key] = n
        return n

    def _union_ids(self) -> np.ndarray:
        """The remainders inside the terms, sorted row numbers: read from the bits or the grid where they apply,
        else each cube's listed (the callers check the cubes' size against `limit` first)."""
        bits = self._bits()
        if bits is not None:
            return np.flatnonzero(np.unpackbits(bits, count=self.tt.n_configurations)) + 1
        if self.tt.n_configurations <= _GRID_MAX:
            return np.flatnonzero(_grid_union(self._keys, self.tt.noflevels, self._observed_ids())) + 1
        return union_ids([self._ids(t) for t in self.terms])

    def to_dict(self, rows_limit: int) -> dict:
        n = self.n_rows
        rows = None
        if n is not None and n <= rows_limit and self._size() <= self.limit:
            rows = [int(r) for r in self._union_ids().tolist()]
        return {"n_rows": n, "cubes": [self._cube_record(t) for t in self.terms], "rows": rows}

    def _cube_record(self, t) -> dict:
        key = ("cube",) + _key(t)
        if key not in self._cache:  # shared by every model holding the term
            self._cache[key] = {"term": format_term(t, self.tt.conditions, self.tt.data.multivalue),
                                "n_rows": self._term_count(t)}
        return dict(self._cache[key])


class NoRemainders:
    """A conservative model's simplifying assumptions: none."""

    def __init__(self, tt: TruthTable):
        self.tt = tt

    @property
    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(np.zeros((0, self.tt.data.k), dtype=np.int64), columns=list(self.tt.conditions),
                            index=pd.Index([], name="row", dtype="int64"))

    n_rows = 0

    def to_dict(self, rows_limit: int) -> dict:
        return {"n_rows": 0, "cubes": [], "rows": []}
