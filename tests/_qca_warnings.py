"""The QCAWarning messages a call gives, recorded whatever the warning filters say: one helper for the test files
that read them (the workshop's Chinese lines, the outcome-identity warnings)."""
from __future__ import annotations

import warnings

from analysis.qca import QCAWarning


def qca_warnings(call) -> list[str]:
    """The QCAWarning messages call() gives, in order; other warnings left out."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
