"""What the tests of the book (tools/build_book.py) share: the builder, a small project to build a book from, a
folder served on 127.0.0.1, the browser's check of a page, and a book built once per test run.

The tests are in several files so that pytest-xdist's workers (`make test`: --dist loadfile, each file whole on one
worker) share them: tests/test_report_build.py (the builder, no browser), test_report_pages.py (the built pages as
markup), test_report_browser.py (every page opened), test_report_screen.py (laid out on a screen),
test_report_print.py (laid out for print). Their books and the browser are fixtures of tests/conftest.py: the
project's book, its participants' edition and the toy project's book are built once per run, by whichever worker
asks first, the other workers waiting for it (shared_build, shared_toy_project); each worker opens one browser.

The browser tests need headless Chromium: without it they fail and say how to install it (tools/install_browser.sh);
SKIP_BROWSER_TESTS=1 skips them instead.
"""
from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
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
from urllib.parse import unquote, urlsplit

import pytest
from _scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

bb = load_script("tools/build_book.py", register=True)


def screenshot_folder(tmp_path: Path) -> Path:
    """Where the browser test saves a screenshot of every page: $BOOK_SCREENSHOTS when set, else a folder of the
    test's own temporary folder (pytest keeps the last three runs' temporary folders; the test's failure message
    names it). It was build/book-screenshots/ in the checkout: two runs at once in one checkout (two terminals, a CI
    job and an editor's test run) removed and rewrote each other's screenshots, and a test writes nothing into the
    checkout."""
    given = os.environ.get("BOOK_SCREENSHOTS", "")
    return Path(given).expanduser() if given else tmp_path / "book-screenshots"


def fresh_screenshots(shots: Path) -> None:
    """Make `shots` an empty place for this run's screenshots: the PNG files an earlier run saved there are removed,
    nothing else. (The whole folder was removed: $BOOK_SCREENSHOTS naming a folder of the user's own, ~/Pictures,
    lost everything in it.)"""
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):
        if old.is_file():
            old.unlink()


@pytest.fixture(scope="module", autouse=True)
def _sphinx_installed():
    try:
        import myst_nb  # noqa: F401
        import sphinx  # noqa: F401
    except ImportError:
        pytest.fail("the book's tools are not installed: run `make test` or `make report` (they sync the 'book' "
                    "dependency group of uv.lock)", pytrace=False)


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


def _png_at(path: Path, width_in: float, height_in: float, dpi: int = 100) -> Path:
    from PIL import Image

    Image.new("RGB", (round(width_in * dpi), round(height_in * dpi)), (255, 255, 255)).save(path, dpi=(dpi, dpi))
    return path


@functools.cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


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


def _requests(drv, pending: set | None = None) -> list[str]:
    """Every URL the browser asked for since the last call (DevTools network log: documents, scripts,
    styles, fonts, images, fetch/XHR), so nothing loaded behind the page's back goes unseen. With `pending` (a set),
    the ids of the requests not finished yet are kept there: an id is added when its request is sent and removed when
    it has loaded or failed."""
    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Network.requestWillBeSent":
            urls.append(params["request"]["url"])
            if pending is not None:
                pending.add(params.get("requestId"))
        elif pending is not None and method in ("Network.loadingFinished", "Network.loadingFailed"):
            pending.discard(params.get("requestId"))
    return urls


def _quiet(drv, timeout: float = 10.0) -> list[str]:
    """Wait until the page just loaded (drv.get returns after its load event and the load handlers) has done what it
    does late: its fonts loaded and two frames drawn (what the scripts set off at load has run: _settle), every request
    it sent loaded or failed (a failed load logs its console error then), and two frames more with no request sent or
    open. Return every URL requested since the last _requests call. A fixed 0.2 s pause after every page stood here,
    some 12 s of the suite's time for the three books' pages, and it saw a late request only if it ended within 0.2 s.
    A request still open after `timeout` seconds is left (its URL is returned all the same, so a request to another
    host is still seen)."""
    pending: set = set()
    urls = _requests(drv, pending)
    end = time.monotonic() + timeout
    while True:
        was_open = bool(pending)
        _settle(drv)
        new = _requests(drv, pending)
        urls += new
        if (not was_open and not new and not pending) or time.monotonic() > end:
            return urls   # a whole round (two frames) without a request open or sent
        if pending:
            time.sleep(0.02)


def check_page(drv, site: Site, page: str, cache: dict) -> list[str]:
    """Problems of one page: images not loaded, local links without target, requests to another host,
    console errors. `cache` (one per site) keeps what was fetched of each link's target, and the ids a page has, read
    once per page: read again for every link to an anchor, the API reference's 609 links to its own anchors and the
    index's 147 into it took some 7 s of CPU per site."""
    url = site.base + page
    drv.get_log("browser")  # drop what an earlier page left
    _requests(drv)
    drv.get(url)
    sent = _quiet(drv)  # what the page's scripts do late (after load: the theme's handlers, fonts, fetches)
    problems = []
    for src, complete, width in drv.execute_script(_IMAGES_JS):
        if not complete or not width:
            problems.append(f"{page}: image did not load: {src[:80]}")
    own, own_ids = drv.page_source, None
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
            if target == url.split("#", 1)[0]:   # this page as the browser holds it (its scripts may add ids)
                if own_ids is None:
                    own_ids = _ids(own)
                ids = own_ids
            else:                                # another page as served
                if ("ids", target) not in cache:
                    cache["ids", target] = _ids(body)
                ids = cache["ids", target]
            if not {parts.fragment, unquote(parts.fragment)} & ids:
                problems.append(f"{page}: link {raw!r}: no element with id {unquote(parts.fragment)!r}")
    for requested in sent + _requests(drv):
        if urlsplit(requested).scheme in ("chrome", "about", "data", "blob"):
            continue  # the browser's own pages and inline data, not the network
        if not requested.startswith(site.base):
            problems.append(f"{page}: requested {requested!r} from outside the book")
    for entry in drv.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"{page}: console error: {entry.get('message')}")
    return problems


def save_screenshot(drv, dest: Path) -> None:
    """A screenshot of the browser's window as it is, saved to `dest` as PNG: the capture selenium's save_screenshot
    makes (DevTools' Page.captureScreenshot of the window), encoded for speed (optimizeForSpeed: the same pixels, a
    PNG a few times larger). Encoded small, each took some 0.1 s more of the browser's time: 3 s for the project's
    book, whose every page is saved so (page_layouts)."""
    shot = drv.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
    dest.write_bytes(base64.b64decode(shot["data"]))


def png_size_encoded_small(path: Path) -> int:
    """The size in bytes of the PNG image at `path` encoded at PNG's default compression (zlib level 6, as Pillow
    and the browser encode by default): what a screenshot saved fast (save_screenshot) would take saved small, a
    measure of what it shows (an empty window some 5 KB, a page of text and figures some 200 KB) whatever it was
    encoded for."""
    from PIL import Image

    buffer = io.BytesIO()
    with Image.open(path) as image:
        image.save(buffer, format="PNG")
    return len(buffer.getvalue())


def site_pages(folder: Path) -> list[str]:
    """Every HTML page of the site (not the theme's Jinja macro files that it leaves in _static/)."""
    pages = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html")
                   if not p.relative_to(folder).as_posix().startswith(("_static/", "_sources/", "_downloads/")))
    return ["index.html"] + [p for p in pages if p != "index.html"]


def check_site(drv, folder: Path, shots: Path | None = None, then=None) -> list[str]:
    """Open every page of the site; with `shots`, save a screenshot of each page there. With `then`, then(site, page)
    is called on each page as this left it (checked, its screenshot saved), before the next page is opened: another
    test's checks of the page read it from this load (tests/test_report_screen.py's page_layouts); it leaves the
    browser as it found it (the window's size, no emulation) for the next page."""
    problems, cache = [], {}
    if shots is not None:
        fresh_screenshots(shots)  # no screenshot left from an earlier book
    with Site(folder) as site:
        for page in site_pages(folder):
            problems += check_page(drv, site, page, cache)
            if shots is not None:
                save_screenshot(drv, shots / (page[:-len(".html")].replace("/", "__") + ".png"))
            if then is not None:
                then(site, page)
    return problems


SOLUTIONS_PAGE = "notebooks/workshop/qca_workshop_solutions"


PARTICIPANTS_PAGE = "notebooks/workshop/qca_workshop"


# ---------------------------------------------------------------- built once per test run, shared by the workers
@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive lock on the file `path` (created if missing) while the block runs; the system frees it if the
    process holding it dies."""
    with open(path, "a+b") as handle:
        if os.name == "nt":
            import msvcrt

            while True:
                try:
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)   # gives up after 10 s: try again
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _shared_folder(tmp_path_factory) -> Path:
    """The folder all pytest-xdist workers of this run share: the run's temporary folder (<run>/popen-gwN's parent);
    without xdist, the run's own temporary folder."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_build(tmp_path_factory, **kwargs) -> Path:
    """bb.build_book(..., quiet=True, **kwargs), built once per test run: the first pytest-xdist worker to ask builds
    it (under a file lock) into the run's temporary folder, which all workers of the run share; the others wait for it
    and use it. Each set of arguments (the content key: a hash of them, a path as its text) has its book. Without
    xdist, the run's own temporary folder. A failed build is not kept: the next worker to ask builds again (and fails
    as it would have)."""
    shared = _shared_folder(tmp_path_factory)
    key = hashlib.sha256(json.dumps(kwargs, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:16]
    site = shared / f"book-{key}" / "site"
    with _locked(shared / f"book-{key}.lock"):
        if not (site / "index.html").exists():   # build_book puts the finished site in place whole, at its end
            bb.build_book(site, quiet=True, **kwargs)
    return site


def shared_toy_project(tmp_path_factory) -> Path:
    """make_project's toy project, written once per test run into the folder the workers share (as shared_build's
    books), so that its book (the toy_book fixture: shared_build with root=) is built once per run, not once per
    worker that asks for it (each toy build is a Sphinx run, some 2.6 s of CPU). The tests only read it: they build
    books from it into their own folders."""
    shared = _shared_folder(tmp_path_factory)
    root, done = shared / "toy" / "proj", shared / "toy" / "written"
    with _locked(shared / "toy.lock"):
        if not done.exists():   # a worker stopped half-way left a partial project: written again whole
            shutil.rmtree(root, ignore_errors=True)
            make_project(root)
            done.touch()
    return root


def open_browser(profile: Path):
    """Headless Chromium under selenium (the `driver` fixture of tests/conftest.py); fails the test, saying how to
    install what is missing, or skips it with SKIP_BROWSER_TESTS set."""
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
                "--no-first-run", "--disable-extensions", "--window-size=1280,1000", f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(executable_path=str(CHROMEDRIVER)))
    drv.set_page_load_timeout(60)
    return drv
