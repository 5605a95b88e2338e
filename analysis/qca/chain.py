"""Causal chains: every set minimised as the outcome of the others, R QCA's causalChain().

Coincidence analysis (CNA; Baumgartner 2009, "Inferring Causal Complexity", Sociological Methods & Research 38(1))
treats any set of the data as a possible outcome: for each one it searches the redundancy-free disjunctions of
minimally sufficient conjunctions of the other sets that are also necessary for it (its "atomic solution
formulas"), so that an outcome of one formula that is a condition of another shows a chain (U + D <-> L, then
L + G <-> E). R QCA's causalChain() (Dusa; its help page) gets the same formulas by a QCA of each set in turn, on a
truth table with the other sets as conditions, minimised with the remainders (include = "?") and every model kept
(all.sol), a model kept when its consistency reaches sol.cons and its coverage sol.cov (default 0 and 1: cna's con
and cov). causal_chain() does that on this engine's truth_table() and minimize(): for crisp data with the default
cut-offs a model listed is a formula that is sufficient and necessary in the data, with no term and no literal
that could be dropped (prime implicants that each cover a positive row no other term of the model covers).
"""
from __future__ import annotations

import itertools
import math
import re
import warnings
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ._cover import DEFAULT_MAX_WORK
from .checks import flag, near_choices, percent_hint, percent_text_hint, whole
from .data import QCAWarning, missing_case_column
from .data_names import _parse_outcome
from .display import SortedSet, TablesByKey, frame_blocks, shown_as_printed, wrapped
from ._implicants import DEFAULT_MAX_CHART_CELLS, DEFAULT_MAX_IMPLICANTS
from .errors import QCAComplexityError, QCAInputError, counted, in_number, quoted
from .expressions import parse_expression, term_to_implicant, terms_text
from .minimize import DEFAULT_MAX_MODELS, minimize
from .r_calls import refuses_r_only_arguments
from .skew import check_bounds
from .solution import FitCache, Model, Solution
from .truth_table import TruthTable, _cutoffs, truth_table

__all__ = ["causal_chain", "CausalChain", "ChainStep", "ComplexFormulas", "ComplexFormula"]

#: The complex solution formulas' budget of combinations (one asf per outcome): causal_chain's max_csf.
DEFAULT_MAX_CSF = 1_000
#: What csf's refusal past max_csf adds in the library: the way to cna's behaviour, which builds the n.init simplest
#: combinations and warns; the command line's (_SIMPLEST_FLAG_HINT) names its flag, chain --csf --n-init N.
_SIMPLEST_HINT = ("; or chain.simplest_csf({n}) builds the {n} simplest, as cna's csf(n.init = {n}) does: its chains "
                  "and links are read off every csf, so chain.csf refuses to guess from a part")
_SIMPLEST_FLAG_HINT = ("; or --csf --n-init {n} lists the csf of the {n} simplest, as cna's csf(n.init = {n}) builds "
                       "them (the chains are read off every csf)")
#: The exact check of structural redundancy evaluates the asfs over every logically possible configuration of the
#: sets they name, 2^k for k sets: at most this many sets (2^16 = 65,536 configurations).
CSF_MAX_SETS = 16

#: What a sol_depth of 0 (R's default of sol.depth) is told: the two ways to say what R's 0 means.
SOL_DEPTH_ZERO = ("leave it out for models of any number of prime implicants; R's sol.depth = 0 is its default, "
                  "with which causalChain sets 5, its help says: write 5 for that")


def _names(value, what: str, sets: list[str], example: str) -> list[str]:
    """A text 'A, B' or a list of set names, each checked against the data's sets."""
    if isinstance(value, str):
        items = [p.strip() for p in value.split(",")]
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = [str(v).strip() for v in value]
    else:
        raise QCAInputError(f"{what} must be set names, a text such as {example!r} or a list of names, got "
                            f"{type(value).__name__} {quoted(value)}")
    if not items or any(not i for i in items):
        raise QCAInputError(f"{what}: an empty name in {quoted(value)}; write set names separated by commas, "
                            f"e.g. {example!r} (sets: {', '.join(sets)})")
    for item in items:
        base = _set_of(item) if what == "outcomes" else item
        if base not in sets:
            near = [s for s in sets if s.casefold() == base.casefold()] or near_choices(base, sets)
            hint = f"; did you mean {' or '.join(map(repr, near))}?" if near else ""
            hint += " (names are case-sensitive)" if near and near[0].casefold() == base.casefold() else ""
            raise QCAInputError(f"{what}: {quoted(base, as_written=True)} is not a set of the data{hint} (sets: "
                                f"{', '.join(sets)})")
    return items


#: The arguments the chain's notes name with their value ('max_work = 10', '(sol_depth = 2)', 'sol_cons = 0'):
#: the command line's print names their flags instead (--max-work 10), as its error lines do.
_CHAIN_ARGUMENTS = ("incl_cut", "n_cut", "sol_cons", "sol_cov", "sol_depth", "max_models", "max_work", "max_csf")


def _as_flags(text: str) -> str:
    """A note of the chain as the command line says it: 'max_work = 10' -> '--max-work 10'; other words (a
    formula's set names among them) as they are."""
    names = "|".join(_CHAIN_ARGUMENTS)
    return re.sub(rf"(?<![\w-])({names}) = ", lambda m: f"--{m.group(1).replace('_', '-')} ", text)


#: CausalChain.condition's columns, cna's condTbl's with the checks of a csf
_CONDITION_COLUMNS = ["formula", "outcome", "consistency", "coverage", "complexity", "coherence", "exhaustiveness",
                      "faithfulness", "redundant", "cyclic", "listed"]
#: CausalChain.condition's refusal of a formula of another shape
_FORMULA_SHAPE = ("an asf ('model <-> outcome', e.g. 'U + D <-> L') or a csf (asfs in parentheses joined by '*', e.g. "
                  "'(U + D <-> L)*(L + G <-> E)')")


def condition_text(table: pd.DataFrame) -> str:
    """CausalChain.condition's table as the chain command prints it (--condition): a heading, the table in blocks
    within 80 columns, nan as blank (an asf's coherence; a csf's listed where chain.csf is refused)."""
    shown = table.astype(object).where(table.notna(), "")
    return _printed(["Formula scored on the data (cna's condition(); no cut-off applies): consistency and coverage "
                     "(inclS, covS; a csf's the lowest of its asfs'), complexity, coherence (a csf's), exhaustiveness "
                     "and faithfulness; redundant: structurally redundant in the csf (not to be read causally); "
                     "listed: a model (csf) the chain lists", "",
                     frame_blocks(shown, ("formula",), float_format=lambda v: f"{v:.3f}", na_rep="", index=False)])


def _asfs_written(formula) -> list[tuple[str, str, str]]:
    """The asfs of a formula as written, 'U + D <-> L' or '(U + D <-> L)*(L + G <-> E)': each asf's text (its two
    sides stripped, joined by ' <-> '), its model's text and its outcome's."""
    if not isinstance(formula, str):
        raise QCAInputError(f"condition: the formula must be {_FORMULA_SHAPE}, got {type(formula).__name__} "
                            f"{formula!r}")
    text = formula.strip()
    if re.fullmatch(r"\(([^()]*)\)(?:\s*\*\s*\(([^()]*)\))*", text):
        parts = re.findall(r"\(([^()]*)\)", text)
    elif "(" not in text and ")" not in text:
        parts = [text]
    else:
        parts = []
    sides = [p.split("<->") for p in parts]
    if not sides or any(len(s) != 2 or not s[0].strip() or not s[1].strip() for s in sides):
        raise QCAInputError(f"condition: {quoted(formula)} is not {_FORMULA_SHAPE}")
    return [(f"{m.strip()} <-> {o.strip()}", m.strip(), o.strip()) for m, o in sides]


def _asf_key(asf: str) -> tuple:
    """An asf's text as a key that ignores the order of its terms and of their literals: (its outcome, its terms)."""
    model, outcome = asf.rsplit(" <-> ", 1)
    return outcome.strip(), frozenset(frozenset(t.strip() for t in term.split("*")) for term in model.split("+"))


def _term_of(row, conditions) -> dict[str, int]:
    """An implicant row (0 absent, v + 1 the value v) as {condition: value}."""
    return {c: int(v) - 1 for c, v in zip(conditions, row) if int(v)}


def _multi_value(data: pd.DataFrame, conditions) -> bool:
    """Whether a condition of `conditions` has a value above 1 (its terms written 'A{2}', as truth_table() does)."""
    return any(pd.to_numeric(data[c], errors="coerce").max() > 1 for c in conditions)


def _set_of(outcome: str) -> str:
    """The set an outcome names: '~E' -> 'E', 'Y{1}' -> 'Y' (truth_table()'s forms of a negated set and of a value of
    a multi-value one)."""
    return re.sub(r"\{[^{}]*\}$", "", outcome.lstrip("~").strip()).strip()


def _levels(ordering, sets: list[str]) -> list[list[str]]:
    """The causal ordering as levels, earliest first: 'U, D < L < E' or [['U', 'D'], 'L', 'E']; the sets it does not
    name form a level before the first: they are causally before the sets named, as cna's help page for cna() says
    (R QCA's causalChain help page does not say, but gives causalChain(dat2, ordering = "AU") as the same as
    fscna(dat2, ordering = list("AU")), which by cna's rule makes AU the last)."""
    example = "U, D < L < E"
    if isinstance(ordering, str):
        parts = ordering.split("<")
    elif isinstance(ordering, (list, tuple)):
        parts = list(ordering)
    else:
        raise QCAInputError(f"ordering must be a text such as {example!r} (levels separated by '<', sets of a level by "
                            f"commas) or a list of levels such as [['U', 'D'], 'L', 'E'], got "
                            f"{type(ordering).__name__} {quoted(ordering)}")
    levels = [_names(p, "ordering", sets, example) for p in parts]
    seen: dict[str, int] = {}
    for i, level in enumerate(levels, start=1):
        for name in level:
            if name in seen:
                raise QCAInputError(f"ordering: {quoted(name, as_written=True)} is named twice (levels {seen[name]} "
                                    f"and {i}); name each set once")
            seen[name] = i
    before = [s for s in sets if s not in seen]
    return ([before] if before else []) + levels


def _unit(name: str, value) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        v = float("nan")
    if isinstance(value, (bool, np.bool_, str)) or not 0.0 <= v <= 1.0:
        hint = percent_text_hint(value) if isinstance(value, str) else percent_hint(value)
        raise QCAInputError(f"{name} must be a number in [0, 1], got {quoted(value)}{hint}")
    return v


def _irredundant_covers(chart: np.ndarray, limit: int, max_work: int,
                        depth: int | None = None) -> tuple[list[tuple[int, ...]], str, bool]:
    """Every set of prime implicants (rows of `chart`, implicants x positive rows) covering every column with no
    implicant left without a column only it covers (the minimal hitting sets of the columns), fewest implicants
    first, then in the chart's order; at most `limit` (the list is said to stop there only where a further set
    exists: exactly `limit` sets are a whole list), within `max_work` search steps ('' or why the list stops);
    with `depth`, the sets of at most that many implicants only (a branch holding `depth` implicants with a column
    left open is not followed; the third value says whether one was cut so).
    Each set is found once: branching on the implicants of the column with fewest, an implicant tried is left out
    of the later branches, and a branch stops where an implicant chosen before has lost its last own column. The
    search keeps its own stack (depth-first, no recursion), so a model of any number of implicants is found: with
    Python's recursion it stopped with a RecursionError past about 1,000 implicants in one model."""
    chart = np.asarray(chart).astype(bool)
    covers_of = [np.flatnonzero(chart[:, j]) for j in range(chart.shape[1])]
    found: list[tuple[int, ...]] = []
    steps = 0
    deeper = False

    def keeps_own(chosen: list[int], count: np.ndarray, p: int) -> bool:
        """Adding implicant p leaves each implicant chosen before a column that only it covers (or the set would be
        redundant): only the columns p takes from a single owner can be lost."""
        taken = chart[p] & (count == 1)
        if not chosen or not taken.any():
            return True
        new_once = (count + chart[p]) == 1
        return bool((chart[chosen] & new_once).any(axis=1).all())

    def enter(chosen: list[int], count: np.ndarray, banned: frozenset) -> tuple | None:
        """One search step at a node: the node's frame (its branches to try) or None where it is a leaf."""
        nonlocal steps, deeper
        steps += 1
        if steps > max_work:
            raise _Stop(f"the search stopped at max_work = {max_work:,} steps")
        open_cols = np.flatnonzero(count == 0)
        if not len(open_cols):
            found.append(tuple(sorted(chosen)))
            if len(found) > limit:   # one more than the limit exists: only then is the list partial
                found.pop()
                raise _Stop(f"max_models = {limit:,} reached")
            return None
        if depth is not None and len(chosen) >= depth:   # a cover through here has more than depth implicants
            deeper = True
            return None
        col = min(open_cols.tolist(), key=lambda j: len(covers_of[j]))
        return (chosen, count, banned, iter(covers_of[col].tolist()), set())

    stopped = ""
    try:
        root = enter([], np.zeros(chart.shape[1], dtype=np.int64), frozenset())
        stack = [root] if root else []
        while stack:
            chosen, count, banned, branches, tried = stack[-1]
            for p in branches:
                if p in banned:
                    continue
                child = None
                if keeps_own(chosen, count, p):
                    child = enter(chosen + [p], count + chart[p], banned | tried)
                tried.add(p)
                if child:
                    stack.append(child)
                    break
            else:
                stack.pop()
    except _Stop as why:
        stopped = str(why)
    return sorted(found, key=lambda c: (len(c), c)), stopped, deeper


class _Stop(Exception):
    """The search of redundancy-free covers reached its limit of models or of steps."""


#: the columns of a causal chain's to_frame() (CausalChain's and each ChainStep's)
#: an asf's measures beside inclS, PRI and covS: exhaustiveness and faithfulness, then cna 4's further measures
_DETAILS = ("exhaustiveness", "faithfulness", "ccon", "ccov", "PAcon", "AAcov", "AACcon", "PACcov")
_STEP_COLUMNS = ["outcome", "conditions", "model", "expression", "terms", "minimal", "inclS", "PRI", "covS",
                 "complexity", *_DETAILS, "note", "stopped"]


def _complexity(model: Model) -> int:
    """cna's complexity of a model: the literals it writes (a set's appearances left of '<->'), 'A*B + ~C' 3."""
    return int(np.count_nonzero(model.implicants))


def _printed(lines: list[str]) -> str:
    """Lines of prose (a heading, a chain, a note) as an 80-column terminal shows them: each broken at blanks by
    display width (display.wrapped: a Chinese character two columns), its further lines indented by two blanks; an
    empty line and a table (several lines already) kept as they are."""
    return "\n".join(part for line in lines
                     for part in ([line] if not line or "\n" in line else wrapped(line)))


def _printed_rows(records: list[dict]) -> str:
    """Model rows (ChainStep._records) as CausalChain and ChainStep print them: outcome, model, formula (or why there
    is none), the fit, cna's complexity (blank where there is no model), exhaustiveness and faithfulness, to 3
    decimals (cna's further measures are in to_frame() and to_dict(), as cna prints them only when asked); in blocks
    of columns that fit 80 (display.frame_blocks), each block led by the outcome and the model, a long formula
    wrapped at blanks within its cell."""
    rows = pd.DataFrame([{"outcome": r["outcome"], "model": r["model"] or "",
                          "formula": (f"{r['expression']} <-> {r['outcome']}" if r["model"] else
                                      "stopped by a budget, no model (note below)" if r["stopped"] else r["note"]),
                          **{k: r[k] for k in ("inclS", "PRI", "covS")},
                          "complexity": r["complexity"] if r["model"] else None,
                          **{k: r[k] for k in ("exhaustiveness", "faithfulness")}}
                         for r in records])
    rows["complexity"] = rows["complexity"].astype("Int64")
    return frame_blocks(rows, ("outcome", "model"), float_format=lambda v: f"{v:.3f}", na_rep="", index=False)


@shown_as_printed
@dataclass(eq=False)
class ChainStep:
    """One outcome of a causal chain: the set minimised (outcome), the sets it was minimised on (conditions), the
    models that pass sol_cons and sol_cov (models, each a Model with its fit), the truth table (truth_table) and
    the parsimonious solution (solution) they come from (None where there was nothing to minimise), the models found
    that fail the cut-offs (failed), stopped: the budget refusal that stopped this outcome's minimisation (its
    message names the budget, the size met and the flag to raise; '' where it ran to the end: the other outcomes
    are minimised all the same) and a note saying why no model is listed or that the list is partial. Each model's
    asf has cna's complexity (the literals of its model) and exhaustiveness and faithfulness (as cna's asf() gives
    them with its details; _Space.exfaith says how they are counted: on fuzzy sets over the memberships rounded to 0
    or 1, as cna's exfaith() takes them) in to_frame(), to_dict() and print, and cna 4's further measures (ccon,
    ccov, PAcon, AAcov, AACcon, PACcov: _cna_measures says each, over the cases' memberships) in to_frame() and
    to_dict(); nan (None in to_dict()) for a step not made by causal_chain()."""

    outcome: str
    conditions: tuple[str, ...]
    models: list[Model] = field(default_factory=list)
    failed: list[Model] = field(default_factory=list)
    truth_table: TruthTable | None = None
    solution: Solution | None = None
    note: str = ""
    stopped: str = ""
    _details_of = None   # causal_chain()'s measures of an asf: (step, model) -> {exhaustiveness, ..., PACcov}

    def _details(self, model: Model) -> dict[str, float]:
        """The asf's exhaustiveness, faithfulness and cna 4's further measures (CNA_MEASURES), nan each for a step
        not made by causal_chain()."""
        if self._details_of is None:
            return dict.fromkeys(_DETAILS, math.nan)
        return self._details_of(self, model)

    @refuses_r_only_arguments("ChainStep.formula")
    def formula(self, model: Model) -> str:
        """A model as cna writes an atomic solution formula: 'U + D <-> L'."""
        return f"{model.expression} <-> {self.outcome}"

    def _records(self) -> list[dict]:
        """One record per model listed (CausalChain.to_frame's columns), one with no model for an outcome without
        one (its note)."""
        fewest = min((len(m.terms) for m in self.models), default=0)
        recs = [{"outcome": self.outcome, "conditions": ", ".join(self.conditions), "model": m.name,
                 "expression": m.expression, "terms": len(m.terms), "minimal": len(m.terms) == fewest,
                 **{k: m.fit[k] for k in ("inclS", "PRI", "covS")},
                 "complexity": _complexity(m), **self._details(m), "note": self.note, "stopped": self.stopped}
                for m in self.models]
        if not self.models:
            recs.append({"outcome": self.outcome, "conditions": ", ".join(self.conditions), "model": None,
                         "expression": "", "terms": 0, "minimal": False, "inclS": math.nan, "PRI": math.nan,
                         "covS": math.nan, "complexity": 0, **dict.fromkeys(_DETAILS, math.nan), "note": self.note,
                         "stopped": self.stopped})
        return recs

    @refuses_r_only_arguments("ChainStep.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The outcome's rows of CausalChain.to_frame(): one per model listed, or one with no model (its note)."""
        return pd.DataFrame(self._records(), columns=_STEP_COLUMNS)

    @refuses_r_only_arguments("ChainStep.to_dict")
    def to_dict(self) -> dict:
        """The outcome as CausalChain.to_dict() lists it, JSON-ready: outcome, conditions, models (Model.to_dict with
        its formula, complexity, exhaustiveness, faithfulness and cna 4's ccon, ccov, PAcon, AAcov, AACcon and PACcov,
        None where nan), how many models failed the cut-offs, stopped and note (None where there is none)."""
        return {"outcome": self.outcome, "conditions": list(self.conditions),
                "models": [{**m.to_dict(), "formula": self.formula(m), "complexity": _complexity(m),
                            **{k: (None if not math.isfinite(v) else v) for k, v in self._details(m).items()}}
                           for m in self.models],
                "failed": len(self.failed), "stopped": self.stopped or None, "note": self.note or None}

    def __str__(self) -> str:
        """The outcome's models as the causal chain prints them, after the sets it was minimised on, and its note."""
        head = f"{self.outcome} minimised on {', '.join(self.conditions) or 'no set'}"
        note = [f"note: {self.note}"] if self.note and (self.models or self.stopped) else []
        return _printed([head, "", _printed_rows(self._records()), *note])

    def __repr__(self) -> str:   # a stopped outcome is no outcome without a model: say which, as print does
        return f"<ChainStep {self.outcome}: {_count(self)}>"


@shown_as_printed
class CausalChain:
    """causal_chain()'s result: one ChainStep per outcome (chain['E']; steps: a dict of them by outcome, in order, a
    TablesByKey that prints every step and converts with to_frame(), a first column 'outcome', and to_dict(), {outcome:
    the step's to_dict()}, where the plain dict it was printed "<ChainStep E: 1 model>" and json.dumps refused it),
    the links (condition, outcome) of the models listed and the chains among them; settings: the cut-offs, the
    ordering and all_models it was computed with; notes: the warnings of its truth tables, each once. Prints as a
    table and gives to_frame() and to_dict() as the other results do. csf: the complex solution formulas (one asf per
    outcome, structurally redundant asfs removed; crisp, multi-value or fuzzy sets), computed on first use from data
    (the sets, cases x sets, that causal_chain() read) within the budget max_csf (combinations); chains_left_out: the
    chains a structurally redundant asf takes out; acyclic_only: causal_chain()'s (cna's acyclic.only), whether the
    cyclic csf are left out of csf (into csf.cyclic_left_out) with the chains and links only they hold."""

    def __init__(self, steps: dict[str, ChainStep], settings: dict, notes: list[str], data: pd.DataFrame | None = None,
                 max_csf: int = DEFAULT_MAX_CSF, acyclic_only: bool = False):
        self._acyclic_only = acyclic_only   # cna's acyclic.only: the cyclic csf left out of csf
        self._cycle_type = settings.get("cycle_type", "factor")   # cna's cycle.type: cycles of sets or of values
        self.steps = TablesByKey(steps, column="outcome", empty_columns=tuple(_STEP_COLUMNS[1:]))
        self.settings, self.notes = settings, notes
        self._flags = False   # the heading names the arguments (sol_depth); the command line's, their flags
        self._data, self._max_csf = data, max_csf   # the sets (cases x sets) the csf's coherence is computed on
        self._csf_found: tuple | None = None   # (ComplexFormulas or None, the refusal's error or None), on first use

    def _for_command_line(self, reword) -> None:
        """Worded as the command line prints it (cli.py): a budget's refusal by `reword` (the flag to raise alone,
        as error lines say it), the notes and the heading naming the flags (--max-work 10, --sol-depth) where the
        library's name the arguments (max_work = 10, sol_depth)."""
        for step in self.steps.values():
            if step.stopped:
                said = reword(step.stopped)
                step.note, step.stopped = step.note.replace(step.stopped, said), said
            step.note = _as_flags(step.note)
        self._flags = True   # csf's refusal (_csf) is worded then: not computed here, which --csf --n-init skips

    def __getitem__(self, outcome: str) -> ChainStep:
        if outcome not in self.steps:
            raise QCAInputError(f"no outcome {quoted(outcome, as_written=True)} in this causal chain (outcomes: "
                                f"{', '.join(self.steps)})")
        return self.steps[outcome]

    def __iter__(self):
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def outcomes(self) -> list[str]:
        """The outcomes minimised, in the data's order."""
        return list(self.steps)

    @property
    def links(self) -> list[tuple[str, str]]:
        """(condition, outcome) for each set named in a model listed for the outcome, in order, each once. Only the
        models whose asf a csf keeps count: a link named by structurally redundant asfs alone is in links_left_out
        (every link is listed where csf cannot be computed: a budget)."""
        found, refused = self._csf()
        kept = None if refused is not None else {a for c in found.formulas for a in c.asfs}
        return list(self._links(kept))

    @property
    def links_left_out(self) -> list[tuple[str, str, str]]:
        """(condition, outcome, why) for each link named only by structurally redundant asfs."""
        kept = set(self.links)
        found, refused = self._csf()
        cyclic = set() if refused is not None else {a for c in found.cyclic_left_out for a in c.asfs}
        partial = set() if refused is not None else {a for c in found.partial_left_out for a in c.asfs}
        return [(c, o, ("named only by asfs of cyclic csf, left out (cna's acyclic.only), or structurally redundant ("
                        if cyclic & set(asfs) else
                        "named only by asfs of csf with a partial structural redundancy, left out (cna's inus.only), "
                        "or structurally redundant (" if partial & set(asfs) else
                        "named only by structurally redundant asfs (") + "; ".join(asfs) + ")")
                for (c, o), asfs in self._links(None).items() if (c, o) not in kept]

    def _links(self, kept: set | None) -> dict[tuple[str, str], list[str]]:
        """Each link with the asfs naming it; with `kept`, those asfs only."""
        out: dict[tuple[str, str], list[str]] = {}
        for step in self.steps.values():
            for m in step.models:
                if kept is not None and step.formula(m) not in kept:
                    continue
                for cond in step.conditions:
                    if any(re.search(rf"(?<![\w.]){re.escape(cond)}(?![\w.])", t) for t in m.terms):
                        out.setdefault((cond, _set_of(step.outcome)), []).append(step.formula(m))
        return out

    @property
    def chains(self) -> list[tuple[str, str]]:
        """Pairs of formulas listed (upstream, downstream) where the outcome of the first, a set (not its negation
        '~L') or one value of a multi-value set ('L{2}', written 'L[2]' as a condition), is a condition of the
        second, unnegated: ('U + D <-> L', 'L + G <-> E') is the chain U, D -> L -> E. A pair is listed only where
        both formulas are part of one complex solution formula free of structural redundancy (csf); the others are
        in chains_left_out, with the reason (cna's vignette: a structurally redundant asf must not be read
        causally). Where csf cannot be computed (a budget), every pair is listed and the printout says redundancy
        was not checked."""
        found, refused = self._csf()
        if refused is not None:
            return self._pairs()
        together = {frozenset(p) for c in found.formulas for p in itertools.combinations(c.asfs, 2)}
        return [p for p in self._pairs() if frozenset(p) in together]

    @property
    def chains_left_out(self) -> list[tuple[str, str, str]]:
        """(upstream, downstream, why) for each pair of linked formulas no csf keeps together: one of them is
        structurally redundant in every combination holding both ([] where csf cannot be computed)."""
        found, refused = self._csf()
        if refused is not None:
            return []
        kept = set(self.chains)
        out = []
        for up, down in self._pairs():
            if (up, down) in kept:
                continue
            gone = [f for f in (up, down) if f in found.redundant_everywhere]
            cyclic = any(up in c.asfs and down in c.asfs for c in found.cyclic_left_out)
            partial = any(up in c.asfs and down in c.asfs for c in found.partial_left_out)
            why = (f"{' and '.join(gone)} {'is' if len(gone) == 1 else 'are'} structurally redundant in every "
                   "combination of asfs (csf) holding it" if gone else
                   "only cyclic csf hold both, left out (cna's acyclic.only)" if cyclic and not partial else
                   "only csf with a partial structural redundancy" + (" or cyclic ones" if cyclic else "") +
                   " hold both, left out (cna's inus.only" + (", acyclic.only)" if cyclic else ")") if partial else
                   "no complex solution formula free of structural redundancy holds both")
            out.append((up, down, why))
        return out

    def _csf(self) -> tuple:
        """(ComplexFormulas, None), or (None, the refusal) where they cannot be computed; computed once."""
        if self._csf_found is None:
            try:
                self._csf_found = (_complex_formulas(self), None)
            except (QCAInputError, QCAComplexityError) as refused:
                if self._flags:   # the command line's way to the simplest: its flags, not chain.simplest_csf
                    said = re.sub(r"; or chain\.simplest_csf\((\d+)\).*$",
                                  lambda m: _SIMPLEST_FLAG_HINT.format(n=m.group(1)), str(refused))
                    refused = type(refused)(_as_flags(said))
                self._csf_found = (None, refused)
        return self._csf_found

    @property
    def csf(self) -> ComplexFormulas:
        """The complex solution formulas (cna's csf): every combination of one asf (model listed) per outcome that has
        one, its structurally redundant asfs removed, with its coherence (ComplexFormulas). A combination count past
        max_csf is refused (QCAComplexityError)."""
        found, refused = self._csf()
        if refused is not None:
            raise refused
        return found

    @refuses_r_only_arguments("CausalChain.simplest_csf")
    def simplest_csf(self, n_init: int = DEFAULT_MAX_CSF) -> ComplexFormulas:
        """cna's csf(n.init): the complex solution formulas of the n_init simplest combinations of one asf per outcome
        alone (default 1,000, cna's; by complexity, then consistency x coverage, as cna's csf() takes them: its help
        page and source), each numbered as among all the combinations, a note saying how many there are where there
        are more (cna warns "not all csf solutions have been recorded"); past them no combination is built, so no
        max_csf applies. The same as chain.csf where there are at most n_init combinations. chain.csf, chains and
        links take every combination (refused past max_csf): a chain is listed only where a csf holds both of its
        formulas, and one held only by a combination not built would be said to be left out."""
        return _complex_formulas(self, whole("n_init", n_init))

    @refuses_r_only_arguments("CausalChain.condition")
    def condition(self, formula: str) -> pd.DataFrame:
        """cna's condition() / condTbl() of a formula of one's own on the chain's data: an asf 'U + D <-> L' or a csf
        '(U + D <-> L)*(L + G <-> E)' (asfs in parentheses joined by '*'; '~E' a negated outcome, 'E{2}' a value of a
        multi-value set; a model may name any other set of the data). One row per asf, then one for the csf where
        there are several: formula, outcome, consistency and coverage (an asf's inclS and covS over the cases'
        memberships; a csf's the lowest of its asfs', as csf() combines them), complexity (the literals of the
        models), coherence (the csf's, cna's coherence(); nan for an asf), exhaustiveness and faithfulness (cna's
        exfaith(), as the csf's are counted), redundant (an asf: structurally redundant in the csf, the others
        logically equivalent to the whole without it, not to be read causally; the csf: whether it has one; None,
        not checked, where the sets the csf names have more than 2^CSF_MAX_SETS configurations), cyclic
        (the csf: a set a cause of itself through its asfs, by the chain's cycle_type), listed (an asf: a model listed
        of that outcome, its terms in any order; the csf: among chain.csf; None where chain.csf is refused). The
        formula is evaluated as written: no cut-off applies (a row short of sol_cons or sol_cov says so by its
        scores)."""
        data = self._data
        if data is None:
            raise QCAInputError("condition: this causal chain holds no data (made by hand, not by causal_chain())")
        sets = list(map(str, data.columns))
        pairs, keys, seen = [], [], []
        for asf, model_text, outcome in _asfs_written(formula):
            name = _parse_outcome(outcome)[0]
            if name not in sets:
                raise QCAInputError(f"condition: the outcome {quoted(name)} of {quoted(asf)} is not a set of the data "
                                    f"(sets: {', '.join(sets)})")
            if name in seen:
                raise QCAInputError(f"condition: {quoted(formula)} has more than one asf of the outcome {name}; a csf "
                                    "has one asf per outcome")
            seen.append(name)
            conds = tuple(s for s in sets if s != name)
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w.])", model_text):
                raise QCAInputError(f"condition: {quoted(asf)} names its outcome's set {name} in its model; an asf "
                                    "explains an outcome by the other sets")
            terms = parse_expression(model_text, conds)
            imp = np.array([term_to_implicant(t, conds) for t in terms], dtype=np.int64)
            step = ChainStep(outcome, conds)
            model = Model("M1", imp, tuple(terms_text(imp, conds, _multi_value(data, conds))), _fit=([], {}))
            pairs.append((step, model))
            keys.append((_parse_outcome(outcome), frozenset(frozenset(t.items()) for t in terms)))
        named = [s for s in sets if any(s in _named(st, m) for st, m in pairs)]
        texts = [st.formula(m) for st, m in pairs]
        by_asf = dict(zip(texts, pairs))
        space = _Space(data, named, by_asf)
        fits = {}
        for a, (st, m) in by_asf.items():
            x, y = _memberships(st, m, space.raw, space.col, space.fuzzy)
            both = float(np.minimum(x, y).sum())
            fits[a] = (_share(both, float(x.sum())), _share(both, float(y.sum())))
        observed = {a: _agreement(st, m, space.raw, space.col, space.fuzzy) for a, (st, m) in by_asf.items()}
        redundant: set | None = set()
        if len(texts) > 1 and space.configurations(named) <= 2 ** CSF_MAX_SETS:
            logical = space.logical_over(tuple(named), pairs)
            whole = _conjunction(logical, texts)
            redundant = {a for a in texts if np.array_equal(_conjunction(logical, [b for b in texts if b != a]), whole)}
        elif len(texts) > 1:   # past 2^CSF_MAX_SETS configurations not checked: unknown, not 'no'
            redundant = None
        listed_asfs = {(_parse_outcome(st.outcome), frozenset(frozenset(_term_of(row, st.conditions).items())
                                                              for row in np.asarray(m.implicants).reshape(
                                                                  -1, len(st.conditions))))
                       for st in self.steps.values() for m in st.models}
        rows = []
        for a, key in zip(texts, keys):
            ex, fa = space.exfaith((a,))
            rows.append({"formula": a, "outcome": by_asf[a][0].outcome, "consistency": fits[a][0],
                         "coverage": fits[a][1], "complexity": _complexity(by_asf[a][1]), "coherence": math.nan,
                         "exhaustiveness": ex, "faithfulness": fa,
                         "redundant": None if redundant is None else a in redundant, "cyclic": False,
                         "listed": key in listed_asfs})
        if len(texts) > 1:
            found, refused = self._csf()
            listed = None if refused is not None else any(
                {_asf_key(b) for b in c.asfs} == {_asf_key(t) for t in texts} for c in found.formulas)
            ex, fa = space.exfaith(tuple(texts))
            rows.append({"formula": "*".join(f"({a})" for a in texts), "outcome": ",".join(r["outcome"] for r in rows),
                         "consistency": min(fits[a][0] for a in texts), "coverage": min(fits[a][1] for a in texts),
                         "complexity": sum(r["complexity"] for r in rows),
                         "coherence": _coherence(tuple(texts), observed, space.sets_of), "exhaustiveness": ex,
                         "faithfulness": fa, "redundant": None if redundant is None else bool(redundant),
                         "cyclic": bool(_cycle(tuple(texts), by_asf, self._cycle_type)), "listed": listed})
        return pd.DataFrame(rows, columns=_CONDITION_COLUMNS)

    def _pairs(self) -> list[tuple[str, str]]:
        """Each (upstream, downstream) pair of formulas listed where the downstream model names the upstream outcome
        as it is modelled: 'L' (or 'L[1]', as a crisp set is written beside multi-value ones; not '~L' nor 'L[0]'),
        'L{2}' a multi-value set's value as 'L[2]'; a negated outcome or one of several values starts no chain."""
        linked = set(self._links(None))
        out = []
        for up in self.steps.values():
            name, negated, values = _parse_outcome(up.outcome)
            if negated or (values is not None and len(values) != 1):
                continue
            literal = re.escape(name) + (r"(?:\[1\])?" if values is None else rf"\[{values[0]}\]")
            for down in self.steps.values():
                if up is down or (name, _set_of(down.outcome)) not in linked:
                    continue
                for mu in up.models:
                    for md in down.models:
                        if any(re.search(rf"(?<![\w.~]){literal}(?![\w.\[])", t) for t in md.terms):
                            out.append((up.formula(mu), down.formula(md)))
        return out

    def _records(self) -> list[dict]:
        return [r for step in self.steps.values() for r in step._records()]

    @refuses_r_only_arguments("CausalChain.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """One row per model listed (outcome, conditions, model, expression, terms, minimal: among the models with
        fewest terms, inclS, PRI, covS, complexity (cna's: the literals of the model), exhaustiveness, faithfulness,
        ccon, ccov, PAcon, AAcov, AACcon, PACcov (cna's and cna 4's, of its asf; ChainStep says how), note,
        stopped: the budget refusal that stopped the outcome, '' where it ran to the end; csf: the numbers of the
        complex solution formulas holding its asf, as chain.csf numbers them, '1, 2', '' for none; removed_from:
        those whose combinations had it removed as structurally redundant: csf '' and removed_from '1' is an asf no
        csf keeps; a csf left out as a submodel of another has no number), and one row with no model for an outcome
        without one (its note). csf and removed_from are None where chain.csf cannot be computed (fuzzy sets,
        max_csf: print(chain) says why) and for a row with no model."""
        records = self._records()
        for r in records:
            held = self._in_csf(f"{r['expression']} <-> {r['outcome']}") if r["model"] is not None else None
            r["csf"], r["removed_from"] = (None, None) if held is None else (", ".join(map(str, n)) for n in held)
        return pd.DataFrame(records, columns=[*_STEP_COLUMNS, "csf", "removed_from"])

    def _in_csf(self, asf: str) -> tuple[list[int], list[int]] | None:
        """The numbers of the csf holding `asf` and of those whose combinations had it removed (None where csf
        cannot be computed)."""
        found, refused = self._csf()
        if refused is not None:
            return None
        return ([i for i, c in enumerate(found.formulas, start=1) if asf in c.asfs],
                [i for i, c in enumerate(found.formulas, start=1) if asf in c.removed])

    @refuses_r_only_arguments("CausalChain.to_dict")
    def to_dict(self) -> dict:
        """JSON-ready data: the settings, each outcome with its conditions, its models (Model.to_dict, its formula,
        csf and removed_from as to_frame() gives them, lists of csf numbers, None where csf cannot be computed) and its
        note, the links, the chains and the notes."""
        return {"settings": dict(self.settings),
                "outcomes": [{**d, "models": [{**md, **dict(zip(("csf", "removed_from"),
                                                                self._in_csf(md["formula"]) or (None, None)))}
                                              for md in d["models"]]}
                             for d in (s.to_dict() for s in self.steps.values())],
                "links": [list(link) for link in self.links],
                "chains": [list(c) for c in self.chains],
                "links_left_out": [{"condition": c, "outcome": o, "why": w} for c, o, w in self.links_left_out],
                "chains_left_out": [{"upstream": a, "downstream": b, "why": w} for a, b, w in self.chains_left_out],
                "notes": list(self.notes)}

    def __str__(self) -> str:
        s = self.settings
        which = ("every redundancy-free model (R's all.sol)" if s["all_models"]
                 else "the minimal models (fewest terms)")
        if s["sol_depth"] is not None:
            which += f" of at most {counted(s['sol_depth'], 'prime implicant')} " + (
                "(--sol-depth)" if self._flags else "(sol_depth)")
        cut = (f"{s['incl_cut']:g}" if not isinstance(s["incl_cut"], list) else
               "{:g},{:g}".format(*s["incl_cut"]) if self._flags else "({:g}, {:g})".format(*s["incl_cut"]))
        cuts = (f"--incl-cut {cut} --n-cut {s['n_cut']}" if self._flags   # as typed: 'ic1,ic0' is one flag's value
                else f"incl_cut = {cut}, n_cut = {s['n_cut']}")
        head = ("Causal chain (R QCA's causalChain; coincidence analysis, Baumgartner 2009): each outcome minimised on "
                f"the other sets (include '?'; {cuts}): {which} with inclS >= {s['sol_cons']:g} and "
                f"covS >= {s['sol_cov']:g}")
        if s["ordering"]:
            head += f"\nordering {' < '.join(', '.join(level) for level in s['ordering'])}" + (
                " (strict: a set is minimised on the earlier levels only)" if s["strict"] else "")
        if s.get("acyclic_only"):
            values = s.get("cycle_type") == "value"
            head += ("\ncyclic csf left out " + ("(--acyclic-only" if self._flags else "(acyclic_only") +
                     ", cna's acyclic.only" + (("; --cycle-type value" if self._flags else "; cycle_type = 'value'") +
                                              ": cycles of values" if values else "") +
                     "): with the chains and links only they hold")
        lines = [*head.split("\n"), "", _printed_rows(self._records())]
        notes = [f"{st.outcome}: {st.note}" for st in self.steps.values() if st.note and (st.models or st.stopped)]
        chains = self.chains
        found, refused = self._csf()
        checked = (None if refused is not None or not found.unchecked else   # the pairs a checked csf holds
                   {frozenset(p) for c in found.formulas if c.checked for p in itertools.combinations(c.asfs, 2)})
        past = (f" (structural redundancy not checked: only csf of more than 2^CSF_MAX_SETS = {2 ** CSF_MAX_SETS:,} "
                "configurations hold it)")
        lines += [""] + ([f"chain: {a}, then {b}" + (past if checked is not None and frozenset((a, b)) not in checked
                                                          else "")
                          for a, b in chains] if chains else
                         ["no chain: no outcome of a model listed is a condition of another"] if not self._pairs() else
                         ["no chain free of structural redundancy: each pair of linked formulas is left out (below)"])
        lines += [f"chain left out: {a}, then {b}: {why}" + ("" if why.startswith("only cyclic") else
                                                              " (cna: it must not be read causally)")
                  for a, b, why in self.chains_left_out]
        lines += [f"link left out: {c} -> {o}: {why}" for c, o, why in self.links_left_out]
        if refused is not None and self._pairs():
            lines += [f"note: structural redundancy of the chains not checked: {refused}"]
        lines += [f"note: {n}" for n in notes + self.notes]
        return _printed(lines)

    def __repr__(self) -> str:
        return (f"<CausalChain {', '.join(f'{k}: {_count(v)}' for k, v in self.steps.items())}; "
                f"{counted(len(self.chains), 'chain')}>")


@shown_as_printed
@dataclass(frozen=True)
class ComplexFormula:
    """One complex solution formula: asfs, the asfs kept (one per outcome, in the outcomes' order; free of
    structural redundancy), removed: the structurally redundant asfs removed from the combinations that reduce to it,
    combinations: their numbers (1, 2, ... in the order of ComplexFormulas.combinations), coherence, consistency,
    coverage, exhaustiveness and faithfulness (cna's; ComplexFormulas says how each is computed); complexity: cna's,
    the literals of its asfs' models (the first key of cna's order of the csf); partial: (an asf, a proper submodel
    of it one removal away: a term or a literal left out) where the csf logically implies itself with that asf
    replaced by the submodel, a partial structural redundancy by cna's inus.def 'implication' (_partial_redundancy),
    () where none is found;
    checked: False for a combination whose asfs' sets have more than 2^CSF_MAX_SETS configurations (more than
    CSF_MAX_SETS crisp sets), kept whole with its structural redundancy not checked (not known to be free of it);
    cycle: a path by which a set (or a value) is a cause of itself through its asfs, () where there is none (see
    cyclic)."""

    asfs: tuple[str, ...]
    removed: tuple[str, ...]
    combinations: tuple[int, ...]
    coherence: float
    checked: bool = True
    consistency: float = math.nan
    coverage: float = math.nan
    exhaustiveness: float = math.nan
    faithfulness: float = math.nan
    cycle: tuple[str, ...] = ()
    complexity: int = 0
    partial: tuple[str, ...] = ()

    @property
    def cyclic(self) -> bool:
        """Whether a set is a cause of itself through its asfs (cna's cyclic(); with causal_chain's
        cycle_type='value', a value of a set): cycle holds such a path, its first set or value again at its end
        ('C', 'D', 'C'; 'C=1', 'D=0', 'C=1'), () where there is none."""
        return bool(self.cycle)

    @property
    def outcome(self) -> str:
        """Its outcomes, one per asf, as cna's csf() table gives them in its outcome column: 'D,E'."""
        return ",".join(a.rsplit(" <-> ", 1)[1] for a in self.asfs)

    @property
    def formula(self) -> str:
        """As cna writes a csf: '(C + A*B <-> D)*(~A + ~C <-> E)'."""
        return "*".join(f"({a})" for a in self.asfs)

    def _record(self) -> dict:
        """Its row of ComplexFormulas.to_frame(), without the csf's number."""
        return {"outcome": self.outcome, "formula": self.formula, "asfs": len(self.asfs),
                "consistency": self.consistency, "coverage": self.coverage, "complexity": self.complexity,
                "coherence": self.coherence, "exhaustiveness": self.exhaustiveness,
                "faithfulness": self.faithfulness, "removed": "; ".join(self.removed),
                "combinations": ", ".join(map(str, self.combinations)), "checked": self.checked,
                "cyclic": self.cyclic, "partial": " reduced to ".join(self.partial)}

    @refuses_r_only_arguments("ComplexFormula.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """Its row of ComplexFormulas.to_frame() as a one-row DataFrame, without the csf's number: outcome, formula,
        asfs (how many), consistency, coverage, complexity, coherence, exhaustiveness, faithfulness, removed ('; '
        between them), combinations, checked, cyclic, partial."""
        return pd.DataFrame([self._record()])

    @refuses_r_only_arguments("ComplexFormula.to_dict")
    def to_dict(self) -> dict:
        """Its entry of ComplexFormulas.to_dict()'s csf, JSON-ready, without the csf's number: formula, asfs,
        its fit (consistency, coverage, coherence, exhaustiveness, faithfulness; None where one is nan, as JSON has
        no NaN), removed and combinations (lists)."""
        record = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in self._record().items()}
        return {**record, "asfs": list(self.asfs), "removed": list(self.removed), "combinations": list(self.combinations),
                "partial": list(self.partial)}

    def __str__(self) -> str:
        removed = f"; structurally redundant asfs removed: {'; '.join(self.removed)}" if self.removed else ""
        unchecked = ("" if self.checked else "; structural redundancy not checked (more than 2^CSF_MAX_SETS "
                     "configurations)")
        return _printed([f"csf {self.formula}: coherence {self.coherence:.3f}, consistency {self.consistency:.3f}, "
                         f"coverage {self.coverage:.3f}, exhaustiveness {self.exhaustiveness:.3f}, faithfulness "
                         f"{self.faithfulness:.3f}, from {in_number(len(self.combinations), 'combination')} "
                         f"{', '.join(map(str, self.combinations))}{removed}{unchecked}"])


@shown_as_printed
class ComplexFormulas:
    """CausalChain.csf: coincidence analysis's complex solution formulas (cna's csf) on crisp, multi-value and fuzzy
    sets (in the configurations of the check each set takes the values present in the data and a fuzzy set 0 and 1,
    as cna's full.ct of the data does, its help page says). combinations: each
    combination of one asf per outcome with a model listed, as (number, its asfs, the asfs structurally redundant in
    it); formulas: the ComplexFormula each reduces to, each once, in cna's order (by complexity, the literals of their
    asfs' models, then by consistency x coverage, highest first; ties in the order found); sets: the sets the asfs name,
    whose configurations the check takes (each combination's own, where they have more than 2^CSF_MAX_SETS
    configurations); unchecked: the combinations whose own sets have more, kept whole (their csf's checked is False);
    notes: an outcome a budget stopped (not in the csf) or whose list of models is partial. An asf is structurally
    redundant in a combination when the conjunction of the others is logically equivalent to the whole, over every
    logically possible configuration of the sets the asfs name (cna's redundant(), on full.ct: its help page, read
    through the documentation, R not installed here); redundant asfs are removed one at a time, each way, until none is
    left (cna's minimalizeCsf), so a combination can reduce to more than one csf.
    coherence (cna's coherence() help page and source): the cases satisfying every asf of the csf over the cases
    satisfying at least one, a case satisfying an asf where its model and its outcome take the same value (on fuzzy
    sets the sum over the cases of the asfs' smallest agreement 1 - |model - outcome| over the sum of their
    largest); asfs sharing no set are
    taken apart and the lowest of their coherences given (1 for a lone asf), as that page says of csf without a
    factor in common. consistency and coverage: the lowest of its asfs' inclS and covS, as cna's csf() combines them
    (its source; R not installed here), so every csf reaches sol_cons and sol_cov, as each asf listed does: cna's
    csf() re-computes the scores of a csf the removal of redundant asfs changed and drops one that no longer reaches
    con or cov (its help page), which with these scores drops none. exhaustiveness and faithfulness (cna's help page
    for cna() and its exfaith()): of the distinct configurations of the sets the csf names, those in the data that
    satisfy it over all those that satisfy it (the configurations of the check: a set's values present in the data)
    and over those in the data, fuzzy memberships rounded to 0 or 1 first (as exfaith() does); nan where a group of its
    asfs sharing sets has more than 2^CSF_MAX_SETS configurations. cyclic_left_out: the cyclic csf
    causal_chain(acyclic_only=True) leaves out (cna's acyclic.only), not numbered among the formulas.
    submodels_left_out: the csf whose asfs are all asfs of another csf (a submodel of it), left out as cna's csf()
    leaves them out (its help page: after the cyclic ones), not numbered either; submodel_of(csf) gives the numbers of
    the csf it is a submodel of. partial_left_out: the csf with a partial structural redundancy (each one's partial:
    the asf and the proper submodel of it the csf implies), left out first, as cna's csf() with inus.only = TRUE, its
    default, leaves them out (causal_chain says how they are found), not numbered."""

    def __init__(self, combinations: list[tuple[int, tuple[str, ...], tuple[str, ...]]],
                 formulas: list[ComplexFormula], sets: tuple[str, ...], notes: tuple[str, ...] = (),
                 unchecked: dict[int, tuple[tuple[str, ...], int]] | None = None, configurations: int | None = None,
                 cyclic_left_out: list[ComplexFormula] | None = None,
                 submodels_left_out: list[ComplexFormula] | None = None,
                 partial_left_out: list[ComplexFormula] | None = None):
        self.combinations, self.formulas, self.sets, self.notes = combinations, formulas, sets, list(notes)
        # acyclic_only: the cyclic csf left out (cna's acyclic.only), not numbered among the formulas
        self.cyclic_left_out = list(cyclic_left_out or [])
        # cna's csf(): a csf whose asfs are all in another csf listed (a submodel of it), not numbered
        self.submodels_left_out = list(submodels_left_out or [])
        # the csf with a partial structural redundancy, left out as cna's inus.only leaves them, not numbered
        self.partial_left_out = list(partial_left_out or [])
        # combination number -> (the sets its asfs name, their configurations), past 2^CSF_MAX_SETS
        self._unchecked = dict(unchecked or {})
        self._configurations = 2 ** len(sets) if configurations is None else configurations   # of all the sets

    @property
    def unchecked(self) -> list[int]:
        """The numbers of the combinations whose structural redundancy was not checked: their asfs' sets have more
        than 2^CSF_MAX_SETS configurations (each is kept whole as its own csf, checked False)."""
        return sorted(self._unchecked)

    @property
    def redundant_everywhere(self) -> SortedSet:
        """The asfs structurally redundant in every combination holding them (no csf keeps them): a SortedSet, a set
        printed and iterated in sorted order (a plain set of texts printed in an order that changed from run to run)."""
        kept = {a for c in self.formulas + self.cyclic_left_out + self.partial_left_out for a in c.asfs}
        return SortedSet(a for _, asfs, _ in self.combinations for a in asfs if a not in kept)

    @refuses_r_only_arguments("ComplexFormulas.submodel_of")
    def submodel_of(self, csf: ComplexFormula) -> list[int]:
        """The numbers of the csf listed whose asfs include all of `csf`'s and more (csf is a submodel of each)."""
        return [i for i, c in enumerate(self.formulas, start=1) if set(csf.asfs) < set(c.asfs)]

    def __len__(self) -> int:
        return len(self.formulas)

    def __iter__(self):
        return iter(self.formulas)

    def __getitem__(self, i: int) -> ComplexFormula:
        return self.formulas[i]

    def _records(self) -> list[dict]:
        return [{"csf": i, **c._record()} for i, c in enumerate(self.formulas, start=1)]

    @refuses_r_only_arguments("ComplexFormulas.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """One row per csf: csf (its number), outcome (its outcomes, cna's column: 'L,E'), formula, asfs (how many),
        consistency, coverage, complexity (cna's: the literals of its asfs' models), coherence, exhaustiveness,
        faithfulness (cna's, as the class says), removed (the structurally redundant asfs removed, '; ' between them), combinations (the numbers of the combinations reduced to it), checked
        (False: its structural redundancy was not checked, its sets have more than 2^CSF_MAX_SETS configurations),
        cyclic, partial (its partial structural redundancy, 'asf reduced to submodel', '' for none: a csf listed
        has none; those of partial_left_out have one)."""
        return pd.DataFrame(self._records(), columns=["csf", "outcome", "formula", "asfs", "consistency", "coverage",
                                                      "complexity",
                                                      "coherence", "exhaustiveness", "faithfulness", "removed",
                                                      "combinations", "checked", "cyclic", "partial"])

    @refuses_r_only_arguments("ComplexFormulas.to_dict")
    def to_dict(self) -> dict:
        """JSON-ready data: the sets of the check, each combination (its asfs, the redundant ones and whether its
        redundancy was checked), each csf, the cyclic csf left out (with its cycle) and the submodels left out (with
        the numbers of the csf each is a submodel of)."""
        unchecked = set(self.unchecked)
        return {"sets": list(self.sets), "notes": list(self.notes),
                "combinations": [{"combination": n, "asfs": list(a), "redundant": list(r),
                                  "checked": n not in unchecked} for n, a, r in self.combinations],
                "csf": [{"csf": i, **c.to_dict()} for i, c in enumerate(self.formulas, start=1)],
                "cyclic_left_out": [{**c.to_dict(), "cycle": list(c.cycle)} for c in self.cyclic_left_out],
                "submodels_left_out": [{**c.to_dict(), "submodel_of": self.submodel_of(c)}
                                       for c in self.submodels_left_out],
                "partial_left_out": [{**c.to_dict(), "implies": list(c.partial)} for c in self.partial_left_out]}

    def __str__(self) -> str:
        if not self.combinations:
            return _printed(["Complex solution formulas (csf; cna's): none, no outcome has a model listed"]
                            + [f"note: {n}" for n in self.notes])
        over = (f"all {self._configurations:,} configurations of {', '.join(self.sets)}"
                if self._configurations <= 2 ** CSF_MAX_SETS else
                f"all configurations of the sets each combination's asfs name, where they have at most "
                f"2^CSF_MAX_SETS = {2 ** CSF_MAX_SETS:,}")
        head = (f"Complex solution formulas (csf; cna's): {counted(len(self.combinations), 'combination')} of one asf "
                f"per outcome, structural redundancy removed (an exact check over {over})")
        rows = pd.DataFrame([{k: r[k] for k in ("csf", "outcome", "formula", "consistency", "coverage", "complexity",
                                                "coherence",
                                                "exhaustiveness", "faithfulness")} for r in self._records()])
        lines = [head, "", frame_blocks(rows, ("csf",), float_format=lambda v: f"{v:.3f}", na_rep="", index=False)
                 if self.formulas else "no csf listed: each is left out (below)"]
        for n, asfs, red in self.combinations:
            if n in self._unchecked:
                own, many = self._unchecked[n]
                lines.append(f"combination {n}: structural redundancy not checked: its asfs name {len(own)} sets, "
                             f"{many:,} configurations, more than 2^CSF_MAX_SETS = {2 ** CSF_MAX_SETS:,}; kept "
                             "whole as its csf, not known to be free of structural redundancy")
            if red:
                lines.append(f"combination {n}: structurally redundant {'; '.join(red)} (the other asfs are logically "
                             "equivalent to the whole without it: not to be read causally)")
        lines += [f"csf {i}: cyclic ({' -> '.join(c.cycle)})" for i, c in enumerate(self.formulas, start=1)
                  if c.cyclic]
        lines += [f"left out for a partial structural redundancy (cna's inus.only): {c.formula}: it implies its "
                  f"submodel with {c.partial[0]} reduced to {c.partial[1]}" for c in self.partial_left_out]
        lines += [f"left out as cyclic (cna's acyclic.only): {c.formula} ({' -> '.join(c.cycle)})"
                  for c in self.cyclic_left_out]
        lines += [f"left out as a submodel of csf {', '.join(map(str, self.submodel_of(c)))} (cna's csf(): its asfs "
                  f"are all in {'that csf' if len(self.submodel_of(c)) == 1 else 'each of them'}): {c.formula}, from "
                  f"{in_number(len(c.combinations), 'combination')} {', '.join(map(str, c.combinations))}"
                  for c in self.submodels_left_out]
        lines.append("note: a csf's consistency and coverage are the lowest of its asfs' (cna's csf()); exhaustiveness "
                     "and faithfulness count the distinct configurations of the sets it names (cna's exfaith())")
        lines += [f"note: {n}" for n in self.notes]
        return _printed(lines)

    def __repr__(self) -> str:
        return f"<ComplexFormulas {counted(len(self.formulas), 'csf')} of {counted(len(self.combinations), 'combination')}>"


def _holds(step: ChainStep, model: Model, values: np.ndarray, col: dict[str, int]) -> np.ndarray:
    """Where the asf `model <-> outcome` holds (its model and its outcome take the same value), over the rows of
    `values` (a set's values, 0/1 or a multi-value set's 0, 1, 2, ..., one column per set; col: a set's column): the
    outcome 'E' is E = 1, '~E' E = 0, 'E{2}' (a value of a multi-value set, as truth_table() reads it) E = 2."""
    expr = np.zeros(len(values), dtype=bool)
    for imp in np.asarray(model.implicants, dtype=np.int64).reshape(-1, len(step.conditions)):
        term = np.ones(len(values), dtype=bool)
        for cond, code in zip(step.conditions, imp):
            if code:   # expressions.py: 0 absent, v + 1 the value v
                term &= values[:, col[cond]] == code - 1
        expr |= term
    name, negated, chosen = _parse_outcome(step.outcome)
    out = np.isin(values[:, col[name]], list(chosen) if chosen is not None else [1])
    return expr == (~out if negated else out)


def _memberships(step: ChainStep, model: Model, values: np.ndarray, col: dict[str, int],
                 fuzzy) -> tuple[np.ndarray, np.ndarray]:
    """The memberships of the asf `model <-> outcome`'s two sides in each row of `values` (the cases' memberships or
    values): its model's, the largest over its terms of the smallest of their literals, and its outcome's; a literal
    of a fuzzy set (in `fuzzy`) its membership ('X') or 1 minus it ('~X'), of a crisp or multi-value set 1 where the
    set takes the value and 0 elsewhere (the outcome 'E{2}' of a multi-value set: 1 where E = 2)."""
    def literal(name: str, value: int) -> np.ndarray:
        x = values[:, col[name]].astype(float)
        if name in fuzzy:
            return x if value == 1 else 1.0 - x
        return (x == value).astype(float)

    expr = np.zeros(len(values))
    for imp in np.asarray(model.implicants, dtype=np.int64).reshape(-1, len(step.conditions)):
        term = np.ones(len(values))
        for cond, code in zip(step.conditions, imp):
            if code:   # expressions.py: 0 absent, v + 1 the value v
                term = np.minimum(term, literal(cond, code - 1))
        expr = np.maximum(expr, term)
    name, negated, chosen = _parse_outcome(step.outcome)
    out = (np.isin(values[:, col[name]], list(chosen)).astype(float) if chosen is not None else literal(name, 1))
    return expr, (1.0 - out if negated else out)


def _agreement(step: ChainStep, model: Model, values: np.ndarray, col: dict[str, int], fuzzy) -> np.ndarray:
    """How far the asf `model <-> outcome` holds in each row of `values`, as cna's coherence() takes it:
    1 - |model - outcome| (_memberships). On crisp and multi-value sets: 1 where the asf holds (_holds), 0 where not."""
    expr, out = _memberships(step, model, values, col, fuzzy)
    return 1.0 - np.abs(expr - out)


#: cna 4's sufficiency and necessity measures beyond standard consistency and coverage (inclS and covS here), by
#: the short names its showConCovMeasures() gives them: each asf has them in to_frame() and to_dict() (_cna_measures).
CNA_MEASURES = ("ccon", "ccov", "PAcon", "AAcov", "AACcon", "PACcov")


def _share(top: float, bottom: float) -> float:
    """top / bottom, nan where both are 0 (R's 0 / 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.float64(top) / np.float64(bottom))


def _adjusted(xy: float, other: float, both: float, weight_of: float, weight_from: float) -> float:
    """An adjusted measure of De Souter and Baumgartner: xy / (xy + w (other - both)), w = weight_of / weight_from,
    in floating point as R computes it (0 / 0 is nan, a positive number over 0 infinite, infinity times 0 nan)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        w = np.float64(weight_of) / np.float64(weight_from)
        return float(np.float64(xy) / (np.float64(xy) + w * np.float64(other - both)))


def _cna_measures(x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """cna 4's further measures of the sufficiency of x (a model's memberships) for y (its outcome's) and of its
    necessity, over the cases (cna's help page for showMeasures and its package's definitions; De Souter and
    Baumgartner 2025, "New sufficiency and necessity measures for model building with Coincidence Analysis", Zenodo;
    R not installed here). With n cases, X = sum x, Y = sum y, and the complements 1 - x, 1 - y:
    ccon (contrapositive consistency): not-y sufficient for not-x, sum min(1 - x, 1 - y) / sum (1 - y);
    ccov (contrapositive coverage): sum min(1 - x, 1 - y) / sum (1 - x);
    PAcon (prevalence-adjusted consistency): s / (s + Y / (n - Y) * (sum min(x, 1 - y) - b)), s = sum min(x, y),
    b = sum min(x, y, 1 - x, 1 - y) (0 on crisp sets, where PAcon is P(x | y) / (P(x | y) + P(x | not y)));
    AAcov (antecedent-adjusted coverage): s / (s + X / (n - X) * (sum min(1 - x, y) - b));
    AACcon (antecedent-adjusted contrapositive consistency): c / (c + (n - X) / X * (sum min(x, 1 - y) - b)),
    c = sum min(1 - x, 1 - y);
    PACcov (prevalence-adjusted contrapositive coverage): c / (c + (n - Y) / Y * (sum min(1 - x, y) - b)).
    In floating point as R computes them (nan where 0 is divided by 0)."""
    n = float(len(x))
    xs, ys = float(x.sum()), float(y.sum())
    both = float(np.minimum(np.minimum(x, y), np.minimum(1.0 - x, 1.0 - y)).sum())
    s = float(np.minimum(x, y).sum())
    c = float(np.minimum(1.0 - x, 1.0 - y).sum())
    x_not_y = float(np.minimum(x, 1.0 - y).sum())
    y_not_x = float(np.minimum(1.0 - x, y).sum())
    return {"ccon": _share(c, n - ys), "ccov": _share(c, n - xs),
            "PAcon": _adjusted(s, x_not_y, both, ys, n - ys), "AAcov": _adjusted(s, y_not_x, both, xs, n - xs),
            "AACcon": _adjusted(c, x_not_y, both, n - xs, xs), "PACcov": _adjusted(c, y_not_x, both, n - ys, ys)}


def _named(step: ChainStep, model: Model) -> list[str]:
    """The sets an asf names: its outcome's and its model's conditions."""
    imp = np.asarray(model.implicants, dtype=np.int64).reshape(-1, len(step.conditions))
    return [_set_of(step.outcome)] + [c for j, c in enumerate(step.conditions) if imp[:, j].any()]


def _present_values(data: pd.DataFrame, name: str) -> tuple[np.ndarray, bool]:
    """The values set `name` takes in the configurations of the exact checks, as cna's full.ct of the data takes
    them (its help page): those present in the data, so a multi-value set's value no case takes is in no
    configuration; 0 and 1 for a fuzzy set (one with a value other than a whole number); and whether it is fuzzy."""
    v = pd.to_numeric(data[name], errors="coerce").dropna()
    if not (v == v.round()).all():
        return np.array([0, 1], dtype=np.int64), True
    return np.unique(v.to_numpy(dtype=np.int64)), False


class _Space:
    """The configurations of the sets some asfs name and the cases, for the exact checks of structural redundancy,
    coherence, exhaustiveness and faithfulness: named, the sets in the data's order; present, each set's values in
    the configurations (_present_values); fuzzy, the fuzzy sets; raw, the cases' values and memberships; cases, the
    same with each fuzzy membership rounded to 0 or 1 (half to even, as R's round(): 0.5 is 0), as cna's exfaith()
    takes fuzzy data (its source); by_asf, each asf's (step, model); sets_of, the sets each asf names."""

    def __init__(self, data: pd.DataFrame, named: list[str], by_asf: dict):
        self.named, self.by_asf = named, by_asf
        found = {s: _present_values(data, s) for s in named}
        self.present = {s: values for s, (values, _) in found.items()}
        self.fuzzy = {s for s, (_, fuzzy) in found.items() if fuzzy}
        self.raw = data[named].to_numpy(dtype=float)
        self.cases = self.raw.copy()
        for j, s in enumerate(named):
            if s in self.fuzzy:
                self.cases[:, j] = np.round(self.cases[:, j])
        self.col = {s: j for j, s in enumerate(named)}
        self.sets_of = {a: set(_named(st, m)) for a, (st, m) in by_asf.items()}
        self._spaces: dict[tuple[str, ...], dict[str, np.ndarray]] = {}   # the sets of a check -> each asf over them

    def configurations(self, sets) -> int:
        return math.prod(len(self.present[s]) for s in sets)

    def logical_over(self, own: tuple[str, ...], pairs) -> dict[str, np.ndarray]:
        """Each asf of `pairs` (step, model) over every configuration of the values of the sets `own` (the first
        set the slowest), packed bits."""
        logical = self._spaces.setdefault(own, {})
        todo = [(st, m) for st, m in pairs if st.formula(m) not in logical]
        if todo:
            dims = [len(self.present[s]) for s in own]
            index = np.unravel_index(np.arange(math.prod(dims)), dims)
            space = np.stack([self.present[s][i] for s, i in zip(own, index)], axis=1)
            where = {s: j for j, s in enumerate(own)}
            for st, m in todo:
                logical[st.formula(m)] = np.packbits(_holds(st, m, space, where))
        return logical

    def exfaith(self, kept: tuple[str, ...]) -> tuple[float, float]:
        """Exhaustiveness and faithfulness of the conjunction of the asfs `kept` (one asf, or a csf), as cna's
        exfaith() computes them (its source and its help page for cna(); R not installed): of the distinct
        configurations of the sets they name, those observed in the data that satisfy them over all configurations
        of those sets that satisfy them (exhaustiveness) and over those observed (faithfulness); groups of asfs
        sharing no set multiply their counts; exhaustiveness nan where a group's sets have more than
        2^CSF_MAX_SETS configurations or none satisfies them."""
        own = tuple(s for s in self.named if any(s in self.sets_of[a] for a in kept))
        seen = np.unique(self.cases[:, [self.col[s] for s in own]], axis=0)
        where = {s: j for j, s in enumerate(own)}
        holds = np.ones(len(seen), dtype=bool)
        for a in kept:
            holds &= _holds(*self.by_asf[a], seen, where)
        possible = 1.0
        for g in _share_sets(kept, self.sets_of):   # groups sharing no set: the configurations satisfying each multiply
            gs = tuple(s for s in self.named if any(s in self.sets_of[a] for a in g))
            if self.configurations(gs) > 2 ** CSF_MAX_SETS:
                possible = math.nan
                break
            possible *= int(np.unpackbits(_conjunction(self.logical_over(gs, [self.by_asf[a] for a in g]), g)).sum())
        return (float(holds.sum() / possible) if possible else math.nan, float(holds.sum() / len(seen)))


def _asf_measures(data: pd.DataFrame):
    """The measure ChainStep._details asks: (step, model) -> the asf's exhaustiveness and faithfulness
    (_Space.exfaith) and cna 4's further measures (CNA_MEASURES, _cna_measures over the cases' memberships), each
    asf's computed when first asked (one _Space over the data's sets)."""
    space = _Space(data, list(map(str, data.columns)), {})
    found: dict[str, dict[str, float]] = {}

    def measure(step: ChainStep, model: Model) -> dict[str, float]:
        asf = step.formula(model)
        if asf not in found:
            space.by_asf[asf], space.sets_of[asf] = (step, model), set(_named(step, model))
            exhaustiveness, faithfulness = space.exfaith((asf,))
            found[asf] = {"exhaustiveness": exhaustiveness, "faithfulness": faithfulness,
                          **_cna_measures(*_memberships(step, model, space.raw, space.col, space.fuzzy))}
        return found[asf]

    return measure


def _simplest_combinations(steps: list[ChainStep], n_init: int) -> list[tuple[int, tuple[Model, ...]]]:
    """The n_init combinations of one asf per outcome (one model of each step) that cna's csf() builds first (its
    help page's first step, its n.init; its source, read through the search tool: the asfs of each outcome as its
    asf() lists them, by complexity, then consistency x coverage; the combinations by their complexity, the sum of
    their asfs', then by consistency x coverage, the lowest inclS of their asfs times the lowest covS, highest first;
    ties in the order the combinations are made, the first outcome's asf changing slowest), each with its number
    among all the combinations (1, 2, ... in the order itertools.product makes them, as ComplexFormulas numbers
    them), in the order of those numbers. The combinations are built outcome by outcome, after each keeping the
    simplest n_init and their ties in complexity (a combination outside them cannot be among the n_init simplest of
    the whole: at least n_init others are simpler at that outcome, and stay simpler whatever asfs follow). The first
    outcome is the chain's first; cna's csf() takes its outcomes in the order of their names (R's split), so where
    the n_init-th combination ties with others in complexity and fit the two can keep different ones of them."""
    counts = [len(st.models) for st in steps]
    weights = [math.prod(counts[j + 1:]) for j in range(len(steps))]

    def keep(rows: list[tuple]) -> list[tuple]:
        """The first n_init of rows sorted by complexity (stable), with those tied with the last kept."""
        rows = sorted(rows, key=lambda r: r[0])
        return rows if len(rows) <= n_init else [r for r in rows if r[0] <= rows[n_init - 1][0]]

    asfs = [sorted(((_complexity(m), m.fit["inclS"], m.fit["covS"], i) for i, m in enumerate(st.models)),
                   key=lambda a: (a[0], -(a[1] * a[2]))) for st in steps]   # as cna's asf() lists them
    made = keep([(c, con, cov, (i,)) for c, con, cov, i in asfs[0]])
    for more in asfs[1:]:
        made = keep([(c1 + c2, min(con1, con2), min(cov1, cov2), picked + (i,))
                     for c1, con1, cov1, picked in made for c2, con2, cov2, i in more])
    made = sorted(made, key=lambda r: (r[0], -(r[1] * r[2])))[:n_init]
    chosen = sorted((1 + sum(i * w for i, w in zip(picked, weights)), picked) for *_, picked in made)
    return [(number, tuple(st.models[i] for st, i in zip(steps, picked))) for number, picked in chosen]


def _complex_formulas(chain: CausalChain, n_init: int | None = None) -> ComplexFormulas:
    """The csf of a causal chain (ComplexFormulas' docstring): refused past max_csf combinations, or, with n_init,
    of the n_init simplest combinations alone, as cna's csf(n.init) builds them (_simplest_combinations), a note
    saying so where there are more; a combination whose sets have more than 2^CSF_MAX_SETS configurations is kept
    whole, not checked."""
    steps = [st for st in chain.steps.values() if st.models]
    notes = tuple(f"{st.outcome}: stopped by a budget, so not in the csf" if st.stopped else
                  f"{st.outcome}: its list of models is partial ({st.note}), and so are the combinations"
                  for st in chain.steps.values() if st.stopped or (st.models and st.note.startswith("partial list")))
    data = chain._data
    if not steps:
        return ComplexFormulas([], [], (), notes)
    if data is None:
        raise QCAInputError("csf: this causal chain holds no data (made by hand, not by causal_chain())")
    used = {s for st in steps for m in st.models for s in _named(st, m)}
    named = [s for s in map(str, data.columns) if s in used]   # in the data's order
    counts = [len(st.models) for st in steps]
    total = math.prod(counts)
    if n_init is None and total > chain._max_csf:
        raise QCAComplexityError(f"csf: {total:,} combinations of one asf per outcome ({' x '.join(map(str, counts))} "
                                 f"models) exceed the budget max_csf = {chain._max_csf:,}: raise it to list them"
                                 f"{_SIMPLEST_HINT.format(n=chain._max_csf)}")
    if n_init is not None and total > n_init:
        notes += (f"partial: the {n_init:,} simplest of the {total:,} combinations of one asf per outcome, as cna's "
                  f"csf(n.init = {n_init}) builds them (by complexity, then consistency x coverage); a csf only the "
                  "others reduce to is not listed, and a csf listed as a submodel of none may be one of theirs",)
        combinations = _simplest_combinations(steps, n_init)
    else:
        combinations = list(enumerate(itertools.product(*[st.models for st in steps]), start=1))
    by_asf = {st.formula(m): (st, m) for st in steps for m in st.models}
    space = _Space(data, named, by_asf)
    observed = {a: _agreement(st, m, space.raw, space.col, space.fuzzy) for a, (st, m) in by_asf.items()}
    sets_of, configurations, logical_over = space.sets_of, space.configurations, space.logical_over

    def fit(kept: tuple[str, ...]) -> dict:
        """The csf's consistency and coverage, the lowest of its asfs' inclS and covS (cna's csf(): its combineAsf
        keeps the smaller of each), and its exhaustiveness and faithfulness (_Space.exfaith)."""
        fits = [by_asf[a][1].fit for a in kept]
        exhaustiveness, faithfulness = space.exfaith(kept)
        return {"consistency": float(min(f["inclS"] for f in fits)), "coverage": float(min(f["covS"] for f in fits)),
                "exhaustiveness": exhaustiveness, "faithfulness": faithfulness,
                "complexity": sum(_complexity(by_asf[a][1]) for a in kept)}

    combos, formulas, unchecked = [], {}, {}
    for n, choice in combinations:
        asfs = tuple(st.formula(m) for st, m in zip(steps, choice))
        # the configurations of the sets the asfs name: of all the chain's asfs where they are few enough (one space
        # for every combination), else of this combination's own; past 2^CSF_MAX_SETS its redundancy is not checked
        own = tuple(named) if configurations(named) <= 2 ** CSF_MAX_SETS else tuple(
            s for s in named if any(s in sets_of[a] for a in asfs))
        pairs = dict(zip(asfs, zip(steps, choice)))
        # past the limit, asfs sharing no set are taken apart: where each group's conjunction is satisfiable, an asf
        # is redundant in the whole exactly where it is in its group (the other groups' sets are free of it), and
        # the whole reduces to the groups' reductions combined
        groups = [asfs] if configurations(own) <= 2 ** CSF_MAX_SETS else _share_sets(asfs, sets_of)
        group_sets = [own] if len(groups) == 1 else [tuple(s for s in named if any(s in sets_of[a] for a in g))
                                                     for g in groups]
        checks = []
        if all(configurations(gs) <= 2 ** CSF_MAX_SETS for gs in group_sets):
            for g, gs in zip(groups, group_sets):
                logical = logical_over(gs, [pairs[a] for a in g])
                checks.append((g, logical, _conjunction(logical, g)))
        if not checks or (len(checks) > 1 and not all(whole.any() for *_, whole in checks)):
            combos.append((n, asfs, ()))
            unchecked[n] = (own, configurations(own))
            formulas[asfs] = ComplexFormula(asfs, (), (n,), _coherence(asfs, observed, sets_of), checked=False,
                                            **fit(asfs))
            continue
        redundant = {a for g, logical, whole in checks for a in g
                     if np.array_equal(_conjunction(logical, [b for b in g if b != a]), whole)}
        combos.append((n, asfs, tuple(a for a in asfs if a in redundant)))
        for parts in itertools.product(*[_reductions(logical, g, whole) for g, logical, whole in checks]):
            kept = tuple(a for a in asfs if any(a in p for p in parts))
            removed = tuple(a for a in asfs if a not in kept)
            if kept in formulas:
                old = formulas[kept]
                formulas[kept] = replace(old, removed=tuple(dict.fromkeys(old.removed + removed)),
                                                     combinations=old.combinations + (n,))
            else:
                formulas[kept] = ComplexFormula(kept, removed, (n,), _coherence(kept, observed, sets_of), **fit(kept))
    found = [replace(c, cycle=_cycle(c.asfs, by_asf, chain._cycle_type),
                     partial=_partial_redundancy(c.asfs, by_asf, space) if c.checked else ())
             for c in formulas.values()]
    # cna's csf() (its help page, its third step): with inus.only, a csf with a partial structural redundancy goes
    # first, then the cyclic ones (acyclic.only)
    partial = [c for c in found if c.partial]
    found = [c for c in found if not any(c is x for x in partial)]
    left = [c for c in found if c.cyclic] if chain._acyclic_only else []
    listed = [c for c in found if not any(c is x for x in left)]
    # cna's csf() (its help page): after the cyclic ones, a csf whose asfs are all in another csf, a submodel of it
    sub = [c for c in listed if any(set(c.asfs) < set(d.asfs) for d in listed)]
    listed = [c for c in listed if not any(c is x for x in sub)]
    # cna's csf() orders its csf by complexity (the literals of their asfs' models), then by consistency x coverage,
    # highest first (its help page and source); ties keep the order found (the combinations')
    listed.sort(key=lambda c: (c.complexity, -(c.consistency * c.coverage)))
    return ComplexFormulas(combos, listed, tuple(named), notes, unchecked, configurations(named), left, sub, partial)


def _partial_redundancy(asfs: tuple[str, ...], by_asf: dict, space: _Space) -> tuple[str, ...]:
    """(an asf, its submodel) where the csf of `asfs` has a partial structural redundancy by cna's default definition
    (its cnaControl help page, inus.def = 'implication': a solution formula that logically implies a proper submodel
    of itself), () where none is found. The submodels tried are those one removal away: one asf with one of its terms
    left out (where it has more than one) or one literal left out of one of its terms (where the term has more than
    one), the other asfs as they are; the csf implies one where no configuration of the values of the sets it names
    (_Space: those present in the data, a fuzzy set's 0 and 1, as cna's full.ct) satisfies the csf and not the
    submodel. A submodel further away is not tried (cna's help pages do not say which it tries); one csf implying a
    submodel is enough to leave it out. Not tried (()) past 2^CSF_MAX_SETS configurations.
    An asf listed holds in every case where it has inclS and covS 1 on crisp or multi-value sets, so no csf of such
    asfs has one: a submodel holding in every case would be a model of fewer or shorter prime implicants covering the
    same positive rows, which the prime implicants and their redundancy-free covers rule out; it comes with noise
    (incl_cut or sol_cov below 1) and on fuzzy sets."""
    own = tuple(s for s in space.named if any(s in space.sets_of[a] for a in asfs))
    if space.configurations(own) > 2 ** CSF_MAX_SETS:
        return ()
    logical = space.logical_over(own, [by_asf[a] for a in asfs])
    dims = [len(space.present[s]) for s in own]
    index = np.unravel_index(np.arange(math.prod(dims)), dims)
    configurations = np.stack([space.present[s][i] for s, i in zip(own, index)], axis=1)
    where = {s: j for j, s in enumerate(own)}

    def holding(names) -> np.ndarray:   # where every asf of `names` holds, over the configurations
        out = np.ones(len(configurations), dtype=bool)
        if names:
            out &= np.unpackbits(_conjunction(logical, names))[:len(configurations)].astype(bool)
        return out

    whole = holding(asfs)
    for a in asfs:
        step, model = by_asf[a]
        imp = np.asarray(model.implicants, dtype=np.int64).reshape(-1, len(step.conditions))
        rest = holding([b for b in asfs if b != a])
        parts = [np.delete(imp, i, axis=0) for i in range(len(imp))] if len(imp) > 1 else []
        for i, j in zip(*np.nonzero(imp)):
            if np.count_nonzero(imp[i]) > 1:
                part = imp.copy()
                part[i, j] = 0
                parts.append(part)
        for part in parts:
            sub = Model(model.name, part, ())
            if not (whole & ~(rest & _holds(step, sub, configurations, where))).any():
                mv = step.truth_table is not None and step.truth_table.data.multivalue
                return a, f"{' + '.join(terms_text(part, step.conditions, mv))} <-> {step.outcome}"
    return ()


def _cycle(asfs: tuple[str, ...], by_asf: dict, cycle_type: str = "factor") -> tuple[str, ...]:
    """A path from a set back to itself, each a condition named in the asf of the next (cna's cyclic(), its help
    page: cycle_type 'factor', 'A + B <-> C' with '~C + D <-> A' is the cycle A -> C -> A), the first found in the
    asfs' order; () where there is none. cycle_type 'value': a path of values ('A=1 -> C=1'), each the value a
    condition takes in the asf of the next ('~C' is C=0, 'X[2]' X=2; the outcome 'C' C=1, '~C' C=0, 'C{2}' C=2), so
    the two asfs above are no cycle (A=1 leads to C=1, C=0 to A=1)."""
    causes: dict[str, list[str]] = {}
    for a in asfs:
        step, model = by_asf[a]
        name, negated, chosen = _parse_outcome(step.outcome)
        values = list(chosen) if chosen is not None else [0 if negated else 1]
        outcomes = [name] if cycle_type == "factor" else [f"{name}={v}" for v in values]
        for imp in np.asarray(model.implicants, dtype=np.int64).reshape(-1, len(step.conditions)):
            for cond, code in zip(step.conditions, imp):
                if code:   # expressions.py: 0 absent, v + 1 the value v
                    node = cond if cycle_type == "factor" else f"{cond}={code - 1}"
                    led = causes.setdefault(node, [])
                    led += [o for o in outcomes if o not in led]
    for start in causes:
        todo = [(start, (start,))]
        while todo:
            node, path = todo.pop()
            for nxt in causes.get(node, []):
                if nxt == start:
                    return path + (start,)
                if nxt not in path:
                    todo.append((nxt, path + (nxt,)))
    return ()


def _share_sets(asfs: tuple[str, ...], sets_of: dict) -> list[tuple[str, ...]]:
    """The asfs in groups that share a set (a group's asfs joined through the sets they name), each group in the
    asfs' order, the groups in the order of their first asf."""
    groups: list[tuple[set, list[str]]] = []
    for a in asfs:
        joined = [g for g in groups if g[0] & sets_of[a]]
        merged = (set(sets_of[a]).union(*[g[0] for g in joined]), [x for g in joined for x in g[1]] + [a])
        groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
    order = {a: i for i, a in enumerate(asfs)}
    return sorted((tuple(sorted(members, key=order.get)) for _, members in groups), key=lambda g: order[g[0]])


def _conjunction(logical: dict, asfs) -> np.ndarray:
    out = None
    for a in asfs:
        out = logical[a] if out is None else out & logical[a]
    return out


def _reductions(logical: dict, asfs: tuple[str, ...], whole: np.ndarray) -> list[tuple[str, ...]]:
    """The sub-conjunctions of `asfs` logically equivalent to the whole from which no asf can be removed so, reached
    by removing one redundant asf at a time, each way (each once, in the order found)."""
    seen, leaves = set(), []
    todo = [asfs]
    while todo:
        keep = todo.pop(0)
        if keep in seen:
            continue
        seen.add(keep)
        drops = [a for a in keep if len(keep) > 1
                 and np.array_equal(_conjunction(logical, [b for b in keep if b != a]), whole)]
        if not drops:
            leaves.append(keep)
        todo += [tuple(b for b in keep if b != a) for a in drops]
    return leaves


def _coherence(asfs: tuple[str, ...], observed: dict, sets_of: dict) -> float:
    """cna's coherence (its coherence() source and help page): over the cases, the sum of the smallest agreement
    (_agreement) of the asfs over the sum of the largest, the lowest over the groups of asfs that share a set; on
    crisp and multi-value sets |cases satisfying every asf| / |cases satisfying at least one| (1 for a group of one
    asf with a case satisfying it); a group no case satisfies at all is left out of the lowest, as cna's min(na.rm =
    TRUE) leaves its NA out (nan where no group has a case)."""
    groups: list[tuple[set, list[str]]] = []
    for a in asfs:
        joined = [g for g in groups if g[0] & sets_of[a]]
        merged = (set(sets_of[a]).union(*[g[0] for g in joined]), [x for g in joined for x in g[1]] + [a])
        groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
    values = []
    for _, members in groups:
        held = np.array([observed[a] for a in members], dtype=float)
        anyone = held.max(axis=0).sum()
        values.append(held.min(axis=0).sum() / anyone if anyone else math.nan)
    known = [v for v in values if not math.isnan(v)]   # a group no case satisfies is left out (cna's na.rm)
    return float(min(known)) if known else math.nan


def _count(step: ChainStep) -> str:
    """An outcome's models as the reprs count them: 'stopped by a budget' where a budget stopped it (not '0')."""
    return "stopped by a budget, no model" if step.stopped else counted(len(step.models), "model")


@refuses_r_only_arguments("causal_chain")
def causal_chain(data: pd.DataFrame, outcomes=None, *, ordering=None, strict: bool = False, incl_cut=1.0,
                 n_cut: int = 1, sol_cons: float = 0.0, sol_cov: float = 1.0, all_models: bool = True,
                 case_column: str | None = None, skew_bounds=(0.2, 0.8), max_models: int = DEFAULT_MAX_MODELS,
                 max_work: int = DEFAULT_MAX_WORK, max_implicants: int = DEFAULT_MAX_IMPLICANTS,
                 max_chart_cells: int = DEFAULT_MAX_CHART_CELLS, max_memberships: int | None = None,
                 sol_depth: int | None = None, max_csf: int = DEFAULT_MAX_CSF,
                 acyclic_only: bool = False, cycle_type: str = "factor") -> CausalChain:
    """Minimise each set as the outcome of the others, as R QCA's causalChain() (coincidence analysis, CNA:
    Baumgartner 2009, "Inferring Causal Complexity", Sociological Methods & Research 38(1)): a chain shows where
    the outcome of one model is a condition of another (U + D <-> L, then L + G <-> E in Baumgartner's d.educate).

    data: a DataFrame whose columns are the sets (crisp, multi-value or fuzzy, as truth_table() reads them; a
    column of case names given as case_column, or the index). outcomes: the sets minimised, a list or 'L, E'
    ('~E' the negated set, 'E{1}' a value of a multi-value set, as truth_table() reads them; default: every set,
    in the data's order), each on the other sets (the set itself left out).
    ordering: the causal order, earliest first, as R writes it, 'U, D < L < E', or a list of levels [['U', 'D'],
    'L', 'E']: a set is minimised on the sets of earlier levels and, unless strict=True, of its own level; the sets
    the ordering does not name form a level before its first: ordering='E' makes E the last, minimised on all the
    others, which are minimised on each other unless strict=True (cna's help page for cna() says the sets left out
    are causally before those named; R QCA's causalChain help page does not say, but gives its ordering = "AU" on
    four sets as the same as cna's list("AU")). A set with nothing before it is not minimised (its note says so).
    For each outcome: truth_table(data, outcome, the other sets, incl_cut, n_cut), then minimize(tt, include='?')
    (the remainders, as cna's minimally sufficient conditions use them). all_models=True lists every
    redundancy-free model (each prime implicant covering a positive row no other term of the model covers), as R's
    causalChain does (its minimize with all.sol) and cna's atomic solution formulas are; False: the minimal models
    only (fewest prime implicants), minimize()'s. A model is listed when its inclS reaches sol_cons and its covS
    reaches sol_cov (R's sol.cons and sol.cov, cna's con and cov; defaults 0 and 1 as in R: the model must be
    necessary as well as sufficient); the others are kept in the step's `failed`.
    skew_bounds: the truth tables' check of skewed sets (truth_table(); None: no check), each warning given once.
    max_models: models listed at most per outcome (and passed to minimize()); max_work: minimize()'s budget and the
    steps of the search for the redundancy-free models; where a list stops its note says so. max_implicants and
    max_chart_cells: minimize()'s; max_memberships: truth_table()'s (fuzzy conditions). An outcome whose truth
    table or minimisation a budget refuses (their QCAComplexityError) is recorded, not raised: its step's `stopped` holds the refusal (the budget, the size met, the flag to raise),
    its note says so, it has no model, and the other outcomes are minimised all the same (cna's help page: cna bounds
    the search for each outcome's formulas by maxstep; here a model space too large for a budget is an answer about
    that outcome, not an error of the call).
    What differs from R (as its help page describes causalChain; R is not installed here): R's pi.cons is not
    implemented. R keeps a prime implicant only where its own consistency reaches pi.cons (cna's con.msc); here
    incl_cut decides which truth table rows are positive, and the prime implicants are derived from those rows and
    the remainders with no check of their own consistency. On crisp data without contradictory rows at incl_cut = 1
    the two agree (a term covering positive rows and remainders only has consistency 1); on fuzzy data, or below 1,
    a model listed can hold a term whose consistency is below incl_cut (each model's term_fit gives it), and a longer
    term R would keep where a shorter one falls short of pi.cons is not sought: compare each model's term_fit with
    the pi.cons you would give R (a filter of the prime implicants by their own consistency would drop terms but not
    find R's longer ones, so pi_cons is not offered). sol_depth: at most this many prime implicants in a model
    listed (R's sol.depth, as its help page describes it); the search does not follow a model past it, and the
    step's note says where one was cut. Default None: a model of any number is listed. R's help page says
    causalChain sets 5 unless sol.depth is given (in its paragraph on searching models by their consistency): give
    sol_depth=5 to compare with that. R's pi.depth: every prime implicant is derived.
    Structural redundancy (cna's redundant() and minimalizeCsf(), as their help pages say): chain.csf combines one model
    listed per outcome into complex solution formulas, removing each asf the others make logically equivalent to the
    whole, by an exact check over every configuration of the values of the sets the asfs name (2^k for k crisp sets; a
    multi-value set's values present in the data, as cna's full.ct of the data takes them, its help page says: a value
    no case takes is in no configuration; a fuzzy set's 0 and 1, as full.ct takes them, its coherence and consistency
    from the memberships), those of each combination where all of them have more than 2^CSF_MAX_SETS configurations, and
    of each group of its asfs sharing sets where the combination's have more (exact where each group is satisfiable); a
    combination still past it is kept whole, its redundancy not checked and said so, and the others are checked all the
    same (cna's redundant() takes each csf's own factors, its help page says); chain.chains keeps a pair only where a
    csf holds both formulas (a chain through a structurally redundant asf, which cna's vignette says must not be read
    causally, is in chain.chains_left_out).
    max_csf: the combinations of one asf per outcome taken at most (default 1,000, cna's n.init); past it chain.csf is
    refused naming it, and the chains are listed with a note that their redundancy was not checked. cna's csf()
    builds the n.init simplest combinations instead and warns that not all were recorded: chain.simplest_csf(n_init)
    does that (a note says how many of how many); chain.csf does not, because the chains and links are read off its
    csf (a pair is a chain where some csf free of structural redundancy holds both formulas), and a pair only a
    combination not built holds would be said to be left out, a wrong answer where the refusal is none.
    Each csf says whether it is cyclic (a set a cause of itself through its asfs: cna's cyclic(), its cycle.type
    'factor', as its help page describes it; cycle_type='value': a value of a set a cause of itself, cna's
    cycle.type = "value"); acyclic_only=True (cna's acyclic.only) leaves the cyclic csf out of
    chain.csf (in its cyclic_left_out), and the chains and links only they hold out of chain.chains and chain.links
    (in chains_left_out and links_left_out, with why). Then, as cna's csf() does (its help page), a csf whose asfs
    are all asfs of another csf (a submodel of it) is left out of chain.csf (in its submodels_left_out); the chains
    and links it holds are held by the other csf.
    As cna's csf() with inus.only = TRUE, its default, a csf with a partial structural redundancy (cna's cnaControl
    help page, its default inus.def 'implication': the csf logically implies a proper submodel of itself, here one a
    term or a literal of one asf away; _partial_redundancy) is left out of chain.csf, into its partial_left_out (each
    with its partial: the asf and the submodel), before the cyclic ones as cna's csf() does, with the chains and
    links only it holds. cna's inus.only = FALSE, which keeps it, is chain.csf.partial_left_out read with the csf;
    inus.def 'equivalence' is not offered. Only asfs short of inclS or covS 1 (noise) or on fuzzy sets can give one:
    on crisp and multi-value sets fitting every case, no csf has one.

    Each asf has cna's complexity (the literals of its model), its exhaustiveness and faithfulness (cna's asf() with
    its details) and cna 4's further sufficiency and necessity measures, ccon, ccov, PAcon, AAcov, AACcon and PACcov
    (cna's showMeasures help page; De Souter and Baumgartner 2025), in chain.to_frame() and chain.to_dict(). They are
    reported, not used: cna 4 can build its models on one of them (its measures argument); here a model is kept by
    inclS and covS (sol_cons, sol_cov), cna's standard consistency and coverage, as cna's default is.

    Returns a CausalChain: chain['E'] is the ChainStep of outcome E (its models, truth table, solution), chain.links
    the (condition, outcome) pairs and chain.chains the pairs of linked formulas; print(chain), chain.to_frame(),
    chain.to_dict() (JSON-ready)."""
    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame, got {type(data).__name__}")   # the engine's words
    strict, all_models = flag("strict", strict), flag("all_models", all_models)
    acyclic_only = flag("acyclic_only", acyclic_only)
    if cycle_type not in ("factor", "value"):
        raise QCAInputError(f"cycle_type must be 'factor' (a set a cause of itself) or 'value' (a value of a set a "
                            f"cause of itself), cna's cycle.type, got {quoted(cycle_type)}")
    sol_cons, sol_cov = _unit("sol_cons", sol_cons), _unit("sol_cov", sol_cov)
    max_models, max_work = whole("max_models", max_models), whole("max_work", max_work)
    max_csf = whole("max_csf", max_csf)
    if isinstance(sol_depth, (int, np.integer)) and not isinstance(sol_depth, (bool, np.bool_)) and sol_depth == 0:
        raise QCAInputError(f"sol_depth must be a positive whole number, got 0: {SOL_DEPTH_ZERO}")
    sol_depth = None if sol_depth is None else whole("sol_depth", sol_depth)
    budgets = {"max_implicants": whole("max_implicants", max_implicants),
               "max_chart_cells": whole("max_chart_cells", max_chart_cells)}
    ic1, ic0, n_cut, _ = _cutoffs(incl_cut, n_cut, 0.0)
    skew_bounds = check_bounds(skew_bounds)
    if case_column is not None and case_column not in data.columns:
        raise QCAInputError(missing_case_column(case_column, data))   # as truth_table() says it
    sets = [str(c) for c in data.columns if c != case_column]
    if len(sets) < 2:
        raise QCAInputError(f"a causal chain needs at least two sets (an outcome and a condition), the data has "
                            f"{len(sets)}: {', '.join(sets) or 'none'}")
    chosen = sets if outcomes is None else _names(outcomes, "outcomes", sets, "L, E")
    twice = [o for i, o in enumerate(chosen) if o in chosen[:i]]
    if twice:
        raise QCAInputError(f"outcomes: {quoted(twice[0], as_written=True)} is given twice; name each outcome once")
    levels = None if ordering is None else _levels(ordering, sets)
    level_of = {s: 0 for s in sets} if levels is None else {s: i for i, lv in enumerate(levels) for s in lv}
    steps: dict[str, ChainStep] = {}
    said: dict[str, None] = {}
    for outcome in chosen:
        base = _set_of(outcome)
        conds = tuple(s for s in sets if s != base and (level_of[s] < level_of[base]
                                                        or (level_of[s] == level_of[base] and not strict)))
        step = steps[outcome] = ChainStep(outcome, conds)
        if not conds:
            step.note = "not minimised: the ordering puts no set before it"
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:   # truth_table()'s budget (fuzzy conditions): this outcome's answer too
                tt = step.truth_table = truth_table(data, outcome, list(conds), incl_cut=incl_cut, n_cut=n_cut,
                                                    case_column=case_column, show_cases=False,
                                                    skew_bounds=skew_bounds, max_memberships=max_memberships)
            except QCAComplexityError as refused:
                tt, step.stopped, step.note = None, str(refused), f"stopped, no model: {refused}"
        said.update(dict.fromkeys(str(w.message) for w in caught))
        if tt is None:
            continue
        if not len(tt.configs_with(("1",))):
            step.note = (f"no positive row (no configuration reaches incl_cut = {tt.incl_cut[0]:g}), so no model")
            continue
        if not len(tt.configs_with(("0", "C"))):
            step.note = "no negative row: every observed configuration has the outcome, so no model"
            continue
        try:   # minimize() derives its prime implicants when first asked: _models can meet the budget too
            sol = step.solution = minimize(tt, include="?", max_models=max_models, max_work=max_work, **budgets)
            models, stopped, deeper = _models(tt, sol, all_models, max_models, max_work, sol_depth)
        except QCAComplexityError as refused:   # this outcome's answer: the others are minimised all the same
            step.stopped, step.solution = str(refused), None
            step.note = f"stopped, no model: {refused}"
            continue
        for m in models:
            passes = m.fit["inclS"] >= sol_cons - 1e-10 and m.fit["covS"] >= sol_cov - 1e-10
            (step.models if passes else step.failed).append(m)
        beyond = (f"models of more than {counted(sol_depth, 'prime implicant')} are not listed "
                  f"(sol_depth = {sol_depth})") if deeper else ""
        fails = ""
        if step.failed and not step.models:   # a partial list too: 'partial list' alone hid that none found passes
            best = max(step.failed, key=lambda m: (m.fit["covS"], m.fit["inclS"]))
            fails = (f"no model {'found ' if stopped else ''}passes (sol_cons = {sol_cons:g}, sol_cov = {sol_cov:g}): "
                     f"best {best.expression} with inclS {best.fit['inclS']:.3f}, covS {best.fit['covS']:.3f}")
        if stopped:
            step.note = "; ".join(part for part in (f"partial list: {stopped}", fails, beyond) if part)
        elif not step.failed and not step.models and beyond:
            step.note = f"no model: {beyond}"
        elif not step.models:
            step.note = fails + (f"; {beyond}" if beyond else "")
        elif beyond:
            step.note = beyond
    for message in said:   # each warning once, not once per outcome whose truth table met it
        warnings.warn(message, QCAWarning, stacklevel=3)
    settings = {"incl_cut": ic1 if ic1 == ic0 else [ic1, ic0], "n_cut": n_cut, "sol_cons": sol_cons,
                "sol_cov": sol_cov, "all_models": all_models, "sol_depth": sol_depth, "ordering": levels,
                "strict": strict, "acyclic_only": acyclic_only, "cycle_type": cycle_type}
    measure = _asf_measures(data[sets])
    for step in steps.values():
        step._details_of = measure
    return CausalChain(steps, settings, list(said), data[sets], max_csf, acyclic_only)


def _models(tt: TruthTable, sol: Solution, all_models: bool, limit: int, max_work: int,
            depth: int | None = None) -> tuple[list[Model], str, bool]:
    """The models of the parsimonious solution `sol`: its minimal ones, or every redundancy-free cover of its prime
    implicant chart, with their fit; with `depth`, those of at most that many prime implicants (and whether a model
    of more was left out or not searched)."""
    if not all_models:
        stopped = "" if not sol.partial else f"partial answer of minimize() ({sol.n_models:,} minimal models)"
        within = [m for m in sol.models if depth is None or len(m.terms) <= depth]
        return within, stopped, len(within) < len(sol.models)
    chart = sol.chart
    covers, stopped, deeper = _irredundant_covers(np.asarray(chart.chart, dtype=np.int64), limit, max_work, depth)
    fits = FitCache(tt)
    names = chart.names
    out = []
    for i, cover in enumerate(covers, start=1):
        imp = chart.implicants[list(cover)]
        out.append(Model(f"M{i}", imp, tuple(names[j] for j in cover), _fit=(lambda imp=imp: fits.term_records(imp))))
    return out, stopped, deeper
