"""data/README.md's Paper A paragraphs typed numbers of notebook 03's results that no test compared with the outputs:
how many cases `n_cut = 2` keeps (said twice), which claim it would make fragile, and the checklist counts it quotes
as qca.json saves them. Each is now read back from the outputs notebook 03 wrote (on the reconstruction, which the
paragraphs describe; a drop-in of the original matrix changes the outputs, not the README)."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from analysis.paths import DATA_DERIVED, ROOT

OUT = DATA_DERIVED / "paperA"
README = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def qca():
    saved = json.loads((OUT / "qca.json").read_text(encoding="utf-8"))
    if saved["data_source"] != "reconstruction":
        pytest.skip("data/README.md describes the reconstruction's results")
    return saved


def test_the_cases_n_cut_2_keeps_are_those_notebook_03_counted(qca):
    kept = re.search(r"n_cut = 2 keeps (\d+) of (\d+) cases in rows that count", qca["robustness_sensitivity"]["en"])
    assert kept, qca["robustness_sensitivity"]["en"]
    k, n = kept.groups()
    said = re.findall(r"`n_cut = 2` keeps (\d+) of (?:the reconstruction's )?(\d+) cases", README)
    assert len(said) == 2 and set(said) == {(k, n)}, said


def test_the_claim_n_cut_2_would_make_fragile_is_the_ledgers(qca):
    claims = pd.read_csv(OUT / "claims.csv", keep_default_na=False).set_index("claim_id")["robustness_sensitivity"]
    moved = sorted(cid for cid, text in claims.items() if re.search(r"n_cut=2 \(.*\) would make it fragile", text))
    said = re.search(r"on the reconstruction `n_cut = 2` would make ((?:A\d+(?:, | and )?)+) fragile", README)
    assert said, "data/README.md no longer says which claim n_cut = 2 would make fragile"
    assert re.findall(r"A\d+", said.group(1)) == moved


def test_the_checklist_counts_data_readme_quotes_are_qca_jsons(qca):
    quoted = re.search(r"`\.\.\. (\(of \d+; evidence: [^`]*)` on the reconstruction", README)
    assert quoted, "data/README.md no longer quotes qca.json's checklist counts"
    assert qca["checklist"].endswith(quoted.group(1))
