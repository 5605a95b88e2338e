"""SMMR case and pair tables, cluster diagnostics and robustness fit on small made-up data, every expected value
worked out by hand in the comments from the published definitions (Schneider & Rohlfing 2013; Oana & Schneider
2018, 2021; SetMethods 4.0's smmr helpers, cluster.diagnostics and rob.fit; García-Castro & Ariño 2016).

The SetMethods reference (LF_smmr.json) has no deviant consistency case for sufficiency, none for necessity and
no pair of a typical and a deviant consistency case, so these tables were never compared with a non-empty
expected table; here every category holds cases.
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.qca import QCAInputError, minimize, truth_table
from analysis.qca.diagnostics import (case_typology, cluster_diagnostics, necessity_cases, necessity_typology, smmr,
                                      smmr_focal_conjuncts, theory_evaluation)
from analysis.qca.matching import necessity_pairs, smmr_pairs
from analysis.qca.protocol import case_robustness, robustness_fit

# ---------------------------------------------------------------- sufficiency: conditions A, B, C; outcome Y
SUF = pd.DataFrame({  # case: A, B, C, Y
    "t1": (0.9, 0.8, 0.1, 0.9), "t2": (0.7, 0.9, 0.2, 0.78), "d1": (0.8, 0.7, 0.3, 0.2),
    "d3": (0.65, 0.9, 0.2, 0.05), "dd": (0.9, 0.9, 0.0, 0.6), "t3": (0.6, 0.8, 0.9, 0.95),
    "t5": (0.9, 0.9, 0.6, 0.7), "t4": (0.2, 0.3, 0.7, 0.9), "d2": (0.1, 0.2, 0.7, 0.3),
    "i1": (0.1, 0.2, 0.2, 0.1), "i2": (0.3, 0.1, 0.4, 0.3), "c1": (0.2, 0.4, 0.3, 0.7),
    "c2": (0.3, 0.1, 0.1, 0.9), "c4": (0.1, 0.1, 0.1, 0.6), "i3": (0.2, 0.8, 0.1, 0.2),
    "c3": (0.1, 0.9, 0.1, 0.6), "i4": (0.8, 0.2, 0.3, 0.3),
}, index=["A", "B", "C", "Y"]).T


def suf_solution():
    # rows 000, 001, 110, 111 pass incl_cut 0.75 and pri_cut 0.5; 010 (incl 0.714) and 100 (PRI 0.45) do not
    sol = minimize(truth_table(SUF, "Y", ["A", "B", "C"], incl_cut=0.75, pri_cut=0.5), "?")
    assert sol.models[0].expression == "A*B + ~A*~B"
    return sol


def test_case_types_on_both_sides_of_half():
    """X = max(A*B, ~A*~B). Typical: X, Y > 0.5, X <= Y; in degree: Y > 0.5 but X > Y; deviant consistency (in
    kind): X > 0.5 > Y; deviant coverage: X < 0.5 < Y; irrelevant: both < 0.5."""
    ty = case_typology(suf_solution()).set_index("case")["type"]
    assert ty.to_dict() == {
        "t1": "typical", "t2": "typical", "t3": "typical", "t4": "typical", "c1": "typical", "c2": "typical",
        # dd: A*B 0.9 > Y 0.6; t5: A*B 0.9 > Y 0.7; c4: ~A*~B 0.9 > Y 0.6
        "dd": "deviant consistency in degree", "t5": "deviant consistency in degree",
        "c4": "deviant consistency in degree",
        # d1: A*B 0.7, Y 0.2; d3: 0.65, 0.05; d2: ~A*~B 0.8, Y 0.3; i1: 0.8, 0.1; i2: 0.7, 0.3
        "d1": "deviant consistency", "d3": "deviant consistency", "d2": "deviant consistency",
        "i1": "deviant consistency", "i2": "deviant consistency",
        "c3": "deviant coverage",        # X = max(min(.1,.9), min(.9,.1)) = 0.1, Y 0.6
        "i3": "individually irrelevant", "i4": "individually irrelevant"}   # X 0.2, Y 0.2 / 0.3


def test_typical_cases_by_hand():
    """Best = 2(Y − X) + (1 − X) per term, lower = better; typical for one term only = uniquely covered."""
    t = smmr(suf_solution(), "typical")
    assert t["term"].tolist() == ["A*B"] * 3 + ["~A*~B"] * 3
    # A*B: t1 2(.9-.8)+.2 = .40; t2 2(.78-.7)+.3 = .46; t3 2(.95-.6)+.4 = 1.10 (dd, t5 in degree: not typical)
    # ~A*~B: c1 2(.7-.6)+.4 = .60; c2 and t4 2(.9-.7)+.3 = .70 each (a tie: left in the data order, t4 first, as
    # SetMethods leaves it)
    assert t["case"].tolist() == ["t1", "t2", "t3", "c1", "t4", "c2"]
    assert t["best"].tolist() == pytest.approx([0.40, 0.46, 1.10, 0.60, 0.70, 0.70])
    assert t["most_typical"].tolist() == [True, False, False, True, False, False]
    assert t["unique_coverage"].all()   # no case is typical for both terms (they are disjoint)


def test_deviant_consistency_cases_by_hand():
    """Per term, X_term > 0.5 > Y; Best = (1 − (X − Y)) + (1 − X), the most deviant per term."""
    d = smmr(suf_solution(), "deviant consistency")
    # A*B: d3 (1-(.65-.05)) + .35 = .75; d1 (1-(.7-.2)) + .3 = .80
    # ~A*~B: i1 (1-(.8-.1)) + .2 = .50; d2 (1-(.8-.3)) + .2 = .70; i2 (1-(.7-.3)) + .3 = .90
    assert list(zip(d["term"], d["case"])) == [("A*B", "d3"), ("A*B", "d1"), ("~A*~B", "i1"), ("~A*~B", "d2"),
                                               ("~A*~B", "i2")]
    assert d["best"].tolist() == pytest.approx([0.75, 0.80, 0.50, 0.70, 0.90])
    assert d["most_deviant"].tolist() == [True, False, True, False, False]
    assert "dd" not in set(d["case"])    # in degree (X 0.9 > Y 0.6 > 0.5) is not deviant in kind


def test_deviant_coverage_and_irrelevant_cases_by_hand():
    s = suf_solution()
    c = smmr(s, "deviant coverage")
    # c3: row ~A*B*~C, membership min(.9, .9, .9) = .9 > Y .6; Best = 1 - .9 = .1
    assert c["case"].tolist() == ["c3"] and c["TT_row"].tolist() == pytest.approx([0.9])
    assert c["TT<=Y"].tolist() == [False] and c["best"].tolist() == pytest.approx([0.1])
    i = smmr(s, "irrelevant")
    # i3 row 010 (membership min(.8,.8,.9) = .8), i4 row 100 (min(.8,.8,.7) = .7), by row
    assert i["case"].tolist() == ["i3", "i4"] and i["TT_row"].tolist() == pytest.approx([0.8, 0.7])


def test_focal_conjunct_ranks_and_clean_correspondence_by_hand():
    """SetMethods 4.0's cases.suf.typ.fct: Rank 1 when the focal conjunct is below the other conjuncts (FC < CC_Min:
    the FC sets the term's membership), else 2; clean correspondence: with FC <= Y, CC_Min outside [FC, Y]
    (CC_Min < FC or CC_Min > Y), with FC > Y, CC_Min outside [Y, FC]; ordered by Rank, clean correspondence,
    FC <= Y, unique coverage, Best = 2|Y − FC| + (1 − term). The LF reference cannot tell these rules from
    'Rank 1 when FC <= Y and FC != CC_Min' (no typical case there has CC_Min < FC <= Y or FC < CC_Min <= Y)."""
    fc = smmr_focal_conjuncts(suf_solution(), "A*B")
    a = fc["A"].set_index("case")
    # t1 A .9 > B .8 (Y .9): rank 2, clean (CC .8 < FC); t2 A .7 < B .9 (Y .78): rank 1, clean (CC .9 > Y);
    # t3 A .6 < B .8 <= Y .95: rank 1, not clean (CC between FC and Y)
    assert a["rank"].to_dict() == {"t2": 1, "t3": 1, "t1": 2}
    assert a["clean_correspondence"].to_dict() == {"t2": True, "t3": False, "t1": True}
    # Best: t2 2(.08) + .3 = .46; t3 2(.35) + .4 = 1.1; t1 0 + .2 = .2 (the most typical for A, ranked last)
    assert list(a.index) == ["t2", "t3", "t1"] and a["best"].tolist() == pytest.approx([0.46, 1.1, 0.2])
    assert a["most_typical_FC"].tolist() == [False, False, True]
    b = fc["B"].set_index("case")
    # t1 B .8 < A .9 (rank 1) but A .9 is not < B nor > Y .9: not clean; t3 B .8 > A .6, FC <= Y: rank 2, clean;
    # t2 B .9 > A .7, FC > Y .78: rank 2, clean (CC .7 < Y); t3 before t2 (FC <= Y)
    assert list(b.index) == ["t1", "t3", "t2"]
    assert b["rank"].tolist() == [1, 2, 2] and b["clean_correspondence"].tolist() == [False, True, True]


def test_typical_deviant_consistency_pairs_by_hand():
    """Best = |X1 − X2| + (1 − (Y1 − Y2)) + (1 − X1) + (1 − X2) (SetMethods' matches.suf.typdcn), then the most
    typical (of the term) and most deviant cases first among equal rounded Best."""
    p = smmr_pairs(suf_solution(), "typical-deviant consistency", by="term")["A*B"]
    # t1-d3 .15+.15+.2+.35 = .85; t1-d1 .1+.3+.2+.3 = .90; t3-d3 .05+.1+.4+.35 = .90 (t1 most typical: first);
    # t2-d3 .05+.27+.3+.35 = .97; t2-d1 0+.42+.3+.3 = 1.02; t3-d1 .1+.25+.4+.3 = 1.05 (sixth, left out)
    assert list(zip(p["typical"], p["deviant_consistency"])) == [("t1", "d3"), ("t1", "d1"), ("t3", "d3"),
                                                                 ("t2", "d3"), ("t2", "d1")]
    assert p["best"].tolist() == pytest.approx([0.85, 0.90, 0.90, 0.97, 1.02])
    assert p["most_typical_term"].tolist() == [True, True, False, False, False]


def test_typical_irrelevant_and_typical_typical_pairs_per_term_by_hand():
    s = suf_solution()
    p = smmr_pairs(s, "typical-irrelevant", by="term")["A*B"]
    # irrelevant for A*B and out of the whole solution: i3 (A*B .2, Y .2), i4 (.2, .3), both consistent (X <= Y)
    # Best = (1-(x1-x2)) + (1-(y1-y2)) + 2|y1-x1| + 2|y2-x2|: t1-i3 .4+.3+.2+0 = .90; t2-i3 .5+.42+.16 = 1.08;
    # t1-i4 .4+.4+.2+.2 = 1.20; t2-i4 .5+.52+.16+.2 = 1.38; t3-i3 .6+.25+.7 = 1.55 (t3-i4 1.85: sixth)
    assert list(zip(p["typical"], p["irrelevant"])) == [("t1", "i3"), ("t2", "i3"), ("t1", "i4"), ("t2", "i4"),
                                                        ("t3", "i3")]
    assert p["best"].tolist() == pytest.approx([0.90, 1.08, 1.20, 1.38, 1.55])
    q = smmr_pairs(s, "typical-typical", by="term")["A*B"]
    # the first case at least as typical (t1 .40 <= t2 .46 <= t3 1.10); Best = (.5-(x1-x2)) + (.5-(y1-y2)) +
    # 2|y1-x1| + 2|y2-x2|: t1-t2 .4+.38+.2+.16 = 1.14; t1-t3 .3+.55+.2+.7 = 1.75; t2-t3 .4+.67+.16+.7 = 1.93
    assert list(zip(q["typical_1"], q["typical_2"])) == [("t1", "t2"), ("t1", "t3"), ("t2", "t3")]
    assert q["best"].tolist() == pytest.approx([1.14, 1.75, 1.93])


def test_deviant_coverage_irrelevant_pairs_by_hand():
    p = smmr_pairs(suf_solution(), "deviant coverage-irrelevant")["solution"]
    # same row 010: c3 (w .9, Y .6) and i3 (w .8, Y .2): |.9-.8| + (1-(.6-.2)) + (1-.9) + (1-.8) = 1.0
    assert list(zip(p["deviant_coverage"], p["irrelevant"])) == [("c3", "i3")]
    assert p["best"].tolist() == pytest.approx([1.0])


def test_theory_evaluation_cases_by_hand():
    """Theory T = A against S = A*B + ~A*~B: each case in the intersection it is a member of (> 0.5), crossed with Y
    (Schneider & Wagemann 2012, 11.3; SetMethods' theory.evaluation labels). The LF reference never has a case in
    T*S or ~T*S with Y < 0.5 (inconsistent most / least likely); here both hold cases."""
    te = theory_evaluation("A", suf_solution())
    got = {r["label"]: r["cases"] for r in te.cases.to_dict("records")}
    assert got == {
        # T*S = min(A, S): t1 .8, t2 .7, dd .9, t3 .6, t5 .9 (Y > .5); d1 .7, d3 .65 (Y < .5)
        "covered most likely": ["t1", "t2", "dd", "t3", "t5"], "inconsistent most likely": ["d1", "d3"],
        # ~T*S = min(1-A, S): t4 .7, c1 .6, c2 .7, c4 .9 (Y > .5); d2 .8, i1 .8, i2 .7 (Y < .5)
        "covered least likely": ["t4", "c1", "c2", "c4"], "inconsistent least likely": ["d2", "i1", "i2"],
        # T*~S = min(A, 1-S): i4 min(.8, .8) (Y .3); no case with Y > .5
        "uncovered most likely": [], "consistent most likely": ["i4"],
        # ~T*~S: c3 min(.9, .9) (Y .6); i3 min(.8, .8) (Y .2)
        "uncovered least likely": ["c3"], "consistent least likely": ["i3"]}
    fit = te.fit.set_index("set")
    # sum of T*S over the 17 cases 7.05, of min(T*S, Y) 5.45
    assert fit.loc["T*S", "inclS"] == pytest.approx(5.45 / 7.05)
    # theory B: c3 (B .9, S .1, Y .6) is uncovered most likely
    other = theory_evaluation("B", suf_solution()).cases
    assert other.loc[other["label"] == "uncovered most likely", "cases"].tolist() == [["c3"]]


# ---------------------------------------------------------------- necessity: condition N, other condition B
NEC = pd.DataFrame({  # case: N, B, Y
    "p1": (0.9, 0.8, 0.7), "p2": (0.8, 0.2, 0.6), "p3": (0.95, 0.9, 0.9),       # typical: X, Y > .5, X >= Y
    "q1": (0.2, 0.7, 0.8), "q2": (0.3, 0.1, 0.7), "q3": (0.1, 0.9, 0.6),        # deviant consistency: X < .5 < Y
    "r1": (0.9, 0.6, 0.2), "r2": (0.6, 0.3, 0.1),                               # deviant relevance: X > .5 > Y
    "s1": (0.2, 0.2, 0.1), "s2": (0.1, 0.8, 0.3),                               # irrelevant
    "g1": (0.6, 0.7, 0.8),                                                      # in degree: Y > X > .5
}, index=["N", "B", "Y"]).T


def test_necessity_case_tables_by_hand():
    ty = necessity_typology(NEC, "Y", "N").set_index("case")["type"]
    assert ty["g1"] == "deviant consistency in degree" and ty["s1"] == ty["s2"] == "individually irrelevant"
    t = necessity_cases(NEC, "Y", "N", "typical")
    # Best = 2|X-Y| + (1-X) (= (1-Y) + |X-Y| when X >= Y): p3 .1+.05 = .15; p1 .4+.1 = .5; p2 .4+.2 = .6
    assert t["case"].tolist() == ["p3", "p1", "p2"] and t["best"].tolist() == pytest.approx([0.15, 0.5, 0.6])
    assert t["most_typical"].tolist() == [True, False, False]
    d = necessity_cases(NEC, "Y", "N", "deviant consistency")
    # Best = 1 - (Y - X): q1 1-.6 = .4; q3 1-.5 = .5; q2 1-.4 = .6
    assert d["case"].tolist() == ["q1", "q3", "q2"] and d["best"].tolist() == pytest.approx([0.4, 0.5, 0.6])
    r = necessity_cases(NEC, "Y", "N", "deviant relevance")
    # Best = (1-(X-Y)) + (1-X): r1 .3+.1 = .4; r2 .5+.4 = .9
    assert r["case"].tolist() == ["r1", "r2"] and r["best"].tolist() == pytest.approx([0.4, 0.9])
    assert r["most_deviant_relevance"].tolist() == [True, False]


def test_necessity_deviant_consistency_cases_per_truth_table_row_by_hand():
    """SetMethods' single-case table (cases.nec.dcn) ranks the deviant consistency cases within each truth table row
    of the analysis' conditions and marks the lowest Best of each row (MostDCONS), ordering rows, then TT_row <= Y,
    then Best. The engine ranked all cases together: q2, alone in its row (B = 0), was not marked most deviant. No R
    reference holds such a case (LF has none for LIT), so the expected table is worked out by hand."""
    d = necessity_cases(NEC, "Y", "N", "deviant consistency", conditions=["N", "B"])
    # rows by (TT_N, TT_B): q2 in 00; q1 and q3 in 01. TT_row = min(max(x, 1 - x)) over N, B:
    # q2 min(.7, .9) = .7 (<= Y .7); q1 min(.8, .7) = .7 (<= Y .8); q3 min(.9, .9) = .9 (> Y .6)
    assert d["case"].tolist() == ["q2", "q1", "q3"]
    assert d["TT_N"].tolist() == [0, 0, 0] and d["TT_B"].tolist() == [0, 1, 1]
    assert d["TT_row"].tolist() == pytest.approx([0.7, 0.7, 0.9])
    assert d["TT<=Y"].tolist() == [True, True, False]
    # Best = 1 - (Y - X): q2 .6, q1 .4, q3 .5; the lowest of row 00 is q2's, of row 01 q1's
    assert d["best"].tolist() == pytest.approx([0.6, 0.4, 0.5])
    assert d["most_deviant"].tolist() == [True, True, False]
    # the nec_cond's own condition may be left out of `conditions`: it is part of the truth table all the same
    assert d.equals(necessity_cases(NEC, "Y", "N", "deviant consistency", conditions="B"))


def test_necessity_deviant_consistency_cases_without_conditions_say_so():
    """Without the truth table's conditions the cases are ranked together, and a QCAWarning says so (SetMethods
    ranks them per truth table row); the table then has no TT columns."""
    from analysis.qca.data import QCAWarning

    with pytest.warns(QCAWarning, match=r"ranked together.*give conditions="):
        d = necessity_cases(NEC, "Y", "N", "deviant consistency")
    assert d["most_deviant"].tolist() == [True, False, False] and "TT_row" not in d.columns


def test_necessity_typical_deviant_consistency_pairs_by_hand():
    """Pairs within a truth table row of the other conditions (B); Best = (1 − (X1 − X2)) + |Y1 − Y2|; per row by
    Best, rows in order, the first max_pairs overall (SetMethods' matches.nec.typdcn). Its MostDCONS comes from
    cases.nec.dcn, which marks the lowest Best of each truth table row (aggregate(Best, by = TT row, min)): q2 is
    the most deviant case of row B = 0, q1 of row B = 1."""
    p = necessity_pairs(NEC, "Y", "N", "typical-deviant consistency", conditions=["N", "B"])
    # row B = 0: p2-q2 (1-(.8-.3)) + |.6-.7| = .6
    # row B = 1: p1-q3 (1-.8) + .1 = .3; p3-q1 (1-.75) + .1 = .35; p1-q1 (1-.7) + .1 = .4; p3-q3 .15+.3 = .45
    assert list(zip(p["typical"], p["deviant_consistency"])) == [("p2", "q2"), ("p1", "q3"), ("p3", "q1"),
                                                                 ("p1", "q1"), ("p3", "q3")]
    assert p["best"].tolist() == pytest.approx([0.6, 0.3, 0.35, 0.4, 0.45])
    assert p["most_typical"].tolist() == [False, False, True, False, True]
    # q2 is the most deviant of its row (B = 0) though q1 (Best .4, row B = 1) is lower than its .6 overall
    assert p["most_deviant_consistency"].tolist() == [True, False, True, True, False]


def test_necessity_typical_deviant_relevance_pairs_by_hand():
    p = necessity_pairs(NEC, "Y", "N", "typical-deviant relevance")
    # Best = (1-X1) + (1-X2) + |1-(Y1-Y2)| + |X1-X2|: p3-r1 .05+.1+.3+.05 = .5; p1-r1 .1+.1+.5+0 = .7;
    # p3-r2 .05+.4+.2+.35 = 1.0; p2-r1 .2+.1+.6+.1 = 1.0 (p3 most typical: first); p1-r2 .1+.4+.4+.3 = 1.2
    assert list(zip(p["typical"], p["deviant_relevance"])) == [("p3", "r1"), ("p1", "r1"), ("p3", "r2"),
                                                               ("p2", "r1"), ("p1", "r2")]
    assert p["best"].tolist() == pytest.approx([0.5, 0.7, 1.0, 1.0, 1.2])


# ---------------------------------------------------------------- cluster diagnostics on a 2 x 2 panel
def test_cluster_diagnostics_by_hand():
    """X = A, two units observed in two waves (García-Castro & Ariño 2016; SetMethods' cluster.diagnostics)."""
    panel = pd.DataFrame({"U": ["u1", "u1", "u2", "u2"], "W": ["w1", "w2", "w1", "w2"],
                          "A": [0.8, 0.6, 0.4, 0.9], "Y": [0.9, 0.3, 0.2, 1.0]})
    out = cluster_diagnostics(panel, "A", "Y", "U", "W")["A"]
    # min(A, Y) = .8, .3, .2, .9: pooled 2.2 / 2.7; coverage 2.2 / 2.4
    assert out.pooled == pytest.approx(2.2 / 2.7) and out.coverage_pooled == pytest.approx(2.2 / 2.4)
    # between: w1 (.8+.2)/(.8+.4) = 5/6, w2 (.3+.9)/(.6+.9) = 4/5; within: u1 1.1/1.4 = 11/14, u2 1.1/1.3 = 11/13
    assert out.between.tolist() == pytest.approx([5 / 6, 4 / 5])
    assert out.within.tolist() == pytest.approx([11 / 14, 11 / 13])
    # dBP: shares 25/49, 24/49, each 1/98 from 1/2: sqrt(2)/98; dWP: shares 13/27, 14/27: sqrt(2)/54
    assert out.dBP == pytest.approx(math.sqrt(2) / 98) and out.dWP == pytest.approx(math.sqrt(2) / 54)
    assert out.coverage_between.tolist() == pytest.approx([1.0 / 1.1, 1.2 / 1.3])
    assert out.coverage_within.tolist() == pytest.approx([1.1 / 1.2, 1.1 / 1.2])
    nec = cluster_diagnostics(panel, "A", "Y", "U", "W", necessity=True)["A"]
    # necessity: consistency = sum min / sum Y, the distances from those: w1 1.0/1.1, w2 1.2/1.3
    assert nec.pooled == pytest.approx(2.2 / 2.4) and nec.between.tolist() == pytest.approx([1 / 1.1, 1.2 / 1.3])
    b = [1 / 1.1, 1.2 / 1.3]
    assert nec.dBP == pytest.approx(math.sqrt(sum((v / sum(b) - 0.5) ** 2 for v in b)))


def test_cluster_diagnostics_refuse_a_unit_twice_in_one_cluster():
    """SetMethods' cluster.diagnostics cross-tabulates with xtabs(x ~ unit + cluster), which adds up the memberships
    of a unit's repeated rows in one cluster (here a in wave 1: within a (min(1.1, 1.1) + min(.7, .6)) / 1.8 = 0.94);
    the engine took each row on its own ((min(.9, .3) + min(.2, .8) + min(.7, .6)) / 1.8 = 0.61): the two disagree without a word, and a unit
    observed twice in one wave is a data error either way. Refused, naming the unit, the cluster and the rows."""
    from analysis.qca import QCAInputError

    panel = pd.DataFrame({"U": ["a", "a", "a", "b", "b"], "W": [1, 1, 2, 1, 2], "A": [0.9, 0.2, 0.7, 0.6, 0.3],
                          "Y": [0.3, 0.8, 0.6, 0.7, 0.2]}, index=["r1", "r2", "r3", "r4", "r5"])
    with pytest.raises(QCAInputError, match=r"2 rows \(r1, r2\) hold unit 'a' in cluster '1'"):
        cluster_diagnostics(panel, "A", "Y", "U", "W")


# ---------------------------------------------------------------- robustness fit on four cases, three tests
def test_robustness_fit_by_hand():
    """minTS / maxTS over all three tests (the middle one holds the extremes; SetMethods 4.0 would read the first
    and last only), core = min(IS, TS1, TS2, TS3)."""
    IS = [0.8, 0.6, 0.3, 0.1]
    tests = [[0.7, 0.7, 0.2, 0.4], [0.9, 0.4, 0.6, 0.0], [0.75, 0.65, 0.25, 0.3]]
    y = [0.9, 0.55, 0.4, 0.05]
    f = robustness_fit(IS, tests, y)
    # core = minTS = (.7, .4, .2, 0), maxTS = (.9, .7, .6, .4); min(IS, Y) sums to 1.7, min(core, Y) to 1.3
    # inclS(IS) = 1.7/1.8, inclS(core) = 1.3/1.3 = 1; covS(IS) = 1.7/1.9, covS(core) = 1.3/1.9
    assert f["RF_cons"] == pytest.approx((1.7 / 1.8) / 1.0)
    assert f["RF_cov"] == pytest.approx(1.3 / 1.7)
    # SC = sum min / sum max: with minTS 1.3/1.8; with maxTS 1.8/2.6
    assert f["RF_SC_minTS"] == pytest.approx(1.3 / 1.8) and f["RF_SC_maxTS"] == pytest.approx(1.8 / 2.6)
    # PRI of the core: min(core, Y, 1-Y) = .1, .4, .2, 0 (.7): (1.3 - .7) / (1.3 - .7) = 1
    assert f["core_inclS"] == pytest.approx(1.0) and f["core_PRI"] == pytest.approx(1.0)
    cases, ratios = case_robustness(IS, tests, y, ["a", "b", "c", "d"])
    # a: IS*minTS .7, Y .9; b: IS*~minTS min(.6, .6) = .6, Y .55; c: ~IS*maxTS min(.7, .6) = .6, Y .4;
    # d: ~IS*~maxTS min(.9, .6) = .6, Y .05
    assert cases["type"].tolist() == ["robust typical", "shaky typical", "possible deviant", "irrelevant"]
    # RCR_typ = 1 / (1 + 1 + 0); RCR_dev = 0 / (0 + 0 + 1); shaky and possible cases: rank 4
    assert ratios == {"RCR_typ": 0.5, "RCR_dev": 0.0, "RCC_rank": 4}


# ---------------------------------------------------------------- ties and rounding as SetMethods orders them
def _one_condition(rows: dict):
    df = pd.DataFrame(rows, index=["A", "Y"]).T
    sol = minimize(truth_table(df, "Y", ["A"], incl_cut=0.5), "?")
    assert sol.models[0].expression == "A"
    return sol


def test_smmr_ties_keep_the_data_order_as_setmethods_does():
    """cases.suf.typ orders by term, unique coverage, Best, term membership and leaves ties in the data order; the
    engine broke them by case name. zt and at (A .8, Y .9) tie: Best 2(.9 - .8) + (1 - .8) = .4 each."""
    sol = _one_condition({"zt": (0.8, 0.9), "at": (0.8, 0.9), "mt": (0.95, 1.0), "i1": (0.1, 0.1), "i2": (0.2, 0.1)})
    typ = smmr(sol, "typical")
    # mt: 2(.05) + .05 = .15 first; then zt, at in the data order
    assert typ["case"].tolist() == ["mt", "zt", "at"] and typ["best"].tolist() == pytest.approx([0.15, 0.4, 0.4])


def test_smmr_deviant_consistency_sorts_on_best_rounded_to_3_decimals():
    """cases.suf.dcn rounds Best and the term membership to 3 decimals before it sorts (then the data order);
    the engine sorted on the unrounded Best. zp (A .7, Y .3): Best (1 - .4) + .3 = .9; aq (A .7001, Y .3001):
    (1 - .4) + .2999 = .8999, 0.900 rounded: a tie, term memberships .7 and .700 too, so zp (first in the data)
    leads. The Best shown keeps every decimal; both are most deviant only if equal unrounded (SetMethods compares
    the unrounded values there): aq is."""
    sol = _one_condition({"t1": (0.9, 0.95), "t2": (0.8, 0.9), "t3": (0.95, 0.97), "zp": (0.7, 0.3),
                          "aq": (0.7001, 0.3001), "i1": (0.1, 0.1), "i2": (0.0, 0.0), "i3": (0.1, 0.0)})
    dcn = smmr(sol, "deviant consistency")
    assert dcn["case"].tolist() == ["zp", "aq"] and dcn["best"].tolist() == pytest.approx([0.9, 0.8999])
    assert dcn["most_deviant"].tolist() == [False, True]


def test_smmr_deviant_coverage_ranks_on_the_row_membership_rounded_to_3_decimals():
    """cases.suf.dcv rounds TT_row (and Y) to 3 decimals, Best = 1 - TT_row from it, and leaves ties in case-name
    order (its merge by case sorts them); the most deviant per row is the lowest rounded Best. b (A .2996): TT_row
    .7004, a (A .2999): .7001; both .700 rounded, Best .300: a tie, a first by name, both most deviant. The Best
    shown keeps every decimal (1 - TT_row: .2999, .2996)."""
    sol = _one_condition({"t1": (0.9, 0.95), "t2": (0.8, 0.9), "b": (0.2996, 0.9), "a": (0.2999, 0.9),
                          "i1": (0.1, 0.1), "i2": (0.0, 0.0), "i3": (0.0, 0.0), "i4": (0.1, 0.0)})
    dcv = smmr(sol, "deviant coverage")
    assert dcv["case"].tolist() == ["a", "b"] and dcv["most_deviant_coverage"].tolist() == [True, True]
    assert dcv["best"].tolist() == pytest.approx([0.2999, 0.2996])


def test_necessity_cases_ties_as_setmethods_orders_them():
    """cases.nec.typ orders by Best, then the membership in the condition (ascending), then the data order;
    cases.nec.drel by Best, then the data order. The engine broke both ties by case name.
    Typical, Best = 2|X - Y| + (1 - X): a (N .9, Y .8) .2 + .1 = .3; b (N .7, Y .7) 0 + .3 = .3: b (lower N) first.
    Deviant relevance, Best = 2(1 - X) + Y: z and y (N .9, Y .2): .4 each, z first in the data."""
    data = pd.DataFrame({"N": [0.9, 0.7, 0.9, 0.9, 0.1], "Y": [0.8, 0.7, 0.2, 0.2, 0.1]},
                        index=["a", "b", "z", "y", "i"])
    typ = necessity_cases(data, "Y", "N", "typical")
    assert typ["case"].tolist() == ["b", "a"] and typ["best"].tolist() == pytest.approx([0.3, 0.3])
    rel = necessity_cases(data, "Y", "N", "deviant relevance")
    assert rel["case"].tolist() == ["z", "y"] and rel["most_deviant_relevance"].tolist() == [True, True]


def test_focal_conjunct_tables_keep_every_case_unless_max_rows():
    """cases.suf.typ.fct keeps the first 5 rows (its max_pairs) and leaves ties in the data order; the engine kept
    every row (its choice: a table cut without a word hides cases) but broke ties by name. Seven identical typical
    cases g..a (A .8, B .9, Y .9) of the term A*B: all seven, in the data order; max_rows=5 gives SetMethods' five."""
    names = ["g", "f", "e", "d", "c", "b", "a"]
    rows = {n: (0.8, 0.9, 0.9) for n in names}
    rows.update({"n1": (0.2, 0.9, 0.1), "n2": (0.9, 0.2, 0.1), "n3": (0.1, 0.1, 0.1)})
    df = pd.DataFrame(rows, index=["A", "B", "Y"]).T
    sol = minimize(truth_table(df, "Y", ["A", "B"], incl_cut=0.8), "?")
    assert sol.models[0].expression == "A*B"
    full = smmr_focal_conjuncts(sol, 1)
    assert all(t["case"].tolist() == names for t in full.values())
    cut = smmr_focal_conjuncts(sol, 1, max_rows=5)
    assert all(t["case"].tolist() == names[:5] for t in cut.values())
    from analysis.qca import QCAInputError

    for bad in (0, -1, 2.5, True, "5"):
        with pytest.raises(QCAInputError, match=r"max_rows must be a whole number of rows >= 1 or None"):
            smmr_focal_conjuncts(sol, 1, max_rows=bad)


def test_necessity_typical_deviant_consistency_pairs_sort_on_best_rounded_to_3_decimals():
    """matches.nec.typdcn rounds Best to 3 decimals before it orders each truth table row's pairs (then most
    typical first, then most deviant), as every other pair table here does; this one sorted on the unrounded Best.
    Row B = 1: t1-d (1 - (.9 - .2)) + |.8 - .7| = .4; t2-d (1 - (.9001 - .2)) + |.8002 - .7| = .4001, .400 rounded: a
    tie, and t2 is the most typical case (Best 2|X - Y| + (1 - X): t2 .2997, t1 .3), so t2-d leads."""
    data = pd.DataFrame({"N": [0.9, 0.9001, 0.2], "B": [0.8, 0.8, 0.8], "Y": [0.8, 0.8002, 0.7]},
                        index=["t1", "t2", "d"])
    p = necessity_pairs(data, "Y", "N", "typical-deviant consistency", conditions=["N", "B"])
    assert list(zip(p["typical"], p["deviant_consistency"])) == [("t2", "d"), ("t1", "d")]
    assert p["best"].tolist() == pytest.approx([0.4, 0.4]) and p["most_typical"].tolist() == [True, False]


def test_necessity_pairs_take_the_most_deviant_case_from_the_single_case_table():
    """matches.nec.typdcn marks MostDCONS from cases.nec.dcn's table, which rounds each case's truth table row
    membership to 3 decimals and leaves out the cases at 0.5 (in no row). q (B .4996): TT_row min(.9, .5004) = .5004,
    0.500 rounded, so SetMethods leaves it out of the single-case table and the most deviant case of row B = 0 is q'
    (Best 1 - (.6 - .2) = .6), though q's Best 1 - (.9 - .1) = .2 is lower. The pairs marked q, as if it were in the
    table. Both still pair with p (B .2 and .4996 both round to row B = 0, as matches.nec.typdcn reads rows)."""
    data = pd.DataFrame({"N": [0.8, 0.1, 0.2], "B": [0.2, 0.4996, 0.1], "Y": [0.6, 0.9, 0.6]}, index=["p", "q", "q'"])
    single = necessity_cases(data, "Y", "N", "deviant consistency", conditions=["N", "B"])
    assert single["case"].tolist() == ["q'"] and single["most_deviant"].tolist() == [True]
    p = necessity_pairs(data, "Y", "N", "typical-deviant consistency", conditions=["N", "B"])
    mark = dict(zip(p["deviant_consistency"], p["most_deviant_consistency"]))
    assert mark == {"q": False, "q'": True}


def test_deviant_coverage_rounding_is_said_where_it_flips_a_flag_and_exact_is_available():
    """SetMethods' smmr (cases = 4) rounds TT_row and Y to 3 decimals before it reads TT<=Y, orders the cases and
    marks the most deviant of each row; ours does so too (parity), but said nothing where that flips what the
    exact values say. c5 below: row ~A*B*~C, TT_row = min(1 − .3996, .9, .9) = .6004 > Y .6001, yet both round to
    .600, so TT<=Y was True and c5 was listed before c3 (TT<=Y first) with nothing to tell. Now a QCAWarning names c5
    and its exact values, and smmr(..., exact=True) reads the exact values: TT<=Y False for both, c3 (Best .1) first.
    Without a flip (the data above) no warning."""
    import warnings

    from analysis.qca import QCAWarning

    df = SUF.copy()
    df.loc["c5"] = (0.3996, 0.9, 0.1, 0.6001)
    sol = minimize(truth_table(df, "Y", ["A", "B", "C"], incl_cut=0.75, pri_cut=0.5), "?")
    assert sol.models[0].expression == "A*B + ~A*~B"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parity = smmr(sol, "deviant coverage")
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    assert parity["case"].tolist() == ["c5", "c3"] and parity["TT<=Y"].tolist() == [True, False]   # as SetMethods
    assert len(said) == 1 and "rounded to 3 decimals" in said[0], said
    assert "c5 (TT_row 0.6004 > outcome 0.6001)" in said[0] and "exact=True" in said[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)
        exact = smmr(sol, "deviant coverage", exact=True)
        smmr(suf_solution(), "deviant coverage")                       # nothing flips: no warning
    assert exact["case"].tolist() == ["c3", "c5"] and exact["TT<=Y"].tolist() == [False, False]
    assert exact["most_deviant_coverage"].tolist() == [True, False]
    assert exact["TT_row"].tolist() == pytest.approx([0.9, 0.6004])
    with pytest.raises(QCAInputError, match="exact must be True or False"):
        smmr(sol, "deviant coverage", exact="yes")


def test_necessity_deviant_consistency_rounding_is_said_and_exact_is_available():
    """SetMethods' cases.nec.dcn rounds TT_row to 3 decimals, then keeps the cases with TT_row > 0.5 and reads
    TT_row <= Y (Y unrounded); ours did so without a word where that differs from the exact memberships. q4: TT_row
    = min(max(.2, .8), max(.4996, .5004)) = .5004, rounded .5, so it was left out although it is in its row; q5:
    TT_row min(.6004, .9) = .6004 > Y .6002, rounded .6 <= .6002. A QCAWarning now names both, and exact=True keeps
    q4 and reads q5's TT<=Y False. exact applies to the per-row table only."""
    import warnings

    from analysis.qca import QCAWarning

    df = NEC.copy()
    df.loc["q4"] = (0.2, 0.4996, 0.7)
    df.loc["q5"] = (0.3996, 0.9, 0.6002)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parity = necessity_cases(df, "Y", "N", "deviant consistency", conditions=["N", "B"])
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    assert "q4" not in set(parity["case"]) and parity.set_index("case").loc["q5", "TT<=Y"]          # as SetMethods
    assert len(said) == 1 and "rounded to 3 decimals" in said[0], said
    assert "q4 (TT_row 0.5004: in its truth table row" in said[0]
    assert "q5 (TT_row 0.6004 > outcome 0.6002)" in said[0] and "exact=True" in said[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error", QCAWarning)
        exact = necessity_cases(df, "Y", "N", "deviant consistency", conditions=["N", "B"], exact=True).set_index("case")
        necessity_cases(NEC, "Y", "N", "deviant consistency", conditions=["N", "B"])     # nothing differs: no warning
    assert exact.loc["q4", "TT_row"] == pytest.approx(0.5004) and not exact.loc["q5", "TT<=Y"]
    with pytest.raises(QCAInputError, match="exact applies to cases='deviant consistency' with conditions"):
        necessity_cases(df, "Y", "N", "typical", exact=True)


def test_deviant_coverage_irrelevant_pairs_keep_cases_setmethods_leaves_out_flagged():
    """SetMethods 4.0's matches.suf.dcviir pairs only deviant coverage cases with TT_row <= Y (its devcove filter);
    ours pairs every deviant coverage case, those with TT_row <= Y first in each row, and shows the flag (TT<=Y),
    which README did not say. c3 (TT_row .9 > Y .6) has a pair here and none in SetMethods; keeping the pairs with
    TT<=Y True gives SetMethods' selection (none here)."""
    p = smmr_pairs(suf_solution(), "deviant coverage-irrelevant")["solution"]
    assert p["TT<=Y"].tolist() == [False] and p[p["TT<=Y"]].empty
    from analysis.paths import ROOT
    readme = " ".join((ROOT / "docs" / "engine-guide.md").read_text(encoding="utf-8").split())   # README's before
    assert "pairs only deviant coverage cases with TT_row <= Y" in readme
