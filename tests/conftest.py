"""Test-suite settings. Property tests (Hypothesis) run derandomised by default: the same examples on every
machine and every run, so `make test` (and CI) passes or fails the same way each time. `make test-explore`
draws fresh random examples instead (HYPOTHESIS_PROFILE=explore), to look for new counterexamples."""
from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
