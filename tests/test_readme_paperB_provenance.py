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
