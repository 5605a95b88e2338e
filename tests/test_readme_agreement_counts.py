"""The agreement counts the engine's guide (docs/engine-guide.md; README's engine section before) states for R
QCA and SetMethods, recomputed from the comparison records notebook 00
writes (data/derived/method_validation/agreement.csv): a typed count must follow the harness (it had drifted when
the truth-table DCC comparison was added)."""
import re

import pandas as pd
import pytest

from analysis.paths import ROOT, R_QCA

README = (ROOT / "README.md").read_text(encoding="utf-8")
ENGINE_GUIDE = (ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8")   # the counts: README's before
AGREEMENT = ROOT / "data" / "derived" / "method_validation" / "agreement.csv"


def _n(text: str) -> int:
    return int(text.replace(",", ""))


def test_readme_agreement_counts_follow_the_records():
    df = pd.read_csv(AGREEMENT, keep_default_na=False)
    r_qca = df["analysis"].isin({p.stem for p in R_QCA.glob("*.json")})
    m = re.search(r"reports: ([\d,]+) of ([\d,]+) R QCA comparisons agree — ([\d,]+) of ([\d,]+) with the",
                  ENGINE_GUIDE)
    assert m, "the engine guide no longer states the R QCA agreement count in the expected words"
    assert (_n(m[1]), _n(m[2])) == (int(df.loc[r_qca, "agrees"].astype(str).eq("True").sum()), int(r_qca.sum()))
    assert (_n(m[3]), _n(m[4])) == (int(df["agrees"].astype(str).eq("True").sum()), len(df))
    m = re.search(r"00_method_validation.ipynb` ([\d,]+) of ([\d,]+) compared items agree", ENGINE_GUIDE)
    assert m, "the engine guide no longer states the SetMethods agreement count in the expected words"
    assert (_n(m[1]), _n(m[2])) == (int(df.loc[~r_qca, "agrees"].astype(str).eq("True").sum()), int((~r_qca).sum()))
    m = re.search(r"and ([\d,]+) items are not followed on purpose", " ".join(ENGINE_GUIDE.split()))
    assert m, "the engine guide no longer states the number of SetMethods items not followed"
    assert _n(m[1]) == len(pd.read_csv(AGREEMENT.with_name("setmethods_differences.csv")))


def test_readme_permutation_sentence_follows_the_benchmark():
    """README says every assignment of the outcome fits as well as the reported solution: true only while notebook
    03's permutation benchmark enumerated all assignments and found a share of 1."""
    assert "every assignment of the good outcomes to the 15 cases fits as well" in " ".join(README.split())
    bench = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "permutation_benchmark.csv").iloc[0]
    if bench["data_source"] != "reconstruction":   # README's sentence is about the shipped reconstruction
        pytest.skip("Paper A's outputs are not the reconstruction (original data dropped in)")
    assert bool(bench["exact"]) and float(bench["share_fitting_as_well"]) == 1.0 and int(bench["n_cases"]) == 15


def test_readme_necessary_disjunctions_sentence_follows_the_table():
    """README states what notebook 03's search for necessary disjunctions (SUIN conditions) found on the
    reconstruction; every number and expression in that sentence is read back from necessary_disjunctions.csv."""
    text = " ".join(README.split())
    m = re.search(r"the (\d+) minimal ones for EFF all have RoN at most ([\d.]+) and hold (\d+) or more of the (\d+) "
                  r"cases; for ~EFF (\w+) reach the relevance cut \(RoN ([\d.]+), exactly at it\), (.+?), which only "
                  r"restates that (\S+) is sufficient for EFF, and (.+?), against the directional expectations, so none",
                  text)
    assert m, "README no longer states the necessary disjunctions in the expected words"
    table = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "necessary_disjunctions.csv")
    if (table["data_source"] != "reconstruction").any():
        pytest.skip("Paper A's outputs are not the reconstruction (original data dropped in)")
    disj = table[table["kind"] == "disjunction"]
    eff, neg = disj[disj["outcome"] == "EFF"], disj[disj["outcome"] == "~EFF"]
    n_cases = 15
    assert int(m[1]) == len(eff) and float(m[2]) == round(float(eff["RoN"].max()), 2)
    assert int(m[4]) == n_cases and int(m[3]) == int(round(float(eff["share_in_set"].min()) * n_cases))
    assert not (eff["reading"] == "candidate").any() and not eff["relevant"].any()
    relevant = neg[neg["relevant"]]
    assert m[5] == {1: "one", 2: "two", 3: "three"}[len(relevant)]
    assert float(m[6]) == float(relevant["RoN"].min()) == 0.5
    cand = relevant[relevant["reading"] == "candidate"]
    assert cand["expression"].tolist() == [m[7]] and cand["dual"].tolist() == [m[8]]
    assert float(cand["dual_inclS"].iloc[0]) == 1.0
    assert relevant.loc[relevant["reading"] == "against expectations", "expression"].tolist() == [m[9]]


def _parameters(notebook: str) -> dict:
    """The values assigned in a notebook's `parameters` cell (the defaults `make` runs with; '1/3' included)."""
    import json

    nb = json.loads((ROOT / "notebooks" / notebook).read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    values: dict = {}
    exec("".join(cell["source"]), {"__builtins__": {}}, values)  # noqa: S102 - the notebook's own literals
    return values


def test_readme_changed_parameter_sentence_follows_the_ledger():
    """README says what a changed crisp threshold changes ('at `crisp_threshold 0.7` the truth table, the paths and
    three of the claims: A2, A3 and A5 then fail'): typed by hand, tied to nothing. It is recomputed here as notebooks
    02 and 03 compute it, with their defaults: the truth table and the paths differ from the defaults', and the claims
    that hold at the defaults and fail there are exactly the ones named (a claim 'not testable' at either threshold
    is neither)."""
    import warnings

    from analysis.paper_a import cases as C
    from analysis.paper_a import claims as P
    from analysis.paper_a.configurations import analyse_configurations

    text = " ".join(README.split())
    m = re.search(r"at `crisp_threshold ([\d.]+)` the truth table, the paths and (\w+) of the claims: (.+?) then fail",
                  text)
    assert m, "README no longer states what crisp_threshold changes in the expected words"
    cases = C.load_cases()
    if cases.data_source != "reconstruction":
        pytest.skip("the default case file is not the reconstruction")
    p02, p03 = _parameters("02_case_calibration.ipynb"), _parameters("03_qca.ipynb")
    necessity = {"necessity_benchmark": p03["necessity_benchmark"], "relevance": p03["relevance_measure"],
                 "relevance_cut": p03["relevance_cut"], "skew_cut": p03["skew_cut"]}

    def run(threshold):
        crisp = C.calibrate_cases(cases, "crisp", threshold=threshold)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), incl_cut=p03["incl_cut"],
                                         n_cut=p03["n_cut"], pri_cut=p03["pri_cut"], dir_exp=p03["dir_exp"],
                                         report=p03["report_solution"], analysis=p03["analysis"],
                                         untenable=p03["untenable"] or None)
            facts = P.analysis_facts(res, **necessity)
        facts.update(P.indicator_facts(C.presence_table(crisp, cases.shares())))
        verdicts = P.claims_ledger(facts, cases.data_source).set_index("claim_id")["agrees"]
        return res.truth_table.to_frame(), res.paths, verdicts

    tt0, paths0, v0 = run(p02["crisp_threshold"])
    tt1, paths1, v1 = run(float(m[1]))
    assert not tt0.equals(tt1) and not paths0.equals(paths1)
    failing = [c for c in v0.index if v0[c] == "true" and v1[c] == "false"]
    named = re.split(r", | and ", m[3])
    assert named == failing, (named, failing)
    assert m[2] == {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}[len(failing)]


def test_notebook_00_says_what_its_comparison_shows():
    """Notebook 00 opened as 'a reader's proof that the engine is right' (中文: 给读者的“证明”). What it shows is that
    the engine gives R QCA 3.25's and SetMethods 4.0's answers on the reference analyses stored here: agreement
    on those cases, not a proof of correctness in general (both engines could share an error, and other data are
    not compared). Both languages now say that."""
    import json
    nb = json.loads((ROOT / "notebooks" / "00_method_validation.ipynb").read_text(encoding="utf-8"))
    first = "".join(nb["cells"][0]["source"])
    assert "proof that the engine is right" not in first and "“证明”" not in first
    english = first.split("**English**", 1)[1]
    chinese = first.split("**English**", 1)[0]
    assert "gives R QCA 3.25's answers" in english and "not a proof of correctness" in english, english[:300]
    assert "与 R 的输出一致" in chinese and "并非" in chinese, chinese[:300]
