"""The public engine at scale (issue 10): one exact path for the models, counted partial answers, any number of
terms, budgets that name themselves, compact JSON."""
from __future__ import annotations

import itertools
import json
import zlib

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAComplexityError, minimize, truth_table
from analysis.qca._implicants import implicant_chart
from analysis.qca.cli import main


def random_crisp(name: str, k: int, n: int, planted: bool = False) -> pd.DataFrame:
    """Fixed-seed crisp data (as benchmarks/random_series.py draws them): k conditions, n cases, outcome Y."""
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    x = rng.integers(0, 2, size=(n, k + 1))
    df = pd.DataFrame(x, columns=[f"C{j:02d}" for j in range(1, k + 1)] + ["Y"])
    if planted:
        df["Y"] = ((df["C01"] & df["C02"]) | (df["C03"] & (1 - df["C04"]))).astype(int)
    df.index = [f"c{i}" for i in range(n)]
    return df


def random_fuzzy(name: str, k: int, n: int) -> pd.DataFrame:
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    x = np.round(rng.uniform(0.02, 0.98, size=(n, k + 1)), 2)
    df = pd.DataFrame(np.where(x == 0.5, 0.51, x),
                      columns=[f"C{j:02d}" for j in range(1, k + 1)] + ["Y"])
    df.index = [f"c{i}" for i in range(n)]
    return df


def random_chart(seed: int, rows: tuple, cols: tuple, density: tuple, repeats: bool = False) -> np.ndarray:
    """A random boolean chart (rows x columns in the given ranges) with every column covered; repeats: six rows
    duplicated (interchangeable implicants)."""
    rng = np.random.default_rng(seed)
    p, c = int(rng.integers(*rows)), int(rng.integers(*cols))
    chart = rng.random((p, c)) < rng.uniform(*density)
    chart[rng.integers(0, p, c), np.arange(c)] = True
    if repeats:
        chart = np.vstack([chart, chart[rng.integers(0, p, 6)]])
    return chart


def tt_of(df, incl_cut=1.0):
    return truth_table(df, "Y", [c for c in df.columns if c != "Y"], incl_cut=incl_cut)


def check_models(tt, sol, closed: bool):
    """Each model covers every positive row, no term covers a negative row (open) or leaves the positive rows
    (closed, checked on observed rows), no term is redundant, all have the reported size."""
    on, off = tt.configs_with(["1"]), tt.configs_with(["0", "C"])
    for m in sol.models:
        chart = implicant_chart(m.implicants, on)
        assert chart.any(axis=0).all()
        assert all(not np.delete(chart, i, axis=0).any(axis=0).all() for i in range(len(chart)))
        assert not implicant_chart(m.implicants, off).any()
        assert len(m.terms) == sol.model_size


# ---------------------------------------------------------------- one exact path
PROBLEMS = [("crisp", k, n, s) for k in (4, 5, 6, 7, 8) for n in (12, 25, 40) for s in range(3)] + \
           [("planted", k, n, 0) for k in (6, 8, 9) for n in (20, 60)] + \
           [("fuzzy", k, n, s) for k in (4, 5, 6) for n in (15, 30)
            for s in {(4, 30): (1, 4), (5, 15): (0, 2)}.get((k, n), (0, 1))]
# Seeds 0 and 1 of each fuzzy size, except where that draw has no row with inclS >= 0.93 (fuzzy-4-30-0 and
# fuzzy-5-15-1): those were skipped on every run, two cases that could not fail; the next seeds with one are used.


@pytest.mark.parametrize("kind, k, n, seed", PROBLEMS)
def test_bounded_and_unbounded_prime_implicants_give_the_same_models(kind, k, n, seed):
    name = f"bound-{kind}-{k}-{n}-{seed}"
    df = random_fuzzy(name, k, n) if kind == "fuzzy" else random_crisp(name, k, n, planted=kind == "planted")
    tt = tt_of(df, 0.93 if kind == "fuzzy" else 1.0)
    # a draw without a positive or a negative row tests nothing here (no solution, or the tautology R refuses):
    # the draws are seeded, so such a case would be skipped on every run; it fails instead, to be replaced
    assert len(tt.configs_with(["1"])), f"{name} has no positive row: choose another seed"
    assert len(tt.configs_with(["0", "C"])), f"{name} has no negative row: choose another seed"
    bounded = minimize(tt, "?", max_models=300)
    full = minimize(tt, "?", max_models=300, pi_bound=False)
    assert bounded.n_models == full.n_models and bounded.model_size == full.model_size
    assert bounded.partial == full.partial
    assert [m.terms for m in bounded.models] == [m.terms for m in full.models]   # same canonical order too
    assert bounded.essential == full.essential
    assert set(bounded.prime_implicants) == set(full.prime_implicants)         # the full chart, on request
    check_models(tt, bounded, closed=False)


# ---------------------------------------------------------------- any number of terms
@pytest.mark.parametrize("k, n", [(10, 100), (11, 150)])
def test_conservative_solution_with_more_than_32_terms(k, n):
    tt = tt_of(random_crisp(f"cons_crisp_k{k:02d}_n{n:03d}", k, n))
    sol = minimize(tt, "")
    assert sol.model_size > 32 and sol.n_models >= 1 and not sol.partial
    check_models(tt, sol, closed=True)
    positive = {tuple(r) for r in tt.configs_with(["1"]).tolist()}
    for t in sol.models[0].implicants:   # closed world: every configuration of each term is a positive row
        free = np.flatnonzero(t == 0)
        if len(free) <= 8:
            for values in itertools.product([0, 1], repeat=len(free)):
                cfg = np.asarray(t, dtype=int) - 1
                cfg[free] = values
                assert tuple(cfg.tolist()) in positive
    json.dumps(sol.to_dict(), allow_nan=False)


# ---------------------------------------------------------------- partial answers
def test_partial_answer_is_counted_and_canonical():
    tt = tt_of(random_crisp("partial-a", 8, 40))
    full = minimize(tt, "?", max_models=None)
    assert full.n_models > 20 and not full.partial
    part = minimize(tt, "?", max_models=7)
    assert part.partial and part.n_models == full.n_models and part.model_size == full.model_size
    assert [m.terms for m in part.models] == [m.terms for m in full.models[:7]]
    common = set.intersection(*(set(m.terms) for m in full.models))
    assert set(part.essential) == common
    text = str(part)
    assert f"partial answer: {full.n_models:,} minimal models" in text
    d = json.loads(json.dumps(part.to_dict(), allow_nan=False))
    assert d["partial"] is True and d["n_models"] == full.n_models and len(d["models"]) == 7


def test_model_explosion_is_an_answer():
    tt = tt_of(random_crisp("issue10_k09_n045", 9, 45))
    sol = minimize(tt, "?")
    assert sol.partial and sol.n_models > 100_000 and len(sol.models) == 1_000
    check_models(tt, sol, closed=False)
    keys = [m.terms for m in sol.models]
    assert len(set(map(frozenset, keys))) == len(keys)


# ---------------------------------------------------------------- budgets name themselves
@pytest.mark.parametrize("kw, flag", [({"max_work": 1, "allow_partial": False}, "--max-work"), ({"max_implicants": 3}, "--max-implicants"),
                                      ({"max_models": 2, "allow_partial": False}, "--max-models")])
def test_budget_refusals_name_budget_size_and_flag(kw, flag):
    tt = tt_of(random_crisp("partial-a", 8, 40))
    budget = next(iter(kw))
    with pytest.raises(QCAComplexityError, match=fr"{budget} = [\d,]+.*{flag}"):
        minimize(tt, "?", **kw)


def test_work_refusal_says_what_the_search_settled():
    """A search stopped by max_work still reports the minimum size it proved (or the bounds it had), and those
    agree with the uncapped search."""
    import re

    from analysis.qca._cover import cover_models

    pairs = list(itertools.combinations(range(12), 2))  # K12's edges: minimum covers are its perfect matchings
    chart = np.zeros((len(pairs), 12), dtype=bool)
    for i, pair in enumerate(pairs):
        chart[i, list(pair)] = True
    full = cover_models(chart, 10, max_work=10**6)
    assert (full.size, full.count) == (6, 10_395)  # 11!! perfect matchings
    with pytest.raises(QCAComplexityError, match=r"max_work = 20 .*Settled so far: every minimal model has "
                                                 r"exactly 6 prime implicants$"):
        cover_models(chart, 10, max_work=20)

    rng = np.random.default_rng(0)
    chart = rng.random((300, 60)) < 0.05
    chart[np.arange(60) % 300, np.arange(60)] = True
    size = cover_models(chart, 10, max_work=10**6).size
    with pytest.raises(QCAComplexityError, match="at least") as info:
        cover_models(chart, 10, max_work=5)
    lo, hi = map(int, re.search(r"at least (\d+) and at most (\d+) prime implicants$", str(info.value)).groups())
    assert lo <= size <= hi and lo < hi


def _k12_with_a_common_row() -> tuple[np.ndarray, int]:
    """K12's edges (10,395 minimum covers: its perfect matchings) beside a block whose row r covers two columns that
    two other rows cover one each: r is in every minimum cover without being essential."""
    pairs = list(itertools.combinations(range(12), 2))
    chart = np.zeros((len(pairs) + 3, 14), dtype=bool)
    for i, pair in enumerate(pairs):
        chart[i, list(pair)] = True
    r = len(pairs)
    chart[r, [12, 13]] = chart[r + 1, 12] = chart[r + 2, 13] = True
    return chart, r


def test_the_cyclic_collector_is_paused_while_covers_are_searched_and_listed(monkeypatch):
    """The search for every cover and the listing of its models make a list or tuple per cover and state, none in a
    cycle: the collector's passes over them were pure cost (the exact count of issue10_k12_n180 of benchmarks/: 120.6
    -> 110.2 s of CPU). No collection runs inside cover_models, nor in a worker's task (`_search_parts`), and the
    collector is running again afterwards, also after a refusal; one paused by the caller stays paused."""
    import gc
    import sys

    from analysis.qca import _cover

    chart, _ = _k12_with_a_common_row()
    runs: list = []
    outside = {"cover_models", "_search_parts", "_collector_paused"}  # where the collector is paused and resumed

    def count(phase, info):  # a collection with a search or a listing of _cover on the stack
        frame = sys._getframe(1)
        while phase == "start" and frame is not None:
            if frame.f_code.co_filename == _cover.__file__ and frame.f_code.co_name not in outside:
                runs.append(frame.f_code.co_name)
                return
            frame = frame.f_back

    tasks: list = []
    search_parts = _cover._search_parts
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)  # parts from the first step (searched here: n_jobs 1)
    monkeypatch.setattr(_cover, "_search_parts", lambda *a: tasks.append(a) or search_parts(*a))
    assert gc.isenabled()
    gc.callbacks.append(count)
    try:
        res = _cover.cover_models(chart, 20_000, max_work=10**6, n_jobs=1)
        assert res.count == 10_395 and len(res.models) == 10_395 and tasks
        assert runs == [] and gc.isenabled()
        with pytest.raises(QCAComplexityError):
            _cover.cover_models(chart, 10, max_work=5)
        assert gc.isenabled()
        out, steps = search_parts(*tasks[0])  # a worker process runs a task with the collector running
        assert runs == [] and gc.isenabled() and steps > 0 and out
        gc.disable()
        _cover.cover_models(chart, 10, max_work=10**6)
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.remove(count)
    from contextlib import nullcontext

    monkeypatch.setattr(_cover, "_collector_paused", nullcontext)  # with the collector running, it is seen
    gc.callbacks.append(count)
    try:
        _cover.cover_models(chart, 20_000, max_work=10**6, n_jobs=1)
    finally:
        gc.callbacks.remove(count)
    assert runs


@pytest.fixture(scope="module")
def k12_full_count():
    """The chart of _k12_with_a_common_row, its row in every minimum cover, and its full count (every model listed):
    computed once for the budgets below (it was computed again for each, 0.5 s of CPU each)."""
    from analysis.qca._cover import cover_models

    chart, common = _k12_with_a_common_row()
    return chart, common, cover_models(chart, 20_000, max_work=10**6)


@pytest.mark.parametrize("max_work", [5, 20, 50, 200])
def test_a_count_stopped_at_max_work_is_a_partial_answer_with_a_lower_bound(max_work, k12_full_count):
    """Counting every minimal model past max_work (issue 10: model explosion is an answer): with count_partial, the
    covers found so far (each a whole minimum cover, of the settled size), their number as a lower bound, and the
    rows shown to be in every minimum cover; without it, the refusal. Every claim checked against the full count."""
    from analysis.qca._cover import cover_models

    chart, common, full = k12_full_count
    assert (full.size, full.count, full.common, full.stopped) == (7, 10_395, (common,), None)
    with pytest.raises(QCAComplexityError, match="exactly 7 prime implicants$"):
        cover_models(chart, 10, max_work=max_work)
    part = cover_models(chart, 10, max_work=max_work, count_partial=True)
    assert part.stopped.startswith("the prime implicant chart") and f"max_work = {max_work:,}" in part.stopped
    assert part.partial and part.size == 7 and 1 <= part.count < full.count
    assert len(part.models) == min(10, part.count) and len(set(part.models)) == len(part.models)
    assert set(part.models) <= set(full.models) and part.models == sorted(part.models)
    assert part.common == (common,)  # shown by a search for a cover without it, not read off the covers found


def test_a_count_within_max_work_is_the_exact_answer_not_flagged(k12_full_count):
    """A budget the count fits in gives the exact answer, not flagged (this check ran, the same, in each of the four
    budgets' tests above: it does not depend on their max_work)."""
    from analysis.qca._cover import cover_models

    chart, _, _ = k12_full_count
    assert cover_models(chart, 10, max_work=10**6, count_partial=True) == cover_models(chart, 10, max_work=10**6)


def test_minimize_answers_a_count_past_max_work_and_says_the_count_is_a_lower_bound():
    """The public path: minimize() past max_work while counting gives listed models that are minimal models of the
    exact answer, n_models a lower bound (n_models_exact False), the essential implicants of the exact answer among
    those shown, and a note naming the budget and the flag; allow_partial=False refuses instead; the sweeps, which
    compare whole answers, record a refusal."""
    from analysis.qca.minimize import refuse_partial_count

    for seed in ("partial-a", "partial-b", "partial-c"):
        tt = tt_of(random_crisp(seed, 8, 40))
        exact = minimize(tt, "?", max_models=None)
        assert exact.n_models_exact and not exact.partial
        part = minimize(tt, "?", max_work=1)
        assert part.partial and not part.n_models_exact and 1 <= part.n_models < exact.n_models, seed
        assert set(part.model_sets) <= set(exact.model_sets) and part.model_size == exact.model_size
        assert set(part.essential) <= set(exact.essential)
        assert any(n.startswith("parsimonious solution: counting the minimal models stopped at max_work = 1 steps")
                   and "(CLI: --max-work)" in n for n in part.notes)
        assert f"at least {part.n_models:,}" in repr(part) and f"at least {part.n_models:,}" in str(part)
        d = part.to_dict()
        assert d["n_models_exact"] is False and d["n_models"] == part.n_models and exact.to_dict()["n_models_exact"]
        with pytest.raises(QCAComplexityError, match="max_work = 1 steps.*exactly"):
            minimize(tt, "?", max_work=1, allow_partial=False)
        with pytest.raises(QCAComplexityError, match="max_work = 1 steps"):
            refuse_partial_count(part)
        refuse_partial_count(exact)  # nothing to refuse


def test_an_intermediate_solution_whose_counts_stopped_says_so_and_names_max_work():
    """An intermediate solution where counting the conservative, the parsimonious and each (C, P) pair's minimal
    models stopped at max_work: it said n_models_exact True (its count a lower bound), left out the conservative
    solution's note, said nothing of the pairs' counts, and told to raise max_models (which changes nothing) to pair
    every model; each pair's repr did not say its list is partial. Now each count that stopped is said, with max_work."""
    tt = tt_of(random_crisp("h", 6, 50), incl_cut=0.5)
    sol = minimize(tt, "?", dir_exp="-,-,-,-,-,-", max_work=1)
    cons, pars, pairs = sol.conservative, sol.parsimonious, list(sol.intermediate.values())
    assert not cons.n_models_exact and not pars.n_models_exact and pairs and all(not p.n_models_exact for p in pairs)
    exact = minimize(tt, "", max_models=None)   # the conservative solution's whole count
    assert set(cons.model_sets) <= set(exact.model_sets) and cons.n_models < exact.n_models
    assert sol.partial and not sol.n_models_exact and sol.to_dict()["n_models_exact"] is False
    assert all(d["n_models_exact"] is False for d in sol.to_dict()["intermediate"].values())
    notes = sol.notes
    assert any(n.startswith("conservative solution: counting the minimal models stopped at max_work = 1 ") for n in notes)
    paired = next(n for n in notes if "(C, P) pairs are of" in n)
    assert (f"the {len(cons.models):,} conservative models listed of at least {cons.n_models:,} (counting them stopped "
            "at max_work = 1)") in paired and "raise max_work (CLI --max-work)" in paired and "max_models" not in paired
    stopped = next(n for n in notes if "of (C, P) pair(s)" in n)
    assert stopped.startswith(f"partial answer: counting the minimal models of (C, P) pair(s) {pairs[0].name}, ")
    assert "max_work = 1 steps" in stopped and "(CLI: --max-work)" in stopped and "--refuse-partial" in stopped
    assert all(f"note: {n}" in str(sol) for n in notes)
    assert all(f"(partial: at least {p.n_models:,})" in repr(p) for p in pairs)
    with pytest.raises(QCAComplexityError, match="max_work = 1 steps"):
        minimize(tt, "?", dir_exp="-,-,-,-,-,-", max_work=1, allow_partial=False)


def test_an_intermediate_solution_partial_by_its_pairs_lists_says_which_pairs():
    """Where the conservative and parsimonious solutions list every model but some (C, P) pairs have more than
    max_models (3 x 2 pairs, three of 100 models, max_models=10), the intermediate solution was partial with no note:
    its 16 models read as the whole answer in print and JSON. A note now names the pairs and max_models."""
    tt = tt_of(random_crisp("e", 6, 70), incl_cut=0.5)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1,1", max_models=10)
    cut = [p.name for p in sol.intermediate.values() if p.partial]
    assert not sol.conservative.partial and not sol.parsimonious.partial and cut and sol.partial
    assert all(sol.intermediate[name].n_models > 10 and sol.intermediate[name].n_models_exact for name in cut)
    note = next(n for n in sol.notes if "(C, P) pair(s)" in n)
    assert note.startswith(f"partial answer: (C, P) pair(s) {', '.join(cut[:3])} have more minimal models than "
                           "max_models = 10: each lists its first 10") and "(CLI --max-models)" in note
    assert f"note: {note}" in str(sol) and note in sol.to_dict()["notes"]
    assert not sol.n_models_exact and sol.to_dict()["n_models_exact"] is False
    whole = minimize(tt, "?", dir_exp="1,1,1,1,1,1", max_models=None)
    assert not whole.partial and not any("(C, P) pair(s)" in n for n in whole.notes)
    assert set(sol.model_sets) < set(whole.model_sets)


def test_what_reads_a_solution_whose_count_stopped_says_at_least_and_names_max_work():
    """A solution whose count of minimal models stopped at max_work, read by simplifying_assumption_rows (find-rows,
    esa --csa), configuration_chart and good_practice: each gave its n_models as the number of models ('partial (16
    minimal models, 16 listed)', '16 of the 16 minimal models', 'parsimonious 16 model(s) (list cut)') and told to
    raise max_models, which changes nothing there. Each now says 'at least' and names max_work."""
    from analysis.qca import configuration_chart, good_practice, simplifying_assumption_rows

    part = minimize(tt_of(random_crisp("partial-a", 8, 40)), "?", max_work=1)
    n = part.n_models
    assert not part.n_models_exact and part.partial and len(part.models) == n
    with pytest.raises(QCAComplexityError) as err:
        simplifying_assumption_rows(part)
    assert f"is partial (at least {n:,} minimal models, {n:,} listed)" in str(err.value)
    assert "raise max_work (CLI: --max-work)" in str(err.value)
    note = configuration_chart(part).notes[0]
    assert f"{n:,} of at least {n:,} minimal models of the parsimonious solution (counting them stopped at " \
           "max_work)" in note and "raise max_work (CLI --max-work)" in note
    rows = good_practice({"parsimonious": part}, negated=part).to_frame().set_index("standard")["has"]
    assert n > 1 and rows["model ambiguity"].startswith(   # 'models': a count in the plural it takes (standards)
        f"parsimonious at least {n:,} models (counting stopped at max_work)"), rows["model ambiguity"]
    assert f"(at least {n} models) -> Y" in rows["negated outcome analysed separately"]


def test_bad_budget_values_are_input_errors():
    tt = tt_of(random_crisp("partial-a", 8, 40))
    for kw in ({"max_work": 0}, {"max_models": -1}, {"sa_limit": 1.5}, {"max_implicants": True}):
        with pytest.raises(Exception, match="positive whole number"):
            minimize(tt, "?", **kw)


def test_cli_budget_flags_and_partial_json(tmp_path, capsys):
    path = tmp_path / "d.csv"
    random_crisp("partial-a", 8, 40).to_csv(path, index_label="case")
    code = main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--json", "--max-models", "3"])
    out = capsys.readouterr().out
    assert code == 0
    d = json.loads(out)
    assert d["partial"] and len(d["models"]) == 3 and d["n_models"] > 3
    code = main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--max-models", "3", "--refuse-partial"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and "--max-models" in err and len(err.strip().splitlines()) == 1
    code = main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--max-work", "1", "--refuse-partial"])
    err = capsys.readouterr().err
    assert code == 2 and "--max-work 1 steps" in err and "max_work" not in err
    # without --refuse-partial, counting stopped at the budget is a partial answer, said so in JSON and print
    code = main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--max-work", "1", "--json"])
    d = json.loads(capsys.readouterr().out)
    assert code == 0 and d["partial"] and d["n_models_exact"] is False and 1 <= len(d["models"]) <= d["n_models"]
    assert any("counting the minimal models stopped at max_work = 1 steps" in n for n in d["notes"])
    code = main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--max-work", "1"])
    out = capsys.readouterr().out
    assert code == 0 and f"partial answer: at least {d['n_models']:,} minimal models" in out
    code = main(["minimize", str(path), "--outcome", "Y", "--max-models", "0"])
    assert code == 2 and "positive whole number" in capsys.readouterr().err


def test_the_cli_says_a_count_past_max_work_is_partial_where_it_names_the_models(tmp_path, capsys):
    """--refuse-partial's help said it refuses 'when there are more than --max-models models' and --max-work's said
    nothing of a partial count, though a count past --max-work is now answered in part; cases --model past the models
    listed said 'the solution has 16 model(s)' of a solution of at least 16. Each now says so."""
    path = tmp_path / "d.csv"
    random_crisp("partial-a", 8, 40).to_csv(path, index_label="case")
    with pytest.raises(SystemExit):
        main(["minimize", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    start = text.index("--refuse-partial refuse")
    refuse = text[start:text.index("--max-work MAX_WORK", start)]
    assert "passes --max-work" in refuse and "partial answer, at least N models" in text
    code = main(["cases", str(path), "--outcome", "Y", "--max-work", "1", "--model", "99"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: --model 99: the solution lists 16 of at least 16 models ("), err


def test_a_model_asked_past_a_partial_list_is_told_the_list_is_partial():
    """sol.models[99] or sol.models['M99'] of a partial solution said 'there are 16 models' (of a count stopped at
    max_work: at least 16) or 'there are 3 models' (of 1,954, three listed): as many as there are. It now says how many
    are listed of how many; a whole list says as before."""
    from analysis.qca.solution import NoModelError

    tt = tt_of(random_crisp("partial-a", 8, 40))
    stopped, cut, whole = minimize(tt, "?", max_work=1), minimize(tt, "?", max_models=3), minimize(tt, "")
    n = stopped.n_models
    for key in (99, "M99"):
        with pytest.raises(NoModelError, match=rf"there are {n} models listed of at least {n} \(a partial answer\), M1"):
            stopped.models[key]
    with pytest.raises(NoModelError, match=rf"there are 3 models listed of {cut.n_models:,} \(a partial answer\), M1"):
        cut.models[5]
    with pytest.raises(NoModelError, match=r"out of range; there is 1 model, M1: "):
        whole.models[5]


def test_a_partial_solution_printed_says_its_models_are_those_listed():
    """Printed, a partial solution of more than 20 listed models said '... 980 more models (M21..M1000): sol.models,
    ... give every one' and 'M1..M20 of 1,000 models', read as every minimal model (of at least 1,250 found before
    counting stopped, or of 1,954 with 30 listed) until the partial note below; both now say 'listed'. A whole
    solution reads as before."""
    tt = tt_of(random_crisp("partial-a", 8, 40))
    for sol in (minimize(tt, "?", max_work=20), minimize(tt, "?", max_models=30)):
        text, n = str(sol), len(sol.models)
        assert sol.partial and 20 < n < sol.n_models
        assert f"... {n - 20:,} more models (M21..M{n}): sol.models, sol.to_frame(), sol.to_dict() (CLI --json) give " \
               "every one listed\n" in text and f"(covU within each model: M1..M20 of {n:,} models listed; " in text
    text = str(minimize(tt, "?", max_models=None))
    assert "give every one\n" in text and "of 1,954 models; all in" in text and " listed" not in text


def test_json_gives_remainders_as_counted_cubes():
    tt = tt_of(random_crisp("json-sa", 12, 40, planted=True))
    sol = minimize(tt, "?")
    d = sol.to_dict(rows_limit=10)
    sa = d["simplifying_assumptions"][sol.models[0].name]
    assert sa["n_rows"] == len(sol.models[0].simplifying_assumptions)
    assert sa["rows"] is None or len(sa["rows"]) <= 10
    assert [c["term"] for c in sa["cubes"]] == list(sol.models[0].terms)


@pytest.mark.parametrize("seed", range(40))
def test_compiled_mmcs_agrees_with_the_python_integer_one(seed):
    from analysis.qca import _compiled
    from analysis.qca._implicants import _minimal_sets, _transversals

    rng = np.random.default_rng(seed)
    k = int(rng.integers(3, 16))
    edges = _minimal_sets([int(x) for x in rng.integers(1, 2 ** k, int(rng.integers(1, 30)))])
    n_first = int(rng.integers(0, 6))
    agree = [int(x) for x in rng.integers(0, 2 ** n_first, k)] if n_first else [0] * k
    ours: list[int] = []
    _transversals(edges, k, agree, (1 << n_first) - 1, ours)
    words = np.array(agree, dtype=np.uint64).reshape(k, 1)
    compiled = _compiled.transversals(np.array(edges, dtype=np.uint64), k, words, n_first, True)
    assert sorted(ours) == sorted(int(x) for x in compiled)


def test_chart_budget_and_easy_counterfactual_cubes(capsys):
    tt = tt_of(random_crisp("partial-a", 8, 40))
    with pytest.raises(QCAComplexityError, match=r"max_chart_cells = 5.*--max-chart-cells"):
        minimize(tt, "?", max_chart_cells=5)
    from analysis.paths import ROOT
    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", dtype={"case": str}).set_index("case")
    sol = minimize(truth_table(lf, "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8), "?", dir_exp="1,1,1,1,1")
    easy = sol.to_dict()["intermediate"]["C1P1"]["easy_counterfactuals"]
    assert easy["n_rows"] == 1 and easy["rows"] == [30] and easy["cubes"]


@pytest.mark.parametrize("seed", range(30))
def test_compiled_cover_kernels_agree_with_the_numpy_ones(seed):
    from analysis.qca import _cover_kernel
    from analysis.qca._cover import (_EPS, _column_components, _column_degrees, _covering_pairs, _initial_multipliers,
                                     _lagrangian, _Sparse, cover_models)

    rng = np.random.default_rng(700 + seed)
    rows, cols = int(rng.integers(2, 120)), int(rng.integers(1, 70))
    sub = rng.random((rows, cols)) < rng.uniform(0.02, 0.3)
    sub[rng.integers(0, rows, cols), np.arange(cols)] = True  # every column has a row
    sub = sub[sub.any(axis=1)]
    sp = _Sparse(sub)
    u = _initial_multipliers(sub)
    budget = int(rng.integers(1, 15))
    optimum = cover_models(sub, 1, max_work=10**6).size
    for compiled in (False, True):  # both valid Lagrangian bounds (their ascents may part on rounding ties)
        lval, mult, reduced = _lagrangian(sp, u, budget, 40, compiled=compiled)
        assert (mult >= 0).all() and np.allclose(reduced, 1 - sub.astype(float) @ mult, atol=1e-12)
        assert abs(lval - (mult.sum() + np.minimum(reduced, 0).sum())) < 1e-9
        assert lval <= optimum + _EPS
    cnt = sub.sum(axis=0)
    subset = sp.cooccurrence() == cnt[:, None]
    np.fill_diagonal(subset, False)
    same = subset & subset.T
    drop = (subset & ~same).any(axis=0) | np.triu(same, 1).any(axis=0)
    assert (_cover_kernel.implied_columns(sub) == drop).all()
    labels, degrees = _cover_kernel.branch_layout(sub)
    assert (labels == _column_components(sp)).all() and (degrees == _column_degrees(sp)).all()
    dense = sub[:, :max(1, cols // 4)]  # few columns: pairs that cover them exist
    dense = dense[dense.any(axis=1)]
    pairs = [(int(i), int(j)) for i in range(dense.shape[0]) for j in range(i + 1, dense.shape[0])
             if (dense[i] | dense[j]).all()]
    for ii, jj in (_cover_kernel.covering_pairs(dense), _covering_pairs(dense)):
        assert list(zip(ii.tolist(), jj.tolist())) == pairs


@pytest.mark.parametrize("seed", range(40))
def test_minimum_covers_are_the_same_when_the_search_runs_compiled(seed, monkeypatch):
    from analysis.qca import _cover

    chart = random_chart(7100 + seed, (10, 60), (5, 25), (0.05, 0.3), repeats=seed % 3 == 0)
    plain = _cover.cover_models(chart, 10_000, max_work=10**6)
    monkeypatch.setattr(_cover, "_COMPILE_AFTER_STEPS", -1)  # compiled kernels from the first node
    compiled = _cover.cover_models(chart, 10_000, max_work=10**6)
    assert compiled == plain


@pytest.mark.parametrize("seed", range(30))
def test_a_child_the_probe_calls_dead_has_no_cover_within_its_budget(seed):
    """probe_children may only skip children that have no cover: checked by the exact search on each child."""
    from analysis.qca import _cover_kernel
    from analysis.qca._cover import _EPS, _initial_multipliers, cover_models

    rng = np.random.default_rng(900 + seed)
    rows, cols = int(rng.integers(4, 60)), int(rng.integers(3, 30))
    sub = rng.random((rows, cols)) < rng.uniform(0.05, 0.3)
    sub[rng.integers(0, rows, cols), np.arange(cols)] = True
    sub = sub[sub.any(axis=1)]
    j = int(np.argmin(sub.sum(axis=0)))
    cand = np.flatnonzero(sub[:, j])
    optimum = cover_models(sub, 1, max_work=10**6).size
    budget = int(rng.integers(max(1, optimum - 1), optimum + 2))
    dead, u_child = _cover_kernel.probe_children(sub, cand, _initial_multipliers(sub), budget - 1, 40, _EPS)
    assert (u_child >= 0).all()
    excluded = np.zeros(sub.shape[0], dtype=bool)
    for t, i in enumerate(cand):
        excluded[i] = True
        child = sub[~excluded][:, ~sub[i]]
        if child.shape[1] == 0:
            assert not dead[t]  # the row alone closes the chart
            continue
        best = cover_models(child, 1, max_work=10**6).size  # None: some column has no row left
        if dead[t]:
            assert best is None or best > budget - 1
    if optimum <= budget:
        assert not dead.all()  # a cover within the budget takes some candidate: that child lives


@pytest.mark.parametrize("seed", range(30))
def test_a_probed_child_ascends_from_its_previous_siblings_multipliers(seed):
    """Each child's multipliers from probe_children are the Lagrangian ascent on that child from the last bounded
    sibling's multipliers (the parent's on columns the sibling had closed; the first child: the parent's). From the
    parent's alone, the exact count of issue10_k12_n180 of benchmarks/ took 2,405,262 steps instead of 2,215,260."""
    from analysis.qca import _cover_kernel
    from analysis.qca._cover import _EPS, _initial_multipliers

    rng = np.random.default_rng(1900 + seed)
    rows, cols = int(rng.integers(8, 60)), int(rng.integers(4, 30))
    sub = rng.random((rows, cols)) < rng.uniform(0.1, 0.3)
    sub[rng.integers(0, rows, cols), np.arange(cols)] = True
    sub = sub[sub.any(axis=1)]
    cand = np.flatnonzero(sub[:, int(np.argmax(sub.sum(axis=0)))])
    u = _initial_multipliers(sub)
    budget = int(rng.integers(2, 6))
    _, u_child = _cover_kernel.probe_children(sub, cand, u, budget, 40, _EPS)
    excluded = np.zeros(sub.shape[0], dtype=bool)
    prev = None
    for t, i in enumerate(cand):
        excluded[i] = True
        open_ = ~sub[i]
        child = sub[~excluded][:, open_]
        child = child[child.any(axis=1)]
        if not open_.any() or not child.any(axis=0).all():
            continue  # not bounded: no cover left to bound, or the row alone closes the chart
        start = u[open_] if prev is None else np.where(prev[open_] >= 0, prev[open_], u[open_])
        ptr, idx = _cover_kernel.row_entries(child)
        _, best_u, _ = _cover_kernel.lagrangian(idx, ptr[:-1], int(open_.sum()), start, budget, 40, _EPS)
        assert np.array_equal(u_child[t][open_], best_u), t
        prev = np.full(sub.shape[1], -1.0)
        prev[open_] = best_u


# ---------------------------------------------------------------- a long search split over joblib workers
def _split_chart(seed: int) -> np.ndarray:
    return random_chart(5300 + seed, (30, 90), (12, 30), (0.06, 0.2), repeats=seed % 3 == 0)


def test_a_search_split_over_workers_finds_the_same_covers(monkeypatch):
    """States left to workers (here from the first step, two threads) come back as the same covers: the same
    count, common rows, size and listed models as the search alone, on 30 random charts (21 of them split)."""
    import joblib

    from analysis.qca import _cover

    alone = [_cover.cover_models(_split_chart(seed), 10_000, max_work=10**6) for seed in range(30)]
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    tasks = []
    search_parts = _cover._search_parts
    monkeypatch.setattr(_cover, "_search_parts", lambda *a: tasks.append(len(a[1])) or search_parts(*a))
    split_seeds = 0
    for seed in range(30):
        monkeypatch.setattr(_cover, "_COMPILE_AFTER_STEPS", -1 if seed % 2 else 800)
        before = len(tasks)
        with joblib.parallel_config(backend="threading", n_jobs=2):
            assert _cover.cover_models(_split_chart(seed), 10_000, max_work=10**6) == alone[seed], seed
        split_seeds += len(tasks) > before
    assert split_seeds >= 20


def test_minimize_with_worker_processes_gives_the_same_solution(monkeypatch):
    """The public path with two loky processes (what `--jobs 2` runs) answers exactly as one process."""
    from analysis.qca import _cover

    tt = tt_of(random_crisp("issue10_k10_n135", 10, 135))
    alone = minimize(tt, "?")
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    split = minimize(tt, "?", n_jobs=2)
    assert (split.n_models, split.partial, split.essential) == (alone.n_models, alone.partial, alone.essential)
    assert [m.terms for m in split.models] == [m.terms for m in alone.models]


def test_a_split_search_runs_on_a_dask_cluster(monkeypatch):
    """Any joblib backend searches the parts: a dask.distributed local cluster gives the same covers. The chart the
    tasks share is not scattered (joblib's Dask backend scattered it to one worker, data Dask cannot recompute, so a
    worker killed while holding it stopped the search: FutureCancelledError) but sent as a task's result
    (_parallel.shared_on_dask, as for sweeps); its future is dropped after the search."""
    import joblib

    from analysis.qca import _cover

    distributed = pytest.importorskip("distributed")
    scattered = []
    scatter = distributed.Client.scatter

    def spied(self, data, *args, **kwargs):
        scattered.extend(type(d).__name__ for d in (data if isinstance(data, list) else [data]))
        return scatter(self, data, *args, **kwargs)

    seeds = [0, 3, 6, 7]  # charts that split
    alone = [_cover.cover_models(_split_chart(seed), 10_000, max_work=10**6) for seed in seeds]
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    monkeypatch.setattr(distributed.Client, "scatter", spied)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cl, \
            distributed.Client(cl), joblib.parallel_config(backend="dask"):
        split = [_cover.cover_models(_split_chart(seed), 10_000, max_work=10**6) for seed in seeds]
        assert joblib.parallel.get_active_backend()[0].data_futures == {}   # dropped with the search
    assert split == alone
    assert scattered == [], scattered


def test_a_split_search_keeps_one_work_budget(monkeypatch):
    """Steps spent by the workers count against the caller's max_work, and the refusal names that budget."""
    import joblib

    from analysis.qca import _cover

    pairs = list(itertools.combinations(range(12), 2))  # K12's edges: 10,395 perfect matchings
    chart = np.zeros((len(pairs), 12), dtype=bool)
    for i, pair in enumerate(pairs):
        chart[i, list(pair)] = True
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    with joblib.parallel_config(backend="threading", n_jobs=2):
        assert _cover.cover_models(chart, 10, max_work=10**6).count == 10_395
        with pytest.raises(QCAComplexityError, match=r"max_work = 60 .*exactly 6 prime implicants$"):
            _cover.cover_models(chart, 10, max_work=60)


def _task_results(how: str):
    """A stand-in for `_parallel.parallel` that runs the tasks here, in order, each taken from the caller's
    generator: 'as_needed' once the results before it are counted (joblib with one worker), 'sent_first' all before
    any result (as joblib sends tasks to idle workers), 'errors_first' likewise, and the results then come as joblib
    gives them when a later task ends (raising) before earlier ones: its error first, the others lost."""
    def parallel(n_jobs, **kwargs):
        def run(jobs):
            if how == "as_needed":
                return (f(*a, **k) for f, a, k in jobs)
            jobs = list(jobs)
            if how == "sent_first":
                return (f(*a, **k) for f, a, k in jobs)
            done = []
            for f, a, k in jobs:
                try:
                    done.append((None, f(*a, **k)))
                except Exception as err:  # noqa: BLE001 -- any task's error, as joblib keeps it
                    done.append((err, None))

            def results():
                for err, _ in done:
                    if err is not None:
                        raise err
                yield from (out for _, out in done)
            return results()
        return run
    return parallel


def test_a_split_count_stopped_at_max_work_does_not_depend_on_which_worker_ends_first(monkeypatch):
    """A count split over workers and stopped at max_work kept the covers of the tasks joblib had handed back when a
    task ran out of budget: joblib raises a task's error as soon as it arrives, before the results of earlier tasks
    still running, so the lower bound depended on which worker ended first (this chart: 17 minimal models taking
    the tasks in order, 2 when a later task ended first, as it did on threads). A task now hands back what it found
    and its steps, counted in task order: the same answer whoever ends first, also with the first task delayed."""
    import threading
    import time

    import joblib

    from analysis.qca import _cover, _parallel

    chart = _split_chart(23)
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    monkeypatch.setattr(_parallel, "parallel", _task_results("sent_first"))
    in_order = _cover.cover_models(chart, 10, max_work=60, n_jobs=2, count_partial=True)
    assert in_order.stopped and in_order.count > 1
    monkeypatch.setattr(_parallel, "parallel", _task_results("errors_first"))
    assert _cover.cover_models(chart, 10, max_work=60, n_jobs=2, count_partial=True) == in_order
    monkeypatch.undo()
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    search_parts, started = _cover._search_parts, threading.Event()

    def first_task_late(*args):
        if not started.is_set():
            started.set()
            time.sleep(0.5)  # the first task's worker held up (a loaded machine)
        return search_parts(*args)
    monkeypatch.setattr(_cover, "_search_parts", first_task_late)
    with joblib.parallel_config(backend="threading", n_jobs=2):
        assert _cover.cover_models(chart, 10, max_work=60, count_partial=True) == in_order
    assert started.is_set()


def test_a_split_count_stopped_at_max_work_does_not_depend_on_when_joblib_takes_each_task(monkeypatch):
    """Each task's budget was max_work less the steps counted when joblib took the task from its generator, which it
    does while results come back and are counted: a task taken later had less budget and found fewer covers before
    it stopped (this chart: 128 minimal models with each task taken once the results before it were counted, as
    joblib does with one worker, 200 with every task taken first, as idle workers take them). Every task now starts
    from the steps the search had taken when it split."""
    import joblib

    from analysis.qca import _cover, _parallel

    chart = _split_chart(27)
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    answers = []
    for how in ("as_needed", "sent_first"):
        monkeypatch.setattr(_parallel, "parallel", _task_results(how))
        answers.append(_cover.cover_models(chart, 10, max_work=60, n_jobs=2, count_partial=True))
    assert answers[0].stopped and answers[0].count > 1
    assert answers[1] == answers[0]
    monkeypatch.undo()
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    with joblib.parallel_config(backend="threading", n_jobs=2):
        assert _cover.cover_models(chart, 10, max_work=60, count_partial=True) == answers[0]


def test_a_count_stopped_at_max_work_is_the_same_for_every_n_jobs(monkeypatch):
    """A long count was split into parts only with more than one worker, and into 32 tasks per worker, so a count
    stopped at max_work found other covers with n_jobs=1, 2 or 3 (K12's edges at max_work = 200: at least 720, 186
    and 174 minimal models), and n_jobs=-1 answered differently on machines with other numbers of cores. The count
    is now split into the same _SPLIT_TASKS tasks for every n_jobs (with one, searched in this process): the same
    answer, byte for byte on the public path (a draw of the benchmark, its count stopped at two budgets)."""
    from pathlib import Path

    import joblib

    from analysis.qca import _cover

    pairs = list(itertools.combinations(range(12), 2))
    chart = np.zeros((len(pairs), 12), dtype=bool)
    for i, pair in enumerate(pairs):
        chart[i, list(pair)] = True
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    one = _cover.cover_models(chart, 10, max_work=200, n_jobs=1, count_partial=True)
    assert one.stopped and 1 < one.count < 10_395
    for n_jobs in (2, 3):
        with joblib.parallel_config(backend="threading", n_jobs=n_jobs):
            assert _cover.cover_models(chart, 10, max_work=200, count_partial=True) == one, n_jobs
    draw = Path(__file__).resolve().parents[1] / "benchmarks/data/issue10_k12_n090.csv"
    tt = tt_of(pd.read_csv(draw, index_col="case"))
    for max_work in (60, 200):
        sols = [minimize(tt, "?", max_work=max_work, n_jobs=n_jobs) for n_jobs in (1, 2, -1)]
        assert not sols[0].n_models_exact
        answers = [json.dumps(sol.to_dict(), allow_nan=False) for sol in sols]
        assert answers[1] == answers[0] and answers[2] == answers[0], max_work


def _chart_of_draw(monkeypatch, name: str):
    """The prime implicant chart minimize(..., '?') hands the cover search for benchmarks/data/NAME.csv (caught
    where minimize calls cover_models; the patch is undone)."""
    import sys
    from pathlib import Path

    class Chart(Exception):
        pass

    def chart_of(chart, *args, **kwargs):
        raise Chart(chart)
    monkeypatch.setattr(sys.modules["analysis.qca.minimize"], "cover_models", chart_of)
    draw = Path(__file__).resolve().parents[1] / f"benchmarks/data/{name}.csv"
    with pytest.raises(Chart) as got:
        minimize(tt_of(pd.read_csv(draw, index_col="case")), "?")
    monkeypatch.undo()
    return got.value.args[0]


def test_a_split_count_stopped_at_max_work_keeps_the_bound_of_the_search_alone(monkeypatch):
    """A count split into tasks spent most of max_work before any task ran, and the tasks counted then held parts
    from all over the tree: the split search bounded every child it left as a part (25,616 steps on issue10_k12_n180
    of benchmarks/), and parts were dealt round-robin, so no task finished a subtree. At the default max_work the
    draw's lower bound fell from 685,483 minimal models (the search alone) to 105,565. Parts are now bounded in their
    tasks and dealt in search order: at the default max_work the bound is at least that of the search alone. Not at
    every budget: a state recurring in two tasks is searched in each (about 1 % more steps), so at 30,000, 35,000 and
    60,000 steps the split bound was 32, 1,202 and 18 models below the search alone's (80,257, 80,289 and 105,495
    against 80,289, 81,491 and 105,513; round 58): each a true lower bound. (That a count stopped inside its tasks is
    the same for every number of workers is test_a_count_stopped_at_max_work_is_the_same_for_every_n_jobs's check;
    this test ran it here too, with two threads, until round 59: 31.3 s of CPU then, 14.5 s without.)"""
    from analysis.qca import _cover
    chart = _chart_of_draw(monkeypatch, "issue10_k12_n180")
    monkeypatch.setattr(_cover, "_has_cover_without", lambda *args: None)  # the common rows: not checked here
    split = _cover.cover_models(chart, 10, count_partial=True)
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 10**12)  # never split
    alone = _cover.cover_models(chart, 10, count_partial=True)
    assert split.stopped and alone.stopped and split.size == alone.size
    assert split.count >= alone.count, (split.count, alone.count)


def test_the_tasks_of_a_split_count_are_even_enough_for_four_workers(monkeypatch):
    """Parts dealt in search order lie side by side in the tree, and neighbouring parts are alike in size: in 64
    tasks the largest held 30 % of the tasks' steps on issue10_k12_n135 of benchmarks/ (four workers or more ended
    the tasks at most 1.8 times sooner than one) and 41 % on the exact count of issue10_k12_n180. In 256 tasks no
    task holds a fifth of them."""
    from analysis.qca import _cover
    chart = _chart_of_draw(monkeypatch, "issue10_k12_n135")
    steps, search_parts = [], _cover._search_parts

    def counted(*args):
        out = search_parts(*args)
        steps.append(out[1])
        return out
    monkeypatch.setattr(_cover, "_search_parts", counted)
    _cover.cover_models(chart, 10)
    assert len(steps) == _cover._SPLIT_TASKS
    assert max(steps) < sum(steps) / 5, (max(steps), sum(steps))


def test_bad_worker_counts_are_input_errors(tmp_path, capsys):
    tt = tt_of(random_crisp("partial-a", 8, 40))
    for bad in (0, 1.5, True, "2"):
        with pytest.raises(Exception, match="n_jobs must be None or a whole number other than 0"):
            minimize(tt, "?", n_jobs=bad)
    path = tmp_path / "d.csv"
    random_crisp("partial-a", 8, 40).to_csv(path, index_label="case")
    code = main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--jobs", "0"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and "--jobs" in err and len(err.strip().splitlines()) == 1
    assert main(["minimize", str(path), "--outcome", "Y", "--include", "?", "--jobs", "2"]) == 0


@pytest.mark.parametrize("name, k, n", [("sa-bits-a", 8, 40), ("sa-bits-b", 10, 60), ("issue10_k09_n045", 9, 45)])
def test_simplifying_assumptions_counted_as_bits_agree_with_inclusion_exclusion(name, k, n, monkeypatch):
    """Each model's remainders: the bitset count and listing (small tables) equal the inclusion-exclusion count
    and the expansion they replace."""
    from analysis.qca import _remainders

    sol = minimize(tt_of(random_crisp(name, k, n)), "?", max_models=200)
    tt = sol.truth_table
    models = sol.models
    assert len(models) > 1
    as_bits = [_remainders.Remainders(tt, m.implicants, 1 << 20).to_dict(10**6) for m in models]
    monkeypatch.setattr(_remainders, "_BITSET_MAX", 0)
    counted = [_remainders.Remainders(tt, m.implicants, 1 << 20).to_dict(10**6) for m in models]
    assert as_bits == counted
    assert any(d["n_rows"] for d in as_bits)


def test_the_steps_a_search_takes_do_not_depend_on_the_clock(monkeypatch):
    """Whether a search is answered or refused (max_work) must not depend on the machine's speed or load: the
    compiled kernels and the split for workers switch on after a number of steps, not of CPU seconds (with
    seconds, the same problem took 85,111-85,113 steps from run to run). A clock running 1000x fast changes
    nothing, and the budget of exactly the steps taken answers while one step less refuses."""
    import time as _time

    from analysis.qca import _cover

    rng = np.random.default_rng(1)
    chart = rng.random((250, 50)) < 0.06
    chart[rng.integers(0, 250, 50), np.arange(50)] = True
    searches = []
    init = _cover._CoverSearch.__init__
    monkeypatch.setattr(_cover._CoverSearch, "__init__",
                        lambda self, *a, **k: (init(self, *a, **k), searches.append(self))[0])
    first = _cover.cover_models(chart, 10, max_work=10**7)
    steps = searches[-1].work
    assert steps > _cover._COMPILE_AFTER_STEPS and searches[-1].compiled  # the run crosses the switch
    real = _time.process_time
    monkeypatch.setattr(_time, "process_time", lambda: 1000 * real())
    assert _cover.cover_models(chart, 10, max_work=10**7) == first and searches[-1].work == steps
    assert _cover.cover_models(chart, 10, max_work=steps).count == first.count
    with pytest.raises(QCAComplexityError, match="max_work"):
        _cover.cover_models(chart, 10, max_work=steps - 1)


def test_the_open_world_prime_implicant_search_is_bounded_by_max_work():
    """Nothing bounded the open-world prime implicant search but the number of implicants found: 100,000 cases of
    20 crisp conditions (41,673 positive and 53,703 negative configurations) ran 14 minutes without a refusal.
    It is refused before it starts when it would compare more than max_work x 1,000 pairs, naming the budget."""
    from analysis.qca._implicants import open_world_steps

    rng = np.random.default_rng(3)
    df = pd.DataFrame(rng.integers(0, 2, size=(4000, 16)), columns=[f"C{i}" for i in range(16)])
    df["Y"] = rng.integers(0, 2, 4000)
    tt = truth_table(df, "Y", incl_cut=1.0)
    n_on, n_off = int((tt.rows["OUT"] == "1").sum()), int((tt.rows["OUT"] == "0").sum())
    steps = open_world_steps(n_on, n_off)
    assert steps > 1_000
    with pytest.raises(QCAComplexityError, match=rf"would compare {n_on:,} positive with {n_off:,} negative "
                                                 rf"configurations \({steps:,} steps of 1,000 comparisons\), more than "
                                                 r"max_work = 1,000 steps; raise max_work \(CLI: --max-work\)"):
        minimize(tt, include="?", max_work=1_000, pi_bound=False)


def test_find_rows_partial_refusal_says_the_cli_has_no_models_flag(tmp_path, capsys):
    """find-rows on a partial parsimonious solution told CLI users to 'name the models to use (models=['M1'])', a
    Python argument find-rows has no flag for; the message now says it is the API's and that the CLI uses every
    model, beside the --max-models flag to raise."""
    path = tmp_path / "d.csv"
    random_crisp("partial-a", 8, 40).to_csv(path, index_label="case")
    code = main(["find-rows", str(path), "--outcome", "Y", "--type", "all", "--max-models", "3"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "--max-models" in err and "API: models=['M1']; the CLI's find-rows uses every model" in err


def test_a_split_search_runs_on_a_backend_without_generators(monkeypatch):
    """joblib's 'multiprocessing' backend (and backends built on it, such as Ray's) cannot return results as a
    generator: the split search asked for one and failed with joblib's 'Backend ... does not support
    return_as=generator'. It now takes the results as a list on such a backend: the same covers."""
    import joblib

    from analysis.qca import _cover

    seeds = [0, 3]  # charts that split
    alone = [_cover.cover_models(_split_chart(seed), 10_000, max_work=10**6) for seed in seeds]
    monkeypatch.setattr(_cover, "_SPLIT_AFTER_STEPS", 0)
    with joblib.parallel_config(backend="multiprocessing", n_jobs=2):
        split = [_cover.cover_models(_split_chart(seed), 10_000, max_work=10**6) for seed in seeds]
    assert split == alone


def _random_on_off(k: int, n: int, seed: int):
    rng = np.random.default_rng(seed)
    x, y = rng.integers(0, 2, size=(n, k)), rng.integers(0, 2, size=n)
    on, off = np.unique(x[y == 1], axis=0), np.unique(x[y == 0], axis=0)
    return np.array([r for r in on if not (off == r).all(axis=1).any()]), off


def test_a_prime_implicant_search_past_the_work_budget_is_refused_by_it():
    """Random crisp data of 30 conditions: one positive row alone has millions of prime implicants. max_work
    bounded only the comparisons of positive with negative rows, so minimize(include='?') listed prime implicants
    until max_implicants (5 million: 62 s for 10,000 cases, CLI) and refused naming that budget. The implicants
    listed count against max_work (a word of their row's edges each, 128 words to a step), and the search stops
    when the budget is spent."""
    rng = np.random.default_rng(30)
    df = pd.DataFrame(rng.integers(0, 2, size=(3000, 31)), columns=[f"C{j:02d}" for j in range(1, 31)] + ["Y"])
    tt = truth_table(df, "Y")
    with pytest.raises(QCAComplexityError, match=r"the prime implicant search takes more than max_work = 20,000 "
                                                 r"steps \(more than [\d,]+ prime implicants listed"):
        minimize(tt, include="?", max_work=20_000, max_implicants=1_000_000, pi_bound=False)


def test_transversals_stop_past_their_limit_and_the_python_search_hands_over_to_the_compiled_one(monkeypatch):
    """The compiled MMCS ends once more than `stop` transversals are counted (None); the one on Python integers
    raises _Stopped. A row whose Python search passes its time hands the row to the compiled twin: the same prime
    implicants as when every row is searched where the time allows (20 conditions: a row of 4,667)."""
    from analysis.qca import _compiled, _implicants as imp

    on, off = _random_on_off(20, 300, 5)
    own, masks = imp._open_world(on, off, True, 10**8)
    row = int(np.bincount(own).argmax())
    d = [int(v) for v in np.unique((off @ (1 << np.arange(20))) ^ int(on[row] @ (1 << np.arange(20))))]
    edges = imp._minimal_sets(d)
    agree = np.zeros((20, 1), dtype=np.uint64)
    assert len(_compiled.transversals(np.array(edges, dtype=np.uint64), 20, agree, 0, True)) > 4096
    assert _compiled.transversals(np.array(edges, dtype=np.uint64), 20, agree, 0, True, stop=4096) is None
    with pytest.raises(imp._Stopped):
        imp._transversals(edges, 20, [0] * 20, 0, [], stop=100)
    monkeypatch.setattr(imp, "_COMPILE_AFTER", -1e9)  # every Python search is past its time at once
    own2, masks2 = imp._open_world(on, off, True, 10**8)
    assert sorted(zip(own.tolist(), masks.tolist())) == sorted(zip(own2.tolist(), masks2.tolist()))


def test_minimal_sets_np_sorts_its_levels_not_every_set(monkeypatch):
    """The open-world search takes, for each positive row, the minimal differences from the negative rows: these
    were all sorted first (8,044 differences for each of 8,303 positive rows on 14 conditions x 100,000 cases),
    half of the search's time, though only the few minimal ones are listed. The same sets, in the same order
    (fewest members first, then by value), as the plain definition, repeats too."""
    from analysis.qca import _implicants as imp

    rng = np.random.default_rng(7)
    for _ in range(200):
        k, n = int(rng.integers(1, 30)), int(rng.integers(1, 2000))
        bits = rng.integers(0, 2, (n, k)) * (rng.random((n, k)) < rng.random())
        e = bits.astype(np.int64) @ (np.int64(1) << np.arange(k, dtype=np.int64))
        e = np.concatenate([e, e[: n // 3]])   # repeats, as multi-value differences can give
        assert imp._minimal_sets_np(e) == imp._minimal_sets(e.tolist())
    sizes = []
    sort = imp.sorted_unique
    monkeypatch.setattr(imp, "sorted_unique", lambda a: sizes.append(np.size(a)) or sort(a))
    e = rng.integers(1, 2 ** 14, 8000)
    assert imp._minimal_sets_np(e) == imp._minimal_sets(e.tolist())
    assert max(sizes) < 1000, sizes


def test_the_compiled_search_reads_each_row_s_agreement_from_packed_value_rows(monkeypatch):
    """Each positive row's agreement with the rows before it (one bitset a condition, for the compiled MMCS) was
    computed by comparing the row with every earlier row on every condition and packing the result: rows^2 x
    conditions / 2 values (4.8e8 at 8,303 positive rows of 14 conditions, 100,000 cases). It is now cut from each
    condition's value's rows packed once: the same prime implicants as the search on Python integers, and packing
    about conditions x values x rows values in all. Multi-value rows too."""
    from analysis.qca import _implicants as imp

    rng = np.random.default_rng(11)
    for on, off, binary in [(*_random_on_off(12, 1500, 4), True),
                            (np.unique(rng.integers(0, 3, (400, 6)), axis=0)[::2],
                             np.unique(rng.integers(0, 3, (400, 6)), axis=0)[1::2], False)]:
        monkeypatch.setattr(imp, "_COMPILE_AFTER", 1e9)       # every row on Python integers
        python = imp._open_world(on, off, binary, 10**8)
        packed = []
        packbits = np.packbits
        monkeypatch.setattr(imp.np, "packbits", lambda a, *args, **kw: packed.append(np.size(a)) or
                            packbits(a, *args, **kw))
        monkeypatch.setattr(imp, "_COMPILE_AFTER", -1e9)      # every row compiled
        compiled = imp._open_world(on, off, binary, 10**8)
        monkeypatch.setattr(imp.np, "packbits", packbits)
        assert sorted(zip(*(x.tolist() for x in python))) == sorted(zip(*(x.tolist() for x in compiled)))
        m, k = on.shape
        assert len(on) > 100 and sum(packed) <= k * (int(on.max()) + 1) * m, (sum(packed), m, k)


def test_the_terms_of_a_large_chart_are_written_as_format_term_writes_them_within_a_cpu_budget():
    """Solution.to_dict() writes every prime implicant of a chart it includes (k40_n40: 165,543 terms): one
    format_term call a term, each checking its arguments, took 4.6 of --json's 6.6 s of CPU; the engine's arrays
    are written by expressions.terms_text, whose text must be format_term's, term for term (crisp, multi-value,
    the empty term '1')."""
    import time as _time
    from analysis.qca.expressions import format_term, terms_text, true_positions
    rng = np.random.default_rng(7)
    names = [f"C{i:02d}" for i in range(40)]
    for top, mv in ((2, False), (4, True)):
        imp = rng.integers(0, top + 1, size=(300, 40)) * (rng.random((300, 40)) < 0.1)
        imp[0] = 0
        assert terms_text(imp, names, mv) == [format_term(t, names, mv) for t in imp]
    assert terms_text(np.zeros((0, 40), dtype=np.int64), names, False) == []
    assert format_term([], []) == "1" and terms_text(np.zeros((2, 0), dtype=np.int64), [], False) == ["1", "1"]
    chart = rng.random((50, 9)) < 0.3
    assert true_positions(chart) == [np.flatnonzero(r).tolist() for r in chart]
    big = rng.integers(0, 3, size=(100_000, 40)) * (rng.random((100_000, 40)) < 0.1)
    start = _time.process_time()   # CPU time, not wall (a loaded machine); the per-term checks took about 2.5 s
    texts = terms_text(big, names, False)
    assert _time.process_time() - start < 1.0
    assert texts[17] == format_term(big[17], names)
