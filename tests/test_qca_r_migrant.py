"""What a user of R's QCA and SetMethods meets when moving an analysis here: R's habits (argument names and order,
condition names) answered with what to write in this engine, not with a traceback or a misleading hint."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.qca import QCAInputError, truth_table
from analysis.qca.cli import main


@pytest.fixture(scope="module")
def comma_csv(tmp_path_factory):
    """A file with a column whose name holds a comma, as an R data frame's check.names = FALSE keeps it."""
    path = tmp_path_factory.mktemp("comma") / "comma.csv"
    pd.DataFrame({"case": list("abcdef"), "GDP, high": [1, 1, 0, 0, 1, 0], "URB": [0, 1, 0, 1, 0, 0],
                  "LIT": [1, 1, 1, 0, 0, 0], "SURV": [1, 1, 0, 0, 1, 0]}).to_csv(path, index=False)
    return str(path)


@pytest.mark.parametrize("argv", [
    ["truth-table", "--conditions", "GDP, high,URB"],
    ["minimize", "--conditions", "URB,GDP, high", "--include", "?"],
    ["esa", "--conditions", "URB,LIT", "--nec-cond", "GDP, high"],
    ["cases", "--nec-cond", "GDP, high"],
])
def test_a_condition_name_with_a_comma_given_to_a_list_flag_says_to_rename_the_column(comma_csv, capsys, argv):
    """--conditions 'GDP, high,URB' said "unknown condition(s): GDP, high; did you mean 'GDP, high'?" (the name the
    user typed), and cases --nec-cond 'GDP, high' said it got two conditions, 'GDP' and 'high', to be run one by one:
    the comma separates the names of these flags, and a set name cannot hold one (solutions are written with it).
    Now one error line names the flag, the column and the name to give it instead."""
    argv = [argv[0], comma_csv, "--outcome", "SURV", *argv[1:]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    flag = "--nec-cond" if "--nec-cond" in argv else "--conditions"
    assert f"{flag} " in err and "column 'GDP, high' contains ','" in err, err
    assert "rename the column, e.g. to 'GDP_high'" in err, err
    assert "did you mean 'GDP, high'" not in err and "run cases once for each" not in err, err


def test_conditions_text_naming_a_column_with_a_comma_says_to_rename_it(comma_csv):
    df = pd.read_csv(comma_csv, index_col="case")
    with pytest.raises(QCAInputError, match=r"column 'GDP, high' contains ','.*rename the column, e\.g\. to "
                                            r"'GDP_high'"):
        truth_table(df, "SURV", "GDP, high, URB")
    with pytest.raises(QCAInputError, match=r"rename the column, e\.g\. to 'GDP_high'"):   # as a list too
        truth_table(df, "SURV", ["GDP, high", "URB"])
    assert len(truth_table(df, "SURV", "URB, LIT").rows_with(["1"]))   # the column left out: no refusal


# ---------------------------------------------------------------- R QCA's minimize()/truthTable() arguments
LF = "data/reference/datasets/LF.csv"


@pytest.fixture(scope="module")
def tt_lf():
    lf = pd.read_csv(LF, index_col="case")
    return truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8)


@pytest.mark.parametrize("given, said", [
    ({"details": True}, "leave it out: the fit of every term and model (R's details = TRUE) is always"),
    ({"show.cases": True}, "leave it out: a solution always lists the cases of each term"),
    ({"method": "CCubes"}, "leave it out: one exact algorithm here"),
    ({"omit": [10, 12]}, "write exclude=[10, 12] (R QCA's older name of exclude)"),
    ({"use.tilde": True}, "leave it out: a negation is always written '~A'"),
    ({"use.letters": True}, "use.letters is R QCA's minimize(..., use.letters = ...)"),
    ({"use.labels": True}, "use.labels is R QCA's minimize(..., use.labels = ...)"),
    ({"sort.by": "incl"}, "sort.by is an argument of truth_table()"),
])
def test_r_arguments_of_minimize_say_what_to_write_here(tt_lf, given, said):
    """minimize(tt, details=TRUE) (R's habit: the fit table), show.cases, method = 'CCubes', R's older omit / direxp,
    use.tilde, use.letters, use.labels, sort.by were refused with the arguments listed and no word on what they are:
    an R user could not tell whether the fit was lost or the algorithm differed. Now each says what to do here."""
    from analysis.qca import minimize

    with pytest.raises(QCAInputError) as exc:
        minimize(tt_lf, include="?", **given)
    assert said in str(exc.value), str(exc.value)


@pytest.mark.parametrize("given, said", [
    ({"inf.test": "binom, 0.05"}, "inf.test is R QCA's truthTable(..., inf.test = ...)"),
    ({"use.letters": True}, "use.letters is R QCA's truthTable(..., use.letters = ...)"),
    ({"exclude": [3]}, "write minimize(tt, ..., exclude=[3])"),
])
def test_r_arguments_of_truth_table_say_what_to_write_here(given, said):
    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        truth_table(lf, "SURV", incl_cut=0.8, **given)
    assert said in str(exc.value), str(exc.value)


@pytest.mark.parametrize("flags, said", [
    (["--details"], "minimize takes no --details: leave it out: the fit of every term and model"),
    (["--show-cases"], "minimize takes no --show-cases: leave it out: a solution always lists the cases"),
    (["--method", "CCubes"], "leave it out: one exact algorithm here"),
    (["--omit", "10,12"], "minimize takes no --omit: write --exclude 10,12"),
    (["--row.dom"], "did you mean --row-dominance?"),
    (["--use-letters"], "--use-letters is R QCA's minimize(..., use.letters = ...)"),
])
def test_r_flags_of_minimize_say_what_to_write_here(capsys, flags, said):
    """minimize --details (or --show-cases, --method, --omit, --row.dom, --use-letters) said only 'unrecognized
    arguments'."""
    assert main(["minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", *flags]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err, err


# ---------------------------------------------------------------- R's order of arguments
@pytest.mark.parametrize("call, said", [
    (lambda q, lf, tt: q.pof("DEV*URB + ~LIT", "SURV", data=lf),
     "pof() got multiple values for argument 'data'"),
    (lambda q, lf, tt: q.pof("DEV*URB + ~LIT -> SURV", data=lf),
     "pof() is missing a required argument: 'outcome'"),
    (lambda q, lf, tt: q.find_rows(obj=tt, type=2), "find_rows() is missing a required argument: 'tt'"),
    (lambda q, lf, tt: q.find_rows(tt, "~DEV*IND", type=1), "find_rows() got multiple values for argument 'type'"),
])
def test_a_call_in_rs_order_of_arguments_says_the_order_here(tt_lf, call, said):
    """pof('DEV*URB + ~LIT', 'SURV', data = LF) is R's call (pof(setms, outcome, data)), and so is
    pof('A -> SURV', data = LF) and findRows(obj = tt, type = 2): they raised Python's bare TypeError ('got multiple
    values for argument', 'missing 1 required positional argument'), naming no order. Now the message gives the
    order of the arguments here and the call to write."""
    from analysis import qca

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError) as exc:
        call(qca, lf, tt_lf)
    message = str(exc.value)
    assert said in message and "its arguments in order: " in message, message
    function = said.split("(")[0]
    assert {"pof": "pof('DEV*URB + ~LIT', data, 'SURV')", "find_rows": "find_rows(tt, 'untenable', "
            "expression='~DEV*IND')"}[function] in message, message


def test_pof_with_the_outcome_second_as_in_r_says_the_order_here():
    """pof('DEV*URB + ~LIT', 'SURV', LF) (R's positional order) said 'the data come first, then the outcome: (df,
    'SURV', ...)', as if the data came before the expression."""
    from analysis.qca import pof

    lf = pd.read_csv(LF, index_col="case")
    with pytest.raises(QCAInputError, match=r"pof\(expression, data, outcome\).*write pof\('DEV\*URB \+ ~LIT', "
                                            r"data, 'SURV'\)"):
        pof("DEV*URB + ~LIT", "SURV", lf)


def test_a_type_error_inside_a_function_is_left_alone():
    """The order message is given only when the call itself does not bind: a TypeError raised inside is not
    relabelled."""
    from analysis.qca import pof

    with pytest.raises(Exception) as exc:
        pof("DEV", pd.DataFrame({"DEV": [object()], "SURV": [1]}), "SURV")
    assert "its arguments in order" not in str(exc.value)
