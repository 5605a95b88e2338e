"""Results of minimisation (models, prime implicant chart, counterfactuals) and their parameters of fit.

Fit of a term X for outcome Y: inclS = sum min(X,Y) / sum X, PRI, covS = sum min(X,Y) / sum Y (see measures.py);
membership in a model is the maximum over its terms. Unique coverage covU of a term = covS(model) - covS(model
without the term) (Ragin 2006); for a one-term model it is undefined, reported NaN (printed '-') as R does.
`cases` lists the cases of the positive truth table rows a term covers, rows separated by '; ' as in R.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .expressions import format_term, implicant_membership
from .measures import consistency, coverage, pri
from .truth_table import TruthTable

__all__ = ["Model", "IntermediatePair", "Solution", "term_fit", "covers"]

FIT_COLUMNS = ["term", "inclS", "PRI", "covS", "covU", "cases"]


def covers(implicants: np.ndarray, configs: np.ndarray, chunk_cells: int = 1 << 24) -> np.ndarray:
    """Boolean (implicants, configs): does each encoded implicant contain each configuration?

    Built one condition at a time over blocks of implicants, so memory stays near `chunk_cells` booleans."""
    imp = np.asarray(implicants, dtype=np.int64)
    cfg = np.asarray(configs, dtype=np.int64)
    if imp.ndim == 1:
        imp = imp[None, :]
    out = np.zeros((len(imp), len(cfg)), dtype=bool)
    if len(imp) == 0 or len(cfg) == 0:
        return out
    step = max(1, chunk_cells // max(1, len(cfg)))
    target = cfg + 1
    for start in range(0, len(imp), step):
        block = imp[start:start + step]
        acc = np.ones((len(block), len(cfg)), dtype=bool)
        for j in range(imp.shape[1]):
            col = block[:, j]
            if not col.any():
                continue
            acc &= (col[:, None] == 0) | (col[:, None] == target[None, :, j])
        out[start:start + step] = acc
    return out


def _multi(tt: TruthTable) -> list[bool]:
    return [kind == "multi-value" for kind in tt.data.kinds]


def _cases_text(tt: TruthTable, implicant: np.ndarray, positive: np.ndarray) -> str:
    hit = covers(implicant, tt.configs)[0] & positive
    return "; ".join(",".join(tt.case_lists[i]) for i in np.flatnonzero(hit))


def term_fit(tt: TruthTable, implicants: np.ndarray, positive_out=("1",)) -> tuple[pd.DataFrame, dict]:
    """Per-term fit (term, inclS, PRI, covS, covU, cases) and the fit of their disjunction (inclS, PRI, covS)."""
    imp = np.asarray(implicants).reshape(-1, tt.data.k)
    y = tt.data.y
    mem = implicant_membership(tt.data.X, imp, _multi(tt))
    positive = tt.out_mask(positive_out)
    whole = mem.max(axis=1) if len(imp) else np.zeros(len(y))
    cov_all = coverage(whole, y)
    recs = []
    for i, t in enumerate(imp):
        if len(imp) > 1:
            rest = np.delete(mem, i, axis=1).max(axis=1)
            cov_u = cov_all - coverage(rest, y)
        else:
            cov_u = math.nan
        recs.append({"term": format_term(t, tt.conditions, tt.data.multivalue),
                     "inclS": consistency(mem[:, i], y), "PRI": pri(mem[:, i], y),
                     "covS": coverage(mem[:, i], y), "covU": cov_u,
                     "cases": _cases_text(tt, t, positive)})
    df = pd.DataFrame(recs, columns=FIT_COLUMNS)
    df.index = pd.RangeIndex(1, len(df) + 1)
    fit = {"inclS": consistency(whole, y), "PRI": pri(whole, y), "covS": cov_all}
    return df, fit


def _num(x):
    if x is None:
        return None
    x = float(x)
    return None if x != x else x


def _rows_dict(df: pd.DataFrame | None) -> list[dict] | None:
    if df is None:
        return None
    cols = [c for c in df.columns if c != "n"]
    return [{"row": int(r), "config": [int(v) for v in rec[cols]]} for r, rec in df.iterrows()]


def _fit_records(df: pd.DataFrame | None) -> list[dict] | None:
    if df is None:
        return None
    out = []
    for _, rec in df.iterrows():
        d = {"term": rec["term"]}
        for c in ("inclS", "PRI", "covS", "covU"):
            d[c] = _num(rec[c])
        d["cases"] = rec["cases"]
        for c in df.columns:
            if c.startswith("covU(") and c not in d:
                d[c] = _num(rec[c])
        out.append(d)
    return out


@dataclass(eq=False)
class Model:
    """One minimal model: a disjunction of prime implicants with its fit."""

    name: str
    implicants: np.ndarray
    terms: tuple[str, ...]
    term_fit: pd.DataFrame
    fit: dict
    _sa: object = field(default=None, repr=False)   # a DataFrame, or a callable building it on first use
    pair: str | None = None

    @property
    def simplifying_assumptions(self) -> pd.DataFrame | None:
        """Remainders this model covers (built on first use: with hundreds of models, expansion costs)."""
        if callable(self._sa):
            self._sa = self._sa()
        return self._sa

    @simplifying_assumptions.setter
    def simplifying_assumptions(self, value) -> None:
        self._sa = value

    @property
    def expression(self) -> str:
        return " + ".join(self.terms)

    @property
    def label(self) -> str:
        return f"{self.pair} {self.name}" if self.pair else self.name

    def to_dict(self) -> dict:
        return {"name": self.name, "pair": self.pair, "terms": list(self.terms), "expression": self.expression,
                "term_fit": _fit_records(self.term_fit),
                "solution_fit": {k: _num(v) for k, v in self.fit.items()},
                "simplifying_assumptions": _rows_dict(self.simplifying_assumptions)}

    def __repr__(self) -> str:
        return f"<Model {self.label}: {self.expression}>"


class LazyFrames(Mapping):
    """Model name -> simplifying assumptions, each built when first looked up."""

    def __init__(self, models):
        self._models = {m.name: m for m in models}

    def __getitem__(self, name):
        return self._models[name].simplifying_assumptions

    def __iter__(self):
        return iter(self._models)

    def __len__(self):
        return len(self._models)

    def __repr__(self):
        return f"<simplifying assumptions of {len(self)} model(s)>"


@dataclass(eq=False)
class IntermediatePair:
    """Intermediate solution for one (complex model, parsimonious model) pair, named like R's 'C1P1'."""

    name: str
    complex_model: Model
    parsimonious_model: Model
    easy_counterfactuals: pd.DataFrame
    difficult_counterfactuals: pd.DataFrame | None
    implicants: np.ndarray
    prime_implicants: list[str]
    pi_chart: pd.DataFrame
    essential: list[str]
    chart_essential: list[str]
    models: list[Model]
    overall_term_fit: pd.DataFrame | None = None

    def __repr__(self) -> str:
        return (f"<IntermediatePair {self.name}: {len(self.easy_counterfactuals)} easy counterfactual(s); "
                + " | ".join(m.expression for m in self.models) + ">")

    def to_dict(self) -> dict:
        return {"name": self.name, "complex_solution_used": list(self.complex_model.terms),
                "parsimonious_solution_used": list(self.parsimonious_model.terms),
                "easy_counterfactuals": _rows_dict(self.easy_counterfactuals),
                "difficult_counterfactuals": _rows_dict(self.difficult_counterfactuals),
                "prime_implicants": list(self.prime_implicants), "pi_chart": _chart_dict(self.pi_chart),
                "essential": list(self.essential), "chart_essential": list(self.chart_essential),
                "models": [m.to_dict() for m in self.models],
                "overall_term_fit": _fit_records(self.overall_term_fit)}


def _chart_dict(chart: pd.DataFrame) -> dict:
    return {"PIs": [str(i) for i in chart.index], "columns": [str(c) for c in chart.columns],
            "matrix": [[int(v) for v in row] for row in chart.to_numpy()]}


@dataclass(eq=False)
class Solution:
    """Result of `minimize`: every minimal model with its fit, the PI chart and the assumptions made.

    kind is 'conservative' (complex), 'parsimonious' or 'intermediate'. For an intermediate solution, `models`
    are the intermediate models of every (C, P) pair (see `intermediate`), while `prime_implicants`,
    `pi_chart`, `essential` and `simplifying_assumptions` are those of the parsimonious solution, as in R.
    `essential` follows R: the prime implicants common to every minimal model; `chart_essential` the strict
    chart definition (the only implicant covering some positive row)."""

    kind: str
    truth_table: TruthTable
    include: tuple[str, ...]
    models: list[Model]
    implicants: np.ndarray
    prime_implicants: list[str]
    pi_chart: pd.DataFrame
    essential: list[str]
    chart_essential: list[str]
    simplifying_assumptions: dict[str, pd.DataFrame] | None
    overall_term_fit: pd.DataFrame | None = None
    dir_exp: dict | None = None
    intermediate: dict[str, IntermediatePair] | None = None
    conservative: "Solution | None" = None
    parsimonious: "Solution | None" = None
    shortcuts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        return self.truth_table.outcome

    @property
    def outcome_label(self) -> str:
        """The outcome as R prints it after a model: 'Y', '~Y', and 'Y[1]' for multi-value data."""
        d = self.truth_table.data
        if d.multivalue and d.outcome_values is None:
            return d.outcome + "[1]"
        return d.outcome

    @property
    def model_sets(self) -> list[frozenset[str]]:
        return [frozenset(m.terms) for m in self.models]

    def to_frame(self) -> pd.DataFrame:
        """Long table: one row per (model, term) and one per model (term = model name, level = 'model')."""
        recs = []
        for m in self.models:
            for _, r in m.term_fit.iterrows():
                recs.append({"pair": m.pair, "model": m.name, "level": "term", **{c: r[c] for c in FIT_COLUMNS}})
            recs.append({"pair": m.pair, "model": m.name, "level": "model", "term": m.expression,
                         "inclS": m.fit["inclS"], "PRI": m.fit["PRI"], "covS": m.fit["covS"],
                         "covU": math.nan, "cases": ""})
        return pd.DataFrame(recs, columns=["pair", "model", "level"] + FIT_COLUMNS)

    def to_dict(self) -> dict:
        tt = self.truth_table
        out = {
            "kind": self.kind, "outcome": self.outcome, "conditions": list(tt.conditions),
            "include": list(self.include), "dir_exp": _dir_exp_dict(self.dir_exp), "shortcuts": list(self.shortcuts),
            "models": [m.to_dict() for m in self.models],
            "prime_implicants": list(self.prime_implicants), "pi_chart": _chart_dict(self.pi_chart),
            "essential": list(self.essential), "chart_essential": list(self.chart_essential),
            "overall_term_fit": _fit_records(self.overall_term_fit),
            "simplifying_assumptions": None if self.simplifying_assumptions is None else
            {k: _rows_dict(v) for k, v in self.simplifying_assumptions.items()},
            "counts": tt.counts(), "notes": list(self.notes),
        }
        if self.intermediate is not None:
            out["intermediate"] = {k: v.to_dict() for k, v in self.intermediate.items()}
        return out

    # ------------------------------------------------------------------ printing
    def __str__(self) -> str:
        lines: list[str] = []
        if self.intermediate is not None:
            for name, pair in self.intermediate.items():
                lines += [f"From {name}:", ""]
                lines += _models_text(pair.models, pair.essential, pair.overall_term_fit, self.outcome_label)
                lines.append("")
        else:
            lines += _models_text(self.models, self.essential, self.overall_term_fit, self.outcome_label)
        if self.shortcuts:
            lines.append(f"(shortcuts used: {', '.join(self.shortcuts)}; some minimal models may be missing)")
        for note in self.notes:
            lines.append(f"note: {note}")
        return "\n".join(lines).rstrip()

    def __repr__(self) -> str:
        return f"<Solution {self.kind}: {len(self.models)} model(s): " + " | ".join(
            m.expression for m in self.models) + ">"


def _dir_exp_dict(d):
    if d is None:
        return None
    return {k: (None if v is None else sorted(int(x) for x in v)) for k, v in d.items()}


def _arrow(models: list[Model]) -> str:
    necessary = all(m.fit["covS"] >= 1 - 1e-9 and m.fit["inclS"] >= 1 - 1e-9 for m in models)
    return "<->" if necessary else "->"


def _fmt(x) -> str:
    x = float(x)
    return "  -  " if x != x else f"{x:.3f}"


def _models_text(models: list[Model], essential: list[str], overall: pd.DataFrame | None, outcome: str) -> list[str]:
    if not models:
        return ["No model."]
    arrow = _arrow(models)
    multi = len(models) > 1
    ess = set(essential)
    lines = []
    for m in models:
        terms = list(m.terms)
        if multi and ess:
            terms = [t for t in terms if t in ess] + [f"({t})" for t in terms if t not in ess]
        lines.append(f"{m.name}: {' + '.join(terms)} {arrow} {outcome}")
    lines.append("")
    table = overall if multi and overall is not None else models[0].term_fit
    extra = [f"covU({m.name})" for m in models] if multi else []
    header = ["", "", "inclS", "PRI", "covS", "covU"] + [f"({m.name})" for m in models if multi]
    rows = []
    for i, (_, r) in enumerate(table.iterrows(), start=1):
        vals = [str(i), r["term"], _fmt(r["inclS"]), _fmt(r["PRI"]), _fmt(r["covS"]), _fmt(r["covU"])]
        vals += [_fmt(r[c]) if c in table.columns and r[c] == r[c] else "" for c in extra]
        rows.append((vals, r["cases"]))
    model_rows = [(["", m.name, _fmt(m.fit["inclS"]), _fmt(m.fit["PRI"]), _fmt(m.fit["covS"])], "")
                  for m in models]
    ncol = len(header)
    widths = [max([len(header[j])] + [len(v[j]) for v, _ in rows + model_rows if j < len(v)]) for j in range(ncol)]
    widths[2:] = [max(w, 5) for w in widths[2:]]

    def fmt_row(vals, cases=""):
        cells = [vals[0].ljust(widths[0])] + [v.rjust(widths[j]) for j, v in enumerate(vals[1:], 1)]
        text = "  ".join(cells)
        if cases:
            text = text.ljust(len(head_text)) + "  " + cases
        return text.rstrip()

    head_text = "  ".join([h.rjust(w) for h, w in zip(header, widths)])
    head = (head_text + "  cases").rstrip()
    rule = "-" * max(len(head), 20)
    lines += [head, rule] + [fmt_row(v, c) for v, c in rows] + [rule] + [fmt_row(v) for v, _ in model_rows]
    return lines
