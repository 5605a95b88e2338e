"""Paper A's case matrix kept in a workbook or another program's data file (data/raw/paperA_cases.xlsx, or .xlsm,
.xls, .ods, a Stata .dta or an SPSS .sav / .zsav / .por file): read by the engine's one reader of these files
(analysis.qca.read.read_table, with which read_data reads them: sheets.read_workbook for a workbook, its first sheet, formulas as the values saved,
merged cells, a title above the header and dates among numbers refused naming the cells; sheets.read_stata and
read_spss for a data file), then checked by exactly the checks of a CSV case file (cases.load_cases, on the CSV text
of the table), each message naming the file and its sheet ('row 5 (cell A7), column 'case_id'', the rows counted as
the spreadsheet counts them), or the Stata or SPSS file and its case ('row 5, column 'case_id'': the 5th case)."""
from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..paths import relative
from ..validate import DataValidationError


def is_workbook(path: Path) -> bool:
    """Whether the case file at `path` is a file the engine reads as a table (a workbook, a Stata or an SPSS file: by
    its content, sheets.table_kind; an Excel workbook by its suffix too, so that a damaged one is named as one)."""
    if not path.is_file():
        return False
    from ..qca.sheets import PEEK, WORKBOOK_SUFFIXES, table_kind

    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return True
    with open(path, "rb") as fh:
        return table_kind(str(path), fh.read(PEEK)) is not None


def load_workbook_cases(path: Path, codebook: pd.DataFrame, load_cases):
    """The CaseData of the workbook or Stata or SPSS file at `path` (see the module docstring); `load_cases`:
    cases.load_cases, which checks the table's CSV text."""
    from ..qca.errors import QCAInputError
    from ..qca.read import data_records, read_table
    from ..qca.sheets import read_workbook

    name = relative(path)
    try:   # the engine's reader of each kind of file (read_data's); an .xlsx name on other content: as a workbook
        grid = read_table(str(path)) or read_workbook(str(path))
    except QCAInputError as exc:   # the engine's message, naming the file: said as a case file's problem
        text = str(exc)
        raise DataValidationError(name, [text[len(str(path)) + 2:] if text.startswith(f"{path}: ") else text]) from None
    sheet = grid.sheet is not None   # a workbook's sheet; else a Stata or SPSS file, its cases counted from 1
    where = f"{name} (sheet {grid.sheet!r})" if sheet else f"{name} ({grid.program} file)"
    # the line of the CSV text each data row starts on -> the row of the sheet (the case of a data file); line 1 is
    # the header's row
    starts = [start for start, _, _ in data_records(grid.text)]
    row_of = {1: grid.header, **{line: row for line, row in zip(starts, grid.rows)}}
    letter = {n: grid.letters[j] for j, n in enumerate(grid.names) if n} if grid.letters else {}

    def said(problem: str, shown: str) -> str:
        problem = problem.replace(shown, where)

        def at_cell(m):
            row = row_of.get(int(m.group(2)))
            col = letter.get(m.group(3))
            return (f"row {m.group(1)} (cell {col}{row}), column '{m.group(3)}'" if row and col else
                    f"row {m.group(1)} (row {row} of the sheet), column '{m.group(3)}'" if row and sheet else
                    f"row {m.group(1)}, column '{m.group(3)}'" if row else m.group(0))

        def at_line(m):
            row = row_of.get(int(m.group(1)))
            return (m.group(0) if row is None else f"row {row} of the sheet" if sheet else
                    f"case {row} of the file" if row else "the variables' names")

        problem = re.sub(r"row (\d+) \(line (\d+)\), column '([^']*)'", at_cell, problem)
        return re.sub(r"\bline (\d+)\b", at_line, problem)

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
