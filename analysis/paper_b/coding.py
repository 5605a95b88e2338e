"""Dictionary coding: a document gets a code when enough of the code's keywords occur in its text.

The text is what the corpus holds for every document (title and verbatim key phrases; full texts are
not in the corpus), so the coding is a transparent, reproducible approximation that is checked
against the compendium's manual coding in analysis.paper_b.reliability.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import pandas as pd

from ..qca.errors import counted   # '1 unit', '2 units': the engine's one rule for a count and its noun
from .codebook import Codebook
from .hanzi import for_matching

TEXT_FIELDS = ("title_zh", "key_phrases", "title_en", "issuer")
LONG_COLUMNS = ["doc_id", "family", "code", "hits", "matched"]


def document_text(row: pd.Series | dict, fields: Sequence[str] = ("title_zh", "key_phrases")) -> str:
    """The text a document is coded from: the chosen fields joined by newlines (empty cells skipped)."""
    parts = []
    for f in fields:
        v = row[f]
        if v is not None and not (isinstance(v, float) and v != v) and str(v).strip():
            parts.append(str(v).replace("|", "\n"))
    return "\n".join(parts)


def match_keywords(text: str, keywords: Sequence[str]) -> list[str]:
    """Keywords that occur in `text` as substrings, in keyword order (Chinese has no word boundaries)."""
    return [k for k in keywords if k and k in text]


@dataclass(frozen=True)
class CodingResult:
    """Which codes each document received, from one source ('manual' or 'dictionary'). `item` is what a document
    is when printed: 'document' (the title layer), or 'unit' for the excerpt layer's coding units, which are coded
    as documents (analysis.paper_b.excerpts)."""

    source: str
    doc_ids: tuple[str, ...]
    codes: tuple[str, ...]
    families: dict = field(compare=False)          # code -> family
    long: pd.DataFrame = field(compare=False)      # doc_id, family, code, hits, matched
    item: str = field(default="document", compare=False)

    def has(self, doc_id: str, code: str) -> bool:
        return bool(((self.long["doc_id"] == doc_id) & (self.long["code"] == code)).any())

    def matrix(self, family: str | None = None) -> pd.DataFrame:
        """0/1 table, documents × codes (of one family, or all), in corpus and codebook order."""
        codes = [c for c in self.codes if family is None or self.families[c] == family]
        m = pd.DataFrame(0, index=pd.Index(self.doc_ids, name="doc_id"), columns=codes, dtype=int)
        if not (m.index.is_unique and m.columns.is_unique):   # a label twice: set every cell it names, one by one
            for r in self.long.itertuples(index=False):
                if r.code in m.columns and r.doc_id in m.index:
                    m.loc[r.doc_id, r.code] = 1
            return m
        # one assignment for all codings (the stage-profile claims ask for this table hundreds of times per ledger)
        rows, cols = m.index.get_indexer(self.long["doc_id"]), m.columns.get_indexer(self.long["code"])
        keep = (rows >= 0) & (cols >= 0)
        values = m.to_numpy(copy=True)
        values[rows[keep], cols[keep]] = 1
        return pd.DataFrame(values, index=m.index, columns=m.columns)

    def code_sets(self, family: str) -> dict[str, frozenset]:
        m = self.matrix(family)
        return {d: frozenset(c for c in m.columns if m.loc[d, c]) for d in m.index}

    def to_frame(self) -> pd.DataFrame:
        return self.long.assign(source=self.source)[["source"] + LONG_COLUMNS]

    def to_dict(self) -> dict:
        return {"source": self.source, "doc_ids": list(self.doc_ids),
                "codes": {d: sorted(self.long.loc[self.long["doc_id"] == d, "code"]) for d in self.doc_ids}}

    def __str__(self) -> str:
        m = self.matrix()
        per_family = {}
        for c, fam in self.families.items():
            per_family[fam] = per_family.get(fam, 0) + int(m[c].sum())
        uncoded = int((m.sum(axis=1) == 0).sum())
        fams = ", ".join(f"{k} {v}" for k, v in per_family.items())
        return (f"CodingResult({self.source}): {len(self.doc_ids)} {self.item}s, {len(self.long)} codings "
                f"({fams}); {counted(uncoded, self.item)} without any code")

    __repr__ = __str__


def _sort_long(long: pd.DataFrame, doc_ids: Sequence[str], codes: Sequence[str]) -> pd.DataFrame:
    d_order = {d: i for i, d in enumerate(doc_ids)}
    c_order = {c: i for i, c in enumerate(codes)}
    long = long.assign(_d=long["doc_id"].map(d_order), _c=long["code"].map(c_order))
    return long.sort_values(["_d", "_c"], kind="stable").drop(columns=["_d", "_c"]).reset_index(drop=True)


def code_documents(documents: pd.DataFrame, codebook: Codebook, fields: Sequence[str] = ("title_zh", "key_phrases"),
                   min_hits: int = 1, families: Sequence[str] | None = None) -> CodingResult:
    """Code every row of `documents` with the codebook's keyword rules.

    A code is assigned when at least `min_hits` distinct keywords of the code occur in the text of `fields`.
    """
    if not isinstance(min_hits, int) or isinstance(min_hits, bool) or min_hits < 1:
        raise ValueError(f"min_hits must be an integer >= 1, got {min_hits!r}")
    bad = [f for f in fields if f not in TEXT_FIELDS]
    if bad or not fields:
        raise ValueError(f"fields must be a non-empty subset of {TEXT_FIELDS}, got {list(fields)!r}")
    texts = [document_text(doc, fields) for _, doc in documents.iterrows()]
    return code_texts(list(documents["doc_id"]), texts, codebook, min_hits=min_hits, families=families)


def code_texts(ids: Sequence[str], texts: Sequence[str], codebook: Codebook, min_hits: int = 1,
               families: Sequence[str] | None = None) -> CodingResult:
    """Dictionary coding of arbitrary texts (one per id): the keyword rule of `code_documents`. A text is matched as
    `analysis.paper_b.hanzi.for_matching` reads it: a page in traditional characters (醫防融合) carries the keyword
    医防融合, and a pinyin note inserted after a character (醫(yī)防) does not split it.

    `families` limits the codes (default: every family of the codebook).
    """
    if not isinstance(min_hits, int) or isinstance(min_hits, bool) or min_hits < 1:
        raise ValueError(f"min_hits must be an integer >= 1, got {min_hits!r}")
    if len(ids) != len(texts):
        raise ValueError(f"{len(ids)} ids but {len(texts)} texts")
    codes = [c for c in codebook.codes if families is None or codebook.family_of(c) in families]
    keywords = {code: codebook.keywords(code) for code in codes}   # looked up once, not once per text
    family = {code: codebook.family_of(code) for code in codes}
    rows = []
    for doc_id, text in zip(ids, texts):
        text = for_matching(text)   # traditional characters as simplified, pinyin notes left out (analysis.paper_b.hanzi)
        for code in codes:
            matched = match_keywords(text, keywords[code])
            if len(matched) >= min_hits:
                rows.append({"doc_id": doc_id, "family": family[code], "code": code,
                             "hits": len(matched), "matched": "|".join(matched)})
    long = pd.DataFrame(rows, columns=LONG_COLUMNS)
    doc_ids = tuple(ids)
    return CodingResult("dictionary", doc_ids, tuple(codes), family, _sort_long(long, doc_ids, codes))


def coding_from_manual(manual: pd.DataFrame, documents: pd.DataFrame, codebook: Codebook,
                       families: Sequence[str] | None = None) -> CodingResult:
    """Wrap the manual coding table (doc_id, family, code, justification) as a CodingResult over the same documents.

    `families` limits the codes (default: every family of the codebook).
    """
    doc_ids = tuple(documents["doc_id"])
    codes = [c for c in codebook.codes if families is None or codebook.family_of(c) in families]
    keep = manual[manual["doc_id"].isin(doc_ids) & manual["code"].isin(codes)]
    long = pd.DataFrame({"doc_id": keep["doc_id"], "family": keep["family"], "code": keep["code"],
                         "hits": pd.NA, "matched": keep["justification"]}, columns=LONG_COLUMNS)
    return CodingResult("manual", doc_ids, tuple(codes), {c: codebook.family_of(c) for c in codes},
                        _sort_long(long, doc_ids, codes))


def code_shares(coding: CodingResult, family: str) -> pd.Series:
    """Share (%) of each code among all codings of a family (a document may carry several codes)."""
    m = coding.matrix(family)
    total = int(m.values.sum())
    counts = m.sum(axis=0)
    return (100.0 * counts / total) if total else counts.astype(float)


def benchmark_comparison(codings: Sequence[CodingResult], benchmark: pd.DataFrame,
                         title_unverified: Sequence[str] | None = None) -> pd.DataFrame:
    """Published shares beside ours: % of our codings among the benchmark's codes of the family (renormalised).
    benchmark_status carries the benchmark row's V/U (V: read in the source; U: as given, not read here).
    title_unverified: the ids whose coded text (a title) is not verified in its source (title_status U); given, each
    coding's `<source>_n_title_unverified` counts those among the documents it codes with the row's code."""
    unverified = None if title_unverified is None else set(title_unverified)
    rows = []
    for (bid, fam), g in benchmark.groupby(["benchmark_id", "family"], sort=False):
        codes = list(g["code"])
        mats = {c.source: c.matrix(fam)[codes] for c in codings}
        counts = {src: m.sum(axis=0) for src, m in mats.items()}
        for r in g.itertuples(index=False):
            row = {"benchmark_id": bid, "family": fam, "code": r.code, "benchmark_percent": float(r.share_percent),
                   "benchmark_status": r.status}
            for c in codings:
                cnt = counts[c.source]
                total = int(cnt.sum())
                row[f"{c.source}_count"] = int(cnt[r.code])
                row[f"{c.source}_percent"] = 100.0 * int(cnt[r.code]) / total if total else float("nan")
                if unverified is not None:
                    m = mats[c.source][r.code]
                    row[f"{c.source}_n_title_unverified"] = int(m[m.index.isin(unverified)].sum())
            rows.append(row)
    return pd.DataFrame(rows)
