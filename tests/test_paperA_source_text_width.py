"""Notebook 03's printed results name their data source (cases.source_text): the tag must not push a wrapped
print past 80 columns (display.PRINT_WIDTH)."""
from __future__ import annotations

import warnings

import pandas as pd

import analysis.qca as q
from analysis.paper_a.cases import source_text
from analysis.paths import ROOT
from analysis.qca.display import PRINT_WIDTH, width


def test_a_good_practice_heading_named_by_its_data_source_stays_within_80_columns():
    """good_practice's heading is wrapped at 80 with its first line ending 'for Y: met ..., not applicable 0,';
    source_text's ' (reconstruction)' made notebook 03's first line 89 columns. The clauses that no longer fit move
    to the indented line below; the same words, each count whole ('not met 1')."""
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = q.good_practice(q.minimize(q.truth_table(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"],
                                                          incl_cut=0.8), "?"))
    text = str(report)
    assert width(text.splitlines()[0]) > PRINT_WIDTH - len(" (reconstruction)")   # the tag would not fit
    named = source_text(text, "reconstruction")
    assert max(map(width, named.splitlines())) <= PRINT_WIDTH, named
    assert " ".join(named.split()) == " ".join(text.replace("SURV:", "SURV (reconstruction):", 1).split())
    head = named.split("\n- ")[0]
    assert all(any(f"{s} {n}" in line for line in head.splitlines()) for s, n in report.counts().items()), head
    assert named.splitlines()[0].startswith("Standards of good practice for SURV (reconstruction): met ")
    assert source_text("EFF: a short line\n  below", "reconstruction") == "EFF (reconstruction): a short line\n  below"
