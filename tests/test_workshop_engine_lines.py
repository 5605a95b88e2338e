"""Chinese lines for messages the engine gives that had none, found by running the engine (its API, its commands):
each test feeds the message the engine writes, not a copied string, through the workshop's translator."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.qca import QCAWarning, esa, truth_table
from analysis.workshop import engine_warning_zh

LF = "data/reference/datasets/LF.csv"
_RULE_ZH = ("：按 ESA 的规则，必要条件只有在与必要性一致（inclN 至少达到基准）且相关（RoN 至少达到相关性阈值，且并非在每个案例中"
            "都存在；Schneider 2018）时，缺少它的逻辑余项才是不可成立的假设，因此它不使任何逻辑余项成为不可成立的假设；ESA 仍按要求"
            "阻断它之外的逻辑余项，good_practice() 不把它们计入")


def _warned(call) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]


def test_esas_necessary_condition_not_relevant_has_a_chinese_line(capsys):
    """esa(..., ron_cut=) warns about a nec_cond consistent with necessity but not relevant (LIT on LF: RoN 0.509
    below 0.6; A of a small table: present in every case), as does the esa command's --ron-cut: no Chinese line."""
    from _cli import run

    from bad_inputs.catalogue import lf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf(), "SURV", incl_cut=0.8)
        small = truth_table(pd.DataFrame({"A": [1, 1, 1, 1], "B": [1, 0, 1, 0], "Y": [1, 0, 1, 1]}, index=list("abcd")),
                            "Y", "A, B", incl_cut=0.8)
    low = [engine_warning_zh(w) for w in _warned(lambda: esa(tt, nec_cond="LIT", ron_cut=0.6)) if "(ESA)" in w]
    assert low == ["必要条件 'LIT'（ESA）：对 SURV 的 inclN 为 0.991，RoN 为 0.509，不相关（RoN 低于 0.6）" + _RULE_ZH]
    every = [engine_warning_zh(w) for w in _warned(lambda: esa(small, nec_cond="A")) if "(ESA)" in w]
    assert every == ["必要条件 'A'（ESA）：对 Y 的 inclN 为 1.000，RoN 为 0.000，不相关（在每个案例中都存在）" + _RULE_ZH]
    code, _, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", "--ron-cut",
                       "0.6")
    warned = [line.removeprefix("warning: ") for line in err.splitlines() if "(ESA)" in line]
    assert code == 0 and [engine_warning_zh(line) for line in warned] == low, err
