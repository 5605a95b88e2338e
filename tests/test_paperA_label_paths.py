"""Paper A's Fiss labels of one model's paths (configurations.label_paths): the order of the groups and of the paths
inside them, which notebook 03's paths.csv, its chart and the claims read. label_paths orders them over plain lists
(it runs for every model group of each setting of the test set); these rules pin what it gives."""
from __future__ import annotations

import pandas as pd

from analysis.paper_a import configurations as K

CONDS = ("SYS", "ORG", "PRO", "SER", "FUN", "NOR")


def _paths() -> pd.DataFrame:
    return pd.DataFrame({
        "path": ["x"] * 6,   # a stale label: replaced
        "term": ["SER*FUN", "ORG*SER", "PRO*SER", "SYS*ORG*SER", "ORG*SER*NOR", "ORG*SER*FUN"],
        "core": ["SER*FUN", "ORG", "PRO*SER", "SYS", "ORG", "ORG"],
        "covS": [0.6, 0.5, 0.5 + 1e-12, 0.2, 0.3, 0.3],
        "cases": ["a", "b", "c", "d", "e", "f"]}, index=[5, 4, 3, 2, 1, 0])


def test_groups_by_type_then_best_coverage_then_core_and_paths_by_coverage_then_term():
    out = K.label_paths(_paths(), CONDS)
    # the multi-level group first whatever its coverage; ORG's and PRO*SER's best coverages tie (to 9 decimals),
    # ORG first by name; 'other' last though its coverage is the highest; inside ORG's group by coverage, then term
    assert out["path"].tolist() == ["1", "2a", "2b", "2c", "3", "4"]
    assert out["term"].tolist() == ["SYS*ORG*SER", "ORG*SER", "ORG*SER*FUN", "ORG*SER*NOR", "PRO*SER", "SER*FUN"]
    assert out["type"].tolist() == ["multi-level"] + ["meso-micro"] * 4 + ["other"]
    assert out["levels"].tolist() == ["macro+meso+micro", "meso+micro", "meso+micro+enabler",
                                      "meso+micro+enabler", "meso+micro", "micro+enabler"]
    assert out["cases"].tolist() == ["d", "b", "f", "e", "c", "a"]   # each row's other columns kept with it
    assert list(out.columns) == ["path", "term", "core", "covS", "cases", "type", "levels"]
    assert out.index.tolist() == list(range(6))


def test_no_path_gives_the_columns_without_rows():
    out = K.label_paths(_paths().iloc[:0], CONDS)
    assert out.empty and {"path", "type", "levels"} <= set(out.columns)
