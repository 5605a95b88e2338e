"""Case diagnostics at scale: work per distinct term and in numpy, not per model and per case."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.qca import case_typology, minimize, truth_table, typology_by_model
from analysis.qca import diagnostics
from analysis.qca.diagnostics import case_types


@pytest.fixture(scope="module")
def ambiguous():
    """Fuzzy data whose parsimonious solution has 5 models that type 2 cases differently."""
    rng = np.random.default_rng(93)
    df = pd.DataFrame(np.round(rng.random((14, 4)), 1), columns=list("ABCD"), index=[f"c{i}" for i in range(14)])
    df["Y"] = np.round(rng.random(14), 1)
    return minimize(truth_table(df, "Y", list("ABCD"), incl_cut=0.7), include="?")


def test_typology_by_model_computes_each_term_once(ambiguous, monkeypatch):
    """It built a whole case_typology per model (TT_ columns, row numbers, term lists: 0.4 s a model at 100,000
    cases) and compared the models by a row-wise nunique (100,000 cases: 12 s); now one membership matrix of the
    distinct terms of all models."""
    calls = []
    real = diagnostics.implicant_membership
    monkeypatch.setattr(diagnostics, "implicant_membership", lambda *a, **k: calls.append(1) or real(*a, **k))
    table = typology_by_model(ambiguous)
    assert len(ambiguous.models) == 5 and len(calls) == 1
    for i in range(1, 6):           # each model's column is its case_typology's type
        assert table[f"M{i}"].tolist() == case_typology(ambiguous, model=i)["type"].tolist()
    types = table[[f"M{i}" for i in range(1, 6)]]
    assert table["same_in_every_model"].tolist() == (types.nunique(axis=1) == 1).tolist()
    assert (~table["same_in_every_model"]).sum() == 2


def test_case_types_of_every_kind_and_no_case():
    """case_types, now in numpy: each type, the crossover labels, NaN, necessity and no case, as case by case."""
    x = [0.5, 0.5, 0.2, 0.8, 0.9, 0.7, 0.3, 0.1, float("nan")]
    y = [0.5, 0.9, 0.5, 0.9, 0.6, 0.2, 0.8, 0.1, 0.7]
    assert case_types(x, y, names=("S", "O")) == [
        "at crossover (S = O = 0.5)", "at crossover (S = 0.5)", "at crossover (O = 0.5)", "typical",
        "deviant consistency in degree", "deviant consistency", "deviant coverage", "individually irrelevant",
        "deviant coverage"]
    assert case_types(x, y, "necessity")[3:8] == [
        "deviant consistency in degree", "typical", "deviant relevance", "deviant consistency",
        "individually irrelevant"]
    assert case_types([], []) == []


def test_cluster_diagnostics_sums_each_group_without_a_pandas_group_object(monkeypatch):
    """The between-cluster and within-unit ratios were groupby.apply of a Python function, a pandas group per unit
    (10,000 units x 10 clusters: 6.3 s a call; now 1.9 s, most of it reading the data); each group's sums are still
    numpy's sums of its values in order, so the ratios are those of summing each group's Series."""
    from pandas.core.groupby import DataFrameGroupBy

    from analysis.qca import cluster_diagnostics

    rng = np.random.default_rng(8)
    units, clusters = 60, 7
    df = pd.DataFrame({"U": np.repeat([f"u{i}" for i in range(units)], clusters),
                       "W": np.tile(np.arange(1, clusters + 1), units)})
    for c in "AB":
        df[c] = np.round(rng.random(len(df)), 3)
    df["Y"] = np.round(rng.random(len(df)), 3)
    df.loc[df["U"] == "u3", "A"] = 0.0                      # a unit whose denominator is 0: NaN

    def refuse(*args, **kwargs):
        raise AssertionError("groupby.apply: a pandas group object per unit or cluster")

    monkeypatch.setattr(DataFrameGroupBy, "apply", refuse)
    res = cluster_diagnostics(df, "A*~B", "Y", unit="U", cluster="W")["A*~B"]
    monkeypatch.undo()
    x = np.minimum(df["A"], 1 - df["B"])
    both = np.minimum(x, df["Y"])
    for key, ratio, den in (("W", res.between, x), ("U", res.within, x), ("W", res.coverage_between, df["Y"])):
        for g, rows in df.groupby(key).groups.items():
            s = den[rows].sum()
            expected = both[rows].sum() / s if s > 0 else np.nan
            assert ratio[str(g)] == expected or (np.isnan(expected) and np.isnan(ratio[str(g)]))
    assert np.isnan(res.within["u3"]) and list(res.between.index) == [str(w) for w in range(1, clusters + 1)]
