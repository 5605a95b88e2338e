"""Paper B's excerpt layer: items (pages read), coding units (verbatim clauses) and their manual coding.

Three raw tables (data/raw):

- paperB_excerpts.csv — one row per item: a page opened with the search tool (a lead of the reference
  folder, or a page met while reading the leads), its URL, place, province, level, issuer, date, source type
  and whether it could be read. Only the head of a stored page is reachable, so items are excerpts, not
  full texts.
- paperB_units.csv — one row per coding unit: a sentence or clause of a read item in which an actor links
  treatment and prevention (explicit_link = yes) or the institutions that deliver them (no), quoted
  verbatim, with the sha256 of the quote, its stance and the date it refers to.
- paperB_units_coding.csv — the compendium's manual coding of each unit: one instrument (or none), any
  number of actors, themes, Rainbow dimensions and practice models ('|'-separated codebook codes), and a
  one-line justification.

Every table is checked against its data dictionary and across tables; errors name the file, row, CSV line
and column and say what is allowed (bad dates, unknown codes, duplicate units, a unit without a readable
source, a hash that does not match its excerpt).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from ..paths import DATA_RAW, relative
from ..qca.errors import in_number   # 'unit' / 'units': the engine's one rule for a noun's number
from ..validate import Column, DataValidationError, cell, date_precision, first_rows, read_table, row_lines
from .codebook import KEYWORD_SEP, Codebook
from .coding import CodingResult, code_texts, coding_from_manual
from .corpus import DAY_NOT_KEPT, _no_cjk, stated_days
from .hanzi import for_matching
from .localities import PROVINCES, items_placed_by_reading, locality_names, province_problem, provincial_bodies

ITEMS_FILE = DATA_RAW / "paperB_excerpts.csv"
UNITS_FILE = DATA_RAW / "paperB_units.csv"
UNIT_CODING_FILE = DATA_RAW / "paperB_units_coding.csv"
CHALLENGE_BENCHMARK_FILE = DATA_RAW / "paperB_challenge_benchmark.csv"

STATUS = ("V", "U")
LEVELS = ("national", "provincial", "city", "county", "institution")
LOCAL_LEVELS = LEVELS[1:]
SOURCE_TYPES = ("document", "official summary", "news", "study")
READ_STATUS = ("read", "not reachable", "not opened")
STANCES = ("measure", "goal", "problem", "description")
PRECISIONS = ("day", "month", "year")
#: What an item's date is read from (date_read_kind), the category of date_read_from's words: the page's own date (a
#: publication date, a dated issue, a date field such as 生效日期), a date written in its text (a dateline, '于12月25日
#: 印发', a quoted 公布日期), a journal's citation line (or its volume and year), a title or column name the page
#: shows, an identifier (a URL path, a DOI, a document number), another item of the table, or the compendium's
#: reading of the page's context. Where the date's parts come from different places, the kind is that of the part
#: least shown (reading, then another item, then an identifier, before any the page shows).
DATE_READ_KINDS = ("page date", "page text", "citation line", "title", "identifier", "other item", "reading")
#: The kinds a page shows: only a date read from one of them can be V (the others are implied or inferred).
SHOWN_DATE_KINDS = DATE_READ_KINDS[:4]
#: What a unit's date is read from (the units' date_read_kind): its item's date ('item': the unit carries the page's
#: date, whatever the item's date_read_kind says that is read from), a date the page's text gives the clause ('page
#: text': a year the clause or its paragraph opens with, 去年 counted from the page's date), the date another item of
#: the table gives its words ('other item', named in the note), a date another stored page shows ('other page', its
#: URL in the note), or the compendium's reading of the context ('reading', never V). Every kind but 'item' needs a
#: note saying which words, item or page date the unit (_unit_date_kind_rule).
UNIT_DATE_KINDS = ("item", "page text", "other item", "other page", "reading")
CODED_FAMILIES = ("instrument", "actor", "theme", "rainbow", "model")

ITEM_SCHEMA = [
    Column("item_id", "str", unique=True, pattern=r"[NLX]\d{2}", description="N.. national lead, L.. local lead, X.. page met while reading"),
    Column("lead_id", "str", nullable=True, description="id in the reference leads, empty for X items"),
    Column("url", "str", pattern=r"https?://\S+"),
    Column("title_as_read", "str", description="the page's title, or a short description when the page shows none"),
    Column("title_status", "category", allowed=STATUS, description="V: the page's own title, verbatim; U: a description"),
    Column("place", "str", description="where the item happened, as the page shows it (not always its locality)"),
    Column("place_status", "category", allowed=STATUS, description="V: the place is shown on the page"),
    Column("place_en", "str", check=_no_cjk, description="English (pinyin) name of the place, for figures"),
    Column("province", "str", nullable=True,
           description="province as read, by its short name (湖南); empty for national items or when not shown"),
    Column("province_en", "str", nullable=True, check=_no_cjk),
    Column("level", "category", allowed=LEVELS,
           description="level of the body whose document, meeting or practice the item records (issuing or "
                       "organising body; for a report, the body reported on; for a study, the bodies whose practice its "
                       "text describes, not its authors' affiliation), not of the place: it decides the locality"),
    Column("issuer", "str"),
    Column("issuer_status", "category", allowed=STATUS),
    Column("date", "date", nullable=True),
    Column("date_precision", "category", allowed=PRECISIONS, nullable=True),
    Column("date_status", "category", allowed=STATUS),
    Column("date_read_from", "str", nullable=True,
           description="what on the page gives the date (a page date, a date in the text, a URL path)"),
    Column("date_read_kind", "category", allowed=DATE_READ_KINDS, nullable=True,
           description="the category of date_read_from (DATE_READ_KINDS); empty exactly when the date is"),
    Column("source_type", "category", allowed=SOURCE_TYPES),
    Column("read_status", "category", allowed=READ_STATUS),
    Column("note", "str", nullable=True),
]

UNIT_SCHEMA = [
    Column("unit_id", "str", unique=True, pattern=r"[NLX]\d{2}-\d{2}", description="item id and a running number"),
    Column("item_id", "str"),
    Column("excerpt_zh", "str", description="verbatim clause as read"),
    Column("excerpt_sha256", "str", pattern=r"[0-9a-f]{64}"),
    Column("actor_as_read", "str"),
    Column("explicit_link", "category", allowed=("yes", "no")),
    Column("stance", "category", allowed=STANCES),
    Column("date", "date", nullable=True),
    Column("date_precision", "category", allowed=PRECISIONS, nullable=True),
    Column("date_status", "category", allowed=STATUS),
    Column("date_read_kind", "category", allowed=UNIT_DATE_KINDS, nullable=True,
           description="what the unit's date is read from (UNIT_DATE_KINDS); empty exactly when the date is"),
    Column("note", "str", nullable=True),
]

UNIT_CODING_SCHEMA = [
    Column("unit_id", "str", unique=True),
    Column("instrument", "str", nullable=True, description="one instrument code, or empty"),
    Column("actor", "str", nullable=True),
    Column("theme", "str", nullable=True),
    Column("rainbow", "str", nullable=True),
    Column("model", "str", nullable=True),
    Column("justification", "str"),
    Column("coder", "str"),
]

CHALLENGE_SCHEMA = [
    Column("source_id", "str"),
    Column("obstacle_zh", "str"),
    Column("linked_code", "str"),
    Column("unit_id", "str"),
    Column("basis", "str"),
]


#: The item table's V/U columns: what the page itself showed (V) or not (U).
ITEM_STATUS_COLUMNS = ("title_status", "place_status", "issuer_status", "date_status")


def excerpt_hash(text: str) -> str:
    """sha256 of the excerpt's UTF-8 bytes (the unit's fingerprint)."""
    return hashlib.sha256(str(text).encode("utf-8")).hexdigest()


#: What a date read only from an identifier rests on, in the words date_read_from uses: a DOI, a URL (its path), a
#: document number (国办发〔2015〕70号). An identifier is a name, not a date: a DOI is an opaque string from which
#: nothing definitive may be inferred (the DOI Handbook), its year is the registrant's numbering (a journal volume's,
#: an issue's) and says neither when the article appeared nor that the page shows a date; a URL path is the date of a
#: page's filing; a number's year is the year it was numbered. Such a year or day is implied, not shown, so its
#: status is U (as N01's year, implied by its number, and D13's), unless the page shows the date itself (a page date,
#: a date in the text, a citation line: L44's '中国卫生政策研究,2025,18(6)'), which date_read_from then names first.
IDENTIFIER_BASIS = re.compile(r"\bDOI\b|\bURL\b|document number|〔\d{4}〕")


def date_basis_clause(read_from) -> str:
    """What date_read_from says the date is read from: its words up to the first ';' or ' (' (the rest comments on
    it; a parenthesis inside a quoted word, 18(6), does not end it)."""
    return "" if read_from is None else re.split(r";|\s[(（]", str(read_from), maxsplit=1)[0].strip()


#: An item_id named in date_read_from (the item a date of kind 'other item' is read from).
ITEM_NAMED = re.compile(r"(?<![A-Za-z0-9])[NLX]\d{2}(?!\d)")


def _kind_without_date(where: str, kind, date, who: str, kinds: tuple[str, ...], problems: list[str]) -> bool:
    """The rule both date_read_kind columns share (the items' and the units'): a kind is given exactly when the date
    is. Says a kind missing or given without a date (`who`: how the row is named) and returns True when the row's
    other kind rules have nothing to check (no kind, or the problem said)."""
    if (kind is None) != (date is None):
        problems.append(f"{where}: " + (f"empty, but {who} has a date ({date!r}); say what it is read from, one of "
                                         f"{', '.join(map(repr, kinds))}" if kind is None else
                                         f"{kind!r}, but {who} has no date; leave it empty"))
    return kind is None or date is None


def _date_kind_rule(i: int, r, item_ids: set, problems: list[str], lines=None) -> None:
    """date_read_kind, the category of date_read_from's words: given exactly when the date is; only a kind the page
    shows (SHOWN_DATE_KINDS) verifies a date; the words agree with the kind (an identifier first in date_read_from is
    kind 'identifier', which names one; 'other item' names the item); a citation line gives a year or a month."""
    kind = r.date_read_kind
    if _kind_without_date(cell(i, "date_read_kind", lines), kind, r.date, repr(r.item_id), DATE_READ_KINDS, problems):
        return
    words = str(r.date_read_from or "")
    worded = IDENTIFIER_BASIS.search(date_basis_clause(words))
    if r.date_status == "V" and worded is not None:
        return                      # _identifier_date_rule has said it (a V date its words read from an identifier)
    if r.date_status == "V" and kind not in SHOWN_DATE_KINDS:
        problems.append(f"{cell(i, 'date_status', lines)}: 'V' for {r.item_id!r}, whose date_read_kind is {kind!r}: "
                        "a date read from an identifier, another item or the compendium's reading is implied, not "
                        f"shown, so write 'U' (only {', '.join(map(repr, SHOWN_DATE_KINDS))} verify a date)")
    if kind in SHOWN_DATE_KINDS and worded is not None:
        problems.append(f"{cell(i, 'date_read_kind', lines)}: {kind!r} for {r.item_id!r}, but date_read_from reads "
                        f"the date first from an identifier ({worded.group(0)}: {date_basis_clause(words)!r}); write "
                        "'identifier', or name first what on the page shows the date")
    if kind == "identifier" and IDENTIFIER_BASIS.search(words) is None:
        problems.append(f"{cell(i, 'date_read_kind', lines)}: 'identifier' for {r.item_id!r}, but date_read_from "
                        "names none (a DOI, a URL, a document number: 〔2015〕); say which identifier dates it")
    if kind == "other item" and not set(ITEM_NAMED.findall(words)) & (item_ids - {r.item_id}):
        problems.append(f"{cell(i, 'date_read_kind', lines)}: 'other item' for {r.item_id!r}, but date_read_from "
                        "names no other item_id of the table; name the item the date is read from (as 'year from "
                        "X28')")
    if kind == "citation line" and r.date_precision == "day":
        problems.append(f"{cell(i, 'date_precision', lines)}: 'day' for {r.item_id!r}, whose date is read from a "
                        "citation line: a citation line gives a year (a volume, an issue), not a day; give the year, "
                        "or the kind of what on the page shows the day")


def _identifier_date_rule(i: int, r, problems: list[str], lines=None) -> None:
    """A V date must be read from a date the page shows, not from an identifier (IDENTIFIER_BASIS)."""
    if r.date_status != "V" or r.date is None:
        return
    clause = date_basis_clause(r.date_read_from)
    if not clause:
        problems.append(f"{cell(i, 'date_read_from', lines)}: empty, but {r.item_id!r}'s date is 'V'; say what on "
                        "the page shows the date (a page date, a date in the text, a citation line), or write 'U'")
    elif (m := IDENTIFIER_BASIS.search(clause)) is not None:
        problems.append(f"{cell(i, 'date_status', lines)}: 'V' for {r.item_id!r}, whose date is read from an "
                        f"identifier ({m.group(0)}: {clause!r}); a year or day a DOI, URL or document number carries is "
                        "implied, not shown as a date (a DOI is an opaque name: nothing definitive may be inferred "
                        "from its string), so write 'U', or name first in date_read_from what on the page shows the "
                        "date (a page date, a date in the text, a citation line)")


def _stated_day_rule(i: int, r, column: str, problems: list[str], lines=None) -> None:
    """As in the corpus (corpus.stated_days): a date coarser than a day that the row's quoted words (`column`:
    an item's date_read_from, a unit's note) state within it keeps that day, unless note says why not."""
    if r.date is None or r.date_precision == "day" or DAY_NOT_KEPT in str(r.note or "").lower():
        return
    if days := stated_days(getattr(r, column), r.date):
        problems.append(f"{cell(i, 'date', lines)}: {r.date!r} ({r.date_precision}), but {column} quotes words "
                        f"stating the day {' and '.join(days)} within it; keep the day they state (date "
                        f"{days[0]!r}, date_precision 'day'), or give the reason in note, beginning '{DAY_NOT_KEPT}'")


def _date_rules(i: int, r, problems: list[str], lines=None) -> None:
    if r.date is None:
        if r.date_precision is not None:
            problems.append(f"{cell(i, 'date_precision', lines)}: {r.date_precision!r} but the date is empty; leave both empty")
        if r.date_status == "V":
            problems.append(f"{cell(i, 'date_status', lines)}: 'V' but the date is empty; an unknown date is 'U'")
    elif r.date_precision != date_precision(r.date):
        problems.append(f"{cell(i, 'date_precision', lines)}: {r.date_precision!r} does not match date {r.date!r}; "
                        f"expected '{date_precision(r.date)}'")


def check_items(df: pd.DataFrame, file: str = "paperB_excerpts") -> pd.DataFrame:
    """Cross-column rules of the item table."""
    problems: list[str] = []
    lines = row_lines(df)
    item_ids = set(df["item_id"])
    for i, r in enumerate(df.itertuples(index=False)):
        _date_rules(i, r, problems, lines)
        _identifier_date_rule(i, r, problems, lines)
        _date_kind_rule(i, r, item_ids, problems, lines)
        _stated_day_rule(i, r, "date_read_from", problems, lines)
        if r.level == "national" and r.province is not None:
            problems.append(f"{cell(i, 'province', lines)}: {r.province!r} for a national item; leave it empty")
        if (r.province is None) != (r.province_en is None):
            problems.append(f"{cell(i, 'province_en', lines)}: give the English province name exactly when the province is given")
        elif (why := province_problem(r.province, r.province_en)) is not None:
            problems.append(f"{cell(i, 'province' if r.province not in PROVINCES else 'province_en', lines)}: {why}")
        elif r.level in LOCAL_LEVELS[1:] and (bodies := provincial_bodies(r.issuer, r.province)):
            problems.append(f"{cell(i, 'level', lines)}: {r.level!r} for {r.item_id!r}, whose issuing bodies "
                            f"({'、'.join(bodies)}) are all {PROVINCES[r.province][0]}'s own: the level of the body "
                            f"decides, so write 'provincial' (it then speaks for {PROVINCES[r.province][0]}, wherever "
                            f"the bodies stand)")
        if r.read_status != "read":   # V = seen on the page: nothing on a page never read is verified
            for col in ITEM_STATUS_COLUMNS:
                if getattr(r, col) == "V":
                    problems.append(f"{cell(i, col, lines)}: 'V' for {r.item_id!r}, whose page is '{r.read_status}'; only a "
                                    "read page can verify a field, so write 'U'")
        is_lead = str(r.item_id)[0] in "NL"
        if is_lead and r.lead_id is None:
            problems.append(f"{cell(i, 'lead_id', lines)}: empty for {r.item_id!r}; N and L items are leads and name their lead id")
        if not is_lead and r.lead_id is not None:
            problems.append(f"{cell(i, 'lead_id', lines)}: {r.lead_id!r} for an X item; X items are pages met while reading, without a lead")
    if problems:
        raise DataValidationError(file, problems)
    return df


def check_study_localities(items: pd.DataFrame, units: pd.DataFrame, file: str = "paperB_excerpts") -> None:
    """A study below national level must name its locality (`localities.locality_names`) in its title or in one of
    its units: a study's issuer is its authors, and their affiliation is not the place of a practice. A study whose
    reachable text describes a national system is national (L44: 济南市疾控 authors on the national supervisor
    system; X08: a 河北省卫生健康委 official on national county-community policy). The title is read up to a
    parenthesis, the compendium's annotation (authors and affiliation; data/README.md's title rule). Items without units are not
    checked (they speak for no locality). The text is read as the keyword dictionary reads it (hanzi.for_matching):
    a page in traditional characters that shows 廣州市 names 广州."""
    texts = units.groupby("item_id")["excerpt_zh"].agg(" ".join)
    problems = []
    lines = row_lines(items)
    for i, r in enumerate(items.itertuples(index=False)):
        if r.source_type != "study" or r.level not in LOCAL_LEVELS or r.item_id not in texts.index:
            continue
        names = locality_names(r.place, r.province)
        title = re.split(r"\s*[(（]", str(r.title_as_read), maxsplit=1)[0]   # not the annotation's "(author, affiliation)"
        if not any(n in for_matching(f"{title} {texts[r.item_id]}") for n in names):   # 廣州 too (hanzi)
            problems.append(
                f"{cell(i, 'level', lines)}: {r.level!r} for the study {r.item_id!r} ({r.place}), but neither its title nor "
                f"its units name {' or '.join(names) or 'a locality'}: the authors' affiliation is not the place of a "
                "practice; a study speaks for the locality its text describes: quote the unit that names it, or "
                "write 'national' (place 全国, province empty) when it describes a national system")
    if problems:
        raise DataValidationError(file, problems)


def load_items(path: Path | str = ITEMS_FILE) -> pd.DataFrame:
    """Read and validate the items (pages opened), in file order."""
    return check_items(read_table(path, ITEM_SCHEMA), relative(path)).reset_index(drop=True)


def _unit_date_kind_rule(i: int, r, page_date: tuple, item_ids: set, problems: list[str], lines=None) -> None:
    """A unit's date_read_kind (UNIT_DATE_KINDS): given exactly when its date is; 'item' exactly when the unit has its
    item's date, precision and status; any other kind has a note saying what dates the unit; 'other item' names
    another item_id of the table in the note, 'other page' a URL; a 'reading' is U. (A unit without a note whose date
    is not its item's is told so by load_units, before this rule.)"""
    kind, own = r.date_read_kind, (r.date, r.date_precision, r.date_status)
    where = cell(i, "date_read_kind", lines)
    if _kind_without_date(where, kind, r.date, f"unit {r.unit_id!r}", UNIT_DATE_KINDS, problems):
        return
    note = str(r.note or "")
    if kind != "item" and r.note is None:
        problems.append(f"{where}: {kind!r} for unit {r.unit_id!r}, which has no note; say in note which words, "
                        "item or page date the unit")
    elif kind == "item" and own != page_date:
        problems.append(f"{where}: 'item' for unit {r.unit_id!r}, whose date ({r.date!r}, {r.date_precision!r}, "
                        f"{r.date_status!r}) is not its item's ({', '.join(repr(v or '') for v in page_date)}); "
                        f"give the item's date, or the kind of what dates the unit")
    elif kind != "item" and own == page_date:
        problems.append(f"{where}: {kind!r} for unit {r.unit_id!r}, which has its item's date, precision and status; "
                        "write 'item'")
    elif kind == "other item" and not set(ITEM_NAMED.findall(note)) & (item_ids - {r.item_id}):
        problems.append(f"{where}: 'other item' for unit {r.unit_id!r}, but its note names no other item_id of "
                        "paperB_excerpts.csv; name the item whose page dates the words")
    elif kind == "other page" and re.search(r"https?://\S", note) is None:
        problems.append(f"{where}: 'other page' for unit {r.unit_id!r}, but its note gives no URL; give the stored "
                        "page's URL and the words dating the unit")
    elif kind == "reading" and r.date_status == "V":
        problems.append(f"{cell(i, 'date_status', lines)}: 'V' for unit {r.unit_id!r}, whose date_read_kind is "
                        "'reading': a date the compendium reads from the context is not shown; write 'U'")


def load_units(items: pd.DataFrame, path: Path | str = UNITS_FILE) -> pd.DataFrame:
    """Read the coding units; each must come from a read item, quote a non-empty excerpt and carry its hash."""
    file = relative(path)
    df = read_table(path, UNIT_SCHEMA)
    status = dict(zip(items["item_id"], items["read_status"]))
    page_dates = {r.item_id: (r.date, r.date_precision, r.date_status) for r in items.itertuples(index=False)}
    problems: list[str] = []
    repeated = first_rows(zip(df["item_id"], df["excerpt_zh"]))
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        if r.item_id not in status:
            problems.append(f"{cell(i, 'item_id', lines)}: unit {r.unit_id!r} has no source: {r.item_id!r} is not an item_id of "
                            "paperB_excerpts.csv")
        elif status[r.item_id] != "read":
            problems.append(f"{cell(i, 'item_id', lines)}: unit {r.unit_id!r} comes from {r.item_id!r}, which is "
                            f"'{status[r.item_id]}'; only read items can give units")
        elif r.note is None and (r.date, r.date_precision, r.date_status) != page_dates[r.item_id]:
            d, p, st = page_dates[r.item_id]
            problems.append(f"{cell(i, 'date_status', lines)}: unit {r.unit_id!r} has no note, so it is dated by its "
                            f"page, {r.item_id!r}: date {d or ''!r}, precision {p or ''!r}, status {st!r} (it has "
                            f"{r.date or ''!r}, {r.date_precision or ''!r}, {r.date_status!r}); give the item's date, "
                            "or say in note which event or document the words are dated by")
        else:
            _unit_date_kind_rule(i, r, page_dates[r.item_id], set(status), problems, lines)
        if not str(r.unit_id).startswith(f"{r.item_id}-"):
            problems.append(f"{cell(i, 'unit_id', lines)}: {r.unit_id!r} does not start with its item id '{r.item_id}-'")
        if r.excerpt_sha256 != excerpt_hash(r.excerpt_zh):
            problems.append(f"{cell(i, 'excerpt_sha256', lines)}: does not match the excerpt of {r.unit_id!r}; "
                            f"sha256 of the excerpt is {excerpt_hash(r.excerpt_zh)}")
        if i in repeated:
            problems.append(f"{cell(i, 'excerpt_zh', lines)}: duplicate unit: the same excerpt of {r.item_id!r} is already "
                            f"row {repeated[i] + 1}")
        _date_rules(i, r, problems, lines)
        _stated_day_rule(i, r, "note", problems, lines)
    if problems:
        raise DataValidationError(file, problems)
    return df.reset_index(drop=True)


def load_unit_coding(codebook: Codebook, units: pd.DataFrame, path: Path | str = UNIT_CODING_FILE) -> pd.DataFrame:
    """Read the manual coding (one row per unit) and check every code against the codebook and family column."""
    file = relative(path)
    df = read_table(path, UNIT_CODING_SCHEMA)
    known_units = set(units["unit_id"])
    problems: list[str] = []
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        if r.unit_id not in known_units:
            problems.append(f"{cell(i, 'unit_id', lines)}: unknown unit {r.unit_id!r}; expected a unit_id of paperB_units.csv")
        for fam in CODED_FAMILIES:
            value = getattr(r, fam)
            if value is None:
                continue
            codes = str(value).split(KEYWORD_SEP)
            allowed = codebook.codes_of(fam)
            for c in codes:
                if c not in allowed:
                    problems.append(f"{cell(i, fam, lines)}: unknown code {c!r}; expected codes of family '{fam}' "
                                    f"({', '.join(allowed)}) separated by '{KEYWORD_SEP}'")
            if len(set(codes)) != len(codes):
                problems.append(f"{cell(i, fam, lines)}: a code is listed twice in {value!r}")
            if fam == "instrument" and len(codes) > 1:
                problems.append(f"{cell(i, fam, lines)}: {value!r}; a unit gets at most one instrument")
    missing = sorted(known_units - set(df["unit_id"]))
    if missing:
        problems.append(f"{in_number(len(missing), 'unit')} without a manual coding row: {', '.join(missing[:10])}"
                        + (" ..." if len(missing) > 10 else ""))
    if problems:
        raise DataValidationError(file, problems)
    order = {u: k for k, u in enumerate(units["unit_id"])}
    return df.assign(_o=df["unit_id"].map(order)).sort_values("_o").drop(columns="_o").reset_index(drop=True)


def load_challenge_benchmark(codebook: Codebook, units: pd.DataFrame,
                             path: Path | str = CHALLENGE_BENCHMARK_FILE) -> pd.DataFrame:
    """Obstacles named by another study (王晨舟 et al. 2024), each quoted verbatim from a coding unit and linked to a
    theme code by the compendium."""
    file = relative(path)
    df = read_table(path, CHALLENGE_SCHEMA)
    text = dict(zip(units["unit_id"], units["excerpt_zh"]))
    problems = []
    lines = row_lines(df)
    for i, r in enumerate(df.itertuples(index=False)):
        if r.linked_code not in codebook.codes_of("theme"):
            problems.append(f"{cell(i, 'linked_code', lines)}: {r.linked_code!r} is not a theme code; expected one of "
                            f"{', '.join(codebook.codes_of('theme'))}")
        if r.unit_id not in text:
            problems.append(f"{cell(i, 'unit_id', lines)}: unknown unit {r.unit_id!r}; expected a unit_id of "
                            f"{UNITS_FILE.name}")
        elif r.obstacle_zh not in text[r.unit_id]:
            problems.append(f"{cell(i, 'obstacle_zh', lines)}: {r.obstacle_zh!r} does not occur in the excerpt of {r.unit_id}")
    if problems:
        raise DataValidationError(file, problems)
    return df


@dataclass(frozen=True)
class ExcerptLayer:
    """The three tables of the excerpt layer, validated together."""

    items: pd.DataFrame
    units: pd.DataFrame
    coding: pd.DataFrame

    @property
    def units_with_items(self) -> pd.DataFrame:
        """Units with their item's URL, place, province, level, issuer and source type."""
        cols = ["item_id", "url", "place", "place_en", "province", "province_en", "level", "issuer", "source_type"]
        return self.units.merge(self.items[cols], on="item_id", how="left", validate="many_to_one")

    def summary(self) -> pd.DataFrame:
        """Counts of items by read status and of units, provinces and levels. A province whose units all come from items
        placed in it by the compendium's reading (localities.items_placed_by_reading: bodies of several provinces) is
        counted among the provinces with units, and its own row says how many such provinces there are."""
        read = self.items[self.items["read_status"] == "read"]
        with_units = set(self.units["item_id"])
        u = self.units_with_items
        by_reading = set(items_placed_by_reading(self.items))
        return pd.DataFrame([
            {"what": "items listed", "n": len(self.items)},
            {"what": "items from the leads", "n": int(self.items["lead_id"].notna().sum())},
            {"what": "items met while reading (X)", "n": int(self.items["lead_id"].isna().sum())},
            {"what": "items read", "n": len(read)},
            {"what": "items not reachable", "n": int((self.items["read_status"] == "not reachable").sum())},
            {"what": "items not opened", "n": int((self.items["read_status"] == "not opened").sum())},
            {"what": "read items giving units", "n": len(with_units)},
            {"what": "coding units", "n": len(self.units)},
            {"what": "units with an explicit treatment-prevention link", "n": int((self.units["explicit_link"] == "yes").sum())},
            {"what": "units from local items", "n": int(u["level"].isin(LOCAL_LEVELS).sum())},
            {"what": "provinces with units", "n": int(u.loc[u["province"].notna(), "province"].nunique())},
            {"what": "provinces with units only from an item placed there by the compendium's reading",
             "n": int(sum(set(g["item_id"]) <= by_reading for _, g in u[u["province"].notna()].groupby("province")))},
            {"what": "dated units", "n": int(self.units["date"].notna().sum())},
        ])

    def __str__(self) -> str:
        s = self.summary().set_index("what")["n"]
        return (f"ExcerptLayer: {s['items listed']} items ({s['items read']} read, {s['items not reachable']} not "
                f"reachable, {s['items not opened']} not opened), {s['coding units']} units from "
                f"{s['read items giving units']} items in {s['provinces with units']} provinces")

    __repr__ = __str__


def load_excerpt_layer(codebook: Codebook, items_path: Path | str = ITEMS_FILE, units_path: Path | str = UNITS_FILE,
                       coding_path: Path | str = UNIT_CODING_FILE) -> ExcerptLayer:
    """Load and cross-validate items, units and their manual coding."""
    items = load_items(items_path)
    units = load_units(items, units_path)
    check_study_localities(items, units, relative(items_path))
    coding = load_unit_coding(codebook, units, coding_path)
    return ExcerptLayer(items, units, coding)


def manual_long(coding: pd.DataFrame) -> pd.DataFrame:
    """The wide manual coding as long rows (doc_id = unit_id, family, code, justification)."""
    rows = []
    for r in coding.itertuples(index=False):
        for fam in CODED_FAMILIES:
            value = getattr(r, fam)
            if value is None or (isinstance(value, float) and value != value):
                continue
            for c in str(value).split(KEYWORD_SEP):
                rows.append({"doc_id": r.unit_id, "family": fam, "code": c, "justification": r.justification})
    return pd.DataFrame(rows, columns=["doc_id", "family", "code", "justification"])


def manual_coding(layer: ExcerptLayer, codebook: Codebook) -> CodingResult:
    """The manual coding of the units as a CodingResult (documents = units; printed as units)."""
    docs = pd.DataFrame({"doc_id": layer.units["unit_id"]})
    return replace(coding_from_manual(manual_long(layer.coding), docs, codebook, families=CODED_FAMILIES), item="unit")


def unit_documents(layer: ExcerptLayer) -> pd.DataFrame:
    """Dated units in the shape analysis.paper_b.periodisation.assign_stages expects (doc_id, kind, date, date_status)."""
    u = layer.units[layer.units["date"].notna()]
    return pd.DataFrame({"doc_id": u["unit_id"], "kind": "document", "date": u["date"],
                         "date_status": u["date_status"]}).reset_index(drop=True)


def dictionary_coding(layer: ExcerptLayer, codebook: Codebook, min_hits: int = 1) -> CodingResult:
    """Keyword coding of the excerpts with the codebook's rules (documents = units; printed as units)."""
    return replace(code_texts(list(layer.units["unit_id"]), list(layer.units["excerpt_zh"]), codebook,
                              min_hits=min_hits, families=CODED_FAMILIES), item="unit")


#: the title layer's names for what, in a table of the excerpt layer, are coding units
UNIT_NAMES = {"doc_id": "unit_id", "n_documents": "n_units"}


def unit_columns(table: pd.DataFrame) -> pd.DataFrame:
    """A table the title layer's functions computed on the units (unit_documents places them as documents), with
    its columns named for what they hold: doc_id -> unit_id, n_documents -> n_units (an index so named too), and
    the kind column, 'document' for every unit, left out. A copy; a kind other than 'document' is refused."""
    out = table.copy()
    if "kind" in out.columns:
        other = sorted(set(out["kind"].astype(str)) - {"document"})
        if other:
            raise ValueError(f"kind {', '.join(map(repr, other))} in a table of units: units are placed as documents "
                             "(unit_documents), so kind should be 'document' throughout")
        out = out.drop(columns="kind")
    out = out.rename(columns=UNIT_NAMES)
    if out.index.name in UNIT_NAMES:
        out.index = out.index.rename(UNIT_NAMES[out.index.name])
    return out
