"""A solution's results at scale (many cases, hundreds of models): each model's fit, the JSON, the configuration
chart and the SMMR pairs cost work in the model's own terms, never a cases x terms matrix rebuilt per model; and
they give the same numbers, to the bit, as the direct formulas."""
from __future__ import annotations

import zlib

import numpy as np
import pandas as pd
import pytest

from analysis.qca import minimize, truth_table
from analysis.qca.measures import _coverage
from analysis.qca.solution import _two_largest


def _fuzzy(name: str, k: int, n: int) -> pd.DataFrame:
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    x = np.round(rng.uniform(0.02, 0.98, size=(n, k + 1)), 2)
    df = pd.DataFrame(np.where(x == 0.5, 0.51, x), columns=[f"C{j:02d}" for j in range(1, k + 1)] + ["Y"])
    df.index = [f"c{i}" for i in range(n)]
    return df


@pytest.fixture(scope="module")
def many_models():
    """A fuzzy solution of several models sharing terms (fixed seed)."""
    df = _fuzzy("results-scale", 7, 80)
    tt = truth_table(df, "Y", [c for c in df.columns if c != "Y"], incl_cut=0.93)
    sol = minimize(tt, include="?")
    assert len(sol.models) > 5
    return df, sol


@pytest.mark.parametrize("seed", range(6))
def test_two_largest_is_numpys_max_argmax_and_second_largest(seed):
    rng = np.random.default_rng(seed)
    terms, n = int(rng.integers(1, 7)), 200
    mem = np.round(rng.uniform(0, 1, size=(terms, n)), 1)   # one decimal: many ties between terms
    best, first, second = _two_largest(list(mem), n)
    assert np.array_equal(best, mem.max(axis=0))
    assert np.array_equal(first, mem.argmax(axis=0))   # ties: the first term holding the largest, as argmax
    if terms > 1:
        assert np.array_equal(second, np.partition(mem, -2, axis=0)[-2])
    assert _two_largest([], 4)[0].tolist() == [0.0] * 4


def test_each_models_fit_is_the_direct_formula_to_the_bit(many_models):
    df, sol = many_models
    y = df["Y"].to_numpy(float)
    tt = sol.truth_table
    from analysis.qca.expressions import implicant_membership

    for m in sol.models:
        mem = implicant_membership(tt.data.X, m.implicants, [False] * tt.data.k)
        whole = mem.max(axis=1)
        assert m.fit["covS"] == _coverage(whole, y)
        for i, rec in enumerate(m._fit_records()):
            others = np.delete(mem, i, axis=1)
            without = others.max(axis=1) if others.shape[1] else np.zeros(len(y))
            expected = _coverage(whole, y) - _coverage(without, y) if len(m.terms) > 1 else float("nan")
            assert rec["covU"] == expected or (expected != expected and rec["covU"] != rec["covU"])


def test_a_models_fit_builds_no_cases_by_terms_matrix(many_models, monkeypatch):
    """Each model's fit reads its terms' cached memberships as they are: before, it stacked them into a new cases x
    terms matrix (np.column_stack) and walked it across its columns (argmax, partition), per model: 52 s for the
    JSON of 341 models at 100,000 cases."""
    df, sol = many_models
    sol = minimize(sol.truth_table, include="?")   # fits not computed yet
    calls = []
    for name in ("column_stack", "stack", "partition", "hstack"):
        real = getattr(np, name)
        monkeypatch.setattr(np, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
    for m in sol.models:
        m._fit_records()
    assert calls == []


def test_a_configuration_chart_parses_each_term_once(many_models, monkeypatch):
    """A chart of many models reads each term's literals once, and builds its table once: before, every model
    parsed its terms against each parsimonious term again (and built a few frames), 26 s for 341 models."""
    from analysis.qca import configurations

    df, sol = many_models
    before = configurations.configuration_chart(sol).to_dict()
    parsed = []
    real = configurations.term_literals
    monkeypatch.setattr(configurations, "term_literals", lambda t, c: parsed.append(t) or real(t, c))
    chart = configurations.configuration_chart(sol)
    assert chart.to_dict() == before
    assert len(parsed) == len({t for m in sol.models for t in m.terms}) < sum(len(m.terms) for m in sol.models)
