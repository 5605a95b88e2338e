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
