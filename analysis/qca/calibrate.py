"""Calibration of raw numbers into crisp or fuzzy set membership scores.

Methods (all checked against R QCA 3.25, data/reference/r-qca/calibration.json):
  crisp      the number of sorted thresholds at or below x (0/1 with one
             threshold, 0/1/2 with two, ...)
  direct     Ragin (2008, ch. 5): log-odds of membership linear in the distance
             from the crossover, scaled so that the inclusion anchor gets `idm`
             and the exclusion anchor 1 − idm
  linear     piecewise (x − e)/(c − e) shapes, bent by the exponents `below` and
             `above`
  bell       six anchors e1, c1, i1, i2, c2, e2 (membership rises, stays 1,
             falls; or the inverse)
  indirect   Ragin (2008, ch. 5): cases binned by thresholds into equally spaced
             target scores, then a fractional-logit (quasi-binomial) regression
             of the targets on x
As R does, fuzzy scores below 1e-4 become 0 and scores above 0.9999 become 1.
"""
from __future__ import annotations

import inspect
import numbers
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .checks import (choice_hint, flag, float_text, percent_hint, plain_number_hint, shown_decimals,
                     text_number_hint)
from ._near import hints_by_name
from .data import (LEFT_OUT, NESTED_CELLS, QCAWarning, arrow_type_message, arrow_type_unread, blank_case_names_message,
                   blank_cells, duplicate_case_names_message, duplicate_columns_message, empty_rows_error, file_lines,
                   first_sheet_hint, full_width_name_hint, missing_mark, text_numbers, tuple_columns_message,
                   wide_operator_hint)
from .data_cells import _text_column
from .errors import QCAInputError, counted, in_number, quoted, user_stacklevel
from .r_calls import r_call_arguments, r_only_message, r_vector_text, refuses_r_only_arguments

FUZZY_FLOOR = 1e-4            # scores below become 0 (R QCA convention)
FUZZY_CEILING = 1.0 - 1e-4    # scores above become 1
S_NAMES = ("e", "c", "i")
BELL_NAMES = ("e1", "c1", "i1", "i2", "c2", "e2")
#: calibrate()'s arguments as a calibration file (the calibrate command's --spec) writes them: its errors say
#: "type: 'crisp'", not "type='crisp'" (spec_file_form); the workshop's Chinese lines read them back.
SPEC_FILE_ARGUMENTS = ("type", "thresholds", "method", "logistic", "idm", "below", "above", "missing_codes", "missing")
SPEC_FILE_FORM = re.compile(rf"\b({'|'.join(SPEC_FILE_ARGUMENTS)})=('[^']*'|[^\s,;()]+)")


def spec_file_form(text: str) -> str:
    """An error of calibrate() or calibrate_frame() with its arguments as a calibration file writes them ("type:
    'crisp'", "thresholds: 550"), for the calibrate command's messages."""
    return SPEC_FILE_FORM.sub(r"\1: \2", text)



def unquoted_thresholds_hint(rule) -> str:
    """A file's thresholds left unquoted in a YAML flow mapping, {thresholds: e=350, c=550, i=850} (or a crisp set's
    {thresholds: 350, 550}): YAML ends the value at the first ',' and reads 'c=550' and 'i=850' as keys without a
    value, refused as unknown arguments. The thresholds to write, quoted; '' for a rule of another form."""
    if not isinstance(rule, Mapping):
        return ""
    given = rule.get("thresholds")
    r_vector = _unquoted_r_vector_hint(rule)
    if r_vector:
        return r_vector
    named = isinstance(given, str) and bool(re.fullmatch(r"\s*[A-Za-z]\w*\s*=\s*\S+\s*", given))
    plain = isinstance(given, numbers.Real) and not isinstance(given, bool)
    rest = [k for k, v in rule.items() if v is None and k != "thresholds" and (
        isinstance(k, str) and named and re.fullmatch(r"\s*[A-Za-z]\w*\s*=\s*\S+\s*", k)
        or isinstance(k, numbers.Real) and not isinstance(k, bool) and plain)]
    if not rest or not (named or plain):
        return ""
    written = ", ".join(str(v).strip() for v in [given, *rest])
    return (f"; thresholds left unquoted in a YAML {{...}}? YAML ends a value at ',' and reads "
            f"{', '.join(map(quoted, rest))} as {'keys' if len(rest) > 1 else 'a key'}: quote the thresholds, "
            f"thresholds: '{written}'")


def _unquoted_r_vector_hint(rule: Mapping) -> str:
    """R's vector left unquoted in a YAML flow mapping, {thresholds: c(350, 550, 850)} (or c(e=350, c=550, i=850)):
    YAML reads 'c(350' as the thresholds and '550', '850)' as keys without a value, which were refused as unknown
    arguments, the vector unsaid. The thresholds to write, quoted and without c( ); '' for a rule of another form."""
    given = rule.get("thresholds")
    opened = re.fullmatch(r"\s*c\s*\(([^()]*)", given) if isinstance(given, str) else None
    rest = [k for k, v in rule.items() if v is None and k != "thresholds"]
    if opened is None or not rest or not str(rest[-1]).rstrip().endswith(")") or any(
            "(" in str(k) or ")" in str(k).rstrip()[:-1] for k in rest):
        return ""
    items = [opened.group(1), *map(str, rest)]
    items[-1] = items[-1].rstrip()[:-1]
    if not all(i.strip() for i in items):
        return ""
    return (f"; R's vector c(...) left unquoted in a YAML {{...}}? YAML ends a value at ',' and reads "
            f"{', '.join(map(quoted, rest))} as {'keys' if len(rest) > 1 else 'a key'}: quote the thresholds without "
            f"c( ), thresholds: '{', '.join(i.strip() for i in items)}'")


__all__ = ["calibrate", "calibrate_frame", "parse_thresholds", "kwargs_from_r_call", "fractional_logit",
           "FUZZY_FLOOR", "FUZZY_CEILING"]


# ---------------------------------------------------------------- thresholds
#: A comma between two digits in a thresholds string: a decimal comma, if R's reading (two thresholds) is wrong.
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _points_and_commas(thresholds: str) -> str:
    """A thresholds string as a list is written where the decimal mark is a comma (Excel in a German or French
    locale: 'e=0,2; c=0,55; i=0,85', ';' between the thresholds) in the syntax read here and by R's calibrate():
    a point in each number, ',' between the thresholds ('e=0.2, c=0.55, i=0.85')."""
    return re.sub(r"\s*;\s*", ", ", _DECIMAL_COMMA.sub(".", thresholds).strip()).strip(" ,")


def parse_thresholds(thresholds) -> tuple[tuple[str, ...] | None, np.ndarray]:
    """Thresholds as (names or None, values): from a dict, an R-like string "e=1, c=2, i=3" or "1, 2, 3",
    a single number or a sequence of numbers."""
    if thresholds is None:
        raise QCAInputError("thresholds are required, e.g. thresholds='e=350, c=550, i=850' or [350, 550, 850]")
    if isinstance(thresholds, Mapping):
        names = tuple(str(k).strip() for k in thresholds)
        raw = list(thresholds.values())
    elif isinstance(thresholds, str):
        inner = r_vector_text(thresholds)
        if inner is not None:   # R's thresholds = c(e = 350, c = 550, i = 850) copied as text
            meant = re.sub(r"\s*=\s*", "=", inner)
            raise QCAInputError(f"thresholds {quoted(thresholds)}: R's vector c(...) copied as text; write {quoted(meant)} (the "
                                "text without c( ))")
        parts = [p.strip() for p in thresholds.split(",") if p.strip()]
        if not parts:
            raise QCAInputError(f"thresholds string {quoted(thresholds)} is empty")
        if len(parts) < len(thresholds.split(",")):   # 'e=350,,c=550', '550,': a stray comma, or a value left out
            raise QCAInputError(f"thresholds {quoted(thresholds)} hold an empty item (a stray comma, or a value left out?); "
                                "write the values separated by commas, e.g. 'e=350, c=550, i=850'")
        named = ["=" in p for p in parts]
        if any(named) and not all(named):
            # 'e=0,2, c=0,5, i=0,9': decimal commas split each number in two, the second half unnamed
            point = _points_and_commas(thresholds)
            if _DECIMAL_COMMA.search(thresholds) and all("=" in p for p in point.split(",") if p.strip()):
                comma = re.search(r"\d+,\d+", thresholds).group(0)
                not_semicolon = ", not ';'" if ";" in thresholds else ""
                raise QCAInputError(f"thresholds {quoted(thresholds)}: decimal commas ({quoted(comma)})? write numbers with a "
                                    f"point, {quoted(point)} (',' separates the thresholds{not_semicolon})")
            raise QCAInputError(f"thresholds {quoted(thresholds)}: name either all values (e=.., c=.., i=..) or none"
                                f"{wide_operator_hint(thresholds, accepts=_thresholds_read)}")
        if all(named):
            pairs = [p.split("=", 1) for p in parts]
            names = tuple(k.strip() for k, _ in pairs)
            raw = [v.strip() for _, v in pairs]
        else:
            names, raw = None, parts
    elif np.isscalar(thresholds):
        names, raw = None, [thresholds]
    elif isinstance(thresholds, Sequence) or isinstance(thresholds, (np.ndarray, pd.Series)):
        names, raw = None, list(thresholds)
    else:
        raise QCAInputError(f"thresholds must be a dict, a string or numbers, got {type(thresholds).__name__}")
    values = []
    for v in raw:
        try:
            f = float_text(v) if isinstance(v, str) else float(v)
        except (TypeError, ValueError):
            hint = ""
            if isinstance(thresholds, str):
                hint = (wide_operator_hint(thresholds, accepts=_thresholds_read)
                        or (_semicolon_hint(thresholds) if ";" in thresholds else "") or _separator_hint(thresholds))
            hint = hint or plain_number_hint(v) or _percent_thresholds_hint(names, raw)
            raise QCAInputError(f"threshold {quoted(v)} is not a number (thresholds {quoted(thresholds)}){hint}") from None
        if not np.isfinite(f):
            raise QCAInputError(f"threshold {quoted(v)} is not a finite number (thresholds {quoted(thresholds)})")
        values.append(f)
    if not values:
        raise QCAInputError("thresholds are empty")
    if names is not None:
        bad = [n for n in names if not re.fullmatch(r"[A-Za-z]\w*", n)]
        if bad or len(set(names)) != len(names):
            raise QCAInputError(f"threshold names must be distinct identifiers, got {list(names)}"
                                f"{_anchor_names_hint(names, values)}")
    return names, np.asarray(values, dtype=float)


def _thresholds_read(text: str) -> None:
    """wide_operator_hint's `accepts` for thresholds: QCAInputError unless parse_thresholds reads `text` (the hint's
    example, 'e=100，c=400，i=800，' written 'e=100,c=400,i=800', is a text it reads)."""
    parse_thresholds(text)


def _separator_hint(thresholds: str) -> str:
    """For a thresholds string with blanks between the thresholds ('350 550 850') or ':' after a name ('e:350,
    c:550, i:850'): "; write 'e=350, c=550, i=850'", the text read as meant, quoted only when it parses; '' for
    anything else (a decimal comma: '0,5' is not two thresholds here)."""
    if _DECIMAL_COMMA.search(thresholds):
        return ""
    tight = re.sub(r"\s*[:=]\s*", "=", thresholds.strip())
    rewrite = re.sub(r"\s*,\s*|\s+", ", ", tight)
    if rewrite == thresholds:
        return ""
    try:
        parse_thresholds(rewrite)
    except QCAInputError:
        return ""
    said = "; ':' is no part of the syntax, '=' names a threshold" if ":" in thresholds else ""
    return f"; write {rewrite!r} (',' separates the thresholds{said})"


def _semicolon_hint(thresholds: str) -> str:
    """For a thresholds string with ';' between the thresholds, refused as not a number: the rewrite with ','
    between them (and a point for each decimal comma, 'e=0,2; c=0,55; i=0,85' -> 'e=0.2, c=0.55, i=0.85'), quoted
    only when it parses; else the general form."""
    rewrite = _points_and_commas(thresholds)
    try:
        parse_thresholds(rewrite)
    except QCAInputError:
        return "; separate the thresholds with ',' (e.g. 'e=350, c=550, i=850')"
    if _DECIMAL_COMMA.search(thresholds):
        return (f"; decimal commas and ';' between the thresholds (a locale whose decimal mark is a comma)? write "
                f"numbers with a point and separate them with ',': {rewrite!r}")
    return f"; separate the thresholds with ',': {rewrite!r}"


#: Names users give the three anchors of direct calibration, with the name R's calibrate() (and this engine) reads.
_ANCHOR_WORDS = {**dict.fromkeys(("e", "exclusion", "excl", "full exclusion", "full non membership",
                                  "non membership", "nonmembership", "out", "fully out"), "e"),
                 **dict.fromkeys(("c", "crossover", "cross over", "cross", "crossover point", "midpoint",
                                  "maximum ambiguity"), "c"),
                 **dict.fromkeys(("i", "inclusion", "incl", "full inclusion", "full membership", "membership",
                                  "in", "fully in"), "i")}


def raw_columns_meant(name, columns) -> tuple[list[str], bool]:
    """The columns a raw column name the data lack is probably meant to be, and whether they differ from it only in
    case or blanks ('dev' or ' DEV' for DEV: True), else its near misspellings ('DEVV': False); ([], False) if none."""
    from ._near import near_names

    cols = [str(c) for c in columns]
    same = [c for c in cols if c.strip().casefold() == str(name).strip().casefold()]
    return (same[:1], True) if same else (near_names(str(name), cols), False)


def raw_column_hint(name, columns) -> str:
    """For a raw column a calibration names that the data lack: the column meant, "; did you mean 'DEV'? (names are
    case-sensitive)" for 'dev' or ' DEV', data.full_width_name_hint's for 'ＤＥＶ', or a misspelling's ('DEVV'); ''
    when none is near; for columns of Chinese names read in the wrong code page ('·¢Õ¹' for '发展', a GBK file read
    as Latin-1), the encoding to read the file with (data._gbk_names_hint)."""
    from .data_hints import _gbk_names_hint

    wide = full_width_name_hint(name, columns) or _gbk_names_hint(str(name), [str(c) for c in columns])
    if wide:
        return wide
    meant, same = raw_columns_meant(name, columns)
    if same:
        why = "names are case-sensitive" if meant[0].strip() != str(name).strip() else "the name given has blanks around it"
        return f"; did you mean {quoted(meant[0])}? ({why})"
    return f"; did you mean {' or '.join(map(quoted, meant))}?" if meant else ""


def raw_columns_hint(absent, columns) -> str:
    """raw_column_hint of each of the raw columns `absent` the data lack: one as it is; several each saying which
    column it is for ("; 'DEVV': did you mean 'DEV'?; 'URBB': ..."), so that every one is named in one line."""
    return hints_by_name((c, raw_column_hint(c, columns)) for c in absent)


def _anchor_names_hint(names, values, wanted=("e", "c", "i")) -> str:
    """For the three anchors named otherwise than R's e, c, i (exclusion, crossover, inclusion; 'E', 'C', 'I'): "; write
    e=350, c=550, i=850 (...)" with the values given; '' when a name is none of them."""
    meant = [_ANCHOR_WORDS.get(re.sub(r"[\s_-]+", " ", str(n).strip().casefold())) for n in names]
    if None in meant or sorted(meant) != sorted(wanted):
        return ""
    return (f"; write {', '.join(f'{m}={v:g}' for m, v in zip(meant, values))!r} (e: full non-membership, the "
            f"exclusion anchor; c: the crossover; i: full membership, the inclusion anchor)")


def _anchors(names, values, wanted: tuple[str, ...]) -> dict[str, float]:
    """Map threshold values to anchor names: by name if named, else by position (R's order)."""
    if len(values) != len(wanted):
        raise QCAInputError(
            f"fuzzy calibration needs 3 thresholds (e, c, i) or 6 (e1, c1, i1, i2, c2, e2), got {len(values)}")
    if names is None:
        return dict(zip(wanted, values))
    if set(names) != set(wanted):
        raise QCAInputError(f"threshold names must be {', '.join(wanted)}, got {', '.join(names)}"
                            f"{_anchor_names_hint(names, values, wanted)}")
    return dict(zip(names, values))


# ---------------------------------------------------------------- input
def decimal_comma_hint(thresholds) -> str:
    """For unnamed fuzzy `thresholds` written as a string with commas between digits and no spaces ('0,2,0,5,0,9'),
    that R's reading (',' separates thresholds) refused: the hint that decimal commas split each number in two,
    with the numbers read in pairs when there is an even count ('0.2, 0.5, 0.9'); with a blank after each separator
    ('0,2, 0,55, 0,85') the numbers are those between the blanks; '' otherwise, and for three numbers ('350,350,900':
    the three anchors e, c, i, whatever else is wrong with them)."""
    if not isinstance(thresholds, str) or "=" in thresholds:
        return ""
    if re.fullmatch(r"\s*\d+,\d+(\s*,\s+\d+,\d+)+\s*", thresholds):   # '0,2, 0,55, 0,85': a blank after each separator
        return ("; decimal commas? ',' separates the thresholds, so each number was read as two: write "
                f"{_points_and_commas(thresholds)!r}")
    if not re.fullmatch(r"\s*\d+(,\d+)+\s*", thresholds):
        return ""
    parts = thresholds.strip().split(",")
    if len(parts) == 3:   # '350,350,900': three anchors, e, c and i, as R reads them: no sign of decimal commas
        return ""
    pairs = ", ".join(f"{a}.{b}" for a, b in zip(parts[::2], parts[1::2])) if len(parts) % 2 == 0 else ""
    return ("; decimal commas? ',' separates the thresholds, so each number was read as two"
            + (f": write {pairs!r}" if pairs else "; write numbers with a point, e.g. '0.2, 0.5, 0.9'"))


def decimal_comma_note(thresholds, cuts, x) -> str:
    """The note for crisp `thresholds` written as a string with a comma between digits ('0,5', a decimal comma?)
    whose cut points `cuts`, read as R's calibrate() reads them (',' separates thresholds: 0 and 5), include one
    that separates none of the raw values `x` (at or below the smallest, or above the largest; a set with no cut
    point between them is constant); '' otherwise, R's reading being plausible."""
    if not isinstance(thresholds, str) or not _DECIMAL_COMMA.search(thresholds):
        return ""
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    if not len(x):
        return ""
    lo, hi = float(x.min()), float(x.max())
    idle = [float(c) for c in cuts if c <= lo or c > hi]
    if not idle:
        return ""
    both = lambda vs: ", ".join(f"{v:g}" for v in vs[:-1]) + (" and " if len(vs) > 1 else "") + f"{vs[-1]:g}"  # noqa: E731
    levels = np.unique(np.searchsorted(np.sort(np.asarray(cuts, dtype=float)), x, side="right"))
    constant = f"; every case gets membership {levels[0]:g}" if len(levels) == 1 else ""
    point = _DECIMAL_COMMA.sub(".", thresholds)
    return (f"thresholds {thresholds!r} were read as {len(cuts)} cut points, {both([float(c) for c in cuts])} (',' "
            f"separates thresholds, as in R's calibrate()); cut point{'s' * (len(idle) > 1)} {both(idle)} "
            f"separate{'s' * (len(idle) == 1)} no cases (raw values from {lo:g} to {hi:g}){constant}; if a decimal "
            f"was meant, a decimal point is written '.': {point!r}")


def _raw_numbers(x) -> pd.Series:
    """The raw values that are numbers, as a Series (text that is no number and missing values dropped): a numeric
    array directly; through object values only otherwise (1,000,000 floats through object: 0.6 s, a Series' copy)."""
    arr = np.asarray(x)
    if arr.dtype.kind in "biuf":
        return pd.Series(arr.astype(float)).dropna()
    return pd.to_numeric(pd.Series(np.asarray(x, dtype=object)), errors="coerce").dropna()


def constant_set_note(name, source, rule: Mapping, x, values) -> str:
    """The note for a calibrated set whose every case lies on one side of the crossover or at it (fuzzy) or in one
    class (crisp): thresholds outside the range of the raw values, usually on another scale than the data (a percentage
    anchor on shares, dollars on thousands); legal, but the set is constant and explains nothing. '' otherwise, with
    fewer than two scores, or for a crisp set whose thresholds string has a decimal comma ('0,5'), which
    calibrate()'s own, more precise note covers. name: the set; source: its raw column; rule: its calibrate()
    arguments; x: the raw values; values: the scores. name and source None: an unnamed set ('the calibrated set',
    'raw values'), as calibrate() gives an array or a Series without a name."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if len(values) < 2:
        return ""
    crisp = rule.get("type", "fuzzy") == "crisp"
    x = _raw_numbers(x) if crisp else x
    thresholds = rule.get("thresholds")
    if crisp and decimal_comma_note(thresholds, parse_thresholds(thresholds)[1], x):
        return ""
    if crisp and len(np.unique(values)) == 1:
        where = f"every case gets membership {values[0]:g}"
    elif not crisp and ((values < 0.5).all() or (values > 0.5).all()):
        where = f"every case is {'below' if (values < 0.5).all() else 'above'} 0.5"
    elif not crisp and ((values <= 0.5).all() or (values >= 0.5).all()):   # the rest at the crossover, in no
        at = int((values == 0.5).sum())                                      # configuration (Ragin 2008)
        where = ("every case is at 0.5, the crossover (in neither the set nor its negation)" if at == len(values) else
                 f"no case is {'above' if (values <= 0.5).all() else 'below'} 0.5 ({at} at the crossover, 0.5)")
    else:
        return ""
    x = x if crisp else _raw_numbers(x)              # a fuzzy set's raw values only for a note it gets
    raw = "raw values" if source is None else f"raw {str(source)!r}"
    span = f"{raw} from {x.min():g} to {x.max():g}, " if len(x) else ""
    return (f"{'the calibrated set' if name is None else f'set {str(name)!r}'}: {where} ({span}thresholds "
            f"{thresholds!r}): the set does not vary in kind (no case on the other side), which no analysis can use; "
            "check that the thresholds are on the scale of the data" + _percent_scale_hint(thresholds, x))


def _half_membership_note(name, source, rule: Mapping, x, values, percentiles=None) -> str:
    """The warning for a fuzzy set with cases calibrated to exactly 0.5 (a raw value on the crossover, as R's
    calibrate() gives it too): such a case belongs to no truth table row (maximum ambiguity; Ragin 2008, ch. 5),
    which the truth table says later, far from the crossover to move; '' when no case is at 0.5, or for a crisp set
    or one recoded by its codes (0.5 given on purpose). name: the set; source: its raw column; rule: its calibrate()
    arguments (thresholds those the percentiles gave); x: the raw values, indexed by the cases (a list or an array:
    the cases named by their positions); values: the scores; name and source None: an unnamed set ('the calibrated
    set', 'raw values'), as calibrate() gives an array or a Series without a name;
    percentiles: the set's percentiles when they made its anchors, whose crossover (the median of an odd number of
    cases) is a case's own value: there the crossover is moved by giving thresholds. Its wording ('case(s)') is read
    by a workshop Chinese form."""
    if rule.get("type", "fuzzy") == "crisp" or "codes" in rule:
        return ""
    half = np.asarray(values, dtype=float) == 0.5
    if not half.any():
        return ""
    raw = pd.to_numeric(pd.Series(np.asarray(x, dtype=object)), errors="coerce").to_numpy(dtype=float)
    found = sorted(set(v for v in raw[half].tolist() if v == v))
    try:
        names, th = parse_thresholds(rule.get("thresholds"))
    except QCAInputError:
        names, th = (), []
    labels = names or {3: S_NAMES, 6: BELL_NAMES}.get(len(th), ())
    crossovers = [v for n, v in zip(labels, th) if n.startswith("c")]
    where = (", the crossover" + "s" * (len(found) > 1)) if all(v in crossovers for v in found) else ""
    more = " ..." if half.sum() > 5 else ""
    if isinstance(x, pd.Series):
        cases = ", ".join(repr(str(c)) for c in np.asarray(x.index, dtype=object)[half][:5]) + more
    else:   # calibrate() of a list or an array: no case names, the places counted from 0 as Python counts them
        cases = "at position(s) " + ", ".join(str(int(p)) for p in np.flatnonzero(half)[:5]) + more
    odd = ""
    if percentiles is not None and where:   # anchors from percentiles: moved by giving thresholds
        p_names, p_values = parse_thresholds(percentiles)
        central = [v for n, v in zip(p_names or S_NAMES, p_values) if n.startswith("c")] == [50]
        median = (", the 50th percentile of an odd number of cases, is the middle case's value" if central and
                  int((raw == raw).sum()) % 2 else ", a percentile of the raw values, falls on a case's value")
        odd = f" (its crossover{median}: give the set thresholds, the crossover between two cases' values)"
    what = "the calibrated set" if name is None else f"set {quoted(str(name))}"
    raw_name = "values" if source is None else quoted(str(source))
    return (f"{what}: case(s) {cases} calibrated to exactly 0.5 (raw {raw_name} "
            f"{', '.join(f'{v:g}' for v in found[:5])}{where}): neither in nor out of the set (as a condition, in no "
            f"truth table row); move the crossover off the cases' values{odd}")


def _percent_thresholds_hint(names, raw) -> str:
    """For thresholds written with a percent sign ('e=35%, c=55%, i=85%', as a report writes them), which are no
    numbers: the thresholds to write in the raw values' units, percents (0-100) or shares (0-1), which only the data
    tell apart; '' unless every threshold is a number of at most 100 followed by '%'."""
    found = [re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[%\uff05]\s*", str(v)) for v in raw]
    if not raw or not all(found) or any(float(m.group(1)) > 100 for m in found):
        return ""
    cuts = [float(m.group(1)) for m in found]

    def written(values) -> str:
        text = [f"{v:.10g}" for v in values]
        return quoted(", ".join(text if names is None else (f"{n}={t}" for n, t in zip(names, text))))

    return (f"; a percentage? write the thresholds without '%', in the raw values' units: {written(cuts)} (raw values "
            f"in percent, 0-100) or {written(c / 100 for c in cuts)} (shares, 0-1)")


def _percent_scale_hint(thresholds, x) -> str:
    """'' unless the raw values and the thresholds are a factor of 100 apart: shares (0-1; a cell Excel shows as 98.2%
    holds 0.982) against thresholds written as percentages (all above 1, at most 100), or the reverse (raw values
    beyond 10, at most 100, thresholds within 0-1); then the thresholds rescaled, in the form given."""
    try:
        names, cuts = parse_thresholds(thresholds)
    except QCAInputError:
        return ""
    x = np.asarray(x, dtype=float)
    x = x[~np.isnan(x)]
    if not len(x) or not len(cuts):
        return ""
    if x.min() >= 0 and x.max() <= 1 and (cuts > 1).all() and (cuts <= 100).all():
        factor, why = 0.01, ("the raw values lie between 0 and 1 (shares: a cell Excel shows as 98.2% holds 0.982) "
                             "while the thresholds are percentages")
    elif x.min() >= 0 and 10 < x.max() <= 100 and (cuts >= 0).all() and (cuts <= 1).all():
        factor, why = 100, ("the raw values are percentages (up to 100) while the thresholds lie between 0 and 1, "
                            "like shares")
    else:
        return ""
    scaled = [f"{c * factor:.10g}" for c in cuts]
    text = ", ".join(scaled) if names is None else ", ".join(f"{n}={v}" for n, v in zip(names, scaled))
    return f"; {why}: did you mean thresholds='{text}'?"


def _as_numbers(x, missing: str) -> tuple[np.ndarray, object]:
    """x as a float array, plus how to wrap the result (a pandas Series keeps its index and name)."""
    if missing not in ("raise", "keep"):
        raise QCAInputError(f"missing must be 'raise' or 'keep', got {quoted(missing)}{choice_hint(missing, ('raise', 'keep'))}")
    wrap = None
    if isinstance(x, pd.DataFrame):   # df[['DEV']] for df['DEV']: say which column to give
        first = repr(str(x.columns[0])) if len(x.columns) else "'NAME'"
        raise QCAInputError(f"x must be one column of raw values (a Series, a list or a 1-d array), got a DataFrame "
                            f"of shape {x.shape}: calibrate df[{first}]; several sets at once: "
                            f"analysis.qca.calibrate_frame(df, {{{first}: {{'thresholds': ...}}, ...}})")
    if isinstance(x, pd.Series):
        kind = arrow_type_unread(x)
        if kind:   # pyarrow's string_view: pandas' NotImplementedError at to_numpy (and at is_numeric_dtype)
            raise QCAInputError(arrow_type_message("x", kind, "pd.Series(x.tolist(), index=x.index, dtype='str')"))
        wrap = x
        values = x.to_numpy()
    elif np.isscalar(x):
        values = np.asarray([x])
    else:
        values = np.asarray(x)
    if values.ndim != 1:
        raise QCAInputError(f"x must be one-dimensional, got shape {values.shape}")
    if values.dtype.kind in "US":
        _refuse_text(values)
    if values.dtype == bool or _true_false(x, values):   # df['DEV'] > 500: a set already
        raise QCAInputError("x must be numeric raw values, got True/False: that is a crisp set already (True is in "
                            "it), whose memberships are x.astype(int); calibrate() turns raw values (amounts, "
                            "scores) into memberships")
    if values.dtype.kind == "c" or (values.dtype == object and any(isinstance(v, (complex, np.complexfloating))
                                                                   for v in values)):
        # its imaginary part was dropped with a ComplexWarning; as the data's cells, 2+0j is 2 and 1+2j refused
        from .data_value_hints import _value_hint

        imaginary = [v for v in values if isinstance(v, (complex, np.complexfloating)) and v.imag != 0]
        if imaginary:
            raise QCAInputError(f"x must be numeric raw values; {quoted(complex(imaginary[0]))} is complex: "
                                f"{_value_hint(imaginary[:1], raw=True)}")
        values = np.array([v.real if isinstance(v, (complex, np.complexfloating)) else v for v in values],
                          dtype=float if values.dtype.kind == "c" else object)
    if not (np.issubdtype(values.dtype, np.number) or values.dtype.kind in "OUS"):
        raise QCAInputError(f"x must be numeric, got values of type {values.dtype}")
    if values.dtype.kind in "OUS":   # text cells (read_data's): an empty one or a mark ('NA', '缺失') is missing, as
        # truth_table and the calibrate command read it, never a number; so is pandas' pd.NA, the missing cell of a
        # string, 'boolean' or pyarrow-backed column (pandas 3's text columns when pyarrow is installed), which was
        # 'not a number ... text labels', missing='keep' or not. Filled in place: np.array() of cells holding
        # lists ([0.81]) made a 2-d array, and the result a frame's column could not hold (pandas' ValueError)
        cells = np.empty(len(values), dtype=object)
        cells[:] = [np.nan if _absent(v) else v for v in values]
        values = cells
    try:
        if values.dtype == object and any(issubclass(kind, NESTED_CELLS) for kind in set(map(type, values))):
            raise TypeError   # a list or an array in a cell (a pyarrow list column's): no number
        if values.dtype == object:   # text read as the calibrate command reads it: '４５' is no number, as there
            texts = [i for i, v in enumerate(values) if isinstance(v, str)]
            if texts and np.isnan(text_numbers([values[i].strip() for i in texts])).any():
                raise ValueError
        arr = shown_decimals(values)   # a float32 0.35 is 0.35, at a threshold of 0.35 (not 0.3499999940)
    except (TypeError, ValueError):
        # named where it is, as a missing value is (_positions: calibrate_frame's case, a Series' index label)
        pos = np.array([i for i, v in enumerate(values) if v is not None and not _is_real_cell(v)])  # None is NaN
        if not len(pos):
            raise QCAInputError(f"x must be numeric, got values of type {values.dtype}") from None
        bad = values[pos[0]]
        bad = (str(bad) if isinstance(bad, np.str_) else   # 'x', not np.str_('x')
               bad.tolist() if isinstance(bad, np.ndarray) else bad)   # [0.81], not array([0.81])
        from .data_value_hints import _value_hint

        hint = _value_hint([bad], raw=True)
        count = f"{len(pos)} values are not numbers, " if len(pos) > 1 else ""
        raise QCAInputError(f"x must be numeric; {quoted(bad)} is not a number ({count}at {_positions(wrap, pos)})"
                            f"{': ' + hint if hint else ''}") from None
    if np.isinf(arr).any():   # named as a missing value is: a Series' cases by their labels, else positions
        pos = np.flatnonzero(np.isinf(arr))
        raise QCAInputError(f"x has {counted(len(pos), 'infinite value')} (inf) at {_positions(wrap, pos)}: "
                            "calibration needs finite raw values (a ratio divided by 0?); correct "
                            f"{'it' if len(pos) == 1 else 'them'}, or drop the {in_number(len(pos), 'case')}")
    if missing == "raise" and np.isnan(arr).any():
        pos = np.flatnonzero(np.isnan(arr))
        where = _positions(wrap, pos)
        raise QCAInputError(f"x has {len(pos)} missing value(s) (NaN) at {where}; drop or impute them, "
                            "or pass missing='keep' to keep them as NaN")
    return arr, wrap


#: The names of calibration types in the QCA literature and its software (csQCA, fsQCA, mvQCA; fs/QCA's 'cs' and
#: 'fs'), with the type that calibrates them here.
_TYPE_WORDS = {**dict.fromkeys(("cs", "csqca", "crisp set", "crisp-set", "crispset", "binary", "dichotomous"), "crisp"),
               **dict.fromkeys(("fs", "fsqca", "fuzzy set", "fuzzy-set", "fuzzyset"), "fuzzy"),
               **dict.fromkeys(("mv", "mvqca", "multi-value", "multivalue", "multi value"), "crisp")}


def _type_word_hint(type) -> str:
    """For type given as the literature names the kinds of sets ('cs', 'fsQCA', 'mv'): "; write type='crisp'" (a
    multi-value set: a crisp calibration with several cut points); '' otherwise."""
    if not isinstance(type, str):
        return ""
    word = type.strip().casefold()
    meant = _TYPE_WORDS.get(word)
    if meant is None:
        return ""
    if word.startswith("mv") or word.startswith("multi"):
        return ("; a multi-value set is a crisp calibration with several cut points: write type='crisp', "
                "thresholds='t1, t2' (levels 0, 1, 2)")
    return f"; write type={meant!r} ({type.strip()!r} names {meant} sets)"


def _misplaced_type_hint(x, type) -> str:
    """For calibrate's second argument (type) given something else, as R's calibrate(x, thresholds) and a table with
    a column's name invite: calibrate(df, 'DEV', ...) -> "calibrate(df['DEV'], ...)"; calibrate(x, 'e=1, c=2, i=3')
    or calibrate(x, 550) -> "thresholds=..."; '' otherwise."""
    if isinstance(x, pd.DataFrame) and isinstance(type, str) and type in x.columns:
        return (f": the second argument is type, and {type!r} a column of the table; calibrate the column's values, "
                f"calibrate(df[{type!r}], thresholds=...); several sets at once: analysis.qca.calibrate_frame(df, "
                f"{{{type!r}: {{'thresholds': ...}}}})")
    if isinstance(type, (bool, np.bool_)) or not isinstance(type, (str, numbers.Real, list, tuple, dict)):
        return ""
    try:
        parse_thresholds(type)
    except (QCAInputError, TypeError, ValueError):
        return ""
    return (f": thresholds given as the second argument? the second argument is type; write "
            f"thresholds={type!r}")


def _refuse_text(values: np.ndarray) -> None:
    """x given as text that holds no number: a column's name (calibrate('DEV', ...), as calibrate_frame's spec and
    the CLI name columns) or names: say so, and how to pass the values."""
    texts = [str(v) for v in values]
    if any(_is_number(t) for t in texts):
        return   # numbers written as text are read, as a Series of them is; a mistyped cell is named, with its hint
    first = texts[0]
    given = (f"the text {quoted(first)}: a column name? pass the column's values" if len(texts) == 1 else
             f"the texts {', '.join(map(quoted, texts[:3]))}{', ...' if len(texts) > 3 else ''}: column names? "
             "calibrate one column's values")
    raise QCAInputError(f"x must be the raw values to calibrate, got {given}, calibrate(df[{quoted(first)}], ...); several "
                        f"sets at once: analysis.qca.calibrate_frame(df, {{{quoted(first)}: {{'thresholds': ...}}}})")


def _absent(v) -> bool:
    """A missing raw value among object cells: None, NaN, pd.NA (a string, 'boolean' or pyarrow-backed column's missing
    cell), NaT, or text that is empty or a mark of a missing value ('NA', '缺失': data.missing_mark)."""
    if isinstance(v, str):
        return not v.strip() or missing_mark(v.strip())
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, (float, np.floating)) and v != v)


def _true_false(x, values: np.ndarray) -> bool:
    """x holds True/False with missing cells: a nullable 'boolean' or a bool[pyarrow] column with a missing value (its
    values then come as objects), or such objects: a crisp set already, as a bool array is (True was read as 1)."""
    if isinstance(x, pd.Series) and pd.api.types.is_bool_dtype(x.dtype):
        return True
    if values.dtype != object:
        return False
    given = (v for v in values if not _absent(v))   # stops at the first cell that is no True/False: text costs one
    first = next(given, None)
    return isinstance(first, (bool, np.bool_)) and all(isinstance(v, (bool, np.bool_)) for v in given)


def _is_real_cell(v) -> bool:
    """A cell that is one number (or text of one) or missing: not a list, a dict or an array (float() reads a numpy
    array of one element as its number)."""
    return v is None or (pd.api.types.is_scalar(v) and (_absent(v) or _is_number(v)))


def _is_number(v) -> bool:
    """A number, or text the engine reads as one (data.text_numbers: not '４５' or '1_000', which float() reads)."""
    if isinstance(v, str):
        return not np.isnan(text_numbers([v.strip()])[0])
    try:
        float(v)
    except (TypeError, ValueError):
        return False
    return True


def _is_real(v) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, (bool, np.bool_))


def _positions(series, pos) -> str:
    """Where pos are in x: a Series' index labels (after its index's name, e.g. case 'DE'), else positions."""
    if series is not None:   # the labels as Python values: index 1, not np.int64(1) (numpy 2's repr)
        word = "index" if series.index.name is None else str(series.index.name)
        labels = series.index[np.asarray(pos[:5], dtype=int)].tolist()
        return f"{word} " + ", ".join(map(repr, labels)) + (" ..." if len(pos) > 5 else "")
    return "positions " + ", ".join(str(int(p)) for p in pos[:5]) + (" ..." if len(pos) > 5 else "")


#: Codes SPSS and Stata users give a missing answer ('don't know', 'refused') in place of a value.
MISSING_CODES = (9, 99, 999, 9999, -9, -99, -999, -9999)


def missing_code_note(arr: np.ndarray, like, spec: bool = False, recalibration: bool = False) -> str:
    """For raw values holding a missing-value code (MISSING_CODES) that stands apart from the other values (at least
    their range beyond their maximum, or below their minimum for a negative code: a Likert item's 99 among 1..5, an
    age of 99 among 28..62), the warning that it was calibrated as a value (a 99 on a 1..5 scale is fully in the
    set), with its cases (`like`: the Series naming them) and how to make it missing: for a set of a specification
    (`spec`: calibrate_frame's, the calibrate command's file), its key missing_codes; for a robustness test's or a
    calibration range's recalibration of the data's sets (`recalibration`, which reads a raw value for every case of
    the data and takes no missing_codes), to leave the case out of the data analysed; '' otherwise."""
    finite = arr[np.isfinite(arr)]
    for code in MISSING_CODES:
        at = arr == code
        others = finite[finite != code]
        if not at.any() or len(others) < 2:
            continue
        low, high = float(others.min()), float(others.max())
        span = high - low
        if span > 0 and (code >= high + span if code > 0 else code <= low - span):
            said = (f"raw value {code} at {_positions(like, np.flatnonzero(at))} looks like a missing-value code "
                    f"(SPSS, Stata), far from the other values ({low:g} to {high:g}), and was calibrated as a value: "
                    "if it marks a missing answer, ")
            if recalibration:   # every case of the data needs a raw value: the case is left out of the data
                one = int(at.sum()) == 1
                return said + (f"leave {'that case' if one else 'those cases'} out of the data analysed, as a "
                               "recalibration reads the raw value of every case of the data (calibrating the data, "
                               f"the set's missing_codes: [{code}] with missing: keep leaves "
                               f"{'its membership' if one else 'their memberships'} empty; then drop_missing_cases, "
                               "on the command line --drop-missing)")
            if spec:   # the data left as they are: the set's specification says which raw values mark no answer
                return said + (f"declare it in the set's specification, 'missing_codes': [{code}] with 'missing': "
                               f"'keep' (a specification file: missing_codes: [{code}] and missing: keep), its "
                               "membership then left empty")
            return said + (f"make it missing first (Python: x.replace({code}, np.nan), with missing='keep'; a file: "
                           "empty its cells, or write NA, and give the set 'missing: keep')")
    return ""


def _wrap(result: np.ndarray, like):
    if like is not None:
        return pd.Series(result, index=like.index, name=like.name)
    return result


def _clip_fuzzy(fs: np.ndarray) -> np.ndarray:
    fs = fs.copy()
    fs[fs < FUZZY_FLOOR] = 0.0
    fs[fs > FUZZY_CEILING] = 1.0
    return fs


# ---------------------------------------------------------------- the membership functions
def _logistic(x, e, c, i, idm):
    """Direct method (Ragin 2008): log-odds = ±log(idm/(1−idm)) · (x − c)/(anchor − c), anchor on x's side."""
    scale = np.log(idm / (1.0 - idm))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        # On the inclusion side the anchor i maps to idm, on the exclusion side e maps to 1 − idm.
        toward_i = (x - c) * np.sign(i - c) >= 0
        logodds = np.where(toward_i, scale * (x - c) / (i - c), -scale * (x - c) / (e - c))
        return 1.0 / (1.0 + np.exp(-logodds))


def _linear_increasing(x, e, c, i, below, above):
    """0 up to e, 0.5·((x−e)/(c−e))^below up to c, 1 − 0.5·((i−x)/(i−c))^above up to i, then 1."""
    out = np.where(x >= i, 1.0, 0.0)
    lo = (x > e) & (x < c)
    hi = (x >= c) & (x < i)
    out = np.where(lo, 0.5 * np.power(np.clip((x - e) / (c - e), 0, 1), below), out)
    return np.where(hi, 1.0 - 0.5 * np.power(np.clip((i - x) / (i - c), 0, 1), above), out)


def _linear_decreasing(x, i, c, e, below, above):
    """Mirror image: 1 up to i, falling to 0.5 at c (shape `above`), to 0 at e (shape `below`).
    As in R, `below` shapes the part with scores below 0.5 and `above` the part above 0.5."""
    out = np.where(x <= i, 1.0, 0.0)
    hi = (x > i) & (x < c)
    lo = (x >= c) & (x < e)
    out = np.where(hi, 1.0 - 0.5 * np.power(np.clip((x - i) / (c - i), 0, 1), above), out)
    return np.where(lo, 0.5 * np.power(np.clip((e - x) / (e - c), 0, 1), below), out)


#: Raw values and anchors beyond this size are divided by 4 (exactly, a power of two) before calibration, so that no
#: difference of two of them (x − c, c − e) overflows to inf: the membership functions read ratios of differences only.
_HALF_RANGE = 2.0 ** 1021


def _in_range(x: np.ndarray, anchors: tuple[float, ...]) -> tuple[np.ndarray, tuple[float, ...]]:
    """x and the anchors as they are, or each divided by 4 when one is beyond _HALF_RANGE in size (raw values such as
    1e308: x − e of 1e308 and −1e308 was inf, and the score of a case between such anchors 0 instead of 0.25)."""
    finite = np.abs(x[np.isfinite(x)])
    if max((abs(a) for a in anchors), default=0.0) < _HALF_RANGE and not (finite >= _HALF_RANGE).any():
        return x, anchors
    return x / 4.0, tuple(a / 4.0 for a in anchors)


def _fuzzy_direct(x, names, values, logistic, idm, below, above):
    """The direct method's scores; the caller ignores numpy's overflow and division warnings: a ratio of differences
    that overflows (a raw value of 1e308 with anchors 1, 5, 10) is outside [0, 1] and clipped, or a log-odds of ±inf,
    whose score, 0 or 1, is the exact score's double."""
    if len(values) == 3:
        a = _anchors(names, values, S_NAMES)
        e, c, i = a["e"], a["c"], a["i"]
        if not (e < c < i or i < c < e):
            raise QCAInputError(
                "anchors must be ordered e < c < i (increasing) or i < c < e (decreasing), "
                f"got e={e:g}, c={c:g}, i={i:g}")
        x, (e, c, i) = _in_range(x, (e, c, i))
        if logistic:
            return _logistic(x, e, c, i, idm)
        if e < i:
            return _linear_increasing(x, e, c, i, below, above)
        return _linear_decreasing(x, i, c, e, below, above)
    if len(values) == 6:
        a = _anchors(names, values, BELL_NAMES)
        e1, c1, i1, i2, c2, e2 = (a[k] for k in BELL_NAMES)
        text = ", ".join(f"{k}={a[k]:g}" for k in BELL_NAMES)
        x, (e1, c1, i1, i2, c2, e2) = _in_range(x, (e1, c1, i1, i2, c2, e2))
        if e1 < c1 < i1 <= i2 < c2 < e2:          # bell: up, plateau at 1, down
            return np.minimum(_linear_increasing(x, e1, c1, i1, below, above),
                              _linear_decreasing(x, i2, c2, e2, below, above))
        if i1 < c1 < e1 <= e2 < c2 < i2:          # inverse bell: down, plateau at 0, up
            return np.maximum(_linear_decreasing(x, i1, c1, e1, below, above),
                              _linear_increasing(x, e2, c2, i2, below, above))
        raise QCAInputError("six anchors must be ordered e1 < c1 < i1 <= i2 < c2 < e2 (bell) or "
                            f"i1 < c1 < e1 <= e2 < c2 < i2 (inverse bell), got {text}")
    # one or two plain numbers are most often a crisp set's cut point(s) with type='crisp' left out (R's
    # calibrate() defaults to type = "fuzzy" too)
    crisp = (f"; for a crisp set with cut point{'s' if len(values) > 1 else ''} "
             f"{', '.join(f'{v:g}' for v in values)} pass type='crisp' (the default type is 'fuzzy')"
             if names is None and len(values) < 3 else "")
    if names is not None and len(values) < 3 and set(names) <= set(S_NAMES):   # 'c=550', 'c=550, i=800'
        missing = [n for n in S_NAMES if n not in names]
        crisp = f"; {' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing"
        if tuple(names) == ("c",):   # the crossover alone: a cut at 550, a crisp set
            cut = f"{values[0]:g}"
            crisp += (f"; for a crisp set cut at {cut} pass type='crisp', thresholds={cut} (a crisp set's cut points "
                      "are unnamed: e, c, i name a fuzzy set's anchors)")
    raise QCAInputError(
        f"fuzzy calibration needs 3 thresholds (e, c, i) or 6 (e1, c1, i1, i2, c2, e2), got {len(values)}{crisp}")


# ---------------------------------------------------------------- indirect method
def _fp_design(x: np.ndarray) -> np.ndarray:
    """Fractional-polynomial terms log x, √x, x, x² (x rescaled by its maximum for conditioning).

    This is the equation that reproduces R QCA 3.25's indirect calibration of Ragin's income
    example to all printed digits (identified from R's output: its score equations hold exactly
    for these terms); rescaling x does not change the fitted values."""
    z = x / np.max(x)
    return np.column_stack([np.ones_like(z), np.log(z), np.sqrt(z), z, z * z])


def _binomial_deviance(y, mu) -> float:
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(y > 0, y * np.log(y / mu), 0.0)
        b = np.where(y < 1, (1 - y) * np.log((1 - y) / (1 - mu)), 0.0)
    return float(2 * np.sum(a + b))


def fractional_logit(X: np.ndarray, y: np.ndarray, max_iter: int = 100, tol: float = 1e-12) -> np.ndarray:
    """Fitted means of a quasi-binomial logit GLM of y ∈ [0, 1] on X, by iteratively reweighted
    least squares (McCullagh & Nelder 1989; Papke & Wooldridge 1996 for fractional y)."""
    eps = np.finfo(float).eps
    mu = (y + 0.5) / 2.0                     # the usual binomial starting values
    eta = np.log(mu / (1 - mu))
    dev_old = _binomial_deviance(y, mu)
    for _ in range(max_iter):
        w = np.maximum(mu * (1 - mu), eps)   # for the logit link dμ/dη = μ(1 − μ) = variance
        z = eta + (y - mu) / w
        sw = np.sqrt(w)
        beta = np.linalg.lstsq(X * sw[:, None], z * sw, rcond=None)[0]
        eta = np.clip(X @ beta, -30, 30)     # beyond |η| = 30 the mean is 0 or 1 in double precision
        mu = 1.0 / (1.0 + np.exp(-eta))
        dev = _binomial_deviance(y, mu)
        if abs(dev - dev_old) / (abs(dev) + 0.1) < tol:
            break
        dev_old = dev
    return mu


def _indirect(x: np.ndarray, values: np.ndarray) -> np.ndarray:
    ok = ~np.isnan(x)
    xs = x[ok]
    if (xs <= 0).any():
        raise QCAInputError("the indirect method fits log(x) and √x terms, so x must be positive; "
                            "shift the raw values (e.g. x − min(x) + 1) before calibrating")
    th = np.sort(values)
    if len(np.unique(th)) != len(th):
        raise QCAInputError(f"indirect thresholds must be distinct, got {values.tolist()}")
    # target score: share of thresholds strictly below x (equal steps from 0 to 1), rounded to 3 decimals as R QCA's
    # calibrate() rounds its target values (1/3 -> 0.333: scores then agree with R's, not only to 3 decimals)
    target = np.round(np.searchsorted(th, xs, side="left") / len(th), 3)
    if len(np.unique(xs)) < 5:
        raise QCAInputError("the indirect method needs at least 5 distinct raw values to fit its 5 coefficients")
    mu = fractional_logit(_fp_design(xs), target)
    out = np.full_like(x, np.nan)
    out[ok] = _clip_fuzzy(np.round(mu, 6))   # R QCA reports the indirect scores rounded to 6 decimals
    return out


# ---------------------------------------------------------------- public API
#: The arguments that shape a fuzzy set of the direct method, which other calibrations do not read.
SHAPE_ARGUMENTS = ("logistic", "idm", "below", "above")


#: The shape arguments' defaults (calibrate()'s signature).
_SHAPE_DEFAULTS = {"logistic": True, "idm": 0.95, "below": 1.0, "above": 1.0}


def _same(value, default) -> bool:
    """Whether a shape argument given equals its default (a number as a number: 1 and 1.0; not the text '1')."""
    return (isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
            and float(value) == float(default))


def unused_arguments_message(given: Mapping) -> str:
    """What is wrong with a calibration given a shape argument (SHAPE_ARGUMENTS) that does nothing for it, named:
    any of them for type='crisp' (cut points alone) and method='indirect' (a regression on the bins); idm for the
    linear shape (logistic=False) and the bell (six anchors, linear), below and above for the logistic shape, each at
    a value other than its default (below=1 or idm=0.95, R's signature copied whole, asks for nothing). '' when
    every argument given is used, or when the calibration is refused anyway (an unknown type, thresholds that cannot
    be read: calibrate says so). `given`: the arguments as given, by name (calibrate's
    call bound to its signature, or a calibration specification's entry). Before, calibrate(x, type='crisp',
    thresholds=550, logistic=True) and calibrate(x, thresholds='e=1, c=2, i=3', below=2) ran, the argument doing
    nothing, without a word."""
    shapes = [k for k in SHAPE_ARGUMENTS if k in given]
    if not shapes:
        return ""
    kind, method = given.get("type", "fuzzy"), given.get("method", "direct")
    if kind == "crisp" or method == "indirect":
        if kind not in ("fuzzy", "crisp") or method not in ("direct", "indirect"):
            return ""
        what = ("fuzzy calibration only; crisp calibration uses the cut points alone" if kind == "crisp" else
                "the direct method only; the indirect method fits its scores to the bins of its thresholds")
        return (f"{', '.join(shapes)} appl{'y' if len(shapes) > 1 else 'ies'} to {what}: leave "
                f"{'them' if len(shapes) > 1 else 'it'} out")
    try:
        n = len(parse_thresholds(given.get("thresholds"))[1])
        logistic = flag("logistic", given.get("logistic", True))
    except QCAInputError:
        return ""
    if n == 6:
        unused = [k for k in ("idm",) if k in shapes]
        why = "six anchors give the bell (or inverse bell), linear whatever logistic says (below and above shape it)"
    elif n == 3 and logistic:
        unused = [k for k in ("below", "above") if k in shapes]
        why = ("below and above bend the linear shape (logistic=False); the logistic shape is set by the anchors and "
               "idm")
    elif n == 3:
        unused = [k for k in ("idm",) if k in shapes]
        why = "idm sets the logistic shape's scores at the anchors; the linear shape (logistic=False) is 0 at e, 1 at i"
    else:
        return ""
    # a direct-method argument at its default (below=1, idm=0.95: R's signature copied whole) asks for nothing
    unused = [k for k in unused if not _same(given[k], _SHAPE_DEFAULTS[k])]
    if not unused:
        return ""
    return (f"{', '.join(unused)} {'do' if len(unused) > 1 else 'does'} nothing here: {why}; leave "
            f"{'them' if len(unused) > 1 else 'it'} out")


def _refuses_unused_arguments(f):
    """Decorator: a call of calibrate() with a shape argument that does nothing for its calibration
    (unused_arguments_message) raises QCAInputError naming it; a call that cannot be bound to the signature goes
    through, to fail as it does (refuses_r_only_arguments names the argument meant)."""
    import functools

    signature = inspect.signature(f)

    @functools.wraps(f)
    def checked(*args, **kwargs):
        try:
            given = signature.bind(*args, **kwargs).arguments
        except TypeError:
            said = _percentiles_argument_message(signature, args, kwargs)
            if said:
                raise QCAInputError(said) from None
            return f(*args, **kwargs)
        said = unused_arguments_message(given)
        if said:
            raise QCAInputError(said)
        return f(*args, **kwargs)
    return checked


@refuses_r_only_arguments("calibrate")
@_refuses_unused_arguments
def calibrate(x, type: str = "fuzzy", thresholds=None, method: str = "direct", logistic: bool = True,
              idm: float = 0.95, below: float = 1.0, above: float = 1.0, missing: str = "raise"):
    """Calibrate raw values `x` into set membership scores (see the module docstring for the methods).

    thresholds: dict {"e":.., "c":.., "i":..}, R-like string "e=350, c=550, i=850", or numbers in
    the order e, c, i (or e1, c1, i1, i2, c2, e2); for type="crisp" one or more cut points; for
    method="indirect" the bin limits. Returns a float array, or a Series with x's index if x is one.
    Shapes of the direct method: three anchors give Ragin's logistic shape (logistic=True, the default), the inclusion
    anchor getting `idm` (0.95) and the exclusion anchor 1 - idm; logistic=False gives the linear shape (R's logistic
    = FALSE), bent by the exponents `below` (scores below 0.5) and `above` (scores above 0.5), 1 = straight; six
    anchors give the bell (or inverse bell), linear whatever `logistic` says. A shape argument given that the
    calibration does not read is refused, named (unused_arguments_message): logistic, idm, below or above for
    type='crisp' and method='indirect'; idm (other than 0.95) for the linear shape and the bell, below and above
    (other than 1) for the logistic shape. missing="raise" refuses a missing raw value (NaN), missing="keep" gives it a missing score.
    Three anchors with e above i (e=10, c=6.5, i=3) give a decreasing set, membership falling as x rises, as R's
    calibrate() reads them; this function gives no warning (such a set is often meant), the CLI's calibrate command
    names each decreasing set, and a robustness test or range warns where its recalibrated set runs against the
    data's own (swapped anchors).
    A thresholds string of numbers without names ('550', '350, 550, 850') is read as R's calibrate() reads it (one
    string split at its commas, numbers taken as numbers): the same as thresholds=550 or [350, 550, 850], without a
    warning, since it has no other reading. A crisp thresholds string with a comma between digits ('0,5') is read as
    R reads it, two cut points (0 and 5); when a cut point then separates no cases, a QCAWarning says so
    (`decimal_comma_note`).
    A set that does not vary in kind (every case on one side of 0.5, or in one crisp class: thresholds off the
    scale of x, e.g. percentages on shares) is calibrated, with a QCAWarning saying so (`constant_set_note`), as
    calibrate_frame and the CLI's calibrate warn; so is a fuzzy set with cases calibrated to exactly 0.5 (a raw value
    on the crossover: in no truth table row), named by their index labels, or positions for a list or an array
    (`_half_membership_note`, calibrate_frame's warning).
    """
    out = _no_constant_note(x, type, thresholds, method, logistic, idm, below, above, missing)
    name = x.name if isinstance(x, pd.Series) and x.name is not None else None
    rule = {"type": type, "thresholds": thresholds}
    note = constant_set_note(name, name, rule, x, out)
    if note:
        warnings.warn(note, QCAWarning, stacklevel=user_stacklevel())
    elif method == "direct":   # (a constant set at 0.5 is said by the note above; the indirect method's scores are
        note = _half_membership_note(name, name, rule, x, out)   # estimates, not anchors' values)
        if note:
            warnings.warn(note, QCAWarning, stacklevel=user_stacklevel())
    return out


@refuses_r_only_arguments("calibrate")
@_refuses_unused_arguments
def _calibrate_no_constant_note(x, type: str = "fuzzy", thresholds=None, method: str = "direct",
                                logistic: bool = True, idm: float = 0.95, below: float = 1.0, above: float = 1.0,
                                missing: str = "raise", *, code_note: bool = True):
    """calibrate() without its warning of a set that does not vary in kind (constant_set_note), for the callers that
    give that warning themselves, with their own label (a protocol test, a threshold range), or that step thresholds
    to the end of the data on purpose (a range's steps); the same scores and every other check and warning.
    code_note=False: without the warning on a missing-value code either (missing_code_note), which a recalibration
    gives itself, labelled and with its own advice."""
    return _no_constant_note(x, type, thresholds, method, logistic, idm, below, above, missing, code_note=code_note)


def _no_constant_note(x, type, thresholds, method, logistic, idm, below, above, missing, *, code_note: bool = True):
    """_calibrate_no_constant_note's work, its arguments checked by the caller."""
    if isinstance(x, pd.Series) and not arrow_type_unread(x) and not pd.api.types.is_numeric_dtype(x):
        _grouped_digits(x.to_frame("x"), "x", x.index, "x", "index")   # (_as_numbers refuses what pandas cannot read)
    return _calibrate(x, type, thresholds, method, logistic, idm, below, above, missing, code_note=code_note)


def _grouped_digits(df: pd.DataFrame, column: str, labels, what: str, by: str) -> None:
    """Refuse or warn about raw values like '1.038' in column `column` of `df` (separators.grouped_numbers: 1038
    where the data write decimal commas); `what` names the values, `by` how `labels` name the cells."""
    from .separators import grouped_numbers

    doubt = grouped_numbers(df, column)
    if doubt is None:
        return
    level, mask, why = doubt
    cells = df[column].to_numpy(dtype=object)
    where = np.flatnonzero(mask)
    said = (f"{what} (e.g. {cells[where[0]]!r} for {by} " + ", ".join(repr(labels[p]) for p in where[:5])
            + (" ..." if len(where) > 5 else "") + f"): {why}")
    if level == "error":
        raise QCAInputError(said)
    warnings.warn(said, QCAWarning, stacklevel=user_stacklevel())


def _calibrate(x, type, thresholds, method, logistic, idm, below, above, missing, where: str = "",
               code_note: bool = True):
    """calibrate(); `where` starts the message of its warning (calibrate_frame names the set and column);
    code_note=False leaves out the warning on a missing-value code (its caller gives it)."""
    if type not in ("fuzzy", "crisp"):
        hint = _misplaced_type_hint(x, type) or _type_word_hint(type) or choice_hint(type, ("fuzzy", "crisp"))
        raise QCAInputError(f"type must be 'fuzzy' or 'crisp', got {quoted(type)}{hint}")
    if method not in ("direct", "indirect"):
        raise QCAInputError(f"method must be 'direct' or 'indirect', got {quoted(method)}"
                            f"{choice_hint(method, ('direct', 'indirect'))}")
    if thresholds is None and type == "crisp":  # parse_thresholds' example is a fuzzy one
        raise QCAInputError("thresholds are required: a crisp set needs a cut point, e.g. thresholds=550 (in the set "
                            "at or above 550; two cut points, '550, 800', make three levels)")
    arr, like = _as_numbers(x, missing)
    names, values = parse_thresholds(thresholds)
    code = missing_code_note(arr, like, spec=bool(where)) if code_note else ""
    if code:
        warnings.warn(where + code, QCAWarning, stacklevel=user_stacklevel())

    if type == "crisp":
        if method == "indirect":
            raise QCAInputError("the indirect method gives fuzzy scores; use type='fuzzy'")
        if names is not None and any(re.fullmatch(r"[eci][12]?", n) for n in names):
            cut = f"; write thresholds={values[0]:g} (the crossover's value as the cut point)" if names == ("c",) else ""
            raise QCAInputError(f"crisp thresholds are cut points (e.g. 10, or '5, 10'), got anchors named "
                                f"{', '.join(names)}: e, c, i name the anchors of fuzzy calibration (type='fuzzy')"
                                f"{cut}")
        fuzzy_only = [k for k, v, default in (("logistic", logistic, True), ("idm", idm, 0.95), ("below", below, 1.0),
                                             ("above", above, 1.0)) if v is not default and v != default]
        if fuzzy_only:
            raise QCAInputError(f"{', '.join(fuzzy_only)} appl{'y' if len(fuzzy_only) > 1 else 'ies'} to fuzzy "
                                "calibration only; crisp calibration uses the cut points alone")
        th = np.sort(values)
        if len(np.unique(th)) != len(th):
            raise QCAInputError(f"crisp thresholds must be distinct, got {values.tolist()}")
        out = np.searchsorted(th, arr, side="right").astype(float)   # thresholds at or below x
        out[np.isnan(arr)] = np.nan
        note = decimal_comma_note(thresholds, values, arr)
        if note:
            warnings.warn(where + note, QCAWarning, stacklevel=user_stacklevel())
        return _wrap(out, like)

    if method == "indirect":
        if names is not None:
            raise QCAInputError("indirect thresholds are plain bin limits, e.g. '1000, 4000, 5000, 10000, 20000'")
        return _wrap(_indirect(arr, values), like)

    logistic = flag("logistic", logistic)
    if not (_is_real(idm) and 0.5 < idm < 1):
        # idm: '0.95' (quoted in a spec file) was 'must be in (0.5, 1), got '0.95'', a value inside the range
        raise QCAInputError(f"idm (the inclusion degree of membership) must be in (0.5, 1), got {quoted(idm)}"
                            f"{text_number_hint(idm) or (percent_hint(idm) if _is_real(idm) and idm > 50 else '')}")
    for label, v in (("below", below), ("above", above)):
        if not (_is_real(v) and np.isfinite(v) and v >= 0):
            raise QCAInputError(f"{label} must be a non-negative number, got {quoted(v)}{text_number_hint(v)}")
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        try:
            fs = _fuzzy_direct(arr, names, values, bool(logistic), float(idm), float(below), float(above))
        except QCAInputError as err:
            raise QCAInputError(f"{err}{decimal_comma_hint(thresholds)}") from None
    fs = _clip_fuzzy(np.asarray(fs, dtype=float))
    fs[np.isnan(arr)] = np.nan
    return _wrap(fs, like)


# calibrate()'s defaults, for calibrate_frame's call of _calibrate
_DEFAULTS = {k: p.default for k, p in inspect.signature(calibrate).parameters.items() if k != "x"}


def _spec_hint(spec) -> str:
    """What calibrate_frame was given for its spec instead of a mapping: the name of a specification file (what the
    CLI's calibrate --spec takes), or a list of one-set mappings."""
    import os

    if isinstance(spec, str) and re.search(r"[:{\n]", spec) and not re.fullmatch(r"[A-Za-z]:[\\/][^\n{]*", spec):
        # the specification's YAML itself ('DEV: {thresholds: ...}'), not a file's name (C:\\data\\spec.yaml is one)
        return (f", got the text {quoted(spec)}: YAML text? read it first, calibrate_frame(df, yaml.safe_load(text)), "
                "or give the mapping, e.g. {'DEV': {'thresholds': '2, 5, 8'}}")
    if isinstance(spec, (str, os.PathLike)):
        return (f", got the text {quoted(str(spec))}: a specification file? read it first, "
                f"calibrate_frame(df, read_spec_file({quoted(str(spec))})) (from analysis.qca.read import read_spec_file; "
                "the CLI's calibrate --spec reads the file itself)")
    if isinstance(spec, Sequence) and spec and all(isinstance(r, Mapping) for r in spec):
        return ", got a list of mappings: join them into one, {'DEV': {...}, 'URB': {...}}"
    return f", got {spec!r}" if spec is None or isinstance(spec, Mapping) else f", got {type(spec).__name__}"


#: The attrs key of calibrate_frame's result naming each set calibrated from `percentiles`: {set: {"source": raw
#: column, "percentiles": as given, "thresholds": the anchors computed, text that parse_thresholds reads back}}.
PERCENTILE_ANCHORS = "qca_percentile_anchors"

#: How the anchors of `percentiles` are computed, said wherever they are reported.
PERCENTILE_METHOD = ("R's quantile() default, type 7, as pandas' quantile() and Excel's PERCENTILE.INC; SPSS's "
                     "percentiles, type 6, differ in small samples")


def _number_text(v: float) -> str:
    """A number as the shortest text that reads back as the same float (550, not 550.0; 96.425)."""
    text = repr(float(v))
    return text[:-2] if text.endswith(".0") else text


def _whole(text: str):
    """A number written as text as the number ('50' -> 50, '2.5' -> 2.5), the text itself when it is none."""
    try:
        v = float(text)
    except ValueError:
        return text
    return int(v) if v.is_integer() else v


def _percentile_thresholds(x, percentiles, missing: str = "raise") -> str:
    """The thresholds a set's `percentiles` give on the raw values x: each percentile (0 to 100) of the values
    present, as a thresholds text parse_thresholds reads ('e=98.5, c=250.35, i=470.2' for 'e=5, c=50, i=95'; the
    names kept, unnamed numbers left unnamed). Percentiles are computed by linear interpolation (PERCENTILE_METHOD)
    and written to 12 significant digits (89.085, not 89.08500000000001), the anchors then used.
    Refused: percentiles that are not numbers from 0 to 100, shares written for them (0.05, 0.5, 0.95), and raw
    values that are not numbers (as calibrate() refuses them)."""
    if percentiles is None:
        raise QCAInputError("percentiles must be given, e.g. 'e=5, c=50, i=95' (a crisp set's median split: 50)")
    try:
        names, values = parse_thresholds(percentiles)
    except QCAInputError as err:
        said = str(err).replace("thresholds", "percentiles").replace("threshold ", "percentile ")
        # 'e=5%, c=50%, i=95%', 'e=p5, ...': the percentiles as the literature writes them (a percentage hint would
        # say 0.05, a share)
        plain = (re.sub(r"(?<![\w.])[pP](?=\d)|(?<=\d)\s*%", "", percentiles) if isinstance(percentiles, str) else
                 [_whole(re.sub(r"^\s*[pP](?=\d)|(?<=\d)\s*%\s*$", "", v)) if isinstance(v, str) else v
                  for v in percentiles] if isinstance(percentiles, (list, tuple)) else None)
        try:
            if plain is None or plain == percentiles:
                raise QCAInputError(said)
            parse_thresholds(plain)
        except QCAInputError:
            raise QCAInputError(said) from None
        raise QCAInputError(f"{said.split('; ')[0]}: write {quoted(plain)}, numbers from 0 to 100 without "
                            f"{'%' if '%' in str(percentiles) else 'p'}") from None
    shown = (", ".join(f"{n}={_number_text(v)}" for n, v in zip(names, values)) if names
             else ", ".join(map(_number_text, values)))
    if ((values < 0) | (values > 100)).any():
        raise QCAInputError(f"percentiles {quoted(percentiles)}: a percentile runs from 0 to 100 (e.g. 'e=5, c=50, "
                            f"i=95'), got {shown}")
    if (values <= 1).all() and (values > 0).any():
        meant = (", ".join(f"{n}={_number_text(v * 100)}" for n, v in zip(names, values)) if names
                 else ", ".join(_number_text(v * 100) for v in values))
        raise QCAInputError(f"percentiles {quoted(percentiles)}: shares of 1? percentiles run from 0 to 100: write "
                            f"{quoted(meant)}")
    arr, _ = _as_numbers(x, missing)
    present = arr[~np.isnan(arr)]
    if not len(present):
        raise QCAInputError(f"percentiles {quoted(percentiles)}: no raw value to take them of (every value missing)")
    # to 12 significant digits, as the raw values are written (89.085, not 89.08500000000001): the anchors used are
    # the ones reported
    cuts = [float(f"{v:.12g}") for v in np.percentile(present, values)]
    return (", ".join(f"{n}={_number_text(v)}" for n, v in zip(names, cuts)) if names
            else ", ".join(map(_number_text, cuts)))


def _percentiles_argument_message(signature, args: tuple, kwargs: dict) -> str:
    """For calibrate(x, percentiles='e=5, c=50, i=95') (or percentile=): the argument of calibrate_frame's spec and of
    the calibrate command's file, which calibrate() does not take (R's signature): where it is taken, and the
    thresholds those percentiles make on x (_percentile_thresholds), to give calibrate() instead, or why they make
    none (percentiles written as shares of 1, ...). '' for a call without such an argument. Before, the call was
    refused as any unknown argument, the way to anchors at percentiles unsaid (the spec file's and calibrate_frame's
    messages said it)."""
    key = next((k for k in ("percentiles", "percentile") if k in kwargs), None)
    if key is None:
        return ""
    given = kwargs[key]
    try:
        bound = signature.bind_partial(*args, **{k: v for k, v in kwargs.items() if k != key}).arguments
    except TypeError:
        bound = {}
    x = bound.get("x")
    name = x.name if isinstance(x, pd.Series) and x.name is not None else "X"
    if x is None:
        made = "give calibrate() the anchors they make on x as its thresholds"
    else:
        try:
            made = (f"give calibrate() the anchors they make on x, thresholds="
                    f"{_percentile_thresholds(x, given, bound.get('missing', 'raise'))!r} ({PERCENTILE_METHOD})")
        except QCAInputError as err:
            made = f"they make no anchors on x: {err}"
    return (f"calibrate() takes no argument {key!r}: anchors at percentiles of the raw values are calibrate_frame()'s, "
            f"a set's 'percentiles' in place of its thresholds, calibrate_frame(df, {{{str(name)!r}: {{'percentiles': "
            f"{given!r}}}}}) (the anchors taken in the result's attrs[{PERCENTILE_ANCHORS!r}]), as in the calibrate "
            f"command's file; here, {made}")


@refuses_r_only_arguments("calibrate_frame")
def calibrate_frame(df: pd.DataFrame, spec: Mapping[str, Mapping], keep: Sequence[str] = (),
                    missing: str = "raise") -> pd.DataFrame:
    """Calibrate several columns of the raw data `df` at once (what the CLI's calibrate command does with its spec
    file): spec maps each set name to calibrate() arguments (type, thresholds, method, logistic, idm, below,
    above, missing), plus an optional "source" (the raw column; default the set name), e.g.
    calibrate_frame(lr, {"DEV": {"thresholds": "e=350, c=550, i=850"}, "URB": {"source": "urban", ...}},
    keep=["case"]). keep: columns of `df` copied unchanged in front of the sets (the case names; one name or a list;
    the index is kept as the result's index anyway). missing: the
    default of each set's missing ("raise" refuses a missing raw value, "keep" gives it a missing score); a set's
    own "missing" overrides it. A set's optional "missing_codes" (a number or a list of them, e.g. [99] or [-9, 99])
    names the raw values that mark a missing answer (SPSS's and Stata's 9, 99, ...): those cells are missing values,
    refused under missing="raise" and left empty under missing="keep"; a code that is also one of the set's thresholds
    is refused. A set's "codes" ({label: membership}, e.g. {"是": 1, "否": 0}) recodes a column of labels (a yes/no
    outcome) instead of calibrating it, without the calibration's arguments: each cell's label (text stripped; 1, "1"
    and "1.0" are one label) gets its membership in [0, 1]; a label not in codes is refused, naming its cases; an empty
    cell is a missing value, as above. A set's "percentiles" in place of its thresholds ("e=5, c=50, i=95": anchors at the
    raw column's 5th, 50th and 95th percentiles, as much applied research calibrates; [50] with type crisp: a median
    split) makes its thresholds those percentiles of the raw values present (_percentile_thresholds: linear
    interpolation, as R's quantile() type 7, pandas' quantile() and Excel's PERCENTILE.INC; a missing code left out),
    then calibrates as with thresholds; the anchors computed are in the result's attrs[PERCENTILE_ANCHORS] ({set:
    {"source", "percentiles", "thresholds"}}), for the paper to report. Returns `keep` columns then the sets, in spec
    order, with df's index.
    A set that does not vary in kind (every case on one side of 0.5, or in one crisp class: thresholds off the
    data's scale) is calibrated, with a QCAWarning naming it (constant_set_note), as the CLI's calibrate warns; so is
    a fuzzy set with cases calibrated to exactly 0.5, in no truth table row (_half_membership_note, naming the cases
    and their raw value; with percentiles, why the crossover sits on a case)."""
    if not isinstance(df, pd.DataFrame):
        raise QCAInputError(f"df must be a pandas DataFrame, got {type(df).__name__}")
    if duplicate_columns_message(df.columns, missing_too=True):   # df[name] would be a frame of both columns
        raise QCAInputError(duplicate_columns_message(df.columns, missing_too=True))
    if tuple_columns_message(df.columns):   # a MultiIndex (read_excel(header=[0, 1])): no source names a column of it
        raise QCAInputError(tuple_columns_message(df.columns))
    if not isinstance(spec, Mapping) or not spec:
        raise QCAInputError("spec must be a non-empty mapping {set name: {thresholds: ..., ...}}"
                            + _spec_hint(spec))
    if keep is None:
        keep = ()
    elif isinstance(keep, str):   # keep='case': one column, not the letters c, a, s, e
        keep = [keep]
    # keep=-1, pd.NA: Python's "'int' object is not iterable"; np.array([['case']]) (rows): "unhashable type"
    names = list(keep) if isinstance(keep, Iterable) else None
    if names is None or not all(isinstance(c, (str, int, np.integer)) for c in names):
        raise QCAInputError("keep must be a column name or a list of them (the columns copied unchanged, e.g. "
                            f"keep='case'), got {keep!r:.80} ({type(keep).__name__})")
    keep = names
    absent = [c for c in keep if c not in df.columns]
    if absent:
        index = [n for n in df.index.names if n is not None and str(n) in map(str, absent)]
        raise QCAInputError(f"columns to keep not in the data: {quoted(absent)}" + (
            f"; {quoted(str(index[0]))} is the data's index, which the result keeps as its own index: leave it out of "
            f"keep, or make it a column first (df.reset_index())" if index else ""))
    if isinstance(df.index, pd.RangeIndex) and len(df.columns):   # no case names in the index: a row of nothing
        void = np.logical_and.reduce([np.zeros(len(df), bool) if arrow_type_unread(df[c]) else   # read below
                                      blank_cells(df[c], _text_column(df[c])) for c in df.columns])
        if void.any():   # ',,,' between the data, read by pandas: truth_table's message, not 'at case nan'
            raise empty_rows_error(void)
    repeated = _repeated_case_names(df, keep)
    if repeated:   # before any cell: a bad value of a case named twice has no name to be named by (the CLI's order)
        raise QCAInputError(repeated)
    out = df.loc[:, list(keep)].copy()
    anchors: dict = {}   # the sets calibrated from percentiles: attrs[PERCENTILE_ANCHORS]
    allowed = {"source", "type", "thresholds", "percentiles", "method", "logistic", "idm", "below", "above",
               "missing", "missing_codes", "codes"}
    for name, rule in spec.items():
        if not isinstance(rule, Mapping):
            given = ""
            if isinstance(rule, (str, numbers.Real, list, tuple)) and not isinstance(rule, (bool, np.bool_)):
                try:   # the thresholds alone, {'DEV': 'e=350, c=550, i=850'}: say how to write them
                    parse_thresholds(rule)
                    given = (f", got {rule!r}: thresholds? write {{{name!r}: {{'thresholds': {rule!r}}}}} (and "
                             "'type': 'crisp' for a crisp set)")
                except (QCAInputError, TypeError, ValueError):
                    pass
            raise QCAInputError(f"spec[{quoted(name)}] must be a mapping of calibrate() arguments "
                                f"({', '.join(sorted(allowed))}){given or f', got {quoted(rule)}'}")
        check_spec_arguments(name, rule)
        args = dict(rule)
        source = args.pop("source", name)
        labels = _codes_map(name, args) if "codes" in args else None   # a yes/no column recoded, not calibrated
        codes = _missing_codes(name, args.pop("missing_codes", None), args.get("thresholds"))
        if isinstance(source, (bool, np.bool_)) or not isinstance(source, (str, numbers.Number)):
            # ['urban'] was Python's TypeError (unhashable type: 'list')
            raise QCAInputError(f"spec[{quoted(name)}]: source must name one raw column (text, e.g. {quoted(str(name))}), got "
                                f"{quoted(source)} ({type(source).__name__})")
        args.setdefault("missing", missing)
        as_text = [c for c in df.columns if str(c) == str(source)]
        if source not in df.columns and len(as_text) == 1:   # '0' for the column 0, as truth_table reads names
            source = as_text[0]
        if source not in df.columns:   # every raw column the data lack in one line, each with its own hint
            absent = {n: r.get("source", n) for n, r in spec.items() if isinstance(r, Mapping)}
            absent = {n: c for n, c in absent.items() if isinstance(c, (str, numbers.Number)) and
                      c not in df.columns and sum(str(x) == str(c) for x in df.columns) != 1}
            if len(absent) > 1:
                raise QCAInputError(f"{', '.join(f'spec[{quoted(n)}]' for n in absent)}: raw columns "
                                    f"{', '.join(map(quoted, absent.values()))} not in the data"
                                    f"{raw_columns_hint(list(absent.values()), df.columns)} (columns: {quoted(list(df.columns))})"
                                    f"{first_sheet_hint(df, list(absent.values()))}")
            raise QCAInputError(f"spec[{quoted(name)}]: raw column {quoted(source)} not in the data{raw_column_hint(source, df.columns)} "
                                f"(columns: {quoted(list(df.columns))}){first_sheet_hint(df, [source])}")
        if labels is not None:
            try:
                said = _value_labels_message(df, source, labels)
                if said:
                    raise QCAInputError(said)
                out[name] = _coded_memberships(_by_case(df, source, keep), labels, args.get("missing", missing))
            except QCAInputError as err:
                raise QCAInputError(f"calibrating {quoted(name)} from column {quoted(source)}: {err}") from None
            known = out[name].dropna()
            if len(known) > 1 and ((known.to_numpy() > 0.5).all() or (known.to_numpy() < 0.5).all()):
                seen = list(dict.fromkeys(_label_text(v) for v in df[source].tolist() if not pd.isna(v)))
                warnings.warn(f"set {str(name)!r}: every case is {'above' if (known > 0.5).all() else 'below'} 0.5 "
                              f"(raw {str(source)!r} holds {', '.join(map(repr, seen[:5]))} only, codes "
                              f"{', '.join(f'{k!r}: {v:g}' for k, v in labels.items())}): the set does not vary in "
                              "kind (no case on the other side), which no analysis can use; check the column and the "
                              "codes", QCAWarning, stacklevel=user_stacklevel())
            continue
        try:
            said = unused_arguments_message(args)
            if said:
                raise QCAInputError(said)
            kind = arrow_type_unread(df[source])
            if kind:   # pyarrow's string_view: pandas' NotImplementedError (reading its cells, _grouped_digits)
                raise QCAInputError(arrow_type_message("the raw column", kind,
                                                       f"df[{str(source)!r}] = pd.array(df[{str(source)!r}].tolist(), "
                                                       "dtype='str')"))
            x = _by_case(df, source, keep)   # a bad cell named by its case, whatever the frame's index
            _grouped_digits(df, source, x.index.tolist(), f"column {source!r}", "case(s)")
            coded = _coded_cells(x, codes)
            if coded.any():   # the codes made missing values, then refused or kept as any missing value
                if args["missing"] == "raise":
                    found = sorted({float(v) for v in _cell_numbers(x)[coded]})
                    n = int(coded.sum())
                    raise QCAInputError(
                        f"missing_codes {', '.join(f'{v:g}' for v in found)} make{'s' if len(found) == 1 else ''} "
                        f"{n} raw value{'s' if n > 1 else ''} missing, at {_positions(x, np.flatnonzero(coded))}, "
                        "which missing='raise' refuses: give the set missing='keep' (the membership left empty; the "
                        "analysis then drops those cases, naming them: drop_missing_cases in Python, --drop-missing "
                        "on the command line)")
                x = x.where(~coded)
            given = args.pop("percentiles", None)
            if "percentiles" in rule:   # the anchors are these percentiles of the raw values (without missing codes)
                if "thresholds" in args:
                    raise QCAInputError("give thresholds or percentiles, not both (percentiles make the thresholds: "
                                        "the raw values at those percentiles)")
                args["thresholds"] = _percentile_thresholds(x, given, args["missing"])
                anchors[name] = {"source": str(source), "percentiles": given, "thresholds": args["thresholds"]}
                said = unused_arguments_message(args)
                if said:
                    raise QCAInputError(said)
            try:
                out[name] = _calibrate(x, **{**_DEFAULTS, **args},
                                       where=f"calibrating {name!r} from column {source!r}: ").to_numpy()
            except QCAInputError as err:
                if "percentiles" not in rule:
                    raise
                # the hint only where two anchors are one value (tied cases): a crisp set given e/c/i is refused
                # for its number of anchors, which other thresholds would not mend
                anchors_made = parse_thresholds(args["thresholds"])[1]
                tied = len(set(anchors_made.tolist())) < len(anchors_made)
                raise QCAInputError(f"percentiles {quoted(given)} are the raw values {args['thresholds']} "
                                    f"({PERCENTILE_METHOD}): {err}" + ("; where many cases share a value, percentiles "
                                                                        "coincide: give thresholds instead" if tied
                                                                        else "")) from None
        except QCAInputError as err:
            raise QCAInputError(f"calibrating {quoted(name)} from column {quoted(source)}: {err}") from None
        raw = df[source] if not codes else df[source].where(~_coded_cells(df[source], codes))
        note = constant_set_note(name, source, args, raw, out[name])
        if note:
            warnings.warn(note, QCAWarning, stacklevel=user_stacklevel())
        note = _half_membership_note(name, source, args, x, out[name].to_numpy(),
                                    percentiles=given if "percentiles" in rule else None)
        if note:
            warnings.warn(note, QCAWarning, stacklevel=user_stacklevel())
    names = _case_names_left_out(df, keep, [rule.get("source", name) for name, rule in spec.items()])
    if names:   # the CLI refuses the same file: its output would number the cases and lose their names
        first, shown = names[0], ", ".join(map(str, df.index[:2]))
        warnings.warn(f"column{'s' if len(names) > 1 else ''} {', '.join(quoted(c, as_written=True) for c in names)} "
                      f"(a different text in every row, as case names are) {'are' if len(names) > 1 else 'is'} "
                      "neither calibrated nor kept: the result numbers the cases as the frame's index does "
                      f"({shown}, ...) and leaves {quoted(first, as_written=True)} out; if it names the cases, "
                      f"keep={str(first)!r} (then case_column={str(first)!r}), or read the file with "
                      f"read_data(path, case_column={str(first)!r})", QCAWarning, stacklevel=user_stacklevel())
    # the raw columns left out (neither a source nor kept), so that truth_table(out, outcome=...) on one of them (an
    # outcome coded 0/1 already, not kept) says keep=[...] rather than only that the data lack it
    used = {str(rule.get("source", name)) for name, rule in spec.items()} | {str(c) for c in keep}
    out.attrs[LEFT_OUT] = {"keep": tuple(str(c) for c in keep),
                           "left_out": tuple(str(c) for c in df.columns if str(c) not in used)}
    if anchors:
        out.attrs[PERCENTILE_ANCHORS] = anchors
    return out


def _value_labels_message(df: pd.DataFrame, source, labels: Mapping[str, float]) -> str:
    """For a set's codes naming the value labels of a Stata or SPSS variable ({'是': 1, '否': 0}) whose cells, as
    read_data reads such a file (attrs[VALUE_LABELS]), hold its codes (1, 0): that the cells are the codes, and the
    codes to write by them ({1: 1, 0: 0}), or to keep the column where its codes are the memberships already; ''
    otherwise (no labelled variable, or codes the cells hold). Before, the refusal read "labels '1', '0' not in
    codes", the labels the researcher saw in Stata's browser unsaid."""
    from .data import PROGRAM, VALUE_LABELS

    value_labels = (df.attrs.get(VALUE_LABELS) or {}).get(str(source))
    if not value_labels:
        return ""
    by_label = {_label_text(v): k for k, v in value_labels.items()}
    named = [k for k in labels if k in by_label]
    cells = {_label_text(v) for v in df[source].tolist() if not pd.isna(v) and str(v).strip()}
    if not named or cells <= set(labels):
        return ""
    meant = {by_label[k]: labels[k] for k in named}
    shown = "{" + ", ".join(f"{_whole(c)!r}: {_whole(_number_text(m))!r}" for c, m in meant.items()) + "}"
    same = all(_label_text(c) == _label_text(m) for c, m in meant.items())
    program = df.attrs.get(PROGRAM) or "Stata or SPSS"
    return (f"codes name the value labels {', '.join(map(repr, named))} of the {program} variable {str(source)!r}, "
            f"whose cells hold its codes ({', '.join(f'{c} {value_labels[c]!r}' for c in meant)}: a labelled "
            f"variable is read as its codes, as R's haven reads it): write the codes by number, codes: {shown}"
            + (f", or keep the column as it is (keep=[..., {str(source)!r}]): its codes are the memberships already"
               if same else ""))


#: The arguments of a calibration, which a set given `codes` (its memberships label by label) does not take.
_CALIBRATION_ARGUMENTS = ("type", "thresholds", "percentiles", "method", "logistic", "idm", "below", "above", "missing_codes")


def _label_text(value) -> str:
    """A raw cell or a label of a set's `codes` as the text they are matched by: text stripped, a number written as
    Python writes it (1 and '1' and '1.0' are '1', 0.5 and '0.5' are '0.5'), True and False as those words."""
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, str) and re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value.strip(), re.ASCII):
        value = float(value.strip())
    if isinstance(value, numbers.Real):
        return f"{int(value)}" if float(value).is_integer() else repr(float(value))
    return str(value).strip()


def check_spec_arguments(name, rule: Mapping) -> None:
    """Refuse a set's argument that calibrate_frame does not take (an R argument named as R names it, a misspelt one,
    'source：DEV' typed with a Chinese colon), naming it: calibrate_frame's check, which the calibrate command asks of
    every set before it looks for the sets' columns in the file (a misspelt 'sourse' hid behind 'column not in the
    file')."""
    allowed = {"source", "type", "thresholds", "percentiles", "method", "logistic", "idm", "below", "above",
               "missing", "missing_codes", "codes"}
    unknown = set(rule) - allowed
    r_only = r_only_message("calibrate", *sorted(map(str, unknown)))
    if r_only:
        raise QCAInputError(f"spec[{quoted(name)}]: {r_only}")
    if unknown:
        from ._near import unknown_keys   # (not protocol's: it imports the whole engine)

        raise QCAInputError(f"spec[{quoted(name)}]: {unknown_keys(unknown, sorted(allowed), 'argument')}"
                            f"{unquoted_thresholds_hint(rule)}")


def _codes_map(name, rule: Mapping) -> dict[str, float]:
    """A set's `codes` in calibrate_frame's spec ({label: membership}: a yes/no column recoded, 是 1 and 否 0, the
    calibration file's route for what the analysis refuses as 'a yes/no label') as {label text: membership}; refused
    with the arguments of a calibration, a label given twice (1 and '1') or a membership outside [0, 1]."""
    codes = rule["codes"]
    example = "codes: {是: 1, 否: 0} (in Python {'是': 1, '否': 0})"
    if not isinstance(codes, Mapping) or not codes:
        raise QCAInputError(f"spec[{quoted(name)}]: codes must map each label of the raw column to its membership, "
                            f"e.g. {example}, got {quoted(codes)}")
    both = [k for k in _CALIBRATION_ARGUMENTS if k in rule]
    if both:
        raise QCAInputError(f"spec[{quoted(name)}]: codes gives each label its membership, so the set is recoded, not "
                            f"calibrated: leave out {', '.join(both)} (or codes, to calibrate the column)")
    out: dict[str, float] = {}
    for label, value in codes.items():
        if (isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real)
                or not 0 <= float(value) <= 1):
            text = isinstance(value, str) and re.fullmatch(r"\s*[+-]?(\d+\.?\d*|\.\d+)\s*", value, re.ASCII)
            percent = (isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
                       and 1 < float(value) <= 100)
            # {是：1, 否：0}: YAML reads '是：1' as one label without a value (None), the colon typed with a Chinese
            # input method (全角), and so {是:1} without the space YAML needs after a colon in braces
            joined = (value is None and isinstance(label, str)
                      and re.fullmatch(r"\s*(?P<label>[^:：]+?)\s*(?P<colon>[:：])\s*(?P<value>\S+)\s*", label))
            raise QCAInputError(f"spec[{quoted(name)}]: codes[{label!r}] must be a membership, a number from 0 to 1 "
                                f"(1 in the set, 0 out of it), got {value!r} ({type(value).__name__})" + (
                                    (": '：' -> ':': the colon was typed with a Chinese input method (全角), so YAML "
                                     if joined.group("colon") == "：" else
                                     ": YAML needs a space after the colon, so it ")
                                    + f"read {label!r} as one label without a membership; write "
                                    f"{joined.group('label')}: {joined.group('value')}" if joined else
                                    f": write {value.strip()}, a number without quotes" if text else
                                    f": a percentage? write {float(value) / 100:g}" if percent else
                                    f", e.g. {example}"))
        key = _label_text(label)
        if key in out:
            raise QCAInputError(f"spec[{quoted(name)}]: codes names the label {key!r} twice; give each label once")
        out[key] = float(value)
    return out


def _coded_memberships(x: pd.Series, labels: Mapping[str, float], missing: str) -> np.ndarray:
    """The memberships of the raw cells x under a set's codes (_codes_map): each cell's label looked up; a missing
    cell (empty, NA, '缺失': the data's one rule) is refused under missing='raise', left empty under 'keep'; a label
    the codes do not name is refused, naming its cases and the labels the codes give."""
    if missing not in ("raise", "keep"):
        raise QCAInputError(f"missing must be 'raise' or 'keep', got {quoted(missing)}")
    text = [_label_text(v) if not pd.isna(v) else "" for v in x.tolist()]
    gap = np.array([t not in labels and (t == "" or missing_mark(t)) for t in text], dtype=bool)
    unknown = [i for i, t in enumerate(text) if not gap[i] and t not in labels]
    if unknown:
        found = list(dict.fromkeys(text[i] for i in unknown))
        raise QCAInputError(f"label{'s' if len(found) > 1 else ''} {', '.join(map(repr, found[:5]))}"
                            f"{' ...' if len(found) > 5 else ''} not in codes (at {_positions(x, np.array(unknown))}; "
                            f"codes: {', '.join(map(repr, labels))}): add {'them' if len(found) > 1 else 'it'} to the "
                            "set's codes with a membership, or correct the cells")
    if gap.any() and missing == "raise":
        # an empty cell may be a label: a column of ticks left empty for no, which codes gives a membership as any
        # other label ('': 0); said only for empty cells, not for a mark of a missing value ('NA', '缺失')
        empty = any(text[i] == "" for i in np.flatnonzero(gap))
        one = int(gap.sum()) == 1   # '1 missing value ...; drop or impute it', '2 missing values ...: them'
        raise QCAInputError(f"{counted(int(gap.sum()), 'missing value')} at {_positions(x, np.flatnonzero(gap))}; drop "
                            f"or impute {'it' if one else 'them'}, or give the set missing='keep' to leave "
                            f"{'its membership' if one else 'their memberships'} empty (the analysis then drops "
                            f"{'that case, naming it' if one else 'those cases, naming them'}: --drop-missing, "
                            "drop_missing_cases)"
                            + ("; if an empty cell means a label (a column of ticks, √, left empty for no), give it its "
                               "membership in codes, as any label: '': 0" if empty else ""))
    return np.array([np.nan if g else labels[t] for t, g in zip(text, gap)], dtype=float)


def _missing_codes(name, codes, thresholds) -> list[float]:
    """A set's missing_codes in calibrate_frame's spec (None: none) as a list of numbers: one number or a list of
    them, each finite and none a threshold of the set (a raw value is an anchor or a missing answer, not both)."""
    if codes is None:
        return []
    many = isinstance(codes, (list, tuple, np.ndarray))
    for v in (list(codes) if many else [codes]):
        if not (_is_real(v) and np.isfinite(v)):
            plain = isinstance(v, str) and not np.isnan(text_numbers([v.strip()])[0])
            hint = f": write {v.strip()}, a number without quotes" if plain else ""
            raise QCAInputError(f"spec[{quoted(name)}]: missing_codes must be numbers, the raw values that mark a "
                                f"missing answer (e.g. [99] or [-9, 99]), got {quoted(v)} ({type(v).__name__})"
                                f"{hint}")
    found = [float(v) for v in (codes if many else [codes])]
    try:
        _, values = parse_thresholds(thresholds)
    except (QCAInputError, TypeError, ValueError):   # refused, named, when the set is calibrated
        return found
    both = [v for v in found if v in set(np.asarray(values, dtype=float).tolist())]
    if both:
        one = len(both) == 1
        raise QCAInputError(f"spec[{quoted(name)}]: missing_codes {', '.join(f'{v:g}' for v in both)} "
                            f"{'is also a threshold' if one else 'are also thresholds'} of the set (thresholds "
                            f"{quoted(thresholds)}): a raw value is either a calibration threshold or a code of a "
                            f"missing answer, not both; leave {'it' if one else 'them'} out of missing_codes, or move "
                            f"the threshold{'' if one else 's'}")
    return found


def _cell_numbers(x: pd.Series) -> np.ndarray:
    """The raw cells of x as numbers (text as the engine reads it, data.text_numbers), NaN for any other cell."""
    return np.array([float(v) if _is_real(v) else
                     text_numbers([v.strip()])[0] if isinstance(v, str) else np.nan
                     for v in x.to_numpy(dtype=object)], dtype=float)


def _coded_cells(x: pd.Series, codes: list[float]) -> np.ndarray:
    """Which cells of x hold one of the missing-value codes (calibrate_frame's missing_codes)."""
    if not codes:
        return np.zeros(len(x), dtype=bool)
    return np.isin(_cell_numbers(x), codes)


def _case_names_left_out(df: pd.DataFrame, keep: list, sources: list) -> list:
    """The columns of `df` that look like its case names (a different non-numeric text in every row) and that
    calibrate_frame leaves out where its result numbers the cases: nothing kept and df's index a plain unnamed
    RangeIndex (read_data's or read_csv's 0, 1, ... / 1, 2, ... without a case column)."""
    if keep or len(df) < 2 or df.index.name is not None or not isinstance(df.index, pd.RangeIndex):
        return []
    used = {str(s) for s in sources}
    found = []
    for c in df.columns:
        column = df[c]
        if str(c) in used or pd.api.types.is_numeric_dtype(column) or column.isna().any():
            continue
        text = column.astype(str).str.strip()
        if text.is_unique and not (text == "").any() and pd.to_numeric(text, errors="coerce").isna().all():
            found.append(c)
    return found


def _case_names_column(df: pd.DataFrame, keep: list):
    """The column of `df` naming its cases, as _by_case takes it (the first kept column, else 'case'), when it is the
    case column (named 'case', or read_data's: its case names) and df's index has no name of its own; None else."""
    named = keep[0] if keep else ("case" if "case" in df.columns else None)
    if named is None or df.index.name is not None:
        return None
    return named if str(named) == "case" or file_lines(df, df[named]) is not None else None


def _repeated_case_names(df: pd.DataFrame, keep: list) -> str:
    """The calibrate command's message refusing a case column that names a case twice (data's
    duplicate_case_names_message), for df's case column (_case_names_column); '' when there is none or no name
    repeats."""
    column = _case_names_column(df, keep)
    if column is None:
        return ""
    at = file_lines(df, df[column])
    return (blank_case_names_message(df[column].tolist(), column, at)   # the calibrate command's one rule
            or duplicate_case_names_message(df[column].astype(str).str.strip().tolist(), column, at))


def _by_case(df: pd.DataFrame, source, keep: list) -> pd.Series:
    """df[source], indexed by the case names when a column names them (the first kept column, else 'case'; each
    name once) and df's index has no name of its own, so that a bad or missing raw value is named by its case, as
    the CLI does: whatever the index (read_data's 0, 1, ...; a frame's rows taken, 0, 2, 5; labels). A named index
    (df.set_index('case')) names the cases itself."""
    column = df[source]
    named = keep[0] if keep else ("case" if "case" in df.columns else None)
    if named is None or named == source or df.index.name is not None or not df[named].is_unique:
        return column
    return column.set_axis(pd.Index(df[named].to_numpy(), name="case"))


def kwargs_from_r_call(call: str) -> dict:
    """Keyword arguments for calibrate() from an R QCA call such as
    'calibrate(x, type = "fuzzy", thresholds = "e=1, c=2, i=3", logistic = FALSE)' (to port R scripts)."""
    m = re.fullmatch(r"\s*calibrate\(\s*[\w.$\[\]\"']+\s*(,(?P<args>.*))?\)\s*", call, flags=re.S)
    if not m:
        raise QCAInputError(f"not an R calibrate() call: {quoted(call)}")
    kwargs = r_call_arguments(m.group("args") or "")
    unknown = set(kwargs) - {"type", "thresholds", "method", "logistic", "idm", "below", "above"}
    r_only = r_only_message("calibrate", *sorted(unknown))  # an argument R QCA has that the engine does not implement
    if r_only:
        raise QCAInputError(r_only)
    if unknown:
        raise QCAInputError(f"R arguments without an equivalent here: {sorted(unknown)}")
    return kwargs
