"""Notebook 03's printed results name their data source: the tag must not push a wrapped print past 80 columns
(display.PRINT_WIDTH), and one implementation wraps it. The good practice report's heading is wrapped by the
engine's print; cases.source_text carried a second, clause-moving rewrap for the one heading its ' (reconstruction)'
pushed past 80. checklist.good_practice_text puts the tag into the heading before the engine wraps it."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import analysis.qca as q
from analysis.paper_a import checklist as L
from analysis.paper_a.cases import source_tag, source_text
from analysis.paths import ROOT
from analysis.qca.display import PRINT_WIDTH, width


@pytest.fixture(scope="module")
def report():
    data = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return q.good_practice(q.minimize(q.truth_table(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"],
                                                        incl_cut=0.8), "?"))


@pytest.mark.parametrize("source", ["reconstruction", "mixed", "original"])
def test_a_good_practice_heading_names_its_data_source_before_the_engine_wraps_it(report, source):
    """good_practice's heading is wrapped at 80 with its first line ending 'for Y: met ..., not applicable 0,'; the
    tag made notebook 03's first line 89 columns. Given to the heading before wrapping, it is wrapped with it, by the
    engine's own rule (each count whole: 'not met 1'); the rows below are the engine's."""
    text = str(report)
    assert width(text.splitlines()[0]) > PRINT_WIDTH - len(" (reconstruction)")   # the tag would not fit after it
    named = L.good_practice_text(report, source)
    assert max(map(width, named.splitlines())) <= PRINT_WIDTH, named
    tag = source_tag(source)
    assert " ".join(named.split()) == " ".join(text.replace("SURV:", f"SURV{tag}:", 1).split())
    head, body = named.split("\n- ", 1)
    assert body == text.split("\n- ", 1)[1]
    assert all(any(f"{s} {n}" in line for line in head.splitlines()) for s, n in report.counts().items()), head
    assert named.splitlines()[0].startswith(f"Standards of good practice for SURV{tag}:")
    assert source_text(named, source) == named   # named once


def test_source_text_wraps_nothing():
    """source_text only names the source in a first line: it moves no clause (the engine's print wraps)."""
    long = "a heading: " + ", ".join(f"clause {i}" for i in range(8)) + ",\n  below"
    assert source_text(long, "reconstruction") == long.replace("a heading:", "a heading (reconstruction):", 1)
    assert source_text("EFF: a short line\n  below", "reconstruction") == "EFF (reconstruction): a short line\n  below"
