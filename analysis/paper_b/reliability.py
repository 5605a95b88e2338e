"""Agreement of two codings of the same items: Cohen's kappa and confusion tables, per code family.

In this compendium the two "raters" are the manual coding and a keyword dictionary written by the same author
(its rules extended with the items in view): kappa says how well the keyword rules reproduce the manual reading,
not that two independent coders agree. Every table says so (`RATERS`, columns reference_rater / test_rater).

Cohen (1960), A coefficient of agreement for nominal scales, Educational and Psychological
Measurement 20(1): 37-46:  kappa = (p_o - p_e) / (1 - p_e), where p_o is the observed share of
agreement and p_e = sum_k p_a(k) p_b(k) the agreement expected from the two raters' marginal shares.
The large-sample standard error is Cohen's (1960) approximation se = sqrt(p_o (1 - p_o) / (n (1 - p_e)^2)),
used here only for a rough 95 % interval (kappa ± 1.96 se); with a few dozen decisions it is crude.

For multi-label code families every (document, code) pair is one yes/no decision of each rater;
a family's kappa is the pooled kappa of de Vries, Elliott, Kanouse & Teleki (2008, Using pooled kappa to summarize
interrater agreement across many items, Field Methods 20(3): 272-282): (mean p_o - mean p_e) / (1 - mean p_e), the
means over the family's codes, each code's p_e from that code's own margins. Kappa of all decisions collapsed into
one 2x2 table would take chance agreement from margins mixed over codes of different prevalence and count that
difference as agreement (two codes each at chance, one common and one rare, would get kappa 0.6). The decisions of one document are not independent (the
same reading of one text), which Cohen's standard error assumes; the agreement tables therefore also give a
percentile interval from a bootstrap that resamples whole documents (items), the clusters of the decisions
(Efron & Tibshirani 1993; resampling clusters: Davison & Hinkley 1997).

Observed agreement p_o counts the items both codings leave without a code, which for a rare code are nearly all of
them: a code the two never both assign can show p_o 0.99. Every row therefore also gives the specific agreements
(`specific_agreement`): positive, p_pos = 2 both / (2 both + reference_only + test_only), the agreement on the items
either coding gives the code, and negative, p_neg = 2 neither / (2 neither + reference_only + test_only); a family's
from its decisions pooled over its codes (the counts of its row).

What this design cannot show: there is one human coder. The manual coding, which every claim reads by default, is
compared with keyword rules written by the same person, so no table here estimates how far a second, independent
reader of the same texts would code them alike (inter-coder reliability), nor how far the coder would repeat their
own coding later (intra-coder reliability); kappa says how well the rules reproduce the manual reading, not that the
reading is reproducible or right (`DESIGN_LIMIT`, which notebook 01 prints below the tables).
"""
from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from typing import Hashable, Mapping, Sequence

import numpy as np
import pandas as pd

from .coding import CodingResult
from .profiles import check_seed
from ..qca.errors import counted, in_number   # '1 row', '13 rows': the engine's one rule for a count and its noun


@dataclass(frozen=True)
class KappaResult:
    """Cohen's kappa of two raters over the same n items."""

    categories: tuple
    confusion: np.ndarray   # rows: rater a, columns: rater b
    n: int
    p_o: float
    p_e: float
    kappa: float
    se: float

    @property
    def ci95(self) -> tuple[float, float]:
        if math.isnan(self.kappa) or math.isnan(self.se):
            return (math.nan, math.nan)
        return (self.kappa - 1.96 * self.se, self.kappa + 1.96 * self.se)

    def to_frame(self, names: tuple[str, str] = ("a", "b")) -> pd.DataFrame:
        """The confusion table with rater a in rows and rater b in columns."""
        idx = pd.Index([str(c) for c in self.categories], name=f"{names[0]} \\ {names[1]}")
        return pd.DataFrame(self.confusion, index=idx, columns=[str(c) for c in self.categories])

    def to_dict(self) -> dict:
        lo, hi = self.ci95
        return {"n": self.n, "p_o": self.p_o, "p_e": self.p_e, "kappa": self.kappa, "se": self.se,
                "ci95": [lo, hi], "categories": [str(c) for c in self.categories],
                "confusion": self.confusion.tolist()}

    def __str__(self) -> str:
        lo, hi = self.ci95
        return (f"Cohen's kappa = {self.kappa:.3f} (n = {self.n}, p_o = {self.p_o:.3f}, p_e = {self.p_e:.3f}, "
                f"approx. 95% CI {lo:.3f} to {hi:.3f})")

    __repr__ = __str__


def cohen_kappa(rater_a: Sequence[Hashable], rater_b: Sequence[Hashable],
                categories: Sequence[Hashable] | None = None) -> KappaResult:
    """Cohen's (1960) kappa of two equally long label sequences.

    kappa is NaN when p_e = 1 (both raters used one and the same category for every item: chance
    agreement is certain and kappa is undefined).
    """
    a = list(rater_a)
    b = list(rater_b)
    if len(a) != len(b):
        raise ValueError(f"the raters labelled different numbers of items ({len(a)} and {len(b)})")
    if not a:
        raise ValueError("no items to compare")
    if categories is None:
        categories = sorted(set(a) | set(b), key=lambda x: (str(type(x)), str(x)))
    cats = tuple(categories)
    index = {c: i for i, c in enumerate(cats)}
    unknown = sorted({str(x) for x in a + b if x not in index})
    if unknown:
        raise ValueError(f"{in_number(len(unknown), 'label')} not among the categories: {', '.join(unknown)}")
    table = np.zeros((len(cats), len(cats)), dtype=int)
    for x, y in zip(a, b):
        table[index[x], index[y]] += 1
    n = len(a)
    p = table / n
    p_o = float(np.trace(p))
    p_e = float(p.sum(axis=1) @ p.sum(axis=0))
    if math.isclose(p_e, 1.0):
        kappa = se = math.nan
    else:
        kappa = (p_o - p_e) / (1.0 - p_e)
        se = math.sqrt(p_o * (1.0 - p_o) / (n * (1.0 - p_e) ** 2))
    return KappaResult(cats, table, n, p_o, p_e, float(kappa), float(se))


#: Who each coding is: written into every agreement table so no reader takes the dictionary for a second coder.
RATERS = {"manual": "manual coding (one author)",
          "dictionary": "keyword dictionary (same author as the manual coding; not an independent coder)"}

#: What a single coder checked against keyword rules of the same person cannot show (see the module docstring).
DESIGN_LIMIT = ("One human coder: the manual coding is checked against keyword rules written by the same person, "
                "so these tables do not estimate inter-coder reliability (a second, independent reader of the same "
                "texts) nor intra-coder reliability (the same coder again later); kappa, p_pos and p_neg say how well "
                "the rules reproduce the manual reading, not that the reading is reproducible or right.")

AGREEMENT_COLUMNS = ["family", "code", "n_decisions", "both", "reference_only", "test_only", "neither",
                     "p_o", "p_pos", "p_neg", "p_e", "kappa", "se", "boot_ci95_low", "boot_ci95_high", "interval_note"]
DEFAULT_N_BOOT = 2000  # bootstrap resamples of the items for the cluster interval
#: Decisions that either coding said yes to, below which a row's intervals are flagged as resting on too few (the
#: rule of thumb of five per cell of a 2x2 table, Cochran 1954, Biometrics 10:417-451; a convention, not a test).
MIN_POSITIVES = 5


def specific_agreement(both: int, reference_only: int, test_only: int, neither: int) -> tuple[float, float]:
    """Positive and negative specific agreement of a 2x2 table of yes/no decisions: p_pos = 2 both / (2 both +
    reference_only + test_only), the share of agreement among the decisions either coding said yes to, counted
    twice as a pair of ratings, and p_neg likewise for no; NaN where a share has no decision (no yes, or no no, by
    either coding). Beside p_o, which a rare code's many agreed 'no's make high whatever the codings do with it."""
    disagree = reference_only + test_only
    pos, neg = 2 * both + disagree, 2 * neither + disagree
    return (2 * both / pos if pos else math.nan, 2 * neither / neg if neg else math.nan)


def interval_note(both: int, reference_only: int, test_only: int) -> str:
    """Why a row's kappa intervals (bootstrap and Cohen's) say little, '' when nothing does. With no disagreement
    every resample gives kappa 1 and Cohen's se is 0: an interval [1, 1] is no certainty, only the absence of a
    disagreement among these decisions. With fewer than MIN_POSITIVES decisions that either coding said yes to,
    the interval rests on a handful of decisions (one disagreement alone gives kappa 0, [0, 0]). The numbers
    themselves are left as computed."""
    positives = both + reference_only + test_only
    if positives == 0:
        return "degenerate: no positive decision (neither coding said yes; kappa undefined)"
    if reference_only + test_only == 0:
        return (f"degenerate: no disagreement ({both} yes by both, no other yes): every resample agrees, so the "
                "interval has zero width; not certainty")
    if positives < MIN_POSITIVES:
        return (f"degenerate: fewer than {MIN_POSITIVES} positive decisions ({positives} said yes by either coding): "
                "the interval rests on too few")
    return ""


@dataclass(frozen=True)
class AgreementResult:
    """Agreement of a test coding (e.g. dictionary) with a reference coding (e.g. manual), per family and per code."""

    reference: str
    test: str
    n_documents: int
    families: pd.DataFrame
    codes: pd.DataFrame

    def confusion(self, family: str) -> pd.DataFrame:
        """2×2 table of the family's pooled yes/no decisions: reference in rows, test in columns."""
        if family not in set(self.families["family"]):
            raise KeyError(f"no agreement computed for family {family!r}; known: {', '.join(self.families['family'])}")
        r = self.families.set_index("family").loc[family, ["both", "reference_only", "test_only", "neither"]].astype(int)
        return pd.DataFrame([[r["both"], r["reference_only"]], [r["test_only"], r["neither"]]],
                            index=pd.Index([f"{self.reference}: yes", f"{self.reference}: no"], name=family),
                            columns=[f"{self.test}: yes", f"{self.test}: no"])

    def to_frame(self) -> pd.DataFrame:
        return self.families.copy()

    def family_table(self) -> pd.DataFrame:
        """Per family: kappa with its approximate 95 % interval (kappa ± 1.96 se), the item bootstrap interval
        (boot_ci95_low/high, `kappa_bootstrap`), the Landis-Koch label, and who the two raters are (`RATERS`)."""
        f = self.families
        return f.assign(ci95_low=f["kappa"] - 1.96 * f["se"], ci95_high=f["kappa"] + 1.96 * f["se"],
                        landis_koch=f["kappa"].map(landis_koch),
                        reference_rater=RATERS.get(self.reference, self.reference),
                        test_rater=RATERS.get(self.test, self.test))

    def interval_notes(self) -> str:
        """The families and codes whose intervals are degenerate (`interval_note`), one line each; '' if none."""
        rows = [(f"{r.family} (all codes)" if r.code == "(all codes)" else r.code, r.interval_note)
                for r in pd.concat([self.families.assign(code="(all codes)"), self.codes]).itertuples()
                if r.interval_note]
        if not rows:
            return ""
        return "\n".join([f"degenerate kappa intervals ({counted(len(rows), 'row')}; the numbers are as computed):"]
                         + [f"  {name}: {note}" for name, note in rows])

    def confusion_table(self) -> pd.DataFrame:
        """The 2x2 confusion tables of all families stacked (reference in rows, test in columns)."""
        return pd.concat([self.confusion(fam).reset_index().rename(columns={fam: "reference"}).assign(family=fam)
                          for fam in self.families["family"]], ignore_index=True)

    def to_dict(self) -> dict:
        return {"reference": self.reference, "test": self.test, "n_documents": self.n_documents,
                "families": self.families.to_dict(orient="records"), "codes": self.codes.to_dict(orient="records")}

    def __str__(self) -> str:
        lines = [f"Agreement of {self.test} with {self.reference} coding ({self.n_documents} documents; "
                 "pooled kappa (de Vries et al. 2008) of the yes/no decisions per document and code)",
                 f"  {'family':<11} {'decisions':>9} {'both':>5} {'ref':>5} {'test':>5} {'kappa':>7}"]
        for r in self.families.itertuples(index=False):
            lines.append(f"  {r.family:<11} {r.n_decisions:>9} {r.both:>5} {r.reference_only:>5} {r.test_only:>5} "
                         f"{r.kappa:>7.3f}")
        return "\n".join(lines)

    __repr__ = __str__


def pooled_agreement(a, b, c, d) -> tuple:
    """Mean p_o and mean p_e over codes from each code's 2x2 counts (a both yes, b reference only, c test only,
    d neither; arrays whose last axis runs over the codes): the two terms of de Vries et al.'s (2008) pooled kappa.
    Each code's p_e = p_ref(yes) p_test(yes) + p_ref(no) p_test(no) (Cohen 1960) from that code's own margins."""
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    total = a + b + c + d
    p_o = (a + d) / total
    p_e = ((a + b) * (a + c) + (c + d) * (b + d)) / total ** 2
    return p_o.mean(axis=-1), p_e.mean(axis=-1)


def kappa_bootstrap(ref: np.ndarray, test: np.ndarray, n_boot: int, rng: np.random.Generator,
                    clusters: np.ndarray | None = None) -> tuple[float, float]:
    """Percentile 95 % interval of the pooled kappa (de Vries et al. 2008) of two (items x codes) 0/1 matrices,
    resampling whole items (rows) with replacement: the decisions of one item are a cluster (Davison & Hinkley
    1997). `clusters` (one label per item): items sharing a label (excerpt units of one page) are drawn together,
    the clusters resampled instead of the items. Resamples whose kappa is undefined (mean p_e = 1) are left out;
    (nan, nan) if all are."""
    ref, test = np.asarray(ref, dtype=bool).reshape(len(ref), -1), np.asarray(test, dtype=bool).reshape(len(test), -1)
    n, k = ref.shape
    per_item = np.concatenate([ref & test, ref & ~test, ~ref & test, ~ref & ~test], axis=1).astype(float)
    if clusters is None:
        weights = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot)  # times each item is drawn, per resample
    else:
        _, member = np.unique(np.asarray(clusters), return_inverse=True)
        m = int(member.max()) + 1
        weights = rng.multinomial(m, np.full(m, 1.0 / m), size=n_boot)[:, member.reshape(-1)]  # an item: its cluster's
    counts = (weights @ per_item).reshape(n_boot, 4, k)              # per resample, per cell, per code
    p_o, p_e = pooled_agreement(counts[:, 0], counts[:, 1], counts[:, 2], counts[:, 3])
    with np.errstate(invalid="ignore", divide="ignore"):
        kappa = np.where(np.isclose(p_e, 1.0), np.nan, (p_o - p_e) / (1.0 - p_e))
    if np.isnan(kappa).all():
        return (math.nan, math.nan)
    lo, hi = np.nanquantile(kappa, [0.025, 0.975])
    return (float(lo), float(hi))


def _binary_row(family: str, code: str, ref: np.ndarray, test: np.ndarray, n_boot: int,
                rng: np.random.Generator, clusters: np.ndarray | None = None) -> dict:
    """One agreement row of two (items x codes) 0/1 matrices: the decisions' 2x2 counts, and the pooled kappa of
    de Vries et al. (2008) over the codes (Cohen's kappa for one code). `se` is Cohen's (1960) formula with the
    pooled p_o and p_e and n = all decisions (every decision independent: crude; the bootstrap interval is not)."""
    ref, test = np.asarray(ref).astype(bool), np.asarray(test).astype(bool)
    ref, test = ref.reshape(len(ref), -1), test.reshape(len(test), -1)
    if ref.shape != test.shape or ref.size == 0:
        raise ValueError(f"the codings differ in shape or are empty ({ref.shape} and {test.shape})")
    cells = [(ref & test).sum(0), (ref & ~test).sum(0), (~ref & test).sum(0), (~ref & ~test).sum(0)]
    p_o, p_e = (float(x) for x in pooled_agreement(*cells))
    n = int(ref.size)
    if math.isclose(p_e, 1.0):
        kappa = se = math.nan
    else:
        kappa = (p_o - p_e) / (1.0 - p_e)
        se = math.sqrt(p_o * (1.0 - p_o) / (n * (1.0 - p_e) ** 2))
    lo, hi = kappa_bootstrap(ref, test, n_boot, rng, clusters)
    both, ref_only, test_only, neither = (int(x.sum()) for x in cells)
    p_pos, p_neg = specific_agreement(both, ref_only, test_only, neither)
    return {"family": family, "code": code, "n_decisions": n, "both": both, "reference_only": ref_only,
            "test_only": test_only, "neither": neither, "p_o": p_o, "p_pos": p_pos, "p_neg": p_neg, "p_e": p_e,
            "kappa": float(kappa),
            "se": float(se), "boot_ci95_low": lo, "boot_ci95_high": hi,
            "interval_note": interval_note(both, ref_only, test_only)}


def _row_rng(seed: int, family: str, code: str) -> np.random.Generator:
    """The bootstrap's generator of one row, from the seed and the row's family and code: a row's interval is the
    same whichever families are computed and in which order (one shared generator made it depend on both)."""
    return np.random.default_rng([int(seed), zlib.crc32(f"{family}\x00{code}".encode("utf-8"))])


def agreement(reference: CodingResult, test: CodingResult, families: Sequence[str], *,
              n_boot: int = DEFAULT_N_BOOT, seed: int = 0,
              clusters: Mapping[Hashable, Hashable] | None = None) -> AgreementResult:
    """Kappa per family (de Vries et al.'s pooled kappa over its codes) and per code (Cohen's), test against
    reference, each with Cohen's
    approximate standard error and an item bootstrap interval (`kappa_bootstrap`; n_boot resamples, seeded;
    `clusters` maps each document to its cluster, e.g. an excerpt unit to its page, whose documents are drawn
    together). The bootstrap takes the documents in doc_id order, whatever the codings' order (the corpus's is by
    date), so the intervals depend on the codes, the seed and n_boot only."""
    if tuple(reference.doc_ids) != tuple(test.doc_ids):
        raise ValueError("the two codings cover different documents; code the same corpus with both")
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot must be a positive whole number, got {n_boot!r}")
    check_seed(seed)
    groups = None
    if clusters is not None:   # document -> cluster (an excerpt unit's page): the bootstrap draws whole clusters
        missing = [d for d in reference.doc_ids if d not in clusters]
        if missing:
            raise ValueError(f"clusters: no cluster for {in_number(len(missing), 'document')} "
                             f"{', '.join(map(str, missing[:5]))}"
                             + (" ..." if len(missing) > 5 else "") + "; give every document its cluster")
        groups = np.array([str(clusters[d]) for d in reference.doc_ids])
    # The bootstrap draws items by their position, so it resamples in doc_id order, not the corpus's (which is by
    # date): an edit of a date that moved a document changed the intervals in the second decimal, codes unchanged.
    order = np.argsort(np.array([str(d) for d in reference.doc_ids], dtype=object), kind="stable")
    if groups is not None:
        groups = groups[order]
    fam_rows, code_rows = [], []
    for fam in families:
        mr, mt = reference.matrix(fam).iloc[order], test.matrix(fam).iloc[order]
        for code in mr.columns:
            code_rows.append(_binary_row(fam, code, mr[[code]].to_numpy(), mt[[code]].to_numpy(), n_boot,
                                         _row_rng(seed, fam, code), groups))
        fam_rows.append(_binary_row(fam, "(all codes)", mr.to_numpy(), mt.to_numpy(), n_boot,
                                    _row_rng(seed, fam, "(all codes)"), groups))
    fam_df = pd.DataFrame(fam_rows, columns=AGREEMENT_COLUMNS).drop(columns="code")
    code_df = pd.DataFrame(code_rows, columns=AGREEMENT_COLUMNS)
    return AgreementResult(reference.source, test.source, len(reference.doc_ids), fam_df, code_df)


def landis_koch(kappa: float) -> str:
    """Verbal label of Landis & Koch (1977, Biometrics 33:159-174) for a kappa value (a convention, not a test).
    Their bands are given to two decimals (0.41-0.60 moderate, 0.61-0.80 substantial, ...), so the value is
    rounded to two decimals first: 0.6012, printed 0.60, is moderate."""
    if kappa != kappa:
        return "undefined"
    kappa = round(float(kappa), 2)
    if kappa < 0:
        return "poor"
    for upper, label in ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial")):
        if kappa <= upper:
            return label
    return "almost perfect"
