"""Case diagnostics against SetMethods 4.0 (data/reference/r-setmethods/LF_smmr.json, LF_theory.json,
LF_cluster.json: every result is either compared or listed below with the reason it is not)."""
from __future__ import annotations

import functools
import math
import re

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, minimize, pof, truth_table
from analysis.qca.diagnostics import (case_typology, cluster_diagnostics, necessity_cases, smmr,
                                      smmr_focal_conjuncts, theory_evaluation)
from setmethods_reference import check_solution, close, dataset, reference, result, term_key

CONDS = "DEV, URB, LIT, IND, STB"
PANEL = ROOT / "data" / "reference" / "r-setmethods" / "LF_panel.csv"
NOT_COMPARED = {   # smmr results not compared item by item, and why
    "match_suf_cases4_intermediate": "R stops with an error ('replacement has 1 row, data has 0')",
}


@functools.lru_cache(maxsize=None)
def lf_solutions():
    tt = truth_table(dataset("LF"), "SURV", CONDS, incl_cut=0.8, case_column="case")
    inter = minimize(tt, "?", dir_exp="1,1,1,1,1")
    return inter, inter.parsimonious


def test_every_smmr_result_is_accounted_for():
    keys = set(reference("LF_smmr")["results"])
    compared = {k for k in keys if k not in NOT_COMPARED}
    assert set(NOT_COMPARED) <= keys
    assert len(compared) == 27
    assert reference("LF_smmr")["results"]["match_suf_cases4_intermediate"]["error"] == \
        "replacement has 1 row, data has 0"   # R's own message, as NOT_COMPARED quotes it


def test_solutions():
    inter, pars = lf_solutions()
    check_solution(inter, result("LF_smmr", "intermediate"))
    check_solution(pars, result("LF_smmr", "parsimonious"))
    check_solution(inter, result("LF_theory", "intermediate"))
    check_solution(pars, result("LF_theory", "parsimonious"))


SUF = [(f"single_suf_cases{n}_{s}", n, s) for n, s in [(1, "intermediate"), (3, "intermediate"), (4, "intermediate"),
                                                         (5, "intermediate"), (1, "parsimonious"), (3, "parsimonious"),
                                                         (4, "parsimonious"), (5, "parsimonious")]]
KIND = {1: "typical", 3: "deviant consistency", 4: "deviant coverage", 5: "irrelevant"}


@pytest.mark.parametrize("key,n,sol", SUF, ids=[k for k, _, _ in SUF])
def test_smmr_single_sufficiency(key, n, sol):
    inter, pars = lf_solutions()
    ours = smmr(inter if sol == "intermediate" else pars, KIND[n])
    theirs = result("LF_smmr", key)[0]["results"]
    assert list(ours["case"]) == [r["Case"] for r in theirs]
    for (_, o), r in zip(ours.iterrows(), theirs):
        assert close(o["outcome"], r["Outcome"]), (r["Case"], o["outcome"], r["Outcome"])
        if n == 1:
            assert o["term"] == r["Term"] and o["unique_coverage"] == r["UniqCov"] and o["most_typical"] == r["MostTyp"]
            assert close(o["term_membership"], r["TermMemb"]) and close(o["outcome"], r["Outcome"])
            assert close(o["best"], r["Best"])
        else:
            assert close(o["solution"], r["Sol"]) and close(o["TT_row"], r["TT_row"])
            assert all(o[c] == r[c] for c in r if c.startswith("TT_") and c != "TT_row")
        if n == 4:
            assert o["TT<=Y"] == r["TT<=Y"] and close(o["best"], r["Best"])
            assert o["most_deviant_coverage"] == r["MostDCOV"]


@pytest.mark.parametrize("key,term", [("single_suf_cases2_intermediate", 1),
                                      ("single_suf_cases2_intermediate_term2", 2)])
def test_smmr_focal_conjuncts(key, term):
    """Every column; MostTypTerm where SetMethods contradicts itself: FALSE for every case in its focal-conjunct
    tables, though its own typical-case table (smmr cases = 1) marks BE, IE most typical of terms 1 and 2 (ours:
    the case is the term's most typical, as that table says)."""
    inter, _ = lf_solutions()
    ours = smmr_focal_conjuncts(inter, term)
    theirs = result("LF_smmr", key)
    assert [f"Typical Cases - Focal Conjunct {fc}" for fc in ours] == [t["title"] for t in theirs]
    for (fc, df), t in zip(ours.items(), theirs):
        assert list(df["case"]) == [r["id"] for r in t["results"]]
        for (_, o), r in zip(df.iterrows(), t["results"]):
            for a, b in (("FC", "FC"), ("outcome", "Outcome"), ("CC_Min", "CC_Min"), ("term", "Term"), ("best", "Best")):
                assert close(o[a], r[b]), (fc, r["id"], b)
            assert (o["rank"], o["clean_correspondence"], o["FC<=Y"], o["unique_coverage"], o["most_typical_FC"]) == \
                (r["Rank"], r["CleanCorr"], r["FC<=Y"], r["UniqCov"], r["MostTypFC"])
            assert r["MostTypTerm"] is False
    term_name = inter.models[0].terms[term - 1]
    r_most = {r["Case"] for r in result("LF_smmr", "single_suf_cases1_intermediate")[0]["results"]
              if r["Term"] == term_name and r["MostTyp"]}
    assert r_most == {"BE" if term == 1 else "IE"}
    for df in ours.values():
        assert set(df.loc[df["most_typical_term"], "case"]) == r_most & set(df["case"])


@pytest.mark.parametrize("key,kind", [("single_nec_cases1_LIT", "typical"),
                                      ("single_nec_cases2_LIT", "deviant consistency"),
                                      ("single_nec_cases3_LIT", "deviant relevance")])
def test_smmr_single_necessity(key, kind):
    conds = ["DEV", "URB", "LIT", "IND", "STB"] if kind == "deviant consistency" else None   # iLF's truth table
    ours = necessity_cases(dataset("LF"), "SURV", "LIT", kind, case_column="case", conditions=conds)
    assert [t["title"] for t in result("LF_smmr", key)] == ["LIT"]   # one table, of the condition asked
    theirs = result("LF_smmr", key)[0]["results"]
    if theirs == "No cases":
        assert ours.empty
        return
    assert list(ours["case"]) == [r["Case"] for r in theirs]
    flag = {"typical": ("most_typical", "MostTyp"), "deviant relevance": ("most_deviant_relevance", "MostDREL")}[kind]
    for (_, o), r in zip(ours.iterrows(), theirs):
        assert close(o["nec_cond"], r["NecCond"]) and close(o["best"], r["Best"]) and o[flag[0]] == r[flag[1]]
        assert close(o["outcome"], r["Outcome"]), (r["Case"], o["outcome"], r["Outcome"])
        if "UniqCov" in r:
            assert o["unique_coverage"] == r["UniqCov"]


@pytest.mark.parametrize("key", ["QCAfit_intermediate_terms", "QCAfit_parsimonious_terms", "QCAfit_ttrows"])
def test_qcafit_of_terms_and_rows(key):
    inter, pars = lf_solutions()
    sol = inter if "intermediate" in key else pars
    model = sol.models[0]
    conds = list(sol.truth_table.conditions)
    for r in result("LF_smmr", key):
        if key == "QCAfit_ttrows":
            row = int(r["id"]) - 1
            bits = [(row >> (4 - j)) & 1 for j in range(5)]
            expr = "*".join(c if b else "~" + c for c, b in zip(conds, bits))
        else:
            expr = model.expression if r["id"] == "solution_formula" else r["id"]
        fit = pof(expr, dataset("LF"), "SURV", case_column="case", haesebrouck_consistency=True).table.iloc[-1]
        assert close(fit["inclS"], r["Cons.Suf"]) and close(fit["covS"], r["Cov.Suf"]) and close(fit["PRI"], r["PRI"])
        if "Cons.Suf(H)" in r:
            assert close(fit["inclH"], r["Cons.Suf(H)"])


THEORY = [("theory_DEV*STB", "DEV*STB", "i"), ("theory_DEV*URB*LIT + LIT*IND*STB", "DEV*URB*LIT + LIT*IND*STB", "i"),
          ("theory_~IND*STB_vs_parsimonious", "~IND*STB", "p")]
CASE_KEYS = {("T*S", "Y > 0.5"): "TSY", ("~T*S", "Y > 0.5"): "~TSY", ("T*~S", "Y > 0.5"): "T~SY",
             ("~T*~S", "Y > 0.5"): "~T~SY", ("T*S", "Y < 0.5"): "TS~Y", ("~T*S", "Y < 0.5"): "~TS~Y",
             ("T*~S", "Y < 0.5"): "T~S~Y", ("~T*~S", "Y < 0.5"): "~T~S~Y"}
INTER_KEYS = {"T*S": "TE", "~T*S": "tE", "T*~S": "Te", "~T*~S": "te"}


def _terms(expr, conds):
    return {term_key(t.strip(), conds) for t in expr.split("+")} if expr.strip() else set()


@pytest.mark.parametrize("key,theory,sol", THEORY, ids=[k for k, _, _ in THEORY])
def test_the_printed_theory_evaluation_counts_each_intersections_cases_as_setmethods_does(key, theory, sol):
    """SetMethods' theory.evaluation prints, for each of its eight intersections, 'Cases in the intersection/Total
    number of cases: 6 / 18' and '... Total number of cases Y > 0.5: 6 / 8' (CaseNo, CaseNo2); print(te) and the
    CLI's theory listed the cases' names only, so '6 of the 8 cases in the outcome are covered most likely' had to be
    counted by hand. Each intersection now gives both counts, read here off R's own CaseNo and CaseNo2, on the line
    below its name, before its cases (one line of the three ran to 123 columns)."""
    inter, pars = lf_solutions()
    te = theory_evaluation(theory, inter if sol == "i" else pars)
    theirs = result("LF_theory", key)
    text = str(te)
    for r in te.cases.to_dict("records"):
        ref = theirs["cases"][CASE_KEYS[(r["intersection"], r["outcome"])]]
        n, total = re.search(r":\s+(\d+) / (\d+) = ", ref["CaseNo"]).groups()
        n2, side = re.search(r"Y [<>] 0\.5:\s+(\d+) / (\d+) = ", ref["CaseNo2"]).groups()
        line = (f"{r['label']} ({r['intersection']}, {r['outcome']})\n  {n} of {total} cases, {n2} of the {side} "
                f"with {r['outcome']}: ")
        assert line in text, (line, text)


@pytest.mark.parametrize("key,theory,sol", THEORY, ids=[k for k, _, _ in THEORY])
def test_theory_evaluation(key, theory, sol):
    inter, pars = lf_solutions()
    te = theory_evaluation(theory, inter if sol == "i" else pars)
    theirs = result("LF_theory", key)
    conds = list(inter.truth_table.conditions)
    rename = {"solution": "Sol.Formula", "theory": "Theory", "outcome": "Outcome"}
    for rec in theirs["data"]:
        row = te.data.loc[rec["id"]]
        for col, v in rec.items():
            if col != "id":
                ours = row[{v2: k2 for k2, v2 in rename.items()}.get(col, col)]
                assert close(ours, v), (rec["id"], col)
    fit = te.fit.set_index("set")
    for rec in theirs["fit"]:
        f = fit.loc[{v2: k2 for k2, v2 in rename.items()}.get(rec["id"], rec["id"])]
        assert close(f["inclS"], rec["Cons.Suf"]) and close(f["covS"], rec["Cov.Suf"]) and close(f["PRI"], rec["PRI"])
    assert sorted(CASE_KEYS[(r["intersection"], r["outcome"])] for r in te.cases.to_dict("records")) == \
        sorted(theirs["cases"])                  # every one of R's eight intersections, each once
    y = te.data["outcome"]
    for r in te.cases.to_dict("records"):
        ref = theirs["cases"][CASE_KEYS[(r["intersection"], r["outcome"])]]
        assert sorted(r["cases"]) == sorted(ref["CaseNames"]), r
        # R's counts: cases in the intersection / all cases, and / the cases on that side of the outcome
        side = int((y > 0.5).sum()) if r["outcome"] == "Y > 0.5" else int((y < 0.5).sum())
        assert re.search(rf":\s+{r['n']} / {len(y)} = ", ref["CaseNo"]), (r, ref["CaseNo"])
        assert re.search(rf"Y [<>] 0\.5:\s+{r['n']} / {side} = ", ref["CaseNo2"]), (r, ref["CaseNo2"])
        assert r["label"].lower() in ref["Intersection"].lower()
        assert _terms(ref["Boolean"].split(":", 1)[1], conds) == _terms(te.intersections[r["intersection"]], conds)
    for k, v in INTER_KEYS.items():
        assert _terms(theirs["inters"][v], conds) == _terms(te.intersections[k], conds)


def test_theory_consh_is_an_r_error_but_works_here():
    assert reference("LF_theory")["results"]["theory_DEV*STB_consH"]["error"] == "names do not match previous names"
    inter, _ = lf_solutions()
    te = theory_evaluation("DEV*STB", inter, haesebrouck_consistency=True)
    assert te.fit["inclH"].between(0, 1).all()


@functools.lru_cache(maxsize=None)
def panel():
    return pd.read_csv(PANEL, index_col=0)


def _check_cluster(ours, theirs, necessity=False, order=None):
    """Structure and numbers; where SetMethods' 1e-10 turns an undefined 0/0 ratio into 1, ours is NaN: the
    denominator is checked to be 0 and R's dWP is reproduced with R's convention (undefined -> 1). The units and
    clusters in R's order (`order`: the result holding unit_order / cluster_order) and, where R lists them
    ('AU (2) '), each one's number of cases."""
    order = theirs if order is None else order
    if "unit_order" in order:
        assert list(ours.within.index) == order["unit_order"] and list(ours.between.index) == order["cluster_order"]
    for mine, ids in ((ours.n_within, theirs.get("unit_ids")), (ours.n_between, theirs.get("cluster_ids"))):
        if ids is not None:
            assert [f"{i} ({int(n)}) " for i, n in mine.items()] == ids
    assert close(ours.pooled, theirs["POCOS"]) and close(ours.coverage_pooled, theirs["Coverages"]["pooled"])
    assert len(ours.between) == len(theirs["BECOS"]) and len(ours.within) == len(theirs["WICONS"])
    for a, b in zip(ours.between, theirs["BECOS"]):
        assert close(a, b)
    for a, b in zip(ours.coverage_between, theirs["Coverages"]["between"]):
        assert close(a, b)
    undefined = 0
    for a, b in zip(ours.within, theirs["WICONS"]):
        if math.isnan(a):
            undefined += 1
            assert b == pytest.approx(1)
        else:
            assert close(a, b)
    for a, b in zip(ours.coverage_within, theirs["Coverages"]["within"]):
        assert (math.isnan(a) and b == pytest.approx(1)) or close(a, b)
    assert close(ours.dBP, theirs["dBP"])
    v = ours.within.fillna(1.0).to_numpy()
    assert close(np.sqrt(((v / v.sum() - 1 / len(v)) ** 2).sum()), theirs["dWP"])
    if not undefined:
        assert close(ours.dWP, theirs["dWP"])
    return undefined


def test_cluster_order_and_panel():
    v = result("LF_cluster", "cluster_sufficiency_expression")
    out = cluster_diagnostics(panel(), "DEV*~IND + URB*STB", "SURV", "CASE", "WAVE")["DEV*~IND + URB*STB"]
    assert list(out.within.index) == v["unit_order"] and list(out.between.index) == v["cluster_order"]
    rows = result("LF_cluster", "panel_data")
    assert len(rows) == len(panel()) == 36
    for r in rows:
        assert all(close(panel().loc[r["id"], c], r[c]) for c in ("DEV", "URB", "LIT", "IND", "STB", "SURV"))
        assert (panel().loc[r["id"], "CASE"], int(panel().loc[r["id"], "WAVE"])) == (r["CASE"], r["WAVE"])


@pytest.mark.parametrize("key,expr,outcome,nec", [
    ("cluster_sufficiency_expression", "DEV*~IND + URB*STB", "SURV", False),
    ("cluster_sufficiency_negated_outcome", "~DEV + ~STB", "~SURV", False),
    ("cluster_necessity_LIT", "LIT", "SURV", True),
    ("cluster_necessity_negated", "~IND", "~SURV", True)])
def test_cluster_expressions(key, expr, outcome, nec):
    ours = cluster_diagnostics(panel(), expr, outcome, "CASE", "WAVE", necessity=nec)[expr]
    _check_cluster(ours, result("LF_cluster", key), nec)


@pytest.mark.parametrize("key", ["cluster_solution", "cluster_solution_wicons"])
def test_cluster_of_a_solution(key):
    tt = truth_table(panel().drop(columns=["CASE", "WAVE"]), "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    check_solution(sol, result("LF_cluster", "pooled_intermediate"))
    ours = cluster_diagnostics(panel(), sol, "SURV", "CASE", "WAVE")
    theirs = result("LF_cluster", key)["output"]
    assert sorted(theirs) == sorted(t for t in ours if t != sol.models[0].expression)
    undefined = 0
    for term, v in theirs.items():
        assert "unit_ids" in v and "cluster_ids" in v
        undefined += _check_cluster(ours[term], v, order=result("LF_cluster", key))
    assert undefined == 0
    assert sol.models[0].expression in ours


def test_cluster_diagnostics_print_every_sets_table():
    """cluster_diagnostics() returned a plain dict: print() and Jupyter showed '{term: <ClusterDiagnostics ...>}', no
    table, where the command line prints each set's table. The result is still a dict of ClusterDiagnostics, and
    prints (and shows in IPython) every set's table in order; to_frame() and to_dict() give them all."""
    from IPython.lib.pretty import pretty

    tt = truth_table(panel().drop(columns=["CASE", "WAVE"]), "SURV", CONDS, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp="1,1,1,1,1")
    res = cluster_diagnostics(panel(), sol, "SURV", "CASE", "WAVE")
    assert isinstance(res, dict) and len(res) >= 2
    assert all(type(v).__name__ == "ClusterDiagnostics" for v in res.values())
    assert str(res) == "\n\n".join(str(v) for v in res.values()) == pretty(res)
    assert str(res).count("\nlevel    id") == len(res) and "within   AU" in str(res)
    assert repr(res) == repr(dict(res))
    whole = res.to_frame()
    assert list(whole.columns) == ["set", "level", "id", "n", "consistency", "coverage"]
    assert list(dict.fromkeys(whole["set"])) == list(res)
    for label, v in res.items():
        part = whole[whole["set"] == label].drop(columns="set").reset_index(drop=True)
        pd.testing.assert_frame_equal(part, v.to_frame())
    assert res.to_dict() == {k: v.to_dict() for k, v in res.items()}


def test_readme_says_how_case_tables_print_whole_at_a_python_prompt():
    """case_typology() and smmr() returned plain DataFrames, which pandas cuts at a Python prompt (display.max_columns
    0: the terminal's width; here 80 columns), columns shown as '...', where the CLI prints them whole; README's
    Python route named the pandas option that showed every column. They print every column now (display.ResultFrame,
    blocks of 80 columns), as README's route says, and to_string() is pandas' own table."""
    text = (ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8")   # README's before
    route = text[text.index("from analysis.qca import (smmr, smmr_focal_conjuncts"):]
    route = route[:route.index("```")]
    assert "case_typology, smmr and the pairs' tables are DataFrames that print every column, in blocks of 80" in route
    assert "print(t.to_string()) shows pandas' table, every row and column" in route
    inter, _ = lf_solutions()
    for table in (case_typology(inter), smmr(inter, "deviant coverage")):
        with pd.option_context("display.max_columns", 0, "display.width", 80):
            shown = repr(table)
        assert isinstance(table, pd.DataFrame) and "..." not in shown and all(str(c) in shown for c in table.columns)
        assert all(len(line) <= 80 for line in shown.splitlines())
        assert all(str(c) in table.to_string() for c in table.columns)


def test_cluster_undefined_ratios_are_nan_not_one():
    """A unit with no membership in X has no within consistency (0/0): NaN, left out of dWP (SetMethods' 1e-10
    would report 1)."""
    df = pd.DataFrame({"U": ["a", "a", "b", "b", "c", "c"], "W": [1, 2, 1, 2, 1, 2],
                       "A": [0.9, 0.8, 0.0, 0.0, 0.7, 0.6], "Y": [0.95, 0.7, 0.2, 0.1, 0.4, 0.9]})
    out = cluster_diagnostics(df, "A", "Y", "U", "W")["A"]
    assert math.isnan(out.within["b"]) and not math.isnan(out.within["a"])
    defined = out.within.dropna().to_numpy()
    assert out.dWP == pytest.approx(np.sqrt(((defined / defined.sum() - 0.5) ** 2).sum()))


def test_typology_and_errors():
    inter, _ = lf_solutions()
    ty = case_typology(inter)
    assert set(ty["type"]) <= {"typical", "deviant consistency", "deviant consistency in degree",
                               "deviant coverage", "individually irrelevant", ""}
    assert set(ty.loc[ty["type"] == "deviant coverage", "case"]) == {"FR", "SE"}
    with pytest.raises(QCAInputError, match="cases must be"):
        smmr(inter, "weird")
    with pytest.raises(QCAInputError, match="model must be"):
        smmr(inter, "typical", model=3)
    with pytest.raises(QCAInputError, match="term must be"):
        smmr_focal_conjuncts(inter, 5)
    with pytest.raises(QCAInputError, match="theory"):
        theory_evaluation("DEV*NOPE", inter)
    with pytest.raises(QCAInputError, match="unit / cluster"):
        cluster_diagnostics(panel(), "LIT", "SURV", "UNIT", "WAVE")


# ---------------------------------------------------------------- SetMethods' selection rules off its reference
# (found by a methodologist's review: the LF reference cannot tell them apart, so each is checked where it matters)
def test_typical_cases_are_filtered_per_term():
    """A case is typical for a term when X_term <= Y (SetMethods' rule), whatever its membership in the whole
    solution: ES (~STB 0.80, Y 0.94) is the most typical case of ~STB although its solution membership
    (0.96 through ~DEV) exceeds Y."""
    lf = dataset("LF").set_index("case")
    p = minimize(truth_table(lf, "~SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=0.8), "?")
    assert p.models[0].expression == "~DEV + ~STB"
    typ = smmr(p, "typical").set_index(["term", "case"])
    assert typ.loc[("~STB", "ES"), "best"] == pytest.approx(0.48) and typ.loc[("~STB", "ES"), "most_typical"]
    assert ("~STB", "GR") in typ.index
    # same rule per FC; uniquely covered first (DE, AU: in ~STB only), then Best, as SetMethods' cases.suf.typ.fct
    assert smmr_focal_conjuncts(p, "~STB")["~STB"]["case"].tolist() == ["DE", "AU", "ES", "GR"]


def test_deviant_coverage_ranks_by_the_truth_table_row():
    """Best = 1 − membership in the case's truth table row, the most deviant case per row (SetMethods)."""
    cvf = pd.read_csv(ROOT / "data/reference/datasets/CVF.csv", index_col=0)
    s = minimize(truth_table(cvf, "PROTEST", [c for c in cvf.columns if c != "PROTEST"], incl_cut=0.85), "?")
    dcv = smmr(s, "deviant coverage").set_index("case")
    assert dcv.loc["LezginsAzerbaijan", "best"] == pytest.approx(1 - dcv.loc["LezginsAzerbaijan", "TT_row"])
    assert dcv.loc["LezginsAzerbaijan", "best"] == pytest.approx(0.35)
    assert dcv["most_deviant_coverage"].all()        # each case is alone in its truth table row


def test_deviant_consistency_is_per_term_with_setmethods_best():
    """Best = (1 − (X − Y)) + (1 − X): devA (X 0.9, Y 0.3) is more deviant than devB (X 0.7, Y 0.05), though devB
    lies further from the diagonal in Y alone."""
    df = pd.DataFrame({"A": [0.9, 0.7, 0.8, 0.9, 0.2, 0.1], "Y": [0.3, 0.05, 0.9, 0.95, 0.1, 0.0]},
                      index=["devA", "devB", "t1", "t2", "i1", "i2"])
    s = minimize(truth_table(df, "Y", ["A"], incl_cut=0.5))
    dcn = smmr(s, "deviant consistency")
    assert dcn["case"].tolist() == ["devA", "devB"] and dcn["term"].tolist() == ["A", "A"]
    assert dcn["best"].tolist() == pytest.approx([0.5, 0.65]) and dcn["most_deviant"].tolist() == [True, False]



def test_memberships_of_exactly_half_in_the_case_tables_follow_setmethods():
    """SetMethods' case tables (cases.suf.typ/.dcn/.dcv/.iir) select with strict rules (X > 0.5 or X < 0.5, the same
    for Y), so a case with solution or outcome membership exactly 0.5 is in none of them, as here (type 'at
    crossover (outcome = 0.5)'). Their
    TT_ columns code a condition < 0.5 as 0 and > 0.5 as 1 and leave an exact 0.5 as 0.5, sorting it between the
    two: the case is in no truth table row. Here such a case was listed with TT_ 0, as if in the row with the
    condition absent (g and h in the irrelevant table under row A = 0, B = 0), and sorted after every row."""
    import warnings

    d = pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.2, 0.1, 0.3, 0.5, 0.2, 0.6, 0.1, 0.5],
                      "B": [0.8, 0.9, 0.6, 0.3, 0.2, 0.8, 0.3, 0.5, 0.7, 0.3, 0.2],
                      "Y": [0.9, 0.8, 0.6, 0.7, 0.1, 0.2, 0.2, 0.3, 0.5, 0.4, 0.9]}, index=list("abcdefghijk"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")                        # the notes on memberships of 0.5
        s = minimize(truth_table(d, "Y", ["A", "B"], incl_cut=0.8))
    x, y = np.minimum(d["A"], d["B"]), d["Y"]                  # the solution is A*B
    assert s.models[0].expression == "A*B"
    tt = d[["A", "B"]].where(d[["A", "B"]] != 0.5, 0.5).mask(d[["A", "B"]] < 0.5, 0).mask(d[["A", "B"]] > 0.5, 1)
    tables = {kind: smmr(s, kind) for kind in ("typical", "deviant consistency", "deviant coverage", "irrelevant")}
    half = set(d.index[(x == 0.5) | (y == 0.5)])
    assert half == {"i"} and not any(half & set(t["case"]) for t in tables.values())
    assert case_typology(s).set_index("case").loc["i", "type"] == "at crossover (outcome = 0.5)"
    iir = tables["irrelevant"]
    expected = tt[(x < 0.5) & (y < 0.5)].rename(columns=lambda c: f"TT_{c}").reset_index(names="case")
    expected = expected.sort_values(["TT_A", "TT_B", "case"], kind="stable").reset_index(drop=True)
    assert iir["case"].tolist() == expected["case"].tolist() == ["e", "j", "h", "f", "g"]
    assert iir[["TT_A", "TT_B"]].to_numpy().tolist() == expected[["TT_A", "TT_B"]].to_numpy().tolist()
    dcv = tables["deviant coverage"].set_index("case")         # k: A = 0.5, alone with that pattern, in no row
    assert dcv.loc["k", "TT_A"] == 0.5 and not dcv.loc["k", "most_deviant_coverage"]
    assert dcv.loc["d", "TT_A"] == 0 and dcv.loc["d", "most_deviant_coverage"]
    typology = case_typology(s).set_index("case")
    assert typology["TT_row_number"].isna().tolist() == list((d[["A", "B"]] == 0.5).any(axis=1))
    assert case_typology(minimize(truth_table(dataset("LF"), "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8,
                                              case_column="case")))["TT_DEV"].dtype.kind == "i"   # no 0.5: 0 / 1



def test_smmr_lists_terms_in_code_point_order_as_r_in_the_c_locale():
    """The per-term tables are ordered by the term's text in code-point order, which is R's order() in the C locale
    (the README and smmr's docstring say so): 'B*C' before '~A', not the model's order (~A + B*C) nor en_US.UTF-8's
    ('~A' first). SetMethods' order() follows the session's collation; on the LF reference (checked against its tables
    above) the two orders agree."""
    import itertools

    configs = [c for c in itertools.product((0, 1), repeat=3) for _ in range(2)]
    d = pd.DataFrame([[0.8 if v else 0.2 for v in c] + [0.8 if (not c[0]) or (c[1] and c[2]) else 0.2]
                      for c in configs], columns=["A", "B", "C", "Y"], index=[f"c{i}" for i in range(len(configs))])
    d.loc["c0", "Y"], d.loc["c15", "Y"] = 0.1, 0.3             # a deviant consistency case of each term
    s = minimize(truth_table(d, "Y", ["A", "B", "C"], incl_cut=0.75))
    assert s.models[0].terms == ("~A", "B*C")
    code_point = sorted(s.models[0].terms, key=lambda t: [ord(ch) for ch in t])
    assert code_point == ["B*C", "~A"]
    for kind in ("typical", "deviant consistency"):
        assert list(dict.fromkeys(smmr(s, kind)["term"])) == code_point, kind


# ---------------------------------------------------------------- generic referee tables (moved from Paper A)
def test_necessity_typology_agrees_with_necessity_cases_and_reads_degree():
    """Every case gets one type; the three ranked types are exactly necessity_cases' cases, a case in both sets
    with Y > X is 'deviant consistency in degree', a membership of exactly 0.5 has none of the types ('at
    crossover', naming X or Y)."""
    from analysis.qca import necessity_typology, necessity_xy

    lf = dataset("LF")
    table = necessity_typology(lf, "SURV", "LIT").set_index("case")
    for kind in ("typical", "deviant consistency", "deviant relevance"):
        assert set(table.index[table["type"] == kind]) == set(necessity_cases(lf, "SURV", "LIT", kind)["case"]), kind
    x, y = table["X"], table["Y"]
    degree = (x > 0.5) & (y > 0.5) & (y > x)
    assert (table.loc[degree, "type"] == "deviant consistency in degree").all()
    assert table.loc[(x == 0.5) | (y == 0.5), "type"].str.startswith("at crossover (").all()
    assert ((table["type"] == "individually irrelevant") == ((x < 0.5) & (y < 0.5))).all()
    xy = necessity_xy(table.reset_index(), "SURV")
    assert int(xy.loc["LIT in", "SURV in"].split(":")[0]) == int(((x > 0.5) & (y > 0.5)).sum())
    toy = pd.DataFrame({"A": [0.5, 0.9], "Y": [0.9, 0.95]}, index=["a", "b"])
    assert necessity_typology(toy, "Y", "A")["type"].tolist() == ["at crossover (X = 0.5)",
                                                                  "deviant consistency in degree"]
    from analysis.qca.diagnostics import case_types
    assert case_types([0.9, 0.2], [0.1, 0.8], "necessity") == ["deviant relevance", "deviant consistency"]
    with pytest.raises(QCAInputError, match="relation"):
        case_types([0.9], [0.1], "nec")


def test_contradictions_list_the_rows_with_cases_on_both_sides():
    from analysis.qca import contradictions

    lf = dataset("LF")
    assert contradictions(truth_table(lf, "SURV", CONDS, incl_cut=0.8)).empty     # LF has none
    cvf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "CVF.csv", index_col="case")
    tt = truth_table(cvf, "PROTEST", incl_cut=0.8)                                 # CVF (fuzzy) has one
    table = contradictions(tt).set_index("row")
    y = dict(zip(tt.data.cases, tt.data.y))
    expected = [r for r, cases in zip(tt.row_ids, tt.case_lists)
                if any(y[c] > 0.5 for c in cases) and any(y[c] < 0.5 for c in cases)]
    assert table.index.tolist() == expected and expected
    for r in expected:
        ins = table.loc[r, "cases_in_outcome"].split(", ")
        assert all(y[c] > 0.5 for c in ins) and table.loc[r, "OUT"] == tt.rows.loc[r, "OUT"]
    mv = pd.DataFrame({"A": [2, 2, 0], "B": [1, 1, 0], "Y": [1, 0, 0]}, index=["p", "q", "r"])
    row = contradictions(truth_table(mv, "Y", incl_cut=0.8)).iloc[0]    # multi-value: literals A[v]
    assert (row["configuration"], row["cases_in_outcome"], row["cases_not_in_outcome"]) == ("A[2]*B[1]", "p", "q")
    with pytest.raises(QCAInputError, match="TruthTable"):
        contradictions(lf)


# ---------------------------------------------------------------- comparative case selection (smmr match = TRUE)
from analysis.method_validation import SMMR_PAIRS, smmr_pair_rows  # noqa: E402
from analysis.qca import smmr_pairs  # noqa: E402


def _r_rows(table):
    return [x for x in table["results"] if x.get("TYP1", x.get("TYP")) is not None] \
        if isinstance(table["results"], list) else []


def _same_rows(ours: list[dict], theirs: list[dict]):
    assert len(ours) == len(theirs)
    for o, r in zip(ours, theirs):
        for col, v in r.items():
            if col == "id":
                continue
            assert close(o[col], v) if col == "Best" else o[col] == v, (col, o, r)


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_smmr_pairs_against_setmethods(n):
    """Every pair, in order, with every column SetMethods prints (cases 5: its rows that hold a pair)."""
    inter, _ = lf_solutions()
    pairs, by = SMMR_PAIRS[n]
    ours = smmr_pairs(inter, pairs, by=by)
    theirs = result("LF_smmr", f"match_suf_cases{n}_intermediate")
    prefix = "Focal Conjunct " if by == "focal conjunct" else "Term "
    assert [prefix + k for k in ours] == [t["title"] for t in theirs]
    for (label, df), t in zip(ours.items(), theirs):
        _same_rows(smmr_pair_rows(df), _r_rows(t))


def test_smmr_pairs_typical_typical_per_term_has_no_empty_rows():
    """SetMethods prints n_typical² rows per term, all but the real pairs empty (NA): it orders the pairs left
    after dropping (i, i) and the less typical first cases by the distances of all n² pairs."""
    inter, _ = lf_solutions()
    typical = smmr(inter, "typical")
    for (term, df), t in zip(smmr_pairs(inter, "typical-typical", by="term").items(),
                             result("LF_smmr", "match_suf_cases5_intermediate")):
        n_typ = int((typical["term"] == term).sum())
        assert len(t["results"]) == n_typ ** 2 and len(_r_rows(t)) == len(df) == 1
        assert df["best"].notna().all() and df["typical_1"].ne(df["typical_2"]).all()


def test_smmr_pairs_typical_irrelevant_per_term_where_setmethods_reads_another_case():
    """R's GlobUncov (irrelevant case out of the solution) is looked up by the irrelevant case's factor code
    (its position among the irrelevant cases) as a row number: ES (solution 0.03) counts as covered because the
    10th case, IE, has 0.72. Ranking with that reading reproduces R's table exactly; our own differs only there."""
    from analysis.qca.matching import _typiir_term

    inter, _ = lf_solutions()
    ty = case_typology(inter)
    typical = smmr(inter, "typical")
    sol, y, cases = ty["solution"].to_numpy(), ty["outcome"].to_numpy(), ty["case"].to_numpy(object)
    uniq = np.isin(cases, typical.loc[typical["unique_coverage"], "case"])
    ours = smmr_pairs(inter, "typical-irrelevant", by="term")
    assert ["Term " + k for k in ours] == [t["title"] for t in result("LF_smmr", "match_suf_cases6_intermediate")]
    for (term, df), t in zip(ours.items(), result("LF_smmr", "match_suf_cases6_intermediate")):
        x = ty[term].to_numpy()
        typ = list(np.flatnonzero((x > 0.5) & (y > 0.5) & (x <= y)))
        iir = list(np.flatnonzero((x < 0.5) & (y < 0.5)))
        r_sol = sol.copy()
        r_sol[iir] = sol[: len(iir)]  # R: the k-th irrelevant case gets the k-th case's solution membership
        most = np.isin(cases, typical.loc[(typical["term"] == term) & typical["most_typical"], "case"])
        _same_rows(smmr_pair_rows(_typiir_term(typ, iir, x, y, r_sol, cases, uniq, most, 5)), _r_rows(t))
        assert df["globally_uncovered"].eq(sol[[list(cases).index(c) for c in df["irrelevant"]]] < 0.5).all()
        assert "ES" in set(df["irrelevant"]) - {r["IIR"] for r in _r_rows(t)}  # ES: 0.03, out of the solution


def test_smmr_pairs_deviant_coverage_irrelevant_where_setmethods_stops():
    """R stops with an error on LF; the answer is 'no pairs': no deviant coverage case shares its truth table
    row with an individually irrelevant case (checked here from the case typology)."""
    inter, _ = lf_solutions()
    ours = smmr_pairs(inter, "deviant coverage-irrelevant")["solution"]
    ty = case_typology(inter)
    dcov = set(ty.loc[(ty["solution"] < 0.5) & (ty["outcome"] > 0.5), "TT_row_number"])
    iir = set(ty.loc[(ty["solution"] < 0.5) & (ty["outcome"] < 0.5), "TT_row_number"])
    assert ours.empty and not (dcov & iir) and dcov and iir
    assert list(ours.columns)[:2] == ["deviant_coverage", "irrelevant"]


def test_smmr_pairs_deviant_coverage_irrelevant_by_hand():
    """A made-up crisp-and-fuzzy problem where one truth table row holds a deviant coverage case and two
    irrelevant ones: both pairs, the closer membership profile first, best = |w1 - w2| + (1 - (y1 - y2)) +
    (1 - w1) + (1 - w2)."""
    df = pd.DataFrame({"case": list("abcdefgh"),
                       "A": [0.9, 0.8, 0.9, 0.2, 0.1, 0.2, 0.3, 0.1],
                       "B": [0.9, 0.9, 0.7, 0.2, 0.1, 0.3, 0.2, 0.2],
                       "Y": [0.9, 0.8, 0.1, 0.8, 0.2, 0.1, 0.7, 0.1]})
    tt = truth_table(df, "Y", ["A", "B"], incl_cut=0.75, case_column="case")
    sol = minimize(tt, "")
    assert sol.models[0].expression == "A*B"
    out = smmr_pairs(sol, "deviant coverage-irrelevant")["solution"]
    w = {"d": 0.8, "g": 0.7, "e": 0.9, "f": 0.7, "h": 0.8}
    y = dict(zip(df["case"], df["Y"]))
    expect = sorted(((abs(w[a] - w[b]) + (1 - (y[a] - y[b])) + (1 - w[a]) + (1 - w[b]), a, b)
                     for a in "dg" for b in "efh"), key=lambda r: (-(w[r[1]] <= y[r[1]]), r[0]))
    got = list(zip(out["best"], out["deviant_coverage"], out["irrelevant"]))
    assert [(a, b) for _, a, b in got] == [(a, b) for _, a, b in expect][:5]
    assert all(abs(g[0] - e[0]) < 1e-9 for g, e in zip(got, expect))


@pytest.mark.parametrize("kwargs,message", [
    ({"pairs": "typical-deviant"}, "pairs must be one of"),
    ({"pairs": "typical-deviant consistency", "by": "focal conjunct"}, "by must be 'term'"),
    ({"pairs": "typical-typical", "by": "row"}, "by must be 'focal conjunct' or 'term'"),
    ({"pairs": "typical-typical", "max_pairs": 0}, "max_pairs must be"),
    ({"pairs": "typical-typical", "term": 3}, "term must be 1..2"),
    ({"pairs": "typical-irrelevant", "model": 2}, "model must be 1..1"),
])
def test_smmr_pairs_bad_arguments(kwargs, message):
    inter, _ = lf_solutions()
    with pytest.raises(QCAInputError, match=message):
        smmr_pairs(inter, **kwargs)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_necessity_pairs_against_setmethods(n):
    from analysis.method_validation import NECESSITY_PAIRS
    from analysis.qca import necessity_pairs

    ours = necessity_pairs(dataset("LF"), "SURV", "LIT", NECESSITY_PAIRS[n], conditions=CONDS, case_column="case")
    assert [t["title"] for t in result("LF_smmr", f"match_nec_cases{n}_LIT")] == ["LIT"]
    theirs = result("LF_smmr", f"match_nec_cases{n}_LIT")[0]["results"]
    if isinstance(theirs, str):   # "There are no pairs in the same TT row"
        assert ours.empty
        return
    _same_rows(smmr_pair_rows(ours), theirs)


def test_necessity_pairs_deviant_consistency_within_rows():
    """LF has no case in SURV but out of LIT, so no pair (R: 'no pairs in the same TT row'); on made-up data the
    pairs are matched within the rows of the other conditions, and best = (1 - (X1 - X2)) + |Y1 - Y2|."""
    from analysis.qca import necessity_pairs

    lf = dataset("LF")
    assert not ((lf["LIT"] < 0.5) & (lf["SURV"] > 0.5)).any()
    df = pd.DataFrame({"case": list("abcdef"), "N": [0.9, 0.8, 0.2, 0.3, 0.9, 0.1],
                       "B": [0.8, 0.2, 0.7, 0.1, 0.9, 0.9], "Y": [0.7, 0.6, 0.8, 0.9, 0.6, 0.7]})
    out = necessity_pairs(df, "Y", "N", "typical-deviant consistency", conditions=["N", "B"], case_column="case")
    # typical: a (B in), b (B out), e (B in); deviant consistency: c (B in), d (B out), f (B in)
    assert list(zip(out["typical"], out["deviant_consistency"])) == [("b", "d"), ("a", "f"), ("e", "f"),
                                                                       ("a", "c"), ("e", "c")]
    assert out["best"].tolist() == pytest.approx([1 - (0.8 - 0.3) + 0.3, 1 - 0.8 + 0.0, 1 - 0.8 + 0.1,
                                                  1 - 0.7 + 0.1, 1 - 0.7 + 0.2])
    assert list(out["TT_B"]) == [0, 1, 1, 1, 1]
    with pytest.raises(QCAInputError, match="give the conditions"):
        necessity_pairs(df, "Y", "N", "typical-deviant consistency", case_column="case")
    with pytest.raises(QCAInputError, match="pairs must be one of"):
        necessity_pairs(df, "Y", "N", "typical-deviant coverage", case_column="case")


def test_focal_conjuncts_and_pairs_of_multi_value_terms():
    """A multi-value term's conjuncts are A[v] literals: the focal conjunct is the set A[v], its membership 1 for the
    cases at level v (before: 'A' was parsed as a crisp set and refused)."""
    from analysis.qca import focal_condition_pairs

    rng = np.random.default_rng(1)
    df = pd.DataFrame({"A": rng.integers(0, 3, 30), "B": rng.integers(0, 2, 30), "C": rng.integers(0, 2, 30)})
    df["Y"] = (((df.A == 2) & (df.B == 1)) | ((df.C == 1) & (df.A == 0))).astype(int)
    sol = minimize(truth_table(df, "Y", ["A", "B", "C"], incl_cut=1), "?")
    assert sol.models[0].expression == "A[2]*B[1] + A[0]*C[1]"
    fc = smmr_focal_conjuncts(sol, 1)
    assert list(fc) == ["A[2]", "B[1]"]   # every literal of a multi-value solution bracketed, as the term prints it
    assert (fc["A[2]"]["FC"] == 1).all() and set(fc["A[2]"]["case"]) == set(df.index[(df.A == 2) & (df.B == 1)].astype(str))
    pairs = focal_condition_pairs(sol, "A")
    assert set(pairs["focal_conjunct"]) == {"A[2]", "A[0]"}
    for r in pairs.itertuples():
        a, b = df.loc[int(r.typical)], df.loc[int(r.irrelevant)]
        assert r.other_differences == ", ".join(c for c in "BC" if a[c] != b[c])


def test_focal_conjunct_labels_on_multi_value_data_are_the_term_s_own_literals():
    """On multi-value data every literal of a term prints with brackets ('A[2]*B[1]', R's convention, also for the
    crisp B), but the focal-conjunct labels wrote the crisp conjunct 'B' (and its negation '~B'): the tables of
    smmr_focal_conjuncts, smmr_pairs per focal conjunct and focal_condition_pairs were keyed 'B' beside a term
    'A[2]*B[1]' for the same set. Each label is now the literal as the term writes it, so the labels joined by '*'
    give the term back; crisp data keep 'B' / '~B'."""
    from analysis.qca import focal_condition_pairs, smmr_pairs

    lm = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LM.csv", index_col="case")
    sol = minimize(truth_table(lm, "SURV", incl_cut=1), include="?")
    assert sol.models[2].expression == "DEV[1]*STB[1] + IND[1]*STB[1]"   # R's M3 (data/reference/r-qca/LM.txt)
    for k, term in enumerate(sol.models[2].terms, start=1):
        assert "*".join(smmr_focal_conjuncts(sol, k, model=3)) == term
        assert "*".join(smmr_pairs(sol, "typical-irrelevant", term=k, model=3)) == term
    assert set(focal_condition_pairs(sol, "STB", model=3)["focal_conjunct"]) == {"STB[1]"}
    # crisp data: unchanged
    lc = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LC.csv", index_col="case")
    crisp = minimize(truth_table(lc, "SURV", incl_cut=1), include="?")
    for k, term in enumerate(crisp.models[0].terms, start=1):
        labels = list(smmr_focal_conjuncts(crisp, k))
        assert "*".join(labels) == term and not any("[" in lab for lab in labels)


def test_focal_condition_pairs_of_a_condition_in_no_term_has_the_usual_columns():
    """A condition in no term of the model has no pairs: the empty table has the columns a table with pairs has
    (the workshop's step 10 selected pair_rank and best from it and failed with a KeyError, e.g. at n_cut 2)."""
    from analysis.qca import focal_condition_pairs

    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")
    sol = minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?")
    assert sol.models[0].expression == "DEV*~IND + URB*STB"
    for kind in ("typical-irrelevant", "typical-typical"):
        with_pairs, without = focal_condition_pairs(sol, "DEV", kind), focal_condition_pairs(sol, "LIT", kind)
        assert len(with_pairs) and without.empty and without.columns.tolist() == with_pairs.columns.tolist()


def test_necessity_deviant_consistency_best_is_setmethods_lower_is_better():
    """necessity_cases(..., 'deviant consistency') gave best = Y − X, higher = more deviant, against this module's
    convention (lower Best = better) and SetMethods' Best = 1 − (Y − X) (helper_nec_smmr.R, cases.nec.dcn): a
    reader taking the lowest best picked the least deviant case. Now Best = 1 − (Y − X), ascending."""
    toy = pd.DataFrame({"A": [0.2, 0.4, 0.9], "Y": [0.8, 0.6, 0.95]}, index=["far", "near", "typ"])
    out = necessity_cases(toy, "Y", "A", "deviant consistency")
    assert out["case"].tolist() == ["far", "near"]
    assert out["best"].tolist() == pytest.approx([0.4, 0.8])
    assert out["most_deviant"].tolist() == [True, False]


def test_theory_evaluation_of_multi_value_data_gives_the_boolean_forms():
    """On multi-value data (LM: DEV takes 0, 1, 2) the four intersections T*S, ~T*S, T*~S, ~T*~S were left out
    without a word (an empty dict, nothing printed). Independent check: each Boolean form, evaluated on every
    configuration of the full multi-value space, is exactly where min(T, S) (or its negations) is 1; and on the
    data it gives the cases listed for that intersection."""
    import itertools

    from analysis.qca.expressions import expression_membership

    lm = dataset("LM")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    sol = minimize(truth_table(lm, "SURV", conds, case_column="case"), "?")
    te = theory_evaluation("DEV[2]*STB[1]", sol)
    assert set(te.intersections) == {"T*S", "~T*S", "T*~S", "~T*~S"}
    assert te.intersections["T*S"] and te.intersections["~T*~S"]
    space = pd.DataFrame(list(itertools.product(range(3), range(2), range(2), range(2), range(2))), columns=conds)
    t = expression_membership(space, "DEV[2]*STB[1]")
    s = expression_membership(space, sol.models[0].expression)
    want = {"T*S": np.minimum(t, s), "~T*S": np.minimum(1 - t, s), "T*~S": np.minimum(t, 1 - s),
            "~T*~S": np.minimum(1 - t, 1 - s)}
    frame = lm.set_index("case")[conds]
    for key, expr in te.intersections.items():
        if expr == "":                           # an empty intersection (here T*~S: the theory implies S)
            assert not want[key].any() and not te.cases.loc[te.cases["intersection"] == key, "n"].any(), key
            continue
        assert np.array_equal(expression_membership(space, expr), want[key]), key
        inside = set(frame.index[expression_membership(frame, expr) > 0.5])
        listed = set().union(*te.cases.loc[te.cases["intersection"] == key, "cases"])
        assert inside == listed, key
    assert "T*S: " in str(te)


def test_case_typology_row_membership_is_per_case_not_a_cases_by_cases_matrix():
    """TT_row (each case's membership in its own truth table row) as the definition gives it, on fuzzy, crisp and
    multi-value conditions, computed case by case: it was the diagonal of every case in every case's row, an
    n x n matrix (4,000 cases: 128 MB; 100,000 cases: 75 GiB, a crash with MemoryError in the CLI)."""
    import tracemalloc

    from analysis.qca.expressions import implicant_membership

    n = 4000
    rng = np.random.default_rng(20261203)
    df = pd.DataFrame({"A": rng.integers(0, 2, n), "B": np.round(rng.uniform(0.02, 0.98, n), 2),
                       "M": rng.integers(0, 3, n), "C": np.round(rng.uniform(0.02, 0.98, n), 2)},
                      index=[f"c{i}" for i in range(n)])
    df["B"] = df["B"].where(df["B"] != 0.5, 0.51)
    df["Y"] = np.round(np.maximum(np.minimum(df["A"], df["B"]), 1 - df["C"]) * 0.9 + 0.05, 2)
    sol = minimize(truth_table(df, "Y", "A, B, M, C", incl_cut=0.8), "?")
    tracemalloc.start()
    typ = case_typology(sol)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 40e6, f"{peak / 1e6:.0f} MB"
    qd = sol.truth_table.data
    multi = [k == "multi-value" for k in qd.kinds]
    for i in rng.integers(0, n, 40):
        cfg = [typ.loc[i, f"TT_{c}"] for c in qd.conditions]
        own = implicant_membership(qd.X[[i]], np.array([cfg]) + 1, multi)[0, 0]
        assert typ.loc[i, "TT_row"] == own


def test_smmr_per_term_tables_are_built_column_wise_and_agree_case_by_case(monkeypatch):
    """smmr's typical and deviant-consistency tables are built a column at a time (a row at a time, iterrows, took
    3 s for 100,000 cases), and agree bit for bit with the rules applied case by case to case_typology."""
    rng = np.random.default_rng(7)
    n = 3000
    df = pd.DataFrame(rng.uniform(0.02, 0.98, size=(n, 4)).round(3), columns=["A", "B", "C", "D"])
    df["Y"] = np.clip(np.maximum(np.minimum(df.A, df.B), np.minimum(df.C, 1 - df.D))
                      + rng.normal(0, 0.02, n), 0, 1).round(3)
    df = df.where(df != 0.5, 0.501)
    df.index = [f"c{i}" for i in range(n)]
    sol = minimize(truth_table(df, "Y", ["A", "B", "C", "D"], incl_cut=0.85), "?")
    ty = case_typology(sol)
    expected = {"typical": [], "deviant consistency": []}
    for t in sorted(sol.models[0].terms):
        for c, x, y in zip(ty["case"], ty[t], ty["outcome"]):
            if x > 0.5 and y > 0.5 and x <= y:
                expected["typical"].append((c, t, x, y, round(2 * (y - x) + (1 - x), 12)))
            if x > 0.5 and y < 0.5:
                expected["deviant consistency"].append((c, t, x, y, round((1 - (x - y)) + (1 - x), 12)))
    assert expected["typical"] and expected["deviant consistency"]

    def no_iterrows(self):
        raise AssertionError("smmr iterates rows")
    monkeypatch.setattr(pd.DataFrame, "iterrows", no_iterrows)
    for kind, rows in expected.items():
        got = smmr(sol, kind)
        got_rows = sorted(got[["case", "term", "term_membership", "outcome", "best"]].itertuples(index=False, name=None),
                          key=lambda r: (r[1], r[0]))
        assert got_rows == sorted(rows, key=lambda r: (r[1], r[0])), kind


def test_member_of_is_joined_once_per_pattern_of_terms_not_per_case(monkeypatch):
    """case_typology's member_of ('T1 + T2') was joined case by case: 100,000 cases x 39 terms took 0.4 s of each
    typology (the CLI's cases --pairs builds four). It is joined once per distinct pattern of terms and given to
    every case with that pattern: the same strings, counted here as calls of zip in diagnostics.py."""
    import builtins

    from analysis.qca import diagnostics

    rng = np.random.default_rng(4)
    cols = [f"C{k}" for k in range(6)]
    df = pd.DataFrame(rng.integers(0, 2, (3000, 6)), columns=cols, index=[f"k{i}" for i in range(3000)])
    df["Y"] = np.where(rng.random(3000) < 0.1, 1 - (df.C0 & df.C1 | df.C2 & (1 - df.C3)), df.C0 & df.C1 | df.C2 &
                       (1 - df.C3))
    sol = minimize(truth_table(df, "Y", cols, incl_cut=0.85), include="?")
    terms = list(sol.models[0].terms)
    zips = []

    def counting_zip(*args):
        zips.append(1)
        return builtins.zip(*args)

    monkeypatch.setattr(diagnostics, "zip", counting_zip, raising=False)
    ty = case_typology(sol)
    monkeypatch.undo()
    inside = ty[terms].to_numpy() > 0.5
    assert len(terms) >= 2 and 1 < len({r.tobytes() for r in inside}) < 100
    assert len(zips) < 100, f"{len(zips)} zips for {len(ty)} cases"
    assert ty["member_of"].tolist() == [" + ".join(t for t, v in zip(terms, r) if v) for r in inside]


def test_necessity_xy_puts_a_membership_of_one_half_in_no_cell():
    """X or Y of exactly 0.5 is neither in nor out (necessity_typology gives it no type): the 2 x 2 table counted such
    a case as out, so X = 0.5 < Y = 0.6 showed as a case contradicting necessity (X out, Y in) and Y = 0.5 as an
    irrelevant one. Now it is in no cell and a QCAWarning names it."""
    from analysis.qca import QCAWarning, necessity_typology, necessity_xy

    toy = pd.DataFrame({"A": [0.9, 0.5, 0.3, 0.7, 0.2], "Y": [0.8, 0.6, 0.5, 0.2, 0.1]}, index=list("abcde"))
    types = necessity_typology(toy, "Y", "A")
    with pytest.warns(QCAWarning, match=r"cases b, c of 'A' have X or Y of exactly 0.5"):
        xy = necessity_xy(types, "Y")
    assert xy.loc["A in", "Y in"] == "1: a" and xy.loc["A in", "Y out"] == "1: d"
    assert xy.loc["A out", "Y in"] == "0" and xy.loc["A out", "Y out"] == "1: e"
    # the cells hold exactly the typed cases: typical, deviant relevance, deviant consistency, irrelevant
    counts = sum(int(v.split(":")[0]) for v in xy.to_numpy().ravel())
    assert counts == int((~types["type"].str.startswith("at crossover")).sum())


def test_contradictions_says_how_minimisation_treats_a_row_coded_c():
    """A row coded C (between the two cut-offs of incl_cut) is minimised as a negative row unless included or
    explained: contradictions() called it 'left out of the minimisation', which would make it a row the solution may
    cover; here the parsimonious solution is A*B because row A*~B (C) blocks A, and A with include='?,C'."""
    from analysis.qca import contradictions

    df = pd.DataFrame({"A": [1, 1, 1, 1, 0, 0], "B": [1, 1, 0, 0, 1, 0], "Y": [1, 1, 1, 0, 0, 0]}, index=list("abcdef"))
    tt = truth_table(df, "Y", ["A", "B"], incl_cut=(1, 0.4))
    row = contradictions(tt).iloc[0]
    assert (row["row"], row["OUT"]) == (3, "C")
    assert minimize(tt, include="?").models[0].expression == "A*B"        # the C row is off-set
    assert minimize(tt, include="?,C").models[0].expression == "A"        # a don't-care when included
    assert "left out" not in row["handling"]
    assert "negative row" in row["handling"] and "include='C'" in row["handling"] and "explain='1,C'" in row["handling"]


def test_cluster_diagnostics_lists_numeric_waves_in_their_order():
    """Waves 1, 2, 10 were sorted as text (1, 10, 2): the between-cluster consistencies over time read out of order in
    the table, the JSON and the Series. Numeric ids are now listed by value (text ids by text, as before); the
    numbers themselves are unchanged."""

    rows = [{"U": u, "W": w, "A": a, "Y": y} for (u, w), a, y in zip(
        [(u, w) for u in ("u1", "u2", "u3") for w in (1, 2, 10)],
        [0.9, 0.2, 0.7, 0.4, 0.8, 0.6, 0.3, 0.1, 0.9], [0.8, 0.6, 0.9, 0.3, 0.2, 0.7, 0.6, 0.1, 0.8])]
    panel = pd.DataFrame(rows)
    res = cluster_diagnostics(panel, "A", "Y", unit="U", cluster="W")["A"]
    assert res.between.index.tolist() == ["1", "2", "10"]
    assert res.n_between.index.tolist() == res.coverage_between.index.tolist() == ["1", "2", "10"]
    assert res.to_frame().query("level == 'between'")["id"].tolist() == ["1", "2", "10"]
    assert list(res.to_dict()["between"]) == ["1", "2", "10"]
    m = np.minimum(panel["A"], panel["Y"])
    for w in (1, 2, 10):
        sel = panel["W"] == w
        assert res.between[str(w)] == pytest.approx(m[sel].sum() / panel.loc[sel, "A"].sum())
    assert res.within.index.tolist() == ["u1", "u2", "u3"]


def test_focal_condition_pairs_say_whether_the_pair_differs_in_the_focal_condition():
    """other_differences lists the conditions besides the focal one in which a pair's rows differ; it did not say
    whether they differ in the focal condition itself. Typical h (A=1, B=1, C=1) and irrelevant e (A=1, B=0, C=1)
    read 'B', as if A differed too, and typical-typical pairs (both in the focal conjunct) with '' were described as
    differing 'in the focal condition alone'. focal_differs now says it, from the cases' truth table rows."""
    from analysis.qca import case_typology, focal_condition_pairs

    df = pd.DataFrame({"A": [0, 1, 2, 2, 1, 0, 2, 1, 2, 0], "B": [1, 0, 1, 1, 0, 0, 1, 1, 0, 1],
                       "C": [1, 1, 0, 1, 1, 0, 1, 1, 0, 0], "Y": [0, 1, 1, 1, 0, 0, 1, 1, 0, 1]}, index=list("abcdefghij"))
    sol = minimize(truth_table(df, "Y", ["A", "B", "C"], incl_cut=0.9), "?")
    rows = case_typology(sol).set_index("case")
    for kind, (first, second) in (("typical-irrelevant", ("typical", "irrelevant")),
                                  ("typical-typical", ("typical_1", "typical_2"))):
        pairs = focal_condition_pairs(sol, "A", kind, max_pairs=5)
        assert list(pairs.columns[:6]) == ["term", "focal_conjunct", first, second, "focal_differs", "other_differences"]
        for r in pairs.itertuples():
            a, b = getattr(r, first), getattr(r, second)
            assert r.focal_differs == bool(rows.at[a, "TT_A"] != rows.at[b, "TT_A"])
        if kind == "typical-typical":
            assert not pairs["focal_differs"].any()          # both cases are in the focal conjunct
    pairs = focal_condition_pairs(sol, "A", max_pairs=5).set_index(["typical", "irrelevant"])
    assert pairs.loc[("h", "e"), "other_differences"] == "B" and not pairs.loc[("h", "e"), "focal_differs"]
    assert pairs.loc[("h", "a"), "other_differences"] == "" and pairs.loc[("h", "a"), "focal_differs"]


def test_theory_evaluation_of_many_conditions_builds_its_boolean_forms_over_the_conditions_t_and_s_name():
    """The Boolean forms of T*S, ~T*S, T*~S and ~T*~S were minimised over every condition of the solution, so with 15
    conditions (2^15 configurations) theory_evaluation refused the whole evaluation, fit and cases included, and at
    14 it took a second. An intersection depends only on the conditions T or S name, and its minimal form holds no
    other, so the forms are built over those: the same forms (checked against the full grid), at any number of
    conditions."""
    from analysis.qca import theory_evaluation
    from analysis.qca.diagnostics import INTERSECTIONS, boolean_expression
    from analysis.qca.expressions import expression_membership

    rng = np.random.default_rng(0)
    for k in (6, 15):
        df = pd.DataFrame(rng.integers(0, 2, (60, k)), columns=[f"C{i}" for i in range(k)])
        df["Y"] = (((df.C0 == 1) & (df.C1 == 1)) | ((df.C2 == 1) & (df.C3 == 0))).astype(int)
        conds = [f"C{i}" for i in range(k)]
        sol = minimize(truth_table(df, "Y", conds, incl_cut=1), include="?")
        assert sol.models[0].expression == "C0*C1 + C2*~C3"
        te = theory_evaluation("C0*C1 + C4", sol)
        assert te.intersections == {"T*S": "C0*C1 + C2*~C3*C4", "~T*S": "~C0*C2*~C3*~C4 + ~C1*C2*~C3*~C4",
                                    "T*~S": "~C0*~C2*C4 + ~C0*C3*C4 + ~C1*~C2*C4 + ~C1*C3*C4",
                                    "~T*~S": "~C0*~C2*~C4 + ~C0*C3*~C4 + ~C1*~C2*~C4 + ~C1*C3*~C4"}
        if k <= 14:   # the old way, over every condition: the same forms
            terms = list(sol.models[0].terms)
            for key in INTERSECTIONS:
                def pred(grid, key=key):
                    t, s = expression_membership(grid, "C0*C1 + C4"), expression_membership(grid, terms)
                    return np.minimum(1 - t if key.startswith("~T") else t, 1 - s if key.endswith("~S") else s)
                assert boolean_expression(pred, conds) == te.intersections[key], key
        assert te.fit.set_index("set").loc["T*S", "inclS"] == pytest.approx(1.0)


def test_cluster_distances_when_every_consistency_is_zero():
    """Every wave's (and unit's) consistency 0: the distance √Σ(v_j / Σv − 1/J)² divided 0 by 0 and dBP / dWP came out
    NaN, printed '-' as if undefined. García-Castro & Ariño's distance measures how unequal the between (within)
    consistencies are; consistencies that are all 0 are all equal, and equal to the pooled 0: the distance is 0, its
    value for any set of equal consistencies, and a note says why. With no defined consistency at all (X is 0 in
    every case) the distance stays undefined, and a note says so."""
    df = pd.DataFrame({"U": ["a", "a", "b", "b"], "W": [1, 2, 1, 2],
                       "A": [0.9, 0.8, 0.7, 0.6], "Y": [0.0, 0.0, 0.0, 0.0]})
    out = cluster_diagnostics(df, "A", "Y", "U", "W")["A"]
    assert out.pooled == 0 and (out.between == 0).all() and (out.within == 0).all()
    assert out.dBP == 0 and out.dWP == 0
    # the limit of equal consistencies c -> 0 is the same 0
    eq = cluster_diagnostics(df.assign(Y=[0.1, 0.1, 0.1, 0.1], A=[0.2] * 4), "A", "Y", "U", "W")["A"]
    assert eq.dBP == pytest.approx(0) and eq.dWP == pytest.approx(0)
    assert any("every cluster's consistency is 0" in n for n in out.notes)
    assert any("every unit's consistency is 0" in n for n in out.notes)
    assert "note: " in str(out) and out.to_dict()["notes"] == out.notes
    assert out.to_dict()["dBP"] == 0.0
    none = cluster_diagnostics(df.assign(A=0.0, Y=0.5), "A", "Y", "U", "W")["A"]
    assert math.isnan(none.dBP) and math.isnan(none.pooled)
    assert any("no cluster has a defined consistency" in n for n in none.notes)
    plain = cluster_diagnostics(df.assign(Y=[0.9, 0.1, 0.5, 0.6]), "A", "Y", "U", "W")["A"]
    assert plain.notes == []


def test_theory_evaluation_beyond_the_boolean_form_limit_keeps_fit_and_cases():
    """T and S naming 15 conditions (2^15 configurations): theory_evaluation raised, naming '15 conditions (32,768
    configurations)' and the limit but neither that T and S name them nor what to do, and gave no fit and no cases,
    which need no Boolean form. Now fit and cases are complete; the forms of crisp conditions beyond the limit are
    minimised from the expressions (round 32: they were None, 'not listed', at any size past max_conditions), each
    the set T*S, ~T*S, ... at every configuration sampled, with a note saying how they were found; a multi-value
    condition past the limit leaves them None with a note naming the limit (max_conditions, CLI --max-conditions)."""
    from analysis.qca import theory_evaluation
    from analysis.qca.expressions import expression_membership

    rng = np.random.default_rng(1)
    k = 15
    conds = [f"C{i}" for i in range(k)]
    df = pd.DataFrame(rng.integers(0, 2, (40, k)), columns=conds)
    df["Y"] = (((df.C0 == 1) & (df.C1 == 1)) | ((df.C2 == 1) & (df.C3 == 0))).astype(int)
    sol = minimize(truth_table(df, "Y", conds, incl_cut=1), include="?")
    assert sol.models[0].expression == "C0*C1 + C2*~C3"
    theory = " + ".join(f"C{i}*C{i + 1}" for i in range(4, 14, 2)) + " + C14"
    te = theory_evaluation(theory, sol)
    assert set(te.intersections) == {"T*S", "~T*S", "T*~S", "~T*~S"}
    points = pd.DataFrame(rng.integers(0, 2, (3000, k)), columns=conds)
    t, s = expression_membership(points, theory), expression_membership(points, sol.models[0].expression)
    want = {"T*S": np.minimum(t, s), "~T*S": np.minimum(1 - t, s), "T*~S": np.minimum(t, 1 - s),
            "~T*~S": np.minimum(1 - t, 1 - s)}
    for key, form in te.intersections.items():
        np.testing.assert_array_equal(expression_membership(points, form), want[key], err_msg=key)
    assert te.intersections["T*S"].count("+") == 11   # (C0*C1 + C2*~C3) * (6 terms): 12 prime implicants
    note = " ".join(te.notes)
    assert "over 15 crisp conditions, more than max_conditions = 14" in note and "exact minimal" in note
    fit = te.fit.set_index("set")
    assert fit.loc["theory", "covS"] > 0 and len(te.cases) == 8
    assert te.to_dict()["notes"] == te.notes
    narrow = theory_evaluation("C0*C1 + C4", sol, max_conditions=4)   # past the limit: the same forms, minimised so
    wider = theory_evaluation("C0*C1 + C4", sol, max_conditions=5)
    assert wider.notes == [] and wider.intersections["T*S"] == "C0*C1 + C2*~C3*C4"   # T*S = C0*C1 + C4*(C2*~C3)
    assert narrow.intersections == wider.intersections
    # a huge limit is no limit, answered at once: the check computed 2 ** max_conditions, which never ended for 10**20
    # (a random fuzz of the API's arguments found it); the alarm makes the old hang a failure
    from _deadline import returns_within

    with returns_within(20, "theory_evaluation(max_conditions=10**20)"):
        huge = theory_evaluation("C0*C1 + C4", sol, max_conditions=10**20)
    assert huge.intersections == wider.intersections and huge.notes == []
    lm = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LM.csv", index_col="case")   # DEV multi-value
    mv = theory_evaluation("DEV[2]*STB[1] + URB[1]", minimize(truth_table(lm, "SURV", ["DEV", "URB", "LIT", "IND", "STB"]),
                                                             include="?"), max_conditions=2)
    assert all(v is None for v in mv.intersections.values()) and "not listed" in str(mv)
    assert "max_conditions=2" in " ".join(mv.notes) and "--max-conditions" in " ".join(mv.notes)


def test_symbolic_boolean_forms_equal_the_enumerated_ones():
    """The forms minimised from the expressions (beyond max_conditions) are the same sets as those minimised over
    every configuration, with as many products and literals (random crisp theories and solutions)."""
    from analysis.qca.diagnostics import _symbolic_forms, boolean_expression
    from analysis.qca.expressions import expression_membership, parse_expression, parse_term

    rng = np.random.default_rng(5)
    for _ in range(10):
        k = int(rng.integers(3, 7))
        conds = [f"C{i}" for i in range(k)]

        def rand(n):
            return list(dict.fromkeys("*".join(("~" if rng.random() < 0.4 else "") + conds[v] for v in
                                               sorted(rng.choice(k, size=int(rng.integers(1, 4)), replace=False)))
                                      for _ in range(n)))

        theory, terms = " + ".join(rand(int(rng.integers(1, 4)))), rand(int(rng.integers(1, 4)))
        forms = _symbolic_forms(parse_expression(theory, conds), [parse_term(x, conds) for x in terms], conds, [2] * k,
                                conds)
        grid = pd.DataFrame(np.indices([2] * k).reshape(k, -1).T, columns=conds)
        t, s = expression_membership(grid, theory), expression_membership(grid, " + ".join(terms))
        for key, f in {"T*S": np.minimum(t, s), "~T*S": np.minimum(1 - t, s), "T*~S": np.minimum(t, 1 - s),
                       "~T*~S": np.minimum(1 - t, 1 - s)}.items():
            got, ref = forms[key], boolean_expression(lambda g, f=f: f, conds)
            mem = np.zeros(len(grid)) if got == "" else np.ones(len(grid)) if got == "1" else \
                expression_membership(grid, got)
            np.testing.assert_array_equal(mem, f, err_msg=f"{theory} / {terms}: {key}")

            def size(text):
                return (0, 0) if text in ("", "1") else (text.count("+") + 1, text.count("*") + text.count("+") + 1)

            assert size(got) == size(ref), (theory, terms, key, got, ref)


def test_contradictions_name_the_cases_at_the_crossover():
    """A contradictory row's case with outcome membership exactly 0.5 (neither in nor out of the outcome) was in
    neither list: row A*B had n = 3 and named a (in) and b (out), c silently left out, so the lists did not add up
    to n. It is now named in cases_at_crossover; in, out and at the crossover add up to n in every row."""
    from analysis.qca import contradictions

    df = pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.2, 0.1], "B": [0.8, 0.7, 0.9, 0.3, 0.2],
                       "Y": [0.9, 0.2, 0.5, 0.1, 0.6]}, index=list("abcde"))
    with pytest.warns(Warning):
        tt = truth_table(df, "Y", ["A", "B"], incl_cut=0.7)
    out = contradictions(tt).set_index("configuration")
    assert out.loc["A*B", "cases_in_outcome"] == "a" and out.loc["A*B", "cases_not_in_outcome"] == "b"
    assert out.loc["A*B", "cases_at_crossover"] == "c" and out.loc["~A*~B", "cases_at_crossover"] == ""
    for _, r in out.iterrows():
        named = [c for col in ("cases_in_outcome", "cases_not_in_outcome", "cases_at_crossover")
                 for c in r[col].split(", ") if c]
        assert len(named) == r["n"]


def test_theory_evaluation_names_the_cases_it_lists_nowhere():
    """theory_evaluation lists each case under the intersection it is in (> 0.5) and its side of the outcome; a case
    at exactly 0.5 in the theory, the solution or the outcome is in no list, and nothing said so (the eight lists
    then named fewer cases than the data hold). A note now names those cases and why."""
    from analysis.qca import theory_evaluation

    df = pd.DataFrame({"A": [0.9, 0.8, 0.2, 0.1, 0.7, 0.3], "B": [0.8, 0.5, 0.3, 0.2, 0.9, 0.6],
                       "Y": [0.9, 0.7, 0.1, 0.2, 0.5, 0.3]}, index=list("abcdef"))
    with pytest.warns(Warning):
        sol = minimize(truth_table(df, "Y", ["A", "B"], incl_cut=0.8), include="?")
    te = theory_evaluation("B", sol)
    listed = {c for cs in te.cases["cases"] for c in cs}
    missing = [c for c in df.index if c not in listed]
    assert missing == ["b", "e"]
    assert any("b, e" in n and "0.5" in n for n in te.notes), te.notes
    assert "note: " in str(te)
    clean = df.assign(B=[0.8, 0.4, 0.3, 0.2, 0.9, 0.6], Y=[0.9, 0.7, 0.1, 0.2, 0.6, 0.3])
    full = theory_evaluation("B", minimize(truth_table(clean, "Y", ["A", "B"], incl_cut=0.8), include="?"))
    assert {c for cs in full.cases["cases"] for c in cs} == set(df.index) and full.notes == []


def test_a_case_at_the_crossover_has_a_said_status_in_every_typology():
    """A case with solution or outcome membership exactly 0.5 belongs to none of the types (Schneider & Rohlfing 2013:
    neither in nor out of the set). case_typology, typology_by_model, necessity_typology and the robustness
    protocol's case tables gave it the type '' with no word on why, so a reader of the printed table or the JSON
    could not tell it from a missing value; contradictions() and theory_evaluation() already name such cases. The
    type now says 'at crossover (...)' naming the set(s) at 0.5, in the DataFrame, its print and the JSON."""
    import json

    from analysis.qca import necessity_typology, robustness_protocol, typology_by_model
    from analysis.qca.diagnostics import case_types

    d = pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.2, 0.1, 0.5, 0.6, 0.3],
                      "B": [0.8, 0.9, 0.6, 0.3, 0.2, 0.7, 0.9, 0.2],
                      "Y": [0.9, 0.8, 0.7, 0.3, 0.1, 0.6, 0.5, 0.5]}, index=list("abcdefgh"))
    with pytest.warns(Warning):
        s = minimize(truth_table(d, "Y", ["A", "B"], incl_cut=0.8))
    assert s.models[0].expression == "A*B"
    ty = case_typology(s).set_index("case")["type"]
    assert ty["f"] == "at crossover (solution = 0.5)"                 # A*B = 0.5, Y = 0.6
    assert ty["g"] == "at crossover (outcome = 0.5)"                  # A*B = 0.6, Y = 0.5
    assert ty["h"] == "at crossover (outcome = 0.5)"
    assert (ty.drop(["f", "g", "h"]) != "").all() and "at crossover (solution = 0.5)" in str(case_typology(s))
    assert typology_by_model(s).set_index("case").loc["f", "M1"] == "at crossover (solution = 0.5)"
    assert case_types([0.5], [0.5], names=("solution", "outcome")) == ["at crossover (solution = outcome = 0.5)"]
    nec = necessity_typology(d, "Y", "A").set_index("case")["type"]
    assert nec["f"] == "at crossover (X = 0.5)" and nec["g"] == "at crossover (Y = 0.5)"
    # the robustness protocol: its eight case types (IS*minTS ... crossed with Y) and the types under each test
    with pytest.warns(Warning):
        p = robustness_protocol(d, "Y", ["A", "B"], [{"label": "TS1", "incl_cut": 0.7}], incl_cut=0.8)
    rob = p.cases.set_index("case")["type"]
    assert rob["f"] == "at crossover (IS = 0.5)" and rob["g"] == "at crossover (Y = 0.5)"
    assert not (rob == "").any()
    records = {r["case"]: r for r in json.loads(json.dumps(p.to_dict()))["case_types_by_test"]}
    assert records["f"]["IS"] == "at crossover (solution = 0.5)"
    cases = {r["case"]: r for r in json.loads(json.dumps(p.to_dict()))["cases"]}
    assert cases["g"]["type"] == "at crossover (Y = 0.5)"
    with pytest.raises(QCAInputError, match="names must be the names of X and Y"):
        case_types([0.5], [0.5], names="XY")


def test_contradictions_give_each_rows_cases_as_lists_beside_the_joined_text():
    """contradictions() joined a row's case names with ', ': a case named 'Korea, Rep.' could not be split back.
    Beside each text column is the same cases' list of names, in case order; the text columns are unchanged."""
    from analysis.qca import contradictions
    from analysis.qca.diagnostics import CONTRADICTION_LIST_COLUMNS

    df = pd.DataFrame({"A": [1, 1, 1, 0], "Y": [1, 0, 0.5, 0]}, index=["Korea, Rep.", "Chile", "Peru", "Mali"])
    row = contradictions(truth_table(df, "Y", incl_cut=0.8)).iloc[0]
    assert row["cases_in_outcome"] == "Korea, Rep." and row["cases_in_outcome_list"] == ["Korea, Rep."]
    assert row["cases_not_in_outcome_list"] == ["Chile"] and row["cases_at_crossover_list"] == ["Peru"]
    assert CONTRADICTION_LIST_COLUMNS == ("cases_in_outcome_list", "cases_not_in_outcome_list",
                                          "cases_at_crossover_list")
    empty = contradictions(truth_table(df.iloc[1:].assign(Y=[0, 0, 1]), "Y", incl_cut=0.8))
    assert empty.empty and set(CONTRADICTION_LIST_COLUMNS) <= set(empty.columns)


def test_an_intermediate_model_named_by_its_pair_is_shown_its_number():
    """SetMethods' theory.evaluation, smmr, cluster and the rob.* functions take sol = 'C1P2I1' (pimdata's format:
    pair C1P2, its intermediate model 1) for an intermediate solution, and print(sol) names the models 'C1P2 M1';
    model='C1P2I1' or 'C1P2 M1' said only 'model must be 1..2', the number to write left to guess. The number counts
    the solution's distinct models across the pairs, in the printed order (sol.models), so on LM's intermediate
    solution (pairs C1P1, C1P2, C1P3; C1P3's model the same as C1P1's) C1P2 M1 is model 2 and C1P3 M1 model 1; a
    model no pair has is refused naming those there are, and a parsimonious solution, which has no pairs, says so."""
    lm = dataset("LM").set_index("case")
    inter = minimize(truth_table(lm, "SURV"), include="?", dir_exp="DEV=2,URB=1,LIT=1,IND=1,STB=1")
    assert [m.label for m in inter.models] == ["C1P1 M1", "C1P2 M1"]
    assert frozenset(inter.intermediate["C1P3"].models[0].terms) == frozenset(inter.models[0].terms)
    cases = {"C1P2I1": "got 'C1P2I1'; write 2 (the distinct models are numbered from 1 across the pairs, as printed: "
                       "C1P2 M1 is 2) (SetMethods' sol = 'C1P2I1', pimdata's format, names C1P2 M1)",
             "c1p2 m1": "got 'c1p2 m1'; write 2 (the distinct models are numbered from 1 across the pairs, as "
                        "printed: C1P2 M1 is 2)",
             "C1P3I1": "write 1 (the distinct models are numbered from 1 across the pairs, as printed: C1P3 M1 is 1, "
                       "the same model as C1P1 M1) (SetMethods' sol = 'C1P3I1', pimdata's format, names C1P3 M1)",
             "C1P1I2": "there is no C1P1 M2 here (SetMethods' sol = 'C1P1I2', pimdata's format, names C1P1 M2): the "
                       "models, numbered from 1 across the pairs, are C1P1 M1 is 1, C1P2 M1 is 2"}
    for given, said in cases.items():
        for call in (lambda: theory_evaluation("DEV[2]*STB[1]", inter, model=given),
                     lambda: smmr(inter, "typical", model=given)):
            with pytest.raises(QCAInputError) as exc:
                call()
            assert str(exc.value).startswith("model must be 1..2, got ") and str(exc.value).endswith(said), exc.value
    # the number said picks the model named
    assert theory_evaluation("DEV[2]*STB[1]", inter, model=2).solution == inter.intermediate["C1P2"].models[0].expression
    _, pars = lf_solutions()
    with pytest.raises(QCAInputError, match=r"got 'C1P1I1'; 'C1P1I1' names a model of an intermediate solution's pair "
                                            r"\(SetMethods' sol = 'C1P1I1', pimdata's format, names C1P1 M1\), and "
                                            r"this parsimonious solution has no pairs: write its model's number, 1 "
                                            r"for M1$"):
        case_typology(pars, model="C1P1I1")


def test_a_model_named_by_its_pair_where_no_solution_numbers_it_says_how_models_are_numbered(capsys):
    """robustness_protocol(..., model='C1P1I1') and the command line's --model C1P1I1 (SetMethods' sol for an
    intermediate model) said only 'model must be a whole number >= 1' / 'must be a positive whole number': no
    solution is at hand there to number the model, so the message says how models are numbered (the distinct models
    across the pairs, in the printed order) and what SetMethods' form names."""
    from analysis.qca import robustness_protocol
    from analysis.qca.cli import main

    said = ("the model's number: an intermediate solution's distinct models are numbered from 1 across its pairs, "
            "in the printed order (C1P1 M1 is 1) (SetMethods' sol = 'C1P2I1', pimdata's format, names C1P2 M1)")
    with pytest.raises(QCAInputError) as exc:
        robustness_protocol(dataset("LF"), "SURV", CONDS, [{"label": "n2", "n_cut": 2}], case_column="case",
                            incl_cut=0.8, model="C1P2I1")
    assert str(exc.value) == f"model must be a whole number >= 1, got 'C1P2I1'; give model {said}", exc.value
    assert main(["cases", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                 "--dir-exp", "1,1,1,1,1", "--model", "C1P2I1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(f"argument --model: must be a positive whole number, got 'C1P2I1'; give --model {said}"), err
    assert len(err.splitlines()) == 1 and err.startswith("error: "), err
