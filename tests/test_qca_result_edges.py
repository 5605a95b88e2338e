"""Small rough edges a researcher meets in JupyterLab with the engine's result objects and arguments: each test
fails before its fix."""
from __future__ import annotations

from fractions import Fraction

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, minimize, truth_table

CONDS = ["DEV", "URB", "LIT", "IND", "STB"]


@pytest.fixture(scope="module")
def lf():
    return pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")


def test_n_cut_takes_a_whole_fraction_and_names_a_broken_one(lf):
    # checks.cell_number reads a Fraction cell as the number it is; n_cut=Fraction(2) was refused as not whole
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8, n_cut=Fraction(2))
    assert tt.n_cut == 2 and type(tt.n_cut) is int
    assert tt.to_dict() == truth_table(lf, "SURV", CONDS, incl_cut=0.8, n_cut=2).to_dict()
    with pytest.raises(QCAInputError, match=r"n_cut must be a whole number of cases >= 1, got Fraction\(5, 2\) "
                                            r"\(5/2 is not a whole number\)"):
        truth_table(lf, "SURV", CONDS, n_cut=Fraction(5, 2))
    with pytest.raises(QCAInputError, match=r"n_cut must be at least 1"):
        truth_table(lf, "SURV", CONDS, n_cut=Fraction(0))


@pytest.mark.parametrize("name", ["max_models", "max_work", "sa_limit", "ec_limit", "max_implicants"])
def test_minimize_budgets_take_a_whole_fraction_as_n_cut_does(lf, name):
    """truth_table's n_cut took Fraction(2) (a number as cells are read, checks.cell_number), but minimize()'s
    budgets, checked by checks.whole, refused Fraction(3) as 'not a positive whole number' and said nothing about
    why Fraction(7, 2) was refused. Both now agree: a whole Fraction is its int, a broken one is named."""
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    big = 10 ** 6 if name in ("max_work", "max_implicants") else 3
    assert str(minimize(tt, "?", **{name: Fraction(big)})) == str(minimize(tt, "?", **{name: big}))
    with pytest.raises(QCAInputError) as exc:
        minimize(tt, "?", **{name: Fraction(7, 2)})
    assert str(exc.value) == f"{name} must be a positive whole number, got Fraction(7, 2) (7/2 is not a whole number)"


def test_whole_takes_a_whole_fraction_and_tells_the_digits_for_a_whole_float():
    from analysis.qca.checks import whole

    assert whole("seed", Fraction(0), least=0) == 0 and type(whole("seed", Fraction(4), least=0)) is int
    with pytest.raises(QCAInputError, match=r"^seed must be a whole number >= 0, got Fraction\(-7, 2\) "
                                            r"\(-7/2 is not a whole number\)$"):
        whole("seed", Fraction(-7, 2), least=0)
    # 1e6 (how R and papers write a million) was refused without the digits to write
    with pytest.raises(QCAInputError, match=r"^max_work must be a positive whole number, got 1000000.0; write 1000000 "
                                            r"\(a whole number, not the float 1000000.0\)$"):
        whole("max_work", 1e6)
    with pytest.raises(QCAInputError, match=r"^max_models must be a positive whole number, got 1.5$"):
        whole("max_models", 1.5)
    with pytest.raises(QCAInputError, match=r"^max_models must be a positive whole number, got 0.0$"):
        whole("max_models", 0.0)

def test_to_dict_rows_limit_none_lists_every_row(lf):
    # max_models=None means "all"; rows_limit=None was refused ("must be a whole number >= 0, got None")
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    pars = minimize(tt, "?")
    inter = minimize(tt, "?", dir_exp="1,1,1,1,1")
    for sol in (pars, inter, pars.models[0]):
        assert sol.to_dict(rows_limit=None) == sol.to_dict(rows_limit=10 ** 6)
    assert pars.to_dict(rows_limit=None)["simplifying_assumptions"]["M1"]["rows"] is not None
    assert pars.to_dict(rows_limit=0)["simplifying_assumptions"]["M1"]["rows"] is None
    pair = inter.to_dict(rows_limit=None)["intermediate"]["C1P1"]
    assert pair["easy_counterfactuals"]["rows"] is not None
    with pytest.raises(QCAInputError, match=r"rows_limit must be a whole number >= 0 or None \(every row\), got -1"):
        pars.to_dict(rows_limit=-1)


def test_dir_exp_takes_levels_in_braces_as_in_brackets():
    # 'DEV[1,2], URB[1]' worked on multi-value data while 'DEV{1,2}, URB{1}' was split at the comma inside the braces
    lm = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LM.csv", index_col="case")
    tt = truth_table(lm, "SURV", CONDS)
    brackets = minimize(tt, include="?", dir_exp="DEV[1,2], URB[1]")
    for braces in ("DEV{1,2}, URB{1}", "DEV{1;2},URB{1}", "DEV{ 1, 2 }, URB[1]"):
        sol = minimize(tt, include="?", dir_exp=braces)
        assert sol.dir_exp == brackets.dir_exp == {"DEV": frozenset({1, 2}), "URB": frozenset({1}), "LIT": None,
                                                   "IND": None, "STB": None}
        assert str(sol) == str(brackets)
    with pytest.raises(QCAInputError, match=r"'DEV\{1,2,1\}' names a level twice"):
        minimize(tt, include="?", dir_exp="DEV{1,2,1}")


def test_a_solution_without_dir_exp_says_it_has_no_intermediate_pairs(lf):
    # sol.intermediate['C1P1'] on a parsimonious solution was "TypeError: 'NoneType' object is not subscriptable"
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    for sol, kind in ((minimize(tt, "?"), "parsimonious"), (minimize(tt), "conservative")):
        with pytest.raises(QCAInputError, match=rf"sol.intermediate\['C1P1'\]: this {kind} solution is not "
                                                r"intermediate, so it has no \(C, P\) pairs; minimise with "
                                                r"directional expectations .*dir_exp="):
            sol.intermediate["C1P1"]
        assert not sol.intermediate and len(sol.intermediate) == 0 and dict(sol.intermediate) == {}
        assert sol.intermediate.get("C1P1") is None and "C1P1" not in sol.intermediate
        assert "intermediate" not in sol.to_dict() and "From C1P1" not in str(sol)
    inter = minimize(tt, "?", dir_exp="1,1,1,1,1")
    assert inter.intermediate and inter.intermediate["C1P1"].name == "C1P1"
    assert "intermediate" in inter.to_dict()


def test_a_solutions_lists_are_the_users_own(lf):
    # sol.models.pop() and sol.essential.append(...) changed the solution's later printout and JSON
    import json

    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    for sol in (minimize(tt, "?"), minimize(tt, "?", dir_exp="1,1,1,1,1"), minimize(tt, "?", row_dominance=True)):
        before = (str(sol), json.dumps(sol.to_dict(pi_chart=True), default=str), repr(sol))
        n = len(sol.models)
        sol.models.pop()
        sol.models.clear()
        sol.essential.append("NOPE*TERM")
        sol.notes.append("a user's note")
        sol.shortcuts.append("nothing")
        for pair in sol.intermediate.values():
            pair.models.clear()
            pair.essential.append("NOPE")
            pair.easy_cubes.append("NOPE")
        assert (str(sol), json.dumps(sol.to_dict(pi_chart=True), default=str), repr(sol)) == before
        assert len(sol.models) == n and "NOPE*TERM" not in sol.essential
        if sol.intermediate:   # the intermediate solution's essential list was its parsimonious solution's own
            assert "NOPE*TERM" not in sol.parsimonious.essential


def test_a_truth_tables_case_lists_and_notes_are_the_users_own(lf):
    # tt.case_lists[0].append('ZZ') made a later tt.to_dict() a KeyError ('ZZ'), tt.notes.append(...) changed print(tt)
    import json

    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    before = (str(tt), json.dumps(tt.to_dict(), default=str), str(minimize(tt, "?")))
    cases = tt.case_lists
    cases[0].append("ZZ")
    cases.append(["YY"])
    tt.case_lists[0].append("ZZ")
    tt.notes.append("a user's note")
    assert (str(tt), json.dumps(tt.to_dict(), default=str), str(minimize(tt, "?"))) == before
    assert tt.case_lists == [c["cases"] for c in tt.to_dict()["rows"]] and tt.notes == tt.to_dict()["notes"]


def test_an_intermediate_solution_names_its_pairs_when_one_is_missing(lf):
    # sol.intermediate['C9P9'] or sol.intermediate[0] was a bare KeyError ('C9P9', 0); popping a pair changed the
    # solution's printout and JSON
    import json

    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    names = list(sol.intermediate)
    assert names[0] == "C1P1" and isinstance(sol.intermediate, dict)
    with pytest.raises(QCAInputError, match=r"sol.intermediate\['C9P9'\]: no such \(C, P\) pair; the pairs are "
                                            + ", ".join(repr(n) for n in names[:10])):
        sol.intermediate["C9P9"]
    with pytest.raises(KeyError, match=r"the pairs are named, not numbered: the first is "
                                       r"sol.intermediate\['C1P1'\]"):
        sol.intermediate[0]
    assert sol.intermediate.get("C9P9") is None and "C9P9" not in sol.intermediate
    before = (str(sol), json.dumps(sol.to_dict(), default=str))
    sol.intermediate.pop("C1P1")
    sol.intermediate.clear()
    assert (str(sol), json.dumps(sol.to_dict(), default=str)) == before and list(sol.intermediate) == names


def test_a_solutions_dir_exp_is_the_users_own(lf):
    # sol.dir_exp['DEV'] = None changed the solution's JSON ('dir_exp'), as if minimised with other expectations
    import json

    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    before = json.dumps(sol.to_dict(), default=str)
    sol.dir_exp["DEV"] = None
    sol.dir_exp.clear()
    assert json.dumps(sol.to_dict(), default=str) == before and sol.dir_exp["DEV"] == frozenset({1})
    assert minimize(tt, "?").dir_exp is None


def test_an_esa_tables_repr_does_not_count_blocked_remainders_as_observed(lf):
    # after esa() blocked 11 remainders the one-line repr said '20 observed rows' of a table with 9
    import warnings

    from analysis.qca import esa

    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    assert ": 9 observed rows, OUT1=" in repr(tt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        blocked = esa(tt, "LIT")
    n = len(blocked.rows) - 9
    assert n > 0 and f": 9 observed rows (+{n} remainders blocked, OUT 0), OUT1=" in repr(blocked)


def test_a_solutions_models_are_taken_by_name_and_name_the_models_out_of_range(lf):
    """The printout names the models M1, M2, ...: sol.models['M1'] was Python's 'list indices must be integers or
    slices, not str', and sol.models[1] of a one-model solution (M1 read as 1) 'list index out of range'. A model is
    now also taken by its name, and one out of range raises a QCAInputError (also an IndexError) naming the models
    there are and that positions count from 0."""
    from analysis.qca.solution import NoModelError

    sol = minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.8), "?")
    assert sol.models["M1"] is not None and sol.models["M1"].terms == sol.models[0].terms
    assert sol.models[-1].name == "M1" and sol.models == list(sol.models) and type(sol.models[:1]) is list
    with pytest.raises(NoModelError) as exc:
        sol.models[1]
    assert isinstance(exc.value, (QCAInputError, IndexError))
    assert str(exc.value) == ("models[1]: out of range; there is 1 model, M1: models[0] or models['M1']; positions "
                              "count from 0: M1 is models[0]")
    with pytest.raises(KeyError, match=r"models\['M2'\]: no model of that name; there is 1 model, M1"):
        sol.models["M2"]
    assert [m.name for m in sol.models] == ["M1"] and list(iter(sol.models)) == list(sol.models)


def test_an_intermediate_solutions_models_named_alike_send_to_their_pairs():
    from analysis.qca.solution import NoModelError

    d = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "d.AS.csv", index_col="case")
    with pytest.warns(Warning):
        sol = minimize(truth_table(d, "O", incl_cut=0.85), "?", dir_exp="1,1,1,1,1,1,1")
    assert len(sol.models) > 1 and {m.name for m in sol.models} == {"M1"}
    with pytest.raises(NoModelError, match=r"models\['M1'\]: 3 models are named 'M1', one in each of the \(C, P\) "
                                           r"pairs C1P1, C1P2, C1P3; ask a pair for its own, e.g. "
                                           r"sol.intermediate\['C1P1'\].models\['M1'\]"):
        sol.models["M1"]
    assert sol.intermediate["C1P2"].models["M1"].pair == "C1P2"


def test_n_jobs_takes_a_whole_fraction_and_explain_takes_rs_number(lf):
    """n_jobs=Fraction(2) was refused where max_models=Fraction(3) and n_cut=Fraction(2) are taken (and n_jobs=2.0
    was not told the digits to write); explain=1 (R's explain = 1, a number) was refused where explain=[1] was read
    as '1'."""
    from analysis.qca.checks import workers

    assert workers(Fraction(2)) == 2 and type(workers(Fraction(-1))) is int
    with pytest.raises(QCAInputError, match=r"got 2.0; write 2 \(a whole number, not the float 2.0\)$"):
        workers(2.0)
    with pytest.raises(QCAInputError, match=r"got 0.0$"):   # no 'write 0': 0 is refused too
        workers(0.0)
    with pytest.raises(QCAInputError, match=r"got Fraction\(3, 2\) \(3/2 is not a whole number\)$"):
        workers(Fraction(3, 2))
    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    assert minimize(tt, "?", explain=1).explain == minimize(tt, "?", explain=[1]).explain == ("1",)
    with pytest.raises(QCAInputError, match="to explain the negative rows"):
        minimize(tt, "?", explain=0)
    with pytest.raises(QCAInputError, match=r"got True$"):
        minimize(tt, "?", explain=True)


def test_the_reprs_say_one_remainder_and_one_model_in_the_singular(lf):
    """The reprs said '(+1 remainder(s) blocked, OUT 0)' and '<Solution parsimonious: 1 model(s): ...>': each count
    takes its noun's number (errors.counted). LF at incl_cut 0.8: one parsimonious model, DEV*~IND + URB*STB
    (R QCA's, data/reference/r-qca/LF.json); one remainder recoded by exclude_rows."""
    import warnings

    from analysis.qca.esa import exclude_rows

    tt = truth_table(lf, "SURV", CONDS, incl_cut=0.8)
    remainder = min(set(range(1, 33)) - set(tt.observed_rows))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = exclude_rows(tt, [remainder])
    assert ": 9 observed rows (+1 remainder blocked, OUT 0), OUT1=" in repr(one)
    assert repr(minimize(tt, "?")) == "<Solution parsimonious: 1 model: DEV*~IND + URB*STB>"


def test_the_tables_of_smmr_pairs_and_focal_conjuncts_print_and_convert_as_the_cases_command_shows_them(lf, capsys):
    """smmr_pairs() and smmr_focal_conjuncts() returned plain dicts of DataFrames: print() (and Jupyter) showed the
    dict's repr with pandas' cut tables ('...'), and neither had to_frame() nor to_dict(), so json.dumps failed
    where every other result converts; the cases command built its print, --csv and --json of them itself (cli.py's
    _one_table, a twin of cluster_diagnostics()'s to_frame). They now return a TablesByKey (a dict: indexed and
    compared as before), as cluster_diagnostics() does, and the command prints its three views."""
    import json

    from analysis.qca import cluster_diagnostics, smmr_focal_conjuncts, smmr_pairs
    from analysis.qca.cli import main

    sol = minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.8), "?")
    path = str(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    base = ["cases", path, "--outcome", "SURV", "--incl-cut", "0.8"]
    for tables, column, extra in ((smmr_focal_conjuncts(sol, 1), "focal_conjunct", ["--type", "focal-conjuncts"]),
                                  (smmr_pairs(sol, "typical-irrelevant"), "table", ["--pairs", "typical-irrelevant"])):
        assert isinstance(tables, dict) and tables and all(isinstance(t, pd.DataFrame) for t in tables.values())
        whole = tables.to_frame()
        assert list(whole.columns) == [column] + list(next(iter(tables.values())).columns)
        assert whole[column].tolist() == [k for k, t in tables.items() for _ in range(len(t))]
        data = json.loads(json.dumps(tables.to_dict(), allow_nan=False))
        assert data == {k: json.loads(t.to_json(orient="records")) for k, t in tables.items()}
        text = str(tables)
        assert "..." not in text and all(f"{k}" in text for k in tables) and "{" not in text
        assert main(base + extra) == 0 and f"\n\n{text}" in capsys.readouterr().out   # --csv: test_qca_cli
        assert main(base + extra + ["--json"]) == 0 and json.loads(capsys.readouterr().out)["cases"] == data
    panel = lf.reset_index().assign(W=[i % 3 for i in range(len(lf))])
    assert isinstance(cluster_diagnostics(panel, sol, "SURV", "case", "W"), type(tables))   # one class for them


def test_an_intermediate_solutions_pairs_print_and_convert_as_the_other_results(lf):
    """sol.intermediate (the (C, P) pairs by name) printed, in print() and Jupyter, the dict's one-line entries
    ("{'C1P1': <IntermediatePair C1P1: ...>}") and had neither to_frame() nor to_dict(), where each pair has all
    three: it is now a TablesByKey, as smmr_pairs()'s and cluster_diagnostics()' results, and still a dict."""
    import json

    sol = minimize(truth_table(lf, "SURV", CONDS, incl_cut=0.8), "?", dir_exp="1,1,1,1,1")
    pairs = sol.intermediate
    assert isinstance(pairs, dict) and list(pairs) == ["C1P1"]
    assert str(pairs) == "\n\n".join(str(p) for p in pairs.values()) and "<IntermediatePair" not in str(pairs)
    whole, own = pairs.to_frame(), pairs["C1P1"].to_frame()   # a pair's own table names its pair first
    assert whole.equals(own) and list(whole.columns)[0] == "pair" and set(whole["pair"]) == {"C1P1"}
    assert json.loads(json.dumps(pairs.to_dict(), allow_nan=False)) == json.loads(
        json.dumps(sol.to_dict()["intermediate"], allow_nan=False))
