"""Paper A's derived outputs as the tests that read them find them. README ("Running Paper A on the original case
matrix"): after a holder's drop-in, `make test` still passes, its tests of the reconstruction's outputs skipping,
saying why. A test that reads data/derived/paperA/ for what the reconstruction gives calls
`skip_unless_reconstruction()` first (tests/test_paperA_dropin.py checks that they do)."""
from __future__ import annotations

import json

import pytest

REASON = "Paper A's outputs are not the reconstruction (original data dropped in)"


def skip_unless_reconstruction(what: str = "") -> None:
    """Skip the calling test unless notebook 02's calibration.json (data/derived/paperA/, read where analysis.paths
    says at call time) says the outputs are the reconstruction's; `what`: what the test checks, said in the reason."""
    from analysis import paths

    meta = json.loads((paths.DATA_DERIVED / "paperA" / "calibration.json").read_text(encoding="utf-8"))
    if meta.get("data_source") != "reconstruction":
        pytest.skip(REASON + (f": {what}" if what else ""))
