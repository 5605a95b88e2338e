"""The QCA engine: truth tables, exact Boolean minimisation (every minimal model), solution fit, calibration
and necessity, with results that agree with R's QCA 3.25 on its reference analyses.

    from analysis.qca import truth_table, minimize
    tt = truth_table(df, outcome="SURV", conditions="DEV, URB, LIT, IND, STB", incl_cut=0.8)
    sol = minimize(tt, include="?", dir_exp="1,1,1,1,1")   # '' conservative, '?' parsimonious
    print(sol); sol.to_frame(); sol.to_dict()

Every public name (`__all__`) is documented, grouped by the step of a QCA it serves, in the book's API reference
(docs/api-reference.md, built by `make report` into build/book/docs/api-reference.html), and every command of
`python -m analysis.qca` in its command-line reference (docs/cli-reference.md); help(name) shows the same text.
"""
from __future__ import annotations

import sys as _sys

if _sys.argv[:1] == ["-m"]:
    # `python -m analysis.qca ...` (sys.argv[0] is '-m' while the module is located) run by a Python without the
    # engine's packages, such as the system's python instead of the project's .venv/bin/python: one error line
    # naming the fix, not the traceback of the first failing import
    from importlib.util import find_spec as _find_spec

    _missing = [_m for _m in ("numpy", "pandas", "numba", "joblib", "yaml") if _find_spec(_m) is None]
    if _missing:
        print(f"error: {_sys.executable} lacks the package(s) the QCA engine needs ({', '.join(_missing)}): run "
              "make (or make env) in the project, then .venv/bin/python -m analysis.qca ...; or pip install . into "
              "this Python", file=_sys.stderr)
        raise SystemExit(2)

from .calibrate import calibrate, calibrate_frame
from .data import QCAData, QCAWarning, prepare_data
from .errors import QCAComplexityError, QCADataError, QCAInputError, QCANoSolutionError
from .expressions import (expression_membership, format_expression, format_term, parse_expression, parse_term,
                          term_membership)
from .measures import consistency, coverage, haesebrouck, negate, pri, ron
from .pof import PofResult, pof, pofind
from .find_rows import contradictory_assumptions, find_rows, negated_truth_table, simplifying_assumption_rows
from .esa import esa, esa_rows, exclude_rows, untenable_observed_rows
from .minimize import minimize, parse_dir_exp
from .necessity import necessity, super_subset
from .read import read_data
from .solution import IntermediatePair, Model, Solution
from .truth_table import TruthTable, truth_table

#: Names loaded on first use, with their module: what few commands need (configuration charts, the robustness
#: protocol and its joblib, case diagnostics, matching, permutations) is not imported by every command line run
#: (truth-table, minimize: 0.1 s of a 0.45 s start). The modules named like a function they export (truth_table,
#: minimize, calibrate, pof, esa, find_rows, necessity) stay imported above: importing a submodule sets the package
#: attribute of its name, which would then be the module, not the function.
_LAZY = {
    **dict.fromkeys(("ConfigurationChart", "configuration_chart"), "configurations"),
    **dict.fromkeys(("RobustnessProtocol", "robustness_protocol", "threshold_range"), "protocol"),
    **dict.fromkeys(("ClusterDiagnostics", "TheoryEvaluation", "case_typology", "cluster_diagnostics", "contradictions",
                     "necessity_cases", "necessity_typology", "necessity_xy", "smmr", "smmr_focal_conjuncts",
                     "term_typology", "theory_evaluation", "typology_by_model"), "diagnostics"),
    **dict.fromkeys(("focal_condition_pairs", "necessity_pairs", "smmr_pairs"), "matching"),
    **dict.fromkeys(("permutation_benchmark", "PermutationBenchmark"), "permutation"),
    **dict.fromkeys(("good_practice", "GoodPracticeReport"), "standards"),
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = globals()[name] = getattr(import_module(f".{module}", __name__), name)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "truth_table", "TruthTable", "minimize", "Solution", "Model", "IntermediatePair", "parse_dir_exp",
    "read_data", "prepare_data", "QCAData", "QCAWarning", "QCAInputError", "QCADataError", "QCAComplexityError",
    "QCANoSolutionError", "parse_term", "parse_expression", "format_term", "format_expression", "term_membership",
    "expression_membership", "consistency", "coverage", "pri", "ron", "negate",
    "calibrate", "calibrate_frame", "necessity", "super_subset", "haesebrouck", "pof", "pofind", "PofResult",
    "find_rows", "negated_truth_table", "contradictory_assumptions", "simplifying_assumption_rows", "esa", "esa_rows", "exclude_rows", "untenable_observed_rows",
    "configuration_chart", "ConfigurationChart", "robustness_protocol", "RobustnessProtocol", "threshold_range",
    "case_typology", "term_typology", "typology_by_model", "smmr", "smmr_focal_conjuncts", "smmr_pairs", "focal_condition_pairs", "necessity_pairs", "necessity_cases", "necessity_typology",
    "necessity_xy", "contradictions", "permutation_benchmark", "PermutationBenchmark", "theory_evaluation",
    "TheoryEvaluation",
    "cluster_diagnostics", "ClusterDiagnostics", "good_practice", "GoodPracticeReport",
]
