"""Standards of good practice for a QCA result, each computed from the results: what a referee of a QCA paper checks.

The standards follow Schneider & Wagemann (2010, "Standards of good practice in QCA and fuzzy sets"; 2012),
Greckhamer et al. (2018, "Studying configurations with QCA: best practices") and Oana, Schneider & Thomann (2021),
in this module's own words (each cited as a work, without a chapter or page: none could be checked against the text). Each row of the report says what the standard asks (`asks`), what this
analysis has (`has`, computed from the truth table, the solutions and whatever else the caller passes: never typed),
a `status` and an `evidence` level:

status (STATUSES): 'met'; 'not met'; 'not applicable' (the standard has nothing to judge here, e.g. the PRI of
positive rows when no row is positive), with the reason; "compendium's reading" (the facts are given, and whether
they satisfy the standard is a judgement the code cannot make, e.g. how a contradictory row was coded).

evidence (analysis.claims.EVIDENCE_LEVELS, read here for a standard): 'independent' (the status is computed from the
results by the rule the row states: a threshold, a count), 'by construction' (the status records which steps the
caller took and passed, e.g. which solutions are reported or that a necessity analysis exists: that the step was
taken, not how well) and "compendium's reading" (the status rests on a judgement: the directional expectations
behind the counterfactuals, the coding of a contradictory row, conclusions under several models). Each level is
about the analysis the report was given, whose data are right there: 'independent' says the status follows from those
data by the row's rule, not that the data are evidence about anything beyond themselves. Whether they are (cases
built to fit a published result, a simulation) is the caller's to say: a caller reading the report about a claim
the data were made to fit takes each level by its own rule and keeps this one beside it.

The floors (INCL_FLOOR, NECESSITY_FLOOR, PRI_FLOOR, CASES_RETAINED_FLOOR, and skew.DEFAULT_SKEW_BOUNDS) are named so
that a reader sees which rule a status applies. Each was looked up in the stored public material at hand (FLOORS says
what was found for each): none of the figures was found in the cited works' own text, so each is a convention the
compendium applies, and the row that applies one says so where it applies it ('0.75 (a convention: ...)'); a status
that applies one rests on that convention, not on a rule the sources are quoted for.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .display import PRINT_WIDTH, shown, shows_long_names, wrap, wrapped
from .errors import QCAInputError, in_number, quoted
from .errors import counted as _counted
from .minimize import SOLUTION_KINDS
from .r_calls import refuses_r_only_arguments

__all__ = ["good_practice", "GoodPracticeReport", "benchmark_sentence", "STATUSES", "EVIDENCE", "COLUMNS",
           "CONVENTION", "counted", "remainders_used", "implausible_calibration", "CALIBRATION_RULE"]

STATUSES = ("met", "not met", "not applicable", "compendium's reading")
EVIDENCE = ("independent", "compendium's reading", "by construction")   # analysis.claims.EVIDENCE_LEVELS
COLUMNS = ["standard", "source", "asks", "has", "status", "evidence"]
#: The lowest raw consistency of a sufficient truth-table row (and of a solution): a convention (FLOORS).
INCL_FLOOR = 0.75
#: The lowest inclN of a condition read as necessary: a convention (FLOORS).
NECESSITY_FLOOR = 0.9
#: PRI below this in a positive row: a subset of the outcome and of its negation alike: a convention (FLOORS).
PRI_FLOOR = 0.5
#: The share of cases the frequency threshold should keep in rows that count: a convention (FLOORS).
CASES_RETAINED_FLOOR = 0.8
#: What a look-up in the stored public material at hand (documentation, pages, code) found for each floor, for the
#: figure itself: none was found in the cited works' own text (not stored there), so every floor is a convention. Only
#: what was found is said; no quotation or page is claimed.
FLOORS = {
    "INCL_FLOOR": {"value": INCL_FLOOR, "cited": "Schneider & Wagemann 2012; Greckhamer et al. 2018",
                   "found": "the figure not found in the works' text; R package QCA3's consistGap documents the advice "
                            "to place the cut in the largest gap between row consistencies rather than at a fixed "
                            "value, citing Schneider & Wagemann 2010 (the row asks for the gap too)"},
    "NECESSITY_FLOOR": {"value": NECESSITY_FLOOR, "cited": "Schneider & Wagemann 2012; Oana, Schneider & Thomann 2021",
                        "found": "the figure not found in the works' text; Schneider 2018 (Political Analysis, "
                                 "'Realists and idealists in QCA') names empirical consistency, empirical relevance "
                                 "and conceptual meaningfulness as the criteria of a necessity claim, no figure in the "
                                 "part stored"},
    "PRI_FLOOR": {"value": PRI_FLOOR, "cited": "Greckhamer et al. 2018; Oana, Schneider & Thomann 2021",
                  "found": "the figure not found in the works' text (only third-party notes attribute it to "
                           "Greckhamer et al. 2018)"},
    "CASES_RETAINED_FLOOR": {"value": CASES_RETAINED_FLOOR, "cited": "Greckhamer et al. 2018",
                             "found": "the figure not found in the work's text (only third-party notes attribute it "
                                      "to Greckhamer et al. 2018)"},
    "DEFAULT_SKEW_BOUNDS": {"value": (0.2, 0.8), "cited": "Schneider & Wagemann 2012; Oana, Schneider & Thomann 2021",
                            "found": "no bound found in the works' text; SetMethods' skew.check (by one of the cited "
                                     "authors) reports the number and share of cases above 0.5 in each set, with no "
                                     "bound"},
}
#: How the report says a floor of FLOORS is a convention (Paper A's checklist says its floor with it too).
CONVENTION = "(a convention: the figure was not found in the cited works' text)"
#: The words for a set whose share of cases sits on a skew bound itself (skew.at_bound), the skew row's and Paper A's
ON_BOUND = ("on a bound itself (not flagged: only a share beyond a bound is; skewed if the bound is read as "
            "inclusive)")
_TOL = 1e-12
KINDS = SOLUTION_KINDS
#: Robustness tests by the family of the analytic choice they vary (Oana & Schneider 2021's test set: calibration,
#: consistency and frequency thresholds; case selection beside it). A test kind is read by its name.
#: What a robustness test varies -> the kind of test it is: robustness_protocol's kinds (protocol.parse_tests: incl_cut,
#: pri_cut, n_cut, calibration, cases; '+' joins several) and the test keys they come from. A sweep is classified by
#: what it varies (its 'varies' column, else a name that is exactly one of these), never by words in its name.
VARIES_FAMILIES = {"incl_cut": "consistency threshold", "pri_cut": "consistency threshold",
                   "n_cut": "frequency threshold", "calibration": "calibration", "calibrate": "calibration",
                   "cases": "case selection", "drop_cases": "case selection", "keep_cases": "case selection"}
_VARIES_ALLOWED = "incl_cut, pri_cut, n_cut, calibration or cases ('+' joins several, as 'incl_cut+n_cut')"
_PROTOCOL_FAMILIES = ("calibration", "consistency threshold", "frequency threshold")


def _listed(items, most: int = 8) -> str:
    items = [str(i) for i in items]
    return ", ".join(items[:most]) + (f" and {len(items) - most} more" if len(items) > most else "")


#: '1 row', '6 rows': errors.counted, the engine's one rule for a count and its noun; good_practice's rows and Paper A's
#: checklist say their counts by it.
counted = refuses_r_only_arguments("counted")(_counted)


def _remainders(n: int) -> str:
    """'1 remainder', '6 remainders': a count of remainders said in the singular or plural it takes."""
    return counted(n, "remainder")


def _rows_listed(rows) -> str:
    """'row 30', 'rows 46, 48': the rows _listed gives, headed in the singular or plural they take."""
    rows = list(rows)
    return f"row{'' if len(rows) == 1 else 's'} {_listed(rows)}"


def _row(standard, source, asks, has, status, evidence) -> dict:
    assert status in STATUSES and evidence in EVIDENCE, (status, evidence)
    return {"standard": standard, "source": source, "asks": asks, "has": has, "status": status, "evidence": evidence}


@dataclass(frozen=True)
@shows_long_names
class GoodPracticeReport:
    """The result of good_practice(): the outcome analysed and `rows`, one per standard (COLUMNS: standard,
    source, asks, has, status, evidence). print() shows each standard with its status and what the analysis has;
    to_frame() and to_dict() give the same rows; counts() the number of standards per status."""

    outcome: str
    rows: tuple

    @refuses_r_only_arguments("GoodPracticeReport.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The report as a DataFrame, one row per standard, in COLUMNS' order."""
        return pd.DataFrame(list(self.rows), columns=COLUMNS)

    @refuses_r_only_arguments("GoodPracticeReport.counts")
    def counts(self) -> dict:
        """The number of standards per status, every status named (0 when none)."""
        return {s: sum(r["status"] == s for r in self.rows) for s in STATUSES}

    @refuses_r_only_arguments("GoodPracticeReport.counts_text")
    def counts_text(self) -> str:
        """'met 9, not met 3, not applicable 1, compendium's reading 3 (of 16 standards)'."""
        return ", ".join(f"{s} {n}" for s, n in self.counts().items()) + f" (of {len(self.rows)} standards)"

    @refuses_r_only_arguments("GoodPracticeReport.to_dict")
    def to_dict(self) -> dict:
        """JSON-ready: the outcome, the counts per status and the standards (one record per row)."""
        return {"outcome": self.outcome, "statuses": list(STATUSES), "evidence_levels": list(EVIDENCE),
                "counts": self.counts(), "standards": [dict(r) for r in self.rows]}

    def __str__(self) -> str:
        """Within 80 columns (display.PRINT_WIDTH): the heading wrapped between the counts ('not met 7' kept on one
        line; the first line keeps 'for Y: ', where notebook 03 names its data source), further lines indented; each
        standard's line ('- model ambiguity: met [independent]', one line: the workshop's Chinese line reads it),
        what the analysis has wrapped below it by display width."""
        counts = ", ".join(f"{s} {n}".replace(" ", "\xa0") for s, n in self.counts().items())
        head = f"Standards of good practice for {self.outcome}: {counts}\xa0(of\xa0{len(self.rows)}\xa0standards)"
        lines = [line.replace("\xa0", " ") for line in wrapped(head)]
        for r in self.rows:
            lines.append(f"- {r['standard']}: {r['status']} [{r['evidence']}]")
            lines += wrap(r["has"], PRINT_WIDTH, "    has: ", "         ", break_on_hyphens=False,
                          break_long_words=False)   # a term, a name, "0.2-0.8" kept whole
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<GoodPracticeReport for {self.outcome}: {self.counts_text()}>"

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self) if cycle else str(self))


# ------------------------------------------------------------------ inputs
def _solutions(source):
    """(truth table, {kind: Solution}) from a TruthTable, a Solution, a mapping or a sequence of Solutions."""
    from .solution import Solution
    from .truth_table import TruthTable

    if isinstance(source, TruthTable):
        return source, {}
    if isinstance(source, Solution):
        sols = [source]
    elif isinstance(source, Mapping):
        sols = list(source.values())
    elif isinstance(source, (list, tuple)):
        sols = list(source)
    else:
        raise QCAInputError(f"solutions must be a Solution from minimize(), a dict or list of them (one per kind: "
                            f"conservative, parsimonious, intermediate) or a TruthTable (no solution), got "
                            f"{type(source).__name__}")
    if not sols:
        raise QCAInputError("solutions is empty: give the Solutions from minimize(), or the TruthTable when no row "
                            "is positive")
    bad = [type(s).__name__ for s in sols if not isinstance(s, Solution)]
    if bad:
        raise QCAInputError(f"solutions must hold Solutions from minimize(), got {', '.join(bad)}")
    by_kind: dict = {}
    for s in sols:
        if s.kind in by_kind:
            raise QCAInputError(f"two {s.kind} solutions given: give one solution of each kind (conservative, "
                                "parsimonious, intermediate) of one analysis")
        by_kind[s.kind] = s
    tt = sols[0].truth_table
    other = [s.kind for s in sols[1:] if s.truth_table.signature != tt.signature or s.outcome != sols[0].outcome]
    if other:
        raise QCAInputError(f"the {', '.join(other)} {in_number(len(other), 'solution')} "
                            f"{'comes' if len(other) == 1 else 'come'} from another truth table than the "
                            f"{sols[0].kind} one: give the solutions of one analysis (one truth table)")
    return tt, {k: by_kind[k] for k in KINDS if k in by_kind}


def _necessity(necessity, benchmark):
    """(table with condition, inclN and a relevance column or none, benchmark, ron_cut) or None."""
    if necessity is None:
        return None
    from .necessity import NecessityResult

    if isinstance(necessity, NecessityResult):
        return necessity.table, necessity.benchmark, necessity.ron_cut
    if isinstance(necessity, pd.DataFrame):
        missing = [c for c in ("condition", "inclN") if c not in necessity.columns]
        if missing:
            raise QCAInputError(f"necessity table lacks the column(s) {', '.join(missing)}; it needs condition and "
                                f"inclN (and RoN or covN), as necessity(...).to_frame() gives; got columns "
                                f"{', '.join(map(str, necessity.columns))}")
        return _necessity_frame(necessity), float(benchmark), None
    raise QCAInputError(f"necessity must be a NecessityResult from necessity() or its table (a DataFrame with "
                        f"condition and inclN), got {type(necessity).__name__}")


def _necessity_frame(table: pd.DataFrame) -> pd.DataFrame:
    """A necessity table the caller built or edited, its measures as floats (text numbers read; NaN, an undefined
    measure as necessity() gives one, kept), or an error naming the column and the conditions: a cell that is no
    number was Python's bare 'could not convert string to float', a measure in percent (92.0 for 0.92) read as
    passing every benchmark, and a row without its condition listed as 'nan'."""
    names = table["condition"]
    blank = (names.isna() | (names.astype(str).str.strip() == "")).to_numpy()
    if blank.any():
        rows = ", ".join(str(i + 1) for i in np.flatnonzero(blank)[:5])
        one = int(blank.sum()) == 1
        raise QCAInputError(f"necessity table: {in_number(int(blank.sum()), 'row')} {rows} "
                            f"{'names' if one else 'name'} no condition (column 'condition' is empty); each "
                            "row names the literal it tests, e.g. 'DEV' or '~DEV'")
    out = table.copy()
    for col in ("inclN", "RoN", "covN"):
        if col not in out.columns:
            continue
        given = out[col]
        values = _numbers(given)
        wrong = (values.isna() & given.notna()).to_numpy() | (values < 0).to_numpy() | (values > 1).to_numpy()
        if wrong.any():
            listed = ", ".join(f"{str(n)!r}: {quoted(v)}" for n, v in zip(names[wrong][:5], given[wrong][:5]))
            pct = " (percentages? give them as shares, e.g. 0.92 for 92)" if (values[wrong] > 1).any() else ""
            raise QCAInputError(f"necessity table: column {col!r} must hold numbers in [0, 1], got {listed} for the "
                                f"{in_number(int(wrong.sum()), 'condition')} shown{pct}")
        out[col] = values.to_numpy()
    return out


def _negated_text(negated) -> str:
    """What the analysis of the negated outcome gave, in words ('' when none was given)."""
    from .solution import Solution

    if negated is None or negated is False:
        return ""
    if isinstance(negated, str):
        return negated.strip()
    if isinstance(negated, Solution):
        negated = [negated]
    sols = (list(negated.values()) if isinstance(negated, Mapping) else list(negated)
            if isinstance(negated, Iterable) else [negated])
    if not all(isinstance(s, Solution) for s in sols):
        raise QCAInputError("negated must be the Solution(s) of the negated outcome (a Solution, a dict or list of "
                            "them) or, when it has none, the finding in words (a str), got "
                            + (type(negated).__name__ if not isinstance(negated, Iterable) else
                               f"a {type(negated).__name__} holding {', '.join(sorted({type(s).__name__ for s in sols if not isinstance(s, Solution)}))}"))
    return "; ".join(f"{s.kind} {s.models[0].expression if s.models else '(none)'}"
                     + (f" ({'' if s.n_models_exact else 'at least '}{s.n_models} model{'s' if s.n_models > 1 else ''})"
                        if s.n_models > 1 or not s.n_models_exact else "")
                     + f" -> {s.outcome}" for s in sols)


# ------------------------------------------------------------------ the standards
def _crossover(tt) -> dict:
    qd = tt.data
    sets = [(c, qd.X[:, j]) for j, c in enumerate(qd.conditions) if qd.kinds[j] != "multi-value"] + [(qd.outcome, qd.y)]
    half = {name: [c for c, v in zip(qd.cases, x) if v == 0.5] for name, x in sets}
    half = {k: v for k, v in half.items() if v}
    kinds = pd.Series(list(qd.kinds)).value_counts()
    has = (f"{len(qd.cases)} cases; conditions: " + ", ".join(f"{n} {k}" for k, n in kinds.items()) + "; "
           + ("no membership at 0.5" if not half else "memberships at 0.5: " + "; ".join(
               f"{k} ({_listed(v, 5)})" for k, v in half.items())))
    return _row("memberships off the crossover", "Ragin 2008, ch. 5; Schneider & Wagemann 2010; 2012",
                "calibrated memberships (anchors stated and justified by the reader's knowledge of the cases), no case "
                "at exactly 0.5, which is neither in nor out of a set and belongs to no truth-table row",
                has, "not met" if half else "met", "independent")


def _skew(tt, bounds) -> dict:
    """The skewed-sets row: each set's share of cases read against `bounds`; with None (no check, as truth_table()'s
    and necessity()'s skew_bounds=None) the shares are reported and no set is flagged: 'not met', 'not checked'."""
    from .expressions import format_literal
    from .skew import DEFAULT_SKEW_BOUNDS, at_bound, check_bounds, is_skewed, multivalue_skew, skew_share_said

    bounds = check_bounds(bounds)
    qd = tt.data
    parts, skewed, on_bound = [], [], []
    for j, (name, x) in enumerate([*zip(qd.conditions, qd.X.T), (qd.outcome, qd.y)]):
        if j < len(qd.conditions) and qd.kinds[j] == "multi-value":   # each level holding cases is a set of its own
            # the shares do not depend on the bounds; without bounds none is read against them
            shares, scaled, flagged = multivalue_skew(x, qd.noflevels[j], bounds or DEFAULT_SKEW_BOUNDS)
            parts.append(", ".join(f"{format_literal(name, v, True)} "
                                   f"{skew_share_said(sh, bounds and (scaled, bounds[1]))}" for v, sh in shares)
                         + (f" (levels of {name}: lower bound {scaled:.3g})" if bounds else f" (levels of {name})"))
            skewed += [format_literal(name, v, True) for v in flagged] if bounds else []
            continue
        share = float((x > 0.5).mean())
        half = int((np.asarray(x, dtype=float) == 0.5).sum())   # counted out of the share: said, so that a set
        parts.append(f"{name} {skew_share_said(share, bounds)}" + (f" ({half} at exactly 0.5)" if half else ""))   # at 0.5 reads as ambiguous
        if bounds and is_skewed(share, bounds):
            skewed.append(name)
        elif bounds and at_bound(share, bounds):
            on_bound.append(f"{name} {skew_share_said(share, bounds)}")
    multi = "multi-value" in qd.kinds
    asks = ("the share of cases in each condition and in the outcome reported; skewed sets (most cases on one side) "
            "flagged, since they make consistency and necessity cheap")
    src = "Schneider & Wagemann 2012; Oana, Schneider & Thomann 2021"
    if bounds is None:
        has = ("share of cases in each set (membership > 0.5" + ("; each level of a multi-value condition" if multi
                                                                else "")
               + "): " + ", ".join(parts) + "; not checked: skewed sets (skew_bounds=None, --skew-bounds none: no "
               "bounds, so no set is flagged; bounds such as (0.2, 0.8) flag them)")
        return _row("skewed set memberships", src, asks, has, "not met", "by construction")
    low, high = bounds
    has = ("share of cases in each set (membership > 0.5" + ("; each level of a multi-value condition, the lower bound "
                                                            "scaled by 2/L for L levels" if multi else "")
           + f"), bounds {low:g}-{high:g} (the caller's skew_bounds, a convention: SetMethods' skew.check reports the "
           "shares without a bound): " + ", ".join(parts)
           + ("; skewed: " + ", ".join(skewed) if skewed else "; no set skewed")
           + (f"; {ON_BOUND}: " + ", ".join(on_bound) if on_bound else ""))
    if skewed:
        has += " (a high consistency or coverage involving them can be misleadingly high: read RoN and the cases)"
    return _row("skewed set memberships", src, asks, has,
                "compendium's reading" if skewed else "met", "compendium's reading" if skewed else "independent")


def _relevance_cut(ron_cut, relevance_cut, measure: str):
    """The cut the relevance `measure` is read against: a NecessityResult's ron_cut (a RoN cut) for RoN when it
    carries one, else the caller's relevance_cut (None: relevance not judged)."""
    return ron_cut if measure == "RoN" and ron_cut is not None else relevance_cut


def _necessity_row(nec, relevance_cut, measure: str = "RoN") -> dict:
    asks = (f"necessity analysed on its own and before sufficiency, each condition and its negation, with a "
            f"consistency benchmark of at least {NECESSITY_FLOOR:g} {CONVENTION} and a relevance measure (RoN or "
            "covN)")
    src = "Schneider & Wagemann 2010; 2012; Oana, Schneider & Thomann 2021"
    if nec is None:
        return _row("necessity before sufficiency", src, asks, "no necessity analysis given", "not met",
                    "by construction")
    table, benchmark, ron_cut = nec
    cut = _relevance_cut(ron_cut, relevance_cut, measure)
    rel = [c for c in ("RoN", "covN") if c in table.columns]
    passing = table[table["inclN"].astype(float) >= benchmark - _TOL]
    fits = [f"{r['condition']} (inclN {float(r['inclN']):.3f}"
            + "".join(f", {c} {float(r[c]):.3f}" for c in rel) + ")" for _, r in passing.iterrows()]
    judged = "" if cut is None else f" ({'' if measure == 'RoN' else measure + ' '}relevant from {cut:g})"
    has = (f"{len(table)} literals tested at inclN >= {benchmark:g}; relevance: "
           + (", ".join(rel) + judged if rel else "none reported")
           + "; consistent with necessity: " + (_listed(fits) if fits else "none")
           + "; run before the truth table (the caller's order of steps)")
    low = benchmark < NECESSITY_FLOOR - _TOL
    if low:
        has += f"; the benchmark {benchmark:g} is below {NECESSITY_FLOOR:g}"
    return _row("necessity before sufficiency", src, asks, has, "not met" if low or not rel else "met",
                "by construction")


def _consistency_row(tt) -> dict:
    ic1, ic0 = tt.incl_cut
    obs = tt.rows[tt.rows["n"] > 0]
    incl = obs["incl"].astype(float)
    below, above = incl[incl < ic1 - _TOL], incl[incl >= ic1 - _TOL]
    has = f"incl_cut {ic1:g}" + (f" (rows from {ic0:g} coded C)" if ic0 < ic1 - _TOL else "") + "; observed rows: "
    if len(below) and len(above):
        has += (f"highest below the cut {below.max():.3f}, lowest at or above it {above.min():.3f} (a gap of "
                f"{above.min() - below.max():.3f})")
    else:
        has += f"every one {'at or above' if len(above) else 'below'} the cut"
    low = ic1 < INCL_FLOOR - _TOL
    if low:
        has += f"; incl_cut is below {INCL_FLOOR:g}"
    return _row("raw consistency threshold", "Schneider & Wagemann 2012; Greckhamer et al. 2018",
                "a consistency cut for a sufficient row placed in a gap between the observed row consistencies "
                f"and stated, and at least {INCL_FLOOR:g} {CONVENTION}", has, "not met" if low else "met",
                "independent")


def _pri_row(tt) -> dict:
    pos = tt.rows[tt.rows["OUT"].astype(str) == "1"]
    asks = (f"the PRI of every row coded sufficient reported and at least {PRI_FLOOR:g} {CONVENTION}: a row with a "
            "lower PRI is a subset of the outcome and of its negation alike")
    src = "Greckhamer et al. 2018; Oana, Schneider & Thomann 2021"
    if pos.empty:
        return _row("PRI of the sufficient rows", src, asks, "no row is coded sufficient (OUT = 1)", "not applicable",
                    "independent")
    pri = pos["PRI"].astype(float)
    weak = pri[pri < PRI_FLOOR - _TOL]
    has = (f"{counted(len(pos), 'row')} coded sufficient, PRI " + ", ".join(f"row {r} {v:.3f}" for r, v in pri.items())
           + f"; pri_cut {tt.pri_cut:g}")
    if all(k == "crisp" for k in tt.data.kinds):
        has += "; crisp sets: PRI equals incl in every row"
    if len(weak):
        has += f"; below {PRI_FLOOR:g}: {_rows_listed(weak.index)}"
    return _row("PRI of the sufficient rows", src, asks, has, "not met" if len(weak) else "met", "independent")


def _frequency_row(tt) -> dict:
    n_total = len(tt.data.cases)
    obs = tt.rows[tt.rows["n"] > 0]
    dropped = obs[obs["n"] < tt.n_cut]
    kept = int(obs["n"].sum()) - int(dropped["n"].sum())
    share = kept / n_total if n_total else 1.0
    from .skew import share_said   # not '80%' of 1,998 of 2,500 cases, below the floor of 80%

    has = (f"n_cut {tt.n_cut}: {kept} of {n_total} cases ({share_said(share, (_retained,))}) in rows that count"
           + (f"; {counted(len(dropped), 'observed row')} with fewer cases left as remainders" if len(dropped) else ""))
    return _row("frequency threshold", "Greckhamer et al. 2018; Schneider & Wagemann 2012",
                f"a frequency cut stated and keeping at least {CASES_RETAINED_FLOOR:.0%} {CONVENTION} of the cases "
                "in rows that count", has, "met" if _retained(share) else "not met", "independent")


def _retained(share: float) -> bool:
    """Whether the frequency row's share of cases in rows that count reaches CASES_RETAINED_FLOOR (within rounding)."""
    return share >= CASES_RETAINED_FLOOR - _TOL


def _contradictions_row(tt) -> dict:
    from .diagnostics import contradictions

    c = contradictions(tt)
    asks = ("rows with cases on both sides of the outcome reported, with how each was treated (resolved, or coded by "
            "the consistency cut)")
    src = "Rihoux & De Meur 2009; Schneider & Wagemann 2012"
    if c.empty:
        return _row("contradictory rows", src, asks, "no observed row has cases on both sides of the outcome", "met",
                    "independent")
    parts = [f"row {r.row} ({len(r.cases_in_outcome_list)} in, {len(r.cases_not_in_outcome_list)} out; incl "
             f"{r.incl:.3f}): coded OUT = {r.OUT}" for r in c.itertuples()]
    return _row("contradictory rows", src, asks, f"{counted(len(c), 'row')}: " + "; ".join(parts)
                + " (whether coding by the cut is the right treatment is a judgement)", "compendium's reading",
                "compendium's reading")


def _diversity_row(tt) -> dict:
    total = tt.n_configurations
    observed = int((tt.rows["n"] > 0).sum())
    rem = total - observed
    from .skew import share_said   # not '100%' of 4,081 remainders of 4,096 configurations (15 observed)

    has = (f"{len(tt.data.cases)} cases, {len(tt.conditions)} conditions: {observed} of {total:,} configurations "
           f"observed, {rem:,} logical remainders ({share_said(rem / total)})")
    return _row("limited diversity", "Schneider & Wagemann 2010; 2012",
                "the number of logical remainders reported, and the assumptions made about them made explicit (the "
                "rows on counterfactuals below)", has, "met", "by construction")


def _types_row(sols, no_positive) -> dict:
    asks = "the conservative, parsimonious and intermediate solutions reported (the intermediate usually discussed)"
    src = "Schneider & Wagemann 2012; Greckhamer et al. 2018"
    if not sols:
        if no_positive:
            return _row("solution types reported", src, asks, "no row is coded sufficient: no sufficient "
                        "configuration, a finding reported as one", "not applicable", "independent")
        return _row("solution types reported", src, asks, "no solution given", "not met", "by construction")
    missing = [k for k in KINDS if k not in sols]
    return _row("solution types reported", src, asks, "reported: " + ", ".join(sols)
                + (f"; missing: {', '.join(missing)}" if missing else ""), "not met" if missing else "met",
                "by construction")


#: Share of random outcome assignments fitting as well from which a solution's fit is read as carrying no evidence (a
#: permutation test's usual 5% level; Braumoeller 2015): good_practice's fit row given a permutation benchmark
RANDOM_FIT_LEVEL = 0.05
_BENCHMARK_KEYS = ("share_fitting_as_well", "assignments", "n_positive", "exact")


def _benchmark(benchmark) -> dict | None:
    """good_practice's benchmark argument checked: None, or permutation_benchmark()'s result (a mapping with
    share_fitting_as_well, assignments, n_positive and exact, as permutation_benchmark.csv's row has them)."""
    if benchmark is None:
        return None
    missing = [k for k in _BENCHMARK_KEYS if not isinstance(benchmark, Mapping) or k not in benchmark]
    if missing:
        raise QCAInputError("benchmark must be permutation_benchmark()'s result (a mapping with "
                            f"{', '.join(_BENCHMARK_KEYS)}), got {type(benchmark).__name__}"
                            + (f" without {', '.join(missing)}" if isinstance(benchmark, Mapping) else ""))
    try:
        share, n, k = float(benchmark["share_fitting_as_well"]), int(benchmark["assignments"]), \
            int(benchmark["n_positive"])
    except (TypeError, ValueError):
        raise QCAInputError("benchmark's share_fitting_as_well must be a number in [0, 1] or NaN and its assignments "
                            "and n_positive whole numbers, got "
                            + ", ".join(f"{key} {benchmark[key]!r}" for key in _BENCHMARK_KEYS[:3])) from None
    if not (share != share or 0 <= share <= 1) or n < 0 or k < 0:
        raise QCAInputError(f"benchmark's share_fitting_as_well must be in [0, 1] or NaN, got {share:g}")
    return {"share": share, "n": n, "k": k, "exact": bool(benchmark["exact"])}


def random_fit_as_good(share: float) -> bool:
    """Whether random outcomes fit as well often enough (a share of the permutation benchmark's assignments of
    RANDOM_FIT_LEVEL or more, within rounding) for inclS and covS to carry no evidence (Braumoeller 2015): the one
    rule of the fit row, benchmark_sentence and Paper A's limited-diversity item."""
    return share >= RANDOM_FIT_LEVEL - _TOL


def _share_said(share: float) -> str:
    """The benchmark's share as a percentage, rounded to whole percents unless that says something the share does not
    (then with as many decimals as it takes, up to six): '0%' only when no assignment fits as well, '100%' only when
    every one does, and never the level's own figure for a share below it ('5% ... (below 5%)' for 0.0496)."""
    from .skew import share_said   # the one rule for a share in words, the skew notes' too

    return share_said(share, (random_fit_as_good,))


def _benchmark_text(b: dict) -> str:
    """The fit row's words on the permutation benchmark (its 'has' after the fits): benchmark_sentence's, headed."""
    return "permutation benchmark (Braumoeller 2015): " + _benchmark_said(b)


def _benchmark_said(b: dict, outcome: str | None = None) -> str:
    """benchmark_sentence on a checked benchmark (_benchmark's dict)."""
    what = f"{b['k']} positive outcomes" + (f" ({outcome} = 1)" if outcome else "")
    if b["share"] != b["share"]:
        return (f"no positive row, so none of the {b['n']:,} assignments of {what} is compared with the observed "
                "outcome")
    return (f"{_share_said(b['share'])} of the {b['n']:,} {'possible' if b['exact'] else 'drawn'} assignments of {what} to the "
            "cases fit at least as well as the observed outcome"
            + (": inclS and covS carry no evidence here" if random_fit_as_good(b["share"]) else
               f" (below {RANDOM_FIT_LEVEL:.0%}: random outcomes seldom fit as well)"))


@refuses_r_only_arguments("benchmark_sentence")
def benchmark_sentence(benchmark, outcome: str | None = None) -> str:
    """What permutation_benchmark()'s result (Braumoeller 2015) says of the fit, in the words of good_practice's fit
    row, the one sentence every report of it uses: the share of the (possible or drawn) assignments of the positive
    outcomes to the cases fitting at least as well as the observed outcome and, from RANDOM_FIT_LEVEL on, that inclS
    and covS carry no evidence here (below it, that random outcomes seldom fit as well); without a positive row, that
    nothing is compared. outcome: the outcome's name, said after the count ('8 positive outcomes (EFF = 1)'); None
    (the fit row): the count alone. A benchmark of another form is refused naming benchmark, as good_practice does;
    analysis.workshop.benchmark_sentence_zh says it in Chinese. For a write-up of one's own result:

        b = permutation_benchmark(data, "Y", ["A", "B", "C"], incl_cut=0.8)
        benchmark_sentence(b, "Y")   # 'N% of the ... assignments of K positive outcomes (Y = 1) to the cases ...'"""
    if outcome is not None and (not isinstance(outcome, str) or not outcome.strip() or "(" in outcome or ")" in outcome):
        raise QCAInputError(f"outcome must be the outcome's name (text without brackets) or None, got {quoted(outcome)}")
    if benchmark is None:
        raise QCAInputError(f"benchmark must be permutation_benchmark()'s result (a mapping with "
                            f"{', '.join(_BENCHMARK_KEYS)}), got None")
    return _benchmark_said(_benchmark(benchmark), outcome and outcome.strip())


def _fit_row(sols, benchmark=None) -> dict:
    asks = f"the consistency and coverage of each solution reported, consistency at least {INCL_FLOOR:g} {CONVENTION}"
    src = "Schneider & Wagemann 2012; Greckhamer et al. 2018"
    if not sols:
        return _row("solution fit", src, asks, "no solution", "not applicable", "independent")
    parts, lowest = [], 1.0
    for kind, s in sols.items():
        fits = [m.fit for m in s.models]
        inc = [float(f["inclS"]) for f in fits]
        cov = [float(f["covS"]) for f in fits]
        lowest = min([lowest, *inc])
        rng = (lambda v: f"{min(v):.3f}" if max(v) - min(v) < 5e-4 else f"{min(v):.3f}-{max(v):.3f}")
        parts.append(f"{kind} inclS {rng(inc)}, covS {rng(cov)}" + (f" ({len(fits)} models)" if len(fits) > 1 else ""))
    low = lowest < INCL_FLOOR - _TOL
    return _row("solution fit", src, asks, "; ".join(parts) + (f"; below {INCL_FLOOR:g}" if low else "")
                + (f"; {_benchmark_text(benchmark)}" if benchmark is not None else ""),
                "not met" if low else "met", "independent")


def _model_rows(tt, m) -> set | None:
    """The remainders a model covers (its simplifying assumptions, or for an intermediate model the easy
    counterfactuals it uses), None when too many to list."""
    from .find_rows import rows_in_expression

    sa = m.simplifying_assumptions
    if sa is not None:
        return {int(r) for r in sa.index}
    try:
        return set(rows_in_expression(tt, m.expression)) - set(tt.excluded)
    except QCAInputError:
        return None


@refuses_r_only_arguments("remainders_used")
def remainders_used(sols, kinds=KINDS) -> tuple[set, bool]:
    """The remainders (truth-table row numbers) the models of the solutions of `kinds` use, and whether every model's
    could be listed: good_practice's ESA row reads it, and Paper A's two definitions of contradictory easy
    counterfactuals read the same. sols: {kind: Solution}, as a MinimizeResult's solutions; kinds: the kinds to
    read. Each model's rows by _model_rows, which may enumerate remainders (good_practice asks once per solution,
    _used_by_kind)."""
    used, complete = set(), True
    for k, s in sols.items():
        if k not in kinds:
            continue
        for m in s.models:
            rows = _model_rows(s.truth_table, m)
            if rows is None:
                complete = False
            else:
                used |= rows
    return used, complete


def _used_by_kind(sols) -> dict:
    """remainders_used of each solution kind alone: {kind: (remainders, every model's listed)}, computed once for the
    rows that read them."""
    return {k: remainders_used(sols, (k,)) for k in sols}


def _union(used: dict, kinds=KINDS) -> tuple[set, bool]:
    """The remainders used by the solutions of `kinds` in `used` (_used_by_kind) and whether all were listed."""
    rows, complete = set(), True
    for k, (r, ok) in used.items():
        if k in kinds:
            rows |= r
            complete &= ok
    return rows, complete


def _negated_solutions(negated) -> dict:
    from .solution import Solution

    if isinstance(negated, Solution):
        return {negated.kind: negated}
    if isinstance(negated, Mapping):
        return {s.kind: s for s in negated.values() if isinstance(s, Solution)}
    if isinstance(negated, (list, tuple)):
        return {s.kind: s for s in negated if isinstance(s, Solution)}
    return {}


def _counterfactuals_row(sols, no_positive, used_by_kind) -> dict:
    asks = ("directional expectations stated; the easy and difficult counterfactuals of the intermediate solution "
            "told apart and listed")
    src = "Ragin 2008; Schneider & Wagemann 2012"
    inter = sols.get("intermediate")
    if inter is None:
        if no_positive or not sols:
            return _row("counterfactuals", src, asks, "no solution: no remainder is used", "not applicable",
                        "independent")
        used, _ = _union(used_by_kind)
        return _row("counterfactuals", src, asks, f"no intermediate solution; the solutions given use "
                    f"{_remainders(len(used))} without telling easy from difficult ones", "not met" if used else "not applicable",
                    "by construction")
    exp = inter.dir_exp or {}
    qd = inter.truth_table.data
    levels = dict(zip(map(str, qd.conditions), qd.noflevels))

    def sign(c, v) -> str:   # minimize keeps each condition's expected values as a set ({1} present), None for '-'
        vals = [] if v is None else sorted(v) if isinstance(v, (set, frozenset, list, tuple)) else [v]
        if not vals or len(vals) >= levels.get(str(c), 2):   # '-', or every level of the condition
            return "either (no expectation)"
        # a multi-value expectation of several levels ('DEV=1;2' of three) is one of them, not 'no expectation'
        crisp = levels.get(str(c), 2) == 2
        return ("present" if crisp and vals == [1] else "absent" if crisp and vals == [0] else
                "at " + " or ".join(str(x) for x in vals))
    easy, difficult, listed = set(), set(), True
    for pair in (inter.intermediate or {}).values():
        easy.update(int(r) for r in pair.easy_counterfactuals.index)
        if pair.difficult_counterfactuals is None:
            listed = False
        else:
            difficult.update(int(r) for r in pair.difficult_counterfactuals.index)
    has = ("directional expectations: " + (", ".join(f"{c} {sign(c, v)}" for c, v in exp.items()) or "none")
           + f"; easy counterfactuals: {_remainders(len(easy))}" + (f" ({_rows_listed(sorted(easy))})" if easy else "")
           + "; difficult: " + (_remainders(len(difficult)) if listed else "not listed (too many)")
           + "; whether the expectations are sound is a reading of theory")
    return _row("counterfactuals", src, asks, has, "met", "compendium's reading")


_LITERAL = re.compile(r"^(~?)([^~\s{}\[\]*+]+)(?:[{\[](\d+)[}\]])?$")


def _contradicting(tt, used: set, literal: str) -> list[int] | None:
    """The used remainders outside a literal ('SER', '~SER', 'X{1}'), or None when it is not a literal of tt."""
    from .truth_table import configs_of_rows

    m = _LITERAL.match(str(literal).strip())
    if not m or m.group(2) not in tt.conditions:
        return None
    if not used:
        return []
    j = list(tt.conditions).index(m.group(2))
    rows = sorted(used)
    vals = configs_of_rows(rows, tt.noflevels)[:, j]
    if m.group(3) is not None:
        inside = vals == int(m.group(3))
    else:
        inside = vals == (0 if m.group(1) else 1)
    if m.group(1) and m.group(3) is not None:
        inside = ~inside
    return [r for r, ok in zip(rows, inside) if not ok]


def _csa_removal(pars, neg_pars, csa: list[int]) -> str:
    """How to remove the contradictory simplifying assumptions `csa` of the parsimonious solutions `pars` (outcome)
    and `neg_pars` (its negation), and what doing it once more gives, computed: both truth tables with the rows
    blocked (esa.exclude_rows, as esa(contradictory_rows=...) does), minimised again as before, their shared
    remainders. ESA as SetMethods' esa() applies it blocks the rows it is given once; solutions minimised without
    them can meet on other remainders, so the step is checked, not assumed."""
    from .errors import QCAComplexityError
    from .esa import exclude_rows
    from .find_rows import contradictory_assumptions
    from .minimize import minimize

    how = (f"to remove them, block these rows for the outcome and for its negation (esa(..., contradictory_rows="
           f"[{', '.join(map(str, csa))}]) on each truth table) and minimise again")
    sols = []
    for s in (pars, neg_pars):
        t = exclude_rows(s.truth_table, csa, reason="contradictory simplifying assumptions (good_practice)")
        if not len(t.rows_with(["1"])):
            return (f"{how}: then {s.outcome} has no positive row left, so no solution (SetMethods' esa() blocks the "
                    "rows it is given once)")
        try:
            sols.append(minimize(t, include=list(s.include), explain=list(s.explain)))
        except (QCAInputError, QCAComplexityError) as err:
            return f"{how} (not done here: {err}; SetMethods' esa() blocks the rows it is given once)"
    again = contradictory_assumptions(*sols)
    return (f"{how}: the new parsimonious solutions share "
            + (f"{counted(len(again), 'other remainder')} ({_rows_listed(again)}): repeat the step" if again else "none")
            + " (SetMethods' esa() blocks the rows it is given once; repeating it is the user's step, checked here)")


def _esa_row(tt, sols, nec, negated, used_by_kind, relevance_cut=None, measure: str = "RoN") -> dict:
    """Untenable and contradictory assumptions: a remainder without a necessary condition counts as untenable by
    ESA_NECESSITY_RULE (esa()'s warnings apply the same rule): only when the condition is consistent and relevant;
    one of low relevance (or present in every case) counts none, and one whose relevance was not judged (no RoN cut)
    leaves it a reading."""
    from .errors import QCAComplexityError
    from .esa import ESA_NECESSITY_RULE, necessity_constrains
    from .find_rows import contradictory_assumptions
    from .solution import Solution

    asks = ("no untenable assumption: no remainder used that contradicts a condition consistent with necessity "
            "and relevant or is impossible, and no contradictory simplifying assumption (a remainder used for the outcome and "
            "for its negation); the blocked remainders stated (ESA)")
    src = "Schneider & Wagemann 2013; 2012"
    used, complete = _union(used_by_kind)
    if not sols:
        return _row("untenable and contradictory assumptions (ESA)", src, asks, "no solution: no remainder is used",
                    "not applicable", "independent")
    parts = ["remainders used by the models: " + ", ".join(f"{k} {len(used_by_kind[k][0])}" for k in sols)
             + ("" if complete else " (some models' too many to list)")]
    frame = tt.to_frame()
    observed = {r for r in tt.excluded if r in frame.index and frame.at[r, "n"] > 0}   # cases in the row
    blocked = [r for r in tt.excluded if r not in observed]
    recoded = [r for r in tt.excluded if r in observed]   # exclude= on an observed row recodes it OUT = 0 (esa)
    if blocked:
        parts.append(f"{_remainders(len(blocked))} blocked before minimising ({_rows_listed(blocked)})")
    if recoded:
        parts.append(f"{counted(len(recoded), 'observed row')} recoded as OUT = 0 by exclude ({_rows_listed(recoded)}): no "
                     "remainder, a change of the observed outcome")
    problems, unchecked = [], []
    negs = _negated_solutions(negated)
    pars = sols.get("parsimonious") or (sols["intermediate"].parsimonious if "intermediate" in sols else None)
    neg_pars = negs.get("parsimonious") or (negs["intermediate"].parsimonious if "intermediate" in negs else None)
    if pars is not None and neg_pars is not None:
        try:
            csa = contradictory_assumptions(pars, neg_pars)
            parts.append(f"parsimonious solutions of the outcome and of its negation share {_remainders(len(csa))}"
                         + (f" (contradictory simplifying assumptions: {_rows_listed(csa)}; "
                            f"{len(contradictory_assumptions(pars, neg_pars, models=['M1']))} between their first "
                            "models, as SetMethods' LR.intersect counts)" if csa else ""))
            if csa:
                problems.append("contradictory simplifying assumptions")
                parts.append(_csa_removal(pars, neg_pars, csa))
        except (QCAInputError, QCAComplexityError) as err:
            unchecked.append(f"contradictory simplifying assumptions ({err})")
    elif pars is not None and isinstance(negated, str) and negated.strip():
        # the negated outcome has no solution (its finding in words, as the good-practice command gives it when no
        # row of ~Y is positive): no remainder is used for it, so none is used for both (was: 'not checked', and the
        # standard 'not met', on an analysis that cannot have a contradictory simplifying assumption)
        parts.append(f"no contradictory simplifying assumption: the negated outcome has no solution ({negated.strip()})")
    elif pars is not None and not (complete and not used):
        unchecked.append("contradictory simplifying assumptions (no parsimonious solution of the negated outcome "
                         "given)")
    if "intermediate" in sols and "intermediate" in negs:
        mine, ok1 = used_by_kind["intermediate"]
        theirs, ok2 = remainders_used(negs, ("intermediate",))
        both = sorted(mine & theirs)
        parts.append(f"intermediate solutions of the outcome and of its negation share "
                     f"{counted(len(both), 'easy counterfactual')}" + (f" ({_rows_listed(both)})" if both else "")
                     + ("" if ok1 and ok2 else " (some models' remainders too many to list)"))
        if both:
            problems.append("contradictory easy counterfactuals")
    readings = []
    if complete and not used:   # every model of every solution from observed rows alone: nothing assumed
        parts.append("no model uses a remainder, so no assumption is untenable or contradictory")
    if nec is None:
        if not (complete and not used):
            unchecked.append("remainders contradicting necessity (no necessity analysis given)")
    else:
        table, benchmark, ron_cut = nec
        cut = _relevance_cut(ron_cut, relevance_cut, measure)
        for _, r in table[table["inclN"].astype(float) >= benchmark - _TOL].iterrows():
            fit = (f"inclN {float(r['inclN']):.3f}" + (f", {measure} {float(r[measure]):.3f}" if measure in table.columns
                                                       else ""))
            per_kind = {k: _contradicting(tt, used_by_kind[k][0], r["condition"]) for k in sols}
            if any(v is None for v in per_kind.values()):
                unchecked.append(f"remainders without {r['condition']} (not a literal of the truth table)")
                continue
            verdict, why = necessity_constrains(float(r["inclN"]), float(r[measure]) if measure in table.columns else
                                                None, benchmark, cut, constant=bool(r.get("constant", False)),
                                                measure=measure)
            bad = {k: v for k, v in per_kind.items() if v}
            uses = "; ".join(f"{k} solution: {len(v)} (rows {_listed(v)})" for k, v in bad.items())
            if verdict is False:   # consistent, not relevant: no remainder is untenable by it (ESA_NECESSITY_RULE)
                parts.append(f"remainders without {r['condition']} not counted: {r['condition']} is consistent with "
                             f"necessity ({fit}) but not relevant ({why}), so it makes no remainder untenable ("
                             + (f"used by the {uses}" if bad else "none used") + ")")
            elif bad:
                (problems if verdict else readings).append(f"remainders without {r['condition']}")
                parts.append(f"remainders without {r['condition']}, which is consistent with necessity ({fit}), used "
                             f"by the {uses}" + ("" if verdict else f" (whether they are untenable is a reading: {why})"))
            else:
                parts.append(f"no remainder without {r['condition']} (consistent with necessity, {fit}) is used")
        parts.append("rule: " + ESA_NECESSITY_RULE.replace("the benchmark", f"{benchmark:g}").replace(
            "RoN at least the relevance cut", f"{measure} at least " + (f"{cut:g}" if cut is not None else
                                                                          "a cut, none given")))
    if unchecked:
        parts.append("not checked: " + "; ".join(unchecked))
    status = "not met" if problems or unchecked else "compendium's reading" if readings else "met"
    return _row("untenable and contradictory assumptions (ESA)", src, asks, "; ".join(parts), status,
                "compendium's reading" if status == "compendium's reading" else "independent")


def _terms_in_every_model(sol) -> str:
    """The terms every model of a solution holds, as text ('none' if none): its `essential` list, but for an
    intermediate solution, whose essential list is its parsimonious solution's (as R's), the terms common to its
    (distinct) models, in the first model's order, said to be of the models listed when the list is cut or the count
    stopped."""
    if sol.kind != "intermediate":
        return ", ".join(sol.essential) or "none"
    models = list(sol.models)
    common = [t for t in (models[0].terms if models else ()) if all(t in m.terms for m in models[1:])]
    listed = " (in the models listed)" if common and (sol.partial or not sol.n_models_exact) else ""
    return (", ".join(common) or "none") + listed


def _ambiguity_row(sols) -> dict:
    from .solution import count_text

    asks = "every model of each solution reported (model ambiguity), and conclusions checked under each"
    src = "Baumgartner & Thiem 2017; Oana, Schneider & Thomann 2021"
    if not sols:
        return _row("model ambiguity", src, asks, "no solution", "not applicable", "independent")
    # a count stopped at max_work is a lower bound: 'at least N', never 'no ambiguity' on one model found
    counts = {k: (s.n_models, s.partial, s.n_models_exact, bool(s._count_stopped)) for k, s in sols.items()}
    has = "; ".join(f"{k} {count_text(n, exact)} model{'' if n == 1 else 's'}"
                    + (" (counting stopped at max_work)" if stopped else " (list cut)" if p else "")
                    for k, (n, p, exact, stopped) in counts.items())
    if all(n == 1 and exact for n, _, exact, _ in counts.values()):
        return _row("model ambiguity", src, asks, has + ": no ambiguity", "met", "independent")
    common = {k: _terms_in_every_model(s) for k, s in sols.items() if s.n_models > 1 or not s.n_models_exact}
    has += "; terms in every model: " + "; ".join(f"{k} {e}" for k, e in common.items())
    return _row("model ambiguity", src, asks, has + " (whether the conclusions hold under every model is read from "
                "them)", "compendium's reading", "compendium's reading")


def _negation_row(text, no_positive) -> dict:
    asks = "the outcome's negation analysed on its own (set relations are asymmetric), necessity and sufficiency"
    src = "Schneider & Wagemann 2010; Greckhamer et al. 2018"
    return _row("negated outcome analysed separately", src, asks, text or "not analysed",
                "met" if text else "not met", "by construction")


def _families(frame: pd.DataFrame) -> list[tuple[str, list[str] | None]]:
    """(sweep, the kinds of test it is) for each row of a sweeps table, read from what it varies: the 'varies' column
    (VARIES_FAMILIES' keys, '+'-joined; empty: not given), else the sweep's name when it is exactly such a parameter
    (robustness_protocol's kinds are); None when what it varies is not given. An unknown 'varies' is an error naming
    the row."""
    out = []
    given = frame["varies"] if "varies" in frame.columns else pd.Series("", index=frame.index)
    for i, (sweep, varies) in enumerate(zip(frame["sweep"], given), start=1):
        text = "" if varies is None or (isinstance(varies, float) and varies != varies) else str(varies).strip()
        parts = [p.strip() for p in (text or str(sweep).strip()).split("+")]
        unknown = [p for p in parts if p not in VARIES_FAMILIES]
        if text and unknown:
            raise QCAInputError(f"robustness: row {i} (sweep {quoted(str(sweep))}), column 'varies': {quoted(unknown[0])} is not a "
                                f"parameter a test varies; allowed: {_VARIES_ALLOWED}")
        out.append((str(sweep), None if unknown else list(dict.fromkeys(VARIES_FAMILIES[p] for p in parts))))
    return out


def _numbers(given: pd.Series) -> pd.Series:
    """A column of a table the caller gave, as floats: numbers and numbers written as text (blanks around them
    ignored) read, anything else NaN for the caller to name."""
    return pd.to_numeric(given.astype(object).map(lambda v: v.strip() if isinstance(v, str) else v),
                         errors="coerce").astype(float)


def _yes_no_column(frame: pd.DataFrame, column: str) -> pd.Series:
    """A robustness table's column of True / False (1 / 0 too), or an error naming the rows: astype(bool) read the text
    'False' (a table typed or read as text) as True, a test with power, and failed on a missing cell with Python's
    bare 'cannot convert float NaN to bool'."""
    values = frame[column].astype(object).tolist()
    wrong = [(i, v) for i, v in enumerate(values, start=1)
             if isinstance(v, (str, bytes)) or v is None or v is pd.NA or not (v in (True, False) or v in (0, 1))]
    if wrong:
        listed = ", ".join(f"row {i} (sweep {quoted(str(frame['sweep'].iloc[i - 1]))}): {quoted(v)}" for i, v in wrong[:5])
        how = (f"a text such as 'False' is no boolean: give True / False, e.g. df[{column!r}] = "
               f"df[{column!r}].map({{'True': True, 'False': False}})" if any(isinstance(v, str) for _, v in wrong)
               else "say for each sweep whether it has power")
        raise QCAInputError(f"robustness: column {column!r} must hold True or False (or 1 / 0) in every row, got {listed}; "
                            f"{how}")
    return pd.Series([bool(v) for v in values], index=frame.index)


def _count_column(frame: pd.DataFrame, column: str) -> pd.Series:
    """A robustness table's column of counts (truth_table_changed: the settings that change the truth table) as
    floats, or an error naming the rows: astype(float) failed on a cell that is no number with Python's bare 'could
    not convert string to float', and a missing cell (NaN, pandas' NA) was read as 0, a test without power."""
    given = frame[column].astype(object)
    values = _numbers(given)
    wrong = [i for i, ok in enumerate(np.isfinite(values.to_numpy()) & (values.to_numpy() >= 0), start=1) if not ok]
    if wrong:
        listed = ", ".join(f"row {i} (sweep {quoted(str(frame['sweep'].iloc[i - 1]))}): {quoted(given.iloc[i - 1])}"
                          for i in wrong[:5])
        raise QCAInputError(f"robustness: column {column!r} must hold a count (0, 1, 2, ...: the settings that change "
                            f"the truth table) in every row, got {listed}")
    return values


def _robustness_row(robustness, tt=None) -> dict:
    from .protocol import RobustnessProtocol

    asks = ("robustness tested by plausible alternative calibrations, consistency and frequency thresholds (and case "
            "selection), each test able to change the truth table")
    src = "Oana & Schneider 2021; Schneider & Wagemann 2012; Greckhamer et al. 2018"
    if robustness is None:
        return _row("robustness tests", src, asks, "no robustness test given", "not met", "by construction")
    frame = robustness.sweeps if isinstance(robustness, RobustnessProtocol) else robustness
    if not isinstance(frame, pd.DataFrame) or "sweep" not in frame.columns:
        raise QCAInputError("robustness must be a RobustnessProtocol from robustness_protocol() or a DataFrame with a "
                            f"'sweep' column (one row per kind of test), got {type(robustness).__name__}")
    if "has_power" in frame.columns:
        power = _yes_no_column(frame, "has_power")
    elif "power" in frame.columns and frame["power"].dtype == bool:
        power = frame["power"]
    else:
        col = next((c for c in ("truth_table_changed", "change_table") if c in frame.columns), None)
        power = _count_column(frame, col) > 0 if col else pd.Series(True, index=frame.index)
    alternatives = _alternatives(frame)
    # the tests that are no plausible alternative (a consistency cut below INCL_FLOOR, a frequency cut keeping too few
    # cases, a recalibration by CALIBRATION_RULE), judged before power: a sweep none of whose settings is plausible is
    # said so, not powerless (_plausible_sweeps)
    low = _implausible_tests(robustness, frame)
    few = _few_cases_tests(robustness, frame, tt) if tt is not None else []
    uncrossed, no_plausible_calibration = _implausible_calibrations(robustness, frame)
    plausible = _plausible_sweeps(robustness, frame, low, few)
    fam, unclassified = {}, []
    for (sweep, families), p, alt, q in zip(_families(frame), power, alternatives, plausible):
        if families is None:
            unclassified.append(sweep)
        for part in families or ():   # 'incl_cut+n_cut': both families
            # a powerless sweep none of whose settings is plausible: said once, by its implausibility
            # (_NO_PLAUSIBLE_SETTING), neither powerless nor with an alternative
            fam.setdefault(part, []).append((sweep, bool(p), alt and (q or bool(p)), not q and not p))
    has = "; ".join(f"{f}: " + ", ".join(f"{s}" + (_NO_PLAUSIBLE_SETTING if x else "" if p else
                                                   " (powerless: no setting changes the truth table)" if a
                                                   else " (no alternative: every setting is the analysis' own)")
                                         for s, p, a, x in items) for f, items in fam.items())
    if unclassified:   # a name is no evidence of what a sweep varies ('include' is no consistency threshold)
        has += (("; " if has else "") + "not classified: " + ", ".join(unclassified) + " (what it varies is not "
                f"given: a 'varies' column names it, {_VARIES_ALLOWED}; counted in no kind of test)")
    parts: dict = {}   # _no_alternative_part of a kind, computed once (its rule reads the whole truth table)

    def no_alternative(f: str) -> tuple[str, bool]:
        if f not in parts:
            parts[f] = _no_alternative_part(f, tt)
        return parts[f]

    missing = [f for f in _PROTOCOL_FAMILIES if f not in fam]
    # no frequency sweep at all and no plausible n_cut to try (computed on the reported truth table) is said as a
    # sweep whose settings are all the analysis' own (below), not 'not tested'; a kind absent otherwise is not tested
    none_to_try = [f for f in missing if tt is not None and f == "frequency threshold" and no_alternative(f)[1]]
    missing = [f for f in missing if f not in none_to_try]
    # a kind whose every sweep holds no setting but the analysis' own tried no alternative at all: not 'powerless'
    # (its settings leave the truth table as it is) but untested, or, for a threshold, without a plausible
    # alternative to try (_no_alternative_part: computed on the reported truth table)
    # (a powerless sweep with no plausible setting counts as neither powerless nor untested: a kind whose every sweep
    # is one is said by the parts on implausible tests below)
    implausible_only = [f for f in _PROTOCOL_FAMILIES if f in fam and all(x for *_, x in fam[f])]
    unoffered = [f for f in _PROTOCOL_FAMILIES if f not in implausible_only and (
        (f in fam and not any(p or a for _, p, a, _ in fam[f])) or f in none_to_try)]
    powerless = [f for f in _PROTOCOL_FAMILIES if f in fam and f not in unoffered and f not in implausible_only
                 and not any(p for _, p, _, _ in fam[f])]
    if missing:
        has += ("; " if has else "") + "not tested: " + ", ".join(missing)
    # a powerless consistency sweep where no plausible incl_cut (INCL_FLOOR to 1) changes the reported truth table at
    # all is powerless by the data: the threshold cannot change the solution in that range, which is what a test of it
    # asks (Paper A's checklist says it in the same words); not 'no evidence either way'
    by_data = [f for f in powerless if f == "consistency threshold" and tt is not None and not _plausible_incl_cuts(tt)]
    powerless = [f for f in powerless if f not in by_data]
    if powerless:   # run, but no plausible setting moves a row across it: robust by the data, or untested? a reading
        has += ("; no test with power of: " + ", ".join(powerless) + " (its settings leave the truth table as it is: "
                "no evidence either way)")
    if by_data:
        has += (f"; the consistency sweep is powerless by the data: no incl_cut from {INCL_FLOOR:g} {CONVENTION} to 1 "
                "changes the truth table (no observed row's consistency lies between such a cut and the analysis' "
                "own), so within that range the consistency threshold cannot change the solution")
    untested = []
    for f in unoffered:
        part, plausible_none = no_alternative(f)
        has += "; " + part
        if not plausible_none:
            untested.append(f)
    if low:   # Oana & Schneider 2021 ask for plausible alternatives; the floor is good_practice's consistency row's
        has += (f"; {in_number(len(low), 'test')} with a consistency cut below {INCL_FLOOR:g} {CONVENTION}: "
                + ", ".join(f"{label} (incl_cut {v:g})" for label, v in low)
                + ", not a plausible alternative (Oana & Schneider 2021 ask for plausible ones)")
    if few:   # the frequency row's floor: an n_cut keeping fewer cases is no more plausible than the analysis' own
        has += (f"; {in_number(len(few), 'test')} with a frequency cut keeping fewer than "
                f"{CASES_RETAINED_FLOOR:.0%} {CONVENTION} of the cases in rows that count: "
                + ", ".join(f"{label} (n_cut {c}: {kept} of {total} cases)" for label, c, kept, total in few)
                + ", not a plausible alternative (Oana & Schneider 2021 ask for plausible ones)")
    if no_plausible_calibration:   # every recalibration tried is no plausible alternative: said of the kind
        has += (f"; calibration: none is plausible of the {counted(len(uncrossed), 'recalibration')} tried "
                f"({CALIBRATION_RULE}): " + "; ".join(uncrossed))
    elif uncrossed:
        has += (f"; {in_number(len(uncrossed), 'recalibration')} tried with no plausible alternative "
                f"({CALIBRATION_RULE}): " + "; ".join(uncrossed))
    status = ("not met" if missing or untested else "compendium's reading" if powerless or by_data or low or few
              or unoffered or uncrossed else "met")
    return _row("robustness tests", src, asks, has, status, "compendium's reading" if status == "compendium's reading"
                else "independent")


#: The mark of a powerless sweep none of whose settings is a plausible alternative (the robustness row's parts on
#: implausible tests name why), in place of 'powerless': implausibility takes precedence, since a test set holds
#: plausible alternatives (Oana & Schneider 2021), so an implausible setting's leaving the truth table as it is says
#: nothing of the result's robustness; nor is its kind 'without a test with power'. A sweep with power whose settings
#: are all implausible is listed unmarked, as before: the parts on implausible tests are its one remark.
_NO_PLAUSIBLE_SETTING = " (no plausible setting: whether it changes the truth table is not read)"


def _plausible_sweeps(robustness, frame: pd.DataFrame, low, few) -> list[bool]:
    """Whether each sweep (row of `frame`) tried some setting that is a plausible alternative: False where every
    setting it tried is no plausible alternative (`low`: a consistency cut below INCL_FLOOR; `few`: a frequency cut
    keeping too few cases; a recalibration by CALIBRATION_RULE). A RobustnessProtocol's sweep holds the tests of its
    kind (their labels); a table's sweep the settings of its 'cut_offs' ('; '-joined, as robustness_protocol says
    them) or, without them, of its 'calibration_sides'; a sweep whose settings are not given is read as plausible."""
    from .protocol import RobustnessProtocol

    if isinstance(robustness, RobustnessProtocol):
        sides = robustness.calibration_sides
        bad = ({label for label, _ in low} | {label for label, *_ in few}
               | {label for label, facts in sides.items() if implausible_calibration(facts)})
        specs = robustness.specifications
        out = []
        for kind in frame["sweep"]:
            labels = specs.loc[specs["kind"] == kind, "label"].astype(str).tolist()
            out.append(not labels or not all(label in bad for label in labels))
        return out
    sides = _table_sides(frame)
    bad_calibration = {label for label, facts in sides.items() if implausible_calibration(facts)}
    low_at, few_at = set(low), {(label, c) for label, c, *_ in few}
    out = []
    for _, row in frame.iterrows():
        sweep = str(row["sweep"])
        cuts = row.get("cut_offs") if "cut_offs" in frame.columns else None
        if isinstance(cuts, (list, tuple)):
            settings = [str(c) for c in cuts]
        elif isinstance(cuts, str) and cuts.strip():
            settings = [c.strip() for c in cuts.split(";") if c.strip()]
        else:
            cell = row.get("calibration_sides") if "calibration_sides" in frame.columns else None
            settings = list(_table_sides(pd.DataFrame({"sweep": [sweep], "calibration_sides": [cell]}))) if cell else []

        def implausible(setting: str) -> bool:
            incl = {float(v) for v in re.findall(r"\bincl_cut=\(?\s*([0-9]*\.?[0-9]+)", setting)}
            n = {int(v) for v in re.findall(r"\bn_cut=\s*(\d+)", setting)}
            return (setting in bad_calibration or any((sweep, v) in low_at for v in incl)
                    or any((sweep, c) in few_at for c in n))

        out.append(not settings or not all(implausible(x) for x in settings))
    return out


def _alternatives(frame: pd.DataFrame) -> list[bool]:
    """Whether each sweep of a robustness table tried any setting but the analysis' own: False where its count of
    alternative settings (a numeric 'settings' column, as Paper A's sweep_power writes, or 'specifications', as a
    RobustnessProtocol's sweeps have) is 0; True where no such count is given."""
    for col in ("settings", "specifications"):
        if col in frame.columns and pd.api.types.is_numeric_dtype(frame[col]):
            return [not (v == 0) for v in frame[col].tolist()]
    return [True] * len(frame)


#: The kinds of test whose plausible alternatives _no_alternative_part computes on the reported truth table; the
#: calibration's cannot be: the table holds the memberships, not the raw values they were calibrated from.
_COMPUTED_PLAUSIBILITY = ("consistency threshold", "frequency threshold")


def _no_alternative_part(family: str, tt) -> tuple[str, bool]:
    """The robustness row's part on a kind of test none of whose sweeps tried a setting but the analysis' own, and
    whether that is because no plausible alternative exists, computed on the reported truth table `tt`. Frequency
    threshold: the n_cuts next to its own (n_cut - 1 from 2 up, n_cut + 1), each plausible when it keeps
    CASES_RETAINED_FLOOR of the cases in rows that count (the frequency row's rule; a larger n_cut keeps fewer, a
    smaller more, so the neighbours decide). Consistency threshold: the plausible incl_cuts are those from INCL_FLOOR
    to 1 (the consistency row's floor, a convention); one changes the truth table only where an observed row that
    counts has its consistency between it and the analysis' own (truth_table_power decides, blocked rows staying
    out), so with no such row from INCL_FLOOR up to below 1 every plausible incl_cut codes the rows alike: none to
    try. Calibration (the table holds memberships, not the raw values), or no table: untested."""
    untested = f"no alternative setting of {family}: every setting tried is the analysis' own, so it is untested"
    if family not in _COMPUTED_PLAUSIBILITY or tt is None:
        return untested, False
    if family == "consistency threshold":
        if _plausible_incl_cuts(tt):
            return untested, False
        own = tt.incl_cut[0] if isinstance(tt.incl_cut, (list, tuple, np.ndarray)) else tt.incl_cut
        return (f"no alternative setting of consistency threshold: none is plausible (every incl_cut from "
                f"{INCL_FLOOR:g} {CONVENTION} to 1 codes the observed rows as incl_cut {float(own):g} does: no "
                "row's consistency lies between them)"), True
    observed = tt.rows.loc[tt.rows["n"] > 0, "n"]
    total = len(tt.data.cases)
    near = [(c, int(observed[observed >= c].sum())) for c in (tt.n_cut - 1, tt.n_cut + 1) if c >= 1]
    plausible = [(c, kept) for c, kept in near if total and _retained(kept / total)]
    if plausible:
        return ("no alternative setting of frequency threshold, though "
                + ", ".join(f"n_cut {c} ({kept} of {total} cases in rows that count)" for c, kept in plausible)
                + " would be plausible: untested"), False
    return ("no alternative setting of frequency threshold: none is plausible ("
            + ", ".join(f"n_cut {c} keeps {kept} of {total} cases in rows that count" for c, kept in near)
            + f", fewer than {CASES_RETAINED_FLOOR:.0%} {CONVENTION})"), True


def _plausible_incl_cuts(tt) -> list[float]:
    """The incl_cuts from INCL_FLOOR to 1 that change the truth table `tt`, one per observed row whose code they
    change: for a row that counts (not blocked) with its consistency from INCL_FLOOR (or the analysis' own cut, when
    lower) up to below 1, the cut at its consistency (taken down to 3 decimals) when that lies below the analysis' own,
    else the next 3-decimal cut above it (INCL_FLOOR at least); truth_table_power keeps those that change the table
    (n_cut and pri_cut decide too)."""
    from .protocol import truth_table_power

    own = float(tt.incl_cut[0] if isinstance(tt.incl_cut, (list, tuple, np.ndarray)) else tt.incl_cut)
    # (an own cut below the floor: every plausible cut codes a row from it up to the floor otherwise)
    rows = tt.rows[(tt.rows["n"] > 0) & (tt.rows["incl"] >= min(own, INCL_FLOOR) - _TOL) & (tt.rows["incl"] < 1 - _TOL)]
    cuts = sorted({max(INCL_FLOOR, np.floor(float(i) * 1000 + 1e-9) / 1000) if float(i) < own - _TOL
                   else max(INCL_FLOOR, min(1.0, (np.floor(float(i) * 1000 + 1e-9) + 1) / 1000)) for i in rows["incl"]
                   if float(i) >= INCL_FLOOR - _TOL or float(i) >= own - _TOL})
    if not cuts:
        return []
    power = truth_table_power(tt, "incl_cut", cuts)
    return [float(c) for c, changes in zip(power["incl_cut"], power["changes_truth_table"]) if changes]


#: good_practice's rule on a recalibration (a robustness test's alternative calibration), computed where the
#: memberships before and after it are known (a RobustnessProtocol's tests recalibrate from the raw values; a sweeps
#: table gives each setting's calibration_sides in its column of that name): a reading of the compendium, after Oana &
#: Schneider 2021's plausible alternatives, not a figure of the cited works.
CALIBRATION_RULE = ("the compendium's reading: a plausible alternative calibration changes some membership (a case's "
                    "side of 0.5 or, in a fuzzy set, its degree) and leaves every set it recalibrates with cases on "
                    "both sides of 0.5")


def _sides_facts(facts) -> dict:
    """calibration_sides' facts of one recalibration as protocol.calibration_sides gives them, from that form or from
    RobustnessProtocol.to_dict()'s (one_sided as {set: side}); an error names what is missing."""
    if not isinstance(facts, Mapping) or not {"changed", "one_sided"} <= set(facts):
        raise QCAInputError("calibration_sides: each recalibration's facts must be a mapping with 'changed' ({set: "
                            "cases whose membership changes}) and 'one_sided' (the sets left on one side of 0.5), as "
                            f"protocol.calibration_sides gives them, got {quoted(facts)}")
    one = facts["one_sided"]
    one = list(one.items()) if isinstance(one, Mapping) else [tuple(pair) for pair in one]
    return {**facts, "one_sided": one}


@refuses_r_only_arguments("implausible_calibration")
def implausible_calibration(facts) -> str:
    """Why a recalibration is no plausible alternative by CALIBRATION_RULE, from its facts (protocol.calibration_sides:
    'changed', 'one_sided'): "changes no membership (the analysis' own calibration)", "leaves 'X' with every case
    below 0.5", joined by ' and '; '' when it is plausible. A fuzzy recalibration keeping every case on its side of 0.5
    is an alternative of degree, plausible: it can change the truth table through the consistencies (Paper A's fuzzy
    variant does). The one implementation of the rule: good_practice's robustness row and Paper A's sweep_power read
    it."""
    facts = _sides_facts(facts)
    why = [f"leaves {quoted(str(c), as_written=True)} with every case {side} 0.5" if side != "at" else
           f"leaves {quoted(str(c), as_written=True)} with every case at 0.5" for c, side in facts["one_sided"]]
    if not any(facts["changed"].values()):   # the analysis' own memberships: no alternative at all
        why.insert(0, "changes no membership (the analysis' own calibration)")
    return " and ".join(why)


def _table_sides(frame: pd.DataFrame) -> dict:
    """{setting: facts} of a sweeps table's optional column 'calibration_sides' (per sweep, {setting: facts} as a
    mapping or its JSON text, as Paper A's sweep_power writes it; empty cells: none), or an error naming the row."""
    import json

    if "calibration_sides" not in frame.columns:
        return {}
    out = {}
    for i, (sweep, cell) in enumerate(frame[["sweep", "calibration_sides"]].itertuples(index=False), start=1):
        if cell is None or cell is pd.NA or (isinstance(cell, float) and cell != cell) or cell == "":
            continue
        try:
            given = json.loads(cell) if isinstance(cell, str) else cell
            if not isinstance(given, Mapping):
                raise ValueError
            out.update({str(k): _sides_facts(v) for k, v in given.items()})
        except (ValueError, QCAInputError):
            raise QCAInputError(f"robustness: row {i} (sweep {quoted(str(sweep))}), column 'calibration_sides': "
                                f"{quoted(cell)} is no mapping of each setting to its calibration_sides (protocol."
                                "calibration_sides' 'moved', 'changed', 'one_sided'), nor its JSON text; leave the "
                                "cell empty for a sweep that recalibrates nothing") from None
    return out


def _implausible_calibrations(robustness, frame: pd.DataFrame | None = None) -> tuple[list[str], bool]:
    """The recalibrations that are no plausible alternative by CALIBRATION_RULE (implausible_calibration), each said
    with why ("test 'a' changes no membership (...)", "test 'b' leaves 'X' with every case below 0.5"), and whether
    that is every recalibration tried: a RobustnessProtocol's (its calibration_sides), or a sweeps table's (its column
    'calibration_sides', each setting named as the table names it); a table without the column: nothing judged."""
    from .protocol import RobustnessProtocol

    sides = (robustness.calibration_sides if isinstance(robustness, RobustnessProtocol) else
             _table_sides(frame if frame is not None else robustness))
    out = []
    for label, facts in sides.items():
        why = implausible_calibration(facts)
        if why:
            out.append(f"test {quoted(str(label))} {why}")
    return out, bool(sides) and len(out) == len(sides)


def _tried(robustness, frame: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, settings) of each test: a RobustnessProtocol's specifications but the initial one ('incl_cut=0.5,
    n_cut=2'), or a table's sweeps with their optional 'cut_offs' column (the settings each tried, in the same words:
    'n_cut=1; n_cut=2'); none for a table without it."""
    from .protocol import RobustnessProtocol

    if isinstance(robustness, RobustnessProtocol):
        return [(str(label), str(settings)) for label, kind, settings
                in robustness.specifications[["label", "kind", "settings"]].itertuples(index=False) if kind != "initial"]
    if "cut_offs" not in frame.columns:
        return []
    out = []
    for i, (sweep, cuts) in enumerate(frame[["sweep", "cut_offs"]].itertuples(index=False), start=1):
        if cuts is None or cuts is pd.NA or (isinstance(cuts, float) and cuts != cuts):
            continue   # an empty cell: the sweep says no cut-off
        if isinstance(cuts, (list, tuple)) and all(isinstance(c, str) for c in cuts):
            cuts = "; ".join(cuts)
        if not isinstance(cuts, str):   # a number (2 for 'n_cut=2'?) names no parameter: not read as nothing
            raise QCAInputError(f"robustness: row {i} (sweep {quoted(str(sweep))}), column 'cut_offs': {quoted(cuts)} "
                                "is no text of settings; write the settings the sweep tried as robustness_protocol "
                                "says them, e.g. 'n_cut=1; n_cut=2' (or leave the cell empty)")
        out.append((str(sweep), cuts))
    return out


def _implausible_tests(robustness, frame: pd.DataFrame | None = None) -> list[tuple[str, float]]:
    """The tests (_tried) whose consistency cut (incl_cut, the first value of a pair) lies below INCL_FLOOR, as
    (label, incl_cut), read from each one's settings ('incl_cut=0.5, n_cut=2')."""
    out = []
    for label, settings in _tried(robustness, robustness if frame is None else frame):
        for v in dict.fromkeys(float(v) for v in re.findall(r"\bincl_cut=\(?\s*([0-9]*\.?[0-9]+)", settings)):
            if v < INCL_FLOOR - _TOL:
                out.append((label, v))
    return out


def _few_cases_tests(robustness, frame: pd.DataFrame, tt) -> list[tuple[str, int, int, int]]:
    """The tests whose frequency cut (n_cut) keeps fewer than CASES_RETAINED_FLOOR of the cases in rows that count, as
    (label, n_cut, cases kept, cases). A RobustnessProtocol's tests are read from each specification's settings
    ('n_cut=2') and counted on each test's own truth table (its cases_counted: a test that drops cases or recalibrates
    beside its n_cut keeps fewer or other cases than its n_cut on the reported table would); a table's from its
    optional column 'cut_offs' (the settings each sweep tried, in the same words: 'n_cut=1; n_cut=2'), labelled by its
    sweep, counted on the reported truth table `tt` (the one the frequency row reads: a table gives no test's own)."""
    from .protocol import RobustnessProtocol

    observed = tt.rows.loc[tt.rows["n"] > 0, "n"]
    own = robustness.cases_counted if isinstance(robustness, RobustnessProtocol) else {}
    out = []
    for label, settings in _tried(robustness, frame):
        for c in dict.fromkeys(int(v) for v in re.findall(r"\bn_cut=\s*(\d+)", settings)):
            kept, total = own.get(label, (int(observed[observed >= c].sum()), len(tt.data.cases)))
            if total and not _retained(kept / total):
                out.append((label, c, kept, total))
    return out


def _cases_row(cases, no_solution) -> dict:
    asks = ("case-based diagnostics: typical and deviant cases (consistency, coverage) of the solution named, for "
            "case studies after the QCA")
    src = "Schneider & Rohlfing 2013; Oana, Schneider & Thomann 2021"
    if no_solution:
        return _row("typical and deviant cases", src, asks, "no solution: no case is typical or deviant of it",
                    "not applicable", "independent")
    if cases is None:
        return _row("typical and deviant cases", src, asks, "no case typology given", "not met", "by construction")
    if not isinstance(cases, pd.DataFrame) or "type" not in cases.columns:
        raise QCAInputError("cases must be a case typology (a DataFrame with a 'type' column, as case_typology() "
                            f"gives), got {type(cases).__name__}")
    counts = cases["type"].value_counts()
    names = cases["case"] if "case" in cases.columns else pd.Series(cases.index, index=cases.index)
    dev = names[cases["type"].astype(str).str.startswith("deviant consistency")].tolist()   # '... in degree' too
    has = (", ".join(f"{k} {int(n)}" for k, n in counts.items())
           + (f"; deviant consistency: {_listed(dev, 5)}" if dev else ""))
    return _row("typical and deviant cases", src, asks, has, "met", "by construction")


@refuses_r_only_arguments("good_practice")
def good_practice(solutions, *, necessity=None, negated=None, robustness=None, cases=None,
                  necessity_benchmark: float = 0.9, relevance_cut: float | None = None,
                  relevance_measure: str = "RoN", skew_bounds=(0.2, 0.8), benchmark=None) -> GoodPracticeReport:
    """A QCA result read against the standards of good practice (Schneider & Wagemann 2010; 2012;
    Greckhamer et al. 2018; Oana, Schneider & Thomann 2021): one row per standard with what it asks, what this
    analysis has (computed), a status (STATUSES) and an evidence level (EVIDENCE); see the module docstring.

    solutions: the reported analysis' Solutions from minimize() (one Solution, or a dict or list of them, one per
    kind, all from one truth table: the ESA table for an ESA), or its TruthTable when no row is positive (then the
    standards on solutions are 'not applicable': no sufficient configuration is a finding). necessity: a
    NecessityResult from necessity() or its table (condition, inclN, RoN and/or covN), None when not analysed;
    necessity_benchmark: the inclN it used when given as a table. negated: the negated outcome's Solution(s) (a
    parsimonious one lets the report find contradictory simplifying assumptions, count them between the first models
    as SetMethods' LR.intersect does, and say how to remove them with what blocking them once more gives, computed),
    or its finding in words (a str) when it has no solution; None: not analysed. robustness: a RobustnessProtocol
    from robustness_protocol() (its tests with a consistency cut below INCL_FLOOR, and those whose n_cut keeps fewer
    than CASES_RETAINED_FLOOR of the cases in rows that count on the reported truth table, are named: no plausible
    alternative, by those conventions), or a DataFrame with one row per kind of test ('sweep') and its power
    (has_power, power or truth_table_changed); each sweep is classified by what it varies, its 'varies' column
    (incl_cut, pri_cut, n_cut, calibration or cases, '+'-joined) or a name that is exactly one of these, never by
    words in its name (a sweep with neither is listed as not classified); its optional 'cut_offs' column (the settings
    a sweep tried, in robustness_protocol's words: 'n_cut=1; n_cut=2') lets the row judge its n_cuts the same way, and
    its optional count 'settings' (or 'specifications') of alternative settings tells a sweep that tried none (0) from
    a powerless one: a kind of test none of whose sweeps tried an alternative is untested ('not met'), unless it is
    a threshold with no plausible alternative, computed on the reported truth table: no n_cut next to the analysis'
    own keeps CASES_RETAINED_FLOOR of the cases, or no incl_cut from INCL_FLOOR to 1 changes the table (no observed
    row's consistency lies between it and the analysis' own): no plausible alternative to try, the compendium's
    reading; a test set with no frequency sweep at all is read the same way, 'not tested' only where such an n_cut is
    plausible (one with no consistency sweep is 'not tested'). The calibration's alternatives cannot be computed from
    the memberships: untested. Where the raw values are known (a RobustnessProtocol's recalibrations), each
    recalibration tried is judged by a rule of the compendium's, after Oana & Schneider 2021's plausible alternatives:
    a plausible one changes some membership (a case's side of 0.5 or, in a fuzzy set, its degree, which can change the
    truth table through the consistencies) and leaves every set it recalibrates with cases on both sides of 0.5; the
    others are named with why, and where none tried is plausible the row says 'none is plausible' (the compendium's
    reading, as the status then is). A sweeps table holds no raw values: its calibration sweeps are not judged.
    cases: the case typology of the solution (case_typology(): a 'type' column). relevance_cut: the RoN from which a
    necessary condition is relevant, when the necessity table does not carry one: the necessity row says it, and the
    ESA row applies it (esa.ESA_NECESSITY_RULE: only a condition consistent with necessity and relevant makes the
    remainders without it untenable; with no cut, whether they are is left a reading). relevance_measure: the
    column relevance_cut is read against, 'RoN' (the rule's measure, Schneider 2018) or 'covN', as the caller's
    necessity table judges relevance (a NecessityResult's own ron_cut applies to RoN only). necessity_benchmark and
    relevance_cut are numbers in [0, 1].
    skew_bounds: (low, high) shares of cases in a set outside which it is skewed (skew.is_skewed); None: no check, as
    necessity()'s and truth_table()'s (the skewed-sets row reports the shares, flags no set and says 'not checked':
    'not met', by construction).
    benchmark: permutation_benchmark()'s result for the reported outcome (Braumoeller 2015), or None: the solution
    fit row then says, after inclS and covS, the share of random assignments of the outcome fitting at least as well
    and, from RANDOM_FIT_LEVEL on, that inclS and covS carry no evidence here (its status still reads inclS against
    INCL_FLOOR, the convention the standard states).

    Returns a GoodPracticeReport: print() it, or to_frame() / to_dict()."""
    from .necessity import _check_cut

    tt, sols = _solutions(solutions)
    necessity_benchmark = _check_cut("necessity_benchmark", necessity_benchmark)
    relevance_cut = None if relevance_cut is None else _check_cut("relevance_cut", relevance_cut)
    if relevance_measure not in ("RoN", "covN"):
        raise QCAInputError(f"relevance_measure must be 'RoN' or 'covN', got {quoted(relevance_measure)}")
    nec = _necessity(necessity, necessity_benchmark)
    bench = _benchmark(benchmark)
    if nec is not None and relevance_measure == "covN" and "covN" not in nec[0].columns:   # (no RoN: not judged)
        raise QCAInputError(f"necessity table lacks the column {relevance_measure} (relevance_measure "
                            f"{quoted(relevance_measure)}); got columns {', '.join(map(str, nec[0].columns))}")
    no_positive = not len(tt.rows_with(["1"]))
    neg_text = _negated_text(negated)
    used = _used_by_kind(sols)   # the remainders each solution's models use, read by two rows
    rows = [_crossover(tt), _skew(tt, skew_bounds), _necessity_row(nec, relevance_cut, relevance_measure),
            _consistency_row(tt),
            _pri_row(tt), _frequency_row(tt), _contradictions_row(tt), _diversity_row(tt),
            _types_row(sols, no_positive), _fit_row(sols, bench), _counterfactuals_row(sols, no_positive, used),
            _esa_row(tt, sols, nec, negated, used, relevance_cut, relevance_measure), _ambiguity_row(sols),
            _negation_row(neg_text, no_positive),
            _robustness_row(robustness, tt), _cases_row(cases, not sols)]
    return GoodPracticeReport(outcome=tt.outcome, rows=tuple(rows))
