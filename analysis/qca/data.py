"""Validation and normalisation of a QCA data frame: outcome, conditions, case names, set types.

A condition is *crisp* (values 0/1), *multi-value* (integers 0..L-1 with L > 2) or *fuzzy* (memberships in
[0, 1], not all 0/1). The outcome is crisp or fuzzy; a multi-value outcome is explained one value set at a
time, written `Y{v}` or `Y{v,w}` (as in R's QCA; `Y[v]`, as SetMethods and R QCA 3.25 write it, is read
the same and written back `Y{v}`). `~Y` negates the outcome (fuzzy negation 1 - Y).
Every bad input raises `QCAInputError` naming what is wrong (column, case) and what is allowed.
A condition holding a different whole number for every case (5 cases or more, or any number of cases when its name
says so: 'id', 'case_id', '编号', ...) is refused as a case identifier, whether the conditions were taken from the
data or listed: it would put each case in a configuration of its own. A number like '1.038' where the data write
decimal commas (1038 in that locale) is refused (separators.grouped_numbers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._near import _edits, hints_by_name, near_names  # noqa: F401  (the one 'did you mean' rule; re-exported)
from .checks import flag, read_only
# what this module once held itself, one job a module (docs/layout.md): its public names stay importable from here
# ('noqa: F401': re-exported), the private ones are imported from their module by the modules using them
from .data_cases import (CASE_LEVEL_JOIN, SUMMARY_NAME, _check_case_names, _index_name, _missing_name,  # noqa: F401
                         blank_case_names_message, case_name, duplicate_case_names_message, duplicate_names,
                         looks_like_case_names, repeated_case_names, where_repeated)
from .data_cells import (NA_MARKERS, NESTED_CELLS, _mostly_numbers, _numeric, _text_column,  # noqa: F401
                         arrow_type_message, arrow_type_unread, as_float64, blank_cells, check_arrow_types,
                         missing_cells, missing_mark, text_numbers)
from .data_files import (DATE_VARIABLES, FILE_LINES, FIRST_SHEET, FileLines, LEFT_OUT, PROGRAM,  # noqa: F401
                         VALUE_LABELS, calibrate_left_out_hint, cells_at, file_lines, first_sheet_hint, kept_lines,
                         rows_at, summary_rows_warned)
from .data_hints import (_condition_item_hint, _gbk_file_encoding, _list_separator_hint, _near,  # noqa: F401
                         _outcome_value_hint, invisible_name_hint, left_out_hint, missing_case_column)
from .data_lists import _SHOW, _all_names, _names, _show_columns
from .data_missing import drop_missing_cases  # noqa: F401
from .data_names import (_check_name, _listed_names, _membership_levels, _parse_outcome,  # noqa: F401
                         check_case_column, comma_name_message, duplicate_columns_message, header_of_numbers,
                         index_set_hint, multiindex_columns_message, parse_conditions, renamed, tuple_columns_message,
                         values_not_name)
from .data_sets import (MAX_LEVELS, MIN_CASES_FOR_ID, _INT_TOL, _check_not_case_ids, _kind,  # noqa: F401
                        _numeric_columns, distinct_whole_numbers, empty_levels, looks_like_id_name)
from .data_value_hints import NO_LABELS, YES_LABELS, _dates_column  # noqa: F401
from .data_warning import QCAWarning  # noqa: F401
from .data_wide import (FULL_WIDTH, full_width_forms, full_width_name_hint, half_width,  # noqa: F401
                        wide_operator_hint, written_in_ascii)
from .display import frame_blocks, shown_as_printed, wrapped
from .errors import QCADataError, QCAInputError, counted, in_number, quoted, shortened
from .r_calls import refuses_r_only_arguments

__all__ = ["QCAData", "QCAWarning", "prepare_data", "drop_missing_cases", "parse_conditions", "MAX_CONDITIONS", "MAX_LEVELS",
           "SUMMARY_NAME"]

#: Conditions supported at most. Exact minimisation (every prime implicant, every minimal model) grows
#: exponentially with the number of conditions; beyond 40 the space of 2**40 (about 1.1e12) configurations
#: leaves almost every one a remainder and the search budget is exhausted long before.
MAX_CONDITIONS = 40


#: The cases a printed QCAData shows at most (the first ones; to_frame() holds them all).
PRINT_CASES = 50


@shown_as_printed
@dataclass(frozen=True, eq=False)
class QCAData:
    """Validated QCA data: condition memberships `X` (cases x conditions), outcome membership `y`.

    `kinds[j]` is 'crisp', 'multi-value' or 'fuzzy'; `noflevels[j]` is 2 for crisp and fuzzy conditions and
    max+1 for multi-value ones. `y` is already negated / recoded when the outcome is `~Y` or `Y{v}`.
    `outcome` is the outcome as displayed ('~Y', 'Y{1}'), `outcome_column` the data column it comes from,
    `negated` whether it is negated, `outcome_values` the values v of 'Y{v}' (None otherwise); `cases` the case
    names; `warnings` the notes on the data (constant sets, memberships of 0.5, ...; see prepare_data);
    `other_columns` the data's columns that are neither a condition nor the outcome (the case column left out), so
    that an expression naming one is told it was left out of the conditions, not mistyped (left_out_hint).

    Prints (and shows in Jupyter) as the other results do: a line naming the outcome, the conditions with their kind
    and the cases, then the memberships as a table and the notes; repr() is that line. to_frame() is frame();
    to_dict() is JSON-ready data. (It printed the dataclass's fields, numpy's arrays cut with '...' beyond 1,000
    cases, and had neither conversion.)
    """

    conditions: tuple[str, ...]
    outcome: str                 # the outcome as written for display: 'Y', '~Y', 'Y{1}'
    outcome_column: str
    negated: bool
    outcome_values: tuple[int, ...] | None  # for a multi-value outcome Y{v,...}
    X: np.ndarray
    y: np.ndarray
    cases: tuple[str, ...]
    noflevels: tuple[int, ...]
    kinds: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())
    other_columns: tuple[str, ...] = field(default=())

    def __post_init__(self):
        # the memberships every fit is computed from: read-only, so that tt.data.X[...] = ... cannot change later results
        object.__setattr__(self, "X", read_only(self.X))
        object.__setattr__(self, "y", read_only(self.y))

    def __setstate__(self, state: dict) -> None:
        """Unpickled (joblib, multiprocessing, a Dask task) as built: X and y read-only again (pickle does not keep
        the flag, nor call __post_init__)."""
        self.__dict__.update(state)
        self.__post_init__()

    @property
    def k(self) -> int:
        """The number of conditions."""
        return len(self.conditions)

    @property
    def multivalue(self) -> bool:
        """True if any condition has more than two levels: R then writes every literal as `A[v]`."""
        return any(n > 2 for n in self.noflevels)

    @property
    def fuzzy(self) -> bool:
        """True when at least one condition is a fuzzy set."""
        return any(kind == "fuzzy" for kind in self.kinds)

    @refuses_r_only_arguments("QCAData.frame")
    def frame(self) -> pd.DataFrame:
        """Conditions and (recoded) outcome as a data frame indexed by case name."""
        df = pd.DataFrame(self.X, columns=list(self.conditions), index=list(self.cases))
        for j, kind in enumerate(self.kinds):
            if kind != "fuzzy":
                df[self.conditions[j]] = df[self.conditions[j]].astype(int)
        df[self.outcome] = self.y
        return df

    @refuses_r_only_arguments("QCAData.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The memberships as frame() gives them: conditions and (recoded) outcome, indexed by case name."""
        return self.frame()

    @refuses_r_only_arguments("QCAData.to_dict")
    def to_dict(self) -> dict:
        """JSON-ready data: outcome (as displayed), outcome_column, negated, outcome_values, conditions with their
        kinds and noflevels, cases, the memberships as records (case, each condition, the outcome), warnings and
        other_columns."""
        df = self.frame()
        records = [{"case": case, **{c: v.item() if isinstance(v, np.generic) else v for c, v in row.items()}}
                   for case, row in zip(self.cases, df.to_dict("records"))]
        return {"outcome": self.outcome, "outcome_column": self.outcome_column, "negated": bool(self.negated),
                "outcome_values": None if self.outcome_values is None else [int(v) for v in self.outcome_values],
                "conditions": list(self.conditions), "kinds": list(self.kinds),
                "noflevels": [int(n) for n in self.noflevels], "cases": list(self.cases), "memberships": records,
                "warnings": list(self.warnings), "other_columns": list(self.other_columns)}

    def _heading(self, joiner: str = " ") -> str:
        """The one-line heading (repr's): the outcome, the counts, each condition and its kind; `joiner` between a
        condition and its kind (a no-break space keeps them on one line where __str__ wraps the heading)."""
        kinds = ", ".join(f"{c}{joiner}({kind})" for c, kind in zip(self.conditions, self.kinds))
        return f"QCAData {self.outcome}: {counted(len(self.cases), 'case')}, {counted(self.k, 'condition')}: {kinds}"

    def __str__(self) -> str:
        """Within 80 columns (display.PRINT_WIDTH): the heading wrapped between conditions (a condition and its kind
        on one line), the memberships in blocks of columns that fit, each led by the case, the notes wrapped."""
        df = self.frame().rename_axis("case").reset_index()
        more = (f"\n({counted(len(df) - PRINT_CASES, 'more case')} not shown; to_frame() holds every one)"
                if len(df) > PRINT_CASES else "")
        table = frame_blocks(df.head(PRINT_CASES), keys=("case",), float_format=lambda x: f"{x:g}", index=False)
        heading = "\n".join(wrapped(self._heading(joiner="\xa0"))).replace("\xa0", " ")
        notes = "".join("\n" + "\n".join(wrapped(f"note: {w}")) for w in self.warnings)
        return f"{heading}\n\n{table}{more}{notes}"

    def __repr__(self) -> str:
        return f"<{self._heading()}>"


#: The results _result_for_data_hint names, by class (module and name, not imported: a module that reads data, as
#: analysis/validate.py does, would otherwise read the truth table's and solution's modules, for make too)
RESULT_KINDS = {"analysis.qca.truth_table.TruthTable": "truth table", "analysis.qca.solution.Solution": "solution"}


def _rows_of_values(data) -> int | None:
    """For a list or tuple of rows (lists, tuples or 1-D arrays) or a 2-D array: the number of values in each row
    (0 when the rows differ in length); None for anything else."""
    if isinstance(data, np.ndarray):
        return data.shape[1] if data.ndim == 2 and data.size else None
    if not isinstance(data, (list, tuple)) or not data or not all(
            isinstance(r, (list, tuple)) or (isinstance(r, np.ndarray) and r.ndim == 1) for r in data):
        return None
    lengths = {len(r) for r in data}
    return lengths.pop() if len(lengths) == 1 and 0 not in lengths else 0


def _result_for_data_hint(data) -> str:
    """For a TruthTable or Solution given where the data frame goes (necessity(tt, 'Y'), as R's pofind() and
    superSubset() take data): ': this function reads ... the data frame the truth table was built from'; '' else."""
    if (isinstance(data, tuple) and len(data) == 2 and isinstance(data[0], pd.DataFrame)
            and (data[1] is None or isinstance(data[1], str))):   # truth_table(read_data(path), ...)
        return (": read_data returns two things, the frame and its column of case names: df, case = read_data(path), "
                "then truth_table(df, ..., case_column=case)")
    if isinstance(data, dict) and data:   # {"A": [...], "Y": [...]}: columns by name
        return ": a mapping of columns? pd.DataFrame(data) makes the frame (one column per set; index= the case names)"
    rows = _rows_of_values(data)
    if rows is not None:   # [[1, 0, 1], [0, 1, 0]], a 2-D array: rows of values, no name for a set nor a case
        return (": rows of values? pd.DataFrame(rows, columns=[...], index=[...]) makes the frame (columns= the sets' "
                f"names, one per value of a row{f', {rows} here' if rows else ''}; index= the case names)")
    kind = next((RESULT_KINDS[f"{c.__module__}.{c.__qualname__}"] for c in type(data).__mro__
                 if f"{c.__module__}.{c.__qualname__}" in RESULT_KINDS), None)
    return (f": this function reads the cases' memberships themselves, the data frame the {kind} was built from "
            "(the one given to truth_table())" if kind else "")


def empty_rows_error(void: np.ndarray) -> QCAInputError:
    """The error of the rows of a frame that hold no value in any column (`void`, a row mask; counted from 1)."""
    rows = ", ".join(str(i + 1) for i in np.flatnonzero(void)[:_SHOW])
    one = int(void.sum()) == 1
    return QCAInputError(
        f"{in_number(int(void.sum()), 'row')} {rows}{' ...' if void.sum() > _SHOW else ''} of the data "
        f"{'is' if one else 'are'} empty (no value in any column; e.g. Excel's trailing ',,,' rows): drop "
        f"{'it' if one else 'them'} first (df.dropna(how='all'))")


def _outcome_identity_notes(conditions, kinds, X: np.ndarray, y: np.ndarray, outcome: str) -> list[str]:
    """A note for each fuzzy condition whose memberships are the outcome's, or 1 minus them, in every case: the outcome
    under another name (a column copied, the outcome and a condition swapped, the negated outcome calibrated as a set
    of its own), which explains the outcome by identity, as the outcome named among the conditions would (refused by
    name); here no name shows it. A crisp condition equal to a crisp outcome is not noted: in csQCA a condition
    present exactly where the outcome is present is a finding (necessary and sufficient), met in small data by
    chance, while fuzzy scores equal in every case come from one column. outcome: as the notes name it ('SURV',
    '~SURV')."""
    notes = []
    for j, c in enumerate(conditions):
        x = X[:, j]
        if kinds[j] != "fuzzy" or not len(y) or np.ptp(x) == 0:
            continue
        # equal to 1e-9: 1 - 0.95 computed in one file and 0.05 typed in another are one membership
        same = bool(np.allclose(x, y, rtol=0.0, atol=1e-9))
        if not same and not np.allclose(x, 1.0 - y, rtol=0.0, atol=1e-9):
            continue
        what = (f"the outcome {quoted(outcome, as_written=True)}" if same else
                f"the negated outcome (1 - {quoted(outcome, as_written=True)})")
        notes.append(f"condition {quoted(c, as_written=True)} has the memberships of {what} in every case: is it the "
                     "outcome or its negation under another name (a column copied, or the outcome and a condition "
                     f"swapped)? A condition that is the outcome explains it by identity ({'' if same else '~'}"
                     f"{shortened(c)} with consistency and coverage 1); if so, leave it out of the conditions")
    return notes


@refuses_r_only_arguments("prepare_data")
def prepare_data(data, outcome, conditions=None, case_column=None, negate_outcome: bool = False,
                 *, warn: bool = True) -> QCAData:
    """Validate a data frame and return its memberships as a `QCAData` (see the module docstring).

    data: a pandas DataFrame, one row per case. outcome: its column, 'Y', '~Y' (negated) or 'Y{v}' / 'Y{v,w}' (values
    of a multi-value outcome). conditions: a list or a comma-separated string of columns (default, None or '': every
    column but the outcome and the case column). case_column: the column of case names (dropped from the sets;
    default: the index, its labels as they are, so pandas' default index 0, 1, 2, ... names the cases '0', '1',
    '2', ... where R and the command line number a file's rows 1, 2, 3, ...; a MultiIndex entry ('GR', 1990) names
    the case 'GR_1990': case_name). negate_outcome: True negates the outcome (1 - Y) as '~Y' does (not both). warn: issue the
    data's notes (constant sets, memberships of 0.5, ...) as QCAWarnings, once per process; QCAData.warnings holds
    them either way."""
    negate_outcome, warn = flag("negate_outcome", negate_outcome), flag("warn", warn)
    if not isinstance(data, pd.DataFrame):
        first = (f" (the data come first, then the outcome: (df, {data!r}, ...))"
                 if isinstance(data, str) and isinstance(outcome, pd.DataFrame) else
                 f" (a file name? read it first, e.g. pd.read_csv({str(data)!r}, index_col='case'"
                 f"{_gbk_file_encoding(data)}); index_col: its column of case names)"
                 if isinstance(data, str) and data.strip().lower().endswith((".csv", ".txt", ".tsv")) else
                 _result_for_data_hint(data))
        raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}{first}")
    if data.shape[0] == 0 or data.shape[1] == 0:
        raise QCAInputError("the data frame is empty (no cases or no columns); QCA needs cases with an outcome "
                            "and at least one condition")
    check_arrow_types(data)
    if tuple_columns_message(data.columns):
        raise QCAInputError(tuple_columns_message(data.columns))
    if duplicate_columns_message(data.columns):
        raise QCAInputError(duplicate_columns_message(data.columns))
    df = data.copy()
    nameless = [i for i, c in enumerate(data.columns) if _missing_name(c)]   # None, NaN: no name, not 'None', 'nan'
    if nameless:
        if conditions is None or (isinstance(conditions, str) and conditions.strip() == ""):
            try:
                said = _parse_outcome(outcome)[0]
            except QCAInputError:
                said = str(outcome)
            rest = [str(c) for i, c in enumerate(data.columns) if i not in nameless and str(c) not in
                    (said, str(case_column))]
            where = ", ".join(str(i + 1) for i in nameless)
            raise QCAInputError(
                f"column{'s' if len(nameless) > 1 else ''} {where} of the data {'have' if len(nameless) > 1 else 'has'}"
                f" no name ({quoted(data.columns[nameless[0]])}), so no set name, and the conditions are taken from every "
                f"column: name {'them' if len(nameless) > 1 else 'it'} (df.columns = [...])"
                + (f" or list the conditions: conditions='{', '.join(rest)}'" if rest else ""))
        df = df.iloc[:, [i for i in range(df.shape[1]) if i not in nameless]]   # no condition can name them
    df.columns = [str(c) for c in df.columns]
    columns = list(df.columns)
    twice = duplicate_names(columns)
    if twice:   # 1 and '1': two names, one text
        same = [repr(c) for c in data.columns if str(c) == twice[0]]
        raise QCAInputError(f"columns {' and '.join(same)} are both the set name {quoted(twice[0])} (a set is named by its "
                            "column's name as text): rename one of them")

    texts: dict[str, tuple[np.ndarray, list]] = {}  # text columns' distinct cells, stripped once (_text_column)

    def blank(c: str) -> np.ndarray:
        s = df[c]
        text = _text_column(s)
        if text is not None:
            texts[c] = text
        return blank_cells(s, text)

    blanks = {c: blank(c) for c in columns}  # once per column (a text column: each distinct cell stripped once)

    def empty(c: str) -> bool:
        return bool(blanks[c].all())

    void = np.logical_and.reduce(list(blanks.values()))
    if void.any():
        raise empty_rows_error(void)

    check_case_column(case_column)
    if case_column is not None:
        if isinstance(case_column, (int, np.integer)) and not isinstance(case_column, (bool, np.bool_)):
            case_column = str(case_column)
        if case_column not in columns:
            raise QCAInputError(missing_case_column(case_column, df))
        names = df[case_column]
        if pd.api.types.is_string_dtype(names) and not pd.api.types.is_object_dtype(names):
            names = names.tolist()  # the same cells (str, NaN) at once: a string Series yields them one call each
        at = file_lines(df, names := list(names))
        _check_case_names(names, case_column, at)
        cases = tuple(case_name(v) for v in names)   # ' x1 ' is x1, as the cells' values are read stripped
        df = df.drop(columns=case_column)
        columns = list(df.columns)
    else:
        at = file_lines(df, df.index)
        _check_case_names(df.index, None, at)
        cases = tuple(case_name(v) for v in df.index)
    dup = duplicate_names(cases)
    if dup:   # a column given as the case column (--case-column DEV) named: which one, and how few names it holds
        where = (f" (case column {case_column!r}: {len(set(cases))} distinct values for {len(cases)} cases)"
                 if case_column is not None else "") + f": {where_repeated(cases, dup, at)}"
        index = ("" if case_column is not None or at is not None else
                 index_set_hint(data, _listed_names(outcome, conditions) + _membership_levels(data.index)) or
                 (f"; the cases are named by the frame's index{_index_name(data)}, which repeats these labels: a case "
                  "entered twice? Give each case a name of its own, or remove the row entered twice"
                  if not all(re.fullmatch(r"-?\d+", d) for d in dup) else "") or
                 "; the cases are named by the frame's index, which repeats these labels (pd.concat keeps each "
                 "frame's index: pd.concat(..., ignore_index=True) numbers the rows anew; several rows per case, "
                 "as a panel's waves, need a name each, e.g. df.set_index(['country', 'year']))")
        raise QCADataError(f"duplicate case name(s): {', '.join(dup[:_SHOW])}; case names must be unique{where}"
                            f"{index}")

    column, neg_tilde, out_values = _parse_outcome(outcome)
    written = str(outcome).strip().lstrip("~").strip() if isinstance(outcome, str) else None
    if out_values is not None and column not in columns and written in columns and written.endswith("]"):
        column, out_values = written, None   # a column named 'Y[1]' itself, not Y's value 1
    if neg_tilde and negate_outcome:   # the outcome as written, its value selection kept ('SURV{1}', not 'SURV')
        plain = str(outcome).strip().lstrip("~").strip()
        raise QCAInputError(
            f"outcome {quoted(outcome)} is already negated and negate_outcome (CLI: --negate-outcome) negates it again: "
            f"the two cancel out and would explain {quoted(plain, as_written=True)} itself; write '~{plain}' or "
            "negate_outcome, not both")
    negated = bool(neg_tilde) or negate_outcome
    if column not in columns:
        hint = ""
        listed = (f"columns: {_show_columns(columns)}" if columns else "the data has no column besides the case "
                  f"names{' ' + repr(str(case_column)) if case_column else ''}; export the sets too")
        hint += index_set_hint(data, [column]) if case_column is None else ""
        # column names that are all numbers (years are names too) are a row of data only when the outcome is missing
        numbers = header_of_numbers(([str(case_column)] if case_column is not None else []) + [str(c) for c in columns],
                                    "the header")
        if numbers:
            raise QCAInputError(f"outcome {quoted(column, as_written=True)} is not a column of the data: {numbers}")
        # the outcome as written, its '~' (without a blank after it) and values kept: 'SURV\u2060{1}' -> 'SURV{1}'
        written = re.sub(r"^~\s*", "~", outcome.strip()) if isinstance(outcome, str) else None
        near = (invisible_name_hint(column, columns, written=written)
                or _outcome_value_hint(column, columns)
                or _near(column, columns))
        raise QCAInputError(f"outcome {quoted(column, as_written=True)} is not a column of the data{near} "
                            f"({listed}){hint}{calibrate_left_out_hint(data, [column])}"
                            f"{first_sheet_hint(data, [column])}")

    _check_name(column, "outcome", columns, empty(column))
    conds = parse_conditions(conditions, columns, exclude=column)
    if not conds:
        raise QCAInputError(f"no conditions: the data has only the outcome column {quoted(column, as_written=True)}")
    dups = sorted({c for c in conds if conds.count(c) > 1})
    if dups:
        named = ", ".join(quoted(c, as_written=True) for c in dups)
        raise QCAInputError(f"conditions name {named} twice (duplicate condition(s): {named}); "
                            "name each condition once")
    if column in conds:
        raise QCAInputError(f"conditions include the outcome {quoted(column, as_written=True)}: a set cannot explain "
                            "itself; leave it out")
    unknown = [c for c in conds if c not in columns]
    if unknown:
        near = hints_by_name((c, _condition_item_hint(c, columns) or _list_separator_hint(c, columns)
                              or _near(c, columns)) for c in unknown)
        negated = [c for c in unknown if str(c).strip().startswith("~") and str(c).strip()[1:].strip() in columns]
        if negated:
            near += (f"; list the conditions by name, without '~' ({', '.join(map(quoted, negated))}): the "
                     "analysis considers each condition's presence and its absence")
        names_col = case_column if case_column is not None else data.index.name
        in_index = index_set_hint(data, unknown) if case_column is None else ""
        if in_index:   # a set made the index (index_col=0 of a file whose first column is a set)
            near += in_index
        elif names_col is not None and str(names_col) in unknown:   # 'case' is a column of the file, listed nowhere
            near += f"; {str(names_col)!r} holds the case names, not a set: leave it out of the conditions"
        raise QCAInputError(f"unknown {in_number(len(unknown), 'condition')}: "
                            f"{', '.join(quoted(c, as_written=True) for c in unknown)}{near} (columns: "
                            f"{_show_columns(columns)}){calibrate_left_out_hint(data, unknown)}"
                            f"{first_sheet_hint(data, unknown)}")
    for c in conds:
        _check_name(c, "condition", columns, empty(c))
    listed = conditions is not None and not (isinstance(conditions, str) and conditions.strip() == "")
    if not listed and "filter_$" in conds:   # SPSS's Select Cases variable: which cases the user meant, not a set
        rest = [c for c in conds if c != "filter_$"]
        off = [str(n) for n, v in zip(cases, df["filter_$"].astype(str).str.strip()) if v in ("0", "0.0")]
        said = f" (here {_all_names(off)})" if off else ""
        raise QCADataError(
            f"column 'filter_$' is SPSS's case filter (Data > Select Cases): the export holds every case, 0 for those "
            f"not selected{said}; drop those cases first if the selection is meant, and list the conditions without "
            f"it: conditions='{', '.join(rest)}' (CLI: --conditions {','.join(rest)})")
    void = [c for c in conds if empty(c)]
    if void:   # 'Column1' of an Excel table, a set not filled in yet: was 'missing values ... drop those cases'
        rest = [c for c in conds if c not in void]
        how = (f"; e.g. conditions='{', '.join(rest)}' (CLI: --conditions {','.join(rest)})" if rest else "")
        raise QCADataError(
            f"condition column{'s' if len(void) > 1 else ''} {', '.join(quoted(c) for c in void)} "
            f"{'are' if len(void) > 1 else 'is'} empty (no value for any case): leave "
            f"{'them' if len(void) > 1 else 'it'} out of the conditions or delete the column"
            f"{'s' if len(void) > 1 else ''}{how}")
    if len(conds) > MAX_CONDITIONS:
        raise QCAInputError(
            f"{len(conds)} conditions given; at most {MAX_CONDITIONS} are supported, because exact minimisation "
            "(every prime implicant and every minimal model) grows exponentially with the number of conditions "
            "and beyond that almost every configuration is an unobserved remainder; reduce the conditions "
            "(e.g. by a two-step QCA or by theory)")

    notes: list[str] = []
    try:
        numbers = _numeric_columns(df, conds + [column], cases, texts=texts, notes=notes, case_column=case_column)
    except QCADataError as err:
        # (a column like case names has its own advice, --case-column: leaving it out would number the cases)
        odd = [c for c in conds if c in getattr(err, "columns", ())
               and (not (looks_like_case_names(df[c]) or repeated_case_names(df[c])) or _dates_column(df, c))
               and not _mostly_numbers(*_numeric(df, c, (texts or {}).get(c))[1:])]
        if listed or not odd or len(odd) == len(conds):
            raise
        # conditions taken from the file: a column of notes, codes or labels is no set, and leaving it out is the fix
        rest = [c for c in conds if c not in odd]
        said = ", ".join(repr(c) for c in odd)
        raise QCADataError(
            f"{err}; the conditions were taken from every column but the outcome and the case names: if {said} "
            f"{'is' if len(odd) == 1 else 'are'} no set, list the conditions without "
            f"{'it' if len(odd) == 1 else 'them'}: conditions='{', '.join(rest)}' (CLI: --conditions {','.join(rest)})"
        ) from None
    X = np.empty((len(cases), len(conds)), dtype=float)
    kinds, levels = [], []
    sheet_rows = file_lines(df, cases)   # a worksheet read by the engine: messages name its cells
    for j, c in enumerate(conds):
        v = numbers[c]
        _check_not_case_ids(v, c, listed=listed)
        kind, nl = _kind(v, c, cases, "condition", sheet_rows)
        v = np.round(v) if kind != "fuzzy" else np.clip(v, 0.0, 1.0)
        X[:, j] = v
        kinds.append(kind)
        levels.append(nl)

    yv = numbers[column]
    if out_values is not None:
        ok = np.abs(yv - np.round(yv)) <= _INT_TOL
        if not ok.all() or (yv < 0).any():
            raise QCAInputError(
                f"outcome {quoted(outcome, as_written=True)} selects values of a multi-value outcome, but column "
                f"{quoted(column, as_written=True)} is not "
                "multi-value (it must hold integers 0, 1, 2, ...)")
        present = sorted({int(v) for v in np.round(yv)})
        absent = [v for v in out_values if v not in present]
        if absent:
            raise QCAInputError(
                f"outcome {quoted(outcome, as_written=True)}: value(s) {', '.join(map(str, absent))} do not occur in "
                f"column {quoted(column, as_written=True)} "
                f"(its values: {', '.join(map(str, present))})")
        y = np.isin(np.round(yv).astype(int), out_values).astype(float)
    else:
        okind, _ = _kind(yv, column, cases, "outcome", sheet_rows)
        if okind == "multi-value":
            above = yv > 1 + _INT_TOL
            typo = (f"; only case {_names(cases, above)} has a value above 1: if it is a typo (or a total row), "
                    "correct it") if above.sum() == 1 and len(yv) >= MIN_CASES_FOR_ID else ""
            raise QCAInputError(
                f"outcome {quoted(column, as_written=True)} is multi-value (values up to {int(yv.max())}); QCA "
                "explains one value set at "
                f"a time: write outcome='{column}{{v}}' (e.g. '{column}{{1}}'); plain outcomes must be crisp 0/1 "
                f"or fuzzy memberships in [0, 1]{typo}")
        y = np.clip(yv, 0.0, 1.0) if okind == "fuzzy" else np.round(yv)
    if negated:
        y = 1.0 - y
    display = ("~" if negated else "") + column + (
        "{" + ",".join(str(v) for v in out_values) + "}" if out_values is not None else "")

    if len(y) and np.ptp(y) == 0:
        notes.append(f"outcome {quoted(display, as_written=True)} is constant ({y[0]:g} for every case): conditions "
                     "cannot explain an outcome that does not vary (necessity and sufficiency become uninformative or "
                     "undefined, NaN); check the outcome column, its calibration or the value selected")
    for j, c in enumerate(conds):
        named = quoted(c, as_written=True)   # as the notes name it: a long name by its beginning
        if kinds[j] == "multi-value":
            seen = set(np.round(X[:, j]).astype(int).tolist())
            empty = empty_levels(X[:, j], levels[j])
            if empty and np.ptp(X[:, j]) > 0:
                raw = (f"a raw score (e.g. a Likert scale {min(seen)}-{max(seen)}) or numeric codes"
                       if 0 in empty else "codes with gaps")
                ident = (f"; if {named} numbers the cases (a case identifier), pass case_column={named} (CLI: "
                         f"--case-column {shortened(c)})" if distinct_whole_numbers(X[:, j]) else "")
                notes.append(
                    f"condition {named} has integer values {', '.join(map(str, sorted(seen)))}, read as a multi-value "
                    f"set with levels 0..{levels[j] - 1} where level(s) {', '.join(map(str, empty))} have no case "
                    f"(they add empty configurations to the remainders); if {named} is {raw}, calibrate it first: "
                    f"calibrate(x, type='crisp', thresholds=[...]) for crisp or multi-value sets, or "
                    f"calibrate(x, thresholds='e=.., c=.., i=..') for a fuzzy set (analysis.qca.calibrate; CLI: "
                    f"python -m analysis.qca calibrate DATA --spec SPEC, e.g. {shortened(c)}: {{type: crisp, "
                    "thresholds: ..})"
                    f"{ident}")
            elif distinct_whole_numbers(X[:, j]):
                # below MIN_CASES_FOR_ID cases (from 5 on, _check_not_case_ids refuses it): 'REG' 0, 1, 2, 3 for 4
                # cases was read as a multi-value set without a word, while it separates every case
                notes.append(
                    f"condition {named} holds a different level for every one of the {len(X)} cases "
                    f"({', '.join(map(str, sorted(seen)))}): read as a multi-value set, it puts every case in a "
                    f"configuration of its own, so it separates the cases by itself (and a solution may name one "
                    f"case's level); if {named} is a code (a region, a number per case), leave it out of the "
                    "conditions"
                    + ("" if case_column is not None else
                       f" (if it names the cases, pass case_column={named}; CLI: --case-column {shortened(c)})")
                    + "; if it is a measure, calibrate it first (analysis.qca.calibrate; CLI: python -m analysis.qca "
                    "calibrate DATA --spec SPEC)")
            above = X[:, j] > 1 + _INT_TOL
            if not empty and above.sum() == 1 and len(X) >= MIN_CASES_FOR_ID:
                # 0/1 but for one case: a typo ('2' for '1') or a total row, which silently turns a crisp set into a
                # multi-value one (every solution then writes it c[1], and the other values a level of their own)
                k = int(np.flatnonzero(above)[0])
                notes.append(
                    f"condition {named} is 0/1 for every case but {str(cases[k])!r} ({X[k, j]:g}): read as a "
                    f"multi-value set with levels 0..{levels[j] - 1}, level {X[k, j]:g} held by that case alone; if "
                    f"the {X[k, j]:g} is a typo (or a total row), correct it")
        if np.ptp(X[:, j]) == 0:
            notes.append(f"condition {named} is constant ({X[0, j]:g} for every case): it cannot distinguish "
                         "configurations and doubles the remainders")
        if kinds[j] == "fuzzy":
            half = X[:, j] == 0.5
            if half.any():
                notes.append(f"condition {named} has membership exactly 0.5 for case(s) {_names(cases, half)}: "
                             "such cases belong to no truth table row (maximum ambiguity); recalibrate to avoid 0.5")
    notes += _outcome_identity_notes(conds, kinds, X, y, display)
    summary = np.array([SUMMARY_NAME.fullmatch(name.casefold()) is not None for name in cases], dtype=bool)
    told = []   # notes not to warn of again: summary rows read_data warned of when it read the file
    if summary.any():
        notes.append(
            f"case {_names(cases, summary)} look{'s' if summary.sum() == 1 else ''} like a summary row (a total, mean or "
            "other statistic below the data), not a case: it is analysed as a case; delete the row if it is a "
            "summary")
        if set(np.asarray(cases, dtype=object)[summary]) <= set(summary_rows_warned(data)):
            told.append(notes[-1])
    if case_column is None and isinstance(data.index, pd.RangeIndex) and data.index.start == 0 \
            and data.index.step == 1 and data.index.name is None:
        # read without index_col: the cases are 0, 1, 2, ... while a column left out of the sets names them
        names = [c for c in columns if c not in conds and c != column and looks_like_case_names(df[c])]
        if names:
            notes.append(f"the cases are named by the index (0, 1, 2, ...: read without index_col) while column "
                         f"'{names[0]}' holds a different text for every case, like case names: pass "
                         f"case_column='{names[0]}' (CLI: --case-column {names[0]}), or read with "
                         f"index_col='{names[0]}'")
    if case_column is None and (named := _membership_levels(data.index)):
        # a fuzzy set made the index (index_col=0 of a file whose first column is a set), its values distinct: the
        # cases are named '0.81', '0.99', ... and the set is left out of the conditions without a word
        notes.append(f"the cases are named by the data's index {str(named[0])!r}, which holds numbers in [0, 1] like "
                     f"memberships: if {str(named[0])!r} is a set, it is not analysed; make it a column again "
                     f"(df.reset_index()) and name the cases by a column of names (case_column=...)")
    if warn:
        # the engine's notes, shown once per process as the skew notes are (skew.warn_notes): a notebook calling
        # truth_table() and necessity() on the same data showed them at every call
        from .skew import warn_notes

        warn_notes([n for n in notes if n not in told])
    return QCAData(conditions=tuple(conds), outcome=display, outcome_column=column, negated=negated,
                   outcome_values=out_values, X=X, y=y, cases=cases, noflevels=tuple(levels), kinds=tuple(kinds),
                   warnings=tuple(notes), other_columns=tuple(c for c in columns if c not in conds and c != column))
