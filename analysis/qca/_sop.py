"""Exact minimal sums of products of crisp Boolean functions given as expressions, without enumerating their
configurations: theory_evaluation's forms (T*S, ~T*S, T*~S, ~T*~S) beyond the conditions it can enumerate.

A product of literals over k crisp conditions is a *cube*, two bit masks (pos, neg): the conditions present and the
conditions negated. The function is given as cubes (a sum of products); its prime implicants are found by iterated
consensus (Blake 1937, Quine 1955: a sum of products closed under consensus and absorption is the sum of all
prime implicants); a minimum cover is the fewest primes whose sum is the function (then the fewest literals),
checked by tautology of cofactors (Brayton et al. 1984), never by listing the 2^k configurations. Each step has a
budget; past it None is returned (the caller keeps its limit).
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable, Sequence

Cube = tuple[int, int]   # (pos, neg) bit masks over the conditions

#: Steps of the consensus closure, of the tautology checks and of the cover search before giving up.
SOP_BUDGET = 200_000


class _Budget:
    def __init__(self, steps: int):
        self.left = steps

    def spend(self, n: int = 1) -> None:
        self.left -= n
        if self.left < 0:
            raise _OverBudget


class _OverBudget(Exception):
    pass


def _absorbs(c: Cube, d: Cube) -> bool:
    """Whether c holds d (every literal of c is in d): d + c is c."""
    return (c[0] & ~d[0]) == 0 and (c[1] & ~d[1]) == 0


def _absorbed(cubes: Iterable[Cube]) -> list[Cube]:
    """The cubes no other one holds (x + x*y = x), each once, fewest literals first."""
    out: list[Cube] = []
    for c in sorted(set(cubes), key=lambda c: (bin(c[0] | c[1]).count("1"), c)):
        if not any(_absorbs(o, c) for o in out):
            out.append(c)
    return out


def product(a: Sequence[Cube], b: Sequence[Cube], limit: int) -> list[Cube] | None:
    """(sum a) * (sum b) distributed, contradictions and absorbed cubes left out; None past `limit` cubes."""
    if len(a) * len(b) > limit:
        return None
    out = [(c[0] | d[0], c[1] | d[1]) for c in a for d in b]
    return _absorbed(x for x in out if not x[0] & x[1])


def negation(cubes: Sequence[Cube], limit: int) -> list[Cube] | None:
    """~(sum of cubes) as a sum of cubes (De Morgan, distributed); None past `limit` cubes."""
    out: list[Cube] = [(0, 0)]
    for pos, neg in cubes:
        factor = [(0, 1 << i) for i in range(pos.bit_length()) if pos >> i & 1] + \
                 [(1 << i, 0) for i in range(neg.bit_length()) if neg >> i & 1]
        got = product(out, factor, limit)
        if got is None:
            return None
        out = got
        if not out:
            return []
    return out


def _primes(cubes: Sequence[Cube], budget: _Budget) -> list[Cube]:
    """Every prime implicant of the sum of `cubes`: the consensus closure, absorbed cubes removed."""
    primes = _absorbed(cubes)
    queue = list(primes)
    while queue:
        c = queue.pop()
        if c not in primes:
            continue
        for d in list(primes):
            budget.spend()
            opp = (c[0] & d[1]) | (c[1] & d[0])
            if opp == 0 or opp & (opp - 1):   # no opposed condition, or more than one: no consensus
                continue
            new = ((c[0] | d[0]) & ~opp, (c[1] | d[1]) & ~opp)
            if any(_absorbs(p, new) for p in primes):
                continue
            primes = [p for p in primes if not _absorbs(new, p)] + [new]
            queue.append(new)
    return sorted(primes, key=lambda c: (bin(c[0] | c[1]).count("1"), c))


def _cofactor(cubes: Sequence[Cube], c: Cube) -> list[Cube]:
    """The cubes of a sum on the cube c: those not opposed to it, c's literals taken out."""
    keep = ~(c[0] | c[1])
    return [(d[0] & keep, d[1] & keep) for d in cubes if not (d[0] & c[1]) and not (d[1] & c[0])]


def _tautology(cubes: list[Cube], budget: _Budget) -> bool:
    """Whether the sum of cubes is 1 (Shannon expansion on its most frequent condition; a sum unate in every
    condition is 1 only if it holds the empty cube)."""
    budget.spend()
    if not cubes:
        return False
    if any(c == (0, 0) for c in cubes):
        return True
    pos = neg = 0
    for c in cubes:
        pos |= c[0]
        neg |= c[1]
    binate = pos & neg
    if not binate:
        return False
    counts: dict[int, int] = {}
    for c in cubes:
        both = (c[0] | c[1]) & binate
        while both:
            low = both & -both
            counts[low] = counts.get(low, 0) + 1
            both ^= low
    bit = max(counts, key=lambda b: (counts[b], -b))
    return _tautology(_cofactor(cubes, (bit, 0)), budget) and _tautology(_cofactor(cubes, (0, bit)), budget)


def _covers(chosen: Sequence[Cube], on: Sequence[Cube], budget: _Budget) -> bool:
    """Whether the sum of `chosen` holds every cube of `on`."""
    return all(_tautology(_cofactor(chosen, c), budget) for c in on)


def minimal_sop(on: Sequence[Cube], budget_steps: int = SOP_BUDGET) -> list[Cube] | None:
    """A minimal sum of products of the function (sum of the cubes `on`): the fewest prime implicants, then the
    fewest literals (then the cubes' order); [] for 0, [(0, 0)] for 1. None past the budget."""
    budget = _Budget(budget_steps)
    try:
        on = _absorbed(c for c in on if not c[0] & c[1])
        if not on:
            return []
        primes = _primes(on, budget)
        if (0, 0) in primes:
            return [(0, 0)]
        essential = [p for i, p in enumerate(primes)
                     if not _tautology(_cofactor(primes[:i] + primes[i + 1:], p), budget)]
        rest = [p for p in primes if p not in essential]
        if _covers(essential, on, budget):
            return essential
        # the fewest further primes that cover, then the fewest literals
        for size in range(1, len(rest) + 1):
            found = []
            for extra in combinations(rest, size):
                budget.spend()
                if _covers(essential + list(extra), on, budget):
                    found.append(essential + list(extra))
            if found:
                return min(found, key=lambda cs: (sum(bin(c[0] | c[1]).count("1") for c in cs),
                                                  sorted(cs)))
        return primes   # not reached: the primes cover the function
    except _OverBudget:
        return None
