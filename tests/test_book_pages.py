"""The book's generated pages that need no build to check (tools/build_book.py)."""
from __future__ import annotations

import re

from analysis.paths import ROOT
from _scripts import load_script


def test_the_page_make_report_names_carries_the_books_title():
    """build/book/index.html (the page `make report` tells the reader to open) redirects to README.html; its title
    said 'Book' in the browser's tab and history. It is the book's own title, book/conf.py's html_title."""
    book = load_script("tools/build_book.py")
    conf = (ROOT / "book" / "conf.py").read_text(encoding="utf-8")
    html_title = re.search(r'^html_title = "([^"]+)"', conf, re.M).group(1)
    assert re.search(r"<title>([^<]*)</title>", book.REDIRECT).group(1) == html_title


def test_each_notebook_figure_links_to_its_file_at_full_size():
    """A wide figure on a notebook page is shrunk to the text column and could not be opened whole: each figure a
    cell drew (MyST-NB's _images/<sha256>.png) now links to its own file; an image already in a link is left as is,
    and other images (icons, the figure index's files) get no link."""
    book = load_script("tools/build_book.py")
    digest = "ab" * 32
    page = (f'<div class="cell_output"><img alt="A" src="../_images/{digest}.png" /></div>'
            f'<a href="x.html"><img src="../_images/{digest}.png"/></a><img src="../_static/logo.png">')
    fixed = book.with_full_size_links(page)
    assert fixed.count('class="full-size-figure"') == 1
    assert f'<a class="full-size-figure" href="../_images/{digest}.png"' in fixed
    assert f'<a href="x.html"><img src="../_images/{digest}.png"/></a>' in fixed and fixed.endswith('<img src="../_static/logo.png">')
