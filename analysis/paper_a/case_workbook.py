"""Paper A's case matrix kept in an Excel workbook (data/raw/paperA_cases.xlsx): read by the engine's reader of
workbooks (analysis.qca.sheets.read_workbook: its first sheet, formulas as the values Excel saved, merged cells, a
title above the header and dates among numbers refused naming the cells), then checked by exactly the checks of a
CSV case file (cases.load_cases, on the CSV text of the sheet), each message naming the workbook and its sheet, and a
row's line as the cell Excel shows ('row 5 (cell A7), column 'case_id''), the rows counted as Excel counts them."""
from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..paths import relative
from ..validate import DataValidationError

#: The suffixes of the workbooks a case file may be (the engine's reader: analysis.qca.sheets).
CASE_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def is_workbook(path: Path) -> bool:
    """Whether the case file at `path` is an Excel workbook the engine reads (by its suffix or its content)."""
    if not path.is_file():
        return False
    if path.suffix.lower() in CASE_WORKBOOK_SUFFIXES:
        return True
    from ..qca.sheets import table_kind

    with open(path, "rb") as fh:
        return table_kind(str(path), fh.read(16)) == "xlsx"


def load_workbook_cases(path: Path, codebook: pd.DataFrame, load_cases):
    """The CaseData of the workbook at `path` (see the module docstring); `load_cases`: cases.load_cases, which
    checks the sheet's CSV text."""
    from ..qca.errors import QCAInputError
    from ..qca.read import data_records
    from ..qca.sheets import read_workbook

    name = relative(path)
    try:
        grid = read_workbook(str(path))
    except QCAInputError as exc:   # the engine's message, naming the file: said as a case file's problem
        text = str(exc)
        raise DataValidationError(name, [text[len(str(path)) + 2:] if text.startswith(f"{path}: ") else text]) from None
    where = f"{name} (sheet {grid.sheet!r})"
    # the line of the CSV text each data row starts on -> the row of the sheet; line 1 is the header's row
    starts = [start for start, _, _ in data_records(grid.text)]
    row_of = {1: grid.header, **{line: row for line, row in zip(starts, grid.rows)}}
    letter = {n: grid.letters[j] for j, n in enumerate(grid.names) if n}

    def said(problem: str, shown: str) -> str:
        problem = problem.replace(shown, where)

        def at_cell(m):
            row = row_of.get(int(m.group(2)))
            col = letter.get(m.group(3))
            return (f"row {m.group(1)} (cell {col}{row}), column '{m.group(3)}'" if row and col else
                    f"row {m.group(1)} (row {row} of the sheet), column '{m.group(3)}'" if row else m.group(0))

        problem = re.sub(r"row (\d+) \(line (\d+)\), column '([^']*)'", at_cell, problem)
        return re.sub(r"\bline (\d+)\b", lambda m: f"row {row_of[int(m.group(1))]} of the sheet"
                      if int(m.group(1)) in row_of else m.group(0), problem)

    with tempfile.TemporaryDirectory() as folder:
        text_file = Path(folder) / f"{path.stem}.csv"
        text_file.write_text(grid.text, encoding="utf-8")
        shown = relative(text_file)
        try:
            cases = load_cases(text_file, codebook)
        except DataValidationError as exc:
            raise DataValidationError(where, [said(p, shown) for p in exc.problems]) from None
    frame = cases.frame.copy()
    frame.attrs = {}   # the lines of the CSV text are no lines of the workbook: messages name the data's rows
    return replace(cases, frame=frame, file=name)
