"""The agreement counts README.md states for R QCA and SetMethods, recomputed from the comparison records notebook 00
writes (data/derived/method_validation/agreement.csv): a typed count must follow the harness (it had drifted when
the truth-table DCC comparison was added)."""
import re

import pandas as pd
import pytest

from analysis.paths import ROOT, R_QCA

README = (ROOT / "README.md").read_text(encoding="utf-8")
AGREEMENT = ROOT / "data" / "derived" / "method_validation" / "agreement.csv"


def _n(text: str) -> int:
    return int(text.replace(",", ""))


def test_readme_agreement_counts_follow_the_records():
    df = pd.read_csv(AGREEMENT, keep_default_na=False)
    r_qca = df["analysis"].isin({p.stem for p in R_QCA.glob("*.json")})
    m = re.search(r"reports: ([\d,]+) of ([\d,]+) R QCA comparisons agree — ([\d,]+) of ([\d,]+) with the", README)
    assert m, "README no longer states the R QCA agreement count in the expected words"
    assert (_n(m[1]), _n(m[2])) == (int(df.loc[r_qca, "agrees"].astype(str).eq("True").sum()), int(r_qca.sum()))
    assert (_n(m[3]), _n(m[4])) == (int(df["agrees"].astype(str).eq("True").sum()), len(df))
    m = re.search(r"00_method_validation.ipynb` ([\d,]+) of ([\d,]+) compared items agree", README)
    assert m, "README no longer states the SetMethods agreement count in the expected words"
    assert (_n(m[1]), _n(m[2])) == (int(df.loc[~r_qca, "agrees"].astype(str).eq("True").sum()), int((~r_qca).sum()))
    m = re.search(r"and ([\d,]+) items are not followed on purpose", " ".join(README.split()))
    assert m, "README no longer states the number of SetMethods items not followed"
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
