"""Paper B's policy analysis: the title layer (corpus, codebook, dictionary coding, reliability, periodisation,
stage profiles), the excerpt layer (excerpts, localities, excerpt_checks) and the claims.

    from analysis.paper_b import corpus, codebook, coding, reliability, periodisation, profiles, readings, claims
    from analysis.paper_b import excerpts, localities, excerpt_checks
"""
from . import (claims, codebook, coding, corpus, excerpt_checks, excerpts, localities, parameters, periodisation, profiles,
               readings, reliability)

__all__ = ["claims", "codebook", "coding", "corpus", "excerpt_checks", "excerpts", "localities", "parameters", "periodisation",
           "profiles", "readings", "reliability"]
