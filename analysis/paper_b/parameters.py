"""Validation of notebook 01's parameters, with messages that say what is allowed."""
from __future__ import annotations

from typing import Mapping, Sequence

import pandas as pd

from .coding import TEXT_FIELDS
from .periodisation import (PRE_STAGE, Periodisation, assign_stages, date_interval, in_another_script,
                            validate_stage_starts)
from ..validate import ParameterError

PROFILE_SOURCES = ("manual", "dictionary")

#: Upper bound of n_permutations. The notebook runs 36 permutation tests of stage profiles (4 title families, 5 unit
#: families, 15 for the placement sensitivity, 12 for B05 under the boundary rule) and the B12 order test: at
#: 1,000,000 permutations one test of the committed corpus (title or unit theme family) took 16 s on the 2-core
#: machine this was written on, so the notebook about 10 minutes (36 x 16 s: extrapolated, not run whole), and the
#: order test held 1.5 GB of memory (measured). More permutations only refine a p-value already resolved to 1e-6:
#: 10**12 would run for years.
MAX_PERMUTATIONS = 1_000_000




def check_parameters(*, lang: str, stage_starts: Mapping[str, str], stage_names: Sequence[str],
                     keyword_fields: Sequence[str], min_hits: int, include_events: bool, profile_source: str,
                     n_permutations: int, seed: int, alpha: float, landmarks: Mapping[str, str],
                     documents: pd.DataFrame) -> Periodisation:
    """Check every parameter; raise ParameterError listing all problems, else return the periodisation.

    `documents` is the corpus (policy_documents.csv: doc_id, kind, date). The stage starts must leave every stage
    at least one policy document (kind 'document', placed by the first day of its date as the analysis places
    it): a stage without one is a mistake in the periodisation, and the stage claims could only say 'not
    testable'. Each landmark must be dated in its own stage. Only what the user sets is refused here: the
    boundary rule's moved starts (periodisation.boundary_variants) do not pass through this check, and a move
    that empties a stage stays 'not testable' in the ledger."""
    problems = []
    if lang not in ("en", "zh"):
        problems.append(f"lang = {lang!r}; allowed: 'en' or 'zh'")
    fields = list(keyword_fields) if isinstance(keyword_fields, (list, tuple)) else None
    if not fields or any(f not in TEXT_FIELDS for f in fields):
        problems.append(f"keyword_fields = {keyword_fields!r}; expected a non-empty list from {list(TEXT_FIELDS)}")
    if not isinstance(min_hits, int) or isinstance(min_hits, bool) or min_hits < 1:
        problems.append(f"min_hits = {min_hits!r}; expected an integer >= 1")
    if not isinstance(include_events, bool):
        problems.append(f"include_events = {include_events!r}; expected True or False")
    if profile_source not in PROFILE_SOURCES:
        problems.append(f"profile_source = {profile_source!r}; allowed: {', '.join(map(repr, PROFILE_SOURCES))}")
    if (not isinstance(n_permutations, int) or isinstance(n_permutations, bool)
            or not 99 <= n_permutations <= MAX_PERMUTATIONS):
        problems.append(f"n_permutations = {n_permutations!r}; expected an integer from 99 to {MAX_PERMUTATIONS:,} "
                        f"(at {MAX_PERMUTATIONS:,} one permutation test takes ~16 s, the notebook about 10 minutes)")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        problems.append(f"seed = {seed!r}; expected a non-negative integer")
    if not isinstance(alpha, (int, float)) or isinstance(alpha, bool) or not 0 < alpha < 1:
        problems.append(f"alpha = {alpha!r}; expected a number between 0 and 1")
    known_ids = documents["doc_id"].tolist()
    if not isinstance(landmarks, Mapping):
        problems.append(f"landmarks = {landmarks!r}; expected a mapping stage name -> document or event id")
    else:
        for stage, doc_id in landmarks.items():
            if stage not in stage_names:
                problems.append(f"landmarks: unknown stage {stage!r}; allowed: {', '.join(stage_names)}"
                                + in_another_script([stage], stage_names))
            if doc_id not in known_ids:
                problems.append(f"landmarks: {stage} -> {doc_id!r} is not an id of policy_documents.csv")
    periodisation = None
    try:
        periodisation = validate_stage_starts(stage_starts, stage_names)
    except ValueError as exc:
        problems.append(str(exc))
    if periodisation is not None:
        problems += _empty_stages(documents, periodisation)
        if isinstance(landmarks, Mapping):
            problems += _landmarks_outside(documents, periodisation, landmarks, known_ids)
    if problems:
        raise ParameterError("invalid notebook parameters:\n  - " + "\n  - ".join(problems))
    return periodisation


def _stage_range(periodisation: Periodisation, stage: str) -> str:
    row = periodisation.to_frame().set_index("stage").loc[stage]
    return f"{row['first_day']} to {row['last_day']}"


def _item(row) -> str:
    return f"{row.doc_id} ({row.date})"


def _where(stage: str) -> str:
    return "before the first stage" if stage == PRE_STAGE else f"in {stage}"


def _empty_stages(documents: pd.DataFrame, periodisation: Periodisation) -> list[str]:
    """A sentence for each stage that holds no policy document at these starts, naming its date range and the
    nearest documents before and after it (the dates a start could move to)."""
    docs = documents[documents["kind"] == "document"]
    placed = assign_stages(docs, periodisation).assign(
        first_day=[date_interval(d)[0] for d in docs["date"]]).sort_values("first_day", kind="stable")
    frame = periodisation.to_frame().set_index("stage")
    out = []
    for stage in periodisation.names:
        if (placed["stage"] == stage).any():
            continue
        first = pd.Timestamp(frame.loc[stage, "first_day"])
        before = placed[placed["first_day"] < first]
        after = placed[placed["first_day"] > first]
        near = [f"the last before it is {_item(before.iloc[-1])}, {_where(before.iloc[-1]['stage'])}" if len(before)
                else "none is dated before it",
                f"the first after it is {_item(after.iloc[0])}, {_where(after.iloc[0]['stage'])}" if len(after)
                else "none is dated after it"]
        out.append(f"stage_starts: stage {stage} ({_stage_range(periodisation, stage)}) holds no policy document "
                   f"({'; '.join(near)}); move its start or the next one so that every stage holds at least one "
                   "(a date written to the month or year counts from its first day)")
    return out


def _landmarks_outside(documents: pd.DataFrame, periodisation: Periodisation, landmarks: Mapping[str, str],
                       known_ids: Sequence[str]) -> list[str]:
    """A sentence for each landmark whose date lies outside its stage (placed as the analysis places it: by the
    first day of its date)."""
    checked = [(s, d) for s, d in landmarks.items() if s in periodisation.names and d in known_ids]
    date_of = dict(zip(documents["doc_id"], documents["date"]))
    out = []
    for stage, doc_id in checked:
        first, last = date_interval(date_of[doc_id])
        placed = periodisation.stage_of(first)
        if placed == stage:
            continue
        where = _where(placed)
        reaches = (f" (written to the {'month' if date_of[doc_id].count('-') == 1 else 'year'}, it is placed by its "
                   f"first day, {first.date()})" if periodisation.stage_of(last) == stage else "")
        out.append(f"landmarks: {stage} -> {doc_id} is dated {date_of[doc_id]}, {where}{reaches}, outside {stage} "
                   f"({_stage_range(periodisation, stage)}); a stage's landmark must lie in that stage: move the "
                   "start or choose another landmark")
    return out


def check_excerpt_parameters(*, excerpt_years: Sequence[int], min_localities: int, min_provinces: int) -> tuple[int, int]:
    """Check the excerpt-layer parameters; raise ParameterError listing all problems, else return (start, end) years."""
    problems = []
    ok_years = (isinstance(excerpt_years, (list, tuple)) and len(excerpt_years) == 2
                and all(isinstance(y, int) and not isinstance(y, bool) for y in excerpt_years))
    if not ok_years or not 2000 <= excerpt_years[0] <= excerpt_years[1] <= 2030:
        problems.append(f"excerpt_years = {excerpt_years!r}; expected [start, end] years with 2000 <= start <= end <= 2030")
    for name, v in (("min_localities", min_localities), ("min_provinces", min_provinces)):
        if not isinstance(v, int) or isinstance(v, bool) or v < 1:
            problems.append(f"{name} = {v!r}; expected an integer >= 1")
    if problems:
        raise ParameterError("invalid notebook parameters:\n  - " + "\n  - ".join(problems))
    return int(excerpt_years[0]), int(excerpt_years[1])
