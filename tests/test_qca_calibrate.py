"""Calibration against R QCA 3.25 (every example of data/reference/r-qca/calibration.json), plus
shape properties and the error messages users see."""
from __future__ import annotations

import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.paths import R_QCA
from analysis.qca.calibrate import (calibrate, calibrate_frame, fractional_logit, kwargs_from_r_call,
                                    parse_thresholds)
from analysis.qca.errors import QCAInputError

REFERENCE = json.loads((R_QCA / "calibration.json").read_text(encoding="utf-8"))
EXAMPLES = REFERENCE["examples"]


def test_reference_has_the_17_examples():
    assert len(EXAMPLES) == 17


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_example_calibrates_the_input_it_names(name):
    """x is the named input vector R was given (`inputs`), and the call calibrates that vector."""
    ex = EXAMPLES[name]
    assert ex["x"] == REFERENCE["inputs"][ex["input"]]
    assert ex["call"].startswith(f"calibrate({ex['input']},")


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_matches_r_qca_to_3_decimals(name):
    ex = EXAMPLES[name]
    ours = calibrate(np.asarray(ex["x"], dtype=float), **kwargs_from_r_call(ex["call"]))
    np.testing.assert_allclose(ours, np.asarray(ex["output"], dtype=float), rtol=0, atol=5e-4)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_matches_r_qca_to_machine_precision(name):
    """Stronger than asked: the formulas are R's, so agreement is to ~1e-12 (indirect: R's 6 decimals)."""
    ex = EXAMPLES[name]
    ours = calibrate(np.asarray(ex["x"], dtype=float), **kwargs_from_r_call(ex["call"]))
    np.testing.assert_allclose(ours, np.asarray(ex["output"], dtype=float), rtol=0, atol=1e-9)


# ---------------------------------------------------------------- properties
X = np.linspace(0, 400, 801)


def test_logistic_anchors_get_idm_and_its_complement():
    fs = calibrate(np.array([150.0, 175.0, 200.0]), thresholds={"e": 150, "c": 175, "i": 200}, idm=0.9)
    np.testing.assert_allclose(fs, [0.1, 0.5, 0.9], atol=1e-12)


def test_decreasing_is_the_mirror_of_increasing():
    inc = calibrate(X, thresholds="e=100, c=200, i=300")
    dec = calibrate(X, thresholds="i=100, c=200, e=300")
    np.testing.assert_allclose(dec, inc[::-1], atol=1e-12)


@pytest.mark.parametrize("shape", [{"logistic": True}, {"logistic": False, "below": 2, "above": 0.5}])
def test_s_shapes_are_monotone_and_in_unit_interval(shape):
    fs = calibrate(X, thresholds="e=100, c=200, i=300", **shape)   # below and above bend the linear shape only
    assert np.all(np.diff(fs) >= 0) and fs.min() >= 0 and fs.max() <= 1


def test_r_clipping_of_near_zero_and_near_one():
    fs = calibrate(np.array([0.0, 400.0]), thresholds="e=190, c=200, i=210")
    assert fs.tolist() == [0.0, 1.0]


def test_inverse_bell_is_one_minus_bell_with_swapped_names():
    bell = calibrate(X, thresholds="e1=100, c1=150, i1=200, i2=200, c2=250, e2=300")
    inv = calibrate(X, thresholds="i1=100, c1=150, e1=200, e2=200, c2=250, i2=300")
    np.testing.assert_allclose(inv, 1 - bell, atol=1e-12)


def test_crisp_threshold_belongs_to_the_upper_group():
    assert calibrate([1, 2, 3, 4], type="crisp", thresholds=[3, 2]).tolist() == [0, 1, 2, 2]


def test_a_string_of_numbers_is_read_as_those_numbers_without_a_warning():
    """calibrate(x, thresholds="550") is R's calibrate(x, thresholds = "550"): R splits a one-string thresholds at its
    commas and takes numbers as numbers (splitstr), so a string of numbers has one reading, the numbers; it is read
    so, with no warning (only a comma between digits, '0,5', gets a note: decimal_comma_note). No raw value is on the
    crossover (550), which calibrate() warns of."""
    from analysis.qca.data import QCAWarning

    x = np.array([100.0, 400.0, 560.0, 700.0, 900.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)
        assert calibrate(x, type="crisp", thresholds="550").tolist() == calibrate(x, type="crisp", thresholds=550).tolist()
        assert np.array_equal(calibrate(x, thresholds="350, 550, 850"), calibrate(x, thresholds=[350, 550, 850]))


def test_series_keeps_index_and_name():
    s = pd.Series([300.0, 900.0], index=["a", "b"], name="GDP")
    out = calibrate(s, thresholds="e=350, c=550, i=850")
    assert isinstance(out, pd.Series) and list(out.index) == ["a", "b"] and out.name == "GDP"


def test_missing_keep_passes_nan_through():
    out = calibrate([300.0, np.nan, 900.0], thresholds="e=350, c=550, i=850", missing="keep")
    assert np.isnan(out[1]) and not np.isnan(out[[0, 2]]).any()


def test_parse_thresholds_forms_agree():
    forms = ["e=1, c=2, i=3", {"i": 3, "e": 1, "c": 2}, [1, 2, 3], "1,2,3"]
    results = [calibrate(X / 100, thresholds=f) for f in forms]
    for r in results[1:]:
        np.testing.assert_array_equal(r, results[0])
    assert parse_thresholds("e=1, c=2, i=3") == (("e", "c", "i"), pytest.approx(np.array([1.0, 2.0, 3.0])))


def test_fractional_logit_solves_its_score_equations():
    rng = np.random.default_rng(7)
    x = np.sort(rng.uniform(0, 1, 40))
    X = np.column_stack([np.ones_like(x), x])
    y = np.clip(np.round(x + rng.normal(0, 0.2, 40), 1), 0, 1)
    mu = fractional_logit(X, y)
    np.testing.assert_allclose(X.T @ (y - mu), 0, atol=1e-8)


def test_calibrate_frame_applies_each_rule_in_order():
    raw = pd.DataFrame({"case": ["a", "b", "c"], "gdp": [300.0, 550.0, 900.0], "lit": [10.0, 60.0, 95.0]})
    spec = {"DEV": {"source": "gdp", "thresholds": "e=350, c=550, i=850"},
            "LIT": {"source": "lit", "type": "crisp", "thresholds": 50}}
    out = calibrate_frame(raw, spec, keep=["case"])
    assert list(out.columns) == ["case", "DEV", "LIT"]
    np.testing.assert_allclose(out["DEV"], calibrate(raw["gdp"], thresholds="e=350, c=550, i=850"))
    assert out["LIT"].tolist() == [0, 1, 1]


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize("kwargs, message", [
    ({"thresholds": "e=550, c=350, i=850"}, "ordered"),
    ({"thresholds": "e=1, c=2"}, "3 thresholds"),
    ({"thresholds": [1, 2, 3, 4]}, "3 thresholds"),
    ({"thresholds": "e1=1, c1=2, i1=3, i2=2.5, c2=4, e2=5"}, "six anchors"),
    ({"thresholds": "a=1, b=2, c=3"}, "names must be e, c, i"),
    ({"thresholds": "e=1, 2, i=3"}, "all values"),
    ({"thresholds": "e=1, c=x, i=3"}, "not a number"),
    ({"thresholds": None}, "required"),
    ({"thresholds": "e=1, c=2, i=3", "idm": 0.5}, "idm"),
    ({"thresholds": "e=1, c=2, i=3", "idm": 1.2}, "idm"),
    ({"thresholds": "e=1, c=2, i=3", "below": -1, "logistic": False}, "below"),
    ({"thresholds": "e=1, c=2, i=3", "type": "fuzy"}, "type must be"),
    ({"thresholds": "e=1, c=2, i=3", "method": "indrect"}, "method must be"),
    ({"thresholds": [2, 2], "type": "crisp"}, "distinct"),
    ({"thresholds": "1, 2", "type": "crisp", "method": "indirect"}, "fuzzy"),
    ({"thresholds": "e=1, c=2, i=3", "method": "indirect"}, "plain bin limits"),
])
def test_bad_arguments_raise_clear_errors(kwargs, message):
    with pytest.raises(QCAInputError, match=message):
        calibrate(np.arange(1.0, 10.0), **kwargs)


@pytest.mark.parametrize("x, message", [
    (["a", "b"], "raw values to calibrate, got the texts 'a', 'b'"),
    (["1", "x"], "numeric; 'x' is not a number"),
    ([1.0, np.nan], "missing value"),
    ([1.0, np.inf], "infinite"),
    ([[1.0, 2.0]], "one-dimensional"),
    ([1 + 2j, 2.0], r"\(1\+2j\) is complex: complex numbers \(an imaginary part"),   # was cut to 1.0, with a warning
    (pd.Series([1.5, 2 + 1e-3j, 3.0], dtype=object), r"\(2\+0\.001j\) is complex"),
    ([True, False], r"got True/False: that is a crisp set already \(True is in it\), whose memberships are "
                    r"x\.astype\(int\)"),
])
def test_bad_x_raises_clear_errors(x, message):
    with pytest.raises(QCAInputError, match=message):
        calibrate(x, thresholds="e=1, c=2, i=3")


def test_missing_value_error_names_the_series_index():
    with pytest.raises(QCAInputError, match="index 'b'"):
        calibrate(pd.Series([1.0, np.nan], index=["a", "b"]), thresholds="e=1, c=2, i=3")


def test_indirect_needs_positive_values():
    with pytest.raises(QCAInputError, match="positive"):
        calibrate(np.arange(-3.0, 10.0), method="indirect", thresholds="1, 4, 7")


def test_calibrate_frame_error_names_the_column():
    with pytest.raises(QCAInputError, match="calibrating 'DEV' from column 'gdp'"):
        calibrate_frame(pd.DataFrame({"gdp": [1.0, 2.0]}), {"DEV": {"source": "gdp", "thresholds": "e=3, c=1, i=2"}})
    with pytest.raises(QCAInputError, match="not in the data"):
        calibrate_frame(pd.DataFrame({"gdp": [1.0]}), {"DEV": {"thresholds": "e=1, c=2, i=3"}})


def test_r_call_translation_rejects_what_it_cannot_map():
    """An R argument the engine does not implement (ecdf) gets the one table's message with what to do instead
    (r_calls.R_ONLY_ARGUMENTS), as calibrate(ecdf=True) does; it said only 'without an equivalent here'."""
    with pytest.raises(QCAInputError, match=r"ecdf is R QCA's calibrate.*instead: calibrate with anchors"):
        kwargs_from_r_call('calibrate(x, thresholds = "e=1, c=2, i=3", ecdf = TRUE)')
    with pytest.raises(QCAInputError, match="without an equivalent"):
        kwargs_from_r_call('calibrate(x, thresholds = "e=1, c=2, i=3", weird = TRUE)')
    with pytest.raises(QCAInputError, match="not an R calibrate"):
        kwargs_from_r_call("truthTable(LC)")


@pytest.mark.parametrize("kwargs, message", [
    ({"thresholds": "e=1, c=2, i=3"}, "crisp thresholds are cut points"),
    ({"thresholds": 2, "idm": 0.9}, "idm applies to fuzzy calibration only"),
    ({"thresholds": 2, "logistic": False, "below": 2}, "logistic, below apply to fuzzy calibration only"),
])
def test_crisp_calibration_refuses_fuzzy_arguments(kwargs, message):
    """Named anchors and the direct method's arguments were silently dropped for type='crisp' (audit, round 11)."""
    with pytest.raises(QCAInputError, match=message):
        calibrate([1, 2, 3, 4], type="crisp", **kwargs)


def test_indirect_targets_are_rounded_to_three_decimals_as_r_does():
    """R QCA's calibrate(method = "indirect") regresses on targets round(seq(0, 1, by = 1/k), 3): with three
    thresholds 0, 0.333, 0.667, 1 (the reference data have four, whose steps need no rounding). Scores
    differed from R's by up to 4e-4 with the exact thirds."""
    from analysis.qca.calibrate import _clip_fuzzy, _fp_design, fractional_logit
    x = np.round(np.random.default_rng(1).uniform(100, 30000, 40))
    target = np.select([x > 20000, x > 8000, x > 1000], [1.0, 0.667, 0.333], 0.0)
    expected = _clip_fuzzy(np.round(fractional_logit(_fp_design(x), target), 6))
    np.testing.assert_array_equal(np.asarray(calibrate(x, thresholds=[1000, 8000, 20000], method="indirect")), expected)


def test_a_decimal_comma_in_crisp_thresholds_is_read_as_r_reads_it_with_a_warning():
    """'0,5' is two cut points, 0 and 5, as in R's calibrate(); when such a string (a comma between digits, no space)
    gives a cut point that separates no cases (at or below the smallest value, or above the largest), a QCAWarning
    says how it was read and that a decimal point is written '0.5'. The memberships are R's all the same."""
    import warnings

    from analysis.qca import QCAWarning

    x = [0.1, 0.4, 0.6, 0.9]
    with pytest.warns(QCAWarning) as caught:
        out = calibrate(x, type="crisp", thresholds="0,5")
    assert out.tolist() == [1, 1, 1, 1]                               # R's reading: every case at or above 0
    message = str(caught[0].message)
    assert "read as 2 cut points, 0 and 5" in message and "'0.5'" in message and "every case" in message
    with pytest.warns(QCAWarning, match="cut point 5 separates no cases.*'2.5'"):
        assert calibrate([1, 2, 3, 4], type="crisp", thresholds="2,5").tolist() == [0, 1, 1, 1]
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)                     # no warning when both cut points separate
        assert calibrate([1, 3, 6, 9], type="crisp", thresholds="2,5").tolist() == [0, 1, 2, 2]
        assert calibrate(x, type="crisp", thresholds="0.5").tolist() == [0, 0, 1, 1]
    for given in ("0, 5", [0, 5]):   # a space: two meant; numbers: as given. No decimal-comma note, but every case
        with warnings.catch_warnings(record=True) as caught:   # at 1: the set does not vary in kind, as calibrate_frame
            warnings.simplefilter("always")                   # says of it too
            assert calibrate(x, type="crisp", thresholds=given).tolist() == [1, 1, 1, 1]
        assert [str(w.message)[:60] for w in caught] == ["the calibrated set: every case gets membership 1 (raw values"]


def test_calibrate_frame_names_the_set_of_a_decimal_comma_warning():
    from analysis.qca import QCAWarning

    df = pd.DataFrame({"raw": [0.1, 0.4, 0.6, 0.9]})
    with pytest.warns(QCAWarning, match=r"^calibrating 'A' from column 'raw': thresholds '0,5' were read as"):
        calibrate_frame(df, {"A": {"source": "raw", "type": "crisp", "thresholds": "0,5"}})


def test_calibrate_frame_names_an_r_only_argument_of_a_spec():
    df = pd.DataFrame({"raw": [1.0, 2.0, 3.0]})
    with pytest.raises(QCAInputError, match=r"^spec\['A'\]: ecdf is R QCA's calibrate\(\.\.\., ecdf = \.\.\.\)"):
        calibrate_frame(df, {"A": {"source": "raw", "thresholds": "e=1, c=2, i=3", "ecdf": True}})


def test_fuzzy_thresholds_with_decimal_commas_say_so():
    """'0,2,0,5,0,9' is six thresholds, as in R's calibrate(); the refusal named only the anchors' order, never the
    decimal commas that split each number in two. It now says so, with the numbers read in pairs."""
    with pytest.raises(QCAInputError, match=r"six anchors must be ordered.*decimal commas\?.*write '0\.2, 0\.5, 0\.9'"):
        calibrate([0.1, 0.5, 0.9], thresholds="0,2,0,5,0,9")
    with pytest.raises(QCAInputError, match=r"got 5; decimal commas\?.*write numbers with a point"):
        calibrate([0.1, 0.5, 0.9], thresholds="0,2,0,5,1")
    with pytest.raises(QCAInputError, match=r"calibrating 'A' from column 'x'.*decimal commas"):
        calibrate_frame(pd.DataFrame({"x": [0.1, 0.5, 0.9]}), {"A": {"source": "x", "thresholds": "0,2,0,5,0,9"}})
    with pytest.raises(QCAInputError) as err:  # no comma between digits: no hint
        calibrate([0.1, 0.5, 0.9], thresholds="3, 2, 5")
    assert "decimal" not in str(err.value)


@pytest.mark.parametrize("thresholds, kwargs, meant", [
    ("e=0,2; c=0,55; i=0,85", {}, "e=0.2, c=0.55, i=0.85"),     # European Excel: decimal commas, ';' between
    ("e=0,2;c=0,55;i=0,85", {}, "e=0.2, c=0.55, i=0.85"),
    ("0,2; 0,55; 0,85", {}, "0.2, 0.55, 0.85"),
    ("0,5; 1,5", {"type": "crisp"}, "0.5, 1.5"),
    ("e=0.2; c=0.55; i=0.85", {}, "e=0.2, c=0.55, i=0.85"),      # ';' alone
    ("0,2, 0,55, 0,85", {}, "0.2, 0.55, 0.85"),                  # decimal commas, ', ' between: six anchors to R
])
def test_the_rewrite_a_refusal_of_semicolon_thresholds_suggests_is_accepted(thresholds, kwargs, meant):
    """Thresholds written as Excel in a locale with decimal commas writes lists ('e=0,2; c=0,55; i=0,85') were
    refused with a rewrite that was refused in turn ('e=0.2; c=0.55; i=0.85', ';' kept), or told to separate the
    thresholds with ',' ('0,2, 0,55, 0,85': six anchors, a bell). The rewrite the message quotes is now accepted and
    is the calibration meant."""
    import re

    x = [0.1, 0.3, 0.5, 0.7, 0.9, 1.7]
    with pytest.raises(QCAInputError) as err:
        calibrate(x, thresholds=thresholds, **kwargs)
    quoted = [q for q in re.findall(r"'([^']*)'", str(err.value)) if q not in (thresholds, "e=350, c=550, i=850")]
    rewrites = [q for q in quoted if ";" not in q and re.search(r"\d", q)]
    assert rewrites, str(err.value)
    np.testing.assert_array_equal(calibrate(x, thresholds=rewrites[-1], **kwargs),
                                  calibrate(x, thresholds=meant, **kwargs))


def test_help_of_calibrate_names_every_argument():
    """help(calibrate), what a researcher reads in Jupyter, described thresholds alone: how to get the linear shape
    README lists (logistic=False), what idm, below and above do and what missing takes were in no help text (the
    module docstring names below, above and idm only). Every argument of the signature is now named in it."""
    import inspect
    import re

    doc = inspect.getdoc(calibrate)
    missing = [p for p in inspect.signature(calibrate).parameters           # as `name` or name= / name:
               if p != "x" and not re.search(rf"`{p}`|\b{p}\s*[=:]", doc)]
    assert not missing, missing


@pytest.mark.parametrize("thresholds", [550, "550", [550, 800]])
def test_cut_points_without_type_crisp_are_told_to_pass_it(thresholds):
    """calibrate(lr['DEV'], thresholds=550), type='crisp' forgotten (a workshop participant's first mistake:
    the default type is 'fuzzy'), was told only that fuzzy calibration needs 3 or 6 thresholds, not that a
    crisp set's cut point needs type='crisp'. Named anchors ('e=1, c=2') are fuzzy and get no such hint."""
    with pytest.raises(QCAInputError, match=r"got [12]; .*type='crisp' .*the default type is 'fuzzy'"):
        calibrate([300.0, 600.0, 900.0], thresholds=thresholds)
    with pytest.raises(QCAInputError) as err:
        calibrate([300.0, 600.0, 900.0], thresholds="e=1, c=2")
    assert "crisp" not in str(err.value)
    with pytest.raises(QCAInputError, match=r"calibrating 'DEV' from column 'DEV': .*type='crisp'"):
        calibrate_frame(pd.DataFrame({"DEV": [300.0, 600.0]}), {"DEV": {"thresholds": 550}})


def test_three_anchors_without_spaces_get_no_decimal_comma_hint():
    """'350,350,900' is three anchors e, c, i as R reads them; its fault is c equal to e, yet the refusal added
    "decimal commas? ',' separates the thresholds, so each number was read as two", which sent the user after the
    wrong fault (the CLI fuzz helper's finding). Three numbers get the order message alone; six still get the hint."""
    with pytest.raises(QCAInputError) as err:
        calibrate([100.0, 400.0, 800.0], thresholds="350,350,900")
    assert "ordered e < c < i" in str(err.value) and "decimal comma" not in str(err.value)
    with pytest.raises(QCAInputError, match=r"decimal commas\?.*write '0\.2, 0\.5, 0\.9'"):
        calibrate([0.1, 0.5, 0.9], thresholds="0,2,0,5,0,9")


def test_a_frame_given_to_calibrate_names_a_public_function_that_runs():
    """calibrate(df[['DEV']]) pointed to 'analysis.qca.calibrate.calibrate_frame', which is no attribute chain a
    user can follow (analysis.qca.calibrate is the function) and was not in analysis.qca's API; the function it
    names is now public, and the call it shows, with the thresholds filled in, runs."""
    import importlib
    import re

    import analysis.qca as qca

    lr = pd.DataFrame({"case": ["a", "b", "c"], "DEV": [350.0, 550, 850]})
    with pytest.raises(QCAInputError) as exc:
        calibrate(lr[["DEV"]], thresholds="e=350, c=550, i=850")
    dotted = re.search(r"several sets at once: ([\w.]+)\(df, ", str(exc.value)).group(1)
    module, _, name = dotted.rpartition(".")
    function = getattr(importlib.import_module(module), name)
    assert name in qca.__all__ and function is calibrate_frame
    out = function(lr, {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keep=["case"])
    assert list(out.columns) == ["case", "DEV"] and out["DEV"].iloc[1] == pytest.approx(0.5)


def test_calibrate_frame_warns_of_a_set_that_does_not_vary_in_kind():
    """calibrate_frame with anchors on another scale than the raw values (percent anchors on shares: every case
    below the crossover) or a crisp cut point beyond them (every case in one class) gave a constant set without a
    word in Python; only the CLI's calibrate warned. It now warns, naming the set, its raw column and range and the
    thresholds, as the CLI did (the CLI now passes this warning on, with its spec file in front, once); a set that
    varies, and a crisp '0,5' (calibrate's own decimal-comma note), get none of it. Fails before."""
    raw = pd.DataFrame({"share": [0.1, 0.3, 0.8, 0.45], "pop": [1, 5, 9, 3], "gdp": [100, 250, 400, 600]})
    spec = {"S": {"source": "share", "thresholds": "e=10, c=30, i=50"},
            "P": {"source": "pop", "type": "crisp", "thresholds": 20},
            "G": {"source": "gdp", "thresholds": "e=100, c=300, i=500"},
            "C": {"source": "pop", "type": "crisp", "thresholds": "0,5"}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sets = calibrate_frame(raw, spec)
    said = [str(w.message) for w in caught if "does not vary in kind" in str(w.message)]
    assert said == [
        "set 'S': every case is below 0.5 (raw 'share' from 0.1 to 0.8, thresholds 'e=10, c=30, i=50'): the set does "
        "not vary in kind (no case on the other side), which no analysis can use; check that the thresholds are on "
        "the scale of the data; the raw values lie between 0 and 1 (shares: a cell Excel shows as 98.2% holds 0.982) "
        "while the thresholds are percentages: did you mean thresholds='e=0.1, c=0.3, i=0.5'?",
        "set 'P': every case gets membership 0 (raw 'pop' from 1 to 9, thresholds 20): the set does not vary in kind "
        "(no case on the other side), which no analysis can use; check that the thresholds are on the scale of the "
        "data"]
    assert (sets["S"] < 0.5).all() and (sets["P"] == 0).all()   # still calibrated: legal, only suspicious


def _kind_warnings(call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = call()
    return out, [str(w.message) for w in caught if "vary in kind" in str(w.message)], caught


def test_calibrate_warns_of_a_set_that_does_not_vary_in_kind():
    """calibrate(pd.Series([0.1, 0.3, 0.8]), thresholds='e=10, c=30, i=50') (percent anchors on shares) returned
    0.012-0.013 for every case without a word, where calibrate_frame warns; calibrate() now warns too, once, naming
    the Series' name when it has one; a set that varies, and a crisp '0,5' (its own decimal-comma note), get none of
    it. Fails before."""
    tail = ("the set does not vary in kind (no case on the other side), which no analysis can use; check that the "
            "thresholds are on the scale of the data")
    out, said, _ = _kind_warnings(lambda: calibrate(pd.Series([0.1, 0.3, 0.8]), thresholds="e=10, c=30, i=50"))
    assert said == ["the calibrated set: every case is below 0.5 (raw values from 0.1 to 0.8, thresholds "
                    "'e=10, c=30, i=50'): " + tail + "; the raw values lie between 0 and 1 (shares: a cell Excel shows "
                    "as 98.2% holds 0.982) while the thresholds are percentages: did you mean "
                    "thresholds='e=0.1, c=0.3, i=0.5'?"]
    assert (out < 0.5).all()   # still calibrated: legal, only suspicious
    _, said, _ = _kind_warnings(lambda: calibrate(pd.Series([1, 5, 9], name="pop"), type="crisp", thresholds=20))
    assert said == ["set 'pop': every case gets membership 0 (raw 'pop' from 1 to 9, thresholds 20): " + tail]
    _, said, caught = _kind_warnings(lambda: calibrate(np.array([100, 250, 600]), thresholds="e=100, c=300, i=500"))
    assert said == [] and caught == []
    _, said, caught = _kind_warnings(lambda: calibrate([1, 2, 3, 4], type="crisp", thresholds="0,5"))
    assert said == [] and len(caught) == 1 and "thresholds '0,5' were read as 2 cut points" in str(caught[0].message)


def test_thresholds_a_factor_of_100_off_the_raw_values_are_shown_rescaled():
    """A raw column formatted as a percentage in Excel (98.2% is the cell's 0.982) calibrated with anchors written on
    the 0-100 scale gave memberships near 0 with the advice 'check that the thresholds are on the scale of the data',
    not saying which scale (found by the formats2 helper): the note now names shares against percentages, either way
    round, and gives the thresholds rescaled in the form given; counts up to 10 against 0-1 anchors, or anchors
    beyond 100, get no such guess. Fails before."""
    _, said, _ = _kind_warnings(lambda: calibrate(pd.Series([98.2, 50, 71, 33], name="LIT"),
                                                  thresholds="e=0.5, c=0.75, i=0.9"))
    assert len(said) == 1 and said[0].endswith(
        "; the raw values are percentages (up to 100) while the thresholds lie between 0 and 1, like shares: did you "
        "mean thresholds='e=50, c=75, i=90'?"), said
    _, said, _ = _kind_warnings(lambda: calibrate(pd.Series([0.982, 0.5, 0.71]), thresholds=[50, 75, 90]))
    assert len(said) == 1 and said[0].endswith("did you mean thresholds='0.5, 0.75, 0.9'?"), said
    for x, thresholds in [([1, 5, 9], "e=0.1, c=0.5, i=0.9"), ([0.1, 0.3, 0.8], "e=200, c=300, i=500")]:
        _, said, _ = _kind_warnings(lambda: calibrate(pd.Series(x), thresholds=thresholds))
        assert len(said) == 1 and "did you mean" not in said[0], said


def test_a_set_whose_cases_are_at_the_crossover_or_on_one_side_of_it_is_said_not_to_vary_in_kind():
    """calibrate([2, 2, 2], thresholds='e=1, c=2, i=3') gave 0.5 for every case without a word: a case at the
    crossover is in no configuration, so a set with no case above 0.5 (or none below) does not vary in kind either.
    Fails before."""
    tail = ("the set does not vary in kind (no case on the other side), which no analysis can use; check that the "
            "thresholds are on the scale of the data")
    _, said, _ = _kind_warnings(lambda: calibrate([2, 2, 2], thresholds="e=1, c=2, i=3"))
    assert said == ["the calibrated set: every case is at 0.5, the crossover (in neither the set nor its negation) "
                    "(raw values from 2 to 2, thresholds 'e=1, c=2, i=3'): " + tail]
    _, said, _ = _kind_warnings(lambda: calibrate(pd.Series([1.5, 2, 2], name="x"), thresholds="e=1, c=2, i=3"))
    assert said == ["set 'x': no case is above 0.5 (2 at the crossover, 0.5) (raw 'x' from 1.5 to 2, thresholds "
                    "'e=1, c=2, i=3'): " + tail]
    _, said, _ = _kind_warnings(lambda: calibrate([2, 2.5, 2.7], thresholds="e=1, c=2, i=3"))
    assert said and said[0].startswith("the calibrated set: no case is below 0.5 (1 at the crossover, 0.5)")
    _, said, caught = _kind_warnings(lambda: calibrate([1.5, 2, 2.7], thresholds="e=1, c=2, i=3"))
    # the set varies in kind; its case at the crossover gets calibrate_frame's warning of exactly 0.5, and no other
    assert said == [] and [str(w.message) for w in caught] == [
        "the calibrated set: case(s) at position(s) 1 calibrated to exactly 0.5 (raw values 2, the crossover): neither in "
        "nor out of the set (as a condition, in no truth table row); move the crossover off the cases' values"]


def test_the_protocols_own_calls_of_calibrate_warn_once_with_their_label():
    """The robustness protocol's recalibration warns itself, naming the test, that a recalibrated set does not vary
    in kind: calibrate()'s new warning is not added to it (one warning, the protocol's). A calibration range whose
    thresholds leave every case on one side says so in its skew warnings, for its steps: nothing is added there."""
    from analysis import qca
    from setmethods_reference import dataset

    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    _, said, _ = _kind_warnings(lambda: qca.robustness_protocol(
        dataset("LF"), "SURV", conds, [{"label": "DEV low", "calibrate": {"DEV": {"thresholds": "e=1, c=2, i=3"}}}],
        incl_cut=0.8, case_column="case", raw=dataset("LR")))
    assert len(said) == 1 and said[0].startswith("test 'DEV low': recalibrated, every case of 'DEV'"), said
    _, said, _ = _kind_warnings(lambda: qca.threshold_range(
        dataset("LF"), "SURV", conds, "calibration", 1, 1, incl_cut=0.8, case_column="case", raw=dataset("LR"),
        calibrate_set="DEV", thresholds={"e": 1, "c": 2, "i": 3}))
    assert said == [], said


@pytest.mark.parametrize("thresholds, meant", [("c(e = 350, c = 550, i = 850)", "e=350, c=550, i=850"),
                                               ("c(350, 550, 850)", "350,550,850")])
def test_thresholds_given_as_r_vector_text_say_what_to_write(thresholds, meant):
    """thresholds='c(e = 350, c = 550, i = 850)' (R's calibrate(thresholds = c(...)) copied as text) was told
    "threshold '850)' is not a number", and 'c(350, 550, 850)' "threshold 'c(350' is not a number"; each now says
    R's vector was copied as text and what to write, which gives R's scores. Fails before."""
    x = [300.0, 500.0, 900.0]
    with pytest.raises(QCAInputError) as exc:
        calibrate(x, thresholds=thresholds)
    assert str(exc.value) == (f"thresholds {thresholds!r}: R's vector c(...) copied as text; write {meant!r} (the "
                              "text without c( ))")
    assert calibrate(x, thresholds=meant).tolist() == calibrate(x, thresholds=[350, 550, 850]).tolist()


def test_a_column_name_given_instead_of_its_values_says_how_to_pass_the_column():
    """calibrate('DEV', thresholds=...) (the column's name for its values, as calibrate_frame's spec and the CLI take
    names) said only "x must be numeric, got values of type <U3": it now says a name was given and how to pass the
    column, or several at once with calibrate_frame."""
    with pytest.raises(QCAInputError) as raised:
        calibrate("DEV", thresholds="e=350, c=550, i=850")
    msg = str(raised.value)
    assert msg.startswith("x must be the raw values to calibrate, got the text 'DEV': a column name? pass the "
                          "column's values, calibrate(df['DEV'], ...)"), msg
    assert "calibrate_frame(df, {'DEV': {'thresholds': ...}})" in msg
    with pytest.raises(QCAInputError, match=r"got the texts 'DEV', 'URB': column names\? calibrate one column's "
                                            r"values, calibrate\(df\['DEV'\], \.\.\.\)"):
        calibrate(["DEV", "URB"], thresholds="e=350, c=550, i=850")


def test_numbers_given_as_text_are_read_as_a_series_of_them_is():
    """np.array(['350', '550', '900']) was refused ("got values of type <U3") while the same texts in a Series were
    read as numbers: both are read; a text that is no number is named, with its hint."""
    raw = [350.0, 550.0, 900.0]
    as_floats = calibrate(np.array(raw), thresholds="e=350, c=550, i=850")
    np.testing.assert_array_equal(calibrate(np.array(["350", "550", "900"]), thresholds="e=350, c=550, i=850"),
                                  as_floats)
    np.testing.assert_array_equal(calibrate(pd.Series(["350", "550", "900"]), thresholds="e=350, c=550, i=850"),
                                  as_floats)
    with pytest.raises(QCAInputError, match=r"x must be numeric; '5x0' is not a number"):
        calibrate(np.array(["350", "5x0", "900"]), thresholds="e=350, c=550, i=850")


def test_a_table_with_a_column_name_or_thresholds_in_the_place_of_type_say_what_to_write():
    """calibrate(df, 'DEV', thresholds=...) and calibrate(x, 'e=350, c=550, i=850') (R's calibrate(x, thresholds)
    order) said only "type must be 'fuzzy' or 'crisp', got 'DEV'": each says what the second argument is and what
    to write."""
    df = pd.DataFrame({"DEV": [300.0, 600.0, 900.0], "URB": [1.0, 2.0, 3.0]})
    with pytest.raises(QCAInputError, match=r"got 'DEV': the second argument is type, and 'DEV' a column of the "
                                            r"table; calibrate the column's values, calibrate\(df\['DEV'\], "
                                            r"thresholds=\.\.\.\); several sets at once"):
        calibrate(df, "DEV", thresholds="e=350, c=550, i=850")
    for given in ("e=350, c=550, i=850", 550, [350, 550, 850]):
        with pytest.raises(QCAInputError, match=r"thresholds given as the second argument\? the second argument "
                                                r"is type; write thresholds="):
            calibrate(df["DEV"], given)
    with pytest.raises(QCAInputError, match=r"got 'fuzy'; did you mean 'fuzzy'\?"):
        calibrate(df["DEV"], "fuzy", thresholds="e=350, c=550, i=850")


def test_a_complex_number_without_an_imaginary_part_is_its_real_number():
    """As a data cell is: 2+0j is 2 (a column converted by a complex computation); 1+2j is refused (the test above)."""
    np.testing.assert_array_equal(calibrate(np.array([1 + 0j, 2 + 0j, 3 + 0j]), thresholds="e=1, c=2, i=3"),
                                  calibrate(np.array([1.0, 2.0, 3.0]), thresholds="e=1, c=2, i=3"))


def test_calibrate_frame_given_the_thresholds_alone_for_a_set_says_how_to_write_them():
    """calibrate_frame(df, {'DEV': 'e=350, c=550, i=850'}) said only "spec['DEV'] must be a mapping of calibrate()
    arguments": it names the arguments and writes the thresholds as the spec takes them."""
    df = pd.DataFrame({"DEV": [300.0, 600.0, 900.0]})
    with pytest.raises(QCAInputError, match=r"spec\['DEV'\] must be a mapping of calibrate\(\) arguments \(above, "
                                            r"below, .*type\), got 'e=350, c=550, i=850': thresholds\? write "
                                            r"\{'DEV': \{'thresholds': 'e=350, c=550, i=850'\}\}"):
        calibrate_frame(df, {"DEV": "e=350, c=550, i=850"})
    with pytest.raises(QCAInputError, match=r"arguments \(.*\), got None$"):
        calibrate_frame(df, {"DEV": None})


@pytest.mark.parametrize("source, hint", [
    ("dev", "; did you mean 'DEV'? (names are case-sensitive)"),
    ("DEVV", "; did you mean 'DEV'?"),
    (" DEV ", "; did you mean 'DEV'? (the name given has blanks around it)"),
    ("GDP", ""),
])
def test_a_raw_column_named_otherwise_is_shown_the_one_meant(source, hint, tmp_path, capsys):
    """calibrate_frame(df, {'dev': ...}) (a spec typed in lowercase) and the calibrate command with that spec said
    only that 'dev' is not in the data, where the outcome and conditions name the column meant; both now do."""
    from analysis.paths import ROOT
    from analysis.qca.cli import main

    lr = ROOT / "data" / "reference" / "datasets" / "LR.csv"
    df = pd.read_csv(lr, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        calibrate_frame(df, {"DEVF": {"source": source, "thresholds": "e=350, c=550, i=850"}})
    assert str(exc.value) == (f"spec['DEVF']: raw column {source!r} not in the data{hint} "
                              f"(columns: {list(df.columns)})")
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"DEVF": {"source": source, "thresholds": "e=350, c=550, i=850"}}), encoding="utf-8")
    assert main(["calibrate", str(lr), "--spec", str(spec), "--keep", "surv"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {lr}: column(s) {source!r}, 'surv' not in the file; "), err
    assert (hint.replace("; ", f"; {source!r}: ", 1) + "; 'surv': did you mean 'SURV'? (names are case-sensitive) "
            "(columns: ") in err, err


def test_readme_s_anchor_memberships_of_the_direct_method():
    """README says the direct method puts the anchors at 0.95 / 0.05 (R's idm), and that idm=0.952574 gives Ragin's
    log odds of +-3 there: a researcher checking a membership by hand with log odds 3 (0.9899 for a value 1.527
    anchor-spans above the crossover) gets 0.9890 from the default, and the README says why."""
    from analysis.paths import ROOT

    readme = (ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8")   # README's engine section before
    assert "(`idm = 0.95`)" in readme and "`idm=0.952574`" in readme and "`idm: 0.952574`" in readme
    anchors = {"e": 5000, "c": 15000, "i": 30000}
    np.testing.assert_allclose(calibrate(np.array([5000.0, 30000.0]), thresholds=anchors), [0.05, 0.95], atol=1e-12)
    ragin = calibrate(np.array([5000.0, 30000.0, 37906.0]), thresholds=anchors, idm=0.952574)
    np.testing.assert_allclose(np.log(ragin / (1 - ragin)), [-3, 3, 3 * 22906 / 15000], atol=1e-5)


def test_a_blank_or_marked_missing_cell_of_read_data_is_a_missing_raw_value(tmp_path):
    """read_data() gives a workbook's or CSV's cells as text, an empty cell as '' (truth_table reads that as a
    missing value, as the CLI does): calibrate_frame() on that frame refused the empty cell as "x must be numeric; ''
    is not a number", even for a set with missing: 'keep', which the calibrate command honours on the same file;
    and 'NA' (R's mark of a missing value) was taken for a text label. Such a cell is now a missing raw value:
    missing='keep' leaves its membership empty, missing='raise' names it as missing."""
    from analysis.qca import read_data

    path = tmp_path / "raw.csv"
    path.write_text("case,GDP,LIT\na,100,\nb,,NA\nc,300,缺失\nd,400,80\n", encoding="utf-8")
    raw, case = read_data(str(path))
    spec = {"G": {"source": "GDP", "thresholds": "e=100, c=250, i=400", "missing": "keep"},
            "L": {"source": "LIT", "type": "crisp", "thresholds": 50, "missing": "keep"}}
    sets = calibrate_frame(raw, spec, keep=case)
    assert sets["G"].isna().tolist() == [False, True, False, False]
    assert sets["L"].isna().tolist() == [True, True, True, False]
    assert sets.loc[3, "L"] == 1
    for column in ("GDP", "LIT"):
        with pytest.raises(QCAInputError, match="missing value"):
            calibrate(raw[column], thresholds="e=100, c=250, i=400")


def test_calibrate_frame_of_read_data_names_a_missing_value_by_its_case(tmp_path):
    """calibrate_frame of read_data()'s frame (cases numbered 0, 1, ... by its index, named in its case column)
    named a missing raw value "index 3", a row number, where the CLI names the case: it now names the case."""
    from analysis.qca import calibrate_frame, read_data

    path = tmp_path / "raw.csv"
    path.write_text("case,gdp\nAT,100\nBE,200\nCH,300\nDE,\nES,500\n", encoding="utf-8")
    df, case = read_data(path)
    spec = {"G": {"source": "gdp", "thresholds": "e=150, c=250, i=450"}}
    for keep in ([case], []):
        with pytest.raises(QCAInputError, match=r"missing value\(s\) \(NaN\) at case 'DE';"):
            calibrate_frame(df, spec, keep=keep)
    with pytest.raises(QCAInputError, match=r"at case 'DE';"):   # a frame indexed by its case names alike
        calibrate_frame(df.set_index("case"), spec)


def test_calibrate_frame_names_a_raw_value_that_is_not_a_number_by_its_case(tmp_path, capsys):
    """calibrate_frame named a missing raw value by its case ("at case 'DE'") but a cell that is not a number only by
    its value ("x must be numeric; 'abc' is not a number"), where the calibrate command on the same file names the
    case: it now names the case(s) as it names a missing value (and the column, as for any of its errors)."""
    from analysis.qca import calibrate_frame, read_data
    from analysis.qca.cli import main

    path = tmp_path / "raw.csv"
    path.write_text("case,gdp\nAT,100\nBE,abc\nCH,300\nDE,x1\nES,500\n", encoding="utf-8")
    df, case = read_data(path)
    spec = {"G": {"source": "gdp", "thresholds": "e=150, c=250, i=450"}}
    for frame, keep in ((df, [case]), (df, []), (df.set_index("case"), [])):
        with pytest.raises(QCAInputError) as exc:
            calibrate_frame(frame, spec, keep=keep)
        assert str(exc.value).startswith("calibrating 'G' from column 'gdp': x must be numeric; 'abc' is not a number "
                                         "(2 values are not numbers, at case 'BE', 'DE')"), str(exc.value)
    one = df.assign(gdp=df["gdp"].replace("x1", "400"))
    with pytest.raises(QCAInputError, match=r"^calibrating 'G' from column 'gdp': x must be numeric; 'abc' is not a "
                                            r"number \(at case 'BE'\)"):
        calibrate_frame(one, spec, keep=[case])
    for label in ("abc", None):   # a frame's rows taken (its index numbers 0, 1, 2, 4): index 1, not np.int64(1)
        with pytest.raises(QCAInputError, match=r"\(at index 1\)" if label else r"NaN\) at index 1;"):
            calibrate(df.drop(index=3)["gdp"].replace("abc", label), thresholds="e=150, c=250, i=450")
    with pytest.raises(QCAInputError, match=r"'abc' is not a number \(at positions 1\)"):   # no Series: positions
        calibrate([100, "abc", 300], thresholds="e=150, c=250, i=450")
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    assert main(["calibrate", str(path), "--spec", str(tmp_path / "spec.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "non-numeric values in column(s) 'gdp' (case(s) 'BE': 'abc', 'DE': 'x1')" in err, err


@pytest.mark.parametrize("frame", [
    lambda df: df.drop(index=2),                       # rows taken: the index numbers 0, 1, 3, 4
    lambda df: df.set_axis([f"r{i}" for i in range(len(df))]),   # an unnamed index of labels
    lambda df: df.iloc[::-1],                          # rows reordered
])
def test_calibrate_frame_names_a_bad_raw_value_by_its_case_whatever_the_index(tmp_path, frame):
    """calibrate_frame named a bad raw value's case only when the frame's index was a plain 0..n-1 (read_data's):
    once rows were taken (df.drop, a filter) a missing value was 'at index 3', a cell that is not a number 'at index
    1', and a number with grouped digits 'for case(s) np.int64(1)', though the frame names its cases in its case
    column. They are now named by that column whatever the index."""
    from analysis.qca import calibrate_frame, read_data

    path = tmp_path / "raw.csv"
    path.write_text("case,gdp,lit\nAT,100,\"0,5\"\nBE,200,\"0,7\"\nCH,300,\"0,2\"\nDE,400,\"0,9\"\nES,500,\"0,4\"\n",
                    encoding="utf-8")
    df, case = read_data(path)
    spec = {"G": {"source": "gdp", "thresholds": "e=150, c=250, i=450"}}
    for cells, said in (({"DE": ""}, r"missing value\(s\) \(NaN\) at case 'DE';"),
                        ({"BE": "abc"}, r"'abc' is not a number \(at case 'BE'\)"),
                        ({"BE": "2.450", "DE": "1.038"}, r"for case\(s\) ('BE', 'DE'|'DE', 'BE')\): column 'lit' writes decimals")):   # in row order
        bad = df.assign(gdp=[cells.get(c, v) for c, v in zip(df["case"], df["gdp"])])
        with pytest.raises(QCAInputError, match=said):
            calibrate_frame(frame(bad), spec, keep=[case])


def test_calibrate_frame_warns_when_a_column_of_case_names_is_left_out(tmp_path):
    """README's recipe, df, case = read_data(path) then calibrate_frame(df, spec, keep=case), on a survey whose case
    names are in a column of its own name ('编号', not 'case'): read_data found no case column (case None), and
    calibrate_frame dropped '编号' without a word, so every later result named the cases 1, 2, ... The CLI's
    calibrate refuses the same file ('no case column ... the output would number the cases'). calibrate_frame now
    warns, naming the column and what to write; a column kept, a frame indexed by its cases, and a left-out column
    that is no list of names (numbers, a repeated label) get no such warning. Fails before (no warning)."""
    from analysis.qca import QCAWarning, calibrate_frame, read_data

    path = tmp_path / "survey.csv"
    path.write_text("编号,收入,地区\n社区01,3000,东\n社区02,9000,西\n社区03,12000,东\n", encoding="utf-8")
    df, case = read_data(path)
    assert case is None
    spec = {"收入": {"thresholds": "e=3000, c=7000, i=12000"}}

    def said(frame, **kw):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            calibrate_frame(frame, spec, **kw)
        return [str(w.message) for w in caught if issubclass(w.category, QCAWarning) and "case names" in str(w.message)]

    assert said(df, keep=case) == [
        "column '编号' (a different text in every row, as case names are) is neither calibrated nor kept: the result "
        "numbers the cases as the frame's index does (1, 2, ...) and leaves '编号' out; if it names the cases, "
        "keep='编号' (then case_column='编号'), or read the file with read_data(path, case_column='编号')"]
    assert said(df, keep="编号") == []
    assert said(df.set_index("编号")) == []
    assert said(df.drop(columns="编号")) == []   # '地区' repeats a value: no list of names
    assert said(df.assign(编号=["1", "2", "3"])) == []   # numbers: a raw variable or numbered ids


def test_calibrate_frame_refuses_an_empty_row_as_truth_table_does(tmp_path):
    """A survey read with pandas (pd.read_csv) keeps a row of empty cells (',,,,' between the data) as a row of NaN:
    calibrate_frame said "x has 1 missing value(s) (NaN) at case nan", where truth_table on the same frame says the
    row is empty and how to drop it. calibrate_frame now gives truth_table's message. Fails before."""
    path = tmp_path / "survey.csv"
    path.write_text("\ufeff编号,收入\n社区01,3000\n,\n社区02,9000\n社区03,12000\n", encoding="utf-8")
    df = pd.read_csv(path)
    spec = {"收入": {"thresholds": "e=3000, c=7000, i=12000"}}
    for keep in ("编号", None):
        with pytest.raises(QCAInputError) as exc:
            calibrate_frame(df, spec, keep=keep)
        assert str(exc.value) == ("row 2 of the data is empty (no value in any column; e.g. Excel's trailing ',,,' "
                                  "rows): drop it first (df.dropna(how='all'))"), str(exc.value)
    assert calibrate_frame(df.dropna(how="all"), spec, keep="编号")["编号"].tolist() == ["社区01", "社区02", "社区03"]


@pytest.mark.parametrize("cell, meant", [("４５", "45"), ("1_000", "1000"), ("٤٥", "45")])
def test_a_raw_value_the_calibrate_command_refuses_is_refused_by_calibrate_frame_too(cell, meant, tmp_path, capsys):
    """A raw value typed with full-width digits ('４５', a Chinese input method), digits grouped with '_' or another
    script's digits: the calibrate command refuses it (the engine reads numbers written with the ASCII digits 0-9),
    while calibrate_frame of read_data's frame, and calibrate() of the same text, read it as 45 (Python's float())
    without a word. Both paths now refuse it, naming the case and how to write the number."""
    from analysis.qca import read_data
    from analysis.qca.cli import main

    path = tmp_path / "raw.csv"
    path.write_text(f"case,gdp\nAT,40\nBE,{cell}\nCH,60\n", encoding="utf-8")
    spec_path = tmp_path / "spec.json"
    spec = {"G": {"source": "gdp", "thresholds": "e=40, c=50, i=60"}}
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    assert main(["calibrate", str(path), "--spec", str(spec_path)]) == 2
    assert repr(cell) in capsys.readouterr().err
    df, case = read_data(path)
    with pytest.raises(QCAInputError, match=rf"{cell!r} is not a number \(at case 'BE'\)") as exc:
        calibrate_frame(df, spec, keep=case)
    if cell == "４５":
        assert f"write numbers with ASCII (half-width, 半角) digits, point and signs, e.g. {meant!r}" in str(exc.value)
    with pytest.raises(QCAInputError, match=rf"{cell!r} is not a number"):
        calibrate(pd.Series(["40", cell, "60"]), thresholds="e=40, c=50, i=60")
    assert calibrate(pd.Series(["40", f" {meant} ", "60"]), thresholds="e=40, c=50, i=60").notna().all()


def test_calibrate_frame_refuses_repeated_case_names_first_as_the_calibrate_command_does(tmp_path, capsys):
    """A file whose case column names a case twice (a row entered twice) and holds a bad raw value: the calibrate
    command refuses the repeated names first, while calibrate_frame of read_data's frame, keep=case, named the bad
    cell 'at index 0' (the rows' numbers: no case name can name one of two rows). It now refuses the repeated names
    first, with the command's message after its file's name; a column kept first that does not name the cases (a
    region of several cases) is still kept."""
    from analysis.qca import read_data
    from analysis.qca.cli import main

    path = tmp_path / "raw.csv"
    path.write_text("case,gdp\nAT,x\nAT,50\nCH,60\n", encoding="utf-8")
    spec_path = tmp_path / "spec.json"
    spec = {"G": {"source": "gdp", "thresholds": "e=40, c=50, i=60"}}
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    assert main(["calibrate", str(path), "--spec", str(spec_path)]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith(f"error: {path}: duplicate case name(s) 'AT'")
    df, case = read_data(path)
    for keep in ([case], []):
        with pytest.raises(QCAInputError) as exc:
            calibrate_frame(df, spec, keep=keep)
        assert f"error: {path}: {exc.value}" == said
    regions = pd.DataFrame({"region": ["N", "N", "S"], "case": ["AT", "BE", "CH"], "gdp": [40, 50, 60]})
    assert calibrate_frame(regions, spec, keep=["region", "case"])["region"].tolist() == ["N", "N", "S"]


@pytest.mark.parametrize("names", [["a", "", " ", "b"], ["a", np.nan, None, "b"], ["a", "b", np.nan, "c"]])
def test_calibrate_frame_says_blank_case_names_as_the_calibrate_command_does(names, tmp_path, capsys):
    """calibrate_frame's case names: two blank ones were refused as a repeated name ("duplicate case name(s) nan",
    "... '' in row(s) 2, 3"), and one missing name (NaN) was calibrated as a case named NaN, where the calibrate
    command says that rows have no case name. One rule now (data.blank_case_names_message): the rows without a
    name, with the file's lines when read_data read it, in the API and the CLI alike."""
    spec = {"X": {"type": "crisp", "thresholds": 2}}
    blank = [i for i, v in enumerate(names) if not isinstance(v, str) or not v.strip()]
    rows, lines = ", ".join(str(i + 1) for i in blank), ", ".join(str(i + 2) for i in blank)
    with pytest.raises(QCAInputError) as exc:
        calibrate_frame(pd.DataFrame({"case": names, "X": [1, 2, 3, 4]}), spec, keep="case")
    assert str(exc.value) == f"column 'case' has no case name in row(s) {rows}; every case needs a name"
    from _cli import run
    from analysis.qca import read_data

    path = tmp_path / "raw.csv"
    path.write_text("case,X\n" + "".join(f"{v if isinstance(v, str) else ''},{x}\n" for v, x in zip(names, [1, 2, 3, 4])),
                    encoding="utf-8")
    said = f"column 'case' has no case name in row(s) {rows} (line(s) {lines} of the file); every case needs a name"
    df, case = read_data(path)
    with pytest.raises(QCAInputError) as exc:
        calibrate_frame(df, spec, keep=case)
    assert str(exc.value) == said
    yaml = tmp_path / "spec.yaml"
    yaml.write_text("X: {type: crisp, thresholds: 2}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(yaml))
    assert code == 2 and err == f"error: {path}: {said}\n", err


def test_a_missing_value_code_among_raw_values_is_warned_about_not_calibrated_silently(tmp_path, capsys):
    """A survey's Likert item (1..5) with 99 for 'no answer' was calibrated without a word, the 99 fully in the set
    (1.0), and an age of 99 (a code among 28..62) near 1 too: the truth table's hint on codes (9, 99, ...) came only
    for calibrated data. calibrate() now warns about a code standing apart from the other values (at least their
    range beyond them), naming its cases and how to make it missing; a code among the values (999 among 320..1098),
    or not apart (9 among 1..7), gives no such warning."""
    from analysis.qca.data import QCAWarning

    likert = pd.Series([1, 2, 3, 99, 5, 4], index=list("abcdef"))
    with pytest.warns(QCAWarning, match=r"^raw value 99 at index 'd' looks like a missing-value code \(SPSS, Stata\), "
                                        r"far from the other values \(1 to 5\), and was calibrated as a value"):
        assert calibrate(likert, thresholds="e=1, c=3.5, i=5")["d"] == 1.0
    with pytest.warns(QCAWarning, match=r"raw value -9 at positions 0"):
        calibrate([-9, 1, 2, 3], type="crisp", thresholds=2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        calibrate([320, 500, 999, 1098], thresholds="e=350, c=550, i=850")
        calibrate([1, 2, 9, 7, 5], thresholds="e=1, c=4.5, i=7")
        calibrate(likert.replace(99, np.nan), thresholds="e=1, c=3.5, i=5", missing="keep")   # the advice taken
    from _cli import run

    path, spec = tmp_path / "survey.csv", tmp_path / "spec.yaml"
    path.write_bytes("\ufeff编号,信任\n1,5\n2,2\n3,99\n4,1\n".encode("utf-8"))
    spec.write_text("TRU: {source: 信任, thresholds: 'e=1, c=3.5, i=5'}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(spec), "--case-column", "编号")
    assert code == 0 and f"warning: {spec}: calibrating 'TRU' from column '信任': raw value 99 at case '3' looks" in err, err


def test_a_sets_missing_codes_make_its_coded_cells_missing(tmp_path, capsys):
    """The warning on a missing-value code (99 among 1..5) said to empty the cells in the data or replace the code in
    Python: a specification could not declare it. A set's missing_codes (calibrate_frame's spec, the calibrate
    command's file) now makes those cells missing values, refused under missing='raise' and left empty under 'keep',
    and the warning, given from a specification, names the key. Codes must be numbers and not a threshold."""
    from _cli import run

    from analysis.qca.data import QCAWarning

    raw = pd.DataFrame({"trust": [1, 2, 3, 99, 5, 4]}, index=pd.Index(list("abcdef"), name="case"))
    rule = {"source": "trust", "thresholds": "e=1, c=3.5, i=5"}
    with pytest.warns(QCAWarning, match=r"declare it in the set's specification, 'missing_codes': \[99\] with "
                                        r"'missing': 'keep' \(a specification file: missing_codes: \[99\] and "
                                        r"missing: keep\)"):
        assert calibrate_frame(raw, {"TRU": rule})["TRU"]["d"] == 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kept = calibrate_frame(raw, {"TRU": {**rule, "missing_codes": [99], "missing": "keep"}})["TRU"]
        alone = calibrate(raw["trust"].drop("d"), thresholds=rule["thresholds"])
        assert np.isnan(kept["d"]) and np.allclose(kept.drop("d"), alone)
        as_text = raw.assign(trust=raw["trust"].astype(str))   # read as text: '99' is the code too
        assert np.isnan(calibrate_frame(as_text, {"TRU": {**rule, "missing_codes": 99}}, missing="keep")["TRU"]["d"])
    with pytest.raises(QCAInputError, match=r"^calibrating 'TRU' from column 'trust': missing_codes 99 makes 1 raw "
                                            r"value missing, at case 'd', which missing='raise' refuses: give the set "
                                            r"missing='keep'"):
        calibrate_frame(raw, {"TRU": {**rule, "missing_codes": [99]}})
    for codes, said in ((["99"], r"got '99' \(str\): write 99, a number without quotes$"), (True, r"got True \(bool\)$"),
                        ([np.nan], r"got nan \(float\)$"),
                        ([5, 99], r"missing_codes 5 is also a threshold of the set \(thresholds 'e=1, c=3.5, i=5'\)")):
        with pytest.raises(QCAInputError, match=r"^spec\['TRU'\]: .*" + said):
            calibrate_frame(raw, {"TRU": {**rule, "missing_codes": codes, "missing": "keep"}})
    path, spec = tmp_path / "survey.csv", tmp_path / "spec.yaml"
    path.write_text("case,trust\na,1\nb,2\nc,3\nd,99\ne,5\nf,4\n", encoding="utf-8")
    spec.write_text("TRU: {source: trust, thresholds: 'e=1, c=3.5, i=5', missing_codes: [99]}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(spec))
    assert code == 2 and "which missing: 'raise' refuses: give the set missing: 'keep'" in err, err
    spec.write_text("TRU: {source: trust, thresholds: 'e=1, c=3.5, i=5', missing_codes: [99], missing: keep}\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(spec))
    assert code == 0 and err == "" and out.splitlines()[4] == "d,", (out, err)


def test_codes_recode_a_column_of_labels_as_the_pandas_map_does():
    """A yes/no column (是/否) could be recoded only in pandas or the workbook: calibrate_frame's spec had no key for
    it, so the command line had no route at all. A set's `codes` now gives each label its membership: the same
    numbers as df[col].map(...), the label matched as text stripped (1, '1' and ' 1.0 ' one label), an empty cell a
    missing value (refused, or left empty with missing='keep'), a label the codes do not name refused with its cases."""
    raw = pd.DataFrame({"case": list("abcdef"), "pilot": ["是", "否", " 是", "否", "是", "否"],
                        "coded": [1, 0, "1.0", " 1", 0.0, "0"], "part": ["部分", "是", "否", "是", "否", "否"]})
    out = calibrate_frame(raw, {"P": {"source": "pilot", "codes": {"是": 1, "否": 0}},
                                "C": {"source": "coded", "codes": {1: 1, 0: 0}},
                                "H": {"source": "part", "codes": {"是": 1, "部分": 0.5, "否": 0}}}, keep="case")
    assert out["P"].tolist() == raw["pilot"].str.strip().map({"是": 1, "否": 0}).tolist() == [1, 0, 1, 0, 1, 0]
    assert out["C"].tolist() == [1, 0, 1, 1, 0, 0] and out["H"].tolist() == [0.5, 1, 0, 1, 0, 0]
    gap = raw.assign(pilot=raw["pilot"].where(raw["case"] != "b"))
    with pytest.raises(QCAInputError, match=r"'P' from column 'pilot': 1 missing value at case 'b'; drop or impute "
                                            r"it, or give the set missing='keep' to leave its membership empty \(the "
                                            r"analysis then drops that case, naming it: --drop-missing"):   # was '(s)', them
        calibrate_frame(gap, {"P": {"source": "pilot", "codes": {"是": 1, "否": 0}}}, keep="case")
    kept = calibrate_frame(gap, {"P": {"source": "pilot", "codes": {"是": 1, "否": 0}, "missing": "keep"}}, keep="case")
    assert kept["P"].isna().tolist() == [False, True, False, False, False, False]
    with pytest.raises(QCAInputError, match=r"label '部分' not in codes \(at case 'a'; codes: '是', '否'\)"):
        calibrate_frame(raw, {"H": {"source": "part", "codes": {"是": 1, "否": 0}}}, keep="case")
    with pytest.raises(QCAInputError, match="recoded, not calibrated: leave out thresholds"):
        calibrate_frame(raw, {"P": {"source": "pilot", "codes": {"是": 1}, "thresholds": "e=0, c=0.5, i=1"}})
    with pytest.warns(UserWarning, match=r"set 'P': every case is above 0.5 \(raw 'pilot' holds '是' only"):
        calibrate_frame(raw.assign(pilot="是"), {"P": {"source": "pilot", "codes": {"是": 1, "否": 0}}}, keep="case")
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # a set that varies: no warning
        calibrate_frame(raw, {"P": {"source": "pilot", "codes": {"是": 1, "否": 0}}}, keep=["case", "coded", "part"])


@pytest.mark.parametrize("empty", [np.nan, "", " "])
def test_a_column_of_ticks_left_empty_for_no_is_told_its_code_for_an_empty_cell(empty):
    """A Chinese coding sheet ticks a box for yes (√) and leaves it empty for no. Recoded by codes, its empty cells
    were refused as missing values with 'drop or impute them' alone, though the codes take an empty cell as a label
    of its own ('': 0) when it means one: the refusal now says so, and the code it gives recodes the column. A mark of
    a missing value ('缺失', 'NA') is not told it."""
    raw = pd.DataFrame({"case": list("abcd"), "pilot": ["√", empty, "√", empty]})
    with pytest.raises(QCAInputError) as refused:
        calibrate_frame(raw, {"P": {"source": "pilot", "codes": {"√": 1, "×": 0}}}, keep="case")
    said = str(refused.value)
    assert said.startswith("calibrating 'P' from column 'pilot': 2 missing values at case 'b', 'd'; drop or impute "
                           "them, or give the set missing='keep' to leave their memberships empty (the analysis then "
                           "drops those cases, naming them: --drop-missing"), said
    assert said.endswith("; if an empty cell means a label (a column of ticks, √, left empty for no), give it its "
                         "membership in codes, as any label: '': 0"), said
    code = said.rsplit("as any label: ", 1)[1]
    out = calibrate_frame(raw, {"P": {"source": "pilot", "codes": {"√": 1, **eval("{" + code + "}")}}}, keep="case")
    assert out["P"].tolist() == [1, 0, 1, 0]
    for mark in ("缺失", "NA"):
        with pytest.raises(QCAInputError) as refused:
            calibrate_frame(raw.assign(pilot=["√", mark, "√", mark]),
                            {"P": {"source": "pilot", "codes": {"√": 1, "×": 0}}}, keep="case")
        assert "2 missing values at" in str(refused.value) and "'': 0" not in str(refused.value), str(refused.value)


@pytest.mark.parametrize("written, told", [
    ("{是：1, 否：0}", "'：' -> ':': the colon was typed with a Chinese input method (全角), so YAML read '是：1' as one "
                     "label without a membership; write 是: 1"),
    ("{是:1, 否:0}", "YAML needs a space after the colon, so it read '是:1' as one label without a membership; write 是: 1"),
])
def test_codes_written_with_a_chinese_colon_are_told_the_colon(tmp_path, written, told):
    """A calibration file's codes typed with a Chinese input method, {是：1, 否：0}, or without the space YAML needs
    after a colon in braces, {是:1, 否:0}, are valid YAML, read as the labels '是：1' and '否：0' without a value: the
    refusal said 'codes['是：1'] must be a membership ... got None' and nothing of the colon. It now names it and what
    to write, and the file so corrected recodes the column."""
    from analysis.qca.read import read_spec_file

    raw = pd.DataFrame({"case": list("abcd"), "pilot": ["是", "否", "是", "否"]})
    spec = tmp_path / "codes.yaml"
    spec.write_text(f"P: {{source: pilot, codes: {written}}}\n", encoding="utf-8")
    with pytest.raises(QCAInputError) as refused:
        calibrate_frame(raw, read_spec_file(spec), keep="case")
    assert str(refused.value).endswith(f"got None (NoneType): {told}"), str(refused.value)
    fixed = told.rsplit("write ", 1)[1]   # 是: 1, and the same for 否
    spec.write_text(f"P: {{source: pilot, codes: {{{fixed}, 否: 0}}}}\n", encoding="utf-8")
    assert calibrate_frame(raw, read_spec_file(spec), keep="case")["P"].tolist() == [1, 0, 1, 0]


def test_a_sets_percentiles_are_its_anchors(tmp_path, capsys):
    """Much applied QCA calibrates at the raw column's 95th, 50th and 5th percentiles (a median split for a crisp
    set); a specification could only give raw thresholds ('percentiles' was an unknown argument, 'e=p5' not a
    number), so the anchors were computed by hand, by a rule (R's quantile, SPSS's, Excel's) the file did not say. A
    set's percentiles now make its thresholds: R's quantile() default (type 7; its documentation's quantile(1:10) is
    1, 3.25, 5.5, 7.75, 10, computed here by hand), the anchors stated by the command line and kept in attrs."""
    from _cli import run

    from analysis.qca.calibrate import PERCENTILE_ANCHORS

    raw = pd.DataFrame({"x": [7, 1, 10, 4, 2, 9, 3, 8, 6, 5, 99]},   # 99: a missing code, left out of the percentiles
                       index=pd.Index(list("abcdefghijk"), name="case"))
    spec = {"X": {"source": "x", "percentiles": "e=25, c=50, i=75", "missing_codes": [99], "missing": "keep"},
            "M": {"source": "x", "type": "crisp", "percentiles": 50, "missing_codes": [99], "missing": "keep"}}
    out = calibrate_frame(raw, spec)
    assert out.attrs[PERCENTILE_ANCHORS]["X"]["thresholds"] == "e=3.25, c=5.5, i=7.75"
    by_hand = calibrate_frame(raw, {"X": {"source": "x", "thresholds": "e=3.25, c=5.5, i=7.75", "missing_codes": [99],
                                          "missing": "keep"},
                                    "M": {"source": "x", "type": "crisp", "thresholds": 5.5, "missing_codes": [99],
                                          "missing": "keep"}})
    pd.testing.assert_frame_equal(out, by_hand, check_like=False)
    assert out["M"].drop("k").tolist() == [1, 0, 1, 0, 0, 1, 0, 1, 1, 0]
    # the anchors are the ones written: 89.085, not 89.08500000000001 (numpy's linear interpolation)
    shares = pd.DataFrame({"y": [88.5, 156.6, 410.6, 312.0, 92.4, 500.0]})
    assert calibrate_frame(shares, {"Y": {"source": "y", "percentiles": [5, 50, 95]}}).attrs[
        PERCENTILE_ANCHORS]["Y"]["thresholds"] == "89.475, 234.3, 477.65"
    for rule, said in (({"percentiles": "e=0.05, c=0.5, i=0.95"}, "shares of 1? percentiles run from 0 to 100: write "
                                                                  "'e=5, c=50, i=95'"),
                       ({"percentiles": [5, 50, 150]}, "a percentile runs from 0 to 100"),
                       ({"percentiles": [5, 50, 95], "thresholds": [1, 5, 9]}, "give thresholds or percentiles, not "
                                                                               "both"),
                       ({"percentiles": [5, 50, 95], "below": 2}, "below does nothing here"),
                       ({"percentiles": "e=5%, c=50%, i=95%"}, "percentile '5%' is not a number (percentiles 'e=5%, "
                                                               "c=50%, i=95%'): write 'e=5, c=50, i=95', numbers from "
                                                               "0 to 100 without %"),
                       ({"percentiles": ["p5", "p50", "p95"]}, "write [5, 50, 95], numbers from 0 to 100 without p")):
        with pytest.raises(QCAInputError, match="^calibrating 'X' from column 'x': .*" + re.escape(said)):
            calibrate_frame(raw.drop("k"), {"X": {"source": "x", **rule}})
    ties = pd.DataFrame({"z": [0] * 8 + [1, 2]})   # most cases at 0: the 5th and 50th percentiles coincide
    with pytest.raises(QCAInputError, match=r"percentiles \[5, 50, 95\] are the raw values 0, 0, 1.55 \(R's quantile"
                                            r".*: anchors must be ordered .*: give thresholds instead$"):
        calibrate_frame(ties, {"Z": {"source": "z", "percentiles": [5, 50, 95]}})
    # anchors refused for another reason than a tie (e, c, i for a crisp set) are not told that cases share a value:
    # thresholds instead of percentiles would not mend them
    with pytest.raises(QCAInputError, match=r"e=0\.45, c=4\.5, i=8\.55 \(R's quantile.*: crisp thresholds are cut "
                                            r"points .*\(type='fuzzy'\)$") as refused:
        calibrate_frame(pd.DataFrame({"z": range(10)}), {"Z": {"source": "z", "percentiles": "e=5, c=50, i=95",
                                                               "type": "crisp"}})
    assert "coincide" not in str(refused.value)

    path, file = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.drop("k").to_csv(path, encoding="utf-8")
    file.write_text("X: {source: x, percentiles: 'e=75, c=50, i=25'}\n", encoding="utf-8")   # decreasing
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(file), "--out", str(tmp_path / "sets.csv"))
    assert code == 0 and "decreasing (e above i" in out and (
        f"note: {file}: set 'X': percentiles e=75, c=50, i=25 of 'x' are thresholds: 'e=7.75, c=5.5, i=3.25' (R's "
        "quantile() default, type 7,") in err, (out, err)


def test_a_percentile_crossover_on_the_middle_case_says_how_to_move_it(tmp_path, capsys):
    """With anchors at percentiles, the crossover of an odd number of cases at the 50th percentile is the middle
    case's own value, so that case is calibrated to exactly 0.5; the warning said 'move the crossover off the cases'
    values', which a file of percentiles cannot do. For such a set it now says why the crossover sits on a case and
    to give thresholds instead; a set of written thresholds keeps its warning as it was."""
    from _cli import run

    path, file = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    path.write_text("case,x\na,1\nb,4\nc,2\nd,5\ne,3\n", encoding="utf-8")   # median 3, case 'e'
    file.write_text("X: {source: x, percentiles: 'e=5, c=50, i=95'}\nT: {source: x, thresholds: 'e=1.2, c=3, i=4.8'}\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(path), "--spec", str(file))
    warned = [line for line in err.splitlines() if "calibrated to exactly 0.5" in line]
    assert code == 0 and len(warned) == 2, err
    assert warned[0].startswith(f"warning: {file}: set 'X': case(s) 'e' calibrated to exactly 0.5 (raw 'x' 3, the "
                                "crossover)") and warned[0].endswith(
        "move the crossover off the cases' values (its crossover, the 50th percentile of an odd number of cases, is "
        "the middle case's value: give the set thresholds, the crossover between two cases' values)"), warned[0]
    assert warned[1].endswith("move the crossover off the cases' values"), warned[1]


def test_calibrate_frame_itself_warns_of_cases_at_exactly_half(tmp_path, capsys):
    """Cases calibrated to exactly 0.5 were warned of by the calibrate command alone (its own check after
    calibrate_frame), so a Python user of calibrate_frame heard nothing until the truth table left the cases out.
    calibrate_frame now gives the warning, naming the cases by the kept case column, and the command prints it
    once, by the spec file, as before."""
    from _cli import run

    from analysis.qca.data import QCAWarning

    raw = pd.DataFrame({"case": list("abcde"), "x": [1, 4, 2, 5, 3]})   # median 3, case 'e'
    spec = {"X": {"source": "x", "percentiles": "e=5, c=50, i=95"},
            "T": {"source": "x", "thresholds": "e=1.2, c=3, i=4.8"},
            "U": {"source": "x", "thresholds": "e=1.2, c=3.5, i=4.8"},   # no case on the crossover
            "C": {"source": "x", "type": "crisp", "thresholds": "3"}}   # crisp: 0 or 1, never 0.5
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        calibrate_frame(raw, spec, keep="case")
    half = [str(w.message) for w in caught if "calibrated to exactly 0.5" in str(w.message)]
    assert half == [
        "set 'X': case(s) 'e' calibrated to exactly 0.5 (raw 'x' 3, the crossover): neither in nor out of the set (as "
        "a condition, in no truth table row); move the crossover off the cases' values (its crossover, the 50th "
        "percentile of an odd number of cases, is the middle case's value: give the set thresholds, the crossover "
        "between two cases' values)",
        "set 'T': case(s) 'e' calibrated to exactly 0.5 (raw 'x' 3, the crossover): neither in nor out of the set (as "
        "a condition, in no truth table row); move the crossover off the cases' values"], half
    assert all(w.category is QCAWarning for w in caught if "exactly 0.5" in str(w.message))
    path, file = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.to_csv(path, index=False, encoding="utf-8")
    file.write_text("T: {source: x, thresholds: 'e=1.2, c=3, i=4.8'}\n", encoding="utf-8")
    code, _, err = run(capsys, "calibrate", str(path), "--spec", str(file))
    assert code == 0 and err.splitlines() == [f"warning: {file}: {half[1]}"], err


def test_calibrate_of_one_column_warns_of_cases_at_exactly_half_as_calibrate_frame_does():
    """calibrate() (one column) gave no word of cases calibrated to exactly 0.5 (a raw value on the crossover, in no
    truth table row), which calibrate_frame warns of: the same warning now, by one implementation
    (_half_membership_note), the cases named by a Series' index, or by their positions in a list or an array (the
    set and its raw values unnamed); none for a crisp set, nor when no case is on the crossover."""
    from analysis.qca.data import QCAWarning

    def half(x, **kw):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            calibrate(x, **kw)
        assert all(w.category is QCAWarning for w in caught if "exactly 0.5" in str(w.message))
        return [str(w.message) for w in caught if "calibrated to exactly 0.5" in str(w.message)]

    gdp = pd.Series([300.0, 550, 900, 550], index=["AU", "BE", "CZ", "DK"], name="GDP")
    tail = "): neither in nor out of the set (as a condition, in no truth table row); move the crossover off the cases' values"
    assert half(gdp, thresholds="e=350, c=550, i=850") == [
        "set 'GDP': case(s) 'BE', 'DK' calibrated to exactly 0.5 (raw 'GDP' 550, the crossover" + tail]
    # the frame's warning, the same text for the same set
    frame = pd.DataFrame({"GDP": gdp})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        calibrate_frame(frame, {"GDP": {"thresholds": "e=350, c=550, i=850"}})
    assert [str(w.message) for w in caught if "exactly 0.5" in str(w.message)] == half(gdp, thresholds="e=350, c=550, i=850")
    assert half([300, 550, 900], thresholds="e=350, c=550, i=850") == [
        "the calibrated set: case(s) at position(s) 1 calibrated to exactly 0.5 (raw values 550, the crossover" + tail]
    assert half(np.array([300.0, 420, 900]), thresholds="e=350, c=550, i=850", logistic=False) == []
    assert half(gdp, type="crisp", thresholds="550") == []


@pytest.mark.parametrize("thresholds, logistic, expected", [
    ("0.001, 0.002, 0.003", False, [1.0, 0.25, 0.0]),       # (x − e)/(c − e) of 1e306 overflowed in divide
    ("0.003, 0.002, 0.001", False, [0.0, 0.75, 1.0]),
    ("0.001, 0.002, 0.003", True, [1.0, 0.18660549686337075, 0.0]),
    ("0.001, 0.002, 0.003, 0.004, 0.005, 0.006", False, [0.0, 0.25, 0.0]),
])
def test_a_huge_raw_value_calibrates_without_numpys_overflow_warning(thresholds, logistic, expected):
    """A raw value of 1e306 (a unit mistaken, a sentinel) with anchors of a few thousandths is a finite number whose
    membership is 1 or 0 to double precision, as R's calibrate() gives it: no error, and no 'RuntimeWarning: overflow
    encountered in divide' from numpy reaching the user (the ratio that overflows is clipped to 0 or 1)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        got = calibrate([1e306, 0.0015, -1e306], thresholds=thresholds, logistic=logistic)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=0)


@pytest.mark.parametrize("thresholds, logistic", [
    ("-1, 1, 1.5", False), ("-1, 1, 1.5", True), ("1.5, 1, -1", True),
    ("-1, 1, 1.5, 1.6, 1.7, 1.75", False), ("1, 0, -1, 1.75, 1.6, 1.5", False),
])
def test_anchors_beyond_half_the_double_range_score_as_their_scaled_copies(thresholds, logistic):
    """Anchors −1e308 and 1e308: c − e overflowed to inf, and a case between them scored 0 (linear) or 0.5
    (logistic) instead of 0.25 and 0.187, without a word. The scores depend on ratios of differences only, so
    anchors and raw values times 1e308 score as the unscaled ones (up to rounding of the products)."""
    x = np.array([0.0, 1.2, -0.5, 1.55, 1.72])
    small = calibrate(x, thresholds=thresholds, logistic=logistic)
    big = ", ".join(f"{float(t) * 1e308!r}" for t in thresholds.split(","))
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        got = calibrate(x * 1e308, thresholds=big, logistic=logistic)
    np.testing.assert_allclose(got, small, rtol=1e-12, atol=1e-12)


def test_calibrate_frame_and_prepare_data_of_a_huge_raw_value_say_no_numpy_overflow():
    """separators.grouped_numbers looked for '1.038' read as 1.038 by multiplying every float by 1000: a raw value of
    1e306 showed 'RuntimeWarning: overflow encountered in multiply' before calibrate_frame's result (and before
    prepare_data's error on a membership of 1e306)."""
    from analysis.qca.data import prepare_data

    raw = pd.DataFrame({"case": ["a", "b", "c"], "x": [1e306, 0.0015, -1e306], "Y": [1, 0, 1]})
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        got = calibrate_frame(raw, {"X": {"source": "x", "thresholds": "0.001, 0.002, 0.003", "logistic": False}},
                              keep=["case"])
        with pytest.raises(QCAInputError, match=r"membership\(s\) outside \[0, 1\] for case\(s\) 'a'"):
            prepare_data(raw.set_index("case").assign(x=[1e306, 0.5, 0.0]), "Y")
    assert got["X"].tolist() == [1.0, 0.25, 0.0]


@pytest.mark.parametrize("x, where", [
    (pd.Series([1.0, np.inf, 3.0], index=pd.Index(["AU", "BE", "CZ"], name="case")),
     "x has 1 infinite value (inf) at case 'BE': "),
    ([np.inf, 2.0, -np.inf], "x has 2 infinite values (inf) at positions 0, 2: "),
    (pd.Series([np.inf] * 7 + [1.0], index=list("abcdefgh")),
     "x has 7 infinite values (inf) at index 'a', 'b', 'c', 'd', 'e' ...: "),
])
def test_infinite_raw_values_are_named_by_their_cases_and_counted(x, where):
    """Infinite raw values were said as 'x has infinite values at positions [1]' even for a Series of named cases,
    positions counted from 0 and at most five without their number: now the cases (a Series' labels, after its index's
    name) or the positions when x has no labels, as a missing value is, with their count in its number."""
    with pytest.raises(QCAInputError) as raised:
        calibrate(x, thresholds="e=1, c=2, i=3")
    assert str(raised.value).startswith(where)
    assert str(raised.value).endswith("calibration needs finite raw values (a ratio divided by 0?); correct "
                                      + ("it, or drop the case" if where.startswith("x has 1 ") else
                                         "them, or drop the cases"))
