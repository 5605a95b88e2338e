"""Paper A (Hu et al. 2024): case data loading and validation, Rainbow-level path types, claims ledger.

    from analysis.paper_a import cases, configurations, claims
"""
from . import cases, claims, configurations

__all__ = ["cases", "claims", "configurations"]
