"""Paper A's truth table figure was titled 'Truth table (reconstruction)': read alone, as a reviewer reads a figure,
it showed an OUT column without saying of which outcome or at which cut-offs it was coded. Its title now names the
outcome and incl_cut / n_cut, in either language, from the parameters notebook 03 ran with (notebook 04 redraws it
from qca.json's)."""
from __future__ import annotations

import json
import re

from analysis.paper_a import cases as C
from analysis.paths import DATA_DERIVED, ROOT


def test_the_truth_tables_title_names_its_outcome_and_cut_offs():
    title = lambda lang, **kw: C.figure_title("truth_table", "reconstruction", lang, **kw)   # noqa: E731
    assert title("en", outcome="good integration", incl_cut=0.8, n_cut=1) == (
        "Truth table for good integration: OUT at incl_cut 0.8, n_cut 1 (reconstruction)")
    assert title("zh", outcome="良好效果", incl_cut=0.75, n_cut=2) == (
        "良好效果的真值表：OUT 按 incl_cut 0.75、n_cut 2 编码（重建数据）")
    assert title("en", outcome="good integration") == "Truth table for good integration (reconstruction)"
    assert title("en") == "Truth table (reconstruction)" and title("zh") == "真值表（重建数据）"
    assert C.figure_title("xy", "original", incl_cut=0.8, n_cut=1) == C.figure_title("xy", "original")   # its own


def test_the_committed_truth_table_figure_carries_that_title():
    qca = json.loads((DATA_DERIVED / "paperA" / "qca.json").read_text(encoding="utf-8"))
    expected = C.figure_title("truth_table", qca["data_source"], outcome=C.set_labels("en")[qca["outcome"]],
                              incl_cut=qca["parameters"]["incl_cut"], n_cut=qca["parameters"]["n_cut"])
    svg = (ROOT / "figures" / "paperA_truth_table.svg").read_text(encoding="utf-8")
    assert re.search(r"<dc:title>([^<]*)</dc:title>", svg).group(1) == expected
