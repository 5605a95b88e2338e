"""Paper A's verdicts say how strong their evidence is, and keep 'not testable' apart from 'false'.

checklist.csv says, per item, what its status rests on, in the claims ledger's vocabulary, by the ledger's rule. The
checklist had a status and a why but no evidence level, where the claims ledger, robustness.csv and
good_practice.csv each say how strong their verdicts' evidence is: a reader could take 'robustness: partly' on the
reconstructed cases for a finding about Paper A. Each item's level (checklist.ITEM_EVIDENCE) is what its status rests
on; on reconstructed (or mixed) cases the items resting on the cases take the level cases.evidence_on allows, the
one rule the claims ledger applies to every claim. The lines under claims_by_analysis named the claims true under
each analysis only (A7, false, and A10, not testable, were both just absent) and no evidence level; notebook 02's
reading of finding (3) as the least present conditions did not say that on the reconstruction the match is by
construction."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims import EVIDENCE_LEVELS
from analysis.paper_a import checklist as L
from analysis.paper_a.cases import evidence_on
from analysis.paths import DATA_DERIVED
from test_paperA_protocol import _evidence

WRITTEN = DATA_DERIVED / "paperA" / "checklist.csv"


@pytest.fixture(scope="module")
def tables():
    return {source: L.reporting_checklist(_evidence(data_source=source)).set_index("item")
            for source in ("", "original", "reconstruction", "mixed")}


def test_every_item_has_a_level_of_the_ledger_with_its_reason(tables):
    table = tables["original"]
    assert list(table.columns[:2]) == ["status", "evidence"]   # read beside the status
    assert set(table.index) == set(L.ITEM_EVIDENCE)
    for item, (level, reason) in L.ITEM_EVIDENCE.items():
        assert level in EVIDENCE_LEVELS and reason, item
    # on the original data (or none stated) each item has its own level: no status is about data the compendium
    # did not shape, so none is independent; a judgement is the compendium's reading, a step taken by construction
    for source in ("", "original"):
        assert dict(tables[source]["evidence"]) == {i: lv for i, (lv, _) in L.ITEM_EVIDENCE.items()}
    assert "independent" not in set(table["evidence"])
    assert table.loc["robustness", "evidence"] == "compendium's reading"
    assert table.loc["all three solutions", "evidence"] == "by construction"


@pytest.mark.parametrize("source", ["reconstruction", "mixed"])
def test_on_reconstructed_cases_the_items_on_the_cases_take_the_ledgers_rule(tables, source):
    table = tables[source]
    for item, (level, _) in L.ITEM_EVIDENCE.items():
        want = evidence_on(source, level) if item in L.FROM_CASES else level
        assert table.loc[item, "evidence"] == want, item
    # a judgement on the cases is no evidence about Paper A there; a judgement not on them keeps its level
    assert table.loc["robustness", "evidence"] == "by construction"
    assert table.loc["calibration justified", "evidence"] == "compendium's reading"


def test_without_a_solution_the_rows_stating_it_rest_on_the_cases():
    none = "no configuration passes incl_cut = 0.9: no sufficient configuration for EFF"
    table = L.reporting_checklist(_evidence(no_solution=none, data_source="reconstruction")).set_index("item")
    assert set(table.index) == set(L.ITEM_EVIDENCE)
    assert none in table.loc["cut-offs justified (sensitivity ranges)", "why"]
    assert table.loc["cut-offs justified (sensitivity ranges)", "evidence"] == "by construction"
    assert table.loc["directional expectations", "evidence"] == "compendium's reading"


def test_checklist_csv_has_the_column_as_notebook_03_wrote_it():
    written = pd.read_csv(WRITTEN, keep_default_na=False)
    assert list(written.columns) == ["item", "status", "evidence", "why", "data_source"]
    source = str(written["data_source"].iloc[0])
    for item, level in zip(written["item"], written["evidence"]):
        own = L.ITEM_EVIDENCE[item][0]
        assert level == (evidence_on(source, own) if item in L.FROM_CASES else own), item


def test_the_lines_under_claims_by_analysis_keep_false_and_not_testable_apart_with_the_evidence_level():
    from analysis.paper_a import robustness as R

    table = pd.DataFrame({"claim_id": ["A1", "A7", "A10"], "evidence": ["by construction"] * 3,
                          "standard": ["true", "false", "not testable"],
                          "survives_esa": ["true", "false", "not testable"],
                          "esa_necessity": ["false", "false", "not testable"],
                          "esa_necessity_basis": ["basis"] * 3})
    (standard, _), (survives, survives_zh), (necessity, necessity_zh) = R.claims_by_analysis_lines(table, "依据")
    assert standard == "true under the standard analysis: A1; false: A7; not testable: A10 (evidence: by construction)"
    assert survives == ("still true under ESA: A1; false under one or both: A7; not testable: A10 "
                        "(evidence: by construction)")
    assert survives_zh == "ESA 下仍成立的论断：A1；在其一或两者下不成立：A7；无法检验：A10（证据等级：构造所致）"
    assert necessity.startswith("true under ESA with ~SER remainders blocked: none; false: A1, A7; not testable: A10 "
                                "(evidence: by construction); basis")
    assert necessity_zh.endswith("：无；不成立：A1、A7；无法检验：A10（证据等级：构造所致）；依据")
    # levels that differ are named per claim, in the ledger's order
    mixed = table.assign(evidence=["independent", "compendium's reading", "compendium's reading"])
    assert R.claims_by_analysis_lines(mixed, "")[0][0].endswith(
        "(evidence: independent: A1; compendium's reading: A7, A10)")
    with pytest.raises(ValueError, match="'strong'; allowed: 'independent'"):
        R.claims_by_analysis_lines(table.assign(evidence="strong"), "")


def test_notebook_02_says_its_reading_of_finding_3_is_by_construction_on_the_reconstruction():
    import json

    from analysis.paths import ROOT

    cells = json.loads((ROOT / "notebooks" / "02_case_calibration.ipynb").read_text(encoding="utf-8"))["cells"]
    text = next("".join(c["source"]) for c in cells if "".join(c["source"]).startswith(
        "## How present is each condition?"))
    assert "compendium's reading of those words" in text
    assert "On the reconstructed cases (the default) the match is also *by construction*" in text
    assert "这一吻合还属于“构造所致”" in text


# ---------------------------------------------------------------- good_practice.csv: evidence about Paper A
def _report(levels=("independent", "by construction", "compendium's reading")):
    from analysis.qca.standards import GoodPracticeReport

    return GoodPracticeReport("EFF", tuple({"standard": f"s{i}", "source": "", "asks": "", "has": "", "status": "met",
                                            "evidence": level} for i, level in enumerate(levels)))


@pytest.mark.parametrize("source", ["reconstruction", "mixed", "original"])
def test_good_practice_reads_each_standard_about_paper_a_by_the_ledgers_rule(source):
    """good_practice.csv gave 7 standards 'independent' on the reconstruction: the engine's level, about the analysis
    it was given (computed by the row's rule from the data right there), where checklist.csv, claims.csv and
    robustness.csv read 'evidence' about Paper A (cases.evidence_on: 'by construction' on reconstructed cases), so
    the checklist's 'robustness' was by construction and good practice's 'robustness tests' the compendium's reading.
    good_practice_on reads every row by the ledger's rule and keeps the engine's level as engine_evidence."""
    engine = _report()
    on = L.good_practice_on(engine, source)
    table = L.good_practice_table(on)
    assert list(table.columns) == [*L.PRACTICE_COLUMNS, "engine_evidence"] == L.GOOD_PRACTICE_COLUMNS
    own = [r["evidence"] for r in engine.rows]
    assert table["engine_evidence"].tolist() == own
    assert table["evidence"].tolist() == [evidence_on(source, level) for level in own]
    if source != "original":
        assert set(table["evidence"]) == {"by construction"}
    assert L.good_practice_on(on, source).rows == on.rows   # read again: the same (from engine_evidence)
    assert on.counts() == engine.counts() and on.outcome == "EFF"
    # the counts say the levels as the checklist's do, in English and Chinese
    n = len(own)
    want = ({"independent": 0, "compendium's reading": 0, "by construction": n} if source != "original" else
            {"independent": 1, "compendium's reading": 1, "by construction": 1})
    assert L.good_practice_evidence_counts(on) == want
    assert L.good_practice_counts(on) == ("met 3, not met 0, not applicable 0, compendium's reading 0 (of 3 standards; "
                                          "evidence: " + ", ".join(f"{k} {v}" for k, v in want.items()) + ")")
    assert L.good_practice_counts_zh(on).endswith(
        "（共 3 项标准；证据等级：" + ("独立核对 0、本项目解读 0、构造所致 3" if source != "original" else
                                   "独立核对 1、本项目解读 1、构造所致 1") + "）")
    with pytest.raises(ValueError, match="not the engine's own"):   # its evidence is not about Paper A
        L.good_practice_table(engine)
    with pytest.raises(ValueError, match="data_source must be one of"):
        L.good_practice_on(engine, "reconstructed")


def test_good_practice_csv_and_the_checklist_give_one_point_one_level():
    """As notebook 03 wrote them: good_practice.csv's evidence is engine_evidence by the ledger's rule, qca.json counts
    it, and a point both files judge has one level (on the reconstruction the checklist's 'robustness' and good
    practice's 'robustness tests' were two)."""
    import json

    out = DATA_DERIVED / "paperA"
    gp = pd.read_csv(out / "good_practice.csv", keep_default_na=False)
    assert list(gp.columns) == [*L.GOOD_PRACTICE_COLUMNS, "data_source"]
    source = str(gp["data_source"].iloc[0])
    assert gp["evidence"].tolist() == [evidence_on(source, level) for level in gp["engine_evidence"]]
    qca = json.loads((out / "qca.json").read_text(encoding="utf-8"))
    assert qca["good_practice_evidence"] == {lv: int((gp["evidence"] == lv).sum()) for lv in EVIDENCE_LEVELS}
    if source == "original":
        return   # the two files' own levels (a step, a judgement) may differ there
    checklist = pd.read_csv(WRITTEN, keep_default_na=False).set_index("item")["evidence"]
    practice = gp.set_index("standard")["evidence"]
    same_point = {**L.GOOD_PRACTICE_ROWS, "robustness": "robustness tests", "contradictory rows": "contradictory rows",
                  "limited diversity stated": "limited diversity"}
    for item, standard in same_point.items():
        assert checklist[item] == practice[standard] == "by construction", (item, standard)


def test_qca_json_saves_the_checklist_counts_with_the_data_they_rest_on():
    """qca.json's `checklist` gave 'met 13, partly 4, ... by construction 14)' without its data, where the ledger's
    saved headlines beside it end with them: read on its own, it did not say the statuses are the reconstruction's."""
    import json

    from analysis.paper_a.cases import data_sentence

    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    written = pd.read_csv(WRITTEN, keep_default_na=False)
    source = str(written["data_source"].iloc[0])
    assert qca["checklist"] == L.checklist_counts(written.drop(columns="data_source")) + "." + data_sentence(source)
    assert L.saved_checklist_counts(written, "reconstruction").endswith(
        "by construction 14). Data: the compendium's reconstruction of the cases, not the paper's data.")


def test_only_a_table_of_verdicts_on_claims_carries_an_evidence_level():
    """Round 57 left open whether esa_comparison.csv needs an evidence column. It does not: every derived table of
    Paper A with a claim per row (claim_id) carries `evidence`; esa_comparison.csv, the solutions under both analyses,
    states no verdict (its claims' fate under ESA, with their level, is claims_by_analysis.csv), so it carries
    `data_source` only, as solutions.csv does."""
    out = DATA_DERIVED / "paperA"
    for path in sorted(out.glob("*.csv")):
        columns = pd.read_csv(path, nrows=0).columns
        assert "data_source" in columns, path.name
        if "claim_id" in columns:
            assert "evidence" in columns, path.name
    assert "claim_id" not in pd.read_csv(out / "esa_comparison.csv", nrows=0).columns
    by_analysis = pd.read_csv(out / "claims_by_analysis.csv", nrows=0).columns
    assert {"claim_id", "evidence", "standard", "esa"} <= set(by_analysis)
