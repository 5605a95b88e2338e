"""Case names: the one rule naming a case from its label (case_name), and the messages refusing a missing, empty or
repeated name with the rows (and the file's lines) where it is; a column that looks like case names; a summary row
('Total', '合计') below the data.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .data_cells import arrow_type_unread
from .data_files import FileLines, rows_at
from .data_lists import _names
from .errors import QCADataError, QCAInputError, quoted


def looks_like_case_names(col: pd.Series) -> bool:
    """A column holding a different non-numeric text in every row (no missing cell): case names."""
    if arrow_type_unread(col) or col.isna().any() or not (pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col)):
        return False
    values = [str(v).strip() for v in col]
    return all(values) and len(set(values)) == len(values) and bool(
        pd.to_numeric(pd.Series(values), errors="coerce").isna().all())


def _index_name(data) -> str:
    """' ('county')' for a frame whose index has a name (read_csv(..., index_col='county')), '' else."""
    name = getattr(getattr(data, "index", None), "name", None)
    return f" ({str(name)!r})" if name is not None else ""


def repeated_case_names(col: pd.Series) -> list[str]:
    """The names a column of case names holds twice or more (case names with a mistake: a case entered twice),
    or [] when the column is no such column: every cell a non-numeric text, and at most one in ten of them (at
    least one) a repeat, unlike a column of text labels ('low', 'high'), whose values repeat throughout."""
    if col.isna().any() or not (pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col)):
        return []
    values = [str(v).strip() for v in col]
    repeats = len(values) - len(set(values))
    if (not all(values) or repeats == 0 or repeats > max(1, len(values) // 10)
            or not pd.to_numeric(pd.Series(values), errors="coerce").isna().all()):
        return []
    return sorted({v for v in values if values.count(v) > 1})


def where_repeated(names, repeated, at: FileLines | None = None) -> str:
    """Where each of the first repeated names is: "'a' in row(s) 1, 5" (rows from 1), with the file's lines when
    the engine read the file (`at`: "'a' in row(s) 1, 5 (line(s) 2, 7 of the file)"), joined by '; '."""
    names = [str(n).strip() for n in names]
    out = []
    for name in list(repeated)[:3]:
        rows = [i for i, n in enumerate(names) if n == str(name).strip()]
        out.append(f"{str(name)!r} in row(s) {rows_at(rows, at)}")
    return "; ".join(out) + ("; ..." if len(repeated) > 3 else "")


def blank_case_names_message(names, column, at: FileLines | None = None) -> str:
    """The message refusing a case column with a case left without a name (an empty or blank cell, or a missing one:
    NaN, None), naming its rows (with the file's lines when the engine read it: `at`), as the calibrate command and
    calibrate_frame say it, before duplicate_case_names_message (two blank names were 'duplicate case name(s) nan');
    '' when every case has a name."""
    blank = [i for i, v in enumerate(names) if _missing_name(v) or case_name(v) == ""]
    if not blank:
        return ""
    return f"column {quoted(column)} has no case name in row(s) {rows_at(blank, at)}; every case needs a name"


def duplicate_case_names_message(cases, column, at: FileLines | None = None) -> str:
    """The message refusing a case column that names a case more than once (`cases`: its names, stripped), as the
    calibrate command and calibrate_frame say it; '' when every name is its own."""
    dup = sorted(duplicate_names(cases))
    if not dup:
        return ""
    return (f"duplicate case name(s) {', '.join(map(quoted, dup[:5]))} in column {quoted(column)} (spaces around "
            f"names are ignored); case names must be unique: {where_repeated(cases, dup, at)}")


def duplicate_names(names) -> list[str]:
    """Names that occur more than once, each once, in order of their second occurrence."""
    seen, reported, dup = set(), set(), []
    for c in names:
        if c in seen and c not in reported:
            dup.append(c)
            reported.add(c)
        seen.add(c)
    return dup


#: Case names that are the label of a summary row a spreadsheet adds below the data (compared casefolded:
#: SUMMARY_NAME.fullmatch(name.casefold())); Paper A's case workbook reads its summary rows by it too. Besides totals
#: and means: counts ('Count', Excel's COUNT; 'Obs', Stata's; 'Valid N (listwise)', SPSS Descriptives'; '样本量',
#: '个数', '频数'), a share below a total ('占比', '百分比', '比例', '%': the total over the number of cases) and
#: '汇总' (a summary, as Chinese tables label it; WPS's own pivot-table label unverified). 'N' alone is no such name (a case may be
#: named N): read.read_data takes it for a count row only when its values are the counts of the rows above.
SUMMARY_NAME = re.compile(
    r"(total|totals|sum|mean|average|avg|median|s\.d\.|std|std\. ?dev\.?|standard deviation|min|max|minimum|"
    r"maximum|overall|grand total|count|obs|observations|valid n|valid n \(listwise\)|percent|percentage|share|%|"
    r"合计|总计|总和|小计|汇总|平均|平均值|平均数|均值|中位数|标准差|最小值|最大值|计数|样本量|样本数|个数|频数|"
    r"观测值|观测数|占比|百分比|比例|比重)")


def _summary_rows(cases, mask) -> str:
    """'; case 'Total' looks like a summary row ...' for the cases in `mask` named like a summary row below the data
    (a 'Total' row with its cells left empty was told only to drop or impute the case), '' for none."""
    summary = np.asarray(mask, dtype=bool) & np.array(
        [SUMMARY_NAME.fullmatch(str(name).casefold()) is not None for name in cases], dtype=bool)
    if not summary.any():
        return ""
    one = int(summary.sum()) == 1
    return (f"; case {_names(cases, summary)} look{'s' if one else ''} like a summary row (a total, mean or other "
            f"statistic below the data), not a case: delete the row{'' if one else 's'}")


#: What joins the levels of a MultiIndex into one case name: ('GR', 1990) is 'GR_1990'.
CASE_LEVEL_JOIN = "_"


def case_name(value) -> str:
    """The name of a case whose label (an index entry or a cell of the case column) is `value`: str(value) stripped
    (' AU ' is AU, as cells are read stripped); an entry of a MultiIndex, a tuple, its levels each so named and
    joined by '_' (('GR', 1990) is 'GR_1990', not "('GR', 1990)", whose comma and quotes broke the case lists of
    every printed table); a timestamp at midnight its date ('2020-01-08', not '2020-01-08 00:00:00'). The one rule:
    prepare_data, the sweeps' case names (case_removal, a test's drop_cases) and the raw values' match use it."""
    if isinstance(value, tuple):
        return CASE_LEVEL_JOIN.join(case_name(v) for v in value)
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return str(value.date())
    return str(value).strip()


def _missing_name(v) -> bool:
    """A case label that is missing: None, NA, NaT or NaN, or a MultiIndex entry with a missing level."""
    if isinstance(v, tuple):
        return any(_missing_name(part) for part in v)
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, (float, np.floating)) and v != v)


def _check_case_names(names, column: str | None, at: FileLines | None = None) -> None:
    """Refuse missing (NaN) or empty case names, naming their rows (1-based) and where they are (`column`, or the
    index when None), with the lines of the file when the engine read it (`at`). A case named 'NA' (Namibia) or
    'None' read with pandas' defaults is NaN, and str(NaN)
    would silently name the case 'nan'."""
    # plain Python, no pandas: some pandas calls enter warnings.catch_warnings(), which resets the registry that
    # shows each skew note once (a notebook would show it again at every call)
    names = list(names)
    missing = np.array([_missing_name(v) for v in names], dtype=bool)
    empty = np.array([(isinstance(v, str) and v.strip() == "") or (isinstance(v, tuple) and case_name(v) == "")
                      for v in names], dtype=bool)

    def rows(mask) -> str:
        return rows_at(np.flatnonzero(mask), at)

    if missing.any():
        where = (f"case column '{column}' has missing (NaN) case name(s) in row(s) {rows(missing)}" if column
                 is not None else f"case name(s) of the index missing (NaN) in row(s) {rows(missing)}")
        raise QCAInputError(
            f"{where}: pandas' read_csv reads the text 'NA', 'N/A', 'NULL', 'None', 'nan' as missing, so a case "
            "named NA (Namibia) becomes NaN; read the file with keep_default_na=False, na_values=[''] (or give "
            "every case a name)")
    if empty.any():
        where = (f"case column '{column}' has empty case name(s) in row(s) {rows(empty)}" if column is not None
                 else f"case name(s) of the index are empty in row(s) {rows(empty)}")
        raise QCADataError(f"{where}; every case needs a name")   # a problem of the data (the CLI names its file)
