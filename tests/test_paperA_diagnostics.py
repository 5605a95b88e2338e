"""Paper A: what a referee asks beyond the solutions (analysis.paper_a.diagnostics, cases.calibration_margins): the
cases of a necessity test, contradictory rows, cut-off ranges, the negated outcome, the typology under every model."""
from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.paper_a import claims as P
from analysis.paper_a import diagnostics as D
from analysis.paper_a.configurations import analyse_configurations, negation
from analysis.qca import (contradictions, necessity_typology, necessity_xy, permutation_benchmark, truth_table,
                          typology_by_model)
from analysis.qca.errors import QCAInputError

CONDS = list(C.CONDITION_NAMES)


@pytest.fixture(scope="module")
def recon():
    cb = C.load_codebook()
    cd = C.load_cases(codebook=cb)
    return cb, cd, C.calibrate_cases(cd, "crisp")


def test_necessity_case_types_and_xy_table(recon):
    _, _, crisp = recon
    types = necessity_typology(crisp, C.OUTCOME, "SER").set_index("case")
    x, y = crisp["SER"] > 0.5, crisp[C.OUTCOME] > 0.5
    # the four cells of the crisp XY plot, each case in exactly one type
    assert set(types.index[types["type"] == "typical"]) == set(crisp.index[x & y])
    assert set(types.index[types["type"] == "deviant consistency"]) == set(crisp.index[~x & y])
    assert set(types.index[types["type"] == "deviant relevance"]) == set(crisp.index[x & ~y])
    assert set(types.index[types["type"] == "individually irrelevant"]) == set(crisp.index[~x & ~y])
    table = necessity_xy(types.reset_index(), C.OUTCOME)
    assert table.loc["SER in", "EFF in"].startswith(f"{int((x & y).sum())}: ")
    assert table.loc["SER out", "EFF in"] == "0"            # SER's inclN is 1: no case contradicts it
    # a negated outcome and a negated condition are read as such
    neg = necessity_typology(crisp, "~EFF", "~SER").set_index("case")
    assert set(neg.index[neg["type"] == "typical"]) == set(crisp.index[~x & ~y])


def test_contradictions_name_the_cases_on_each_side(recon):
    _, _, crisp = recon
    contra = contradictions(truth_table(crisp, C.OUTCOME, CONDS, incl_cut=0.8))
    assert contra["row"].tolist() == [32]
    row = contra.iloc[0]
    assert (row["cases_in_outcome"], row["cases_not_in_outcome"], row["OUT"]) == ("R01, R02", "R12", "0")
    assert row["incl"] == pytest.approx(2 / 3)
    assert "deviant coverage" in row["handling"]
    # at a cut-off below its consistency the row is positive, and the handling says so
    low = truth_table(crisp, C.OUTCOME, CONDS, incl_cut=0.6)
    assert contradictions(low).iloc[0]["OUT"] == "1"
    # without the negative case the row is no longer contradictory
    none = truth_table(crisp.drop(index="R12"), C.OUTCOME, CONDS, incl_cut=0.8)
    assert contradictions(none).empty


def test_threshold_ranges_follow_the_observed_consistencies(recon):
    _, _, crisp = recon
    ranges = D.threshold_ranges(crisp, C.OUTCOME, CONDS, dir_exp={c: 1 for c in CONDS}, incl_step=0.05,
                                incl_runs=5, n_runs=2).set_index("threshold")
    # row consistencies are 0, 2/3 and 1: any incl_cut above 2/3 gives the same table, 0.65 admits row 32
    assert ranges.loc["incl_cut", "lower"] == pytest.approx(0.7) and ranges.loc["incl_cut", "upper"] == pytest.approx(1.0)
    assert ranges.loc["incl_cut", "lower_reason"] == "solution changed"
    # every positive row holds one case: n_cut = 2 leaves nothing to minimise
    assert ranges.loc["n_cut", "upper"] == 1 and "no positive row" in ranges.loc["n_cut", "upper_reason"]


def test_threshold_ranges_are_those_of_the_reported_esa_solution():
    """The cut-off ranges were always those of the standard analysis, while notebook 03 reports the ESA solution
    (found by the method audit). With analysis='esa' the remainders ESA blocks at the given cut-offs stay blocked at
    every step (minimize's exclude, as SetMethods' ranges pass it). On Lipset's fuzzy data (R QCA's LF) ESA blocks
    contradictory simplifying assumptions, and the n_cut range of the ESA solution ends at 1 where the standard
    one reaches 2."""
    import warnings

    from analysis.qca import find_rows, threshold_range, truth_table

    from analysis.paths import ROOT

    lf = pd.read_csv(ROOT / "data" / "reference" / "datasets" / "LF.csv", index_col="case")
    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    dir_exp = {c: 1 for c in conds}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        std = D.threshold_ranges(lf, "SURV", conds, dir_exp=dir_exp, n_runs=2).set_index("threshold")
        esa = D.threshold_ranges(lf, "SURV", conds, dir_exp=dir_exp, n_runs=2, analysis="esa").set_index("threshold")
        csa = find_rows(truth_table(lf, "SURV", conds, incl_cut=0.8), "csa")
        direct = threshold_range(lf, "SURV", conds, "n_cut", step=1, max_runs=2, incl_cut=0.8,
                                 dir_exp=[1] * 5, exclude=csa).set_index("threshold")
    assert csa, "LF has contradictory simplifying assumptions at incl_cut 0.8"
    assert std.loc["n_cut", "upper"] == 2 and esa.loc["n_cut", "upper"] == 1
    assert esa.loc["n_cut", "upper"] == direct.loc["n_cut", "upper"]
    with pytest.raises(ValueError, match="analysis must be"):
        D.threshold_ranges(lf, "SURV", conds, analysis="ESA ")


def test_negated_outcome_is_its_own_analysis(recon):
    _, _, crisp = recon
    assert negation("EFF") == "~EFF" and negation("~EFF") == "EFF"
    assert D.negated_dir_exp({"A": 1, "B": 0, "C": "-"}) == {"A": 0, "B": 1, "C": "-"}
    nec, res = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp={c: 1 for c in CONDS}, analysis="standard")
    assert res.outcome == "~EFF" and set(res.dir_exp.values()) == {0}
    assert nec.set_index("condition").loc["~SER", "inclN"] == pytest.approx(3 / 7)   # 3 of 7 negative cases lack SER
    y = 1 - crisp[C.OUTCOME]
    # every term of every model is a subset of ~EFF in the data (inclS 1 on the reconstruction)
    assert (res.solutions_frame()["inclS"] == 1).all()
    # the ESA summary names the negation once, not as ~~EFF
    assert "~~" not in res.esa_summary()
    assert int(y.sum()) == 7


def test_typology_by_model_is_checked_under_every_model(recon):
    _, _, crisp = recon
    res = analyse_configurations(crisp, C.OUTCOME, CONDS)            # ESA intermediate: 8 models
    table = typology_by_model(res.reported)
    models = [c for c in table.columns if c.startswith("M")]
    assert len(models) == len(res.reported.models) > 1
    assert table["same_in_every_model"].all()                         # every model covers the same cases
    forced = table.copy()
    forced.loc[0, models[-1]] = "typical" if forced.loc[0, models[0]] != "typical" else "deviant coverage"
    assert not (forced[models].nunique(axis=1) == 1).all()


def test_calibration_margins_count_cases_one_indicator_away(recon):
    cb, cd, _ = recon
    counts = {s: len(v) for s, v in C.indicators_of(cb).items()}
    shares = cd.shares()
    m = C.calibration_margins(shares, counts, 0.5).set_index("set")
    for s in shares.columns:
        present = (shares[s] * 3).round().astype(int)
        # at ½ of three indicators, one and two present are the cases one indicator from the threshold
        assert m.loc[s, "n_one_from_threshold"] == int(present.isin([1, 2]).sum())
        assert m.loc[s, "n_in"] == int((present >= 2).sum())
        assert [m.loc[s, f"n_{j}"] for j in range(4)] == [int((present == j).sum()) for j in range(4)]
    # at ⅓ the margin moves: zero and one present
    low = C.calibration_margins(shares, counts, 1 / 3).set_index("set")
    assert low.loc["SER", "n_one_from_threshold"] == int(((shares["SER"] * 3).round().isin([0, 1])).sum())
    with pytest.raises(ValueError, match="threshold"):
        C.calibration_margins(shares, counts, 0)


def test_calibration_of_one_set_at_a_time(recon):
    """The per-set calibration sweep changes one set and keeps the others; on the reconstruction the outcome's
    calibration alone breaks 'service integration in every path' (A5), which the all-sets sweep cannot show."""
    from analysis.paper_a import robustness as R

    _, cd, crisp = recon
    shares = cd.shares()
    specs = R.test_set(crisp, shares=shares, thresholds=(), incl_cuts=(), n_cuts=(), case_removal=False,
                       set_thresholds=(1 / 3,))
    assert [s["setting"] for s in specs] == [f"{c} at threshold ⅓" for c in shares.columns]
    for spec, name in zip(specs, shares.columns):
        other = [c for c in crisp.columns if c != name]
        assert spec["sweep"] == "calibration_set" and spec["data"][other].equals(crisp[other])
        assert (spec["data"][name] == (shares[name] >= 1 / 3 - 1e-9).astype(int)).all()
    eff = next(s for s in specs if s["setting"] == "EFF at threshold ⅓")
    rec, _ = R.run_specification(eff["data"], shares=shares)
    assert not rec["SER_in_all"]          # a path without SER once EFF is recalibrated
    assert R.SWEEP_LABELS["calibration_set"] == "calibration of one set"


def test_permutation_benchmark_counts_random_outcomes_that_fit_as_well(recon):
    _, _, crisp = recon
    b = permutation_benchmark(crisp, C.OUTCOME, CONDS, observed={"inclS": 1.0, "covS": 0.75})
    # C(15, 8) assignments, enumerated; only row 32 (3 cases) can be contradictory: P = (C(8,3) + C(7,3)) / C(15,3)
    assert b["exact"] and b["assignments"] == 6435 and b["observed_rows"] == 13
    assert b["share_contradiction_free"] == pytest.approx((56 + 35) / 455)
    # every assignment fits as well: single-case rows are always consistent, the triple loses at most 2 of 8
    assert b["share_fitting_as_well"] == 1.0
    assert permutation_benchmark(crisp, C.OUTCOME, CONDS, observed={"inclS": 1.0, "covS": 0.9})["share_fitting_as_well"] < 1
    # sampled draws agree with the enumeration (seeded, so the same on every run)
    drawn = permutation_benchmark(crisp, C.OUTCOME, CONDS, max_exact=10, n_draws=4000)
    assert not drawn["exact"] and drawn["share_contradiction_free"] == pytest.approx(0.2, abs=0.03)
    assert drawn == permutation_benchmark(crisp, C.OUTCOME, CONDS, max_exact=10, n_draws=4000)
    # a diverse-enough design is not automatically fitted: two cases per configuration, outcomes split within rows
    toy = pd.DataFrame({"A": [1, 1, 0, 0, 1, 1, 0, 0], "B": [1, 0, 1, 0, 1, 0, 1, 0], "Y": [1, 1, 1, 0, 1, 0, 0, 0]})
    t = permutation_benchmark(toy, "Y", ["A", "B"], observed={"inclS": 1.0, "covS": 0.5})
    assert t["assignments"] == 70 and t["share_fitting_as_well"] < 1
    with pytest.raises(QCAInputError, match="crisp"):
        permutation_benchmark(toy.assign(A=0.7), "Y", ["A", "B"])


def test_deviant_model_index_is_the_charted_first_model(recon):
    from analysis.paper_a import robustness as R

    _, _, crisp = recon
    res = analyse_configurations(crisp, C.OUTCOME, CONDS)
    i = R.deviant_model_index(res)
    assert res.reported.models[i - 1].expression == res.chart.model_fit["expression"].iloc[0]


def test_comparative_pairs_for_the_comparison_condition(recon):
    """Per path holding SER, typical / irrelevant pairs with SER as the focal conjunct; `other_differences` is
    recomputed here from the crisp configurations, and a pair ranked 2 is out of its path through SER alone."""
    from analysis.qca import focal_condition_pairs, minimize, parse_term

    _, _, crisp = recon
    conds = CONDS
    tt = truth_table(crisp, C.OUTCOME, conds, incl_cut=0.8)
    sol = minimize(tt, "?", dir_exp=[1] * len(conds))
    pairs = focal_condition_pairs(sol, "SER")
    terms_with_ser = [t for t in sol.models[0].terms if "SER" in parse_term(t, conds)]
    assert set(pairs["term"]) == set(terms_with_ser) and (pairs["focal_conjunct"] == "SER").all()
    for r in pairs.itertuples():
        a, b = crisp.loc[r.typical, conds], crisp.loc[r.irrelevant, conds]
        assert r.other_differences == ", ".join(c for c in conds if c != "SER" and a[c] != b[c])
        lits = parse_term(r.term, conds)
        in_term = lambda row, skip=None: all((row[c] > 0.5) == (v == 1) for c, v in lits.items() if c != skip)
        assert in_term(a) and crisp.at[r.typical, C.OUTCOME] == 1 and crisp.at[r.irrelevant, C.OUTCOME] == 0
        if r.pair_rank == 2:
            assert in_term(b, skip="SER") and b["SER"] == 0
    with pytest.raises(QCAInputError, match="condition must be one of"):
        focal_condition_pairs(sol, "SERVICE")


def test_necessary_disjunctions_are_searched_with_relevance_skew_and_a_reading(recon):
    """Notebook 03 tested only single conditions and their negations for necessity; a referee also expects the
    search for necessary disjunctions (SUIN conditions; Schneider & Wagemann 2012). Every expression
    super_subset finds for the outcome and its negation is listed with inclN, RoN, covN, its skew and a reading,
    recomputed here from the memberships."""
    _, _, crisp = recon
    table = D.necessary_disjunctions(crisp, C.OUTCOME, CONDS, dir_exp={c: 1 for c in CONDS})
    assert list(dict.fromkeys(table["outcome"])) == ["EFF", "~EFF"]
    assert {"expression", "kind", "inclN", "RoN", "covN", "share_in_set", "skewed", "relevant", "as_expected",
            "levels", "dual", "dual_inclS", "reading"} <= set(table.columns)
    assert (table["inclN"] >= 0.9 - 1e-9).all() and (table["kind"] == "disjunction").any()
    for r in table.itertuples():
        y = crisp[C.OUTCOME] if r.outcome == "EFF" else 1 - crisp[C.OUTCOME]
        lits = [t.strip() for t in r.expression.split("+" if r.kind == "disjunction" else "*")]
        cols = [1 - crisp[t[1:]] if t.startswith("~") else crisp[t] for t in lits]
        m = pd.concat(cols, axis=1).max(axis=1) if r.kind == "disjunction" else pd.concat(cols, axis=1).min(axis=1)
        assert r.inclN == pytest.approx(float((pd.concat([m, y], axis=1).min(axis=1)).sum() / y.sum()))
        assert r.covN == pytest.approx(float((pd.concat([m, y], axis=1).min(axis=1)).sum() / m.sum()))
        assert r.share_in_set == pytest.approx(float((m > 0.5).mean()))
        assert r.skewed == (r.share_in_set > 0.8 + 1e-12 or r.share_in_set < 0.2 - 1e-12)   # the engine's skew rule
        assert r.relevant == (r.RoN >= 0.5 - 1e-12)
        # literals pointing the expected way: present for EFF (dir_exp 1), absent for ~EFF (negated)
        assert r.as_expected == all(t.startswith("~") == (r.outcome == "~EFF") for t in lits)
        assert (r.reading == "candidate") == (r.kind == "disjunction" and r.relevant and not r.skewed
                                              and r.as_expected)
    eff = table[table["outcome"] == "EFF"].set_index("expression")
    # on the reconstruction: ORG + PRO (both meso) passes, but with low relevance (RoN, 13 of 15 cases in it)
    assert eff.loc["ORG + PRO", "inclN"] == 1 and eff.loc["ORG + PRO", "skewed"]
    assert not eff.loc["ORG + PRO", "relevant"] and eff.loc["ORG + PRO", "levels"] == "meso"
    assert not (eff["reading"] == "candidate").any()
    neg = table[table["outcome"] == "~EFF"].set_index("expression")
    # ~SYS + ~SER for ~EFF is the other face of SYS*SER being sufficient for EFF (De Morgan)
    assert neg.loc["~SYS + ~SER", "reading"] == "candidate" and neg.loc["~SYS + ~SER", "dual"] == "SYS*SER"
    assert neg.loc["~SYS + ~SER", "dual_inclS"] == 1
    # and its coverage of EFF, counted by hand: the good-outcome cases with both SYS and SER over all good ones
    both = (crisp["SYS"] == 1) & (crisp["SER"] == 1)
    assert neg.loc["~SYS + ~SER", "dual_covS"] == pytest.approx((both & (crisp[C.OUTCOME] == 1)).sum()
                                                               / (crisp[C.OUTCOME] == 1).sum())


def test_untenable_reaches_the_negated_outcome_only_for_impossible_remainders(recon):
    """Notebook 03's `untenable` blocked remainders for EFF only: D.negated_outcome took no such argument, so a
    remainder declared impossible could still be used as a simplifying assumption for ~EFF. An impossible
    combination is impossible whatever the outcome, so it is now blocked for ~EFF too; a term that is the negation
    of a condition consistent with necessity for EFF (~SER: SER has inclN 1) is blocked *because* SER is
    necessary for EFF, which says nothing about ~EFF, so it is not carried over."""
    _, _, crisp = recon
    nec = P.necessity_table(crisp, C.OUTCOME, CONDS)
    assert D.negated_untenable("~SER + SYS*~ORG", nec) == ("SYS*~ORG", ("~SER",))
    assert D.negated_untenable("SYS*~ORG", nec) == ("SYS*~ORG", ())
    assert D.negated_untenable("~SER", nec) == ("", ("~SER",))
    assert D.negated_untenable("", nec) == ("", ()) and D.negated_untenable(None, nec) == ("", ())
    # ~SYS is not the negation of a necessary condition (SYS has inclN 0.5): declared impossible, kept
    assert D.negated_untenable("~SYS", nec) == ("~SYS", ())
    de = {c: 1 for c in CONDS}
    _, plain = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp=de)
    _, blocked = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp=de, untenable="~SER + SYS*~ORG")
    direct = analyse_configurations(crisp, "~EFF", CONDS, dir_exp=D.negated_dir_exp(de), untenable="SYS*~ORG")
    assert blocked.blocked["untenable"] == direct.blocked["untenable"] and len(direct.blocked["untenable"]) > 0
    assert blocked.solutions_frame().equals(direct.solutions_frame())
    # only the necessity-based term: nothing blocked beyond the contradictory simplifying assumptions
    _, nec_only = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp=de, untenable="~SER")
    assert "untenable" not in nec_only.blocked and nec_only.solutions_frame().equals(plain.solutions_frame())
    # notebook 03 passes its parameter on
    import json
    from pathlib import Path
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    start = code.index("D.negated_outcome(")   # the call's arguments, to the bracket closing the one after skew_cut
    assert "untenable=untenable" in code[start:code.index(")", code.index("skew_cut=skew_cut", start))]


def test_notebook_03_says_its_out_counts_count_cases_not_rows():
    """Notebook 03 printed '13 observed configurations ...; counts by OUT: {'OUT1': 6, 'OUT0': 9, 'OUTC': 0, ...};
    contradictory rows ...: 1': the counts are cases (6 + 9 = 15, not 13 rows), and OUTC 0 beside one contradictory
    row read as a contradiction. The line now says the counts are cases by their row's OUT and that a contradictory
    row below incl_cut is coded OUT 0."""
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "executed" / "03_qca.ipynb")
                    .read_text(encoding="utf-8"))
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    line = next(ln for ln in text.splitlines() if ln.startswith("truth table"))
    assert "counts by OUT" not in line and "cases by their row's OUT" in line, line
    assert "a contradictory row below incl_cut is coded OUT 0" in line, line


def test_untenable_names_observed_rows_inside_the_part_declared_impossible(recon):
    """Notebook 03 with untenable 'SYS*~ORG' matched observed rows 34, 42 and 47 (with cases, so not impossible) and
    said nothing: ESA blocks remainders only, so they kept their OUT. The part declared impossible (negated_untenable
    keeps it) now names them, from the engine's untenable_observed_rows; a term ~SER (SER consistent with necessity)
    blocks remainders contradicting a necessity, where observed rows are expected, and is not named. The notebook
    prints the note in its ESA section."""
    _, _, crisp = recon
    nec = P.necessity_table(crisp, C.OUTCOME, CONDS)
    tt = truth_table(crisp, C.OUTCOME, CONDS, incl_cut=0.8)
    assert D.untenable_observed(tt, "SYS*~ORG", nec) == ("SYS*~ORG", [34, 42, 47])
    assert D.untenable_observed(tt, "~SER + SYS*~ORG", nec) == ("SYS*~ORG", [34, 42, 47])
    assert D.untenable_observed(tt, "~SER", nec) == ("", [])        # rows 34, 42, 50 lack SER: expected
    assert D.untenable_observed(tt, "", nec) == ("", [])
    note = D.untenable_observed_note(tt, "~SER + SYS*~ORG", nec)
    assert "'SYS*~ORG'" in note and "observed rows 34 (OUT 0, n 1)" in note and "47 (OUT 1, n 1)" in note and "50" not in note
    assert D.untenable_observed_note(tt, "~SER", nec) == ""
    import json
    from pathlib import Path
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "D.untenable_observed_line(tt, untenable, nec_table)" in code   # the note, with its Chinese twin
    line, line_zh = D.untenable_observed_line(tt, "~SER + SYS*~ORG", nec)
    assert line == note and "34（OUT 0，n 1）" in line_zh and "47（OUT 1，n 1）" in line_zh and "50" not in line_zh


def test_notebook_03_lists_the_counterfactuals_of_the_intermediate_models_in_their_order():
    """Notebook 03 listed the (complex, parsimonious) pairs of the intermediate solution sorted as text: C1P1, C1P10,
    C1P11, C1P12, C1P2, ..., so the reader met the tenth model second, while the solution prints M1 … M12 in order.
    They are now listed in the solution's own order (C1P1, C1P2, ..., C1P12)."""
    import json
    import re

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code" and "easy counterfactuals" in "".join(c["source"]))
    text = "".join("".join(o.get("text", "")) for o in cell["outputs"] if o.get("output_type") == "stream")
    pairs = [(int(c), int(p)) for c, p in re.findall(r"^C(\d+)P(\d+)(?: \([a-z]+\))?: complex", text, flags=re.M)]
    assert len(pairs) > 9, text[:300]     # the committed run has 12: the text order differs from 10 on
    assert pairs == sorted(pairs), pairs


def test_a_range_without_change_names_the_last_value_searched():
    """Notebook 03 on a holder's data printed 'incl_cut: the solution is the same from beyond the range searched to
    1': a range without its end. An empty bound (no change within the steps searched) is now the last value searched,
    said so: 0.55 for incl_cut 0.8 (25 steps of 0.01), 4 for n_cut 1 (3 steps); a bound found reads as before."""
    import json

    import numpy as np
    import pandas as pd

    from analysis.paper_a import diagnostics as D

    ranges = pd.DataFrame({"threshold": ["incl_cut", "n_cut"], "value": [0.8, 1], "lower": [np.nan, 1.0],
                           "upper": [1.0, np.nan]})
    lines = D.range_lines(ranges)
    assert lines == ["incl_cut: the solution is the same from 0.55 (the lowest value searched; no change down to it) "
                     "to 1 (start 0.8)",
                     "n_cut: the solution is the same from 1 to 4 (the highest value searched; no change up to it) "
                     "(start 1)"]
    assert D.range_lines(ranges, incl_step=0.05, incl_runs=2)[0].startswith("incl_cut: the solution is the same "
                                                                           "from 0.7 (the lowest")
    assert D.range_lines(ranges.assign(lower=[0.67, 1.0]))[0] == \
        "incl_cut: the solution is the same from 0.67 to 1 (start 0.8)"
    from pathlib import Path
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "D.range_lines(ranges)" in code and "beyond the range searched" not in code


def test_esa_summary_says_the_contradictory_assumptions_left_after_one_round_of_esa(recon):
    """esa_summary() (qca.json's 'esa', notebook 03) named the 7 contradictory simplifying assumptions ESA blocked and
    said nothing of the 22 remainders the ESA's own parsimonious solutions of EFF and of ~EFF still share on the
    reconstruction, which the checklist and good_practice count. Given the negation's analysis it now counts them, by
    the same computation (csa_after_esa); without it, it says they are not checked."""
    import json

    from analysis.paths import DATA_DERIVED

    _, _, crisp = recon
    dir_exp = {c: 1 for c in CONDS}
    res = analyse_configurations(crisp, C.OUTCOME, CONDS, dir_exp=dir_exp)
    _, neg = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp=dir_exp)
    again = D.csa_after_esa(res, neg)
    assert len(again) == 22
    text = res.esa_summary(neg)
    assert (f"parsimonious solutions of EFF and of ~EFF still share: {len(again)} (rows {', '.join(map(str, again))})"
            in text and "new contradictory simplifying assumptions" in text)
    assert "still share: not checked here (it needs the analysis of ~EFF" in res.esa_summary()
    assert f"still share: {len(again)} (rows" in neg.esa_summary(res)    # the same remainders, seen from ~EFF
    written = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))["esa"]
    assert f"still share: {len(again)} (rows" in written


def _section_outputs(nb, heading):
    """The stream text printed by the code cells of one markdown section of an executed notebook (to the next ##)."""
    text, inside = [], False
    for c in nb["cells"]:
        src = "".join(c["source"])
        if c["cell_type"] == "markdown" and src.startswith("## "):
            inside = src.startswith(heading)
        elif inside and c["cell_type"] == "code":
            text += ["".join(o.get("text", "")) for o in c.get("outputs", []) if o.get("output_type") == "stream"]
    return "".join(text)


def test_notebook_03_esa_section_counts_the_assumptions_left_after_esa():
    """Notebook 03's section 'Standard analysis and ESA' printed res.esa_summary() before the outcome's negation was
    analysed, so a reader of the book met 'left after ESA ...: not checked here (it needs the analysis of ~EFF ...)'
    where ESA is discussed, and the count (22 shared remainders on the reconstruction) only two sections later and in
    qca.json. The negation is now analysed before the summary, which prints the count where ESA is discussed: the same
    line as qca.json's 'esa'."""
    import json

    from analysis.paths import DATA_DERIVED, ROOT

    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = _section_outputs(nb, "## Standard analysis and ESA")
    assert "not checked here" not in text
    from analysis.paper_a.cases import source_text

    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    left = next(ln for ln in qca["esa"].splitlines() if ln.startswith("left after ESA"))
    assert source_text(left, qca["data_source"]) in text.splitlines()   # printed naming its data source
    section = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                   and "".join(c["source"]).startswith("## Standard analysis and ESA"))
    assert "once the negation is analysed (section on the outcome's negation below" not in section


def test_notebook_03_says_the_disjunctions_are_skewed_not_the_sets():
    """Notebook 03's section on necessary disjunctions said 'With 15 cases and skewed sets many disjunctions pass with
    low relevance' right under the necessity table's 'skewed sets: none': on the reconstruction no single set is skewed
    (SER, the most, holds 80% of the cases, at the bound), while 44 of the 47 necessary disjunctions are. The text now
    says a disjunction soon holds almost every case, a skewed set even where no single condition is."""
    import json

    import pandas as pd

    from analysis.paths import DATA_DERIVED, ROOT

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    section = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                   and "".join(c["source"]).startswith("### Necessary disjunctions"))
    flat = " ".join(section.split())
    assert "cases and skewed sets" not in flat
    assert "a skewed set, even where no single condition is skewed" in flat and "即使单个条件并不偏斜" in flat
    # what the sentence rests on, on the committed outputs
    nec = pd.read_csv(DATA_DERIVED / "paperA" / "necessity.csv")
    disj = pd.read_csv(DATA_DERIVED / "paperA" / "necessary_disjunctions.csv").query("kind == 'disjunction'")
    if nec["data_source"].iloc[0] == "reconstruction":
        assert not nec["skewed"].any() and disj["skewed"].mean() > 0.5


def test_notebook_03_says_what_c1p1_and_g1_are_before_it_prints_them():
    """Notebook 03 printed 'From C1P1:' under every intermediate solution and 'paths of ~EFF (G1) with ~SER' before any
    text said what a pair C1P1 or a model group G1 is: C1P1 was explained nowhere but in a code comment, G1 nine cells
    later (the robustness protocol). The ESA section, before either is printed, now says both."""
    import json

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    for term in ("C1P1", "G1"):
        printed = next(i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code" and any(
            term in "".join(o.get("text", "")) for o in c.get("outputs", [])))
        said = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "markdown" and term in "".join(c["source"])]
        assert said and said[0] < printed, (term, said, printed)


def test_notebook_03_does_not_say_the_chart_shows_g1_only():
    """Notebook 03's robustness protocol called the reported model 'G1: the one the chart, the XY plot and the case
    typology show', but the configuration chart shows every model group (12 on the reconstruction), G1 first; only
    the XY plot and the case typology use G1 alone (robustness.deviant_model_index). The text now says so."""
    import json

    import pandas as pd

    from analysis.paths import DATA_DERIVED, ROOT

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    section = " ".join(next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                            and "".join(c["source"]).startswith("## Robustness protocol")).split())
    assert "the one the chart, the XY plot" not in section
    assert "G1: the chart's first model group, the one the XY plot and the case typology show" in section
    assert "组态图列出全部模型组" in section
    chart = pd.read_csv(DATA_DERIVED / "paperA" / "chart_models.csv")   # the chart's column groups
    paths = pd.read_csv(DATA_DERIVED / "paperA" / "paths.csv")
    if len(chart):   # every model group is charted, G1 first
        assert chart["group"].tolist() == list(dict.fromkeys(paths["group"])) and chart["group"].iloc[0] == "G1"


def test_notebook_03_names_the_analysis_as_its_text_does():
    """Notebook 03 printed '12 model group(s), 8 distinct model(s) of the esa intermediate solution': the parameter's
    value, where every other line and heading of the notebook says ESA (or standard). It now says 'ESA'."""
    import json

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    line = next(ln for ln in text.splitlines() if " distinct model" in ln and " of the " in ln)
    assert "of the esa " not in line and ("of the ESA " in line or "of the standard " in line), line


def test_notebook_03_says_when_pri_cut_adds_something_in_crisp_sets():
    """Notebook 03 said 'In crisp sets PRI equals incl in every row, so `pri_cut` adds nothing to `incl_cut`'. PRI does
    equal incl there, but a pri_cut set above incl_cut (the parameter is the reader's) then codes a row negative
    that incl_cut keeps: it is the consistency cut-off in effect. The section says when pri_cut adds nothing (at or
    below incl_cut), and the cell prints which of the two the parameters are."""
    import json

    from analysis.paths import ROOT

    # a crisp row with 6 cases in the outcome of 7 (incl = PRI = 0.857): positive at incl_cut 0.8, negative with pri_cut 0.9
    data = pd.DataFrame({"A": [1] * 7 + [0] * 3, "Y": [1] * 6 + [0] + [0] * 3})
    rows = lambda **cuts: truth_table(data, "Y", ["A"], incl_cut=0.8, **cuts).rows.set_index("A")["OUT"].astype(str)
    assert rows(pri_cut=0.0).loc[1] == "1" and rows(pri_cut=0.9).loc[1] == "0"
    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    section = " ".join(next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                            and "".join(c["source"]).startswith("### Cut-offs and contradictory rows")).split())
    assert "so `pri_cut` adds nothing to `incl_cut`." not in section
    assert "a `pri_cut` above `incl_cut` is the consistency cut-off in effect" in section, section
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Truth table")
    params = json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))["parameters"]
    said = ("adds nothing (at or below incl_cut)" if params["pri_cut"] <= params["incl_cut"]
            else "is the consistency cut-off in effect (above incl_cut)")
    assert f"pri_cut = {params['pri_cut']:g} {said}" in printed, printed


def test_notebook_03_says_the_cut_off_at_which_a_contradictory_row_turns_positive():
    """Notebook 03's section on cut-offs says a contradictory row 'is reported with how it was handled and the
    cut-off at which it would turn positive (Rihoux & De Meur 2009)', but printed only the table (its incl, OUT and
    handling): the cut-off was left to the reader. Each contradictory row now has a line with its handling and the
    incl_cut at or below which it is positive (its consistency, with the cases on each side: crisp sets)."""
    import json

    from analysis.paths import ROOT

    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = " ".join(_section_outputs(executed, "## Truth table").split())
    contra = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "contradictions.csv", keep_default_na=False)
    if json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))["data_source"] \
            == "reconstruction":
        assert len(contra) == 1   # row 32: R01, R02 in, R12 out
    for r in contra.itertuples():
        n_in = len([c for c in r.cases_in_outcome.split(", ") if c])
        assert (f"row {r.row} ({r.cases_in_outcome} in, {r.cases_not_in_outcome} out) ({r.data_source}): "
                f"{r.handling}; positive at an incl_cut at or below its consistency, {n_in}/{r.n} = {r.incl:.3f}"
                ) in printed, printed


def test_a_contradictory_row_below_n_cut_needs_n_cut_lowered_to_turn_positive():
    """The line notebook 03 prints per contradictory row said 'positive at an incl_cut at or below its consistency'
    whatever n_cut: a row with fewer cases than n_cut is a remainder (OUT '?') however low incl_cut goes. The lines
    now come from D.contradiction_lines, which names the n_cut (and the pri_cut) the row also needs when the
    analysis' own are above its n (its PRI)."""
    data = pd.DataFrame({"A": [1, 1, 1, 0, 0, 0, 0], "Y": [1, 1, 0, 0, 0, 0, 0]}, index=list("abcdefg"))
    contra = contradictions(truth_table(data, "Y", ["A"], incl_cut=0.8, n_cut=1))
    line = D.contradiction_lines(contra, n_cut=1, pri_cut=0.0)[0]
    assert line.endswith("positive at an incl_cut at or below its consistency, 2/3 = 0.667"), line
    assert line.startswith("row 2 (a, b in, c out): coded negative (OUT = 0)"), line
    high = contradictions(truth_table(data, "Y", ["A"], incl_cut=0.8, n_cut=4))
    line = D.contradiction_lines(high, n_cut=4, pri_cut=0.9)[0]
    assert line.endswith("2/3 = 0.667 (and an n_cut at or below its 3 cases, a pri_cut at or below its PRI)"), line
    assert D.contradiction_lines(contra.iloc[0:0], n_cut=1, pri_cut=0.0) == []


def _intermediate_models(data, conds):
    import warnings

    from analysis.qca import minimize

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(data, C.OUTCOME, conds, incl_cut=0.8)
        return sorted(m.expression for p in minimize(tt, "?", dir_exp=[1] * len(conds)).intermediate.values()
                      for m in p.models)


def test_threshold_ranges_give_each_sets_calibration_range(recon):
    """Oana & Schneider's first step also asks how far each calibration threshold can move (SetMethods'
    rob.calibrange); Paper A's ranges had incl_cut and n_cut only. With the indicator shares, a row per set (the
    outcome included): checked here by recalibrating the set by hand at each bound (same intermediate models) and one
    step beyond it (other models)."""
    _, cd, crisp = recon
    shares = cd.shares()
    ranges = D.threshold_ranges(crisp, C.OUTCOME, CONDS, dir_exp={c: 1 for c in CONDS}, n_runs=1,
                                shares=shares).set_index("threshold")
    names = [D.CALIBRATION_PREFIX + s for s in [*CONDS, C.OUTCOME]]
    assert list(ranges.index) == ["incl_cut", "n_cut", *names]
    base = _intermediate_models(crisp, CONDS)
    for s in [*CONDS, C.OUTCOME]:
        r = ranges.loc[D.CALIBRATION_PREFIX + s]
        assert r["value"] == C.DEFAULT_THRESHOLD and r["lower"] <= C.DEFAULT_THRESHOLD <= r["upper"]
        def at(t):   # in the set at a share of t or more (by hand; t = 0 puts every case in)
            return crisp.assign(**{s: (shares[s].round(9) >= round(t, 9)).astype(int)})

        for bound, sign, reason in ((r["lower"], -1, r["lower_reason"]), (r["upper"], 1, r["upper_reason"])):
            assert _intermediate_models(at(bound), CONDS) == base, (s, bound)
            if reason == "solution changed":
                assert _intermediate_models(at(bound + sign * D.CAL_STEP), CONDS) != base, (s, bound)
    assert (ranges.loc[names, "lower_reason"] == "solution changed").any()   # some range ends inside the search
    lines = D.range_lines(ranges.reset_index())
    assert lines[2] == (f"calibration SYS (share of its indicators): the solution is the same from "
                        f"{ranges.loc['calibration SYS', 'lower']:g} to {ranges.loc['calibration SYS', 'upper']:g} "
                        "(start 0.5)")
    # without shares (the memberships form): the two cut-off ranges only, as before
    assert list(D.threshold_ranges(crisp, C.OUTCOME, CONDS, n_runs=1)["threshold"]) == ["incl_cut", "n_cut"]


def test_calibration_ranges_refuse_shares_that_do_not_give_the_data(recon):
    """A range starts from the data's memberships: shares (or a threshold) that calibrate another set would report
    the range of another analysis, so they are refused, naming the set and the cases."""
    _, cd, crisp = recon
    with pytest.raises(ValueError, match=r"SYS: the shares at threshold 0\.9 do not give the data's memberships"):
        D.threshold_ranges(crisp, C.OUTCOME, CONDS, n_runs=1, shares=cd.shares(), calibration_threshold=0.9)


def _esa_and_negated(recon):
    """The reconstruction's ESA analysis of EFF and of ~EFF (every condition expected present), as notebook 03 runs them."""
    import warnings

    _, _, crisp = recon
    de = {c: 1 for c in CONDS}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = analyse_configurations(crisp, C.OUTCOME, CONDS, dir_exp=de, analysis="esa")
        _, neg = D.negated_outcome(crisp, C.OUTCOME, CONDS, dir_exp=de, analysis="esa")
    return res, neg


def test_contradictory_easy_counterfactuals_of_the_reported_intermediate_solution(recon):
    """The reported paths are the ESA intermediate solution's; ESA blocks the contradictory simplifying assumptions of
    the parsimonious solutions once, and the notebook listed each pair's easy counterfactuals without saying which of
    them the negation's solution assumes too. Checked by hand: the remainders inside some term of some model of ~EFF's
    parsimonious solution, met with each pair's easy counterfactuals (on the reconstruction, by construction: rows
    61 and 62 in every pair)."""
    import itertools

    import numpy as np

    from analysis.paper_a.configurations import (contradictory_easy_counterfactuals,
                                                 contradictory_easy_counterfactuals_text)
    from analysis.qca import expression_membership

    res, neg = _esa_and_negated(recon)
    grid = pd.DataFrame(list(itertools.product([0, 1], repeat=len(CONDS))), columns=CONDS)   # row r = index r - 1
    observed = set(res.truth_table.row_ids)
    opposite = set()
    for m in neg.solutions["parsimonious"].models:
        inside = np.asarray(expression_membership(grid, m.expression)) > 0.5
        opposite |= {i + 1 for i in np.flatnonzero(inside)} - observed
    found = contradictory_easy_counterfactuals(res, neg)
    pairs = res.intermediate.intermediate
    assert list(found) == list(pairs)
    for name, pair in pairs.items():
        assert found[name] == tuple(r for r in pair.easy_counterfactuals.index if r in opposite), name
    assert set(found.values()) == {(61, 62)}
    text = contradictory_easy_counterfactuals_text(res, neg)
    assert text.startswith("easy counterfactuals of the ESA intermediate solution that the parsimonious solution of "
                           "~EFF also assumes (contradictory): 61 (SYS*ORG*PRO*SER*~FUN*~NOR), 62 (")
    assert "in 12 of 12 pairs (every pair)" in text
    # the advice says what is run: each outcome's rows blocked in its own table (the text said 'for both outcomes')
    assert "both outcomes" not in text and "block them in EFF's truth table only and minimise EFF's solutions" in text
    # a negation without a solution contradicts nothing; an outcome without one is not checked
    no_neg = type("NoSolution", (), {"no_solution": "no positive row"})()
    assert set(contradictory_easy_counterfactuals(res, no_neg).values()) == {()}
    assert contradictory_easy_counterfactuals(no_neg, neg) is None


def test_the_two_definitions_of_contradictory_easy_counterfactuals_are_put_side_by_side(recon):
    """good_practice's ESA row said 'intermediate solutions of the outcome and of its negation share 0 easy
    counterfactuals' while notebook 03 named rows 61 and 62 as contradictory easy counterfactuals and blocked them: two
    definitions (EFF's intermediate against ~EFF's intermediate, or against ~EFF's parsimonious solution), never put
    side by side. easy_counterfactual_definitions now says both, computed: good_practice's count is the one its row
    prints, the second the rows contradictory_easy_counterfactuals finds, and whether the second holds the first."""
    from analysis.paper_a.configurations import contradictory_easy_counterfactuals, easy_counterfactual_definitions
    from analysis.qca import good_practice

    res, neg = _esa_and_negated(recon)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        esa_row = next(r["has"] for r in good_practice(res.solutions, negated=neg.solutions).rows
                       if r["standard"].startswith("untenable and contradictory"))
    shared = int(re.search(r"intermediate solutions of the outcome and of its negation share (\d+) easy", esa_row)[1])
    rows = sorted(set().union(*contradictory_easy_counterfactuals(res, neg).values()))
    assert (shared, rows) == (0, [61, 62])   # by hand above (test_contradictory_easy_counterfactuals_of_the_...)
    en, zh = easy_counterfactual_definitions(res, neg)
    assert en.startswith("contradictory easy counterfactuals, two definitions (computed): good_practice's ESA row "
                         "intersects the remainders the intermediate solutions of EFF and of ~EFF use: none; the line "
                         "above intersects the easy counterfactuals of EFF's intermediate pairs with the simplifying "
                         "assumptions of ~EFF's parsimonious solution: 2 (rows 61, 62). "), en
    assert "and the second set holds the first" in en and "LR.intersect" in en
    assert "：无；" in zh and "2 个（第 61、62 行）" in zh and "后一交集包含前一交集" in zh, zh
    no_neg = type("NoSolution", (), {"no_solution": "no positive row"})()
    assert easy_counterfactual_definitions(res, no_neg) == ("", "")
    from analysis.paths import ROOT   # notebook 03 prints both lines after the contradictory easy counterfactuals

    executed = (ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")
    import json

    printed = "".join("".join(o.get("text", "")) for c in json.loads(executed)["cells"] if c.get("id") == "ca580ba5"
                      for o in c.get("outputs", []))
    assert en.split(": ", 1)[1] in printed and zh.split("：", 1)[1] in printed


def test_each_parsimonious_models_simplifying_assumptions_are_listed_with_a_compact_form(recon):
    """The reported parsimonious solution's simplifying assumptions were given as a count ('remainders used by the
    models: ... parsimonious 27', good_practice's ESA row), not listed per model, though its 12 models use different
    ones. simplifying_assumptions_by_model lists each model's remainders and a compact form, the minimal sum of
    products holding exactly them; checked by hand: each model's rows are the remainders inside its terms, the
    compact form holds exactly those configurations, the union is good_practice's 27, and notebook 03 and qca.json
    say them."""
    import itertools
    import json

    import numpy as np

    from analysis.paper_a.configurations import simplifying_assumption_lines, simplifying_assumptions_by_model
    from analysis.paths import DATA_DERIVED
    from analysis.qca import expression_membership

    res, _ = _esa_and_negated(recon)
    grid = pd.DataFrame(list(itertools.product([0, 1], repeat=len(CONDS))), columns=CONDS)   # row r = index r - 1
    observed = set(res.truth_table.row_ids)
    blocked = {int(r) for r in getattr(res.solutions["parsimonious"].truth_table, "excluded", ())}
    found = simplifying_assumptions_by_model(res)
    models = res.solutions["parsimonious"].models
    assert [f["model"] for f in found] == [m.name for m in models] and len(found) == 12
    for f, m in zip(found, models):
        inside = {i + 1 for i in np.flatnonzero(np.asarray(expression_membership(grid, m.expression)) > 0.5)}
        assert f["rows"] == sorted(inside - observed - blocked) and f["remainders"] == len(f["rows"]), f["model"]
        held = {i + 1 for i in np.flatnonzero(np.asarray(expression_membership(grid, f["compact"])) > 0.5)}
        assert held == set(f["rows"]), f["model"]
    assert len(set().union(*(f["rows"] for f in found))) == 27   # good_practice's count of them
    head, lines, zh = simplifying_assumption_lines(res)
    assert head.endswith("12 models, 27 remainders in all") and lines[0].startswith(
        f"M1: {found[0]['remainders']} remainders: {found[0]['compact']} (rows ")
    assert f"M1 {found[0]['remainders']} 个：{found[0]['compact']}；" in zh
    saved = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))["simplifying_assumptions"]
    assert saved == found   # the file a reader takes says them too
    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert all(f"{line.split(': ', 1)[0]} (reconstruction): {line.split(': ', 1)[1]}" in printed for line in lines)
    assert zh.split("：", 1)[1] in printed


def test_calibration_ranges_start_from_notebook_02s_crisp_threshold(recon):
    """Notebook 02's crisp_threshold (calibration.json) is the start of each calibration range: at ⅓ the sets differ
    from those at ½, so the default start would refuse them; notebook 03 passes the one its data were made with."""
    import json
    from pathlib import Path

    _, cd, _ = recon
    third = C.calibrate_cases(cd, "crisp", threshold=1 / 3)
    ranges = D.threshold_ranges(third, C.OUTCOME, CONDS, n_runs=1, shares=cd.shares(), calibration_threshold=1 / 3)
    assert (ranges.set_index("threshold").loc[D.CALIBRATION_PREFIX + "SYS", "value"] == pytest.approx(1 / 3))
    with pytest.raises(ValueError, match="do not give the data's memberships"):
        D.threshold_ranges(third, C.OUTCOME, CONDS, n_runs=1, shares=cd.shares())
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'shares=shares,\n                            calibration_threshold=meta["crisp_threshold"])' in code


def test_paths_without_the_contradictory_easy_counterfactuals(recon):
    """Notebook 03 named the easy counterfactuals the reported paths rest on that ~EFF's parsimonious solution also
    assumes, without minimising again with them blocked (Schneider & Wagemann 2012's enhanced standard analysis):
    whether each reported path survives. Checked against the rows named, the reported solutions and the paths: every
    term said to be there before is a term of the reported analysis' solution, every term after covers no blocked row
    while the positive rows stay covered, a reported term covering a blocked row cannot survive, and each path is
    named under its term."""
    import itertools

    import numpy as np

    from analysis.paper_a.configurations import (CSA_BLOCKED_COLUMNS, contradictory_easy_counterfactuals,
                                                 paths_without_contradictory_assumptions,
                                                 paths_without_contradictory_assumptions_text)
    from analysis.qca import expression_membership
    from analysis.qca.configurations import distinct_models

    res, neg = _esa_and_negated(recon)
    frame = paths_without_contradictory_assumptions(res, neg)
    assert list(frame.columns) == CSA_BLOCKED_COLUMNS
    blocked = sorted(set().union(*contradictory_easy_counterfactuals(res, neg).values()))
    assert blocked and set(frame["blocked"]) == {", ".join(map(str, blocked))}
    grid = pd.DataFrame(list(itertools.product([0, 1], repeat=len(CONDS))), columns=CONDS)   # row r = index r - 1
    covers = lambda term, rows: bool((np.asarray(expression_membership(grid.iloc[[r - 1 for r in rows]], term)) > 0.5).any())
    positive = [int(r) for r in res.truth_table.rows_with(["1"])]
    for kind in ("conservative", "parsimonious", "intermediate"):
        part = frame[frame["solution"] == kind]
        assert set(part.loc[part["before"], "term"]) == {t for m in distinct_models(res.solutions[kind]) for t in m.terms}
        after = part.loc[part["after"], "term"].tolist()
        assert not any(covers(t, blocked) for t in after), kind
        assert all(any(covers(t, [r]) for t in after) for r in positive), kind
    inter = frame[frame["solution"] == "intermediate"].set_index("term")
    for t in inter.index[inter["before"]]:
        if covers(t, blocked):
            assert not inter.at[t, "after"], t
    for g, n, t in zip(res.paths["group"], res.paths["path"], res.paths["term"]):
        assert f"{g} P{n}" in inter.at[t, "reported_paths"].split("; ")
    assert set(frame.loc[frame["solution"] != "intermediate", "reported_paths"]) == {""}
    lost = inter.index[(inter["reported_paths"] != "") & ~inter["after"]].tolist()
    assert lost   # on the reconstruction, by construction: a path covers rows 61 and 62
    text = paths_without_contradictory_assumptions_text(res, neg)
    n = res.paths["term"].nunique()
    assert f"{n - len(lost)} of {n} distinct path terms of the reported intermediate solution survive" in text
    assert " and ".join(lost) in text
    # only the outcome's truth table is recoded and minimised again: the text said 'coded OUT = 0 for EFF and ~EFF'
    assert f"coded OUT = 0 in {res.outcome}'s truth table only, the one minimised again;" in text, text
    assert text.index(": ") > text.index("stay as reported"), text   # the subject (source_printer's tag) ends there
    assert f"{neg.outcome}'s solutions stay as reported" in text and f"for {res.outcome} and {neg.outcome}" not in text
    no_sol = type("NoSolution", (), {"no_solution": "no positive row", "outcome": C.OUTCOME})()
    assert paths_without_contradictory_assumptions(no_sol, neg) is None
    assert "not checked" in paths_without_contradictory_assumptions_text(no_sol, neg)


def test_the_reading_of_the_paths_without_contradictory_assumptions_names_its_source_and_evidence(recon):
    """Notebook 03 printed the reading of the re-run by hand, '(reconstruction; the compendium's reading; evidence:
    by construction) 2 reported path term(s) ...', with no subject before its first ': ', so source_printer could
    not tag it and the drop-in test of every printed result line failed; the evidence level copied
    claims.evidence_level's rule. The line now comes from the package: its subject tagged with the data source,
    its evidence 'by construction' on the reconstruction or a mixed file and the compendium's reading on the
    original data, the lost paths named."""
    from analysis.paper_a.cases import source_text
    from analysis.paper_a.configurations import (contradictory_paths_reading, lost_paths,
                                                 paths_without_contradictory_assumptions)

    res, neg = _esa_and_negated(recon)
    frame = paths_without_contradictory_assumptions(res, neg)
    lost = lost_paths(frame)
    line = source_text(contradictory_paths_reading(frame, C.OUTCOME, "reconstruction"), "reconstruction")
    subject, said = line.split(": ", 1)
    assert subject.endswith("(evidence by construction) (reconstruction)"), line
    assert said.startswith(f"{len(lost)} reported path term{'s' * (len(lost) != 1)} ({', '.join(lost)}) "
                           f"{'do' if len(lost) != 1 else 'does'} not survive"), line   # was 'path term(s)
    original = contradictory_paths_reading(frame, C.OUTCOME, "original")
    assert original.split(": ", 1)[0].endswith("(evidence the compendium's reading)"), original
    assert "not checked" in contradictory_paths_reading(None, C.OUTCOME, "mixed")
    with pytest.raises(ValueError, match="data_source must be one of"):
        contradictory_paths_reading(frame, C.OUTCOME, "reconstructed")


def test_the_negated_outcomes_paths_are_read_without_their_contradictory_assumptions_in_english_and_chinese(recon):
    """Only EFF's paths were minimised again with their contradictory easy counterfactuals blocked; ~EFF's, whose
    intermediate solution rests on remainders EFF's parsimonious solution assumes too, were not, and the reading had
    no Chinese line where the ledger's headline has one (headline_zh, printed by say_zh). The reading now names its
    outcome, so EFF's and ~EFF's lines differ; ~EFF's lost paths are those its own re-run loses; and the Chinese line
    states the same facts (the lost terms, the opposite outcome, the evidence level in the ledger's words), tagged
    with the data source before its first '：'."""
    from analysis.claims import EVIDENCE_LEVELS_ZH
    from analysis.paper_a.cases import evidence_on, source_tag, source_text
    from analysis.paper_a.configurations import (contradictory_paths_reading, contradictory_paths_reading_zh,
                                                 lost_paths, negation, paths_without_contradictory_assumptions)

    res, neg = _esa_and_negated(recon)
    frame = paths_without_contradictory_assumptions(neg, res)
    lost = lost_paths(frame)
    assert lost, "on the reconstruction some of ~EFF's paths rest on rows EFF's parsimonious solution assumes"
    assert set(lost) <= set(neg.paths["term"]) and not set(lost) & set(res.paths["term"])
    line = source_text(contradictory_paths_reading(frame, neg.outcome, "reconstruction"), "reconstruction")
    subject, said = line.split(": ", 1)
    assert subject.startswith(f"{neg.outcome}'s paths") and subject.endswith("(evidence by construction) (reconstruction)")
    assert said.startswith(f"{len(lost)} reported path term{'s' * (len(lost) != 1)} ({', '.join(lost)}) "
                           f"{'do' if len(lost) != 1 else 'does'} not survive"), line   # was 'path term(s)
    assert f"where {negation(neg.outcome)}'s solution" in said
    eff = contradictory_paths_reading(paths_without_contradictory_assumptions(res, neg), res.outcome, "reconstruction")
    assert eff.startswith(f"{res.outcome}'s paths") and eff != line
    for source in ("reconstruction", "original", "mixed"):
        raw = contradictory_paths_reading_zh(frame, neg.outcome, source)
        head, body = raw.split("：", 1)
        assert source_text(raw, source, "zh") == f"{head}{source_tag(source, 'zh')}：{body}"   # tagged after its subject
        assert head.startswith(neg.outcome) and EVIDENCE_LEVELS_ZH[evidence_on(source, "compendium's reading")] in head
        assert body.startswith(f"{len(lost)} 个报告的路径项（{'、'.join(lost)}）") and negation(neg.outcome) in body
    assert "未检验" in contradictory_paths_reading_zh(None, neg.outcome, "reconstruction")
    kept = frame.assign(after=True)   # every path term survives
    assert "每一项均保留" in contradictory_paths_reading_zh(kept, neg.outcome, "reconstruction")
    assert "each survives" in contradictory_paths_reading(kept, neg.outcome, "reconstruction")
    with pytest.raises(ValueError, match="data_source must be one of"):
        contradictory_paths_reading_zh(frame, neg.outcome, "reconstructed")


def test_the_basic_guarantee_claims_say_how_their_evidence_fares_with_the_contradictory_assumptions_blocked(recon):
    """~EFF's two paths with ~SER (the absence side of reading SER as the basic guarantee) do not survive ~EFF's re-run
    with its contradictory assumptions blocked, and neither notebook 03's line 'paths of ~EFF (G1) with ~SER: 2 of 4'
    nor A5-A7's computed readings said so. Their computed text now adds, from the two re-runs, whether SER stays in
    every path of EFF's re-run (A5, A6) and how many of ~EFF's paths with ~SER survive (A5-A7), counted here from the
    re-run tables themselves; the verdicts stay the reported analysis', and a re-run not made reads 'not checked',
    not a changed verdict. Settings without the facts (robustness) get no addition."""
    from analysis.paper_a.cases import source_text
    from analysis.paper_a.configurations import (focus_without_csa, lost_paths, negated_focus_paths_text,
                                                 paths_without_contradictory_assumptions)

    res, neg = _esa_and_negated(recon)
    frame = paths_without_contradictory_assumptions(res, neg)
    neg_frame = paths_without_contradictory_assumptions(neg, res)
    absent = [t for t in dict.fromkeys(neg.paths["term"]) if f"~{P.FOCUS}" in t.split("*")]
    gone = [t for t in absent if t in lost_paths(neg_frame)]
    assert absent and gone == absent   # the reconstruction, by construction: both paths with ~SER are lost
    after = frame.loc[(frame["solution"] == "intermediate") & frame["after"], "term"]
    present = all(P.FOCUS in t.split("*") for t in after)
    base = P.analysis_facts(res)
    facts = {**base, **focus_without_csa(frame, neg_frame, "intermediate", P.FOCUS)}
    plain = P.evaluate_claims(base).set_index("claim_id")
    ledger = P.evaluate_claims(facts).set_index("claim_id")
    said = f"~EFF's paths with ~{P.FOCUS}: {len(absent) - len(gone)} of {len(absent)} survive ~EFF's re-run"
    for cid in ("A5", "A6", "A7"):
        assert said in ledger.at[cid, "computed"] and " and ".join(gone) in ledger.at[cid, "computed"], cid
        assert ledger.at[cid, "agrees"] == plain.at[cid, "agrees"], cid
        assert "blocked" not in plain.at[cid, "computed"], cid
    where = f"{P.FOCUS} {'present in every path' if present else 'missing from a path'} of EFF's re-run"
    assert where in ledger.at["A5", "computed"]
    # A6 reads core, not presence: without the core fact its re-run reading is not checked, not a presence reading
    assert where not in ledger.at["A6", "computed"]
    assert f"{P.FOCUS}'s core status in EFF's re-run not checked" in ledger.at["A6", "computed"]
    assert "re-run of" not in ledger.at["A7", "computed"] and f"{P.FOCUS} present" not in ledger.at["A7", "computed"]
    unchecked = P.evaluate_claims({**base, **focus_without_csa(None, neg_frame, "intermediate", P.FOCUS)})
    for r in unchecked[unchecked["claim_id"].isin(["A5", "A6", "A7"])].itertuples():
        assert r.computed.endswith("with the contradictory assumptions blocked: not checked"), r.computed
        assert r.agrees == plain.at[r.claim_id, "agrees"]
    line = source_text(negated_focus_paths_text(neg, neg_frame, P.FOCUS, "reconstruction"), "reconstruction")
    assert line.startswith(f"paths of ~EFF (G1) with ~{P.FOCUS} (reconstruction): "), line
    assert f"evidence by construction), {len(absent) - len(gone)} of {len(absent)} survive" in line, line
    assert "not checked" in negated_focus_paths_text(neg, None, P.FOCUS, "original")


def test_qca_json_carries_both_outcomes_lost_paths_and_deviant_cases_for_coverage(recon):
    """qca.json (notebook 03) carried neither ~EFF's paths lost when its contradictory assumptions are blocked nor the
    deviant cases for coverage, and ~EFF's own deviant case for coverage (R12 on the reconstruction) was shown
    nowhere. It now carries, per outcome, the rows blocked and the path terms lost (as the re-run tables,
    paths_without_csa.csv and negated_paths_without_csa.csv, give them) and the deviant cases for coverage (EFF's as
    deviant_coverage.csv lists them, ~EFF's as deviant_coverage_cases computes them for the negation's analysis)."""
    import json

    from analysis.paper_a import robustness as R
    from analysis.paper_a.configurations import blocked_rows, lost_paths
    from analysis.paths import DATA_DERIVED

    out = DATA_DERIVED / "paperA"
    written = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    read = lambda name: pd.read_csv(out / name, encoding="utf-8", keep_default_na=False,
                                    dtype={"blocked": str}).drop(columns="data_source")
    for outcome, name in ((C.OUTCOME, "paths_without_csa.csv"), (negation(C.OUTCOME), "negated_paths_without_csa.csv")):
        frame = read(name)
        frame["after"] = frame["after"].astype(str) == "True"
        assert written["paths_without_csa"][outcome] == {"blocked": list(blocked_rows(frame)),
                                                         "lost": list(lost_paths(frame))}, outcome
    assert written["paths_without_csa"][negation(C.OUTCOME)]["lost"]   # by construction: ~EFF's paths with ~SER
    assert written["deviant_coverage"][C.OUTCOME] == read("deviant_coverage.csv")["case"].tolist()
    _, neg = _esa_and_negated(recon)
    neg_cases = R.deviant_coverage_cases(neg)["case"].tolist()
    assert neg_cases and written["deviant_coverage"][negation(C.OUTCOME)] == neg_cases


def test_notebook_03_says_each_outcomes_contradictory_easy_counterfactuals_are_blocked_in_its_own_table():
    """What is run blocks EFF's contradictory easy counterfactuals in EFF's truth table only and ~EFF's in ~EFF's
    (paths_without_contradictory_assumptions(res, neg_res) and (neg_res, res)), while the advice printed below the
    counterfactuals said to block them 'for both outcomes' and the notebook's narrative named no table. Its two
    sections (ESA, the negation) now say, in English and in Chinese, in which table each outcome's rows are blocked."""
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    flat = " ".join(text.split())
    assert "both outcomes" not in flat.replace("names both outcomes' cases", "")
    assert "rows blocked in EFF's truth table only" in flat and "blocked in ~EFF's truth table only" in flat
    assert "仅在 EFF 的真值表中排除这些行" in text and "仅在 ~EFF 的真值表中排除其矛盾简单反事实" in text


def test_a6_says_whether_ser_is_core_in_every_path_of_effs_re_run_not_only_present(recon):
    """A6 reads the basic guarantee as SER being a core condition of every path (pair-matched: in the path's own
    parsimonious term), but its reading of EFF's re-run with the contradictory assumptions blocked said only whether
    SER is *present* in every path there, which A5 says. It now says whether SER is core in every path of the re-run,
    charted as the reported analysis is (focus_core_without_csa), with the reading's evidence level and data source.
    Checked by hand on the reconstruction: a path of the re-run's intermediate solution that no parsimonious term of
    the re-run holding SER subsumes cannot have SER as a core condition; the verdict stays the reported analysis'."""
    from analysis.paper_a.configurations import (focus_core_without_csa, focus_without_csa,
                                                 paths_without_contradictory_assumptions)
    from analysis.qca.configurations import term_literals

    res, neg = _esa_and_negated(recon)
    frame = paths_without_contradictory_assumptions(res, neg)
    neg_frame = paths_without_contradictory_assumptions(neg, res)
    after = lambda kind: list(frame.loc[(frame["solution"] == kind) & frame["after"], "term"])
    lits = lambda t: term_literals(t, CONDS)
    with_ser = [lits(t) for t in after("parsimonious") if lits(t).get(P.FOCUS) == 1]
    bare = [t for t in after("intermediate") if not any(all(lits(t).get(c) == v for c, v in q.items()) for q in with_ser)]
    assert bare, "on the reconstruction, by construction: a path of EFF's re-run has no core SER"
    assert all(P.FOCUS in t.split("*") for t in after("intermediate"))   # yet SER is present in every one
    core = focus_core_without_csa(res, neg, P.FOCUS)
    assert core == {f"{P.FOCUS}_core_in_all_without_csa": False}
    base = P.analysis_facts(res)
    facts = {**base, **focus_without_csa(frame, neg_frame, "intermediate", P.FOCUS, "reconstruction"), **core}
    ledger = P.evaluate_claims(facts).set_index("claim_id")
    a6 = ledger.at["A6", "computed"]
    assert f"{P.FOCUS} not core in every path of EFF's re-run (pair-matched" in a6, a6
    assert f"{P.FOCUS} present in every path of EFF's re-run" not in a6
    assert ledger.at["A6", "agrees"] == P.evaluate_claims(base).set_index("claim_id").at["A6", "agrees"]
    for cid in ("A5", "A6", "A7"):   # the reading's evidence level as the data allow it, and its data source
        assert "(the compendium's reading of the re-runs, evidence by construction; data: reconstruction)" in \
            ledger.at[cid, "computed"], cid
    kept = P.evaluate_claims({**facts, f"{P.FOCUS}_core_in_all_without_csa": True}).set_index("claim_id")
    assert f"{P.FOCUS} core in every path of EFF's re-run" in kept.at["A6", "computed"]
    original = {**base, **focus_without_csa(frame, neg_frame, "intermediate", P.FOCUS, "original"), **core}
    assert "evidence the compendium's reading; data: original data" in \
        P.evaluate_claims(original).set_index("claim_id").at["A6", "computed"]   # by id, not by position
    no_solution = type("NoSolution", (), {"no_solution": "no positive row"})()
    assert focus_core_without_csa(no_solution, neg, P.FOCUS) == {}   # not checked: no fact, so 'not checked'


def test_notebook_03s_ledger_reads_a6_in_effs_re_run_as_core():
    """claims.csv (notebook 03) gives A6's reading of EFF's re-run as core status, with its evidence level."""
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's re-run")
    ledger = pd.read_csv(DATA_DERIVED / "paperA" / "claims.csv").set_index("claim_id")
    a6 = ledger.at["A6", "computed"]
    assert "SER not core in every path of EFF's re-run (pair-matched" in a6, a6
    assert "evidence by construction; data: reconstruction" in a6


def test_notebook_03_prints_every_case_type_of_sufficiency_with_its_count_zero_included():
    """Notebook 03 printed the case typology's value_counts, which leaves out a type no case has: on the
    reconstruction there was no 'deviant consistency' line (no case, inclS 1), the count a referee reads first for
    sufficiency (Schneider & Rohlfing 2013). It now prints each type of the engine's SUFFICIENCY_TYPES with its count,
    zero included, as deviant_cases.csv types the cases (a case of no type, at the crossover, after them)."""
    import json

    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paths import DATA_DERIVED, ROOT
    from analysis.qca.diagnostics import SUFFICIENCY_TYPES

    skip_unless_reconstruction("the reconstruction's case typology")
    typed = pd.read_csv(DATA_DERIVED / "paperA" / "deviant_cases.csv")
    counts = typed["type"].value_counts()
    assert int(counts.get("deviant consistency", 0)) == 0   # the type value_counts left out
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Deviant cases")
    line = ("case types of the reported model (reconstruction): "
            + ", ".join(f"{k} {int(counts.get(k, 0))}" for k in SUFFICIENCY_TYPES))
    assert line in printed, printed


def test_notebook_03_says_the_typical_cases_and_pairs_are_g1s_models_not_every_models():
    """Notebook 03's section on deviant cases said that with the typology computed under every model 'case selection
    does not silently depend on M1' (and so in Chinese), while the typical cases per path (smmr 'typical') and the
    pairs for comparative case studies (focal_condition_pairs) are computed for G1's model only (deviant_model_index):
    under model ambiguity the paths, and with them the cases selected, can differ between models. The section now says
    what is computed under every model (the types) and what for G1's model alone."""
    import json

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert 'smmr(res.reported, "typical", model=deviant_model)' in code   # what is run: G1's model only
    assert "focal_condition_pairs(res.reported, comparison_condition, model=deviant_model)" in \
        " ".join(code.split())   # the call's line may be broken between its arguments
    section = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                   and "".join(c["source"]).startswith("## Deviant cases"))
    flat = " ".join(section.split())
    assert "does not silently depend on M1" not in flat and "案例选择不暗中取决于 M1" not in section
    assert ("the typical cases per path and the pairs for comparative case studies below are those of G1's model "
            "(the one the XY plot shows), not computed under every model") in flat
    assert "下文各路径的典型案例与比较案例对取自 G1 的模型" in section


@pytest.mark.parametrize("share, at_limit", [(0.8, True), (0.2, True), (12 / 15, True), (3 / 15, True),
                                             (0.81, False), (0.79, False), (0.5, False), (0.1, False)])
def test_a_share_at_the_skew_bound_itself_is_named_apart_from_the_skewed(share, at_limit):
    """The engine's skew rule flags a share strictly beyond a bound; a share AT the bound (80 % of cases, SER on the
    reconstruction) is not flagged, and notebook 03 printed 'skewed sets: none', which a reader taking the bound as
    inclusive reads as a set skewed and left unsaid. P.skew_report names such sets apart; the rule is not changed."""
    assert P.at_skew_limit(share, 0.8) is at_limit
    report = P.skew_report({"X": share}, 0.8)
    assert ("on a bound itself" in report) is at_limit, report
    assert report.startswith("X (") is P.is_skewed(share, 0.8), report   # the flagged sets come first, as before
    assert report.startswith("none") is (not P.is_skewed(share, 0.8)), report


def test_the_paper_names_a_set_on_a_skew_bound_in_the_engine_skew_rows_words():
    """The paper's skew line said 'at the limit itself (not above it, so not flagged; ...)' and the engine's
    good_practice skew row 'on a bound itself (not flagged: only a share beyond a bound is; ...)' of the same set
    (SER, 80 % of the reconstruction's cases): one wording now, the engine's, in both languages."""
    from analysis.qca import good_practice
    from analysis.workshop import engine_note_zh

    tt = truth_table(pd.DataFrame({"A": [1, 1, 1, 1, 0], "Y": [1, 1, 0, 1, 0]}), "Y", ["A"], incl_cut=0.7)
    has = next(r["has"] for r in good_practice(tt, skew_bounds=(0.2, 0.8)).rows
               if r["standard"] == "skewed set memberships")
    english, chinese = P.skew_report({"A": 0.8}, 0.8), P.skew_report_zh({"A": 0.8}, 0.8)
    engine_words = has[has.index("; on a bound itself"):has.index("A 80%", has.index("; on a bound itself"))]
    assert engine_words in english, (engine_words, english)
    row_zh = engine_note_zh(has)
    zh_words = row_zh[row_zh.index("；恰在界限上"):row_zh.rindex("A 80%")]
    assert zh_words in chinese, (zh_words, chinese)


def test_notebook_03_names_the_sets_at_the_skew_limit():
    """The reconstruction's SER holds for 12 of 15 cases (80 %, the bound skew_cut itself): notebook 03's skew line
    names it at the limit instead of printing only 'none'; computed from calibrated_crisp.csv, not typed."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paths import DATA_DERIVED, ROOT

    skip_unless_reconstruction("the reconstruction's shares of cases in each set")
    crisp = pd.read_csv(DATA_DERIVED / "paperA" / "calibrated_crisp.csv", index_col="case")
    shares = {c: float((crisp[c] > 0.5).mean()) for c in CONDS + [C.OUTCOME]}
    at_limit = [c for c, v in shares.items() if P.at_skew_limit(v, 0.8)]
    assert "SER" in at_limit   # what this test is about: the reconstruction has a set at the bound
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Necessity")
    assert f"skewed sets (reconstruction): {P.skew_report(shares, 0.8)}" in printed, printed
    assert all(f"{c} ({shares[c]:.0%} in)" in printed for c in at_limit), printed


@pytest.mark.parametrize("share", [0.8, 0.2, 12 / 15, 0.81, 0.1, 0.5])
def test_the_chinese_skew_report_names_what_the_english_one_names(share):
    """skew_report named a set AT the skew bound (SER, 80 % of the reconstruction's cases) in English only; notebook
    03's Chinese lines said nothing of skew. skew_report_zh names the same sets, flagged ones first ('无' for none),
    the ones at the bound apart, with their shares as the English line gives them."""
    english, chinese = P.skew_report({"X": share}, 0.8), P.skew_report_zh({"X": share}, 0.8)
    assert ("恰在界限上" in chinese) is ("on a bound itself" in english) is P.at_skew_limit(share, 0.8), chinese
    assert chinese.startswith("X（") is english.startswith("X (") is P.is_skewed(share, 0.8), chinese
    assert chinese.startswith("无") is english.startswith("none"), chinese
    assert (f"{share:.0%}" in chinese) is (f"{share:.0%}" in english), (english, chinese)


def test_notebook_03_names_the_sets_at_the_skew_limit_in_chinese_too():
    """Notebook 03's necessity section printed the skew line, with SER at the 80 % limit, in English only: its Chinese
    line now says it too, computed from calibrated_crisp.csv by skew_report_zh."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paths import DATA_DERIVED, ROOT

    skip_unless_reconstruction("the reconstruction's shares of cases in each set")
    crisp = pd.read_csv(DATA_DERIVED / "paperA" / "calibrated_crisp.csv", index_col="case")
    shares = {c: float((crisp[c] > 0.5).mean()) for c in CONDS + [C.OUTCOME]}
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Necessity")
    line = C.source_text("偏斜的集合：" + P.skew_report_zh(shares, 0.8), "reconstruction", "zh")
    assert line in printed and "SER（80% 的案例属于该集合）" in line, printed


def test_claim_a7_says_when_ser_sits_at_the_skew_limit():
    """A7's computed text said 'skewed: ...' only for a share beyond the bound, so on the reconstruction (SER in 12 of
    15 cases, the bound 0.8 itself) the ledger was silent where notebook 03's skew line names SER at the limit."""
    a7 = next(c for c in P.CLAIMS if c.claim_id == "A7")
    at, _ = a7.evaluate({"SER_inclN": 1.0, "SER_RoN": 0.429, "SER_share_in": 12 / 15})
    assert "at the skew limit: SER holds for 80% of cases" in at and "skewed: " not in at, at
    for share in (0.5, 0.79):
        assert "skew limit" not in a7.evaluate({"SER_inclN": 1.0, "SER_RoN": 0.429, "SER_share_in": share})[0]
    beyond, _ = a7.evaluate({"SER_inclN": 1.0, "SER_RoN": 0.429, "SER_share_in": 13 / 15})
    assert "skewed: SER holds for 87% of cases" in beyond and "skew limit" not in beyond, beyond


def test_the_permutation_benchmark_is_said_in_chinese_too():
    """Notebook 03's permutation benchmark (100 % of the 6,435 assignments fitting as well as the observed outcome on
    the reconstruction: inclS and covS carry no evidence there) was printed in English only. D.permutation_line_zh
    says the same numbers in Chinese, read from the benchmark, and the notebook prints it with the data source."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paths import DATA_DERIVED, ROOT

    bench = {"assignments": 6435, "exact": True, "n_cases": 15, "n_positive": 8, "observed_rows": 13,
             "share_contradiction_free": 0.2, "observed_inclS": 1.0, "observed_covS": 0.75, "share_fitting_as_well": 1.0}
    line = D.permutation_line_zh(bench, 64)
    assert all(s in line for s in ("15 个案例", "64 种组态中的 13 种", "8 个正结果（EFF = 1）", "全部可能的 6,435 种", "100% 的拟合",
                                   "inclS 1.000", "covS 0.750", "20% 的分配")), line
    assert "随机抽取的 6,435" in D.permutation_line_zh({**bench, "exact": False}, 64)
    none = D.permutation_line_zh({**bench, "share_fitting_as_well": float("nan")}, 64)
    assert "观测结果没有编码为 OUT = 1 的行" in none and "100%" not in none and "inclS" not in none, none
    skip_unless_reconstruction("the reconstruction's permutation benchmark")
    written = pd.read_csv(DATA_DERIVED / "paperA" / "permutation_benchmark.csv").iloc[0].to_dict()
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Truth table")
    assert C.source_text(D.permutation_line_zh(written, 2 ** len(CONDS)), "reconstruction", "zh") in printed, printed


def test_the_permutation_benchmark_says_in_both_languages_when_the_fit_carries_no_evidence():
    """The Chinese line said at any share that a share near 1 means inclS and covS carry no evidence, the English
    line (built in the notebook's cell) never said it, though the checklist's limited-diversity item does from
    RANDOM_FIT_LEVEL: both lines (D.permutation_line, D.permutation_line_zh) now give that verdict by the checklist's
    rule, and only then; the notebook prints the English line built by the function."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paper_a.checklist import RANDOM_FIT_LEVEL
    from analysis.paths import DATA_DERIVED, ROOT

    bench = {"assignments": 6435, "exact": True, "n_cases": 15, "n_positive": 8, "observed_rows": 13,
             "share_contradiction_free": 0.2, "observed_inclS": 1.0, "observed_covS": 0.75, "share_fitting_as_well": 1.0}
    fit = {"inclS": 1.0, "covS": 0.75}
    line = D.permutation_line(bench, 64, fit)
    assert line == ("permutation benchmark: 15 cases in 13 of 64 configurations; the observed outcome: inclS 1.000, "
                    "covS 0.750 (the reported solution: inclS 1.000, covS 0.750); 100% of the 6,435 possible "
                    "assignments of 8 positive outcomes (EFF = 1) to the cases fit at least as well as the observed "
                    "outcome: inclS and covS carry no evidence here; 20% give a table without contradictions"), line
    assert D.permutation_line_zh(bench, 64).count("一致性与覆盖度在此不构成证据") == 1
    for share, said in ((RANDOM_FIT_LEVEL, True), (RANDOM_FIT_LEVEL - 0.01, False), (0.0, False)):
        low = {**bench, "share_fitting_as_well": share, "exact": False}
        assert ("carry no evidence" in D.permutation_line(low, 64, None)) is said, share
        assert ("不构成证据" in D.permutation_line_zh(low, 64)) is said, share
        assert "drawn assignments" in D.permutation_line(low, 64, None)
    for share, said in ((0.0003, "0.03%"), (0.9996, "99.96%"), (0.0, "0%"), (1.0, "100%")):
        # not '0% give a table without contradictions' of 2 in 6,435 assignments that do ('100%' of all but 3)
        other = {**bench, "share_contradiction_free": share}
        assert D.permutation_line(other, 64, fit).endswith(f"; {said} give a table without contradictions")
        assert D.permutation_line_zh(other, 64).endswith(f"；{said} 的分配得到不含矛盾行的真值表")
        assert "(the reported solution: none);" in D.permutation_line(low, 64, None)
    none = D.permutation_line({**bench, "share_fitting_as_well": float("nan")}, 64, None)
    assert "no positive row" in none and "evidence" not in none, none
    skip_unless_reconstruction("the reconstruction's permutation benchmark")
    written = pd.read_csv(DATA_DERIVED / "paperA" / "permutation_benchmark.csv").iloc[0].to_dict()
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Truth table")
    # the reported solution's fit is the observed outcome's with n_cut = 1 (the reconstruction's default)
    english = D.permutation_line(written, 2 ** len(CONDS), {"inclS": written["observed_inclS"],
                                                            "covS": written["observed_covS"]})
    assert C.source_text(english, "reconstruction") in printed, printed


@pytest.mark.parametrize("value, at_cut", [(0.5, True), (0.5 + 1e-15, True), (0.501, False), (0.499, False)])
def test_a_candidate_disjunction_at_the_relevance_cut_itself_is_said_to_be_at_its_margin(value, at_cut):
    """The one candidate necessary disjunction of the reconstruction (~SYS + ~SER for ~EFF) has RoN 0.500, the relevance
    cut itself: 'candidate' rests on the cut's 'at or above', which the printed line did not say. The note says it
    where the value is at the cut (float error absorbed), and nothing elsewhere."""
    note = D.relevance_margin_note(value, "RoN", 0.5)
    assert bool(note) is at_cut and (not note or "RoN at the relevance cut 0.5 itself" in note), note


def test_notebook_03_says_which_candidate_disjunction_sits_at_the_relevance_cut():
    """The executed notebook's candidate line carries the note exactly for the candidates whose relevance is the cut,
    read from necessary_disjunctions.csv (on the reconstruction ~SYS + ~SER for ~EFF)."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paths import DATA_DERIVED, ROOT

    skip_unless_reconstruction("the reconstruction's candidate disjunction")
    table = pd.read_csv(DATA_DERIVED / "paperA" / "necessary_disjunctions.csv")
    candidates = table[table["reading"] == "candidate"]
    at_cut = [r.expression for r in candidates.itertuples() if D.relevance_margin_note(r.RoN, "RoN", 0.5)]
    assert at_cut == ["~SYS + ~SER"]
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = _section_outputs(executed, "## Necessity")
    lines = [line for line in printed.splitlines() if line.strip().startswith("candidate ")]
    assert len(lines) == len(candidates) and lines, printed
    for r, line in zip(candidates.itertuples(), lines):
        assert (r.expression in at_cut) is ("at the relevance cut 0.5 itself" in line), line


def test_the_re_run_without_csa_is_minimised_once_and_read_twice(recon, monkeypatch):
    """focus_core_without_csa minimised EFF's solutions again with the contradictory easy counterfactuals blocked,
    the re-run paths_without_contradictory_assumptions had already made (two implementations of one step). The
    re-run is now solutions_without_csa, computed once and passed to both (rerun=), which give what they gave alone;
    notebook 03 passes it to both."""
    import json

    from analysis.paper_a import configurations as K
    from analysis.paths import ROOT

    res, neg = _esa_and_negated(recon)
    alone = (K.paths_without_contradictory_assumptions(res, neg), K.focus_core_without_csa(res, neg, P.FOCUS))
    calls = []
    real = K._solutions
    monkeypatch.setattr(K, "_solutions", lambda *a, **k: calls.append(1) or real(*a, **k))
    rerun = K.solutions_without_csa(res, neg)
    assert rerun is not None and rerun[0] and len(calls) == 1   # rows blocked on the reconstruction: one re-run
    frame = K.paths_without_contradictory_assumptions(res, neg, rerun=rerun)
    core = K.focus_core_without_csa(res, neg, P.FOCUS, rerun=rerun)
    text = K.paths_without_contradictory_assumptions_text(res, neg, rerun=rerun)
    assert len(calls) == 1, "minimised again"
    assert text == K.paths_without_contradictory_assumptions_text(res, neg)
    pd.testing.assert_frame_equal(frame, alone[0])
    assert core == alone[1]
    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "K.paths_without_contradictory_assumptions(res, neg_res, rerun=rerun)" in code
    assert "K.focus_core_without_csa(res, neg_res, P.FOCUS, rerun=rerun)" in code
    assert "K.paths_without_contradictory_assumptions_text(res, neg_res, rerun=rerun)" in code
    assert "K.paths_without_contradictory_assumptions(neg_res, res, rerun=neg_rerun)" in \
        " ".join(code.split())   # the call's line may be broken between its arguments
    assert "K.paths_without_contradictory_assumptions_text(neg_res, res, rerun=neg_rerun)" in code


def test_a_comparative_pair_on_a_path_lost_without_the_contradictory_assumptions_says_so(recon):
    """EFF's only pair that differs in SER alone (R08 / R07 on the reconstruction) sits on SYS*ORG*SER*~FUN, a path
    that does not survive blocking the contradictory easy counterfactuals (paths_without_csa.csv); notebook 03 printed
    the pair without saying so, in English only. The line now says, for EFF and for ~EFF, in English and Chinese,
    computed from the pairs and the re-run, which pairs' paths are lost and which survive, with the rows blocked."""
    from analysis.paper_a import robustness as R
    from analysis.paper_a.cases import source_text
    from analysis.paper_a.configurations import (lost_paths, pairs_without_csa_text, pairs_without_csa_text_zh,
                                                 paths_without_contradictory_assumptions)

    res, neg = _esa_and_negated(recon)
    for out, other in ((res, neg), (neg, res)):
        frame = paths_without_contradictory_assumptions(out, other)
        pairs = R.case_studies(out, "SER")["pairs"]
        closest = pairs[pairs["focal_differs"].astype(bool) & (pairs["other_differences"] == "")]
        assert len(closest), f"the reconstruction has a pair of {out.outcome} that differs in SER alone"
        lost = set(lost_paths(frame))
        line = pairs_without_csa_text(pairs, frame, out.outcome, "SER", "t.csv")
        zh = pairs_without_csa_text_zh(pairs, frame, out.outcome, "SER", "t.csv")
        subject, said = source_text(line, "reconstruction").split(": ", 1)
        assert subject.startswith(f"{out.outcome}'s pairs that differ in SER alone") and subject.endswith("(reconstruction)")
        head, body = zh.split("：", 1)
        assert head.startswith(out.outcome) and "SER" in head
        gone = [r for r in closest.itertuples() if r.term in lost]
        stay = [r for r in closest.itertuples() if r.term not in lost]
        for part, verb, verb_zh in ((gone, "on a path that does not survive", "所在的路径在排除后不再保留"),
                                    (stay, "on a path that survives", "所在的路径在排除后保留")):
            if part:
                en = "; ".join(f"{r.typical} / {r.irrelevant} ({r.term})" for r in part)
                assert f"{en} {'sits' if len(part) == 1 else 'sit'} {verb}" in said, line
                assert "；".join(f"{r.typical} / {r.irrelevant}（{r.term}）" for r in part) + verb_zh in body, zh
            else:
                assert verb not in said and verb_zh not in body, (line, zh)
        rows = ", ".join(map(str, sorted(set().union(*[set(map(int, b.split(", "))) for b in frame["blocked"]]))))
        assert f"rows {rows} blocked; t.csv" in said
    eff_pairs = R.case_studies(res, "SER")["pairs"]
    eff_frame = paths_without_contradictory_assumptions(res, neg)
    eff = pairs_without_csa_text(eff_pairs, eff_frame, res.outcome, "SER", "paths_without_csa.csv")
    assert "R08 / R07 (SYS*ORG*SER*~FUN) sits on a path that does not survive" in eff, eff   # the reconstruction's case
    kept = eff_frame.assign(after=True)   # every path term survives
    assert "does not survive" not in pairs_without_csa_text(eff_pairs, kept, res.outcome, "SER", "t.csv")
    assert "不再保留" not in pairs_without_csa_text_zh(eff_pairs, kept, res.outcome, "SER", "t.csv")
    assert "not checked" in pairs_without_csa_text(eff_pairs, None, res.outcome, "SER", "t.csv")
    assert "未检验" in pairs_without_csa_text_zh(eff_pairs, eff_frame.iloc[0:0], res.outcome, "SER", "t.csv")
    other = eff_pairs.assign(other_differences="NOR")   # no pair differs in SER alone
    assert "no pair differs in SER alone" in pairs_without_csa_text(other, eff_frame, res.outcome, "SER", "t.csv")


def test_notebook_03_prints_whether_each_pairs_path_survives_without_the_contradictory_assumptions():
    """The executed notebook 03 prints, beside EFF's and ~EFF's pairs that differ in SER alone, the line
    pairs_without_csa_text computes from the tables it wrote (comparative_pairs.csv, paths_without_csa.csv and their
    ~EFF twins), in English and in Chinese, each tagged with the data source."""
    import json

    from analysis.paper_a.cases import source_text
    from analysis.paper_a.configurations import pairs_without_csa_text, pairs_without_csa_text_zh
    from analysis.paths import DATA_DERIVED, ROOT

    out = DATA_DERIVED / "paperA"
    source = json.loads((out / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    read = lambda name: pd.read_csv(out / name, encoding="utf-8", keep_default_na=False,
                                    dtype={"blocked": str}).drop(columns="data_source")
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = _section_outputs(nb, "## Deviant cases")
    for outcome, pairs_file, frame_file in ((C.OUTCOME, "comparative_pairs.csv", "paths_without_csa.csv"),
                                            (negation(C.OUTCOME), "negated_comparative_pairs.csv",
                                             "negated_paths_without_csa.csv")):
        pairs, frame = read(pairs_file), read(frame_file)
        pairs["focal_differs"] = pairs["focal_differs"].astype(str) == "True"
        frame["after"] = frame["after"].astype(str) == "True"
        for line in (source_text(pairs_without_csa_text(pairs, frame, outcome, "SER", frame_file), source),
                     source_text(pairs_without_csa_text_zh(pairs, frame, outcome, "SER", frame_file), source, "zh")):
            assert line + "\n" in text, line


def test_qca_json_carries_both_outcomes_cases_for_case_studies():
    """~EFF's cases for case studies (its typical cases per path and its comparative pairs, negated_typical_cases.csv
    and negated_comparative_pairs.csv) were in no key of qca.json, nor were EFF's. qca.json's `case_studies` now
    carries, per outcome and with the same keys, the typical cases of each path and the pairs that differ in SER
    alone, each with whether its path survives the re-run with the contradictory assumptions blocked; recomputed here
    from the written tables."""
    import json

    from analysis.paper_a import robustness as R
    from analysis.paper_a.configurations import lost_paths
    from analysis.paths import DATA_DERIVED

    out = DATA_DERIVED / "paperA"
    written = json.loads((out / "qca.json").read_text(encoding="utf-8"))["case_studies"]
    read = lambda name: pd.read_csv(out / name, encoding="utf-8", keep_default_na=False,
                                    dtype={"blocked": str}).drop(columns="data_source")
    assert set(written) == {C.OUTCOME, negation(C.OUTCOME)}
    for outcome, prefix in ((C.OUTCOME, ""), (negation(C.OUTCOME), "negated_")):
        typical, pairs, frame = (read(f"{prefix}typical_cases.csv"), read(f"{prefix}comparative_pairs.csv"),
                                 read(f"{prefix}paths_without_csa.csv"))
        frame["after"] = frame["after"].astype(str) == "True"
        pairs["focal_differs"] = pairs["focal_differs"].astype(str) == "True"
        got = written[outcome]
        assert set(got) == {"typical", "pairs"}, outcome   # the same keys for EFF and ~EFF
        expected = {}
        for case, term in zip(typical["case"], typical["term"]):
            expected.setdefault(term, []).append(case)
        assert got["typical"] == expected, outcome
        alone = pairs[pairs["focal_differs"] & (pairs["other_differences"] == "")]
        assert len(alone), f"the reconstruction has a pair of {outcome} that differs in SER alone"
        assert got["pairs"] == [{"typical": t, "irrelevant": i, "term": term,
                                 "path_survives_without_csa": term not in lost_paths(frame)}
                                for t, i, term in zip(alone["typical"], alone["irrelevant"], alone["term"])], outcome
    assert {"typical": "R08", "irrelevant": "R07", "term": "SYS*ORG*SER*~FUN",
            "path_survives_without_csa": False} in written[C.OUTCOME]["pairs"]   # on the reconstruction
    none = R.case_studies_json(typical.iloc[0:0], pairs.iloc[0:0], None)   # no solution: no rows
    assert none == {"typical": {}, "pairs": []}
    unchecked = R.case_studies_json(typical, pairs, None)["pairs"]
    assert unchecked and all(p["path_survives_without_csa"] is None for p in unchecked)


@pytest.mark.parametrize("threshold", [0.5, 1 / 3, 0.6, 1.0])
def test_the_shares_a_set_can_take_come_from_the_codebooks_indicator_counts(threshold):
    """Notebook 02 said 'With three binary indicators per set a share can only be 0, 1/3, 2/3 or 1', true of the
    compendium's codebook only: a holder's codebook with four indicators to a set was misdescribed. The shares and the
    two shares one indicator from the threshold are now computed from the codebook's counts; here they agree with
    calibration_margins, which flags exactly the cases at those shares, for sets of 1 to 5 indicators."""
    from fractions import Fraction

    counts = {"SYS": 4, "ORG": 3, "PRO": 5, "SER": 2, "FUN": 3, "NOR": 1, "EFF": 3}
    line = C.share_levels_text(counts, threshold, "holder_codebook.csv")
    zh = C.share_levels_text_zh(counts, threshold, "holder_codebook.csv")
    assert line.startswith(f"shares a set can take (indicators per set from holder_codebook.csv; crisp threshold "
                           f"{threshold:g}): ")
    assert zh.split("：", 1)[0].endswith(f"清晰集阈值 {threshold:g}）")
    text = lambda f: str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"
    for k in sorted(set(counts.values())):
        sets = [s for s, v in counts.items() if v == k]
        shares = pd.DataFrame({s: [j / k for j in range(k + 1)] for s in sets},
                              index=[f"c{j}" for j in range(k + 1)])
        m = C.calibration_margins(shares, {s: k for s in sets}, threshold).set_index("set")
        flagged = [Fraction(int(c[1:]), k) for c in m.loc[sets[0], "one_from_threshold"].split(", ") if c]
        inside = [f for f in flagged if f >= Fraction(threshold).limit_denominator(1000) - Fraction(1, 10 ** 9)]
        outside = [f for f in flagged if f not in inside]
        levels = ", ".join(text(Fraction(j, k)) for j in range(k + 1))
        near = " or ".join([f"{text(f)} (out)" for f in outside] + [f"{text(f)} (in)" for f in inside])
        assert f"{k} indicator{'s' if k != 1 else ''} ({', '.join(sets)}): shares {levels}, a case at {near} is one " \
               "indicator from the threshold" in line, (k, line)
        assert f"{k} 个指标（{'、'.join(sets)}）：得分 {'、'.join(text(Fraction(j, k)) for j in range(k + 1))}" in zh


def test_notebook_02_prints_the_shares_its_codebook_allows_and_says_three_indicators_only_of_the_compendiums():
    """The executed notebook 02 prints the shares line for the codebook it read, in English and Chinese, and its prose
    no longer says every set has three indicators as if of any codebook."""
    import json

    from analysis.paths import DATA_DERIVED, ROOT

    nb = json.loads((ROOT / "notebooks" / "executed" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    meta = json.loads((DATA_DERIVED / "paperA" / "calibration.json").read_text(encoding="utf-8"))
    prose = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "With three binary indicators per set a share can only be" not in prose
    assert "每个集合仅有三个二分指标" not in prose
    if meta["form"] != "indicators":
        pytest.skip("memberships given directly: no indicator layer")
    text = _section_outputs(nb, "## How close are the cases to the crisp threshold?")
    from pathlib import Path

    from analysis.paper_a.cases import source_text

    codebook = Path(meta["codebook_file"])   # the one notebook 02 read (data/raw/...)
    counts = {s: len(v) for s, v in C.indicators_of(C.load_codebook(ROOT / codebook)).items()}
    source, threshold = meta["data_source"], meta["crisp_threshold"]
    assert source_text(C.share_levels_text(counts, threshold, codebook.name), source) + "\n" in text
    assert source_text(C.share_levels_text_zh(counts, threshold, codebook.name), source, "zh") + "\n" in text


def test_notebook_03_says_the_necessary_disjunctions_and_the_cut_off_ranges_in_chinese_too():
    """Notebook 03's lines on the necessary disjunctions (SUIN conditions) and on the ranges of its cut-offs were
    English only, while the neighbouring readings have a Chinese line. range_lines_zh gives each range line in
    Chinese with the same bounds (an empty one as the last value searched) and necessary_disjunctions_line_zh one line
    per outcome with the counts and candidates of the English lines; the executed notebook prints both, recomputed
    here from the tables it wrote."""
    import json

    import numpy as np

    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    ranges = pd.DataFrame({"threshold": ["incl_cut", "n_cut", "calibration SER"], "value": [0.8, 1, 0.5],
                           "lower": [np.nan, 1.0, 0.05], "upper": [1.0, np.nan, 0.65]})
    assert D.range_lines_zh(ranges) == ["incl_cut：解在 0.55（搜索的最低值，直至该值解均不变）至 1 之间不变（起点 0.8）",
                                        "n_cut：解在 1 至 4（搜索的最高值，直至该值解均不变）之间不变（起点 1）",
                                        "SER 的校准阈值（指标得分）：解在 0.05 至 0.65 之间不变（起点 0.5）"]
    out = DATA_DERIVED / "paperA"
    source = json.loads((out / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    suin = pd.read_csv(out / "necessary_disjunctions.csv", encoding="utf-8", keep_default_na=False)
    suin["skewed"] = suin["skewed"].astype(str) == "True"
    for outcome in (C.OUTCOME, negation(C.OUTCOME)):
        disj = suin[(suin["outcome"] == outcome) & (suin["kind"] == "disjunction")]
        line = D.necessary_disjunctions_line_zh(suin, outcome, 0.9)
        assert line.startswith(f"{outcome} 的必要析取组合（inclN ≥ 0.9）：最小析取组合 {len(disj)} 个"), line
        assert f"偏斜 {int(disj['skewed'].sum())} 个" in line
        assert f"候选 {int((disj['reading'] == 'candidate').sum())}" in line
        cands = disj.loc[disj["reading"] == "candidate", "expression"].tolist()
        assert (f"候选：{'、'.join(cands)}" in line) if cands else line.endswith("无候选：每个必要析取组合均为低相关性、偏斜或违背方向预期")
    assert "候选：~SYS + ~SER" in D.necessary_disjunctions_line_zh(suin, negation(C.OUTCOME), 0.9)   # the reconstruction's
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = _section_outputs(nb, "## Necessity") + _section_outputs(nb, "## Truth table")
    written = pd.read_csv(out / "threshold_ranges.csv", encoding="utf-8").drop(columns="data_source")
    for line in D.range_lines_zh(written):
        assert source_text(line, source, "zh") + "\n" in text, line
    for outcome in (C.OUTCOME, negation(C.OUTCOME)):
        benchmark = json.loads((out / "qca.json").read_text(encoding="utf-8"))["parameters"]["necessity_benchmark"]
        line = D.necessary_disjunctions_line_zh(suin, outcome, benchmark)
        assert source_text(line, source, "zh") + "\n" in text, outcome


def test_the_contradictory_easy_counterfactuals_line_has_a_chinese_line(recon):
    """Notebook 03's line on the easy counterfactuals of the intermediate solution that ~EFF's parsimonious solution
    also assumes was English only, while the re-run's reading below it has a Chinese line. The Chinese line states the
    same facts (the rows with their configurations, the pairs holding them, blocking in EFF's table only), with its
    subject before the first '：'; not-checked and no-negation cases too; the executed notebook prints it."""
    import json

    from analysis.paper_a.cases import source_text
    from analysis.paper_a.configurations import (_row_configs_zh, contradictory_easy_counterfactuals,
                                                 contradictory_easy_counterfactuals_text_zh)
    from analysis.paths import DATA_DERIVED, ROOT

    res, neg = _esa_and_negated(recon)
    found = contradictory_easy_counterfactuals(res, neg)
    rows = sorted(set().union(*found.values()))
    holding = [n for n, v in found.items() if v]
    zh = contradictory_easy_counterfactuals_text_zh(res, neg)
    head, body = zh.split("：", 1)
    assert head.startswith("ESA中间解") and negation(res.outcome) in head
    assert body.startswith(f"{_row_configs_zh(res.truth_table, rows)}，见于 {len(found)} 对中的 {len(holding)} 对（每一对）"), zh
    # the rows' configurations in full-width brackets, listed with '、', as the newer Chinese lines write them
    assert f"{rows[0]}（" in body and " (" not in body and "), " not in body, zh
    assert f"仅在 {res.outcome} 的真值表中排除它们" in body
    no_neg = type("NoSolution", (), {"no_solution": "no positive row", "outcome": negation(C.OUTCOME)})()
    assert contradictory_easy_counterfactuals_text_zh(res, no_neg).endswith("：无（~EFF 无解，故没有可矛盾的假设）")
    no_res = type("NoSolution", (), {"no_solution": "no positive row", "outcome": C.OUTCOME, "analysis": "esa"})()
    assert "未检验" in contradictory_easy_counterfactuals_text_zh(no_res, neg)
    source = json.loads((DATA_DERIVED / "paperA" / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    if source == "reconstruction":   # the notebook's own analysis is the reconstruction's (the one recomputed here)
        assert source_text(zh, source, "zh") + "\n" in _section_outputs(nb, "## Standard analysis and ESA")


def test_notebook_03_gives_effs_case_studies_a_chinese_line_as_it_does_the_negations(recon):
    """Notebook 03 printed ~EFF's case types, single-case paths, deviant cases for consistency and pairs in a Chinese
    line (case_study_line_zh) but EFF's only in English. EFF's Chinese line is now printed too, computed by the same
    rule from EFF's analysis (case_studies) and so naming the reconstruction's pair R08 / R07."""
    import json

    from analysis.paper_a import robustness as R
    from analysis.paths import DATA_DERIVED, ROOT

    source = json.loads((DATA_DERIVED / "paperA" / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    if source != "reconstruction":
        pytest.skip("the line recomputed here is the reconstruction's")
    res, _ = _esa_and_negated(recon)
    line = R.case_study_line_zh(R.case_studies(res, "SER"), res.outcome, "SER", source)
    assert line.startswith(f"{res.outcome} 的案例类型") and "R08 / R07（SYS*ORG*SER*~FUN）" in line
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    assert line + "\n" in _section_outputs(nb, "## Deviant cases")


def test_notebook_03_gives_each_pairs_counterfactuals_a_chinese_line(recon, monkeypatch):
    """Notebook 03 printed each (C, P) pair's models, easy, difficult and contradictory easy counterfactuals in English
    only, while the line on the contradictory ones below them has a Chinese line. counterfactual_pair_lines gives per
    pair the English head and lines and one Chinese line from the same facts (read here from the pairs themselves and
    contradictory_easy_counterfactuals), in the solution's order; the contradictory ones read 'not checked', not
    'none', when they could not be checked; the executed notebook prints the Chinese lines beside the English."""
    import json

    from analysis.paper_a import configurations as K
    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    res, neg = _esa_and_negated(recon)
    pairs = res.intermediate.intermediate
    found = K.contradictory_easy_counterfactuals(res, neg)
    lines = K.counterfactual_pair_lines(res, neg)
    assert [head.split(":", 1)[0] for head, _, _ in lines] == list(pairs)   # C1P1, C1P2, ...: the solution's order
    assert [zh.split("：", 1)[0] for _, _, zh in lines] == list(pairs)
    for (head, english, zh), (name, pair) in zip(lines, pairs.items()):
        easy = [int(r) for r in pair.easy_counterfactuals.index]
        diff = [int(r) for r in pair.difficult_counterfactuals.index]
        assert head == f"{name}: complex {pair.complex_model.expression}  |  parsimonious {pair.parsimonious_model.expression}"
        assert english[0] == "  easy counterfactuals (rows): " + ", ".join(map(str, easy))
        assert english[1] == "  difficult counterfactuals (rows): " + ", ".join(map(str, diff))
        assert english[2].endswith("assumes them too): " + ", ".join(map(str, found[name])))
        assert f"复杂解 {pair.complex_model.expression}｜简约解 {pair.parsimonious_model.expression}" in zh
        assert f"；简单反事实（行）：{'、'.join(map(str, easy))}；困难反事实（行）：{'、'.join(map(str, diff))}；" in zh
        assert zh.endswith(f"（行；{negation(res.outcome)} 的简约解同样假设）：" + "、".join(map(str, found[name])))
    assert any(found.values())   # the reconstruction's pairs hold some (rows 61, 62): the lines are not all 'none'
    no_neg = type("NoSolution", (), {"no_solution": "no positive row", "outcome": negation(C.OUTCOME)})()
    head, english, zh = K.counterfactual_pair_lines(res, no_neg)[0]
    assert english[2].endswith(": none (~EFF has no solution)") and zh.endswith("：无（~EFF 无解）")
    monkeypatch.setattr(K, "contradictory_easy_counterfactuals", lambda *a: None)   # a solution too large to list
    head, english, zh = K.counterfactual_pair_lines(res, neg)[0]
    assert ": not checked" in english[2] and "：未检验" in zh
    monkeypatch.undo()
    no_res = type("NoSolution", (), {"no_solution": "no positive row", "outcome": C.OUTCOME})()
    assert K.counterfactual_pair_lines(no_res, neg) == []
    source = json.loads((DATA_DERIVED / "paperA" / "calibration.json").read_text(encoding="utf-8"))["data_source"]
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    if source == "reconstruction":   # the notebook's own analysis is the reconstruction's (the one recomputed here)
        text = _section_outputs(nb, "## Standard analysis and ESA")
        for head, english, zh in lines:
            assert source_text(zh, source, "zh") + "\n" in text, zh
            assert "\n".join((source_text(head, source),) + english) + "\n" in text, head


def test_notebook_02_says_its_margins_least_present_and_crossover_lines_in_chinese_too():
    """Notebook 02 printed three result lines in English only beside bilingual ones: how many case-set memberships
    one indicator would flip (computed in the notebook itself), the least present conditions, and the shares at the
    fuzzy crossover (printed as a Python list of tuples, "[('R01', 'SER')]"). cases.calibration_margins_text,
    least_present_text and crossover_text give each line with a *_zh twin from the same facts, the pairs as
    'R01 (SER)'; the Chinese shares line no longer runs '（不属于）或2/3' together. Recomputed here by hand and from
    the tables the executed notebook wrote, and found in its output."""
    import json

    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    # two sets of three indicators, four cases: shares 0, 1/3, 2/3, 1; at threshold 0.5 the cases at 1/3 and 2/3 flip
    shares = pd.DataFrame({"SYS": [0, 1 / 3, 2 / 3, 1], "EFF": [1 / 3, 1 / 3, 1, 1]}, index=["a", "b", "c", "d"])
    margins = C.calibration_margins(shares, {"SYS": 3, "EFF": 3}, 0.5)
    assert C.calibration_margins_text(margins, 4) == ("4 of 8 case-set memberships (50%) would flip if one indicator "
                                                      "were coded differently; per set between 2 and 2 of 4 cases")
    assert C.calibration_margins_text_zh(margins, 4) == "单个指标编码不同即改变的隶属：8 个案例—集合隶属中的 4 个（50%）；各集合为 4 个案例中的 2 至 2 个"
    presence = pd.DataFrame({"condition": ["SYS", "ORG", "PRO", "SER"], "n_present": [1, 2, 2, 5]})
    two = C.least_present(presence, k=2)   # ORG ties PRO at 2: not separated
    assert C.least_present_text(two) == "least present by n_present: ORG, SYS (tied with another condition)"
    assert C.least_present_text_zh(two) == "出现最少的条件（按 n_present）：ORG、SYS（与另一条件并列）"
    three = C.least_present(presence, k=3)
    assert C.least_present_text(three).endswith("ORG, PRO, SYS (separated from the others)")
    assert C.least_present_text_zh(three).endswith("：ORG、PRO、SYS（与其他条件分开）")
    assert C.least_present_text({"conditions": None, "separated": False, "by": "n_present"}) == ""
    pairs = [("R01", "SER"), ("R04", "EFF")]
    assert C.crossover_text(pairs, "indicators") == ("shares exactly at the fuzzy crossover (membership 0.5, in no "
                                                     "truth-table row): R01 (SER), R04 (EFF)")
    assert C.crossover_text_zh(pairs, "indicators") == "恰在模糊集交叉点的得分（隶属度 0.5，不属于任何真值表行）：R01（SER）、R04（EFF）"
    assert C.crossover_text([], "memberships").startswith("memberships of exactly 0.5 (") and C.crossover_text([], "memberships").endswith(": none")
    assert C.crossover_text_zh([], "memberships") == "恰为 0.5 的隶属度（隶属度 0.5，不属于任何真值表行）：无"
    assert "得分为 1/3（不属于）或 2/3（属于）的案例" in C.share_levels_text_zh({"SYS": 3}, 0.5, "codebook.csv")
    nb = json.loads((ROOT / "notebooks" / "executed" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    out = DATA_DERIVED / "paperA"
    meta = json.loads((out / "calibration.json").read_text(encoding="utf-8"))
    source = meta["data_source"]
    text = _section_outputs(nb, "## Calibration rule")
    assert source_text(C.crossover_text_zh([], meta["form"]), source, "zh") + "\n" in text   # none on the reconstruction
    presence = pd.read_csv(out / "presence.csv", encoding="utf-8")
    text = _section_outputs(nb, "## How present is each condition?")
    for by in ("n_present", "mean_indicator_share"):
        res = C.least_present(presence, by=by)
        if res["conditions"] is not None:
            assert source_text(C.least_present_text_zh(res), source, "zh") + "\n" in text, by
    if meta["form"] == "indicators":
        margins = pd.read_csv(out / "calibration_margins.csv", encoding="utf-8")
        text = _section_outputs(nb, "## How close are the cases to the crisp threshold?")
        assert source_text(C.calibration_margins_text(margins, meta["n_cases"]), source) + "\n" in text
        assert source_text(C.calibration_margins_text_zh(margins, meta["n_cases"]), source, "zh") + "\n" in text


def test_notebook_03_gives_its_necessity_lines_a_chinese_line_and_calls_a_dual_sufficient_only_at_incl_cut():
    """Notebook 03's necessity section printed the conditions consistent with necessity, those necessary and relevant
    and the cases behind each test in English only, and its Chinese line on the disjunctions named the candidate
    (~SYS + ~SER for ~EFF) without the English line's note that its RoN sits at the relevance cut itself: the Chinese
    reader got the candidate stated more strongly. The candidate line also said its negation 'is sufficient' whatever
    that negation's inclS (below 1 when inclN is). necessity_lines, necessity_cases_line and
    disjunction_candidate_lines give (English, Chinese) from the same rows; the dual is called sufficient only at or
    above incl_cut. Hand-made rows here, and the executed notebook's lines recomputed from its tables."""
    import json

    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    nec = pd.DataFrame({"condition": ["SER", "ORG", "~FUN"], "necessary": [True, True, False],
                        "necessary_and_relevant": [False, True, False]})
    (en1, zh1), (en2, zh2) = D.necessity_lines(nec, "RoN", 0.5)
    assert en1 == "consistent with necessity (inclN): SER, ORG" and zh1.endswith("：SER、ORG")
    assert en2 == "necessary and relevant (RoN >= 0.5): ORG" and zh2 == "既必要又相关的条件（RoN ≥ 0.5）：ORG"
    (_, zh1), (_, zh2) = D.necessity_lines(nec.assign(necessary=False, necessary_and_relevant=False), "covN", 0.6)
    assert zh1.endswith("：无") and zh2 == "既必要又相关的条件（covN ≥ 0.6）：无"
    types = pd.DataFrame({"X": [1, 1, 1, 0], "type": ["typical", "typical", "deviant relevance", "individually irrelevant"]})
    en, zh = D.necessity_cases_line(types, "SER", "EFF", 1.0)
    assert en == ("SER -> EFF: inclN 1.000; typical 2, deviant consistency 0, deviant relevance 1, individually "
                  "irrelevant 1; 1 of 4 cases outside SER")
    assert zh == "SER → EFF：inclN 1.000；典型 2、一致性偏离 0、相关性偏离 1、个体无关 1；4 个案例中 1 个不属于 SER"
    row = {"outcome": "~EFF", "expression": "~SYS + ~SER", "kind": "disjunction", "inclN": 1.0, "RoN": 0.5,
           "covN": 0.636, "share_in_set": 0.733, "levels": "macro, micro", "dual": "SYS*SER", "dual_inclS": 1.0,
           "reading": "candidate"}
    suin = pd.DataFrame([row, {**row, "expression": "~ORG + ~SER", "RoN": 0.6, "inclN": 0.9, "dual": "ORG*SER",
                               "dual_inclS": 0.75}, {**row, "reading": "low relevance", "expression": "~PRO + ~SER"}])
    (en_a, zh_a), (en_b, zh_b) = D.disjunction_candidate_lines(suin, "~EFF", "RoN", 0.5, 0.8)
    assert "RoN at the relevance cut 0.5 itself" in en_a and "RoN 恰为相关性阈值 0.5" in zh_a   # at the cut: said in both
    assert "at the relevance cut" not in en_b and "恰为相关性阈值" not in zh_b
    assert en_a.endswith("its negation SYS*SER has inclS 1.000 for EFF (at or above incl_cut 0.8: sufficient)")
    # with its coverage (a referee reads 'sufficient' from consistency alone with the share of the outcome it covers)
    (en_c, zh_c), _ = D.disjunction_candidate_lines(suin.assign(dual_covS=[0.625, 0.5, 0.5]), "~EFF", "RoN", 0.5, 0.8)
    assert en_c.endswith("its negation SYS*SER has inclS 1.000, covS 0.625 for EFF (at or above incl_cut 0.8: "
                         "sufficient)"), en_c
    assert "对 EFF 的 inclS 为 1.000，covS 为 0.625（不低于 incl_cut 0.8：充分）" in zh_c, zh_c
    assert en_b.endswith("its negation ORG*SER has inclS 0.750 for EFF (below incl_cut 0.8: not sufficient)")
    assert zh_a.endswith("（不低于 incl_cut 0.8：充分）") and zh_b.endswith("（低于 incl_cut 0.8：不充分）")
    assert "彩虹模型层面：宏观、微观" in zh_a and "73% 的案例属于该集合" in zh_a
    assert D.disjunction_candidate_lines(suin, "EFF", "RoN", 0.5, 0.8) == []
    out = DATA_DERIVED / "paperA"
    qca = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    p, source = qca["parameters"], qca["data_source"]
    text = _section_outputs(json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")),
                            "## Necessity")
    nec = pd.read_csv(out / "necessity.csv", encoding="utf-8")
    for en, zh in D.necessity_lines(nec, p["relevance_measure"], p["relevance_cut"]):
        assert source_text(en, source) + "\n" + source_text(zh, source, "zh") + "\n" in text, zh
    cases = pd.read_csv(out / "necessity_cases.csv", encoding="utf-8")
    for c, types in cases.groupby("condition", sort=False):
        en, zh = D.necessity_cases_line(types, c, C.OUTCOME, float(nec.set_index("condition").at[c, "inclN"]))
        assert source_text(en, source) + "\n" + source_text(zh, source, "zh") + "\n" in text, zh
    suin = pd.read_csv(out / "necessary_disjunctions.csv", encoding="utf-8")
    found = 0
    for outcome in (C.OUTCOME, negation(C.OUTCOME)):
        for en, zh in D.disjunction_candidate_lines(suin, outcome, p["relevance_measure"], p["relevance_cut"],
                                                    p["incl_cut"], p["skew_cut"]):
            assert en + "\n" in text and zh + "\n" in text, zh
            found += 1
    assert found == int((suin["reading"] == "candidate").sum())


def test_notebook_03_gives_its_truth_table_and_cut_off_lines_a_chinese_line(recon):
    """Notebook 03's truth-table section printed its result lines in English only (the table's size and cases by
    OUT, the observed row consistencies, the positive rows by their cases, PRI against incl and what pri_cut does, and
    each contradictory row's handling and the cut-off at which it turns positive) while the range lines below them
    have Chinese ones; and two of them printed Python dicts ("{'OUT1': 6, ...}", "{1: 6}"). truth_table_line,
    cut_off_lines and contradiction_lines_zh give the Chinese from the same facts and the counts written out.
    Hand-computed on a small table; the executed notebook's lines recomputed from the reconstruction."""
    import json

    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    # A, B: row 4 (A*B) 2 in, 1 out (incl 0.667, contradictory); row 2 (~A*B) 1 in; row 1 (~A*~B) 2 out
    data = pd.DataFrame({"A": [1, 1, 1, 0, 0, 0], "B": [1, 1, 1, 1, 0, 0], "Y": [1, 1, 0, 1, 0, 0]},
                        index=["c1", "c2", "c3", "c4", "c5", "c6"])
    tt = truth_table(data, "Y", ["A", "B"], incl_cut=0.8)
    contra = contradictions(tt)
    en, zh = D.truth_table_line(tt, 4, len(contra))
    assert en.startswith("truth table: 3 observed configurations of 4 (limited diversity: 1 logical remainder); "
                         "cases by their row's OUT: OUT1 1, OUT0 5, OUTC 0, Total 6; contradictory rows") and "{" not in en
    assert zh.startswith("真值表：4 种组态中观察到 3 种（有限多样性：逻辑余项 1 个）；按所在行 OUT 计的案例数：OUT1 1、OUT0 5、OUTC 0、Total 6；"
                         "矛盾行（结果两侧均有案例）：1 个")
    lines = D.cut_off_lines(tt, 0.8, 0.0)
    assert lines[0] == ("observed row consistencies: 0.000, 0.667, 1.000; incl_cut = 0.8",
                        "观察行的一致性：0.000、0.667、1.000；incl_cut = 0.8")
    assert lines[1] == ("positive rows by number of cases: 1 case: 1 row", "按案例数计的正向行：1 个案例的行 1 个")
    assert lines[2] == ("PRI equals incl in every observed row: True", "每个观察行的 PRI 是否等于一致性：是")
    assert lines[3] == ("pri_cut = 0 adds nothing (at or below incl_cut)", "pri_cut = 0：不高于 incl_cut，不起额外作用")
    assert D.cut_off_lines(tt, 0.8, 0.9)[3][1] == "pri_cut = 0.9：高于 incl_cut，是实际起作用的一致性阈值"
    (line,), (line_zh,) = D.contradiction_lines(contra, n_cut=1, pri_cut=0.0), D.contradiction_lines_zh(contra, n_cut=1, pri_cut=0.0)
    assert line.startswith("row 4 (c1, c2 in, c3 out): coded negative") and line.endswith("2/3 = 0.667")
    assert line_zh == ("第 4 行（c1、c2 属于结果，c3 不属于）：编码为负向（OUT = 0）：其属于结果的案例未被解释（覆盖度偏离）；"
                       "incl_cut 不高于其一致性 2/3 = 0.667 时为正向")
    (line_zh,) = D.contradiction_lines_zh(contra, n_cut=4, pri_cut=0.9)
    assert line_zh.endswith("时（且 n_cut 不高于其案例数 3、pri_cut 不高于其 PRI）为正向")
    # the executed notebook: the reconstruction's table, recomputed
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    p, source = qca["parameters"], qca["data_source"]
    if source != "reconstruction":
        return
    _, _, crisp = recon
    tt = truth_table(crisp, C.OUTCOME, CONDS, incl_cut=p["incl_cut"], n_cut=p["n_cut"], pri_cut=p["pri_cut"])
    contra = contradictions(tt)
    text = _section_outputs(json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")),
                            "## Truth table")
    pairs = [D.truth_table_line(tt, 2 ** len(CONDS), len(contra))] + D.cut_off_lines(tt, p["incl_cut"], p["pri_cut"]) \
        + list(zip(D.contradiction_lines(contra, n_cut=p["n_cut"], pri_cut=p["pri_cut"]),
                   D.contradiction_lines_zh(contra, n_cut=p["n_cut"], pri_cut=p["pri_cut"])))
    for en, zh in pairs:
        assert source_text(en, source) + "\n" + source_text(zh, source, "zh") + "\n" in text, zh


def test_paper_a_tables_yes_no_columns_read_back_as_booleans_as_data_readme_says():
    """data/README's dictionary did not say how Paper A's tables write a yes/no column, beside three-valued verdicts
    ('true' / 'false' / 'not testable') and 0/1 memberships: a reader could not tell True/False from 是/否 or 1/0. It
    now names every yes/no column, written True / False; each reads back with pandas.read_csv as a boolean, every
    column of the tables that reads back so is named there, and the verdict columns hold the three words only."""
    import re

    from analysis.paths import DATA_DERIVED, ROOT

    text = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    para = text[text.index("Yes/no columns are written `True` / `False`"):text.index("Beside the files described above")]
    documented: dict[str, set[str]] = {}
    for files, cols in re.findall(r"((?:`[\w.]+\.csv`(?:,| and)? ?)+) \(([^)]*)\)", para.split(": ", 1)[1]):
        for name in re.findall(r"`([\w.]+\.csv)`", files):
            documented.setdefault(name, set()).update(re.findall(r"`([\w<=]+)`", cols))
    assert len(documented) == 16 and documented["robustness_settings.csv"] >= {"changes_table", "SER_in_all"}
    verdicts = {"claims.csv": ["agrees"], "claims_by_analysis.csv": ["standard", "esa", "survives_esa", "esa_necessity"]}
    yes_no = {"True", "False", "true", "false", "TRUE", "FALSE", "是", "否", "yes", "no"}
    for path in sorted((DATA_DERIVED / "paperA").glob("*.csv")):
        table = pd.read_csv(path, encoding="utf-8")
        if table.empty:
            continue
        for col in documented.get(path.name, ()):
            assert table[col].dtype == bool, (path.name, col, table[col].dtype)
        for col in table.columns:
            if col in verdicts.get(path.name, ()):
                assert set(table[col]) <= {"true", "false", "not testable"}, (path.name, col)
                continue
            values = set(table[col].dropna().astype(str))
            if table[col].dtype == bool or (values and values <= yes_no):
                assert col in documented.get(path.name, ()), f"{path.name}: {col} is yes/no but not in data/README"


def test_notebook_03_gives_the_negations_necessity_untenable_and_model_group_lines_a_chinese_line(recon):
    """Notebook 03 printed the conditions consistent with necessity for ~EFF, the remainders blocked for ~EFF as
    untenable (with those not carried over from EFF) and the reported solution's model groups in English only, while
    the readings beside them have Chinese lines. negated_outcome_lines and model_groups_line give (English, Chinese)
    from the same facts. Hand-made tables (a ~SER term not carried over); the executed notebook's lines recomputed."""
    import json

    from analysis.paper_a import configurations as K
    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    nec = pd.DataFrame({"condition": ["SER", "ORG"], "necessary": [True, False]})
    neg_nec = pd.DataFrame({"condition": ["~FUN", "~SER"], "necessary": [True, False]})
    (en1, zh1), (en2, zh2) = D.negated_outcome_lines(neg_nec, "EFF", "SYS*~ORG + ~SER", nec)
    assert en1 == "consistent with necessity for ~EFF (inclN): ~FUN" and zh1 == "与 ~EFF 的必要性一致的条件（inclN 达到基准）：~FUN"
    assert en2 == ("untenable remainders for ~EFF: SYS*~ORG (declared impossible: blocked as for EFF); not carried "
                   "over: ~SER (blocked for EFF because SER is consistent with necessity for it)")
    assert zh2 == "~EFF 的不可成立逻辑余项：SYS*~ORG（声明为不可能：与 EFF 同样排除）；不沿用：~SER（为 EFF 排除，因为 SER 与 EFF 的必要性一致）"
    (_, zh1), (en2, zh2) = D.negated_outcome_lines(neg_nec.assign(necessary=False), "EFF", "", nec)
    assert zh1.endswith("：无") and en2 == "untenable remainders for ~EFF: none declared" and zh2 == "~EFF 的不可成立逻辑余项：未声明"
    res, neg = _esa_and_negated(recon)
    en, zh = K.model_groups_line(res, "intermediate")
    assert res.n_groups > 1 and res.n_models > 1   # was 'model group(s)', 'distinct model(s)'
    assert en == f"{res.n_groups} model groups, {res.n_models} distinct models of the ESA intermediate solution"
    assert zh == f"ESA中间解：模型组 {res.n_groups} 个，不同模型 {res.n_models} 个"
    out = DATA_DERIVED / "paperA"
    qca = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    p, source = qca["parameters"], qca["data_source"]
    nb = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    read = lambda name: pd.read_csv(out / name, encoding="utf-8", keep_default_na=False)
    text = _section_outputs(nb, "## The outcome's negation")
    for en, zh in D.negated_outcome_lines(read("negated_necessity.csv"), C.OUTCOME, p["untenable"], read("necessity.csv")):
        assert source_text(en, source) + "\n" + source_text(zh, source, "zh") + "\n" in text, zh
    if source == "reconstruction" and p["analysis"] == "esa":   # the notebook's analysis is the one recomputed here
        en, zh = K.model_groups_line(res, "intermediate")
        assert source_text(en, source) + "\n" + source_text(zh, source, "zh") + "\n" in \
            _section_outputs(nb, "## Configuration paths of every model")


def test_data_readme_says_how_to_read_an_empty_other_differences_back(recon):
    """comparative_pairs.csv writes a most-similar pair's `other_differences` as an empty cell; pandas' default
    reads it back as NaN, so `other_differences == ""` (how notebook 03 and qca.json pick the pairs that differ in
    the focal condition alone) finds no pair in the file, and data/README.md did not say how to read it. It now says:
    keep_default_na=False, which gives back the pairs focal_condition_pairs computed, the empty text included."""
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paper_a import robustness as R
    from analysis.paths import DATA_DERIVED, ROOT

    readme = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    said = 'pd.read_csv(path, encoding="utf-8", keep_default_na=False)'
    assert said in readme and "an empty `other_differences` is a pair that differs in the focal condition alone" in readme
    skip_unless_reconstruction("comparative_pairs.csv is compared with the reconstruction's pairs")
    res, _ = _esa_and_negated(recon)
    pairs = R.case_studies(res, "SER")["pairs"]
    assert (pairs["other_differences"] == "").any()   # the reconstruction has a most-similar pair
    path = DATA_DERIVED / "paperA" / "comparative_pairs.csv"
    as_said = pd.read_csv(path, encoding="utf-8", keep_default_na=False)
    assert as_said["other_differences"].tolist() == pairs["other_differences"].tolist()
    assert pd.read_csv(path, encoding="utf-8")["other_differences"].isna().any()   # why the README says so


def test_good_practices_solution_fit_is_read_with_the_permutation_benchmark():
    """good_practice said 'solution fit: met [independent]' (inclS 1.000 against its floor 0.75) while the checklist's
    limited-diversity item and both permutation-benchmark lines said that 100 % of the random assignments of the
    outcome fit as well, so inclS and covS carry no evidence: the engine's row does not know the benchmark, and a
    referee met 'met' with no pointer to it. checklist.fit_benchmark_lines now says the row's status beside the
    benchmark, computed (its share, its assignments, the verdict by RANDOM_FIT_LEVEL, the limited-diversity item's
    rule), in English and Chinese, and notebook 03 prints both after the report."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paper_a import checklist as L
    from analysis.paths import DATA_DERIVED, ROOT
    from analysis.qca.standards import GoodPracticeReport

    row = {"standard": "solution fit", "source": "s", "asks": "a", "has": "h", "status": "met", "evidence": "independent"}
    report = GoodPracticeReport("EFF", (row,))
    bench = {"assignments": 6435, "exact": True, "n_positive": 8, "share_fitting_as_well": 1.0}
    en, zh = L.fit_benchmark_lines(report, bench)
    assert en == ("solution fit: met (inclS against 0.75, a convention); see permutation benchmark: 100% of the 6,435 "
                  "possible assignments of 8 positive outcomes (EFF = 1) to the cases fit at least as well as the "
                  "observed outcome: inclS and covS carry no evidence here"), en
    assert zh == ("解的拟合度：符合（inclS 对照 0.75，一种惯例）；另见随机结果基准：将 8 个正结果（EFF = 1）分配给案例的全部可能的 6,435 "
                  "种方式中，100% 的拟合不低于观测结果：一致性与覆盖度在此不构成证据"), zh
    for share in (L.RANDOM_FIT_LEVEL, L.RANDOM_FIT_LEVEL - 0.01, 0.0):   # the verdict is the limited-diversity item's
        en, zh = L.fit_benchmark_lines(report, {**bench, "share_fitting_as_well": share, "exact": False})
        item = L._random_fit({**bench, "share_fitting_as_well": share, "exact": False})
        assert ("carry no evidence" in en) == ("carry no evidence" in item) == ("不构成证据" in zh), (share, en)
        assert "drawn assignments" in en and "随机抽取的" in zh
    en, zh = L.fit_benchmark_lines(GoodPracticeReport("EFF", ({**row, "status": "not met"},)),
                                   {**bench, "share_fitting_as_well": float("nan")})
    assert en.startswith("solution fit: not met (") and "no positive row" in en and "evidence" not in en, en
    assert zh.startswith("解的拟合度：不符合（") and "无可比较" in zh, zh
    assert L.fit_benchmark_lines(GoodPracticeReport("EFF", ({**row, "standard": "frequency threshold"},)), bench) == \
        ("", "")
    skip_unless_reconstruction("the reconstruction's good-practice report and permutation benchmark")
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv", encoding="utf-8").drop(columns="data_source")
    written = pd.read_csv(DATA_DERIVED / "paperA" / "permutation_benchmark.csv").iloc[0].to_dict()
    en, zh = L.fit_benchmark_lines(GoodPracticeReport("EFF", tuple(stored.to_dict("records"))), written)
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in executed["cells"] if c.get("id") == "good-practice-code")
    printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
    assert C.source_text(en, "reconstruction") + "\n" in printed, en
    assert C.source_text(zh, "reconstruction", "zh") + "\n" in printed, zh


@pytest.mark.parametrize("share", [1.0, 0.01, float("nan")])
def test_the_paper_says_the_permutation_benchmark_in_the_engines_sentence(share):
    """Notebook 03 printed '8 positive outcomes' (good_practice's fit row) and '8 good outcomes' (the paper's
    permutation line, its fit line and its closing line) for one count, each sentence built by its own code
    (checklist._benchmark_said, diagnostics.permutation_line(_zh)). The paper's lines now say the engine's sentence
    (standards.benchmark_sentence, the fit row's words; workshop.benchmark_sentence_zh its Chinese) with the outcome
    named after the count, '8 positive outcomes (EFF = 1)', in English and Chinese, and the executed notebook says no
    'good outcomes' / '良好结果' any more."""
    import json

    from _paperA_outputs import skip_unless_reconstruction
    from analysis.paper_a import checklist as L
    from analysis.paths import ROOT
    from analysis.qca.standards import GoodPracticeReport, _benchmark, _benchmark_text
    from analysis.workshop import engine_note_zh

    bench = {"assignments": 6435, "exact": True, "n_cases": 15, "n_positive": 8, "observed_rows": 13,
             "share_contradiction_free": 0.2, "observed_inclS": 1.0, "observed_covS": 0.75,
             "share_fitting_as_well": share}
    engine = _benchmark_text(_benchmark(bench))   # the fit row's words, as good_practice writes them
    engine_zh = engine_note_zh(f"conservative inclS 1.000, covS 0.750; {engine}")
    said = engine.split("(Braumoeller 2015): ", 1)[1].replace("8 positive outcomes", "8 positive outcomes (EFF = 1)")
    said_zh = engine_zh.split("（Braumoeller 2015）：", 1)[1].replace("8 个正结果", "8 个正结果（EFF = 1）")
    assert said != engine and said_zh != engine_zh and "EFF = 1" in said and "EFF = 1" in said_zh
    row = {"standard": "solution fit", "source": "s", "asks": "a", "has": engine, "status": "met",
           "evidence": "independent"}
    en, zh = L.fit_benchmark_lines(GoodPracticeReport("EFF", (row,)), bench)
    assert en.endswith("; see permutation benchmark: " + said) and zh.endswith("另见随机结果基准：" + said_zh), (en, zh)
    assert f"; {said}; 20% give a table" in D.permutation_line(bench, 64, None)
    assert f"；{said_zh}；20% 的分配" in D.permutation_line_zh(bench, 64)
    skip_unless_reconstruction("the reconstruction's notebook 03")
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in executed["cells"] for o in c.get("outputs", []))
    assert "8 positive outcomes (EFF = 1)" in printed and "8 个正结果（EFF = 1）" in printed
    assert "good outcomes" not in printed and "良好结果" not in printed


@pytest.mark.parametrize("share, skew_cut, said", [(0.7996, 0.8, "79.96%"), (0.8, 0.8, "80%"), (0.2004, 0.8, "20.04%"),
                                                   (0.733, 0.8, "73%"), (0.695, 0.7, "69.5%")])
def test_a_candidate_disjunctions_share_of_cases_is_not_rounded_onto_the_skew_bound(share, skew_cut, said):
    """Notebook 03's candidate line said '80% of cases in it' of a disjunction holding 79.96% of the cases: a reader
    of the skew screen (skew_cut 0.8) took it for a set at the bound. The share is said as the engine's skew notes
    say it against the cut the screen used (skew.skew_share_said), in English and Chinese alike."""
    row = {"outcome": "~EFF", "expression": "~SYS + ~SER", "kind": "disjunction", "inclN": 1.0, "RoN": 0.6,
           "covN": 0.636, "share_in_set": share, "levels": "macro", "dual": "SYS*SER", "dual_inclS": 1.0,
           "reading": "candidate"}
    [(en, zh)] = D.disjunction_candidate_lines(pd.DataFrame([row]), "~EFF", "RoN", 0.5, 0.8, skew_cut)
    assert f", {said} of cases in it," in en, en
    assert f"，{said} 的案例属于该集合，" in zh, zh


@pytest.mark.parametrize("n_cases, flips, said", [(150, [1, 0], "0.3%"), (150, [150, 149], "99.7%"),
                                                  (150, [0, 0], "0%"), (150, [150, 150], "100%"), (4, [2, 2], "50%")])
def test_the_calibration_margins_share_is_not_said_as_none_or_all_when_it_is_neither(n_cases, flips, said):
    """Notebook 02's margins line said '1 of 300 case-set memberships (0%) would flip if one indicator were coded
    differently': whole percents said none of what it counted as one (and '100%' of 299 of 300). The share is said
    by skew.share_said ('0%' only of none, '100%' only of all), in its Chinese line too (two sets of `n_cases`
    cases, `flips` of them one indicator from the threshold)."""
    margins = pd.DataFrame({"set": ["SYS", "EFF"], "n_one_from_threshold": flips})
    n = sum(flips)
    assert C.calibration_margins_text(margins, n_cases).startswith(
        f"{n} of {2 * n_cases} case-set memberships ({said}) would flip")
    assert f"集合隶属中的 {n} 个（{said}）；" in C.calibration_margins_text_zh(margins, n_cases)


def test_notebook_03s_robustness_and_typology_lines_say_their_counts_in_the_number_they_take():
    """Notebook 03 printed 'left out: 11 setting(s) that are the initial specification itself' and, of ~EFF's model
    (the reported solution has one), 'the same under every one of its 1 model(s)': each count now takes its noun's
    number, and one model is said as one (the executed notebook, reconstruction data)."""
    import json
    import re
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "executed" / "03_qca.ipynb")
                    .read_text(encoding="utf-8"))
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                   for o in c.get("outputs", []) if o.get("output_type") == "stream")
    left = re.search(r"left out: (\d+) (settings? that (?:is|are)) the initial specification itself", text)
    assert left and left.group(2) == ("setting that is" if left.group(1) == "1" else "settings that are"), left
    assert "model(s):" not in text.replace("model(s) of the reported solution:", "")
    assert re.search(r"the same under (?:its one model|every one of its \d+ models): ", text)
