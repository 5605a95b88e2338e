"""A multi-value outcome's values as SetMethods and R QCA 3.25 write them, SURV[1] (R's own reference output:
'... <-> SURV[1]'), beside the engine's SURV{1}: read wherever an outcome is read, written back SURV{1}."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.paths import DATASETS
from analysis.qca import QCAInputError, minimize, pof, robustness_protocol, truth_table

LM = pd.read_csv(DATASETS / "LM.csv", index_col="case")
CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def test_an_outcome_value_in_brackets_is_read_as_in_braces():
    """'SURV[1]' was refused ("a value of an outcome is written with braces"), though R QCA 3.25 and SetMethods
    write it so: a SetMethods script's outcome could not be used as it is."""
    braces = minimize(truth_table(LM, "SURV{1}", CONDS), include="?")
    brackets = minimize(truth_table(LM, "SURV[1]", CONDS), include="?")
    assert [m.expression for m in brackets.models] == [m.expression for m in braces.models]
    assert truth_table(LM, "SURV[1]", CONDS).outcome == "SURV{1}"   # what is written
    for outcome in ("SURV[0,1]", "~SURV[1]"):
        same = outcome.replace("[", "{").replace("]", "}")
        pd.testing.assert_frame_equal(pof("DEV[2]*LIT[1] + DEV[1]*STB[1]", LM, outcome).to_frame(),
                                      pof("DEV[2]*LIT[1] + DEV[1]*STB[1]", LM, same).to_frame())
    tests = [{"label": "n2", "n_cut": 2}]
    a = robustness_protocol(LM, "SURV[1]", CONDS, tests)
    b = robustness_protocol(LM, "SURV{1}", CONDS, tests)
    assert str(a) == str(b) and a.outcome == "SURV{1}"


@pytest.mark.parametrize("outcome, message", [
    ("SURV[1,]", "an empty value between the brackets"),
    ("SURV[1,1]", "names value(s) 1 twice"),
    ("SURV[2]", "value(s) 2 do not occur in column 'SURV'"),
])
def test_a_bad_value_in_brackets_is_refused_as_in_braces(outcome, message):
    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    with pytest.raises(QCAInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        truth_table(lc, outcome, ["DEV", "URB"])
