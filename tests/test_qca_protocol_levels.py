"""A robustness test (or a case removal) that empties a lower or middle level of a multi-value condition is refused
naming the test, the condition and the level, as emptying the top level is. It ran with prepare_data's note that
the condition looked like a raw score or codes with gaps ('calibrate it first'), which is not what happened."""
from __future__ import annotations

import warnings

import pytest

from analysis.qca import QCAInputError
from analysis.qca.protocol import robustness_protocol
from analysis.qca.robustness import case_removal
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def _lm():
    return dataset("LM").set_index("case")


@pytest.mark.parametrize("level,values", [(1, "0, 2"), (0, "1..2")])
def test_a_test_emptying_a_lower_or_middle_level_is_refused_saying_so(level, values):
    lm = _lm()
    cases = [c for c in lm.index if lm.loc[c, "DEV"] == level]
    label = f"no DEV {level}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # refused before it runs: no 'calibrate it first' note on the way
        with pytest.raises(QCAInputError) as err:
            robustness_protocol(lm, "SURV", CONDS, [{"label": label, "drop_cases": cases}], incl_cut=0.8)
    assert str(err.value) == (
        f"test {label!r}: without the cases it drops, condition 'DEV' has values {values} only, no case at level "
        f"{level} where the initial data has cases (levels 0..2), so its solutions could not be compared with the "
        "initial one (another truth table); drop fewer cases, or recode the condition in both")
    assert "calibrate it first" not in str(err.value)
    # keeping one case of that level runs, as before
    prot = robustness_protocol(lm, "SURV", CONDS, [{"label": "one kept", "drop_cases": cases[1:]}], incl_cut=0.8)
    assert len(prot.specifications) == 2


def test_a_level_the_initial_data_already_lacks_is_not_lost_again():
    """DEV coded 1, 2, 3 without a 0 (levels 0..3, level 0 empty in the initial data): a test dropping cases elsewhere
    is not refused for that level."""
    lm = _lm()
    lm["DEV"] = lm["DEV"] + 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prot = robustness_protocol(lm, "SURV", CONDS, [{"label": "one less", "drop_cases": [lm.index[0]]}],
                                   incl_cut=0.8)
    assert len(prot.specifications) == 2


def test_case_removal_does_not_compare_a_run_that_empties_a_middle_level():
    """The only case at DEV = 1: removing it empties a middle level; that row says why it is not compared (it was
    compared, with the 'calibrate it first' note)."""
    lm = _lm()
    lm.loc[lm["DEV"] == 1, "DEV"] = 0
    only = lm.index[0]
    lm.loc[only, "DEV"] = 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = case_removal(lm, "SURV", CONDS, include="?").set_index("removed_case")
    assert df.loc[only, "error"] == (
        f"without {only}, condition 'DEV' has values 0, 2 only, no case at level 1 where the initial data has cases "
        "(levels 0..2) (another truth table): not compared")
    assert (df.drop(index=only)["error"].fillna("") == "").all()
