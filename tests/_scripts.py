"""Load a script of the project (tools/, benchmarks/) as a module, the way the tests that check it need it: scripts
are not in a package, so they are loaded from their path."""
from __future__ import annotations

import importlib.util
import sys

from analysis.paths import ROOT


def load_script(relpath: str, name: str | None = None, *, register: bool = False):
    """The module of ROOT / relpath, run once. register: also put it in sys.modules (dataclasses and pickling
    defined in the script look themselves up there)."""
    path = ROOT / relpath
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
