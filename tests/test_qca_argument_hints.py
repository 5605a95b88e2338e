"""Arguments of the public API typed as a user coming from another tool types them: full-width characters of a
Chinese input method ('？' for include's '?', '－' for a directional expectation's '-') are named with the ASCII
character meant, as '～SURV' and 'DEV，URB' already were."""
from __future__ import annotations

import pytest

from analysis.qca import QCAInputError, minimize, truth_table
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def tt_lf():
    return truth_table(dataset("LF"), "SURV", CONDS, incl_cut=0.8, case_column="case")


@pytest.mark.parametrize("include, meant", [("？", "'？' -> '?'"), ("Ｃ", "'Ｃ' -> 'C'"),
                                            ("？，Ｃ", "e.g. '?,C'"), ("?、C", "'、' -> ','")])
def test_a_full_width_include_names_the_ascii_character(include, meant):
    with pytest.raises(QCAInputError, match="include may contain") as exc:
        minimize(tt_lf(), include=include)
    assert meant in str(exc.value) and "full-width" in str(exc.value)


def test_an_include_of_another_letter_gets_no_full_width_hint():
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="R")
    assert "full-width" not in str(exc.value)


@pytest.mark.parametrize("dir_exp", ["1,1,1,1,－", "DEV=1,URB=1,LIT=1,IND=1,STB=－"])
def test_a_full_width_dash_in_dir_exp_names_the_ascii_dash(dir_exp):
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?", dir_exp=dir_exp)
    assert "'－' -> '-'" in str(exc.value)
