"""Load a script of the project (tools/, benchmarks/) as a module, the way the tests that check it need it: scripts
are not in a package, so they are loaded from their path (or imported from their folder put on sys.path).

A test run writes no bytecode beside them (tools/__pycache__/, benchmarks/__pycache__/, in the checkout outside
build/): they are loaded by ScriptLoader, which reads bytecode already there (what `make` runs wrote) but writes none.
tests/conftest.py installs `script_finder` for the whole session, so a script imported from its folder on sys.path (a
test's sys.path.insert, a script importing its neighbour) is loaded so too (the root conftest.py loads the runner with
sys.dont_write_bytecode set). Packages (analysis/) and the environment's compiled bytecode (uv sync
--compile-bytecode) are left as they are.
"""
from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import SOURCE_SUFFIXES, FileFinder, SourceFileLoader
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The folders of the checkout whose scripts are loaded without writing bytecode (with their subfolders).
SCRIPT_FOLDERS = (ROOT / "tools", ROOT / "benchmarks")


class ScriptLoader(SourceFileLoader):
    """A script's loader that writes no bytecode (SourceFileLoader writes it only through set_data)."""

    def set_data(self, path, data, *, _mode=0o666):
        return None


def is_script_folder(path) -> bool:
    try:
        where = Path(path or ".").resolve()
    except (OSError, TypeError, ValueError):
        return False
    return any(where == f or f in where.parents for f in SCRIPT_FOLDERS)


def script_finder(path):
    """sys.path_hooks entry: the scripts' folders get a finder whose source files ScriptLoader loads."""
    if not is_script_folder(path):
        raise ImportError("not a folder of the project's scripts")
    return FileFinder(path, (ScriptLoader, SOURCE_SUFFIXES))


def install() -> None:
    """Put script_finder first in sys.path_hooks (once) and forget the finders already made for the scripts'
    folders."""
    if script_finder not in sys.path_hooks:
        sys.path_hooks.insert(0, script_finder)
    for entry in [e for e in sys.path_importer_cache if is_script_folder(e)]:
        del sys.path_importer_cache[entry]


def load_script(relpath: str, name: str | None = None, *, register: bool = False):
    """The module of ROOT / relpath, run once. register: also put it in sys.modules (dataclasses and pickling
    defined in the script look themselves up there)."""
    path = ROOT / relpath
    name = name or path.stem
    spec = importlib.util.spec_from_file_location(name, path, loader=ScriptLoader(name, str(path)))
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
