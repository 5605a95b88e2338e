"""Messages and records a researcher meets (round 38): each case named with its own out-of-range membership, every
unknown name of an expression in one line, a sweep's skew bounds recorded and an empty skew_bounds key refused, and
the cases command naming the solution it read."""
from __future__ import annotations

import pytest

from analysis.qca.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_case_with_a_membership_outside_0_1_is_named_with_its_own_value(capsys, tmp_path):
    """"has membership(s) outside [0, 1] (e.g. 1.7) for case(s) 'a', 'b'" said 1.7 of case b, which holds 2.5: each
    case now comes with its own membership, as the non-numeric cell message names them."""
    path = tmp_path / "over.csv"
    path.write_text("case,A,B,Y\na,1.7,0.2,0.8\nb,2.5,0.1,0.3\nc,0.1,0.8,0.2\nd,0.2,0.3,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert "condition 'A' has membership(s) outside [0, 1] for case(s) 'a': 1.7, 'b': 2.5; fuzzy memberships" in err


def test_each_case_above_1_beside_a_negative_value_is_named_with_its_own_value(capsys, tmp_path):
    path = tmp_path / "neg.csv"
    path.write_text("case,A,B,Y\na,1.7,0.2,0.8\nb,2.5,0.1,0.3\nc,-0.1,0.8,0.2\nd,0.2,0.3,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert ("condition 'A' has negative value(s) for case(s) 'c': -0.1, and membership(s) above 1 for case(s) "
            "'a': 1.7, 'b': 2.5; allowed are") in err, err


def test_the_workshop_translates_both_range_messages_with_each_cases_value():
    import pandas as pd

    from analysis.qca import QCAInputError, truth_table
    from analysis.workshop import engine_error_zh

    data = pd.DataFrame({"A": [1.7, 2.5, -0.1, 0.2], "B": [0.2, 0.1, 0.8, 0.3], "Y": [0.8, 0.3, 0.2, 0.1]},
                        index=list("abcd"))
    with pytest.raises(QCAInputError) as both:
        truth_table(data, "Y")
    assert engine_error_zh(both.value) == ("条件 'A' 在案例 'c'（-0.1）中有负值，在案例 'a'（1.7）, 'b'（2.5）中隶属度大于 1：只允许 0 到 1 "
                                           "之间的隶属度或多值条件的取值 0, 1, 2, ...")
    with pytest.raises(QCAInputError) as over:
        truth_table(data.assign(A=[1.7, 2.5, 0.1, 0.2]), "Y")
    assert engine_error_zh(over.value) == ("条件 'A' 的隶属度超出 [0, 1]，案例 'a'（1.7）, 'b'（2.5）：模糊集隶属度必须在 0 到 1 之间"
                                           "（请先校准原始数据）")


@pytest.fixture(scope="module")
def three_conditions():
    import warnings

    import pandas as pd

    from analysis.paths import ROOT
    from analysis.qca import minimize, truth_table

    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv").set_index("case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf, "SURV", ["DEV", "URB", "IND"], incl_cut=0.7)
        return tt, minimize(tt, include="?")


def test_every_unknown_name_of_a_term_is_named_in_one_line(three_conditions):
    """'LIT*STB' with neither a condition named LIT only: STB came up after LIT was added. Every unknown name of
    the term is now named, each left-out column said as one."""
    from analysis.qca import QCAInputError, theory_evaluation

    with pytest.raises(QCAInputError) as err:
        theory_evaluation("LIT*STB", three_conditions[1])
    assert str(err.value) == (
        "theory 'LIT*STB': unknown condition(s) 'LIT', 'STB' in term 'LIT*STB' (conditions: DEV, URB, IND); 'LIT', "
        "'STB' are columns of the data not among the conditions: to use them, include them in conditions='DEV, URB, "
        "IND, LIT, STB' (CLI: --conditions DEV,URB,IND,LIT,STB)"), err.value


def test_every_unknown_name_of_an_expression_is_named_with_its_own_hint(three_conditions):
    """Unknown names in two terms, one a typo and one a left-out column: both named in one line, the typo with its
    'did you mean', the column with the conditions that include it."""
    from analysis.qca import QCAInputError, find_rows

    with pytest.raises(QCAInputError) as err:
        find_rows(three_conditions[0], expression="LIT*DEV + URB*dev")
    assert str(err.value) == (
        "unknown condition(s) 'LIT', 'dev' in expression 'LIT*DEV + URB*dev'; did you mean 'DEV'? (names are "
        "case-sensitive; lowercase does not mean absence here: its negation is written '~DEV') (conditions: DEV, URB, "
        "IND); 'LIT' is a column of the data not among the conditions: to use it, include it in conditions='DEV, URB, "
        "IND, LIT' (CLI: --conditions DEV,URB,IND,LIT)"), err.value


def test_one_unknown_name_keeps_its_message_and_a_term_dict_names_every_unknown_name():
    import pandas as pd

    from analysis.qca import QCAInputError, parse_expression, term_membership

    with pytest.raises(QCAInputError) as one:
        parse_expression("LTI*URB + DEV", ["DEV", "URB", "LIT"])
    assert str(one.value) == ("unknown condition 'LTI' in term 'LTI*URB '; did you mean 'LIT'? (conditions: DEV, URB, "
                              "LIT)"), one.value
    data = pd.DataFrame({"A": [0.2, 0.8], "B": [0.6, 0.1]})
    with pytest.raises(QCAInputError) as both:
        term_membership(data, {"A": 1, "X": 1, "b": 0})
    assert str(both.value) == ("unknown condition(s) 'X', 'b'; did you mean 'B'? (names are case-sensitive; lowercase "
                               "does not mean absence here: its negation is written '~B') (columns: A, B)"), both.value


def test_the_workshop_translates_several_unknown_names_of_a_term(three_conditions):
    from analysis.qca import QCAInputError, find_rows
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as err:
        find_rows(three_conditions[0], expression="LIT*STB")
    assert engine_error_zh(err.value).startswith("项 'LIT*STB' 中的 'LIT', 'STB' 不是条件之一"), engine_error_zh(err.value)


def test_the_left_out_hint_reads_the_names_not_the_expression_they_are_in():
    from analysis.qca.data import left_out_hint

    said = "unknown condition(s) 'X', 'Y' in expression 'X + Y' (conditions: A)"
    assert left_out_hint(said, ["A"], ["X", "X + Y"]) == (
        "; 'X' is a column of the data not among the conditions: to use it, include it in conditions='A, X' (CLI: "
        "--conditions A,X)")
