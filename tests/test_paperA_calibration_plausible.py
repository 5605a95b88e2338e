"""Paper A's calibration alternatives read by good_practice's rule on plausible recalibrations (a plausible one
changes some membership, a case's side of 0.5 or a fuzzy degree, and leaves every set with cases on both sides of
0.5): every default alternative of notebook 03 is plausible. The sweeps' power table (sweep_power) gives each
recalibrating setting's facts (calibration_sides) and says, by the engine's one implementation of the rule
(standards.implausible_calibration), whether each is plausible; good_practice's robustness row, given that table, judges
them as it judges a RobustnessProtocol's."""
import functools
import warnings

import ast
import json
from pathlib import Path

import pandas as pd

from analysis.paper_a import cases as C
from analysis.paper_a import robustness as R
from analysis.qca.protocol import calibration_sides
from analysis.qca.standards import _robustness_row

from _paperA_outputs import skip_unless_reconstruction

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
        sides = calibration_sides(crisp, s["data"].loc[crisp.index], list(crisp.columns))
        assert any(sides["changed"].values()) and not sides["one_sided"], (s["setting"], sides)
    # the fuzzy variant keeps every case on its side of 0.5: plausible by its degrees (it changes the truth table),
    # not by a case moved, as a rule asking for a moved case would have it
    fz = next(s for s in alternatives if s["sweep"] == "fuzzy")
    assert not any(calibration_sides(crisp, fz["data"].loc[crisp.index], list(crisp.columns))["moved"].values())


def test_paper_as_robustness_row_finds_every_calibration_setting_plausible():
    """Notebook 03's outputs: the power table judges every calibration setting by the rule (its calibration_sides
    given), all plausible, so good_practice's row, which reads them, names none."""
    skip_unless_reconstruction("the default calibration alternatives are all plausible")
    gp = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "good_practice.csv", encoding="utf-8")
    has = gp.set_index("standard").at["robustness tests", "has"]
    assert has.startswith("calibration: calibration, calibration_set, fuzzy;"), has   # each with power
    assert "none is plausible of" not in has and "recalibration" not in has, has
    power = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "robustness_power.csv", encoding="utf-8",
                        keep_default_na=False).set_index("sweep")
    judged = {sweep: json.loads(cell) for sweep, cell in power["calibration_sides"].items() if cell}
    assert set(judged) == {"calibration", "calibration_set", "fuzzy"}, judged
    for sweep, sides in judged.items():
        assert list(sides) == power.at[sweep, "cut_offs"].split("; ")   # every alternative setting, judged
        n = len(sides)
        assert power.at[sweep, "calibration_plausible"] == (f"all {n} plausible" if n > 1 else "plausible")
    assert set(power.loc[["incl_cut", "n_cut", "case_removal"], "calibration_plausible"]) == {""}


@functools.lru_cache(maxsize=None)
def _one_sided_fuzzy():
    """A fuzzy variant leaving SER at 0.2 in every case (every case out of SER: no plausible alternative by the rule)
    beside the reconstruction's crisp memberships: its settings, power table and the baseline's truth table."""
    cd = C.load_cases()
    crisp = C.calibrate_cases(cd, "crisp")
    specs = R.test_set(crisp, fuzzy=crisp.astype(float).assign(SER=0.2), incl_cuts=(), n_cuts=(), case_removal=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        settings, analyses = R.run_test_set(specs, crisp)
    return settings, R.sweep_power(settings), analyses[0].truth_table


def test_the_power_table_says_a_recalibration_that_leaves_a_set_on_one_side_is_not_plausible():
    """sweep_power had no part of the rule: a sweeps table holds no memberships, so the robustness row could not judge
    Paper A's recalibrations. The setting changes the truth table (SER is out everywhere), yet it is no plausible
    alternative: its verdict says so, not 'can change the truth table' (plausibility first: a test set holds plausible
    alternatives, Oana & Schneider 2021)."""
    settings, power, _ = _one_sided_fuzzy()
    row = power.set_index("sweep").loc["fuzzy"]
    assert bool(row["has_power"]) and not bool(row["plausible"])   # its power, a fact, kept
    assert row["verdict"] == "no plausible alternative: no setting is plausible by the calibration rule (not evidence)"
    assert row["calibration_plausible"] == ("not plausible: 'fuzzy variant, incl_cut=0.8' leaves 'SER' with every case "
                                            "below 0.5")
    sides = json.loads(row["calibration_sides"])["fuzzy variant, incl_cut=0.8"]
    assert sides["one_sided"] == {"SER": "below"} and sides["changed"]["SER"] == 15   # 12 in SER, 3 out at 0 before
    assert sides["moved"]["SER"] == 12 and not any(v for k, v in sides["changed"].items() if k != "SER")


def test_good_practice_judges_paper_as_recalibrations_from_the_power_table():
    _, power, tt = _one_sided_fuzzy()
    has = _robustness_row(power, tt)["has"]
    assert ("calibration: none is plausible of the 1 recalibration tried (the compendium's reading: a plausible "
            "alternative calibration changes some membership") in has, has
    assert has.endswith(": test 'fuzzy variant, incl_cut=0.8' leaves 'SER' with every case below 0.5"), has
    assert has.startswith("calibration: fuzzy;"), has   # with power, unmarked: the part above is its one remark


def test_the_verdict_names_a_sweep_without_a_plausible_setting_apart_from_those_with_power():
    """robustness_verdict listed every sweep with power among those that can change the truth table, the evidence;
    one without a plausible setting is named apart, in English and in Chinese, and not as evidence."""
    settings, power, _ = _one_sided_fuzzy()
    text = R.robustness_verdict(R.claim_robustness(settings), power, settings)
    first, zh = text.splitlines()[0], text.splitlines()[-1]
    assert first == ("Sweeps that can change the truth table: none; no plausible alternative (no setting plausible by "
                     "the calibration rule; not evidence): fuzzy variant."), first
    assert zh.startswith("可改变真值表的扫描：无；") and zh.endswith(
        "；无合理替代设定的扫描（按校准规则各设定均不合理，不作为证据）：模糊集变体。"), zh
