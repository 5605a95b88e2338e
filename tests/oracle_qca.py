"""A slow, small, obviously-correct QCA oracle for checking the engine's public API on small problems.

Written from the definitions in the literature, not from the engine's code:
- row membership = min over conditions of x or 1 - x (crisp and multi-value: 1 if the value is the level, else 0); a
  case belongs to the row where its membership exceeds 0.5; sufficiency inclusion, PRI, coverage, necessity
  inclusion, coverage and RoN as in Ragin 2008 and Schneider & Wagemann 2012;
- OUT of an observed row as documented for R QCA's truthTable (incl.cut = c(ic1, ic0)): '?' if n < n_cut; '1' if
  incl >= ic1 and PRI >= pri_cut; 'C' if ic0 <= incl < ic1; '0' otherwise;
- prime implicants by brute force over every cube (each condition either absent or fixed to one level); every
  minimal model by brute force over every combination of prime implicants (R QCA's minimize documentation: the
  minimum number k of prime implicants covering the explained rows, then every disjunction of k of them);
- intermediate solution (Ragin & Sonnett 2005; Ragin 2008; R QCA's i.sol): for each pair of a conservative
  model C and a parsimonious model P, a simplifying assumption of P is an easy counterfactual when it lies in p and
  in c relaxed for some term c of C contained in a term p of P, where relaxing drops c's literal on a condition
  whose value is not the expected one (a literal at the expected value, or on a condition without expectation,
  stays: a counterfactual on it is in line with no expectation, Schneider & Wagemann 2012; on a multi-value
  condition the literal is widened to the expected levels only, a move to another level being in line with no
  expectation either - R, by the engine's reading of its source, drops it: a difference the README documents); the
  positive rows plus the easy counterfactuals are then minimised with nothing else allowed. Pairing c only with the
  p containing it is R's rule: tests/test_qca_oracle.py shows R's LF_negated reference excludes the other
  intersections;
- calibration (direct method): Ragin 2008, ch. 5.
Conventions of R QCA rather than definitions: a table with nothing negative (every row explained, a don't-care or,
in the parsimonious solution, a remainder) is refused instead of answered with the tautology '1' (R's minimize stops
there, as the README says); from R's findRows documentation, contradictory simplifying assumptions (findRows type 2)
are the remainders used by some parsimonious model for Y and by some for ~Y, simultaneous subset relations (type 3)
the rows with OUT = 1 in both.

All arithmetic is exact: memberships are integers on a scale of SCALE (0.35 is 7 of 20), sums are integers and
scores are fractions.Fraction, so scores equal to a cut-off (0.8 exactly) reach it.
"""
from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from itertools import combinations, product

SCALE = 20          # memberships are multiples of 1/SCALE, held as integers 0..SCALE


# ---------------------------------------------------------------- set memberships

def literal(value, level, fuzzy):
    """Membership (0..SCALE) of one case's value in condition level `level`."""
    if fuzzy:
        return value if level == 1 else SCALE - value
    return SCALE if value == level else 0


def term_membership(case, cube, fuzzy):
    """Membership of a case (tuple of values) in a cube (tuple of level or None); an empty cube is 1: the minimum of
    its literals (literal() written out here: the oracle's most frequent call)."""
    m = SCALE
    for value, level, fz in zip(case, cube, fuzzy):
        if level is not None:
            x = (value if level == 1 else SCALE - value) if fz else (SCALE if value == level else 0)
            if x < m:
                m = x
    return m


def sop_membership(case, cubes, fuzzy):
    return max((term_membership(case, c, fuzzy) for c in cubes), default=0)


def ratio(num, den):
    return None if den == 0 else Fraction(num, den)


def sufficiency(x, y):
    """inclS, PRI, covS of a set with memberships x for an outcome with memberships y."""
    xy = sum(min(a, b) for a, b in zip(x, y))
    xyny = sum(min(a, b, SCALE - b) for a, b in zip(x, y))
    return {"inclS": ratio(xy, sum(x)), "PRI": ratio(xy - xyny, sum(x) - xyny), "covS": ratio(xy, sum(y))}


def necessity(x, y):
    """inclN, RoN, covN (Schneider & Wagemann 2012: RoN = sum(1 - X) / sum(1 - min(X, Y)))."""
    xy = sum(min(a, b) for a, b in zip(x, y))
    return {"inclN": ratio(xy, sum(y)), "covN": ratio(xy, sum(x)),
            "RoN": ratio(sum(SCALE - a for a in x), sum(SCALE - min(a, b) for a, b in zip(x, y)))}


def model_fit(cases, y, cubes, fuzzy):
    """Fit of a sum of cubes and of each of its terms (covU: coverage lost without the term)."""
    whole = [sop_membership(c, cubes, fuzzy) for c in cases]
    fit = sufficiency(whole, y)
    terms = []
    for t in cubes:
        x = [term_membership(c, t, fuzzy) for c in cases]
        rest = [sop_membership(c, [u for u in cubes if u != t], fuzzy) for c in cases]
        f = sufficiency(x, y)
        f["covU"] = fit["covS"] - sufficiency(rest, y)["covS"] if fit["covS"] is not None else None
        terms.append(f)
    return fit, terms


# ---------------------------------------------------------------- truth table

def truth_table(cases, y, levels, fuzzy, incl_cut=(1, 1), n_cut=1, pri_cut=0):
    """Every configuration (row number 1-based, first condition most significant) with n, incl, PRI, OUT, cases.

    cases: list of tuples of values (0..SCALE for fuzzy conditions, levels otherwise); y: outcome memberships.
    """
    ic1, ic0 = (Fraction(incl_cut[0]), Fraction(incl_cut[1]))
    rows = {}
    for number, config in enumerate(product(*[range(n) for n in levels]), start=1):
        m = [term_membership(c, config, fuzzy) for c in cases]
        members = [i for i, v in enumerate(m) if 2 * v > SCALE]
        fit = sufficiency(m, y)
        n = len(members)
        if n == 0 or n < n_cut:
            out = "?"
        elif fit["inclS"] >= ic1 and fit["PRI"] >= pri_cut:
            out = "1"
        elif fit["inclS"] >= ic0 and fit["inclS"] < ic1:
            out = "C"
        else:
            out = "0"
        rows[number] = {"config": config, "n": n, "incl": fit["inclS"], "PRI": fit["PRI"], "OUT": out,
                        "cases": members}
    return rows


# ---------------------------------------------------------------- minimisation

@lru_cache(maxsize=None)
def all_cubes(levels):
    """Every cube over `levels` with the bit mask of the rows (0-based positions) it contains."""
    configs = list(product(*[range(n) for n in levels]))
    out = {}
    for cube in product(*[[None, *range(n)] for n in levels]):
        mask = 0
        for i, cfg in enumerate(configs):
            if all(l is None or l == v for l, v in zip(cube, cfg)):
                mask |= 1 << i
        out[cube] = mask
    return out


def bits(rows):
    """Mask of 1-based row numbers."""
    m = 0
    for r in rows:
        m |= 1 << (r - 1)
    return m


def prime_implicants(levels, on, allowed):
    """Cubes inside `allowed` (mask) that meet `on` (mask) and lose that property when any literal is dropped."""
    cubes = all_cubes(levels)

    def implicant(cube):
        return cubes[cube] & ~allowed == 0

    primes = []
    for cube, mask in cubes.items():
        if mask & on == 0 or not implicant(cube):
            continue
        if any(implicant(cube[:j] + (None,) + cube[j + 1:]) for j in range(len(cube)) if cube[j] is not None):
            continue
        primes.append(cube)
    return primes


class TooBig(Exception):
    """The brute-force cover search would take too long: the problem is skipped."""


def minimum_covers(levels, on, primes, limit=300_000):
    """Every set of the minimum number of prime implicants that covers every row of `on`."""
    cubes = all_cubes(levels)
    if on == 0:
        return []
    masks = {p: cubes[p] & on for p in primes}
    for k in range(1, len(primes) + 1):
        count = 1
        for i in range(k):
            count = count * (len(primes) - i) // (i + 1)
        if count > limit:
            raise TooBig(f"{count} combinations of {k}")
        found = []
        for combo in combinations(primes, k):
            m = 0
            for p in combo:
                m |= masks[p]
            if m == on:
                found.append(frozenset(combo))
        if found:
            return found
    return []


def minimise(rows, levels, explain=("1",), include=()):
    """Models of a truth table: rows with OUT in `explain` must be covered, OUT in `include` may be (don't-cares)."""
    on = bits(r for r, row in rows.items() if row["OUT"] in explain)
    dc = bits(r for r, row in rows.items() if row["OUT"] in include and row["OUT"] not in explain)
    primes = prime_implicants(levels, on, on | dc)
    return primes, minimum_covers(levels, on, primes)


def covered_rows(cubes, levels, among):
    allc = all_cubes(levels)
    m = 0
    for c in cubes:
        m |= allc[c]
    return m & among


def in_relaxed(config, c, p, expected):
    """Is configuration `config` in term c widened inside term p? c's literal on a condition stays if p has a
    literal there, if the condition has no expectation, or if c's value is an expected one; otherwise the
    condition may also take the expected value(s) (a binary condition: either value, the literal is dropped)."""
    for j, level in enumerate(c):
        if level is None or config[j] == level:
            continue
        if p[j] is not None or expected[j] is None or level in expected[j] or config[j] not in expected[j]:
            return False
    return True


def intermediate(rows, levels, direction, max_pairs=16):
    """{(C model, P model): (easy counterfactual rows mask, models)}.

    direction: per condition None (no expectation), an expected level (1, 0, 2, ...) or a set of levels.
    """
    expected = [None if d is None else {d} if isinstance(d, int) else set(d) for d in direction]
    allc = all_cubes(levels)
    on = bits(r for r, row in rows.items() if row["OUT"] == "1")
    _, cmodels = minimise(rows, levels, include=())
    _, pmodels = minimise(rows, levels, include=("?",))
    if len(cmodels) * len(pmodels) > max_pairs:
        raise TooBig(f"{len(cmodels)} x {len(pmodels)} pairs")
    result = {}
    for cm in cmodels:
        for pm in pmodels:
            easy = 0
            for r, row in rows.items():              # a simplifying assumption of P ...
                in_p = [p for p in pm if allc[p] >> (r - 1) & 1]
                if row["OUT"] != "?" or not in_p:
                    continue
                if any(allc[c] & ~allc[p] == 0 and in_relaxed(row["config"], c, p, expected)
                       for c in cm for p in in_p):   # ... inside some c (contained in p) widened inside p
                    easy |= 1 << (r - 1)
            primes = prime_implicants(levels, on, on | easy)
            result[(cm, pm)] = (easy, minimum_covers(levels, on, primes))
    return result


# ---------------------------------------------------------------- calibration

def direct_calibration(x, e, c, i, idm=0.95):
    """Ragin's (2008, ch. 5) direct method: the log-odds of membership are the distance from the crossover c
    scaled so that the inclusion anchor i gets log(idm / (1 - idm)) and the exclusion anchor e its negative;
    membership = exp(lo) / (1 + exp(lo)). Increasing (e < c < i) or decreasing (e > c > i). As R QCA does,
    scores below 1e-4 are 0 and above 0.9999 are 1."""
    full = math.log(idm / (1 - idm))
    lo = full * (x - c) / (i - c) if (x - c) * (i - c) >= 0 else -full * (x - c) / (e - c)
    m = 1 / (1 + math.exp(-lo))
    return 0.0 if m < 1e-4 else 1.0 if m > 1 - 1e-4 else m


def crisp_calibration(x, thresholds):
    """Crisp (multi-value with several thresholds): the number of thresholds at or below x."""
    return sum(1 for t in thresholds if t <= x)
