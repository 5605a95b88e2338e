"""Source notebooks are thin, parameterised and stored without outputs; executed copies exist."""
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + sorted((ROOT / "notebooks" / "workshop").glob("*.ipynb"))


def test_there_are_notebooks():
    assert SOURCES, "no notebooks found in notebooks/"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_source_notebook_has_parameters_cell_and_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: needs exactly one code cell tagged 'parameters'"
    for c in code:
        assert not c.get("outputs"), f"{path.name}: source notebooks are stored without outputs"
        assert c.get("execution_count") is None, f"{path.name}: clear execution counts"


@pytest.mark.parametrize("path", [p for p in SOURCES if p.parent.name == "notebooks"], ids=lambda p: p.name)
def test_executed_copy_exists_and_is_clean(path):
    executed = ROOT / "notebooks" / "executed" / path.name
    assert executed.exists(), f"run `make` to create {executed.relative_to(ROOT)}"
    nb = nbformat.read(executed, as_version=4)
    assert "start_time" not in nb.metadata.get("papermill", {}), "volatile papermill metadata left in"
    for c in nb.cells:
        assert "papermill" not in c.metadata
        for out in c.get("outputs", []):
            assert out.get("output_type") != "error", f"{executed.name}: a cell failed"


def test_stream_outputs_get_a_canonical_order():
    """stdout and stderr chunks interleave by timing; the runner keeps one stdout then one stderr per run."""
    from _scripts import load_script

    rn = load_script("tools/run_notebook.py")

    def stream(name, text):
        return {"output_type": "stream", "name": name, "text": text}

    a = [stream("stderr", "w1\n"), stream("stdout", "a\n"), stream("stderr", "w2\n"), stream("stdout", "b\n"),
         {"output_type": "display_data", "data": {}}, stream("stdout", "c\n")]
    b = [stream("stdout", "a\n"), stream("stderr", "w1\n"), stream("stdout", "b\n"), stream("stderr", "w2\n"),
         {"output_type": "display_data", "data": {}}, stream("stdout", "c\n")]
    want = [stream("stdout", "a\nb\n"), stream("stderr", "w1\nw2\n"), {"output_type": "display_data", "data": {}},
            stream("stdout", "c\n")]
    assert rn.merge_streams(a) == want
    assert rn.merge_streams(b) == want


DOCS = SOURCES + [ROOT / "README.md", ROOT / "data" / "README.md"] + sorted((ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_module_paths_named_in_the_text_exist(path):
    """A path `analysis/....py` or `tools/....py` named in a notebook's text or a README exists (a module that
    moved leaves the reader at a dead end)."""
    import re

    text = path.read_text(encoding="utf-8")
    named = set(re.findall(r"\b((?:analysis|tools|benchmarks)/[\w/]+\.py)\b", text))
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing, f"{path.relative_to(ROOT)} names {', '.join(missing)}, which do not exist"


def test_committed_outputs_do_not_carry_the_python_patch_version():
    """The lock pins every package but not Python's patch release (README: Python >= 3.11; CI's 3.11.7, Debian's
    3.11.2): a table that names the patch release differs between two machines that run the same lock, so outputs
    name Python's major.minor only, as the runner does for the executed notebooks' metadata."""
    import re

    patch = re.compile(r"Python \d+\.\d+\.\d+")
    text = (".csv", ".json", ".md", ".txt", ".svg", ".ipynb")
    outputs = [p for d in ("data/derived", "figures", "notebooks/executed") for p in sorted((ROOT / d).rglob("*"))
               if p.is_file() and not p.name.startswith(".") and p.suffix in text]
    assert outputs
    carrying = [p.relative_to(ROOT).as_posix() for p in outputs if patch.search(p.read_text(encoding="utf-8"))]
    assert not carrying, f"Python's patch release written to {carrying}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_suin_conditions_are_not_called_inus(path):
    """The disjuncts of a necessary disjunction are SUIN conditions: each a sufficient but unnecessary part of an
    insufficient but necessary condition. Notebook 03 called them 'INUS-like' parts, the mirror-image notion (an
    insufficient but necessary part of an unnecessary but sufficient conjunction), which is what a solution's
    conjuncts are, not a necessary disjunction's disjuncts."""
    nb = nbformat.read(path, as_version=4)
    text = " ".join(c.source.replace("\n", " ") for c in nb.cells if c.cell_type == "markdown")
    assert "INUS-like" not in text, path.name
    if "SUIN" in text:
        assert "sufficient but unnecessary part of an insufficient but necessary" in text, path.name


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_table_shown_leaves_a_column_out(path):
    """pandas shows at most 20 columns by default: notebook 02's membership matrix (21 indicators) showed SER2 as
    '...', on screen, in the book and in print, and 03's and 04's configuration tables 30 of their 48 columns. Every
    table an executed notebook shows has all of its columns."""
    executed = ROOT / "notebooks" / "executed" / path.relative_to(ROOT / "notebooks")
    nb = nbformat.read(executed, as_version=4)
    elided = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" for o in c.get("outputs", [])
              if "<th>...</th>" in "".join(o.get("data", {}).get("text/html", ""))]
    assert elided == [], f"{executed.name}: cells {elided} show a table with columns left out ('...')"


def test_the_committed_executed_notebooks_are_the_default_builds():
    """The committed executed notebooks, and what they wrote, are the plain `make`'s. A commit this round
    (7f0b1002) took in, by `git commit -a`, the outputs of README's `make P_02_case_calibration="-p crisp_threshold
    0.7"` run by hand: notebook 02's executed copy held papermill's injected-parameters cell, and nbval, which
    reruns a notebook with that cell, passed it. A run given parameters is the one kind whose copy holds that cell."""
    executed = sorted((ROOT / "notebooks" / "executed").rglob("*.ipynb"))
    assert len(executed) == len(SOURCES), [p.name for p in executed]
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        injected = [c.source for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert not injected, f"{path.relative_to(ROOT)} is a run given parameters ({injected[0]!r}), not the " \
                             "default build: run a plain `make` and commit what it writes"
