"""Robustness sweep specifications from a YAML or JSON file (loaded safely: yaml.safe_load / json), for the
CLI's `robustness` command. Keys: outcome (required), conditions, incl_cut, n_cut, pri_cut, include, dir_exp,
exclude (truth table rows blocked in every specification), model, test_models (same | all: which models of a test
solution are test solutions, robustness_protocol's), no_solution (count | refuse: what a test without a
sufficient configuration is, robustness_protocol's rule, so that the rule travels with the test set), skew_bounds
([low, high] shares of cases outside which a set is warned of as skewed, or none: no check; robustness_protocol's
and threshold_range's), tests (see protocol.parse_tests) and ranges (a list of {parameter, step, max_runs[, set,
source, thresholds, type: fuzzy | crisp]} for threshold_range). In JSON each range's rows also give the step and
max_runs it was searched with: a bound is exact to one step, and 'no change in range' means none within max_runs
steps."""
from __future__ import annotations

import re
import warnings

from typing import Mapping

import numpy as np
import pandas as pd

from ._json import dumps
from .calibrate import unquoted_thresholds_hint
from .checks import NO_SOLUTION_RULES, choice_hint, workers
from .display import frame_blocks
from .errors import QCADataError, QCAInputError, quoted
from .protocol import robustness_protocol, spec_budgets, threshold_range, unknown_keys
from .protocol_test_set import TEST_KEYS
from .read import read_spec_file
from .skew import DEFAULT_SKEW_BOUNDS, check_bounds, give_again

__all__ = ["load_spec", "run_spec_file", "SPEC_KEYS"]

SPEC_KEYS = ("outcome", "conditions", "incl_cut", "n_cut", "pri_cut", "include", "dir_exp", "exclude", "model",
             "test_models", "no_solution", "skew_bounds", "tests", "ranges")
RANGE_KEYS = ("parameter", "step", "max_runs", "set", "source", "thresholds", "type")


def load_spec(path) -> dict:
    """Read and check a sweep specification file (.yaml, .yml or .json)."""
    spec = read_spec_file(path, "a sweep specification")
    if not isinstance(spec, Mapping):
        raise QCAInputError(f"{path}: the specification must be a mapping with 'outcome' and 'tests'")
    unknown = set(spec) - set(SPEC_KEYS)
    if unknown:
        raise QCAInputError(f"{path}: {unknown_keys(unknown, SPEC_KEYS)}")
    if "outcome" not in spec:
        raise QCAInputError(f"{path}: 'outcome' is required")
    if spec["outcome"] is None:   # 'outcome:' or 'outcome: ~' (the negation sign alone): YAML's null
        raise QCAInputError(f"{path}: 'outcome' has no value (YAML reads an empty value, or a lone '~', as null): write "
                            "the outcome's column, e.g. 'outcome: SURV', or its negation in quotes, "
                            "'outcome: \"~SURV\"'")
    if "tests" not in spec and "ranges" not in spec:
        raise QCAInputError(f"{path}: give 'tests' (alternative specifications) and/or 'ranges'")
    ranges = spec.get("ranges")
    if ranges is not None and not isinstance(ranges, list):   # a number was a TypeError; a mapping read key by key
        got = (f"a mapping (keys {', '.join(map(repr, list(ranges)[:4]))}): write each range as an item of a list, "
               "'- {parameter: incl_cut, step: 0.01}'" if isinstance(ranges, Mapping) else repr(ranges))
        raise QCAInputError(f"{path}: 'ranges' must be a list of ranges, got {got}")
    for i, r in enumerate(spec.get("ranges") or [], start=1):
        if isinstance(r, Mapping) and set(r) - set(RANGE_KEYS):
            raise QCAInputError(f"{path}: range {i}: {unknown_keys(set(r) - set(RANGE_KEYS), RANGE_KEYS)}"
                                f"{unquoted_thresholds_hint(r)}")
        if not isinstance(r, Mapping) or "parameter" not in r or "step" not in r:
            raise QCAInputError(f"{path}: range {i} must be a mapping with parameter and step (allowed keys: "
                                f"{', '.join(RANGE_KEYS)})")
        own = [k for k in ("set", "source", "thresholds", "type") if k in r]
        if own and r["parameter"] != "calibration":   # they were ignored without a word
            them = "them" if len(own) > 1 else "it"
            raise QCAInputError(f"{path}: range {i} (parameter: {r['parameter']}): {', '.join(own)}: keys of a "
                                f"calibration range (parameter: calibration) only; leave {them} out")
    for i, t in enumerate(spec["tests"] if isinstance(spec.get("tests"), list) else [], start=1):
        hint = _unquoted_r_vector_hint(t)
        if hint:   # {incl_cut: c(0.75, 0.6)}: said "unknown key(s) '0.6)'" alone
            raise QCAInputError(f"{path}: test {i}: {unknown_keys(set(t) - set(TEST_KEYS), TEST_KEYS)}{hint}")
    seen: dict[str, int] = {}
    for i, r in enumerate(spec.get("ranges") or [], start=1):   # the same range twice ran twice, without a word
        key = repr(sorted((str(k), repr(v)) for k, v in r.items()))
        if key in seen:
            raise QCAInputError(f"{path}: range {i} repeats range {seen[key]} (parameter: {r['parameter']}, the same "
                                "keys and values); give each range once")
        seen[key] = i
    return dict(spec)


def _unquoted_r_vector_hint(test) -> str:
    """A test's R vector left unquoted in a YAML flow mapping, {incl_cut: c(0.75, 0.6)} (or drop_cases: c(AU, BE)):
    YAML ends the value at the first ',' and reads 'c(0.75' as incl_cut and '0.6)' as a key without a value, refused as
    an unknown key with the vector unsaid. The YAML to write, "; R's vector c(...) left unquoted in a YAML {...}? ...:
    write a YAML list, incl_cut: [0.75, 0.6]" (a cut-off alone: incl_cut: 0.75); '' for a test of another form, or a
    vector of a key that takes no list (n_cut: c(1, 2))."""
    if not isinstance(test, Mapping):
        return ""
    rest = [k for k, v in test.items() if v is None and k not in TEST_KEYS]
    opened = [(k, m.group(1)) for k, v in test.items() if k in TEST_KEYS and isinstance(v, str)
              and (m := re.fullmatch(r"\s*c\s*\(([^()]*)", v))]
    if len(opened) != 1 or not rest or not str(rest[-1]).rstrip().endswith(")") or any(
            "(" in str(k) or ")" in str(k).rstrip()[:-1] for k in rest):
        return ""
    key, first = opened[0]
    items = [first, *map(str, rest)]
    items[-1] = items[-1].rstrip()[:-1]
    items = [i.strip().strip("'\"") for i in items]
    if not all(items):
        return ""
    if key in ("drop_cases", "keep_cases") or key == "incl_cut" and len(items) == 2:
        write = f"a YAML list, {key}: [{', '.join(items)}]"
    else:
        return ""
    return (f"; R's vector c(...) left unquoted in a YAML {{...}}? YAML ends a value at ',' and reads "
            f"{', '.join(map(quoted, rest))} as {'keys' if len(rest) > 1 else 'a key'}: write {write}")


def _clean(v):
    if isinstance(v, (float, np.floating)):
        return None if v != v else float(v)
    if isinstance(v, np.integer):
        return int(v)
    return v


def run_spec_file(data: pd.DataFrame, path, *, raw: pd.DataFrame | None = None, case_column: str | None = None,
                  n_jobs: int | None = None, as_json: bool = False, no_solution: str | None = None,
                  budgets: dict | None = None, skew_bounds=DEFAULT_SKEW_BOUNDS, on_protocol=None) -> str:
    """Run the protocol and the ranges of a specification file; text or JSON. An error in what the file
    specifies names the file. no_solution: robustness_protocol's rule for a test without a sufficient configuration
    ('count': the empty solution; 'refuse': an error; CLI: --no-solution); None: the file's `no_solution`, else
    'count'. Given both, they must agree (one rule for one test set). budgets: search budgets for every
    specification of the protocol and the ranges (protocol.spec_budgets; CLI: the budget flags). skew_bounds: the
    truth tables' of the protocol and the ranges, (low, high) shares outside which a set is warned of as skewed
    (None: no check; CLI: --skew-bounds); left at its default (DEFAULT_SKEW_BOUNDS, the CLI without --skew-bounds):
    the file's `skew_bounds`, else (0.2, 0.8). Given both, they must agree, as no_solution's. on_protocol: called
    with the RobustnessProtocol of the file's tests, when it has tests (CLI: robustness --plot draws it)."""
    # the arguments first: a bad one is this call's, not the file's (the errors below name the file)
    given = skew_bounds is not DEFAULT_SKEW_BOUNDS
    skew_bounds = check_bounds(skew_bounds)
    spec_budgets(budgets, "run_spec_file")
    spec = load_spec(path)
    in_file = spec.get("no_solution")
    if "no_solution" in spec and in_file is None:   # 'no_solution:' left empty: a value left out, not the key
        raise QCAInputError(f"{path}: 'no_solution:' has no value (YAML reads it as null): write 'no_solution: count' "
                            "(a test without a sufficient configuration counts as the empty solution) or "
                            "'no_solution: refuse' (it is an error), or leave the key out (count)")
    if in_file is not None and in_file not in NO_SOLUTION_RULES:   # named as the file's key, not as the flag
        raise QCAInputError(f"{path}: 'no_solution: {in_file}' is neither count (a test without a sufficient "
                            "configuration counts as the empty solution) nor refuse (it is an error)"
                            f"{choice_hint(in_file, NO_SOLUTION_RULES)}")
    if no_solution is not None and in_file is not None and no_solution != in_file:
        raise QCAInputError(f"--no-solution {no_solution} but {path} says 'no_solution: {in_file}'; give the rule once "
                            "(the file's key, or the flag)")
    no_solution = no_solution if no_solution is not None else in_file if in_file is not None else "count"
    skew_bounds = _skew_bounds(path, spec, skew_bounds, given)
    n_jobs = workers(n_jobs)
    caught: list = []
    try:
        with warnings.catch_warnings(record=True) as caught:   # the protocol and the ranges run on the same data:
            warnings.simplefilter("always")                  # each note once, naming both (skew.give_again)
            return _run_spec(data, spec, raw, case_column, n_jobs, as_json, no_solution, budgets, skew_bounds,
                             on_protocol)
    except QCADataError:   # a problem of the data file (a column, a cell), not of what this file specifies
        raise
    except QCAInputError as err:
        raise QCAInputError(f"{path}: {_in_file_syntax(str(err))}") from None
    finally:
        give_again(caught)


def _in_file_syntax(message: str) -> str:
    """An engine message's Python pair, incl_cut=(0.9, 0.6), as a specification file writes it, incl_cut: [0.9, 0.6]
    (YAML and JSON have lists, not tuples: the Python form in a file is a string and refused again); skew_bounds'
    message (skew.check_bounds) with its pairs as lists and None as the file writes it, none."""
    message = re.sub(r"\bincl_cut=\(([^()]*)\)", r"incl_cut: [\1]", message)
    if message.startswith("skew_bounds must"):
        message = re.sub(r"\(((?:low|[-+\d.e]+), (?:high|[-+\d.e]+))\)", r"[\1]", message)
        message = message.replace(" or None", " or none (no check)")
    return message


def _says_none(value) -> bool:
    """A sweep file's 'skew_bounds: none' (any case): no skew check, as the flag --skew-bounds none."""
    return isinstance(value, str) and value.strip().lower() == "none"


def _skew_bounds(path, spec: Mapping, argument, given: bool):
    """The bounds of a run: the file's `skew_bounds` (checked as the argument is, skew.check_bounds; 'none', as
    --skew-bounds none: no check) or the argument (already checked); both given, they must agree (one setting for one
    test set, as no_solution). The key with no value (YAML's null: 'skew_bounds:' left empty) is refused: read as
    None it turned the check off without a word."""
    if "skew_bounds" not in spec:
        return argument
    value = spec["skew_bounds"]
    if value is None:   # in the file's own syntax
        said, pair, off = (("is null", '"skew_bounds": [0.2, 0.8]', '"skew_bounds": "none"')
                           if str(path).lower().endswith(".json") else
                           ("has no value (YAML reads 'skew_bounds:' left empty, 'null' or '~' as null)",
                            "'skew_bounds: [0.2, 0.8]'", "'skew_bounds: none'"))
        raise QCAInputError(f"{path}: 'skew_bounds' {said}: write two shares, e.g. {pair}, or {off} to turn the skew "
                            "check off (as --skew-bounds none does), or leave the key out (the default, [0.2, 0.8])")
    try:
        in_file = None if _says_none(value) else check_bounds(value)
    except QCAInputError as err:
        raise QCAInputError(f"{path}: {_in_file_syntax(str(err))}") from None
    if given and in_file != argument:
        flag = "none" if argument is None else ",".join(f"{b:g}" for b in argument)
        said = "none" if in_file is None else f"[{', '.join(f'{b:g}' for b in in_file)}]"
        raise QCAInputError(f"skew_bounds={quoted(argument)} (--skew-bounds {flag} on the command line) but {path} says "
                            f"'skew_bounds: {said}'; give the bounds once (the file's key, or the argument / flag)")
    return in_file


def _run_spec(data, spec: dict, raw, case_column, n_jobs, as_json: bool, no_solution: str = "count",
              budgets: dict | None = None, skew_bounds=DEFAULT_SKEW_BOUNDS, on_protocol=None) -> str:
    # the cut-offs, the budgets and the skew bounds of every specification, as the protocol and every range take them
    common = {**{k: spec[k] for k in ("incl_cut", "n_cut", "pri_cut") if k in spec}, "budgets": budgets or None,
              "skew_bounds": skew_bounds}
    out: dict = {}
    text: list[str] = []
    if "tests" in spec and not spec["tests"]:
        raise QCAInputError("'tests' is empty: list at least one test (or leave the key out and give 'ranges')")
    if "ranges" in spec and not spec["ranges"]:
        raise QCAInputError("'ranges' is empty: list at least one range (or leave the key out and give 'tests')")
    if spec.get("tests"):
        prot = robustness_protocol(data, spec["outcome"], spec.get("conditions"), spec["tests"],
                                   include=spec.get("include", "?"), dir_exp=spec.get("dir_exp"),
                                   case_column=case_column, raw=raw, model=spec.get("model", 1),
                                   test_models=spec.get("test_models", "same"),
                                   exclude=spec.get("exclude"), n_jobs=n_jobs, no_solution=no_solution, **common)
        out["protocol"] = prot.to_dict()
        text.append(str(prot))
        if on_protocol is not None:
            on_protocol(prot)
    ranges, searched = [], []   # searched: each row's step and max_runs, for the JSON (what a bound is exact to)
    for i, r in enumerate(spec.get("ranges") or [], start=1):
        try:
            df = _range(data, spec, r, raw, case_column, n_jobs, common)
        except QCADataError:
            raise
        except QCAInputError as err:   # which range of the file, by its keys
            keys = ", ".join(f"{k}: {r[k]}" for k in ("parameter", "set") if k in r)
            raise QCAInputError(f"range {i} ({keys}): {err}") from None
        df.insert(0, "parameter", r["parameter"] if r["parameter"] != "calibration" else f"calibration {r.get('set')}")
        if r["parameter"] == "n_cut":  # whole numbers, also beside another range's cut-offs in one column (1, not 1.0)
            for c in ("value", "lower", "upper"):
                df[c] = pd.Series([None if pd.isna(v) else int(v) for v in df[c]], index=df.index, dtype=object)
        ranges.append(df)
        searched += [{"step": _clean(r["step"]), "max_runs": _clean(r.get("max_runs", 10))}] * len(df)
    if ranges:
        table = pd.concat(ranges, ignore_index=True)
        out["ranges"] = [{**{k: _clean(v) for k, v in rec.items()}, **how}
                         for rec, how in zip(table.to_dict("records"), searched)]
        # within 80 columns, as the protocol above it: in blocks of columns each led by the parameter and the
        # threshold, a long reason or held_fixed wrapped within its cell (display.frame_blocks)
        text.append("Threshold ranges (last value of the same solution; -: no change in max_runs):\n"
                    + frame_blocks(table, ("parameter", "threshold"), na_rep="-", index=False))
    if as_json:
        return dumps(out)
    return "\n\n".join(text)


def _range(data, spec: dict, r: dict, raw, case_column, n_jobs, common) -> pd.DataFrame:
    return threshold_range(data, spec["outcome"], spec.get("conditions"), r["parameter"], r["step"],
                           r.get("max_runs", 10), include=spec.get("include", "?"), case_column=case_column,
                           raw=raw, calibrate_set=r.get("set"), source=r.get("source"),
                           thresholds=r.get("thresholds"), calibration_type=r.get("type", "fuzzy"),
                           dir_exp=spec.get("dir_exp"), exclude=spec.get("exclude"), n_jobs=n_jobs, **common)
