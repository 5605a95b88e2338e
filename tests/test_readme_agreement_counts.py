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
