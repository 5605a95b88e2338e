"""The columns an analysis uses read as sets: every column's cells as numbers, one error naming every missing,
non-numeric and ambiguous cell with its hint (_numeric_columns); the kind of each set, crisp, multi-value or fuzzy,
or the error naming the values out of range (_kind); a column of case identifiers refused as a condition.
"""
from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd

from .data_cases import _summary_rows, repeated_case_names
from .data_cells import _cell_shown, _mostly_numbers, _numeric, _text_column
from .data_files import DATE_VARIABLES, PROGRAM, FileLines, cells_at, file_lines, kept_lines
from .data_lists import _all_names, _names, _names_with_values
from .data_value_hints import _value_hint
from .data_warning import QCAWarning
from .errors import QCADataError, quoted, shortened, user_stacklevel


#: Levels of a multi-value condition at most (values 0..MAX_LEVELS-1); more suggests uncalibrated raw data.
MAX_LEVELS = 20
#: Tolerance for deciding that a number is an integer (crisp / multi-value data read from text).
_INT_TOL = 1e-9


def _numeric_columns(df: pd.DataFrame, cols: list[str], cases, to_calibrate: bool = False,
                     texts: dict | None = None, notes: list | None = None,
                     allow_missing=(), case_column=None) -> dict[str, np.ndarray]:
    """Every used column as floats; one error lists all missing, all non-numeric and all ambiguous cells (column:
    cases; ambiguous: '1.038' where the data write decimal commas, separators.grouped_numbers). `to_calibrate`: raw
    values to be calibrated (the hints then do not ask to calibrate first). `texts`: columns' `_text_column`, when
    the caller has them already. `notes`: where a doubt that is no error goes (a column of amounts like '1.038' and
    '586'); without it, a QCAWarning. `allow_missing`: columns whose missing cells are NaN, not an error (raw values
    of a set calibrated with missing='keep'). `case_column`: the analysis' column of case names, given again in
    the drop_missing_cases line the missing-value error suggests (without it, that line's warning names the cases
    by their row labels)."""
    from .separators import grouped_numbers

    out, missing, bad, hints, grouped, gaps = {}, [], [], {}, [], []
    unfilled = np.zeros(len(cases), dtype=bool)   # the cases with a missing cell: a summary row is named as one
    at = file_lines(df, cases)   # a worksheet read by the engine: the messages name its cells too
    origin = kept_lines(df)
    sheet = origin is not None and origin.sheet is not None   # the hints say how to fix a cell in Excel
    dated = dict(getattr(df, "attrs", {}).get(DATE_VARIABLES) or {})   # a Stata or SPSS file's date variables
    program = getattr(df, "attrs", {}).get(PROGRAM)
    for c in cols:
        text = (texts or {}).get(c)
        if text is None:
            text = _text_column(df[c])
        v, miss, nonnum = _numeric(df, c, text)
        out[c] = v
        raws = df[c].to_numpy(dtype=object)
        doubt = grouped_numbers(df, c, text, v)
        if doubt is not None:
            level, mask, why = doubt
            said = (f"{quoted(c, as_written=True)} (case(s) {_names_with_values(cases, mask, raws)}"
                    f"{cells_at(at, c, mask)}): {why}")
            if level == "error":
                grouped.append(said)
            elif notes is not None:
                notes.append(f"column {said}")
            else:
                warnings.warn(f"column {said}", QCAWarning, stacklevel=user_stacklevel())
        if miss.any() and c not in allow_missing:
            unfilled |= miss
            gaps.append(str(c) if isinstance(c, str) else c)   # np.str_ shown as the text it is
            markers = sorted({str(x).strip() for x in raws[miss] if isinstance(x, str) and x.strip()})
            shown = f", marked {', '.join(repr(m) for m in markers)}" if markers else ""
            missing.append(f"{quoted(c, as_written=True)} (case(s) "
                           f"{_names(cases, miss)}{cells_at(at, c, miss)}{shown})")
        if nonnum.any():
            if isinstance(df[c].dtype, pd.ArrowDtype):   # a pyarrow list column's cells come as arrays: named as lists
                raws = np.array([_cell_shown(r) for r in raws] + [None], dtype=object)[:-1]
            raw = raws[np.flatnonzero(nonnum)[0]]
            bad.append(f"{quoted(c, as_written=True)} (case(s) "
                       f"{_names_with_values(cases, nonnum, raws)}{cells_at(at, c, nonnum)})")
            hint = _value_hint(list(raws[nonnum]), to_calibrate, sheet, dated.get(str(c)), program, str(c),
                               case_column=case_column)
            names_like = nonnum.all() and len(set(map(str, raws))) == len(raws)
            repeated = repeated_case_names(df[c]) if nonnum.all() and not names_like else []
            if names_like and (not hint or hint.startswith("text labels")):
                hint = (f"every value is text and unique, like case names: if '{c}' names the cases, pass "
                        f"case_column='{c}' (CLI: --case-column {c})")
            elif repeated and (not hint or hint.startswith("text labels")):
                hint = (f"every value is text, like case names, but {_all_names(repeated)} "
                        f"{'names' if len(repeated) == 1 else 'each name'} more than one case: if '{c}' names the cases, "
                        f"give each case a name of its own and pass case_column='{c}' (CLI: --case-column {c})")
            elif hint.startswith(("text labels", "a yes/no label")) and _mostly_numbers(miss, nonnum):
                # '1x' among 0s and 1s: a typo; so is one '否' or '×' among them, whose column the yes/no label's line
                # (df[col].map({'是': 1, '否': 0})) would empty of its numbers
                hint = "mistyped cells in a column of numbers (its other cells are numbers): correct them"
            elif hint.startswith("a percentage: QCA needs") and _mostly_numbers(miss, nonnum) and bool(
                    ((v[~miss & ~nonnum] >= 0) & (v[~miss & ~nonnum] <= 1)).all()):   # '90%' among 0.7, 0.85, ...
                share = float(str(raw).strip().rstrip("%").strip()) / 100
                hint = (f"a percentage among memberships in [0, 1] ({raw!r} is {share:g}): write it as its other "
                        "cells are written, a membership from 0 to 1")
            if hint:
                hints.setdefault(hint, []).append(f"'{c}'")
    problems = []
    if grouped:
        problems.append("numbers that read two ways in column(s) " + "; ".join(grouped))
    if bad:
        why = "".join(f"; {', '.join(where)}: {hint}" for hint, where in hints.items())
        needs = (". calibrate needs plain numbers (e.g. 47.2, -3, 1e5)" if to_calibrate else
                 ". QCA needs numbers, 0/1 (crisp), integers 0..L-1 (multi-value) or memberships in [0, 1] (fuzzy)")
        problems.append("non-numeric values in column(s) " + "; ".join(bad) + why + needs)
    if missing:
        problems.append("missing values in column(s) " + "; ".join(missing) + (
            ": calibration needs a raw value for every case; drop or impute those cases, or give the set "
            "'missing: keep' in the calibration file to leave its membership empty (as R's calibrate() gives NA), "
            "which the analysis then drops with --drop-missing, naming those cases"
            if to_calibrate else ": QCA cannot place a case with a missing membership in a configuration; drop or "
            f"impute those cases explicitly first (to drop them, naming them: in Python, drop_missing_cases(df, "
            f"{gaps!r}" + ("" if case_column is None else f", case_column={str(case_column)!r}")
            + "); on the command line, --drop-missing)") + _summary_rows(cases, unfilled))
    if problems:
        err = QCADataError(" | ".join(problems))
        err.columns = [c for c in cols if any(f"'{c}' (" in p for p in bad)]   # non-numeric cells: maybe no set
        raise err
    return out


def _kind(values: np.ndarray, col: str, cases, role: str, at: FileLines | None = None) -> tuple[str, int]:
    """('crisp' | 'multi-value' | 'fuzzy', number of levels) of a numeric column, or an error. Rounding noise
    (within 1e-9 of 0 or 1, e.g. 1.0000000000000002 from a spreadsheet) is not an error; prepare_data clips it.
    `at`: where the rows are in a worksheet read by the engine (file_lines), so that an error names the cells."""
    neg = values < -_INT_TOL
    if neg.any():
        shown = values.tolist()   # each case named with its own value: 1.7, not np.float64(1.7)
        # a fraction above 1 too is the same problem (not calibrated): say both, not one after the other
        over = (values > 1 + _INT_TOL) & (np.abs(values - np.round(values)) > _INT_TOL)
        also = (f", and membership(s) above 1 for case(s) {_names_with_values(cases, over, shown)}"
                f"{cells_at(at, col, over)}" if over.any() else "")
        codes = [] if over.any() else _missing_codes_among(values[neg], (-9, -99, -999, -9999))
        raise QCADataError(
            f"{role} {quoted(col, as_written=True)} has negative value(s) for case(s) "
            f"{_names_with_values(cases, neg, shown)}"
            f"{cells_at(at, col, neg)}{also}; allowed are memberships in [0, 1] or multi-value levels 0, 1, 2, ..."
            f"{_missing_code_hint(codes) if codes else ''}")
    is_int = np.abs(values - np.round(values)) <= _INT_TOL
    if is_int.all():
        top = int(np.round(values.max())) if len(values) else 0
        if top <= 1:
            return "crisp", 2
        if top + 1 > MAX_LEVELS:
            codes = sorted({int(round(v)) for v in values if round(v) in (9, 99, 999, 9999, -9, -99)})
            hint = _missing_code_hint(codes) if codes and top in codes else (
                "; values up to 100 look like percentages or a 0-100 score: calibrate them into memberships in "
                "[0, 1] (analysis.qca.calibrate)" if top <= 100 else "")
            largest = np.round(values) == top
            raise QCADataError(
                f"{role} {quoted(col, as_written=True)} has integer values up to {top} (case(s) "
                f"{_names(cases, largest)}"
                f"{cells_at(at, col, largest)}): a multi-value set may have at most "
                f"{MAX_LEVELS} levels (0..{MAX_LEVELS - 1}); calibrate raw data first{hint}")
        return "multi-value", top + 1
    above = values > 1 + _INT_TOL
    if above.any():
        others = int((~above).sum())   # a few cells above 1 among memberships: '8' typed for 0.8, not raw data
        # a 'Total' row (pd.concat of the frame and its sums) is said as one, not as a mistyped cell
        summary = _summary_rows(cases, above)
        typo = (f"a mistyped cell? the other {others} cells of '{col}' lie in [0, 1]: correct it, or "
                if int(above.sum()) <= max(1, len(values) // 10) and others >= 4 and not summary else "")
        shown = values.tolist()
        codes = _missing_codes_among(values[above], (99, 999, 9999))   # 99 for no answer among memberships
        raise QCADataError(
            f"{role} {quoted(col, as_written=True)} has membership(s) outside [0, 1] for case(s) "
            f"{_names_with_values(cases, above, shown)}"
            f"{cells_at(at, col, above)}; fuzzy memberships must lie in [0, 1]"
            + (_missing_code_hint(codes) if codes else f" ({typo}calibrate raw data first)") + summary)
    return "fuzzy", 2


def _missing_codes_among(values: np.ndarray, codes: tuple[int, ...]) -> list[int]:
    """The missing-value codes (SPSS's and Stata's 99, -9, ...) that `values`, the cells out of a set's range, all
    are, in order; [] when any of them is another value (a mistyped membership, raw data)."""
    whole = np.abs(values - np.round(values)) <= _INT_TOL
    found = {int(round(v)) for v in values}
    return sorted(found) if len(values) and whole.all() and found <= set(codes) else []


def _missing_code_hint(codes: list[int]) -> str:
    """What to do with a missing-value code (99) left among a set's values: mark the cells missing, then drop the
    cases; or declare the code when calibrating from a specification."""
    listed = ", ".join(map(str, codes))
    return (f"; {listed} looks like a missing-value code (SPSS, Stata): mark such cells as missing first (empty or NA, "
            "the cases then dropped by drop_missing_cases, on the command line --drop-missing; raw values calibrated "
            f"from a specification: the set's missing_codes: [{listed}] with missing: keep)")


#: Cases at least for a column of distinct whole numbers to be taken as case identifiers (with fewer, a
#: multi-value condition can hold a different level for every case by chance).
MIN_CASES_FOR_ID = 5


#: Column names that name an identifier, not a set (compared casefolded, without spaces): 'id', 'ID', 'case_id',
#: 'CaseID', 'country_id', 'No.', '编号', '序号', ... .
_ID_NAME = re.compile(r"(.*[_.\-]|case|row|obs|unit)?(id|ids|no\.?|nr\.?)|obs|(case|row)(num|number)|serial"
                      r"|.*(编号|序号|代码)")


def looks_like_id_name(name) -> bool:
    """A column name that says the column identifies cases ('id', 'case_id', 'CaseID', 'hospitalId', 'No.', '编号'),
    whatever its values."""
    text = str(name).strip()
    plain = re.sub(r"\s+", "", text).casefold()
    return bool(_ID_NAME.fullmatch(plain)) or bool(re.fullmatch(r".*[a-z]I[Dd]", text)) and len(text) > 3


def distinct_whole_numbers(values: np.ndarray) -> bool:
    """A different whole number for every case (at least 2 cases)."""
    n = len(values)
    if n < 2 or not np.isfinite(values).all():
        return False
    whole = np.abs(values - np.round(values)) <= _INT_TOL
    return bool(whole.all()) and len(np.unique(np.round(values))) == n


def _check_not_case_ids(values: np.ndarray, col: str, listed: bool) -> None:
    """Refuse a condition holding a different whole number for every case (at least MIN_CASES_FOR_ID cases, or any
    number of cases when its name says it is an identifier: 'id', 'case_id', '编号', `looks_like_id_name`): a
    case identifier (1001, 1002, ... or 0, 1, 2, ...), not a set. Read as a multi-value condition it would put
    every case in a configuration of its own and turn up in solutions (id[11]); with large numbers it would be
    refused as having too many levels. This holds whether the conditions were taken from the file or listed
    (`listed`): a condition with a distinct value per case distinguishes cases, not configurations."""
    n = len(values)
    named = looks_like_id_name(col)
    if (n < MIN_CASES_FOR_ID and not named) or not distinct_whole_numbers(values):
        return
    lo, hi = int(np.round(values.min())), int(np.round(values.max()))
    how = ("you listed it among the conditions, but " if listed else "")
    name, flag = quoted(col, as_written=True), f"--case-column {shortened(col)}"
    if hi - lo + 1 != n and not named:  # with gaps (GDP 320..1098, a count): a raw measure as often as an id
        raise QCADataError(
            f"condition {name} holds a different whole number for every one of the {n} cases ({lo}..{hi}): "
            f"{how}these are raw values or case identifiers, not a set (every case would be a configuration of its "
            f"own); if {name} is a measure (an amount, a count), calibrate it first: calibrate(x, type='crisp', "
            "thresholds=...) for a crisp set or calibrate(x, thresholds='e=.., c=.., i=..') for a fuzzy set "
            f"(analysis.qca.calibrate; CLI: python -m analysis.qca calibrate DATA --spec SPEC); if {name} names the "
            f"cases, pass case_column={name} (CLI: {flag})")
    raise QCADataError(
        f"condition {name} holds a different whole number for every one of the {n} cases ({lo}..{hi}): "
        f"{how}that is a case identifier, not a set (every case would be a configuration of its own); "
        f"if {name} names the cases, pass case_column={name} (CLI: {flag}); otherwise "
        + ("remove it from the conditions" if listed else "drop the column or list the conditions without it"))


def empty_levels(values, levels: int) -> list[int]:
    """The levels 0..levels-1 of a multi-value column that no case holds (missing values ignored)."""
    x = np.asarray(values, dtype=float)
    seen = set(np.round(x[~np.isnan(x)]).astype(int).tolist())
    return [v for v in range(levels) if v not in seen]
