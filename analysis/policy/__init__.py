"""Paper B's policy corpus: loading and validation, codebook, dictionary coding, reliability, periodisation,
stage profiles and claims.

    from analysis.policy import corpus, codebook, coding, reliability, periodisation, profiles, readings, claims
"""
from . import claims, codebook, coding, corpus, parameters, periodisation, profiles, readings, reliability

__all__ = ["claims", "codebook", "coding", "corpus", "parameters", "periodisation", "profiles", "readings", "reliability"]
