"""The compendium's citation rule, one implementation: a work is cited by author and year without a chapter, page or
section (none could be checked against a source at hand), but Ragin 2008's chapter 5 beside calibration, which QCA3's
directCalibration documents. tests/test_qca_necessity.py applies it to the sources (the engine's and papers' code,
README, the data notes, docs, the notebooks), tests/test_references.py to every page the book renders; both read
citations with CITATION and a place after one with `place_after`.

The rule was written twice, and each copy read any number after the year, inside the citation's brackets, as a page:
'(Fiss 2011, 15 cases)' or 'Ragin (2008), 3 of them' would have been refused as a page. A plain number is a place only
when no word follows it ('(2012, 236)', '2012: 236;'); a chapter, page or section word ('ch. 9', 'p. 143', '§ 4'),
or a number in parts ('2021, 3.3.2', '2012, 236-240'), is one wherever it stands."""
from __future__ import annotations

import re

#: A surname: capitalised, with one internal capital ('McCullagh', 'DeMeur', 'MacKinnon') or a hyphen ('García-Castro').
#: Without the internal capital the pattern matched neither 'McCullagh' ('Mc' then 'Cullagh') nor 'DeMeur', so a page
#: after '(McCullagh & Nelder 1989, p. 5)' went unread.
_LOWER = r"[a-zà-öø-ÿ]+"
_LATIN = rf"[A-Z]{_LOWER}(?:[A-Z]{_LOWER})?(?:-[A-Z]{_LOWER}(?:[A-Z]{_LOWER})?)?"
_NAME = rf"(?:(?:de|De|van) )?{_LATIN}"
_ZH = r"[\u4e00-\u9fff]{2,3}"          # a Chinese name: two or three characters
_SP = r"\s+(?:#\s+)?"                  # a citation broken over a line, in prose or in a code comment
#: An author-year citation: 'Fiss 2011', "Cohen's (1960)", 'Schneider & Wagemann 2010, 2012', 'Oana, Schneider &
#: Thomann 2021', 'de Vries et al. (2008, ...', '李怡霖 et al. 2023', '李怡霖等2023', '胡佳, 郑英, 代涛 2022'.
CITATION = re.compile(
    rf"(?<![\w-])(?P<authors>{_NAME}(?:,{_SP}{_NAME})*(?:,?{_SP}(?:&|and){_SP}{_NAME})?(?:{_SP}et al\.)?"
    rf"|{_ZH}(?:,\s*{_ZH})+(?:\s*(?:et al\.|等))?|{_ZH}\s*(?:et al\.|等))"
    rf"(?:'s)?[,\s]*\(?(?P<years>(?:19|20)\d\d[a-z]?\b(?:[,;]\s*(?:19|20)\d\d[a-z]?\b)*)")

#: A place in a work right after its year (a letter suffix, a comma or colon between): a chapter, page or section word
#: (also after the citation's closing bracket: 'Ragin (2008), ch. 3'), a number in parts (a section, a page range) or
#: a plain number no word follows, inside the citation's brackets ('(Oana & Schneider 2021), 0.75 and up' is no place).
PLACE = re.compile(r"[a-z]?(?:\)?\s*[,:]?\s*\(?(?P<word>ch\.|chapter|pp?\.|sec\.|§)"
                   r"|\s*[,:]?\s*(?P<number>(?!(?:19|20)\d\d\b)(?>\d+)(?:[.\-–]\d+)+"
                   r"|(?!(?:19|20)\d\d\b)(?>\d+)(?!\s*[^\W\d_]|\s*%)))", re.I)

#: The one place kept: (first author, year, the place's word, what follows it).
KEPT = ("Ragin", "2008", "ch.", " 5")


def flatten(text: str) -> str:
    """`text` with a citation wrapped over two lines as one (prose, '#' and '#:' comments) and one split over two string
    literals ("... & " "Wagemann") joined."""
    flat = re.sub(r"\s*\n\s*(?:#:?\s*)?", " ", text)
    return re.sub(r"([\"'])\s+f?\1", "", flat)


def place_after(flat: str, pos: int) -> re.Match | None:
    """The place (PLACE; group 'word' or 'number') right after a citation's year ending at `pos` in flattened text, or None."""
    return PLACE.match(flat, pos)


def cited_places(flat: str):
    """(citation match, place match) for each citation in flattened text with a place after its last year."""
    for m in CITATION.finditer(flat):
        place = place_after(flat, m.end("years"))
        if place is not None:
            yield m, place


def is_kept(flat: str, m: re.Match, place: re.Match) -> bool:
    """Whether a cited place is the one kept: Ragin 2008, ch. 5."""
    return (m.group("authors"), re.findall(r"\d{4}", m.group("years"))[-1], (place.group("word") or place.group("number")).lower(),
            flat[place.end():place.end() + 2]) == KEPT
