"""Unknown conditions are quoted like every other value an error names (errors.quoted): 'unknown condition(s): GDP'
listed the names bare, so a name with blanks or a trailing comma ('GDP ', 'DEV,') could not be told from the text
around it. A name that differs from a column only by full-width characters (typed with a Chinese input method, 全角:
'ＵＲＢ') is told the column meant, as one differing by case or blanks already was."""
from __future__ import annotations

import pandas as pd
import pytest
from _cli import run

LF = "data/reference/datasets/LF.csv"


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(LF, index_col=0, encoding="utf-8")


def _message(call) -> str:
    from analysis.qca import QCAInputError

    with pytest.raises(QCAInputError) as err:
        call()
    return str(err.value)


def test_unknown_conditions_are_quoted(lf):
    from analysis.qca import necessity, truth_table

    said = _message(lambda: truth_table(lf, "SURV", "DEV, GDP, URX"))
    assert said.startswith("unknown condition(s): 'GDP', 'URX'; 'URX': did you mean 'URB'? (columns: 'DEV'"), said
    said = _message(lambda: necessity(lf, "SURV", ["DEV", "GDP"]))
    assert said.startswith("unknown condition(s): 'GDP' (columns: "), said


def test_unknown_conditions_of_directional_expectations_are_quoted(lf):
    from analysis.qca import minimize, truth_table

    tt = truth_table(lf, "SURV", "DEV, URB, IND", incl_cut=0.8)
    said = _message(lambda: minimize(tt, include="?", dir_exp={"DEV": 1, "GDP": 1}))
    assert said.startswith("directional expectations name unknown condition(s) 'GDP' (conditions: "), said


def test_the_cli_quotes_unknown_conditions(capsys):
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--conditions", "DEV,GDP")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(f"error: {LF}: unknown condition(s): 'GDP' (columns: 'DEV'"), err
