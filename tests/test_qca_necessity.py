"""Necessity analysis against R QCA 3.25 (LF_necessity.json, LC_necessity.json), against brute force,
and its error messages."""
from __future__ import annotations

import itertools
import json

import numpy as np
import pandas as pd
import pytest

from analysis.paths import DATASETS, R_QCA
from analysis.qca.errors import QCAComplexityError, QCAInputError
from analysis.qca.necessity import necessity, super_subset

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def _ref(name):
    return json.loads((R_QCA / f"{name}.json").read_text(encoding="utf-8"))


def _data(name):
    return pd.read_csv(DATASETS / f"{name}.csv", index_col="case")


def _rows_by_label(rows, key):
    return {r[key]: r for r in rows}


@pytest.mark.parametrize("dataset", ["LF", "LC"])
def test_pofind_matches_r(dataset):
    ref = _ref(f"{dataset}_necessity")["results"]["pofind_each_condition_and_negation"]["rows"]
    ours = necessity(_data(dataset), "SURV", CONDS).to_frame()
    assert ours["condition"].tolist() == [r["condition"] for r in ref]          # same rows, same order
    for (_, o), r in zip(ours.iterrows(), ref):
        for col in ("inclN", "RoN", "covN"):
            assert o[col] == pytest.approx(r[col], abs=5e-4), (r["condition"], col)


@pytest.mark.parametrize("which", ["pof_conditions", "pof_negated_conditions"])
def test_pof_matches_r(which):
    ref = _ref("LF_necessity")["results"][which]["rows"]
    ours = _rows_by_label(necessity(_data("LF"), "SURV", CONDS).to_dict()["rows"], "condition")
    for r in ref:
        for col in ("inclN", "RoN", "covN"):
            assert ours[r["condition"]][col] == pytest.approx(r[col], abs=5e-4), (r["condition"], col)


def test_super_subset_matches_r_exactly():
    ref = _ref("LF_necessity")["results"]["superSubset_incl0.9_cov0.6"]["rows"]
    ours = super_subset(_data("LF"), "SURV", CONDS, relation="necessity", incl_cut=0.9, cov_cut=0.6).to_frame()
    assert ours["expression"].tolist() == [r["expression"] for r in ref]        # same set, same order
    for (_, o), r in zip(ours.iterrows(), ref):
        for col in ("inclN", "RoN", "covN"):
            assert o[col] == pytest.approx(r[col], abs=5e-4), (r["expression"], col)


# ---------------------------------------------------------------- brute force
def _literal_sets(df, conds):
    out = {}
    for c in conds:
        out[c] = df[c].to_numpy(float)
        out["~" + c] = 1 - df[c].to_numpy(float)
    return out


def test_super_subset_necessity_against_exhaustive_enumeration():
    """Every passing conjunction is listed; every listed disjunction passes and is minimal; no minimal
    passing disjunction is missed (checked over all 3^5 − 1 literal combinations)."""
    df = _data("LF")
    y = df["SURV"].to_numpy(float)
    lits = _literal_sets(df, CONDS)
    res = super_subset(df, "SURV", CONDS, incl_cut=0.85, cov_cut=0.5)
    listed = set(res.expressions)

    def fit(m):
        both = np.minimum(m, y).sum()
        return both / y.sum(), both / m.sum()

    passing_conj, passing_disj = [], []
    for size in range(1, 6):
        for conds in itertools.combinations(CONDS, size):
            for signs in itertools.product(["", "~"], repeat=size):
                names = [s + c for s, c in zip(signs, conds)]
                stack = np.array([lits[n] for n in names])
                i, c = fit(stack.min(axis=0))
                if i >= 0.85 and c >= 0.5:
                    passing_conj.append(names)
                if size >= 2:
                    i, c = fit(stack.max(axis=0))
                    if i >= 0.85 and c >= 0.5:
                        passing_disj.append(frozenset(names))
    assert {"*".join(n) for n in passing_conj} <= listed
    conj_lits = {lit for n in passing_conj for lit in n}
    minimal = {d for d in passing_disj
               if not d & conj_lits and not any(o < d for o in passing_disj if not o & conj_lits)}
    expected = {" + ".join(sorted(d, key=lambda s: CONDS.index(s.lstrip("~")))) for d in minimal}
    assert listed - {"*".join(n) for n in passing_conj} == expected


def test_negated_outcome_is_the_outcome_negated():
    df = _data("LF")
    flipped = df.assign(SURV=1 - df["SURV"])
    a = necessity(df, "~SURV", CONDS).to_frame()
    b = necessity(flipped, "SURV", CONDS).to_frame()
    pd.testing.assert_frame_equal(a, b)
    assert super_subset(df, "~SURV", CONDS, incl_cut=0.9, cov_cut=0.6).expressions == \
        super_subset(flipped, "SURV", CONDS, incl_cut=0.9, cov_cut=0.6).expressions


def test_benchmark_flags_necessary_literals():
    res = necessity(_data("LF"), "SURV", CONDS, benchmark=0.9)
    assert res.necessary == ["LIT", "STB"]
    assert necessity(_data("LF"), "SURV", CONDS, benchmark=0.95).necessary == ["LIT"]


def test_multivalue_literals_use_brackets():
    res = necessity(_data("LM"), "SURV", CONDS).to_frame()
    assert res["condition"].tolist()[:4] == ["DEV[0]", "DEV[1]", "DEV[2]", "URB[0]"]
    # DEV[2] in LM equals DEV in LC restricted to level 2: inclN = share of surviving cases with DEV = 2
    lm = _data("LM")
    expected = ((lm["DEV"] == 2) & (lm["SURV"] == 1)).sum() / lm["SURV"].sum()
    assert res.loc[res["condition"] == "DEV[2]", "inclN"].item() == pytest.approx(expected)


def test_sufficiency_keeps_only_minimal_conjunctions():
    res = super_subset(_data("LC"), "SURV", CONDS, relation="sufficiency", incl_cut=1.0)
    exprs = [set(e.split("*")) for e in res.expressions]
    assert exprs and all(not a < b for a in exprs for b in exprs)
    lc = _data("LC")
    for e in res.expressions:
        m = np.min([lc[c] if not c.startswith("~") else 1 - lc[c[1:]] for c in e.split("*")], axis=0)
        assert np.all(m <= lc["SURV"])                       # crisp: every member case has the outcome


def test_depth_limits_the_number_of_literals():
    res = super_subset(_data("LF"), "SURV", CONDS, incl_cut=0.9, cov_cut=0.6, depth=2)
    assert "DEV + URB + IND" not in res.expressions and "LIT*STB" in res.expressions


def test_results_print_and_serialise():
    res = super_subset(_data("LF"), "SURV", CONDS, incl_cut=0.9, cov_cut=0.6)
    text = str(res)
    assert "DEV + URB + IND" in text and "0.903" in text
    d = res.to_dict()
    json.dumps(d)
    assert d["rows"][0]["expression"] == "LIT"
    nec = necessity(_data("LC"), "SURV", CONDS)
    assert "~DEV" in str(nec) and json.dumps(nec.to_dict())
    assert list(res.memberships.columns) == res.expressions


# ---------------------------------------------------------------- errors
def test_bad_arguments_raise_clear_errors():
    df = _data("LF")
    with pytest.raises(QCAInputError, match="relation"):
        super_subset(df, "SURV", relation="sufficent")
    with pytest.raises(QCAInputError, match="incl_cut"):
        super_subset(df, "SURV", incl_cut=1.5)
    with pytest.raises(QCAInputError, match="depth"):
        super_subset(df, "SURV", depth=0)
    with pytest.raises(QCAInputError, match="benchmark"):
        necessity(df, "SURV", benchmark="high")
    with pytest.raises(QCAInputError, match="not a column"):
        necessity(df, "SURVIVAL")
    with pytest.raises(QCAInputError, match="missing"):
        necessity(df.assign(DEV=np.where(np.arange(len(df)) == 0, np.nan, df["DEV"])), "SURV")


def test_complexity_guard(monkeypatch):
    import importlib

    nec = importlib.import_module("analysis.qca.necessity")  # the package re-exports a function of that name
    monkeypatch.setattr(nec, "MAX_CANDIDATES", 10)
    with pytest.raises(QCAComplexityError, match="smaller depth"):
        super_subset(_data("LF"), "SURV")


def test_super_subset_candidate_budget_is_an_argument_and_a_flag(capsys):
    """The budget of candidate expressions (2,000,000, minutes of work at 100,000 cases) was a module constant: no
    argument or CLI flag could lower or raise it, and the refusal named neither. super_subset(max_candidates=) and
    --max-candidates set it; the refusal names the size met, the budget and the flag (one error line, exit 2)."""
    from analysis.paths import DATASETS as data_dir
    from analysis.qca.cli import main

    lf = _data("LF")                                    # 5 crisp conditions: 3^5 - 1 = 242 candidates
    with pytest.raises(QCAComplexityError, match=r"242 candidate expressions .* exceed max_candidates = 241; .*"
                                                 r"raise max_candidates \(CLI: --max-candidates\)"):
        super_subset(lf, "SURV", max_candidates=241)
    assert super_subset(lf, "SURV", incl_cut=0.9, max_candidates=242).expressions == \
        super_subset(lf, "SURV", incl_cut=0.9).expressions
    with pytest.raises(QCAInputError, match="max_candidates must be a positive whole number"):
        super_subset(lf, "SURV", max_candidates=0)
    code = main(["super-subset", str(data_dir / "LF.csv"), "--outcome", "SURV", "--case-column", "case",
                 "--max-candidates", "100"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith("error: 242 candidate expressions") and "--max-candidates 100" in err[0] \
        and "raise --max-candidates" in err[0] and "--depth 3" in err[0], err


def test_super_subset_applies_pri_and_ron_cuts_after_the_search_as_r_does():
    """R's superSubset searches on incl.cut and cov.cut, then drops rows below pri.cut / ron.cut: a dropped
    expression still passed the search, so its supersets are not searched in its place. Here ~C1 passes
    incl and cov but has PRI 0.571: with pri_cut 0.6 it goes, and C0*~C1 must not come in (it did)."""
    df = pd.DataFrame({"C0": [0.9, 0.3, 0.6, 1.0, 0.3, 0.0, 0.7, 0.8],
                       "C1": [0.2, 0.4, 0.3, 0.5, 1.0, 0.1, 0.8, 1.0],
                       "Y": [0.4, 0.9, 0.7, 0.8, 1.0, 0.5, 0.1, 1.0]})
    loose = super_subset(df, "Y", relation="sufficiency", incl_cut=0.75, cov_cut=0.3)
    assert loose.expressions == ["C1", "~C0", "~C1"]
    assert loose.to_frame().set_index("expression").loc["~C1", "PRI"] == pytest.approx(4 / 7)
    strict = super_subset(df, "Y", relation="sufficiency", incl_cut=0.75, cov_cut=0.3, pri_cut=0.6)
    assert strict.expressions == ["C1", "~C0"]
    # in general: the result with a second cut is the result without it, filtered
    rng = np.random.default_rng(7)
    for _ in range(60):
        d = pd.DataFrame(rng.integers(0, 11, size=(12, 4)) / 10, columns=["A", "B", "C", "Y"])
        for relation, cut, col, kw in (("sufficiency", 0.6, "PRI", "pri_cut"), ("necessity", 0.6, "RoN", "ron_cut")):
            base = super_subset(d, "Y", relation=relation, incl_cut=0.7, cov_cut=0.3).to_frame()
            kept = base.loc[base[col] >= cut - 1e-9, "expression"].tolist()
            assert super_subset(d, "Y", relation=relation, incl_cut=0.7, cov_cut=0.3, **{kw: cut}).expressions == kept


def test_super_subset_zero_second_cut_keeps_undefined_pri_and_ron():
    """pri_cut = 0 / ron_cut = 0 (the defaults) filter nothing, as pri_cut = 0 in truth_table(): an expression whose
    PRI or RoN is 0/0 passed the search and must be listed (it was dropped because NaN >= 0 is False)."""
    # ~A: X = (0.2, 0.2, 0), Y = (0.2, 0.2, 0.8): inclS = 1, PRI = 0/0
    df = pd.DataFrame({"A": [0.8, 0.8, 1.0], "B": [0.0, 0.8, 0.8], "Y": [0.2, 0.2, 0.8]})
    res = super_subset(df, "Y", ["A", "B"], "sufficiency", incl_cut=1.0)
    assert "~A" in res.expressions
    assert np.isnan(res.table.set_index("expression").loc["~A", "PRI"])
    assert "~A" not in super_subset(df, "Y", ["A", "B"], "sufficiency", incl_cut=1.0, pri_cut=0.1).expressions
    # A and B hold every case, Y too: inclN = 1, RoN = 0/0
    df = pd.DataFrame({"A": [1.0, 1.0, 1.0], "B": [1.0, 1.0, 1.0], "C": [0.0, 1.0, 0.0], "Y": [1.0, 1.0, 1.0]})
    nec = super_subset(df, "Y", ["A", "B", "C"], "necessity", incl_cut=1.0, depth=1)
    assert {"A", "B"} <= set(nec.expressions)


def test_super_subset_takes_one_literal_per_condition_as_r_does():
    """R's superSubset searches the rows of the implicant matrix (each condition absent or at one value), so a union
    of levels of one multi-value condition is never a candidate. Documented (super_subset's docstring, README), not
    changed: on LM, DEV[1] + DEV[2] is necessary (inclN 1, covN 0.8, as pof shows) and not listed, while
    DEV[1] + IND[1], with one literal per condition, is."""
    from analysis.qca import pof

    lm = _data("LM")
    res = super_subset(lm, "SURV", CONDS, incl_cut=0.9, cov_cut=0.5)
    assert "DEV[1] + IND[1]" in res.expressions
    assert not any(e.count("DEV[") > 1 for e in res.expressions)
    fit = pof("DEV[1] + DEV[2]", lm, "SURV", relation="necessity").to_frame().set_index("term").loc["expression"]
    assert fit["inclN"] == 1 and fit["covN"] >= 0.5
    assert "DEV[1] + DEV[2]" in super_subset.__doc__


# ---------------------------------------------------------------- the search for minimal passing combinations
def _synthetic_search(n_literals: int, start_size: int, passes, skip=None, depth: int = 4):
    """_minimal_passing over literals 0..n-1 (each its own condition) with a made-up test of passing."""
    from analysis.qca.necessity import _minimal_passing

    evaluated = []

    def judge(combo, state):
        evaluated.append(combo)
        return passes(combo), None

    found = [c for c, _ in _minimal_passing(list(range(n_literals)), start_size, depth, lambda state, i, level: None,
                                            judge, skip)]
    return found, evaluated


@pytest.mark.parametrize("start_size, with_skip", [(1, False), (2, False), (1, True), (2, True)])
def test_minimal_passing_is_the_definition(start_size, with_skip):
    """The search lists exactly the passing combinations (of start_size to depth literals, not skipped) that hold
    no other passing one, smallest first, and evaluates no combination that holds a passing one."""
    import zlib

    n, depth = 11, 5

    def passes(c):
        return zlib.crc32(repr(c).encode()) % (3 + len(c)) == 0

    def skip(c):
        return with_skip and 7 in c
    found, evaluated = _synthetic_search(n, start_size, passes, skip, depth)
    candidates = [c for size in range(start_size, depth + 1) for c in itertools.combinations(range(n), size)
                  if not skip(c)]
    passing = [c for c in candidates if passes(c)]
    minimal = [c for c in passing if not any(set(p) < set(c) for p in passing)]
    assert [len(c) for c in found] == sorted(len(c) for c in found)
    assert sorted(found) == sorted(minimal)
    assert not [c for c in evaluated if any(set(p) < set(c) for p in passing)]
    assert len(evaluated) == len(set(evaluated))


def test_minimal_passing_is_not_quadratic_in_the_passing_combinations():
    """Each candidate is checked by looking up its sub-combinations, not compared with every passing combination:
    120 literals where half the pairs pass (3,572 of them) and 42,000 triples are evaluated took 10.9 s when every
    candidate was compared with every passing pair (13 conditions of super_subset ran past 200 s so), 0.15 s now."""
    import time
    import zlib

    t0 = time.perf_counter()
    found, evaluated = _synthetic_search(120, 1, lambda c: len(c) == 2 and zlib.crc32(repr(c).encode()) % 2 == 0,
                                         depth=3)
    elapsed = time.perf_counter() - t0
    assert (len(found), len(evaluated)) == (3572, 41994)
    assert elapsed < 3.0, f"{elapsed:.1f} s"


def test_fit_results_repr_is_one_line_and_jupyter_shows_the_table():
    """necessity(), super_subset(), pof()/pofind(), theory_evaluation() and cluster_diagnostics() results had
    repr() = str(): the whole table (10-30 lines, 350-1,000 characters) in a log line, in a list of results or in
    the dict cluster_diagnostics returns, where TruthTable, Solution, ConfigurationChart and RobustnessProtocol give a
    one-line summary. repr() is now that summary (the class, what was tested and the headline result); Jupyter
    (IPython's pretty) still shows the table, as print() does."""
    from IPython.lib.pretty import pretty

    from analysis.qca import cluster_diagnostics, minimize, pof, pofind, theory_evaluation, truth_table

    lf = _data("LF")
    sol = minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.8), include="?")
    panel = pd.concat([lf.assign(wave=1), lf.assign(wave=2)])
    panel["unit"] = panel.index
    panel.index = [f"{c}{w}" for c, w in zip(panel["unit"], panel["wave"])]
    results = {"NecessityResult": necessity(lf, "SURV", CONDS),
               "SuperSubsetResult": super_subset(lf, "SURV", CONDS, incl_cut=0.9, cov_cut=0.6),
               "PofResult": pof("DEV*~IND + URB*STB", lf, "SURV"),
               "pofind": pofind(lf, "SURV", CONDS),
               "TheoryEvaluation": theory_evaluation("DEV*STB", sol),
               "ClusterDiagnostics": cluster_diagnostics(panel, "DEV*~IND + URB*STB", "SURV", "unit", "wave")[
                   "DEV*~IND + URB*STB"]}
    for name, res in results.items():
        r = repr(res)
        assert "\n" not in r and len(r) <= 200 and r.startswith(f"<{type(res).__name__} ") and r.endswith(">"), r
        assert pretty(res) == str(res) and str(res).count("\n") > 3, name
    assert repr(results["NecessityResult"]) == ("<NecessityResult SURV: 10 literals, necessary at inclN >= 0.9: "
                                                "LIT, STB>")
    assert "LIT | STB | LIT*STB | DEV + URB + IND" in repr(results["SuperSubsetResult"])
    assert repr(results["PofResult"]) == ("<PofResult sufficiency of DEV*~IND + URB*STB for SURV: inclS 0.850, "
                                          "PRI 0.819, covS 0.714>")
    cd = results["ClusterDiagnostics"]
    assert repr(cd).endswith(f"(sufficiency): pooled {cd.pooled:.3f}, dBP {cd.dBP:.3f}, dWP {cd.dWP:.3f}>")


def test_pofind_lists_its_literals_as_a_plain_list():
    """pofind's expression joined its literals with ' , ' (its title read 'Necessity of ~DEV , DEV , ~URB ...'; found
    by the results audit); it is a plain comma-separated list now."""
    from analysis.qca import pofind

    res = pofind(_data("LF"), "SURV", CONDS)
    assert res.expression.startswith("~DEV, DEV, ~URB, URB") and " ," not in str(res), res.expression


@pytest.mark.parametrize("crisp", [False, True])
def test_super_subset_builds_each_candidate_from_its_parent(monkeypatch, crisp):
    """super_subset scores every candidate expression (3^10 - 1 = 59,048 at 10 crisp conditions). Each was folded
    from its literals afresh and then scored in full (min(X, Y), X, 1 - X, 1 - min(X, Y), each summed): as many
    passes over the cases as literals and five more, 78 s of CPU in the CLI at 100,000 cases, with nothing printed.
    A candidate's min(X, Y) (and X, for sufficiency) is now its parent's with one np.maximum/np.minimum (the search
    goes depth first and keeps one array per size), a candidate failing the inclusion cut is not scored further, and
    one that reaches it is scored afresh, so the table is the same to the bit (6 s there). Before the last change, a
    candidate's fit took min(X, Y) three times after np.max/np.min had stacked its literals (104 s). For crisp data
    the search runs over the distinct patterns of conditions and outcome (at most 2^9 = 512 here), their sums
    weighted by their counts (whole numbers, exact): 1.1 s there, with reading the file."""
    import importlib

    from analysis.qca.measures import consistency, coverage, pri, ron

    necessity_module = importlib.import_module("analysis.qca.necessity")
    rng = np.random.default_rng(8)
    cols = [f"C{j}" for j in range(8)]
    df = pd.DataFrame(rng.integers(0, 2, (2000, 8)), columns=cols)
    df["Y"] = (df.C0 | df.C1 & df.C2).where(rng.random(2000) > 0.1, 1 - (df.C0 | df.C1 & df.C2))
    if not crisp:   # fuzzy memberships on the same side of 0.5, the same expressions pass
        df = (df * 0.3 + 0.6 * rng.random(df.shape) * df + 0.35 * rng.random(df.shape) * (1 - df)).round(3)
    n_candidates = 3 ** 8 - 1
    runs = {"necessity": dict(incl_cut=0.95), "sufficiency": dict(incl_cut=0.9, cov_cut=0.1)}
    expected = {rel: super_subset(df, "Y", cols, relation=rel, **cuts) for rel, cuts in runs.items()}
    calls = {}

    class Counting:
        def __getattr__(self, name):
            return getattr(np, name)

        @staticmethod
        def minimum(a, b, *args, **kwargs):
            out = np.minimum(a, b, *args, **kwargs)
            calls["passes"] += np.size(out) > 512 and not calls["scoring"]   # longer than the crisp patterns
            return out

        @staticmethod
        def maximum(a, b, *args, **kwargs):
            out = np.maximum(a, b, *args, **kwargs)
            calls["passes"] += np.size(out) > 512 and not calls["scoring"]
            return out

    def scoring(function):          # a candidate scored afresh (one that passes), and the conjunctions' search
        def scored(*args):
            calls["scoring"] = True
            try:
                return function(*args)
            finally:
                calls["scoring"] = False
        return scored

    calls["scoring"] = False
    monkeypatch.setattr(necessity_module, "np", Counting())
    for name in ("_combined", "_nec_fit", "_suf_fit"):
        monkeypatch.setattr(necessity_module, name, scoring(getattr(necessity_module, name)))
    results = {}
    for rel, cuts in runs.items():
        calls[rel] = calls["passes"] = 0
        results[rel] = got = super_subset(df, "Y", cols, relation=rel, **cuts)
        calls[rel] = calls.pop("passes")
        pd.testing.assert_frame_equal(got.table, expected[rel].table, check_exact=True)
        assert len(got.table) >= 2, got
    monkeypatch.undo()   # the memberships are built on first use, after the search
    for rel, got in results.items():
        y = df["Y"].to_numpy(float)
        for expr, row in got.table.set_index("expression").iterrows():
            x = got.memberships[expr].to_numpy()
            want = (consistency(x, y, "necessity"), ron(x, y), coverage(x, y, "necessity")) if rel == "necessity" \
                else (consistency(x, y), pri(x, y), coverage(x, y))
            assert tuple(row.iloc[1:4]) == want, expr   # kind, then the three fit columns (then constant)
    # passes over the cases in the search, but for scoring afresh: necessity one np.maximum a candidate,
    # sufficiency two; crisp: none (over the patterns)
    bounds = (0.01, 0.01) if crisp else (1.01, 2.01)
    assert calls["necessity"] < bounds[0] * n_candidates and calls["sufficiency"] < bounds[1] * n_candidates, calls


def _reference_super_subset(df, outcome, conds, relation, incl_cut, cov_cut, depth):
    """super_subset's table by its definition, slowly: every candidate (one literal per condition, up to depth)
    scored afresh by the measures' own functions; the minimal passing ones kept (necessity: every passing conjunction,
    and the minimal passing disjunctions sharing no literal with one)."""
    from analysis.qca.measures import consistency, coverage, pri, ron
    from analysis.qca.necessity import _sort_key

    y = df[outcome].to_numpy(float)
    lits = []
    above_1 = {c: set(df[c]) - {0.0, 1.0} for c in conds}
    levels = {c: int(df[c].max()) + 1 if above_1[c] and above_1[c] <= {2.0, 3.0} else None for c in conds}  # multi
    for j, c in enumerate(conds):
        x = df[c].to_numpy(float)
        for v in range(levels[c] or 2):
            m = (x == v).astype(float) if levels[c] else (x if v else 1 - x)
            name = f"{c}[{v}]" if any(levels.values()) else ("" if v else "~") + c   # brackets for all, as R's
            lits.append((j, v, name, m))

    def fit(m):
        if relation == "necessity":
            return consistency(m, y, "necessity"), ron(m, y), coverage(m, y, "necessity")
        return consistency(m, y), pri(m, y), coverage(m, y)

    combos = [c for size in range(1, depth + 1) for c in itertools.combinations(range(len(lits)), size)
              if len({lits[i][0] for i in c}) == size]
    scored = {}
    for c in combos:
        stack = np.array([lits[i][3] for i in c])
        scored[c, "conjunction"] = fit(stack.min(axis=0))
        if len(c) > 1 and relation == "necessity":
            scored[c, "disjunction"] = fit(stack.max(axis=0))
    passing = {key for key, f in scored.items() if f[0] >= incl_cut - 1e-10 and f[2] >= cov_cut - 1e-10}
    if relation == "necessity":
        conj = {key for key in passing if key[1] == "conjunction"}
        used = {i for c, _ in conj for i in c}
        disj = {key for key in passing if key[1] == "disjunction" and not used & set(key[0])}
        keep = conj | {key for key in disj if not any(set(o[0]) < set(key[0]) for o in disj)}
    else:
        keep = {key for key in passing if not any(set(o[0]) < set(key[0]) for o in passing)}
    found = sorted(keep, key=lambda key: _sort_key(([(lits[i][0], lits[i][1]) for i in key[0]], key[1], scored[key]),
                                                  len(conds)))
    joiner = {"conjunction": "*", "disjunction": " + "}
    return [(joiner[kind].join(lits[i][2] for i in c), kind, *scored[c, kind]) for c, kind in found]


def _undefined_as_none(row):
    return tuple(None if isinstance(v, float) and np.isnan(v) else v for v in row)


@pytest.mark.parametrize("seed", range(12))
def test_super_subset_is_its_definition_on_random_data(seed):
    """The depth-first search with candidates built from their parents lists what scoring every candidate afresh
    and keeping the minimal passing ones lists: the same expressions in the same order, the fits to the bit (crisp,
    fuzzy and multi-value conditions, both relations, several cuts and depths)."""
    rng = np.random.default_rng(4100 + seed)
    n, k = int(rng.choice([3, 30, 200])), int(rng.integers(1, 6))
    cols = [f"C{j}" for j in range(k)]
    X = rng.integers(0, 2, (n, k)).astype(float) if seed % 3 == 0 else np.round(rng.random((n, k)), 1 + seed % 2)
    if seed % 3 == 2:
        X[:, 0] = rng.integers(0, 3, n)
    if seed % 6 == 5:   # crisp and multi-value conditions, crisp outcome
        X = np.round(X)
    df = pd.DataFrame(X, columns=cols)
    df["Y"] = rng.integers(0, 2, n).astype(float) if seed % 3 == 0 or seed % 6 == 5 else np.round(rng.random(n), 1)
    for relation in ("necessity", "sufficiency"):
        for incl_cut, cov_cut in ((1.0, 0.0), (0.8, 0.3), (0.6, 0.0)):
            depth = k if seed % 2 else max(1, k - 1)
            res = super_subset(df, "Y", cols, relation=relation, incl_cut=incl_cut, cov_cut=cov_cut, depth=depth)
            got = [_undefined_as_none(r) for r in res.table.iloc[:, :5].itertuples(index=False)]
            want = [_undefined_as_none(r) for r in _reference_super_subset(df, "Y", cols, relation, incl_cut,
                                                                            cov_cut, depth)]
            assert got == want, (relation, incl_cut, cov_cut)
            if relation == "necessity":   # constant: the expression holds in every case
                assert res.table["constant"].tolist() == [bool((res.memberships[e] == 1).all())
                                                         for e in res.table["expression"]]


# ---------------------------------------------------------------- the search against a plain reference, and its work
def _random_sets(seed: int, crisp: bool, n: int = 120, k: int = 4) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    if crisp:
        X, y = rng.integers(0, 2, (n, k)).astype(float), rng.integers(0, 2, n).astype(float)
    else:   # outcome near the maximum of the conditions: disjunctions pass inclN, some covN
        X = rng.beta(0.6, 0.6, (n, k)).round(2)
        y = np.clip(X.max(axis=1) * 0.9 + rng.uniform(0, 0.15, n), 0, 1).round(2)
    df = pd.DataFrame(X, columns=[f"A{j}" for j in range(k)])
    df["Y"] = y
    return df


def test_super_subset_scores_only_passing_disjunctions_afresh(monkeypatch):
    """Each disjunction reaching inclN was scored afresh, its X folded again from its literals, though nearly all
    then fail covN: 87 s at 100,000 fuzzy cases x 10 conditions (59,048 candidates; 7.9 s at 8). X is now grown
    from the parent's as min(X, Y) is, and inclN and covN are read from the two (the same sums), so only a
    disjunction that passes both is scored afresh (for RoN); fuzzy data, none (its X is at hand): 20 s, 2.3 s."""
    import importlib

    nec = importlib.import_module("analysis.qca.necessity")
    folded = []
    combined = nec._combined
    monkeypatch.setattr(nec, "_combined", lambda op, arrays: folded.append(op) or combined(op, arrays))
    df = _random_sets(1, crisp=False, n=200, k=5)
    res = super_subset(df, "Y", incl_cut=0.8, cov_cut=0.95)   # many disjunctions reach inclN, few reach covN
    assert folded.count(np.maximum) <= (res.table["kind"] == "disjunction").sum()


def _scored(monkeypatch, **kw):
    """How many candidates super_subset(**kw) scores (its steps: one per candidate over the cases), and its result."""
    import importlib

    nec = importlib.import_module("analysis.qca.necessity")  # the package re-exports a function of that name
    count = [0]
    meter = nec._work_meter

    def counting(*args):
        spend = meter(*args)

        def step():
            count[0] += 1
            spend()
        return step

    monkeypatch.setattr(nec, "_work_meter", counting)
    res = super_subset(**kw)
    monkeypatch.setattr(nec, "_work_meter", meter)
    return count[0], res


def test_super_subset_refuses_more_work_than_max_work(capsys, monkeypatch):
    """The candidate budget (2,000,000) let 100,000 fuzzy cases x 12 conditions (531,440 candidates) run for minutes.
    max_work (CLI --max-work) bounds the candidates scored x cases (crisp data: distinct patterns), counted as the
    search goes, and refuses the search passing it, naming the candidates scored, the work, the budget and the
    flag."""
    from analysis.paths import DATASETS as data_dir
    from analysis.qca.cli import main

    df = _random_sets(2, crisp=False, n=200, k=5)      # 3^5 - 1 = 242 combinations of literals x 200 cases
    scored, res = _scored(monkeypatch, data=df, outcome="Y", incl_cut=0.9)
    assert 0 < scored < 242 and len(res.table) > 0
    with pytest.raises(QCAComplexityError, match=rf"^the search scored {scored:,} candidate expressions \(242 "
                       rf"combinations of up to 5 literals over 5 conditions\), each over 200 cases: {scored * 200:,} "
                       rf"of work exceed max_work = {scored * 200 - 1:,} before it ended; .*raise max_work"):
        super_subset(df, "Y", incl_cut=0.9, max_work=scored * 200 - 1)
    assert super_subset(df, "Y", incl_cut=0.9, max_work=scored * 200).table.equals(res.table)
    with pytest.raises(QCAInputError, match="max_work must be a positive whole number"):
        super_subset(df, "Y", max_work=1.5)
    code = main(["super-subset", str(data_dir / "LF.csv"), "--outcome", "SURV", "--case-column", "case",
                 "--max-work", "100"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith("error: the search scored 6 candidate expressions (242 combinations") \
        and "each over 18 cases: 108" in err[0] and "exceed --max-work 100 before" in err[0] \
        and "raise --max-work" in err[0] and "--depth 3" in err[0], err
    crisp = _random_sets(3, crisp=True, n=1000, k=3)   # at most 2^4 patterns of conditions and outcome
    with pytest.raises(QCAComplexityError, match=r"\(26 combinations .* each over 16 distinct crisp "
                                                 r"patterns of 1,000 cases: \d+ of work exceed max_work = 20 "):
        super_subset(crisp, "Y", max_work=20)


def test_super_subset_counts_the_work_it_does_not_the_candidates_it_could_score(monkeypatch):
    """max_work was compared with every candidate x the cases before the search began: 12 fuzzy conditions at
    100,000 cases (531,440 candidates, 5.3e10) were refused at once, though at incl_cut=0.9 the search, which does
    not grow a passing expression, scores few of them (1.2 s). A search the budget allows is now answered as it
    was with a budget large enough for every candidate; one scoring every candidate is stopped at the budget."""
    import time

    df = _random_sets(4, crisp=False, n=300, k=7)     # 3^7 - 1 = 2,186 candidates x 300 cases = 655,800
    scored, res = _scored(monkeypatch, data=df, outcome="Y", incl_cut=0.85)
    assert 0 < scored < 2_186 // 2
    assert super_subset(df, "Y", incl_cut=0.85, max_work=scored * 300).table.equals(res.table)
    assert res.table.equals(super_subset(df, "Y", incl_cut=0.85, max_work=2_186 * 300).table)
    rng = np.random.default_rng(0)
    big = pd.DataFrame(rng.uniform(size=(100_000, 13)).round(3), columns=[*"ABCDEFGHIJKL", "Y"])
    start = time.process_time()
    with pytest.raises(QCAComplexityError, match=r"^the search scored 10,001 candidate expressions \(531,440 "
                                                 r"combinations .* 100,000 cases: 1,000,100,000 of work exceed "
                                                 r"max_work = 1,000,000,000 before it ended"):
        super_subset(big, "Y", incl_cut=1.0, max_work=10**9)   # nothing passes: every candidate would be scored
    assert time.process_time() - start < 5


def test_a_constant_condition_is_marked_constant():
    """A condition present in every case (membership 1 everywhere) was flagged 'necessary' like any other, though its
    RoN is 0: it is a superset of every outcome, necessary whatever the outcome, of no relevance (Schneider & Wagemann
    2012; Goertz 2006). The result now marks it `constant` in the table (a column after `necessary`), its JSON rows
    and the printed table ('consistent, constant', and a note), and lists it in `.constant` (first under another
    name, which was also Paper A's word for a RoN below the cut); R's columns (inclN, RoN, covN) are unchanged. A
    fuzzy condition at 1 everywhere and a multi-value level held by every case are constant too; a condition
    that is necessary and not constant is not marked."""
    df = _data("LF").copy()
    df["ALL"] = 1.0                                   # present in every case
    res = necessity(df, "SURV", [*CONDS, "ALL"], skew_bounds=None)
    t = res.to_frame().set_index("condition")
    assert list(res.to_frame().columns) == ["condition", "inclN", "RoN", "covN", "necessary", "constant"]
    assert t.loc["ALL", "inclN"] == 1 and t.loc["ALL", "RoN"] == 0 and t.loc["ALL", "necessary"]
    assert t.loc["ALL", "constant"] and not t.loc["~ALL", "constant"]
    assert t.loc["LIT", "necessary"] and not t.loc["LIT", "constant"]
    assert res.constant == ["ALL"] and "ALL" in res.necessary
    rows = {r["condition"]: r for r in res.to_dict()["rows"]}
    assert rows["ALL"]["constant"] is True and rows["LIT"]["constant"] is False
    text = str(res)
    line = next(x for x in text.splitlines() if " ALL " in f" {x} ")
    assert line.endswith("consistent, constant"), line
    assert "constant: ALL is present in every case" in text
    plain = necessity(_data("LF"), "SURV", CONDS)
    assert "constant:" not in str(plain) and plain.constant == []
    # R's columns as before
    pd.testing.assert_frame_equal(plain.to_frame()[["condition", "inclN", "RoN", "covN"]],
                                  necessity(_data("LF"), "SURV", CONDS).to_frame()[["condition", "inclN", "RoN", "covN"]])
    lm = _data("LM").copy()
    lm["DEV"] = 1                                     # every case at level 1 of a multi-value condition
    lm.loc[lm.index[0], "URB"] = 2
    mv = necessity(lm, "SURV", CONDS, skew_bounds=None).to_frame().set_index("condition")
    assert mv.loc["DEV[1]", "constant"] and not mv["constant"].drop("DEV[1]").any()


def test_super_subset_marks_a_disjunction_held_by_every_case_constant():
    """super_subset listed ~URB + IND (LC) as a necessary disjunction like any other: every case is in ~URB or in
    IND, so the disjunction holds in every case (RoN 0) and is necessary for any outcome, of no relevance (Schneider
    & Wagemann 2012), as a constant condition is in necessity(). The result now marks it: a `constant` column
    (necessity only; R's expressions, inclN, RoN and covN unchanged), the JSON rows, the print (a note naming it)."""
    lc = _data("LC")
    res = super_subset(lc, "SURV", CONDS, incl_cut=0.9)
    t = res.to_frame().set_index("expression")
    assert t.loc["~URB + IND", "constant"] and t.loc["~URB + IND", "RoN"] == 0
    assert not t.drop("~URB + IND")["constant"].any()
    held = ((1 - lc["URB"]) + lc["IND"] >= 1).all()          # independent: every case in ~URB or IND
    assert held
    rows = {r["expression"]: r for r in res.to_dict()["rows"]}
    assert rows["~URB + IND"]["constant"] is True and rows["STB"]["constant"] is False
    assert "constant: ~URB + IND holds in every case" in str(res)
    lm = super_subset(_data("LM"), "SURV", CONDS, incl_cut=0.9).to_frame().set_index("expression")
    assert lm.loc["URB[0] + IND[1]", "constant"] and not lm.loc["DEV[2] + URB[1] + IND[0]", "constant"]
    suf = super_subset(lc, "SURV", CONDS, relation="sufficiency", incl_cut=0.9)
    assert "constant" not in suf.to_frame().columns and "constant:" not in str(suf)


def test_necessity_printout_says_consistent_and_judges_relevance_only_at_a_given_ron_cut():
    """necessity() printed 'yes' in a 'necessary' column from inclN alone, and super_subset listed ~URB + IND (LF,
    RoN 0.157) as a necessity relation without a word on its relevance, though a low RoN marks a set close to
    constant (Schneider & Wagemann 2012; Oana, Schneider & Thomann 2021: no agreed cut-off). The
    printout now reads 'consistent' and names each RoN; relevance is judged only at a ron_cut the caller gives
    ('consistent, relevant' / 'consistent, low RoN', JSON `relevant`), never at an invented default. R's columns
    stay as they are."""
    lf = _data("LF")
    plain = necessity(lf, "SURV", CONDS)
    text = str(plain)
    line = next(x for x in text.splitlines() if " LIT " in f" {x} ")
    assert line.endswith("consistent") and "yes" not in text
    assert "relevance not judged" in text and "LIT 0.509, STB 0.680" in text
    d = plain.to_dict()
    assert d["relevance_judged"] is False and d["ron_cut"] is None
    assert {r["condition"]: r["relevant"] for r in d["rows"]}["LIT"] is None
    judged = necessity(lf, "SURV", CONDS, ron_cut=0.6)
    rows = {r["condition"]: r for r in judged.to_dict()["rows"]}
    assert rows["LIT"]["relevant"] is False and rows["LIT"]["reading"] == "consistent, low RoN"
    assert rows["STB"]["relevant"] is True and rows["DEV"]["relevant"] is None
    assert judged.low_relevance == ["LIT"] and judged.necessary == plain.necessary
    assert "low RoN: LIT" in str(judged) and "RoN >= 0.6" in str(judged)
    pd.testing.assert_frame_equal(judged.to_frame(), plain.to_frame())
    with pytest.raises(QCAInputError, match="ron_cut"):
        necessity(lf, "SURV", CONDS, ron_cut=1.5)
    ss = super_subset(lf, "SURV", CONDS, incl_cut=0.9)
    assert "relevance not judged (ron_cut 0)" in str(ss) and "lowest: ~URB + IND 0.157" in str(ss)
    assert ss.to_dict()["relevance_judged"] is False
    cut = super_subset(lf, "SURV", CONDS, incl_cut=0.9, ron_cut=0.5)
    assert "relevance judged at RoN >= 0.5" in str(cut) and cut.to_dict()["relevance_judged"] is True
    assert "relevance" not in str(super_subset(lf, "SURV", CONDS, relation="sufficiency", incl_cut=0.9))


def test_every_text_on_ron_cites_the_same_source():
    """RoN's formula was cited 'Schneider & Wagemann 2012, 236' in measures.py, necessity.py and pof.py (a page never
    checked), 'ch. 9' in their other docstrings and README, '5.4.2-5.4.3' in Paper A's claims, and the workshop gave
    the book without a place; the 0.9 necessity benchmark cited the same book's 'p. 143' and PRI 'Ragin 2008, ch. 3'.
    None of these places could be confirmed from a source at hand: R QCA's pof() documents RoN 'as suggested by
    Schneider & Wagemann (2012)' and SetMethods' QCAfit() computes the same Σ(1−X)/Σ(1−min(X,Y)) citing the book
    without a place. So every text that cites that book beside RoN, relevance, covN or the necessity benchmark, and
    Ragin 2008 beside PRI, now cites the work without a page or chapter (the check joins a citation wrapped over two
    lines, which the earlier per-line check missed: measures.ron kept 'ch. 9'); inclN / covN cite Ragin 2006.
    The same holds for every other place cited in the engine, the papers' code, README, docs and the notebooks: the
    truth table's 'Ragin 2008, ch. 7', skew's 'Schneider & Wagemann 2012, 9.2', 'Oana, Schneider & Thomann 2021,
    ch. 3' (and '3.3.2', 'ch. 9'), the book's 'ch. 6', 'ch. 7-8', '11.2', '5.2.1' and others, Ragin 1987's 'ch. 7',
    and the bootstrap's and GLM's chapters: none could be checked against a source at hand, so each cites the work
    alone. Kept: 'Ragin 2008, ch. 5' beside calibration, which QCA3's directCalibration documents ('Redesigning
    social inquiry ... Chapter 5')."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = {p: p.read_text(encoding="utf-8") for p in [*root.glob("analysis/**/*.py"), root / "README.md",
                                                         root / "data" / "README.md", *root.glob("docs/*.md")]}
    for p in [*root.glob("notebooks/*.ipynb"), *root.glob("notebooks/workshop/*.ipynb")]:
        texts[p] = "\n".join("".join(c["source"]) for c in json.loads(p.read_text(encoding="utf-8"))["cells"])
    from _citations import CITATION, cited_places, flatten, is_kept, place_after   # the rule the book's pages follow

    topic = {"Schneider & Wagemann 2012": re.compile(r"\bRoN\b|relevance of necessity|trivial|\bcovN\b|benchmark",
                                                     re.I),
             "Ragin 2008": re.compile(r"\bPRI\b *=|proportional reduction in inconsistency", re.I)}
    cited = {k: 0 for k in topic}
    flats = {path: flatten(text) for path, text in texts.items()}
    for path, flat in flats.items():
        for m in re.finditer(r"(Schneider & Wagemann|Ragin)[\s(]*(2012|2008)\b", flat):
            key = f"{m.group(1)} {m.group(2)}"
            before = flat[max(0, m.start() - 100):m.start()]
            if key not in topic or not topic[key].search(before) or "untenable" in before:   # ESA's: ch. 8
                continue
            cited[key] += 1
            assert not place_after(flat, m.end()), f"{path.relative_to(root)}: ...{before[-60:]}{flat[m.start():m.end() + 20]}"
    assert cited["Schneider & Wagemann 2012"] >= 12 and cited["Ragin 2008"] >= 2, cited
    calibration = re.compile(r"calibrat|anchor|direct|crossover|ambiguity", re.I)
    kept = 0
    protocol_years: dict[str, list[str]] = {}   # one work, one year: Oana & Schneider's robustness protocol
    for path, flat in flats.items():
        for m in CITATION.finditer(flat):
            if m.group("authors") == "Oana & Schneider":
                protocol_years.setdefault(m.group("years")[:4], []).append(str(path.relative_to(root)))
        for m, place in cited_places(flat):
            where = f"{path.relative_to(root)}: ...{flat[max(0, m.start() - 60):place.end() + 20]}"
            assert is_kept(flat, m, place) and calibration.search(flat[m.start() - 150:m.start()]), where
            kept += 1
    assert kept >= 6, kept     # calibrate's direct and indirect methods, notebook 02, the workshop, cli, parameters
    # docs/api-reference.md dated the protocol 2024 where every other text (README, notebook 03, the engine) has 2021
    assert len(protocol_years) == 1, {y: sorted(set(p)) for y, p in protocol_years.items()}
    claims = (root / "analysis" / "paper_a" / "claims.py").read_text(encoding="utf-8")
    assert "5.4.2" not in claims and "Schneider & Wagemann 2012, on covN and RoN" in claims
    head = (root / "analysis" / "qca" / "measures.py").read_text(encoding="utf-8").split('"""')[1]
    assert re.search(r"inclN = Σmin\(X,Y\) / ΣY +\(Ragin 2006\)", head)
    assert re.search(r"covN  = Σmin\(X,Y\) / ΣX +\(Ragin 2006\)", head)
    assert re.search(r"PRI = .* +\(Ragin 2008\)", head)


def test_trivial_names_one_thing_constant_and_low_relevance_are_said_apart():
    """One word (the former name errors.renamed keeps) meant two things: the engine's necessity table had a column of
    that name (the set is present in every case), while Paper A's claim A7 gave it after 'RoN = 0.429 < 0.5' and its
    necessary disjunctions were read so when their RoN missed the cut. In Schneider & Wagemann (2012) relevance is a
    matter of degree that RoN measures; a set present in every case is its extreme. The engine's column and property
    are now `constant` (printed 'consistent, constant' and a 'constant:' note), a RoN below the cut is 'low
    relevance' in Paper A's claims, readings and checklist, and no text a reader meets (the engine, Paper A, README,
    data/README, notebook 03, the workshop) uses the word as a label for either; no number changes. Nor its adverb or
    noun (the workshop's step 3, notebook 03 and the engine's docstrings, which the book's API reference shows): they
    say low relevance."""
    import re
    from pathlib import Path

    from analysis.paper_a import claims as PC
    from analysis.paper_a.diagnostics import necessary_disjunctions

    root = Path(__file__).resolve().parents[1]
    texts = {p: p.read_text(encoding="utf-8") for p in [*root.glob("analysis/**/*.py"), root / "README.md",
                                                         root / "data" / "README.md"]}
    for p in [root / "notebooks" / "03_qca.ipynb", *root.glob("notebooks/workshop/*.ipynb")]:
        texts[p] = "\n".join("".join(c["source"]) for c in json.loads(p.read_text(encoding="utf-8"))["cells"])
    said = [f"{p.relative_to(root)}: {line.strip()}" for p, t in texts.items() for line in t.splitlines()
            if (re.search(r"\btrivial", line, re.I) or "平凡" in line) and 'renamed("trivial"' not in line]
    assert said == [], said   # (the former name kept only to say it was renamed: errors.renamed)
    lit = pd.DataFrame({"ALL": [1, 1, 1, 1], "LIT": [1, 1, 0, 1], "Y": [1, 1, 0, 0]}, index=list("abcd"))
    res = necessity(lit, "Y", ["ALL", "LIT"], ron_cut=0.5)
    assert "constant" in res.to_frame().columns and res.constant == ["ALL"]
    a7 = PC.CLAIMS[[c.claim_id for c in PC.CLAIMS].index("A7")]
    text, _ = a7.evaluate({"SER_inclN": 1.0, "SER_RoN": 0.429, "SER_share_in": 0.5})
    assert text == "inclN = 1.000, RoN = 0.429 < 0.5 (low relevance)", text
    ab = pd.DataFrame({"A": [1, 0, 1, 1, 0], "B": [0, 1, 1, 0, 1], "Y": [1, 1, 0, 0, 0]}, index=list("abcde"))
    disj = necessary_disjunctions(ab, "Y", ["A", "B"], dir_exp={"A": 1, "B": 1}, levels={"A": "micro", "B": "meso"})
    row = disj[(disj["outcome"] == "Y") & (disj["expression"] == "A + B")].iloc[0]
    assert row["RoN"] == 0 and row["reading"] == "low relevance"     # every case in A or B: RoN 0, below the cut


def test_the_former_name_trivial_says_it_is_now_constant():
    """The results' list of sets present in every case was renamed `constant`, since its former name also named a
    low RoN; code written against the former name got a bare AttributeError. Reading it now says the new name."""
    import warnings

    import pandas as pd

    from analysis.qca import necessity, pof, super_subset
    df = pd.DataFrame({"A": [1, 1, 0, 1], "B": [1, 1, 1, 1], "Y": [1, 1, 0, 1]}, index=list("abcd"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = [necessity(df, "Y"), pof("B", df, "Y", relation="necessity"), super_subset(df, "Y")]
    for r in results:
        assert r.constant == ["B"]
        with pytest.raises(AttributeError, match=rf"^{type(r).__name__}\.trivial is now called constant \(a set "
                                                  r"present in every case\)"):
            r.trivial


@pytest.mark.parametrize("call, said", [
    (lambda lc: necessity(lc, "SURV", ["DEV", "URB"], benchmark=90), "benchmark must be a number in [0, 1], got 90; "
                                                                     "a percentage? write 0.9"),
    (lambda lc: necessity(lc, "~SURV", ["DEV", "URB"], ron_cut=60), "ron_cut must be a number in [0, 1], got 60; "
                                                                    "a percentage? write 0.6"),
    (lambda lc: super_subset(lc, "SURV", ["DEV", "URB"], incl_cut=90), "incl_cut must be a number in [0, 1], got 90; "
                                                                       "a percentage? write 0.9"),
    (lambda lc: necessity(lc, "SURV", ["DEV", "URB"], ron_cut=1.5), "ron_cut must be a number in [0, 1], got 1.5"),
], ids=["benchmark 90", "ron_cut 60", "super_subset incl_cut 90", "1.5: no percentage"])
def test_a_cut_off_of_necessity_given_as_a_percentage_is_told_the_share(call, said):
    """necessity(..., benchmark=90) and ron_cut=60 (a RoN cut in per cent: the workshop's exercise 2 asks for one) said
    only 'must be a number in [0, 1], got 90', while the command line's `necessity --benchmark 90` and truth_table's
    incl_cut=80 add '; a percentage? write 0.9'. Necessity's and super_subset's cut-offs now say it too (checks.
    percent_hint: 10 to 100, so 1.5, a typo, gets no hint)."""
    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    with pytest.raises(QCAInputError) as err:
        call(lc)
    assert str(err.value) == said, str(err.value)
