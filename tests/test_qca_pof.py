"""pof() and pofind() against R QCA 3.25 and SetMethods 4.0's QCAfit() (data/reference/r-setmethods/*_pof.json:
every result of both files; QCAfit rounds with format(digits = 3), so 3 decimals is what it can be held to)."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis.qca import QCAInputError, pof, pofind
from setmethods_reference import close, dataset, reference, result

FILES = ["LF_pof", "CVF_pof"]
KEYS = [(f, k) for f in FILES for k in reference(f)["results"]]
_QCAFIT = {"Cons.Suf": "inclS", "Cov.Suf": "covS", "PRI": "PRI", "Cons.Suf(H)": "inclH",
           "Cons.Nec": "inclN", "Cov.Nec": "covN", "RoN": "RoN"}


def _call_parts(call: str):
    expr = re.search(r'(?:pof|compute)\("([^"]+)"', call)
    outcome = re.search(r'pof\("[^"]+", "([^"]+)"', call)
    return (expr.group(1) if expr else None), (outcome.group(1) if outcome else None)


@pytest.mark.parametrize("name,key", KEYS, ids=[f"{f}-{k}" for f, k in KEYS])
def test_against_r(name, key):
    ref = reference(name)
    data = dataset(ref["dataset"])
    call = ref["results"][key]["call"]
    theirs = result(name, key)
    outcome_col = re.search(r'outcome = "([^"]+)"', ref["calls"]["pofind_necessity_all_conditions"]).group(1)
    if call.startswith("pofind"):
        rel = "sufficiency" if "sufficiency" in call else "necessity"
        mine = pofind(data, outcome_col, relation=rel, case_column="case").to_dict()
        assert mine["relation"] == theirs["relation"] == rel
        assert [r["term"] for r in mine["rows"]] == [r["term"] for r in theirs["rows"]]
        for a, b in zip(mine["rows"], theirs["rows"]):
            assert all(close(a[c], b[c]) for c in b if c != "term"), (a, b)
    elif call.startswith("pof("):
        expr, outcome = _call_parts(call)
        mine = pof(expr, data, outcome, theirs["relation"], case_column="case").to_dict()
        assert mine["relation"] == theirs["relation"]
        assert [r["term"] for r in mine["rows"]] == [r["term"] for r in theirs["rows"]]
        for a, b in zip(mine["rows"], theirs["rows"]):
            assert all(close(a[c], b[c]) for c in b if c != "term"), (a, b)
    else:                                    # QCAfit(compute(expr) or all single conditions, Y)
        nec = "necessity = TRUE" in call
        expr, _ = _call_parts(call)
        labels = [r["id"] for r in theirs]
        for rec in theirs:
            e = expr if expr else rec["id"]
            mine = pof(e, data, outcome_col, "necessity" if nec else "sufficiency", case_column="case",
                       haesebrouck_consistency=not nec).to_dict()["rows"][-1]
            for col, value in rec.items():
                if col != "id":
                    assert close(mine[_QCAFIT[col]], value), (e, col, mine, value)
        assert labels == ([expr] if expr else labels)


def test_single_term_has_no_expression_row_and_no_covu():
    LF = dataset("LF")
    res = pof("DEV*URB", LF, "SURV", case_column="case")
    assert res.table["term"].tolist() == ["DEV*URB"] and np.isnan(res.table["covU"].iloc[0])
    assert res.memberships.shape == (18, 1)


def test_unique_coverage_is_coverage_lost_without_the_term():
    LF = dataset("LF")
    res = pof("DEV*URB + ~LIT + STB", LF, "SURV", case_column="case")
    y = res.outcome_membership.to_numpy()
    mem = res.memberships.drop(columns="expression").to_numpy()
    whole = np.minimum(mem.max(axis=1), y).sum() / y.sum()
    for i in range(3):
        rest = np.minimum(np.delete(mem, i, axis=1).max(axis=1), y).sum() / y.sum()
        assert res.table["covU"].iloc[i] == pytest.approx(whole - rest)


def test_bad_input():
    LF = dataset("LF")
    with pytest.raises(QCAInputError, match="unknown condition|not a column|unknown"):
        pof("DEV*NOPE", LF, "SURV", case_column="case")
    with pytest.raises(QCAInputError, match="relation"):
        pof("DEV", LF, "SURV", "both", case_column="case")
    with pytest.raises(QCAInputError, match="non-empty"):
        pof("  ", LF, "SURV", case_column="case")


def test_unknown_condition_names_the_expression_and_the_conditions():
    """The unknown name is one of the expression's, so the message names the expression (the CLI's --expression),
    with the near column when there is one and the conditions it may use (the columns but outcome and cases)."""
    lf = dataset("LF")
    with pytest.raises(QCAInputError) as err:
        pof("DEV*dev2 + urb", lf, "~SURV", case_column="case")
    text = str(err.value)
    assert text.startswith("expression 'DEV*dev2 + urb': unknown conditions 'dev2', 'urb'; 'urb': did you mean "
                           "'URB'?")
    assert text.endswith("(conditions: 'DEV', 'URB', 'LIT', 'IND', 'STB')")


def test_a_term_written_twice_is_listed_once():
    lf = dataset("LF")
    once, twice = pof("DEV*URB + ~LIT", lf, "SURV"), pof("DEV*URB + ~LIT + URB*DEV", lf, "SURV")
    assert list(twice.table["term"]) == list(once.table["term"]) and twice.table.equals(once.table)


def test_multi_value_notation_is_printed_back_as_the_solution_writes_it():
    """On multi-value data a solution brackets every literal (LM's M2: DEV[1]*IND[0] + IND[1]*STB[1], as R writes it),
    but pof of a term with crisp conditions only ('IND[1]*STB[1]') labelled it 'IND*STB', so its row could not be
    matched with the solution's term, while the same literal next to a multi-value one kept its brackets. An
    expression written with brackets is now printed back with brackets; one without keeps A / ~A."""
    from analysis.paths import ROOT

    from analysis.qca import minimize, truth_table

    lm = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LM.csv", index_col="case")
    sol = minimize(truth_table(lm, "SURV"), include="?")
    m2 = sol.models[1]
    assert m2.expression == "DEV[1]*IND[0] + IND[1]*STB[1]"
    for term in m2.terms:
        res = pof(term, lm, "SURV")
        assert res.table["term"].tolist() == [term] and res.expression == term
    assert pof(m2.expression, lm, "SURV").table["term"].tolist()[:2] == list(m2.terms)
    assert pof("URB[0] + STB[1]", lm, "SURV").expression == "URB[0] + STB[1]"
    assert pof("~URB + STB", lm, "SURV").expression == "~URB + STB"     # written without brackets: as before


def test_pof_prints_each_term_in_the_data_column_order():
    """pof named a term by the order in which the expression first used each condition: 'C*B + A*B' gave the
    terms 'C*B' and 'B*A'. Each term's literals now follow the data's columns, as a solution prints them."""
    d = pd.DataFrame({"A": [1, 0, 1, 0], "B": [1, 1, 0, 0], "C": [0, 1, 1, 0], "Y": [1, 1, 0, 0]}, index=list("abcd"))
    assert pof("C*B + A*B", d, "Y").to_frame()["term"].tolist() == ["B*C", "A*B", "expression"]


def test_necessity_of_an_expression_held_by_every_case_is_said_to_be_trivial():
    """pof(..., relation='necessity') of ~URB + IND on LC (every case is in ~URB or IND) printed inclN 1 and RoN 0
    and nothing else, as necessity() and super_subset() did before they marked such sets: it is necessary for any
    outcome, trivially. The result now names it (`trivial`, the JSON's 'trivial', a note under the printed table);
    a term that is not constant is not named; sufficiency says nothing of it."""
    from analysis.paths import DATASETS

    lc = pd.read_csv(DATASETS / "LC.csv", index_col="case")
    res = pof("~URB + IND", lc, "SURV", relation="necessity")
    assert res.constant == ["~URB + IND"]
    assert "constant: ~URB + IND holds in every case" in str(res)
    assert res.to_dict()["constant"] == ["~URB + IND"]
    one = pof("LIT", lc, "SURV", relation="necessity")
    assert one.constant == [] and "constant:" not in str(one) and one.to_dict()["constant"] == []
    lc2 = lc.assign(ALL=1)
    ind = pofind(lc2, "SURV", ["LIT", "ALL"])
    assert ind.constant == ["ALL"]
    suf = pof("~URB + IND", lc, "SURV")
    assert suf.constant == [] and "constant" not in suf.to_dict()


@pytest.mark.parametrize("expression, hint", [
    ("DEV & URB", "a conjunction (and) is written '*': 'DEV*URB', not with '&'"),
    ("DEV | URB", "a disjunction (or) is written '+': 'DEV + URB', not with '|'"),
    ("DEV | ~URB", "a disjunction (or) is written '+', not with '|'"),
    ("DEV.URB", "a conjunction (and) is written '*': 'DEV*URB', not with '.'"),
    ("DEV and URB or LIT", "QCA writes 'and' as '*' and 'or' as '+': 'DEV*URB + LIT', not with 'and' / 'or'"),
    ("DEV && ~URB", "a conjunction (and) is written '*', not with '&&'"),
])
def test_another_languages_and_or_is_named_with_qcas_operator(expression, hint):
    """'DEV & URB' said only 'unknown condition; did you mean DEV?': the hint now names QCA's '*' / '+'."""
    data = pd.read_csv("data/reference/datasets/LF.csv", index_col=0)
    with pytest.raises(QCAInputError) as err:
        pof(expression, data, "SURV")
    assert hint in str(err.value)


@pytest.mark.parametrize("expression", ["x" * 100_000, "DEV[" * 25_000], ids=["letters", "brackets"])
def test_a_very_long_expression_is_refused_at_once(expression):
    """pof('x' * 100_000, ...) (a text pasted in place of an expression, a column of text given by mistake) did not
    return for minutes: the check for a multi-value literal with several values ('DEV[1,2]') began a new try at each
    letter and read each to the end of the text, quadratic in its length (16,000 letters: 7 s; found by
    tools/fuzz_api.py's round-39 pools, seed 31). Each try now begins at a name's first letter and reads the values
    up to the next bracket; the alarm makes the old hang a failure."""
    from _deadline import returns_within

    with returns_within(10, "pof() of a long expression"), pytest.raises(QCAInputError):
        pof(expression, dataset("LF"), "SURV", case_column="case")


def test_parentheses_nested_deep_or_distributing_into_millions_of_terms_are_refused_at_once():
    """'(' * 20,000 + 'DEV' ended in Python's RecursionError (pof, find_rows, esa, necessity_cases, theory_evaluation:
    every reader of parentheses), and '(A0 + B0)*(A1 + B1)*...' of 20 factors was distributed into 2 ** 20 terms for
    minutes, 18 factors of one pair of conditions, (DEV + URB)*..., in 7 s although they absorb into 2 terms (found
    by tools/fuzz_api.py's round-39 pools). sum_of_products now reads each product's terms once, stops past
    SOP_TERMS terms and at Python's stack; all three are answered with the parentheses message at once."""
    from _deadline import returns_within
    from analysis.qca.pof import sum_of_products

    wide = pd.DataFrame(np.random.default_rng(0).random((10, 41)),
                        columns=[f"A{i}" for i in range(20)] + [f"B{i}" for i in range(20)] + ["Y"])
    with returns_within(10, "pof() of the expression"):
        for expression, data, outcome in [("(" * 20_000 + "DEV", dataset("LF"), "SURV"),
                                          ("(DEV + URB)*" * 40 + "LIT", dataset("LF"), "SURV"),
                                          ("*".join(f"(A{i} + B{i})" for i in range(20)), wide, "Y")]:
            with pytest.raises(QCAInputError) as exc:
                pof(expression, data, outcome, case_column="case" if outcome == "SURV" else None)
            assert "parentheses are not supported" in str(exc.value)
    assert sum_of_products("(DEV + URB)*" * 40 + "LIT") == "DEV*LIT + URB*LIT"
    assert sum_of_products("*".join(f"(A{i} + B{i})" for i in range(20))) is None   # past SOP_TERMS


@pytest.mark.parametrize("call", ["pof", "pofind"])
def test_pof_and_pofind_warn_the_datas_own_notes_as_necessity_does(call):
    """pof() and pofind() read the data with warn=False, so the data's own notes were dropped: a condition 0/1 for
    every case but one '2' (a typo) was read as a multi-value set and scored as one, and an outcome constant gave NaN
    fits, without a word, where necessity() on the same data warns both. They now warn them as necessity() does."""
    import warnings

    from analysis.qca import pofind
    from analysis.qca.data import QCAWarning

    df = pd.DataFrame({"A": [0, 1, 1, 0, 2, 1], "B": [1, 0, 1, 0, 1, 0], "Y": [1, 1, 1, 1, 1, 1]},
                      index=[f"c{i}" for i in range(6)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pof("A[1] + B", df, "Y") if call == "pof" else pofind(df, "Y", ["A", "B"])
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    assert any(s.startswith("condition 'A' is 0/1 for every case but 'c4' (2)") for s in said), said
    assert any(s.startswith("outcome 'Y' is constant (1 for every case)") for s in said), said
