"""The data each specification of the robustness protocol and of a threshold range is run on: the analysed frame
and the raw values indexed by case name, a test's cases dropped or kept and its sets recalibrated from the raw
values (with the warnings of a reversed or missing-code calibration), what a recalibration moves
(calibration_sides), and the refusal of a test that leaves a multi-value condition fewer levels (lost_levels).
"""
from __future__ import annotations

import warnings
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ._near import did_you_mean, hints_by_name, unknown_keys
from .calibrate import (BELL_NAMES, S_NAMES, _calibrate_no_constant_note, _percentile_thresholds, missing_code_note,
                        parse_thresholds, raw_column_hint, raw_columns_meant, unquoted_thresholds_hint)
from .data import (QCAWarning, case_name, check_arrow_types, check_case_column, empty_levels, prepare_data,
                   wide_operator_hint)
from .data_cells import _numeric
from .data_hints import _near
from .data_lists import _all_names, _names_with_values
from .errors import QCAInputError, in_number, quoted, user_stacklevel
from .r_calls import refuses_r_only_arguments
from .separators import grouped_numbers
from .protocol_test_set import CALIBRATE_RULE_KEYS


def _same_sets(data: pd.DataFrame, base: pd.DataFrame, columns) -> bool:
    """Whether a test's data hold the initial data's cases with the same memberships in the analysed sets."""
    if len(data) != len(base) or list(data.index) != list(base.index):
        return False
    return all(np.array_equal(np.asarray(data[c], float), np.asarray(base[c], float), equal_nan=True) for c in columns)


def _spec_data(base: pd.DataFrame, raw: pd.DataFrame | None, spec: Mapping) -> pd.DataFrame:
    """A test's data: `base` itself for a test of cut-offs only (its tasks share one frame, which a Dask cluster is
    sent once and memory holds once), a copy with cases dropped or kept and/or recalibrated otherwise. The cases are
    chosen first: a recalibration reads the raw values of the test's own cases (a case dropped needs none)."""
    data = base
    for key, keep in (("drop_cases", False), ("keep_cases", True)):
        if key in spec:
            unknown = [c for c in spec[key] if c not in base.index]
            if unknown:
                known = [str(c) for c in base.index]
                numbered = known in ([str(i) for i in range(1, len(known) + 1)], [str(i) for i in range(len(known))])
                same = {str(u): k for u in unknown for k in known if k.strip().casefold() == str(u).strip().casefold()}
                near = (hints_by_name((u, f"; {did_you_mean([same[str(u)]])}" if str(u) in same else "")
                                      for u in unknown) + " (case names are case-sensitive)" if same
                        else wide_operator_hint(unknown[0]))
                raise QCAInputError(
                    f"test {quoted(spec['label'])}: unknown case(s) {_all_names(unknown)} in {key}{near} (the data's cases: "
                    f"{_all_names(known)})" + ("; the data has no case names, so its cases are numbered: name the "
                                   "column of case names, case_column (CLI: --case-column)" if numbered else ""))
            mask = data.index.isin(spec[key])
            data = data[mask] if keep else data[~mask]
    if data.empty:
        raise QCAInputError(f"test {quoted(spec['label'])} leaves no case to analyse")
    if spec.get("calibrate"):
        data = data.copy()
    for name, rule in (spec.get("calibrate") or {}).items():
        if raw is None:
            raise QCAInputError(f"test {quoted(spec['label'])} recalibrates {quoted(name)}: give the raw data: raw=DATAFRAME "
                                "(CLI: --raw FILE)")
        if name not in data.columns:   # every set it does not know in one line, each with its own hint
            unknown = [n for n in spec["calibrate"] if n not in data.columns]
            said = (f"{name!r}, which is not a set" if len(unknown) == 1 else
                    f"{', '.join(map(repr, unknown))}, which are not sets")
            raise QCAInputError(f"test {quoted(spec['label'])}: calibrate names {said} of the data"
                                f"{hints_by_name((n, _near(str(n), data.columns)) for n in unknown)} "
                                f"(sets: {_all_names(list(data.columns))})")
        if not isinstance(rule, Mapping):
            raise QCAInputError(f"test {quoted(spec['label'])}: calibrate {quoted(name)} must map calibrate() arguments, "
                                f"e.g. {{thresholds: 'e=1, c=2, i=3'}}, got {quoted(rule)}")
        unknown = [k for k in rule if k not in CALIBRATE_RULE_KEYS]
        if unknown:
            raise QCAInputError(f"test {quoted(spec['label'])}: calibrate {quoted(name)}: "
                                f"{unknown_keys(unknown, CALIBRATE_RULE_KEYS, 'argument')}{unquoted_thresholds_hint(rule)}")
        args = dict(rule)
        source = args.pop("source", name)
        digits = args.pop("round", None)
        if digits is not None and (isinstance(digits, bool) or not isinstance(digits, (int, np.integer))
                                   or not 0 <= digits <= 15):
            raise QCAInputError(f"test {quoted(spec['label'])}: calibrate {quoted(name)}: round must be a whole number of decimal "
                                f"places from 0 to 15, got {quoted(digits)}")
        raw_values = _raw_values(raw, data.index, source, f"test {spec['label']!r}",
                                 unnamed="" if "source" in rule else "test", test=True)
        try:
            if "percentiles" in args:   # the anchors at these percentiles of the test's cases' raw values
                if "thresholds" in args:
                    raise QCAInputError("give thresholds or percentiles, not both (percentiles make the thresholds: "
                                        "the raw values at those percentiles)")
                args["thresholds"] = _percentile_thresholds(raw_values, args.pop("percentiles"))
            values = np.asarray(_calibrate_no_constant_note(raw_values, **args, code_note=False),
                                float)   # warns below, naming the test
        except (QCAInputError, TypeError) as err:
            raise QCAInputError(f"test {quoted(spec['label'])}: calibrating {quoted(name)}: {err}") from None
        _warn_missing_code(f"test {quoted(spec['label'])}: calibrating {quoted(name)}", raw_values, data.index)
        data[name] = np.round(values, int(digits)) if digits is not None else values
        if args.get("type", "fuzzy") == "fuzzy" and args.get("method", "direct") == "direct":
            _warn_reversed(f"test {spec['label']!r}", name, values, base.loc[data.index, name], args.get("thresholds"))
        side = ("at or above 0.5" if (values >= 0.5).all() else "below 0.5" if (values < 0.5).all() else "")
        if args.get("type") == "crisp":
            side = f"at level {values[0]:g}" if len(np.unique(values)) == 1 else ""
        if side:   # e.g. --raw given the memberships file: every raw value below the exclusion anchor
            from .data import QCAWarning

            warnings.warn(f"test {quoted(spec['label'])}: recalibrated, every case of {quoted(name)} is {side} (raw {quoted(source)} "
                          f"from {np.min(raw_values):g} to {np.max(raw_values):g}, thresholds "
                          f"{quoted(args.get('thresholds'))}), so in this test {quoted(name)} does not vary in kind; check the raw "
                          "data and the thresholds", QCAWarning, stacklevel=user_stacklevel())
    return data


@refuses_r_only_arguments("calibration_sides")
def calibration_sides(initial: pd.DataFrame, recalibrated: pd.DataFrame, sets: Sequence) -> dict:
    """Where a recalibration puts the cases against the crossover, for good_practice's rule on plausible alternative
    calibrations (standards.implausible_calibration): {'moved': {set: cases on the other side of 0.5 than in
    `initial`, counted on the cases both hold (exactly 0.5, in no truth-table row, counts as a side of its own)},
    'changed': {set: cases whose membership differs (side or degree)}, 'one_sided': [(set, 'above' or 'below'): each
    of `sets` whose cases in `recalibrated` are all on one side of 0.5 ('at': all at 0.5)]}, for each of `sets` (the
    sets a test recalibrates). `initial` and `recalibrated`: memberships, cases as the index, a column per set.
    robustness_protocol records it for each test that recalibrates a set (RobustnessProtocol.calibration_sides);
    a sweep of one's own (Paper A's sweep_power) gives it per setting."""
    missing = [c for frame in (initial, recalibrated) for c in sets if c not in frame.columns]
    if missing:
        raise QCAInputError(f"calibration_sides: set {quoted(str(missing[0]))} is not a column of both memberships "
                            f"(initial: {_all_names(list(initial.columns))}; recalibrated: "
                            f"{_all_names(list(recalibrated.columns))})")
    common = initial.index.intersection(recalibrated.index)
    moved, changed, one_sided = {}, {}, []
    for c in sets:
        a, b = initial.loc[common, c].to_numpy(dtype=float), recalibrated.loc[common, c].to_numpy(dtype=float)
        moved[c] = int((np.sign(a - 0.5) != np.sign(b - 0.5)).sum())   # to or from exactly 0.5 too: in no row then
        changed[c] = int((a != b).sum())
        values = recalibrated[c].to_numpy(dtype=float)
        if not (values > 0.5).any() or not (values < 0.5).any():
            one_sided.append((c, "above" if (values > 0.5).any() else "below" if (values < 0.5).any() else "at"))
    return {"moved": moved, "changed": changed, "one_sided": one_sided}


def _warn_missing_code(who: str, values: np.ndarray, cases) -> None:
    """A recalibration's warning on a raw value that looks like a missing-value code (calibrate.missing_code_note:
    99 among 1..5), named by `who` (the test and set, the range) and by its cases, with the advice that holds
    there: a recalibration reads a raw value for every case of the data, so such a case is left out of the data
    (calibrate()'s own advice, x.replace(99, np.nan) with missing='keep', was refused there)."""
    note = missing_code_note(np.asarray(values, dtype=float),
                             pd.Series(values, index=pd.Index(list(cases), name="case")), recalibration=True)
    if note:
        warnings.warn(f"{who}: {note}", QCAWarning, stacklevel=user_stacklevel())


def _held(values: pd.Series) -> str:
    """The levels a multi-value column holds, as 0..2 when they run without a gap, else as 0, 2."""
    held = sorted(int(v) for v in pd.unique(values.dropna()))
    return f"{held[0]}..{held[-1]}" if held == list(range(held[0], held[-1] + 1)) and len(held) > 1 else \
        ", ".join(map(str, held))


def _recalibrated_fuzzy(spec: Mapping, data_s: pd.DataFrame, outcome: str, conds, qd) -> set[str]:
    """The conditions a test recalibrates into fuzzy sets, read as prepare_data reads them (a recalibration into
    levels 0, 1, 2 is multi-value, not fuzzy); none when the test's data cannot be read (its task says why). A
    recalibration that changes a condition's number of levels (crisp into 0, 1, 2; three levels into two), or leaves
    a multi-value level without a case, is refused: its solutions are of another truth table space, their DEV[1] not
    the initial data's DEV[1]."""
    recal = [c for c in spec.get("calibrate") or {} if c in conds]
    if not recal:
        return set()
    try:
        qs = prepare_data(data_s, outcome, conds, warn=False)
    except QCAInputError:
        return set()
    for c, a, b, kind in zip(conds, qd.noflevels, qs.noflevels, qs.kinds):
        # a multi-value level left without a case (the lowest or a middle one too, as a calibration range stops
        # there): another truth table, as are fewer levels
        empty = empty_levels(data_s[c], a) if c in recal and a > 2 and kind != "fuzzy" else []
        if c in recal and (a != b or empty):
            now = "is a fuzzy set" if kind == "fuzzy" else f"has levels 0..{b - 1}"
            rule = spec["calibrate"][c]
            try:
                cuts = (len(parse_thresholds(rule.get("thresholds", rule.get("percentiles")))[1])
                        if rule.get("type") == "crisp" else 0)
            except QCAInputError:
                cuts = 0
            if kind != "fuzzy" and b <= a and (cuts == a - 1 or a == b):   # a level left empty
                raise QCAInputError(
                    f"test {quoted(spec['label'])}: recalibrated with {cuts} cut points, condition {quoted(c)} has no case at "
                    f"level(s) {', '.join(map(str, empty))} (values {_held(data_s[c])} only), not the initial data's "
                    f"levels 0..{a - 1}, so its solutions could not be compared with the initial one (another truth "
                    "table); move the thresholds so that every level holds a case")
            raise QCAInputError(
                f"test {quoted(spec['label'])}: recalibrated, condition {quoted(c)} {now}, not levels 0..{a - 1} as in the "
                f"initial data, so its solutions could not be compared with the initial one (another truth table); "
                + (f"recalibrate it into {a} levels: type 'crisp' with {a - 1} thresholds" if a > 2 else
                   "recalibrate it into a crisp set (type 'crisp', one threshold) or a fuzzy set"))
    return {c for c, kind in zip(qs.conditions, qs.kinds) if c in recal and kind == "fuzzy"}


def _warn_reversed(who: str, name, recalibrated, own, thresholds) -> None:
    """A fuzzy recalibration running against the data's own set (negatively correlated memberships) is warned about:
    anchors given the other way round (e above i) are read as a decreasing set, as R's calibrate() reads them, so a
    swapped e and i pass unseen and the test or range analyses the set's negation."""
    try:   # a column outside the analysis may hold anything (the test is refused for it later)
        a, b = np.asarray(recalibrated, float), np.asarray(own, float)
    except (TypeError, ValueError):
        return
    if len(a) < 2 or np.ptp(a) == 0 or np.ptp(b) == 0 or np.isnan(a).any() or np.isnan(b).any():
        return
    r = float(np.corrcoef(a, b)[0, 1])
    if not r < 0:
        return
    try:
        anchors = _anchor_values(thresholds)
    except QCAInputError:
        anchors = {}
    text = ", ".join(f"{k}={v:g}" for k, v in anchors.items()) or repr(thresholds)
    way = ("" if set(anchors) != set(S_NAMES) else
           " (e above i: a decreasing set, membership falling as the raw value rises, as R's calibrate() reads such "
           "anchors)" if anchors["e"] > anchors["i"] else " (e below i: an increasing set)")
    from .data import QCAWarning

    warnings.warn(f"{who}: recalibrated with thresholds {text}{way}, {quoted(name)} runs against the data's own {quoted(name)} "
                  f"(correlation {r:.2f} over the cases): are e and i swapped? If the direction is meant, ignore this",
                  QCAWarning, stacklevel=user_stacklevel())


def _source_hint(name, columns, form: str) -> str:
    """How to name a set's raw column that is named otherwise, when no `source` was given and the raw data lack the
    set's own name: form 'test' (a test's calibrate mapping, as a sweep file writes it) or 'range' (threshold_range's
    argument, a sweep file's range key), with the column meant where one is near, else RAW."""
    raw = (raw_columns_meant(name, columns)[0] or ["RAW"])[0]
    how = (f"calibrate: {{{name}: {{source: {raw}, thresholds: ...}}}}" if form == "test" else
           f"threshold_range(..., source={raw!r}), a sweep file's range source: {raw}")
    return f"; a raw column named otherwise than its set is given as its source: {how}"


def _raw_values(raw: pd.DataFrame, cases, source, who: str, *, unnamed: str = "", test: bool = False,
                ranged: bool = False, numbered: bool = False, case_column: str | None = None) -> np.ndarray:
    """The raw column `source` for `cases`, as numbers: every case present and every value a number (a cell is read
    as in a data file, `data._numeric`: no-break spaces around a number are fine, NA markers are missing).
    unnamed: 'test' or 'range' when `source` is the set's own name, no source given (the message says how to give
    one), '' when the caller named the source. test: a protocol test's cases, which its drop_cases can leave out (a
    case without a raw value: the refusal says how); ranged: a calibration range's cases, every case of the data
    analysed (the refusal says how to leave such a case out of that data); numbered: that data's cases are whole
    numbers (an index of 1, 2, 3), which its data.drop(index=...) must give as numbers; case_column: the column of
    that data naming its cases (case_column=), whose cases are left out by that column, not by the index (data.drop(
    index=['CZ']) was a KeyError on an index of 0, 1, 2)."""
    if source not in raw.columns:
        raise QCAInputError(f"{who}: raw column {quoted(source)} not in the raw data{raw_column_hint(source, raw.columns)} "
                            f"(columns: {', '.join(map(str, raw.columns))})"
                            f"{_source_hint(source, raw.columns, unnamed) if unnamed else ''}")
    missing = [c for c in cases if c not in raw.index]
    if missing:
        # the names in a column of the raw data (read without index_col): say which, and how to use it
        holding = [str(c) for c in raw.columns if set(missing) <= {str(v).strip() for v in raw[c]}]
        hint = (f"; column {holding[0]!r} of the raw data holds {in_number(len(missing), 'the name')}: read it "
                f"with index_col={holding[0]!r}, or pass "
                f"raw_case_column={holding[0]!r} (CLI: --raw-case-column {holding[0]})"
                if holding else "")
        folded = {str(n).casefold(): str(n) for n in raw.index}
        near = [(m, folded[str(m).casefold()]) for m in missing if str(m).casefold() in folded]
        if near and not hint:   # 'be' for BE: the same name in another case
            hint = ("; it holds " + ", ".join(repr(r) for _, r in near[:5]) + " (case names are case-sensitive)")
        raise QCAInputError(f"{who}: {in_number(len(missing), 'case')} {_all_names(missing)} not in the raw data{hint}")
    col = raw.loc[list(cases), source]
    values, missing, non_numeric = _numeric(raw.loc[list(cases)], source)
    cells = [v.item() if isinstance(v, np.generic) else v for v in col.to_numpy(dtype=object)]   # nan, not np.float64
    if (missing | non_numeric).any():
        # numbered cases as the file or the frame has them, unquoted: data.drop(index=['3']) was a KeyError on an
        # index of whole numbers; a test's drop_cases reads 3 as the case 3 (as '3'), so its line writes 3
        gaps = [int(c) if (test or numbered) and str(c).isdecimal() and str(int(c)) == str(c) else case_name(c)
                for c in col.index[missing]]
        them = "them" if len(gaps) > 1 else "it"
        leave = (f"; to leave the case{'s' if len(gaps) > 1 else ''} without one out of this test: drop_cases: {gaps!r}"
                 if test and gaps else
                 f"; to leave the case{'s' if len(gaps) > 1 else ''} without one out of the range, leave {them} out of "
                 f"the data analysed: "
                 + (f"data[~data[{case_column!r}].isin({gaps!r})]" if case_column is not None else
                    f"data.drop(index={gaps!r})")
                 + " (on the command line: leave "
                 f"{'their memberships' if len(gaps) > 1 else 'its membership'} in the data file empty, as the calibrate "
                 "command's missing: keep does, and pass --drop-missing)" if ranged and gaps else "")
        raise QCAInputError(f"{who}: raw column {quoted(source)} has a missing or non-numeric value for case(s) "
                            f"{_names_with_values(list(col.index), missing | non_numeric, cells)}; calibration needs "
                            f"a number for every case{leave}")
    doubt = grouped_numbers(raw.loc[list(cases)], source)
    if doubt is not None:   # '1.038' where the raw data write decimal commas: 1038, not 1.038
        level, mask, why = doubt
        said = (f"{who}: raw column {source!r} ({in_number(int(mask.sum()), 'case')} "
                f"{_names_with_values(list(col.index), mask, cells)}): {why}")
        if level == "error":
            raise QCAInputError(said)
        warnings.warn(said, QCAWarning, stacklevel=user_stacklevel())
    return values


def lost_levels(data: pd.DataFrame, outcome, conds, noflevels, case_column=None, initial=None) -> str:
    """'' if every multi-value condition keeps its levels (`noflevels`, the initial data's) in `data`, else what
    was lost ("condition 'DEV' has levels 0..1, not the initial data's 0..2"): with fewer levels a truth table
    and its solutions are of another space (DEV for DEV[v]; other row numbers), not comparable with the initial
    ones. With `initial` (the initial data's condition matrix, QCAData.X) a lower or middle level that a case holds
    there and none in `data` is lost too ("condition 'DEV' has values 0, 2 only, no case at level 1 ..."): the
    space keeps its size, but the level's configurations all become remainders, so what the solutions say of it is
    no longer the cases' (the protocol refuses the same for a recalibration that empties a level, and a calibration
    range stops there; the compendium's reading). Without `initial` only fewer levels count. Data that cannot be
    analysed at all give '' (their run reports that)."""
    try:
        qs = prepare_data(data, outcome, conds, case_column, warn=False)
    except QCAInputError:
        return ""
    lost = [(c, a, b) for c, a, b in zip(conds, noflevels, qs.noflevels) if b < a]
    if lost:
        c, a, b = lost[0]
        return f"condition {c!r} has levels 0..{b - 1}, not the initial data's 0..{a - 1}"
    if initial is None:
        return ""
    for j, (c, a) in enumerate(zip(conds, noflevels)):
        if a <= 2 or qs.kinds[j] == "fuzzy":
            continue
        gone = [v for v in empty_levels(qs.X[:, j], a) if v not in empty_levels(np.asarray(initial)[:, j], a)]
        if gone:
            return (f"condition {c!r} has values {_held(pd.Series(qs.X[:, j]))} only, no case at "
                    f"level{'s' if len(gone) > 1 else ''} {', '.join(map(str, gone))} where the initial data has "
                    f"cases (levels 0..{a - 1})")
    return ""


def _same_levels(label, data: pd.DataFrame, outcome, conds, qd) -> None:
    """A test that drops cases from multi-value data must leave every condition its levels, the lowest and middle
    ones held by a case as in the initial data (`lost_levels`)."""
    lost = lost_levels(data, outcome, conds, qd.noflevels, initial=qd.X)
    if lost:
        raise QCAInputError(f"test {quoted(label)}: without the cases it drops, {lost}, so its solutions could not be "
                            "compared with the initial one (another truth table); drop fewer cases, or recode the "
                            "condition in both")


def _frame(data: pd.DataFrame, case_column: str | None) -> pd.DataFrame:
    if not isinstance(data, pd.DataFrame) or data.empty:
        raise QCAInputError("data must be a non-empty pandas DataFrame")
    check_case_column(case_column)
    if case_column is not None:
        if case_column not in data.columns:
            from .data import missing_case_column

            raise QCAInputError(missing_case_column(case_column, data))
        data = data.set_index(case_column)
    out = data.copy()
    out.index = [case_name(i) for i in out.index]   # as prepare_data names the cases: ' AU ' is AU
    return out


def _raw_frame(raw, raw_case_column: str | None, case_column: str | None, data: pd.DataFrame | None = None
               ) -> pd.DataFrame:
    """The raw values for recalibration, indexed by case name: raw_case_column, else the data's case_column where
    raw has it, else raw's index. Each case once (a case given twice has no one raw value). `data` (the analysed
    frame as given): with it, data and raw both indexed by position (a RangeIndex: read without index_col) while
    both hold a column of case names is refused, since their cases would be matched by row position."""
    if not isinstance(raw, pd.DataFrame) or raw.empty:
        got = "an empty DataFrame" if isinstance(raw, pd.DataFrame) else type(raw).__name__
        raise QCAInputError(f"raw must be a non-empty pandas DataFrame of raw values, one row per case, got {got}"
                            + (": read the file first, e.g. raw=pd.read_csv(path, index_col='case')"
                               if isinstance(raw, (str, bytes)) or hasattr(raw, "__fspath__") else ""))
    check_arrow_types(raw, "raw")   # pyarrow's string_view: pandas' NotImplementedError at its rows' take
    column = raw_case_column if raw_case_column else case_column if case_column in raw.columns else None
    if column is not None and column not in raw.columns:
        raise QCAInputError(f"raw_case_column {quoted(column)} is not a column of the raw data (columns: "
                            f"{_all_names([str(c) for c in raw.columns])})")
    if data is not None and case_column is None and column is None and isinstance(data.index, pd.RangeIndex) \
            and isinstance(raw.index, pd.RangeIndex):
        from .read import shared_name_columns

        shared = shared_name_columns(data, raw)
        if shared:
            raise QCAInputError(
                f"the data and the raw values are both indexed by position (read without index_col), so the raw "
                f"values would be matched to the cases by row position; column {quoted(shared[0])} of both holds a "
                f"different text for every case, like case names: pass case_column={quoted(shared[0])} (CLI: "
                f"--case-column {shared[0]}), or read both with index_col={quoted(shared[0])}")
    out = _frame(raw, column)
    dup = sorted(set(out.index[out.index.duplicated()]))
    if dup:
        raise QCAInputError(f"the raw data has duplicate case name(s) {_all_names(dup)}: each case needs one row of "
                            "raw values")
    return out


def _anchor_values(thresholds) -> dict[str, float]:
    """Fuzzy calibration anchors by name, from any form calibrate() takes (named or in R's order e, c, i or
    e1, c1, i1, i2, c2, e2): a range moves each anchor in turn."""
    names, values = parse_thresholds(thresholds)
    if names is None:
        by_count = {len(S_NAMES): S_NAMES, len(BELL_NAMES): BELL_NAMES}
        if len(values) not in by_count:
            raise QCAInputError(f"a calibration range needs 3 thresholds (e, c, i) or 6 (e1, c1, i1, i2, c2, e2), "
                                f"got {quoted(thresholds)}")
        names = by_count[len(values)]
    return {n: float(v) for n, v in zip(names, values)}
