"""Compile the engine's numba kernels into their on-disk cache (`make` runs this once per checkout), so that the
first large problem a user solves does not pay the compilation (about 20 s on a 2-core machine).

The kernels are compiled by solving one small random problem with every compiled path switched on from the
start, and by calling the kernels that only a large input reaches (over 100,000 implicant masks, charts over
5,000,000 cells, fuzzy tables over 1e8 memberships) on small arrays of the types the engine passes them; numba
caches them beside their modules (`analysis/qca/__pycache__/`, not tracked by git). A switch this script sets must
exist (`_switch_on`): the cover search's was renamed (_COMPILE_AFTER to _COMPILE_AFTER_STEPS) while this script went
on setting the old name, a new attribute nobody read, so none of the cover search's kernels was compiled here and
the first large problem paid their compilation (k40_n40 of make bench: 18 s of CPU instead of 6.6 s)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.qca import _cover, _implicants, minimize, truth_table  # noqa: E402
from analysis.qca._compiled import crisp_chart, masks_to_terms  # noqa: E402  (large implicant sets and charts)
from analysis.qca._row_sums import row_sums  # noqa: E402  (large fuzzy truth tables' sums)


def _switch_on(module, name: str, value) -> None:
    """Set the threshold `name` of `module` so that its compiled path runs from the start; one the module does not
    have (renamed) is an error, not a new attribute nobody reads."""
    if not hasattr(module, name):
        raise AttributeError(f"{module.__name__} has no {name}: its compiled path would not be switched on, "
                             "and its kernels not compiled (was the switch renamed?)")
    setattr(module, name, value)


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
    print(f"numba kernels compiled and cached in {time.perf_counter() - start:.1f} s "
          f"(check problem: {sol.n_models} minimal models)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
