"""Paper A (Hu et al. 2024): case data loading and validation, Rainbow-level path types (standard and ESA, every model),
claims ledger with evidence levels, robustness protocol, reporting checklist; diagnostics (cut-off ranges, necessary
disjunctions, the negated outcome: notebook 03's `untenable` remainders are blocked for it too when declared
impossible, not when blocked because a condition is necessary for the outcome, see diagnostics.negated_untenable).

    from analysis.paper_a import cases, configurations, claims, robustness, checklist
"""
#: The package's modules, each imported on first use (PEP 562: `paper_a.claims`, `from analysis.paper_a import
#: claims`), not all when any one is: notebook 02 reads cases.py and parameters.py, and importing the package made
#: it read configurations.py, robustness.py and checklist.py too, with the QCA engine's minimisation they import
#: (for make, tools/make_deps.py: an edit of analysis/qca/minimize.py reran notebook 02).
_LAZY = {"cases": "cases", "checklist": "checklist", "claims": "claims", "configurations": "configurations",
         "robustness": "robustness"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return import_module(f".{_LAZY[name]}", __name__)


__all__ = ["cases", "checklist", "claims", "configurations", "robustness"]
