"""Configuration charts (Fiss 2011): core and peripheral conditions of a solution's configurations.

A condition of a configuration (a term of the intermediate or conservative solution) is *core* when it also
appears in the parsimonious term that subsumes the configuration (whose literals are a subset of the
configuration's), *peripheral* when it appears only in the configuration (Fiss 2011, Academy of Management
Journal 54(2): 393-420). Generic: nothing here knows about either paper.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .display import frame, shown_as_printed, wrapped
from .errors import counted
from .expressions import format_literal, parse_term
from .r_calls import refuses_r_only_arguments, refuses_unknown_keywords
from .solution import distinct_models as _distinct


# ---------------------------------------------------------------- terms


def term_literals(term: str, conditions: Sequence[str]) -> dict[str, int]:
    """'A*~B' as {'A': 1, 'B': 0} in condition order (crisp/fuzzy literals)."""
    return parse_term(term, list(conditions))


def format_literals(literals: Mapping[str, int], conditions: Sequence[str], multivalue: bool = False) -> str:
    """{'A': 1, 'B': 0} as 'A*~B' in condition order ('1' for the empty term); on multi-value data (`multivalue`)
    every literal with its value, {'A': 2, 'B': 1} as 'A[2]*B[1]', as the solution's terms are written. A value
    above 1 without `multivalue` is refused (it is a level of a multi-value condition, not a negation)."""
    if not multivalue:
        level = next(((c, v) for c, v in literals.items() if int(v) not in (0, 1)), None)
        if level is not None:
            from .errors import QCAInputError, quoted

            raise QCAInputError(f"{quoted(level[0], as_written=True)} takes the value {level[1]}, a level of a "
                                "multi-value condition: "
                                "pass multivalue=True (literals are then written A[v])")
    parts = [format_literal(c, literals[c], multivalue) for c in conditions if c in literals]
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
    return _distinct(solution.models)


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


#: Fiss's (2011) symbols as text, by (value, role): a filled circle for presence, a crossed one for absence; a small
#: one (peripheral) is written •, and ⊗(p) for the crossed circle, which has no small form in text. The printed chart,
#: chart_symbols and the workshop's table of step 7 take them from here.
FISS_SYMBOLS = {(1, "core"): "●", (1, "peripheral"): "•", (0, "core"): "⊗", (0, "peripheral"): "⊗(p)"}


def chart_symbols(paths: pd.DataFrame, conditions: Sequence[str]) -> pd.DataFrame:
    """Conditions × paths with Fiss symbols (FISS_SYMBOLS): ● present, ⊗ absent (core), • / ⊗(p) (peripheral)."""
    long = chart_frame(paths, conditions)
    long["symbol"] = [FISS_SYMBOLS.get((int(v), r), "") if v == v else "" for v, r in zip(long["value"], long["role"])]
    wide = long.pivot(index="condition", columns="path", values="symbol").reindex(index=list(conditions))
    return wide.reindex(columns=paths["path"].tolist())


# ---------------------------------------------------------------- pair-matched charts (one column group per model and its cores)

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
CHART_PATH_COLUMNS = ["group", "pair", "model", "expression", "path", "term", "core", "peripheral", "subsumed_by",
                      "inclS", "PRI", "covS", "covU", "cases"]


#: raw coverages closer than this are a tie (ordered by term): the same number summed in another order differs in its
#: last bits, and path numbers must not follow that noise
TIE_DIGITS = 9


def tie_rounded(values) -> pd.Series:
    """Raw coverages rounded to TIE_DIGITS decimals, for ordering paths (a tie is then broken by core / term)."""
    return pd.Series(values, dtype=float).round(TIE_DIGITS)


def _label_paths(df: pd.DataFrame) -> list[str]:
    """Fiss labels within one model: configurations sharing a core form a group numbered 1, 2, ... (by the
    group's largest raw coverage, then core), lettered a, b, ... inside a group by raw coverage (then term), in the
    order of `df`'s rows; coverages equal to TIE_DIGITS decimals are ties."""
    best = tie_rounded(df["covS"].to_numpy()).groupby(df["core"].to_numpy(), sort=False).max()
    order = sorted(best.index, key=lambda c: (-best[c], c))
    number = {c: i + 1 for i, c in enumerate(order)}
    size = df["core"].map(df["core"].value_counts())
    seen: dict[str, int] = {}
    labels = []
    for core, n in zip(df["core"], size):
        seen[core] = seen.get(core, 0) + 1
        labels.append(f"{number[core]}{_LETTERS[seen[core] - 1]}" if n > 1 else f"{number[core]}")
    return labels


def model_paths(model, parsimonious_terms: Sequence[str], conditions: Sequence[str],
                multivalue: bool | None = None) -> pd.DataFrame:
    """One row per configuration (term) of a model: core and peripheral literals against the given
    parsimonious terms (those of the model's own parsimonious model), the subsuming term(s) and the fit.
    `multivalue`: the data have a multi-value condition (core and peripheral are then written A[v]*B[1]); None
    reads it off the terms, which bracket every literal on multi-value data."""
    return pd.DataFrame(_path_records(model.terms, model.term_fit.to_dict("records"), parsimonious_terms, conditions,
                                      multivalue))


def _path_records(terms: Sequence[str], fit_records: list[dict], parsimonious_terms: Sequence[str],
                  conditions: Sequence[str], multivalue: bool | None, literals: dict | None = None) -> list[dict]:
    """model_paths as records, in its order, for a model's `terms` and their fit (`fit_records`, one dict per term):
    plain Python per model (a chart of hundreds of models built a few frames per model), each term's literals parsed
    once per chart (`literals`, a dict shared by the calls of one chart: term -> {condition: value})."""
    if multivalue is None:
        multivalue = any("[" in t for t in [*terms, *parsimonious_terms])
    literals = {} if literals is None else literals

    def lits(term: str) -> dict[str, int]:
        if term not in literals:
            literals[term] = term_literals(term, conditions)
        return literals[term]

    fit = {r["term"]: r for r in fit_records}
    pars = [(p, lits(p)) for p in parsimonious_terms]
    rows = []
    for term in terms:
        own = lits(term)
        above = [(p, pl) for p, pl in pars if all(own.get(c) == v for c, v in pl.items())]   # subsuming_terms
        cores: dict[str, int] = {}
        for _, pl in above:
            cores.update(pl)
        core = {c: v for c, v in own.items() if cores.get(c) == v}   # condition_roles
        peri = {c: v for c, v in own.items() if cores.get(c) != v}
        f = fit[term]
        rows.append({"term": term, "core": format_literals(core, conditions, multivalue) if core else "",
                     "peripheral": format_literals(peri, conditions, multivalue) if peri else "",
                     "subsumed_by": " + ".join(p for p, _ in above),
                     "inclS": float(f["inclS"]), "PRI": float(f["PRI"]), "covS": float(f["covS"]),
                     "covU": float(f["covU"]), "cases": str(f.get("cases", ""))})
    cov = np.round(np.array([r["covS"] for r in rows], dtype=float), TIE_DIGITS)   # tie_rounded
    order = sorted(range(len(rows)), key=lambda i: (-cov[i], rows[i]["term"]))
    rows, cov = [rows[i] for i in order], cov[order]
    labels = _labels([r["core"] for r in rows], cov)
    rows = [{"path": label, **r} for label, r in zip(labels, rows)]
    return sorted(rows, key=lambda r: (int("".join(ch for ch in r["path"] if ch.isdigit())), r["path"]))


def _labels(cores: list[str], cov: np.ndarray) -> list[str]:
    """_label_paths on plain lists: `cores` and their tie-rounded raw coverages `cov`, in the paths' order."""
    best: dict[str, float] = {}
    for c, v in zip(cores, cov):
        best[c] = max(best[c], v) if c in best else v
    number = {c: i + 1 for i, c in enumerate(sorted(best, key=lambda c: (-best[c], c)))}
    size = {c: cores.count(c) for c in best}
    seen: dict[str, int] = {}
    labels = []
    for core in cores:
        seen[core] = seen.get(core, 0) + 1
        labels.append(f"{number[core]}{_LETTERS[seen[core] - 1]}" if size[core] > 1 else f"{number[core]}")
    return labels


@shown_as_printed
@refuses_unknown_keywords
@dataclass(eq=False)
class ConfigurationChart:
    """The table a Fiss (2011) configuration chart is drawn from: one column group per model and set of core
    conditions, each model's core / peripheral conditions taken from its *own* parsimonious model (the P of its
    (C, P) pair for an intermediate solution), never from the union of all parsimonious models; a model whose
    pairs give it different cores appears in several groups. On multi-value data a condition with more than two
    levels shows its level beside the symbol (●[2] core, •[2] peripheral): ● / ⊗ alone mean presence / absence.
    Built by configuration_chart(): outcome and conditions, the solution's; kind, its kind ('intermediate', ...);
    paths, one row per configuration (group, pair, model, term, core and peripheral literals, fit, cases); model_fit,
    one row per group (pair, model, expression, inclS, PRI, covS); notes, e.g. a term no parsimonious term
    subsumes; noflevels, the levels per condition (empty: 2 each); case_rows, each path's term -> its cases as lists,
    one per truth table row (to_dict() gives them beside `cases`, R's text). Paths are numbered in Fiss order (by raw
    coverage, ties by core and term), so model_fit's expression (the model as minimize() prints it, to match M1, M2,
    ...) may list the terms in another order: print(chart) heads each group with its paths in column order
    ('1: term + 2: term', path_terms())."""

    outcome: str
    conditions: tuple[str, ...]
    kind: str
    paths: pd.DataFrame          # CHART_PATH_COLUMNS, one row per configuration, groups in order
    model_fit: pd.DataFrame      # group, pair, model, expression, inclS, PRI, covS
    notes: list[str] = field(default_factory=list)
    noflevels: tuple[int, ...] = ()   # levels per condition (empty: 2 each)
    #: each path's term -> its cases as lists, one per truth table row (`cases` is R's text, rows joined by '; ')
    case_rows: dict = field(default_factory=dict, repr=False)

    @refuses_r_only_arguments("ConfigurationChart.multi_value_conditions")
    def multi_value_conditions(self) -> list[str]:
        """The conditions with more than two levels (their value in to_frame() is a level, not presence)."""
        return [c for c, n in zip(self.conditions, self.noflevels) if n > 2]

    @property
    def groups(self) -> list[str]:
        """The column groups of the chart, in order: one per model and set of core conditions (model_fit's `group`)."""
        return list(self.model_fit["group"])

    @refuses_r_only_arguments("ConfigurationChart.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """Long table: group, path, condition, value (1, 0 or NaN = blank), role ('core', 'peripheral', '')."""
        rows = []
        for p in self.paths.to_dict("records"):
            core = term_literals(p["core"], self.conditions) if p["core"] else {}
            peri = term_literals(p["peripheral"], self.conditions) if p["peripheral"] else {}
            for c in self.conditions:
                value, role = (core[c], "core") if c in core else (peri[c], "peripheral") if c in peri else (np.nan, "")
                rows.append({"group": p["group"], "path": p["path"], "condition": c, "value": value, "role": role})
        return pd.DataFrame(rows, columns=["group", "path", "condition", "value", "role"])

    @refuses_r_only_arguments("ConfigurationChart.symbols")
    def symbols(self) -> pd.DataFrame:
        """Conditions × (group, path) with Fiss symbols as text: ● / ⊗ core, • / ⊗(p) peripheral, blank; a level v
        of a multi-value condition as ●[v] (core) / •[v] (peripheral)."""
        long = self.to_frame()
        multi = set(self.multi_value_conditions())

        def symbol(c, v, r) -> str:
            if v != v:
                return ""
            if c in multi or int(v) not in (0, 1):   # (a chart built without noflevels: a level shows as one)
                return ("●" if r == "core" else "•") + f"[{int(v)}]"
            return FISS_SYMBOLS[(int(v), r)]

        long["symbol"] = [symbol(c, v, r) for c, v, r in zip(long["condition"], long["value"], long["role"])]
        cols = list(zip(self.paths["group"], self.paths["path"]))
        wide = long.pivot(index="condition", columns=["group", "path"], values="symbol")
        return wide.reindex(index=list(self.conditions), columns=pd.MultiIndex.from_tuples(cols, names=["group", "path"]))

    @refuses_r_only_arguments("ConfigurationChart.to_dict")
    def to_dict(self) -> dict:
        """The chart as JSON-ready data: outcome, conditions, kind, one record per model (model_fit), its paths
        (path_records: each configuration with its conditions' roles, fit and cases) and notes."""
        def clean(v):
            if isinstance(v, (float, np.floating)):
                return None if v != v else float(v)
            return v

        return {"outcome": self.outcome, "conditions": list(self.conditions), "kind": self.kind,
                "models": [{k: clean(v) for k, v in r.items()} for r in self.model_fit.to_dict("records")],
                "paths": self.path_records(clean),
                "notes": list(self.notes)}

    @refuses_r_only_arguments("ConfigurationChart.path_records")
    def path_records(self, clean=None, paths: pd.DataFrame | None = None) -> list[dict]:
        """`paths` (default: the chart's) as JSON records, `clean` (a function; None: none) applied to each value; beside each path's
        `cases` (R's text, a row's cases joined by ',', rows by '; ') its `case_rows`, the rows' case lists, which
        need no splitting (a case name may hold ',' or ';')."""
        recs = []
        for r in (self.paths if paths is None else paths).to_dict("records"):
            d = {}
            for k, v in r.items():
                d[k] = v if clean is None else clean(v)
                if k == "cases" and r["term"] in self.case_rows:
                    d["case_rows"] = [list(row) for row in self.case_rows[r["term"]]]
            recs.append(d)
        return recs

    @refuses_r_only_arguments("ConfigurationChart.path_terms")
    def path_terms(self, group: str) -> str:
        """A group's model as its paths are numbered in the chart: 'label: term' joined by ' + ', in the order of the
        path columns (Fiss order, by raw coverage), which may differ from the order in which minimize() prints the
        model's terms (`model_fit`'s expression, kept as printed so that the model can be matched)."""
        rows = self.paths[self.paths["group"] == group]
        return " + ".join(f"{p}: {t}" for p, t in zip(rows["path"], rows["term"]))

    def __str__(self) -> str:
        """The chart in lines of at most 80 columns (PRINT_WIDTH) but for a term wider than a line: each group's
        model and fit on a line, its paths one a line ('1: DEV*URB*LIT*STB', as the columns are numbered), the
        symbols' table, and the legend a clause a line (it was one line of 203 columns)."""
        out = wrapped(f"Configuration chart for {self.outcome} ({self.kind} solution, "
                      f"{counted(len(self.groups), 'model group')})")
        sym = self.symbols()
        for g, fit in zip(self.groups, self.model_fit.to_dict("records")):
            rows = self.paths[self.paths["group"] == g]
            out += ["", *wrapped(f"{g} = {fit['model']}{' (' + fit['pair'] + ')' if fit['pair'] else ''}: "
                                 f"inclS {fit['inclS']:.3f}, PRI {fit['PRI']:.3f}, covS {fit['covS']:.3f}")]
            out += [f"  {p}: {t}" for p, t in zip(rows["path"], rows["term"])]   # a term has no blank to break at
            out.append(frame(sym[g], index=True))
        present, absent = (", ".join(f"{FISS_SYMBOLS[(v, r)]} {r} {'present' if v else 'absent'}"
                                     for r in ("core", "peripheral")) for v in (1, 0))
        out += ["", f"legend: {present},", f"  {absent},", "  blank: not in the path;",
                *wrapped("core = also in a term of the model's own parsimonious model that subsumes the path "
                         "(Fiss 2011)" + (";" if self.multi_value_conditions() else ""), "    ", "  ")]
        if self.multi_value_conditions():
            out.append("  ●[v] / •[v]: level v of a multi-value condition")
        out += [line for n in self.notes for line in wrapped(f"note: {n}")]
        return "\n".join(out)

    def __repr__(self) -> str:
        return f"<ConfigurationChart {self.outcome}: {counted(len(self.groups), 'group')}, {counted(len(self.paths), 'path')}>"


def _other_table(solution, parsimonious) -> str:
    """Why `parsimonious` was not minimised from `solution`'s truth table ('' if it was): the conditions, the
    outcome, the cases, their memberships and the rows' OUT codes must be the same."""
    a, b = solution.truth_table, parsimonious.truth_table
    if a is b:
        return ""
    da, db = a.data, b.data
    if da.conditions != db.conditions:
        return f"its conditions are {', '.join(db.conditions)}, the solution's {', '.join(da.conditions)}"
    if da.cases != db.cases or not np.array_equal(da.X, db.X):
        return "it comes from other data (other cases or memberships in the conditions)"
    if da.outcome != db.outcome or not np.array_equal(da.y, db.y):
        return f"its outcome is {db.outcome!r}" + (", with other memberships" if da.outcome == db.outcome else "") + \
            f", the solution's {da.outcome!r}"
    if not a.rows["OUT"].equals(b.rows["OUT"]):
        return (f"its truth table codes other rows as positive (incl_cut {b.incl_cut[0]:g}, n_cut {b.n_cut}, "
                f"pri_cut {b.pri_cut:g}; the solution's incl_cut {a.incl_cut[0]:g}, n_cut {a.n_cut}, "
                f"pri_cut {a.pri_cut:g})")
    return ""


@refuses_r_only_arguments("configuration_chart")
def configuration_chart(solution, parsimonious=None) -> ConfigurationChart:
    """Fiss chart table of a solution, one column group per model and set of core conditions (model ambiguity
    shows as several groups; so does a model whose (C, P) pairs give it different cores).

    intermediate: every model of every (C, P) pair, core = literals of the pair's own P term(s) that subsume
    the configuration (a model arising from several pairs with the same roles is listed once);
    parsimonious: every literal is core; conservative: each complex model against each model of
    `parsimonious` (required)."""
    from .errors import QCAInputError

    kind = getattr(solution, "kind", None)
    if kind not in ("intermediate", "parsimonious", "conservative"):
        raise QCAInputError(f"configuration_chart needs a Solution from minimize(), got {type(solution).__name__}")
    if parsimonious is not None:   # required for a conservative solution; otherwise unused, so only checked
        if getattr(parsimonious, "kind", None) != "parsimonious" or not hasattr(parsimonious, "truth_table"):
            raise QCAInputError(f"parsimonious must be a parsimonious Solution, minimize(tt, include='?'), got "
                                f"{getattr(parsimonious, 'kind', None) or type(parsimonious).__name__}"
                                f"{' solution' if hasattr(parsimonious, 'kind') else ''}")
        why = _other_table(solution, parsimonious)
        if why:
            own = ("(a conservative solution's core conditions come from it)" if kind == "conservative" else
                   f"(it is not used: the {kind} solution's core conditions come from its own parsimonious model(s))")
            raise QCAInputError(f"parsimonious must be minimised from the solution's own truth table "
                                f"(minimize(tt, include='?') with the same tt) {own}: {why}")
    conditions = tuple(solution.truth_table.conditions)
    multivalue = solution.truth_table.data.multivalue
    combos = []   # (pair label, model, parsimonious terms)
    if kind == "intermediate":
        for name, pair in solution.intermediate.items():
            for m in pair.models:
                combos.append((name, m, list(pair.parsimonious_model.terms)))
    elif kind == "parsimonious":
        combos = [("", m, list(m.terms)) for m in solution.models]
    else:
        if parsimonious is None:
            raise QCAInputError("a conservative solution's chart needs parsimonious=minimize(tt, include='?'): "
                                "core conditions come from a parsimonious model")
        for i, cm in enumerate(solution.models, start=1):
            for j, pm in enumerate(parsimonious.models, start=1):
                combos.append((f"C{i}P{j}", cm, list(pm.terms)))
    # a group is a model with the cores of one parsimonious model: G1, G2, ...; `model` is the model's number in the
    # solution's own listing (M1, M2, ... as printed by minimize()), so a reader can match the two
    number = {frozenset(m.terms): f"M{i}" for i, m in enumerate(_distinct(solution.models), start=1)}
    paths, fits, notes, seen, literals = [], [], [], {}, {}
    for pair, m, pars in combos:
        recs = _path_records(m.terms, m._fit_records(), pars, conditions, multivalue, literals)
        key = (frozenset(m.terms), tuple(sorted((r["term"], r["core"]) for r in recs)))
        if key in seen:
            fits[seen[key]]["pair"] += "," + pair
            continue
        group = f"G{len(fits) + 1}"
        seen[key] = len(fits)
        fit = m.fit
        fits.append({"group": group, "pair": pair, "model": number[frozenset(m.terms)], "expression": m.expression,
                     "inclS": float(fit["inclS"]), "PRI": float(fit["PRI"]), "covS": float(fit["covS"])})
        orphans = [r["term"] for r in recs if r["subsumed_by"] == ""]
        if orphans:
            notes.append(f"{group} ({number[frozenset(m.terms)]}{', ' + pair if pair else ''}): no term of its parsimonious model subsumes "
                         f"{', '.join(orphans)}, so it has no core condition")
        paths.append((fits[-1], [{"group": group, "model": number[frozenset(m.terms)], "expression": m.expression, **r}
                                 for r in recs]))
    model_fit = pd.DataFrame(fits, columns=["group", "pair", "model", "expression", "inclS", "PRI", "covS"])
    # one frame for every path (a frame per model and a lookup per model took most of a chart of hundreds of models)
    table = pd.DataFrame([{**r, "pair": f["pair"]} for f, recs in paths for r in recs], columns=CHART_PATH_COLUMNS) \
        if paths else pd.DataFrame(columns=CHART_PATH_COLUMNS)
    if len(fits) > 1:
        notes.insert(0, f"model ambiguity: {len(fits)} model groups of {counted(len(number), 'distinct model')}; report them "
                        "all or justify the choice")
    partial = [s for s in (solution, parsimonious) if s is not None and s.partial]
    if partial:   # beyond max_models (or where counting stopped at max_work) a solution lists some models only
        stopped = any(s._count_stopped for s in partial)
        notes.insert(0, "partial answer: the chart shows only the models listed (" + "; ".join(
            "the intermediate solution pairs only the conservative and parsimonious models listed"
            if s.intermediate else
            f"{len(s.models):,} of the {s.n_models:,} minimal models of the {s.kind} solution" if s.n_models_exact else
            f"{len(s.models):,} of at least {s.n_models:,} minimal models of the {s.kind} solution (counting them "
            "stopped at max_work)" for s in partial)
            + ("); raise max_work (CLI --max-work) to count every model and max_models (CLI --max-models) to chart "
               "them all" if stopped else "); raise max_models (CLI --max-models) to chart every model"))
    case_rows = {r["term"]: r["case_rows"] for _, m, _ in combos for r in m._fit_records()}
    return ConfigurationChart(outcome=solution.outcome, conditions=conditions, kind=kind, paths=table,
                              model_fit=model_fit, notes=notes,
                              noflevels=tuple(int(n) for n in solution.truth_table.noflevels),
                              case_rows={t: case_rows[t] for t in table["term"]})
