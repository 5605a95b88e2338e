"""Truth table rows that need an analyst's decision before minimisation (R QCA's `findRows`).

Types (Schneider & Wagemann 2013, "Doing justice to logical remainders in QCA"; R QCA's numbering in brackets):
- 'untenable' [1]: remainders inside `expression` (impossible or implausible combinations); with
  `observed=True` the observed rows inside it too;
- 'csa' [2]: contradictory simplifying assumptions, remainders used as simplifying assumptions both by the
  parsimonious solution for Y and by the one for ~Y (same n_cut, pri_cut and excluded rows; tt's incl_cut, or of a
  pair (ic1, ic0) ic0 alone, as R's findRows reads a pair; every model of each); none if
  either table has no positive row; refused, naming the table, if a solution cannot be found (nothing negative);
- 'ssr' [3]: simultaneous subset relations, observed rows with OUT = 1 in both the Y and the ~Y table;
- 'all' [0]: the union of the three ('untenable' only when an expression is given).
Rows are numbered as R does: 1-based positions in the full table, first condition the most significant digit.
"""
from __future__ import annotations

import math
import re

import numpy as np

from .checks import choice_hint, flag
from .display import RowNumbers
from .errors import QCAInputError, in_number, quoted
from .r_calls import ROW_TYPES, refuses_r_only_arguments   # ROW_TYPES: the type names and R's numbers
from .expressions import names_left_out, parse_expression, term_to_implicant, warns_once
from .skew import warn_notes
from .truth_table import TruthTable, truth_table

__all__ = ["find_rows", "negated_truth_table", "rows_in_expression", "simplifying_assumption_rows", "contradictory_assumptions", "ROW_TYPES",
           "ROW_LIMIT", "RowNumbers"]

#: Configurations an expression may span at most when its rows are listed.
ROW_LIMIT = 1 << 20


def _row_type(type) -> str:
    if isinstance(type, str) and type.strip().isdigit():  # R's numbers as text, e.g. the CLI's --type 2
        type = int(type.strip())
    if isinstance(type, (int, np.integer)) and not isinstance(type, bool):
        for name, num in ROW_TYPES.items():
            if num == int(type):
                return name
    if isinstance(type, str) and type.strip().lower() in ROW_TYPES:
        return type.strip().lower()
    word = type.strip().lower() if isinstance(type, str) else ""
    contradictory = ("; contradictory rows (cases on both sides of the outcome) are listed by contradictions(tt) "
                     "(CLI: the truth-table command shows them with OUT 'C' or by their cases; --dcc names the "
                     "deviant ones); csa is the contradictory simplifying assumptions, remainders used for the outcome "
                     "and for its negation" if word in ("c", "contradiction", "contradictions", "contradictory",
                                                         "contradictory rows") else "")
    raise QCAInputError(f"type must be one of {', '.join(ROW_TYPES)} (or R's 0-3), got {quoted(type)}"
                        f"{contradictory or choice_hint(type, ROW_TYPES)}")


def _hint(obj) -> str:
    return " (a Solution's table is solution.truth_table)" if hasattr(obj, "truth_table") else ""


def need_table(tt, who: str) -> None:
    """Refuse anything but a TruthTable as `who`'s table, with the way to get one from a Solution."""
    if not isinstance(tt, TruthTable):
        raise QCAInputError(f"{who} needs a TruthTable (from truth_table()), got {type(tt).__name__}{_hint(tt)}")


@refuses_r_only_arguments("negated_truth_table")
def negated_truth_table(tt: TruthTable) -> TruthTable:
    """The truth table of the negated outcome (1 − Y) with the same conditions, cut-offs and skew_bounds. The
    negation of a value selection of a multi-value outcome keeps the selection: 'Y{2}' gives '~Y{2}' (Y is not 2) and
    '~Y{2}' gives 'Y{2}'; the table is built from the memberships, whose column would otherwise name the outcome 'Y'
    or '~Y'.
    Its notes (kept in its `notes`) are on tt's data: only those tt's notes do not say already are warned of
    (new_negation_notes: a skewed '~Y' after a skewed 'Y' is one fact).
    The rows tt excludes (exclude_rows, esa) are not excluded here, with a note saying so: a row blocked for Y may
    be meant as a simplifying assumption for ~Y, or not (exclude_rows(neg, tt.excluded) blocks them here too).
    tt: a TruthTable from truth_table(). (find_rows' csa and ssr read a pair of cut-offs (ic1, ic0) as R's findRows
    does: the negation's table at ic0 alone, and exclude tt's excluded rows.)"""
    need_table(tt, "negated_truth_table")
    neg = _negated_table(tt, tt.incl_cut)
    if tt.excluded:
        rows = ", ".join(map(str, tt.excluded))
        one = len(tt.excluded) == 1   # 'the row 2 ... is not ... (it may be a simplifying assumption there)'
        warn_notes([f"negated_truth_table: the {in_number(len(tt.excluded), 'row')} {rows} excluded from the table of "
                    f"'{tt.outcome}' {'is' if one else 'are'} not excluded from the table of '{neg.outcome}' "
                    f"({'it may be a simplifying assumption' if one else 'they may be simplifying assumptions'} "
                    f"there); exclude_rows(neg, [{rows}]) excludes {'it' if one else 'them'} too"])
    return neg


def _findrows_negation(tt: TruthTable) -> TruthTable:
    """The negated outcome's table find_rows compares tt with (csa, ssr), as R QCA's findRows builds it: tt's
    inclusion cut-off, and of a pair (ic1, ic0) the second, ic0, as its one cut-off (findRows' documentation: "if it
    has two values the second is used"), so the negation's table codes no row 'C'. A single cut-off is the same
    either way. The rows tt holds excluded (exclude_rows, esa) are
    excluded from it too, as findRows passes tt's exclude to the negation's truthTable (tt's exclusion said so
    already: no second warning)."""
    import warnings

    from .data import QCAWarning
    from .esa import exclude_rows   # esa imports this module

    neg = _negated_table(tt, tt.incl_cut[1])
    if not tt.excluded:
        return neg
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        return exclude_rows(neg, list(tt.excluded), reason="excluded as in the table of the outcome")


def _negated_table(tt: TruthTable, incl_cut) -> TruthTable:
    """negated_truth_table at the inclusion cut-off(s) `incl_cut`."""
    import dataclasses
    import warnings

    qd = tt.data
    df = qd.frame().drop(columns=[qd.outcome])
    col = qd.outcome_column
    df[col] = 1.0 - qd.y if qd.negated else qd.y   # y = 1 - raw when negated: its negation is the raw outcome
    args = dict(incl_cut=incl_cut, n_cut=tt.n_cut, pri_cut=tt.pri_cut, skew_bounds=tt.skew_bounds)
    target = qd.outcome[1:] if qd.negated else "~" + qd.outcome
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        neg = truth_table(df, col, list(qd.conditions), negate_outcome=not qd.negated, **args)
    wrong = neg.data.outcome   # a value selection's is the column's ('Y' or '~Y'), not target

    def named(text: str) -> str:
        return text.replace(f"'{wrong}'", f"'{target}'")

    for w in caught:   # the build's notes (a skewed or constant outcome) name the outcome as it is meant
        if w.filename == "analysis.qca":   # the engine's notes: shown once per process by the one mechanism
            warn_notes(new_negation_notes([named(str(w.message))], tt.notes, qd.outcome, target))
        else:
            warnings.warn_explicit(named(str(w.message)), w.category, w.filename, w.lineno)
    if qd.outcome_values is None:
        return neg
    data = dataclasses.replace(neg.data, outcome=target, outcome_values=qd.outcome_values,
                               warnings=tuple(named(n) for n in neg.data.warnings))
    return dataclasses.replace(neg, data=data, notes=[named(n) for n in neg.notes])


def new_negation_notes(notes, said, outcome: str, negated: str) -> list[str]:
    """The notes of the negated outcome's table (`notes`, naming that outcome `negated`) that `said`, the notes of
    the outcome's own table (naming it `outcome`), do not say already. Both tables hold the same data: a note on the
    conditions or the cases is tt's own (warned of, or left out by its skew_bounds), and a note on the negated outcome
    repeats one of `said` on the outcome when the two read alike but for the name and numbers ("skewed outcome '~Y':
    10% ..." after "skewed outcome 'Y': 90% ...", a constant 0 after a constant 1, the same cases at 0.5). New: a
    note on the negated outcome alone ('~Y' skewed where 'Y' is not, as cases at exactly 0.5 allow)."""
    def bare(note: str, name: str) -> str:
        return re.sub(r"\d+(\.\d+)?", "#", note.replace(f"'{name}'", "'@'"))

    before = {bare(n, outcome) for n in said if f"'{outcome}'" in n}
    return [n for n in notes if f"'{negated}'" in n and bare(n, negated) not in before]


@warns_once
def separated_hint(tt: TruthTable, name: str, value: str, what: str = "untenable combinations") -> str:
    """For an expression of several parts separated by ',' or ';' (the CLI's --nec-cond LIT,STB; 'A*B, C'), each
    an expression of tt's conditions: the form `name` takes (esa's nec_cond: a list of necessary conditions; esa's
    untenable, find_rows' expression: `what`, untenable combinations, joined by ' + '; rows_in_expression's: its
    terms); '' otherwise."""
    parts = [p.strip() for p in re.split(r"[,;]", value)]
    if len(parts) < 2 or not all(parts):
        return ""
    try:
        for part in parts:
            parse_expression(part, tt.conditions, tt.noflevels)
    except QCAInputError:
        return ""
    if name.startswith("nec_cond"):
        return (f"several necessary conditions are a list, nec_cond={parts!r} (each necessary); one expression has no "
                f"',' ({' + '.join(parts)!r} is one necessary disjunction)")
    return f"several {what} are joined by ' + ', {name}={' + '.join(parts)!r}"


def rows_in_expression(tt: TruthTable, expression: str, observed: bool = False, *, name: str = "expression",
                       what: str = "terms") -> list[int]:
    """Row numbers of the configurations inside `expression` (crisp reading of its terms): remainders only,
    or every row when `observed` is True. name: the argument as the caller's user gave it, named in a refusal;
    what: what its terms are, said when several are separated by ',' ('untenable combinations' for find_rows)."""
    from ._remainders import cube as _cube, cube_configs as _cube_configs
    from .pof import refuse_r_arrow
    from .truth_table import row_numbers

    if isinstance(expression, str):
        refuse_r_arrow(expression, tt.conditions, "expression")
    try:
        terms = parse_expression(expression, tt.conditions, tt.noflevels)
    except QCAInputError:
        hint = separated_hint(tt, name, expression, what) if isinstance(expression, str) else ""
        if not hint:
            raise
        raise QCAInputError(f"{name} {quoted(expression)}: {hint}") from None
    imps = [term_to_implicant(t, tt.conditions) for t in terms]
    size = sum(math.prod(int(n) if v == 0 else 1 for v, n in zip(t, tt.noflevels)) for t in imps)
    if size > ROW_LIMIT:
        raise QCAInputError(f"{name} {quoted(expression)} spans {size:,} configurations, more than the "
                            f"{ROW_LIMIT:,} listed at most; give more specific terms")
    ids: set[int] = set()
    for t in imps:
        ids.update(row_numbers(_cube_configs(_cube(t, tt.noflevels)), tt.noflevels))
    if not observed:
        ids -= tt.observed_rows
    return sorted(ids)


@refuses_r_only_arguments("simplifying_assumption_rows")
def simplifying_assumption_rows(source, models=None, **budgets) -> RowNumbers:
    """Remainders used as simplifying assumptions by a parsimonious solution (or by the one minimised from a
    truth table, with minimize()'s `budgets`; empty if no row is positive): by every model, or only by the models
    named in `models` (e.g. ['M1']: SetMethods' LR.intersect() looks at the first model of each solution only).
    A partial solution (more minimal models than it lists) is refused unless `models` names listed ones: the rows
    of the models not listed would be missing. source: a Solution from minimize() (an intermediate one gives its
    parsimonious solution's assumptions) or a TruthTable from truth_table(). Returns a RowNumbers: a set of the
    row numbers (`in`, ==, & as before) that iterates and prints them in ascending order and converts with
    to_list(), to_frame() and to_dict() (json.dumps refused the plain set it was)."""
    from .errors import QCAComplexityError
    from .minimize import minimize
    from .solution import Solution

    if not isinstance(source, (TruthTable, Solution)):
        raise QCAInputError(f"simplifying_assumption_rows needs a Solution from minimize() or a TruthTable from "
                            f"truth_table(), got {type(source).__name__}")
    if models is not None and (not isinstance(models, (list, tuple, set, frozenset)) or not all(isinstance(m, str) for m in models)):
        raise QCAInputError(f"models must be a list of model names such as ['M1'], got {quoted(models)}")
    if isinstance(models, (list, tuple)) and len(set(models)) < len(models):   # ['M1', 'M1']: another model meant?
        twice = sorted({m for m in models if models.count(m) > 1})
        raise QCAInputError(f"models names {', '.join(map(quoted, twice))} twice in {quoted(models)}; name each model once")
    _check_budgets(budgets, "simplifying_assumption_rows")   # a misspelt budget was ignored without a word
    if isinstance(source, TruthTable):
        if not len(source.rows_with(["1"])):
            return RowNumbers()
        source = minimize(source, include="?", **budgets)
    sol = source.parsimonious if getattr(source, "kind", "") == "intermediate" else source
    if models is None and sol.partial:
        count, more = ((f"{sol.n_models:,}", "raise max_models (CLI: --max-models) above the number of models")
                       if sol.n_models_exact else
                       (f"at least {sol.n_models:,}", "counting them stopped at max_work: raise max_work (CLI: "
                        "--max-work) to count every model, and max_models (CLI: --max-models) above their number"))
        raise QCAComplexityError(
            f"the parsimonious solution for {sol.outcome} is partial ({count} minimal models, "
            f"{len(sol.models):,} listed): the simplifying assumptions of every model are needed; {more}, or name "
            "the models to use (API: models=['M1']; the CLI's find-rows uses every model)")
    chosen = sol.models if models is None else [m for m in sol.models if m.name in set(models)]
    if models is not None and len(chosen) != len(set(models)):
        names = {m.name for m in sol.models}
        unknown = [name for name in dict.fromkeys(models) if name not in names]
        raise QCAInputError(f"unknown {in_number(len(unknown), 'model name')} in {quoted(list(models))} (models: "
                            f"{[m.name for m in sol.models]})")
    out = RowNumbers()
    for m in chosen:
        sa = m.simplifying_assumptions
        if sa is None:
            raise QCAComplexityError("the simplifying assumptions are too many to list, so contradictory "
                                     "simplifying assumptions cannot be found")
        out.update(int(r) for r in sa.index)
    return out


def _check_pair(solution_y, solution_not_y) -> None:
    """Two Solutions of the same conditions and cases, the second for the negation of the first's outcome (its
    memberships 1 − Y, however it was written: '~Y', negate_outcome=True or a column of 1 − Y)."""
    from .solution import Solution

    for name, sol in (("solution_y", solution_y), ("solution_not_y", solution_not_y)):
        if not isinstance(sol, Solution):
            raise QCAInputError(f"{name} must be a Solution from minimize() (the parsimonious solution, "
                                f"include='?'), got {type(sol).__name__}")
        if sol.kind == "conservative":
            raise QCAInputError(f"{name} is a conservative solution, which makes no simplifying assumption: give "
                                "the parsimonious solution, minimize(tt, include='?')")
    a, b = solution_y.truth_table.data, solution_not_y.truth_table.data
    neg = a.outcome[1:] if a.outcome.startswith("~") else "~" + a.outcome
    if solution_y is solution_not_y or solution_y.truth_table is solution_not_y.truth_table:
        raise QCAInputError(f"solution_y and solution_not_y are the same solution (for {quoted(a.outcome)}): give the "
                            f"solutions for the outcome and for its negation, minimize(truth_table(data, "
                            f"{quoted(a.outcome, as_written=True)}, ...), include='?') and minimize(truth_table(data, "
                            f"{quoted(neg, as_written=True)}, ...), "
                            "include='?')")
    if a.conditions != b.conditions:
        raise QCAInputError(f"solution_y and solution_not_y must have the same conditions, got "
                            f"{', '.join(a.conditions)} and {', '.join(b.conditions)}")
    same_data = "solution_y and solution_not_y must come from the same data (the same cases with the same " \
                "memberships in the conditions)"
    if a.cases != b.cases:
        raise QCAInputError(f"{same_data}, got {len(a.cases)} and {len(b.cases)} cases"
                            + ("" if len(a.cases) != len(b.cases) else " with different names or order"))
    differ = ~np.all(np.isclose(a.X, b.X, rtol=0.0, atol=1e-12), axis=1)
    if differ.any():
        shown = ", ".join(str(c) for c in np.asarray(a.cases, dtype=object)[differ][:5])
        raise QCAInputError(f"{same_data}, got different memberships for {in_number(int(differ.sum()), 'case')} "
                            f"{shown}"
                            + (" and others" if differ.sum() > 5 else ""))
    if not np.allclose(b.y, 1.0 - a.y, rtol=0.0, atol=1e-9):
        got = (f"{a.outcome!r} for both" if np.allclose(a.y, b.y, rtol=0.0, atol=1e-9)
               else f"{a.outcome!r} and {b.outcome!r}")
        raise QCAInputError(f"solution_not_y must be for the negation of solution_y's outcome (memberships "
                            f"1 − {a.outcome}), got {got}: minimise truth_table(data, {quoted(neg, as_written=True)}, "
                            "...) for it")


@refuses_r_only_arguments("contradictory_assumptions")
def contradictory_assumptions(solution_y, solution_not_y, models=None) -> list[int]:
    """Rows used as simplifying assumptions by both solutions (for Y and for ~Y): by any of their models, or
    by the named ones only (models=['M1'] reproduces SetMethods' LR.intersect). Both are Solutions of the same
    conditions and data, the second for the negated outcome (QCAInputError otherwise): solution_y and
    solution_not_y, e.g. minimize(tt, '?') and minimize(negated_truth_table(tt), '?')."""
    _check_pair(solution_y, solution_not_y)
    return sorted(simplifying_assumption_rows(solution_y, models) & simplifying_assumption_rows(solution_not_y,
                                                                                                   models))


def _contradictory_rows(tt: TruthTable, neg: TruthTable, budgets: dict) -> set[int]:
    """Remainders in the simplifying assumptions of both tables: none if either has no positive row (it has no
    solution, hence no simplifying assumption); a table whose solution cannot be found otherwise is named in the
    refusal (found by tests/test_qca_oracle.py: the message spoke of minimize and did not say which table)."""
    tables = (tt, neg)
    if any(not len(t.rows_with(["1"])) for t in tables):
        return set()
    out = None
    for t in tables:
        try:
            rows = simplifying_assumption_rows(t, **budgets)
        except QCAInputError as exc:
            raise QCAInputError(f"contradictory simplifying assumptions need the parsimonious solution for "
                                f"{t.outcome}, which cannot be found: {exc}") from exc
        out = rows if out is None else out & rows
    return out


def _check_budgets(budgets: dict, who: str = "find_rows") -> None:
    """Only minimize()'s budgets (BUDGETS): its other options (exclude, explain, ...) would change the solutions
    whose simplifying assumptions are compared, silently. A name refused says the one meant, as the main functions'
    keywords do: find_rows(tt, incl_cut=0.9) names truth_table(), max_model 'max_models', all_sol R's all.sol."""
    from .minimize import BUDGETS
    from .r_calls import keyword_message

    unknown = sorted(set(budgets) - set(BUDGETS))
    given = budgets.get("budgets")
    if "budgets" in unknown and isinstance(given, dict):   # robustness_protocol's form: budgets={'max_work': ...}
        written = ", ".join(f"{k}={v!r}" for k, v in given.items()) or "max_work=..."
        raise QCAInputError(f"{who}() takes the budgets as keyword arguments, not budgets={{...}} (as "
                            f"robustness_protocol takes them): write {who}(..., {written})")
    if unknown:
        f = {"find_rows": find_rows, "simplifying_assumption_rows": simplifying_assumption_rows}.get(who)
        message = (keyword_message(who, f, budgets, BUDGETS, r_function="minimize") if f is not None else "")
        raise QCAInputError(message or f"unknown {in_number(len(unknown), 'keyword argument')} {', '.join(unknown)} "
                            f"of {who}: it takes minimize()'s budgets ({', '.join(BUDGETS)})")


def _r_order_call(text: str, type, expression, observed) -> str:
    """The find_rows call meant by one in older R QCA's order, findRows(expression, obj, remainders, type): `text` (the
    expression, given first), and the type where the user wrote it: `type` when it is no truth table (type= given by
    name; None: the default, as after obj=), else the third argument (`expression`: 'csa', 2) or the fourth
    (`observed`: R's type after remainders);
    observed=True kept when given by name. Rows of type 'csa' or 'ssr' need no expression: it is left out."""
    kind = "untenable"
    for given in (type, expression, observed):
        if isinstance(given, TruthTable) or isinstance(given, bool) or given is None:
            continue
        try:
            kind = _row_type(given)
            break
        except QCAInputError:
            continue
    if kind in ("csa", "ssr"):
        return f"find_rows(tt, {quoted(kind)}) (its rows need no expression)"
    return (f"find_rows(tt, {quoted(kind)}, expression={quoted(text)}"
            + (", observed=True" if observed is True and not isinstance(expression, bool) else "") + ")")


@refuses_r_only_arguments("find_rows")
@names_left_out
@warns_once
def find_rows(tt: TruthTable, type="all", expression: str | None = None, observed: bool = False,
              **budgets) -> list[int]:
    """Row numbers (sorted) of the given type: 'untenable', 'csa', 'ssr' or 'all' (see the module docstring).
    `budgets`: minimize()'s search budgets (max_work, max_models, n_jobs, ...) for the two parsimonious solutions
    that contradictory simplifying assumptions need. tt: a TruthTable from truth_table(); type: also R's number
    0-3, or a list of types whose rows are joined, as R's type = c(2, 3) (the default here is 'all', R's findRows
    defaults to type = 1, 'untenable'). expression: the untenable
    combinations ('~A*B + C*D'; needed by 'untenable', used by 'all', refused by 'csa' and 'ssr'); observed: also
    list the observed rows inside it (as R's observed = TRUE; default: remainders only). A call in R's order,
    findRows(obj = tt, type = 2) or older R QCA's findRows(expression, obj), is refused with the call to write."""
    if isinstance(tt, str) and (isinstance(type, TruthTable) or isinstance(budgets.get("obj"), TruthTable)):
        # R's findRows(expression, obj, remainders, type), or findRows('~A*B', obj = tt): the call to write keeps the
        # type given (third or fourth, where the user put it) and observed=True
        raise QCAInputError(f"find_rows(tt, type, expression): the truth table comes first, got the text {quoted(tt)} "
                            f"first and the truth table second (older R QCA's order, findRows(expression, obj)); write "
                            f"{_r_order_call(tt, None if type == 'all' and 'obj' in budgets else type, expression, observed)}")
    need_table(tt, "find_rows")
    if isinstance(type, (list, tuple)):   # R's type = c(2, 3): the rows of each type
        if not type:
            raise QCAInputError(f"type is empty; give one of {', '.join(ROW_TYPES)} (or R's 0-3), or a list of them")
        kinds = list(dict.fromkeys(_row_type(t) for t in type))
        if len(kinds) > 1:
            return sorted({r for k in kinds for r in find_rows(tt, k, expression if k in ("untenable", "all") else None,
                                                               observed if k in ("untenable", "all") else False,
                                                               **budgets)})
        type = kinds[0]
    kind = _row_type(type)
    observed = flag("observed", observed)
    _check_budgets(budgets)
    if kind in ("csa", "ssr") and (expression or observed):
        raise QCAInputError(f"type {quoted(kind)} takes no expression and no observed=: those select untenable rows "
                            "(type 'untenable' or 'all')")
    if kind == "untenable" and not expression:
        raise QCAInputError("type 'untenable' needs an expression of the impossible or implausible "
                            "combinations, e.g. expression='~A*B'")
    rows: set[int] = set()
    if kind in ("untenable", "all") and expression:
        rows.update(rows_in_expression(tt, expression, observed, what="untenable combinations"))
    if kind in ("csa", "ssr", "all"):
        neg = _findrows_negation(tt)
        if kind in ("csa", "all"):
            rows.update(_contradictory_rows(tt, neg, budgets))
        if kind in ("ssr", "all"):
            rows.update(set(tt.rows_with(["1"])) & set(neg.rows_with(["1"])))
    return sorted(int(r) for r in rows)
