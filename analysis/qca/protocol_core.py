"""The robust core as an expression (analysis.qca.protocol's module docstring): core_expression, the conjunction of
the initial and every test solution distributed into a sum of products, absorbed products left out;
core_minimised, its exact Boolean minimisation where that provably has the core's memberships (within the
CORE_MIN_* budgets), else '' and a note saying why; and the cases' intersections (IS*minTS, ...) as expressions.
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .data_lists import _all_names
from .errors import QCAComplexityError
from .expressions import _products
from .r_calls import refuses_r_only_arguments
from .protocol_measures import CASE_TYPES


def _core_products(term_lists: Sequence[Sequence[str]], conditions, limit: int = 20_000,
                   fuzzy: frozenset[str] = frozenset()) -> list[frozenset] | None:
    """The conjunction of the solutions distributed into products (sets of literals (condition, value)), absorbed
    products dropped (x + x*y = x, which holds for fuzzy sets too). A product holding two values of one condition is
    empty and dropped, unless the condition is named in `fuzzy`: then it is kept (A*~A is min(A, 1 - A), up to 0.5
    for fuzzy sets). None when the expansion exceeds `limit` products."""
    from .expressions import parse_term

    prods: set[frozenset] = {frozenset()}
    for terms in term_lists:
        lits = [frozenset(parse_term(t, conditions).items()) for t in terms]
        if len(prods) * len(lits) > limit:
            return None
        new = set()
        for p in prods:
            for t in lits:
                q = p | t
                seen: dict = {}
                if all(seen.setdefault(c, v) == v or c in fuzzy for c, v in q):
                    new.add(q)
        unabsorbed = _unabsorbed(new)
        prods = {k for k in new if k in unabsorbed}
    return list(prods)


def _unabsorbed(products: set[frozenset]) -> set[frozenset]:
    """The products holding no other one (x + x*y = x). Size by size, smallest first, each product compared only
    with the smaller ones kept, filed under their least literal, and only with those filed under its own literals
    (a product held in it has no other). Comparing every pair was quadratic in the products (up to `limit`,
    20,000): 2.9 s of a protocol's run on 10 fuzzy conditions x 200 cases with 11 solutions of 11-14 terms."""
    if frozenset() in products:
        return {frozenset()}
    filed: dict = {}
    kept: set[frozenset] = set()
    by_size: dict[int, list[frozenset]] = {}
    for k in products:
        by_size.setdefault(len(k), []).append(k)
    for size in sorted(by_size):
        group = [k for k in by_size[size] if not any(o < k for lit in k for o in filed.get(lit, ()))]
        for k in group:
            kept.add(k)
            filed.setdefault(min(k), []).append(k)
    return kept


def _format_products(prods: Sequence[frozenset], conditions, multivalue: bool) -> str:
    from .expressions import format_literal

    if not prods:
        return "0"
    order = {c: i for i, c in enumerate(conditions)}
    texts = ["*".join(format_literal(c, v, multivalue) for c, v in sorted(p, key=lambda cv: order[cv[0]]))
             or "1" for p in prods]
    return " + ".join(sorted(texts, key=lambda s: (s.count("*"), s)))


@refuses_r_only_arguments("core_expression")
def core_expression(term_lists: Sequence[Sequence[str]], conditions, limit: int = 20_000,
                     multivalue: bool = False) -> str:
    """The conjunction of the solutions as a sum of products (distributed, contradictions and absorbed terms
    dropped), not minimised: a crisp description of the robust core, its literals written as the solutions write
    them (A, ~A; A[v] for multi-value data). '' when the expansion exceeds `limit` products. For crisp and
    multi-value sets its memberships are min(IS, TS_1, ..., TS_m); for fuzzy sets too, unless a dropped product
    A*~A*... (empty for crisp sets, up to 0.5 for fuzzy ones) is not absorbed (`core_minimised` checks this)."""
    prods = _core_products(term_lists, conditions, limit)
    return "" if prods is None else _format_products(prods, conditions, multivalue)


def _negated_factors(terms: Sequence[str], conditions, noflevels) -> list[list[str]]:
    """~(t_1 + t_2 + ...) as a conjunction of sums of single literals, for _core_products: one factor per term, the
    sum of its literals' negations (~A for A; for a multi-value A[v], A's other levels). The empty solution (no
    term, 0) gives no factor (~0 is 1); a term without a literal ('1') a factor without one (~1 is 0)."""
    from .expressions import format_literal, parse_term

    levels = dict(zip(conditions, noflevels))
    factors = []
    for t in terms:
        factor = []
        for c, v in parse_term(t, conditions).items():
            if levels[c] > 2:
                factor += [format_literal(c, w, True) for w in range(int(levels[c])) if w != v]
            else:
                factor.append(f"{c}[{1 - v}]")
        factors.append(factor)
    return factors


def _case_part_expressions(initial: Sequence[str], tests: Sequence[Sequence[str]], conditions, noflevels,
                           multivalue: bool, limit: int = 20_000) -> dict[str, str]:
    """The Boolean expression of each intersection of rob.cases' case types, as SetMethods prints it (distributed,
    contradictory and absorbed products left out, not minimised; a crisp description, as core_expression is):
    IS*minTS (the robust core), IS*~minTS = the sum over tests of IS*~TS_i, ~IS*maxTS = the sum over tests of
    ~IS*TS_i, ~IS*~maxTS = ~IS*~TS_1*...*~TS_m; '' where an expansion exceeds `limit` products."""
    neg_is = _negated_factors(initial, conditions, noflevels)

    def union(term_lists_each) -> str:
        prods: set[frozenset] = set()
        for term_lists in term_lists_each:
            got = _core_products(term_lists, conditions, limit)
            if got is None:
                return ""
            prods |= set(got)
        return _format_products(list(_unabsorbed(prods)) if prods else [], conditions, multivalue)

    return {"IS*minTS": union([[initial, *tests]]),
            "IS*~minTS": union([[initial, *_negated_factors(t, conditions, noflevels)] for t in tests]),
            "~IS*maxTS": union([[*neg_is, t] for t in tests]),
            "~IS*~maxTS": union([[*neg_is, *(f for t in tests for f in _negated_factors(t, conditions, noflevels))]])}


def case_parts(cases: pd.DataFrame, expressions: Mapping[str, str]) -> pd.DataFrame:
    """rob.cases' per-type report as a table: one row per case type (robust, shaky, possible typical and deviant,
    extreme deviant coverage, irrelevant): its intersection and side of the outcome, the intersection's Boolean
    expression (`expressions`, _case_part_expressions), its cases (n, and their names), n / all cases ('share') and
    n / the cases on its side of the outcome ('share_of_side': Y > 0.5 for typical and extreme deviant coverage,
    Y < 0.5 for deviant and irrelevant; NaN where that side has no case). `cases`: case_robustness's frame."""
    rows = []
    for (inter, high), kind in CASE_TYPES.items():
        names = [str(c) for c, t in zip(cases["case"], cases["type"]) if t == kind]
        side = int((cases["Y"] > 0.5).sum()) if high else int((cases["Y"] < 0.5).sum())
        rows.append({"type": kind, "intersection": inter, "outcome": "Y > 0.5" if high else "Y < 0.5",
                     "expression": expressions.get(inter, ""), "n": len(names), "share": len(names) / len(cases),
                     "n_side": side, "share_of_side": len(names) / side if side else math.nan,
                     "cases": ", ".join(names)})
    return pd.DataFrame(rows, columns=["type", "intersection", "outcome", "expression", "n", "share", "n_side",
                                       "share_of_side", "cases"])


#: Configurations (crisp) and fuzzy test points (values 0, 0.5, 1) a robust core may span to be minimised / proved.
CORE_MIN_CONFIGS = 2 ** 12   # 12 crisp conditions: about 0.1 s (16 took 9 s)
CORE_MIN_FUZZY_POINTS = 3 ** 12
#: Minimal forms (minimum covers, in the engine's order) of a fuzzy robust core tried against its memberships.
CORE_MIN_FUZZY_COVERS = 1_000
#: Steps of the search for irredundant, non-minimum forms of a fuzzy robust core (`_irredundant_covers`).
CORE_MIN_IRREDUNDANT_STEPS = 10_000   # at most about 0.5 s (9 conditions, 5 fuzzy)


def _columns(prods: Sequence[frozenset], used: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Products of literals (condition, value) as the engine's evaluator (`expressions._products`) takes them:
    literals (column of `used`, value)."""
    return [[(used.index(c), v) for c, v in p] for p in prods]


def _irredundant_covers(chart: np.ndarray, above: int, max_nodes: int) -> tuple[list[tuple[int, ...]], bool]:
    """The irredundant covers of a boolean (implicants x columns) chart with more than `above` implicants (no
    implicant of the cover can be left out), smallest first (then by literals' count is left to the caller), and
    whether the search ran to its end within `max_nodes` steps. Depth first: the first column not yet covered is
    covered by each implicant holding it in turn, the ones before it in that turn left out of the branch (so each
    set is reached once), and a branch is cut where a chosen implicant is no longer needed (every cover holding the
    branch's choice would be redundant). Every irredundant cover is reached: each column the search picks is covered
    by one of its implicants, the first of them in the turn taken."""
    chart = np.asarray(chart, dtype=bool)
    p, c = chart.shape
    found: list[tuple[int, ...]] = []
    nodes = 0
    counts = chart.astype(np.int32)

    def search(chosen: list[int], count: np.ndarray, banned: set[int]) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > max_nodes:
            return False
        if count.all():
            if len(chosen) > above:
                found.append(tuple(sorted(chosen)))
            return True
        col = int(np.argmin(count > 0))
        left = set(banned)
        for i in map(int, np.flatnonzero(chart[:, col])):
            if i in left:
                continue
            more, now = count + counts[i], chosen + [i]
            # each chosen implicant still covers a column no other chosen one does
            if (chart[now] & (more == 1)).any(axis=1).all() and not search(now, more, left):
                return False
            left.add(i)
        return True

    done = search([], np.zeros(c, dtype=np.int32), set()) if p else True
    return sorted(found, key=lambda cover: (len(cover), cover)), done


@refuses_r_only_arguments("core_minimised")
def core_minimised(term_lists: Sequence[Sequence[str]], conditions, noflevels, multivalue: bool,
                    fuzzy: Sequence[str] = (), limit: int = 20_000) -> tuple[str, list[str]]:
    """The robust core minimised, where that form has the core's memberships, and notes; ('', why) elsewhere.

    The core's distributed form (`core_expression`) is minimised exactly as a Boolean function (the engine's prime
    implicants and the first minimum cover in the engine's order, `cover_models`; the number of minimal forms is
    noted when there are several).
    Crisp and multi-value sets: Boolean minimisation keeps every membership (0 / 1), so the minimal form is exact.
    Fuzzy sets (`fuzzy`: the fuzzy conditions): min / max is not Boolean (A + ~A is not 1 and A*~A not 0 where
    0 < A < 1), so merging ~A*B + A*B into B changes memberships. There the minimal form is given only where it is
    *provably* the core, min(IS, TS_1, ..., TS_m): equal to the fully distributed conjunction (A*~A products kept)
    at every point with the fuzzy conditions in {0, 0.5, 1} and the others at each of their values. [0, 1] with min,
    max and 1 - x is a Kleene algebra, and an identity holds in every Kleene algebra iff it holds in the
    three-element one {0, 0.5, 1} (Kalman 1958), so this check is a proof, not a sample. The same check says when
    core_expression itself (which drops A*~A products) is not the core's fuzzy set: a note then says so.
    Minimal forms read as crisp sets are not one fuzzy set, so with fuzzy conditions each minimum cover is tried in
    the engine's order (the first CORE_MIN_FUZZY_COVERS of them) and the first proved is given: ~A*B + A*~C +
    ~B*C has two minimal forms read as crisp sets, A*~B + B*~C + ~A*C (the engine's first) and itself, and only
    the second is that fuzzy set. Where every condition of the core is fuzzy, at most one minimal form can be
    proved, core_expression's own products when they are a minimum cover: a product P without A*~A is at most a
    sum S only if some product of S has no literal outside P (at the point where P's literals are 1 and every other
    condition 0.5, every other product of S is at most 0.5), so a sum of prime implicants is the core only if each
    of its products is one of core_expression's and each of those one of its own. With crisp or multi-value
    conditions in the core several can be proved (a crisp X makes A*X + A*~X the fuzzy A), and the first proved in
    the engine's order is given.
    When every minimum cover was tried and none is the core, irredundant covers with more products are tried (no
    product can be left out read as crisp sets; a redundant sum is not a minimised form): the fuzzy core may need
    products that a minimum cover merges away. Where every condition is fuzzy the argument above leaves one
    candidate, core_expression's own products when they are prime implicants forming an irredundant cover, so only
    it is checked: ~A*B + A*~B + B*~C + ~B*C has two minimal forms of three products read as crisp sets, neither
    that fuzzy set, and is itself the core. With crisp conditions other irredundant covers can be the core where
    no minimum one is: ~A*~B*~X + ~B*X + A*B + B*~X (A, B fuzzy, X crisp) is A*B + ~A*~B + B*~X + ~B*X, four
    products where the minimal forms read as crisp sets have three (~A*~B*~X is no prime implicant, so the core's
    own products are no such form either); there the irredundant covers are searched (`_irredundant_covers`, at
    most CORE_MIN_IRREDUNDANT_STEPS steps) and the first CORE_MIN_FUZZY_COVERS in order of size (products, then
    literals) are tried. Every form given is proved on the grid, so trying more forms can give a longer form where
    a minimal one is not the core (its note says so), never a wrong one."""
    fz = set(fuzzy)
    full = _core_products(term_lists, conditions, limit, frozenset(fz))
    # a contradictory product absorbs only contradictory ones, so leaving them out of `full` gives the crisp products
    clean = (_core_products(term_lists, conditions, limit) if full is None else
             [p for p in full if len({c for c, _ in p}) == len(p)])
    if clean is None:
        return "", [f"robust core not minimised: distributed, it has more than {limit:,} products, so core_expression "
                    "is not expanded either; the robustness fit uses the core's memberships, min(IS, TS_1, ..., TS_m)"]
    if not clean and not fz:
        return "0", []
    levels = dict(zip(conditions, noflevels))
    used = [c for c in conditions if any(c == cv[0] for p in (full or clean) for cv in p)]
    if not used:   # no literal left: every case ('1') or none ('0'), in crisp and fuzzy sets alike
        return ("1" if clean else "0"), []
    nl = [int(levels[c]) for c in used]
    binary = [n == 2 for n in nl]
    notes: list[str] = []
    several = ""
    if math.prod(nl) > CORE_MIN_CONFIGS:
        return "", [f"robust core not minimised: it spans {len(used)} conditions ({math.prod(nl):,} configurations, "
                    f"more than {CORE_MIN_CONFIGS:,}); core_expression is its unminimised form"]
    multi = [not b for b in binary]
    configs = np.indices(nl).reshape(len(nl), -1).T
    on = _products(configs.astype(float), _columns(clean, used), multi, reduce=True) > 0.5
    texts_of: list[list[str]] = []   # each minimal form listed, as its terms (several tried with fuzzy sets)
    n_forms = 1
    pis = chart = None
    if on.all() or not on.any():
        text = "1" if on.all() else "0"
    else:
        from ._cover import cover_models
        from ._implicants import implicant_chart, prime_implicants
        from .expressions import format_term

        try:
            pis = prime_implicants(configs[on], configs[~on], nl, multivalue=multivalue)
            chart = implicant_chart(pis, configs[on])
            covers = cover_models(chart, CORE_MIN_FUZZY_COVERS if any(c in fz for c in used) else 1)
        except QCAComplexityError as err:
            return "", [f"robust core not minimised ({str(err).splitlines()[0]}); core_expression is its unminimised "
                        "form"]
        texts_of = [sorted((format_term(pis[i], used, multivalue) for i in model), key=lambda s: (s.count("*"), s))
                    for model in covers.models]
        text = " + ".join(texts_of[0])
        n_forms = covers.count
        if covers.count > 1:
            several = f" (one of {covers.count:,} minimal forms read as crisp sets)"
    fz_used = [c for c in used if c in fz]
    wide = [c for c in fz_used if levels[c] > 2]
    if wide:   # multi-value in the initial data, fuzzy in a test: no grid of {0, 0.5, 1} holds its levels
        return "", [f"robust core not minimised: {_all_names(wide)} has more than two levels in the initial data "
                    "and is fuzzy in a test, so its literals have no one reading; core_expression is its "
                    "unminimised form"]
    if not fz_used:   # the minimal forms are the same set for crisp and multi-value sets only
        return text, ([f"robust core: {text} is one of {n_forms:,} minimal forms of core_expression (the same set)"]
                      if n_forms > 1 else [])
    if full is None or math.prod(3 if c in fz else levels[c] for c in used) > CORE_MIN_FUZZY_POINTS:
        return "", [f"robust core not minimised: with {len(fz_used)} fuzzy conditions it is too large to prove that a "
                    "minimal form has its memberships; core_expression is its unminimised form"]
    # the grid in halves (uint8: crisp and fuzzy 0, 1, 2 for 0, 0.5, 1; multi-value levels as they are), so every
    # membership is a whole number of halves (float64 takes about 14 times as long: expressions._products)
    axes = [np.array([0, 1, 2] if c in fz else [0, 2] if b else range(levels[c]), dtype=np.uint8)
            for c, b in zip(used, binary)]
    grid = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, len(used))
    lits: dict = {}   # the grid's literals, computed once
    core = _products(grid, _columns(full, used), multi, 2, reduce=True, cache=lits)

    def first_difference(prods, m=None) -> str:
        m = _products(grid, _columns(prods, used), multi, 2, reduce=True, cache=lits) if m is None else m
        differ = np.flatnonzero(m != core)
        if not len(differ):
            return ""
        i = differ[0]
        point = ", ".join(f"{c} = {grid[i, j] / 2 if b else grid[i, j]:g}"
                          for j, (c, b) in enumerate(zip(used, binary)))
        return f"at {point} its membership is {m[i] / 2:g}, the core's {core[i] / 2:g}"

    where = first_difference(clean)
    if where:
        notes.append("core_expression leaves out products holding a fuzzy condition and its negation (A*~A, empty "
                     f"for crisp sets, up to 0.5 for fuzzy ones), so it is not quite the robust core ({where}); the "
                     "robustness fit uses the core's memberships, min(IS, TS_1, ..., TS_m)")
    from .expressions import parse_term

    if not texts_of:   # '0' or '1'
        texts_of = [[] if text == "0" else ["1"]]
    first_where = ""
    term_mem: dict[str, np.ndarray] = {}   # each prime implicant's memberships, once for all the forms tried
    for k, terms in enumerate(texts_of):
        for t in terms:
            if t not in term_mem:
                term_mem[t] = _products(grid, _columns([parse_term(t, used).items()], used), multi, 2, reduce=True,
                                        cache=lits)
        m = np.zeros(len(grid), dtype=np.uint8)
        for t in terms:
            np.maximum(m, term_mem[t], out=m)
        where = first_difference(None, m)
        if not where:
            if n_forms > 1:
                notes.append(f"robust core: {' + '.join(terms)} is one of {n_forms:,} minimal forms of core_expression "
                             "read as crisp sets, the first in the engine's order proved to be the core with fuzzy sets"
                             + ("" if not k else " (the one before it is another fuzzy set)" if k == 1 else
                                f" (the {k:,} before it are other fuzzy sets)"))
            return " + ".join(terms), notes
        first_where = first_where or where
    tried = len(texts_of)
    # no minimum cover is the core: an irredundant one with more products may be (the docstring says when)
    longer = ""
    if chart is not None and tried == n_forms:
        size = len(texts_of[0])
        if len(fz_used) == len(used):   # every condition fuzzy: only core_expression's own products can be the core
            rows = {frozenset((used[j], int(v) - 1) for j, v in enumerate(pi) if v): i for i, pi in enumerate(pis)}
            own = [rows.get(frozenset(p)) for p in clean]
            candidates = ([tuple(sorted(own))] if None not in own and len(own) > size and
                          all((chart[i] & (chart[own].sum(axis=0) == 1)).any() for i in own) else [])
            done, what = True, "the only one that can be (every condition fuzzy: core_expression's own products)"
        else:
            candidates, done = _irredundant_covers(chart, size, CORE_MIN_IRREDUNDANT_STEPS)
            what = "the first in order of size proved to be the core with fuzzy sets" + (
                "" if done else f" among the {len(candidates):,} found in CORE_MIN_IRREDUNDANT_STEPS = "
                                f"{CORE_MIN_IRREDUNDANT_STEPS:,} steps of the search")
        forms = sorted(([format_term(pis[i], used, multivalue) for i in cover] for cover in candidates),
                       key=lambda ts: (len(ts), sum(t.count("*") + 1 for t in ts), sorted(ts)))
        for terms in forms[:CORE_MIN_FUZZY_COVERS]:
            terms = sorted(terms, key=lambda t: (t.count("*"), t))
            for t in terms:
                if t not in term_mem:
                    term_mem[t] = _products(grid, _columns([parse_term(t, used).items()], used), multi, 2,
                                            reduce=True, cache=lits)
            m = np.zeros(len(grid), dtype=np.uint8)
            for t in terms:
                np.maximum(m, term_mem[t], out=m)
            if not first_difference(None, m):
                return " + ".join(terms), notes + [
                    f"robust core: {' + '.join(terms)} is an irredundant form of core_expression with {len(terms)} "
                    f"products, not a minimal one read as crisp sets ({size} products: {text}{several}), which with "
                    f"fuzzy sets is another set ({first_where}); of the irredundant forms it is {what}"]
        n_long = min(len(forms), CORE_MIN_FUZZY_COVERS)
        longer = ("; no irredundant form with more products is the core either" + (
            f" (the first {n_long:,} in order of size; CORE_MIN_FUZZY_COVERS)" if len(forms) > n_long else
            "" if done else f" (the search stopped after CORE_MIN_IRREDUNDANT_STEPS = "
                            f"{CORE_MIN_IRREDUNDANT_STEPS:,} steps)"))
    others = ("" if tried == 1 else ", and so is the other minimal form" if tried == 2 else
              f", and so is each of the other {tried - 1:,} minimal forms tried")
    if tried < n_forms:
        others += f" (the first {tried:,} of {n_forms:,} in the engine's order; CORE_MIN_FUZZY_COVERS)"
    return "", notes + [
        f"robust core not minimised: read as crisp sets it is {text}{several}, but with fuzzy sets that form is "
        f"another set ({first_where}: min / max is not Boolean){others}{longer}, so only the unminimised "
        "core_expression is given"]
