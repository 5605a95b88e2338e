"""Checks of the engine's plain parameters shared by its public functions: each raises QCAInputError naming the
parameter and what is allowed (a string 'no' is not False, 0 workers is not a worker count)."""
from __future__ import annotations

import numpy as np

from .errors import QCAInputError

__all__ = ["flag", "relation", "text_number_hint", "whole", "workers"]


def flag(name: str, value) -> bool:
    """A yes/no parameter: True or False only (a string such as 'no' is truthy in Python and would switch it on)."""
    if not isinstance(value, (bool, np.bool_)):
        raise QCAInputError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def relation(value) -> str:
    """'sufficiency' or 'necessity' (also 'suf' / 'nec', any case), the two set relations of QCA."""
    rel = str(value).strip().lower()
    if rel in ("sufficiency", "suf"):
        return "sufficiency"
    if rel in ("necessity", "nec"):
        return "necessity"
    raise QCAInputError(f"relation must be 'sufficiency' or 'necessity' (or 'suf' / 'nec'), got {value!r}")


#: robustness_protocol's rules for a test without a sufficient configuration (analysis.qca.protocol's module
#: docstring): counted as the empty solution, or refused as an error; here so the CLI's choices need no protocol import.
NO_SOLUTION_RULES = ("count", "refuse")
MAX_JOBS = 1024  # joblib tries to start every worker asked for: a typo such as 1000000000 would never return


def workers(n_jobs) -> int | None:
    """n_jobs as joblib takes it: None (joblib's default) or a whole number other than 0 from -MAX_JOBS to MAX_JOBS
    (-1: every core)."""
    if n_jobs is None:
        return None
    if (isinstance(n_jobs, (bool, np.bool_)) or not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0
            or abs(n_jobs) > MAX_JOBS):
        raise QCAInputError(f"n_jobs must be None or a whole number other than 0 from -{MAX_JOBS} to {MAX_JOBS} "
                            f"(-1: every core), got {n_jobs!r}")
    return int(n_jobs)


def text_number_hint(value) -> str:
    """": write 0.8, a number, not the text '0.8'" for a number given as text (read from a file or a form), which
    every numeric parameter refuses rather than converts; '' for anything else. `value` may be a list or tuple."""
    texts = [v for v in (value if isinstance(value, (list, tuple)) else [value]) if isinstance(v, str)]
    try:
        nums = [float(t) for t in texts]
    except ValueError:   # text that is no number: the message's own words say what is allowed
        return ""
    if not texts:
        return ""
    return f": write {', '.join(f'{n:g}' for n in nums)}, a number, not the text {', '.join(map(repr, texts))}"


def whole(name: str, value, least: int = 1) -> int:
    """A whole number >= `least` (a bool or a float such as 1.5 or 2.0 is not one)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < least:
        what = "a positive whole number" if least == 1 else f"a whole number >= {least}"
        raise QCAInputError(f"{name} must be {what}, got {value!r}{text_number_hint(value)}")
    return int(value)
