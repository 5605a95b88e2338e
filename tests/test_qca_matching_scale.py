"""Pairs of cases for comparative case studies at scale: the best pairs are kept chunk by chunk, so memory is bounded
by the chunk size and max_pairs, not by the number of pairs (n^2), and the ranking is the one of ranking every pair
at once."""
from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
import pytest
from setmethods_reference import dataset

import analysis.qca.matching as matching
from analysis.qca import minimize, truth_table
from analysis.qca.matching import NECESSITY_PAIRS, PAIRS, necessity_pairs, smmr_pairs

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def _seeded(n: int) -> pd.DataFrame:
    """Crisp data, 10 conditions, Y = C01*C02 + C03*~C04 (numpy default_rng(1))."""
    rng = np.random.default_rng(1)
    df = pd.DataFrame(rng.integers(0, 2, size=(n, 10)), columns=[f"C{k:02d}" for k in range(1, 11)])
    df["Y"] = (df.C01 * df.C02) | (df.C03 * (1 - df.C04))
    return df


def _all_tables(sol, data, outcome, conds):
    out = []
    for p in PAIRS:
        for by in ([None, "term"] if p != "deviant coverage-irrelevant" else [None]):
            # term: of pairs per focal conjunct only (the default by of typical-typical and typical-irrelevant)
            for term in ((1, 2) if by is None and p in ("typical-typical", "typical-irrelevant") else (None,)):
                for mp in (1, 4):
                    out += list(smmr_pairs(sol, p, by=by, term=term, max_pairs=mp).values())
    for p in NECESSITY_PAIRS:
        for mp in (1, 4):
            out.append(necessity_pairs(data, outcome, f"{conds[0]} + ~{conds[1]}", p, conditions=conds,
                                       case_column="case", max_pairs=mp))
    return out


@pytest.mark.parametrize("name", ["LF", "seeded"])
def test_pairs_ranked_chunk_by_chunk_equal_pairs_ranked_at_once(name, monkeypatch):
    """One pair per chunk (the most chunks) and every pair in one chunk give the same tables, ties included."""
    if name == "LF":
        data, outcome, conds = dataset("LF"), "SURV", CONDS
    else:
        data, outcome, conds = _seeded(90).assign(case=lambda d: [f"c{k}" for k in range(len(d))]), "Y", \
            ["C01", "C02", "C03", "C04"]
    sol = minimize(truth_table(data.set_index("case"), outcome, conds, incl_cut=0.8), "?")
    whole = _all_tables(sol, data, outcome, conds)
    monkeypatch.setattr(matching, "_CHUNK", 1)
    chunked = _all_tables(sol, data, outcome, conds)
    assert sum(len(t) for t in whole) > 40  # the comparison compares pairs (46 on LF: each table once)
    for a, b in zip(whole, chunked, strict=True):
        pd.testing.assert_frame_equal(a, b)


def test_pairs_memory_is_bounded_by_the_chunk_not_by_every_pair():
    """3,000 seeded cases: ~1,000 typical x ~1,900 irrelevant = ~1.9 million pairs; ranking them all at once peaked
    at ~250 MiB (tracemalloc), chunk by chunk at ~45 MiB."""
    sol = minimize(truth_table(_seeded(3000), "Y", ["C01", "C02", "C03", "C04"], incl_cut=0.8))
    tracemalloc.start()
    try:
        tables = smmr_pairs(sol, "typical-irrelevant")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert all(len(t) == 5 for t in tables.values())
    assert peak < 100 * 2**20, f"peak {peak / 2**20:.0f} MiB"


def test_pairs_beyond_the_budget_are_refused_naming_the_budget_the_size_and_the_flag():
    """A table of more candidate pairs (first x second cases) than max_pair_candidates is refused before any pair is
    built, with the sizes met; at the budget exactly, it is ranked."""
    from analysis.qca import QCAInputError

    lf = dataset("LF")
    sol = minimize(truth_table(lf.set_index("case"), "SURV", CONDS, incl_cut=0.8))
    with pytest.raises(QCAInputError, match=r"3 x 10 cases make 30 candidate pairs to rank, more than "
                                            r"max_pair_candidates = 29; raise max_pair_candidates \(CLI: "
                                            r"--max-pair-candidates\)"):
        smmr_pairs(sol, "typical-irrelevant", max_pair_candidates=29)
    assert len(smmr_pairs(sol, "typical-irrelevant", max_pair_candidates=30)) >= 1
    with pytest.raises(QCAInputError, match="more than max_pair_candidates = 1;"):
        necessity_pairs(lf, "SURV", "LIT", "typical-typical", case_column="case", max_pair_candidates=1)
    for bad in (0, 2.5, True):
        with pytest.raises(QCAInputError, match="max_pair_candidates must be a whole number >= 1"):
            smmr_pairs(sol, "typical-irrelevant", max_pair_candidates=bad)


def test_cli_pairs_budget_refusal_is_one_error_line_with_status_2(tmp_path, capsys):
    """The refusal in a process of its own (its exit status and stderr); the other runs, about the answer, in this
    process (tests/_cli.py: a process each added an interpreter and the engine's imports)."""
    import subprocess
    import sys

    from _cli import run

    from analysis.paths import ROOT

    lf = str(ROOT / "data/reference/datasets/LF.csv")
    args = ["cases", lf, "--outcome", "SURV", "--incl-cut", "0.8"]
    base = [sys.executable, "-m", "analysis.qca", *args]
    r = subprocess.run([*base, "--pairs", "typical-irrelevant", "--max-pair-candidates", "10"], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [
        "error: 2 x 10 cases make 20 candidate pairs to rank, more than --max-pair-candidates 10; raise "
        "--max-pair-candidates, or choose a term, kind of pairs or data with fewer cases"]
    code, _, err = run(capsys, *args, "--max-pair-candidates", "10")
    assert code == 2 and "--max-pair-candidates apply to --pairs only" in err
    code, ok, _ = run(capsys, *args, "--pairs", "typical-irrelevant", "--max-pair-candidates", "20", "--json")
    _, default, _ = run(capsys, *args, "--pairs", "typical-irrelevant", "--json")
    assert code == 0 and ok == default


def test_pairs_mark_cases_by_name_in_linear_time():
    """Which cases are unique / most typical is found by name; np.isin on object arrays compared every case with
    every name: 40,000 named cases spent ~16 s there before the first pair (~100 s at 100,000), now ~1 s."""
    import time

    from analysis.qca import QCAInputError

    df = _seeded(40_000)
    df.index = [f"case{k}" for k in range(len(df))]
    sol = minimize(truth_table(df, "Y", ["C01", "C02", "C03", "C04"], incl_cut=0.8))
    start = time.perf_counter()
    with pytest.raises(QCAInputError, match="candidate pairs to rank"):
        smmr_pairs(sol, "typical-typical", max_pair_candidates=1)
    assert time.perf_counter() - start < 8


def test_typical_deviant_consistency_pairs_per_term_build_the_deviant_cases_once(monkeypatch):
    """Per term, typical-deviant consistency pairs rebuilt smmr's deviant consistency table (every term's, and so the
    case typology of every case) once for each term: 100,000 cases and a 39-term model took 18 s, ~16 of them there.
    It is built once per call (2 s there), the pairs are the same."""
    from analysis.qca import diagnostics

    df = _seeded(3000)
    df.index = [f"case{k}" for k in range(len(df))]
    rng = np.random.default_rng(2)
    df["Y"] = np.where(rng.random(len(df)) < 0.1, 1 - df["Y"], df["Y"])   # deviant cases in most terms
    sol = minimize(truth_table(df, "Y", [f"C{k:02d}" for k in range(1, 8)], incl_cut=0.85), include="?")
    terms = sol.models[0].terms
    assert len(terms) >= 4
    expected = smmr_pairs(sol, "typical-deviant consistency", by="term", max_pairs=3)
    calls = []
    real = diagnostics.case_typology

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(diagnostics, "case_typology", counted)
    monkeypatch.setattr(matching, "case_typology", counted)
    got = smmr_pairs(sol, "typical-deviant consistency", by="term", max_pairs=3)
    assert len(calls) == 3, f"{len(calls)} case typologies for {len(terms)} terms"   # pairs', typical, deviant
    assert list(got) == list(terms) and any(len(t) for t in got.values())
    for t in terms:
        pd.testing.assert_frame_equal(got[t], expected[t])


@pytest.mark.parametrize("pairs, by", [("typical-typical", None), ("typical-irrelevant", None),
                                       ("typical-typical", "term"), ("typical-irrelevant", "term")])
def test_a_table_beyond_max_pair_candidates_is_refused_before_smmr_builds_its_tables(monkeypatch, pairs, by):
    """The budget was checked only once smmr's typical cases, the focal conjunct tables and three more case
    typologies were built (100,000 cases: refused after 1.7 s, focal_condition_pairs after 3 s; now 0.3 s and
    0.6 s); the refusal now comes from the case typology alone, with the same numbers."""
    sol = minimize(truth_table(_seeded(400), "Y", [f"C{k:02d}" for k in range(1, 7)]), include="?")
    with pytest.raises(matching.QCAInputError) as late:
        smmr_pairs(sol, pairs, by=by, max_pair_candidates=3)
    built = []
    for name in ("smmr", "smmr_focal_conjuncts"):
        monkeypatch.setattr(matching, name, lambda *a, _n=name, **k: built.append(_n))
    with pytest.raises(matching.QCAInputError, match="more than max_pair_candidates = 3") as early:
        smmr_pairs(sol, pairs, by=by, max_pair_candidates=3)
    assert built == [] and str(early.value) == str(late.value)
    with pytest.raises(matching.QCAInputError, match="max_pair_candidates = 3"):
        matching.focal_condition_pairs(sol, "C01", max_pair_candidates=3)
    assert built == []
