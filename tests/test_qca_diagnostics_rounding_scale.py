"""The warnings that name the cases SetMethods' 3-decimal reading flips (smmr deviant coverage, necessity_cases
deviant consistency) compare the two readings column-wise: a case at a time (iterrows, .loc per case) took 10 s for
15,000 deviant coverage cases of 100,000. The work done per case by pandas' .loc must not grow with the cases,
and a warning names at most 10 cases, counting the others (thousands can flip: a warning of megabytes)."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from pandas.core.indexing import _LocIndexer

from analysis.qca import QCAWarning, minimize, necessity_cases, smmr, truth_table


def _copies(df: pd.DataFrame, times: int) -> pd.DataFrame:
    out = pd.concat([df] * times)
    out.index = [f"{c}_{i}" for i in range(times) for c in df.index]
    return out


def _loc_calls_and_warning(monkeypatch, call):
    calls = []
    real = _LocIndexer.__getitem__
    monkeypatch.setattr(_LocIndexer, "__getitem__", lambda self, key: calls.append(1) or real(self, key))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    monkeypatch.undo()
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning) and "3 decimals" in str(w.message)]
    return len(calls), said


def _deviant_coverage_data():
    """Cases whose outcome lies just above, at or just below the membership in their truth table row."""
    rng = np.random.default_rng(3)
    X = np.clip(rng.choice([0.2, 0.4, 0.6, 0.8], (40, 3)) + rng.choice([0, 4e-4, -4e-4, 6e-4], (40, 3)), 0, 1)
    df = pd.DataFrame(X, columns=list("ABC"), index=[f"c{i}" for i in range(40)])
    df["Y"] = np.clip(np.maximum(X, 1 - X).min(axis=1) + rng.choice([0, 3e-4, -3e-4, 1.2e-3], 40), 0, 1)
    df.loc[df.index[:12], "Y"] = 0.1                  # negative rows to minimise against
    return df


def test_smmr_deviant_coverage_flips_are_found_without_a_lookup_per_case(monkeypatch):
    df = _deviant_coverage_data()
    counts, texts = [], []
    for times in (1, 4):
        data = _copies(df, times)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sol = minimize(truth_table(data, "Y", list("ABC"), incl_cut=0.75), include="")
        n, said = _loc_calls_and_warning(monkeypatch, lambda: smmr(sol, "deviant coverage"))
        counts.append(n)
        texts.append(said)
    assert len(texts[0]) == 1 and len(texts[1]) == 1
    assert "c19_0 (TT_row 0.5994 > outcome 0.5991)" in texts[0][0]
    assert "c19_3 (TT_row 0.5994 > outcome 0.5991)" in texts[1][0]                  # each copy named as the first
    assert " more" not in texts[1][0]                                                  # 4 cases: all named
    assert counts[1] == counts[0], f".loc calls: {counts}"


def test_necessity_deviant_consistency_flips_are_found_without_a_lookup_per_case(monkeypatch):
    df = pd.DataFrame({"N": [0.1, 0.2, 0.3996, 0.2, 0.1], "B": [0.4996, 0.4996, 0.9, 0.1, 0.9],
                       "Y": [0.9, 0.7, 0.6002, 0.6, 0.7]}, index=["q1", "q2", "q3", "q4", "q5"])
    counts, texts = [], []
    for times in (1, 6):
        n, said = _loc_calls_and_warning(monkeypatch, lambda: necessity_cases(
            _copies(df, times), "Y", "N", "deviant consistency", conditions=["N", "B"]))
        counts.append(n)
        texts.append(said)
    assert len(texts[0]) == 1 and "q3_0 (TT_row 0.6004 > outcome 0.6002)" in texts[0][0]
    assert "q1_0 (TT_row 0.5004: in its truth table row" in texts[0][0]
    assert texts[0][0].count("(TT_row 0.") == 3 and " more" not in texts[0][0]
    # 18 cases flip in 6 copies: the first 10 named (the 12 left out at 0.5 first), the other 8 counted
    assert texts[1][0].count("(TT_row 0.") == 10 and "q2_3 (TT_row 0.5004" in texts[1][0]
    assert "q3_0" not in texts[1][0] and "q2_3 (TT_row 0.5004: in its truth table row, left out at 0.5 after " \
        "rounding) and 8 more: necessity_cases(..., exact=True)" in texts[1][0]
    assert counts[1] == counts[0], f".loc calls: {counts}"
