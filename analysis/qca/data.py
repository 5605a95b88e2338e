"""Validation and normalisation of a QCA data frame: outcome, conditions, case names, set types.

A condition is *crisp* (values 0/1), *multi-value* (integers 0..L-1 with L > 2) or *fuzzy* (memberships in
[0, 1], not all 0/1). The outcome is crisp or fuzzy; a multi-value outcome is explained one value set at a
time, written `Y{v}` or `Y{v,w}` (as in R's QCA). `~Y` negates the outcome (fuzzy negation 1 - Y).
Every bad input raises `QCAInputError` naming what is wrong (column, case) and what is allowed.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import QCAInputError

__all__ = ["QCAData", "QCAWarning", "prepare_data", "parse_conditions", "MAX_CONDITIONS", "MAX_LEVELS"]

#: Conditions supported at most. Exact minimisation (every prime implicant, every minimal model) grows
#: exponentially with the number of conditions; beyond 40 the space of 2**40 (about 1.1e12) configurations
#: leaves almost every one a remainder and the search budget is exhausted long before.
MAX_CONDITIONS = 40
#: Levels of a multi-value condition at most (values 0..MAX_LEVELS-1); more suggests uncalibrated raw data.
MAX_LEVELS = 20
#: Tolerance for deciding that a number is an integer (crisp / multi-value data read from text).
_INT_TOL = 1e-9
_SHOW = 5  # cases named at most in one message


class QCAWarning(UserWarning):
    """Something legal but suspicious in QCA input (a constant condition, memberships of exactly 0.5)."""


@dataclass(frozen=True, eq=False)
class QCAData:
    """Validated QCA data: condition memberships `X` (cases x conditions), outcome membership `y`.

    `kinds[j]` is 'crisp', 'multi-value' or 'fuzzy'; `noflevels[j]` is 2 for crisp and fuzzy conditions and
    max+1 for multi-value ones. `y` is already negated / recoded when the outcome is `~Y` or `Y{v}`.
    """

    conditions: tuple[str, ...]
    outcome: str                 # the outcome as written for display: 'Y', '~Y', 'Y{1}'
    outcome_column: str
    negated: bool
    outcome_values: tuple[int, ...] | None  # for a multi-value outcome Y{v,...}
    X: np.ndarray
    y: np.ndarray
    cases: tuple[str, ...]
    noflevels: tuple[int, ...]
    kinds: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def k(self) -> int:
        return len(self.conditions)

    @property
    def multivalue(self) -> bool:
        """True if any condition has more than two levels: R then writes every literal as `A[v]`."""
        return any(n > 2 for n in self.noflevels)

    @property
    def fuzzy(self) -> bool:
        return any(kind == "fuzzy" for kind in self.kinds)

    def frame(self) -> pd.DataFrame:
        """Conditions and (recoded) outcome as a data frame indexed by case name."""
        df = pd.DataFrame(self.X, columns=list(self.conditions), index=list(self.cases))
        for j, kind in enumerate(self.kinds):
            if kind != "fuzzy":
                df[self.conditions[j]] = df[self.conditions[j]].astype(int)
        df[self.outcome] = self.y
        return df


def _names(cases, mask) -> str:
    idx = np.flatnonzero(mask)
    shown = ", ".join(repr(str(cases[i])) for i in idx[:_SHOW])
    more = len(idx) - _SHOW
    return shown + (f" and {more} more" if more > 0 else "")


def parse_conditions(conditions, columns, exclude: str | None = None) -> list[str]:
    """Conditions as a list from a list or a comma-separated string; default: all columns but `exclude`."""
    if conditions is None or (isinstance(conditions, str) and conditions.strip() == ""):
        return [c for c in columns if c != exclude]
    if isinstance(conditions, str):
        names = [c.strip() for c in conditions.split(",")]
    else:
        try:
            names = [str(c).strip() for c in conditions]
        except TypeError:
            raise QCAInputError(
                f"conditions must be a list of column names or a comma-separated string, got {conditions!r}"
            ) from None
    if any(n == "" for n in names):
        raise QCAInputError(f"conditions contain an empty name: {conditions!r}; write names separated by commas")
    if not names:
        raise QCAInputError("no conditions given; name at least one condition column")
    return names


_OUTCOME_RE = re.compile(r"^\s*(~?)\s*([^{}~]+?)\s*(?:\{\s*([0-9,\s]+)\s*\})?\s*$")


def _parse_outcome(outcome) -> tuple[str, bool, tuple[int, ...] | None]:
    if not isinstance(outcome, str) or outcome.strip() == "":
        raise QCAInputError(f"outcome must be a column name (optionally '~NAME' or 'NAME{{v}}'), got {outcome!r}")
    m = _OUTCOME_RE.match(outcome)
    if not m:
        raise QCAInputError(
            f"cannot read outcome {outcome!r}: write a column name, '~NAME' for its negation, "
            "or 'NAME{v}' / 'NAME{v,w}' for values of a multi-value outcome")
    values = None
    if m.group(3) is not None:
        try:
            values = tuple(sorted({int(v) for v in m.group(3).split(",") if v.strip()}))
        except ValueError:
            raise QCAInputError(f"cannot read the outcome values in {outcome!r}; write e.g. 'NAME{{1}}'") from None
        if not values:
            raise QCAInputError(f"no outcome value inside the braces of {outcome!r}; write e.g. 'NAME{{1}}'")
    return m.group(2), m.group(1) == "~", values


def _numeric(df: pd.DataFrame, col: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A column as floats, with masks of missing and of non-numeric cells."""
    s = df[col]
    if pd.api.types.is_bool_dtype(s):
        s = s.astype(int)
    raw = s.to_numpy(dtype=object)
    missing = np.array([v is None or (isinstance(v, str) and v.strip() == "") or
                        (not isinstance(v, str) and pd.isna(v)) for v in raw], dtype=bool)
    values = pd.to_numeric(s.where(~missing), errors="coerce").to_numpy(dtype=float)
    bad = ~missing & ~np.isfinite(values)
    return values, missing, bad


def _numeric_columns(df: pd.DataFrame, cols: list[str], cases) -> dict[str, np.ndarray]:
    """Every used column as floats; one error lists all missing and all non-numeric cells (column: cases)."""
    out, missing, bad = {}, [], []
    for c in cols:
        v, miss, nonnum = _numeric(df, c)
        out[c] = v
        if miss.any():
            missing.append(f"'{c}' (case(s) {_names(cases, miss)})")
        if nonnum.any():
            raw = df[c].to_numpy(dtype=object)[np.flatnonzero(nonnum)[0]]
            bad.append(f"'{c}' (e.g. {raw!r} for case(s) {_names(cases, nonnum)})")
    problems = []
    if bad:
        problems.append("non-numeric values in column(s) " + "; ".join(bad) + ": QCA needs numbers, 0/1 (crisp), "
                        "integers 0..L-1 (multi-value) or memberships in [0, 1] (fuzzy)")
    if missing:
        problems.append("missing values in column(s) " + "; ".join(missing) + ": QCA cannot place a case with a "
                        "missing membership in a configuration; drop or impute those cases explicitly first")
    if problems:
        raise QCAInputError(" | ".join(problems))
    return out


def _kind(values: np.ndarray, col: str, cases, role: str) -> tuple[str, int]:
    """('crisp' | 'multi-value' | 'fuzzy', number of levels) of a numeric column, or an error."""
    neg = values < 0
    if neg.any():
        raise QCAInputError(
            f"{role} '{col}' has negative value(s) for case(s) {_names(cases, neg)}; allowed are memberships "
            "in [0, 1] or multi-value levels 0, 1, 2, ...")
    is_int = np.abs(values - np.round(values)) <= _INT_TOL
    if is_int.all():
        top = int(np.round(values.max())) if len(values) else 0
        if top <= 1:
            return "crisp", 2
        if top + 1 > MAX_LEVELS:
            raise QCAInputError(
                f"{role} '{col}' has integer values up to {top}: a multi-value set may have at most "
                f"{MAX_LEVELS} levels (0..{MAX_LEVELS - 1}); calibrate raw data first")
        return "multi-value", top + 1
    above = values > 1
    if above.any():
        raise QCAInputError(
            f"{role} '{col}' has membership(s) outside [0, 1] (e.g. {values[above][0]:g}) for case(s) "
            f"{_names(cases, above)}; fuzzy memberships must lie in [0, 1] (calibrate raw data first)")
    return "fuzzy", 2


def prepare_data(data, outcome, conditions=None, case_column=None, negate_outcome: bool = False,
                 *, warn: bool = True) -> QCAData:
    """Validate a data frame and return its memberships as a `QCAData` (see the module docstring)."""
    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}")
    if data.shape[0] == 0 or data.shape[1] == 0:
        raise QCAInputError("the data frame is empty (no cases or no columns); QCA needs cases with an outcome "
                            "and at least one condition")
    if data.columns.duplicated().any():
        dup = sorted({str(c) for c in data.columns[data.columns.duplicated()]})
        raise QCAInputError(f"duplicate column name(s) in the data: {', '.join(dup)}; column names must be unique")
    df = data.copy()
    df.columns = [str(c) for c in df.columns]
    columns = list(df.columns)

    if case_column is not None:
        if case_column not in columns:
            raise QCAInputError(f"case column '{case_column}' is not in the data (columns: {', '.join(columns)})")
        names = df[case_column]
        if names.isna().any() or (names.astype(str).str.strip() == "").any():
            raise QCAInputError(f"case column '{case_column}' has empty case name(s); every case needs a name")
        cases = tuple(str(v) for v in names)
        df = df.drop(columns=case_column)
        columns = list(df.columns)
    else:
        cases = tuple(str(v) for v in df.index)
    if len(set(cases)) != len(cases):
        seen, dup = set(), []
        for c in cases:
            if c in seen and c not in dup:
                dup.append(c)
            seen.add(c)
        raise QCAInputError(f"duplicate case name(s): {', '.join(dup[:_SHOW])}; case names must be unique")

    column, neg_tilde, out_values = _parse_outcome(outcome)
    negated = bool(neg_tilde) ^ bool(negate_outcome)
    if column not in columns:
        raise QCAInputError(f"outcome '{column}' is not a column of the data (columns: {', '.join(columns)})")

    conds = parse_conditions(conditions, columns, exclude=column)
    if not conds:
        raise QCAInputError(f"no conditions: the data has only the outcome column '{column}'")
    dups = sorted({c for c in conds if conds.count(c) > 1})
    if dups:
        raise QCAInputError(f"duplicate condition(s): {', '.join(dups)}; name each condition once")
    if column in conds:
        raise QCAInputError(f"the outcome '{column}' is also listed as a condition; a set cannot explain itself")
    unknown = [c for c in conds if c not in columns]
    if unknown:
        raise QCAInputError(f"unknown condition(s): {', '.join(unknown)} (columns: {', '.join(columns)})")
    if len(conds) > MAX_CONDITIONS:
        raise QCAInputError(
            f"{len(conds)} conditions given; at most {MAX_CONDITIONS} are supported, because exact minimisation "
            "(every prime implicant and every minimal model) grows exponentially with the number of conditions "
            "and beyond that almost every configuration is an unobserved remainder; reduce the conditions "
            "(e.g. by a two-step QCA or by theory)")

    numbers = _numeric_columns(df, conds + [column], cases)
    X = np.empty((len(cases), len(conds)), dtype=float)
    kinds, levels = [], []
    for j, c in enumerate(conds):
        v = numbers[c]
        kind, nl = _kind(v, c, cases, "condition")
        if kind != "fuzzy":
            v = np.round(v)
        X[:, j] = v
        kinds.append(kind)
        levels.append(nl)

    yv = numbers[column]
    notes: list[str] = []
    if out_values is not None:
        ok = np.abs(yv - np.round(yv)) <= _INT_TOL
        if not ok.all() or (yv < 0).any():
            raise QCAInputError(
                f"outcome '{outcome}' selects values of a multi-value outcome, but column '{column}' is not "
                "multi-value (it must hold integers 0, 1, 2, ...)")
        y = np.isin(np.round(yv).astype(int), out_values).astype(float)
    else:
        okind, _ = _kind(yv, column, cases, "outcome")
        if okind == "multi-value":
            raise QCAInputError(
                f"outcome '{column}' is multi-value (values up to {int(yv.max())}); QCA explains one value set at "
                f"a time: write outcome='{column}{{v}}' (e.g. '{column}{{1}}'); plain outcomes must be crisp 0/1 "
                "or fuzzy memberships in [0, 1]")
        y = yv
    if negated:
        y = 1.0 - y
    display = ("~" if negated else "") + column + (
        "{" + ",".join(str(v) for v in out_values) + "}" if out_values is not None else "")

    for j, c in enumerate(conds):
        if np.ptp(X[:, j]) == 0:
            notes.append(f"condition '{c}' is constant ({X[0, j]:g} for every case): it cannot distinguish "
                         "configurations and doubles the remainders")
        if kinds[j] == "fuzzy":
            half = X[:, j] == 0.5
            if half.any():
                notes.append(f"condition '{c}' has membership exactly 0.5 for case(s) {_names(cases, half)}: "
                             "such cases belong to no truth table row (maximum ambiguity); recalibrate to avoid 0.5")
    if warn:
        for note in notes:
            warnings.warn(note, QCAWarning, stacklevel=3)
    return QCAData(conditions=tuple(conds), outcome=display, outcome_column=column, negated=negated,
                   outcome_values=out_values, X=X, y=y, cases=cases, noflevels=tuple(levels), kinds=tuple(kinds),
                   warnings=tuple(notes))
