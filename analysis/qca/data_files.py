"""What a table read from a file carries in its DataFrame.attrs, and the messages that use it: FileLines (each row's
line of the file, or row and column letters of a worksheet) so that a message names the file's lines or the sheet's
cells; a Stata or SPSS file's date variables, program and value labels; the raw columns calibrate_frame left out;
the workbook whose first sheet read_data read.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data_lists import _SHOW
from .errors import quoted


#: The key of DataFrame.attrs under which a table read from a file keeps where each of its rows is (FileLines): set by
#: the engine's reader (read.read_data) and by the validated tables (analysis.validate.read_frame).
FILE_LINES = "qca_file_lines"
#: The attrs key of a table read from a Stata or SPSS file holding date or time variables: {column: what it is, "a
#: date or time variable of the Stata file (format %td)"}, so that such a column taken for a set is named as a date.
DATE_VARIABLES = "qca_date_variables"
#: The attrs key of a table read from a Stata or SPSS file: 'Stata' or 'SPSS', so that a hint says what to do there.
PROGRAM = "qca_program"
#: The attrs key of a table read from a Stata or SPSS file holding labelled variables: {column: {code as its cells
#: write it: label}}, the cells holding the codes, so that a set's codes naming the labels are told so.
VALUE_LABELS = "qca_value_labels"
#: The attrs key of calibrate_frame's result: {"keep": the columns it kept, "left_out": the raw columns it neither
#: calibrated nor kept}, so that an outcome or condition asked of it that it left out (an outcome coded 0/1 already,
#: not in keep) is told keep=[...], not only that the data lack it.
LEFT_OUT = "qca_calibrate_left_out"
#: The attrs key of a workbook's sheet read_data read as the first sheet, no sheet named: the workbook's path, so that
#: a column asked of the frame that another sheet holds (a first sheet of notes, the data on the next) is told which
#: sheet holds it and read_data(path, sheet=...) (first_sheet_hint), as the command line says --sheet.
FIRST_SHEET = "qca_first_sheet_read"
#: The attrs key of a table read_data read whose case column names summary rows at the bottom ('合计', 'Mean') that
#: read_data warned of: those case names, so that the analysis does not warn of them a second time.
SUMMARY_ROWS = "qca_summary_rows_warned"


def summary_rows_warned(data) -> tuple[str, ...]:
    """The case names of the summary rows read_data warned of when it read `data` (attrs[SUMMARY_ROWS]), or ()."""
    kept = getattr(data, "attrs", None)
    kept = kept.get(SUMMARY_ROWS) if kept else None
    return tuple(kept) if isinstance(kept, tuple) else ()


def calibrate_left_out_hint(data, names) -> str:
    """'; calibrate_frame left 'Y' out ...: keep=[...]' when one of `names` (an outcome, conditions, columns asked of
    `data`) is a raw column that calibrate_frame, whose result `data` is, neither calibrated nor kept; '' else."""
    kept = getattr(data, "attrs", None)
    kept = kept.get(LEFT_OUT) if kept else None
    if not isinstance(kept, dict):
        return ""
    left = [n for n in dict.fromkeys(map(str, names)) if n in kept.get("left_out", ())]
    if not left or any(n in map(str, getattr(data, "columns", ())) for n in left):
        return ""
    keep = list(kept.get("keep", ())) + left
    return (f"; calibrate_frame left {', '.join(quoted(n, as_written=True) for n in left)} out (neither a set of its "
            f"spec nor kept): keep={keep!r} copies {'it' if len(left) == 1 else 'them'} unchanged (a set coded "
            f"already, such as an outcome coded 0/1; CLI: calibrate's --keep)")


def first_sheet_hint(data, names) -> str:
    """"; sheet 2 '数据' holds them: read_data(path, sheet=2) reads it (...)" when `data` is the first sheet of a
    workbook read_data read without a sheet named (attrs[FIRST_SHEET]) and another of its sheets holds every one of
    `names` (an outcome, conditions, a case column, calibrate_frame's raw columns: sheets.other_sheet_hint); ''
    else. Before, only the command line said so (--sheet 2): in Python the refusal named the notes sheet's columns
    alone."""
    kept = getattr(data, "attrs", None)
    path = kept.get(FIRST_SHEET) if kept else None
    names = [str(n) for n in dict.fromkeys(names) if n is not None]
    if not isinstance(path, str) or not names or any(n in map(str, getattr(data, "columns", ())) for n in names):
        return ""
    from .sheets import other_sheet_hint

    return other_sheet_hint(path, names, python=True)


@dataclass(frozen=True, eq=False)
class FileLines:
    """Where the rows of a table read from a file are in that file: `lines`, the line each data row starts on
    (read.data_records: blank lines, Excel's 'sep=,' line and quoted cells running over lines counted); `names`, the
    case names of those rows as the engine's reader read them (read_data; used only while the frame's case names are
    still these), or None for a table analysis.validate read (used while the frame has its rows: as many, or a
    selection of them named by their place in the file). The one carrier of a file's lines, kept in the frame's
    attrs (FILE_LINES), so that a message on rows names the file's lines. For a worksheet (read.read_data of an
    .xlsx workbook, sheets.read_workbook): `lines` are its rows as Excel counts them, `sheet` its name and `letters`
    each column's letter ((name, letter) pairs), so that a message names the cell (cell C5 of sheet 'Data')."""
    path: str
    names: tuple[str, ...] | None
    lines: tuple[int, ...]
    sheet: str | None = None
    letters: tuple[tuple[str, str], ...] = ()

    def __deepcopy__(self, memo):   # pandas deep-copies attrs at every operation: nothing here changes
        return self


def kept_lines(data) -> FileLines | None:
    """The FileLines a table read from a file keeps in its attrs, or None."""
    kept = getattr(data, "attrs", None)
    kept = kept.get(FILE_LINES) if kept else None
    return kept if isinstance(kept, FileLines) else None


def file_lines(data, names) -> FileLines | None:
    """The FileLines read_data() kept for `data` when its case names are still `names` in that order (a frame
    filtered, sorted or built otherwise has none: its row numbers are not the file's)."""
    kept = kept_lines(data)
    if kept is not None and kept.names is not None and kept.names == tuple(str(n) for n in names):
        return kept
    return None


def rows_at(rows, at: FileLines | None = None) -> str:
    """Data rows (0-based `rows`) as a message names them: 'row(s) 1, 5', with the lines of the file they are on
    when the engine read the file itself (`at`): 'row(s) 1, 5 (line(s) 4, 9 of the file)' (the command line names
    the file before the message; 'of the input' for standard input)."""
    rows = list(rows)
    more = " ..." if len(rows) > _SHOW else ""
    said = ", ".join(str(i + 1) for i in rows[:_SHOW]) + more
    if at is None:
        return said
    from .read import the_file   # read imports this module

    if at.sheet is not None:   # a worksheet: its rows as Excel counts them
        return f"{said} (row(s) {', '.join(str(at.lines[i]) for i in rows[:_SHOW])}{more} of sheet {at.sheet!r})"
    return f"{said} (line(s) {', '.join(str(at.lines[i]) for i in rows[:_SHOW])}{more} of {the_file(at.path)})"


def cells_at(at: FileLines | None, column, mask) -> str:
    """For a table read from a worksheet (`at` with a sheet): the cells of `column` in the rows `mask` selects, as
    Excel names them (', cell(s) C5, C9 of sheet 'Data''), to follow the cases a message names; '' otherwise."""
    letter = dict(at.letters).get(str(column)) if at is not None and at.sheet is not None else None
    if letter is None:
        return ""
    rows = np.flatnonzero(mask)
    more = " ..." if len(rows) > _SHOW else ""
    return (f", cell(s) {', '.join(f'{letter}{at.lines[i]}' for i in rows[:_SHOW] if i < len(at.lines))}{more} of "
            f"sheet {at.sheet!r}")
