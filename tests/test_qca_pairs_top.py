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


def _ranked_full_sort(df: pd.DataFrame, keys: list[str], max_pairs: int) -> np.ndarray:   # the former _ranked
    order = np.argsort(df["raw"].to_numpy(float), kind="stable")
    return df.iloc[order].sort_values(keys, kind="stable").head(max_pairs).index.to_numpy()


@pytest.mark.parametrize("seed", range(40))
def test_the_per_term_ranking_gives_the_full_sorts_first_rows(seed):
    """_ranked (smmr_pairs' per-term tables) sorted every chunk fully, by the unrounded distance first and then by
    its keys; it now pre-selects as _top does. Random frames with ties in every key and in the unrounded distance
    (two pairs at one distance keep grid order), the distance's order unlike its rounded column's."""
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(1, 400))
    raw = np.round(rng.random(n) * 3, int(rng.integers(1, 4)))
    df = pd.DataFrame({"u1": -rng.integers(0, 2, n), "u2": -(rng.random(n) < 0.5).astype(int),
                       "best": np.round(raw + rng.normal(0, 0.01, n), 1), "m": -rng.integers(0, 2, n), "raw": raw},
                      index=pd.RangeIndex(n))
    keys = ["u1", "u2", "best", "m"]
    assert len(np.unique(raw)) < n or n < 30   # ties in the distance itself
    for k in (1, 2, 5, n, n + 3):
        assert matching._ranked(df, keys, k).tolist() == _ranked_full_sort(df, keys, k).tolist(), (seed, k)
    # only the candidates are sorted: k rows of the n (ties broken by the distance, then grid order)
    seen = []
    real = matching._lexicographic_candidates

    def spy(columns, k):
        seen.append(real(columns, k))
        return seen[-1]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(matching, "_lexicographic_candidates", spy)
        matching._ranked(df, keys, 5)
    assert len(seen) == 1 and (seen[0] is None if n <= 5 else len(seen[0]) == 5)
    # the key order decides before the distance: a pair with the larger distance but the better key comes first
    two = pd.DataFrame({"u1": [0, -1], "best": [0.1, 2.0], "raw": [0.1, 2.0]})
    assert matching._ranked(two, ["u1", "best"], 1).tolist() == [1]


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
            lambda p=p: smmr_pairs(sol, p, by="term", max_pairs=3) for p in matching.PAIRS if p in matching._BY
            and "term" in matching._BY[p]] + [
            lambda p=p: necessity_pairs(df, "Y", "A + C", p, conditions="A, B, C", max_pairs=4)
            for p in matching.NECESSITY_PAIRS]
        new = [call() for call in calls]
        monkeypatch.setattr(matching, "_top", _full_sort)
        monkeypatch.setattr(matching, "_ranked", _ranked_full_sort)
        old = [call() for call in calls]
    tables = 0
    for a, b in zip(new, old):
        a, b = (a, b) if isinstance(a, dict) else ({"": a}, {"": b})   # smmr_pairs: a table per term or conjunct
        assert list(a) == list(b)
        for key in a:
            pd.testing.assert_frame_equal(a[key], b[key])
            tables += len(a[key]) > 1
    assert tables >= 5


def test_a_column_whose_smallest_value_holds_k_rows_is_cut_without_a_partition(monkeypatch):
    """np.partition on a chunk's flag columns (few distinct values, ties everywhere) took 15 ms a chunk, most of the
    per-term tables' time at the default max_pair_candidates: where the smallest value holds k rows it is the cut,
    found without one. The first rows are the full sort's (above); here the partitions are counted."""
    rng = np.random.default_rng(7)
    n = 5000
    df = pd.DataFrame({"u": -np.ones(n, int), "c": -(rng.random(n) < 0.9).astype(int), "best": rng.random(n)})
    calls = []
    real = np.partition
    monkeypatch.setattr(np, "partition", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    assert matching._top(df, 5).tolist() == _full_sort(df, 5).tolist()
    assert len(calls) == 1   # the distinct 'best' column only
