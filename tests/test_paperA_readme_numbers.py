"""data/README.md's Paper A paragraphs typed numbers of notebook 03's results that no test compared with the outputs:
how many cases `n_cut = 2` keeps (said twice), which claim it would make fragile, and the checklist counts it quotes
as qca.json saves them. Each is now read back from the outputs notebook 03 wrote (on the reconstruction, which the
paragraphs describe; a drop-in of the original matrix changes the outputs, not the README)."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from analysis.paths import DATA_DERIVED, ROOT

OUT = DATA_DERIVED / "paperA"
README = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def qca():
    saved = json.loads((OUT / "qca.json").read_text(encoding="utf-8"))
    if saved["data_source"] != "reconstruction":
        pytest.skip("data/README.md describes the reconstruction's results")
    return saved


def test_the_cases_n_cut_2_keeps_are_those_notebook_03_counted(qca):
    kept = re.search(r"n_cut = 2 keeps (\d+) of (\d+) cases in rows that count", qca["robustness_sensitivity"]["en"])
    assert kept, qca["robustness_sensitivity"]["en"]
    k, n = kept.groups()
    said = re.findall(r"`n_cut = 2` keeps (\d+) of (?:the reconstruction's )?(\d+) cases", README)
    assert len(said) == 2 and set(said) == {(k, n)}, said


def test_the_claim_n_cut_2_would_make_fragile_is_the_ledgers(qca):
    claims = pd.read_csv(OUT / "claims.csv", keep_default_na=False).set_index("claim_id")["robustness_sensitivity"]
    moved = sorted(cid for cid, text in claims.items() if re.search(r"n_cut=2 \(.*\) would make it fragile", text))
    said = re.search(r"on the reconstruction `n_cut = 2` would make ((?:A\d+(?:, | and )?)+) fragile", README)
    assert said, "data/README.md no longer says which claim n_cut = 2 would make fragile"
    assert re.findall(r"A\d+", said.group(1)) == moved


def test_the_checklist_counts_data_readme_quotes_are_qca_jsons(qca):
    quoted = re.search(r"`\.\.\. (\(of \d+; evidence: [^`]*)` on the reconstruction", README)
    assert quoted, "data/README.md no longer quotes qca.json's checklist counts"
    assert qca["checklist"].endswith(quoted.group(1))


def test_the_simplifying_assumptions_models_are_the_parsimonious_ones_the_pairs_name(qca):
    """qca.json's simplifying_assumptions name their models M1 ... M12 (the parsimonious solution's own), where
    chart_models and paths name the 8 distinct intermediate models M1 ... M8: read side by side, 'M9' looked like a
    model the solution does not have. data/README.md says which is which; the parsimonious models are those the
    pairs CiPj name (Pj), one for each."""
    if qca["report"] != "intermediate" or not qca["simplifying_assumptions"]:
        pytest.skip("no intermediate solution reported: no pairs to name the parsimonious models")
    named = [sa["model"] for sa in qca["simplifying_assumptions"]]
    pairs = {m["pair"] for m in qca["chart_models"]}
    p_models = sorted({int(p.split("P")[1]) for p in pairs})
    assert named == [f"M{j}" for j in p_models], (named, sorted(pairs))
    assert len(named) > qca["n_models"]   # on the reconstruction: 12 parsimonious models, 8 intermediate
    assert ("(`model`: that solution's own M1, M2, …, the Pj of the pair names CiPj, not the distinct intermediate "
            "models M1, … of `chart_models` and `paths`)") in README


def test_readme_names_the_calibration_settings_of_the_robustness_test_set():
    """README's Paper A paragraph gave the robustness test set's consistency and frequency cut-offs but not its
    calibration settings, the sweeps that have power on the reconstruction: it now names them, as notebook 03's
    robustness_thresholds and robustness_set_thresholds set them (the baseline's ½ apart)."""
    from fractions import Fraction

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    params = "".join(nb["cells"][1]["source"])
    read = lambda name: {Fraction(v).limit_denominator(10) for v in eval(   # noqa: E731 - a literal list of numbers
        re.search(rf"^{name} = (\[[^\]]*\])", params, re.M).group(1), {"__builtins__": {}})}
    half = Fraction(1, 2)
    assert read("robustness_thresholds") - {half} == read("robustness_set_thresholds") == {Fraction(1, 3),
                                                                                         Fraction(2, 3)}
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert ("the crisp calibration threshold at ⅓ and ⅔ of a dimension's indicators, for every set at once and for "
            "each set alone") in text


def test_readmes_example_of_an_embedded_title_is_a_paper_a_figures_own():
    """README's example of a figure's embedded title was 'Truth table (reconstruction)', the truth table's title until
    it named its outcome and cut-offs: the example is now checked against the titles the Paper A figures carry."""
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    example = re.search(r"its drawn title, data tag included \(e\.g\. '([^']+)'\)", text).group(1)
    titles = {re.search(r"<dc:title>([^<]*)</dc:title>", p.read_text(encoding="utf-8")).group(1)
              for p in (ROOT / "figures").glob("paperA_*.svg")}
    assert example in titles, (example, sorted(titles))
