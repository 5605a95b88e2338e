"""find_rows called in older R QCA's order, findRows(expression, obj, remainders, type): the call to write keeps what
the user wrote (the expression, the type where it was given, observed=True), as the other R-order hints do."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.qca import QCAInputError, find_rows, truth_table
from analysis.workshop import engine_error_zh

HEAD = ("find_rows(tt, type, expression): the truth table comes first, got the text {} first and the truth table "
        "second (older R QCA's order, findRows(expression, obj)); write ")


@pytest.fixture(scope="module")
def tt():
    df = pd.DataFrame({"A": [0, 1, 1, 0], "B": [1, 1, 0, 0], "Y": [1, 1, 0, 0]}, index=list("wxyz"))
    return truth_table(df, "Y", ["A", "B"])


@pytest.mark.parametrize("call, text, write", [
    (lambda tt: find_rows("~A*B", tt), "'~A*B'", "find_rows(tt, 'untenable', expression='~A*B')"),
    (lambda tt: find_rows("~A*B", tt, "csa"), "'~A*B'", "find_rows(tt, 'csa') (its rows need no expression)"),
    (lambda tt: find_rows("~A*B", tt, True, 0), "'~A*B'", "find_rows(tt, 'all', expression='~A*B')"),
    (lambda tt: find_rows("~A*B", tt, True, 3), "'~A*B'", "find_rows(tt, 'ssr') (its rows need no expression)"),
    (lambda tt: find_rows("A", obj=tt), "'A'", "find_rows(tt, 'untenable', expression='A')"),
    (lambda tt: find_rows("A", obj=tt, type=2), "'A'", "find_rows(tt, 'csa') (its rows need no expression)"),
    (lambda tt: find_rows("A", tt, observed=True), "'A'", "find_rows(tt, 'untenable', expression='A', observed=True)"),
], ids=["expression-obj", "type-third", "r-type-0-fourth", "r-type-3-fourth", "obj-keyword", "obj-and-type",
        "observed"])
def test_a_call_in_older_r_order_is_answered_with_the_call_the_user_meant(tt, call, text, write):
    """find_rows('~A*B', tt, 'csa') was told to write find_rows(tt, 'untenable', expression='~A*B'), dropping the type
    given (R's findRows(expression, obj, remainders, type = 2) the same); find_rows('A', obj=tt) said only 'find_rows
    needs a TruthTable (from truth_table()), got str'."""
    with pytest.raises(QCAInputError) as raised:
        call(tt)
    assert str(raised.value) == HEAD.format(text) + write
    assert "its rows need no expression" not in engine_error_zh(raised.value)


@pytest.mark.parametrize("call", [
    lambda tt: find_rows(tt, "untenable", "DEV", type=1),
    lambda tt: find_rows(tt, "2", "DEV", type="untenable"),
], ids=["type-name", "type-number-text"])
def test_a_value_given_twice_quotes_the_expression_not_the_type(tt, call):
    """r_calls' R-order hint for find_rows() with type given twice quoted the first text as the expression: 'write
    find_rows(tt, 'untenable', expression='untenable')'. Now the text that is no row type."""
    with pytest.raises(QCAInputError) as raised:
        call(tt)
    assert "write find_rows(tt, 'untenable', expression='DEV') (R's type = 1)" in str(raised.value)
