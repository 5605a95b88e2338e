"""Configuration charts (Fiss 2011): core and peripheral conditions of a solution's configurations.

A condition of a configuration (a term of the intermediate or conservative solution) is *core* when it also
appears in the parsimonious term that subsumes the configuration (whose literals are a subset of the
configuration's), *peripheral* when it appears only in the configuration (Fiss 2011, Academy of Management
Journal 54(2): 393-420). Generic: nothing here knows about either paper.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .expressions import parse_term


# ---------------------------------------------------------------- terms


def term_literals(term: str, conditions: Sequence[str]) -> dict[str, int]:
    """'A*~B' as {'A': 1, 'B': 0} in condition order (crisp/fuzzy literals)."""
    return parse_term(term, list(conditions))


def format_literals(literals: Mapping[str, int], conditions: Sequence[str]) -> str:
    """{'A': 1, 'B': 0} as 'A*~B' in condition order ('1' for the empty term)."""
    parts = [c if literals[c] == 1 else "~" + c for c in conditions if c in literals]
    return "*".join(parts) if parts else "1"


def subsumes(general: str, specific: str, conditions: Sequence[str]) -> bool:
    """True when every literal of `general` is a literal of `specific` (so `specific` ⊆ `general` as sets)."""
    g, s = term_literals(general, conditions), term_literals(specific, conditions)
    return all(s.get(c) == v for c, v in g.items())


# ---------------------------------------------------------------- core and peripheral


def subsuming_terms(term: str, parsimonious_terms: Sequence[str], conditions: Sequence[str]) -> list[str]:
    """The parsimonious terms that subsume (contain) a configuration, in the order given."""
    return [p for p in parsimonious_terms if subsumes(p, term, conditions)]


def condition_roles(term: str, parsimonious_terms: Sequence[str], conditions: Sequence[str]) -> dict[str, tuple[int, str]]:
    """{condition: (value, 'core' | 'peripheral')} for each literal of a configuration (Fiss 2011).

    A literal is core when a parsimonious term subsuming the configuration contains it; with no subsuming
    parsimonious term every literal is peripheral (the caller should report that)."""
    lits = term_literals(term, conditions)
    cores: dict[str, int] = {}
    for p in subsuming_terms(term, parsimonious_terms, conditions):
        cores.update(term_literals(p, conditions))
    return {c: (v, "core" if cores.get(c) == v else "peripheral") for c, v in lits.items()}


# ---------------------------------------------------------------- a solution's paths


def distinct_models(solution) -> list:
    """A solution's models without repeats (an intermediate solution lists the same model once per pair)."""
    seen, out = set(), []
    for m in solution.models:
        key = frozenset(m.terms)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def parsimonious_terms_of(solution) -> list[str]:
    """Every term of every parsimonious model of a solution (its own if it is parsimonious), without repeats."""
    pars = solution if getattr(solution, "kind", "") == "parsimonious" else getattr(solution, "parsimonious", None)
    if pars is None:
        return []
    out: list[str] = []
    for m in pars.models:
        for t in m.terms:
            if t not in out:
                out.append(t)
    return out


def chart_frame(paths: pd.DataFrame, conditions: Sequence[str]) -> pd.DataFrame:
    """Long table for a configuration chart: path, condition, value (1, 0 or NaN = blank), role."""
    rows = []
    for _, p in paths.iterrows():
        core = term_literals(p["core"], conditions) if p["core"] else {}
        peri = term_literals(p["peripheral"], conditions) if p["peripheral"] else {}
        for c in conditions:
            if c in core:
                rows.append({"path": p["path"], "condition": c, "value": core[c], "role": "core"})
            elif c in peri:
                rows.append({"path": p["path"], "condition": c, "value": peri[c], "role": "peripheral"})
            else:
                rows.append({"path": p["path"], "condition": c, "value": np.nan, "role": ""})
    return pd.DataFrame(rows, columns=["path", "condition", "value", "role"])


def chart_symbols(paths: pd.DataFrame, conditions: Sequence[str]) -> pd.DataFrame:
    """Conditions × paths with Fiss symbols: ● present, ⊗ absent (core), • / ⊗ small (peripheral) as text."""
    long = chart_frame(paths, conditions)
    sym = {(1, "core"): "●", (1, "peripheral"): "•", (0, "core"): "⊗", (0, "peripheral"): "⊗ (p)"}
    long["symbol"] = [sym.get((int(v), r), "") if v == v else "" for v, r in zip(long["value"], long["role"])]
    wide = long.pivot(index="condition", columns="path", values="symbol").reindex(index=list(conditions))
    return wide.reindex(columns=paths["path"].tolist())
