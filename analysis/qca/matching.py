"""Comparative case selection: pairs of cases for comparative process tracing after a sufficiency analysis
(`smmr_pairs`, `focal_condition_pairs`) or for a necessary condition (`necessity_pairs`), in set-theoretic multi-method
research (Schneider & Rohlfing 2013, 2016; Rohlfing & Schneider 2013; Schneider 2024), ranked as SetMethods'
smmr(match = TRUE) ranks them (its rules read as method and checked on its reference output; where it errs, the
difference is proved in tests/test_qca_diagnostics.py).

Pairs of a term T of a model (memberships x in T or in one of its conjuncts, Y in the outcome):
  typical-typical, per focal conjunct   two typical cases of T differing most in the focal conjunct (FC) and in Y,
                                        alike in the other conjuncts (within-type comparison of the mechanism)
  typical-irrelevant, per FC            a typical case of T and an individually irrelevant case (T < 0.5, Y < 0.5),
                                        ideally out of T through the FC alone (a most-similar, different-outcome
                                        comparison: does the FC make the difference?)
  typical-typical / typical-irrelevant, per term (no focal conjunct)
  typical-deviant consistency, per term a typical case and a case in T but out of Y (what stops the mechanism?)
  deviant coverage-irrelevant           a case in Y not explained by the solution and an irrelevant case of the same
                                        truth table row (what is the missing condition?)
Lower `best` = better pair. A term with one conjunct has no pair rank ('-').
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .diagnostics import (_check_component, _component, _model, case_typology, conjunct_literals, model_term,
                          necessary_condition, necessity_cases, smmr, smmr_focal_conjuncts, TablesByKey)
from .checks import choice_hint
from .display import ResultFrame
from .errors import QCAInputError, quoted
from .r_calls import outcome_given_hint, refuses_r_only_arguments, smmr_pairs_hint
from .expressions import expression_membership, warns_once
from .pof import _names_in

__all__ = ["smmr_pairs", "focal_condition_pairs", "necessity_pairs", "PAIRS", "NECESSITY_PAIRS",
           "MAX_PAIR_CANDIDATES"]

PAIRS = ("typical-typical", "typical-irrelevant", "typical-deviant consistency", "deviant coverage-irrelevant")
_BY = {"typical-typical": ("focal conjunct", "term"), "typical-irrelevant": ("focal conjunct", "term"),
       "typical-deviant consistency": ("term",), "deviant coverage-irrelevant": ("truth table row",)}


def _r3(v):
    return np.round(np.asarray(v, dtype=float) + 0.0, 3)


def _isin(cases: np.ndarray, names) -> np.ndarray:
    """Which cases are among `names`, by hashing: np.isin on object arrays (case names) compares every case with
    every name (at 100,000 cases and ~25,000 names: 100 s)."""
    return pd.Series(cases, dtype=object).isin(pd.Series(names, dtype=object)).to_numpy(bool)


def _both(a, b, first: str, second: str) -> list[str]:
    """'both', first, second or 'none': which case of a pair has a property."""
    return ["both" if u and v else first if u else second if v else "none" for u, v in zip(a, b)]


#: Candidate pairs of cases (first cases x second cases, before any is dropped) one table may rank at most by
#: default. Measured at 44.8 million pairs (14,800 cases of random data, two cores shared with other work): 8 s
#: for smmr_pairs' typical-irrelevant table by term, 15 s by focal conjunct (nine columns ranked); the time grows
#: with the number of pairs, the memory does not (see _CHUNK).
MAX_PAIR_CANDIDATES = 50_000_000
#: Pairs of cases ranked at a time: memory is bounded by this and max_pairs, not by the number of pairs.
_CHUNK = 1 << 18


def _grid(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i, j) of two arrays of case positions, ordered by j, then i (ties in the rankings keep this)."""
    return np.tile(first, len(second)), np.repeat(second, len(first))


def _check_candidates(n_first: int, n_second: int, budget: int) -> None:
    """QCAInputError when n_first x n_second candidate pairs exceed max_pair_candidates."""
    if n_first * n_second > budget:
        raise QCAInputError(
            f"{n_first:,} x {n_second:,} cases make {n_first * n_second:,} candidate pairs to rank, more "
            f"than max_pair_candidates = {budget:,}; raise max_pair_candidates (CLI: --max-pair-candidates), or "
            "choose a term, kind of pairs or data with fewer cases")


def _refuse_early(pairs: str, names, ty: pd.DataFrame, budget: int) -> None:
    """The max_pair_candidates check of each term's table (`names`, in the order the tables are built), made from
    the case typology before smmr's tables are built, as _pairs would make it: the first x second cases of a term
    are its typical cases (T > 0.5, Y > 0.5, T <= Y) and, per kind of pairs, its typical, irrelevant (T < 0.5,
    Y < 0.5) or deviant consistency cases (T > 0.5, Y < 0.5), T the term's membership, which a focal conjunct's
    pairs read as min(FC, other conjuncts), the same minimum. 100,000 cases were refused after 1.7 s (3 s for
    focal_condition_pairs), the typical cases, the focal conjunct tables and three more typologies built first."""
    y = ty["outcome"].to_numpy(float)
    for name in names:
        x = ty[name].to_numpy(float)
        n_typ = int(((x > 0.5) & (y > 0.5) & (x <= y)).sum())
        second = {"typical-typical": n_typ, "typical-irrelevant": int(((x < 0.5) & (y < 0.5)).sum()),
                  "typical-deviant consistency": int(((x > 0.5) & (y < 0.5)).sum())}[pairs]
        _check_candidates(n_typ, second, budget)


def _pairs(first, second, frame, select, keep=None, budget: int = MAX_PAIR_CANDIDATES
           ) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) of the pairs `select` picks, in its order, among every pair of two lists of case positions (grid
    order: by j, then i; `keep(i, j)` drops pairs), ranked chunk by chunk of about _CHUNK pairs: select(frame(i, j))
    gives positions in the frame and must pick the first pairs of a total order whose ties keep grid order (the
    first k overall or per group), so that the best of the chunks' best (kept in grid order) are the best of all."""
    first, second = np.asarray(first, dtype=int), np.asarray(second, dtype=int)
    _check_candidates(len(first), len(second), budget)
    step = max(1, _CHUNK // max(1, len(first)))
    ci, cj = [np.zeros(0, dtype=int)], [np.zeros(0, dtype=int)]
    for s in range(0, len(second), step):
        i, j = _grid(first, second[s:s + step])
        if keep is not None:
            m = keep(i, j)
            i, j = i[m], j[m]
        k = np.sort(np.asarray(select(frame(i, j)), dtype=int))  # back in grid order for the next round
        ci.append(i[k])
        cj.append(j[k])
    i, j = np.concatenate(ci), np.concatenate(cj)
    k = np.asarray(select(frame(i, j)), dtype=int)
    return i[k], j[k]


def _top(df: pd.DataFrame, max_pairs: int) -> np.ndarray:
    """Positions of the first `max_pairs` pairs, sorted by every column of `df` in turn (ties in grid order). Only
    the rows that can be among them are sorted (_lexicographic_candidates): sorting a chunk's 262,144 pairs by nine
    columns was most of the time of smmr_pairs' typical-irrelevant pairs (23 s at 10,000 cases)."""
    keep = _lexicographic_candidates([df[c].to_numpy() for c in df.columns], max_pairs)
    if keep is not None:
        df = df.iloc[keep]
    return df.sort_values(list(df.columns), kind="stable").head(max_pairs).index.to_numpy()


def _lexicographic_candidates(columns: list[np.ndarray], k: int) -> np.ndarray | None:
    """Positions (ascending) of a subset of rows holding the first k rows of the stable lexicographic order of
    `columns` (column 0 first): per column, the rows below the k-th smallest remaining value are kept, those at it
    decided by the next column; rows tied on every column are kept in row order, the first ones. O(rows x columns)
    without a sort; None (sort everything) where a column is not numeric or holds NaN."""
    n = len(columns[0]) if columns else 0
    if n <= k or k < 1:
        return None
    cols = []
    for c in columns:
        if c.dtype.kind not in "biuf":
            return None
        c = c.astype(float) if c.dtype.kind == "b" else c
        if c.dtype.kind == "f" and np.isnan(c).any():
            return None
        cols.append(c)
    idx = np.arange(n)
    kept = []
    for c in cols:
        if len(idx) <= k:
            break
        v = c[idx]
        # the smallest value when k rows hold it (ties: the usual case of the flag columns): np.partition on an
        # array of few distinct values took 15 ms a chunk, most of the ranking's time
        lo = v.min()
        cut = lo if np.count_nonzero(v == lo) >= k else np.partition(v, k - 1)[k - 1]
        below = v < cut
        kept.append(idx[below])
        k -= int(below.sum())
        idx = idx[v == cut]
    kept.append(idx[:k] if len(idx) > k else idx)   # tied on every column: grid order, the first k
    return np.sort(np.concatenate(kept))


def _check_max_pairs(max_pairs, name: str = "max_pairs") -> int:
    if isinstance(max_pairs, bool) or not isinstance(max_pairs, (int, np.integer)) or max_pairs < 1:
        raise QCAInputError(f"{name} must be a whole number >= 1, got {quoted(max_pairs)}")
    return int(max_pairs)


def _check(pairs: str, by: str | None, outcome: str | None = None) -> str:
    """`by` for `pairs` (its default when None); a kind of pairs given as SetMethods' number or the solution's outcome
    given in its place (SetMethods' smmr(results, outcome, match, ...)) is told what to write."""
    if not isinstance(pairs, str) or pairs not in _BY:
        raise QCAInputError(f"pairs must be one of {', '.join(quoted(p) for p in PAIRS)}, got {quoted(pairs)}"
                            + (smmr_pairs_hint(pairs) or outcome_given_hint(pairs, outcome, "the second argument is the "
                               "kind of pairs, e.g. smmr_pairs(sol, 'typical-typical')") or choice_hint(pairs, PAIRS)))
    by = _BY[pairs][0] if by is None else by
    if by not in _BY[pairs]:
        raise QCAInputError(f"by must be {' or '.join(quoted(b) for b in _BY[pairs])} for {quoted(pairs)} pairs, got {quoted(by)}"
                            f"{choice_hint(by, _BY[pairs])}")
    return by


@refuses_r_only_arguments("smmr_pairs")
def smmr_pairs(solution, pairs: str = "typical-typical", *, by: str | None = None, term=None, model: int = 1,
               max_pairs: int = 5, max_pair_candidates: int = MAX_PAIR_CANDIDATES) -> TablesByKey:
    """The best `max_pairs` pairs of cases of one kind for comparative case studies, one table per focal conjunct
    of `term` (by='focal conjunct', the default for typical-typical and typical-irrelevant), per term of the model
    (by='term') or per truth table row (deviant coverage-irrelevant). Keys: the focal conjunct, the term, or
    'solution'. Columns: the two cases; pair_rank; clean_correspondence and FC<=Y (which case of the pair has
    it: 'both', one of them, 'none'); unique_coverage (the typical case is typical for this term only);
    globally_uncovered (the irrelevant case is out of the whole solution); best; most_typical_* (the case is the
    most typical of its focal conjunct / term). An empty table: no pair of that kind. The tables come in a
    TablesByKey, a dict {key: table} that prints every table under its key and gives to_frame() (one table, a first
    column `table` naming each row's key) and to_dict() (JSON-ready records), as the cases command prints them.
    A table whose first x second cases exceed `max_pair_candidates` (default MAX_PAIR_CANDIDATES = 50,000,000) is
    refused (QCAInputError).
    term (number or expression; default 1) applies to pairs by focal conjunct only: with by='term' or per truth
    table row it was ignored (term=9 of a two-term model gave every term's table), so it is refused there."""
    by = _check(pairs, by, getattr(getattr(solution, 'truth_table', None), 'outcome', None))
    if term is not None and by != "focal conjunct":
        whole = "one table per term of the model" if by == "term" else "one table of the whole solution"
        raise QCAInputError(f"term applies to pairs per focal conjunct of one term, not to {quoted(pairs)} pairs by "
                            f"{by} ({whole}), got term={quoted(term)}; leave it out")
    term = 1 if term is None else term
    max_pairs = _check_max_pairs(max_pairs)
    budget = _check_max_pairs(max_pair_candidates, "max_pair_candidates")
    m = _model(solution, model)
    ty = case_typology(solution, model)
    if by != "truth table row":
        _refuse_early(pairs, [model_term(solution, m, term)] if by == "focal conjunct" else list(m.terms), ty, budget)
    typical = smmr(solution, "typical", model)
    cases = ty["case"].to_numpy(object)
    # per case (aligned with `ty`): typical for one term only; most typical of each term
    uniq = _isin(cases, typical.loc[typical["unique_coverage"], "case"].to_numpy(object))
    most_term = {t: _isin(cases, g.loc[g["most_typical"], "case"].to_numpy(object))
                 for t, g in typical.groupby("term")}
    nobody = np.zeros(len(cases), dtype=bool)
    if by == "focal conjunct":
        tables = _by_focal_conjunct(solution, pairs, term, model, m, ty, uniq, most_term, nobody, max_pairs, budget)
    elif by == "term":   # the deviant consistency cases of every term: one table, built once
        dc = smmr(solution, "deviant consistency", model) if pairs == "typical-deviant consistency" else None
        tables = {t: _by_term(pairs, t, ty, uniq, most_term.get(t, nobody), max_pairs, dc, budget) for t in m.terms}
    else:
        tables = {"solution": _deviant_coverage_irrelevant(solution, ty, max_pairs, budget)}
    # prints (in blocks of 80 columns, the pair's cases in each), to_frame() and to_dict() as the cases command does
    return TablesByKey(tables, column="table", key_columns=2)


# ---------------------------------------------------------------- per focal conjunct of one term
def _by_focal_conjunct(solution, pairs, term, model, m, ty, uniq, most_terms, nobody, max_pairs,
                       budget=MAX_PAIR_CANDIDATES):
    fc_tables = smmr_focal_conjuncts(solution, term, model)  # checks `term`; most typical case per FC
    name = model_term(solution, m, term)
    most_term = most_terms.get(name, nobody)
    conds = list(solution.truth_table.conditions)
    lits = conjunct_literals(solution, name)
    frame = pd.DataFrame(solution.truth_table.data.X, columns=conds)
    y = ty["outcome"].to_numpy(float)
    sol = ty["solution"].to_numpy(float)
    cases = ty["case"].to_numpy(object)
    single = len(lits) == 1
    out = {}
    for c, (label, fct) in zip(lits, fc_tables.items()):
        x = expression_membership(frame, label)
        others = [w for k, w in lits.items() if k != c]
        cc = expression_membership(frame, "*".join(others)) if others else x  # complementary conjuncts (min)
        t = np.minimum(x, cc)
        mincc = np.zeros(len(x)) if single else cc  # for the pair rank and distance
        fc_le_y = x <= y
        clean = (fc_le_y & ((cc < x) | (cc > y))) | (~fc_le_y & ((cc > x) | (cc < y)))  # x and y not tied to cc
        most_fc = _isin(cases, fct.loc[fct["most_typical_FC"], "case"].to_numpy(object))
        typ = np.flatnonzero((t > 0.5) & (y > 0.5) & (t <= y)).tolist()
        if pairs == "typical-typical":
            out[label] = _typtyp_fc(typ, x, y, t, mincc, fc_le_y, clean, cases, uniq, most_fc,
                                    most_term, single, max_pairs, budget)
        else:
            iir = np.flatnonzero((t < 0.5) & (y < 0.5)).tolist()
            out[label] = _typiir_fc(typ, iir, x, y, mincc, fc_le_y, clean, sol, cases, uniq, most_fc,
                                    most_term, single, max_pairs, budget)
    return out


def _typtyp_fc(typ, x, y, t, mincc, fc_le_y, clean, cases, uniq, most_fc, most_term, single, max_pairs,
               budget=MAX_PAIR_CANDIDATES):
    """Typical-typical per focal conjunct: best = (0.5 − (x1 − x2)) + (0.5 − (y1 − y2)) + |cc1 − cc2| +
    2|y1 − x1| + 2|y2 − x2| (x: FC, cc: the other conjuncts); the first case at least as typical of the term as
    the second (2(Y − T) + (1 − T) no larger). Pair rank 1..4: FC below the other conjuncts in both, the first
    only, the second only, neither (the FC, not another conjunct, sets the term's membership)."""
    cols = ["typical_1", "typical_2", "pair_rank", "clean_correspondence", "FC<=Y", "unique_coverage", "best",
            "most_typical_FC", "most_typical_term"]
    score = 2 * (y - t) + (1 - t)
    below = x < mincc

    def frame(i, j):
        best = _r3((0.5 - (x[i] - x[j])) + (0.5 - (y[i] - y[j])) + np.abs(mincc[i] - mincc[j])
                   + 2 * np.abs(y[i] - x[i]) + 2 * np.abs(y[j] - x[j]))
        rank = np.select([below[i] & below[j], below[i], below[j]], [1, 2, 3], 4)
        cc_code = 2 * clean[i].astype(int) + clean[j].astype(int)
        return pd.DataFrame({"rank": rank, "cc": -cc_code,
                             "f1": -fc_le_y[i].astype(int), "f2": -fc_le_y[j].astype(int),
                             "u1": -uniq[i].astype(int), "u2": -uniq[j].astype(int), "best": best})

    a, b = _pairs(typ, typ, frame, lambda df: _top(df, max_pairs),
                  keep=lambda i, j: (score[i] <= score[j]) & (i != j), budget=budget)
    f = frame(a, b)
    res = pd.DataFrame({
        "typical_1": cases[a], "typical_2": cases[b],
        "pair_rank": ["-"] * len(a) if single else f["rank"].tolist(),
        "clean_correspondence": _both(clean[a], clean[b], "typical_1", "typical_2"),
        "FC<=Y": _both(fc_le_y[a], fc_le_y[b], "typical_1", "typical_2"),
        "unique_coverage": _both(uniq[a], uniq[b], "typical_1", "typical_2"),
        "best": f["best"].to_numpy(),
        "most_typical_FC": _both(most_fc[a], most_fc[b], "typical_1", "typical_2"),
        "most_typical_term": _both(most_term[a], most_term[b], "typical_1", "typical_2")}, columns=cols)
    return res.reset_index(drop=True)


def _typiir_rank(xi, ci, xj, cj):
    """Pair rank 1..8 of a typical case (FC xi, other conjuncts ci) and an irrelevant one (xj, cj): best when the
    typical case's term membership is set by the FC (xi < ci) and the irrelevant case is out of the term through
    the FC alone (xj < 0.5 <= cj); then out through both, the FC lower; both, the FC not lower; FC in, others out."""
    lo = xi < ci
    conds = [(xj < 0.5) & (cj >= 0.5) & lo, (xj < 0.5) & (cj >= 0.5),
             (xj < 0.5) & (cj < 0.5) & (cj > xj) & lo, (xj < 0.5) & (cj < 0.5) & lo,
             (xj < 0.5) & (cj < 0.5) & (xj < cj), (xj < 0.5) & (cj < 0.5),
             (cj < 0.5) & lo, (cj < 0.5)]
    return np.select(conds, [1, 2, 3, 4, 5, 6, 7, 8], 9)


def _typiir_fc(typ, iir, x, y, mincc, fc_le_y, clean, sol, cases, uniq, most_fc, most_term, single, max_pairs,
               budget=MAX_PAIR_CANDIDATES):
    """Typical-irrelevant per focal conjunct: best = (1 − (x1 − x2)) + (1 − (y1 − y2)) + |cc1 − cc2| +
    2|y1 − x1| + |y2 − x2|; ranked by pair rank (`_typiir_rank`), clean correspondence, FC <= Y of the typical
    case, its unique coverage, FC <= Y of the irrelevant case, the irrelevant case out of the whole solution
    (globally uncovered), best."""
    cols = ["typical", "irrelevant", "pair_rank", "clean_correspondence", "FC<=Y", "unique_coverage",
            "globally_uncovered", "best", "most_typical_FC", "most_typical_term"]
    if not typ or not iir:
        return pd.DataFrame(columns=cols)

    def frame(i, j):
        best = _r3((1 - (x[i] - x[j])) + (1 - (y[i] - y[j])) + np.abs(mincc[i] - mincc[j])
                   + 2 * np.abs(y[i] - x[i]) + np.abs(y[j] - x[j]))
        rank = _typiir_rank(x[i], mincc[i], x[j], mincc[j])
        cc_code = 2 * clean[i].astype(int) + clean[j].astype(int)
        return pd.DataFrame({"rank": rank, "cc": -cc_code, "f1": -fc_le_y[i].astype(int),
                             "u": -uniq[i].astype(int), "f2": -fc_le_y[j].astype(int),
                             "g": -(sol[j] < 0.5).astype(int), "best": best,
                             "mf": -most_fc[i].astype(int), "mt": -most_term[i].astype(int)})

    a, b = _pairs(typ, iir, frame, lambda df: _top(df, max_pairs), budget=budget)
    f = frame(a, b)
    res = pd.DataFrame({
        "typical": cases[a], "irrelevant": cases[b],
        "pair_rank": ["-"] * len(a) if single else f["rank"].tolist(),
        "clean_correspondence": _both(clean[a], clean[b], "typical", "irrelevant"),
        "FC<=Y": _both(fc_le_y[a], fc_le_y[b], "typical", "irrelevant"),
        "unique_coverage": uniq[a], "globally_uncovered": sol[b] < 0.5, "best": f["best"].to_numpy(),
        "most_typical_FC": most_fc[a], "most_typical_term": most_term[a]}, columns=cols)
    return res.reset_index(drop=True)


# ---------------------------------------------------------------- per term (no focal conjunct)
def _by_term(pairs, name, ty, uniq, most, max_pairs, dc, budget=MAX_PAIR_CANDIDATES):
    """One term's pairs (`dc`: smmr's deviant consistency table of the model, for typical-deviant consistency)."""
    x = ty[name].to_numpy(float)
    y = ty["outcome"].to_numpy(float)
    cases = ty["case"].to_numpy(object)
    typ = np.flatnonzero((x > 0.5) & (y > 0.5) & (x <= y)).tolist()
    if pairs == "typical-typical":
        return _typtyp_term(typ, x, y, cases, uniq, most, max_pairs, budget)
    if pairs == "typical-irrelevant":
        iir = np.flatnonzero((x < 0.5) & (y < 0.5)).tolist()
        return _typiir_term(typ, iir, x, y, ty["solution"].to_numpy(float), cases, uniq, most, max_pairs,
                            budget)
    dcons = np.flatnonzero((x > 0.5) & (y < 0.5)).tolist()
    most_dc = _isin(cases, dc.loc[(dc["term"] == name) & dc["most_deviant"], "case"].to_numpy(object))
    return _typdcn_term(typ, dcons, x, y, cases, most, most_dc, max_pairs, budget)


def _ranked(df: pd.DataFrame, keys: list[str], max_pairs: int) -> np.ndarray:
    """Positions of the first max_pairs pairs: sorted by the unrounded distance (column 'raw') first (ties in grid
    order), then stably by `keys`, which is the stable order by `keys`, then 'raw': _top's, which sorts only the rows
    that can be among them (a full sort of each chunk was most of the time of the per-term tables)."""
    return _top(df[[*keys, "raw"]], max_pairs)


def _typtyp_term(typ, x, y, cases, uniq, most, max_pairs, budget=MAX_PAIR_CANDIDATES):
    """Typical-typical per term: best = (0.5 − (x1 − x2)) + (0.5 − (y1 − y2)) + 2|y1 − x1| + 2|y2 − x2|
    (x: the term), the first case at least as typical as the second; unique coverage of both first, then best."""
    cols = ["typical_1", "typical_2", "unique_coverage", "best", "most_typical"]
    score = 2 * (y - x) + (1 - x)

    def frame(i, j):
        raw = (0.5 - (x[i] - x[j])) + (0.5 - (y[i] - y[j])) + 2 * np.abs(y[i] - x[i]) + 2 * np.abs(y[j] - x[j])
        return pd.DataFrame({"u1": -uniq[i].astype(int), "u2": -uniq[j].astype(int), "best": _r3(raw),
                             "m1": -most[i].astype(int), "m2": -most[j].astype(int), "raw": raw})

    a, b = _pairs(typ, typ, frame, lambda df: _ranked(df, ["u1", "u2", "best", "m1", "m2"], max_pairs),
                  keep=lambda i, j: (score[i] <= score[j]) & (i != j), budget=budget)
    return pd.DataFrame({"typical_1": cases[a], "typical_2": cases[b],
                         "unique_coverage": _both(uniq[a], uniq[b], "typical_1", "typical_2"),
                         "best": _r3(frame(a, b)["raw"].to_numpy()),
                         "most_typical": _both(most[a], most[b], "typical_1", "typical_2")}, columns=cols)


def _typiir_term(typ, iir, x, y, sol, cases, uniq, most, max_pairs, budget=MAX_PAIR_CANDIDATES):
    """Typical-irrelevant per term: best = (1 − (x1 − x2)) + (1 − (y1 − y2)) + 2|y1 − x1| + 2|y2 − x2|; ranked by
    the typical case's unique coverage, the irrelevant case consistent (x <= y), out of the whole solution, best."""
    cols = ["typical", "irrelevant", "unique_coverage", "consistent_irrelevant", "globally_uncovered", "best",
            "most_typical"]

    def frame(i, j):
        raw = (1 - (x[i] - x[j])) + (1 - (y[i] - y[j])) + 2 * np.abs(y[i] - x[i]) + 2 * np.abs(y[j] - x[j])
        return pd.DataFrame({"u": -uniq[i].astype(int), "c": -(x[j] <= y[j]).astype(int),
                             "g": -(sol[j] < 0.5).astype(int), "best": _r3(raw), "m": -most[i].astype(int),
                             "raw": raw})

    a, b = _pairs(typ, iir, frame, lambda df: _ranked(df, ["u", "c", "g", "best", "m"], max_pairs),
                  budget=budget)
    return pd.DataFrame({"typical": cases[a], "irrelevant": cases[b], "unique_coverage": uniq[a],
                         "consistent_irrelevant": x[b] <= y[b], "globally_uncovered": sol[b] < 0.5,
                         "best": _r3(frame(a, b)["raw"].to_numpy()), "most_typical": most[a]}, columns=cols)


def _typdcn_term(typ, dcons, x, y, cases, most, most_dc, max_pairs, budget=MAX_PAIR_CANDIDATES):
    """Typical-deviant consistency per term: best = |x1 − x2| + (1 − (y1 − y2)) + (1 − x1) + (1 − x2) (both clearly
    in the term, as far apart in the outcome as possible)."""
    cols = ["typical", "deviant_consistency", "best", "most_typical_term", "most_deviant_consistency"]

    def frame(i, j):
        raw = np.abs(x[i] - x[j]) + (1 - (y[i] - y[j])) + (1 - x[i]) + (1 - x[j])
        return pd.DataFrame({"best": _r3(raw), "mt": -most[i].astype(int), "md": -most_dc[j].astype(int),
                             "raw": raw})

    a, b = _pairs(typ, dcons, frame, lambda df: _ranked(df, ["best", "mt", "md"], max_pairs),
                  budget=budget)
    return pd.DataFrame({"typical": cases[a], "deviant_consistency": cases[b],
                         "best": _r3(frame(a, b)["raw"].to_numpy()), "most_typical_term": most[a],
                         "most_deviant_consistency": most_dc[b]}, columns=cols)


# ---------------------------------------------------------------- per truth table row
def _deviant_coverage_irrelevant(solution, ty, max_pairs, budget=MAX_PAIR_CANDIDATES):
    """Deviant coverage-irrelevant pairs within one truth table row (w: membership in the row): best =
    |w1 − w2| + (1 − (y1 − y2)) + (1 − w1) + (1 − w2); per row, deviant coverage cases with w <= Y first, best."""
    conds = list(solution.truth_table.conditions)
    tt_cols = [f"TT_{c}" for c in conds]
    cols = ["deviant_coverage", "irrelevant", *tt_cols, "TT<=Y", "best"]
    x = ty["solution"].to_numpy(float)
    y = ty["outcome"].to_numpy(float)
    w = ty["TT_row"].to_numpy(float)
    rowno = ty["TT_row_number"].to_numpy()
    cases = ty["case"].to_numpy(object)

    def frame(i, j):
        raw = np.abs(w[i] - w[j]) + (1 - (y[i] - y[j])) + (1 - w[i]) + (1 - w[j])
        return pd.DataFrame({"row": rowno[i], "c": -(w[i] <= y[i]).astype(int), "raw": raw, "a": i, "b": j})

    def select(df):  # the first max_pairs pairs of each truth table row
        return df.sort_values(["row", "c", "raw", "a", "b"], kind="stable").groupby(
            "row", sort=True).head(max_pairs).index.to_numpy()

    a, b = _pairs(np.flatnonzero((x < 0.5) & (y > 0.5)), np.flatnonzero((x < 0.5) & (y < 0.5)), frame, select,
                  keep=lambda i, j: rowno[i] == rowno[j], budget=budget)
    res = pd.DataFrame({"deviant_coverage": cases[a], "irrelevant": cases[b]})
    for c in tt_cols:
        res[c] = ty[c].to_numpy()[a]
    res["TT<=Y"] = w[a] <= y[a]
    res["best"] = _r3(frame(a, b)["raw"].to_numpy())
    return res[cols].reset_index(drop=True)


# ---------------------------------------------------------------- necessity
NECESSITY_PAIRS = ("typical-deviant relevance", "typical-deviant consistency", "typical-irrelevant",
                   "typical-typical")


@refuses_r_only_arguments("necessity_pairs")
@warns_once
def necessity_pairs(data: pd.DataFrame, outcome: str, nec_cond: str, pairs: str = "typical-deviant relevance", *,
                    conditions=None, case_column: str | None = None, max_pairs: int = 5,
                    max_pair_candidates: int = MAX_PAIR_CANDIDATES, skew_bounds=(0.2, 0.8),
                    component: str | None = None) -> pd.DataFrame:
    """The best `max_pairs` pairs of cases of one kind for comparative case studies of a necessary condition X
    (an expression, e.g. 'LIT' or 'A + B'), ranked as SetMethods' smmr(necessity = TRUE, match = TRUE) ranks them
    (Schneider & Rohlfing 2013; Schneider 2024; lower best = better). Typical: X > 0.5, Y > 0.5, Y <= X.
      typical-deviant relevance   with a case in X but not in Y (is X's relevance
                                  low?): best = (1 − X1) + (1 − X2) +
                                  |1 − (Y1 − Y2)| + |X1 − X2|
      typical-deviant consistency with a case in Y but not in X (X < 0.5) of the
                                  same truth table row of the other `conditions`
                                  (required): best = (1 − (X1 − X2)) + |Y1 − Y2|;
                                  per row, then the first max_pairs overall;
                                  most_deviant_consistency: the lowest 1 − (Y − X)
                                  of the case's truth table row, as
                                  necessity_cases(..., 'deviant consistency',
                                  conditions=...) marks it
      typical-irrelevant          with a case out of both and consistent
                                  (Y <= X < 0.5): best = (1 − (X1 − X2)) +
                                  (1 − (Y1 − Y2)) + 2|X1 − Y1| + |X2 − Y2|
      typical-typical             two typical cases, the first at least as
                                  typical: best = (0.5 − (X1 − X2)) +
                                  (0.5 − (Y1 − Y2)) + 2(X1 − Y1) + 2(X2 − Y2)
    unique_coverage: the typical case is in at most one disjunct of X (as `necessity_cases`); globally_uncovered:
    the irrelevant case is in no disjunct; columns that do not order the pairs, ranked by best as SetMethods ranks
    its table of the sum. Ties keep the data order of the second case, then the first. Typical x
    second cases beyond `max_pair_candidates` (default MAX_PAIR_CANDIDATES) are refused (QCAInputError).
    data, outcome ('Y', '~Y', 'Y{v}') and case_column (the column of case names; default: the index) are read as
    truth_table() reads them; nec_cond: the necessary condition X as text; pairs: one of the four kinds above;
    skew_bounds: as necessity_cases' ((low, high) shares outside which a set of X or the outcome is warned of as
    skewed; None: no check).

    component: for a necessary sum (`nec_cond` 'A + B'), the pairs of one of its disjuncts, as SetMethods 4.0's
    matches.nec.* give a table per disjunct besides the sum's: both cases chosen and ranked on that disjunct's
    membership (X is the disjunct's), most_* as necessity_cases(..., component=) marks them; unique_coverage (of a
    typical case) and globally_uncovered (of the irrelevant or deviant consistency case) True where every other
    disjunct lies below 0.5, pairs with them listed first (SetMethods' UniqCov, GlobUncov); typical-deviant
    consistency pairs within the truth table rows of `conditions` besides the disjunct (the other disjuncts' too),
    first by unique_coverage, then globally_uncovered, within each row.

    A DataFrame that prints every column, in blocks of 80 columns each naming the pair's cases, and whose to_dict()
    gives a missing value as None (display.ResultFrame)."""
    _check_component(component)
    if not isinstance(pairs, str) or pairs not in NECESSITY_PAIRS:
        raise QCAInputError(f"pairs must be one of {', '.join(quoted(p) for p in NECESSITY_PAIRS)}, got {quoted(pairs)}"
                            f"{smmr_pairs_hint(pairs, necessity=True) or choice_hint(pairs, NECESSITY_PAIRS)}")
    max_pairs = _check_max_pairs(max_pairs)
    budget = _check_max_pairs(max_pair_candidates, "max_pair_candidates")
    others: list[str] = []
    if pairs == "typical-deviant consistency":
        if conditions is None:
            raise QCAInputError("typical-deviant consistency pairs are matched within truth table rows: give the "
                                "conditions of the truth table (conditions=..., CLI: --conditions)")
        given = conditions
        conditions = [c.strip() for c in conditions.split(",")] if isinstance(conditions, str) else list(conditions)
        # a disjunct's pairs: rows of the conditions besides that disjunct (SetMethods' matches.nec.typdcn)
        set_of = nec_cond if component is None else component
        own = _names_in(set_of) if isinstance(set_of, str) else []
        others = [c for c in conditions if c not in own]
        if not others:   # [] matched every case within one 'row': pairs of no truth table row, without a word
            raise QCAInputError(f"typical-deviant consistency pairs are matched within truth table rows of the other "
                                f"conditions: conditions must name the truth table's conditions besides "
                                f"{quoted(set_of)}, got {quoted(given)}")
    qd, frame, parts = necessary_condition(data, outcome, nec_cond, case_column=case_column, also=others,
                                           skew_bounds=skew_bounds)
    x, alone = _component(qd, parts, nec_cond, component)
    y = np.asarray(qd.y, dtype=float)
    cases = np.asarray(list(qd.cases), dtype=object)
    # a disjunct's table: every other disjunct below 0.5 (UniqCov); the sum's: above 0.5 in at most one disjunct
    uniq = (parts > 0.5).sum(axis=1) <= 1 if alone is None else alone
    glob = (parts < 0.5).all(axis=1)   # a disjunct's too: its irrelevant / deviant consistency case is below 0.5 in it

    def most(kind, flag_col):  # which cases `necessity_cases` marks most typical / most deviant, per case
        t = necessity_cases(data, outcome, nec_cond, kind, case_column=case_column, skew_bounds=skew_bounds,
                            component=component)
        return _isin(cases, t.loc[t[flag_col], "case"].to_numpy(object)) if len(t) else np.zeros(len(cases), bool)

    def first(**marks):   # a disjunct's pairs: those with the marks first (SetMethods' UniqCov, GlobUncov); the
        # sum's by Best, as its table of the sum orders them (typdrel: no UniqCov; typiir, typtyp: TRUE throughout,
        # no other disjunct left to compare with), its unique_coverage / globally_uncovered columns ours alone
        return {} if component is None else {k: -np.asarray(v).astype(int) for k, v in marks.items()}

    typ = np.flatnonzero((x > 0.5) & (y > 0.5) & (x >= y)).tolist()
    mtyp = most("typical", "most_typical")
    if pairs == "typical-deviant relevance":
        mdrel = most("deviant relevance", "most_deviant_relevance")

        def frame(i, j):
            best = _r3((1 - x[i]) + (1 - x[j]) + np.abs(1 - (y[i] - y[j])) + np.abs(x[i] - x[j]))
            return pd.DataFrame({**first(u=uniq[i]), "best": best, "m1": -mtyp[i].astype(int),
                                 "m2": -mdrel[j].astype(int)})

        a, b = _pairs(typ, np.flatnonzero((x > 0.5) & (y < 0.5)), frame, lambda df: _top(df, max_pairs),
                      budget=budget)
        return ResultFrame.of(pd.DataFrame({
            "typical": cases[a], "deviant_relevance": cases[b], "unique_coverage": uniq[a],
            "best": frame(a, b)["best"].to_numpy(), "most_typical": mtyp[a], "most_deviant_relevance": mdrel[b]}),
            "typical", "deviant_relevance")
    if pairs == "typical-irrelevant":
        def frame(i, j):
            best = _r3((1 - (x[i] - x[j])) + (1 - (y[i] - y[j])) + 2 * np.abs(x[i] - y[i]) + np.abs(x[j] - y[j]))
            return pd.DataFrame({**first(u=uniq[i], g=glob[j]), "best": best, "m": -mtyp[i].astype(int)})

        a, b = _pairs(typ, np.flatnonzero((x < 0.5) & (y < 0.5) & (x >= y)), frame, lambda df: _top(df, max_pairs),
                      budget=budget)
        return ResultFrame.of(pd.DataFrame({
            "typical": cases[a], "irrelevant": cases[b], "unique_coverage": uniq[a], "globally_uncovered": glob[b],
            "best": frame(a, b)["best"].to_numpy(), "most_typical": mtyp[a]}), "typical", "irrelevant")
    if pairs == "typical-typical":
        score = 2 * np.abs(x - y) + (1 - x)

        def frame(i, j):
            best = _r3((0.5 - (x[i] - x[j])) + (0.5 - (y[i] - y[j])) + 2 * (x[i] - y[i]) + 2 * (x[j] - y[j]))
            return pd.DataFrame({**first(u1=uniq[i], u2=uniq[j]), "best": best,
                                 "m1": -mtyp[i].astype(int), "m2": -mtyp[j].astype(int)})

        a, b = _pairs(typ, typ, frame, lambda df: _top(df, max_pairs),
                      keep=lambda i, j: (score[i] <= score[j]) & (i != j), budget=budget)
        return ResultFrame.of(pd.DataFrame({
            "typical_1": cases[a], "typical_2": cases[b],
            "unique_coverage": _both(uniq[a], uniq[b], "typical_1", "typical_2"),
            "best": frame(a, b)["best"].to_numpy(),
            "most_typical": _both(mtyp[a], mtyp[b], "typical_1", "typical_2")}), "typical_1", "typical_2")
    # typical-deviant consistency, within truth table rows of the other conditions
    tt_cols = [f"TT_{c}" for c in others]
    cfg = (frame[others].to_numpy(float) > 0.5).astype(int) if others else np.zeros((len(x), 0), dtype=int)
    row = np.array(["".join(map(str, r)) for r in cfg], dtype=object)
    # MostDCONS as SetMethods takes it, from the single-case table (cases.nec.dcn: its rows, rounding and cases)
    dc = necessity_cases(data, outcome, nec_cond, "deviant consistency", conditions=conditions,
                         case_column=case_column, skew_bounds=skew_bounds, component=component)
    mdcons = (_isin(cases, dc.loc[dc["most_deviant"], "case"].to_numpy(object)) if len(dc)
              else np.zeros(len(cases), bool))
    # a disjunct's pairs: uniquely covered typical cases, then globally uncovered deviant ones, first in each row
    first = [] if component is None else ["u", "g"]

    def frame(i, j):  # Best rounded to 3 decimals before the pairs are ordered, as matches.nec.typdcn does
        return pd.DataFrame({"row": row[j], **({} if component is None else {"u": -uniq[i].astype(int),
                                                                              "g": -glob[j].astype(int)}),
                             "best": _r3((1 - (x[i] - x[j])) + np.abs(y[i] - y[j])),
                             "m1": -mtyp[i].astype(int), "m2": -mdcons[j].astype(int)})

    def select(df):  # per row, then the first max_pairs overall
        return df.sort_values(["row", *first, "best", "m1", "m2"], kind="stable").groupby(
            "row", sort=True).head(max_pairs).index.to_numpy()[:max_pairs]

    a, b = _pairs(typ, np.flatnonzero((x < 0.5) & (y > 0.5)), frame, select, keep=lambda i, j: row[i] == row[j],
                  budget=budget)
    out = pd.DataFrame({"typical": cases[a], "deviant_consistency": cases[b]})
    for c, col in zip(tt_cols, cfg.T):
        out[c] = col[b]
    if component is not None:
        out["unique_coverage"], out["globally_uncovered"] = uniq[a], glob[b]
    out["best"] = frame(a, b)["best"].to_numpy()
    out["most_typical"] = mtyp[a]
    out["most_deviant_consistency"] = mdcons[b]
    return ResultFrame.of(out, "typical", "deviant_consistency")   # prints whole, the pair's cases in each block


@refuses_r_only_arguments("focal_condition_pairs")
def focal_condition_pairs(solution, condition: str, pairs: str = "typical-irrelevant", *, model: int = 1,
                          max_pairs: int = 3, max_pair_candidates: int = MAX_PAIR_CANDIDATES) -> pd.DataFrame:
    """`smmr_pairs` per focal conjunct for one condition across a model: for every term holding `condition` (or its
    negation), the best `max_pairs` pairs with that conjunct as the focal conjunct, one table with the term and,
    per pair, whether the two cases' truth table rows differ in the focal condition (`focal_differs`) and the other
    conditions in which they differ (`other_differences`). focal_differs with other_differences '' is a pair that
    differs in the focal condition alone: the closest most-similar comparison the data hold (Schneider & Rohlfing
    2016). Lower-ranked typical-irrelevant pairs may hold the focal condition in both cases (the irrelevant case out of
    the term through another conjunct: focal_differs False), and the two cases of a typical-typical pair are both in
    the focal conjunct, so there focal_differs is False and '' means the same truth table row.
    solution: a Solution from minimize(); condition: one of its conditions (by name, without '~'); pairs:
    'typical-irrelevant' or 'typical-typical'; max_pair_candidates: as in smmr_pairs (QCAInputError beyond).
    A DataFrame that prints every column, in blocks of 80 columns each naming the pair's cases, and whose to_dict()
    gives a missing value as None (display.ResultFrame)."""
    m = _model(solution, model)
    conds = list(solution.truth_table.conditions)
    if condition not in conds:
        raise QCAInputError(f"condition must be one of {', '.join(conds)}, got {quoted(condition)}{choice_hint(condition, conds)}")
    ty = case_typology(solution, model).set_index("case")
    tt_cols = [f"TT_{c}" for c in conds]
    first, second = ("typical_1", "typical_2") if pairs == "typical-typical" else ("typical", "irrelevant")
    frames = []
    for k, term in enumerate(m.terms, start=1):
        lits = conjunct_literals(solution, term)
        if condition not in lits:
            continue
        label = lits[condition]
        t = smmr_pairs(solution, pairs, by="focal conjunct", term=k, model=model, max_pairs=max_pairs,
                       max_pair_candidates=max_pair_candidates)[label]
        diff = [", ".join(c for c, col in zip(conds, tt_cols) if c != condition and ty.at[a, col] != ty.at[b, col])
                for a, b in zip(t[first], t[second])]
        focal = [bool(ty.at[a, f"TT_{condition}"] != ty.at[b, f"TT_{condition}"]) for a, b in zip(t[first], t[second])]
        frames.append(t.assign(term=term, focal_conjunct=label, focal_differs=focal, other_differences=diff))
    cols = ["term", "focal_conjunct", first, second, "focal_differs", "other_differences"]
    if not frames:  # no term holds the condition: no pairs, in the columns a table with pairs has
        some = next(iter(smmr_pairs(solution, pairs, by="focal conjunct", term=1, model=model,
                                    max_pairs=max_pairs).values()))
        return ResultFrame.of(pd.DataFrame(columns=cols + [c for c in some.columns if c not in cols]), first, second)
    out = pd.concat(frames, ignore_index=True)
    return ResultFrame.of(out[cols + [c for c in out.columns if c not in cols]], first, second)   # the pair in each block
