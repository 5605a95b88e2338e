"""A reviewer of Paper A's chain asks for PRI beside consistency where PRI matters: in crisp sets it equals incl row by
row, but the robustness protocol's fuzzy variant codes its truth table from fuzzy memberships, and neither
robustness_settings.csv nor notebook 03 gave that setting's solution fit or the PRI of the rows it codes sufficient
(only its paths). Every setting now carries `inclS`, `PRI`, `covS` and `min_PRI_sufficient`, and notebook 03 prints the
fuzzy variant's. A reviewer also asks whether a table of Paper A's results says how far to trust it: the tables that
give a verdict on a claim carry its `evidence` level; esa_comparison.csv gives computed solutions, no verdict."""
from __future__ import annotations

import json
import math
import warnings

import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.paper_a import robustness as R
from analysis.paths import DATA_DERIVED, ROOT

OUT = DATA_DERIVED / "paperA"


def _settings(**fuzzy) -> pd.DataFrame:
    base = {"sweep": "baseline", "setting": "baseline (incl_cut=0.8, n_cut=1)", "error": "", "n_paths": 4,
            "inclS": 1.0, "PRI": 1.0, "covS": 0.75, "min_PRI_sufficient": 1.0}
    row = {"sweep": "fuzzy", "setting": "fuzzy variant, incl_cut=0.8", "error": "", "n_paths": 4, "inclS": 0.9012,
           "PRI": 0.8456, "covS": 0.6, "min_PRI_sufficient": 0.7017, **fuzzy}
    return pd.DataFrame([base, row])


def test_the_fuzzy_variants_fit_line_gives_its_pri_beside_its_consistency():
    assert R.fit_lines(_settings(), 0.0) == [(
        "fuzzy variant, incl_cut=0.8: solution (G1) inclS 0.901, PRI 0.846, covS 0.600; the lowest PRI of a row coded "
        "sufficient 0.702 (pri_cut 0; in crisp sets PRI equals incl, here it need not)",
        "模糊集变体，incl_cut=0.8：解（G1）inclS 0.901，PRI 0.846，covS 0.600；编码为充分的行中 PRI 最低为 0.702（pri_cut 0；"
        "清晰集中 PRI 等于 incl，此处未必）")]
    none = R.fit_lines(_settings(n_paths=0, inclS=math.nan, PRI=math.nan, covS=math.nan,
                                 min_PRI_sufficient=math.nan), 0.0)
    assert none == [("fuzzy variant, incl_cut=0.8: no sufficient configuration, so no solution fit",
                     "模糊集变体，incl_cut=0.8：无充分组态，故无解的拟合度")]
    assert R.fit_lines(_settings().iloc[:1], 0.0) == []   # no fuzzy variant (no indicator shares): no line


@pytest.fixture(scope="module")
def written():
    settings = pd.read_csv(OUT / "robustness_settings.csv", keep_default_na=False, na_values=[""])
    return settings.set_index("sweep", drop=False)


def test_each_setting_carries_its_solution_fit_and_the_lowest_pri_of_its_sufficient_rows(written):
    """As notebook 03 wrote them: every column of R.FIT_COLUMNS, the baseline's fit that of the reported model in
    qca.json (crisp: PRI equals incl, row by row), and the fuzzy variant's lowest PRI that of its own truth table,
    computed here again from calibrated_fuzzy.csv."""
    from analysis.qca import truth_table

    assert set(R.FIT_COLUMNS) <= set(written.columns)
    qca = json.loads((OUT / "qca.json").read_text(encoding="utf-8"))
    base = written.loc["baseline"]
    for k in ("inclS", "PRI", "covS"):
        assert base[k] == pytest.approx(qca["solution_fit"][k])
    tt = pd.read_csv(OUT / "truth_table.csv")
    assert base["min_PRI_sufficient"] == pytest.approx(tt.loc[tt["OUT"].astype(str) == "1", "PRI"].min())
    if "fuzzy" not in written.index:   # a case file without indicators: no fuzzy variant
        return
    fuzzy = pd.read_csv(OUT / "calibrated_fuzzy.csv", index_col="case").drop(columns="data_source")
    incl_cut = float(str(written.loc["fuzzy", "setting"]).rsplit("=", 1)[1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = truth_table(fuzzy, C.OUTCOME, list(C.CONDITION_NAMES), incl_cut=incl_cut).to_frame()
    positive = frame.loc[frame["OUT"].astype(str) == "1"]
    assert written.loc["fuzzy", "min_PRI_sufficient"] == pytest.approx(positive["PRI"].min())
    assert (positive["PRI"] < positive["incl"] - 1e-9).any(), "fuzzy rows: PRI below incl, unlike crisp ones"


def test_notebook_03_prints_the_fuzzy_variants_fit_from_the_settings_it_wrote(written):
    executed = (ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")
    nb = json.loads(executed)
    text = "\n".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                     for o in c.get("outputs", []))
    source = json.loads((OUT / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    lines = R.fit_lines(written.reset_index(drop=True), json.loads(
        (OUT / "qca.json").read_text(encoding="utf-8"))["parameters"]["pri_cut"])
    assert len(lines) == ("fuzzy" in written.index)
    for en, zh in lines:
        assert C.source_text(en, source) in text and C.source_text(zh, source, "zh") in text

