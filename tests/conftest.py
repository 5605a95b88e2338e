"""Test-suite settings. Property tests (Hypothesis) run derandomised by default: the same examples on every
machine and every run, so `make test` (and CI) passes or fails the same way each time. `make test-explore`
draws fresh random examples instead (HYPOTHESIS_PROFILE=explore), to look for new counterexamples."""
from __future__ import annotations

import os

import pytest

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture
def notebook_03_parameters() -> dict:
    """A valid set of notebook 03's parameters (analysis.paper_a.parameters.check_parameters), for tests that change
    one of them."""
    from analysis.paper_a import cases as C

    return dict(incl_cut=0.8, n_cut=1, pri_cut=0.0, report_solution="intermediate", analysis="esa", untenable="",
                dir_exp={c: 1 for c in C.CONDITION_NAMES}, necessity_benchmark=0.9, relevance_measure="RoN",
                relevance_cut=0.5, skew_cut=0.8, robustness_thresholds=[1 / 3, 1 / 2, 2 / 3],
                robustness_set_thresholds=[1 / 3, 2 / 3], robustness_incl_cuts=[0.75, 0.8, 1.0],
                robustness_n_cuts=[1, 2], comparison_condition="SER", lang="en")
