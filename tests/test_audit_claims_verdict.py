"""A claim's verdict is computed, never a default: a verdict whose value is missing (a NaN from a comparison made on
a missing number, pandas' NA) is refused by analysis.claims.check, not written 'true' (bool(nan) is True)."""
import numpy as np
import pandas as pd
import pytest

from analysis.claims import NOT_TESTABLE, check, ledger


@pytest.mark.parametrize("missing", [float("nan"), np.float64("nan"), np.float32("nan"), pd.NA],
                         ids=["nan", "np.float64", "np.float32", "pd.NA"])
def test_a_missing_verdict_is_refused_naming_the_claim(missing):
    with pytest.raises(ValueError, match=r"for claim B7: a missing value is no verdict"):
        check("Paper B", "B7", "中", "claim", "x", "y", agrees=missing, evidence="by construction")


@pytest.mark.parametrize("given, verdict", [(True, "true"), (np.bool_(False), "false"), (NOT_TESTABLE, NOT_TESTABLE)])
def test_a_computed_verdict_is_kept(given, verdict):
    table = ledger([check("Paper B", "B7", "中", "claim", "x", "y", agrees=given, evidence="by construction")])
    assert table["agrees"].tolist() == [verdict]
