"""A notebook's own parameter check, asked of make's P_<notebook> values before any notebook runs.

    python tools/check_parameters.py NAME [-p KEY VALUE ...]

Every notebook checks its parameters in the first code cell after its cell tagged `parameters` (README, "Changing a
parameter"): check_parameters of analysis/method_validation.py, analysis/paper_b/parameters.py,
analysis/paper_a/parameters.py, analysis/figure_catalogue.py, the workshop's settings cell. A value it refuses
(make P_03_qca="-p incl_cut 1.5") stopped the build only when that notebook's turn came: on a fresh clone after
notebooks 00 to 02 had run (a minute or two, their outputs rewritten). make now runs this first, for each notebook
given a P_ value, before any notebook (the Makefile's PARAM_CHECK): the parameters cell, the values as papermill would
inject them (the runner's reading: tools/run_notebook.py papermill_parameters, papermill's own types), then that check
cell, in this process, its output discarded. A refusal is one `error:` line naming the variable and the check's
message; exit status 2. The notebook still checks its parameters itself when it runs (the one rule).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


def check_cell(notebook: Path) -> tuple[str, str]:
    """The source of `notebook`'s parameters cell and of the first code cell after it (its parameter check)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for i, cell in enumerate(cells):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            after = next((c for c in cells[i + 1:] if c.get("cell_type") == "code"), None)
            if after is None:
                raise ValueError(f"{notebook.relative_to(ROOT)}: no code cell after the parameters cell")
            return "".join(cell["source"]), "".join(after["source"])
    raise ValueError(f"{notebook.relative_to(ROOT)}: no cell tagged parameters")


def injected(pairs: list[tuple[str, str]]) -> str:
    """The cell papermill would inject for the -p pairs (the runner's reading of each value, papermill's types)."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    from papermill.cli import _resolve_type
    from papermill.translators import translate_parameters
    from run_notebook import papermill_parameters

    args = papermill_parameters(pairs)   # ValueError naming the parameter for a bad YAML mapping or list
    values: dict = {}
    i = 0
    while i < len(args):
        if args[i] == "-p":
            values[args[i + 1]] = _resolve_type(args[i + 2])
            i += 3
        else:  # -y, JSON
            values.update(json.loads(args[i + 1]))
            i += 2
    return translate_parameters("python3", "python", values, "Injected parameters")


def problem(name: str, pairs: list[tuple[str, str]]) -> str | None:
    """Why the notebook's own check refuses these parameters (its exception and message, on one line), or None."""
    src = NOTEBOOKS / f"{name}.ipynb"
    parameters, check = check_cell(src)
    try:
        given = injected(pairs)
    except ValueError as bad:
        return str(bad)
    namespace: dict = {"__name__": "__main__"}
    before = Path.cwd()
    os.chdir(NOTEBOOKS)   # where the kernel runs (papermill --cwd notebooks/)
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for source in (parameters, given, check):
                exec(compile(source, str(src), "exec"), namespace)  # noqa: S102 - the project's own notebook
    except Exception as exc:  # noqa: BLE001 - the check's refusal, whatever its type, is the user's to read
        message = " ".join(str(exc).split())
        return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    finally:
        os.chdir(before)
    return None


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print("error: usage: tools/check_parameters.py NAME [-p KEY VALUE ...]", file=sys.stderr)
        return 2
    name, rest = argv[0], argv[1:]
    pairs = []
    while rest:   # make checked the form already (tools/param_files.py)
        if rest[0] in ("-p", "--parameter") and len(rest) >= 3:
            pairs.append((rest[1], rest[2]))
            rest = rest[3:]
        else:
            print(f"error: P_{name}: {' '.join(rest)!r}: parameters are given as -p NAME VALUE", file=sys.stderr)
            return 2
    refused = problem(name, pairs)
    if refused:
        print(f"error: P_{name}: {refused} (notebooks/{name}.ipynb's parameter check; no notebook was run)",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    os.environ.setdefault("MPLBACKEND", "Agg")
    sys.exit(main(sys.argv[1:]))
