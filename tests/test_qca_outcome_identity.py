"""A condition that is the outcome, or its negation, under another name (a column copied, the outcome and a
condition swapped, the negated outcome calibrated as a set of its own): the outcome named among the conditions is
refused ('a set cannot explain itself'), but the same memberships under another name were analysed without a word,
and a solution 'DEV*~NOTS' or a necessary '~NOTS' of consistency and coverage 1 printed as a finding. Each path an
R user takes (truth_table, necessity, super_subset, pof, the CLI) now warns, naming the condition and the outcome."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from _qca_warnings import qca_warnings

from analysis.paths import ROOT
from analysis.qca import QCAInputError, necessity, pof, pofind, prepare_data, super_subset, truth_table

LF = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
NEGATED = "condition 'NOTS' has the memberships of the negated outcome (1 - 'SURV') in every case"
SAME = "condition 'S2' has the memberships of the outcome 'SURV' in every case"
TAIL = ("is it the outcome or its negation under another name (a column copied, or the outcome and a condition "
        "swapped)? A condition that is the outcome explains it by identity")


_said = qca_warnings   # the QCAWarning messages a call gives (tests/_qca_warnings.py)


def test_a_condition_equal_to_the_outcome_or_its_negation_is_named_with_the_outcome():
    data = LF.assign(NOTS=1 - LF["SURV"], S2=LF["SURV"])
    qd = prepare_data(data, "SURV", "DEV, NOTS, S2", warn=False)
    notes = [n for n in qd.warnings if "memberships of" in n]
    assert notes == [f"{NEGATED}: {TAIL} (~NOTS with consistency and coverage 1); if so, leave it out of the "
                     "conditions",
                     f"{SAME}: {TAIL} (S2 with consistency and coverage 1); if so, leave it out of the conditions"]
    # the identity the note names: ~NOTS is necessary and sufficient for SURV with fit 1
    res = pof("~NOTS", data, "SURV", "necessity")
    assert res.table.iloc[0][["inclN", "covN"]].round(3).tolist() == [1.0, 1.0]
    # a negated outcome: S2 = SURV is the negation of ~SURV, NOTS its copy
    neg = [n for n in prepare_data(data, "~SURV", "DEV, NOTS, S2", warn=False).warnings if "memberships of" in n]
    assert [n.split(":")[0] for n in neg] == ["condition 'NOTS' has the memberships of the outcome '~SURV' in every "
                                              "case", "condition 'S2' has the memberships of the negated outcome "
                                              "(1 - '~SURV') in every case"]


@pytest.mark.parametrize("call", [
    lambda d: truth_table(d, "SURV", "DEV, URB, NOTS", incl_cut=0.8),
    lambda d: necessity(d, "SURV", "DEV, NOTS"),
    lambda d: super_subset(d, "SURV", "DEV, NOTS"),
    lambda d: pof("DEV + ~NOTS", d, "SURV"),
    lambda d: pofind(d, "SURV", "DEV, NOTS"),
    lambda d: pofind(d, "SURV", "DEV, NOTS", "sufficiency"),
], ids=["truth_table", "necessity", "super_subset", "pof", "pofind", "pofind-sufficiency"])
def test_every_python_path_warns(call):   # the CLI's file: a membership typed 0.05 is 1 - 0.95 (to 1e-9)
    said = _said(lambda: call(LF.assign(NOTS=1 - LF["SURV"])))
    assert any(s.startswith(NEGATED) for s in said), said


def test_no_note_where_no_condition_is_the_outcome():
    """LF's own conditions, a condition equal to the outcome but in one case, a constant outcome and condition (said
    as constant), a crisp condition equal to a crisp outcome or its negation (a finding of csQCA, met in small data):
    no note."""
    assert not [n for n in prepare_data(LF, "SURV", warn=False).warnings if "memberships of" in n]
    assert not [s for s in _said(lambda: pofind(LF, "SURV")) if "memberships of" in s]
    near = LF.assign(S2=LF["SURV"].where(LF.index != "BE", 0.9))
    assert not [n for n in prepare_data(near, "SURV", "DEV, S2", warn=False).warnings if "memberships of" in n]
    const = pd.DataFrame({"A": [1, 1, 1, 1], "B": [0, 1, 0, 1], "Y": [1, 1, 1, 1]}, index=list("abcd"))
    assert not [n for n in prepare_data(const, "Y", "A, B", warn=False).warnings if "memberships of" in n]
    # crisp: B present exactly where Y is present is a finding of csQCA (necessary and sufficient), not a copy
    crisp = pd.DataFrame({"A": [0, 1, 2, 0, 1, 2], "B": [0, 1, 0, 0, 1, 0], "Y": [0, 1, 0, 0, 1, 0]},
                         index=list("abcdef"))
    qd = prepare_data(crisp, "Y", "A, B", warn=False)
    assert qd.kinds[1] == "crisp" and not [n for n in qd.warnings if "memberships of" in n]
    assert not [n for n in prepare_data(crisp.assign(B=1 - crisp["Y"]), "Y", "A, B", warn=False).warnings
                if "memberships of" in n]


def test_the_outcome_named_among_the_conditions_stays_refused():
    with pytest.raises(QCAInputError, match="conditions include the outcome 'SURV': a set cannot explain itself"):
        truth_table(LF, "SURV", "DEV, SURV")


def test_the_cli_warns(tmp_path):
    path = tmp_path / "swapped.csv"
    LF.assign(NOTS=(1 - LF["SURV"]).round(2)).to_csv(path, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis.qca", "minimize", str(path), "--outcome", "SURV",
                           "--conditions", "DEV,URB,NOTS", "--incl-cut", "0.8"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert NEGATED in proc.stderr, proc.stderr
    assert "~NOTS" in proc.stdout
    readme = (ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8")   # README's engine section before
    assert "a fuzzy condition whose memberships are the outcome's, or 1 minus them, in every case" in readme
