"""The book's builder (tools/build_book.py) without a browser: the generated pages (claims ledgers, figure index,
the README's gallery), the staging of the sources, the participants' edition's sources, what the build refuses, and
a toy project's book (its pages, two builds byte for byte the same, the build's log). The built books are checked
as markup in tests/test_report_pages.py and in a browser in test_report_browser.py, test_report_screen.py and
test_report_print.py (their shared parts: tests/_book.py)."""
from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from _processes import started_child
from _book import PARTICIPANTS_PAGE, ROOT, SOLUTIONS_PAGE, _png_at, _png_bytes, _sphinx_installed, _text, _tree, bb, \
    make_project  # noqa: F401 (_sphinx_installed: a fixture of every test here)


def test_agreement_summary_counts_whatever_the_ledger_says():
    rows = [{"agrees": v} for v in ("True", "true", "False", "not testable", "", "partly")]
    assert bb.agreement_summary(rows) == "6 claims: 2 agree, 1 differs, 1 not testable, 1 not evaluated, 1 partly"
    assert bb.agreement_summary([{"claim": "x"}]) == "1 claim (the ledger has no `agrees` column)"
    assert bb.agreement_summary([]) == "no claims"


def test_agreement_summary_counts_context_checks_apart():
    rows = [{"agrees": "true", "scope": "paper"}, {"agrees": "false", "scope": "paper"},
            {"agrees": "true", "scope": "context"}]
    assert bb.agreement_summary(rows) == ("2 claims of the paper: 1 agrees, 1 differs; 1 context check: 1 agrees "
                                          "(counted apart)")


def test_claims_page_renders_every_column_and_missing_ledgers(tmp_path):
    root = make_project(tmp_path / "p")
    page = bb.claims_page(root)
    assert "3 checks: 1 agrees, 1 differs, 1 not testable" in page   # ledger A has evidence: the pooled count of checks
    assert ":file: data/derived/paperA/claims.csv" in page and ":header-rows: 1" in page
    assert "Not produced yet: `data/derived/paperB/claims.csv`" in page


def test_figures_page_from_the_catalogue_and_without_it(tmp_path):
    root = make_project(tmp_path / "p")
    staged = {"notebooks/01_toy.ipynb", "notebooks/02_other.ipynb"}
    page = bb.figures_page(root, staged)
    assert "```{figure} figures/fig_a.png" in page and ":name: fig-fig_a" in page
    assert "A toy figure." in page and "玩具图。" in page
    assert "Drawn by [`01_toy`](notebooks/01_toy.ipynb); results of [`02_other`](notebooks/02_other.ipynb)" in page
    assert "[`data/derived/paperA/paths.csv`](data/derived/paperA/paths.csv)" in page
    bare = bb.figures_page(make_project(tmp_path / "q", with_index=False), staged)
    assert "no catalogue" in bare and "```{figure} figures/fig_a.png" in bare


def test_staging_mirrors_the_repository(tmp_path):
    root = make_project(tmp_path / "p")
    src = tmp_path / "src"
    docs = bb.stage(root, src)
    assert docs == ["README.md", "claims.md", "data/README.md", "data/README.paperA.md", "figures.md",
                    "notebooks/01_toy.ipynb", "notebooks/02_other.ipynb", "notebooks/workshop/w.ipynb"]
    readme = (src / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Toy compendium 玩具")
    assert ":caption: Notebooks" in readme and "notebooks/01_toy.ipynb" in readme
    assert ":caption: Workshop" in readme and "notebooks/workshop/w.ipynb" in readme
    assert (src / "figures" / "index.csv").exists(), "a linked repository file is copied (a download)"
    assert (src / "data" / "derived" / "paperA" / "paths.csv").exists()
    assert (src / "analysis" / "x.py").exists()
    assert ":caption: Linked pages" in (src / "README.md").read_text(encoding="utf-8"), \
        "a linked markdown file outside the fixed pages becomes a page"
    assert bb.linked_files('[a](x/y.md#h) [b](https://e.org) [c](#top) <img src="f.png">') == ["x/y.md", "f.png"]


def test_a_book_of_outputs_not_made_together_says_so(tmp_path, toy_book):
    """Notebook 02 ran (new outputs), then 03 failed (its outputs put back as they were): `make report` warned on the
    terminal only, and the book itself, read later or by someone else, showed 02's new tables beside 03's old ones as
    one set. The first page and each notebook `make` would run again now say so; a book of outputs made together
    has no such notice (the toy project's book, toy_book: the same project, built without out_of_date, and no stamps in
    it, so made together). (Which notebooks: tests/test_pipeline_faults.py, out_of_date_notebooks.)"""
    root = make_project(tmp_path / "p")
    stale = bb.build_book(tmp_path / "stale", root=root, quiet=True, out_of_date=["01_toy"])
    first, toy, other = (_text(stale / page) for page in
                         ("README.html", "notebooks/01_toy.html", "notebooks/02_other.html"))
    assert "admonition warning" in first and "Not all outputs in this book are up to date" in first
    assert "<code class=\"docutils literal notranslate\"><span class=\"pre\">01_toy</span></code>" in first
    assert "This notebook (01_toy) is out of date" in toy and "admonition warning" not in other
    assert not any("admonition warning" in _text(page) for page in toy_book.rglob("*.html"))


def test_which_figures_print_turned(tmp_path):
    """Printed in the portrait column (467 pt), a figure drawn wider than about 7 in set its 6.5 pt text below 6 pt.
    Such a figure is turned on a page of its own when that prints it larger: a wide one is (the units heat map, then
    12.6 by 4.2 in); a narrow one is not, nor a wide and tall one that turning would shrink further (the configuration
    chart, 7.3 by 21 in). In the page, a turned <figure> is boxed with its caption, a notebook output's figure alone,
    the rest as it was. A fifth of the column was kept for a caption, whether the figure had one or not: a notebook's
    figure has none, and a 9 by 8.5 in figure prints larger turned without it (a 9 by 9.5 in one does not), not with
    a caption of ten lines (caption_room_pt)."""
    wide, narrow = _png_at(tmp_path / "wide.png", 12.6, 4.2), _png_at(tmp_path / "narrow.png", 6, 4)
    tall, square = _png_at(tmp_path / "tall.png", 7.3, 21), _png_at(tmp_path / "square.png", 9, 9.5)
    assert [bb.turned_in_print(p) for p in (wide, narrow, tall, square)] == [True, False, False, False]
    assert bb.turned_in_print(tmp_path / "missing.png") is False
    low = _png_at(tmp_path / "low.png", 9, 8.5)
    long_caption = bb.caption_room_pt(["word " * 700])
    assert bb.turned_in_print(low) and not bb.turned_in_print(low, long_caption)
    caption = '<figcaption><p>A caption.</p></figcaption>'
    figure = (f'<figure class="align-default" id="fig-w"><span class="book-figure-scroll"><a href="wide.png">'
              f'<img alt="w" src="wide.png" class="book-readable" /></a></span>{caption}</figure>')
    output = ('<span class="book-figure-scroll"><a class="full-size-figure" href="wide.png" title="t"><img alt="w" '
              'src="wide.png" class="book-readable" /></a></span>')
    kept = ('<span class="book-figure-scroll"><a class="full-size-figure" href="narrow.png" title="t"><img alt="n" '
            'src="narrow.png" class="book-readable" /></a></span>')
    page = bb.with_turned_figures(f"<p>x</p>{figure}<div>{output}{kept}</div>", tmp_path / "page.html")
    turned_figure = figure.replace("align-default", "align-default book-turn-inner")
    turned_output = output.replace("book-figure-scroll", "book-figure-scroll book-turn-inner", 1)
    assert page == (f'<p>x</p><div class="book-turn">{turned_figure}</div>'
                    f'<div><div class="book-turn">{turned_output}</div>{kept}</div>')


def test_a_turned_figure_keeps_its_drawn_by_line_on_its_page(tmp_path):
    """On the figure index a turned figure fills its printed page and the line under it ('Drawn by ...; reads ...')
    went to the next page alone. That line is now marked book-turn-facts and kept on the turned page where the
    figure leaves room: in the figure under its caption when the page's length bounds the figure (12.6 by 4.2 in),
    after the box when the column's width does (9 by 6.5 in under a one-line caption: book.css shortens that page by
    the line's room; turned_scale). A paragraph of other text after a turned figure, or the line after a figure not
    turned, stays as it was."""
    _png_at(tmp_path / "wide.png", 12.6, 4.2)
    _png_at(tmp_path / "deep.png", 9, 6.5)
    _png_at(tmp_path / "narrow.png", 6, 4)
    caption = '<figcaption><p>A caption.</p></figcaption>'

    def figure(src):
        return (f'<figure class="align-default" id="fig-{src}"><span class="book-figure-scroll"><a href="{src}.png">'
                f'<img alt="w" src="{src}.png" class="book-readable" /></a></span>{caption}</figure>')

    def turned(src):
        return figure(src).replace("align-default", "align-default book-turn-inner")

    facts = '<p>Drawn by <a href="nb.html"><code>04_figures</code></a>; reads <code>a.csv</code>.</p>'
    marked = facts.replace("<p>", '<p class="book-turn-facts">', 1)
    other = '<p>Some text of the page.</p>'
    page = bb.with_turned_figures(f"{figure('wide')}\n{facts}\n{figure('narrow')}\n{facts}\n{figure('deep')}\n{facts}"
                                  f"\n{figure('wide')}\n{other}", tmp_path / "page.html")
    assert page == (f'<div class="book-turn">{turned("wide").replace("</figure>", marked + "</figure>")}</div>\n\n'
                    f'{figure("narrow")}\n{facts}\n<div class="book-turn">{turned("deep")}</div>\n{marked}\n'
                    f'<div class="book-turn">{turned("wide")}</div>\n{other}'), page


#: the figures of the figure index that the book prints whole in the text column (a turned figure's caption takes
#: room print_scales only estimates: test_report_print.py measures those on A4 and on US Letter; the sliced
#: configuration chart: the next test but one)
def _catalogue_caption(name: str) -> list[str]:
    """The figure index's caption of figure `name` (figures/index.csv: English and Chinese), as its page prints it."""
    import csv

    with open(ROOT / "figures" / "index.csv", encoding="utf-8", newline="") as f:
        row = next((r for r in csv.DictReader(f) if r["figure"] == name), {})
    return [row.get("caption_en", ""), row.get("caption_zh", "")]


COLUMN_FIGURES = [p.stem for p in sorted((ROOT / "figures").glob("*.png"))
                  if not bb.turned_in_print(p, bb.caption_room_pt(_catalogue_caption(p.stem)))
                  and not bb.print_slices(p)]


@pytest.mark.parametrize("name", COLUMN_FIGURES)
def test_the_figure_index_prints_these_figures_text_at_6_pt_or_more(name):
    """Printed on A4, four figures of the figure index set their 6.5 pt text below 6 pt: the corpus timeline (8.4 in
    wide, its one-line title past the plot) at 5.0 pt, the localities chart (9.2 in, its title) at 4.6 pt, the
    memberships heat maps (7.25 in) at 5.8 pt; turning them does not help (wide and tall). Drawn narrower (titles
    wrapped, narrower columns), each prints in the text column (or turned, or in slices: as the book prints it)
    at PRINT_SMALLEST_PT or more. Only those four were checked: on US Letter, whose page is shorter, the method
    check (9.4 in tall, shrunk to 80 % of the page) printed its text at 5.6 pt. Every figure the book prints whole
    in the column is checked now, on either paper (print_scales), with its own smallest text (figure_smallest_pt; it
    was taken to be 6.5 pt)."""
    path = ROOT / "figures" / f"{name}.png"
    width, height = bb.png_size_pt(path)
    room = bb.caption_room_pt(_catalogue_caption(name))
    column, turned = bb.print_scales(width, height, room)
    scale = turned if bb.turned_in_print(path, room) else column
    if bb.print_slices(path):
        scale = bb.PRINT_COLUMN_PT / width
    assert bb.figure_smallest_pt(path) * scale >= bb.PRINT_SMALLEST_PT, (name, width / 72, height / 72, scale)


def test_the_sliced_configuration_chart_prints_its_smallest_text_at_6_pt_or_more():
    """The configuration chart is the figure index's one figure printed in slices (print_slices), at the text column's
    width (PRINT_COLUMN_PT, on US Letter too: book.css prints the slices no wider). Taken to be 6.5 pt (the least any
    plot sets), its smallest text printed at 5.75 pt, and test_report_print's slices test allowed 5.5 pt. Its own
    smallest text, as the chart records it (its pair labels, 7.5 pt: figure_smallest_pt), prints at 6 pt or more
    (6.6 pt)."""
    sliced = [p for p in sorted((ROOT / "figures").glob("*.png")) if bb.print_slices(p)]
    assert [p.stem for p in sliced] == ["paperA_configurations"]
    width, _ = bb.png_size_pt(sliced[0])
    assert bb.figure_smallest_pt(sliced[0]) * bb.PRINT_COLUMN_PT / width >= bb.PRINT_SMALLEST_PT, width / 72


def test_a_turned_figures_caption_room_is_computed_from_its_text():
    """print_scales kept a fifth of the column (93 pt) for a turned figure's caption whatever its length: 76 to 119 pt
    in Chromium (test_report_print measures them), none for a notebook's figure. caption_room_pt computes it: the
    caption's two paragraphs side by side in columns (half the turned page's length less the gap), broken into lines
    (text_lines: words at 0.55 em a Latin character, a Chinese character 1 em, broken between Chinese characters),
    the longer paragraph's lines times the line height, plus the room around them; the figure index's line under it
    across the page's whole length; on each paper. turned_scale puts that line where the figure prints larger."""
    size = bb.CAPTION_PT
    assert bb.text_lines("", 100) == 0
    assert bb.text_lines("abc " * 10, 4 * 0.55 * size * 3 + 0.1) == 4    # 'abc ' 4 characters: 3 words a line
    assert bb.text_lines("论文" * 10, 5 * size) == 4                      # 20 characters, 5 a line
    assert bb.caption_room_pt([]) == {"A4": 0.0, "US Letter": 0.0}
    line = bb.CAPTION_PT * bb.CAPTION_LINE
    for paper, (_, long) in bb.TURNED_PAPERS_PT.items():
        column = (long - bb.TURNED_ROOM_PT - bb.CAPTION_SHORTER_PT - bb.CAPTION_GAP_EM * size) / 2
        words = int(column // (0.55 * size * 4))   # 'abc ' words that fit a line of the column
        en, zh = "abc " * (words * 3), "论" * int(column // size * 2)   # three lines, two lines
        assert bb.caption_room_pt([en, zh])[paper] == pytest.approx(bb.CAPTION_EXTRA_PT + 3 * line)
        assert bb.caption_room_pt([en], "abc")[paper] == pytest.approx(bb.CAPTION_EXTRA_PT + 3 * line + 0.2 * 12 + line)
    # a figure the column bounds turned: the line after it costs it nothing across, in it would shrink it
    scale, inside = bb.turned_scale((9 * 72, 5.75 * 72), ["abc"], "Drawn by x " * 40)
    assert not inside and scale == pytest.approx(bb.print_scales(9 * 72, 5.75 * 72, bb.caption_room_pt(["abc"]),
                                                                 bb.CAPTION_SHORTER_PT)[1])
    # a low figure the page's length bounds: the line goes in it, under the caption
    scale, inside = bb.turned_scale((12 * 72, 3 * 72), ["abc"], "Drawn by x")
    assert inside and scale == pytest.approx((734 - bb.TURNED_ROOM_PT) / (12 * 72))


def test_a_turned_figure_is_printed_as_wide_as_the_page_is_long_less_its_headings_room():
    """print_scales took a turned figure to be as wide as the page is long (US Letter's printable 734 pt), and the
    units heat map (10.7 in wide) to print its 6.5 pt text at 6.2 pt: on Letter, under its heading on the figure
    index, it printed at 5.6 pt. book.css keeps 4.5 rem of the page's length for the heading, and the theme pads the
    figure by 8 px on each side: measured in Chromium the figure is (979 - 72 - 16) px long on a page 979 px long
    (Letter's 10.2 in at 96 px to the inch), 668 pt. print_scales now gives that length, less than the page's."""
    width = 10.71 * 72
    _, turned = bb.print_scales(width, 100)   # a figure this low: the page's length bounds it
    assert turned * width == pytest.approx((979 - 72 - 16) * 0.75, abs=0.5)
    assert bb.FIGURE_SMALLEST_PT * turned < bb.PRINT_SMALLEST_PT   # 10.7 in is too wide: the heat map is narrower


def test_a_figure_too_tall_for_a_page_is_printed_in_slices_cut_between_its_parts(tmp_path):
    """Shrunk whole to 80 % of a printed page, the configuration chart (7.3 by 21 in) printed its text at 2.7 pt. A
    figure that tall is printed at the column's width in slices of a page or less, cut in the middle of the widest
    band of background in reach (between its parts, not through one); a figure that fits a page is not sliced, nor
    one that shrinking whole prints almost as large (the method check, 6.7 by 9.4 in)."""
    from PIL import Image, ImageDraw

    tall = Image.new("RGB", (730, 2100), "white")   # 7.3 by 21 in at 100 dpi: four parts, bands of white between
    draw = ImageDraw.Draw(tall)
    parts = [(top, top + 399) for top in (20, 540, 1060, 1580)]
    for top, bottom in parts:
        draw.rectangle((0, top, 729, bottom), fill=(0, 0, 0))
        draw.rectangle((0, top + 200, 729, top + 220), fill="white")   # a narrow white gap inside a part
    tall.save(tmp_path / "tall.png", dpi=(100, 100))
    slices = bb.print_slices(tmp_path / "tall.png")
    assert slices and slices[0][0] == 0 and slices[-1][1] == 2100 and len(slices) >= 2, slices
    assert all(a[1] == b[0] for a, b in zip(slices, slices[1:])), slices
    for _, cut in slices[:-1]:
        assert not any(top <= cut <= bottom for top, bottom in parts), f"cut through a part at row {cut}: {slices}"
    assert all((end - first) * 72 / 100 * bb.PRINT_COLUMN_PT / 526 <= 0.85 * bb.PRINT_PAGE_LONG_PT
               for first, end in slices), slices
    for name, size in (("short.png", (6, 4)), ("method.png", (6.74, 9.4))):
        _png_at(tmp_path / name, *size)
        assert bb.print_slices(tmp_path / name) is None, name
    page = bb.with_print_slices('<span class="book-figure-scroll"><a href="tall.png"><img alt="t" src="tall.png" '
                                '/></a></span>', tmp_path / "page.html")
    assert page.startswith('<span class="book-figure-scroll book-sliced"><a href="tall.png"><img alt="t" '
                           'src="tall.png" /><span class="book-print-slices" aria-hidden="true">'), page
    assert page.count('class="book-print-slice"') == len(slices)
    assert f"aspect-ratio: 730 / {slices[0][1]}" in page


def test_printed_slices_are_no_wider_than_the_column_they_are_cut_for():
    """print_slices cuts a tall figure's slices for A4's column (PRINT_COLUMN_PT) and 85 % of US Letter's printable
    length (PRINT_PAGE_LONG_PT), but book.css drew them as wide as the column: on US Letter (7.7 by 10.2 in at the
    browser's margins, a wider column and a shorter page than A4's) notebook 03's configuration chart printed a slice
    taller than 90 % of the page (test_report_print's slices test run at 739 by 979 px; fine on A4, where it runs).
    book.css now prints the slices PRINT_COLUMN_PT wide at most, so on either paper each is as tall as it was cut."""
    css = (ROOT / "book" / "_static" / "book.css").read_text(encoding="utf-8")
    printed = css[css.index("@media print", css.index(".book-print-slices")):]
    rule = re.search(r"\.book-sliced \.book-print-slices \{([^}]*)\}", printed)
    assert rule and re.search(rf"max-width:\s*{bb.PRINT_COLUMN_PT}pt", rule.group(1)), rule


def test_no_executed_notebooks_is_a_clear_error(tmp_path):
    with pytest.raises(bb.BookError, match="no executed notebooks"):
        bb.build_book(tmp_path / "out", root=tmp_path)


def _record_build(root: Path, notebook: str, files: list[str]) -> None:
    """build/stamps/NOTEBOOK.sha256 as tools/run_notebook.py writes it after a run that wrote `files`."""
    import hashlib

    stamps = root / "build" / "stamps"
    stamps.mkdir(parents=True, exist_ok=True)
    (stamps / f"{notebook}.sha256").write_text("".join(
        f"{hashlib.sha256((root / f).read_bytes()).hexdigest()}  {f}\n" for f in files), encoding="utf-8")


def test_a_book_of_hand_edited_outputs_is_refused(tmp_path):
    """`make report` built the book from a ledger edited by hand after the build (`make verify` names it, `make -q`
    cannot: it compares dates), and the book showed the edit as the build's result. It now refuses, in one line
    naming each file not as built, the notebook that wrote it, and how to rebuild; nothing is built. As built, the
    book builds."""
    root = make_project(tmp_path / "p")
    _record_build(root, "01_toy", ["data/derived/paperA/claims.csv", "figures/fig_a.png",
                                   "notebooks/executed/01_toy.ipynb"])
    _record_build(root, "02_other", ["data/derived/paperA/paths.csv", "notebooks/executed/02_other.ipynb"])
    assert bb.outputs_not_as_built(root) == ([], [])
    ledger = root / "data" / "derived" / "paperA" / "claims.csv"
    ledger.write_text(ledger.read_text(encoding="utf-8").replace("false", "true"), encoding="utf-8")
    (root / "data" / "derived" / "paperA" / "paths.csv").unlink()
    assert bb.outputs_not_as_built(root) == (["data/derived/paperA/claims.csv (changed)",
                                              "data/derived/paperA/paths.csv (missing)"], ["01_toy", "02_other"])
    executed = root / "notebooks" / "executed" / "02_other.ipynb"       # an executed notebook edited in Jupyter
    before = executed.read_bytes()
    executed.write_bytes(before.replace(b"Second page.", b"Second page, edited."))
    assert bb.outputs_not_as_built(root)[1] == ["01_toy", "02_other"]  # its writer, not 'executed/02_other'
    executed.write_bytes(before)
    out = tmp_path / "site"
    with pytest.raises(bb.BookError) as refused:
        bb.build_book(out, root=root, quiet=True)
    message = str(refused.value)
    assert "\n" not in message and not out.exists()
    assert message.startswith("the book would show 2 output(s) that are not what the build wrote (make verify names "
                              "them): data/derived/paperA/claims.csv (changed), data/derived/paperA/paths.csv "
                              "(missing); to rebuild them, delete the changed ones and run make (it runs "
                              "notebooks/01_toy.ipynb, notebooks/02_other.ipynb again"), message
    assert message.endswith("then make report")


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_fresh_clones_book_of_hand_edited_outputs_is_refused(tmp_path):
    """With no build recorded (a fresh clone: the committed outputs), an output edited by hand differs from the
    committed one: the book is refused too, naming it and how to take the committed ones back."""
    import subprocess

    root = make_project(tmp_path / "p")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "outputs"]):
        subprocess.run(git + args, check=True, capture_output=True)
    assert bb.outputs_not_as_built(root) == ([], [])
    (root / "figures" / "fig_a.png").write_bytes(_png_bytes(900, 600, (200, 0, 0)))
    assert bb.outputs_not_as_built(root) == (["figures/fig_a.png (changed)"], [])
    with pytest.raises(bb.BookError, match=r"figures/fig_a\.png \(changed\); no build is recorded here.*git "
                                           r"checkout -- data/derived figures notebooks/executed"):
        bb.build_book(tmp_path / "site", root=root, quiet=True)


def _hold_make_lock(root: Path, pid: int) -> None:
    """The checkout's make lock (build/stamps/.make.lock) taken for process `pid`, as make takes it (tools/make_lock.py)."""
    import subprocess
    import sys

    took = subprocess.run([sys.executable, str(ROOT / "tools" / "make_lock.py"),
                           str(root / "build" / "stamps" / ".make.lock"), str(pid)],
                          capture_output=True, text=True, timeout=30)
    assert took.returncode == 0, took.stderr


def test_the_book_built_by_hand_beside_a_running_make_is_refused(tmp_path):
    """python tools/build_book.py (by hand) beside a running `make` read the outputs that make was rewriting (a book
    of two runs' tables and figures): make's goals stop at the checkout's make lock (tools/make_lock.py), the book's
    build did not look. It now refuses in one line naming the make and what to do; nothing is built. Once that make
    has ended, it goes ahead."""
    import subprocess
    import time

    root = make_project(tmp_path / "p")
    out = tmp_path / "site"
    holder = subprocess.Popen(["sleep", "60"])   # stands in for the running make
    try:
        _hold_make_lock(root, holder.pid)
        with pytest.raises(bb.BookError) as refused:
            bb.build_book(out, root=root, quiet=True)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    message = str(refused.value)
    assert "\n" not in message and not out.exists() and not list(tmp_path.glob(".site*")), message
    assert message.startswith(f"a make (process {holder.pid}) is running in this checkout (it holds "
                              "build/stamps/.make.lock) and rewrites the outputs the book is built from"), message
    assert message.endswith(f"stop it (kill {holder.pid}), then build the book again (make report); nothing was "
                            "built"), message
    deadline = time.monotonic() + 5   # the lock's keeper sees its make gone and exits
    while time.monotonic() < deadline:
        try:
            bb.make_running(root)
            break
        except bb.BookError:
            time.sleep(0.02)
    else:
        raise AssertionError("the book is still refused after the make has ended")


def test_a_make_started_while_the_book_is_staged_stops_the_build(tmp_path, monkeypatch):
    """A make started after the book's check, while its sources are copied, rewrites what is being copied: the build
    stops there too (Sphinx reads only the copies afterwards); nothing is built and no temporary folder is left."""
    import subprocess

    root = make_project(tmp_path / "p")
    out = tmp_path / "site"
    holder = subprocess.Popen(["sleep", "60"])
    real_stage = bb.stage

    def stage_while_a_make_starts(*args, **kwargs):
        _hold_make_lock(root, holder.pid)
        return real_stage(*args, **kwargs)

    monkeypatch.setattr(bb, "stage", stage_while_a_make_starts)
    try:
        with pytest.raises(bb.BookError, match=rf"^a make \(process {holder.pid}\) started while the book's sources "
                                               "were copied in this checkout"):
            bb.build_book(out, root=root, quiet=True)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert not out.exists() and not list(tmp_path.glob(".site*"))


def test_the_book_built_by_make_report_is_not_refused_by_its_own_make(tmp_path):
    """make report holds the lock itself (report is one of its locking goals) and runs the build: the make holding
    the lock is the build's ancestor, so the build goes on. (A process standing in for that make takes the lock for
    itself and asks the book's check.)"""
    import subprocess
    import sys

    root = make_project(tmp_path / "p")
    script = (f"import os, subprocess, sys; sys.path.insert(0, {str(ROOT / 'tools')!r}); "
              f"subprocess.run([sys.executable, {str(ROOT / 'tools' / 'make_lock.py')!r}, "
              f"{str(root / 'build' / 'stamps' / '.make.lock')!r}, str(os.getpid())], check=True); "
              f"import build_book; build_book.make_running(__import__('pathlib').Path({str(root)!r})); print('ok')")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout == "ok\n", proc.stderr


def test_toy_book_pages(toy_book):
    claims = _text(toy_book / "claims.html").replace("<wbr>", "")  # a column name may break after "_"
    for column in ("agrees", "evidence", "note", "claim_en"):
        assert f">{column}<" in claims, f"ledger column {column} not rendered"
    assert "not testable" in claims and "3 checks: 1 agrees, 1 differs, 1 not testable" in claims
    figures = _text(toy_book / "figures.html")
    assert 'id="fig-fig-a"' in figures or 'id="fig-a"' in figures or "fig-fig_a" in figures
    assert 'href="notebooks/01_toy.html"' in figures
    toy = _text(toy_book / "notebooks" / "01_toy.html")
    assert 'href="../data/README.html"' in toy and 'href="02_other.html"' in toy
    data = _text(toy_book / "data" / "README.html")
    assert 'href="README.paperA.html"' in data and re.search(r'href="../_downloads/\w+/x.py"', data)


@contextlib.contextmanager
def _standard_output_to(path: Path):
    """What is written to standard output while the block runs, by this process (sys.stdout) or by a process it
    starts (file descriptor 1), goes to the file `path` (UTF-8), as pytest's capfd takes both (capfd is one test's:
    this is for a fixture of the module)."""
    sys.stdout.flush()
    saved, stream = os.dup(1), sys.stdout
    with open(path, "wb") as sink:
        os.dup2(sink.fileno(), 1)
        sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)   # line by line, as a terminal
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stdout = stream
            os.dup2(saved, 1)
            os.close(saved)


@pytest.fixture(scope="module")
def toy_rebuilt(toy_project, tmp_path_factory) -> tuple[Path, Path, str]:
    """The toy project's book built again as `make report` builds it (Sphinx's progress shown), over an earlier site
    with a file of its own: the folder the site is in, the site, and what the build wrote to standard output. Two tests
    read this one build (a Sphinx run of some 2.6 s of CPU): each built the toy project for itself, one quietly, one
    to read its output."""
    folder = tmp_path_factory.mktemp("toy-rebuilt")
    old = folder / "a" / "site"
    old.mkdir(parents=True)
    (old / "stale.txt").write_text("left from an earlier build", encoding="utf-8")
    with _standard_output_to(folder / "output.txt"):
        out = bb.build_book(old, root=toy_project)
    return folder / "a", out, (folder / "output.txt").read_text(encoding="utf-8")


def test_book_build_is_deterministic_and_atomic(toy_rebuilt, toy_book):
    """Two builds of the same tree give identical bytes (the toy book, built quietly, and the same tree built again
    showing Sphinx's progress); a rebuild replaces the old site whole and leaves no temporary folder behind."""
    folder, out, _ = toy_rebuilt
    assert not (out / "stale.txt").exists(), "the old site is replaced as a whole"
    assert _tree(out) == _tree(toy_book), "two builds of the same tree differ"
    assert sorted(p.name for p in folder.iterdir()) == ["site"], "temporary folders left behind"


def test_the_toy_book_is_built_once_per_run_whichever_worker_asks(toy_project, toy_book, tmp_path_factory):
    """The toy project's book (toy_book) was built once per pytest-xdist worker that asked for it: three files ask
    (test_report_build, _pages, _browser), and each worker built its own, a Sphinx run of some 2.6 s of CPU each.
    It is built once per run now, as the project's books: asked again (another worker asking, or this one), the
    book already built is given, not built again; the toy project is the one all workers read."""
    from _book import shared_build, shared_toy_project

    assert shared_toy_project(tmp_path_factory) == toy_project
    built = (toy_book / "index.html").stat().st_mtime_ns
    assert shared_build(tmp_path_factory, root=toy_project) == toy_book
    assert (toy_book / "index.html").stat().st_mtime_ns == built, "the toy book was built again"


def test_the_build_log_names_no_temporary_folder(toy_rebuilt):
    """`make report` printed Sphinx's 'The HTML pages are in build/.book-k2x8/html', a temporary folder renamed to
    build/book/ right after (so gone), before its own '==> book: build/book/index.html'. Sphinx's progress is still
    shown; only that line is left out (toy_rebuilt's build)."""
    _, out, log = toy_rebuilt
    assert "build succeeded" in log and "The HTML pages are in" not in log
    assert (out / "index.html").exists()


def test_a_build_stopped_by_sigterm_stops_sphinx_and_leaves_no_temporary_folder(toy_project, tmp_path):
    """`make report` stopped by SIGTERM (make passes its own on: a CI job cancelled, `kill`) ended the builder at once:
    Sphinx went on writing into build/.book-XXXX/ after make had ended, and that folder stayed. The builder now
    unwinds as on Ctrl-C (exit status 143): Sphinx stopped, no temporary folder, the book in place as it was. It
    says so in one error line, as the notebook runner and make bench do (it said nothing; Ctrl-C, a traceback)."""
    import os
    import signal
    import subprocess
    import sys

    old = tmp_path / "a" / "site"
    old.mkdir(parents=True)
    (old / "index.html").write_text("the last book")
    script = (f"import sys; sys.path.insert(0, {str(ROOT / 'tools')!r}); import build_book as bb; "   # as make runs it
              f"build = bb.build_book; bb.build_book = lambda *a, **k: build(*a, root={str(toy_project)!r}, **k); "
              f"sys.exit(bb.main(['--out', {str(old)!r}]))")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        sphinx = started_child(proc, lambda argv: any(b"sphinx" in a for a in argv), timeout=120)
        assert sphinx is not None, "Sphinx never started"
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 143, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
    alive = Path(f"/proc/{sphinx}/stat")
    assert not alive.exists() or alive.read_text().split(") ")[1][0] == "Z", "Sphinx still runs"
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["site"], "temporary folder left behind"
    assert sorted(p.name for p in old.iterdir()) == ["index.html"] and (old / "index.html").read_text() == "the last book"
    err = proc.stderr.read()   # (Sphinx writes its warnings there too)
    assert err.splitlines()[-1:] == ["error: terminated (SIGTERM); Sphinx is stopped and the book already in place "
                                     "is as it was"] and err.count("error:") == 1 and "Traceback" not in err, err


def test_claims_page_headline_is_per_evidence_level(tmp_path):
    """With an evidence column the bold headline counts per evidence level (a pooled count mixes checks that are
    evidence with checks by construction); the pooled count follows, not bold."""
    root = make_project(tmp_path / "p")
    ledger = ("paper,claim_id,claim_zh,claim_en,expected,computed,agrees,evidence,scope,note,data_source\n"
              "A,A1,一,one,4,4,true,by construction,paper,,reconstruction\n"
              "A,A2,二,two,x,y,false,by construction,paper,,reconstruction\n")
    (root / "data" / "derived" / "paperA" / "claims.csv").write_text(ledger, encoding="utf-8")
    page = bb.claims_page(root)
    bold = [line for line in page.splitlines() if line.startswith("**")]
    assert bold and bold[0].startswith("**By evidence level — 2 claims checked: 0 independent;")
    assert "Every check is by construction" in bold[0] and "Data: the compendium's reconstruction" in bold[0]
    assert "Pooled over evidence levels (a count, not a measure of support): 2 checks: 1 agrees, 1 differs." in page
    assert "**2 claims: 1 agree" not in page
    # the Chinese headline follows, the notebooks' own (analysis.claims.headline_zh), with the same numbers
    import pandas as pd

    from analysis.claims import headline_zh
    zh = headline_zh(pd.read_csv(root / "data" / "derived" / "paperA" / "claims.csv", dtype=str,
                                 keep_default_na=False))
    assert len(bold) > 1 and bold[1].startswith("**按证据等级 — ") and zh in bold[1]
    assert "数据：本项目的重建数据，并非原文数据。" in bold[1]   # in Chinese, as the figures' captions say it


def test_claims_page_pooled_count_counts_checks_not_claims(tmp_path):
    """Paper B's page said '15 checks of 6 claims of the paper' in its headline and '15 claims of the paper' in the
    pooled count under it (B14-C1 … B14-C5, five checks of one claim, counted as five claims): the pooled count now
    counts checks."""
    root = make_project(tmp_path / "p")
    rows = "".join(f"B,B2-C{k},乙之{k},two,x,x,true,compendium's reading,paper,\n" for k in range(1, 4))
    ledger = ("paper,claim_id,claim_zh,claim_en,expected,computed,agrees,evidence,scope,note\n"
              "B,B1,一,one,4,4,true,by construction,paper,\n" + rows +
              "B,B3,三,three,x,y,false,by construction,context,\n")
    (root / "data" / "derived" / "paperB").mkdir(parents=True, exist_ok=True)
    (root / "data" / "derived" / "paperB" / "claims.csv").write_text(ledger, encoding="utf-8")
    page = bb.claims_page(root)
    assert "**By evidence level — 4 checks of 2 claims of the paper, counted per check (B2-C1, B2-C2, B2-C3 check one " \
           "claim in 3 parts): 0 independent;" in page
    assert ("Pooled over evidence levels (a count, not a measure of support): 4 checks of the paper's claims: 4 agree; "
            "1 context check: 1 differs (counted apart).") in page


def test_claims_page_says_what_every_evidence_level_means(tmp_path):
    """The page headlines each ledger by evidence level, so it says what each level means: it explained
    *independent*, *by construction* and *context* but not *compendium's reading*, the level of 11 of Paper B's 15
    claims, and its *by construction* ('test data made from the paper') did not cover Paper B's checks that are by
    construction because a parameter was anchored on the items checked (B05's stage starts). Every level of
    analysis.claims.EVIDENCE_LEVELS is explained, in the words of analysis.claims.EVIDENCE_MEANINGS."""
    from analysis import claims as C

    root = make_project(tmp_path / "p")
    ledger = ("paper,claim_id,claim_zh,claim_en,expected,computed,agrees,evidence,scope,note\n"
              "B,B1,一,one,4,4,true,compendium's reading,paper,\n"
              "B,B2,二,two,x,x,true,by construction,paper,\n")
    (root / "data" / "derived" / "paperB").mkdir(parents=True, exist_ok=True)
    (root / "data" / "derived" / "paperB" / "claims.csv").write_text(ledger, encoding="utf-8")
    page = " ".join(bb.claims_page(root).split())
    assert set(C.EVIDENCE_MEANINGS) == set(C.EVIDENCE_LEVELS)
    for level in C.EVIDENCE_LEVELS:
        assert f"*{bb.md_text(level)}* checks {bb.md_text(C.EVIDENCE_MEANINGS[level])}" in page, level
    assert "parameter" in C.EVIDENCE_MEANINGS["by construction"]


def test_output_alt_texts_follow_what_the_cell_printed_before_each_image():
    png_a, png_b = (base64.b64encode(_png_bytes(colour=c)).decode("ascii") for c in ((0, 0, 0), (255, 0, 0)))
    image = lambda data: {"output_type": "display_data", "data": {"image/png": data, "text/plain": "<Image>"}}
    stream = lambda text: {"output_type": "stream", "name": "stdout", "text": text}
    nb = {"cells": [{"cell_type": "code", "source": "draw()", "outputs": [
        stream("a -> figures/fig_a.png, figures/fig_a.svg\n"), image(png_a),
        stream("b -> figures/sub_fig_a.png\n"), image(png_b)]}]}
    found = bb.output_alt_texts(nb, {"figures/fig_a.png": "Caption A.", "figures/fig_b.png": "Caption B."})
    import hashlib

    digest = hashlib.sha256(base64.b64decode(png_a)).hexdigest()
    assert found == {digest: "Caption A."}   # 'sub_fig_a.png' is not fig_a.png: the second image keeps its alt text
    page = f'<p><img alt="Figure drawn in the notebook" src="../_images/{digest}.png" /><img src="x.png"></p>'
    assert bb.with_output_alt_texts(page, found) == (f'<p><img alt="Caption A." src="../_images/{digest}.png" />'
                                                     '<img src="x.png"></p>')


def _columns(line: str) -> int:
    """How many columns of code font `line` takes: a wide character (Chinese, a full-width comma) two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_the_readmes_layout_fits_the_books_text_column_in_both_editions():
    """README's layout, a plain block (its lines do not wrap in the book), ran to 172 columns, the book's text column
    at a 1366 px laptop's width holding about 84 (test_report_screen measures it: 1,482 px in 743). Its entries are
    wrapped at 80 columns (a wide character counted as two), and the participants' edition's rules (TESTS_PROSE) take
    `.ci/run`, the tests/ entry and bad_input_table.py out of it without joining a line to the next (the rule for
    bad_input_table.py joined its line's end to the next line's). Every line of the block, in both editions, is 80
    columns or less; the participants' block still lists the tools and the top folder's files around what it left out.
    The whole layout is now a page, docs/layout.md, and README keeps a short one of the folders: both blocks are held
    to this, the participants' rules applied to every page (build_book.TESTS_IN_PASSING, by without_test_mentions)."""
    for page, heading, names in (("docs/layout.md", "## Every file", ("readme_figure_index.py,", "install_browser.sh")),
                                 ("README.md", "## Layout", ())):
        text = (ROOT / page).read_text(encoding="utf-8")
        blocks = {}
        for edition, edited in (("full", text), ("participants", bb.without_test_mentions(text))):
            blocks[edition] = edited.split(f"{heading}\n\n```\n", 1)[1].split("\n```", 1)[0].splitlines()
            wide = [f"{page} {edition}: {_columns(line)} columns: {line}" for line in blocks[edition]
                    if _columns(line) > 80]
            assert not wide, "\n".join(wide)
        full, part = "\n".join(blocks["full"]), "\n".join(blocks["participants"])
        left_out = (".ci/run", "\ntests/ ", "bad_input_table.py") if names else (".ci/run", "\ntests/ ")
        assert all(w in full for w in left_out), (page, full)
        assert not any(w in part for w in left_out), (page, part)
        assert "LICENSE" in part and all(n in part for n in names), (page, part)
        entry = re.search(r"^tests/ [^\n]*\n(?: {4}[^\n]*\n)*", full + "\n", re.M).group(0)
        assert len(blocks["full"]) - len(blocks["participants"]) == entry.count("\n"), page   # nothing else out


def _names_a_test(page: Path) -> bool:
    """Whether a staged page (a notebook: its markdown cells) names a test in backticks outside a table's rows, which
    the participants' edition marks as not there (build_book.without_test_mentions)."""
    text = page.read_text(encoding="utf-8")
    if page.suffix == ".ipynb":
        text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"] if c["cell_type"] == "markdown")
    return any(bb.TEST_RUN.search(line) for line in text.splitlines() if not line.lstrip().startswith("|"))


def test_participants_edition_differs_from_the_full_one_only_where_it_must(tmp_path):
    """Staged side by side: the participants' edition has every file of the full one but the solutions notebook, all
    byte for byte the same except the README (its link to the solutions, the table of contents), the participants'
    notebook (the release note) and the pages naming a test (marked: not in that edition); no staged page links to a
    solutions notebook. The full edition stages the solutions."""
    full = bb.stage(ROOT, tmp_path / "full")
    part = bb.stage(ROOT, tmp_path / "part", "participants")
    assert f"{SOLUTIONS_PAGE}.ipynb" in full and sorted(set(full) - {f"{SOLUTIONS_PAGE}.ipynb"}) == part
    full_tree, part_tree = _tree(tmp_path / "full"), _tree(tmp_path / "part")
    assert set(full_tree) - set(part_tree) == {f"{SOLUTIONS_PAGE}.ipynb"} and set(part_tree) <= set(full_tree)
    differ = sorted(k for k in part_tree if part_tree[k] != full_tree[k])
    naming_tests = sorted(k for k in full_tree if k.endswith((".md", ".ipynb")) and _names_a_test(tmp_path / "full" / k))
    assert "notebooks/00_method_validation.ipynb" in naming_tests   # its proofs are tests: marked as not there
    # docs/layout.md: the layout's tests/ entry and what the tests check, left out (build_book.TESTS_IN_PASSING)
    assert differ == sorted({"README.md", f"{PARTICIPANTS_PAGE}.ipynb", "docs/layout.md", *naming_tests}), differ
    targets = [(page, t) for page in part if page.endswith((".md", ".ipynb"))
               for t in bb.linked_files(bb._markdown_of(tmp_path / "part" / page)) if "_solutions." in t]
    assert not targets, targets
    assert "(notebooks/workshop/qca_workshop_solutions.ipynb)" in (tmp_path / "full" / "README.md").read_text("utf-8")
    nb = bb._markdown_of(tmp_path / "part" / f"{PARTICIPANTS_PAGE}.ipynb")
    assert bb.release_note(None) in nb and "qca_workshop_solutions" not in nb
    assert "they will be released by your teacher after the session" in bb.release_note("  ")


def test_participants_edition_leaves_out_the_teachers_notes(tmp_path):
    """The participants' book opens on the README, whose 'What each exercise teaches' (the teacher's notes) answered
    exercises 3 and 4: which known solution each expectation gives and why, and what raising incl_cut to 0.9 does.
    The participants' edition keeps the heading, with a line saying the notes are not in it; the full one is as
    before."""
    bb.stage(ROOT, tmp_path / "full")
    bb.stage(ROOT, tmp_path / "part", "participants")

    def notes(folder):
        readme = (folder / "README.md").read_text(encoding="utf-8")
        start = readme.index("### What each exercise teaches")
        return readme[start:readme.index("\n### ", start + 1)]

    full, part = notes(tmp_path / "full"), notes(tmp_path / "part")
    answers = [line.strip() for line in full.splitlines()[1:] if len(line.strip()) > 30]
    assert len(answers) >= 10 and "turns a row negative" in full
    assert [a for a in answers if a in part] == [] and bb.TEACHER_NOTES_NOTE in part
    # nor the teacher's paragraph on writing the participants' branch: what the edition is, in both languages
    readme = (tmp_path / "part" / "README.md").read_text(encoding="utf-8")
    said = readme[readme.index("**Without the solutions.**"):].split("\n\n", 1)[0]
    assert "make participants-branch" not in said and "participants' edition" in said and "参与者版" in said, said
    assert bb.release_where(None)[0] in said and bb.release_where(None)[1] in said, said
    assert "make participants-branch SOLUTIONS_RELEASE" in (tmp_path / "full" / "README.md").read_text("utf-8")


def test_participants_edition_of_any_workshop(tmp_path):
    """A workshop notebook whose text does not name its solutions gets the release note as a cell of its own, and a
    page reached only through a link (data/README.paperA.md here) loses its link to the solutions as well."""
    import nbformat
    from nbformat import v4

    root = make_project(tmp_path / "p")
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# Answers\n\nx = 1")]),
                   root / "notebooks" / "executed" / "workshop" / "w_solutions.ipynb")
    linked = root / "data" / "README.paperA.md"
    linked.write_text(_text(linked) + "\nAnswers in [the solutions](../notebooks/workshop/w_solutions.ipynb).\n",
                      encoding="utf-8")
    assert "notebooks/workshop/w_solutions.ipynb" in bb.stage(root, tmp_path / "full")
    docs = bb.stage(root, tmp_path / "src", "participants", "at the end of the day")
    assert "notebooks/workshop/w_solutions.ipynb" not in docs
    assert not (tmp_path / "src" / "notebooks" / "workshop" / "w_solutions.ipynb").exists()
    cells = json.loads(_text(tmp_path / "src" / "notebooks" / "workshop" / "w.ipynb"))["cells"]
    assert [c["source"] for c in cells[1:2]] == [bb.release_note("at the end of the day")] and cells[1]["id"]
    assert "Answers in the solutions (not in this edition)." in _text(tmp_path / "src" / "data" / "README.paperA.md")
    assert "Answers in [the solutions]" in _text(tmp_path / "full" / "data" / "README.paperA.md")


def test_a_solutions_release_with_markup_is_shown_as_written_in_the_built_book(tmp_path):
    """SOLUTIONS_RELEASE went into the participants' notebook unescaped: the built page showed '*pm*' in italics,
    '<b>sharp</b>' in bold, '[free](x)' as a link and lost a backslash. The book (Sphinx, MyST-NB) now shows it as
    written, in the English and the Chinese line (build_book.as_written; rendered by two markdown parsers in
    tests/test_participants_branch.py)."""
    import html

    import nbformat
    from nbformat import v4

    release = (r"""on the "course" page (it's \\share\sols) at 5 *pm* <b>sharp</b> for $5 & [free](x) """
               r"""~~or~~ _not_ {x} #1! `y`""")
    root = make_project(tmp_path / "p")
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# Answers\n\nx = 1")]),
                   root / "notebooks" / "executed" / "workshop" / "w_solutions.ipynb")
    out = bb.build_book(tmp_path / "site", root=root, quiet=True, edition="participants", release=release,
                        release_zh=release)
    page = (out / "notebooks" / "workshop" / "w.html").read_text(encoding="utf-8")
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert shown.count(f"they will be released {release}.") == 1 and shown.count(f"{release}。") == 1, shown


def test_the_editions_never_replace_each_other(monkeypatch, tmp_path, capsys):
    """The participants' edition refuses the full book's folder (build/book/ or $BOOK_DIR) and the full book the
    participants' folder (it would put the solutions in the book handed out); an unknown edition is one error line."""
    monkeypatch.delenv("BOOK_DIR", raising=False)
    with pytest.raises(bb.BookError, match="full book's folder"):
        bb.build_book(bb.DEFAULT_OUT, edition="participants")
    monkeypatch.setenv("BOOK_DIR", str(tmp_path / "mybook"))
    with pytest.raises(bb.BookError, match="full book's folder"):
        bb.build_book(tmp_path / "mybook", edition="participants")
    with pytest.raises(bb.BookError, match="participants' edition's folder"):
        bb.build_book(bb.PARTICIPANTS_OUT)
    assert not (tmp_path / "mybook").exists()
    assert bb.main(["--edition", "participant", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: book edition 'participant' (--edition, make's BOOK_EDITION): one of full, participants"]


def test_make_builds_each_edition_into_its_own_folder(make_finds_python_once):
    """`make report` builds the full edition, `make book-participants` and `make report BOOK_EDITION=participants`
    the participants' one (what make would run, make -n). PYTHON is found once for the three makes, as make finds it
    (tests/conftest.py, make_finds_python_once): each make looked for it again."""
    import subprocess

    def dry(*args):
        proc = subprocess.run(["make", "-n", "-C", str(ROOT), *args], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "tools/build_book.py --edition 'full'" in dry("report")
    assert "tools/build_book.py --edition 'participants'" in dry("book-participants")
    assert "tools/build_book.py --edition 'participants'" in dry("report", "BOOK_EDITION=participants")


def test_the_books_figure_gallery_follows_the_figures_index(tmp_path):
    """README's figure index (the gallery the book opens with) is a table written from figures/index.csv for the
    shipped reconstruction. After a holder drops Paper A's original matrix in, figures/ and index.csv hold the
    original data (captions '(data: the original case data)'), but the book's first page showed those figures under
    README's captions '(data: the compendium's reconstruction of the cases, not the paper's data)'. The book now
    stages README with that table rewritten from the current index (tools/readme_figure_index.py's rule); README.md
    itself is left as it is."""
    root = make_project(tmp_path / "p")
    header = "| figure | caption · 图注 | made by |\n|---|---|---|\n"
    stale = ('| <img src="figures/fig_a.png" width="220"><br>`fig_a` | Figure A (data: the reconstruction).<br>'
             '图A（重建数据）。 | `01_toy` |\n')
    readme = (root / "README.md").read_text(encoding="utf-8")
    readme += f"\n## Figure index · 图索引\n\nThe table:\n\n{header}{stale}\nAfter it.\n\n## Next\n\nEnd.\n"
    (root / "README.md").write_text(readme, encoding="utf-8")
    (root / "figures" / "index.csv").write_text(
        "figure,stem,formats,made_by,source_notebook,derived_files,caption_en,caption_zh,redrawn_here\n"
        "fig_a,figures/fig_a,png,01_toy,02_other,data/derived/paperA/paths.csv,Figure A (data: the original case "
        "data).,图A（原始案例数据）。,False\n", encoding="utf-8")
    bb.stage(root, tmp_path / "src")
    staged = (tmp_path / "src" / "README.md").read_text(encoding="utf-8")
    assert "Figure A (data: the original case data).<br>图A（原始案例数据）。" in staged
    assert "the reconstruction" not in staged
    assert "After it.\n\n## Next\n\nEnd." in staged and "The table:" in staged
    assert (root / "README.md").read_text(encoding="utf-8") == readme      # the repository's README untouched
    # a README without a figure index (or no index.csv) is staged as before
    plain = make_project(tmp_path / "q")
    bb.stage(plain, tmp_path / "src2")
    assert "figures in [the index](figures/index.csv)." in (tmp_path / "src2" / "README.md").read_text(encoding="utf-8")
    assert bb.readme_with_figure_index("# R\n\n## Figure index\n\nno table\n", root) == "# R\n\n## Figure index\n\nno table\n"


def test_every_test_that_opens_the_browser_is_marked_browser():
    """pytest -m 'not browser' (a machine without Chromium) leaves out the tests marked browser; one test that opens the
    browser (the `driver` fixture) was not marked, so it ran there and failed asking for Chromium. Every test function
    of the book's test files taking `driver` is marked browser."""
    import ast

    unmarked = []
    for path in sorted((ROOT / "tests").glob("test_report_*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_") \
                    and "driver" in [a.arg for a in node.args.args]:
                marks = [ast.unparse(d) for d in node.decorator_list]
                if "pytest.mark.browser" not in marks:
                    unmarked.append(f"{path.name}::{node.name}")
    assert not unmarked, unmarked
