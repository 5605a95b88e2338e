"""Truth table: configurations of conditions with their cases, consistency (incl), PRI and output value.

A case belongs to the configuration in which its membership exceeds 0.5 (crisp and multi-value cases to the
row of their values). Row consistency and PRI are computed over *all* cases with their fuzzy membership in the
row (minimum over conditions of x or 1 - x; Ragin 2008). Output value, as R QCA 3.25 codes it with
`incl.cut = c(ic1, ic0)`: '1' if incl >= ic1 and PRI >= pri_cut; 'C' (contradiction) if ic0 <= incl < ic1;
'0' otherwise (a single cut-off means ic0 = ic1, so crisp rows with mixed outcomes are '0' under the default
incl_cut = 1, not contradictions); '?' (remainder) if fewer than n_cut cases. Row numbers are 1-based positions
in the full table with the first condition as the most significant digit (mixed radix for multi-value data).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable

import numpy as np
import pandas as pd

from ._near import hints_by_name
from .data import FULL_WIDTH, QCAData, prepare_data, wide_operator_hint
from .checks import choice_hint, decimal_comma_hint, decimal_number, flag, percent_hint, read_only, text_number_hint, whole
from .display import PRINT_WIDTH, RowNumbers, case_lines, ljust, rjust, shows_long_names, width, wrapped
from .errors import QCAComplexityError, QCAInputError, counted, in_number, quoted
from .expressions import implicant_membership
from .r_calls import r_vector_text, refuses_r_only_arguments

__all__ = ["TruthTable", "truth_table", "row_numbers", "configs_of_rows", "TOL", "MAX_MEMBERSHIPS"]

#: Comparison tolerance for cut-offs (scores computed in floating point that equal a cut-off count as reaching it).
TOL = 1.5e-8
#: Configurations `remainders()` lists at most.
REMAINDER_LIMIT = 1_000_000
#: Memberships a fuzzy truth table computes at most (truth_table's max_memberships' default): every case's membership
#: in every observed row, for the rows' incl and PRI (Ragin 2008: sums over all cases), each about MEMBERSHIP_SECONDS;
#: the default allows about half a minute and refuses more at once. Rows are at most cases, so up to about 140,000
#: cases (cases^2 within the default) no table is refused, whatever the number of conditions.
MAX_MEMBERSHIPS = 20_000_000_000
#: What a fuzzy membership costs, summed by the compiled kernel (_row_sums), measured through truth_table() on
#: uniform random memberships (2026-12, CPU time, 3 runs each, 2-core machine): 100,000 cases x 16 conditions
#: (50,902 rows, 5.1e9 memberships) 7.6-8.6 s, 1.5-1.7 ns each; x 14 (16,336 rows, 1.6e9) 2.6-3.0 s; 50,000 x 14
#: 1.6-1.7 ns; smaller tables cost more each (100,000 x 12, 4,096 rows: 2.1-2.3 ns; 20,000 x 12: 4 ns), but take
#: under a second. Wall time was 2.3 times the CPU time there, the machine loaded (load 5 to 6 on 2 cores); idle,
#: the kernel (one thread) takes its CPU time. The estimate in the budget's refusal and in --max-memberships' help
#: (membership_seconds_text).
MEMBERSHIP_SECONDS = 1.6e-9
#: Memberships (cases x observed rows) from which a fuzzy table's incl and PRI are summed by the compiled kernel
#: (_row_sums; numpy below: about 0.1 s there, less than loading numba costs).
COMPILED_FIT_AFTER = 100_000_000


def membership_seconds_text(memberships: int) -> str:
    """'about 32 s at 1.6 ns each': what computing `memberships` fuzzy memberships takes (MEMBERSHIP_SECONDS)."""
    return f"about {memberships * MEMBERSHIP_SECONDS:,.0f} s at {MEMBERSHIP_SECONDS * 1e9:g} ns each"


#: The truth table's own columns beside the conditions (`TruthTable.rows`, `to_frame()`).
ROW_COLUMNS = ("OUT", "n", "incl", "PRI", "cases", "DCC")
#: The columns besides the conditions a printed truth table can be sorted by (R's sort.by).
SORT_COLUMNS = ("OUT", "n", "incl", "PRI")
_SORT_FLAGS = {"true": True, "decreasing": True, "false": False, "increasing": False}

def _weights(noflevels: Iterable[int]) -> list[int]:
    nl = [int(n) for n in noflevels]
    w, acc = [0] * len(nl), 1
    for j in range(len(nl) - 1, -1, -1):
        w[j] = acc
        acc *= nl[j]
    return w


def n_configurations(noflevels: Iterable[int]) -> int:
    """Size of the full truth table (product of the levels), as a Python int."""
    return math.prod(int(n) for n in noflevels)


def row_numbers(configs, noflevels) -> list[int]:
    """1-based row numbers of configurations (mixed radix, first condition most significant); Python ints."""
    w = _weights(noflevels)
    arr = np.asarray(configs).reshape(-1, len(w))
    if n_configurations(noflevels) < 2**62:
        return [int(v) + 1 for v in arr.astype(np.int64) @ np.array(w, dtype=np.int64)]
    return [1 + sum(int(x) * wj for x, wj in zip(row, w)) for row in arr.tolist()]


def configs_of_rows(rows: Iterable[int], noflevels) -> np.ndarray:
    """Inverse of `row_numbers`: configurations (rows x conditions) of 1-based row numbers."""
    nl = [int(n) for n in noflevels]
    if n_configurations(nl) < 2**62:
        r = np.asarray(list(rows) if not isinstance(rows, np.ndarray) else rows, dtype=np.int64) - 1
        out = np.zeros((len(r), len(nl)), dtype=np.int64)
        for j in range(len(nl) - 1, -1, -1):
            out[:, j] = r % nl[j]
            r = r // nl[j]
        return out
    out = []
    for r in rows:
        r = int(r) - 1
        cfg = []
        for n in reversed(nl):
            cfg.append(r % n)
            r //= n
        out.append(cfg[::-1])
    return np.array(out, dtype=np.int64).reshape(-1, len(nl))


def swept_incl_cut(base, value):
    """The incl_cut of one setting of a sweep over consistency cut-offs: a value replaces a single cut-off, but of a
    pair (ic1, ic0) with ic0 < ic1 it moves ic1 and keeps ic0, the cut below which a row is '0' (R's truthTable
    reads incl.cut = c(ic1, ic0) so), until ic1 passes below ic0, which then follows it: (value, min(ic0, value)).
    A pair given as the value is taken as it is."""
    if isinstance(value, (list, tuple, np.ndarray)) or not isinstance(base, (list, tuple, np.ndarray)):
        return value
    pair = list(base)
    if len(pair) != 2 or pair[1] == pair[0]:
        return value
    try:
        return (value, min(pair[1], value))
    except TypeError:   # not a number: truth_table's check names it
        return (value, pair[1])


def _r_number_hint(name: str, value) -> str:
    """': R's vector c(...) copied as text; write n_cut=2, a number' for 'c(2)'; '' for anything else."""
    inner = r_vector_text(value)
    if inner is None or not re.fullmatch(r"\d*\.?\d+", inner):
        return ""
    return f": R's vector c(...) copied as text; write {name}={inner}, a number"


def _cutoffs(incl_cut, n_cut, pri_cut) -> tuple[float, float, int, float]:
    if isinstance(incl_cut, (list, tuple, np.ndarray)):
        vals = list(incl_cut)
        if len(vals) not in (1, 2):
            raise QCAInputError(f"incl_cut must be one number or a pair (ic1, ic0), got {quoted(incl_cut)}")
    else:
        vals = [incl_cut]
    if any(isinstance(v, (bool, np.bool_)) for v in vals):
        raise QCAInputError(f"incl_cut must be a number in [0, 1] (or a pair), got {quoted(incl_cut)}: "
                            "True/False are not cut-offs")
    try:
        if any(isinstance(v, str) for v in vals):
            raise TypeError   # text is refused as by every other cut-off (pof, necessity), not read as a number
        vals = [decimal_number(v) for v in vals]
    except (TypeError, ValueError):
        pair = ""
        inner = r_vector_text(incl_cut)   # R's incl.cut = c(0.8, 0.6) copied as text
        numbers = [p for p in (inner or "").split(",") if re.fullmatch(r"\d*\.?\d+", p)]
        if inner is not None and numbers and len(numbers) == len(inner.split(",")):
            pair = (": R's vector c(...) copied as text; write " + (f"incl_cut={numbers[0]}, a number" if len(numbers) == 1
                    else f"incl_cut=({', '.join(numbers)}), a pair of numbers (ic1, ic0)" if len(numbers) == 2
                    else "one number or a pair of numbers (ic1, ic0), e.g. incl_cut=(0.8, 0.6)"))
        elif isinstance(incl_cut, str) and re.fullmatch(r"\s*[\d.]+\s*[,;]\s*[\d.]+\s*", incl_cut):
            ic = [p.strip() for p in re.split(r"[,;]", incl_cut)]   # R's incl.cut = "0.9, 0.6"
            pair = (f"{decimal_comma_hint(f'{ic[0]},{ic[1]}', unit=True)}; two cut-offs are a pair, e.g. incl_cut=(0.9, 0.6)"
                    if all(p.isdigit() for p in ic) else f": give two cut-offs as a pair, incl_cut=({ic[0]}, {ic[1]})")
        else:
            pair = text_number_hint(incl_cut)
        raise QCAInputError(f"incl_cut must be numbers in [0, 1], got {quoted(incl_cut)}{pair}") from None
    if any(not (0.0 <= v <= 1.0) for v in vals):
        both = len(vals) == 2 and all(percent_hint(v) for v in vals)   # (80, 60): both percentages, one pair
        raise QCAInputError(f"incl_cut must lie in [0, 1], got {quoted(incl_cut)}" + (
            f"; percentages? write incl_cut=({vals[0] / 100:g}, {vals[1] / 100:g})" if both
            else next((h for h in map(percent_hint, vals) if h), '')))
    ic1 = vals[0]
    ic0 = vals[1] if len(vals) == 2 else ic1
    if ic0 > ic1:
        raise QCAInputError(
            f"incl_cut = ({ic1:g}, {ic0:g}): the second value (below which a row is '0') must not exceed the "
            "first (from which a row is '1')")
    if isinstance(n_cut, bool) or not isinstance(n_cut, (int, np.integer)) and not (
            isinstance(n_cut, float) and float(n_cut).is_integer()) and not (
            isinstance(n_cut, Fraction) and n_cut.denominator == 1):   # Fraction(2), as cells are read (cell_number)
        frac = (f" ({n_cut} is not a whole number)" if isinstance(n_cut, Fraction) else "")
        raise QCAInputError(f"n_cut must be a whole number of cases >= 1, got {quoted(n_cut)}{frac}"
                            f"{_r_number_hint('n_cut', n_cut) or text_number_hint(n_cut, whole=True)}")
    n_cut = int(n_cut)
    if n_cut < 1:
        raise QCAInputError(f"n_cut must be at least 1 (a row needs a case to be observed), got {n_cut}")
    if isinstance(pri_cut, (bool, np.bool_)):
        raise QCAInputError(f"pri_cut must be a number in [0, 1], got {quoted(pri_cut)}: True/False are not cut-offs")
    given = pri_cut   # named as given in the message: 75, not 75.0
    try:
        if isinstance(pri_cut, str):
            raise TypeError
        pri_cut = decimal_number(pri_cut)
    except (TypeError, ValueError):
        raise QCAInputError(f"pri_cut must be a number in [0, 1], got {quoted(pri_cut)}"
                            f"{_r_number_hint('pri_cut', pri_cut) or text_number_hint(pri_cut)}") from None
    if not 0.0 <= pri_cut <= 1.0:
        raise QCAInputError(f"pri_cut must lie in [0, 1], got {quoted(given)}{percent_hint(pri_cut)}")
    return ic1, ic0, n_cut, pri_cut


def output_value(incl: float, pri_score: float, n: int, ic1: float, ic0: float, n_cut: int, pri_cut: float) -> str:
    """OUT of one row (see the module docstring)."""
    if n < n_cut:
        return "?"
    if incl >= ic1 - TOL and (pri_cut <= 0 or (pri_score == pri_score and pri_score >= pri_cut - TOL)):
        return "1"
    if ic0 < ic1 and ic0 - TOL <= incl < ic1 - TOL:
        return "C"
    return "0"


def parse_sort_by(sort_by, conditions) -> tuple[tuple[str, bool], ...]:
    """R's truthTable(sort.by = ...) as ((column, decreasing), ...), the keys in order of priority.

    'incl, n' or ['incl', 'n']: each column decreasing, R's default; a mapping {'n': False, 'incl': True} or
    'n=FALSE, incl' gives each column's direction (True / 'decreasing', False / 'increasing'), as R's named
    sort.by = c(n = FALSE, incl = TRUE). Columns: OUT, n, incl, PRI ('out' is OUT, as in R) and the conditions.
    R drops a column it does not know without a word; here it is refused, naming the columns there are."""
    if sort_by is None or (isinstance(sort_by, str) and not sort_by.strip()):
        return ()
    inner = r_vector_text(sort_by)
    if inner is not None:   # R's sort.by = c("OUT", "incl") or c(n = FALSE, incl = TRUE), copied as text
        raise QCAInputError(f"sort_by {quoted(sort_by)}: R's vector c(...) copied as text; write {quoted(inner)} (the text "
                            "without c( ))")
    if isinstance(sort_by, dict):
        items = list(sort_by.items())
    elif isinstance(sort_by, str) or (isinstance(sort_by, (list, tuple)) and all(isinstance(v, str) for v in sort_by)):
        parts = [p.strip() for p in (sort_by.split(",") if isinstance(sort_by, str) else sort_by)]
        items = [tuple(p.split("=", 1)) if "=" in p else (p, True) for p in parts]
    else:
        raise QCAInputError(f"sort_by must be column names ('incl, n', ['incl', 'n']) or a mapping of column to "
                            f"decreasing ({{'incl': True, 'n': False}}), got {quoted(sort_by)}")
    allowed = [*SORT_COLUMNS, *conditions]
    keys: list[tuple[str, bool]] = []
    for name, direction in items:
        name = "OUT" if str(name).strip() == "out" else str(name).strip()
        if isinstance(direction, str):
            flag_value = _SORT_FLAGS.get(direction.strip().lower())
        else:
            flag_value = bool(direction) if isinstance(direction, (bool, np.bool_)) else None
        if flag_value is None:
            raise QCAInputError(f"sort_by {quoted(name)}: the direction must be TRUE (decreasing) or FALSE (increasing), "
                                f"got {quoted(direction)}")
        if name not in allowed:
            def minus(name):
                bare = name[1:].strip()
                return (f"; the direction is not written with '-': {bare} sorts decreasing (the default, as R's "
                        f"sort.by), {bare}=FALSE increasing" if name.startswith("-") and bare in allowed else "")

            # every column it does not know in one line ('OUTT,icnl'), each with its own hint, not the first alone
            unknown = list(dict.fromkeys(n for n in ("OUT" if str(k).strip() == "out" else str(k).strip()
                                                     for k, _ in items) if n not in allowed))
            said = (f"{quoted(name)} is not a column" if len(unknown) == 1 else
                    f"{', '.join(map(quoted, unknown))} are not columns")
            wide = "" if any(map(minus, unknown)) else _wide_sort_by_hint(sort_by, allowed)
            raise QCAInputError(f"sort_by: {said} of the truth table; sort by {', '.join(allowed)}"
                                f"{wide or hints_by_name((n, minus(n) or choice_hint(n, allowed)) for n in unknown)}")
        if name in (k for k, _ in keys):
            raise QCAInputError(f"sort_by names {quoted(name)} twice; name each column once")
        keys.append((name, flag_value))
    return tuple(keys)


def _wide_sort_by_hint(sort_by, allowed) -> str:
    """The full-width hint ('，' -> ',') for a sort_by text that, written with ASCII ',' and '=', names columns of the
    truth table ('incl，n'); '' otherwise (a condition's own name may hold '，': '医生数（人，每千人口）')."""
    hint = wide_operator_hint(sort_by, ",=")
    if not hint:
        return ""
    ascii_text = "".join(FULL_WIDTH[ch] if FULL_WIDTH.get(ch) in (",", "=") else ch for ch in sort_by)
    names = ["OUT" if p.split("=", 1)[0].strip() == "out" else p.split("=", 1)[0].strip()
             for p in ascii_text.split(",")]
    return hint if all(n in allowed for n in names) else ""


#: The output values (OUT) of truth table rows.
OUT_CODES = ("1", "0", "C", "?")


def _out_codes(values) -> list[str]:
    """OUT values asked for (out_mask, configs_with, rows_with) as a list of codes: a list or tuple of codes, or a
    text of them joined by ',' ('1,C'); 1 and 0 as numbers too. Anything else is refused naming the codes: 1 (a
    number) was Python's TypeError, and 'c' or '1, C' matched no row without a word."""
    items = values.split(",") if isinstance(values, str) else values
    try:
        items = list(items)
    except TypeError:
        items = [values]
    codes = [str(int(v)) if isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) else
             v.strip() if isinstance(v, str) else v for v in items]
    if any(not isinstance(c, str) or c not in OUT_CODES for c in codes):   # (pd.NA == '1' has no truth value)
        raise QCAInputError(f"OUT values must be among '1', '0', 'C' and '?' (a list, or a text such as '1,C'), got "
                            f"{quoted(values)}{choice_hint(values.upper(), OUT_CODES) if isinstance(values, str) else ''}")
    return codes


def _sorted_positions(rows: pd.DataFrame, keys) -> list[int]:
    """Positions of `rows` in the order R prints a table sorted by `keys`: each key in turn (a stable sort, ties left
    in row-number order; a missing score last), then the remainders (OUT '?', fewer than n_cut cases) last."""
    order = list(range(len(rows)))
    for name, decreasing in reversed(keys):
        col = rows[name].tolist()
        present = [i for i in order if col[i] == col[i]]
        present.sort(key=lambda i: col[i], reverse=decreasing)   # Python keeps ties in place either way
        order = present + [i for i in order if col[i] != col[i]]
    out = rows["OUT"].tolist()
    return [i for i in order if out[i] != "?"] + [i for i in order if out[i] == "?"]


@dataclass(eq=False)
@shows_long_names
class TruthTable:
    """A truth table with its data (for fit). `rows` holds the observed configurations, sorted by row number.
    What a user reads cannot change the table: `rows` (and to_frame()) give the user's own frame, `configs` and the
    data's X and y are read-only arrays.

    Built by truth_table(), whose arguments these fields keep: data, the QCAData; configs, each row's configuration
    (rows x conditions); case_lists, each row's cases in data order; incl_cut (ic1, ic0), n_cut and pri_cut as
    applied; show_cases and show_dcc (truth_table's dcc), what printing shows; notes, the notes on the data (skew,
    cases in no row, ...); sort_by, the order printing lists the rows in ((column, decreasing), ...; empty: by row
    number; parse_sort_by); excluded, the rows coded OUT = 0 by exclude_rows() / esa() whatever the cut-offs
    (blocked, not coded by them); show_complete, printing lists the remainders too (truth_table's complete);
    skew_bounds, the bounds its skew notes were read with (truth_table's skew_bounds; None: no check), which the
    negated outcome's table (negated_truth_table) is read with too."""

    data: QCAData
    rows: pd.DataFrame
    configs: np.ndarray             # (rows, k) int, aligned with `rows`
    case_lists: list[list[str]]     # cases of each row, in data order
    incl_cut: tuple[float, float]   # (ic1, ic0)
    n_cut: int
    pri_cut: float
    show_cases: bool = True
    show_dcc: bool = False          # print the deviant cases (column DCC) instead of all cases, as R's dcc = TRUE
    notes: list[str] = field(default_factory=list)
    sort_by: tuple[tuple[str, bool], ...] = ()   # printing order (R's sort.by); rows stay in row-number order
    excluded: tuple[int, ...] = ()  # rows blocked (OUT = 0) by exclude_rows() / esa(), not by the cut-offs
    show_complete: bool = False     # print the remainders too, as R's complete = TRUE (printing only)
    skew_bounds: tuple[float, float] | None = (0.2, 0.8)   # as truth_table() checked skew (None: not checked)

    def __post_init__(self):
        self.configs = read_only(self.configs)   # a user's tt.configs[0] = ... would change every later result

    def __setstate__(self, state: dict) -> None:
        """Unpickled as built: configs read-only again (pickle does not keep the flag)."""
        self.__dict__.update(state)
        self.__post_init__()

    # ------------------------------------------------------------------ basic facts
    @property
    def conditions(self) -> tuple[str, ...]:
        """The conditions, in the table's column order (the data's, as truth_table() read them)."""
        return self.data.conditions

    @property
    def outcome(self) -> str:
        """The outcome as read: 'Y', '~Y' for the negated outcome, 'Y{v}' for values of a multi-value outcome."""
        return self.data.outcome

    @property
    def noflevels(self) -> tuple[int, ...]:
        """The number of levels of each condition, in the order of `conditions` (2 for a crisp or fuzzy set)."""
        return self.data.noflevels

    @property
    def row_ids(self) -> list[int]:
        """The observed rows' numbers (R's numbering, 1-based, first condition the most significant digit), sorted."""
        return [int(r) for r in self._rows.index]

    @property
    def dcc_lists(self) -> list[list[str]]:
        """Deviant cases consistency in kind of each row: its cases with outcome membership < 0.5."""
        return _deviant_in_kind(self._case_lists, self.data)

    @property
    def signature(self) -> tuple[tuple[int, str], ...]:
        """What minimisation sees of the table: (row, OUT) of each row that is not a remainder. Two tables with the
        same signature give the same solutions whatever their case counts or scores (a sweep whose settings all
        keep it cannot change the solution: it has no power)."""
        return tuple((int(r), str(o)) for r, o in zip(self._rows.index, self._rows["OUT"]) if str(o) != "?")

    @property
    def n_configurations(self) -> int:
        """The number of logically possible configurations: the product of `noflevels` (observed rows and
        remainders)."""
        return n_configurations(self.noflevels)

    @refuses_r_only_arguments("TruthTable.out_mask")
    def out_mask(self, values: Iterable[str]) -> np.ndarray:
        """Whether each observed row's OUT is one of `values` ('1', '0', 'C', '?': a list, or a text such as '1,C'),
        as a boolean array aligned with rows."""
        return self._rows["OUT"].isin(_out_codes(values)).to_numpy()

    @refuses_r_only_arguments("TruthTable.configs_with")
    def configs_with(self, values: Iterable[str]) -> np.ndarray:
        """Configurations of the observed rows whose OUT is one of `values`."""
        return self.configs[self.out_mask(values)]

    @refuses_r_only_arguments("TruthTable.rows_with")
    def rows_with(self, values: Iterable[str]) -> list[int]:
        """Row numbers of the observed rows whose OUT is one of `values` ('1', '0', 'C')."""
        return [r for r, ok in zip(self.row_ids, self.out_mask(values)) if ok]

    @property
    def observed_rows(self) -> RowNumbers:
        """Rows that are not remainders (OUT 1, 0 or C): a RowNumbers, a set of them printed and iterated in ascending
        order, with to_list(), to_frame() and to_dict() (a plain set printed them in its hashes' order)."""
        return RowNumbers(self.rows_with(["1", "0", "C"]))

    @refuses_r_only_arguments("TruthTable.counts")
    def counts(self) -> dict[str, int]:
        """Cases in positive, negative and contradictory rows (R's OUT1, OUT0, OUTC) and in all."""
        n = self._rows["n"]
        out = self._rows["OUT"]
        return {"OUT1": int(n[out == "1"].sum()), "OUT0": int(n[out == "0"].sum()),
                "OUTC": int(n[out == "C"].sum()), "Total": int(n.sum())}

    @refuses_r_only_arguments("TruthTable.remainders")
    def remainders(self, limit: int = REMAINDER_LIMIT) -> pd.DataFrame:
        """Every configuration with OUT '?' (unobserved, or fewer than n_cut cases), by row number.

        Enumerates the full table, so it refuses (QCAComplexityError) when there are more than `limit`."""
        limit = whole("limit", limit, least=0)
        total = self.n_configurations
        below = self.rows_with(["?"])
        n_rem = total - len(self.observed_rows)
        if n_rem > limit:
            raise QCAComplexityError(
                f"{n_rem:,} remainders in a truth table of {total:,} configurations: more than the {limit:,} "
                "listed at most; the engine never needs them all (it expands prime implicants instead)")
        observed = self.observed_rows
        grids = np.indices(self.noflevels).reshape(self.data.k, -1).T
        ids = row_numbers(grids, self.noflevels)
        keep = [i for i, r in enumerate(ids) if r not in observed]
        df = pd.DataFrame(grids[keep], columns=list(self.conditions),
                          index=pd.Index([ids[i] for i in keep], name="row"))
        df["n"] = [int(self._rows.loc[r, "n"]) if r in below else 0 for r in df.index]
        return df

    # ------------------------------------------------------------------ output
    @refuses_r_only_arguments("TruthTable.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The observed rows (row number index; conditions, OUT, n, incl, PRI, cases, DCC)."""
        return self._rows.copy()

    @refuses_r_only_arguments("TruthTable.to_dict")
    def to_dict(self) -> dict:
        """JSON-able: options and the observed rows (config, OUT, n, incl, PRI, cases and DCC as lists)."""
        t = self._rows  # column by column (a row at a time through pandas took seconds on 95,000 rows)
        rows = [{"row": int(r), "config": cfg, "OUT": out, "n": int(n), "incl": _num(incl), "PRI": _num(p),
                 "cases": list(cases), "DCC": list(dcc)}
                for r, cfg, out, n, incl, p, cases, dcc in zip(
                    t.index.tolist(), self.configs.tolist(), t["OUT"].tolist(), t["n"].tolist(), t["incl"].tolist(),
                    t["PRI"].tolist(), self._case_lists, self.dcc_lists)]
        return {"outcome": self.outcome, "conditions": list(self.conditions), "noflevels": list(self.noflevels),
                "incl_cut": list(self.incl_cut), "n_cut": self.n_cut, "pri_cut": self.pri_cut,
                "counts": self.counts(), "notes": list(self.notes), "rows": rows}

    def __str__(self) -> str:
        return self._text()

    def _text(self, half: int | None = None) -> str:
        """The printed table (R's print of a truth table): the legend, then the rows; `half`: only the first and the
        last `half` rows, the lines between saying how many are left out (Jupyter's view of a long table). A table
        wider than 80 columns (PRINT_WIDTH: Chinese condition or case names, long names) comes in blocks of columns
        that fit, each led by the row number, in order (conditions, OUT, n, incl, PRI, cases), apart by a blank line;
        the cases are wrapped within their column after a ',' (never within a name), a row as many lines."""
        head = ["  OUT: output value", "    n: number of cases in configuration",
                " incl: sufficiency inclusion score", "  PRI: proportional reduction in inconsistency"]
        if self.show_dcc and self.show_cases:   # R's dcc shows in the cases column, so not without it
            head.append("  DCC: deviant cases consistency (in the row, outcome membership < 0.5)")
        head.append("")
        conds = list(self.conditions)
        shown = "DCC" if self.show_dcc else "cases"
        t = self._rows
        cells = [[str(r)] + [str(v) for v in cfg] + [out, str(int(n)), _fmt(incl), _fmt(p)] +
                 ([extra] if self.show_cases else [])
                 for r, cfg, out, n, incl, p, extra in zip(
                     t.index.tolist(), self.configs.tolist(), t["OUT"].tolist(), t["n"].tolist(),
                     t["incl"].tolist(), t["PRI"].tolist(), t[shown].tolist())]
        if self.sort_by:
            cells = [cells[i] for i in _sorted_positions(t, self.sort_by)]
        if self.show_complete:   # R's complete = TRUE: every configuration, a remainder with OUT '?', n 0, no scores
            rem = self.remainders()
            rem = rem[~rem.index.isin(t.index)]
            extra = [[str(r)] + [str(v) for v in cfg] + ["?", "0", "-", "-"] + ([""] if self.show_cases else [])
                     for r, cfg in zip(rem.index.tolist(), rem[conds].to_numpy().tolist())]
            cells = cells + extra if self.sort_by else sorted(cells + extra, key=lambda c: int(c[0]))
        header = [""] + conds + ["OUT", "n", "incl", "PRI"] + ([shown] if self.show_cases else [])
        widths = [max(width(h), *(width(c[i]) for c in cells)) if cells else width(h) for i, h in enumerate(header)]
        left = len(header) - 1 if self.show_cases else None
        if half is not None and len(cells) > 2 * half:
            skipped = "\n".join(wrapped(f"... {len(cells) - 2 * half:,} of {len(cells):,} rows not shown (print() "
                                         "shows every row, to_frame() gives them as a DataFrame) ..."))
            cells = cells[:half] + [skipped] + cells[-half:]

        def line(vals, block):
            return "  ".join(ljust(vals[i], widths[i]) if i == left else rjust(vals[i], widths[i])
                             for i in block).rstrip()

        def block_lines(block, room):
            out = [line(header, block)]
            for c in cells:
                if isinstance(c, str):   # the rows left out
                    out.append(c)
                    continue
                parts = case_lines(c[left], room) if room else [c[left] if left is not None else ""]
                out.append(line([*c[:-1], parts[0]] if left is not None else c, block))
                out += [line([""] * (len(c) - 1) + [p], block) for p in parts[1:]]
            return out

        return "\n".join(head + ["\n\n".join("\n".join(block_lines(b, room)) for b, room in
                                            _blocks(widths, left, cells))])

    def _repr_pretty_(self, printer, cycle) -> None:
        """Jupyter (IPython) shows the table, as print() and as R shows a truth table typed at the prompt; repr()
        stays the one-line summary. Beyond pandas' display.max_rows observed rows (60) it shows the first and the last
        rows and says how many are left out, as a DataFrame does: a cell ending with a table of 100,000 cases would
        print every row into the notebook (print() still does)."""
        limit = pd.get_option("display.max_rows")
        n = len(self._rows) if not self.show_complete else self.n_configurations   # the printed rows
        text = self._text(max(1, limit // 2) if limit is not None and n > limit else None)
        printer.text(text)

    def __repr__(self) -> str:
        c = self.counts()
        # remainders esa()/exclude_rows() coded OUT 0 are rows of the table without a case: not counted as observed
        blocked = int((self._rows["n"] == 0).sum())
        seen = f"{len(self._rows) - blocked} observed rows" + (f" (+{counted(blocked, 'remainder')} blocked, OUT 0)"
                                                               if blocked else "")
        return (f"<TruthTable {self.outcome} ~ {', '.join(self.conditions)}: {seen}, "
                f"OUT1={c['OUT1']} OUT0={c['OUT0']} OUTC={c['OUTC']} cases; incl_cut={self.incl_cut}, "
                f"n_cut={self.n_cut}, pri_cut={self.pri_cut:g}>")


def _rows_copy(self) -> pd.DataFrame:
    """The observed rows (row number index; conditions, OUT, n, incl, PRI, cases, DCC): the user's own frame, a
    shallow copy that pandas' copy-on-write copies when changed, so tt.rows.loc[r, 'OUT'] = '1' changes that copy,
    never the table that minimize() reads (it silently did)."""
    return self._rows.copy(deep=False)


def _set_rows(self, rows: pd.DataFrame) -> None:
    self._rows = rows


# `rows` stays a field of the dataclass (TruthTable(rows=...), dataclasses.replace(tt, rows=...)), kept as _rows
TruthTable.rows = property(_rows_copy, _set_rows)

# case_lists and notes stay fields too, kept as _case_lists (a tuple of tuples) and _notes, and read as the user's own
# lists: tt.case_lists[0].append('X') made a later to_dict() a KeyError and tt.notes.append(...) changed print(tt)
TruthTable.case_lists = property(
    lambda self: [list(cases) for cases in self._case_lists],
    lambda self, value: setattr(self, "_case_lists", tuple(tuple(cases) for cases in value)),
    doc="Each row's cases in data order (a list per row, aligned with `rows`); the user's own copy.")
TruthTable.notes = property(
    lambda self: list(self._notes), lambda self, value: setattr(self, "_notes", tuple(value)),
    doc="The notes on the data (skew, cases in no row, rows coded OUT = 0 by esa/exclude), as printed; the user's "
        "own copy.")


def _deviant_in_kind(case_lists, qd: QCAData) -> list[list[str]]:
    """Each row's cases with outcome membership < 0.5 (R's DCC)."""
    y = dict(zip(qd.cases, qd.y))
    return [[c for c in cases if y[c] < 0.5] for cases in case_lists]


def _num(x):
    x = float(x)
    return None if x != x else x


def _fmt(x) -> str:
    x = float(x)
    return "-" if x != x else f"{x:.3f}"


#: The fewest columns a printed truth table wider than 80 leaves its cases beside the block's other columns (else
#: they have a block of their own): fewer, a case or two a line.
_CASES_ROOM = 20


def _row_fit(X: np.ndarray, y: np.ndarray, configs: np.ndarray, multi,
             compiled: bool | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Consistency and PRI of every observed row of fuzzy data (every case has a membership in every row).

    From COMPILED_FIT_AFTER memberships on (compiled None) or with compiled=True, the sums come from the compiled
    kernel _row_sums.row_sums (a block of cases at a time, in the cache; numpy's pairwise sums replicated, so the
    same values to the bit): 100,000 cases x 12 fuzzy conditions (4,096 rows) 10.2 -> 1.5 s. Below, or without
    numba, a block of rows at a time with numpy (measures._incl_pri_rows, the row-wise twin of
    measures.consistency and measures.pri; each row's memberships contiguous, as implicant_membership by_implicant
    gives them; one call per row took 7.6 s at 10,000 cases x 30 conditions). Blocks hold at most about 4 million
    memberships (32 MB)."""
    from .measures import _incl_pri_of_sums, _incl_pri_rows
    from ._row_sums import compiled_available, row_sums

    n_rows, n = len(configs), X.shape[0]
    if compiled is None:
        compiled = n_rows * n >= COMPILED_FIT_AFTER and compiled_available()
    if compiled:
        sums = row_sums(X, y, configs, multi)
        return _incl_pri_of_sums(sums[:, 0], sums[:, 1], sums[:, 2])
    incl, pri_s = np.empty(n_rows), np.empty(n_rows)
    step = max(1, min(256, (1 << 22) // max(n, 1)))
    rows = _row_memberships(X, configs, multi)
    for start in range(0, n_rows, step):
        mem = np.empty((min(step, n_rows - start), n))
        for i in range(len(mem)):
            mem[i] = next(rows)
        incl[start:start + step], pri_s[start:start + step] = _incl_pri_rows(mem, y)
    return incl, pri_s


def _row_memberships(X: np.ndarray, configs: np.ndarray, multi):
    """Every case's membership in each configuration, in turn (a view, valid until the next): the minimum over
    the conditions of x, 1 - x or [x == v], as implicant_membership computes it, but the minimum over the first j
    conditions is kept and shared with the next configuration when it begins the same way (the truth table's rows
    come in row order, so most do): 100,000 cases x 10 fuzzy conditions, 1,024 rows: 0.7 -> 0.2 s. The minimum
    is exact whatever the order, so the memberships are the same to the bit."""
    X = np.asarray(X, dtype=float)
    n, k = X.shape
    literals: dict = {}
    prefix = np.ones((k + 1, n))   # prefix[j]: minimum over conditions 0..j-1 of the current configuration
    previous = None
    for cfg in np.asarray(configs).reshape(-1, k).tolist():
        same = 0
        if previous is not None:
            while same < k and cfg[same] == previous[same]:
                same += 1
        for j in range(same, k):
            lit = literals.get((j, cfg[j]))
            if lit is None:
                x = X[:, j]
                lit = literals[j, cfg[j]] = (x == cfg[j]).astype(float) if multi[j] else \
                    (np.ascontiguousarray(x) if cfg[j] == 1 else 1.0 - x)
            np.minimum(prefix[j], lit, out=prefix[j + 1])
        previous = cfg
        yield prefix[k]


@refuses_r_only_arguments("truth_table")
def truth_table(data: pd.DataFrame, outcome: str, conditions=None, incl_cut=1.0, n_cut=1, pri_cut=0.0,
                case_column: str | None = None, show_cases: bool = True, negate_outcome: bool = False,
                skew_bounds=(0.2, 0.8), dcc: bool = False, sort_by=None,
                max_memberships: int | None = None, complete: bool = False) -> TruthTable:
    """Build the truth table of `outcome` ('Y', '~Y' or 'Y{v}') on `conditions` (default: all other columns).

    data: a DataFrame, one row per case, of crisp (0/1), multi-value (0..L-1) or fuzzy ([0, 1]) sets; read as
    prepare_data() reads it (conditions: a list or 'A, B, C'). negate_outcome: explain the negated outcome (1 - Y),
    as neg.out of R QCA 1.x did; the same as writing '~Y' (R QCA 3's way; both together are refused).
    incl_cut: one cut-off or a pair (ic1, ic0) as in R's incl.cut; n_cut: minimum cases of an observed row;
    pri_cut: minimum PRI of a positive row. Case names come from `case_column` or the index. skew_bounds: a set
    with a share of cases > 0.5 outside these bounds is noted and warned about (None: no check; skew.py).
    Every row lists its deviant cases consistency in kind (DCC: cases of the row with outcome membership < 0.5;
    Schneider & Rohlfing 2013); dcc: print them instead of all cases, as R's truthTable(dcc = TRUE).
    show_cases: print each row's cases (or DCC) in a last column (default True; R's show.cases defaults to FALSE);
    printing only: rows, to_frame() and to_dict() hold the cases either way.
    sort_by: the order of the printed rows, as R's sort.by: 'incl, n' (each column decreasing), or a mapping
    {'n': False, 'incl': True} / 'n=FALSE, incl' (False: increasing); columns OUT, n, incl, PRI and the conditions;
    ties keep row order, remainders below n_cut come last (parse_sort_by). Printing only, as in R: rows, to_frame()
    and to_dict() stay in row-number order (to_frame().sort_values(...) sorts a DataFrame).
    complete: print every configuration, the remainders too (OUT '?', n 0, incl and PRI '-'), as R's truthTable(complete
    = TRUE); printing only, as in R (remainders() gives them as a DataFrame, up to REMAINDER_LIMIT).
    max_memberships (default MAX_MEMBERSHIPS, 20,000,000,000, about half a minute; CLI --max-memberships): with
    fuzzy conditions every case has a membership in every observed row (incl and PRI sum over all cases), so cases x
    observed rows memberships are computed (from COMPILED_FIT_AFTER on by a compiled kernel, the same sums to the
    bit; about MEMBERSHIP_SECONDS each); more are refused before any is, naming the size met, the time it would
    take and the flag (100,000 cases x 16 fuzzy conditions: 51,019 rows, 5.1e9, about 8 s). Crisp and multi-value tables compute none."""
    from .skew import check_bounds, membership_warnings, warn_notes

    ic1, ic0, n_cut, pri_cut = _cutoffs(incl_cut, n_cut, pri_cut)
    membership_budget = MAX_MEMBERSHIPS if max_memberships is None else whole("max_memberships", max_memberships)
    show_cases = flag("show_cases", show_cases)
    dcc = flag("dcc", dcc)
    complete = flag("complete", complete)
    qd = prepare_data(data, outcome, conditions, case_column=case_column, negate_outcome=negate_outcome)
    sort_keys = parse_sort_by(sort_by, qd.conditions)
    clash = [c for c in qd.conditions if c in ROW_COLUMNS]
    if clash:  # the table's own columns would overwrite the condition's in to_frame() and every table built on it
        one = len(clash) == 1   # 'condition name 'PRI' is also a column', 'condition names ... are also columns'
        raise QCAInputError(f"{in_number(len(clash), 'condition name')} {', '.join(quoted(c) for c in clash)} "
                            f"{'is also a column' if one else 'are also columns'} of the truth table "
                            f"({', '.join(ROW_COLUMNS)}); rename the data {in_number(len(clash), 'column')}, e.g. "
                            f"{clash[0]}_set")
    membership_notes = membership_warnings(qd, skew_bounds)
    X, y = qd.X, qd.y
    multi = [kind == "multi-value" for kind in qd.kinds]
    fuzzy = np.array([kind == "fuzzy" for kind in qd.kinds])
    # the configuration of each case: crisp / multi-value values as they are, fuzzy memberships > 0.5
    cfg = np.where(fuzzy[None, :], (X > 0.5).astype(np.int64), np.round(X).astype(np.int64))
    assigned = ~np.any(fuzzy[None, :] & (X == 0.5), axis=1)
    if not assigned.any():
        raise QCAInputError("no case can be placed in a configuration: every case has a fuzzy membership of "
                            "exactly 0.5 in some condition (in neither the set nor its negation, so in no row); "
                            "recalibrate so that no membership is exactly 0.5")
    # the cases of each row, in data order: the placed cases sorted by row number (stable), cut where it changes
    placed = np.flatnonzero(assigned)
    ids = np.array(row_numbers(cfg[placed], qd.noflevels),
                   dtype=np.int64 if n_configurations(qd.noflevels) < 2**62 else object)
    by_row = np.argsort(ids, kind="stable")
    order, ids = placed[by_row], ids[by_row]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    ends = np.r_[starts[1:], len(ids)]
    uniq = ids[starts].tolist()
    configs = cfg[order[starts]].astype(np.int64).reshape(-1, qd.k)
    n = (ends - starts).astype(np.int64)
    if n_cut > n.max():
        raise QCAInputError(
            f"n_cut = {n_cut} exceeds the largest number of cases in any configuration ({int(n.max())}): every "
            f"row would be a remainder; choose n_cut between 1 and {int(n.max())}")

    if fuzzy.any():
        work = len(configs) * X.shape[0]
        if work > membership_budget:
            raise QCAComplexityError(
                f"{len(configs):,} observed rows x {X.shape[0]:,} cases: {work:,} fuzzy memberships (each case's in "
                f"each row, for incl and PRI) exceed max_memberships = {membership_budget:,}"
                + (f" ({membership_seconds_text(work)})" if work * MEMBERSHIP_SECONDS >= 1 else "")
                + "; use fewer conditions, or raise max_memberships (CLI: --max-memberships)")
        incl, pri_s = _row_fit(X, y, configs, multi)
    else:  # crisp membership in a row is 1 for its own cases and 0 for all others
        if np.isin(y, (0.0, 1.0)).all():   # a crisp outcome
            s_y = np.add.reduceat(y[order], starts)   # whole numbers: exact in any order of addition
            s_amb = np.zeros(len(starts))             # min(y, 1 - y) = 0 for every case
        else:   # a fuzzy outcome: each row's sums as numpy adds them (its order of addition)
            members = np.split(order, starts[1:])
            s_y = np.array([y[m].sum() for m in members])
            s_amb = np.array([np.minimum(y[m], 1 - y[m]).sum() for m in members])
        incl = s_y / n
        with np.errstate(invalid="ignore", divide="ignore"):
            pri_s = np.where(n - s_amb > 0, (s_y - s_amb) / (n - s_amb), np.nan)

    out = [output_value(float(a), float(b), int(c), ic1, ic0, n_cut, pri_cut) for a, b, c in zip(incl, pri_s, n)]
    names = [qd.cases[i] for i in order.tolist()]
    case_lists = [names[a:b] for a, b in zip(starts.tolist(), ends.tolist())]
    index = pd.Index(uniq, name="row", dtype="int64" if n_configurations(qd.noflevels) < 2**62 else "object")
    rows = pd.DataFrame(configs, columns=list(qd.conditions), index=index)
    rows["OUT"] = out
    rows["n"] = n
    rows["incl"] = incl
    rows["PRI"] = pri_s
    rows["cases"] = [",".join(c) for c in case_lists]
    rows["DCC"] = [",".join(c) for c in _deviant_in_kind(case_lists, qd)]
    notes = list(qd.warnings) + membership_notes
    warn_notes(membership_notes)
    if not assigned.all():
        unassigned = int((~assigned).sum())
        notes.append(f"{counted(unassigned, 'case')} with a membership of exactly 0.5 "
                     f"{'belongs' if unassigned == 1 else 'belong'} to no row")
    tt = TruthTable(data=qd, rows=rows, configs=configs, case_lists=case_lists, incl_cut=(ic1, ic0), n_cut=n_cut,
                    pri_cut=pri_cut, show_cases=show_cases, show_dcc=dcc, notes=notes, sort_by=sort_keys,
                    show_complete=complete, skew_bounds=check_bounds(skew_bounds))
    if complete and tt.n_configurations - len(rows) > REMAINDER_LIMIT:   # refused here, not when printed
        raise QCAComplexityError(
            f"complete: printing every configuration would list {tt.n_configurations - len(rows):,} remainders, more "
            f"than the {REMAINDER_LIMIT:,} listed at most ({len(qd.conditions)} conditions); leave it out "
            "(CLI: --complete): the observed rows are the table")
    return tt


def _blocks(widths: list[int], cases: int | None, cells) -> list[tuple[list[int], int | None]]:
    """A printed truth table's blocks of columns, each led by the row number (column 0), and the columns the cases
    take in the block holding them (None: as wide as they are). A table within PRINT_WIDTH is one block, as before;
    a wider one has its conditions in order, as many a block as fit, then OUT, n, incl and PRI together (never one
    block apart from the others), then the cases: beside the block's other columns where that leaves them at least
    _CASES_ROOM columns (or their widest name), else in a block of their own."""
    if sum(widths) + 2 * (len(widths) - 1) <= PRINT_WIDTH:
        return [(list(range(len(widths))), None)]
    scores = len(widths) - (5 if cases is not None else 4)   # OUT's column
    units = [[i] for i in range(1, scores)] + [list(range(scores, scores + 4))]
    blocks, block, used = [], [0], widths[0]
    for unit in units:
        more = sum(widths[i] + 2 for i in unit)
        if len(block) > 1 and used + more > PRINT_WIDTH:
            blocks.append((block, None))
            block, used = [0], widths[0]
        block += unit
        used += more
    if cases is None:
        return blocks + [(block, None)]
    names = [width(p) for c in cells if not isinstance(c, str) for p in case_lines(c[cases], 1)]
    if PRINT_WIDTH - used - 2 < min(max([_CASES_ROOM, *names]), widths[cases]):
        blocks.append((block, None))
        block, used = [0], widths[0]
    return blocks + [(block + [cases], max(PRINT_WIDTH - used - 2, 1))]
