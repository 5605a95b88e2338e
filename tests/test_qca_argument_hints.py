"""Arguments of the public API typed as a user coming from another tool types them: full-width characters of a
Chinese input method ('？' for include's '?', '－' for a directional expectation's '-') are named with the ASCII
character meant, as '～SURV' and 'DEV，URB' already were; a keyword a function does not take (R's incl.cut given to
necessity(), whose cut-off is benchmark; a typo) is a QCAInputError naming the argument meant, not Python's
TypeError."""
from __future__ import annotations

import pytest

import analysis.qca as qca
from analysis.qca import QCAInputError, minimize, necessity, super_subset, truth_table
from analysis.qca.r_calls import R_KEYWORDS
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


@pytest.mark.parametrize("call, meant", [
    (lambda: necessity(dataset("LF"), "SURV", incl_cut=0.95, case_column="case"), "write benchmark=0.95"),
    (lambda: necessity(dataset("LF"), "SURV", case_column="case", **{"incl.cut": 0.9}), "write benchmark=0.9"),
    (lambda: necessity(dataset("LF"), "SURV", benchmrk=0.9, case_column="case"), "did you mean 'benchmark'?"),
    (lambda: super_subset(dataset("LF"), "SURV", benchmark=0.9, case_column="case"), "write incl_cut=0.9"),
    (lambda: truth_table(dataset("LF"), "SURV", neg_out=True, case_column="case"), "write negate_outcome=True"),
    (lambda: truth_table(dataset("LF"), "SURV", case_column="case", **{"show.cases": False}),
     "did you mean 'show_cases'?"),
    (lambda: minimize(tt_lf(), include="?", direxp="1,1,1,1,1"), "did you mean 'dir_exp'?"),
    (lambda: qca.pof("DEV", dataset("LF"), "SURV", case="case"), "did you mean 'case_column'?"),
    (lambda: qca.pofind(dataset("LF"), "SURV", relatoin="necessity", case_column="case"), "did you mean 'relation'?"),
])
def test_a_keyword_the_function_does_not_take_names_the_one_meant(call, meant):
    with pytest.raises(QCAInputError, match="takes no argument") as exc:
        call()
    assert meant in str(exc.value) and "its arguments: " in str(exc.value)


def test_every_r_keyword_is_one_the_function_does_not_take():
    """A name of the table that the function takes would never reach its message."""
    import inspect

    for function, names in R_KEYWORDS.items():
        taken = inspect.signature(getattr(qca, function)).parameters
        assert not set(names) & set(taken), function


@pytest.mark.parametrize("call, meant", [
    (lambda: minimize(tt_lf(), include="?", exclude="７，８"), "e.g. '7,8'"),
    (lambda: minimize(tt_lf(), explain="１"), "'１' -> '1'"),
    (lambda: minimize(tt_lf(), explain="1，C"), "e.g. '1,C'"),
    (lambda: truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="incl，n"), "e.g. 'incl,n'"),
    (lambda: truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="n＝FALSE，incl"),
     "e.g. 'n=FALSE,incl'"),
])
def test_full_width_characters_of_other_arguments_name_the_ascii_ones(call, meant):
    """exclude '７，８' was told "e.g. '７,８'" (still full-width digits, refused again); explain '１' and sort_by
    'incl，n' got no hint at all."""
    with pytest.raises(QCAInputError) as exc:
        call()
    assert meant in str(exc.value) and "full-width" in str(exc.value)


def test_a_sort_by_name_with_a_full_width_comma_gets_no_hint_unless_it_names_columns():
    """'incl，nn' written with ',' is still no column: the hint would send the user to a second error."""
    with pytest.raises(QCAInputError) as exc:
        truth_table(dataset("LF"), "SURV", CONDS, case_column="case", sort_by="incl，nn")
    assert "full-width" not in str(exc.value)


@pytest.mark.parametrize("call, named", [
    (lambda: necessity(dataset("LF"), "SURV", 0.9, case_column="case"), "benchmark=0.9"),
    (lambda: truth_table(dataset("LF"), "SURV", 0.8, case_column="case"), "incl_cut=0.8"),
    (lambda: super_subset(dataset("LF"), "SURV", 0.9, case_column="case"), "incl_cut=0.9"),
])
def test_a_cut_off_given_in_the_place_of_the_conditions_says_to_name_it(call, named):
    """necessity(df, 'SURV', 0.9), an R habit of giving the cut-off by position: the message said only 'conditions
    must be a list of column names ..., got 0.9'."""
    with pytest.raises(QCAInputError, match="got 0.") as exc:
        call()
    assert named in str(exc.value) and "third" in str(exc.value)


@pytest.mark.parametrize("given, meant", [({"untenable_LR": "DEV*~URB"}, "write untenable='DEV*~URB'"),
                                          ({"contrad_rows": [7, 8]}, "write contradictory_rows=[7, 8]")])
def test_setmethods_names_of_esas_arguments_name_the_ones_here(given, meant):
    """SetMethods' esa(oldtt, nec_cond, untenable_LR, contrad_rows): its names were Python's TypeError here."""
    with pytest.raises(QCAInputError, match=r"esa\(\) takes no argument") as exc:
        qca.esa(tt_lf(), **given)
    assert meant in str(exc.value)


def test_calibrate_frame_names_the_argument_meant():
    """calibrate_frame, public since this round, checks its keywords as the other main functions do."""
    with pytest.raises(QCAInputError, match=r"calibrate_frame\(\) takes no argument 'keeps'; did you mean 'keep'\?"):
        qca.calibrate_frame(dataset("LR"), {"DEV": {"thresholds": "e=350, c=550, i=850"}}, keeps=["case"])


@pytest.mark.parametrize("include, meant", [("c", "; write 'C'"), ("remainders", "; write '?'"),
                                            ("?;C", "; write '?,C'"), ("?+c", "; write '?,C'"),
                                            ("remainders, contradictions", "; write '?,C'")])
def test_an_include_in_words_or_joined_otherwise_says_what_to_write(include, meant):
    """include='c' (lower case), 'remainders' or '?;C' said only "may contain '?' ... and 'C'"."""
    with pytest.raises(QCAInputError, match="include may contain") as exc:
        minimize(tt_lf(), include=include)
    assert str(exc.value).endswith(meant)


def test_an_include_of_an_unknown_word_gets_no_write_hint():
    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf(), include="?,x")
    assert "write" not in str(exc.value)
