"""The policy codebook: code families, codes, definitions and keyword rules (data/raw/policy_codebook.csv).

Five families: policy instrument (Rothwell & Zegveld 1981 supply / environment / demand), target actor
(the four provider types of 李怡霖 et al. 2023 plus the system as a whole), theme (Paper B's challenges and
paths) and Rainbow Model dimension (Valentijn et al. 2013; 胡佳, 郑英, 代涛 2022), and the three local practice models named in
Paper B's abstract (权责清单嵌入型, 组织体系重构型, 数字赋能整合型; used for the excerpt layer only). A code's keywords are
Chinese terms separated by '|'; a document gets the code when enough of them occur in its text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..paths import DATA_RAW, relative
from ..validate import Column, DataValidationError, cell, read_table, row_lines

FAMILIES = ("instrument", "actor", "theme", "rainbow", "model")
TITLE_FAMILIES = ("instrument", "actor", "theme", "rainbow")   # the families the title layer is coded with
FAMILY_LABELS = {
    "instrument": "policy instrument 政策工具",
    "actor": "target actor 作用对象",
    "theme": "theme 主题",
    "rainbow": "Rainbow dimension 彩虹模型维度",
    "model": "local practice model 地方实践模式",
}
CODEBOOK_FILE = DATA_RAW / "policy_codebook.csv"
KEYWORD_SEP = "|"


def _keywords_check(value: object) -> str | None:
    tokens = str(value).split(KEYWORD_SEP)
    if any(t.strip() == "" for t in tokens):
        return f"{value!r} has an empty keyword; write Chinese terms separated by '{KEYWORD_SEP}' without '||' or a trailing '|'"
    if any(t != t.strip() for t in tokens):
        return f"{value!r}: keywords must not start or end with spaces"
    dupes = sorted({t for t in tokens if tokens.count(t) > 1})
    if dupes:
        return f"keyword(s) listed twice: {', '.join(dupes)}"
    return None


CODEBOOK_SCHEMA = [
    Column("family", "category", allowed=FAMILIES, description="code family"),
    Column("code", "str", unique=True, pattern=r"[a-z]+\.[a-z_]+", description="family.name, e.g. theme.talent"),
    Column("label_zh", "str", description="short Chinese label"),
    Column("label_en", "str", description="short English label"),
    Column("definition", "str", description="definition in the compendium's own words"),
    Column("keywords", "str", check=_keywords_check, description="Chinese keywords separated by '|'"),
    Column("source", "str", description="where the code comes from"),
]


@dataclass(frozen=True)
class Codebook:
    """Codes in file order, with their family, labels and keyword lists."""

    table: pd.DataFrame

    @property
    def codes(self) -> list[str]:
        return self.table["code"].tolist()

    @property
    def families(self) -> list[str]:
        return [f for f in FAMILIES if f in set(self.table["family"])]

    def codes_of(self, family: str) -> list[str]:
        if family not in FAMILIES:
            raise KeyError(f"unknown code family {family!r}; known: {', '.join(FAMILIES)}")
        return self.table.loc[self.table["family"] == family, "code"].tolist()

    def family_of(self, code: str) -> str:
        hit = self.table.loc[self.table["code"] == code, "family"]
        if hit.empty:
            raise KeyError(f"unknown code {code!r}")
        return str(hit.iloc[0])

    def keywords(self, code: str) -> list[str]:
        hit = self.table.loc[self.table["code"] == code, "keywords"]
        if hit.empty:
            raise KeyError(f"unknown code {code!r}")
        return str(hit.iloc[0]).split(KEYWORD_SEP)

    def label(self, code: str, lang: str = "en") -> str:
        col = "label_zh" if lang == "zh" else "label_en"
        return str(self.table.loc[self.table["code"] == code, col].iloc[0])

    def to_frame(self) -> pd.DataFrame:
        return self.table.copy()

    def to_dict(self) -> dict:
        return {r.code: {"family": r.family, "label_en": r.label_en, "label_zh": r.label_zh,
                         "keywords": r.keywords.split(KEYWORD_SEP)} for r in self.table.itertuples()}

    def __len__(self) -> int:
        return len(self.table)

    def __str__(self) -> str:
        lines = [f"Codebook: {len(self)} codes in {len(self.families)} families"]
        for fam in self.families:
            codes = self.codes_of(fam)
            lines.append(f"  {fam:<11} {len(codes):>2}  " + ", ".join(c.split('.', 1)[1] for c in codes))
        return "\n".join(lines)

    __repr__ = __str__


def codebook_from_frame(df: pd.DataFrame, file: str = "codebook") -> Codebook:
    """Check cross-column rules (a code's prefix is its family) and wrap the table."""
    problems = []
    lines = row_lines(df)
    for i, row in enumerate(df.itertuples(index=False)):
        prefix = str(row.code).split(".", 1)[0]
        if prefix != row.family:
            problems.append(f"{cell(i, 'code', lines)}: {row.code!r} does not start with its "
                            f"family '{row.family}.'; expected '{row.family}.<name>'")
    for fam in TITLE_FAMILIES:   # the model family is optional: only the excerpt layer uses it
        if fam not in set(df["family"]):
            problems.append(f"family '{fam}' has no codes; every family in {', '.join(TITLE_FAMILIES)} needs at least one")
    if problems:
        raise DataValidationError(file, problems)
    return Codebook(df.reset_index(drop=True))


def load_codebook(path: Path | str = CODEBOOK_FILE) -> Codebook:
    """Read and validate the codebook CSV."""
    df = read_table(path, CODEBOOK_SCHEMA)
    return codebook_from_frame(df, relative(path))
