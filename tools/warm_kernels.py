"""Compile the engine's numba kernels into their on-disk cache (`make` runs this once per checkout), so that the
first large problem a user solves does not pay the compilation (about 20 s on a 2-core machine).

The kernels are compiled by solving one small random problem with every compiled path switched on from the
start; numba caches them beside their modules (`analysis/qca/__pycache__/`, not tracked by git)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.qca import _cover, _implicants, minimize, truth_table  # noqa: E402
from analysis.qca._row_sums import row_sums  # noqa: E402  (large fuzzy truth tables' sums)


def main() -> int:
    start = time.perf_counter()
    _cover._COMPILE_AFTER = -1.0
    _implicants._COMPILE_AFTER = -1.0
    rng = np.random.default_rng(20261201)
    data = pd.DataFrame(rng.integers(0, 2, (60, 9)), columns=[f"C{i}" for i in range(1, 10)])
    data["Y"] = rng.integers(0, 2, 60)
    sol = minimize(truth_table(data, "Y", list(data.columns[:-1]), incl_cut=1), include="?")
    fuzzy = pd.DataFrame(rng.uniform(0, 1, (200, 4)).round(2), columns=["A", "B", "C", "Y"])
    row_sums(fuzzy[["A", "B", "C"]].to_numpy(), fuzzy["Y"].to_numpy(), [[0, 1, 0], [1, 1, 0]], [False] * 3)
    print(f"numba kernels compiled and cached in {time.perf_counter() - start:.1f} s "
          f"(check problem: {sol.n_models} minimal models)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
