"""Paper A (Hu et al. 2024): case data loading and validation, Rainbow-level path types (standard and ESA, every model),
claims ledger with evidence levels, robustness protocol, reporting checklist; diagnostics (cut-off ranges, necessary
disjunctions, the negated outcome: notebook 03's `untenable` remainders are blocked for it too when declared
impossible, not when blocked because a condition is necessary for the outcome, see diagnostics.negated_untenable).

    from analysis.paper_a import cases, configurations, claims, robustness, checklist
"""
from . import cases, checklist, claims, configurations, robustness

__all__ = ["cases", "checklist", "claims", "configurations", "robustness"]
