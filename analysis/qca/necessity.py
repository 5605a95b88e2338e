"""Necessity analysis: each condition and its negation (like R QCA's pofind), and the search for
necessary conjunctions and disjunctions of literals (like R QCA's superSubset).

Measures (analysis.qca.measures): inclN = Σmin(X,Y)/ΣY, covN = Σmin(X,Y)/ΣX (Ragin 2006),
RoN = Σ(1−X)/Σ(1−min(X,Y)) (Schneider & Wagemann 2012); for sufficiency inclS, PRI, covS.
A literal is X or ~X (1 − X) for crisp and fuzzy conditions, X[v] for multi-value ones; a conjunction
takes the minimum of its literals, a disjunction the maximum.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import pandas as pd

from .data import QCAData, prepare_data
from .display import PRINT_WIDTH, ljust, width, shown_as_printed, wrap
from .checks import decimal_number, percent_hint, relation as check_relation, text_number_hint, whole
from .errors import QCAComplexityError, QCAInputError, counted, quoted, renamed
from .expressions import format_literal
from .measures import _pri as pri, _ratio  # inputs checked
from .r_calls import refuses_r_only_arguments

__all__ = ["necessity", "super_subset", "NecessityResult", "SuperSubsetResult", "MAX_CANDIDATES", "MAX_WORK"]

#: Cut-offs are compared with this tolerance, so that 0.9 computed as 0.8999999999999999 still passes.
CUT_TOLERANCE = 1e-10
#: Candidate expressions super_subset() evaluates at most (its max_candidates' default) before asking for a smaller
#: `depth`.
MAX_CANDIDATES = 2_000_000
#: Work super_subset() does at most (its max_work's default): the candidate expressions it scores x the cases each
#: is scored over (crisp data: its distinct patterns), counted as the search goes. About 0.6 ns each for a candidate
#: that fails at 100,000 fuzzy cases (12 conditions, every one of the 531,440 scored at incl_cut=1: 30 s), more for
#: one that passes (scored afresh), so the default stops a search after about 6 s of failing candidates; the same
#: 12 conditions at incl_cut=0.9 score few candidates (supersets of a passing expression are not searched): 1.2 s.
MAX_WORK = 10_000_000_000
_NEC_COLS = ("inclN", "RoN", "covN")
_SUF_COLS = ("inclS", "PRI", "covS")


# ---------------------------------------------------------------- printing
def _fit_table(labels: Sequence[str], values: pd.DataFrame, cols: Sequence[str], flags=None, constant=None) -> str:
    """A fit table as R QCA prints it: numbered rows, the label, then 3-decimal columns; an undefined value (covU
    of a single term) prints as "-", as in a printed solution; `flags` a 'necessary' column ('yes', or 'yes, constant'
    where `constant` holds; or, given as strings, printed as they are). A table wider than 80 columns (PRINT_WIDTH)
    for its labels (an expression of long names: 116 columns) gives a label too long for the others' columns a
    line of its own ('3  LABEL', wrapped at its blanks, further lines under the label), its values on the next line
    in their columns; a table that fits prints as before."""
    num = len(str(len(labels)))
    flag_texts = None if flags is None else [
        flags[r] if isinstance(flags[r], str) else
        ("yes" if flags[r] else "") + (", constant" if flags[r] and constant and constant[r] else "")
        for r in range(len(labels))]
    flag_head = None if flags is None else "necessity" if flags and isinstance(flags[0], str) else "necessary"
    # the columns right of the label: its values, and the flags (ragged, as before: only their longest counts)
    right = 7 * len(cols) + (0 if flags is None else 2 + max(map(width, [flag_head, *flag_texts])))
    widths = [width(s) for s in labels]
    label_width = max(widths + [1])
    if num + 2 + label_width + right > PRINT_WIDTH:   # the labels that fit beside the values keep their line
        label_width = max([w for w in widths if num + 2 + w + right <= PRINT_WIDTH] + [1])
    head = " " * (num + 2) + " " * label_width + "".join(f"  {c:>5}" for c in cols)
    if flags is not None:
        head += f"  {flag_head}"
    lines = [head, "-" * len(head)]
    for r, label in enumerate(labels):
        cells = "".join("  " + ("    -" if pd.isna(values[c].iloc[r]) else f"{values[c].iloc[r]:5.3f}") for c in cols)
        if width(label) > label_width:   # alone on its line(s), its values below
            lines += wrap(label, PRINT_WIDTH, f"{r + 1:>{num}}  ", " " * (num + 2), break_on_hyphens=False,
                          break_long_words=False)
            line = " " * (num + 2 + label_width) + cells
        else:
            line = f"{r + 1:>{num}}  {ljust(label, label_width)}{cells}"
        if flags is not None:
            line += "  " + flag_texts[r]
        lines.append(line.rstrip())
    lines.append("-" * len(head))
    return "\n".join(lines)


#: in a note's clause, a space the line does not break at (`_whole`), a space again once wrapped
_UNBROKEN = "\ufffe"


def _whole(text: str) -> str:
    """`text` (an expression and its RoN, 'DEV + URB + IND 0.704') kept on one line of a note (`_note`), where it
    fits one (an expression of long names, wider, is broken at its blanks, between its terms)."""
    return text if width(text) > PRINT_WIDTH - 2 else text.replace(" ", _UNBROKEN)


def _note(*clauses: str) -> str:
    """A note below a printed table, one clause a line (the later ones indented by two), each wrapped at PRINT_WIDTH
    between the items `_whole` keeps whole: on one line the notes under necessity() and super_subset() ran to 330
    columns, which a terminal broke mid-word."""
    return "".join("\n" + "\n".join(wrap(c, PRINT_WIDTH, *(["  "] * 2 if i else ["", "  "]), break_on_hyphens=False,
                                         break_long_words=False))
                   for i, c in enumerate(clauses)).replace(_UNBROKEN, " ")


def _constant_note(constant: list[str], holds: str) -> str:
    """The note naming the literals or expressions that hold in every case (`holds`: 'is present in', 'hold in')."""
    return _note(f"constant: {', '.join(constant)} {holds} every case (membership 1),",
                 "a superset of any outcome: necessary by construction, RoN 0,",
                 "the lowest relevance (Schneider & Wagemann 2012)")


def _listed(items, sep: str = ", ", most: int = 10) -> str:
    """The first `most` items of a one-line summary (repr), and how many more."""
    items = list(items)
    more = f"{sep}... ({len(items) - most:,} more)" if len(items) > most else ""
    return sep.join(map(str, items[:most])) + more


def _clean(value):
    value = float(value)
    return None if np.isnan(value) else value


# ---------------------------------------------------------------- literals
def _literals(qd: QCAData) -> list[tuple[int, int, str, np.ndarray]]:
    """(condition index, value, name, memberships) of every literal, in R's order (~A, A, ~B, B ...)."""
    out = []
    for j, cond in enumerate(qd.conditions):
        x = qd.X[:, j]
        multi = qd.kinds[j] == "multi-value"
        for v in range(qd.noflevels[j]):
            if multi:
                m = (x == v).astype(float)
            else:
                m = x if v == 1 else 1.0 - x
            out.append((j, v, format_literal(cond, v, qd.multivalue), m))
    return out


def _nec_fit(x: np.ndarray, y: np.ndarray, total=np.sum, y_sum=None) -> tuple[float, float, float]:
    """inclN, RoN and covN: measures' consistency, ron and coverage, the same sums of the same arrays, with
    min(X, Y) taken once instead of three times (super_subset scores every candidate expression with it).
    total, y_sum: super_subset's sum over crisp patterns weighted by their counts and the cases' ΣY (whole numbers:
    the same sums to the bit)."""
    both = np.minimum(x, y)
    s_both = total(both)
    return (_ratio(s_both, total(y) if y_sum is None else y_sum), _ratio(total(1.0 - x), total(1.0 - both)),
            _ratio(s_both, total(x)))


def _suf_fit(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """inclS, PRI and covS (measures' consistency, pri and coverage), min(X, Y) summed once for the two."""
    s_both = np.minimum(x, y).sum()
    return _ratio(s_both, x.sum()), pri(x, y), _ratio(s_both, y.sum())


def _combined(op, arrays: list) -> np.ndarray:
    """op (np.minimum for a conjunction, np.maximum for a disjunction) of the arrays, folded into one new array:
    np.min/np.max of the list stacked them into a literals x cases array first (the same values: both are
    exact). super_subset combines the literals of every candidate: 59,048 at 10 crisp conditions; at 100,000
    cases the CLI took 104 s of CPU, 81 s with this and _nec_fit's single min(X, Y)."""
    out = np.array(arrays[0], dtype=float)
    for a in arrays[1:]:
        op(out, a, out=out)
    return out


def _check_cut(name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)) \
            or not 0 <= float(value) <= 1:
        raise QCAInputError(f"{name} must be a number in [0, 1], got {quoted(value)}"   # 90 for 0.9: as the CLI says
                            f"{text_number_hint(value) or percent_hint(value)}")
    return decimal_number(value)


# ---------------------------------------------------------------- single conditions
@shown_as_printed
@dataclass(frozen=True)
class NecessityResult:
    """inclN, RoN and covN of every condition and its negation for the outcome (R's pofind order); `necessary`:
    inclN reaches the benchmark (consistent with necessity: a fit, not yet a judgement of relevance); `constant`:
    necessary because the literal holds in every case (membership 1 everywhere, RoN 0), a superset of any outcome:
    the extreme of low relevance, which RoN measures in degree (relevance: Schneider & Wagemann 2012; Goertz
    2006); `relevant` / 'low RoN' judge the degree against ron_cut. `ron_cut`: the RoN from which a consistent
    literal is read as relevant (the caller's choice: the literature gives no agreed cut-off), None when relevance was not judged."""

    outcome: str
    table: pd.DataFrame          # condition, inclN, RoN, covN, necessary, constant; index 1..n
    benchmark: float
    memberships: pd.DataFrame = field(repr=False)   # cases x literals
    notes: tuple[str, ...] = ()  # the data's notes, skewed sets, memberships of 0.5: warned, not printed (necessity)
    ron_cut: float | None = None  # RoN from which a consistent literal is relevant; None: relevance not judged

    def to_frame(self) -> pd.DataFrame:
        """The fit table as a DataFrame (a copy of `table`): condition, inclN, RoN, covN, necessary, constant."""
        return self.table.copy()

    def to_dict(self) -> dict:
        """The result as JSON-ready data: outcome, benchmark, what 'necessary' means, ron_cut, one record per literal
        (its fit, necessary, constant, relevant and how it reads) and notes."""
        return {"outcome": self.outcome, "relation": "necessity", "benchmark": self.benchmark,
                "necessary_means": f"inclN >= {self.benchmark:g} (consistency only; relevance: RoN, ron_cut)",
                "ron_cut": self.ron_cut, "relevance_judged": self.ron_cut is not None,
                "rows": [{"condition": r.condition, "inclN": _clean(r.inclN), "RoN": _clean(r.RoN),
                          "covN": _clean(r.covN), "necessary": bool(r.necessary), "constant": bool(r.constant),
                          "relevant": self._relevant(r), "reading": self._reading(r)}
                         for r in self.table.itertuples()], "notes": list(self.notes)}

    def _relevant(self, r) -> bool | None:
        """True / False: a consistent literal whose RoN reaches / misses ron_cut (a constant one: False); None when
        the literal is not consistent with necessity or relevance was not judged (ron_cut None)."""
        if not r.necessary or self.ron_cut is None:
            return None
        return bool(not r.constant and r.RoN >= self.ron_cut - CUT_TOLERANCE)

    def _reading(self, r) -> str:
        """'' (inclN below the benchmark), 'consistent, constant', 'consistent' (relevance not judged),
        'consistent, relevant' or 'consistent, low RoN' (against ron_cut)."""
        if not r.necessary:
            return ""
        if r.constant:
            return "consistent, constant"
        relevant = self._relevant(r)
        return "consistent" if relevant is None else f"consistent, {'relevant' if relevant else 'low RoN'}"

    @property
    def low_relevance(self) -> list[str]:
        """Consistent literals whose RoN is below ron_cut (constant ones included); [] when relevance was not
        judged."""
        return [r.condition for r in self.table.itertuples() if self._relevant(r) is False]

    @property
    def necessary(self) -> list[str]:
        """Literals whose inclN reaches the benchmark."""
        return self.table.loc[self.table["necessary"], "condition"].tolist()

    trivial = renamed("trivial", "constant", "a set present in every case")

    @property
    def constant(self) -> list[str]:
        """Necessary literals that hold in every case (membership 1 everywhere, RoN 0): necessary for any outcome."""
        return self.table.loc[self.table["constant"], "condition"].tolist()

    def __str__(self) -> str:
        head = f"Necessity of each condition for {self.outcome} (benchmark inclN >= {self.benchmark:g})"
        if width(head) > PRINT_WIDTH:   # the benchmark on a line of its own (84 columns with a long outcome name)
            head = f"Necessity of each condition for {self.outcome}\n  (benchmark inclN >= {self.benchmark:g})"
        readings = [self._reading(r) for r in self.table.itertuples()]
        body = _fit_table(self.table["condition"].tolist(), self.table, _NEC_COLS, readings)
        constant = self.constant
        if constant:
            body += _constant_note(constant, "is present in" if len(constant) == 1 else "are present in")
        body += self._relevance_note()
        return head + "\n\n" + body   # the notes were given as QCAWarnings (necessity()): not printed again

    def _relevance_note(self) -> str:
        """What 'consistent' means and whether relevance was judged: a line below the table ('' if no literal
        reaches the benchmark)."""
        rows = self.table[self.table["necessary"] & ~self.table["constant"]]
        if rows.empty:
            return ""
        ron = ", ".join(_whole(f"{r.condition} {r.RoN:.3f}")
                        for r in rows.sort_values("RoN", kind="stable").itertuples())
        if self.ron_cut is None:
            return _note(f"consistent: inclN >= {self.benchmark:g}, consistency only; "
                         "relevance not judged (no ron_cut):",
                         f"read RoN ({ron}) and skew before calling one necessary:",
                         "a RoN near 0 marks a set close to constant, a superset of almost any outcome",
                         "(Schneider & Wagemann 2012; Oana, Schneider & Thomann 2021),", "with no agreed cut-off")
        low = [c for c in self.low_relevance if c not in self.constant]
        return _note(f"relevance judged at RoN >= {self.ron_cut:g} (the caller's ron_cut: no agreed cut-off);",
                     f"RoN {ron}" + (f"; low RoN: {', '.join(low)}" if low else "; none below it"))

    def __repr__(self) -> str:
        return (f"<NecessityResult {self.outcome}: {counted(len(self.table), 'literal')}, necessary at inclN >= "
                f"{self.benchmark:g}: {_listed(self.necessary) or 'none'}>")


@refuses_r_only_arguments("necessity")
def necessity(data: pd.DataFrame, outcome: str, conditions=None, benchmark: float = 0.9,
              case_column: str | None = None, skew_bounds=(0.2, 0.8),
              ron_cut: float | None = None) -> NecessityResult:
    """Necessity fit of each condition and its negation (multi-value: each value) for `outcome`
    ('Y', '~Y' or 'Y{v}'); `necessary` flags inclN ≥ benchmark (0.9 is a common choice: a convention, the figure
    not found in the works that cite it, standards.FLOORS).

    data, conditions (a list or 'A, B, C'; default: every other column) and case_column (the column of case
    names; default: the index) are read as truth_table() reads them. skew_bounds: (low, high) shares, 0 <= low <
    high <= 1; a set whose share of cases > 0.5 lies outside them is noted (a common condition is 'necessary'
    with a low RoN: check RoN; skew.py) and warned about; None: no check. ron_cut: None (default) leaves
    relevance unjudged, and the printout reads a literal at the benchmark 'consistent', with the RoN of each; a number in
    [0, 1] (the caller's choice: Schneider & Wagemann 2012, and Oana, Schneider & Thomann 2021, read a
    low RoN as a sign of low relevance without an agreed cut-off) marks each consistent literal 'relevant' or 'low
    RoN' (to_dict's `relevant`, `low_relevance`); the inclN, RoN and covN columns are R's either way.

    The notes (the data's own: memberships of 0.5, constant sets; skewed sets) are given as QCAWarnings, each once
    per process (skew.warn_notes), and kept in the result's `notes` and its to_dict(), as truth_table() keeps
    them; the printed table does not repeat them."""
    benchmark = _check_cut("benchmark", benchmark)
    ron_cut = None if ron_cut is None else _check_cut("ron_cut", ron_cut)
    from .skew import membership_warnings, warn_notes

    qd = prepare_data(data, outcome, conditions, case_column=case_column)
    notes = membership_warnings(qd, skew_bounds)
    warn_notes(notes)
    notes = list(qd.warnings) + notes  # the data's own notes (constant sets, memberships of 0.5), as truth_table()'s
    rows, cols = [], {}
    for _, _, name, m in _literals(qd):
        incl, rn, cov = _nec_fit(m, qd.y)
        necessary = bool(incl >= benchmark - CUT_TOLERANCE)
        rows.append({"condition": name, "inclN": incl, "RoN": rn, "covN": cov, "necessary": necessary,
                     "constant": necessary and bool(np.all(m == 1))})
        cols[name] = m
    table = pd.DataFrame(rows, index=pd.RangeIndex(1, len(rows) + 1))
    memberships = pd.DataFrame(cols, index=list(qd.cases))
    return NecessityResult(outcome=qd.outcome, table=table, benchmark=benchmark, memberships=memberships,
                           notes=tuple(notes), ron_cut=ron_cut)


# ---------------------------------------------------------------- superSubset
@shown_as_printed
@dataclass(frozen=True)
class SuperSubsetResult:
    """Expressions that pass the cut-offs as necessary (or sufficient) for the outcome, minimal ones only; for
    necessity, `constant` marks an expression held by every case (membership 1 everywhere, RoN 0), necessary for any
    outcome (a disjunction such as ~URB + IND where every case is in one of its literals)."""

    outcome: str
    relation: str
    table: pd.DataFrame          # expression, kind, and the three fit columns; index 1..n
    cuts: dict
    _members: "_Members" = field(repr=False, compare=False)   # what `memberships` is built from, on first use

    @property
    def memberships(self) -> pd.DataFrame:
        """Cases x expressions (R's "coms"): each case's membership in each expression of `table`, in its order.
        Built on first use and kept: at 100,000 cases and thousands of expressions it is gigabytes (2,665
        disjunctions of 10 crisp conditions: 2.1 GB), which super_subset made, twice over, for every call."""
        frame = self.__dict__.get("_memberships")
        if frame is None:
            frame = self._members.frame()
            object.__setattr__(self, "_memberships", frame)
        return frame

    @property
    def expressions(self) -> list[str]:
        """The expressions found, in the order of `table`."""
        return self.table["expression"].tolist()

    def to_frame(self) -> pd.DataFrame:
        """The expressions with their fit as a DataFrame (a copy of `table`): expression, kind and the fit columns."""
        return self.table.copy()

    def to_dict(self) -> dict:
        """The result as JSON-ready data: outcome, relation, the cut-offs and one record per expression (kind, fit,
        constant)."""
        cols = _NEC_COLS if self.relation == "necessity" else _SUF_COLS
        judged = ({"relevance_judged": self.cuts.get("ron_cut", 0.0) > 0}
                  if self.relation == "necessity" else {})   # ron_cut 0: every RoN passes, relevance not judged
        return {"outcome": self.outcome, "relation": self.relation, "cuts": dict(self.cuts), **judged,
                "rows": [{"expression": r["expression"], "kind": r["kind"], **{c: _clean(r[c]) for c in cols},
                          **({"constant": bool(r["constant"])} if "constant" in self.table.columns else {})}
                         for _, r in self.table.iterrows()]}

    trivial = renamed("trivial", "constant", "a set present in every case")

    @property
    def constant(self) -> list[str]:
        """Necessary expressions held by every case (membership 1 everywhere, RoN 0): necessary for any outcome."""
        if "constant" not in self.table.columns:
            return []
        return self.table.loc[self.table["constant"].astype(bool), "expression"].tolist()

    def __str__(self) -> str:
        cols = _NEC_COLS if self.relation == "necessity" else _SUF_COLS
        cuts = ", ".join(f"{k} = {v:g}" for k, v in self.cuts.items())
        head = f"{self.relation.capitalize()} relations with {self.outcome} ({cuts})"
        if width(head) > PRINT_WIDTH:   # the cut-offs on a line of their own (88 columns with a Chinese outcome)
            head = f"{self.relation.capitalize()} relations with {self.outcome}\n  ({cuts})"
        if self.table.empty:
            return head + "\n\nno expression passes the cut-offs"
        body = _fit_table(self.table["expression"].tolist(), self.table, cols)
        constant = self.constant
        if constant:
            body += _constant_note(constant, "holds in" if len(constant) == 1 else "hold in")
        if self.relation == "necessity":
            body += self._relevance_note()
        return head + "\n\n" + body

    def _relevance_note(self) -> str:
        """Whether the list judged relevance: with ron_cut 0 every RoN passes, so each expression is consistent
        with necessity (inclN, covN) and not yet judged relevant; the lowest RoN are named."""
        ron_cut = float(self.cuts.get("ron_cut", 0.0))
        if ron_cut > 0:
            return _note(f"relevance judged at RoN >= {ron_cut:g} (the caller's ron_cut: no agreed cut-off);",
                         "expressions below it were dropped, as R's superSubset drops them")
        rows = self.table[~self.table["constant"].astype(bool)] if "constant" in self.table.columns else self.table
        if rows.empty:
            return ""
        low = rows.sort_values("RoN", kind="stable").head(3)
        ron = ", ".join(_whole(f"{r['expression']} {r['RoN']:.3f}") for _, r in low.iterrows())
        return _note("consistent with necessity at these cut-offs; relevance not judged (ron_cut 0):",
                     f"read RoN before calling one necessary (lowest: {ron}):",
                     "a RoN near 0 marks a set close to constant, a superset of almost any outcome",
                     "(Schneider & Wagemann 2012; Oana, Schneider & Thomann 2021),", "with no agreed cut-off")

    def __repr__(self) -> str:
        return (f"<SuperSubsetResult {self.relation} with {self.outcome}: {counted(len(self.table), 'expression')}: "
                f"{_listed(self.expressions, ' | ') or 'none'}>")


@dataclass(frozen=True)
class _Members:
    """The memberships of super_subset's expressions, kept as what makes them: the literals' memberships of the
    cases, and each expression's literals and kind (a conjunction takes their minimum, a disjunction the maximum)."""

    cases: list
    literals: list                 # each literal's memberships of the cases
    expressions: list              # (name, literal indices, kind) in the table's order

    def frame(self) -> pd.DataFrame:
        """Cases x expressions, one array (each expression's memberships contiguous) and no copy of it."""
        n = len(self.cases)
        out = np.empty((len(self.expressions), n))
        for row, (_, combo, kind) in zip(out, self.expressions):
            op = np.minimum if kind == "conjunction" else np.maximum
            row[:] = self.literals[combo[0]]
            for i in combo[1:]:
                op(row, self.literals[i], out=row)
        return pd.DataFrame(out.T, columns=[name for name, _, _ in self.expressions], index=self.cases, copy=False)


def _crisp_patterns(X: np.ndarray, members: list, y: np.ndarray):
    """(first case of each distinct pattern of conditions and outcome, how many cases share it as floats) when every
    membership (each literal's, the outcome's) is 0 or 1; None otherwise. Sums of memberships of 0 or 1 are whole
    numbers, exact in any order, so a sum over the cases is the sum over the patterns weighted by their counts, to the
    bit: super_subset's search then runs over at most 2^(k+1) patterns of k crisp conditions (2,048 at 10, for
    100,000 cases). Fuzzy sums depend on their order and stay over the cases."""
    if not all(np.all((m == 0) | (m == 1)) for m in [*members, y]):
        return None
    _, first, counts = np.unique(np.column_stack([X, y]), axis=0, return_index=True, return_counts=True)
    return first, counts.astype(float)


def _count_candidates(levels: Sequence[int], depth: int) -> int:
    """Number of combinations of at most `depth` literals from distinct conditions."""
    poly = [1]                                  # coefficients of Π(1 + L_j t), truncated at depth
    for lv in levels:
        nxt = poly + [0]
        for s in range(len(poly)):
            nxt[s + 1] += poly[s] * lv
        poly = nxt[:depth + 1]
    return sum(poly[1:])


def _sort_key(item, k):
    """inclN (or inclS) descending, fewer literals first, conjunctions before disjunctions, then the
    order of R's implicant matrix (first condition most significant; value v coded v+1)."""
    combo, kind, fit = item
    code = [0] * k
    for j, v in combo:
        code[j] = v + 1
    return (-fit[0], len(combo), kind != "conjunction", code)


def _minimal_passing(conds: Sequence[int], start_size: int, depth: int, step, judge, skip=None) -> list:
    """The minimal passing combinations of literals (at most one per condition, `start_size` to `depth` of them):
    those that pass and contain no smaller passing one; a passing one is not grown further. skip holds for every
    superset of a combination it holds for (such combinations are neither judged nor grown).

    conds[i] is literal i's condition (literals in condition order). Depth-first: a combination's parent is the
    combination without its first literal, and its children add one literal of an earlier condition, in literal
    order, after the single literals in their order. So every combination comes after all its sub-combinations (its
    conditions, as a bit mask, count up), and after its parent, whose state stays on the stack: step(state, i,
    level) is the parent's state (None for no literal; level: the parent's size) with literal i added, one pass over
    the cases per candidate instead of one per literal, and at most `depth` states alive at a time. A combination is
    judged when every sub-combination one literal shorter (from start_size on) was judged failing (a look-up of their
    codes in the failures), which is the level-wise search's rule, so the same combinations are judged and pass.
    judge(combo, state) -> (passes, fit); passes None: it fails and so does every combination containing it (the
    sufficiency search's covS, which only falls as literals are added), so none of them is judged or grown: it is
    not counted among the failures a larger combination needs. Comparing each candidate with every passing combination made the search
    quadratic (13 conditions ran past 200 s); folding each candidate's literals afresh took as many passes over the
    cases as it had literals (super_subset's 59,048 candidates at 10 conditions: 81 s of CPU at 100,000 cases)."""
    first: dict[int, int] = {}      # condition -> its first literal
    for i, j in enumerate(conds):
        first.setdefault(j, i)
    base = max((conds.count(j) for j in first), default=0) + 1
    # code of a combination: the sum of its literals' own codes (value + 1) * base ** condition, distinct for each
    own = [(i - first[j] + 1) * base ** j for i, j in enumerate(conds)]
    failed: set[int] = set()        # codes of the combinations judged failing
    out = []

    def visit(combo, code, state):
        if len(combo) >= depth:
            return
        for i in range(first[conds[combo[0]]] if combo else len(conds)):
            child = (i,) + combo
            if skip is not None and skip(child):
                continue
            child_code = code + own[i]
            if len(child) > start_size and any(child_code - own[t] not in failed for t in combo):
                continue                # a sub-combination passed, or was not judged
            child_state = step(state, i, len(combo))
            if len(child) >= start_size:
                passes, fit = judge(child, child_state)
                if passes:
                    out.append((child, fit))
                    continue
                if passes is None:
                    continue
                failed.add(child_code)
            visit(child, child_code, child_state)

    visit((), 0, None)
    return sorted(out, key=lambda item: len(item[0]))     # smallest first, as the level-wise search listed them


def _work_meter(n_candidates: int, scored_over: int, budget: int, what: str):
    """A function to call once per candidate scored (over `scored_over` cases or patterns): it counts the work
    done and, past `budget`, refuses, naming the candidates scored, the work, the budget and what to change. When
    the n_candidates combinations of literals fit the budget nothing is counted, as before the work was counted
    (necessity scores a combination as a conjunction and as a disjunction when both searches reach it)."""
    if n_candidates * scored_over <= budget:
        return lambda: None
    scored = 0

    def spend():
        nonlocal scored
        scored += 1
        if scored * scored_over > budget:
            raise QCAComplexityError(
                f"the search scored {scored:,} {what}: {scored * scored_over:,} of work exceed max_work = "
                f"{budget:,} before it ended; pass a smaller depth (e.g. depth=3) or raise max_work "
                "(CLI: --max-work)")
    return spend


@refuses_r_only_arguments("super_subset")
def super_subset(data: pd.DataFrame, outcome: str, conditions=None, relation: str = "necessity",
                 incl_cut: float = 1.0, cov_cut: float = 0.0, ron_cut: float = 0.0, pri_cut: float = 0.0,
                 depth: int | None = None, case_column: str | None = None,
                 max_candidates: int | None = None, max_work: int | None = None,
                 skew_bounds=(0.2, 0.8)) -> SuperSubsetResult:
    """Minimal expressions passing the cut-offs (R QCA's superSubset, reproduced on its reference output).

    necessity: every conjunction of literals with inclN ≥ incl_cut and covN ≥ cov_cut (R lists them all,
    e.g. LIT, STB and LIT*STB), and every disjunction of literals that passes and is not a superset of an
    expression already found (it contains no literal of a passing conjunction and no passing smaller
    disjunction). sufficiency: conjunctions with inclS ≥ incl_cut and covS ≥ cov_cut that have no passing
    sub-conjunction. The measures are measures.py's: inclN = Σmin(X,Y) / ΣY, covN = Σmin(X,Y) / ΣX, inclS and covS
    (Ragin 2006), RoN = Σ(1−X) / Σ(1−min(X,Y)) (Schneider & Wagemann 2012), PRI (Ragin 2008). `depth` bounds the
    number of literals (None: every condition). data, conditions and case_column
    are read as truth_table() reads them; their skewed sets are warned of as necessity() warns of them (skew_bounds,
    None: no check). ron_cut (necessity) and pri_cut (sufficiency; each
    refused above 0 for the other relation, which R ignores silently) then drop expressions from that list, as R's superSubset does: an expression they drop still passed the search,
    so its supersets are not searched in its place (~B failing pri_cut does not bring A*~B in). A cut of 0 drops
    nothing: an expression whose RoN or PRI is undefined (0/0, shown '-') stays listed, as R keeps it (its C code
    scores 0/0 as 0 and keeps 0 >= 0); a positive cut drops it.

    Every expression takes at most one literal per condition, as R's: its candidates are the rows of the implicant
    matrix (each condition absent or at one value, prod(levels + 1) - 1 of them), for disjunctions too. So a union
    of levels of one multi-value condition, such as DEV[1] + DEV[2] (DEV not at level 0), is not searched, in R or
    here, however necessary it is (on LM, DEV[1] + DEV[2] has inclN 1 and covN 0.8 and is not listed; nor is A + ~A
    for crisp and fuzzy sets, always necessary for crisp sets). Test such a union with pof('DEV[1] + DEV[2]', data,
    outcome, relation='necessity'), or recode the condition into a set of its own (DEV >= 1).

    max_candidates (default MAX_CANDIDATES, 2,000,000; CLI --max-candidates) bounds the candidate expressions
    (prod(levels + 1) - 1 up to `depth` literals: 59,048 at 10 crisp conditions, 1,594,322 at 13): more are refused
    before any is scored. Each candidate takes about one pass over the cases (two for sufficiency; crisp data: over
    its distinct patterns). max_work (default MAX_WORK, 10,000,000,000; CLI --max-work) bounds the candidates
    scored times the cases each is scored over (crisp data: its distinct patterns of conditions and outcome), the
    search's work, counted as it goes: a search passing it is stopped there and refused, naming the candidates
    scored, the work, the budget and the flag. The search prunes (supersets of a passing expression are not
    searched, nor, for sufficiency, those of a conjunction below cov_cut, whose covS can only fall), so it often
    scores far fewer than all the candidates: 12 fuzzy conditions at 100,000 cases (531,440 candidates, 5.3e10 if
    every one were scored) take 1.2 s at incl_cut=0.9; at incl_cut=1 nothing passes, every candidate would be
    scored, and the default budget stops the search after about 6 s. When every candidate fits the budget nothing
    is counted.
    """
    from .skew import membership_warnings, warn_notes

    relation = check_relation(relation, super_subset=True)
    incl_cut = _check_cut("incl_cut", incl_cut)
    cov_cut = _check_cut("cov_cut", cov_cut)
    ron_cut = _check_cut("ron_cut", ron_cut)
    pri_cut = _check_cut("pri_cut", pri_cut)
    unused = ("ron_cut", ron_cut, "RoN", "necessity") if relation == "sufficiency" else ("pri_cut", pri_cut, "PRI",
                                                                                        "sufficiency")
    if unused[1] > 0:   # R ignores it without a word: a cut the user set would silently filter nothing
        raise QCAInputError(f"{unused[0]}={unused[1]:g} applies to relation={quoted(unused[3], as_written=True)} only "
                            f"({unused[2]} is a "
                            f"measure of {unused[3]}); with relation={quoted(relation, as_written=True)} leave it 0, "
                            "or use "
                            f"{'pri_cut' if relation == 'sufficiency' else 'ron_cut'}")
    qd = prepare_data(data, outcome, conditions, case_column=case_column)
    warn_notes(membership_warnings(qd, skew_bounds))
    k = qd.k
    if depth is None:
        depth = k
    if isinstance(depth, bool) or not isinstance(depth, (int, np.integer)) or not 1 <= depth <= k:
        raise QCAInputError(f"depth must be an integer from 1 to the number of conditions ({k}), got {quoted(depth)}"
                            f"{text_number_hint(depth, whole=True)}")
    depth = int(depth)
    budget = MAX_CANDIDATES if max_candidates is None else whole("max_candidates", max_candidates)
    work_budget = MAX_WORK if max_work is None else whole("max_work", max_work)
    n_candidates = _count_candidates(qd.noflevels, depth)
    if n_candidates > budget:
        raise QCAComplexityError(
            f"{n_candidates:,} candidate expressions of up to {depth} literals over {k} conditions "
            f"({len(qd.y):,} cases) exceed max_candidates = {budget:,}; pass a smaller depth (e.g. depth=3) or "
            f"raise max_candidates (CLI: --max-candidates)")

    lits = _literals(qd)
    by_cond: list[list[int]] = [[] for _ in range(k)]
    for idx, (j, _, _, _) in enumerate(lits):
        by_cond[j].append(idx)
    y = qd.y
    tol = CUT_TOLERANCE
    conds = [j for j, _, _, _ in lits]
    y_sum = y.sum()
    # the search's arrays: over the cases, or over the distinct patterns of crisp cases, each sum weighted by its count
    patterns = _crisp_patterns(qd.X, [m for _, _, _, m in lits], y)
    lit_x = [m if patterns is None else m[patterns[0]] for _, _, _, m in lits]
    y_over = y if patterns is None else y[patterns[0]]
    lit_y = [np.minimum(m, y_over) for m in lit_x]   # min(L, Y) of every literal
    total = np.sum if patterns is None else (lambda a, counts=patterns[1]: a @ counts)
    scored_over = len(lit_x[0]) if lit_x else 0
    over = f"{scored_over:,} cases" if patterns is None else \
        f"{scored_over:,} distinct crisp patterns of {len(y):,} cases"
    spend = _work_meter(n_candidates, scored_over, work_budget,
                        f"candidate expressions ({n_candidates:,} combinations of up to {depth} literals over {k} "
                        f"conditions), each over {over}")
    buffers = [[np.empty(len(lit_y[0]) if lit_y else 0) for _ in range(depth)]   # a candidate's arrays by its size
               for _ in range(2)]                                               # X and min(X, Y)

    def name(combo, joiner):
        return joiner.join(lits[i][2] for i in combo)

    def extensions(combo):
        last = lits[combo[-1]][0] if combo else -1
        for j in range(last + 1, k):
            for i in by_cond[j]:
                yield combo + (i,)

    found = []   # (combo as tuple of literal indices, kind, fit)
    if relation == "necessity":
        # conjunctions: inclN can only fall when a literal is added, so grow only passing-incl ones
        level = [(i,) for i in range(len(lits))]
        conj_literals: set[int] = set()
        while level:
            nxt = []
            for combo in level:   # over the cases, or the crisp patterns weighted by their counts
                spend()
                fit = _nec_fit(_combined(np.minimum, [lit_x[i] for i in combo]), y_over, total, y_sum)
                if not fit[0] >= incl_cut - tol:
                    continue
                if fit[2] >= cov_cut - tol:
                    found.append((combo, "conjunction", fit))
                    conj_literals.update(combo)
                if len(combo) < depth:
                    nxt.extend(extensions(combo))
            level = nxt

        # disjunctions: smallest first; stop growing a disjunction once it passes. X and min(X, Y) of a disjunction
        # are the maxima of its literals' L and min(L, Y) (exact: min and max pick one of their operands and
        # distribute), one np.maximum each with the parent's. min(X, Y) is grown for every candidate; X only for one
        # reaching inclN (and, once, for its parents), as most candidates fail inclN at a high cut. inclN and covN
        # are then the same sums of the same arrays as _nec_fit's (crisp patterns: whole numbers, exact in any
        # order), so a candidate failing either needs nothing else; only one that passes both is scored afresh, for
        # RoN. Scoring every candidate that reached inclN afresh (its X folded again from its literals) took 87 s at
        # 100,000 fuzzy cases x 10 conditions (59,048 candidates), most of them then failing covN.
        def disjunction_step(state, i, level):   # [parent, literal, size - 1, min(X, Y), X once grown]
            spend()
            both = lit_y[i] if state is None else np.maximum(state[3], lit_y[i], out=buffers[1][level])
            return [state, i, level, both, None]

        def disjunction_x(state):
            if state[4] is None:   # the parent's X stays valid while its children are searched (one buffer a size)
                parent, i, level = state[:3]
                state[4] = lit_x[i] if parent is None else np.maximum(disjunction_x(parent), lit_x[i],
                                                                      out=buffers[0][level])
            return state[4]

        def disjunction_fit(combo, state):
            s_both = total(state[3])
            if not (_ratio(s_both, y_sum) >= incl_cut - tol and
                    _ratio(s_both, total(disjunction_x(state))) >= cov_cut - tol):
                return False, None
            fit = _nec_fit(state[4], y_over, total, y_sum)   # X grown by disjunction_x above
            return fit[0] >= incl_cut - tol and fit[2] >= cov_cut - tol, fit

        found += [(combo, "disjunction", fit) for combo, fit in _minimal_passing(
            conds, 2, depth, disjunction_step, disjunction_fit,
            skip=lambda combo: bool(conj_literals.intersection(combo)))]  # superset of a necessary conjunction
    else:
        # X and min(X, Y) of a conjunction: the parent's with one np.minimum each; PRI only for one that passes
        def conjunction_step(state, i, level):
            spend()
            if state is None:
                return lit_x[i], lit_y[i]
            return (np.minimum(state[0], lit_x[i], out=buffers[0][level]),
                    np.minimum(state[1], lit_y[i], out=buffers[1][level]))

        def conjunction_fit(combo, state):
            s_both = total(state[1])
            if not _ratio(s_both, y_sum) >= cov_cut - tol:
                # min(X, Y) of a conjunction with more literals is smaller case by case, and so is its sum (rounding
                # is monotonic; crisp: whole numbers): covS only falls, and no conjunction containing this one passes
                return None, None
            if not _ratio(s_both, total(state[0])) >= incl_cut - tol:
                return False, None
            fit = _suf_fit(_combined(np.minimum, [lits[i][3] for i in combo]), y)
            return fit[0] >= incl_cut - tol and fit[2] >= cov_cut - tol, fit

        found += [(combo, "conjunction", fit) for combo, fit in _minimal_passing(
            conds, 1, depth, conjunction_step, conjunction_fit)]
    second_cut = ron_cut if relation == "necessity" else pri_cut  # fit[1]: RoN or PRI, applied after the search
    # a cut of 0 filters nothing, as pri_cut = 0 in truth_table(): an undefined RoN (every case in X and Y) or PRI
    # (no case clearly in X) must not drop an expression that passed, e.g. ~A with inclS = 1
    if second_cut > 0:
        found = [item for item in found if item[2][1] >= second_cut - tol]

    found.sort(key=lambda item: _sort_key(([(lits[i][0], lits[i][1]) for i in item[0]], item[1], item[2]), k))
    cols = _NEC_COLS if relation == "necessity" else _SUF_COLS
    rows, expressions = [], []
    for combo, kind, fit in found:
        expr = name(combo, "*" if kind == "conjunction" else " + ")
        rows.append({"expression": expr, "kind": kind, **dict(zip(cols, fit))})
        expressions.append((expr, combo, kind))
    extra = []
    if relation == "necessity":   # held by every case (membership 1 everywhere, RoN 0): necessary for any outcome
        extra = ["constant"]
        for r in rows:
            # X is 1 in every case exactly when Σ(1 - X), RoN's numerator, is 0: RoN is then 0, or undefined (0/0)
            # when Y is 1 everywhere too; otherwise the denominator Σ(1 - min(X, Y)) >= Σ(1 - X) > 0 and RoN > 0
            r["constant"] = not r["RoN"] > 0
    table = pd.DataFrame(rows, columns=["expression", "kind", *cols, *extra],
                         index=pd.RangeIndex(1, len(rows) + 1))
    if not rows:   # the dtypes of a full table, not object columns (pd.concat with one kept inclN numeric)
        table = table.astype({"expression": str, "kind": str, **dict.fromkeys(cols, float),
                              **dict.fromkeys(extra, bool)})
    cuts = {"incl_cut": incl_cut, "cov_cut": cov_cut}
    cuts.update({"ron_cut": ron_cut} if relation == "necessity" else {"pri_cut": pri_cut})
    members = _Members(cases=list(qd.cases), literals=[m for _, _, _, m in lits], expressions=expressions)
    return SuperSubsetResult(outcome=qd.outcome, relation=relation, table=table, cuts=cuts, _members=members)
