"""Robustness of a QCA result: does the solution change when the analyst's choices change?

Each function re-runs truth table + minimisation over a list of settings and returns one tidy row per
setting (Schneider & Wagemann 2012; Oana & Schneider 2021 on calibration-range tests):
the setting, the solution compared ('solution': conservative, parsimonious or intermediate, minimize()'s for
`include` and `dir_exp`), what every setting shares with the baseline ('held_fixed': the cut-offs not swept, at the
values used, include and dir_exp, so that a saved frame says what was held fixed), the number of positive truth-table rows, the number of minimal models, their
expressions, the fit of the first model (inclS, PRI, covS), whether the models equal the baseline's,
and any columns returned by an optional `summarize(solution) -> dict` callback. Settings whose
analysis fails (e.g. no positive row left) get a row with `error` filled in instead of stopping the sweep.
`truth_table_changed` says whether the setting changes what minimisation sees of the truth table
(`TruthTable.signature`: the OUT of each row; case counts and scores alone do not count, nor a case moved to another
row or to exactly 0.5, in no row, while every row keeps its OUT): a sweep where no setting
does cannot change the solution (it has no power). Settings run as independent joblib tasks
(`n_jobs`, or the backend set with joblib.parallel_config); rows come back in the order of the settings.
The test-set protocol (robust core, robustness fit, case robustness) is in protocol.py.
"""
from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from .calibrate import PERCENTILE_ANCHORS, calibrate_frame, parse_thresholds
from .checks import choice_hint
from .errors import QCAInputError, in_number, quoted, user_stacklevel
from .data import case_name, check_case_column, prepare_data
from .protocol import TASK_ERRORS, lost_levels, model_key, run_tasks, task_error
from .minimize import minimize, refuse_partial_count, solution_kind
from .truth_table import swept_incl_cut, truth_table

__all__ = ["sensitivity_incl_cut", "sensitivity_n_cut", "sensitivity_pri_cut", "case_removal",
           "calibration_anchors", "perturbed_specs", "run_setting"]

Summarize = Callable[[object], Mapping[str, object]]
_BASE_COLUMNS = ["setting", "solution", "held_fixed", "n_positive_rows", "n_models", "models", "inclS", "PRI", "covS",
                 "same_as_baseline", "truth_table_changed", "error"]


def _run_setting(data: pd.DataFrame, outcome: str, conditions=None, *, include: str = "", dir_exp=None,
                summarize: Summarize | None = None, _table=None, **tt_kwargs) -> tuple[dict, object | None]:
    """run_setting plus '_truth_table' in the record: the table's signature, for power (`_table`: the setting's
    truth table when the caller built it already)."""
    record: dict = {}
    try:
        tt = truth_table(data, outcome, conditions, **tt_kwargs) if _table is None else _table
        record["n_positive_rows"] = int((tt.rows["OUT"] == "1").sum())
        record["_truth_table"] = tt.signature
        solution = minimize(tt, include=include, dir_exp=dir_exp)
        refuse_partial_count(solution)
    except TASK_ERRORS as err:
        record.update({"n_models": 0, "models": "", "inclS": np.nan, "PRI": np.nan, "covS": np.nan,
                       "error": task_error(err)})
        return record, None
    models = list(solution.models)
    first = models[0].fit if models else {}
    record.update({"n_models": int(solution.n_models), "models": " | ".join(m.expression for m in models),
                   "inclS": float(first.get("inclS", np.nan)), "PRI": float(first.get("PRI", np.nan)),
                   "covS": float(first.get("covS", np.nan)), "error": ""})
    if summarize is not None:
        try:
            extra = summarize(solution)
        except Exception as err:  # the user's callback: say which call failed (run_tasks names the setting)
            raise QCAInputError(f"summarize() raised {type(err).__name__}: {err}") from err
        if not isinstance(extra, Mapping):
            raise QCAInputError(f"summarize() must return a dict of extra columns, got {type(extra).__name__}")
        clash = set(extra) & set(_BASE_COLUMNS)
        if clash:
            raise QCAInputError(f"summarize() returned {in_number(len(clash), 'reserved column name')} {sorted(clash)}")
        record.update(extra)
    return record, solution


def run_setting(data: pd.DataFrame, outcome: str, conditions=None, *, include: str = "", dir_exp=None,
                summarize: Summarize | None = None, **tt_kwargs) -> tuple[dict, object | None]:
    """One analysis (truth table, then minimize) summarised as a flat dict; also returns the Solution
    (None if the analysis failed: the error text is in the dict)."""
    record, solution = _run_setting(data, outcome, conditions, include=include, dir_exp=dir_exp,
                                    summarize=summarize, **tt_kwargs)
    record.pop("_truth_table", None)
    return record, solution


def _task(task) -> tuple[dict, tuple | None]:
    """One setting (a joblib task): its record and the key of its models (None if it failed). `drop`: the position
    of a case to take out of `data` here, in the worker (case_removal: the tasks share one frame, not a copy each);
    `levels`: (conditions, their numbers of levels, case column) of multi-value data, whose removal of a case may
    take a level away (lost_levels: not compared)."""
    labels, data, drop, levels, tt_args, failure, outcome, conditions, include, dir_exp, summarize = task
    if data is not None and drop is not None:
        rest = data.iloc[np.r_[0:drop, drop + 1:len(data)]]
        if levels is not None:   # the only case at a level of a multi-value condition: another truth table
            conds, noflevels, case_column = levels
            initial = prepare_data(data, outcome, conds, case_column, warn=False).X
            lost = lost_levels(rest, outcome, conds, noflevels, case_column, initial=initial)
            if lost:
                data, failure = None, f"{labels['setting']}, {lost} (another truth table): not compared"
        if data is not None:
            data = rest
    if data is None:
        return {**labels, "n_models": 0, "models": "", "error": failure}, None
    record, solution = _run_setting(data, outcome, conditions, include=include, dir_exp=dir_exp,
                                    summarize=summarize, **tt_args)
    return {**labels, **record}, (None if solution is None else model_key(solution))


def _number(v) -> str:
    """A cut-off as the frames' settings write it: 0.8, 1, a pair (0.8, 0.6)."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return f"({', '.join(_number(x) for x in v)})"
    return f"{v:g}" if isinstance(v, (float, np.floating)) else str(v)


def _held_fixed(tt_kwargs: Mapping, include, dir_exp, swept: str | None = None) -> str:
    """What every setting of a sweep shares with its baseline, as one text ('n_cut=2; pri_cut=0; skew_bounds=(0.2,
    0.8); include='?'; dir_exp=None'): the cut-offs but the swept one (`swept`), at the values used (truth_table()'s
    defaults where not given; of a pair incl_cut=(ic1, ic0) swept, ic0), the skew bounds (None: no check),
    negate_outcome when set, and minimize()'s include and dir_exp. A saved frame (a CSV) says so on every row."""
    import inspect

    defaults = inspect.signature(truth_table).parameters
    parts = []
    for k in ("incl_cut", "n_cut", "pri_cut"):
        v = tt_kwargs.get(k, defaults[k].default)
        if k != swept:
            parts.append(f"{k}={_number(v)}")
        elif k == "incl_cut" and isinstance(v, (list, tuple, np.ndarray)) and len(v) == 2:
            parts.append(f"ic0={_number(v[1])}")   # each swept cut moves ic1 and keeps ic0 (swept_incl_cut)
    parts.append(f"skew_bounds={_number(tt_kwargs.get('skew_bounds', defaults['skew_bounds'].default))}")
    if tt_kwargs.get("negate_outcome"):
        parts.append("negate_outcome=True")
    return "; ".join(parts + [f"include={include!r}", f"dir_exp={dir_exp!r}"])


def _sweep(settings: Sequence[tuple], outcome, conditions, include, dir_exp, summarize,
           baseline, n_jobs=None, held: str = "") -> pd.DataFrame:
    """Run every (labels, data, truth-table arguments[, error[, position to drop, levels]]) setting as a joblib
    task, in order, and compare its models and truth table with the baseline's; a setting that already failed
    upstream (data None) keeps its error; one with a position runs on data without that case (_task). `held`: what
    every setting shares with the baseline (_held_fixed), the 'held_fixed' column."""
    base_key, base_tt = baseline
    kind = solution_kind(include, dir_exp)
    tasks = [(labels, data, *(more[1:3] if len(more) > 1 else (None, None)), tt_args, more[0] if more else "",
              outcome, conditions, include, dir_exp, summarize) for labels, data, tt_args, *more in settings]
    records = []
    for record, key in run_tasks(_task, tasks, n_jobs, label=lambda t: f"setting {t[0].get('setting', '')!s}",
                                 every=f"all {len(tasks)} settings"):
        record["solution"] = kind
        record["held_fixed"] = held
        record["same_as_baseline"] = bool(key is not None and base_key is not None and key == base_key)
        tt_sig = record.pop("_truth_table", None)
        record["truth_table_changed"] = bool(tt_sig is not None and base_tt is not None and tt_sig != base_tt)
        records.append(record)
    df = pd.DataFrame.from_records(records)
    label_cols = list(settings[0][0]) if settings else ["setting"]
    extra = [c for c in df.columns if c not in label_cols and c not in _BASE_COLUMNS]
    ordered = label_cols + [c for c in _BASE_COLUMNS if c not in label_cols] + extra
    return df.reindex(columns=ordered).reset_index(drop=True)


def _baseline(data, outcome, conditions, include, dir_exp, tt_kwargs):
    """The baseline's model key and truth-table signature. Its truth table must build: bad data, a bad cut-off
    or a mistyped keyword is the caller's error, refused here (a row per setting saying the same thing hid it), as
    are include and dir_exp that minimize() refuses; a baseline without a solution is an answer, and its settings
    read same_as_baseline False."""
    import inspect

    solution_kind(include, dir_exp)   # e.g. dir_exp without include='?' (the sweeps' default is '')
    takes = list(inspect.signature(truth_table).parameters)[3:]
    unknown = sorted(set(tt_kwargs) - set(takes))
    if unknown:  # checked by name: a TypeError from inside the engine is not the caller's keyword
        raise QCAInputError(f"the sweep's truth-table arguments: unknown {in_number(len(unknown), 'keyword')} "
                            f"{', '.join(unknown)} "
                            f"(truth_table() takes {', '.join(takes)})")
    tt = truth_table(data, outcome, conditions, **tt_kwargs)  # bad data or a cut-off out of range: the caller's error
    record, solution = _run_setting(data, outcome, conditions, include=include, dir_exp=dir_exp, _table=tt)
    return (None if solution is None else model_key(solution)), record.get("_truth_table")


def _check_values(name: str, values, kind=float, allowed: str = "") -> list:
    """values as a list of kind(value); a value kind() cannot read (a word, None, a pair, True) is refused naming
    its position in `name` and what is `allowed` (raised from float() it named neither)."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence | np.ndarray | pd.Series):
        raise QCAInputError(f"{name} must be a list of values, got {quoted(values)}")
    values = list(values)
    if not values:
        raise QCAInputError(f"{name} is empty: give at least one value")
    out = []
    for i, v in enumerate(values):
        try:
            if isinstance(v, (bool, np.bool_)):
                raise TypeError("a truth value")
            out.append(kind(v))
        except (TypeError, ValueError):
            raise QCAInputError(f"{name}[{i}] is {quoted(v)}, not a number: {allowed or 'give numbers'}") from None
    return out


def _cut_sweep(param: str, values, data, outcome, conditions, include, dir_exp, summarize, tt_kwargs, n_jobs=None):
    # a value of `param` in tt_kwargs sets the baseline analysis; the sweep replaces it
    base = _baseline(data, outcome, conditions, include, dir_exp, tt_kwargs)
    fmt = (lambda v: f"{param}={v:g}") if param != "n_cut" else (lambda v: f"{param}={v:d}")
    def value(v):  # a consistency cut-off moves ic1 of a pair (ic1, ic0) and keeps ic0, as threshold_range does
        return swept_incl_cut(tt_kwargs.get(param, 1.0), v) if param == "incl_cut" else v

    settings = [({"setting": fmt(v), param: v}, data, {**tt_kwargs, param: value(v)}) for v in values]
    return _sweep(settings, outcome, conditions, include, dir_exp, summarize, base, n_jobs,
                  _held_fixed(tt_kwargs, include, dir_exp, swept=param))


def sensitivity_incl_cut(data: pd.DataFrame, outcome: str, conditions=None, cuts=(0.75, 0.8, 0.85, 0.9, 0.95, 1.0),
                         *, include: str = "", dir_exp=None, summarize: Summarize | None = None,
                         n_jobs: int | None = None, **tt_kwargs) -> pd.DataFrame:
    """Re-run the analysis for each consistency threshold in `cuts`; 'same_as_baseline' compares with the
    analysis at `tt_kwargs` (e.g. incl_cut=0.8 there is the baseline; truth_table's default otherwise). With a
    pair incl_cut=(ic1, ic0) there, each cut moves ic1 and ic0 stays (below ic0, ic0 follows the cut).
    include: minimize()'s at every setting (default '': the conservative solution, as R QCA's minimize() and
    SetMethods' rob.inclrange / rob.ncutrange; '?': the parsimonious one; with dir_exp, the intermediate one), in
    the frame's 'solution' column."""
    cuts = _check_values("cuts", cuts, float, "each consistency cut-off is one number in [0, 1] (a pair "
                         "incl_cut=(ic1, ic0) goes in the baseline's incl_cut; each cut moves ic1)")
    bad = [c for c in cuts if not 0 <= c <= 1]
    if bad:
        raise QCAInputError(f"consistency cut-offs must lie in [0, 1], got {bad}")
    return _cut_sweep("incl_cut", cuts, data, outcome, conditions, include, dir_exp, summarize, tt_kwargs, n_jobs)


def sensitivity_n_cut(data: pd.DataFrame, outcome: str, conditions=None, cuts=(1, 2, 3), *, include: str = "",
                      dir_exp=None, summarize: Summarize | None = None, n_jobs: int | None = None,
                      **tt_kwargs) -> pd.DataFrame:
    """Re-run the analysis for each frequency threshold (minimum cases of an observed row) in `cuts`.
    include: minimize()'s at every setting (default '': the conservative solution, as R QCA's minimize() and
    SetMethods' rob.inclrange / rob.ncutrange; '?': the parsimonious one; with dir_exp, the intermediate one), in
    the frame's 'solution' column."""
    cuts = _check_values("cuts", cuts, lambda v: v)
    if any(isinstance(c, bool) or not isinstance(c, (int, np.integer)) or c < 1 for c in cuts):
        raise QCAInputError(f"frequency cut-offs must be whole numbers >= 1, got {cuts}")
    return _cut_sweep("n_cut", [int(c) for c in cuts], data, outcome, conditions, include, dir_exp, summarize,
                      tt_kwargs, n_jobs)


def sensitivity_pri_cut(data: pd.DataFrame, outcome: str, conditions=None, cuts=(0.5, 0.6, 0.7, 0.75),
                        *, include: str = "", dir_exp=None, summarize: Summarize | None = None,
                        n_jobs: int | None = None, **tt_kwargs) -> pd.DataFrame:
    """Re-run the analysis for each PRI threshold in `cuts`.
    include: minimize()'s at every setting (default '': the conservative solution, as R QCA's minimize() and
    SetMethods' rob.inclrange / rob.ncutrange; '?': the parsimonious one; with dir_exp, the intermediate one), in
    the frame's 'solution' column."""
    cuts = _check_values("cuts", cuts, float, "each PRI cut-off is one number in [0, 1]")
    if any(not 0 <= c <= 1 for c in cuts):
        raise QCAInputError(f"PRI cut-offs must lie in [0, 1], got {cuts}")
    return _cut_sweep("pri_cut", cuts, data, outcome, conditions, include, dir_exp, summarize, tt_kwargs, n_jobs)


def case_removal(data: pd.DataFrame, outcome: str, conditions=None, *, case_column: str | None = None,
                 include: str = "", dir_exp=None, summarize: Summarize | None = None, n_jobs: int | None = None,
                 **tt_kwargs) -> pd.DataFrame:
    """Drop each case in turn (in data order) and re-run the analysis: which cases carry the result? A case whose
    removal takes a level from a multi-value condition is not compared (another truth table): its row says why.
    include: minimize()'s at every setting (default '': the conservative solution, as R QCA's minimize() and
    SetMethods' rob.inclrange / rob.ncutrange; '?': the parsimonious one; with dir_exp, the intermediate one), in
    the frame's 'solution' column."""
    if not isinstance(data, pd.DataFrame) or data.empty:
        raise QCAInputError("data must be a non-empty pandas DataFrame")
    check_case_column(case_column)
    if case_column is not None and case_column not in data.columns:
        from .data import missing_case_column

        raise QCAInputError(missing_case_column(case_column, data))
    if len(data) < 3:
        raise QCAInputError("case removal needs at least 3 cases")
    names = [case_name(v) for v in (data[case_column] if case_column else data.index)]   # as prepare_data
    args = {**tt_kwargs, "case_column": case_column}
    base = _baseline(data, outcome, conditions, include, dir_exp, args)
    qd = prepare_data(data, outcome, conditions, case_column, warn=False)
    # each setting drops its case in its task (one frame for all, not n copies of n - 1 cases held here and sent);
    # of multi-value data, a removal that takes the only case at a level of a condition (the top one, or a lower one
    # the initial data's cases hold) leaves another truth table, not compared (as a robustness_protocol test
    # dropping it is refused); crisp and fuzzy conditions keep their two levels whatever is removed
    levels = (list(qd.conditions), qd.noflevels, case_column) if qd.multivalue else None
    settings = [({"setting": f"without {name}", "removed_case": name}, data, args, "", i, levels)
                for i, name in enumerate(names)]
    return _sweep(settings, outcome, conditions, include, dir_exp, summarize, base, n_jobs,
                  _held_fixed(tt_kwargs, include, dir_exp))


# ---------------------------------------------------------------- calibration anchors
def _anchor_list(rule: Mapping) -> tuple[tuple[str, ...] | None, np.ndarray]:
    return parse_thresholds(rule.get("thresholds"))


def perturbed_specs(spec: Mapping[str, Mapping], perturbation: float = 0.1, relative_to: str = "span",
                    sets: Sequence[str] | None = None) -> list[tuple[dict, dict]]:
    """One-at-a-time anchor shifts: for each set, each anchor and each direction, a copy of `spec` with that
    anchor moved by ± perturbation × (the anchors' span, or the anchor's own value if relative_to='value'; the span
    for an anchor of 0, which a share of itself would not move, and the value when the span is 0).
    Returns (labels, spec) pairs in spec order, anchor order, minus before plus."""
    if isinstance(perturbation, bool) or not isinstance(perturbation, (int, float)) or not 0 < perturbation < 1:
        raise QCAInputError(f"perturbation must be a fraction in (0, 1), got {quoted(perturbation)}")
    if relative_to not in ("span", "value"):
        raise QCAInputError(f"relative_to must be 'span' or 'value', got {quoted(relative_to)}"
                            f"{choice_hint(relative_to, ('span', 'value'))}")
    chosen = list(spec) if sets is None else list(sets)
    unknown = [s for s in chosen if s not in spec]
    if unknown:
        raise QCAInputError(f"sets not in the calibration spec: {unknown}")
    out = []
    for name in chosen:
        names, values = _anchor_list(spec[name])
        labels = list(names) if names is not None else [f"t{j + 1}" for j in range(len(values))]
        span = float(values.max() - values.min())
        for j, label in enumerate(labels):
            base = abs(values[j]) if (relative_to == "value" or span == 0) else span
            if base == 0:   # an anchor of 0 shifted by a share of itself does not move: use the span instead
                base = span
            if base == 0:
                raise QCAInputError(f"{name}.{label}: the anchor is 0 and the anchors' span is 0, so a shift of "
                                    f"{perturbation:g} x either moves nothing; give distinct anchors")
            for sign in (-1, 1):
                delta = sign * perturbation * base
                new = values.copy()
                new[j] = values[j] + delta
                thresholds = dict(zip(names, new.tolist())) if names is not None else new.tolist()
                rule = {**spec[name], "thresholds": thresholds}
                info = {"setting": f"{name}.{label} {'-' if sign < 0 else '+'}{perturbation:g}",
                        "set": name, "anchor": label, "original": float(values[j]), "perturbed": float(new[j])}
                out.append((info, {**spec, name: rule}))
    return out


def _refuse_calibrated_missing(data: pd.DataFrame, spec: Mapping, outcome: str, conditions, case_column) -> None:
    """calibration_anchors' refusal of cases its calibration leaves without a membership in a set the analysis uses
    (a missing raw value or a missing_codes value, kept by missing: keep): the truth table's refusal said to drop them
    from the calibrated frame (drop_missing_cases(df, ...)), which the sweep makes anew at every setting; they are
    left out of the raw data instead, named by their index labels there."""
    from .data import missing_cells

    used = [c for c in dict.fromkeys([outcome.lstrip("~").split("{")[0], *conditions]) if c in spec and c in data]
    gaps = {c: missing_cells(data, c) for c in used}
    gaps = {c: mask for c, mask in gaps.items() if mask.any()}
    if not gaps:
        return
    rows = np.logical_or.reduce(list(gaps.values()))
    names = (data[case_column] if case_column is not None and case_column in data else data.index)[rows].tolist()
    labels = data.index[rows].tolist()
    shown = ", ".join(quoted(str(n)) for n in names[:5]) + (" ..." if len(names) > 5 else "")
    raise QCAInputError(f"case(s) {shown} have no membership in {', '.join(map(quoted, gaps))} after calibration (a "
                        "missing raw value, or one of missing_codes, kept by missing='keep'): every setting recalibrates "
                        f"the raw data, so leave those cases out of them first, raw.drop(index={labels!r})")


def _settings_that_gave(where: list[str], n: int) -> str:
    """How calibration_anchors names the settings whose calibration gave a warning (`where`, of `n` in all): none for
    the baseline alone (calibrate_frame's warning as it is), all of them counted, or the first few named, the others
    counted, as protocol.run_tasks names the tasks of a sweep's warnings."""
    from .protocol_tasks import _WHERE_SHOWN

    if where == ["baseline"]:
        return ""
    if len(where) == n and n > 1:
        return f" (all {n} settings: the baseline and the {n - 1} shifted anchors)"
    more = f"; and {len(where) - _WHERE_SHOWN} more of {n}" if len(where) > _WHERE_SHOWN else ""
    return f" ({'; '.join(where[:_WHERE_SHOWN])}{more})"


def calibration_anchors(raw: pd.DataFrame, spec: Mapping[str, Mapping], perturbation: float = 0.1, *,
                        outcome: str, conditions=None, keep: Sequence[str] = (), relative_to: str = "span",
                        sets: Sequence[str] | None = None, include: str = "", dir_exp=None,
                        summarize: Summarize | None = None, n_jobs: int | None = None,
                        **tt_kwargs) -> pd.DataFrame:
    """Recalibrate `raw` with each anchor shifted in turn (see perturbed_specs) and re-run the analysis.

    spec is calibrate_frame's: {set: {"source": raw column, "thresholds": ..., ...}} (a set's "percentiles": the
    anchors they give on raw, shifted as thresholds are); `keep` lists raw
    columns used as they are (e.g. an already calibrated outcome, the case names). The first row is the
    baseline (unperturbed anchors).
    include: minimize()'s at every setting (default '': the conservative solution, as R QCA's minimize() and
    SetMethods' rob.calibrange; '?': the parsimonious one; with dir_exp, the intermediate one), in the frame's
    'solution' column. A shift that leaves a set on one side of 0.5 for every case is warned of (calibrate_frame's
    warning), with the setting named, as the skew warnings name it. A warning every recalibration gives alike (a
    missing-value code among the raw values) is given once, with the settings counted, as the sweeps' own warnings
    are (protocol.run_tasks); one the baseline alone gives, as calibrate_frame gives it."""
    if conditions is None:
        conditions = [s for s in spec if s != outcome.lstrip("~").split("{")[0]]
    given: dict = {}   # (category, message) -> the settings whose calibration gave it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        baseline_data = calibrate_frame(raw, spec, keep=keep)
    for w in caught:
        given.setdefault((w.category, str(w.message)), []).append("baseline")
    anchors = baseline_data.attrs.get(PERCENTILE_ANCHORS, {})
    if anchors:   # a set's percentiles made its anchors: those raw values are shifted, as any set's thresholds
        spec = {n: {**{k: v for k, v in r.items() if k != "percentiles"}, "thresholds": anchors[n]["thresholds"]}
                if n in anchors else r for n, r in spec.items()}
    settings = [({"setting": "baseline", "set": "", "anchor": "", "original": np.nan, "perturbed": np.nan},
                 baseline_data, tt_kwargs)]
    for info, new_spec in perturbed_specs(spec, perturbation, relative_to, sets):
        try:
            with warnings.catch_warnings(record=True) as caught:   # calibrate_frame's, named by their setting
                warnings.simplefilter("always")
                settings.append((info, calibrate_frame(raw, new_spec, keep=keep), tt_kwargs))
        except QCAInputError as err:          # e.g. the shift crosses a neighbouring anchor
            settings.append((info, None, tt_kwargs, f"not calibrated: {str(err).splitlines()[0]}"))
        for w in caught:   # e.g. a shift that leaves every case of the set on one side of 0.5
            given.setdefault((w.category, str(w.message)), []).append(f"setting {info['setting']}")
    for (category, message), where in given.items():
        warnings.warn(message + _settings_that_gave(where, len(settings)), category, stacklevel=user_stacklevel())
    _refuse_calibrated_missing(baseline_data, spec, outcome, conditions, tt_kwargs.get("case_column"))
    base = _baseline(baseline_data, outcome, conditions, include, dir_exp, tt_kwargs)
    return _sweep(settings, outcome, conditions, include, dir_exp, summarize, base, n_jobs,
                  _held_fixed(tt_kwargs, include, dir_exp))
