"""Fixed-seed random data sets for the benchmark (`python benchmarks/random_series.py` rewrites benchmarks/data/).

Conditions and outcome are drawn independently (no structure to find), which is what makes minimisation hard:
many positive and negative configurations next to each other, many prime implicants and often very many
minimal models. Two series:

- `issue10_kKK_nNNN`: crisp, 9-12 conditions x 45-180 cases (the draws of issue 10's table, where R QCA runs
  out of memory or past 60 s); parsimonious solution.
- `rand_{crisp,fuzzy}_kKK_nNNN`: 9-16 conditions, 40-200 cases; crisp (0/1) or fuzzy (memberships in (0, 1),
  truth table at incl_cut 0.93); parsimonious solution. Why 0.93: with independent uniform memberships a row's
  consistency is high (0.78-0.99 on these draws; a case's membership in a row of 9-16 conditions is small), so at
  0.8 seven of the eight draws had no negative row and their parsimonious "solution" was the tautology 1, which
  minimize() now refuses as R does; at 0.93 each draw has positive and negative rows.
- `cons_crisp_kKK_nNNN`: crisp, conservative solution (`include=""`): 10 x 100, 11 x 150 and 30 x 500 (more
  essential prime implicants than numpy arrays have dimensions, once a crash).

Seeds are derived from the file name, so each file is reproducible on its own (numpy's PCG64).
"""
from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def series() -> list[dict]:
    """Every draw: name, kind (crisp/fuzzy), k conditions, n cases."""
    out = []
    for k in (9, 10, 11, 12):
        for n in (45, 90, 135, 180):
            out.append({"name": f"issue10_k{k:02d}_n{n:03d}", "kind": "crisp", "k": k, "n": n})
    for i, k in enumerate(range(9, 17)):
        out.append({"name": f"rand_crisp_k{k:02d}_n{(40, 200)[i % 2]:03d}", "kind": "crisp", "k": k,
                    "n": (40, 200)[i % 2]})
        out.append({"name": f"rand_fuzzy_k{k:02d}_n{(120, 80)[i % 2]:03d}", "kind": "fuzzy", "k": k,
                    "n": (120, 80)[i % 2]})
    for k, n in ((10, 100), (11, 150), (30, 500)):
        out.append({"name": f"cons_crisp_k{k:02d}_n{n:03d}", "kind": "crisp", "k": k, "n": n, "include": ""})
    for d in out:
        d.setdefault("include", "?")
        d.setdefault("incl_cut", 1.0 if d["kind"] == "crisp" else 0.93)
    return out


def draw(name: str, kind: str, k: int, n: int) -> pd.DataFrame:
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    cols = [f"C{j:02d}" for j in range(1, k + 1)]
    if kind == "crisp":
        x = rng.integers(0, 2, size=(n, k + 1))
    else:
        x = np.round(rng.uniform(0.02, 0.98, size=(n, k + 1)), 2)
    df = pd.DataFrame(x, columns=cols + ["Y"])
    df.insert(0, "case", [f"c{i:03d}" for i in range(1, n + 1)])
    return df


def main() -> None:
    DATA.mkdir(exist_ok=True)
    for d in series():
        draw(d["name"], d["kind"], d["k"], d["n"]).to_csv(DATA / f"{d['name']}.csv", index=False)


if __name__ == "__main__":
    main()
