"""The robustness protocol's test set as declared (analysis.qca.protocol): the keys a test may give and what each
may hold, the tests parsed and checked before any runs, a test's settings in one line, and the test solutions the
tests give (one per test, or one per model with test_models='all').
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from ._near import unknown_keys
from .data import duplicate_names
from .data_lists import _all_names
from .errors import QCAInputError, quoted

TEST_KEYS = ("label", "incl_cut", "n_cut", "pri_cut", "calibrate", "drop_cases", "keep_cases")
#: Which models of a test solution are test solutions (robustness_protocol's test_models).
TEST_MODELS = ("same", "all")
#: What a test's `calibrate` may give for a set: calibrate()'s arguments, the raw column (`source`), `percentiles` in
#: place of thresholds (the anchors at those percentiles of the test's cases' raw values, as calibrate_frame takes
#: them) and the decimal places its memberships are rounded to (`round`).
CALIBRATE_RULE_KEYS = ("source", "type", "thresholds", "percentiles", "method", "logistic", "idm", "below", "above",
                       "round")
#: Column names of the protocol's own tables (memberships, case_types_by_test and its records' 'case') that a test
#: label would overwrite.
RESERVED_LABELS = ("IS", "core", "minTS", "maxTS", "Y", "changes", "case")


# ---------------------------------------------------------------- specifications
def _as_list(name, v) -> list[str]:
    """Case names given as a list, tuple, set, pandas Index / Series or numpy array (a set in sorted order, so the
    settings text is the same on every run); text or a mapping is refused."""
    if isinstance(v, (set, frozenset)):
        v = sorted(v, key=str)
    elif isinstance(v, (pd.Index, pd.Series, np.ndarray)):
        v = list(v)
    if isinstance(v, str) or not isinstance(v, Sequence):
        from .r_calls import r_vector_items

        items = r_vector_items(v)   # drop_cases: c("AU", "BE"), R's vector: was told write [c("AU", "BE")]
        # 'FI，SE' (a full-width comma, typed with a Chinese input method) separates the names as ',' does
        parts = items if items is not None else [p.strip() for p in re.split(r"[,\uff0c]", v)] if isinstance(v, str) \
            else []
        said = "R's vector c(...) copied as text; " if items else ""
        hint = (f": {said}write a list, [{', '.join(parts)}] (Python: {parts!r})" if all(parts) and (len(parts) > 1
                or items) else f": write a list, [{v.strip()}] (Python: {[v.strip()]!r})" if isinstance(v, str) and
                v.strip() else "")
        raise QCAInputError(f"{name} must be a list of case names, got {quoted(v)}{hint}")
    return [str(x) for x in v]


def parse_tests(tests) -> list[dict]:
    """Validate a test set: a list of {label, incl_cut?, n_cut?, pri_cut?, calibrate?, drop_cases?, keep_cases?}.
    A cut-off a truth table would refuse is an error here, naming the test (never a test "without solution")."""
    from .truth_table import _cutoffs
    if isinstance(tests, Mapping) or isinstance(tests, str) or not isinstance(tests, Sequence) or not tests:
        import os

        hint = ""
        if isinstance(tests, (str, os.PathLike)) and str(tests).strip().lower().endswith((".yaml", ".yml", ".json")):
            hint = (f"; got the file name {str(tests)!r}: a sweep file is run whole by "
                    f"analysis.qca.sweep_spec.run_spec_file(data, {str(tests)!r}) (the CLI's robustness --spec), or "
                    f"read its tests, read_spec_file({str(tests)!r})['tests'] (from analysis.qca.read)")
        elif isinstance(tests, Mapping) and set(map(str, tests)) & set(TEST_KEYS):
            hint = f"; one test given as a mapping: put it in a list, [{dict(tests)!r}]"
        raise QCAInputError("tests must be a non-empty list of specifications such as {'label': 'incl 0.7', "
                            f"'incl_cut': 0.7}}{hint}")
    out, seen = [], set()
    for i, t in enumerate(tests, start=1):
        if not isinstance(t, Mapping):
            raise QCAInputError(f"test {i} must be a mapping, got {quoted(t)}")
        unknown = set(t) - set(TEST_KEYS)
        if unknown:
            raise QCAInputError(f"test {i}: {unknown_keys(unknown, TEST_KEYS)}")
        given = t.get("label", f"TS{i}")
        if isinstance(given, bool) or not isinstance(given, (str, int, float)) or not str(given).strip():
            raise QCAInputError(f"test {i}: label must be a non-empty text, e.g. 'incl 0.7', got {quoted(given)}"
                                + (" (YAML reads 'label:' with nothing after it as null)" if given is None else "")
                                + "; or leave the key out (the test is then TS" + str(i) + ")")
        label = str(given)
        if label in RESERVED_LABELS:
            raise QCAInputError(f"test {i}: label {quoted(label)} is reserved (the protocol's tables use "
                                f"{', '.join(RESERVED_LABELS)} for the initial solution, the robust core, minTS, maxTS, "
                                "the outcome, 'changes' and the case names); give the test another label")
        if label in seen:
            raise QCAInputError(f"test label {quoted(label)} is used twice; labels must be unique")
        seen.add(label)
        spec = {k: v for k, v in t.items() if k != "label"}
        if not spec:
            raise QCAInputError(f"test {quoted(label)} changes nothing; give incl_cut, n_cut, pri_cut, calibrate, "
                                "drop_cases or keep_cases")
        try:
            _cutoffs(spec.get("incl_cut", 1.0), spec.get("n_cut", 1), spec.get("pri_cut", 0.0))
        except QCAInputError as err:
            raise QCAInputError(f"test {quoted(label)}: {err}") from None
        if "calibrate" in spec and not isinstance(spec["calibrate"], Mapping):
            raise QCAInputError(f"test {quoted(label)}: calibrate must map set names to calibrate() arguments")
        if "calibrate" in spec and not spec["calibrate"]:   # as an empty drop_cases: it ran as a test equal to IS
            raise QCAInputError(f"test {quoted(label)}: calibrate is empty; name the sets to recalibrate, e.g. "
                                "{DEV: {thresholds: 'e=1, c=2, i=3'}}, or leave the key out")
        for k in ("drop_cases", "keep_cases"):
            if k in spec:
                spec[k] = _as_list(f"test {label!r}: {k}", spec[k])
                if not spec[k] and k == "drop_cases":   # (an empty keep_cases leaves no case: _spec_data says so)
                    raise QCAInputError(f"test {quoted(label)}: drop_cases is empty; name the cases to drop, or leave the "
                                        "key out")
                twice = duplicate_names([str(c) for c in spec[k]])
                if twice:   # [FI, FI] was read as [FI] without a word: a typo for another case, as in conditions
                    raise QCAInputError(f"test {quoted(label)}: {k} names case(s) {_all_names(twice)} twice; name each "
                                        "case once")
        both = [c for c in spec.get("keep_cases", ()) if c in spec.get("drop_cases", ())]
        if both:
            raise QCAInputError(f"test {quoted(label)}: case(s) {_all_names(both)} both in keep_cases and in drop_cases; "
                                "name a case in one of them")
        kinds = sorted({"cases" if k.endswith("_cases") else "calibration" if k == "calibrate" else k for k in spec})
        out.append({"label": label, "kind": kinds[0] if len(kinds) == 1 else "+".join(kinds), **spec})
    return out


def _settings_text(spec: Mapping) -> str:
    parts = []
    for k, v in spec.items():
        if k in ("label", "kind"):
            continue
        if k == "calibrate":
            parts += [f"{s}: {r.get('thresholds')}" if "percentiles" not in r else
                      f"{s}: percentiles {r['percentiles']}" for s, r in v.items()]
        elif k.endswith("_cases"):
            parts.append(f"{k.replace('_', ' ')} {', '.join(v)}")
        elif isinstance(v, (list, tuple)):   # a pair of consistency cut-offs (ic1, ic0)
            parts.append(f"{k}=({', '.join(f'{x:g}' if isinstance(x, float) else str(x) for x in v)})")
        elif k == "n_cut" and not isinstance(v, bool) and isinstance(v, (float, Fraction)) and v == int(v):
            parts.append(f"{k}={int(v)}")   # n_cut: 2.0 in a YAML file is 2 cases, as the truth table reads it
        else:
            parts.append(f"{k}={v}")
    return "; ".join(parts)


def _test_solutions(ok: Sequence[dict], labels: Sequence[str]) -> list[tuple[str, np.ndarray, tuple]]:
    """(label, membership, terms) of every test solution: one per test, or with test_models='all' one per model of
    a test with several ('LABEL M1', 'LABEL M2', ...; a label another test or the protocol's tables hold is
    refused)."""
    out, made = [], []
    for r in ok:
        ms = r.get("model_memberships") or []
        if len(ms) > 1:
            named = [(f"{r['label']} M{i}", mem, terms) for i, (_, terms, mem) in enumerate(ms, start=1)]
            made += [lab for lab, _, _ in named]
            out += named
        else:
            out.append((r["label"], r["membership"], r["terms"]))
    clash = sorted(set(made) & (set(labels) | set(RESERVED_LABELS)))
    if clash:
        raise QCAInputError(f"test_models='all' labels each model of a test with several 'LABEL M1', 'LABEL M2', ...: "
                            f"{_all_names(clash)} is already a test's label; rename that test")
    return out
