"""Boolean minimisation of a truth table: conservative (complex), parsimonious and intermediate solutions.

Conservative: prime implicants of the positive rows alone (closed world: no remainder is assumed positive).
Parsimonious: prime implicants that cover no negative row (remainders are don't-cares); the remainders the
models cover are their simplifying assumptions. Both report *every* model made of the minimum number of prime
implicants that covers all positive rows (R QCA's definition; ties all reported, nothing greedy).
Intermediate (Ragin & Sonnett 2005; Ragin 2008): for each pair of a complex model C and a parsimonious
model P, a simplifying assumption of P is an *easy* counterfactual when it lies in some term c of C relaxed
inside a term p of P that contains c: c's literal on a condition is kept if its value is the expected one, if
the condition has no expectation ('-') or if p has a literal on that condition; otherwise it is widened to the
expected value(s) too (for a crisp condition: dropped). The other simplifying assumptions are *difficult*.
(Checked against every intermediate analysis of R QCA 3.25 in data/reference/r-qca; a term c contained in no
term of P contributes no easy counterfactual.) For a multi-value condition the widening adds only the expected
value(s): a remainder at a level the expectation does not name (DEV=0 under DEV=2) is a difficult
counterfactual, as the definition of an easy one requires (Schneider & Wagemann 2012). By our reading of
R QCA's source, R drops the condition instead, so it would also count such remainders as easy (with LM and
DEV=2,URB=1,LIT=1,IND=1,STB=1, pair C1P2: row 30 here, rows 16 and 30 there); no R reference here exercises this
case. The positive rows plus the easy counterfactuals are then
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

from dataclasses import dataclass

from ._cover import DEFAULT_MAX_WORK, cover_models
from ._implicants import (DEFAULT_MAX_CHART_CELLS, DEFAULT_MAX_IMPLICANTS, implicant_chart, implicants_for_minimum_covers, prime_implicants,
                          sort_terms)
from ._remainders import NoRemainders, Remainders, expand, rows_frame
from .checks import flag, int_text, plain_number_hint, whole, workers
from .data import full_width_forms, wide_operator_hint, written_in_ascii
from .errors import QCAComplexityError, QCAInputError, QCANoSolutionError, counted, in_number, quoted, shortened
from .expressions import format_term, names_left_out, parse_term, several_unknown_names
from .r_calls import r_vector_text, refuses_r_only_arguments, split_outside_brackets
from .solution import DirectionalExpectations, FitCache, IntermediatePair, LazyFrames, Model, PIChart, Solution, distinct_models
from .truth_table import TruthTable

__all__ = ["minimize", "parse_dir_exp", "solution_kind", "SA_LIMIT", "EC_LIMIT", "DEFAULT_MAX_MODELS", "BUDGETS"]

#: Configurations expanded at most to list the simplifying assumptions of one solution (beyond: not listed).
SA_LIMIT = 1 << 20
#: Configurations expanded at most to find the easy counterfactuals of one (C, P) pair (beyond: refused).
EC_LIMIT = 1 << 17
#: (C, P) pairs of an intermediate solution computed at most by default (beyond: the first ones, a partial answer;
#: about 40 s at 300 fuzzy cases x 8 conditions).
DEFAULT_MAX_PAIRS = 10_000
#: Minimal models listed at most by default (beyond: a counted, partial answer).
DEFAULT_MAX_MODELS = 1_000
_UNLISTED = 1 << 62  # max_models=None: list every model
#: minimize()'s search budgets (and n_jobs) with their defaults: the keywords that callers which minimise for the
#: user (find_rows, the CLI's flags) pass on, and nothing else of minimize()'s options.
BUDGETS = {"max_models": DEFAULT_MAX_MODELS, "allow_partial": True, "max_work": DEFAULT_MAX_WORK,
           "max_implicants": DEFAULT_MAX_IMPLICANTS, "max_chart_cells": DEFAULT_MAX_CHART_CELLS,
           "sa_limit": SA_LIMIT, "ec_limit": EC_LIMIT, "max_intermediate_pairs": DEFAULT_MAX_PAIRS, "n_jobs": 1}


# ---------------------------------------------------------------------- arguments
#: The characters of include ('?,C') and of directional expectations ('A=1,B=-', '1;2', '~B', 'C[2]'), whose
#: full-width forms ('？', 'Ｃ', '，', '－', '～') are named in the message refusing them (wide_operator_hint).
_INCLUDE_CHARS = "?C,"
_DIR_EXP_CHARS = "*+,=;[]{}-~"


def _parse_include(include) -> tuple[str, ...]:
    if include is None:
        return ()
    if isinstance(include, str):
        if "," in include and not all(p.strip() for p in include.split(",")):   # '?,': a stray comma, or a value lost
            raise QCAInputError(f"include has an empty item in {quoted(include)}; write '', '?', 'C' or '?,C'"
                                f"{wide_operator_hint(include, _INCLUDE_CHARS, _include_written)}")
        items = [s for s in re.split(r"[\s,]+", include.strip()) if s]
        if len(items) == 1 and len(items[0]) > 1 and set(items[0]) <= {"?", "C"}:
            items = list(items[0])
    else:
        try:
            items = [str(s).strip() for s in include]
        except TypeError:
            raise QCAInputError(f"include must be '', '?', 'C' or '?,C', got {quoted(include)}") from None
    bad = [s for s in items if s not in ("?", "C")]
    if bad:   # '？' or '？，Ｃ', typed with a Chinese input method: the hint names the ASCII characters meant
        meant = _include_meant(items)
        inner = r_vector_text(include)   # R's include = c("?", "C") copied as text
        try:
            written = ",".join(_parse_include(inner)) if inner else ""
        except QCAInputError:
            written = ""
        r_vector = f": R's vector c(...) copied as text; write {written!r}" if written else ""
        hint = (r_vector or wide_operator_hint(include, _INCLUDE_CHARS, _include_written)
                or (f"; write {meant!r}" if meant is not None else ""))
        kind = include.strip().lower() if isinstance(include, str) else ""
        if not hint and kind in _KIND_INCLUDE:   # the kind of solution wanted: include (and dir_exp) give it
            hint = f"; {kind} is {_KIND_INCLUDE[kind]}"
        raise QCAInputError(f"include may contain '?' (remainders) and 'C' (contradictions), got {quoted(include)}{hint}")
    twice = [s for s in ("?", "C") if items.count(s) > 1]
    if twice:   # '??' was read as '?' without a word: a typo (for '?,C'?), as a condition named twice is refused
        raise QCAInputError(f"include names {' and '.join(map(quoted, twice))} twice in {quoted(include)}; name each once: "
                            "'' (none), '?' (remainders), 'C' (contradictions) or '?,C' (both)")
    return tuple(s for s in ("?", "C") if s in items)


#: The kinds of solution, for include given one's name: what gives it.
_KIND_INCLUDE = {"conservative": "include='' (the default: no remainder used)",
                 "complex": "the conservative solution, include='' (the default: no remainder used)",
                 "parsimonious": "include='?' (CLI: --include '?'), the remainders used",
                 "intermediate": "include='?' (CLI: --include '?') with directional expectations, dir_exp='1,1,-' "
                                 "(CLI: --dir-exp 1,1,-)"}

#: Words and spellings of include's items: R writes the contradictions 'C' (upper case), the remainders '?'.
_INCLUDE_WORDS = {"c": "C", "contradiction": "C", "contradictions": "C", "remainder": "?", "remainders": "?"}


def _include_meant(items) -> str | None:
    """For include items that are not '?' or 'C': the include meant when each is a word for one ('remainders',
    'c') or the two are joined by ';', '+', '&', '|' or '/' ('?;C', '?;'); None otherwise (an unknown word)."""
    meant = []
    for item in items:
        for part in (p for p in re.split(r"[;+&|/]", str(item)) if p.strip()):
            one = part if part in ("?", "C") else _INCLUDE_WORDS.get(part.strip().lower())
            if one is None:
                return None
            meant.append(one)
    return ",".join(s for s in ("?", "C") if s in meant) if meant else None


def _include_written(text: str) -> str:
    """include `text` (written in ASCII) as an include minimize() accepts, the one meant: '?,C' for '? C', '?' for
    '?,' (a stray comma); QCAInputError when it says no include ('?,x'). wide_operator_hint's `accepts`."""
    try:
        return ",".join(_parse_include(text))
    except QCAInputError:
        meant = _include_meant([s for s in re.split(r"[\s,]+", text) if s])
        if meant is None:
            raise
        return meant


def _refuse_empty_dir_exp(dir_exp) -> None:
    """dir_exp '' (an unset shell variable, --dir-exp "$DIR"): the CLI read it as no directional expectations (the
    parsimonious solution, without a word), the library said "empty entry in directional expectations ''"."""
    if isinstance(dir_exp, str) and not dir_exp.strip():
        raise QCAInputError(f"dir_exp is empty ({quoted(dir_exp)}): give the directional expectations, e.g. '1,1,-' (one "
                            "per condition, in order) or 'A=1,B=0', or leave dir_exp out for no intermediate solution")


def _check_intermediate(inc: tuple[str, ...], dir_exp) -> None:
    """Directional expectations (an intermediate solution) need the remainders: include '?'."""
    _refuse_empty_dir_exp(dir_exp)
    if dir_exp is not None and "?" not in inc:
        raise QCAInputError(f"directional expectations need include='?' (dir_exp given with include="
                            f"{quoted(','.join(inc))}): the intermediate solution chooses among the remainders used by the "
                            "parsimonious solution")


#: The three solutions (Schneider & Wagemann 2012), in the order reports list them: solution_kind's answers.
SOLUTION_KINDS = ("conservative", "parsimonious", "intermediate")


def solution_kind(include="", dir_exp=None) -> str:
    """The solution minimize(include=, dir_exp=) finds: 'intermediate' with directional expectations, 'parsimonious'
    when remainders may be used ('?' in include), else 'conservative' (Schneider & Wagemann 2012). An
    include minimize() refuses, or dir_exp without '?', is refused here too (QCAInputError)."""
    inc = _parse_include(include)
    _check_intermediate(inc, dir_exp)
    if dir_exp is not None:
        return "intermediate"
    return "parsimonious" if "?" in inc else "conservative"


def _parse_explain(explain) -> tuple[str, ...]:
    """R's explain: the output values a solution must cover, '1' (default) or '1,C' (contradictions too)."""
    if isinstance(explain, str):
        if "," in explain and not all(p.strip() for p in explain.split(",")):   # '1,': a stray comma, or 'C' lost
            raise QCAInputError(f"explain has an empty item in {quoted(explain)}; write '1' or '1,C'"
                                f"{wide_operator_hint(explain, '1C,', _explain_written)}")
        items = [s for s in re.split(r"[\s,]+", explain.strip()) if s]
    else:
        try:
            items = [str(s).strip() for s in explain]
        except TypeError:   # explain=1, R's explain = 1: one output value, as explain=[1] is read
            items = ([str(int(explain))] if isinstance(explain, (int, np.integer)) and not isinstance(explain, bool)
                     else None)
    if not items or set(items) - {"1", "C"} or "1" not in items:
        negative = (items is not None and "0" in items and set(items) <= {"0", "C"})
        hint = ("; to explain the negative rows (R's explain = \"0\"), build the truth table of the negated outcome, "
                "truth_table(data, '~Y', ...) (CLI: --outcome '~Y' or --negate-outcome), and explain its positive rows"
                if negative else "")
        inner = r_vector_text(explain)   # R's explain = c("1", "C") copied as text
        try:
            written = _explain_written(inner) if inner else ""
        except QCAInputError:
            written = ""
        hint = hint or (f": R's vector c(...) copied as text; write {written!r}" if written else "")
        raise QCAInputError(f"explain must be '1' (positive rows) or '1,C' (positive rows and contradictions), got "
                            f"{quoted(explain)}{hint or wide_operator_hint(explain, '1C,', _explain_written)}")
    twice = [s for s in ("1", "C") if items.count(s) > 1]
    if twice:   # '1,1' was read as '1' without a word, as include's '??' was
        raise QCAInputError(f"explain names {' and '.join(map(quoted, twice))} twice in {quoted(explain)}; name each once: "
                            "'1' (positive rows) or '1,C' (positive rows and contradictions)")
    return tuple(s for s in ("1", "C") if s in items)


def _explain_written(text: str) -> str:
    """explain `text` (written in ASCII) as minimize() accepts it; QCAInputError when refused."""
    return ",".join(_parse_explain(text))


def _mixed_forms_hint(entries: list[str], conditions) -> str:
    """For directional expectations mixing literals and NAME=VALUE pairs ('DEV[2],URB=1', 'DEV,URB=0'): "; literals
    (DEV[2]) and NAME=VALUE pairs are two forms, one at a time: write 'DEV=2,URB=1'"; '' when an entry without '='
    is no literal of a condition."""
    pairs, literals = [], [e for e in entries if "=" not in e]
    if not literals:
        return ""
    for e in entries:
        if e.count("=") > 1:
            return ""
        if "=" in e:
            pairs.append(e)
            continue
        m = re.fullmatch(r"(~?)\s*([^\[\]{}~=]+?)\s*(?:[\[{]\s*([0-9]+(?:\s*[,;]\s*[0-9]+)*)\s*[\]}])?", e)
        if m is None or m.group(2) not in conditions or (m.group(1) and m.group(3)):
            return ""
        levels = ";".join(re.split(r"\s*[,;]\s*", m.group(3))) if m.group(3) else None   # R's DEV[1,2]: DEV=1;2
        pairs.append(f"{m.group(2)}={levels if levels else 0 if m.group(1) else 1}")
    return (f"; literals ({literals[0]}) and NAME=VALUE pairs are two forms, one at a "
            f"time: write {','.join(pairs)!r}")


@refuses_r_only_arguments("parse_dir_exp")
def parse_dir_exp(dir_exp, conditions, noflevels) -> DirectionalExpectations:
    """Directional expectations as {condition: expected values or None (no expectation, '-')}.

    Accepts a dict {condition: 1 | 0 | '-' | [values]}, an R-like string in condition order '1,1,-,0'
    (several values of a multi-value condition joined by ';'), 'A=1,B=0,C=-', or literals 'A, ~B, C[2]' (several
    levels as R writes them, 'C[1,2]' or 'C{1,2}'; R's range 'A:C', each condition from A to C expected present; R's c(...)
    around the text is refused, naming the text to write); a list
    (or 1-d array) holds the values in condition order, or the literals or pairs, as R's c("A", "~B").
    dir_exp: the expectations in one of these forms; conditions: the condition names in order (a list); noflevels:
    their numbers of levels, one per condition (2 for crisp and fuzzy; required), to check multi-value values.
    Returns a DirectionalExpectations, a dict in the conditions' order (as before) that prints as the NAME=VALUE text
    ('DEV=1, URB=0, LIT=-') and converts with to_dict() (JSON-ready: sorted lists) and to_frame()."""
    try:
        return DirectionalExpectations(_read_dir_exp(dir_exp, conditions, noflevels))
    except QCAInputError:
        if not isinstance(dir_exp, str):
            raise
        # '1，1，－' or 'A＝1，B＝0' (a Chinese input method): the whole text written in ASCII, when that is read
        def accepts(text):
            _read_dir_exp(text, conditions, noflevels)

        table = full_width_forms(_DIR_EXP_CHARS + "0123456789")
        if not any(ch in table for ch in dir_exp) or written_in_ascii(dir_exp, table, accepts) is None:
            meant, refused = _comma_form(dir_exp, accepts), ""
            if meant is None:
                meant, refused = _refused_comma_form(dir_exp, accepts)
                if meant is None:
                    raise
                refused = f"; read so, it is refused too: {refused}"
            colon = next((f"the syntax is NAME=VALUE, not NAME{c}VALUE" for c in (":", "\uff1a") if c in dir_exp), "")
            wide = sorted({"\uff1a", "\uff0c", "\uff1b"} & set(dir_exp), key=dir_exp.index)   # 'DEV：1，URB：0'
            wide = (f"{', '.join(map(repr, wide))} "
                    f"{'are full-width characters' if len(wide) > 1 else 'is a full-width character'}, typed with a "
                    "Chinese input method, 全角" if wide else "")
            colon = f" ({'; '.join(p for p in (colon, wide) if p)})" if colon or wide else ""
            equals = " and '=' before a value" if "=" in meant else ""
            raise QCAInputError(f"cannot read directional expectations {quoted(dir_exp)}: write them with ',' between the "
                                f"conditions{equals}{colon}, as {quoted(meant)}; ';' joins the values of one multi-value "
                                f"condition{refused}") from None
        raise QCAInputError(f"cannot read directional expectations {quoted(dir_exp)}"
                            f"{wide_operator_hint(dir_exp, _DIR_EXP_CHARS + '0123456789', accepts)}") from None


def _comma_form(text: str, accepts) -> str | None:
    """The directional expectations `text` written as parse_dir_exp reads them, when it separates them otherwise
    ('DEV=1 URB=1', 'DEV=1;URB=1', 'DEV:1,URB:1', '1 1 0 - -', '1;1;0;-;-' for crisp conditions, where ';' joins
    the values of one multi-value condition): the first such rewrite that `accepts` takes, else None."""
    # 'DEV = 1', 'DEV:1'; 'DEV\uff1a1\uff0cURB\uff1a0' (a full-width colon and comma, typed with a Chinese input method)
    text = text.translate(str.maketrans({"\uff1a": ":", "\uff0c": ",", "\uff1b": ";"}))
    tight = re.sub(r"\s*([=:])\s*", r"\1", text.strip()).replace(":", "=")
    for candidate in (re.sub(r"\s*,\s*|\s+", ",", tight),            # blanks between entries
                      re.sub(r"\s*[,;]\s*|\s+", ",", tight)):         # ';' between entries too
        if candidate == text:
            continue
        try:
            accepts(candidate)
        except QCAInputError:
            continue
        return candidate
    return None


def _refused_comma_form(text: str, accepts) -> tuple[str | None, str]:
    """For expectations separated otherwise than by commas whose comma form `accepts` refuses too ('DEV=1 URB=2' on a
    crisp URB; '1 1 1 1' for five conditions): the comma form and why it is refused, when that form reads as entries
    (NAME=VALUE pairs or values, not literals, whose comma form guesses more) and is refused for what they say (a value
    out of range, an unknown name, too few values), not because it cannot be read; else (None, '')."""
    if "," in text or not re.search(r"\S\s+\S", text):   # no blank between entries: no comma form to show
        return None, ""
    tight = re.sub(r"\s*([=:])\s*", r"\1", text.strip()).replace(":", "=")
    candidate = re.sub(r"\s+", ",", tight)
    entry = re.compile(r"(?:[^\s=,;~*+\[\]{}]+=)?(?:-|dc|\d+)")
    if not all(entry.fullmatch(e) for e in candidate.split(",")) or \
            len({"=" in e for e in candidate.split(",")}) != 1:   # all pairs or all values
        return None, ""
    try:
        accepts(candidate)
    except QCAInputError as e:
        return (None, "") if str(e).startswith("cannot read") else (candidate, str(e))
    return None, ""


def _no_example(text):
    """wide_operator_hint's `accepts` where no text written in ASCII is known to be accepted: the hint names the
    characters, without an example."""
    raise QCAInputError(f"no example for {quoted(text)}")


#: Words for a directional expectation ('present', '+', 'yes'), with the value that writes it.
_DIR_EXP_WORDS = {**dict.fromkeys(("present", "presence", "+", "yes", "true", "t", "in", "positive", "pos"), "1"),
                  **dict.fromkeys(("absent", "absence", "no", "false", "f", "out", "negative", "neg", "~"), "0"),
                  **dict.fromkeys(("none", "no expectation", "any", "either", "both", "?", "na", "n/a"), "-")}
_DIR_EXP_MEANING = {"1": "expected present", "0": "expected absent", "-": "no expectation"}


def _condition_range(entry: str, conditions, dir_exp: str) -> list[str]:
    """R QCA's range of conditions in dir.exp, 'DEV:STB' (each condition from DEV to STB expected present), as
    those conditions; any other entry as itself."""
    first, colon, last = (p.strip() for p in entry.partition(":"))
    if not colon or first not in conditions or last not in conditions:
        return [entry]
    i, j = list(conditions).index(first), list(conditions).index(last)
    if i > j:
        raise QCAInputError(f"directional expectations {quoted(dir_exp)}: the range {quoted(entry)} runs backwards ({quoted(first)} "
                            f"comes after {quoted(last)} among the conditions); write {last}:{first}")
    return list(conditions)[i:j + 1]


def _read_dir_exp(dir_exp, conditions, noflevels) -> dict[str, frozenset[int] | None]:
    """parse_dir_exp without the hint for a text typed with full-width characters."""
    from .expressions import _conditions

    if noflevels is None:
        raise QCAInputError("noflevels must be a list of numbers of levels, one per condition (2 for crisp and fuzzy "
                            "sets), got None")
    conditions, noflevels = _conditions(conditions, noflevels)
    k = len(conditions)
    levels = dict(zip(conditions, noflevels))
    allowed = "1, 0, '-' (no expectation), or values of a multi-value condition joined by ';' (e.g. 1;2)"

    def values(cond: str, v) -> frozenset[int] | None:
        if isinstance(v, str):
            s = v.strip()
            if s in ("-", "", "dc"):
                return None
            parts = [p.strip() for p in s.split(";")]
            try:
                vals = [int_text(p) for p in parts]
            except ValueError:
                word = _DIR_EXP_WORDS.get(s.casefold())
                hint = (next((h for h in map(plain_number_hint, parts) if h), "")
                        or wide_operator_hint(s, _DIR_EXP_CHARS, lambda text: values(cond, text) and None)
                        or (f"; write {word} for {s!r} ({_DIR_EXP_MEANING[word]})" if word else ""))
                raise QCAInputError(f"directional expectation {quoted(v)} for {quoted(cond, as_written=True)} is not "
                                    f"{allowed}{hint}") from None
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
                raise QCAInputError(f"directional expectation {quoted(v)} for {quoted(cond, as_written=True)} is not "
                                    f"{allowed}") from None
        else:
            raise QCAInputError(f"directional expectation {quoted(v)} for {quoted(cond, as_written=True)} is not "
                                f"{allowed}")
        if not vals:
            raise QCAInputError(f"empty directional expectation for {quoted(cond, as_written=True)}; use '-' for none")
        twice = sorted({x for x in vals if vals.count(x) > 1})
        if twice:   # 'DEV=1;1' was read as 'DEV=1' without a word, as 'DEV=1,DEV=0' is refused
            raise QCAInputError(f"directional expectation {quoted(v)} for {quoted(cond, as_written=True)} names "
                                "value(s) "
                                f"{', '.join(map(str, twice))} twice; name each value once")
        for x in vals:
            if not 0 <= x < levels[cond]:
                raise QCAInputError(f"directional expectation {x} for {quoted(cond, as_written=True)} is out of "
                                    f"range: {quoted(cond, as_written=True)} takes "
                                    f"values 0..{levels[cond] - 1} (or '-' for no expectation)")
        if len(vals) == levels[cond]:
            return None  # every value expected: no direction
        return frozenset(vals)

    if isinstance(dir_exp, Mapping):
        unknown = [str(c) for c in dir_exp if str(c) not in conditions]
        if unknown:
            from .checks import near_choices

            from ._near import did_you_mean, hints_by_name

            meant = hints_by_name((u, f"; {did_you_mean(near, quoted)}" if (near := near_choices(u, conditions)) else "")
                                  for u in unknown[:3])
            raise QCAInputError(f"directional expectations name unknown {in_number(len(unknown), 'condition')} "
                                f"{', '.join(quoted(u, as_written=True) for u in unknown)} "
                                f"(conditions: {', '.join(quoted(str(c)) for c in conditions)}){meant}")
        return {c: values(c, dir_exp[c]) if c in dir_exp else None for c in conditions}
    _refuse_empty_dir_exp(dir_exp)
    if isinstance(dir_exp, str):
        inner = r_vector_text(dir_exp)
        if inner is not None:   # R's vector c(1, 1, ...) or c(DEV, URB, ...), copied as text
            raise QCAInputError(f"directional expectations {quoted(dir_exp)}: R's vector c(...) copied as text; write "
                                f"{quoted(inner)} (the text without c( ))")
        # R's several levels of a multi-value condition among literals, 'DEV[1,2]' (or in braces, 'DEV{1,2}', as
        # literals take them): the comma inside the brackets joins levels (NAME=VALUE pairs keep their own form,
        # 'DEV=1;2')
        entries = [e.strip() for e in (split_outside_brackets(dir_exp) if "=" not in dir_exp
                                       else dir_exp.split(","))]
        entries = [x for e in entries for x in _condition_range(e, conditions, dir_exp)]   # R's 'DEV:STB'
        if any("=" in e for e in entries):
            out: dict[str, object] = {}
            for e in entries:
                if e.count("=") != 1:
                    # 'B=1,2' or 'B=[1,2]': the commas split the levels of the condition before
                    more = (f"; several values of a multi-value condition are joined by ';': "
                            f"{name}={';'.join(re.findall(r'[0-9]+', str(out[name]) + ' ' + e))}"
                            if out and re.fullmatch(r"[0-9\s\]]+", e) else "")
                    kept = [x.strip() for x in split_outside_brackets(dir_exp)]   # 'DEV[1,2]' whole
                    mixed = _mixed_forms_hint(entries, conditions)
                    if not (more or mixed) and (mixed := _mixed_forms_hint(kept, conditions)):
                        e = next((x for x in kept if x.startswith(e)), e)   # 'DEV[1,2]', not the 'DEV[1' cut
                    raise QCAInputError(f"cannot read directional expectation {quoted(e)}: write CONDITION=1, =0 or =-"
                                        f"{more or mixed}"
                                        f"{wide_operator_hint(e, _DIR_EXP_CHARS, _no_example)}")
                name, val = (s.strip() for s in e.split("="))
                if name in out:
                    raise QCAInputError(f"directional expectation for {quoted(name, as_written=True)} given twice")
                out[name] = val
            return parse_dir_exp(out, conditions, noflevels)
        # examples in the conditions' own names, so that each is a dir_exp these conditions accept
        pairs = ",".join(f"{c}={v}" for c, v in zip(conditions, ("1", "0", "-")))
        in_order = ",".join(("1", "0") + ("-",) * k)[:2 * k - 1] if k > 1 else "1"
        literals = ", ".join(f"{'~' if i else ''}{c}" if n == 2 else f"{c}[{n - 1}]"
                             for i, (c, n) in enumerate(list(zip(conditions, noflevels))[:2]))
        syntax = (f"write NAME=VALUE pairs (e.g. '{pairs}'), one value per condition in order ('{in_order}') "
                  f"or literals ('{literals}')")
        empty = [i + 1 for i, e in enumerate(entries) if not e]
        if empty and len(entries) > 1:
            # '0,0,0,0,0,' read as literals said "unknown condition '0'": name the empty place instead
            raise QCAInputError(
                f"empty entry in directional expectations {quoted(dir_exp)} (entry {empty[0]} of {len(entries)}: a "
                f"{'trailing' if empty[0] == len(entries) else 'leading' if empty[0] == 1 else 'double'} comma?); "
                f"{syntax}, for the conditions {', '.join(conditions)}")
        value = re.compile(r"-|dc|\d+(\s*;\s*\d+)*")   # 'dc': R's old "don't care", as values() and a list take it
        if all(value.fullmatch(e) for e in entries):
            if len(entries) != k:
                raise QCAInputError(
                    f"directional expectations {quoted(dir_exp)} give {len(entries)} value(s) for {k} conditions "
                    f"({', '.join(quoted(str(c)) for c in conditions)}); give one per condition, in order, using "
                    "'-' for none")
            return {c: values(c, e) for c, e in zip(conditions, entries)}
        if any(re.fullmatch(r"\d+(\s*;\s*\d+)*", e) for e in entries) and not any(
                re.fullmatch(r"\d+", str(c)) for c in conditions):
            # values in order with one entry no value ('1,1,1,1,c'): read as literals, the message named the first '1'
            i, bad = next((i, e) for i, e in enumerate(entries, 1) if not value.fullmatch(e))
            raise QCAInputError(f"cannot read directional expectations {quoted(dir_exp)}: entry {i} {quoted(bad)} is not a value "
                                f"({allowed}); {syntax}{wide_operator_hint(bad, _DIR_EXP_CHARS, _no_example)}")
        colon = [e for e in entries if re.fullmatch(r"[^:]+:\s*(-|\d+(\s*;\s*\d+)*)", e)]
        if colon:
            raise QCAInputError(f"cannot read directional expectation {quoted(colon[0])} in {quoted(dir_exp)}: the syntax is "
                                f"NAME=VALUE, not NAME:VALUE; {syntax}")
        out2: dict[str, set[int]] = {}
        for i, e in enumerate(entries):
            if not e:
                raise QCAInputError(f"empty entry in directional expectations {quoted(dir_exp)}")
            several = (re.fullmatch(r"(.+?)\s*\[\s*(\d+(?:\s*[,;]\s*\d+)+)\s*\]", e)
                       or re.fullmatch(r"(.+?)\s*\{\s*(\d+(?:\s*[,;]\s*\d+)+)\s*\}", e))
            if several and several.group(1) in conditions:   # 'DEV[1,2]', 'DEV{1,2}': levels 1 and 2 expected
                vals = [int(v) for v in re.split(r"\s*[,;]\s*", several.group(2))]
                if len(set(vals)) < len(vals) or set(vals) & out2.get(several.group(1), set()):
                    raise QCAInputError(f"directional expectation {quoted(e)} names a level twice in {quoted(dir_exp)}; name "
                                        "each level once")
                out2.setdefault(several.group(1), set()).update(vals)
                continue
            try:
                lit = parse_term(e, conditions, noflevels)
            except QCAInputError as exc:
                wide = wide_operator_hint(e, _DIR_EXP_CHARS, _no_example)
                if wide:   # 'A，～D': parse_term's hint would write 'A,～D', refused again
                    raise QCAInputError(f"cannot read directional expectations {quoted(dir_exp)}: {quoted(e)} is no literal of "
                                        f"the conditions ({', '.join(conditions)}){wide}; {syntax}") from None
                said = several_unknown_names(entries, i, conditions) or exc   # 'DEV, XX, ~YY': XX and YY at once
                raise QCAInputError(f"cannot read directional expectations {quoted(dir_exp)}: {said}; {syntax}") from None
            if len(lit) != 1:
                raise QCAInputError(f"directional expectation {quoted(e)} must be a single literal such as A, ~A or A[1]")
            (name, v), = lit.items()
            if v in out2.get(name, ()):   # 'DEV, DEV' was read as 'DEV' without a word ('DEV, ~DEV' is both values)
                raise QCAInputError(f"directional expectation {quoted(e)} is given twice in {quoted(dir_exp)}; name each literal "
                                    "once")
            out2.setdefault(name, set()).add(v)
        return parse_dir_exp({c: sorted(v) for c, v in out2.items()}, conditions, noflevels)
    if isinstance(dir_exp, np.ndarray) and dir_exp.ndim == 1:
        dir_exp = dir_exp.tolist()
    if isinstance(dir_exp, (list, tuple)):
        texts = [v.strip() for v in dir_exp if isinstance(v, str)]
        if texts and len(texts) == len(dir_exp) and not all(re.fullmatch(r"|-|dc|\d+(\s*;\s*\d+)*", t) for t in texts):
            # R's dir.exp = c("A", "~B"): literals (or NAME=VALUE pairs), read as the same text joined by commas
            return parse_dir_exp(", ".join(texts), conditions, noflevels)
        if len(dir_exp) != k:
            raise QCAInputError(f"directional expectations give {len(dir_exp)} value(s) for {k} conditions; "
                                "give one per condition, in order, using '-' for none")
        return {c: values(c, v) for c, v in zip(conditions, dir_exp)}
    number = ""
    if isinstance(dir_exp, (int, np.integer)) and not isinstance(dir_exp, (bool, np.bool_)):
        digits = str(abs(int(dir_exp)))   # dir_exp=11111 for '1,1,1,1,1': a number, whose digits are no list
        number = (f" {dir_exp}: write the expectations as text, one per condition in order, "
                  f"{','.join(digits)!r}" if len(digits) == k else
                  f" {dir_exp}: write the expectations as text, one per condition in order ({k}), e.g. "
                  f"{','.join(['1'] * k)!r}")
    raise QCAInputError(f"dir_exp must be a dict, a string such as '1,1,-,0' or a list, got "
                        f"{type(dir_exp).__name__}{number}")


# ---------------------------------------------------------------------- models from a chart
def _row_dominance(chart: np.ndarray) -> np.ndarray:
    """Indices of implicants kept after row dominance: one whose columns lie strictly inside another's is dropped;
    implicants covering the same columns all stay (as R QCA's rowDominance, which removes only rows with fewer
    columns; dropping one of two equal rows would hide models R shows)."""
    sub = chart.astype(np.int32)
    inter = sub @ sub.T                        # columns shared
    cnt = sub.sum(axis=1)
    within = inter == cnt[:, None]             # [i, j]: columns(i) within columns(j)
    np.fill_diagonal(within, False)
    strictly = within & ~within.T
    return np.flatnonzero(~strictly.any(axis=1))


@dataclass
class _Budgets:
    max_models: int
    allow_partial: bool
    max_work: int
    max_implicants: int
    max_chart_cells: int
    sa_limit: int
    ec_limit: int
    max_intermediate_pairs: int = DEFAULT_MAX_PAIRS
    n_jobs: int | None = None  # not a budget: joblib workers for a long minimum-cover search


class _Models:
    """The minimal models of one chart: the implicants they may use (sorted), their names, the exact count (a
    lower bound when the count stopped at max_work: `res.stopped`), the common implicants and the listed models
    (all, or the first max_models in canonical order)."""

    def __init__(self, tt: TruthTable, implicants: np.ndarray, on: np.ndarray, row_dominance: bool,
                 b: _Budgets, what: str):
        imp = np.asarray(implicants).reshape(-1, tt.data.k)  # sorted in R's order by the generators
        chart = implicant_chart(imp, on, max_cells=b.max_chart_cells)
        useful = chart.any(axis=1)
        imp, chart = imp[useful], chart[useful]
        if row_dominance:
            kept = _row_dominance(chart)
            imp, chart = imp[kept], chart[kept]
        self.implicants = imp
        self._tt, self._mv, self._names = tt, tt.data.multivalue, {}
        res = cover_models(chart, b.max_models, max_work=b.max_work, n_jobs=b.n_jobs,
                           count_partial=b.allow_partial)
        if res.count == 0:
            raise QCAComplexityError("no cover of the positive rows exists (internal inconsistency)")
        if res.partial and not b.allow_partial:
            raise QCAComplexityError(
                f"{what}: {res.count:,} minimal models of {res.size} prime implicants each, more than max_models = "
                f"{b.max_models:,}; raise max_models (CLI: --max-models) or allow a partial answer (the default; "
                "CLI: without --refuse-partial)")
        self.res = res
        self.essential = [self.name(i) for i in res.common]
        self.count_note = None if res.stopped is None else _count_stopped_note(what, res, b)

    def name(self, i: int) -> str:
        if i not in self._names:
            self._names[i] = format_term(self.implicants[i], self._tt.conditions, self._mv)
        return self._names[i]


def refuse_partial_count(solution) -> None:
    """Raise the refusal a partial count stands for (QCAComplexityError: its budget, the size settled), when counting
    some minimal models of `solution` stopped at max_work. The sweeps compare whole answers, so they refuse it, as
    minimize(allow_partial=False) does."""
    if solution._count_stopped:
        raise QCAComplexityError(solution._count_stopped)


def _count_stopped_note(what: str, res, b: _Budgets) -> str:
    """What a partial answer whose count stopped at max_work holds, and how to get the exact count."""
    return (f"{what}: counting the minimal models stopped at max_work = {b.max_work:,} steps of the exact search: "
            f"at least {res.count:,} minimal model{'s' if res.count != 1 else ''}, each of exactly {res.size} prime "
            f"implicants; the first {len(res.models):,} of those found are listed in canonical order, and the prime "
            "implicants shown to be in every minimal model are given as essential; raise max_work (CLI: --max-work) "
            "for their exact number, or refuse such an answer with allow_partial=False (CLI: --refuse-partial)")


def _unpaired_note(conservative, parsimonious, b: _Budgets) -> str | None:
    """The note of an intermediate solution whose (C, P) pairs are of the models listed of a conservative or
    parsimonious solution that lists some only: beyond max_models (raise it), or found before counting them stopped at
    max_work (raise that: max_models does not help); None when both list every model."""
    cut = [s for s in (conservative, parsimonious) if s.partial]
    if not cut:
        return None
    what = [f"the first {len(s.models):,} of {s.n_models:,} {s.kind} models" if s.n_models_exact else
            f"the {len(s.models):,} {s.kind} models listed of at least {s.n_models:,} (counting them stopped at "
            f"max_work = {b.max_work:,})" for s in cut]
    listed = [s for s in cut if s.n_models_exact]
    raise_ = (["max_models (CLI --max-models)"] if listed else []) + (
        ["max_work (CLI --max-work)"] if len(listed) < len(cut) else [])
    return (f"partial answer: the (C, P) pairs are of {' and '.join(what)}"
            + (f" (max_models = {b.max_models:,})" if listed else "") + "; the pairs of the others are not computed, "
            f"so intermediate models may be missing: raise {' and '.join(raise_)} to pair every model")


def _pairs_partial_notes(pairs, b: _Budgets) -> list[str]:
    """The notes of an intermediate solution some of whose (C, P) pairs list some of their minimal models only (each
    pair's own printout says so): the pairs (the first few) with more than max_models, and those whose count stopped
    at max_work; their models, hence the intermediate models, may be missing. Empty when every pair lists all."""
    def named(names: list[str]) -> str:
        return ", ".join(names[:3]) + (f", ... ({len(names):,} pairs)" if len(names) > 3 else "")

    cut = [p.name for p in pairs if p.partial and p.n_models_exact]
    stopped = [p.name for p in pairs if not p.n_models_exact]
    notes = []
    if cut:
        notes.append(f"partial answer: (C, P) pair(s) {named(cut)} have more minimal models than max_models = "
                     f"{b.max_models:,}: each lists its first {b.max_models:,} in canonical order, so intermediate "
                     "models may be missing: raise max_models (CLI --max-models) to list every model")
    if stopped:
        notes.append(f"partial answer: counting the minimal models of (C, P) pair(s) {named(stopped)} stopped at "
                     f"max_work = {b.max_work:,} steps of the exact search: each lists the models found before it "
                     "stopped (its n_models a lower bound), so intermediate models may be missing; raise max_work "
                     "(CLI: --max-work) to count every model, or refuse such an answer with allow_partial=False "
                     "(CLI: --refuse-partial)")
    return notes


def _model_list(tt, mo: _Models, fits: FitCache, pair: str | None = None) -> list[Model]:
    out = []
    for n, idx in enumerate(mo.res.models, start=1):
        imp = mo.implicants[list(idx)]
        out.append(Model(name=f"M{n}", implicants=imp, terms=tuple(mo.name(i) for i in idx),
                         _fit=lambda imp=imp: fits.term_records(imp), pair=pair))
    return out


def _overall(mo: _Models, models: list[Model], fits: FitCache):
    """Fit of every prime implicant used by a listed model, covU over all of them, plus covU within each model."""
    if len(models) < 2:
        return None
    used = sorted({i for c in mo.res.models for i in c})
    df, _ = fits.term_fit(mo.implicants[used])
    columns, terms = {}, df["term"].tolist()
    for m in models:
        within = {r["term"]: r["covU"] for r in m._fit_records()}
        columns[f"covU({m.name})"] = [within.get(t, math.nan) for t in terms]
    return pd.concat([df, pd.DataFrame(columns, index=df.index)], axis=1)  # one concat: thousands of models stay fast


def _solution(kind, tt, include, mo: _Models, chart: PIChart, fits: FitCache, b: _Budgets, shortcuts,
              notes, explain=("1",)) -> Solution:
    models = _model_list(tt, mo, fits)
    if mo.count_note is not None:
        notes.append(mo.count_note)
    if kind == "conservative":
        for m in models:
            m._sa = NoRemainders(tt)
        sa = LazyFrames(models)
    else:
        cache: dict = {}
        for m in models:
            m._sa = Remainders(tt, m.implicants, b.sa_limit, cache)
        distinct = {tuple(int(v) for v in t) for m in models for t in m.implicants}
        size = sum(math.prod(int(n) if v == 0 else 1 for v, n in zip(t, tt.noflevels)) for t in distinct)
        if size > b.sa_limit:
            notes.append(f"simplifying assumptions not listed: the prime implicants of the models span {size:,} "
                         f"configurations, more than sa_limit = {b.sa_limit:,} expanded at most (CLI: --sa-limit); "
                         "they are counted, and given as cubes")
            sa = None
        else:
            sa = LazyFrames(models)
    return Solution(kind=kind, truth_table=tt, include=include, models=models, essential=mo.essential, chart=chart,
                    simplifying_assumptions=sa, n_models=mo.res.count, model_size=mo.res.size,
                    partial=mo.res.partial, n_models_exact=mo.res.stopped is None, max_models=b.max_models,
                    _count_stopped=mo.res.stopped, shortcuts=list(shortcuts), notes=notes,
                    explain=tuple(explain), _overall=lambda: _overall(mo, models, fits))


def _relaxed_cube(c_term, p_term, conditions, noflevels, expectations) -> list[list[int]]:
    """A complex term c widened by the directional expectations inside a parsimonious term p that contains it:
    c's literal on a condition is kept if its value is expected, if the condition has no expectation, or if p
    has a literal on it; otherwise it is widened to its value plus the expected value(s) (crisp: dropped)."""
    cb = []
    for c, v, pv, n in zip(conditions, c_term, p_term, noflevels):
        if int(v) == 0:
            cb.append(list(range(int(n))))
            continue
        value = int(v) - 1
        exp = expectations.get(c)
        keep = exp is None or value in exp or int(pv) != 0
        cb.append([value] if keep else sorted({value, *exp}))
    return cb


def _cube_text(cb: list[list[int]], tt) -> str:
    """A cube as a term: a literal per restricted condition, values joined by ';' when several ('1' if none)."""
    lits = []
    for c, vals, n in zip(tt.conditions, cb, tt.noflevels):
        if len(vals) == int(n):
            continue
        if len(vals) == 1:
            lits.append(format_term([vals[0] + 1], [c], tt.data.multivalue))
        else:
            lits.append(f"{c}[{';'.join(str(v) for v in vals)}]")
    return "*".join(lits) if lits else "1"


def _cube_key(cb: list[list[int]]) -> tuple:
    return tuple(tuple(vals) for vals in cb)


def _cached(cache: dict, key, make):
    if key not in cache:
        cache[key] = make()
    return cache[key]


def _contains(p_term, c_term) -> bool:
    """Does implicant p contain implicant c (every literal of p is a literal of c)?"""
    return all(int(pv) == 0 or int(pv) == int(cv) for pv, cv in zip(p_term, c_term))


def _included_contradictions(tt, cubes: list[list[list[int]]]) -> pd.DataFrame:
    """The contradictory rows (OUT = C) inside a union of cubes, as a frame indexed by row number."""
    rows, configs = tt.rows_with(("C",)), tt.configs_with(("C",))
    inside = [r for r, x in zip(rows, configs.tolist())
              if any(all(v in vals for v, vals in zip(x, cb)) for cb in cubes)]
    return rows_frame(np.array(sorted(inside), dtype=np.int64), tt)


def _pair(tt, name, cm: Model, pm: Model, expectations, on, on_rows, fits, row_dominance, b: _Budgets,
          include_c: bool = False, cubes: dict | None = None):
    """The intermediate solution of one (C, P) pair: the positive rows plus the easy counterfactuals (remainders
    inside the complex terms widened by the directional expectations), minimised. With contradictions included
    (include='?,C'), the included contradictions inside those widened terms stay don't-cares, as they were for the
    conservative solution; otherwise the intermediate solution could be narrower than the conservative one (e.g.
    A*B where the conservative solution is A, A*~B a contradiction). R's minimize does the same through its
    simplifying assumptions, which count included contradictions (R/minimize.R, QCA 3.25; our reading)."""
    nl = tt.noflevels
    cubes = {} if cubes is None else cubes
    parts = []
    p_keys = [tuple(int(v) for v in p) for p in pm.implicants]
    for c in cm.implicants:
        c_key = tuple(int(v) for v in c)
        for p, p_key in zip(pm.implicants, p_keys):
            key = (c_key, p_key)
            if key not in cubes:
                cubes[key] = (_relaxed_cube(c, p, tt.conditions, nl, expectations) if _contains(p, c) else None)
            if cubes[key] is not None:
                parts.append(cubes[key])
    easy = expand(parts, tt, b.ec_limit, cache=cubes)
    if easy is None:
        raise QCAComplexityError(
            f"{name}: the easy counterfactuals span more than ec_limit = {b.ec_limit:,} configurations; the "
            "intermediate solution needs them listed; raise ec_limit (CLI: --ec-limit), or use fewer conditions "
            "or stronger directional expectations")
    sa = pm.simplifying_assumptions
    easy_ids = set(easy.index)
    difficult = None if sa is None else sa.loc[[r for r in sa.index if r not in easy_ids]]
    contra = _included_contradictions(tt, parts) if include_c else rows_frame(np.zeros(0, dtype=np.int64), tt)
    on_all = np.vstack([on] + [f.to_numpy(dtype=np.int64) for f in (easy, contra) if len(f)])
    imp = prime_implicants(on_all, None, nl, max_implicants=b.max_implicants, multivalue=tt.data.multivalue)
    mo = _Models(tt, imp, on, row_dominance, b, name)
    models = _model_list(tt, mo, fits, pair=name)
    return IntermediatePair(name=name, complex_model=cm, parsimonious_model=pm, easy_counterfactuals=easy,
                            easy_cubes=[_cached(cubes, ("text", _cube_key(c)), lambda c=c: _cube_text(c, tt))
                                        for c in parts],
                            difficult_counterfactuals=difficult, included_contradictions=contra, models=models,
                            essential=mo.essential,
                            chart=PIChart(tt, mo.implicants, on, on_rows), n_models=mo.res.count,
                            partial=mo.res.partial, n_models_exact=mo.res.stopped is None,
                            _count_stopped=mo.res.stopped, _overall=lambda: _overall(mo, models, fits))


def _whole(name: str, value, allow_none: bool = False) -> int | None:
    return None if value is None and allow_none else whole(name, value)


@refuses_r_only_arguments("minimize")
@names_left_out
def minimize(tt: TruthTable, include="", dir_exp=None, row_dominance: bool = False, *,
             max_models: int | None = DEFAULT_MAX_MODELS, allow_partial: bool = True,
             max_work: int = DEFAULT_MAX_WORK, max_implicants: int = DEFAULT_MAX_IMPLICANTS,
             max_chart_cells: int = DEFAULT_MAX_CHART_CELLS, sa_limit: int | None = None,
             ec_limit: int | None = None, max_intermediate_pairs: int = DEFAULT_MAX_PAIRS, exclude=None,
             pi_bound: bool = True, n_jobs: int | None = None,
             explain="1") -> Solution:
    """Minimise a truth table: include '' -> conservative, '?' -> parsimonious, '?' with dir_exp -> intermediate.

    tt: a TruthTable from truth_table() (R's minimize also takes a data frame; here that is refused).

    As in R QCA, `explain` names the rows a solution must cover ('1', or '1,C' to explain contradictions too) and
    `include` the rows it may use without covering them (don't-cares): '?' remainders, 'C' contradictions; a
    contradiction neither explained nor included is a negative row. row_dominance (opt-in, named in the result)
    drops dominated prime implicants and may lose minimal models.

    dir_exp: the directional expectations of the intermediate solution (with include='?'; Ragin 2008), per
    condition 1 (its presence is expected to contribute to the outcome), 0 (its absence) or '-' (no expectation).
    On conditions A, B, C these forms say the same: '1,-,0' (every condition in order, like dir.exp in R);
    'A=1,C=0' and 'A, ~C' (a condition not named has no expectation); {'A': 1, 'C': 0}; ['A', '~C'].
    Levels of a multi-value condition are joined by ';' ('B=1;2') or, among literals, written as R writes them
    ('B[1,2]'); see parse_dir_exp.

    Budgets (each refusal names its budget and CLI flag):
      max_models      models listed at most (default 1,000; None: every one).
                      Beyond, the answer is partial: the exact number of minimal
                      models, the terms common to all, their size and the first
                      max_models in canonical order (`partial=True`); with
                      allow_partial=False it is refused.
      max_work        search steps of the exact minimum-cover search (default
                      100,000: within about 15 s). Where the minimum size is settled
                      but counting every minimal model passes it, the answer is
                      partial (unless allow_partial=False: refused): at least
                      n_models models (`n_models_exact=False`), the first max_models
                      of those found in canonical order, the prime implicants shown
                      to be in every minimal model, and a note; also bounds the
                      open-world prime implicant search, refused before it starts
                      when it would compare more than max_work x 1,000
                      positive-negative pairs of configurations, and stopped once
                      those comparisons and the prime implicants listed pass
                      max_work.
      max_implicants  prime implicants generated at most (default 5,000,000).
      max_chart_cells cells (implicants x positive rows, one byte each) of a prime
                      implicant chart (default 2e9).
      sa_limit        configurations expanded at most to list simplifying
                      assumptions (default SA_LIMIT = 2**20; beyond they are counted
                      and given as cubes, not listed).
      ec_limit        configurations expanded at most for the easy counterfactuals
                      of one (C, P) pair (default EC_LIMIT = 2**17; beyond:
                      refused).
      max_intermediate_pairs
                      (C, P) pairs of conservative and parsimonious models an
                      intermediate solution computes at most (default 10,000);
                      beyond, the models of the first ones (C1P1, C1P2, ...),
                      `partial=True` and a note; with allow_partial=False it is
                      refused.
    The models of the parsimonious solution are found among the prime implicants that can belong to a minimum
    cover (`implicants_for_minimum_covers`, exact; pi_bound=False uses every prime implicant instead, same
    models, slower); the full prime implicant chart is computed on first use.

    exclude: row numbers (R's numbering) coded OUT = 0 first, so they are never simplifying assumptions (R's
    exclude; see esa.exclude_rows); a list, a text '7,8,15', or esa_rows()'s rows by reason (all of them).

    n_jobs: joblib workers for a long minimum-cover search (-1: every core; None: joblib's default, one unless
    joblib.parallel_config sets a number or a backend such as Dask); the models and counts do not depend on it, nor
    on the machine, also where a count stops at max_work: a long count is split into the same parts and tasks, and
    its steps counted in the same order, for every n_jobs (n_jobs=1 searches them in this process)."""
    if not isinstance(tt, TruthTable):
        data = (": R's minimize(data, outcome = ..., incl.cut = ...) is two steps here, tt = truth_table(data, 'Y', "
                "incl_cut=...), then minimize(tt, include=...)" if isinstance(tt, pd.DataFrame) else "")
        raise QCAInputError(f"minimize needs a TruthTable (from truth_table()), got {type(tt).__name__}{data}")
    if exclude is not None:
        from .esa import exclude_rows
        from .find_rows import ROW_TYPES

        if isinstance(exclude, str) and exclude.strip().lower() in ROW_TYPES:   # a kind of rows, not row numbers
            kind = exclude.strip().lower()
            raise QCAInputError(f"exclude: row numbers must be whole numbers such as '7,8,15', got {quoted(exclude)}; "
                                f"{quoted(kind)} names a kind of rows: exclude=find_rows(tt, {quoted(kind)})"
                                + (", or esa(tt, contradictory_rows='csa')" if kind == "csa" else ""))
        tt = exclude_rows(tt, exclude, what="exclude")
    inc = _parse_include(include)
    explained = _parse_explain(explain)
    if "C" in inc and "C" in explained:
        raise QCAInputError("contradictions are either explained (explain='1,C': covered by the solution) or included "
                            "(include='C': may be used, need not be covered), not both")
    row_dominance, pi_bound = flag("row_dominance", row_dominance), flag("pi_bound", pi_bound)
    b = _Budgets(max_models=_whole("max_models", max_models, True) or _UNLISTED,
                 allow_partial=flag("allow_partial", allow_partial),
                 max_work=_whole("max_work", max_work), max_implicants=_whole("max_implicants", max_implicants),
                 max_chart_cells=_whole("max_chart_cells", max_chart_cells),
                 sa_limit=_whole("sa_limit", SA_LIMIT if sa_limit is None else sa_limit),
                 ec_limit=_whole("ec_limit", EC_LIMIT if ec_limit is None else ec_limit),
                 max_intermediate_pairs=_whole("max_intermediate_pairs", max_intermediate_pairs),
                 n_jobs=workers(n_jobs))
    _check_intermediate(inc, dir_exp)
    expectations = None if dir_exp is None else parse_dir_exp(dir_exp, tt.conditions, tt.noflevels)
    pos_out = explained
    on = tt.configs_with(pos_out)
    on_rows = tt.rows_with(pos_out)
    if len(on) == 0:
        observed = tt.rows[tt.rows["OUT"] != "?"]
        best = observed["incl"]
        top = f"{best.max():.3f}" if len(best) else "none"
        # rows consistent enough but held back by pri_cut: then pri_cut is what to lower, not incl_cut or n_cut
        held = observed[observed["incl"] >= tt.incl_cut[0] - 1e-10] if tt.pri_cut > 0 else observed.iloc[:0]
        if len(held):
            one = len(held) == 1
            raise QCANoSolutionError(
                f"no positive row to minimise: no configuration of {tt.outcome} has OUT = 1"
                f"{' or C' if 'C' in pos_out else ''}: {counted(len(held), 'row')} {'reaches' if one else 'reach'} "
                f"incl_cut = {tt.incl_cut[0]:g} (n_cut = {tt.n_cut}) but {'has' if one else 'have'} PRI below "
                f"pri_cut = {tt.pri_cut:g} (highest PRI "
                f"{held['PRI'].max():.3f}); lower pri_cut, or check the outcome")
        raise QCANoSolutionError(
            f"no positive row to minimise: no configuration of {tt.outcome} has OUT = 1"
            f"{' or C' if 'C' in pos_out else ''} (incl_cut = {tt.incl_cut[0]:g}, highest row incl = {top}, "
            f"n_cut = {tt.n_cut}); lower incl_cut or n_cut, or check the outcome")
    shortcuts = ["row_dominance"] if row_dominance else []
    off = tt.configs_with(("0",) if "C" in inc or "C" in pos_out else ("0", "C"))
    fits = FitCache(tt, pos_out)
    nl, mv = tt.noflevels, tt.data.multivalue
    n_configs = math.prod(int(n) for n in nl)
    n_covered = len(on) + (len(tt.configs_with(("C",))) if "C" in inc else 0)
    if len(off) == 0 and ("?" in inc or n_covered == n_configs):
        every = n_covered == n_configs   # then the conservative solution is '1' too: no use advising it
        raise QCAInputError(
            "nothing to minimise against: no truth table row is negative (OUT = 0), so every configuration the "
            "solution may use is positive, a remainder or a don't-care and minimising leaves the tautology '1' (every "
            "case), which explains nothing (R's minimize stops here too)"
            + (f"; every configuration ({n_covered:,} of {n_configs:,}) is observed with OUT = 1"
               + (" or C" if "C" in inc else "") + ", so the conservative solution is '1' as well" if every else "")
            + f". Check the truth table: the cut-offs (incl_cut = {tt.incl_cut[0]:g}), the outcome"
            + ("" if every else ", or include '' for the conservative solution"))
    conservative = None
    if "?" not in inc or dir_exp is not None:
        if "C" in inc:  # contradictions as don't-cares: prime implicants of the positive and contradictory rows
            dont_care = tt.configs_with(("C",))
            pis = prime_implicants(np.concatenate([on, dont_care]), None, nl, max_implicants=b.max_implicants,
                                   multivalue=mv)
            pis = pis[implicant_chart(pis, on, max_cells=b.max_chart_cells).any(axis=1)]  # those covering a row to explain
        else:
            pis = prime_implicants(on, None, nl, max_implicants=b.max_implicants, multivalue=mv)
        cons = _Models(tt, pis, on, row_dominance, b, "conservative solution")
        conservative = _solution("conservative", tt, inc, cons, PIChart(tt, cons.implicants, on, on_rows), fits, b,
                                 shortcuts, [], explained)
    if "?" not in inc:
        return conservative
    if pi_bound:
        bounded, threshold = implicants_for_minimum_covers(on, off, nl, max_implicants=b.max_implicants,
                                                           multivalue=mv, max_work=b.max_work)
    else:
        bounded, threshold = prime_implicants(on, off, nl, max_implicants=b.max_implicants, multivalue=mv,
                                              max_work=b.max_work), 1
    pars = _Models(tt, bounded, on, row_dominance, b, "parsimonious solution")
    full = pars.implicants if threshold <= 1 and not row_dominance else (
        lambda: sort_terms(prime_implicants(on, off, nl, max_implicants=b.max_implicants, multivalue=mv,
                                            max_work=b.max_work), mv))
    parsimonious = _solution("parsimonious", tt, inc, pars, PIChart(tt, full, on, on_rows), fits, b, shortcuts, [],
                             explained)
    if dir_exp is None:
        return parsimonious
    # the conservative solution's note too: where counting its models stopped, its models listed are what is paired
    notes = list(conservative.notes) + list(parsimonious.notes)
    if parsimonious.simplifying_assumptions is None:
        notes.append("difficult counterfactuals not listed (the simplifying assumptions were not listed)")
    n_pairs = len(conservative.models) * len(parsimonious.models)
    if n_pairs > b.max_intermediate_pairs and not b.allow_partial:
        raise QCAComplexityError(
            f"the intermediate solution pairs {len(conservative.models):,} conservative with "
            f"{len(parsimonious.models):,} parsimonious models: {n_pairs:,} (C, P) pairs, more than "
            f"max_intermediate_pairs = {b.max_intermediate_pairs:,}; raise max_intermediate_pairs (CLI: "
            "--max-intermediate-pairs), or allow a partial answer (allow_partial=True; CLI: without --refuse-partial)")
    pairs = {}
    cubes: dict = {}   # widened cubes, their remainders and texts, shared by the pairs (the same terms recur)
    for i, cm in enumerate(conservative.models, start=1):
        for j, pm in enumerate(parsimonious.models, start=1):
            if len(pairs) == b.max_intermediate_pairs:
                break
            name = f"C{i}P{j}"
            pairs[name] = _pair(tt, name, cm, pm, expectations, on, on_rows, fits, row_dominance, b,
                                include_c="C" in inc, cubes=cubes)
    # The same model can arise from several (C, P) pairs: each distinct model is listed once (per-pair results,
    # as R prints them, stay in `intermediate`).
    models = distinct_models(m for p in pairs.values() for m in p.models)
    # Beyond max_models the conservative or parsimonious solution lists its first models only: the pairs of the
    # others are not computed, so intermediate models may be missing (partial, and said so)
    if n_pairs > b.max_intermediate_pairs:
        notes.append(f"partial answer: the models of the first {b.max_intermediate_pairs:,} of {n_pairs:,} (C, P) "
                     f"pairs (max_intermediate_pairs = {b.max_intermediate_pairs:,}; C1P1, C1P2, ...); the other "
                     "pairs are not computed, so intermediate models may be missing: raise max_intermediate_pairs "
                     "(CLI --max-intermediate-pairs) to pair every model")
    unpaired = _unpaired_note(conservative, parsimonious, b)
    if unpaired:
        notes.append(unpaired)
    notes += _pairs_partial_notes(pairs.values(), b)
    # the distinct models of the pairs computed: all of them only when no list was cut and no count stopped
    partial = bool(unpaired) or n_pairs > b.max_intermediate_pairs or any(p.partial for p in pairs.values())
    return Solution(kind="intermediate", truth_table=tt, include=inc, models=models,
                    essential=parsimonious.essential, chart=parsimonious.chart,
                    simplifying_assumptions=parsimonious.simplifying_assumptions, n_models=len(models),
                    model_size=None,
                    partial=partial, n_models_exact=not partial, max_models=b.max_models,
                    dir_exp=expectations, intermediate=pairs, conservative=conservative, parsimonious=parsimonious,
                    shortcuts=shortcuts, notes=notes, explain=explained,
                    _count_stopped=next((x for x in [conservative._count_stopped, parsimonious._count_stopped]
                                         + [p._count_stopped for p in pairs.values()] if x), None),
                    _overall=lambda: parsimonious.overall_term_fit)
