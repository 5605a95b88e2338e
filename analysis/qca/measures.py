"""Set-theoretic measures of fit for crisp, multi-value (as crisp sets) and fuzzy memberships.

Formulas (X = membership in the condition or term, Y = membership in the outcome):
  sufficiency consistency  inclS = Σmin(X,Y) / ΣX              (Ragin 2006, 2008)
  sufficiency coverage     covS  = Σmin(X,Y) / ΣY              (Ragin 2006)
  PRI = (Σmin(X,Y) − Σmin(X,Y,1−Y)) / (ΣX − Σmin(X,Y,1−Y))     (Ragin 2008)
  necessity consistency    inclN = Σmin(X,Y) / ΣY              (Ragin 2006)
  necessity coverage       covN  = Σmin(X,Y) / ΣX              (Ragin 2006)
  relevance of necessity   RoN   = Σ(1−X) / Σ(1−min(X,Y))
                                   (Schneider & Wagemann 2012)
  Haesebrouck consistency  inclH = Σmin(X,Y) / Σ(min(X,Y) + √(max(X−Y,0)·X))
                                   (Haesebrouck 2015)
Negation of a set is 1 − X (standard fuzzy negation). Undefined ratios (0/0) are NaN. PRI's denominator
ΣX − Σmin(X,Y,1−Y) is a sum of non-negative terms that is 0 when every case has X ≤ min(Y, 1−Y); in floating point
1 − Y can round below X (X = 0.1, Y = 0.9), leaving a residue of ~1e-17 that would turn 0/0 into PRI = 1 or 0, so a
denominator below PRI_TOL × ΣX counts as 0 (found by the brute-force oracle in tests/test_qca_oracle.py).

The public functions check their input (numbers in [0, 1], no missing value, x and y of the same shape, a known
relation; two pandas Series are paired by their index, as pandas pairs them; a one-column DataFrame is its column) and raise QCAInputError naming the argument; the unchecked `_consistency`, `_coverage`, `_pri`, `_ron`
and `_haesebrouck` are for engine code whose memberships come from checked data (prepare_data) already.
"""
from __future__ import annotations

import numbers

import numpy as np
import pandas as pd

from .checks import cell_number, relation as _relation, shown_decimals
from .errors import QCAInputError, counted, in_number, quoted
from .r_calls import refuses_r_only_arguments

__all__ = ["consistency", "coverage", "pri", "ron", "haesebrouck", "negate", "PRI_TOL"]

#: Rounding noise around 0 and 1 that is not an error (as prepare_data reads data: 1.0000000000000002 is 1).
_NOISE = 1e-9
_SHOW = 5  # positions named at most in one message
_MIN, _MAX = np.minimum.reduce, np.maximum.reduce
_RELATIONS = ("sufficiency", "necessity")


def _where(mask: np.ndarray, index: pd.Index | None = None) -> str:
    """' at positions 0, 3' (' at position 3' of one; 0-based; the first _SHOW) of the True cells of `mask`; '' for a
    single number. With
    `index` (a Series' own, as long as `mask`), its labels after the index's name: ' at case 'BE'' (as calibrate
    names a Series' cells), not the position a researcher would count to."""
    if mask.ndim == 0:
        return ""
    if index is not None and mask.ndim == 1 and len(index) == len(mask):
        labels = index[np.flatnonzero(mask)].tolist()   # Python values: 'BE', 1, not np.int64(1)
        word = "index" if index.name is None else str(index.name)
        return (f" at {word} " + ", ".join(map(repr, labels[:_SHOW]))
                + (f" and {len(labels) - _SHOW} more" if len(labels) > _SHOW else ""))
    idx = np.argwhere(mask)
    shown = ", ".join(str(int(i[0])) if len(i) == 1 else str(tuple(int(v) for v in i)) for i in idx[:_SHOW])
    more = f" and {len(idx) - _SHOW} more" if len(idx) > _SHOW else ""
    return f" at {in_number(len(idx), 'position')} {shown}{more}"


def _membership(name: str, values) -> np.ndarray:
    """`values` as a float array of memberships in [0, 1], or QCAInputError naming `name`. A float array costs two
    reductions (min, max); the slow paths only run to convert other input, word an error or clip rounding noise."""
    if type(values) is np.ndarray and values.dtype.kind == "f":     # the engine's own arrays
        arr = values if values.dtype == np.float64 else shown_decimals(values)   # float32 0.6 is 0.6
    else:
        arr = _as_float(name, values)
    if arr.size and not (_MIN(arr, axis=None) >= 0.0 and _MAX(arr, axis=None) <= 1.0):    # False for NaN too
        arr = _outside(name, arr, values.index if isinstance(values, pd.Series) else None)
    return arr


def _as_float(name: str, values) -> np.ndarray:
    if isinstance(values, (str, bytes)) or values is None:
        raise QCAInputError(f"{name} must be memberships in [0, 1] (a number or a sequence of numbers), "
                            f"got {quoted(values)}")
    from .data import arrow_type_message, arrow_type_unread   # data imports this module

    kind = arrow_type_unread(values)
    if kind:   # pyarrow's string_view: pandas' NotImplementedError at np.asarray
        raise QCAInputError(arrow_type_message(name, kind, "pd.to_numeric(pd.Series(x.tolist(), index=x.index))"))
    if isinstance(values, (list, tuple)) and any(isinstance(v, np.floating) and v.itemsize < 8 for v in values):
        # [np.float32(0.6), 1.0]: numpy makes it float64 of the binary value 0.6000000238 (a float32 array is read as
        # the decimals it shows); each cell by the data's rule, as the decimal it shows
        values = [cell_number(v) for v in values]
    try:
        raw = np.asarray(values)
    except (TypeError, ValueError) as exc:  # ragged nested lists
        raise QCAInputError(f"{name} must be memberships in [0, 1] (a number or a sequence of numbers), "
                            f"got {type(values).__name__} that is not a flat array ({exc})") from None
    if raw.dtype.kind in "fiub":
        return shown_decimals(raw)
    if raw.dtype.kind == "O":          # a list mixing numbers with None, text, pd.NA ...
        flat = raw.ravel()
        missing = np.array([v is None or v is pd.NA for v in flat], dtype=bool).reshape(raw.shape)
        if missing.any():
            raise QCAInputError(f"{name} must be memberships in [0, 1] without missing values, got a missing value"
                                f"{_where(missing, values.index if isinstance(values, pd.Series) else None)}")
        bad = [v for v in flat if not isinstance(v, (numbers.Real, np.bool_))]
        if bad and isinstance(bad[0], str):   # a column of text (pandas' str dtype, a Categorical of text)
            raise QCAInputError(_text_message(name, str(bad[0])))
        if bad:
            raise QCAInputError(f"{name} must be memberships in [0, 1] (numbers), got the non-numeric value "
                                f"{quoted(bad[0])}")
        return raw.astype(float)
    shown = raw.ravel()[0].item() if raw.size else None      # text, complex numbers, dates
    if raw.dtype.kind in "US":
        raise QCAInputError(_text_message(name, str(shown)))
    raise QCAInputError(f"{name} must be memberships in [0, 1] (numbers), got {raw.dtype} values such as "
                        f"{quoted(shown)}")


def _text_message(name: str, text: str) -> str:
    """The error of memberships given as text, `text` the first such value: a number written as text ('0.81', as
    df.astype(str) or a column pandas read as text holds it) is said to be one, with its conversion."""
    from .data_cells import _plain_number   # (data imports this module)

    said = f"{name} must be memberships in [0, 1] (numbers), got text such as {quoted(text)}"
    if not _plain_number(text):
        return said
    frame, _, _ = name.partition(" column ")   # negate(df): 'x column 'DEV'', a column of the frame x
    how = (f"the columns first, {frame}.apply(pd.to_numeric)" if frame != name else
           f"the column first, pd.to_numeric({name})")
    return f"{said}: a number written as text; convert {how}"


def _outside(name: str, arr: np.ndarray, index: pd.Index | None = None) -> np.ndarray:
    """NaN or values outside [0, 1]: an error naming where they are (`index`: a Series' labels, _where); rounding
    noise within _NOISE of 0 or 1 is clipped."""
    missing = np.isnan(arr)
    if missing.any():
        raise QCAInputError(f"{name} must be memberships in [0, 1] without missing values, got NaN"
                            f"{_where(missing, index)}")
    outside = (arr < -_NOISE) | (arr > 1.0 + _NOISE)
    if outside.any():
        first = float(arr[outside].ravel()[0])
        got = (f"{first!r}" if arr.ndim == 0 else f"a value outside it{_where(outside, index)} ({first!r})"
               if outside.sum() == 1 else f"values outside it{_where(outside, index)} (e.g. {first!r})")
        raise QCAInputError(f"{name} must be memberships in [0, 1], got {got}; calibrate raw values first "
                            "(analysis.qca.calibrate)")
    return np.clip(arr, 0.0, 1.0)


def _aligned(x, y):
    """Two pandas Series are paired case by case by their index, as pandas pairs them (`y` put in x's order), not
    by position: y sorted otherwise (or read from another file) would pair one case's X with another's Y. Indexes
    naming different cases are an error."""
    if not (isinstance(x, pd.Series) and isinstance(y, pd.Series)) or x.index.equals(y.index):
        return y
    if x.index.is_unique and y.index.is_unique and len(x) == len(y) and set(x.index) == set(y.index):
        return y.reindex(x.index)
    in_x, in_y = set(x.index), set(y.index)
    only_x = [v for v in x.index if v not in in_y][:_SHOW]
    only_y = [v for v in y.index if v not in in_x][:_SHOW]
    why = "; ".join(f"{a} has {in_number(len(only), 'case')} {', '.join(map(repr, only))} that {b} has not"
                    for a, b, only in (("x", "y", only_x), ("y", "x", only_y)) if only)
    raise QCAInputError("x and y are pandas Series of different cases (their indexes differ: "
                        f"{why or 'a case name is repeated'}); give the memberships of the same cases, e.g. two "
                        "columns of one DataFrame, or .to_numpy() both to pair them by position")


def _one_set(name: str, values):
    """A DataFrame given for one set's memberships: its one column as a Series (df[['DEV']] for df['DEV']); several
    columns are refused, naming them and how a measure of their conjunction or of each is taken."""
    if not isinstance(values, pd.DataFrame):
        return values
    if values.shape[1] == 1:
        return values.iloc[:, 0]
    cols = [str(c) for c in values.columns]
    if not cols:   # df[[]], pd.DataFrame(): the message below names the first column
        raise QCAInputError(f"{name} must be the memberships of one set (a column, a Series or a list), got a "
                            "DataFrame of no columns: give one column, e.g. df['DEV']")
    shown = ", ".join(map(repr, cols[:_SHOW])) + (f" and {len(cols) - _SHOW} more" if len(cols) > _SHOW else "")
    raise QCAInputError(f"{name} must be the memberships of one set (a column, a Series or a list), got a DataFrame "
                        f"of {len(cols)} columns ({shown}): give one column, e.g. df[{quoted(cols[0])}]; for their "
                        f"conjunction, term_membership(df, {'*'.join(cols[:2])!r}); or measure each in turn")


def _arrays(x, y):
    x, y = _one_set("x", x), _one_set("y", y)
    y = _aligned(x, y)
    x = _membership("x", x)
    y = _membership("y", y)
    if x.shape != y.shape:
        if x.ndim <= 1 and y.ndim <= 1:
            raise QCAInputError(f"x and y must be memberships of the same cases, one value per case: x has "
                                f"{counted(x.size, 'value')}, y has {y.size}")
        raise QCAInputError(f"x and y must be memberships of the same cases (the same shape): x has shape "
                            f"{x.shape}, y has {y.shape}")
    return x, y


#: Relative size (share of ΣX) below which PRI's denominator is floating-point residue, i.e. 0.
PRI_TOL = 1e-12


def _ratio(num: float, den: float) -> float:
    return float(num / den) if den > 0 else float("nan")


# ---------------------------------------------------------------- unchecked (float arrays of the same shape)
def _consistency(x: np.ndarray, y: np.ndarray, relation: str = "sufficiency") -> float:
    both = np.minimum(x, y).sum()
    return _ratio(both, x.sum() if relation == "sufficiency" else y.sum())


def _coverage(x: np.ndarray, y: np.ndarray, relation: str = "sufficiency") -> float:
    both = np.minimum(x, y).sum()
    return _ratio(both, y.sum() if relation == "sufficiency" else x.sum())


def _pri(x: np.ndarray, y: np.ndarray) -> float:
    both = np.minimum(x, y)
    simultaneous = np.minimum(both, 1.0 - y).sum()
    den = x.sum() - simultaneous
    return _ratio(both.sum() - simultaneous, den if den > PRI_TOL * x.sum() else 0.0)


def _incl_pri_rows(mem: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """_consistency and _pri of every row of `mem` (sets x cases, rows contiguous) for Y at once: the same sums
    along each row as the 1-D functions' sums (numpy's pairwise summation), so the same values to the bit; NaN where
    they give NaN. For truth tables of fuzzy data, where every case has a membership in every row."""
    both = np.minimum(mem, y)
    s_x = mem.sum(axis=1)
    s_both = both.sum(axis=1)
    simultaneous = np.minimum(both, 1.0 - y, out=both).sum(axis=1)
    return _incl_pri_of_sums(s_x, s_both, simultaneous)


def _incl_pri_of_sums(s_x: np.ndarray, s_both: np.ndarray, simultaneous: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Consistency and PRI of sets from their sums ΣX, Σmin(X, Y) and Σmin(X, Y, 1 - Y) (_incl_pri_rows; the
    compiled sums of _row_sums.row_sums)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        incl = np.where(s_x > 0, s_both / s_x, np.nan)
        den = s_x - simultaneous
        den = np.where(den > PRI_TOL * s_x, den, 0.0)
        return incl, np.where(den > 0, (s_both - simultaneous) / den, np.nan)


def _two_largest(mem: list[np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of the memberships of `n` cases in each of some terms (one array per term), each case's largest value, the
    first term holding it (argmax) and the second largest value (np.partition's [-2]; the largest again when two
    terms hold it), -inf with one term; zeros with none. One pass per term over contiguous rows (a solution's fit and
    pof's covU): numpy's argmax and partition along the terms axis of the same matrix took 2.7 s and 0.3 s at 313
    terms x 20,000 cases (a strided walk per case), and stacking the terms' arrays into that matrix once per model
    more than the fit itself."""
    if not len(mem):
        return np.zeros(n), np.zeros(n, dtype=np.intp), np.full(n, -np.inf)
    best = mem[0].copy()
    first = np.zeros(n, dtype=np.intp)
    second = np.full(n, -np.inf)
    for i in range(1, len(mem)):
        x = mem[i]
        gt = x > best
        second = np.where(gt, best, np.maximum(second, x))
        first[gt] = i
        best = np.where(gt, x, best)
    return best, first, second


def _ron(x: np.ndarray, y: np.ndarray) -> float:
    return _ratio((1.0 - x).sum(), (1.0 - np.minimum(x, y)).sum())


def _haesebrouck(x: np.ndarray, y: np.ndarray) -> float:
    both = np.minimum(x, y)
    return _ratio(both.sum(), (both + np.sqrt(np.maximum(x - y, 0.0) * x)).sum())


# ---------------------------------------------------------------- public (checked)
@refuses_r_only_arguments("negate")
def negate(x):
    """Fuzzy (and crisp) negation: 1 − X (Schneider & Wagemann 2012), given back as x was given. x: a membership or
    memberships in [0, 1].

    A number gives a float; an array or list, an array; a Series, a Series with the same index; a DataFrame (one
    column per set), a DataFrame with the same index. A Series' name and a DataFrame's column names are negated as
    QCA writes them: 'DEV' becomes '~DEV', '~DEV' becomes 'DEV'. An error names the DataFrame's column."""
    if isinstance(x, pd.DataFrame):
        if not x.columns.is_unique:
            repeated = list(dict.fromkeys(c for c in x.columns[x.columns.duplicated()]))
            raise QCAInputError(f"x must have one column per set, got the {in_number(len(repeated), 'column')} "
                                f"{', '.join(map(quoted, repeated))} more than once")
        from .data import looks_like_case_names   # data imports this module

        names = [c for c in x.columns if looks_like_case_names(x[c])]
        if names:   # calibrate_frame(raw, spec, keep=['case']): the case names kept as a column
            raise QCAInputError(f"x column {quoted(names[0])} holds a different text for every case, like case names, not "
                                f"memberships: make it the index first, negate(df.set_index({quoted(names[0])})), or negate "
                                "the sets' columns only")
        values = {_negated_name(c): 1.0 - _membership(f"x column {c!r}", x[c]) for c in x.columns}
        return pd.DataFrame(values, index=x.index)
    if isinstance(x, pd.Series):
        return pd.Series(1.0 - _membership("x", x), index=x.index,
                         name=None if x.name is None else _negated_name(x.name))
    return 1.0 - _membership("x", x)


def _negated_name(name):
    """'DEV' -> '~DEV', '~DEV' -> 'DEV' (a name that is not text, such as a column number 0, as text: '~0')."""
    text = str(name)
    return text[1:] if text.startswith("~") else f"~{text}"


@refuses_r_only_arguments("consistency")
def consistency(x, y, relation: str = "sufficiency") -> float:
    """Consistency (inclusion) of X in Y ('sufficiency') or of Y in X ('necessity'; also 'suf' / 'nec').

    x, y: memberships of the same cases in X and Y, in [0, 1] (arrays, lists; two Series are paired by index).
    relation: 'sufficiency' (inclS = Σmin(X,Y) / ΣX) or 'necessity' (inclN = Σmin(X,Y) / ΣY); Ragin 2006."""
    if type(relation) is not str or relation not in _RELATIONS:
        relation = _relation(relation)
    return _consistency(*_arrays(x, y), relation)


@refuses_r_only_arguments("coverage")
def coverage(x, y, relation: str = "sufficiency") -> float:
    """Coverage of Y by X ('sufficiency') or of X by Y ('necessity'; also 'suf' / 'nec').

    x, y: memberships of the same cases in X and Y, in [0, 1] (arrays, lists; two Series are paired by index).
    relation: 'sufficiency' (covS = Σmin(X,Y) / ΣY) or 'necessity' (covN = Σmin(X,Y) / ΣX); Ragin 2006."""
    if type(relation) is not str or relation not in _RELATIONS:
        relation = _relation(relation)
    return _coverage(*_arrays(x, y), relation)


@refuses_r_only_arguments("pri")
def pri(x, y) -> float:
    """Proportional reduction in inconsistency of X as sufficient for Y (Ragin 2008:
    PRI = (Σmin(X,Y) − Σmin(X,Y,1−Y)) / (ΣX − Σmin(X,Y,1−Y)); a denominator within rounding noise of 0 counts as 0,
    and 0/0 is NaN, as the module docstring says).

    x, y: memberships of the same cases in X and Y, in [0, 1] (arrays, lists; two Series are paired by index)."""
    return _pri(*_arrays(x, y))


@refuses_r_only_arguments("ron")
def ron(x, y) -> float:
    """Relevance of necessity of X for Y (guards against necessary conditions of low relevance; Schneider & Wagemann
    2012: RoN = Σ(1−X) / Σ(1−min(X,Y)), as R QCA's pof() and SetMethods' QCAfit() compute it).

    x, y: memberships of the same cases in X and Y, in [0, 1] (arrays, lists; two Series are paired by index)."""
    return _ron(*_arrays(x, y))


@refuses_r_only_arguments("haesebrouck")
def haesebrouck(x, y) -> float:
    """Haesebrouck's sufficiency consistency: penalises inconsistent cases by √((X−Y)·X) instead of X−Y
    (Haesebrouck 2015: inclH = Σmin(X,Y) / Σ(min(X,Y) + √(max(X−Y,0)·X))).

    x, y: memberships of the same cases in X and Y, in [0, 1] (arrays, lists; two Series are paired by index)."""
    return _haesebrouck(*_arrays(x, y))
