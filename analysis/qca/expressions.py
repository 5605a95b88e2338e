"""Terms (conjunctions of literals) and expressions (disjunctions of terms) in R QCA syntax.

Syntax: `A*~B` for crisp and fuzzy sets (`~` = negation), `DEV[2]*URB[0]` for multi-value data, where R QCA
3.25 writes every literal with brackets; `+` joins terms. Internally a term is an *implicant* row encoded per
condition as 0 = condition absent (don't care) and v+1 = the condition takes value v.
Membership of a case in a term is the minimum over its literals (fuzzy AND), in an expression the maximum over
its terms (fuzzy OR); a literal A is x, ~A is 1 - x, a multi-value literal A[v] is 1 if x == v else 0.
"""
from __future__ import annotations

import functools
import re
from contextvars import ContextVar
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .checks import flag
from .errors import QCAInputError, in_number, quoted, shortened, user_stacklevel
from .r_calls import refuses_r_only_arguments

__all__ = [
    "format_literal", "format_term", "format_expression", "parse_term", "parse_expression",
    "term_to_implicant", "implicant_to_term", "implicant_membership", "term_membership",
    "expression_membership",
]


def named_outcome(expression: str, outcome: str, conditions) -> str | None:
    """The outcome's column when `expression`, which may name conditions only (esa's nec_cond and untenable, a
    theory), names it; None otherwise (and when a condition has the outcome's name). outcome: as displayed ('~Y',
    'Y{1}')."""
    column = re.sub(r"\{.*\}$", "", str(outcome).lstrip("~").strip())
    names = set(re.findall(r"[^\s~*+()\[\]]+", expression))
    return column if column in names and column not in conditions else None


def format_literal(condition: str, value: int, multivalue: bool = False) -> str:
    """One literal: `A` / `~A` for crisp and fuzzy data, `A[v]` for multi-value data."""
    if multivalue:
        return f"{condition}[{int(value)}]"
    return condition if int(value) == 1 else "~" + condition


def _sequence(value) -> bool:
    """A list-like of entries: not text (read letter by letter), not a mapping, not a scalar."""
    return isinstance(value, Iterable) and not isinstance(value, (str, bytes, Mapping))


def _conditions(conditions, noflevels=None) -> tuple[list[str], list[int] | None]:
    """`conditions` as a list of names and `noflevels` (if given) as one number of levels (>= 2) per condition;
    text ('A,B' would be read letter by letter), None or a number is refused, saying what is allowed."""
    if not _sequence(conditions):
        raise QCAInputError(f"conditions must be a list of condition names such as ['A', 'B'], got {quoted(conditions)}")
    names = [str(c) for c in conditions]
    if noflevels is None:
        return names, None
    return names, _per_condition(noflevels, names, 2, "noflevels", "be a list of numbers of levels",
                                 "a number of levels >= 2", "2 for crisp and fuzzy sets")


def _implicant(implicant, conditions) -> list[int]:
    """An encoded implicant (0 = absent, v + 1 = value v), one whole number per condition."""
    return _per_condition(implicant, conditions, 0, "an implicant", "be a sequence of codes", "a code >= 0",
                          "0 = absent, 1 = negated, 2 = present, v + 1 = value v")


def _per_condition(values, names, low: int, what: str, shape: str, each: str, meaning: str) -> list[int]:
    """`values` as whole numbers >= `low`, one per condition in `names`, or a QCAInputError saying what `what`
    must be (its `shape`, `each` entry and what the numbers mean)."""
    if not _sequence(values):
        raise QCAInputError(f"{what} must {shape}, one per condition ({meaning}), got {quoted(values)}")
    vals = list(values)
    if len(vals) != len(names) or any(isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer))
                                      or v < low for v in vals):
        raise QCAInputError(f"{what} must give {each} ({meaning}) for each of the {len(names)} conditions "
                            f"({', '.join(quoted(str(n)) for n in names)}), got {quoted(vals)}")
    return [int(v) for v in vals]


@refuses_r_only_arguments("format_term")
def format_term(implicant: Sequence[int], conditions: Sequence[str], multivalue: bool = False) -> str:
    """An encoded implicant as a term in condition order; the empty term (no literal) is written '1'.

    implicant: one code per condition (0 = absent, 1 = negated, 2 = present, v + 1 = value v); conditions: their
    names, a list (not a string). multivalue: write every literal as A[v], as R QCA does on multi-value data
    (required for codes above 2); otherwise A / ~A."""
    multivalue = flag("multivalue", multivalue)
    conditions, _ = _conditions(conditions)
    codes = _implicant(implicant, conditions)
    if not multivalue and any(v > 2 for v in codes):
        raise QCAInputError(f"implicant {quoted(codes)}: codes above 2 are values of multi-value conditions; pass "
                            "multivalue=True")
    return terms_text(np.asarray([codes], dtype=np.int64), conditions, multivalue)[0]


def terms_text(implicants: np.ndarray, conditions: Sequence[str], multivalue: bool) -> list[str]:
    """`format_term` of each row of an implicant array the engine built (codes known valid, so unchecked): each
    literal's text is made once per condition and value, not once per term, so a chart of 10^5 implicants on 40
    conditions is written in a fraction of a second (checking each term's arguments cost about 25 us a term)."""
    imp = np.asarray(implicants)
    names = [str(c) for c in conditions]
    if imp.shape[0] == 0:
        return []
    top = int(imp.max()) if imp.size else 0   # no condition: every term is the empty term '1'
    lit = [[""] + [format_literal(c, v - 1, multivalue) for v in range(1, top + 1)] for c in names]
    return ["*".join([lit[j][codes[j]] for j in at]) if at else "1"
            for codes, at in zip(imp.tolist(), true_positions(imp != 0))]


def true_positions(matrix: np.ndarray) -> list[list[int]]:
    """For each row of a 2-d array, the positions of its nonzero (True) cells, in order: one np.nonzero for the
    whole array, not one call per row (a chart's 10^5 implicants)."""
    rows, cols = np.nonzero(matrix)
    ends = np.searchsorted(rows, np.arange(1, matrix.shape[0] + 1)).tolist()
    cols = cols.tolist()
    out, start = [], 0
    for end in ends:
        out.append(cols[start:end])
        start = end
    return out


@refuses_r_only_arguments("format_expression")
def format_expression(implicants: Iterable[Sequence[int]], conditions: Sequence[str],
                      multivalue: bool = False) -> str:
    """Terms joined by ' + ': `format_term` of each of `implicants` (a list of encoded implicants) on `conditions`
    (a list of names); multivalue: literals written A[v]."""
    multivalue = flag("multivalue", multivalue)
    if not _sequence(implicants):
        raise QCAInputError(f"implicants must be a list of implicants (each a sequence of codes, one per "
                            f"condition), got {quoted(implicants)}")
    return " + ".join(format_term(t, conditions, multivalue) for t in implicants)


_LIT_RE = re.compile(r"^(~?)\s*([^\[\]{}~*+]+?)\s*(?:[\[{]\s*([0-9]+)\s*[\]}])?$")
# the same match where the name holds a character other than a blank (the lazy name above stepped through a
# name of 100,000 characters a character at a time: about 5 ms a literal); _LIT_RE where it does not
_LIT_FAST = re.compile(r"^(~?)\s*([^\[\]{}~*+]*[^\[\]{}~*+\s])\s*(?:[\[{]\s*([0-9]+)\s*[\]}])?$")


def _literal(text: str):
    """_LIT_RE.match(text), its groups and span the same (_LIT_FAST first)."""
    return _LIT_FAST.match(text) or _LIT_RE.match(text)


#: A literal written with a value as other notations write one: 'DEV=2', 'DEV == 2' (directional expectations' and
#: Python's), 'DEV(2)' (a function's call), 'DEV:2'.
_VALUE_FORMS = re.compile(r"^\s*(~?)\s*([^\s=:()\[\]{}~*+]+)\s*(?:={1,2}|:|\()\s*([0-9]+)\s*\)?\s*$")


def value_notation_hint(name, columns) -> str:
    """For a literal of an expression written 'DEV=2', 'DEV==2', 'DEV(2)' or 'DEV:2', where DEV is a column: "; a
    condition's value is written in brackets: DEV[2] ... (R QCA's multi-value notation; NAME=VALUE pairs are
    dir_exp's form)"; '' for anything else (an unknown name, a column named 'DEV=2'). Before, 'DEV=2' got only 'did
    you mean DEV?', and 'DEV(2)' the advice to write a sum of products."""
    m = _VALUE_FORMS.match(str(name))
    cols = [str(c) for c in columns]
    if m is None or m.group(2) not in cols or str(name).strip() in cols:
        return ""
    neg, cond, value = m.groups()
    cond = shortened(cond)   # a column of 100,000 characters: its beginning and length, as errors quote it
    said = f"{neg}{cond}[{int(value)}]"
    other = (f"; on a crisp or fuzzy set {cond}[1] is {cond}, {cond}[0] is ~{cond}" if int(value) < 2 else "")
    return (f"; a condition's value is written in brackets: {said} for {quoted(str(name).strip())} (R QCA's multi-value "
            f"notation; NAME=VALUE pairs are dir_exp's form){other}")


def _unknown_literals(terms: Iterable[str], conditions: Sequence[str]) -> list[tuple[str, str]]:
    """(literal, name) of each literal of `terms` whose name is no condition, each name once, in order; a literal it
    cannot read is left to parse_term, a term '1' (every case) too."""
    found: dict[str, str] = {}
    for term in terms:
        if term.strip() == "1" and "1" not in conditions:
            continue
        for raw in term.split("*"):
            m = _literal(raw.strip())
            if m and m.group(2) not in conditions:
                found.setdefault(m.group(2), raw.strip())
    return [(lit, name) for name, lit in found.items()]


def comma_hint(name: str, conditions: Sequence[str]) -> str:
    """For a name that is conditions joined by ',' or ';' ('DEV,URB', read as one name: a list written as in R's
    c() or a spreadsheet), or by their full-width forms or '、' ('DEV，URB', typed with a Chinese input method, named):
    that these join nothing in an expression, with both readings written out; '' otherwise (the near name, 'DEV',
    misled)."""
    parts = [p.strip() for p in re.split("[,;\uff0c\uff1b\u3001]", str(name))]
    if len(parts) < 2 or not all(p.lstrip("~").strip() in conditions for p in parts):
        return ""
    # 'DEV，URB' (a Chinese input method's comma, 全角): was told "'，' -> ','", e.g. 'DEV,URB', refused again
    wide = next((ch for ch in str(name) if ch in "\uff0c\uff1b\u3001"), None)
    kind = {"\uff0c": "a full-width comma", "\uff1b": "a full-width semicolon", "\u3001": "a Chinese enumeration comma "
            "(顿号)"}.get(wide)
    return (f"; {f'{wide!r} is {kind}, and ' if wide else ''}',' joins nothing in an expression: write "
            f"{' + '.join(parts)!r} (any of them: terms are joined by '+') or {'*'.join(parts)!r} (all of them: '*' "
            "within a term)")


def r_vector_expression_message(text: str, conditions: Sequence[str] = ()) -> str:
    """For an expression given as R's vector c(...) copied as text (a theory, pof's setms = c("DEV", "URB"), which
    was told "parentheses are not supported; write it as a sum of products", of no parentheses the user wrote as
    such): "R's vector c(...) copied as text; write 'DEV + URB' (any of them: terms are joined by '+') or 'DEV*URB'
    (all of them: '*' within a term)", the product left out when an item is itself a sum; '' for any other text
    (and when a condition's name holds a parenthesis: c(...) may then be one)."""
    from .r_calls import r_vector_items

    items = r_vector_items(text)
    if items is None or not all(items) or any(re.search(r"[()]", str(c)) for c in conditions):
        return ""
    said = "R's vector c(...) copied as text; write "
    if len(items) == 1:
        return said + quoted(items[0])
    product = "" if any("+" in i for i in items) else f" or {quoted('*'.join(items))} (all of them: '*' within a term)"
    return f"{said}{quoted(' + '.join(items))} (any of them: terms are joined by '+'){product}"


#: A full-width '（' inside a name ('医生数（人）', a Chinese column's name: after a letter, digit or other character of
#: a name), where it groups nothing: an expression holding one is read as names.
_WIDE_IN_NAME = re.compile("[^\\s*+~(\uff08\uff0a\uff0b\uff5e]\uff08")
#: The full-width forms of the expression syntax's characters, named when they group terms.
_WIDE_EXPRESSION = {"\uff08": "(", "\uff09": ")", "\uff0a": "*", "\uff0b": "+", "\uff5e": "~"}


def wide_parentheses_message(text: str, conditions: Sequence[str] = ()) -> str:
    """For an expression grouping terms with full-width parentheses ('DEV*（URB + LIT）', typed with a Chinese input
    method, 全角; read as the unknown names '（URB' and 'LIT）', each told "did you mean 'URB'?"): "parentheses are not
    supported ('（', '）' are full-width characters, typed with a Chinese input method, 全角); write its sum of
    products, 'DEV*URB + DEV*LIT'", written in ASCII, naming the full-width operators too; '' when it holds none, or
    a '（' follows a name's character ('医生数（人）*DEV': a name's own), or a condition's name holds one."""
    if not isinstance(text, str) or not re.search("[\uff08\uff09]", text) or _WIDE_IN_NAME.search(text) or \
            any(ch in str(c) for c in conditions for ch in "\uff08\uff09"):
        return ""
    from .data_wide import _WIDE_WORD_CHARS
    from .pof import sum_of_products   # (pof imports this module)

    found = sorted(set(_WIDE_EXPRESSION) & set(text), key=text.index)
    written = sum_of_products(text.translate(str.maketrans({**_WIDE_WORD_CHARS, **_WIDE_EXPRESSION})))
    chars = (f"{', '.join(map(repr, found))} are full-width characters" if len(found) > 1 else
             f"{found[0]!r} is a full-width character")
    return (f"parentheses are not supported ({chars}, typed with a Chinese input method, 全角); "
            + (f"write its sum of products, {quoted(written)}" if written and "(" not in written else
               "write it as a sum of products, e.g. 'A*B + A*C' for 'A*(B + C)'"))


def _unknown_names_error(unknown: list[tuple[str, str]], where: str | None,
                         conditions: Sequence[str]) -> QCAInputError:
    """"unknown condition 'X' in term 'X*B'" for one name, "unknown conditions 'X', 'Y' in term ..." (or "in
    expression ...") for several: each name with its own hint (a value written 'DEV=2', a near name), naming the name
    it is for ("; 'DVE': did you mean 'DEV'?"), so that a second unknown name is not found only after the first is put
    right. `where` None: no " in ..." (a message naming the argument's value itself)."""
    from ._near import hints_by_name
    from .data_hints import _near   # (data imports this module)

    hints = hints_by_name((name, value_notation_hint(lit, conditions) or comma_hint(name, conditions)
                           or _near(name, conditions)) for lit, name in unknown)
    names = (f"condition {quoted(unknown[0][1], as_written=True)}" if len(unknown) == 1 else
             f"conditions {', '.join(quoted(name) for _, name in unknown)}")
    return QCAInputError(f"unknown {names}{f' in {where}' if where else ''}{hints} (conditions: "
                         f"{', '.join(quoted(str(c)) for c in conditions)})")


def several_unknown_names(items: Sequence[str], i: int, conditions: Sequence[str],
                          where: str | None = None) -> QCAInputError | None:
    """When items[i] (a term or an expression, refused) names an unknown condition and a later item another one:
    the error naming every one of them in one line, each with its own hint; None otherwise (items[i]'s own error
    stands). The terms of an expression, dir_exp's literals and esa's necessary conditions read alike."""
    names = [str(c) for c in conditions]

    def terms(some):
        return [t for item in some for t in item.split("+")]

    here = _unknown_literals(terms(items[i:i + 1]), names)
    unknown = _unknown_literals(terms(items[i:]), names) if here else []
    return _unknown_names_error(unknown, where, names) if len(unknown) > len(here) else None


@refuses_r_only_arguments("parse_term")
def parse_term(text: str, conditions: Sequence[str], noflevels: Sequence[int] | None = None) -> dict[str, int]:
    """'A*~B' or 'A[2]*B[0]' as {condition: value}; names must be among `conditions`. '1' (no literal, every
    case: how `format_term` writes the empty term, e.g. a solution '1') is {} unless a condition is named '1'.

    text: the term, literals A, ~A or A[v] joined by '*'. conditions: a list of names (not a string). noflevels:
    optional number of levels per condition (2 for crisp and fuzzy): checks A[v] is in range and refuses a bare A
    for a multi-value condition; None: no check."""
    if not isinstance(text, str) or text.strip() == "":
        raise QCAInputError(f"a term must be a non-empty string such as 'A*~B', got {quoted(text)}")
    conditions, noflevels = _conditions(conditions, noflevels)
    if text.strip() == "1" and "1" not in conditions:
        return {}
    out: dict[str, int] = {}
    repeated: list[str] = []
    for raw in text.split("*"):
        lit = raw.strip()
        m = _literal(lit)
        if not m:
            sum_ = (f"; {quoted(text.strip())} is a sum of terms (joined by '+', as a solution is written): parse_term reads "
                    f"one term, parse_expression(text, conditions) a sum") if "+" in text else ""
            raise QCAInputError(f"cannot read literal {quoted(lit)} in term {quoted(text)}: write A, ~A or A[v] joined by "
                                f"'*'{sum_}{value_notation_hint(lit, conditions)}")
        neg, name, val = m.group(1) == "~", m.group(2), m.group(3)
        if name not in conditions:   # every unknown name of the term, not the first alone
            raise _unknown_names_error(_unknown_literals([text], conditions), f"term {quoted(text)}", conditions)
        j = conditions.index(name)
        levels = int(noflevels[j]) if noflevels is not None else None
        if val is None:
            value = 0 if neg else 1
            if levels is not None and levels > 2:
                raise QCAInputError(f"condition {quoted(name, as_written=True)} is multi-value: write {shortened(name)}[v] with "
                                    f"v in 0..{levels - 1}")
        else:
            value = int(val)
            if levels is not None and value >= levels:
                raise QCAInputError(f"value {value} of {quoted(name, as_written=True)} in term {quoted(text)} is out "
                                    f"of range 0..{levels - 1}")
            if neg:
                if levels is not None and levels > 2:
                    others = [v for v in range(levels) if v != value]
                    rest = [lit.strip() for lit in text.split("*") if lit.strip() != raw.strip()]
                    product = (f" (in a product, one term per value: "
                               f"{' + '.join('*'.join([f'{name}[{v}]'] + rest) for v in others)})" if rest else "")
                    raise QCAInputError(f"'~{name}[{value}]' is {name}'s other values ({', '.join(map(str, others))}), "
                                        f"not one literal: write their sum, "
                                        f"{' + '.join(f'{name}[{v}]' for v in others)}{product}")
                if value > 1:
                    raise QCAInputError(f"'~{name}[{value}]' cannot be read as a crisp literal")
                value = 1 - value
        if name in out and out[name] != value:
            # '(empty set)' was said of fuzzy data too, where A*~A is min(A, 1 - A): not empty, at most 0.5
            raise QCAInputError(f"term {quoted(text)} asks {quoted(name, as_written=True)} to take two values: a "
                                "contradiction (an empty set for "
                                "crisp and multi-value data; for fuzzy sets min(A, 1 - A), which no case is more in "
                                "than out of); write each condition once")
        if name in out and name not in repeated:
            repeated.append(name)
        out[name] = value
    term = {c: out[c] for c in conditions if c in out}
    if repeated:   # 'DEV*DEV' is DEV (A*A = A), as R reads it; but a condition typed twice is often another one mistyped
        _warn(f"term {text.strip()!r} names {', '.join(repr(n) for n in repeated)} twice: read as "
              f"{_written(term, noflevels, conditions)!r} (A*A is A, as R reads it); write each condition once, or "
              "check whether another condition was meant")
    return term


def _written(term: Mapping[str, int], noflevels, conditions) -> str:
    """A parsed term as format_term writes it, in condition order: A and ~A, or every literal A[v] on multi-value data
    (a condition of more than two levels, or without noflevels a value above 1), as R QCA 3.25 writes them."""
    multi = any(n > 2 for n in (noflevels or ())) or any(v > 1 for v in term.values())
    return "*".join(format_literal(c, v, multi) for c, v in term.items()) or "1"


#: The warnings given within the current call of a function wrapped by `warns_once` (None outside one).
_WARNED: ContextVar[set | None] = ContextVar("qca_expression_warnings", default=None)


def warns_once(func):
    """Give each warning of parse_term once per call of `func` (a public function taking an expression: pof,
    theory_evaluation, esa, ...; and each CLI command): their helpers parse the user's expression again (the theory's
    'DEV*DEV' was parsed six times, and the CLI said 'warning: ... (6 times)'). Nested calls share the outer call's
    record."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if _WARNED.get() is not None:
            return func(*args, **kwargs)
        token = _WARNED.set(set())
        try:
            return func(*args, **kwargs)
        finally:
            _WARNED.reset(token)
    return wrapper


def names_left_out(func):
    """An "unknown condition" error of `func` (theory_evaluation, find_rows, esa, minimize, ...: a public function
    parsing an expression of a truth table's conditions) names a column of the data left out of the conditions as
    one (data.left_out_hint, from the QCAData of its TruthTable or Solution argument), not as a typo."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QCAInputError as err:
            from .data import QCAData, left_out_hint

            tables = [getattr(a, "truth_table", a) for a in (*args, *kwargs.values())]
            qd = next((t.data for t in tables if isinstance(getattr(t, "data", None), QCAData)), None)
            hint = "" if qd is None else left_out_hint(str(err), qd.conditions, qd.other_columns)
            if not hint:
                raise
            raise type(err)(f"{err}{hint}") from None
    return wrapper


def once_per_call(messages) -> list[str]:
    """`messages` less those given already within the current call of a `warns_once` function (all of them outside
    one), which are then counted as given."""
    seen = _WARNED.get()
    if seen is None:
        return list(messages)
    new = [m for m in dict.fromkeys(messages) if m not in seen]
    seen.update(new)
    return new


def _warn(message: str) -> None:
    """A QCAWarning pointing at the caller of the public function (data imports this module, hence the late import),
    once within a call of a `warns_once` function."""
    import warnings

    from .data import QCAWarning
    if once_per_call([message]):
        warnings.warn(message, QCAWarning, stacklevel=user_stacklevel())


@refuses_r_only_arguments("parse_expression")
def parse_expression(text: str, conditions: Sequence[str],
                     noflevels: Sequence[int] | None = None) -> list[dict[str, int]]:
    """'A*~B + C' as a list of terms ({condition: value} each): `text` split at '+', each part read by parse_term
    with the same `conditions` (a list of names) and `noflevels` (optional levels per condition, for checks)."""
    if not isinstance(text, str) or text.strip() == "":
        raise QCAInputError(f"an expression must be a non-empty string such as 'A*~B + C', got {quoted(text)}")
    refused = r_vector_expression_message(text, conditions) or wide_parentheses_message(text, conditions)
    if refused:
        raise QCAInputError(refused)
    if re.search(r"[()]", text) and not any(re.search(r"[()]", str(c)) for c in conditions):
        from .pof import sum_of_products   # (pof imports this module)

        written = sum_of_products(text)
        raise QCAInputError("parentheses are not supported; " + (
            f"write its sum of products, {quoted(written)}" if written and not re.search(r"[()]", written) else
            "write it as a sum of products, e.g. 'A*B + A*C' for 'A*(B + C)'"))
    terms = text.split("+")
    empty = [i for i, t in enumerate(terms, 1) if not t.strip()]
    if empty:   # 'A +  + B', 'A +': said "a term must be a non-empty string ..., got ' '", naming neither
        where = "trailing" if empty[0] == len(terms) else "leading" if empty[0] == 1 else "double"
        raise QCAInputError(f"expression {quoted(text)} has an empty term (term {empty[0]} of {len(terms)}: a {where} '+'?); "
                            "write terms joined by '+', e.g. 'A*~B + C'")
    names, levels = _conditions(conditions, noflevels)
    # each term once, in the order written: 'A + A', 'A*B + B*A' is the same set twice, read once (A + A is A), as R
    # reads it; a text written again is not parsed again ('A*B + ' * 20000 read 20,000 terms, 0.3 ms each)
    parsed: dict[tuple, dict[str, int]] = {}
    read: dict[str, dict[str, int]] = {}   # each text read: its term
    twice: dict[tuple, dict[str, int]] = {}   # each term written again, once
    for i, t in enumerate(terms):
        if t.strip() in read:
            term = read[t.strip()]
            twice.setdefault(tuple(sorted(term.items())), term)
            continue
        try:
            term = parse_term(t, conditions, noflevels)
        except QCAInputError:   # (looked into only then: the terms are read once on the way to an answer)
            several = several_unknown_names(terms, i, names, f"expression {quoted(text)}")
            if several is not None:   # unknown names in this term and a later one: every one in one line
                raise several from None
            raise
        read[t.strip()] = term
        key = tuple(sorted(term.items()))
        if key in parsed:
            twice.setdefault(key, term)
        parsed.setdefault(key, term)
    if twice:
        shown = list(dict.fromkeys(_written(t, levels, names) for t in twice.values()))
        _warn(f"expression {quoted(text.strip())} holds the {in_number(len(shown), 'term')} "
              f"{', '.join(map(quoted, shown))} more than once: "
              "read once (A + A is A); write each term once, or check whether another term was meant")
    return list(parsed.values())


def term_to_implicant(term: Mapping[str, int], conditions: Sequence[str]) -> np.ndarray:
    """{condition: value} as an encoded implicant row (0 = absent, v+1 = value v)."""
    row = np.zeros(len(conditions), dtype=np.int16)
    for name, value in term.items():
        row[list(conditions).index(name)] = int(value) + 1
    return row


def implicant_to_term(implicant: Sequence[int], conditions: Sequence[str]) -> dict[str, int]:
    """Encoded implicant row as {condition: value}."""
    return {c: int(v) - 1 for c, v in zip(conditions, implicant) if int(v) != 0}


def _products(X: np.ndarray, products: Sequence[Sequence[tuple[int, int]]], multi: Sequence[bool], top=1.0, *,
              reduce: bool = False, cache: dict | None = None, by_product: bool = False) -> np.ndarray:
    """The engine's one evaluator of terms (min over literals) and sums of terms (max over terms): every case (row
    of X) in every product; `implicant_membership`, and through it `term_membership`, `expression_membership` and
    the truth table's row memberships, and the robust core's proof (protocol.core_minimised) all use it.

    products: each a sequence of literals (column j, value v): v = 1 is x, v = 0 is top - x for crisp and fuzzy
    columns, top * [x == v] for a multi-value column (`multi[j]`). A column may occur with two values (A*~A, which
    is min(A, 1 - A) for fuzzy sets: the robust core's products). Each literal is computed once (`cache`: a dict
    keeping them for further calls on the same X). Returns (cases, products) in X's dtype or, with reduce, their
    maximum (cases,), 0 without products, without the matrix; by_product: (products, cases) instead, each product's
    memberships contiguous (the truth table sums them product by product).
    X: memberships as floats with top = 1.0; or as whole multiples of 1/top in a small integer type, which the
    robust core's proof uses on its grid of {0, 0.5, 1}^k (halves: uint8, top = 2). Measured on that grid at 3^12
    points with a 12-condition core of 304 products (best of 3, on 2 shared cores): 0.10 s in halves, 1.4 s in
    float64 and 0.66 s in float32 with this same code, the same memberships; so the dtype is a parameter of this
    one evaluator rather than a second evaluator in integers beside it."""
    cache = {} if cache is None else cache
    n = X.shape[0]
    if reduce:
        out = np.zeros(n, dtype=X.dtype)
    else:
        out = np.empty((len(products), n) if by_product else (n, len(products)), dtype=X.dtype)
    for i, prod in enumerate(products):
        m = np.full(n, top, dtype=X.dtype)
        for j, v in prod:
            lit = cache.get((j, v))
            if lit is None:
                x = X[:, j]
                if multi[j]:
                    lit = (x == v).astype(X.dtype) * top
                else:
                    lit = np.ascontiguousarray(x) if v == 1 else top - x
                cache[j, v] = lit
            np.minimum(m, lit, out=m)
        if reduce:
            np.maximum(out, m, out=out)
        elif by_product:
            out[i] = m
        else:
            out[:, i] = m
    return out


def implicant_membership(X: np.ndarray, implicants: np.ndarray, multi: Sequence[bool], *,
                         by_implicant: bool = False) -> np.ndarray:
    """Membership of every case (rows of X) in every implicant: array (cases, implicants), or (implicants, cases)
    with by_implicant; fuzzy AND = min.

    `multi[j]` says condition j is multi-value (literal = indicator of the value) rather than crisp/fuzzy."""
    X = np.asarray(X, dtype=float)
    imp = np.asarray(implicants).reshape(-1, X.shape[1])
    return _products(X, [[(int(j), int(term[j]) - 1) for j in np.flatnonzero(term)] for term in imp], multi,
                     by_product=by_implicant)


def _frame_info(data: pd.DataFrame) -> tuple[list[str], np.ndarray, list[bool], list[int]]:
    if not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"data must be a pandas DataFrame of memberships, got {type(data).__name__}")
    from .data import check_arrow_types, duplicate_columns_message, tuple_columns_message   # (data imports this module)
    from .data_cells import _numeric

    check_arrow_types(data)   # pyarrow's string_view: pandas' NotImplementedError
    if tuple_columns_message(data.columns):   # a MultiIndex: a term names no column of it
        raise QCAInputError(tuple_columns_message(data.columns))
    if duplicate_columns_message(data.columns, missing_too=True):   # data[c] would be a frame of both columns
        raise QCAInputError(duplicate_columns_message(data.columns, missing_too=True))
    cols = [str(c) for c in data.columns]
    X = np.full((data.shape[0], len(cols)), np.nan)
    multi, levels = [], []
    for j, c in enumerate(data.columns):
        v = _numeric(data, c)[0]   # as prepare_data reads a column: a float32 0.81 is 0.81, text ' 1 ' is 1
        X[:, j] = v
        finite = v[np.isfinite(v)]
        is_mv = bool(len(finite)) and bool(np.all(finite == np.round(finite))) and finite.max() > 1
        multi.append(is_mv)
        levels.append(int(finite.max()) + 1 if is_mv else 2)
    return cols, X, multi, levels


def _check_used(X, cols, term: Mapping[str, int], data_index) -> None:
    """Each column `term` uses holds a number for every case, each a membership in [0, 1] or a multi-value level,
    as prepare_data requires of a condition (data._kind: 47.5 or -0.4 is refused naming the case, not read as a
    membership)."""
    from .data import case_name   # (data imports this module)
    from .data_sets import _kind

    for name in term:
        j = cols.index(name)
        bad = ~np.isfinite(X[:, j])
        if bad.any():
            who = ", ".join(case_name(data_index[i]) for i in np.flatnonzero(bad)[:5])   # ('GR', 1990): GR_1990
            raise QCAInputError(f"column {quoted(name, as_written=True)} has missing or non-numeric values (cases "
                                f"{who})")
        values = X[:, j]
        if len(values) and not (values.min() >= 0.0 and values.max() <= 1.0):   # the cases named only if needed
            _kind(values, name, [case_name(v) for v in data_index], "condition")


def _shown(value) -> str:
    return repr(value) if value is None or isinstance(value, (bool, int, float, np.number)) else type(value).__name__


def _term(term, cols, multi, levels, what: str) -> dict[str, int]:
    """A term given as text ('A*~B') or as {condition: value}, checked: a value of 0 or 1 (crisp and fuzzy: 1 the
    set, 0 its negation) or a level of a multi-value condition; anything else says what a term is."""
    if isinstance(term, str):
        return parse_term(term, cols, levels)
    if not isinstance(term, Mapping):
        raise QCAInputError(f"{what} must be a term such as 'A*~B' or {{'A': 1, 'B': 0}}, got {_shown(term)}")
    # a frame's columns named by numbers (header=None, range(k)) take {0: 1} as '0' takes them (cols are texts)
    term = {str(name) if name not in cols and isinstance(name, (int, np.integer)) and not isinstance(name, bool)
            and str(name) in cols else name: value for name, value in term.items()}
    unknown = [name for name in term if name not in cols]
    if unknown:   # every unknown name, each with the hint parse_term gives the same name as text
        from ._near import hints_by_name
        from .data_hints import _near   # (data imports this module)
        near = hints_by_name((name, _near(name, cols) if isinstance(name, str) else "") for name in unknown)
        names = f"condition '{unknown[0]}'" if len(unknown) == 1 else f"conditions {', '.join(map(repr, unknown))}"
        raise QCAInputError(f"unknown {names}{near} (columns: {', '.join(cols)})")
    t = {}
    for name, value in term.items():
        j = cols.index(name)
        top = levels[j] - 1 if multi[j] else 1
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not 0 <= value <= top:
            allowed = f"a level 0..{top}" if multi[j] else "1 (the set) or 0 (its negation)"
            raise QCAInputError(f"{what}: the value of {quoted(name, as_written=True)} must be {allowed}, got "
                                f"{quoted(value)}")
        t[name] = int(value)
    return t


def _data_first(function: str, what: str, data, other) -> None:
    """Refuse the arguments of a membership function in pof's order (expression first, as R's pof and compute take
    them), naming the order: the data come first here."""
    if isinstance(other, pd.DataFrame) and not isinstance(data, pd.DataFrame):
        raise QCAInputError(f"{function}(data, {what}): the data come first, then the {what} (unlike pof(expression, "
                            f"data, outcome)), got a DataFrame as the {what}")


@refuses_r_only_arguments("term_membership")
@warns_once
def term_membership(data: pd.DataFrame, term) -> np.ndarray:
    """Membership of each case (row of `data`) in a term given as 'A*~B' or {condition: value}."""
    _data_first("term_membership", "term", data, term)
    cols, X, multi, levels = _frame_info(data)
    t = _term(term, cols, multi, levels, "term")
    _check_used(X, cols, t, data.index)
    return implicant_membership(X, term_to_implicant(t, cols)[None, :], multi)[:, 0]


@refuses_r_only_arguments("expression_membership")
@warns_once
def expression_membership(data: pd.DataFrame, expression) -> np.ndarray:
    """Membership of each case in a sum of terms ('A*~B + C' or a list of terms); fuzzy OR = max.

    data: a DataFrame of memberships, one column per condition named in `expression` (integer columns with a value
    above 1 are multi-value); expression: text or a list of terms, each text or {condition: value}."""
    _data_first("expression_membership", "expression", data, expression)
    cols, X, multi, levels = _frame_info(data)
    if isinstance(expression, str):
        terms = parse_expression(expression, cols, levels)
    elif isinstance(expression, (list, tuple)):
        terms = [_term(t, cols, multi, levels, "each term of expression") for t in expression]
    else:
        raise QCAInputError(f"expression must be text such as 'A*~B + C' or a list of terms, got {_shown(expression)}")
    if not terms:
        raise QCAInputError("an expression needs at least one term")
    for t in terms:
        _check_used(X, cols, t, data.index)
    imp = np.array([term_to_implicant(t, cols) for t in terms])
    return implicant_membership(X, imp, multi).max(axis=1)
