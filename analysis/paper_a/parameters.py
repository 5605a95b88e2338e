"""Validation of notebooks 02's and 03's parameters, with messages that say what is allowed (all problems at once)."""
from __future__ import annotations

import re
from numbers import Real
from pathlib import Path
from typing import Mapping, Sequence

from ..qca.expressions import parse_expression
from ..qca.errors import QCAInputError
from .cases import CONDITION_NAMES
from ..validate import ParameterError

SOLUTIONS = ("intermediate", "conservative", "parsimonious")
ANALYSES = ("esa", "standard")
RELEVANCE_MEASURES = ("RoN", "covN")




WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".et", ".wps")
#: The workbooks and other programs' data files a parameter may name as they are (every kind the engine reads:
#: analysis.qca.sheets), and the parameters that may name one (the case file: a holder keeps Paper A's matrix in Excel,
#: LibreOffice, Stata or SPSS; analysis.paper_a.case_workbook); the same lists as make's check.
READ_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".dta", ".sav", ".zsav", ".por")
WORKBOOK_PARAMETERS = ("case_file",)


def _raw_file_problem(name: str, value, raw_dir: Path | None = None) -> str | None:
    """Why `value` is not the name of a CSV file in data/raw, or None, saying what to write: a path (data/raw/x.csv:
    notebook 02 reads data/raw, so its name alone), a workbook (case_file: one the engine reads,
    READ_WORKBOOK_SUFFIXES, is read as it is; another kind, or another parameter: save it as CSV), a name no file in
    data/raw has (the CSV files there, the nearest first). The check ran at load, as 'file not found', after the other parameters had passed."""
    import difflib

    from ..paths import DATA_RAW

    raw_dir = DATA_RAW if raw_dir is None else Path(raw_dir)
    base = f"{name} must be a CSV file name in data/raw (no folders), got {value!r}"
    if not isinstance(value, str) or not value.strip():
        return base
    path = Path(value)
    if path.name != value:
        return base + (f": write its name alone, -p {name} {path.name}, with the file in data/raw"
                       if path.name else "")
    readable = name in WORKBOOK_PARAMETERS and path.suffix.lower() in READ_WORKBOOK_SUFFIXES
    if path.suffix.lower() in WORKBOOK_SUFFIXES and not readable:
        return (base + f": a workbook; in Excel save it with 'Save As' > 'CSV UTF-8 (comma delimited)' as data/raw/"
                f"{path.stem}.csv and pass -p {name} {path.stem}.csv" + (
                    " (or as an Excel workbook, .xlsx, which is read as it is)" if name in WORKBOOK_PARAMETERS else ""))
    if not value.endswith(".csv") and not readable:
        return base
    if not (raw_dir / value).is_file():
        kinds = ("*.csv", *(f"*{x}" for x in READ_WORKBOOK_SUFFIXES)) if name in WORKBOOK_PARAMETERS else ("*.csv",)
        what = "CSV files and workbooks" if name in WORKBOOK_PARAMETERS else "CSV files"
        there = sorted(f.name for k in kinds for f in raw_dir.glob(k)) if raw_dir.is_dir() else []
        near = difflib.get_close_matches(value, there, n=3, cutoff=0.6)
        return (f"{name} {value!r}: no such file in data/raw"
                + (f" (the nearest there: {', '.join(near)})" if near else
                   f" (it holds {len(there)} {what}: {', '.join(there[:6])}{' …' if len(there) > 6 else ''})"
                   if there else f" (it holds no {what.replace('files', 'file').replace('workbooks', 'workbook')})"))
    return None


def _share_problem(name: str, v, low_open: bool) -> str | None:
    ok = isinstance(v, Real) and not isinstance(v, bool) and (0 < v <= 1 if low_open else 0 <= v <= 1)
    return None if ok else f"{name} must be a number in {'(0, 1]' if low_open else '[0, 1]'}, got {v!r}"


def _expression_problem(name: str, text: str) -> str | None:
    """Why `text` is not an expression of Paper A's conditions (read by the engine's parser, as the analysis reads it
    later), or None; '' (none) is allowed."""
    if not text.strip():
        return None
    try:
        parse_expression(text, CONDITION_NAMES)
    except QCAInputError as exc:
        return (f"{name}: {exc}; write an expression of the conditions {', '.join(CONDITION_NAMES)} such as "
                f"'SYS*~ORG' or 'SYS*~ORG + ~SER', or '' for none")
    return None


def _dir_exp_hint(dir_exp) -> str:
    """What to write instead, for the two usual slips: a string (the engine's '1,1,0' form, or a mapping papermill
    left unread) and YAML without a space after a colon ('{SYS:1}' reads as the key 'SYS:1')."""
    example = "{" + ", ".join(f"{c}: 1" for c in CONDITION_NAMES[:-1]) + f", {CONDITION_NAMES[-1]}: 0}}"
    if isinstance(dir_exp, str):
        return f" (a string): write a mapping, e.g. -p dir_exp '{example}'"
    if isinstance(dir_exp, Mapping):
        colon = [k for k in dir_exp if ":" in str(k)]
        if colon:
            return (f"; a key holds a colon ({', '.join(repr(k) for k in colon)}): write a space after each colon, "
                    "{SYS: 1, ORG: 1, ...}")
    return ""


def _whole(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 1


def _chart_model_problem(model) -> str | None:
    """Why `model` names no model of the configuration chart figure ('M1', 'M2', ... as the chart's model_fit names
    them; '' draws every model), or None; a whole number (-p model 2) is told the name to write. Whether the chart has
    that model is known once it is drawn: configuration_chart_groups says so, naming the models it has."""
    if isinstance(model, str) and re.fullmatch(r"(M[1-9][0-9]*)?", model):
        return None
    hint = f": write 'M{model}'" if _whole(model) else ""
    return (f"model must name one model of the configuration chart ('M1', 'M2', ...) or be '' for every model, "
            f"got {model!r}{hint}")


def check_parameters(*, incl_cut, n_cut, pri_cut, report_solution: str, analysis: str, untenable: str,
                     dir_exp: Mapping, necessity_benchmark, relevance_measure: str, relevance_cut, skew_cut,
                     robustness_thresholds: Sequence, robustness_set_thresholds: Sequence,
                     robustness_incl_cuts: Sequence, robustness_n_cuts: Sequence, comparison_condition: str,
                     model: str, max_paths: int, lang: str) -> None:
    """Check every parameter of notebook 03; raise ParameterError listing every problem. `model` and `max_paths` are
    the configuration chart figure's (analysis.plots.configurations.configuration_chart_groups): one model of a
    solution with many, and the most paths it draws."""
    # consistency cut-offs in [0, 1], the engine's range (truth_table, necessity), not a stricter one of its own
    problems = [p for p in (_share_problem("incl_cut", incl_cut, False), _share_problem("pri_cut", pri_cut, False),
                            _share_problem("necessity_benchmark", necessity_benchmark, False),
                            _share_problem("relevance_cut", relevance_cut, False),
                            _share_problem("skew_cut", skew_cut, True)) if p]
    if not _whole(n_cut):
        problems.append(f"n_cut must be a whole number >= 1, got {n_cut!r}")
    if comparison_condition not in CONDITION_NAMES:
        problems.append(f"comparison_condition must be one of {list(CONDITION_NAMES)}, got {comparison_condition!r}")
    if report_solution not in SOLUTIONS:
        problems.append(f"report_solution must be 'intermediate', 'conservative' or 'parsimonious', got "
                        f"{report_solution!r}")
    if analysis not in ANALYSES:
        problems.append(f"analysis must be 'esa' or 'standard', got {analysis!r}")
    if not isinstance(untenable, str):
        problems.append(f"untenable must be an expression such as 'SYS*~ORG' or '' for none, got {untenable!r}")
    else:
        problems += [p for p in (_expression_problem("untenable", untenable),) if p]
    if relevance_measure not in RELEVANCE_MEASURES:
        problems.append(f"relevance_measure must be 'RoN' or 'covN', got {relevance_measure!r}")
    if not isinstance(dir_exp, Mapping) or set(dir_exp) != set(CONDITION_NAMES):
        problems.append(f"dir_exp must give an expectation for each of {', '.join(CONDITION_NAMES)}, got {dir_exp!r}"
                        + _dir_exp_hint(dir_exp))
    else:
        bad = {k: v for k, v in dir_exp.items() if v not in (0, 1, "-")}
        if bad:
            problems.append(f"directional expectations must be 1 (present), 0 (absent) or '-' (either), got {bad}")
    for name, values in (("robustness_thresholds", robustness_thresholds),
                         ("robustness_set_thresholds", robustness_set_thresholds),
                         ("robustness_incl_cuts", robustness_incl_cuts)):
        if not isinstance(values, (list, tuple)) or not values:
            problems.append(f"{name} must be a non-empty list of shares")
        else:
            low_open = name != "robustness_incl_cuts"  # a consistency cut-off may be 0, as incl_cut (the engine's range)
            problems += [p for p in (_share_problem(name, x, low_open) for x in values) if p]
    if (not isinstance(robustness_n_cuts, (list, tuple)) or not robustness_n_cuts
            or not all(_whole(v) for v in robustness_n_cuts)):
        problems.append(f"robustness_n_cuts must be a non-empty list of whole numbers >= 1, got {robustness_n_cuts!r}")
    problems += [p for p in (_chart_model_problem(model),) if p]
    if not _whole(max_paths):
        problems.append(f"max_paths must be a whole number of paths, 1 or more, got {max_paths!r}")
    if lang not in ("en", "zh"):
        problems.append(f"lang must be 'en' or 'zh', got {lang!r}")
    if problems:
        raise ParameterError("; ".join(problems))


def check_calibration_parameters(*, case_file, codebook_file, crisp_threshold, fuzzy_anchors, lang) -> None:
    """Check every parameter of notebook 02 (calibration of Paper A's cases); raise ParameterError listing every
    problem. The files are CSV names inside data/raw; the crisp threshold a share of indicators in (0, 1]; the fuzzy
    anchors a mapping e, c, i of shares with e < c < i (the direct method's full non-membership, crossover and full
    membership: Ragin 2008, ch. 5). A bool is no number here (True would read as the share 1)."""
    problems = []
    for name, value in (("case_file", case_file), ("codebook_file", codebook_file)):
        problem = _raw_file_problem(name, value)
        if problem:
            problems.append(problem)
    if not isinstance(crisp_threshold, Real) or isinstance(crisp_threshold, bool) or not 0 < crisp_threshold <= 1:
        problems.append(f"crisp_threshold must be a share in (0, 1], got {crisp_threshold!r}")
    if not isinstance(fuzzy_anchors, Mapping) or set(fuzzy_anchors) != {"e", "c", "i"}:
        problems.append(f"fuzzy_anchors must be a dict with keys 'e', 'c', 'i', got {fuzzy_anchors!r}")
    elif not all(_share_problem("", v, False) is None for v in fuzzy_anchors.values()):
        problems.append(f"fuzzy_anchors must be shares in [0, 1], got {fuzzy_anchors!r}")
    elif not fuzzy_anchors["e"] < fuzzy_anchors["c"] < fuzzy_anchors["i"]:
        problems.append(f"fuzzy anchors must satisfy e < c < i, got {fuzzy_anchors!r}")
    if lang not in ("en", "zh"):
        problems.append(f"lang must be 'en' or 'zh', got {lang!r}")
    if problems:
        raise ParameterError("; ".join(problems))
