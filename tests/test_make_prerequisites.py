"""Every data file and every analysis/ module a notebook reads is a prerequisite of its stamp, and no module it does not
read: edit one and `make` reruns the notebooks that read it, and only those (with those that use their outputs).

tests/test_pipeline_faults.py checks the analysis/ modules each notebook imports against its recorded files
(build/params/src/NAME.sums, the Makefile's SRC_NAME); this checks the data files those modules and the notebook's own
code name under the project's data folders (analysis/paths.py: DATA_RAW, DATA_REFERENCE, DATASETS, R_QCA,
R_SETMETHODS), as a path of constant parts (`DATA_REFERENCE / "seeds" / "abstract.txt"`, `DATA_RAW / CODEBOOK_FILE`)
or a glob (`R_SETMETHODS.glob("*.json")`).
"""
from __future__ import annotations

import ast
import functools
import json
import os
import subprocess
import sys
import textwrap

import pytest

from analysis.paths import ROOT
from _scripts import load_script
from test_make_parallel import project  # noqa: F401  (the fixture: make in a copy of the project)

pytestmark = pytest.mark.usefixtures("make_finds_python_once")   # tests/conftest.py

make_deps = load_script("tools/make_deps.py")
sources_read = make_deps.sources_read

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


# Modules that list a data folder for its file names alone, never opening a file: the file_not_found_note of
# analysis/workshop/python_errors.py matches the name of a file a student's cell did not find (pd.read_csv("LR.csv"))
# against DATASETS' names, for its hint; no output of a run depends on the files' contents.
NAMES_ONLY = {"analysis/workshop/python_errors.py"}


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


def _notebooks() -> list[str]:
    return sorted(p.relative_to(ROOT / "notebooks").with_suffix("").as_posix()
                  for p in [*(ROOT / "notebooks").glob("*.ipynb"), *(ROOT / "notebooks").glob("*/*.ipynb")]
                  if p.parent.name != "executed")


def test_each_notebooks_modules_are_exactly_those_it_reads(recorded):
    """Every notebook depended on every module of analysis/qca/ (QCA_SRC, a glob) and of the groups typed by hand for
    it: an edit of analysis/qca/cli.py, which no notebook imports, reran all seven. Its recorded analysis/ files
    are now exactly the modules it reads (tools/make_deps.py, computed when make reads the Makefile)."""
    assert len(recorded) >= 6
    for notebook, files in recorded.items():
        assert sorted(f for f in files if f.startswith("analysis/")) == make_deps.modules_read(notebook), notebook


# A fresh Python for each run of IMPORTED or LOADED below, forked from one that has imported the third-party modules
# the analysis/ modules import (numpy, pandas, matplotlib) and no analysis/ module: a child's analysis/ modules are
# those its code loads, as in a new process, without each run importing pandas again (about 40 runs in this file,
# most of each one's CPU). A child's stdout, stderr and exit status come back as subprocess.run's would.
FORK_SERVER = textwrap.dedent("""
    import json, os, sys, tempfile, traceback
    import numpy, pandas, matplotlib
    assert not any(name.split(".")[0] == "analysis" for name in sys.modules)
    for line in sys.stdin:
        script, args, cwd = json.loads(line)
        with tempfile.TemporaryDirectory() as tmp:
            out, err = os.path.join(tmp, "out"), os.path.join(tmp, "err")
            pid = os.fork()
            if pid == 0:
                for fd, path in ((1, out), (2, err)):
                    os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT), fd)
                os.chdir(cwd)
                sys.argv, status = ["-c", *args], 0
                try:
                    exec(compile(script, "<string>", "exec"), {"__name__": "__main__"})
                except SystemExit as exc:
                    status = exc.code if isinstance(exc.code, int) else 1
                except BaseException:
                    traceback.print_exc()
                    status = 1
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
            status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
            said = [open(path, encoding="utf-8").read() for path in (out, err)]
        print(json.dumps([status, *said]), flush=True)
""")
_SERVER: list[subprocess.Popen] = []


@pytest.fixture(scope="module", autouse=True)
def _fork_server_ends_with_the_module():
    """The forking Python (started on first use) ends with this file's tests: the worker runs other files after."""
    yield
    while _SERVER:
        _SERVER.pop().communicate(timeout=60)            # its stdin closed: it ends


def _fresh_python(script: str, args: list[str], cwd) -> subprocess.CompletedProcess:
    """`python -c script *args` in cwd, in a fresh Python forked from FORK_SERVER (started on first use)."""
    if not _SERVER:
        _SERVER.append(subprocess.Popen([sys.executable, "-c", FORK_SERVER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT))
    server = _SERVER[0]
    server.stdin.write(json.dumps([script, args, str(cwd)]) + "\n")
    server.stdin.flush()
    status, out, err = json.loads(server.stdout.readline())
    return subprocess.CompletedProcess([sys.executable, "-c", script, *args], status, out, err)


IMPORTED = textwrap.dedent("""
    import ast, json, sys
    sys.path.insert(0, sys.argv[1])
    for source in sys.argv[2:]:
        tree = ast.parse(source)
        imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) and not getattr(n, "level", 0)
                   and (n.names[0].name if isinstance(n, ast.Import) else n.module or "").split(".")[0] == "analysis"]
        exec(compile(ast.Module(body=imports, type_ignores=[]), "imports", "exec"), {})
    print(json.dumps(sorted(m.__file__ for name, m in sys.modules.items()
                            if name.split(".")[0] == "analysis" and getattr(m, "__file__", None))))
""")


def test_the_modules_python_loads_for_a_notebooks_imports_are_among_those_it_reads():
    """The scan reads import statements; Python runs them: the modules loaded by running the import statements of a
    notebook's code and of the runner (every one, those inside functions too, as the scan counts them) are all among
    the modules make takes for its prerequisites. An import the scan misses (a module loaded by a name computed at
    run time, importlib) shows here."""
    runner = (ROOT / make_deps.RUNNER).read_text(encoding="utf-8")
    for notebook in _notebooks():
        code = make_deps.notebook_code(ROOT / "notebooks" / f"{notebook}.ipynb")
        proc = _fresh_python(IMPORTED, [str(ROOT), code, runner], ROOT / "notebooks")
        assert proc.returncode == 0, proc.stderr
        loaded = {os.path.relpath(f, ROOT).replace(os.sep, "/") for f in json.loads(proc.stdout)}
        assert loaded and loaded <= set(make_deps.modules_read(notebook)), (notebook, sorted(loaded - set(
            make_deps.modules_read(notebook))))


LAZY_PACKAGES = ("analysis.qca", "analysis.paper_a")   # analysis.workshop: its names notebooks 03 and 04 ask for are
# checked by test_notebooks_03_and_04_read_of_the_workshop_only_..., and the workshop notebooks read every module of it


def _lazy_names() -> list[tuple[str, str]]:
    """(package, name): one name per module each lazy package loads on first use (its _LAZY, read as make reads it)."""
    found = []
    for package in LAZY_PACKAGES:
        init = ROOT.joinpath(*package.split("."), "__init__.py").read_text(encoding="utf-8")
        by_module = {m: n for n, m in sorted(make_deps.facts(init, package, True).lazy.items(), reverse=True)}
        found.extend((package, name) for _, name in sorted(by_module.items()))
    return found


LOADED = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    exec(sys.argv[2], {})
    print(json.dumps(sorted(m.__file__ for name, m in sys.modules.items()
                            if name.split(".")[0] == "analysis" and getattr(m, "__file__", None))))
""")


def _loaded_by(code: str) -> set[str]:
    """The analysis/ files a fresh Python loads to run `code` (from the project root on sys.path)."""
    proc = _fresh_python(LOADED, [str(ROOT), code], ROOT)
    assert proc.returncode == 0, proc.stderr
    return {os.path.relpath(f, ROOT).replace(os.sep, "/") for f in json.loads(proc.stdout)}


def _read_for(tmp_path, code: str) -> set[str]:
    """The analysis/ files make takes for a notebook whose code is `code` (tools/make_deps.py on this analysis/)."""
    (tmp_path / "analysis").symlink_to(ROOT / "analysis", target_is_directory=True)
    nb = {"cells": [{"cell_type": "code", "source": code, "metadata": {}, "outputs": []}], "metadata": {},
          "nbformat": 4, "nbformat_minor": 5}
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "nb.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    return set(make_deps.modules_read("nb", tmp_path))


@pytest.mark.parametrize("package, name", _lazy_names())
def test_the_modules_python_loads_for_a_name_asked_on_first_use_are_among_those_read(tmp_path, package, name):
    """analysis/qca/__init__.py loads every module on first use (and analysis/paper_a/__init__.py its modules): a
    notebook reads a module no import statement names when it asks the package for a name of it. For one name of
    each module, what Python loads to give it (the module, what it imports, and nothing the scan leaves out) is among
    what make takes for a notebook asking for that name; a module added to _LAZY, or a name it loads that the scan
    cannot see, shows here."""
    code = f"from {package} import {name}"
    loaded = _loaded_by(code)
    assert loaded <= _read_for(tmp_path, code), sorted(loaded - _read_for(tmp_path, code))


def test_the_engine_loads_only_what_is_asked_for_and_exports_the_same_names():
    """`import analysis.qca` loaded the whole engine (its __init__ imported fourteen modules), so a module that
    reads data (analysis/validate.py imports analysis.qca.read, which runs the package's __init__ first) made every
    notebook read analysis/qca/minimize.py: an edit of it reran all seven. The package now loads a module when one
    of its names is asked for. The names are those of __all__, and a module named like the function it exports
    (minimize.py, truth_table.py, ...) gives the function, also when another module imported it first (the import
    system sets a submodule as its package's attribute)."""
    assert _loaded_by("import analysis.qca") == {"analysis/__init__.py", "analysis/qca/__init__.py",
                                                 "analysis/qca/errors.py"}
    code = ("import importlib, analysis.qca as q\n"
            "for m in ('minimize', 'truth_table', 'calibrate', 'esa', 'find_rows', 'necessity', 'pof'):\n"
            "    module = importlib.import_module('analysis.qca.' + m)\n"
            "    from analysis.qca import minimize\n"
            "    assert getattr(q, m) is getattr(module, m) and callable(getattr(q, m)), m\n"
            "assert minimize is q.minimize and q.__all__ and all(callable(getattr(q, n)) for n in q.__all__)\n"
            "assert set(q.__all__) <= set(dir(q))\n")
    assert _loaded_by(code) >= {"analysis/qca/minimize.py", "analysis/qca/diagnostics.py"}


def test_an_edit_of_the_minimisation_reruns_no_notebook_that_does_not_minimise():
    """Measured with `make -n` after an edit of analysis/qca/minimize.py: all seven notebooks reran. Notebook 01
    (Paper B: no QCA) reads the engine's data reader only (analysis/validate.py), notebook 02 calibrates; neither
    minimises, and neither takes minimize.py for a prerequisite now (03, 04, 00 and the workshop do)."""
    for notebook in ("01_policy_evolution", "02_case_calibration"):
        assert "analysis/qca/minimize.py" not in make_deps.modules_read(notebook), notebook
    for notebook in ("00_method_validation", "03_qca", "workshop/qca_workshop"):
        assert "analysis/qca/minimize.py" in make_deps.modules_read(notebook), notebook



def _workshop_modules_imported_by(module: str) -> set[str]:
    """analysis/workshop/MODULE.py and the workshop modules it imports, directly or through others (every import
    statement, read with ast here, not with the scan)."""
    found, todo = set(), [module]
    while todo:
        path = f"analysis/workshop/{todo.pop()}.py"
        if path in found:
            continue
        found.add(path)
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        todo.extend(node.module.removeprefix("analysis.workshop.") for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis.workshop."))
    return found


def test_notebooks_03_and_04_read_of_the_workshop_only_its_notes_in_chinese_and_what_they_import():
    """Notebook 03 prints good_practice's rows in Chinese in the workshop's words (analysis/paper_a/checklist.py:
    `from ..workshop import STANDARD_ZH, STATUS_ZH, engine_note_zh`; 04 reads benchmark_sentence_zh and ON_BOUND_ZH),
    all of analysis/workshop/zh_notes.py; yet the package's __init__ imported its fifteen modules, so an edit of the
    exercises' notes (exercises.py, python_errors.py, cells_above.py, ...) reran 03 and 04 (and made them read
    analysis/qca/chain.py, for python_errors' getattr of the engine by a computed name). The package loads a
    module when one of its names is asked for now (_LAZY, as analysis/qca does): of the workshop the two read
    zh_notes, what it imports and the package's __init__, and Python loads no more for those names."""
    expected = {"analysis/workshop/__init__.py"} | _workshop_modules_imported_by("zh_notes")
    notes = {f"analysis/workshop/{m}.py" for m in ("exercises", "python_errors", "cells_above", "settings", "steps",
                                                   "meanings", "zh_warnings", "bilingual")}
    assert not expected & notes, sorted(expected & notes)
    for notebook in ("03_qca", "04_figures"):
        read = {m for m in make_deps.modules_read(notebook) if m.startswith("analysis/workshop/")}
        assert read == expected, (notebook, sorted(read ^ expected))
    loaded = _loaded_by("from analysis.workshop import STANDARD_ZH, STATUS_ZH, engine_note_zh, benchmark_sentence_zh, "
                        "ON_BOUND_ZH")
    assert {m for m in loaded if m.startswith("analysis/workshop/")} == expected

def _tree(root, files: dict[str, str], notebook_code: str) -> None:
    for name, text in {"analysis/__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    nb = {"cells": [{"cell_type": "code", "source": notebook_code, "metadata": {}, "outputs": []}], "metadata": {},
          "nbformat": 4, "nbformat_minor": 5}
    (root / "notebooks").mkdir(exist_ok=True)
    (root / "notebooks" / "nb.ipynb").write_text(json.dumps(nb), encoding="utf-8")


LAZY_PACKAGE = {
    "analysis/eng/__init__.py": """
        from .core import solve
        _LAZY = {**dict.fromkeys(("chart", "Chart"), "charts"), "bench": "slow"}
        def __getattr__(name):
            from importlib import import_module
            return getattr(import_module(f".{_LAZY[name]}", __name__), name)
        """,
    "analysis/eng/core.py": "def solve(): pass\n",
    "analysis/eng/charts.py": "from .helpers import draw\ndef chart(): pass\n",
    "analysis/eng/helpers.py": "def draw(): pass\n",
    "analysis/eng/slow.py": "def bench(): pass\n",
    "analysis/eng/cli.py": "from . import slow\n",
    "analysis/user/__init__.py": "from analysis import eng\n\ndef f():\n    return eng.bench()\n",   # a package's own use
}


@pytest.mark.parametrize("code, read", [
    ("from analysis.eng import solve", {"core"}),
    ("from analysis import eng\neng.chart()", {"core", "charts", "helpers"}),   # and what the lazy module imports
    ("from analysis.eng import Chart", {"core", "charts", "helpers"}),
    ("import analysis.eng as e\ngetattr(e, 'bench')()", {"core", "slow"}),
    ("import analysis.eng as e\nfor n in ('chart', 'bench'):\n    getattr(e, n)", {"core", "charts", "helpers", "slow"}),
    ("from analysis.eng import *", {"core", "charts", "helpers", "slow"}),
    ("import analysis.eng.cli", {"core", "cli", "slow"}),
    ("import analysis.user", {"core", "slow"}),
    ("from analysis.eng import solve\nchart = solve()\nprint(chart, Chart)", {"core"}),   # bare names: not asked for
])
def test_modules_a_package_loads_on_first_use_are_read_when_a_name_asks_for_them(tmp_path, code, read):
    """analysis/qca/__init__.py loads six modules on first use (_LAZY, import_module in __getattr__): no import
    statement names them. A notebook reads one when a source it reads asks for one of its names (a name, an
    attribute, an imported name, getattr's constant), every one when it may ask for any (a star import, getattr of
    a name computed at run time), and what that module imports in turn; not the others."""
    _tree(tmp_path, LAZY_PACKAGE, code)
    found = {p.removeprefix("analysis/eng/").removesuffix(".py") for p in make_deps.modules_read("nb", tmp_path)
             if p.startswith("analysis/eng/")}
    assert found == read | {"__init__"}


@pytest.mark.parametrize("init", [
    "def __getattr__(name):\n    import importlib\n    return importlib.import_module('analysis.eng.' + name)\n",
    "import importlib\nPLUGINS = ['core']\nLOADED = [importlib.import_module(f'.{p}', __name__) for p in PLUGINS]\n",
])
def test_a_package_that_loads_modules_in_a_way_the_scan_cannot_read_is_read_whole(tmp_path, init):
    """A package __getattr__ without _LAZY, or import_module of a computed name: which module it loads is not
    written in the source, so every module of its folder is a prerequisite (an extra rerun, never a stale output)."""
    _tree(tmp_path, {**LAZY_PACKAGE, "analysis/eng/__init__.py": init}, "import analysis.eng")
    found = {p for p in make_deps.modules_read("nb", tmp_path) if p.startswith("analysis/eng/")}
    assert found == {f"analysis/eng/{m}.py" for m in ("__init__", "core", "charts", "helpers", "slow", "cli")}


def test_the_scan_keeps_what_it_read_of_each_source_and_reads_again_only_an_edited_one(tmp_path, monkeypatch, capsys):
    """Each make whose answer was out of date (after any edit of a module, or in a fresh copy of the project) parsed
    every module the notebooks read again (a second of CPU per make in the tests' copies). With --cache the tool
    keeps each source's facts under its checksum and parses only a source it has not seen; the answer is the same.
    --read-only (make -n, -q) writes nothing; a cache that is not JSON, or one of another version of the tool, is no
    cache."""
    root, cache = tmp_path / "p", tmp_path / "build" / "facts.json"
    _tree(root, LAZY_PACKAGE, "from analysis.eng import solve\nimport analysis.eng.core\n")
    texts = {(root / name).read_text(encoding="utf-8"): name for name in ["analysis/__init__.py", *LAZY_PACKAGE]}

    def run(*args: str, version: str | None = None) -> tuple[str, list[str]]:
        tool = load_script("tools/make_deps.py", "make_deps_cached")        # a new process's: nothing kept in memory
        scan, scanned = tool._scan, []
        monkeypatch.setattr(tool, "_scan", lambda *a: scanned.append(texts.get(a[0], "the notebook")) or scan(*a))
        if version:
            monkeypatch.setattr(tool, "_SELF", version)
        assert tool.main([*args, "nb"], root) == 0
        return capsys.readouterr().out, sorted(scanned)

    plain, everything = run()
    assert "nb:analysis/eng/core.py" in plain and "analysis/eng/cli.py" not in plain
    assert everything == ["analysis/__init__.py", "analysis/eng/__init__.py", "analysis/eng/core.py", "the notebook"]
    assert run("--cache", str(cache), "--read-only") == (plain, everything) and not cache.exists()
    assert run("--cache", str(cache)) == (plain, everything) and cache.is_file()
    assert run("--cache", str(cache)) == (plain, [])                          # nothing parsed again
    stored = cache.read_bytes()
    with (root / "analysis/eng/core.py").open("a", encoding="utf-8") as fh:
        fh.write("from . import cli\n")                                       # an edit: a new import
    texts = {(root / name).read_text(encoding="utf-8"): name for name in ["analysis/__init__.py", *LAZY_PACKAGE]}
    new = ["analysis/eng/cli.py", "analysis/eng/core.py", "analysis/eng/slow.py"]   # it, and the modules it now reads
    out, scanned = run("--cache", str(cache), "--read-only")
    assert scanned == new and "nb:analysis/eng/cli.py" in out and "nb:analysis/eng/slow.py" in out
    assert cache.read_bytes() == stored
    assert run("--cache", str(cache)) == (out, new)
    assert run("--cache", str(cache)) == (out, [])
    now = sorted([*everything, "analysis/eng/cli.py", "analysis/eng/slow.py"])
    assert run("--cache", str(cache), version="another scan") == (out, now)
    cache.write_text("{not json", encoding="utf-8")
    assert run("--cache", str(cache)) == (out, now)
    assert run("--cache", str(cache)) == (out, [])                            # written again, whole


def _read_by_only(root, notebooks: list[str], notebook: str) -> str:
    """A module of analysis/ that `notebook` reads and no other notebook does."""
    readers: dict[str, set[str]] = {}
    for name in notebooks:
        for module in make_deps.modules_read(name, root):
            readers.setdefault(module, set()).add(name)
    only = sorted(m for m, names in readers.items() if names == {notebook})
    assert only, f"no module is read by {notebook} alone"
    return only[0]


def _dry_run(project) -> list[str]:
    """The notebooks `make -n` would run (the runner's command lines it prints)."""
    proc = project("-n")
    assert proc.returncode == 0, proc.stderr
    return sorted({line.split("--manifest")[0].split()[-1] for line in proc.stdout.splitlines() if "--manifest" in line})


def test_an_edit_of_a_module_reruns_only_the_notebooks_that_read_it(project):
    """Measured with `make -n`: an edit of a module only notebook 03 reads (analysis/paper_a/diagnostics.py) reran
    02, 03, 04 and the two workshop notebooks (PAPERA_SRC, every module of analysis/paper_a/), and one of a module
    no notebook reads (analysis/qca/cli.py) reran all seven. Now 03 and 04, which uses 03's outputs; and none."""
    assert project("all").returncode == 0
    project.runs()
    facts = project.copy / "build" / "module-facts.json"                      # what the scan read (make_deps --cache)
    stored = facts.read_bytes()
    _edit(project.copy / _read_by_only(project.copy, _notebooks(), "03_qca"))
    assert _dry_run(project) == ["03_qca", "04_figures"]
    assert project("-q").returncode == 1
    assert facts.read_bytes() == stored                                        # a dry run writes nothing
    assert project("all").returncode == 0
    assert facts.read_bytes() != stored                                        # the edited module's, kept
    assert sorted(project.runs()) == ["03_qca", "04_figures"]
    _edit(project.copy / "analysis" / "qca" / "cli.py")                      # imported by no notebook
    assert "analysis/qca/cli.py" not in {m for nb in _notebooks() for m in make_deps.modules_read(nb, project.copy)}
    assert _dry_run(project) == [] and project("-q").returncode == 0


def test_a_module_a_new_import_reads_is_a_prerequisite_at_once(project):
    """The prerequisites follow the sources: a module of notebook 02 starting to import another (analysis/qca/cli.py,
    by an import statement) or to ask analysis.qca for a name it loads on first use (qca.permutation_benchmark:
    permutation.py) makes that module a prerequisite of 02 from the next make on: an edit of it then leaves 02 out of
    date (`make -q` 1), never up to date with the old module's results."""
    assert project("all").returncode == 0
    project.runs()
    for module in ("cli", "permutation"):                                      # 02 reads neither
        _edit(project.copy / "analysis" / "qca" / f"{module}.py")
        assert project("all").returncode == 0
        assert "02_case_calibration" not in project.runs(), module
    others = {m for nb in ("00_method_validation", "01_policy_evolution") for m in make_deps.modules_read(nb, project.copy)}
    reader = project.copy / sorted(set(make_deps.modules_read("02_case_calibration", project.copy)) - others)[0]
    with reader.open("a", encoding="utf-8") as fh:
        fh.write("\n\ndef _new_uses():\n    import analysis.qca.cli\n    from analysis import qca\n"
                 "    return analysis.qca.cli, qca.permutation_benchmark\n")
    assert project("all").returncode == 0
    assert "02_case_calibration" in project.runs()
    for module in ("cli", "permutation"):
        _edit(project.copy / "analysis" / "qca" / f"{module}.py")
        assert project("-q").returncode == 1, module
        assert project("all").returncode == 0
        assert "02_case_calibration" in project.runs(), module


def test_a_module_the_scan_cannot_parse_makes_every_module_a_prerequisite(project):
    """A module being edited that Python cannot parse (a syntax error): the modules its notebook reads cannot be
    worked out. make says so on one `note:` line naming the file, and every notebook takes every analysis/ module
    for its prerequisites (an extra rerun, never a stale output) until the module parses again."""
    assert project("all").returncode == 0
    project.runs()
    module = project.copy / _read_by_only(project.copy, _notebooks(), "03_qca")
    text = module.read_text(encoding="utf-8")
    module.write_text(text + "\ndef broken(:\n", encoding="utf-8")
    proc = project("-n")
    notes = [line for line in proc.stderr.splitlines() if "make_deps.py" in line]
    assert len(notes) == 1 and notes[0].startswith("note: "), proc.stderr
    assert module.relative_to(project.copy).as_posix() in notes[0] and "SyntaxError" in notes[0], notes
    assert _dry_run(project) == _notebooks()
    module.write_text(text, encoding="utf-8")                                  # parses again: its readers only
    assert _dry_run(project) == ["03_qca", "04_figures"]


def _edit(path) -> None:
    """An edit of a source: a line appended (a new date and checksum)."""
    with path.open("a", encoding="utf-8") as fh:
        fh.write("# edited\n")
