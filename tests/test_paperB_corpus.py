"""Paper B's raw tables load and validate; bad files fail with the file, row, column and what is allowed."""
import csv
import re
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from analysis.paths import DATA_RAW, DATA_REFERENCE
from analysis.paper_b import codebook as cb
from analysis.paper_b import corpus
from analysis.paper_b import excerpts as ex
from analysis.validate import DataValidationError

from _quotes import quoted as _quoted


@pytest.fixture(scope="module")
def book():
    return cb.load_codebook()


@pytest.fixture(scope="module")
def docs():
    return corpus.load_documents()


def rewrite(src: Path, dst: Path, edit) -> Path:
    """Copy a raw CSV to dst after applying edit(rows) to its list of dict rows."""
    with open(src, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames)
        rows = list(reader)
    rows = edit(rows) or rows
    with open(dst, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return dst


def row_of(rows, doc_id):
    return next(r for r in rows if r["doc_id"] == doc_id)


# ---------------------------------------------------------------- the committed files

def test_committed_tables_load(book, docs):
    manual = corpus.load_manual_coding(book, docs)
    readings = corpus.load_readings(book)
    corpus.load_model_rainbow(book, readings)
    corpus.load_benchmark(book)
    assert len(docs) == 21 and (docs["kind"] == "document").sum() == 18
    assert set(manual["doc_id"]) == set(docs.loc[docs["kind"] == "document", "doc_id"]), "every document is coded"
    assert list(docs["date"]) == sorted(docs["date"], key=lambda d: d + "-00" * (2 - d.count("-")))


def test_every_policy_sources_title_is_in_the_corpus(docs):
    """Every national document listed in policy-sources.md is a row (matched on its title's distinctive words)."""
    text = (DATA_REFERENCE / "policy-sources.md").read_text(encoding="utf-8")
    table = text.split("## National policy documents", 1)[1].split("Context events", 1)[0]
    titles = [line.split("|")[1].strip() for line in table.splitlines()
              if line.startswith("| ") and not line.startswith("| title") and not line.startswith("|---")]
    assert len(titles) == 15
    have = "".join(docs["title_zh"])
    for t in titles:
        key = re.sub(r'[""\u201c\u201d/ ]', "", t.split("/")[0])
        assert key in have.replace("\u201c", "").replace("\u201d", ""), f"missing from the corpus: {t}"


@pytest.mark.parametrize("doc_id,field", [
    ("D02", "title_status"), ("D02", "issuer_status"), ("D02", "number_status"),    # whole row U
    ("D02", "date_status"),
    ("D11", "title_status"), ("D11", "issuer_status"), ("D11", "number_status"),    # whole row U
    ("D11", "date_status"),
    ("D06", "number_status"), ("D06", "date_status"),                               # 121号 (U), 2019-05 (U)
    ("D07", "number_status"),                                                       # 国发〔2019〕13号 (U)
    ("D13", "date_status"),                                                         # year U
    ("D14", "number_status"),                                                       # 41号 (U)
    ("D05", "number_status"),                                                       # number U
])
def test_fields_marked_unverified_in_policy_sources_are_V_only_where_a_stored_page_shows_them(docs, doc_id, field):
    """A field policy-sources.md marks U stays U unless a stored page read with the search tool shows it: then the
    row names the page in search_source and the field in search_fields (D02's date, D07's and D14's numbers, D11's
    title)."""
    row = docs.set_index("doc_id").loc[doc_id]
    shown = str(row["search_fields"] or "").split("|")
    assert row[field] == "U" or (corpus.STATUS_FIELDS[field] in shown and "http" in str(row["search_source"]))


def _quotes(search_source) -> str:
    """The words search_source quotes from its pages (between single quotes), joined."""
    return " ".join(_quoted(search_source))


def test_a_date_verified_from_a_search_shows_its_year_and_month_where_the_page_is_named(docs):
    """A date V from a stored page (search_fields lists 'date') shows its year and month in the words search_source
    records (2016年5月, 2024-07, 2024年7月15日): the reader sees what made the month V."""
    checked = []
    for r in docs.itertuples(index=False):
        if "date" not in str(r.search_fields or "").split("|") or r.date_status != "V":
            continue
        year, month = str(r.date)[:4], int(str(r.date)[5:7])
        forms = [f"{year}年{month}月", f"{year}-{month:02d}", f"{year}/{month:02d}"]
        assert any(f in str(r.search_source) for f in forms), (r.doc_id, r.date, r.search_source)
        checked.append(r.doc_id)
    assert len(checked) >= 4, checked


def test_a_figure_label_writes_no_year_the_date_does_not_verify(docs):
    """The timeline prints each document's label_en beside it: D13 read 'Service system (2023)' and D11 'Family
    doctors (2022)', though their dates are U (D13's year is on no stored page, D11's month and year only a news
    page's URL path), so the one place a reader meets the year stated it as the document's. A label names a year
    only where the date is V; D11 and D13 keep apart from D02 ('Family doctors (2016)') by their words."""
    year = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    stated = docs.loc[(docs["date_status"] == "U") & docs["label_en"].str.contains(year), ["doc_id", "label_en"]]
    assert stated.empty, stated.to_dict("records")
    labels = docs.set_index("doc_id")["label_en"]
    assert labels["D13"] == "Service system" and not year.search(labels["D11"])
    assert labels.is_unique, labels[labels.duplicated(keep=False)].to_dict()


def test_d04_month_is_verified_from_a_page_with_the_right_title_and_the_date(docs):
    """D04 (国办发〔2017〕32号) kept its month 2017-04 U: policy-sources.md lists it without saying it is verified, and
    the only page met with a date misquoted the title. A stored journal abstract (scholarmate.com/S/6XjHlu) shows the
    opinion's title as title_zh gives it (without the issuer in front) with 2017年4月 and the issuer, so the month is V.
    Its day (26) is not the row's: see test_d04_is_dated_by_the_day_its_own_text_carries."""
    d04 = docs.set_index("doc_id").loc["D04"]
    assert d04["date_status"] == "V" and "date" in str(d04["search_fields"]).split("|")
    quoted = _quotes(d04["search_source"])
    title = d04["title_zh"].removeprefix(d04["issuer"])
    assert f"《{title}》" in quoted and d04["issuer"] in quoted
    assert f"{d04['date'][:4]}年{int(d04['date'][5:7])}月" in quoted


def test_d04_is_dated_by_the_day_its_own_text_carries(docs):
    """D04's signing day was left open in rounds 52 and 53: the only day met, 2017年4月26日, came from a hospital's
    journal abstract with 印发, which may be the day of publication. Searched again (round 54), the pages corpus holds
    an English text of the opinion (hk.lexiscn.com) giving, under its title and number 'Guo Ban Fa [2017] No. 32',
    'April 23, 2017': the date the document itself carries, its 成文日期. The row now keeps that day (V, basis
    issue), quotes both words from the page, and says why the abstract's 26th is not its date."""
    d04 = docs.set_index("doc_id").loc["D04"]
    assert (d04["date"], d04["date_precision"], d04["date_status"], d04["date_basis"]) == (
        "2017-04-23", "day", "V", "issue")
    quotes = _quoted(d04["search_source"])
    year, number = re.fullmatch(r"国办发〔(\d{4})〕(\d+)号", d04["doc_number"]).groups()
    assert f"Guo Ban Fa [{year}] No. {number}" in quotes
    said = [datetime.strptime(q, "%B %d, %Y").date().isoformat() for q in quotes
            if re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", q)]
    assert said == [d04["date"]], said
    assert "hk.lexiscn.com" in d04["search_source"].split(" (")[0]
    # the abstract's day is still quoted (it verified the month) and the note says why it is not the date
    assert corpus.stated_days(d04["search_source"], d04["date"][:7]) == ["2017-04-26"]
    assert "2017年4月26日" in d04["note"] and "round 54" in d04["note"] and "成文日期" in d04["note"]


def test_a_documents_own_words_a_page_quotes_after_its_title_are_kept_as_key_phrases(book, docs):
    """Where the words a row's search_source quotes give the document's title in 《》 followed by (中)指出: and then
    the document's own words, those words are a key phrase of the row (they feed both codings), and search_fields
    says the page showed key_phrases. D04's page (scholarmate.com/S/6XjHlu) quotes the opinion's opening sentence
    after 中指出:, and the row kept only the date from it; coded from the title alone, D04 lost the 制度 its words
    carry (instrument.environment, rainbow.system in the dictionary; rainbow.system in the manual coding, as D01's
    制度 is)."""
    checked = []
    for r in docs.itertuples(index=False):
        for quote in _quoted(r.search_source):
            m = re.search(r"《([^》]+)》中?指出[:：](.+)$", quote)
            if not m or m.group(1) not in r.title_zh:
                continue
            phrases = str(r.key_phrases or "").split("|")
            assert m.group(2) in phrases, (r.doc_id, m.group(2), phrases)
            assert "key_phrases" in str(r.search_fields).split("|"), r.doc_id
            checked.append(r.doc_id)
    assert "D04" in checked, checked
    manual = corpus.load_manual_coding(book, docs)
    assert "rainbow.system" in set(manual.loc[manual["doc_id"] == "D04", "code"])


def _unverified_in_policy_sources() -> dict[str, set[str]]:
    """The status fields policy-sources.md leaves unverified, per title: the whole row when its status is U; a value
    marked (U), or none given (—); a date marked (year U); and a month date whose status lists the year but not
    the month ('V (year and number; day U)': D04)."""
    text = (DATA_REFERENCE / "policy-sources.md").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or len(cells) != 5 or cells[0] == "title":
            continue
        title, issuer, number, date, status = cells
        whole = status.startswith("U")
        listed = (re.match(r"V \(([^)]*)\)", status) or re.match("()", "")).group(1)

        def u(cell):
            return whole or "(U)" in cell or cell in ("U", "—", "")

        month_unlisted = re.fullmatch(r"\d{4}-\d{2}", date) is not None and "year" in listed and "month" not in listed
        fields = {"title_status": whole, "issuer_status": u(issuer), "number_status": u(number),
                  "date_status": u(date) or "(year U)" in date or month_unlisted}
        out[re.sub(r'["“”/ ]', "", title.split(" / ")[0])] = {f for f, is_u in fields.items() if is_u}
    return out


def test_data_readme_names_every_field_verified_here_that_policy_sources_leaves_unverified(docs):
    """data/README's provenance paragraph listed the fields a stored page made V where policy-sources.md has them U
    (D02's issuer and date, D07's and D14's numbers, D11's title and issuer), typed: D06's month (V from N03's page),
    D13's number and now D04's month had joined them without it saying so. The list is read back against the two
    files: exactly the fields U in policy-sources.md and V in policy_documents.csv, each from a page the row names."""
    said = _fields_said((DATA_REFERENCE.parent / "README.md").read_text(encoding="utf-8"),
                        "Fields V here that are U there:", ". Three documents")
    unverified = _unverified_in_policy_sources()
    moved = set()
    for r in docs[docs["source"] == "data/reference/policy-sources.md"].itertuples(index=False):
        matches = [t for t in unverified if t and t in re.sub(r'["“”/ ]', "", r.title_zh)]
        assert len(matches) == 1, (r.doc_id, matches)
        for field in unverified[matches[0]]:
            if getattr(r, field) == "V":
                assert corpus.STATUS_FIELDS[field] in str(r.search_fields).split("|"), (r.doc_id, field)
                moved.add((r.doc_id, field))
    assert said == moved, (sorted(said - moved), sorted(moved - said))
    assert ("D04", "date_status") in moved and ("D06", "date_status") in moved


def _fields_said(text: str, start: str, end: str) -> set[tuple[str, str]]:
    """The (doc_id, status column) pairs a 'D02: issuer, date (...); D04: date ...' list between start and end names."""
    m = re.search(re.escape(start) + r" (.+?)" + re.escape(end), " ".join(text.split()))
    assert m, f"no list after {start!r}"
    names = {"title": "title_status", "issuer": "issuer_status", "number": "number_status", "date": "date_status"}
    said = set()
    for part in m.group(1).split(";"):
        doc_id, fields = part.split(":", 1)
        for field in re.sub(r"\([^)]*\)", "", fields).split(","):
            said.add((doc_id.strip(), names[field.strip()]))
    return said


def _moved_since_policy_sources(docs) -> set[tuple[str, str]]:
    """The fields policy-sources.md leaves U that policy_documents.csv has V (from a page the row names)."""
    unverified = _unverified_in_policy_sources()
    moved = set()
    for r in docs[docs["source"] == "data/reference/policy-sources.md"].itertuples(index=False):
        matches = [t for t in unverified if t and t in re.sub(r'["“”/ ]', "", r.title_zh)]
        assert len(matches) == 1, (r.doc_id, matches)
        moved |= {(r.doc_id, f) for f in unverified[matches[0]] if getattr(r, f) == "V"}
    return moved


def test_the_reference_readme_says_which_fields_policy_sources_leaves_unverified_and_the_data_verifies(docs):
    """data/reference/policy-sources.md is the list as compiled, kept unchanged: it still gives D04's month without
    stating it verified (and D06's month U, D02's 2016-06) while policy_documents.csv has them V from stored pages.
    Its row in data/reference/README.md (the page the book shows, linking the list) says the list's statuses are not
    the data's and names the fields U there and V here; the names are read back against both files, so the note
    cannot go stale when a field is verified."""
    text = (DATA_REFERENCE / "README.md").read_text(encoding="utf-8")
    said = _fields_said(text, "Fields U in this list and V in the data:", " (`tests/test_paperB_corpus.py`")
    moved = _moved_since_policy_sources(docs)
    assert said == moved, (sorted(said - moved), sorted(moved - said))
    assert ("D04", "date_status") in moved


def test_a_read_national_lead_and_its_corpus_document_agree_on_the_date_and_its_status(docs):
    """A national lead names its target document by number (national_items.csv, target_doc). Where the lead's page
    was read and shows a date (the item's date_status V), the corpus row of that number has the same date (to the
    coarser of the two precisions) and marks it V too: one fact seen on one stored page is not V in
    paperB_excerpts.csv and U in policy_documents.csv. N03's page (a news digest dated 2019-05-29) shows D06's
    release on 5月28日, and N03 marked the date V while D06 kept its month U."""
    leads = pd.read_csv(DATA_REFERENCE / "paperB-leads" / "national_items.csv", dtype=str, encoding="utf-8")
    items = ex.load_items().set_index("item_id")
    by_number = docs.dropna(subset=["doc_number"]).set_index("doc_number")
    checked = []
    for lead in leads.itertuples(index=False):
        number = lead.target_doc.split(" ")[0]
        if number not in by_number.index or lead.id not in items.index:
            continue
        item, doc = items.loc[lead.id], by_number.loc[number]
        if item["read_status"] != "read" or item["date_status"] != "V":
            continue
        k = min(len(str(item["date"])), len(str(doc["date"])))
        assert str(item["date"])[:k] == str(doc["date"])[:k], (lead.id, item["date"], doc["doc_id"], doc["date"])
        assert doc["date_status"] == "V", (f"{doc['doc_id']}'s date {doc['date']} is U, but {lead.id}'s read page "
                                           f"shows it ({item['date']}, V)")
        checked.append(doc["doc_id"])
    # N01's page (D01's head) shows the number and no date: its 2015 is U, so D01 is not checked here; N11's (the 解读
    # of D14, 公布日期 2023.12.30) is read and V, and agrees with D14's month
    assert {"D06", "D14", "D15"} <= set(checked) and "D01" not in checked, checked


def test_first_use_document_and_quoted_phrases(docs):
    d = docs.set_index("doc_id")
    assert d.loc["D05", "date"] == "2018-04" and "医防融合" in d.loc["D05", "key_phrases"]
    assert d.loc["D15", "key_phrases"] == "创新医防协同、医防融合机制"
    assert d.loc["D03", "key_phrases"] == "预防为主、防治结合"
    with_phrases = docs[docs["key_phrases"].notna()]
    assert with_phrases["key_phrases_source"].notna().all()


def test_rows_added_from_search_say_which_fields_the_source_showed(docs):
    added = docs[docs["source"].str.startswith("search tool")]
    assert sorted(added["doc_id"]) == ["D08", "D09", "D17"]
    assert added["search_fields"].notna().all() and added["search_source"].str.contains("http").all()


# ---------------------------------------------------------------- bad documents files

@pytest.mark.parametrize("edit,needles", [
    (lambda rows: row_of(rows, "D01").update(date="2015-13"),
     ["column 'date'", "'2015-13'", "YYYY, YYYY-MM or YYYY-MM-DD"]),
    (lambda rows: row_of(rows, "D01").update(date="2015-02-30", date_precision="day"),
     ["column 'date'", "'2015-02-30'"]),
    (lambda rows: row_of(rows, "D01").update(date_precision="day"),
     ["column 'date_precision'", "does not match date '2015-09'", "expected 'month'"]),
    (lambda rows: row_of(rows, "D01").update(title_status="verified"),
     ["column 'title_status'", "'verified' is not allowed", "one of 'V', 'U'"]),
    (lambda rows: row_of(rows, "D02").update(doc_id="D01"),
     ["column 'doc_id'", "duplicate value 'D01'", "values must be unique"]),
    (lambda rows: row_of(rows, "D03").update(number_status="V"),
     ["column 'number_status'", "doc_number is empty"]),
    (lambda rows: row_of(rows, "D01").update(kind="event"),
     ["column 'doc_id'", "must start with 'E'"]),
    (lambda rows: row_of(rows, "D08").update(search_fields="title_zh|year"),
     ["column 'search_fields'", "unknown field 'year'; expected"]),
    (lambda rows: row_of(rows, "D08").update(search_fields="title_zh|year|month"),
     ["column 'search_fields'", "unknown fields 'year', 'month'; expected"]),
    (lambda rows: row_of(rows, "D01").update(label_en="分级诊疗"),
     ["column 'label_en'", "English only"]),
    (lambda rows: row_of(rows, "D01").update(key_phrases="分级诊疗"),
     ["column 'key_phrases_source'", "verbatim"]),
    (lambda rows: row_of(rows, "D01").update(doc_type="circular"),
     ["column 'doc_type'", "'circular' is not allowed"]),
    # a row added from search is V only in the fields its pages showed (search_fields): D08's date is the repost's
    (lambda rows: row_of(rows, "D08").update(date_status="V"),
     ["column 'date_status'", "'V'", "search_fields", "does not list 'date'", "write 'U'"]),
    (lambda rows: row_of(rows, "D17").update(search_fields="title_zh|issuer|date|key_phrases"),
     ["column 'number_status'", "does not list 'doc_number'"]),
    # date_basis: allowed values, events and only events 'event', a repost's date U, a basis the row's source shows
    (lambda rows: row_of(rows, "D12").update(date_basis="released"),
     ["column 'date_basis'", "'released' is not allowed", "'issue'", "'not stated'"]),
    (lambda rows: row_of(rows, "E02").update(date_basis="issue"),
     ["column 'date_basis'", "'issue' for a event", "'event' is the basis of every event and of events only"]),
    (lambda rows: row_of(rows, "D12").update(date_basis="event"),
     ["column 'date_basis'", "'event' for a document", "'publication'"]),
    (lambda rows: row_of(rows, "D11").update(date_status="V"),
     ["column 'date_status'", "date_basis is 'repost': a repost's date is not the document's"]),
    (lambda rows: row_of(rows, "D05").update(date_basis="issue"),
     ["column 'date_basis'", "'issue', but neither search_source nor note shows it", "'印发'", "write 'not stated'"]),
    (lambda rows: row_of(rows, "D05").update(date_basis="adoption"),
     ["column 'date_basis'", "'adoption', but neither search_source nor note shows it", "'通过'", "'adopted'"]),
])
def test_bad_documents_files_name_file_row_and_column(tmp_path, edit, needles):
    path = rewrite(DATA_RAW / "policy_documents.csv", tmp_path / "policy_documents.csv", edit)
    with pytest.raises(DataValidationError) as err:
        corpus.load_documents(path)
    msg = str(err.value)
    assert "policy_documents.csv" in msg and re.search(r"row \d+ \(line \d+\)", msg)
    for n in needles:
        assert n in msg


def test_every_document_says_what_its_date_is_the_date_of_as_its_source_says(docs):
    """A scholar asked of each date: the day of issue (印发), of publication (发布), of a repost? The corpus did not say, so
    a document dated by its publication was placed in the stages as if issued that day. date_basis now says it, typed
    from each row's own source: a basis other than 'not stated' must be shown by the row's search_source or note (the
    words of BASIS_WORDS), events and only events are 'event', a repost's date is U. Checked here on the committed
    rows against the source texts themselves, not against the loader's rule alone."""
    assert set(docs["date_basis"]) <= set(corpus.DATE_BASES) and docs["date_basis"].notna().all()
    assert ((docs["kind"] == "event") == (docs["date_basis"] == "event")).all()
    for r in docs.itertuples(index=False):
        shown = f"{r.search_source or ''} {r.note or ''}"
        if r.date_basis in corpus.BASIS_WORDS:
            assert any(w in shown for w in corpus.BASIS_WORDS[r.date_basis]), (r.doc_id, r.date_basis)
        if r.date_basis == "repost":
            assert r.date_status == "U", r.doc_id
        if "date" in str(r.search_fields or "").split("|"):
            # a date read from a stored page comes with the page's verb (印发, 发布, 成文日期): its basis is stated
            assert r.date_basis != "not stated", r.doc_id
    rows = docs.set_index("doc_id")
    # D13's page (search_source) words the day as the day of issue: 3月23日,中共中央办公厅、国务院办公厅印发
    assert rows.loc["D13", "date_basis"] == "issue"
    assert "3月23日,中共中央办公厅、国务院办公厅印发" in rows.loc["D13", "search_source"]
    assert rows.loc["D10", "date_basis"] == "publication" and "publication date" in rows.loc["D10", "note"]
    # D16, the Third Plenum's decision, is dated by its adoption (a stored 新华社 report), D15 by its issue (人民网)
    assert rows.loc["D16", "date_basis"] == "adoption" and "2024年7月18日下午" in rows.loc["D16", "search_source"]
    assert "正式通过《中共中央关于进一步全面深化改革、推进中国式现代化的决定》" in rows.loc["D16", "search_source"]
    assert rows.loc["D15", "date_basis"] == "issue" and "国务院办公厅于12月25日印发实施" in rows.loc["D15", "search_source"]
    # D01, D03 and D07 said 'not stated' though stored journal pages word their dates as the dates of issue (印发):
    # each row now names its page and quotes it, and data/README names the rows still 'not stated', as they are
    for doc, said in (("D01", "'2015年9月,国务院办公厅印发《关于推进分级诊疗制度建设的指导意见》"),
                      ("D03", "'2016年10月25日,《“健康中国2030”规划纲要》(以下简称《纲要》)正式印发'"),
                      ("D07", "'2019年6月,国务院印发了《国务院关于实施健康中国行动的意见》")):
        assert rows.loc[doc, "date_basis"] == "issue" and said in rows.loc[doc, "search_source"], doc
    # D12 and D18 said 'not stated' though stored pages show what their dates are: D12's notice, in an English text, closes
    # with the office and the day (its 成文日期, issue); D18 was posted, and 新华社 says published (公布), on 2025-10-29
    assert rows.loc["D12", "date_basis"] == "issue" and rows.loc["D12", "date"] == "2022-04-27"
    assert "'Office of the State Council' and 'April 27, 2022'" in rows.loc["D12", "search_source"]
    assert "'2022年4月,国务院办公厅印发《“十四五”国民健康规划》'" in rows.loc["D12", "search_source"]
    assert rows.loc["D18", "date_basis"] == "publication" and rows.loc["D18", "date"] == "2025-10-29"
    assert "'時間:2025-10-29 11:21:35 來源:國家衛生健康委'" in rows.loc["D18", "search_source"]
    assert "'29日公布的'" in rows.loc["D18", "search_source"] and "spam-wrapped mirror" in rows.loc["D18", "search_source"]
    # the rows still 'not stated' say what the search found
    assert {"D05", "D14"} == set(rows.index[rows["date_basis"] == "not stated"])
    assert "'recently jointly issued'" in rows.loc["D14", "note"] and "'2018年4月,“医防融合”一词首次出现于" in rows.loc["D05", "note"]
    from analysis.paths import ROOT
    dictionary = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"no citable stored page read says it: ([^)]*)\)", dictionary).group(1)
    assert re.split(r", | and ", listed) == sorted(rows.index[rows["date_basis"] == "not stated"]), listed
    # README's provenance line names every basis the corpus allows, in the order of corpus.DATE_BASES
    line = re.search(r"\(`date_basis`: ([^)]*)\)", (ROOT / "README.md").read_text(encoding="utf-8")).group(1)
    assert line.split(", ") == list(corpus.DATE_BASES), line


def test_the_rows_whose_pages_show_only_the_date_basis_are_named_in_data_readme(docs):
    """D15's and D16's search_source name a page that shows what their date is the date of (印发, 通过) and no field
    (search_fields empty): data/README's search_source row said every page named listed the fields it showed. It now
    names the rows whose pages show the date basis alone, as computed here."""
    from analysis.paths import ROOT

    only_basis = sorted(docs.loc[docs["search_source"].notna() & docs["search_fields"].isna(), "doc_id"])
    assert only_basis and all(b in corpus.BASIS_WORDS for b in docs.set_index("doc_id").loc[only_basis, "date_basis"])
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    said = re.search(r"A page named only for what the date is the date of \(`date_basis`\) lists no field: ([^|]*)\|",
                     readme).group(1)
    assert sorted(re.findall(r"D\d\d", said)) == only_basis, said


def test_each_documents_type_is_the_genre_its_title_ends_on_as_data_readme_says(docs):
    """doc_type typed D02 (关于印发推进家庭医生签约服务指导意见的通知) a guideline and D05 (关于做好…的通知) a notice, and
    D10 (…的意见) a guideline, without data/README saying the convention: a reader of the titles saw notices typed as
    guidelines. The README now states it (the genre the title ends on; a notice that issues another document takes
    that document's type), and this test derives each document's type from its title by that rule (D07, two linked
    documents, as the README says) and checks README names the notices that issue (印发) another document."""
    from analysis.paths import ROOT

    genres = [("指导意见", "guideline"), ("意见", "guideline"), ("规划", "plan"), ("纲要", "plan"), ("方案", "plan"),
              ("决定", "decision"), ("通知", "notice")]
    issuing = re.compile(r"^(?:.*?)关于印发(.+)的通知$")

    def genre(title: str) -> str | None:
        m = issuing.match(title)
        text = re.sub(r"[(（][^)）]*[)）]$", "", (m.group(1) if m else title).strip("“”"))
        return next((g for word, g in genres if text.endswith(word)), None)

    d = docs[docs["kind"] == "document"].set_index("doc_id")
    derived = {i: genre(t) for i, t in d["title_zh"].items() if i != "D07" and d.loc[i, "doc_type"] != "white_paper"}
    assert derived == {i: d.loc[i, "doc_type"] for i in derived}, {i: (g, d.loc[i, "doc_type"]) for i, g in derived.items()}
    assert d.loc["D07", "doc_type"] == "plan" and d.loc["D07", "title_zh"].split(";")[1].startswith("健康中国行动")
    issuers = sorted(i for i, t in d["title_zh"].items() if issuing.match(t))
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    said = re.search(r"关于印发…的通知: ([^)]*)\)", readme).group(1)
    assert sorted(re.findall(r"D\d\d", said)) == issuers and issuers, said


def test_all_document_problems_reported_at_once(tmp_path):
    def edit(rows):
        row_of(rows, "D01").update(date="15-09")
        row_of(rows, "D02").update(date_status="?")
    path = rewrite(DATA_RAW / "policy_documents.csv", tmp_path / "p.csv", edit)
    with pytest.raises(DataValidationError) as err:
        corpus.load_documents(path)
    assert len(err.value.problems) == 2


# ---------------------------------------------------------------- bad codebook, coding, benchmark, readings

@pytest.mark.parametrize("edit,needles", [
    (lambda rows: rows[0].update(family="tool"), ["column 'family'", "'tool' is not allowed", "'instrument'"]),
    (lambda rows: rows[0].update(code="theme.supply"), ["column 'code'", "does not start with its family 'instrument.'"]),
    (lambda rows: rows[0].update(keywords="人才||培养"), ["column 'keywords'", "empty keyword"]),
    (lambda rows: rows[0].update(keywords="人才|人才"), ["column 'keywords'", "keyword listed twice: 人才"]),
    (lambda rows: rows[0].update(keywords="人才|培养|人才|培养"), ["column 'keywords'", "keywords listed twice: 人才, 培养"]),
    (lambda rows: rows[1].update(code=rows[0]["code"]), ["column 'code'", "duplicate value 'instrument.supply'"]),
    (lambda rows: [r for r in rows if r["family"] != "rainbow"], ["family 'rainbow' has no codes"]),
])
def test_bad_codebook(tmp_path, edit, needles):
    _assert_codebook_refused(tmp_path, edit, needles)


def _assert_codebook_refused(tmp_path, edit, needles):
    """policy_codebook.csv rewritten by `edit` is refused, naming the file and every one of `needles`."""
    path = rewrite(DATA_RAW / "policy_codebook.csv", tmp_path / "policy_codebook.csv", edit)
    with pytest.raises(DataValidationError) as err:
        cb.load_codebook(path)
    msg = str(err.value)
    assert "policy_codebook.csv" in msg
    for n in needles:
        assert n in msg, msg


@pytest.mark.parametrize("edit,needles", [
    (lambda rows: rows[0].update(code="instrument.tax"), ["row 1 (line 2), column 'code'", "unknown code 'instrument.tax'"]),
    (lambda rows: rows[0].update(family="theme"), ["column 'family'", "belongs to family 'instrument'"]),
    (lambda rows: rows[0].update(doc_id="D99"), ["column 'doc_id'", "unknown document 'D99'"]),
    (lambda rows: rows[0].update(doc_id="E01"), ["unknown document 'E01'"]),
    (lambda rows: rows.append(dict(rows[0])), ["duplicate coding of 'instrument.environment' for 'D01'"]),
    (lambda rows: rows[0].update(family="policy"), ["'policy' is not allowed"]),
])
def test_bad_manual_coding(tmp_path, book, docs, edit, needles):
    path = rewrite(DATA_RAW / "policy_coding_manual.csv", tmp_path / "policy_coding_manual.csv", edit)
    with pytest.raises(DataValidationError) as err:
        corpus.load_manual_coding(book, docs, path)
    msg = str(err.value)
    assert "policy_coding_manual.csv" in msg
    for n in needles:
        assert n in msg


def test_bad_benchmark_shares(tmp_path, book):
    path = rewrite(DATA_RAW / "policy_benchmark.csv", tmp_path / "policy_benchmark.csv",
                   lambda rows: rows[0].update(share_percent="67.78"))
    with pytest.raises(DataValidationError, match=r"shares sum to 110.00 %; expected 100 %"):
        corpus.load_benchmark(book, path)
    path = rewrite(DATA_RAW / "policy_benchmark.csv", tmp_path / "b2.csv",
                   lambda rows: rows[0].update(share_percent="157"))
    with pytest.raises(DataValidationError, match=r"column 'share_percent': 157 is out of range"):
        corpus.load_benchmark(book, path)


@pytest.mark.parametrize("edit,needles", [
    (lambda rows: rows[1].update(order="3"), ["kind 'stage': orders [1, 3, 3, 4]", "expected 1..4"]),
    (lambda rows: next(r for r in rows if r["item_id"] == "C1").update(pair_id="C2"),
     ["column 'pair_id'", "a challenge must name a path item_id"]),
    (lambda rows: rows[0].update(linked_code="theme.luck"), ["column 'linked_code'", "unknown code 'theme.luck'"]),
    (lambda rows: rows[0].update(pair_id="P1"), ["only challenges and paths are paired"]),
    # two stages of one name: the notebook's stage_starts and landmarks, keyed by name, were then refused as
    # parameters ('unknown stage name(s) '基层整合'; allowed: 应急协作, 应急协作, ...'), the raw file never named
    (lambda rows: rows[1].update(name_zh=rows[0]["name_zh"]),
     ["paperB_readings.csv", "row 2 (line 3), column 'name_zh'", "duplicate stage name '应急协作' (first at row 1)",
      "each stage's name must be unique"]),
    # a model named otherwise than in the codebook: the figures name it from either, so two figures disagreed
    (lambda rows: next(r for r in rows if r["item_id"] == "M1").update(name_en="responsibility list"),
     ["paperB_readings.csv", "column 'name_en'", "model M1 (order 1) is named 'responsibility list'",
      "expected 'embedded responsibility lists', the label_en of 'model.responsibility_list'"]),
    (lambda rows: next(r for r in rows if r["item_id"] == "M3").update(name_zh="数字整合型"),
     ["column 'name_zh'", "model M3 (order 3) is named '数字整合型'; expected '数字赋能整合型'"]),
])
def test_bad_readings(tmp_path, book, edit, needles):
    path = rewrite(DATA_RAW / "paperB_readings.csv", tmp_path / "paperB_readings.csv", edit)
    with pytest.raises(DataValidationError) as err:
        corpus.load_readings(book, path)
    for n in needles:
        assert n in str(err.value)


@pytest.mark.parametrize("change,needle", [
    ({"role": "central"}, "column 'role': 'central' is not allowed; expected one of 'core', 'supporting'"),
    ({"code": "theme.digital"}, "column 'code': 'theme.digital' is not a Rainbow code"),
    ({"model_id": "M9"}, "column 'model_id': unknown model 'M9'"),
])
def test_bad_model_rainbow(tmp_path, book, change, needle):
    readings = corpus.load_readings(book)
    path = rewrite(DATA_RAW / "paperB_model_rainbow.csv", tmp_path / "paperB_model_rainbow.csv",
                   lambda rows: rows[0].update(**change))
    with pytest.raises(DataValidationError) as err:
        corpus.load_model_rainbow(book, readings, path)
    assert needle in str(err.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothere.csv"):
        corpus.load_documents(tmp_path / "nothere.csv")



def test_model_rainbow_table_says_its_mapping_is_the_compendiums_reading():
    """readings.py promises that every table it makes carries a `basis` column saying what comes from Paper B's
    abstract and what is the compendium's reading; challenges_paths.csv has one, but model_rainbow.csv (which Rainbow
    dimensions each practice model integrates: the compendium's reading of three model names, checked only 'by
    construction' in B07) dropped the basis of paperB_model_rainbow.csv, so the table read on its own stated the
    mapping as fact. Each row now carries its basis, taken from the raw file."""
    import pandas as pd

    from analysis.paper_b import codebook as cb, readings as rd
    from analysis.paths import DATA_DERIVED

    book = cb.load_codebook()
    readings = corpus.load_readings(book)
    mapping = corpus.load_model_rainbow(book, readings)
    table = rd.model_rainbow_matrix(mapping, readings, book.codes_of("rainbow"))
    assert "basis" in table.columns
    for m in table.itertuples(index=False):
        for b in set(mapping.loc[mapping["model_id"] == m.model_id, "basis"]):
            assert b in m.basis, (m.model_id, m.basis)
    changed = mapping.assign(basis=mapping["basis"].where(mapping["model_id"] != "M2", "read from a full text"))
    again = rd.model_rainbow_matrix(changed, readings, book.codes_of("rainbow")).set_index("model_id")
    assert "read from a full text" in again.loc["M2", "basis"] and "read from a full text" not in again.loc["M1", "basis"]
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "model_rainbow.csv", dtype=str, keep_default_na=False)
    assert committed["basis"].tolist() == table["basis"].tolist()


def test_the_timeline_label_of_the_first_use_says_what_it_rests_on():
    """The corpus timeline labelled D05 'Family doctors 2018 (first use of the term)': a fact, on the figure. The
    ledger's B02 says what it is: the first use found in titles and key phrases, a date that rests on secondary
    sources (full texts are not in the corpus), counted 'by construction'. The label of the document B02 names now
    says 'per sources'."""
    from analysis.paper_b import claims as pb_claims

    documents = corpus.load_documents()
    b02 = pb_claims.claim_first_use(documents)
    doc_id = b02.computed.split("(", 1)[1].split()[0]
    label = documents.set_index("doc_id").loc[doc_id, "label_en"]
    assert "first use" in label and "per sources" in label, label


def test_a_reading_named_otherwise_than_the_abstract_is_refused(tmp_path, book):
    """paperB_readings.csv says its names come from Paper B's abstract (name_basis: the stored page), but nothing
    checked it: a stage typed 系统改⾰ (a Kangxi radical for 革, as PDFs export it) or 体系跃进 loaded, and every claim
    then quoted a stage the abstract does not name, while the notebook's stage_starts had to be typed the same way.
    Each name must now occur verbatim in the stored abstract; the error names the row and the file."""
    abstract = corpus.load_abstract()
    readings = corpus.load_readings(book)
    assert all(n in abstract for n in readings["name_zh"])
    for wrong in ("系统改\u2f70", "体系跃进"):
        path = rewrite(DATA_RAW / "paperB_readings.csv", tmp_path / "paperB_readings.csv",
                       lambda rows: next(r for r in rows if r["item_id"] == "S3").update(name_zh=wrong))
        with pytest.raises(DataValidationError) as err:
            corpus.load_readings(book, path)
        msg = str(err.value)
        assert f"column 'name_zh': {wrong!r} does not occur in Paper B's abstract" in msg, msg
        assert "000_7f18ffbc0703f230.txt" in msg, msg


def test_a_reading_ordered_otherwise_than_the_abstract_is_refused(tmp_path, book):
    """The readings' `order` (the stage order B01 checks 'as stated', the listing order that pairs challenge k with
    path k) is said to come from the abstract, but two stages swapped loaded, and the ledger then checked the
    swapped order as Paper B's. The names of each kind must now come in the abstract's order."""
    def swap(rows):
        a, b = (next(r for r in rows if r["item_id"] == i) for i in ("S2", "S3"))
        a["order"], b["order"] = b["order"], a["order"]
    path = rewrite(DATA_RAW / "paperB_readings.csv", tmp_path / "paperB_readings.csv", swap)
    with pytest.raises(DataValidationError) as err:
        corpus.load_readings(book, path)
    msg = str(err.value)
    assert ("kind 'stage': by `order` 应急协作 → 系统改革 → 基层整合 → 体系跃迁, but the abstract lists them as "
            "应急协作 → 基层整合 → 系统改革 → 体系跃迁") in msg, msg


@pytest.mark.parametrize("doc_id, month, day", [
    # D18 showed 2025-10 though its two stored pages state the day it was published: posted 2025-10-29, 新华社 10月29日
    ("D18", "2025-10", "2025-10-29"),
    ("D16", "2024-07", "2024-07-18"),     # adopted 2024年7月18日 (a stored 新华社 report)
    ("D06", "2019-05", "2019-05-28"),     # released 5月28日 (N03's digest of 2019-05-29): the year is the date's
])
def test_a_day_a_quoted_page_states_is_kept_or_the_note_says_why_not(tmp_path, doc_id, month, day):
    """A date is as precise as its source: a row cut back to the month its page's quoted words give the day of stops
    loading, naming the row, the day and the two ways out (keep the day; or say why not in note, 'day not kept:')."""
    def cut(rows):
        row_of(rows, doc_id).update(date=month, date_precision="month")
    path = rewrite(DATA_RAW / "policy_documents.csv", tmp_path / "policy_documents.csv", cut)
    with pytest.raises(DataValidationError) as err:
        corpus.load_documents(path)
    msg = str(err.value)
    line = next(i for i, r in enumerate(csv.DictReader(open(path, encoding="utf-8"))) if r["doc_id"] == doc_id) + 2
    assert f"(line {line}), column 'date': '{month}' (month)" in msg and f"stating the day {day} within it" in msg, msg
    assert f"date '{day}', date_precision 'day'" in msg and "'day not kept:'" in msg, msg

    def cut_with_reason(rows):
        cut(rows)
        row_of(rows, doc_id)["note"] += " Day not kept: a reason (a test)."
    corpus.load_documents(rewrite(DATA_RAW / "policy_documents.csv", tmp_path / "reasoned.csv", cut_with_reason))


def test_the_days_a_rows_quotes_state_are_read_inside_the_quotes_and_the_date(docs):
    """stated_days reads only the quoted words (not a URL path or the compendium's description) and keeps the days in
    the date's own period; every committed row coarser than a day either has none or says why (D17; D04 now keeps
    the day its own text carries)."""
    text = ("http://x.cn/2025-10-30/1.html (a mirror dated 2025-10-31: '時間:2025-10-29 11:21:35', then "
            "'新華社北京10月29日電' and '2024年7月18日下午' and '12月25日印发')")
    assert corpus.stated_days(text, "2025-10") == ["2025-10-29"]
    assert corpus.stated_days(text, "2025") == ["2025-10-29", "2025-12-25"]
    assert corpus.stated_days(text, "2024-07") == ["2024-07-18"] and corpus.stated_days(None, "2024") == []
    coarse = docs[docs["date_precision"] != "day"]
    stated = {r.doc_id: corpus.stated_days(r.search_source, r.date) for r in coarse.itertuples(index=False)}
    assert {d for d, days in stated.items() if days} == {"D17"}, stated
    assert docs.set_index("doc_id").loc["D17", "note"].lower().count(corpus.DAY_NOT_KEPT) == 1
    assert corpus.DAY_NOT_KEPT not in docs.set_index("doc_id").loc["D04", "note"].lower()
    days = docs.set_index("doc_id").loc[["D04", "D06", "D16", "D18"]]
    assert days["date"].tolist() == ["2017-04-23", "2019-05-28", "2024-07-18", "2025-10-29"]
    assert (days["date_precision"] == "day").all() and (days["date_status"] == "V").all()
    assert all("date" in str(f).split("|") for f in days["search_fields"])


def test_d11_says_no_stored_page_dates_it_and_its_date_stays_the_reposts(docs):
    """D11 (the 2022 family-doctor opinion) is dated only by a news page's URL path, 2022/03/18, of a page saying 近日:
    its row said so, but not whether a page giving its issue date had been looked for. Searched again (round 52) with
    four queries, none shows it: the note says so, and the date stays U, the repost's month, with no day."""
    d11 = docs.set_index("doc_id").loc["D11"]
    assert (d11["date"], d11["date_precision"], d11["date_status"], d11["date_basis"]) == ("2022-03", "month", "U", "repost")
    assert "Searched again (round 52" in d11["note"] and "no stored page shows its issue date" in d11["note"]
    assert corpus.stated_days(d11["search_source"], d11["date"]) == []


def test_d08_is_dated_by_the_day_of_issue_a_stored_page_states_and_its_year_stays_unverified(docs):
    """D08 (国发明电〔2020〕14号) was dated 2020-05 by the URL path of a full-text repost alone (date_basis repost), the
    weakest date of the stages. A stored chronology (jiufanju.com) states its day of issue, 5月7日 with 印发, but its
    reachable head shows no year: the row now keeps that day and basis (as the loader asks of a day a quoted page
    states) and its date stays U, as D13's (day of issue shown, year not), with 'date' not among search_fields."""
    d08 = docs.set_index("doc_id").loc["D08"]
    assert (d08["date"], d08["date_precision"], d08["date_status"], d08["date_basis"]) == (
        "2020-05-07", "day", "U", "issue")
    quote = next(q for q in _quoted(d08["search_source"]) if "常态化防控工作的指导意见" in q)
    assert quote.startswith("5月7日,国务院联防联控机制印发《") and "2020" not in quote
    assert corpus.stated_days(d08["search_source"], "2020-05") == ["2020-05-07"]
    assert "date" not in str(d08["search_fields"]).split("|")
    assert "repost" not in d08["date_basis"] and "no year" in d08["note"]


def test_d17_says_its_signing_day_was_searched_for_and_is_unresolved(docs):
    """D17's two days (its 广西 repost shows 7月15日 under the signatures and 成文日期 7月25日) were left open in round
    52. Searched again (rounds 53 and 54) in the stored pages: the repost is the only page showing a day of issue, both
    days; the pages date only its publication, 7月29日, which search_source quotes. The row keeps the month of issue,
    says why the day is not kept, and says that neither search found what resolves it. (D04's day, open with it, was
    found in round 54: test_d04_is_dated_by_the_day_its_own_text_carries.)"""
    r = docs.set_index("doc_id").loc["D17"]
    assert (r["date"], r["date_precision"], r["date_status"], r["date_basis"]) == ("2024-07", "month", "V", "issue")
    for rnd in ("53", "54"):
        assert f"Searched again (round {rnd}" in r["note"]
    assert r["note"].count("unresolved") == 2
    assert corpus.stated_days(r["search_source"], "2024-07") == ["2024-07-29"]
    assert "2024年7月15日" in r["note"] and "成文日期:2024年07月25日" in r["note"]


def _code_row(rows, code):
    return next(r for r in rows if r["code"] == code)


@pytest.mark.parametrize("edit, needles", [
    # the theme rows cited the abstract as if the codes were the paper's: its words now sit in paper_terms, verbatim
    (lambda rows: _code_row(rows, "theme.value").update(paper_terms="价值认知不足"),
     ["row 9 (line 10), column 'paper_terms'", "'价值认知不足' does not occur in Paper B's abstract", "as written"]),
    (lambda rows: _code_row(rows, "theme.value").update(paper_terms=""),
     ["column 'paper_terms'", "empty, but 'theme.value''s source cites Paper B's abstract"]),
    (lambda rows: _code_row(rows, "theme.value").update(
        source="Paper B abstract (doi 10.11847/zgggws1146402): five challenges / five paths (challenge 价值认知偏差)"),
     ["row 9 (line 10), column 'source'", "without saying what is the compendium's", "not the label, definition"]),
    (lambda rows: _code_row(rows, "theme.chronic").update(paper_terms="慢性病"),
     ["column 'source'", "'theme.chronic' has paper_terms but its source does not cite 'Paper B abstract'"]),
])
def test_a_code_drawn_from_paper_bs_abstract_says_which_words_are_the_papers(tmp_path, edit, needles):
    """policy_codebook.csv's theme rows cited Paper B's abstract for codes whose labels, definitions and keywords the
    abstract does not give: a reader took 价值认知 and its keyword list for the paper's. A row citing the abstract
    now copies the abstract's words in paper_terms (checked verbatim against the stored abstract) and its source says
    the rest is the compendium's reading; a code with paper_terms cites the abstract."""
    _assert_codebook_refused(tmp_path, edit, needles)


def test_the_papers_words_in_the_codebook_are_the_readings_names_of_the_code(book):
    """A theme code's paper_terms are names paperB_readings.csv links to that code, and hold every challenge, path
    and stage linked to it (a model read as a theme, 组织体系重构型 as theme.coordination, is the model's reading,
    not what the code is drawn from; 数字赋能整合型 is both); each model code copies its model's name: the codebook
    and the readings say the same thing about which of the paper's words each code stands for."""
    readings = corpus.load_readings(book)
    themes = readings[readings["linked_code"].str.startswith("theme.")]
    for code in book.codes_of("theme"):
        linked = themes[themes["linked_code"] == code]
        assert set(book.paper_terms(code)) <= set(linked["name_zh"]), code
        assert set(linked.loc[linked["kind"] != "model", "name_zh"]) <= set(book.paper_terms(code)), code
    models = readings[readings["kind"] == "model"].sort_values("order")["name_zh"].tolist()
    assert [book.paper_terms(c) for c in book.codes_of("model")] == [[m] for m in models]
    assert all(book.paper_terms(c) == [] for f in ("instrument", "actor", "rainbow") for c in book.codes_of(f))
    drawn = book.table[book.table["paper_terms"].notna()]
    assert drawn["source"].str.contains("compendium's").all() and len(drawn) == 11
    assert "Drawn from Paper B's abstract (paper_terms): 8 theme and 3 model codes." in str(book)


#: Each Paper B raw table: its schema, the columns that say where a row comes from, the V/U columns that say what its
#: source showed (facts), and the column that names the compendium where a row is its reading (judgements).
RAW_PROVENANCE = {
    "policy_documents.csv": (corpus.DOCUMENT_SCHEMA, ("source",), tuple(corpus.STATUS_FIELDS), None),
    "policy_benchmark.csv": (corpus.BENCHMARK_SCHEMA, ("source",), ("status",), None),
    "policy_codebook.csv": (cb.CODEBOOK_SCHEMA, ("source",), (), None),
    "policy_coding_manual.csv": (corpus.MANUAL_SCHEMA, ("justification",), (), "coder"),
    "paperB_readings.csv": (corpus.READINGS_SCHEMA, ("name_basis",), (), "link_basis"),
    "paperB_model_rainbow.csv": (corpus.MODEL_RAINBOW_SCHEMA, ("justification",), (), "basis"),
    "paperB_excerpts.csv": (ex.ITEM_SCHEMA, ("url",), ex.ITEM_STATUS_COLUMNS, None),
    "paperB_units.csv": (ex.UNIT_SCHEMA, ("item_id", "excerpt_sha256"), ("date_status",), None),
    "paperB_units_coding.csv": (ex.UNIT_CODING_SCHEMA, ("justification",), (), "coder"),
    "paperB_challenge_benchmark.csv": (ex.CHALLENGE_SCHEMA, ("source_id", "unit_id"), (), "basis"),
}


@pytest.mark.parametrize("name", sorted(RAW_PROVENANCE))
def test_every_paper_b_raw_row_says_its_source_and_what_it_showed(name):
    """Every raw row of Paper B says where it comes from in a column its schema requires (loading refuses an empty
    one), a fact says V or U for what its source showed (a category of exactly V and U), and a judgement names the
    compendium as whose reading it is, row by row; every Paper B raw file is listed here."""
    assert {p.name for p in DATA_RAW.glob("p*_*.csv")} - {"paperA_cases_reconstruction.csv", "paperA_codebook.csv"} \
        == set(RAW_PROVENANCE)
    schema, sources, statuses, reading = RAW_PROVENANCE[name]
    columns = {c.name: c for c in schema}
    for col in sources + statuses + ((reading,) if reading else ()):
        assert col in columns and not columns[col].nullable, (name, col)
    for col in statuses:
        assert columns[col].kind == "category" and set(columns[col].allowed) == {"V", "U"}, (name, col)
    rows = list(csv.DictReader(open(DATA_RAW / name, encoding="utf-8")))
    assert rows and all(r[c].strip() for r in rows for c in sources + statuses), name
    if reading:
        assert all("compendium" in r[reading] for r in rows), (name, [r[reading] for r in rows][:3])


def test_notebook_01_types_the_published_instrument_shares_as_policy_benchmark_csv_gives_them():
    """Notebook 01's benchmark section (A5) types both studies' instrument shares in their order ('environment
    57.78 % > supply 30.37 % > demand 11.85 %'), the U of 马文雯 et al.'s, and what that study coded ('20 national
    医防协同 documents, 2009–2021'), and says 'Numbers are read from policy_benchmark.csv'; nothing held them to the
    file, so a share corrected there would leave the notebook stating the old one. Each study's typed list is
    recomputed here from the file: codes in descending share, the shares to two decimals, '(U' exactly where the
    file's status is U, and the study's corpus as its source column gives it."""
    import nbformat

    from analysis.paths import ROOT

    nb = nbformat.read(ROOT / "notebooks" / "01_policy_evolution.ipynb", as_version=4)
    text = next(c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("## A5 "))
    bench = corpus.load_benchmark(cb.load_codebook())
    for study, authors in (("li2023", "李怡霖 et al. 2023"), ("ma2022", "马文雯 et al. 2022")):
        rows = bench[(bench["benchmark_id"] == study) & (bench["family"] == "instrument")]
        rows = rows.sort_values("share_percent", ascending=False)
        typed = " > ".join(f"{c.split('.')[1]} {s:.2f} %" for c, s in zip(rows["code"], rows["share_percent"]))
        said = text[text.index(authors):]
        said = said[:re.search(r" %[;.]", said).start() + 2]   # up to the study's last share
        assert said.endswith(typed), (study, typed, said)
        assert ("(U" in said) == (set(rows["status"]) == {"U"}), (study, said)
        corpus_said = re.search(r"\((\d+ national \S+ documents) (\d{4})-(\d{4})", rows["source"].iloc[0])
        if corpus_said:
            assert f"{corpus_said.group(1)}, {corpus_said.group(2)}–{corpus_said.group(3)}" in said, said
    assert "Numbers are read from `policy_benchmark.csv`" in text
