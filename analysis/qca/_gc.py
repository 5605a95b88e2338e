"""Python's cyclic garbage collector paused around work that makes millions of small objects none of which is in a
cycle (a cover search's lists and tuples, a sheet's rows of cells): reference counting frees them all, and the
collector's passes over them are pure cost. One context manager for the engine's two such places."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """The collector disabled inside the block and enabled after it (also after an error) only if it was enabled
    before, so a caller's own pause stays. Measured where it is used: _cover's search for every cover (the exact count
    of benchmarks' issue10_k12_n180, one core: 120.6 s of CPU with the collector, 110.2 s without) and sheets'
    reading (about 0.5 s of the 2.5 s a sheet of 100,000 x 11 took)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
