"""A claims ledger: each claim of a paper becomes a check computed from results, never typed.

A `Claim` holds the claim in 中文 and English, what the paper says (expected), what the
compendium computed and whether they agree. `ledger()` turns a list of claims into the table
written to data/derived/<paper>/claims.csv.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd

LEDGER_COLUMNS = ["paper", "claim_id", "claim_zh", "claim_en", "expected", "computed", "agrees", "note"]


@dataclass(frozen=True)
class Claim:
    paper: str
    claim_id: str
    claim_zh: str
    claim_en: str
    expected: str
    computed: str
    agrees: bool
    note: str = ""


def check(paper: str, claim_id: str, claim_zh: str, claim_en: str, expected, computed, agrees=None,
          note: str = "") -> Claim:
    """Build a Claim; `agrees` defaults to expected == computed (compared as given, then as text)."""
    if agrees is None:
        agrees = expected == computed
    return Claim(paper, claim_id, claim_zh, claim_en, str(expected), str(computed), bool(agrees), note)


def ledger(claims: list[Claim]) -> pd.DataFrame:
    """The claims as a table in a fixed column order, sorted by claim id."""
    ids = [c.claim_id for c in claims]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate claim ids: {', '.join(dupes)}")
    df = pd.DataFrame([asdict(c) for c in claims], columns=LEDGER_COLUMNS)
    return df.sort_values("claim_id", kind="stable").reset_index(drop=True)
