"""Every data file a notebook reads is a prerequisite of its stamp: edit it and `make` reruns the notebook.

tests/test_pipeline_faults.py checks the analysis/ modules each notebook imports against its recorded files
(build/params/src/NAME.sums, the Makefile's SRC_NAME); this checks the data files those modules and the notebook's own
code name under the project's data folders (analysis/paths.py: DATA_RAW, DATA_REFERENCE, DATASETS, R_QCA,
R_SETMETHODS), as a path of constant parts (`DATA_REFERENCE / "seeds" / "abstract.txt"`, `DATA_RAW / CODEBOOK_FILE`)
or a glob (`R_SETMETHODS.glob("*.json")`).
"""
from __future__ import annotations

import ast
import functools
import os
import subprocess

import pytest

from analysis.paths import ROOT
from test_pipeline_faults import sources_read

# analysis/paths.py's data folders, relative to the project root
DATA_FOLDERS = {"DATA_RAW": "data/raw", "DATA_REFERENCE": "data/reference", "DATASETS": "data/reference/datasets",
                "R_QCA": "data/reference/r-qca", "R_SETMETHODS": "data/reference/r-setmethods"}


# Files a module names that only one notebook reads, though others import the module: analysis/paper_a/cases.py's
# load_cases and load_codebook read the case file and codebook in notebook 02 alone (03, 04 and the workshop read the
# tables 02 writes; their stamps depend on 02's), analysis/method_validation.py's BWB_FILE is read in notebook 00 alone
# (04 draws from 00's agreement.csv). Checked with strace on a full make (openat of each notebook's processes): no other
# notebook opens them.
READ_BY_ONE = {"data/raw/paperA_cases_reconstruction.csv": "02_case_calibration",
               "data/raw/paperA_codebook.csv": "02_case_calibration",
               "data/reference/datasets/d.BWB.csv": "00_method_validation"}


# Modules that list a data folder for its file names alone, never opening a file: analysis/workshop.py's
# file_not_found_note matches the name of a file a student's cell did not find (pd.read_csv("LR.csv")) against
# DATASETS' names, for its hint; no output of a run depends on the files' contents.
NAMES_ONLY = {"analysis/workshop.py"}


@functools.lru_cache(maxsize=None)
def named_data_files(source: str) -> frozenset[str]:
    """The existing files below DATA_FOLDERS that `source` names by a path of constant parts or a glob (relative to
    the project root). A part may be a name the module binds to a string (CODEBOOK_FILE = "paperA_codebook.csv").
    Kept per source: the notebooks' import graphs share most modules."""
    if not any(name in source for name in DATA_FOLDERS):   # most of analysis/ names none: not parsed
        return frozenset()
    tree = ast.parse(source)
    strings = {target.id: node.value.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
               and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
               for target in node.targets if isinstance(target, ast.Name)}

    def part(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return strings.get(node.id) if isinstance(node, ast.Name) else None

    def path(node: ast.AST) -> list[str] | None:
        if isinstance(node, ast.Name) and node.id in DATA_FOLDERS:
            return [DATA_FOLDERS[node.id]]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            left, right = path(node.left), part(node.right)
            return None if left is None or right is None else [*left, right]
        return None

    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and (parts := path(node)) and len(parts) > 1:
            if (ROOT / "/".join(parts)).is_file():
                found.add("/".join(parts))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("glob", "rglob")
              and (folder := path(node.func.value)) and node.args and (pattern := part(node.args[0]))):
            matches = (ROOT / "/".join(folder)).glob(pattern if node.func.attr == "glob" else f"**/{pattern}")
            found.update(p.relative_to(ROOT).as_posix() for p in matches if p.is_file())
    return frozenset(found)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory) -> dict[str, set[str]]:
    """Each notebook's recorded files (its stamp's prerequisites, with their checksums), as make writes them."""
    params = tmp_path_factory.mktemp("params")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    subprocess.run(["make", "-C", str(ROOT), f"PARAMS={params}", "help"], env=env, capture_output=True, text=True,
                   timeout=60, check=True)
    return {record.relative_to(params / "src").with_suffix("").as_posix():
            {line.split(" ", 2)[2] for line in record.read_text(encoding="utf-8").splitlines()}
            for record in sorted((params / "src").glob("**/*.sums"))}


def test_the_scan_finds_paths_globs_and_named_parts():
    """The scan itself, on a module written for it: a constant path, one through a bound name, a glob; not a folder,
    a missing file or a path built at run time."""
    source = ("from analysis.paths import DATA_RAW, DATA_REFERENCE, R_SETMETHODS\n"
              "CODEBOOK = 'paperA_codebook.csv'\n"
              "A = DATA_RAW / 'policy_documents.csv'\n"
              "B = DATA_RAW / CODEBOOK\n"
              "C = [p for p in R_SETMETHODS.glob('LF_*.json')]\n"
              "D = DATA_REFERENCE / 'datasets'\n"
              "E = DATA_RAW / 'no_such_file.csv'\n"
              "def f(name): return DATA_RAW / f'{name}.csv'\n")
    found = named_data_files(source)
    assert {"data/raw/policy_documents.csv", "data/raw/paperA_codebook.csv", "data/reference/r-setmethods/LF_esa.json"} <= found
    assert all(p.startswith(("data/raw/", "data/reference/r-setmethods/LF_")) for p in found), found
    assert "data/reference/datasets" not in found and "data/raw/no_such_file.csv" not in found


def test_the_modules_a_notebook_reads_include_those_its_packages_load_on_first_use():
    """Notebook 03 calls analysis.qca.permutation_benchmark, which analysis/qca/__init__.py loads on first use
    (_LAZY, import_module): no import statement names analysis/qca/permutation.py, yet 03 runs it (strace of a full
    make opens it). The modules scanned for data files are those a notebook may run, these included."""
    assert "analysis/qca/permutation.py" in sources_read("03_qca")


def test_every_data_file_a_notebook_names_is_a_prerequisite_of_its_stamp(recorded):
    """notebook 01 (and 04) read Paper B's stored abstract, data/reference/seeds/000_....txt (analysis/paper_b/corpus.py,
    ABSTRACT_FILE: the claims computed from it), which was no prerequisite: edited, it left both notebooks up to date
    (`make -q` 0) with the old abstract's numbers in their outputs. Each data file a notebook's code or modules name
    is among its recorded files now."""
    assert len(recorded) >= 6
    missing = {}
    for notebook, files in recorded.items():
        named = set().union(*(named_data_files(text) for module, text in sources_read(notebook).items()
                              if module not in NAMES_ONLY))
        named = {f for f in named if READ_BY_ONE.get(f, notebook) == notebook}
        if named - files:
            missing[notebook] = sorted(named - files)
    assert missing == {}, "data files the notebook reads but its stamp does not depend on"
    assert all(f in recorded[nb] for f, nb in READ_BY_ONE.items())   # and the one notebook does depend on them


def test_a_module_scanned_for_names_only_reads_no_data_file_by_a_constant_path(recorded):
    """NAMES_ONLY leaves a module out of the scan because it lists a folder for names; a path of constant parts in
    it (DATASETS / "LR.csv") may be a file it opens, so each is still a prerequisite of every notebook importing it."""

    class NoGlob(ast.NodeTransformer):
        def visit_Call(self, node):
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("glob", "rglob"):
                return ast.Constant(None)
            return self.generic_visit(node)

    for module in NAMES_ONLY:
        paths = named_data_files(ast.unparse(NoGlob().visit(ast.parse((ROOT / module).read_text(encoding="utf-8")))))
        for notebook, files in recorded.items():
            if module in sources_read(notebook):
                assert paths <= files, (module, notebook, sorted(paths - files))
