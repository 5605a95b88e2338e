"""`make report` opens offline and whole in a real browser (headless Chromium via Selenium).

The report (tools/build_report.py) is built into a temporary folder, served on 127.0.0.1 and every page is
loaded: a page fails on an image that did not load, a local link whose target is missing, a console error,
or anything fetched from outside (the report must open without a network). A screenshot of the index is
saved to build/report/index.png (or $REPORT_SCREENSHOT). Without Chromium these tests fail and say how to
install it (tools/install_browser.sh); set SKIP_BROWSER_TESTS=1 to skip them instead.
"""
from __future__ import annotations

import base64
import functools
import html
import importlib.util
import io
import os
import re
import sys
import threading
import urllib.error
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = Path(os.environ.get("REPORT_SCREENSHOT") or ROOT / "build" / "report" / "index.png")


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_report", ROOT / "tools" / "build_report.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


br = _load_builder()


# ---------------------------------------------------------------- a small project to build a report from
def _png_bytes(width=60, height=40, colour=(0, 114, 178)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, format="PNG")
    return buf.getvalue()


def make_project(root: Path, claims_b: bool = False) -> Path:
    """A minimal project tree: one executed notebook (Chinese heading, DataFrame-like HTML table, a PNG output,
    TeX, a link to data/README.md and one to another notebook), a claims ledger, a README and a figure."""
    import nbformat
    from nbformat import v4

    (root / "notebooks" / "executed").mkdir(parents=True)
    (root / "data" / "raw").mkdir(parents=True)
    (root / "data" / "derived" / "paperA").mkdir(parents=True)
    (root / "figures").mkdir()
    (root / "README.md").write_text("# Toy compendium 玩具\n\nText.\n", encoding="utf-8")
    (root / "data" / "README.md").write_text(
        "# Data\n\nEvery input is listed with its source; see [the raw folder](raw/) and "
        "[reference](reference/README.md).\n\n## Details\n\nNot in the summary.\n", encoding="utf-8")
    (root / "data" / "reference").mkdir()
    (root / "data" / "reference" / "README.md").write_text("# Reference\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                                                           encoding="utf-8")
    (root / "data" / "raw" / "README.md").write_text("raw inputs\n", encoding="utf-8")
    (root / "data" / "raw" / "cases.csv").write_text("case,A\nx,1\ny,0\n", encoding="utf-8")
    (root / "data" / "derived" / "paperA" / "claims.csv").write_text(
        "paper,claim_id,claim_zh,claim_en,expected,computed,agrees,note\n"
        "A,A1,四条路径,four paths,4,4,True,\n"
        "A,A2,覆盖度,coverage,0.9,0.8,False,differs\n", encoding="utf-8")
    if claims_b:
        (root / "data" / "derived" / "paperB").mkdir(parents=True)
        (root / "data" / "derived" / "paperB" / "claims.csv").write_text(
            "paper,claim_id,claim_zh,claim_en,expected,computed,agrees,note\nB,B1,四阶段,four stages,4,,,\n",
            encoding="utf-8")
    (root / "figures" / "fig_a.png").write_bytes(_png_bytes(900, 600))
    png = base64.b64encode(_png_bytes()).decode("ascii")
    nb = v4.new_notebook(cells=[
        v4.new_markdown_cell("# 01 玩具分析 / Toy analysis\n\nWhat it shows: a **toy** result. "
                             "Data: [data/README.md](../data/README.md).\n\n## Next\n\nnot in the summary"),
        v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        v4.new_markdown_cell("## 结果 / Results\n\nMembership $\\mu_A(x)$; see [the other](02_other.ipynb) "
                             "and [results](#结果-/-Results)."),
        v4.new_code_cell("df", execution_count=2, outputs=[v4.new_output(
            "execute_result", execution_count=2,
            data={"text/plain": "   A\n0  1", "text/html": "<table><tr><th>A</th></tr><tr><td>1</td></tr></table>"})]),
        v4.new_code_cell("plot()", execution_count=3, outputs=[v4.new_output(
            "display_data", data={"image/png": png, "text/plain": "<Figure>"})]),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "notebooks" / "executed" / "01_toy.ipynb")
    other = v4.new_notebook(cells=[v4.new_markdown_cell("# 02 Other\n\nSecond page.")])
    nbformat.write(other, root / "notebooks" / "executed" / "02_other.ipynb")
    (root / "notebooks" / "01_toy.ipynb").write_text("{}", encoding="utf-8")
    (root / "notebooks" / "03_pending.ipynb").write_text("{}", encoding="utf-8")
    return root


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- builder (no browser)
def test_first_section_and_notebook_intro():
    text = "# Title\n\nIntro line.\n\n```\n## not a heading\n```\n\n## Next\n\nrest\n"
    assert br.first_section(text) == "Intro line.\n\n```\n## not a heading\n```"
    assert br.first_section("# T\n\n## A\n\nbody a\n\n## B\n\nbody b") == "## A\n\nbody a"
    title, summary = br.intro_of_cell("# 03 QCA / 定性比较\n\nPara one.\n\nPara two.\n\n## Setup\nx")
    assert title == "03 QCA / 定性比较"
    assert summary == "Para one.\n\nPara two."
    assert [br.agree_mark(v)[0] for v in ("True", "false", "", "1", "nan")] == ["✓", "✗", "–", "✓", "–"]


def test_report_of_a_small_project(tmp_path):
    root = make_project(tmp_path / "proj")
    out = br.build_report(tmp_path / "report", root=root, quiet=True)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "01 玩具分析 / Toy analysis" in index and "What it shows" in index
    assert "not in the summary" not in index
    assert "href=\"01_toy.html\"" in index or "href='01_toy.html'" in index
    assert "1 of 2 claims agree; 1 differ" in index
    assert "Not yet produced" in index and "data/derived/paperB/claims.csv" in index
    assert "03_pending" in index, "a source notebook without executed copy is listed as pending"
    assert "Every input is listed with its source" in index and "Not in the summary" not in index
    assert (out / "figures" / "thumbs" / "fig_a.png").exists() and (out / "figures" / "fig_a.png").exists()
    assert (out / "files" / "data" / "README.md").exists()
    assert (out / "files" / "data" / "raw" / "README.md").exists(), "a folder link points to its README"
    page = (out / "01_toy.html").read_text(encoding="utf-8")
    assert 'href="files/data/README.md"' in page and 'href="02_other.html"' in page
    for name, text in [(p.name, p.read_text(encoding="utf-8")) for p in out.glob("*.html")]:
        assert not re.search(r"<script[^>]+src=", text), f"{name}: loads a script file"
        assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", text), f"{name}: loads a stylesheet from the network"
    assert _tree(br.build_report(tmp_path / "again", root=root, quiet=True)) == _tree(out), "not deterministic"
    # ledger B present: its row is 'not evaluated'
    out2 = br.build_report(tmp_path / "report2", root=make_project(tmp_path / "proj2", claims_b=True), quiet=True)
    assert "0 of 1 claims agree; 0 differ; 1 not evaluated" in (out2 / "index.html").read_text(encoding="utf-8")


def test_report_build_is_deterministic_and_atomic(tmp_path):
    out = br.build_report(tmp_path / "a" / "report", quiet=True)
    before = _tree(out)
    (out / "stale.txt").write_text("left from an earlier build")
    out = br.build_report(tmp_path / "a" / "report", quiet=True)
    assert not (out / "stale.txt").exists(), "the old report is replaced as a whole"
    assert _tree(out) == before, "two builds of the same tree differ"
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["report"], "temporary folders left behind"


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
    if os.environ.get("SKIP_BROWSER_TESTS") == "1":
        pytest.skip("SKIP_BROWSER_TESTS=1")
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"headless Chromium is needed for the report test but {', '.join(missing)} is missing: "
                    "run tools/install_browser.sh (as root), or set SKIP_BROWSER_TESTS=1 to skip", pytrace=False)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is not installed: run `make test` (installs requirements/test.txt)", pytrace=False)
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1280,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(executable_path=str(CHROMEDRIVER)))
    drv.set_page_load_timeout(60)
    try:
        yield drv
    finally:
        drv.quit()


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
_RESOURCES_JS = "return performance.getEntriesByType('resource').map(e => e.name);"


def _ids(markup: str) -> set[str]:
    found = re.findall(r"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""", markup)
    return {html.unescape(a or b) for a, b in found}


def check_page(drv, site: Site, page: str, cache: dict) -> list[str]:
    """Problems of one page: images not loaded, local links without target, network fetches, console errors."""
    url = site.base + page
    drv.get_log("browser")  # drop what an earlier page left
    drv.get(url)
    problems = []
    for src, complete, width in drv.execute_script(_IMAGES_JS):
        if not complete or not width:
            problems.append(f"{page}: image did not load: {src[:80]}")
    own = drv.page_source
    for tag, raw, absolute in drv.execute_script(_REFS_JS):
        parts = urlsplit(absolute or "")
        if parts.scheme == "data" or (raw or "").startswith("data:"):
            continue
        local = parts.scheme in ("http", "https") and absolute.startswith(site.base)
        if not local:
            if tag != "a":
                problems.append(f"{page}: <{tag}> loads {absolute!r} from outside the report (must open offline)")
            continue
        target = absolute.split("#", 1)[0]
        if target not in cache:
            try:
                with urllib.request.urlopen(target, timeout=10) as resp:
                    cache[target] = (resp.status, resp.read().decode("utf-8", "replace"))
            except urllib.error.HTTPError as err:
                cache[target] = (err.code, "")
        status, body = cache[target]
        if status != 200:
            problems.append(f"{page}: broken link <{tag}> {raw!r} -> HTTP {status}")
            continue
        if parts.fragment:
            # as a browser does: an element whose id is the fragment as written, else percent-decoded
            markup = own if target == url.split("#", 1)[0] else body
            if not {parts.fragment, unquote(parts.fragment)} & _ids(markup):
                problems.append(f"{page}: link {raw!r}: no element with id {unquote(parts.fragment)!r}")
    for name in drv.execute_script(_RESOURCES_JS):
        if not (name.startswith(site.base) or name.startswith("data:")):
            problems.append(f"{page}: fetched {name!r} from outside the report")
    for entry in drv.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append(f"{page}: console error: {entry.get('message')}")
    return problems


def check_site(drv, folder: Path) -> list[str]:
    pages = ["index.html"] + sorted(p.name for p in folder.glob("*.html") if p.name != "index.html")
    problems, cache = [], {}
    with Site(folder) as site:
        for page in pages:
            problems += check_page(drv, site, page, cache)
    return problems


def screenshot(drv, folder: Path, dest: Path) -> Path:
    with Site(folder) as site:
        drv.set_window_size(1280, 1000)
        drv.get(site.base + "index.html")
        height = drv.execute_script("return document.documentElement.scrollHeight")
        drv.set_window_size(1280, min(max(int(height), 600), 8000))
        dest.parent.mkdir(parents=True, exist_ok=True)
        assert drv.save_screenshot(str(dest)), "screenshot failed"
        drv.set_window_size(1280, 1000)
    return dest


@pytest.mark.browser
def test_report_opens_whole_and_offline(driver, tmp_path):
    """The project's own report: every page loads with its images, working links and no console error."""
    out = br.build_report(tmp_path / "report", quiet=True)
    problems = check_site(driver, out)
    shot = screenshot(driver, out, SCREENSHOT)
    assert shot.stat().st_size > 10_000, "the index screenshot looks empty"
    assert not problems, "report pages with problems:\n" + "\n".join(problems)


@pytest.mark.browser
def test_report_of_a_small_project_opens_whole(driver, tmp_path):
    """The same checks on a toy project that always has a notebook page, figures and ledgers."""
    out = br.build_report(tmp_path / "report", root=make_project(tmp_path / "proj"), quiet=True)
    problems = check_site(driver, out)
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
        "<script>console.error('boom')</script></body></html>", encoding="utf-8")
    problems = "\n".join(check_site(driver, site))
    assert "image did not load: missing.png" in problems
    assert "broken link <a> 'nowhere.html'" in problems
    assert "no element with id 'absent'" in problems
    assert "boom" in problems
    assert "127.0.0.1:9/lib.js" in problems
    assert "doi.org" not in problems
    assert "ok.png" not in problems
