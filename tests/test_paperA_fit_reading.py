"""Notebook 03 printed the robustness fit (RF_cov, RF_cons, RF_SC_minTS, RF_SC_maxTS) and the case robustness
(RCR_typ, RCR_dev) as bare numbers; a reviewer reading the protocol (Oana & Schneider 2021) asks what each says of
this analysis. robustness.fit_reading says it, computed from the protocol's own tables, without a threshold."""
import json
import re

import pandas as pd

from analysis.paper_a import robustness as R
from analysis.paths import DATA_DERIVED, ROOT


def _prot():
    """Four cases by hand: A in IS and every test (robust typical), B in IS only (shaky typical), C in a test only
    and out of Y (possible deviant), D out of everything and in Y (extreme deviant coverage)."""
    cases = pd.DataFrame({"case": ["A", "B", "C", "D"], "IS": [1.0, 1.0, 0.0, 0.0], "minTS": [1.0, 0.0, 0.0, 0.0],
                          "maxTS": [1.0, 1.0, 1.0, 0.0], "Y": [1.0, 1.0, 0.0, 1.0],
                          "type": ["robust typical", "shaky typical", "possible deviant", "extreme deviant coverage"]})
    fit = {"RF_cov": 0.5, "RF_cons": 1.0, "RF_SC_minTS": 0.5, "RF_SC_maxTS": 2 / 3, "core_inclS": 1.0,
           "core_PRI": 1.0, "core_covS": 1 / 3}
    return {"fit": fit, "cases": cases, "case_ratios": {"RCR_typ": 0.5, "RCR_dev": 0.0, "RCC_rank": 4}}


def test_the_fit_is_said_in_words_from_the_protocols_tables():
    en, zh = R.fit_reading(_prot(), "Y")
    # by hand: IS covers A and B of Y's A, B, D (covS 2/3) with both in Y (inclS 1)
    assert en.startswith("robustness fit read: the robust core's covS 0.333 of Y, the initial solution's 0.667 (RF_cov "
                         "0.500: the share of the initial solution's coverage that is robust); RF_cons 1.000 (the "
                         "initial solution's inclS 1.000 over the core's 1.000); RF_SC_minTS 0.500, RF_SC_maxTS 0.667")
    assert ("2 typical cases (in Y, in the initial solution or a test solution): robust 1 (A), shaky 1 (B: in the "
            "initial solution, not in every test solution), possible 0 (RCR_typ 0.500: robust of all 2)") in en
    assert ("1 deviant case (not in Y, in the initial solution or a test solution): robust 0, shaky 0, possible 1 "
            "(C: in some test solution, not in the initial solution) (RCR_dev 0.000: robust of all 1)") in en
    assert en.endswith("; extreme deviant coverage (in Y, in no solution): D")
    assert zh.startswith("稳健性拟合解读：稳健核心的 covS 为 0.333，初始解为 0.667（RF_cov 0.500") and "稳健 1 个（A）" in zh
    assert "不稳 1 个（B：属初始解而不属每一检验解）" in zh and zh.endswith("极端覆盖度偏离（属 Y，不属任何解）：D")


def test_the_test_solution_least_like_the_initial_one_is_named():
    prot = {**_prot(), "single": pd.DataFrame({"test": ["incl_cut=0.9", "threshold ⅓ of indicators", "n_cut=2"],
                                                 "RCC_rank": [1, 4, 4], "SC": [1.0, 0.2, 0.2]})}
    en, zh = R.fit_reading(prot, "Y")
    assert en.endswith("; the test solutions least like the initial one (set coincidence 0.200, the single tests' "
                       "lowest): threshold ⅓ of indicators; n_cut=2"), en
    assert zh.endswith("；与初始解最不相同的检验解（集合重合度 0.200，各单项检验中最低）：各集合阈值取指标的 ⅓；n_cut=2"), zh
    assert R.fit_reading(_prot(), "Y")[0].endswith(": D")   # no single tests given: nothing said of them


def test_without_a_case_of_a_kind_the_reading_says_so():
    prot = _prot()
    prot["cases"] = prot["cases"].iloc[:2]
    en, zh = R.fit_reading(prot, "Y")
    assert en.endswith("; no deviant case (not in Y) in the initial solution or a test solution")
    assert zh.endswith("；初始解与检验解中无偏离案例（不属 Y）")


def test_notebook_03_prints_the_reading_of_the_fit_it_saved():
    """The line notebook 03 printed is fit_reading of the fit and cases it wrote (qca.json, robustness_cases.csv)."""
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    cases = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_cases.csv").drop(columns="data_source")
    prot = {"fit": qca["robustness_fit"], "cases": cases, "case_ratios": qca["case_ratios"]}
    en, zh = R.fit_reading(prot, qca["outcome"])
    executed = (ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")
    text = "".join("".join(o.get("text", "")) for c in json.loads(executed)["cells"] if c["cell_type"] == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    assert en.split(": ", 1)[1] in text and zh.split("：", 1)[1] in text
    assert re.search(r"robustness fit read \(\w+\): ", text)
