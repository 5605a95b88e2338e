"""good_practice's robustness row on a consistency sweep that tried no setting but the analysis' own: whether a
plausible incl_cut exists is computed on the reported truth table (from INCL_FLOOR to 1, one that changes the table),
as it is for the frequency threshold, and the row's rule for a kind without an alternative runs once per kind."""
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.qca import truth_table
from analysis.qca import standards
from analysis.qca.standards import _plausible_incl_cuts, _robustness_row

from test_qca_standards import FULL

SWEEPS = pd.DataFrame({"sweep": ["calibration", "incl_cut", "n_cut"], "has_power": [True, False, False],
                       "settings": [2, 0, 0]})


def _tt(df, outcome, conditions, incl_cut):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return truth_table(df, outcome, conditions, incl_cut=incl_cut)


def test_a_consistency_sweep_with_no_row_between_the_plausible_cuts_has_no_plausible_alternative():
    """FULL's observed rows have consistency 0, 2/3 or 1 (by hand: A*B*~C holds 3 cases, 2 with Y), so at incl_cut 0.8
    every incl_cut from 0.75 to 1 codes them alike: no plausible alternative, the compendium's reading, not 'untested'
    ('not met') as the row said of every consistency sweep without an alternative."""
    tt = _tt(FULL, "Y", "A, B, C", 0.8)
    assert sorted(round(v, 3) for v in tt.rows.loc[tt.rows["n"] > 0, "incl"].unique()) == [0.0, 0.667, 1.0]
    assert _plausible_incl_cuts(tt) == []
    row = _robustness_row(SWEEPS, tt)
    assert ("no alternative setting of consistency threshold: none is plausible (every incl_cut from 0.75 (a "
            "convention: the figure was not found in the cited works' text) to 1 codes the observed rows as incl_cut "
            "0.8 does: no row's consistency lies between them)") in row["has"], row["has"]
    assert "so it is untested" not in row["has"] and row["status"] == row["evidence"] == "compendium's reading"


@pytest.mark.parametrize("where", ["own cut below the floor", "LF"])
def test_a_consistency_sweep_with_a_plausible_cut_it_did_not_try_stays_untested(where):
    """At incl_cut 0.6 FULL's row of consistency 2/3 is positive, and 0.75 (plausible) codes it negative; LF's rows of
    consistency 0.804 and 0.904 change at 0.805 and 0.905: a plausible alternative was not tried, so untested."""
    if where == "LF":
        lf = pd.read_csv(Path(__file__).resolve().parents[1] / "data" / "reference" / "datasets" / "LF.csv",
                         index_col=0)
        tt, cuts = _tt(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], 0.8), [0.805, 0.905]
    else:
        tt, cuts = _tt(FULL, "Y", "A, B, C", 0.6), [0.75]
    assert _plausible_incl_cuts(tt) == cuts
    row = _robustness_row(SWEEPS, tt)
    assert ("no alternative setting of consistency threshold: every setting tried is the analysis' own, so it is "
            "untested") in row["has"] and row["status"] == "not met", row["has"]


def test_the_rule_for_a_kind_without_an_alternative_runs_once_per_kind(monkeypatch):
    """_robustness_row asked _no_alternative_part twice for the frequency threshold (once to decide whether it is
    missing, once for its words); it is computed once per kind now."""
    calls = []
    rule = standards._no_alternative_part
    monkeypatch.setattr(standards, "_no_alternative_part", lambda family, tt: calls.append(family) or rule(family, tt))
    tt = _tt(FULL, "Y", "A, B, C", 0.8)
    _robustness_row(SWEEPS[SWEEPS["sweep"] != "n_cut"], tt)   # no frequency sweep: decided, then said
    assert calls.count("frequency threshold") == 1, calls
    calls.clear()
    _robustness_row(SWEEPS, tt)
    assert sorted(calls) == ["consistency threshold", "frequency threshold"], calls


def test_a_powerless_consistency_sweep_where_no_plausible_cut_changes_the_table_is_powerless_by_the_data():
    """A consistency sweep that tried 0.75 and 0.9 on FULL at 0.8 changes nothing, and no incl_cut from 0.75 to 1
    could (rows of consistency 0, 2/3, 1): the row said 'no test with power of: consistency threshold (...: no
    evidence either way)', though within the plausible range the threshold cannot change the solution (Paper A's
    checklist says so of its own sweep). On LF a plausible cut (0.805) would change the table: powerless as before."""
    tried = SWEEPS.assign(settings=[2, 2, 0], cut_offs=["", "incl_cut=0.75; incl_cut=0.9", ""])
    full = _robustness_row(tried, _tt(FULL, "Y", "A, B, C", 0.8))["has"]
    assert ("; the consistency sweep is powerless by the data: no incl_cut from 0.75 (a convention: the figure was not "
            "found in the cited works' text) to 1 changes the truth table (no observed row's consistency lies between "
            "such a cut and the analysis' own), so within that range the consistency threshold cannot change the "
            "solution") in full and "no test with power of: consistency threshold" not in full, full
    lf = pd.read_csv(Path(__file__).resolve().parents[1] / "data" / "reference" / "datasets" / "LF.csv", index_col=0)
    lf_has = _robustness_row(tried, _tt(lf, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], 0.8))["has"]
    assert "no test with power of: consistency threshold" in lf_has and "by the data" not in lf_has, lf_has
