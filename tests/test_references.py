"""The book's reference list (docs/references.md): every work the book cites by author and year has an entry, and
every entry is cited somewhere.

The book cited some thirty works by author and year (Braumoeller 2015, Schneider & Wagemann 2012, 李怡霖 et al. 2023,
...) in the README, the data notes, the docs pages, notebooks 00 to 04 and the claims ledgers, and said nowhere which
works they are: a reader could not look one up. The workshop notebooks have their own list
(tests/test_workshop.py::test_every_work_the_workshop_cites_is_in_its_references); this is the same check for the
rest of the book, on the same sources tools/build_book.py puts in it."""
from __future__ import annotations

import functools
import inspect
import json
import re
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_book  # noqa: E402
from _citations import CITATION, cited_places, flatten, is_kept  # noqa: E402

REFERENCES = ROOT / "docs" / "references.md"

#: Capitalised words before a year that are not authors ('In 2018', 'Since 2020').
NOT_AUTHORS = {"In", "Since", "From", "By", "Until", "Before", "After", "To", "And", "Of", "The"}


def citation_keys(text: str) -> set[tuple[str, ...]]:
    """Each work a text cites by author and year, as (surnames..., year): one or two authors by name, three or more
    (or 'et al.', '等') as (first author, 'et al.', year); one key per year of 'Schneider & Wagemann 2010, 2012'."""
    keys = set()
    for m in CITATION.finditer(text):
        authors = re.sub(r"#\s+", "", m.group("authors"))
        et_al = bool(re.search(r"(?:et al\.|等)$", authors))
        names = [n for n in re.split(r"\s*,\s*|\s+(?:&|and)\s+", re.sub(r"\s*(?:et al\.|等)$", "", authors)) if n]
        names = [" ".join(n.split()) for n in names]
        if names[0] in NOT_AUTHORS:
            continue
        head = tuple(names) if len(names) <= 2 and not et_al else (names[0], "et al.")
        keys |= {(*head, year) for year in re.findall(r"\d{4}", m.group("years"))}
    return keys


def book_texts() -> dict[str, str]:
    """The book's own pages (what tools/build_book.py stages, but the workshop notebooks, which have their own list, and
    this page): the README, the data and benchmark notes, docs/*.md, the executed notebooks' cells and printed text, and
    the claims ledgers (the claims page shows every column)."""
    texts = {}
    for rel in ["README.md", *build_book.PAGES, *(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md"))]:
        if ROOT / rel != REFERENCES:
            texts[rel] = (ROOT / rel).read_text(encoding="utf-8")
    for nb in build_book.executed_notebooks(ROOT):
        if nb.parent != ROOT / "notebooks" / "executed":
            continue   # the workshop's notebooks end with their own list
        parts = []
        for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            parts.append("".join(cell["source"]))
            for out in cell.get("outputs", []):
                text = out.get("text", "")
                parts.append("".join(text) if isinstance(text, list) else text)
        texts[nb.relative_to(ROOT).as_posix()] = "\n".join(parts)
    for _, rel in build_book.LEDGERS:
        texts[rel] = (ROOT / rel).read_text(encoding="utf-8")
    texts.update(generated_reference_texts())
    texts.update(other_rendered_pages(set(texts)))
    return texts


@functools.cache
def staged_pages() -> dict[str, str]:
    """Every page the book renders, as tools/build_book.py stages it (the full edition): its markdown, a notebook's
    cells and printed text."""
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "src"
        pages = {}
        for rel in build_book.stage(ROOT, src):
            if rel.endswith(".ipynb"):
                parts = []
                for cell in json.loads((src / rel).read_text(encoding="utf-8"))["cells"]:
                    parts.append("".join(cell["source"]))
                    for out in cell.get("outputs", []):
                        text = out.get("text", "")
                        parts.append("".join(text) if isinstance(text, list) else text)
                pages[rel] = "\n".join(parts)
            else:
                pages[rel] = (src / rel).read_text(encoding="utf-8")
    return pages


def other_rendered_pages(scanned: set[str]) -> dict[str, str]:
    """The pages the book renders beyond the fixed list above: those it links to (tools/reconstruction/README.md,
    benchmarks/results/latest.md: their citations were never checked) and the claims and figures pages it writes;
    not this page, nor the workshop's notebooks (their own list)."""
    known = scanned | {build_book.staged_notebook_path(ROOT / rel, ROOT) for rel in scanned
                       if rel.startswith("notebooks/executed/")}
    return {rel: text for rel, text in staged_pages().items()
            if rel not in known and rel != "docs/references.md" and not rel.startswith("notebooks/workshop/")}


def generated_reference_texts() -> dict[str, str]:
    """What the API and command-line references print besides their markdown (book/_ext/qca_api.py): the docstring of
    every name they document, the module notes, and each command's --help. Haesebrouck 2015 and Goertz 2006 were
    cited there only."""
    import importlib

    from _scripts import load_script

    api = load_script("book/_ext/qca_api.py")
    docs = []
    for path in api.api_targets().values():
        module, _, attr = path.rpartition(".")
        try:
            obj = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):   # a class's member: module.Class.member
            module, _, cls = module.rpartition(".")
            obj = getattr(getattr(importlib.import_module(module), cls), attr)
        obj = obj.fget if isinstance(obj, property) else obj
        docs.append(inspect.getdoc(obj) or "")
    docs += [importlib.import_module(name).__doc__ or "" for name in api.MODULE_NOTES]
    return {"docs/api-reference.md (docstrings)": "\n".join(docs),
            "docs/cli-reference.md (--help)": "\n".join(text for _, _, text in api.cli_helps())}


def listed_works() -> dict[tuple[str, ...], str]:
    """The entries of the page's 'Works cited': each starts with the citation as the book writes it, in bold."""
    section = REFERENCES.read_text(encoding="utf-8").split("## Works cited", 1)[1]
    entries = re.findall(r"^- \*\*(.+?)\*\*:(.*(?:\n  .*)*)", section, flags=re.M)
    listed = {}
    for label, body in entries:
        keys = citation_keys(label)
        assert len(keys) == 1, (label, keys)
        key = keys.pop()
        assert key not in listed, f"two entries for {label}"
        assert f"({key[-1]})." in body, f"{label}: the entry's year is not the citation's"
        listed[key] = label
    return listed


def _known(key: tuple[str, ...], listed) -> tuple[str, ...]:
    """A Chinese citation read with the character before it ('与李怡霖等2023' in a sentence) is the listed work whose
    first author it ends with."""
    if key in listed or not re.match(r"[\u4e00-\u9fff]", key[0]):
        return key
    return next((k for k in listed if k[1:] == key[1:] and key[0].endswith(k[0])), key)


def test_citation_keys_read_the_forms_the_book_writes():
    assert citation_keys("(Fiss 2011)") == {("Fiss", "2011")}
    assert citation_keys("Cohen's (1960); Lipset's (1959) data") == {("Cohen", "1960"), ("Lipset", "1959")}
    assert citation_keys("(Schneider & Wagemann 2010, 2012; Greckhamer et al. 2018)") == {
        ("Schneider", "Wagemann", "2010"), ("Schneider", "Wagemann", "2012"), ("Greckhamer", "et al.", "2018")}
    assert citation_keys("Oana, Schneider & Thomann 2021") == {("Oana", "et al.", "2021")}
    assert citation_keys("Blackman, Wistow & Byrne (2011)") == {("Blackman", "et al.", "2011")}
    assert citation_keys("(Oana &\n    # Schneider 2021)") == {("Oana", "Schneider", "2021")}
    assert citation_keys("de Vries et al. (2008, Field Methods)") == {("de Vries", "et al.", "2008")}
    assert citation_keys("Rihoux & De Meur 2009; García-Castro & Ariño 2016") == {
        ("Rihoux", "De Meur", "2009"), ("García-Castro", "Ariño", "2016")}
    assert citation_keys("李怡霖 et al. 2023 and 胡佳, 郑英, 代涛 2022") == {("李怡霖", "et al.", "2023"),
                                                                    ("胡佳", "et al.", "2022")}
    assert citation_keys("医防融合, 2018; In 2018 the plan") == set()
    # a surname with an internal capital: the author pattern read neither, so the work was not a citation at all
    assert citation_keys("(McCullagh & Nelder 1989; Rihoux & DeMeur 2009; MacKinnon 2011)") == {
        ("McCullagh", "Nelder", "1989"), ("Rihoux", "DeMeur", "2009"), ("MacKinnon", "2011")}


def test_every_work_the_book_cites_is_in_its_references_and_every_entry_is_cited():
    listed = listed_works()
    where: dict[tuple[str, ...], list[str]] = {}
    for rel, text in book_texts().items():
        for key in citation_keys(text):
            where.setdefault(_known(key, listed), []).append(rel)
    assert len(where) >= 30, sorted(where)
    missing = {k: v for k, v in where.items() if k not in listed}
    assert not missing, f"cited but not in docs/references.md: {missing}"
    uncited = [label for key, label in listed.items() if key not in where]
    assert not uncited, f"in docs/references.md but cited nowhere in the book: {uncited}"


def test_the_reference_page_is_in_the_books_contents():
    pages = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")}
    assert "docs/references.md" in build_book.contents([], pages)
    assert "](docs/references.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_page_the_book_renders_is_checked():
    """The checks read a fixed list of pages (README, the data and benchmark notes, docs/, notebooks 00 to 04, the
    ledgers): the pages the book renders because another links to them (tools/reconstruction/README.md, which cites
    胡美丽 et al. 2024, not in the list; benchmarks/results/latest.md) were never read. Every page the book stages is
    read now, but the reference page and the workshop's notebooks (their own list)."""
    texts = book_texts()
    scanned = set(texts) | {build_book.staged_notebook_path(ROOT / rel, ROOT) for rel in texts
                            if rel.startswith("notebooks/executed/")}
    rendered = {rel for rel in staged_pages()
                if rel != "docs/references.md" and not rel.startswith("notebooks/workshop/")}
    assert {"tools/reconstruction/README.md", "benchmarks/results/latest.md"} <= rendered
    assert rendered <= scanned, sorted(rendered - scanned)


@pytest.mark.parametrize("text, place", [
    ("(Schneider & Wagemann 2012, 236)", "236"), ("Schneider & Wagemann (2012: 236; Fiss 2011)", "236"),
    ("(Oana, Schneider & Thomann 2021, 3.3.2)", "3.3.2"), ("(Schneider & Wagemann 2012, 236-240)", "236-240"),
    ("(Schneider & Wagemann 2012, p. 143)", "p."), ("Ragin (2008), ch. 3 on PRI", "ch."),
    ("(Oana &\n    # Schneider 2021, ch. 9)", "ch."), ("(Ragin 2008a, ch. 7)", "ch."),
    ("(Fiss 2011, 15 cases)", None), ("(Ragin 2008, 5 anchors)", None), ("(Fiss 2011, 15 % of the cases)", None),
    ("(Oana & Schneider 2021), 0.75 and up", None), ("(Schneider & Wagemann 2010, 2012)", None),
    ("(Fiss 2011)", None),
    ("(McCullagh & Nelder 1989, p. 5)", "p."), ("(Rihoux & DeMeur 2009, 236)", "236"),
    ("MacKinnon (2011), ch. 2", "ch."), ("(McCullagh & Nelder 1989)", None)])
def test_the_citation_rule_reads_a_page_and_not_a_count(text, place):
    """The rule (tests/_citations.py, used here and by tests/test_qca_necessity.py) reads a page, chapter or section
    after a citation's year, and not a number that counts something ('Fiss 2011, 15 cases'), which both copies of the
    rule it replaced read as a page; nor a number after the citation's closing bracket."""
    flat = flatten(text)
    found = [(p.group("word") or p.group("number")) for _, p in cited_places(flat)]
    assert found == ([place] if place else []), found


def test_the_citation_rule_keeps_ragin_2008_chapter_5_only():
    for text, kept in [("(Ragin 2008, ch. 5)", True), ("(Ragin 2008, ch. 7)", False), ("(Fiss 2011, ch. 5)", False),
                       ("(Ragin 2000, ch. 5)", False)]:
        flat = flatten(text)
        assert [is_kept(flat, m, p) for m, p in cited_places(flat)] == [kept], text


def test_no_page_the_book_renders_cites_a_chapter_or_page():
    """The book cites works without a chapter or page (none could be checked against a source at hand), but Ragin
    2008's chapter 5 beside calibration, which QCA3's directCalibration documents: the rule of tests/_citations.py
    (tests/test_qca_necessity.py applies it to the engine's and notebooks' sources); here every citation on every page
    the book renders."""
    kept = []
    for rel, text in book_texts().items():
        flat = flatten(text)
        for m, place in cited_places(flat):
            assert is_kept(flat, m, place), f"{rel}: ...{flat[m.start():place.end() + 30]}"
            kept.append(rel)
    assert len(kept) >= 3, kept


@pytest.mark.parametrize("word", ["vol.", "pp.", "Vol."])
def test_the_reference_page_types_no_volume_or_pages(word):
    """Only the two papers' own entries carry volume and pages (as their pages state them); a work not verified here
    gets none invented."""
    works = REFERENCES.read_text(encoding="utf-8").split("## Works cited", 1)[1]
    assert word not in works and not re.search(r"\d+\(\d+\)", works)
