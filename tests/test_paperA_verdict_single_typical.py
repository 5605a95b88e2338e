"""A fragile claim's verdict line names the case removals that broke it ('case removal 11/13 (broken by without R03,
R11)'); when a removed case is the only typical case of a reported path, the line says so (the removal takes that
path's one case study with it), in English and in the Chinese line (robustness.robustness_verdict, single_typical)."""
from __future__ import annotations

import pandas as pd

from analysis.paper_a import robustness as R

OK = {"n_paths": 4, "n_distinct_models": 1, "n_multi_level": 2, "n_meso_micro": 2, "n_other": 0,
      "SER_in_all": True, "SER_core_in_all": True, "SER_inclN": 1.0, "SER_RoN": 0.8,
      "least_present": "FUN, PRO, SYS", "least_present_separated": True,
      "least_present_indicators": "FUN, PRO, SYS", "least_present_indicators_separated": True, "error": ""}


def _settings() -> pd.DataFrame:
    removed = {"changes_table": True, "changed_inputs": "truth table, cases", "same_as_baseline": False}
    return pd.DataFrame([
        {"sweep": "baseline", "setting": "b", **OK, "changes_table": False, "changed_inputs": "",
         "same_as_baseline": True},
        {"sweep": "case_removal", "setting": "without R03", **OK, **removed, "n_paths": 3},
        {"sweep": "case_removal", "setting": "without R11", **OK, **removed, "n_paths": 3},
        {"sweep": "case_removal", "setting": "without R07", **OK, **removed}])


def test_single_typical_cases_of_the_paths_resting_on_one():
    typical = pd.DataFrame({"term": ["SYS*ORG", "SYS*ORG", "PRO*SER", "ORG*FUN"], "case": ["R01", "R02", "R03", "R11"]})
    assert R.single_typical_cases(typical) == {"R03": "PRO*SER", "R11": "ORG*FUN"}
    assert R.single_typical_cases(typical.iloc[:0]) == {}   # no solution: no path, nothing to say


def test_a_removal_of_a_paths_only_typical_case_is_said_beside_what_broke_the_claim():
    settings = _settings()
    table = R.claim_robustness(settings)
    power = R.sweep_power(settings)
    plain = R.robustness_verdict(table, power, settings)
    assert "  A1 holds in: case removal 1/3 (broken by without R03, R11)." in plain, plain
    text = R.robustness_verdict(table, power, settings, single_typical={"R03": "PRO*SER", "R05": "SYS*ORG"})
    # R03 is named with its path; R11 broke A1 too but is no path's only typical case; R05 did not break it
    assert ("  A1 holds in: case removal 1/3 (broken by without R03, R11; the only typical case of a reported path: "
            "R03 (PRO*SER)).") in text, text
    assert "（不成立的设定：剔除 R03、R11，其中 R03 为报告路径 PRO*SER 唯一的典型案例）" in text.splitlines()[-1], text
    assert "R05" not in text
    # nothing else of the verdict changes; no single typical case (no solution) says nothing
    assert R.robustness_verdict(table, power, settings, single_typical={}) == plain
    assert len(text.splitlines()) == len(plain.splitlines())
