"""README's top-level statement about Paper B's corpus must not claim more verification than the rows carry: it
said every document's title, issuer, number and date 'were found in public sources', while two documents are U in
every field and most have at least one U. The counts it now gives are recomputed from the raw file."""
import re

from analysis.paths import ROOT
from analysis.paper_b import corpus

README = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
STATUS = ["title_status", "issuer_status", "number_status", "date_status"]


def test_readme_states_the_corpus_verification_as_the_rows_carry_it():
    assert "whose title, issuer, number and date were found in public sources" not in README
    d = corpus.load_documents()
    d = d[d["kind"] == "document"]
    v = d[STATUS] == "V"
    m = re.search(r"(\d+) of its (\d+) documents have all four verified and (\d+) none", README)
    assert m, "README no longer states how many corpus documents are verified in every field"
    assert [int(g) for g in m.groups()] == [int(v.all(axis=1).sum()), len(d), int((~v).all(axis=1).sum())]
    assert "excerpts of page heads" in README


def test_headlines_do_not_claim_a_reproduction_or_checks_that_cannot_fail():
    """Neither paper's data is public (Paper A: a reconstruction; Paper B: a corpus rebuilt from titles, key
    phrases and page heads), so the headlines say 'checked', not 'reproduced'. And 'by construction' checks were
    described as 'cannot fail', while B01 and B02 do fail when the corpus changes (test_paperB_claims,
    test_claims_fail_when_the_data_change): agreement is built in, which is not the same thing."""
    import json
    first = README.split("## ")[0]
    assert "two papers reproduced" not in first and "reproduces, end to end" not in first
    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    text = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "policy evolution, reproduced" not in text
    assert "cannot fail" not in text
    assert "cannot fail" not in (ROOT / "analysis" / "paper_b" / "claims.py").read_text(encoding="utf-8")


def test_notebook_01_marks_the_unverified_benchmark_where_it_quotes_it():
    """马文雯 et al. 2022's shares are U (policy_benchmark.csv: as the leads give them, no stored page holds the
    abstract). Notebook 01 quoted them, and the disagreement they make with 李怡霖 et al. 2023, as plain fact."""
    import json
    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    for c in nb["cells"]:
        src = "".join(c["source"])
        if c["cell_type"] == "markdown" and "58.62" in src:
            assert "(U" in src.split("58.62")[0].rsplit("马文雯", 1)[1], src


def test_notebook_01_counts_follow_the_corpus():
    """Notebook 01's markdown types two counts of the corpus: the documents it codes ('codes 18 national
    documents') and how many a stage holds ('a stage holds 2–3 documents'). Typed counts must follow the data:
    recomputed here from policy_documents.csv and the notebook's default stage starts."""
    import json

    from analysis.paper_b import codebook as cb
    from analysis.paper_b import periodisation as per
    from tests.test_paperB_claims import default_periodisation, notebook_defaults

    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    text = " ".join(" ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown").split())
    documents = corpus.load_documents()
    m = re.search(r"codes (\d+) national documents", text)
    assert m and int(m.group(1)) == int((documents["kind"] == "document").sum()), m and m.group(0)
    book = cb.load_codebook()
    readings = corpus.load_readings(book)
    names = readings.loc[readings["kind"] == "stage"].sort_values("order")["name_zh"].tolist()
    stages = default_periodisation(notebook_defaults(), book, documents, readings)
    n = per.stage_counts(per.assign_stages(documents, stages), stages).set_index("stage").loc[names, "documents"]
    m = re.search(r"a stage holds (\d+)–(\d+) documents", text)
    assert m and (int(m.group(1)), int(m.group(2))) == (int(n.min()), int(n.max())), (m and m.group(0), list(n))


def test_landmarks_and_items_dated_in_notebook_01_say_when_their_date_is_unverified():
    """The stage starts are anchored on landmark items, and the 系统改革 landmark D13 has a date marked U (not seen in
    the source named), as has D08, which the 基层整合 start follows. Notebook 01's periodisation table typed 'D13
    (2023-03-23)' and 'D08 (2020)' as plain dates, and the landmark check showed only that each landmark lies in its
    stage. An item dated in notebook 01's text now says 'date U' where its date is U (and the date typed is the
    file's, at the file's precision: 'D08 (2020, date U)' for the file's 2020-05 passed while a prefix was enough),
    and landmark_check gives each landmark's date and date status."""
    import json

    from analysis.paper_b import periodisation as per
    from tests.test_paperB_claims import notebook_defaults

    documents = corpus.load_documents().set_index("doc_id")
    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    text = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    dated = re.findall(r"\b([DE]\d{2}) \((\d{4}(?:-\d{2}){0,2})(, date U)?\)", text)
    assert len(dated) >= 4, dated
    for item, date, marked in dated:
        assert documents.loc[item, "date"] == date, (item, date, documents.loc[item, "date"])
        assert bool(marked) == (documents.loc[item, "date_status"] == "U"), (item, date, marked)
    assert any(documents.loc[item, "date_status"] == "U" for item, _, _ in dated)

    defaults = notebook_defaults()
    names = list(defaults["stage_starts"])
    p = per.validate_stage_starts(defaults["stage_starts"], names)
    table = per.landmark_check(per.assign_stages(documents.reset_index(), p), defaults["landmarks"]).set_index("landmark")
    for item in defaults["landmarks"].values():
        assert table.loc[item, "landmark_date"] == documents.loc[item, "date"]
        assert table.loc[item, "landmark_date_status"] == documents.loc[item, "date_status"]
    assert (table["landmark_date_status"] == "U").any() and table["in_its_stage"].all()
    missing = per.landmark_check(per.assign_stages(documents.reset_index(), p), {names[0]: "Z99"})
    assert missing.loc[0, "landmark_stage"] == "(not in the corpus)" and not missing.loc[0, "in_its_stage"]


def test_readme_and_data_readme_describe_paper_bs_method_as_its_abstract_does():
    """README called Paper B 'A policy-text analysis since 2020', though its abstract rests on field research as well
    (基于2020年以来的实地调研与政策文本分析): a reader took the rebuilt policy corpus for the paper's whole basis. Both
    READMEs now name the field research and say that only the policy texts can be rebuilt here."""
    seed = (ROOT / "data" / "reference" / "seeds" / "000_7f18ffbc0703f230.txt").read_text(encoding="utf-8")
    assert "实地调研与政策文本分析" in seed
    data_readme = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    for text in (README, data_readme):
        assert "field research" in text and "实地调研" in text
    assert "A policy-text analysis since 2020" not in README
    assert "only its policy texts can be rebuilt" in README


def test_notebook_01_conclusions_follow_the_derived_tables():
    """Notebook 01's closing section types two results: where the excerpt layer's local units come from ('29
    localities in 13 provinces') and that no check is independent at the defaults ('at the defaults there are none').
    It once said 'only the `independent` checks compare Paper B with sources we did not shape' where the ledger has
    none, and 'local items come from a handful of provinces'. Typed, not computed: they must follow the tables
    notebook 01 writes (units_localities_models.csv, units_summary.csv, claims.csv), or the conclusions would
    outlive the data they state. (One test: a second one read the same sentence.)"""
    import json

    import pandas as pd

    from analysis.paths import DATA_DERIVED

    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    closing = " ".join(next("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"
                            and "What this shows, and what it cannot" in "".join(c["source"])).split())
    places = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv", keep_default_na=False)
    m = re.search(r"local units come from (\d+) localities in (\d+) provinces", closing)
    assert m and (int(m.group(1)), int(m.group(2))) == (len(places), places["province"].nunique()), m and m.group(0)
    summary = pd.read_csv(DATA_DERIVED / "paperB" / "units_summary.csv").set_index("what")["n"]
    assert int(m.group(2)) == int(summary["provinces with units"])
    assert "a handful of provinces" not in closing
    claims = pd.read_csv(DATA_DERIVED / "paperB" / "claims.csv", keep_default_na=False)
    independent = claims[(claims["scope"] == "paper") & (claims["evidence"] == "independent")]
    m = re.search(r"at the defaults there (are none|is one|are (\d+)) ", closing)
    assert m, closing
    said = 0 if m.group(1) == "are none" else 1 if m.group(1) == "is one" else int(m.group(2))
    assert said == len(independent), independent["claim_id"].tolist()


def test_readme_states_what_the_dates_marked_u_decide_as_the_outputs_give_it():
    """README says how many documents in the stages have a date marked U, that none is within its precision of
    another stage, and which of them is nearest a boundary and what moving it there does to a stage check: each
    recomputed from periodisation.unverified_date_moves at the notebook's default starts and read from claims.csv's
    note, so a verified date or a moved start cannot leave the sentence stale."""
    import pandas as pd

    from analysis.paths import DATA_DERIVED
    from analysis.paper_b import codebook as cb
    from analysis.paper_b import periodisation as per
    from tests.test_paperB_claims import default_periodisation, notebook_defaults

    documents = corpus.load_documents()
    book = cb.load_codebook()
    p = default_periodisation(notebook_defaults(), book, documents, corpus.load_readings(book))
    placed = per.assign_stages(documents, p)
    in_stages = placed[(placed["kind"] == "document") & placed["stage"].isin(p.names)]
    moves = per.unverified_date_moves(documents, p)
    m = re.search(r"(\d+) of the (\d+) documents in its four stages have a date marked U \(([^)]*)\), none within its "
                  r"precision of another stage, but (D\d+), (\S+)'s landmark, is (\d+) days from the stage before, and "
                  r"there (B\d+)'s agreement would be '([^']+)'", README)
    assert m, "README no longer says what the dates marked U decide"
    n, total, ids, nearest, stage, days, claim, verdict = m.groups()
    assert (int(n), int(total), ids) == (len(moves), len(in_stages), ", ".join(moves["doc_id"]))
    assert (moves["within_precision"] == "").all()
    row = moves.loc[moves["days_to_earlier"].astype(int).idxmin()]
    assert (nearest, stage, int(days)) == (row["doc_id"], row["stage"], int(row["days_to_earlier"]))
    assert notebook_defaults()["landmarks"][stage] == nearest
    claims = pd.read_csv(DATA_DERIVED / "paperB" / "claims.csv", dtype=str, keep_default_na=False,
                         encoding="utf-8").set_index("claim_id")
    assert claims.loc[claim, "agrees"] == "true"
    assert (f"{nearest} {days} days earlier (in {row['earlier_stage']}): '{verdict}'") in claims.loc[claim, "note"]
