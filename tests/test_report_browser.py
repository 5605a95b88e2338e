"""The book (`make report`, tools/build_book.py) opens whole and offline in a real browser (headless Chromium).

The project's book is built from the committed executed notebooks into a temporary folder (Sphinx runs with
warnings as errors, so a broken cross-reference already fails the build), served on 127.0.0.1, and EVERY
page is opened: a page fails on an image that did not load, a local link whose target (file or #anchor) is
missing, a console error, or any request to a host other than the local server. A screenshot of every page
is saved to build/book-screenshots/ (or $BOOK_SCREENSHOTS). A toy project checks the generated pages
(ledgers with any columns, the figure index, notebooks in sub-folders). Without Chromium these tests fail and
say how to install it (tools/install_browser.sh); SKIP_BROWSER_TESTS=1 skips them instead.
"""
from __future__ import annotations

import base64
import functools
import html
import io
import json
import os
import re
import shutil
import threading
import time
import urllib.error
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest
from _scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(os.environ.get("BOOK_SCREENSHOTS") or ROOT / "build" / "book-screenshots")


def _load_builder():
    return load_script("tools/build_book.py", register=True)


bb = _load_builder()


@pytest.fixture(scope="module", autouse=True)
def _sphinx_installed():
    try:
        import myst_nb  # noqa: F401
        import sphinx  # noqa: F401
    except ImportError:
        pytest.fail("the book's tools are not installed: run `make test` or `make report` (they sync the 'book' "
                    "dependency group of uv.lock)", pytrace=False)


# ---------------------------------------------------------------- a small project to build a book from
def _png_bytes(width=60, height=40, colour=(0, 114, 178)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, format="PNG")
    return buf.getvalue()


LEDGER_A = ("paper,claim_id,claim_en,expected,computed,agrees,evidence,source,note\n"
            "A,A1,four paths,4,4,true,by construction,paths.csv,\n"
            "A,A2,coverage,0.9,0.8,false,independent,qca.json,differs\n"
            "A,A3,national trend,up,,not testable,compendium's reading,,no data\n")


def make_project(root: Path, with_index: bool = True) -> Path:
    """A minimal project: two executed notebooks (a PNG output, an HTML table, links to data/README.md,
    to the other notebook and to a heading), one workshop notebook, ledger A with new columns, a figure
    with its catalogue, and READMEs linking to a CSV and a notebook."""
    import nbformat
    from nbformat import v4

    ex = root / "notebooks" / "executed"
    (ex / "workshop").mkdir(parents=True)
    (root / "data" / "derived" / "paperA").mkdir(parents=True)
    (root / "figures").mkdir()
    (root / "README.md").write_text(
        "# Toy compendium 玩具\n\nStart with [the toy notebook](notebooks/01_toy.ipynb); data in "
        "[data/README.md](data/README.md); figures in [the index](figures/index.csv).\n\n"
        "<img src=\"figures/fig_a.png\" width=\"120\">\n", encoding="utf-8")
    (root / "data" / "README.md").write_text(
        "# Data\n\nBack to [the README](../README.md); Paper A's data in [its own file](README.paperA.md); "
        "code in [analysis/x.py](../analysis/x.py).\n", encoding="utf-8")
    (root / "data" / "README.paperA.md").write_text("# Paper A data\n\nSee [paths](derived/paperA/paths.csv).\n",
                                                    encoding="utf-8")
    (root / "analysis").mkdir()
    (root / "analysis" / "x.py").write_text("x = 1\n", encoding="utf-8")
    (root / "data" / "derived" / "paperA" / "claims.csv").write_text(LEDGER_A, encoding="utf-8")
    (root / "data" / "derived" / "paperA" / "paths.csv").write_text("path\nA*B\n", encoding="utf-8")
    (root / "figures" / "fig_a.png").write_bytes(_png_bytes(900, 600))
    if with_index:
        (root / "figures" / "index.csv").write_text(
            "figure,stem,formats,made_by,source_notebook,derived_files,caption_en,caption_zh\n"
            "fig_a,figures/fig_a,png,01_toy,02_other,data/derived/paperA/paths.csv,A toy figure.,玩具图。\n",
            encoding="utf-8")
    png = base64.b64encode(_png_bytes()).decode("ascii")
    nb = v4.new_notebook(cells=[
        v4.new_markdown_cell("# 01 玩具分析 / Toy analysis\n\nData: [data/README.md](../data/README.md); "
                             "see [the other](02_other.ipynb) and [results](#results)."),
        v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        v4.new_markdown_cell("## Results\n\nA table and a plot."),
        v4.new_code_cell("df", execution_count=2, outputs=[v4.new_output(
            "execute_result", execution_count=2,
            data={"text/plain": "   A\n0  1", "text/html": "<table><tr><th>A</th></tr><tr><td>1</td></tr></table>"})]),
        v4.new_code_cell("plot()", execution_count=3, outputs=[v4.new_output(
            "display_data", data={"image/png": png, "text/plain": "<Figure>"})]),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, ex / "01_toy.ipynb")
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# 02 Other\n\nSecond page.")]), ex / "02_other.ipynb")
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# Workshop\n\nBack to [toy](../01_toy.ipynb).")]),
                   ex / "workshop" / "w.ipynb")
    return root


# ---------------------------------------------------------------- generated pages (no Sphinx)
def test_agreement_summary_counts_whatever_the_ledger_says():
    rows = [{"agrees": v} for v in ("True", "true", "False", "not testable", "", "partly")]
    assert bb.agreement_summary(rows) == "6 claims: 2 agree, 1 differ, 1 not testable, 1 not evaluated, 1 partly"
    assert bb.agreement_summary([{"claim": "x"}]) == "1 claims (the ledger has no `agrees` column)"
    assert bb.agreement_summary([]) == "no claims"


def test_agreement_summary_counts_context_checks_apart():
    rows = [{"agrees": "true", "scope": "paper"}, {"agrees": "false", "scope": "paper"},
            {"agrees": "true", "scope": "context"}]
    assert bb.agreement_summary(rows) == ("2 claims of the paper: 1 agree, 1 differ; 1 context checks: 1 agree "
                                          "(counted apart)")


def test_claims_page_renders_every_column_and_missing_ledgers(tmp_path):
    root = make_project(tmp_path / "p")
    page = bb.claims_page(root)
    assert "3 checks: 1 agree, 1 differ, 1 not testable" in page   # ledger A has evidence: the pooled count of checks
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


def test_a_book_of_outputs_not_made_together_says_so(tmp_path):
    """Notebook 02 ran (new outputs), then 03 failed (its outputs put back as they were): `make report` warned on the
    terminal only, and the book itself, read later or by someone else, showed 02's new tables beside 03's old ones as
    one set. The first page and each notebook `make` would run again now say so; a book of outputs made together
    has no such notice. (Which notebooks: tests/test_pipeline_faults.py, out_of_date_notebooks.)"""
    root = make_project(tmp_path / "p")
    stale = bb.build_book(tmp_path / "stale", root=root, quiet=True, out_of_date=["01_toy"])
    first, toy, other = (_text(stale / page) for page in
                         ("README.html", "notebooks/01_toy.html", "notebooks/02_other.html"))
    assert "admonition warning" in first and "Not all outputs in this book are up to date" in first
    assert "<code class=\"docutils literal notranslate\"><span class=\"pre\">01_toy</span></code>" in first
    assert "This notebook (01_toy) is out of date" in toy and "admonition warning" not in other
    fresh = bb.build_book(tmp_path / "fresh", root=root, quiet=True)  # no stamps in this project: made together
    assert not any("admonition warning" in _text(page) for page in fresh.rglob("*.html"))


def _png_at(path: Path, width_in: float, height_in: float, dpi: int = 100) -> Path:
    from PIL import Image

    Image.new("RGB", (round(width_in * dpi), round(height_in * dpi)), (255, 255, 255)).save(path, dpi=(dpi, dpi))
    return path


def test_which_figures_print_turned(tmp_path):
    """Printed in the portrait column (467 pt), a figure drawn wider than about 7 in set its 6.5 pt text below 6 pt.
    Such a figure is turned on a page of its own when that prints it larger: a wide one is (the units heat map, then
    12.6 by 4.2 in); a narrow one is not, nor a wide and tall one that turning would shrink further (the configuration
    chart, 7.3 by 21 in). In the page, a turned <figure> is boxed with its caption, a notebook output's figure alone,
    the rest as it was."""
    wide, narrow = _png_at(tmp_path / "wide.png", 12.6, 4.2), _png_at(tmp_path / "narrow.png", 6, 4)
    tall, square = _png_at(tmp_path / "tall.png", 7.3, 21), _png_at(tmp_path / "square.png", 9, 8.5)
    assert [bb.turned_in_print(p) for p in (wide, narrow, tall, square)] == [True, False, False, False]
    assert bb.turned_in_print(tmp_path / "missing.png") is False
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
    after the box when the column's width does (9 by 5.75 in: book.css shortens that page by the line's room). A
    paragraph of other text after a turned figure, or the line after a figure not turned, stays as it was."""
    _png_at(tmp_path / "wide.png", 12.6, 4.2)
    _png_at(tmp_path / "deep.png", 9, 5.75)
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


@pytest.mark.parametrize("name", ["paperB_timeline", "paperB_localities_models", "paperA_memberships",
                                  "paperA_memberships_fuzzy"])
def test_the_figure_index_prints_these_figures_text_at_6_pt_or_more(name):
    """Printed on A4, four figures of the figure index set their 6.5 pt text below 6 pt: the corpus timeline (8.4 in
    wide, its one-line title past the plot) at 5.0 pt, the localities chart (9.2 in, its title) at 4.6 pt, the
    memberships heat maps (7.25 in) at 5.8 pt; turning them does not help (wide and tall). Drawn narrower (titles
    wrapped, narrower columns), each prints in the text column (or turned, or in slices: as the book prints it)
    at PRINT_SMALLEST_PT or more."""
    path = ROOT / "figures" / f"{name}.png"
    width, height = bb.png_size_pt(path)
    column, turned = bb.print_scales(width, height)
    scale = turned if bb.turned_in_print(path) else column
    if bb.print_slices(path):
        scale = bb.PRINT_COLUMN_PT / width
    assert bb.FIGURE_SMALLEST_PT * scale >= bb.PRINT_SMALLEST_PT, (name, width / 72, height / 72, scale)


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


# ---------------------------------------------------------------- the built books (Sphinx, once per module)
@pytest.fixture(scope="module")
def project_book(tmp_path_factory):
    """The project's own book, built from the committed executed notebooks."""
    return bb.build_book(tmp_path_factory.mktemp("book") / "site", quiet=True)


@pytest.fixture(scope="module")
def toy_project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("toy") / "proj")


@pytest.fixture(scope="module")
def toy_book(tmp_path_factory, toy_project):
    return bb.build_book(tmp_path_factory.mktemp("toybook") / "site", root=toy_project, quiet=True)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_book_has_every_notebook_and_page(project_book):
    for nb in bb.executed_notebooks(ROOT):
        page = project_book / bb.staged_notebook_path(nb, ROOT).replace(".ipynb", ".html")
        assert page.exists(), f"{nb.name}: no page in the book"
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        images = sum("image/png" in o.get("data", {}) for c in cells if c["cell_type"] == "code"
                     for o in c.get("outputs", []))
        shown = len(re.findall(r'<img[^>]+src="[^"]*_images/', _text(page)))
        assert shown >= images, f"{page.name}: {images} image outputs in the notebook, {shown} on the page"
    for name in ("index.html", "README.html", "claims.html", "figures.html", "data/README.html", "search.html"):
        assert (project_book / name).exists(), name
    sidebar = _text(project_book / "claims.html")
    for nb in bb.executed_notebooks(ROOT):
        assert bb.staged_notebook_path(nb, ROOT).replace(".ipynb", ".html") in sidebar, f"{nb.name}: not in the sidebar"


def test_toy_book_pages(toy_book):
    claims = _text(toy_book / "claims.html").replace("<wbr>", "")  # a column name may break after "_"
    for column in ("agrees", "evidence", "note", "claim_en"):
        assert f">{column}<" in claims, f"ledger column {column} not rendered"
    assert "not testable" in claims and "3 checks: 1 agree, 1 differ, 1 not testable" in claims
    figures = _text(toy_book / "figures.html")
    assert 'id="fig-fig-a"' in figures or 'id="fig-a"' in figures or "fig-fig_a" in figures
    assert 'href="notebooks/01_toy.html"' in figures
    toy = _text(toy_book / "notebooks" / "01_toy.html")
    assert 'href="../data/README.html"' in toy and 'href="02_other.html"' in toy
    data = _text(toy_book / "data" / "README.html")
    assert 'href="README.paperA.html"' in data and re.search(r'href="../_downloads/\w+/x.py"', data)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_book_build_is_deterministic_and_atomic(toy_project, toy_book, tmp_path):
    """Two builds of the same tree give identical bytes; a rebuild replaces the old site whole and leaves
    no temporary folder behind."""
    old = tmp_path / "a" / "site"
    old.mkdir(parents=True)
    (old / "stale.txt").write_text("left from an earlier build")
    out = bb.build_book(old, root=toy_project, quiet=True)
    assert not (out / "stale.txt").exists(), "the old site is replaced as a whole"
    assert _tree(out) == _tree(toy_book), "two builds of the same tree differ"
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["site"], "temporary folders left behind"


def test_the_build_log_names_no_temporary_folder(toy_project, tmp_path, capfd):
    """`make report` printed Sphinx's 'The HTML pages are in build/.book-k2x8/html', a temporary folder renamed to
    build/book/ right after (so gone), before its own '==> book: build/book/index.html'. Sphinx's progress is still
    shown; only that line is left out."""
    out = bb.build_book(tmp_path / "site", root=toy_project)
    log = capfd.readouterr().out
    assert "build succeeded" in log and "The HTML pages are in" not in log
    assert (out / "index.html").exists()


# ---------------------------------------------------------------- browser
class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Site:
    """A folder served over HTTP on a free port of 127.0.0.1."""

    def __init__(self, folder: Path):
        self.folder = folder
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    if os.environ.get("SKIP_BROWSER_TESTS", ""):  # any value, as the Makefile's browser target reads it
        pytest.skip("SKIP_BROWSER_TESTS=1")
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"headless Chromium is needed for the book test but {', '.join(missing)} is missing: "
                    "run tools/install_browser.sh (as root), or set SKIP_BROWSER_TESTS=1 to skip", pytrace=False)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is not installed: run `make test` (syncs the test and book groups of uv.lock)", pytrace=False)
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1280,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(executable_path=str(CHROMEDRIVER)))
    drv.set_page_load_timeout(60)
    try:
        yield drv
    finally:
        drv.quit()


def _settle(drv, scripts: bool = True) -> None:
    """Wait until the page just loaded is laid out as a reader sees it: its fonts loaded, then two frames drawn (the
    theme's scripts lay the sidebars and contents column out again after load). A fixed 0.3 s pause did the same on
    every page of every layout test, about 40 s of the suite. With the page's scripts off (`scripts` False) no
    callback of the page runs: a short pause instead."""
    if not scripts:
        time.sleep(0.3)
        return
    drv.execute_async_script("const done = arguments[arguments.length - 1];"
                             "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));")


_REFS_JS = """
const out = [];
for (const [sel, attr] of [['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'],
                           ['img[src]', 'src'], ['iframe[src]', 'src'], ['source[src]', 'src']]) {
  for (const el of document.querySelectorAll(sel)) {
    out.push([el.tagName.toLowerCase(), el.getAttribute(attr), el[attr]]);
  }
}
return out;
"""
_IMAGES_JS = "return Array.from(document.images).map(i => [i.getAttribute('src') || '', i.complete, i.naturalWidth]);"


def _ids(markup: str) -> set[str]:
    found = re.findall(r"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""", markup)
    return {html.unescape(a or b) for a, b in found}


def _requests(drv) -> list[str]:
    """Every URL the browser asked for since the last call (DevTools network log: documents, scripts,
    styles, fonts, images, fetch/XHR), so nothing loaded behind the page's back goes unseen."""
    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def check_page(drv, site: Site, page: str, cache: dict) -> list[str]:
    """Problems of one page: images not loaded, local links without target, requests to another host,
    console errors."""
    url = site.base + page
    drv.get_log("browser")  # drop what an earlier page left
    _requests(drv)
    drv.get(url)
    time.sleep(0.2)  # let late scripts (search index, theme) run and log
    problems = []
    for src, complete, width in drv.execute_script(_IMAGES_JS):
        if not complete or not width:
            problems.append(f"{page}: image did not load: {src[:80]}")
    own = drv.page_source
    for tag, raw, absolute in drv.execute_script(_REFS_JS):
        parts = urlsplit(absolute or "")
        if parts.scheme in ("data", "javascript", "mailto") or (raw or "").startswith("data:"):
            continue
        if not (parts.scheme in ("http", "https") and absolute.startswith(site.base)):
            if tag != "a":
                problems.append(f"{page}: <{tag}> loads {absolute!r} from outside the book (must open offline)")
            continue
        target = absolute.split("#", 1)[0].split("?", 1)[0]
        if target not in cache:
            try:
                with urllib.request.urlopen(target, timeout=10) as resp:
                    body = resp.read()
                    cache[target] = (resp.status, body.decode("utf-8", "replace") if target.endswith(".html") else "")
            except urllib.error.HTTPError as err:
                cache[target] = (err.code, "")
        status, body = cache[target]
        if status != 200:
            problems.append(f"{page}: broken link <{tag}> {raw!r} -> HTTP {status}")
            continue
        if parts.fragment and tag == "a":
            markup = own if target == url.split("#", 1)[0] else body
            if not {parts.fragment, unquote(parts.fragment)} & _ids(markup):
                problems.append(f"{page}: link {raw!r}: no element with id {unquote(parts.fragment)!r}")
    for requested in _requests(drv):
        if urlsplit(requested).scheme in ("chrome", "about", "data", "blob"):
            continue  # the browser's own pages and inline data, not the network
        if not requested.startswith(site.base):
            problems.append(f"{page}: requested {requested!r} from outside the book")
    for entry in drv.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"{page}: console error: {entry.get('message')}")
    return problems


def site_pages(folder: Path) -> list[str]:
    """Every HTML page of the site (not the theme's Jinja macro files that it leaves in _static/)."""
    pages = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html")
                   if not p.relative_to(folder).as_posix().startswith(("_static/", "_sources/", "_downloads/")))
    return ["index.html"] + [p for p in pages if p != "index.html"]


def check_site(drv, folder: Path, shots: Path | None = None) -> list[str]:
    """Open every page of the site; with `shots`, save a screenshot of each page there."""
    problems, cache = [], {}
    if shots is not None:
        shutil.rmtree(shots, ignore_errors=True)  # no screenshot left from an earlier book
    with Site(folder) as site:
        for page in site_pages(folder):
            problems += check_page(drv, site, page, cache)
            if shots is not None:
                dest = shots / (page[:-len(".html")].replace("/", "__") + ".png")
                dest.parent.mkdir(parents=True, exist_ok=True)
                assert drv.save_screenshot(str(dest)), f"screenshot of {page} failed"
    return problems


@pytest.mark.browser
def test_book_opens_whole_and_offline(driver, project_book):
    """The project's book: every page loads with its images, working links, no console error and no
    request to another host; a screenshot of every page is saved."""
    problems = check_site(driver, project_book, SCREENSHOTS)
    assert (SCREENSHOTS / "README.png").stat().st_size > 20_000, "the first page's screenshot looks empty"
    assert not problems, "book pages with problems:\n" + "\n".join(problems)


@pytest.mark.browser
def test_book_search_finds_notebook_text(driver, project_book):
    """Full-text search (Sphinx's offline index) finds a word that only a notebook has."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with Site(project_book) as site:
        driver.get(site.base + "search.html?q=truth_table")
        WebDriverWait(driver, 20).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li"))
        hits = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")]
    assert any("/notebooks/" in h for h in hits), f"search for truth_table found no notebook: {hits}"


@pytest.mark.browser
def test_book_opens_from_disk(driver, project_book):
    """Double-clicked (file://, no server): index.html leads to the first page and search still works,
    with no console error."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")
    driver.get((project_book / "index.html").as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.current_url.endswith("/README.html"))
    driver.get((project_book / "search.html").as_uri() + "?q=calibration")
    WebDriverWait(driver, 20).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li"))
    time.sleep(0.5)
    errors = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    assert not errors, "\n".join(errors)


@pytest.mark.browser
def test_toy_book_opens_whole(driver, toy_book):
    """The same checks on a toy project: notebook links, README image, ledger with new columns."""
    problems = check_site(driver, toy_book)
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_browser_check_catches_defects(driver, tmp_path):
    """The checker itself fails on a missing image, a broken link, a console error and a network fetch."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "ok.png").write_bytes(_png_bytes())
    (site / "index.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'><title>t</title>"
        "<script src='http://127.0.0.1:9/lib.js'></script></head><body>"
        "<img src='ok.png'><img src='missing.png'><a href='nowhere.html'>x</a><a href='#absent'>y</a>"
        "<a href='https://doi.org/10.1000/1'>external links are fine</a>"
        "<script>console.error('boom'); fetch('http://127.0.0.2:9/x').catch(() => {});</script></body></html>",
        encoding="utf-8")
    problems = "\n".join(check_site(driver, site))
    assert "image did not load: missing.png" in problems
    assert "broken link <a> 'nowhere.html'" in problems
    assert "no element with id 'absent'" in problems
    assert "boom" in problems
    assert "127.0.0.1:9/lib.js" in problems
    assert "requested 'http://127.0.0.2:9/x' from outside the book" in problems
    assert "doi.org" not in problems
    assert "ok.png" not in problems


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
    assert "Every check is by construction" in bold[0] and "Data: reconstruction." in bold[0]
    assert "Pooled over evidence levels (a count, not a measure of support): 2 checks: 1 agree, 1 differ." in page
    assert "**2 claims: 1 agree" not in page
    # the Chinese headline follows, the notebooks' own (analysis.claims.headline_zh), with the same numbers
    import pandas as pd

    from analysis.claims import headline_zh
    zh = headline_zh(pd.read_csv(root / "data" / "derived" / "paperA" / "claims.csv", dtype=str,
                                 keep_default_na=False))
    assert len(bold) > 1 and bold[1].startswith("**按证据等级 — ") and zh in bold[1] and "数据：reconstruction。" in bold[1]


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
           "claim in 3 parts;" in page
    assert ("Pooled over evidence levels (a count, not a measure of support): 4 checks of the paper's claims: 4 agree; "
            "1 context checks: 1 differ (counted apart).") in page



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

def _search_terms(book: Path) -> dict:
    text = _text(book / "searchindex.js")
    index = json.loads(text[text.index("(") + 1:text.rindex(")")])
    return {**index["terms"], **index["titleterms"]}


def test_search_index_has_chinese_words(project_book):
    """Chinese has no spaces, so Sphinx's English splitter indexed whole runs between punctuation ('一个动手练习'):
    a two-character word such as 校准 (calibration), 论文 (paper) or 组态 (configuration) matched only where it stood
    alone, and the browser's search does partial matching only for words of three characters or more, so searching
    校准 found nothing although the workshop and notebook 02 use it throughout. The book now also indexes every
    two-character piece of a Chinese run; English words are indexed as before."""
    terms = _search_terms(project_book)
    for word in ("校准", "论文", "组态", "重建", "医防融合", "truth_tabl", "calibr"):
        assert word in terms, f"{word!r} is not in the search index"


@pytest.mark.browser
def test_book_search_finds_a_chinese_word(driver, project_book):
    """Searching 校准 (calibration) in the book finds the workshop and notebook 02."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with Site(project_book) as site:
        driver.get(site.base + "search.html?q=" + quote("校准"))
        WebDriverWait(driver, 20).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li"))
        hits = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")]
    assert any(h.endswith("notebooks/workshop/qca_workshop.html") for h in hits), hits
    assert any(h.endswith("notebooks/02_case_calibration.html") for h in hits), hits


@pytest.mark.browser
def test_claims_page_gives_the_ledger_the_right_hand_column(driver, project_book):
    """conf.py leaves the claims page without the right-hand contents column so that the wide ledgers get its room,
    but the theme kept the article at 'page width minus that column' whether the column is there or not: at 1280
    pixels the ledger sat in a 676-pixel box with a blank strip beside it, and its last columns (evidence, scope,
    note, data_source) were behind a horizontal scroll bar. A page without the column now uses its width."""
    with Site(project_book) as site:
        widths = {}
        for page in ("claims.html", "README.html"):
            driver.get(site.base + page)
            widths[page] = driver.execute_script(
                "const c = document.querySelector('.bd-content'), a = document.querySelector('.bd-article-container');"
                "return [a.getBoundingClientRect().width, c.getBoundingClientRect().width,"
                " !!document.querySelector('.bd-sidebar-secondary')];")
    article, content, secondary = widths["claims.html"]
    assert not secondary and article >= content - 1, widths
    article, content, secondary = widths["README.html"]
    assert secondary and article < content - 100, "a page with its contents column keeps it"


def test_catalogued_figures_have_their_caption_as_alt_text(toy_book, project_book):
    """The figure index and the README's gallery showed every figure with its file path as alt text
    ('_images/paperA_xy.png'), which is what a screen reader read out or a browser showed when the image did not load.
    A catalogued figure's alt text is now its English caption (the figure index keeps its visible caption)."""
    def alts(page):
        text = _text(page)
        found = {html.unescape(src): html.unescape(alt) for alt, src in re.findall(r'<img alt="([^"]*)" src="([^"]+)"', text)}
        assert len(found) == len(re.findall(r"<img\b", text)), f"{page.name}: an <img> without alt"
        return found

    for page in ("figures.html", "README.html"):
        assert alts(toy_book / page) == {"_images/fig_a.png": "A toy figure."}, page
    import csv as _csv
    captions = {r["figure"]: " ".join(r["caption_en"].split()) for r in _csv.DictReader(
        (ROOT / "figures" / "index.csv").open(encoding="utf-8"))}
    for page in ("figures.html", "README.html"):
        shown = alts(project_book / page)
        assert len(shown) == len(captions), (page, shown)
        for src, alt in shown.items():
            assert alt == captions[Path(src).stem], (page, src, alt)


def test_notebook_figures_have_alt_text(project_book):
    """A figure a notebook cell draws had its hashed file name as alt text ('../_images/b94b8854…png'). A cell that
    draws one catalogued figure and names it (save_figure / publish) now gives the figure's caption; any other figure
    output says which notebook and section drew it."""
    import csv as _csv

    captions = {r["figure"]: " ".join(r["caption_en"].split()) for r in _csv.DictReader(
        (ROOT / "figures" / "index.csv").open(encoding="utf-8"))}
    for nb in bb.executed_notebooks(ROOT):
        page = project_book / bb.staged_notebook_path(nb, ROOT).replace(".ipynb", ".html")
        text = _text(page)
        tags = re.findall(r"<img\b[^>]*>", text)
        alts = [html.unescape(m.group(1)) for t in tags if (m := re.search(r'\balt="([^"]*)"', t))]
        assert len(alts) == len(tags), f"{page.name}: an image without alt"
        for alt in alts:
            assert alt.strip() and not alt.endswith(".png"), f"{page.name}: alt text {alt!r}"
    figures = [html.unescape(a) for a in re.findall(r'<img alt="([^"]*)"', _text(project_book / "notebooks" / "04_figures.html"))]
    assert captions["paperB_timeline"] in figures and captions["paperA_xy"] in figures, figures
    workshop = re.findall(r'<img alt="([^"]*)"', _text(project_book / "notebooks" / "workshop" / "qca_workshop.html"))
    assert workshop and "QCA workshop" in html.unescape(workshop[0]) and "Step 2" in html.unescape(workshop[0]), workshop


def test_no_table_header_cell_of_the_book_is_empty(project_book):
    """axe's empty-table-header: pandas' tables (notebooks 00 to 04, the workshop's pages) head their index column with
    a blank corner cell, and a row naming the index leaves a blank header cell under each column; a screen reader
    announced each as a header of nothing. No page of the book now has a header cell without text, an image or a
    name of its own: those cells are plain cells (td.book-empty-header), and the tables keep their header cells."""
    header = re.compile(r"<th\b([^>]*)>(.*?)</th>", re.S | re.I)
    problems, plain, headers = [], 0, 0
    for page in site_pages(project_book):
        markup = _text(project_book / page)
        for table in re.findall(r"<table\b.*?</table>", markup, re.S | re.I):
            plain += table.count('class="book-empty-header"')
            for attrs, inner in header.findall(table):
                headers += 1
                text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inner)).split())
                if not (text or re.search(r"<(?:img|svg)\b", inner) or re.search(r"\s(?:aria-label|title)=", attrs)):
                    problems.append(f"{page}: <th{attrs}>{inner}</th>")
    assert plain > 50 and headers > 500, (plain, headers)   # the notebooks' tables, whose blank corners were th
    assert not problems, f"{len(problems)} empty header cells, such as:\n" + "\n".join(problems[:5])


def test_each_figure_of_a_cell_drawing_several_has_its_own_caption_as_alt_text(project_book):
    """MyST-NB takes alt text per cell, so the six figures notebook 01 draws in one cell all read "Figure drawn in the
    notebook 01 ..., section Figures", and so did 02's two and 03's three (their cells do not name the figure): a
    screen reader could not tell them apart. An image whose cell prints the figure's file just before it (01, 04),
    or that is byte for byte 04's preview of it (02, 03), now has that figure's caption, each figure its own."""
    import csv as _csv

    captions = {" ".join(r["caption_en"].split()) for r in _csv.DictReader(
        (ROOT / "figures" / "index.csv").open(encoding="utf-8"))}
    for name in ("01_policy_evolution", "02_case_calibration", "03_qca", "04_figures"):
        text = _text(project_book / "notebooks" / f"{name}.html")
        alts = [html.unescape(a) for a in re.findall(r'<img alt="([^"]*)"', text)]
        assert len(alts) == len(re.findall(r"<img\b", text)) >= 2, name
        assert set(alts) <= captions and len(set(alts)) == len(alts), (name, alts)


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


@pytest.mark.browser
def test_chinese_text_is_set_in_a_simplified_chinese_font(driver, project_book):
    """The pages are lang="en", and the theme's font list names no CJK font, so the browser drew Chinese with the first
    CJK font it found: on Debian 'Noto Sans CJK JP', Japanese glyph forms of the shared characters (直, 写, 角 ...).
    book.css now lists Simplified Chinese fonts (Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei)
    after the theme's own, for body text, headings and code. Checked with DevTools' record of the fonts a paragraph
    of the workshop was drawn with (its Chinese text: since the Chinese is marked lang="zh-Hans", a span of its own);
    skipped on a machine without a Simplified Chinese Noto font."""
    import subprocess

    listed = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True).stdout
    if "Noto Sans CJK SC" not in listed:
        pytest.skip("no 'Noto Sans CJK SC' font on this machine")
    with Site(project_book) as site:
        driver.get(site.base + "notebooks/workshop/qca_workshop.html")
        driver.execute_cdp_cmd("DOM.enable", {})
        driver.execute_cdp_cmd("CSS.enable", {})
        root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        used = {}
        for selector in ("article p", "article h2", "div.highlight pre"):
            chinese = f'{selector} span[lang="{bb.ZH_LANG}"]'
            for node in driver.execute_cdp_cmd("DOM.querySelectorAll", {"nodeId": root, "selector": chinese})["nodeIds"]:
                markup = driver.execute_cdp_cmd("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
                if re.search(r"[\u4e00-\u9fff]", markup):
                    fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
                    used[selector] = [f["familyName"] for f in fonts]
                    break
    assert set(used) == {"article p", "article h2", "div.highlight pre"}, used
    for selector, families in used.items():
        cjk = [f for f in families if "CJK" in f]
        assert cjk and all(f.endswith(" SC") for f in cjk), (selector, families)


def test_readme_workshop_section_links_both_notebooks(project_book):
    """The README's workshop section named its two notebooks in code font only, so a teacher reading the book (or
    GitHub) had no link to them from the section that introduces them; they are links now, to the rendered pages."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Teaching with the compendium"):readme.index("### Running it")]
    for name in ("qca_workshop.ipynb", "qca_workshop_solutions.ipynb"):
        assert f"(notebooks/workshop/{name})" in section, name
    page = _text(project_book / "README.html")
    start = page.index('id="teaching-with-the-compendium-the-qca-workshop"')
    part = page[start:page.index('id="running-it"')]
    for name in ("qca_workshop", "qca_workshop_solutions"):
        assert f'href="notebooks/workshop/{name}.html"' in part, name


# ---------------------------------------------------------------- the participants' edition (no solutions)
SOLUTIONS_PAGE = "notebooks/workshop/qca_workshop_solutions"
PARTICIPANTS_PAGE = "notebooks/workshop/qca_workshop"


@pytest.fixture(scope="module")
def participants_book(tmp_path_factory):
    """The project's participants' edition (`make book-participants`), built from the committed executed notebooks."""
    return bb.build_book(tmp_path_factory.mktemp("pbook") / "site", quiet=True, edition="participants",
                         release="on the course page after the session")


def _solution_lines() -> list[str]:
    """Code lines that only the solutions notebook has: the answers to the exercises."""
    def lines(path):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return [x.strip() for c in cells if c["cell_type"] == "code" for x in "".join(c["source"]).splitlines()]

    ex = ROOT / "notebooks" / "executed"
    own = set(lines(ex / f"{PARTICIPANTS_PAGE[len('notebooks/'):]}.ipynb"))
    answers = sorted({x for x in lines(ex / f"{SOLUTIONS_PAGE[len('notebooks/'):]}.ipynb") if len(x) > 25 and x not in own})
    assert len(answers) >= 5, answers
    return answers


def _site_text(folder: Path) -> dict[str, str]:
    """Every page's text as a reader sees it (tags removed, entities decoded)."""
    return {p.relative_to(folder).as_posix(): html.unescape(re.sub(r"<[^>]+>", "", _text(p)))
            for p in sorted(folder.rglob("*.html"))}


def test_participants_edition_has_no_solutions_page_link_or_answer(participants_book, project_book):
    """`make report` built one book with the workshop's solutions notebook next to the participants' one, so a teacher
    who handed participants the book handed them the answers. The participants' edition has no solutions page, no
    link to one, no answer of an exercise (the check finds every one of them in the full book), no entry in the
    search index; otherwise the same pages; and the participants' notebook says where the solutions will be released."""
    assert (project_book / f"{SOLUTIONS_PAGE}.html").exists(), "the full edition keeps the solutions"
    assert not (participants_book / f"{SOLUTIONS_PAGE}.html").exists()
    assert [p for p in participants_book.rglob("*") if "_solutions." in p.name] == []
    assert site_pages(project_book) == sorted(site_pages(participants_book) + [f"{SOLUTIONS_PAGE}.html"],
                                              key=lambda p: (p != "index.html", p))
    links = [(p.relative_to(participants_book).as_posix(), href) for p in participants_book.rglob("*.html")
             for href in re.findall(r"""\bhref\s*=\s*["']([^"']*)["']""", _text(p)) if "_solutions." in href]
    assert not links, links
    docnames = re.search(r'"docnames":\[([^\]]*)\]', _text(participants_book / "searchindex.js")).group(1)
    assert "qca_workshop" in docnames and "_solutions" not in docnames
    full, part = _site_text(project_book), _site_text(participants_book)
    answers = _solution_lines()
    assert [a for a in answers if not any(a in t for t in full.values())] == [], "the check finds the answers"
    leaked = [(a, page) for a in answers for page, t in part.items() if a in t]
    assert not leaked, leaked
    page = " ".join(part[f"{PARTICIPANTS_PAGE}.html"].split())
    assert "Solutions: not in this edition; they will be released on the course page after the session." \
        in page
    readme = " ".join(part["README.html"].split())
    assert "qca_workshop_solutions.ipynb (not in this edition) — the same notebook" in readme


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
    assert differ == sorted({"README.md", f"{PARTICIPANTS_PAGE}.ipynb", *naming_tests}), differ
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


def test_make_builds_each_edition_into_its_own_folder():
    """`make report` builds the full edition, `make book-participants` and `make report BOOK_EDITION=participants`
    the participants' one (what make would run, make -n)."""
    import subprocess

    def dry(*args):
        proc = subprocess.run(["make", "-n", "-C", str(ROOT), *args], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "tools/build_book.py --edition 'full'" in dry("report")
    assert "tools/build_book.py --edition 'participants'" in dry("book-participants")
    assert "tools/build_book.py --edition 'participants'" in dry("report", "BOOK_EDITION=participants")


@pytest.mark.browser
def test_participants_book_opens_whole(driver, participants_book):
    """The participants' edition: every page loads, every link has its target (none was left to the solutions)."""
    problems = check_site(driver, participants_book)
    assert not problems, "\n".join(problems)


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


_SIDEBAR_CUT_JS = """
const out = [];
for (const bar of document.querySelectorAll('.bd-sidebar-primary, .bd-sidebar-secondary')) {
  if (!bar.offsetWidth) continue;
  const name = bar.classList.contains('bd-sidebar-primary') ? 'left sidebar' : 'contents column';
  for (const e of [bar, ...bar.querySelectorAll('*')]) {
    if (getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) {
      out.push(name + ' scrolls sideways (' + e.tagName.toLowerCase() + '.' + e.classList[0] + ')');
    }
  }
  const edge = bar.getBoundingClientRect().right;
  const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim() || !n.parentElement.getClientRects().length) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    if (Array.from(range.getClientRects()).some(r => r.width && r.right > edge + 1)) {
      out.push(name + ' cuts ' + JSON.stringify(n.textContent.trim().slice(0, 60)));
    }
  }
}
return out;
"""


@pytest.mark.browser
def test_no_sidebar_cuts_its_text(driver, project_book):
    """A long file name in code font does not wrap: the left sidebar's link to Paper A's reconstruction page
    ('data/raw/paperA_cases_reconstruction.csv') ran past the sidebar on every page, and the data dictionary's
    contents column (headings naming files and folders) and the figure index's (figure names such as
    method_validation_agreement) were cut at the window's edge behind a sideways scroll bar. book.css now lets such
    words break anywhere in both sidebars: every page at two window sizes shows its sidebars' text whole. (Each page
    is loaded once, in the larger window, then checked again in the smaller: a load per size took a quarter longer;
    with book.css's sidebar rules undone, this way finds every cut the two loads found, and two more.)"""
    problems = []
    sizes = ((1400, 1800), (1280, 1000))
    try:
        with Site(project_book) as site:
            for page in site_pages(project_book):
                driver.set_window_size(*sizes[0])
                driver.get(site.base + page)
                for size in sizes:
                    driver.set_window_size(*size)
                    _settle(driver)   # the theme's scripts (contents column, highlighted entry) lay the page out again
                    problems += [f"{page} at {size[0]} x {size[1]}: {p}"
                                 for p in dict.fromkeys(driver.execute_script(_SIDEBAR_CUT_JS))]
    finally:
        driver.set_window_size(1280, 1000)
    assert not problems, "\n".join(problems)


_PAGE_OVERFLOW_JS = """
const doc = document.documentElement, vw = doc.clientWidth, out = [];
if (doc.scrollWidth <= vw + 1) return out;
const clipped = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
for (const el of document.querySelectorAll('.bd-main *')) {
  const r = el.getBoundingClientRect();
  if (r.width && r.right > vw + 1 && !clipped(el) && !el.querySelector('*')) {
    out.push(el.tagName.toLowerCase() + ' ' + JSON.stringify((el.textContent || '').trim().slice(0, 60))
             + ' ends at ' + Math.round(r.right) + ' px');
  }
}
return out.length ? out : ['the page is ' + doc.scrollWidth + ' px wide'];
"""


@pytest.mark.browser
def test_no_page_scrolls_sideways(driver, project_book):
    """A long word in the text (a file name or test id in code font, 'data/raw/paperA_cases_reconstruction.csv' in
    the title of the reconstruction's page, 'test_qca_protocol.py::test_a_test_recalibrating_the_outcome_…' in the
    README, a heading ending in '(data: 00_method_validation)') did not wrap: it ran past the text column, and the
    whole page scrolled sideways on a phone, a tablet and even a 1024 px laptop window (README 1221 px wide there),
    its title cut at the window's edge. Such words now break where they must; wide tables and code keep their own
    scroll bars. Every page at a phone's (emulated), a tablet's and a small laptop's width fits its window. (Each page
    is loaded once, at the widest, and laid out at the narrower widths in turn, as a window made narrower: a load per
    width took half as long again; with book.css's breaking rules undone, both ways find the same 38 overflows,
    while widening after a load at 390 px missed one.)"""
    problems = []
    widths = (1024, 768, 390)

    def emulate(width: int) -> None:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})

    try:
        with Site(project_book) as site:
            for page in site_pages(project_book):
                emulate(widths[0])
                driver.get(site.base + page)
                for width in widths:
                    if width != widths[0]:
                        emulate(width)
                    _settle(driver)
                    problems += [f"{page} at {width} px: {p}"
                                 for p in dict.fromkeys(driver.execute_script(_PAGE_OVERFLOW_JS))]
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert not problems, "\n".join(problems)


_FIRST_SCREEN_JS = """
const h1 = document.querySelector('.bd-article h1'), screen = window.innerHeight;
const text = Array.from(document.querySelectorAll('.bd-article p')).find(p => p.compareDocumentPosition(h1) & 2
                                                                         && p.textContent.trim());
const title = h1.getBoundingClientRect(), out = [];
if (title.height > screen / 4) out.push('the title is ' + Math.round(title.height) + ' px tall, '
                                         + Math.round(100 * title.height / screen) + ' % of the first screen');
if (!text || text.getBoundingClientRect().top > screen / 2) out.push('the text starts at '
    + (text ? Math.round(text.getBoundingClientRect().top) + ' px' : 'no paragraph') + ' of a ' + screen + ' px screen');
return out;
"""


@pytest.mark.browser
def test_a_phones_first_screen_shows_the_title_and_the_text(driver, project_book):
    """On a phone (390 x 844) the headings kept their desktop size, 42 px: the book's front page title took eight
    lines, 46 % of the first screen, notebook 02's title (its data and what it reconstructs) more, and the text began
    below the middle of the screen. Headings are set smaller below 576 px: the title takes at most a quarter of the
    first screen and the text starts in its upper half."""
    problems = []
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        with Site(project_book) as site:
            for page in ("README.html", "notebooks/02_case_calibration.html", "notebooks/03_qca.html"):
                driver.get(site.base + page)
                _settle(driver)
                problems += [f"{page} at 390 px: {p}" for p in driver.execute_script(_FIRST_SCREEN_JS)]
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert not problems, "\n".join(problems)


_PRINT_CLIPPED_JS = """
const out = [], doc = document.documentElement;
for (const el of document.querySelectorAll('body *')) {
  if (!el.getClientRects().length || getComputedStyle(el).overflowX === 'visible') continue;
  if (el.scrollWidth > el.clientWidth + 1) {
    out.push('cuts ' + el.tagName.toLowerCase() + '.' + String(el.className).trim().split(/\\s+/).join('.') + ' '
             + JSON.stringify((el.textContent || '').trim().slice(0, 50)) + ' (' + el.scrollWidth + ' px into '
             + el.clientWidth + ')');
  }
}
if (doc.scrollWidth > doc.clientWidth + 1) out.push('the page is ' + doc.scrollWidth + ' px wide');
for (const cell of document.querySelectorAll('.bd-article td, .bd-article th')) {
  const text = cell.textContent.trim();
  if (!/^[-+]?[0-9][0-9.,e+-]*%?$/.test(text) || !cell.getClientRects().length) continue;
  const lines = new Set(), walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width) lines.add(Math.round(r.top));
  }
  if (lines.size > 1) out.push('splits the number ' + text + ' over ' + lines.size + ' lines');
}
for (const table of document.querySelectorAll('.bd-article-container table')) {
  const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim() || !n.parentElement.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(n.parentElement).fontSize);
    if (size < 28 / 3) {   // 7 pt
      out.push('sets ' + JSON.stringify(n.textContent.trim().slice(0, 30)) + ' in a table at ' + size + ' px, below 7 pt');
      break;
    }
  }
}
return out;
"""



def _printed_problems(driver, book, pages, script, scripts: bool = True) -> list[str]:
    """What `script` finds wrong on each of `pages`, in print media at an A4 page's printable width (720 px);
    `scripts` False: the pages' own scripts are off."""
    problems = []
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 720, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        with Site(book) as site:
            for page in pages:
                driver.get(site.base + page)
                _settle(driver, scripts)
                problems += [f"{page} printed: {p}" for p in driver.execute_script(script)]
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return problems


@pytest.mark.browser
def test_a_printed_page_cuts_nothing_and_sets_no_table_below_7_pt(driver, project_book):
    """Printed (or saved as PDF), a page lost whatever its screen version showed behind a sideways scroll bar: the
    claims ledgers' last columns (scope, note, data_source), the right-hand end of long code lines and of printed
    output (notebook 03's 'WARNING: the compendium's RECONSTRUCTED cases, not Paper A's data; agreement with …'),
    and the columns of wide tables of results; the reconstruction page's title ran off the paper. On paper, code and
    output now wrap, tables are set smaller and fit the page's width, and nothing is cut: every page in print media
    at an A4 page's printable width (720 px). A table too wide for the page is set in a smaller font first, so that
    no number in it is split over two lines (0.500 read as 0.50 and 0). Shrunk whole, the widest were hard to read
    (the claims ledgers at 6 pt, the benchmark table at 4.5 pt, every table at 7.4 pt at most): no text of a printed
    table is now set below 7 pt; a table that would need it is printed one block per row (book.js, book.css)."""
    problems = _printed_problems(driver, project_book, site_pages(project_book), _PRINT_CLIPPED_JS)
    assert not problems, f"{len(problems)} cut:\n" + "\n".join(problems[:60])


@pytest.mark.browser
def test_a_page_printed_for_real_with_javascript_is_not_shrunk(driver, project_book):
    """Printed for real (the browser's Print, or saved as PDF), Chromium runs no script in print layout: book.js's
    fit() never ran (the tests emulated print media, which runs it), and the page, its JavaScript loaded, kept every
    table the build estimated too wide (data-print-records) as a table too wide for the page: Chromium shrank the whole
    page to fit (notebooks 03 and 04 printed at 62 %, their text at 7.5 pt, their code at 5.7 pt; measured in its PDF).
    Here the page is loaded with its scripts, which then stop, and is laid out for print (an A4 page's printable
    width) as a real print does: no page is wider than the paper, nothing is cut, no number is split over lines (01's
    dates were), no table is set below 7 pt."""
    pages = ["notebooks/01_policy_evolution.html", "notebooks/03_qca.html", "notebooks/04_figures.html"]
    assert all(re.search(r"data-print-records", _text(project_book / p)) for p in pages[1:])
    problems = []
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 718, "height": 1047, "deviceScaleFactor": 1, "mobile": False})
    try:
        with Site(project_book) as site:
            for page in pages:
                driver.get(site.base + page)
                _settle(driver)
                driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
                time.sleep(0.1)
                problems += [f"{page} printed: {p}" for p in driver.execute_script(_PRINT_CLIPPED_JS)]
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
                driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:30])


_PRINT_LEDGER_JS = """
const out = [], tables = document.querySelectorAll('.bd-article-container table.claims-ledger');
if (tables.length !== 2) out.push(tables.length + ' claims ledgers, not 2');
for (const table of tables) {
  const names = Array.from(table.tHead.rows[0].cells).map(c => c.textContent.trim());
  if (getComputedStyle(table.tHead).display !== 'none') out.push('the header row is printed above blocks');
  for (const row of table.tBodies[0].rows) {
    const r = row.getBoundingClientRect(), claim = row.cells[names.indexOf('claim_id')].textContent.trim();
    if (getComputedStyle(row).display !== 'block') { out.push(claim + ' is a row of narrow columns'); continue; }
    if (r.right > document.documentElement.clientWidth + 1) out.push(claim + ' runs off the page');
    Array.from(row.cells).forEach((cell, i) => {
      const label = getComputedStyle(cell, '::before').content, size = parseFloat(getComputedStyle(cell).fontSize);
      if (label !== JSON.stringify(names[i] + ': ')) out.push(claim + ': ' + names[i] + ' printed after ' + label);
      if (size < 12) out.push(claim + ': ' + names[i] + ' set at ' + size + ' px');
    });
  }
}
return out;
"""


@pytest.mark.browser
@pytest.mark.parametrize("where, scripts", [("print", "on"), ("print", "off"), ("phone", "on")])
def test_the_claims_ledger_is_one_block_per_claim_in_print_and_on_a_phone(driver, project_book, where, scripts):
    """Printed, the claims ledgers (11 columns of long texts) were shrunk to the page's width: nothing cut, but set at
    6 to 7 pt in narrow columns, a note 40 lines tall beside a one-word verdict; on a phone (390 px) the same columns
    stood behind a sideways scroll bar, each claim 800 px tall. Printed and below 768 px, each claim is now one block,
    each value after its column's name ('agrees: true'), at 12 px or more, no block wider than the page; printed
    with JavaScript off too (book.css alone; the labels are written into the page when it is built)."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": scripts == "off"})
    try:
        if where == "print":
            problems = _printed_problems(driver, project_book, ["claims.html"], _PRINT_LEDGER_JS, scripts == "on")
        else:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
            try:
                with Site(project_book) as site:
                    driver.get(site.base + "claims.html")
                    _settle(driver)
                    problems = driver.execute_script(_PRINT_LEDGER_JS)
            finally:
                driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert not problems, "\n".join(problems[:20])


@pytest.mark.browser
def test_a_wide_table_printed_without_javascript_splits_no_number(driver, project_book):
    """book.js fits a printed table (a smaller font, or one block per row when it would need less than 7 pt); without
    JavaScript the CSS alone set the benchmark table's 17 columns at 12 px with any word broken anywhere: numbers
    split over lines (0.0 / 08 / 48), 'timing' as 'ti' / 'ming'. A table the build estimates too wide is now printed
    one block per row without JavaScript too: nothing cut, no number split, nothing below 7 pt."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        problems = _printed_problems(driver, project_book, ["benchmarks/results/latest.html"], _PRINT_CLIPPED_JS,
                                     scripts=False)
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert not problems, "\n".join(problems[:20])


_HEADER_LINES_JS = """
const out = [];
for (const th of document.querySelectorAll('.bd-article-container thead th')) {
  if (!th.querySelector('wbr')) continue;
  const lines = new Set(), walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width) lines.add(Math.round(r.top));
  }
  if (lines.size > 1) out.push(JSON.stringify(th.textContent.trim()) + ' on ' + lines.size + ' lines');
}
return out;
"""


@pytest.mark.browser
def test_on_screen_a_column_name_stays_on_one_line(driver, project_book):
    """The build lets a column name break after an underscore or a dot, for print (<wbr>); on screen the headers of a
    wide table then broke there too ('n_' / 'documents', 'p_' / 'value'), though the table has its own scroll bar.
    On screen the break points are off: every such column name of notebook 01's tables is on one line."""
    driver.set_window_size(1280, 1000)
    with Site(project_book) as site:
        driver.get(site.base + "notebooks/01_policy_evolution.html")
        _settle(driver)
        problems = driver.execute_script(_HEADER_LINES_JS)
    assert not problems, "\n".join(problems[:20])


_SEARCH_ENTRIES_JS = """
const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
  && getComputedStyle(el).visibility !== 'hidden'; };
return [Array.from(document.querySelectorAll('.search-button-field, .search-button__button, .bd-search'))
          .filter(shown).map(el => el.className),
        Array.from(document.querySelectorAll('.primary-toggle')).filter(shown).length,
        Array.from(document.querySelectorAll('.bd-header')).filter(shown).length];
"""


@pytest.mark.browser
def test_one_search_box_and_no_empty_header_bar(driver, project_book):
    """Sphinx Book Theme 1.4 with pydata-sphinx-theme 0.20 shows the pydata header bar although no navbar item is set
    (executablebooks/sphinx-book-theme#986): every page opened with a 54 px bar holding a second 'Search Ctrl+K' box
    above the sidebar's own. book.css hides that bar: at a desktop width one search box, in the sidebar; at a phone's
    width the page's own buttons (contents, search) stay."""
    with Site(project_book) as site:
        driver.set_window_size(1280, 1000)
        driver.get(site.base + "README.html")
        time.sleep(0.3)
        boxes, toggles, headers = driver.execute_script(_SEARCH_ENTRIES_JS)
        assert headers == 0 and len(boxes) == 1, boxes
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        try:
            driver.get(site.base + "README.html")
            time.sleep(0.3)
            boxes, toggles, headers = driver.execute_script(_SEARCH_ENTRIES_JS)
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        assert headers == 0 and toggles == 1 and len(boxes) >= 1, (boxes, toggles)


_PRINT_FIGURES_JS = """
const out = [], page = window.innerHeight;
for (const img of document.querySelectorAll('.bd-article-container img')) {
  if (img.closest('.book-turn')) continue;  // turned on a page of its own, its heading on it: the next test
  const r = img.getBoundingClientRect();
  if (r.height > page * 0.85) out.push('figure ' + (img.getAttribute('src') || '').split('/').pop().slice(0, 40)
                                       + ' is ' + Math.round(r.height) + ' px tall on a ' + page + ' px page');
}
for (const h of document.querySelectorAll('.bd-article-container :is(h1, h2, h3, h4)')) {
  if (getComputedStyle(h).breakAfter !== 'avoid') { out.push('a page may break after heading ' + h.textContent.trim().slice(0, 40)); break; }
}
return out;
"""


@pytest.mark.browser
def test_a_printed_figure_fits_one_page_under_its_heading(driver, project_book):
    """Printed, the figure index put a figure's heading at the foot of one page and the figure on the next (page 12
    held nothing but the heading 'paperA_configurations'), and the configuration chart, taller than a page, was cut
    in two. In print a figure is shrunk whole (its proportions kept) to fit a page with its heading, and no page
    breaks right after a heading (the theme's own rule, kept)."""
    problems = _printed_problems(driver, project_book, ("figures.html", "README.html", "notebooks/03_qca.html"),
                                 _PRINT_FIGURES_JS)
    assert not problems, "\n".join(problems)


_PRINT_TURNED_JS = """
const page = window.innerHeight, doc = document.documentElement;
return Array.from(document.querySelectorAll('.bd-article-container img')).map(img => {
  const r = img.getBoundingClientRect(), box = img.closest('.book-turn');
  // the image as drawn: object-fit contain scales it whole into its box, its proportions kept
  const scale = getComputedStyle(img).objectFit === 'contain'
    ? Math.min(img.offsetWidth / img.naturalWidth, img.offsetHeight / img.naturalHeight) : img.offsetWidth / img.naturalWidth;
  const scroll = img.closest('.book-figure-scroll');
  return [decodeURIComponent(img.getAttribute('src')), scale * img.naturalWidth, !!box, r.width, r.height, r.right,
          box ? box.getBoundingClientRect().height : 0, page, doc.clientWidth,
          scroll && !scroll.classList.contains('book-sliced') ? scroll.clientWidth : null, scale * img.naturalHeight];
});
"""


@pytest.mark.browser
def test_a_wide_figure_is_printed_turned_on_a_page_of_its_own_its_text_at_6_pt_or_more(driver, project_book):
    """Printed, every figure was shrunk to the portrait text column (467 pt on A4): the units heat map (908 pt wide)
    set its 6.5 pt counts at 3.4 pt, the truth table and the units' timeline theirs below 5 pt; a landscape @page did
    not help in Chromium. A figure that would print its smallest text (6.5 pt, analysis/plots) below 6 pt in the
    column and larger turned (tools/build_book.py, turned_in_print) is now printed on a page of its own, turned a
    quarter to the left, as wide as the page is long, its caption under it (in the print layout of an A4 page's
    printable area, 718 by 1047 px): its smallest text at 6 pt or more, inside the page; the units heat map among
    them; the figures the build does not turn stay in the column, a notebook's as wide as it was drawn or as the
    column, not at its size in screen pixels."""
    pages = ["figures.html", "notebooks/00_method_validation.html", "notebooks/01_policy_evolution.html",
             "notebooks/02_case_calibration.html", "notebooks/03_qca.html"]
    measured = {}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 718, "height": 1047, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        with Site(project_book) as site:
            for page in pages:
                driver.get(site.base + page)
                _settle(driver)
                measured[page] = driver.execute_script(_PRINT_TURNED_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    problems, turned = [], []
    for page, figures in measured.items():
        for src, drawn, in_box, width, height, right, box_height, page_height, page_width, column, tall in figures:
            path = project_book / Path(page).parent / src
            if bb.png_width_pt(path) is None:
                continue
            name = src.rsplit("/", 1)[-1][:40]
            smallest = bb.FIGURE_SMALLEST_PT * drawn * 0.75 / bb.png_width_pt(path)
            if bb.turned_in_print(path) != in_box:
                problems.append(f"{page}: {name} {'not ' if bb.turned_in_print(path) else ''}turned")
            if not in_box:
                # in the column, a notebook's figure (drawn at 80 dpi) prints as wide as it was drawn, or as the column
                # (it printed at its size in screen pixels: 83 % of that, its 6.5 pt text at 5.4 pt); a figure as
                # tall as the page allows (80 %) may be narrower
                want = min(column or 0, bb.png_width_pt(path) / 0.75)
                if column and drawn < want - 1 and tall < 0.79 * page_height:
                    problems.append(f"{page}: {name} printed {drawn * 0.75:.0f} pt wide, drawn {bb.png_width_pt(path):.0f}"
                                    f" pt, in a column of {column * 0.75:.0f} pt")
                continue
            turned.append(src.rsplit("/", 1)[-1])
            if smallest < bb.PRINT_SMALLEST_PT:
                problems.append(f"{page}: {name} printed turned with its smallest text at {smallest:.2f} pt")
            if height <= width:
                problems.append(f"{page}: {name} is not turned ({width:.0f} by {height:.0f} px)")
            if right > page_width + 1 or box_height > page_height or height > box_height + 1:
                problems.append(f"{page}: {name} runs off its page ({width:.0f} by {height:.0f} px, its box "
                                f"{box_height:.0f} px tall, on a page {page_width} by {page_height} px)")
    assert "paperB_units_stage_heatmap.png" in turned, turned
    assert not problems, "\n".join(problems)


_PRINT_SLICES_JS = """
return Array.from(document.querySelectorAll('.bd-article-container .book-sliced')).map(box => {
  const img = box.querySelector('img'), slices = Array.from(box.querySelectorAll('.book-print-slice'));
  return [decodeURIComponent(img.getAttribute('src')), getComputedStyle(img).display, img.naturalWidth, img.naturalHeight,
          slices.map(s => { const r = s.getBoundingClientRect(); return [r.width, r.height, getComputedStyle(s).backgroundImage !== 'none']; }),
          window.innerHeight];
});
"""


@pytest.mark.browser
def test_the_configuration_chart_is_printed_in_slices_at_the_columns_width(driver, project_book):
    """Printed, the configuration chart (7.3 by 21 in) was shrunk whole to 80 % of a page: its text at 2.7 pt. It is
    now printed at the column's width in slices of a page or less (print_slices), together the whole image and its
    smallest text (6.5 pt) at 5.5 pt or more, on the figure index and in notebook 03 (print layout of an A4 page's
    printable area); on a screen the slices are not shown and the chart is shown as before."""
    found = {}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 718, "height": 1047, "deviceScaleFactor": 1, "mobile": False})
    try:
        with Site(project_book) as site:
            for media in ("print", ""):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
                for page in ("figures.html", "notebooks/03_qca.html"):
                    driver.get(site.base + page)
                    _settle(driver)
                    found[media or "screen", page] = driver.execute_script(_PRINT_SLICES_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    problems = []
    for (media, page), figures in found.items():
        names = [src.rsplit("/", 1)[-1] for src, *_ in figures]
        if page == "figures.html" and names != ["paperA_configurations.png"]:
            problems.append(f"{media}, {page}: sliced {names}")
        if page != "figures.html" and len(figures) != 1:
            problems.append(f"{media}, {page}: {len(figures)} sliced figures, not 1 (the configuration chart)")
        for src, display, width, height, slices, page_height in figures:
            points = bb.png_width_pt(project_book / Path(page).parent / src)
            shown = [s for s in slices if s[0] and s[1]]
            if media == "screen":
                if display == "none" or shown:
                    problems.append(f"{media}, {page}: {src} hidden ({display}) or its slices shown ({len(shown)})")
                continue
            if display != "none" or len(shown) != len(slices) or len(slices) < 2 or not all(s[2] for s in slices):
                problems.append(f"{media}, {page}: {src} printed whole ({display}), or slices missing: {slices}")
                continue
            drawn = shown[0][0]
            smallest = bb.FIGURE_SMALLEST_PT * drawn * 0.75 / points
            if smallest < 5.5:
                problems.append(f"{media}, {page}: {src} printed with its smallest text at {smallest:.2f} pt")
            if abs(sum(h for _, h, _ in shown) - drawn * height / width) > len(shown):
                problems.append(f"{media}, {page}: {src}: the slices are not the whole image")
            if max(h for _, h, _ in shown) > 0.9 * page_height:
                problems.append(f"{media}, {page}: {src}: a slice is taller than 90 % of the page")
    assert not problems, "\n".join(problems)


_PRINT_MATRIX_JS = """
const out = [], shown = t => getComputedStyle(t).display !== 'none';
const copies = document.querySelectorAll('.bd-article-container table.book-transposed');
let swapped = 0;
for (const copy of copies) {
  const matrix = copy.previousElementSibling;
  if (!matrix || matrix.tagName !== 'TABLE') { out.push('a transposed copy follows no table'); continue; }
  if (!shown(matrix) && !shown(copy)) out.push('neither the matrix nor its transposed copy is printed');
  if (shown(matrix) && shown(copy)) out.push('both the matrix and its transposed copy are printed');
  if (shown(matrix)) continue;
  swapped++;
  if (getComputedStyle(copy).display !== 'table') out.push('the transposed matrix is printed as ' + getComputedStyle(copy).display);
  if (copy.getBoundingClientRect().right > document.documentElement.clientWidth + 1) out.push('the transposed matrix runs off the page');
  for (const cell of copy.querySelectorAll('td, th')) {
    const size = parseFloat(getComputedStyle(cell).fontSize);
    if (size < 9.33) { out.push('a cell of the transposed matrix is set at ' + size + ' px'); break; }
  }
  const body = Array.from(matrix.tBodies[0].rows), first = copy.tHead.rows[0].cells, rows = copy.tBodies[0].rows;
  if (first.length !== body.length + 1 || rows.length !== body[0].cells.length - 1) {
    out.push(`the transposed copy is ${rows.length} by ${first.length - 1}, the matrix ${body.length} by ${body[0].cells.length - 1}`);
    continue;
  }
  body.forEach((row, i) => {
    if (first[i + 1].textContent.trim() !== row.cells[0].textContent.trim()) out.push('case ' + row.cells[0].textContent + ' heads no column');
    for (let j = 1; j < row.cells.length; j++) {
      if (rows[j - 1].cells[i + 1].textContent !== row.cells[j].textContent) {
        out.push(`value ${i},${j} differs in the transposed copy`); return;
      }
    }
  });
}
return [swapped, out];
"""


@pytest.mark.browser
@pytest.mark.parametrize("scripts", ["on", "off"])
def test_a_wide_matrix_is_printed_transposed(driver, project_book, scripts):
    """Printed, notebook 02's 15 x 21 membership matrix (cases by indicators, 0 and 1) was too wide for the page at 7 pt
    and was set one block per row ('SYS1: 0  SYS2: 1 ...'), the matrix view lost. Printed (with JavaScript and
    without), it is now a table with its rows and columns swapped: on the page, no text below 7 pt, each value where
    the transposition puts it; the matrix itself is not printed beside it, and no other matrix is printed twice."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": scripts == "off"})
    try:
        problems = _printed_problems(driver, project_book, ["notebooks/02_case_calibration.html"],
                                     f"const [n, out] = (function () {{ {_PRINT_MATRIX_JS} }})();"
                                     "return n === 1 ? out : out.concat([n + ' matrices printed transposed, not 1']);",
                                     scripts == "on")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert not problems, "\n".join(problems[:20])


_FIGURE_SIZES_JS = """
return [document.documentElement.scrollWidth - document.documentElement.clientWidth,
        Array.from(document.querySelectorAll('.bd-article-container figure img')).map(img => {
          const box = img.closest('.book-figure-scroll'), link = img.closest('a');
          return [decodeURIComponent(img.getAttribute('src')), img.getBoundingClientRect().width,
                  box ? box.scrollWidth - box.clientWidth : null, box ? getComputedStyle(box).overflowX : null,
                  link ? link.getAttribute('href') : null];
        })];
"""


@pytest.mark.browser
def test_the_figure_index_shows_every_figure_text_at_8_px_or_more(driver, project_book):
    """The figure index shrank every figure to the text column: the widest (the units heat map, 908 pt wide) set its
    6.5 pt labels at 4.7 px on a laptop, 2.5 px on a phone. Each figure is now shown at least as wide as 8 px per
    6.5 pt of its width (its smallest text, analysis/plots), the part beyond the column in a box that scrolls sideways
    (the page itself does not), and still links to its file at full size: on a laptop (1280 x 800) and a phone."""
    measured = {}
    try:
        with Site(project_book) as site:
            for width, height, mobile in ((1280, 800, False), (390, 844, True)):  # one load, the window made narrower
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
                if not measured:
                    driver.get(site.base + "figures.html")
                _settle(driver)
                measured[width] = driver.execute_script(_FIGURE_SIZES_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    problems = []
    for width, (page_overflow, figures) in measured.items():
        assert len(figures) == len(bb.read_csv(ROOT / "figures" / "index.csv")), figures
        if page_overflow > 0:
            problems.append(f"the figure index scrolls sideways by {page_overflow} px at {width} px")
        problems += _figure_size_problems(project_book, width, figures)
    assert not problems, "\n".join(problems)


_SCROLL_CUES_JS = """
return Array.from(document.querySelectorAll('.bd-article-container .book-figure-scroll')).map(box => {
  const cue = box.querySelector('.book-scroll-cue'), name = box.querySelector('img').getAttribute('src').split('/').pop();
  if (!cue) return [name, box.scrollWidth > box.clientWidth + 1, null];
  const before = cue.getBoundingClientRect();
  box.scrollLeft = box.scrollWidth;  // scrolled to its end, the cue is still in view
  const after = cue.getBoundingClientRect(), frame = box.getBoundingClientRect();
  box.scrollLeft = 0;
  return [name, box.scrollWidth > box.clientWidth + 1,
          [before.height, getComputedStyle(cue).display, cue.textContent, parseFloat(getComputedStyle(cue).fontSize),
           before.left >= -1 && before.right <= document.documentElement.clientWidth + 1,
           after.left >= frame.left - 1 && after.right <= frame.right + 1, cue.getAttribute('aria-hidden')]];
});
"""


_CUE_DESCRIPTION_JS = """
const link = document.querySelector('.book-figure-scroll > a'), cue = document.querySelector('.book-scroll-cue');
const box = link.closest('.book-figure-scroll');
return [box.scrollWidth > box.clientWidth + 1, link.getAttribute('aria-describedby'), cue.id];
"""


def _link_description(drv) -> str:
    """What the accessibility tree gives a screen reader as the figure link's description."""
    for node in drv.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]:
        if node.get("role", {}).get("value") == "link":
            return (node.get("description") or {}).get("value", "")
    raise AssertionError("no link in the accessibility tree")


@pytest.mark.browser
def test_a_screen_reader_is_told_a_figure_is_wider_than_the_screen_only_when_it_is(driver, tmp_path):
    """The line above a wide figure ('Wider than the page: scroll sideways...') is aria-hidden, so a screen reader
    never told its user that the figure went on past the screen's edge. While the figure overflows its box, its link
    (the box's one tab stop) is now described by that line (book.js: aria-describedby, the cue's id); once it fits
    (the window widened) the description is gone, and back when it narrows again. The cue stays aria-hidden: it is
    not read where it stands."""
    images = tmp_path / "_images"
    images.mkdir()
    _png_at(images / "wide.png", 12, 3)
    figure = bb.with_readable_figures('<a class="full-size-figure" href="_images/wide.png" title="t">'
                                      '<img alt="A wide figure" src="_images/wide.png" style="width: 100%;" /></a>',
                                      tmp_path / "page.html")
    assert 'id="book-scroll-cue-1" aria-hidden="true"' in figure, figure
    for name in ("book.css", "book.js"):
        shutil.copy(ROOT / "book" / "_static" / name, tmp_path / name)
    (tmp_path / "page.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>t</title><link rel="stylesheet" href="book.css">'
        f'<script src="book.js"></script></head><body><main class="bd-article-container"><p>Text.</p>{figure}'
        '</main></body></html>', encoding="utf-8")
    seen = []
    try:
        with Site(tmp_path) as site:
            for width, mobile in ((390, True), (1280, False), (390, True)):
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": mobile})
                if not seen:
                    driver.get(site.base + "page.html")
                _settle(driver)
                for _ in range(20):   # the ResizeObserver's callback comes after the frame that resized the box
                    overflows, described_by, cue = driver.execute_script(_CUE_DESCRIPTION_JS)
                    if (described_by == cue) == overflows:
                        break
                    time.sleep(0.05)
                seen.append((width, overflows, described_by, _link_description(driver)))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert [(w, o, d) for w, o, d, _ in seen] == [(390, True, "book-scroll-cue-1"), (1280, False, None),
                                                  (390, True, "book-scroll-cue-1")], seen
    assert [description == bb.SCROLL_CUE for _, _, _, description in seen] == [True, False, True], seen


@pytest.mark.browser
def test_a_figure_that_scrolls_sideways_says_so_without_javascript(driver, project_book):
    """On a phone the only sign that a wide figure went on past the screen's edge was a thin scroll bar (on many
    phones none until the figure is touched). A figure wider than its box now has a line above it, in English and
    Chinese, saying it scrolls sideways or opens whole: in view, at 12 px or more, still in view when the figure is
    scrolled to its end; a figure that fits has none; with JavaScript off (book.css alone), on a phone (390 px) and a
    laptop (1280 px); never in print."""
    measured = {}
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        with Site(project_book) as site:
            for where, width, height, mobile in (("phone", 390, 844, True), ("laptop", 1280, 800, False),
                                                 ("print", 718, 1047, False)):
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print" if where == "print" else ""})
                for page in ("figures.html", "notebooks/01_policy_evolution.html"):
                    driver.get(site.base + page)
                    _settle(driver, scripts=False)
                    measured[where, page] = driver.execute_script(_SCROLL_CUES_JS)
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    problems, seen = [], set()
    for (where, page), boxes in measured.items():
        for name, scrolls, cue in boxes:
            at = f"{where}, {page}: {name[:40]}"
            if cue is None:
                problems.append(f"{at}: no cue in its box")
                continue
            height, display, text, size, in_view, stays, hidden = cue
            seen.add((where, scrolls))
            if where == "print":
                if display != "none" or height:
                    problems.append(f"{at}: the cue is printed")
            elif scrolls:
                if height < size or not in_view or not stays or size < 12:
                    problems.append(f"{at}: scrolls sideways, its cue {height:.0f} px tall at {size} px, "
                                    f"in view {in_view}, in view scrolled to the end {stays}")
                if "scroll sideways" not in text or "左右滑动" not in text or hidden != "true":
                    problems.append(f"{at}: the cue says {text!r} (aria-hidden {hidden})")
            elif height:
                problems.append(f"{at}: fits its box, yet its cue is {height:.0f} px tall")
    assert {("phone", True), ("laptop", True), ("laptop", False)} <= seen, seen
    assert not problems, "\n".join(problems)


def _figure_size_problems(book: Path, width: int, figures: list) -> list[str]:
    problems = []
    for src, shown, box_overflow, box_scroll, href in figures:
        points = bb.png_width_pt(book / src)
        smallest = shown / points * bb.FIGURE_SMALLEST_PT
        if smallest < bb.READABLE_PX - 0.01:
            problems.append(f"{src}: its {bb.FIGURE_SMALLEST_PT} pt text is {smallest:.1f} px at {width} px")
        if box_overflow and box_scroll != "auto":
            problems.append(f"{src}: wider than its box at {width} px, which does not scroll ({box_scroll})")
        if href != src:
            problems.append(f"{src}: links to {href}, not its file")
    return problems


# ---------------------------------------------------------------- accessibility of the built pages (parsed, no browser)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Page(__import__("html.parser").parser.HTMLParser):
    """One page read as a screen reader would be told it: each run of text with the language in force there (the
    nearest lang attribute), each heading's level, each element's attributes. The theme's print-only header
    (div.onlyprint: the title again, for paper; display: none on a screen) is not read: no heading comes from it."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.classes: list[str | None] = []
        self.texts: list[tuple[str, str, str]] = []   # (language, text, enclosing element)
        self.headings: list[tuple[int, str]] = []
        self.elements: list[tuple[str, dict, tuple[str, ...]]] = []
        self._heading: list | None = None
        self.boxes: list[list] = []   # each figure's scroll box: [inside a link, links inside it]
        self.buttons: list[list] = []  # each button: [its aria-label, the text it shows]
        self._button: list | None = None
        self._open_boxes: list[tuple[int, int]] = []   # (depth of the stack at the box, its index in boxes)
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs, tuple(t for t, _ in self.stack)))
        if re.fullmatch(r"h[1-6]", tag) and not any("onlyprint" in (c or "").split() for _, c in self._classes()):
            self._heading = [int(tag[1]), ""]
        if tag == "button":
            self._button = [attrs.get("aria-label"), ""]
        if tag == "a" and attrs.get("href"):
            for _, box in self._open_boxes:
                self.boxes[box][1] += 1
        if tag not in _VOID:
            if "book-figure-scroll" in (attrs.get("class") or "").split():
                self._open_boxes.append((len(self.stack), len(self.boxes)))
                self.boxes.append([any(t == "a" for t, _ in self.stack), 0])
            self.stack.append((tag, attrs.get("lang")))
            self.classes.append(attrs.get("class"))

    def _classes(self):
        return zip(self.stack, self.classes)

    def handle_endtag(self, tag):
        if tag == "button" and self._button:
            self.buttons.append([self._button[0], " ".join(self._button[1].split())])
            self._button = None
        if re.fullmatch(r"h[1-6]", tag) and self._heading:
            self.headings.append((self._heading[0], " ".join(self._heading[1].split())))
            self._heading = None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:], self.classes[i:]
                self._open_boxes = [(depth, box) for depth, box in self._open_boxes if depth < i]
                break

    def handle_data(self, data):
        lang = next((lang for _, lang in reversed(self.stack) if lang), "")
        self.texts.append((lang, data, self.stack[-1][0] if self.stack else ""))
        if self._heading:
            self._heading[1] += data
        if self._button:
            self._button[1] += data


@pytest.fixture(scope="module")
def parsed_pages(project_book):
    return {page: _Page(_text(project_book / page)) for page in site_pages(project_book)
            if page not in ("index.html", "genindex.html", "search.html")}


def test_every_chinese_passage_of_the_book_is_marked_chinese(parsed_pages):
    """WCAG 2.2, 3.1.2 Language of Parts: each page is lang="en" and its Chinese (a third of notebook 01's text, the
    workshop's bilingual instructions, every figure's Chinese caption) said nothing of its language, so a screen
    reader read it with its English voice. Every run of Chinese text on every page is now inside an element whose
    lang is Chinese (but the <title>, which can hold no markup); the pages stay English."""
    han = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
    problems = []
    for page, parsed in parsed_pages.items():
        langs = [attrs.get("lang") for tag, attrs, _ in parsed.elements if tag == "html"]
        if langs != ["en"]:
            problems.append(f"{page}: <html lang> is {langs}")
        unmarked = [text.strip()[:40] for lang, text, tag in parsed.texts
                    if han.search(text) and not lang.startswith("zh") and tag not in ("title", "script", "style")]
        if unmarked:
            problems.append(f"{page}: {len(unmarked)} Chinese passages not marked, such as {unmarked[:3]}")
        english = [text.strip()[:40] for lang, text, tag in parsed.texts
                   if lang.startswith("zh") and re.search(r"\b(the|and|of|is)\b", text) and not han.search(text)]
        if english:
            problems.append(f"{page}: English marked Chinese: {english[:3]}")
    assert not problems, "\n".join(problems)


def test_every_page_has_one_title_and_skips_no_heading_level(parsed_pages):
    """A screen reader lists a page's headings to move about it: notebook 01's page had seven h1 (its parts, headed
    at level 1 in the notebook), so its parts read as titles of their own. Every page now has exactly one h1, and no
    heading is more than one level below the one before it."""
    problems = []
    for page, parsed in parsed_pages.items():
        levels = [level for level, _ in parsed.headings]
        if levels.count(1) != 1 or levels[:1] != [1]:
            problems.append(f"{page}: h1 {levels.count(1)} times, first heading h{levels[:1]}: "
                            f"{[text[:40] for level, text in parsed.headings if level == 1]}")
        problems += [f"{page}: h{b[0]} '{b[1][:40]}' follows h{a[0]} '{a[1][:40]}'"
                     for a, b in zip(parsed.headings, parsed.headings[1:]) if b[0] > a[0] + 1]
    assert not problems, "\n".join(problems)


def test_a_wide_figures_box_holds_its_link(parsed_pages):
    """A figure wider than the text column scrolls sideways in a box of its own; the box sat inside the figure's link,
    so with the link focused the arrow keys scrolled the page, not the box (a keyboard reached the figure's right-hand
    part only by opening the file), and Chromium made the bare box a tab stop of its own, without a name. Each box
    now holds its figure's link and is inside none: the link is the one tab stop, and focused it scrolls the box."""
    boxes = {page: parsed.boxes for page, parsed in parsed_pages.items() if parsed.boxes}
    assert {"figures.html", "notebooks/01_policy_evolution.html"} <= set(boxes), sorted(boxes)
    problems = [f"{page}: box {i + 1} of {len(found)} {'is inside a link' if in_link else 'holds no link'}"
                for page, found in boxes.items() for i, (in_link, links) in enumerate(found) if in_link or links != 1]
    assert not problems, "\n".join(problems)


_FOCUS_WIDE_FIGURE_JS = """
const box = document.activeElement && document.activeElement.closest('.book-figure-scroll');
if (!box) return null;
const link = document.activeElement, style = getComputedStyle(link);
return [link.tagName, box.scrollWidth > box.clientWidth + 1, box.scrollLeft, style.outlineStyle,
        parseFloat(style.outlineWidth), parseFloat(style.outlineOffset)];
"""


_FOCUS_BEFORE_FIRST_FIGURE_JS = """
const box = Array.from(document.querySelectorAll('.bd-article-container .book-figure-scroll'))
  .find(b => b.scrollWidth > b.clientWidth + 1);
const before = Array.from(document.querySelectorAll('a[href], button, input, [tabindex]'))
  .filter(e => e.tabIndex >= 0 && !box.contains(e) && !e.contains(box)
               && (e.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING));
for (let i = before.length - 1; i >= 0; i--) {   // the last one that takes the focus (a hidden one does not)
  before[i].focus();
  if (document.activeElement === before[i]) return;
}
"""
_FOCUSED_JS = "const e = document.activeElement; return [e.tagName, e.className, e.getAttribute('href')];"


def test_a_keyboard_scrolls_a_wide_figure_and_sees_where_its_focus_is(driver, project_book):
    """On a phone (390 px) a reader with a keyboard tabs to the first wide figure of the figure index and of notebook 01:
    the focus is on the figure's link (not on a box without a name), the right arrow scrolls the figure sideways,
    and the focus ring is drawn inside the link's edge, where the box, which clips what overflows it, keeps it in
    view."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    found = {}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        with Site(project_book) as site:
            for page in ("figures.html", "notebooks/01_policy_evolution.html"):
                driver.get(site.base + page)
                _settle(driver)
                # the focus on the link or button just before the page's first wide figure, then one Tab
                driver.execute_script(_FOCUS_BEFORE_FIRST_FIGURE_JS)
                ActionChains(driver).send_keys(Keys.TAB).perform()
                state = driver.execute_script(_FOCUS_WIDE_FIGURE_JS)
                assert state, f"{page}: Tab did not reach the first figure: {driver.execute_script(_FOCUSED_JS)}"
                ActionChains(driver).send_keys(Keys.ARROW_RIGHT * 3).perform()
                time.sleep(0.3)
                found[page] = (state, driver.execute_script(_FOCUS_WIDE_FIGURE_JS))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    for page, (before, after) in found.items():
        tag, overflows, left, outline, width, offset = before
        assert tag == "A" and overflows and left == 0, (page, before)
        assert outline != "none" and width >= 2 and offset <= -width, (page, before)
        assert after and after[2] > 0, f"{page}: the right arrow did not scroll the figure: {after}"


def test_every_button_is_named_with_the_text_it_shows(parsed_pages):
    """WCAG 2.2, 2.5.3 Label in Name: the sidebar's search box shows 'Search Ctrl+K' and was named 'Search', so a
    reader using speech input who says what they see was not understood (axe-core: label-content-name-mismatch, on
    every page). On every page each button with a name of its own (aria-label) now has the text it shows in it."""
    problems = sorted({f"{label!r} shows {shown!r}" for parsed in parsed_pages.values()
                       for label, shown in parsed.buttons if label is not None and shown
                       and shown.lower() not in label.lower()})
    assert any(shown.startswith("Search") for parsed in parsed_pages.values() for _, shown in parsed.buttons)
    assert not problems, "\n".join(problems)


def test_every_table_header_cell_of_the_book_has_a_scope(parsed_pages):
    """No header cell of the book's tables (pandas' results, the claims ledgers, the README's tables) said what it
    heads, so a screen reader guessed which names to read with a value; a pandas table's row names (th in the body)
    were often read as column headers. Every th now has a scope: a column's (col, colgroup) in the table's head,
    a row's (row, rowgroup) in a body row that holds data cells."""
    problems, rows = [], 0
    for page, parsed in parsed_pages.items():
        for tag, attrs, above in parsed.elements:
            if tag != "th" or "table" not in above:
                continue
            in_head = "thead" in above[len(above) - above[::-1].index("table"):]
            allowed = ("col", "colgroup") if in_head else ("row", "rowgroup", "col", "colgroup")
            rows += not in_head
            if attrs.get("scope") not in allowed:
                problems.append(f"{page}: a th {'in the head' if in_head else 'in the body'} with scope "
                                f"{attrs.get('scope')!r}")
    assert rows > 100 and not problems, "\n".join(sorted(set(problems))[:20])


def test_each_claims_ledger_table_has_a_caption_naming_its_paper(project_book):
    """The claims ledgers, the book's widest tables, had no caption: a screen reader's list of tables offered two
    tables without names (the heading above a table is not part of it). Each now has one, naming its paper."""
    page = _text(project_book / "claims.html")
    captions = re.findall(r'<table[^>]*\bclaims-ledger\b[^>]*>\s*<caption>(.*?)</caption>', page, re.S)
    names = [" ".join(re.sub(r"<[^>]*>", "", c).split()) for c in captions]
    assert [n[:len("Paper A: claims ledger")] for n in names] == ["Paper A: claims ledger", "Paper B: claims ledger"], \
        names


def test_the_books_api_reference_has_an_entry_for_every_public_name(project_book):
    """The book's API reference (docs/api-reference.md, generated by autodoc from the code; the book is built with
    warnings as errors, so an autodoc or docstring warning fails project_book) has an entry for every name of
    analysis.qca.__all__ and for the result classes, the names in the docstrings link to their entries ('Result of
    `minimize`'), 'see the module docstring' to the module's notes, and the command-line reference a section for
    every sub-command. No entry shows an object's memory address (a default shown as <object at 0x...> would differ
    from build to build)."""
    import analysis.qca as qca
    from analysis.qca.cli import _commands, build_parser

    api = load_script("book/_ext/qca_api.py")
    page = _text(project_book / "docs" / "api-reference.html")
    missing = [name for name in [f"analysis.qca.{n}" for n in qca.__all__] + list(api.RESULT_CLASSES.values())
               if f'id="{name}"' not in page]
    assert not missing, missing
    assert 'href="#analysis.qca.minimize"' in page.split('id="analysis.qca.Solution"', 1)[1].split("</dd>", 1)[0]
    assert 'href="#qca-module-calibrate"' in page and 'id="qca-module-calibrate"' in page
    assert not re.search(r"0x[0-9a-f]{6,}", page), "an address in the reference"
    assert ":py:obj:" not in page and ":ref:" not in page, "a link shown as its markup"
    cli = _text(project_book / "docs" / "cli-reference.html")
    assert [c for c in _commands(build_parser()) if f'id="cli-{c}"' not in cli] == []
    assert 'href="docs/api-reference.html"' in _text(project_book / "README.html"), "not in the sidebar"


_LANDMARK_TAGS = ("main", "nav", "aside", "header", "footer")
_LANDMARK_ROLES = ("main", "navigation", "complementary", "banner", "contentinfo", "region", "search")


def test_the_books_title_in_the_sidebar_is_inside_a_landmark(project_book):
    """axe-core's region rule, left from the last round: the sidebar's brand block (the book's title, a link to its
    first page) sat outside every landmark on every page, so a screen reader moving by landmarks skipped it. On every
    page it is now inside one (the sidebar, role complementary)."""
    problems = []
    for page in site_pages(project_book):
        if page == "index.html":
            continue   # the redirect to README.html: no sidebar
        markup = _text(project_book / page)
        brand = markup.find('class="navbar-brand')
        if brand < 0:
            problems.append(f"{page}: no brand block")
            continue
        opened = [m for m in re.finditer(r"<(/?)(\w+)\b([^>]*)>", markup[:brand])]
        stack = []
        for m in opened:
            closing, tag, attrs = m.groups()
            if tag in ("br", "img", "meta", "link", "input", "hr", "wbr", "source"):
                continue
            if closing:
                while stack and stack.pop()[0] != tag:
                    pass
            elif not attrs.rstrip().endswith("/"):
                stack.append((tag, attrs))
        if not any(tag in _LANDMARK_TAGS or re.search(rf'\brole="({"|".join(_LANDMARK_ROLES)})"', attrs)
                   for tag, attrs in stack):
            problems.append(f"{page}: the brand block is in no landmark ({' > '.join(t for t, _ in stack[-4:])})")
    assert not problems, "\n".join(problems[:10])
