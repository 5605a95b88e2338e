"""Checks of Paper B's claims that the excerpt layer can speak to (pure functions on the coded units).

- which local practice models each locality shows, and how far each model spreads (localities, provinces);
- when the signature themes of the four stages occur among dated units (2020-2025 by default);
- the instrument mix of the units (supply / environment / demand);
- Paper B's five challenges against the obstacles another study names (王晨舟 et al. 2024; linked to the challenges
  by the compendium) and the problem-framed units,
  with the claims ledger's verdict for each (one rule, CHALLENGE_VERDICTS);
- Paper B's five paths traced to the measure-framed units that carry their themes, with the ledger's verdict for
  each (B15-P1 ... B15-P5; one rule, PATH_VERDICTS: 'not testable' whatever the units show).

A locality is a (province, place) pair that an item below national level speaks for, decided by the level of its
issuing body (analysis.paper_b.localities): a provincial item speaks for its province wherever it was held (a
provincial meeting in 郴州 is 湖南省's evidence, not Chenzhou's; an item whose bodies are of several provinces, X22, is
placed in one by the compendium's reading, and the locality table names it), a city, county or institution item for its place;
items whose province is not shown count for no locality. Every count is of coding units, which are excerpts of page heads: a model or theme
missing here may sit further down a page that the search tool cannot reach.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from ..claims import NOT_TESTABLE
from .coding import CodingResult
from .excerpts import LOCAL_LEVELS, ExcerptLayer
from .localities import item_localities, items_placed_by_reading
from .profiles import check_permutation_arguments
from .periodisation import date_interval


def decimal_year(date: str | None) -> float:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as a decimal year at the middle of its period (2021 -> 2021.5).

    A month is a twelfth of its year (2021-07 -> 2021 + 6.5/12) and a day the middle of its share of its month's
    twelfth, so a day always lies inside its month and year (2025-12-31 -> 2025.9987). Days counted as 1/365.25 of
    a year on top of months counted as 1/12 put 31 December at 2026.0002, outside its year and out of a window
    ending with it."""
    if date is None or (isinstance(date, float) and date != date) or str(date) == "":
        return float("nan")
    parts = [int(p) for p in str(date).split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12
    days_in_month = pd.Period(year=parts[0], month=parts[1], freq="M").days_in_month
    return parts[0] + (parts[1] - 1 + (parts[2] - 0.5) / days_in_month) / 12


def _coded(coding: CodingResult, family: str) -> pd.DataFrame:
    return coding.matrix(family)


#: The item columns a locality is decided from: the place and the body (issuer) shown on the page (V) or not (U).
LOCALITY_STATUS_COLUMNS = ("place_status", "issuer_status")


def locality_unverified_items(items: pd.DataFrame) -> list[str] | None:
    """The items whose place or body (issuer) is marked U, sorted: the locality they speak for is the compendium's
    reading of a field the page did not show. None for an item table without those columns (unchecked)."""
    if not set(LOCALITY_STATUS_COLUMNS) <= set(items.columns):
        return None
    return sorted(items.loc[(items[list(LOCALITY_STATUS_COLUMNS)] == "U").any(axis=1), "item_id"])


#: The words a unit's manual-coding justification (paperB_units_coding.csv) opens its last sentence with when its
#: 权责清单嵌入型 code rests on the literal rule alone (its quote has a 清单, but the list names no body's prevention
#: or treatment task, as the model's definition asks): B11's note names those units and its verdict without them,
#: the locality table names them (`units_literal_list`) and the localities chart marks their locality [L].
LITERAL_LIST_READING = "权责清单嵌入型 on the literal 清单 rule only"
RESPONSIBILITY_LIST = "model.responsibility_list"


def literal_list_hits(layer: ExcerptLayer, coding: CodingResult) -> pd.DataFrame:
    """The rows of `coding.long` that give 权责清单嵌入型 to a unit of the layer whose manual-coding justification
    says LITERAL_LIST_READING (the code rests on the literal 清单 rule alone); empty when none."""
    if "justification" not in layer.coding.columns:
        return coding.long.iloc[:0]
    marked = layer.coding.loc[layer.coding["justification"].fillna("").str.contains(LITERAL_LIST_READING,
                                                                                   regex=False), "unit_id"]
    marked = set(marked) & set(layer.units["unit_id"])     # a layer cut to some items keeps every coding row
    return coding.long[coding.long["doc_id"].isin(marked) & (coding.long["code"] == RESPONSIBILITY_LIST)]


def locality_models(layer: ExcerptLayer, coding: CodingResult, levels: Sequence[str] = LOCAL_LEVELS) -> pd.DataFrame:
    """One row per locality: units per practice model, the models seen and whether it is a hybrid (>= 2 models).

    `place` / `place_en` name the locality the items speak for (localities.item_localities): for a provincial item
    its province (湖南省), not the city it was held in; for a city, county or institution item its place.
    `items_place_or_body_u` names the locality's items whose place or body is U (locality_unverified_items), as
    B11's note does; empty when none, missing (None) for an item table without the status columns.
    `items_placed_by_reading` names the locality's items whose bodies belong to two or more provinces
    (localities.items_placed_by_reading: X22 for 湖南省), placed in this locality by the compendium's reading;
    empty when none. `units_literal_list` names the locality's units whose 权责清单嵌入型 code (in `coding`) rests
    on the compendium's literal reading of a 清单 (literal_list_hits: L12-01 for 成都市新津区); empty when none."""
    models = _coded(coding, "model")
    u = layer.units_with_items.merge(item_localities(layer.items), on="item_id", how="left", validate="many_to_one")
    u = u[u["level"].isin(levels) & u["locality"].notna()]
    unverified = locality_unverified_items(layer.items)
    by_reading = set(items_placed_by_reading(layer.items))
    literal = set(literal_list_hits(layer, coding)["doc_id"])
    rows = []
    for (prov, place), g in u.groupby(["province", "locality"], sort=True):
        row = {"province": prov, "province_en": g["province_en"].iloc[0], "place": place,
               "place_en": g["locality_en"].iloc[0], "levels": "|".join(sorted(set(g["level"]))),
               "items": "|".join(sorted(set(g["item_id"]))),
               "items_place_or_body_u": None if unverified is None else "|".join(sorted(set(g["item_id"]) & set(unverified))),
               "items_placed_by_reading": "|".join(sorted(set(g["item_id"]) & by_reading)),
               "units_literal_list": "|".join(sorted(set(g["unit_id"]) & literal)),
               "n_units": len(g)}
        seen = []
        for m in models.columns:
            n = int(models.loc[g["unit_id"], m].sum())
            row[m] = n
            if n:
                seen.append(m)
        row["models"] = "|".join(seen)
        row["n_models"] = len(seen)
        row["hybrid"] = len(seen) >= 2
        rows.append(row)
    cols = ["province", "province_en", "place", "place_en", "levels", "items", "items_place_or_body_u",
            "items_placed_by_reading", "units_literal_list", "n_units",
            *models.columns, "models",
            "n_models", "hybrid"]
    return pd.DataFrame(rows, columns=cols)


def model_spread(localities: pd.DataFrame, model_codes: Sequence[str]) -> pd.DataFrame:
    """Per model: units, localities and provinces where it is seen; `thinnest` marks the model seen in fewest
    localities (ties broken by fewer provinces, then fewer units).

    `localities_place_or_body_u` names (as `localities` does, province:place) the model's localities that rest on at
    least one item whose place or body (issuer) is U (locality_models' `items_place_or_body_u`; the localities the
    chart marks [U]), whichever of the locality's items the model's units come from: there the locality is, in part,
    the compendium's reading of a field the page did not show. Empty when none; None when the locality table does
    not carry the column (unchecked).

    `localities_placed_by_reading` names, alike, the model's localities that rest on at least one item placed there
    by the compendium's reading (locality_models' `items_placed_by_reading`: bodies of several provinces, X22 for
    湖南省; the localities the chart marks [R]). Empty when none; None when unchecked.

    `localities_literal_list` names, alike, the model's localities where one of its units carries a 权责清单嵌入型
    code resting on the compendium's literal reading of a 清单 (locality_models' `units_literal_list`; the
    localities the chart marks [L]): only 权责清单嵌入型's row can name one. Empty when none; None when unchecked."""
    def flagged(hit: pd.DataFrame, column: str) -> str | None:
        if column not in localities.columns:
            return None
        f = hit[hit[column].fillna("") != ""]
        return "|".join(f"{p}:{q}" for p, q in zip(f["province"], f["place"]))

    rows = []
    for m in model_codes:
        hit = localities[localities[m] > 0]
        rows.append({"model": m, "n_units": int(localities[m].sum()), "n_localities": len(hit),
                     "n_provinces": int(hit["province"].nunique()), "n_hybrid_localities": int(hit["hybrid"].sum()),
                     "provinces": "|".join(sorted(hit["province"].unique())),
                     "localities": "|".join(f"{p}:{q}" for p, q in zip(hit["province"], hit["place"])),
                     "localities_place_or_body_u": flagged(hit, "items_place_or_body_u"),
                     "localities_placed_by_reading": flagged(hit, "items_placed_by_reading"),
                     "localities_literal_list": (flagged(hit, "units_literal_list") if m == RESPONSIBILITY_LIST
                                                 or "units_literal_list" not in localities.columns else "")})
    df = pd.DataFrame(rows)
    if len(df):
        key = df[["n_localities", "n_provinces", "n_units"]].apply(tuple, axis=1)
        df["thinnest"] = key == key.min()
    return df


def signature_timing(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame, start: int = 2020,
                     end: int = 2025, verified_only: bool = False) -> pd.DataFrame:
    """When each stage's signature code occurs among units dated start..end (inclusive years).

    The signature code of a stage is the compendium's reading in paperB_readings.csv (linked_code).
    Returns per stage: code, n_units, n_date_unverified (units among them whose date is U), mean and median
    decimal year, first and last year.
    """
    status = dict(zip(layer.units["unit_id"], layer.units["date_status"]))
    rows = []
    for s, y in signature_dates(layer, coding, readings, start, end, verified_only):
        rows.append({"order": int(s.order), "stage": s.name_zh, "stage_en": s.name_en, "code": s.linked_code,
                     "n_units": len(y), "n_date_unverified": sum(status.get(u) != "V" for u in y.index),
                     "mean_year": float(y.mean()) if len(y) else float("nan"),
                     "median_year": float(y.median()) if len(y) else float("nan"),
                     "first_year": int(y.min()) if len(y) else pd.NA, "last_year": int(y.max()) if len(y) else pd.NA})
    return pd.DataFrame(rows)


#: Where signature_dates may put a unit whose date is U and coarser than a day, within its year or month.
UNVERIFIED_AT = ("first", "last")


def signature_dates(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame, start: int = 2020,
                    end: int = 2025, verified_only: bool = False, unverified_at: str | None = None) -> list[tuple]:
    """Per stage (in order): its readings row and the decimal years of the units dated start..end carrying its
    signature code (a pd.Series indexed by unit_id). A date is taken at the middle of its year or month
    (decimal_year); with `unverified_at` 'first' or 'last', a unit whose date is U and written to a year or a month is
    taken at that interval's first or last day instead (a move within the date's precision)."""
    if unverified_at is not None and unverified_at not in UNVERIFIED_AT:
        raise ValueError(f"unverified_at must be None or one of {', '.join(map(repr, UNVERIFIED_AT))}, "
                         f"got {unverified_at!r}")
    units = layer.units
    years = units["date"].map(decimal_year)
    if unverified_at is not None:
        coarse = (units["date_status"] == "U") & units["date_precision"].isin(["year", "month"])
        end_of = {"first": 0, "last": 1}[unverified_at]
        years = years.where(~coarse, units["date"].map(
            lambda d: decimal_year(date_interval(d)[end_of].date().isoformat()) if isinstance(d, str) and d
            else float("nan")))
    keep = years.between(start, end + 1, inclusive="left")
    if verified_only:
        keep &= units["date_status"] == "V"
    dated = pd.Series(years[keep].to_numpy(), index=units.loc[keep, "unit_id"].to_numpy())
    stages = readings[readings["kind"] == "stage"].sort_values("order")
    out = []
    for s in stages.itertuples(index=False):
        m = coding.matrix(coding.families[s.linked_code])[s.linked_code]
        out.append((s, dated.loc[[u for u in dated.index if m.get(u, 0)]]))
    return out


def order_steps(groups: Sequence[Sequence[float]], n_permutations: int = 9999, seed: int = 20240701,
                clusters: Sequence[Sequence] | None = None) -> pd.DataFrame:
    """One-sided permutation tests of each step between consecutive groups of dates (mean of the later minus mean
    of the earlier): p_increase for 'the later group is later', p_reversal for 'it is earlier', each
    (1 + hits) / (1 + permutations) (Phipson & Smyth 2010), the pooled dates of the two groups shuffled.
    A unit carrying two signature codes is in both groups; the test treats its copies as separate draws.
    `clusters` (one list per group, a cluster id per date, e.g. the unit's item) exchanges whole clusters of a group
    instead of single dates: a page's units share its date, so as independent draws one page with many units would
    weigh as many agreeing observations. The difference is still of the units' mean dates."""
    check_permutation_arguments(n_permutations, seed)
    if clusters is not None and (len(clusters) != len(groups)
                                 or any(len(c) != len(g) for c, g in zip(clusters, groups))):
        raise ValueError("clusters must give one cluster per date of each group (one list per group, as long as it)")
    rng = np.random.default_rng(seed)
    rows = []
    for k, (a, b) in enumerate(zip(groups, groups[1:])):
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
        if len(a) == 0 or len(b) == 0:
            rows.append({"step": k + 1, "n_from": len(a), "n_to": len(b), "difference": float("nan"),
                         "p_increase": float("nan"), "p_reversal": float("nan")})
            continue
        pool = np.concatenate([a, b])
        obs = b.mean() - a.mean()
        if clusters is None:
            d = np.concatenate([_shuffled_differences(rng, pool, len(a), n) for n in _chunks(n_permutations)])
        else:
            sums, counts, n_from = _blocks_of_two(a, b, clusters[k], clusters[k + 1])
            d = np.concatenate([_shuffled_block_differences(rng, sums, counts, n_from, n)
                                for n in _chunks(n_permutations)])
        tol = 1e-12
        rows.append({"step": k + 1, "n_from": len(a), "n_to": len(b), "difference": float(obs),
                     "p_increase": (1 + int((d >= obs - tol).sum())) / (1 + n_permutations),
                     "p_reversal": (1 + int((d <= obs + tol).sum())) / (1 + n_permutations)})
    return pd.DataFrame(rows, columns=["step", "n_from", "n_to", "difference", "p_increase", "p_reversal"])


#: Permutations drawn at once: memory stays at a few tens of MB whatever n_permutations (1,000,000 drawn at once
#: held 1.5 GB). The generator shuffles row after row, so the draws are the same in chunks as at once.
_CHUNK = 20_000


def _chunks(n: int) -> list[int]:
    return [min(_CHUNK, n - s) for s in range(0, n, _CHUNK)]


def _shuffled_differences(rng: np.random.Generator, pool: np.ndarray, n_from: int, n: int) -> np.ndarray:
    """Mean of the later group minus mean of the earlier one, for `n` shuffles of the pooled dates."""
    perm = rng.permuted(np.broadcast_to(pool, (n, len(pool))), axis=1)
    return perm[:, n_from:].mean(axis=1) - perm[:, :n_from].mean(axis=1)


def _blocks_of_two(a: np.ndarray, b: np.ndarray, ca: Sequence, cb: Sequence) -> tuple[np.ndarray, np.ndarray, int]:
    """Sum and number of the dates of each cluster of the earlier group, then of the later one; and how many
    clusters the earlier group has."""
    def blocks(values: np.ndarray, ids: Sequence) -> tuple[list[float], list[int]]:
        acc: dict = {}
        for v, c in zip(values, ids):
            s, n = acc.get(c, (0.0, 0))
            acc[c] = (s + float(v), n + 1)
        return [s for s, _ in acc.values()], [n for _, n in acc.values()]
    sa, na = blocks(a, ca)
    sb, nb = blocks(b, cb)
    return np.array(sa + sb), np.array(na + nb, dtype=float), len(sa)


def _shuffled_block_differences(rng: np.random.Generator, sums: np.ndarray, counts: np.ndarray, n_from: int,
                                n: int) -> np.ndarray:
    """Mean date of the later group minus that of the earlier one, for `n` shuffles of whole clusters between them
    (the earlier group keeps its number of clusters)."""
    perm = rng.permuted(np.broadcast_to(np.arange(len(sums)), (n, len(sums))), axis=1)
    early, late = perm[:, :n_from], perm[:, n_from:]
    return sums[late].sum(1) / counts[late].sum(1) - sums[early].sum(1) / counts[early].sum(1)


def instrument_shares(coding: CodingResult) -> pd.DataFrame:
    """Units per instrument code and their share (%) among units that carry an instrument."""
    m = coding.matrix("instrument")
    counts = m.sum(axis=0).astype(int)
    total = int(counts.sum())
    return pd.DataFrame({"code": counts.index, "n_units": counts.to_numpy(),
                         "percent": (100.0 * counts / total).to_numpy() if total else float("nan")})


#: What the sources show for a challenge (`status`) and the verdict the ledger gives it (B14): one rule, read by
#: challenge_comparison's table and by the claims ledger alike. Only the other study can confirm a challenge;
#: problem-framed units are the compendium's own coding of page heads, so "units only" is no partial support.
CHALLENGE_VERDICTS = {"supported": True, "units only": NOT_TESTABLE, "not found": NOT_TESTABLE}
#: every B14 check rests on the compendium's linking of the study's obstacles (and of units) to theme codes
CHALLENGE_EVIDENCE = "compendium's reading"


def challenge_comparison(readings: pd.DataFrame, coding: CodingResult, layer: ExcerptLayer,
                         benchmark: pd.DataFrame) -> pd.DataFrame:
    """Paper B's five challenges against the obstacles another study names and the problem-framed excerpt units.

    status: 'supported' when the study (`study_obstacles`: 王晨舟 et al. 2024, not shaped by the compendium; the
    link of each obstacle to a theme code is the compendium's) names an obstacle linked to the challenge's theme code;
    'units only' when only problem-framed units of other sources carry that code; 'not found' when neither.
    Problem-framed units count only with an explicit treatment-prevention link (explicit_link = yes: a unit about
    the institutions alone is no obstacle *to 医防融合*). Units of the benchmark study's own item are left out of the
    excerpt count, so the two lines stay apart. `claim_id`, `verdict` and `evidence` are the claims ledger's for the
    challenge (B14-<item_id>; CHALLENGE_VERDICTS): 'true' only when supported, else 'not testable'.
    """
    bench_items = {u.rsplit("-", 1)[0] for u in benchmark["unit_id"]}
    theme = coding.matrix("theme")
    u = layer.units
    problem_ids = u.loc[(u["stance"] == "problem") & (u["explicit_link"] == "yes") & ~u["item_id"].isin(bench_items),
                        "unit_id"].tolist()
    rows = []
    for c in readings[readings["kind"] == "challenge"].sort_values("order").itertuples(index=False):
        named = benchmark.loc[benchmark["linked_code"] == c.linked_code, "obstacle_zh"].tolist()
        units = [u for u in problem_ids if theme.loc[u, c.linked_code]] if c.linked_code in theme.columns else []
        status = "supported" if named else ("units only" if units else "not found")
        verdict = CHALLENGE_VERDICTS[status]
        rows.append({"item_id": c.item_id, "challenge": c.name_zh, "challenge_en": c.name_en, "code": c.linked_code,
                     "study_obstacles": "|".join(dict.fromkeys(named)), "n_problem_units": len(units),
                     "problem_units": "|".join(units), "status": status, "claim_id": f"B14-{c.item_id}",
                     "verdict": verdict if verdict == NOT_TESTABLE else ("true" if verdict else "false"),
                     "evidence": CHALLENGE_EVIDENCE})
    return pd.DataFrame(rows)


#: What the units show of a path (`status`) and the verdict the ledger gives it (B15-<item_id>): one rule, read by
#: path_proposals' table and by the claims ledger alike (as CHALLENGE_VERDICTS for B14). Whatever the units show, a
#: path is 'not testable': a measure proposed in a page head shows that it was proposed, never what it achieves, and
#: one not found there may sit further down a page (not found is not absent), so neither is 'false'.
PATH_VERDICTS = {"proposed in page heads": NOT_TESTABLE, "not found in page heads": NOT_TESTABLE}
#: a path's theme code is linked to it by the compendium (paperB_readings.csv, linked_code), and the units by its coding
PATH_EVIDENCE = "compendium's reading"


def path_proposals(readings: pd.DataFrame, coding: CodingResult, layer: ExcerptLayer) -> pd.DataFrame:
    """Paper B's five paths traced to the excerpt units, as challenge_comparison traces the five challenges.

    Per path (`readings` rows of kind 'path', in order): its theme code (`code`, the compendium's link), the units with
    stance `measure` and an explicit treatment-prevention link coded with that theme (`measure_units`,
    `n_measure_units`), the pages they quote (`n_pages`) and how many of those pages are studies (`n_study_pages`:
    a study's measure is its authors' proposal, not policy). `status` says what the page heads show:
    'proposed in page heads' or 'not found in page heads' (a path missing here may sit further down a page the
    search tool cannot reach: not found is not absent). `claim_id`, `verdict` and `evidence` are the ledger's
    for the path (B15-<item_id>; PATH_VERDICTS): 'not testable' for every path, proposed or not, since a proposal
    shows that a measure was proposed, not that it advances 医防融合; never 'false'."""
    theme = coding.matrix("theme")
    u = layer.units_with_items
    measures = u[(u["stance"] == "measure") & (u["explicit_link"] == "yes")]
    rows = []
    for p in readings[readings["kind"] == "path"].sort_values("order").itertuples(index=False):
        coded = theme.index[theme[p.linked_code] > 0] if p.linked_code in theme.columns else []
        hit = measures[measures["unit_id"].isin(coded)]
        pages = hit.drop_duplicates("item_id")
        status = "proposed in page heads" if len(hit) else "not found in page heads"
        verdict = PATH_VERDICTS[status]
        rows.append({"item_id": p.item_id, "path": p.name_zh, "path_en": p.name_en, "code": p.linked_code,
                     "n_measure_units": len(hit), "measure_units": "|".join(hit["unit_id"]),
                     "n_pages": len(pages), "n_study_pages": int((pages["source_type"] == "study").sum()),
                     "status": status, "claim_id": f"B15-{p.item_id}",
                     "verdict": verdict if verdict == NOT_TESTABLE else ("true" if verdict else "false"),
                     "evidence": PATH_EVIDENCE})
    return pd.DataFrame(rows)
