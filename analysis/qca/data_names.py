"""The outcome, the conditions and the case column as a caller names them: the outcome read ('~Y', 'Y{1}', 'Y[1]'),
the conditions listed (a list, 'A, B', R's range 'A:C'), a column's values or a set given where a name goes
refused with what to write; a set name a printed solution could not show refused (operators, blanks, a line break,
no name); column names given twice, a MultiIndex or tuples; a header that is a row of data; a set made the index.
"""
from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd

from .data_cases import _missing_name, case_name
from .data_hints import _visible, hidden_character_hint
from .data_lists import _SHOW
from .data_warning import QCAWarning
from .errors import QCAInputError, in_number, quoted, user_stacklevel


#: Characters of QCA's expression syntax (A*~B + C[1], Y{1}, dir_exp 'A=1,B=0', values joined by ';'), and the
#: parentheses expressions reserve (pof refuses grouping: 'A*(B + C)'). ASCII only: full-width （） are letters.
_OPERATORS = "*~+[]{}(),=;"
#: Headers that mean 'this column had no name in the file' (pandas, R's readr).
_UNNAMED_RE = re.compile(r"^(Unnamed: \d+|\.\.\.\d+|)$")


def renamed(name: str) -> str:
    """A name proposed for a set whose name holds QCA's operators: 'GDP, high' -> 'GDP_high' (each run of
    operators, with the blanks around it, one '_')."""
    return re.sub(r"\s*[" + re.escape(_OPERATORS) + r"]+\s*", "_", str(name)).strip("_") or "X"


def comma_name_message(what: str, text: str, columns) -> str:
    """For a list of names written with commas (`what`: 'conditions', the CLI's '--conditions' or '--nec-cond') that
    names a column whose name holds ',': the comma separates the names, and no quoting helps, since a set name cannot
    hold ',' (solutions are written with it): what to rename the column to; '' when no such column is named."""
    if not isinstance(text, str):
        return ""
    col = next((str(c) for c in columns if "," in str(c) and str(c) in text), None)
    if col is None:
        return ""
    return (f"{what} {text!r}: column {col!r} contains ',', which separates the names here; a set name cannot contain "
            "',' (QCA writes expressions with it, so a printed solution could not be read back), so no quoting helps: "
            f"rename the column, e.g. to {renamed(col)!r} (in the file's header, or df.rename(columns="
            f"{{{col!r}: {renamed(col)!r}}}))")


def _check_name(name: str, role: str, columns, empty: bool = False) -> None:
    """Refuse a set name that a printed solution could not show unambiguously (`empty`: the column has no
    values at all)."""
    if _UNNAMED_RE.match(name) and empty:
        raise QCAInputError(
            f"{role} column {quoted(name)} has no name and no values: an empty column (e.g. Excel's trailing ',,,'); "
            "drop it (df.dropna(axis=1, how='all')) or name the conditions")
    if _UNNAMED_RE.match(name):
        raise QCAInputError(
            f"{role} column {quoted(name)} has no name in the data: it is usually an index written by pandas' "
            "to_csv (read the file with index_col=0) or R's write.csv row names; use it as case names "
            f"(case_column={quoted(name)}; CLI: --case-column) or leave it out of the conditions")
    if name != name.strip():
        raise QCAInputError(
            f"{role} column {quoted(name)} has blanks around its name: strip the header "
            "(df.columns = df.columns.str.strip()) so solutions print and read back unambiguously")
    if any(ch in name for ch in "\r\n\t"):   # a header cell typed over two lines (Alt+Enter in Excel)
        fixed = re.sub(r"[\s" + re.escape(_OPERATORS) + r"]+", "_", name).strip("_") or "X"
        raise QCAInputError(
            f"{role} name {quoted(name)} holds a line break (Alt+Enter in an Excel cell?): tables and solutions would print "
            f"it over two lines; rename the column, e.g. to {quoted(fixed)}")
    bad = sorted({ch for ch in name if ch in _OPERATORS}, key=_OPERATORS.index)
    if bad:
        fixed = renamed(name)
        raise QCAInputError(
            f"{role} name {quoted(name)} contains {' '.join(quoted(c) for c in bad)}: QCA writes solutions and "
            f"expressions with {' '.join(_OPERATORS)} (A*~B + C[1], Y{{1}}), so a printed solution could not be "
            "read back; "
            f"rename the column, e.g. to {quoted(fixed)}")
    m = re.match(r"^(.+)\.(\d+)$", name)
    if m and m.group(1) in [str(c) for c in columns]:
        warnings.warn(
            f"columns {quoted(m.group(1))} and {quoted(name)}: pandas' read_csv renames a repeated header {quoted(m.group(1))} "
            f"to {quoted(name)}; if the file names {quoted(m.group(1))} twice, fix its header", QCAWarning, stacklevel=user_stacklevel())


def header_of_numbers(names: list[str], where: str) -> str:
    """A message for a header whose names are numbers after the first ('Baoding,0.71,0.62,0.43'): a file saved
    without its header row, its first case read as the column names; '' for a header of names, and for distinct
    whole numbers after the first (years may name columns). Given only where such a header fails (a name twice,
    '0.6'; no column is the outcome). `where`: how the message names the header ('the first line')."""
    rest = names[1:]
    if len(names) < 3 or not all(re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", n, re.ASCII) for n in rest):
        return ""
    if all(re.fullmatch(r"\d+", n) for n in rest) and len(set(rest)) == len(rest):
        return ""   # distinct whole numbers ('country,1990,2000,2010': years) may be names; memberships are not
    shown = ", ".join(repr(n) for n in names[:4]) + (", ..." if len(names) > 4 else "")
    return (f"{where} holds numbers where the column names go ({shown}): a row of data, the header row left out? "
            "Add a header row naming the columns (the case names' column, the conditions, the outcome), e.g. "
            "case,A,B,Y")


def _column_range(name: str, columns, exclude, conditions: str) -> list[str]:
    """R QCA's range of columns, 'DEV:IND' (DEV, the columns after it, IND), as the columns it names; any other
    name (a column, or one the caller refuses as unknown) as itself."""
    cols = [str(c) for c in columns]
    if ":" not in name or name in cols:
        return [name]
    first, _, last = (p.strip() for p in name.partition(":"))
    if first not in cols or last not in cols:
        return [name]
    i, j = cols.index(first), cols.index(last)
    if i > j:
        raise QCAInputError(f"conditions {quoted(conditions)}: the range runs backwards ({quoted(first)} comes after {quoted(last)} in "
                            f"the data); write {last}:{first}")
    span = cols[i:j + 1]
    if exclude is not None and str(exclude) in span:
        raise QCAInputError(f"conditions {quoted(conditions)}: the range {quoted(name)} ({', '.join(span)}) includes the outcome "
                            f"{quoted(exclude)}; end it before the outcome or list the conditions")
    return span


def parse_conditions(conditions, columns, exclude: str | None = None) -> list[str]:
    """Conditions as a list from a list or a comma-separated string (in which R QCA's range 'A:C' names the columns
    from A to C); default: all columns but `exclude`."""
    if conditions is None or (isinstance(conditions, str) and conditions.strip() == ""):
        return [c for c in columns if c != exclude]
    if isinstance(conditions, str):
        message = comma_name_message("conditions", conditions, columns)
        if message:
            raise QCAInputError(message)
        from .r_calls import r_vector_text

        inner = r_vector_text(conditions)
        if inner is not None and conditions.strip() not in map(str, columns):   # R's c("A", "B") copied as text
            raise QCAInputError(f"conditions {quoted(conditions)}: R's vector c(...) copied as text; write {quoted(inner)}")
        names = [n for c in conditions.split(",") for n in _column_range(c.strip(), columns, exclude, conditions)]
    elif isinstance(conditions, (set, frozenset)):
        raise QCAInputError(
            f"conditions given as a {type(conditions).__name__} {quoted(sorted(map(str, conditions)))} have no order, "
            "and the order of conditions sets the order of truth table columns and of literals in every term "
            "(a set's order changes from run to run); give a list or a comma-separated string")
    elif values_not_name(conditions) is not None and not {str(c).strip() for c in conditions} <= set(map(str, columns)):
        said, name = values_not_name(conditions)   # df['DEV']: its memberships were read as names ('0.58 twice')
        raise QCAInputError(
            f"conditions must be column names (a list or a comma-separated string), got {said} whose values are no "
            f"column names" + (f": give the column's name, conditions=[{quoted(str(name))}]" if name is not None else "")
            + "; the data frame holds the values")
    else:
        try:
            names = [str(c).strip() for c in conditions]
        except TypeError:
            cut = ""
            if isinstance(conditions, (int, float, np.integer, np.floating)) and not isinstance(conditions, bool):
                # necessity(df, 'SURV', 0.9): R's habit of a cut-off by position, where the conditions come third
                value = f"{float(conditions):g}"
                cut = (f"; a cut-off given third, in the place of the conditions? name it: incl_cut={value} "
                       f"(truth_table, super_subset) or benchmark={value} (necessity), and give the conditions "
                       "third or leave them out (every other column)")
            raise QCAInputError(
                f"conditions must be a list of column names or a comma-separated string, got {quoted(conditions)}{cut}"
            ) from None
    if any(n == "" for n in names):
        raise QCAInputError(f"conditions contain an empty name: {quoted(conditions)}; write names separated by commas")
    if not names:
        raise QCAInputError("no conditions given; name at least one condition column")
    return names


#: '~Y', 'Y{1}', 'Y{1,2}'; and 'Y[1]', 'Y[1,2]' as SetMethods and R QCA 3.25 write a multi-value outcome's values (read
#: as 'Y{1}': the engine writes braces, R QCA's older selection; a column really named 'Y[1]' is that column)
_OUTCOME_RE = re.compile(r"^\s*(~?)\s*([^{}~]+?)\s*(?:\{\s*([0-9,\s]+)\s*\}|\[\s*([0-9,\s]+)\s*\])?\s*$")


def values_not_name(value) -> tuple[str, str | None] | None:
    """When `value`, given where a column's name belongs, is a column's values (R's data$Y, pandas' df['Y']: a Series,
    an Index, a numpy array or pandas' other arrays, a Categorical): what it is ("a pandas Series 'SURV' (18 values)")
    and its name, or None."""
    if not isinstance(value, (pd.Series, pd.Index, np.ndarray, pd.api.extensions.ExtensionArray)):
        return None
    name = getattr(value, "name", None)
    kind = ("a pandas Series" if isinstance(value, pd.Series) else "a pandas Index" if isinstance(value, pd.Index)
            else "a numpy array" if isinstance(value, np.ndarray) else f"a pandas {type(value).__name__}")
    return kind + (f" {str(name)!r}" if name is not None else "") + f" ({value.size} values)", name


def index_set_hint(data: pd.DataFrame, names) -> str:
    """A hint when one of `names` (the outcome's column, conditions) is not a column but a level of data's index
    holding numbers: a set made the index (pd.read_csv(path, index_col=0) of a file whose first column is a set,
    df.set_index('SURV')), which named the cases by its memberships; '' otherwise."""
    index = data.index
    levels = [n for n in (index.names if isinstance(index, pd.MultiIndex) else [index.name]) if n is not None]
    for name in names:
        hit = [n for n in levels if str(n) == str(name) and str(n) not in map(str, data.columns)]
        if hit:
            values = index.get_level_values(hit[0])
            if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
                return (f"; {str(name)!r} is the data's index (set by index_col={str(hit[0])!r} or index_col=0, or "
                        f"set_index), so its memberships name the cases: make it a column again, df.reset_index(), "
                        "and name the cases by a column of names (case_column=...) or leave them numbered")
    return ""


def _membership_levels(index: pd.Index) -> list:
    """The named levels of `index` holding only numbers in [0, 1]: memberships (a set made the index), not years or
    case numbers."""
    out = []
    for i, name in enumerate(index.names if isinstance(index, pd.MultiIndex) else [index.name]):
        values = index.get_level_values(i)
        if name is not None and pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            v = values.to_numpy(dtype=float, na_value=np.nan)
            if len(v) and np.nanmin(v) >= 0 and np.nanmax(v) <= 1:
                out.append(name)
    return out


def _listed_names(outcome, conditions) -> list[str]:
    """The outcome's column and the listed conditions as written, for index_set_hint (nothing checked)."""
    try:
        names = [_parse_outcome(outcome)[0]]
    except QCAInputError:
        names = []
    if isinstance(conditions, str):
        names += [c.strip() for c in conditions.split(",")]
    elif isinstance(conditions, (list, tuple)):
        names += [str(c).strip() for c in conditions]
    return names


def check_case_column(case_column, where: str = "the data's") -> None:
    """Refuse a case_column that is the case names themselves (df['country'], an array) rather than a column's
    name: pandas' 'truth value of a Series is ambiguous' was the message; and one that is no name at all, neither a
    text nor a whole number (a column label): pd.NA, nan, True, bytes, a tuple, a Path (`where`: whose column)."""
    given = values_not_name(case_column)
    if given is not None:
        said, name = given
        raise QCAInputError(
            f"case_column must be the name of {where} column of case names, got {said}: give the column's name"
            + (f", case_column={quoted(str(name))}" if name is not None else "")
            + ", or name the cases by these values as the index (df.index = <them>) and leave case_column out")
    if case_column is not None and not isinstance(case_column, str) and (
            isinstance(case_column, (bool, np.bool_)) or not isinstance(case_column, (int, np.integer))):
        raise QCAInputError(f"case_column must be the name of {where} column of case names, got {case_column!r:.80} "
                            f"({type(case_column).__name__}): give the column's name as a text, e.g. "
                            "case_column='case', or leave it out")


def _listed_outcome_hint(outcome) -> str:
    """": one outcome, written as a text: outcome='SURV'" for ['SURV'] (a list as conditions are given), ": one
    outcome per call, e.g. outcome='A'" for a list of several names; '' for anything else."""
    if not isinstance(outcome, (list, tuple)) or not outcome or not all(
            isinstance(v, str) and v.strip() for v in outcome):
        return ""
    if len(outcome) == 1:
        return f": one outcome, written as a text: outcome={quoted(outcome[0].strip())}"
    return f": one outcome per call, e.g. outcome={quoted(outcome[0].strip())}"


def _parse_outcome(outcome) -> tuple[str, bool, tuple[int, ...] | None]:
    if isinstance(outcome, (int, np.integer)) and not isinstance(outcome, (bool, np.bool_)):
        outcome = str(outcome)  # an integer column label (columns are compared as text)
    if isinstance(outcome, str) and re.match(r"^\s*~\s*~", outcome):
        raise QCAInputError(
            f"outcome {quoted(outcome)} is negated twice (the two negations cancel out and would explain the outcome "
            "itself); write '~NAME' or use negate_outcome (CLI: --negate-outcome), not both")
    if isinstance(outcome, pd.DataFrame):   # df[['SURV']]: its printout over many lines was the message
        names = [str(c) for c in outcome.columns]
        if not names:
            raise QCAInputError("outcome must be a column name (optionally '~NAME' or 'NAME{v}'), got a pandas "
                                f"DataFrame of no columns ({len(outcome)} rows): give the outcome column's name")
        said = (f"the one column {names[0]!r}" if len(names) == 1 else
                f"{len(names)} columns ({', '.join(map(repr, names[:_SHOW]))}{' ...' if len(names) > _SHOW else ''})")
        raise QCAInputError(f"outcome must be a column name (optionally '~NAME' or 'NAME{{v}}'), got a pandas DataFrame "
                            f"of {said} ({len(outcome)} rows): give {'the' if len(names) == 1 else 'one'} column's "
                            f"name, {'' if len(names) == 1 else 'e.g. '}outcome={quoted(names[0])}; the data frame "
                            "holds its values")
    given = values_not_name(outcome)
    if given is not None:
        said, name = given
        items = list(np.asarray(outcome, dtype=object).ravel()[:_SHOW + 1])
        if not isinstance(outcome, pd.Series) and 0 < outcome.size <= _SHOW and all(isinstance(v, str) and v.strip()
                                                                                  for v in items):
            # df.columns[-1:], np.array(['SURV']): the outcome's name in an array, as a list of one names it
            raise QCAInputError(f"outcome must be a column name (optionally '~NAME' or 'NAME{{v}}'), got {said} "
                                f"holding {', '.join(map(quoted, map(str, items)))}"
                                f"{_listed_outcome_hint([str(v) for v in items])}")
        # R's pof(setms, outcome = data$Y): the values, not a name
        raise QCAInputError(f"outcome must be a column name (optionally '~NAME' or 'NAME{{v}}'), got {said}: give the "
                            "column's name" + (f", outcome={quoted(str(name))}" if name is not None else "") +
                            "; the data frame holds its values")
    if not isinstance(outcome, str) or outcome.strip() == "":
        raise QCAInputError(f"outcome must be a column name (optionally '~NAME' or 'NAME{{v}}'), got {quoted(outcome)}"
                            f"{_listed_outcome_hint(outcome)}")
    m = _OUTCOME_RE.match(outcome)
    if not m:
        # 'SURV{1}\u2060', 'SURV{1\u200b}': an outcome copied from a web page with an invisible character that keeps it
        # from being read, which it would be without it
        hidden = hidden_character_hint(outcome) if _OUTCOME_RE.match(_visible(outcome)) else ""
        raise QCAInputError(f"outcome {quoted(outcome)}: cannot read it" + (hidden or (
            "; write a column name, '~NAME' for its negation, or 'NAME{v}' / 'NAME{v,w}' for values of a multi-value "
            "outcome")))
    values = None
    inside = m.group(3) if m.group(3) is not None else m.group(4)
    if inside is not None:
        parts = [v.strip() for v in inside.split(",")]
        marks = "braces" if m.group(3) is not None else "brackets"
        try:
            listed = [int(v) for v in parts if v]
        except ValueError:
            raise QCAInputError(f"outcome {quoted(outcome)}: cannot read the values between the {marks}; write whole numbers "
                                f"separated by commas, e.g. '{m.group(2)}{{1}}' or '{m.group(2)}{{1,2}}'") from None
        if not listed:
            raise QCAInputError(f"no outcome value inside the braces of {quoted(outcome)}; write e.g. 'NAME{{1}}'")
        # 'DEV{1,}', 'DEV{1,1}' were read as 'DEV{1}' without a word: a value left out or mistyped, as a condition
        # named twice is refused
        if "" in parts:
            raise QCAInputError(f"outcome {quoted(outcome)} has an empty value between the {marks} (a stray comma?); write "
                                f"the values separated by commas, e.g. '{m.group(2)}{{1}}' or '{m.group(2)}{{1,2}}'")
        twice = sorted({v for v in listed if listed.count(v) > 1})
        if twice:
            raise QCAInputError(f"outcome {quoted(outcome)} names value(s) {', '.join(map(str, twice))} twice; name each "
                                f"value once, e.g. '{m.group(2)}{{{','.join(map(str, sorted(set(listed))))}}}'")
        values = tuple(sorted(listed))
    return m.group(2), m.group(1) == "~", values


def duplicate_columns_message(columns: pd.Index, missing_too: bool = False) -> str:
    """The message for column names given twice, '' when none is; a missing name (None, NaN: an unnamed column,
    which prepare_data names in its own message) counts only with `missing_too`."""
    dup = sorted({str(c) for c in columns[columns.duplicated()] if missing_too or not _missing_name(c)})
    return (f"duplicate {in_number(len(dup), 'column name')} in the data: {', '.join(dup)}; column names must be unique"
            if dup else "")


def multiindex_columns_message(columns: pd.MultiIndex) -> str:
    """The message for a frame whose columns are a MultiIndex (a pivot, a groupby's agg, read with header=[0, 1]):
    QCA names each set by one name; flatten them first, dropping a level that holds one value for every column
    (df.droplevel(i, axis=1)), else joining the levels by '_'."""
    first = columns[0]
    constant = [i for i in range(columns.nlevels) if columns.get_level_values(i).nunique() == 1]
    if constant and len(constant) < columns.nlevels:
        kept = [v for i, v in enumerate(first) if i not in constant]
        how = (f"drop the level that holds one value for every column: df.droplevel({constant[0]}, axis=1)"
               + (f" (then the first column is {case_name(tuple(kept))!r})" if len(constant) == 1 else ""))
    else:
        how = (f"join the levels: df.columns = ['_'.join(map(str, c)) for c in df.columns] (then the first column is "
               f"{case_name(first)!r})")
    return (f"the data's columns are a MultiIndex of {columns.nlevels} levels (the first {first!r}): QCA names each "
            f"set by one name; {how}")


def tuple_columns_message(columns) -> str:
    """multiindex_columns_message for a MultiIndex; for columns each named by a tuple of the same length (a MultiIndex
    flattened: df.columns.to_flat_index(), or a frame built from such columns), read as set names "('a', 'DEV')"
    that no expression can name and an outcome ('a', 'SURV') taken for a list of outcomes, the same advice in the
    form that works on them (joining each name's parts; keeping the one part that varies); '' for other columns."""
    if isinstance(columns, pd.MultiIndex):
        return multiindex_columns_message(columns)
    names = list(columns)
    if not names or not all(isinstance(c, tuple) and len(c) > 1 for c in names) or len({len(c) for c in names}) > 1:
        return ""
    varying = [i for i in range(len(names[0])) if len({c[i] for c in names}) > 1]
    how = (f"keep the part that varies: df.columns = [c[{varying[0]}] for c in df.columns] (then the first column is "
           f"{case_name(names[0][varying[0]])!r})" if len(varying) == 1 else
           f"join the parts: df.columns = ['_'.join(map(str, c)) for c in df.columns] (then the first column is "
           f"{case_name(names[0])!r})")
    return (f"the data's columns are named by tuples of {len(names[0])} parts (the first {names[0]!r}; a MultiIndex "
            f"flattened): QCA names each set by one name; {how}")
