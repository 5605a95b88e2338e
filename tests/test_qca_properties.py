"""Properties of minimisation on small random crisp data sets, checked against brute force over every term.

For 2-6 conditions every term (3**k of them) can be examined: the prime implicants in the chart must be exactly
the brute-force ones, every model must cover every positive row and no negative one (nor, in the conservative
solution, any remainder), no cover with fewer prime implicants may exist, and every minimum cover is reported.
"""
from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analysis.qca import minimize, truth_table
from analysis.qca.expressions import format_term

pytestmark = pytest.mark.filterwarnings("ignore::analysis.qca.data.QCAWarning")  # constant columns are fine here

SUBSET_ORACLE_LIMIT = 300_000  # subsets examined at most by the brute-force minimum-cover oracle


@st.composite
def crisp_data(draw):
    """Distinct configurations, each with 1-2 cases sharing one outcome value; at least one positive row."""
    k = draw(st.integers(2, 6))
    space = list(itertools.product([0, 1], repeat=k))
    idx = draw(st.lists(st.integers(0, len(space) - 1), min_size=1, max_size=min(14, len(space)), unique=True))
    outs = draw(st.lists(st.booleans(), min_size=len(idx), max_size=len(idx)))
    outs[0] = True
    reps = draw(st.lists(st.integers(1, 2), min_size=len(idx), max_size=len(idx)))
    rows = []
    for i, o, r in zip(idx, outs, reps):
        rows += [list(space[i]) + [int(o)]] * r
    df = pd.DataFrame(rows, columns=[f"C{j}" for j in range(k)] + ["Y"])
    df.index = [f"c{i}" for i in range(len(df))]
    return df


def expansion(term):
    return set(itertools.product(*[(0, 1) if t == 0 else (t - 1,) for t in term]))


def brute_primes(k, on, off, closed):
    def implicant(t):
        cells = expansion(t)
        return cells <= on if closed else not (cells & off)

    out = set()
    for t in itertools.product(range(3), repeat=k):
        if not (expansion(t) & on) or not implicant(t):
            continue
        if any(implicant(t[:j] + (0,) + t[j + 1:]) for j in range(k) if t[j]):
            continue
        out.add(t)
    return out


def brute_min_covers(primes, on):
    """All minimum-cardinality covers of `on` by `primes` (None if the search would be too large)."""
    primes = sorted(primes)
    on = sorted(on)
    masks = [sum(1 << i for i, c in enumerate(on) if c in expansion(p)) for p in primes]
    full = (1 << len(on)) - 1
    for size in range(1, len(primes) + 1):
        if math.comb(len(primes), size) > SUBSET_ORACLE_LIMIT:
            return None
        found = []
        for combo in itertools.combinations(range(len(primes)), size):
            acc = 0
            for i in combo:
                acc |= masks[i]
            if acc == full:
                found.append(frozenset(primes[i] for i in combo))
        if found:
            return set(found)
    return set()


def solution_sets(models):
    return {frozenset(tuple(int(v) for v in t) for t in m.implicants) for m in models}


def problem(df, remainders: bool = True):
    """The truth table, k, and the positive and negative configurations. A table with no negative row is left
    out (hypothesis.assume) where the tautology would follow: with remainders (`remainders`), or when every
    configuration is positive; minimize() refuses those as R does (tested in test_qca_minimize)."""
    tt = truth_table(df, "Y")
    k = tt.data.k
    on = {tuple(int(v) for v in c) for c in tt.configs_with(["1"])}
    off = {tuple(int(v) for v in c) for c in tt.configs_with(["0"])}
    assume(off or (not remainders and len(on) < 2 ** k))
    return tt, k, on, off


def check_solution(sol, tt, k, on, off, closed):
    names = {format_term(p, tt.conditions) for p in brute_primes(k, on, off, closed)}
    assert set(sol.prime_implicants) == names
    for m in sol.models:
        cells = set().union(*(expansion(tuple(int(v) for v in t)) for t in m.implicants))
        assert on <= cells                     # covers every positive row
        assert not cells & off                 # covers no negative row
        if closed:
            assert cells <= on                 # the conservative solution assumes no remainder
        for t in m.term_fit["term"]:
            assert t in names                  # every term is a prime implicant
    sizes = {len(m.terms) for m in sol.models}
    assert len(sizes) == 1
    oracle = brute_min_covers(brute_primes(k, on, off, closed), on)
    if oracle is not None:
        assert solution_sets(sol.models) == oracle   # minimum size and every minimum cover
    return sizes.pop()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crisp_data())
def test_conservative_solution_is_exact(df):
    tt, k, on, off = problem(df, remainders=False)
    check_solution(minimize(tt), tt, k, on, off, closed=True)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crisp_data())
def test_parsimonious_solution_is_exact(df):
    tt, k, on, off = problem(df)
    sol = minimize(tt, "?")
    check_solution(sol, tt, k, on, off, closed=False)
    observed = on | off
    for m in sol.models:  # simplifying assumptions = remainders inside the model
        cells = set().union(*(expansion(tuple(int(v) for v in t)) for t in m.implicants))
        listed = {tuple(int(v) for v in row) for row in m.simplifying_assumptions.to_numpy()}
        assert listed == cells - observed


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crisp_data(), st.data())
def test_intermediate_solution_is_exact(df, data):
    tt, k, on, off = problem(df)
    exp = data.draw(st.lists(st.sampled_from(["0", "1", "-"]), min_size=k, max_size=k))
    sol = minimize(tt, "?", dir_exp=",".join(exp))
    for name, pair in sol.intermediate.items():
        easy = {tuple(int(v) for v in r) for r in pair.easy_counterfactuals.to_numpy()}
        difficult = {tuple(int(v) for v in r) for r in pair.difficult_counterfactuals.to_numpy()}
        sa = {tuple(int(v) for v in r) for r in pair.parsimonious_model.simplifying_assumptions.to_numpy()}
        assert easy | difficult == sa and not easy & difficult
        universe = on | easy
        primes = {p for p in brute_primes(k, universe, set(), closed=True) if expansion(p) & on}
        assert {format_term(p, tt.conditions) for p in primes} == set(pair.prime_implicants)
        for m in pair.models:
            cells = set().union(*(expansion(tuple(int(v) for v in t)) for t in m.implicants))
            assert on <= cells <= universe
        oracle = brute_min_covers(primes, on)
        if oracle is not None:
            assert solution_sets(pair.models) == oracle


@settings(max_examples=60, deadline=None)
@given(crisp_data())
def test_fit_is_coherent(df):
    tt, _, _, _ = problem(df)
    for sol in (minimize(tt), minimize(tt, "?")):
        for m in sol.models:
            f = m.term_fit
            assert (f["inclS"] <= 1 + 1e-12).all() and (f["covS"] <= m.fit["covS"] + 1e-12).all()
            assert m.fit["inclS"] == 1.0          # crisp data, incl_cut = 1: every model is fully consistent
            if len(f) > 1:
                assert (f["covU"] <= f["covS"] + 1e-12).all() and (f["covU"] >= -1e-12).all()
            assert np.isfinite(m.fit["covS"])


@st.composite
def crisp_data_with_contradictions(draw):
    """Like crisp_data, but some configurations hold cases on both sides of the outcome (rows coded C with
    incl_cut = (1, 0.5)); at least one positive and one contradictory row."""
    k = draw(st.integers(2, 5))
    space = list(itertools.product([0, 1], repeat=k))
    idx = draw(st.lists(st.integers(0, len(space) - 1), min_size=2, max_size=min(12, len(space)), unique=True))
    kinds = draw(st.lists(st.sampled_from(["1", "0", "C"]), min_size=len(idx), max_size=len(idx)))
    kinds[0], kinds[1] = "1", "C"
    rows = []
    for i, kind in zip(idx, kinds):
        outs = {"1": [1], "0": [0], "C": [1, 0]}[kind]
        rows += [list(space[i]) + [o] for o in outs]
    df = pd.DataFrame(rows, columns=[f"C{j}" for j in range(k)] + ["Y"])
    df.index = [f"c{i}" for i in range(len(df))]
    return df


def widened(c, p, exp):
    """A complex term c inside a parsimonious term p, widened by crisp directional expectations (Ragin 2008): a
    literal of c is dropped when p has none on that condition and c's value is not the expected one."""
    return tuple(0 if cv and not pv and e != "-" and cv - 1 != int(e) else cv for cv, pv, e in zip(c, p, exp))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crisp_data_with_contradictions(), st.data())
def test_intermediate_solution_keeps_included_contradictions_as_dont_cares(df, data):
    """include='?,C': the contradictions inside the widened complex terms stay don't-cares of the intermediate
    minimisation, as they are of the conservative one, so every complex term within the pair's parsimonious model
    lies inside one of the pair's prime implicants (before, the intermediate solution could be A*B where the
    conservative one was A and A*~B a contradiction)."""
    tt = truth_table(df, "Y", incl_cut=(1, 0.5))
    k = tt.data.k
    on = {tuple(int(v) for v in c) for c in tt.configs_with(["1"])}
    contra = {tuple(int(v) for v in c) for c in tt.configs_with(["C"])}
    assume(tt.configs_with(["0"]).size and contra)
    exp = data.draw(st.lists(st.sampled_from(["0", "1", "-"]), min_size=k, max_size=k))
    sol = minimize(tt, "?,C", dir_exp=",".join(exp))
    for pair in sol.intermediate.values():
        cubes = [widened(tuple(int(v) for v in c), tuple(int(v) for v in p), exp)
                 for c in pair.complex_model.implicants for p in pair.parsimonious_model.implicants
                 if all(pv in (0, cv) for pv, cv in zip(p, c))]
        inside = {x for x in contra if any(x in expansion(cb) for cb in cubes)}
        listed = {tuple(int(v) for v in r) for r in pair.included_contradictions.to_numpy()}
        assert listed == inside
        easy = {tuple(int(v) for v in r) for r in pair.easy_counterfactuals.to_numpy()}
        universe = on | easy | inside
        primes = {p for p in brute_primes(k, universe, set(), closed=True) if expansion(p) & on}
        assert {format_term(p, tt.conditions) for p in primes} == set(pair.prime_implicants)
        for c in pair.complex_model.implicants:
            c = tuple(int(v) for v in c)
            if any(all(pv in (0, cv) for pv, cv in zip(p, c)) for p in pair.parsimonious_model.implicants):
                assert any(expansion(c) <= expansion(p) for p in primes), (c, primes)
        oracle = brute_min_covers(primes, on)
        if oracle is not None:
            assert solution_sets(pair.models) == oracle


def test_intermediate_solution_with_an_included_contradiction_is_not_narrower_than_the_conservative():
    """The audit's example: conservative A (A*~B a contradiction, included), parsimonious A | B, expectations
    A=1, B=1: the C1P1 intermediate solution is A, as in R (it was A*B)."""
    df = pd.DataFrame({"A": [1, 1, 1, 0], "B": [1, 0, 0, 0], "Y": [1, 1, 0, 0]}, index=list("abcd"))
    sol = minimize(truth_table(df, "Y", incl_cut=(1, 0.5)), include="?,C", dir_exp="1,1")
    assert [m.expression for m in sol.conservative.models] == ["A"]
    pair = sol.intermediate["C1P1"]
    assert [m.expression for m in pair.models] == ["A"]
    assert list(pair.included_contradictions.index) == [3] and len(pair.easy_counterfactuals) == 0
    assert sol.to_dict()["intermediate"]["C1P1"]["included_contradictions"] == {"n_rows": 1, "rows": [3]}
