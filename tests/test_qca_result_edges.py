"""Small rough edges a researcher meets in JupyterLab with the engine's result objects and arguments: each test
fails before its fix."""
from __future__ import annotations

from fractions import Fraction

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, minimize, truth_table

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")


def test_n_cut_takes_a_whole_fraction_and_names_a_broken_one(lf):
    # checks.cell_number reads a Fraction cell as the number it is; n_cut=Fraction(2) was refused as not whole
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8, n_cut=Fraction(2))
    assert tt.n_cut == 2 and type(tt.n_cut) is int
    assert tt.to_dict() == truth_table(lf, "SURV", CONDS, incl_cut=0.8, n_cut=2).to_dict()
    with pytest.raises(QCAInputError, match=r"n_cut must be a whole number of cases >= 1, got Fraction\(5, 2\) "
                                            r"\(5/2 is not a whole number\)"):
        truth_table(lf, "SURV", CONDS, n_cut=Fraction(5, 2))
    with pytest.raises(QCAInputError, match=r"n_cut must be at least 1"):
        truth_table(lf, "SURV", CONDS, n_cut=Fraction(0))
