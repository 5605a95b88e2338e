"""The policy codebook: code families, codes, definitions and keyword rules (data/raw/policy_codebook.csv).

Five families: policy instrument (Rothwell & Zegveld 1981 supply / environment / demand), target actor
(the four provider types of 李怡霖 et al. 2023 plus the system as a whole), theme (the compendium's codes for the
words of Paper B's challenges and paths, a model and a stage: the words, in paper_terms, are the paper's; the codes,
their labels, definitions and keywords are the compendium's reading) and Rainbow Model dimension (Valentijn et al. 2013; 胡佳, 郑英, 代涛 2022), and the three local practice models named in
Paper B's abstract (权责清单嵌入型, 组织体系重构型, 数字赋能整合型; used for the excerpt layer only). A code's keywords are
Chinese terms separated by '|'; a document gets the code when enough of them occur in its text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..paths import DATA_RAW, DATA_REFERENCE, relative
from ..qca.errors import in_number   # 'keyword' / 'keywords': the engine's one rule for a noun's number
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
#: Paper B's abstract as the stored page shows it (the `name_basis` of paperB_readings.csv; the words a code's
#: paper_terms copy)
ABSTRACT_FILE = DATA_REFERENCE / "seeds" / "000_7f18ffbc0703f230.txt"
#: How a code's source cites Paper B's abstract, and the word it must use for what is not the paper's.
PAPER_SOURCE = "Paper B abstract"
COMPENDIUMS = "compendium's"


def _keywords_check(value: object) -> str | None:
    tokens = str(value).split(KEYWORD_SEP)
    if any(t.strip() == "" for t in tokens):
        return f"{value!r} has an empty keyword; write Chinese terms separated by '{KEYWORD_SEP}' without '||' or a trailing '|'"
    if any(t != t.strip() for t in tokens):
        return f"{value!r}: keywords must not start or end with spaces"
    dupes = sorted({t for t in tokens if tokens.count(t) > 1})
    if dupes:
        return f"{in_number(len(dupes), 'keyword')} listed twice: {', '.join(dupes)}"
    return None


CODEBOOK_SCHEMA = [
    Column("family", "category", allowed=FAMILIES, description="code family"),
    Column("code", "str", unique=True, pattern=r"[a-z]+\.[a-z_]+", description="family.name, e.g. theme.talent"),
    Column("label_zh", "str", description="short Chinese label"),
    Column("label_en", "str", description="short English label"),
    Column("definition", "str", description="definition in the compendium's own words"),
    Column("keywords", "str", check=_keywords_check, description="Chinese keywords separated by '|'"),
    Column("paper_terms", "str", nullable=True,
           description="the words of Paper B's abstract the code is drawn from, verbatim, separated by '|' (a "
                       "challenge, path, model or stage name); empty for a code not drawn from Paper B"),
    Column("source", "str", description="where the code comes from, and which parts are the compendium's"),
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

    def paper_terms(self, code: str) -> list[str]:
        """The words of Paper B's abstract `code` is drawn from ([] for a code not drawn from Paper B, or a table
        without the column)."""
        if code not in self.codes:
            raise KeyError(f"unknown code {code!r}")
        if "paper_terms" not in self.table.columns:
            return []
        value = self.table.loc[self.table["code"] == code, "paper_terms"].iloc[0]
        return [] if value is None or value != value else str(value).split(KEYWORD_SEP)

    def __str__(self) -> str:
        lines = [f"Codebook: {len(self)} codes in {len(self.families)} families"]
        for fam in self.families:
            codes = self.codes_of(fam)
            lines.append(f"  {fam:<11} {len(codes):>2}  " + ", ".join(c.split('.', 1)[1] for c in codes))
        drawn = [c for c in self.codes if self.paper_terms(c)]
        if drawn:
            by_family = " and ".join(f"{sum(self.family_of(c) == f for c in drawn)} {f}" for f in self.families
                                     if any(self.family_of(c) == f for c in drawn))
            lines += [f"Drawn from Paper B's abstract (paper_terms): {by_family} codes.",
                      "  Its words are the paper's; the code they are read as (label, definition,",
                      "  keywords) is the compendium's reading; other codes cite their own sources."]
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


def paper_term_problems(df: pd.DataFrame, abstract: str, abstract_name: str) -> list[str]:
    """A code drawn from Paper B's abstract says which words are the paper's and which parts the compendium's: a
    source citing the abstract (PAPER_SOURCE) has paper_terms and a code with paper_terms cites it; each term occurs
    verbatim in the abstract; and the source names what is the compendium's (COMPENDIUMS): the label, definition and
    keywords, which the abstract does not give."""
    problems = []
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        terms = [] if r.paper_terms is None else str(r.paper_terms).split(KEYWORD_SEP)
        cites = PAPER_SOURCE in str(r.source)
        if cites and not terms:
            problems.append(f"{cell(i, 'paper_terms', lines)}: empty, but {r.code!r}'s source cites Paper B's "
                            "abstract; copy the abstract's words the code is drawn from, separated by '|'")
        if terms and not cites:
            problems.append(f"{cell(i, 'source', lines)}: {r.code!r} has paper_terms but its source does not cite "
                            f"'{PAPER_SOURCE}'; cite the abstract its words are from")
        for t in terms:
            if t not in abstract:
                problems.append(f"{cell(i, 'paper_terms', lines)}: {t!r} does not occur in Paper B's abstract "
                                f"({abstract_name}); copy its words as written, separated by '|'")
        if terms and COMPENDIUMS not in str(r.source):
            problems.append(f"{cell(i, 'source', lines)}: cites Paper B's abstract for {r.code!r} without saying "
                            f"what is the compendium's: the abstract gives the words in paper_terms, not the label, "
                            f"definition or keywords; say they are the {COMPENDIUMS} reading")
    return problems


def load_codebook(path: Path | str = CODEBOOK_FILE, abstract_path: Path | str = ABSTRACT_FILE) -> Codebook:
    """Read and validate the codebook CSV, its paper_terms against Paper B's abstract (paper_term_problems)."""
    df = read_table(path, CODEBOOK_SCHEMA)
    book = codebook_from_frame(df, relative(path))
    try:
        abstract = Path(abstract_path).read_text(encoding="utf-8")
    except OSError as e:
        raise DataValidationError(relative(abstract_path), [f"cannot read Paper B's abstract: {e.strerror or e}"]) from None
    problems = paper_term_problems(df, abstract, relative(abstract_path))
    if problems:
        raise DataValidationError(relative(path), problems)
    return book
