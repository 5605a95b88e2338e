"""Notebook 00's parameter check (analysis.method_validation.check_parameters, once inline in the notebook)."""
import json

import pytest

from analysis.method_validation import ParameterError, check_parameters
from analysis.paths import R_QCA, ROOT


def _notebook_defaults() -> dict:
    nb = json.loads((ROOT / "notebooks" / "00_method_validation.ipynb").read_text(encoding="utf-8"))
    values = {}
    exec("".join(next(c["source"] for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))), {}, values)
    return values


def test_defaults_give_every_stored_reference_analysis_of_the_datasets():
    good = _notebook_defaults()
    analyses = check_parameters(**good)
    # independently: the stored R QCA answers for those datasets, the outcome's own and its negation's
    stored = {p.stem for p in R_QCA.glob("*.json")}
    expected = [a for d in good["datasets"] for a in (d, f"{d}_negated") if a in stored]
    assert analyses == expected and "LC_negated" in analyses
    assert check_parameters(**{**good, "include_negated": False}) == good["datasets"]


def test_every_problem_is_named_at_once_and_what_the_inline_check_let_through():
    good = _notebook_defaults()
    with pytest.raises(ParameterError) as exc:
        check_parameters(**{**good, "tolerance": 0.1, "check_necessity": "yes", "bwb_incl_cut": 0.3})
    msg = str(exc.value)
    assert "tolerance must be a number in (0, 0.01], got 0.1" in msg
    assert "check_necessity must be True or False, got 'yes'" in msg and "bwb_incl_cut must be a number in" in msg
    # the inline check raised TypeError (unhashable list) here, and let a repeated or outcome condition through
    for bad in ({"datasets": [["LC"]]}, {"datasets": ["LC", "XX"]}, {"datasets": "LC"}):
        with pytest.raises(ParameterError, match="datasets must be"):
            check_parameters(**{**good, **bad})
    for bad in (["BC", "BC"], ["CAN", "BC"], [], "BC"):
        with pytest.raises(ParameterError, match="bwb_conditions a list of 1 to 8 distinct"):
            check_parameters(**{**good, "bwb_conditions": bad})
    for bad in (True, float("nan"), "5e-4"):
        with pytest.raises(ParameterError, match="tolerance must be"):
            check_parameters(**{**good, "tolerance": bad})


def test_counts_notebook_00_types_follow_the_reference_files():
    """Notebook 00's text types counts of the reference files: '17 个校准示例' / 'The 17 `calibrate()` examples' (and
    its parameters cell's comment), and d.BWB's '27 areas, 18 crisp columns' with 'the first four condition columns
    in the file's order (`BC, SP, PH, PR`)'. Recomputed from data/reference/ (right, but tied to nothing)."""
    import re

    import pandas as pd

    from analysis.paths import DATASETS, ROOT

    nb = json.loads((ROOT / "notebooks" / "00_method_validation.ipynb").read_text(encoding="utf-8"))
    text = " ".join(" ".join("".join(c["source"]) for c in nb["cells"]).split())
    n_examples = len(json.loads((ROOT / "data" / "reference" / "r-qca" / "calibration.json").read_text(
        encoding="utf-8"))["examples"])
    for pattern in (r"(\d+) 个校准示例", r"The (\d+) `calibrate\(\)` examples", r"the (\d+) calibrate\(\) examples"):
        m = re.search(pattern, text)
        assert m and int(m[1]) == n_examples, (pattern, m and m[0], n_examples)
    bwb = pd.read_csv(DATASETS / "d.BWB.csv", index_col=0)
    m = re.search(r"\((\d+) areas, (\d+) crisp columns; the outcome column `(\w+)`", text)
    assert m and (int(m[1]), int(m[2])) == bwb.shape, (m and m[0], bwb.shape)
    conditions = [c for c in bwb.columns if c != m[3]][:4]
    m = re.search(r"the first four condition columns in the file's order \(`([\w, ]+)`\)", text)
    assert m and m[1].split(", ") == conditions, (m and m[0], conditions)


@pytest.mark.parametrize("bad, missing", [({"bwb_outcome": "XYZ"}, "'XYZ'"),
                                          ({"bwb_conditions": ["BC", "ZZ"]}, "'ZZ'"),
                                          ({"bwb_outcome": "can", "bwb_conditions": ["bc"]}, "'can', 'bc'")])
def test_a_column_d_bwb_does_not_have_is_refused_by_the_check(bad, missing):
    """make P_00_method_validation="-p bwb_outcome XYZ" passed the parameter check (any string was a column name) and
    ran every comparison of notebook 00 before its last section, the d.BWB demonstration, failed on the column. The
    check (run by make before any notebook, tools/check_parameters.py) now refuses names d.BWB does not have, listing
    its columns."""
    with pytest.raises(ParameterError) as exc:
        check_parameters(**{**_notebook_defaults(), **bad})
    msg = str(exc.value)
    assert (f"bwb_outcome and bwb_conditions must be columns of d.BWB (data/reference/datasets/d.BWB.csv); it has no "
            f"column(s) {missing}; its columns: CAN, BC, SP, PH, PR, CH, AS,") in msg, msg
    assert check_parameters(**{**_notebook_defaults(), "bwb_outcome": "CH", "bwb_conditions": ["BC", "AS"]})
