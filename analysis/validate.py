"""Validation of raw input tables at the edge of the pipeline.

A `Column` says what a column may hold; `read_table` loads a CSV and checks it against a schema,
raising `DataValidationError` that names the file, the row (1-based data row and the CSV line),
the column, the offending value and what is allowed. All problems are collected, so a user sees
every error of a file at once rather than one per run.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pandas as pd

from .paths import relative
from .qca.errors import counted, in_number   # '1 problem', '2 problems': the engine's one rule for a count and its noun


class ParameterError(ValueError):
    """A notebook parameter has a value the analysis cannot use (each notebook's check_parameters raises it, naming
    every problem and what is allowed)."""


class DataValidationError(ValueError):
    """A raw input file does not match its data dictionary."""

    def __init__(self, file: str, problems: Sequence[str]):
        self.file = file
        self.problems = list(problems)
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        text = f"{file}: {counted(len(self.problems), 'problem')}:\n  - " + "\n  - ".join(shown)
        if more > 0:
            text += f"\n  ... and {more} more"
        super().__init__(text)


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Column:
    """What one column of a raw table may hold.

    kind: 'str', 'int', 'float', 'date' (YYYY, YYYY-MM or YYYY-MM-DD) or 'category'.
    """

    name: str
    kind: str = "str"
    required: bool = True          # the column must exist
    nullable: bool = False         # empty cells allowed
    unique: bool = False
    allowed: tuple | None = None   # for 'category' (and optionally others)
    min: float | None = None
    max: float | None = None
    pattern: str | None = None     # regular expression a 'str' value must match (fullmatch)
    check: Callable[[object], str | None] | None = field(default=None, compare=False)
    description: str = ""
    #: values users write for an allowed one ({'原始': 'original'}), for the message refusing them: what to write
    #: instead (a value that differs from an allowed one only in case is said without being listed here)
    meant: dict | None = field(default=None, compare=False)

    def allowed_text(self) -> str:
        if self.allowed is not None:
            return "one of " + ", ".join(repr(a) for a in self.allowed)
        if self.kind == "date":
            return "a date written YYYY, YYYY-MM or YYYY-MM-DD"
        if self.kind in ("int", "float"):
            rng = []
            if self.min is not None:
                rng.append(f">= {self.min:g}")
            if self.max is not None:
                rng.append(f"<= {self.max:g}")
            noun = "an integer" if self.kind == "int" else "a number"
            return noun + (" " + " and ".join(rng) if rng else "")
        if self.pattern:
            return f"text matching {self.pattern}"
        return "text"


def _valid_date(text: str) -> bool:
    if not DATE_RE.match(text):
        return False
    parts = [int(p) for p in text.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        try:
            pd.Timestamp(year=parts[0], month=parts[1], day=parts[2])
        except ValueError:
            return False
    return True


def date_precision(text: str) -> str:
    """'day', 'month' or 'year' for a date written YYYY-MM-DD, YYYY-MM or YYYY."""
    return {1: "year", 2: "month", 3: "day"}[len(str(text).split("-"))]


def cell(i: int, column: str, lines: Sequence[int] | None = None) -> str:
    """Where a value stands, for error messages: row i + 1 of the data, with the line of the file it is on when the
    table was read from a file (`lines`, from `row_lines`: blank lines are skipped, so row i is line i + 2 only
    when there is none above it); a table given as a DataFrame has rows, not lines."""
    line = f" (line {lines[i]})" if lines is not None and 0 <= i < len(lines) else ""
    return f"row {i + 1}{line}, column '{column}'"


def row_lines(df: pd.DataFrame) -> tuple[int, ...] | None:
    """The line of the file each row of `df` is on, when read_table read it and `df` still has its rows (None for
    a DataFrame built otherwise, or with rows taken away or added since)."""
    kept = _kept(df)
    return kept.lines if kept is not None and len(kept.lines) == len(df) else None


def _file_row_lines(df: pd.DataFrame, rows: Sequence[int]) -> tuple[int, ...] | None:
    """The lines of the file's data rows, for a frame holding some of them (`rows`, numbered as in the file): the
    lines read_frame kept for the whole file (pandas carries DataFrame.attrs to a selection of rows), or None."""
    kept = _kept(df)
    return kept.lines if kept is not None and all(0 <= r < len(kept.lines) for r in rows) else None


def _kept(df: pd.DataFrame):
    """The lines read_frame kept for `df` (the engine's carrier, analysis.qca.data.FileLines, without case names),
    or None."""
    if not df.attrs:   # most frames: the engine is not imported to say so
        return None
    from analysis.qca.data import kept_lines

    kept = kept_lines(df)
    return kept if kept is not None and kept.names is None else None


def _file_lines(path: Path, n: int):
    """The lines where the first `n` data rows of a CSV file start, as pandas' read_csv counts rows (the engine's
    reader's rule, analysis.qca.read.data_records), as the engine's carrier FileLines; None when the file has fewer
    or is no well-formed CSV."""
    from analysis.qca.data import FileLines
    from analysis.qca.read import data_records

    try:
        lines = [start for start, _, _ in data_records(Path(path).read_text(encoding="utf-8-sig"))][:n]
    except (csv.Error, UnicodeDecodeError, OSError):
        return None
    return FileLines(relative(Path(path)), None, tuple(lines)) if len(lines) == n else None


def first_rows(keys: Iterable) -> dict[int, int]:
    """Rows whose key repeats an earlier row's, each with the first row holding it ({row: first row}, 0-based)."""
    seen: dict[object, int] = {}
    repeated: dict[int, int] = {}
    for i, key in enumerate(keys):
        if key in seen:
            repeated[i] = seen[key]
        else:
            seen[key] = i
    return repeated


def check_frame(df: pd.DataFrame, schema: Iterable[Column], file: str, extra_columns: bool = True,
                rows: Sequence[int] | None = None) -> pd.DataFrame:
    """Check `df` (all cells read as strings) against `schema`; return it with typed columns.

    Raises DataValidationError listing every problem with file, row and column, and the line of the file when
    read_table read it (`row_lines`). `rows` gives the 0-based data row of the file each row of `df` is, for
    the messages, when some rows of the file were left out (a summary row a caller reports itself); by
    default a row's place in `df`.
    """
    from analysis.qca.checks import float_text

    schema = list(schema)
    at = list(range(len(df))) if rows is None else [int(r) for r in rows]
    if len(at) != len(df):
        raise ValueError(f"rows gives {len(at)} row numbers for a frame of {len(df)} rows")
    lines = row_lines(df) if rows is None else _file_row_lines(df, at)   # indexed by the file's data row
    problems: list[str] = []
    if df.shape[0] == 0:
        raise DataValidationError(file, ["the file has a header but no data rows"])
    names = [c.name for c in schema]
    for col in schema:
        if col.required and col.name not in df.columns:
            problems.append(f"missing column '{col.name}' (expected columns: {', '.join(names)})")
    dup_cols = df.columns[df.columns.duplicated()].tolist()
    if dup_cols:
        problems.append(f"duplicate {in_number(len(dup_cols), 'column name')}: {', '.join(map(str, dup_cols))}")
    if not extra_columns:
        for c in df.columns:
            if c not in names:
                problems.append(f"unknown column '{c}' (allowed: {', '.join(names)})")
    if problems:
        raise DataValidationError(file, problems)

    out = df.copy()
    # a row whose every cell is empty (a row emptied in Excel, its commas left between the rows): one problem, not
    # one per column; a table whose present columns may all be empty keeps such a row, as before
    emptied = set()
    if any(not c.nullable for c in schema if c.name in df.columns):
        blank = df.apply(lambda c: c.isna() | (c.astype(str).str.strip() == "")).all(axis=1).to_numpy()
        emptied = {p for p in range(len(df)) if blank[p]}
        problems += [f"row {at[p] + 1}{'' if lines is None else f' (line {lines[at[p]]})'}: every cell is empty (a row "
                     "emptied but not deleted?): delete the row" for p in sorted(emptied)]
    not_numbers: list[tuple[Column, list[tuple[int, str]]]] = []   # per column, its values that are not numbers
    for col in schema:
        if col.name not in df.columns:
            continue
        values = df[col.name]
        typed = []
        not_allowed: list[tuple[int, str]] = []  # (row, value as written): one problem for the column, below
        # the same for values that are not numbers, numbers out of range and values a column's check refuses: a
        # column written 是/否 or TRUE/FALSE (a holder's case matrix), or in percent, was one problem per cell (105
        # for a 15-case matrix), the first 20 shown and the cause, the same in every one, said in none
        not_number: list[tuple[int, str]] = []
        out_of_range: list[tuple[int, str]] = []
        refused: list[tuple[int, str, str]] = []   # (row, value as written, the check's message)
        for p, raw in enumerate(values):
            i = at[p]
            where = cell(i, col.name, lines)
            text = "" if pd.isna(raw) else str(raw).strip()
            if p in emptied:
                typed.append(None)
                continue
            if text == "":
                if not col.nullable:
                    problems.append(f"{where}: empty; expected {col.allowed_text()}")
                typed.append(None)
                continue
            value: object = text
            # numbers as the engine reads them (checks.float_text, its one rule): digits 0-9; float() also read
            # full-width '１' and '０.９' (a Chinese input method) and '1_0' as numbers, without a word
            if col.kind == "int":
                try:
                    f = float_text(text)
                    if f != int(f):
                        raise ValueError
                    value = int(f)
                except (ValueError, OverflowError):
                    not_number.append((i, text))
                    typed.append(None)
                    continue
            elif col.kind == "float":
                try:
                    value = float_text(text)
                except ValueError:
                    not_number.append((i, text))
                    typed.append(None)
                    continue
                if value != value:   # 'NaN', 'nan': pandas' missing value, said as the other marks are
                    not_number.append((i, text))
                    typed.append(None)
                    continue
            elif col.kind == "date":
                if not _valid_date(text):
                    problems.append(f"{where}: {text!r} is not {col.allowed_text()}")
                    typed.append(None)
                    continue
            if col.kind in ("int", "float"):
                if (col.min is not None and value < col.min) or (col.max is not None and value > col.max):
                    out_of_range.append((i, text))
            if col.allowed is not None and value not in col.allowed:
                not_allowed.append((i, text))
            if col.pattern is not None and col.kind == "str" and not re.fullmatch(col.pattern, text):
                problems.append(f"{where}: {text!r} does not match {col.pattern}")
            if col.check is not None:
                msg = col.check(value)
                if msg:
                    refused.append((i, text, msg))
            typed.append(value)
        if not_number:
            not_numbers.append((col, not_number))
        if out_of_range:
            problems.append(_out_of_range(col, out_of_range, lines))
        problems += _refused(col, refused, lines)
        if not_allowed:
            problems.append(_not_allowed(col, not_allowed, lines))
        if col.unique:  # empty values are never duplicates
            for p, first in first_rows(v if v is not None else object() for v in typed).items():
                problems.append(f"{cell(at[p], col.name, lines)}: duplicate value {typed[p]!r} (first at row {at[first] + 1}); "
                                "values must be unique")
        if col.kind in ("int", "float"):
            out[col.name] = pd.array(typed, dtype="Int64" if col.kind == "int" else "Float64") if col.nullable else [
                v for v in typed]
        else:
            # object dtype keeps None as None: pandas 3 would turn a list of str and None into its str dtype
            # with NaN for None, and every `is None` check downstream would silently fail
            out[col.name] = pd.Series(typed, index=out.index, dtype=object)
    problems += _not_numbers(not_numbers, lines)
    if problems:  # in file order: by row, then by column as the schema lists them (sort is stable)
        problems.sort(key=lambda p: int(m.group(1)) if (m := re.match(r"row (\d+)\b", p)) else 0)
        raise DataValidationError(file, problems)
    return out


def _rows_holding(bad: list[tuple[int, str]], what: str) -> str:
    """'(15 rows hold a value <what>, the first here: 'FALSE' in 9 rows, 'TRUE' in 6 rows)': how many rows of a column
    hold such a value and which values, in order of first appearance (five named at most)."""
    counts = Counter(value for _, value in bad)
    shown = [f"{v!r} in {k} row{'s' if k > 1 else ''}" for v, k in list(counts.items())[:5]]
    if len(counts) > 5:
        shown.append(f"and {len(counts) - 5} more values")
    return f"({len(bad)} rows hold a value {what}, the first here: {', '.join(shown)})"


def _hint(col: Column, values: list[str]) -> str:
    """Why the values of a number column that are not numbers are probably there, and what to do: marks of a missing
    value ('NA', '.', '#N/A': R, SPSS, Stata, Excel; '缺失', '—': a Chinese table; analysis.qca.data.missing_mark,
    the engine's one rule, several kinds in one column one hint), or analysis.qca.data's hints (a
    yes/no word, a percent sign, a decimal comma, full-width digits). A missing-value mark was called 'text labels
    (e.g. SPSS value labels)'."""
    from analysis.qca.data import NA_MARKERS, missing_mark
    from analysis.qca.data_value_hints import _value_hint

    if values and all(missing_mark(v.strip()) for v in values):   # the engine's one rule: '缺失' with 'NA' is one hint
        who = ("as R, SPSS, Stata or Excel write one" if all(v.strip() in NA_MARKERS for v in values) else
               "as R, SPSS, Stata or Excel write one, or a Chinese table: '缺失', '—'")
        if col.nullable:
            return f"a mark of a missing value ({who}): leave the cell empty instead"
        return (f"a mark of a missing value ({who}): QCA places every case in a configuration, so every cell needs a "
                "value: code the case here, or leave the case out of the file")
    return _value_hint(values)


def _not_a_number(col: Column, bad: list[tuple[int, str]], lines=None) -> str:
    """One problem for the values of a number column that are not numbers: the first row's, how many rows and
    which values when several, and why they are probably there when every one says the same (`_hint`: a missing-value
    mark, a yes/no word, a percent sign, a decimal comma, full-width digits)."""
    first, text = bad[0]
    hint = _hint(col, [value for _, value in bad])
    many = f" {_rows_holding(bad, 'that is not a number')}" if len(bad) > 1 else ""
    return f"{cell(first, col.name, lines)}: {text!r} is not {col.allowed_text()}{many}" + (f": {hint}" if hint else "")


def _not_numbers(columns: list[tuple[Column, list[tuple[int, str]]]], lines=None) -> list[str]:
    """The problems of the number columns' values that are not numbers: one per column (`_not_a_number`), or one for
    them all when several columns are wrong the same way (the same hint and the same allowed values: a matrix written
    是/否 in every set column was seven long problems saying the same, on one `error:` line)."""
    hints = [_hint(col, [v for _, v in bad]) for col, bad in columns]
    allowed = {col.allowed_text() for col, _ in columns}
    if len(columns) < 2 or not hints[0] or len(set(hints)) > 1 or len(allowed) > 1:
        return [_not_a_number(col, bad, lines) for col, bad in columns]
    col, bad = columns[0]
    first, text = bad[0]
    cells = [(i, v) for _, b in columns for i, v in b]
    counts = Counter(v for _, v in cells)
    shown = ", ".join(f"{v!r} in {k} cell{'s' if k > 1 else ''}" for v, k in list(counts.items())[:5]) + (
        f" and {len(counts) - 5} more values" if len(counts) > 5 else "")
    names = ", ".join(c.name for c, _ in columns)
    return [f"{cell(first, col.name, lines)}: {text!r} is not {col.allowed_text()} ({len(cells)} values of columns {names} "
            f"in {len({i for i, _ in cells})} rows are not numbers: {shown}): {hints[0]}"]


def _out_of_range(col: Column, bad: list[tuple[int, str]], lines=None) -> str:
    """One problem for the numbers of a column outside its range (a 0-100 or 1-5 scale where memberships in [0, 1]
    are expected): the first row's, and how many rows and which values when several."""
    first, text = bad[0]
    many = f" {_rows_holding(bad, 'out of range')}" if len(bad) > 1 else ""
    scale = ""
    if (col.min, col.max) == (0, 1) and all(float(v) > 1 for _, v in bad):
        scale = ("; values above 1 look like another scale (a percentage, a 1-5 rating): a share or membership is "
                 "in [0, 1], so divide or calibrate them first")
    return f"{cell(first, col.name, lines)}: {text} is out of range{many}; expected {col.allowed_text()}{scale}"


def _refused(col: Column, bad: list[tuple[int, str, str]], lines=None) -> list[str]:
    """The problems of a column's check (Column.check): one per message, where the messages of several rows differ
    only in the value (Chinese place names as case ids: the same advice for each of 15 rows) one problem naming how
    many rows and which values."""
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for i, text, msg in bad:
        # the value masked where the message quotes it ('01', e.g. 'C01'), not where it happens to occur ('notebook 02')
        key = re.sub(r"'[^']*'", lambda m: "\x00" if text in m.group(0) else m.group(0), msg.replace(repr(text), "\x00"))
        groups.setdefault(key, []).append((i, text, msg))
    out = []
    for rows in groups.values():
        first, text, msg = rows[0]
        if len(rows) == 1:
            out.append(f"{cell(first, col.name, lines)}: {msg}")
            continue
        values = [t for _, t, _ in rows]
        listed = ", ".join(repr(v) for v in values[:5]) + (f" and {len(values) - 5} more" if len(values) > 5 else "")
        out.append(f"{cell(first, col.name, lines)}: {msg} ({len(rows)} rows hold such a value: {listed})")
    return out


def _not_allowed(col: Column, bad: list[tuple[int, str]], lines=None) -> str:
    """One problem for the values of a column outside its allowed set: the first row's message, and when several
    rows have one (a status written 'Original' on every row), how many and which values, rather than one problem per
    row saying the same."""
    first, text = bad[0]
    write = _write_instead(col, [v for _, v in bad])
    if len(bad) == 1:
        return f"{cell(first, col.name, lines)}: {text!r} is not allowed; expected {col.allowed_text()}{write}"
    return (f"{cell(first, col.name, lines)}: {text!r} is not allowed {_rows_holding(bad, 'not allowed')}; expected "
            f"{col.allowed_text()}{write}")


def _write_instead(col: Column, values: list[str]) -> str:
    """': write 'original' for '原始'' for the refused values that stand for an allowed one (the column's `meant`, or
    the allowed value in another case: 'Original'), in order of first appearance; '' when none does."""
    allowed = {str(a).casefold(): a for a in col.allowed or ()}
    pairs = []
    for v in dict.fromkeys(values):
        target = (col.meant or {}).get(v.strip(), allowed.get(v.strip().casefold()))
        if target is not None:
            pairs.append(f"{target!r} for {v!r}")
    return f": write {', '.join(pairs)}" if pairs else ""


def read_table(path: Path | str, schema: Iterable[Column], extra_columns: bool = True) -> pd.DataFrame:
    """Read a raw CSV (every cell as text, no NA guessing) and validate it against `schema`."""
    df = read_frame(path)
    out = check_frame(df, schema, relative(Path(path)), extra_columns=extra_columns)
    if row_lines(df) is not None:   # the checked table keeps the lines, for the callers' own cross-row checks
        out.attrs.update(df.attrs)
    return out


def read_frame(path: Path | str) -> pd.DataFrame:
    """A raw CSV as `read_table` reads it, every cell as text, before any check of its values: a file that is not
    UTF-8 text or not a well-formed CSV refused, Excel's empty trailing columns and rows left out (the rows before
    keep their numbers: row i of the frame is the file's data row i)."""
    path = Path(path)
    name = relative(path)
    if not path.exists():
        raise FileNotFoundError(f"{name}: file not found")
    if path.is_dir():
        raise DataValidationError(name, ["is a directory, not a CSV file"])
    if path.stat().st_size == 0:
        raise DataValidationError(name, ["the file is empty (no header, no rows)"])
    header = _raw_header(path, name)   # refuses a file that is not UTF-8 text, naming the encoding
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], encoding="utf-8",
                         comment=None, skip_blank_lines=True)
    except pd.errors.ParserError as exc:
        raise DataValidationError(name, [f"not a well-formed CSV: {exc}"]) from None
    except pd.errors.EmptyDataError:
        raise DataValidationError(name, ["the file is empty (no header, no rows)"]) from None
    if len(header) == df.shape[1]:
        # pandas would have renamed a repeated name to NAME.1, hiding it from the check
        df.columns = [h if h.strip() else c for h, c in zip(header, df.columns)]
        empty = [c for h, c in zip(header, df.columns) if not h.strip() and (df[c].str.strip() == "").all()]
        df = df.drop(columns=empty)  # Excel's trailing ',,,' columns
    blank = df.apply(lambda col: col.str.strip() == "").all(axis=1).to_numpy()
    last = len(blank) - next((i for i, b in enumerate(blank[::-1]) if not b), len(blank))
    df = df.iloc[:last]  # Excel's trailing ',,,' rows; rows before keep their line numbers
    lines = _file_lines(path, len(df))
    if lines is not None:   # messages name the file's line of a row (a blank line above it moves it down)
        from analysis.qca.data import FILE_LINES

        df.attrs[FILE_LINES] = lines
    return df


_SAVE_AS_UTF8 = "save it as 'CSV UTF-8 (comma delimited)'"


def _text_problem(data: bytes) -> str | None:
    """Why a case file's bytes are not UTF-8 text, or None: UTF-16 (Excel's 'Unicode Text'), or another encoding,
    usually GBK (Chinese Excel's 'CSV (comma delimited)'). The header alone may decode (ASCII names), so the whole
    file is checked: a partly readable file was taken for one with an empty header (a Paper A case file)."""
    from analysis.qca.read import binary_kind

    kind = binary_kind(data)
    if kind:   # a workbook or another program's file, not text
        return f"this is {kind}, not a CSV text file; {_SAVE_AS_UTF8}"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"UTF-16 text (Excel's 'Unicode Text'), not UTF-8; {_SAVE_AS_UTF8}"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        try:
            data.decode("gbk")
            was = "; it reads as GBK, what Chinese Excel's 'CSV (comma delimited)' writes"
        except UnicodeDecodeError:
            was = ""
        return f"not UTF-8 text (line {line}, byte {exc.start}){was}; {_SAVE_AS_UTF8}"
    return None


def _raw_header(path: Path, name: str) -> list[str]:
    """The header as written (repeats kept), refusing a file that is not UTF-8 text (`_text_problem`) or not
    comma-separated."""
    problem = _text_problem(path.read_bytes())
    if problem:
        raise DataValidationError(name, [problem])
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), [])
    if len(header) == 1:
        for sep, label in ((";", "';'"), ("\t", "a tab")):
            if sep in header[0]:
                raise DataValidationError(name, [
                    f"the header is one column {header[0]!r}: the file looks separated by {label}, not commas "
                    "(Excel in a locale with decimal commas); save it as 'CSV UTF-8 (comma delimited)'"])
    return header
