"""The excerpt layer's tables name what they count: coding units, not documents.

The excerpt layer's units go through the title layer's functions as if they were documents (excerpts.unit_documents
places them as kind 'document'; excerpts.manual_coding codes them as a CodingResult of 'documents'). Its derived
tables kept those names: units_stage_assignments.csv and units_coded.csv had a doc_id column holding unit ids (and
a kind column saying 'document' for every unit), units_stage_profiles.csv, units_profile_tests.csv and
units_placement_sensitivity.csv an n_documents column counting units (14 'documents' in 应急协作, where the title
layer has 2), and notebook 01 printed '186 documents, 962 codings' for the units' coding. They now say unit_id and
n_units, drop the constant kind, and the coding of units prints units."""
import json
import re

import pandas as pd
import pytest

from analysis.paths import DATA_DERIVED, ROOT
from analysis.paper_b import codebook as cb
from analysis.paper_b import excerpts as ex

UNIT_TABLES = ("units_stage_assignments.csv", "units_coded.csv", "units_stage_profiles.csv",
               "units_profile_tests.csv", "units_placement_sensitivity.csv")


def test_unit_columns_renames_what_the_title_layer_calls_documents():
    t = pd.DataFrame({"doc_id": ["N01-01", "L01-02"], "kind": ["document", "document"], "n_documents": [2, 2],
                      "n_date_unverified": [1, 1], "stage": ["甲", "乙"]})
    out = ex.unit_columns(t)
    assert list(out.columns) == ["unit_id", "n_units", "n_date_unverified", "stage"]
    assert out["unit_id"].tolist() == ["N01-01", "L01-02"] and out["n_units"].tolist() == [2, 2]
    assert list(t.columns)[0] == "doc_id"                              # the input is left as it was
    indexed = ex.unit_columns(t.set_index("doc_id").drop(columns="kind"))
    assert indexed.index.name == "unit_id" and "n_units" in indexed.columns
    with pytest.raises(ValueError, match="kind .*'event'.*units are placed as documents"):
        ex.unit_columns(t.assign(kind=["document", "event"]))


@pytest.fixture(scope="module")
def layer_and_book():
    book = cb.load_codebook()
    return ex.load_excerpt_layer(book), book


def test_the_coding_of_units_counts_units(layer_and_book):
    layer, book = layer_and_book
    n = len(layer.units)
    for result in (ex.manual_coding(layer, book), ex.dictionary_coding(layer, book)):
        text = str(result)
        uncoded = int((result.matrix().sum(axis=1) == 0).sum())   # each count in its noun's number (was 'unit(s)')
        assert f": {n} units, " in text and text.endswith(f"; {uncoded} unit{'s' * (uncoded != 1)} without any code"), text
        assert "document" not in text, text


@pytest.mark.parametrize("name", UNIT_TABLES)
def test_committed_unit_tables_name_units(name):
    table = pd.read_csv(DATA_DERIVED / "paperB" / name)
    assert not {"doc_id", "n_documents", "kind"} & set(table.columns), (name, list(table.columns))
    assert {"unit_id", "n_units"} & set(table.columns), (name, list(table.columns))


def test_notebook_01_shows_the_unit_tables_with_unit_names():
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    cells = {"coding": "unit_manual = ex.manual_coding(", "stages": "unit_assignments = per.assign_stages("}
    for what, start in cells.items():
        cell = next(c for c in nb["cells"] if "".join(c["source"]).startswith(start))
        text = "".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/html", ""))
                       for o in cell["outputs"])
        assert "document" not in text, (what, [l for l in text.splitlines() if "document" in l][:3])
        assert "units" in text, what


def test_notebook_01_shows_each_unit_date_with_its_status():
    """Notebook 01's first look at the excerpt units (B1) showed each unit's date but not its date_status, though
    the section says a unit's date is V or U as in the title layer and most dated units' dates are U (a date not
    seen in the source named): a reader saw the compendium's dating as fact. The table now shows date_status next
    to date."""
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "".join(c["source"]).startswith("layer = ex.load_excerpt_layer("))
    tables = ["".join(o.get("data", {}).get("text/html", "")) for o in cell["outputs"]]
    shown = [t for t in tables if "<th>excerpt_zh</th>" in t]
    assert shown, "B1 no longer shows the units"
    for t in shown:
        assert "<th>date</th>\n      <th>date_status</th>" in t, t[:400]


def test_notebook_01_names_the_two_timing_tables():
    """B5 showed two tables of the stage themes' mean dates one below the other, the second computed on units with
    a verified date only (n_date_unverified 0 throughout, and other means: 应急协作 2023.86 against 2022.98), with no
    word of which is which. Each is now introduced by a line saying what it holds."""
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "".join(c["source"]).startswith("timing = xc.signature_timing("))
    kinds = [("table" if "text/html" in o.get("data", {}) else "text") for o in cell["outputs"]]
    texts = ["".join(o.get("text", "")) for o in cell["outputs"]]
    assert kinds == ["text", "table", "text", "table"], kinds
    assert "every dated unit" in texts[0] and "verified date only" in texts[2], texts


def test_paper_bs_claims_table_says_its_unit_counts_in_the_number_they_take():
    """Paper B's claims table (notebook 01) said 'also 1 problem-framed unit(s) (L44-01)', 'named in 1 problem-framed
    unit(s)' and 'the root its unit(s) X11-02 name': each count and its verb now take their number."""
    table = pd.read_csv(DATA_DERIVED / "paperB" / "claims.csv", dtype=str, keep_default_na=False, encoding="utf-8")
    text = "\n".join(table.astype(str).agg(" ".join, axis=1))
    assert "unit(s)" not in text
    for n, unit in re.findall(r"(\d+) problem-framed (units?)\b", text):
        assert unit == ("unit" if n == "1" else "units"), (n, unit)
    assert re.search(r"the root its (?:unit \S+ names|units .+? name);", text) or "the root its" not in text
