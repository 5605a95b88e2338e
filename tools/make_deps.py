"""The analysis/ modules each notebook reads: make's prerequisites of its stamp, computed, not typed by hand.

    make_deps.py NOTEBOOK ...     one line per module a notebook reads, NOTEBOOK:analysis/path.py, then END

A notebook reads the modules its code imports, the modules those import (a package's __init__.py too, as importing
a.b.c runs a/__init__.py and a/b/__init__.py), and those the runner (tools/run_notebook.py) imports, since it runs
in the same checkout. Every import statement counts, at module level or inside a function (one a cell does not call
may be called by the next release of the notebook: an extra prerequisite costs a rerun, a missing one a stale output
that looks up to date).

Modules loaded on first use: a package whose __init__.py maps names to modules in `_LAZY` and loads them in its
`__getattr__` (analysis/qca: configurations, protocol, diagnostics, matching, permutation, standards) is read through
no import statement. Such a module is read when a source the notebook reads asks for one of its names (an
attribute, an imported name or getattr's string: `qca.permutation_benchmark(...)`, `from analysis.qca import smmr`,
`getattr(qca, "smmr")`), and every one of them when a source may ask for any name (`from analysis.qca import *`, or
getattr/hasattr with a name computed at run time, as the hints of analysis/workshop/python_errors.py do). A
bare name (`minimize(...)`, a variable `truth_table`) asks the package for nothing: Python looks it up in the module's
own globals, and a package __getattr__ runs only for an attribute of the package or a name imported from it. A
package that loads modules in a way this cannot read (a `__getattr__` without `_LAZY`, import_module or __import__
of a computed name) is read whole: every module in its folder.

    make_deps.py --cache FILE [--read-only] NOTEBOOK ...

keeps what it found in each source (its Facts) in FILE (JSON, UTF-8) under the SHA-256 of the source, its package
and this file's own text, and reads it from there while the source is unchanged: only an edited module is parsed
again (each make whose modules-read cache was out of date, after any edit, parsed every module read). A FILE that
cannot be read is no cache; --read-only (make -n, -q: a dry run writes nothing) leaves it as it is.

Standard library only: it runs while make reads the Makefile, before .venv exists. A notebook or a module it cannot
read (a syntax error in a module being edited): one `note:` line, exit status 2, and make takes every analysis/ module
for every notebook's prerequisites (an extra rerun, never a stale output).
"""
from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
RUNNER = "tools/run_notebook.py"
PACKAGE = "analysis"
END = "end-of-modules"   # the answer's last line: make takes only a whole answer (the Makefile's MODULES_END)
DYNAMIC_IMPORTS = ("import_module", "__import__")
ASK_BY_NAME = ("getattr", "hasattr")


def notebook_code(path: Path) -> str:
    """The code cells of a notebook (nbformat 4 JSON), magics and shell lines left out."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = ("".join(c["source"]) if isinstance(c["source"], list) else c["source"]
             for c in nb["cells"] if c["cell_type"] == "code")
    return "\n".join(c for c in cells if not c.lstrip().startswith(("%", "!")))


class Facts(NamedTuple):
    """What the scan needs of one source, found in one walk of its syntax tree."""
    imports: frozenset[str]          # the analysis.* modules it imports (and X.name of `from X import name`)
    names: frozenset[str]            # attributes, imported names, getattr's constant names (not a bare name)
    asks_any: frozenset[str]         # the packages it may ask for any name: `from P import *`, getattr(P, computed)
    lazy: dict[str, str] | None      # a package __init__'s _LAZY ({name: module}), or None
    unreadable: bool                 # it loads modules by names the scan cannot read


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and (base := _dotted(node.value)):
        return f"{base}.{node.attr}"
    return None


def _lazy_map(node: ast.Assign) -> dict[str, str]:
    """_LAZY's {name: module}: a literal dict, or one built with dict.fromkeys((names...), "module")."""
    found: dict[str, str] = {}
    for part in ast.walk(node.value):
        if (isinstance(part, ast.Call) and len(part.args) == 2 and isinstance(part.args[1], ast.Constant)
                and isinstance(part.args[0], (ast.Tuple, ast.List))):
            found.update({e.value: part.args[1].value for e in part.args[0].elts if isinstance(e, ast.Constant)})
        elif isinstance(part, ast.Dict):
            found.update({k.value: v.value for k, v in zip(part.keys, part.values)
                          if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)})
    return found


# the cache of --cache: {key: Facts as JSON lists} read, and the keys this run used (written back, the others dropped)
_STORED: dict[str, list] = {}
_USED: dict[str, list] = {}
_SELF = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()   # a changed scan finds nothing stored by the old one


@functools.lru_cache(maxsize=None)
def facts(source: str, package: str = "", is_init: bool = False) -> Facts:
    """One source's Facts; its relative imports resolved against `package` (stored by --cache, when it was given)."""
    key = hashlib.sha256(f"{_SELF}\0{package}\0{is_init}\0{source}".encode("utf-8")).hexdigest()
    stored = _STORED.get(key)
    if stored is not None:
        try:
            imports, names, asks_any, lazy, unreadable = stored
            found = Facts(frozenset(imports), frozenset(names), frozenset(asks_any), lazy, bool(unreadable))
        except (TypeError, ValueError):           # an entry not of this shape: scanned again
            found = _scan(source, package, is_init)
    else:
        found = _scan(source, package, is_init)
    _USED[key] = [sorted(found.imports), sorted(found.names), sorted(found.asks_any), found.lazy, found.unreadable]
    return found


def _read_cache(path: Path) -> None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):                 # none yet, or not JSON: no cache
        return
    if isinstance(stored, dict):
        _STORED.update((k, v) for k, v in stored.items() if isinstance(v, list))


def _write_cache(path: Path) -> None:
    """The Facts this run used, written whole (a temporary file renamed: a make beside it reads the old or the new)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_USED, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:                               # a read-only checkout: the answer stands, uncached
        pass


def _scan(source: str, package: str, is_init: bool) -> Facts:
    tree = ast.parse(source)
    imports: set[str] = set()
    names: set[str] = set()
    bound: dict[str, str] = {}                    # a name bound to an analysis module: {name: module}
    asks: list[tuple[str, bool]] = []             # getattr/hasattr's object and whether its name is computed
    star: set[str] = set()
    dynamic = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == PACKAGE:
                    imports.add(a.name)
                    if a.asname:
                        bound[a.asname] = a.name
                names.add(a.name.split(".")[-1])
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            names.update(a.name for a in node.names)
            if base.split(".")[0] != PACKAGE:
                continue
            imports.add(base)
            for a in node.names:
                if a.name == "*":
                    star.add(base)
                else:
                    imports.add(f"{base}.{a.name}")
                    bound[a.asname or a.name] = f"{base}.{a.name}"
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if called in ASK_BY_NAME and len(node.args) >= 2:
                asks.append((_dotted(node.args[0]) or "", not isinstance(node.args[1], ast.Constant)))
                if isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                    names.add(node.args[1].value)     # getattr(qca, "smmr")
            elif called in DYNAMIC_IMPORTS and not isinstance(node.args[0], ast.Constant):
                dynamic = True
    lazy = next((_lazy_map(n) for n in tree.body if isinstance(n, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "_LAZY" for t in n.targets)), None)
    if lazy is not None:
        dynamic = False                           # its __getattr__'s import_module, read through _LAZY
    elif is_init and any(isinstance(n, ast.FunctionDef) and n.name == "__getattr__" for n in tree.body):
        dynamic = True                            # a package __getattr__ the scan cannot read
    asks_any = set(star)
    for obj, computed in asks:                    # getattr(qca, name): qca bound to an analysis module
        if computed and obj:
            head, _, rest = obj.partition(".")
            module = obj if head == PACKAGE else (bound.get(head) and ".".join(filter(None, (bound[head], rest))))
            if module:
                asks_any.add(module)
    return Facts(frozenset(imports), frozenset(names), frozenset(asks_any), lazy, dynamic)


def analysis_imports(source: str, package: str = "") -> frozenset[str]:
    """The analysis.* modules `source` imports (a module's relative imports resolved against `package`), and for
    `from X import name` also X.name (it may be a submodule)."""
    return facts(source, package).imports


def lazy_modules(source: str, package: str) -> set[str]:
    """Every module a package's `__getattr__` may load on first use (its _LAZY's modules)."""
    return {f"{package}.{m}" for m in (facts(source, package, True).lazy or {}).values()}


def module_file(name: str, root: Path) -> Path | None:
    path = root.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def sources_read(notebook: str, root: Path = ROOT) -> dict[str, str]:
    """The notebook's code, the runner's, and every analysis/ module they import, directly or through other
    modules, or may load on first use: {path relative to root: source}."""
    sources = {f"notebooks/{notebook}.ipynb": notebook_code(root / "notebooks" / f"{notebook}.ipynb")}
    if (root / RUNNER).is_file():
        sources[RUNNER] = (root / RUNNER).read_text(encoding="utf-8")
    scanned = {path: facts(text) for path, text in sources.items()}
    todo = [m for found in scanned.values() for m in found.imports]
    seen: set[str] = set()
    lazy: dict[str, dict[str, str]] = {}          # each package read that loads modules on first use: its _LAZY
    # each dotted name's file (relative to root) or None, looked up once in this scan: a.b.c's every prefix was
    # looked up again for every module naming it (16,000 lookups of pathlib for 7 notebooks, most of a cached scan)
    located: dict[str, str | None] = {}

    def locate(name: str) -> str | None:
        if name not in located:
            file = module_file(name, root)
            located[name] = None if file is None else file.relative_to(root).as_posix()
        return located[name]

    while todo:
        while todo:
            module = todo.pop()
            if module in seen:
                continue
            seen.add(module)
            parts = module.split(".")
            for k in range(1, len(parts) + 1):    # importing a.b.c runs a/__init__ and a/b/__init__ too
                path = locate(".".join(parts[:k]))
                if path is None or path in sources:
                    continue
                file = root / path
                text = file.read_text(encoding="utf-8")
                is_init = file.name == "__init__.py"
                package = ".".join(parts[:k - (not is_init)])
                sources[path] = text
                try:
                    found = scanned[path] = facts(text, package, is_init)
                except SyntaxError as exc:        # named by its path, not '<unknown>'
                    exc.filename = path
                    raise
                todo.extend(found.imports)
                if found.lazy:
                    lazy[package] = found.lazy
                if found.unreadable:              # every module of its folder
                    todo.extend(f"{package}.{p.stem}" for p in sorted(file.parent.glob("*.py")))
        # the modules loaded on first use that the sources read so far ask for (they may ask for more), a lazy
        # package's own __init__ included: its __all__ and _LAZY name its names as strings, which ask for nothing,
        # and what else it asks for (another package's name) counts
        asked = frozenset().union(*(found.names for found in scanned.values()))
        asks_any = frozenset().union(*(found.asks_any for found in scanned.values()))
        todo = [f"{package}.{module}" for package, mapping in lazy.items() for name, module in mapping.items()
                if (name in asked or package in asks_any) and f"{package}.{module}" not in seen]
    return sources


def modules_read(notebook: str, root: Path = ROOT) -> list[str]:
    """The analysis/ files a notebook reads (sources_read's .py files), sorted."""
    return sorted(p for p in sources_read(notebook, root) if p.startswith(f"{PACKAGE}/") and p.endswith(".py"))


def main(argv: list[str], root: Path = ROOT) -> int:
    cache, write = None, True
    if argv[:1] == ["--cache"] and len(argv) > 1:
        cache, argv = Path(argv[1]), argv[2:]
        if argv[:1] == ["--read-only"]:
            write, argv = False, argv[1:]
        _read_cache(cache)
    lines = []
    for notebook in argv:
        try:
            lines.extend(f"{notebook}:{path}" for path in modules_read(notebook, root))
        except (OSError, ValueError, KeyError, SyntaxError) as exc:
            if isinstance(exc, SyntaxError):
                why = f"{exc.filename}, line {exc.lineno}: SyntaxError: {exc.msg}"
            else:
                why = f"{getattr(exc, 'filename', None) or f'notebooks/{notebook}.ipynb'}: {exc.__class__.__name__}: {exc}"
            print(f"note: tools/make_deps.py cannot read the modules notebook {notebook} imports ({why}); every "
                  "notebook takes every analysis/ module for its prerequisites until it can", file=sys.stderr)
            return 2
    if cache is not None and write and _USED != _STORED:
        _write_cache(cache)
    sys.stdout.write("".join(f"{line}\n" for line in [*lines, END]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
