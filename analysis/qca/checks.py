"""Checks of the engine's plain parameters shared by its public functions: each raises QCAInputError naming the
parameter and what is allowed (a string 'no' is not False, 0 workers is not a worker count)."""
from __future__ import annotations

import re
from fractions import Fraction

import numpy as np
import pandas as pd

from .errors import QCAInputError, quoted

__all__ = ["choice_hint", "near_choices", "exponent_hint", "flag", "float_text", "int_text", "model_hint",
           "pair_model_text_hint", "PAIR_MODEL",
           "percent_hint", "percent_text_hint", "plain_number_hint", "relation", "shown_decimals", "decimal_number", "cell_number", "read_only", "text_number_hint",
           "decimal_comma_hint",
           "whole", "workers"]

#: How numbers typed as text (a flag's value, row numbers '7,8,15', a value in 'Y{1}' or 'A=1', thresholds
#: 'e=1, c=2') must be written: an optional sign, the ASCII digits 0-9, a point, an exponent. Python's int() and
#: float() also read '1_000' (digits grouped with '_'), full-width '１０' and other scripts' digits; a command line
#: refuses them, as most command lines do.
_INT_RE = re.compile(r"[+-]?[0-9]+")
#: Signs that look like '-' and that Python's numbers do not read (a number copied from a PDF, Word or a web page).
MINUS_SIGNS = {"\u2212": "the Unicode minus sign", "\u2013": "an en dash", "\u2014": "an em dash",
               "\ufe63": "a small hyphen-minus", "\uff0d": "a full-width hyphen-minus"}
_FLOAT_RE = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def int_text(text: str) -> int:
    """A whole number written as text: an optional sign and the digits 0-9, blanks around allowed; anything else
    (including '1_000', '１０', '1e3', '2.0', which int() or float() would read) raises ValueError, so that each
    caller names its own flag or key (plain_number_hint says how to write the number)."""
    s = str(text).strip()
    if not _INT_RE.fullmatch(s):
        raise ValueError(f"not a whole number written with the digits 0-9: {quoted(text)}")
    return int(s)


def float_text(text: str) -> float:
    """A number written as text: a plain decimal (sign, digits 0-9, one point, an exponent), blanks around allowed;
    'nan' and 'inf' are read (each caller's range check refuses them, naming what is allowed). '0.7_5', '1_000',
    '０.８' (which float() reads as 0.75, 1000 and 0.8) and anything else raise ValueError."""
    s = str(text).strip()
    if not _FLOAT_RE.fullmatch(s) and s.lower().lstrip("+-") not in ("nan", "inf", "infinity"):
        raise ValueError(f"not a plain decimal number: {quoted(text)}")
    return float(s)


def plain_number_hint(text) -> str:
    """For text Python reads as a number but int_text / float_text refuse ('1_000', '0.7_5', '１０'), and for a
    thousands separator ('1,000'): "; write 1000 (...)", the number as it must be written and why; '' for anything
    else (its caller's message says enough)."""
    s = str(text).strip()
    if s[:1] in MINUS_SIGNS and _FLOAT_RE.fullmatch("-" + s[1:]):   # '−1' copied from a document or web page
        return f"; write -{s[1:]} (an ASCII '-': {s[0]!r} is {MINUS_SIGNS[s[0]]}, as a document or web page writes it)"
    if re.fullmatch(r"[+-]?[0-9]{1,3}(,[0-9]{3})+", s):   # '1,000': a thousands separator
        return f"; write {s.replace(',', '')} (digits 0-9 only: no ',' between groups of digits)"
    try:
        value = float(s)
    except ValueError:
        return ""
    if _FLOAT_RE.fullmatch(s) or s.lower().lstrip("+-") in ("nan", "inf", "infinity"):
        return ""
    plain = str(int(s)) if re.fullmatch(r"[+-]?[\d_]+", s) else f"{value:g}"
    why = "no '_' between groups of digits" if "_" in s else "no full-width or other non-ASCII digits"
    return f"; write {plain} (digits 0-9 only: {why})"


def flag(name: str, value) -> bool:
    """A yes/no parameter: True or False only (a string such as 'no' is truthy in Python and would switch it on). An
    array, column or frame is named by its type and shape, not printed."""
    if not isinstance(value, (bool, np.bool_)):
        r_logical = {"TRUE": "True", "T": "True", "FALSE": "False", "F": "False"}.get(str(value).strip()) \
            if isinstance(value, str) else None
        hint = f"; write {name}={r_logical} (R's {value.strip()} is Python's {r_logical}, not a text)" if r_logical else ""
        said = (f"a {type(value).__name__} of shape {'x'.join(map(str, np.shape(value)))}"
                if isinstance(value, (np.ndarray, pd.Series, pd.DataFrame, pd.Index, pd.api.extensions.ExtensionArray))
                else quoted(value))
        raise QCAInputError(f"{name} must be True or False, got {said}{hint}")
    return bool(value)


def choice_hint(value, choices) -> str:
    """'; did you mean 'necessity'?' when the text `value`, a string argument that must be one of `choices`, is a
    misspelling of one or more of them (`near_choices`); '' otherwise, and for a value that is not text."""
    near = near_choices(value, choices)
    return f"; did you mean {' or '.join(map(repr, near))}?" if near else ""


def near_choices(value, choices) -> list:
    """The `choices` the text `value` is probably meant to be ('necesity', 'Typcial', 'incl.cut'): data.near_names, the
    rule of every such hint, on the text with case, blanks and '.', '-', '_' evened out, or the one choice sharing its
    first five letters ('necessary' for 'necessity'); [] for a value that is not text, or is a choice."""
    if not isinstance(value, str) or not value.strip():
        return []
    from .data import near_names   # data imports this module

    def norm(text: str) -> str:
        return re.sub(r"[\s._-]+", "_", str(text).strip().casefold())

    given = norm(value)
    names = {norm(c): c for c in choices}
    near = [names[n] for n in near_names(given, list(names))]
    if not near and len(given) >= 5:
        near = [c for n, c in names.items() if n[:5] == given[:5]]
        near = near if len(near) == 1 else []
    return [c for c in dict.fromkeys(near) if c != value]


def relation(value, super_subset: bool = False) -> str:
    """'sufficiency' or 'necessity' (also 'suf' / 'nec', any case), the two set relations of QCA. super_subset: the
    caller is super_subset(), whose R counterpart also takes 'necsuf' / 'sufnec' (said so when given); R's pof()
    takes only the two relations, so pof, pofind, consistency and coverage do not point to superSubset."""
    rel = str(value).strip().lower()
    if rel in ("sufficiency", "suf"):
        return "sufficiency"
    if rel in ("necessity", "nec"):
        return "necessity"
    both = ("; R's superSubset(relation = '{0}') (sets both necessary and sufficient) is not implemented here: run "
            "relation='necessity' and relation='sufficiency' and keep what both list").format(rel) \
        if super_subset and rel in ("necsuf", "sufnec") else ""
    raise QCAInputError(f"relation must be 'sufficiency' or 'necessity' (or 'suf' / 'nec'), got {quoted(value)}"
                        f"{both or choice_hint(value, ('sufficiency', 'necessity'))}")


#: robustness_protocol's rules for a test without a sufficient configuration (analysis.qca.protocol's module
#: docstring): counted as the empty solution, or refused as an error; here so the CLI's choices need no protocol import.
NO_SOLUTION_RULES = ("count", "refuse")
MAX_JOBS = 1024  # joblib tries to start every worker asked for: a typo such as 1000000000 would never return


def workers(n_jobs) -> int | None:
    """n_jobs as joblib takes it: None (joblib's default) or a whole number other than 0 from -MAX_JOBS to MAX_JOBS
    (-1: every core)."""
    if n_jobs is None:
        return None
    if isinstance(n_jobs, Fraction) and n_jobs.denominator == 1:   # as whole() takes it
        n_jobs = int(n_jobs)
    if (isinstance(n_jobs, (bool, np.bool_)) or not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0
            or abs(n_jobs) > MAX_JOBS):
        raise QCAInputError(f"n_jobs must be None or a whole number other than 0 from -{MAX_JOBS} to {MAX_JOBS} "
                            f"(-1: every core), got {quoted(n_jobs)}"
                            f"{_not_whole_hint(n_jobs, -MAX_JOBS) if not _is_number(n_jobs) or 0 < abs(n_jobs) <= MAX_JOBS else ''}")
    return int(n_jobs)


#: An intermediate model named by its pair: SetMethods' sol = 'C1P2I1' (pimdata's format: pair C1P2, its
#: intermediate model 1) or the name print(sol) shows, 'C1P2 M1'.
PAIR_MODEL = re.compile(r"\s*C\s*(\d+)\s*P\s*(\d+)\s*([IM])\s*(\d+)\s*", re.I)


def pair_model_text_hint(value, write: str = "") -> str:
    """For an intermediate model named by its pair (PAIR_MODEL), where no solution is at hand to number it: how
    models are numbered, and what SetMethods' form names; '' for anything else. `write`: what takes the number
    ('model', the default; '--model' on the command line)."""
    m = PAIR_MODEL.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        return ""
    name = f"C{int(m[1])}P{int(m[2])} M{int(m[4])}"
    setmethods = f" (SetMethods' sol = {value.strip()!r}, pimdata's format, names {name})" if m[3] in "Ii" else ""
    return (f"; give {write or 'model'} the model's number: an intermediate solution's distinct models are numbered "
            f"from 1 across its pairs, in the printed order (C1P1 M1 is 1){setmethods}")


def model_hint(value, n_models: int | None = None) -> str:
    """For a model given by its printed name or as text ('M2', 'm2', '2'): "; write 2 (models are numbered from 1:
    M2 is 2)", or text_number_hint's; for a model named by its pair ('C1P2I1', 'C1P2 M1'), pair_model_text_hint's;
    '' for anything else, and for a model past `n_models` (the solution's)."""
    if pair_model_text_hint(value):
        return pair_model_text_hint(value)
    m = re.fullmatch(r"\s*[Mm]\s*(\d+)\s*", value) if isinstance(value, str) else None
    if m and n_models is not None and not 1 <= int(m.group(1)) <= n_models:
        return ""
    if m:
        return f"; write {int(m.group(1))} (models are numbered from 1: M{int(m.group(1))} is {int(m.group(1))})"
    hint = text_number_hint(value, whole=True)
    return "; " + hint[2:] if hint else ""


def decimal_comma_hint(value, unit: bool = False) -> str:
    """": a decimal comma? write 0.9" for the text '0,9' (a number typed in a locale whose decimal mark is a comma);
    '' for anything else, and for '1,000', which may be a thousands separator, unless the value is a cut-off in
    [0, 1] (`unit`), where it is 1.000."""
    m = re.fullmatch(r"\s*([+-]?\d+),(\d+)\s*", value) if isinstance(value, str) else None
    if m is None or not unit and re.fullmatch(r"[+-]?[1-9]\d{0,2}", m[1]) and len(m[2]) == 3:
        return ""
    return f": a decimal comma? write {m[1]}.{m[2]}"


def text_number_hint(value, whole: bool = False) -> str:
    """": write 0.8, a number, not the text '0.8'" for a number given as text (read from a file or a form), which
    every numeric parameter refuses rather than converts; decimal_comma_hint's for '0,8', but not for a whole-number
    parameter (`whole`: '2,5' is no count to write); '' for anything else. `value` may be a list or tuple."""
    if decimal_comma_hint(value):
        return "" if whole else decimal_comma_hint(value)
    texts = [v for v in (value if isinstance(value, (list, tuple)) else [value]) if isinstance(v, str)]
    percent = [re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", t) for t in texts]
    if texts and all(percent) and all(0 <= float(m.group(1)) <= 100 for m in percent):   # '80%' from a report
        return f": a percentage? write {', '.join(f'{float(m.group(1)) / 100:g}' for m in percent)}"
    try:
        nums = [float(t) for t in texts]
    except ValueError:   # text that is no number: the message's own words say what is allowed
        return ""
    if not texts:
        return ""
    # (a whole number in digits: '2e10' was told 'write 2e+10', which YAML 1.1 reads as text again)
    shown = [str(int(n)) if n == n and abs(n) != float("inf") and n.is_integer() else f"{n:g}" for n in nums]
    return f": write {', '.join(shown)}, a number, not the text {', '.join(map(repr, texts))}"


def whole(name: str, value, least: int = 1) -> int:
    """A whole number >= `least`: an int, a numpy integer or a Fraction equal to one (Fraction(3), as truth_table's
    n_cut and checks.cell_number take it); a bool, a Fraction such as 7/2 and a float such as 1.5 or 2.0 are not one
    (a float equal to a whole number is told the digits to write)."""
    if isinstance(value, Fraction) and value.denominator == 1:
        value = int(value)
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < least:
        what = "a positive whole number" if least == 1 else f"a whole number >= {least}"
        raise QCAInputError(f"{name} must be {what}, got {quoted(value)}{_not_whole_hint(value, least)}")
    return int(value)


def _is_number(value) -> bool:
    """Whether `value` is a real number other than a bool (a float, Fraction, numpy number)."""
    return isinstance(value, (int, float, Fraction, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def _not_whole_hint(value, least: int) -> str:
    """Why `value` (refused by whole) is not a whole number, when it is a number of another kind: a Fraction such as
    7/2, a float equal to a whole number (1e6, 2.0: the digits to write); text_number_hint for anything else."""
    if isinstance(value, Fraction):
        return f" ({value} is not a whole number)" if value.denominator != 1 else ""
    if (isinstance(value, (float, np.floating)) and value == value and abs(value) != float("inf")
            and float(value).is_integer() and value >= least):
        return f"; write {int(value)} (a whole number, not the float {float(value)!r})"
    return text_number_hint(value, whole=True)


def percent_hint(value) -> str:
    """For a cut-off in [0, 1] given as a percentage (80 for 0.8, as a report or SPSS writes it): "; a percentage?
    write 0.8" for 10 to 100; '' for anything else."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    return f"; a percentage? write {v / 100:g}" if 10.0 <= v <= 100.0 else ""   # (1.5 is a typo, not 1.5 %)


def percent_text_hint(text) -> str:
    """For a cut-off typed as a percentage with its sign ('80%', '90 %', as a report writes it), which float() does not
    read: "; a percentage? write 0.8"; '' for anything else (text_number_hint says the same of a parameter)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%\s*", str(text))
    return f"; a percentage? write {float(m.group(1)) / 100:g}" if m and float(m.group(1)) <= 100 else ""


def exponent_hint(text) -> str:
    """For a whole number written with an exponent ('2e10', '1E6'), which a flag taking whole numbers refuses: the
    digits to write instead; '' for anything else."""
    try:
        v = float_text(text)
    except ValueError:
        return ""
    if "e" not in str(text).lower() or v != v or abs(v) == float("inf") or not v.is_integer():
        return ""
    return f"; write {int(v)} (a whole number in digits, not in exponent form)"


def shown_decimals(values: np.ndarray) -> np.ndarray:
    """`values` as float64. A float array narrower than 64 bits (float32, float16: df.astype('float32'), a frame
    from numpy, HDF5 or Parquet) is read as the decimals it shows, each value's shortest repr (0.6, not
    0.6000000238418579): memberships and raw values are decimals, and their binary float32 values put a consistency
    of 0.48 / 0.6 = 0.8 at 0.79999995, below incl_cut=0.8, and a raw 0.35 below a crisp threshold of 0.35, where
    the same data in float64, R or a CSV reach it."""
    values = np.asarray(values)
    if values.dtype.kind == "f" and values.dtype.itemsize < 8:
        # each distinct value written once: memberships repeat (2,000,000 cells of 101 values: 0.04 s, where
        # writing every cell took 3.6 s)
        codes, distinct = pd.factorize(values.ravel(), use_na_sentinel=False)
        return distinct.astype(str).astype(float)[codes].reshape(values.shape)
    return values.astype(float, copy=False)


def decimal_number(value) -> float:
    """A number given as a parameter (a cut-off) as a float; a numpy float32 or float16 as the decimal it shows
    (np.float32(0.85) is 0.85, not 0.8500000238418579, which put a row at consistency 0.85 below the cut-off), as
    shown_decimals reads data."""
    if isinstance(value, np.floating) and value.itemsize < 8:
        return float(str(value))
    return float(value)


def cell_number(value):
    """A data cell that is a number but not of a type pandas reads as one, as the number it is: a numpy float32 or
    float16 as the decimal it shows (decimal_number), a fractions.Fraction (1/3 as a membership: an exact number) as
    its float; any other cell as it is (text, a Decimal and Python's numbers are read by pandas' rules)."""
    if isinstance(value, np.floating):
        return decimal_number(value)
    if isinstance(value, Fraction):
        return float(value)
    return value


def read_only(array) -> np.ndarray:
    """A read-only view of `array` (its data shared, not copied): a result's array that a user may index and read, but
    whose in-place change (tt.configs[0] = ..., sol.chart.chart[:] = False) would silently change later results;
    writing to it raises numpy's ValueError ('assignment destination is read-only')."""
    view = np.asarray(array).view()
    view.flags.writeable = False
    return view
