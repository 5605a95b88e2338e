"""Loading and validation of Paper B's raw tables: policy documents, manual coding, benchmark, readings.

Every table is checked at load against its data dictionary (analysis.validate) and then against
cross-column and cross-table rules (a date's precision matches how it is written, an empty document
number is marked U, a manual code exists in the codebook and belongs to the family it is filed under,
...). Errors name the file, row, CSV line and column, and say what is allowed.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..paths import DATA_RAW, relative
from ..qca.errors import in_number   # 'field' / 'fields': the engine's one rule for a noun's number
from ..validate import Column, DataValidationError, cell, date_precision, first_rows, read_table, row_lines
from .codebook import ABSTRACT_FILE, FAMILIES, KEYWORD_SEP, Codebook

STATUS = ("V", "U")
KINDS = ("document", "event")
DOC_TYPES = ("guideline", "notice", "plan", "decision", "white_paper", "law", "meeting", "programme")
PRECISIONS = ("day", "month", "year")
#: What a row's date is the date of, as its own source says: the day a document was issued (印发, 成文日期, signed), the
#: day a meeting adopted it (通过: a Party decision is dated by the plenum that adopts it), the day it was published or
#: released (发布), the date of a later page that reposts or reports it (a URL's date), the day of an event, or 'not
#: stated' where the source gives a date without saying which. Adoption and issue come on or before publication, which
#: comes on or before a repost, so a document dated by publication, a repost or no stated basis may have been issued
#: earlier.
DATE_BASES = ("issue", "adoption", "publication", "repost", "event", "not stated")
#: The words a row (its search_source or note) must show for each basis a source states: a basis is typed from what
#: the row's source says, never assumed.
BASIS_WORDS = {"issue": ("印发", "成文日期", "signed"), "adoption": ("通过", "adopted"), "publication": ("发布", "publication"),
               "repost": ("repost", "URL")}
READING_KINDS = ("stage", "model", "challenge", "path")
ROLES = ("core", "supporting")

DOCUMENTS_FILE = DATA_RAW / "policy_documents.csv"
MANUAL_FILE = DATA_RAW / "policy_coding_manual.csv"
BENCHMARK_FILE = DATA_RAW / "policy_benchmark.csv"
READINGS_FILE = DATA_RAW / "paperB_readings.csv"
MODEL_RAINBOW_FILE = DATA_RAW / "paperB_model_rainbow.csv"

FIELD_NAMES = ("title_zh", "title_en", "issuer", "doc_number", "date", "key_phrases")
#: Each V/U column and the field it verifies.
STATUS_FIELDS = {"title_status": "title_zh", "issuer_status": "issuer", "number_status": "doc_number",
                 "date_status": "date"}
#: How `source` starts for a row added from stored public pages (not in policy-sources.md).
SEARCH_SOURCE = "search tool"

# A quote opens at a ' that follows no letter, digit or CJK character (so not the apostrophe of "page's" or "纲要's")
# and is followed by a character that is not a blank; it closes at the first ' after it that follows no blank and
# is followed by no letter, digit or CJK character (so not the apostrophe of "page's" inside the quote).
QUOTE = re.compile(r"(?<![^\W_])'(?=\S)(.+?)(?<=\S)'(?![^\W_])", re.DOTALL)

#: How a row's note begins the reason a day its pages state is not kept (the date stays a month or a year).
DAY_NOT_KEPT = "day not kept:"
_FULL_DAY = (re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日"), re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"))
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")


def quoted(text) -> list[str]:
    """The passages `text` (a note, a search_source) quotes between single quotes, in order; [] for a text without
    quotes (None and NaN read as empty). An apostrophe ("the page's date") neither opens nor closes a quote."""
    if text is None or text != text:
        return []
    return QUOTE.findall(str(text))


def stated_days(text, date: str) -> list[str]:
    """The days (YYYY-MM-DD, sorted, once each) that the passages `text` quotes state inside the period of `date`
    (a YYYY or YYYY-MM date): 2017年4月26日 and 2025-10-29 with their year, 12月25日 with the year of `date`. What a
    row quotes is what its page shows; a date outside the quotes (a URL path, the compendium's description of the
    page) is not read."""
    year, _, month = str(date)[:7].partition("-")
    days = set()
    for passage in quoted(text):
        found = [m.groups() for form in _FULL_DAY for m in form.finditer(passage)]
        found += [(year, mo, d) for mo, d in _MONTH_DAY.findall(passage)]
        for y, mo, d in found:
            if y == year and (not month or int(mo) == int(month)) and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
                days.add(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}")
    return sorted(days)

def _no_cjk(value: object) -> str | None:
    """English columns are drawn in figures with a font that has no Chinese glyphs."""
    if any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in str(value)):
        return f"{value!r} contains Chinese characters or full-width punctuation; this column is English only"
    return None


DOCUMENT_SCHEMA = [
    Column("doc_id", "str", unique=True, pattern=r"[DE]\d{2}", description="D01.. documents, E01.. events"),
    Column("kind", "category", allowed=KINDS),
    Column("doc_type", "category", allowed=DOC_TYPES),
    Column("title_zh", "str"),
    Column("title_en", "str", check=_no_cjk, description="the compendium's translation"),
    Column("label_en", "str", check=_no_cjk, description="short English label for figures"),
    Column("issuer", "str", nullable=True),
    Column("doc_number", "str", nullable=True),
    Column("date", "date"),
    Column("date_precision", "category", allowed=PRECISIONS),
    Column("title_status", "category", allowed=STATUS),
    Column("issuer_status", "category", allowed=STATUS),
    Column("number_status", "category", allowed=STATUS),
    Column("date_status", "category", allowed=STATUS),
    Column("date_basis", "category", allowed=DATE_BASES, description="what the date is the date of, as the source says"),
    Column("key_phrases", "str", nullable=True, description="verbatim phrases separated by '|'"),
    Column("key_phrases_source", "str", nullable=True),
    Column("source", "str"),
    Column("search_source", "str", nullable=True),
    Column("search_fields", "str", nullable=True),
    Column("note", "str", nullable=True),
]

MANUAL_SCHEMA = [
    Column("doc_id", "str"),
    Column("family", "category", allowed=FAMILIES),
    Column("code", "str"),
    Column("justification", "str"),
    Column("coder", "str"),
]

BENCHMARK_SCHEMA = [
    Column("benchmark_id", "str"),
    Column("family", "category", allowed=FAMILIES),
    Column("code", "str"),
    Column("share_percent", "float", min=0, max=100),
    Column("unit", "str"),
    Column("status", "category", allowed=STATUS),
    Column("source", "str"),
]

READINGS_SCHEMA = [
    Column("item_id", "str", unique=True, pattern=r"[SMCP]\d"),
    Column("kind", "category", allowed=READING_KINDS),
    Column("order", "int", min=1),
    Column("name_zh", "str"),
    Column("name_en", "str", check=_no_cjk),
    Column("linked_code", "str"),
    Column("pair_id", "str", nullable=True),
    Column("name_basis", "str"),
    Column("link_basis", "str"),
    Column("note", "str", nullable=True),
]

MODEL_RAINBOW_SCHEMA = [
    Column("model_id", "str"),
    Column("code", "str"),
    Column("role", "category", allowed=ROLES),
    Column("justification", "str"),
    Column("basis", "str"),
]


def _code_family_problems(i: int, code: str, family: str, codebook: Codebook, lines=None) -> list[str]:
    """A coded row's code must be in the codebook and its family column must be that code's family."""
    if code not in codebook.codes:
        return [f"{cell(i, 'code', lines)}: unknown code {code!r}; expected one of the codebook's codes "
                f"({', '.join(codebook.codes)})"]
    if codebook.family_of(code) != family:
        return [f"{cell(i, 'family', lines)}: {family!r}, but code {code!r} belongs to family '{codebook.family_of(code)}'"]
    return []


def check_documents(df: pd.DataFrame, file: str = "policy_documents") -> pd.DataFrame:
    """Cross-column rules of the corpus table; returns it unchanged or raises DataValidationError."""
    problems: list[str] = []
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        prefix = "D" if r.kind == "document" else "E"
        if not str(r.doc_id).startswith(prefix):
            problems.append(f"{cell(i, 'doc_id', lines)}: {r.doc_id!r} is a {r.kind}; its id must start with '{prefix}'")
        if r.date is not None and r.date_precision is not None and date_precision(r.date) != r.date_precision:
            problems.append(f"{cell(i, 'date_precision', lines)}: {r.date_precision!r} does not match date {r.date!r}; "
                            f"expected '{date_precision(r.date)}'")
        if (r.date is not None and r.date_precision != "day" and (days := stated_days(r.search_source, r.date))
                and DAY_NOT_KEPT not in str(r.note or "").lower()):
            problems.append(f"{cell(i, 'date', lines)}: {r.date!r} ({r.date_precision}), but search_source quotes a page "
                            f"stating the day {' and '.join(days)} within it; keep the day a source states (date "
                            f"{days[0]!r}, date_precision 'day'; 'date' in search_fields where policy-sources.md has "
                            f"the day U), or give the reason in note, beginning '{DAY_NOT_KEPT}'")
        if r.doc_number is None and r.number_status == "V":
            problems.append(f"{cell(i, 'number_status', lines)}: 'V' but doc_number is empty; an unknown number is 'U'")
        if r.issuer is None and r.issuer_status == "V":
            problems.append(f"{cell(i, 'issuer_status', lines)}: 'V' but issuer is empty; an unknown issuer is 'U'")
        if (r.kind == "event") != (r.date_basis == "event"):
            problems.append(f"{cell(i, 'date_basis', lines)}: {r.date_basis!r} for a {r.kind}; 'event' is the basis of "
                            "every event and of events only (a document's: "
                            f"{', '.join(repr(b) for b in DATE_BASES if b != 'event')})")
        elif r.date_basis == "repost" and r.date_status == "V":
            problems.append(f"{cell(i, 'date_status', lines)}: 'V', but date_basis is 'repost': a repost's date is not "
                            "the document's, so its date is 'U'")
        elif r.date_basis in BASIS_WORDS and not any(w in f"{r.search_source or ''} {r.note or ''}"
                                                     for w in BASIS_WORDS[r.date_basis]):
            problems.append(f"{cell(i, 'date_basis', lines)}: {r.date_basis!r}, but neither search_source nor note "
                            f"shows it (none of {', '.join(map(repr, BASIS_WORDS[r.date_basis]))}); quote the source's "
                            "words, or write 'not stated'")
        if r.key_phrases is not None:
            if r.key_phrases_source is None:
                problems.append(f"{cell(i, 'key_phrases_source', lines)}: empty, but key_phrases are given; "
                                "say which source shows the phrases verbatim")
            if any(t.strip() == "" for t in str(r.key_phrases).split(KEYWORD_SEP)):
                problems.append(f"{cell(i, 'key_phrases', lines)}: empty phrase; separate phrases with a single '|'")
        if r.search_fields is not None:
            unknown = [f for f in str(r.search_fields).split("|") if f not in FIELD_NAMES]
            if unknown:
                problems.append(f"{cell(i, 'search_fields', lines)}: unknown {in_number(len(unknown), 'field')} "
                                f"{', '.join(map(repr, unknown))}; "
                                f"expected names from {', '.join(FIELD_NAMES)} separated by '|'")
            if r.search_source is None:
                problems.append(f"{cell(i, 'search_source', lines)}: empty, but search_fields says fields come from a search")
        if str(r.source).startswith(SEARCH_SOURCE):   # V = seen in the source named: here only the search's pages
            shown = set(str(r.search_fields or "").split("|"))
            for status, field in STATUS_FIELDS.items():
                if getattr(r, status) == "V" and field not in shown:
                    problems.append(f"{cell(i, status, lines)}: 'V', but the row comes from a search whose search_fields does "
                                    f"not list '{field}'; list it there if its pages showed it, else write 'U'")
    if problems:
        raise DataValidationError(file, problems)
    return df


def load_documents(path: Path | str = DOCUMENTS_FILE) -> pd.DataFrame:
    """Read and validate the policy corpus (documents and context events), sorted by date then id."""
    df = read_table(path, DOCUMENT_SCHEMA)
    df = check_documents(df, relative(path))
    order = df["date"].map(lambda d: d + "-00" * (2 - d.count("-")))
    return df.assign(_o=order).sort_values(["_o", "doc_id"], kind="stable").drop(columns="_o").reset_index(drop=True)


def load_manual_coding(codebook: Codebook, documents: pd.DataFrame, path: Path | str = MANUAL_FILE) -> pd.DataFrame:
    """Read the manual coding and check every code, family and document id against the codebook and corpus."""
    file = relative(path)
    df = read_table(path, MANUAL_SCHEMA)
    known_docs = set(documents.loc[documents["kind"] == "document", "doc_id"])
    problems: list[str] = []
    repeated = first_rows(zip(df["doc_id"], df["code"]))
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        if r.doc_id not in known_docs:
            problems.append(f"{cell(i, 'doc_id', lines)}: unknown document {r.doc_id!r}; expected a document id of "
                            f"policy_documents.csv ({', '.join(sorted(known_docs))})")
        problems += _code_family_problems(i, r.code, r.family, codebook, lines)
        if i in repeated:
            problems.append(f"{cell(i, 'code', lines)}: duplicate coding of {r.code!r} for {r.doc_id!r} "
                            f"(first at row {repeated[i] + 1})")
    if problems:
        raise DataValidationError(file, problems)
    return df


def load_benchmark(codebook: Codebook, path: Path | str = BENCHMARK_FILE) -> pd.DataFrame:
    """Published shares for comparison; codes must exist and each family's shares must sum to 100 %."""
    file = relative(path)
    df = read_table(path, BENCHMARK_SCHEMA)
    problems = []
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        problems += _code_family_problems(i, r.code, r.family, codebook, lines)
    for (bid, fam), g in df.groupby(["benchmark_id", "family"], sort=True):
        total = float(g["share_percent"].sum())
        if abs(total - 100.0) > 0.05:
            problems.append(f"benchmark {bid!r}, family {fam!r}: shares sum to {total:.2f} %; expected 100 % (within 0.05)")
    if problems:
        raise DataValidationError(file, problems)
    return df


def load_readings(codebook: Codebook, path: Path | str = READINGS_FILE,
                  abstract_path: Path | str = ABSTRACT_FILE) -> pd.DataFrame:
    """Paper B's stages, models, challenges and paths as read by the compendium; orders 1..n per kind. Each name
    (name_zh) must occur verbatim in the stored abstract they are typed from (`abstract_path`, the name_basis), and
    the names of a kind, by `order`, in the order the abstract lists them."""
    file = relative(path)
    df = read_table(path, READINGS_SCHEMA)
    abstract = load_abstract(abstract_path)
    problems = []
    ids = dict(zip(df["item_id"], df["kind"]))
    partner = {"challenge": "path", "path": "challenge"}
    pairs = dict(zip(df["item_id"], df["pair_id"]))
    same_name = first_rows(zip(df["kind"], df["name_zh"]))   # stage names key the notebook's stage_starts
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        if i in same_name:
            problems.append(f"{cell(i, 'name_zh', lines)}: duplicate {r.kind} name {r.name_zh!r} (first at row "
                            f"{same_name[i] + 1}); each {r.kind}'s name must be unique")
        if r.name_zh not in abstract:
            problems.append(f"{cell(i, 'name_zh', lines)}: {r.name_zh!r} does not occur in Paper B's abstract "
                            f"({relative(abstract_path)}), which the names are typed from; copy the {r.kind}'s name "
                            "from it as written")
        if r.linked_code not in codebook.codes:
            problems.append(f"{cell(i, 'linked_code', lines)}: unknown code {r.linked_code!r}; expected a codebook code")
        if r.kind in partner:
            if r.pair_id is None or ids.get(r.pair_id) != partner[r.kind]:
                problems.append(f"{cell(i, 'pair_id', lines)}: {r.pair_id!r}; a {r.kind} must name a {partner[r.kind]} item_id")
            elif pairs.get(r.pair_id) != r.item_id:   # a pairing is mutual: C1 -> P1 and P1 -> C1
                problems.append(f"{cell(i, 'pair_id', lines)}: {r.pair_id!r} for {r.item_id!r}, but {r.pair_id} names "
                                f"{pairs.get(r.pair_id)!r}; a challenge and its path name each other")
        elif r.pair_id is not None:
            problems.append(f"{cell(i, 'pair_id', lines)}: only challenges and paths are paired; leave it empty for a {r.kind}")
    for kind, g in df.groupby("kind", sort=True):
        orders = sorted(g["order"])
        if orders != list(range(1, len(orders) + 1)):
            problems.append(f"kind {kind!r}: orders {orders}; expected 1..{len(orders)} without gaps or repeats")
        named = [n for n in g.sort_values("order", kind="stable")["name_zh"] if n in abstract]
        as_listed = sorted(named, key=abstract.find)
        if named != as_listed:   # the order is the abstract's (B01's stages, the pairing of challenge k with path k)
            problems.append(f"kind {kind!r}: by `order` {' → '.join(named)}, but the abstract lists them as "
                            f"{' → '.join(as_listed)}; number them in the abstract's order")
    problems += _model_name_problems(df, codebook)
    if problems:
        raise DataValidationError(file, problems)
    return df.sort_values(["kind", "order"], kind="stable").reset_index(drop=True)


def load_abstract(path: Path | str = ABSTRACT_FILE) -> str:
    """Paper B's abstract as stored (the page's text, Chinese and English), which paperB_readings.csv was typed from."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise DataValidationError(relative(path), [f"cannot read Paper B's abstract: {e.strerror or e}"]) from None


def _model_name_problems(df: pd.DataFrame, codebook: Codebook) -> list[str]:
    """The practice models are named twice, by paperB_readings.csv (kind 'model', by order) and by the codebook's
    family 'model' (in its order), and the figures take their names from either: the two must agree, model by
    model, in both languages, or one figure would name a model differently from another."""
    codes = codebook.codes_of("model")
    lines = row_lines(df)
    rows = [(i, r) for i, r in enumerate(df.itertuples(index=False)) if r.kind == "model"]
    rows.sort(key=lambda ir: ir[1].order)
    if len(rows) != len(codes):
        return [f"kind 'model': {len(rows)} models; expected {len(codes)}, one per practice-model code of the "
                f"codebook ({', '.join(codes)})"]
    problems = []
    for (i, r), code in zip(rows, codes):
        for col, lang in (("name_zh", "zh"), ("name_en", "en")):
            want = codebook.label(code, lang)
            if getattr(r, col) != want:
                problems.append(f"{cell(i, col, lines)}: model {r.item_id} (order {r.order}) is named {getattr(r, col)!r}; "
                                f"expected {want!r}, the label_{lang} of {code!r}, the codebook's model number "
                                f"{r.order} (figures name a model by either)")
    return problems


def load_model_rainbow(codebook: Codebook, readings: pd.DataFrame, path: Path | str = MODEL_RAINBOW_FILE) -> pd.DataFrame:
    """Which Rainbow dimensions each practice model integrates (compendium reading)."""
    file = relative(path)
    df = read_table(path, MODEL_RAINBOW_SCHEMA)
    models = set(readings.loc[readings["kind"] == "model", "item_id"])
    rainbow = codebook.codes_of("rainbow")
    problems = []
    repeated = first_rows(zip(df["model_id"], df["code"]))
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        if r.model_id not in models:
            problems.append(f"{cell(i, 'model_id', lines)}: unknown model {r.model_id!r}; expected one of {', '.join(sorted(models))}")
        if r.code not in rainbow:
            problems.append(f"{cell(i, 'code', lines)}: {r.code!r} is not a Rainbow code; expected one of {', '.join(rainbow)}")
        if i in repeated:
            problems.append(f"{cell(i, 'code', lines)}: {r.code!r} listed twice for {r.model_id!r}")
    if problems:
        raise DataValidationError(file, problems)
    return df


def documents_only(documents: pd.DataFrame, include_events: bool = False) -> pd.DataFrame:
    """The rows to code and count: documents, plus context events when asked."""
    if include_events:
        return documents.reset_index(drop=True)
    return documents.loc[documents["kind"] == "document"].reset_index(drop=True)


def with_title_status(table: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """`table` (a doc_id column) with each document's title_status beside doc_id: a table built from the titles (the
    codings, the stage assignments) says which rows rest on a title not verified in its source (U)."""
    status = documents.set_index("doc_id")["title_status"]
    missing = sorted(set(table["doc_id"]) - set(status.index))
    if missing:
        raise ValueError(f"{in_number(len(missing), 'doc_id')} {', '.join(map(str, missing[:5]))} not in the documents: "
                         f"no title_status for {'it' if len(missing) == 1 else 'them'}")
    out = table.drop(columns="title_status", errors="ignore")
    out.insert(list(out.columns).index("doc_id") + 1, "title_status", out["doc_id"].map(status).to_numpy())
    return out


def provenance_summary(documents: pd.DataFrame) -> pd.DataFrame:
    """How many rows per kind have each field verified (V) or not (U), and how many came from search."""
    rows = []
    for kind, g in documents.groupby("kind", sort=True):
        row = {"kind": kind, "n": len(g)}
        for f in ("title", "issuer", "number", "date"):
            row[f"{f}_V"] = int((g[f"{f}_status"] == "V").sum())
        row["with_key_phrases"] = int(g["key_phrases"].notna().sum())
        row["added_from_search"] = int(g["source"].str.startswith("search tool").sum())
        rows.append(row)
    return pd.DataFrame(rows)
