"""The sums behind a fuzzy truth table's incl and PRI (ΣX, Σmin(X, Y), Σmin(X, Y, 1 - Y) of every case's membership
X in each observed row), compiled with numba for large tables: the memberships are computed a block of cases at a
time and summed while they are in the cache, instead of one pass over all cases for each step (minimum, copy,
three sums). What a membership costs so: truth_table.MEMBERSHIP_SECONDS.

The sums are numpy's to the bit: numpy sums a contiguous row of n values pairwise (numpy/_core/src/umath/
loops_utils.h.src, pairwise_sum): fewer than 8 values one after the other from 0; up to 128 (PW_BLOCKSIZE) in 8
running sums over every 8th value, joined as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the last
n mod 8 values one after the other; more, the first n2 = n/2 rounded down to a multiple of 8 and the rest, each
summed so, then added. `pairwise_plan(n)` gives those blocks of cases (the leaves) and the order of the additions;
the kernel sums each leaf as numpy does and joins the leaves in that order. Minima are exact in any order, so
min(x1, ..., xk) and min(min(X, Y), 1 - Y) = min(X, min(Y, 1 - Y)) are the same numbers whichever way they are
taken (no NaN here: prepare_data refuses missing memberships). tests/test_qca_truth_table.py checks the results
against the numpy path (truth_table._row_fit) on random data sets, byte for byte.
"""
from __future__ import annotations

import numpy as np

from ._compiled import fast

__all__ = ["pairwise_plan", "row_sums", "compiled_available"]

#: Rows of a chunk of the table at a time (its leaf sums, rows x leaves x 3, stay below about 32 MB).
_LEAF_SUM_BUDGET = 4_000_000


def compiled_available() -> bool:
    """Whether numba is there (without it the kernel would run as plain Python: the numpy path is faster)."""
    try:
        import numba  # noqa: F401
    except ImportError:  # pragma: no cover - numba is a declared dependency
        return False
    return True


def pairwise_plan(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """numpy's pairwise summation of n values as (leaf starts, leaf sizes, program): the program, read in order,
    pushes leaf i (i >= 0) or (-1) pops the right and the left sum and pushes left + right."""
    starts: list[int] = []
    sizes: list[int] = []
    program: list[int] = []

    def plan(lo: int, m: int) -> None:
        if m <= 128:
            program.append(len(starts))
            starts.append(lo)
            sizes.append(m)
            return
        half = m // 2
        half -= half % 8
        plan(lo, half)
        plan(lo + half, m - half)
        program.append(-1)

    plan(0, int(n))
    return (np.array(starts, dtype=np.int64), np.array(sizes, dtype=np.int64), np.array(program, dtype=np.int64))


def _leaf_sums(L, lit, y, amb, starts, sizes, out):
    """out[r, b] = (ΣX, Σmin(X, Y), Σmin(X, amb)) over the cases of leaf b, X the memberships in row r: the minimum
    of the literal columns L[lit[r, j]] over the conditions j, the minima over the first j conditions shared with
    the row before when it begins the same way. Each leaf summed as numpy sums at most 128 values."""
    n_rows, k = lit.shape
    m_max = 1
    for b in range(starts.shape[0]):
        m_max = max(m_max, sizes[b])
    prefix = np.empty((k + 1, m_max))
    for b in range(starts.shape[0]):
        s = starts[b]
        m = sizes[b]
        for i in range(m):
            prefix[0, i] = 1.0
        for r in range(n_rows):
            same = 0
            if r > 0:
                while same < k and lit[r, same] == lit[r - 1, same]:
                    same += 1
            for j in range(same, k):   # numpy's loop (one call a condition): 30% less time than a loop here
                np.minimum(prefix[j, :m], L[lit[r, j], s:s + m], prefix[j + 1, :m])
            if m < 8:
                t0 = 0.0
                t1 = 0.0
                t2 = 0.0
                for i in range(m):
                    x = prefix[k, i]
                    yy = y[s + i]
                    aa = amb[s + i]
                    t0 += x
                    t1 += min(x, yy)
                    t2 += min(x, aa)
            else:   # 8 running sums of each quantity, in scalars (registers)
                x = prefix[k, 0]
                a0 = x
                b0 = min(x, y[s + 0])
                c0 = min(x, amb[s + 0])
                x = prefix[k, 1]
                a1 = x
                b1 = min(x, y[s + 1])
                c1 = min(x, amb[s + 1])
                x = prefix[k, 2]
                a2 = x
                b2 = min(x, y[s + 2])
                c2 = min(x, amb[s + 2])
                x = prefix[k, 3]
                a3 = x
                b3 = min(x, y[s + 3])
                c3 = min(x, amb[s + 3])
                x = prefix[k, 4]
                a4 = x
                b4 = min(x, y[s + 4])
                c4 = min(x, amb[s + 4])
                x = prefix[k, 5]
                a5 = x
                b5 = min(x, y[s + 5])
                c5 = min(x, amb[s + 5])
                x = prefix[k, 6]
                a6 = x
                b6 = min(x, y[s + 6])
                c6 = min(x, amb[s + 6])
                x = prefix[k, 7]
                a7 = x
                b7 = min(x, y[s + 7])
                c7 = min(x, amb[s + 7])
                top = m - m % 8
                i = 8
                while i < top:
                    x = prefix[k, i + 0]
                    a0 += x
                    b0 += min(x, y[s + i + 0])
                    c0 += min(x, amb[s + i + 0])
                    x = prefix[k, i + 1]
                    a1 += x
                    b1 += min(x, y[s + i + 1])
                    c1 += min(x, amb[s + i + 1])
                    x = prefix[k, i + 2]
                    a2 += x
                    b2 += min(x, y[s + i + 2])
                    c2 += min(x, amb[s + i + 2])
                    x = prefix[k, i + 3]
                    a3 += x
                    b3 += min(x, y[s + i + 3])
                    c3 += min(x, amb[s + i + 3])
                    x = prefix[k, i + 4]
                    a4 += x
                    b4 += min(x, y[s + i + 4])
                    c4 += min(x, amb[s + i + 4])
                    x = prefix[k, i + 5]
                    a5 += x
                    b5 += min(x, y[s + i + 5])
                    c5 += min(x, amb[s + i + 5])
                    x = prefix[k, i + 6]
                    a6 += x
                    b6 += min(x, y[s + i + 6])
                    c6 += min(x, amb[s + i + 6])
                    x = prefix[k, i + 7]
                    a7 += x
                    b7 += min(x, y[s + i + 7])
                    c7 += min(x, amb[s + i + 7])
                    i += 8
                t0 = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7))
                t1 = ((b0 + b1) + (b2 + b3)) + ((b4 + b5) + (b6 + b7))
                t2 = ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7))
                while i < m:
                    x = prefix[k, i]
                    yy = y[s + i]
                    aa = amb[s + i]
                    t0 += x
                    t1 += min(x, yy)
                    t2 += min(x, aa)
                    i += 1
            out[r, b, 0] = t0
            out[r, b, 1] = t1
            out[r, b, 2] = t2


def _join(leaf, program, out, row0):
    """out[row0 + r] = the leaf sums of row r joined in the order of `program` (pairwise_plan)."""
    n_rows = leaf.shape[0]
    depth = program.shape[0]
    stack = np.empty((depth, 3))
    for r in range(n_rows):
        top = 0
        for p in range(depth):
            op = program[p]
            if op >= 0:
                for t in range(3):
                    stack[top, t] = leaf[r, op, t]
                top += 1
            else:
                for t in range(3):
                    stack[top - 2, t] = stack[top - 2, t] + stack[top - 1, t]
                top -= 1
        for t in range(3):
            out[row0 + r, t] = stack[0, t]


def row_sums(X: np.ndarray, y: np.ndarray, configs: np.ndarray, multi) -> np.ndarray:
    """(rows x 3): ΣX, Σmin(X, Y) and Σmin(X, Y, 1 - Y) of every case's membership X in each configuration (x or
    1 - x of a fuzzy or crisp condition, [x == v] of a multi-value one), as numpy's sums of those memberships
    (truth_table._row_fit) give them, to the bit. Compiled: call it for large tables only."""
    X = np.asarray(X, dtype=float)
    y = np.ascontiguousarray(y, dtype=float)
    n, k = X.shape
    configs = np.asarray(configs, dtype=np.int64).reshape(-1, k)
    # one literal column per (condition, value): fuzzy and crisp 1 - x and x, multi-value [x == v]
    offsets, columns = [], []
    for j in range(k):
        offsets.append(len(columns))
        x = X[:, j]
        if multi[j]:
            columns.extend((x == v).astype(float) for v in range(int(configs[:, j].max()) + 1))
        else:
            columns.extend((1.0 - x, np.ascontiguousarray(x)))
    L = np.ascontiguousarray(np.vstack(columns))
    lit = np.ascontiguousarray(configs + np.array(offsets, dtype=np.int64)[None, :])
    amb = np.minimum(y, 1.0 - y)
    starts, sizes, program = pairwise_plan(n)
    out = np.empty((len(configs), 3))
    chunk = max(1, _LEAF_SUM_BUDGET // (3 * len(starts)))
    leaf_sums, join = fast(_leaf_sums), fast(_join)
    for r0 in range(0, len(configs), chunk):
        part = lit[r0:r0 + chunk]
        leaf = np.empty((len(part), len(starts), 3))
        leaf_sums(L, part, y, amb, starts, sizes, leaf)
        join(leaf, program, out, r0)
    return out
