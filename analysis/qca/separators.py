"""Numbers that may be written with '.' between groups of three digits: '1.038' is 1038 in a German, Dutch, Italian,
... export (which writes 0,8 for 0.8) and 1.038 to every CSV reader. Read as 1.038 such a raw value calibrates to a
membership near 0 instead of near 1, without a word. `grouped_numbers` finds them in a column and says how sure it
is (`error`: the data write decimal commas too, so '1.038' cannot be a decimal number; `warning`: a column of short
whole numbers and numbers like '1.038' only, as such an export writes amounts, with no other sign of the locale; a
column of 0 and '1.000' only is a crisp set written with three decimals, and says nothing).

A cell is looked at as the text it was read from (read_data reads every cell as text; a DataFrame's text columns);
a float column (pd.read_csv(sep=';') parsed '1.038' as 1.038 and left '0,8' as text) only where another column
shows decimal commas, the only sign that its dots separated groups of digits.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["grouped_numbers"]

#: '1.038', '12.500', '-3.100.000': '.' between groups of three digits, the first group without a leading 0.
GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+")
#: '0,8', '586,5', ',25': a decimal comma.
DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")
#: '586', '-12', '7': a whole number below 1000 (what such an export writes without a separator).
SHORT_WHOLE = re.compile(r"[+-]?\d{1,3}")


def _number(text: str) -> float | None:
    """A cell's text as a float, None when it is none ('high', '0,8')."""
    try:
        return float(text)
    except ValueError:
        return None


def _texts(s: pd.Series, text=None) -> tuple[np.ndarray, list] | None:
    """A column's cells as (codes, distinct stripped texts; None for a cell that is not text), or None for a
    column of numbers. `text`: data._text_column's answer, when the caller has it."""
    if text is not None:
        return text
    if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
        return None
    cells = [v.strip() if isinstance(v, str) else None for v in s.tolist()]
    codes, uniques = pd.factorize(pd.Series(cells, dtype=object), use_na_sentinel=False)
    return codes, list(uniques)


def _decimal_comma(df: pd.DataFrame) -> tuple[str, str] | None:
    """The first cell of the frame written with a decimal comma, as (column, text)."""
    for c in df.columns:
        s = df[c]
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
            continue
        found = next((t for t in _texts(s)[1] if isinstance(t, str) and "," in t and DECIMAL_COMMA.fullmatch(t)),
                     None)
        if found is not None:
            return str(c), found
    return None


def _parsed_decimals(df: pd.DataFrame, col: str) -> str | None:
    """A column other than `col` that pandas read as numbers with a fraction (0.8): with `col` left as text
    although its cells are numbers, the sign of pd.read_csv(..., decimal=',') without thousands='.'."""
    for c in df.columns:
        s = df[c]
        if str(c) != str(col) and pd.api.types.is_float_dtype(s):
            v = s.to_numpy(dtype=float, na_value=np.nan)
            v = v[np.isfinite(v)]
            if (np.abs(v - np.round(v)) > 1e-9).any():
                return str(c)
    return None


def _from_sheet(df: pd.DataFrame) -> bool:
    """Whether `df` was read from an Excel worksheet (read_data of a workbook): a cell is then fixed in Excel."""
    from .data import kept_lines

    kept = kept_lines(df)
    return kept is not None and kept.sheet is not None


def grouped_numbers(df: pd.DataFrame, col: str, text=None, values=None) -> tuple[str, np.ndarray, str] | None:
    """Cells of column `col` that may be numbers with '.' between groups of digits, as (level, mask of the cells,
    why), or None. level 'error': the data show decimal commas (a cell such as '0,8' in any column, or pandas read
    other columns' decimals while leaving this one as text), so '1.038' is 1038; 'warning': every cell is a whole
    number below 1000 or a number like '1.038', as an amount is written with grouped digits, and nothing else says
    which. `why` says what was seen and what to write; the caller names the cases. `values`: the column's cells as
    floats (data._numeric), when the caller has them: only texts of cells at or above 1 in size can be like '1.038',
    so a column of memberships is not searched text by text."""
    s = df[col]
    cells = _texts(s, text)
    if cells is None:   # numbers already: pandas read '1.038' as 1.038 (pd.read_csv(sep=';') of such a file)
        if not pd.api.types.is_float_dtype(s):
            return None
        v = s.to_numpy(dtype=float, na_value=np.nan)
        with np.errstate(over="ignore", invalid="ignore"):   # v * 1000 of 1e306 is inf: no '1.038' (inf - inf is nan)
            mask = (np.abs(v) >= 1) & (np.abs(v - np.round(v)) > 1e-9) & (np.abs(v * 1000 - np.round(v * 1000)) < 1e-6)
        if not mask.any():
            return None
        comma = _decimal_comma(df)
        if comma is None:
            return None
        first = float(v[np.flatnonzero(mask)[0]])
        return ("error", mask,
                f"column {comma[0]!r} writes decimals with a comma ({comma[1]!r}), so the file's '.' separates groups "
                f"of digits, but pandas read {first!r} as a decimal number (probably {first * 1000:.0f}): read the file "
                "with pd.read_csv(path, sep=';', decimal=',', thousands='.'), or save it with '.' as decimal separator "
                "and no thousands separator")
    codes, texts = cells
    if values is not None:   # only cells of size 1 or more ('1.038' reads as 1.038): a few texts, or none
        with np.errstate(invalid="ignore"):
            big = np.abs(np.asarray(values, dtype=float)) >= 1
        look = np.unique(np.asarray(codes)[big])
    else:
        look = range(len(texts))
    grouped = np.zeros(len(texts), dtype=bool)
    for i in look:
        t = texts[i]
        grouped[i] = isinstance(t, str) and "." in t and GROUPED.fullmatch(t) is not None
    if not grouped.any():
        return None
    mask = grouped[codes]
    example = texts[int(np.flatnonzero(grouped)[0])]
    plain = example.replace(".", "")
    comma = _decimal_comma(df)
    if comma is not None:
        where = "this column" if comma[0] == str(col) else f"column {comma[0]!r}"
        fix = (f"in Excel, type it as a number without separators ({plain!r}) and the decimals with '.' (replace ',' "
               "with '.', Ctrl+H), then save the workbook" if _from_sheet(df) else
               f"save the CSV with '.' as decimal separator and no thousands separator ({plain!r})")
        return ("error", mask,
                f"{where} writes decimals with a comma ({comma[1]!r}), so {example!r} is {plain} with '.' between "
                f"groups of digits (as Excel writes numbers in a German, Dutch or other locale), not {example}: {fix}")
    numbers = _parsed_decimals(df, col)
    if numbers is not None:
        return ("error", mask,
                f"the column is text although its cells are numbers, while column {numbers!r} was read as decimal "
                f"numbers: pd.read_csv(..., decimal=',') leaves {example!r} ({plain} with '.' between groups of "
                f"digits) as text; read the file with thousands='.' too")
    short = [isinstance(t, str) and SHORT_WHOLE.fullmatch(t) is not None for t in texts]
    if all(_number(t) in (0.0, 1.0) for t in texts if isinstance(t, str) and t):
        return None   # '1.000' and '0': a crisp set written with three decimals (Excel's number format), not 1000
    if all(g or s_ or t is None or t == "" for g, s_, t in zip(grouped, short, texts)) and any(short):
        return ("warning", mask,
                f"{example!r} is read as {float(example)!r}, but every other cell is a whole number below 1000 and "
                f"every number with '.' has three digits after it, as amounts are written with '.' between groups "
                f"of digits (a German, Dutch or other locale: {plain}); if so, write the numbers without separators "
                f"({plain!r})")
    return None
