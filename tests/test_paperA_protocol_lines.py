"""Notebook 03's line on the robustness test set counted 13 settings on the reconstruction, 4 of them the consistency
cuts 0.75 to 1, which leave its truth table as it is: their solution is the initial one by construction, so they agree
with it without testing anything, and a reader counting tests took 13 for 9. protocol_lines now names them apart."""
import json

import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.paper_a import robustness as R
from analysis.paths import DATA_DERIVED, ROOT


@pytest.fixture(scope="module")
def recon():
    return C.calibrate_cases(C.load_cases(), "crisp")


def test_the_settings_that_leave_the_truth_table_as_it_is_are_named_apart(recon):
    specs = R.test_set(recon, incl_cuts=(0.85, 0.9, 0.6), n_cuts=(1,), case_removal=False)
    settings, analyses = R.run_test_set(specs, recon)
    # by hand: the observed rows' consistencies are 0, 2/3 and 1, so 0.85 and 0.9 code them as 0.8 does, 0.6 does not
    assert settings.set_index("setting")["changes_table"].to_dict() == {
        "baseline (incl_cut=0.8, n_cut=1)": False, "incl_cut=0.85": False, "incl_cut=0.9": False, "incl_cut=0.6": True,
        "n_cut=1": False}   # (the baseline itself: left out of the test set)
    (test, test_zh), _ = R.protocol_lines(R.protocol(settings, analyses, recon), settings)
    assert ("and 2 that leave the truth table as it is, whose solution is the initial one by construction, so they "
            "test nothing (incl_cut=0.85; incl_cut=0.9); left out:") in test, test
    assert "不改变真值表、其解因构造即为初始解、故未检验任何东西的 2 个（incl_cut=0.85；incl_cut=0.9）；未纳入" in test_zh, test_zh


def test_notebook_03_names_the_test_sets_settings_that_change_nothing():
    settings = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_settings.csv", keep_default_na=False)
    inert = settings[settings["sweep"].isin(R.PROTOCOL_SWEEPS) & (settings["same_as_baseline"].astype(str) == "False")
                     & (settings["changes_table"].astype(str) == "False") & (settings["error"] == "")]
    cells = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]
    text = "".join("".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream")
    assert (f"and {len(inert)} that leave the truth table as it is, whose solution is the initial one by construction, "
            f"so they test nothing ({'; '.join(inert['setting']) or 'none'})") in text
