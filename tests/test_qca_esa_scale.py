"""esa() with a necessary condition on a table of more than 2^20 configurations: the rows outside nec_cond are
listed by number, so the size is refused before anything is listed, naming the size met, the limit and that no
argument raises it (it blamed the expression, 'give more specific terms', or listed a million rows first)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import analysis.qca  # noqa: F401  (the package first)
from analysis.qca import QCAInputError, esa, truth_table

esa_module = __import__("sys").modules["analysis.qca.esa"]


@pytest.fixture(scope="module")
def wide():
    rng = np.random.default_rng(0)
    conds = [f"C{j}" for j in range(21)]
    df = pd.DataFrame(rng.integers(0, 2, (40, 21)), columns=conds)
    df["Y"] = df.C0 | df.C1
    return truth_table(df, "Y", conds)


@pytest.mark.parametrize("nec_cond", ["C0", "C0 + C1"])
@pytest.mark.parametrize("observed", [False, True])
def test_a_table_too_wide_for_nec_cond_is_refused_before_rows_are_listed(wide, monkeypatch, nec_cond, observed):
    def listed(*args, **kwargs):
        raise AssertionError("rows listed before the size was checked")

    monkeypatch.setattr(esa_module, "rows_in_expression", listed)
    with pytest.raises(QCAInputError) as err:
        esa(wide, nec_cond=nec_cond, nec_cond_observed=observed)
    text = str(err.value)
    assert "outside nec_cond, listed by row number" in text and "2,097,152 configurations (21 conditions)" in text
    assert "more than the 1,048,576 (2^20" in text and "not a budget an argument raises" in text
    assert text.startswith("nec_cond_observed blocks every row outside nec_cond" if observed
                           else "ESA blocks the remainders outside nec_cond")


def test_the_cli_refuses_nec_cond_observed_in_its_own_words(tmp_path, capsys):
    # the CLI checked each --nec-cond without --nec-cond-observed first, so the refusal spoke of the remainders
    # ('ESA blocks the remainders outside nec_cond') when every row outside it was asked to be blocked
    from analysis.qca.cli import main

    rng = np.random.default_rng(0)
    conds = [f"C{j}" for j in range(21)]
    df = pd.DataFrame(rng.integers(0, 2, (40, 21)), columns=conds)
    df["Y"] = df.C0 | df.C1
    path = tmp_path / "wide.csv"
    df.to_csv(path, index_label="case")
    for observed, said in ((True, "--nec-cond-observed blocks every row outside --nec-cond, listed"),
                           (False, "ESA blocks the remainders outside --nec-cond, listed")):
        code = main(["esa", str(path), "--outcome", "Y", "--nec-cond", "C0"]
                    + (["--nec-cond-observed"] if observed else []))
        err = capsys.readouterr().err
        *warned, last = err.splitlines()   # the data's warnings (a skewed outcome) come first, then the one error
        assert code == 2 and last.startswith("error: ") and said in last, err
        assert all(line.startswith("warning: ") for line in warned) and "Traceback" not in err, err
