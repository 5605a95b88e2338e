"""Validation of notebook 01's parameters, with messages that say what is allowed."""
from __future__ import annotations

from typing import Mapping, Sequence

from .coding import TEXT_FIELDS
from .periodisation import Periodisation, validate_stage_starts

PROFILE_SOURCES = ("manual", "dictionary")


class ParameterError(ValueError):
    """A notebook parameter has a value the analysis cannot use."""


def check_parameters(*, lang: str, stage_starts: Mapping[str, str], stage_names: Sequence[str],
                     keyword_fields: Sequence[str], min_hits: int, include_events: bool, profile_source: str,
                     n_permutations: int, seed: int, alpha: float, landmarks: Mapping[str, str],
                     known_ids: Sequence[str]) -> Periodisation:
    """Check every parameter; raise ParameterError listing all problems, else return the periodisation."""
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
    if not isinstance(n_permutations, int) or isinstance(n_permutations, bool) or n_permutations < 99:
        problems.append(f"n_permutations = {n_permutations!r}; expected an integer >= 99")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        problems.append(f"seed = {seed!r}; expected a non-negative integer")
    if not isinstance(alpha, (int, float)) or isinstance(alpha, bool) or not 0 < alpha < 1:
        problems.append(f"alpha = {alpha!r}; expected a number between 0 and 1")
    if not isinstance(landmarks, Mapping):
        problems.append(f"landmarks = {landmarks!r}; expected a mapping stage name -> document or event id")
    else:
        for stage, doc_id in landmarks.items():
            if stage not in stage_names:
                problems.append(f"landmarks: unknown stage {stage!r}; allowed: {', '.join(stage_names)}")
            if doc_id not in known_ids:
                problems.append(f"landmarks: {stage} -> {doc_id!r} is not an id of policy_documents.csv")
    periodisation = None
    try:
        periodisation = validate_stage_starts(stage_starts, stage_names)
    except ValueError as exc:
        problems.append(str(exc))
    if problems:
        raise ParameterError("invalid notebook parameters:\n  - " + "\n  - ".join(problems))
    return periodisation


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
