"""Parameters of fit of any expression (R QCA's `pof`) and of every single condition (`pofind`).

Sufficiency: inclS = Σmin(X,Y)/ΣX, PRI, covS = Σmin(X,Y)/ΣY and, for each term of a disjunction, its unique
coverage covU = covS(expression) − covS(expression without the term) (Ragin 2006). Necessity: inclN =
Σmin(X,Y)/ΣY, RoN = Σ(1−X)/Σ(1−min(X,Y)) (Schneider & Wagemann 2012), covN = Σmin(X,Y)/ΣX.
A disjunction of several terms gets one more row, `expression`, for the whole sum (fuzzy OR = max).
Optional: Haesebrouck's consistency inclH = Σmin(X,Y)/Σ(min(X,Y) + √(max(X−Y,0)·X)) (Haesebrouck 2015).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._near import hints_by_name
from .data import _outcome_identity_notes, prepare_data, tuple_columns_message
from .checks import flag, relation as _relation
from .display import shown_as_printed, wrapped
from .r_calls import refuses_r_only_arguments
from .errors import QCAInputError, counted, in_number, quoted, renamed
from .expressions import format_term, implicant_membership, parse_expression, term_to_implicant, warns_once
from .measures import (_consistency as consistency, _coverage as coverage, _haesebrouck as haesebrouck,  # inputs
                       _pri as pri, _ron as ron, _two_largest)  # checked by prepare_data

__all__ = ["pof", "pofind", "PofResult", "SUFFICIENCY_COLUMNS", "NECESSITY_COLUMNS"]

SUFFICIENCY_COLUMNS = ["inclS", "PRI", "covS", "covU"]
NECESSITY_COLUMNS = ["inclN", "RoN", "covN"]


def _num(x):
    x = float(x)
    return None if x != x else x


@shown_as_printed
@dataclass(frozen=True)
class PofResult:
    """Fit of the terms of an expression (and of the whole expression) for an outcome.

    Built by pof / pofind: expression and outcome as read; relation, 'sufficiency' or 'necessity'; table, one row per
    term (pofind: per literal) with its fit, and pof's row 'expression' for a union of several terms; memberships,
    cases x those rows; outcome_membership, the cases' Y."""

    expression: str
    outcome: str
    relation: str
    table: pd.DataFrame                       # term + fit columns; index 1..n
    memberships: pd.DataFrame = field(repr=False)   # cases x (terms, expression)
    outcome_membership: pd.Series = field(repr=False)

    @property
    def columns(self) -> list[str]:
        """The fit columns of `table` (every column but 'term'): inclS, PRI, covS, covU for sufficiency; inclN, RoN,
        covN for necessity."""
        return [c for c in self.table.columns if c != "term"]

    @refuses_r_only_arguments("PofResult.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """The fit table as a DataFrame (a copy of `table`): one row per term, and pof's row 'expression' for a union
        of several terms."""
        return self.table.copy()

    trivial = renamed("trivial", "constant", "a set present in every case")

    @property
    def constant(self) -> list[str]:
        """Necessity only: the rows (terms, literals, the whole expression) held by every case (membership 1
        everywhere, RoN 0), necessary for any outcome: the lowest relevance (Schneider & Wagemann 2012)."""
        if self.relation != "necessity":
            return []
        out = []
        for term in self.table["term"]:
            column = "expression" if term == "expression" else term
            if column in self.memberships.columns and bool((self.memberships[column] == 1).all()):
                out.append(self.expression if term == "expression" else term)
        return out

    @refuses_r_only_arguments("PofResult.to_dict")
    def to_dict(self) -> dict:
        """The result as JSON-ready data: expression, outcome, relation and one record per row of the table (NaN as
        None); for necessity also `constant`."""
        rows = [{"term": rec["term"], **{c: _num(rec[c]) for c in self.columns}} for _, rec in self.table.iterrows()]
        out = {"expression": self.expression, "outcome": self.outcome, "relation": self.relation, "rows": rows}
        if self.relation == "necessity":
            out["constant"] = self.constant
        return out

    def __str__(self) -> str:
        from .necessity import _fit_table, _note, _whole

        # within 80 columns: a long expression, or pofind's list of literals, wrapped at blanks, further lines indented
        head = "\n".join(wrapped(f"{self.relation.capitalize()} of {self.expression} for {self.outcome}"))
        body = _fit_table(self.table["term"].tolist(), self.table, self.columns)
        constant = self.constant
        if constant:   # one clause a line, as necessity()'s note
            body += _note(f"constant: {', '.join(constant)} {'holds' if len(constant) == 1 else 'hold'} in every case "
                          + _whole("(membership 1),"), "a superset of any outcome: necessary by construction, RoN 0,",
                          "the lowest relevance")
        return head + "\n\n" + body

    def __repr__(self) -> str:
        from .necessity import _listed

        terms = self.table["term"].tolist()
        if terms and (terms[-1] == "expression" or terms == [self.expression]):   # pof(): the expression's fit
            fit = self.table.iloc[-1]
            return (f"<PofResult {self.relation} of {self.expression} for {self.outcome}: "
                    + ", ".join(f"{c} {'-' if fit[c] != fit[c] else f'{fit[c]:.3f}'}" for c in self.columns
                                if c != "covU") + ">")
        return f"<PofResult {self.relation} for {self.outcome}: {counted(len(terms), 'row')}: {_listed(terms, ' | ')}>"


_NAME_SPLIT = re.compile(r"[+*~\[\]{}]|\d+(?=\s*[\]}])")


def _literal_not(literal: str) -> str | None:
    """The negation of a literal 'A' / '~A'; None for a multi-value one ('A[1]': its negation needs the levels)."""
    if "[" in literal or "{" in literal:
        return None
    return literal[1:] if literal.startswith("~") else "~" + literal


#: The most terms sum_of_products distributes a product into: '(A0 + B0)*(A1 + B1)*...' of 20 factors is 2 ** 20 terms,
#: which took minutes (18 factors: 7 s); past it the expression is not read and its message asks for the sum of products.
SOP_TERMS = 100_000


def sum_of_products(expression: str) -> str | None:
    """An expression with parentheses ('DEV*(URB + LIT)', '~(DEV*URB)', as R's admisc reads them) as the sum of
    products it stands for ('DEV*URB + DEV*LIT', '~DEV + ~URB'): negation by De Morgan, products distributed, a
    literal repeated in a term or a term repeated read once, a term containing another dropped (absorption). These
    laws hold for fuzzy sets too (min, max, 1 - x), so the memberships are the same. None when the text cannot be
    read so, or a term would hold a condition and its negation (A*~A, which is not empty for fuzzy sets and which a
    term here cannot hold), or a multi-value literal is negated, or a product would distribute into more than
    SOP_TERMS terms, or parentheses are nested deeper than Python's stack."""
    tokens = re.findall(r"\(|\)|~|\*|\+|[^\s()~*+]+(?:\s*[\[{][^\]}]*[\]}])?", expression)
    if "".join(tokens) != re.sub(r"\s+", "", expression):
        return None
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def neg(sop):   # ~(t1 + t2) = ~t1 * ~t2; ~(a*b) = ~a + ~b
        out = [frozenset()]
        for term in sop:
            alts = [_literal_not(lit) for lit in term]
            if any(a is None for a in alts):
                raise ValueError
            out = [t | {a} for t in out for a in alts]
        return out

    def product(a, b):   # each term once ('(A + B)*(A + B)*...' stays 3 terms); past SOP_TERMS not read
        if len(a) * len(b) > SOP_TERMS:
            raise ValueError
        return list(dict.fromkeys(x | y for x in a for y in b))

    def factor():
        tok = peek()
        if tok == "~":
            take()
            return neg(factor())
        if tok == "(":
            take()
            inner = total()
            if take() != ")":
                raise ValueError
            return inner
        if tok is None or tok in ")*+":
            raise ValueError
        return [frozenset([re.sub(r"\s+", "", take())])]

    def term():
        out = factor()
        while peek() == "*":
            take()
            out = product(out, factor())
        return out

    def total():
        out = term()
        while peek() == "+":
            take()
            out = out + term()
        return out

    try:
        sop = total()
        if pos != len(tokens):
            return None
    except (ValueError, IndexError, RecursionError):   # (RecursionError: '(' * 20,000, parentheses nested past Python's stack)
        return None
    if any(_literal_not(lit) in t for t in sop for lit in t if _literal_not(lit) is not None) or not sop:
        return None
    kept = []
    for t in sorted(set(sop), key=len):   # absorption: A + A*B is A
        if not any(k <= t for k in kept):
            kept.append(t)
    order = {}
    for tok in tokens:   # literals in the order of first use; terms by their literals' order
        order.setdefault(re.sub(r"\s+", "", tok).lstrip("~"), len(order))
    sort = lambda lit: order.get(lit.lstrip("~"), len(order))   # noqa: E731
    kept = [sorted(t, key=sort) for t in kept]
    return " + ".join("*".join(t) for t in sorted(kept, key=lambda t: [sort(lit) for lit in t]))


def _names_in(expression: str) -> list[str]:
    """Set names used in an expression, in order of first use (an expression is a sum of products: no
    parentheses, one value per multi-value literal)."""
    from .expressions import r_vector_expression_message, wide_parentheses_message

    refused = r_vector_expression_message(expression) or wide_parentheses_message(expression)
    if refused:   # R's c("DEV", "URB"), or full-width parentheses (read as names '（URB')
        raise QCAInputError(f"expression {quoted(expression)}: {refused}")
    if "(" in expression or ")" in expression:
        written = sum_of_products(expression)
        hint = f"write its sum of products, {written!r}" if written and "(" not in written else \
            "write it as a sum of products, e.g. 'A*B + A*C' for 'A*(B + C)'"
        from .expressions import value_notation_hint

        called = re.findall(r"[^\s()\[\]{}~*+]+\s*\(\s*[0-9]+\s*\)", expression)   # 'DEV(2)': a value, R's DEV[2]?
        said = "".join(value_notation_hint(c, [c.split("(")[0].strip()]) for c in dict.fromkeys(called))
        if said and not re.search(r"[()]", re.sub(r"\s*\(\s*[0-9]+\s*\)", "", expression)):   # values alone
            raise QCAInputError(f"expression {quoted(expression)}: parentheses are not supported{said}")
        raise QCAInputError(f"expression {quoted(expression)}: parentheses are not supported; {hint}{said}")
    # (a name from its first letter on, the values up to the next bracket: linear in a long text, where each letter
    # began a new try that read to the end, 100,000 letters taking minutes)
    several = re.search(r"(?<![^\s\[\]{}~*+])([^\s\[\]{}~*+]+)\s*[\[{]([^\[\]{}]*[,;][^\[\]{}]*)[\]}]", expression)
    if several:
        name, values = several.group(1), [v.strip() for v in re.split("[,;]", several.group(2))]
        raise QCAInputError(f"expression {quoted(expression)}: a multi-value literal holds one value, e.g. {name}[2]; for "
                            f"several values write a sum: {' + '.join(f'{name}[{v}]' for v in values)}")
    out: list[str] = []
    for raw in _NAME_SPLIT.split(expression):
        name = raw.strip()
        if name and name not in out:
            out.append(name)
    return out


_MODEL_LINE = re.compile(r"^\s*(?P<label>M[0-9]+\s*:)?\s*(?P<terms>.*?)\s*(?P<arrow>(?:<->|<=>|->|=>)\s*\S.*)?$", re.S)


def printed_model(expression: str, columns) -> tuple[str, bool] | None:
    """The terms of a model line copied from a solution's printout ('M1: A + (B*~C) -> Y': its label, R's parentheses
    around a term not in every model, the arrow and outcome), as a sum of products ('A + B*~C'), and whether a whole
    term was in parentheses; None for an expression that is not one: without a label, or without both such
    parentheses and an arrow (each alone has its own message), or whose label or arrow belongs to a column's name."""
    m = _MODEL_LINE.match(expression)
    label, arrow = m.group("label"), m.group("arrow")
    if label and label.rstrip(": ") in columns or any("->" in c or "=>" in c for c in columns):
        return None
    terms = [t.strip() for t in m.group("terms").split("+")]
    bare = [t[1:-1].strip() if t[:1] == "(" and t[-1:] == ")" and not re.search(r"[()]", t[1:-1]) else t
            for t in terms]
    if not (label or (bare != terms and arrow)) or not all(bare):
        return None
    text = " + ".join(bare)
    if re.search(r"[()]", text):
        text = sum_of_products(text) or ""
    return (text, bare != terms) if text and not re.search(r"[()]", text) else None


def refuse_printed_model(expression: str, columns, name: str = "expression", flag: str = "") -> None:
    """QCAInputError for a model line copied from a solution's printout (printed_model), giving its terms to write
    (after `flag`, '--expression ' on the command line); nothing for any other expression."""
    found = printed_model(expression, columns)
    if found is None:
        return
    copied, bracketed = found
    m = _MODEL_LINE.match(expression)
    dropped = ([f"its label {m.group('label')!r}"] if m.group("label") else []) + (
        [f"the arrow and outcome {m.group('arrow')!r}, given apart"] if m.group("arrow") else []) + (
        ["R's parentheses, which mark a term not in every model"] if bracketed else [])
    raise QCAInputError(f"{name} {quoted(expression)} is a model as a solution prints it; write its terms alone: "
                        f"{flag}{quoted(copied)} (leaving out {'; '.join(dropped)})")


_ARROW = re.compile(r"^(?P<left>.*?)\s*(?P<arrow><=>|<->|=>|->|<=|<-)\s*(?P<right>.*)$", re.S)


def r_arrow(expression: str, columns) -> tuple[str, str, str, str] | None:
    """(conditions' side, arrow, outcome side, relation) of an expression written as R's pof() reads it, 'A*B -> Y'
    ('->' or '=>': sufficiency; '<-' or '<=': necessity; '<->' / '<=>': both, which R refuses), when it names a set
    that is not a column (a column whose name holds '->' is read as a name); else None."""
    m = _ARROW.match(expression) if isinstance(expression, str) else None
    if m is None:
        return None
    try:
        names = _names_in(expression)
    except QCAInputError:   # parentheses or a literal of several values: the arrow is said first, naming the caller's
        names = [n.strip() for n in _NAME_SPLIT.split(re.sub(r"[()]", " ", expression)) if n.strip()]   # argument
    if all(n in columns for n in names):
        return None
    arrow = m.group("arrow")
    relation = {"->": "sufficiency", "=>": "sufficiency", "<-": "necessity", "<=": "necessity"}.get(arrow, "both")
    return m.group("left").strip(), arrow, m.group("right").strip(), relation


def r_arrow_message(expression: str, parts: tuple[str, str, str, str], call: str) -> str:
    """What to write instead of R's arrow notation; `call` is the form to write (the Python call or the CLI's
    flags) with {left}, {right} and {relation} / {necessity} to fill in."""
    left, arrow, right, relation = parts
    text = (f"{expression!r} holds {arrow!r}: R's pof() takes the outcome and the relation from an arrow ('->' or "
            "'=>': sufficiency, '<-' or '<=': necessity); here the expression is the conditions' side alone: ")
    if relation == "both":
        return text + (call.format(left=left, right=right, relation="sufficiency", necessity="") + ", then " +
                       call.format(left=left, right=right, relation="necessity", necessity=" --necessity") +
                       " (R refuses '<->' too)")
    return text + call.format(left=left, right=right, relation=relation,
                              necessity=" --necessity" if relation == "necessity" else "")


def refuse_r_arrow(expression, columns, name: str, necessity: bool = False) -> None:
    """QCAInputError for R's arrow notation ('LIT -> SURV', as R's pof() reads it) in a parameter that takes an
    expression of the conditions alone (nec_cond, untenable, theory, find_rows' expression, cluster_diagnostics'
    expression): the arrow names the outcome and the relation, which those take apart (the analysis's outcome;
    necessity=True where `necessity` says the function has that switch). The earlier message told a user of
    --nec-cond to call pof(), which is no part of what they ran. Nothing for an expression without an arrow, or one
    whose every name is a column (a column named 'A->B')."""
    parts = r_arrow(expression, [str(c) for c in columns])
    if parts is None:
        return
    left, arrow, right, relation = parts
    said = (f"{name} {expression!r} holds {arrow!r}, the arrow of R's pof() notation ('X -> Y': X sufficient for "
            f"outcome Y; 'X <- Y': X necessary for Y), which names the outcome in the expression; here the outcome is "
            f"given apart and the expression holds the conditions only (e.g. 'LIT' or 'A*~B + C'): {name}={left!r}")
    if necessity and relation in ("necessity", "both"):
        said += " with necessity=True (CLI: --necessity)"
    if relation == "both":
        said += " (R refuses '<->' too)"
    raise QCAInputError(said)


def _check_names_known(expression: str, names: list[str], data, outcome, case_column,
                        name: str = "expression", pof_call: bool = True) -> None:
    """A name of the expression that is no column, or the outcome's: the problem is the expression's (the CLI's
    --expression, or the parameter `name` names, e.g. nec_cond), not the data's nor the conditions' (the caller gave
    none: prepare_data's 'conditions include the outcome' named a parameter not given), so say so, with a near column
    if there is one and the conditions it may use. R's arrow ('A -> Y'): pof()'s own form when `pof_call`, else
    `refuse_r_arrow`'s (a parameter of the conditions alone)."""
    if not isinstance(data, pd.DataFrame):
        return  # prepare_data says what data must be
    from .data_hints import _near
    from .data_lists import _show_columns
    from .data_names import _parse_outcome

    cols = [str(c) for c in data.columns]
    try:
        out = _parse_outcome(outcome)[0]
    except QCAInputError:
        out = None  # the outcome's own error comes from prepare_data
    if out is not None and out in names:
        raise QCAInputError(f"{name} {quoted(expression)} names the outcome {quoted(out)}: a set cannot explain itself; write it "
                            "with the conditions only (the other columns)")
    unknown = [n for n in names if n not in cols]
    if not unknown:
        return
    arrow = r_arrow(expression, cols)
    if arrow is not None and pof_call:
        raise QCAInputError(f"{name} " + r_arrow_message(
            expression, arrow, "pof({left!r}, data, {right!r}, relation={relation!r})"))
    refuse_r_arrow(expression, cols, name, necessity=name == "expression")   # cluster_diagnostics has the switch
    allowed = [c for c in cols if c != out and c != case_column]
    from .expressions import comma_hint, value_notation_hint

    hints = hints_by_name((n, value_notation_hint(n, cols) or comma_hint(n, allowed) or _near(n, cols)) for n in unknown)
    raise QCAInputError(f"{name} {quoted(expression)}: unknown {in_number(len(unknown), 'condition')} "
                        f"{', '.join(map(quoted, unknown))}{hints} "
                        f"(conditions: {_show_columns(allowed)})")


def _fit_rows(by_term: np.ndarray, labels: list[str], y: np.ndarray, relation: str,
              with_h: bool) -> tuple[pd.DataFrame, np.ndarray]:
    """The fit table of the terms whose memberships are the rows of `by_term` (terms x cases, each term's memberships
    contiguous), and the memberships in their union (fuzzy OR = max). Each term's fit is computed from its own row;
    nothing of the size of the terms x cases matrix is made: 300 terms of 100,000 fuzzy cases made five copies of
    it (1.1 GB peak, 9.9 s CPU, most of it in running maxima along the terms; now 0.36 GB, 3.0 s).

    Unique coverage covU of term i is covS(union) - covS(union of the other terms), the union of the others being,
    case by case, the largest membership in a term other than i: the case's largest membership where i does not
    hold it (first of the largest), else the second largest (equal to the largest on a tie). max picks one of its
    operands, so these are the same values, to the bit, as the maximum over the other terms' memberships."""
    recs = []
    n_terms = by_term.shape[0]
    several = n_terms > 1
    if relation == "sufficiency" and several:
        whole, first, second = _two_largest(by_term, by_term.shape[1])
    else:
        whole = by_term.max(axis=0)
    cov_all = coverage(whole, y)
    rows = [(label, by_term[i]) for i, label in enumerate(labels)] + ([("expression", whole)] if several else [])
    for i, (label, x) in enumerate(rows):
        if relation == "sufficiency":
            rec = {"term": label, "inclS": consistency(x, y), "PRI": pri(x, y), "covS": coverage(x, y)}
            if several and i < n_terms:
                held = first == i
                others = np.where(held, second, whole) if held.any() else whole
                rec["covU"] = cov_all - coverage(others, y)
            else:
                rec["covU"] = np.nan
            if with_h:
                rec["inclH"] = haesebrouck(x, y)
        else:
            rec = {"term": label, "inclN": consistency(x, y, "necessity"), "RoN": ron(x, y),
                   "covN": coverage(x, y, "necessity")}
        recs.append(rec)
    df = pd.DataFrame(recs)
    df.index = pd.RangeIndex(1, len(df) + 1)
    return df, whole


def _expression_hint(expression) -> str:
    """What to write for an expression given as a solution, a model or a list of terms (R's pof takes a solution
    object, or a vector of terms, each scored): the text they stand for; '' otherwise."""
    if hasattr(expression, "models") and getattr(expression, "models", None):   # a Solution
        return (f": a solution's model is scored by its text, pof({expression.models[0].expression!r}, ...) (the "
                "solution already holds its fit: sol.models[0].fit)")
    if hasattr(expression, "expression") and isinstance(getattr(expression, "expression"), str):   # a Model
        return f": a model is scored by its text, pof({expression.expression!r}, ...)"
    if isinstance(expression, (list, tuple)) and expression and all(isinstance(t, str) for t in expression):
        return (f": write the terms as one expression, {quoted(' + '.join(t.strip() for t in expression))} (pof lists each "
                "term's fit and the expression's)")
    if isinstance(expression, (pd.Series, np.ndarray)):   # R's pof(setms = data$DEV, ...): memberships, not a name
        name = getattr(expression, "name", None)
        return (" of memberships (R's pof takes a set's memberships as setms; here an expression names the data's "
                "sets): " + (f"give its name, pof({str(name)!r}, data, ...)" if name is not None else
                             "put them in the data and name them, pof('X', data.assign(X=<them>), ...)"))
    return ""


@refuses_r_only_arguments("pof")
@warns_once
def pof(expression: str, data: pd.DataFrame, outcome: str, relation: str = "sufficiency", *,
        case_column: str | None = None, haesebrouck_consistency: bool = False,
        skew_bounds=(0.2, 0.8)) -> PofResult:
    """Fit of `expression` ('A*~B + C', crisp/fuzzy literals or multi-value 'A[2]') for `outcome`
    ('Y', '~Y', 'Y{v}'), for sufficiency (inclS, PRI, covS, covU) or necessity (inclN, RoN, covN).

    Unlike R QCA's pof(), whose relation defaults to 'necessity', the default here is sufficiency (pofind's is
    necessity, as R's); R's arrow notation ('A*B -> Y', 'A <= Y') is refused with the call to write instead, and
    so is a call in R's order of arguments, pof(setms, outcome, data), such as pof('A*B', 'Y', data=df),
    pof('A*B', 'Y', df) or pof('A*B', df['Y'], df): here the data come second, pof('A*B', df, 'Y').
    data: a DataFrame holding the expression's sets and the outcome (other columns are not read); case_column: the
    column of case names (default: the index). haesebrouck_consistency: add inclH, Haesebrouck's (2015) consistency
    Σmin(X,Y) / Σ(min(X,Y) + √(max(X−Y,0)·X)), to a sufficiency table (refused for necessity). The expression's
    sets and the outcome, when skewed, are warned of as necessity() warns of them (skew.membership_warnings;
    skew_bounds: (low, high) shares as necessity()'s, None: no check)."""
    from .skew import membership_warnings, warn_notes

    rel = _relation(relation)
    haesebrouck_consistency = flag("haesebrouck_consistency", haesebrouck_consistency)
    if haesebrouck_consistency and rel == "necessity":  # it was left out of the table without a word
        raise QCAInputError("haesebrouck_consistency is a consistency of sufficiency (inclH, Haesebrouck 2015); "
                            "relation='necessity' has none: leave it out, or use relation='sufficiency'")
    if isinstance(expression, pd.DataFrame):
        from .r_calls import pof_frame_hint

        raise QCAInputError("pof(expression, data, outcome): the expression comes first, then the data, got a "
                            f"DataFrame as the expression; {pof_frame_hint(expression)}")
    if isinstance(data, str) and isinstance(outcome, pd.DataFrame):   # R's pof(setms, outcome, data)
        raise QCAInputError(f"pof(expression, data, outcome): the data come second, then the outcome, got the text "
                            f"{quoted(data)} as the data and a DataFrame as the outcome (R's order, pof(setms, outcome, "
                            f"data)); write pof({quoted(expression)}, data, {quoted(data)})")
    if isinstance(data, pd.Series) and isinstance(outcome, pd.DataFrame):   # R's pof(setms, dat$Y, dat)
        name = str(data.name) if data.name is not None and data.name in outcome.columns else "Y"
        raise QCAInputError(f"pof(expression, data, outcome): the data come second, then the outcome's name, got a "
                            f"pandas Series{f' ({quoted(data.name)})' if data.name is not None else ''} as the data and a "
                            f"DataFrame as the outcome (R's order with the outcome's values, pof(setms, dat$Y, dat)); "
                            f"write pof({quoted(expression)}, data, {quoted(name)})")
    if not isinstance(expression, str) or not expression.strip():
        kind = type(expression).__name__
        shown = repr(expression) if isinstance(expression, str) else f"{'an' if kind[0] in 'aeiouAEIOU' else 'a'} {kind}"
        raise QCAInputError(f"expression must be a non-empty string such as 'A*~B + C', got {shown}"
                            f"{_expression_hint(expression)}")
    if isinstance(data, pd.DataFrame) and ("(" in expression or ")" in expression):
        from .data_names import _check_name  # a set named with parentheses ('A(x)'), not grouping: say so

        for col in map(str, data.columns):
            if ("(" in col or ")" in col) and col in expression:
                _check_name(col, "condition", list(map(str, data.columns)))
    refuse_printed_model(expression, list(map(str, data.columns)) if isinstance(data, pd.DataFrame) else [])
    names = _names_in(expression)
    if not names:
        raise QCAInputError(f"no set names in expression {quoted(expression)}")
    if isinstance(data, pd.DataFrame) and tuple_columns_message(data.columns):   # no name of the expression is one
        raise QCAInputError(tuple_columns_message(data.columns))
    _check_names_known(expression, names, data, outcome, case_column)
    if isinstance(data, pd.DataFrame):  # literals in the data's column order, as a solution prints them (A*B, not B*A)
        position = {str(c): i for i, c in enumerate(data.columns)}
        names = sorted(names, key=lambda n: position.get(n, len(position)))
    # the data's own notes (an outcome constant, a 0/1 set with one typo read as multi-value, ...) warned, as
    # necessity() warns them: pof() dropped them (warn=False), so its NaN or multi-value fit came without a word
    qd = prepare_data(data, outcome, names, case_column=case_column)
    # its sets' skew, as necessity() and truth_table() say it, and a set that is the outcome under another name
    warn_notes(membership_warnings(qd, skew_bounds)
               + _outcome_identity_notes(qd.conditions, qd.kinds, qd.X, qd.y, qd.outcome))
    terms = parse_expression(expression, qd.conditions, qd.noflevels)
    # a term written twice ('A + A') is one term of the union: listed once
    imp = np.array(list(dict.fromkeys(tuple(term_to_implicant(t, qd.conditions)) for t in terms)))
    multi = [kind == "multi-value" for kind in qd.kinds]
    by_term = implicant_membership(qd.X, imp, multi, by_implicant=True)   # terms x cases: each term's row contiguous
    # R's multi-value notation (every literal A[v]) when a condition is multi-value or the expression is written in
    # it (a solution's term of multi-value data, e.g. 'IND[1]*STB[1]', is printed back as written, not 'IND*STB')
    bracketed = qd.multivalue or re.search(r"[\[{]\s*\d", expression) is not None
    labels = [format_term(t, qd.conditions, bracketed) if t.any() else "1" for t in imp]
    table, whole = _fit_rows(by_term, labels, qd.y, rel, haesebrouck_consistency and rel == "sufficiency")
    # cases x terms as a view of the terms' rows (pandas keeps a block as columns x rows: this one, not a copy)
    frame = pd.DataFrame(by_term.T, columns=labels, index=list(qd.cases), copy=False)
    if len(labels) > 1:
        frame["expression"] = whole
    return PofResult(expression=" + ".join(labels), outcome=qd.outcome, relation=rel, table=table,
                     memberships=frame, outcome_membership=pd.Series(qd.y, index=list(qd.cases), name=qd.outcome))


@refuses_r_only_arguments("pofind")
@warns_once
def pofind(data: pd.DataFrame, outcome: str, conditions=None, relation: str = "necessity", *,
           case_column: str | None = None, skew_bounds=(0.2, 0.8)) -> PofResult:
    """Fit of each condition and its negation (multi-value: each value) on its own, in R's order (~A, A, ...):
    inclS, PRI, covS for sufficiency; inclN, RoN, covN for necessity (R QCA's pofind): inclS and covN =
    Σmin(X,Y) / ΣX, covS and inclN = Σmin(X,Y) / ΣY (Ragin 2006), PRI (Ragin 2008) and RoN = Σ(1−X) / Σ(1−min(X,Y))
    (Schneider & Wagemann 2012), as measures.py computes them.

    data, outcome ('Y', '~Y', 'Y{v}'), conditions (a list or 'A, B, C'; default: every other column) and
    case_column (default: the index) are read as truth_table() reads them. relation: 'necessity' (the default, as
    R's pofInd) or 'sufficiency' (also 'nec' / 'suf'). The conditions and the outcome, when skewed, are warned of
    as pof() and necessity() warn of them on the same data (skew.membership_warnings; skew_bounds: (low, high) shares
    as necessity()'s, None: no check)."""
    from .necessity import _literals

    from .skew import membership_warnings, warn_notes

    rel = _relation(relation)
    qd = prepare_data(data, outcome, conditions, case_column=case_column)   # the data's own notes too, as pof()'s
    # its sets' skew, as pof() and necessity() say it, and a condition that is the outcome under another name (its ~X
    # of fit 1 here)
    warn_notes(membership_warnings(qd, skew_bounds)
               + _outcome_identity_notes(qd.conditions, qd.kinds, qd.X, qd.y, qd.outcome))
    lits = _literals(qd)
    labels = [name for _, _, name, _ in lits]
    mem = np.column_stack([m for _, _, _, m in lits])
    recs = []
    for label, x in zip(labels, mem.T):
        if rel == "sufficiency":
            recs.append({"term": label, "inclS": consistency(x, qd.y), "PRI": pri(x, qd.y),
                         "covS": coverage(x, qd.y)})
        else:
            recs.append({"term": label, "inclN": consistency(x, qd.y, "necessity"), "RoN": ron(x, qd.y),
                         "covN": coverage(x, qd.y, "necessity")})
    table = pd.DataFrame(recs, index=pd.RangeIndex(1, len(recs) + 1))
    return PofResult(expression=", ".join(labels), outcome=qd.outcome, relation=rel, table=table,
                     memberships=pd.DataFrame(mem, columns=labels, index=list(qd.cases)),
                     outcome_membership=pd.Series(qd.y, index=list(qd.cases), name=qd.outcome))
