"""Compile the engine's numba kernels into their on-disk cache (`make` runs this once per checkout), so that the
first large problem a user solves does not pay the compilation (about 20 s on a 2-core machine).

The kernels are compiled by solving one small random problem with every compiled path switched on from the
start, and by calling the kernels that only a large input reaches (over 100,000 implicant masks, charts over
5,000,000 cells, fuzzy tables over 1e8 memberships) on small arrays of the types the engine passes them; numba
caches them beside their modules (`analysis/qca/__pycache__/`, not tracked by git). A switch this script sets must
exist (`_switch_on`): the cover search's was renamed (_COMPILE_AFTER to _COMPILE_AFTER_STEPS) while this script went
on setting the old name, a new attribute nobody read, so none of the cover search's kernels was compiled here and
the first large problem paid their compilation (k40_n40 of make bench: 18 s of CPU instead of 6.6 s).

It ends by recording, beside the cache (`warm_kernels.json` in the engine's numba cache folder), what it compiled and
from what: each kernel's signatures compiled and those found in the cache already, the checksum of every file of
the project its process ran, the Python, the installed packages and the NUMBA_* settings.
tests/test_warm_kernels.py reads that record of `make`'s run instead of compiling every kernel again into an empty
cache when it proves that run the same as one into an empty cache would be (the same files, packages, Python and
settings; nothing found in the cache)."""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
import sysconfig
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.qca import _compiled, _cover, _implicants, minimize, truth_table  # noqa: E402
from analysis.qca.atomic import write_atomic  # noqa: E402
from analysis.qca._compiled import crisp_chart, masks_to_terms  # noqa: E402  (large implicant sets and charts)
from analysis.qca._row_sums import row_sums  # noqa: E402  (large fuzzy truth tables' sums)


def _switch_on(module, name: str, value) -> None:
    """Set the threshold `name` of `module` so that its compiled path runs from the start; one the module does not
    have (renamed) is an error, not a new attribute nobody reads."""
    if not hasattr(module, name):
        raise AttributeError(f"{module.__name__} has no {name}: its compiled path would not be switched on, "
                             "and its kernels not compiled (was the switch renamed?)")
    setattr(module, name, value)


def dispatchers() -> dict:
    """'module.function' (as numba names its cache files) of every numba dispatcher of the engine in this process:
    the @njit(cache=True) functions of its modules and those `_compiled.fast` compiled."""
    from numba.core.dispatcher import Dispatcher

    found = [value for name, module in list(sys.modules.items()) if name.startswith("analysis.qca")
             for value in list(vars(module).values()) if isinstance(value, Dispatcher)]
    found += [value for value in _compiled._JIT.values() if isinstance(value, Dispatcher)]
    return {f"{d.py_func.__module__.rpartition('.')[2]}.{d.py_func.__qualname__}": d for d in found}


def setting(names=None) -> dict:
    """What, besides the project's files, decides which kernels this script compiles: the Python, the installed
    packages its process loaded (from its environment's site-packages; not an egg-info left in the checkout), or
    those of `names` (to compare a record with what is installed now), and the NUMBA_* settings but the cache's
    folder. Only the packages loaded: `make` warms the kernels before `make test` installs the test tools, which
    change nothing the warm-up ran."""
    site = sorted({sysconfig.get_paths()[key] for key in ("purelib", "platlib")})
    if names is None:
        imported = importlib.metadata.packages_distributions()
        names = {dist for module in list(sys.modules) for dist in imported.get(module.partition(".")[0], ())}
    return {"python": sys.version,
            "packages": dict(sorted((d.metadata["Name"], d.version)
                                    for d in importlib.metadata.distributions(path=site)
                                    if d.metadata["Name"] in names)),
            "numba_settings": dict(sorted((k, v) for k, v in os.environ.items()
                                          if k.startswith("NUMBA_") and k != "NUMBA_CACHE_DIR"))}


def record() -> dict:
    """What this process compiled and from what (see the module's docstring): the checksum of each file of the
    checkout its modules were read from (not the environment's), the setting, and for each kernel the signatures
    compiled, those found in the cache and those it holds."""
    root = Path(__file__).resolve().parents[1]
    files = {}
    for module in list(sys.modules.values()):
        path = Path(getattr(module, "__file__", None) or "/").resolve()
        if path.is_file() and path.is_relative_to(root) and not path.is_relative_to(Path(sys.prefix).resolve()):
            files[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    kernels = {name: {"compiled": sorted(map(str, d.stats.cache_misses)), "found": sorted(map(str, d.stats.cache_hits)),
                      "signatures": sorted(str(sig) for sig in d.overloads)} for name, d in dispatchers().items()}
    return {"files": dict(sorted(files.items())), **setting(), "kernels": dict(sorted(kernels.items()))}


def record_path() -> Path:
    """`warm_kernels.json` in the folder where numba caches the engine's kernels (`analysis/qca/__pycache__/`, or
    under NUMBA_CACHE_DIR)."""
    from analysis.qca import _cover_kernel   # (imports numba)

    return Path(_cover_kernel._kernel.stats.cache_path) / "warm_kernels.json"


def main() -> int:
    start = time.perf_counter()
    _switch_on(_cover, "_COMPILE_AFTER_STEPS", -1)
    _switch_on(_implicants, "_COMPILE_AFTER", -1.0)
    rng = np.random.default_rng(20261201)
    data = pd.DataFrame(rng.integers(0, 2, (60, 9)), columns=[f"C{i}" for i in range(1, 10)])
    data["Y"] = rng.integers(0, 2, 60)
    sol = minimize(truth_table(data, "Y", list(data.columns[:-1]), incl_cut=1), include="?")
    fuzzy = pd.DataFrame(rng.uniform(0, 1, (200, 4)).round(2), columns=["A", "B", "C", "Y"])
    row_sums(fuzzy[["A", "B", "C"]].to_numpy(), fuzzy["Y"].to_numpy(), [[0, 1, 0], [1, 1, 0]], [False] * 3)
    # as _implicants passes them: uint64 masks, int64 owners, int8 terms; int64 bit masks of implicants and rows
    masks_to_terms(np.array([1, 6], dtype=np.uint64), np.array([0, 1], dtype=np.int64),
                   np.array([[1, 2, 1], [2, 1, 2]], dtype=np.int8))
    bits = np.int64(1) << np.arange(3, dtype=np.int64)
    crisp_chart(np.array([[1, 0, 1]], dtype=np.int64) @ bits, np.array([[1, 0, 0]], dtype=np.int64) @ bits,
                np.array([[1, 0, 0], [1, 1, 1]], dtype=np.int64) @ bits)
    try:
        write_atomic(record_path(), (json.dumps(record(), indent=1) + "\n").encode("utf-8"))
    except OSError as err:   # the kernels are cached all the same; the tests then compile them again to check
        print(f"warning: {record_path()}: cannot record what was compiled ({err.strerror or err})", file=sys.stderr)
    print(f"numba kernels compiled and cached in {time.perf_counter() - start:.1f} s "
          f"(check problem: {sol.n_models} minimal models)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
