"""A second brute-force QCA oracle, written from the textbook definitions alone (no engine code, and not derived from
tests/oracle_qca.py): exact fractions.Fraction memberships of any denominator, each condition crisp, fuzzy or
multi-value in the same problem.

Definitions (sources):
- membership of a case in a literal: x (fuzzy, presence), 1 - x (fuzzy, absence), 1 or 0 (crisp / multi-value: the
  value is the level); in a conjunction the minimum, in a disjunction the maximum (Ragin 2000; 2008);
- a case belongs to the truth table row in which its membership exceeds 0.5, hence to at most one (Ragin
  2008); n is the number of such cases;
- sufficiency: inclS = sum min(X, Y) / sum X, covS = sum min(X, Y) / sum Y (Ragin 2006);
  PRI = (sum min(X, Y) - sum min(X, Y, 1 - Y)) / (sum X - sum min(X, Y, 1 - Y)) (Ragin 2006; Schneider & Wagemann
  2012); covU of a term = covS of the disjunction - covS of the disjunction without the term (Ragin 2008,
  ch. 3); a ratio with a zero denominator is undefined (None);
- necessity: inclN = sum min(X, Y) / sum Y, covN = sum min(X, Y) / sum X, RoN = sum (1 - X) / sum (1 - min(X, Y))
  (Schneider & Wagemann 2012; RoN on p. 236, as tests/oracle_qca.py cites it);
- OUT of a row (R QCA's truthTable, incl.cut = c(ic1, ic0), n.cut, pri.cut): '?' below n_cut cases, '1' when
  inclS >= ic1 and PRI >= pri_cut, 'C' when ic0 <= inclS < ic1, else '0';
- a prime implicant (Quine 1952; Ragin 1987): a cube (each condition free or fixed to one level) all of whose
  configurations may be used (explained rows and don't-cares), that contains an explained row, and that no other such
  cube strictly contains; a minimal model: a set of prime implicants covering every explained row with no smaller
  such set (R QCA's minimize); essential (R): the prime implicants in every minimal model; chart-essential: the prime
  implicants that alone cover some explained row (Quine-McCluskey); simplifying assumptions of a model: the
  remainders it covers (Ragin & Sonnett 2005);
- easy counterfactual, the definition without reference to any model's terms (Ragin & Sonnett 2005; Ragin 2008;
  Schneider & Wagemann 2012): a simplifying assumption r of the parsimonious model for which some
  explained row x exists such that on every condition where r and x differ, the condition has an expectation, r's
  value is an expected one and x's value is not (r is x moved towards the expected outcome); the intermediate
  solution uses only such remainders, so it lies between the conservative and the parsimonious solution.
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache, reduce
from itertools import product
from math import lcm

HALF = Fraction(1, 2)


class TooBig(Exception):
    """The brute-force search would be too slow: the caller skips the problem."""


# ---------------------------------------------------------------- memberships and fit
# The public functions take and give exact fractions. Inside, the memberships of one problem are integers in units
# of 1/D, D the least common denominator of every score of its cases and outcome: minima, maxima and sums of such
# integers are the same numbers as those of the fractions (times D), and a ratio of two sums is the same fraction
# (D cancels), without the cost of a Fraction operation for each case and term.

def literal(value, level, kind):
    """kind 'fs' (fuzzy, levels 0 = absence, 1 = presence) or 'cs' (crisp or multi-value)."""
    if kind == "fs":
        return value if level == 1 else 1 - value
    return Fraction(int(value == level))


def cube_membership(case, cube, kinds):
    return min((literal(case[j], l, kinds[j]) for j, l in enumerate(cube) if l is not None), default=Fraction(1))


def union_membership(case, cubes, kinds):
    return max((cube_membership(case, c, kinds) for c in cubes), default=Fraction(0))


def _ratio(a, b):
    return None if b == 0 else Fraction(a) / b


def _denominator(values):
    """The least common denominator of exact values (int or Fraction: each has its numerator and denominator)."""
    return reduce(lcm, {v.denominator for v in values}, 1)


def _units(values, D):
    """Exact values (int or Fraction) as integers in units of 1/D (D a multiple of each one's denominator)."""
    return [v.numerator * (D // v.denominator) for v in values]


def _scaled_problem(cases, Y, kinds):
    """(D, the cases with each fuzzy score in units of 1/D and crisp values unchanged, Y in units of 1/D)."""
    D = _denominator([*Y, *(c[j] for c in cases for j in range(len(kinds)) if kinds[j] == "fs")])
    scaled = [tuple(v.numerator * (D // v.denominator) if kinds[j] == "fs" else v for j, v in enumerate(c))
              for c in cases]
    return D, scaled, _units(Y, D)


def _cube_units(case, cube, kinds, D):
    """cube_membership of a scaled case, in units of 1/D (the same minimum of the same literals)."""
    m = D
    for j, l in enumerate(cube):
        if l is not None:
            v = case[j]
            x = (v if l == 1 else D - v) if kinds[j] == "fs" else (D if v == l else 0)
            if x < m:
                m = x
    return m


def _sufficiency_units(X, Y, D):
    both = sum(min(x, y) for x, y in zip(X, Y))
    amb = sum(min(x, y, D - y) for x, y in zip(X, Y))
    return {"inclS": _ratio(both, sum(X)), "PRI": _ratio(both - amb, sum(X) - amb), "covS": _ratio(both, sum(Y))}


def _necessity_units(X, Y, D):
    both = sum(min(x, y) for x, y in zip(X, Y))
    return {"inclN": _ratio(both, sum(Y)), "covN": _ratio(both, sum(X)),
            "RoN": _ratio(sum(D - x for x in X), sum(D - min(x, y) for x, y in zip(X, Y)))}


def sufficiency(X, Y):
    D = _denominator([*X, *Y])
    return _sufficiency_units(_units(X, D), _units(Y, D), D)


def necessity(X, Y):
    D = _denominator([*X, *Y])
    return _necessity_units(_units(X, D), _units(Y, D), D)


def solution_fit(cases, Y, cubes, kinds):
    """(fit of the disjunction, [fit of each term with covU])."""
    D, cases, Y = _scaled_problem(cases, Y, kinds)
    X = [[_cube_units(c, t, kinds, D) for c in cases] for t in cubes]      # X[term][case]
    whole = _sufficiency_units([max(x) for x in zip(*X)], Y, D)
    terms = []
    for i in range(len(cubes)):
        f = _sufficiency_units(X[i], Y, D)
        rest = _sufficiency_units([max(x, default=0) for x in zip(*(X[:i] + X[i + 1:]))] if len(cubes) > 1
                                  else [0] * len(cases), Y, D)
        f["covU"] = None if whole["covS"] is None else whole["covS"] - (rest["covS"] or 0)
        terms.append(f)
    return whole, terms


# ---------------------------------------------------------------- truth table

def configurations(levels):
    """Every configuration, in R's row order (first condition most significant): row number i + 1."""
    return list(product(*[range(n) for n in levels]))


def truth_table(cases, Y, levels, kinds, ic1, ic0, n_cut, pri_cut):
    """{row: {config, n, members (case positions), dcc (members with Y < 0.5), inclS, PRI, OUT}}."""
    table = {}
    D, scaled, y = _scaled_problem(cases, Y, kinds)
    for i, config in enumerate(configurations(levels)):
        X = [_cube_units(c, config, kinds, D) for c in scaled]
        members = [k for k, x in enumerate(X) if 2 * x > D]        # membership > 1/2
        fit = _sufficiency_units(X, y, D)
        n = len(members)
        if n == 0 or n < n_cut:
            out = "?"
        elif fit["inclS"] >= ic1 and fit["PRI"] >= pri_cut:
            out = "1"
        elif ic0 <= fit["inclS"] < ic1:
            out = "C"
        else:
            out = "0"
        table[i + 1] = {"config": config, "n": n, "members": members, "dcc": [k for k in members if Y[k] < HALF],
                        "inclS": fit["inclS"], "PRI": fit["PRI"], "OUT": out}
    return table


# ---------------------------------------------------------------- minimisation

@lru_cache(maxsize=None)
def cubes_of(levels):
    """{cube: frozenset of the row numbers inside it} for every cube over `levels`."""
    configs = configurations(levels)
    # the rows of a cube: those whose configuration has each of its fixed levels (an intersection of the rows with
    # one condition at one level; a free condition keeps every row)
    rows = {(j, l): frozenset(i + 1 for i, cfg in enumerate(configs) if cfg[j] == l)
            for j, n in enumerate(levels) for l in range(n)}
    every = frozenset(range(1, len(configs) + 1))
    return {cube: reduce(frozenset.intersection, (rows[j, l] for j, l in enumerate(cube) if l is not None), every)
            for cube in product(*[(None, *range(n)) for n in levels])}


def prime_implicants(levels, explained, usable):
    """Maximal cubes inside `usable` (row numbers) that meet `explained`."""
    implicants = {c: rows for c, rows in cubes_of(levels).items() if rows <= usable and rows & explained}
    return sorted((c for c, rows in implicants.items() if not any(rows < other for other in implicants.values())),
                  key=repr)


def minimal_models(levels, explained, primes, limit=200_000):
    """Every minimum-size set of prime implicants covering `explained`."""
    # each prime's explained rows as the bits of an integer (row r: bit r), so a union is an `|`: the same sets as
    # frozenset unions, several times faster
    cover = {p: sum(1 << r for r in cubes_of(levels)[p] & explained) for p in primes}
    whole = sum(1 << r for r in explained)
    masks = [cover[p] for p in primes]
    rest = [0] * (len(masks) + 1)           # rest[i]: the rows the primes from position i onwards cover together
    for i in range(len(masks) - 1, -1, -1):
        rest[i] = rest[i + 1] | masks[i]
    for k in range(1, len(primes) + 1):
        n_sets = 1
        for i in range(k):
            n_sets = n_sets * (len(primes) - i) // (i + 1)
        if n_sets > limit:
            raise TooBig(f"{n_sets} sets of {k} prime implicants")
        found = [frozenset(primes[i] for i in s) for s in _sets_covering(masks, k, whole, rest)]
        if found:
            return found
    return []


def _sets_covering(masks, k, whole, rest):
    """Every k-set of positions (in the order of itertools.combinations) whose masks together are `whole`: each set
    is grown one position at a time, sharing the union of its first positions with the sets that begin alike, and a
    branch is left as soon as the masks still open to it (rest[i]: the union of masks i onwards) cannot complete it,
    which leaves out only sets that do not cover."""
    n, chosen = len(masks), []

    def grow(start, acc):
        if len(chosen) == k:
            if acc == whole:
                yield tuple(chosen)
            return
        for i in range(start, n - (k - len(chosen)) + 1):
            if acc | rest[i] != whole:      # rest[i] only shrinks as i grows: no later position completes it either
                return
            chosen.append(i)
            yield from grow(i + 1, acc | masks[i])
            chosen.pop()

    yield from grow(0, 0)


def solve(table, levels, include, explain=("1",)):
    """(prime implicants, minimal models) of the rows with OUT in `explain`, the rows with OUT in `include` usable."""
    explained = frozenset(r for r, row in table.items() if row["OUT"] in explain)
    usable = explained | {r for r, row in table.items() if row["OUT"] in include}
    primes = prime_implicants(levels, explained, usable)
    return primes, minimal_models(levels, explained, primes)


def essential(models):
    return set.intersection(*(set(m) for m in models)) if models else set()


def chart_essential(levels, explained, primes):
    cubes = cubes_of(levels)
    return {p for p in primes if any(all(q == p or r not in cubes[q] for q in primes) for r in cubes[p] & explained)}


def covered_remainders(table, levels, model):
    cubes = cubes_of(levels)
    return {r for c in model for r in cubes[c] if table[r]["OUT"] == "?"}


def easy_counterfactual(table, config, expectations):
    """Is remainder configuration `config` some explained row moved towards the expected values (see the module
    docstring)? expectations: per condition None or a set of expected levels."""
    for row in table.values():
        if row["OUT"] != "1":
            continue
        x = row["config"]
        if all(r == v or (e is not None and r in e and v not in e) for r, v, e in zip(config, x, expectations)):
            return True
    return False
