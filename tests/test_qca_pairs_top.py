"""smmr_pairs / necessity_pairs rank their candidate pairs chunk by chunk, each chunk's best max_pairs taken by
sorting every pair by every column (_top): at 10,000 cases smmr_pairs' typical-irrelevant pairs took 23 s, most of
it in that sort. Only the rows that can be among the first max_pairs are now sorted (_lexicographic_candidates,
no sort): the same rows in the same order, checked here against the full sort on random frames with many ties,
and end to end against the former ranking on random data."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.qca import matching, minimize, necessity_pairs, smmr_pairs, truth_table


def _full_sort(df: pd.DataFrame, max_pairs: int) -> np.ndarray:   # the former _top
    return df.sort_values(list(df.columns), kind="stable").head(max_pairs).index.to_numpy()


@pytest.mark.parametrize("seed", range(40))
def test_the_candidates_give_the_full_sorts_first_rows(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    df = pd.DataFrame({"rank": rng.integers(1, 4, n), "flag": -(rng.random(n) < 0.5).astype(int),
                       "ok": rng.random(n) < 0.3, "best": np.round(rng.random(n), 1),
                       "m": -rng.integers(0, 2, n)})
    for k in (1, 2, 5, n, n + 3):
        assert matching._top(df, k).tolist() == _full_sort(df, k).tolist(), (seed, k)
    keep = matching._lexicographic_candidates([df[c].to_numpy() for c in df.columns], 5)
    if n > 5:   # a few rows beyond the first five, not the chunk
        assert keep is not None and 5 <= len(keep) and set(_full_sort(df, 5)) <= set(keep)
        assert len(keep) == 5   # ties broken by the last column and then row order: exactly the five
    # NaN or a text column: everything sorted, as before
    assert matching._lexicographic_candidates([np.array([np.nan] * 9), np.zeros(9)], 2) is None
    assert matching._lexicographic_candidates([np.array(list("abcdefghi"), dtype=object)], 2) is None


def _random(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    a, b, c = (np.round(rng.random(n), 2) for _ in range(3))
    y = np.round(np.clip(np.minimum(a, b) + rng.normal(0, 0.1, n), 0, 1), 2)
    return pd.DataFrame({"A": a, "B": b, "C": c, "Y": y}, index=[f"c{i}" for i in range(n)])


@pytest.mark.parametrize("seed", range(3))
def test_pairs_on_random_data_are_the_former_rankings(seed, monkeypatch):
    df = _random(300, seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sol = minimize(truth_table(df, "Y", "A, B, C", incl_cut=0.8), include="?")
        calls = [lambda p=p: smmr_pairs(sol, p, max_pairs=4) for p in matching.PAIRS] + [
            lambda: smmr_pairs(sol, "typical-typical", by="term", max_pairs=3)] + [
            lambda p=p: necessity_pairs(df, "Y", "A + C", p, conditions="A, B, C", max_pairs=4)
            for p in matching.NECESSITY_PAIRS]
        new = [call() for call in calls]
        monkeypatch.setattr(matching, "_top", _full_sort)
        old = [call() for call in calls]
    tables = 0
    for a, b in zip(new, old):
        a, b = (a, b) if isinstance(a, dict) else ({"": a}, {"": b})   # smmr_pairs: a table per term or conjunct
        assert list(a) == list(b)
        for key in a:
            pd.testing.assert_frame_equal(a[key], b[key])
            tables += len(a[key]) > 1
    assert tables >= 5
