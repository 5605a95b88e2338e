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
