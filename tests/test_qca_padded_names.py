"""A name or expression typed with blanks around it (' SURV ', ' DEV ', ' DEV*URB '), as a copied cell or a
formatted string gives it, is read as the name: theory_evaluation and the necessity typology took it, but kept the
blanks in what they labelled with it (a column ' SURV  in', a condition ' DEV ', 'Theory  DEV*URB  against'). The
blanks are stripped once, where the argument is read (diagnostics._expression), and its errors still quote it as
given."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import (QCAInputError, minimize, necessity_typology, necessity_xy, theory_evaluation,
                          truth_table)

LF = ROOT / "data" / "reference" / "datasets" / "LF.csv"


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(LF, index_col=0)


def test_a_padded_theory_is_labelled_without_its_blanks(lf):
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?")
    padded, plain = theory_evaluation(" DEV*URB ", sol), theory_evaluation("DEV*URB", sol)
    assert padded.to_dict()["theory"] == "DEV*URB"
    assert str(padded) == str(plain) and padded.to_dict() == plain.to_dict()
    with pytest.raises(QCAInputError, match=r"^theory ' DEV\*XX ': "):   # an error quotes what was typed
        theory_evaluation(" DEV*XX ", sol)


def test_a_padded_necessary_condition_and_outcome_are_labelled_without_their_blanks(lf):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        padded = necessity_typology(lf, " SURV ", " DEV ")
        plain = necessity_typology(lf, "SURV", "DEV")
    assert set(padded["condition"]) == {"DEV"} and padded.equals(plain)
    xy = necessity_xy(padded, " SURV ")
    assert list(xy.columns) == ["SURV in", "SURV out"] and xy.equals(necessity_xy(plain, "SURV"))
