"""Counting a model's simplifying assumptions (the remainders inside its terms) on wide truth tables: a union of
many terms is marked on the table's grid, each cube a slice of it, not listed configuration by configuration nor
counted by inclusion-exclusion (60-150 terms on 16 conditions: 0.4-0.9 s per model, 2.7 s in one Solution.to_dict);
and the counts and rows are those of the plain definition."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.qca import truth_table
from analysis.qca import _remainders
from analysis.qca.truth_table import configs_of_rows


def _table_and_terms(k, n, n_terms, seed):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame((rng.random((n, k)) < 0.5).astype(int), columns=[f"C{j:02d}" for j in range(k)])
    df["Y"] = rng.integers(0, 2, n)
    tt = truth_table(df, "Y", incl_cut=1)
    terms = np.zeros((n_terms, k), dtype=np.int64)
    for t in terms:
        cols = rng.choice(k, int(rng.integers(3, 5)), replace=False)
        t[cols] = rng.integers(1, 3, len(cols))
    return tt, terms


def _inside(tt, terms):
    """Whether each configuration of the table (by row number) is inside each term: terms x rows."""
    configs = configs_of_rows(np.arange(1, tt.n_configurations + 1), tt.noflevels)
    return np.stack([np.all((t == 0) | (configs == t - 1), axis=1) for t in terms])


def _remainders_of(inside, tt):
    """Row numbers of the configurations marked in `inside` (a row mask) that are not observed."""
    return sorted(set((np.flatnonzero(inside) + 1).tolist()) - tt.observed_rows)


@pytest.fixture(scope="module")
def wide():
    tt, terms = _table_and_terms(16, 3000, 60, 1)
    return tt, terms, _inside(tt, terms)


def test_a_union_of_many_terms_is_counted_without_listing_its_configurations(wide, monkeypatch):
    tt, terms, inside = wide

    def refuse(*args, **kwargs):
        raise AssertionError("a cube's configurations listed, or inclusion-exclusion run, to count a union")

    for name in ("cube_configs", "union_size", "remainder_ids"):
        monkeypatch.setattr(_remainders, name, refuse)
    sa = _remainders.Remainders(tt, terms, 1 << 20)
    assert sa.n_rows == len(_remainders_of(inside.any(axis=0), tt))


def test_counts_rows_and_frame_are_the_definitions(wide):
    tt, terms, inside = wide
    expected = _remainders_of(inside.any(axis=0), tt)
    record = _remainders.Remainders(tt, terms, 1 << 20).to_dict(10**6)
    assert record["n_rows"] == len(expected) and record["rows"] == expected
    observed = np.zeros(tt.n_configurations, dtype=bool)
    observed[np.array(sorted(tt.observed_rows)) - 1] = True
    assert [c["n_rows"] for c in record["cubes"]] == [int((m & ~observed).sum()) for m in inside]
    frame = _remainders.Remainders(tt, terms, 1 << 20).frame
    assert frame.index.tolist() == expected and frame.index.dtype == np.int64


@pytest.mark.parametrize("k, n_terms", [(17, 20), (17, 13), (18, 5)])
def test_wider_tables_marked_on_the_grid_agree_with_inclusion_exclusion_and_listing(k, n_terms, monkeypatch):
    """Above 2**16 rows: a union of more than 12 terms on the grid; the same count and rows as the paths it
    replaces (inclusion-exclusion, each cube listed), with the grid switched off."""
    tt, terms = _table_and_terms(k, 400, n_terms, k)
    on_grid = _remainders.Remainders(tt, terms, 1 << 22).to_dict(10**6)
    monkeypatch.setattr(_remainders, "_GRID_MAX", 0)
    other = _remainders.Remainders(tt, terms, 1 << 22).to_dict(10**6)
    assert on_grid == other and on_grid["n_rows"] > 0


def _non_empty_intersections(terms):
    """How many non-empty intersections of the terms (each subset of them, in index order) there are: the steps
    inclusion-exclusion takes."""
    count = 0

    def rec(start, inter):
        nonlocal count
        for i in range(start, len(terms)):
            if any(a and b and a != b for a, b in zip(inter, terms[i])):
                continue
            count += 1
            rec(i + 1, tuple(a or b for a, b in zip(inter, terms[i])))

    rec(0, (0,) * len(terms[0]))
    return count


@pytest.mark.parametrize("seed", range(6))
def test_union_size_is_the_union_s_configurations_within_its_budget(seed):
    """The number of configurations inside any of the terms (read off the whole table), or None when the
    non-empty intersections outnumber the budget; multi-value conditions too."""
    rng = np.random.default_rng(seed)
    noflevels = [2, 3, 2, 2, 3, 2, 2][:4 + seed % 4]
    terms = np.array([[int(rng.integers(0, n + 1)) if rng.random() < 0.5 else 0 for n in noflevels]
                      for _ in range(int(rng.integers(2, 11)))], dtype=np.int64)
    configs = configs_of_rows(np.arange(1, int(np.prod(noflevels)) + 1), noflevels)
    inside = np.stack([np.all((t == 0) | (configs == t - 1), axis=1) for t in terms]).any(axis=0)
    steps = _non_empty_intersections([tuple(int(v) for v in t) for t in terms])
    assert _remainders.union_size(terms, noflevels, steps) == int(inside.sum())
    assert _remainders.union_size(terms, noflevels, steps - 1) is None


def test_union_size_does_not_compare_each_term_with_every_later_one():
    """Past 2**22 rows a union of many terms is counted by inclusion-exclusion: its empty intersections were each
    compared in Python and not counted against the budget, so pairwise disjoint terms took time growing with the
    square of their number (3,000 on 24 conditions: 3,000 steps, 2.7 s of CPU; 5,000 7.6 s)."""
    import time

    k, n_terms = 24, 5000
    terms = np.zeros((n_terms, k), dtype=np.int64)
    for i in range(n_terms):   # distinct values of the first 13 conditions: no two terms meet
        terms[i, :13] = [((i >> b) & 1) + 1 for b in range(13)]
    start = time.process_time()
    assert _remainders.union_size(terms, [2] * k, _remainders._IE_BUDGET) == n_terms * 2 ** (k - 13)
    assert time.process_time() - start < 1.0
