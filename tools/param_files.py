"""The files make's P_<notebook> parameters and the raw-file groups name, checked while make reads the Makefile.

    param_files.py param RAW_DIR NOTEBOOK P_NAME VALUE    a P_ value's words (tools/make_words.py)
    param_files.py raw RAW_DIR GLOB ...                   the raw files a group's glob finds

One `error:` line on stderr per problem, exit status 2; nothing printed and 0 when all is well. Checked before any
notebook runs and before anything is written (make stops with $(error)):

* a file whose name make cannot use as a prerequisite: a space, a quote, a backslash, a bracket or one of
  : # $ % * ? < > | & ; ` (`UNSAFE`, the characters tools/make_words.py --names leaves out). make would read such a
  name as other names or as a glob pattern, so the file was no prerequisite and an edit of it left the notebook up to
  date with the old file's results ('it''s.csv', 'cases[1].csv' were not tracked); the shell commands that list the
  files unquoted failed on the others ('cases(1).csv': bash's "syntax error near unexpected token"). Refused, with
  a name that works.
* a file parameter (a notebook parameter whose name ends in `_file`, e.g. notebook 02's case_file and codebook_file)
  that does not name a CSV file in RAW_DIR (no folders; notebook 02's own check, analysis/paper_a/parameters.py, has
  the same rule): `make P_02_case_calibration="-p case_file missing.csv"` ran notebooks 00 and 01 and then failed
  inside notebook 02's kernel. Now make stops first, naming the variable, the file and the files there are.
  tools/run_notebook.py (run by hand too) asks the same of its -p pairs before a kernel starts, naming the
  notebook where make names the variable.

Standard library only: it runs while make reads the Makefile, before .venv exists.
"""
from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_words import BadValue, UNSAFE, words  # noqa: E402  (a sibling script)

ROOT = Path(__file__).resolve().parents[1]
UNSAFE_SAID = "a space, a quote, a backslash, a bracket or one of : # $ % * ? < > | & ; `"
FILE_SUFFIX = "_file"


def safe_name(name: str) -> str:
    """`name` with each run of characters make cannot use replaced by '_' ('my cases.csv' -> 'my_cases.csv')."""
    return re.sub(UNSAFE.pattern + "+", "_", name)


def file_parameters(notebook: Path) -> list[str]:
    """The parameters of `notebook` (its cell tagged `parameters`) whose names end in `_file`: names in data/raw."""
    try:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    names: list[str] = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            try:
                body = ast.parse("".join(cell.get("source", ""))).body
            except SyntaxError:
                return names
            for node in body:
                targets = node.targets if isinstance(node, ast.Assign) else (
                    [node.target] if isinstance(node, ast.AnnAssign) else [])
                names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.endswith(FILE_SUFFIX)]
    return list(dict.fromkeys(names))


def pairs(split: list[str]) -> list[tuple[str, str]]:
    """The (name, value) of each `-p NAME VALUE` (or --parameter) among the words; a malformed tail is the runner's."""
    out, i = [], 0
    while i < len(split):
        if split[i] in ("-p", "--parameter") and i + 2 < len(split):
            out.append((split[i + 1], split[i + 2]))
            i += 3
        else:
            i += 1
    return out


def unsafe_name_problems(variable: str, split: list[str], raw_dir: Path) -> list[str]:
    """A line for each word naming an existing file (in raw_dir, from notebooks/ or from the project root, or
    absolute, as the Makefile looks for it) whose name make cannot use."""
    problems = []
    for word in split:
        if not word or not UNSAFE.search(word):
            continue
        for path in (raw_dir / word, ROOT / "notebooks" / word, ROOT / word):
            if path.is_file():
                shown = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
                problems.append(f"{variable} names {shown}: make cannot name a file whose name holds {UNSAFE_SAID} "
                                "(it would read it as other names or as a pattern, and an edit of the file would not "
                                f"rerun the notebook); rename it, e.g. to {safe_name(Path(word).name)}, and pass "
                                "that name")
                break
    return problems


def file_parameter_problems(variable: str, notebook: Path, split: list[str], raw_dir: Path) -> list[str]:
    """A line for each file parameter of `notebook` given a value that is not the name of a CSV file in raw_dir."""
    declared = file_parameters(notebook)
    shown_dir = raw_dir.relative_to(ROOT).as_posix() if raw_dir.is_absolute() and raw_dir.is_relative_to(ROOT) \
        else str(raw_dir)
    there = sorted(p.name for p in raw_dir.glob("*.csv") if p.is_file()) if raw_dir.is_dir() else []
    listed = f"; {shown_dir}/ holds {', '.join(there)}" if there else f"; {shown_dir}/ holds no CSV file"
    problems = []
    for name, value in pairs(split):
        if name not in declared:
            continue
        rule = f"{name} is the name of a CSV file in {shown_dir}/ (no folders)"
        if not value.endswith(".csv") or Path(value).name != value:
            bare = Path(value).name
            hint = f" (did you mean {bare}?)" if bare.endswith(".csv") and (raw_dir / bare).is_file() else ""
            problems.append(f"{variable}: -p {name} {value}: {rule}{hint}{listed}")
        elif not (raw_dir / value).is_file():
            problems.append(f"{variable}: -p {name} {value}: no file {shown_dir}/{value}; {rule}{listed}")
    return problems


def raw_problems(raw_dir: Path, globs: list[str]) -> list[str]:
    """A line for each raw file a group's glob finds whose name make cannot use."""
    shown_dir = raw_dir.relative_to(ROOT).as_posix() if raw_dir.is_absolute() and raw_dir.is_relative_to(ROOT) \
        else str(raw_dir).rstrip("/")
    found = sorted({p.name for g in globs for p in raw_dir.glob(g)}) if raw_dir.is_dir() else []
    return [f"{shown_dir}/{name}: make cannot name a file whose name holds {UNSAFE_SAID} (it would read it as other "
            f"names or as a pattern); rename it, e.g. to {safe_name(name)}" for name in found if UNSAFE.search(name)]


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "raw":
        problems = raw_problems(ROOT / argv[1], argv[2:])
    elif len(argv) == 5 and argv[0] == "param":
        _, raw_dir, notebook, variable, value = argv
        try:
            split = words(variable, value)
        except BadValue:  # said by make_words.py --check, which make runs first
            return 0
        raw = Path(raw_dir) if Path(raw_dir).is_absolute() else ROOT / raw_dir
        problems = unsafe_name_problems(variable, split, raw) or file_parameter_problems(
            variable, ROOT / "notebooks" / f"{notebook}.ipynb", split, raw)
    else:
        print("error: usage: tools/param_files.py raw RAW_DIR GLOB ... | param RAW_DIR NOTEBOOK P_NAME VALUE",
              file=sys.stderr)
        return 2
    for line in problems:
        print(f"error: {line}", file=sys.stderr)
    return 2 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
