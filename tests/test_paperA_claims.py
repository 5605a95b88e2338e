"""Paper A's claims, computed by running the pipeline on the committed reconstruction (never read from a table)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.paper_a import claims as P
from analysis.claims import LEDGER_COLUMNS
from analysis.paper_a.configurations import analyse_configurations


@pytest.fixture(scope="module")
def pipeline():
    cd = C.load_cases()
    crisp = C.calibrate_cases(cd, "crisp")
    res = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, incl_cut=0.8)
    facts = P.solution_facts(res.intermediate)
    facts.update(P.indicator_facts(C.presence_table(crisp, cd.shares())))
    return cd, crisp, res, facts


def test_reconstruction_reproduces_every_claim(pipeline):
    _, _, _, facts = pipeline
    table = P.claims_ledger(facts, data_note="reconstruction")
    assert list(table.columns) == LEDGER_COLUMNS
    assert table["claim_id"].tolist() == [f"A{i}" for i in range(1, 10)]
    failing = table.loc[~table["agrees"], ["claim_id", "expected", "computed"]]
    assert failing.empty, failing.to_string()
    assert (table["paper"] == "A").all()


def test_four_paths_of_both_types_with_service_core(pipeline):
    _, _, res, facts = pipeline
    assert res.n_models == 1
    assert len(res.paths) == 4
    assert sorted(res.paths["type"]) == ["meso-micro", "meso-micro", "multi-level", "multi-level"]
    assert all("SER" in C_ and not C_.startswith("~SER") for C_ in res.paths["core"])
    assert facts["SER_inclN"] == pytest.approx(1.0)
    assert facts["least_present"] == "FUN, PRO, SYS" and facts["least_present_separated"]


def test_claims_can_fail_when_the_data_change(pipeline):
    _, crisp, _, _ = pipeline
    broken = crisp.copy()
    positive_with_ser = broken.index[(broken["EFF"] == 1) & (broken["SER"] == 1)][0]
    broken.loc[positive_with_ser, "SER"] = 0               # a good case without service integration
    res = analyse_configurations(broken, C.OUTCOME, C.CONDITION_NAMES, incl_cut=0.8)
    checked = P.evaluate_claims(P.solution_facts(res.intermediate)).set_index("claim_id")
    assert not checked.loc["A7", "agrees"]                 # SER no longer necessary (inclN 7/8 < 0.9)
    assert not checked.loc["A9", "agrees"]                 # no indicator facts given: not computable
    assert checked.loc["A9", "computed"].startswith("not available")


def test_least_present_claim_needs_separation():
    facts = {"least_present": "FUN, PRO, SYS", "least_present_separated": False}
    computed, agrees = P.CLAIMS[7].evaluate(facts)
    assert P.CLAIMS[7].claim_id == "A8" and not agrees and "tied" in computed


def test_model_ambiguity_breaks_the_path_count():
    computed, agrees = P.CLAIMS[0].evaluate({"n_paths": 4, "n_distinct_models": 2})
    assert not agrees and "2 models" in computed


def test_claim_robustness_counts_settings():
    ok = {"n_paths": 4, "n_distinct_models": 1, "n_multi_level": 2, "n_meso_micro": 2, "n_other": 0,
          "SER_in_all": True, "SER_core_in_all": True, "SER_inclN": 1.0, "least_present": "FUN, PRO, SYS",
          "least_present_separated": True, "error": ""}
    three = {**ok, "n_paths": 3, "n_multi_level": 1}
    failed = {"error": "no positive row"}
    sweeps = {"incl_cut": pd.DataFrame([{"setting": "incl_cut=0.8", **ok}, {"setting": "incl_cut=1", **three}]),
              "case_removal": pd.DataFrame([{"setting": "without X", **failed}, {"setting": "without Y", **ok}])}
    table = P.claim_robustness(sweeps).set_index("claim_id")
    assert table.loc["A1", "incl_cut_holds"] == "1/2" and table.loc["A1", "incl_cut_breaks"] == "incl_cut=1"
    assert table.loc["A1", "case_removal_holds"] == "1/2" and table.loc["A1", "verdict"] == "fragile"
    assert table.loc["A3", "incl_cut_holds"] == "2/2"
    assert table.loc["A9", "verdict"] == "not tested" and table.loc["A9", "incl_cut_holds"] == "n/a"
    text = P.robustness_verdict(table.reset_index())
    assert "Fragile" in text and "A1" in text and "Not tested by these sweeps: A9" in text


def test_robustness_sweeps_on_the_reconstruction(pipeline):
    cd, crisp, _, _ = pipeline
    fuzzy = C.calibrate_cases(cd, "fuzzy")
    sweeps = P.robustness_sweeps(crisp, fuzzy, incl_cuts=(0.75, 1.0), shares=cd.shares())
    assert set(sweeps) == {"incl_cut", "case_removal", "fuzzy"}
    assert len(sweeps["case_removal"]) == len(crisp)
    table = P.claim_robustness(sweeps)
    assert set(table["verdict"]) <= {"robust", "fragile", "not tested"}
    # the baseline setting of the consistency sweep agrees with the baseline ledger
    assert table.set_index("claim_id").loc["A2", "incl_cut_holds"] == "2/2"


def test_analysis_facts_agree_with_solution_facts(pipeline):
    _, _, res, facts = pipeline
    af = P.analysis_facts(res)
    for key in ("n_paths", "n_multi_level", "n_meso_micro", "n_other", "SER_in_all", "SER_core_in_all",
                "SER_inclN", "least_present"):
        assert af[key] == facts[key], key
