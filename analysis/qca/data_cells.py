"""A column's cells as the engine reads them: which cells are missing (empty, NaN, a mark such as 'NA', '.', '—',
'缺失'), which are numbers (pandas' parser, ASCII digits only) and which are not; text columns read once per distinct
cell; pyarrow types pandas cannot convert refused by name.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .checks import cell_number, shown_decimals
from .errors import QCAInputError, quoted


#: Cell texts that mean 'missing' in exports from Excel, SPSS, R, Stata and pandas.
NA_MARKERS = frozenset({"NA", "N/A", "n/a", "na", "#N/A", "#NA", "NaN", "nan", "NAN", "NULL", "null", "None",
                        ".", "-", "?", "#NULL!", "#DIV/0!", "#VALUE!", "missing", "<NA>"})


#: Cells that mark a missing value in Chinese tables (统计年鉴: '—' no data) beyond NA_MARKERS: named as such when
#: they are the non-numeric cells of a column (they were 'mistyped cells', or no hint at all).
_MISSING_MARKS = frozenset({"\u2014", "\u2014\u2014", "\u2013", "\uff0d", "\u2015", "\u2026", "\u2026\u2026", "缺失",
                            "缺失值", "缺", "不详", "未知", "无数据", "数据缺失"})


def missing_mark(text: str) -> bool:
    """Whether a cell's text (stripped) marks a missing value: as R, SPSS, Stata, Excel or pandas write one
    (NA_MARKERS) or as a Chinese table does ('—', '缺失': _MISSING_MARKS). The one rule of the engine's reader
    (`_numeric`: such a cell is missing, never a number) and of the tables analysis.validate checks: a column marked
    '缺失', 'NA' and '.' is one problem listing the marks (the Chinese marks were another, as non-numeric cells)."""
    return text in NA_MARKERS or text in _MISSING_MARKS


def _plain_number(text: str) -> bool:
    """Whether `text` is a plain decimal number ('0.8', '-1', '.5', '1e3')."""
    return re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text.strip(), re.ASCII) is not None


def text_numbers(texts) -> np.ndarray:
    """Cells' texts (stripped; None for a missing cell) as the engine reads numbers: pandas' parser, ASCII digits 0-9,
    a point, a sign, an exponent; NaN for None and for text that is no number, including what Python's float() also
    reads ('４５' typed full-width, '1_000', other scripts' digits), so that the data's reader and calibrate() agree."""
    return pd.to_numeric(pd.Series(list(texts), dtype=object), errors="coerce").to_numpy(dtype=float)


def _fullwidth(text: str) -> bool:
    """True if `text` has full-width forms of ASCII characters (０-９, ．, －, ％, ...) or an ideographic space, as a
    Chinese or Japanese input method types them."""
    return any("\uff01" <= ch <= "\uff5e" or ch == "\u3000" for ch in text)


#: Cells holding several values (a pyarrow list column's cells are arrays; an object column's lists, records): numpy
#: would read [0.81] as 0.81, or make the column 2-d.
NESTED_CELLS = (list, tuple, dict, set, np.ndarray)


def _cell_shown(value):
    """A cell as a message shows it: a numpy array (a pyarrow list column's cell) as the list it is, [0.81], not
    array([0.81]); any other cell as it is."""
    return value.tolist() if isinstance(value, np.ndarray) else value


def _text_column(s: pd.Series) -> tuple[np.ndarray, list] | None:
    """A column of text cells (pandas' string dtype, as read_data gives) as (codes, texts): cell i, stripped with
    Python's str.strip (as s.str.strip() strips each cell, no-break spaces too), is texts[codes[i]], a missing
    cell (NaN) None. `texts` holds each distinct cell once, in order of first appearance, so 100,000 cells of '0'
    and '1' are two strips; a column of mostly distinct texts (raw measures, names: more than half distinct among
    its first 1,000 cells) is kept cell by cell (codes 0, 1, 2, ...), where hashing would cost more than it saves.
    None for other dtypes."""
    if not pd.api.types.is_string_dtype(s) or pd.api.types.is_object_dtype(s):
        return None
    if len(s) > _SAMPLE and len(set(s.iloc[:_SAMPLE].tolist())) > _SAMPLE // 2:
        return np.arange(len(s)), [t.strip() if isinstance(t, str) else None for t in s.tolist()]
    codes, uniques = pd.factorize(s, use_na_sentinel=False)  # the column's own array: no copy to Python objects
    return codes, [t.strip() if isinstance(t, str) else None for t in uniques.tolist()]


#: Cells `_text_column` looks at to tell a column of few distinct texts from one of mostly distinct texts.
_SAMPLE = 1000


def arrow_type_unread(values) -> str | None:
    """The pyarrow type of a Series or Index whose values pandas cannot hand over at all ('string_view', as polars'
    to_pandas(use_pyarrow_extension_array=True) gives text; 'month_day_nano_interval'): its to_numpy, copy, factorize
    and isnumeric raise NotImplementedError, which ended truth_table, term_membership and calibrate in pandas' or
    pyarrow's traceback. None for every other dtype (pyarrow's numbers, strings, dictionaries, dates and lists
    included, which pandas converts)."""
    dtype = getattr(values, "dtype", None)
    if not isinstance(dtype, pd.ArrowDtype):
        return None
    try:
        values[:1].to_numpy()
    except NotImplementedError:   # pyarrow's ArrowNotImplementedError too (a subclass)
        return str(dtype.pyarrow_dtype)
    return None


def arrow_type_message(what: str, kind: str, convert: str) -> str:
    """The error for `what` (column 'DEV', the index, x) holding values of the pyarrow type `kind` that pandas cannot
    convert (arrow_type_unread), with the line that converts them (`convert`: to text, which the data's reader reads;
    to numbers, for the measures)."""
    return (f"{what} holds pyarrow {kind} values, which pandas cannot convert to numbers or text (it raises "
            f"NotImplementedError for them): convert them first, {convert}")


def check_arrow_types(data: pd.DataFrame, frame: str = "df") -> None:
    """Refuse a frame with a column, an index or column names of a pyarrow type pandas cannot convert
    (arrow_type_unread), naming every such column and how to convert it. `frame`: how the lines name the frame ('df';
    'raw', robustness_protocol's raw values)."""
    names = arrow_type_unread(data.columns)
    if names:   # the names themselves: data.columns cannot be listed, nor a column be found by its name
        raise QCAInputError(arrow_type_message(f"{frame}.columns (the column names)", names,
                                               f"{frame}.columns = pd.Index({frame}.columns.tolist(), dtype='str')"))
    where = "column" if frame == "df" else f"{frame} column"
    said = [arrow_type_message(f"{where} {quoted(str(c), as_written=True)}", kind,
                               f"{frame}[{str(c)!r}] = pd.array({frame}[{str(c)!r}].tolist(), dtype='str')")
            for c, kind in ((c, arrow_type_unread(data.iloc[:, i])) for i, (c, dtype) in
                            enumerate(zip(data.columns, data.dtypes)) if isinstance(dtype, pd.ArrowDtype)) if kind]
    index = [arrow_type_unread(data.index.get_level_values(i)) for i in range(data.index.nlevels)]
    if any(index):
        said.append(arrow_type_message(f"{frame}.index (the case names)", next(k for k in index if k),
                                       f"{frame}.index = pd.Index({frame}.index.tolist(), dtype='str')"))
    if said:
        raise QCAInputError("; ".join(said))


def as_float64(s: pd.Series) -> np.ndarray:
    """A numeric column as float64, missing cells NaN; a narrow float column (pandas' Float32 too) as the decimals
    it shows (shown_decimals)."""
    dtype = getattr(s.dtype, "numpy_dtype", s.dtype)
    if isinstance(dtype, np.dtype) and dtype.kind == "f" and dtype.itemsize < 8:
        return shown_decimals(s.to_numpy(dtype=dtype, na_value=np.nan))
    return s.to_numpy(dtype=float, na_value=np.nan)


def _numeric(df: pd.DataFrame, col: str, text: tuple[np.ndarray, list] | None = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A column as floats, with masks of missing and of non-numeric cells. `text`: the column's `_text_column`,
    when the caller has it already."""
    s = df[col]
    if pd.api.types.is_bool_dtype(s):   # nullable 'boolean' with pd.NA too: astype(int) raised a bare ValueError
        values = s.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        missing = np.isnan(values)
        return values, missing, np.zeros(len(values), dtype=bool)
    if pd.api.types.is_complex_dtype(s):   # a membership has no imaginary part: 1+5j was read as 1 without a word
        z = s.to_numpy(dtype=complex)
        values = np.where(z.imag == 0, z.real, np.inf)   # a cell with one is not a number of a set (listed as such)
        missing = np.isnan(z.real) & (z.imag == 0)
        return values, missing, ~missing & ~np.isfinite(values)
    if pd.api.types.is_numeric_dtype(s):  # numbers already (a CSV's numeric columns): no text to check cell by cell
        values = as_float64(s)
        missing = np.isnan(values)
        return values, missing, ~missing & ~np.isfinite(values)
    if text is None:
        text = _text_column(s)
    if text is not None:
        # text cells only (read_data's columns): the same cleaning and parsing as below, once per distinct cell
        # text. pd.to_numeric reads each text on its own; which dtype it returns (int64, uint64, float64) depends
        # only on which kinds of text occur, the same among the distinct texts (a missing cell's None included)
        codes, texts = text
        absent = np.array([t is None or t == "" or missing_mark(t) for t in texts], dtype=bool)
        missing = absent[codes]
        values = text_numbers([None if a else t for t, a in zip(texts, absent)])[codes]
        return values, missing, ~missing & ~np.isfinite(values)
    else:
        raw = s.to_numpy(dtype=object)
        missing = np.array([v is None or (isinstance(v, str) and (v.strip() == "" or missing_mark(v.strip()))) or
                            (not isinstance(v, str) and pd.api.types.is_scalar(v) and pd.isna(v)) for v in raw],
                           dtype=bool)   # a cell holding a list ([0.81]) is no number, not missing (isna: an array)
        # str.strip also removes the no-break spaces Excel and the web leave around numbers (pandas does not); a
        # float32 cell (an object column of numpy scalars) is the decimal it shows, as a float32 column is, and a
        # Fraction its number (checks.cell_number); a cell holding a list or an array is no number (NaN, not missing:
        # pd.to_numeric raised on an array among numbers)
        cleaned = pd.Series([None if m or not pd.api.types.is_scalar(v) else v.strip() if isinstance(v, str) else
                             cell_number(v) for v, m in zip(raw, missing)], index=s.index, dtype=object)
    values = pd.to_numeric(cleaned, errors="coerce").to_numpy(dtype=float)
    bad = ~missing & ~np.isfinite(values)
    return values, missing, bad


def _mostly_numbers(missing: np.ndarray, bad: np.ndarray) -> bool:
    """Whether most of a column's given cells are numbers (`_numeric`'s masks): a set with a few mistyped cells
    ('1x', '0..8'), not a column of notes or labels, which leaving out of the conditions would be the fix for."""
    return int(bad.sum()) * 2 < int((~missing).sum())


def blank_cells(s: pd.Series, text: tuple[np.ndarray, list] | None = None) -> np.ndarray:
    """Whether each cell of `s` is empty: missing (NaN, None, pd.NA) or blank text. `text`: s's _text_column, when
    read (its distinct cells, stripped once; a missing cell is None among them)."""
    if text is not None:
        codes, distinct = text
        return np.array([t is None or t == "" for t in distinct], dtype=bool)[codes]
    out = s.isna().to_numpy(dtype=bool, copy=True)
    if not (pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s)):
        out |= s.map(lambda v: isinstance(v, str) and v.strip() == "").to_numpy(dtype=bool)
    return out


def missing_cells(data: pd.DataFrame, column) -> np.ndarray:
    """Which cells of `column` are missing by the engine's one rule (`_numeric`, as the analysis refuses them):
    NaN, None, pd.NA, an empty or blank cell, or a mark of a missing value (missing_mark: 'NA', '.', '-', '#N/A',
    '缺失', '—', ...), so a frame of read_data's text cells, which pandas' dropna keeps whole, is read as the analysis
    reads it."""
    return _numeric(data, column, _text_column(data[column]))[1]
