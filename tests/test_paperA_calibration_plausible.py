"""Paper A's calibration alternatives read by good_practice's rule on plausible recalibrations (a plausible one
changes some membership, a case's side of 0.5 or a fuzzy degree, and leaves every set with cases on both sides of
0.5): every default alternative of notebook 03 is plausible, so the rule, had it the raw values, would leave Paper A's
robustness row as it is; the row is given the sweeps' power table (no raw values) and carries no part of the rule."""
import ast
import json
from pathlib import Path

import pandas as pd

from analysis.paper_a import cases as C
from analysis.paper_a import robustness as R
from analysis.qca.protocol import _calibration_sides

ROOT = Path(__file__).resolve().parents[1]


def _parameters() -> dict:
    """Notebook 03's parameters cell, as the notebook runs by default."""
    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    out = {}
    for node in ast.parse("".join(cell["source"])).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = eval(compile(ast.Expression(node.value), "03", "eval"), {})
            except Exception:   # a parameter read from elsewhere: not needed here
                pass
    return out


def test_paper_as_default_calibration_alternatives_are_plausible_by_the_rule():
    p = _parameters()
    cd = C.load_cases()
    crisp, fuzzy = C.calibrate_cases(cd, "crisp"), C.calibrate_cases(cd, "fuzzy")
    specs = R.test_set(crisp, shares=cd.shares(), fuzzy=fuzzy, thresholds=p["robustness_thresholds"],
                       set_thresholds=p["robustness_set_thresholds"], incl_cuts=(), n_cuts=(), case_removal=False,
                       incl_cut=p["incl_cut"], n_cut=p["n_cut"])
    alternatives = [s for s in specs if not R.same_as_baseline(s, crisp, p["incl_cut"], p["n_cut"])]
    sweeps = {s["sweep"] for s in alternatives}
    assert sweeps == {"calibration", "calibration_set", "fuzzy"}, sweeps   # every calibration sweep has one
    for s in alternatives:
        sides = _calibration_sides(crisp, s["data"].loc[crisp.index], list(crisp.columns))
        assert any(sides["changed"].values()) and not sides["one_sided"], (s["setting"], sides)
    # the fuzzy variant keeps every case on its side of 0.5: plausible by its degrees (it changes the truth table),
    # not by a case moved, as a rule asking for a moved case would have it
    fz = next(s for s in alternatives if s["sweep"] == "fuzzy")
    assert not any(_calibration_sides(crisp, fz["data"].loc[crisp.index], list(crisp.columns))["moved"].values())


def test_paper_as_robustness_row_carries_no_part_of_the_calibration_rule():
    gp = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "good_practice.csv", encoding="utf-8")
    has = gp.set_index("standard").at["robustness tests", "has"]
    assert has.startswith("calibration: calibration, calibration_set, fuzzy;"), has   # each with power
    assert "none is plausible of" not in has and "recalibration" not in has, has
