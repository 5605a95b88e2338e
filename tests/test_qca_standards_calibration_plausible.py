"""good_practice's robustness row on a RobustnessProtocol's recalibrations, where the raw values are known: a
recalibration is a plausible alternative when it changes some membership (a case's side of 0.5 or, in a fuzzy set, its
degree) and leaves every set it recalibrates with cases on both sides of 0.5 (the compendium's reading); where none
tried is, the row says 'none is plausible'. A sweeps table (Paper A's) carries no raw values: read as before."""
import functools
import warnings

import pandas as pd
import pytest

from analysis.qca import robustness_protocol, truth_table
from analysis.qca.protocol import calibration_sides
from analysis.qca.standards import _robustness_row
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
#: LR's DEV (raw GDP per head) from 320 to 1098; LC codes it 1 from 586 up (a crisp threshold between 517 and 586),
#: LF calibrates it fuzzy with its crossover there too
TESTS = {t["label"]: t for t in (
    {"label": "own", "calibrate": {"DEV": {"type": "crisp", "thresholds": 560}}},     # LC's own DEV again
    {"label": "up", "calibrate": {"DEV": {"type": "crisp", "thresholds": 600}}},      # 586 and 590 move out
    {"label": "high", "calibrate": {"DEV": {"type": "crisp", "thresholds": 1200}}},   # every case out
    {"label": "near", "calibrate": {"DEV": {"thresholds": "e=400, c=560, i=900", "round": 2}}},   # LF: degree only
    {"label": "i", "incl_cut": 0.9}, {"label": "n", "n_cut": 2},
    {"label": "lo", "incl_cut": 0.6}, {"label": "lo2", "incl_cut": 0.5})}   # below the floor, 0.75: not plausible
RULE = ("(the compendium's reading: a plausible alternative calibration changes some membership (a case's side of 0.5 "
        "or, in a fuzzy set, its degree) and leaves every set it recalibrates with cases on both sides of 0.5)")


@functools.lru_cache(maxsize=None)
def row(data, *labels):
    """The protocol of the tests named on LC or LF and its robustness row, read on the data's own truth table."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = robustness_protocol(dataset(data), "SURV", CONDS, [TESTS[x] for x in labels], incl_cut=0.8,
                                case_column="case", raw=dataset("LR"))
        tt = truth_table(dataset(data).set_index("case"), "SURV", CONDS, incl_cut=0.8)
    return p, _robustness_row(p, tt)


def test_the_protocol_records_where_each_recalibration_puts_the_cases_against_0_5():
    p, _ = row("LC", "own", "up", "high", "i")
    lr = dataset("LR").set_index("case")
    assert sorted(lr["DEV"][(lr["DEV"] > 560) & (lr["DEV"] < 600)]) == [586, 590]   # by hand: what 'up' moves
    assert int((lr["DEV"] > 560).sum()) == 10                                       # and 'high'
    assert p.calibration_sides == {"own": {"moved": {"DEV": 0}, "changed": {"DEV": 0}, "one_sided": []},
                                   "up": {"moved": {"DEV": 2}, "changed": {"DEV": 2}, "one_sided": []},
                                   "high": {"moved": {"DEV": 10}, "changed": {"DEV": 10},
                                            "one_sided": [("DEV", "below")]}}


@pytest.mark.parametrize("tests, why", [
    (("own",), "test 'own' changes no membership (the analysis' own calibration)"),
    (("high",), "test 'high' leaves 'DEV' with every case below 0.5"),
    (("own", "high"), "test 'own' changes no membership (the analysis' own calibration); test 'high' leaves 'DEV' "
                      "with every case below 0.5")])
def test_where_no_recalibration_tried_is_plausible_the_row_says_none_is(tests, why):
    """'own' is LC's calibration again, 'high' puts every case out of DEV (and changes the truth table: the row read
    it as a calibration test with power, 'met'): neither is a plausible alternative; beside a plausible consistency and
    frequency test the status is the compendium's reading, not 'met'."""
    _, r = row("LC", *tests, "i", "n")
    n = len(tests)
    assert (f"calibration: none is plausible of the {n} recalibration{'s' * (n != 1)} tried {RULE}: {why}"
            in r["has"]), r["has"]
    assert r["status"] == "compendium's reading", r


@pytest.mark.parametrize("data, tests", [("LC", ("up",)), ("LF", ("near",))])
def test_a_plausible_recalibration_leaves_the_row_as_it_was(data, tests):
    """'up' moves two cases out of DEV; LF's 'near' keeps every case on its side of 0.5 but changes 8 degrees, an
    alternative of degree (it can change the truth table through the consistencies): both plausible."""
    p, r = row(data, *tests, "i", "n")
    assert "none is plausible of" not in r["has"] and "recalibration" not in r["has"], r["has"]
    assert r["has"].startswith("calibration: calibration" + ("; " if data == "LC" else " (powerless"))   # as before
    if data == "LF":
        assert p.calibration_sides["near"] == {"moved": {"DEV": 0}, "changed": {"DEV": 8}, "one_sided": []}


def test_beside_a_plausible_recalibration_an_implausible_one_is_named():
    _, r = row("LC", "up", "high", "i", "n")
    assert (f"; recalibration tried with no plausible alternative {RULE}: test 'high' leaves 'DEV' with every case "
            "below 0.5") in r["has"] and "none is plausible of" not in r["has"], r["has"]
    assert r["status"] == "compendium's reading"


def testcalibration_sides_counts_a_case_moved_to_exactly_0_5_and_a_set_all_at_0_5():
    a = pd.DataFrame({"X": [0.2, 0.7, 0.9]}, index=list("abc"))
    b = pd.DataFrame({"X": [0.2, 0.5, 0.8]}, index=list("abc"))
    assert calibration_sides(a, b, ["X"]) == {"moved": {"X": 1}, "changed": {"X": 2}, "one_sided": []}
    assert calibration_sides(a, b.assign(X=0.5), ["X"]) == {"moved": {"X": 3}, "changed": {"X": 3},
                                                             "one_sided": [("X", "at")]}


def test_the_protocols_json_carries_what_the_row_judges_the_tests_by():
    """to_dict() (the CLI's robustness --json) left out calibration_sides and cases_counted, so a reader of the JSON
    could not see why good_practice called a recalibration or an n_cut implausible. Strict JSON (allow_nan=False):
    'high' empties the robust core, so RF_cons is undefined there and must be null, not NaN."""
    import json

    p, _ = row("LC", "own", "up", "high", "i", "n")
    d = json.loads(json.dumps(p.to_dict(), allow_nan=False))
    assert d["calibration_sides"] == {"own": {"moved": {"DEV": 0}, "changed": {"DEV": 0}, "one_sided": {}},
                                      "up": {"moved": {"DEV": 2}, "changed": {"DEV": 2}, "one_sided": {}},
                                      "high": {"moved": {"DEV": 10}, "changed": {"DEV": 10},
                                               "one_sided": {"DEV": "below"}}}
    assert set(d["cases_counted"]) == {"IS", "own", "up", "high", "i", "n"}
    assert all(set(v) == {"kept", "cases"} for v in d["cases_counted"].values())
    assert {k: (v["kept"], v["cases"]) for k, v in d["cases_counted"].items()} == p.cases_counted
    assert d["cases_counted"]["IS"]["cases"] == len(dataset("LC"))


NO_PLAUSIBLE = " (no plausible setting: whether it changes the truth table is not read)"


def test_a_sweep_both_powerless_and_without_a_plausible_setting_gets_one_remark():
    """'own' is LC's calibration again: it changes neither the truth table nor any membership. The row called its
    sweep powerless twice ('calibration (powerless: ...)', 'no test with power of: calibration, ...') and then said no
    recalibration tried is plausible. Plausibility comes first (a test set holds plausible alternatives, Oana &
    Schneider 2021): the sweep is marked once as having no plausible setting, its power not read, and the parts on
    implausible tests say why; the consistency sweep ('i', plausible, powerless) keeps its remarks."""
    _, r = row("LC", "own", "i", "n")
    has = r["has"]
    assert has.startswith("calibration: calibration" + NO_PLAUSIBLE + "; consistency threshold: incl_cut (powerless"), has
    # LC's consistency sweep is powerless by the data (no incl_cut from 0.75 to 1 changes its table), said so
    assert "; the consistency sweep is powerless by the data" in has and "power of: calibration" not in has, has
    assert has.count("powerless") == 2 and "no test with power of" not in has, has
    assert "calibration: none is plausible of the 1 recalibration tried" in has
    assert r["status"] == "compendium's reading"


def test_a_consistency_sweep_of_cuts_below_the_floor_only_is_not_called_powerless():
    _, r = row("LC", "lo", "lo2")
    has = r["has"]
    assert has.startswith("consistency threshold: incl_cut" + NO_PLAUSIBLE + ";"), has
    assert "powerless" not in has and "no test with power of" not in has, has
    assert "lo (incl_cut 0.6), lo2 (incl_cut 0.5), not a plausible alternative" in has
    _, beside = row("LC", "lo", "i")   # beside a plausible cut, the sweep is read by its power as before
    assert beside["has"].startswith("consistency threshold: incl_cut (powerless"), beside["has"]


def test_a_sweeps_tables_settings_are_judged_alike():
    """A table's sweep is read by its cut_offs: every one below the floor is no plausible setting; a table's
    recalibrations by its calibration_sides column (JSON text or a mapping), as Paper A's sweep_power writes it."""
    tt = truth_table(dataset("LC").set_index("case"), "SURV", CONDS, incl_cut=0.8)
    table = pd.DataFrame({"sweep": ["cuts", "cal"], "varies": ["incl_cut", "calibration"], "has_power": [False, False],
                          "cut_offs": ["incl_cut=0.6; incl_cut=0.5", "DEV at 1200"],
                          "calibration_sides": ["", '{"DEV at 1200": {"moved": {"DEV": 10}, "changed": {"DEV": 10}, '
                                                    '"one_sided": {"DEV": "below"}}}']})
    has = _robustness_row(table, tt)["has"]
    assert has.startswith(f"consistency threshold: cuts{NO_PLAUSIBLE}; calibration: cal{NO_PLAUSIBLE};"), has
    assert "test 'DEV at 1200' leaves 'DEV' with every case below 0.5" in has and "powerless" not in has, has
    # with power, the sweep is listed unmarked: the part naming its implausible tests is its one remark
    powered = _robustness_row(table.assign(has_power=[True, True]), tt)["has"]
    assert powered.startswith("consistency threshold: cuts; calibration: cal;") and "no plausible setting" not in powered
    assert "test 'DEV at 1200' leaves 'DEV'" in powered and "cuts (incl_cut 0.6), cuts (incl_cut 0.5)" in powered
    with pytest.raises(Exception, match=r"row 2 \(sweep 'cal'\), column 'calibration_sides'"):
        _robustness_row(table.assign(calibration_sides=["", "[1, 2]"]), tt)


def test_calibration_sides_names_a_set_the_memberships_lack():
    a = pd.DataFrame({"X": [0.2, 0.7]}, index=list("ab"))
    with pytest.raises(Exception, match=r"^calibration_sides: set 'Y' is not a column of both memberships"):
        calibration_sides(a, a, ["Y"])
