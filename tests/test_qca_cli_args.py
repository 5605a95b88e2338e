"""The command line's arguments as a shell gives them when the user's line holds a mistake argparse names badly: an
empty argument ('' of a shell variable left empty), ... Each one `error:` line, exit status 2."""
from __future__ import annotations

import pytest
from _cli import run

from analysis.qca.errors import QCAInputError
from analysis.workshop import engine_error_zh

LF = "data/reference/datasets/LF.csv"
WHY = ": a shell variable left empty (\"$VAR\"), or quotes with nothing or blanks between them, give one; leave it out"


@pytest.mark.parametrize("argv, said", [
    ([LF, "--outcome", "SURV", ""], "an empty argument ('') after --outcome SURV"),
    ([LF, "", "--outcome", "SURV", "--csv"], f"an empty argument ('') after {LF}"),
    ([LF, "--outcome", "SURV", "--conditions", "DEV,URB", " "], "a blank argument (' ') after --conditions DEV,URB"),
    ([LF, "", "--outcome", "SURV", ""],
     f"an empty argument ('') after {LF}, an empty argument ('') after --outcome SURV"),
], ids=["after-a-flags-value", "after-the-file", "blank", "two"])
def test_an_empty_argument_is_named_by_what_comes_before_it(capsys, argv, said):
    """'truth-table LF.csv --outcome SURV ""' (a shell variable left empty) said 'error: unrecognized arguments: ',
    naming nothing; now where the argument is and what makes one, with no 'did you mean' read off the flag before it."""
    code, out, err = run(capsys, "truth-table", *argv)
    assert (code, out) == (2, "")
    assert err == f"error: unrecognized arguments: {said}{WHY}\n"
    assert engine_error_zh(QCAInputError(err.removeprefix("error: ").strip()))


def test_an_empty_argument_beside_an_unknown_flag_leaves_the_flag_named(capsys):
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "", "--inclde", "1")
    assert code == 2 and err.startswith("error: unrecognized arguments: --inclde 1")
