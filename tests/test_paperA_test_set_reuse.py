"""run_test_set takes the baseline's run for a setting identical to it (the same cut-offs and data frame: ½ of the
indicators, each set at ⅔, the baseline's own incl_cut and n_cut on Paper A's data) rather than analysing it again; a
setting with the same memberships in another order is still run (robustness._identical_to_baseline)."""
from __future__ import annotations

import pandas as pd

from analysis.paper_a import robustness as R
from analysis.paths import DATA_DERIVED


def test_a_setting_identical_to_the_baseline_takes_its_run_and_another_order_is_run_again():
    crisp = pd.read_csv(DATA_DERIVED / "paperA" / "calibrated_crisp.csv", index_col="case").drop(columns="data_source")
    base = {"incl_cut": 0.8, "n_cut": 1}
    specs = [{"sweep": "incl_cut", "setting": "incl_cut=0.8", "data": crisp.copy(), **base},
             {"sweep": "calibration", "setting": "reordered", "data": crisp[crisp.columns[::-1]], **base}]
    settings, analyses = R.run_test_set(specs, crisp, incl_cut=0.8, n_cut=1)
    assert analyses[1] is analyses[0] and analyses[2] is not analyses[0]
    assert settings["same_as_baseline"].tolist() == [True, True, True]
    facts = [c for c in settings.columns if c not in ("sweep", "setting")]
    # the reused row says what the baseline's run says, as the setting run again does
    assert settings.loc[1, facts].equals(settings.loc[0, facts])
    assert settings.loc[2, ["n_paths", "paths", "SER_in_all"]].equals(settings.loc[0, ["n_paths", "paths", "SER_in_all"]])
