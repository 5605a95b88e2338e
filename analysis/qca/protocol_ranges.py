"""Threshold ranges (threshold_range, SetMethods' rob.inclrange, rob.ncutrange, rob.calibrange): how far incl_cut,
n_cut, pri_cut or a set's calibration anchors and cut points move, step by step from the analysis' own, before the
solution changes; each direction stops at its first change, the steps run as tasks in rounds, each distinct warning
given once with the steps it applies to. ThresholdRange is its table.
"""
from __future__ import annotations

import math
import warnings
from typing import Mapping

import numpy as np
import pandas as pd

from .calibrate import _calibrate_no_constant_note, parse_thresholds
from .checks import choice_hint, decimal_number, text_number_hint
from .data import empty_levels, prepare_data
from .data_hints import _near
from .display import ResultFrame, wrapped
from .errors import QCAInputError, in_number, quoted, user_stacklevel
from .r_calls import refuses_r_only_arguments
from .skew import check_bounds
from .protocol_data import _anchor_values, _frame, _raw_frame, _raw_values, _warn_missing_code, _warn_reversed
from .protocol_tasks import (TASK_ERRORS, _budgets_given, _kind, _solve_args, model_key, run_tasks, spec_budgets,
                             task_error)


# ---------------------------------------------------------------- threshold ranges
def _range_task(task):
    data, outcome, conds, tt_args, solve, raw_rule = task
    from .minimize import minimize
    from .truth_table import truth_table

    try:
        if raw_rule is not None:
            name, values, rule, levels = raw_rule
            if rule.get("type") == "crisp":
                # calibrate() sorts crisp cut points, so a cut moved past its neighbour would silently become the
                # neighbour's value: the range of that cut point ends there, as a fuzzy anchor's does
                cuts = list(rule["thresholds"])
                if any(b <= a for a, b in zip(cuts, cuts[1:])):
                    raise QCAInputError(f"crisp cut points must stay in increasing order t1 < t2 < ..., got {cuts}")
            data = data.copy()
            data[name] = np.asarray(_calibrate_no_constant_note(values, **rule, code_note=False),
                                    float)   # a step may end the data; the start warned of a missing-value code
            if levels > 2:   # a multi-value set one of whose levels empties: another truth table
                empty = empty_levels(data[name], levels)
                if empty:
                    raise QCAInputError(f"{quoted(name)} recalibrated has no case at {in_number(len(empty), 'level')} "
                                        f"{', '.join(map(str, empty))} of the data's 0..{levels - 1} "
                                        "(another truth table)")
        sol = minimize(truth_table(data, outcome, conds, **tt_args), **solve)
    except TASK_ERRORS as err:
        return ("error", task_error(err, default_budgets=not _budgets_given(tt_args, solve)))
    return ("ok", model_key(sol))


def _cut_points(thresholds) -> dict[str, float]:
    """Crisp cut points by name t1, t2, ... (ascending), from any form calibrate(type='crisp') takes."""
    _, values = parse_thresholds(thresholds)
    if len(values) == 0:
        raise QCAInputError(f"a crisp calibration range needs one or more cut points, got {quoted(thresholds)}")
    if len(set(map(float, values))) < len(values):  # else the start itself would be 'no solution', unexplained
        raise QCAInputError(f"thresholds of a crisp calibration range must be distinct cut points, got {quoted(thresholds)}")
    return {f"t{i}": float(v) for i, v in enumerate(np.sort(np.asarray(values, float)), start=1)}


def _range_warnings(caught, results, items, step, max_runs: int, parameter: str, calibrate_set) -> None:
    """Give each distinct warning of a range's runs once, saying at which steps (threshold = value) it applies; a
    range gave it once per step (a multi-value set's skew note once per level and step). Only the runs a
    step-by-step range makes count (each direction up to its first change), not those a round ran past it."""
    from .skew import warn_notes

    counted = set()
    for name, _, _ in items:
        counted.add((name, 0))
        if results[(name, 0)][0] != "ok":
            continue
        for d in (-1, 1):
            for k in range(1, max_runs + 1):
                counted.add((name, d * k))
                if results.get((name, d * k)) != results[(name, 0)]:
                    break
    starts = {name: start for name, start, _ in items}
    where: dict = {}
    for key, category, message, note in caught:
        if key in counted:
            where.setdefault((category, message, note), set()).add(key)
    what = f"calibration range of {calibrate_set!r}" if parameter == "calibration" else f"{parameter} range"

    def value(name, j):
        v = round(starts[name] + j * step, 10)
        return f"{int(round(v))}" if parameter == "n_cut" else f"{v:g}"

    for (category, message, note), keys in where.items():
        if keys == counted:
            at = "at every step"
        elif {k for k in counted if results[k][0] == "ok"} <= keys:
            at = "at every step with a solution"
        else:
            at = "at " + "; ".join(f"{name} = {', '.join(value(name, j) for j in sorted(j for n, j in keys if n == name))}"
                                   for name, _, _ in items if any(n == name for n, _ in keys))
        if note:   # as run_tasks gives the protocol's: a note shown once per process, said with or without where
            warn_notes([message], where=f"{what}: {at}")
        else:
            warnings.warn(f"{message} ({what}: {at})", category, stacklevel=user_stacklevel())


def _range_end(parameter: str, value) -> str:
    """Why a range stops at its parameter's end: the next step `value` lies outside what the parameter takes (a
    consistency cut-off in [0, 1], n_cut at least 1), which the step's truth table refused with an input error; ''
    for a value inside it (the step failed for another reason, said as it was)."""
    if parameter in ("incl_cut", "pri_cut") and not 0 <= value <= 1:
        return f"the end of {parameter}'s range (the next step, {value:g}, lies {'above 1' if value > 1 else 'below 0'})"
    if parameter == "n_cut" and value < 1:
        return f"the end of n_cut's range (the next step, {int(round(value))}, is below 1)"
    return ""


def _cut_text(v) -> str:
    """A cut-off as the settings write it: 0.8, 1, a pair (0.8, 0.6)."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return f"({', '.join(_cut_text(x) for x in v)})"
    return f"{v:g}" if isinstance(v, (float, np.floating)) else str(v)


def _range_held(args: Mapping, include, dir_exp, exclude, swept: str | None) -> str:
    """What every step of a range shares with its start, as one text ('n_cut=1; pri_cut=0; skew_bounds=(0.2, 0.8);
    include='?'; dir_exp=None'): the cut-offs but the one moved (`swept`; of a pair incl_cut=(ic1, ic0) moved, ic0),
    the skew bounds every step's truth table was built with (None: no check), include, dir_exp and, when given,
    exclude (the rows blocked at every step). A saved ranges table (a CSV) says so on every row."""
    parts = []
    for k in ("incl_cut", "n_cut", "pri_cut"):
        v = args[k]
        if k != swept:
            parts.append(f"{k}={_cut_text(v)}")
        elif k == "incl_cut" and isinstance(v, (list, tuple, np.ndarray)) and len(v) == 2:
            parts.append(f"ic0={_cut_text(v[1])}")   # each step moves ic1 and keeps ic0 (swept_incl_cut)
    parts += [f"skew_bounds={_cut_text(args['skew_bounds'])}", f"include={include!r}", f"dir_exp={dir_exp!r}"]
    if exclude is not None:
        parts.append(f"exclude={', '.join(map(str, exclude)) if isinstance(exclude, (list, tuple)) else exclude}")
    return "; ".join(parts)


#: Runs per direction a threshold range may take at most (SetMethods' max.runs defaults to 20).
MAX_RUNS = 1_000


def _models_text(result) -> str:
    status, value = result
    return " | ".join(" + ".join(m) for m in value) if status == "ok" else f"no solution ({value})"


#: Steps per direction that threshold_range runs in one round (in parallel) before it looks for a change.
RANGE_ROUND = 4


class ThresholdRange(ResultFrame):
    """threshold_range()'s table, a DataFrame (its columns, selections and conversions as any frame's: a selection
    or copy is a plain DataFrame) that prints its answer first: printed as a plain frame in an 80-column terminal,
    pandas showed 'threshold ... held_fixed' alone (held_fixed, a long text, took the width) and hid the bounds.
    Printed: threshold, value, lower and upper as a table, each bound's reason below it, then the solution and what
    the range held fixed once (they are the same on every row), and the columns the frame has, each line below the
    table wrapped at blanks within 80 columns (display.wrapped; the list of columns was 113). to_dict() gives a
    bound with no change in range (NaN) as None, as the other result frames do (display.ResultFrame), so that
    json.dumps(ranges.to_dict(), allow_nan=False) works. Built as a DataFrame is (`data`, `index`, `dtype`, ...);
    threshold_range() returns one."""

    def __repr__(self) -> str:
        answer = ["threshold", "value", "lower", "upper"]
        rest = ["lower_reason", "upper_reason", "solution", "held_fixed"]
        plain = pd.DataFrame(self)
        if not set(answer + rest) <= set(plain.columns) or plain.empty:   # (a frame changed in place)
            return repr(plain)
        # within 80 columns (PRINT_WIDTH): each line below the table wrapped at blanks, further lines indented
        lines = [plain[answer].to_string(index=False), ""]
        for row in plain.itertuples(index=False):
            lines += wrapped(f"{row.threshold}: lower bound, {row.lower_reason}; upper bound, {row.upper_reason}")
        for col, label in (("solution", "solution"), ("held_fixed", "held fixed")):
            values = list(dict.fromkeys(plain[col].astype(str)))
            lines += wrapped(f"{label}: {values[0]}" if len(values) == 1 else
                             f"{label}: " + " | ".join(f"{t}: {v}" for t, v in zip(plain["threshold"], plain[col])))
        lines += wrapped(f"(a DataFrame of {len(plain)} row{'s' if len(plain) != 1 else ''}; columns: "
                         f"{', '.join(map(str, plain.columns))})")
        return "\n".join(lines)

    __str__ = __repr__


@refuses_r_only_arguments("threshold_range")
def threshold_range(data: pd.DataFrame, outcome: str, conditions, parameter: str, step, max_runs: int = 10, *,
                    incl_cut=1.0, n_cut: int = 1, pri_cut: float = 0.0, include: str = "?",
                    case_column: str | None = None, raw: pd.DataFrame | None = None,
                    raw_case_column: str | None = None, calibrate_set: str | None = None,
                    source: str | None = None, thresholds=None, calibration_type: str = "fuzzy", dir_exp=None,
                    exclude=None, n_jobs: int | None = None, budgets: Mapping | None = None,
                    skew_bounds=(0.2, 0.8)) -> pd.DataFrame:   # a ThresholdRange (a DataFrame)
    """How far a threshold can move (by `step`, at most `max_runs` steps each way) before the solution
    (Oana & Schneider 2021's ranges, SetMethods' rob.inclrange, rob.ncutrange and rob.calibrange; every model;
    with `dir_exp`, every intermediate model, as SetMethods' ranges compare the intermediate
    solution the protocol uses) changes: parameter 'incl_cut', 'n_cut', 'pri_cut', or 'calibration' (each anchor of
    `thresholds` for `calibrate_set`, a condition or the outcome, recalibrated from raw[source]; calibration_type
    'crisp': each crisp cut point t1, t2, ... in turn, where SetMethods' rob.calibrange(type = "crisp") moves them
    all at once: README's differences). One row
    per threshold: value, lower and upper bound (last value with the same solution), and why each
    bound stops ("solution changed", "stopped: <why no solution>", "stopped: the end of incl_cut's range (the next
    step, 1.05, lies above 1)" where the next step leaves what the parameter takes, or "no change in range"). exclude: rows blocked
    at every step, as in robustness_protocol. A crisp range has one cut point fewer than the set's levels (one for a
    crisp or fuzzy set; a multi-value set's range is crisp), and stops where a cut point empties a level (another
    truth table), as protocol tests must keep a set's levels. Each distinct warning of the runs (e.g. a skew note) is given once, naming the steps
    (threshold = value) it applies at. data, outcome, conditions (a list or 'A, B, C') and case_column (default: the
    index) as truth_table() reads them; raw_case_column: the raw values' column of case names (default: the data's
    case_column where raw has it, else raw's index), as robustness_protocol's; include: minimize()'s at every step (default '?': the parsimonious solution,
    as the compendium's reference runs of SetMethods' ranges pass it, whose own default is ''; '': the conservative
    one; with dir_exp, the intermediate one), in the frame's 'solution' column; n_jobs: joblib workers for the runs
    (-1: every core; None: joblib's default); budgets: search budgets for every run, as robustness_protocol's;
    skew_bounds: truth_table()'s at every step, as robustness_protocol's (None: no check).

    Every row says what the range held fixed ('held_fixed': the other cut-offs, skew_bounds, include, dir_exp,
    exclude), so a saved table can be read on its own.
    A bound with no change within max_runs steps is NaN ('no change in range (tested down to 0.55)' its reason,
    naming the farthest value tested, as R's NA does not), unless that value is the parameter's end (n_cut 1, a
    cut-off 0 or 1), which is then the bound ('stopped: the end of ...', as with more runs), in every range: the
    bound columns are then floats (an n_cut range's whole numbers too), so comparisons and arithmetic work on them;
    a sweep file's JSON gives it as null and its printed table as '-' (sweep_spec). The table is a ThresholdRange, a
    DataFrame that prints the bounds and their reasons first (the solution and what was held fixed once, below)."""
    base = _frame(data, case_column)
    qd = prepare_data(base, outcome, conditions, warn=False)
    conds = list(qd.conditions)
    tt_budget, solve_budget = spec_budgets(budgets, "threshold_range")
    tt_budget = {**tt_budget, "skew_bounds": check_bounds(skew_bounds)}
    solve = {**_solve_args(include, dir_exp, exclude, qd), **solve_budget}
    args = {"incl_cut": incl_cut, "n_cut": n_cut, "pri_cut": pri_cut, **tt_budget}
    if isinstance(max_runs, bool) or not isinstance(max_runs, (int, np.integer)) or not 1 <= max_runs <= MAX_RUNS:
        raise QCAInputError(f"max_runs must be a whole number from 1 to {MAX_RUNS:,} (each run is a truth table and "
                            f"a minimisation, 2 x max_runs per threshold), got {quoted(max_runs)}"
                            f"{text_number_hint(max_runs, whole=True)}")
    if not isinstance(step, (int, float, np.number)) or isinstance(step, bool) or not 0 < step < math.inf:
        raise QCAInputError(f"step must be a positive (finite) number, got {quoted(step)}{text_number_hint(step)}")
    step = decimal_number(step)   # np.float32(0.05) as 0.05, as the cut-offs are read (it stepped 0.0500000007)
    if parameter == "n_cut" and step != int(step):   # each value was rounded (1, 1.5 -> 2, 2, ...) without a word
        raise QCAInputError(f"step of an n_cut range must be a whole number of cases (n_cut counts cases), got {quoted(step)}")
    items = []   # (threshold name, start value, make task for a value)
    if parameter in ("incl_cut", "n_cut", "pri_cut"):
        own = [name for name, v in (("calibrate_set", calibrate_set), ("source", source), ("thresholds", thresholds),
                                    ("calibration_type", None if calibration_type == "fuzzy" else calibration_type))
               if v is not None]
        if own:   # a calibration range's arguments were ignored without a word
            raise QCAInputError(f"{', '.join(own)}: for parameter='calibration' only, got parameter={quoted(parameter)}; "
                                f"leave {'them' if len(own) > 1 else 'it'} out")
        start = args[parameter]
        if parameter == "incl_cut" and isinstance(start, (list, tuple, np.ndarray)):  # (ic1, ic0): ic1 moves
            if len(start) not in (1, 2):
                raise QCAInputError(f"incl_cut must be one cut-off or two (ic1, ic0), got {quoted(incl_cut)}")
            start = start[0]
        if isinstance(start, bool) or not isinstance(start, (int, float, np.number)):
            raise QCAInputError(f"{parameter} must be a number, got {quoted(args[parameter])}")

        from .truth_table import swept_incl_cut

        def make(v, parameter=parameter):
            if parameter == "n_cut":
                v = int(round(v))
            elif parameter == "incl_cut":
                v = swept_incl_cut(args["incl_cut"], v)
            return (base, outcome, conds, {**args, parameter: v}, solve, None)

        items.append((parameter, decimal_number(start) if parameter != "n_cut" else int(start), make))
    elif parameter == "calibration":
        if raw is None or calibrate_set is None or thresholds is None:
            raise QCAInputError("a calibration range needs the raw data, the set and its thresholds: raw=DATAFRAME "
                                "(CLI: --raw FILE), and the range's 'set' and 'thresholds' (Python: calibrate_set=, "
                                "thresholds=); thresholds as calibrate() takes them, e.g. 'e=1000, c=5000, i=12000' "
                                "or {'e': 1000, 'c': 5000, 'i': 12000}")
        if calibrate_set not in conds and calibrate_set != qd.outcome_column:
            raise QCAInputError(f"calibrate_set {quoted(calibrate_set)} (a sweep file's range: set) is not a condition of the "
                                f"analysis nor its outcome{_near(str(calibrate_set), conds + [qd.outcome_column])} "
                                f"(conditions: {', '.join(quoted(str(c)) for c in conds)}; outcome: "
                                f"{quoted(str(qd.outcome_column))})")
        if calibration_type not in ("fuzzy", "crisp"):
            raise QCAInputError(f"calibration_type must be 'fuzzy' or 'crisp', got {quoted(calibration_type)}"
                                f"{choice_hint(calibration_type, ('fuzzy', 'crisp'))}")
        if calibrate_set in conds:
            levels = int(qd.noflevels[conds.index(calibrate_set)])
        else:   # the outcome (as rob.calibrange takes any set): a value selection OUT{v} reads a multi-value column
            levels = int(np.nanmax(base[calibrate_set])) + 1 if qd.outcome_values is not None else 2
        if levels > 2 and calibration_type == "fuzzy":   # as a protocol test recalibrating it so is refused
            raise QCAInputError(f"calibration range of {quoted(calibrate_set)}: a fuzzy calibration makes the multi-value "
                                f"{quoted(calibrate_set)} (levels 0..{levels - 1}) a fuzzy set, another truth table than the "
                                f"data's; give the range type 'crisp' and {levels - 1} thresholds")
        thresholds = _anchor_values(thresholds) if calibration_type == "fuzzy" else _cut_points(thresholds)
        if len(thresholds) != levels - 1 and calibration_type == "crisp":   # as a protocol test's is refused
            has = (f"has {levels} (0..{levels - 1}); give {levels - 1} thresholds" if levels > 2 else
                   "is a crisp or fuzzy set (in or out); give one threshold, or a fuzzy range (type: fuzzy)")
            raise QCAInputError(f"calibration range of {quoted(calibrate_set)}: {len(thresholds)} crisp cut point(s) give "
                                f"{len(thresholds) + 1} levels, another truth table: the data's {quoted(calibrate_set)} {has}")
        raw_f = _raw_frame(raw, raw_case_column, case_column, data)
        values = _raw_values(raw_f, base.index, source or calibrate_set, f"calibration range of {calibrate_set!r}",
                             unnamed="" if source else "range", ranged=True, numbered=pd.api.types.is_integer_dtype(
                                 data.set_index(case_column).index if case_column is not None else data.index),
                             case_column=case_column)
        start_rule = ({"thresholds": thresholds} if calibration_type == "fuzzy"
                      else {"type": "crisp", "thresholds": list(thresholds.values())})
        try:   # thresholds calibrate() refuses are the range's error, not a start 'without solution'
            start_values = _calibrate_no_constant_note(values, **start_rule, code_note=False)   # its skew warnings say it
        except QCAInputError as err:
            raise QCAInputError(f"calibration range of {quoted(calibrate_set)}, thresholds "
                                f"{', '.join(f'{k}={v:g}' for k, v in thresholds.items())}: {err}") from None
        _warn_missing_code(f"calibration range of {quoted(calibrate_set)}", values, base.index)
        if calibration_type == "fuzzy":
            _warn_reversed(f"calibration range of {calibrate_set!r}", calibrate_set, start_values,
                           base[calibrate_set], thresholds)
        for anchor, start in thresholds.items():
            def make(v, anchor=anchor):
                th = {**thresholds, anchor: v}
                rule = ({"thresholds": th} if calibration_type == "fuzzy"
                        else {"type": "crisp", "thresholds": list(th.values())})
                return (base, outcome, conds, args, solve, (calibrate_set, values, rule, levels))

            items.append((anchor, float(start), make))
    else:
        raise QCAInputError(f"parameter must be incl_cut, n_cut, pri_cut or calibration, got {quoted(parameter)}"
                            f"{choice_hint(parameter, ('incl_cut', 'n_cut', 'pri_cut', 'calibration'))}")
    # Rounds of RANGE_ROUND steps per open direction (run in parallel), each direction closed at its first change:
    # the same bounds as running all 2 x max_runs steps, without the steps past a change.
    index = [(name, 0) for name, _, _ in items]
    caught: list = []   # (index entry, category, message, note): given once each after the range, with their steps
    got: list = []
    results = dict(zip(index, run_tasks(_range_task, [make(start) for _, start, make in items], n_jobs,
                                        caught_out=got)))
    caught += [(index[i], *w) for i, *w in got]
    if parameter == "calibration" and items and results[index[0]][0] == "ok":
        with warnings.catch_warnings():   # a comparison only: its warnings (the data's own analysis) would come
            warnings.simplefilter("ignore")   # unlabelled, beside the range's own, which name their steps
            own = _range_task((base, outcome, conds, args, solve, None))
        if own != results[index[0]]:  # the range describes another analysis than the data's: say so
            from .data import QCAWarning
            warnings.warn(f"calibration range of {quoted(calibrate_set)}: the raw values calibrated with these thresholds "
                          f"give another solution than the data's own {calibrate_set} "
                          f"({_models_text(results[index[0]])} instead of {_models_text(own)}); the range starts from "
                          "the recalibrated analysis", QCAWarning, stacklevel=user_stacklevel())
    open_dirs = [(name, start, make, d) for name, start, make in items for d in (-1, 1)
                 if results[(name, 0)][0] == "ok"]
    done = 0
    while open_dirs and done < max_runs:
        ks = range(done + 1, min(done + RANGE_ROUND, max_runs) + 1)
        index = [(name, d * k) for name, _, _, d in open_dirs for k in ks]
        tasks = [make(round(start + d * k * step, 10)) for _, start, make, d in open_dirs for k in ks]
        got = []
        results.update(zip(index, run_tasks(_range_task, tasks, n_jobs, caught_out=got)))
        caught += [(index[i], *w) for i, *w in got]
        done = ks[-1]
        open_dirs = [o for o in open_dirs if all(results[(o[0], o[3] * k)] == results[(o[0], 0)] for k in ks)]
    _range_warnings(caught, results, items, step, max_runs, parameter, calibrate_set)
    rows = []
    for name, start, _ in items:
        status, baseline = results[(name, 0)]
        if status != "ok":
            what = f"calibration range of {calibrate_set!r}" if parameter == "calibration" else f"{parameter} range"
            raise QCAInputError(f"{what}: the starting specification ({name} = {start:g}) has no solution: {baseline}")
        row = {"threshold": name, "value": start}
        for d, label in ((-1, "lower"), (1, "upper")):
            last = round(start + d * max_runs * step, 10)   # the farthest value tested, said when nothing changed
            last = int(round(last)) if parameter == "n_cut" else last
            bound, why = math.nan, f"no change in range (tested {'down' if d < 0 else 'up'} to {last:g})"
            for k in range(1, max_runs + 1):
                st, res = results[(name, d * k)]
                if st == "ok" and res == baseline:
                    continue
                bound = round(start + d * (k - 1) * step, 10)
                bound = int(round(bound)) if parameter == "n_cut" else bound
                end = "" if st == "ok" else _range_end(parameter, round(start + d * k * step, 10))
                why = "solution changed" if st == "ok" else f"stopped: {end or res}"
                break
            else:   # no change within max_runs: a last value at the parameter's end is the bound (no step lies beyond)
                end = _range_end(parameter, round(start + d * (max_runs + 1) * step, 10))
                if end:
                    bound, why = last, f"stopped: {end}"
            row[label] = bound
            row[f"{label}_reason"] = why
        rows.append(row)
    out = pd.DataFrame(rows, columns=["threshold", "value", "lower", "lower_reason", "upper", "upper_reason"])
    out["solution"] = _kind(include, dir_exp)
    out["held_fixed"] = [_range_held(args, include, dir_exp, solve["exclude"], parameter if parameter != "calibration" else None)
                         for _ in range(len(out))]
    if out[["lower", "upper"]].isna().any(axis=None):   # NaN in every range: the bounds' columns as floats
        out[["lower", "upper"]] = out[["lower", "upper"]].astype(float)
    return ThresholdRange(out)
