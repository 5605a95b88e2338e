"""A researcher's mistakes on their own data, from the command line and the API: each refused in one line that says
what to write (round 34)."""
from __future__ import annotations

import pytest

from analysis.paths import ROOT
from analysis.qca.cli import main

DATASETS = ROOT / "data" / "reference" / "datasets"
LF = str(DATASETS / "LF.csv")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv, write, others", [
    (["--conditions", "-DEV"], "write --conditions DEV;", "list the others: --conditions URB,LIT,IND,STB"),
    (["--conditions=-DEV,-URB"], "write --conditions DEV,URB;", "list the others: --conditions LIT,IND,STB"),
    (["--conditions", "DEV,-URB"], "write --conditions DEV,URB", None),
])
def test_a_condition_written_with_a_minus_is_refused_saying_what_to_write(capsys, argv, write, others):
    """'--conditions -DEV' got argparse's 'expected one argument' (a value starting with '-' read as a flag), and
    '--conditions=-DEV' the advice to write '~DEV', which the conditions then refuse too: now one line names the
    condition(s) as written and the list to give, and, when every name has the minus (all but DEV?), the others."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", *argv)
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert err.startswith("error: --conditions ") and ("is no column" in err or "are no columns" in err)
    assert write in err and "without '-' or '~'" in err and "expected one argument" not in err
    assert (others in err) if others else "list the others" not in err
