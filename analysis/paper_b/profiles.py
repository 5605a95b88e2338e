"""Stage profiles: which codes the documents of each stage carry, and whether profiles differ between stages.

Two summaries, both computed with numpy only:
- a permutation test of independence between stage and code: Pearson's chi-square statistic of the
  stage × code table of codings, compared with its distribution when the stage labels are shuffled
  over documents (each document keeps its own set of codes). p = (1 + #{T_perm >= T_obs}) / (1 + B)
  (Phipson & Smyth 2010, Stat Appl Genet Mol Biol 9:39). Shuffling documents, not codings, respects
  that one document may carry several codes, which the chi-square reference distribution would not.
- the Jensen–Shannon distance between consecutive stages' code distributions (Lin 1991, IEEE Trans Inf
  Theory 37:145-151; base 2, so 0 = identical, 1 = disjoint), a descriptive size of the shift.
With a dozen documents both are fragile: a stage holds two or three documents, so one document more or
less changes a profile by a third. They describe this corpus; they do not generalise.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Mapping, Sequence

import numpy as np
import pandas as pd

from .coding import CodingResult
from ..qca.errors import in_number   # 'stage' / 'stages': the engine's one rule for a noun's number
from .periodisation import assign_stages, stage_date_unverified


def stage_profile(assignments: pd.DataFrame, coding: CodingResult, family: str, stage_names: Sequence[str],
                  kind: str = "document") -> pd.DataFrame:
    """Stage × code: number of documents of the stage carrying the code, plus the stage's document count."""
    a = assignments[(assignments["kind"] == kind) & assignments["stage"].isin(stage_names)]
    m = coding.matrix(family)
    m = m.loc[[d for d in m.index if d in set(a["doc_id"])]]
    stage_of = dict(zip(a["doc_id"], a["stage"]))
    counts = m.groupby(m.index.map(stage_of)).sum().reindex(list(stage_names), fill_value=0)
    counts.index.name = "stage"
    n = a.groupby("stage").size().reindex(list(stage_names), fill_value=0)
    counts.insert(0, "n_documents", n.astype(int))
    return counts.astype(int)


def with_date_unverified(profile: pd.DataFrame, date_unverified: pd.Series) -> pd.DataFrame:
    """A stage profile (stage_profile's stage × code frame) with n_date_unverified beside n_documents: how many of
    each stage's documents (units) have a date marked U (`date_unverified`, per stage: date_unverified_from_table or
    stage_date_unverified), so a profile shown on its own says, as stage_profiles.csv does, that their stage is
    where the compendium placed them. For display; a stage without a count is an error."""
    n = pd.Series(date_unverified).reindex(profile.index)
    if n.isna().any():
        missing = [str(s) for s in n.index[n.isna()]]
        raise ValueError(f"date_unverified has no count for {in_number(len(missing), 'stage')} {', '.join(missing)}")
    out = profile.copy()
    out.insert(list(out.columns).index("n_documents") + 1, "n_date_unverified", n.astype(int))
    return out


def profile_shares(profile: pd.DataFrame) -> pd.DataFrame:
    """Share of the stage's documents carrying each code (NaN for a stage without documents)."""
    n = profile["n_documents"].replace(0, np.nan)
    return profile.drop(columns="n_documents").div(n, axis=0)


def chi_square_statistic(table: np.ndarray) -> float:
    """Pearson's X^2 = sum (O - E)^2 / E over cells with E > 0, E from the table's margins."""
    t = np.asarray(table, dtype=float)
    total = t.sum()
    if total == 0:
        return 0.0
    expected = np.outer(t.sum(axis=1), t.sum(axis=0)) / total
    mask = expected > 0
    return float((((t - expected) ** 2)[mask] / expected[mask]).sum())


def _chi_square_statistics(tables: np.ndarray) -> np.ndarray:
    """chi_square_statistic of each table of a stack (n x rows x columns), the same cell terms summed per table."""
    t = np.asarray(tables, dtype=float)
    total = t.sum(axis=(1, 2))
    safe = np.where(total > 0, total, 1.0)
    expected = t.sum(axis=2)[:, :, None] * t.sum(axis=1)[:, None, :] / safe[:, None, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(expected > 0, (t - expected) ** 2 / expected, 0.0)
    return np.where(total > 0, terms.sum(axis=(1, 2)), 0.0)


#: Permutations whose statistics are computed at once (permutation_test): a few MB for the largest table here.
_PERMUTATION_CHUNK = 1000


@dataclass(frozen=True)
class ProfileTest:
    """Permutation test of stage × code independence."""

    family: str
    statistic: float
    p_value: float
    n_permutations: int
    seed: int
    n_documents: int
    n_codings: int
    stages: tuple[str, ...]
    n_blocks: int | None = None   # what the stage labels were shuffled over: documents, or (cluster, stage) blocks
    n_date_unverified: int | None = None   # tested documents whose date is U: their stage is the compendium's placement

    def to_dict(self) -> dict:
        return {"family": self.family, "statistic": self.statistic, "p_value": self.p_value,
                "n_permutations": self.n_permutations, "seed": self.seed, "n_documents": self.n_documents,
                "n_date_unverified": self.n_date_unverified, "n_codings": self.n_codings,
                "stages": list(self.stages), "n_blocks": self.n_blocks}

    def to_frame(self) -> pd.DataFrame:
        d = self.to_dict()
        d["stages"] = " → ".join(self.stages)
        return pd.DataFrame([d])

    def __str__(self) -> str:
        return (f"Stage × {self.family} permutation test: X^2 = {self.statistic:.3f}, p = {self.p_value:.4f} "
                f"({self.n_permutations} permutations, seed {self.seed}; {self.n_documents} documents, "
                f"{self.n_codings} codings)")

    __repr__ = __str__


def _whole(v: object) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))


def check_seed(seed: object) -> None:
    """Refuse a seed numpy's generator cannot take: a whole number >= 0 (True is not 1, 3.0 not 3). Permutation
    tests and the kappa bootstrap (reliability.agreement) check their seed here."""
    if not _whole(seed) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0, got {seed!r}")


def check_permutation_arguments(n_permutations: object, seed: object) -> None:
    """Refuse what a permutation test cannot use: n_permutations a whole number >= 1 (True is not 1, 99.0 not 99),
    and a seed `check_seed` refuses."""
    if not _whole(n_permutations) or n_permutations < 1:
        raise ValueError(f"n_permutations must be a whole number >= 1, got {n_permutations!r}")
    check_seed(seed)


def _blocks(doc_ids: Sequence[str], labels: np.ndarray, clusters: Mapping[str, Hashable] | None) -> np.ndarray:
    """Block of each document: itself, or with `clusters` (doc_id -> cluster) the (cluster, stage) pair it is in."""
    if clusters is None:
        return np.arange(len(doc_ids))
    missing = [d for d in doc_ids if d not in clusters]
    if missing:
        raise ValueError(f"clusters: no cluster for {', '.join(map(str, missing[:5]))}"
                         + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
                         + "; give every tested document its cluster (e.g. a unit's item)")
    keys = [(clusters[d], int(lab)) for d, lab in zip(doc_ids, labels)]
    first = {}
    return np.array([first.setdefault(key, len(first)) for key in keys])


def permutation_test(assignments: pd.DataFrame, coding: CodingResult, family: str, stage_names: Sequence[str],
                     n_permutations: int = 9999, seed: int = 20240701,
                     clusters: Mapping[str, Hashable] | None = None) -> ProfileTest:
    """Chi-square statistic of the stage × code table with a permutation p-value (stage labels shuffled over documents).

    `clusters` (doc_id -> cluster, e.g. an excerpt unit's item) shuffles the labels over (cluster, stage) blocks
    instead: the units of one page share its date, hence its stage, and mostly its reading, so under the null the
    pages are exchangeable, not their units; shuffling units as if independent makes a page with many units look
    like many agreeing observations and the p-value too small."""
    check_permutation_arguments(n_permutations, seed)
    a = assignments[(assignments["kind"] == "document") & assignments["stage"].isin(stage_names)]
    m = coding.matrix(family).loc[list(a["doc_id"])]
    x = m.to_numpy(dtype=float)
    stage_index = {n: i for i, n in enumerate(stage_names)}
    labels = a["stage"].map(stage_index).to_numpy()
    k = len(stage_names)
    blocks = _blocks(list(a["doc_id"]), labels, clusters)
    block_labels = np.zeros(int(blocks.max()) + 1 if len(blocks) else 0, dtype=int)
    block_labels[blocks] = labels

    def table(lab: np.ndarray) -> np.ndarray:
        onehot = np.zeros((len(lab), k))
        onehot[np.arange(len(lab)), lab] = 1.0
        return onehot.T @ x

    observed = chi_square_statistic(table(labels))
    rng = np.random.default_rng(seed)
    exceed = 0
    done = 0
    while done < n_permutations:   # the same permutations, one after another, their statistics a chunk at a time
        n = min(_PERMUTATION_CHUNK, n_permutations - done)
        drawn = np.stack([rng.permutation(block_labels) for _ in range(n)])[:, blocks] if len(blocks) else \
            np.zeros((n, 0), dtype=int)
        onehot = np.zeros((n, len(blocks), k))
        onehot[np.arange(n)[:, None], np.arange(len(blocks))[None, :], drawn] = 1.0
        exceed += int((_chi_square_statistics(onehot.transpose(0, 2, 1) @ x) >= observed - 1e-12).sum())
        done += n
    p = (1 + exceed) / (1 + n_permutations)
    return ProfileTest(family, observed, p, int(n_permutations), int(seed), len(a), int(x.sum()), tuple(stage_names),
                       len(block_labels), int(stage_date_unverified(a, stage_names).sum()))


def holm(p_values: Sequence[float]) -> np.ndarray:
    """Holm's (1979, Scand J Stat 6:65-70) step-down adjusted p-values: the k-th smallest of m is multiplied by
    m - k + 1, made monotone, capped at 1; controls the family-wise error over the tests of one table."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adjusted = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out = np.empty(m)
    out[order] = adjusted
    return out


def family_tests(assignments: pd.DataFrame, coding: CodingResult, families: Sequence[str], stage_names: Sequence[str],
                 n_permutations: int = 9999, seed: int = 20240701,
                 clusters: Mapping[str, Hashable] | None = None) -> pd.DataFrame:
    """One permutation test per code family (`permutation_test`, same permutations and seed each, `clusters` as
    there), with Holm's adjusted p-values over the families tested (p_holm): several tables tested at once. Each row
    says how many of the tested documents have a date marked U (n_date_unverified)."""
    table = pd.concat([permutation_test(assignments, coding, f, stage_names, n_permutations, seed, clusters).to_frame()
                       for f in families], ignore_index=True)
    table.insert(table.columns.get_loc("p_value") + 1, "p_holm", holm(table["p_value"]))
    return table


def placement_sensitivity(documents: pd.DataFrame, coding: CodingResult, families: Sequence[str],
                          periodisation, n_permutations: int = 9999, seed: int = 20240701,
                          clusters: Mapping[str, Hashable] | None = None) -> pd.DataFrame:
    """`family_tests` under each placement of the items dated to an interval that straddles a stage boundary (a
    year or month only): by its first day (the analysis), by its last day, and left out. One row per family and
    placement, with the number of items placed (n_date_unverified of them with a date marked U) and of straddling
    ones: whether a verdict rests on where they go."""
    first = assign_stages(documents, periodisation, place="first")
    variants = {"first day": first, "last day": assign_stages(documents, periodisation, place="last"),
                "straddling left out": first[~first["straddles"]]}
    n_straddling = int(first["straddles"].sum())
    out = [family_tests(a, coding, families, periodisation.names, n_permutations, seed, clusters)
           .assign(placement=name, n_straddling=n_straddling) for name, a in variants.items()]
    cols = ["family", "placement", "n_documents", "n_date_unverified", "n_blocks", "n_straddling", "statistic",
            "p_value", "p_holm"]
    return pd.concat(out, ignore_index=True)[cols]



def placement_dependent_families(placement: pd.DataFrame, alpha: float) -> list[str]:
    """The families of a `placement_sensitivity` table whose verdict, Holm-adjusted p below `alpha` (strictly, as the
    claims ledger reads a test), differs between placements of the straddling items: a verdict that rests on where
    they are put. Sorted by family name; [] when every family's verdict is the same under every placement."""
    below = placement.assign(below_alpha=placement["p_holm"] < alpha)
    verdicts = below.pivot(index="family", columns="placement", values="below_alpha")
    return verdicts.index[verdicts.nunique(axis=1) > 1].tolist()

def jensen_shannon_distance(p: Sequence[float], q: Sequence[float]) -> float:
    """sqrt of the Jensen–Shannon divergence (base 2) of two non-negative vectors, each normalised to sum 1."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same length")
    if (p < 0).any() or (q < 0).any() or p.sum() == 0 or q.sum() == 0:
        return float("nan")
    p, q = p / p.sum(), q / q.sum()
    m = (p + q) / 2

    def kl(a: np.ndarray, b: np.ndarray) -> float:
        mask = a > 0
        return float((a[mask] * np.log2(a[mask] / b[mask])).sum())

    js = 0.5 * kl(p, m) + 0.5 * kl(q, m)
    return float(np.sqrt(max(js, 0.0)))


def consecutive_distances(profile: pd.DataFrame, date_unverified: pd.Series | None = None) -> pd.DataFrame:
    """Jensen–Shannon distance between each stage's code distribution and the next stage's. With the stages'
    counts of documents whose date is U (`stage_date_unverified`), each row also says how many of the two stages'
    documents have such a date (n_date_unverified)."""
    counts = profile.drop(columns="n_documents")
    stages = list(counts.index)
    rows = []
    for s1, s2 in zip(stages, stages[1:]):
        row = {"from_stage": s1, "to_stage": s2,
               "js_distance": jensen_shannon_distance(counts.loc[s1].to_numpy(), counts.loc[s2].to_numpy())}
        if date_unverified is not None:
            row["n_date_unverified"] = int(date_unverified[s1] + date_unverified[s2])
        rows.append(row)
    return pd.DataFrame(rows, columns=["from_stage", "to_stage", "js_distance"]
                        + ([] if date_unverified is None else ["n_date_unverified"]))


def profile_table(assignments: pd.DataFrame, coding: CodingResult, families: Sequence[str],
                  stage_names: Sequence[str]) -> pd.DataFrame:
    """All stage profiles as one long table: family, stage, n_documents, n_date_unverified (how many of those have a
    date marked U: `stage_date_unverified`), code, count, share."""
    unverified = stage_date_unverified(assignments, stage_names)
    rows = []
    for fam in families:
        prof = stage_profile(assignments, coding, fam, stage_names)
        shares = profile_shares(prof)
        for stage in prof.index:
            for code in shares.columns:
                rows.append({"source": coding.source, "family": fam, "stage": stage,
                             "n_documents": int(prof.loc[stage, "n_documents"]),
                             "n_date_unverified": int(unverified[stage]), "code": code,
                             "count": int(prof.loc[stage, code]), "share": float(shares.loc[stage, code])})
    return pd.DataFrame(rows)


def date_unverified_from_table(table: pd.DataFrame, source: str, stage_names: Sequence[str]) -> pd.Series:
    """Per stage, how many of its counted documents (units) have a date marked U, read from profile_table's long table
    (as written to stage_profiles.csv) for the rows of one coding `source`: the n_date_unverified that table gives
    beside n_documents, so a heat map's U labels and its cell counts come from one table (the figures of notebooks 01
    and 04 read them here, never from the stage assignments a second time). Stages in `stage_names`' order; a stage
    missing, or with two values, is an error (the file is stale: rerun notebook 01)."""
    missing = [c for c in ("source", "stage", "n_date_unverified") if c not in table.columns]
    if missing:
        raise ValueError(f"stage_profiles.csv has no {in_number(len(missing), 'column')} {', '.join(missing)} "
                         "(written by an older notebook 01); "
                         "rerun 01_policy_evolution")
    long = table[table["source"] == source]
    per_stage = long.groupby("stage")["n_date_unverified"].agg(["min", "max"]).reindex(list(stage_names))
    bad = [s for s, r in per_stage.iterrows() if r.isna().any() or r["min"] != r["max"]]
    if bad:
        raise ValueError(f"stage_profiles.csv has no single n_date_unverified for {in_number(len(bad), 'stage')} "
                         f"{', '.join(bad)} of the "
                         f"{source!r} coding; rerun 01_policy_evolution")
    n = per_stage["min"].astype(int).rename("n_date_unverified")
    n.index.name = "stage"
    return n


def profiles_from_table(table: pd.DataFrame, source: str, families: Sequence[str],
                        stage_names: Sequence[str]) -> dict[str, pd.DataFrame]:
    """The stage × code profiles of `families` read back from profile_table's long table (as written to
    stage_profiles.csv), for the rows of one coding `source`: the inverse of profile_table, each frame as
    stage_profile gives it (n_documents first, codes in the table's order, stages in `stage_names`' order).
    A stage or code missing from the table is an error naming the family (the file is stale: rerun notebook 01)."""
    long = table[table["source"] == source]
    out = {}
    for family in families:
        part = long[long["family"] == family]
        codes = list(dict.fromkeys(part["code"]))       # codebook order, as written
        wide = part.pivot(index="stage", columns="code", values="count").reindex(index=list(stage_names), columns=codes)
        wide.insert(0, "n_documents",
                    part.drop_duplicates("stage").set_index("stage")["n_documents"].reindex(list(stage_names)))
        wide.columns.name = None
        if wide.isna().any().any() or not codes:
            raise ValueError(f"stage_profiles.csv lacks a stage or a code of family {family!r}; rerun 01_policy_evolution")
        out[family] = wide.astype(int)
    return out
