"""The book (`make report`, tools/build_book.py) opens whole and offline in a real browser (headless Chromium).

The project's book is built from the committed executed notebooks (Sphinx runs with warnings as errors, so a broken
cross-reference already fails the build; once per test run: tests/conftest.py), served on 127.0.0.1, and EVERY page
is opened (_book.check_site): a page fails on an image that did not load, a local link whose target (file or #anchor)
is missing, a console error, or any request to a host other than the local server. A screenshot of every page is
saved to a temporary folder (or $BOOK_SCREENSHOTS; a failure names the folder), never into the checkout. The project's
book is so opened by tests/test_report_screen.py (test_book_opens_whole_and_offline: its page_layouts lays each page
out from that load); here the participants' edition and a toy project's book are opened whole, and search works,
served and from disk. How the pages are laid out on a screen and in print: tests/
test_report_screen.py and test_report_print.py. Without Chromium these tests fail and say how to install it
(tools/install_browser.sh); SKIP_BROWSER_TESTS=1 skips them instead.
"""
from __future__ import annotations

import re
import time
from urllib.parse import quote

import pytest
from _book import (ROOT, Site, _png_bytes, _sphinx_installed, check_site, fresh_screenshots,  # noqa: F401
                   screenshot_folder)


def test_the_screenshots_go_to_the_tests_folder_not_the_checkout(tmp_path, monkeypatch):
    """The screenshots were saved to build/book-screenshots/ in the checkout, which the check first removed whole: two
    runs at once in one checkout removed and rewrote each other's, and a test writes nothing into the checkout. They go
    to the test's temporary folder now, or to $BOOK_SCREENSHOTS, of which only earlier screenshots are removed."""
    monkeypatch.delenv("BOOK_SCREENSHOTS", raising=False)
    shots = screenshot_folder(tmp_path)
    assert shots.is_relative_to(tmp_path) and not shots.resolve().is_relative_to(ROOT.resolve()), shots
    mine = tmp_path / "mine"
    monkeypatch.setenv("BOOK_SCREENSHOTS", str(mine))
    assert screenshot_folder(tmp_path) == mine
    mine.mkdir()
    (mine / "README.png").write_bytes(_png_bytes())                 # an earlier run's screenshot
    (mine / "notes.txt").write_text("the user's own file")
    (mine / "album").mkdir()
    (mine / "album" / "photo.png").write_bytes(_png_bytes())
    fresh_screenshots(mine)
    assert sorted(p.relative_to(mine).as_posix() for p in mine.rglob("*")) == ["album", "album/photo.png", "notes.txt"]
    fresh_screenshots(tmp_path / "new" / "shots")                   # a folder not there yet is made
    assert (tmp_path / "new" / "shots").is_dir()


def search_hits(driver, site, query: str) -> list[str]:
    """The pages Sphinx's search lists for `query`, once it has listed them all: it adds one result every few
    milliseconds and writes its summary ("Search finished, found N pages ...") only after the last, so a wait for
    the first result read whatever few had appeared (five, none of them a notebook, once the book had a JSON page)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(site.base + "search.html?q=" + quote(query))
    WebDriverWait(driver, 20).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#search-results p.search-summary").text.strip())
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results ul.search li a")]


@pytest.mark.browser
def test_book_search_finds_notebook_text(driver, project_book):
    """Full-text search (Sphinx's offline index) lists a notebook among the pages that hold truth_table."""
    with Site(project_book) as site:
        hits = search_hits(driver, site, "truth_table")
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
    """The checker itself fails on a missing image, a broken link, a console error and a network fetch, and on a link
    to an anchor another page lacks, linked from two pages (what is read of a page is kept for the next link), and on
    what a page does after its load event (a console error, a request to another host, a failed request)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "ok.png").write_bytes(_png_bytes())
    (site / "other.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'><title>o</title></head><body>"
        "<h1 id='here'>o</h1><a href='index.html#top'>back</a><a href='index.html#gone'>gone</a></body></html>",
        encoding="utf-8")
    (site / "index.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'><title>t</title>"
        "<script src='http://127.0.0.1:9/lib.js'></script></head><body>"
        "<img id='top' src='ok.png'><img src='missing.png'><a href='nowhere.html'>x</a><a href='#absent'>y</a>"
        "<a href='other.html#here'>fine</a><a href='other.html#gone'>not there</a>"
        "<a href='https://doi.org/10.1000/1'>external links are fine</a>"
        "<script>console.error('boom'); fetch('http://127.0.0.2:9/x').catch(() => {});"
        # late: after the load event (drv.get returns at load) a page asks for 80 files one after another, 5 ms
        # apart (0.4 s at least), then logs an error, asks another host and for a missing file (a fixed pause of
        # 0.2 s after each page missed all three)
        "addEventListener('load', async () => { for (let i = 0; i < 80; i++) { "
        "await new Promise(r => setTimeout(r, 5)); await fetch('ok.png?' + i); } "
        "console.error('late boom'); fetch('http://127.0.0.3:9/late').catch(() => {}); fetch('late-missing.json'); });"
        "</script></body></html>",
        encoding="utf-8")
    problems = "\n".join(check_site(driver, site))
    assert "image did not load: missing.png" in problems
    assert "broken link <a> 'nowhere.html'" in problems
    assert "no element with id 'absent'" in problems
    assert "index.html: link 'other.html#gone': no element with id 'gone'" in problems
    assert "other.html: link 'index.html#gone': no element with id 'gone'" in problems
    assert "'other.html#here'" not in problems and "index.html#top" not in problems
    assert "boom" in problems
    assert "127.0.0.1:9/lib.js" in problems
    assert "requested 'http://127.0.0.2:9/x' from outside the book" in problems
    assert "late boom" in problems                                   # what the page does after its load event
    assert "requested 'http://127.0.0.3:9/late' from outside the book" in problems
    assert re.search(r"console error: \S*late-missing.json .*404", problems), problems   # a late request that failed
    assert "doi.org" not in problems
    assert "ok.png" not in problems


@pytest.mark.browser
def test_book_search_finds_a_chinese_word(driver, project_book):
    """Searching 校准 (calibration) in the book finds the workshop and notebook 02."""
    with Site(project_book) as site:
        hits = search_hits(driver, site, "校准")
    assert any(h.endswith("notebooks/workshop/qca_workshop.html") for h in hits), hits
    assert any(h.endswith("notebooks/02_case_calibration.html") for h in hits), hits


@pytest.mark.browser
def test_participants_book_opens_whole(driver, participants_book):
    """The participants' edition: every page loads, every link has its target (none was left to the solutions)."""
    problems = check_site(driver, participants_book)
    assert not problems, "\n".join(problems)
