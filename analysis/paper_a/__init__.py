"""Paper A (Hu et al. 2024): case data loading and validation, Rainbow-level path types (standard and ESA, every model),
claims ledger with evidence levels, robustness protocol, reporting checklist.

    from analysis.paper_a import cases, configurations, claims, robustness, checklist
"""
from . import cases, checklist, claims, configurations, robustness

__all__ = ["cases", "checklist", "claims", "configurations", "robustness"]
