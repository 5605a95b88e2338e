"""good_practice's robustness row judges a RobustnessProtocol's recalibrations by the compendium's rule on plausible
alternative calibrations (standards._implausible_calibrations): 'calibration: none is plausible of the N
recalibrations tried (...)' where none is, 'recalibration(s) tried with no plausible alternative (...)' beside a
plausible one. The row had no Chinese line then (engine_note_zh gave None for the whole row): each is read here from
the row the engine writes for LC's data with recalibrations of LR's raw values, not from a copied string."""
from __future__ import annotations

import functools
import warnings

import pytest

from analysis.qca import good_practice, minimize, robustness_protocol, truth_table
from analysis.workshop import engine_note_zh
from setmethods_reference import dataset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]
#: LR's raw DEV runs from 320 to 1098 and URB from 15.3 to 78.8; LC codes DEV 1 from 586 up
TESTS = {t["label"]: t for t in (
    {"label": "own", "calibrate": {"DEV": {"type": "crisp", "thresholds": 560}}},     # LC's own DEV again
    {"label": "up", "calibrate": {"DEV": {"type": "crisp", "thresholds": 600}}},      # 586 and 590 move out
    {"label": "high", "calibrate": {"DEV": {"type": "crisp", "thresholds": 1200}}},   # every case out
    {"label": "both", "calibrate": {"DEV": {"type": "crisp", "thresholds": 1200},     # every case out of DEV,
                                    "URB": {"type": "crisp", "thresholds": 10}}},     # every case in URB
    )}
RULE_ZH = ("（本项目解读：合理的替代校准会改变某个隶属度（案例位于 0.5 的哪一侧，或在模糊集中的隶属程度），并使它重新校准的每个"
           "集合在 0.5 两侧都有案例）")
#: what the row says before the recalibrations, in Chinese: the calibration sweep, the thresholds not tested
BEFORE = "校准：calibration；未检验：一致性阈值、频数阈值；"


@functools.lru_cache(maxsize=None)
def _solution():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return minimize(truth_table(dataset("LC").set_index("case"), "SURV", CONDS, incl_cut=0.8))


def robustness_has(*labels: str) -> str:
    """The robustness row's 'has' of good_practice for LC's solution with the protocol of the tests named."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        protocol = robustness_protocol(dataset("LC"), "SURV", CONDS, [TESTS[x] for x in labels], incl_cut=0.8,
                                       case_column="case", raw=dataset("LR"))
        frame = good_practice(_solution(), robustness=protocol).to_frame()
    return frame.loc[frame["standard"] == "robustness tests", "has"].iloc[0]


@pytest.mark.parametrize("labels, english, zh", [
    (("own", "high"),
     "calibration: none is plausible of the 2 recalibrations tried",
     f"校准：所试的 2 个重新校准中没有合理的替代校准{RULE_ZH}：检验 'own' 没有改变任何隶属度（即本分析自身的校准）；检验 "
     "'high' 使 'DEV' 的每个案例都低于 0.5"),
    (("both",),
     "calibration: none is plausible of the 1 recalibration tried",
     f"校准：所试的 1 个重新校准中没有合理的替代校准{RULE_ZH}：检验 'both' 使 'DEV' 的每个案例都低于 0.5，并使 'URB' 的每个"
     "案例都高于 0.5"),
    (("up", "high"),
     "; recalibration tried with no plausible alternative",
     f"所试的重新校准中不是合理替代校准的{RULE_ZH}：检验 'high' 使 'DEV' 的每个案例都低于 0.5"),
    (("up", "own", "high"),
     "; recalibrations tried with no plausible alternative",
     f"所试的重新校准中不是合理替代校准的{RULE_ZH}：检验 'own' 没有改变任何隶属度（即本分析自身的校准）；检验 'high' 使 'DEV' "
     "的每个案例都低于 0.5"),
])
def test_the_robustness_rows_recalibrations_without_a_plausible_alternative_have_a_chinese_line(labels, english, zh):
    has = robustness_has(*labels)
    assert english in has, has
    assert engine_note_zh(has) == BEFORE + zh, has
