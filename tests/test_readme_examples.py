"""The README's examples of the QCA engine run as written (section "The QCA engine", then the engine's guide,
docs/engine-guide.md, which took the section's reference parts): every Python block in order,
in one namespace, and every shell command of the CLI (exit status 0). A stranger copies them first; an example
that drifts from the code fails here. Skipped: the block that connects to a Dask scheduler on another host."""
from __future__ import annotations

import re
import shlex

import matplotlib
import pytest

from analysis.paths import ROOT
from analysis.qca.cli import main

matplotlib.use("Agg")


#: the page that holds what README's engine section said of the engine's methods in full ("What the engine does",
#: "Beyond R QCA": its examples of SetMethods' methods among them)
ENGINE_GUIDE = ROOT / "docs" / "engine-guide.md"


def _section() -> str:
    """README's engine section, then the engine's guide: the examples in the order a reader meets them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## The QCA engine")
    end = text.index("\n## ", start + 1)
    return text[start:end] + "\n" + ENGINE_GUIDE.read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", _section(), flags=re.S)


def _cli_commands() -> list[list[str]]:
    """The CLI calls of the section's shell blocks as argv lists (after `-m analysis.qca`), variables expanded."""
    out = []
    for block in _blocks("bash"):
        env: dict[str, str] = {}
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if len(words) == 1 and re.fullmatch(r"[A-Z_]+=\S+", words[0]):
                key, value = words[0].split("=", 1)
                env[key] = value
            elif words[:3] == [".venv/bin/python", "-m", "analysis.qca"]:
                out.append([re.sub(r"\$([A-Z_]+)", lambda m: env[m.group(1)], w) for w in words[3:]])
    return out


def test_the_section_has_examples():
    assert len(_blocks("python")) >= 3 and len(_cli_commands()) >= 10


def test_python_examples_run(monkeypatch):
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    for block in _blocks("python"):
        if "Client(" in block:
            continue
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - the README's own examples
    assert {"lf", "rob", "sol"} <= set(namespace)


def test_the_first_example_prints_what_the_readme_says(monkeypatch, capsys):
    """The README says what its first example prints (a newcomer's first check that the engine works, and what
    '<->' means): the line it quotes is the one the example prints."""
    import re as _re

    monkeypatch.chdir(ROOT)
    quoted = _re.search(r"It prints `([^`]+)`", _section())
    assert quoted, "the section no longer says what its first example prints"
    exec(compile(_blocks("python")[0], "README.md", "exec"), {})  # noqa: S102 - the README's own example
    assert quoted.group(1) in capsys.readouterr().out.splitlines()


def test_the_label_of_the_intermediate_example_is_explained_as_it_prints(monkeypatch, capsys):
    """The section's CLI example of an intermediate solution ('--dir-exp ... # intermediate solution') prints its models
    under 'From C1P1:', which the README explained nowhere (only docs/r-to-engine.md named it, for R users): a newcomer
    met the label unexplained. The label the section explains is the one the example prints, and it is explained
    before the example."""
    import re as _re

    monkeypatch.chdir(ROOT)
    argv = next(a for a in _cli_commands() if a[0] == "minimize" and "--dir-exp" in a)
    assert main(argv) == 0
    printed = capsys.readouterr().out
    explained = _re.search(r"prints its models under the pair of models it joins,\s+`(From C1P1:)` \(the conservative "
                           r"solution's M1 with the parsimonious solution's M1\)", _section())
    assert explained, "the section no longer says what 'From C1P1:' of an intermediate solution is"
    assert explained.group(1) in printed.splitlines(), printed
    assert _section().index(explained.group(0)) < _section().index("--dir-exp DEV=1")


def test_the_dask_script_is_self_contained():
    """The Dask block is shown "as a script" (skipped above: it connects to a scheduler): every name it uses is
    imported or assigned in the block itself, so a copy saved as a file runs (it used lf, conds and
    robustness_protocol of the blocks before it, a NameError in a script)."""
    import ast
    import builtins

    (block,) = [b for b in _blocks("python") if "Client(" in b]
    tree = ast.parse(block)
    defined = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            defined |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    assert not used - defined, sorted(used - defined)


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    """Where the examples' `build/...` files go: a test writes no file into the checkout."""
    return tmp_path_factory.mktemp("readme_build")


def _in_build_dir(argv: list[str], build_dir) -> list[str]:
    return [f"{build_dir}/{w[len('build/'):]}" if w.startswith("build/") else w for w in argv]


@pytest.mark.parametrize("argv", _cli_commands(), ids=lambda a: " ".join(a[:2]))
def test_cli_examples_run(argv, monkeypatch, capsys, build_dir):
    """Each example runs as written, its `build/` files in a folder of the test's own; one reading a file another
    example writes (truth-table build/LF_mine.csv) runs that one first, so no test relies on another's order."""
    monkeypatch.chdir(ROOT)
    for word in argv[1:2]:
        if word.startswith("build/") and not (build_dir / word[len("build/"):]).exists():
            writer = next(a for a in _cli_commands() if "--out" in a and a[a.index("--out") + 1] == word)
            assert main(_in_build_dir(writer, build_dir)) == 0, capsys.readouterr().err
    capsys.readouterr()
    code = main(_in_build_dir(argv, build_dir))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip()


def _commented_pipes() -> list[list[list[str]]]:
    """The CLI pipes the section's shell blocks show as comments ('# .venv/bin/python -m analysis.qca ... \\' then
    '#     | .venv/bin/python -m analysis.qca ...'): each as its stages' argv lists (after `-m analysis.qca`)."""
    out = []
    for block in _blocks("bash"):
        text = "\n".join(line[2:] for line in block.splitlines() if line.startswith("# ")).replace("\\\n", " ")
        for line in text.splitlines():
            if line.startswith(".venv/bin/python -m analysis.qca") and "|" in line:
                out.append([shlex.split(stage)[3:] for stage in line.split("|")])
    return out


def test_the_section_shows_a_pipe():
    assert _commented_pipes()


@pytest.mark.parametrize("stages", _commented_pipes(), ids=lambda s: " | ".join(a[0] for a in s))
def test_cli_pipe_examples_run(stages, monkeypatch, capsys):
    """The pipe shown as a comment (calibrate | truth-table -) was the one CLI example no test ran: each stage runs
    on the output of the one before as its standard input, and gives what the same command gives on a file."""
    import io
    import sys

    monkeypatch.chdir(ROOT)
    text = ""
    for i, argv in enumerate(stages):
        if i:
            assert "-" in argv, argv
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
        code = main(argv)
        text, err = capsys.readouterr()
        assert code == 0, err
    assert text.strip()


def test_readme_layout_names_every_module():
    """Every module of the package appears in the layout (five were missing once): docs/layout.md, the page README's
    Layout links to for every file (README's own section before)."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    layout = (root / "docs" / "layout.md").read_text(encoding="utf-8")
    assert "](docs/layout.md)" in (root / "README.md").read_text(encoding="utf-8")   # README links to it
    words = set(re.findall(r"[A-Za-z_]+", layout))
    missing = [str(p.relative_to(root)) for p in sorted((root / "analysis").rglob("*.py"))
               if p.stem not in ("__init__", "__main__") and p.stem not in words]
    assert not missing, missing


def test_readme_layout_names_every_script_of_benchmarks_and_tools():
    """The layout's benchmarks/ and tools/ lines name each of their files: benchmarks/check.py (the independent checks
    of every answer `make bench` makes) was missing from the list of run.py, random_series.py and readme_speed.py
    (docs/layout.md, README's Layout before)."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    layout = (root / "docs" / "layout.md").read_text(encoding="utf-8")
    missing = [f"{d}/{p.name}" for d in ("benchmarks", "tools") for p in sorted((root / d).glob("*"))
               if p.suffix in (".py", ".sh") and p.name not in layout]
    assert not missing, missing


def test_headings_are_short_enough_for_the_books_contents():
    """Every heading of the markdown pages becomes an entry of the book's contents (right-hand side): README's
    workshop timing heading (264 characters, the whole 2½-hour variant) and data/README's referee heading (203, a
    list of function names) filled eight lines there. What they explained is a sentence under the heading."""
    import re
    pages = [ROOT / "README.md", ROOT / "data" / "README.md", ROOT / "data" / "reference" / "README.md",
             ROOT / "benchmarks" / "README.md", ROOT / "tools" / "reconstruction" / "README.md",
             *sorted((ROOT / "docs").glob("*.md"))]
    long = []
    for page in pages:
        fence = False
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.startswith("```"):
                fence = not fence
            elif not fence and re.match(r"#{1,6} ", line) and len(line) > 130:
                long.append(f"{page.relative_to(ROOT)}: {line[:60]}... ({len(line)} characters)")
    assert not long, long


def test_functions_the_section_names_can_be_imported_from_where_it_says():
    """The section names functions in backticks for the reader to call: each is importable from `analysis.qca`, or
    the paragraph naming it says which module holds it. 'Every sweep (..., `sensitivity_*`, `case_removal`,
    `calibration_anchors`) runs its specifications as joblib tasks' named three that `from analysis.qca import ...`
    does not give (they live in analysis.qca.robustness): an ImportError for whoever copied the name."""
    import importlib
    import pkgutil

    import analysis.qca as qca

    where = {}
    for mod in pkgutil.iter_modules(qca.__path__):
        if mod.name == "__main__":   # runs the CLI
            continue
        m = importlib.import_module(f"analysis.qca.{mod.name}")
        for name, obj in vars(m).items():
            if callable(obj) and getattr(obj, "__module__", "") == m.__name__ and not name.startswith("_"):
                where.setdefault(name, m.__name__)
    wrong = []
    for paragraph in re.split(r"\n\s*\n", _section()):
        for name in re.findall(r"`([a-z][a-z0-9_]*)(?:\*|\(\))?`", paragraph):
            names = [n for n in where if n.startswith(name)] if f"`{name}*`" in paragraph else [name]
            for n in names:
                if n in where and not hasattr(qca, n) and where[n] not in paragraph:
                    wrong.append(f"{n} (in {where[n]})")
    assert not wrong, wrong


def _doc_texts() -> dict[str, str]:
    """The pages a user reads commands from: the markdown pages, every notebook's cells (markdown and the comments of
    its parameters cell) and `make help`'s source."""
    import json

    pages = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
             for p in [ROOT / "README.md", ROOT / "data" / "README.md", ROOT / "benchmarks" / "README.md",
                       ROOT / "tools" / "reconstruction" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}
    for nb in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if "executed" not in nb.parts:
            cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
            pages[str(nb.relative_to(ROOT))] = "\n".join("".join(c["source"]) for c in cells)
    pages["Makefile"] = (ROOT / "Makefile").read_text(encoding="utf-8")
    return pages


def test_every_notebook_parameter_the_docs_pass_exists():
    """The docs' `make P_<notebook>="-p NAME VALUE"` and `papermill ... -p NAME VALUE` commands cannot run in a test
    (each runs notebooks), but what makes them fail at once can be checked: the notebook exists and declares every
    parameter named (tools/run_notebook.py refuses any other)."""
    from _scripts import load_script

    run = load_script("tools/run_notebook.py", "run_notebook_for_docs")
    found, wrong = 0, []
    for page, text in _doc_texts().items():
        flat = text.replace('\\"', '"')
        calls = [(m[1], m[2]) for m in re.finditer(r"\bP_([\w/]+)=\\?\"([^\"]*)\"", flat)]
        calls += [(m[1], m[2]) for m in re.finditer(r"papermill (notebooks/[\w/]+)\.ipynb \S+((?: -p \S+ \S+)+)", flat)]
        if page.endswith(".ipynb"):   # a parameters cell's own example: "papermill can override them, e.g. -p x 1"
            calls += [(page[:-len(".ipynb")], m[1]) for m in re.finditer(r"e\.g\. (-p \w+ \S+)", flat)]
        for name, args in calls:
            name = name.removeprefix("notebooks/")
            src = ROOT / "notebooks" / f"{name}.ipynb"
            names = re.findall(r"-p (\S+)", args)
            if name == "03qca" or "NAME" in names or "incl_cutt" in names or "crisp_thresholdd" in names:
                continue  # the README's examples of a refused call
            found += 1
            if not src.exists():
                wrong.append(f"{page}: no notebook {name}")
            elif (msg := run.unknown_parameters(src, names)):
                wrong.append(f"{page}: {msg}")
    assert found >= 6, found
    assert not wrong, wrong


def test_the_tolerance_example_of_notebook_00_runs():
    """Notebook 00's parameters cell said 'papermill can override them, e.g. -p tolerance 1e-6': that run stops with
    '277 comparison(s) disagree with R QCA 3.25' (R's numbers have 3 decimals; require_agreement), and any other
    tolerance through make then failed in notebook 04 with a RedrawMismatch, since 04 draws the figure's tolerance
    line from its own validation_tolerance. The example's tolerance is one every recorded comparison meets, and a make
    example passes 04 the same value."""
    import json

    import pandas as pd

    nb = json.loads((ROOT / "notebooks" / "00_method_validation.ipynb").read_text(encoding="utf-8"))
    (cell,) = ["".join(c["source"]) for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    comments = " ".join(line.lstrip("# ").rstrip("\\ ") for line in cell.splitlines() if line.startswith("#"))
    values = [float(v) for v in re.findall(r"-p tolerance ([0-9.e+-]+?)[;\")]", comments)]
    assert values, comments
    diffs = pd.read_csv(ROOT / "data" / "derived" / "method_validation" / "agreement.csv")["abs_diff"].dropna()
    for v in values:
        assert (diffs <= v).all(), f"-p tolerance {v}: {(diffs > v).sum()} comparisons disagree"
    assert "P_04_figures" not in comments, comments   # 04 reads the tolerance from agreement.csv


def test_notebook_04_draws_the_tolerance_notebook_00_ran_with():
    """04 drew the agreement figure's tolerance line from its own parameter validation_tolerance (default 5e-4), so
    `make P_00_method_validation="-p tolerance 1e-3"` failed in 04 with 'the figure does not follow from the derived
    tables alone', pointing away from the cause. 00 now records its tolerance in agreement.csv; 04 takes it from
    there (validation_tolerance None), and a value given must be that one."""
    import pandas as pd
    import pytest

    from analysis.method_validation import agreement_table, run_tolerance

    agreement = pd.read_csv(ROOT / "data" / "derived" / "method_validation" / "agreement.csv")
    assert agreement["tolerance"].nunique() == 1 and run_tolerance(agreement) == agreement["tolerance"].iloc[0]
    tol = run_tolerance(agreement)
    with pytest.raises(ValueError, match=rf"validation_tolerance = 0.001, but 00_method_validation ran with tolerance "
                                         rf"{tol:g}"):
        run_tolerance(agreement, 1e-3)
    with pytest.raises(ValueError, match="does not record one tolerance"):
        run_tolerance(agreement.drop(columns="tolerance"))
    records = [{"analysis": "a", "item": "x", "ours": "0.5", "R": "0.502", "abs_diff": 0.002, "agrees": True}]
    with pytest.raises(ValueError, match="contradicts its `agrees` column"):
        run_tolerance(agreement_table(records, 1e-3))
    assert run_tolerance(agreement_table(records, 5e-3), 5e-3) == 5e-3


# abbreviations a health-policy reader of README.md meets before the engine's section, and what they stand for
ABBREVIATIONS = {
    "QCA": "Qualitative Comparative Analysis",
    "ESA": "enhanced standard analysis",
    "RoN": "relevance of necessity",
    "SUIN": "sufficient but unnecessary part of an insufficient but necessary",
    "PRI": "proportional reduction in inconsistency",
}


@pytest.mark.parametrize("abbreviation", sorted(ABBREVIATIONS))
def test_readme_spells_out_an_abbreviation_where_it_first_uses_it(abbreviation):
    """README.md is the book's first page, read by health-policy researchers and teachers, not only by QCA users. Its
    first paragraph said 'what the search did not enforce (ESA, ..., relevance of necessity)', then 'SUIN
    conditions' and 'RoN at most 0.29', and the engine's list 'PRI': none spelled out anywhere in it. Each is
    spelled out next to its first use in the prose (outside code, headings and the figure table's captions). One the
    README no longer uses in its prose (PRI, since the engine's list of what it does moved to docs/engine-guide.md)
    is spelled out at its first use on that page, where a reader following the README's link meets it."""
    for page in (ROOT / "README.md", ENGINE_GUIDE):
        prose = "\n".join(line for line in page.read_text(encoding="utf-8").splitlines()   # headings and the figure
                          if not line.startswith(("#", "| <img")))                        # table (captions): labels
        text = " ".join(re.sub(r"```.*?```|`[^`]*`", " ", prose, flags=re.S).split())
        first = re.search(rf"(?<![\w~]){re.escape(abbreviation)}(?!\w)", text)
        if first:
            break
    assert first, f"neither README.md nor {ENGINE_GUIDE.name} uses {abbreviation}"
    near = text[max(0, first.start() - 120):first.end() + 120]
    assert ABBREVIATIONS[abbreviation].lower() in near.lower(), (page.name, abbreviation, near)


def test_benchmarks_readme_counts_of_minimal_models_are_the_records():
    """benchmarks/README.md said `issue10_k12_n135` has '421,629 minimal models' (a count of the search's covers of
    classes); the engine finds 8,136,611 (results/latest.csv, README's '8.1 million'). Every 'FILE` (... N minimal
    models' there is the recorded n_models of that file where the record has one."""
    import pandas as pd

    text = " ".join((ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8").split())
    record = pd.read_csv(ROOT / "benchmarks" / "results" / "latest.csv").set_index("file")["n_models"]
    found, wrong = 0, []
    for m in re.finditer(r"`(\w+)` \(([^)]*?)([\d,]+) minimal models", text):
        name, count = f"{m[1]}.csv", int(m[3].replace(",", ""))
        if name in record.index and pd.notna(record[name]):
            found += 1
            if count != int(record[name]):
                wrong.append(f"{m[1]}: README {count:,}, recorded {int(record[name]):,}")
    assert found and not wrong, (found, wrong)


def test_every_needs_line_names_the_make_the_makefile_needs():
    """The Makefile stops GNU make 3.81 (macOS's own) in one line: it needs 3.82 or later. The quick start said so,
    but the workshop's 'Running it', the page a teacher hands to participants with Macs, still said only `make`."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    needed = re.search(r"it needs (\d+\.\d+) or later", makefile)[1]
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    needs = re.findall(r"Needs (?:only )?Python ≥ [\d.]+, (.{0,120})", readme)
    assert len(needs) >= 2, needs
    for words in needs:
        assert f"GNU `make` {needed} or later" in words or f"GNU `make` ({needed} or later" in words, words


def test_the_backends_the_readme_offers_check_backend_are_its_choices():
    """README named `tools/check_backend.py BACKEND` without its choices, and 'a backend of your own' read as if it
    checked the user's Dask cluster; it lists the tool's BACKENDS and says `dask` is a local cluster it starts."""
    import ast

    tree = ast.parse((ROOT / "tools" / "check_backend.py").read_text(encoding="utf-8"))
    backends = next(ast.literal_eval(n.value) for n in tree.body
                    if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "BACKENDS")
    readme = " ".join(ENGINE_GUIDE.read_text(encoding="utf-8").split())   # README's engine section before
    listed = re.search(r"tools/check_backend\.py BACKEND` \(([^)]*)\)", readme)
    assert listed, "README no longer lists check_backend.py's backends after its command"
    assert re.findall(r"`(\w+)`", listed[1]) == list(backends)
    assert "`dask` is a local cluster it starts itself" in readme
    assert "or yours with `--scheduler tcp://HOST:8786`" in readme   # the tool's --scheduler (test_check_backend)


def test_the_calibrate_example_says_the_decreasing_set_its_comment_announces(tmp_path, monkeypatch, capsys):
    """The README's calibrate example prints '...; decreasing (e above i: ...; swap e and i where a set should rise):
    STB' (docs/examples/LR_calibration.yaml's STB falls on purpose), which a newcomer read as a fault of the example;
    the comment beside it says it is meant. Checked: the command says so, naming the set the comment names."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "# '...; decreasing ...: STB' is meant" in readme
    monkeypatch.chdir(ROOT)
    argv = ["calibrate", "data/reference/datasets/LR.csv", "--spec", "docs/examples/LR_calibration.yaml",
            "--out", str(tmp_path / "LF_mine.csv")]
    assert main(argv) == 0
    assert capsys.readouterr().out.rstrip().endswith("decreasing (e above i: membership falls as the raw value rises, "
                                                     "as R's calibrate() reads such anchors; swap e and i where a set "
                                                     "should rise): STB")


def test_the_layout_the_readme_gives_for_your_own_data_is_the_one_read(tmp_path, capsys):
    """The section says how a researcher's own file is laid out (a case-names column 'case', or one named by
    --case-column; every other column a condition unless --conditions lists them): a file so laid out is read, and
    one whose names are in a column of another name is told the flag the README names."""
    said = _section()
    assert "the case names in a column named `case`, or in a column of your own named by\n`--case-column NAME`" in said
    rows = "a,1,0,1\nb,0,1,0\nc,1,1,1\nd,0,0,0\ne,1,0,1\n"
    for name, argv in (("case", []), ("county", ["--case-column", "county"])):
        path = tmp_path / f"{name}.csv"
        path.write_text(f"{name},A,B,Y\n" + rows, encoding="utf-8")
        assert main(["truth-table", str(path), "--outcome", "Y", *argv]) == 0
        header = next(line for line in capsys.readouterr().out.splitlines() if "OUT" in line and "incl" in line)
        assert header.split()[:3] == ["A", "B", "OUT"], header   # every other column a condition
    assert main(["truth-table", str(tmp_path / "county.csv"), "--outcome", "Y"]) == 2
    assert "pass --case-column county" in capsys.readouterr().err


def test_the_python_recipe_for_raw_values_says_how_to_read_the_calibration_file(tmp_path, monkeypatch):
    """The section's recipe for raw values in Python was `sets = calibrate_frame(df, spec, keep=case)` with `spec`
    "the calibration file's mapping", never saying how to read the file: a newcomer reached for yaml.safe_load, which
    reads `010` as 8 and `NO` as False without a word, where the calibrate command refuses both (and calibrate_frame,
    given the file's name, says only then to use read_spec_file). The recipe names the reader and where it lives, and,
    followed as written on LR.csv with docs/examples/LR_calibration.yaml, gives the memberships the calibrate command
    writes from the same files."""
    import pandas as pd

    monkeypatch.chdir(ROOT)
    paragraph = next(p for p in re.split(r"\n\s*\n", _section()) if "calibrate_frame(df, spec" in p)
    steps = {name: code for code, name in re.findall(r"`((spec|sets) = [^`]+)`", paragraph)}
    assert set(steps) == {"spec", "sets"}, "the recipe no longer says how `spec` is read"
    imported = re.search(r"`(from analysis\.qca\.read import read_spec_file)`", paragraph)
    assert imported, "the recipe does not say where read_spec_file lives"
    namespace: dict = {}
    exec("from analysis.qca import calibrate_frame, read_data\n" + imported.group(1), namespace)  # noqa: S102
    namespace["df"], namespace["case"] = namespace["read_data"]("data/reference/datasets/LR.csv")
    spec_file = re.search(r'read_spec_file\("([^"]+)"\)', steps["spec"]).group(1)
    exec(steps["spec"].replace(spec_file, "docs/examples/LR_calibration.yaml"), namespace)  # noqa: S102
    exec(steps["sets"], namespace)  # noqa: S102 - the README's own recipe
    out = tmp_path / "sets.csv"
    assert main(["calibrate", "data/reference/datasets/LR.csv", "--spec", "docs/examples/LR_calibration.yaml",
                 "--out", str(out)]) == 0
    written = pd.read_csv(out, encoding="utf-8")
    got = namespace["sets"].reset_index(drop=True)
    assert list(got.columns) == list(written.columns)
    pd.testing.assert_frame_equal(got, written, check_dtype=False)


def test_the_yes_no_recode_and_the_workbook_line_run_as_written(tmp_path, monkeypatch, capsys):
    """'Your own data' told a researcher nothing of a yes/no outcome (是/否) nor of opening the commands' CSV output in
    Excel, which shows UTF-8 without a byte order mark garbled on Chinese Windows. The paragraph now gives the line
    that recodes and the line that makes a workbook; both, run as written, work: the recoded column is analysed, the
    --csv table is UTF-8 without a BOM and its workbook reads back with the Chinese names."""
    import pandas as pd

    from analysis.qca import read_data, truth_table

    paragraph = next(p for p in re.split(r"\n\s*\n", _section()) if "A yes/no column" in p)
    recode = re.search(r"`(df\[col\] = df\[col\]\.map\([^`]+\))`", paragraph).group(1)
    workbook = re.search(r"`(pd\.read_csv\(\"table\.csv\"[^`]+)`", paragraph).group(1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("名称,投入,考核,效果\n甲,1,是,是\n乙,0,否,否\n丙,1,否,是\n丁,0,是,否\n",
                                       encoding="utf-8")
    assert main(["truth-table", "mine.csv", "--outcome", "效果", "--case-column", "名称"]) == 2
    assert "a yes/no label" in capsys.readouterr().err
    df, case = read_data("mine.csv", case_column="名称")
    for col in ("考核", "效果"):
        exec(recode, {"df": df, "col": col})  # noqa: S102 - the README's own line
    assert truth_table(df, outcome="效果", case_column=case).rows["OUT"].tolist() == ["0", "0", "1", "1"]
    df.to_csv("recoded.csv", index=False, encoding="utf-8")
    assert main(["truth-table", "recoded.csv", "--outcome", "效果", "--case-column", "名称", "--csv"]) == 0
    (tmp_path / "table.csv").write_text(capsys.readouterr().out, encoding="utf-8")
    raw = (tmp_path / "table.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and "投入".encode() in raw   # UTF-8, no byte order mark
    exec(workbook, {"pd": pd})  # noqa: S102 - the README's own line
    back, _ = read_data("table.xlsx")
    assert {"投入", "考核"} <= set(back.columns) and len(back) == 4


def test_read_data_s_text_cells_are_said_with_the_line_that_makes_numbers(tmp_path):
    """read_data gives every cell as text (so that messages quote the cells): a researcher's df['投入'].mean() after
    README's read_data line was pandas' 'Cannot perform reduction 'mean' with string dtype', with nothing in README
    saying so. README says it, and its line gives the numbers (an empty cell missing)."""
    import pandas as pd

    from analysis.qca import read_data

    paragraph = next(p for p in re.split(r"\n\s*\n", _section()) if "read_data(\"mydata.xlsx\"" in p)
    line = re.search(r"`(pd\.to_numeric\(df\[col\]\))`", paragraph).group(1)
    assert "each cell as the text the file holds" in paragraph
    path = tmp_path / "raw.csv"
    path.write_text("名称,投入\n甲,100\n乙,\n丙,300\n", encoding="utf-8")
    df, _ = read_data(str(path), case_column="名称")
    with pytest.raises(TypeError):
        df["投入"].mean()
    assert eval(line, {"pd": pd, "df": df, "col": "投入"}).mean() == 200  # noqa: S307 - the README's own line
