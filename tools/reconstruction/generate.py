"""Regenerate Paper A's reconstruction: data/raw/paperA_cases_reconstruction.csv (deterministic, seeded).

Paper A's case matrix is not public. The reconstruction is a 15-case crisp matrix (six Rainbow conditions and
the outcome) searched so that the compendium's standard analysis reproduces the facts the abstract states, then
an indicator layer filled at random around it. Nothing here is evidence about the paper: agreement of Paper A's
claims with this file is agreement *by construction*. See tools/reconstruction/README.md.

    python tools/reconstruction/generate.py            # rebuild the raw file (make reconstruction)
    python tools/reconstruction/generate.py --check    # rebuild in memory and compare byte for byte

Search (stage 1, seed SEARCH_SEED): repeated restarts; each draws a random 15 × 7 crisp matrix, climbs on the
cheap constraints (outcome split, SER in every positive case, least-present gap) by single-cell flips, then on
the QCA constraints (a standard crisp analysis at incl_cut 0.8, n_cut 1, every directional expectation
"present"), again by single-cell flips that keep the cheap constraints; the first matrix meeting every constraint
is taken. Fill (stage 2, seed FILL_SEED): a set with membership 1 gets 2 or 3 of its 3 indicators, membership 0
gets 0 or 1; the draw is repeated until the least-present gap also holds for the mean indicator share.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.io import write_text_atomic  # noqa: E402
from analysis.paper_a.cases import CONDITION_NAMES, OUTCOME, SET_NAMES, load_codebook  # noqa: E402
from analysis.paper_a.configurations import path_type  # noqa: E402
from analysis.qca.configurations import condition_roles, distinct_models, parsimonious_terms_of  # noqa: E402
from analysis.qca.errors import QCAInputError  # noqa: E402
from analysis.qca.minimize import minimize  # noqa: E402
from analysis.qca.truth_table import truth_table  # noqa: E402

SEARCH_SEED = 20240805      # the paper's publication date (2024-08-05)
FILL_SEED = 20240528        # its online date (2024-05-28)
N_CASES = 15
N_POSITIVE = 8              # the compendium's choice: 8 good outcomes, 7 not (the abstract gives no split)
LEAST = ("SYS", "PRO", "FUN")    # the abstract's under-developed dimensions
FOCUS = "SER"               # service integration, the "basic guarantee"
INCL_CUT, N_CUT = 0.8, 1
MIN_GAP = 2                 # a clear gap: each least present set has at least 2 cases fewer than every other set
MIN_PARSIMONIOUS_TERMS = 2  # equifinality at the core: no single term (e.g. SER alone) explains the outcome
MAX_RESTARTS = 200
MAX_STEPS = 60
STATUS = "reconstruction"
OUT_FILE = ROOT / "data" / "raw" / "paperA_cases_reconstruction.csv"
#: proposal probabilities of membership per set (SYS ORG PRO SER FUN NOR EFF): ½ everywhere; the climb does the rest
PROPOSAL_P = 0.5

SETS = list(CONDITION_NAMES) + [OUTCOME]
J = {s: i for i, s in enumerate(SETS)}


@dataclass
class SearchLog:
    restarts: int = 0
    flips_evaluated: int = 0
    qca_evaluations: int = 0
    cheap_ok: int = 0
    fills: int = 0
    trace: list = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"restarts (random proposals): {self.restarts}",
                f"single-cell flips evaluated: {self.flips_evaluated}",
                f"matrices meeting the cheap constraints: {self.cheap_ok}",
                f"QCA analyses run: {self.qca_evaluations}",
                f"indicator fills drawn: {self.fills}"]


# ---------------------------------------------------------------- constraints


def cheap_violations(M: np.ndarray) -> int:
    """Constraints that need no QCA: the outcome split, the focus condition in every positive case, and a
    gap of at least MIN_GAP cases between the three least present conditions and the other three."""
    y = M[:, J[OUTCOME]]
    v = abs(int(y.sum()) - N_POSITIVE)
    v += int(((y == 1) & (M[:, J[FOCUS]] == 0)).sum())
    counts = M[:, : len(CONDITION_NAMES)].sum(axis=0)
    low = max(counts[J[c]] for c in LEAST)
    high = min(counts[J[c]] for c in CONDITION_NAMES if c not in LEAST)
    v += max(0, int(low - high + MIN_GAP))
    return v


def frame(M: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(M, columns=SETS, index=pd.Index([f"R{i + 1:02d}" for i in range(len(M))], name="case"))


def qca_violations(M: np.ndarray) -> int:
    """The abstract's facts under the standard analysis: exactly 4 paths, one model in each of the three
    solutions, every path multi-level or meso-micro, both types, the focus condition core in every path;
    and (the compendium's selection criterion) a parsimonious solution of at least two terms.

    Written with the engine's primitives only (truth table, minimisation, condition roles), so the search
    does not move when the notebooks' analysis changes: paths are the terms of the first intermediate model,
    a condition is core when any parsimonious term subsuming the path contains it."""
    conditions = list(CONDITION_NAMES)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tt = truth_table(frame(M), OUTCOME, conditions, incl_cut=INCL_CUT, n_cut=N_CUT)
            inter = minimize(tt, include="?", dir_exp={c: 1 for c in conditions})
            cons = inter.conservative if inter.conservative is not None else minimize(tt, include="")
            pars = inter.parsimonious if inter.parsimonious is not None else minimize(tt, include="?")
    except QCAInputError:
        return 99
    models = distinct_models(inter)
    terms = list(models[0].terms)
    pars_terms = parsimonious_terms_of(inter)
    types = [path_type(t, conditions) for t in terms]
    v = abs(len(terms) - 4)
    v += sum(len(distinct_models(s)) - 1 for s in (cons, pars, inter))
    v += types.count("other") + ("multi-level" not in types) + ("meso-micro" not in types)
    v += sum(condition_roles(t, pars_terms, conditions).get(FOCUS) != (1, "core") for t in terms)
    v += max(0, MIN_PARSIMONIOUS_TERMS - min(len(m.terms) for m in distinct_models(pars)))
    return v


# ---------------------------------------------------------------- stage 1: the crisp matrix


def _climb(M, rng, score, log, allowed=lambda M: True):
    """First-improvement hill climb by single-cell flips in a random order; returns the matrix and its score."""
    cur = score(M)
    for _ in range(MAX_STEPS):
        if cur == 0:
            break
        improved = False
        for cell in rng.permutation(M.size):
            i, j = divmod(int(cell), M.shape[1])
            M[i, j] ^= 1
            log.flips_evaluated += 1
            if allowed(M):
                new = score(M)
                if new < cur:
                    cur, improved = new, True
                    break
            M[i, j] ^= 1
        if not improved:
            break
    return M, cur


def search_matrix(seed: int = SEARCH_SEED, log: SearchLog | None = None) -> np.ndarray:
    log = log if log is not None else SearchLog()
    rng = np.random.default_rng(seed)

    def qca_score(M):
        log.qca_evaluations += 1
        return qca_violations(M)

    for restart in range(1, MAX_RESTARTS + 1):
        log.restarts = restart
        M = (rng.random((N_CASES, len(SETS))) < PROPOSAL_P).astype(np.int64)
        M, c = _climb(M, rng, cheap_violations, log)
        if c:
            log.trace.append((restart, "cheap", c))
            continue
        log.cheap_ok += 1
        M, q = _climb(M, rng, qca_score, log, allowed=lambda M: cheap_violations(M) == 0)
        log.trace.append((restart, "qca", q))
        if q == 0:
            return M
    raise RuntimeError(f"no matrix met every constraint in {MAX_RESTARTS} restarts (seed {seed})")


# ---------------------------------------------------------------- stage 2: the indicator layer


def fill_indicators(M: np.ndarray, codebook: pd.DataFrame, seed: int = FILL_SEED,
                    log: SearchLog | None = None, max_draws: int = 1000) -> pd.DataFrame:
    log = log if log is not None else SearchLog()
    rng = np.random.default_rng(seed)
    groups = {s: codebook.loc[codebook["condition"] == s, "indicator_id"].tolist() for s in SET_NAMES}
    cols = codebook["indicator_id"].tolist()
    for _ in range(max_draws):
        log.fills += 1
        out = np.zeros((len(M), len(cols)), dtype=np.int64)
        for i in range(len(M)):
            for s in SETS:
                ids = groups[s]
                n = len(ids)
                half = (n + 1) // 2                      # crisp threshold ½: in the set with >= half present
                k = int(rng.integers(half, n + 1)) if M[i, J[s]] else int(rng.integers(0, half))
                for pos in rng.choice(n, size=k, replace=False):
                    out[i, cols.index(ids[int(pos)])] = 1
        ind = pd.DataFrame(out, columns=cols)
        share = {s: ind[groups[s]].mean(axis=1).mean() for s in CONDITION_NAMES}
        if max(share[c] for c in LEAST) < min(share[c] for c in CONDITION_NAMES if c not in LEAST):
            return ind
    raise RuntimeError(f"no indicator fill kept the least-present gap in {max_draws} draws (seed {seed})")


def reconstruction_csv(search_seed: int = SEARCH_SEED, fill_seed: int = FILL_SEED,
                       log: SearchLog | None = None) -> str:
    log = log if log is not None else SearchLog()
    codebook = load_codebook()
    M = search_matrix(search_seed, log)
    ind = fill_indicators(M, codebook, fill_seed, log)
    ind.insert(0, "status", STATUS)
    ind.insert(0, "case_id", [f"R{i + 1:02d}" for i in range(len(M))])
    return ind.to_csv(index=False, lineterminator="\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file; write nothing")
    ap.add_argument("--out", type=Path, default=OUT_FILE, help="file to write (default: the raw file)")
    args = ap.parse_args(argv)
    log = SearchLog()
    text = reconstruction_csv(log=log)
    for line in log.lines():
        print(line)
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == text.encode("utf-8")
        print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
              f"{'identical' if same else 'DIFFERS from the regenerated reconstruction'}")
        return 0 if same else 1
    if args.out.exists() and args.out.read_bytes() == text.encode("utf-8"):
        # left as it is, date included: a rewrite would make `make` rerun every Paper A notebook for nothing
        print(f"unchanged {args.out} (the regenerated reconstruction is identical)")
        return 0
    write_text_atomic(args.out, text, raw_ok=True)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
