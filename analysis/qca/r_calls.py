"""Reading R call strings such as 'truthTable(LF, outcome = "SURV", incl.cut = 0.8)' (to port R scripts and
to re-run R's reference analyses). One parser for the whole project."""
from __future__ import annotations

import re

from .errors import QCAInputError

__all__ = ["r_call_arguments"]

_ARG = re.compile(r'([A-Za-z_][\w.]*)\s*=\s*("[^"]*"|c\([^)]*\)|[^,\s()]+)')


def _value(text: str, name: str, call: str):
    if text.startswith('"'):
        return text[1:-1]
    if text in ("TRUE", "FALSE"):
        return text == "TRUE"
    if text.startswith("c("):
        items = [t.strip() for t in text[2:-1].split(",") if t.strip()]
        return [_value(t, name, call) for t in items]
    try:
        return float(text)
    except ValueError:
        raise QCAInputError(f"cannot read the value {text!r} of argument {name!r} in {call!r}") from None


def r_call_arguments(call: str) -> dict:
    """The `name = value` arguments of an R call: quoted strings unquoted, TRUE/FALSE as bool, numbers as
    float, c(...) as a list. Positional arguments are ignored."""
    return {name: _value(value, name, call) for name, value in _ARG.findall(call)}
