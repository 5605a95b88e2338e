"""Paper B's excerpt layer: loading, cross-table validation with clear errors, coding and the checks built on it."""
import csv
import re
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.paper_b import codebook as cb
from analysis.paper_b import corpus, excerpt_checks as xc, excerpts as ex, reliability
from analysis.paths import DATA_DERIVED
from analysis.validate import DataValidationError

from _quotes import QUOTE, quoted as _quoted


@pytest.fixture(scope="module")
def book():
    return cb.load_codebook()


@pytest.fixture(scope="module")
def layer(book):
    return ex.load_excerpt_layer(book)


def copy_layer(tmp_path):
    paths = {}
    for name, src in (("items", ex.ITEMS_FILE), ("units", ex.UNITS_FILE), ("coding", ex.UNIT_CODING_FILE)):
        dst = tmp_path / src.name
        shutil.copy(src, dst)
        paths[name] = dst
    return paths


def edit_csv(path, row, column, value):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    rows[row][column] = value
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def append_copy(path, row, changes):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    new = dict(rows[row], **changes)
    with open(path, "a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, list(rows[0]), lineterminator="\n").writerow(new)


def load(book, paths):
    return ex.load_excerpt_layer(book, paths["items"], paths["units"], paths["coding"])


# ---------------------------------------------------------------- the committed layer

def test_committed_layer_loads_and_every_unit_traces_to_a_url_and_hash(layer):
    s = layer.summary().set_index("what")["n"]
    assert s["coding units"] == len(layer.units) >= 150
    assert s["items from the leads"] == 52                  # every lead is listed, read or not
    assert s["items not opened"] == 0
    u = layer.units_with_items
    assert u["url"].str.match(r"https?://").all()
    assert (u["excerpt_sha256"] == u["excerpt_zh"].map(ex.excerpt_hash)).all()
    assert set(layer.items.loc[layer.items["item_id"].isin(layer.units["item_id"]), "read_status"]) == {"read"}
    assert s["provinces with units"] >= 10


def test_unreadable_leads_are_recorded_not_filled(layer):
    bad = layer.items[layer.items["read_status"] != "read"]
    assert len(bad) > 0
    assert not bad["item_id"].isin(layer.units["item_id"]).any()


def test_a_page_the_corpus_quotes_is_a_read_item_not_an_unreachable_one(layer):
    """N11 (the commission's 解读 of D14, doczj.com) was 'not reachable', two queries having missed it, while D14's
    note quotes its head for the date basis (近日…联合印发, 公布日期 2023.12.30): one page both read and never reached.
    A later search returned it; it is read now (no unit: its head ends before the opinion's measures). Every item
    whose URL a corpus row quotes (search_source, note, key_phrases_source) is a read item, its date V as shown."""
    docs = corpus.load_documents()
    quoted = " ".join(docs[c].fillna("").str.cat(sep=" ") for c in ("search_source", "note", "key_phrases_source"))
    cited = layer.items[layer.items["url"].map(lambda url: url in quoted)]
    assert {"N03", "N07", "N11", "N12", "X01"} <= set(cited["item_id"]), sorted(cited["item_id"])
    assert (cited["read_status"] == "read").all(), cited.loc[cited["read_status"] != "read", "item_id"].tolist()
    n11 = layer.items.set_index("item_id").loc["N11"]
    assert (n11["date"], n11["date_status"], n11["title_status"]) == ("2023-12-30", "V", "V")
    assert "'【公布日期】2023.12.30'" in n11["date_read_from"] and "no unit" in n11["note"]
    assert "N11" not in set(layer.units["item_id"])
    assert "item N11, https://www.doczj.com/doc/324125723.html" in docs.set_index("doc_id").loc["D14", "note"]


def test_a_date_read_from_the_url_is_not_verified(layer):
    """V means seen in the source: a date (or its year) taken from the URL path is U (as X14, L03, X28), and so
    are the units that take the item's date. L02's page shows only 3月18日; its year came from the URL."""
    items = layer.items.set_index("item_id")
    from_url = items.index[items["date_read_from"].fillna("").str.contains("URL")]
    assert len(from_url) >= 10
    assert (items.loc[from_url, "date_status"] == "U").all(), \
        items.loc[from_url][items.loc[from_url, "date_status"] == "V"].index.tolist()
    u = layer.units.merge(items[["date"]].rename(columns={"date": "item_date"}), left_on="item_id", right_index=True)
    same = u[u["item_id"].isin(from_url) & (u["date"] == u["item_date"])]
    assert (same["date_status"] == "U").all(), same.loc[same["date_status"] == "V", "unit_id"].tolist()


def test_a_column_name_means_one_thing_in_every_paper_b_raw_table():
    """policy_documents.csv's date_basis (a fixed list: issue, adoption, publication, ...) and paperB_excerpts.csv's
    free text on what on the page gives the date shared the name date_basis, so a user joining the two tables, or
    reading data/README's dictionary, met one name with two meanings. The excerpts' column is date_read_from now; a
    name two Paper B raw tables share is of one kind in both (a fixed list, free text, a date, a number; each table's
    'kind' column is its own fixed list of what its rows are)."""
    schemas = {"policy_documents.csv": corpus.DOCUMENT_SCHEMA, "policy_coding_manual.csv": corpus.MANUAL_SCHEMA,
               "policy_benchmark.csv": corpus.BENCHMARK_SCHEMA, "paperB_readings.csv": corpus.READINGS_SCHEMA,
               "paperB_model_rainbow.csv": corpus.MODEL_RAINBOW_SCHEMA, "paperB_excerpts.csv": ex.ITEM_SCHEMA,
               "paperB_units.csv": ex.UNIT_SCHEMA, "paperB_units_coding.csv": ex.UNIT_CODING_SCHEMA,
               "paperB_challenge_benchmark.csv": ex.CHALLENGE_SCHEMA}
    seen, clashes = {}, []
    for file, schema in schemas.items():
        for c in schema:
            kind = c.kind
            if c.name in seen and seen[c.name][1] != kind:
                clashes.append((c.name, seen[c.name][0], file))
            seen.setdefault(c.name, (file, kind))
    assert not clashes, clashes
    header = ex.ITEMS_FILE.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "date_read_from" in header and "date_basis" not in header
    dictionary = (ex.ITEMS_FILE.parent.parent / "README.md").read_text(encoding="utf-8")
    assert "and `date_read_from` (what on the page gives the date" in dictionary


def test_manual_coding_covers_every_unit_with_known_codes(book, layer):
    m = ex.manual_coding(layer, book)
    assert m.doc_ids == tuple(layer.units["unit_id"])
    assert set(m.long["code"]) <= set(book.codes)
    assert (m.matrix("instrument").sum(axis=1) <= 1).all()   # at most one instrument per unit
    assert layer.coding["justification"].str.len().min() > 10


def test_unit_agreement_is_computed_per_family(book, layer):
    m, d = ex.manual_coding(layer, book), ex.dictionary_coding(layer, book)
    # the kappas and counts checked here do not depend on the bootstrap: 99 resamples, not the default 2000 (1.7 s)
    ag = reliability.agreement(m, d, ex.CODED_FAMILIES, n_boot=99)
    fam = ag.families.set_index("family")
    assert list(fam.index) == list(ex.CODED_FAMILIES)
    assert (fam["n_decisions"] == len(layer.units) * pd.Series({f: len(book.codes_of(f)) for f in ex.CODED_FAMILIES})).all()
    assert fam["kappa"].between(-1, 1).all()


# ---------------------------------------------------------------- validation errors

@pytest.mark.parametrize("target, row, column, value, needles", [
    ("units", 0, "date", "2021-13", ["paperB_units.csv", "row 1 (line 2)", "'date'", "YYYY"]),
    ("items", 2, "date", "19-05-2019", ["paperB_excerpts.csv", "row 3 (line 4)", "'date'"]),
    ("units", 3, "date_precision", "day", ["row 4 (line 5)", "'date_precision'", "does not match"]),
    ("coding", 0, "theme", "theme.value|theme.nonsense", ["paperB_units_coding.csv", "unknown code 'theme.nonsense'", "'theme'"]),
    ("coding", 1, "instrument", "instrument.supply|instrument.demand", ["at most one instrument"]),
    ("coding", 2, "model", "rainbow.system", ["unknown code 'rainbow.system'", "family 'model'"]),
    ("units", 4, "item_id", "L99", ["has no source", "'L99'"]),
    ("units", 5, "item_id", "N05", ["'not reachable'", "only read items"]),
    ("units", 6, "excerpt_zh", "改动过的摘录", ["'excerpt_sha256'", "does not match"]),
    ("items", 0, "level", "township", ["'level'", "'national'"]),
    ("units", 0, "stance", "opinion", ["'stance'", "'measure'"]),
    ("items", 20, "place_en", "杭州", ["'place_en'", "Chinese characters"]),
    # V means seen on the page: a lead whose page was never read (N05: not reachable) cannot have a verified field
    ("items", 4, "title_status", "V", ["paperB_excerpts.csv", "row 5 (line 6)", "'title_status'", "'not reachable'",
                                       "only a read page can verify a field"]),
    ("items", 4, "date_status", "V", ["row 5 (line 6)", "'date_status'", "'not reachable'"]),
])
def test_bad_files_name_file_row_column_and_what_is_allowed(tmp_path, book, target, row, column, value, needles):
    paths = copy_layer(tmp_path)
    edit_csv(paths[target], row, column, value)
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    for n in needles:
        assert n in str(e.value), str(e.value)


def test_duplicate_unit_id_and_duplicate_excerpt_are_errors(tmp_path, book):
    paths = copy_layer(tmp_path)
    append_copy(paths["units"], 0, {})
    with pytest.raises(DataValidationError, match=r"column 'unit_id': duplicate value 'N01-01'"):
        load(book, paths)
    paths = copy_layer(tmp_path)
    append_copy(paths["units"], 0, {"unit_id": "N01-99"})       # same excerpt of the same item under a new id
    with pytest.raises(DataValidationError, match="duplicate unit: the same excerpt of 'N01' is already row 1"):
        load(book, paths)


def test_unit_without_coding_row_is_an_error(tmp_path, book):
    paths = copy_layer(tmp_path)
    rows = list(csv.DictReader(open(paths["coding"], encoding="utf-8")))
    with open(paths["coding"], "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows[1:])
    with pytest.raises(DataValidationError, match=f"unit without a manual coding row: {rows[0]['unit_id']}$"):
        load(book, paths)   # one unit in the singular (was 'unit(s)'), two in the plural
    with open(paths["coding"], "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows[2:])
    with pytest.raises(DataValidationError, match=f"units without a manual coding row: {rows[0]['unit_id']}, "
                                                  f"{rows[1]['unit_id']}$"):
        load(book, paths)


def test_challenge_benchmark_phrases_must_be_quoted_from_their_unit(tmp_path, book, layer):
    dst = tmp_path / "bench.csv"
    shutil.copy(ex.CHALLENGE_BENCHMARK_FILE, dst)
    edit_csv(dst, 0, "obstacle_zh", "没有读到的说法")
    with pytest.raises(DataValidationError, match="does not occur in the excerpt of X11-01"):
        ex.load_challenge_benchmark(book, layer.units, dst)


def test_challenge_benchmark_names_what_is_allowed(tmp_path, book, layer):
    """An unknown theme code or unit in paperB_challenge_benchmark.csv was refused without saying what is allowed
    ("'theme.x' is not a theme code", "unknown unit 'Z99-01'")."""
    dst = tmp_path / "bench.csv"
    shutil.copy(ex.CHALLENGE_BENCHMARK_FILE, dst)
    edit_csv(dst, 0, "linked_code", "theme.x")
    edit_csv(dst, 1, "unit_id", "Z99-01")
    with pytest.raises(DataValidationError) as err:
        ex.load_challenge_benchmark(book, layer.units, dst)
    text = str(err.value)
    assert "row 1 (line 2), column 'linked_code': 'theme.x' is not a theme code; expected one of " in text
    assert ", ".join(book.codes_of("theme")) in text
    assert "row 2 (line 3), column 'unit_id': unknown unit 'Z99-01'; expected a unit_id of paperB_units.csv" in text


# ---------------------------------------------------------------- checks on a small hand-made layer

def tiny_layer():
    items = pd.DataFrame({
        "item_id": ["L01", "L02", "L03", "N01"], "province": ["甲", "甲", "乙", None], "province_en": ["Jia", "Jia", "Yi", None],
        "place": ["A县", "B县", "C市", "全国"], "place_en": ["A", "B", "C", "China"], "level": ["county", "county", "city", "national"],
        "url": ["http://x"] * 4, "issuer": ["i"] * 4, "source_type": ["news"] * 4, "read_status": ["read"] * 4,
        "lead_id": ["L01", "L02", "L03", "N01"]})
    units = pd.DataFrame({"unit_id": ["L01-01", "L02-01", "L03-01", "N01-01"], "item_id": ["L01", "L02", "L03", "N01"],
                          "excerpt_zh": ["a", "b", "c", "d"], "stance": ["measure", "problem", "measure", "goal"],
                          "date": ["2020", "2022-06", "2025-01-15", "2021"], "date_status": ["V"] * 4,
                          "explicit_link": ["yes"] * 4})
    coding = pd.DataFrame({"unit_id": units["unit_id"], "instrument": ["instrument.supply", None, "instrument.demand", None],
                           "actor": [None] * 4, "theme": ["theme.emergency", "theme.talent", None, None], "rainbow": [None] * 4,
                           "model": ["model.responsibility_list|model.digital_integration", "model.responsibility_list",
                                     "model.organisational_restructuring", "model.digital_integration"],
                           "justification": ["j"] * 4})
    return ex.ExcerptLayer(items, units, coding)


@pytest.mark.parametrize("date", ["2019-12-31", "2025-12-31", "2024-12-31", "2023-01-31", "2024-02-29"])
def test_a_day_lies_in_its_own_year_and_month(date):
    """A day's decimal year lies within its month's twelfth of its year, as a month's does: 2025-12-31 was placed at
    2026.0002 (months counted as 1/12 of a year, days as 1/365.25), so a unit of 31 December 2025 fell out of the
    2020-2025 window and one of 31 December 2019 into it."""
    y, m, _ = (int(p) for p in date.split("-"))
    value = xc.decimal_year(date)
    assert y + (m - 1) / 12 < value < y + m / 12
    assert xc.decimal_year(date[:7]) == pytest.approx(y + (m - 0.5) / 12)   # the month's middle, as before


def test_units_of_the_last_day_of_a_window_year_are_in_the_window(book):
    """The B12 window 2020-2025 holds a unit of 31 December 2025 and not one of 31 December 2019 (L01-01 carries the
    emergency signature code)."""
    lay = tiny_layer()
    readings = corpus.load_readings(book)
    coding = ex.manual_coding(lay, book)
    first = lay.units["unit_id"].iloc[0]
    for date, inside in (("2025-12-31", True), ("2019-12-31", False), ("2020-01-01", True)):
        units = lay.units.assign(date=lay.units["date"].where(lay.units["unit_id"] != first, date))
        moved = ex.ExcerptLayer(lay.items, units, lay.coding)
        dated = [y for _, y in xc.signature_dates(moved, coding, readings, 2020, 2025)]
        assert any(first in y.index for y in dated) is inside, date


def test_locality_models_and_spread_on_a_tiny_layer(book):
    lay = tiny_layer()
    m = ex.manual_coding(lay, book)
    loc = xc.locality_models(lay, m)
    assert loc[["province", "place"]].values.tolist() == [["乙", "C市"], ["甲", "A县"], ["甲", "B县"]]
    assert loc["hybrid"].tolist() == [False, True, False]         # national N01 is no locality
    sp = xc.model_spread(loc, book.codes_of("model")).set_index("model")
    assert sp.loc["model.responsibility_list", ["n_localities", "n_provinces"]].tolist() == [2, 1]
    assert sp["thinnest"].to_dict() == {"model.responsibility_list": False,     # 1 locality each: a tie
                                        "model.organisational_restructuring": True, "model.digital_integration": True}


def test_the_locality_table_names_its_items_with_a_place_or_body_marked_u(layer, book):
    """A locality is decided from an item's place and body (issuer); where the page did not show one (U), the
    locality is the compendium's reading. B11's note named those items, but units_localities_models.csv, the table
    the figure and the notebook show, listed its items without saying which: a reader of the table could not tell a
    locality resting on U fields. Each row now names them (`items_place_or_body_u`), the same items B11 names."""
    loc = xc.locality_models(layer, ex.manual_coding(layer, book))
    items = layer.items.set_index("item_id")
    seen = set()
    for r in loc.itertuples(index=False):
        own = str(r.items).split("|")
        expected = sorted(i for i in own if (items.loc[i, ["place_status", "issuer_status"]] == "U").any())
        assert r.items_place_or_body_u == "|".join(expected), (r.place, r.items_place_or_body_u, expected)
        seen |= set(expected)
    assert seen, "the stored layer has localities resting on items with a U place or body"
    unchecked = ex.ExcerptLayer(layer.items.drop(columns=["place_status", "issuer_status"]), layer.units, layer.coding)
    assert xc.locality_models(unchecked, ex.manual_coding(layer, book))["items_place_or_body_u"].isna().all()


def test_the_model_spread_table_names_the_localities_resting_on_an_item_with_a_place_or_body_marked_u(layer, book):
    """units_model_spread.csv lists, per practice model, the localities where it is seen, and B11 counts them; the
    locality table names the items whose place or body (issuer) is U, but the spread table, read model by model,
    did not say which of a model's localities rest on one (the responsibility-list model, seen in three localities,
    rests in 成都市新津区 on L12, whose body the page does not show). Each model now names those the chart marks [U]
    (`localities_place_or_body_u`), recomputed here from the locality table, and the committed CSV carries them."""
    loc = xc.locality_models(layer, ex.manual_coding(layer, book))
    spread = xc.model_spread(loc, book.codes_of("model")).set_index("model")
    named = []
    for m in book.codes_of("model"):
        hit = loc[(loc[m] > 0) & (loc["items_place_or_body_u"] != "")]
        expected = "|".join(f"{p}:{q}" for p, q in zip(hit["province"], hit["place"]))
        assert spread.loc[m, "localities_place_or_body_u"] == expected, (m, spread.loc[m, "localities_place_or_body_u"])
        assert set(filter(None, expected.split("|"))) <= set(spread.loc[m, "localities"].split("|"))
        named += list(filter(None, expected.split("|")))
    assert "四川:成都市新津区" in spread.loc["model.responsibility_list", "localities_place_or_body_u"].split("|")
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "units_model_spread.csv", keep_default_na=False).set_index("model")
    assert committed["localities_place_or_body_u"].to_dict() == spread["localities_place_or_body_u"].to_dict()
    unchecked = xc.model_spread(loc.drop(columns=["items_place_or_body_u"]), book.codes_of("model"))
    assert unchecked["localities_place_or_body_u"].isna().all()


def test_decimal_year_and_signature_timing(book):
    assert xc.decimal_year("2021") == 2021.5
    assert xc.decimal_year("2021-07") == pytest.approx(2021 + 6.5 / 12)
    assert xc.decimal_year(None) != xc.decimal_year(None)
    lay = tiny_layer()
    readings = corpus.load_readings(book)
    t = xc.signature_timing(lay, ex.manual_coding(lay, book), readings, 2020, 2025)
    assert t.loc[0, "code"] == "theme.emergency" and t.loc[0, "n_units"] == 1 and t.loc[0, "mean_year"] == 2020.5


def test_instrument_shares_and_challenges(book):
    lay = tiny_layer()
    m = ex.manual_coding(lay, book)
    sh = xc.instrument_shares(m).set_index("code")["percent"]
    assert sh.to_dict() == {"instrument.supply": 50.0, "instrument.environment": 0.0, "instrument.demand": 50.0}
    readings = corpus.load_readings(book)
    bench = pd.DataFrame({"source_id": ["s"], "obstacle_zh": ["重医轻防"], "linked_code": ["theme.value"], "unit_id": ["N01-01"],
                          "basis": ["b"]})
    ch = xc.challenge_comparison(readings, m, lay, bench).set_index("item_id")["status"]
    assert ch.to_dict() == {"C1": "supported", "C2": "not found", "C3": "not found", "C4": "units only",
                            "C5": "not found"}
    # a problem-framed unit without an explicit treatment-prevention link is no obstacle *to 医防融合*
    units = lay.units.assign(explicit_link=["yes", "no", "yes", "yes"])
    ch = xc.challenge_comparison(readings, m, ex.ExcerptLayer(lay.items, units, lay.coding), bench)
    assert ch.set_index("item_id").loc["C4", "status"] == "not found"


def test_a_date_whose_year_the_page_does_not_show_is_not_verified(layer):
    """A day and month on the page with the year inferred (from a plan date, a slogan, another page) is U, as
    N06 and X15, and so are the units that take the item's date. L19's page (wjw.sz.gov.cn post_3194862) shows
    only 11月18日 for the event; 2019 is read from 计划于2019年12月下旬 and 开业七周年."""
    items = layer.items.set_index("item_id")
    basis = items["date_read_from"].fillna("")
    inferred = items.index[basis.str.contains(r"\bonly\b|year read|year not shown|year from", regex=True)]
    assert "L19" in inferred, basis["L19"]
    assert (items.loc[inferred, "date_status"] == "U").all(), \
        items.loc[inferred][items.loc[inferred, "date_status"] == "V"].index.tolist()
    u = layer.units.merge(items[["date"]].rename(columns={"date": "item_date"}), left_on="item_id", right_index=True)
    same = u[u["item_id"].isin(inferred) & (u["date"] == u["item_date"])]
    assert (same["date_status"] == "U").all(), same.loc[same["date_status"] == "V", "unit_id"].tolist()


def test_a_date_read_from_the_text_says_so_and_the_words_it_quotes_give_the_date(layer):
    """L07's date_read_from said 'page date', but the reachable head of its page (zgtt.hk/archives/10481, read with the
    search tool) shows no page date: the date is the report's dateline, 2026年3月21日, in the text. The basis now
    says so and quotes it; every item whose basis is a date in the text quotes a date that gives the item's date (to
    the item's precision)."""
    items = layer.items.set_index("item_id")
    in_text = items[items["date_read_from"].fillna("").str.startswith("date in the text")]
    assert "L07" in in_text.index
    for item_id, r in in_text.iterrows():
        m = re.search(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", r["date_read_from"])
        assert m, (item_id, r["date_read_from"])
        y, mo, d = m.groups()
        quoted = f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")
        assert quoted.startswith(r["date"]), (item_id, r["date"], quoted)


def test_an_item_whose_bodies_belong_to_two_provinces_says_which_it_is_placed_in_and_that_it_is_a_reading(layer):
    """A provincial item speaks for its province, the province of its bodies; X22's two organisers are 广东省预防医学会
    and 湖南省预防医学会, and the item was placed in 湖南 (where the meeting was held) with a note saying only
    'Association meeting report.': the one item with units for 湖南, one of the provinces notebook 01 counts, rested on
    a choice nothing stated. An item whose bodies are the own bodies of more than one province now names them in its
    note, says which it is placed in and that this is the compendium's reading; the note's 'only item with units for
    湖南' is recomputed."""
    from analysis.paper_b.localities import PROVINCES
    from analysis.paper_b.hanzi import for_matching
    full = {v[0]: short for short, v in PROVINCES.items()}
    units = set(layer.units["item_id"])
    found = []
    for r in layer.items.itertuples(index=False):
        head = re.split(r"\s*[(（]", str(r.issuer or ""), maxsplit=1)[0]
        bodies = [b.strip() for b in re.split(r"[、,，;；]", head) if b.strip()]
        provinces = {short for b in bodies for name, short in full.items() if for_matching(b).startswith(name)}
        if len(provinces) < 2:
            continue
        found.append(r.item_id)
        assert r.province in provinces, (r.item_id, r.province, provinces)
        assert all(p in r.note for p in provinces) and "reading" in r.note, (r.item_id, r.note)
        assert f"placed in {r.province}" in r.note, (r.item_id, r.note)
        if f"only item with units for {r.province}" in r.note:
            same = layer.items[(layer.items["province"] == r.province) & layer.items["item_id"].isin(units)]
            assert same["item_id"].tolist() == [r.item_id], same["item_id"].tolist()
    assert found == ["X22"], found


def test_tables_counting_an_item_placed_by_reading_name_it(book, layer):
    """X22's bodies are two provinces' (广东省预防医学会, 湖南省预防医学会) and the code gives an item one province: it
    is placed in 湖南, the host, by the compendium's reading, and it is 湖南's only item with units. Its note said
    so, but the tables that count it did not: the locality table listed 湖南省 (items X22) like any other locality
    and units_summary counted 13 provinces with units, 湖南 among them, with nothing marking the reading. The
    locality table names such items per locality (items_placed_by_reading), units_summary counts the provinces whose
    units all come from them, and notebook 01's closing names them beside its typed '13 provinces'; all recomputed
    here from the items' issuers and the units."""
    import json

    from analysis.paper_b.localities import body_provinces, items_placed_by_reading
    placed = items_placed_by_reading(layer.items)
    assert placed == ["X22"]
    assert body_provinces("广东省预防医学会、湖南省预防医学会") == ["广东", "湖南"]
    assert body_provinces("浙江省肿瘤医院、浙江省疾病预防控制中心") == ["浙江"]
    loc = xc.locality_models(layer, ex.manual_coding(layer, book))
    for r in loc.itertuples(index=False):
        expected = sorted(set(r.items.split("|")) & set(placed))
        assert r.items_placed_by_reading == "|".join(expected), (r.place, r.items_placed_by_reading)
    assert loc.set_index("place").loc["湖南省", "items_placed_by_reading"] == "X22"
    u = layer.units_with_items
    only = sorted(p for p, g in u[u["province"].notna()].groupby("province") if set(g["item_id"]) <= set(placed))
    assert only == ["湖南"]
    summary = layer.summary().set_index("what")["n"]
    assert summary["provinces with units only from an item placed there by the compendium's reading"] == len(only)
    written = pd.read_csv(DATA_DERIVED / "paperB" / "units_summary.csv").set_index("what")["n"]
    assert written.equals(summary.astype(written.dtype))
    nb = json.loads((Path(__file__).resolve().parents[1] / "notebooks" / "01_policy_evolution.ipynb")
                    .read_text(encoding="utf-8"))
    closing = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                   and "What this shows, and what it cannot" in "".join(c["source"]))
    sentence = next(line for line in closing.splitlines() if "provinces, those the stored pages cover" in line)
    for p in only:
        items = sorted(set(u.loc[u["province"] == p, "item_id"]))
        assert p in sentence and all(i in sentence for i in items) and "reading" in sentence, sentence
    rule = next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                and "A locality is a (province, place) pair" in "".join(c["source"]))
    assert all(i in rule for i in placed) and "items_placed_by_reading" in rule and "reading" in rule


def test_a_model_seen_through_an_item_placed_by_reading_is_marked_in_the_spread_and_b11(book, layer):
    """X22 (bodies of 广东 and 湖南, placed in 湖南 by the compendium's reading) carries no practice-model code, so no
    count of B11 rests on it; but nothing would have said so if it did: the chart marks such a locality [R], while
    model_spread and B11's note named only the localities resting on a U place or body. A synthetic unit of X22
    coded with the responsibility-list model now shows in model_spread's localities_placed_by_reading (湖南:湖南省,
    that model only) and in B11's note (the locality, the item, [R], and the verdict without the item, recomputed
    here); without such a code the table's column is empty and the note says nothing of it."""
    from analysis.paper_b import claims as bclaims
    model = "model.responsibility_list"
    extra_unit = dict(layer.units[layer.units["item_id"] == "X22"].iloc[0], unit_id="X22-99",
                      excerpt_zh="制定公共卫生责任清单(synthetic)")
    extra_coding = dict(layer.coding[layer.coding["unit_id"] == "X22-01"].iloc[0], unit_id="X22-99", model=model)
    lay = ex.ExcerptLayer(layer.items, pd.concat([layer.units, pd.DataFrame([extra_unit])], ignore_index=True),
                          pd.concat([layer.coding, pd.DataFrame([extra_coding])], ignore_index=True))
    readings = corpus.load_readings(book)
    models = book.codes_of("model")
    spread = xc.model_spread(xc.locality_models(lay, ex.manual_coding(lay, book)), models).set_index("model")
    assert spread["localities_placed_by_reading"].to_dict() == {m: ("湖南:湖南省" if m == model else "") for m in models}
    note = bclaims.claim_models_in_localities(lay, ex.manual_coding(lay, book), readings).note
    name = readings[readings["kind"] == "model"].sort_values("order")["name_zh"].iloc[models.index(model)]
    assert "[R]" in note and "湖南:湖南省" in note and "(items X22)" in note, note
    without = bclaims.claim_models_in_localities(layer, ex.manual_coding(layer, book), readings)   # X22 adds no model
    assert f"without those items the verdict is '{without.verdict}'" in note, note
    assert name in note.split("[R]")[1], (name, note)
    assert "[R]" not in without.note
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "units_model_spread.csv", keep_default_na=False)
    assert (committed["localities_placed_by_reading"] == "").all()


def test_a_report_whose_head_shows_no_title_nor_date_keeps_both_unverified(layer):
    """L22 (panyu.gov.cn bmgzbg/2022, the 番禺区卫生健康局 summary of 2022) had its title V and its date 2022 V with
    date_read_from 'title'; read again with the search tool, the reachable head begins with the text ('2022年,是具有特殊
    重要意义的一年') under no title and shows no page date: the title is the lead's, and 2022 is the year the report
    summarises, not the year of its issue (the office's 2023 summary was published 2024-03-29). Both are U, and the
    basis says what the year is. No item whose date rests on its title keeps that title U."""
    r = layer.items.set_index("item_id").loc["L22"]
    assert r["title_status"] == "U" and r["date_status"] == "U"
    assert "2022年,是具有特殊重要意义的一年" in r["date_read_from"] and "summarises" in r["date_read_from"]
    by_title = layer.items[layer.items["date_read_from"].fillna("").isin(["title"]) & (layer.items["date_status"] == "V")]
    assert (by_title["title_status"] == "V").all(), by_title["item_id"].tolist()


def test_the_title_rule_the_data_dictionary_states_is_the_one_the_items_follow(layer):
    """X13 and L25 were V with the compendium's parenthesis after the title, X06 (its page's headline is
    推动疾病预防控制事业高质量发展) and X08 (its abstract page's title field) U with one: no rule said what V meant when
    an annotation follows the words. data/README.md states it (the words before a closing parenthesis are judged, the
    annotation never; V: the read page shows them as its title; U: a description, the lead's title, another page's
    title), names the items read again for it, and this test reads those names back: each has its status and a note
    'Title V:' quoting the words as the page shows them, or 'Title U:' saying why not. A title that opens with a
    parenthesis is a description, so U, and any 'Title V/U:' note agrees with the status."""
    readme = " ".join((DATA_DERIVED.parent / "README.md").read_text(encoding="utf-8").split())
    rule = readme.split("**The title rule.**")[1].split("Mirror pages")[0]
    assert "the annotation is never judged" in rule and "shows but not this one" in rule, rule
    named = re.search(r"\(([^()]*) V; ([^()]*) U\)\.", rule)
    assert named, rule
    pinned = {i: s for s, group in zip("VU", named.groups()) for i in re.findall(r"\b[NLX]\d{2}\b", group)}
    assert {"X06", "X08", "X13", "L25", "X03", "X20", "X21", "L35"} <= set(pinned), pinned
    # read again later: two with an annotation after the words, three whose title is a description opening with one
    assert {i: pinned.get(i) for i in ("X02", "L33", "X16", "X26", "N04")} == dict.fromkeys(
        ("X02", "L33", "X16", "X26", "N04"), "U"), pinned
    items = layer.items.set_index("item_id")
    for item_id, status in pinned.items():
        r = items.loc[item_id]
        words = re.sub(r"\s\([^()]*\)$", "", r["title_as_read"])      # the annotation is not judged
        described = str(r["title_as_read"]).startswith(("(", "\uff08"))
        assert words != r["title_as_read"] or described, item_id         # each named item carries one
        assert r["title_status"] == status and f"Title {status}: " in r["note"], (item_id, r["note"])
        said = r["note"].split(f"Title {status}: ")[1]
        if status == "V":
            assert words in said, (item_id, words)
        elif item_id in ("X02", "L33", "X16", "X26", "N04"):   # what the head shows in place of a title, quoted
            assert re.search(r"'[^']*[\u4e00-\u9fff][^']*'", said), (item_id, said)
    for item_id, r in items.iterrows():
        note = str(r["note"] or "")
        if str(r["title_as_read"]).startswith(("(", "\uff08")):
            assert r["title_status"] == "U", item_id
        said = re.search(r"Title ([VU]): ", note)
        assert said is None or said.group(1) == r["title_status"], item_id
    assert items.loc["X06", "title_status"] == "V" and items.loc["X21", "title_status"] == "U"


def test_the_year_no_stored_page_shows_stays_unverified_and_the_rows_say_it_was_searched(layer):
    """D13 (中办发〔2023〕10号) and N06, its one-sentence news brief, are dated 2023-03-23 with the date U: the brief
    shows 3月23日 without a year, and 2023 is only implied by the number. Searched again, no stored page shows the
    year: both rows say so, and which pages the search returned, rather than leaving a reader to wonder whether it
    was looked for; the date stays U in both."""
    docs = corpus.load_documents().set_index("doc_id")
    items = layer.items.set_index("item_id")
    for row in (docs.loc["D13"], items.loc["N06"]):
        assert row["date_status"] == "U" and str(row["date"]).startswith("2023-03-23")
        note = str(row["note"])
        assert "searched again" in note.lower() and "no stored page shows the year" in note, note
        assert "ordoszxqy.org.cn/policy/info/3797" in note, note


def test_an_issuer_the_page_leaves_blank_is_not_verified(layer):
    """L13's page (hainanzhou.gov.cn content_400010889) shows 发布机构 empty and 文号 empty: 海南州 is the place
    in the title and the site's, not a shown issuer, so issuer_status is U and the note says why."""
    r = layer.items.set_index("item_id").loc["L13"]
    assert r["issuer_status"] == "U"
    assert "发布机构" in r["note"]


def test_an_issuer_the_page_names_in_the_words_it_quotes_is_verified_with_those_words(layer):
    """N10 (shuohk.com, a commentary) records the body whose words its unit quotes, 中共中央, as U with no reason,
    though its stored head names it: '党的二十届三中全会审议通过的《中共中央关于…的决定》提出“…医防协同、医防融合”'
    (read again with the search tool this round). It is V now, and an item's note that says 'Issuer V' quotes the
    page's words, which name the issuer as the row gives it (before its parenthesis); its year, which the page does
    not show (it names the plenum), stays U."""
    items = layer.items.set_index("item_id")
    n10 = items.loc["N10"]
    assert (n10["issuer_status"], n10["date_status"], n10["date_read_kind"]) == ("V", "U", "reading")
    said = [(i, r) for i, r in items.iterrows() if "Issuer V" in str(r["note"])]
    assert "N10" in [i for i, _ in said]
    for i, r in said:
        assert r["issuer_status"] == "V", i
        quoted = re.findall(r"'([^']+)'", str(r["note"]).split("Issuer V", 1)[1])
        body = str(r["issuer"]).split(" (")[0]
        assert quoted and body in quoted[0], (i, body, quoted)
    assert "医防协同、医防融合" in n10["note"] and "year stays U" in n10["note"]



def test_a_clause_a_vendor_attributes_to_a_plan_says_the_attribution_is_in_doubt_and_why_no_stage_depends(layer):
    """N14-01 quotes a vendor page (yidehealthy.com) that dates the 2016 纲要's release and attributes the clause to
    it; actor_as_read said '国务院 (纲要 ...)', an issuer the page does not show, and nothing said the attribution
    rests on the vendor alone. The same words are in a 2017-05 provincial plan issued after 《中国防治慢性病中长期规划
    (2017—2025年)》 (2017-01), so the clause may be that plan's. The note says so and names the pages read; the
    note's 'no stage depends on which' is recomputed: both dates fall before the first stage and before
    excerpt_years."""
    import json
    from analysis.paper_b import periodisation as per
    unit = layer.units.set_index("unit_id").loc["N14-01"]
    assert "国务院" not in unit["actor_as_read"] and "vendor" in unit["actor_as_read"]
    note = unit["note"]
    assert "attribution is in doubt" in note
    assert "yybnet.net/gansu/news/201705/6147331.html" in note and "zh.m.wikisource.org" in note
    assert "《中国防治慢性病中长期规划(2017—2025年)》" in note and "2017年1月22日" in note
    params = json.loads((DATA_DERIVED / "paperB" / "parameters.json").read_text(encoding="utf-8"))
    starts = params["stage_starts"]
    stages = per.validate_stage_starts(starts, sorted(starts, key=starts.get))
    for date in (unit["date"], "2017-01"):
        _, last = per.date_interval(date)
        assert last.year < params["excerpt_years"][0], date
        assert stages.stage_of(last) == per.PRE_STAGE, date


def test_a_unit_dated_by_a_document_it_is_only_attributed_to_keeps_its_date_unverified(layer):
    """A unit's date is the date of the words it quotes: the page's, or, where its note says so, that of the event or
    document the clause reports. It is V only where the page shows that date for those words; a date the page gives a
    document it attributes the clause to, when the attribution is in doubt, is the document's date, not the
    clause's, and stays U. N14-01 had 2016-10 V (the vendor page's date for the 纲要's release) while its note says
    the clause may be a 2017 plan's. data/README states the rule."""
    event_dated = layer.units[layer.units["note"].fillna("").str.startswith(
        "date of the event the clause reports")]
    doubted = event_dated[event_dated["note"].str.contains("attribution is in doubt", regex=False)]
    assert "N14-01" in set(doubted["unit_id"])
    assert (doubted["date_status"] == "U").all(), doubted.loc[doubted["date_status"] != "U", "unit_id"].tolist()
    readme = " ".join((DATA_DERIVED.parent / "README.md").read_text(encoding="utf-8").split())
    assert "a date the page gives a document it attributes the clause to is U when the attribution is in doubt" \
        in readme


def test_a_clause_the_page_ties_to_a_dated_event_carries_the_events_year(layer):
    """L04's page (huayikangjian.com/detail/12890, 2025-08-25) gives under one heading '2024年,县委、县政府加大投入…
    实施县人民医院“一院两区”规划' (L04-06, dated 2024 as the event it reports) and then '同时,打造望远、闽宁两大基层
    区域医疗卫生中心…' (L04-07), which kept the page's date 2025-08-25: two measures the page dates together fell
    on either side of the 体系跃迁 start (2024-07), one in the stage, one straddling it. L04-07 now carries 2024, and
    its note quotes the words that date it. Every event-dated unit whose note quotes the page has its year in the
    quoted words."""
    units = layer.units.set_index("unit_id")
    assert units.loc["L04-07", "date"] == units.loc["L04-06", "date"] == "2024"
    assert units.loc["L04-07", "date_status"] == "V" and "同时" in units.loc["L04-07", "note"]
    checked = []
    for uid, r in units.iterrows():
        note = str(r["note"] or "")
        quoted = _quoted(note)
        if not note.startswith("date of the event the clause reports") or not quoted:
            continue
        given = dates_the_words_give(quoted)
        assert str(r["date"])[:7] in given, (uid, r["date"], quoted, given)
        checked.append(uid)
    assert {"L04-07", "X17-03", "X17-04"} <= set(checked), checked


_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2}


def dates_the_words_give(passages: list[str]) -> set[str]:
    """The years ('2024') and months ('2023-03') that quoted words give: written out (2024年, 2024年3月), relative
    to the page's date the note quotes ('发布日期: 2023-10-11' with 去年 -> 2022, 今年3月 -> 2023-03), or a passage
    opening with a month alone ('10月,首届…') under the one year the quoted paragraph opener writes out
    ('2025年,四川通过…' -> 2025-10)."""
    text = " ".join(passages)
    given = set()
    for y, mo in re.findall(r"(\d{4})年(?:(\d{1,2})月)?", text):
        given |= {y} | ({f"{y}-{int(mo):02d}"} if mo else set())
    openers = {m.group(1) for q in passages if (m := re.match(r"(\d{4})年[,，]", q))}
    if len(openers) == 1:
        y = openers.pop()
        given |= {f"{y}-{int(m.group(1)):02d}" for q in passages if (m := re.match(r"(\d{1,2})月[,，]", q))}
    page = re.search(r"发布日期[:：]\s*(\d{4})-\d{2}-\d{2}", text)
    for word, mo in re.findall(r"(今年|去年|前年)(?:(\d{1,2})月)?", text):
        assert page, f"{word} quoted without the page's date: {passages}"
        y = int(page.group(1)) + _RELATIVE_YEARS[word]
        given |= {str(y)} | ({f"{y}-{int(mo):02d}"} if mo else set())
    return given


def test_a_year_the_page_gives_from_its_own_date_is_verified(layer):
    """X17's page (wj.gov.cn, 发布日期: 2023-10-11) reports '去年,我区统筹…省内首家医防联合体建设试点' (X17-03, dated
    2022) and '今年3月,为进一步推动…第二家医防联合体' (X17-04, 2023-03), and both were U though the page shows its
    own date and counts the years from it: the page shows 2022 and 2023-03 for those words, so they are V (the day
    stays out). An event-dated unit whose quoted words give its date, written out or from the page's date the note
    quotes, is V unless its note says the attribution is in doubt; the resolver is pinned by hand. L33-01 (a review
    of 2025 on paper.dzjkb.org.cn: '2025年,四川通过…', then '10月,首届西部(成都)健康促进博览会举办,聚焦医防融合…')
    was 2025-10 U with no note: the page shows that month for those words, so it is V, its note quoting them."""
    assert dates_the_words_give(["去年,我区统筹…", "发布日期: 2023-10-11"]) == {"2022"}
    assert dates_the_words_give(["今年3月,", "发布日期: 2023-10-11"]) == {"2023", "2023-03"}
    assert dates_the_words_give(["2024年,县委…"]) == {"2024"}
    assert dates_the_words_give(["2025年,四川通过…", "10月,首届西部…"]) == {"2025", "2025-10"}
    assert dates_the_words_give(["2024年,…", "2025年,…", "10月,…"]) == {"2024", "2025"}   # which year: not said
    units = layer.units.set_index("unit_id")
    assert units.loc["X17-03", "date"] == "2022" and units.loc["X17-04", "date"] == "2023-03"
    verified = []
    for uid, r in units.iterrows():
        note = str(r["note"] or "")
        if not note.startswith("date of the event the clause reports") or "attribution is in doubt" in note:
            continue
        if str(r["date"])[:7] in dates_the_words_give(_quoted(note)):
            assert r["date_status"] == "V", (uid, r["date"], note)
            verified.append(uid)
    # L33-01 (a 2025 review's '10月,首届西部(成都)健康促进博览会举办,' under '2025年,四川通过…') was 2025-10 U
    assert {"X17-03", "X17-04", "L04-07", "L33-01"} <= set(verified), verified
    readme = " ".join((DATA_DERIVED.parent / "README.md").read_text(encoding="utf-8").split())
    assert "A year the page gives from its own date" in readme and "is shown by it, so V" in readme


DOCUMENT_DATED = "date of the document whose words the clause gives, not of the page"


def test_a_documents_words_a_later_page_reports_carry_the_documents_date(layer):
    """X07-01 quotes the 2023 疾控 opinion's goals from a page of 2024-01-12 and carried that page's date, and X06-01
    the summary N07 gives (新华社, 12月26日, year U), while N07's units, the same summary, carry the opinion's date of
    issue, 2023-12-25, as N07's page shows it ('国务院办公厅于12月25日印发'): one document's words under three dates.
    X01's units, the 十四五 国民健康规划's words on a 新华社 page of 2022-05-20 ('日前印发'), carried that page's date;
    the plan's notice is dated April 27, 2022 (D12) on a stored page, which the note names by URL and quotes; X05-01,
    the 十三五 卫生与健康规划's (国发〔2016〕77号, not in the corpus) on a news item dated from its gov.cn link's
    2017-01-10, is 2016-12-27, as a stored page dates the plan; X03-01 and X04's two units, the 健康中国行动 opinion's
    (D07), were 2019 U (neither page shows a year) and are 2019-06, the month a stored page gives its issue. N10-01
    quotes the Third Plenum decision (D16, 体系跃迁's landmark) from a commentary whose year is U: it was dated 2024,
    a year straddling the 体系跃迁 start and placed by its first day in 系统改革; it is the decision's 2024-07, U, as
    no stored page read here shows the month.
    A unit whose note says its date is the document's names the read item whose page shows that date (its date V and
    equal, the words quoted in the note those of its date_read_from) or the stored page's URL and the words giving the
    day, and the corpus document (same date, its title or number in the note); every item whose note calls it the same summary as another item has that item's unit dates."""
    items = layer.items.set_index("item_id")
    units = layer.units.set_index("unit_id")
    docs = corpus.load_documents().set_index("doc_id")
    checked = []
    for uid, r in units[units["note"].fillna("").str.startswith(DOCUMENT_DATED)].iterrows():
        note = r["note"]
        if r["date_status"] == "U":   # the document's date, which no stored page read here shows
            assert "no stored page read here shows" in note, uid
        elif "http" in note:   # a stored page, not an item: its words quoted give the day
            said = [datetime.strptime(q, "%B %d, %Y").date().isoformat() for q in _quoted(note)
                    if re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", q)]
            said += [f"{int(y):04d}-{int(m):02d}" + (f"-{int(d):02d}" if d else "") for q in _quoted(note)
                     for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", q)]
            assert said == [r["date"]], (uid, said)
        else:                # a read item whose date_read_from quotes the words that date it
            named = [i for i in re.findall(r"\b([NLX]\d{2})\b", note) if i != r["item_id"]]
            assert named, (uid, note)
            source = items.loc[named[-1]]
            assert source["read_status"] == "read" and source["date_status"] == "V", (uid, named[-1])
            assert r["date"] == source["date"] and r["date_precision"] == source["date_precision"], uid
            said = [q for q in _quoted(note) if "月" in q]
            assert said and all(q in source["date_read_from"] for q in said), (uid, said, source["date_read_from"])
        checked.append(uid)
        in_corpus = re.search(r"\b(D\d{2})\b", note)
        if not in_corpus:    # a document the corpus does not hold says so
            assert "not in the corpus" in note and r["date_status"] == "V", uid
            continue
        doc = docs.loc[in_corpus.group(1)]
        assert doc["date"] == r["date"] and doc["date_precision"] == r["date_precision"], uid
        assert doc["date_status"] == "V" or r["date_status"] == "U", uid
        title = doc["title_zh"].removeprefix(doc["issuer"]).removeprefix("关于")
        assert any(title in q for q in _quoted(note)) or doc["doc_number"] in note, (uid, title)
    assert {"X06-01", "X07-01", "X01-01", "X01-05", "X05-01", "X03-01", "X04-01", "X04-02", "N10-01", "N01-01"} \
        <= set(checked), checked
    # N01, a mirror of D01's head, showed its number and no date, and its row and unit were 2015 V, though a year
    # only a document number implies is U (X04, D08, D13): the item is U, its unit the document's month, 2015-09 V
    implied = items[items["date_read_from"].fillna("").str.contains("implied by the document number")]
    assert "N01" in implied.index and (implied["date_status"] == "U").all(), implied["date_status"].to_dict()
    assert (units.loc["N01-01", "date"], units.loc["N01-01", "date_status"]) == ("2015-09", "V")
    for item_id, r in items.iterrows():
        same = re.search(r"Same summary as ([NLX]\d{2})", str(r["note"] or ""))
        if same and item_id in set(units["item_id"]):
            dates = set(units.loc[units["item_id"] == same.group(1), "date"])
            assert set(units.loc[units["item_id"] == item_id, "date"]) <= dates, item_id
    readme = " ".join((DATA_DERIVED.parent / "README.md").read_text(encoding="utf-8").split())
    assert "A document's words that a later page reports (its goals, an official summary of it) carry the " \
           "document's date" in readme


def test_the_pages_read_again_are_items_read_and_those_changed_say_so(layer):
    """data/README lists the pages read again with the search tool and whether the row changed, so a reader (and the
    next re-reading) knows which rows were checked twice. Every item it names is a read item with units, named once;
    a 'changed' item's units or row carry the change in a note or basis (a note on a unit, a date basis or note on the
    item), and the items whose units this round dated by a document or a relative year are among the changed."""
    readme = (DATA_DERIVED.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("**Pages read again**", 1)[1].split("\n\n", 1)[0]
    changed = block.split("- changed:", 1)[1].split("- unchanged", 1)[0]
    unchanged = block.split("- unchanged", 1)[1]
    ids_changed = re.findall(r"\b([NLX]\d{2})\b(?!-)", changed)
    ids_unchanged = re.findall(r"\b([NLX]\d{2})\b(?!-)", unchanged)
    named = ids_changed + ids_unchanged
    assert len(named) == len(set(named)), named
    items = layer.items.set_index("item_id")
    with_units = set(layer.units["item_id"]) | {"L22", "N04"}   # read again, they give no units
    for i in named:
        assert i in items.index and items.loc[i, "read_status"] == "read" and i in with_units, i
    units = layer.units
    for i in ids_changed:
        notes = units.loc[units["item_id"] == i, "note"].fillna("")
        item = items.loc[i]
        assert (notes != "").any() or "reachable head" in str(item["date_read_from"]) + str(item["note"]) \
            or "text" in str(item["date_read_from"]), i
    dated = units.loc[units["note"].fillna("").str.startswith(DOCUMENT_DATED), "item_id"]
    relative = units.loc[units["note"].fillna("").str.contains("发布日期"), "item_id"]
    assert set(dated) | set(relative) <= set(ids_changed), (set(dated) | set(relative)) - set(ids_changed)


def test_the_quote_finder_of_notes_reads_past_apostrophes():
    """The checks above read the words a note quotes between single quotes; the finder took every pair of ' marks,
    so an apostrophe ("the page's heading", "the 纲要's release", a quote holding "the page's words") opened or
    closed a quote: it read 's heading ' as quoted words, and a year the note does not quote could pass the check."""
    note = ("date of the event the clause reports, not of the page: it opens after '2024年,县委…' with 同时, "
            "under the page's heading '优布局'")
    assert _quoted(note) == ["2024年,县委…", "优布局"]
    assert _quoted("the 纲要's release '2016年10月,《纲要》发布' and the units' dates '去年'") == \
        ["2016年10月,《纲要》发布", "去年"]
    assert _quoted("'the page's words: 2024年' then 'B'") == ["the page's words: 2024年", "B"]
    assert _quoted("(news item: '近日,国务院医改办')") == ["近日,国务院医改办"]
    assert _quoted("the page's date, no quote") == [] and _quoted(None) == [] and _quoted(float("nan")) == []
    # every note of the layer quotes passages the finder closes: no ' is left over, outside or inside a passage,
    # other than an apostrophe between two letters or after a letter before a blank (the units' dates)
    for text in layer_notes():
        rest = QUOTE.sub("", text)
        assert not re.search(r"(?<![^\W_])'|'(?![^\W_]|\s|$)", rest), text


def layer_notes():
    """Every note of the items and units, and every search_source of the corpus, that holds a '."""
    for path, columns in ((ex.ITEMS_FILE, ("note", "date_read_from")), (ex.UNITS_FILE, ("note",)),
                          (corpus.DOCUMENTS_FILE, ("search_source", "note"))):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            yield from (row[c] for c in columns if "'" in (row.get(c) or ""))


def test_stage_timing_keeps_how_many_dates_are_unverified(book, layer):
    """units_stage_timing.csv mixes V and U dates in its means: each row says how many of its units have a U date,
    so the V/U marking survives into the derived table (the figure marks U dates, the table did not)."""
    lay = tiny_layer()
    lay = ex.ExcerptLayer(lay.items, lay.units.assign(date_status=["U", "V", "V", "V"]), lay.coding)
    readings = corpus.load_readings(book)
    t = xc.signature_timing(lay, ex.manual_coding(lay, book), readings, 2020, 2025)
    assert t.loc[0, "n_units"] == 1 and t.loc[0, "n_date_unverified"] == 1
    assert (xc.signature_timing(lay, ex.manual_coding(lay, book), readings, 2020, 2025,
                                verified_only=True)["n_date_unverified"] == 0).all()
    full = xc.signature_timing(layer, ex.manual_coding(layer, book), readings, 2020, 2025)
    assert (full["n_date_unverified"] > 0).any() and (full["n_date_unverified"] <= full["n_units"]).all()
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "units_stage_timing.csv")
    assert committed["n_date_unverified"].tolist() == full["n_date_unverified"].tolist()


def _exact_step_p(a, b):
    """Exact one-sided p-values of mean(b) - mean(a) by enumerating every split of the pooled dates into groups of
    the two sizes (each split equally likely under shuffling): P(d >= observed), P(d <= observed); ties count."""
    import itertools

    pool = list(a) + list(b)
    obs = sum(b) / len(b) - sum(a) / len(a)
    ds = []
    for idx in itertools.combinations(range(len(pool)), len(a)):
        first = [pool[i] for i in idx]
        rest = [pool[i] for i in range(len(pool)) if i not in idx]
        ds.append(sum(rest) / len(rest) - sum(first) / len(first))
    n = len(ds)
    return sum(d >= obs - 1e-9 for d in ds) / n, sum(d <= obs + 1e-9 for d in ds) / n


def test_order_steps_p_values_match_the_exact_permutation_distribution():
    """order_steps' p-values, (1 + hits) / (1 + permutations), approach the exact permutation p-values, ties
    included on both sides (dates of one year repeat: 2021.5 twice). Small groups, all splits enumerated here."""
    groups = [[2021.5, 2022.5], [2020.5, 2021.5], [2021.5, 2023.5, 2024.5], [2020.5, 2024.5, 2025.5, 2021.5]]
    n_perm = 20000
    table = xc.order_steps(groups, n_permutations=n_perm, seed=7)
    assert table["step"].tolist() == [1, 2, 3]
    for row, (a, b) in zip(table.itertuples(), zip(groups, groups[1:])):
        p_inc, p_rev = _exact_step_p(a, b)
        assert row.difference == pytest.approx(sum(b) / len(b) - sum(a) / len(a))
        assert (row.n_from, row.n_to) == (len(a), len(b))
        assert row.p_increase == pytest.approx(p_inc, abs=0.015) and row.p_reversal == pytest.approx(p_rev, abs=0.015)
        assert min(row.p_increase, row.p_reversal) >= 1 / (1 + n_perm)
    assert pd.isna(xc.order_steps([[2021.5], []], n_permutations=10).loc[0, "p_increase"])


def test_order_steps_shuffle_a_pages_units_together():
    """Ten units of one page dated 2021 against ten of another page dated 2022: as 20 independent dates the later
    group is later beyond any doubt (p about 1/184756), but it is one page against one: with `clusters` the pages
    are exchanged whole and either order is as likely, p_increase about 0.5. A page's units share its date."""
    groups = [[2021.5] * 10, [2022.5] * 10]
    naive = xc.order_steps(groups, n_permutations=999, seed=3)
    assert naive.loc[0, "p_increase"] == pytest.approx(1 / 1000)
    clusters = [["P1"] * 10, ["P2"] * 10]
    paged = xc.order_steps(groups, n_permutations=999, seed=3, clusters=clusters)
    assert 0.4 < paged.loc[0, "p_increase"] < 0.6 and paged.loc[0, "p_reversal"] == 1.0
    assert (paged.loc[0, "n_from"], paged.loc[0, "n_to"], paged.loc[0, "difference"]) == (10, 10, 1.0)
    # every unit its own page: the same test as without clusters (exact p-values by enumeration, as above)
    g = [[2021.5, 2022.5], [2020.5, 2023.5, 2024.5]]
    own = xc.order_steps(g, n_permutations=20000, seed=7, clusters=[["a", "b"], ["c", "d", "e"]])
    p_inc, p_rev = _exact_step_p(*g)
    assert own.loc[0, "p_increase"] == pytest.approx(p_inc, abs=0.015)
    assert own.loc[0, "p_reversal"] == pytest.approx(p_rev, abs=0.015)
    with pytest.raises(ValueError, match="clusters must give one cluster per date of each group"):
        xc.order_steps(groups, n_permutations=9, clusters=[["P1"] * 10])


def test_order_steps_draws_in_chunks_with_the_same_p_values_and_bounded_memory(monkeypatch):
    """n_permutations may reach 1,000,000 (the notebook's bound), where drawing every shuffle at once held 1.5 GB;
    drawn in chunks the memory stays small and the p-values are the same as drawn at once."""
    import tracemalloc

    rng = np.random.default_rng(3)
    groups = [list(2020 + rng.random(90) * 3), list(2021 + rng.random(100) * 3)]
    monkeypatch.setattr(xc, "_CHUNK", 10**9, raising=False)
    at_once = xc.order_steps(groups, n_permutations=5_003, seed=11)
    monkeypatch.setattr(xc, "_CHUNK", 1_000, raising=False)
    pd.testing.assert_frame_equal(xc.order_steps(groups, n_permutations=5_003, seed=11), at_once)
    monkeypatch.undo()
    tracemalloc.start()
    xc.order_steps(groups, n_permutations=200_000, seed=11)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 100 * 2**20, f"{peak / 2**20:.0f} MiB"   # at once: 200,000 x 190 dates, about 300 MB


# ---------------------------------------------------------------- which locality an item speaks for

def test_a_provincial_item_held_in_a_city_speaks_for_its_province_not_the_city(book):
    """X22, a meeting of provincial associations held in 郴州, was counted as the locality 湖南 · 郴州市: the place
    where a provincial body met decided the locality. The level of the issuing body decides: a provincial item
    speaks for its province (湖南省), a city, county or institution item for its place."""
    lay = tiny_layer()
    items = pd.concat([lay.items, pd.DataFrame({
        "item_id": ["X22"], "province": ["湖南"], "province_en": ["Hunan"], "place": ["郴州市"],
        "place_en": ["Chenzhou"], "level": ["provincial"], "url": ["http://x"], "issuer": ["湖南省预防医学会"],
        "source_type": ["news"], "read_status": ["read"], "lead_id": [None]})], ignore_index=True)
    units = pd.concat([lay.units, pd.DataFrame({
        "unit_id": ["X22-01"], "item_id": ["X22"], "excerpt_zh": ["e"], "stance": ["description"], "date": ["2025"],
        "date_status": ["V"], "explicit_link": ["yes"]})], ignore_index=True)
    coding = pd.concat([lay.coding, pd.DataFrame({
        "unit_id": ["X22-01"], "instrument": [None], "actor": [None], "theme": [None], "rainbow": [None],
        "model": ["model.digital_integration"], "justification": ["j"]})], ignore_index=True)
    wide = ex.ExcerptLayer(items, units, coding)
    loc = xc.locality_models(wide, ex.manual_coding(wide, book))
    assert "郴州市" not in set(loc["place"])
    hunan = loc.set_index(["province", "place"]).loc[("湖南", "湖南省")]
    assert (hunan["place_en"], hunan["levels"], hunan["items"]) == ("Hunan province", "provincial", "X22")
    # the city, county and institution items still speak for their places
    assert [p for p in loc["place"] if p != "湖南省"] == ["C市", "A县", "B县"]


def test_every_provincial_locality_of_the_committed_layer_is_a_province(layer):
    """In the committed table no locality is a city reached through a provincial item (X22 held in 郴州)."""
    from analysis.paper_b.localities import PROVINCES
    table = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    provincial = table[table["levels"] == "provincial"]
    assert len(provincial) > 0
    assert (provincial["place"] == provincial["province"].map(lambda p: PROVINCES[p][0])).all(), provincial
    assert "郴州市" not in set(table["place"])
    row = table[table["items"].str.split("|").map(lambda ids: "X22" in ids)]
    assert row[["province", "place", "levels"]].values.tolist() == [["湖南", "湖南省", "provincial"]]


@pytest.mark.parametrize("column, value, says", [
    ("province", "湖南省", "is not a province's short name"),
    ("province_en", "Hunan province", "expected 'Hunan'"),
])
def test_a_province_not_written_as_a_short_name_is_refused(book, tmp_path, column, value, says):
    paths = copy_layer(tmp_path)
    row = next(i for i, r in enumerate(csv.DictReader(open(paths["items"], encoding="utf-8"))) if r["item_id"] == "X22")
    edit_csv(paths["items"], row, column, value)
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    assert f"row {row + 1} (line {row + 2}), column '{column}'" in str(e.value) and says in str(e.value)


def test_b11s_note_states_the_locality_rule_its_counts_use(book):
    """B11's note still defined a locality as a (province, place) pair after the level of an item's body came to
    decide it (a provincial item speaks for its province wherever it was held): the ledger now says the rule used."""
    from analysis.paper_b import claims as pb_claims
    lay = tiny_layer()
    note = pb_claims.claim_models_in_localities(lay, ex.manual_coding(lay, book), corpus.load_readings(book)).note
    assert "a provincial item its province, wherever it was held" in note and "(province, place) pair" not in note


# ---------------------------------------------------------------- the level of an item follows what it records

def _item_row(paths, item_id):
    return next(i for i, r in enumerate(csv.DictReader(open(paths["items"], encoding="utf-8"))) if r["item_id"] == item_id)


def test_a_study_naming_no_locality_cannot_speak_for_its_authors_city(book, tmp_path):
    """L44 (韩燕玲 et al. 2025, authors at 济南市疾控) was coded as 山东 · 济南市 and made 济南 a responsibility-list
    locality, though its excerpts describe the national supervisor system (我国在全国推行疾控监督员制度; 国家疾控局在9
    省启动试点) and name neither 济南 nor 山东: the authors' affiliation stood in for the place of a practice. A study
    below national level must now name its locality in its title or a unit; L44 as coded before is refused."""
    paths = copy_layer(tmp_path)
    row = _item_row(paths, "L44")
    for column, value in (("level", "city"), ("place", "济南市"), ("place_en", "Jinan"), ("province", "山东"),
                          ("province_en", "Shandong")):
        edit_csv(paths["items"], row, column, value)
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    msg = str(e.value)
    assert "paperB_excerpts.csv" in msg and f"row {row + 1} (line {row + 2}), column 'level'" in msg, msg
    assert "'L44'" in msg and "济南" in msg and "affiliation" in msg and "'national'" in msg, msg


def test_a_study_that_names_its_locality_still_speaks_for_it(book, tmp_path):
    """The rule reads the title and the units: L39 (金山区 study) and L45 (湖北 study) load as before."""
    lay = load(book, copy_layer(tmp_path))
    levels = lay.items.set_index("item_id")["level"]
    assert (levels["L39"], levels["L45"], levels["L14"]) == ("county", "provincial", "provincial")


def test_l44_is_national_evidence_and_no_locality_counts_it(layer):
    """Decision (round 27): L44 records the national supervisor system, so it is national: its units count in the
    stage, instrument and challenge checks as before, but for no locality; 济南 and 山东 leave the practice-model
    tables, and the responsibility-list model is seen in the four localities of four provinces left."""
    item = layer.items.set_index("item_id").loc["L44"]
    assert (item["level"], item["place"], item["province"]) == ("national", "全国", None)
    assert "济南" in item["note"] and "national" in item["note"]
    table = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    assert "济南市" not in set(table["place"]) and "山东" not in set(table["province"])
    assert not table["items"].str.split("|").map(lambda ids: "L44" in ids).any()
    spread = pd.read_csv(DATA_DERIVED / "paperB" / "units_model_spread.csv").set_index("model")
    assert "山东" not in spread.loc["model.responsibility_list", "provinces"]


def test_an_item_of_provincial_bodies_is_provincial_wherever_they_stand(book, tmp_path):
    """X14, an agreement of 浙江省肿瘤医院 and 浙江省疾控中心 (a provincial cancer-control model, under the provincial
    health commission), was coded at institution level and so spoke for 杭州市, where the two bodies stand. An item
    whose every issuing body is one of its province's own (its name starts with 浙江省) is now refused below
    provincial level, naming the row, the bodies and the level to write."""
    paths = copy_layer(tmp_path)
    row = _item_row(paths, "X14")
    edit_csv(paths["items"], row, "level", "institution")
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    msg = str(e.value)
    assert f"row {row + 1} (line {row + 2}), column 'level'" in msg and "'X14'" in msg, msg
    assert "浙江省肿瘤医院" in msg and "'provincial'" in msg, msg


def test_x14_speaks_for_zhejiang_province_not_hangzhou(layer):
    item = layer.items.set_index("item_id").loc["X14"]
    assert (item["level"], item["province"]) == ("provincial", "浙江")
    table = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    row = table[table["items"].str.split("|").map(lambda ids: "X14" in ids)]
    assert row[["province", "place", "levels"]].values.tolist() == [["浙江", "浙江省", "provincial"]]
    assert "杭州市" not in set(table["place"])   # X14 was its only item; 杭州市西湖区 (X25) stays


# ---------------------------------------------------------------- what the responsibility-list code needs to quote

#: what a quote must show for 权责清单嵌入型 (policy_codebook.csv: "a list of duties, a responsibility list, supervisors
#: placed in institutions"): a list (清单; Anhui's 三单 are three lists), a supervisor placed, or named parties' duties
RESPONSIBILITY_LIST_MARKS = ("清单", "三单", "监督员", "四方责任")


def test_every_responsibility_list_unit_quotes_a_list_a_supervisor_or_named_duties(layer):
    """N03-03, X09-01, L13-01 and L13-04 were coded 权责清单嵌入型 for 权责清晰 (clear powers and responsibilities), 权责分工
    and the 医共体 formula 责任、管理、服务、利益共同体: goals of any restructuring, not a written list of duties, so
    海南州 (青海) counted as a responsibility-list locality on phrases every county-community document uses. The code
    now needs its mechanism in the quote."""
    coded = layer.coding[layer.coding["model"].fillna("").str.split("|").map(lambda m: "model.responsibility_list" in m)]
    text = dict(zip(layer.units["unit_id"], layer.units["excerpt_zh"]))
    without = {u: text[u] for u in coded["unit_id"] if not any(k in text[u] for k in RESPONSIBILITY_LIST_MARKS)}
    assert not without, without
    assert len(coded) >= 5        # the rule leaves the model observed, it does not empty it


def test_a_list_that_names_no_prevention_or_treatment_task_is_a_reading_b11_names(book, layer):
    """L12-01 (新津区 puts the pilot county on the Party and government's 核心工作清单) is coded 权责清单嵌入型 by the
    literal rule (a 清单 in the quote), though the list names no body's prevention or treatment task, as the model's
    definition asks; it is one of the model's three localities and nothing said its code was the compendium's
    reading. Its justification now says so (LITERAL_LIST_READING), and B11's note names it and gives the verdict
    with that code taken away, recomputed here by dropping the unit: 2 localities in 2 provinces, which the
    one-coding rule makes 'not testable'. An unmarked unit leaves the note silent."""
    from analysis.paper_b import claims as bclaims
    readings = corpus.load_readings(book)
    coding = layer.coding.set_index("unit_id")
    marked = coding.index[coding["justification"].str.contains(bclaims.LITERAL_LIST_READING, regex=False)].tolist()
    assert marked == ["L12-01"], marked
    assert "核心工作清单" in layer.units.set_index("unit_id").loc["L12-01", "excerpt_zh"]
    assert "model.responsibility_list" in coding.loc["L12-01", "model"]
    note = bclaims.claim_models_in_localities(layer, ex.manual_coding(layer, book), readings).note
    cut = replace(layer, units=layer.units[layer.units["unit_id"] != "L12-01"],
                  coding=layer.coding[layer.coding["unit_id"] != "L12-01"])
    without = bclaims.claim_models_in_localities(cut, ex.manual_coding(cut, book), readings)
    assert "权责清单嵌入型: 2 localities in 2 provinces" in without.computed, without.computed
    assert without.verdict == "not testable"
    assert "L12-01 (成都市新津区)" in note and "compendium's reading of the literal rule" in note, note
    assert f"the verdict '{without.verdict}'" in note, note
    unmarked = replace(layer, coding=layer.coding.assign(justification=layer.coding["justification"].str.replace(
        bclaims.LITERAL_LIST_READING, "", regex=False)))
    assert "literal rule" not in bclaims.claim_models_in_localities(unmarked, ex.manual_coding(unmarked, book),
                                                                    readings).note
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "claims.csv").set_index("claim_id")
    assert "L12-01 (成都市新津区)" in committed.loc["B11", "note"]


def test_every_verdict_b11_gives_without_some_items_or_codes_is_computed_as_b11_and_shown_where_its_counts_are(
        book, layer):
    """B11 ('true': 权责清单嵌入型 in 3 localities of 3 provinces) gave three verdicts without something: without
    L12-01's literal-清单 code 'not testable' (the full check: 2 localities in 2 provinces, then the one-coding rule),
    but with verified places and bodies only 'true', counted on the thresholds alone, though dropping those items
    leaves the same 2 localities in 2 provinces; and its rule sentence said no single decision 'reverses this
    verdict' beside a single code whose removal gave 'not testable'. Every verdict the note gives without some items
    or codes is now B11's own check, one-coding rule included (so 'not testable' both times, and why), the rule
    sentence says what it tests (no change takes a model below the thresholds), and notebook 01's section on the
    models, where a reader meets the counts, shows B11 as coded and without the literal reading
    (literal_list_verdicts), as the committed ledger does."""
    import json
    from analysis.paths import ROOT
    from analysis.paper_b import claims as bclaims
    readings = corpus.load_readings(book)
    coding = ex.manual_coding(layer, book)
    claim = bclaims.claim_models_in_localities(layer, coding, readings)
    used = {i for items in xc.locality_models(layer, coding)["items"] for i in items.split("|")}
    u_items = xc.locality_unverified_items(layer.items[layer.items["item_id"].isin(used)])
    verified = bclaims.claim_models_in_localities(replace(layer, units=layer.units[~layer.units["item_id"].isin(u_items)]),
                                                  coding, readings)
    assert f"with verified places and bodies only the verdict is '{verified.verdict}'" in claim.note, claim.note
    assert verified.verdict == "not testable" and "One-coding rule: a model would fall short" in verified.note
    assert "reverses this verdict" not in claim.note
    assert "takes a model below the thresholds." in claim.note
    assert claim.note.count("the one-coding rule makes 'not testable'") == 2, claim.note
    table = bclaims.literal_list_verdicts(layer, coding, readings)
    assert table["coding"].tolist() == ["as coded", "without the literal 清单 reading"]
    assert table["agrees"].iloc[0] == claim.verdict == "true"
    assert table["units"].iloc[1] == "L12-01 (成都市新津区)"
    without = table.iloc[1]
    assert f"without that code the count is 权责清单嵌入型: {without['responsibility_list']} and the verdict " \
        f"'{without['agrees']}'" in claim.note, claim.note
    assert claim.computed.startswith(f"权责清单嵌入型: {table['responsibility_list'].iloc[0]};")
    assert table["agrees_zh"].tolist() == ["一致", "无法检验"]
    unmarked = replace(layer, coding=layer.coding.assign(justification=layer.coding["justification"].str.replace(
        bclaims.LITERAL_LIST_READING, "", regex=False)))
    assert bclaims.literal_list_verdicts(unmarked, ex.manual_coding(unmarked, book), readings).empty
    # the executed notebook shows the table in the section on the models, and the committed ledger the same verdicts
    cells = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))["cells"]
    shown = [c for c in cells if c["cell_type"] == "code" and "literal_list_verdicts" in "".join(c["source"])]
    assert len(shown) == 1 and "model_spread" in "".join(shown[0]["source"])
    printed = "".join("".join(o.get("data", {}).get("text/plain", o.get("text", ""))) for o in shown[0]["outputs"])
    assert "without the literal 清单 reading" in printed and "L12-01 (成都市新津区)" in printed, printed
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "claims.csv").set_index("claim_id").loc["B11"]
    assert committed["agrees"] == claim.verdict and committed["note"] == claim.note


def test_an_affiliation_in_a_described_title_does_not_name_the_locality(book, tmp_path):
    """X08 passed the study rule through its described title '加快推进紧密型县域医共体建设 (江建明, 河北省卫生健康委)': the
    author's affiliation in the parenthesis named 河北. Its reachable text (the article's first lines) is national
    policy (党中央、国务院高度重视县域医共体建设; 习近平总书记强调...; 国务院办公厅印发...), so 河北省 was an
    organisational-restructuring locality on an affiliation. The rule reads the title up to a parenthesis."""
    paths = copy_layer(tmp_path)
    row = _item_row(paths, "X08")
    for column, value in (("level", "provincial"), ("place", "河北省"), ("place_en", "Hebei province"),
                          ("province", "河北"), ("province_en", "Hebei")):
        edit_csv(paths["items"], row, column, value)
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    assert f"row {row + 1} (line {row + 2}), column 'level'" in str(e.value) and "'X08'" in str(e.value)


def test_x08_is_national_and_hebei_is_no_locality(layer):
    item = layer.items.set_index("item_id").loc["X08"]
    assert (item["level"], item["place"], item["province"]) == ("national", "全国", None)
    table = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    assert "河北" not in set(table["province"])


# ---------------------------------------------------------------- place names on a page in traditional characters

def _study(place, province, title, quote, level="county"):
    items = pd.DataFrame({"item_id": ["X99"], "source_type": ["study"], "level": [level], "place": [place],
                          "province": [province], "title_as_read": [title]})
    return items, pd.DataFrame({"item_id": ["X99"], "excerpt_zh": [quote]})


@pytest.mark.parametrize("place, province, title, quote", [
    ("广州市", "广东", "某研究", "廣州市推進醫防融合"),                          # the unit names it, traditional
    ("广州市", "广东", "廣州市醫防融合實踐", "推进医防融合"),                    # the title names it
    ("廣州市", "广东", "某研究", "广州市推进医防融合"),                          # the place written as the page shows it
    ("海口市", "海南", "某研究", "海(hǎi)南省推進醫防融合"),                    # the province, with a pinyin note
    ("郑州市巩义市", "河南", "某研究", "鞏(gǒng)義市推進醫防融合"),             # with a pinyin note, as X13's mirror
])
def test_a_study_naming_its_locality_in_traditional_characters_speaks_for_it(place, province, title, quote):
    """localities.py matched place names as simplified text only: a study whose page shows 廣州市番禺區 (a mirror in
    traditional characters, as X13's) named no locality for the study rule, and its item was refused as if it
    named none. Place names are now matched as the keyword dictionary reads a page (analysis.paper_b.hanzi)."""
    items, units = _study(place, province, title, quote)
    ex.check_study_localities(items, units)          # no error: the page names the locality


@pytest.mark.parametrize("place, province, names", [
    ("杭州市西湖区", "浙江", ["浙江", "杭州", "西湖"]), ("郑州市巩义市", "河南", ["河南", "郑州", "巩义"]),
    ("海南藏族自治州", "青海", ["青海", "海南藏族"]), ("济南市", "山东", ["山东", "济南"]), ("宁夏回族自治区", "宁夏", ["宁夏", "宁夏回族自治"]),
])
def test_a_city_whose_name_ends_in_zhou_keeps_its_name(place, province, names):
    """locality_names split a place at 州 as at 市: 杭州市 gave 杭 (too short, dropped), so a study of 杭州市 whose
    text names 杭州 but not 浙江 was refused as naming no locality. 州 ends many a city's name; 自治州 is the suffix."""
    from analysis.paper_b.localities import locality_names

    assert locality_names(place, province) == names
    items, units = _study(place, province, "某研究", f"{names[1]}推进医防融合")
    ex.check_study_localities(items, units)


def test_a_study_naming_another_place_in_traditional_characters_is_still_refused():
    items, units = _study("广州市", "广东", "某研究", "濟南市推進醫防融合")
    with pytest.raises(DataValidationError, match="neither its title nor its units name"):
        ex.check_study_localities(items, units)


def test_provincial_bodies_and_localities_read_traditional_characters_as_simplified():
    """廣東省疾病預防控制中心 is a body of 广东省 (provincial_bodies found none); a place written 廣州市 and one written
    广州市 are one locality, not two (item_localities kept each as written, so B11 counted two)."""
    from analysis.paper_b.localities import item_localities, locality_names, provincial_bodies

    assert provincial_bodies("廣東省疾病預防控制中心、廣東省人民醫院", "广东") == ["廣東省疾病預防控制中心", "廣東省人民醫院"]
    assert provincial_bodies("黑龍江省衛生健康委員會", "黑龙江") == ["黑龍江省衛生健康委員會"]
    assert provincial_bodies("廣州市衛生健康委員會", "广东") == []
    assert locality_names("廣州市番禺區", "广东") == ["广东", "广州", "番禺"]
    items = pd.DataFrame({"item_id": ["A", "B", "C"], "province": ["广东", "广东", "广东"], "level": ["city"] * 3,
                          "place": ["廣州市", "广州市", "深圳市"], "place_en": ["Guangzhou", "Guangzhou", "Shenzhen"]})
    assert item_localities(items)["locality"].tolist() == ["广州市", "广州市", "深圳市"]


def test_a_province_written_in_traditional_characters_is_refused_naming_its_short_name():
    from analysis.paper_b.localities import province_problem

    why = province_problem("廣東", "Guangdong")
    assert "'廣東'" in why and "write 广东" in why, why


def test_the_traditional_table_covers_every_place_name_localities_matches(layer):
    """The place names of the provinces and of every item are covered by hanzi's table (regenerate it with
    tools/t2s_table.py after adding an item whose place has a character it does not cover)."""
    from analysis.paper_b import hanzi
    from analysis.paper_b.localities import PROVINCES

    names = [*PROVINCES, *(full for full, _, _ in PROVINCES.values()), *layer.items["place"]]
    assert hanzi.uncovered(names) == []
    assert hanzi.for_matching("黑龍江省、廣西壯族自治區、內蒙古、新疆維吾爾自治區、陝西、遼寧、重慶") == \
        "黑龙江省、广西壮族自治区、内蒙古、新疆维吾尔自治区、陕西、辽宁、重庆"


def test_data_readme_count_without_the_readings_is_b11s_computed_count(book, layer):
    """data/README's words on the model family say that without the items or codes B11's note sets aside (places or
    bodies marked U, the literal 清单 reading) 权责清单嵌入型 is left at the thresholds, '(2 localities in 2
    provinces)': a typed count no test read, which a coding or locality change would have left standing. It is now
    read from the README and recomputed as B11's note computes each verdict without something: the count of
    权责清单嵌入型 without the U items and without the literal-reading codes, each B11's own check (one-coding rule
    included), must be the stated one, and 'not testable' each time, as the sentence goes on to say."""
    from analysis.paths import ROOT
    from analysis.paper_b import claims as bclaims
    text = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    stated = re.findall(r"without them 权责清单嵌入型 is left at the thresholds \((\d+) localities in (\d+) provinces\), "
                        r"so it is 'not testable', not 'true'", text)
    assert len(stated) == 1, stated
    readings = corpus.load_readings(book)
    coding = ex.manual_coding(layer, book)
    used = {i for items in xc.locality_models(layer, coding)["items"] for i in items.split("|")}
    u_items = xc.locality_unverified_items(layer.items[layer.items["item_id"].isin(used)])
    without_u = bclaims.claim_models_in_localities(
        replace(layer, units=layer.units[~layer.units["item_id"].isin(u_items)]), coding, readings, notes=False)
    hits = bclaims.literal_list_hits(layer, coding)
    assert not hits.empty
    without_literal = bclaims.claim_models_in_localities(
        layer, replace(coding, long=coding.long.drop(index=hits.index)), readings, notes=False)
    for claim in (without_u, without_literal):
        count = re.match(r"权责清单嵌入型: (\d+) localities in (\d+) provinces", claim.computed)
        assert count and count.groups() == stated[0], (claim.computed, stated)
        assert claim.verdict == "not testable", claim.verdict



def test_an_item_dated_by_an_event_its_page_reports_says_so(layer):
    """L33's item date, 2025-10 (U), is the month of the fair its unit L33-01 reports ('10月,首届西部(成都)健康促进
    博览会举办,' in a review of 2025), not the page's date, but its date_read_from read 'page: 10月, in a review of 2025',
    as if the page were dated October; X22's, the meeting's 2025-03-22, says the page's own date beside it ('dated
    2025-03-26'). An item dated from words on its page ('page: ...') that give the date of an event one of its units
    reports (the unit's note: 'date of the event the clause reports') now says what the date is of: the page's own
    date beside it, or that the page shows none, and that the date is the event's."""
    units = layer.units
    events = units[units["note"].fillna("").str.startswith("date of the event the clause reports")]
    items = layer.items.set_index("item_id")
    checked = []
    for r in events.itertuples(index=False):
        basis = str(items.loc[r.item_id, "date_read_from"] or "")
        if str(items.loc[r.item_id, "date"]) != str(r.date) or not basis.startswith("page:"):
            continue
        assert re.search(r"dated \d{4}-\d{2}-\d{2}", basis) or "shows no date of its own" in basis, (r.item_id, basis)
        assert re.search(r"dated \d{4}-\d{2}-\d{2}", basis) or "the event's, not the page's" in basis, (r.item_id, basis)
        checked.append(r.item_id)
    assert {"L33", "X22"} <= set(checked), checked


def _unit_row(paths, unit_id):
    return next(i for i, r in enumerate(csv.DictReader(open(paths["units"], encoding="utf-8"))) if r["unit_id"] == unit_id)


@pytest.mark.parametrize("item_id, read_from, named", [
    # L39 and L44 were V from a DOI's year: a DOI is a name from which no date may be inferred
    ("L39", "DOI 10.12677/mm.2024.149274 on the page", "DOI"),
    ("L44", "DOI 10.3969/j.issn.1674-2982.2025.06.004 on the page", "DOI"),
    ("X12", "year from the URL path", "URL"),
    ("N01", "year implied by the document number 国办发〔2015〕70号", "document number"),
])
def test_a_date_read_from_an_identifier_cannot_be_verified(book, tmp_path, item_id, read_from, named):
    """A year a DOI, URL path or document number carries is implied, not a date the page shows: a row whose
    date_read_from names such an identifier as what the date is read from stops loading if its date is V, naming
    the row, the item and the identifier. L39 and L44 were V so (round 52)."""
    paths = copy_layer(tmp_path)
    row = _item_row(paths, item_id)
    edit_csv(paths["items"], row, "date_read_from", read_from)
    edit_csv(paths["items"], row, "date_status", "V")
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    msg = str(e.value)
    assert f"row {row + 1} (line {row + 2}), column 'date_status'" in msg and f"{item_id!r}" in msg, msg
    assert f"identifier ({named}:" in msg and "write 'U'" in msg and "citation line" in msg, msg


def test_a_verified_date_says_what_on_the_page_shows_it(book, tmp_path):
    """A V date with an empty date_read_from is refused (the rule above could not be checked on it); a citation line
    the page shows verifies a year even where the row also names the DOI after it (L44 as committed)."""
    paths = copy_layer(tmp_path)
    row = _item_row(paths, "X19")
    edit_csv(paths["items"], row, "date_read_from", "")
    with pytest.raises(DataValidationError, match=rf"row {row + 1} \(line {row + 2}\), column 'date_read_from': "
                                                  r"empty, but 'X19'"):
        load(book, paths)
    assert ex.date_basis_clause("citation line on the page: '中国卫生政策研究,2025,18(6):26-33' (引用本文; the DOI "
                                "agrees)") == "citation line on the page: '中国卫生政策研究,2025,18(6):26-33'"


def test_l39_and_l44_are_dated_by_what_their_pages_show_not_by_their_dois(layer):
    """L39's page shows its year only inside its DOI (mm.2024.149274): U, and so is L39-04, dated by the page. L44's
    page shows the citation line 中国卫生政策研究,2025,18(6), quoted in date_read_from: 2025 stays V on that line."""
    items = layer.items.set_index("item_id")
    assert items.loc["L39", "date_status"] == "U" and "DOI" in ex.date_basis_clause(items.loc["L39", "date_read_from"])
    assert items.loc["L44", "date_status"] == "V"
    basis = ex.date_basis_clause(items.loc["L44", "date_read_from"])
    assert "citation line" in basis and "2025" in _quoted(basis)[0] and "DOI" not in basis
    units = layer.units.set_index("unit_id")
    assert units.loc["L39-04", "date_status"] == "U"
    assert (units.loc[units["item_id"] == "L44", "date_status"] == "V").all()


def test_a_unit_without_a_note_carries_its_pages_date(book, tmp_path):
    """A unit with no note is dated by its page (data/README): its date, precision and status are its item's, so a
    page date turned U (L39) cannot stay V on the unit; a unit whose note dates it otherwise is not bound."""
    paths = copy_layer(tmp_path)
    row = _unit_row(paths, "L39-04")
    edit_csv(paths["units"], row, "date_status", "V")
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    msg = str(e.value)
    assert "paperB_units.csv" in msg and f"row {row + 1} (line {row + 2}), column 'date_status'" in msg, msg
    assert "'L39-04' has no note" in msg and "'L39'" in msg and "status 'U'" in msg, msg
    edit_csv(paths["units"], row, "note", "date of the event the clause reports (a test)")
    edit_csv(paths["units"], row, "date_read_kind", "page text")   # 'item' would say it is the page's date
    load(book, paths)


def test_an_items_annotation_names_no_year_its_date_does_not_verify(layer):
    """L39's issuer read '李国峰 等 (现代管理 2024)' after its date became U (its 2024 is only its DOI's): the
    annotation stated the year as the item's, as a figure label once did for D11 and D13. The compendium's annotation,
    a closing parenthesis of title_as_read or issuer, writes a year only where the item's date is V; a year inside a
    document number (闽政办〔2021〕48号) is the number's, not a date."""
    year = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    stated = []
    for r in layer.items.itertuples(index=False):
        for column in ("title_as_read", "issuer"):
            m = re.search(r"[(（]([^()（）]*)[)）]\s*$", str(getattr(r, column)))
            if m and year.search(re.sub(r"〔\d{4}〕", "", m.group(1))) and r.date_status != "V":
                stated.append((r.item_id, column, getattr(r, column)))
    assert stated == [], stated
    items = layer.items.set_index("item_id")
    assert items.loc["L39", "issuer"] == "李国峰 等 (现代管理)" and "2025" in items.loc["L44", "issuer"]


def test_the_excerpt_layer_keeps_a_day_its_quoted_words_state(book, tmp_path):
    """The corpus's day rule (a date is as precise as the words it is read from) holds for the excerpt layer too: N10-01
    cut back to D16's month, while its note quotes the page's '2024年7月18日下午…通过', stops loading, as does an item
    whose date_read_from quotes a day inside its month; 'day not kept:' in note, with a reason, lets either load."""
    paths = copy_layer(tmp_path)
    row = _unit_row(paths, "N10-01")
    edit_csv(paths["units"], row, "date", "2024-07")
    edit_csv(paths["units"], row, "date_precision", "month")
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    msg = str(e.value)
    assert "paperB_units.csv" in msg and f"row {row + 1} (line {row + 2}), column 'date': '2024-07' (month)" in msg, msg
    assert "note quotes words stating the day 2024-07-18" in msg and "'day not kept:'" in msg, msg
    rows = list(csv.DictReader(open(paths["units"], encoding="utf-8")))
    edit_csv(paths["units"], row, "note", rows[row]["note"] + "; day not kept: a reason (a test)")
    load(book, paths)
    item = _item_row(paths, "L33")
    edit_csv(paths["items"], item, "date_read_from", "page: '10月18日,首届西部(成都)健康促进博览会'")
    with pytest.raises(DataValidationError, match=rf"row {item + 1} \(line {item + 2}\), column 'date': '2025-10' "
                                                  r"\(month\), but date_read_from quotes words stating the day "
                                                  r"2025-10-18"):
        load(book, paths)


# ---------------------------------------------------------------- date_read_kind: what a date is read from

def test_every_dated_item_says_in_a_category_what_its_date_is_read_from(layer):
    """The identifier and day rules read date_read_from's words (a DOI, a URL; quoted days); date_read_kind now says
    the same in one of DATE_READ_KINDS, given exactly for the dated items, and only a kind the page shows verifies a
    date (as committed: every V date is read from a page date, page text, a citation line or a title)."""
    items = layer.items
    dated = items["date"].notna()
    assert (items["date_read_kind"].notna() == dated).all()
    assert set(items.loc[dated, "date_read_kind"]) <= set(ex.DATE_READ_KINDS)
    verified = items[items["date_status"] == "V"]
    assert set(verified["date_read_kind"]) <= set(ex.SHOWN_DATE_KINDS), verified[["item_id", "date_read_kind"]]
    by_kind = items.set_index("item_id")["date_read_kind"]
    assert by_kind["L39"] == "identifier" and by_kind["L44"] == "citation line" and by_kind["X06"] == "other item"
    # every row whose words name an identifier first is of kind 'identifier', and every such row names one
    first = items["date_read_from"].map(lambda w: ex.IDENTIFIER_BASIS.search(ex.date_basis_clause(w)) is not None)
    assert (items.loc[first, "date_read_kind"] == "identifier").all()
    named = items["date_read_from"].fillna("").map(lambda w: ex.IDENTIFIER_BASIS.search(w) is not None)
    assert named[items["date_read_kind"] == "identifier"].all()


@pytest.mark.parametrize("item_id, edits, column, needles", [
    # a dated item without a kind, an undated one with one
    ("X19", {"date_read_kind": ""}, "date_read_kind", ["empty, but 'X19' has a date", "'page date'"]),
    ("L05", {"date_read_kind": "page text"}, "date_read_kind", ["'page text', but 'L05' has no date"]),
    # a V date whose kind is not one the page shows, whatever its words say
    ("X06", {"date_status": "V"}, "date_status", ["'V' for 'X06', whose date_read_kind is 'other item'", "write 'U'"]),
    ("N02", {"date_status": "V"}, "date_status", ["whose date_read_kind is 'reading'"]),
    ("L02", {"date_status": "V"}, "date_status", ["whose date_read_kind is 'identifier'"]),
    # the category and the words disagree
    ("X12", {"date_read_kind": "page date"}, "date_read_kind",
     ["'page date' for 'X12', but date_read_from reads the date first from an identifier (URL:", "'identifier'"]),
    ("X17", {"date_read_kind": "identifier"}, "date_read_kind", ["'identifier' for 'X17', but date_read_from names none"]),
    ("L11", {"date_read_kind": "other item"}, "date_read_kind", ["'other item' for 'L11', but date_read_from names no "
                                                                 "other item_id"]),
    # a citation line gives no day
    ("X13", {"date": "2023-05-04", "date_precision": "day"}, "date_precision",
     ["'day' for 'X13', whose date is read from a citation line"]),
    # a kind outside the vocabulary
    ("X19", {"date_read_kind": "website"}, "date_read_kind", ["'website'", "'page date'", "'reading'"]),
])
def test_a_date_read_kind_that_the_row_does_not_bear_out_is_refused(book, tmp_path, item_id, edits, column, needles):
    """Each rule of date_read_kind stops loading with the file, row, line and column, and what to write."""
    _refused_with(book, tmp_path, "items", item_id, edits, column, needles)


def _refused_with(book, tmp_path, table, row_id, edits, column, needles):
    """Loading a copy of the layer with `edits` made to the row `row_id` of `table` ('items' or 'units') stops with a
    message naming the file, row, line and `column`, holding every needle."""
    paths = copy_layer(tmp_path)
    row = (_item_row if table == "items" else _unit_row)(paths, row_id)
    for col, value in edits.items():
        edit_csv(paths[table], row, col, value)
    with pytest.raises(DataValidationError) as e:
        load(book, paths)
    msg = str(e.value)
    name = "paperB_excerpts.csv" if table == "items" else "paperB_units.csv"
    assert name in msg and f"row {row + 1} (line {row + 2}), column '{column}'" in msg, msg
    for needle in needles:
        assert needle in msg, (needle, msg)


# ---------------------------------------------------------------- the units' date_read_kind

def test_every_dated_unit_says_in_a_category_what_its_date_is_read_from(layer):
    """The items said what their dates are read from (date_read_kind); the units did not, though 25 of them are dated
    otherwise than by their page (their notes said how, in words). Every dated unit now has a kind of UNIT_DATE_KINDS:
    'item' exactly for the units with their item's date, precision and status; the others name in their note the
    item (other item) or the stored page (other page, a URL) or quote the page's words (page text) that date them.
    data/README's counts are the file's."""
    units, items = layer.units, layer.items.set_index("item_id")
    dated = units["date"].notna()
    assert (units["date_read_kind"].notna() == dated).all()
    assert set(units.loc[dated, "date_read_kind"]) <= set(ex.UNIT_DATE_KINDS)
    page = units["item_id"].map(lambda i: (items.loc[i, "date"], items.loc[i, "date_precision"],
                                           items.loc[i, "date_status"]))
    own = pd.Series(list(zip(units["date"], units["date_precision"], units["date_status"])), index=units.index)
    assert ((units["date_read_kind"] == "item") == (dated & (own == page))).all()
    kinds = units.set_index("unit_id")["date_read_kind"]
    assert kinds["X06-01"] == kinds["X07-01"] == "other item"
    assert kinds["X01-01"] == kinds["N10-01"] == "other page" and kinds["X17-03"] == kinds["L04-07"] == "page text"
    for uid, r in units[dated & (units["date_read_kind"] == "page text")].set_index("unit_id").iterrows():
        quoted = _quoted(r["note"])   # the words the note quotes give the unit's year (or month)
        assert quoted and str(r["date"])[:7] in dates_the_words_give(quoted), (uid, r["date"], r["note"])
    assert units.loc[units["date_read_kind"] == "other page", "note"].str.contains("https://|http://").all()
    readme = " ".join((DATA_DERIVED.parent / "README.md").read_text(encoding="utf-8").split())
    counts = units["date_read_kind"].value_counts()
    assert f"read from: `item` (its item's date, precision and status, whatever the item's own `date_read_kind` says " \
           f"that is read from; {counts['item']} units)" in readme
    assert f"the date the page gives the document it quotes; {counts['page text']})" in readme
    assert f"its URL in `note`: {counts['other page']})" in readme


@pytest.mark.parametrize("unit_id, edits, column, needles", [
    # a dated unit without a kind, an undated one with one
    ("X01-01", {"date_read_kind": ""}, "date_read_kind", ["empty, but unit 'X01-01' has a date", "'other page'"]),
    ("L05-01", {"date_read_kind": "item"}, "date_read_kind", ["'item', but unit 'L05-01' has no date"]),
    # 'item' for a date that is not the item's, another kind for one that is
    ("X17-03", {"date_read_kind": "item"}, "date_read_kind", ["'item' for unit 'X17-03', whose date ('2022'",
                                                              "is not its item's ('2023-10-11'"]),
    ("L39-04", {"date_read_kind": "page text", "note": "a test"}, "date_read_kind",
     ["'page text' for unit 'L39-04', which has its item's date", "write 'item'"]),
    # the kind and the note disagree
    ("X06-01", {"note": "date of the document whose words the clause gives (a test)"}, "date_read_kind",
     ["'other item' for unit 'X06-01', but its note names no other item_id"]),
    ("X05-01", {"note": "date of the document whose words the clause gives (a test)"}, "date_read_kind",
     ["'other page' for unit 'X05-01', but its note gives no URL"]),
    ("X17-04", {"date_read_kind": "reading"}, "date_status", ["'V' for unit 'X17-04', whose date_read_kind is "
                                                              "'reading'", "write 'U'"]),
    ("N14-01", {"date_read_kind": "website"}, "date_read_kind", ["'website'", "'other page'", "'reading'"]),
])
def test_a_units_date_read_kind_that_the_row_does_not_bear_out_is_refused(book, tmp_path, unit_id, edits, column,
                                                                          needles):
    """Each rule of the units' date_read_kind stops loading with the file, row, line and column, and what to write."""
    _refused_with(book, tmp_path, "units", unit_id, edits, column, needles)
