"""The robustness protocol for QCA results (Oana & Schneider 2021; Oana, Schneider & Thomann 2021;
SetMethods' rob.* functions): an initial solution (IS) against a *test set* of alternative, equally
plausible specifications (other calibration anchors, incl_cut, n_cut, pri_cut, case subsets).
Oana & Schneider 2021 is "A Robustness Test Protocol for Applied QCA: Theory and R Software Application",
Sociological Methods & Research, online 2021, in print 2024, 53(1): 57-88 (cited elsewhere as 2024). The decisions
it tests are calibration, consistency and frequency thresholds; a case subset as a test goes beyond them.

Memberships: each specification's solution (its first model, or `model`; with test_models='all' every model of a
test solution, each a test solution of its own, so that nothing rests on the engine's order of equally minimal
models) is evaluated as a fuzzy expression on that specification's own data (recalibrated sets), for dropped cases
on the initial data. With
minTS = min over *all* test solutions, maxTS = max over all of them, Y the outcome (initial data):
- robust core = min(IS, TS_1, ..., TS_m); its fit inclS, PRI, covS (SetMethods' rob.corefit, which reports
  these three numbers and no expression). As an expression, `core_expression` is the conjunction IS*TS_1*...*TS_m
  distributed into a sum of products, absorbed products left out, not minimised (SetMethods' rob.cases prints
  its intersections through admisc, as crisp Boolean expressions); `core_minimised` is its exact Boolean
  minimisation where that has the core's memberships: for crisp and multi-value sets always (within
  CORE_MIN_CONFIGS configurations and a core small enough to expand), for fuzzy sets only where proved, the
  first minimal form proved of those the crisp reading has, else the smallest irredundant one proved
  (`core_minimised`: ~A*B*~D + A*B*~D is B*~D for crisp sets, but for fuzzy sets its membership is
  min(B, ~D, max(A, ~A)), below B*~D where A is near 0.5; never
  for a condition multi-value in the initial data and fuzzy in a test), else '' and a note says why. Either
  expression reads each literal in one calibration; a test that recalibrates a set evaluates its own solution on its own
  memberships, so with such tests the fits (from the memberships) are the core, and the expressions describe it;
- RF_cons = inclS(IS) / inclS(core), RF_cov = covS(core) / covS(IS),
  RF_SC_minTS = Σmin(IS, minTS) / Σmax(IS, minTS), RF_SC_maxTS likewise with maxTS (set coincidence);
- case robustness: each case typed by IS·minTS, IS·~minTS ("shaky"), ~IS·maxTS ("possible"), ~IS·~maxTS,
  each crossed with Y > 0.5 / Y < 0.5; RCR_typ = robust typical / (robust + shaky + possible typical),
  RCR_dev likewise for Y < 0.5; RCC_rank = 1 + [some possible case] + 2·[some shaky case] (1: neither ... 4: both;
  a shaky or possible case counts whatever its outcome: SetMethods' code computes the rank so, rob.case.ratio in
  R/helper_rob.R counting IS·~minTS > 0.5 and ~IS·maxTS > 0.5 over every case, and it gives the four reference
  values);
- single tests: SC and RCC_rank of IS against each test solution on its own;
- a test recalibrating the outcome: its solution, and its own inclS / PRI / covS in the specifications table, are
  found on its recalibrated outcome; every measure across solutions (robust core fit, RF_*, case types and ratios)
  uses the initial outcome Y, and a note says so. SetMethods has no rule for it: rob.cases takes Y from the initial
  solution's data, rob.corefit (so RF_cov / RF_cons) from the first test solution's data, so that its core fit
  depends on the order of the test set; that is not copied;
- a test without a sufficient configuration (no truth-table row passes its cut-offs: minimize's
  QCANoSolutionError) is that test's finding, and counts as the empty solution (membership 0 for every case, no
  term; `no_solution='count'`, the default): the robust core is then empty (core_expression '0'), RF_cov is 0 and
  RF_cons undefined (the core has no membership), and `no_solution_tests` and a note name the tests. The test set is
  declared before its results (Oana & Schneider 2021: conceptually plausible alternatives), so leaving such a test
  out would report robustness the test set does not show; a test judged implausible is taken out of the test set
  itself. `no_solution='refuse'` makes them an error instead. SetMethods cannot build such a test (R's minimize
  stops without a solution object). A test the engine refuses for another reason (every row positive, a search
  budget) is no finding about sufficiency and stays an error; so does an initial specification without a solution.
  Paper A's protocol (analysis.paper_a.robustness.protocol) follows the same rule;
- power: whether a specification changes what minimisation sees of the truth table (`TruthTable.signature`: the
  OUT of each row; case counts and scores alone do not count); a sweep in which no specification changes it
  cannot change the solution (its expression). It tests nothing unless it recalibrates a condition: the solution
  is then read on the recalibrated memberships, so the robust core's fit and the RF measures can still move (the
  sweep's note says whether they do). A sweep whose tests change several kinds together (a test recalibrating and
  moving incl_cut is of kind 'calibration+incl_cut') says what each kind can change, one part each; when such a
  sweep changes the truth table, its note says the kinds are not told apart (a sweep of each on its own tells).
SetMethods 4.0 builds minTS / maxTS from the first and the last test solution only and divides 3-digit
rounded fits; both are not copied (data/reference/r-setmethods/README.md, docs/engine-guide.md "Beyond R QCA").
Specifications run as independent tasks through joblib (`n_jobs`, or any backend set with
joblib.parallel_config, e.g. Dask); results come back in the order given, whatever the backend.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import pandas as pd

from ._near import unknown_keys  # noqa: F401  (unknown_keys: callers import it here)
from .checks import NO_SOLUTION_RULES, choice_hint, model_hint
from .data import prepare_data
from .data_lists import _all_names
from .display import PRINT_WIDTH, frame, frame_blocks, shown_as_printed, width, wrapped
from .errors import QCAInputError, counted, in_number, quoted
from .r_calls import refuses_r_only_arguments
from .skew import check_bounds
from .protocol_measures import (CASE_TYPES, RCC_RANKS, case_ratios_text, case_robustness, measures_text,  # noqa: F401
                                robust_core, robustness_fit, set_coincidence, single_tests)
from .protocol_test_set import (CALIBRATE_RULE_KEYS, RESERVED_LABELS, TEST_KEYS, TEST_MODELS,  # noqa: F401
                                _settings_text, _test_solutions, parse_tests)
from .protocol_tasks import (TASK_ERRORS, _kind, _run_one, _solve_args, model_key, run_tasks,  # noqa: F401
                             spec_budgets, task_error)
from .protocol_data import (_frame, _raw_frame, _recalibrated_fuzzy, _same_levels, _same_sets, _spec_data,  # noqa: F401
                            calibration_sides, lost_levels)
from .protocol_core import (CORE_MIN_CONFIGS, CORE_MIN_FUZZY_COVERS, CORE_MIN_FUZZY_POINTS,  # noqa: F401
                            CORE_MIN_IRREDUNDANT_STEPS, _case_part_expressions, case_parts, core_expression,
                            core_minimised)
from .protocol_power import _mixed_note, _powerless_note, truth_table_power  # noqa: F401
from .protocol_ranges import MAX_RUNS, RANGE_ROUND, ThresholdRange, threshold_range  # noqa: F401

__all__ = ["robustness_protocol", "RobustnessProtocol", "robustness_fit", "robust_core", "case_robustness",
           "single_tests", "threshold_range", "parse_tests", "TEST_KEYS", "run_tasks", "truth_table_power",
           "core_expression", "core_minimised", "calibration_sides"]


@shown_as_printed
@dataclass(eq=False)
class RobustnessProtocol:
    """Result of robustness_protocol(): the test set, robust core, robustness fit, case robustness, power.

    core_expression: the robust core IS*TS_1*...*TS_m as a distributed sum of products, not minimised ('' when
    too large to expand); core_minimised: its minimal form where it provably has the same memberships (crisp and
    multi-value sets; fuzzy sets where proved), '' otherwise, with a note saying why (see the module docstring).
    outcome, conditions: the analysis'; specifications: one row per specification (IS first) with its settings,
    expression, fit, same_solution and truth_table_changed (whether what minimisation sees of the truth table differs
    from IS's: a row's OUT, a row turned remainder or observed, TruthTable.signature; a case moved to another row or
    to exactly 0.5, in no row, while every row keeps its OUT does not count: the solution cannot differ, the
    memberships and the fit can, as memberships and case_types_by_test show); memberships: cases x (IS, each test solution, core,
    minTS, maxTS, Y); fit: the robust core's fit and the RF measures; cases and case_ratios: case robustness
    (each case's type; RCR_typ, RCR_dev, RCC_rank); parts: rob.cases' report per case type (its intersection's
    Boolean expression, its cases, their share of all cases and of the cases on its side of the outcome; case_parts);
    single: IS against each test on its own; case_types_by_test:
    each case's type under IS and every test (changes: not the same in all); sweeps: the power of each kind of
    test, with a note on a sweep without power (what its kinds can still change) or of several kinds; notes: what the user should know (recalibrated outcome, tests identical to IS, model ambiguity, tests
    without a sufficient configuration); solution: the kind of solution every specification found (conservative,
    parsimonious or intermediate); no_solution_tests: the tests without a sufficient configuration, each counted as
    the empty solution (membership 0, no term), so the robust core is empty (core_expression '0'); initial: the
    arguments every specification starts from (the initial specification's cut-offs, include, dir_exp, exclude,
    model, test_models, no_solution, budgets, skew_bounds: (low, high) or None, no check), which its row of
    `specifications` leaves blank; cases_counted: {label: (cases in rows that reach the specification's n_cut on its
    own truth table, cases in that table)}, which good_practice's robustness row judges each n_cut by;
    calibration_sides: {label: {'moved': {set: cases it puts on another side of 0.5}, 'changed': {set: cases whose
    membership it changes}, 'one_sided': [(set, 'above' or
    'below'): a set it leaves with every case on one side of 0.5]}} for each test that recalibrates a set (not for
    multi-value data), which the same row judges each recalibration's plausibility by."""

    outcome: str
    conditions: tuple[str, ...]
    specifications: pd.DataFrame
    memberships: pd.DataFrame
    fit: dict
    core_expression: str
    cases: pd.DataFrame
    case_ratios: dict
    single: pd.DataFrame
    case_types_by_test: pd.DataFrame
    sweeps: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    core_minimised: str = ""
    solution: str = ""   # the solutions compared: conservative, parsimonious or intermediate (minimize.solution_kind)
    no_solution_tests: list[str] = field(default_factory=list)
    initial: dict = field(default_factory=dict)
    parts: pd.DataFrame | None = None   # rob.cases' per-type report (case_parts)
    #: label -> (cases in rows that count, cases) on each specification's own truth table (IS too): a test that
    #: drops cases or recalibrates beside its n_cut keeps its own share, read by good_practice's robustness row
    cases_counted: dict = field(default_factory=dict)
    #: label -> calibration_sides() of each test that recalibrates a set (crisp and fuzzy sets; none for multi-value
    #: data): the cases it moves across 0.5 or changes and the sets it leaves on one side, read by good_practice
    calibration_sides: dict = field(default_factory=dict)

    @refuses_r_only_arguments("RobustnessProtocol.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The specifications as a DataFrame (a copy of `specifications`): one row per specification (IS first) with
        its settings, expression and fit."""
        return self.specifications.copy()

    @refuses_r_only_arguments("RobustnessProtocol.to_dict")
    def to_dict(self) -> dict:
        """The protocol as JSON-ready data: its settings (initial), the specifications, the robustness fit, the robust
        core, the case ratios and cases, the single tests, the case types by test, the sweeps, the notes and what
        good_practice judges the tests by: cases_counted ({label: {'kept': cases in rows that count, 'cases': cases}})
        and calibration_sides ({label: {'moved': {set: n}, 'changed': {set: n}, 'one_sided': {set: 'above', 'below'
        or 'at'}}}); numbers as JSON numbers, NaN as None."""
        def clean(v):
            if isinstance(v, (float, np.floating)):
                return None if v != v else float(v)
            if isinstance(v, (np.integer,)):
                return int(v)
            if isinstance(v, (np.bool_,)):
                return bool(v)
            return v

        def records(df):
            return [{k: clean(v) for k, v in r.items()} for r in df.to_dict("records")]

        def plain(v):   # the arguments as JSON has them: lists for tuples, numbers for numpy's
            if isinstance(v, Mapping):
                return {str(k): plain(x) for k, x in v.items()}
            if isinstance(v, (list, tuple, np.ndarray)):
                return [plain(x) for x in v]
            return clean(v)

        return {"outcome": self.outcome, "conditions": list(self.conditions), "solution": self.solution,
                "initial": plain(self.initial), "specifications": records(self.specifications), "fit": {k: clean(v) for k, v in self.fit.items()},
                "core_expression": self.core_expression, "core_minimised": self.core_minimised,
                # "0" is the empty set's Boolean notation, not a number: said as a flag (None: not expanded)
                "core_empty": (self.core_expression == "0") if self.core_expression else None,
                "case_ratios": {k: clean(v) for k, v in self.case_ratios.items()},
                "cases": records(self.cases), "single_tests": records(self.single),
                "case_parts": records(self.parts) if self.parts is not None else [],
                "case_types_by_test": records(self.case_types_by_test.rename_axis("case").reset_index()),
                "sweeps": records(self.sweeps), "notes": list(self.notes),
                "no_solution_tests": list(self.no_solution_tests),
                # what good_practice's robustness row judges the test set by, as JSON can hold it: a pair as named
                # numbers, a set left on one side as {set: side}
                "cases_counted": {str(k): {"kept": int(kept), "cases": int(n)}
                                  for k, (kept, n) in self.cases_counted.items()},
                "calibration_sides": {str(k): {"moved": plain(v["moved"]), "changed": plain(v["changed"]),
                                               "one_sided": {str(c): side for c, side in v["one_sided"]}}
                                      for k, v in self.calibration_sides.items()}}

    def __str__(self) -> str:
        """print() and Jupyter: within 80 columns (PRINT_WIDTH), by display width (a Chinese name takes two columns
        a character). The specifications, the case types by intersection and the sweeps are tables in blocks of
        columns, each block led by the column naming its rows (label, type, sweep), a long expression or setting
        wrapped within its cell (`frame_blocks`); a sweep's note follows its table, each note on lines of its own;
        the heading, the robust core, the case types (one type a line) and the notes are wrapped at blanks
        (`wrapped`), never within a term or a name. repr() is the one-line summary; to_frame / to_dict unchanged."""
        # an undefined ratio (0/0: the fit of an empty robust core, RF_cons) prints as '-', as in the other tables
        f = {k: "-" if v is None or v != v else f"{v:.3f}" for k, v in self.fit.items()}
        kind = f" ({self.solution} solutions)" if self.solution else ""
        specs = self.specifications.copy()   # a test without a sufficient configuration: its finding, not a blank
        specs.loc[specs["label"].isin(self.no_solution_tests), "expression"] = "(none: no sufficient configuration)"
        core = self.core_expression or "(not expanded)"
        core_fit = f"inclS {f['core_inclS']}  PRI {f['core_PRI']}  covS {f['core_covS']}"
        core_line = f"robust core: {core}{' (the empty set)' * (core == '0')}"
        lines = [*wrapped(f"Robustness protocol for {self.outcome}{kind}: initial solution and "
                          f"{counted(len(self.specifications) - 1, 'test specification')}"), "",
                 frame_blocks(specs[["label", "kind", "settings", "expression"]
                                    + ["n_models"] * bool((specs["n_models"] > 1).any())
                                    + ["same_solution", "truth_table_changed"]], ("label",), index=False), "",
                 # the fit on the core's line where it fits, else on a line of its own below the wrapped core
                 *([f"{core_line}  {core_fit}"] if width(f"{core_line}  {core_fit}") <= PRINT_WIDTH
                   else [*wrapped(core_line), f"  {core_fit}"]),
                 *(wrapped(f"robust core minimised: {self.core_minimised}")
                   if self.core_minimised and self.core_minimised != self.core_expression else []),
                 f"RF_cov {f['RF_cov']}  RF_cons {f['RF_cons']}  RF_SC_minTS {f['RF_SC_minTS']}  "
                 f"RF_SC_maxTS {f['RF_SC_maxTS']}",
                 *wrapped("case ratios: " + case_ratios_text(self.case_ratios)),
                 *self._case_lines(), *self._parts_lines(), "", *self._sweep_lines()]
        for n in self.notes:
            lines += wrapped(f"note: {n}")
        return "\n".join(lines)

    def _sweep_lines(self) -> list[str]:
        """The sweeps table without its note column, each sweep's note below it ('sweep KIND: NOTE', wrapped): the
        notes, sentences of up to 300 columns, made the table as wide."""
        sweeps = self.sweeps
        if "note" not in sweeps.columns or not len(sweeps):
            return [frame_blocks(sweeps, ("sweep",), index=False)] if len(sweeps.columns) else []
        lines = [frame_blocks(sweeps.drop(columns="note"), ("sweep",), index=False)]
        for kind, note in zip(sweeps["sweep"], sweeps["note"]):
            if isinstance(note, str) and note:
                lines += wrapped(f"sweep {kind}: {note}")
        return lines

    def _case_lines(self) -> list[str]:
        """The case-oriented half of the protocol in print: the cases of each type (robust, shaky, possible typical
        or deviant, extreme deviant coverage, irrelevant, at the crossover), types without a case left out; one type
        a line ('  robust typical: BE, CZ, IE'), its cases wrapped at blanks, never within a name."""
        if self.cases is None or not len(self.cases) or "type" not in self.cases.columns:
            return []
        by_type = {}
        for case, kind in zip(self.cases["case"], self.cases["type"]):
            by_type.setdefault(str(kind), []).append(str(case))
        order = [*CASE_TYPES.values()]
        kinds = [k for k in order if k in by_type] + sorted(k for k in by_type if k not in order)
        return ["case types:", *(line for k in kinds
                                 for line in wrapped(f"{k}: {', '.join(by_type[k])}", "    ", "  "))]

    def _parts_lines(self) -> list[str]:
        """rob.cases' per-type report (parts): each type's intersection, its Boolean expression, n and shares; in
        one table where it fits 80 columns, else the counts as a table and each type's expression on lines below
        it."""
        if self.parts is None or not len(self.parts):
            return []
        shown = self.parts[["type", "intersection", "outcome", "n", "share", "share_of_side", "expression"]]
        # cases counted where the expression is empty ('0'): memberships and expressions read different calibrations
        # (a test recalibrating a set); a bare 0 beside n > 0 looked like a contradiction
        empty = (shown["expression"] == "0") & (shown["n"] > 0)
        shown = shown.assign(expression=shown["expression"].where(~empty, "0 *"))
        said = (wrapped("* empty as an expression, which reads every set in the initial calibration; its n counts the "
                        "cases by the memberships, each test solution's read on its own data (its own calibration)")
                if empty.any() else [])
        three = "{:.3f}".format   # the shares, as the fit tables print them
        head = ["", *wrapped("case types by intersection (n / all cases: share; n / the cases on its side of Y: "
                             "share_of_side):")]
        table = frame(shown, float_format=three, na_rep="-")
        if max(map(width, table.splitlines())) <= PRINT_WIDTH:
            return [*head, table, *said]
        # too wide for one table (the expressions: sums of products of every condition): the counts as a table, each
        # type's expression below it on lines of its own, wrapped at blanks ('  robust typical: A*B + C')
        return [*head, frame_blocks(shown.drop(columns="expression"), ("type",), float_format=three, na_rep="-",
                                    index=False),
                "expression of each type:",
                *(line for t, e in zip(shown["type"], shown["expression"])
                  for line in wrapped(f"{t}: {e}", "    ", "  ")), *said]

    def __repr__(self) -> str:
        n = len(self.specifications) - 1
        return f"<RobustnessProtocol {self.outcome}: {n} test{'' if n == 1 else 's'}>"


@refuses_r_only_arguments("robustness_protocol")
def robustness_protocol(data: pd.DataFrame, outcome: str, conditions, tests, *, incl_cut=1.0, n_cut: int = 1,
                        pri_cut: float = 0.0, include: str = "?", dir_exp=None, case_column: str | None = None,
                        raw: pd.DataFrame | None = None, raw_case_column: str | None = None, model: int = 1,
                        exclude=None, n_jobs: int | None = None, no_solution: str = "count",
                        budgets: Mapping | None = None, test_models: str = "same",
                        skew_bounds=(0.2, 0.8)) -> RobustnessProtocol:
    """Run the initial specification and every test specification (see parse_tests and the module docstring)
    and compute the robust core, robustness fit, case robustness, single tests and power.

    model: which model of each solution (1 = first, as SetMethods' rob.* functions, which take the first model of
    every solution); test_models: which models of a test solution are test solutions: 'same' (default) its model
    `model`, the same number as the initial solution's; 'all' every model of it, each a test solution of its own
    (labelled 'LABEL M1', 'LABEL M2', ... where there are several), so that the robust core, minTS / maxTS, the
    case types and the single tests do not rest on the engine's order of equally minimal models; the initial solution
    is model `model` either way (the one the study reports). The result's `initial` and its printout say which;
    raw: raw data for `calibrate` tests;
    incl_cut: one cut-off or a pair (ic1, ic0); with a pair, a test's single incl_cut moves ic1 and keeps ic0 (as
    sweeps and threshold ranges do, truth_table.swept_incl_cut), and a test's pair is taken as it is;
    exclude: truth table rows (R's numbering) blocked in every specification, as minimize(exclude=) does, for a
    protocol of an ESA solution (Schneider & Wagemann 2013; the rows of esa_rows() on the initial table).
    data, outcome ('Y', '~Y', 'Y{v}'), conditions (a list or 'A, B, C') and case_column (default: the index) as
    truth_table() reads them; n_cut and pri_cut: the initial specification's (a test may change them); include and
    dir_exp: minimize()'s for every specification (default '?': the parsimonious solution, as SetMethods' examples
    build the test set; '': the conservative one; with dir_exp, the intermediate one; the result's `solution` and its
    first line say which);
    raw_case_column: raw's column of case names (default: case_column where raw has it, else raw's index); n_jobs:
    joblib workers for the specifications (-1: every core; None: joblib's default; results do not depend on it);
    no_solution: what a test without a sufficient configuration (no truth-table row passes its cut-offs) is:
    'count' (default) its finding, the empty solution (membership 0 for every case, no term), so the robust core is
    empty, RF_cov 0 and RF_cons undefined, the tests named in `no_solution_tests`, the specifications table and
    `notes`; 'refuse' an error naming the tests (module docstring). Other refusals of a test, and an initial
    specification without a solution, are errors either way;
    budgets: search budgets for every specification, minimize()'s (max_work, max_models, ...; not n_jobs) and
    truth_table()'s max_memberships, e.g. {'max_work': 3_000_000} (CLI: the same flags; default: the engine's), so a
    specification refused by a budget can be run with it raised;
    skew_bounds: truth_table()'s for every specification, (low, high) shares of cases in a set outside which it is
    warned of as skewed (None: no check; CLI: --skew-bounds)."""
    if not (isinstance(no_solution, str) and no_solution in NO_SOLUTION_RULES):
        raise QCAInputError(f"no_solution must be 'count' (a test without a sufficient configuration counts as the "
                            f"empty solution) or 'refuse' (it is an error), got {quoted(no_solution)}"
                            f"{choice_hint(no_solution, NO_SOLUTION_RULES)}")
    tt_budget, solve_budget = spec_budgets(budgets, "robustness_protocol")
    tt_budget = {**tt_budget, "skew_bounds": check_bounds(skew_bounds)}   # refused once, before any specification
    specs = parse_tests(tests)
    if isinstance(model, bool) or not isinstance(model, (int, np.integer)) or model < 1:
        raise QCAInputError(f"model must be a whole number >= 1, got {quoted(model)}{model_hint(model)}")
    if not (isinstance(test_models, str) and test_models in TEST_MODELS):
        raise QCAInputError(f"test_models must be 'same' (model {model} of each test solution, the initial "
                            f"solution's number) or 'all' (every model of each test solution), got {quoted(test_models)}"
                            f"{choice_hint(test_models, TEST_MODELS)}")
    base = _frame(data, case_column)
    raw_f = None if raw is None else _raw_frame(raw, raw_case_column, case_column, data)
    qd = prepare_data(base, outcome, conditions, warn=False)
    conds = list(qd.conditions)
    solve = {**_solve_args(include, dir_exp, exclude, qd), **solve_budget}
    y = qd.y
    base_args = {"incl_cut": incl_cut, "n_cut": n_cut, "pri_cut": pri_cut}
    tasks = [("IS", base, base, outcome, conds, {**base_args, **tt_budget}, solve, model - 1)]
    fuzzy = {c for c, kind in zip(conds, qd.kinds) if kind == "fuzzy"}
    used = conds + [qd.outcome_column]
    from .truth_table import swept_incl_cut

    same: list[str] = []   # tests that are the initial specification itself (same cut-offs, cases and memberships)
    sides: dict = {}   # label -> calibration_sides of each test that recalibrates a set
    for s in specs:
        # a test's one incl_cut moves ic1 of an initial pair (ic1, ic0) and keeps ic0, as every sweep and range does
        args = {k: swept_incl_cut(v, s[k]) if k == "incl_cut" and k in s else s.get(k, v) for k, v in base_args.items()}
        data_s = _spec_data(base, raw_f, s)
        idle = [c for c in s.get("calibrate") or {} if c not in used]
        if idle:   # a column of the data outside the analysis: recalibrating it changes nothing
            raise QCAInputError(
                f"test {quoted(s['label'])}: calibrate names {_all_names(idle)}, a column of the data but neither a condition "
                f"nor the outcome of this analysis (conditions: {', '.join(quoted(str(c)) for c in conds)}; outcome: "
                f"{quoted(str(qd.outcome_column))}), so the test would change nothing; add it to the conditions, or "
                "drop it from the test")
        fuzzy |= _recalibrated_fuzzy(s, data_s, outcome, conds, qd)
        if qd.multivalue and len(data_s) < len(base):
            _same_levels(s["label"], data_s, outcome, conds, qd)
        spec_args = (outcome, conds, {**args, **tt_budget}, solve, None if test_models == "all" else model - 1)
        if data_s is not base and not s.get("calibrate"):   # cases dropped or kept only: the task takes them from
            # base (a mask of n bytes, not a copy of the data per test: a leave-one-out test set of n tests held n)
            tasks.append((s["label"], None, base, *spec_args, base.index.isin(data_s.index)))
        else:
            tasks.append((s["label"], data_s, base, *spec_args))
        if args == base_args and _same_sets(data_s, base, used):
            same.append(s["label"])
        if s.get("calibrate") and not qd.multivalue:   # good_practice reads each recalibration's plausibility
            sides[s["label"]] = calibration_sides(base, data_s, [c for c in used if c in s["calibrate"]])
    results = run_tasks(_run_one, tasks, n_jobs, label=lambda t: "IS" if t is tasks[0] else f"test {t[0]}",
                        every=f"all {len(tasks)} specifications: IS and {len(specs)} test{'s' * (len(specs) != 1)}")
    initial = results[0]
    for r in results:  # no truth table: the specification itself is wrong (not a test without solution)
        if r["truth_table"] is None:
            who = "the initial specification" if r is initial else f"test {r['label']!r}"
            raise QCAInputError(f"{who}: {r['error']}")
    if initial.get("too_few_models"):
        raise QCAInputError(f"model = {model}: the initial solution has {counted(len(initial['models']), 'model')} "
                            f"({' | '.join(initial['models'])}); give a model it has")
    if initial["membership"] is None:
        raise QCAInputError(f"the initial specification has no solution: {initial['error']}")
    few = [r for r in results[1:] if r.get("too_few_models")]
    if few:  # a solution, but not that many models: not a test without solution
        raise QCAInputError(
            f"model = {model}: the solution of {in_number(len(few), 'test')} " + ", ".join(
                f"{quoted(r['label'])} ({counted(len(r['models']), 'model')})" for r in few[:3])
            + (f" and {len(few) - 3} more" if len(few) > 3 else "") + f" has fewer than {model} models, so model "
            f"{model} cannot be taken from every solution; use model = 1 (SetMethods' robustness functions take the "
            "first model of every solution), another model the test solutions all have, or test_models='all' (model "
            f"{model} of the initial solution against every model of each test solution)")
    none = [r for r in results[1:] if r["membership"] is None]
    # a test without a sufficient configuration is counted as the empty solution (module docstring), unless refused;
    # a test the engine refused for another reason (every row positive, a search budget) is no such finding
    refused = none if no_solution == "refuse" else [r for r in none if not r.get("no_solution")]
    if refused:
        one = len(refused) == 1   # 'test 'a' without solution ... to it ... this test', 'tests ... them ... these tests'
        them, these = ("it", "this test") if one else ("them", "these tests")
        raise QCAInputError(
            f"{in_number(len(refused), 'test')} without solution: "
            + "; ".join(f"{quoted(r['label'])} ({r['error']})" for r in refused[:3])
            + (f" and {len(refused) - 3} more" if len(refused) > 3 else "") + (
                f". The initial solution is not robust to {them} (the robust core is the overlap of every test "
                "solution, so it would be empty); a test set holds specifications that each give a solution: drop or "
                f"change {these}" if no_solution == "refuse" else
                f". The engine refused {them}, so {'it gives' if one else 'they give'} no solution to compare (a test "
                "without a sufficient configuration counts as the empty solution; a refusal is no such finding): drop "
                f"or change {these}"))
    empty = [r for r in none if r.get("no_solution")]
    for r in empty:   # the empty solution: no term, membership 0 for every case
        r.update({"membership": np.zeros(len(base)), "terms": (), "expression": "",
                  "error": f"no sufficient configuration, counted as the empty solution: {r['error']}"})
    ok = results[1:]
    notes: list[str] = []
    if empty:
        one = len(empty) == 1   # 'test 'a' has ... its cut-offs): it counts', 'tests ... have ... their ...: each'
        notes.append(
            f"{in_number(len(empty), 'test')} {_all_names([r['label'] for r in empty])} "
            f"{'has' if one else 'have'} no sufficient configuration (no truth-table row passes "
            f"{'its' if one else 'their'} cut-offs): {'it' if one else 'each'} counts as the empty solution "
            "(membership 0 for every case, no term), so the robust core is empty (core_expression '0'), RF_cov is 0 "
            "and RF_cons undefined. The test set is declared before its results (Oana & Schneider 2021): leaving "
            f"{'it' if one else 'them'} out would report robustness it does not show; take a test out of the test "
            "set only if it is no plausible specification "
            "(no_solution='refuse' makes such tests an error; a sweep file's 'no_solution: refuse', the CLI's "
            "--no-solution refuse)")
    outcome_tests = [s["label"] for s in specs if qd.outcome_column in (s.get("calibrate") or {})]
    if outcome_tests:   # one outcome for the measures across solutions: the initial one (module docstring)
        one = len(outcome_tests) == 1
        notes.append(
            f"{in_number(len(outcome_tests), 'test')} {_all_names(outcome_tests)} "
            f"{'recalibrates' if one else 'recalibrate'} the outcome {qd.outcome_column}: {'it' if one else 'each'} "
            "finds its solution, and its own inclS / PRI / covS in the specifications table, on its recalibrated outcome; the robust "
            "core's fit, the RF measures, the case types and the case ratios measure every solution against the "
            "initial outcome (Y), the one the initial solution is tested on")
    recalibrated = {s["label"]: [c for c in s.get("calibrate") or {} if c in conds] for s in specs}
    recalibrated = {label: sets for label, sets in recalibrated.items() if sets}
    if recalibrated:   # the memberships are the core, the expressions describe it (module docstring)
        sets = list(dict.fromkeys(c for found in recalibrated.values() for c in found))
        notes.append(
            f"test(s) {_all_names(list(recalibrated))} recalibrate {', '.join(map(str, sets))}: each test solution's "
            "memberships are read on its own calibration, so the robust core's fit, the RF measures and the case "
            "types (from memberships) can differ from what the expressions (core_expression, core_minimised, each "
            "case type's expression), which read every set in the initial calibration, give on the data")
    if same:   # kept, as SetMethods keeps them, but said: each agrees with IS by construction
        one = len(same) == 1
        notes.append(f"{in_number(len(same), 'test')} {_all_names(same)} {'is' if one else 'are'} the initial "
                     "specification itself (the same cut-offs, cases and memberships): "
                     f"{'it' if one else 'each'} finds the initial solution by construction and tests nothing; an "
                     "alternative specification changes a cut-off, a calibration or the cases")
    ambiguous = [r["label"] for r in results if len(r.get("models", ())) > 1]
    if ambiguous and test_models == "all":
        notes.append(f"model ambiguity in {', '.join(ambiguous)}: model {model} of the initial solution is used, and "
                     "every model of each test solution is a test solution of its own (test_models='all'; a test "
                     "with several models shows them all, its fit left blank; same_solution compares every model)")
        partial = [r["label"] for r in ok if r.get("partial")]
        if partial:
            notes.append(f"{in_number(len(partial), 'test')} {_all_names(partial)} "
                         f"{'has' if len(partial) == 1 else 'have'} more minimal models than max_models lists: only "
                         "those listed are test solutions (raise max_models in budgets to take every one)")
    elif ambiguous:
        notes.append(f"model ambiguity in {', '.join(ambiguous)}: model {model} of each is used (its expression is "
                     "the one shown; same_solution compares every model; test_models='all' takes every model of "
                     "each test solution)")
    rows = []
    for s, r in zip([{"label": "IS", "kind": "initial"}] + specs, results):
        used_s = {**s, "incl_cut": swept_incl_cut(incl_cut, s["incl_cut"])} if "incl_cut" in s else s
        rows.append({"label": r["label"], "kind": s["kind"], "settings": _settings_text(used_s),
                     "expression": r.get("expression", ""),
                     "n_models": r.get("n_models", len(r.get("models", ()))),
                     "inclS": r.get("inclS", math.nan), "PRI": r.get("PRI", math.nan), "covS": r.get("covS", math.nan),
                     "same_solution": bool(r.get("model_key") is not None and r.get("model_key") == initial["model_key"]),
                     "truth_table_changed": bool(r["truth_table"] != initial["truth_table"]),
                     "error": r["error"]})
    table = pd.DataFrame(rows)
    solutions = _test_solutions(ok, [s["label"] for s in specs])   # (label, membership, terms) of each
    test_mem = [m for _, m, _ in solutions]
    fit = robustness_fit(initial["membership"], test_mem, y)
    cases, ratios = case_robustness(initial["membership"], test_mem, y, list(base.index))
    single = single_tests(initial["membership"], {lab: m for lab, m, _ in solutions},
                          {lab: " + ".join(t) for lab, _, t in solutions})   # '' for the empty solution
    mem = pd.DataFrame({"IS": initial["membership"], **{lab: m for lab, m, _ in solutions}},
                       index=list(base.index))
    mem["core"] = robust_core(initial["membership"], test_mem)
    mem["minTS"], mem["maxTS"], mem["Y"] = cases["minTS"].to_numpy(), cases["maxTS"].to_numpy(), y
    from .diagnostics import case_types

    by_test = pd.DataFrame({lab: case_types(mem[lab].to_numpy(), y, names=("solution", "outcome")) for lab in ["IS"] + [lab for lab, _, _ in solutions]},
                           index=list(base.index))
    by_test["changes"] = by_test.nunique(axis=1) > 1
    sweeps = []
    by_label = {r["label"]: r for r in results}
    for kind, grp in table.iloc[1:].groupby("kind", sort=False):
        n_tt = int(grp["truth_table_changed"].sum())
        n_sol = int((~grp["same_solution"]).sum())
        sweeps.append({"sweep": kind, "specifications": len(grp), "truth_table_changed": n_tt,
                       "solution_changed": n_sol, "power": n_tt > 0,
                       "note": _mixed_note(kind) if n_tt else _powerless_note(
                           list(grp["label"]), recalibrated, by_label, initial["membership"], kind)})
    if not table["truth_table_changed"].iloc[1:].any() and not recalibrated:
        # every test minimises the initial truth table on the initial memberships: the fit cannot differ (a
        # recalibrated outcome too: the measures across solutions read the initial outcome, as the sweeps' note says)
        notes.append("no test changes the truth table and none recalibrates a condition: every test solution is the "
                     "initial solution on the same memberships"
                     + (f" ({in_number(len(outcome_tests), 'test')} {_all_names(outcome_tests)} "
                        f"{'recalibrates' if len(outcome_tests) == 1 else 'recalibrate'} only the outcome, which the "
                        "measures across solutions read in the initial calibration)" if outcome_tests else "")
                     + ", so the robust core is the initial solution and RF_cov, RF_cons, RF_SC_minTS and RF_SC_maxTS "
                     "are 1 by construction; the test set tests nothing (truth_table_power says which cut-offs can "
                     "change the table)")
    term_lists = [initial["terms"]] + [t for _, _, t in solutions]
    core_expr = core_expression(term_lists, conds, multivalue=qd.multivalue)
    core_min, why = core_minimised(term_lists, conds, qd.noflevels, qd.multivalue, sorted(fuzzy))
    notes += why
    return RobustnessProtocol(outcome=qd.outcome, conditions=tuple(conds), specifications=table, memberships=mem,
                              fit=fit, core_expression=core_expr, cases=cases, case_ratios=ratios, single=single,
                              parts=case_parts(cases, _case_part_expressions(
                                  initial["terms"], [t for _, _, t in solutions], conds, qd.noflevels, qd.multivalue)),
                              case_types_by_test=by_test, sweeps=pd.DataFrame(sweeps), notes=notes,
                              core_minimised=core_min, solution=_kind(include, dir_exp),
                              no_solution_tests=[r["label"] for r in empty],
                              cases_counted={r["label"]: r["cases_counted"] for r in results if "cases_counted" in r},
                              calibration_sides=sides,
                              initial={"incl_cut": incl_cut, "n_cut": n_cut, "pri_cut": pri_cut, "include": include,
                                       "dir_exp": dir_exp, "exclude": exclude, "model": model,
                                       "test_models": test_models, "no_solution": no_solution,
                                       "budgets": dict(budgets or {}), "skew_bounds": tt_budget["skew_bounds"]})


