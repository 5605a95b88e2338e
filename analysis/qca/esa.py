"""Enhanced standard analysis (ESA; Schneider & Wagemann 2013): keep untenable and contradictory assumptions
out of the minimisation by coding the rows concerned as negative (OUT = 0) before minimising.

`exclude_rows(tt, rows)` is what `minimize(..., exclude=rows)` does first: the given rows are coded OUT = 0
(a remainder becomes a negative row without cases), so no solution may use them as simplifying assumptions
or easy counterfactuals. `esa(tt, ...)` collects the rows to block (remainders contradicting a necessary
condition, untenable remainders, contradictory simplifying assumptions) and excludes them.
"""
from __future__ import annotations

import dataclasses
import re
import warnings
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from .data import QCAWarning, wide_operator_hint
from .checks import flag, int_text, plain_number_hint
from .errors import QCAInputError, in_number, quoted, user_stacklevel
from .expressions import names_left_out, several_unknown_names, warns_once
from .find_rows import find_rows, need_table, rows_in_expression, separated_hint
from .pof import refuse_r_arrow
from .r_calls import r_vector_items, r_vector_text, refuses_r_only_arguments
from .truth_table import TruthTable, configs_of_rows

__all__ = ["exclude_rows", "esa", "esa_rows", "parse_rows", "untenable_observed_rows", "necessity_constrains",
           "ESA_NECESSITY_RULE"]


def _with_commas(text: str) -> str | None:
    """Row numbers separated by spaces ('7 8', '7, 8 15') written with commas ('7,8', '7,8,15'); None when `text` has
    no space between two numbers or is not whole numbers (ASCII digits) only."""
    items = [p for p in re.split(r"[\s,;]+", text.strip()) if p]
    if len(items) < 2 or not all(p.isascii() and p.isdigit() for p in items) or not re.search(r"\d\s+\d", text):
        return None
    return ",".join(items)


def _commas_hint(text: str, accepts) -> str:
    """For row numbers separated by spaces ('7 8'): write them with commas, e.g. '7,8' (the example only when
    `accepts` takes it: '99 100' of a table of 32 rows is told to use commas, with no example); '' otherwise."""
    joined = _with_commas(text)
    if joined is None:
        return ""
    try:
        accepts(joined)
    except QCAInputError:
        return "; separate the row numbers with commas"
    return f"; separate the row numbers with commas, e.g. {joined!r}"


def _range_hint(parts: list[str]) -> str:
    """For row numbers holding a range ('10:12' as R writes it, or '10-12'): "; a range of rows (10:12) is not read:
    list each row, '10,11,12,14'"; '' when there is none, or a range would list more than 100 rows."""
    ranges = [re.fullmatch(r"\s*(\d+)\s*[:-]\s*(\d+)\s*", p) for p in parts]
    if not any(ranges) or not all(m or p.strip().isdigit() for m, p in zip(ranges, parts)):
        return ""
    rows: list[str] = []
    for m, p in zip(ranges, parts):
        lo, hi = (int(m[1]), int(m[2])) if m else (int(p), int(p))
        if hi < lo or hi - lo > 100:
            return ""
        rows += [str(r) for r in range(lo, hi + 1)]
    shown = next(p.strip() for m, p in zip(ranges, parts) if m)
    return f"; a range of rows ({shown}) is not read: list each row, {','.join(rows)!r}"


def parse_rows(rows, n_configurations: int | None = None, what: str = "") -> list[int]:
    """Row numbers from a list, a text '7,8,15' or one number (1-based, within the full table), sorted; a row named twice in a
    text is refused (as a condition named twice is: a typo for another row), while a list is a set of rows (a union
    such as csa + untenable may name a row twice, as R's exclude accepts);
    `what` names the argument they came from in an error ('exclude': 'exclude: row numbers ...'). What esa_rows()
    returns, the rows by reason ({'necessity': [...], 'untenable': [...]}), gives the rows of every reason."""
    lead = f"{what}: " if what else ""

    def _rows_accepted(text):   # the example of a hint on full-width digits: rows these arguments accept
        try:
            parse_rows(text, n_configurations, what)
        except QCAInputError:
            joined = _with_commas(text)   # '７ ８' is '7 8', refused too: its rows separated by commas, '7,8'
            if joined is None:
                raise
            parse_rows(joined, n_configurations, what)
            return joined
        return None

    if isinstance(rows, Mapping):
        return sorted({r for part in rows.values() for r in parse_rows(part, n_configurations, what)})
    if isinstance(rows, (int, np.integer)) and not isinstance(rows, (bool, np.bool_)):
        rows = [rows]   # exclude=10: one row, as R's exclude = 10 (a vector of length 1) and the CLI's --exclude 10
    if isinstance(rows, str):
        if not rows.strip():   # '' (an unset shell variable, --exclude "$ROWS") was read as no rows, without a word
            raise QCAInputError(f"{lead}no row numbers in {quoted(rows)}: give row numbers such as '7,8,15', or leave it "
                                "out to block no rows")
        parts = [p.strip() for p in rows.replace(";", ",").split(",")]
        if len(parts) > 1 and not all(parts):
            raise QCAInputError(f"{lead}row numbers must be whole numbers separated by commas, such as '7,8,15', "
                                f"got {quoted(rows)} (an empty item)")
        parts = [p for p in parts if p]
        try:
            vals = [int_text(p) for p in parts]
        except ValueError:
            # '７，８' or '7,８': the whole text written in ASCII, as these arguments accept it, before a word on one item
            inner = r_vector_text(rows)   # R's c(10, 12) copied as text
            hint = ((f"; R's vector c(...) copied as text: write {inner!r}" if inner else "") or _range_hint(parts)
                    or wide_operator_hint(rows, "0123456789,;", _rows_accepted) or _commas_hint(rows, _rows_accepted)
                    or next((h for h in map(plain_number_hint, parts) if h), ""))
            raise QCAInputError(f"{lead}row numbers must be whole numbers such as '7,8,15', got {quoted(rows)}{hint}") from None
    else:
        try:
            vals = list(rows)
        except TypeError:
            raise QCAInputError(f"{lead}rows must be a list of row numbers, got {quoted(rows)}") from None
        if any(isinstance(v, bool) or not isinstance(v, (int, np.integer)) for v in vals):
            shown = rows.tolist() if isinstance(rows, (pd.Series, pd.Index, np.ndarray)) else rows
            raise QCAInputError(f"{lead}row numbers must be whole numbers, got {quoted(shown)}{_list_hint(vals)}")
        vals = [int(v) for v in vals]
    twice = sorted({v for v in vals if vals.count(v) > 1}) if isinstance(rows, str) else []
    if twice:   # '7,7' was read as '7' without a word: a typo for another row, as 'A,A' in conditions is refused
        raise QCAInputError(f"{lead}{in_number(len(twice), 'row number')} {', '.join(map(str, twice))} named twice in "
                            f"{quoted(rows)}; name each row once (a typo for another row?)")
    if n_configurations is not None:
        bad = [v for v in vals if not 1 <= v <= n_configurations]
        if bad:
            raise QCAInputError(f"{lead}{in_number(len(bad), 'row number')} {', '.join(map(str, bad))} out of range: the "
                                f"truth table has rows 1..{n_configurations} (1-based, first condition most significant)")
    return sorted(set(vals))


def _list_hint(vals) -> str:
    """For a list of row numbers written as text (['7', '8'], read from a file) or as floats ([7.0, 8.0], a pandas
    column with a missing value): the list of numbers meant, '' when an item is no whole number."""
    meant = []
    for v in vals:
        if isinstance(v, str):
            try:
                meant.append(int_text(v))
            except ValueError:
                return ""
        elif isinstance(v, (float, np.floating)) and float(v).is_integer():
            meant.append(int(v))
        else:
            return ""
    return f"; write {meant!r} (numbers), or {','.join(map(str, meant))!r} (one text)" if meant else ""


@refuses_r_only_arguments("exclude_rows")
def exclude_rows(tt: TruthTable, rows: Iterable[int], reason: str = "excluded", what: str = "rows") -> TruthTable:
    """A copy of `tt` with the given rows coded OUT = 0 (remainders are added as rows without cases).

    Observed rows are recoded too, with a QCAWarning (that changes what the data say, not only assumptions).
    tt: a TruthTable; rows: row numbers (R's numbering), a list or text '7,8,15'; reason: the label of the note
    added to tt.notes and of the warning; what: how an error names `rows` (e.g. 'exclude')."""
    need_table(tt, "exclude_rows")
    rows = parse_rows(rows, tt.n_configurations, what)
    if not rows:
        return tt
    present = set(tt.row_ids)
    observed = tt.observed_rows   # (a property computed afresh on each use)
    recoded = [r for r in rows if r in observed and tt.rows.loc[r, "OUT"] != "0"]
    if recoded:
        warnings.warn(f"{reason}: {in_number(len(recoded), 'observed row')} {', '.join(map(str, recoded))} recoded as OUT = 0",
                      QCAWarning, stacklevel=user_stacklevel())
    out = tt.rows.copy()
    hit = [r for r in rows if r in present]
    if hit:
        out.loc[hit, "OUT"] = "0"
    new = [r for r in rows if r not in present]
    configs, case_lists = list(tt.configs), list(tt.case_lists)
    if new:
        cfg = configs_of_rows(new, tt.noflevels)
        add = pd.DataFrame(cfg, columns=list(tt.conditions), index=pd.Index(new, name="row", dtype=out.index.dtype))
        add["OUT"] = "0"
        add["n"] = 0
        add["incl"] = np.nan
        add["PRI"] = np.nan
        add["cases"] = ""
        add["DCC"] = ""
        out = pd.concat([out, add])
        configs += list(cfg)
        case_lists += [[] for _ in new]
    order = np.argsort(np.asarray(out.index, dtype=np.int64), kind="stable")
    out = out.iloc[order]
    out["n"] = out["n"].astype(np.int64)
    configs = np.asarray(configs, dtype=np.int64).reshape(-1, tt.data.k)[order]
    case_lists = [case_lists[i] for i in order]
    notes = list(tt.notes) + [f"{reason}: {in_number(len(rows), 'row')} {', '.join(map(str, rows))} coded OUT = 0"]
    return dataclasses.replace(tt, rows=out, configs=configs, case_lists=case_lists, notes=notes,
                               excluded=tuple(sorted(set(getattr(tt, "excluded", ())) | set(rows))))


def _check_expression(tt: TruthTable, name: str, value) -> None:
    """QCAInputError naming the argument `name` (nec_cond, untenable) when `value` is no expression of tt's
    conditions: not a string (a list given to untenable said "an expression must be a non-empty string ... got
    ['A']" without naming the argument), empty, R's arrow notation, or naming the outcome or a name that is no
    condition (said "unknown condition 'SURV'" without saying SURV is the outcome). None passes (nothing blocked)."""
    from .expressions import named_outcome, parse_expression

    example = "'LIT' or 'A + B'" if name.startswith("nec_cond") else "'~A*B' or 'A*B + ~C'"
    if value is None:
        return
    if not isinstance(value, str):
        also = (" or a list of them (each a necessary condition, as SetMethods' esa() takes a vector)"
                if name == "nec_cond" else "; join several with ' + ' (one term per untenable combination)")
        raise QCAInputError(f"{name} must be an expression of the conditions such as {example}{also}, or None to "
                            f"block no such rows; got {quoted(value)} ({type(value).__name__})")
    if not value.strip():   # was read as None: nothing blocked, without a word
        raise QCAInputError(f"{name} is empty ({quoted(value)}): give an expression of the conditions, e.g. "
                            f"{quoted('LIT' if name.startswith('nec_cond') else '~A*B')}, or leave it out (None) to block no "
                            "such rows")
    items = r_vector_items(value)   # R's nec_cond = c("LIT", "STB") or untenable_LR = c("~A*B", "C"), copied as text
    if items is not None and all(items):
        write = (quoted(" + ".join(items)) + (" (one term per untenable combination)" if len(items) > 1 else "")
                 if not name.startswith("nec_cond")
                 else quoted(items[0]) if len(items) == 1 else
                 f"nec_cond={quoted(items)} (a list: each a necessary condition)")
        raise QCAInputError(f"{name} {quoted(value)}: R's vector c(...) copied as text; write {write}")
    refuse_r_arrow(value, tt.conditions, name)   # 'LIT -> SURV': R's pof() notation
    outcome = named_outcome(value, tt.outcome, tt.conditions)
    if outcome is not None:
        raise QCAInputError(f"{name} {quoted(value)} names {quoted(outcome)}, the truth table's outcome; it takes an expression of "
                            f"the conditions only ({', '.join(map(str, tt.conditions))}), such as {example}")
    try:
        parse_expression(value, tt.conditions, tt.noflevels)
    except QCAInputError as e:
        raise QCAInputError(f"{name} {quoted(value)}: {separated_hint(tt, name, value) or e}") from None


@names_left_out
def _nec_conds(tt: TruthTable, nec_cond, given: str | None = None) -> list[str]:
    """nec_cond as a list of expressions, each checked (_check_expression): a string is one necessary condition, a
    list or tuple of strings several (as SetMethods' esa() takes a vector: the rows outside any of them are
    blocked); None or an empty list: none. Several unknown names ('XX', 'YY') are named in one line, not XX alone:
    the list named by `given`, how the caller's user wrote it (the CLI's flags as typed, "--nec-cond 'XX,YY'"), each
    necessary condition then named as one value ("nec_cond 'XX'", a flag's); None: the API's "nec_cond ['XX', 'YY']",
    each nec_cond[i]. The one implementation of both (the CLI combined them itself before)."""
    if isinstance(nec_cond, (list, tuple)):
        for i, e in enumerate(nec_cond):
            if not isinstance(e, str):
                raise QCAInputError(f"nec_cond[{i}] must be an expression of the conditions such as 'LIT' or "
                                    f"'A + B'; got {quoted(e)} ({type(e).__name__})")
            try:
                _check_expression(tt, f"nec_cond[{i}]" if len(nec_cond) > 1 and given is None else "nec_cond", e)
            except QCAInputError as exc:   # ['XX', 'YY']: every unknown name in one line, not XX alone
                several = (several_unknown_names([x for x in nec_cond[i:] if isinstance(x, str)], 0, tt.conditions)
                           if "unknown condition" in str(exc) else None)   # (not the outcome named, 'SURV')
                if several is not None:
                    raise QCAInputError(f"{given or f'nec_cond {quoted(list(nec_cond))}'}: {several}") from None
                raise
        return list(nec_cond)
    _check_expression(tt, "nec_cond", nec_cond)
    return [nec_cond] if nec_cond is not None else []


@refuses_r_only_arguments("esa_rows")
@names_left_out
@warns_once
def esa_rows(tt: TruthTable, nec_cond: str | list[str] | None = None, untenable: str | None = None,
             contradictory_rows=None, nec_cond_observed: bool = False) -> dict[str, list[int]]:
    """The rows ESA blocks, by reason: 'necessity' (rows outside the necessary condition `nec_cond`, e.g. 'LIT'
    or 'A + B', or a list of them, each necessary; remainders only unless nec_cond_observed), 'untenable' (remainders inside the expression
    `untenable`), 'contradictory' (the given rows, e.g. find_rows(tt, 'csa')). tt: a TruthTable; contradictory_rows:
    row numbers, a list or text '7,8,15', or 'csa' (the contradictory simplifying assumptions, find_rows(tt, 'csa'),
    as esa() takes it); None: no such reason."""
    need_table(tt, "esa_rows")
    if isinstance(contradictory_rows, str) and contradictory_rows.strip().lower() == "csa":
        contradictory_rows = find_rows(tt, "csa")
    out: dict[str, list[int]] = {}
    nec_cond_observed = flag("nec_cond_observed", nec_cond_observed)
    necs = _nec_conds(tt, nec_cond)
    _check_expression(tt, "untenable", untenable)
    if necs:
        # the size refused before the rows inside nec_cond are listed (up to 2^20 of them)
        if nec_cond_observed:
            _refuse_listing(tt, "nec_cond_observed blocks every row outside nec_cond")
            universe = set(range(1, tt.n_configurations + 1))
        else:
            universe = _remainder_universe(tt)
        inside = set.intersection(*(set(rows_in_expression(tt, e, observed=True)) for e in necs))
        out["necessity"] = sorted(universe - inside)
    if untenable:
        out["untenable"] = rows_in_expression(tt, untenable, observed=False)
    if contradictory_rows is not None:
        out["contradictory"] = parse_rows(contradictory_rows, tt.n_configurations, "contradictory_rows")
    return out


#: Configurations of a truth table whose rows nec_cond's blocking lists at most (2^20: 20 crisp conditions)
MAX_LISTED_CONFIGURATIONS = 1 << 20


def _refuse_listing(tt: TruthTable, what: str) -> None:
    """QCAInputError when the rows outside nec_cond would be listed from more than MAX_LISTED_CONFIGURATIONS
    configurations, naming the size met, the limit and why no argument raises it."""
    if tt.n_configurations > MAX_LISTED_CONFIGURATIONS:
        raise QCAInputError(
            f"{what}, listed by row number, and the truth table has {tt.n_configurations:,} configurations "
            f"({len(tt.conditions)} conditions), more than the {MAX_LISTED_CONFIGURATIONS:,} (2^20, 20 crisp "
            "conditions) whose rows ESA lists at most (a fixed limit of the row lists, not a budget an argument "
            "raises); use fewer conditions, or leave nec_cond out and block remainders with untenable terms")


def _remainder_universe(tt: TruthTable) -> set[int]:
    _refuse_listing(tt, "ESA blocks the remainders outside nec_cond")
    return set(range(1, tt.n_configurations + 1)) - tt.observed_rows


#: inclN below which a nec_cond is warned about: necessity()'s benchmark (Schneider & Wagemann 2012).
NEC_BENCHMARK = 0.9
#: Which necessary conditions constrain remainders (ESA), as esa()'s warnings and good_practice()'s ESA row apply it:
#: ESA keeps out the remainders that contradict a claim of necessity (Schneider & Wagemann 2013), and a claim of
#: necessity needs empirical consistency and empirical relevance (with conceptual meaningfulness, the reader's:
#: Schneider 2018); a set present in every case is the extreme of low relevance (RoN 0).
ESA_NECESSITY_RULE = ("a necessary condition makes the remainders without it untenable only when it is consistent with "
                      "necessity (inclN at least the benchmark) and relevant (RoN at least the relevance cut, and not "
                      "present in every case; Schneider 2018)")


@refuses_r_only_arguments("necessity_constrains")
def necessity_constrains(inclN: float, RoN: float | None, benchmark: float = NEC_BENCHMARK,
                         ron_cut: float | None = None, constant: bool = False,
                         measure: str = "RoN") -> tuple[bool | None, str]:
    """ESA_NECESSITY_RULE for one condition: (True, '') when it is consistent (inclN >= benchmark) and relevant
    (RoN >= ron_cut, not constant); (False, why) when its inclN is below the benchmark, it is present in every case
    (`constant`, or RoN 0 with nothing outside it) or its RoN is below ron_cut; (None, why) when it is consistent and
    relevance was not judged (ron_cut None, or no RoN). The one rule esa() warns by and good_practice() counts by;
    `measure` names the relevance measure RoN stands for in the reasons (good_practice's relevance_measure, 'covN')."""
    tol = 1e-12
    if float(inclN) < benchmark - tol:
        return False, f"inclN below {benchmark:g}"
    if constant or (RoN is not None and RoN == RoN and abs(float(RoN)) <= tol):   # RoN 0: no case outside it
        return False, "present in every case"
    if RoN is None or RoN != RoN:
        return None, f"relevance not judged: no {measure}"
    if ron_cut is None:
        return None, f"relevance not judged: no {measure} cut given"
    if float(RoN) < ron_cut - tol:
        return False, f"{measure} below {ron_cut:g}"
    return True, ""


def _warn_not_necessary(tt: TruthTable, nec_cond: str, ron_cut: float | None = None) -> None:
    """A QCAWarning when `nec_cond` is no necessary condition of tt's outcome by the usual benchmark: blocking the
    remainders outside it then rests on a necessity the data do not show (a mistyped name, the negation meant); and
    one when it is consistent but not relevant by ESA_NECESSITY_RULE (present in every case, or RoN below `ron_cut`):
    the rule good_practice() counts untenable remainders by."""
    from .expressions import implicant_membership, parse_expression, term_to_implicant
    from .measures import ron

    qd = tt.data
    y = np.asarray(qd.y, float)
    if y.sum() <= 0:
        return
    imps = np.array([term_to_implicant(t, qd.conditions) for t in parse_expression(nec_cond, qd.conditions,
                                                                                    qd.noflevels)])
    x = implicant_membership(qd.X, imps, [k == "multi-value" for k in qd.kinds]).max(axis=1)
    incl = float(np.minimum(x, y).sum() / y.sum())
    if incl < NEC_BENCHMARK - 1e-12:
        warnings.warn(f"necessary condition {quoted(nec_cond)} (ESA): inclN {incl:.3f} for {qd.outcome}, below {NEC_BENCHMARK:g} (the "
                      "benchmark necessity() flags a necessary condition by): ESA blocks the remainders outside it as "
                      "if it were necessary, which the data do not show; check the condition (its negation, the "
                      "outcome)", QCAWarning, stacklevel=user_stacklevel())
        return
    relevance = float(ron(x, y))
    verdict, why = necessity_constrains(incl, relevance, NEC_BENCHMARK, ron_cut, constant=bool((x >= 1).all()))
    if verdict is False:
        warnings.warn(f"necessary condition {quoted(nec_cond)} (ESA): inclN {incl:.3f}, RoN {relevance:.3f} for {qd.outcome}, "
                      f"not relevant ({why}): by ESA's rule, {ESA_NECESSITY_RULE}, it makes no remainder untenable; "
                      "ESA blocks the remainders outside it as asked, and good_practice() does not count them",
                      QCAWarning, stacklevel=user_stacklevel())


@refuses_r_only_arguments("untenable_observed_rows")
def untenable_observed_rows(tt: TruthTable, untenable: str | None) -> list[int]:
    """The observed rows (rows with cases) inside the expression `untenable`, which ESA does not block: its untenable
    assumptions are about remainders (Schneider & Wagemann 2013; SetMethods' esa() recodes rows with OUT '?' only).
    tt: a TruthTable; untenable: an expression ('~A*B') or None (no rows)."""
    need_table(tt, "untenable_observed_rows")
    if not untenable:
        return []
    inside = rows_in_expression(tt, untenable, observed=True, name="untenable", what="untenable combinations")
    return sorted(set(inside) & set(tt.observed_rows))


def _warn_positive_outside(tt: TruthTable, nec_cond: str) -> None:
    """A QCAWarning naming the positive observed rows outside `nec_cond`: ESA keeps them (they are no assumption),
    but each is sufficient evidence against the necessity whose remainders it blocks, and the solution will hold a
    path without the condition."""
    inside = set(rows_in_expression(tt, nec_cond, observed=True))
    rows = [r for r in sorted(tt.observed_rows - inside) if tt.rows.loc[r, "OUT"] == "1"]
    if not rows:
        return
    shown = _listed_rows(tt, rows, with_out=False)
    one = len(rows) == 1
    warnings.warn(f"necessary condition {quoted(nec_cond)} (ESA): observed positive {in_number(len(rows), 'row')} {shown} "
                  f"{'lies' if one else 'lie'} outside it and {'stays' if one else 'stay'} positive (ESA blocks remainders "
                  "only), so the solution may hold a path without it, against the necessity assumed; check the "
                  f"necessity claim, or block {'it' if one else 'them'} too with nec_cond_observed=True (CLI: "
                  "--nec-cond-observed), as SetMethods' esa() does", QCAWarning, stacklevel=user_stacklevel())


#: Observed rows named at most in esa's warnings.
_SHOWN_ROWS = 10


def _listed_rows(tt: TruthTable, rows: list[int], with_out: bool) -> str:
    """The first _SHOWN_ROWS of `rows` for a warning, each with its n (and OUT), and how many more."""
    def one(r: int) -> str:
        out = f"OUT {tt.rows.loc[r, 'OUT']}, " if with_out else ""
        return f"{r} ({out}n {int(tt.rows.loc[r, 'n'])})"

    shown = ", ".join(one(r) for r in rows[:_SHOWN_ROWS])
    return shown + (f" and {len(rows) - _SHOWN_ROWS} more" if len(rows) > _SHOWN_ROWS else "")


def _warn_untenable_observed(tt: TruthTable, untenable: str) -> None:
    """A QCAWarning naming the observed rows inside `untenable` (their OUT and n): ESA leaves them as they are, and an
    expression of impossible combinations that matches rows with cases is probably a typo (or meant for them, which
    exclude= does, recoding them with a warning)."""
    rows = untenable_observed_rows(tt, untenable)
    if not rows:
        return
    shown = _listed_rows(tt, rows, with_out=True)
    one = len(rows) == 1
    warnings.warn(f"untenable {quoted(untenable)} (ESA) also matches observed {in_number(len(rows), 'row')} {shown}: "
                  f"{'it is' if one else 'these are'} not blocked (ESA blocks remainders only; {'it keeps its' if one else 'they keep their'} OUT), and a combination with cases is not "
                  "impossible; check the expression (remainders contradicting a necessary condition: nec_cond=, "
                  "CLI --nec-cond), or recode observed rows on purpose with minimize(..., exclude=rows) (CLI: "
                  "minimize --exclude)", QCAWarning, stacklevel=user_stacklevel())


@refuses_r_only_arguments("esa")
@names_left_out
@warns_once
def esa(tt: TruthTable, nec_cond: str | list[str] | None = None, untenable: str | None = None, contradictory_rows=None,
        *, nec_cond_observed: bool = False, ron_cut: float | None = None) -> TruthTable:
    """Enhanced standard analysis: the truth table with the rows of `esa_rows` coded OUT = 0, ready for
    minimize(..., include='?'). contradictory_rows='csa' finds the contradictory simplifying assumptions
    (Schneider & Wagemann 2013). tt: a TruthTable from truth_table(); nec_cond: a necessary condition ('LIT' or
    'A + B'), or a list of them, each necessary (SetMethods' vector): the remainders outside it are blocked, with nec_cond_observed=True the observed rows outside it too;
    untenable: an expression of impossible or implausible remainders ('~A*B'; observed rows inside it are not
    blocked, and a QCAWarning names them: untenable_observed_rows()); contradictory_rows: row numbers (a list or
    '7,8,15') or 'csa'. Each left None blocks nothing. Applied once, as SetMethods' esa() blocks the rows it is
    given: the parsimonious solutions minimised from the ESA tables of the outcome and of its negation can share other
    remainders (contradictory_assumptions() finds them; good_practice() says what blocking them too gives).
    ron_cut: the RoN from which a necessary condition is relevant (None: relevance not judged); a nec_cond below the
    benchmark (inclN 0.9), or consistent but present in every case or with a RoN below ron_cut, is warned about by
    ESA_NECESSITY_RULE (only a consistent and relevant necessary condition makes remainders untenable), the rule
    good_practice() counts by; its remainders are blocked as asked, as SetMethods' esa() does."""
    need_table(tt, "esa")
    if ron_cut is not None:
        from .necessity import _check_cut
        ron_cut = _check_cut("ron_cut", ron_cut)
    blocked = esa_rows(tt, nec_cond, untenable, contradictory_rows, nec_cond_observed)
    for one in _nec_conds(tt, nec_cond):
        _warn_not_necessary(tt, one, ron_cut)
        if not nec_cond_observed:
            _warn_positive_outside(tt, one)
    if untenable:
        _warn_untenable_observed(tt, untenable)
    rows = sorted({r for v in blocked.values() for r in v})
    if not rows:
        return tt
    seen = untenable_observed_rows(tt, untenable) if untenable else []
    reason = "ESA (" + "; ".join(f"{k}: {', '.join(map(str, v)) or 'none'}" + (
        f" (observed {in_number(len(seen), 'row')} {', '.join(map(str, seen))} inside it not blocked)"
        if k == "untenable" and seen else "")
        for k, v in blocked.items()) + ")"
    return exclude_rows(tt, rows, reason=reason)
