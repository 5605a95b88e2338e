"""Independent checks of a minimisation answer, for the benchmark (not used by the engine).

`check_models`: every listed model is made of prime implicants (open world: no literal can be dropped without
covering a negative row, and none covers one; closed world: the implicant's cube holds only positive rows and
no literal can be dropped), is irredundant (no term can be dropped), covers every positive row, has the
reported minimum size, and the models are distinct.

`independent_minimum`: for small crisp problems (k <= 10), every prime implicant by brute force over all 3^k
terms, then the minimum cover size and every minimum cover by OR-Tools CP-SAT (optional dependency: the check
is skipped when `ortools` is not installed), compared with the engine's count, size and first listed models.
"""
from __future__ import annotations

import itertools

import numpy as np


def _bits(rows: np.ndarray) -> np.ndarray:
    k = rows.shape[1]
    return (rows.astype(np.int64) << np.arange(k, dtype=np.int64)).sum(axis=1) if len(rows) else np.zeros(0, np.int64)


def _covers(term: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Rows (configurations) inside an encoded term (0 = absent, v + 1 = value v); plain numpy, any levels."""
    term = np.asarray(term)
    return np.all((term == 0) | (rows + 1 == term), axis=1) if len(rows) else np.zeros(0, bool)


def _is_implicant(term, on, off, noflevels, closed: bool, on_set) -> bool:
    if not closed:
        return not _covers(term, off).any()
    cube = itertools.product(*[range(n) if t == 0 else [t - 1] for t, n in zip(term, noflevels)])
    return all(c in on_set for c in cube)


def check_models(tt, sol, include: str) -> dict:
    """Prime, irredundant, covering, minimum size, distinct: each True/False (models as listed)."""
    pos = ("1", "C") if "C" in include else ("1",)
    on = tt.configs_with(pos)
    off = tt.configs_with(("0",) if "C" in include else ("0", "C"))
    nl = list(tt.noflevels)
    closed = "?" not in include
    on_set = {tuple(int(v) for v in r) for r in on}
    if closed and sum(float(np.prod([n for t, n in zip(term, nl) if t == 0])) for m in sol.models
                      for term in m.implicants) > 2e6:
        closed_ok = None  # cubes too large to expand here
    else:
        closed_ok = True
    prime = irredundant = covering = True
    seen = set()
    for m in sol.models:
        imp = np.asarray(m.implicants, dtype=np.int64)
        cov = np.array([_covers(t, on) for t in imp]).reshape(len(imp), len(on))
        covering &= bool(cov.any(axis=0).all())
        for i in range(len(imp)):
            irredundant &= not bool(np.delete(cov, i, axis=0).any(axis=0).all())
            t = imp[i]
            if closed and closed_ok is None:
                continue
            prime &= _is_implicant(t, on, off, nl, closed, on_set)
            for j in np.flatnonzero(t):
                u = t.copy()
                u[j] = 0
                if _is_implicant(u, on, off, nl, closed, on_set):
                    prime = False
        seen.add(frozenset(m.terms))
    sizes = {len(m.terms) for m in sol.models}
    return {"prime": prime if closed_ok is not None else None, "irredundant": irredundant, "covering": covering,
            "same_size": sizes == {sol.model_size} if sol.model_size is not None else len(sizes) == 1,
            "distinct": len(seen) == len(sol.models)}


def brute_prime_implicants(on, off, k: int, closed: bool) -> np.ndarray:
    """Every prime implicant of crisp data by checking all 3^k terms (k <= 10), as encoded terms."""
    terms = np.array(list(itertools.product(range(3), repeat=k)), dtype=np.int64)
    mask = _bits(terms != 0)
    val = _bits(terms == 2)
    on_b, off_b = _bits(on), _bits(off)
    covers_on = ((on_b[None, :] ^ val[:, None]) & mask[:, None]) == 0
    if closed:
        n_in = covers_on.sum(axis=1)
        implicant = n_in == (1 << (k - (terms != 0).sum(axis=1)))
    else:
        implicant = ~((((off_b[None, :] ^ val[:, None]) & mask[:, None]) == 0).any(axis=1)) if len(off) else \
            np.ones(len(terms), bool)
    implicant &= covers_on.any(axis=1)
    key = {(int(a), int(b)): i for i, (a, b) in enumerate(zip(mask, val))}
    ok = implicant.copy()
    for i in np.flatnonzero(implicant):
        mk, v = int(mask[i]), int(val[i])
        x = mk
        while x:
            b = x & -x
            x ^= b
            j = key[(mk ^ b, v & ~b)]
            if implicant[j]:
                ok[i] = False
                break
    return terms[ok]


def independent_minimum(tt, sol, include: str, limit: int = 20_000, seconds: float = 30.0) -> dict:
    """Minimum size, number of minimum covers and the first models by an independent method (brute-force prime
    implicants + CP-SAT), compared with the engine. Returns {'status': ..., 'agrees': bool | None, ...}."""
    try:
        from ortools.sat.python import cp_model
    except ImportError:
        return {"status": "skipped (ortools not installed)", "agrees": None}
    k = tt.data.k
    if k > 10 or any(n != 2 for n in tt.noflevels):
        return {"status": "skipped (only crisp problems with at most 10 conditions)", "agrees": None}
    pos = ("1", "C") if "C" in include else ("1",)
    on = tt.configs_with(pos)
    off = tt.configs_with(("0",) if "C" in include else ("0", "C"))
    pis = brute_prime_implicants(on, off, k, "?" not in include)
    chart = np.array([_covers(t, on) for t in pis]).reshape(len(pis), len(on))

    def solve(size=None):
        model = cp_model.CpModel()
        x = [model.NewBoolVar(f"x{i}") for i in range(len(pis))]
        for j in range(len(on)):
            model.AddBoolOr([x[i] for i in np.flatnonzero(chart[:, j])])
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = 1
        if size is None:
            model.Minimize(sum(x))
            st = solver.Solve(model)
            return (int(solver.ObjectiveValue()) if st == cp_model.OPTIMAL else None), None
        model.Add(sum(x) == size)
        solver.parameters.enumerate_all_solutions = True
        found = []

        class Collect(cp_model.CpSolverSolutionCallback):
            def on_solution_callback(self):
                found.append(frozenset(i for i in range(len(x)) if self.Value(x[i])))
                if len(found) > limit:
                    self.StopSearch()

        st = solver.Solve(model, Collect())
        return st == cp_model.OPTIMAL, found

    size, _ = solve()
    if size is None:
        return {"status": "CP-SAT: no proven optimum within the time limit", "agrees": None}
    complete, covers = solve(size)
    if not complete or len(covers) > limit:
        return {"status": f"CP-SAT: more than {limit:,} minimum covers or time limit; size only", "size": size,
                "agrees": size == sol.model_size}
    from analysis.qca.expressions import format_term
    names = [format_term(t, tt.conditions) for t in pis]
    theirs = {frozenset(names[i] for i in c) for c in covers}
    ours = {frozenset(m.terms) for m in sol.models}
    counted = len(theirs) == sol.n_models if sol.n_models_exact else len(theirs) >= sol.n_models  # a lower bound
    agrees = size == sol.model_size and counted and ours <= theirs
    return {"status": "checked with CP-SAT", "size": size, "count": len(theirs), "agrees": bool(agrees)}
