"""What a researcher calling the Python API on their own raw data is told where the calibrate command's spec file
(or the command line) said more: calibrate() given percentiles, ... (round 53, a researcher with their own data)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import QCAInputError, calibrate, calibrate_frame

LR = ROOT / "data" / "reference" / "datasets" / "LR.csv"


@pytest.fixture(scope="module")
def lr() -> pd.DataFrame:
    return pd.read_csv(LR, index_col="case")


def error_of(call) -> str:
    with pytest.raises(QCAInputError) as exc:
        call()
    return str(exc.value)


def test_calibrate_given_percentiles_names_calibrate_frame_and_the_thresholds_they_make(lr):
    """calibrate(x, percentiles='e=5, c=50, i=95'), the key of a calibrate file's set and of calibrate_frame's spec,
    was refused as any unknown argument ('calibrate() takes no argument 'percentiles' (its arguments: ...)'), the
    way to anchors at percentiles unsaid. It now names calibrate_frame's key and the thresholds those percentiles
    make on x (pandas' quantile, R's type 7), which calibrate() then takes, giving calibrate_frame's memberships."""
    x = lr["DEV"]
    said = error_of(lambda: calibrate(x, percentiles="e=5, c=50, i=95"))
    anchors = x.quantile([0.05, 0.5, 0.95]).tolist()
    made = "e={:.12g}, c={:.12g}, i={:.12g}".format(*anchors)
    assert said.startswith("calibrate() takes no argument 'percentiles': ")
    assert "calibrate_frame(df, {'DEV': {'percentiles': 'e=5, c=50, i=95'}})" in said
    assert f"thresholds='{made}'" in said
    frame = calibrate_frame(lr, {"DEV": {"percentiles": "e=5, c=50, i=95"}})
    assert frame.attrs["qca_percentile_anchors"]["DEV"]["thresholds"] == made
    np.testing.assert_array_equal(calibrate(x, thresholds=made).to_numpy(), frame["DEV"].to_numpy())
    # a crisp median split, and percentiles written as shares: the thresholds, or why there are none
    crisp = error_of(lambda: calibrate(x, type="crisp", percentiles=50))
    assert f"thresholds='{x.median():.12g}'" in crisp
    shares = error_of(lambda: calibrate(x.to_numpy(), percentile=[0.05, 0.5, 0.95]))
    assert shares.startswith("calibrate() takes no argument 'percentile': ")
    assert "they make no anchors on x: percentiles [0.05, 0.5, 0.95]: shares of 1? percentiles run from 0 to 100: " \
           "write '5, 50, 95'" in shares
