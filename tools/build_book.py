"""Build the compendium's book, an offline HTML site (`make report`): Sphinx + MyST-NB + Sphinx Book Theme.

    python tools/build_book.py [--out build/book]

The book's sources are staged in a temporary folder that mirrors the repository, so the links written in
the READMEs and notebooks resolve as they do on GitHub: README.md (first page, with the table of contents
appended), the committed executed notebooks (notebooks/executed/X.ipynb staged as notebooks/X.ipynb, the
path the READMEs link to; never re-executed), data/README.md, data/reference/README.md,
benchmarks/README.md, docs/*.md (among them the engine's API and command-line references, generated from its
docstrings and its parser: book/_ext/qca_api.py, and the three pages README's reference material moved to: the
engine's guide docs/engine-guide.md, the workshop's running notes docs/workshop.md (WORKSHOP_PAGES: listed with the
workshop's notebooks) and the file-by-file layout docs/layout.md), and two generated pages: claims.md (both claims ledgers as tables, with
whatever columns they have) and figures.md (the figure index, from the figures' index.csv). Any other
repository file that a page links to is copied too: a markdown file or notebook becomes a page, anything
else (a CSV, CITATION.cff) a download. Sphinx runs with warnings as errors, so a broken cross-reference
(a missing file, an unknown #anchor, a link to a folder) fails the build and names the page and line.
The site is built next to its destination and swapped in by rename: an interrupted build never leaves
half a book. Why Sphinx and not Jupyter Book 2 or Quarto: docs/book-tool-choice.md. A book built from outputs that
were not made together (a notebook `make` would run again: notebook 02 ran, then 03 failed and its outputs were put
back as they were) says so, on its first page and on each such notebook's page. Outputs that are not what the build
wrote (edited by hand after it, or missing: `make verify`'s check; with no build recorded, outputs git sees modified)
are refused in one error line naming them and how to rebuild them (outputs_not_as_built): nothing is built. So is a
build beside a running `make` in the checkout (its lock, build/stamps/.make.lock, tools/make_lock.py; make_running),
which rewrites those outputs: run by hand as by `make report` (whose own make holds the lock), one error line.

    python tools/build_book.py --edition participants [--solutions-release TEXT] [--solutions-release-zh TEXT]

The participants' edition (`make book-participants`) leaves out every solutions notebook (a name ending in
_solutions.ipynb) and goes to build/book-participants/, never to the full book's folder: links to a solutions
notebook become plain text marked "not in this edition", and the notebook it solves says instead where the
solutions will be released, in English and in Chinese (--solutions-release, or $SOLUTIONS_RELEASE: by default "by
your teacher after the session"; --solutions-release-zh, or $SOLUTIONS_RELEASE_ZH: by default "课后由老师发布"); the
README's teacher's notes on the exercises ('What each exercise teaches', which answer some) are left out.
The full edition (the default) is built exactly as before.
"""
from __future__ import annotations

import argparse
import binascii
import csv
import hashlib
import html
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "build" / "book"
EDITIONS = ("full", "participants")
PARTICIPANTS_OUT = ROOT / "build" / "book-participants"  # the participants' edition: never the full book's folder
SOLUTIONS_SUFFIX = "_solutions.ipynb"  # a workshop's answers: left out of the participants' edition
DEFAULT_RELEASE = "by your teacher after the session"   # follows "they will be released"
DEFAULT_RELEASE_ZH = "课后由老师发布"   # a phrase of its own: "released after the session by your teacher"


def add_release_options(parser, what: str = "") -> None:
    """The options saying where the solutions will be released, --solutions-release and --solutions-release-zh,
    defaults from $SOLUTIONS_RELEASE and $SOLUTIONS_RELEASE_ZH: one definition for this script and
    participants_branch.py (`what` begins the first option's help)."""
    parser.add_argument("--solutions-release", default=os.environ.get("SOLUTIONS_RELEASE"), metavar="TEXT",
                        help=f"{what}where the solutions will be released, e.g. 'on the course page after the "
                             f"session' (default $SOLUTIONS_RELEASE, else '{DEFAULT_RELEASE}')")
    parser.add_argument("--solutions-release-zh", default=os.environ.get("SOLUTIONS_RELEASE_ZH"), metavar="TEXT",
                        help="the same in Chinese, a phrase of its own, e.g. '课后在课程网页上发布' (default "
                             f"$SOLUTIONS_RELEASE_ZH, else '{DEFAULT_RELEASE_ZH}'; the English text given alone is "
                             "quoted in the Chinese line)")
BOOK_FILES = ("conf.py", "favicon.svg", "_static/book.css", "_static/book.js",  # book/: Sphinx configuration, icon, style,
              "_ext/qca_api.py", "_ext/book_outputs.py",   # print script, the API reference's and the outputs' extensions,
              "_ext/book_chinese.py")   # and the one that shows no space for a line break inside Chinese text
#: The API and command-line references (generated from the code by book/_ext/qca_api.py), and the same for a reader
#: coming from R (docs/r-to-engine.md, filed under "Notes" before, beside the book's tool choice, where an R user did
#: not look for it): docs pages listed under a caption of their own, before the other notes.
#: The engine's guide (what it does, the methods SetMethods adds: README's engine section before) leads them.
REFERENCE_PAGES = ("docs/engine-guide.md", "docs/api-reference.md", "docs/cli-reference.md", "docs/r-to-engine.md")
#: The workshop's page of settings, messages and timing (README's "Running it" before: README keeps how to run it):
#: under the workshop's caption, after its notebooks, not among the notes.
WORKSHOP_PAGES = ("docs/workshop.md",)
LEDGERS = (("Paper A", "data/derived/paperA/claims.csv"), ("Paper B", "data/derived/paperB/claims.csv"))
PAGES = ("data/README.md", "data/reference/README.md", "benchmarks/README.md")  # plus docs/*.md, found at build time
AGREE_WORDS = {"true": "agree", "false": "differ", "not testable": "not testable", "": "not evaluated"}
# index.html, the page `make report` names, opens README.html; its title is the book's (book/conf.py's html_title):
# it shows in a browser's tab and history. Its language is the book's (WCAG 2.2, 3.1.1): without it a screen reader
# read the page, its title 医防融合 compendium and its link in whatever voice its user had set.
REDIRECT = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
            "<meta http-equiv='refresh' content='0; url=README.html'><title>医防融合 compendium</title></head>"
            "<body><a href='README.html'>Open the book</a></body></html>\n")
LINK = re.compile(r"""\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|\bsrc\s*=\s*["']([^"']+)["']""")


class BookError(Exception):
    """The book cannot be built (missing tools or inputs, or Sphinx reported problems): the message says why."""


# ---------------------------------------------------------------- what goes into the book
def executed_notebooks(root: Path) -> list[Path]:
    """The committed executed notebooks, top level first then sub-folders (workshop/), by name."""
    base = root / "notebooks" / "executed"
    found = [p for p in base.rglob("*.ipynb") if not any(part.startswith(".") for part in p.relative_to(base).parts)]
    return sorted(found, key=lambda p: (len(p.relative_to(base).parts), p.relative_to(base).as_posix()))


def staged_notebook_path(path: Path, root: Path) -> str:
    """notebooks/executed/X.ipynb -> notebooks/X.ipynb: the executed copy stands where readers link to."""
    return "notebooks/" + path.relative_to(root / "notebooks" / "executed").as_posix()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def md_text(value: object) -> str:
    """A value as inline markdown text (no markup of its own)."""
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", " ".join(str(value or "").split()))


def agreement_summary(rows: list[dict[str, str]], checks: bool = False) -> str:
    """'12 claims: 10 agree, 1 differs, 1 not testable' from the ledger's `agrees` column (any values). With a `scope`
    column, the paper's own claims are counted and the context checks (statements the paper does not make) apart.
    `checks`: count rows as what they are where the headline above counts claims (a claim checked under several
    readings or in parts is several rows): '15 checks of the paper's claims: ...', never '15 claims' beside '6 claims'."""
    from analysis.qca.errors import counted   # '1 claim', '2 claims': the engine's one rule for a count and its noun

    if not rows:
        return "no claims"
    if "agrees" not in rows[0]:
        return f"{counted(len(rows), 'claim')} (the ledger has no `agrees` column)"
    if "scope" in rows[0] and any((r.get("scope") or "").strip() == "context" for r in rows):
        own = [r for r in rows if (r.get("scope") or "").strip() != "context"]
        ctx = [r for r in rows if (r.get("scope") or "").strip() == "context"]
        noun, of = ("check", " of the paper's claims") if checks else ("claim", " of the paper")
        return f"{_verdict_counts(own, noun, of)}; {_verdict_counts(ctx, 'context check')} (counted apart)"
    return _verdict_counts(rows, "check" if checks else "claim")


def _verdict_counts(rows: list[dict[str, str]], noun: str, of: str = "") -> str:
    """'2 claims of the paper: 1 agrees, 1 differs': the rows counted (`noun`, in the count's number, then `of`) and
    their verdicts, a verb in its count's number ('1 agrees', '2 agree'; 'not testable' and the ledger's own words
    as they are)."""
    from analysis.qca.errors import counted

    counts: dict[str, int] = {}
    for row in rows:
        raw = (row.get("agrees") or "").strip()
        word = AGREE_WORDS.get(raw.lower(), raw)
        counts[word] = counts.get(word, 0) + 1
    order = ["agree", "differ", "not testable", "not evaluated"]
    verbs = {"agree": "agrees", "differ": "differs"}   # the third person singular of the two verbs

    def said(word: str, n: int) -> str:
        return f"{n} {verbs[word] if n == 1 and word in verbs else word}"

    parts = [said(w, counts.pop(w)) for w in order if w in counts] + [said(w, n) for w, n in sorted(counts.items())]
    return f"{counted(len(rows), noun)}{of}: " + ", ".join(parts)


def evidence_headline(path: Path, lang: str = "en", paper: str = "") -> str:
    """The ledger's verdicts counted per evidence level, in the notebooks' own words: analysis.claims.headline, or
    headline_zh with lang='zh' (notebooks 01 and 03 print both; the page gave the English one only), and the data
    they were computed on, in the words of the figures' captions: Paper A's by its data_source column
    (figure_catalogue.PAPER_A_DATA), Paper B's (`paper`, a ledger with no data_source column; its data_from column
    names each check's data) the compendium's corpus (figure_catalogue.PB_DATA), never Paper B's data."""
    import pandas as pd

    from analysis.claims import data_sentence, headline, headline_zh
    from analysis.figure_catalogue import PAPER_A_DATA, PB_DATA

    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    text = (headline_zh if lang == "zh" else headline)(table)
    if "data_source" in table.columns:
        named = sorted(set(table["data_source"]) - {""})
        return text + data_sentence(*(PAPER_A_DATA.get(s, (s, s)) for s in named), lang=lang)
    if paper == "Paper B":
        return text + data_sentence(PB_DATA, lang=lang)
    return text


def evidence_levels_text() -> str:
    """What each evidence level means (analysis.claims.EVIDENCE_MEANINGS, every level in its order), then scope:
    the page headlines each ledger by level, so it explains every level it counts."""
    from analysis.claims import EVIDENCE_LEVELS, EVIDENCE_MEANINGS

    levels = "; ".join(f"*{md_text(level)}* checks {md_text(EVIDENCE_MEANINGS[level])}" for level in EVIDENCE_LEVELS)
    return f"Evidence levels: {levels}; *context* checks (scope) test statements the paper does not make and are " \
           "counted apart."


#: Paper B's ledger's caption label, as cases.SOURCE_LABELS label Paper A's: its rows are computed on the compendium's
#: corpus rebuilt from public sources, not on Paper B's data, which is not public (figure_catalogue.PB_DATA)
PB_LEDGER_LABEL = "rebuilt corpus, not Paper B's data / 重建语料，并非论文B的数据"


def ledger_caption(title: str, rows: list[dict]) -> str:
    """A claims ledger's caption: its paper, and, when its rows are not (all) the paper's own data, where they come
    from, as the notebooks' tables say it in their corner (analysis.paper_a.cases.SOURCE_LABELS): the ledger is wide,
    and its data_source column is its last, a screen or more to the right of its first claim. Paper B's ledger has no
    such column and none of its rows is the paper's data: its caption names the rebuilt corpus (PB_LEDGER_LABEL)."""
    from analysis.paper_a.cases import SOURCE_LABELS

    sources = sorted({row.get("data_source") or "" for row in rows} & set(SOURCE_LABELS))
    labels = "; ".join(SOURCE_LABELS[s] for s in sources)
    if title == "Paper B" and not any("data_source" in row for row in rows):   # never Paper B's data (PB_DATA)
        labels = PB_LEDGER_LABEL
    return f"{title}: claims ledger · 论断核对表" + (f" ({labels})" if labels else "")


def claims_page(root: Path) -> str:
    """Both claims ledgers as tables: every column the CSV has, in its order (docutils csv-table), each captioned with
    its paper."""
    out = ["# Claims ledgers · 论断核对", "",
           "Each claim of the two papers, what the paper states or, where the claim says \"read as\" and the note "
           "says \"the compendium's reading\", how the compendium reads it (`expected`), what the compendium "
           "computes (`computed`) and whether they agree, read from the ledgers the notebooks write. The tables "
           "show every column of the files as they are.", ""]
    for title, rel in LEDGERS:
        label = "claims-" + Path(rel).parent.name
        out += [f"({label})=", f"## {title}", ""]
        path = root / rel
        if not path.exists():
            out += [f"Not produced yet: `{rel}` is written by the notebooks (run `make`).", ""]
            continue
        rows = read_csv(path)
        if rows and "evidence" in rows[0]:  # the headline is per evidence level: a pooled count mixes levels
            out += [f"**By evidence level — {md_text(evidence_headline(path, paper=title))}** "
                    f"{evidence_levels_text()}", "",
                    f"**按证据等级 — {md_text(evidence_headline(path, 'zh', title))}**", ""]
            out += [f"Pooled over evidence levels (a count, not a measure of support): "
                    f"{agreement_summary(rows, checks=True)}. "
                    f"Source: [`{rel}`]({rel}).", ""]
        else:
            out += [f"**{agreement_summary(rows)}.** Source: [`{rel}`]({rel}).", ""]
        if rows:
            # the caption names the table for a screen reader's list of tables (the heading above is not part of it)
            out += [f"```{{csv-table}} {ledger_caption(title, rows)}", f":file: {rel}", ":header-rows: 1",
                    ":class: claims-ledger", "```", ""]
    return "\n".join(out)


def figure_index_file(root: Path) -> Path | None:
    """The figures' catalogue: figures/index.csv, else the first figures/**/index.csv."""
    direct = root / "figures" / "index.csv"
    if direct.exists():
        return direct
    found = sorted((root / "figures").glob("**/index.csv"))
    return found[0] if found else None


def alt_text(row: dict[str, str]) -> str:
    """A catalogued figure's alt text: its English caption, else its Chinese one, else its name (one line)."""
    return " ".join((row.get("caption_en") or row.get("caption_zh") or row.get("figure") or "").split())


def figure_alt_texts(root: Path) -> dict[str, str]:
    """'figures/X.png' -> the alt text of figure X, for every figure of the catalogue."""
    index = figure_index_file(root)
    if index is None:
        return {}
    out = {}
    for row in read_csv(index):
        stem = row.get("stem") or (index.parent / (row.get("figure") or "")).relative_to(root).as_posix()
        out[f"{stem}.png"] = alt_text(row)
    return out


IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
ALT_ATTR = re.compile(r'\balt\s*=\s*"[^"]*"')


def _plain(heading: str) -> str:
    return " ".join(re.sub(r"[`*_]|^#+", "", heading).split())


def notebook_with_alt_texts(nb: dict, alts: dict[str, str]) -> dict:
    """The notebook with alt text for its figure outputs (MyST-NB's cell metadata mystnb.image.alt; without it the
    alt text is the image's hashed file name). A cell with one image output whose source names exactly one catalogued
    figure (save_figure / publish) gets that figure's caption; any other figure, the notebook's title and the section
    it is in."""
    names = {Path(png).stem: alt for png, alt in alts.items()}
    title = section = ""
    for cell in nb.get("cells", []):
        source = "".join(cell.get("source", ""))
        if cell.get("cell_type") == "markdown":
            for line in source.splitlines():
                if re.match(r"#{1,6}\s", line):
                    section = _plain(line)
                    title = title or section
            continue
        images = sum("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
        if cell.get("cell_type") != "code" or not images:
            continue
        named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", source)]
        if images == 1 and len(named) == 1:
            alt = names[named[0]]
        else:
            alt = f"Figure drawn in the notebook “{title}”" + (f", section “{section}”" if section != title else "")
        options = cell.setdefault("metadata", {}).setdefault("mystnb", {}).setdefault("image", {})
        options.setdefault("alt", alt)
    return nb


_ATX_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def notebook_with_one_title(nb: dict) -> dict:
    """The notebook with one level-1 heading, its title: a notebook whose parts are headed at level 1 as well
    (notebook 01: '# Part A · The title layer', '# Part B', ... seven h1 on one page) gave its page seven titles, so
    a screen reader's list of headings showed the parts as pages of their own and their sections one level too
    high. Every heading after the first level-1 heading is set one level lower (at most 6), so the parts are the
    title's sections and their sections sub-sections; a notebook with one level-1 heading is left as it is. Lines in
    fenced code ('# a comment') are not headings. The notebook itself is not changed, only its copy in the book."""
    cells = [c for c in nb.get("cells", []) if c.get("cell_type") == "markdown"]

    def headings(source: str):
        fence = None
        for i, line in enumerate(source.splitlines(keepends=True)):
            opened = _FENCE.match(line)
            if fence:
                if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                    fence = None
                continue
            if opened:
                fence = opened.group(1)
                continue
            found = _ATX_HEADING.match(line)
            if found:
                yield i, found

    titles = sum(len(m.group(2)) == 1 for c in cells for _, m in headings("".join(c.get("source", ""))))
    if titles < 2:
        return nb
    seen_title = False
    for cell in cells:
        lines = "".join(cell.get("source", "")).splitlines(keepends=True)
        changed = False
        for i, found in list(headings("".join(lines))):
            if not seen_title:
                seen_title = len(found.group(2)) == 1
                continue
            level = min(6, len(found.group(2)) + 1)
            lines[i] = found.group(1) + "#" * level + lines[i][found.end():]
            changed = True
        if changed:
            source = "".join(lines)
            cell["source"] = source.splitlines(keepends=True) if isinstance(cell.get("source"), list) else source
    return nb


def output_alt_texts(nb: dict, alts: dict[str, str]) -> dict[str, str]:
    """Image outputs that show a catalogued figure, found by what the cell prints just before each image (notebook 01:
    'timeline -> figures/paperB_timeline.png, ...', notebook 04: 'checked figures/paperA_memberships.png; ...'): the
    sha256 of the image's bytes (MyST-NB's file name for it under _images/) -> that figure's alt text. MyST-NB takes
    alt text per cell only, so a cell drawing several figures gave all of them one notebook-and-section alt text; and
    a notebook whose preview is byte-identical to 04's (02 and 03 draw the same figures) finds its caption here too."""
    found: dict[str, str] = {}
    patterns = {png: re.compile(r"(?<![\w./-])" + re.escape(png) + r"\b") for png in alts}
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        named = None
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                text = "".join(output.get("text", ""))
                pngs = [png for png, pattern in patterns.items() if pattern.search(text)]
                named = pngs[0] if len(pngs) == 1 else (None if pngs else named)
            elif "image/png" in output.get("data", {}):
                if named:
                    data = "".join(output["data"]["image/png"])
                    found[hashlib.sha256(binascii.a2b_base64(data)).hexdigest()] = alts[named]
                named = None
    return found


def with_output_alt_texts(page: str, by_hash: dict[str, str]) -> str:
    """An HTML page with the alt text of each <img> whose file (its sha256, as MyST-NB names it) `by_hash` knows."""
    def fix(match: re.Match) -> str:
        tag = match.group(0)
        src = re.search(r"""\bsrc\s*=\s*["']([^"']+)["']""", tag)
        alt = by_hash.get(Path(src.group(1)).stem) if src else None
        if alt is None:
            return tag
        attr = 'alt="' + html.escape(alt, quote=True) + '"'
        if re.search(ALT_ATTR, tag):
            return re.sub(ALT_ATTR, lambda _: attr, tag, count=1)
        return f"{tag[:4]} {attr}{tag[4:]}"

    return IMG_TAG.sub(fix, page)


#: A figure a notebook cell drew, as MyST-NB writes it: its file under _images/ is named by the sha256 of its bytes.
OUTPUT_IMG = re.compile(r"""<img\b[^>]*\bsrc\s*=\s*["']([^"']*_images/[0-9a-f]{64}\.(?:png|svg|jpg))["'][^>]*>""")


def with_full_size_links(page: str) -> str:
    """An HTML page whose notebook figures each link to their own file: the page shrinks a wide figure to the text
    column (the units heat map's cell labels to about 5 px) and offered no way to see it whole; the link opens it
    at full size, offline too."""
    def wrap(match: re.Match) -> str:
        before = page[max(0, match.start() - 200):match.start()]
        if re.search(r"<a\b[^>]*>\s*$", before):
            return match.group(0)
        src = match.group(1)
        return (f'<a class="full-size-figure" href="{src}" title="Open the figure at full size / 查看原尺寸图">'
                f"{match.group(0)}</a>")

    return OUTPUT_IMG.sub(wrap, page)


CODE_LITERAL = re.compile(r'<code class="docutils literal notranslate">((?:(?!</code>).)*)</code>', re.S)
#: Where a page's text is already a link, preformatted or a heading (whose own link is its anchor): left as it is.
NOT_LINKED = re.compile(r"<a\b.*?</a>|<pre\b.*?</pre>|<h[1-6]\b.*?</h[1-6]>", re.S)


def page_of(path: str) -> str | None:
    """The book's page for a repository path named in code ('notebooks/03_qca.ipynb' -> 'notebooks/03_qca.html',
    'data/README.md' -> 'data/README.html'); None for any other file."""
    for suffix in (".ipynb", ".md"):
        if path.endswith(suffix) and not path.startswith(("/", ".")):
            return path[:-len(suffix)] + ".html"
    return None


def with_page_links(page: str, page_rel: str, pages: set[str]) -> str:
    """A page whose code-font mentions of another page of the book, by its repository path ('notebooks/03_qca.ipynb',
    'data/README.md'), link to that page: the workshop named notebook 03 seven times and the catalogue of bad inputs
    its notebooks in code alone, so a reader of the book, who has no repository open, could not follow them. Only a
    path naming a page this book has (the participants' edition has no solutions page) becomes a link; text already
    in a link, a code block, a heading or a mention of the page itself is left as it is."""
    here = page_rel.rsplit("/", 1)[0] if "/" in page_rel else ""

    def link(match: re.Match) -> str:
        target = page_of(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip())
        if target is None or target not in pages or target == page_rel:
            return match.group(0)
        return f'<a class="reference internal" href="{html.escape(os.path.relpath(target, here or "."))}">' \
               f"{match.group(0)}</a>"

    out, last = [], 0
    for kept in NOT_LINKED.finditer(page):
        out += [CODE_LITERAL.sub(link, page[last:kept.start()]), kept.group(0)]
        last = kept.end()
    return "".join(out + [CODE_LITERAL.sub(link, page[last:])])


#: The smallest text of the compendium's figures (analysis/plots: legends and cell labels at 6.5 pt; the test of the
#: book checks no plot sets a smaller font size), taken for a figure that does not record its own (figure_smallest_pt),
#: and the smallest size, in CSS px, at which a screen shows it readably.
FIGURE_SMALLEST_PT = 6.5
READABLE_PX = 8
#: The PNG text chunk in which analysis.plots.style.figure_bytes records the smallest text a figure draws ('7.5 pt').
SMALLEST_TEXT_KEY = "Smallest text"


def _png_chunks(data: bytes):
    """The chunks of the PNG `data` (type, payload) before its image data (IDAT); none when it is no PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return
    at = 8
    while at + 8 <= len(data):
        length, kind = int.from_bytes(data[at:at + 4], "big"), data[at + 4:at + 8]
        if kind == b"IDAT":
            return
        yield kind, data[at + 8:at + 8 + length]
        at += 12 + length


def figure_smallest_pt(path: Path) -> float:
    """The smallest text drawn in the figure at `path`, in points, as the figure records it (its PNG text chunk
    SMALLEST_TEXT_KEY, written by analysis.plots.style.figure_bytes from the font sizes of the texts matplotlib drew:
    the configuration chart's 7.5 pt, the heat maps' 6.5 pt); FIGURE_SMALLEST_PT for a figure that does not say (a
    PNG drawn elsewhere). Every figure was taken to be 6.5 pt, the least any plot sets: the configuration chart's
    smallest text was measured apart, on a chart drawn for the test, and the others' not at all."""
    try:
        with open(path, "rb") as f:
            data = f.read(1 << 16)
    except OSError:
        return FIGURE_SMALLEST_PT
    for kind, payload in _png_chunks(data):
        key, _, value = payload.partition(b"\0")
        if kind == b"tEXt" and key.decode("latin-1") == SMALLEST_TEXT_KEY:
            found = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*pt\s*", value.decode("latin-1"))
            if found and float(found.group(1)) > 0:
                return float(found.group(1))
    return FIGURE_SMALLEST_PT


def png_width_pt(path: Path) -> float | None:
    """The width in points at which a PNG was drawn: its width in pixels over its resolution (the pHYs chunk, pixels
    per metre, which matplotlib writes from savefig's dpi). None for a file that is no PNG or has no resolution."""
    size = png_size_pt(path)
    return None if size is None else size[0]


def png_size_pt(path: Path) -> tuple[float, float] | None:
    """The width and height in points at which a PNG was drawn (png_width_pt; the height at the same resolution)."""
    try:
        with open(path, "rb") as f:
            data = f.read(1 << 16)
    except OSError:
        return None
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    width = int.from_bytes(data[16:20], "big")
    # pHYs comes before the image data; unit 1: the metre
    phys = next((payload for kind, payload in _png_chunks(data) if kind == b"pHYs"), b"")
    if len(phys) < 9 or phys[8] != 1:
        return None
    per_metre = int.from_bytes(phys[:4], "big")
    height = int.from_bytes(data[20:24], "big")
    return (width / (per_metre * 0.0254) * 72, height / (per_metre * 0.0254) * 72) if per_metre else None


def readable_width_px(path: Path) -> int | None:
    """The narrowest a figure drawn at `path` may be shown on a screen for its smallest text (figure_smallest_pt) to be
    READABLE_PX tall: its width in points times READABLE_PX / its smallest text. None when its width is unknown."""
    width = png_width_pt(path)
    return None if width is None else -(-round(width * READABLE_PX * 1000) // round(figure_smallest_pt(path) * 1000))


#: Above a figure wider than its box, on a screen (book.css shows it only then, without JavaScript): on a phone a thin
#: scroll bar was the only sign that the figure went on beyond the screen's edge.
SCROLL_CUE = "⇆ Wider than the page: scroll sideways, or tap to open it whole · 图比页面宽：左右滑动，或点按看原图"


FIGURE_IMG = re.compile(r"""<img\b[^>]*\bsrc\s*=\s*["']((?:\.\./)*_images/[^"'/]+\.png)["'][^>]*>""")
#: the same image with the link around it, when it is the link's only content
LINKED_FIGURE_IMG = re.compile(r"""(<a\b[^>]*>\s*)?"""
                               r"""(<img\b[^>]*\bsrc\s*=\s*["']((?:\.\./)*_images/[^"'/]+\.png)["'][^>]*>)(\s*</a>)?""")


def with_readable_figures(page: str, page_path: Path) -> str:
    """A page whose figures (any PNG the build copied to _images/ with a known resolution) are shown on a screen no
    narrower than readable_width_px, each in a box of its own that scrolls sideways when the text column is
    narrower; an image given a width of its own (a thumbnail) is left as it is. Shrunk to the column, the widest
    figures of the figure index (the units heat map, 12.6 inches wide) set their 6.5 pt labels at 4.7 px on a laptop
    and 2.5 px on a phone. In print (book.css) figures fit the page as before; each figure still links to its file
    at full size. A figure that is a link's only content (each one: with_full_size_links, Sphinx's figures) is boxed
    with its link, the link inside the box: the box around the image inside the link was out of a keyboard's reach
    (the arrow keys scroll the box the focused element is in, and the link was outside it; Chromium made the bare
    box a tab stop of its own with no name). Each cue has an id of its own on the page (book-scroll-cue-N): it is
    aria-hidden (a screen reader does not read it where it stands, and without JavaScript it is said to no one), and
    book.js names it as the link's description (aria-describedby) while, and only while, the figure overflows its
    box, so that a screen reader tells a reader on the link that the figure is wider than the screen."""
    taken = {int(n) for n in re.findall(r'\bid="book-scroll-cue-(\d+)"', page)}
    numbers = (n for n in itertools.count(1) if n not in taken)

    def fix(match: re.Match) -> str:
        opening, tag, closing = match.group(1) or "", match.group(2), match.group(4) or ""
        if not (opening and closing):  # a box around the link, or around the image alone
            opening, closing, before, after = "", "", opening, closing
        else:
            before = after = ""
        width = readable_width_px(page_path.parent / match.group(3))
        if width is None or "book-readable" in tag or re.search(r"\swidth\s*=", tag, re.I) or re.search(
                r"(?<![-\w])width\s*:(?!\s*100%)", tag, re.I):
            return match.group(0)  # a thumbnail (README's figure index: width="220", linking to the figure) keeps
            #                        its size
        # the new attributes go last (the alt text stays the first: the book's checks of alt texts read it there)
        end = len(tag) - len(re.search(r"\s*/?>$", tag).group(0))
        style = re.search(r'\bstyle="([^"]*)"', tag)
        if style:
            rule = style.group(1).rstrip().rstrip(";")
            rule = f"{rule}; " if rule else ""
            tag = tag[:style.start()] + f'style="{rule}--book-readable-width: {width}px"' + tag[style.end():]
        else:
            tag = f'{tag[:end]} style="--book-readable-width: {width}px"{tag[end:]}'
        end = len(tag) - len(re.search(r"\s*/?>$", tag).group(0))
        tag = f'{tag[:end]} class="book-readable"{tag[end:]}' if not re.search(r"\sclass=", tag) else \
            re.sub(r'\sclass="([^"]*)"', r' class="\1 book-readable"', tag, count=1)
        drawn = png_width_pt(page_path.parent / match.group(3))  # printed at most so wide (book.css)
        return (f'{before}<span class="book-figure-scroll" style="--book-print-width: {drawn:.1f}pt"><span '
                f'class="book-scroll-cue" id="book-scroll-cue-{next(numbers)}" aria-hidden="true" '
                f'style="--book-readable-width: {width}px">{SCROLL_CUE}'
                f'</span>{opening}{tag}{closing}</span>{after}')

    return LINKED_FIGURE_IMG.sub(fix, page)


#: Printed (A4 or US Letter at the browser's default margins of about 0.4 in), a figure is set in the text column,
#: about PRINT_COLUMN_PT wide (A4's, measured in Chromium), and a page's printable area is PRINT_PAGE_LONG_PT long or
#: more (Letter's 10.2 in; A4's is 785 pt). Printed text below PRINT_SMALLEST_PT is hard to read.
PRINT_COLUMN_PT = 467
PRINT_PAGE_LONG_PT = 734
PRINT_SMALLEST_PT = 6
#: Turned on a page of its own, a figure is not as wide as the page is long: book.css keeps room for the heading before
#: it (4.5 rem, the figure index's), and the theme pads a <figure> by 8 px on each side (1 rem): 5.5 rem, 66 pt. Taken
#: as the page's whole length, the units heat map was to print its 6.5 pt text at 6.2 pt on US Letter, and printed it
#: at 5.6 pt (measured in Chromium, 739 by 979 px: the figure 891 px wide on a page 979 px long).
TURNED_ROOM_PT = 66
#: Turned, a figure is drawn across the column of each paper (A4's 467 pt, US Letter's 483: its printable width, 739
#: px, less the figure's padding) along the page's printable length (A4's 785 pt, Letter's 734), both measured in
#: Chromium (tests/test_report_print.py, PRINTABLE_PX).
TURNED_PAPERS_PT = {"A4": (467, 785), "US Letter": (483, 734)}
#: The caption under a turned figure (book.css): 0.72 em of the 12 pt text, lines 1.65 of it apart (the theme's),
#: 0.3 rem under the figure and 19 pt taller than its lines (its paragraphs are inline blocks that keep their bottom
#: margins, in a line box: 25 px, measured in Chromium), in two columns 1.5 em apart (the English and the Chinese,
#: each whole in its column); the figure index's line under it ('Drawn by ...') at the same size, 0.2 rem under the
#: caption. The turned page is shortest with a heading before it and that line after it (7 rem kept: book.css), 30 pt
#: shorter than TURNED_ROOM_PT allows for. A line of Latin text is taken at 0.55 em a character (DejaVu Sans, Chromium's
#: system-ui on Debian, averages 0.51 over the captions; most sans-serif fonts are narrower; at 0.55 the lines of the
#: four turned figures' captions came out as counted in Chromium on A4 and US Letter, or one more), a Chinese character
#: at 1 em.
CAPTION_PT = 0.72 * 12
CAPTION_LINE = 1.65
CAPTION_GAP_EM = 1.5
CAPTION_SHORTER_PT = 30
CAPTION_EXTRA_PT = 0.3 * 12 + 19
LATIN_EM = 0.55
#: the characters a line gives 1 em (CJK, full-width forms); any other LATIN_EM
_WIDE = r"\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
_TOKEN = re.compile(rf"[{_WIDE}]|[^\s{_WIDE}]+|\s+")


def text_lines(text: str, width_pt: float, size_pt: float = CAPTION_PT) -> int:
    """The lines `text` takes at `size_pt` in a column `width_pt` wide, broken at spaces and between Chinese
    characters (greedy, as a browser breaks it; a Latin character LATIN_EM wide, a Chinese one 1 em)."""
    lines, used = 0, 0.0
    for token in _TOKEN.findall(text.strip()):
        if token.isspace():
            used += LATIN_EM * size_pt
            continue
        width = size_pt * (1.0 if len(token) == 1 and re.match(rf"[{_WIDE}]", token) else LATIN_EM * len(token))
        if not lines or used + width > width_pt + 0.01:
            lines, used = lines + 1, 0.0
            if width > width_pt:   # a word wider than the column breaks (overflow-wrap)
                lines += int(width // width_pt)
                width %= width_pt
        used += width
    return lines


def caption_room_pt(paragraphs: list[str], facts: str = "") -> dict[str, float]:
    """The room, across the column, that the caption under a turned figure takes on each paper (TURNED_PAPERS_PT;
    book.css: its `paragraphs` side by side in two columns, each whole in its own) with the figure index's line under
    it (`facts`, when it is printed in the figure: with_turned_figures), computed for the paper's shortest turned page
    (a heading before it, that line after it) at CAPTION_PT: 0 for none (a notebook's figure)."""
    line = CAPTION_PT * CAPTION_LINE
    paragraphs = [p for p in paragraphs if p.strip()]
    rooms = {}
    for paper, (_, long) in TURNED_PAPERS_PT.items():
        along = long - TURNED_ROOM_PT - CAPTION_SHORTER_PT
        room = 0.0
        if paragraphs:
            column = (along - CAPTION_GAP_EM * CAPTION_PT) / 2
            room += CAPTION_EXTRA_PT + max(text_lines(p, column) for p in paragraphs) * line
        if facts.strip():
            room += 0.2 * 12 + text_lines(facts, along) * line
        rooms[paper] = room
    return rooms


def print_scales(width_pt: float, height_pt: float, caption_pt: dict[str, float] | None = None,
                 shorter_pt: float = 0.0) -> tuple[float, float]:
    """The scale at which a figure drawn `width_pt` by `height_pt` prints in the text column (at most 80 % of a page
    tall, room kept for its heading: book.css) and the scale at which it prints turned on a page of its own, its
    width along the page's length less TURNED_ROOM_PT and its height across the column less its caption's room
    (`caption_pt`, caption_room_pt: a fifth of the column was kept for it whatever its length, and for a notebook's
    figure, which has none; `shorter_pt`: the turned page shortened by that, the figure index's line after it), on A4
    and on US Letter alike (in the column: the narrower column, A4's, and the shorter page, Letter's; turned: the
    smaller of its scales on each paper, TURNED_PAPERS_PT)."""
    column = min(PRINT_COLUMN_PT / width_pt, 0.8 * PRINT_PAGE_LONG_PT / height_pt)
    caption_pt = caption_pt or {}
    turned = min(min((long - TURNED_ROOM_PT - shorter_pt) / width_pt, (across - caption_pt.get(paper, 0.0)) / height_pt)
                 for paper, (across, long) in TURNED_PAPERS_PT.items())
    return column, turned


def turned_in_print(path: Path, caption_pt: dict[str, float] | None = None) -> bool:
    """Whether the figure drawn at `path` is printed turned on a page of its own, with a caption taking `caption_pt`
    across the column (caption_room_pt): set in the text column its smallest text (figure_smallest_pt) would print
    below PRINT_SMALLEST_PT, and turned it prints larger."""
    size = png_size_pt(path)
    if size is None:
        return False
    column, turned = print_scales(*size, caption_pt)
    return figure_smallest_pt(path) * column < PRINT_SMALLEST_PT and turned > column


SCROLL_CUE_SPAN = r"""(?:<span class="book-scroll-cue"[^>]*>[^<]*</span>)?"""
OUTPUT_FIGURE = re.compile(rf"""<span class="book-figure-scroll"[^>]*>{SCROLL_CUE_SPAN}"""
                           r"""<a class="full-size-figure"[^>]*><img\b[^>]*></a></span>""")
SCROLL_IMG_SRC = re.compile(rf"""<span class="book-figure-scroll"[^>]*>{SCROLL_CUE_SPAN}(?:<a\b[^>]*>\s*)?<img\b[^>]*"""
                            r"""\bsrc\s*=\s*["']([^"']+)["']""")


def _turned_block(block: str) -> str:
    """`block` (a <figure>, or a notebook output's linked figure) as it is printed turned: in a box of its own
    (div.book-turn, a page of its own in print), itself marked book-turn-inner (book.css turns it)."""
    tag_end = block.index(">")
    opening = block[:tag_end]
    if re.search(r'\sclass="', opening):
        opening = re.sub(r'\sclass="([^"]*)"', r' class="\1 book-turn-inner"', opening, count=1)
    else:
        opening = re.sub(r"^<(\w+)", r'<\1 class="book-turn-inner"', opening)
    return f'<div class="book-turn">{opening}{block[tag_end:]}</div>'


#: The line the figure index (figures_page) writes under a figure: which notebook drew it, whose results it shows,
#: which tables it reads, its other formats.
FIGURE_FACTS = re.compile(r"\s*(<p>(?:Drawn by|Results of|Reads|Also as) .*?</p>)", re.S)


def turned_scale(size: tuple[float, float], caption: list[str], facts: str = "") -> tuple[float, bool]:
    """The scale at which a figure drawn `size` (points) prints turned, on the paper where it prints smaller, under its
    `caption` (paragraphs) with the figure index's line `facts`, and whether that line goes in the figure under the
    caption (its room taken across the column) rather than after the figure (the page shortened by
    CAPTION_SHORTER_PT: book.css): wherever the figure prints larger."""
    inside = print_scales(*size, caption_room_pt(caption, facts))[1]
    if not facts.strip():
        return inside, True
    after = print_scales(*size, caption_room_pt(caption), CAPTION_SHORTER_PT)[1]
    return (inside, True) if inside >= after else (after, False)


def _turned_by_length(block: str, page_path: Path, caption: list[str], facts: str) -> bool:
    """Whether the figure index's line under the turned figure in `block` goes in the figure, under its caption
    (turned_scale), else after it."""
    for src in SCROLL_IMG_SRC.findall(block):
        size = png_size_pt(page_path.parent / src)
        if size:
            return turned_scale(size, caption, facts)[1]
    return False


def _caption_paragraphs(block: str) -> list[str]:
    """The text of each paragraph of the <figcaption> in `block` (none: [])."""
    caption = re.search(r"<figcaption\b[^>]*>(.*?)</figcaption>", block, re.S | re.I)
    if not caption:
        return []
    parts = re.findall(r"<p\b[^>]*>(.*?)</p>", caption.group(1), re.S | re.I) or [caption.group(1)]
    return [html.unescape(re.sub(r"<[^>]+>", "", part)) for part in parts]


def with_turned_figures(page: str, page_path: Path) -> str:
    """A page whose wide figures are printed turned, each on a page of its own (book.css): set in the text column,
    the widest (the units heat map, 12.6 in wide then) printed their 6.5 pt labels at 3.4 pt. Which figures:
    turned_in_print, for each figure with_readable_figures boxed; a <figure> is turned with its caption (the figure
    index's line under it, FIGURE_FACTS, marked book-turn-facts, on the turned figure's page: it went to the next
    page alone; in the figure under the caption when the page's length bounds the figure, else after it, book.css
    shortening the turned page by its room), a notebook output's figure alone. On screen nothing changes."""
    def turned(block: str, caption_pt: dict[str, float] | None = None) -> bool:
        return any(turned_in_print(page_path.parent / src, caption_pt) for src in SCROLL_IMG_SRC.findall(block))

    parts = re.split(r"(<figure\b.*?</figure>)", page, flags=re.S | re.I)  # odd parts: the <figure> blocks
    for i, part in enumerate(parts):
        if i % 2:
            caption = _caption_paragraphs(part)
            if not turned(part, caption_room_pt(caption)):
                continue
            facts = FIGURE_FACTS.match(parts[i + 1])
            if facts:  # the figure index's line under the figure: kept on the turned figure's page (book.css)
                line = facts.group(1).replace("<p>", '<p class="book-turn-facts">', 1)
                text = html.unescape(re.sub(r"<[^>]+>", "", facts.group(1)))
                if _turned_by_length(part, page_path, caption, text):  # in the caption, under its columns
                    parts[i + 1] = parts[i + 1][:facts.start(1)] + parts[i + 1][facts.end(1):]
                    part = part[:part.rindex("</figure>")] + line + "</figure>"
                else:  # room along the page: after the box, the turned page shortened by its room
                    parts[i + 1] = parts[i + 1][:facts.start(1)] + line + parts[i + 1][facts.end(1):]
            parts[i] = _turned_block(part)
        else:
            parts[i] = OUTPUT_FIGURE.sub(lambda m: _turned_block(m.group(0)) if turned(m.group(0)) else m.group(0), part)
    return "".join(parts)


def print_slices(path: Path) -> list[tuple[int, int]] | None:
    """The rows (first, past the last) of the slices in which a figure too tall for a printed page is printed at the
    text column's width, each at most 85 % of a page tall (PRINT_PAGE_LONG_PT), cut across bands of background
    between its parts (the widest band in reach, at its middle). Only for a figure that, shrunk whole to 80 % of a
    page (book.css), would print its smallest text below PRINT_SMALLEST_PT while its slices print it a quarter larger
    or more: shrunk so, the configuration chart (7.3 by 21 in) printed its text at 2.7 pt. None for any other figure
    (or a file that is no PNG with a resolution, or has no band of background where a cut is needed)."""
    size = png_size_pt(path)
    if size is None:
        return None
    column, _ = print_scales(*size)
    sliced = PRINT_COLUMN_PT / size[0]
    if figure_smallest_pt(path) * column >= PRINT_SMALLEST_PT or sliced < 1.25 * column:
        return None
    import numpy as np
    from PIL import Image

    with Image.open(path) as image:
        grey = np.asarray(image.convert("L"), dtype=np.int16)
    height, width = grey.shape
    blank = (np.abs(grey - grey[0, 0]).max(axis=1) <= 8).tolist()  # rows all of the background's colour
    runs, row = [], 0  # bands of background: (first row, past the last)
    while row < height:
        if blank[row]:
            first = row
            while row < height and blank[row]:
                row += 1
            runs.append((first, row))
        row += 1
    most = int(0.85 * PRINT_PAGE_LONG_PT * width / PRINT_COLUMN_PT)  # rows in 85 % of a page at the column's width
    cuts, start = [], 0
    while height - start > most:
        reach = [(end - first, min((first + end) // 2, start + most)) for first, end in runs
                 if start < first < start + most and min((first + end) // 2, start + most) > start]
        if not reach:
            return None
        cut = max(reach)[1]
        cuts.append((start, cut))
        start = cut
    return cuts + [(start, height)]


def with_print_slices(page: str, page_path: Path) -> str:
    """A page whose figures too tall for a printed page (print_slices) are printed in slices, each a page or less, at
    the column's width: in print the image itself is hidden and its slices (spans showing the same file as a
    background, each its part of it: book.css) are printed in its place; on a screen they are never shown. Other
    figures are left as they are."""
    def fix(match: re.Match) -> str:
        opening, src, img = match.groups()
        path = page_path.parent / src
        slices = print_slices(path)
        if not slices:
            return match.group(0)
        with open(path, "rb") as f:
            width = int.from_bytes(f.read(24)[16:20], "big")  # the PNG's width in pixels (IHDR)
        height = slices[-1][1]
        spans = "".join(
            f'<span class="book-print-slice" style="aspect-ratio: {width} / {end - first}; background-image: '
            f"url('{src}'); background-position: 0 {100 * first / (height - (end - first)):.4f}%\"></span>"
            for first, end in slices)
        return (opening.replace('class="book-figure-scroll"', 'class="book-figure-scroll book-sliced"', 1) + img
                + f'<span class="book-print-slices" aria-hidden="true">{spans}</span>')

    return SCROLL_IMG.sub(fix, page)


#: The language of the book's Chinese passages (WCAG 2.2, 3.1.2 Language of Parts). The pages are lang="en" (the
#: text is mostly English), yet a third of some pages is Chinese: a screen reader read 论断核对表 in its English voice
#: (letter by letter, or as "unknown character"). Each Chinese passage is marked so a screen reader switches voice
#: (and a browser picks Simplified Chinese glyphs by language as well as by font list).
ZH_LANG = "zh-Hans"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ZH_MARK = r"\u3000-\u303f\uff00-\uffef\u2026\u201c\u201d\u2018\u2019\u00b7"   # CJK punctuation, full-width forms, …“”‘’·
#: a Chinese passage: from a Han character (or the opening punctuation before it) through the last Han character or
#: Chinese punctuation after it; a short stretch of Latin between two passages (a number, or up to two codes or names:
#: 'R QCA 3.25', '~SURV', 'n_cut', 'k') belongs to the sentence around it, English words ('浙江省 and 杭州') do not
_ZH_PART = re.compile(rf"[{_ZH_MARK}]*[{_HAN}][{_HAN}{_ZH_MARK}]*")
_GAP_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_MARKUP = re.compile(r"""<!--.*?-->|<(script|style|title|textarea)\b[^>]*>.*?</\1\s*>|"""
                     r"""<[A-Za-z/!][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>""", re.S | re.I)


def _zh_spans(text: str) -> list[tuple[int, int]]:
    spans: list[list[int]] = []
    for found in _ZH_PART.finditer(text):
        start, end = found.span()
        if spans:
            gap = text[spans[-1][1]:start]
            words = _GAP_WORD.findall(re.sub(r"&#?\w+;", " ", gap))
            if (len(gap) <= 40 and "\n\n" not in gap and not re.search(r"[.!?;:/|]\s", gap) and len(words) <= 2
                    and all(len(w) <= 2 or re.search(r"[A-Z0-9_]", w) for w in words)):
                spans[-1][1] = end
                continue
        spans.append([start, end])
    return [(a, b) for a, b in spans]


TABLE_HEADER_CELL = re.compile(r"<th\b([^>]*)>", re.I)


def _scoped(markup: str, scope: str, group: str, span: str) -> str:
    def fix(match: re.Match) -> str:
        attrs = match.group(1)
        if re.search(r"\sscope\s*=", attrs, re.I):
            return match.group(0)
        return f'<th{attrs} scope="{group if _span(attrs, span) > 1 else scope}">'
    return TABLE_HEADER_CELL.sub(fix, markup)


HEADER_CELL_WITH_CONTENT = re.compile(r"<th\b([^>]*)>(.*?)</th>", re.S | re.I)


def with_empty_headers_as_cells(page: str) -> str:
    """An HTML page whose tables' empty header cells are plain cells (td, class book-empty-header): pandas heads its
    index column with a blank corner cell, and a row naming the index ('case', 'doc_id') leaves a blank header cell
    under each column; a header cell with no text heads nothing, yet a screen reader announced it as a header (and
    read nothing for it), and axe reported each one (empty-table-header). Nothing is drawn differently: the theme
    sets header and plain cells of a table alike (borders, the head's background on its rows) and book.css gives
    the cell a header's weight. A header cell with text, an image, or a name of its own (aria-label, title) is
    kept."""
    def cell(match: re.Match) -> str:
        attrs, inner = match.groups()
        if (_cell_text(inner) or re.search(r"<(?:img|svg|math|input)\b", inner, re.I)
                or re.search(r"\s(?:aria-label|aria-labelledby|title)\s*=", attrs, re.I)):
            return match.group(0)
        attrs = re.sub(r"""\sscope\s*=\s*["'][^"']*["']""", "", attrs, flags=re.I)
        if re.search(r'\sclass="', attrs):
            attrs = re.sub(r'\sclass="([^"]*)"', r' class="\1 book-empty-header"', attrs, count=1)
        else:
            attrs = f'{attrs} class="book-empty-header"'
        return f"<td{attrs}>{inner}</td>"

    return TABLE.sub(lambda table: HEADER_CELL_WITH_CONTENT.sub(cell, table.group(0)), page)


def with_header_scopes(page: str) -> str:
    """An HTML page whose tables' header cells each say what they head (scope): a cell of the head (thead) heads its
    column (scope="col", "colgroup" when it spans several), a header cell of a body row heads its row ("row",
    "rowgroup" when it spans several rows: a pandas table's index, a grouped index). A screen reader then reads each
    value with its column's and its row's names; without scope it guessed, and a pandas table's row names (th in the
    body, some spanning rows, under two or three header rows) were often read as column headers or not at all. A row
    of header cells only, outside a head, heads columns."""
    def table(match: re.Match) -> str:
        markup = match.group(0)
        out, at = [], 0
        for head in re.finditer(r"<thead\b.*?</thead>", markup, re.S | re.I):
            out += [_rows_scoped(markup[at:head.start()]), _scoped(head.group(0), "col", "colgroup", "colspan")]
            at = head.end()
        return "".join(out + [_rows_scoped(markup[at:])])

    return TABLE.sub(table, page)


def _rows_scoped(markup: str) -> str:
    def row(match: re.Match) -> str:
        cells = re.findall(r"<(t[hd])\b", match.group(0), re.I)
        if cells and all(c.lower() == "th" for c in cells):
            return _scoped(match.group(0), "col", "colgroup", "colspan")
        return _scoped(match.group(0), "row", "rowgroup", "rowspan")
    return re.sub(r"<tr\b.*?</tr>", row, markup, flags=re.S | re.I)


PRIMARY_SIDEBAR = re.compile(r'<div id="pst-primary-sidebar"(?![^>]*\brole=)([^>]*)>')
SIDEBAR_LABEL = "Book: title, search and contents"


def with_sidebar_landmark(page: str) -> str:
    """An HTML page whose left-hand sidebar is a landmark (role complementary, named): the book's title at its top (a
    link to the first page) and the search box sat in a plain div, outside every landmark, so a screen reader's
    list of landmarks did not reach them and axe-core reported the title (region: all content in landmarks). The
    sidebar's table of contents, a nav of its own, is inside it. A sidebar that has a role is left as it is."""
    return PRIMARY_SIDEBAR.sub(lambda m: f'<div id="pst-primary-sidebar"{m.group(1)} role="complementary" '
                                         f'aria-label="{SIDEBAR_LABEL}">', page, count=1)


BUTTON = re.compile(r"<button\b([^>]*)>(.*?)</button>", re.S | re.I)


def with_buttons_named_as_shown(page: str) -> str:
    """An HTML page whose buttons' names (aria-label) hold the text they show (WCAG 2.2, 2.5.3 Label in Name): the
    theme's search box in the sidebar shows 'Search Ctrl+K' and was named 'Search' only, so a reader using speech
    input who says what they see ('click Search Ctrl K') was not understood, and axe-core reported it. Such a
    button is named by its text; a button whose name holds its text, or that shows no text (an icon), is left as
    it is."""
    def fix(match: re.Match) -> str:
        attrs, inner = match.groups()
        label = re.search(r'\saria-label="([^"]*)"', attrs)
        shown = " ".join(html.unescape(re.sub(r"<[^>]*>", "", inner)).split())
        if not label or not shown or shown.lower() in html.unescape(label.group(1)).lower():
            return match.group(0)
        named = attrs[:label.start()] + f' aria-label="{html.escape(shown, quote=True)}"' + attrs[label.end():]
        return f"<button{named}>{inner}</button>"

    return BUTTON.sub(fix, page)


def with_language_of_parts(page: str) -> str:
    """An HTML page whose Chinese passages are each marked lang="zh-Hans" (a <span>), the page staying lang="en":
    every run of text between tags is searched (not scripts, styles, the <title> or attribute values), and a passage
    already inside an element whose lang is Chinese is left as it is. English between two Chinese passages stays
    English unless it is a short code or name inside a Chinese sentence ('本项目QCA引擎与R QCA 3.25及SetMethods 4.0的一致性'
    is one passage; 'industry / 工业化' marks 工业化 only)."""
    out, at, zh_depth, stack = [], 0, 0, []

    def text(chunk: str) -> str:
        if zh_depth or not re.search(f"[{_HAN}]", chunk):
            return chunk
        parts, last = [], 0
        for start, end in _zh_spans(chunk):
            parts += [chunk[last:start], f'<span lang="{ZH_LANG}">{chunk[start:end]}</span>']
            last = end
        return "".join(parts) + chunk[last:]

    for tag in _MARKUP.finditer(page):
        out.append(text(page[at:tag.start()]))
        markup = tag.group(0)
        out.append(markup)
        at = tag.end()
        name = re.match(r"<(/?)([A-Za-z][\w-]*)", markup)
        if not name or tag.group(1) or markup.endswith("/>"):
            continue
        closing, element = name.group(1), name.group(2).lower()
        if element in ("br", "hr", "img", "input", "meta", "link", "wbr", "col", "source", "area", "base", "embed"):
            continue
        if closing:
            # close up to the matching element (HTML lets a <p> or <li> close without its end tag)
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == element:
                    zh_depth -= sum(zh for _, zh in stack[i:])
                    del stack[i:]
                    break
        else:
            lang = re.search(r"""\slang\s*=\s*["']?([\w-]+)""", markup, re.I)
            zh = bool(lang and lang.group(1).lower().startswith("zh"))
            stack.append((element, zh))
            zh_depth += zh
    out.append(text(page[at:]))
    return "".join(out)


SCROLL_IMG = re.compile(rf"""(<span class="book-figure-scroll"[^>]*>{SCROLL_CUE_SPAN}(?:<a\b[^>]*>\s*)?)"""
                        r"""(?=<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["'])(<img\b[^>]*>)""")


TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
TABLE_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S | re.I)
TABLE_CELL = re.compile(r"<(t[hd])\b([^>]*)>(.*?)</\1>", re.S | re.I)


def _span(attrs: str, name: str) -> int:
    found = re.search(rf"""\b{name}\s*=\s*["']?(\d+)""", attrs, re.I)
    return max(1, int(found.group(1))) if found else 1


def _cell_text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _column_labels(thead: str) -> dict[int, str]:
    """Column position -> the names of its header cells, every header row's (a pandas table with columns on two
    levels: 'G1 · 1'), colspan and rowspan followed."""
    names: dict[int, list[str]] = {}
    taken: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(TABLE_ROW.finditer(thead)):
        col = 0
        for cell in TABLE_CELL.finditer(row.group(1)):
            while taken.get((r, col)):
                col += 1
            cols, rows, text = _span(cell.group(2), "colspan"), _span(cell.group(2), "rowspan"), _cell_text(cell.group(3))
            for c in range(col, col + cols):
                for dr in range(rows):
                    taken[(r + dr, c)] = True
                if text and text not in names.setdefault(c, []):
                    names[c].append(text)
            col += cols
    return {c: " · ".join(texts) for c, texts in names.items() if texts}


#: Printed without JavaScript (book.js measures a table, and sets one too wide one block per row), a table whose
#: unbreakable words, column by column, need more than this many em is printed one block per row (data-print-records):
#: at 7 pt such a table is wider than an A4 page's text. Set where book.js's measurements divide the book's tables.
PRINT_RECORDS_EM = 64


def print_width_em(table: str) -> float:
    """An estimate of the narrowest a table can be set with its words whole, in em: per column its longest word
    (a run of Chinese may break anywhere) at 0.6 em a character, and its padding."""
    longest: dict[int, int] = {}
    for row in TABLE_ROW.finditer(table):
        for col, cell in enumerate(TABLE_CELL.finditer(row.group(1))):
            words = re.split(r"[\s\u3400-\u9fff]+", _cell_text(cell.group(3)))
            longest[col] = max(longest.get(col, 0), max((len(w) for w in words), default=0))
    return sum(0.6 * n + 0.6 for n in longest.values())


def _labelled_table(table: str) -> str:
    head = re.search(r"<thead\b[^>]*>(.*?)</thead>", table, re.S | re.I)
    if not head:
        return table
    labels = _column_labels(head.group(1))
    # a column name may break after an underscore or a dot before a letter ('indicator_' / 'id', 'theme.' /
    # 'coordination'), never inside a word ('conditi' / 'on')
    names = re.sub(r">([^<]*)<", lambda m: ">" + re.sub(r"(_|\.(?=[A-Za-z]))", r"\1<wbr>", m.group(1)) + "<",
                   head.group(0))
    table = table[:head.start()] + names + table[head.end():]
    body_start = head.start() + len(names)
    taken: dict[tuple[int, int], bool] = {}

    def row(r: int, match: re.Match) -> str:
        col, out, last = 0, [], 0
        cells = match.group(1)
        for cell in TABLE_CELL.finditer(cells):
            while taken.get((r, col)):
                col += 1
            tag, attrs = cell.group(1), cell.group(2)
            for c in range(col, col + _span(attrs, "colspan")):
                for dr in range(_span(attrs, "rowspan")):
                    taken[(r + dr, c)] = True
            label = labels.get(col)
            if tag.lower() == "td" and label and label != "..." and "data-label" not in attrs:
                out.append(cells[last:cell.start()] + f'<{tag} data-label="{html.escape(label, quote=True)}"{attrs}>')
                last = cell.start() + len(tag) + len(attrs) + 2
            col += _span(attrs, "colspan")
        body = "".join(out) + cells[last:]
        return match.group(0)[:match.start(1) - match.start()] + body + match.group(0)[match.end(1) - match.start():]

    rows = list(TABLE_ROW.finditer(table, body_start))
    out, last = [], body_start
    for r, match in enumerate(rows):
        out.append(table[last:match.start()] + row(r, match))
        last = match.end()
    labelled = table[:body_start] + "".join(out) + table[last:]
    if print_width_em(table) > PRINT_RECORDS_EM:
        labelled = re.sub(r"^<table\b", "<table data-print-records", labelled, count=1, flags=re.I)
    first = TABLE_CELL.search(rows[0].group(1)) if rows else None
    if first and first.group(1).lower() == "th" and labels.get(0):
        # a pandas table's header column (the index) is headed by the names of its axes ('reconstruction / 重建数据',
        # the label saying whose data these are): printed one block per row, they head the table
        title = html.escape(labels[0], quote=True)
        labelled = re.sub(r"^<table\b", f'<table data-records-title="{title}"', labelled, count=1, flags=re.I)
    return labelled


#: A matrix's values: a number of at most three characters (0, 1, 0.5, 12) or one mark (●, ⊗); pandas' '...'
#: (where it left rows or columns out) and empty cells may stand among them.
MATRIX_VALUE = re.compile(r"^(?:[-+]?[0-9][0-9.]{0,2}|[^\sA-Za-z0-9]|\.\.\.|)$")


def _matrix_cells(table: str) -> tuple[list[list[str]], list[list[str]]] | None:
    """A table's header rows and body rows as cell markups, if it is a matrix: a header of plain cells (no colspan or
    rowspan), each body row one header cell (its name) then values of MATRIX_VALUE, every row as long as the header's
    and at least eight value columns. Else None."""
    head = re.search(r"<thead\b[^>]*>(.*?)</thead>", table, re.S | re.I)
    body = re.search(r"<tbody\b[^>]*>(.*?)</tbody>", table, re.S | re.I)
    if not head or not body or re.search(r"\b(?:col|row)span\s*=", table, re.I):
        return None
    header = [[c.group(0) for c in TABLE_CELL.finditer(r.group(1))] for r in TABLE_ROW.finditer(head.group(1))]
    rows = [list(TABLE_CELL.finditer(r.group(1))) for r in TABLE_ROW.finditer(body.group(1))]
    width = len(header[0]) if header else 0
    if width < 9 or not rows or any(len(h) != width for h in header):
        return None
    for cells in rows:
        if len(cells) != width or cells[0].group(1).lower() != "th" or any(
                c.group(1).lower() != "td" or not MATRIX_VALUE.match(_cell_text(c.group(3))) for c in cells[1:]):
            return None
    return header, [[c.group(0) for c in cells] for cells in rows]


TRANSPOSED_CAPTION = ("Printed with rows and columns swapped: each row here is a column on screen. "
                      "打印时行列互换：此处每一行即屏幕上的一列。")


def transposed_matrix(table: str) -> str | None:
    """A wide matrix (_matrix_cells: notebook 02's 17 cases by 21 indicators of 0 and 1) printed one block per row lost
    what makes it a matrix, the columns read down; printed transposed (its columns as rows) it fits the page at a
    readable size. The transposed copy of `table`, to print in its place, or None when `table` is no matrix or its
    transposition is no narrower. The names heading the index column (pandas' axis names, one per header row) head
    it again, in reverse order, as pandas would print the transposed frame."""
    cells = _matrix_cells(table)
    if cells is None:
        return None
    header, rows = cells
    corner = [_cell_text(h[0]) for h in header]

    def th(markup: str) -> str:
        return re.sub(r"^<t[hd]\b[^>]*>(.*)</t[hd]>$", r"<th>\1</th>", markup, flags=re.S | re.I)

    def td(markup: str) -> str:
        return re.sub(r"^<t[hd]\b[^>]*>(.*)</t[hd]>$", r"<td>\1</td>", markup, flags=re.S | re.I)

    names = [html.escape(corner[-1])] + [_cell_text(r[0]) for r in rows]
    head = ["<tr>" + "".join(f"<th>{html.escape(n) if i else n}</th>" for i, n in enumerate(names)) + "</tr>"]
    if any(corner[:-1]):
        head.append("<tr><th>" + html.escape(" · ".join(c for c in corner[:-1] if c)) + "</th>"
                    + "<th></th>" * len(rows) + "</tr>")
    column_names = [next((h[c] for h in header if _cell_text(h[c])), header[0][c]) for c in range(len(header[0]))]
    body = ["<tr>" + th(column_names[c]) + "".join(td(r[c]) for r in rows) + "</tr>" for c in range(1, len(header[0]))]
    copy = (f'<table class="book-transposed dataframe"><caption>{html.escape(TRANSPOSED_CAPTION)}</caption>\n'
            "<thead>\n" + "\n".join(head) + "\n</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>")
    return copy if print_width_em(copy) < print_width_em(table) else None


def _printed_table(table: str) -> str:
    """`table` labelled for print (_labelled_table); a matrix followed by its transposed copy (transposed_matrix, never
    shown on screen), which print shows instead of it when the matrix does not fit the page at 7 pt: book.js measures
    it; without JavaScript a matrix the build estimates too wide for that (data-print-records) is marked
    data-print-transposed instead."""
    labelled = _with_number_cells(_labelled_table(table))
    if (copy := transposed_matrix(table)) is None:
        return labelled
    tag = re.match(r"<table\b[^>]*>", labelled).group(0)
    labelled = tag.replace(" data-print-records", " data-print-transposed", 1) + labelled[len(tag):]
    return labelled + _with_number_cells(_labelled_table(copy))


#: A cell holding one number (book.js's NUMBER): 0.500, -3, 2016-10-25, 1e-05, 12%.
NUMBER_CELL = re.compile(r"^[-+]?[0-9][0-9.,e+-]*%?$")


def _with_number_cells(table: str) -> str:
    """`table` whose cells holding a number have class book-number: printed, book.css keeps such a number on one line.
    book.js marked them only when it fitted a page for print, which a real print never runs (book.css): tables
    printed for real split 2016-10-25 over four lines, 0.500 over two."""
    def fix(cell: re.Match) -> str:
        tag, attrs, inner = cell.groups()
        if not NUMBER_CELL.match(_cell_text(inner)) or "book-number" in attrs:
            return cell.group(0)
        if re.search(r'\sclass="', attrs):
            attrs = re.sub(r'\sclass="([^"]*)"', r' class="\1 book-number"', attrs, count=1)
        else:
            attrs += ' class="book-number"'
        return f"<{tag}{attrs}>{inner}</{tag}>"

    return TABLE_CELL.sub(fix, table)


def with_print_labels(page: str) -> str:
    """An HTML page whose table cells each carry their column's name (data-label): printed, a table too wide for the
    page at a readable size (book.js) and the claims ledgers are set as one block per row, each value after its
    column's name (book.css), as the screen's scroll bar cannot be (pandas' '...' column, where it left columns out,
    gets none); a column name may break after an underscore or a dot (<wbr>), book.css keeps its words whole in print.
    A table estimated too wide to print whole at 7 pt (print_width_em) is marked data-print-records: so printed without
    JavaScript, which otherwise measures it. A cell of the body's header column (th) is the
    block's heading and gets none; the names heading that column (a pandas table's axis names) head the table
    (data-records-title)."""
    return TABLE.sub(lambda m: _printed_table(m.group(0)), page)


def with_alt_texts(text: str, page: str, alts: dict[str, str]) -> str:
    """Give an <img> of a catalogued figure that has no alt attribute its caption as alt text (else the browser and
    a screen reader fall back to the file path). `page` is the markdown file's path, against which src resolves."""
    def fix(match: re.Match) -> str:
        tag = match.group(0)
        src = re.search(r"""\bsrc\s*=\s*["']([^"']+)["']""", tag)
        if re.search(r"\balt\s*=", tag, re.I) or not src:
            return tag
        rel = os.path.normpath(os.path.join(os.path.dirname(page), src.group(1))).replace(os.sep, "/")
        if rel not in alts:
            return tag
        alt = html.escape(alts[rel], quote=True).replace("|", "&#124;")  # a markdown table cell holds the tag
        return f'{tag[:4]} alt="{alt}"{tag[4:]}'

    return IMG_TAG.sub(fix, text)


def readme_with_figure_index(readme: str, root: Path) -> str:
    """README's '## Figure index' table rewritten from `root`'s figures/index.csv, as tools/readme_figure_index.py
    writes it for the committed README. That table describes the figures the index describes: after a holder of Paper
    A's matrix drops it in, figures/ and the index hold the original data while README.md keeps the shipped
    reconstruction's captions, so the book's gallery showed original-data figures as the reconstruction. A README
    without the section (or a project without the index) is returned as it is."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import readme_figure_index as rfi  # a sibling script

    index = root / "figures" / "index.csv"
    if not index.exists() or not re.search(r"^## Figure index", readme, flags=re.M) or rfi.HEADER not in readme:
        return readme
    return rfi.rewrite(readme, rfi.table(index))


def _notebook_link(name: str, staged: set[str]) -> str:
    rel = f"notebooks/{name}.ipynb"
    return f"[`{name}`]({rel})" if rel in staged else f"`{name}`"


def figures_page(root: Path, staged: set[str]) -> str:
    """The figure index: every figure with its captions, the notebook that draws it, the notebook whose
    results it shows and the data files it reads (from the catalogue's columns, when present)."""
    out = ["# Figure index · 图索引", ""]
    index = figure_index_file(root)
    if index is None:
        pngs = sorted((root / "figures").glob("**/*.png"))
        out += ["Every figure in `figures/` (no catalogue `index.csv` found).", ""]
        for png in pngs:
            rel = png.relative_to(root).as_posix()
            out += [f"## {png.stem}", "", f"```{{figure}} {rel}", f":name: fig-{png.stem}", ":width: 100%",
                    "", f"`{rel}`", "```", ""]
        return "\n".join(out)
    rel_index = index.relative_to(root).as_posix()
    out += [f"Every figure of the compendium, from the catalogue [`{rel_index}`]({rel_index}). "
            "Each figure names the notebook that draws it, the notebook whose results it shows and the "
            "derived tables it reads.", ""]
    for row in read_csv(index):
        name = row.get("figure") or Path(row.get("stem", "")).name
        stem = row.get("stem") or (index.parent / name).relative_to(root).as_posix()
        png = f"{stem}.png"
        out += [f"## {name}", ""]
        if not (root / png).exists():
            out += [f"Not drawn yet: `{png}` is missing (run `make`).", ""]
            continue
        caption = [md_text(row.get(k)) for k in ("caption_en", "caption_zh") if row.get(k)]
        out += [f"```{{figure}} {png}", f":name: fig-{name}", f":alt: {alt_text(row)}", ":width: 100%", "",
                "\n\n".join(caption) or name, "```", ""]
        facts = []
        if row.get("made_by"):
            facts.append("drawn by " + _notebook_link(row["made_by"], staged))
        if row.get("source_notebook") and row.get("source_notebook") != row.get("made_by"):
            facts.append("results of " + _notebook_link(row["source_notebook"], staged))
        files = [f for f in (row.get("derived_files") or "").split(";") if f]
        files += [f for f in (row.get("raw_label_files") or "").split(";") if f]
        shown = [f"[`{f}`]({f})" if (root / f).is_file() else f"`{f}`" for f in files]
        if shown:
            facts.append("reads " + ", ".join(shown))
        formats = [f for f in (row.get("formats") or "png").split(";") if f and f != "png"]
        others = [f"[{fmt.upper()}]({stem}.{fmt})" for fmt in formats if (root / f"{stem}.{fmt}").exists()]
        if others:
            facts.append("also as " + ", ".join(others))
        if facts:
            out += ["; ".join(facts)[:1].upper() + "; ".join(facts)[1:] + ".", ""]
    return "\n".join(out)


def contents(notebooks: list[str], pages: set[str]) -> str:
    """The table of contents appended to the first page (Sphinx's toctree: the sidebar of the book)."""
    def block(caption: str, entries: list[str]) -> list[str]:
        if not entries:
            return []
        return ["", "```{toctree}", ":hidden:", f":caption: {caption}", "", *entries, "```"]

    main = [n for n in notebooks if n.count("/") == 1]
    workshop = [n for n in notebooks if n.count("/") > 1] + [p for p in WORKSHOP_PAGES if p in pages]
    reference = ["claims.md", "figures.md"] + [p for p in PAGES if p in pages]
    api = [p for p in REFERENCE_PAGES if p in pages]
    notes = sorted(p for p in pages if p.startswith("docs/") and p not in api and p not in WORKSHOP_PAGES)
    # in the order of the README's sections (SIDEBAR_AFTER_README): the notebooks, their results and data, the
    # engine's references, then the workshop
    return "\n".join(block("Notebooks", main) + block("Results and data", reference) + block("API reference", api)
                     + block("Workshop", workshop) + block("Notes", notes)) + "\n"


#: Each caption of the sidebar and the README section that introduces what it lists (the sidebar follows their order).
SIDEBAR_AFTER_README = {"Notebooks": "## Reading the notebooks", "Results and data": "## Figure index",
                        "API reference": "## The QCA engine", "Workshop": "## Teaching with the compendium"}


# ---------------------------------------------------------------- the participants' edition
MD_LINK = re.compile(r"""\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)""")


def is_solutions(rel: str) -> bool:
    """A solutions notebook (qca_workshop_solutions.ipynb): not in the participants' edition."""
    return rel.split("#", 1)[0].endswith(SOLUTIONS_SUFFIX)


def without_solution_links(text: str) -> str:
    """Markdown links to a solutions notebook become their text, marked as not in this edition."""
    return MD_LINK.sub(lambda m: f"{m.group(1)} (not in this edition)" if is_solutions(m.group(2)) else m.group(0),
                       text)


#: A test file or test named in backticks (`tests/test_qca_esa.py`, `test_qca_protocol.py::test_x`, `tests/bad_inputs`):
#: the participants' editions have no tests/ (they check the solutions), so such a mention is marked as not there.
TEST_SPAN = r"`(?:tests/[^`\n]*|[\w./]*test_\w+\.py(?:::\w+)?)`"
TEST_RUN = re.compile(rf"\(({TEST_SPAN}(?:(?:, and |, | and |; ){TEST_SPAN})*)\)|{TEST_SPAN}(?:(?:, and |, | and |; )"
                      rf"{TEST_SPAN})*|\((`test_\w+(?:\.\.\.)?`)\)")
TEST_MARK = "full repository only"


#: Prose on what `make test` runs and the tests check, said in passing on a page other than the README or on it too
#: (the engine's guide, README's engine section before: Ray's backend; the layout, README's short one and the whole
#: of docs/layout.md: `.ci/run`, the tests/ entry, what the tests check), as a participants' edition says it (neither
#: the tests nor `make test` are there): (text, replacement), applied by without_test_mentions to every page of both
#: editions.
TESTS_IN_PASSING = tuple((re.compile(pattern, re.M | re.S), replacement) for pattern, replacement in (
    (r"; Ray is not in the lock, so\s+`make test` does not run it and it was not run again\.",
     "; Ray is not in the lock."),
    # the layout blocks' entries (README's short one, docs/layout.md's), however they wrap (their lines are as short
    # as the book's text column): the top folder's .ci/run, the tests/ entry with its continuation lines; what the
    # tests check, said in passing
    (r"(CITATION\.cff\s+LICENSE)\s+\.ci/run\b", r"\1"),
    (r"^tests/ +\S[^\n]*\n(?: {4,}\S[^\n]*\n)*", ""),
    (r"\(pure functions,\s+tested\)", "(pure functions)"),
    (r"\(notebook 00,\s+tests\)", "(notebook 00)"),
    (r"\(committed;\s+checked\s+by\s+nbval\)", "(committed)"),
    (r";\s+a\s+small\s+run\s+is\s+in\s+the\s+suite\)", ")"),
    # the layout's tool that writes docs/bad-inputs.md from the tests' catalogue (tests/bad_inputs/): without
    # tests/ it fails there, so the participants' editions do not list it (at a line's end its line keeps its end:
    # the next line is not joined to it)
    (r" bad_input_table\.py,(?=\n)|(?<= )bad_input_table\.py, +", ""),
))


def without_test_mentions(text: str) -> str:
    """The tests a text names (TEST_RUN: a test file, several in a row, or a test named alone in parentheses) marked
    as not in a participants' edition: '`tests/test_x.py` (full repository only)', '(`test_y`, full repository
    only)'. The participants' branch and book have no tests/: a reader should not look for them there. A table's
    rows are left as they are (docs/bad-inputs.md names a fixture file in each of its rows: the text above the table
    says once that they are the tests'). A test already marked is left as it is: the participants' book built on the
    participants' branch (whose files the branch's tool marked) marks each once, not '(full repository only) (full
    repository only)'. What a page says in passing of `make test` (TESTS_IN_PASSING) is said without it."""
    for pattern, replacement in TESTS_IN_PASSING:
        text = pattern.sub(replacement, text)

    def mark(m: re.Match) -> str:
        if m.string.startswith((f" ({TEST_MARK})", f", {TEST_MARK})"), m.end()):   # marked already
            return m.group(0)
        inner = m.group(1) or m.group(2)
        return f"({inner}, {TEST_MARK})" if inner else f"{m.group(0)} ({TEST_MARK})"
    return "".join(line if line.lstrip().startswith("|") else TEST_RUN.sub(mark, line)
                   for line in text.splitlines(keepends=True))


def participants_text(text: str) -> str:
    """A markdown text as a participants' edition shows it: links to a solutions notebook as text
    (without_solution_links), the tests it names marked as not there (without_test_mentions)."""
    return without_test_mentions(without_solution_links(text))


TEACHER_NOTES = re.compile(r"^### What each exercise teaches\n(.*?)(?=^#{1,3} |\Z)", re.M | re.S)
TEACHER_NOTES_NOTE = ("The teacher's notes on the exercises (what each one teaches, with its answers) are not in this "
                      "edition; each exercise says in the notebook what it teaches. "
                      "教师说明（各练习的要点及答案）不在本版中；每个练习在笔记本中说明其学习要点。")


#: README's paragraph telling the teacher which book not to hand out ('That book holds the solutions notebook: do
#: not hand it to participants. For them, `make book-participants` ...'), and what a participants' edition says there.
TEACHERS_BOOK = re.compile(r"^That book holds the solutions notebook: do not hand it to participants\..*?(?=\n\n|\Z)",
                           re.M | re.S)
TEACHERS_BOOK_NOTE = ("This is the participants' edition of the book: no solutions notebook (nor a link to one) and "
                      "no teacher's notes on the exercises; the participants' notebook says where the solutions will "
                      "be released. `make book-participants` builds it to `build/book-participants/index.html`, and "
                      "on the participants' branch, which holds no solutions, `make report` builds the same book to "
                      "`build/book/`. 本书为参与者版：不含参考答案笔记本（也没有指向它的链接）和教师对练习的说明；"
                      "参与者笔记本中说明参考答案在何处发布。")


def without_teacher_notes(readme: str) -> str:
    """README's teacher's notes on the exercises ('### What each exercise teaches': the answers of exercises 3 and 4
    among them) as the participants' edition shows them: the heading, and a line saying they are not in it; and its
    paragraph telling the teacher not to hand out the full book ('That book holds the solutions notebook ... The
    full book is built as before.', false on the participants' branch, whose `make report` builds a book without
    the solutions) as what this edition of the book is (TEACHERS_BOOK_NOTE)."""
    readme = TEACHER_NOTES.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + f"\n{TEACHER_NOTES_NOTE}\n\n", readme,
                               count=1)
    return TEACHERS_BOOK.sub(TEACHERS_BOOK_NOTE, readme, count=1)


#: the characters of a text that markdown (CommonMark, MyST), HTML in it, or a notebook's maths ($) would read as markup
MARKUP = re.compile(r"([\\`*_\[\]<>$&|~{}!#])")


def as_written(text: str) -> str:
    """`text` as markdown that shows it as written: each character markup would read backslash-escaped (CommonMark
    shows an escaped ASCII punctuation character as itself)."""
    return MARKUP.sub(r"\\\1", text)


def release_where(release: str | None, release_zh: str | None = None) -> tuple[str, str]:
    """Where the solutions will be released, as the English and the Chinese sentence say it: the English after
    "they will be released" ('on the course page after the session'), the Chinese a phrase of its own
    ('课后在课程网页上发布'). A text given in one language only is quoted as given in the other sentence ('the time
    and place of their release: TEXT', '发布时间和地点：TEXT'), never replaced by the other's default: the two
    never say different things. Both go into markdown (the README's paragraph, the notebook's note) as written:
    the characters markdown, HTML or a notebook's maths would read (`*`, `_`, `<`, `$`, a backslash, ...) are
    escaped (as_written)."""
    en, zh = (as_written(" ".join((text or "").split())) for text in (release, release_zh))
    return (f"they will be released {en}" if en else
            f"the time and place of their release: {zh}" if zh else f"they will be released {DEFAULT_RELEASE}",
            zh if zh else f"发布时间和地点：{en}" if en else DEFAULT_RELEASE_ZH)


EDITION_PARAGRAPH = "**Without the solutions.** This is the participants' edition: "
WITHOUT_SOLUTIONS = re.compile(r"^\*\*Without the solutions\.\*\*.*?(?=\n\n|\Z)", re.M | re.S)


def with_edition_paragraph(readme: str, release: str | None, release_zh: str | None = None,
                           left_out: tuple[str, str] = ("the solutions are left out", "不含参考答案")) -> str:
    """README's paragraph for the teacher on leaving the solutions out ('**Without the solutions.**': how to write
    the participants' branch) as a participants' edition shows it: what the edition is (`left_out`, in English and
    Chinese) and where the solutions will be released (release_where), in both languages. A paragraph that says so
    already is left as it is: on the participants' branch, whose README the branch's tool wrote with the teacher's
    SOLUTIONS_RELEASE, `make book-participants` (given none) said "by your teacher after the session" below the
    branch's own note saying "on the course page after the session"."""
    where, where_zh = release_where(release, release_zh)
    return WITHOUT_SOLUTIONS.sub(lambda m: m.group(0) if m.group(0).startswith(EDITION_PARAGRAPH) else
                                 (f"{EDITION_PARAGRAPH}{left_out[0]}; {where}. 本版为参与者版：{left_out[1]}；{where_zh}。"),
                                 readme, count=1)


#: make targets a participants' edition does not offer: the tests (the participants' branch leaves them out: they
#: check the solutions) and the branch itself (nothing to leave out there). The branch's README and the participants'
#: book list the same commands; the Makefile's help on the branch leaves out the same (HELP_NOT_HERE).
NOT_FOR_PARTICIPANTS = ("test", "test-explore", "participants-branch")
NOT_FOR_PARTICIPANTS_ROWS = re.compile(r"^\| `make (?:" + "|".join(map(re.escape, NOT_FOR_PARTICIPANTS)) + r")` \|.*\n",
                                       re.M)
#: README's prose on the tests and CI, as a participants' edition says it (neither is there): (text, replacement)
TESTS_PROSE = tuple((re.compile(pattern, re.M | re.S), replacement) for pattern, replacement in (
    (r"`make test` adds the `book` group \(Sphinx, for its test of the book\), `make lab`\s+the `lab` group\.",
     "`make report` and `make book-participants` add the `book` group (Sphinx), `make lab` the `lab` group."),
    (r"CI runs exactly `make test` \(see `\.ci/run`\);.*?to skip that test\.",
     "With Debian's Simplified Chinese font (`fonts-noto-cjk`) present (as on most Chinese users' machines),\n"
     "`make -B` writes the same bytes (checked 2026-12)."),
    (r"`make test` still passes on your data: its\s+checks of the README's statements about the reconstruction "
     r"skip, saying why\.\s+", ""),
    (r" — a test fails\s+when it drifts\.", "."),
    # what the tests check, said in passing (make's goals): neither the tests nor nbval are there
    (r"`clean`, `verify`, the tests, the book or `bench`", "`clean`, `verify`, the book or `bench`"),
    (r" and the test goals \(nbval reruns the notebooks\);", ";"),
))


def without_commands_not_here(readme: str) -> str:
    """README as a participants' edition (the branch, the participants' book) lists its commands: the command table
    without the rows of NOT_FOR_PARTICIPANTS, the `make test` line of the two commands replaced by `make lab` (a
    participant's second command), and its prose on the tests and CI (TESTS_PROSE: `make test` adds the book group,
    CI runs exactly make test...) left out or said without them (`.ci/run` and `tests/` in the layout:
    TESTS_IN_PASSING, by without_test_mentions). Each rule must
    find its text: a README changed so that one no longer applies fails the tests of both editions, not a
    participant."""
    readme = NOT_FOR_PARTICIPANTS_ROWS.sub("", readme)
    readme = re.sub(r"^make test +#.*$", "make lab    # opens the notebooks in JupyterLab: the workshop is "
                    "notebooks/workshop/qca_workshop.ipynb", readme, count=1, flags=re.M)
    for pattern, replacement in TESTS_PROSE:
        readme = pattern.sub(replacement, readme, count=1)
    return readme


def release_note(release: str | None, release_zh: str | None = None) -> str:
    """The participants' notebook's line on the solutions, in English and then in Chinese (release_where)."""
    where, where_zh = release_where(release, release_zh)
    return f"Solutions: not in this edition; {where}. 参考答案不在本版中；{where_zh}。"


def participants_notebook(nb: dict, solutions_name: str | None, release: str | None,
                          release_zh: str | None = None) -> dict:
    """The notebook as the participants' edition shows it: no link to a solutions notebook, and, when its own
    solutions notebook (`solutions_name`) is left out, a note saying where the solutions will be released: in place
    of the sentence naming that notebook ('Solutions: `NAME`.', with its Chinese after it: '参考答案：`NAME`。'), else
    as a cell after the first."""
    cells = nb.get("cells", [])
    name = re.escape(solutions_name or "")
    named = re.compile(rf"Solutions:\s*`{name}`\.?(?:\s*参考答案：\s*`{name}`。?)?") if solutions_name else None
    placed = False
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        before = "".join(cell.get("source", ""))
        text = participants_text(before)
        if named and not placed and named.search(text):
            text, placed = named.sub(lambda _: release_note(release, release_zh), text, count=1), True
        if text != before:  # a cell left as it is stays byte for byte the same
            cell["source"] = text
    if solutions_name and not placed:
        note = {"cell_type": "markdown", "metadata": {}, "source": release_note(release, release_zh)}
        if (nb.get("nbformat"), nb.get("nbformat_minor", 0)) >= (4, 5):
            note["id"] = "solutions-release-note"
        cells.insert(min(1, len(cells)), note)
    return nb


# ---------------------------------------------------------------- outputs not made together
class MakeUnanswered(Exception):
    """`make -n all` could not say which notebooks it would run (no make, a timeout, make's own error)."""


def out_of_date_notebooks(root: Path, stamps: Path | None = None, make_args: tuple[str, ...] = (),
                          strict: bool = False) -> list[str]:
    """The notebooks (as the Makefile names them: 03_qca, workshop/qca_workshop) that `make` would run again, read
    from `make -n all` in `root`: an input edited since their run, other parameters asked for, or an upstream
    notebook run since, as when notebook 02 ran and 03 then failed (03's outputs are put back as they were, 02's
    are new). [] when no notebook has been run in this checkout (no stamp in `stamps`, build/stamps/: the outputs
    are those it came with, made together) or without make; `strict` (make verify): MakeUnanswered instead of []
    when make could not answer (verify said all was as built, having asked nothing)."""
    stamps = Path(stamps or root / "build" / "stamps").resolve()
    if not any(p.name != "kernels.done" for p in stamps.rglob("*.done")):
        return []
    try:
        run = subprocess.run(["make", "-s", "-n", "--no-print-directory", "-C", str(root), *make_args, "all"],
                             capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as err:
        if strict:
            raise MakeUnanswered("make could not be run" if isinstance(err, OSError) else
                                 "make took more than 300 s to answer") from err
        return []
    if strict and run.returncode != 0:
        said = [line for line in run.stderr.splitlines() if line.strip()]
        raise MakeUnanswered(f"make -n all stopped (exit status {run.returncode})"
                             + (f": {said[-1].strip()}" if said else ""))
    names = []
    for manifest in re.findall(r" --manifest (\S+)\.outputs ", run.stdout):
        path = Path(root, manifest).resolve()
        if path.is_relative_to(stamps):
            names.append(path.relative_to(stamps).as_posix())
    return list(dict.fromkeys(names))


def out_of_date_notice(names: list[str], page: str | None = None) -> str:
    """A warning (a MyST admonition) that the book shows outputs not made together: `names`, the notebooks `make`
    would run again (out_of_date_notebooks); `page`, the notebook of the page it heads, if it is one of them."""
    listed = ", ".join(f"`{n}`" for n in names)
    first, it = ((f"This notebook ({page}) is out of date: `make` would run it again", "it") if page else
                 (f"Not all outputs in this book are up to date: `make` would run {listed} again", "they"))
    return ("```{warning}\n" + f"{first}: an input changed after {it} ran, other parameters are asked for, or a "
            f"notebook {it} read{'s' if page else ''} from ran since (say, notebook 02 ran and then 03 failed). The "
            "tables and figures shown here may therefore come from different runs and need not agree. Run `make`, "
            "then `make report`.\n```\n")


def with_out_of_date_notice(text: str, notice: str) -> str:
    """A markdown page with `notice` after its first heading line (at the top if it has none)."""
    lines = text.splitlines(keepends=True)
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "".join(lines[:at]) + ("\n" if at else "") + notice + "\n" + "".join(lines[at:])


def notebook_with_notice(nb: dict, notice: str) -> dict:
    """The notebook with `notice` as a markdown cell after its first cell (its title)."""
    cell = {"cell_type": "markdown", "metadata": {}, "source": notice}
    if (nb.get("nbformat"), nb.get("nbformat_minor", 0)) >= (4, 5):
        cell["id"] = "out-of-date-notice"
    nb.setdefault("cells", []).insert(min(1, len(nb["cells"])), cell)
    return nb


# ---------------------------------------------------------------- outputs not as built
OUTPUT_FOLDERS = ("data/derived", "figures", "notebooks/executed")  # verify_outputs.OUTPUT_FOLDERS


def outputs_not_as_built(root: Path, stamps: Path | None = None) -> tuple[list[str], list[str]]:
    """The outputs the book would show that are not what the build wrote, as (files, notebooks that wrote them).

    With a build recorded (build/stamps/NAME.sha256, tools/run_notebook.py): each output whose bytes differ from the
    record (edited by hand: a table 'corrected' in a spreadsheet, a figure touched up) or that is missing, as `make
    verify` names them ('path (changed)', 'path (missing)'). With none (a fresh clone, whose outputs are the committed
    ones) in a git checkout: each output git sees modified or deleted. `make report` built a book from such files
    without a word: `make -q` compares dates and cannot see an edit made after the build."""
    stamps = Path(stamps or root / "build" / "stamps")
    records = sorted(stamps.rglob("*.sha256")) if stamps.is_dir() else []
    if records:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from verify_outputs import findings  # a sibling script (standard library only)

        names = [r.relative_to(stamps).with_suffix("").as_posix() for r in records]
        lines, _ = findings(root, stamps, names)
        files, writers = [], []
        for line in lines:
            kind, _, rest = line.partition(": ")
            if kind in ("changed", "missing"):
                path, _, said = rest.partition(" ")
                files.append(f"{path} ({kind})")
                writers += re.findall(r"notebooks/(\S+)\.ipynb", said)[:1]   # the writer, after the path
        return files, list(dict.fromkeys(writers))
    try:
        run = subprocess.run(["git", "-C", str(root), "-c", "core.quotepath=false", "status", "--porcelain",
                              "--no-renames", "--", *OUTPUT_FOLDERS], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return [], []
    if run.returncode != 0:  # not a git checkout: nothing to compare with
        return [], []
    files = []
    for line in run.stdout.splitlines():
        state, path = line[:2], line[3:].strip('"')
        if "M" in state or "D" in state:
            files.append(f"{path} ({'missing' if 'D' in state else 'changed'})")
    return files, []


def not_as_built_message(files: list[str], writers: list[str]) -> str:
    """The one line `make report` refuses with: the files, and how to rebuild them."""
    if writers:
        how = ("to rebuild them, delete the changed ones and run make (it runs notebooks/"
               + ", notebooks/".join(f"{w}.ipynb" for w in writers) + " again to rewrite them; a missing one "
               "needs make alone), then make report")
    else:
        how = ("no build is recorded here, so they differ from the committed outputs: git checkout -- "
               "data/derived figures notebooks/executed takes those back, or make rebuilds every output, then make "
               "report")
    return (f"the book would show {len(files)} output(s) that are not what the build wrote (make verify names them): "
            f"{', '.join(files)}; {how}")


# ---------------------------------------------------------------- staging
def linked_files(text: str) -> list[str]:
    """Relative link and image targets written in markdown or HTML (no scheme, no pure #anchors)."""
    found = []
    for a, b in LINK.findall(text):
        target = (a or b).split("#", 1)[0]
        if target and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", target):
            found.append(target)
    return found


def _markdown_of(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        return "\n".join("".join(c.get("source", "")) for c in cells if c.get("cell_type") == "markdown")
    return path.read_text(encoding="utf-8")


def stage(root: Path, src: Path, edition: str = "full", release: str | None = None,
          out_of_date: list[str] = (), release_zh: str | None = None) -> list[str]:
    """Write the book's sources into `src` (a mirror of the repository paths); return the staged documents. The
    participants' edition leaves out the solutions notebooks (see participants_notebook); `release` and
    `release_zh` say where the solutions will be released (release_where). `out_of_date`, the notebooks `make`
    would run again: the first page and theirs say so (out_of_date_notice)."""
    participants = edition == "participants"
    src.mkdir(parents=True, exist_ok=True)
    for name in BOOK_FILES:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "book" / name, src / name)
    docs: dict[str, Path] = {}  # staged path -> original file
    notebooks = []
    for nb in executed_notebooks(root):
        rel = staged_notebook_path(nb, root)
        if participants and is_solutions(rel):
            continue
        docs[rel] = nb
        notebooks.append(rel)
    pages = {rel for rel in PAGES if (root / rel).exists()}
    pages |= {p.relative_to(root).as_posix() for p in sorted((root / "docs").glob("*.md"))}
    for rel in sorted(pages):
        docs[rel] = root / rel
    alts = figure_alt_texts(root)
    for rel, orig in docs.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        if orig.suffix == ".ipynb":
            nb = json.loads(orig.read_text(encoding="utf-8"))
            nb = notebook_with_alt_texts(notebook_with_one_title(nb), alts)  # one h1; alt text for its figures
            if participants:
                own = rel[:-len(".ipynb")] + SOLUTIONS_SUFFIX
                left_out = own if (root / "notebooks" / "executed" / own[len("notebooks/"):]).exists() else None
                nb = participants_notebook(nb, left_out and Path(left_out).name, release, release_zh)
            name = rel[len("notebooks/"):-len(".ipynb")]
            if name in out_of_date:
                nb = notebook_with_notice(nb, out_of_date_notice(list(out_of_date), name))
            (src / rel).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        elif participants:
            (src / rel).write_text(participants_text(orig.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copy2(orig, src / rel)
    staged_docs = set(docs)
    (src / "claims.md").write_text(claims_page(root), encoding="utf-8")
    (src / "figures.md").write_text(figures_page(root, staged_docs), encoding="utf-8")
    (src / "_extra").mkdir()
    (src / "_extra" / "index.html").write_text(REDIRECT, encoding="utf-8")
    for rel in sorted(pages):  # the markdown pages' figures: alt text from the catalogue
        (src / rel).write_text(with_alt_texts((src / rel).read_text(encoding="utf-8"), rel, alts), encoding="utf-8")
    readme = with_alt_texts(readme_with_figure_index((root / "README.md").read_text(encoding="utf-8"), root),
                            "README.md", alts)
    if participants:
        readme = without_test_mentions(with_edition_paragraph(
            without_commands_not_here(without_teacher_notes(without_solution_links(readme))), release, release_zh))
    if out_of_date:
        readme = with_out_of_date_notice(readme, out_of_date_notice(list(out_of_date)))
    (src / "README.md").write_text(readme.rstrip("\n") + "\n" + contents(notebooks, pages), encoding="utf-8")
    # every other repository file a page links to is copied, so the link works: a markdown file or notebook
    # becomes a page of its own (listed under "Linked pages"), anything else a download
    linked_pages = []
    queue = sorted(staged_docs | {"README.md", "claims.md", "figures.md"})
    while queue:
        page = queue.pop(0)
        for target in linked_files(_markdown_of(src / page)):
            rel = os.path.normpath(os.path.join(os.path.dirname(page), target))
            if rel.startswith("..") or os.path.isabs(rel) or (src / rel).exists() or (participants and is_solutions(rel)):
                continue
            candidate = root / rel
            if candidate.is_file():
                (src / rel).parent.mkdir(parents=True, exist_ok=True)
                if participants and candidate.suffix == ".md":
                    (src / rel).write_text(participants_text(candidate.read_text(encoding="utf-8")),
                                           encoding="utf-8")
                elif participants and candidate.suffix == ".ipynb":
                    nb = participants_notebook(json.loads(candidate.read_text(encoding="utf-8")), None, release,
                                               release_zh)
                    (src / rel).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
                else:
                    shutil.copy2(candidate, src / rel)
                if candidate.suffix in (".md", ".ipynb"):
                    linked_pages.append(rel)
                    staged_docs.add(rel)
                    queue.append(rel)
    if linked_pages:
        with (src / "README.md").open("a", encoding="utf-8") as fh:
            fh.write("\n".join(["", "```{toctree}", ":hidden:", ":caption: Linked pages", "", *sorted(linked_pages),
                                "```", ""]))
    return sorted(staged_docs | {"README.md", "claims.md", "figures.md"})


# ---------------------------------------------------------------- build
def make_running(root: Path, when: str = "is running") -> None:
    """BookError when a make other than the one running this build (`make report` holds the lock itself) holds the
    checkout's make lock (build/stamps/.make.lock, tools/make_lock.py). The book built by hand
    (python tools/build_book.py) beside a running `make` read outputs that make was rewriting: a book of two runs'
    tables and figures, or a build that failed on a file replaced under it. make's own goals stop so in one line."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_lock import other_make  # a sibling script (standard library only)

    lock = Path(root) / "build" / "stamps" / ".make.lock"
    running = other_make(lock)
    if running:
        who = f" (process {running})" if running is not True else ""
        stop = f"stop it (kill {running})" if running is not True else "stop it"
        where = lock.relative_to(root) if lock.is_relative_to(root) else lock
        raise BookError(f"a make{who} {when} in this checkout (it holds {where}) and rewrites the outputs the book is "
                        f"built from: the book would mix two runs' tables and figures; wait for it to end, or {stop}, "
                        "then build the book again (make report); nothing was built")


def build_book(out_dir: Path | str | None = None, root: Path | str = ROOT, quiet: bool = False,
               edition: str = "full", release: str | None = None, out_of_date: list[str] | None = None,
               release_zh: str | None = None) -> Path:
    """Stage the sources and run Sphinx (warnings are errors); the finished site replaces `out_dir` whole. The
    participants' edition (no solutions notebook) goes to its own folder: neither edition replaces the other's.
    `out_of_date` (by default asked of make: out_of_date_notebooks): the notebooks the book warns are out of date."""
    import importlib.util

    if edition not in EDITIONS:
        raise BookError(f"book edition {edition!r} (--edition, make's BOOK_EDITION): one of {', '.join(EDITIONS)}")
    root = Path(root).resolve()
    full_out = Path(os.environ.get("BOOK_DIR") or DEFAULT_OUT).resolve()
    if edition == "full":
        out = Path(out_dir).resolve() if out_dir else full_out
        if out == PARTICIPANTS_OUT.resolve():
            raise BookError(f"{out} is the participants' edition's folder: the full book (with the solutions) would "
                            "replace it; build the full book elsewhere (leave out --out: build/book/)")
    else:
        out = Path(out_dir or PARTICIPANTS_OUT).resolve()
        if out in (full_out, DEFAULT_OUT.resolve()):
            raise BookError(f"{out} is the full book's folder: the participants' edition goes to a folder of its own "
                            "(leave out --out: build/book-participants/)")
    make_running(root)
    if not executed_notebooks(root):
        raise BookError(f"no executed notebooks in {root / 'notebooks' / 'executed'}: run `make` first")
    edited, writers = outputs_not_as_built(root)
    if edited:
        raise BookError(not_as_built_message(edited, writers))
    if importlib.util.find_spec("sphinx") is None or importlib.util.find_spec("myst_nb") is None:
        raise BookError("Sphinx / MyST-NB are not installed in this Python: run `make report` "
                        "(it syncs the 'book' dependency group of uv.lock)")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        if out_of_date is None:
            out_of_date = out_of_date_notebooks(root)
        stage(root, work / "src", edition, release, out_of_date, release_zh)
        make_running(root, "started while the book's sources were copied")   # Sphinx reads the copies from here on
        cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--keep-going", "-n", "-E",
               "-d", str(work / "doctrees"), str(work / "src"), str(work / "html")]
        if quiet:
            cmd.insert(3, "-q")
        # BOOK_SOURCE_ROOT: the checkout whose analysis.qca the API reference documents (book/conf.py)
        env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0", "BOOK_SOURCE_ROOT": str(root)}
        from analysis.stopping import start_child   # here, not at the top: make verify loads this file without .venv

        if quiet:
            with start_child(cmd, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
                try:
                    _out, err = proc.communicate()
                except BaseException:
                    proc.kill()
                    raise
            returncode, detail = proc.returncode, (err or "").strip()
        else:
            # Sphinx's progress as it comes, but for its last line, 'The HTML pages are in build/.book-XXXX/html':
            # that temporary folder is renamed below and no longer exists; main() says where the book is.
            # Stopped (SIGTERM, SIGHUP: main's stopped_by_signals; Ctrl-C), Sphinx is stopped too: Popen's exit waited
            # for it, and a build killed so left it writing into the temporary folder after make had ended.
            with start_child(cmd, env={**env, "PYTHONIOENCODING": "utf-8"}, stdout=subprocess.PIPE, text=True,
                             encoding="utf-8", errors="replace") as proc:
                try:
                    for line in proc.stdout:
                        if not line.startswith("The HTML pages are in "):
                            sys.stdout.write(line)
                            sys.stdout.flush()
                except BaseException:
                    proc.kill()
                    raise
            returncode, detail = proc.returncode, ""
        if returncode:
            raise BookError(f"Sphinx could not build the book (exit {returncode})"
                            + (f":\n{detail}" if detail else ""))
        (work / "html" / ".buildinfo").unlink(missing_ok=True)
        alts, by_hash = figure_alt_texts(root), {}
        for staged in sorted((work / "src").rglob("*.ipynb")):
            by_hash.update(output_alt_texts(json.loads(staged.read_text(encoding="utf-8")), alts))
        html_pages = {p.relative_to(work / "html").as_posix() for p in (work / "html").rglob("*.html")}
        for page in sorted((work / "html").rglob("*.html")):
            text = page.read_text(encoding="utf-8")
            fixed = with_page_links(text, page.relative_to(work / "html").as_posix(), html_pages)
            fixed = with_print_labels(with_full_size_links(with_output_alt_texts(fixed, by_hash)))
            fixed = with_print_slices(with_turned_figures(with_readable_figures(fixed, page), page), page)
            fixed = with_language_of_parts(with_buttons_named_as_shown(with_header_scopes(
                with_empty_headers_as_cells(with_sidebar_landmark(fixed)))))
            if fixed != text:
                page.write_text(fixed, encoding="utf-8")
        old = out.with_name(f".{out.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        (work / "html").rename(out)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """The build; SIGTERM (make passing on its own: a CI job cancelled, `kill`) and SIGHUP (the terminal closed) end it
    as Ctrl-C does, by unwinding (analysis.stopping): Sphinx is stopped and the temporary folder removed
    (build_book's `finally`); the book already in place stays as it was. Python's default ended the process at once,
    and Sphinx went on writing into build/.book-XXXX/, which stayed there, after make had ended. The stop is said in
    one line, exit status 130 (Ctrl-C) or 128 + the signal (143, 129), as the notebook runner's and make bench's."""
    # imported here, not at the top: make verify runs tools/verify_outputs.py, which imports this script, with make's
    # PYTHON (no .venv, so no analysis package on its path)
    from analysis.stopping import reporting_stops, stopped_by_signals

    with stopped_by_signals():
        return reporting_stops(lambda: _main(argv), "Sphinx is stopped and the book already in place is as it was")


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help=f"output folder (default {DEFAULT_OUT.relative_to(ROOT)}, "
                        f"the participants' edition {PARTICIPANTS_OUT.relative_to(ROOT)})")
    parser.add_argument("--edition", default="full", help="full (default) or participants (no solutions notebook)")
    add_release_options(parser, "participants' edition: ")
    args = parser.parse_args(argv)
    try:
        out = build_book(args.out, edition=args.edition, release=args.solutions_release,
                         release_zh=args.solutions_release_zh)
    except BookError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.edition == "participants":
        print(f"==> participants' edition (no solutions): {out / 'index.html'} (opens offline)")
    else:
        print(f"==> book: {out / 'index.html'} (opens offline; sidebar, search, every notebook)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
