"""Misuse of the library's functions (found by an audit): each gives a QCAInputError naming the argument and what is
allowed, never a raw TypeError / KeyError / AttributeError / ValueError or a silently wrong result; the correct
calls give the values they gave before the checks were added (recorded from the unchecked code)."""
from __future__ import annotations

import functools
import re
import warnings

import numpy as np
import pandas as pd
import pytest

import analysis.qca as q
from analysis.paths import ROOT
from analysis.qca import QCAInputError, measures
from analysis.qca.configurations import configuration_chart
from analysis.qca.diagnostics import (cluster_diagnostics, necessity_cases, necessity_typology, necessity_xy,
                                      theory_evaluation)

DATASETS = ROOT / "data" / "reference" / "datasets"
PANEL = ROOT / "data" / "reference" / "r-setmethods" / "LF_panel.csv"
CONDS = "DEV,URB,LIT,IND,STB"


@functools.lru_cache(maxsize=None)
def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATASETS / f"{name}.csv", index_col=0)


def lf() -> pd.DataFrame:
    return _read("LF").copy()


def lc() -> pd.DataFrame:
    return _read("LC").copy()


def panel() -> pd.DataFrame:
    return pd.read_csv(PANEL, index_col=0)


def _table(data, outcome, conds=CONDS, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return q.truth_table(data, outcome, conds, incl_cut=kw.pop("incl_cut", 0.8), **kw)


@functools.lru_cache(maxsize=None)
def lf_solutions():
    """LF's truth table for SURV, its parsimonious and conservative solutions, the parsimonious one for ~SURV."""
    tt = _table(lf(), "SURV")
    return tt, q.minimize(tt, include="?"), q.minimize(tt, include=""), q.minimize(_table(lf(), "~SURV"), include="?")


# ---------------------------------------------------------------- 1. measures
def test_measures_keep_their_values():
    x, y = lf()["DEV"], lf()["SURV"]
    got = [q.consistency(x, y), q.consistency(x, y, "necessity"), q.coverage(x, y), q.coverage(x, y, "necessity"),
           q.pri(x, y), q.ron(x, y), q.haesebrouck(x, y)]
    assert got == pytest.approx([0.7746170678336981, 0.8309859154929577, 0.8309859154929577, 0.7746170678336981,
                                 0.743142144638404, 0.8113553113553111, 0.7197581735417464], rel=1e-15)
    assert q.negate([0, 0.25, 1]).tolist() == [1.0, 0.75, 0.0]
    assert q.consistency(x, y, "nec") == q.consistency(x, y, "necessity")       # the names of checks.relation
    assert np.isnan(q.consistency([0.0, 0.0], [0.3, 0.2]))                      # 0/0 stays NaN
    assert q.consistency([1 + 1e-12, 0.5], [1.0, 0.5]) == 1.0                   # rounding noise is not an error
    # the unchecked forms the engine may use give the same numbers
    xa, ya = x.to_numpy(float), y.to_numpy(float)
    assert measures._consistency(xa, ya) == q.consistency(x, y)
    assert measures._pri(xa, ya) == q.pri(x, y) and measures._ron(xa, ya) == q.ron(x, y)


MEASURES = {"consistency": q.consistency, "coverage": q.coverage, "pri": q.pri, "ron": q.ron,
            "haesebrouck": q.haesebrouck}


@pytest.mark.parametrize("name", list(MEASURES))
@pytest.mark.parametrize("x,y,match", [
    ([2, 3], [0.1, 0.5], r"x must be memberships in \[0, 1\], got values outside it at positions 0, 1 \(e\.g\. 2\.0\)"),
    ([0.2, 3], [0.1, 0.5], r"x must be memberships in \[0, 1\], got a value outside it at position 1 \(3\.0\);"),
    ([0.2, -0.3], [0.1, 0.5], r"x must be memberships in \[0, 1\].*-0.3"),
    ([0.2, 0.3], [0.1, 1.5], r"y must be memberships in \[0, 1\].*1.5"),
    ([np.nan, 0.3], [0.1, 0.5], r"x must be memberships in \[0, 1\] without missing values, got NaN at position"),
    ([0.2, 0.3], [0.1, None], r"y must be memberships in \[0, 1\] without missing values"),
    (["a", 0.3], [0.1, 0.5], r"x must be memberships in \[0, 1\] \(numbers\), got text such as 'a'"),
    (["0.2", "0.3"], [0.1, 0.5], r"x must be memberships .* got text"),
    ("abc", [0.1, 0.5], r"x must be memberships"),
    ([0.2, 0.3], [0.1], r"x and y must be memberships of the same cases, one value per case: x has 2 values, y has 1$"),
    ([0.2], [0.1, 0.3], r"x and y must be memberships of the same cases, one value per case: x has 1 value, y has 2$"),
], ids=["above", "one-above", "negative", "y-above", "nan", "none", "text", "numeric-text", "string", "length", "one-value"])
def test_measures_refuse_what_is_not_a_membership(name, x, y, match):
    with pytest.raises(QCAInputError, match=match):
        MEASURES[name](x, y)


@pytest.mark.parametrize("f", [q.consistency, q.coverage])
def test_measures_refuse_an_unknown_relation(f):
    with pytest.raises(QCAInputError, match=r"relation must be 'sufficiency' or 'necessity'.*got 'x'"):
        f([0.2, 0.3], [0.1, 0.5], relation="x")


def test_negate_refuses_what_is_not_a_membership():
    with pytest.raises(QCAInputError, match=r"x must be memberships in \[0, 1\].*2.0"):
        q.negate([2])
    with pytest.raises(QCAInputError, match="without missing values"):
        q.negate(np.nan)
    with pytest.raises(QCAInputError, match="got text"):
        q.negate(["x"])



def test_negate_gives_back_what_it_is_given():
    """negate(df) gave a bare numpy array (no case names, no set names: a user pairing it with other columns paired
    by position, or lost which set was which), and negate(series) an array too. A DataFrame now gives a DataFrame
    with the same index and the columns negated as QCA writes them; a Series, a Series; a number, a number."""
    df = lf()[["DEV", "URB"]].rename(columns={"URB": "~URB"})
    got = q.negate(df)
    assert isinstance(got, pd.DataFrame) and list(got.columns) == ["~DEV", "URB"]
    assert got.index.equals(df.index) and (got.to_numpy() == 1.0 - df.to_numpy()).all()
    s = q.negate(df["DEV"])
    assert isinstance(s, pd.Series) and s.name == "~DEV" and s.index.equals(df.index)
    assert (s.to_numpy() == 1.0 - df["DEV"].to_numpy()).all()
    assert q.negate(pd.Series([0.2, 1.0])).name is None
    pd.testing.assert_frame_equal(q.negate(q.negate(df)), df.astype(float))   # ~~DEV is DEV, by name too
    assert float(q.negate(0.25)) == 0.75 and isinstance(q.negate(np.array([0.0, 1.0])), np.ndarray)
    with pytest.raises(QCAInputError, match=r"x column 'URB' must be memberships in \[0, 1\].*e.g. 12.0"):
        q.negate(lf()[["DEV", "URB"]].assign(URB=lambda d: d["URB"] * 100))
    with pytest.raises(QCAInputError, match="the column 'DEV' more than once"):
        q.negate(pd.concat([df["DEV"], df["DEV"]], axis=1))
    assert "DataFrame" in q.negate.__doc__ and "'~DEV'" in q.negate.__doc__


@pytest.mark.parametrize("name", list(MEASURES))
def test_measures_take_a_one_column_frame_and_name_the_columns_of_a_wider_one(name):
    """consistency(df[['DEV', 'URB']], y) said 'x and y must be memberships of the same cases (the same shape): x has
    shape (18, 2), y has (18,)', not what was wrong, and df[['DEV']] (a one-column frame for df['DEV']) was refused
    the same way. A one-column frame is now its column (paired by index as a Series is); a wider one is refused
    naming its columns and the ways to measure them."""
    df = lf()
    f = MEASURES[name]
    assert f(df[["DEV"]], df["SURV"]) == f(df["DEV"], df["SURV"]) == f(df["DEV"], df[["SURV"]])
    with pytest.raises(QCAInputError) as exc:
        f(df[["DEV", "URB"]], df["SURV"])
    assert str(exc.value) == ("x must be the memberships of one set (a column, a Series or a list), got a DataFrame of "
                              "2 columns ('DEV', 'URB'): give one column, e.g. df['DEV']; for their conjunction, "
                              "term_membership(df, 'DEV*URB'); or measure each in turn")
    assert f(q.term_membership(df, "DEV*URB"), df["SURV"]) == f(np.minimum(df["DEV"], df["URB"]), df["SURV"])

# ---------------------------------------------------------------- 2. find_rows
def test_contradictory_assumptions_keep_their_rows():
    tt, pars, _, pars_neg = lf_solutions()
    assert q.contradictory_assumptions(pars, pars_neg) == [10, 12, 14, 16, 17, 21, 25, 29]
    assert q.contradictory_assumptions(pars, pars_neg, ["M1"]) == [10, 12, 14, 16, 17, 21, 25, 29]
    # the negation however written: negate_outcome=True, or a column holding 1 - SURV
    by_flag = q.minimize(_table(lf(), "SURV", negate_outcome=True), include="?")
    by_column = q.minimize(_table(lf().assign(NS=1 - lf()["SURV"]).drop(columns="SURV"), "NS"), include="?")
    assert q.contradictory_assumptions(pars, by_flag) == q.contradictory_assumptions(pars, by_column) \
        == [10, 12, 14, 16, 17, 21, 25, 29]
    assert q.negated_truth_table(tt).rows["OUT"].tolist() == ["1", "1", "1", "1", "0", "1", "0", "1", "0"]


def test_contradictory_assumptions_need_solutions_for_y_and_not_y_of_the_same_data():
    tt, pars, cons, pars_neg = lf_solutions()
    with pytest.raises(QCAInputError, match="solution_y and solution_not_y are the same solution"):
        q.contradictory_assumptions(pars, pars)
    with pytest.raises(QCAInputError, match="solution_not_y must be a Solution from minimize.*got TruthTable"):
        q.contradictory_assumptions(pars, tt)
    with pytest.raises(QCAInputError, match="solution_not_y must be a Solution from minimize.*got NoneType"):
        q.contradictory_assumptions(pars, None)
    with pytest.raises(QCAInputError, match="solution_y must be a Solution"):
        q.contradictory_assumptions("SURV", pars_neg)
    with pytest.raises(QCAInputError, match="solution_y is a conservative solution"):
        q.contradictory_assumptions(cons, pars_neg)
    other_cut = q.minimize(_table(lf(), "SURV", incl_cut=0.7), include="?")
    with pytest.raises(QCAInputError, match=r"negation of solution_y's outcome .*got 'SURV' for both"):
        q.contradictory_assumptions(pars, other_cut)
    other_data = q.minimize(_table(lc(), "~SURV"), include="?")
    with pytest.raises(QCAInputError, match="must come from the same data .*different memberships for case"):
        q.contradictory_assumptions(pars, other_data)
    fewer = q.minimize(_table(lf().iloc[:-1], "~SURV"), include="?")
    with pytest.raises(QCAInputError, match="must come from the same data .*got 18 and 17 cases"):
        q.contradictory_assumptions(pars, fewer)
    other_conds = q.minimize(_table(lf(), "~SURV", "DEV,URB,LIT,IND"), include="?")
    with pytest.raises(QCAInputError, match="must have the same conditions"):
        q.contradictory_assumptions(pars, other_conds)
    with pytest.raises(QCAInputError, match=r"models must be a list of model names such as \['M1'\], got 'M1'"):
        q.contradictory_assumptions(pars, pars_neg, "M1")


def test_negated_truth_table_and_assumption_rows_need_their_objects():
    _, pars, _, _ = lf_solutions()
    with pytest.raises(QCAInputError, match=r"negated_truth_table needs a TruthTable .*got Solution "
                                            r"\(a Solution's table is solution.truth_table\)"):
        q.negated_truth_table(pars)
    with pytest.raises(QCAInputError, match="simplifying_assumption_rows needs a Solution .*got NoneType"):
        q.simplifying_assumption_rows(None)


# ---------------------------------------------------------------- 3. configuration charts
def test_configuration_chart_keeps_its_cores():
    tt, pars, cons, _ = lf_solutions()
    chart = configuration_chart(cons, pars)
    assert chart.paths[["group", "term", "core", "peripheral"]].to_dict("records") == [
        {"group": "G1", "term": "DEV*URB*LIT*IND*STB", "core": "URB*STB", "peripheral": "DEV*LIT*IND"},
        {"group": "G1", "term": "DEV*~URB*LIT*~IND*STB", "core": "DEV*~IND", "peripheral": "~URB*LIT*STB"}]
    again = q.minimize(_table(lf(), "SURV"), include="?")          # the same table, built again
    assert configuration_chart(cons, again).paths.equals(chart.paths)
    inter = q.minimize(tt, "?", dir_exp="1,1,1,1,1")
    assert configuration_chart(inter, inter.parsimonious).paths.equals(configuration_chart(inter).paths)


def test_configuration_chart_refuses_a_parsimonious_solution_of_another_table():
    _, pars, cons, pars_neg = lf_solutions()
    other_data = q.minimize(_table(lc(), "SURV"), include="?")
    with pytest.raises(QCAInputError, match="parsimonious must be minimised from the solution's own truth table .*"
                                            "other data"):
        configuration_chart(cons, parsimonious=other_data)
    with pytest.raises(QCAInputError, match="own truth table .*its outcome is '~SURV', the solution's 'SURV'"):
        configuration_chart(cons, parsimonious=pars_neg)
    with pytest.raises(QCAInputError, match="own truth table .*its conditions are DEV, URB, LIT, IND,"):
        configuration_chart(cons, parsimonious=q.minimize(_table(lf(), "SURV", "DEV,URB,LIT,IND"), include="?"))
    with pytest.raises(QCAInputError, match="own truth table .*codes other rows as positive .*incl_cut 0.7"):
        configuration_chart(cons, parsimonious=q.minimize(_table(lf(), "SURV", incl_cut=0.7), include="?"))
    with pytest.raises(QCAInputError, match="parsimonious must be a parsimonious Solution.*got TruthTable"):
        configuration_chart(cons, parsimonious=pars.truth_table)
    with pytest.raises(QCAInputError, match="it is not used: the parsimonious solution's core conditions"):
        configuration_chart(pars, parsimonious=other_data)


# ---------------------------------------------------------------- 4. diagnostics
@functools.lru_cache(maxsize=None)
def panel_solutions():
    body = panel().drop(columns=["CASE", "WAVE"])
    return (q.minimize(_table(body, "SURV"), "?", dir_exp="1,1,1,1,1"),
            q.minimize(_table(body, "~SURV"), "?"))


def test_cluster_diagnostics_keep_their_values():
    sol, sol_neg = panel_solutions()
    pooled = {k: v.pooled for k, v in cluster_diagnostics(panel(), sol, "SURV", "CASE", "WAVE").items()}
    assert pooled == pytest.approx({"DEV*URB*LIT*STB": 0.917892, "DEV*LIT*~IND*STB": 0.843478,
                                    "DEV*URB*LIT*STB + DEV*LIT*~IND*STB": 0.881826}, abs=1e-6)
    neg = cluster_diagnostics(panel(), sol_neg, " ~SURV", "CASE", "WAVE")     # spacing as prepare_data reads it
    assert neg["~DEV + ~STB"].pooled == pytest.approx(0.83523, abs=1e-6)
    expr = cluster_diagnostics(panel(), "~DEV + ~STB", "~SURV", "CASE", "WAVE")["~DEV + ~STB"]
    assert expr.pooled == neg["~DEV + ~STB"].pooled


def test_cluster_diagnostics_refuse_a_solution_for_another_outcome():
    sol, sol_neg = panel_solutions()
    with pytest.raises(QCAInputError, match=r"outcome '~SURV' is not the outcome the solution was minimised for "
                                            r"\('SURV'\)"):
        cluster_diagnostics(panel(), sol, "~SURV", "CASE", "WAVE")
    with pytest.raises(QCAInputError, match=r"outcome 'SURV' is not the outcome .*\('~SURV'\)"):
        cluster_diagnostics(panel(), sol_neg, "SURV", "CASE", "WAVE")
    with pytest.raises(QCAInputError, match="results must be an expression of the conditions as text"):
        cluster_diagnostics(panel(), "  ", "SURV", "CASE", "WAVE")


def test_necessity_functions_need_an_expression_and_a_typology():
    data = lf()
    assert necessity_cases(data, "SURV", "LIT")["case"].tolist() == ["BE", "FR", "NL", "SE", "UK", "IE", "CZ", "FI"]
    for f in (necessity_cases, necessity_typology):
        for bad in (None, 1, ""):
            with pytest.raises(QCAInputError, match=r"nec_cond must be an expression of the conditions as text.*"
                                                    r"got " + repr(bad)):
                f(data, "SURV", bad)
    types = necessity_typology(data, "SURV", "LIT")
    xy = necessity_xy(types, "SURV")
    assert xy.loc["LIT in", "SURV in"] == "8: BE, CZ, FI, FR, IE, NL, SE, UK"
    assert xy.loc["LIT in", "SURV out"] == "5: AU, EE, DE, HU, PL"
    assert necessity_xy(types.set_index("case"), "SURV").equals(xy)             # cases as the index
    with pytest.raises(QCAInputError, match=r"typology must be necessity_typology\(\)'s table .*got a table "
                                            r"without condition, X, Y"):
        necessity_xy(data, "SURV")
    with pytest.raises(QCAInputError, match="typology must be .*got NoneType"):
        necessity_xy(None, "SURV")
    both = pd.concat([types, necessity_typology(data, "SURV", "DEV")], ignore_index=True)
    with pytest.raises(QCAInputError, match="of one condition, got 2 conditions"):
        necessity_xy(both, "SURV")
    with pytest.raises(QCAInputError, match="outcome must be the outcome's name as text"):
        necessity_xy(types, None)


def test_cases_at_the_crossover_are_said_in_their_number():
    """necessity_xy's warning ('case(s) AU of 'LIT' have X or SURV of exactly 0.5: ... they are in no cell') and
    theory_evaluation's note ('case(s) AU are in no list') said one case as several: each is said in its number."""
    types = necessity_typology(lf(), "SURV", "LIT")
    for half, said in ((["AU"], "case AU of 'LIT' has X or SURV of exactly 0.5: neither in nor out of the set, it is"),
                       (["AU", "BE"], "cases AU, BE of 'LIT' have X or SURV of exactly 0.5: neither in nor out of the "
                                      "set, they are")):
        with pytest.warns(q.QCAWarning, match=f"^necessity_xy: {said} in no cell of the 2 x 2 table$"):
            necessity_xy(types.assign(X=types["X"].where(~types["case"].isin(half), 0.5)), "SURV")
    for half, said in ((["AU"], "case AU is in no list"), (["AU", "BE"], "cases AU, BE are in no list")):
        data = lf()
        data.loc[half, ["DEV", "STB"]] = 0.5
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sol = q.minimize(_table(data, "SURV"), include="?")
        notes = theory_evaluation("DEV*STB", sol).notes
        assert any(n.startswith(f"{said}: membership exactly 0.5 in the theory") for n in notes), notes


def test_theory_evaluation_fit_unchanged_by_the_unchecked_measures():
    _, pars, _, _ = lf_solutions()
    ev = theory_evaluation("DEV*STB", pars)
    fit = ev.fit.set_index("set")
    y = ev.data["outcome"]
    for name in ("theory", "solution", "T*S", "~T*~S"):
        x = ev.data[name]
        assert fit.loc[name, "inclS"] == q.consistency(x, y) and fit.loc[name, "PRI"] == q.pri(x, y)
        assert fit.loc[name, "covS"] == q.coverage(x, y)


# ---------------------------------------------------------------- 5. permutation benchmark
C5 = ["DEV", "URB", "LIT", "IND", "STB"]


def test_permutation_benchmark_keeps_its_values():
    exact = q.permutation_benchmark(lc(), "SURV", C5, observed={"inclS": 1.0, "covS": 0.75})
    assert exact == {"assignments": 43758, "exact": True, "n_cases": 18, "n_positive": 8, "observed_rows": 9,
                     "share_contradiction_free": 0.0012797659856483385, "share_with_solution": 0.9802550390785685,
                     "observed_inclS": 1.0, "observed_covS": 0.75, "share_fitting_as_well": 0.056446821152703504}
    drawn = q.permutation_benchmark(lc(), "SURV", C5, max_exact=10, n_draws=500, seed=7,
                                    observed={"inclS": 1.0, "covS": 0.75})
    assert (drawn["assignments"], drawn["exact"], drawn["share_contradiction_free"], drawn["share_with_solution"],
            drawn["share_fitting_as_well"]) == (500, False, 0.002, 0.98, 0.072)
    # conditions as a comma-separated string (as truth_table reads them) and the fit as a Series
    assert q.permutation_benchmark(lc(), "SURV", "DEV, URB,LIT,IND,STB", observed=pd.Series(
        {"inclS": 1.0, "PRI": 1.0, "covS": 0.75})) == exact


def test_permutation_benchmark_is_a_result_that_prints_and_converts_as_the_others():
    """permutation_benchmark returned a plain dict, where the other functions return results that print as a table
    and give to_frame() / to_dict(): it is now such a result, still a dict of the same values (indexed and compared
    as before, a frame row by pd.DataFrame([b]))."""
    import json

    from analysis.qca._json import dumps

    b = q.permutation_benchmark(lc(), "SURV", C5, observed={"inclS": 1.0, "covS": 0.75})
    assert isinstance(b, dict) and b["assignments"] == 43758
    frame = b.to_frame()
    assert frame.shape == (1, len(b)) and list(frame.columns) == list(b)
    assert frame.iloc[0].tolist() == list(b.values())
    assert type(b.to_dict()) is dict and b.to_dict() == dict(b)
    text = str(b)
    assert text.startswith("Permutation benchmark (Braumoeller 2015)")
    for key, value in b.items():   # a line per value, its key first
        line = next(ln for ln in text.splitlines() if ln.startswith(key + " "))
        assert (f"{value:.4g}" if isinstance(value, float) else str(value)) in line, line
    assert repr(b).startswith("PermutationBenchmark({'assignments': 43758,")
    none = q.permutation_benchmark(pd.DataFrame({"A": [0, 0, 1, 1], "Y": [0, 0, 0, 0]}), "Y", ["A"])
    assert none.to_dict()["share_fitting_as_well"] is None   # NaN (no yardstick) as JSON's null
    assert json.loads(dumps(none.to_dict()))["observed_inclS"] is None
    assert "NaN" in next(ln for ln in str(none).splitlines() if ln.startswith("share_fitting_as_well"))


@pytest.mark.parametrize("kwargs,match", [
    ({"n_draws": 0, "max_exact": 10}, "n_draws must be a positive whole number, got 0"),
    ({"n_draws": 1.5, "max_exact": 10}, "n_draws must be a positive whole number, got 1.5"),
    ({"n_draws": True}, "n_draws must be a positive whole number, got True"),
    ({"seed": "x"}, "seed must be a whole number >= 0, got 'x'"),
    ({"seed": -1}, "seed must be a whole number >= 0, got -1"),
    ({"max_exact": "many"}, "max_exact must be a whole number >= 0, got 'many'"),
    ({"observed": {}}, r"observed must give the solution's fit as \{'inclS': .., 'covS': ..\}, got no inclS and "
                       "no covS"),
    ({"observed": [1.0, 0.7]}, "observed must be the solution's fit as a mapping .*got list"),
    ({"observed": {"inclS": "high", "covS": 0.7}}, r"observed\['inclS'\] must be a number in \[0, 1\], got 'high'"),
    ({"observed": {"inclS": 1.0, "covS": 1.7}}, r"observed\['covS'\] must be a number in \[0, 1\], got 1.7"),
    ({"conditions": C5 + ["SURV"]}, "conditions include the outcome 'SURV'"),
    ({"conditions": ["DEV", "NOPE"]}, r"unknown condition: 'NOPE'"),
    ({"data": "LC"}, "data must be a pandas DataFrame, got str"),
    ({"data": [[1, 0, 1]]}, "data must be a pandas DataFrame, got list"),
    ({"data": "fuzzy"}, "needs crisp .* not crisp: DEV"),
], ids=["draws-0", "draws-float", "draws-bool", "seed-text", "seed-negative", "max-exact", "observed-empty",
        "observed-list", "observed-text", "observed-range", "outcome-as-condition", "unknown", "data-str",
        "data-list", "fuzzy"])
def test_permutation_benchmark_refuses_bad_arguments(kwargs, match):
    args = {"data": lc(), "conditions": C5, **kwargs}
    if isinstance(args["data"], str) and args["data"] == "fuzzy":
        args["data"] = lc().assign(DEV=0.7)
    data, conditions = args.pop("data"), args.pop("conditions")
    with pytest.raises(QCAInputError, match=match):
        q.permutation_benchmark(data, "SURV", conditions, **args)


def test_permutation_benchmark_scores_the_observed_outcome_like_every_assignment():
    """Without `observed`, the yardstick is the observed outcome's own fit by the benchmark's statistic (the union
    of the positive rows): with n_cut = 2 a solution's fit is another statistic, and the observed assignment then did
    not 'fit as well' as itself (audit, round 11)."""
    df = pd.DataFrame({"A": [1, 1, 1, 0, 0], "B": [1, 1, 0, 0, 0], "Y": [1, 1, 1, 0, 0]}, index=list("abcde"))
    r = q.permutation_benchmark(df, "Y", "A,B", incl_cut=1, n_cut=2)
    assert (r["observed_inclS"], round(r["observed_covS"], 4)) == (1.0, 0.6667)
    assert r["assignments"] == 10 and r["share_fitting_as_well"] >= 1 / 10   # the observed assignment is among them


def test_a_membership_of_one_half_is_noted_and_in_no_row():
    """necessity().notes holds the data's own notes as truth_table().notes does (a condition at exactly 0.5 was only
    warned about), and case_typology() places such a case in no truth table row (audit, round 11)."""
    df = pd.DataFrame({"A": [0.5, 0.8, 0.2, 0.9, 0.1, 0.7], "B": [0.6, 0.9, 0.1, 0.2, 0.3, 0.8],
                       "Y": [0.6, 0.9, 0.1, 0.8, 0.3, 0.2]}, index=[f"c{i}" for i in range(6)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert any("exactly 0.5 for case(s) 'c0'" in n for n in q.necessity(df, "Y").notes)
        t = q.case_typology(q.minimize(q.truth_table(df, "Y", incl_cut=0.7), include="?")).set_index("case")
    assert pd.isna(t.loc["c0", "TT_row_number"]) and t.loc["c1", "TT_row_number"] == 4


def test_pof_refuses_haesebrouck_consistency_of_necessity():
    """pof(relation='necessity', haesebrouck_consistency=True) left inclH out without a word."""
    suff = q.pof("DEV*STB", lf(), "SURV", haesebrouck_consistency=True)
    assert suff.table["inclH"].tolist() == [pytest.approx(q.haesebrouck(suff.memberships["DEV*STB"], lf()["SURV"]))]
    with pytest.raises(QCAInputError, match=r"haesebrouck_consistency is a consistency of sufficiency .*"
                                            r"relation='necessity' has none"):
        q.pof("DEV*STB", lf(), "SURV", "necessity", haesebrouck_consistency=True)


# ---------------------------------------------------------------- 6. terms and expressions not given as text
def test_membership_functions_need_a_term_or_an_expression():
    """None or a number as the term / expression (or a theory) was a TypeError ('NoneType' object is not
    iterable); a term {'DEV': 5} of a fuzzy condition was read as ~DEV without a word."""
    data = lf()
    assert q.term_membership(data, {"DEV": 1, "STB": 0}).tolist() == q.term_membership(data, "DEV*~STB").tolist()
    assert q.expression_membership(data, ["DEV", {"URB": 0}]).tolist() == \
        q.expression_membership(data, "DEV + ~URB").tolist()
    for bad in (None, 5):
        with pytest.raises(QCAInputError, match=r"term must be a term such as 'A\*~B' or \{'A': 1, 'B': 0\}, got "
                                                 + repr(bad)):
            q.term_membership(data, bad)
        with pytest.raises(QCAInputError, match=r"expression must be text such as 'A\*~B \+ C' or a list of terms, "
                                                 r"got " + repr(bad)):
            q.expression_membership(data, bad)
        with pytest.raises(QCAInputError, match=r"theory must be an expression of the conditions as text.*got "
                                                 + repr(bad)):
            q.theory_evaluation(bad, lf_solutions()[1])
    with pytest.raises(QCAInputError, match=r"term: the value of 'DEV' must be 1 \(the set\) or 0 \(its negation\), "
                                             r"got 5"):
        q.term_membership(data, {"DEV": 5})
    with pytest.raises(QCAInputError, match="each term of expression: the value of 'URB' must be 1"):
        q.expression_membership(data, ["DEV", {"URB": "1"}])
    with pytest.raises(QCAInputError, match="unknown condition 'GDP'"):
        q.term_membership(data, {"GDP": 1})
    mv = pd.DataFrame({"A": [0, 1, 2], "B": [1, 0, 1]})
    assert q.term_membership(mv, {"A": 2}).tolist() == [0.0, 0.0, 1.0]
    with pytest.raises(QCAInputError, match=r"the value of 'A' must be a level 0..2, got 3"):
        q.term_membership(mv, {"A": 3})


def test_esa_functions_need_a_truth_table():
    """esa_rows(solution) returned {} (no rows blocked) without a word and exclude_rows(solution) was an
    AttributeError ('Solution' object has no attribute 'n_configurations')."""
    tt, pars, _, _ = lf_solutions()
    assert q.esa_rows(tt, "STB") == {"necessity": [3, 7, 9, 11, 13, 15, 17, 19, 21, 25, 27, 29]}
    for f, args in ((q.esa_rows, ("STB",)), (q.exclude_rows, ([7],)), (q.esa, ("STB",))):
        with pytest.raises(QCAInputError, match=rf"{f.__name__} needs a TruthTable \(from truth_table\(\)\), got "
                                                r"Solution \(a Solution's table is solution.truth_table\)"):
            f(pars, *args)
        with pytest.raises(QCAInputError, match=rf"{f.__name__} needs a TruthTable .*got NoneType$"):
            f(None, *args)
        with pytest.raises(QCAInputError, match=rf"{f.__name__} needs a TruthTable .*got DataFrame$"):
            f(lf(), *args)


def test_measures_pair_two_series_by_their_cases():
    """Two Series were paired by position: y in another case order (sorted, or from another file) gave another
    consistency without a word (0.926 for LF's DEV against LC's SURV numbered 0..17)."""
    x, y = lf()["DEV"], lf()["SURV"]
    shuffled = y.sort_values()
    for f in MEASURES.values():
        assert f(x, shuffled) == f(x, y)
    assert q.consistency(x.to_numpy(), y.to_numpy()) == q.consistency(x, y)
    with pytest.raises(QCAInputError, match=r"x and y are pandas Series of different cases .*x has cases 'AU', "
                                            r"'BE', .*y has cases 0, 1, 2, 3, 4 that x has not.*\.to_numpy\(\)"):
        q.consistency(x, lc()["SURV"].reset_index(drop=True))
    with pytest.raises(QCAInputError, match=r"x and y are pandas Series of different cases \(their indexes differ: x "
                                            r"has case 'AU' that y has not; y has case 'XX' that x has not\)"):
        q.pri(x.iloc[:-1], y.rename({"AU": "XX"}).iloc[:-1])
    for columns, said in ((["A", "A", "B"], "the column 'A' more than once"),   # was 'the column(s) 'A''
                          (["A", "A", "B", "B"], "the columns 'A', 'B' more than once")):
        with pytest.raises(QCAInputError, match=rf"^x must have one column per set, got {said}$"):
            q.negate(pd.DataFrame([[0.1] * len(columns)], columns=columns))


def test_find_rows_refusals_say_their_cases_models_and_keywords_in_their_number(monkeypatch):
    """find_rows' helpers said one case, model name or keyword as several ('got different memberships for case(s)
    AR', 'unknown model name(s) in ['M9']', 'unknown keyword argument(s) max_model'): each is said in its number."""
    tt, pars, _, _ = lf_solutions()
    for changed, said in ((1, "for case AU$"), (2, "for cases AU, BE$")):
        other = lf()
        other.loc[other.index[:changed], "DEV"] = 1 - other.loc[other.index[:changed], "DEV"]
        with pytest.raises(QCAInputError, match=f"must come from the same data .*different memberships {said}"):
            q.contradictory_assumptions(pars, q.minimize(_table(other, "~SURV"), include="?"))
    for models, said in ((["M9"], "unknown model name in \\['M9'\\]"),
                         (["M1", "M8", "M9"], "unknown model names in \\['M1', 'M8', 'M9'\\]")):
        with pytest.raises(QCAInputError, match=f"^{said} \\(models: \\['M1'"):
            q.simplifying_assumption_rows(pars, models=models)
    monkeypatch.setattr("analysis.qca.r_calls.keyword_message", lambda *args, **kw: "")   # the plain fallback
    for budgets, said in (({"max_model": 5}, "unknown keyword argument max_model of"),
                          ({"max_model": 5, "max_wrk": 1}, "unknown keyword arguments max_model, max_wrk of")):
        with pytest.raises(QCAInputError, match=f"^{said} simplifying_assumption_rows: it takes minimize"):
            q.simplifying_assumption_rows(tt, **budgets)


def test_solutions_condition_names_and_summary_columns_are_said_in_their_number():
    """good_practice's 'the conservative solution(s) come from another truth table', truth_table's 'condition
    name(s) 'PRI' are also columns' and a sweep's 'summarize() returned reserved column name(s) ['n_models']' said
    one as several: each is said in its number (one and two here)."""
    tt, pars, _, _ = lf_solutions()
    other = _table(lf(), "SURV", incl_cut=0.7)
    for sols, said in (([pars, q.minimize(other, include="")], "the conservative solution comes from"),
                       ([pars, q.minimize(other, include=""), q.minimize(other, include="?", dir_exp="1,1,1,1,1")],
                        "the conservative, intermediate solutions come from")):
        with pytest.raises(QCAInputError, match=f"^{said} another truth table than the parsimonious one: give"):
            q.good_practice(sols)
    with pytest.raises(QCAInputError, match=r"^condition names 'PRI', 'OUT' are also columns of the truth table \(OUT, "
                                            r"n, incl, PRI, cases, DCC\); rename the data columns, e.g\. PRI_set$"):
        _table(lf().rename(columns={"DEV": "PRI", "URB": "OUT"}), "SURV", ["PRI", "OUT", "LIT"])
    from analysis.qca.robustness import case_removal

    lf_frame = lf().set_index("case") if "case" in lf().columns else lf()
    for extra, said in (({"n_models": 1}, r"reserved column name \['n_models'\]"),
                        ({"n_models": 1, "error": ""}, r"reserved column names \['error', 'n_models'\]")):
        with pytest.raises(QCAInputError, match=rf"^setting without AU: summarize\(\) returned {said}$"):
            case_removal(lf_frame, "SURV", CONDS, incl_cut=0.8, summarize=lambda sol, extra=extra: extra)


def test_simplifying_assumption_rows_refuses_an_unknown_budget():
    """simplifying_assumption_rows(..., max_model=5) (misspelt max_models) was ignored without a word, as
    find_rows refuses it."""
    tt, pars, _, _ = lf_solutions()
    assert q.simplifying_assumption_rows(tt, max_models=5) == q.simplifying_assumption_rows(pars) \
        == {10, 12, 14, 16, 17, 18, 21, 25, 26, 28, 29, 30}
    for source in (tt, pars):
        with pytest.raises(QCAInputError, match=r"simplifying_assumption_rows\(\) takes no argument 'max_model'; did "
                                                r"you mean 'max_models'\? \(its arguments: source, models, "
                                                r"max_models, allow_partial, max_work"):
            q.simplifying_assumption_rows(source, max_model=5)


def test_solution_to_dict_checks_its_options():
    """to_dict(rows_limit='10') was a TypeError ('<=' not supported between int and str) and pi_chart='no' computed
    and included the full chart (a non-empty string is true)."""
    _, pars, _, _ = lf_solutions()
    inter = q.minimize(lf_solutions()[0], "?", dir_exp="1,1,1,1,1")
    assert inter.to_dict(rows_limit=0)["intermediate"]["C1P1"]["easy_counterfactuals"]["rows"] is None
    assert pars.to_dict(rows_limit=0)["simplifying_assumptions"]["M1"] == {
        "n_rows": 12, "cubes": [{"term": "DEV*~IND", "n_rows": 7}, {"term": "URB*STB", "n_rows": 7}], "rows": None}
    assert pars.to_dict(rows_limit=np.int64(3)) == pars.to_dict(rows_limit=3)
    for sol in (pars, inter, pars.models[0]):
        for bad in ("10", -1, 2.5, True):   # None is no limit (as max_models=None): test_qca_result_edges.py
            with pytest.raises(QCAInputError, match=rf"rows_limit must be a whole number >= 0 or None \(every "
                                                    rf"row\), got {bad!r}"):
                sol.to_dict(rows_limit=bad)
    for bad in ("no", 0, "False"):
        with pytest.raises(QCAInputError, match=rf"pi_chart must be True .*False .*None .*got {bad!r}"):
            pars.to_dict(pi_chart=bad)
    assert "pi_chart" in pars.to_dict(pi_chart=True)


def test_cluster_diagnostics_need_column_names():
    """unit=['CASE'] or cluster=['WAVE'] (a list, as pandas' groupby takes) was a TypeError: unhashable type."""
    for kw, match in (({"unit": ["CASE"]}, r"unit must be the name of the column of unit ids, e.g. 'CASE', got "
                                           r"\['CASE'\]"),
                      ({"cluster": ["WAVE"]}, r"cluster must be the name of the column of cluster ids, e.g. 'WAVE', "
                                              r"got \['WAVE'\]"),
                      ({"unit": None}, "unit must be the name .*got None")):
        args = {"unit": "CASE", "cluster": "WAVE", **kw}
        with pytest.raises(QCAInputError, match=match):
            cluster_diagnostics(panel(), "DEV*STB", "SURV", args["unit"], args["cluster"])
    with pytest.raises(QCAInputError, match=r"column 'ID' \(unit / cluster id\) is not in the data"):
        cluster_diagnostics(panel(), "DEV*STB", "SURV", "ID", "WAVE")


# ---------------------------------------------------------------- 7. the helpers of terms and directional expectations
def test_term_helpers_check_conditions_levels_and_codes():
    """parse_term / parse_expression / parse_dir_exp with conditions None or noflevels short were a TypeError,
    IndexError or KeyError; conditions 'A,B' were read letter by letter; format_term / format_expression with text
    or None were a ValueError or TypeError, and an implicant longer than the conditions lost its last codes
    ([1, 2, 3] of A, B was '~A*B') without a word."""
    assert q.parse_term("A*~B", ["A", "B"]) == {"A": 1, "B": 0}
    assert q.parse_term("A[2]", ("A", "B"), np.array([3, 2])) == {"A": 2}
    assert q.format_term(np.array([1, 2], dtype=np.int16), ["A", "B"]) == "~A*B"
    assert q.format_expression([[2, 0], [0, 1]], ["A", "B"]) == "A + ~B"
    assert q.format_term([3, 0], ["A", "B"], multivalue=True) == "A[2]"
    assert q.parse_dir_exp("1,-", ["A", "B"], [2, 2]) == {"A": frozenset({1}), "B": None}
    for f in (q.parse_term, q.parse_expression):
        for bad in (None, "A,B", 5):
            with pytest.raises(QCAInputError, match=r"conditions must be a list of condition names such as "
                                                    r"\['A', 'B'\], got " + re.escape(repr(bad))):
                f("A*B", bad)
        with pytest.raises(QCAInputError, match=r"noflevels must give a number of levels >= 2 .* for each of the 2 "
                                                r"conditions \('A', 'B'\), got \[2\]"):
            f("A*B", ["A", "B"], [2])
    with pytest.raises(QCAInputError, match="conditions must be a list of condition names"):
        q.parse_dir_exp("1,1", None, [2, 2])
    with pytest.raises(QCAInputError, match="noflevels must be a list of numbers of levels, one per condition"):
        q.parse_dir_exp("1,1", ["A", "B"], None)
    with pytest.raises(QCAInputError, match=r"noflevels must give a number of levels >= 2 .*got \[2\]"):
        q.parse_dir_exp("1,1", ["A", "B"], [2])
    for bad in ("A", None, {"A": 1}):
        with pytest.raises(QCAInputError, match="an implicant must be a sequence of codes, one per condition"):
            q.format_term(bad, ["A"])
    with pytest.raises(QCAInputError, match=r"an implicant must give a code >= 0 .* for each of the 2 conditions "
                                            r"\('A', 'B'\), got \[1, 2, 3\]"):
        q.format_term([1, 2, 3], ["A", "B"])
    with pytest.raises(QCAInputError, match=r"implicant \[5, 0\]: codes above 2 are values of multi-value "
                                            r"conditions; pass multivalue=True"):
        q.format_term([5, 0], ["A", "B"])
    with pytest.raises(QCAInputError, match="conditions must be a list of condition names"):
        q.format_term([1, 2], "AB")
    for bad in (None, "A"):
        with pytest.raises(QCAInputError, match="implicants must be a list of implicants"):
            q.format_expression(bad, ["A"])


def test_necessity_pairs_of_consistency_need_the_other_conditions():
    """conditions=[] (or the necessary condition alone) matched the deviant cases within no truth table row and gave
    a table without a word; like conditions=None, it is refused."""
    assert q.necessity_pairs(lf(), "SURV", "LIT", "typical-deviant consistency", conditions="DEV,URB").shape == (0, 7)
    for bad in ([], ["LIT"], "LIT"):
        with pytest.raises(QCAInputError, match=r"typical-deviant consistency pairs are matched within truth table "
                                                r"rows of the other conditions: conditions must name .* besides "
                                                r"'LIT', got " + re.escape(repr(bad))):
            q.necessity_pairs(lf(), "SURV", "LIT", "typical-deviant consistency", conditions=bad)


def test_a_term_as_a_mapping_hints_at_the_near_condition_as_text_does():
    """An unknown name in a term given as {condition: value} gets data._near's hint, as the same term as text does
    (parse_term): here a lowercase name."""
    data = pd.DataFrame({"DEV": [0.2, 0.8], "URB": [1.0, 0.0]})
    for term in ({"urb": 1}, [{"DEV": 1, "urb": 0}]):
        call = q.term_membership if isinstance(term, dict) else q.expression_membership
        with pytest.raises(QCAInputError, match=r"unknown condition 'urb'; did you mean 'URB'\? .*\(columns: DEV, URB\)"):
            call(data, term)
    with pytest.raises(QCAInputError, match=r"unknown condition '5' \(columns: DEV, URB\)"):
        q.term_membership(data, {5: 1})   # not a name: no hint, and no crash looking for one


def test_near_says_where_the_blanks_are():
    """data._near: blanks around the name asked for are the name's, not the header's (it said "column 'DEV' has
    blanks around its name" of a clean header); blanks in the header are still the header's."""
    with pytest.raises(QCAInputError, match=r"unknown condition ' DEV '; did you mean 'DEV'\? \(the name given has "
                                            r"blanks around it\)"):
        q.term_membership(pd.DataFrame({"DEV": [0.2, 0.8]}), {" DEV ": 1})
    with pytest.raises(QCAInputError, match=r"unknown condition 'DEV'; column ' DEV ' has blanks around its name"):
        q.term_membership(pd.DataFrame({" DEV ": [0.2, 0.8]}), {"DEV": 1})


def test_cluster_unknown_condition_is_the_expressions_problem():
    """cluster_diagnostics with an expression naming no column: the expression's error with data._near's hint and
    the conditions it may use (unit and cluster columns left out), as pof's; the CLI names --expression."""
    data = pd.DataFrame({"A": [1, 0, 1, 0], "B": [0, 1, 1, 0], "Y": [1, 0, 1, 0], "unit": ["u1", "u1", "u2", "u2"],
                         "wave": ["w1", "w2", "w1", "w2"]})
    with pytest.raises(QCAInputError, match=r"^expression 'a\*B': unknown condition 'a'; did you mean 'A'\? .*"
                                            r"\(conditions: 'A', 'B'\)$"):
        q.cluster_diagnostics(data, "a*B", "Y", "unit", "wave")


def test_negative_and_above_one_memberships_are_named_together():
    """An outcome with a negative value and a fraction above 1 (not calibrated) is one error naming both, not the
    negative one first and the other after the user has mended it (a researcher's audit)."""
    data = pd.DataFrame({"A": [1, 0, 1, 0], "B": [0, 1, 1, 0], "Y": [-0.2, 1.5, 0.4, 0.7]}, index=list("abcd"))
    with pytest.raises(QCAInputError, match=r"'Y' has negative value\(s\) for case\(s\) 'a': -0\.2, and "
                                            r"membership\(s\) above 1 for case\(s\) 'b': 1\.5; allowed"):
        q.truth_table(data, "Y", ["A", "B"])


def test_no_full_width_hint_for_a_character_the_columns_use_themselves():
    """A Chinese header may hold '，' or '、' itself ('医生数（人，每千人口）'): a name the data lacks is then not
    'a full-width operator where the ASCII one is meant', and the hint that fits (here the case of the letters) must
    not be hidden by it. The hint stays where no column uses the character, or where the name read with the ASCII
    character is made of columns ('财政，人员' for 财政 and 人员)."""
    df = pd.DataFrame({"医生数（人，每千人口）": [0, 1, 0, 1], "Staff、Budget": [0, 0, 1, 1], "财政": [1, 0, 1, 0],
                       "Y": [0, 1, 1, 1]}, index=list("abcd"))
    with pytest.raises(QCAInputError) as err:
        q.truth_table(df, "Y", ["医生数(人，每千人口)"])
    assert "'，' -> ','" not in str(err.value) and "医生数(人，每千人口)" in str(err.value)
    with pytest.raises(QCAInputError, match=r"did you mean 'Staff、Budget'\?") as err:
        q.truth_table(df, "Y", ["staff、budget"])
    assert "'、' -> ','" not in str(err.value)
    with pytest.raises(QCAInputError, match="'＊' -> '\\*'"):
        q.truth_table(df, "Y", ["财政＊Staff"])
    df["人员"] = [1, 1, 0, 0]   # a header holds '，', but the name read with ',' is two columns: the hint stays
    with pytest.raises(QCAInputError, match="'，' -> ','"):
        q.truth_table(df, "Y", ["财政，人员"])


def test_many_summary_rows_are_counted_as_the_other_notes_count_cases():
    """More than five cases named like summary rows: the note shows five and says how many more ('... and 2 more'),
    as every other note on cases does (data._names), not a bare ' ...'."""
    from analysis.qca.data import prepare_data

    names = ["Total", "Sum", "Mean", "Median", "Min", "Max", "Std", "Beijing"]
    df = pd.DataFrame({"A": [0, 1] * 4, "Y": [1, 0, 1, 1, 0, 1, 0, 1]}, index=names)
    with pytest.warns(q.QCAWarning, match="summary row") as caught:
        prepare_data(df, "Y", ["A"])
    note = next(str(w.message) for w in caught if "summary row" in str(w.message))
    assert note.startswith("case 'Total', 'Sum', 'Mean', 'Median', 'Min' and 2 more look like a summary row"), note


def test_cluster_expression_naming_the_unit_or_cluster_column_says_so():
    """An expression naming the unit or cluster id column is told that column's role, not 'unknown condition'
    (the column is in the file, and was dropped as an id; a diff review)."""
    data = pd.DataFrame({"A": [1, 0, 1, 0], "Y": [1, 0, 1, 0], "unit": ["u1", "u1", "u2", "u2"],
                         "wave": ["w1", "w2", "w1", "w2"]})
    for name, role in (("wave", "cluster"), ("unit", "unit")):
        with pytest.raises(QCAInputError, match=rf"^expression 'A\*{name}': '{name}' is the column of {role} ids, not "
                                                r"a condition"):
            q.cluster_diagnostics(data, f"A*{name}", "Y", "unit", "wave")


def test_cluster_diagnostics_print_an_undefined_consistency_as_a_dash():
    """A unit whose memberships in the expression are 0 in every wave has no within consistency (0/0): the printed
    table said 'nan' there, where every other table of the engine prints '-' (found by the engine audit)."""
    df = pd.DataFrame({"unit": ["u1"] * 3 + ["u2"] * 3, "wave": [1, 2, 3] * 2,
                       "A": [0.0, 0.0, 0.0, 0.8, 0.7, 0.9], "Y": [0.2, 0.6, 0.1, 0.9, 0.8, 0.7]})
    res = cluster_diagnostics(df, "A", "Y", "unit", "wave")["A"]
    assert res.within["u1"] != res.within["u1"]        # undefined
    text = str(res)
    assert "nan" not in text.lower() and " -" in text, text
    assert res.to_dict()["within"]["u1"] is None


R_ONLY_MINIMIZE = {"all_sol": "all.sol", "pi_cons": "pi.cons", "sol_cons": "sol.cons", "pi_depth": "pi.depth",
                   "sol_depth": "sol.depth", "min_pin": "min.pin", "sol_cov": "sol.cov", "first_min": "first.min",
                   "max_comb": "max.comb"}


@pytest.mark.parametrize("name", sorted(R_ONLY_MINIMIZE))
def test_r_only_arguments_of_minimize_are_named_with_what_to_do_instead(name):
    """R QCA's minimize() arguments this engine does not implement (all.sol, pi.cons, ...) were Python's bare
    TypeError ('unexpected keyword argument'); now a QCAInputError names R's argument, says the engine does not
    implement it and what to do instead. R's dotted spelling, passed as **{'all.sol': True}, is named the same."""
    tt = lf_solutions()[0]
    for given in (name, R_ONLY_MINIMIZE[name]):
        with pytest.raises(QCAInputError) as err:
            q.minimize(tt, include="?", **{given: True})
        message = str(err.value)
        assert f"{given} is R QCA's minimize(..., {R_ONLY_MINIMIZE[name]} = ...)" in message
        assert "does not implement" in message and "instead" in message


def test_r_only_arguments_say_what_replaces_them():
    tt = lf_solutions()[0]
    with pytest.raises(QCAInputError, match=r"all\.sol .*max_models"):
        q.minimize(tt, include="?", all_sol=True)
    with pytest.raises(QCAInputError, match=r"sol\.cons .*pof\(\)"):
        q.minimize(tt, include="?", sol_cons=0.8)
    with pytest.raises(QCAInputError, match=r"first\.min .*max_models=1"):
        q.minimize(tt, include="?", first_min=True)
    with pytest.raises(QCAInputError, match=r"calibrate\(\.\.\., ecdf = \.\.\.\).*does not implement"):
        q.calibrate([1, 2, 3], thresholds="e=1, c=2, i=3", ecdf=True)
    with pytest.raises(QCAInputError, match=r"minimize\(\) takes no argument 'nonsense' \(its arguments: tt, "):
        q.minimize(tt, include="?", nonsense=True)   # other names: named with the arguments taken (was TypeError)
    assert str(q.minimize(tt, include="?")) == str(lf_solutions()[1])              # the calls that work: unchanged


@pytest.mark.parametrize("given", ["incl_cut", "n_cut", "pri_cut", "outcome", "conditions", "incl.cut"])
def test_a_truth_tables_argument_given_to_minimize_says_where_it_belongs(given):
    """R QCA's minimize() takes the data and the truth table's arguments in one call (minimize(LF, outcome = "SURV",
    incl.cut = 0.8)); minimize(tt, include='?', incl_cut=0.8), an R user's and a workshop participant's habit, was
    Python's bare TypeError ('unexpected keyword argument'), which does not say that the cut-off belongs to the
    truth table. Now a QCAInputError names truth_table() and the two calls; with data in place of the table too."""
    tt = lf_solutions()[0]
    value = {"outcome": "SURV", "conditions": ["DEV", "URB"]}.get(given.replace(".", "_"), 0.8)
    for first in (tt, lf()):
        with pytest.raises(QCAInputError) as err:
            q.minimize(first, include="?", **{given: value})
        message = str(err.value)
        assert f"{given} is an argument of truth_table(), not of minimize()" in message, message
        assert "tt = truth_table(data, outcome, conditions, " in message and "minimize(tt, " in message, message


@pytest.mark.parametrize("call, match", [
    (lambda lf: q.truth_table(lf, "SURV", incl_cut="0.8"), r"incl_cut .*got '0\.8': write 0\.8, a number, not the text"),
    (lambda lf: q.truth_table(lf, "SURV", incl_cut=("0.9", 0.6)), r"write 0\.9, a number, not the text '0\.9'"),
    (lambda lf: q.truth_table(lf, "SURV", pri_cut="0.5"), r"pri_cut .*write 0\.5, a number"),
    (lambda lf: q.truth_table(lf, "SURV", n_cut="2"), r"n_cut .*write 2, a number, not the text '2'"),
    (lambda lf: q.necessity(lf, "SURV", benchmark="0.9"), r"benchmark .*write 0\.9, a number"),
])
def test_cut_offs_given_as_text_are_refused_everywhere_with_the_number_to_write(call, match):
    # truth_table read incl_cut='0.8' and pri_cut='0.5' as numbers while necessity, n_cut and pof refused text:
    # one rule now (refused, saying which number to write)
    lf = pd.read_csv(DATASETS / "LF.csv", index_col=0)
    with pytest.raises(QCAInputError, match=match):
        call(lf)


def test_membership_functions_called_with_the_expression_first_say_the_order():
    """pof(expression, data, outcome) takes the expression first (as R's pof and compute), expression_membership and
    term_membership take the data first: the call written in pof's order was refused as 'data must be a pandas
    DataFrame of memberships, got str', which does not say that the two arguments are swapped."""
    lf = _read("LF")
    for fn, what in [(q.expression_membership, "expression"), (q.term_membership, "term")]:
        with pytest.raises(QCAInputError, match=rf"{fn.__name__}\(data, {what}\): the data come first"):
            fn("DEV*STB", lf)
        assert fn(lf, "DEV*STB").tolist() == np.minimum(lf["DEV"], lf["STB"]).tolist()


@pytest.mark.parametrize("call", [
    lambda d: q.truth_table(d, "SURV", CONDS, incl_cut=0.8, case_column="case"),
    lambda d: q.robustness_protocol(d, "SURV", CONDS, [{"label": "x", "incl_cut": 0.75}], incl_cut=0.8,
                                    case_column="case"),
    lambda d: q.threshold_range(d, "SURV", CONDS, "incl_cut", 0.01, 2, incl_cut=0.8, case_column="case"),
    lambda d: __import__("analysis.qca.robustness", fromlist=["case_removal"]).case_removal(
        d, "SURV", CONDS, case_column="case", incl_cut=0.8),
], ids=["truth_table", "robustness_protocol", "threshold_range", "case_removal"])
def test_a_case_column_that_is_already_the_index_is_named_so(call):
    """Data read with index_col='case' and then given case_column='case' (the CLI's --case-column habit, or the hint
    "pass case_column='case'") was told "case column 'case' is not in the data", though the data's cases are named by
    exactly that. The message now says the index already names the cases and to leave case_column out."""
    d = lf()
    assert d.index.name == "case"
    with pytest.raises(QCAInputError) as err:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call(d)
    assert "case column 'case' is the data's index" in str(err.value) and "leave case_column out" in str(err.value)


def test_negate_of_calibrated_sets_with_their_case_column_says_to_index_them():
    """calibrate_frame(raw, spec, keep=['case']) keeps the case names as a column; negate() of that frame said
    "x column 'case' must be memberships in [0, 1] (numbers), got text such as 'AU'"; it now says the column holds
    case names and how to make it the index (checked to work)."""
    from analysis.qca.read import read_spec_file

    raw = pd.read_csv(ROOT / "data/reference/datasets/LR.csv")
    sets = q.calibrate_frame(raw, read_spec_file(ROOT / "docs/examples/LR_calibration.yaml"), keep=["case"])
    with pytest.raises(QCAInputError, match=r"^x column 'case' holds a different text for every case, like case "
                                            r"names, not memberships: make it the index first, "
                                            r"negate\(df.set_index\('case'\)\), or negate the sets' columns only$"):
        q.negate(sets)
    assert q.negate(sets.set_index("case")).columns[0] == "~DEV"


def test_dir_exp_as_a_number_and_a_sum_given_to_parse_term_say_what_to_write():
    """dir_exp=11111 (five expectations typed as a number) said only "got int"; parse_term('DEV+URB') (a solution's
    sum where one term is read) said "cannot read literal 'DEV+URB'": each now says what to write instead."""
    from analysis.qca import parse_term

    tt = q.truth_table(lc(), "SURV", CONDS)
    with pytest.raises(QCAInputError, match=r"got int 11111: write the expectations as text, one per condition in "
                                            r"order, '1,1,1,1,1'$"):
        q.minimize(tt, "?", dir_exp=11111)
    with pytest.raises(QCAInputError, match=r"got int 1: write the expectations as text, one per condition in order "
                                            r"\(5\), e\.g\. '1,1,1,1,1'$"):
        q.minimize(tt, "?", dir_exp=1)
    with pytest.raises(QCAInputError, match=r"'DEV\+URB' is a sum of terms \(joined by '\+', as a solution is "
                                            r"written\): parse_term reads one term, parse_expression\(text, "
                                            r"conditions\) a sum$"):
        parse_term("DEV+URB", CONDS.split(","))


@pytest.mark.parametrize("call", [lambda tt: q.necessity(tt, "SURV"), lambda tt: q.super_subset(tt, "SURV"),
                                  lambda tt: q.pof("DEV", tt, "SURV"),
                                  lambda tt: q.necessity(q.minimize(tt, include="?"), "SURV")])
def test_a_result_given_for_the_data_names_the_data_meant(call):
    """necessity(tt, 'SURV') (a truth table, or a solution, where the data frame goes, as R's pofind and superSubset
    take data) said only 'data must be a pandas DataFrame, got TruthTable'; now it says the function reads the data
    frame the result was built from."""
    tt = q.truth_table(lf(), "SURV", CONDS, incl_cut=0.8)
    with pytest.raises(QCAInputError) as err:
        call(tt)
    said = (r"data must be a pandas DataFrame, got (TruthTable|Solution): this function reads the cases' "
            r"memberships themselves, the data frame the (truth table|solution) was built from")
    assert re.search(said, str(err.value)), err.value


def test_a_single_test_given_as_a_mapping_is_told_to_make_it_a_list():
    """robustness_protocol(..., tests={'label': ..., ...}), one test without its list, said only 'tests must be a
    non-empty list of specifications such as {...}', which is what was given; now: wrap it in a list."""
    with pytest.raises(QCAInputError) as err:
        q.robustness_protocol(lf(), "SURV", CONDS, {"label": "n 2", "n_cut": 2}, incl_cut=0.8)
    assert "one test given as a mapping: put it in a list, [{'label': 'n 2', 'n_cut': 2}]" in str(err.value), err.value
