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

from .diagnostics import (_model, case_typology, conjunct_literals, necessary_condition, necessity_cases, smmr,
                          smmr_focal_conjuncts)
from .errors import QCAInputError
from .expressions import expression_membership
from .pof import _names_in

__all__ = ["smmr_pairs", "focal_condition_pairs", "necessity_pairs", "PAIRS", "NECESSITY_PAIRS"]

PAIRS = ("typical-typical", "typical-irrelevant", "typical-deviant consistency", "deviant coverage-irrelevant")
_BY = {"typical-typical": ("focal conjunct", "term"), "typical-irrelevant": ("focal conjunct", "term"),
       "typical-deviant consistency": ("term",), "deviant coverage-irrelevant": ("truth table row",)}


def _r3(v):
    return np.round(np.asarray(v, dtype=float) + 0.0, 3)


def _both(a, b, first: str, second: str) -> list[str]:
    """'both', first, second or 'none': which case of a pair has a property."""
    return ["both" if u and v else first if u else second if v else "none" for u, v in zip(a, b)]


def _grid(first: list[int], second: list[int]) -> pd.DataFrame:
    """Every pair (i, j) of two lists of case positions, ordered by j, then i (ties in the rankings keep this)."""
    j, i = np.meshgrid(np.asarray(second, dtype=int), np.asarray(first, dtype=int), indexing="ij")
    return pd.DataFrame({"i": i.ravel(), "j": j.ravel()})


def _top(df: pd.DataFrame, max_pairs: int) -> np.ndarray:
    """Positions of the first `max_pairs` pairs, sorted by every column of `df` in turn (ties in grid order)."""
    return df.sort_values(list(df.columns), kind="stable").head(max_pairs).index.to_numpy()


def _check_max_pairs(max_pairs) -> int:
    if isinstance(max_pairs, bool) or not isinstance(max_pairs, (int, np.integer)) or max_pairs < 1:
        raise QCAInputError(f"max_pairs must be a whole number >= 1, got {max_pairs!r}")
    return int(max_pairs)


def _check(pairs: str, by: str | None) -> str:
    if pairs not in _BY:
        raise QCAInputError(f"pairs must be one of {', '.join(repr(p) for p in PAIRS)}, got {pairs!r}")
    by = _BY[pairs][0] if by is None else by
    if by not in _BY[pairs]:
        raise QCAInputError(f"by must be {' or '.join(repr(b) for b in _BY[pairs])} for {pairs!r} pairs, got {by!r}")
    return by


def smmr_pairs(solution, pairs: str = "typical-typical", *, by: str | None = None, term=1, model: int = 1,
               max_pairs: int = 5) -> dict[str, pd.DataFrame]:
    """The best `max_pairs` pairs of cases of one kind for comparative case studies, one table per focal conjunct
    of `term` (by='focal conjunct', the default for typical-typical and typical-irrelevant), per term of the model
    (by='term') or per truth table row (deviant coverage-irrelevant). Keys: the focal conjunct, the term, or
    'solution'. Columns: the two cases; pair_rank; clean_correspondence and FC<=Y (which case of the pair has
    it: 'both', one of them, 'none'); unique_coverage (the typical case is typical for this term only);
    globally_uncovered (the irrelevant case is out of the whole solution); best; most_typical_* (the case is the
    most typical of its focal conjunct / term). An empty table: no pair of that kind."""
    by = _check(pairs, by)
    max_pairs = _check_max_pairs(max_pairs)
    m = _model(solution, model)
    ty = case_typology(solution, model)
    typical = smmr(solution, "typical", model)
    cases = ty["case"].to_numpy(object)
    # per case (aligned with `ty`): typical for one term only; most typical of each term
    uniq = np.isin(cases, typical.loc[typical["unique_coverage"], "case"].to_numpy(object))
    most_term = {t: np.isin(cases, g.loc[g["most_typical"], "case"].to_numpy(object))
                 for t, g in typical.groupby("term")}
    nobody = np.zeros(len(cases), dtype=bool)
    if by == "focal conjunct":
        return _by_focal_conjunct(solution, pairs, term, model, m, ty, uniq, most_term, nobody, max_pairs)
    if by == "term":
        return {t: _by_term(pairs, t, ty, uniq, most_term.get(t, nobody), max_pairs, solution, model)
                for t in m.terms}
    return {"solution": _deviant_coverage_irrelevant(solution, ty, max_pairs)}


# ---------------------------------------------------------------- per focal conjunct of one term
def _by_focal_conjunct(solution, pairs, term, model, m, ty, uniq, most_terms, nobody, max_pairs):
    fc_tables = smmr_focal_conjuncts(solution, term, model)  # checks `term`; most typical case per FC
    name = m.terms[term - 1] if not isinstance(term, str) else term
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
        most_fc = np.isin(cases, fct.loc[fct["most_typical_FC"], "case"].to_numpy(object))
        typ = np.flatnonzero((t > 0.5) & (y > 0.5) & (t <= y)).tolist()
        if pairs == "typical-typical":
            out[label] = _typtyp_fc(typ, x, y, t, mincc, fc_le_y, clean, cases, uniq, most_fc,
                                    most_term, single, max_pairs)
        else:
            iir = np.flatnonzero((t < 0.5) & (y < 0.5)).tolist()
            out[label] = _typiir_fc(typ, iir, x, y, mincc, fc_le_y, clean, sol, cases, uniq, most_fc,
                                    most_term, single, max_pairs)
    return out


def _typtyp_fc(typ, x, y, t, mincc, fc_le_y, clean, cases, uniq, most_fc, most_term, single, max_pairs):
    """Typical-typical per focal conjunct: best = (0.5 − (x1 − x2)) + (0.5 − (y1 − y2)) + |cc1 − cc2| +
    2|y1 − x1| + 2|y2 − x2| (x: FC, cc: the other conjuncts); the first case at least as typical of the term as
    the second (2(Y − T) + (1 − T) no larger). Pair rank 1..4: FC below the other conjuncts in both, the first
    only, the second only, neither (the FC, not another conjunct, sets the term's membership)."""
    cols = ["typical_1", "typical_2", "pair_rank", "clean_correspondence", "FC<=Y", "unique_coverage", "best",
            "most_typical_FC", "most_typical_term"]
    g = _grid(typ, typ)
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    score = 2 * (y - t) + (1 - t)
    keep = (score[i] <= score[j]) & (i != j)
    i, j = i[keep], j[keep]
    best = _r3((0.5 - (x[i] - x[j])) + (0.5 - (y[i] - y[j])) + np.abs(mincc[i] - mincc[j]) + 2 * np.abs(y[i] - x[i])
               + 2 * np.abs(y[j] - x[j]))
    below = x < mincc
    rank = np.select([below[i] & below[j], below[i], below[j]], [1, 2, 3], 4)
    u1, u2 = uniq[i], uniq[j]
    cc_code = 2 * clean[i].astype(int) + clean[j].astype(int)
    df = pd.DataFrame({"rank": rank, "cc": -cc_code,
                       "f1": -fc_le_y[i].astype(int), "f2": -fc_le_y[j].astype(int), "u1": -u1.astype(int),
                       "u2": -u2.astype(int), "best": best})
    k1 = _top(df, max_pairs)
    a, b = i[k1], j[k1]
    res = pd.DataFrame({
        "typical_1": cases[a], "typical_2": cases[b],
        "pair_rank": ["-"] * len(a) if single else rank[k1].tolist(),
        "clean_correspondence": _both(clean[a], clean[b], "typical_1", "typical_2"),
        "FC<=Y": _both(fc_le_y[a], fc_le_y[b], "typical_1", "typical_2"),
        "unique_coverage": _both(u1[k1], u2[k1], "typical_1", "typical_2"),
        "best": best[k1],
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


def _typiir_fc(typ, iir, x, y, mincc, fc_le_y, clean, sol, cases, uniq, most_fc, most_term, single, max_pairs):
    """Typical-irrelevant per focal conjunct: best = (1 − (x1 − x2)) + (1 − (y1 − y2)) + |cc1 − cc2| +
    2|y1 − x1| + |y2 − x2|; ranked by pair rank (`_typiir_rank`), clean correspondence, FC <= Y of the typical
    case, its unique coverage, FC <= Y of the irrelevant case, the irrelevant case out of the whole solution
    (globally uncovered), best."""
    cols = ["typical", "irrelevant", "pair_rank", "clean_correspondence", "FC<=Y", "unique_coverage",
            "globally_uncovered", "best", "most_typical_FC", "most_typical_term"]
    if not typ or not iir:
        return pd.DataFrame(columns=cols)
    g = _grid(typ, iir)
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    best = _r3((1 - (x[i] - x[j])) + (1 - (y[i] - y[j])) + np.abs(mincc[i] - mincc[j]) + 2 * np.abs(y[i] - x[i])
               + np.abs(y[j] - x[j]))
    rank = _typiir_rank(x[i], mincc[i], x[j], mincc[j])
    u = uniq[i]
    glob = sol[j] < 0.5
    mfc, mterm = most_fc[i], most_term[i]
    cc_code = 2 * clean[i].astype(int) + clean[j].astype(int)
    df = pd.DataFrame({"rank": rank, "cc": -cc_code, "f1": -fc_le_y[i].astype(int), "u": -u.astype(int),
                       "f2": -fc_le_y[j].astype(int), "g": -glob.astype(int), "best": best,
                       "mf": -mfc.astype(int), "mt": -mterm.astype(int)})
    k1 = _top(df, max_pairs)
    a, b = i[k1], j[k1]
    res = pd.DataFrame({
        "typical": cases[a], "irrelevant": cases[b],
        "pair_rank": ["-"] * len(a) if single else rank[k1].tolist(),
        "clean_correspondence": _both(clean[a], clean[b], "typical", "irrelevant"),
        "FC<=Y": _both(fc_le_y[a], fc_le_y[b], "typical", "irrelevant"),
        "unique_coverage": u[k1], "globally_uncovered": glob[k1], "best": best[k1],
        "most_typical_FC": mfc[k1], "most_typical_term": mterm[k1]}, columns=cols)
    return res.reset_index(drop=True)


# ---------------------------------------------------------------- per term (no focal conjunct)
def _by_term(pairs, name, ty, uniq, most, max_pairs, solution, model):
    x = ty[name].to_numpy(float)
    y = ty["outcome"].to_numpy(float)
    cases = ty["case"].to_numpy(object)
    typ = np.flatnonzero((x > 0.5) & (y > 0.5) & (x <= y)).tolist()
    if pairs == "typical-typical":
        return _typtyp_term(typ, x, y, cases, uniq, most, max_pairs)
    if pairs == "typical-irrelevant":
        iir = np.flatnonzero((x < 0.5) & (y < 0.5)).tolist()
        return _typiir_term(typ, iir, x, y, ty["solution"].to_numpy(float), cases, uniq, most, max_pairs)
    dcons = np.flatnonzero((x > 0.5) & (y < 0.5)).tolist()
    dc = smmr(solution, "deviant consistency", model)
    most_dc = np.isin(cases, dc.loc[(dc["term"] == name) & dc["most_deviant"], "case"].to_numpy(object))
    return _typdcn_term(typ, dcons, x, y, cases, most, most_dc, max_pairs)


def _ranked(df: pd.DataFrame, raw, keys: list[str], max_pairs: int) -> pd.DataFrame:
    """Sort by the unrounded distance first (ties in grid order), then stably by `keys`; the first max_pairs."""
    order = np.argsort(np.asarray(raw, dtype=float), kind="stable")
    return df.iloc[order].sort_values(keys, kind="stable").head(max_pairs)


def _typtyp_term(typ, x, y, cases, uniq, most, max_pairs):
    """Typical-typical per term: best = (0.5 − (x1 − x2)) + (0.5 − (y1 − y2)) + 2|y1 − x1| + 2|y2 − x2|
    (x: the term), the first case at least as typical as the second; unique coverage of both first, then best."""
    cols = ["typical_1", "typical_2", "unique_coverage", "best", "most_typical"]
    g = _grid(typ, typ)
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    score = 2 * (y - x) + (1 - x)
    keep = (score[i] <= score[j]) & (i != j)
    i, j = i[keep], j[keep]
    raw = (0.5 - (x[i] - x[j])) + (0.5 - (y[i] - y[j])) + 2 * np.abs(y[i] - x[i]) + 2 * np.abs(y[j] - x[j])
    u1, u2, m1, m2 = uniq[i], uniq[j], most[i], most[j]
    df = pd.DataFrame({"u1": -u1.astype(int), "u2": -u2.astype(int), "best": _r3(raw), "m1": -m1.astype(int),
                       "m2": -m2.astype(int)})
    k = _ranked(df, raw, ["u1", "u2", "best", "m1", "m2"], max_pairs).index.to_numpy()
    return pd.DataFrame({"typical_1": cases[i[k]], "typical_2": cases[j[k]],
                         "unique_coverage": _both(u1[k], u2[k], "typical_1", "typical_2"), "best": _r3(raw[k]),
                         "most_typical": _both(m1[k], m2[k], "typical_1", "typical_2")}, columns=cols)


def _typiir_term(typ, iir, x, y, sol, cases, uniq, most, max_pairs):
    """Typical-irrelevant per term: best = (1 − (x1 − x2)) + (1 − (y1 − y2)) + 2|y1 − x1| + 2|y2 − x2|; ranked by
    the typical case's unique coverage, the irrelevant case consistent (x <= y), out of the whole solution, best."""
    cols = ["typical", "irrelevant", "unique_coverage", "consistent_irrelevant", "globally_uncovered", "best",
            "most_typical"]
    g = _grid(typ, iir)
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    raw = (1 - (x[i] - x[j])) + (1 - (y[i] - y[j])) + 2 * np.abs(y[i] - x[i]) + 2 * np.abs(y[j] - x[j])
    u = uniq[i]
    cons = x[j] <= y[j]
    glob = sol[j] < 0.5
    mt = most[i]
    df = pd.DataFrame({"u": -u.astype(int), "c": -cons.astype(int), "g": -glob.astype(int), "best": _r3(raw),
                       "m": -mt.astype(int)})
    k = _ranked(df, raw, ["u", "c", "g", "best", "m"], max_pairs).index.to_numpy()
    return pd.DataFrame({"typical": cases[i[k]], "irrelevant": cases[j[k]], "unique_coverage": u[k],
                         "consistent_irrelevant": cons[k], "globally_uncovered": glob[k], "best": _r3(raw[k]),
                         "most_typical": mt[k]}, columns=cols)


def _typdcn_term(typ, dcons, x, y, cases, most, most_dc, max_pairs):
    """Typical-deviant consistency per term: best = |x1 − x2| + (1 − (y1 − y2)) + (1 − x1) + (1 − x2) (both clearly
    in the term, as far apart in the outcome as possible)."""
    cols = ["typical", "deviant_consistency", "best", "most_typical_term", "most_deviant_consistency"]
    g = _grid(typ, dcons)
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    raw = np.abs(x[i] - x[j]) + (1 - (y[i] - y[j])) + (1 - x[i]) + (1 - x[j])
    mt, md = most[i], most_dc[j]
    df = pd.DataFrame({"best": _r3(raw), "mt": -mt.astype(int), "md": -md.astype(int)})
    k = _ranked(df, raw, ["best", "mt", "md"], max_pairs).index.to_numpy()
    return pd.DataFrame({"typical": cases[i[k]], "deviant_consistency": cases[j[k]], "best": _r3(raw[k]),
                         "most_typical_term": mt[k], "most_deviant_consistency": md[k]}, columns=cols)


# ---------------------------------------------------------------- per truth table row
def _deviant_coverage_irrelevant(solution, ty, max_pairs):
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
    g = _grid(np.flatnonzero((x < 0.5) & (y > 0.5)).tolist(), np.flatnonzero((x < 0.5) & (y < 0.5)).tolist())
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    same = rowno[i] == rowno[j]
    i, j = i[same], j[same]
    raw = np.abs(w[i] - w[j]) + (1 - (y[i] - y[j])) + (1 - w[i]) + (1 - w[j])
    tt_le_y = w[i] <= y[i]
    df = pd.DataFrame({"row": rowno[i], "c": -tt_le_y.astype(int), "raw": raw, "a": i, "b": j})
    df = df.sort_values(["row", "c", "raw", "a", "b"], kind="stable").groupby("row", sort=True).head(max_pairs)
    k = df.index.to_numpy()
    res = pd.DataFrame({"deviant_coverage": cases[i[k]], "irrelevant": cases[j[k]]})
    for c in tt_cols:
        res[c] = ty[c].to_numpy()[i[k]]
    res["TT<=Y"] = tt_le_y[k]
    res["best"] = _r3(raw[k])
    return res[cols].reset_index(drop=True)


# ---------------------------------------------------------------- necessity
NECESSITY_PAIRS = ("typical-deviant relevance", "typical-deviant consistency", "typical-irrelevant",
                   "typical-typical")


def necessity_pairs(data: pd.DataFrame, outcome: str, nec_cond: str, pairs: str = "typical-deviant relevance", *,
                    conditions=None, case_column: str | None = None, max_pairs: int = 5) -> pd.DataFrame:
    """The best `max_pairs` pairs of cases of one kind for comparative case studies of a necessary condition X
    (an expression, e.g. 'LIT' or 'A + B'), ranked as SetMethods' smmr(necessity = TRUE, match = TRUE) ranks them
    (Schneider & Rohlfing 2013; Schneider 2024; lower best = better). Typical: X > 0.5, Y > 0.5, Y <= X.
      typical-deviant relevance   with a case in X but not in Y (is X trivially necessary?): best = (1 − X1) +
                                  (1 − X2) + |1 − (Y1 − Y2)| + |X1 − X2|
      typical-deviant consistency with a case in Y but not in X (X < 0.5) of the same truth table row of the other
                                  `conditions` (required): best = (1 − (X1 − X2)) + |Y1 − Y2|; per row, then the
                                  first max_pairs overall
      typical-irrelevant          with a case out of both and consistent (Y <= X < 0.5): best = (1 − (X1 − X2)) +
                                  (1 − (Y1 − Y2)) + 2|X1 − Y1| + |X2 − Y2|
      typical-typical             two typical cases, the first at least as typical: best = (0.5 − (X1 − X2)) +
                                  (0.5 − (Y1 − Y2)) + 2(X1 − Y1) + 2(X2 − Y2)
    unique_coverage: the typical case is in at most one disjunct of X (as `necessity_cases`); globally_uncovered:
    the irrelevant case is in no disjunct. Ties keep the data order of the second case, then the first."""
    if pairs not in NECESSITY_PAIRS:
        raise QCAInputError(f"pairs must be one of {', '.join(repr(p) for p in NECESSITY_PAIRS)}, got {pairs!r}")
    max_pairs = _check_max_pairs(max_pairs)
    others: list[str] = []
    if pairs == "typical-deviant consistency":
        if conditions is None:
            raise QCAInputError("typical-deviant consistency pairs are matched within truth table rows: give the "
                                "conditions of the truth table (conditions=..., CLI: --conditions)")
        given = conditions
        conditions = [c.strip() for c in conditions.split(",")] if isinstance(conditions, str) else list(conditions)
        own = _names_in(nec_cond) if isinstance(nec_cond, str) else []
        others = [c for c in conditions if c not in own]
        if not others:   # [] matched every case within one 'row': pairs of no truth table row, without a word
            raise QCAInputError(f"typical-deviant consistency pairs are matched within truth table rows of the other "
                                f"conditions: conditions must name the truth table's conditions besides "
                                f"{nec_cond!r}, got {given!r}")
    qd, frame, parts = necessary_condition(data, outcome, nec_cond, case_column=case_column, also=others)
    x, y = parts.max(axis=1), np.asarray(qd.y, dtype=float)
    cases = np.asarray(list(qd.cases), dtype=object)
    uniq = (parts > 0.5).sum(axis=1) <= 1
    glob = (parts < 0.5).all(axis=1)

    def most(kind, flag_col):  # which cases `necessity_cases` marks most typical / most deviant, per case
        t = necessity_cases(data, outcome, nec_cond, kind, case_column=case_column)
        return np.isin(cases, t.loc[t[flag_col], "case"].to_numpy(object)) if len(t) else np.zeros(len(cases), bool)

    typ = np.flatnonzero((x > 0.5) & (y > 0.5) & (x >= y)).tolist()
    mtyp = most("typical", "most_typical")
    if pairs == "typical-deviant relevance":
        g = _grid(typ, np.flatnonzero((x > 0.5) & (y < 0.5)).tolist())
        i, j = g["i"].to_numpy(), g["j"].to_numpy()
        best = _r3((1 - x[i]) + (1 - x[j]) + np.abs(1 - (y[i] - y[j])) + np.abs(x[i] - x[j]))
        mdrel = most("deviant relevance", "most_deviant_relevance")
        df = pd.DataFrame({"u": -uniq[i].astype(int), "best": best, "m1": -mtyp[i].astype(int),
                           "m2": -mdrel[j].astype(int)})
        k = _top(df, max_pairs)
        return pd.DataFrame({"typical": cases[i[k]], "deviant_relevance": cases[j[k]], "unique_coverage": uniq[i[k]],
                             "best": best[k], "most_typical": mtyp[i[k]], "most_deviant_relevance": mdrel[j[k]]})
    if pairs == "typical-irrelevant":
        g = _grid(typ, np.flatnonzero((x < 0.5) & (y < 0.5) & (x >= y)).tolist())
        i, j = g["i"].to_numpy(), g["j"].to_numpy()
        best = _r3((1 - (x[i] - x[j])) + (1 - (y[i] - y[j])) + 2 * np.abs(x[i] - y[i]) + np.abs(x[j] - y[j]))
        df = pd.DataFrame({"u": -uniq[i].astype(int), "g": -glob[j].astype(int), "best": best,
                           "m": -mtyp[i].astype(int)})
        k = _top(df, max_pairs)
        return pd.DataFrame({"typical": cases[i[k]], "irrelevant": cases[j[k]], "unique_coverage": uniq[i[k]],
                             "globally_uncovered": glob[j[k]], "best": best[k], "most_typical": mtyp[i[k]]})
    if pairs == "typical-typical":
        g = _grid(typ, typ)
        i, j = g["i"].to_numpy(), g["j"].to_numpy()
        score = 2 * np.abs(x - y) + (1 - x)
        keep = (score[i] <= score[j]) & (i != j)
        i, j = i[keep], j[keep]
        best = _r3((0.5 - (x[i] - x[j])) + (0.5 - (y[i] - y[j])) + 2 * (x[i] - y[i]) + 2 * (x[j] - y[j]))
        df = pd.DataFrame({"u1": -uniq[i].astype(int), "u2": -uniq[j].astype(int), "best": best,
                           "m1": -mtyp[i].astype(int), "m2": -mtyp[j].astype(int)})
        k = _top(df, max_pairs)
        a, b = i[k], j[k]
        return pd.DataFrame({"typical_1": cases[a], "typical_2": cases[b],
                             "unique_coverage": _both(uniq[a], uniq[b], "typical_1", "typical_2"), "best": best[k],
                             "most_typical": _both(mtyp[a], mtyp[b], "typical_1", "typical_2")})
    # typical-deviant consistency, within truth table rows of the other conditions
    tt_cols = [f"TT_{c}" for c in others]
    cfg = (frame[others].to_numpy(float) > 0.5).astype(int) if others else np.zeros((len(x), 0), dtype=int)
    row = np.array(["".join(map(str, r)) for r in cfg], dtype=object)
    dcons = np.flatnonzero((x < 0.5) & (y > 0.5)).tolist()
    g = _grid(typ, dcons)
    i, j = g["i"].to_numpy(), g["j"].to_numpy()
    same = row[i] == row[j]
    i, j = i[same], j[same]
    raw = (1 - (x[i] - x[j])) + np.abs(y[i] - y[j])
    mdcons = most("deviant consistency", "most_deviant")
    df = pd.DataFrame({"row": row[j], "raw": raw, "m1": -mtyp[i].astype(int), "m2": -mdcons[j].astype(int)})
    df = df.sort_values(["row", "raw", "m1", "m2"], kind="stable").groupby("row", sort=True).head(max_pairs)
    k = df.index.to_numpy()[:max_pairs]
    out = pd.DataFrame({"typical": cases[i[k]], "deviant_consistency": cases[j[k]]})
    for c, col in zip(tt_cols, cfg.T):
        out[c] = col[j[k]]
    out["best"] = _r3(raw[k])
    out["most_typical"] = mtyp[i[k]]
    out["most_deviant_consistency"] = mdcons[j[k]]
    return out


def focal_condition_pairs(solution, condition: str, pairs: str = "typical-irrelevant", *, model: int = 1,
                          max_pairs: int = 3) -> pd.DataFrame:
    """`smmr_pairs` per focal conjunct for one condition across a model: for every term holding `condition` (or its
    negation), the best `max_pairs` pairs with that conjunct as the focal conjunct, one table with the term and,
    per pair, the other conditions in which the two cases' configurations differ ('' = they differ in the focal
    condition alone: the closest most-similar comparison the data hold; Schneider & Rohlfing 2016)."""
    m = _model(solution, model)
    conds = list(solution.truth_table.conditions)
    if condition not in conds:
        raise QCAInputError(f"condition must be one of {', '.join(conds)}, got {condition!r}")
    ty = case_typology(solution, model).set_index("case")
    tt_cols = [f"TT_{c}" for c in conds]
    first, second = ("typical_1", "typical_2") if pairs == "typical-typical" else ("typical", "irrelevant")
    frames = []
    for k, term in enumerate(m.terms, start=1):
        lits = conjunct_literals(solution, term)
        if condition not in lits:
            continue
        label = lits[condition]
        t = smmr_pairs(solution, pairs, by="focal conjunct", term=k, model=model, max_pairs=max_pairs)[label]
        diff = [", ".join(c for c, col in zip(conds, tt_cols) if c != condition and ty.at[a, col] != ty.at[b, col])
                for a, b in zip(t[first], t[second])]
        frames.append(t.assign(term=term, focal_conjunct=label, other_differences=diff))
    cols = ["term", "focal_conjunct", first, second, "other_differences"]
    if not frames:  # no term holds the condition: no pairs, in the columns a table with pairs has
        some = next(iter(smmr_pairs(solution, pairs, by="focal conjunct", term=1, model=model,
                                    max_pairs=max_pairs).values()))
        return pd.DataFrame(columns=cols + [c for c in some.columns if c not in cols])
    out = pd.concat(frames, ignore_index=True)
    return out[cols + [c for c in out.columns if c not in cols]]
