"""The files make's P_<notebook> parameters and the raw-file groups name, checked while make reads the Makefile.

    param_files.py param RAW_DIR NOTEBOOK P_NAME VALUE    a P_ value's words (tools/make_words.py)
    param_files.py raw RAW_DIR GLOB ...                   the raw files a group's glob finds
    param_files.py stray NOTEBOOK ... -- NAME=VALUE ...    make variables on the command line named as parameters

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

* a parameter the notebook does not declare (`make P_03_qca="-p incl_cutt 0.9"`): papermill would ignore it. The
  runner refused it, but only when that notebook's turn came, after its upstream notebooks (00 to 02) had run on a
  fresh clone. Now make stops first, with the runner's message (`unknown_parameters`, which the runner asks too):
  the near name ('did you mean 'incl_cut'?', analysis/qca/_near.py's rule) and the valid names.

* a notebook parameter given to make as a variable of its own (`make incl_cut=0.9`, or `make P_03_qca=-p
  incl_cut=0.9` unquoted): make took it for a make variable, which no notebook reads, and ran every notebook on its
  default while the user believed it ran at 0.9. Refused, naming the notebooks that declare the name and the P_
  variable to use.

Standard library only: it runs while make reads the Makefile, before .venv exists.
"""
from __future__ import annotations

import ast
import json
import os
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


def declared_parameters(notebook: Path) -> list[str]:
    """The names `notebook` assigns in its cell tagged `parameters` (each name of a tuple target too), in order; [] if
    unreadable. Read with Python's own parser: papermill's inspect_notebook skips a line whose comment holds '='
    (`cut_STB = 10  # in = fewer than this`), which would refuse a valid parameter. The one reading of a notebook's
    parameters: make's check (below) and the runner's (tools/run_notebook.py) both ask it."""
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
                names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return list(dict.fromkeys(names))


def _near():
    """analysis/qca/_near.py (the project's one 'did you mean' rule, near_names, and its one form, did_you_mean and
    hints_by_name), loaded by its path: importing it as analysis.qca._near would import the engine's package (numpy,
    pandas), which the system's Python, running this while make reads the Makefile, may not have."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_compendium_near", ROOT / "analysis" / "qca" / "_near.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unknown_parameters(notebook: Path, names: list[str]) -> str | None:
    """A message naming the parameters among `names` that `notebook` does not declare, with the near name of each
    ("; did you mean 'incl_cut'?", for several each naming its parameter, as the engine's hints name a column) and
    the valid names; None when all are declared. papermill would ignore such a parameter and run the notebook on its
    default."""
    valid = declared_parameters(notebook)
    unknown = [n for n in dict.fromkeys(names) if n not in valid]
    if not unknown:
        return None
    near = _near()
    hint = near.hints_by_name((n, f"; {near.did_you_mean(meant)}" if (meant := near.near_names(n, valid)) else "")
                              for n in unknown)
    shown = notebook.relative_to(ROOT).as_posix() if notebook.is_relative_to(ROOT) else str(notebook)
    return (f"unknown parameter(s) {', '.join(repr(n) for n in unknown)} for {shown}{hint}; "
            f"valid: {', '.join(valid) if valid else 'none (the notebook has no parameters cell)'}")


def file_parameters(notebook: Path) -> list[str]:
    """The parameters of `notebook` (its cell tagged `parameters`) whose names end in `_file`: names in data/raw."""
    return [name for name in declared_parameters(notebook) if name.endswith(FILE_SUFFIX)]


PARAMETER_FLAGS = ("-p", "--parameter")
_NAME = re.compile(r"[A-Za-z_]\w*")


def _as_pairs(split: list[str]) -> str | None:
    """The value `split` was meant to be, written as -p NAME VALUE pairs, when that is plain: 'incl_cut 0.9',
    'incl_cut=0.9', '-p incl_cut=0.9', '--incl_cut 0.9' all mean '-p incl_cut 0.9'; None when it is not."""
    import shlex

    tokens: list[str] = []
    for word in split:
        if word in PARAMETER_FLAGS:
            continue
        name, eq, value = word.partition("=")
        if eq and _NAME.fullmatch(name.removeprefix("--")):
            tokens += [name.removeprefix("--"), value]
        elif word.startswith("--") and _NAME.fullmatch(word[2:]):
            tokens.append(word[2:])
        else:
            tokens.append(word)
    if not tokens or len(tokens) % 2 or not all(_NAME.fullmatch(n) for n in tokens[::2]) \
            or any("\n" in t or "\r" in t for t in tokens):   # (a line end typed inside quotes: no one-line value)
        return None
    return " ".join(f"-p {n} {shlex.quote(v)}" for n, v in zip(tokens[::2], tokens[1::2]))


def form_problem(variable: str, value: str, split: list[str], notebook: Path, goals: list[str] = ()) -> str | None:
    """Why the words of a P_ value are not -p NAME VALUE triples (what the runner takes), or None. `make
    P_03_qca="incl_cut 0.9"` (no -p) was refused only by the runner, when notebook 03's turn came, after 00 to 02 had
    run; this is asked while make reads the Makefile, before any notebook runs. The message names the variable, the
    first word out of place and the form, with the value rewritten when what was meant is plain. `goals` are make's
    command-line goals: `make P_03_qca=-p incl_cut 0.9` (unquoted) gives the value '-p' and the goals 'incl_cut' and
    '0.9'; a value that ends short of a name and a value, completed by the first goals, is said to need quotes."""
    i = 0
    while i < len(split):
        if split[i] not in PARAMETER_FLAGS:
            where = f"{split[i]!r} where -p was expected"
            break
        rest = split[i + 1:i + 3]
        if len(rest) < 2 or any(w in PARAMETER_FLAGS or w.startswith("--") for w in rest):
            where = f"{' '.join(split[i:i + 2])!r} needs a parameter name and a value"
            missing = 2 - len(rest)
            completed = _as_pairs(split + list(goals[:missing])) if len(rest) < 2 and len(goals) >= missing else None
            if completed:
                taken = " and ".join(repr(g) for g in goals[:missing])
                return (f"{variable}={value!r}: make took {taken} for {'goals' if missing > 1 else 'a goal'} to build: "
                        f"a value holding spaces must be quoted: make {variable}=\"{completed}\"")
            break
        i += 3
    else:
        return None
    meant = _as_pairs(split)
    declared = declared_parameters(notebook)
    example = meant or (f"-p {declared[0]} VALUE" if declared else "-p NAME VALUE")
    return (f"{variable}={value!r}: {where}; parameters are given as -p NAME VALUE, each with its own -p (a value "
            f"holding spaces in quotes): {'did you mean' if meant else 'e.g.'} make {variable}=\"{example}\""
            f"{'?' if meant else ''}")


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


#: Spreadsheet files a holder may name instead of the CSV saved from them; the same list as notebook 02's check
#: (analysis.paper_a.parameters.WORKBOOK_SUFFIXES: this script imports nothing outside the standard library).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".et", ".wps")
#: The workbooks and data files a parameter may name as they are, and the parameters that may
#: (parameters.READ_WORKBOOK_SUFFIXES, parameters.WORKBOOK_PARAMETERS): Paper A's case file, read by the engine's reader.
READ_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".dta", ".sav", ".zsav", ".por")
WORKBOOK_PARAMETERS = ("case_file",)


def readable_kinds_said(suffixes: tuple[str, ...] = READ_WORKBOOK_SUFFIXES) -> str:
    """The kinds of file besides CSV a case file may be, said from `suffixes` (READ_WORKBOOK_SUFFIXES, the list the
    check reads): 'a workbook (.xlsx, .xlsm, .xls, .ods) or a Stata or SPSS file (.dta, .sav, .zsav, .por)'. Typed
    beside it, the message left out .xlsm, .zsav and .por, which the check accepts."""
    books = [x for x in suffixes if x in WORKBOOK_SUFFIXES]
    data = [x for x in suffixes if x not in WORKBOOK_SUFFIXES]
    return f"a workbook ({', '.join(books)}) or a Stata or SPSS file ({', '.join(data)})"


def file_parameter_problems(variable: str, notebook: Path, split: list[str], raw_dir: Path) -> list[str]:
    """A line for each file parameter of `notebook` given a value that is not the name of a CSV file in raw_dir (for
    the case file, of a CSV file or a file of READ_WORKBOOK_SUFFIXES there)."""
    declared = file_parameters(notebook)
    shown_dir = raw_dir.relative_to(ROOT).as_posix() if raw_dir.is_absolute() and raw_dir.is_relative_to(ROOT) \
        else str(raw_dir)
    problems = []
    for name, value in pairs(split):
        if name not in declared:
            continue
        books = name in WORKBOOK_PARAMETERS   # the case file: a workbook or data file is read as it is
        kinds = ("*.csv", *(f"*{x}" for x in READ_WORKBOOK_SUFFIXES)) if books else ("*.csv",)
        there = sorted(p.name for k in kinds for p in raw_dir.glob(k) if p.is_file()) if raw_dir.is_dir() else []
        listed = (f"; {shown_dir}/ holds {', '.join(there)}" if there else
                  f"; {shown_dir}/ holds no CSV file{' or workbook' if books else ''}")
        suffix = Path(value).suffix.lower()
        readable = value.endswith(".csv") or (books and suffix in READ_WORKBOOK_SUFFIXES)
        rule = (f"{name} is the name of a CSV file, {readable_kinds_said()} in {shown_dir}/ (no folders)" if books
                else f"{name} is the name of a CSV file in {shown_dir}/ (no folders)")
        if not readable or Path(value).name != value:
            bare = Path(value).name
            hint = f" (did you mean {bare}?)" if bare != value and readable and (raw_dir / bare).is_file() else ""
            if not hint and suffix in WORKBOOK_SUFFIXES and not readable:
                # a holder's Excel workbook: what notebook 02's own check says (analysis/paper_a/parameters.py), which
                # make's check, run first, kept from them
                stem = Path(bare).stem
                hint = (f" (a workbook: in Excel save it with 'Save As' > 'CSV UTF-8 (comma delimited)' as "
                        f"{shown_dir}/{stem}.csv and pass -p {name} {stem}.csv)")
            problems.append(f"{variable}: -p {name} {value}: {rule}{hint}{listed}")
        elif not (raw_dir / value).is_file():
            # the same name as another kind of file there (paperA_cases.xlsx for paperA_cases.csv): the file meant
            same = [n for n in there if Path(n).stem == Path(value).stem]
            hint = f" (did you mean {', '.join(same)}?)" if same else ""
            problems.append(f"{variable}: -p {name} {value}: no file {shown_dir}/{value}{hint}; {rule}{listed}")
    return problems


def raw_problems(raw_dir: Path, globs: list[str]) -> list[str]:
    """A line for each raw file a group's glob finds whose name make cannot use."""
    shown_dir = raw_dir.relative_to(ROOT).as_posix() if raw_dir.is_absolute() and raw_dir.is_relative_to(ROOT) \
        else str(raw_dir).rstrip("/")
    found = sorted({p.name for g in globs for p in raw_dir.glob(g)}) if raw_dir.is_dir() else []
    return [f"{shown_dir}/{name}: make cannot name a file whose name holds {UNSAFE_SAID} (it would read it as other "
            f"names or as a pattern); rename it, e.g. to {safe_name(name)}" for name in found if UNSAFE.search(name)]


def stray_problems(notebooks: list[str], assignments: list[str], given: list[str] = ()) -> list[str]:
    """A message for each NAME=VALUE of `assignments` (variables given to make on its command line) whose NAME is a
    parameter some notebook of `notebooks` declares: make reads `make incl_cut=0.9` as a make variable, and every
    notebook ran on its default. The P_ variable shown is that of a notebook in `given` (the P_ variables on the
    command line) when one declares the name, else of the first notebook that does."""
    problems = []
    texts: dict[str, str] = {}
    declared: dict[str, list[str]] = {}

    def declares(notebook: str, name: str) -> bool:
        """Whether `notebook` declares `name`. Each notebook is read once and parsed only for a name its file holds:
        an ASCII name a notebook declares stands as it is in the file's JSON (a non-ASCII one may be escaped there,
        so it is always looked up). make passes its own variables too (STAMPS=..., the tests' every run): the seven
        notebooks were parsed for each (0.03 s of CPU at every make given a variable), for none of those names."""
        path = ROOT / "notebooks" / f"{notebook}.ipynb"
        if name.isascii():
            if notebook not in texts:
                try:
                    texts[notebook] = path.read_text(encoding="utf-8")
                except (OSError, ValueError):     # unreadable: declares nothing (declared_parameters' [])
                    texts[notebook] = ""
            if name not in texts[notebook]:
                return False
        if notebook not in declared:
            declared[notebook] = declared_parameters(path)
        return name in declared[notebook]

    for assignment in assignments:
        name, _, value = assignment.partition("=")
        owners = [nb for nb in notebooks if declares(nb, name)]
        if not owners:
            continue
        import shlex

        shown = next((nb for nb in owners if nb in given), owners[0])
        problems.append(f"{name}={value!r} on make's command line is a make variable, which no notebook reads (every "
                        f"notebook would run on its default); {name} is a parameter of "
                        f"{', '.join(owners)}: make P_{shown}=\"-p {name} {shlex.quote(value)}\"")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "raw":
        problems = raw_problems(ROOT / argv[1], argv[2:])
    elif argv[:1] == ["stray"] and "--" in argv:
        cut = argv.index("--")
        given = [v.removeprefix("P_") for v in os.environ.get("MAKE_P_GIVEN", "").split()]
        problems = stray_problems(argv[1:cut], argv[cut + 1:], given)
    elif len(argv) == 5 and argv[0] == "param":
        _, raw_dir, notebook, variable, value = argv
        try:
            split = words(variable, value)
        except BadValue:  # said by make_words.py --check, which make runs first
            return 0
        raw = Path(raw_dir) if Path(raw_dir).is_absolute() else ROOT / raw_dir
        src = ROOT / "notebooks" / f"{notebook}.ipynb"
        form = form_problem(variable, value, split, src, os.environ.get("MAKECMDGOALS", "").split())
        unknown = unknown_parameters(src, [name for name, _ in pairs(split)]) if not form and src.is_file() else None
        problems = [form] if form else [f"{variable}: {unknown}"] if unknown else (
            unsafe_name_problems(variable, split, raw) or file_parameter_problems(variable, src, split, raw))
    else:
        print("error: usage: tools/param_files.py raw RAW_DIR GLOB ... | param RAW_DIR NOTEBOOK P_NAME VALUE | "
              "stray NOTEBOOK ... -- NAME=VALUE ...",
              file=sys.stderr)
        return 2
    for line in problems:   # one line each: a line end typed inside quotes in a value is shown as \n
        print("error: " + line.replace("\r", "\\r").replace("\n", "\\n"), file=sys.stderr)
    return 2 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
