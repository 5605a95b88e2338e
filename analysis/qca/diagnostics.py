"""Case-oriented diagnostics of a QCA result: case typology for set-theoretic multi-method research
(Schneider & Rohlfing 2013, 2016; Schneider 2024; SetMethods' smmr), theory evaluation (Ragin 1987;
Schneider & Wagemann 2012) and cluster (panel) diagnostics (García-Castro & Ariño 2016).

Sufficiency, X = membership in the solution (or a term), Y = outcome, each case one of
  typical                  X > 0.5, Y > 0.5, X <= Y   (per term with X_term > 0.5)
  deviant consistency      X > 0.5, Y < 0.5           (deviant in kind)
  deviant coverage         X < 0.5, Y > 0.5
  individually irrelevant  X < 0.5, Y < 0.5
Necessity (X = the necessary condition): typical X > 0.5, Y > 0.5, Y <= X; deviant consistency X < 0.5,
Y > 0.5; deviant relevance X > 0.5, Y < 0.5 (low relevance). Ranking scores ("Best", lower = better) as
SetMethods computes them (its smmr helpers, read as method; checked on its reference output): typical
(sufficiency, per term) 2(Y − X) + (1 − X); deviant consistency (per term) (1 − (X − Y)) + (1 − X); deviant
coverage 1 − TT_row (membership in the case's truth table row); typical (necessity) (1 − Y) + |X − Y|; deviant
consistency (necessity) 1 − (Y − X); deviant relevance 2(1 − X) + Y.
Cases with X or Y exactly 0.5 belong to no type: the typologies label them 'at crossover (solution = 0.5)' (or
the outcome, or both), as contradictions() lists them under cases_at_crossover and theory_evaluation names them.
"""
from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ._near import hints_by_name
from .data import QCAWarning, check_arrow_types, prepare_data
from .data_hints import _near
from .data_lists import _show_columns
from .display import PRINT_WIDTH, ResultFrame, TablesByKey, frame, frame_labelled, shown_as_printed, width, wrapped
from .checks import PAIR_MODEL, choice_hint, flag, model_hint
from .errors import QCAInputError, in_number, quoted, user_stacklevel
from .r_calls import outcome_given_hint, refuses_r_only_arguments, smmr_cases_hint
from .expressions import (expression_membership, format_term, implicant_membership, named_outcome, names_left_out,
                          once_per_call, parse_expression, parse_term, warns_once)
from .measures import _consistency, _coverage, _haesebrouck, _pri

__all__ = ["case_types", "case_typology", "term_typology", "typology_by_model", "smmr", "smmr_focal_conjuncts", "necessity_cases",
           "necessity_typology", "necessity_xy", "contradictions", "theory_evaluation", "TheoryEvaluation",
           "cluster_diagnostics", "ClusterDiagnostics", "boolean_expression"]

SUFFICIENCY_TYPES = ("typical", "deviant consistency", "deviant coverage", "individually irrelevant")
NECESSITY_TYPES = ("typical", "deviant consistency", "deviant relevance")
#: The kinds of cases smmr() lists.
SMMR_CASES = ("typical", "deviant consistency", "deviant coverage", "irrelevant")


CROSSOVER = "at crossover"


def crossover_label(x_half: bool, y_half: bool, names: Sequence[str] = ("X", "Y")) -> str:
    """The said status of a case with a membership of exactly 0.5 (the crossover: neither in nor out of the set,
    Ragin 2008; such a case belongs to none of the types, Schneider & Rohlfing 2013): 'at crossover (X = 0.5)',
    '... (Y = 0.5)' or '... (X = Y = 0.5)', with the sets' names. '' when neither is 0.5."""
    if not (x_half or y_half):
        return ""
    which = " = ".join(n for n, h in zip(names, (x_half, y_half)) if h)
    return f"{CROSSOVER} ({which} = 0.5)"


def case_types(x, y, relation: str = "sufficiency", names: Sequence[str] = ("X", "Y")) -> list[str]:
    """Four-way case type of every case for X sufficient for Y; typical also needs X <= Y (otherwise 'deviant
    consistency in degree'). A case with X or Y exactly 0.5 has none of the types: it is labelled
    'at crossover (X = 0.5)', '... (Y = 0.5)' or '... (X = Y = 0.5)', with `names` (the names of X and Y) in
    place of X and Y. Necessity (X necessary for Y) is sufficiency of Y for X, with 'deviant relevance' for
    'deviant coverage' (in X, not in Y)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    if relation not in ("sufficiency", "necessity"):
        raise QCAInputError(f"relation must be 'sufficiency' or 'necessity', got {quoted(relation)}"
                            f"{choice_hint(relation, ('sufficiency', 'necessity'))}")
    if isinstance(names, str) or len(names) != 2 or not all(isinstance(n, str) and n for n in names):
        raise QCAInputError(f"names must be the names of X and Y, two texts such as ('solution', 'outcome'), "
                            f"got {quoted(names)}")
    # in numpy, not case by case (100,000 cases: 0.15 s a call, and a typology per model calls it once per model)
    x_half, y_half = x == 0.5, y == 0.5
    a, b = (y, x) if relation == "necessity" else (x, y)      # necessity: sufficiency of Y for X
    in_a, in_b = a > 0.5, b > 0.5
    return np.select(
        [x_half & y_half, x_half, y_half, in_a & in_b & (a <= b), in_a & in_b, in_a, in_b],
        [crossover_label(True, True, names), crossover_label(True, False, names), crossover_label(False, True, names),
         "typical", "deviant consistency in degree", "deviant consistency",
         "deviant relevance" if relation == "necessity" else "deviant coverage"],
        default="individually irrelevant").tolist() if len(x) else []


def _expression(name: str, value) -> str:
    """A Boolean expression of the conditions given as text ('LIT', 'A*B + ~C'), without the blanks around it (' LIT '
    is LIT, in the labels of what is made of it too), or QCAInputError naming `name`."""
    if not isinstance(value, str) or not value.strip():
        raise QCAInputError(f"{name} must be an expression of the conditions as text, e.g. 'LIT' or 'A*B + ~C', "
                            f"got {quoted(value)}")
    return value.strip()


# ---------------------------------------------------------------- a solution's memberships
def _pair_model_hint(model, solution) -> str:
    """For a model named by its pair (checks.PAIR_MODEL): the number to write, which counts the solution's distinct
    models in the printed order (C1P1 M1 is 1; a pair's model that repeats an earlier pair's is that one's number);
    that no such model is here, naming those that are; or, for a solution without pairs, that its models are
    numbered alone. '' for anything else."""
    m = PAIR_MODEL.fullmatch(model) if isinstance(model, str) else None
    if m is None:
        return ""
    pair, name = f"C{int(m[1])}P{int(m[2])}", f"M{int(m[4])}"
    setmethods = (f" (SetMethods' sol = {model.strip()!r}, pimdata's format, names {pair} {name})"
                  if m[3] in "Ii" else "")
    if not any(getattr(mod, "pair", None) for mod in solution.models):
        kind = getattr(solution, "kind", None)
        return (f"; {quoted(model)} names a model of an intermediate solution's pair{setmethods}, and this "
                f"{kind + ' ' if kind else ''}solution has no pairs: write its model's number, 1 for M1")
    pairs = getattr(solution, "intermediate", None)
    found = pairs.get(pair) if hasattr(pairs, "get") else None
    wanted = next((mod for mod in (found.models if found is not None else []) if mod.name == name), None)
    number = next((i for i, mod in enumerate(solution.models, start=1)
                   if wanted is not None and frozenset(mod.terms) == frozenset(wanted.terms)), None)
    if number is not None:
        label = solution.models[number - 1].label
        same = "" if label == f"{pair} {name}" else f", the same model as {label}"
        return (f"; write {number} (the distinct models are numbered from 1 across the pairs, as printed: "
                f"{pair} {name} is {number}{same}){setmethods}")
    labels = [mod.label for mod in solution.models]
    shown = ", ".join(f"{label} is {i}" for i, label in enumerate(labels[:6], start=1))
    return (f"; there is no {pair} {name} here{setmethods}: the models, numbered from 1 across the pairs, are "
            f"{shown}{', ...' if len(labels) > 6 else ''}")


def _model(solution, model: int):
    if not hasattr(solution, "models") or not hasattr(solution, "truth_table"):
        raise QCAInputError(f"expected a Solution from minimize(), got {type(solution).__name__}")
    if isinstance(model, bool) or not isinstance(model, (int, np.integer)) or not 1 <= model <= len(solution.models):
        hint = outcome_given_hint(model, solution.truth_table.outcome,
                                  "model is the number of the model, 1 for M1") or _pair_model_hint(model, solution) \
            or model_hint(model, len(solution.models))
        raise QCAInputError(f"model must be 1..{len(solution.models)}, got {quoted(model)}{hint}")
    return solution.models[model - 1]


def conjunct_literals(solution, term: str) -> dict[str, str]:
    """Each condition of a term and its literal as the term writes it: 'A' or '~A' (crisp, fuzzy data), 'A[v]' for
    every condition of multi-value data, a crisp one included ('B[1]' in 'A[2]*B[1]', as format_term and R write
    them), so the literals joined by '*' are the term."""
    from .expressions import format_literal, parse_term

    qd = solution.truth_table.data
    return {c: format_literal(c, v, qd.multivalue) for c, v in parse_term(term, list(qd.conditions)).items()}


def _own_row_membership(X: np.ndarray, cfg: np.ndarray, multi) -> np.ndarray:
    """Each case's membership in its own truth table row: the minimum over conditions of x (the row has the
    condition), 1 - x (its negation) or [x == v] (a multi-value condition at level v), as implicant_membership gives
    it for that row. Case by case: the diagonal of every case in every case's row was an n x n matrix (10,000 cases:
    800 MB and 4 s; 100,000 cases: 80 GB)."""
    X = np.asarray(X, dtype=float)
    multi = np.asarray(multi, dtype=bool).reshape(1, -1)
    lit = np.where(multi, (X == cfg).astype(float), np.where(cfg == 1, X, 1.0 - X))
    return lit.min(axis=1, initial=1.0)


@refuses_r_only_arguments("case_typology")
def case_typology(solution, model: int = 1) -> pd.DataFrame:
    """One row per case: membership in each term and in the solution (model), outcome, the case's truth table
    row (configuration and membership), the terms it is a member of (> 0.5) and its type; a case with solution or
    outcome membership of exactly 0.5 has none of the four types and is labelled 'at crossover (solution = 0.5)',
    '... (outcome = 0.5)' or '... (solution = outcome = 0.5)'; the four types are the XY plot's quadrants
    (typical, deviant consistency, deviant coverage, individually irrelevant: Schneider & Rohlfing 2013), the
    truth table row's membership the minimum over its literals (Ragin 2008). A case with a fuzzy
    condition at exactly 0.5 is in no row: TT_row_number is missing and that condition's TT_ column shows 0.5.
    A DataFrame that prints every column, in blocks of 80 columns each naming the case, and whose to_dict() gives a
    missing value as None (display.ResultFrame)."""
    m = _model(solution, model)
    tt = solution.truth_table
    qd = tt.data
    multi = [k == "multi-value" for k in qd.kinds]
    mem = implicant_membership(qd.X, m.implicants, multi)
    sol = mem.max(axis=1)
    fuzzy = np.array([k == "fuzzy" for k in qd.kinds])
    cfg = np.where(fuzzy[None, :], (qd.X > 0.5).astype(int), np.round(qd.X).astype(int))
    row_mem = _own_row_membership(qd.X, cfg, multi)
    df = pd.DataFrame(mem, columns=list(m.terms), index=list(qd.cases))
    df.insert(0, "case", list(qd.cases))
    df["solution"] = sol
    df["outcome"] = qd.y
    # a case with a fuzzy membership of exactly 0.5 belongs to no truth table row (as truth_table() places it): its
    # TT_ column shows the 0.5, as SetMethods' case tables do (cases.suf.dcv, .iir), not the 0 of a row it is not in
    half = fuzzy[None, :] & (qd.X == 0.5)
    for j, c in enumerate(qd.conditions):
        df[f"TT_{c}"] = np.where(half[:, j], 0.5, cfg[:, j]) if half[:, j].any() else cfg[:, j]
    from .truth_table import row_numbers

    unassigned = half.any(axis=1)
    df["TT_row_number"] = pd.array([None if u else int(r) for r, u in zip(row_numbers(cfg, qd.noflevels), unassigned)],
                                   dtype="Int64")
    df["TT_row"] = row_mem
    df["member_of"] = _member_of(mem > 0.5, list(m.terms))
    df["type"] = case_types(sol, qd.y, names=("solution", "outcome"))
    return ResultFrame.of(df.reset_index(drop=True), "case")   # prints whole, 'case' in each block


#: term_typology's type of a case outside a term (membership < 0.5) that the solution holds (> 0.5) through another
IN_ANOTHER_TERM = "in another term"


@refuses_r_only_arguments("term_typology")
def term_typology(solution, model: int = 1) -> pd.DataFrame:
    """The cases of each term of a model and of the model as a whole, typed for an XY plot per term (SetMethods'
    pimplot; Schneider & Rohlfing 2013): one row per panel and case, columns panel (the term as the model writes it,
    then 'solution'), case, X (membership in the panel's term or in the solution), Y (the outcome) and type.
    The solution's panel has `case_typology`'s types. On a term's panel a case in the term (X > 0.5) is typical,
    deviant consistency (in degree) for that term; one outside it keeps its type of the solution (deviant coverage,
    individually irrelevant), which are types of the solution as a whole, unless another term holds it (solution
    > 0.5): 'in another term', neither deviant nor irrelevant here. X or Y of exactly 0.5: 'at crossover (...)',
    with the term's name. Panels in the model's order of terms; cases in the data's order.
    solution: a Solution from minimize(); model: which model, 1 for M1.
    A DataFrame that prints every column, in blocks of 80 columns each naming the panel and case, and whose to_dict() gives a
    missing value as None (display.ResultFrame)."""
    ty = case_typology(solution, model)
    terms = list(_model(solution, model).terms)
    outcome = solution.truth_table.outcome
    y = ty["outcome"].to_numpy(float)
    sol = ty["solution"].to_numpy(float)
    frames = []
    for term in terms:
        x = ty[term].to_numpy(float)
        types = np.array(case_types(x, y, names=(term, outcome)), dtype=object)
        outside = (x < 0.5) & (y != 0.5)
        types[outside] = np.array(case_types(sol[outside], y[outside], names=("solution", outcome)), dtype=object)
        types[outside & (sol > 0.5)] = IN_ANOTHER_TERM
        frames.append(pd.DataFrame({"panel": term, "case": ty["case"], "X": x, "Y": y, "type": types}))
    frames.append(pd.DataFrame({"panel": "solution", "case": ty["case"], "X": sol, "Y": y, "type": ty["type"]}))
    return ResultFrame.of(pd.concat(frames, ignore_index=True), "panel", "case")   # prints whole


def _member_of(inside: np.ndarray, terms: list[str]) -> np.ndarray:
    """Each case's terms (inside: cases x terms, membership > 0.5) as 'T1 + T2', '' for none: one string per
    distinct pattern of terms, not per case (joined case by case: 100,000 cases x 39 terms, 0.4 s a typology, and
    the CLI's cases --pairs builds four)."""
    if inside.shape[1] == 0:
        return np.full(len(inside), "", dtype=object)
    packed = np.ascontiguousarray(np.packbits(inside, axis=1))   # a pattern as bytes: np.unique(axis=0) is slower
    _, first, which = np.unique(packed.view(np.dtype((np.void, packed.shape[1]))).reshape(-1), return_index=True,
                                return_inverse=True)
    names = np.array([" + ".join(t for t, v in zip(terms, inside[i]) if v) for i in first], dtype=object)
    return names[np.asarray(which).reshape(-1)]


@refuses_r_only_arguments("typology_by_model")
def typology_by_model(solution) -> pd.DataFrame:
    """Each case's type (`case_typology`; Schneider & Rohlfing 2013) under every model M1, M2, ... of `solution`,
    and whether it is the same in all of them ('same_in_every_model'): under model ambiguity (Baumgartner & Thiem
    2017) case selection for follow-up studies does not depend on the model chosen when it is.
    A DataFrame that prints every column, in blocks of 80 columns each naming the case, and whose to_dict() gives a
    missing value as None (display.ResultFrame)."""
    if not hasattr(solution, "models"):
        raise QCAInputError(f"expected a Solution from minimize(), got {type(solution).__name__}")
    # each distinct term's membership once, not a whole case_typology per model (its TT_ columns, row numbers and
    # term lists): 100,000 cases, 0.4 s a model, and a solution may have hundreds of models
    _model(solution, 1)
    qd = solution.truth_table.data
    multi = [k == "multi-value" for k in qd.kinds]
    terms, position = [], {}
    for m in solution.models:
        for imp in np.asarray(m.implicants).reshape(-1, qd.k):
            if imp.tobytes() not in position:
                position[imp.tobytes()] = len(terms)
                terms.append(imp)
    mem = implicant_membership(qd.X, np.array(terms).reshape(-1, qd.k), multi)
    frames = {}
    for i, m in enumerate(solution.models, start=1):
        cols = [position[imp.tobytes()] for imp in np.asarray(m.implicants).reshape(-1, qd.k)]
        frames[f"M{i}"] = case_types(mem[:, cols].max(axis=1), qd.y, names=("solution", "outcome"))
    table = pd.DataFrame(frames, index=pd.Index(list(qd.cases), name="case"))
    types = table.to_numpy(dtype=object)
    table["same_in_every_model"] = (types == types[:, :1]).all(axis=1)      # one value per case (no type is missing)
    return ResultFrame.of(table.reset_index(), "case")   # prints whole


#: contradictions()'s columns of case lists, each beside its text column (cases_in_outcome, ...).
CONTRADICTION_LIST_COLUMNS = ("cases_in_outcome_list", "cases_not_in_outcome_list", "cases_at_crossover_list")


@refuses_r_only_arguments("contradictions")
def contradictions(tt) -> pd.DataFrame:
    """Observed truth-table rows holding cases on both sides of the outcome (membership > 0.5 and < 0.5): row,
    configuration, n, incl, PRI, OUT, the cases in and out of the outcome, those at its crossover (membership
    exactly 0.5: neither in nor out; in, out and crossover add up to n) and how the cut-offs coded the row
    (contradictory rows must be reported with their handling: Schneider & Wagemann 2012; Rihoux &
    De Meur 2009 list the strategies). `incl` is also the highest consistency cut-off at which the row is positive
    (when it passes n_cut and pri_cut). A row coded C is not left out of the minimisation: as in R QCA, it is an
    off-set row (no prime implicant may cover it) unless include='C' makes it a don't-care or explain='1,C' a
    positive row. tt: a TruthTable from truth_table(). The three case columns are text, names joined by ', ' (to
    read and print); beside them, CONTRADICTION_LIST_COLUMNS hold the same cases as lists of names, which a program
    reads without splitting (a name may hold ', ': 'Korea, Rep.'); drop those before writing a CSV.
    A DataFrame that prints every column, in blocks of 80 columns each naming the row, and whose to_dict() gives a
    missing value as None (display.ResultFrame)."""
    from .truth_table import TruthTable

    if not isinstance(tt, TruthTable):
        raise QCAInputError(f"expected a TruthTable from truth_table(), got {type(tt).__name__}")
    y = dict(zip(tt.data.cases, tt.data.y))
    multi = any(k == "multi-value" for k in tt.data.kinds)
    handling = {"1": "coded positive (OUT = 1): its cases outside the outcome are deviant for consistency",
                "0": "coded negative (OUT = 0): its cases in the outcome are left unexplained (deviant coverage)",
                "C": "coded as a contradiction (C): minimised as a negative row, which no solution may cover, "
                     "unless included as a don't-care (include='C') or explained (explain='1,C')",
                "?": "a remainder (fewer cases than n_cut)"}
    out = []
    for (r, rec), cfg, cases, neg in zip(tt.rows.iterrows(), tt.configs, tt.case_lists, tt.dcc_lists):
        pos = [c for c in cases if y[c] > 0.5]
        if not (pos and neg):
            continue
        half = [c for c in cases if y[c] == 0.5]   # neither in nor out: listed, so that the lists add up to n
        out.append({"row": int(r), "configuration": format_term(np.asarray(cfg) + 1, tt.conditions, multi),
                    "n": int(rec["n"]), "incl": float(rec["incl"]), "PRI": float(rec["PRI"]), "OUT": rec["OUT"],
                    "cases_in_outcome": ", ".join(pos), "cases_not_in_outcome": ", ".join(neg),
                    "cases_at_crossover": ", ".join(half), "handling": handling[rec["OUT"]],
                    "cases_in_outcome_list": pos, "cases_not_in_outcome_list": list(neg),
                    "cases_at_crossover_list": half})
    return ResultFrame.of(pd.DataFrame(out, columns=["row", "configuration", "n", "incl", "PRI", "OUT",
                                                     "cases_in_outcome", "cases_not_in_outcome", "cases_at_crossover",
                                                     "handling", *CONTRADICTION_LIST_COLUMNS]), "row")


def _per_term(ty: pd.DataFrame, terms, select, best) -> pd.DataFrame:
    """smmr's per-term table: for each term (sorted) the cases `select(X_term)` picks, in case order, with their term
    membership, outcome and Best score `best(X_term, Y)` rounded to 12 decimals. Column-wise (a row at a time was 3 s
    for 100,000 cases); the scores are computed in float64 as before and rounded with Python's round, so the table
    is the same to the bit."""
    cols = ["case", "term", "term_membership", "outcome", "best"]
    parts = {c: [] for c in cols}
    for t in sorted(terms):
        xt = ty[t]
        sel = select(xt).to_numpy()
        x_sel, y_sel = xt.to_numpy()[sel], ty["outcome"].to_numpy()[sel]
        parts["case"] += ty["case"].to_numpy()[sel].tolist()
        parts["term"] += [t] * len(x_sel)
        parts["term_membership"] += x_sel.tolist()
        parts["outcome"] += y_sel.tolist()
        parts["best"] += [round(b, 12) for b in best(x_sel, y_sel).tolist()]
    if not parts["case"]:   # the dtypes of a full table, not object columns
        return pd.DataFrame([], columns=cols).astype({"case": str, "term": str, "term_membership": float,
                                                      "outcome": float, "best": float})
    return pd.DataFrame(parts, columns=cols)


def _deviant_coverage(sel: pd.DataFrame, tt_cols: list[str], rounded: bool) -> pd.DataFrame:
    """smmr's deviant coverage table of the case typology's rows `sel` (X < 0.5 < Y): TT<=Y, the order and the most
    deviant case of each row read off TT_row and Y rounded to 3 decimals (`rounded`, SetMethods' TT_row_membership
    and Outcome, rounded before anything is read off them) or off the exact values."""
    sel = sel.copy()
    tt_row = sel["TT_row"].round(3) if rounded else sel["TT_row"]
    sel["TT<=Y"] = tt_row <= (sel["outcome"].round(3) if rounded else sel["outcome"])
    sel["best"] = (1 - sel["TT_row"]).round(12)
    sel["_b"] = (1 - tt_row).round(3 if rounded else 12)
    out = sel[["case", "solution", *tt_cols, "TT_row", "outcome", "TT<=Y", "best", "_b"]]
    out = out.sort_values([*tt_cols, "TT<=Y", "_b", "case"], ascending=[True] * len(tt_cols) + [False, True, True],
                          kind="stable").reset_index(drop=True)
    row_min = out.groupby(tt_cols)["_b"].transform("min") if len(out) else out["_b"]
    in_row = ~(out[tt_cols] == 0.5).any(axis=1)       # a case in no truth table row is no row's most deviant
    out["most_deviant_coverage"] = (out["_b"] <= row_min + 1e-12) & in_row if len(out) else []
    return out.drop(columns="_b")


def _exact_reading(case, exact) -> str:
    """How a case's TT<=Y reads on the exact values (`exact`: its row with TT_row, outcome, TT<=Y), for the warnings
    naming the cases the 3-decimal reading flips."""
    rel = "<=" if exact["TT<=Y"] else ">"
    return f"{case} (TT_row {exact['TT_row']:.6g} {rel} outcome {exact['outcome']:.6g})"


#: Cases a rounding warning names at most, the others counted: 100,000 cases can flip thousands (a warning of megabytes)
_NAMED_FLIPS = 10


def _more(parts: list[str], total: int) -> str:
    """The parts named, joined, and how many more of `total` there are."""
    return ", ".join(parts) + (f" and {total - len(parts)} more" if total > len(parts) else "")


def _warn_rounding_flips(parity: pd.DataFrame, exact: pd.DataFrame) -> None:
    """A QCAWarning naming the deviant coverage cases whose TT<=Y or most-deviant flag the 3-decimal reading (SetMethods')
    gives otherwise than the exact values, with those values: the flag shown is then not what the memberships say."""
    if not len(parity):
        return
    # the exact rows aligned with the parity rows by case name (unique), compared column-wise: a row at a time took
    # 2 s for 15,000 deviant coverage cases; only the flipped cases named are formatted
    e = exact.set_index("case").loc[parity["case"].to_numpy(object)]
    flip = parity["TT<=Y"].to_numpy(bool) != e["TT<=Y"].to_numpy(bool)
    most = ~flip & (parity["most_deviant_coverage"].to_numpy(bool) != e["most_deviant_coverage"].to_numpy(bool))
    parts, named = [], np.flatnonzero(flip | most)
    for pos in named[:_NAMED_FLIPS]:
        case, x = parity["case"].iat[pos], e.iloc[pos]
        if flip[pos]:
            parts.append(_exact_reading(case, x))
        else:
            parts.append(f"{case} ({'' if x['most_deviant_coverage'] else 'not '}the most deviant of its row "
                         f"exactly: TT_row {x['TT_row']:.6g})")
    if parts:
        warnings.warn("deviant coverage cases: TT<=Y, the order and the most deviant case of each row are read off "
                      "TT_row and outcome rounded to 3 decimals, as SetMethods' smmr reads them; the exact values say "
                      f"otherwise for {_more(parts, len(named))}: smmr(..., exact=True) (CLI: cases --exact) reads "
                      "the exact values", QCAWarning, stacklevel=user_stacklevel())


@refuses_r_only_arguments("smmr")
def smmr(solution, cases: str = "typical", model: int = 1, *, exact: bool = False) -> pd.DataFrame:
    """Cases of one type for case studies after a sufficiency analysis, selected and ranked by SetMethods' smmr
    rules (Schneider & Rohlfing 2013; Schneider 2024; lower Best = better):

    - 'typical', per term: X_term > 0.5, Y > 0.5, X_term <= Y; Best = 2(Y − X_term) + (1 − X_term); most typical per
      term; unique coverage = typical for this term only. Ordered by term, uniquely covered first, Best, term
      membership, then the data order.
    - 'deviant consistency', per term: X_term > 0.5, Y < 0.5; Best = (1 − (X_term − Y)) + (1 − X_term) (the most
      deviant lies far below the diagonal of the XY plot (X on the horizontal axis) and is a clear member of
      the term); most deviant per term. Ordered by term, Best and term membership rounded to 3 decimals (SetMethods
      rounds them before it sorts), then the data order.
    - 'deviant coverage' (solution level): X < 0.5, Y > 0.5; Best = 1 − membership in the case's truth table row
      (its best-fitting configuration), most deviant per row; ordered by row, rows with TT_row <= Y first, Best,
      then case name. SetMethods rounds TT_row and Y to 3 decimals first: TT<=Y, the order and the most deviant
      (the lowest Best of the row) are read from the rounded values, as there (TT_row, outcome and Best shown
      keep every decimal); a QCAWarning names the cases where that differs from the exact values, and
      exact=True reads the exact values instead.
    - 'irrelevant': X < 0.5, Y < 0.5, by truth table row (its TT_ columns), then case.
    A case with X or Y exactly 0.5 is in none of the four tables (as in SetMethods: its rules are strict, X > 0.5 or
    X < 0.5); `case_typology` labels it 'at crossover (solution = 0.5)' (or outcome, or both). A case with a fuzzy condition at exactly 0.5 is in no truth table
    row: its TT_ column shows 0.5 (SetMethods' TT_ columns show it so, and sort it between 0 and 1), and it is no
    row's most deviant coverage case.
    Ties are left as SetMethods 4.0 leaves them (cases.suf.typ, .dcn, .dcv, .iir: the data order, or the case name
    where it merges tables by case), so the tables list the cases in its order; the Best shown keeps every decimal
    (rounded to 12 against floating-point noise). 'By term' is by the term's text in code-point order, R's order in
    the C locale: SetMethods sorts with R's order(), which follows the session's collation (LC_COLLATE), so in
    another locale it may list the terms in another order where one starts with '~' or a condition has lower-case
    letters ('B*C' before '~A' here and in the C locale; '~A' first under en_US.UTF-8). To compare with R, run it with
    Sys.setlocale("LC_COLLATE", "C"); the LF reference reads the same in both.

    solution: a Solution from minimize(); cases: one of the four types above; model: which model, 1 for M1 (1..the
    number of models listed); exact: 'deviant coverage' read off the exact memberships rather than SetMethods'
    3-decimal values (True or False). A DataFrame that prints every column, in blocks of 80 columns each naming the
    case, and whose to_dict() gives a missing value as None (display.ResultFrame)."""
    exact = flag("exact", exact)
    ty = case_typology(solution, model)
    terms = list(_model(solution, model).terms)
    conds = list(solution.truth_table.conditions)
    tt_cols = [f"TT_{c}" for c in conds]
    x, y = ty["solution"], ty["outcome"]
    if cases == "typical":
        out = _per_term(ty, terms, lambda xt: (xt > 0.5) & (y > 0.5) & (xt <= y),
                        lambda xt, yt: 2 * (yt - xt) + (1 - xt))
        n_typical = out["case"].map(out["case"].value_counts())  # terms for which the case is typical
        out.insert(4, "unique_coverage", (n_typical == 1).astype(bool))
        out = out.sort_values(["term", "unique_coverage", "best", "term_membership"],
                              ascending=[True, False, True, True], kind="stable").reset_index(drop=True)
        out["most_typical"] = out["best"] <= out.groupby("term")["best"].transform("min") + 1e-12
        return ResultFrame.of(out, "case")   # prints whole, the case in each block
    if cases == "deviant consistency":
        out = _per_term(ty, terms, lambda xt: (xt > 0.5) & (y < 0.5),
                        lambda xt, yt: (1 - (xt - yt)) + (1 - xt))
        key = out.assign(_b=out["best"].round(3), _m=out["term_membership"].round(3))[["term", "_b", "_m"]]
        out = out.loc[key.sort_values(["term", "_b", "_m"], kind="stable").index].reset_index(drop=True)
        out["most_deviant"] = out["best"] <= out.groupby("term")["best"].transform("min") + 1e-12
        return ResultFrame.of(out, "case")   # prints whole, the case in each block
    if cases == "deviant coverage":
        sel = ty[(x < 0.5) & (y > 0.5)]
        out = _deviant_coverage(sel, tt_cols, rounded=not exact)
        if not exact:
            _warn_rounding_flips(out, _deviant_coverage(sel, tt_cols, rounded=False))
        return ResultFrame.of(out, "case")   # prints whole, the case in each block
    if cases == "irrelevant":
        sel = ty[(x < 0.5) & (y < 0.5)]
        out = sel[["case", "solution", *tt_cols, "TT_row", "outcome"]]
        return ResultFrame.of(out.sort_values([*tt_cols, "case"], kind="stable").reset_index(drop=True), "case")
    hint = (" ('deviant relevance' is a type of necessity cases: give the necessary condition, necessity_cases(); "
            "CLI: --nec-cond)") if cases == "deviant relevance" else (
        smmr_cases_hint(cases) or outcome_given_hint(cases, solution.truth_table.outcome, "the second argument is "
                                                     "cases, the type of cases, e.g. smmr(sol, 'typical')")
        or choice_hint(cases, SMMR_CASES))
    raise QCAInputError(f"cases must be 'typical', 'deviant consistency', 'deviant coverage' or 'irrelevant', "
                        f"got {quoted(cases)}{hint}")


def model_term(solution, m, term) -> str:
    """The term of model `m` (of `solution`) that `term` names: its number in the model (1 = the first) or its text,
    the literals in any order ('STB*URB' is the model's 'URB*STB': a conjunction's literals commute, Schneider &
    Wagemann 2012), written as the model writes it. Anything else is refused, naming the model's terms."""
    if isinstance(term, str):
        tt = solution.truth_table
        conds, levels = list(tt.conditions), list(tt.data.noflevels)
        try:
            wanted = parse_term(term, conds, levels)
        except QCAInputError:
            wanted = None
        same = [t for t in m.terms if wanted is not None and parse_term(t, conds, levels) == wanted]
        if not same:
            number = re.fullmatch(r"\s*[Tt]?\s*(\d+)\s*", term)   # '2' or 'T2': a term's number as text
            hint = (f"; write {int(number[1])}, a number (the model's term {int(number[1])}, "
                    f"{m.terms[int(number[1]) - 1]!r}), or the term's text"
                    if number and 1 <= int(number[1]) <= len(m.terms) else choice_hint(term.replace(" ", ""), m.terms))
            raise QCAInputError(f"term {quoted(term)} is not in the model ({m.expression}){hint}")
        return same[0]
    if isinstance(term, (int, np.integer)) and not isinstance(term, bool) and 1 <= term <= len(m.terms):
        return m.terms[term - 1]
    raise QCAInputError(f"term must be 1..{len(m.terms)} or one of {list(m.terms)}, got {quoted(term)}")


@refuses_r_only_arguments("smmr_focal_conjuncts")
def smmr_focal_conjuncts(solution, term=1, model: int = 1, max_rows: int | None = None) -> TablesByKey:
    """Typical cases of one term for each of its conjuncts as the focal conjunct (FC): FC, the minimum of the
    complementary conjuncts (CC_Min), the term, FC <= Y, CleanCorr (CC_Min lies outside the span from FC to Y:
    with FC <= Y, CC_Min < FC or CC_Min > Y; with FC > Y, CC_Min > FC or CC_Min < Y), Rank (1 when FC < CC_Min,
    the focal conjunct setting the term's membership, else 2), Best = (1 − term) + 2|Y − FC|, the most typical
    case per focal conjunct and of the term (`smmr(..., 'typical')`). Ranked by Rank, CleanCorr, FC <= Y, unique
    coverage, then Best (SetMethods 4.0's cases.suf.typ.fct; a term of one conjunct: Rank 1 unless FC = 1).
    unique_coverage here is membership (> 0.5) in this term only, Schneider & Rohlfing's (2013, 2016) wording,
    whereas `smmr(..., 'typical')` calls a case uniquely covered when it is typical for one term only; each follows
    SetMethods. (Checked on its reference and, where that cannot tell the rules apart, by hand in
    tests/test_qca_smmr_by_hand.py; its MostTypTerm is FALSE for every case, the term's most typical one included:
    see tests/test_qca_diagnostics.py.) Ties are left in the data order, as SetMethods leaves them.

    Every typical case is listed by default (max_rows=None), whereas SetMethods prints the first 5 of each table (its
    max_pairs = 5): a table cut without a word hides cases a researcher may want to choose from, and the ranking
    already puts SetMethods' five first. max_rows=5 gives its tables.
    solution: a Solution from minimize(); model: which of its models, 1 for M1; term: the term, its number in the
    model (1 = the first) or its text ('A*~B'). Returns a TablesByKey: a dict {focal conjunct: table} that prints
    every table under its focal conjunct and gives to_frame() (one table, a first column `focal_conjunct`) and
    to_dict() (JSON-ready records), as `cases --type focal-conjuncts` prints them."""
    if max_rows is not None and (isinstance(max_rows, bool) or not isinstance(max_rows, (int, np.integer))
                                 or max_rows < 1):
        raise QCAInputError(f"max_rows must be a whole number of rows >= 1 or None (every typical case), got "
                            f"{quoted(max_rows)}")
    m = _model(solution, model)
    name = model_term(solution, m, term)
    ty = case_typology(solution, model)
    conds = list(solution.truth_table.conditions)
    lits = conjunct_literals(solution, name)
    frame = pd.DataFrame(solution.truth_table.data.X, columns=conds)
    y = ty["outcome"]
    typical = (ty[name] > 0.5) & (y > 0.5) & (ty[name] <= y)  # typical for this term (SetMethods: term <= Y)
    n_terms = (ty[list(m.terms)] > 0.5).sum(axis=1)
    typ = smmr(solution, "typical", model)
    most_term = set(typ.loc[(typ["term"] == name) & typ["most_typical"], "case"])
    out = {}
    for c, label in lits.items():
        fc = expression_membership(frame, label)
        others = [w for k, w in lits.items() if k != c]
        cc = expression_membership(frame, "*".join(others)) if others else np.ones(len(fc))
        df = pd.DataFrame({"case": ty["case"], "FC": fc, "outcome": y, "CC_Min": cc, "term": ty[name],
                           "unique_coverage": n_terms == 1})[typical].copy()
        df["FC<=Y"] = df["FC"] <= df["outcome"]
        fc_, cc_, y_ = df["FC"], df["CC_Min"], df["outcome"]
        if others:   # SetMethods' cases.suf.typ.fct: CC_Min outside the FC..Y span; rank 1 when FC < CC_Min
            df["clean_correspondence"] = ((df["FC<=Y"] & ((cc_ < fc_) | (cc_ > y_)))
                                          | (~df["FC<=Y"] & ((cc_ > fc_) | (cc_ < y_))))
            df["rank"] = np.where(fc_ < cc_, 1, 2)
        else:        # one conjunct: no other conjunct to compare (SetMethods prints Rank '-')
            df["clean_correspondence"] = (fc_ - cc_).abs() > 1e-12
            df["rank"] = np.where(df["FC<=Y"] & df["clean_correspondence"], 1, 2)
        df["best"] = ((1 - df["term"]) + 2 * (df["outcome"] - df["FC"]).abs()).round(12)
        df = df.assign(_c=~df["clean_correspondence"], _f=~df["FC<=Y"], _u=~df["unique_coverage"]).sort_values(
            ["rank", "_c", "_f", "_u", "best"], kind="stable").drop(columns=["_c", "_f", "_u"])
        df = df.reset_index(drop=True)
        df["most_typical_FC"] = df["best"] <= df["best"].min() + 1e-12 if len(df) else []
        df["most_typical_term"] = df["case"].isin(most_term)
        out[label] = df if max_rows is None else df.head(int(max_rows))
    return TablesByKey(out, column="focal_conjunct", label="focal conjunct ", key_columns=1,
                       many="{n} typical cases; SetMethods' smmr shows the first 5")


def necessary_condition(data: pd.DataFrame, outcome: str, nec_cond: str, *, case_column: str | None = None,
                        also=(), skew_bounds=(0.2, 0.8)) -> tuple:
    """The data checked (QCAData, with the conditions in `also` besides those of `nec_cond`), its memberships as a
    frame, and each case's membership in every disjunct of the necessary condition `nec_cond` (cases x disjuncts;
    the condition's membership is their maximum). Its sets' skew (those of `nec_cond` and the outcome, not those
    of `also`) is warned of as necessity() warns of it (skew.membership_warnings, `skew_bounds`; None: no check),
    once per call of the public function (necessity_pairs reads the data again through necessity_cases)."""
    from .pof import _check_names_known, _names_in
    from .skew import membership_warnings, warn_notes

    own = _names_in(_expression("nec_cond", nec_cond))
    _check_names_known(nec_cond, own, data, outcome, case_column, "nec_cond", pof_call=False)
    qd = prepare_data(data, outcome, own + [c for c in also if c not in own], case_column=case_column, warn=False)
    warn_notes(once_per_call(membership_warnings(qd, skew_bounds, conditions=own)))
    frame = pd.DataFrame(qd.X, columns=list(qd.conditions))
    try:
        terms = parse_expression(nec_cond, qd.conditions, qd.noflevels)
    except QCAInputError as err:   # 'LIT + ': the message named no parameter (CLI: --nec-cond)
        raise QCAInputError(f"nec_cond {quoted(nec_cond)}: {err}") from None
    parts = np.column_stack([expression_membership(frame, [t]) for t in terms])
    return qd, frame, parts


def _truth_table_conditions(conditions, nec_cond: str, data: pd.DataFrame, case_column) -> list[str]:
    """The conditions of the truth table `conditions` names (a list, or text 'A, B, C'), those of `nec_cond` that it
    leaves out put first (its cases' rows are rows of them too), or QCAInputError naming `conditions`."""
    from .pof import _names_in

    given = conditions
    if isinstance(conditions, str):
        conditions = [c.strip() for c in conditions.split(",")]
    elif isinstance(conditions, (list, tuple, pd.Index, np.ndarray)):
        conditions = list(conditions)
    else:
        raise QCAInputError(f"conditions must name the truth table's conditions (a list or text 'A, B, C'), got "
                            f"{type(given).__name__}")
    if any(not isinstance(c, str) or not c.strip() for c in conditions):
        raise QCAInputError(f"conditions must be names of condition columns, got {quoted(given)}")
    conditions = [c.strip() for c in conditions]
    columns = [str(c) for c in data.columns if str(c) != case_column]
    unknown = [c for c in conditions if c not in columns]
    if unknown:
        raise QCAInputError(f"conditions: unknown {in_number(len(unknown), 'condition')} "   # each with its hint
                            f"{', '.join(map(quoted, unknown))}"
                            f"{hints_by_name((c, _near(c, columns)) for c in unknown)} (columns: "
                            f"{_show_columns(columns)})")
    own = [c for c in _names_in(nec_cond) if c not in conditions]
    return own + conditions


def _check_component(component) -> None:
    """QCAInputError unless `component` is None or text naming something (necessity_cases' and necessity_pairs')."""
    if component is not None and (not isinstance(component, str) or not component.strip()):
        raise QCAInputError(f"component must be one disjunct of nec_cond as text (e.g. 'A' of 'A + B'), got "
                            f"{quoted(component)}")


def _component(qd, parts: np.ndarray, nec_cond: str, component) -> tuple[np.ndarray, np.ndarray | None]:
    """The membership necessity_cases ranks on: the sum's (nec_cond's), with None, or, for `component`, that disjunct's,
    with each case's 'every other disjunct below 0.5' (SetMethods' UniqCov / GlobUncov); QCAInputError where
    `component` is no disjunct of a sum."""
    if component is None:
        return parts.max(axis=1), None
    own = parse_expression(nec_cond, qd.conditions, qd.noflevels)
    listed = ", ".join(quoted(part.strip()) for part in str(nec_cond).split("+"))
    if len(own) < 2:
        raise QCAInputError(f"component applies to a necessary sum such as 'A + B' (a table per disjunct), got nec_cond "
                            f"{quoted(nec_cond)}, one set: leave component out")
    try:   # a set outside nec_cond (or a typo) is no disjunct of it either
        want = parse_expression(component, qd.conditions, qd.noflevels)
    except QCAInputError:
        want = []
    if len(want) != 1 or want[0] not in own:
        raise QCAInputError(f"component {quoted(component)} is not a disjunct of nec_cond {quoted(nec_cond)}: give one "
                            f"of {listed}")
    j = own.index(want[0])
    others = np.delete(parts, j, axis=1)
    return parts[:, j], (others < 0.5).all(axis=1)


def _deviant_consistency_per_row(qd, frame: pd.DataFrame, x: np.ndarray, tt_conds: list[str],
                                 rounded: bool = True, uncovered: np.ndarray | None = None) -> pd.DataFrame:
    """SetMethods' cases.nec.dcn table: the deviant consistency cases (X < 0.5 < Y) with their truth table row of
    `tt_conds` (TT_ columns, membership TT_row rounded to 3 decimals as it does, unless not `rounded`; a case with a
    membership of 0.5 in one of them is in no row and left out), TT_row <= Y and Best = 1 − (Y − X), ordered by row,
    TT_row <= Y first, Best, then case name (the order its merge by case gives ties); most_deviant = the lowest Best
    of its row (MostDCONS). uncovered: for a disjunct's table, each case's 'every other disjunct below 0.5', given as
    globally_uncovered and put first within each row, before TT_row <= Y (cases.nec.dcn's GlobUncov)."""
    multi = np.array([qd.kinds[list(qd.conditions).index(c)] == "multi-value" for c in tt_conds])
    X = frame[tt_conds].to_numpy(float)
    cfg = np.where(multi[None, :], X, (X > 0.5)).astype(int)
    tt_row = _own_row_membership(X, cfg, multi)
    tt_row = np.round(tt_row, 3) if rounded else tt_row
    y = np.asarray(qd.y, dtype=float)
    sel = (x < 0.5) & (y > 0.5) & (tt_row > 0.5)
    tt_cols = [f"TT_{c}" for c in tt_conds]
    out = pd.DataFrame({"case": np.asarray(list(qd.cases), dtype=object)[sel], "nec_cond": x[sel]})
    for c, col in zip(tt_cols, cfg[sel].T):
        out[c] = col
    out["TT_row"] = tt_row[sel]
    out["outcome"] = y[sel]
    first = []
    if uncovered is not None:
        out["globally_uncovered"] = np.asarray(uncovered, dtype=bool)[sel]
        first = ["globally_uncovered"]
    out["TT<=Y"] = out["TT_row"] <= out["outcome"]
    out["best"] = np.round(1 - (y[sel] - x[sel]), 12)
    out = out.sort_values([*tt_cols, *first, "TT<=Y", "best", "case"],
                          ascending=[True] * len(tt_cols) + [False] * len(first) + [False, True, True],
                          kind="stable").reset_index(drop=True)
    row_min = out.groupby(tt_cols)["best"].transform("min") if len(out) else out["best"]
    out["most_deviant"] = (out["best"] <= row_min + 1e-12).astype(bool)
    return out


def _warn_nec_rounding_flips(parity: pd.DataFrame, exact: pd.DataFrame) -> None:
    """A QCAWarning naming the deviant consistency cases (of a necessary condition, per truth table row) that the
    3-decimal TT_row (SetMethods') lists, flags or ranks otherwise than the exact memberships, with those values."""
    # column-wise, cases matched by name (unique): a case at a time took seconds for thousands of cases
    p, e = parity.set_index("case"), exact.set_index("case")
    left_out = e[~e.index.isin(p.index)]
    parts = [f"{c} (TT_row {v:.6g}: in its truth table row, left out at 0.5 after rounding)"
             for c, v in zip(left_out.index[:_NAMED_FLIPS], left_out["TT_row"].tolist()[:_NAMED_FLIPS])]
    e = e.loc[p.index]                                 # every listed case is in its row exactly too
    flipped = np.flatnonzero(p["TT<=Y"].to_numpy(bool) != e["TT<=Y"].to_numpy(bool))
    for pos in flipped[:_NAMED_FLIPS - len(parts)]:
        parts.append(_exact_reading(p.index[pos], e.iloc[pos]))
    if parts:
        warnings.warn("deviant consistency cases: TT_row is rounded to 3 decimals before the cases are selected (TT_row "
                      "> 0.5) and TT<=Y is read, as SetMethods' smmr does; the exact values say otherwise for "
                      f"{_more(parts, len(left_out) + len(flipped))}: necessity_cases(..., exact=True) (CLI: cases "
                      "--exact) reads the exact values", QCAWarning, stacklevel=user_stacklevel())


@refuses_r_only_arguments("necessity_cases")
@warns_once
def necessity_cases(data: pd.DataFrame, outcome: str, nec_cond: str, cases: str = "typical", *,
                    conditions=None, case_column: str | None = None, exact: bool = False,
                    skew_bounds=(0.2, 0.8), component: str | None = None) -> pd.DataFrame:
    """Cases of one type for a necessary condition `nec_cond` (an expression, e.g. 'LIT' or 'A + B'):
    'typical' (Best = (1 − Y) + |X − Y|), 'deviant consistency' (Best = 1 − (Y − X)), 'deviant relevance'
    (Best = 2(1 − X) + Y); lower Best = better, as in SetMethods (its typical Best, 2|X − Y| + (1 − X), is the
    same number for these cases, X >= Y); the types are Schneider & Rohlfing's (2013) for necessity.

    Deviant consistency cases are ranked, as SetMethods' smmr(necessity = TRUE, cases = 2) ranks them, within the
    rows of the truth table of `conditions` (the analysis' conditions, a list or 'A, B, C'; those of `nec_cond`
    are added if left out): columns TT_<condition>, TT_row, TT<=Y, most_deviant per row (a case alone in its row
    is the most deviant of it). Without `conditions` they are ranked all together (no TT columns; most_deviant =
    the lowest Best overall) and a QCAWarning says so. `conditions` applies to 'deviant consistency' only.
    data, outcome ('Y', '~Y', 'Y{v}') and case_column (the column of case names; default: the index) are read as
    truth_table() reads them; cases: one of the three types. exact: with `conditions`, TT_row kept exact (not
    rounded to 3 decimals as SetMethods rounds it) for selecting the cases (TT_row > 0.5) and reading TT<=Y; a
    QCAWarning names the cases where the rounded reading differs (True or False). skew_bounds: as necessity()'s,
    (low, high) shares outside which a set of `nec_cond` or the outcome is warned of as skewed; None: no check.

    component: for a necessary sum (`nec_cond` 'A + B'), the table of one of its disjuncts, as SetMethods 4.0's
    cases.nec.typ / cases.nec.dcn / cases.nec.drel give one per disjunct besides the sum's: its cases chosen and
    ranked on that disjunct's membership (nec_cond is the disjunct's); typical cases with unique_coverage True where
    every other disjunct lies below 0.5 (SetMethods' UniqCov), listed first; deviant consistency cases with
    globally_uncovered True where every other disjunct lies below 0.5 too, so the sum is not above 0.5 either
    (SetMethods' GlobUncov: a deviant consistency case of the sum), listed first within each truth table row.
    A DataFrame that prints every column, in blocks of 80 columns each naming the case, and whose to_dict() gives a
    missing value as None (display.ResultFrame)."""
    exact = flag("exact", exact)
    if exact and (cases != "deviant consistency" or conditions is None):
        raise QCAInputError("exact applies to cases='deviant consistency' with conditions=... (its TT_row, rounded "
                            f"to 3 decimals otherwise), got cases={quoted(cases)}"
                            + ("" if conditions is not None else " without conditions"))
    if cases not in NECESSITY_TYPES:
        raise QCAInputError(f"cases must be 'typical', 'deviant consistency' or 'deviant relevance', got {quoted(cases)}"
                            f"{smmr_cases_hint(cases, necessity=True) or choice_hint(cases, NECESSITY_TYPES)}")
    if conditions is not None and cases != "deviant consistency":
        raise QCAInputError(f"conditions applies to cases='deviant consistency' only (ranked per truth table row), "
                            f"got cases={quoted(cases)}")
    _check_component(component)
    if cases == "deviant consistency" and conditions is not None:
        if not isinstance(data, pd.DataFrame):
            raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}")
        tt_conds = _truth_table_conditions(conditions, _expression("nec_cond", nec_cond), data, case_column)
        qd, frame, parts = necessary_condition(data, outcome, nec_cond, case_column=case_column, also=tt_conds,
                                               skew_bounds=skew_bounds)
        x, uncovered = _component(qd, parts, nec_cond, component)
        out = _deviant_consistency_per_row(qd, frame, x, tt_conds, rounded=not exact, uncovered=uncovered)
        if not exact:
            _warn_nec_rounding_flips(out, _deviant_consistency_per_row(qd, frame, x, tt_conds, rounded=False,
                                                                       uncovered=uncovered))
        return ResultFrame.of(out, "case")   # prints whole
    qd, _, parts = necessary_condition(data, outcome, nec_cond, case_column=case_column, skew_bounds=skew_bounds)
    x, others_out = _component(qd, parts, nec_cond, component)
    y = qd.y
    df = pd.DataFrame({"case": list(qd.cases), "nec_cond": x, "outcome": y,
                       "unique_coverage": ((parts > 0.5).sum(axis=1) <= 1) if others_out is None else others_out})
    if cases == "typical":
        out = df[(x > 0.5) & (y > 0.5) & (y <= x)].copy()
        out["best"] = (1 - out["outcome"]) + (out["nec_cond"] - out["outcome"]).abs()
        mark = "most_typical"
    elif cases == "deviant consistency":
        warnings.warn(f"deviant consistency cases of {quoted(nec_cond)} ranked together: SetMethods ranks them within "
                      "each truth table row (its most deviant case per row); give conditions=... (CLI: --conditions) "
                      "for that table", QCAWarning, stacklevel=user_stacklevel())
        # no unique_coverage: below 0.5 in nec_cond, a case is below 0.5 in each of its components (True throughout);
        # a disjunct's table: globally_uncovered, every other disjunct below 0.5 too
        out = df[(x < 0.5) & (y > 0.5)].drop(columns="unique_coverage").copy()
        if others_out is not None:
            out.insert(3, "globally_uncovered", others_out[(x < 0.5) & (y > 0.5)])
        out["best"] = 1 - (out["outcome"] - out["nec_cond"])    # SetMethods' Best: lower = further above the diagonal
        mark = "most_deviant"
    else:
        out = df[(x > 0.5) & (y < 0.5)].drop(columns="unique_coverage").copy()
        out["best"] = 2 * (1 - out["nec_cond"]) + out["outcome"]
        mark = "most_deviant_relevance"
    out["best"] = out["best"].round(12)
    # ties as SetMethods leaves them: typical by membership in the condition, then the data order (cases.nec.typ);
    # deviant relevance in the data order (cases.nec.drel); deviant consistency, ranked together, by case name (the
    # order its per-row table, cases.nec.dcn, gives ties)
    keys = {"most_typical": ["best", "nec_cond"], "most_deviant": ["best", "case"]}.get(mark, ["best"])
    first = {"most_typical": "unique_coverage", "most_deviant": "globally_uncovered"}.get(mark)
    if others_out is not None and first is not None:   # a disjunct's table: SetMethods lists these cases first
        keys = [first, *keys]
        out = out.sort_values(keys, ascending=[False] + [True] * (len(keys) - 1), kind="stable").reset_index(drop=True)
    else:
        out = out.sort_values(keys, kind="stable").reset_index(drop=True)
    out[mark] = out["best"] <= out["best"].min() + 1e-12 if len(out) else []
    return ResultFrame.of(out, "case")


@refuses_r_only_arguments("necessity_typology")
@warns_once
def necessity_typology(data: pd.DataFrame, outcome: str, nec_cond: str, *,
                       case_column: str | None = None, skew_bounds=(0.2, 0.8)) -> pd.DataFrame:
    """Every case with its membership in `nec_cond` (X) and the outcome (Y) and its type for necessity: typical
    (X, Y > 0.5, Y <= X), deviant consistency (Y > 0.5 > X: contradicts necessity), deviant relevance (X > 0.5 > Y:
    many of them make the condition necessary with low relevance), deviant consistency in degree (Y > X > 0.5),
    individually irrelevant (both < 0.5); 'at crossover (X = 0.5)' (or Y, or X = Y) when X or Y is exactly 0.5:
    neither in nor out of the set, the case has none of the types (Schneider & Rohlfing 2013; the types of
    `necessity_cases`, which ranks them). data, outcome ('Y', '~Y', 'Y{v}') and case_column (the column of case
    names; default: the index) are read as truth_table() reads them; skew_bounds as necessity_cases'.
    A DataFrame that prints every column, in blocks of 80 columns each naming the case, and whose to_dict() gives a
    missing value as None (display.ResultFrame)."""
    qd, _, parts = necessary_condition(data, outcome, nec_cond, case_column=case_column, skew_bounds=skew_bounds)
    x = parts.max(axis=1)
    return ResultFrame.of(pd.DataFrame({"case": list(qd.cases), "condition": _expression("nec_cond", nec_cond), "X": x,
                                        "Y": qd.y, "type": case_types(x, qd.y, "necessity", names=("X", "Y"))}),
                          "case")


_TYPOLOGY_COLUMNS = ("case", "condition", "X", "Y")


def _typology_table(typology) -> pd.DataFrame:
    """necessity_typology()'s table of one condition (cases as a column or as the index), or QCAInputError."""
    what = "typology must be necessity_typology()'s table (columns case, condition, X, Y)"
    if not isinstance(typology, pd.DataFrame):
        raise QCAInputError(f"{what}, got {type(typology).__name__}")
    if "case" not in typology.columns and typology.index.name == "case":
        typology = typology.reset_index()
    missing = [c for c in _TYPOLOGY_COLUMNS if c not in typology.columns]
    if missing:
        raise QCAInputError(f"{what}, got a table without {', '.join(missing)} (columns: {list(typology.columns)})")
    conds = list(dict.fromkeys(typology["condition"].astype(str)))
    if len(conds) > 1:
        raise QCAInputError(f"{what} of one condition, got {len(conds)} conditions ({', '.join(conds[:5])}): "
                            "give one condition's rows")
    for col in ("X", "Y"):
        values = pd.to_numeric(typology[col], errors="coerce")
        if values.isna().any() or not values.between(0, 1).all():
            raise QCAInputError(f"{what}: column {col} must hold memberships in [0, 1]")
    return typology


@refuses_r_only_arguments("necessity_xy")
def necessity_xy(typology: pd.DataFrame, outcome: str) -> pd.DataFrame:
    """The crisp reading of a necessity XY plot as a 2 x 2 table (rows: X in / out; columns: Y in / out), each cell
    the number of cases and their names, from `necessity_typology`'s table (its cases as a column or as the index;
    its types: Schneider & Rohlfing 2013). A DataFrame (display.ResultFrame) that prints whole within 80 columns: a
    cell's list of cases wrapped at its blanks (pandas cut it to 50 characters, '...', on lines of up to 173
    columns), a column that does not fit beside the other in a block of its own, each block led by the rows' labels.
    In is a membership above 0.5, out below it: a case with X or Y of exactly 0.5 is neither in nor out of that set
    (`necessity_typology` labels it 'at crossover', with none of the types), so it is in no cell, and a QCAWarning names it (counted as 'out', X =
    0.5 < Y read as a case contradicting necessity, Y = 0.5 as an irrelevant one).
    typology: that table (one condition); outcome: the outcome's name, which labels the columns ('LIT in')."""
    typology = _typology_table(typology)
    if not isinstance(outcome, str) or not outcome.strip():
        raise QCAInputError(f"outcome must be the outcome's name as text (it labels the columns), got {quoted(outcome)}")
    outcome = outcome.strip()   # ' SURV ' labels the columns 'SURV in', as prepare_data reads the name
    cond = str(typology["condition"].iloc[0]) if len(typology) else "X"
    x = pd.to_numeric(typology["X"])
    y = pd.to_numeric(typology["Y"])
    half = (x == 0.5) | (y == 0.5)
    if half.any():
        shown = ", ".join(map(str, typology.loc[half, "case"].head(10)))
        more = f" and {int(half.sum()) - 10} more" if half.sum() > 10 else ""
        one = int(half.sum()) == 1   # 'case AU ... has ...: it is in no cell', 'cases ... have ...: they are'
        warnings.warn(f"necessity_xy: {in_number(int(half.sum()), 'case')} {shown}{more} of {quoted(cond)} "
                      f"{'has' if one else 'have'} X or {outcome} of exactly 0.5: neither in nor out of the set, "
                      f"{'it is' if one else 'they are'} in no cell of the 2 x 2 table", QCAWarning,
                      stacklevel=user_stacklevel())
    cells = {}
    for x_in in (True, False):
        for y_in in (True, False):
            sel = typology[((x > 0.5) if x_in else (x < 0.5)) & ((y > 0.5) if y_in else (y < 0.5))]
            cells[(x_in, y_in)] = f"{len(sel)}: {', '.join(map(str, sel['case']))}" if len(sel) else "0"
    return ResultFrame.of(pd.DataFrame({f"{outcome} in": [cells[(True, True)], cells[(False, True)]],
                                        f"{outcome} out": [cells[(True, False)], cells[(False, False)]]},
                                       index=pd.Index([f"{cond} in", f"{cond} out"], name=cond)))


# ---------------------------------------------------------------- Boolean expressions of crisp sets
def form_limit_note(conditions: Sequence[str], levels: Sequence[int], max_conditions: int,
                    what: str = "the sets") -> str:
    """Why the Boolean forms over `conditions` are not built ('' if they are): an exact minimisation over every
    configuration, at most 2^max_conditions of them; names the conditions and configurations met, the limit and
    what to do."""
    k, n = len(conditions), math.prod(int(v) for v in levels)
    # n <= 2^max_conditions by bit length: 2 ** max_conditions itself never ends for a max_conditions of 10^20
    if k <= max_conditions and (n - 1).bit_length() <= max_conditions:
        return ""
    return (f"{what} name {k} conditions ({', '.join(conditions)}) with {n:,} configurations; Boolean forms are "
            f"exact minimisations over every configuration, built for at most {2 ** max_conditions:,} "
            f"configurations (max_conditions={max_conditions}, CLI --max-conditions: {max_conditions} crisp "
            "conditions): raise it (each crisp condition doubles the work; about 1 s at 15 conditions, beyond 17 "
            "the minimisation can exceed its implicant budget) or state the sets over fewer conditions")


def boolean_expression(predicate, conditions: Sequence[str], max_conditions: int = 14, noflevels=None) -> str:
    """A minimal sum of products of the configurations where `predicate(frame of configurations)` is true ('' if
    none, '1' if all): exact minimisation of the fully specified function. `noflevels` (default 2 for every
    condition) gives the levels of multi-value conditions; the space holds at most 2^max_conditions
    configurations."""
    from .minimize import minimize
    from .truth_table import truth_table

    k = len(conditions)
    levels = [2] * k if noflevels is None else [int(n) for n in noflevels]
    if len(levels) != k:
        raise QCAInputError(f"noflevels must give one number of levels per condition ({k}), got {len(levels)}")
    why = form_limit_note(conditions, levels, max_conditions)
    if why:
        raise QCAInputError(why)
    grid = pd.DataFrame(np.indices(levels).reshape(k, -1).T, columns=list(conditions))
    truth = np.asarray(predicate(grid), dtype=float) > 0.5
    if not truth.any():
        return ""
    if truth.all():
        return "1"
    df = grid.copy()
    df["__Y__"] = truth.astype(int)
    with warnings.catch_warnings():   # the grid's notes are not the user's data's ('DEV' is the form '__Y__' itself)
        warnings.simplefilter("ignore", QCAWarning)
        sol = minimize(truth_table(df, "__Y__", list(conditions), incl_cut=1.0, skew_bounds=None), include="")
    return sol.models[0].expression


def _symbolic_forms(theory: Sequence[Mapping[str, int]], terms: Sequence[Mapping[str, int]], conds: Sequence[str],
                    noflevels, sub: Sequence[str]) -> dict[str, str] | None:
    """theory_evaluation's four forms minimised from the expressions of T and S (_sop.minimal_sop), for crisp
    conditions (`sub`: those T and S name) beyond the enumeration's limit; None for multi-value conditions, or where
    an expansion or the search exceeds its budget. theory, terms: T's and S's terms as parsed ({condition: value})."""
    from . import _sop

    levels = dict(zip(conds, noflevels))
    if any(int(levels[c]) != 2 for c in sub):
        return None
    bit = {c: 1 << i for i, c in enumerate(sub)}

    def cubes(parts) -> list:
        out = []
        for part in parts:
            pos = sum(bit[c] for c, v in part.items() if v == 1)
            out.append((pos, sum(bit[c] for c, v in part.items() if v == 0)))
        return out

    t, s = cubes(theory), cubes(terms)
    limit = 20_000
    not_t, not_s = _sop.negation(t, limit), _sop.negation(s, limit)
    if not_t is None or not_s is None:
        return None
    forms = {}
    for key, (a, b) in {"T*S": (t, s), "~T*S": (not_t, s), "T*~S": (t, not_s), "~T*~S": (not_t, not_s)}.items():
        on = _sop.product(a, b, limit)
        best = None if on is None else _sop.minimal_sop(on)
        if best is None:
            return None
        forms[key] = _cube_text(best, sub)
    return forms


def _cube_text(cubes: Sequence[tuple[int, int]], sub: Sequence[str]) -> str:
    """A sum of cubes as the engine writes a form: '' for none (the empty set), '1' for the empty cube, else its
    products in condition order (A*~B), ordered by their literals' positions."""
    if not cubes:
        return ""
    if list(cubes) == [(0, 0)]:
        return "1"
    terms = []
    for pos, neg in cubes:
        lits = [(i, c if pos >> i & 1 else "~" + c) for i, c in enumerate(sub) if (pos | neg) >> i & 1]
        terms.append(([i for i, _ in lits], "*".join(x for _, x in lits)))
    return " + ".join(text for _, text in sorted(terms))


# ---------------------------------------------------------------- theory evaluation
INTERSECTIONS = {"T*S": ("covered most likely", "inconsistent most likely"),
                 "~T*S": ("covered least likely", "inconsistent least likely"),
                 "T*~S": ("uncovered most likely", "consistent most likely"),
                 "~T*~S": ("uncovered least likely", "consistent least likely")}


@shown_as_printed
@dataclass(eq=False)
class TheoryEvaluation:
    """Theory T against a solution S: memberships, fit of each set, cases per intersection, Boolean forms.

    Built by theory_evaluation: theory and solution (S's expression) as text; outcome, its name; data, the cases'
    memberships in each term, S, T, T*S, ~T*S, T*~S, ~T*~S and the outcome; fit, their inclS, covS, PRI (and
    inclH); cases, the cases of each intersection with Y > 0.5 / < 0.5; intersections, each intersection's
    Boolean expression over every configuration of the conditions T and S name (None where they name more than
    max_conditions conditions: notes then says so and what to do); notes, also the cases in no list (a membership of
    exactly 0.5 in T, S or the outcome); kind, S's kind (conservative, parsimonious or intermediate; None for an
    object without one)."""

    theory: str
    solution: str
    outcome: str
    data: pd.DataFrame
    fit: pd.DataFrame
    cases: pd.DataFrame        # intersection, outcome (Y > 0.5 / Y < 0.5), label, cases, n
    intersections: dict        # None: not built (see notes)
    notes: list[str] = field(default_factory=list)
    kind: str | None = None

    @refuses_r_only_arguments("TheoryEvaluation.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The fit table as a DataFrame (a copy of `fit`): inclS, covS, PRI of each set and intersection."""
        return self.fit.copy()

    @refuses_r_only_arguments("TheoryEvaluation.to_dict")
    def to_dict(self) -> dict:
        """The evaluation as JSON-ready data: theory, solution (S's expression) and its kind, outcome, the fit
        records, the cases of each intersection, the intersections' Boolean expressions and notes (NaN as None)."""
        def clean(v):
            return None if isinstance(v, float) and v != v else v

        return {"theory": self.theory, "solution": self.solution, "kind": self.kind, "outcome": self.outcome,
                "fit": [{k: clean(v) for k, v in r.items()} for r in self.fit.to_dict("records")],
                "cases": self.cases.to_dict("records"), "intersections": dict(self.intersections),
                "notes": list(self.notes)}

    def __str__(self) -> str:
        """The heading, the fit table, each intersection's cases and Boolean expression and the notes, in lines of
        at most 80 columns (PRINT_WIDTH): a line that would be wider is broken at a clause, or at blanks (`wrapped`),
        its continuation indented; only a word wider than a line (a long name) runs past."""
        against = f"the {self.kind} solution {self.solution}" if self.kind else self.solution
        head = [f"Theory {self.theory} against {against} for {self.outcome}"]
        if width(head[0]) > PRINT_WIDTH:   # the solution on a line of its own, so an 80-column terminal breaks neither
            head = wrapped(f"Theory {self.theory}") + wrapped(f"against {against} for {self.outcome}", "    ", "  ")
        # a set too long for the table to fit 80 (a solution of long names: 185 columns) on a line of its own
        lines = [*head, "", frame_labelled(self.fit, float_format=lambda v: f"{v:.3f}", na_rep="-"), ""]
        y = self.data["outcome"].to_numpy(float) if "outcome" in self.data else None
        for r in self.cases.to_dict("records"):
            # the intersection on a line; below it SetMethods' CaseNo and CaseNo2 (its cases of all cases and of
            # those on its side of Y) and the cases, wrapped (one line of them all ran to 123 columns)
            lines.append(f"{r['label']} ({r['intersection']}, {r['outcome']})")
            counts = "" if y is None else (
                f"{r['n']} of {len(y)} cases, {r['n']} of the "
                f"{int(((y > 0.5) if r['outcome'] == 'Y > 0.5' else (y < 0.5)).sum())} with {r['outcome']}: ")
            lines += wrapped(counts + (", ".join(r["cases"]) or "-"), "    ", "  ")
        lines.append("")
        for k, v in self.intersections.items():
            lines += wrapped(f"{k}: {'(not listed: see the note)' if v is None else v or '(empty)'}")
        for n in self.notes:
            lines += wrapped(f"note: {n}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<TheoryEvaluation {self.theory} against {self.solution} for {self.outcome}>"


def _theory_sets_from_data(theory: str, qd, data, case_column) -> tuple[list[str], np.ndarray, list[int]]:
    """The sets `theory` names outside the solution's conditions, read from `data` (theory_evaluation's data=): their
    names, memberships (cases in the solution's order, matched by name) and levels. data must be the solution's data
    whether or not the theory reads a set from it (a data set given is one the user takes the evaluation to rest on):
    QCAInputError where it lacks the outcome, misses a case of the solution (or holds one it lacks), or where its
    outcome or a condition of the solution it holds has other memberships than the solution's (another calibration:
    SetMethods reads the theory's sets, the conditions and the outcome from one data set, the truth table's
    initial.data)."""
    from .pof import _names_in

    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame (the data of the analysis), got {type(data).__name__}")
    columns = [str(c) for c in data.columns if str(c) != case_column]
    try:
        names = _names_in(theory)
    except QCAInputError:   # parentheses, a model line: refused by theory_evaluation's own checks, in its words
        return [], np.zeros((len(qd.cases), 0)), []
    extra = [n for n in names if n not in qd.conditions and n in columns and n != qd.outcome_column]
    # what data is for, in the errors: the sets it gives, or the check alone (data given, no set read from it)
    purpose = (f"to read {', '.join(map(quoted, extra))} of theory {quoted(theory)}" if extra else
               f"whether or not theory {quoted(theory)} reads a set from it")
    if str(qd.outcome_column) not in columns:   # its outcome shows it is the solution's data (checked below)
        raise QCAInputError(f"data lacks the solution's outcome {quoted(qd.outcome_column)} (columns: "
                            f"{', '.join(map(quoted, columns))}): data must be the data the solution was found on, its "
                            f"outcome included, {purpose}")
    held = [str(c) for c in qd.conditions if str(c) in columns]   # conditions data holds: checked against the solution's
    read = extra + held
    if not read:   # the outcome and the cases alone to check: a placeholder condition (prepare_data wants one)
        spare = "_".join(["set", *columns])
        data, read = data.assign(**{spare: 0}), [spare]
    own = prepare_data(data, qd.outcome, read, case_column=case_column, warn=False)
    ours, theirs = [str(c) for c in qd.cases], [str(c) for c in own.cases]
    missing = [c for c in ours if c not in set(theirs)]
    more = [c for c in theirs if c not in set(ours)]
    if missing or more or len(set(theirs)) != len(theirs):
        said = "; ".join(part for part in (
            f"without the solution's case(s) {', '.join(map(quoted, missing[:5]))}" if missing else "",
            f"with case(s) {', '.join(map(quoted, more[:5]))} the solution lacks" if more else "",
            "with a case name twice" if len(set(theirs)) != len(theirs) else "") if part)
        raise QCAInputError(f"data must hold the cases of the solution's data, matched by name (its index, or "
                            f"case_column), {purpose}: got data {said}")
    order = [theirs.index(c) for c in ours]
    # SetMethods reads the theory's sets, the conditions and the outcome from one data set (the truth table's
    # initial.data): data whose outcome or a condition is not the solution's (another calibration) mixes two data sets
    X = np.asarray(own.X, dtype=float)[order]
    sets = [("outcome", qd.outcome, np.asarray(own.y, dtype=float)[order], np.asarray(qd.y, dtype=float))]
    sets += [("condition", c, X[:, len(extra) + k], np.asarray(qd.X, dtype=float)[:, list(qd.conditions).index(c)])
             for k, c in enumerate(held)]
    for what, name, theirs_v, ours_v in sets:
        differ = [(c, a, b) for c, a, b in zip(ours, theirs_v, ours_v) if not np.isclose(a, b, rtol=0.0, atol=1e-9)]
        if not differ:
            continue
        shown = ", ".join(f"{quoted(c)} ({a:g} in data, {b:g} in the solution's)" for c, a, b in differ[:5])
        more = f" and {len(differ) - 5} more" if len(differ) > 5 else ""
        also = [n for w, n, t, o in sets[1:] if n != name and not np.allclose(t, o, rtol=0.0, atol=1e-9)]
        also_said = f" (condition(s) {', '.join(map(quoted, also))} differ too)" if what == "condition" and also else ""
        raise QCAInputError(f"data's {what} {quoted(name)} differs from the solution's in case(s) {shown}{more}"
                            f"{also_said}: data must be the data the solution was found on, {purpose} (SetMethods' "
                            "theory.evaluation reads a theory's sets"
                            + (", the conditions" if what == "condition" else "")
                            + " and the outcome from one data set, the truth table's initial.data)")
    return extra, X[:, :len(extra)], [int(v) for v in own.noflevels][:len(extra)]


def _unknown_among_data_columns(theory: str, qd, data, case_column, from_data: list[str]) -> str:
    """theory_evaluation's data=: the error of a theory naming an unknown set, its 'did you mean' drawn from every name
    the theory could use (the solution's conditions and the data's other columns, the outcome and case column
    apart), and these listed as such; '' where the error is of another kind."""
    conds = [str(c) for c in qd.conditions]
    skip = {*conds, str(case_column), str(qd.outcome_column)}
    columns = from_data + [str(c) for c in data.columns if str(c) not in skip and str(c) not in from_data]
    if not columns:
        return ""
    names = conds + columns
    try:
        parse_expression(theory, names, [int(v) for v in qd.noflevels] + [2] * len(columns))
    except QCAInputError as err:
        said = str(err)
        listed = f"(conditions: {', '.join(quoted(c) for c in names)})"
        if "unknown condition" in said and listed in said:
            return said.replace(listed, f"(conditions: {', '.join(quoted(c) for c in conds)}; or a column of the "
                                        f"data, read from it: {', '.join(quoted(c) for c in columns)})", 1)
    return ""


@refuses_r_only_arguments("theory_evaluation")
@names_left_out
@warns_once
def theory_evaluation(theory: str, solution, model: int = 1, haesebrouck_consistency: bool = False,
                      max_conditions: int = 14, *, data: pd.DataFrame | None = None,
                      case_column: str | None = None) -> TheoryEvaluation:
    """Compare a theory (an expression of the conditions) with a solution's model (Ragin 1987;
    Schneider & Wagemann 2012): T*S, ~T*S, T*~S, ~T*~S with their fit, cases (> 0.5) crossed with the
    outcome, and their Boolean expressions. theory: the theory T as text ('DEV*STB + ~URB'); solution: a Solution
    from minimize(); model: which of its models is S, 1 for M1; haesebrouck_consistency: add inclH (Haesebrouck
    2015) to the fit table; max_conditions: the Boolean forms are exact minimisations over every configuration of
    the conditions T and S name, enumerated for at most 2^max_conditions configurations; beyond, for crisp
    conditions, minimised from the expressions of T and S without listing configurations (_sop: prime implicants by
    consensus, a minimum cover checked by tautology; a note says so), and where that exceeds its budget
    (_sop.SOP_BUDGET) or a condition is multi-value, None and a note; fit and cases are complete either way.
    data: the data the solution's truth table was built from (or any frame with its cases, matched by name: the
    index, or case_column), from which a set the theory names outside the solution's conditions is read, as
    SetMethods' theory.evaluation reads the theory's sets from the data given to truthTable (a note names them);
    without it, such a theory is refused, naming the column. data given is checked whether or not the theory reads
    a set from it: its cases, its outcome and each condition of the solution it holds must be the solution's (data
    of another calibration is refused, naming the set and the cases that differ)."""
    haesebrouck_consistency = flag("haesebrouck_consistency", haesebrouck_consistency)
    if isinstance(max_conditions, bool) or not isinstance(max_conditions, (int, np.integer)) or max_conditions < 1:
        raise QCAInputError(f"max_conditions must be a whole number of at least 1 (the most conditions whose "
                            f"Boolean forms are built; default 14), got {quoted(max_conditions)}")
    if not isinstance(theory, str):
        swapped = (f": the theory comes first, then the solution: theory_evaluation({solution!r}, sol)"
                   if hasattr(theory, "models") and isinstance(solution, str) else "")
        if isinstance(theory, list) and theory and all(isinstance(t, str) and t.strip() for t in theory):
            terms = [t.strip() for t in theory]   # ['DEV', 'URB'], as R's c("DEV", "URB"): said "got list" alone
            swapped = (f"; a list joins nothing in an expression: write {quoted(' + '.join(terms))} (any of them: terms "
                       "are joined by '+')" + ("" if len(terms) < 2 or any("+" in t for t in terms) else
                                                f" or {quoted('*'.join(terms))} (all of them: '*' within a term)"))
        raise QCAInputError("theory must be an expression of the conditions as text, e.g. 'DEV*STB + ~URB', got "
                            + (quoted(theory) if theory is None or isinstance(theory, (int, float))
                               else type(theory).__name__) + swapped)
    m = _model(solution, model)
    qd = solution.truth_table.data
    conds = list(qd.conditions)
    noflevels = list(qd.noflevels)
    frame = pd.DataFrame(qd.X, columns=conds)
    from_data: list[str] = []
    if data is not None and isinstance(theory, str) and theory.strip():   # sets outside the conditions, read from data
        from_data, values, levels = _theory_sets_from_data(theory, qd, data, case_column)
        frame = pd.concat([frame, pd.DataFrame(values, columns=from_data)], axis=1)
        conds, noflevels = conds + from_data, noflevels + levels
    from .pof import refuse_printed_model, refuse_r_arrow

    refuse_printed_model(theory, conds, "theory")   # a model line copied from a printout: its terms
    refuse_r_arrow(theory, conds, "theory")
    outcome = named_outcome(theory, solution.truth_table.outcome, conds)
    if outcome is not None:
        raise QCAInputError(f"theory {quoted(theory)} names {quoted(outcome)}, the solution's outcome; a theory is an expression of "
                            f"the conditions only ({', '.join(map(str, conds))}), such as 'A*~B + C'")
    try:   # the theory parsed once, its terms passed down (20,000 terms were parsed six times: 1.4 s)
        theory_terms = parse_expression(theory, conds, noflevels)
    except QCAInputError as err:
        from .data import left_out_hint

        # a column left out of the conditions: adding it to them builds another truth table, whose solution may not
        # be the one evaluated here (SetMethods' theory.evaluation reads a theory's sets from the data given to
        # truthTable, whatever its conditions; this engine's theory is an expression of the solution's conditions)
        hint = left_out_hint(str(err), conds, qd.other_columns)
        if hint:
            hint += ("; that builds another truth table, whose solution may differ from the one evaluated here; "
                     f"or read {'them' if 'to use them' in hint else 'it'} from the data for this solution: "
                     "theory_evaluation(..., data=DATA)")
        said = str(err)
        if data is not None:   # a name of the data's columns may be meant: its 'did you mean', the columns listed
            said = _unknown_among_data_columns(theory, qd, data, case_column, from_data) or said
            hint = ""   # (the data's columns are listed: no advice to pass data=)
        raise QCAInputError(f"theory {quoted(theory)}: {said}{hint}") from None
    t = expression_membership(frame, theory_terms)
    theory = _expression("theory", theory)   # ' DEV*URB ' is labelled DEV*URB (its errors above quote it as given)
    multi = [k == "multi-value" for k in qd.kinds]
    mem = implicant_membership(qd.X, m.implicants, multi)
    s = mem.max(axis=1)
    sets = {**{term: mem[:, i] for i, term in enumerate(m.terms)}, "solution": s, "theory": t,
            "T*S": np.minimum(t, s), "~T*S": np.minimum(1 - t, s), "T*~S": np.minimum(t, 1 - s),
            "~T*~S": np.minimum(1 - t, 1 - s)}
    y = qd.y
    data = pd.DataFrame(sets, index=list(qd.cases))
    data["outcome"] = y
    fit_rows = []
    for name, x in sets.items():
        # memberships of checked data (prepare_data): the measures' unchecked forms
        rec = {"set": name, "inclS": _consistency(x, y), "covS": _coverage(x, y), "PRI": _pri(x, y)}
        if haesebrouck_consistency:
            rec["inclH"] = _haesebrouck(x, y)
        fit_rows.append(rec)
    case_rows = []
    labels = {True: "Y > 0.5", False: "Y < 0.5"}
    listed = np.zeros(len(y), dtype=bool)
    for key, names in INTERSECTIONS.items():
        for high, name in zip((True, False), names):
            hit = (sets[key] > 0.5) & ((y > 0.5) if high else (y < 0.5))
            listed |= hit
            case_rows.append({"intersection": key, "outcome": labels[high], "label": name,
                              "cases": [c for c, h in zip(qd.cases, hit) if h], "n": int(hit.sum())})
    unlisted = [c for c, seen in zip(qd.cases, listed) if not seen]
    notes = []
    if from_data:
        what = "a condition" if len(from_data) == 1 else "conditions"
        notes.append(f"{', '.join(from_data)} read from the data: not {what} "
                     "of the solution (as SetMethods' theory.evaluation reads a theory's sets from the data given to "
                     "truthTable)")
    if unlisted:   # a membership of exactly 0.5 in T, S or Y: in no intersection above 0.5, or on neither side
        notes.append(f"{in_number(len(unlisted), 'case')} {', '.join(map(str, unlisted))} "
                     f"{'is' if len(unlisted) == 1 else 'are'} in no list: membership exactly 0.5 in the theory, "
                     "the solution or the outcome puts a case in no intersection above 0.5 or on neither side of "
                     "the outcome")
    # the Boolean forms over every configuration (every level of a multi-value condition)
    def pred(expr_t, neg_t, neg_s):
        def f(grid):
            tt_ = expression_membership(grid, theory_terms)
            ss_ = expression_membership(grid, solution_terms)
            tt_ = 1 - tt_ if neg_t else tt_
            ss_ = 1 - ss_ if neg_s else ss_
            return np.minimum(tt_, ss_)
        return f

    # over the conditions T or S name only: an intersection does not depend on the others, and its minimal form
    # holds none of them, so the forms are the same as over every condition, where more than 14 conditions (2^14
    # configurations) refused the whole evaluation, fit and cases included, whatever T and S
    solution_terms = [parse_term(t, conds, noflevels) for t in m.terms]
    used: set[str] = set()
    for part in [*theory_terms, *solution_terms]:
        used.update(part)
    sub = [c for c in conds if c in used] or conds
    levels = [noflevels[conds.index(c)] for c in sub]
    too_many = form_limit_note(sub, levels, int(max_conditions), "T and S")
    symbolic = _symbolic_forms(theory_terms, solution_terms, conds, noflevels, sub) if too_many else None
    if symbolic is not None:   # crisp conditions: minimised from the expressions, no configuration listed
        inters = symbolic
        notes.append(f"Boolean forms over {len(sub)} crisp conditions, more than max_conditions = {max_conditions} "
                     "lets enumerate: each is an exact minimal sum of products found from the expressions of T and S "
                     "(prime implicants by consensus, the fewest of them covering the form, then the fewest "
                     "literals), not by listing every configuration; where several minimal forms exist, the one "
                     "given may differ from the one an enumeration gives")
    elif too_many:   # fit and cases need no Boolean form: they are kept, the forms are marked as not built
        inters = dict.fromkeys(INTERSECTIONS)
        notes.append(f"Boolean forms not listed: {too_many}; fit and cases are complete")
    else:
        inters = {k: boolean_expression(pred(k, k.startswith("~T"), k.endswith("~S")), sub, noflevels=levels,
                                        max_conditions=int(max_conditions)) for k in INTERSECTIONS}
    return TheoryEvaluation(theory=theory, solution=m.expression, outcome=qd.outcome, data=data,
                            fit=pd.DataFrame(fit_rows), cases=pd.DataFrame(case_rows), intersections=inters,
                            notes=notes, kind=getattr(solution, "kind", None))


# ---------------------------------------------------------------- cluster (panel) diagnostics
@shown_as_printed
@dataclass(eq=False)
class ClusterDiagnostics:
    """Pooled, between-cluster and within-unit consistency and coverage of one set (García-Castro & Ariño 2016).

    Built by cluster_diagnostics: label, the set (a term, the model or the expression); relation, 'sufficiency' or
    'necessity'; pooled, between (by cluster) and within (by unit): the consistencies, coverage_pooled,
    coverage_between and coverage_within the coverages (NaN where a denominator is 0); dBP and dWP, how unequal the
    between and the within consistencies are, √Σ(v_j / Σv − 1/J)² over the J defined values (0: all equal);
    n_between and n_within, the cases of each cluster and unit; notes, why a distance is 0 by definition or
    undefined (every consistency 0: the consistencies are all equal, so the distance is 0, where the share formula
    divides 0 by 0; no consistency defined: NaN)."""

    label: str
    relation: str
    pooled: float
    between: pd.Series           # by cluster (sorted: by value for numeric ids, waves 1, 2, 10; else by text)
    within: pd.Series            # by unit (sorted likewise); NaN where the unit's denominator is 0
    dBP: float
    dWP: float
    coverage_pooled: float
    coverage_between: pd.Series
    coverage_within: pd.Series
    n_between: pd.Series = field(repr=False, default=None)
    n_within: pd.Series = field(repr=False, default=None)
    notes: list[str] = field(default_factory=list)

    @refuses_r_only_arguments("ClusterDiagnostics.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """One row per consistency: level ('pooled', 'between', 'within'), id (the cluster or unit; '' pooled), n
        (its cases), consistency and coverage."""
        rows = [{"level": "pooled", "id": "", "n": int(self.n_between.sum()), "consistency": self.pooled,
                 "coverage": self.coverage_pooled}]
        rows += [{"level": "between", "id": str(k), "n": int(self.n_between[k]), "consistency": v,
                  "coverage": self.coverage_between[k]} for k, v in self.between.items()]
        rows += [{"level": "within", "id": str(k), "n": int(self.n_within[k]), "consistency": v,
                  "coverage": self.coverage_within[k]} for k, v in self.within.items()]
        return pd.DataFrame(rows)

    @refuses_r_only_arguments("ClusterDiagnostics.to_dict")
    def to_dict(self) -> dict:
        """The diagnostics as JSON-ready data: set, relation, pooled, between and within consistencies, dBP, dWP, the
        coverages and notes (NaN as None)."""
        def clean(v):
            v = float(v)
            return None if v != v else v

        return {"set": self.label, "relation": self.relation, "pooled": clean(self.pooled),
                "between": {str(k): clean(v) for k, v in self.between.items()},
                "within": {str(k): clean(v) for k, v in self.within.items()},
                "dBP": clean(self.dBP), "dWP": clean(self.dWP),
                "coverage": {"pooled": clean(self.coverage_pooled),
                             "between": {str(k): clean(v) for k, v in self.coverage_between.items()},
                             "within": {str(k): clean(v) for k, v in self.coverage_within.items()}},
                "notes": list(self.notes)}

    def _said(self) -> tuple[str, str]:
        """The heading's two clauses: which set and relation; the pooled consistency and the two distances."""
        def num(v) -> str:   # an undefined ratio (a denominator of 0) prints as '-', as in the other tables
            return "-" if v != v else f"{v:.3f}"

        return (f"Cluster diagnostics of {self.label} ({self.relation}):",
                f"pooled {num(self.pooled)}, distance between-pooled {num(self.dBP)}, within-pooled {num(self.dWP)}")

    @property
    def heading(self) -> str:
        """The printout's heading as one line: the set, the relation, the pooled consistency and the distances
        between-pooled (dBP) and within-pooled (dWP), as the command line's cluster --csv says it in a note."""
        return " ".join(self._said())

    def __str__(self) -> str:
        """The heading a clause a line (the set; the pooled consistency and the distances: one line of both ran to
        121 columns on LF's solution), the table of consistencies and coverages, the notes wrapped to 80 columns."""
        which, values = self._said()
        return "\n".join([*wrapped(which), *wrapped(values, "    ", "  "),
                          frame(self.to_frame(), float_format=lambda v: f"{v:.3f}", na_rep="-"),
                          *(line for n in self.notes for line in wrapped(f"note: {n}"))])

    def __repr__(self) -> str:
        def num(v) -> str:   # as __str__
            return "-" if v != v else f"{v:.3f}"

        return (f"<ClusterDiagnostics {self.label} ({self.relation}): pooled {num(self.pooled)}, "
                f"dBP {num(self.dBP)}, dWP {num(self.dWP)}>")


@shown_as_printed
class ClusterDiagnosticsByLabel(TablesByKey):
    """cluster_diagnostics()'s result: a TablesByKey {label: ClusterDiagnostics} (indexed, iterated and compared as
    before) that prints every set's table, one after the other, as the command line (`cluster`) prints them; to_frame():
    every table as one, a first column `set` naming each row's set (as `cluster --csv`); to_dict(): each set's
    to_dict() by label (as `cluster --json`)."""

    column = "set"
    empty_columns = ("level", "id", "n", "consistency", "coverage")


def _distance(values: pd.Series, name: str = "", level: str = "cluster") -> tuple[float, str]:
    """√Σ(v_j / Σv − 1/J)² over the defined values: how unequal the cluster (unit) consistencies are (García-Castro &
    Ariño 2016; 0 when they are all equal), and a note where the formula cannot be applied as written.

    Every defined value 0: the shares v_j / Σv are 0/0, but the consistencies are all equal (and equal to the pooled
    consistency, 0), and the distance of equal consistencies is 0 whatever their common value: 0, with a note
    (SetMethods adds 1e-10 to both sums and reports a number that depends only on each cluster's sum of memberships
    in X). No defined value (X, or Y for necessity, is 0 in every case): NaN, with a note."""
    v = values.dropna().to_numpy(float)
    if len(v) == 0:
        return math.nan, (f"{name} undefined: no {level} has a defined consistency (the set's denominator is 0 in "
                          f"every {level})")
    if v.sum() == 0:
        return 0.0, (f"{name} = 0: every {level}'s consistency is 0, so the {level} consistencies are all equal (and "
                     f"equal to the pooled 0); the share formula divides 0 by 0 there, and its value for equal "
                     f"consistencies, 0, is taken")
    return float(np.sqrt(((v / v.sum() - 1 / len(v)) ** 2).sum())), ""


def _id_order(ids: pd.Series) -> list[str]:
    """The distinct ids of a unit or cluster column as text, in the column's own order: by value for numbers (waves
    1, 2, 10; as text 10 came before 2, as SetMethods' xtabs does not order them), by text otherwise."""
    if pd.api.types.is_numeric_dtype(ids) and not pd.api.types.is_bool_dtype(ids):
        firsts = ids.drop_duplicates().sort_values(kind="stable")
        return list(dict.fromkeys(firsts.astype(str)))
    texts = sorted(set(ids.astype(str)))
    if all(re.fullmatch(r"\s*[+-]?\d+(\.\d+)?\s*", t, re.ASCII) for t in texts):   # numbers read as text (a CSV
        return sorted(texts, key=lambda t: (float(t), t))   # file): by value, as a numeric column, not 1, 10, 2
    return texts


def _cluster_one(label, x, y, units, clusters, relation, order=None) -> ClusterDiagnostics:
    df = pd.DataFrame({"x": x, "y": y, "unit": units, "cluster": clusters})
    df["both"] = np.minimum(df["x"], df["y"])
    den_c, den_v = ("x", "y") if relation == "sufficiency" else ("y", "x")

    def ratio(g, den):
        s = g[den].sum()
        return g["both"].sum() / s if s > 0 else math.nan

    by_c = df.groupby("cluster", sort=True)
    by_u = df.groupby("unit", sort=True)
    c_ord, u_ord = order if order is not None else (None, None)

    def ordered(series, ids):   # the groups in the id column's own order (numbers by value)
        return series if ids is None else series.reindex(ids)

    def ratios(groups, den):
        """ratio() of every group: each group's values in their order, contiguous, summed by numpy as the group's
        Series sums them (the same bits), without a pandas group object per group (groupby.apply: 10,000 units,
        6.5 s a call; a Kahan-summed groupby.sum() would differ in the last bits)."""
        size = groups.size()
        rows = np.argsort(groups.ngroup().to_numpy(), kind="stable")
        both, d = df["both"].to_numpy(float)[rows], df[den].to_numpy(float)[rows]
        ends = np.cumsum(size.to_numpy())
        out = np.empty(len(size))
        for g, (lo, hi) in enumerate(zip(ends - size.to_numpy(), ends)):
            s = d[lo:hi].sum()
            out[g] = both[lo:hi].sum() / s if s > 0 else math.nan
        return pd.Series(out, index=size.index)

    between = ordered(ratios(by_c, den_c), c_ord)
    within = ordered(ratios(by_u, den_c), u_ord)
    dbp, note_b = _distance(between, "dBP", "cluster")
    dwp, note_w = _distance(within, "dWP", "unit")
    return ClusterDiagnostics(
        label=label, relation=relation, pooled=ratio(df, den_c), between=between, within=within,
        dBP=dbp, dWP=dwp, notes=[n for n in (note_b, note_w) if n], coverage_pooled=ratio(df, den_v),
        coverage_between=ordered(ratios(by_c, den_v), c_ord), coverage_within=ordered(ratios(by_u, den_v), u_ord),
        n_between=ordered(by_c.size(), c_ord), n_within=ordered(by_u.size(), u_ord))


def _one_row_per_unit_and_cluster(data: pd.DataFrame, unit: str, cluster: str) -> None:
    """QCAInputError for a unit with two or more rows in one cluster (e.g. a country twice in a wave): SetMethods'
    cluster.diagnostics cross-tabulates unit x cluster with xtabs, adding up such rows' memberships, where a ratio
    over the rows takes each on its own; the two differ, and the panel most likely holds a data error."""
    keys = pd.DataFrame({"u": data[unit].astype(str).to_numpy(), "c": data[cluster].astype(str).to_numpy()})
    repeated = keys.duplicated(keep=False).to_numpy()
    if repeated.any():
        first = keys[repeated].iloc[0]
        rows = data.index[repeated & (keys["u"] == first["u"]).to_numpy() & (keys["c"] == first["c"]).to_numpy()]
        raise QCAInputError(
            f"{len(rows)} rows ({', '.join(str(r) for r in rows[:5])}) hold unit {quoted(first['u'])} in cluster "
            f"{quoted(first['c'])}: cluster diagnostics take one row per unit and cluster (columns {quoted(unit)} and {quoted(cluster)}); combine or "
            f"drop the repeated rows (SetMethods' cluster() would add up their memberships)")


def _outcome_named(outcome) -> str | None:
    """The column `outcome` names ('~Y', 'Y{1}' -> 'Y'), None when it cannot be read (its own check says why)."""
    from .data_names import _parse_outcome

    try:
        return _parse_outcome(outcome)[0]
    except (QCAInputError, TypeError, AttributeError):
        return None


@refuses_r_only_arguments("cluster_diagnostics")
@warns_once
def cluster_diagnostics(data: pd.DataFrame, results, outcome: str, unit: str, cluster: str, *,
                        necessity: bool = False, model: int = 1,
                        skew_bounds=(0.2, 0.8)) -> TablesByKey:
    """Pooled / between / within consistency and coverage for panel or clustered data, of an expression
    ('A*B + ~C') or of every term and the whole model of a Solution. Returns a TablesByKey {label:
    ClusterDiagnostics}, a dict that prints every set's table (print(), Jupyter) and gives to_frame() (every table as
    one, a column `set` first) and to_dict() ({label: ClusterDiagnostics.to_dict()}).

    Consistency and coverage as in measures.py (inclS = Σmin(X,Y) / ΣX, covS = Σmin(X,Y) / ΣY; for necessity
    inclN = Σmin(X,Y) / ΣY, covN = Σmin(X,Y) / ΣX: Ragin 2006), pooled over every row, between per cluster and
    within per unit, and the distances dBP and dWP, √Σ(v_j / Σv − 1/J)² over the J clusters (units)
    (García-Castro & Ariño 2016, as SetMethods' cluster() computes them); where a cluster's or unit's denominator
    is 0 the ratio is undefined (NaN; SetMethods reports 1 there by adding 1e-10 to both sums) and left out of the
    distances. data: one row per unit and cluster (e.g. country-year), with the sets, the outcome and the two id columns
    `unit` (e.g. the country) and `cluster` (e.g. the wave); results: an expression as text or a Solution from
    minimize() (then `model`, 1 for M1, picks its model); outcome: the outcome column (the solution's outcome);
    necessity: fit as a necessary condition (inclN, covN) instead of sufficient. The expression's sets and the
    outcome, when skewed over the pooled rows, are warned of as necessity() and pof() warn of them
    (skew.membership_warnings; skew_bounds: (low, high) shares, None: no check)."""
    from .pof import _check_names_known, _names_in
    from .skew import membership_warnings, warn_notes

    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    check_arrow_types(data)   # pyarrow's string_view ids: pandas' NotImplementedError at astype(str)
    for name, col in (("unit", unit), ("cluster", cluster)):
        if not isinstance(col, str) or not col.strip():   # a list was a TypeError (unhashable type: 'list')
            raise QCAInputError(f"{name} must be the name of the column of {name} ids, e.g. "
                                f"{quoted('CASE' if name == 'unit' else 'WAVE')}, got {quoted(col)}")
        if col not in data.columns:
            raise QCAInputError(f"{name}: column {quoted(col)} (unit / cluster id) is not in the data"
                                f"{_near(col, data.columns, sets=False)} (columns: "
                                f"{_show_columns(data.columns)})")
        if col == _outcome_named(outcome):   # was read as ids: 'HU in cluster 0.42' (memberships repeated)
            ids = "unit ids (e.g. the country)" if name == "unit" else "cluster ids (e.g. the wave)"
            raise QCAInputError(f"{name}={quoted(col)} is the outcome (outcome={quoted(outcome)}), not a column of ids: "
                                f"give the column of {ids}")
        blank = data[col].isna() | (data[col].astype(str).str.strip() == "")
        if blank.any():
            rows = ", ".join(str(i) for i in data.index[blank][:5])
            raise QCAInputError(f"{name}: column {quoted(col)} (unit / cluster id) is missing for row(s) {rows}; every case needs "
                                "its unit and its cluster")
    if unit == cluster:
        raise QCAInputError(f"unit={quoted(unit)} and cluster={quoted(cluster)} are one column of the data: give the unit ids (e.g. the country) "
                            "and the cluster ids (e.g. the wave) in two columns")
    _one_row_per_unit_and_cluster(data, unit, cluster)
    relation = "necessity" if flag("necessity", necessity) else "sufficiency"
    if isinstance(results, str):
        items = {_expression("results", results): results}
    else:
        m = _model(results, model)
        items = {**{t: t for t in m.terms}, m.expression: m.expression}
    names = sorted({n for expr in items.values() for n in _names_in(expr)})
    body = data.drop(columns=[unit, cluster])
    if not body.index.is_unique:
        # a panel indexed by its units (df.set_index('country'), each country once per wave) was refused as 'duplicate
        # case name(s) ... a case entered twice?': a row is a unit in a cluster, named so ('AU_1', data.case_name)
        body = body.set_axis(pd.MultiIndex.from_arrays([data[unit], data[cluster]]))
    if isinstance(results, str):  # a name that is no column is the expression's problem (CLI: --expression)
        ids = [n for n in names if n in (unit, cluster)]
        if ids:
            role = "unit" if ids[0] == unit else "cluster"
            raise QCAInputError(f"expression {quoted(results)}: {quoted(ids[0])} is the column of {role} ids, not a condition; "
                                "the expression names conditions only")
        _check_names_known(results, names, body, outcome, None, pof_call=False)
    qd = prepare_data(body, outcome, names, warn=False)
    if not isinstance(results, str) and qd.outcome != results.truth_table.data.outcome:
        raise QCAInputError(f"outcome {quoted(outcome)} is not the outcome the solution was minimised for "
                            f"({quoted(results.truth_table.data.outcome)}): give outcome="
                            f"{quoted(results.truth_table.data.outcome)}, or minimise a solution for {quoted(qd.outcome)}")
    warn_notes(once_per_call(membership_warnings(qd, skew_bounds)))
    frame = pd.DataFrame(qd.X, columns=list(qd.conditions))
    units = data[unit].astype(str).to_numpy()
    clusters = data[cluster].astype(str).to_numpy()
    order = (_id_order(data[cluster]), _id_order(data[unit]))
    out = ClusterDiagnosticsByLabel()
    for label, expr in items.items():
        x = expression_membership(frame, expr)
        out[label] = _cluster_one(label, x, qd.y, units, clusters, relation, order)
    return out
