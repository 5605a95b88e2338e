"""The audit of the R references (data/reference/r-qca, r-setmethods): every file, and every result in each JSON,
has a test that compares the engine with it, or is listed here with the reason it is not compared.

The table below (and its copy in data/reference/README.md, 'Which test compares each file') was made by running the
comparison tests with every read of a reference JSON recorded, down to each field: every result of every file is
read by the modules named, and the only fields no test read are those in NOT_COMPARED. A reference file or result
added without a comparison fails here, as does a stale entry."""
from __future__ import annotations

import json
import re

import pytest

from analysis.paths import DATA_REFERENCE, ROOT
from analysis.qca import minimize, truth_table
from analysis.qca.diagnostics import smmr
from setmethods_reference import dataset, result

TESTS = ROOT / "tests"

#: file -> (the test modules comparing the engine with it, how many results / solutions / examples it holds)
AUDIT = {
    "r-qca/CVF.json": (["test_qca_r_parity.py", "test_r_printed_models.py"], 2),
    "r-qca/LC.json": (["test_qca_r_parity.py", "test_qca_oracle.py", "test_r_printed_models.py"], 3),
    "r-qca/LC_negated.json": (["test_qca_r_parity.py", "test_qca_oracle.py", "test_r_printed_models.py"], 3),
    "r-qca/LF.json": (["test_qca_r_parity.py", "test_qca_oracle.py", "test_r_printed_models.py"], 3),
    "r-qca/LF_negated.json": (["test_qca_r_parity.py", "test_qca_oracle.py", "test_r_printed_models.py"], 4),
    "r-qca/LM.json": (["test_qca_r_parity.py", "test_r_printed_models.py"], 2),
    "r-qca/LC_necessity.json": (["test_qca_r_parity.py", "test_qca_necessity.py"], 1),
    "r-qca/LF_necessity.json": (["test_qca_r_parity.py", "test_qca_necessity.py"], 4),
    "r-qca/calibration.json": (["test_qca_r_parity.py", "test_qca_calibrate.py"], 17),
    "r-setmethods/LF_esa.json": (["test_qca_esa.py", "test_r_printed_models.py"], 19),
    "r-setmethods/CVF_esa.json": (["test_qca_esa.py", "test_r_printed_models.py"], 19),
    "r-setmethods/LF_pof.json": (["test_qca_pof.py"], 34),
    "r-setmethods/CVF_pof.json": (["test_qca_pof.py"], 22),
    "r-setmethods/LF_robustness_ranges.json": (["test_qca_protocol.py", "test_qca_setmethods_read_differences.py"], 3),
    "r-setmethods/LF_robustness_testset.json": (["test_qca_protocol.py", "test_r_printed_models.py"], 13),
    "r-setmethods/LF_smmr.json": (["test_qca_diagnostics.py", "test_reference_audit.py",
                                   "test_r_printed_models.py"], 28),
    "r-setmethods/LF_theory.json": (["test_qca_diagnostics.py", "test_qca_setmethods_read_differences.py",
                                     "test_r_printed_models.py"], 6),
    "r-setmethods/LF_cluster.json": (["test_qca_diagnostics.py", "test_r_printed_models.py"], 8),
}

#: the other files of the two folders: what they are and what reads them
OTHER_FILES = {
    "r-qca/analyses.R": "the R script that made r-qca/ (its calls are stored in each JSON's `calls`)",
    "r-setmethods/analyses.R": "the R script that made r-setmethods/",
    "r-setmethods/sm_helpers.R": "the helpers r-setmethods/analyses.R sources",
    "r-setmethods/README.md": "the shared folder's own notes on the format, copied unchanged",
    "r-setmethods/LF_panel.csv": "the synthetic panel cluster() read: test_qca_diagnostics.py compares it with "
                                 "LF_cluster.json's panel_data",
}

#: fields no comparison reads, and why (a JSON path, list items written [])
NOT_COMPARED = {
    "r-setmethods/LF_cluster.json": {
        ".results.*.value.wiconsprint": "cluster()'s print option (wicons = TRUE prints the within consistencies); "
                                        "the engine returns them always, and test_qca_diagnostics compares them",
    },
    "r-setmethods/LF_smmr.json": {
        ".results.single_suf_cases*.value[].results[].id": "R's row names of a table smmr() builds and reorders "
                                                             "(IE is '21' in one table, '2' in another); the case "
                                                             "itself, `Case`, is compared",
        ".results.match_suf_cases4_intermediate.error": "R stops with an error: test_qca_diagnostics' NOT_COMPARED",
    },
}
#: the `dataset` label of these files: the tests read the data set its calls name (LF, or the synthetic panel)
DATASET_LABEL_ONLY = ["r-qca/LC_necessity.json", "r-qca/LF_necessity.json", "r-setmethods/LF_cluster.json",
                      "r-setmethods/LF_robustness_ranges.json", "r-setmethods/LF_robustness_testset.json",
                      "r-setmethods/LF_smmr.json", "r-setmethods/LF_theory.json"]


def _json(rel: str) -> dict:
    return json.loads((DATA_REFERENCE / rel).read_text(encoding="utf-8"))


def _entries(rel: str) -> dict:
    ref = _json(rel)
    return ref.get("results") or ref.get("solutions") or ref.get("examples")


def _paths(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, f"{path}.{k}")
    elif isinstance(value, list):
        for v in value:
            yield from _paths(v, f"{path}[]")
    yield path


def test_every_file_of_the_two_reference_folders_is_in_the_audit():
    files = {p.relative_to(DATA_REFERENCE).as_posix() for folder in ("r-qca", "r-setmethods")
             for p in (DATA_REFERENCE / folder).iterdir() if p.is_file()}
    jsons = {f for f in files if f.endswith(".json")}
    printouts = {f for f in files if f.endswith(".txt")}
    assert jsons == set(AUDIT)
    # each .txt is R's printout of the calls its JSON stores (the same results, as R prints them)
    assert printouts == {f[:-5] + ".txt" for f in jsons}
    assert files - jsons - printouts == set(OTHER_FILES)


@pytest.mark.parametrize("rel", AUDIT)
def test_every_result_of_a_file_is_counted_and_its_tests_read_the_file(rel):
    """A result added to a file changes its count, and its comparison has to be found (or listed) anew; each module
    named reads the file (names it, or its folder's list of files)."""
    modules, count = AUDIT[rel]
    assert len(_entries(rel)) == count
    stem = rel.split("/")[1][:-5]
    for module in modules:
        text = (TESTS / module).read_text(encoding="utf-8")
        named = re.search(rf"\b{re.escape(stem)}\b", text) or (
            stem in {"CVF", "LC", "LF", "LM", "LC_negated", "LF_negated"} and "STANDARD" in text)
        assert named, f"{module} does not name {stem}"


@pytest.mark.parametrize("rel", NOT_COMPARED)
def test_the_fields_left_uncompared_are_in_the_file(rel):
    paths = set(_paths(_json(rel)))
    for pattern in NOT_COMPARED[rel]:
        rx = re.compile(re.escape(pattern).replace(r"\*", r"[^.\[]*") + "$")
        assert any(rx.match(p) for p in paths), pattern


def test_the_files_whose_dataset_field_is_a_label_only_have_one():
    for rel in DATASET_LABEL_ONLY:
        assert isinstance(_json(rel)["dataset"], str) and rel in AUDIT


def test_the_readme_table_names_every_file_with_its_tests():
    """data/reference/README.md's table says, for each file, the modules that compare it: the same as AUDIT."""
    readme = (DATA_REFERENCE / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Which test compares each file", 1)[1]
    rows = dict(re.findall(r"^\| `([\w\-/]+)\.json` \|[^|]*\| ([^|]+) \|", section, flags=re.M))
    assert set(rows) == {f[:-5] for f in AUDIT}
    for rel, (modules, _) in AUDIT.items():
        assert sorted(re.findall(r"test_\w+\.py", rows[rel[:-5]])) == sorted(modules), rel


SMMR_KIND = {1: "typical", 3: "deviant consistency", 4: "deviant coverage", 5: "irrelevant"}
R_TITLE = {"typical": "Typical Cases", "deviant consistency": "Deviant Consistency Cases",
           "deviant coverage": "Deviant Coverage Cases", "irrelevant": "Individually Irrelevant Cases"}


@pytest.mark.parametrize("n", SMMR_KIND)
@pytest.mark.parametrize("sol", ["intermediate", "parsimonious"])
def test_each_smmr_table_is_the_kind_of_case_r_names_it(n, sol):
    """smmr()'s tables carry a title (R's name for the kind of case it lists, from `cases = n`), which no test read:
    test_qca_diagnostics asks the engine for the kind its own map gives n. R's titles confirm that map, and the
    engine's table of that kind lists R's cases, in R's order."""
    key = f"single_suf_cases{n}_{sol}"
    assert f"cases = {n})" in _json("r-setmethods/LF_smmr.json")["calls"][key]
    tables = result("LF_smmr", key)
    assert [t["title"] for t in tables] == [R_TITLE[SMMR_KIND[n]]]
    tt = truth_table(dataset("LF"), "SURV", "DEV, URB, LIT, IND, STB", incl_cut=0.8, case_column="case")
    inter = minimize(tt, "?", dir_exp="1,1,1,1,1")
    ours = smmr(inter if sol == "intermediate" else inter.parsimonious, SMMR_KIND[n])
    assert list(ours["case"]) == [r["Case"] for r in tables[0]["results"]]


@pytest.mark.parametrize("name", ["LC", "LC_negated", "LF", "LF_negated", "LM", "CVF"])
def test_the_printed_truth_table_is_the_json_the_engine_is_compared_with(name):
    """R's printout of each standard analysis' truth table (r-qca/<name>.txt) holds the rows of its JSON, which
    test_qca_r_parity compares with the engine: every observed row, with its configuration, OUT, n, incl and PRI (to
    3 decimals, as R prints them) and, where R printed them on the row (not CVF's, too wide), its cases. So the
    printout, which no test read, agrees with the engine through the JSON."""
    text = (DATA_REFERENCE / "r-qca" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    ref = _json(f"r-qca/{name}.json")["truth_table"]
    rows = {r["row"]: r for r in ref["rows"]}
    k = len(ref["conditions"])
    start = next(i for i, line in enumerate(text) if line.startswith("> truthTable("))
    row_line = re.compile(r"^\s*(\d+)\s+((?:\d\s+){%d})(\S+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s*(.*)$" % k)
    printed = []
    for line in text[start + 1:]:
        if line.startswith("> "):
            break
        m = row_line.match(line)
        if not m:
            continue
        r = rows[int(m.group(1))]
        printed.append(r["row"])
        assert [int(v) for v in m.group(2).split()] == r["config"], line
        assert (m.group(3), int(m.group(4))) == (r["OUT"], r["n"]), line
        assert abs(float(m.group(5)) - r["incl"]) < 5e-4 and abs(float(m.group(6)) - r["PRI"]) < 5e-4, line
        if m.group(7).strip():
            assert m.group(7).strip() == ",".join(r["cases"]), line
    assert printed == [r["row"] for r in ref["rows"] if r["n"] > 0]
