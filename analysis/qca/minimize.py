"""Boolean minimisation of a truth table: conservative (complex), parsimonious and intermediate solutions.

Conservative: prime implicants of the positive rows alone (closed world: no remainder is assumed positive).
Parsimonious: prime implicants that cover no negative row (remainders are don't-cares); the remainders the
models cover are their simplifying assumptions. Both report *every* model made of the minimum number of prime
implicants that covers all positive rows (R QCA's definition; ties all reported, nothing greedy).
Intermediate (Ragin & Sonnett 2005; Ragin 2008, ch. 9): for each pair of a complex model C and a parsimonious
model P, a simplifying assumption of P is an *easy* counterfactual when it lies in some term c of C relaxed
inside a term p of P that contains c: c's literal on a condition is kept if its value is the expected one, if
the condition has no expectation ('-') or if p has a literal on that condition; otherwise it is widened to the
expected value(s) too (for a crisp condition: dropped). The other simplifying assumptions are *difficult*.
(Checked against every intermediate analysis of R QCA 3.25 in data/reference/r-qca; a term c contained in no
term of P contributes no easy counterfactual.) The positive rows plus the easy counterfactuals are then
minimised in the closed world and every minimum cover of the positive rows is reported.
Row numbers and configurations of remainders are only ever obtained by expanding prime implicants, never by
listing the whole space; expansions larger than a budget are skipped (and said so) or refused.
"""
from __future__ import annotations

import math
import re
from typing import Mapping

import numpy as np
import pandas as pd

from ._cover import minimum_covers
from ._implicants import prime_implicants
from .errors import QCAComplexityError, QCAInputError
from .expressions import format_term, parse_term
from .solution import IntermediatePair, LazyFrames, Model, Solution, covers, term_fit
from .truth_table import TruthTable, _weights, configs_of_rows, row_numbers

__all__ = ["minimize", "parse_dir_exp", "SA_LIMIT", "EC_LIMIT"]

#: Configurations expanded at most to list the simplifying assumptions of one solution (beyond: not listed).
SA_LIMIT = 1 << 20
#: Configurations expanded at most to find the easy counterfactuals of one (C, P) pair (beyond: refused).
EC_LIMIT = 1 << 17


# ---------------------------------------------------------------------- arguments
def _parse_include(include) -> tuple[str, ...]:
    if include is None:
        return ()
    if isinstance(include, str):
        items = [s for s in re.split(r"[\s,]+", include.strip()) if s]
        if len(items) == 1 and len(items[0]) > 1 and set(items[0]) <= {"?", "C"}:
            items = list(items[0])
    else:
        try:
            items = [str(s).strip() for s in include]
        except TypeError:
            raise QCAInputError(f"include must be '', '?', 'C' or '?,C', got {include!r}") from None
    bad = [s for s in items if s not in ("?", "C")]
    if bad:
        raise QCAInputError(f"include may contain '?' (remainders) and 'C' (contradictions), got {include!r}")
    return tuple(s for s in ("?", "C") if s in items)


def parse_dir_exp(dir_exp, conditions, noflevels) -> dict[str, frozenset[int] | None]:
    """Directional expectations as {condition: expected values or None (no expectation, '-')}.

    Accepts a dict {condition: 1 | 0 | '-' | [values]}, an R-like string in condition order '1,1,-,0'
    (several values of a multi-value condition joined by ';'), 'A=1,B=0,C=-', or literals 'A, ~B, C[2]'."""
    conditions = [str(c) for c in conditions]
    k = len(conditions)
    levels = {c: int(n) for c, n in zip(conditions, noflevels)}
    allowed = "1, 0, '-' (no expectation), or values of a multi-value condition"

    def values(cond: str, v) -> frozenset[int] | None:
        if isinstance(v, str):
            s = v.strip()
            if s in ("-", "", "dc"):
                return None
            parts = [p.strip() for p in s.split(";")]
            try:
                vals = [int(p) for p in parts]
            except ValueError:
                raise QCAInputError(f"directional expectation {v!r} for '{cond}' is not {allowed}") from None
        elif v is None:
            return None
        elif isinstance(v, (bool, np.bool_)):
            vals = [int(v)]
        elif isinstance(v, (int, np.integer)):
            vals = [int(v)]
        elif isinstance(v, float) and v.is_integer():
            vals = [int(v)]
        elif isinstance(v, (list, tuple, set, frozenset)):
            try:
                vals = [int(x) for x in v]
            except (TypeError, ValueError):
                raise QCAInputError(f"directional expectation {v!r} for '{cond}' is not {allowed}") from None
        else:
            raise QCAInputError(f"directional expectation {v!r} for '{cond}' is not {allowed}")
        if not vals:
            raise QCAInputError(f"empty directional expectation for '{cond}'; use '-' for none")
        for x in vals:
            if not 0 <= x < levels[cond]:
                raise QCAInputError(f"directional expectation {x} for '{cond}' is out of range: '{cond}' takes "
                                    f"values 0..{levels[cond] - 1} (or '-' for no expectation)")
        if len(vals) == levels[cond]:
            return None  # every value expected: no direction
        return frozenset(vals)

    if isinstance(dir_exp, Mapping):
        unknown = [str(c) for c in dir_exp if str(c) not in conditions]
        if unknown:
            raise QCAInputError(f"directional expectations name unknown condition(s) {', '.join(unknown)} "
                                f"(conditions: {', '.join(conditions)})")
        return {c: values(c, dir_exp[c]) if c in dir_exp else None for c in conditions}
    if isinstance(dir_exp, str):
        entries = [e.strip() for e in dir_exp.split(",")]
        if any("=" in e for e in entries):
            out: dict[str, object] = {}
            for e in entries:
                if e.count("=") != 1:
                    raise QCAInputError(f"cannot read directional expectation {e!r}: write CONDITION=1, =0 or =-")
                name, val = (s.strip() for s in e.split("="))
                if name in out:
                    raise QCAInputError(f"directional expectation for '{name}' given twice")
                out[name] = val
            return parse_dir_exp(out, conditions, noflevels)
        if all(re.fullmatch(r"-|\d+(\s*;\s*\d+)*", e) for e in entries):
            if len(entries) != k:
                raise QCAInputError(
                    f"directional expectations {dir_exp!r} give {len(entries)} value(s) for {k} conditions "
                    f"({', '.join(conditions)}); give one per condition, in order, using '-' for none")
            return {c: values(c, e) for c, e in zip(conditions, entries)}
        syntax = ("write NAME=VALUE pairs (e.g. 'A=1,B=0,C=-'), one value per condition in order ('1,0,-') "
                  "or literals ('A, ~B, C[2]')")
        colon = [e for e in entries if re.fullmatch(r"[^:]+:\s*(-|\d+(\s*;\s*\d+)*)", e)]
        if colon:
            raise QCAInputError(f"cannot read directional expectation {colon[0]!r} in {dir_exp!r}: the syntax is "
                                f"NAME=VALUE, not NAME:VALUE; {syntax}")
        out2: dict[str, set[int]] = {}
        for e in entries:
            if not e:
                raise QCAInputError(f"empty entry in directional expectations {dir_exp!r}")
            try:
                lit = parse_term(e, conditions, noflevels)
            except QCAInputError as exc:
                raise QCAInputError(f"cannot read directional expectations {dir_exp!r}: {exc}; {syntax}") from None
            if len(lit) != 1:
                raise QCAInputError(f"directional expectation {e!r} must be a single literal such as A, ~A or A[1]")
            (name, v), = lit.items()
            out2.setdefault(name, set()).add(v)
        return parse_dir_exp({c: sorted(v) for c, v in out2.items()}, conditions, noflevels)
    if isinstance(dir_exp, (list, tuple)):
        if len(dir_exp) != k:
            raise QCAInputError(f"directional expectations give {len(dir_exp)} value(s) for {k} conditions; "
                                "give one per condition, in order, using '-' for none")
        return {c: values(c, v) for c, v in zip(conditions, dir_exp)}
    raise QCAInputError(f"dir_exp must be a dict, a string such as '1,1,-,0' or a list, got {type(dir_exp).__name__}")


# ---------------------------------------------------------------------- prime implicants and charts
def _sort_implicants(imp: np.ndarray, multivalue: bool) -> np.ndarray:
    """R QCA's order: fewer literals first, then by the conditions used (in order), then by values
    (presence before absence for crisp/fuzzy data, ascending values for multi-value data)."""
    imp = np.asarray(imp, dtype=np.int16)

    def key(t):
        pos = tuple(int(j) for j in np.flatnonzero(t))
        vals = tuple((int(t[j]) - 1) if multivalue else -(int(t[j]) - 1) for j in pos)
        return (len(pos), pos, vals)

    order = sorted(range(len(imp)), key=lambda i: key(imp[i]))
    return imp[order]


def _row_dominance(chart: np.ndarray) -> np.ndarray:
    """Indices of implicants kept after row dominance (drop one whose columns another covers; ties: keep first)."""
    keep = []
    sets = [frozenset(np.flatnonzero(r)) for r in chart]
    for i, s in enumerate(sets):
        dominated = any((s < t) or (s == t and j < i) for j, t in enumerate(sets) if j != i)
        if not dominated:
            keep.append(i)
    return np.array(keep, dtype=np.int64)


class _Chart:
    """Prime implicants (sorted, covering at least one positive row), their chart and all minimum covers."""

    def __init__(self, tt: TruthTable, implicants: np.ndarray, on: np.ndarray, on_rows: list[int],
                 row_dominance: bool, max_models: int | None):
        mv = tt.data.multivalue
        imp = _sort_implicants(np.asarray(implicants).reshape(-1, tt.data.k), mv)
        chart = covers(imp, on)
        useful = chart.any(axis=1)
        imp, chart = imp[useful], chart[useful]
        if row_dominance:
            kept = _row_dominance(chart)
            imp, chart = imp[kept], chart[kept]
        self.implicants = imp
        self.names = [format_term(t, tt.conditions, mv) for t in imp]
        self.chart = chart
        self.frame = pd.DataFrame(chart.astype(int), index=self.names, columns=[int(r) for r in on_rows])
        sols = minimum_covers(chart, max_models)
        if not sols:
            raise QCAComplexityError("no cover of the positive rows exists (internal inconsistency)")
        self.covers = sorted(tuple(sorted(int(i) for i in s)) for s in sols)
        # R QCA reports as essential the prime implicants common to every minimal model; the stricter chart
        # definition (sole implicant covering some positive row) is kept as `chart_essential`.
        common = sorted(set.intersection(*(set(c) for c in self.covers)))
        self.essential = [self.names[i] for i in common]
        single = chart.sum(axis=0) == 1
        strict = sorted({int(np.flatnonzero(chart[:, j])[0]) for j in np.flatnonzero(single)})
        self.chart_essential = [self.names[i] for i in strict]


def _models(tt: TruthTable, ch: _Chart, pos_out, pair: str | None = None) -> list[Model]:
    out = []
    for n, idx in enumerate(ch.covers, start=1):
        imp = ch.implicants[list(idx)]
        fit_df, fit = term_fit(tt, imp, pos_out)
        out.append(Model(name=f"M{n}", implicants=imp, terms=tuple(ch.names[i] for i in idx), term_fit=fit_df,
                         fit=fit, pair=pair))
    return out


def _overall(tt: TruthTable, ch: _Chart, models: list[Model], pos_out) -> pd.DataFrame | None:
    """Fit of every prime implicant used by some model, covU over all of them, plus covU within each model."""
    if len(models) < 2:
        return None
    used = sorted({i for c in ch.covers for i in c})
    df, _ = term_fit(tt, ch.implicants[used], pos_out)
    columns = {}
    for m in models:
        within = dict(zip(m.term_fit["term"], m.term_fit["covU"]))
        columns[f"covU({m.name})"] = [within.get(t, math.nan) for t in df["term"]]
    return pd.concat([df, pd.DataFrame(columns, index=df.index)], axis=1)  # one concat: thousands of models stay fast


# ---------------------------------------------------------------------- remainders by expansion
def _cube(implicant, noflevels) -> list[list[int]]:
    return [list(range(int(n))) if int(v) == 0 else [int(v) - 1] for v, n in zip(implicant, noflevels)]


def _cube_configs(cube: list[list[int]]) -> np.ndarray:
    shape = [len(a) for a in cube]
    grid = np.indices(shape).reshape(len(shape), -1).T
    return np.column_stack([np.asarray(a, dtype=np.int64)[grid[:, j]] for j, a in enumerate(cube)])


def _remainder_ids(cube: list[list[int]], tt: TruthTable) -> np.ndarray:
    """Row numbers of the remainders (rows not observed) inside one cube, sorted (int64, or object for huge k)."""
    if math.prod(len(a) for a in cube) == 0:
        return np.zeros(0, dtype=np.int64)
    cfg = _cube_configs(cube)
    if tt.n_configurations < 2**62:
        ids = cfg @ np.array(_weights(tt.noflevels), dtype=np.int64) + 1
        return np.setdiff1d(ids, np.array(sorted(tt.observed_rows), dtype=np.int64))
    observed = tt.observed_rows
    return np.array(sorted(r for r in set(row_numbers(cfg, tt.noflevels)) if r not in observed), dtype=object)


def _rows_frame(ids: np.ndarray, tt: TruthTable) -> pd.DataFrame:
    """Configurations of row numbers as a frame indexed by row number."""
    big = ids.dtype == object
    return pd.DataFrame(configs_of_rows(ids, tt.noflevels), columns=list(tt.conditions),
                        index=pd.Index(ids, name="row", dtype=object if big else "int64"))


def _union(parts: list[np.ndarray]) -> np.ndarray:
    if not parts:
        return np.zeros(0, dtype=np.int64)
    if any(p.dtype == object for p in parts):
        return np.array(sorted(set().union(*(set(p.tolist()) for p in parts))), dtype=object)
    return np.unique(np.concatenate(parts))


def _expand(cubes: list[list[list[int]]], tt: TruthTable, limit: int) -> pd.DataFrame | None:
    """Remainder configurations (not observed rows) inside a union of cubes; None if more than `limit` to expand."""
    if sum(math.prod(len(a) for a in c) for c in cubes) > limit:
        return None
    return _rows_frame(_union([_remainder_ids(c, tt) for c in cubes]), tt)


def _simplifying_assumptions(tt: TruthTable, models: list[Model], notes: list[str]) -> dict[str, pd.DataFrame] | None:
    """Remainders inside each model, expanding each distinct prime implicant once (within SA_LIMIT in all)."""
    distinct = {tuple(int(v) for v in t) for m in models for t in m.implicants}
    size = sum(math.prod(int(n) if v == 0 else 1 for v, n in zip(t, tt.noflevels)) for t in distinct)
    if size > SA_LIMIT:
        notes.append(f"simplifying assumptions not listed: the prime implicants of the models span {size:,} "
                     f"configurations, more than the {SA_LIMIT:,} expanded at most")
        return None
    ids: dict = {}

    def remainders_of(t):
        if t not in ids:
            ids[t] = _remainder_ids(_cube(t, tt.noflevels), tt)
        return ids[t]

    for m in models:  # built on first use: listing them for hundreds of models would dominate the run time
        keys = [tuple(int(v) for v in t) for t in m.implicants]
        m.simplifying_assumptions = lambda keys=keys: _rows_frame(_union([remainders_of(k) for k in keys]), tt)
    return LazyFrames(models)


# ---------------------------------------------------------------------- the three solutions
def _solution(kind, tt, include, imp, on, on_rows, pos_out, row_dominance, max_models, shortcuts, notes):
    ch = _Chart(tt, imp, on, on_rows, row_dominance, max_models)
    models = _models(tt, ch, pos_out)
    if kind == "conservative":
        sa = {}
        for m in models:
            m.simplifying_assumptions = pd.DataFrame(np.zeros((0, tt.data.k), dtype=np.int64),
                                                     columns=list(tt.conditions),
                                                     index=pd.Index([], name="row", dtype="int64"))
            sa[m.name] = m.simplifying_assumptions
    else:
        sa = _simplifying_assumptions(tt, models, notes)
    return Solution(kind=kind, truth_table=tt, include=include, models=models, implicants=ch.implicants,
                    prime_implicants=ch.names, pi_chart=ch.frame, essential=ch.essential,
                    chart_essential=ch.chart_essential, simplifying_assumptions=sa,
                    overall_term_fit=_overall(tt, ch, models, pos_out),
                    shortcuts=list(shortcuts), notes=notes)


def _relaxed_cube(c_term, p_term, conditions, noflevels, expectations) -> list[list[int]]:
    """A complex term c widened by the directional expectations inside a parsimonious term p that contains it:
    c's literal on a condition is kept if its value is expected, if the condition has no expectation, or if p
    has a literal on it; otherwise it is widened to its value plus the expected value(s) (crisp: dropped)."""
    cube = []
    for c, v, pv, n in zip(conditions, c_term, p_term, noflevels):
        if int(v) == 0:
            cube.append(list(range(int(n))))
            continue
        value = int(v) - 1
        exp = expectations.get(c)
        keep = exp is None or value in exp or int(pv) != 0
        cube.append([value] if keep else sorted({value, *exp}))
    return cube


def _contains(p_term, c_term) -> bool:
    """Does implicant p contain implicant c (every literal of p is a literal of c)?"""
    return all(int(pv) == 0 or int(pv) == int(cv) for pv, cv in zip(p_term, c_term))


def _pair(tt, name, cm: Model, pm: Model, expectations, on, on_rows, pos_out, row_dominance, max_models):
    nl = tt.noflevels
    parts = [_relaxed_cube(c, p, tt.conditions, nl, expectations)
             for c in cm.implicants for p in pm.implicants if _contains(p, c)]
    easy = _expand(parts, tt, EC_LIMIT)
    if easy is None:
        raise QCAComplexityError(
            f"{name}: the easy counterfactuals span more than {EC_LIMIT:,} configurations; the intermediate "
            "solution needs them listed; use fewer conditions or stronger directional expectations")
    sa = pm.simplifying_assumptions
    easy_ids = set(easy.index)
    difficult = None if sa is None else sa.loc[[r for r in sa.index if r not in easy_ids]]
    on_all = np.vstack([on, easy.to_numpy(dtype=np.int64)]) if len(easy) else on
    imp = prime_implicants(on_all, None, nl)
    ch = _Chart(tt, imp, on, on_rows, row_dominance, max_models)
    models = _models(tt, ch, pos_out, pair=name)
    return IntermediatePair(name=name, complex_model=cm, parsimonious_model=pm, easy_counterfactuals=easy,
                            difficult_counterfactuals=difficult, implicants=ch.implicants,
                            prime_implicants=ch.names, pi_chart=ch.frame, essential=ch.essential,
                            chart_essential=ch.chart_essential, models=models,
                            overall_term_fit=_overall(tt, ch, models, pos_out))


def minimize(tt: TruthTable, include="", dir_exp=None, row_dominance: bool = False,
             max_models: int | None = None) -> Solution:
    """Minimise a truth table: include '' -> conservative, '?' -> parsimonious, '?' with dir_exp -> intermediate.

    include may also hold 'C' (contradictions minimised as positive rows). row_dominance (opt-in, named in
    the result) drops dominated prime implicants and may lose minimal models. max_models caps the models listed
    (QCAComplexityError beyond)."""
    if not isinstance(tt, TruthTable):
        raise QCAInputError(f"minimize needs a TruthTable (from truth_table()), got {type(tt).__name__}")
    inc = _parse_include(include)
    if max_models is not None and (isinstance(max_models, bool) or not isinstance(max_models, (int, np.integer))
                                   or max_models < 1):
        raise QCAInputError(f"max_models must be a positive whole number or None, got {max_models!r}")
    if dir_exp is not None and "?" not in inc:
        raise QCAInputError("directional expectations need include='?': the intermediate solution chooses among "
                            "the remainders used by the parsimonious solution")
    expectations = None if dir_exp is None else parse_dir_exp(dir_exp, tt.conditions, tt.noflevels)
    pos_out = ("1", "C") if "C" in inc else ("1",)
    on = tt.configs_with(pos_out)
    on_rows = tt.rows_with(pos_out)
    if len(on) == 0:
        best = tt.rows.loc[tt.rows["OUT"] != "?", "incl"]
        top = f"{best.max():.3f}" if len(best) else "none"
        raise QCAInputError(
            f"no positive row to minimise: no configuration of {tt.outcome} has OUT = 1"
            f"{' or C' if 'C' in inc else ''} (incl_cut = {tt.incl_cut[0]:g}, highest row incl = {top}, "
            f"n_cut = {tt.n_cut}); lower incl_cut or n_cut, or check the outcome")
    shortcuts = ["row_dominance"] if row_dominance else []
    off = tt.configs_with(("0",) if "C" in inc else ("0", "C"))
    conservative = None
    if "?" not in inc or dir_exp is not None:
        cons_imp = prime_implicants(on, None, tt.noflevels)
        conservative = _solution("conservative", tt, inc, cons_imp, on, on_rows, pos_out, row_dominance,
                                 max_models, shortcuts, [])
    if "?" not in inc:
        return conservative
    pars_imp = prime_implicants(on, off, tt.noflevels)
    parsimonious = _solution("parsimonious", tt, inc, pars_imp, on, on_rows, pos_out, row_dominance, max_models,
                             shortcuts, [])
    if dir_exp is None:
        return parsimonious
    notes = list(parsimonious.notes)
    if parsimonious.simplifying_assumptions is None:
        notes.append("difficult counterfactuals not listed (the simplifying assumptions were not listed)")
    pairs = {}
    for i, cm in enumerate(conservative.models, start=1):
        for j, pm in enumerate(parsimonious.models, start=1):
            name = f"C{i}P{j}"
            pairs[name] = _pair(tt, name, cm, pm, expectations, on, on_rows, pos_out, row_dominance, max_models)
    # The same model can arise from several (C, P) pairs: list each distinct model once (per-pair
    # results, as R prints them, stay in `intermediate`).
    models, seen = [], set()
    for m in (m for p in pairs.values() for m in p.models):
        if frozenset(m.terms) not in seen:
            seen.add(frozenset(m.terms))
            models.append(m)
    return Solution(kind="intermediate", truth_table=tt, include=inc, models=models,
                    implicants=parsimonious.implicants, prime_implicants=parsimonious.prime_implicants,
                    pi_chart=parsimonious.pi_chart, essential=parsimonious.essential,
                    chart_essential=parsimonious.chart_essential,
                    simplifying_assumptions=parsimonious.simplifying_assumptions,
                    overall_term_fit=parsimonious.overall_term_fit, dir_exp=expectations, intermediate=pairs,
                    conservative=conservative, parsimonious=parsimonious, shortcuts=shortcuts, notes=notes)
