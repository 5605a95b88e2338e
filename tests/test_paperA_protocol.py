"""Paper A: robust core / robustness fit over the test set, deviant cases, the reporting checklist."""
from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from analysis.paper_a import cases as C
from analysis.paper_a import checklist as L
from analysis.paper_a import claims as P
from analysis.paper_a import robustness as R
from analysis.paper_a.configurations import analyse_configurations
from analysis.qca import QCAInputError


def _frozen(value):
    """`value` as something to compare (a frame by its values, dtypes, columns and index; the rest by repr)."""
    if isinstance(value, pd.DataFrame):
        return ("frame", pd.util.hash_pandas_object(value, index=True).values.tobytes(), tuple(map(str, value.dtypes)),
                tuple(value.columns), tuple(value.index))
    return repr(value)


@pytest.fixture(scope="module", autouse=True)
def _each_specification_once():
    """The module's test sets share most of their specifications (the baseline in each, the same 15 case removals):
    110 runs of R.run_specification were 30 different ones. Each is run once here, and every caller gets its own deep
    copy of the result: the same (rec, analysis) as a run of its own, as run_specification is a pure function of its
    arguments (the pipeline is deterministic: `make` twice gives the same bytes)."""
    import copy

    cache: dict = {}
    run = R.run_specification

    def once(*args, **kwargs):
        key = (tuple(_frozen(a) for a in args), tuple((k, _frozen(v)) for k, v in sorted(kwargs.items())))
        if key not in cache:
            cache[key] = run(*args, **kwargs)
        return copy.deepcopy(cache[key])

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(R, "run_specification", once)
        yield


@pytest.fixture(scope="module")
def recon():
    cd = C.load_cases()
    return cd, C.calibrate_cases(cd, "crisp")


def test_protocol_on_a_test_set_that_changes_nothing_keeps_the_solution(recon):
    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 2, 2 / 3), incl_cuts=(0.8, 0.85), n_cuts=(1,),
                       case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    assert not settings["changes_table"].any()
    prot = R.protocol(settings, analyses, crisp)
    assert prot["test_set"] == ["incl_cut=0.85"]       # the others are the initial specification itself
    # every test solution equals the initial one: the robust core is the solution itself, fit ratios 1
    assert prot["fit"]["RF_cov"] == pytest.approx(1.0) and prot["fit"]["RF_SC_minTS"] == pytest.approx(1.0)
    assert (prot["memberships"]["core"] == prot["memberships"]["IS"]).all()


def test_protocol_names_the_sweeps_its_test_set_holds(recon):
    """Notebook 03 printed 'test set: N settings (sweeps: calibration, calibration_set, incl_cut, n_cut, fuzzy)' from
    the constant PROTOCOL_SWEEPS, whatever the test set held: on a memberships-form original (no indicator layer, so
    no calibration sweeps) it named two sweeps that were never run. protocol() now says which sweeps its test set
    holds, in the settings' order (a setting without a sufficient configuration is in it, with the empty solution)."""
    cd, crisp = recon
    specs = R.test_set(crisp, incl_cuts=(0.8, 0.9), n_cuts=(1,), case_removal=False)  # no shares: no calibration
    settings, analyses = R.run_test_set(specs, crisp)
    prot = R.protocol(settings, analyses, crisp)
    assert prot["sweeps"] == ["incl_cut"]   # n_cut = 1 is the baseline's
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 3,), incl_cuts=(0.9,), n_cuts=(2,),
                       case_removal=False)   # n_cut = 2: no positive row, no sufficient configuration
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    assert R.protocol(settings, analyses, crisp)["sweeps"] == ["calibration", "incl_cut", "n_cut"]


def test_a_setting_without_a_sufficient_configuration_counts_against_the_path_claims(recon):
    """At n_cut = 2 the reconstruction's truth table has no positive row. The ledger judges such an analysis (at the
    baseline) by its finding, the path claims A1-A3, A5, A6 false, but the robustness sweeps left the same finding in
    a setting unevaluated ('Settings without any solution ...; not counted'), so A3 read 'robust' though under n_cut = 2
    there is no path of either type, and the robust core was computed without that test. Which settings are plausible
    is decided by the declared test set (Oana & Schneider 2021), not by what they give: the setting now counts, named
    apart (no_solution, no_solution_breaks, the verdict's line), and its solution in the protocol is the empty set."""
    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(), incl_cuts=(0.9,), n_cuts=(2,), case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    row = settings.set_index("setting").loc["n_cut=2"]
    assert row["error"] == "" and "no sufficient configuration for EFF" in row["no_solution"]
    assert R.no_solution_settings(settings) == ["n_cut=2"]
    table = R.claim_robustness(settings).set_index("claim_id")
    for cid in ("A1", "A2", "A3", "A5"):   # true at baseline, false where there is no path
        assert table.loc[cid, "n_cut_holds"] == "0/1" and table.loc[cid, "verdict"] == "fragile"
        assert table.loc[cid, "no_solution_breaks"] == "n_cut=2"
    assert table.loc["A8", "n_cut_holds"] == "n/a"   # n_cut changes no set A8 reads
    text = R.robustness_verdict(table.reset_index(), R.sweep_power(settings), settings)
    assert ("Settings without a sufficient configuration (no truth-table row passes the cut-offs; counted as in the "
            "ledger, the path claims not holding there): n_cut=2; fragile only through them: A1, A2, A3, A5.") in text
    assert "无充分组态的设定（计入，路径论断在其中不成立）：n_cut=2" in text
    prot = R.protocol(settings, analyses, crisp)
    assert prot["no_solution_tests"] == ["n_cut=2"] and "n_cut=2" in prot["test_set"]
    assert (prot["memberships"]["n_cut=2"] == 0).all() and (prot["memberships"]["core"] == 0).all()
    assert prot["core_expression"] == "0" and prot["fit"]["RF_cov"] == 0.0
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next("".join(c["source"]) for c in nb["cells"] if "R.protocol(" in "".join(c["source"]))
    assert "PROTOCOL_SWEEPS" not in cell and "R.protocol_lines(prot, settings)" in cell   # its lines: prot's sweeps
    (test, test_zh), _ = R.protocol_lines(prot, settings)
    assert f"(sweeps: {', '.join(prot['sweeps'])})" in test and "（扫描：一致性阈值、频数阈值）" in test_zh


def test_the_esa_by_necessity_column_says_whether_it_follows_esas_necessity_rule(recon):
    """claims_by_analysis' esa_necessity blocks the remainders without SER, though by ESA's necessity rule
    (esa.ESA_NECESSITY_RULE, Schneider 2018) SER, consistent but of low relevance (RoN below notebook 03's cut),
    makes no remainder untenable: the table and the printed line called it 'a judgement' and nothing more. It is
    kept as a sensitivity analysis (it takes A5-A7's reading of 基础保障 as a necessity claim at its word), and its
    basis, computed by the rule from SER's necessity fit, now stands beside it (esa_necessity_basis): against the
    rule, with SER's fit and the reason, or by the rule when SER is consistent and relevant under the cut given."""
    from analysis.qca.esa import necessity_constrains

    cd, crisp = recon
    nec = P.necessity_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES)).set_index("condition")
    ser = nec.loc[P.FOCUS]
    verdict, why = necessity_constrains(ser["inclN"], ser["RoN"], P.NECESSITY_BENCHMARK, P.RELEVANCE_CUT,
                                        constant=bool(ser["constant"]))
    assert verdict is False and why == f"RoN below {P.RELEVANCE_CUT:g}"
    table = R.claims_by_analysis(crisp, shares=cd.shares())
    assert table.columns.tolist().index("esa_necessity_basis") == table.columns.tolist().index("esa_necessity") + 1
    (basis,) = set(table["esa_necessity_basis"])
    assert basis.startswith("a sensitivity analysis against ESA's necessity rule: SER is consistent with necessity "
                            f"(inclN {ser['inclN']:.3f}) but not relevant (RoN {ser['RoN']:.3f}; {why})"), basis
    assert basis == R.esa_necessity_basis(nec.reset_index(), "RoN", P.NECESSITY_BENCHMARK, P.RELEVANCE_CUT)
    # under a cut SER's RoN reaches, blocking the remainders without it follows the rule, and says so
    cut = float(np.floor(ser["RoN"] * 10) / 10)
    assert R.esa_necessity_basis(nec.reset_index(), "RoN", P.NECESSITY_BENCHMARK, cut).startswith(
        f"by ESA's necessity rule: SER is consistent with necessity (inclN {ser['inclN']:.3f}) and relevant (RoN "
        f"{ser['RoN']:.3f} >= {cut:g})")
    # by covN when that is the measure
    assert f"covN {ser['covN']:.3f}" in R.esa_necessity_basis(nec.reset_index(), "covN", P.NECESSITY_BENCHMARK, 0.5)


def test_the_checklist_calls_the_esa_blocking_a_condition_of_low_relevance_a_sensitivity_analysis(recon):
    """The checklist's ESA text said of SER's remainders 'the ESA blocking them is shown beside' as if that ESA were
    the rule's: SER is not relevant, so by ESA's necessity rule it makes no remainder untenable and the analysis
    shown beside goes against the rule. The text now says so for a condition not relevant (or constant), and only
    for one."""
    cd, crisp = recon
    nec = P.necessity_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES))
    against = ("the ESA blocking them is shown beside (claims_by_analysis.csv, esa_necessity) as a sensitivity "
               "analysis against ESA's necessity rule, by which SER makes no remainder untenable")
    text, _ = L.untenable_handling(nec, "RoN", "", 0, shown_blocked=("SER",))
    assert against in text, text
    relevant, _ = L.untenable_handling(nec.assign(relevant=True), "RoN", "", 0, shown_blocked=("SER",))
    assert "the ESA blocking them is shown beside (claims_by_analysis.csv, esa_necessity)" in relevant
    assert "against ESA's necessity rule" not in relevant


def test_untenable_remainders_reach_the_robustness_protocol_and_the_claims_by_analysis(recon):
    """Notebook 03's `untenable` parameter reached the reported analysis (the ledger) only: the robustness settings
    (baseline included) and the ESA column of the claims by analysis were run without it, so with
    `-p untenable ~SER` the ledger said A6 true and the robustness table 'A6: false at baseline'. Both now block the
    same remainders as the reported analysis; without `untenable` nothing changes."""
    cd, crisp = recon
    reported = analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), untenable="~SER")
    facts = P.analysis_facts(reported)
    a6 = next(s for s in P.CLAIMS if s.claim_id == "A6")
    assert P.evaluate(a6, facts)[1] is True
    settings, _ = R.run_test_set([], crisp, shares=cd.shares(), untenable="~SER")
    assert settings.loc[0, "models"] == " | ".join(reported.chart.model_fit["expression"])
    assert R.claim_robustness(settings).set_index("claim_id").loc["A6", "verdict"] != "false at baseline"
    by = R.claims_by_analysis(crisp, shares=cd.shares(), untenable="~SER").set_index("claim_id")
    assert by.loc["A6", "esa"] == "true" and by.loc["A6", "standard"] == "true"
    # another untenable expression: the esa_necessity column blocks it as well as the remainders without SER
    both = R.claims_by_analysis(crisp, shares=cd.shares(), untenable="SYS*~ORG").set_index("claim_id")
    alone = analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES), untenable="~SER + SYS*~ORG")
    assert both.loc["A1", "esa_necessity_computed"] == P.evaluate(P.CLAIMS[0], P.analysis_facts(alone))[0]
    # default: as before
    plain, _ = R.run_test_set([], crisp, shares=cd.shares())
    default = analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES))
    assert plain.loc[0, "models"] == " | ".join(default.chart.model_fit["expression"])
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = " ".join("\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code").split())
    for call in ("R.run_test_set(", "R.claims_by_analysis("):   # each call's arguments end within 400 characters
        start = code.index(call)
        assert "untenable=untenable" in code[start:start + 400], call


def test_protocol_with_a_disjoint_test_solution_has_an_empty_core(recon):
    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 3,), incl_cuts=(0.8,), n_cuts=(1,),
                       case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    by = settings.set_index("setting")
    assert by.loc["threshold ⅓ of indicators", "changes_table"]
    prot = R.protocol(settings, analyses, crisp)
    assert prot["fit"]["RF_cov"] < 1 and (prot["memberships"]["core"] <= prot["memberships"]["IS"]).all()


def test_protocol_gives_the_core_minimised_with_the_core_memberships(recon):
    """Paper A's protocol gave only the distributed core; it now gives its minimal form too (core_minimised, as the
    engine's robustness_protocol does; crisp sets: exact), and both have the core's memberships on the cases."""
    from analysis.qca.expressions import expression_membership

    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 2,), incl_cuts=(0.9,), n_cuts=(1,),
                       case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    prot = R.protocol(settings, analyses, crisp)
    assert prot["core_minimised"] not in ("", "0")
    assert len(prot["core_minimised"]) <= len(prot["core_expression"])
    data = crisp[list(C.CONDITION_NAMES)]
    for expr in (prot["core_expression"], prot["core_minimised"]):
        assert np.array_equal(expression_membership(data, expr), prot["memberships"]["core"].to_numpy())


def test_deviant_cases_typology(recon):
    _, crisp = recon
    res = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, analysis="standard")
    dev = R.deviant_cases(res)
    assert set(dev["type"]) <= {"typical", "deviant consistency", "deviant coverage", "individually irrelevant"}
    assert (dev["expression"] == res.chart.model_fit["expression"].iloc[0]).all()
    # a positive case no path covers is deviant coverage: the two positive cases of the contradictory row
    cov = dev[(dev["solution"] < 0.5) & (dev["outcome"] > 0.5)]
    assert (cov["type"] == "deviant coverage").all() and sorted(cov["case"]) == ["R01", "R02"]
    assert (dev.loc[(dev["solution"] > 0.5) & (dev["outcome"] > 0.5), "type"] == "typical").all()



def test_deviant_cases_for_coverage_with_their_row_and_the_cases_to_compare_them_with(recon):
    """Notebook 03 typed R01 and R02 as deviant for coverage and said no more: a referee asks how they are treated
    (Schneider & Rohlfing 2013; Oana, Schneider & Thomann 2021). deviant_coverage_cases gives each its truth table
    row, how the cut-offs coded it, whether it is contradictory, and the cases of that row out of the outcome (the
    same configuration, the other outcome: the comparison that looks for an omitted condition); the reading names
    them, with its evidence level, for the outcome and for its negation alike."""
    from analysis.paper_a.cases import source_text
    from analysis.qca import contradictions

    _, crisp = recon
    res = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, analysis="esa")
    frame = R.deviant_coverage_cases(res)
    assert list(frame.columns) == R.DEVIANT_COVERAGE_COLUMNS
    dev = R.deviant_cases(res)
    assert sorted(frame["case"]) == sorted(dev.loc[dev["type"] == "deviant coverage", "case"]) != []
    tt = res.reported.truth_table
    row_of = {case: int(r) for r, cases in zip(tt.rows.index, tt.case_lists) for case in cases}
    mixed = set(contradictions(tt)["row"].astype(int))
    y = crisp[C.OUTCOME]
    for r in frame.itertuples():
        assert r.row == row_of[r.case] and r.row_incl == tt.rows.at[r.row, "incl"] and r.row_OUT == tt.rows.at[r.row, "OUT"]
        assert r.contradictory == (r.row in mixed)
        out_of_y = sorted(c for c, rr in row_of.items() if rr == r.row and y[c] < 0.5)
        assert sorted(filter(None, r.irrelevant_in_row.split(", "))) == out_of_y
    line = source_text(R.deviant_coverage_reading(frame, C.OUTCOME, "reconstruction"), "reconstruction")
    subject, said = line.split(": ", 1)
    assert subject.endswith("(evidence by construction) (reconstruction)"), line
    for r in frame.itertuples():
        assert r.case in said and f"row {r.row}, incl {r.row_incl:.3f}, coded OUT = {r.row_OUT}" in said
        assert all(c in said for c in filter(None, r.irrelevant_in_row.split(", ")))
    assert R.deviant_coverage_reading(frame, C.OUTCOME, "original").split(": ", 1)[0].endswith(
        "(evidence the compendium's reading)")
    lone = frame.iloc[:1].assign(irrelevant_in_row="")
    alone = R.deviant_coverage_reading(lone, C.OUTCOME, "mixed")
    assert f"no case out of {C.OUTCOME} shares its configuration" in alone and "offers no comparison" in alone
    assert ": none" in R.deviant_coverage_reading(frame.iloc[:0], C.OUTCOME, "mixed")
    none = R.deviant_coverage_cases(type("NoSolution", (), {"no_solution": "no positive row"})())
    assert list(none.columns) == R.DEVIANT_COVERAGE_COLUMNS and not len(none)
    with pytest.raises(ValueError, match="data_source must be one of"):
        R.deviant_coverage_reading(frame, C.OUTCOME, "reconstructed")


def test_the_reading_of_the_deviant_cases_for_coverage_has_its_chinese_line(recon):
    """The reading of the deviant cases for coverage had no Chinese line where the reading of the paths without their
    contradictory assumptions has one (contradictory_paths_reading_zh); deviant_coverage_reading_zh states the same
    facts (the cases, their row and its coding, the cases to compare them with, or none, and the evidence level in
    the ledger's Chinese words), tagged with the data source after its subject."""
    from analysis.claims import EVIDENCE_LEVELS_ZH
    from analysis.paper_a.cases import evidence_on, source_tag, source_text

    _, crisp = recon
    frame = R.deviant_coverage_cases(analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, analysis="esa"))
    assert len(frame)
    for source in ("reconstruction", "original", "mixed"):
        raw = R.deviant_coverage_reading_zh(frame, C.OUTCOME, source)
        head, body = raw.split("：", 1)
        assert source_text(raw, source, "zh") == f"{head}{source_tag(source, 'zh')}：{body}"
        assert head.startswith(C.OUTCOME) and EVIDENCE_LEVELS_ZH[evidence_on(source, "compendium's reading")] in head
        for r in frame.itertuples():
            assert r.case in body and f"第 {r.row} 行，一致性 {r.row_incl:.3f}，编码为 OUT = {r.row_OUT}" in body
            assert all(c in body for c in filter(None, r.irrelevant_in_row.split(", ")))
            assert ("矛盾行" in body) == bool(r.contradictory)
    alone = R.deviant_coverage_reading_zh(frame.iloc[:1].assign(irrelevant_in_row=""), C.OUTCOME, "mixed")
    assert "无从与相反结果比较" in alone and "组态相同" not in alone
    assert "：无，" in R.deviant_coverage_reading_zh(frame.iloc[:0], C.OUTCOME, "mixed")
    with pytest.raises(ValueError, match="data_source must be one of"):
        R.deviant_coverage_reading_zh(frame, C.OUTCOME, "reconstructed")

def test_notebook_03_writes_the_deviant_coverage_cases_and_the_negations_paths_without_their_contradictory_assumptions(
        recon):
    """The two tables notebook 03 displayed were not written: deviant_coverage.csv holds deviant_coverage_cases of the
    reported analysis (the cases deviant_cases.csv types as deviant coverage) and negated_paths_without_csa.csv
    paths_without_contradictory_assumptions of ~EFF, the table whose lost paths the notebook reads (on the
    reconstruction, compared with the analysis run here)."""
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paper_a.configurations import CSA_BLOCKED_COLUMNS, lost_paths, paths_without_contradictory_assumptions
    from analysis.paper_a.diagnostics import negated_outcome
    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's deviant cases and ~EFF's re-run")
    out = DATA_DERIVED / "paperA"
    written = pd.read_csv(out / "deviant_coverage.csv", keep_default_na=False)
    assert list(written.columns) == R.DEVIANT_COVERAGE_COLUMNS + ["data_source"]
    typed = pd.read_csv(out / "deviant_cases.csv")
    assert sorted(written["case"]) == sorted(typed.loc[typed["type"] == "deviant coverage", "case"]) != []
    _, crisp = recon
    dir_exp = {c: 1 for c in C.CONDITION_NAMES}
    res = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, dir_exp=dir_exp, analysis="esa")
    _, neg = negated_outcome(crisp, C.OUTCOME, list(C.CONDITION_NAMES), dir_exp=dir_exp, analysis="esa")
    _assert_written_as_computed(written, R.deviant_coverage_cases(res))
    table = pd.read_csv(out / "negated_paths_without_csa.csv", keep_default_na=False)
    assert list(table.columns) == CSA_BLOCKED_COLUMNS + ["data_source"]
    assert lost_paths(table) == lost_paths(paths_without_contradictory_assumptions(neg, res)) != ()


def test_notebook_03_writes_the_negations_deviant_coverage_cases(recon):
    """~EFF's deviant cases for coverage were shown in notebook 03 and named in qca.json, with no CSV of their own,
    while EFF's are in deviant_coverage.csv. negated_deviant_coverage.csv holds deviant_coverage_cases of ~EFF's
    analysis (the columns of deviant_coverage.csv, labelled with the data source), the cases qca.json names for ~EFF
    (on the reconstruction R12, compared with the analysis run here)."""
    import json

    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paper_a.diagnostics import negated_outcome
    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's deviant case for coverage of ~EFF")
    out = DATA_DERIVED / "paperA"
    written = pd.read_csv(out / "negated_deviant_coverage.csv", keep_default_na=False, encoding="utf-8")
    assert list(written.columns) == R.DEVIANT_COVERAGE_COLUMNS + ["data_source"]
    assert set(written["data_source"]) == {"reconstruction"}
    _, crisp = recon
    dir_exp = {c: 1 for c in C.CONDITION_NAMES}
    res = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, dir_exp=dir_exp, analysis="esa")
    _, neg = negated_outcome(crisp, C.OUTCOME, list(C.CONDITION_NAMES), dir_exp=dir_exp, analysis="esa")
    _assert_written_as_computed(written, R.deviant_coverage_cases(neg), nonempty=True)
    named = json.loads((out / "qca.json").read_text(encoding="utf-8"))["deviant_coverage"]
    assert named[neg.outcome] == written["case"].tolist()
    assert set(written["case"]).isdisjoint(pd.read_csv(out / "deviant_coverage.csv")["case"])


def _written_as_computed(path, fresh: pd.DataFrame) -> bool:
    """Whether a written case table holds `fresh`: the same columns (and data_source, the reconstruction), numbers
    within float round-trip, every other column as text."""
    written = pd.read_csv(path, keep_default_na=False, encoding="utf-8")
    assert set(written["data_source"]) == {"reconstruction"}
    assert list(written.columns[:-1]) == list(fresh.columns) and len(written) == len(fresh), path
    fresh = fresh.reset_index(drop=True)
    for col in fresh.columns:
        if pd.api.types.is_float_dtype(fresh[col]):
            if not np.allclose(written[col].astype(float), fresh[col].astype(float)):
                return False
        elif not written[col].astype(str).equals(fresh[col].astype(str)):
            return False
    return True


def test_notebook_03_gives_the_negation_its_own_typical_cases_and_pairs(recon):
    """~EFF had its deviant cases for coverage and nothing else: no case typology, typical cases per path or pairs for
    comparative case studies, while EFF had all three (SetMethods' smmr). R.case_studies computes them for either
    outcome by EFF's rules (applied to EFF it gives notebook 03's deviant_cases.csv, typical_cases.csv and
    comparative_pairs.csv), notebook 03 writes ~EFF's as negated_*.csv and prints them, computed; on the reconstruction
    ~EFF's paths with ~SER give a pair differing in SER alone."""
    import json

    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paper_a.diagnostics import negated_outcome
    from analysis.paths import DATA_DERIVED, ROOT

    skip_unless_reconstruction("the reconstruction's case studies of EFF and ~EFF")
    _, crisp = recon
    dir_exp = {c: 1 for c in C.CONDITION_NAMES}
    res = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, dir_exp=dir_exp, analysis="esa")
    _, neg = negated_outcome(crisp, C.OUTCOME, list(C.CONDITION_NAMES), dir_exp=dir_exp, analysis="esa")
    out = DATA_DERIVED / "paperA"
    own = R.case_studies(res, "SER")   # EFF's, by the helper: what notebook 03 wrote for EFF by its own code
    for key, name in (("deviant", "deviant_cases.csv"), ("typical", "typical_cases.csv"),
                      ("pairs", "comparative_pairs.csv")):
        assert _written_as_computed(out / name, own[key]), name
    mine = R.case_studies(neg, "SER")
    for key, name in (("deviant", "negated_deviant_cases.csv"), ("typical", "negated_typical_cases.csv"),
                      ("pairs", "negated_comparative_pairs.csv")):
        assert len(mine[key]), name
        assert _written_as_computed(out / name, mine[key]), name
    assert set(mine["pairs"]["focal_conjunct"]) == {"~SER"} and mine["same_typology"] is True
    assert set(mine["typical"]["term"]) == set(neg.reported.models[0].terms)   # every path of ~EFF has a typical case
    lines = R.case_study_lines(mine, neg.outcome, "SER", "reconstruction")
    zh = R.case_study_line_zh(mine, neg.outcome, "SER", "reconstruction")
    closest = mine["pairs"][mine["pairs"]["focal_differs"] & (mine["pairs"]["other_differences"] == "")]
    assert len(closest) and all(f"{r.typical} / {r.irrelevant} ({r.term})" in lines[-1] for r in closest.itertuples())
    assert "none (no case in a path of the model is out of ~EFF)" in lines[2] and "一致性偏离案例：无" in zh
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in executed["cells"] if c["cell_type"] == "code"
                      for o in c.get("outputs", []) if o.get("output_type") == "stream")
    assert all(line in printed for line in lines + [zh]), printed


def test_case_studies_say_why_a_table_is_empty(recon):
    """Where ~EFF (or EFF) has no solution, no case to type or pair: case_studies gives the tables without rows, in
    their columns, and one line saying so; where no path holds the comparison condition, the pairs line says that,
    not 'none' alone."""
    from analysis.paper_a.diagnostics import negated_outcome

    _, crisp = recon
    dir_exp = {c: 1 for c in C.CONDITION_NAMES}
    empty = analyse_configurations(crisp, C.OUTCOME, C.CONDITION_NAMES, dir_exp=dir_exp, analysis="esa", n_cut=2,
                                   allow_empty=True)
    assert empty.no_solution
    tables = R.case_studies(empty, "SER")
    assert tables["same_typology"] is None and all(not len(tables[k]) for k in R.CASE_STUDY_TABLES)
    assert list(tables["pairs"].columns) == R.NO_SOLUTION_COLUMNS["pairs"]
    assert R.case_study_lines(tables, "EFF", "SER", "reconstruction") == [
        "case studies of EFF (reconstruction): no solution, so no typical or deviant case and no pair"]
    assert "无解" in R.case_study_line_zh(tables, "EFF", "SER", "reconstruction")
    _, neg = negated_outcome(crisp, C.OUTCOME, list(C.CONDITION_NAMES), dir_exp=dir_exp, analysis="esa")
    no_pairs = {**R.case_studies(neg, "SER"), "pairs": R.no_solution_tables()["pairs"]}
    assert ("none (no path of the model holds SER or ~SER)"
            in R.case_study_lines(no_pairs, "~EFF", "SER", "reconstruction")[-1])
    assert "没有含 SER 或 ~SER 的路径" in R.case_study_line_zh(no_pairs, "~EFF", "SER", "reconstruction")


def _assert_written_as_computed(written: pd.DataFrame, fresh: pd.DataFrame, nonempty: bool = False) -> None:
    """A written deviant-coverage CSV holds what deviant_coverage_cases computes: its columns as text, row_incl as
    numbers (within float round-trip); `nonempty`: the computed table has a row."""
    same = [c for c in R.DEVIANT_COVERAGE_COLUMNS if c != "row_incl"]
    assert not nonempty or len(fresh)
    assert written[same].astype(str).equals(fresh[same].astype(str))
    assert np.allclose(written["row_incl"].astype(float), fresh["row_incl"].astype(float))


def _evidence(**kw):
    base = dict(raw_shown=True, calibrated_shown=True, calibration_rule="rule", calibration_from_paper=False,
                necessity_before_sufficiency=True, necessity_has_relevance=True, skew_reported=True,
                truth_table_columns=("OUT", "n", "incl", "PRI", "cases"), n_observed_rows=13, n_configurations=64,
                n_contradictory_rows=1, contradictions_reported=True,
                solutions_shown=("conservative", "parsimonious", "intermediate"), dir_exp_stated=True,
                counterfactuals_shown=True, esa_done=True, n_csa=7, n_models=12, all_models_charted=True,
                pair_matched_core=True, robustness_sweeps_with_power=5, robustness_sweeps_total=5,
                robust_core_reported=True, deviant_cases_reported=True, software="engine 1.0",
                necessity_cases_reported=True, disjunctions_searched=("EFF", "~EFF"),
                contradictions_handling="row 32: coded negative",
                threshold_ranges_reported=True, negated_outcome_analysed=True, typology_same_in_all_models=True)
    return L.Evidence(**{**base, **kw})


def test_checklist_judges_what_it_is_given():
    full = L.reporting_checklist(_evidence()).set_index("item")
    assert set(full["status"]) <= set(L.STATUSES) and len(full) == 19
    assert full.loc["calibration justified", "status"] == "partly"       # the compendium's rule, not the paper's
    assert full.loc["limited diversity stated", "why"].startswith("13 observed configurations of 64")
    weak = L.reporting_checklist(_evidence(esa_done=False, all_models_charted=False, robustness_sweeps_with_power=3,
                                           truth_table_columns=("OUT", "n"), software="")).set_index("item")
    assert weak.loc["CSA / ESA", "status"] == "not met"
    assert weak.loc["model ambiguity", "status"] == "not met"
    assert weak.loc["robustness", "status"] == "partly"
    assert weak.loc["truth table with n, incl, PRI and cases", "status"] == "partly"
    assert weak.loc["software and version", "status"] == "not met"
    assert L.checklist_counts(full.reset_index()).endswith(
        "(of 19; evidence: independent 0, compendium's reading 8, by construction 11)")


def test_checklist_asks_for_what_a_referee_asks():
    """Not met unless the analysis shows it: the handling of contradictory rows, the cut-off ranges, the negated
    outcome, the cases behind a necessity test; a typology that differs between models makes case selection partly
    met; with no contradictory row there is nothing to handle."""
    full = L.reporting_checklist(_evidence()).set_index("item")
    for item in ("contradictory rows", "cut-offs justified (sensitivity ranges)", "outcome's negation analysed separately",
                 "necessity before sufficiency, with RoN", "deviant cases"):
        assert full.loc[item, "status"] == "met", item
    bare = L.reporting_checklist(_evidence(necessity_cases_reported=False, contradictions_handling="",
                                           threshold_ranges_reported=False, negated_outcome_analysed=False,
                                           typology_same_in_all_models=False)).set_index("item")
    assert bare.loc["contradictory rows", "status"] == "partly"
    assert "not stated" in bare.loc["contradictory rows", "why"]
    assert bare.loc["cut-offs justified (sensitivity ranges)", "status"] == "not met"
    assert bare.loc["outcome's negation analysed separately", "status"] == "not met"
    assert bare.loc["necessity before sufficiency, with RoN", "status"] == "partly"
    # necessary disjunctions (SUIN) not searched: partly, and said so
    no_suin = L.reporting_checklist(_evidence(disjunctions_searched=())).set_index("item")
    assert no_suin.loc["necessity before sufficiency, with RoN", "status"] == "partly"
    assert no_suin.loc["necessity before sufficiency, with RoN", "why"].endswith("necessary disjunctions (SUIN) not "
                                                                               "searched")
    assert full.loc["necessity before sufficiency, with RoN", "why"].endswith("searched for EFF, ~EFF")
    assert bare.loc["deviant cases", "status"] == "partly" and "differs between models" in bare.loc["deviant cases", "why"]
    clean = L.reporting_checklist(_evidence(n_contradictory_rows=0, contradictions_handling="")).set_index("item")
    assert clean.loc["contradictory rows", "status"] == "met"


def test_checklist_esa_item_asks_for_untenable_assumptions(recon):
    """ESA avoids contradictory *and* untenable assumptions (Schneider & Wagemann 2013): the checklist said 'CSA / ESA:
    met' from the CSAs alone and never said what happened to the remainders without SER, a condition consistent with
    necessity. It now states how untenable assumptions were handled and is 'partly' met when it is not stated, or
    when a condition consistent with necessity has its contradicting remainders used with no blocking analysis."""
    cd, crisp = recon
    nec = P.necessity_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES))
    text, open_ = L.untenable_handling(nec, "RoN", "", 0, shown_blocked=("SER",))
    assert open_ == ()
    assert text.startswith("no remainder declared impossible (parameter untenable empty)")
    assert ("remainders with ~SER kept in the reported analysis (SER consistent with necessity: inclN 1.000, RoN "
            "0.429, not relevant: RoN below the relevance cut); the ESA blocking them is shown beside") in text
    # 'constant' is the necessity table's column (the engine's: present in every case; renamed, see errors.renamed),
    # False for SER: the checklist once gave SER the constant sets' former name beside a table saying it is not
    # constant; it says so only of a constant set
    assert not nec.set_index("condition").loc["SER", "constant"] and "constant" not in text and "trivial" not in text
    const, _ = L.untenable_handling(nec.assign(constant=nec["condition"].eq("SER")), "RoN", "", 0, shown_blocked=("SER",))
    assert "RoN 0.429, constant: present in every case)" in const
    assert L.reporting_checklist(_evidence(untenable_handling=text)).set_index("item").loc["CSA / ESA", "status"] == "met"
    # not stated: partly, and the why says what is missing
    row = L.reporting_checklist(_evidence()).set_index("item").loc["CSA / ESA"]
    assert row["status"] == "partly" and "untenable assumptions: not addressed" in row["why"]
    # SER's remainders neither blocked nor shown blocked: unaddressed
    text, open_ = L.untenable_handling(nec, "RoN", "", 0)
    assert open_ == ("SER",) and "no analysis blocking them is shown" in text
    assert L.reporting_checklist(_evidence(untenable_handling=text, untenable_unaddressed=open_)).set_index(
        "item").loc["CSA / ESA", "status"] == "partly"
    # declared untenable: blocked
    text, open_ = L.untenable_handling(nec, "RoN", "~SER", 13)
    assert open_ == () and text.startswith("declared untenable: ~SER (13 remainders blocked)")
    assert "remainders with ~SER blocked (SER consistent with necessity" in text
    # no condition consistent with necessity
    text, open_ = L.untenable_handling(nec.assign(necessary=False), "RoN")
    assert open_ == () and "no condition is consistent with necessity" in text


def test_checklist_esa_item_names_the_observed_rows_the_declared_untenable_part_matches(recon):
    """esa(untenable=...) warns about observed rows inside the remainders declared impossible (ESA leaves them as
    they are, and a combination with cases is not impossible), and notebook 03 prints a note on them, but the
    reporting checklist's ESA row said only 'declared untenable: SYS*~ORG (n remainder(s) blocked)' and was 'met'. It
    now names those rows (or says none is inside), and is 'partly' met when there are any; notebook 03 passes them."""
    import json
    from pathlib import Path

    from analysis.paper_a import diagnostics as D
    from analysis.qca import truth_table

    cd, crisp = recon
    conds = list(C.CONDITION_NAMES)
    nec = P.necessity_table(crisp, C.OUTCOME, conds)
    tt = truth_table(crisp, C.OUTCOME, conds, incl_cut=0.8)
    seen = D.untenable_observed(tt, "~SER + SYS*~ORG", nec)
    text, open_ = L.untenable_handling(nec, "RoN", "~SER + SYS*~ORG", 20, observed=seen)
    assert ("declared untenable: ~SER + SYS*~ORG (20 remainders blocked); observed rows 34, 42, 47 inside the "
            "part declared impossible (SYS*~ORG) not blocked") in text, text
    row = L.reporting_checklist(_evidence(untenable_handling=text, untenable_unaddressed=open_,
                                          untenable_observed=tuple(seen[1]))).set_index("item").loc["CSA / ESA"]
    assert row["status"] == "partly" and "observed rows 34, 42, 47" in row["why"]
    # a declared part with no observed row: said, and met
    text, open_ = L.untenable_handling(nec, "RoN", "~SER + SYS*ORG*PRO*~SER", 1,
                                       observed=D.untenable_observed(tt, "~SER + SYS*ORG*PRO*~SER", nec))
    assert "no observed row inside the part declared impossible (SYS*ORG*PRO*~SER)" in text, text
    assert L.reporting_checklist(_evidence(untenable_handling=text, untenable_unaddressed=open_)).set_index(
        "item").loc["CSA / ESA", "status"] == "met"
    # only ~SER (SER consistent with necessity): no term declared impossible
    text, _ = L.untenable_handling(nec, "RoN", "~SER", 13, observed=D.untenable_observed(tt, "~SER", nec))
    assert "no term declared impossible (each term negates a condition consistent with necessity)" in text, text
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "observed=untenable_seen" in code and "untenable_observed=tuple(untenable_seen[1])" in code


def test_notebook_necessity_section_names_the_column_that_counts_as_necessary():
    """Notebook 03 said 'a condition counts as necessary only when inclN reaches the benchmark and it is relevant',
    above a table whose column `necessary` is True for SER (inclN 1, RoN 0.429, not relevant) and whose column of
    constant sets (now `constant`) is False for it, while the checklist gave SER that column's name: a reader took
    `necessary` for the verdict. The section now names the columns: `necessary_and_relevant` is the verdict,
    `necessary` the consistency alone, the constant-set column the engine's sets present in every case, `relevant`
    the cut."""
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = " ".join(next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                         and "".join(c["source"]).startswith("## Necessity")).split())
    assert "the column `necessary_and_relevant`; `necessary` marks the consistency alone" in text, text
    assert "`constant` the engine's sets present in every case" in text and "`necessary_and_relevant` 列" in text


def test_checklist_says_whether_the_fit_beats_random_outcomes():
    """Notebook 03 computes that 100% of the 6,435 assignments of 8 positive outcomes to the 15 cases fit at least as well
    as the observed outcome (the permutation benchmark: inclS and covS carry no evidence with nearly a row per case),
    but its reporting checklist, the summary a reader takes away, said only '13 observed configurations of 64'. The
    limited-diversity item now says what share of random outcomes fits as well, and that the fit then carries no
    evidence (at 5% or more); notebook 03 passes the benchmark."""
    import json
    from pathlib import Path

    bench = {"share_fitting_as_well": 1.0, "assignments": 6435, "n_positive": 8, "exact": True}
    row = L.reporting_checklist(_evidence(benchmark=bench, outcome="EFF")).set_index("item").loc["limited diversity stated"]
    assert ("13 observed configurations of 64 (51 logical remainders); permutation benchmark (Braumoeller 2015): 100% "
            "of the 6,435 possible assignments of 8 positive outcomes (EFF = 1) to the cases fit at least as well as the "
            "observed outcome: inclS and covS carry no evidence here") == row["why"], row["why"]
    low = L.reporting_checklist(_evidence(benchmark={**bench, "share_fitting_as_well": 0.01, "exact": False}))
    assert low.set_index("item").loc["limited diversity stated", "why"].endswith(
        "1% of the 6,435 drawn assignments of 8 positive outcomes to the cases fit at least as well as the observed "
        "outcome (below 5%: random outcomes seldom fit as well)"), low
    none = L.reporting_checklist(_evidence(benchmark={**bench, "share_fitting_as_well": float("nan")})).set_index("item")
    assert "no positive row" in none.loc["limited diversity stated", "why"]
    assert L.reporting_checklist(_evidence()).set_index("item").loc["limited diversity stated", "why"] == \
        "13 observed configurations of 64 (51 logical remainders)"
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "benchmark=benchmark, outcome=outcome," in code


@pytest.mark.parametrize("share", [1.0, 0.05, 0.0499, 0.01, float("nan")])
@pytest.mark.parametrize("exact, outcome", [(True, "EFF"), (False, "")])
def test_the_limited_diversity_item_says_the_benchmark_in_the_engines_sentence(share, exact, outcome):
    """The checklist's limited-diversity item received only the benchmark's share and worded it its own way ('100% of
    the random assignments of the outcome to the cases fit at least as well (permutation benchmark, Braumoeller
    2015)'), beside good_practice's fit row and the notebook's lines, which say the engine's one sentence ('100% of
    the 6,435 possible assignments of 8 positive outcomes (EFF = 1) ...'): two wordings of one number that could drift
    apart (the count, possible or drawn, the no-positive-row case). The item now takes the benchmark itself and says
    standards.benchmark_sentence's words, headed as the fit row heads them."""
    from analysis.qca import GoodPracticeReport
    from analysis.qca.standards import benchmark_sentence

    bench = {"share_fitting_as_well": share, "assignments": 2000, "n_positive": 6, "exact": exact}
    why = L.reporting_checklist(_evidence(benchmark=bench, outcome=outcome)).set_index("item").loc[
        "limited diversity stated", "why"]
    said = benchmark_sentence(bench, outcome or None)
    assert why == ("13 observed configurations of 64 (51 logical remainders); permutation benchmark (Braumoeller "
                   "2015): " + said), why
    row = {"standard": "solution fit", "source": "s", "asks": "a", "has": "h", "status": "met", "evidence": "independent"}
    if outcome:   # the same words as the checklist's fit line on the same benchmark
        assert L.fit_benchmark_lines(GoodPracticeReport(outcome, (row,)), bench)[0].endswith(said)


def test_checklist_robustness_item_says_what_the_robust_core_is():
    """The checklist's robustness item said 'robust core and robustness fit reported' while notebook 03's core is the
    empty set (n_cut=2 has no sufficient configuration, so no configuration is in every test solution; RF_cov 0): a
    reader took 'reported' for a robust result. The item now says what the core is, as notebook 03 prints it
    (robustness.core_text); notebook 03 passes it."""
    import json
    from pathlib import Path

    empty = "(empty: n_cut=2 has no sufficient configuration, so its solution, and with it the core, is the empty set)"
    row = L.reporting_checklist(_evidence(robust_core=empty)).set_index("item").loc["robustness"]
    assert row["why"].endswith(f"; robust core and robustness fit reported; robust core {empty}"), row["why"]
    core = L.reporting_checklist(_evidence(robust_core="SER*ORG")).set_index("item").loc["robustness", "why"]
    assert core.endswith("; robust core SER*ORG"), core
    assert L.reporting_checklist(_evidence()).set_index("item").loc["robustness", "why"].endswith(
        "robust core and robustness fit reported")
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "robust_core=R.core_text(prot)" in code


def test_notebook_summary_states_the_robustness_criterion_the_table_uses(recon):
    """Notebook 03's last line said the robust claims 'hold(s) in every setting that changes the truth table', but a
    claim is robust when it holds in every setting that changes what it rests on (ClaimSpec.rests_on): A9 rests on
    the cases (indicator shares), not the truth table, and counts case removals that leave the table as it was. The
    summary now names the criterion robustness_verdict() and the table use."""
    import json
    from pathlib import Path

    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 2,), incl_cuts=(0.8,), n_cuts=(1,))
    settings, _ = R.run_test_set(specs, crisp, shares=cd.shares())
    robust = R.claim_robustness(settings).set_index("claim_id")
    removals = settings[settings["sweep"] == "case_removal"]
    # A9 is judged robust on case removals, some of which leave the truth table unchanged
    assert robust.loc["A9", "verdict"] == "robust to case removal only" and not removals["changes_table"].all()
    assert robust.loc["A9", "case_removal_holds"] == f"{len(removals)}/{len(removals)}"
    assert "Hold in every setting that changes what they rest on" in R.robustness_verdict(robust.reset_index(),
                                                                                          R.sweep_power(settings))
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    last = "".join(nb["cells"][-1]["source"])
    assert "L.summary_lines(" in last   # the closing line, English and Chinese (checklist.summary_lines)
    table = pd.DataFrame({"status": ["met"]})
    practice = type("Report", (), {"counts": lambda self: {"met": 1}, "counts_text": lambda self: "met 1 (of 1 standards)",
                                   "rows": ({"status": "met"},)})()
    en, zh = L.summary_lines("reconstruction", "esa", "intermediate", robust.reset_index(), settings, table, practice)
    assert "robustness:" in en and "changes the truth table" not in en
    assert "setting that changes what it rests on" in en and "在改变其依据（真值表、所读集合或案例）的每个设定中成立" in zh


def test_claims_by_analysis_side_by_side(recon):
    cd, crisp = recon
    table = R.claims_by_analysis(crisp, shares=cd.shares()).set_index("claim_id")
    # the reconstruction was searched under the standard analysis: the path claims hold there
    assert (table.loc[["A1", "A2", "A3", "A5", "A6"], "standard"] == "true").all()
    # ESA: 8 models, each with four paths (model ambiguity: the count holds, the paths differ)
    assert table.loc["A1", "esa"] == "true" and table.loc["A1", "esa_computed"].startswith("4 in each of the 8 models")
    assert table["survives_esa"].tolist() == [
        "not testable" if "not testable" in (s, e) else str(s == "true" and e == "true").lower()
        for s, e in zip(table["standard"], table["esa"])]
    assert table.loc["A10", "survives_esa"] == "not testable"  # not testable is not false (it was False)
    with_level = P.with_evidence(table.reset_index(), "reconstruction")
    assert with_level.columns[:2].tolist() == ["claim_id", "evidence"] and set(with_level["evidence"]) == {"by construction"}
    assert P.with_evidence(table.reset_index(), "original").set_index("claim_id").loc["A6", "evidence"] == \
        "compendium's reading"
    # ESA that also blocks the remainders without SER (SER taken as necessary: inclN 1, though RoN speaks against
    # relevance) leaves 2 models instead of 8, and SER is then core in every path of both
    assert table.loc["A1", "esa_necessity_computed"].startswith("4 in each of the 2 models")
    assert table.loc["A6", "esa"] == "false" and table.loc["A6", "esa_necessity"] == "true"


def test_protocol_test_set_leaves_case_removal_out(recon):
    """The protocol's test set holds alternative specifications (calibration, consistency and frequency thresholds:
    Oana & Schneider 2021); dropping a case is a stress test reported beside it. It used to pool all 15 case
    removals into the robust core."""
    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 3,), incl_cuts=(0.9,), n_cuts=(1,))
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    prot = R.protocol(settings, analyses, crisp)
    assert prot["test_set"] == ["threshold ⅓ of indicators", "incl_cut=0.9"]
    assert prot["same_as_baseline"] == ["n_cut=1"]
    assert list(prot["memberships"].columns) == ["IS", *prot["test_set"], "core"]
    pooled = R.protocol(settings, analyses, crisp, sweeps=(*R.PROTOCOL_SWEEPS, "case_removal"))
    assert len(pooled["test_set"]) == 2 + sum(s.startswith("without ") for s in settings["setting"]
                                              [[a is not None for a in analyses]])
    with pytest.raises(QCAInputError, match="sweeps: unknown"):
        R.protocol(settings, analyses, crisp, sweeps=("case removal",))


def _code_cells(name):
    import nbformat
    from analysis.paths import ROOT
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_checklist_layout_facts_hold():
    """Notebook 03 hands the reporting checklist three facts of the notebooks' layout rather than computing them:
    notebook 02 displays the calibrated memberships, 03 tests necessity before it builds the truth table, and it
    prints the number of contradictory rows (the engine's contradictions()) in the truth table's cell."""
    cells02 = _code_cells("02_case_calibration.ipynb")
    assert any("display(C.source_label(crisp," in s for s in cells02) and any("display(C.source_label(fuzzy" in s
                                                                          for s in cells02)
    cells03 = _code_cells("03_qca.ipynb")
    first = lambda pat: next(i for i, s in enumerate(cells03) if pat in s)  # noqa: E731
    assert first("nec_table =") < first("tt = ")
    assert any("calibrated_shown=True" in s and "necessity_before_sufficiency=True" in s for s in cells03)
    table_cell = cells03[first("tt = ")]
    assert "contradictions(tt)" in table_cell and "D.truth_table_line(tt, 2 ** len(conditions), n_contra)" in table_cell
    assert any("contradictions_reported=True" in s for s in cells03)


def test_notebook_parameters_are_checked_all_at_once(notebook_03_parameters):
    """Notebook 03's parameter check (analysis/paper_a/parameters.py) names every bad value with what is allowed,
    and accepts the notebook's own defaults."""
    from analysis.paper_a import parameters as PA
    good = notebook_03_parameters
    PA.check_parameters(**good)
    with pytest.raises(PA.ParameterError) as exc:
        PA.check_parameters(**{**good, "incl_cut": 1.7, "comparison_condition": "XYZ", "robustness_n_cuts": [0]})
    msg = str(exc.value)
    assert "incl_cut must be a number in [0, 1], got 1.7" in msg
    assert "comparison_condition must be one of" in msg and "robustness_n_cuts" in msg
    # the engine's range for a consistency cut-off, [0, 1], not a stricter one of the notebook's own
    PA.check_parameters(**{**good, "incl_cut": 0, "robustness_incl_cuts": [0.0, 1.0], "necessity_benchmark": 0})
    # every share is checked (a misplaced comment once turned pri_cut's check off)
    for name in ("incl_cut", "pri_cut", "necessity_benchmark", "relevance_cut", "skew_cut"):
        for bad in (5, -1, "x", float("nan")):
            with pytest.raises(PA.ParameterError, match=f"{name} must be a number in"):
                PA.check_parameters(**{**good, name: bad})



def test_notebook_03_draws_its_chart_of_one_model_or_of_more_paths_by_its_model_and_max_paths(notebook_03_parameters):
    """A drop-in case matrix whose solution has many models gave a configuration chart the figure refuses (more than
    MAX_PATHS paths: 'draw one model (model='M1') or raise max_paths'), and notebook 03 had no parameter to do either.
    Its parameters cell now has model ('' every model) and max_paths (MAX_PATHS), checked with the others (a model
    written as a number or another name, a max_paths that is no whole number, each named); its figure cell passes
    them to the chart, qca.json records them and notebook 04 redraws the chart with the same."""
    import json

    from analysis.paper_a import parameters as PA
    from analysis.paths import ROOT
    from analysis.plots.configurations import MAX_PATHS

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    declared = {}
    exec("".join(next(c["source"] for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))), {},
         declared)
    assert declared["model"] == "" and declared["max_paths"] == MAX_PATHS
    good = {**notebook_03_parameters, "model": declared["model"], "max_paths": declared["max_paths"]}
    PA.check_parameters(**good)
    PA.check_parameters(**{**good, "model": "M12", "max_paths": 500})
    with pytest.raises(PA.ParameterError) as exc:
        PA.check_parameters(**{**good, "model": 2, "max_paths": "500"})
    msg = str(exc.value)
    assert "model must name one model of the configuration chart ('M1', 'M2', ...) or be '' for every model, " \
           "got 2: write 'M2'" in msg
    assert "max_paths must be a whole number of paths, 1 or more, got '500'" in msg
    for bad in ("G1", "m1", "M0", " M1", None):
        with pytest.raises(PA.ParameterError, match=r"^model must name one model of the configuration chart"):
            PA.check_parameters(**{**good, "model": bad})
    for bad in (0, 2.5, True, None):
        with pytest.raises(PA.ParameterError, match=r"^max_paths must be a whole number of paths, 1 or more"):
            PA.check_parameters(**{**good, "max_paths": bad})
    cells03, cells04 = _code_cells("03_qca.ipynb"), _code_cells("04_figures.ipynb")
    assert any("model=model, max_paths=max_paths" in s and "check_parameters(" in s for s in cells03)
    assert any("configuration_chart_groups(res.chart" in s   # the call may be broken between its arguments
               and "model=model or None, max_paths=max_paths" in " ".join(s.split()) for s in cells03)
    assert any('"model": model, "max_paths": max_paths' in s and "qca.json" in s for s in cells03)
    assert any("configuration_chart_groups(" in s and 'model=qca["parameters"]["model"] or None' in s
               and 'max_paths=qca["parameters"]["max_paths"]' in s for s in cells04)

def test_notebook_02_parameters_are_checked_all_at_once():
    """Notebook 02's parameter check (analysis/paper_a/parameters.py, once inline in the notebook) accepts the
    notebook's own defaults, read from its parameters cell, and names every bad value at once."""
    import json
    from analysis.paper_a import parameters as PA
    from analysis.paths import ROOT
    nb = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))
    good = {}
    exec("".join(next(c["source"] for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))), {}, good)
    PA.check_calibration_parameters(**good)
    with pytest.raises(PA.ParameterError) as exc:
        PA.check_calibration_parameters(**{**good, "case_file": "raw/x.csv", "crisp_threshold": 0, "lang": "fr"})
    msg = str(exc.value)
    assert "case_file must be a CSV file name in data/raw" in msg and "crisp_threshold must be a share" in msg
    assert "lang must be 'en' or 'zh'" in msg
    with pytest.raises(PA.ParameterError, match="e < c < i"):
        PA.check_calibration_parameters(**{**good, "fuzzy_anchors": {"e": 0.5, "c": 0.5, "i": 0.9}})
    # a bool is no share: the inline check took {e: False, c: 0.5, i: True} as the anchors 0, 0.5, 1
    for bad in ({"e": False, "c": 0.5, "i": True}, {"e": 0.1, "c": "0.5", "i": 0.9}, {"e": 0.1, "c": float("nan"), "i": 1}):
        with pytest.raises(PA.ParameterError, match="fuzzy_anchors must be shares in"):
            PA.check_calibration_parameters(**{**good, "fuzzy_anchors": bad})

def test_ledger_notes_say_what_the_reconstruction_search_enforced(recon):
    """On the reconstruction each claim's note says whether the search that made the data enforced it: agreement
    with an enforced claim is made, not found. What the search enforced holds under its (standard) analysis."""
    cd, crisp = recon
    notes = P.claims_ledger({"n_cases": 15}, "reconstruction").set_index("claim_id")["note"]
    assert "whose search enforced one intermediate model of exactly 4 terms" in notes["A1"]
    assert ("whose search did not enforce this claim; not testable on these data, so no test of the reconstruction "
            "either") in notes["A10"]
    assert "not its relevance (RoN)" in notes["A7"]
    table = R.claims_by_analysis(crisp, shares=cd.shares()).set_index("claim_id")
    fully_enforced = [s.claim_id for s in P.CLAIMS if s.searched and s.claim_id != "A7"]  # A7: inclN only
    assert fully_enforced == ["A1", "A2", "A3", "A5", "A6", "A8", "A9"]
    assert (table.loc[fully_enforced, "standard"] == "true").all()
    assert "whose search" not in " ".join(P.claims_ledger({"n_cases": 15}, "original")["note"])


def test_a_claim_not_testable_on_the_reconstruction_is_not_called_a_test_of_it(recon, monkeypatch):
    """A10 ('more effective with an integrated service system') is not testable on any data of the design: its
    ledger note said 'a test of the reconstruction, not of the paper' beside the verdict 'not testable'. A claim
    the data cannot test is no test of anything; a claim the search did not enforce and the data can test still
    is a test of the reconstruction."""
    cd, crisp = recon
    res = analyse_configurations(crisp.astype(float), C.OUTCOME, list(C.CONDITION_NAMES), incl_cut=0.8, n_cut=1,
                                 pri_cut=0.0, dir_exp={c: 1 for c in C.CONDITION_NAMES}, report="intermediate",
                                 analysis="esa")
    facts = P.analysis_facts(res)
    facts.update(P.indicator_facts(C.presence_table(crisp, cd.shares())))
    ledger = P.claims_ledger(facts, "reconstruction").set_index("claim_id")
    assert ledger.loc["A10", "agrees"] == "not testable"
    for cid, row in ledger.iterrows():
        if row["agrees"] == "not testable":
            assert "a test of the reconstruction, not of the paper" not in row["note"], (cid, row["note"])
    # the other wording stays for a testable claim the search did not enforce (A8 with its `searched` emptied)
    monkeypatch.setattr(P, "CLAIMS", tuple(dataclasses.replace(s, searched="") if s.claim_id == "A8" else s
                                           for s in P.CLAIMS))
    a8 = P.claims_ledger(facts, "reconstruction").set_index("claim_id").loc["A8"]
    assert a8["agrees"] == "true" and "(a test of the reconstruction, not of the paper)" in a8["note"]


def test_figure_titles_follow_the_figure_language():
    """With lang = 'zh' notebooks 02 and 03 drew Chinese labels under English titles ('Configurations for 良好医防融合效果,
    ESA intermediate'); their titles now come from cases.figure_title in the figure's language, with the data tag."""
    assert C.figure_title("truth_table", "reconstruction") == "Truth table (reconstruction)"
    assert (C.figure_title("configurations", "original", outcome="EFF", analysis="standard", solution="parsimonious")
            == "Configurations for EFF, standard parsimonious (original data)")
    zh = C.figure_title("configurations", "reconstruction", "zh", outcome=C.OUTCOME_ZH, solution="intermediate")
    assert zh == "良好医防融合效果的组态：ESA中间解（重建数据）"
    for figure in C.FIGURE_TITLES:
        title = C.figure_title(figure, "reconstruction", "zh", outcome=C.OUTCOME_ZH)
        assert "重建数据" in title and not any("a" <= ch <= "z" for ch in title.replace("ESA", "")), title
    for name in ("02_case_calibration.ipynb", "03_qca.ipynb"):
        code = "\n".join(_code_cells(name))
        assert "figure_title(" in code and 'title=f"' not in code, name


def test_notebook_04_redraws_paper_a_titles_from_figure_title():
    """Notebook 04 typed each Paper A title again and appended source_tag ('+ tag'): its Chinese variants then had
    other titles than the owners' ('解(M1)与结果, 案例类型' for 03's '解（M1）与结果的隶属度及案例类型', '…的组态（ESA）' for
    '…的组态：ESA中间解'), checked by nothing, as only the English redraws are compared byte for byte. Every Paper A
    figure's title, with its data tag, now comes from cases.figure_title, as in 02 and 03."""
    import re

    code = "\n".join(_code_cells("04_figures.ipynb"))
    drawn = set(re.findall(r'publish\("(paperA_\w+)"', code))
    assert drawn == {f"paperA_{k}" for k in C.FIGURE_TITLES}, drawn
    for figure in C.FIGURE_TITLES:
        assert f'figure_title("{figure}"' in code, figure
    assert "+ tag" not in code and "source_tag(" not in code


def test_settings_that_are_the_baseline_itself_are_no_alternative_specification(recon):
    """Every set of Paper A's codebook has three indicators, so a share is 0, ⅓, ⅔ or 1 and the crisp threshold ⅔
    selects the same cases as the baseline's ½: 'threshold ⅔', each 'X at threshold ⅔', the baseline's own incl_cut
    and n_cut are the initial specification itself (11 of the notebook's 24 protocol tests). They were counted in
    the sweeps' power (calibration 1/3 where the one alternative changes the table: 1/1) and put in the protocol's
    test set, each a single test agreeing perfectly with the initial solution (SC 1, RCC rank 1). They are now
    flagged (`same_as_baseline`), left out of the power's denominator and of the test set, and named."""
    cd, crisp = recon
    shares = cd.shares()
    assert (shares.loc[crisp.index] * 3).round(9).isin([0, 1, 2, 3]).all().all()     # three indicators a set
    assert C.crisp_memberships(shares.loc[crisp.index], threshold=2 / 3).equals(
        C.crisp_memberships(shares.loc[crisp.index], threshold=1 / 2))
    specs = R.test_set(crisp, shares=shares, thresholds=(1 / 3, 1 / 2, 2 / 3), incl_cuts=(0.8, 0.9), n_cuts=(1,),
                       case_removal=False, set_thresholds=(2 / 3,))
    settings, analyses = R.run_test_set(specs, crisp, shares=shares)
    same = settings.set_index("setting")["same_as_baseline"]
    assert not same["threshold ⅓ of indicators"] and not same["incl_cut=0.9"]
    base_like = ["threshold ½ of indicators", "threshold ⅔ of indicators",
                 *[f"{c} at threshold ⅔" for c in shares.columns], "incl_cut=0.8", "n_cut=1"]
    assert same[base_like].all() and int(same.iloc[1:].sum()) == len(base_like)
    power = R.sweep_power(settings).set_index("sweep")
    assert power.loc["calibration", ["settings", "same_as_baseline", "change_table"]].tolist() == [1, 2, 1]
    assert power.loc["calibration", "power"] == 1.0
    assert power.loc["incl_cut", ["settings", "same_as_baseline"]].tolist() == [1, 1]
    assert power.loc["calibration_set", "settings"] == 0 and not power.loc["calibration_set", "has_power"]
    assert power.loc["calibration_set", "verdict"].startswith("no alternative")
    prot = R.protocol(settings, analyses, crisp)
    assert prot["test_set"] == ["threshold ⅓ of indicators", "incl_cut=0.9"]
    assert prot["same_as_baseline"] == base_like
    assert list(prot["single"]["test"]) == prot["test_set"]
    # rob.singletest's table names each test's sweep and solution; the baseline's own table, unchanged by
    # incl_cut=0.9, gives the initial solution back (SC 1, RCC_rank 1), the recalibration another one
    single = prot["single"].set_index("test")
    assert single.columns.tolist() == ["sweep", "expression", "RCC_rank", "SC"]
    assert single["sweep"].tolist() == ["calibration", "incl_cut"]
    g1 = {str(s): " + ".join(r.chart.paths.loc[r.chart.paths["group"] == "G1", "term"])
          for s, r in zip(settings["setting"], analyses)}
    assert single["expression"].to_dict() == {t: g1[t] for t in prot["test_set"]}
    assert g1["incl_cut=0.9"] == g1[settings["setting"].iloc[0]]
    assert single.loc["incl_cut=0.9", ["RCC_rank", "SC"]].tolist() == [1, 1.0]
    assert single.loc["threshold ⅓ of indicators", "SC"] < 1
    only_base = [s for s in specs if s["setting"] in base_like]
    settings, analyses = R.run_test_set(only_base, crisp, shares=shares)
    # a setting without a sufficient configuration is in the test set (its solution empty), so the refusal says that
    # no setting could be analysed, not that none 'has a solution'
    with pytest.raises(QCAInputError, match="could be analysed other than the initial specification itself"):
        R.protocol(settings, analyses, crisp)


def test_notebook_03_counts_contradictory_rows_with_the_engines_definition():
    """Notebook 03 counts the contradictory rows it reports (the checklist's n_contradictory_rows) with the engine's
    contradictions() (cases on both sides of the outcome), not with a rule of its own: '0 < incl < 1' agrees on crisp
    data only; on fuzzy data a row of cases all in the outcome has incl < 1 whenever some Y < X."""
    import pandas as pd

    from analysis.qca import contradictions, truth_table

    fuzzy = pd.DataFrame({"A": [0.9, 0.8, 0.2], "Y": [0.7, 0.9, 0.1]}, index=["c1", "c2", "c3"])
    tt = truth_table(fuzzy, "Y", ["A"], incl_cut=0.8)
    own_rule = int(((tt.rows["incl"] > 0) & (tt.rows["incl"] < 1) & (tt.rows["n"] > 0)).sum())
    assert own_rule >= 1 and len(contradictions(tt)) == 0          # the two rules differ here
    cells = _code_cells("03_qca.ipynb")
    counting = [s for s in cells if "n_contra =" in s]
    assert len(counting) == 1
    assert "len(contra)" in counting[0] and "contra = contradictions(tt)" in counting[0]
    assert not any('tt.rows["incl"] < 1' in s for s in cells)


def test_checklist_judges_the_cut_offs_against_the_floor_notebook_03_states():
    """Notebook 03 tells the reader a reviewer asks for incl_cut at 0.75 or above (Schneider & Wagemann 2012;
    Greckhamer et al. 2018), and its robustness section that the test set holds plausible alternatives only (0.75
    and up). The checklist said 'cut-offs justified: met' whenever the sensitivity ranges were computed, so
    `make P_03_qca="-p incl_cut 0.6"` (or robustness_incl_cuts with 0.5) was still 'met' on both items. The
    checklist now reads the cut-offs themselves."""
    base = L.reporting_checklist(_evidence(incl_cut=0.8, robustness_incl_cuts=(0.75, 0.8, 1.0))).set_index("item")
    assert base.loc["cut-offs justified (sensitivity ranges)", "status"] == "met"
    assert base.loc["robustness", "status"] == "met"
    low = L.reporting_checklist(_evidence(incl_cut=0.6)).set_index("item")
    assert low.loc["cut-offs justified (sensitivity ranges)", "status"] == "partly"
    assert "incl_cut = 0.6 is below 0.75" in low.loc["cut-offs justified (sensitivity ranges)", "why"]
    wide = L.reporting_checklist(_evidence(incl_cut=0.8, robustness_incl_cuts=(0.5, 0.8, 0.9))).set_index("item")
    assert wide.loc["robustness", "status"] == "partly"
    assert "incl_cut 0.5 below 0.75" in wide.loc["robustness", "why"]
    code = "\n".join(_code_cells("03_qca.ipynb"))
    assert "incl_cut=incl_cut, robustness_incl_cuts=tuple(robustness_incl_cuts)" in code


def test_checklist_reads_the_test_sets_n_cuts_by_the_frequency_floor(recon):
    """Notebook 03's robustness section asks 'is n_cut = 2 plausible for 15 cases in 64 configurations?' and leaves the
    answer to the parameters; the checklist read the test set's incl_cuts against their floor but not its n_cuts
    against the frequency threshold's (good_practice's row: a cut should keep 80% of the cases in rows that count, a
    convention). On the reconstruction n_cut = 2 keeps the 3 cases of row 32 only (every other observed row holds one
    case: 3 of 15, 20%, the truth table shown above the ranges), and the robustness item did not say so. It now names
    such an n_cut as no plausible alternative, by the same floor (checklist.n_cut_retention)."""
    from analysis.qca import truth_table

    _, crisp = recon
    tt = truth_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES), incl_cut=0.8)
    kept = L.n_cut_retention(tt, [1, 2])
    assert kept == ((1, 15, 15), (2, 3, 15))   # row 32: R01, R02, R12; the other 12 rows one case each
    plausible = L.reporting_checklist(_evidence(robustness_n_cut_kept=kept[:1])).set_index("item")
    assert plausible.loc["robustness", "status"] == "met"
    assert "n_cut" not in plausible.loc["robustness", "why"]
    few = L.reporting_checklist(_evidence(robustness_n_cut_kept=kept)).set_index("item")
    assert few.loc["robustness", "status"] == "partly"
    assert ("the test set holds n_cut 2 (3 of 15 cases in rows that count), below the 80% (a convention: the figure "
            "was not found in the cited works' text) of the cases a frequency threshold should keep, not a plausible "
            "alternative") in few.loc["robustness", "why"], few.loc["robustness", "why"]
    at_floor = L.reporting_checklist(_evidence(robustness_n_cut_kept=((2, 12, 15),))).set_index("item")
    assert at_floor.loc["robustness", "status"] == "met"   # 80% itself is kept enough, as good_practice reads it
    code = "\n".join(_code_cells("03_qca.ipynb"))
    assert "robustness_n_cut_kept=L.n_cut_retention(tt, robustness_n_cuts)" in code


def test_good_practice_judges_paper_as_test_set_from_the_sweeps_it_is_given(recon):
    """Notebook 03 gave good_practice its sweeps' power table, which says no cut-off a sweep tried, so the robustness
    row never judged Paper A's test set: its n_cut = 2 (3 of the reconstruction's 15 cases in rows that count) passed
    as a plausible alternative there while the checklist called it none. sweep_power now writes each sweep's settings
    ('cut_offs': 'n_cut=2'), from which the row counts, on the reported truth table, the cases each n_cut keeps."""
    from analysis.qca import truth_table
    from analysis.qca.standards import _robustness_row

    _, crisp = recon
    tt = truth_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES), incl_cut=0.8)
    settings = pd.DataFrame({"sweep": ["baseline", "calibration", "incl_cut", "n_cut", "n_cut"],
                             "setting": ["baseline", "threshold ⅓ of indicators", "incl_cut=0.75", "n_cut=1", "n_cut=2"],
                             "changes_table": [False, True, True, False, True],
                             "same_as_baseline": [True, False, False, True, False]})
    power = R.sweep_power(settings)
    assert power.set_index("sweep")["cut_offs"].to_dict() == {
        "calibration": "threshold ⅓ of indicators", "incl_cut": "incl_cut=0.75", "n_cut": "n_cut=2"}
    row = _robustness_row(power, tt)
    assert "frequency cut keeping fewer than 80%" in row["has"] and "n_cut (n_cut 2: 3 of 15 cases)" in row["has"]
    assert row["status"] == "compendium's reading"
    plausible = _robustness_row(R.sweep_power(settings.iloc[:4]), tt)
    assert "frequency cut keeping" not in plausible["has"]
    code = "\n".join(_code_cells("03_qca.ipynb"))
    assert "robustness=power," in code and "R.sensitivities(" in code   # n_cut + 1 among the settings run apart


def test_notebook_03_answers_its_question_on_n_cut_2_by_the_frequency_floor():
    """Notebook 03's robustness section asked '(is `n_cut = 2` plausible for 15 cases in 64 configurations?)' and left
    it unanswered, its parameter `robustness_n_cuts = [1, 2]` without a word, while the robust core it prints is empty
    through n_cut = 2 alone. The text now gives the rule the checklist applies (fewer than 80% of the cases in rows
    that count, a convention: no plausible alternative) and the parameter's comment says so."""
    import nbformat

    from analysis.paths import ROOT

    nb = nbformat.read(ROOT / "notebooks" / "03_qca.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "plausible for 15 cases in 64 configurations?" not in text
    assert "checklist.n_cut_retention" in text and "fewer than 80%" in text
    line = next(x for c in _code_cells("03_qca.ipynb") for x in c.splitlines() if x.startswith("robustness_n_cuts ="))
    assert "80%" in line and "convention" in line, line


def test_the_checklist_floor_is_the_engine_floor_and_reads_as_a_convention_not_a_sourced_rule():
    """The checklist kept its own 0.75 (INCL_CUT_FLOOR), 'the lowest consistency threshold a reviewer accepts
    (Schneider & Wagemann 2012; Greckhamer et al. 2018)', and called a cut below it 'not a plausible alternative (Oana
    & Schneider 2021)'; notebook 03's parameter said '0.75 and up; Oana & Schneider 2021'. The figure was not found in
    any of those works' text (analysis.qca.standards.FLOORS): it is the engine's INCL_FLOOR, a convention, and every
    text that applies it says so; Oana & Schneider 2021 is cited for plausible alternatives only."""
    from analysis.qca import standards

    assert L.INCL_CUT_FLOOR is standards.INCL_FLOOR
    low = L.reporting_checklist(_evidence(incl_cut=0.6)).set_index("item")
    assert "incl_cut = 0.6 is below 0.75 (a convention: the figure was not found in the cited works' text)" in \
        low.loc["cut-offs justified (sensitivity ranges)", "why"]
    assert "reviewer accepts" not in low.loc["cut-offs justified (sensitivity ranges)", "why"]
    wide = L.reporting_checklist(_evidence(incl_cut=0.8, robustness_incl_cuts=(0.5, 0.8, 0.9))).set_index("item")
    assert ("incl_cut 0.5 below 0.75 (a convention: the figure was not found in the cited works' text), not a "
            "plausible alternative") in wide.loc["robustness", "why"]
    assert "(Oana & Schneider 2021)" not in wide.loc["robustness", "why"]
    line = next(x for c in _code_cells("03_qca.ipynb") for x in c.splitlines() if x.startswith("robustness_incl_cuts ="))
    assert "Oana & Schneider 2021" in line and "convention" in line and "0.75 and up; Oana" not in line


def test_settings_left_out_of_the_test_set_are_listed_unambiguously(recon):
    """Setting names hold commas ('fuzzy variant, incl_cut=0.8'), so notebook 03's list of the settings left out of
    the protocol's test set, joined with ', ', read on a crisp memberships file as '3 setting(s) ... (incl_cut=0.8,
    n_cut=1, fuzzy variant, incl_cut=0.8)': four items for three settings, incl_cut=0.8 twice. Joined with '; '."""
    cd, crisp = recon
    specs = R.test_set(crisp, fuzzy=crisp, incl_cuts=(0.8,), n_cuts=(1,), case_removal=False)
    assert any("," in s["setting"] for s in specs)    # why ', ' cannot separate them
    code = "\n".join(_code_cells("03_qca.ipynb"))
    assert "R.protocol_lines(prot, settings)" in code   # the notebook's lines on the test set
    settings, analyses = R.run_test_set(R.test_set(crisp, fuzzy=crisp, incl_cuts=(0.8, 0.9), n_cuts=(1,),
                                                   case_removal=False), crisp)
    prot = R.protocol(settings, analyses, crisp)
    assert any("," in s for s in prot["same_as_baseline"]), prot["same_as_baseline"]
    (test, test_zh), _ = R.protocol_lines(prot, settings)
    assert f"itself ({'; '.join(prot['same_as_baseline'])})" in test, test
    assert f"（{'；'.join(map(R.setting_zh, prot['same_as_baseline']))}）" in test_zh, test_zh   # named in Chinese


def test_a_setting_the_engine_refuses_is_named_not_silently_left_out(recon):
    """At incl_cut = 0 every observed row passes, which the engine refuses (no finding about sufficiency). protocol()
    left such a setting out of the test set without a word (only the settings table's `error` had it), while the
    engine's robustness_protocol names such a test in its error. It is now named in 'refused_tests', and notebook 03
    prints it with the settings left out; a test set of refused settings only says which in its error."""
    cd, crisp = recon
    specs = R.test_set(crisp, incl_cuts=(0.0, 0.9), n_cuts=(1,), case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp)
    assert settings.set_index("setting").loc["incl_cut=0", "error"] != ""
    prot = R.protocol(settings, analyses, crisp)
    assert prot["refused_tests"] == ["incl_cut=0"] and "incl_cut=0" not in prot["test_set"]
    assert prot["test_set"] == ["incl_cut=0.9"] and prot["no_solution_tests"] == []
    specs = R.test_set(crisp, incl_cuts=(0.0,), n_cuts=(1,), case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp)
    with pytest.raises(QCAInputError, match="the engine refused incl_cut=0: no robustness protocol"):
        R.protocol(settings, analyses, crisp)
    assert R.no_solution_protocol("none")["refused_tests"] == []
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    cell = next("".join(c["source"]) for c in nb["cells"] if "R.protocol(" in "".join(c["source"]))
    assert "R.protocol_lines(prot, settings)" in cell
    specs = R.test_set(crisp, incl_cuts=(0.0, 0.9), n_cuts=(1,), case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp)
    (test, test_zh), _ = R.protocol_lines(R.protocol(settings, analyses, crisp), settings)
    assert "1 refused by the engine, no finding about sufficiency (incl_cut=0)" in test, test
    assert "被引擎拒绝、不构成关于充分性的结果的设定 1 个（incl_cut=0）" in test_zh, test_zh


def test_qca_json_never_writes_the_empty_robust_core_as_the_string_0():
    """qca.json wrote an empty robust core as "0" (the engine's Boolean notation for the empty set), which a reader of
    the JSON may take for a number or a count. The robust core is now written by core_json(): its expression, or
    null with robust_core_empty true and a note saying the core is the empty set; null with robust_core_empty null
    (and the reason) where no protocol was run; never "0" or "". The committed qca.json follows it."""
    import json

    from analysis.paths import ROOT

    empty = R.core_json({"core_expression": "0", "core_minimised": "0"})
    assert empty["robust_core"] is None and empty["robust_core_minimised"] is None
    assert empty["robust_core_empty"] is True and "empty set" in empty["robust_core_note"]
    full = R.core_json({"core_expression": "SYS*SER + ORG*SER", "core_minimised": "SER*SYS + ORG*SER"})
    assert full["robust_core"] == "SYS*SER + ORG*SER" and full["robust_core_empty"] is False
    assert full["robust_core_minimised"] == "SER*SYS + ORG*SER" and full["robust_core_note"] == ""
    none = R.core_json(R.no_solution_protocol("no configuration passes incl_cut"))
    assert none["robust_core"] is None and none["robust_core_empty"] is None
    assert "no configuration passes incl_cut" in none["robust_core_note"]
    unproved = R.core_json({"core_expression": "A*B", "core_minimised": ""})
    assert unproved["robust_core"] == "A*B" and unproved["robust_core_minimised"] is None
    assert "minimised form" in unproved["robust_core_note"]
    qca = json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))
    for key in ("robust_core", "robust_core_minimised"):
        assert qca[key] not in ("0", ""), (key, qca[key])
    assert isinstance(qca["robust_core_empty"], bool)   # a note when empty (the default test set's core is not)
    assert bool(qca["robust_core_note"]) if qca["robust_core_empty"] else qca["robust_core"]


def test_case_file_parameter_says_what_to_write(tmp_path):
    """A holder's -p case_file as typed: a path (data/raw/paperA_cases.csv), the workbook (paperA_cases.xlsx), a name
    with a typo. The first two were 'must be a CSV file name in data/raw (no folders)', without the name to write; the
    typo passed the check and stopped at load ('file not found'), naming no file there."""
    from analysis.paper_a import parameters as PA

    for name in ("paperA_cases.csv", "paperA_cases_reconstruction.csv", "paperA_codebook.csv"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    problem = PA._raw_file_problem
    assert problem("case_file", "paperA_cases.csv", tmp_path) is None
    assert problem("case_file", "data/raw/paperA_cases.csv", tmp_path).endswith(
        "got 'data/raw/paperA_cases.csv': write its name alone, -p case_file paperA_cases.csv, with the file in data/raw")
    assert problem("case_file", "paperA_cases.numbers", tmp_path).endswith(
        "a workbook; in Excel save it with 'Save As' > 'CSV UTF-8 (comma delimited)' as data/raw/paperA_cases.csv and "
        "pass -p case_file paperA_cases.csv (or as an Excel workbook, .xlsx, which is read as it is)")
    # an .xls workbook is read as it is (analysis.paper_a.case_workbook): one not there is named missing
    assert problem("case_file", "paperA_cases.xls", tmp_path).startswith(
        "case_file 'paperA_cases.xls': no such file in data/raw")
    assert problem("case_file", "paperA_case.csv", tmp_path) == (
        "case_file 'paperA_case.csv': no such file in data/raw (the nearest there: paperA_cases.csv, "
        "paperA_codebook.csv, paperA_cases_reconstruction.csv)")
    assert problem("case_file", "mydata.csv", tmp_path) == (
        "case_file 'mydata.csv': no such file in data/raw (it holds 3 CSV files and workbooks: paperA_cases.csv, "
        "paperA_cases_reconstruction.csv, paperA_codebook.csv)")
    # notebook 02's check names it with the other parameters' problems, before anything is read
    with pytest.raises(PA.ParameterError, match="case_file 'paperA_case_typo.csv': no such file in data/raw"):
        PA.check_calibration_parameters(case_file="paperA_case_typo.csv", codebook_file="paperA_codebook.csv",
                                        crisp_threshold=0.5, fuzzy_anchors={"e": 0.1, "c": 0.5, "i": 0.9}, lang="en")


def test_the_printed_robust_core_says_why_it_is_empty_or_not_written():
    """Notebook 03 printed '(empty: the test solutions share no configuration; n_cut=2 has none)' for the robust core:
    with a test without a sufficient configuration the core is empty by that test alone, so 'share no configuration'
    said something of the other tests the protocol did not find; and a core whose distributed form exceeds the
    expansion limit (core_expression '') was printed as empty too, though it is not. core_text() now says each."""
    assert R.core_text({"core_expression": "SYS*SER", "no_solution_tests": []}) == "SYS*SER"
    assert R.core_text({"core_expression": "0", "no_solution_tests": []}) == (
        "(empty: no configuration is in the initial solution and in every test solution)")
    one = R.core_text({"core_expression": "0", "no_solution_tests": ["n_cut=2"]})
    assert one == "(empty: n_cut=2 has no sufficient configuration, so its solution, and with it the core, is the empty set)"
    assert "share no configuration" not in one
    big = R.core_text({"core_expression": "", "no_solution_tests": []})
    assert big.startswith("(not written out: its distributed form exceeds the expansion limit") and "empty" not in big
    import nbformat

    from analysis.paths import ROOT
    cell = next(c.source for c in nbformat.read(ROOT / "notebooks" / "03_qca.ipynb", as_version=4).cells
                if 'say("robust core:"' in c.source)
    assert 'R.core_text(prot)' in cell and "share no configuration" not in cell


def test_the_protocol_says_which_models_it_takes_and_can_take_every_one(recon):
    """The reconstruction's baseline has 12 model groups and most settings several models, yet the robust core and
    the robustness fit took the first group of each without a word (a comment of notebook 03's code said 'M1'). The
    protocol now names the solutions with several models ('model_ambiguity') and the rule ('test_models'), and
    test_models='all' makes every model of a setting a test solution of its own, as the engine's protocol does."""
    cd, crisp = recon
    specs = R.test_set(crisp, shares=cd.shares(), thresholds=(1 / 3,), incl_cuts=(0.9,), n_cuts=(2,),
                       case_removal=False)   # the test set of test_protocol_names_the_sweeps_its_test_set_holds
    settings, analyses = R.run_test_set(specs, crisp, shares=cd.shares())
    same = R.protocol(settings, analyses, crisp)
    every = R.protocol(settings, analyses, crisp, test_models="all")
    assert same["test_models"] == "same" and every["test_models"] == "all"
    assert "IS" in same["model_ambiguity"] and "incl_cut=0.9" in same["model_ambiguity"]
    res = analyses[list(settings["setting"]).index("incl_cut=0.9")]
    n = len(res.reported.models)
    assert n > 1 and [t for t in every["test_set"] if t.startswith("incl_cut=0.9")] == [
        f"incl_cut=0.9 M{i}" for i in range(1, n + 1)]
    mem = every["memberships"]
    assert (mem["core"] == mem[[c for c in mem.columns if c != "core"]].min(axis=1)).all()
    with pytest.raises(QCAInputError, match="test_models must be 'same'"):
        R.protocol(settings, analyses, crisp, test_models="first")
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(c["source"]) for c in nb["cells"])
    assert "R.protocol_lines(prot, settings)" in text and 'test_models="all"' in text and '"robustness_models"' in text
    _, (models, models_zh) = R.protocol_lines(same, settings)
    assert models.endswith(f"with several models: {'; '.join(same['model_ambiguity'])}")
    assert models_zh.endswith(f"有多个模型的解：{'；'.join(map(R.setting_zh, same['model_ambiguity']))}")


def test_checklist_esa_item_says_when_the_esa_solutions_meet_on_other_remainders():
    """The ESA item said '7 contradictory simplifying assumption(s) found and blocked' and nothing of the ESA's own
    parsimonious solutions: minimised again without those 7, the solutions of EFF and of ~EFF share 22 other
    remainders on the reconstruction (new contradictory simplifying assumptions), in the parsimonious models the
    chart's core conditions come from. The item now counts them and is 'partly' met when there are any."""
    import re
    from types import SimpleNamespace

    from analysis.paper_a import diagnostics as D
    from analysis.paths import DATA_DERIVED
    from analysis.qca import contradictory_assumptions, minimize, truth_table

    df = pd.DataFrame({"A": [1, 0], "B": [1, 0], "Y": [1, 0]}, index=["c0", "c1"])
    pars = {o: minimize(truth_table(df, o, "A, B"), include="?") for o in ("Y", "~Y")}
    res, neg = (SimpleNamespace(no_solution="", enhanced={"parsimonious": pars[o]}) for o in ("Y", "~Y"))
    again = D.csa_after_esa(res, neg)
    assert again == tuple(contradictory_assumptions(pars["Y"], pars["~Y"])) and again
    assert D.csa_after_esa(res, SimpleNamespace(no_solution="none", enhanced={})) == ()
    assert D.csa_after_esa(SimpleNamespace(no_solution="none", enhanced={}), neg) is None
    done = "the ESA blocking them is shown beside"
    row = L.reporting_checklist(_evidence(untenable_handling=done, csa_after_esa=again)).set_index("item").loc["CSA / ESA"]
    assert row["status"] == "partly"
    assert f"share {len(again)} other remainders (rows {', '.join(map(str, again))})" in row["why"]
    assert "to remove them: block them too, for the outcome and its negation, and minimise again" in row["why"]
    clean = L.reporting_checklist(_evidence(untenable_handling=done, csa_after_esa=())).set_index("item").loc["CSA / ESA"]
    assert clean["status"] == "met" and "share no remainder" in clean["why"]
    # notebook 03's checklist and the engine's good-practice report count the same remainders on the reconstruction
    from _paperA_outputs import skip_unless_reconstruction

    skip_unless_reconstruction("the remainders the reconstruction's checklist counts")
    written = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item").loc["CSA / ESA", "why"]
    practice = pd.read_csv(DATA_DERIVED / "paperA" / "good_practice.csv").set_index("standard")
    has = practice.loc["untenable and contradictory assumptions (ESA)", "has"]
    n = re.search(r"parsimonious solutions of the outcome and of its negation share (\d+) remainder", has).group(1)
    assert f"share {n} other remainders" in written


def test_notebook_03_and_esa_say_esa_is_applied_once_and_where_what_remains_is_counted():
    """Notebook 03's ESA section said ESA blocks the contradictory simplifying assumptions and minimises again, and
    the engine's esa() docstring the same, with no word that the solutions minimised without them can meet on other
    remainders (22 on the reconstruction, counted in the checklist and good_practice.csv only). Both now say ESA is
    applied once, as SetMethods' esa(), and where what remains is counted and how to remove it."""
    import json

    from analysis.paths import ROOT
    from analysis.qca import esa

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    section = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                   and "".join(c["source"]).startswith("## Standard analysis and ESA"))
    assert "ESA is applied once, as SetMethods' `esa()` blocks the rows it is given" in section
    assert "`good_practice.csv` says what blocking them too gives" in section and "只执行一次" in section
    assert "Applied once, as SetMethods' esa() blocks the rows it is" in " ".join(esa.__doc__.split())


def test_notebook_03_says_the_good_practice_figures_are_conventions():
    """Notebook 03 introduced the standards of good practice as what the cited works ask, figures included; none of
    the figures was found in those works' text (analysis.qca.standards.FLOORS), as each row of good_practice.csv now
    says: the section says so too, in English and Chinese."""
    import json

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    section = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                   and "".join(c["source"]).startswith("### Standards of good practice"))
    assert "are conventions: none was found in the cited works' text (`analysis.qca.standards.FLOORS`)" in section
    assert "均为惯例，未见于所引文献原文" in section


def test_checklist_rows_from_the_cases_say_when_the_cases_are_reconstructed():
    """The checklist's row 'raw and calibrated data shown' said 'raw indicators and calibrated memberships are
    displayed in notebook 02', 'met', with not a word that the indicators are the compendium's reconstruction (only
    checklist.csv's data_source column said it, and a row quoted out of the table loses it); the rows whose facts come
    from the cases (limited diversity, contradictory rows, CSA / ESA, model ambiguity, robustness, deviant cases) the
    same. Each now says so in its own words for a reconstructed or mixed case file, and nothing for the original."""
    from analysis.paths import DATA_DERIVED

    recon = L.reporting_checklist(_evidence(data_source="reconstruction")).set_index("item")
    assert recon.loc["raw and calibrated data shown", "why"].startswith(
        "raw indicators (the compendium's reconstruction of the cases, not the paper's data) and calibrated memberships")
    for item in L.FROM_CASES[1:]:
        assert "data: the compendium's reconstruction of the cases, not the paper's data" in recon.loc[item, "why"], item
    assert "reconstruct" not in recon.loc["software and version", "why"]
    mixed = L.reporting_checklist(_evidence(data_source="mixed")).set_index("item")
    assert "data: a file mixing reconstructed and original cases" in mixed.loc["CSA / ESA", "why"]
    original = L.reporting_checklist(_evidence(data_source="original"))
    assert not original["why"].str.contains("reconstruct").any()
    with pytest.raises(ValueError, match="data_source must be one of reconstruction, original, mixed"):
        L.reporting_checklist(_evidence(data_source="reconstructed"))
    written = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item")
    assert written.loc["raw and calibrated data shown", "data_source"] == "reconstruction"
    assert "the compendium's reconstruction of the cases, not the paper's data" in written.loc["raw and calibrated data shown",
                                                                                              "why"]


@pytest.mark.parametrize("data_source", C.DATA_SOURCES)
def test_one_wording_names_the_data_source_in_prints_titles_tables_warning_and_checklist(data_source):
    """Paper A's results named their data source in several wordings. A mixed file's printed lines said '(mixed)'
    (source_text, notebook 03's solution headers '({DATA_SOURCE})') under figures titled '(mixed: reconstructed +
    original rows)', beside tables labelled 'mixed: partly reconstructed / 部分重建' (now '(mixed, reconstructed +
    original rows)' everywhere, no colon in a line's subject); the original data's lines said
    '(original)' under '(original data)' titles. And the long form: figure captions, the book and qca.json's headlines
    say 'the compendium's reconstruction of the cases, not the paper's data' (DATA_WORDS), the warning printed above
    the results 'the compendium's RECONSTRUCTED cases, not Paper A's data', the checklist 'from the compendium's
    reconstructed cases, not Paper A's data'. Now the short tag is SOURCE_NAMES' (prints, titles, table labels) and
    the long words are DATA_WORDS' (captions, warning, checklist), in English and Chinese."""
    from analysis.paths import ROOT

    en, zh = C.SOURCE_NAMES[data_source]
    tag = C.source_tag(data_source)
    assert tag == f" ({en})" and C.source_tag(data_source, "zh") == f"（{zh}）"
    assert ":" not in en and "：" not in zh   # a tagged line's subject still ends at its first colon
    assert C.source_text("robust core: (empty)", data_source) == f"robust core{tag}: (empty)"
    assert C.figure_title("truth_table", data_source).endswith(tag)
    table = C.source_label(pd.DataFrame({"x": [1]}), data_source)
    assert table.columns.name == (None if data_source == "original" else f"{en} / {zh}")
    words_en, words_zh = C.DATA_WORDS[data_source]
    warning = C.source_warning(data_source)
    assert (words_en in warning and words_zh in warning) == (data_source != "original"), warning
    why = L.reporting_checklist(_evidence(data_source=data_source)).set_index("item")["why"]
    for item in L.FROM_CASES:
        assert (words_en in why[item]) == (data_source != "original"), (item, why[item])
    notebook = (ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8")
    assert "({DATA_SOURCE})" not in notebook   # a hand-made tag: '(mixed)' under the titles' wording


def test_notebook_03_gives_good_practice_the_relevance_measure_of_its_necessity_table(recon):
    """Notebook 03's relevance_measure ('RoN' or 'covN') set the necessity table's `relevant` column, while
    good_practice read relevance_cut against RoN alone: with -p relevance_measure covN the two cut different
    measures. The notebook now passes its measure, and good_practice then judges SER by it."""
    import json

    from analysis.paths import ROOT
    from analysis.qca import good_practice, minimize

    code = "".join("".join(c["source"]) for c in json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(
        encoding="utf-8"))["cells"] if c["cell_type"] == "code")
    call = code[code.index("practice = good_practice("):]
    assert "relevance_measure=relevance_measure" in call[:call.index("practice_table")], call[:600]
    cd, crisp = recon
    res = analyse_configurations(crisp, C.OUTCOME, list(C.CONDITION_NAMES))
    ser = P.necessity_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES)).set_index("condition").loc[P.FOCUS]
    cut = (float(ser["RoN"]) + float(ser["covN"])) / 2
    lo, hi = sorted((float(ser["RoN"]), float(ser["covN"])))
    assert lo < cut < hi
    nec = P.necessity_table(crisp, C.OUTCOME, list(C.CONDITION_NAMES), relevance="covN", relevance_cut=cut)
    has = good_practice(res.solutions, necessity=nec, relevance_cut=cut, relevance_measure="covN").to_frame() \
        .set_index("standard").loc["untenable and contradictory assumptions (ESA)", "has"]
    relevant = bool(nec.set_index("condition").loc[P.FOCUS, "relevant"])
    assert (f"covN below {cut:g}" in has) is not relevant and f"covN {float(ser['covN']):.3f}" in has, has


def test_without_a_solution_the_chart_item_is_not_applicable():
    """Without a solution the checklist's 'core / peripheral chart' item said 'met' though there is no configuration
    to chart (the figure is a panel saying so): it now says 'not applicable' with that reason, as the five items on
    the solution that quote good_practice do (good_practice has no row on the chart, so nothing is quoted)."""
    none = "no configuration passes incl_cut = 0.8 (highest row incl 0.500; n_cut = 1): no sufficient configuration for EFF"
    for given in ({}, {"model ambiguity": "not applicable"}):
        row = L.reporting_checklist(_evidence(no_solution=none, good_practice=given)).set_index("item").loc[
            "core / peripheral chart"]
        assert row["status"] == "not applicable", row
        assert row["why"].startswith(f"no configuration to chart ({none})"), row["why"]
        assert "good_practice" not in row["why"]
    # with a solution the item is judged as before
    assert L.reporting_checklist(_evidence()).set_index("item").loc["core / peripheral chart", "status"] != \
        "not applicable"


def test_without_a_solution_the_checklist_quotes_good_practice_s_not_applicable():
    """Without a solution (no truth-table row passes the cut-offs) the checklist said 'met' of the items on the
    solution (all three solutions, counterfactuals, CSA / ESA, model ambiguity, deviant cases) where good_practice
    says 'not applicable' of the same points: nothing to judge. The items now give good_practice's status of their
    row (L.GOOD_PRACTICE_ROWS), quoting it, and 'not applicable' when good_practice is not given; the counts name
    the new status only when an item has it."""
    import json

    from analysis.paths import ROOT
    from analysis.qca import good_practice, truth_table

    none = "no configuration passes incl_cut = 0.8 (highest row incl 0.500; n_cut = 1): no sufficient configuration for EFF"
    bare = L.reporting_checklist(_evidence(no_solution=none)).set_index("item")
    items = list(L.GOOD_PRACTICE_ROWS)
    assert (bare.loc[items, "status"] == "not applicable").all(), bare.loc[items]
    assert L.checklist_counts(bare.reset_index()).startswith("met ") and "not applicable 8 (of 19; evidence: " in \
        L.checklist_counts(bare.reset_index())
    # with a solution only the design items (cluster diagnostics, theory evaluation) are not applicable
    assert "not applicable 2 (of 19; evidence: " in L.checklist_counts(L.reporting_checklist(_evidence()))
    # good_practice on a table without a positive row: its rows on the same points say 'not applicable'
    crisp = pd.DataFrame({"A": [1, 1, 0, 0], "B": [1, 1, 0, 0], "Y": [1, 0, 1, 0]}, index=list("abcd"), dtype=float)
    tt = truth_table(crisp, "Y", ["A", "B"], incl_cut=0.8)
    practice = good_practice(tt).to_frame().set_index("standard")["status"].to_dict()
    assert {practice[row] for row in L.GOOD_PRACTICE_ROWS.values()} == {"not applicable"}, practice
    quoted = L.reporting_checklist(_evidence(no_solution=none, good_practice=practice)).set_index("item")
    for item, row in L.GOOD_PRACTICE_ROWS.items():
        assert quoted.loc[item, "status"] == practice[row], item
        assert f"good_practice.csv says '{practice[row]}' on this point (row '{row}')" in quoted.loc[item, "why"], item
    with pytest.raises(ValueError, match="good_practice's status of 'counterfactuals' must be one of"):
        L.reporting_checklist(_evidence(no_solution=none, good_practice={"counterfactuals": "compendium's reading"}))
    # notebook 03 passes good_practice's table to the checklist
    code = "".join("".join(c["source"]) for c in json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(
        encoding="utf-8"))["cells"] if c["cell_type"] == "code")
    assert "good_practice=dict(zip(practice_table[\"standard\"], practice_table[\"status\"]))" in code


def test_the_checklist_s_esa_item_says_why_good_practice_gives_the_same_point_another_status():
    """checklist.csv said 'CSA / ESA: partly' while good_practice.csv said 'untenable and contradictory assumptions
    (ESA): not met' for the same point, neither saying why: two rules. good_practice judges the models (not met
    while they use a contradictory simplifying assumption, an easy counterfactual of both outcomes, or a remainder
    without a condition consistent with necessity, by inclN alone: the reconstruction's 22 remainders the ESA's own
    parsimonious solutions share, and 14 without SER, whose RoN is 0.429); the item judges the check and what is
    said of it (made, what is left stated: partly). The item now gives good_practice's status, points at its row
    and says which rule each applies, when the two differ; good_practice is unchanged."""
    import json

    from analysis.paths import ROOT

    quiet = L.reporting_checklist(_evidence(good_practice_esa="partly")).set_index("item").loc["CSA / ESA"]
    assert quiet["status"] == "partly" and "good_practice.csv says" not in quiet["why"]   # the same status: no word
    row = L.reporting_checklist(_evidence(good_practice_esa="not met")).set_index("item").loc["CSA / ESA"]
    assert row["status"] == "partly"
    assert (f"good_practice.csv says 'not met' on this point (row '{L.GOOD_PRACTICE_ESA}'), by another rule: it judges "
            "the models") in row["why"]
    assert "this item judges the check and what is said of it ('partly': made, and what is left stated" in row["why"]
    # good_practice counts the remainders without a condition consistent with necessity only when it is relevant too
    # (esa.ESA_NECESSITY_RULE): the item said 'inclN alone, whatever its relevance', which it no longer is
    assert "consistent with necessity and relevant (ESA's rule" in row["why"] and "inclN alone" not in row["why"]
    assert L.esa_rule_apart("met", "") == "" and "('met': made, with nothing left" in L.esa_rule_apart("met", "not met")
    # the derived tables: where the two statuses differ, the item says so, naming the good_practice row that exists
    out = ROOT / "data" / "derived" / "paperA"
    item = pd.read_csv(out / "checklist.csv", keep_default_na=False).set_index("item").loc["CSA / ESA"]
    practice = pd.read_csv(out / "good_practice.csv", keep_default_na=False).set_index("standard")
    if not json.loads((out / "qca.json").read_text(encoding="utf-8")).get("no_solution"):
        status = practice.loc[L.GOOD_PRACTICE_ESA, "status"]
        assert (f"good_practice.csv says '{status}'" in item["why"]) == (status != item["status"]), item["why"]


def test_checklist_names_the_calibration_ranges_computed():
    """The cut-off item says which sets' calibration-threshold ranges were computed (rob.calibrange), and nothing
    of them where none were."""
    why = L.reporting_checklist(_evidence(calibration_ranges=("SYS", "EFF"))).set_index("item").loc[
        "cut-offs justified (sensitivity ranges)", "why"]
    assert why.endswith("; the calibration threshold's range of SYS, EFF too (as rob.calibrange)")
    plain = L.reporting_checklist(_evidence()).set_index("item").loc["cut-offs justified (sensitivity ranges)", "why"]
    assert "rob.calibrange" not in plain


def test_checklist_negation_item_counts_the_negations_paths_minimised_again_without_their_contradictory_assumptions():
    """Notebook 03 minimises ~EFF's solutions again with its own contradictory easy counterfactuals blocked
    (negated_paths_without_csa.csv), and the checklist's item on the negation said only that it was analysed. It now
    names the rows and the negation's path terms that do not survive, in the CSA / ESA item's words, with or without
    a solution of the outcome; the item stays 'met' (the negation is analysed; what its re-run leaves is stated)."""
    item = lambda **kw: L.reporting_checklist(_evidence(**kw)).set_index("item").loc["outcome's negation analysed separately"]
    plain = item()
    assert plain["status"] == "met" and "easy counterfactual" not in plain["why"]
    lost = item(negated_contradictory_easy_rows=(2, 10), negated_paths_lost_without_them=("~A*~B",))
    assert lost["status"] == "met"
    assert ("the negation's intermediate solution rests on 2 easy counterfactuals the outcome's parsimonious solution "
            "also assumes (rows 2, 10); blocked and minimised again (negated_paths_without_csa.csv), 1 reported path "
            "term does not survive (~A*~B), stated, not removed") in lost["why"]
    assert not lost["why"].endswith(("; ", ";"))
    assert "every reported path survives" in item(negated_contradictory_easy_rows=(2,), negated_paths_lost_without_them=())["why"]
    none = L.reporting_checklist(_evidence(no_solution="no sufficient configuration", negated_contradictory_easy_rows=(2,),
                                           negated_paths_lost_without_them=None)).set_index("item")
    assert "not blocked and minimised again" in none.loc["outcome's negation analysed separately", "why"]
    assert item(negated_outcome_analysed=False, negated_contradictory_easy_rows=(2,))["status"] == "not met"
    # notebook 03's checklist names the terms its table of ~EFF's re-run loses (on the reconstruction)
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paper_a.configurations import lost_paths
    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the paths the reconstruction's re-run of ~EFF loses")
    table = pd.read_csv(DATA_DERIVED / "paperA" / "negated_paths_without_csa.csv", keep_default_na=False)
    written = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item").loc[
        "outcome's negation analysed separately", "why"]
    gone = lost_paths(table)
    said = "1 reported path term does not survive" if len(gone) == 1 else f"{len(gone)} reported path terms do not survive"
    assert gone and f"{said} ({', '.join(gone)})" in written

def test_checklist_deviant_cases_item_says_how_the_deviant_cases_for_coverage_are_treated():
    """The deviant cases item named the typology and said nothing of what is done with the deviant cases for
    coverage; notebook 03 now lists them with their truth table row and the cases of that row out of the outcome
    (deviant_coverage.csv), and the item says so, naming a case its row offers no comparison for; nothing is added
    when they are not listed (the item's status does not change)."""
    item = lambda **kw: L.reporting_checklist(_evidence(**kw)).set_index("item").loc["deviant cases"]
    plain = item()
    assert "deviant cases for coverage" not in plain["why"]
    listed = item(deviant_coverage={"R01": "R12", "R02": "R12", "R05": ""})
    assert listed["status"] == plain["status"]
    assert ("the deviant cases for coverage (R01, R02, R05) listed with their truth table row and the cases of that "
            "row out of the outcome to compare them with (deviant_coverage.csv); no such case for R05") in listed["why"]
    assert item(deviant_coverage={})["why"].endswith("; no deviant case for coverage")
    # notebook 03's checklist names the cases its deviant_coverage.csv lists (on the reconstruction)
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's deviant cases for coverage")
    table = pd.read_csv(DATA_DERIVED / "paperA" / "deviant_coverage.csv", keep_default_na=False)
    written = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item").loc["deviant cases", "why"]
    assert len(table) and f"the deviant cases for coverage ({', '.join(table['case'])}) listed" in written


def test_checklist_deviant_cases_item_names_the_negations_deviant_cases_for_coverage():
    """The deviant cases item said 'met' naming EFF's deviant cases for coverage only; ~EFF's (R12 on the
    reconstruction), shown in notebook 03 and written to negated_deviant_coverage.csv, went unmentioned. The item now
    names them too, or says the negation's model leaves none; nothing is added when they are not listed (no solution
    of the negation), and the status does not change."""
    item = lambda **kw: L.reporting_checklist(_evidence(**kw)).set_index("item").loc["deviant cases"]
    plain = item(deviant_coverage={"R01": "R12"})
    listed = item(deviant_coverage={"R01": "R12"}, negated_deviant_coverage={"R12": "R01, R02"})
    assert listed["status"] == plain["status"] and listed["why"].startswith(plain["why"])
    assert ("the negation's deviant cases for coverage (R12) listed with their truth table row and the cases of that "
            "row out of the negation to compare them with (negated_deviant_coverage.csv)") in listed["why"]
    assert "; no deviant case for coverage of the negation's reported model" in item(negated_deviant_coverage={})["why"]
    assert "negation" not in item(negated_deviant_coverage=None)["why"]
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's deviant case for coverage of ~EFF")
    table = pd.read_csv(DATA_DERIVED / "paperA" / "negated_deviant_coverage.csv", keep_default_na=False)
    written = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item").loc["deviant cases", "why"]
    assert len(table) and f"the negation's deviant cases for coverage ({', '.join(table['case'])}) listed" in written

def test_checklist_deviant_cases_item_names_the_negations_own_case_studies():
    """~EFF's typical cases and pairs (negated_typical_cases.csv, negated_comparative_pairs.csv) went unmentioned in
    the checklist's deviant cases item, which named only its deviant cases for coverage. The item now counts them, or
    adds nothing when they are not listed (no solution of the negation); the status does not change."""
    item = lambda **kw: L.reporting_checklist(_evidence(**kw)).set_index("item").loc["deviant cases"]
    plain, listed = item(), item(negated_case_studies={"typical": 7, "pairs": 6})
    assert listed["status"] == plain["status"] and listed["why"].startswith(plain["why"])
    assert ("; the negation's own case studies listed: 7 typical cases over its paths and 6 typical / individually "
            "irrelevant pairs (negated_typical_cases.csv, negated_comparative_pairs.csv)") in listed["why"]
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the reconstruction's case studies of ~EFF")
    out = DATA_DERIVED / "paperA"
    n_typical, n_pairs = (len(pd.read_csv(out / n)) for n in ("negated_typical_cases.csv", "negated_comparative_pairs.csv"))
    written = pd.read_csv(out / "checklist.csv").set_index("item").loc["deviant cases", "why"]
    assert n_typical and f"{n_typical} typical cases over its paths and {n_pairs} typical" in written, written


def test_checklist_esa_item_counts_the_paths_minimised_again_without_their_contradictory_assumptions():
    """The CSA / ESA item said nothing of the easy counterfactuals the reported intermediate solution rests on that the
    negation's parsimonious solution also assumes, nor of what blocking them gives (notebook 03 minimises again without
    them: configurations.paths_without_contradictory_assumptions). It now names them and the reported path terms that
    do not survive, and is not 'met' while any does not, or while they are not minimised again."""
    done = "the ESA blocking them is shown beside"
    item = lambda **kw: L.reporting_checklist(_evidence(untenable_handling=done, csa_after_esa=(), **kw)).set_index(
        "item").loc["CSA / ESA"]
    clean = item()
    assert clean["status"] == "met" and "easy counterfactual" not in clean["why"]
    lost = item(contradictory_easy_rows=(61, 62), paths_lost_without_them=("A*B", "C*~D"))
    assert lost["status"] == "partly"
    assert "rests on 2 easy counterfactuals the negation's parsimonious solution also assumes (rows 61, 62)" in lost["why"]
    assert "2 reported path terms do not survive (A*B, C*~D)" in lost["why"]
    kept = item(contradictory_easy_rows=(61, 62), paths_lost_without_them=())
    assert kept["status"] == "met" and "every reported path survives" in kept["why"]
    unrun = item(contradictory_easy_rows=(61,), paths_lost_without_them=None)
    assert unrun["status"] == "partly" and "not blocked and minimised again" in unrun["why"]
    # notebook 03's checklist counts the terms its table of the re-run names (on the reconstruction)
    from _paperA_outputs import skip_unless_reconstruction

    from analysis.paper_a.configurations import lost_paths
    from analysis.paths import DATA_DERIVED

    skip_unless_reconstruction("the paths the reconstruction's re-run loses")
    table = pd.read_csv(DATA_DERIVED / "paperA" / "paths_without_csa.csv", keep_default_na=False)
    written = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item").loc["CSA / ESA", "why"]
    gone = lost_paths(table)
    said = "1 reported path term does not survive" if len(gone) == 1 else f"{len(gone)} reported path terms do not survive"
    assert gone and f"{said} ({', '.join(gone)})" in written


def test_the_checklist_says_cluster_diagnostics_and_theory_evaluation_are_not_applicable_and_why():
    """A referee asks for cluster diagnostics (pooled, between, within consistency) and for theory evaluation; the
    checklist listed neither. Paper A has one cross-section and states no theory expression (its path types classify
    the paths found): both items now say 'not applicable' with why, distinct from 'not met', which they become when
    a cluster column or a theory expression is given and nothing is shown."""
    for solution in ("", "no configuration passes incl_cut = 0.8: no sufficient configuration for EFF"):
        table = L.reporting_checklist(_evidence(no_solution=solution)).set_index("item")
        assert table.loc["cluster diagnostics", "status"] == "not applicable", table.loc["cluster diagnostics"]
        assert "one cross-section" in table.loc["cluster diagnostics", "why"]
        assert table.loc["theory evaluation", "status"] == "not applicable"
        assert table.loc["theory evaluation", "why"] == L.NO_THEORY
    given = L.reporting_checklist(_evidence(cluster_column="year", theory_expression="ORG*SER")).set_index("item")
    assert given.loc["cluster diagnostics", "status"] == "not met" and "year" in given.loc["cluster diagnostics", "why"]
    assert given.loc["theory evaluation", "status"] == "not met" and "ORG*SER" in given.loc["theory evaluation", "why"]
    shown = L.reporting_checklist(_evidence(cluster_column="year", cluster_diagnostics_shown=True,
                                            theory_expression="ORG*SER", theory_evaluated=True)).set_index("item")
    assert (shown.loc[["cluster diagnostics", "theory evaluation"], "status"] == "met").all()


def test_notebook_03s_checklist_lists_the_design_items_as_not_applicable():
    """checklist.csv (notebook 03) has the cluster diagnostics and theory evaluation items, 'not applicable' with why:
    Paper A's cases are one cross-section and the paper states no theory expression."""
    from analysis.paths import DATA_DERIVED

    table = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item")
    assert table.loc["cluster diagnostics", "status"] == "not applicable"
    assert table.loc["theory evaluation", "status"] == "not applicable"
    assert table.loc["theory evaluation", "why"] == L.NO_THEORY


def test_notebook_03_gives_the_claims_under_each_analysis_a_chinese_line(recon):
    """Notebook 03's three lines under claims_by_analysis (the claims true under the standard analysis, still true
    under ESA, and under ESA that also blocks the remainders without SER, with whether that blocking follows ESA's
    necessity rule) were English only while the ledger's headline above them has a Chinese line; and a relevance the
    rule could not judge (no value) was called 'not relevant'. claims_by_analysis_lines gives (English, Chinese)
    from the table's columns, esa_necessity_basis_zh the basis from the same facts and verdict; the unjudged case says
    'not judged'. Hand-made table and necessity rows; the executed notebook's lines from claims_by_analysis.csv."""
    import json

    from analysis.paper_a.cases import source_text
    from analysis.paths import DATA_DERIVED, ROOT

    table = pd.DataFrame({"claim_id": ["A1", "A2", "A6"], "standard": ["true", "true", "true"],
                          "survives_esa": ["true", "false", "false"], "esa_necessity": ["true", "true", "false"],
                          "esa_necessity_basis": ["by ESA's necessity rule: ..."] * 3})
    lines = R.claims_by_analysis_lines(table, "合乎 ESA 的必要条件规则：…")
    assert lines == [("true under the standard analysis: A1, A2, A6", "标准分析下成立的论断：A1、A2、A6"),
                     ("still true under ESA: A1; false under one or both: A2, A6",
                      "ESA 下仍成立的论断：A1；在其一或两者下不成立：A2、A6"),
                     ("true under ESA with ~SER remainders blocked: A1, A2; false: A6; by ESA's necessity rule: ...",
                      "ESA 另排除缺少 SER 的逻辑余项时成立的论断：A1、A2；不成立：A6；合乎 ESA 的必要条件规则：…")]
    assert R.claims_by_analysis_lines(table.assign(survives_esa="false"), "")[1][1] == \
        "ESA 下仍成立的论断：无；在其一或两者下不成立：A1、A2、A6"
    nec = pd.DataFrame({"condition": ["SER"], "inclN": [1.0], "RoN": [0.429], "covN": [0.667], "constant": [False]})
    assert R.esa_necessity_basis_zh(nec, "RoN", 0.9, 0.5).startswith(
        "违背 ESA 必要条件规则的敏感性分析：SER 与必要性一致（inclN 1.000）但不相关（RoN 0.429；RoN 低于 0.5），")
    assert R.esa_necessity_basis_zh(nec, "RoN", 0.9, 0.4).startswith(
        "合乎 ESA 的必要条件规则：SER 与必要性一致（inclN 1.000）且相关（RoN 0.429 ≥ 0.4）")
    assert "与必要性不一致（inclN 低于 0.9；RoN 0.429）" in R.esa_necessity_basis_zh(nec.assign(inclN=0.8), "RoN", 0.9, 0.5)
    assert "（RoN 0.000；存在于每个案例中）" in R.esa_necessity_basis_zh(nec.assign(RoN=0.0), "RoN", 0.9, 0.5)
    unjudged = nec.assign(RoN=float("nan"))   # no RoN: the rule does not judge relevance
    assert "its relevance not judged (relevance not judged: no RoN)" in R.esa_necessity_basis(unjudged, "RoN", 0.9, 0.5)
    assert "not relevant" not in R.esa_necessity_basis(unjudged, "RoN", 0.9, 0.5)
    assert "相关性未判断（未判断相关性：无 RoN）" in R.esa_necessity_basis_zh(unjudged, "RoN", 0.9, 0.5)
    out = DATA_DERIVED / "paperA"
    qca = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    p, source = qca["parameters"], qca["data_source"]
    written = pd.read_csv(out / "claims_by_analysis.csv", encoding="utf-8")
    necessity = pd.read_csv(out / "necessity.csv", encoding="utf-8")
    basis_zh = R.esa_necessity_basis_zh(necessity, p["relevance_measure"], p["necessity_benchmark"], p["relevance_cut"])
    cells = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]
    text = "".join("".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream")
    for en, zh in R.claims_by_analysis_lines(written, basis_zh):
        assert source_text(en, source) + "\n" + source_text(zh, source, "zh") + "\n" in text, zh


def test_notebook_03_gives_its_checklist_standards_and_closing_line_a_chinese_line():
    """Notebook 03 printed the reporting checklist's counts, the standards of good practice's counts and its closing
    line (data source, the solution the paths come from, the robust claims, the settings without a sufficient
    configuration, both counts) in English only, while the claims' headline beside them has a Chinese line.
    checklist_counts_zh and good_practice_counts_zh count as their English twins do; summary_lines gives the closing
    line in both languages from the same results, the Chinese naming the data source as a tagged subject. Hand-made
    tables; the executed notebook's lines recomputed from the tables it wrote."""
    import json

    from analysis.paths import DATA_DERIVED, ROOT
    from analysis.qca.standards import GoodPracticeReport

    table = pd.DataFrame({"status": ["met", "met", "partly", "not met"]})
    assert L.checklist_counts(table) == "met 2, partly 1, not met 1 (of 4)"
    assert L.checklist_counts_zh(table) == "符合 2、部分符合 1、不符合 1（共 4 项）"
    assert L.checklist_counts_zh(pd.DataFrame({"status": ["met", "not applicable"]})) == "符合 1、部分符合 0、不符合 0、不适用 1（共 2 项）"
    practice = GoodPracticeReport("EFF", tuple({"status": s} for s in ("met", "met", "compendium's reading", "not met")))
    assert L.good_practice_counts_zh(practice) == "符合 2、不符合 1、不适用 0、本项目解读 1（共 4 项标准）"
    robust = pd.DataFrame({"claim_id": ["A1", "A9", "A2"], "verdict": ["robust", "robust to case removal only", "fragile"]})
    settings = pd.DataFrame({"sweep": ["baseline", "n_cut", "incl_cut"], "setting": ["baseline", "n_cut=2", "incl_cut=0.9"],
                             "same_as_baseline": [True, False, False], "no_solution": [None, "no row passes", None]})
    en, zh = L.summary_lines("reconstruction", "esa", "intermediate", robust, settings, table, practice)
    assert en == ("data: reconstruction; paths from the ESA intermediate solution; robustness: A1, A9 (case removal "
                  "only) hold in every setting that changes what it rests on (the truth table, the sets it reads or "
                  "the cases), settings without a sufficient configuration counted against the path claims: n_cut=2; "
                  "checklist: met 2, partly 1, not met 1 (of 4); standards of good practice: met 2, not met 1, not "
                  "applicable 0, compendium's reading 1 (of 4 standards)")
    for verdicts, said in ((["robust", "fragile", "fragile"], "robustness: A1 holds in every setting"),
                           (["fragile"] * 3, "robustness: no claim holds in every setting")):
        one, _ = L.summary_lines("reconstruction", "esa", "intermediate", robust.assign(verdict=verdicts), settings,
                                 table, practice)
        assert said in one, one   # not 'A1 hold(s)'
    assert zh == ("数据（重建数据）：路径取自ESA中间解；稳健性：A1、A9（仅剔除案例）在改变其依据（真值表、所读集合或案例）的每个设定中成立，"
                  "无充分组态的设定计为不利于路径论断：n_cut=2；报告清单：符合 2、部分符合 1、不符合 1（共 4 项）；"
                  "良好实践标准：符合 2、不符合 1、不适用 0、本项目解读 1（共 4 项标准）")
    # given the permutation benchmark, the closing line says what it makes of the fit the counts call met
    bench = {"assignments": 6435, "exact": True, "n_positive": 8, "share_fitting_as_well": 1.0}
    en_b, zh_b = L.summary_lines("reconstruction", "esa", "intermediate", robust, settings, table, practice,
                                 benchmark=bench)
    assert en_b == en + ("; solution fit against random outcomes (permutation benchmark): 100% of the 6,435 possible "
                         "assignments of 8 positive outcomes (EFF = 1) to the cases fit at least as well as the "
                         "observed outcome: inclS and covS carry no evidence here"), en_b
    assert zh_b == zh + ("；解的拟合度与随机结果相比（随机结果基准）：将 8 个正结果（EFF = 1）分配给案例的全部可能的 6,435 种方式中，100% "
                         "的拟合不低于观测结果：一致性与覆盖度在此不构成证据"), zh_b
    low = {**bench, "share_fitting_as_well": 0.01}
    assert L.summary_lines("reconstruction", "esa", "intermediate", robust, settings, table, practice,
                           benchmark=low)[0].endswith("fit at least as well as the observed outcome (below 5%: random "
                                                      "outcomes seldom fit as well)")
    _, zh = L.summary_lines("original", "standard", "parsimonious", robust.assign(verdict="fragile"),
                            settings.assign(no_solution=None), table, practice)
    assert zh.startswith("数据（原文数据）：路径取自标准分析简约解；稳健性：无论断在改变其依据") and "无充分组态" not in zh
    for source, said in (("original", "data: original data; "), ("mixed", "data: mixed, reconstructed + original rows; ")):
        en_source, _ = L.summary_lines(source, "esa", "intermediate", robust, settings, table, practice)
        assert en_source.startswith(said), en_source   # SOURCE_NAMES' words, as the Chinese line's tag ('data: original')
    out = DATA_DERIVED / "paperA"
    qca = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    p, source = qca["parameters"], qca["data_source"]
    read = lambda name: pd.read_csv(out / name, encoding="utf-8").drop(columns="data_source")
    checklist, gp = read("checklist.csv"), read("good_practice.csv")
    practice = GoodPracticeReport(C.OUTCOME, tuple(gp.to_dict("records")))
    settings = read("robustness_settings.csv")
    # the settings left out of the test set and run apart, as the ledger says what each would do to a claim
    import re

    sens = {}
    for cid, text in read("claims.csv")[["claim_id", "robustness_sensitivity"]].itertuples(index=False):
        for setting, after, before in re.findall(r"(\S+) \(left out: .*?\) would make it (.+?) \((.+?) without it\)",
                                                 text):
            sens.setdefault(setting, {})[cid] = (before, after)
    en, zh = L.summary_lines(source, p["analysis"], "intermediate", read("robustness.csv"), settings, checklist, practice,
                             benchmark=read("permutation_benchmark.csv").iloc[0].to_dict(),
                             sensitivity=[{"setting": k, "verdicts": v} for k, v in sens.items()])
    cells = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]
    text = "".join("".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream")
    assert en + "\n" + zh + "\n" in text, zh
    assert C.source_text("报告清单：" + L.checklist_counts_zh(checklist), source, "zh") + "\n" in text
    assert C.source_text(f"{C.OUTCOME} 的良好实践标准：" + L.good_practice_counts_zh(practice), source, "zh") + "\n" in text


def test_notebook_03_gives_the_robust_core_a_chinese_line():
    """Notebook 03 printed the robust core in English only (on the reconstruction '(empty: n_cut=2 has no sufficient
    configuration, ...)'), while the robustness verdict above it has a Chinese line. core_text_zh says each case of
    core_text in Chinese from the same protocol; the executed notebook prints it beside the English."""
    import json

    from analysis.paths import DATA_DERIVED, ROOT

    assert R.core_text_zh({"core_expression": "SYS*SER", "no_solution_tests": []}) == "SYS*SER"
    assert R.core_text_zh({"core_expression": "0", "no_solution_tests": ["n_cut=2", "incl_cut=1"]}) == \
        "（空：n_cut=2；incl_cut=1 无充分组态，其解为空集，稳健核心因而为空集）"
    assert R.core_text_zh({"core_expression": "0", "no_solution_tests": []}) == "（空：没有组态同时属于初始解与每个检验解）"
    assert R.core_text_zh({"core_expression": "", "no_solution_tests": []}).startswith("（未写出：")
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    if qca.get("no_solution"):
        return   # no protocol without an initial solution
    core = qca["robust_core"] if qca["robust_core"] is not None else "0" if qca["robust_core_empty"] else ""
    prot = {"core_expression": core,
            "no_solution_tests": qca["robustness_no_solution"]}
    cells = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))["cells"]
    text = "".join("".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])
                   if o.get("output_type") == "stream")
    source = qca["data_source"]
    assert C.source_text("robust core: " + R.core_text(prot), source) + "\n" + \
        C.source_text("稳健核心：" + R.core_text_zh(prot), source, "zh") + "\n" in text


def test_an_incl_cut_below_the_floor_has_its_sensitivity_line_as_n_cut_2_has(recon):
    """Notebook 03 ran n_cut = 2, left out of the test set as no plausible alternative, apart as a sensitivity line,
    but said nothing of the consistency cuts below 0.75 the test set also leaves out (INCL_FLOOR, a convention),
    though one changes the reconstruction's truth table: row 32 (R01, R02, R12; incl 2/3) turns positive from
    incl_cut 0.666. incl_cut_sensitivity now computes that cut (the highest non-positive row's consistency below the
    floor, to 3 decimals), what the analysis finds there and what it would do in the test set, in English and Chinese;
    nothing when the test set already holds such a cut (good_practice's robustness row names it)."""
    import warnings

    from analysis.qca import truth_table

    cd, crisp = recon
    specs = R.test_set(crisp, thresholds=(), incl_cuts=(0.9,), n_cuts=(1,), case_removal=False)
    settings, analyses = R.run_test_set(specs, crisp)
    tt = analyses[0].truth_table
    outcome, conds = C.OUTCOME, list(C.CONDITION_NAMES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        at = {c: truth_table(crisp, outcome, conds, incl_cut=c) for c in (0.666, 0.667)}
    flips = lambda t: sorted(int(r) for r in t.rows.index if t.rows.at[r, "OUT"] != tt.rows.at[r, "OUT"])
    assert flips(at[0.666]) == [32] and flips(at[0.667]) == []   # by hand: 0.666 is the highest at 3 decimals
    en, zh = R.incl_cut_sensitivity(crisp, tt, settings, analyses, incl_cut=0.8, incl_cuts=(0.9,))
    apart = R.run_specification(crisp, incl_cut=0.666, allow_empty=True)[1]
    paths = len(apart.chart.paths.loc[apart.chart.paths["group"] == "G1"])
    assert en.startswith("sensitivity: incl_cut = 0.666, the highest consistency cut below 0.75 (a convention") and (
        f"(it codes row 32 (incl 0.667) positive: 3 cases), is not a plausible alternative, so not in the test set; "
        f"run apart it finds {paths} paths (G1); in the test set the robust core would be ") in en, en
    assert zh.startswith("敏感性分析：incl_cut = 0.666 是低于 0.75（一种惯例") and (
        f"（第 32 行（incl 0.667）转为正面：3 个案例）：不是合理的替代设置，故不在检验集中；单独运行得到 {paths} 条路径（G1）") in zh, zh
    assert "robust to" not in zh   # a breadth verdict in Chinese words too (verdict_zh)
    assert R.incl_cut_sensitivity(crisp, tt, settings, analyses, incl_cut=0.8, incl_cuts=(0.7, 0.9)) == ("", "")
    assert R.verdict_zh("robust to consistency threshold only") == "仅对一致性阈值稳健"


def test_the_checklist_does_not_count_a_sweep_without_alternative_as_one_without_power():
    """The checklist's robustness item said '4 of 6 sweeps can change the truth table' on the reconstruction, counting
    the frequency sweep, which holds only the analysis' own n_cut = 1 (no alternative: sweep_power's 'settings' 0),
    as a sweep without power, as good_practice's row did. The item now counts the sweeps with an alternative and
    names the others apart; with every such sweep able to change the table it is met."""
    from analysis.paths import DATA_DERIVED

    power = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_power.csv")
    without = tuple(power.loc[power["settings"] == 0, "sweep"])
    assert without == ("n_cut",)
    e = _evidence(robustness_sweeps_with_power=4, robustness_sweeps_total=6,
                  robustness_sweeps_without_alternative=("n_cut",))
    row = L.reporting_checklist(e).set_index("item").loc["robustness"]
    assert row["why"].startswith("4 of 5 sweeps with an alternative setting can change the truth table (n_cut: no "
                                 "alternative setting, only the analysis' own)") and row["status"] == "partly"
    full = L.reporting_checklist(dataclasses.replace(e, robustness_sweeps_with_power=5)).set_index("item")
    assert full.loc["robustness", "status"] == "met"
    plain = L.reporting_checklist(dataclasses.replace(e, robustness_sweeps_without_alternative=()))
    assert plain.set_index("item").loc["robustness", "why"].startswith("4 of 6 sweeps can change the truth table")
    stored = pd.read_csv(DATA_DERIVED / "paperA" / "checklist.csv").set_index("item").loc["robustness", "why"]
    assert stored.startswith(f"{int(power['has_power'].sum())} of {len(power) - len(without)} sweeps with an "
                             "alternative setting can change the truth table (n_cut: no alternative setting")


def test_notebook_03s_prose_on_the_reconstruction_matches_its_outputs():
    """Notebook 03's markdown states four facts of the reconstruction in words, typed, not computed (the paperA3
    helper's finding): its sets have three indicators each, so a calibration range from 0.35 to 0.65 is every
    threshold above 1/3 up to 2/3; n_cut = 2 leaves no sufficient configuration; 15 cases in 64 configurations (no
    longer stated); A9 is robust to case removal only. Each is read back here from the codebook and the committed outputs, so a
    change of the reconstruction or of the pipeline that makes the prose wrong fails this test instead of leaving
    a stale sentence (the printed lines beside them are computed)."""
    import json
    import re
    from fractions import Fraction

    from analysis.paper_a import cases as C
    from analysis.paths import DATA_DERIVED, DATA_RAW, ROOT

    nb = json.loads((ROOT / "notebooks" / "03_qca.ipynb").read_text(encoding="utf-8"))
    prose = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "the reconstruction's sets have three indicators each" in prose
    assert "a range from 0.35 to 0.65 there is every threshold above ⅓ up to ⅔" in prose
    counts = {s: len(v) for s, v in C.indicators_of(C.load_codebook(DATA_RAW / "paperA_codebook.csv")).items()}
    assert set(counts.values()) == {3}, counts
    shares = [Fraction(j, 3) for j in range(4)]
    assert [s for s in shares if 0.35 <= s <= 0.65] == []   # no share inside: every threshold there cuts alike
    assert max(s for s in shares if s < 0.35) == Fraction(1, 3) and min(s for s in shares if s > 0.65) == Fraction(2, 3)

    # n_cut = 2 keeps fewer than 80% of the cases: out of the default test set (robustness_n_cuts), run apart as a
    # sensitivity analysis whose printed line (computed) says how many it keeps and that it has no solution
    assert "On the reconstruction `n_cut = 2` keeps fewer (the sensitivity line says how many)" in prose
    assert "重建数据上 n_cut = 2 保留的案例少于此数（敏感性分析一行列出其数目）" in prose
    # the frequency sweep holds n_cut = 1 alone: said to have no alternative, as robustness_power.csv's verdict says
    assert "on the reconstruction `n_cut`, no other value being plausible: see below) has *no alternative*" in prose
    assert "重建数据上的 n_cut，别无合理取值，见下）没有替代设置" in prose
    verdicts = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_power.csv").set_index("sweep")["verdict"]
    assert verdicts["n_cut"].startswith("no alternative") and not verdicts.drop("n_cut").str.startswith("no alt").any()
    settings = pd.read_csv(DATA_DERIVED / "paperA" / "robustness_settings.csv", keep_default_na=False)
    assert "n_cut=2" not in set(settings["setting"])
    executed = (ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8")
    line = re.search(r"sensitivity \(reconstruction\): n_cut = 2 keeps (\d+) of 15 cases in rows that count, fewer "
                     r"than 80% [^;]*: not a plausible alternative, so not in the test set; run apart it finds no "
                     r"sufficient configuration; in the test set the robust core would be \(empty: ", executed)
    assert line and int(line.group(1)) < 12, "notebook 03's sensitivity line on n_cut = 2"
    zh = re.search(r"敏感性分析（重建数据）：n_cut = 2 使计入的行中保留 15 个案例中的 (\d+) 个，少于 80%（[^）]*）：不是合理的"
                   r"替代设置，故不在检验集中；单独运行无充分组态；若纳入检验集，稳健核心将为（空：", executed)
    assert zh and zh.group(1) == line.group(1), "its Chinese line, from the same results"
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    # qca.json says it too, then the data it rests on (a sentence the printed line has as its source tag)
    def printed(key, lang):
        saved = qca[key][lang].removesuffix(("。" if lang == "zh" else ".") + C.data_sentence(qca["data_source"], lang))
        return saved.split("：" if lang == "zh" else ": ", 1)[1]

    assert printed("robustness_sensitivity", "en") in executed and printed("robustness_sensitivity", "zh") in executed
    said = qca["robustness_sensitivity_incl_cut"]   # the consistency cut below the floor, printed and saved alike
    assert re.search(r"sensitivity \(reconstruction\): incl_cut = 0\.666, the highest consistency cut below 0\.75 ",
                     executed) and printed("robustness_sensitivity_incl_cut", "en") in executed \
        and printed("robustness_sensitivity_incl_cut", "zh") in executed
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")   # it quotes the line's cut, row and finding
    assert "on the reconstruction `incl_cut = 0.666`, which codes row 32 positive" in readme
    assert "it leaves the robust core and every claim's robustness as they are" in readme
    core = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))["robust_core"]
    assert f"the robust core would be {core}, " in said["en"] and "it would change no claim's robustness" in said["en"]

    # '15 cases in 64 configurations' was the question '(is n_cut = 2 plausible for 15 cases in 64 configurations?)',
    # now answered by the checklist's rule (test_notebook_03_answers_its_question_on_n_cut_2_by_the_frequency_floor)
    assert "15 cases in 64 configurations" not in prose

    assert "on the reconstruction A9" in prose and "robust to case removal and not tested against" in prose
    claims = pd.read_csv(DATA_DERIVED / "paperA" / "claims.csv", keep_default_na=False).set_index("claim_id")
    assert claims.loc["A9", "robustness"] == "robust to case removal only", claims.loc["A9"].to_dict()


def test_the_protocols_fit_and_case_ratios_print_as_measures_not_python_dicts():
    """Notebook 03 printed the robustness fit of every model's test set and the case ratios as Python dicts
    ("{'RF_cov': 0.0, 'RF_cons': None, ...}", "{'RCR_typ': 0.0, ..., 'RCC_rank': 4}"), in English only. They are
    printed as the engine's protocol prints them (protocol.measures_text / case_ratios_text: 3 decimals, '-' for a
    measure without a value, RCC_rank's meaning), each with a Chinese line (case_ratios_text_zh)."""
    import json

    from analysis.paper_a import robustness as R
    from analysis.paths import ROOT
    from analysis.qca.protocol import RCC_RANKS

    assert R.measures_text({"RF_cov": 0.0, "RF_cons": None, "x": float("nan"), "RF_SC_maxTS": 0.55912}) == \
        "RF_cov 0.000, RF_cons -, x -, RF_SC_maxTS 0.559"
    ratios = {"RCR_typ": 0.25, "RCR_dev": None, "RCC_rank": 3}
    assert R.case_ratios_text(ratios) == "RCR_typ 0.250, RCR_dev -, RCC_rank 3 (shaky cases, no possible case)"
    # the Chinese lines separate the measures with full-width commas, as the other Chinese lines do
    assert R.case_ratios_text_zh(ratios) == "RCR_typ 0.250，RCR_dev -，RCC_rank 3（有不稳案例、无可能案例）"
    assert R.measures_text_zh({"RF_cov": 0.0, "RF_cons": None, "RF_SC_maxTS": 0.55912}) == \
        "RF_cov 0.000，RF_cons -，RF_SC_maxTS 0.559"
    assert R.RCC_RANKS_ZH.keys() == RCC_RANKS.keys()
    assert R.case_ratios_text({"RCR_typ": 1.0}) == "RCR_typ 1.000"   # no rank: no meaning after it
    executed = json.loads((ROOT / "notebooks" / "executed" / "03_qca.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in executed["cells"] if c["cell_type"] == "code"
                      for o in c.get("outputs", []))
    assert "{'" not in printed, [line for line in printed.splitlines() if "{'" in line][:3]
    case_line = next(line for line in printed.splitlines() if line.startswith("case robustness"))
    zh_line = next(line for line in printed.splitlines() if line.startswith("案例稳健性"))
    shown = case_line.split(": ", 1)[1]
    assert shown.startswith("RCR_typ ") and " RCC_rank " in shown and shown.endswith(")"), shown
    assert zh_line.split("：", 1)[1] == R.case_ratios_text_zh(
        {k: (None if v == "-" else float(v) if "." in v else int(v))
         for k, v in (part.split(" ") for part in shown.split(" (")[0].split(", "))}), zh_line
    assert "| fit: RF_cov " in printed and "｜拟合：RF_cov " in printed
    fit_zh = next(line for line in printed.splitlines() if "｜拟合：RF_cov " in line).split("｜拟合：", 1)[1]
    assert ", " not in fit_zh and "，RF_cons " in fit_zh, fit_zh


@pytest.mark.parametrize("one", [True, False])
def test_the_checklist_says_each_count_in_the_singular_or_plural_it_takes(one):
    """The checklist said '1 observed row(s) with cases on both sides', '1 contradictory simplifying assumption(s)',
    '1 model group(s)', '1 reported path term(s) do not survive', '(1 remainder(s) blocked)': each count is said in the
    singular or plural it takes, as good_practice's rows say theirs (standards.counted), and a list of rows is
    headed 'row' or 'rows' by its length."""
    import re

    k = 1 if one else 3
    rows = tuple(range(2, 2 + k))
    lost = tuple(f"A{i}*B" for i in range(k))
    checklist = L.reporting_checklist(_evidence(
        n_contradictory_rows=k, n_csa=k, n_models=k, all_models_charted=True, csa_after_esa=rows,
        contradictory_easy_rows=rows, paths_lost_without_them=lost, negated_contradictory_easy_rows=rows,
        negated_paths_lost_without_them=lost, negated_case_studies={"typical": k, "pairs": k},
        untenable_handling=L.untenable_handling(pd.DataFrame(columns=["condition", "inclN", "RoN", "relevant",
                                                                      "necessary"]), "RoN", "~SER", k)[0]))
    said = "\n".join(checklist["why"])
    assert "(s)" not in said, said
    nouns = (r"observed row|contradictory simplifying assumption|other remainder|model group|typical case|easy "
             r"counterfactual|reported path term|remainder")
    found = re.findall(rf"\b(\d+) ({nouns})(s?)\b", said)
    assert len(found) >= 8, found
    for n, noun, s in found:
        assert (int(n) == 1) == (s == ""), (n, noun, said)
    for head in re.findall(r"\((rows?) \d", said):
        assert (head == "row") == one, said
    assert ("1 reported path term does not survive" if one else "3 reported path terms do not survive") in said


def test_the_closing_line_says_the_robust_claims_evidence_level():
    """Notebook 03's closing line named the robust claims ('robustness: A3, A9 (case removal only) hold in every
    setting ...') with no evidence level: on original data A1 robust there read as independent, as A1 is in the
    ledger. Given robustness.csv's table (claims.robustness_table, as notebook 03 passes it), the robust claims'
    level follows them, in English and Chinese, by the ledger's rule (claims.robustness_evidence); without the
    column the line is as before."""
    from analysis.paper_a import claims as P
    from analysis.qca.standards import GoodPracticeReport

    table = pd.DataFrame({"status": ["met"]})
    practice = GoodPracticeReport("EFF", ({"status": "met"},))
    settings = pd.DataFrame({"sweep": ["baseline"], "setting": ["baseline"], "same_as_baseline": [True],
                             "no_solution": [None]})
    robust = pd.DataFrame({"claim_id": ["A1", "A9", "A2"], "verdict": ["robust", "robust to case removal only",
                                                                       "fragile"], "breadth": "b"})
    bare_en, bare_zh = L.summary_lines("original", "esa", "intermediate", robust, settings, table, practice)
    en, zh = L.summary_lines("original", "esa", "intermediate", P.robustness_table(robust, "original"), settings,
                             table, practice)
    said = "(the truth table, the sets it reads or the cases)"
    assert en == bare_en.replace(said, said + " (evidence: compendium's reading)"), en   # A1's too: the test set's
    assert zh == bare_zh.replace("的每个设定中成立", "的每个设定中成立（证据等级：本项目解读）"), zh
    rebuilt, rebuilt_zh = L.summary_lines("reconstruction", "esa", "intermediate",
                                          P.robustness_table(robust, "reconstruction"), settings, table, practice)
    assert "cases) (evidence: by construction)" in rebuilt and "成立（证据等级：构造所致）" in rebuilt_zh
    mixed_levels = P.robustness_table(robust, "original").assign(robustness_evidence=["independent",
                                                                                      "compendium's reading", "x"])
    two, two_zh = L.summary_lines("original", "esa", "intermediate", mixed_levels, settings, table, practice)
    assert "(evidence: independent: A1; compendium's reading: A9)" in two   # the fragile A2's level is not said
    assert "（证据等级：独立核对 A1；本项目解读 A9）" in two_zh
    none, _ = L.summary_lines("original", "esa", "intermediate", P.robustness_table(robust.assign(verdict="fragile"),
                                                                                    "original"), settings, table,
                              practice)
    assert "no claim holds in every setting" in none and "evidence:" not in none


def test_the_single_tests_table_notebook_03_wrote_is_its_test_set():
    """notebook 03 displayed the protocol's single-test table (SetMethods' rob.singletest: each test solution's
    RCC_rank and SC against the initial solution) but wrote it nowhere, so a reader of the outputs saw only the lowest
    SC the fit reading names. robustness_single_tests.csv now holds it: its tests are robustness_settings.csv's
    settings of the protocol's sweeps that are not the baseline itself, in order, each with its sweep and the terms of
    its G1 (the settings' `paths`); a setting that leaves the truth table as it is gives the initial solution back."""
    from analysis.paths import DATA_DERIVED

    folder = DATA_DERIVED / "paperA"
    single = pd.read_csv(folder / "robustness_single_tests.csv", keep_default_na=False)
    settings = pd.read_csv(folder / "robustness_settings.csv", keep_default_na=False)
    assert single.columns.tolist() == [*R.NO_SOLUTION_COLUMNS["single_tests"], "data_source"]
    if settings["n_paths"].iloc[0] in (0, "0"):   # no solution: no protocol, the table has no rows
        assert single.empty
        return
    alt = settings[settings["sweep"].isin(R.PROTOCOL_SWEEPS) & (settings["same_as_baseline"].astype(str) != "True")
                   & (settings["error"] == "")]
    assert single["test"].tolist() == alt["setting"].tolist()
    assert single["sweep"].tolist() == alt["sweep"].tolist()
    terms = lambda e: set(filter(None, str(e).split(" + ")))
    for (_, row), paths, changes in zip(single.iterrows(), alt["paths"], alt["changes_table"].astype(str)):
        assert terms(row["expression"]) == terms(paths), row["test"]
        if changes == "False":
            assert (row["RCC_rank"], float(row["SC"])) == (1, 1.0), row["test"]
    assert single["SC"].astype(float).between(0, 1).all() and single["RCC_rank"].isin([1, 2, 3, 4]).all()
