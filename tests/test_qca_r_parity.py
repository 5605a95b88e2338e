"""Agreement with R QCA 3.25 on every reference analysis (data/reference/r-qca/*.json), asserted on the records
of the one comparison harness (analysis.method_validation) that notebook 00 also reports.

The options of each truthTable()/minimize() call are read from the R call strings stored in the JSON, the data
from data/reference/datasets/<dataset>.csv. The harness compares truth-table rows, counts, models (as printed
and as sets of terms), prime-implicant charts, essential implicants, simplifying assumptions, fit per term and
model, intermediate pairs with easy and difficult counterfactuals, necessity, superSubset and calibration;
numbers to |difference| <= 5e-4, structure exactly.
"""
from __future__ import annotations

import copy
import functools
import json

import numpy as np
import pandas as pd
import pytest

from analysis import method_validation as mv
from analysis.paths import DATASETS, R_QCA

TOL = 5e-4
STANDARD = ["LC", "LC_negated", "LF", "LF_negated", "LM", "CVF"]
NECESSITY = {"LC_necessity": "LC", "LF_necessity": "LF"}
# every kind of item the harness must compare for a standard analysis (so a harness that silently stops
# comparing something fails here, not only a wrong answer)
REQUIRED_ITEMS = ("truth table: observed rows", "configuration", ": incl", ": DCC", ": counts", ": model set",
                  ": prime implicant chart", ": essential", ": simplifying assumptions", ": printed models",
                  ": solution inclS", ": covU")


@functools.lru_cache(maxsize=None)
def reference(name: str) -> dict:
    return json.loads((R_QCA / f"{name}.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def dataset(name: str) -> pd.DataFrame:
    return pd.read_csv(DATASETS / f"{name}.csv", index_col="case", dtype={"case": str})


@functools.lru_cache(maxsize=None)
def records(name: str) -> tuple:
    if name in NECESSITY:
        return tuple(mv.compare_necessity(reference(name), dataset(NECESSITY[name]), TOL))
    if name == "calibration":
        return tuple(mv.compare_calibration(reference(name), TOL))
    ref = reference(name)
    return tuple(mv.compare_standard(ref, dataset(ref["dataset"]), TOL))


def _disagreements(recs) -> list[str]:
    return [f"{r['item']}: ours {r['ours']!r}, R {r['R']!r}" for r in recs if not r["agrees"]]


@pytest.mark.parametrize("name", [*STANDARD, *NECESSITY, "calibration"])
def test_every_compared_item_agrees_with_r(name):
    recs = records(name)
    assert recs, f"no comparison records for {name}"
    bad = _disagreements(recs)
    assert not bad, f"{len(bad)} of {len(recs)} items differ from R:\n" + "\n".join(bad[:20])


@pytest.mark.parametrize("name", STANDARD)
def test_harness_compares_every_kind_of_item(name):
    items = [r["item"] for r in records(name)]
    missing = [k for k in REQUIRED_ITEMS if not any(k in i for i in items)]
    assert not missing, f"the harness compared no item of kind {missing} for {name}"


def test_intermediate_pairs_are_compared():
    items = [r["item"] for name in STANDARD for r in records(name)]
    for kind in (": easy counterfactuals", ": difficult counterfactuals", ": complex solution used",
                 ": parsimonious solution used"):
        assert any(kind in i for i in items), kind


@pytest.mark.parametrize("mutate, item", [
    (lambda ref: next(r for r in ref["truth_table"]["rows"] if r["n"] > 0).__setitem__("incl", 0.123), "incl"),
    (lambda ref: ref["solutions"]["parsimonious"]["models"][0]["terms"].pop(), "model set"),
    (lambda ref: ref["solutions"]["parsimonious"]["essential"].append("DEV*URB"), "essential"),
    (lambda ref: ref["solutions"]["parsimonious"]["simplifying_assumptions"]["M1"].append(
        {"row": 1, "config": [0, 0, 0, 0, 0]}), "simplifying assumptions"),
])
def test_harness_detects_a_wrong_reference(mutate, item):
    """The harness can fail: a corrupted R answer gives a disagreeing record of the right kind."""
    ref = copy.deepcopy(reference("LC"))
    mutate(ref)
    bad = [r for r in mv.compare_standard(ref, dataset("LC"), TOL) if not r["agrees"]]
    assert any(item in r["item"] for r in bad), [r["item"] for r in bad]


@pytest.mark.parametrize("name", STANDARD)
def test_truth_table_settings_and_pair_names_are_rs(name):
    """What the harness reads from R's call strings is what R's stored table says it was built with (outcome,
    incl.cut, n.cut, pri.cut; complete_table_stored: every row of the 2^k table, '?' ones too), and each intermediate
    pair is stored under its own name (C1P1, ...): fields the item-by-item comparison never read."""
    from analysis.qca import truth_table

    ref = reference(name)
    kw = mv._tt_arguments(ref["calls"]["truthTable"])
    tt = truth_table(dataset(ref["dataset"]), kw.pop("outcome"), kw.pop("conditions"), **kw)
    r = ref["truth_table"]
    assert (tt.outcome, tt.incl_cut[0], tt.n_cut, tt.pri_cut) == (r["outcome"], r["incl.cut"], r["n.cut"], r["pri.cut"])
    if r["complete_table_stored"]:
        assert [row["row"] for row in r["rows"]] == list(range(1, int(np.prod(r["noflevels"])) + 1))
    for sol in ref["solutions"].values():
        for key, pair in sol.get("intermediate", {}).items():
            assert pair["name"] == key


@pytest.mark.parametrize("name", NECESSITY)
def test_necessity_references_are_necessity_analyses(name):
    """Every result the necessity comparison reads is one of necessity: its call asks relation = "necessity" and R's
    stored relation says so (superSubset stores none), as compare_necessity assumes (it never read the field)."""
    for key, res in reference(name)["results"].items():
        assert mv.r_call_arguments(res["call"])["relation"] == "necessity", key
        assert res["relation"] == (None if key.startswith("superSubset") else "necessity"), key


def test_the_calibration_comparison_shows_no_warning_of_rs_examples_on_the_crossover():
    """calibrate() warns of cases calibrated to exactly 0.5 (as calibrate_frame does); R's calibration examples put
    raw values on the crossover on purpose, so the comparison (notebook 00's) hides that one warning and no other."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mv.compare_calibration(reference("calibration"), TOL)
    assert [str(w.message) for w in caught if "exactly 0.5" in str(w.message)] == []
