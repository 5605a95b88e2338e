"""A QCA reporting checklist for Paper A's analysis, judged by code where code can judge it.

Items after Schneider & Wagemann (2010, Comparative Sociology 9(3): 397-418; 2012), Greckhamer et al.
(2018, Strategic Organization 16(4): 482-495) and Oana, Schneider & Thomann (2021). Each item is 'met',
'partly' or 'not met' with the reason, computed from what the analysis produced (`Evidence`); items only a
reader can judge say so ('partly' with the reason), never 'met' by default. The items whose facts come from the cases
(FROM_CASES) say in their own words when the cases are the compendium's reconstruction (Evidence.data_source).
Each item also says what its status rests on (`evidence`, ITEM_EVIDENCE), in the claims ledger's levels and by its
rule (cases.evidence_on): 'by construction' for the items on reconstructed cases, as every claim there. The engine's
good practice report is read by the same rule about Paper A (good_practice_on: its `evidence`, every row being
computed from the cases), its own level, about the analysis it was given, kept as `engine_evidence`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import pandas as pd

from ..qca.standards import CONVENTION, INCL_FLOOR, RANDOM_FIT_LEVEL  # noqa: F401 (checklist.RANDOM_FIT_LEVEL)
from ..qca.standards import CASES_RETAINED_FLOOR   # good_practice's frequency row's floor: the n_cuts of the test set too
from ..qca.standards import counted   # '1 row', '6 rows': good_practice's counts' one rule
from ..qca.standards import COLUMNS as PRACTICE_COLUMNS   # the engine report's columns (good_practice.csv's first)
from .cases import DATA_SOURCES, DATA_WORDS, READING, SOURCE_NAMES, evidence_on, source_tag

#: 'not applicable': an item on the solution when there is none (nothing to judge), as good_practice says of the same
#: point (GOOD_PRACTICE_ROWS)
STATUSES = ("met", "partly", "not met", "not applicable")
#: The lowest consistency threshold of a sufficient truth-table row, the floor notebook 03 states for incl_cut and for
#: its robustness test set: the engine's INCL_FLOOR, a convention (the figure was not found in the cited works' text:
#: analysis.qca.standards.FLOORS), so one value and one wording serve the checklist and good_practice.
INCL_CUT_FLOOR = INCL_FLOOR
_FLOOR_TEXT = f"{INCL_CUT_FLOOR:g} {CONVENTION}"


def n_cut_retention(tt, n_cuts) -> tuple:
    """(n_cut, cases in rows that count, cases) for each n_cut of the robustness test set (`n_cuts`), on the truth
    table `tt` of the baseline calibration (the one the n_cut sweep keeps): the share good_practice's frequency row
    reads against CASES_RETAINED_FLOOR, for the robustness item to read each alternative n_cut by the same rule."""
    observed = tt.rows.loc[tt.rows["n"] > 0, "n"]
    total = len(tt.data.cases)
    return tuple((int(c), int(observed[observed >= c].sum()), total) for c in n_cuts)


def _sweeps_with_power(e) -> str:
    """The robustness item's count of sweeps that can change the truth table, out of those that tried an alternative
    setting: a sweep holding only the analysis' own setting (robustness_sweeps_without_alternative) is named apart,
    not counted as one without power."""
    without = tuple(e.robustness_sweeps_without_alternative)
    if not without:
        return f"{e.robustness_sweeps_with_power} of {e.robustness_sweeps_total} sweeps can change the truth table"
    return (f"{e.robustness_sweeps_with_power} of {e.robustness_sweeps_total - len(without)} sweeps with an alternative "
            f"setting can change the truth table ({', '.join(without)}: no alternative setting, only the analysis' own)")


@dataclass
class Evidence:
    """What the notebook produced, as plain facts (no judgement)."""

    raw_shown: bool                    # raw data (indicators or memberships) displayed
    calibrated_shown: bool
    calibration_rule: str              # the rule in words ('' = none stated)
    calibration_from_paper: bool       # is the rule the paper's own?
    necessity_before_sufficiency: bool
    necessity_has_relevance: bool      # RoN / covN reported with inclN
    skew_reported: bool
    truth_table_columns: tuple         # columns of the shown truth table
    n_observed_rows: int
    n_configurations: int
    n_contradictory_rows: int          # observed rows with cases on both sides of the outcome (contradictions())
    contradictions_reported: bool
    solutions_shown: tuple             # kinds shown, e.g. ("conservative", "parsimonious", "intermediate")
    dir_exp_stated: bool
    counterfactuals_shown: bool
    esa_done: bool
    n_csa: int
    n_models: int                      # model groups of the reported solution
    all_models_charted: bool
    pair_matched_core: bool
    robustness_sweeps_with_power: int
    robustness_sweeps_total: int
    robust_core_reported: bool
    deviant_cases_reported: bool
    software: str                      # software and version text ('' = none)
    necessity_cases_reported: bool = False     # the cases behind a necessity test (crisp XY table) shown
    disjunctions_searched: tuple = ()          # outcomes whose necessary disjunctions (SUIN) were searched
    contradictions_handling: str = ""          # how each contradictory row was coded ('' = not stated)
    threshold_ranges_reported: bool = False    # incl_cut / n_cut ranges with the same solution (rob.inclrange)
    calibration_ranges: tuple = ()             # sets whose calibration-threshold range was computed (rob.calibrange)
    negated_outcome_analysed: bool = False     # necessity and sufficiency of the outcome's negation, separately
    typology_same_in_all_models: bool | None = None   # case types equal under every model (None: not checked)
    untenable_handling: str = ""                # how untenable remainders were handled ('' = not stated; untenable_handling())
    untenable_unaddressed: tuple = ()           # conditions consistent with necessity whose contradicting remainders are
                                                # used with no analysis blocking them shown
    untenable_observed: tuple = ()              # observed rows inside the remainders declared impossible (ESA leaves
                                                # them as they are; diagnostics.untenable_observed)
    incl_cut: float | None = None              # the analysis' consistency threshold (None: not given)
    robust_core: str = ""                       # the robust core as robustness.core_text says it ('' = not given)
    benchmark: dict | None = None               # the permutation benchmark of the fit (permutation_benchmark()'s result,
                                                # as good_practice's benchmark; None: not computed): the limited-
                                                # diversity item says it in the engine's sentence (benchmark_sentence)
    outcome: str = ""                           # the outcome's name, said after the benchmark's count ('8 positive
                                                # outcomes (EFF = 1)', as fit_benchmark_lines says it); '': the count
    robustness_incl_cuts: tuple = ()            # the incl_cut values of the robustness test set
    robustness_n_cut_kept: tuple = ()           # (n_cut, cases in rows that count, cases) of each n_cut of that test set
    #: the sweeps (of robustness_sweeps_total) that tried no setting but the analysis' own (sweep_power's 'settings' 0):
    #: no alternative, so neither with power nor without (good_practice's robustness row reads them alike)
    robustness_sweeps_without_alternative: tuple = ()
    #: the sweeps (by their 'sweep' name) that tried alternative settings and none changes the truth table (sweep_power:
    #: settings > 0, no power)
    robustness_powerless: tuple = ()
    #: the incl_cuts from INCL_CUT_FLOOR to 1 that would change the reported truth table (incl_cuts_with_power; None:
    #: not computed): with none, a powerless consistency sweep is so by the data, not by the settings it tried
    incl_cuts_with_power: tuple | None = None
    #: the settings the test set leaves out, run apart (robustness.sensitivities' records: setting, left_out,
    #: verdicts, the claims whose robustness verdict each would change): the robustness item says what each would
    #: change, with that reading's evidence level, and is 'partly' when one would change a verdict
    robustness_sensitivity: tuple = ()
                                                # (n_cut_retention)
    csa_after_esa: tuple | None = None          # remainders the ESA's own parsimonious solutions of the outcome and of its
                                                # negation still share (diagnostics.csa_after_esa; None: not checked)
    contradictory_easy_rows: tuple = ()         # easy counterfactuals of the reported intermediate solution that the
                                                # negation's parsimonious solution also assumes, blocked and the solutions
                                                # minimised again (configurations.paths_without_contradictory_assumptions)
    paths_lost_without_them: tuple | None = None   # the reported path terms that do not survive that (configurations.
                                                   # lost_paths; None: not minimised again)
    negated_contradictory_easy_rows: tuple = ()  # the same for the negation's intermediate solution: its easy
                                                 # counterfactuals the outcome's parsimonious solution also assumes
    negated_paths_lost_without_them: tuple | None = None   # the negation's path terms that do not survive their blocking
                                                           # (None: not minimised again)
    deviant_coverage: dict | None = None   # each deviant case for coverage listed with its truth table row -> the cases
                                           # of that row out of the outcome to compare it with ('R12'; '' none;
                                           # robustness.deviant_coverage_cases); None: not listed
    negated_deviant_coverage: dict | None = None   # the same for the negation's reported model (its deviant cases for
                                                   # coverage, negated_deviant_coverage.csv); None: not listed (or the
                                                   # negation has no solution)
    negated_case_studies: dict | None = None   # the negation's own case studies (robustness.case_studies): 'typical'
                                               # (typical cases over its paths) and 'pairs' (typical / individually
                                               # irrelevant pairs) -> their numbers; None: not listed (or no solution)
    #: where the cases come from (cases.DATA_SOURCES: reconstruction, original, mixed; '' not stated): the rows whose
    #: facts come from the cases (FROM_CASES) say so in their own words when the cases are not (all) Paper A's
    data_source: str = ""
    #: the status good_practice gives the same point (its row GOOD_PRACTICE_ESA; '' not given): when the CSA / ESA
    #: item's differs, the item says why (esa_rule_apart)
    good_practice_esa: str = ""
    #: good_practice's status of each standard (its table's standard -> status; empty: not given): without a
    #: solution, the items on it quote the status of their row (GOOD_PRACTICE_ROWS)
    good_practice: dict = field(default_factory=dict)
    notes: dict = field(default_factory=dict)
    #: '' when the analysis has a solution; else the finding (configurations.no_solution_note): no sufficient
    #: configuration, reported as such, so the items on the solution have nothing to show and say so
    no_solution: str = ""
    #: the column that groups the cases into clusters or time points ('' = one cross-section: no cluster diagnostics
    #: to run, 'not applicable'; a column named and no diagnostics shown: 'not met')
    cluster_column: str = ""
    cluster_diagnostics_shown: bool = False
    #: the theory expression evaluated against the solution ('' = the paper states none: 'not applicable', with why;
    #: analysis.qca.theory_evaluation, SetMethods' theory.evaluation)
    theory_expression: str = ""
    theory_evaluated: bool = False


def _row(item, status, why):
    assert status in STATUSES
    return {"item": item, "status": status, "why": why}


#: The items whose facts come from the case data (counts, rows, models, sweeps, case types): on reconstructed cases
#: their `why` says so itself, as a row quoted out of checklist.csv loses its data_source column. (Without a
#: solution, the items that state that finding too.)
FROM_CASES: tuple[str, ...] = ("raw and calibrated data shown", "limited diversity stated", "contradictory rows",
                               "CSA / ESA", "model ambiguity", "robustness", "deviant cases")
#: ... in the words of the figure captions (cases.DATA_WORDS), as the notebooks' warning says it: the checklist had
#: its own ('from the compendium's reconstructed cases, not Paper A's data')
_FROM_CASES_TEXT = {source: f"data: {DATA_WORDS[source][0]}" for source in ("reconstruction", "mixed")}
_RAW_TEXT = {source: DATA_WORDS[source][0] for source in ("reconstruction", "mixed")}


#: What each item's status rests on, in the claims ledger's vocabulary (analysis.claims.EVIDENCE_LEVELS, read for a
#: reporting item as analysis.qca.standards reads it for a standard): "by construction" where the status records a step
#: the compendium's notebooks take (the item is met because they were written to meet it: no evidence about Paper A
#: either way), the compendium's reading where it rests on a judgement or on a convention the compendium applies (a
#: floor, the robustness test set, the coding of a row, a reading of the paper). No item is 'independent': every
#: status is about the compendium's own analysis. Each level with its reason (as ClaimSpec.evidence_reason gives a
#: claim's); on reconstructed (or mixed) cases the items resting on the cases (FROM_CASES, and the rows stating that
#: there is no solution) take the level the data allow, by the claims' one rule (cases.evidence_on): 'by construction'.
ITEM_EVIDENCE: dict[str, tuple[str, str]] = {
    "raw and calibrated data shown": ("by construction", "records what notebook 02 displays"),
    "calibration justified": (READING, "whether the stated rule justifies the calibration is a judgement; the rule "
                                       "is the compendium's"),
    "necessity before sufficiency, with RoN": ("by construction", "records the steps notebook 03 takes and the "
                                                                  "columns it shows"),
    "truth table with n, incl, PRI and cases": ("by construction", "records the columns shown"),
    "limited diversity stated": ("by construction", "records that the count is stated"),
    "contradictory rows": (READING, "how each contradictory row is coded is a judgement"),
    "cut-offs justified (sensitivity ranges)": (READING, "reads incl_cut against a floor that is a convention"),
    "all three solutions": ("by construction", "records the solutions shown"),
    "directional expectations": (READING, "the expectations are the compendium's assumption"),
    "easy and difficult counterfactuals": ("by construction", "records that they are listed"),
    "CSA / ESA": (READING, "what a stated judgement may keep (a condition of low relevance) is a judgement"),
    "model ambiguity": ("by construction", "records that every model is charted"),
    "core / peripheral chart": ("by construction", "records how the chart's core is drawn"),
    "robustness": (READING, "reads the sweeps off the test set and floors the compendium declared (conventions)"),
    "outcome's negation analysed separately": ("by construction", "records that the negation is analysed"),
    "deviant cases": ("by construction", "records that the case types are listed"),
    "cluster diagnostics": (READING, "whether the design has clusters or time points is the compendium's reading"),
    "theory evaluation": (READING, "that Paper A states no theory expression is the compendium's reading of it"),
    "software and version": ("by construction", "records the compendium's own software"),
}


def _with_evidence(table: pd.DataFrame, e: Evidence) -> pd.DataFrame:
    """The checklist with its `evidence` column after `status` (ITEM_EVIDENCE): each item's level, and on
    reconstructed (or mixed) cases the level the data allow for the items resting on them (cases.evidence_on, the
    rule the claims ledger and robustness.csv apply to every claim: 'by construction' there)."""
    source = e.data_source or "original"   # not stated: each item's own level
    levels = []
    for item, why in zip(table["item"], table["why"]):
        level = ITEM_EVIDENCE[item][0]
        on_cases = item in FROM_CASES or bool(e.no_solution and e.no_solution in why)
        levels.append(evidence_on(source, level) if on_cases else level)
    out = table.copy()
    out.insert(int(out.columns.get_loc("status")) + 1, "evidence", levels)
    return out


#: good_practice.csv's columns: the engine's report (analysis.qca.standards.COLUMNS), its `evidence` read about Paper A
#: (good_practice_on), then the engine's own level (`engine_evidence`); notebook 03 adds data_source
GOOD_PRACTICE_COLUMNS = [*PRACTICE_COLUMNS, "engine_evidence"]


def good_practice_on(practice, data_source: str):
    """The engine's good_practice report as Paper A's files give it: the same standards, statuses and texts, each
    row's `evidence` read about Paper A by the claims' one rule (cases.evidence_on) and the engine's own level kept as
    `engine_evidence`. The engine reads its `evidence` about the analysis it was given ('independent': the status is
    computed by the row's rule from those data, which are right there); every row is computed from the analysis of
    the cases (its `has` from their memberships, truth table and solutions), so on reconstructed (or mixed) cases,
    made to fit Paper A's abstract, every row is 'by construction' about Paper A, as every claim and the checklist's
    items on the cases are there; on the original data each row keeps the engine's level. A report already read
    about Paper A is read from its engine_evidence again (the same result)."""
    from dataclasses import replace

    if data_source not in DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)}, got {data_source!r}")
    rows = []
    for r in practice.rows:
        own = r.get("engine_evidence", r["evidence"])
        rows.append({**r, "evidence": evidence_on(data_source, own), "engine_evidence": own})
    return replace(practice, rows=tuple(rows))


def good_practice_table(practice) -> pd.DataFrame:
    """good_practice.csv's table (GOOD_PRACTICE_COLUMNS) from a report good_practice_on gave: refused for the
    engine's own report, whose `evidence` is about the analysis it was given, not about Paper A."""
    if any("engine_evidence" not in r for r in practice.rows):
        raise ValueError("good_practice_table takes the report good_practice_on gives (evidence about Paper A), "
                         "not the engine's own")
    return pd.DataFrame(list(practice.rows), columns=GOOD_PRACTICE_COLUMNS)


def good_practice_text(practice, data_source: str) -> str:
    """The report printed (the engine's print, wrapped within 80 columns by it) with its heading naming the data
    source before it is wrapped ('Standards of good practice for EFF (reconstruction): met 12, ...'), as
    cases.source_text names the other printed results: the tag put into the text before wrapping, one wrapping."""
    from dataclasses import replace

    return str(replace(practice, outcome=f"{practice.outcome}{source_tag(data_source)}"))


def good_practice_counts(practice) -> str:
    """The counts of a good_practice report (GoodPracticeReport.counts_text) with, when its rows give it, what the
    statuses rest on, as checklist_counts says it: 'met 12, not met 1, not applicable 0, compendium's reading 3 (of
    16 standards; evidence: independent 0, compendium's reading 0, by construction 16)'."""
    levels = _evidence_count_items(pd.DataFrame(list(practice.rows)))
    return (", ".join(f"{s} {n}" for s, n in practice.counts().items()) + f" (of {len(practice.rows)} standards"
            + ("; evidence: " + ", ".join(f"{level} {n}" for level, n in levels) if levels else "") + ")")


def good_practice_evidence_counts(practice) -> dict:
    """The number of standards per evidence level (analysis.claims.EVIDENCE_LEVELS' order, 0 included), as
    good_practice_counts gives them: qca.json's good_practice_evidence."""
    return dict(_evidence_count_items(pd.DataFrame(list(practice.rows))))


def _sourced(table: pd.DataFrame, e: Evidence) -> pd.DataFrame:
    """The checklist with the rows from the cases saying where the cases come from (e.data_source), when they are not
    (all) Paper A's: the raw indicators named as reconstructed, the other FROM_CASES rows (and, without a solution,
    the rows stating that finding) ending with it."""
    if e.data_source not in ("",) + DATA_SOURCES:
        raise ValueError(f"data_source must be one of {', '.join(DATA_SOURCES)} (or '' when not stated), got "
                         f"{e.data_source!r}")
    if e.data_source not in _FROM_CASES_TEXT:
        return table
    out = table.copy()
    for i, (item, why) in enumerate(zip(out["item"], out["why"])):
        if item == "raw and calibrated data shown" and why.startswith("raw indicators "):
            out.loc[i, "why"] = why.replace("raw indicators ", f"raw indicators ({_RAW_TEXT[e.data_source]}) ", 1)
        elif item in FROM_CASES or (e.no_solution and e.no_solution in why):
            out.loc[i, "why"] = f"{why}; {_FROM_CASES_TEXT[e.data_source]}"
    return out


def reporting_checklist(e: Evidence) -> pd.DataFrame:
    """The checklist as a table: item, status ('met' / 'partly' / 'not met'; 'not applicable' for the items on the
    solution when there is none, as good_practice says), evidence (what the status rests on, ITEM_EVIDENCE, as the
    data allow it), why."""
    rows = []
    rows.append(_row("raw and calibrated data shown", "met" if e.raw_shown and e.calibrated_shown else
                     "partly" if e.raw_shown or e.calibrated_shown else "not met",
                     "raw indicators and calibrated memberships are displayed in notebook 02" if e.raw_shown
                     and e.calibrated_shown else "only one of raw / calibrated data is displayed"))
    if not e.calibration_rule:
        rows.append(_row("calibration justified", "not met", "no calibration rule is stated"))
    elif e.calibration_from_paper:
        rows.append(_row("calibration justified", "met", "the paper's rule is stated and applied"))
    else:
        rows.append(_row("calibration justified", "partly",
                         "a rule is stated in words and varied in the robustness protocol, but it is the compendium's; "
                         "Paper A's rule is not public"))
    nec = e.necessity_before_sufficiency and e.necessity_has_relevance and e.skew_reported
    # Schneider & Wagemann 2012: necessary disjunctions (SUIN conditions) are searched too
    rows.append(_row("necessity before sufficiency, with RoN", "met" if nec and e.necessity_cases_reported
                     and e.disjunctions_searched else "partly" if e.necessity_before_sufficiency else "not met",
                     ("inclN, RoN and covN of every condition before the truth table; skew reported"
                      + ("; the cases of each necessity test shown (crisp XY table)" if e.necessity_cases_reported
                         else "; the cases behind the necessity test (XY plot) not shown")
                      + (f"; necessary disjunctions (SUIN) searched for {', '.join(e.disjunctions_searched)}"
                         if e.disjunctions_searched else "; necessary disjunctions (SUIN) not searched")) if nec else
                     "necessity tested but relevance or skew not reported" if
                     e.necessity_before_sufficiency else "no necessity test before sufficiency"))
    need = {"n", "incl", "PRI", "cases", "OUT"}
    have = need & set(e.truth_table_columns)
    rows.append(_row("truth table with n, incl, PRI and cases", "met" if have == need else
                     "partly" if have else "not met",
                     "columns shown: " + ", ".join(sorted(have)) + ("" if have == need else
                                                                    f"; missing {', '.join(sorted(need - have))}")))
    rows.append(_row("limited diversity stated", "met",
                     f"{e.n_observed_rows} observed configurations of {e.n_configurations} "
                     f"({e.n_configurations - e.n_observed_rows} logical remainders)"
                     + _random_fit(e.benchmark, e.outcome)))
    if e.n_contradictory_rows == 0:
        rows.append(_row("contradictory rows", "met", "no observed row has cases on both sides of the outcome"))
    else:
        rows.append(_row("contradictory rows", "met" if e.contradictions_reported and e.contradictions_handling else
                         "partly" if e.contradictions_reported else "not met",
                         f"{counted(e.n_contradictory_rows, 'observed row')} with cases on both sides of the outcome"
                         + (f"; {e.contradictions_handling}" if e.contradictions_handling and e.contradictions_reported
                            else "; counted, but how each was handled is not stated" if e.contradictions_reported
                            else "; not reported")))
    low_cut = e.incl_cut is not None and e.incl_cut < INCL_CUT_FLOOR - 1e-12
    if e.no_solution:   # Schneider & Wagemann 2012: no sufficient configuration is a finding, reported as one
        return _with_evidence(_sourced(_no_solution_rows(rows, e, low_cut), e), e)
    rows.append(_row("cut-offs justified (sensitivity ranges)",
                     ("partly" if low_cut else "met") if e.threshold_ranges_reported else "not met",
                     ("the incl_cut and n_cut ranges within which the solution stays the same are computed (as "
                      "SetMethods' rob.inclrange / rob.ncutrange)" if e.threshold_ranges_reported else
                      "cut-offs stated, but no range within which the solution holds")
                     + (f"; the calibration threshold's range of {', '.join(e.calibration_ranges)} too (as "
                        "rob.calibrange)" if e.calibration_ranges and e.threshold_ranges_reported else "")
                     + (f"; incl_cut = {e.incl_cut:g} is below {_FLOOR_TEXT}, the floor for a sufficient row"
                        if low_cut else "")))
    kinds = set(e.solutions_shown)
    rows.append(_row("all three solutions", "met" if kinds >= {"conservative", "parsimonious", "intermediate"}
                     else "partly" if kinds else "not met", "shown: " + (", ".join(e.solutions_shown) or "none")))
    rows.append(_row("directional expectations", "partly" if e.dir_exp_stated else "not met",
                     "stated as a parameter (every condition expected to contribute when present); they are the "
                     "compendium's assumption, not Paper A's" if e.dir_exp_stated else "not stated"))
    rows.append(_row("easy and difficult counterfactuals", "met" if e.counterfactuals_shown else "not met",
                     "listed per (C, P) pair of the intermediate solution" if e.counterfactuals_shown else
                     "not listed"))
    # ESA (Schneider & Wagemann 2013; 2012) avoids contradictory *and* untenable assumptions: remainders that
    # contradict a condition consistent with necessity, and impossible remainders; a CSA check alone is part of it
    if not e.esa_done:
        rows.append(_row("CSA / ESA", "not met", "no check of contradictory simplifying assumptions"))
    else:
        again = e.csa_after_esa
        why = (f"{counted(e.n_csa, 'contradictory simplifying assumption')} found and blocked; "
               + ("" if again is None else
                  "the ESA's own parsimonious solutions of the outcome and of its negation share no remainder; "
                  if not again else
                  f"minimised again, the ESA's own parsimonious solutions of the outcome and of its negation share "
                  f"{counted(len(again), 'other remainder')} (row{'' if len(again) == 1 else 's'} "
                  f"{', '.join(map(str, again[:8]))}"
                  + (f" and {len(again) - 8} more" if len(again) > 8 else "")
                  + "): new contradictory simplifying assumptions, in the parsimonious models the core conditions "
                  "come from (to remove them: block them too, for the outcome and its negation, and minimise again; "
                  "good_practice.csv says what that gives, computed); ")
               + _rerun_text(e)
               + "standard and ESA solutions side by side; untenable assumptions: "
               + (e.untenable_handling or "not addressed (remainders contradicting a condition consistent with "
                                          "necessity, impossible remainders)"))
        status = ("met" if e.untenable_handling and not e.untenable_unaddressed and not e.untenable_observed
                  and not again and not (e.contradictory_easy_rows and e.paths_lost_without_them != ()) else "partly")
        rows.append(_row("CSA / ESA", status, why + esa_rule_apart(status, e.good_practice_esa)))
    rows.append(_row("model ambiguity", "met" if e.all_models_charted else "not met" if e.n_models > 1 else "met",
                     f"{counted(e.n_models, 'model group')} of the reported solution, "
                     + ("all charted" if e.all_models_charted else "only the first charted")))
    rows.append(_row("core / peripheral chart", "met" if e.pair_matched_core and e.all_models_charted else "partly",
                     "Fiss chart, core from each model's own parsimonious model (pair-matched)" if
                     e.pair_matched_core else "core from the union of parsimonious models"))
    if e.robustness_sweeps_total == 0:
        rows.append(_row("robustness", "not met", "no robustness test"))
    else:
        implausible = [float(c) for c in e.robustness_incl_cuts if float(c) < INCL_CUT_FLOOR - 1e-12]
        # an n_cut leaving fewer cases in rows that count than a frequency threshold should keep (good_practice's
        # frequency row, by the same floor): no more a plausible alternative than an incl_cut below the floor
        few = [(c, kept, total) for c, kept, total in e.robustness_n_cut_kept
               if total and kept / total < CASES_RETAINED_FLOOR - 1e-12]
        moving = [rec for rec in e.robustness_sensitivity if rec.get("verdicts")]
        # a powerless consistency sweep where no plausible incl_cut could change the table: powerless by the data
        by_data = ("incl_cut" in e.robustness_powerless and e.incl_cuts_with_power is not None
                   and not e.incl_cuts_with_power)
        ok = (e.robustness_sweeps_with_power == e.robustness_sweeps_total - len(e.robustness_sweeps_without_alternative)
              - by_data and e.robust_core_reported and not implausible and not few and not moving)
        rows.append(_row("robustness", "met" if ok else "partly",
                         _sweeps_with_power(e) + ("; robust core and robustness fit reported" if e.robust_core_reported else
                                          "; no robust core")
                         + (f"; robust core {e.robust_core}" if e.robust_core_reported and e.robust_core else "")
                         + (f"; the test set holds incl_cut {', '.join(f'{c:g}' for c in implausible)} below "
                            f"{_FLOOR_TEXT}, not a plausible alternative"
                            if implausible else "")
                         + ("; the test set holds " + ", ".join(f"n_cut {c} ({kept} of {total} cases in rows that "
                                                                 "count)" for c, kept, total in few)
                            + f", below the {CASES_RETAINED_FLOOR:.0%} {CONVENTION} of the cases a frequency threshold "
                            "should keep, not a plausible alternative (a setting judged implausible is taken out of "
                            "robustness_n_cuts)" if few else "")
                         + _powerless_incl_cut_words(e)
                         + _sensitivity_words(e.robustness_sensitivity)))
    rows.append(_negation_row(e))
    same = ("" if e.typology_same_in_all_models is None or e.n_models <= 1 else
            "; the typology is the same under every model" if e.typology_same_in_all_models else
            "; the typology differs between models, so case selection depends on the model")
    rows.append(_row("deviant cases", ("partly" if e.typology_same_in_all_models is False else "met")
                     if e.deviant_cases_reported else "not met",
                     "typical / deviant consistency / deviant coverage cases of the reported solution, labelled in "
                     "an XY plot" + same + _deviant_coverage_words(e.deviant_coverage)
                     + _deviant_coverage_words(e.negated_deviant_coverage, negated=True)
                     + _negated_case_study_words(e.negated_case_studies) if e.deviant_cases_reported
                     else "not reported"))
    rows += _design_rows(e)
    rows.append(_row("software and version", "met" if e.software else "not met", e.software or "not stated"))
    return _with_evidence(_sourced(pd.DataFrame(rows, columns=["item", "status", "why"]), e), e)


def incl_cuts_with_power(tt) -> tuple[float, ...]:
    """The incl_cuts from INCL_CUT_FLOOR to 1, in steps of 0.001, that change the truth table `tt` (the engine's
    truth_table_power: blocked rows stay out, n_cut and pri_cut decide too): the plausible consistency thresholds that
    could give a consistency sweep power. () when none could: every plausible incl_cut codes the observed rows as the
    analysis' own does."""
    from ..qca.protocol import truth_table_power

    steps = int(round((1 - INCL_CUT_FLOOR) * 1000))
    grid = [round(INCL_CUT_FLOOR + k / 1000, 3) for k in range(steps + 1)]
    power = truth_table_power(tt, "incl_cut", grid)
    return tuple(float(c) for c, changes in zip(power["incl_cut"], power["changes_truth_table"]) if changes)


def _powerless_incl_cut_words(e: Evidence) -> str:
    """The robustness item's words on a powerless consistency sweep (Evidence.robustness_powerless), read with the
    incl_cuts that could have had power (Evidence.incl_cuts_with_power): none, so it is powerless by the data; or the
    first of them, which it did not try; '' when the sweep has power or that was not computed."""
    if "incl_cut" not in e.robustness_powerless or e.incl_cuts_with_power is None:
        return ""
    if not e.incl_cuts_with_power:
        return (f"; the consistency sweep is powerless by the data: no incl_cut from {_FLOOR_TEXT} to 1 changes the "
                "truth table (no observed row's consistency lies between such a cut and the analysis' own), so within "
                "that range the consistency threshold cannot change the solution")
    cuts = e.incl_cuts_with_power
    return (f"; the consistency sweep did not try the incl_cuts from {_FLOOR_TEXT} to 1 that change the truth table "
            f"(from {min(cuts):g} to {max(cuts):g}: {counted(len(cuts), 'value')} of 0.001 steps)")


def _sensitivity_words(records) -> str:
    """The robustness item's words on the settings left out of the test set and run apart (Evidence.
    robustness_sensitivity): what each would change of the claims' robustness verdicts, with the evidence level of
    that reading: the compendium's reading where it would change one (the verdict then rests on the convention that
    leaves it out), independent where it would change none (computed); '' when none was run apart."""
    if not records:
        return ""
    parts = []
    for rec in records:
        verdicts = rec.get("verdicts") or {}
        head = f"{rec['setting']} ({rec['left_out']})"
        parts.append(f"{head} would change " + ", ".join(f"{cid} {before} -> {after}" for cid, (before, after)
                                                          in verdicts.items())
                     + " (compendium's reading: that robustness rests on leaving it out)" if verdicts else
                     f"{head} would change no claim's robustness (independent: computed)")
    return "; left out of the test set and run apart: " + "; ".join(parts)


#: Why theory evaluation is not run on Paper A: its abstract names path types, not a theory expression.
NO_THEORY = ("Paper A states no theory expression to evaluate: its abstract names two types of the paths found "
             "(multi-level and meso-micro integration, 多层面整合型 and 中微观整合型), which classify paths after the "
             "analysis (paths.csv's type column), not a conjecture stated before it; an expression built from the "
             "Rainbow levels would be the compendium's theory, not Paper A's, so theory evaluation (as SetMethods' "
             "theory.evaluation, analysis.qca.theory_evaluation) is not run")


def _design_rows(e: Evidence) -> list:
    """The protocol's items that depend on the study's design, not on its solution: cluster diagnostics (pooled,
    between and within consistency; 'not applicable' to one cross-section, distinct from 'not met') and theory
    evaluation ('not applicable' when the paper states no theory expression, with why)."""
    if not e.cluster_column:
        cluster = _row("cluster diagnostics", "not applicable",
                       "one cross-section of cases, no clusters or time points: pooled, between and within "
                       "consistency (as SetMethods' cluster, analysis.qca.cluster_diagnostics) have no groups to compare")
    else:
        cluster = _row("cluster diagnostics", "met" if e.cluster_diagnostics_shown else "not met",
                       f"cases grouped by {e.cluster_column}: pooled, between and within consistency "
                       + ("shown" if e.cluster_diagnostics_shown else "not shown"))
    if not e.theory_expression:
        theory = _row("theory evaluation", "not applicable", NO_THEORY)
    else:
        theory = _row("theory evaluation", "met" if e.theory_evaluated else "not met",
                      f"theory {e.theory_expression}: " + ("intersected with the solution and the cases of each "
                                                           "intersection shown" if e.theory_evaluated
                                                           else "not evaluated against the solution"))
    return [cluster, theory]


def _deviant_coverage_words(listed: dict | None, negated: bool = False) -> str:
    """The deviant cases item's words on the deviant cases for coverage (Schneider & Rohlfing 2013): listed with
    their truth table row and the cases of that row out of the outcome to compare them with, or none to list ('' when
    not listed); with `negated`, those of the negation's reported model (negated_deviant_coverage.csv)."""
    if listed is None:
        return ""
    whose, table = ("the negation's ", "negated_deviant_coverage.csv") if negated else ("", "deviant_coverage.csv")
    if not listed:
        return "; no deviant case for coverage" + (" of the negation's reported model" if negated else "")
    alone = [c for c, partners in listed.items() if not partners]
    return (f"; {whose or 'the '}deviant cases for coverage ({', '.join(listed)}) listed with their truth table row "
            f"and the cases of that row out of {'the negation' if negated else 'the outcome'} to compare them with "
            f"({table})" + (f"; no such case for {', '.join(alone)}" if alone else ""))


def _negated_case_study_words(counts: dict | None) -> str:
    """The deviant cases item's words on the negation's own case studies (typical cases per path and typical /
    individually irrelevant pairs, negated_typical_cases.csv and negated_comparative_pairs.csv); '' when not listed."""
    if counts is None:
        return ""
    return (f"; the negation's own case studies listed: {counted(int(counts['typical']), 'typical case')} over its "
            f"paths and {int(counts['pairs'])} typical / individually irrelevant pair{'' if int(counts['pairs']) == 1 else 's'} "
            f"(negated_typical_cases.csv, "
            f"negated_comparative_pairs.csv)")


def _rerun_words(easy: tuple, lost: tuple | None, solution: str, other: str, table: str) -> str:
    """What the checklist says of a solution's contradictory easy counterfactuals (`easy`, rows that `other`'s
    parsimonious solution also assumes): blocked and the solutions minimised again (`table`), how many reported
    path terms do not survive (`lost`; None: not minimised again); '' when there are none."""
    if not easy:
        return ""
    head = (f"{solution} rests on {counted(len(easy), 'easy counterfactual')} {other} parsimonious solution also "
            f"assumes (row{'' if len(easy) == 1 else 's'} {', '.join(map(str, easy))})")
    if lost is None:
        return f"{head}, not blocked and minimised again; "
    return (f"{head}; blocked and minimised again ({table}), "
            + (f"{counted(len(lost), 'reported path term')} {'does' if len(lost) == 1 else 'do'} not survive "
               f"({', '.join(lost)}), stated, not removed; " if lost
               else "every reported path survives; "))


def _rerun_text(e: Evidence) -> str:
    """The CSA / ESA item's words on the reported solution's own contradictory easy counterfactuals (_rerun_words)."""
    return _rerun_words(e.contradictory_easy_rows, e.paths_lost_without_them, "the reported intermediate solution",
                        "the negation's", "paths_without_csa.csv")


def _negation_row(e: Evidence) -> dict:
    """The item on the outcome's negation: analysed on its own (necessity and the three solutions, the same
    cut-offs), and what its own contradictory easy counterfactuals, blocked, leave of its paths (_rerun_words)."""
    if not e.negated_outcome_analysed:
        return _row("outcome's negation analysed separately", "not met",
                    "only the outcome is analysed (set relations are asymmetric)")
    rerun = _rerun_words(e.negated_contradictory_easy_rows, e.negated_paths_lost_without_them,
                         "the negation's intermediate solution", "the outcome's", "negated_paths_without_csa.csv")
    return _row("outcome's negation analysed separately", "met",
                "necessity and the three solutions of the negated outcome, with the same cut-offs"
                + (f"; {rerun.removesuffix('; ')}" if rerun else ""))




#: good_practice's row on the point of the checklist's item 'CSA / ESA' (analysis.qca.standards)
GOOD_PRACTICE_ESA = "untenable and contradictory assumptions (ESA)"
_ESA_ITEM_RULE = {"met": "made, with nothing left but what a stated judgement keeps",
                  "partly": "made, and what is left stated, not removed",
                  "not met": "not made"}


def esa_rule_apart(status: str, good_practice: str) -> str:
    """Why the checklist's CSA / ESA item and good_practice's row on the same point (GOOD_PRACTICE_ESA) give two
    statuses, said in the item ('' when they agree or good_practice's is not given): two rules. good_practice judges
    the models: not met while they use a contradictory simplifying assumption, an easy counterfactual of both
    outcomes or a remainder without a condition consistent with necessity and relevant (ESA's rule,
    analysis.qca.esa.ESA_NECESSITY_RULE: one of low relevance makes no remainder untenable); the item judges the check and what the analysis says of it (a remainder kept by a stated judgement, such as a
    condition of low relevance, or left after the one ESA pass and stated, is 'partly')."""
    if not good_practice or good_practice == status:
        return ""
    return (f"; good_practice.csv says '{good_practice}' on this point (row '{GOOD_PRACTICE_ESA}'), by another rule: it "
            "judges the models, not met while they use a contradictory simplifying assumption, an easy "
            "counterfactual of the outcome and its negation, or a remainder without a condition consistent with "
            "necessity and relevant (ESA's rule, the row says it); this item judges the check and what is said of it "
            f"('{status}': {_ESA_ITEM_RULE[status]})")


def _random_fit(benchmark, outcome: str = "") -> str:
    """What the permutation benchmark says of the fit, for the limited-diversity item ('' when not computed): with
    few cases spread over many rows a random outcome fits as well, and the fit parameters then carry no evidence. The
    engine's one sentence (standards.benchmark_sentence: good_practice's fit row, fit_benchmark_lines, the closing
    line), headed as the fit row heads it, so the item cannot word the share, the count or the verdict otherwise."""
    from ..qca.standards import benchmark_sentence

    if benchmark is None:
        return ""
    return "; permutation benchmark (Braumoeller 2015): " + benchmark_sentence(benchmark, outcome or None)


def _no_solution_rows(rows: list, e: Evidence, low_cut: bool) -> pd.DataFrame:
    """The items on the solution when there is none (e.no_solution): each says that there is nothing to show and
    why, 'not applicable' (or good_practice's status of the same point, quoted) where there is nothing to judge (no
    solution, counterfactual, chart or case type), the robustness item judged on its sweeps as always, without a
    robust core (which needs an initial solution)."""
    none = e.no_solution   # 'no configuration passes incl_cut = ...: no sufficient configuration for EFF'
    rows.append(_row("cut-offs justified (sensitivity ranges)", "partly" if low_cut else "met",
                     f"{none}: no solution whose range could be computed"
                     + (f"; incl_cut = {e.incl_cut:g} is below {_FLOOR_TEXT}, the floor for a sufficient row"
                        if low_cut else "")))
    rows.append(_quoting("all three solutions", f"each reported empty: {none}", e))
    rows.append(_row("directional expectations", "partly" if e.dir_exp_stated else "not met",
                     "stated as a parameter; no intermediate solution uses them here" if e.dir_exp_stated
                     else "not stated"))
    rows.append(_quoting("easy and difficult counterfactuals", "none: no intermediate solution", e))
    rows.append(_quoting("CSA / ESA", "no parsimonious solution, hence no simplifying assumption to check", e))
    rows.append(_quoting("model ambiguity", "no model", e))
    rows.append(_row("core / peripheral chart", "not applicable",
                     f"no configuration to chart ({none}); the figure is a labelled panel saying so"))
    if e.robustness_sweeps_total == 0:
        rows.append(_row("robustness", "not met", "no robustness test"))
    else:
        rows.append(_row("robustness", "partly",
                         _sweeps_with_power(e) + "; no robust core or robustness fit: the initial specification has no "
                         "solution"))
    rows.append(_negation_row(e))
    rows.append(_quoting("deviant cases", "no solution, hence no typical or deviant case of it", e))
    rows += _design_rows(e)
    rows.append(_row("software and version", "met" if e.software else "not met", e.software or "not stated"))
    return pd.DataFrame(rows, columns=["item", "status", "why"])


#: The checklist's items on the solution and good_practice's row on the same point (analysis.qca.standards): without
#: a solution good_practice says 'not applicable' of each (nothing to judge), where the items said 'met'
GOOD_PRACTICE_ROWS = {"all three solutions": "solution types reported",
                      "easy and difficult counterfactuals": "counterfactuals",
                      "CSA / ESA": GOOD_PRACTICE_ESA,
                      "model ambiguity": "model ambiguity",
                      "deviant cases": "typical and deviant cases"}


def _quoting(item: str, why: str, e: Evidence) -> dict:
    """An item on the solution when there is none: good_practice's status of the same point (its row
    GOOD_PRACTICE_ROWS[item] in e.good_practice), quoted; 'not applicable' when good_practice is not given."""
    standard = GOOD_PRACTICE_ROWS[item]
    given = e.good_practice.get(standard, "")
    status = given or "not applicable"
    if status not in STATUSES:
        raise ValueError(f"good_practice's status of '{standard}' must be one of {', '.join(STATUSES)}, got {given!r}")
    return _row(item, status, why + (f"; good_practice.csv says '{given}' on this point (row '{standard}')"
                                      if given else "; nothing to judge without a solution"))


def untenable_handling(necessity: pd.DataFrame, relevance: str, untenable: str = "", n_blocked: int = 0,
                       shown_blocked: Sequence[str] = (), observed: tuple[str, Sequence[int]] | None = None
                       ) -> tuple[str, tuple[str, ...]]:
    """How an ESA handled untenable assumptions, in words, and the conditions left unaddressed.

    `necessity`: a necessity table (analysis.paper_a.claims.necessity_table: condition, inclN, `relevance`,
    relevant, necessary); `untenable`: the remainders declared untenable (an expression, '' = none) and `n_blocked`
    how many it blocked; `shown_blocked`: conditions for which an analysis blocking the remainders without them is
    shown beside the reported one (notebook 03: the focus condition, claims_by_analysis' esa_necessity). A
    remainder without a condition consistent with necessity is an untenable assumption; keeping it is a judgement
    (e.g. a necessary condition of low relevance), stated here, and unaddressed when no blocking analysis is shown.
    `observed`: the part of `untenable` declared impossible and the observed rows inside it
    (analysis.paper_a.diagnostics.untenable_observed), said after the declaration: ESA blocks remainders only, so
    those rows keep their OUT, and a combination with cases is not impossible (the checklist's ESA item is then
    'partly': Evidence.untenable_observed); None: not checked, nothing said."""
    declared = {t.strip() for t in str(untenable or "").split("+") if t.strip()}
    parts = [f"declared untenable: {untenable} ({counted(n_blocked, 'remainder')} blocked)" if declared else
             "no remainder declared impossible (parameter untenable empty)"]
    if declared and observed is not None:
        impossible, rows = observed[0], list(observed[1])
        parts.append("no term declared impossible (each term negates a condition consistent with necessity)"
                     if not impossible else
                     f"no observed row inside the part declared impossible ({impossible})" if not rows else
                     f"observed row{'' if len(rows) == 1 else 's'} {', '.join(map(str, rows))} inside the part declared "
                     f"impossible ({impossible}) "
                     "not blocked (ESA blocks remainders only; a combination with cases is not impossible: check the "
                     "expression)")
    unaddressed = []
    rows = necessity[necessity["necessary"]]
    if rows.empty:
        parts.append("no condition is consistent with necessity, so no remainder contradicts one")
    for r in rows.itertuples():
        cond = str(r.condition)
        contra = cond[1:] if cond.startswith("~") else f"~{cond}"
        fit = (f"{cond} consistent with necessity: inclN {float(r.inclN):.3f}, {relevance} "
               f"{float(getattr(r, relevance)):.3f}" + (
                   "" if bool(r.relevant) else
                   ", constant: present in every case" if bool(getattr(r, "constant", False)) else
                   f", not relevant: {relevance} below the relevance cut"))
        if contra in declared:
            parts.append(f"remainders with {contra} blocked ({fit})")
        elif cond in shown_blocked:
            parts.append(f"remainders with {contra} kept in the reported analysis ({fit}); the ESA blocking them is "
                         "shown beside (claims_by_analysis.csv, esa_necessity)"
                         + ("" if bool(r.relevant) and not bool(getattr(r, "constant", False)) else
                            " as a sensitivity analysis against ESA's necessity rule, by which "
                            f"{cond} makes no remainder untenable"))
        else:
            unaddressed.append(cond)
            parts.append(f"remainders with {contra} kept ({fit}); no analysis blocking them is shown")
    return "; ".join(parts), tuple(unaddressed)


def _checklist_count_items(table: pd.DataFrame) -> list[tuple[str, int]]:
    """(status, count) in STATUSES' order, 'not applicable' only when an item is (no solution)."""
    c = table["status"].value_counts()
    return [(s, int(c.get(s, 0))) for s in STATUSES if s != "not applicable" or c.get(s, 0)]


def _evidence_count_items(table: pd.DataFrame) -> list[tuple[str, int]]:
    """(evidence level, count) in analysis.claims.EVIDENCE_LEVELS' order, every level (0 included, as the claims'
    headline counts them); [] for a table without the `evidence` column (reporting_checklist gives it)."""
    from ..claims import EVIDENCE_LEVELS

    if "evidence" not in table.columns:
        return []
    c = table["evidence"].value_counts()
    unknown = sorted(set(map(str, c.index)) - set(EVIDENCE_LEVELS))
    if unknown:
        raise ValueError(f"checklist evidence {', '.join(map(repr, unknown))}; allowed: "
                         f"{', '.join(map(repr, EVIDENCE_LEVELS))}")
    return [(level, int(c.get(level, 0))) for level in EVIDENCE_LEVELS]


def checklist_counts(table: pd.DataFrame) -> str:
    """'met 12, partly 3, not met 0 (of 15)'; 'not applicable N' too when an item is (no solution); with what the
    statuses rest on when the table gives it ('(of 19; evidence: independent 0, compendium's reading 5, by
    construction 14)', ITEM_EVIDENCE), as the claims' headline counts its checks by evidence level."""
    levels = _evidence_count_items(table)
    return (", ".join(f"{s} {n}" for s, n in _checklist_count_items(table)) + f" (of {len(table)}"
            + ("; evidence: " + ", ".join(f"{level} {n}" for level, n in levels) if levels else "") + ")")


def saved_checklist_counts(table: pd.DataFrame, data_source: str) -> str:
    """checklist_counts as qca.json saves it (its `checklist`): followed by the data its statuses were computed on
    (cases.data_sentence, after a full stop: '... 14). Data: the compendium's reconstruction of the cases, not the
    paper's data.'), as the ledger's saved headline is (claims.saved_headline). Notebook 03 prints the counts with its
    source tag; the JSON, read on its own, gave them without their data."""
    from .cases import data_sentence

    return checklist_counts(table) + "." + data_sentence(data_source)   # "... 14). Data: ..."


#: The checklist's statuses (STATUSES) in Chinese.
STATUSES_ZH = {"met": "符合", "partly": "部分符合", "not met": "不符合", "not applicable": "不适用"}


def checklist_counts_zh(table: pd.DataFrame) -> str:
    """checklist_counts in Chinese, from the same counts: '符合 12、部分符合 3、不符合 0（共 15 项）', with the evidence
    levels in the ledger's Chinese words (analysis.claims.EVIDENCE_LEVELS_ZH) when the table gives them:
    '（共 19 项；证据等级：独立核对 0、本项目解读 5、构造所致 14）'."""
    from ..claims import EVIDENCE_LEVELS_ZH

    levels = _evidence_count_items(table)
    return ("、".join(f"{STATUSES_ZH[s]} {n}" for s, n in _checklist_count_items(table)) + f"（共 {len(table)} 项"
            + ("；证据等级：" + "、".join(f"{EVIDENCE_LEVELS_ZH[level]} {n}" for level, n in levels) if levels else "")
            + "）")


def good_practice_counts_zh(practice) -> str:
    """good_practice_counts in Chinese, from the same counts: '符合 9、不符合 3、不适用 1、本项目解读 3（共 16 项标准）',
    with the evidence levels in the ledger's Chinese words when the rows give them ('（共 16 项标准；证据等级：独立核对 0、
    本项目解读 0、构造所致 16）')."""
    from ..workshop import STATUS_ZH

    from ..claims import EVIDENCE_LEVELS_ZH

    levels = _evidence_count_items(pd.DataFrame(list(practice.rows)))
    return ("、".join(f"{STATUS_ZH.get(s, s)} {n}" for s, n in practice.counts().items())
            + f"（共 {len(practice.rows)} 项标准"
            + ("；证据等级：" + "、".join(f"{EVIDENCE_LEVELS_ZH[level]} {n}" for level, n in levels) if levels else "")
            + "）")


def __getattr__(name: str):
    """GOOD_PRACTICE_STANDARDS_ZH and GOOD_PRACTICE_STATUSES_ZH: the standards of the engine's good_practice report
    (analysis.qca.standards) and their statuses in Chinese, for notebook 03's Chinese lines: the workshop's
    (analysis.workshop.STANDARD_ZH, STATUS_ZH, those engine_note_zh says a printed row by), so the notebook and the
    workshop name a standard alike, not a second list; a standard not named there is printed under its English name
    (good_practice_lines_zh), never left out. Read when asked for, so a notebook that does not print them (02) does
    not import the workshop (and the engine with it) and is not rerun when they change."""
    if name in ("GOOD_PRACTICE_STANDARDS_ZH", "GOOD_PRACTICE_STATUSES_ZH"):
        from ..workshop import STANDARD_ZH, STATUS_ZH

        return STANDARD_ZH if name == "GOOD_PRACTICE_STANDARDS_ZH" else STATUS_ZH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: What good_practice_lines_zh says under a standard whose 'has' text has no Chinese form (engine_note_zh gives none).
GOOD_PRACTICE_HAS_NOT_SAID_ZH = "尚无中文表述，见上文英文 has 一行（good_practice.csv 的 has 列）"


def good_practice_lines_zh(practice) -> list[str]:
    """Each standard of a good_practice report in a Chinese line, from its rows: the standard
    (GOOD_PRACTICE_STANDARDS_ZH, else its English name), its status (GOOD_PRACTICE_STATUSES_ZH) and the evidence the
    status rests on (claims.EVIDENCE_LEVELS_ZH), as the English printout's '- standard: status [evidence]' lines;
    under it, as the English printout's 'has:' line, what the analysis has, in Chinese ('    本分析：...'), from the
    workshop's renderings of the rows' texts (analysis.workshop.engine_note_zh, the one source of them); a text it
    has no form for is said to be in the English body above (and good_practice.csv), never guessed."""
    from ..claims import EVIDENCE_LEVELS_ZH
    from ..workshop import STANDARD_ZH, STATUS_ZH, engine_note_zh

    return [f"- {STANDARD_ZH.get(r['standard'], r['standard'])}："
            f"{STATUS_ZH.get(r['status'], r['status'])}"
            f"（证据等级：{EVIDENCE_LEVELS_ZH.get(r['evidence'], r['evidence'])}）\n    本分析："
            + (engine_note_zh(r["has"]) or GOOD_PRACTICE_HAS_NOT_SAID_ZH) for r in practice.rows]


#: good_practice's row on the fit of the solutions (analysis.qca.standards): its status reads inclS against INCL_FLOOR;
#: the permutation benchmark, which can say that the same fit carries no evidence, is in its 'has' when good_practice
#: is given it (notebook 03 gives it) and in fit_benchmark_lines
GOOD_PRACTICE_FIT = "solution fit"


def fit_benchmark_lines(practice, benchmark) -> tuple[str, str]:
    """good_practice's status of the solution fit (its row GOOD_PRACTICE_FIT) and what the permutation benchmark
    (the engine's permutation_benchmark, Braumoeller 2015; the notebook's permutation_benchmark.csv) says of that fit,
    as (English, Chinese), both computed: 'solution fit: met (inclS against 0.75, a convention); see permutation
    benchmark: 100% of the 6,435 possible assignments of 8 positive outcomes (EFF = 1) to the cases fit at least as
    well as the observed outcome: inclS and covS carry no evidence here', the engine's sentence (_benchmark_said),
    the report's outcome named. The verdict is the checklist's limited-diversity item's
    (RANDOM_FIT_LEVEL), so the row, the item and the benchmark's lines are read together; a benchmark without a
    positive row says there is no fit to compare. ('', '') when the report has no such row."""
    from ..workshop import STANDARD_ZH, STATUS_ZH

    row = next((r for r in practice.rows if r["standard"] == GOOD_PRACTICE_FIT), None)
    if row is None:
        return "", ""
    head = f"{GOOD_PRACTICE_FIT}: {row['status']} (inclS against {INCL_FLOOR:g}, a convention); see permutation benchmark: "
    head_zh = (f"{STANDARD_ZH[GOOD_PRACTICE_FIT]}：{STATUS_ZH.get(row['status'], row['status'])}（inclS 对照 {INCL_FLOOR:g}，一种惯例）；"
               "另见随机结果基准：")
    said, said_zh = _benchmark_said(benchmark, practice.outcome)
    return head + said, head_zh + said_zh


def _benchmark_said(benchmark, outcome: str) -> tuple[str, str]:
    """What the permutation benchmark says of the fit, (English, Chinese): the engine's sentence (good_practice's fit
    row, standards.benchmark_sentence, rendered in Chinese by workshop.benchmark_sentence_zh) with the outcome named
    after the count ('8 positive outcomes (EFF = 1)'): the share of the assignments that fit at least as well and,
    by RANDOM_FIT_LEVEL, whether inclS and covS carry evidence; without a positive row, that nothing is compared."""
    from ..qca.standards import benchmark_sentence
    from ..workshop import benchmark_sentence_zh

    said = benchmark_sentence(benchmark, outcome)
    return said, benchmark_sentence_zh(said)


def _resting_on_left_out(robust: pd.DataFrame, sensitivity) -> list[tuple[str, list[str]]]:
    """The claims robust in `robust` (claim_robustness) whose verdict a setting left out of the test set would change
    (robustness.sensitivities' records: setting, verdicts), each with those settings and the verdict each would give,
    in the table's order."""
    from .robustness import is_robust

    out = []
    for cid, verdict in zip(robust["claim_id"].astype(str), robust["verdict"]):
        settings = [(str(rec["setting"]), str(rec["verdicts"][cid][1])) for rec in sensitivity
                    if cid in (rec.get("verdicts") or {})]
        if is_robust(verdict) and settings:
            out.append((cid, settings))
    return out


def summary_lines(data_source: str, analysis: str, report_solution: str, robust: pd.DataFrame, settings: pd.DataFrame,
                  checklist: pd.DataFrame, practice, benchmark=None, sensitivity=()) -> tuple[str, str]:
    """Notebook 03's closing line, as (English, Chinese) from the same results: the data source, the solution the
    paths come from, the claims robust in every setting that changes what they rest on (robustness.robust_claims_text)
    with the settings without a sufficient configuration counted against the path claims, the checklist's counts and
    the standards of good practice's, and, given the permutation benchmark, what it says of the fit those counts
    call met (fit_benchmark_lines' words; the closing line gave the counts alone, 'solution fit: met' among them).
    `sensitivity` (robustness.sensitivities' records): a robust claim whose verdict a setting left out of the test set
    would change is named after the robust claims with that setting (on the reconstruction A3, robust only with
    n_cut=2 left out), as the ledger's robustness_sensitivity says it. Given robustness.csv's table
    (claims.robustness_table, as notebook 03 passes it), the robust claims' evidence level follows them ('(evidence:
    by construction)'; on original data the compendium's reading, A1's too), as the ledger's robustness_evidence.
    The Chinese line names the data source as a tagged subject, '数据（重建数据）：' (cases.source_text's place for
    it)."""
    from .cases import source_tag
    from ..claims import EVIDENCE_LEVELS_ZH
    from .robustness import no_solution_settings, robust_claims_text, setting_zh, verdict_evidence_levels, verdict_zh

    kind_zh = {"intermediate": "中间解", "parsimonious": "简约解", "conservative": "复杂解"}
    from .robustness import is_robust

    empty = no_solution_settings(settings)
    resting = _resting_on_left_out(robust, sensitivity)
    n_robust = sum(bool(is_robust(v)) for v in robust["verdict"])   # 'A1 holds', 'A1, A9 hold', not 'hold(s)'
    # the robust claims' evidence level (robustness.csv's robustness_evidence), when the table gives it
    levels = verdict_evidence_levels(robust[robust["verdict"].map(is_robust)]) if n_robust else []
    level_en = (f" (evidence: {levels[0][0]})" if len(levels) == 1 else
                " (evidence: " + "; ".join(f"{level}: {', '.join(ids)}" for level, ids in levels) + ")" if levels
                else "")
    level_zh = (f"（证据等级：{EVIDENCE_LEVELS_ZH[levels[0][0]]}）" if len(levels) == 1 else
                "（证据等级：" + "；".join(f"{EVIDENCE_LEVELS_ZH[level]} {'、'.join(ids)}" for level, ids in levels) + "）"
                if levels else "")
    en = (f"data: {SOURCE_NAMES[data_source][0]}; paths from the {'ESA' if analysis == 'esa' else 'standard'} {report_solution} "
          f"solution; robustness: {robust_claims_text(robust) or 'no claim'} {'hold' if n_robust > 1 else 'holds'} "
          f"in every setting that changes "
          f"what it rests on (the truth table, the sets it reads or the cases){level_en}"
          + (f", settings without a sufficient configuration counted against the path claims: {'; '.join(empty)}"
             if empty else "")
          + "".join(f"; {cid} only with {', '.join(s for s, _ in left)} left out of the test set by a convention (in "
                    f"it: {', '.join(f'{s}: {cid} {after}' for s, after in left)})" for cid, left in resting)
          + f"; checklist: {checklist_counts(checklist)}; standards of good practice: {good_practice_counts(practice)}")
    zh = (f"数据{source_tag(data_source, 'zh')}：路径取自{'ESA' if analysis == 'esa' else '标准分析'}"
          f"{kind_zh.get(report_solution, report_solution)}；稳健性：{robust_claims_text(robust, 'zh') or '无论断'}"
          f"在改变其依据（真值表、所读集合或案例）的每个设定中成立{level_zh}"
          + (f"，无充分组态的设定计为不利于路径论断：{'；'.join(map(setting_zh, empty))}" if empty else "")
          + "".join(f"；{cid} 仅在按惯例不纳入 {'、'.join(setting_zh(s) for s, _ in left)} 时稳健（纳入则"
                    + "、".join(f"{setting_zh(s)}：{verdict_zh(after)}" for s, after in left) + "）"
                    for cid, left in resting)
          + f"；报告清单：{checklist_counts_zh(checklist)}；良好实践标准：{good_practice_counts_zh(practice)}")
    if benchmark is not None:   # the fit those counts call met, read with the permutation benchmark
        said, said_zh = _benchmark_said(benchmark, practice.outcome)
        en += f"; solution fit against random outcomes (permutation benchmark): {said}"
        zh += f"；解的拟合度与随机结果相比（随机结果基准）：{said_zh}"
    return en, zh