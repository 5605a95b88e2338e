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
    assert engine_error_zh(both.value) == ("条件 'A' 在案例 'c': -0.1中有负值，在案例 'a': 1.7, 'b': 2.5中隶属度大于 1：只允许 0 到 1 "
                                           "之间的隶属度或多值条件的取值 0, 1, 2, ...")
    with pytest.raises(QCAInputError) as over:
        truth_table(data.assign(A=[1.7, 2.5, 0.1, 0.2]), "Y")
    assert engine_error_zh(over.value) == ("条件 'A' 的隶属度超出 [0, 1]，案例 'a': 1.7, 'b': 2.5：模糊集隶属度必须在 0 到 1 之间"
                                           "（请先校准原始数据）")
