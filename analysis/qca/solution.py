"""Results of minimisation (models, prime implicant chart, counterfactuals) and their parameters of fit.

Fit of a term X for outcome Y: inclS = sum min(X,Y) / sum X, PRI, covS = sum min(X,Y) / sum Y (see measures.py);
membership in a model is the maximum over its terms. Unique coverage covU of a term = covS(model) - covS(model
without the term) (Ragin 2006); for a one-term model it is undefined, reported NaN (printed '-') as R does.
`cases` lists the cases of the positive truth table rows a term covers, rows separated by '; ' as in R; JSON
(to_dict) gives beside it `case_rows`, the same rows' case lists (a list of lists of names, in the order of
`cases`), which a program reads without splitting (a name may hold ',' or ';': 'Korea, Rep.').
"""
from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._implicants import implicant_chart
from ._remainders import _key
from .checks import read_only, whole
from .display import PRINT_WIDTH, SortedFrozenSet, case_lines as _case_lines, TablesByKey, ljust, rjust, shows_long_names, width, shown_as_printed, wrapped
from .errors import QCAInputError, counted, quoted
from .expressions import _products, format_term, terms_text, true_positions
from .measures import _consistency as consistency, _coverage as coverage, _pri as pri  # inputs checked
from .measures import _two_largest
from .r_calls import refuses_r_only_arguments
from .truth_table import TruthTable

__all__ = ["Model", "IntermediatePair", "Solution", "PIChart", "DirectionalExpectations", "FitCache", "term_fit", "distinct_models",
           "ROWS_LIMIT", "CHART_JSON_LIMIT"]

FIT_COLUMNS = ["term", "inclS", "PRI", "covS", "covU", "cases"]
FRAME_COLUMNS = ["pair", "model", "level"] + FIT_COLUMNS   # to_frame() of a solution, a pair, a model
#: Rows (remainders, counterfactuals) listed at most per set in `to_dict()` / JSON; beyond, counts and cubes only.
ROWS_LIMIT = 1_000
#: Models whose within-model coverage (R's covU(Mi) columns) the printed fit table shows at most: a partial answer
#: lists 1,000 models, and a column each made lines 8,000 characters wide (every model's is in overall_term_fit);
#: up to 20 models (Paper A's ESA parsimonious solution has 12) the table is R's.
PRINT_MODEL_COLUMNS = 20
#: Models (and intermediate (C, P) pairs) a printed solution (print(sol), str(sol), JupyterLab's display, the CLI's
#: text) lists at most, as pandas
#: truncates a long frame: a partial answer lists 1,000 models, whose lines and fit table printed 180 KB. Beyond, the
#: first PRINT_MODELS with the fit of their terms, how many more and where they are (sol.models, to_frame(),
#: to_dict(), --json), and the terms every minimal model holds.
PRINT_MODELS = 20
#: Cells (implicants x positive rows) of a prime implicant chart that `to_dict()` computes when not asked to.
CHART_JSON_LIMIT = 5_000_000


def _multi(tt: TruthTable) -> list[bool]:
    return [kind == "multi-value" for kind in tt.data.kinds]


class FitCache:
    """Per-implicant memberships and fit, computed once per distinct implicant (models share their terms).

    Memberships are kept as one contiguous array per implicant and read as they are, so that a model's fit costs
    O(cases x its terms) passes over contiguous memory however many models share the cache (before, the columns of
    a cases x implicants matrix were stacked again for every model, and argmax / partition walked that matrix
    across its columns: at 100,000 cases and 341 models, to_dict() took 52 s). Each literal (a condition's column or its negation) is computed once for all."""

    def __init__(self, tt: TruthTable, positive_out=("1",)):
        self.tt = tt
        self.y = tt.data.y
        self.positive = tt.out_mask(positive_out)
        self._mem: dict[tuple, np.ndarray] = {}
        self._rec: dict[tuple, dict] = {}
        self._literals: dict = {}   # (condition, value) -> its memberships, shared by every implicant

    def membership(self, implicants: np.ndarray) -> np.ndarray:
        """(cases x implicants) memberships."""
        rows = self._rows(implicants)
        return np.stack(rows, axis=1) if rows else np.zeros((len(self.y), 0))

    def _rows(self, implicants) -> list[np.ndarray]:
        """Each implicant's memberships, a contiguous array per implicant (computed once; not copied)."""
        arr = np.asarray(implicants, dtype=np.int64)
        keys = [tuple(t) for t in arr.reshape(-1, arr.shape[-1]).tolist()] if arr.size else []
        missing = [k for k in dict.fromkeys(keys) if k not in self._mem]
        if missing:
            X = np.asarray(self.tt.data.X, dtype=float)
            mem = _products(X, [[(j, v - 1) for j, v in enumerate(k) if v] for k in missing], _multi(self.tt),
                            cache=self._literals, by_product=True)
            for j, k in enumerate(missing):
                self._mem[k] = mem[j]
        return [self._mem[k] for k in keys]

    def record(self, implicant) -> dict:
        key = _key(implicant)
        if key not in self._rec:
            x = self._rows(np.array([key]))[0]
            hit = implicant_chart(np.array([key]), self.tt.configs)[0] & self.positive
            tt = self.tt
            rows = [tt._case_lists[i] for i in np.flatnonzero(hit)]   # tuples (case_lists copies them all)
            self._rec[key] = {"term": format_term(key, tt.conditions, tt.data.multivalue),
                              "inclS": consistency(x, self.y), "PRI": pri(x, self.y), "covS": coverage(x, self.y),
                              "cases": _joined(rows), "case_rows": rows}
        return self._rec[key]

    def term_fit(self, implicants) -> tuple[pd.DataFrame, dict]:
        recs, fit = self.term_records(implicants)
        return _fit_frame(recs), fit

    def term_records(self, implicants) -> tuple[list[dict], dict]:
        """Per-term records (FIT_COLUMNS) and the fit of the disjunction."""
        imp = np.asarray(implicants).reshape(-1, self.tt.data.k)
        y = self.y
        mem = self._rows(imp)   # each term's memberships, contiguous
        whole, first, second = _two_largest(mem, len(y))
        cov_all = coverage(whole, y)
        recs = []
        for i, t in enumerate(imp):
            # each case's membership without term i: the largest of the others, from the two largest
            cov_u = cov_all - coverage(np.where(first == i, second, whole), y) if len(imp) > 1 else math.nan
            recs.append({**self.record(t), "covU": cov_u})
        return recs, {"inclS": consistency(whole, y), "PRI": pri(whole, y), "covS": cov_all}


def _models_frame(models) -> pd.DataFrame:
    """Models' to_frame() rows, one model after the other."""
    return pd.DataFrame([r for m in models for r in m._frame_records()], columns=FRAME_COLUMNS)


def _joined(case_rows) -> str:
    """A term's cases as R prints them: a row's cases joined by ',', rows by '; '."""
    return "; ".join(",".join(cases) for cases in case_rows)


def _fit_frame(recs: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(recs, columns=FIT_COLUMNS)
    df.index = pd.RangeIndex(1, len(df) + 1)
    return df


def term_fit(tt: TruthTable, implicants: np.ndarray, positive_out=("1",)) -> tuple[pd.DataFrame, dict]:
    """Per-term fit (term, inclS, PRI, covS, covU, cases) and the fit of their disjunction (inclS, PRI, covS)."""
    return FitCache(tt, positive_out).term_fit(implicants)


def distinct_models(models) -> list:
    """Models without repeats (the same set of terms), first occurrence kept: an intermediate solution meets the
    same model once per (complex, parsimonious) pair."""
    seen, out = set(), []
    for m in models:
        key = frozenset(m.terms)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _num(x):
    if x is None:
        return None
    x = float(x)
    return None if x != x else x



def _check_json_options(rows_limit, pi_chart=None) -> int:
    """to_dict()'s options: rows_limit a whole number >= 0 or None (no limit, as max_models=None lists every model),
    pi_chart True, False or None ('no' asked for the chart). Returns the row limit to apply."""
    if rows_limit is None:
        rows_limit = sys.maxsize
    else:
        try:
            whole("rows_limit", rows_limit, least=0)
        except QCAInputError as e:
            raise QCAInputError(str(e).replace("a whole number >= 0,", "a whole number >= 0 or None (every row),", 1)
                                ) from None
    if pi_chart is not None and not isinstance(pi_chart, (bool, np.bool_)):
        raise QCAInputError(f"pi_chart must be True (always include the chart), False (never) or None (when it is "
                            f"small and known), got {quoted(pi_chart)}")
    return int(rows_limit)


def _rows_summary(df: pd.DataFrame | None, rows_limit: int) -> dict:
    """A set of truth table rows for JSON: its size, and the row numbers up to `rows_limit` rows."""
    if df is None:
        return {"n_rows": None, "rows": None}
    return {"n_rows": len(df), "rows": [int(r) for r in df.index] if len(df) <= rows_limit else None}


def _fit_records(df, case_rows: Mapping | None = None, held: Mapping | None = None) -> list[dict] | None:
    """Fit records for JSON (a frame or a list of records); covU within a model ('covU(M1)') only where the model has
    the term: `held` (model name -> its terms) keeps the key, null, where that covU is undefined (a one-term model).
    `cases` is R's text, `case_rows` the same rows' case lists (from the record, else `case_rows[term]`)."""
    if df is None:
        return None
    recs = df.to_dict("records") if isinstance(df, pd.DataFrame) else df
    out = []
    for rec in recs:
        d = {"term": rec["term"]}
        for c in ("inclS", "PRI", "covS", "covU"):
            d[c] = _num(rec[c])
        d["cases"] = rec["cases"]
        rows = rec["case_rows"] if "case_rows" in rec else case_rows[rec["term"]]
        d["case_rows"] = [list(cases) for cases in rows]
        if "printed" in rec:   # overall_term_fit: the term's number in the printed fit table
            d["printed"] = int(rec["printed"])
        for c, v in rec.items():
            if c.startswith("covU(") and (v == v or rec["term"] in (held or {}).get(c[5:-1], ())):
                d[c] = _num(v)
        out.append(d)
    return out


def _lazy(value):
    return value() if callable(value) else value


@dataclass(eq=False)
@shows_long_names
class Model:
    """One minimal model: a disjunction of prime implicants with its fit (computed on first use).

    name: 'M1', 'M2', ... (numbered within its solution or pair); implicants: the prime implicants, one encoded row
    each (expressions.py: 0 = absent, v + 1 = value v); terms: the same as text ('A*~B'); pair: the (C, P) pair
    ('C1P1') of an intermediate model, else None. Built by minimize, not by hand."""

    name: str
    implicants: np.ndarray
    terms: tuple[str, ...]
    _fit: object = field(default=None, repr=False)  # (term records, fit), or a callable returning them
    _sa: object = field(default=None, repr=False)   # remainders inside the model (see _remainders.Remainders)
    pair: str | None = None

    def __post_init__(self):
        self.implicants = read_only(self.implicants)   # a user's change would change the model's later results

    @property
    def term_fit(self) -> pd.DataFrame:
        """The fit of each of the model's terms: inclS, PRI, covS, covU and the cases (R's pof of the model's terms;
        covU within this model), one row per term."""
        self._fit = _lazy(self._fit)
        return _fit_frame(self._fit[0])

    @property
    def fit(self) -> dict:
        """The model's own fit as a whole: {'inclS', 'PRI', 'covS'} of the union of its terms."""
        self._fit = _lazy(self._fit)
        return self._fit[1]

    def _fit_records(self) -> list[dict]:
        self._fit = _lazy(self._fit)
        return self._fit[0]

    @property
    def simplifying_assumptions(self) -> pd.DataFrame | None:
        """Remainders this model covers, by row number (None when more than the expansion limit allows)."""
        return None if self._sa is None else self._sa.frame

    @property
    def expression(self) -> str:
        """The model as R writes it: its terms joined by ' + ' ('DEV*STB + ~URB*LIT')."""
        return " + ".join(self.terms)

    @property
    def label(self) -> str:
        """The model's name as printed: 'M1', or with its pair for an intermediate model ('C1P1 M1')."""
        return f"{self.pair} {self.name}" if self.pair else self.name

    @refuses_r_only_arguments("Model.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """One row per term and one for the model (term = its expression, level = 'model'), as Solution.to_frame()."""
        return pd.DataFrame(self._frame_records(), columns=FRAME_COLUMNS)

    def _frame_records(self) -> list[dict]:
        recs = [{"pair": self.pair, "model": self.name, "level": "term", **{c: r[c] for c in FIT_COLUMNS}}
                for r in self.term_fit.to_dict("records")]
        recs.append({"pair": self.pair, "model": self.name, "level": "model", "term": self.expression,
                     "inclS": self.fit["inclS"], "PRI": self.fit["PRI"], "covS": self.fit["covS"],
                     "covU": math.nan, "cases": ""})
        return recs

    @refuses_r_only_arguments("Model.to_dict")
    def to_dict(self, rows_limit: int | None = ROWS_LIMIT) -> dict:
        """JSON-ready dict of the model: terms, fit and its simplifying assumptions (their count and cubes, and the
        rows themselves when there are at most `rows_limit`, a whole number >= 0 or None for every row), as in
        Solution.to_dict."""
        rows_limit = _check_json_options(rows_limit)
        return {"name": self.name, "pair": self.pair, "terms": list(self.terms), "expression": self.expression,
                "term_fit": _fit_records(self._fit_records()),
                "solution_fit": {k: _num(v) for k, v in self.fit.items()},
                "simplifying_assumptions": None if self._sa is None else self._sa.to_dict(rows_limit)}

    def __repr__(self) -> str:
        return f"<Model {self.label}: {self.expression}>"

    def __getstate__(self) -> dict:
        """Pickled with its fit computed (the lazy fit is a closure, which pickle cannot take): joblib.Memory,
        multiprocessing, a Dask task or pickle.dump of a notebook's results get the same model."""
        self._fit = _lazy(self._fit)
        return dict(self.__dict__)

    def __setstate__(self, state: dict) -> None:
        """Unpickled as built: implicants read-only again (pickle does not keep the flag)."""
        self.__dict__.update(state)
        self.__post_init__()


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
        return f"<simplifying assumptions of {counted(len(self), 'model')}>"


class PIChart:
    """Prime implicants (R's order) and their chart over the positive rows, built on first use and kept as a
    boolean matrix. `source` is the implicant array, or a callable computing it (e.g. every open-world prime
    implicant, which the models themselves do not need)."""

    def __init__(self, tt: TruthTable, source, on: np.ndarray, on_rows: list[int]):
        self._tt, self._source, self._on, self.columns = tt, source, on, [int(r) for r in on_rows]
        self._chart: np.ndarray | None = None
        self._names: list[str] | None = None

    @property
    def ready(self) -> bool:
        """True when the implicants are known (nothing but the boolean chart left to build)."""
        return not callable(self._source)

    @property
    def implicants(self) -> np.ndarray:
        """The prime implicants, encoded (one row per implicant, one column per condition: 0 absent, 1 + the level
        required), in R's order; computed on first use. Read-only: the chart and the names are computed from them."""
        if callable(self._source):
            self._source = read_only(self._source())
        elif self._source.flags.writeable:
            self._source = read_only(self._source)
        return self._source

    @property
    def names(self) -> list[str]:
        """The prime implicants as terms ('DEV*~URB'), in the order of `implicants`."""
        if self._names is None:
            tt = self._tt
            mv = tt.data.multivalue
            self._names = terms_text(self.implicants, tt.conditions, mv)
        return self._names

    @property
    def chart(self) -> np.ndarray:
        """The prime implicant chart: a boolean matrix, implicants x positive rows (`columns`), True where the
        implicant covers the row (R's PI chart). Read-only: chart_essential and to_dict() read it again."""
        if self._chart is None:
            self._chart = read_only(implicant_chart(self.implicants, self._on))
        return self._chart

    @property
    def frame(self) -> pd.DataFrame:
        """Boolean (prime implicants x positive rows) frame."""
        return pd.DataFrame(self.chart, index=self.names, columns=self.columns)

    @property
    def chart_essential(self) -> list[str]:
        """Prime implicants that alone cover some positive row (the strict chart definition)."""
        chart = self.chart
        single = chart.sum(axis=0) == 1
        rows = np.flatnonzero(chart[:, single].any(axis=1))
        names = self.names
        return [names[i] for i in rows]

    @refuses_r_only_arguments("PIChart.to_dict")
    def to_dict(self) -> dict:
        """The chart as JSON-ready data: PIs, the prime implicants' names; columns, the positive rows' numbers;
        covered, for each prime implicant the positions (in columns) of the rows it covers."""
        chart = self.chart
        return {"PIs": self.names, "columns": [str(c) for c in self.columns],
                "covered": true_positions(chart)}



def _chart_json(chart: PIChart, full: bool | None) -> tuple[list | None, dict | None, list | None]:
    """(prime implicants, chart, chart-essential) for JSON, or Nones when the full chart would have to be
    computed and was not asked for (full=None: only if its implicants are known and it is small)."""
    if full is None:
        full = chart.ready and len(chart.implicants) * len(chart.columns) <= CHART_JSON_LIMIT
    if not full:
        return None, None, None
    return chart.names, chart.to_dict(), chart.chart_essential


#: The components of R QCA's minimize() result (sol$solution, sol$IC, ...) as this engine's result holds them: an
#: R user's sol.IC is answered with where it is, not with a bare AttributeError. Keys in lower case.
R_COMPONENTS = {
    "solution": "sol.models (each model's .terms; R's sol$solution[[1]] is sol.models[0].terms)",
    "ic": "sol.to_frame() (the fit of every term and model, R's sol$IC) or sol.models[0].fit",
    "pichart": "sol.pi_chart (R's sol$PIchart)",
    "primes": "sol.prime_implicants (R's sol$primes)",
    "sa": "sol.simplifying_assumptions (R's sol$SA)",
    "i_sol": "sol.intermediate (R's sol$i.sol: the (C, P) pairs, each with .models, .easy_counterfactuals, "
             ".difficult_counterfactuals)",
    "isol": "sol.intermediate (R's sol$i.sol)",
    "tt": "sol.truth_table (R's sol$tt)",
    "ec": "sol.intermediate['C1P1'].easy_counterfactuals (R's i.sol$C1P1$EC)",
    "dc": "sol.intermediate['C1P1'].difficult_counterfactuals (R's i.sol$C1P1$DC)",
}


class _ChartView:
    """What a solution and an intermediate (C, P) pair both show of their prime-implicant chart (computed on
    first use) and of the fit of the implicants their models use."""

    def __getattr__(self, name):
        # only for names not found otherwise; dunders (copy, pickle) keep Python's AttributeError
        meant = R_COMPONENTS.get(name.lower().replace(".", "_")) if not name.startswith("__") else None
        if meant is None:
            raise AttributeError(f"{quoted(type(self).__name__)} object has no attribute {quoted(name)}")
        raise AttributeError(f"{quoted(type(self).__name__)} object has no attribute {quoted(name)}: R QCA's component is "
                             f"{meant}")

    implicants = property(lambda self: self.chart.implicants)
    prime_implicants = property(lambda self: self.chart.names)
    pi_chart = property(lambda self: self.chart.frame)
    chart_essential = property(lambda self: self.chart.chart_essential)

    def _overall_records(self, models) -> list[dict] | None:
        """overall_term_fit for JSON, each term's case_rows taken from the `models` whose terms it lists."""
        rows = {r["term"]: r["case_rows"] for m in models for r in m._fit_records()}
        return _fit_records(self.overall_term_fit, rows, {m.name: m.terms for m in models})

    def __getstate__(self) -> dict:
        """Pickled with the overall term fit computed (a closure until first use), as Model is with its fit."""
        _ = self.overall_term_fit
        return dict(self.__dict__)

    @property
    def overall_term_fit(self) -> pd.DataFrame | None:
        """Fit of every prime implicant used by a listed model, with covU within each model (2+ models: columns
        'covU(M1)', ...; NaN where the model does not hold the term, and where it holds it but covU within it is
        undefined, a one-term model: printed '-' there and blank where the model does not hold it; in JSON null there
        and the key absent). Rows (the index) in R's object order, the prime implicants' order; `printed`: each term's number in the printed fit
        table, which lists the terms every model holds first (as R prints them). The user's own frame (a shallow
        copy, copied by pandas when changed): printing and to_dict() read the solution's."""
        df = _lazy(self._overall)
        if df is not None and "printed" not in df.columns:
            df = df.assign(printed=_printed_numbers(df["term"], self.essential))
        self._overall = df
        return None if df is None else df.copy(deep=False)


@shown_as_printed
@dataclass(eq=False)
class IntermediatePair(_ChartView):
    """Intermediate solution for one (complex model, parsimonious model) pair, named like R's 'C1P1'.

    easy_cubes (JSON: easy_counterfactuals.cubes) are the complex terms widened by the directional expectations;
    the easy counterfactuals are the remainders inside them, so a cube may hold none (all its rows observed).
    name: the pair ('C1P1'); complex_model and parsimonious_model: the two models it joins; difficult_counterfactuals:
    the parsimonious model's simplifying assumptions that are not easy (None when those were not listed, sa_limit);
    models, n_models, partial, n_models_exact, essential, chart: this pair's minimal models, their exact number
    (or a lower bound: n_models_exact False), whether the list was cut, the prime implicants common to all of them
    and the PI chart (as in Solution);
    included_contradictions: contradictory rows inside the easy cubes, don't-cares with include='?,C' (else empty).
    Built by minimize, not by hand."""

    name: str
    complex_model: Model
    parsimonious_model: Model
    easy_counterfactuals: pd.DataFrame
    difficult_counterfactuals: pd.DataFrame | None
    easy_cubes: list[str]
    models: list[Model]
    essential: list[str]
    chart: PIChart
    n_models: int
    partial: bool
    _overall: object = field(default=None, repr=False)
    n_models_exact: bool = True
    _count_stopped: str | None = field(default=None, repr=False)  # why counting stopped (minimize's refusal text)
    # contradictory rows (include='?,C') inside the easy cubes: don't-cares of this pair's minimisation, as they
    # are of the conservative solution (empty unless contradictions are included)
    included_contradictions: pd.DataFrame | None = None


    def _lines(self) -> list[str]:
        """The pair as R prints it (sol$i.sol$C1P1): 'From C1P1:', its models and their fit."""
        lines = [f"From {self.name}:", ""]
        lines += _models_text(self.models, self.essential, self.overall_term_fit, _outcome_label(self.chart._tt),
                              self.partial)
        if self.partial:
            lines.append(_partial_note(self.n_models, len(self.models[0].terms), len(self.models), self.n_models_exact))
        return lines

    def __str__(self) -> str:
        return "\n".join(self._lines()).rstrip()

    @refuses_r_only_arguments("IntermediatePair.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """This pair's models as Solution.to_frame() gives them: one row per (model, term) and one per model."""
        return _models_frame(self.models)

    def __repr__(self) -> str:
        return (f"<IntermediatePair {self.name}: {counted(len(self.easy_counterfactuals), 'easy counterfactual')}; "
                + (f"{counted(len(self.models), 'model')}{_partial_repr(self)}: " if self.partial else "")
                + _listed_models(self.models) + ">")

    @refuses_r_only_arguments("IntermediatePair.to_dict")
    def to_dict(self, rows_limit: int | None = ROWS_LIMIT, pi_chart: bool | None = None) -> dict:
        """JSON-ready dict of the pair, as Solution.to_dict gives it: sets of rows (counterfactuals) by their size
        and, up to `rows_limit` rows, the rows themselves; pi_chart True includes the pair's PI chart, False leaves
        it out, None (default) includes it only when its implicants are known and it has at most CHART_JSON_LIMIT
        cells."""
        rows_limit = _check_json_options(rows_limit, pi_chart)
        pis, chart, chart_ess = _chart_json(self.chart, pi_chart)
        return {"name": self.name, "complex_solution_used": list(self.complex_model.terms),
                "parsimonious_solution_used": list(self.parsimonious_model.terms),
                "easy_counterfactuals": {**_rows_summary(self.easy_counterfactuals, rows_limit),
                                         "cubes": list(self.easy_cubes)},
                "difficult_counterfactuals": _rows_summary(self.difficult_counterfactuals, rows_limit),
                **({"included_contradictions": _rows_summary(self.included_contradictions, rows_limit)}
                   if self.included_contradictions is not None and len(self.included_contradictions) else {}),
                "n_models": self.n_models, "n_models_exact": self.n_models_exact, "partial": self.partial,
                "prime_implicants": pis, "pi_chart": chart,
                "essential": list(self.essential), "chart_essential": chart_ess,
                "models": [m.to_dict(rows_limit) for m in self.models],
                "overall_term_fit": self._overall_records(self.models)}


def _frames_as_copies(cls, docs: Mapping[str, str]):
    """Fields of a result dataclass that hold frames (`docs`: each name with its docstring), each read as the user's
    own (a shallow copy, which pandas copies when changed) and kept as `_name`: pair.easy_counterfactuals.drop(...,
    inplace=True) changed the pair's JSON. The fields stay init arguments (the dataclass's __init__ sets them through
    the property)."""
    for name, doc in docs.items():
        private = "_" + name
        setattr(cls, name, property(lambda self, p=private: None if getattr(self, p) is None
                                    else getattr(self, p).copy(deep=False),
                                    lambda self, value, p=private: setattr(self, p, value), doc=doc))
    return cls


class NoModelError(QCAInputError, IndexError, KeyError):
    """A model asked of sol.models (or a pair's .models) that is not there: by a position past the last
    (sol.models[1] of a one-model solution) or by a name no model has (sol.models['M3']). A QCAInputError naming the
    models there are, and an IndexError / KeyError as a list's and a dict's own."""

    def __str__(self) -> str:   # the message, not KeyError's repr of it
        return str(self.args[0]) if self.args else ""


class ModelList(list):
    """A solution's (or a pair's) minimal models: a list, sol.models[0] being M1, that also takes a model's printed
    name (sol.models['M2']), and whose model out of range raises NoModelError naming the models there are and that
    Python counts from 0 (before: 'list index out of range', and for 'M2' 'list indices must be integers or slices,
    not str')."""

    _of: str | None = None  # the solution's count when the list is partial ('1,200', 'at least 16'): said in errors

    def __getitem__(self, key):
        if isinstance(key, str):
            found = [m for m in self if getattr(m, "name", None) == key.strip()]
            if len(found) == 1:
                return found[0]
            if found:   # an intermediate solution's models are numbered within their (C, P) pair
                pairs = ", ".join(str(m.pair) for m in found)
                raise NoModelError(f"models[{quoted(key)}]: {len(found)} models are named {quoted(key.strip())}, one in each of "
                                   f"the (C, P) pairs {pairs}; ask a pair for its own, e.g. "
                                   f"sol.intermediate[{quoted(found[0].pair)}].models[{quoted(key.strip())}], or give a position")
            raise NoModelError(f"models[{quoted(key)}]: no model of that name; {self._listed()}")
        if isinstance(key, (int, np.integer)) and not isinstance(key, (bool, np.bool_)) \
                and not -len(self) <= key < len(self):
            meant = f": M{key} is models[{key - 1}]" if key == len(self) and key >= 1 else ""
            raise NoModelError(f"models[{key}]: out of range; {self._listed()}; positions count from 0{meant}")
        return super().__getitem__(key)

    def _listed(self) -> str:
        names = [str(getattr(m, "name", "?")) for m in self]
        if not names:
            return "there are no models"
        shown = ", ".join(names[:PRINT_MODELS]) + (f", ... ({len(names):,} in all)" if len(names) > PRINT_MODELS
                                                   else "")
        of = "" if self._of is None else f" listed of {self._of} (a partial answer)"
        if len(names) == 1:
            return f"there is 1 model{of}, {shown}: models[0] or models[{names[0]!r}]"
        return (f"there are {len(names):,} models{of}, {shown}: models[0] to models[{len(names) - 1}], or by name, "
                f"models[{names[0]!r}]")


def _lists_as_copies(cls, docs: Mapping[str, str]):
    """Fields of a result dataclass that hold lists (`docs`: each name with its docstring), each read as the user's
    own copy (a new list) and kept as `_name`: sol.models.pop() or sol.essential.append(...) changed the solution's
    later printout and JSON (and an intermediate solution's essential list is its parsimonious solution's). The fields
    stay init arguments (the dataclass's __init__ sets them through the property). `models` is read as a ModelList
    (a model also by its name, a clear error out of range)."""
    for name, doc in docs.items():
        private = "_" + name
        get = _model_list_of if name == "models" else (lambda self, p=private: list(getattr(self, p)))
        setattr(cls, name, property(get, lambda self, value, p=private: setattr(self, p, value), doc=doc))
    return cls


def count_text(n_models: int, exact: bool) -> str:
    """A count of minimal models as the messages give it: '1,000', or 'at least 1,000' when counting them stopped at
    max_work (n_models_exact False: a lower bound)."""
    return f"{'' if exact else 'at least '}{n_models:,}"


def _model_list_of(result):
    """A solution's or pair's models as a ModelList, which names the count of a partial one ('listed of at least
    16') where it says how many there are."""
    out = ModelList(result._models)
    if result.partial:
        out._of = count_text(result.n_models, result.n_models_exact)
    return out


_lists_as_copies(IntermediatePair, {
    "models": "This pair's minimal models (Model), the first max_models of them when `partial`; a copy of the pair's "
              "own list.",
    "essential": "The prime implicants common to every model of this pair (as R reports them); a copy of the pair's "
                 "own list.",
    "easy_cubes": "The complex terms widened by the directional expectations (JSON: easy_counterfactuals.cubes); a "
                  "copy of the pair's own list.",
})


_frames_as_copies(IntermediatePair, {
    "easy_counterfactuals": "The easy counterfactuals: the remainders inside the easy cubes (the complex terms widened "
                            "by the directional expectations), one row per truth table row; a copy of the pair's own.",
    "difficult_counterfactuals": "The parsimonious model's simplifying assumptions that are not easy, one row per "
                                 "truth table row; None when those were not listed (sa_limit).",
    "included_contradictions": "Contradictory rows inside the easy cubes, don't-cares of this pair's minimisation "
                               "with include='?,C' (else empty), as they are of the conservative solution.",
})


class NoIntermediatePairError(QCAInputError, KeyError):
    """A (C, P) pair asked of a solution that is not intermediate: a QCAInputError, and a KeyError so that
    sol.intermediate.get('C1P1') gives None and 'C1P1' in sol.intermediate is False, as for a missing pair."""

    def __str__(self) -> str:   # the message, not KeyError's repr of it
        return str(self.args[0]) if self.args else ""


class NoIntermediatePairs(Mapping):
    """sol.intermediate of a conservative or parsimonious solution (minimised without dir_exp): no (C, P) pairs.
    Empty and false, so that `if sol.intermediate:` and `sol.intermediate or {}` read it as none; a pair asked for
    by name (sol.intermediate['C1P1']) raises NoIntermediatePairError saying how to get an intermediate solution
    (before, None gave "TypeError: 'NoneType' object is not subscriptable"). It converts as an intermediate
    solution's pairs do (IntermediatePairs), to nothing: to_frame() has no row and their columns, to_dict() is {}
    (sol.intermediate.to_frame() raised AttributeError for any solution but an intermediate one)."""

    def __init__(self, kind: str):
        self.kind = kind

    def __getitem__(self, name):
        raise NoIntermediatePairError(
            f"sol.intermediate[{quoted(name)}]: this {self.kind} solution is not intermediate, so it has no (C, P) pairs; "
            "minimise with directional expectations for one, e.g. minimize(tt, include='?', dir_exp='1,1,-') "
            "(one value per condition, or 'A=1,B=0'; CLI --dir-exp), whose sol.intermediate holds 'C1P1', ...")

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    @refuses_r_only_arguments("NoIntermediatePairs.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """No row, the columns of an intermediate solution's pairs' to_frame() (those of Solution.to_frame())."""
        return _models_frame([])

    @refuses_r_only_arguments("NoIntermediatePairs.to_dict")
    def to_dict(self) -> dict:
        """{}: no pairs, JSON-ready (Solution.to_dict() has no 'intermediate' for this solution)."""
        return {}

    def __repr__(self) -> str:
        return f"<no intermediate (C, P) pairs: a {self.kind} solution (no dir_exp given)>"   # within 80 columns


@shown_as_printed
@dataclass(eq=False)
class Solution(_ChartView):
    """Result of `minimize`: the minimal models with their fit, the PI chart and the assumptions made.

    kind is 'conservative' (complex), 'parsimonious' or 'intermediate'. `n_models` is the exact number of minimal
    models and `model_size` their number of terms; when there are more than `max_models`, `models` lists the
    first `max_models` in canonical order (lexicographic order of their prime implicants in R's order) and
    `partial` is True. When counting them passed max_work, `n_models_exact` is False: `n_models` is a lower bound
    (the models found), `models` the first of those found, `essential` the implicants shown to be in every one. For
    an intermediate solution, `models` are the distinct intermediate models of every (C, P) pair (see
    `intermediate`), `n_models` their number, a lower bound (`n_models_exact` False) whenever the answer is partial
    (pairs not computed, or a pair's list cut or count stopped), while `prime_implicants`, `pi_chart`, `essential` and
    `simplifying_assumptions` are those of the parsimonious solution, as in R. `essential` follows R: the prime
    implicants common to every minimal model; `chart_essential` the strict chart definition (the only implicant
    covering some positive row). The full prime implicant list and chart are computed on first use.
    Fields set by minimize (not built by hand): truth_table, the TruthTable minimised; include, explain and dir_exp,
    the options as read ('?', 'C'; '1', 'C'; {condition: expected values or None}); shortcuts, the opt-in shortcuts
    taken (['row_dominance']); notes, what the user should know (limits reached, lists not given)."""

    kind: str
    truth_table: TruthTable
    include: tuple[str, ...]
    models: list[Model]
    essential: list[str]
    chart: PIChart
    simplifying_assumptions: Mapping | None
    n_models: int = 0
    model_size: int | None = None
    partial: bool = False
    n_models_exact: bool = True
    max_models: int | None = None
    dir_exp: dict | None = None
    intermediate: dict[str, IntermediatePair] | None = None
    conservative: "Solution | None" = None
    parsimonious: "Solution | None" = None
    shortcuts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    explain: tuple[str, ...] = ("1",)   # rows the solution covers: '1', or '1' and 'C' (R's explain)
    _overall: object = field(default=None, repr=False)
    _count_stopped: str | None = field(default=None, repr=False)  # why counting stopped (minimize's refusal text)


    @property
    def outcome(self) -> str:
        """The outcome the solution explains, as the truth table read it ('Y', '~Y', 'Y{v}')."""
        return self.truth_table.outcome

    @property
    def outcome_label(self) -> str:
        """The outcome as R prints it after a model: 'Y', '~Y', and 'Y[1]' for multi-value data."""
        return _outcome_label(self.truth_table)

    @property
    def model_sets(self) -> list[SortedFrozenSet]:
        """Each model's terms as a set (frozenset), in the order of `models`: two solutions have the same models when
        these are equal, whatever the order of the terms. Each is a SortedFrozenSet, printed with its terms in
        sorted order (a plain frozenset printed them in an order that changed from run to run)."""
        return [SortedFrozenSet(m.terms) for m in self.models]

    @refuses_r_only_arguments("Solution.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """Long table: one row per (model, term) and one per model (level = 'model', term = the model's expression,
        covU and cases empty); columns pair (an intermediate model's first (C, P) pair, else None), model, level, term,
        inclS, PRI, covS, covU, cases."""
        return _models_frame(self.models)

    @refuses_r_only_arguments("Solution.to_dict")
    def to_dict(self, rows_limit: int | None = ROWS_LIMIT, pi_chart: bool | None = None) -> dict:
        """JSON-ready dict. Sets of truth table rows (simplifying assumptions, counterfactuals) are given by
        their size, the cubes (terms) that hold them and, up to `rows_limit` rows (None: no limit, as max_models=None),
        the rows themselves. The
        prime implicant chart is included if `pi_chart` (computing every prime implicant if needed), left out
        if False, and by default only when its implicants are already known and it has at most
        CHART_JSON_LIMIT cells."""
        rows_limit = _check_json_options(rows_limit, pi_chart)
        tt = self.truth_table
        pis, chart, chart_ess = _chart_json(self.chart, pi_chart)
        notes = list(self.notes)
        if self._intermediate is not None:
            notes.append("intermediate solution: 'models' are the distinct intermediate models (each names its (C, P) "
                         "pair); prime_implicants, pi_chart, essential, overall_term_fit and simplifying_assumptions "
                         "are the parsimonious solution's, as R reports them; each pair's own are under 'intermediate'")
        if chart is None:
            notes.append("prime implicant chart not computed (the models need only the prime implicants that can "
                         "belong to a minimum cover); ask for it with pi_chart=True (CLI: --pi-chart)")
        out = {
            "kind": self.kind, "outcome": self.outcome, "conditions": list(tt.conditions),
            "explain": list(self.explain), "include": list(self.include), "dir_exp": _dir_exp_dict(self.dir_exp), "shortcuts": list(self.shortcuts),
            "n_models": self.n_models, "n_models_exact": self.n_models_exact, "model_size": self.model_size,
            "partial": self.partial,
            "max_models": self.max_models,
            "models": [m.to_dict(rows_limit) for m in self.models],
            "prime_implicants": pis, "pi_chart": chart,
            "essential": list(self.essential), "chart_essential": chart_ess,
            "overall_term_fit": self._overall_records(self.parsimonious.models if self._intermediate is not None
                                                      else self.models),
            "simplifying_assumptions": {m.name: None if m._sa is None else m._sa.to_dict(rows_limit)
                                        for m in (self.parsimonious.models if self._intermediate is not None
                                                  else self.models)},
            "counts": tt.counts(), "notes": notes,
        }
        if self._intermediate is not None:
            out["intermediate"] = {k: v.to_dict(rows_limit, pi_chart) for k, v in self.intermediate.items()}
        return out

    # ------------------------------------------------------------------ printing
    def __str__(self) -> str:
        lines: list[str] = []
        if self._intermediate is not None:
            pairs = list(self.intermediate.items())
            for name, pair in pairs[:PRINT_MODELS]:   # as the models: the first PRINT_MODELS pairs, and where the rest are
                lines += pair._lines() + [""]
            if len(pairs) > PRINT_MODELS:
                lines += [f"... {len(pairs) - PRINT_MODELS:,} more (C, P) pairs ({pairs[PRINT_MODELS][0]}..{pairs[-1][0]}): "
                          "sol.intermediate holds every pair; sol.models, sol.to_frame(), sol.to_dict() (CLI --json) "
                          "every model", ""]
        else:
            lines += _models_text(self.models, self.essential, self.overall_term_fit, self.outcome_label,
                                  self.partial)
        return "\n".join(lines + self._closing_lines()).rstrip()

    def _closing_lines(self) -> list[str]:
        """The lines the printout ends with, below its tables: a partial answer's (the models listed are not all),
        the shortcuts taken, each note; the CLI's minimize --csv says them on stderr."""
        lines = []
        if self._intermediate is None and self.partial:
            lines.append(_partial_note(self.n_models, self.model_size, len(self.models), self.n_models_exact))
        if self.shortcuts:
            lines.append(f"(shortcuts used: {', '.join(self.shortcuts)}; some minimal models may be missing)")
        return lines + [f"note: {note}" for note in self.notes]

    def __repr__(self) -> str:
        # an intermediate solution's n_models counts the distinct models of the pairs computed, not of them all
        more = " (partial: more may exist)" if self.partial and self._intermediate is not None else _partial_repr(self)
        return f"<Solution {self.kind}: {counted(len(self.models), 'model')}{more}: " + _listed_models(self.models) + ">"


_lists_as_copies(Solution, {
    "models": "The minimal models (Model), in canonical order; the first max_models of them when `partial`. A copy of "
              "the solution's own list (a ModelList: sol.models[0] is M1, sol.models['M1'] too): changing it changes "
              "neither the printout nor to_dict().",
    "essential": "The prime implicants common to every minimal model (R's essential; for an intermediate solution the "
                 "parsimonious solution's); a copy of the solution's own list.",
    "shortcuts": "The opt-in shortcuts taken (['row_dominance']); a copy of the solution's own list.",
    "notes": "What the user should know (limits reached, lists not given), as printed after the models; a copy of the "
             "solution's own list.",
})


@shown_as_printed
class IntermediatePairs(TablesByKey):
    """An intermediate solution's (C, P) pairs by name ('C1P1', ...), a dict read as the user's own copy (popping a
    pair changes neither the printout nor to_dict()); a pair not in it, asked for by name or by position
    (sol.intermediate[0]), raises NoIntermediatePairError naming the pairs there are (before, a bare KeyError:
    'C9P9' or 0). It prints every pair (print() and Jupyter showed the dict's one-line entries), and gives to_frame()
    (every pair's fit table as one, a first column `pair`) and to_dict() ({name: the pair's to_dict()}) as the other
    results do (TablesByKey)."""

    column = "pair"

    def __missing__(self, name):
        names = list(self)
        shown = ", ".join(map(repr, names[:PRINT_MODELS])) + (f", ... ({len(names):,} in all)"
                                                              if len(names) > PRINT_MODELS else "")
        at = (f"; the pairs are named, not numbered: the first is sol.intermediate[{names[0]!r}] "
              "(or list(sol.intermediate.values())[0])" if isinstance(name, (int, np.integer)) and names else "")
        raise NoIntermediatePairError(f"sol.intermediate[{quoted(name)}]: no such (C, P) pair; the pairs are {shown}{at}")


@shown_as_printed
class DirectionalExpectations(dict):
    """Directional expectations as read (parse_dir_exp(), Solution.dir_exp): a dict {condition: the expected values,
    a frozenset, or None for no expectation ('-')} in the conditions' order, indexed and compared as before. print()
    and Jupyter showed the dict's frozensets ("{'DEV': frozenset({1}), 'LIT': None}") and json.dumps refused them;
    it now prints as the NAME=VALUE text parse_dir_exp reads ('DEV=1, URB=0, LIT=-'; the values of a multi-value
    condition in ascending order joined by ';', 'C=0;2'), to_dict() gives {condition: the values as a sorted list,
    or None}, JSON-ready as Solution.to_dict()'s 'dir_exp', and to_frame() a DataFrame of the columns 'condition' and
    'expected' (the value as printed, '-' for none). repr() stays the dict's. expectations: the dict as read
    (parse_dir_exp() builds it)."""

    def __init__(self, expectations=()):
        super().__init__(expectations)

    @staticmethod
    def _text(values) -> str:
        return "-" if values is None else ";".join(str(v) for v in sorted(values))

    @refuses_r_only_arguments("DirectionalExpectations.to_dict")
    def to_dict(self) -> dict:
        """{condition: the expected values as a sorted list of ints, or None}: JSON-ready data."""
        return {k: (None if v is None else sorted(int(x) for x in v)) for k, v in self.items()}

    @refuses_r_only_arguments("DirectionalExpectations.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """One row per condition in order: 'condition' and 'expected' (the values as printed: '1', '0;2', '-')."""
        return pd.DataFrame({"condition": list(self), "expected": [self._text(v) for v in self.values()]},
                            columns=["condition", "expected"])

    def __str__(self) -> str:
        """'DEV=1, URB=0, LIT=-' within 80 columns (PRINT_WIDTH): broken after a comma, never within a NAME=VALUE,
        further lines indented by two (parse_dir_exp reads the wrapped text as the one line)."""
        items = (f"{k}={self._text(v)}".replace(" ", "\xa0") for k, v in self.items())
        return "\n".join(wrapped(", ".join(items))).replace("\xa0", " ")

    def __format__(self, spec: str) -> str:
        """In an f-string (a message, a note): the one line."""
        return format(", ".join(f"{k}={self._text(v)}" for k, v in self.items()), spec)


Solution.dir_exp = property(
    lambda self: None if self._dir_exp is None else DirectionalExpectations(self._dir_exp),
    lambda self, value: setattr(self, "_dir_exp", value),
    doc="The directional expectations as read, a DirectionalExpectations: {condition: expected values (a frozenset) "
        "or None}, printed as 'DEV=1, LIT=-' with to_dict() and to_frame(); None without dir_exp; the user's own "
        "copy (changing it changes neither the printout nor to_dict()).")


def _intermediate_pairs(self):
    return NoIntermediatePairs(self.kind) if self._intermediate is None else IntermediatePairs(self._intermediate)


def _set_intermediate_pairs(self, value) -> None:
    self._intermediate = None if isinstance(value, NoIntermediatePairs) else value


Solution.intermediate = property(
    _intermediate_pairs, _set_intermediate_pairs,
    doc="The intermediate solution's (C, P) pairs by name ('C1P1', ...), each an IntermediatePair; for a conservative "
        "or parsimonious solution an empty, false mapping (NoIntermediatePairs) whose pairs asked for by name raise "
        "an error saying how to get them (minimize(..., dir_exp=...)). Test with `if sol.intermediate:` (or "
        "sol.kind == 'intermediate').")


def _outcome_label(tt: TruthTable) -> str:
    """The outcome as R prints it after a model: 'Y', '~Y', and 'Y[1]' for multi-value data."""
    d = tt.data
    if d.multivalue and d.outcome_values is None:
        return d.outcome + "[1]"
    return d.outcome


def _listed_models(models, shown: int = 10) -> str:
    """The first `shown` models' expressions for a one-line repr, ' | ...' after them when there are more."""
    return " | ".join(m.expression for m in models[:shown]) + (" | ..." if len(models) > shown else "")


def _partial_repr(result) -> str:
    """What a repr says after the number of models listed of a solution or (C, P) pair: '' when it lists them all,
    ' (partial: N in all)' when the list was cut, ' (partial: at least N)' when counting them stopped at max_work."""
    if not result.partial:
        return ""
    return (f" (partial: {result.n_models:,} in all)" if result.n_models_exact
            else f" (partial: at least {result.n_models:,})")


def _partial_note(n_models: int, size, listed: int, exact: bool = True) -> str:
    if not exact:  # the count stopped at max_work (minimize's note says how to finish it)
        return (f"partial answer: at least {n_models:,} minimal model{'s' if n_models != 1 else ''} of {size} prime "
                f"implicants (counting stopped at max_work); the first {listed:,} of those found are listed in "
                "canonical order")
    return (f"partial answer: {n_models:,} minimal models of {size} prime implicants; the first {listed:,} in "
            "canonical order are listed (raise max_models, CLI --max-models, to list more)")


def _dir_exp_dict(d):
    return None if d is None else DirectionalExpectations(d).to_dict()


def _arrow(models: list[Model]) -> str:
    necessary = all(m.fit["covS"] >= 1 - 1e-9 and m.fit["inclS"] >= 1 - 1e-9 for m in models)
    return "<->" if necessary else "->"


def _fmt(x) -> str:
    x = float(x)
    return "  -  " if x != x else f"{x:.3f}"


def _printed_numbers(terms, essential) -> list[int]:
    """Each term's number in the printed fit table of several models: the terms every model holds (`essential`)
    first, then the others, each part in the given order (as R prints them); the given order where all or none
    are shared."""
    terms = list(terms)
    ess = set(essential)
    shared = [t in ess for t in terms]
    if not 0 < sum(shared) < len(terms):
        return list(range(1, len(terms) + 1))
    order = [i for i, s in enumerate(shared) if s] + [i for i, s in enumerate(shared) if not s]
    numbers = [0] * len(terms)
    for n, i in enumerate(order, start=1):
        numbers[i] = n
    return numbers


#: The fewest columns a printed solution's table must leave its cases to wrap them (`_case_lines`): with less
#: room (a table about as wide as the terminal) they stay on the row's line.
_CASES_NARROWEST = 10


def _models_text(models: list[Model], essential: list[str], overall: pd.DataFrame | None, outcome: str,
                 partial: bool = False) -> list[str]:
    """The models, their terms' fit and, beyond PRINT_MODELS models, where the others are; `partial`: the models are
    those listed of more (said where the text counts them)."""
    listed_of = " listed" if partial else ""
    if not models:
        return ["No model."]
    arrow = _arrow(models)
    multi = len(models) > 1
    ess = set(essential)
    listed = models   # every model's line and fit, up to PRINT_MODELS models; beyond, the first PRINT_MODELS
    if len(models) > PRINT_MODELS:
        listed = models[:PRINT_MODELS]
    lines = []
    for m in listed:
        terms = list(m.terms)
        if multi and ess:   # as R prints them: the terms every model holds, then the model's others in one pair
            others = [t for t in terms if t not in ess]   # of brackets, 'A + (B + C)' (CVF_esa.txt of SetMethods)
            terms = [t for t in terms if t in ess] + ([f"({' + '.join(others)})"] if others else [])
        lines.append(f"{m.name}: {' + '.join(terms)} {arrow} {outcome}")
    if len(listed) < len(models):
        lines.append(f"... {len(models) - len(listed):,} more models ({models[len(listed)].name}..{models[-1].name}): "
                     f"sol.models, sol.to_frame(), sol.to_dict() (CLI --json) give every one{listed_of}")
    lines.append("")
    table = overall if multi and overall is not None else models[0].term_fit
    numbers = list(range(1, len(table) + 1))
    split = 0   # as R prints several models: the terms every model holds first, a rule, then the others
    if multi and ess and overall is not None:
        shared = table["term"].isin(ess).to_numpy()
        split = int(shared.sum()) if 0 < shared.sum() < len(table) else 0
        numbers = _printed_numbers(table["term"], ess)   # overall_term_fit's `printed` column: the same numbers
        order = sorted(range(len(table)), key=numbers.__getitem__)
        table, numbers = table.iloc[order], [numbers[i] for i in order]
    if len(listed) < len(models):   # the terms of the models listed, numbered as in the whole table (`printed`)
        used = table["term"].isin({t for m in listed for t in m.terms}).to_numpy()
        split = int((used & table["term"].isin(ess).to_numpy()).sum()) if split else 0
        table, numbers = table[used], [n for n, u in zip(numbers, used) if u]
        split = split if 0 < split < len(table) else 0
    columns = models[:PRINT_MODEL_COLUMNS] if multi else []
    extra = [f"covU({m.name})" for m in columns]
    header = ["", "", "inclS", "PRI", "covS", "covU"] + [f"({m.name})" for m in columns]
    rows = []
    for i, (_, r) in zip(numbers, table.iterrows()):
        vals = [str(i), r["term"], _fmt(r["inclS"]), _fmt(r["PRI"]), _fmt(r["covS"]), _fmt(r["covU"])]
        # a model's column: its covU within the model where it holds the term ('-' where that is undefined: a
        # one-term model, as the covU column of a one-term solution), blank where it does not hold it (as R prints)
        vals += [_fmt(r[c]) if c in table.columns and (r[c] == r[c] or r["term"] in m.terms) else ""
                 for c, m in zip(extra, columns)]
        rows.append((vals, r["cases"]))
    model_rows = [(["", m.name, _fmt(m.fit["inclS"]), _fmt(m.fit["PRI"]), _fmt(m.fit["covS"])], "")
                  for m in listed]
    ncol = len(header)
    widths = [max([width(header[j])] + [width(v[j]) for v, _ in rows + model_rows if j < len(v)]) for j in range(ncol)]
    widths[2:] = [max(w, 5) for w in widths[2:]]
    by_model = []   # a table of several models wider than 80 without its cases: each model's covU in blocks below
    if columns and sum(widths) + 2 * (ncol - 1) > PRINT_WIDTH:
        # (a table within 80 keeps R's layout, a covU column each beside the fit: tests/test_qca_minimize.py
        # compares it with R's; seven models of long names ran to 291 columns)
        by_model = [(v[0], v[6:]) for v, _ in rows]
        by_model_header, by_model_widths = header[6:], widths[6:]
        rows, header, widths, ncol = [(v[:6], c) for v, c in rows], header[:6], widths[:6], 6
    # the columns the cases need beside the table: all of them, or _CASES_NARROWEST (their longest name) to wrap in
    cases_need = min(max([width(c) for _, c in rows] + [0]),
                     max([_CASES_NARROWEST] + [width(n) for _, c in rows for n in _case_lines(c, 1)]))
    cases_need += 2 if cases_need else 0
    fits = PRINT_WIDTH - widths[0] - sum(w + 2 for w in widths[2:]) - 2 - cases_need   # a term's columns within 80
    if (not columns or by_model) and sum(widths) + 2 * (ncol - 1) + cases_need > PRINT_WIDTH \
            and fits >= _CASES_NARROWEST:
        # a term too long for the table to fit 80 (Chinese names, long ones) is on its row's line alone, its fit
        # and cases on the next line, in the columns of the others (a table of several models, with a covU column
        # each, keeps R's layout: tests/test_qca_minimize.py compares it with R's)
        widths[1] = max([width(header[1])] + [width(v[1]) for v, _ in rows + model_rows if width(v[1]) <= fits])

    def fmt_row(vals, cases=""):
        above = ""
        if width(vals[1]) > widths[1]:
            above = f"{ljust(vals[0], widths[0])}  {vals[1]}\n"
            vals = ["", "", *vals[2:]]
        cells = [ljust(vals[0], widths[0])] + [rjust(v, widths[j]) for j, v in enumerate(vals[1:], 1)]
        text = "  ".join(cells)
        if cases:
            # a row wider than 80: its cases wrapped below, in their column, where the table leaves them room (a
            # table wider than 80 itself, a term of long names, keeps them on its line)
            column = width(head_text) + 2
            parts = _case_lines(cases, PRINT_WIDTH - column) if PRINT_WIDTH - column >= _CASES_NARROWEST else [cases]
            text = ljust(text, width(head_text)) + "  " + parts[0] + "".join(f"\n{' ' * column}{p}" for p in parts[1:])
        return above + text.rstrip()

    head_text = "  ".join([rjust(h, w) for h, w in zip(header, widths)])
    head = (head_text + "  cases").rstrip()
    rule = "-" * max(width(head), 20)
    body = [fmt_row(v, c) for v, c in rows]
    if split:
        body.insert(split, rule)
    lines += [head, rule] + body + [rule] + [fmt_row(v) for v, _ in model_rows]
    if by_model:   # the covU within each model, in blocks of columns within 80, each led by the term's number
        per = max(1, (PRINT_WIDTH - widths[0]) // (max(by_model_widths) + 2))
        per = -(-len(by_model_header) // -(-len(by_model_header) // per))   # blocks of even size: 6 + 6, not 11 + 1
        for start in range(0, len(by_model_header), per):
            cols = range(start, min(start + per, len(by_model_header)))
            block = [(ljust("", widths[0]) + "".join("  " + rjust(by_model_header[j], by_model_widths[j])
                                                     for j in cols)).rstrip()]
            block += [(ljust(n, widths[0]) + "".join("  " + rjust(v[j], by_model_widths[j]) for j in cols)).rstrip()
                      for n, v in by_model]
            if split:
                block.insert(1 + split, "-" * max(map(width, block)))
            lines += ["", *block]
    if len(columns) < len(models) and multi:
        lines.append(f"(covU within each model: {columns[0].name}..{columns[-1].name} of {len(models):,} models"
                     f"{listed_of}; all in overall_term_fit, to_frame(), --json)")
    if len(listed) < len(models):
        lines.append(f"terms in every minimal model: {', '.join(essential) or 'none'}")
    return lines
