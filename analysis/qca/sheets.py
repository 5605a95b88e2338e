"""Reading a user's data kept in Excel (.xlsx, .xlsm), Stata (.dta) or SPSS (.sav, .zsav) as the text cells the engine
reads from a CSV file (read.read_data), so that the same checks and messages apply, with the file's own places in them:
a workbook's cells as Excel names them (sheet, column letter, row number as Excel counts it).

A workbook: the first sheet unless `sheet` names one (its name, or its place counted from 1 as the tabs show it; read
by default, another sheet starting with the same header is named in a warning);
the header is the first row holding a value (empty rows and columns around the table are skipped; a title above the
header is refused, as in a CSV file); a cell holding a formula is read as the value Excel saved with it, empty when
the saved result is empty (a workbook none of whose formulas has a saved value, as openpyxl and pandas write one, is
refused: open it in Excel or LibreOffice and save it; every formula saved as 0, as XlsxWriter writes them, and no
calculation chain: warned about); a number as Excel shows it in General format (15 significant digits: 0.65, not 0.6500000000000001 from a
formula); a percent-formatted cell as its value (80% is 0.8; in an .xlsx workbook one among a column's numbers on
another scale, 85% typed beside 74, refused naming the cell, and so in an .ods sheet); TRUE / FALSE (a formula such as =B2>=0.5) as 1 / 0 (in the
header as the names TRUE / FALSE Excel shows); a
number stored as text as the text, read as a CSV cell is; Excel's errors (#N/A, #DIV/0!) as their text, which the
data checks refuse in a set naming the cell; merged cells in the table, and a date or time among the numbers of a
column (Excel turns '1/2' typed into a date), refused naming the cells; rows hidden or filtered out in Excel are
read, and hidden columns, with a warning naming them. The cells' values are read by python-calamine and what it does not
give (formulas, Excel's errors, hidden rows and columns, merged cells) from the sheet's XML (analysis.qca._xlsx): a
sheet of 5,000 x 20 numbers in ~0.25 s of CPU, where openpyxl's full load, used before, took ~1.9 s (6 s on a busy
machine); 100,000 x 11 in ~1.6 s, ~0.7 s of it calamine's own parsing (2.7 s before each column was turned into text
through its distinct values, the error pattern looked for only where a cell may hold one, and the garbage collector
paused while the sheet is read).
An OpenDocument sheet (.ods) is read by python-calamine, and its error cells, hidden rows and columns, merged cells
and formulas from its content.xml (analysis.qca._ods): the same checks, cells named as LibreOffice names them. An old
Excel workbook (.xls, Excel 97-2003) by python-calamine alone (_xlsx.read_calamine_sheet): its values, with the same
checks, but no formulas, error cells (read as empty), hidden rows and columns or merged cells, which one warning says.
For both, another sheet with the same header is named in a warning, as for .xlsx.
A Stata file: each variable as its stored values (a labelled variable as its codes, as
R's haven reads it, not its labels; a code labelled like a missing value, 'don't know', is warned about), Stata's
missing values ('.', '.a' ... '.z') as empty cells, a float as the decimal it shows, a date or time variable (Stata's
%td, SPSS's DATE11) as its dates, '2020-01-31' (kept in the Grid's dates: named as a date if taken for a set). Text of a
Stata file of format 117 or older (Stata 13 and before: the computer's code page) that decodes as GB2312 into Chinese
characters is read as Chinese (GBK, Chinese Windows), with a warning; other text as Latin-1, as pandas reads it. An
SPSS file (pyreadstat; a .sav, .zsav or portable .por file): each
variable as its values, a labelled one as its codes (not its labels), a value the file declares missing (SPSS's
user-missing values, 99 or 'don't know' codes defined in Variable View) and system-missing values as empty cells,
never as a number; a code labelled like a missing value but not declared missing is warned about, as for Stata. Text
of a .sav file without a record of its encoding (SPSS 15 and before: the computer's code page, which pyreadstat reads
as Windows-1252, or refuses) that reads as GB2312 into Chinese characters is read as Chinese (GBK), with a warning:
the rule of an old Stata file (_gb2312_text).
"""
from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass
from itertools import chain, zip_longest

import numpy as np
import pandas as pd

from .data import QCAWarning, header_of_numbers
from ._gc import collector_paused
from .errors import QCAInputError, counted, in_number, quoted, shortened, user_stacklevel

#: The suffixes of the workbooks the engine reads (python-calamine, _xlsx), and of Stata files (pandas).
WORKBOOK_SUFFIXES, STATA_SUFFIXES = (".xlsx", ".xlsm"), (".dta",)
#: How many first bytes of a file `table_kind` looks at (an SPSS portable file's tag is at byte ~466).
PEEK = 1024


def table_kind(path: str, head: bytes) -> str | None:
    """'xlsx' for an Excel workbook (a zip archive holding xl/workbook.xml), 'xlsb' for Excel's binary workbook, 'ods'
    for an OpenDocument sheet, 'xls' for an old Excel workbook (an OLE2 file named .xls), 'sav' for an SPSS file, 'por' for an SPSS portable file, 'dta' for a Stata file (its
    suffix, or the '<stata_dta>' of format 117 and later), None for anything else (text, or a file read_data refuses by
    its first bytes). `head`: the file's first bytes (PEEK of them)."""
    import zipfile

    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                if "xl/workbook.xml" in names:
                    return "xlsx"
                if "xl/workbook.bin" in names:   # Excel's binary workbook, which openpyxl does not read
                    return "xlsb"
                if "mimetype" in names and z.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
                    return "ods"
        except (zipfile.BadZipFile, OSError, KeyError):   # damaged: named by its suffix, else as a zip archive
            return "xlsx" if str(path).lower().endswith(WORKBOOK_SUFFIXES) else None
        return None
    if head.startswith(b"\xd0\xcf\x11\xe0") and str(path).lower().endswith(".xls"):   # OLE2: Excel 97-2003
        return "xls"
    if head.startswith((b"$FL2", b"$FL3")):   # SPSS .sav (uncompressed or bytecode), .zsav (zlib)
        return "sav"
    if b"SPSSPORT" in head[:PEEK]:   # SPSS portable (.por): text lines, 'SPSSPORT' after the 464-byte splash and table
        return "por"
    if head.startswith(b"<stata_dta>") or (str(path).lower().endswith(STATA_SUFFIXES) and head[:1] in
                                           (b"\x71", b"\x72", b"\x73", b"\x6e", b"\x6f")):
        return "dta"
    return None


@dataclass(frozen=True)
class Grid:
    """A table read from a workbook or a Stata file, as text: `text`, the CSV text of the header and the data rows
    (read by read_data as a CSV file's text is); `names`, the header's cells stripped; `rows`, the row (workbook: as
    Excel counts it) or observation (Stata) of each data row; `header`, the header's row; `letters`, each column's
    letter (workbook) or None; `sheet`, the sheet's name (workbook) or None; `errors`, the cells holding one of
    Excel's errors (#N/A, #REF!, ...) as (column name, cell, error), which read_data refuses as case names; `dates`,
    the date and time variables of a Stata or SPSS file as (name, what it is: "a date variable of the Stata file
    (format %td)"), named as dates when one is taken for a set; `program`, 'Stata' or 'SPSS' for such a file (its
    hints say what to do there); `labels`, the value labels of its labelled variables as (name, ((code as its cells
    write it, label), ...)), the cells holding the codes."""
    text: str
    names: tuple[str, ...]
    rows: tuple[int, ...]
    header: int
    letters: tuple[str, ...] | None
    sheet: str | None
    errors: tuple[tuple[str, str, str], ...] = ()
    dates: tuple[tuple[str, str], ...] = ()
    program: str | None = None
    labels: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _number(x) -> str:
    """A number of a cell as Excel shows it in General format: 15 significant digits (a formula's 0.6500000000000001
    is 0.65), a whole number without '.0'."""
    if isinstance(x, bool):   # Excel's TRUE / FALSE (a formula such as =B2>=0.5): a crisp membership
        return "1" if x else "0"
    if isinstance(x, int):
        return str(x)
    x = float(x)
    if not np.isfinite(x):
        return repr(x)
    shown = float(f"{x:.15g}")
    return str(int(shown)) if shown.is_integer() and abs(shown) < 2 ** 53 else repr(shown)


def _sheet(sheets, sheet, path: str, flag: str = "--sheet") -> str:
    """The name of the sheet `sheet` names among `sheets` (_xlsx.Sheet, in the tabs' order; None: the first the user
    sees, a hidden sheet or a chart sheet before it skipped; a name; a place counted from 1, as an int or its digits,
    hidden sheets counted), refused naming the sheets there are; a chart sheet refused."""
    names = [s.name for s in sheets]
    listed = ", ".join(f"{i} {s.name!r}{'' if s.shown or not s.table else ' (hidden)'}"
                       for i, s in enumerate(sheets, start=1))
    if sheet is None:
        chosen = next((s.name for s in sheets if s.table and s.shown), names[0])
    elif isinstance(sheet, str) and sheet in names:
        chosen = sheet
    elif isinstance(sheet, str) and sheet.strip() in names:
        chosen = sheet.strip()
    elif isinstance(sheet, str) and len([n for n in names if n.strip() == sheet.strip()]) == 1:
        chosen = next(n for n in names if n.strip() == sheet.strip())   # 'Data ' in the workbook, a blank not seen
    else:
        text = str(sheet).strip()
        place = int(text) if (isinstance(sheet, (int, np.integer)) and not isinstance(sheet, bool)) or \
            (isinstance(sheet, str) and text.isascii() and text.isdigit()) else None
        if place is not None and 1 <= place <= len(names):
            chosen = names[place - 1]
        else:
            near = [n for n in names if n.casefold() == text.casefold()]
            why = (f"; did you mean {near[0]!r}? (sheet names are matched as written)" if near else
                   "; sheets are counted from 1, as the tabs show them (pandas' sheet_name=0 is sheet 1)"
                   if place == 0 else "")
            raise QCAInputError(f"{shortened(path)}: no sheet {quoted(sheet)} in this workbook ({flag}){why} (its sheets: {listed}); "
                                "give a sheet's name or its place, from 1")
    if not next(s for s in sheets if s.name == chosen).table:
        raise QCAInputError(f"{shortened(path)}: sheet {quoted(chosen)} is a chart, not a table of cases (its sheets: {listed}); "
                            "give the sheet holding the data")
    return chosen


class _ExcelError(str):
    """A cell holding one of Excel's errors (#N/A, #DIV/0!), read as its text."""


_collector_paused = collector_paused   # a sheet's rows: lists and tuples, none in a cycle


def read_workbook(path: str, sheet=None, flag: str = "--sheet", kind: str = "xlsx") -> Grid:
    """The table of the worksheet `sheet` of the workbook at `path` (see the module docstring); `flag`: the option
    that gave `sheet`, named when the workbook has no such sheet; `kind`: 'xlsx' (.xlsx, .xlsm), 'ods' (an
    OpenDocument sheet) or 'xls' (an old Excel workbook), the last two read by python-calamine (an .xls: values only)."""
    with _collector_paused():
        return _read_workbook(path, sheet, flag, kind)


def _read_workbook(path: str, sheet=None, flag: str = "--sheet", kind: str = "xlsx") -> Grid:
    from openpyxl.utils import get_column_letter

    from ._xlsx import CALAMINE_ONLY, read_calamine_sheet, read_sheet

    sheets: list = []

    def choose(found):
        sheets.extend(found)
        return _sheet(found, sheet, path, flag)

    got = read_sheet(path, choose) if kind == "xlsx" else read_calamine_sheet(path, choose, kind)
    name, marks, left, kept = got.name, got.marks, got.left, got.rows
    at = f"sheet {name!r}"
    shows = "LibreOffice" if kind == "ods" else "Excel"   # the program named in the warnings on hidden rows
    if kind == "xls":   # calamine gives this format's values only: say once what is not checked
        warnings.warn(f"{shortened(path)}: {at} of this {CALAMINE_ONLY[kind]} is read as its cells' values only: hidden or "
                      "filtered rows and columns, merged cells, formulas saved without a value and error cells "
                      "(#N/A, read as empty) are not checked in this format as they are in an .xlsx workbook; if "
                      "unsure, save it as an Excel workbook (.xlsx) and give that", QCAWarning,
                      stacklevel=user_stacklevel())
    if marks.errors:   # calamine reads an error as an empty cell: its text, from the sheet's XML
        shift = max(0, left - min(c for _, c in marks.errors))
        if shift:   # an error left of every value
            kept = {r: [""] * shift + row for r, row in kept.items()}
            left -= shift
        for (r, c), text in marks.errors.items():
            row = kept[r] = list(kept.get(r, ()))
            row.extend([""] * (c - left + 1 - len(row)))
            row[c - left] = _ExcelError(text)

    def value(r, c):
        row = kept.get(r, ())
        return row[c - left] if 0 <= c - left < len(row) else None

    if marks.formulas:
        lost = sorted(rc for rc in marks.formulas if value(*rc) in (None, ""))
        # every formula without a value: never computed (openpyxl, pandas); some: formulas whose result is empty
        # (=IF(B2="","",B2) saves an empty text), read as empty cells
        if lost and len(lost) == len(marks.formulas):
            first = f"{get_column_letter(lost[0][1])}{lost[0][0]}"
            raise QCAInputError(
                f"{shortened(path)}: {at}, cell {first} holds a formula ({_shown(marks.formulas[lost[0]])}) saved without its "
                "value"
                f"{f' (and {len(lost) - 1} more cell(s), every formula)' if len(lost) > 1 else ''}: the workbook was "
                "written by a "
                "program that does not compute formulas (openpyxl, pandas); open it in Excel or LibreOffice and "
                "save it, so each formula's value is saved with it")
    if len(marks.formulas) > 1 and not got.chain and all(
            type(v) in (int, float) and v == 0 for v in (value(*rc) for rc in marks.formulas)):
        # XlsxWriter (pandas' writer when installed) and R's writexl save 0 as every formula's value, never computed
        r, c = min(marks.formulas)
        warnings.warn(f"{shortened(path)}: {at}: every formula's saved value is 0 ({len(marks.formulas)} cells, e.g. "
                      f"{get_column_letter(c)}{r} {_shown(marks.formulas[(r, c)])}), as XlsxWriter and R's writexl save "
                      "the formulas they do not compute: if a program wrote the workbook, open it in Excel or "
                      "LibreOffice and save it, so each formula's value is saved with it", QCAWarning,
                      stacklevel=user_stacklevel())
    # rows and columns holding a value, found column by column from each column's distinct values and row by row
    # up to a row's first value (a cell by cell pass over every cell cost ~1 s for 100,000 x 11)
    filled = sorted(r for r, row in kept.items() if any(map(_given, row)))
    others = [s.name for s in sheets if s.name != name]
    elsewhere = (f"; the data on another sheet? Name it with {_flag_shown(flag)} ({_IN_PYTHON}): "
                 f"{', '.join(map(repr, others))}" if others else "")
    if not filled:
        raise QCAInputError(f"{shortened(path)}: {at} is empty (no cell holds a value){elsewhere}")
    every = list(zip_longest(*(kept[r] for r in filled), fillvalue=""))   # the sheet's columns
    used = [j for j, col in enumerate(every) if any(map(_given, set(col)))]
    lo, hi = used[0], used[-1]
    excel_row = list(range(filled[0], filled[-1] + 1))
    blank = [""] * (hi + 1 - lo)
    rows = [(kept[r] + [""] * (hi + 1 - len(kept[r])))[lo:hi + 1] if r in kept else blank for r in excel_row]
    letters = tuple(get_column_letter(left + j) for j in range(lo, hi + 1))

    def cell(i, j):   # the name Excel gives the cell of `rows[i][j]`
        return f"{letters[j]}{excel_row[i]}"

    header = [_header_text(v) for v in rows[0]]
    wrong = next((j for j, v in enumerate(rows[0]) if isinstance(v, _ExcelError)), None)
    if wrong is not None:   # a header computed by a formula that failed ('#REF!'): no column name
        raise QCAInputError(f"{shortened(path)}: {at}, cell {cell(0, wrong)} of the header holds Excel's error {rows[0][wrong]}, "
                            "not a column name: write the name in the cell (a formula's result there failed)")
    from .read import _NOTE_LINE

    # before merged cells: a merged title over rows of more cells; a note of one cell below the table ('注：数据来源于
    # ...', 'Source: ...') is no row of it (it hid the title: 'column B has no name in the header')
    widths = [sum(map(_given, row)) for row in rows]
    below = [w for w, row in zip(widths[1:], rows[1:]) if w and not (
        w == 1 and _NOTE_LINE.match(_cell_text(next(v for v in row if _given(v)))))]
    if widths[0] == 1 and below and all(w > 1 for w in below):
        title = next(str(v) for v in rows[0] if _given(v))
        raise QCAInputError(
            f"{shortened(path)}: {at}, row {excel_row[0]} holds one cell ({quoted(title)}) and the rows below it more: a title above "
            "the header? The first row holding values must be the header (column names): delete the rows above "
            "it, or keep the table on a sheet of its own")
    _merged(marks.merges, path, at, excel_row[0], excel_row[-1], left + lo, left + hi,
            header_below=len(rows) > 1 and _names_row(rows[1]))
    _dates_among_numbers(path, at, header, letters, excel_row[1:], rows[1:])
    if marks.percent:
        _percents_among_numbers(path, at, header, letters, excel_row[1:], rows[1:],
                                {(r, c - left - lo) for r, c in marks.percent}, shows)
    seen: dict[str, str] = {}
    for letter, n in zip(letters, header):
        if n and n in seen:
            numbers = header_of_numbers(header, f"{at}, row {excel_row[0]}")  # a row of data read as the header
            if numbers:
                raise QCAInputError(f"{shortened(path)}: {numbers}")
            raise QCAInputError(f"{shortened(path)}: {at}: column name {quoted(n)} appears twice in the header (cells "
                                f"{seen[n]}{excel_row[0]} and {letter}{excel_row[0]}); column names must be unique")
        seen.setdefault(n, letter)
    for j, n in enumerate(header):
        if n == "" and j > 0:
            full = next((i for i in range(1, len(rows)) if _given(rows[i][j])), None)
            if full is not None:
                raise QCAInputError(
                    f"{shortened(path)}: {at}, column {letters[j]} has no name in the header (row {excel_row[0]}) but holds "
                    f"values (e.g. {quoted(_cell_text(rows[full][j]))} in cell {cell(full, j)}); write its name in cell "
                    f"{letters[j]}{excel_row[0]}, or delete the column")
    # each column's cells as text at once, each distinct value's text worked out once (a set's memberships repeat):
    # a cell by cell conversion cost ~0.7 s for 100,000 x 11
    filled_rows = set(filled)
    inside = [i for i in range(1, len(rows)) if excel_row[i] in filled_rows]   # a row between them is empty
    empty = [excel_row[i] for i in range(1, len(rows)) if excel_row[i] not in filled_rows]
    columns = [_column_text(list(col)) for col in zip(*(rows[i] for i in inside))]
    body = list(zip(*columns)) if columns else []
    numbers = [excel_row[i] for i in inside]
    if header[0]:
        for k, cells in enumerate(body):
            if cells[0].strip() == header[0] and [v.strip() for v in cells] == header:
                raise QCAInputError(f"{shortened(path)}: {at}, row {numbers[k]} repeats the header ({','.join(header)}): "
                                    "tables pasted one below another? Delete the repeated header row")
    if empty:
        shown = ", ".join(map(str, empty[:5])) + (" ..." if len(empty) > 5 else "")
        warnings.warn(f"{shortened(path)}: {at}: ignored {counted(len(empty), 'empty row')} inside the table "
                      f"({in_number(len(empty), 'row')} {shown})",
                      QCAWarning, stacklevel=user_stacklevel())
    hidden = [n for n in numbers if n in marks.hidden_rows]
    if hidden:   # filtered out or hidden in Excel: read as every other row is (as Excel's 'Save As' CSV writes them)
        shown = ", ".join(map(str, hidden[:5])) + (" ..." if len(hidden) > 5 else "")
        said = (("is", "it is read as a case", "it", "it is not a case") if len(hidden) == 1 else
                ("are", "they are read as cases", "them", "they are not cases"))
        warnings.warn(f"{shortened(path)}: {at}: {counted(len(hidden), 'row')} {said[0]} hidden or filtered out in {shows} "
                      f"({in_number(len(hidden), 'row')} {shown}): {said[1]} like the others; delete {said[2]} from the "
                      f"sheet if {said[3]} of this analysis", QCAWarning, stacklevel=user_stacklevel())
    hidden_columns = [f"{letters[j]} ({n!r})" for j, n in enumerate(header)
                      if n and any(a <= left + lo + j <= b for a, b in marks.hidden_columns)]
    if hidden_columns:   # a helper column hidden in Excel: read, and a condition when the conditions are not listed
        shown = ", ".join(hidden_columns[:5]) + (" ..." if len(hidden_columns) > 5 else "")
        one = len(hidden_columns) == 1
        warnings.warn(f"{shortened(path)}: {at}: {in_number(len(hidden_columns), 'column')} {shown} "
                      f"{'is' if one else 'are'} hidden in {shows}: read as the others (a condition when the conditions "
                      f"are not listed); list the conditions (--conditions) or delete the {'column' if one else 'columns'}",
                      QCAWarning, stacklevel=user_stacklevel())
    if not body:
        raise QCAInputError(f"{shortened(path)}: {at} has a header (row {excel_row[0]}) but no data rows{elsewhere}")
    errors = tuple((header[j], cell(i, j), str(v)) for i in range(1, len(rows)) for j, v in enumerate(rows[i])
                   if isinstance(v, _ExcelError) and header[j]) if marks.errors else ()
    if sheet is None:   # the first sheet read by default: another with the same columns (a wave, the raw values)?
        _same_columns(path, name, header, [s for s in sheets if s.table and s.shown and s.name != name], flag, kind)
    return Grid(_csv([header] + body), tuple(header), tuple(numbers), excel_row[0], letters, name, errors)


#: How the messages naming the option that chooses a sheet (--sheet, --raw-sheet) name read_data's argument: not as
#: 'sheet=', which the command line's messages turn into its flag ('--sheet (--sheet in Python)').
_IN_PYTHON = "in Python, read_data's sheet argument"


def _flag_shown(flag: str) -> str:
    """The option a message naming both the flag and _IN_PYTHON names: `flag`, or --sheet for read_data called from
    Python (flag 'sheet=', read.PYTHON_SHEET), whose argument _IN_PYTHON names already."""
    return "--sheet" if flag.endswith("=") else flag


def _same_columns(path: str, name: str, header: list[str], others, flag: str = "--sheet", kind: str = "xlsx") -> None:
    """Warn when another sheet of the workbook (`others`, shown worksheets) starts with the same header as the sheet
    `name` read by default: the data of another wave or the raw values, of which only the first sheet was read
    without a word (the command's output names no sheet). `flag`: the option that names the sheet (--raw-sheet for
    robustness' --raw file)."""
    import zipfile
    from xml.etree import ElementTree

    from ._xlsx import calamine_header_rows, header_rows

    if not others:
        return
    try:
        firsts = header_rows(path, others) if kind == "xlsx" else calamine_header_rows(path, others)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ElementTree.ParseError):   # a look only
        return
    except Exception:   # python-calamine's errors (.ods, .xls): a look only
        return
    mine = tuple(h for h in header if h)
    same = [n for n, row in firsts.items() if row == mine]
    if same:
        warnings.warn(f"{shortened(path)}: read sheet {quoted(name)}, the first; sheet(s) {', '.join(map(quoted, same))} hold a table "
                      f"with the same columns: name the sheet to read with {_flag_shown(flag)} ({_IN_PYTHON})",
                      QCAWarning,
                      stacklevel=user_stacklevel())


def _given(v) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip())


def _column_text(cells: list) -> list[str]:
    """The cells of a column as read_data reads them (`_cell_text`): a column of numbers and texts (the usual) through
    a table of its distinct values, any other cell by cell."""
    kinds = set(map(type, cells))
    if kinds <= {float, str}:   # equal values are the same text here (no int beside a float, no bool)
        try:
            shown = {v: v if v.__class__ is str else _number(v) for v in set(cells)}
            return list(map(shown.__getitem__, cells))
        except KeyError:   # a value not equal to itself (NaN): cell by cell
            pass
    return [_cell_text(v) for v in cells]


def _shown(formula) -> str:
    text = str(getattr(formula, "text", formula))
    return text if len(text) <= 40 else text[:37] + "..."


def _header_text(v) -> str:
    """A header cell's value as the column's name: the text Excel shows in it, as its 'Save As' CSV writes it (TRUE or
    FALSE for a logical cell, typed or a formula's result: a crisp 1 / 0 in a data cell, but a column named '1' was
    no name the user saw), stripped."""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    return _cell_text(v).strip()


def _cell_text(v) -> str:
    """A cell's value as the text read_data reads from a CSV cell."""
    import datetime as dt

    if v is None:
        return ""
    if isinstance(v, str):
        return str(v)
    if isinstance(v, (bool, int, float)):
        return _number(v)
    if isinstance(v, dt.datetime):
        return str(v.date()) if v == dt.datetime.combine(v.date(), dt.time()) else v.isoformat(sep=" ")
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return str(v)
    return str(v)


def _kind(v) -> str:
    import datetime as dt

    if v is None or (isinstance(v, str) and not v.strip()):
        return ""
    if isinstance(v, (bool,)):
        return "text"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return "date"
    return "text"



def _dates_among_numbers(path, at, header, letters, excel_rows, rows) -> None:
    """Refuse a date or time in a column whose other cells are numbers (a set, raw values): Excel turns '1/2' or
    '1-2' typed in a cell into a date, and a date read as text would be a 'non-numeric value' with no word of why."""
    import datetime as dt

    moments = (dt.datetime, dt.date, dt.time, dt.timedelta)
    if not any(issubclass(k, moments) for k in set(map(type, chain.from_iterable(rows)))):   # the cells' types, once
        return
    for j, name in enumerate(header):
        col = [_kind(r[j]) for r in rows]
        if "date" in col and col.count("number") > col.count("date"):
            i = col.index("date")
            raise QCAInputError(
                f"{shortened(path)}: {at}, cell {letters[j]}{excel_rows[i]} (column {letters[j]}, {quoted(name)}) holds a date or time, "
                f"{_cell_text(rows[i][j])}, where the column's other cells are numbers: Excel turns a value typed "
                "as 1/2 or 1-2 into a date; format the cell as Number (or General) and type the value again")


def _percents_among_numbers(path, at, header, letters, excel_rows, rows, percent, shows: str = "Excel") -> None:
    """Refuse a cell formatted as a percentage that holds a share (Excel keeps 85% as 0.85) in a column whose other
    numbers are on another scale (one above 1: 74 for 74%), which would be read as 0.85 among 74, 55, ... without a
    word; `percent`: the (Excel row, column index in `rows`) of the cells formatted so."""
    for j, name in enumerate(header):
        shown = [i for i, r in enumerate(excel_rows) if (r, j) in percent and _kind(rows[i][j]) == "number"
                 and abs(rows[i][j]) <= 1]   # a share typed as '85%'; 1500 shown as 150000% is on the column's scale
        plain = [i for i, r in enumerate(excel_rows) if (r, j) not in percent and _kind(rows[i][j]) == "number"
                 and abs(rows[i][j]) > 1]
        if shown and plain:
            i, k = shown[0], plain[0]
            v = rows[i][j]
            raise QCAInputError(
                f"{shortened(path)}: {at}, cell {letters[j]}{excel_rows[i]} (column {letters[j]}, {quoted(name)}) is "
                f"formatted as a percentage (it shows {_number(v * 100)}%, {shows} keeps {_number(v)}) where the "
                f"column's other numbers are on another scale (e.g. {letters[j]}{excel_rows[k]} "
                f"{_number(rows[k][j])}): write every cell of the column on one scale (format "
                f"{letters[j]}{excel_rows[i]} as Number and type {_number(v * 100)}, or give every cell as a "
                "percentage)")


def _names_row(row) -> bool:
    """Whether a row of cells reads as a header: two or more cells given, each a text that is no number."""
    given = [v for v in row if _given(v)]
    return len(given) > 1 and all(isinstance(v, str) and not re.fullmatch(
        r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*", v) for v in given)


def _merged(merges, path, at, top, bottom, left, right, header_below: bool = False) -> None:
    """Refuse merged cells inside the table: only the first cell of a merged range holds its value, the others are
    read empty (a case name or a membership 'shared' by several rows would be missing from all but one). Cells
    merged along the first row, with a row of names below it (`header_below`), are a group label above the header:
    that row is to be deleted (unmerged, its label written in every cell would name several columns alike)."""
    for r1, c1, r2, c2, ref in sorted(merges):
        if header_below and r1 == r2 == top and c2 >= left and c1 <= right:
            raise QCAInputError(
                f"{shortened(path)}: {at}, cells {ref} are merged in row {top}, above the header: a label over a "
                f"group of columns? The first row holding values must be the header (column names): delete row {top} "
                "(unmerged, its label would name several columns alike)")
        if r2 >= top and r1 <= bottom and c2 >= left and c1 <= right:
            raise QCAInputError(
                f"{shortened(path)}: {at}, cells {ref} are merged: only the first holds the value, the others would be "
                "read empty; unmerge them (Home > Merge & Center) and write the value in every cell")


#: Labels of codes that mean a missing value (survey software's 'don't know', 'refused', 'not applicable', ...).
_MISSING_LABEL = re.compile(r"(missing|don'?t know|do not know|dk|refus|no answer|not applicable|n/?a|"
                            r"inapplicable|not asked|unknown|keine angabe|weiß nicht|缺失|不知道|拒绝回答|不适用)",
                            re.IGNORECASE)


def read_stata(path: str) -> Grid:
    """The variables of the Stata file at `path` as text (see the module docstring); warns about a code labelled
    like a missing value."""
    try:
        codes = pd.read_stata(path, convert_categoricals=False, convert_missing=False, preserve_dtypes=True)
    except Exception as exc:   # pandas' reader raises ValueError, struct.error and others for a damaged file
        raise QCAInputError(f"{shortened(path)}: cannot read this Stata .dta file ({type(exc).__name__}: "
                            f"{str(exc).splitlines()[0] if str(exc) else 'damaged'}); save it again from Stata "
                            "(save, or export delimited for a CSV file)") from None
    _not_empty(path, codes, "Stata", "observations")
    # each variable's value labels, read from the label sets (not by convert_categoricals, which refuses a file where
    # two codes share a label, as Stata allows); the variable -> label set list is the reader's own
    try:
        with pd.io.stata.StataReader(path) as reader:
            sets = reader.value_labels()
            names = list(getattr(reader, "_lbllist", []) or [])
            formats = list(getattr(reader, "_fmtlist", []) or [])   # %td: a date, named as one if taken for a set
            version = getattr(reader, "_format_version", None)
    except Exception:   # the values were read: no labels to warn about
        sets, names, formats, version = {}, [], [], None
    codes, sets = _chinese_code_page(path, codes, sets, version)
    labels = {c: {float(k): v for k, v in sets[n].items()} for c, n in zip(codes.columns, names) if n in sets}
    formats = dict(zip(codes.columns, formats)) if len(formats) == codes.shape[1] else {}
    return _variables(path, codes, labels, lambda c, x: f"make it one in Stata (mvdecode {c}, mv({x})) and save again",
                      "Stata", formats)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _gb2312_text(texts, codec: str) -> dict[str, str] | None:
    """Each of `texts` (text beyond ASCII decoded from a file's bytes by `codec`: 'latin-1', as pandas reads an old
    Stata file, or 'cp1252', as pyreadstat reads an old SPSS file) as Chinese, when all of them are: their bytes
    decode as GB2312 (each Chinese character two bytes from 0xA1, which Latin-1 text, one accented letter among plain
    ones, never makes) and some hold Chinese characters; else None. The one rule of the readers of old Stata and SPSS
    files, which keep text in the computer's code page."""
    try:
        read = {v: v.encode(codec).decode("gb2312") for v in texts}
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return read if any(_is_cjk(ch) for t in read.values() for ch in t) else None


def _chinese_code_page(path: str, codes: pd.DataFrame, sets: dict, version) -> tuple[pd.DataFrame, dict]:
    """The texts of a Stata file of format 117 or older (Stata 13 and before keep text in the computer's code page,
    which pandas reads as Latin-1) read as Chinese when they are: every text that is not ASCII decodes as GB2312 (each
    Chinese character two bytes from 0xA1, which Latin-1 text, one accented letter among plain ones, never makes) and
    holds Chinese characters. Written on Chinese Windows (GBK), '北京' was read as '±±¾©' without a word, the case
    names of a truth table unreadable. Warned about, naming the variables; value labels read the same way."""
    if version is None or version >= 118:   # format 118 and later: UTF-8
        return codes, sets
    columns = [c for c in codes.columns
               if codes[c].dtype == object or pd.api.types.is_string_dtype(codes[c].dtype)]
    texts = {v for c in columns for v in codes[c].dropna().unique() if isinstance(v, str) and not v.isascii()}
    texts |= {v for labels in sets.values() for v in labels.values() if isinstance(v, str) and not v.isascii()}
    if not texts:
        return codes, sets
    read = _gb2312_text(texts, "latin-1")
    if read is None:   # Latin-1 text, as pandas read it
        return codes, sets
    changed = [c for c in columns if codes[c].isin(list(texts)).any()]
    codes = codes.copy()
    for c in changed:
        codes[c] = codes[c].map(lambda v: read.get(v, v) if isinstance(v, str) else v)
    sets = {n: {k: read.get(v, v) if isinstance(v, str) else v for k, v in labels.items()}
            for n, labels in sets.items()}
    was, now = next((v, read[v]) for v in sorted(texts) if any(_is_cjk(ch) for ch in read[v]))
    where = (f"the text of variable(s) {', '.join(map(repr, changed))}" if changed else "the value labels")
    warnings.warn(f"{shortened(path)}: a Stata file of format {version} (Stata 13 or older, which keeps text in the computer's code "
                  f"page, not UTF-8): {where} read as Chinese (GBK, the code page of Chinese Windows), e.g. {quoted(now)}, "
                  f"not as Latin-1 ({quoted(was)}); if it was not written on Chinese Windows, open it in Stata 14 or later, "
                  "convert it (unicode translate) and save it", QCAWarning, stacklevel=user_stacklevel())
    return codes, sets


def _not_empty(path: str, codes: pd.DataFrame, program: str, rows: str) -> None:
    """Refuse a Stata or SPSS file without variables or without data rows (`rows`: what the program calls them)."""
    if codes.shape[1] == 0:
        raise QCAInputError(f"{shortened(path)}: the {program} file holds no variables")
    if codes.shape[0] == 0:
        raise QCAInputError(f"{shortened(path)}: the {program} file holds variables but no {rows} (no data rows)")


def read_spss(path: str, portable: bool = False) -> Grid:
    """The variables of the SPSS file at `path` as text (see the module docstring); `portable`: an SPSS portable file
    (.por, SPSS's EXPORT), read as a .sav file is."""
    what = "SPSS portable .por" if portable else "SPSS .sav"
    try:
        import pyreadstat
    except ImportError:   # a dependency of the project: an environment made otherwise may lack it
        raise QCAInputError(f"{shortened(path)}: reading an {what} file needs pyreadstat (pip install pyreadstat), or save the "
                            "data from SPSS as an Excel workbook (.xlsx) or as CSV") from None
    try:
        # user-missing values as NaN, labelled codes as codes
        codes, meta = pyreadstat.read_por(path) if portable else pyreadstat.read_sav(path)
    except Exception as exc:   # pyreadstat's ReadstatError and others, for a damaged file
        codes = None if portable else _spss_in_gbk(pyreadstat, path, None)
        if codes is None:
            raise QCAInputError(f"{shortened(path)}: cannot read this {what} file ({type(exc).__name__}: "
                                f"{str(exc).splitlines()[0] if str(exc) else 'damaged'}); save it again from SPSS, "
                                "or save the data as an Excel workbook (.xlsx) or CSV") from None
        codes, meta = codes
    else:
        if not portable and str(meta.file_encoding or "").upper() == "WINDOWS-1252":
            codes, meta = _spss_in_gbk(pyreadstat, path, (codes, meta)) or (codes, meta)
    _not_empty(path, codes, "SPSS", "cases")
    labels = {c: {float(k) if isinstance(k, (int, float)) else k: v for k, v in m.items()}
              for c, m in (meta.variable_value_labels or {}).items() if c in codes.columns}
    return _variables(path, codes, labels, lambda c, x: f"declare it missing in SPSS (Variable View > Missing: {x}) "
                      "and save again", "SPSS", dict(getattr(meta, "original_variable_types", None) or {}))


def _spss_in_gbk(pyreadstat, path: str, read):
    """An SPSS .sav file of SPSS 15 or older (no record of its text's encoding, which SPSS writes since version 16;
    the text in the computer's code page) read again as GBK, with a warning, when its text is Chinese: `read`, the
    file as pyreadstat read it by its code page (Windows-1252, the default: '北京' was '±±¾©' without a word), whose
    text beyond ASCII reads as Chinese by _gb2312_text; or None, the file pyreadstat could not read (its text not in
    the code page it says: refused as 'UnicodeDecodeError'), which reads as GBK with Chinese text. The file as read
    as GBK, or None (not Chinese text: the caller keeps its reading, or its refusal)."""
    def beyond_ascii(codes, meta) -> list[str]:   # the texts beyond ASCII, in the file's order (cells first)
        cells = [v for c in codes.columns if codes[c].dtype == object or pd.api.types.is_string_dtype(codes[c].dtype)
                 for v in codes[c].dropna().unique()]
        names = [str(c) for c in codes.columns] + list(meta.column_labels or []) + [
            v for labels in (meta.variable_value_labels or {}).values() for v in labels.values()]
        return list(dict.fromkeys(v for v in cells + names if isinstance(v, str) and not v.isascii()))

    if read is not None:
        was = beyond_ascii(*read)
        if not was or _gb2312_text(was, "cp1252") is None:
            return None
    try:
        codes, meta = pyreadstat.read_sav(path, encoding="GBK")
    except Exception:   # not GBK either: the caller's reading (or refusal) stands
        return None
    now = beyond_ascii(codes, meta)
    if not any(_is_cjk(ch) for t in now for ch in t):
        return None
    example = next(v for v in now if any(_is_cjk(ch) for ch in v))
    said = (f"not as Latin-1 ({example.encode('gbk').decode('cp1252', 'replace')!r})" if read is not None else
            "which its code page could not read")
    warnings.warn(f"{shortened(path)}: an SPSS file without a record of its text's encoding (SPSS 15 or older, which keeps text in "
                  f"the computer's code page): the text read as Chinese (GBK, the code page of Chinese Windows), e.g. "
                  f"{quoted(example)}, {said}; if it was not written on Chinese Windows, open it in SPSS 16 or later (Unicode "
                  "mode) and save it", QCAWarning, stacklevel=user_stacklevel())
    return codes, meta


def _variables(path: str, codes: pd.DataFrame, labels: dict, how, program: str = "Stata",
               formats: dict | None = None) -> Grid:
    """A Stata or SPSS file's variables (`codes`, their stored values) as a Grid of text; `labels`: each labelled
    variable's {code: label}, a code labelled like a missing value that occurs warned about (`how(variable, code)`:
    what to do in the program that wrote the file); `program` wrote the file, `formats` gives each variable's display
    format (%td, DATE11): a variable read as dates or times is kept in the Grid's `dates`."""
    import datetime as dt

    columns, dates = {}, []
    for c in codes.columns:
        s = codes[c]
        said = sorted({(float(x), str(labels[c][x])) for x in s.dropna().unique() if x in labels.get(c, {})
                       and _MISSING_LABEL.fullmatch(str(labels[c][x]).strip())}) if c in labels else []
        if said:
            x, lab = said[0]
            warnings.warn(f"{shortened(path)}: variable {quoted(c)}: code {_number(x)} is labelled {quoted(lab)}, like a missing value, and is "
                          f"read as the number {_number(x)}; if it is a missing value, {how(c, _number(x))}",
                          QCAWarning, stacklevel=user_stacklevel())
        columns[c] = _variable_text(s)
        given = s.dropna()
        if s.dtype.kind in "mM" or (len(given) and s.dtype.kind == "O" and all(
                isinstance(v, (dt.date, dt.time, dt.timedelta, pd.Timestamp)) for v in given)):
            fmt = (formats or {}).get(c)
            dates.append((str(c), f"a date or time variable of the {program} file"
                                  f"{f' (format {fmt})' if fmt else ''}"))
    header = [str(c) for c in codes.columns]
    body = list(zip(*columns.values()))   # by the columns' lists, not by the frame's column labels per row
    kept = tuple((str(c), tuple((_number(k) if isinstance(k, (int, float)) else str(k), str(v))
                                for k, v in labels[c].items())) for c in codes.columns if labels.get(c))
    return Grid(_csv([header] + body), tuple(header), tuple(range(1, len(codes) + 1)), 0, None, None,
                dates=tuple(dates), program=program, labels=kept)


def _variable_text(s: pd.Series) -> list[str]:
    """A Stata or SPSS variable's values as text (`_stata_text`): a numeric or text variable through its distinct
    values, each turned into text once (cell by cell, 100,000 x 11 took ~3.6 s of CPU); any other cell by cell."""
    if s.dtype.kind in "fiu" or pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        values = s.to_numpy()   # float32 kept as it is: its decimal
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        texts = np.array([_stata_text(u) for u in uniques] + [""], dtype=object)   # -1, a missing value: ""
        return texts[codes].tolist()
    return [_stata_text(v) for v in s.to_numpy(dtype=object)]


def _stata_text(v) -> str:
    from .checks import decimal_number

    if v is None or (isinstance(v, (float, np.floating)) and v != v) or v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, np.floating):
        return _number(decimal_number(v)) if v.itemsize < 8 else _number(float(v))
    if isinstance(v, (np.integer, int, float, bool)):
        return _number(v.item() if isinstance(v, np.generic) else v)
    return _cell_text(v.to_pydatetime() if isinstance(v, pd.Timestamp) else v)


class _SheetsListed(QCAInputError):
    """Raised by other_sheet_hint's `choose` to stop a workbook's reader once it has listed the sheets (a
    QCAInputError, which the readers pass on as it is)."""

    def __init__(self, sheets):
        super().__init__("")
        self.sheets = list(sheets)


def other_sheet_hint(path: str, columns, flag: str = "--sheet", python: bool = False) -> str:
    """"; sheet 2 '校准后' holds them: --sheet 2 reads it (without --sheet, the first sheet, '说明', is read)" when the workbook at
    `path`, read at its first sheet (no sheet named), lacks `columns` (names asked of it: an outcome, conditions, a
    case column, a calibration's raw columns) and another of its worksheets starts with a header holding every one of
    them: a workbook whose first sheet holds notes or a title page, its data on the next, was refused with 'not a
    column of the file (columns: '说明')' alone, the sheet read unnamed. '' when no other sheet holds them all, or
    the file is no workbook this reads (a look only: any error is ''). python=True: the call that reads it, for the
    Python API ("read_data(path, sheet=2) reads it (--sheet 2 on the command line; without sheet=, ...)")."""
    from ._xlsx import calamine_header_rows, header_rows, read_calamine_sheet, read_sheet

    columns = [str(c) for c in columns if c is not None and str(c) != ""]
    kind = {".xlsx": "xlsx", ".xlsm": "xlsx", ".ods": "ods", ".xls": "xls"}.get(
        str(path)[str(path).rfind("."):].lower() if "." in str(path) else "")
    if not columns or kind is None:
        return ""

    def listing(found):
        raise _SheetsListed(found)

    try:
        try:
            read_sheet(path, listing) if kind == "xlsx" else read_calamine_sheet(path, listing, kind)
            return ""
        except _SheetsListed as listed:
            sheets = listed.sheets
        read = _sheet(sheets, None, path, flag)
        others = [s for s in sheets if s.table and s.shown and s.name != read]
        if not others:
            return ""
        firsts = header_rows(path, others) if kind == "xlsx" else calamine_header_rows(path, others)
    except Exception:   # a look only: the reader's own message stands
        return ""
    for place, s in enumerate(sheets, start=1):   # hidden sheets counted, as --sheet counts them
        if s.name in firsts and all(c in firsts[s.name] for c in columns):
            if python:
                return (f"; sheet {place} {s.name!r} holds {'it' if len(columns) == 1 else 'them'}: read_data(path, "
                        f"sheet={place}) reads it ({flag} {place} on the command line; without sheet=, the first sheet, "
                        f"{read!r}, is read)")
            return (f"; sheet {place} {s.name!r} holds {'it' if len(columns) == 1 else 'them'}: {flag} {place} "
                    f"reads it (without {flag}, the first sheet, {read!r}, is read)")
    return ""
