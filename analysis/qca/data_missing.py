"""Dropping the cases with a missing value, an explicit choice the analysis never makes itself: drop_missing_cases
(the command line's --drop-missing), which names each case dropped, its line of the file and its missing cells.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .checks import flag
from .data_cases import case_name
from .data_cells import missing_cells
from .data_files import FILE_LINES, FileLines, calibrate_left_out_hint, file_lines
from .data_hints import _near, missing_case_column
from .data_lists import _SHOW, _show_columns
from .data_names import duplicate_columns_message
from .data_warning import QCAWarning
from .errors import QCADataError, QCAInputError, quoted, user_stacklevel
from .r_calls import refuses_r_only_arguments


def _dropped_cases(data: pd.DataFrame, columns: list, case_column=None) -> tuple[pd.DataFrame, str]:
    """`data` without the cases holding a missing value (missing_cells) in `columns`, and the note naming each case
    dropped (its row's line of the file, or row of the sheet, when read_data read it; the columns and the text of
    its missing cells) and how many were dropped and are left ('' when none is). Refuses dropping every case."""
    gaps = {c: missing_cells(data, c) for c in columns}
    drop = np.zeros(len(data), dtype=bool)
    for mask in gaps.values():
        drop |= mask
    if not drop.any():
        return data, ""
    labels = data[case_column] if case_column is not None else data.index
    names = [case_name(v) for v in labels.tolist()]
    at = file_lines(data, labels)
    listed = []
    for i in np.flatnonzero(drop):
        cells = []
        for c, mask in gaps.items():
            if mask[i]:
                raw = data[c].iat[i]
                shown = quoted(raw.strip()) if isinstance(raw, str) and raw.strip() else "empty"
                cells.append(f"{quoted(str(c), as_written=True)} {shown}")
        where = ("" if at is None else f"line {at.lines[i]}: " if at.sheet is None else
                 f"row {at.lines[i]} of sheet {at.sheet!r}: ")
        listed.append(f"{quoted(names[i])} ({where}{', '.join(cells)})")
    count, total = int(drop.sum()), len(data)
    in_columns = ", ".join(quoted(str(c), as_written=True) for c in columns)
    if count == total:
        raise QCADataError(f"every case ({total}) has a missing value in {in_columns}, so dropping the cases with one "
                           f"leaves none: {', '.join(listed[:_SHOW])}{' ...' if total > _SHOW else ''}; fill in the "
                           "cells, or leave the columns most often missing out of the conditions")
    kept = data.iloc[np.flatnonzero(~drop)]
    if at is not None:   # later messages name the file's lines of the cases kept
        kept.attrs[FILE_LINES] = FileLines(at.path, tuple(n for n, d in zip(at.names, drop) if not d),
                                           tuple(n for n, d in zip(at.lines, drop) if not d), at.sheet, at.letters)
    return kept, (f"dropped {count} of {total} cases for a missing value in {in_columns}: {', '.join(listed)}; "
                  f"{total - count} cases left")


@refuses_r_only_arguments("drop_missing_cases")
def drop_missing_cases(data, columns, case_column=None, *, warn: bool = True) -> pd.DataFrame:
    """The data without the cases holding a missing value in `columns` (a list, or a comma-separated string, of the
    columns an analysis uses: its outcome and conditions), as the command line's --drop-missing drops them: an
    explicit choice, never made by the analysis itself, which refuses such a case. A cell is missing by the
    engine's rule: NaN, None, pd.NA, an empty or blank cell, or a mark of a missing value as R, SPSS, Stata, Excel
    or a Chinese table write one ('NA', '.', '-', '#N/A', '缺失', '—'), so the text cells read_data gives, which
    pandas' dropna keeps, are dropped too. case_column: the column of case names (default: the index), which names
    the cases dropped. warn: say which cases were dropped (each with its line of the file, when read_data read it,
    and its missing cells) and how many, as a QCAWarning; nothing is dropped silently. Dropping every case is
    refused. In R, na.omit(data[, c(outcome, conditions)]) drops such cases without naming them; the R package
    QCA3's cs_truthTable() documents an argument `missing` whose default excludes them (its documentation: R is not
    run here)."""
    warn = flag("warn", warn)
    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    if isinstance(columns, str):
        columns = [c.strip() for c in columns.split(",")]
    elif not isinstance(columns, (list, tuple, pd.Index)):
        raise QCAInputError(f"columns must be a list of column names or a comma-separated string such as 'A, B, Y', "
                            f"got {type(columns).__name__}")
    if duplicate_columns_message(data.columns, missing_too=True):   # which of two columns 'A'? (it dropped none)
        raise QCAInputError(duplicate_columns_message(data.columns, missing_too=True))
    present = {str(c): c for c in data.columns}
    unknown = [c for c in columns if str(c) not in present]
    if unknown:
        raise QCAInputError(f"column {quoted(str(unknown[0]), as_written=True)} is not in the data"
                            f"{_near(str(unknown[0]), list(present), sets=False)} (columns: {_show_columns(list(present))})"
                            f"{calibrate_left_out_hint(data, unknown[:1])}")
    if case_column is not None and case_column not in data.columns:
        raise QCAInputError(missing_case_column(case_column, data))
    kept, note = _dropped_cases(data, [present[str(c)] for c in dict.fromkeys(columns)], case_column)
    if note and warn:
        warnings.warn(note, QCAWarning, stacklevel=user_stacklevel())
    return kept
