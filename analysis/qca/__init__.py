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
from types import ModuleType as _ModuleType

if _sys.argv[:1] == ["-m"]:
    # `python -m analysis.qca ...` (sys.argv[0] is '-m' while the module is located) run by a Python without the
    # engine's packages, such as the system's python instead of the project's .venv/bin/python: one error line
    # naming the fix, not the traceback of the first failing import
    from importlib.util import find_spec as _find_spec

    _missing = [_m for _m in ("numpy", "pandas", "numba", "joblib", "yaml") if _find_spec(_m) is None]
    if _missing:
        from .errors import in_number as _in_number   # standard library only: 'the package' / 'the packages'

        print(f"error: {_sys.executable} lacks the {_in_number(len(_missing), 'package')} the QCA engine needs "
              f"({', '.join(_missing)}): run "
              "make (or make env) in the project, then .venv/bin/python -m analysis.qca ...; or pip install . into "
              "this Python", file=_sys.stderr)
        raise SystemExit(2)

from .errors import QCAComplexityError, QCADataError, QCAInputError, QCANoSolutionError

#: Every other public name, with its module: loaded on first use (PEP 562), so that `import analysis.qca`, or a
#: module importing one submodule (analysis/qca/read.py, which runs this file first), loads only what it asks for,
#: and tools/make_deps.py can tell which modules a notebook reads (the names it asks for): an edit of minimize.py
#: no longer reruns a notebook that only reads data. `from analysis.qca import minimize` and `qca.minimize` give
#: the function, as before: the modules named like a function they export (calibrate, esa, find_rows, minimize,
#: necessity, pof, truth_table) are set on the package as that function (_Package, below), not as the module.
_LAZY = {
    **dict.fromkeys(("calibrate", "calibrate_frame"), "calibrate"),
    **dict.fromkeys(("QCAData", "QCAWarning", "drop_missing_cases", "prepare_data"), "data"),
    **dict.fromkeys(("expression_membership", "format_expression", "format_term", "parse_expression", "parse_term",
                     "term_membership"), "expressions"),
    **dict.fromkeys(("consistency", "coverage", "haesebrouck", "negate", "pri", "ron"), "measures"),
    **dict.fromkeys(("PofResult", "pof", "pofind"), "pof"),
    **dict.fromkeys(("contradictory_assumptions", "find_rows", "negated_truth_table", "simplifying_assumption_rows"),
                    "find_rows"),
    **dict.fromkeys(("esa", "esa_rows", "exclude_rows", "untenable_observed_rows"), "esa"),
    **dict.fromkeys(("minimize", "parse_dir_exp"), "minimize"),
    **dict.fromkeys(("necessity", "super_subset"), "necessity"),
    "read_data": "read",
    **dict.fromkeys(("IntermediatePair", "Model", "Solution"), "solution"),
    **dict.fromkeys(("TruthTable", "truth_table"), "truth_table"),
    **dict.fromkeys(("ConfigurationChart", "configuration_chart"), "configurations"),
    **dict.fromkeys(("RobustnessProtocol", "robustness_protocol", "threshold_range"), "protocol"),
    **dict.fromkeys(("ClusterDiagnostics", "TheoryEvaluation", "case_typology", "cluster_diagnostics", "contradictions",
                     "necessity_cases", "necessity_typology", "necessity_xy", "smmr", "smmr_focal_conjuncts",
                     "term_typology", "theory_evaluation", "typology_by_model"), "diagnostics"),
    **dict.fromkeys(("focal_condition_pairs", "necessity_pairs", "smmr_pairs"), "matching"),
    **dict.fromkeys(("permutation_benchmark", "PermutationBenchmark"), "permutation"),
    **dict.fromkeys(("good_practice", "GoodPracticeReport", "benchmark_sentence"), "standards"),
    **dict.fromkeys(("causal_chain", "CausalChain", "ChainStep", "ComplexFormulas", "ComplexFormula"), "chain"),
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


class _Package(_ModuleType):
    """This package's class: importing a submodule sets it as the package's attribute of its name (the import
    system's setattr, once the submodule has run), which for minimize.py would make `qca.minimize` the module
    wherever minimize.py was first imported by another module (analysis.qca.find_rows, a test). A submodule named
    like a function it exports is set as that function."""

    def __setattr__(self, name: str, value) -> None:
        if (isinstance(value, _ModuleType) and _LAZY.get(name) == name and value.__name__ == f"{__name__}.{name}"
                and hasattr(value, name)):
            value = getattr(value, name)
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package


__all__ = [
    "truth_table", "TruthTable", "minimize", "Solution", "Model", "IntermediatePair", "parse_dir_exp",
    "read_data", "prepare_data", "drop_missing_cases", "QCAData", "QCAWarning", "QCAInputError", "QCADataError", "QCAComplexityError",
    "QCANoSolutionError", "parse_term", "parse_expression", "format_term", "format_expression", "term_membership",
    "expression_membership", "consistency", "coverage", "pri", "ron", "negate",
    "calibrate", "calibrate_frame", "necessity", "super_subset", "haesebrouck", "pof", "pofind", "PofResult",
    "find_rows", "negated_truth_table", "contradictory_assumptions", "simplifying_assumption_rows", "esa", "esa_rows", "exclude_rows", "untenable_observed_rows",
    "configuration_chart", "ConfigurationChart", "robustness_protocol", "RobustnessProtocol", "threshold_range",
    "case_typology", "term_typology", "typology_by_model", "smmr", "smmr_focal_conjuncts", "smmr_pairs", "focal_condition_pairs", "necessity_pairs", "necessity_cases", "necessity_typology",
    "necessity_xy", "contradictions", "permutation_benchmark", "PermutationBenchmark", "theory_evaluation",
    "TheoryEvaluation",
    "cluster_diagnostics", "ClusterDiagnostics", "good_practice", "GoodPracticeReport", "benchmark_sentence",
    "causal_chain", "CausalChain", "ChainStep", "ComplexFormulas", "ComplexFormula",
]
