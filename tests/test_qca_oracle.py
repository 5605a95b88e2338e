"""The engine's public API against an independent brute-force oracle (tests/oracle_qca.py) on random small problems.

Each problem (fixed seed) is crisp, fuzzy or multi-value, with up to 6 conditions and 30 cases, and edge cases on
purpose: constant conditions, every case in one row, crisp consistencies exactly at 0.8, n_cut above some rows' n, a
negated or multi-value outcome, two inclusion cut-offs (contradictions), pri_cut, and directional expectations (some
'-'; for multi-value conditions one or two expected levels). For each problem the truth table (rows, n, incl, PRI,
OUT, cases), the prime implicants and every minimal model of the conservative, parsimonious and include='C' /
explain='1,C' solutions, every intermediate pair (easy counterfactuals and models), the fit and cases of every model
and term, necessity of each condition, pof of a random expression, find_rows and super_subset (sufficiency and
necessity) are compared; calibrate separately. ORACLE_PROBLEMS=n runs n problems (default 150, about 15 s; the
report ran 0..4999).
"""
from __future__ import annotations

import collections
import math
import os
import random
import re
import warnings
from fractions import Fraction
from itertools import combinations

import pandas as pd
import pytest

from analysis.qca import QCAInputError, calibrate, find_rows, minimize, necessity, pof, super_subset, truth_table
import oracle_qca as O

pytestmark = pytest.mark.filterwarnings("ignore::analysis.qca.data.QCAWarning")

N_PROBLEMS = int(os.environ.get("ORACLE_PROBLEMS", "150"))
NAMES = "ABCDEF"
TOL = 1e-9


# ---------------------------------------------------------------- random problems

def make_problem(seed):
    """A random small problem: data for the engine (floats), the same data exactly (integers 0..SCALE) for the
    oracle."""
    rng = random.Random(seed)
    kind = rng.choice(["crisp", "crisp", "fuzzy", "fuzzy", "mv"])
    k = rng.randint(1, 4) if kind == "mv" else rng.choice([1, 2, 3, 3, 4, 4, 5, 5, 6, 6])
    n = rng.randint(2, 30)
    levels = [rng.choice([2, 3, 3, 4]) if kind == "mv" else 2 for _ in range(k)]
    fuzzy = [kind == "fuzzy"] * k
    S = O.SCALE
    grid = [i for i in range(S + 1) if 2 * i != S]          # 0.5 puts a case in no row: only now and then
    half = rng.random() < 0.1
    one_row = rng.random() < 0.05
    const = {j for j in range(k) if rng.random() < 0.1}
    base = [rng.randrange(nl) for nl in levels]
    cases = []
    for _ in range(n):
        row = []
        for j in range(k):
            v = base[j] if (one_row or j in const) else rng.randrange(levels[j])
            if fuzzy[j]:
                pool = [g for g in grid if (2 * g > S) == (v == 1)]
                v = pool[0] if j in const else S // 2 if half and rng.random() < 0.1 else rng.choice(pool)
            row.append(v)
        cases.append(tuple(row))
    # the number of levels of a condition is read from the data, as in R (at least 2)
    levels = [max(2, 1 + max(c[j] for c in cases)) if kind == "mv" else 2 for j in range(k)]
    # outcome: a random rule of two cubes plus noise, so that tables have structure
    rule = [tuple(rng.choice([None, rng.randrange(nl)]) for nl in levels) for _ in range(2)]
    y = []
    for c in cases:
        crisp_c = tuple(int(2 * v > S) if f else v for v, f in zip(c, fuzzy))
        hit = any(all(l is None or l == v for l, v in zip(r, crisp_c)) for r in rule)
        if rng.random() < 0.15:
            hit = not hit
        if kind == "fuzzy":
            y.append(rng.choice([g for g in grid if (2 * g > S) == hit]))
        else:
            y.append(S * int(hit))
    negate = rng.random() < 0.2
    if kind == "fuzzy":
        incl_cut = rng.choice([(Fraction(4, 5),) * 2, (Fraction(3, 4),) * 2, (Fraction(9, 10), Fraction(7, 10)),
                               (Fraction(4, 5), Fraction(13, 20)), (Fraction(1),) * 2])
    else:
        incl_cut = rng.choice([(Fraction(1),) * 2, (Fraction(4, 5),) * 2, (Fraction(3, 4),) * 2,
                               (Fraction(1), Fraction(1, 2)), (Fraction(4, 5), Fraction(2, 3))])
    n_cut = rng.choice([1, 1, 1, 2, 3])
    pri_cut = (rng.choice([Fraction(0), Fraction(0), Fraction(1, 2), Fraction(13, 20), Fraction(3, 4)])
               if kind == "fuzzy" else Fraction(0))
    if kind == "mv":   # an expected level, two expected levels of a 3-4 level condition, or none
        direction = [rng.choice([None, nl - 1, nl - 1, 0] + ([(nl - 2, nl - 1)] if nl > 2 else [])) for nl in levels]
    else:
        direction = [rng.choice([1, 1, 0, None]) for _ in range(k)]
    df = pd.DataFrame([[v / S if f else v for v, f in zip(c, fuzzy)] + [t / S] for c, t in zip(cases, y)],
                      columns=list(NAMES[:k]) + ["Y"], index=[f"c{i}" for i in range(n)])
    for j in range(k):
        if not fuzzy[j]:
            df[NAMES[j]] = df[NAMES[j]].astype(int)
    if kind != "fuzzy":
        df["Y"] = df["Y"].astype(int)
    yo = [S - t for t in y] if negate else y
    outcome = "~Y" if negate else "Y"
    if kind == "mv" and rng.random() < 0.4 and any(y):   # a multi-value outcome Y{v}: membership 1 where Y = v
        v = rng.randrange(3)
        df["Y"] = [v if t else rng.choice([u for u in range(3) if u != v]) for t in y]
        outcome = f"Y{{{v}}}"
        yo = [S * (t == v) for t in df["Y"]]
    expression = [tuple(rng.choice([None, None, rng.randrange(nl)]) for nl in levels)
                  for _ in range(rng.randint(1, 3))]
    return dict(seed=seed, kind=kind, k=k, levels=tuple(levels), fuzzy=fuzzy, cases=cases, y=yo, df=df,
                outcome=outcome, incl_cut=incl_cut, n_cut=n_cut, pri_cut=pri_cut,
                direction=direction, expression=[c for c in expression if any(l is not None for l in c)] or None)


# ---------------------------------------------------------------- engine <-> oracle notation

def parse_term(term, p):
    """Engine term text ('A*~B', 'A[2]*B[0]') -> cube tuple."""
    cube = [None] * p["k"]
    for lit in term.split("*"):
        m = re.fullmatch(r"(~?)([A-Z])(?:\[(\d+)\])?", lit.strip())
        assert m, f"unexpected literal {lit!r} in {term!r}"
        j = NAMES.index(m.group(2))
        cube[j] = int(m.group(3)) if m.group(3) is not None else (0 if m.group(1) else 1)
    return tuple(cube)


def format_term(cube, p):
    mv = any(nl > 2 for nl in p["levels"])
    out = []
    for j, l in enumerate(cube):
        if l is not None:
            out.append(f"{NAMES[j]}[{l}]" if mv else ("" if l == 1 else "~") + NAMES[j])
    return "*".join(out)


def close(a, b):
    if a is None or b is None or (isinstance(b, float) and math.isnan(b)):
        return (a is None) == (b is None or (isinstance(b, float) and math.isnan(b)))
    return abs(float(a) - float(b)) <= TOL


def models_of(sol, p):
    return {frozenset(parse_term(t, p) for t in m.terms) for m in sol.models}


# ---------------------------------------------------------------- comparisons

def compare(p):
    """Every disagreement between engine and oracle for one problem, as text (empty: they agree)."""
    bad = []
    rows = O.truth_table(p["cases"], p["y"], p["levels"], p["fuzzy"], p["incl_cut"], p["n_cut"], p["pri_cut"])
    ic = float(p["incl_cut"][0]) if p["incl_cut"][0] == p["incl_cut"][1] else tuple(map(float, p["incl_cut"]))
    conds = list(NAMES[:p["k"]])
    if max(r["n"] for r in rows.values()) < p["n_cut"]:
        with pytest.raises(QCAInputError):
            truth_table(p["df"], p["outcome"], conds, incl_cut=ic, n_cut=p["n_cut"], pri_cut=float(p["pri_cut"]))
        return bad
    tt = truth_table(p["df"], p["outcome"], conds, incl_cut=ic, n_cut=p["n_cut"], pri_cut=float(p["pri_cut"]))
    frame = tt.to_frame()
    observed = {r: row for r, row in rows.items() if row["n"] > 0}
    if set(frame.index) != set(observed):
        bad.append(f"truth table rows: engine {sorted(frame.index)} oracle {sorted(observed)}")
    for r in set(frame.index) & set(observed):
        e, o = frame.loc[r], observed[r]
        cfg = tuple(int(e[c]) for c in conds)
        cases = sorted(f"c{i}" for i in o["cases"])
        if (cfg != o["config"] or int(e["n"]) != o["n"] or str(e["OUT"]) != o["OUT"]
                or not close(o["incl"], e["incl"]) or not close(o["PRI"], e["PRI"])
                or sorted(str(e["cases"]).split(",")) != cases):
            bad.append(f"row {r}: engine {cfg} n={e['n']} incl={e['incl']} PRI={e['PRI']} OUT={e['OUT']} "
                       f"cases={e['cases']}; oracle {o['config']} n={o['n']} incl={float(o['incl']):.6f} "
                       f"PRI={float(o['PRI']):.6f} OUT={o['OUT']} cases={cases}")
    if bad:
        return bad
    for explain, include in [(("1",), ()), (("1",), ("?",)), (("1",), ("C",)), (("1", "C"), ()), (("1", "C"), ("?",))]:
        bad += compare_minimize(p, tt, rows, explain, include)
    bad += compare_exclude(p, tt, rows)
    if p["direction"] is not None:
        bad += compare_intermediate(p, tt, rows)
    bad += compare_find_rows(p, tt, rows)
    bad += compare_necessity(p)
    bad += compare_pof(p)
    bad += compare_sufficient_conjunctions(p)
    bad += compare_necessary_expressions(p)
    return bad


def expected_refusal(rows, explain, include):
    on = [r for r, row in rows.items() if row["OUT"] in explain]
    allowed = [r for r, row in rows.items() if row["OUT"] in explain or row["OUT"] in include]
    return not on or len(allowed) == len(rows)     # nothing negative: the answer would be the tautology '1'



def compare_minimize(p, tt, rows, explain, include):
    label = f"explain={','.join(explain)} include={','.join(include) or chr(39) * 2}"
    call = dict(include=",".join(include), explain=",".join(explain), max_models=None)
    if expected_refusal(rows, explain, include):
        try:
            minimize(tt, **call)
        except QCAInputError:
            return []
        return [f"{label}: engine answered, oracle expects a refusal (no row to explain or no negative row)"]
    try:
        primes, models = O.minimise(rows, p["levels"], explain, include)
    except O.TooBig:
        return []
    try:
        sol = minimize(tt, **call)
    except QCAInputError as exc:
        return [f"{label}: engine refused ({exc}), oracle has {len(models)} model(s)"]
    bad = []
    eng_primes = {parse_term(t, p) for t in sol.prime_implicants}
    if eng_primes != set(primes):
        bad.append(f"{label}: prime implicants engine {sorted(map(str, sol.prime_implicants))} oracle "
                   f"{sorted(format_term(c, p) for c in primes)}")
    if models_of(sol, p) != set(models):
        bad.append(f"{label}: models engine {[m.expression for m in sol.models]} oracle "
                   f"{[' + '.join(format_term(c, p) for c in m) for m in models]}")
    bad += compare_fit(p, sol.models, label, rows, explain)
    return bad


def compare_exclude(p, tt, rows):
    """minimize(include='?', exclude=rows): the excluded remainders are coded OUT = 0 first (R's exclude)."""
    remainders = [r for r, row in rows.items() if row["OUT"] == "?"]
    if not remainders:
        return []
    excluded = sorted(random.Random(p["seed"]).sample(remainders, max(1, len(remainders) // 3)))
    recoded = {r: {**row, "OUT": "0"} if r in excluded else row for r, row in rows.items()}
    label = f"include=? exclude={excluded}"
    if expected_refusal(recoded, ("1",), ("?",)):
        return []
    try:
        _, models = O.minimise(recoded, p["levels"], ("1",), ("?",))
    except O.TooBig:
        return []
    sol = minimize(tt, include="?", exclude=excluded, max_models=None)
    if models_of(sol, p) != set(models):
        return [f"{label}: models engine {[m.expression for m in sol.models]} oracle "
                f"{[' + '.join(format_term(c, p) for c in m) for m in models]}"]
    return []


def compare_fit(p, models, label, rows, explain):
    """inclS, PRI, covS of every model and term, covU of every term of a model with several, and each term's
    cases: those of the explained rows it covers."""
    bad = []
    for m in models:
        cubes = [parse_term(t, p) for t in m.terms]
        fit, terms = O.model_fit(p["cases"], p["y"], cubes, p["fuzzy"])
        for key in ("inclS", "PRI", "covS"):
            if not close(fit[key], m.fit[key]):
                bad.append(f"{label}: {m.expression} {key} engine {m.fit[key]} oracle {fit[key]}")
        tf = m.term_fit.reset_index(drop=True)
        for i, t in enumerate(terms):
            for key in ("inclS", "PRI", "covS") + (("covU",) if len(terms) > 1 else ()):
                if not close(t[key], tf.loc[i, key]):
                    bad.append(f"{label}: {m.expression} term {m.terms[i]} {key} engine {tf.loc[i, key]} "
                               f"oracle {float(t[key]):.6f}")
            cube = cubes[i]
            want = sorted(f"c{j}" for r in rows.values() if r["OUT"] in explain
                          and all(l is None or l == v for l, v in zip(cube, r["config"])) for j in r["cases"])
            got = sorted(c for c in re.split(r"[;,]\s*", str(tf.loc[i, "cases"])) if c)
            if got != want:
                bad.append(f"{label}: term {m.terms[i]} cases engine {got} oracle {want}")
    return bad


def compare_intermediate(p, tt, rows):
    dir_exp = {NAMES[j]: "-" if d is None else list(d) if isinstance(d, tuple) else d
               for j, d in enumerate(p["direction"])}
    label = f"intermediate dir_exp={dir_exp}"
    if expected_refusal(rows, ("1",), ("?",)):
        try:
            minimize(tt, include="?", dir_exp=dir_exp)
        except QCAInputError:
            return []
        return [f"{label}: engine answered, oracle expects a refusal (no row to explain or no negative row)"]
    try:
        expected = O.intermediate(rows, p["levels"], p["direction"])
    except O.TooBig:
        return []
    sol = minimize(tt, include="?", dir_exp=dir_exp, max_models=None)
    got = {}
    for pair in sol.intermediate.values():
        key = (frozenset(parse_term(t, p) for t in pair.complex_model.terms),
               frozenset(parse_term(t, p) for t in pair.parsimonious_model.terms))
        got[key] = (O.bits(pair.easy_counterfactuals.index), models_of(pair, p))
    want = {key: (easy, set(models)) for key, (easy, models) in expected.items()}
    bad = []
    if set(got) != set(want):
        return [f"{label}: (C, P) pairs differ: engine {len(got)} oracle {len(want)}"]
    for key in want:
        if got[key] != want[key]:
            ge = [r + 1 for r in range(len(rows)) if got[key][0] >> r & 1]
            we = [r + 1 for r in range(len(rows)) if want[key][0] >> r & 1]
            bad.append(f"{label}: pair C={[format_term(c, p) for c in key[0]]} P={[format_term(c, p) for c in key[1]]}"
                       f": easy engine {ge} oracle {we}; models engine "
                       f"{[[format_term(c, p) for c in m] for m in got[key][1]]} oracle "
                       f"{[[format_term(c, p) for c in m] for m in want[key][1]]}")
    for pair in sol.intermediate.values():
        bad += compare_fit(p, pair.models, f"{label} {pair.name}", rows, ("1",))
    return bad


def simplifying_assumptions(rows, levels):
    """Remainders covered by any parsimonious model (none when no row is positive)."""
    if not any(row["OUT"] == "1" for row in rows.values()):
        return set()
    rem = O.bits(r for r, row in rows.items() if row["OUT"] == "?")
    covered = 0
    for model in O.minimise(rows, levels, ("1",), ("?",))[1]:
        covered |= O.covered_rows(model, levels, rem)
    return {r + 1 for r in range(len(rows)) if covered >> r & 1}


def compare_find_rows(p, tt, rows):
    """find_rows: 'untenable' (rows inside an expression), 'csa' and 'ssr' (R QCA's findRows, types 1-3)."""
    bad = []
    if p["expression"]:
        text = " + ".join(format_term(c, p) for c in p["expression"])
        inside = {r for r, row in rows.items()
                  if any(all(l is None or l == v for l, v in zip(c, row["config"])) for c in p["expression"])}
        for observed in (False, True):
            want = sorted(r for r in inside if observed or rows[r]["OUT"] == "?")
            got = find_rows(tt, "untenable", expression=text, observed=observed)
            if list(got) != want:
                bad.append(f"find_rows untenable {text} observed={observed}: engine {list(got)} oracle {want}")
    # the negation's table at tt's cut-off, of a pair (ic1, ic0) at ic0 alone (R's findRows: "if it has two values
    # the second is used")
    neg = O.truth_table(p["cases"], [O.SCALE - t for t in p["y"]], p["levels"], p["fuzzy"], (p["incl_cut"][1],) * 2,
                        p["n_cut"], p["pri_cut"])
    ssr = sorted(r for r in rows if rows[r]["OUT"] == "1" and neg[r]["OUT"] == "1")
    # a side without positive row has no simplifying assumption: no CSA; else a side with nothing negative has no
    # parsimonious solution (minimize refuses): no CSA list either
    if not all(any(r["OUT"] == "1" for r in t.values()) for t in (rows, neg)):
        csa = []
    elif any(expected_refusal(t, ("1",), ("?",)) for t in (rows, neg)):
        try:
            find_rows(tt, "csa")
        except QCAInputError:
            csa = None
        else:
            bad.append("find_rows csa: engine answered, oracle expects a refusal (a side has no negative row)")
            csa = None
    else:
        try:
            csa = sorted(simplifying_assumptions(rows, p["levels"]) & simplifying_assumptions(neg, p["levels"]))
        except O.TooBig:
            csa = None
    for kind, want in (("csa", csa), ("ssr", ssr)):
        if want is None:
            continue
        got = list(find_rows(tt, kind))
        if got != want:
            bad.append(f"find_rows {kind}: engine {got} oracle {want}")
    return bad


def compare_necessity(p):
    frame = necessity(p["df"], p["outcome"], list(NAMES[:p["k"]])).to_frame()
    bad = []
    for _, r in frame.iterrows():
        cube = parse_term(r["condition"], p)
        x = [O.term_membership(c, cube, p["fuzzy"]) for c in p["cases"]]
        want = O.necessity(x, p["y"])
        for key in ("inclN", "RoN", "covN"):
            if not close(want[key], r[key]):
                bad.append(f"necessity {r['condition']} {key}: engine {r[key]} oracle {want[key]}")
        if bool(r["necessary"]) != (want["inclN"] is not None and want["inclN"] >= Fraction(9, 10)):
            bad.append(f"necessity {r['condition']}: necessary engine {r['necessary']} oracle inclN {want['inclN']}")
    expected = {format_term(c, p) for c in O.all_cubes(p["levels"]) if sum(l is not None for l in c) == 1}
    if set(frame["condition"]) != expected:
        bad.append(f"necessity rows: engine {sorted(frame['condition'])} oracle {sorted(expected)}")
    return bad


def whole_expression(frame):
    """pof's row for the whole expression ('expression' when it has several terms, else its one term)."""
    frame = frame.set_index("term")
    return frame.loc["expression"] if "expression" in frame.index else frame.iloc[0]


def compare_pof(p):
    if not p["expression"]:
        return []
    text = " + ".join(format_term(c, p) for c in p["expression"])
    x = [O.sop_membership(c, p["expression"], p["fuzzy"]) for c in p["cases"]]
    bad = []
    suf = whole_expression(pof(text, p["df"], p["outcome"]).to_frame())
    want = O.sufficiency(x, p["y"])
    for key in ("inclS", "PRI", "covS"):
        if not close(want[key], suf[key]):
            bad.append(f"pof {text} {key}: engine {suf[key]} oracle {want[key]}")
    nec = whole_expression(pof(text, p["df"], p["outcome"], relation="necessity").to_frame())
    want = O.necessity(x, p["y"])
    for key in ("inclN", "RoN", "covN"):
        if not close(want[key], nec[key]):
            bad.append(f"pof necessity {text} {key}: engine {nec[key]} oracle {want[key]}")
    return bad


def super_subset_cuts(p):
    """Cut-offs and depth for super_subset, drawn from the problem's seed (ties included: 0.8, 0.9, 1)."""
    rng = random.Random(p["seed"] + 1)
    depth = rng.choice([None, None, 1, 2])
    return dict(incl_cut=rng.choice([Fraction(3, 4), Fraction(4, 5), Fraction(9, 10), Fraction(1)]),
                cov_cut=rng.choice([Fraction(0), Fraction(1, 5), Fraction(1, 2)]),
                pri_cut=rng.choice([Fraction(0), Fraction(1, 2)]), ron_cut=rng.choice([Fraction(0), Fraction(1, 2)]),
                depth=None if depth is None else min(depth, p["k"]))


def compare_sufficient_conjunctions(p):
    """super_subset(relation='sufficiency'): conjunctions of at most `depth` literals passing incl_cut and cov_cut,
    with no such sub-conjunction, then those below pri_cut dropped (R's superSubset: PRI filters after the search;
    a pri_cut of 0 drops nothing, an undefined PRI included, as R's C_superSubset scores 0/0 as 0)."""
    cuts = super_subset_cuts(p)
    depth = cuts["depth"] or p["k"]
    fit = {}
    for cube in O.all_cubes(p["levels"]):
        if 1 <= sum(l is not None for l in cube) <= depth:
            fit[cube] = O.sufficiency([O.term_membership(c, cube, p["fuzzy"]) for c in p["cases"]], p["y"])

    def passes(c):
        f = fit[c]
        # an undefined score (0/0, e.g. PRI of a set inside the ambiguous region) does not reach a cut-off
        return None not in (f["inclS"], f["covS"]) and f["inclS"] >= cuts["incl_cut"] and f["covS"] >= cuts["cov_cut"]

    def subs(c):
        fixed = [j for j, l in enumerate(c) if l is not None]
        for j in fixed:
            s = c[:j] + (None,) + c[j + 1:]
            if any(l is not None for l in s):
                yield s

    def has_passing_sub(c):
        return any(passes(s) or has_passing_sub(s) for s in subs(c))

    want = {format_term(c, p) for c in fit if passes(c) and not has_passing_sub(c)
            and (cuts["pri_cut"] == 0 or (fit[c]["PRI"] is not None and fit[c]["PRI"] >= cuts["pri_cut"]))}
    res = super_subset(p["df"], p["outcome"], list(NAMES[:p["k"]]), relation="sufficiency",
                       incl_cut=float(cuts["incl_cut"]), cov_cut=float(cuts["cov_cut"]), pri_cut=float(cuts["pri_cut"]),
                       depth=cuts["depth"]).to_frame()
    got = set(res["expression"]) if len(res) else set()
    got = {format_term(parse_term(t, p), p) for t in got}
    return [] if got == want else [f"super_subset sufficiency {cuts}: engine {sorted(got)} oracle {sorted(want)}"]


def compare_necessary_expressions(p):
    """super_subset(relation='necessity'), as its docstring states R's rule: every conjunction passing the inclN and
    covN cut-offs, and every passing disjunction of literals of distinct conditions that contains no literal of a
    passing conjunction and no smaller listed disjunction; at most `depth` literals; then those below ron_cut
    dropped (R filters RoN after the search)."""
    cuts = super_subset_cuts(p)
    depth = cuts["depth"] or p["k"]
    lits = [c for c in O.all_cubes(p["levels"]) if sum(l is not None for l in c) == 1]

    def passes(memberships):
        f = O.necessity(memberships, p["y"])
        return None not in (f["inclN"], f["covN"]) and f["inclN"] >= cuts["incl_cut"] and f["covN"] >= cuts["cov_cut"]

    def relevant(memberships):
        ron = O.necessity(memberships, p["y"])["RoN"]
        # a cut of 0 filters nothing (R's superSubset: RoN and PRI of 0/0 are 0, kept by a cut of 0)
        return cuts["ron_cut"] == 0 or (ron is not None and ron >= cuts["ron_cut"])

    conj = {c for c in O.all_cubes(p["levels"]) if 1 <= sum(l is not None for l in c) <= depth
            and passes([O.term_membership(x, c, p["fuzzy"]) for x in p["cases"]])}
    used = {j_l for c in conj for j_l in enumerate(c) if j_l[1] is not None}
    disj = []
    for size in range(2, depth + 1):
        for combo in combinations(lits, size):
            js = [[l is not None for l in c].index(True) for c in combo]
            if len(set(js)) < size or any((j, c[j]) in used for j, c in zip(js, combo)):
                continue
            if any(set(d) < set(combo) for d in disj):
                continue
            if passes([O.sop_membership(x, combo, p["fuzzy"]) for x in p["cases"]]):
                disj.append(combo)
    want = ({format_term(c, p) for c in conj if relevant([O.term_membership(x, c, p["fuzzy"]) for x in p["cases"]])}
            | {" + ".join(sorted(format_term(c, p) for c in d)) for d in disj
               if relevant([O.sop_membership(x, d, p["fuzzy"]) for x in p["cases"]])})
    res = super_subset(p["df"], p["outcome"], list(NAMES[:p["k"]]), relation="necessity",
                       incl_cut=float(cuts["incl_cut"]), cov_cut=float(cuts["cov_cut"]), ron_cut=float(cuts["ron_cut"]),
                       depth=cuts["depth"]).to_frame()
    got = {" + ".join(sorted(format_term(parse_term(t, p), p) for t in e.split("+"))) for e in res["expression"]} \
        if len(res) else set()
    return [] if got == want else [f"super_subset necessity {cuts}: engine {sorted(got)} oracle {sorted(want)}"]


# ---------------------------------------------------------------- edge cases met

def features(p):
    """The edge cases a problem exercises (to show, and to test, that the sample meets each of them)."""
    rows = O.truth_table(p["cases"], p["y"], p["levels"], p["fuzzy"], p["incl_cut"], p["n_cut"], p["pri_cut"])
    obs = [r for r in rows.values() if r["n"] > 0]
    tags = {p["kind"], f"k={p['k']}"}
    if p["outcome"].startswith("~"):
        tags.add("negated outcome")
    if "{" in p["outcome"]:
        tags.add("multi-value outcome")
    if p["incl_cut"][0] != p["incl_cut"][1]:
        tags.add("two incl cut-offs")
    if any(r["incl"] == p["incl_cut"][0] for r in obs):
        tags.add("row incl exactly at ic1")
    if any(r["incl"] == p["incl_cut"][1] for r in obs if p["incl_cut"][0] != p["incl_cut"][1]):
        tags.add("row incl exactly at ic0")
    if any(0 < r["n"] < p["n_cut"] for r in obs):
        tags.add("observed row below n_cut")
    if any(r["OUT"] == "C" for r in obs):
        tags.add("contradiction row")
    if p["pri_cut"] and any(r["incl"] >= p["incl_cut"][0] and r["PRI"] < p["pri_cut"]
                            for r in obs if r["n"] >= p["n_cut"]):
        tags.add("row failed by pri_cut only")
    if any(2 * v == O.SCALE for c in p["cases"] for v, f in zip(c, p["fuzzy"]) if f):
        tags.add("case at 0.5 (in no row)")
    if len(obs) == 1:
        tags.add("all cases in one row")
    if any(len({c[j] for c in p["cases"]}) == 1 for j in range(p["k"])):
        tags.add("constant condition")
    if any(nl >= 3 for nl in p["levels"]):
        tags.add("3-4 levels")
    if p["direction"] is not None:
        tags.add("directional expectations")
    if any(r["OUT"] == "1" for r in obs) and not any(r["OUT"] not in "1?" for r in obs):
        tags.add("no observed negative row")
    try:
        if len(O.minimise(rows, p["levels"], ("1",), ("?",))[1]) > 1:
            tags.add("several parsimonious models")
        if p["direction"] and any(r["OUT"] == "1" for r in obs) and any(r["OUT"] == "0" for r in obs):
            pairs = O.intermediate(rows, p["levels"], p["direction"])
            if any(easy for easy, _ in pairs.values()):
                tags.add("intermediate with easy counterfactuals")
                if p["kind"] == "mv":
                    tags.add("multi-value intermediate with easy counterfactuals")
            if len(pairs) > 1:
                tags.add("several intermediate pairs")
    except O.TooBig:
        tags.add("skipped: too big for brute force")
    return tags


# ---------------------------------------------------------------- tests

REQUIRED_FEATURES = ("crisp", "fuzzy", "mv", "negated outcome", "multi-value outcome", "two incl cut-offs",
                     "row incl exactly at ic1", "row incl exactly at ic0", "observed row below n_cut",
                     "contradiction row", "row failed by pri_cut only", "all cases in one row", "constant condition",
                     "3-4 levels", "no observed negative row", "several parsimonious models",
                     "intermediate with easy counterfactuals", "several intermediate pairs", "case at 0.5 (in no row)",
                     "multi-value intermediate with easy counterfactuals")


def run(seeds):
    """{seed: disagreements} and how many problems met each edge case."""
    failures, met = {}, collections.Counter()
    for seed in seeds:
        p = make_problem(seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bad = compare(p)
        met.update(features(p))
        if bad:
            failures[seed] = bad
    return failures, met


def test_engine_agrees_with_the_oracle_on_random_problems():
    failures, met = run(range(N_PROBLEMS))
    assert not failures, "\n".join(f"seed {s}: {b}" for s, bs in list(failures.items())[:5] for b in bs[:3])
    assert all(met[f] >= 3 for f in REQUIRED_FEATURES), {f: met[f] for f in REQUIRED_FEATURES}


# ---------------------------------------------------------------- regressions found by the oracle

def test_pri_is_undefined_when_every_case_is_as_much_outside_y_as_in_x():
    """X = 0.1, Y = 0.9: PRI = (0.1 - 0.1) / (0.1 - 0.1) = 0/0. In floating point 1 - 0.9 rounds below 0.1 and the
    engine reported PRI = 1.000 (oracle seeds 800, 1681, 1718)."""
    data = pd.DataFrame({"A": [0.1], "Y": [0.9]}, index=["a"])
    assert math.isnan(pof("A", data, "Y").to_frame().loc[1, "PRI"])
    data = pd.DataFrame({"A": [0.1, 0.8], "Y": [0.9, 0.7]}, index=["a", "b"])   # a defined PRI is unchanged
    assert pof("A", data, "Y").to_frame().loc[1, "PRI"] == pytest.approx(0.4 / 0.5)


def test_super_subset_does_not_pass_a_conjunction_with_undefined_pri():
    """Oracle seed 800, reduced: B*E has inclS = 1 but PRI = 0/0, and was listed with PRI = 1.000."""
    p = make_problem(800)
    res = super_subset(p["df"], p["outcome"], list(NAMES[:p["k"]]), relation="sufficiency", incl_cut=0.8,
                       cov_cut=0.2).to_frame()
    assert not {"B*E", "D*E"} & set(res["expression"])
    assert not compare_sufficient_conjunctions(p)


def test_calibrate_agrees_with_the_oracle():
    """calibrate(): direct method (increasing and decreasing anchors, idm 0.95 / 0.99, values at the anchors) and
    crisp thresholds (values at a threshold), 400 random draws."""
    rng = random.Random(7)
    bad = []
    for _ in range(400):
        e, c, i = sorted(rng.sample(range(0, 101, 5), 3))
        if rng.random() < 0.3:
            e, i = i, e
        idm = rng.choice([0.95, 0.99])
        x = [rng.choice([e, c, i, rng.uniform(-20, 120), rng.randint(-20, 120)]) for _ in range(12)]
        got = calibrate(x, thresholds=[e, c, i], idm=idm)
        want = [O.direct_calibration(v, e, c, i, idm) for v in x]
        bad += [(e, c, i, idm, v, g, w) for v, g, w in zip(x, got, want) if abs(g - w) > 1e-9]
        ths = sorted(rng.sample(range(0, 101, 5), rng.randint(1, 3)))
        got = calibrate(x, type="crisp", thresholds=ths)
        bad += [(ths, v, g) for v, g in zip(x, got) if g != O.crisp_calibration(v, ths)]
    assert not bad, bad[:5]


# ---------------------------------------------------------------- the oracle against R itself

def r_reference_tables():
    """(name, R's truth table rows, R's solutions) of every crisp-condition R QCA reference with an intermediate
    solution (data/reference/r-qca: R QCA 3.25's own truthTable()/minimize() output)."""
    import ast
    import json
    from analysis.paths import R_QCA
    for name in ("LC", "LC_negated", "LF", "LF_negated"):
        ref = json.loads((R_QCA / f"{name}.json").read_text())
        listed = ref["truth_table"]["rows"]
        listed = ast.literal_eval(listed) if isinstance(listed, str) else listed
        rows = {r["row"]: {"config": tuple(r["config"]), "OUT": str(r["OUT"])} for r in listed}
        yield name, ref["truth_table"], rows, ref["solutions"]


def test_oracle_reproduces_r_on_its_reference_truth_tables():
    """The oracle alone (no engine) on R's own truth tables gives R's conservative and parsimonious models and, for
    every intermediate pair, R's easy counterfactuals and models. This grounds the oracle's reading of the
    intermediate solution in R: with LF_negated and dir.exp = 1,1,1,1,1, R takes easy counterfactuals only from
    complex terms inside a parsimonious term (rows 3, 4, 7-16), not from every intersecting pair (also 17, 19, ...)."""
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    p = {"k": 5, "levels": (2,) * 5}

    def cubes(terms):
        return frozenset(tuple(None if c not in {l.lstrip("~") for l in t.split("*")} else
                               (0 if f"~{c}" in t.split("*") else 1) for c in conds) for t in terms)

    checked = 0
    for name, tt, rows, sols in r_reference_tables():
        assert len(rows) == 32, name
        for kind, include in (("complex", ()), ("parsimonious", ("?",))):
            _, models = O.minimise(rows, p["levels"], ("1",), include)
            assert set(models) == {cubes(m["terms"]) for m in sols[kind]["models"]}, (name, kind)
        for key, sol in sols.items():
            if "intermediate" not in sol:
                continue
            direction = [int(v) for v in re.search(r'dir.exp = "([^"]+)"', sol["call"]).group(1).split(",")]
            got = O.intermediate(rows, p["levels"], direction)
            for pair in sol["intermediate"].values():
                easy, models = got[(cubes(pair["complex_solution_used"]), cubes(pair["parsimonious_solution_used"]))]
                assert [r + 1 for r in range(32) if easy >> r & 1] == \
                    [r["row"] for r in pair["easy_counterfactuals"]], (name, key)
                assert set(models) == {cubes(m["terms"]) for m in pair["models"]}, (name, key)
                checked += 1
    assert checked == 5


def test_cli_minimize_agrees_with_the_oracle(tmp_path, capsys):
    """`python -m analysis.qca minimize ... --json` (in process): parsimonious and intermediate models of 40 random
    problems, with the cut-offs, outcome and directional expectations passed as command-line text."""
    import json
    from analysis.qca.cli import main
    compared = 0
    for seed in range(40):
        p = make_problem(seed)
        rows = O.truth_table(p["cases"], p["y"], p["levels"], p["fuzzy"], p["incl_cut"], p["n_cut"], p["pri_cut"])
        if max(r["n"] for r in rows.values()) < p["n_cut"] or expected_refusal(rows, ("1",), ("?",)):
            continue
        path = tmp_path / f"p{seed}.csv"
        p["df"].rename_axis("case").to_csv(path)
        ic = ",".join(str(float(v)) for v in (p["incl_cut"][:1] if p["incl_cut"][0] == p["incl_cut"][1]
                                               else p["incl_cut"]))
        argv = ["minimize", str(path), "--outcome", p["outcome"], "--incl-cut", ic, "--n-cut", str(p["n_cut"]),
                "--pri-cut", str(float(p["pri_cut"])), "--include", "?", "--max-models", "100000", "--json"]
        try:
            want = set(O.minimise(rows, p["levels"], ("1",), ("?",))[1])
            if p["direction"] and p["kind"] != "mv":
                pairs = O.intermediate(rows, p["levels"], p["direction"])
        except O.TooBig:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert main(argv) == 0
            out = json.loads(capsys.readouterr().out)
            got = {frozenset(parse_term(t, p) for t in m["terms"]) for m in out["models"]}
            assert got == want, (seed, "parsimonious")
            if p["direction"] and p["kind"] != "mv":
                dir_exp = ",".join("-" if d is None else str(d) for d in p["direction"])
                assert main(argv + ["--dir-exp", dir_exp]) == 0
                out = json.loads(capsys.readouterr().out)
                got = {frozenset(parse_term(t, p) for t in m["terms"]) for m in out["models"]}
                assert got == {m for _, models in pairs.values() for m in models}, (seed, "intermediate")
        compared += 1
    assert compared >= 20


def test_cli_dir_exp_may_start_with_no_expectation(tmp_path, capsys):
    """`--dir-exp -,1` (first condition without expectation, the documented '1,0,- in order' form) stopped with
    'error: argument --dir-exp: expected one argument' because argparse took '-,1' for an option (oracle seed 12)."""
    from analysis.qca.cli import main
    data = pd.DataFrame({"A": [0, 0, 1, 1], "B": [0, 1, 0, 1], "Y": [0, 0, 0, 1]},
                        index=pd.Index(list("abcd"), name="case"))
    path = tmp_path / "d.csv"
    data.to_csv(path)
    for argv in (["--dir-exp", "-,1"], ["--dir-exp=-,1"]):
        assert main(["minimize", str(path), "--outcome", "Y", "--include", "?", *argv]) == 0
        assert "A*B" in capsys.readouterr().out


def test_find_rows_csa_is_empty_when_a_side_has_no_positive_row():
    """No positive row for Y: no parsimonious solution for Y, no simplifying assumption, so no contradictory one.
    find_rows stopped with minimize's refusal of the ~Y table (nothing negative) instead (oracle seeds 4, 48)."""
    data = pd.DataFrame({"A": [0, 1, 1], "B": [0, 0, 1], "Y": [0, 0, 0]}, index=["a", "b", "c"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert find_rows(truth_table(data, "Y", ["A", "B"]), "csa") == []


def test_find_rows_csa_refusal_names_the_table_without_a_solution():
    """Both tables have positive rows but ~Y's has nothing negative: the refusal says it is ~Y's solution that
    cannot be found (it spoke only of minimize and include='', oracle seed 212)."""
    data = pd.DataFrame({"A": [0.55, 1.0, 0.45], "B": [0.0, 0.75, 0.0], "C": [0.55, 0.55, 0.55],
                         "Y": [0.3, 0.55, 0.3]}, index=["c0", "c1", "c2"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(data, "Y", ["A", "B", "C"], incl_cut=0.75)
        with pytest.raises(QCAInputError, match="parsimonious solution for ~Y"):
            find_rows(tt, "csa")


def test_find_rows_csa_takes_budgets_and_refuses_a_partial_solution(capsys, tmp_path):
    """find_rows minimises the Y and ~Y tables itself: it takes minimize()'s budgets (the CLI's find-rows and
    esa --csa named --max-work in a refusal but had no such flag), and a partial parsimonious solution (more
    minimal models than listed) is refused, not read as if its listed models were all (their simplifying
    assumptions would be missing from the CSA)."""
    from analysis.qca import QCAComplexityError
    from analysis.qca.cli import main
    from analysis.qca.find_rows import simplifying_assumption_rows
    data = pd.DataFrame({"A": [1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0], "B": [1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1],
                         "C": [1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1], "D": [0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1],
                         "Y": [0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1]}, index=[f"c{i}" for i in range(12)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(data, "Y", list("ABCD"))
        full = find_rows(tt, "csa")
        assert full == [2, 5, 10, 12, 13] == find_rows(tt, "csa", max_models=10, max_work=10**6)
        sol = minimize(tt, include="?", max_models=1)
        assert sol.partial and sol.n_models == 3
        # what reading the listed model only would give: fewer rows than the solution's 3 models use
        assert simplifying_assumption_rows(sol, ["M1"]) < simplifying_assumption_rows(tt)
        with pytest.raises(QCAComplexityError, match=r"partial \(3 minimal models, 1 listed\).*--max-models"):
            find_rows(tt, "csa", max_models=1)
        with pytest.raises(QCAInputError, match=r"takes no argument 'max_model'; did you mean 'max_models'\?"):
            find_rows(tt, "csa", max_model=1)
        # minimize()'s other options are not budgets: they would change both solutions silently (a diff review)
        with pytest.raises(QCAInputError, match=r"find_rows\(\) takes no argument 'exclude'"):
            find_rows(tt, "csa", exclude=[1])
    import inspect
    from analysis.qca.minimize import BUDGETS
    params = inspect.signature(minimize).parameters
    assert set(BUDGETS) <= {p for p, v in params.items() if v.kind is v.KEYWORD_ONLY}
    assert all(params[k].default in (v, None) for k, v in BUDGETS.items())  # None: minimize's own default is v
    data.index.name = "case"
    path = tmp_path / "d.csv"
    data.to_csv(path)
    capsys.readouterr()
    assert main(["find-rows", str(path), "--outcome", "Y", "--type", "csa", "--max-work", "1000000"]) == 0
    assert capsys.readouterr().out.strip() == "csa rows: 2, 5, 10, 12, 13"
    assert main(["find-rows", str(path), "--outcome", "Y", "--type", "csa", "--max-models", "1"]) == 2
    assert "partial" in capsys.readouterr().err
    assert main(["esa", str(path), "--outcome", "Y", "--csa", "--max-work", "1000000"]) == 0
