"""How a message lists cases and columns: each name quoted (so that blanks and odd characters show), the first
_SHOW of them, then how many more.
"""
from __future__ import annotations

import numpy as np

from .errors import quoted


_SHOW = 5  # cases named at most in one message


def _names(cases, mask) -> str:
    idx = np.flatnonzero(mask)
    shown = ", ".join(repr(str(cases[i])) for i in idx[:_SHOW])
    more = len(idx) - _SHOW
    return shown + (f" and {more} more" if more > 0 else "")


def _names_with_values(cases, mask, values) -> str:
    """The cases `mask` selects, each with its own value ("'x': 'TRUE', 'y': 'FALSE'"), the first few then how many
    more: one example value beside every case said 'TRUE' of cases holding 'FALSE'."""
    idx = np.flatnonzero(mask)
    shown = ", ".join(f"{quoted(str(cases[i]))}: {quoted(values[i])}" for i in idx[:_SHOW])
    more = len(idx) - _SHOW
    return shown + (f" and {more} more" if more > 0 else "")


def _all_names(names) -> str:
    """Every one of `names` listed as `_names` lists a selection: quoted, the first few, then how many more."""
    return _names(list(names), np.ones(len(names), dtype=bool))


def _show_columns(columns) -> str:
    """Column names quoted, so blanks and odd characters show."""
    return ", ".join(quoted(str(c)) for c in columns)
