"""The project's book laid out for print (an A4 page's printable area, and a US Letter page's where the paper changes
what is printed: PAPERS), in headless Chromium (tests/_book.py): nothing is cut, no table is set below 7 pt, no number
is split over lines, a wide figure is turned or sliced, a wide matrix transposed, the claims ledgers one block per
claim."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from _book import Site, _settle, _sphinx_installed, _text, bb, site_pages  # noqa: F401


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


#: the printable area of an A4 page and of a US Letter page at the browser's default margins (0.4 in), in CSS px
PRINTABLE_PX = {"A4": (718, 1047), "US Letter": (739, 979)}
#: the tests below were laid out on A4 alone: each where the paper's height or its width changes what is printed (a
#: figure's height, book.js's fitting of a table) lays each page out on both papers now, from one load
PAPERS = tuple(PRINTABLE_PX)


def _paper(driver, paper: str) -> None:
    """Lay the page out on `paper`'s printable area (PRINTABLE_PX)."""
    width, height = PRINTABLE_PX[paper]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def _printed_problems(driver, book, pages, script, scripts: bool = True, papers=("A4",)) -> list[str]:
    """What `script` finds wrong on each of `pages`, in print media on the printable area of each of `papers`
    (PRINTABLE_PX), each page loaded once; `scripts` False: the pages' own scripts are off (_printed_reads)."""
    return _as_problems(_printed_reads(driver, book, {"": (pages, script, papers)}, scripts)[""], papers)


def _as_problems(read: dict, papers) -> list[str]:
    """A check's problems ({(page, paper): [problem, ...]} as _printed_reads gives them) as its test lists them,
    each after its page, and after its paper when the check lays its pages out on several."""
    return [f"{page} printed{' on ' + paper if len(papers) > 1 else ''}: {p}"
            for (page, paper), found in read.items() for p in found]


def _printed_reads(driver, book, checks: dict, scripts: bool = True) -> dict[str, dict[tuple[str, str], object]]:
    """What each script of `checks` ({name: (pages, script, papers)}) returns on each of its pages in print media on
    the printable area of each of its papers (PRINTABLE_PX; A4 first, then US Letter, or A4 alone), by name and
    (page, paper): each page loaded once for every check that reads it (the scripts only read the page), laid out on
    each paper in turn as far as a check asks. `scripts` False: the pages' own scripts are off. book.js fits a page's
    tables when print media begins, not when the page is resized: for each paper after the first, print media ends
    and begins again, so that it fits them to that paper. Each page is loaded on A4, and each read is made in the
    paper's window (checked): a page laid out on US Letter left the window at Letter's size for the next page's load,
    so that every page after the first read on both papers was read 'on A4' in Letter's wider, shorter window (in
    printed: every page after README, the cut/7 pt check's 'A4' was Letter's 739 px)."""
    for name, (_, _, papers) in checks.items():
        assert tuple(papers) == PAPERS[:len(papers)], (name, papers)   # laid out on the papers in PAPERS' order
    reads = {name: {} for name in checks}
    pages = list(dict.fromkeys(page for pages, _, _ in checks.values() for page in pages))
    _paper(driver, PAPERS[0])
    laid_out_on = PAPERS[0]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        with Site(book) as site:
            for page in pages:
                if laid_out_on != PAPERS[0]:   # the last page was laid out on another paper: each page loads on A4
                    driver.get("about:blank")   # (left first: not laid out again on A4 for nothing)
                    _paper(driver, PAPERS[0])
                    laid_out_on = PAPERS[0]
                driver.get(site.base + page)
                for n, paper in enumerate(PAPERS):
                    reading = [(name, script) for name, (pages_of, script, papers) in checks.items()
                               if page in pages_of and paper in papers]
                    if not reading:
                        break
                    if n:
                        _paper(driver, paper)
                        laid_out_on = paper
                        if scripts:
                            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
                            _settle(driver)
                            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
                    _settle(driver, scripts)
                    window = driver.execute_script("return [innerWidth, innerHeight];")
                    assert tuple(window) == PRINTABLE_PX[paper], f"{page} laid out on {paper} in a {window} window"
                    for name, script in reading:
                        reads[name][page, paper] = driver.execute_script(script)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return reads


#: the checks of the tests below that read the project's pages printed with their scripts on, read as problems (the
#: printed fixture; the pages of each are given there)
_PROBLEM_CHECKS = ("cuts", "ledger", "figures", "matrix", "captions")


@pytest.fixture(scope="module")
def printed(driver, project_book) -> dict:
    """The checks of the tests below that read the project's pages printed with their scripts on (every page on A4;
    the claims ledger, the figures, the wide matrix and the captions on A4 and on US Letter), by test, and what the
    turned figures' and the configuration chart's scripts read of their pages on A4 and US Letter ('turned',
    'sliced': by page and paper): each page loaded once for all of them (_printed_reads). Each test loaded its pages
    itself: the figure index, notebook 02 and README, notebook 03 and the claims page were loaded again by two to
    four tests, in the same state (print media, A4, after the page's scripts) for the same read-only scripts; the
    turned figures' and slices' tests loaded the figure index and notebooks 00 to 03 again (their fixture
    turned_and_sliced), in print media, laid out on A4 then US Letter for scripts that only read the page."""
    checks = {
        "cuts": (site_pages(project_book), _PRINT_CLIPPED_JS, ("A4",)),
        "ledger": (["claims.html"], _PRINT_LEDGER_JS, PAPERS),
        "figures": (("figures.html", "README.html", "notebooks/03_qca.html"), _PRINT_FIGURES_JS, PAPERS),
        "matrix": (["notebooks/02_case_calibration.html"], _MATRIX_CHECK, PAPERS),
        "captions": (["figures.html", "notebooks/02_case_calibration.html"], _captions_check(), PAPERS),
        "turned": (TURNED_PAGES, _PRINT_TURNED_JS, PAPERS),
        "sliced": (SLICED_PAGES, _PRINT_SLICES_JS, PAPERS),
    }
    reads = _printed_reads(driver, project_book, checks)
    found = {name: reads[name] for name in ("turned", "sliced")}
    for name in _PROBLEM_CHECKS:
        found[name] = _as_problems(reads[name], checks[name][2])
    return found


@pytest.mark.browser
def test_a_printed_page_cuts_nothing_and_sets_no_table_below_7_pt(printed):
    """Printed (or saved as PDF), a page lost whatever its screen version showed behind a sideways scroll bar: the
    claims ledgers' last columns (scope, note, data_source), the right-hand end of long code lines and of printed
    output (notebook 03's 'WARNING: the compendium's reconstruction of the cases, not the paper's data; every claim …'),
    and the columns of wide tables of results; the reconstruction page's title ran off the paper. On paper, code and
    output now wrap, tables are set smaller and fit the page's width, and nothing is cut: every page in print media
    at an A4 page's printable width (718 px). A table too wide for the page is set in a smaller font first, so that
    no number in it is split over two lines (0.500 read as 0.50 and 0). Shrunk whole, the widest were hard to read
    (the claims ledgers at 6 pt, the benchmark table at 4.5 pt, every table at 7.4 pt at most): no text of a printed
    table is now set below 7 pt; a table that would need it is printed one block per row (book.js, book.css). On A4
    alone (every page: twice the time on both papers): what this checks depends on the page's width, not its height,
    and A4's is the narrower (718 px, US Letter's 739); every page passed on Letter too when it was measured."""
    problems = printed["cuts"]
    assert not problems, f"{len(problems)} cut:\n" + "\n".join(problems[:60])


@pytest.mark.browser
def test_a_page_printed_for_real_with_javascript_is_not_shrunk(driver, project_book):
    """Printed for real (the browser's Print, or saved as PDF), Chromium runs no script in print layout: book.js's
    fit() never ran (the tests emulated print media, which runs it), and the page, its JavaScript loaded, kept every
    table the build estimated too wide (data-print-records) as a table too wide for the page: Chromium shrank the whole
    page to fit (notebooks 03 and 04 printed at 62 %, their text at 7.5 pt, their code at 5.7 pt; measured in its PDF).
    Here the page is loaded with its scripts, which then stop, and is laid out for print (an A4 page's printable
    width) as a real print does: no page is wider than the paper, nothing is cut, no number is split over lines (01's
    dates were), no table is set below 7 pt; then on US Letter's printable area, as stopped (PAPERS)."""
    pages = ["notebooks/01_policy_evolution.html", "notebooks/03_qca.html", "notebooks/04_figures.html"]
    assert all(re.search(r"data-print-records", _text(project_book / p)) for p in pages[1:])
    problems = []
    try:
        with Site(project_book) as site:
            for page in pages:
                _paper(driver, PAPERS[0])
                driver.get(site.base + page)
                _settle(driver)
                driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
                for paper in PAPERS:
                    _paper(driver, paper)
                    time.sleep(0.1)
                    problems += [f"{page} printed on {paper}: {p}" for p in driver.execute_script(_PRINT_CLIPPED_JS)]
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
def test_the_claims_ledger_is_one_block_per_claim_in_print_and_on_a_phone(driver, project_book, request, where,
                                                                         scripts):
    """Printed, the claims ledgers (11 columns of long texts) were shrunk to the page's width: nothing cut, but set at
    6 to 7 pt in narrow columns, a note 40 lines tall beside a one-word verdict; on a phone (390 px) the same columns
    stood behind a sideways scroll bar, each claim 800 px tall. Printed and below 768 px, each claim is now one block,
    each value after its column's name ('agrees: true'), at 12 px or more, no block wider than the page; printed
    with JavaScript off too (book.css alone; the labels are written into the page when it is built); printed on A4
    and on US Letter (PAPERS)."""
    if (where, scripts) == ("print", "on"):   # printed with the page's scripts: with the other tests' (printed)
        problems = request.getfixturevalue("printed")["ledger"]
        assert not problems, "\n".join(problems[:20])
        return
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": scripts == "off"})
    try:
        if where == "print":
            problems = _printed_problems(driver, project_book, ["claims.html"], _PRINT_LEDGER_JS, False, PAPERS)
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
    one block per row without JavaScript too: nothing cut, no number split, nothing below 7 pt; on A4 and on US
    Letter (PAPERS)."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        problems = _printed_problems(driver, project_book, ["benchmarks/results/latest.html"], _PRINT_CLIPPED_JS,
                                     scripts=False, papers=PAPERS)
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert not problems, "\n".join(problems[:20])


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
def test_a_printed_figure_fits_one_page_under_its_heading(printed):
    """Printed, the figure index put a figure's heading at the foot of one page and the figure on the next (page 12
    held nothing but the heading 'paperA_configurations'), and the configuration chart, taller than a page, was cut
    in two. In print a figure is shrunk whole (its proportions kept) to fit a page with its heading, and no page
    breaks right after a heading (the theme's own rule, kept): on A4 and on US Letter, whose page is shorter
    (PAPERS)."""
    problems = printed["figures"]   # figures.html, README.html and notebooks/03_qca.html on PAPERS
    assert not problems, "\n".join(problems)


_PRINT_TURNED_JS = """
const page = window.innerHeight, doc = document.documentElement;
return Array.from(document.querySelectorAll('.bd-article-container img')).map(img => {
  const r = img.getBoundingClientRect(), box = img.closest('.book-turn');
  // the image as drawn: object-fit contain scales it whole into its box, its proportions kept
  const scale = getComputedStyle(img).objectFit === 'contain'
    ? Math.min(img.offsetWidth / img.naturalWidth, img.offsetHeight / img.naturalHeight) : img.offsetWidth / img.naturalWidth;
  const scroll = img.closest('.book-figure-scroll'), figure = img.closest('figure');
  // its caption's paragraphs and the figure index's line under it (in the figure or after its box), and the room
  // across the column they take in the turned figure (a box's height is not changed by its rotation)
  const caption = figure ? Array.from(figure.querySelectorAll(':scope > figcaption p')).map(p => p.textContent) : [];
  const after = box && box.nextElementSibling && box.nextElementSibling.matches('.book-turn-facts');
  const facts = (figure && figure.querySelector(':scope > .book-turn-facts'))
    || (after ? box.nextElementSibling : null);
  const room = box && figure ? Array.from(figure.querySelectorAll(':scope > figcaption, :scope > .book-turn-facts'))
    .reduce((sum, el) => sum + el.offsetHeight + parseFloat(getComputedStyle(el).marginTop), 0) : 0;
  return [decodeURIComponent(img.getAttribute('src')), scale * img.naturalWidth, !!box, r.width, r.height, r.right,
          box ? box.getBoundingClientRect().height : 0, page, doc.clientWidth,
          scroll && !scroll.classList.contains('book-sliced') ? scroll.clientWidth : null, scale * img.naturalHeight,
          caption, facts ? facts.textContent : '', !!(facts && figure && figure.contains(facts)), room];
});
"""


#: the pages the two tests below read printed, each loaded in print media then laid out on each paper in turn
TURNED_PAGES = ("figures.html", "notebooks/00_method_validation.html", "notebooks/01_policy_evolution.html",
                "notebooks/02_case_calibration.html", "notebooks/03_qca.html")
#: of them, the pages with the configuration chart, whose printed slices the second reads
SLICED_PAGES = ("figures.html", "notebooks/03_qca.html")


@pytest.mark.browser
def test_a_wide_figure_is_printed_turned_on_a_page_of_its_own_its_text_at_6_pt_or_more(project_book, printed):
    """Printed, every figure was shrunk to the portrait text column (467 pt on A4): the units heat map (908 pt wide)
    set its 6.5 pt counts at 3.4 pt, the truth table and the units' timeline theirs below 5 pt; a landscape @page did
    not help in Chromium. A figure that would print its smallest text (6.5 pt, analysis/plots) below 6 pt in the
    column and larger turned (tools/build_book.py, turned_in_print) is now printed on a page of its own, turned a
    quarter to the left, as wide as the page is long, its caption under it (in the print layout of an A4 page's
    printable area, 718 by 1047 px): its smallest text at 6 pt or more, inside the page; the units heat map among
    them; the figures the build does not turn stay in the column, a notebook's as wide as it was drawn or as the
    column, not at its size in screen pixels. Only A4 was measured: on US Letter (its printable area 739 by 979 px,
    a page shorter than A4's) the units heat map printed turned at 5.6 pt, the units' timeline at 5.99 pt, and the
    method check in the column at 5.6 pt. Each page is now laid out on both papers (one load), and a figure in the
    column, too, prints its smallest text at 6 pt or more (a sliced one: the slices' test). The build kept a fifth of
    the column for a turned figure's caption whatever its length (and for a notebook's figure, which has none): it
    now computes the caption's room (caption_room_pt) and whether the line under it goes in the figure or after it
    (turned_scale); on each paper the caption and that line take no more room than computed, and the figure prints
    no smaller than turned_scale computes. Every figure's smallest text was taken to be 6.5 pt (the least any plot
    sets): each figure's own is used now, as the figure records it (figure_smallest_pt: the least font size of the
    texts matplotlib drew in it), times the scale at which the page prints it."""
    problems, turned = [], []
    for (page, paper), figures in printed["turned"].items():   # TURNED_PAGES (figures.html, 00 to 03) on PAPERS
        where = f"{page} ({paper})"
        for (src, drawn, in_box, width, height, right, box_height, page_height, page_width, column, tall, caption,
             facts, inside, taken) in figures:
            path = project_book / Path(page).parent / src
            if bb.png_width_pt(path) is None:
                continue
            name = src.rsplit("/", 1)[-1][:40]
            smallest = bb.figure_smallest_pt(path) * drawn * 0.75 / bb.png_width_pt(path)
            room = bb.caption_room_pt(caption)
            if bb.turned_in_print(path, room) != in_box:
                problems.append(f"{where}: {name} {'not ' if bb.turned_in_print(path, room) else ''}turned")
            if not in_box:
                # in the column, a notebook's figure (drawn at 80 dpi) prints as wide as it was drawn, or as the column
                # (it printed at its size in screen pixels: 83 % of that, its 6.5 pt text at 5.4 pt); a figure as
                # tall as the page allows (80 %) may be narrower
                want = min(column or 0, bb.png_width_pt(path) / 0.75)
                if column and drawn < want - 1 and tall < 0.79 * page_height:
                    problems.append(f"{where}: {name} printed {drawn * 0.75:.0f} pt wide, drawn {bb.png_width_pt(path):.0f}"
                                    f" pt, in a column of {column * 0.75:.0f} pt")
                if column and smallest < bb.PRINT_SMALLEST_PT:
                    problems.append(f"{where}: {name} printed in the column with its smallest text at {smallest:.2f} pt")
                continue
            turned.append(src.rsplit("/", 1)[-1])
            computed, facts_inside = bb.turned_scale(bb.png_size_pt(path), caption, facts)
            if facts and facts_inside != inside:
                problems.append(f"{where}: {name}: the line under it printed {'in' if inside else 'after'} the figure, "
                                f"turned_scale puts it {'in' if facts_inside else 'after'} it")
            computed_room = bb.caption_room_pt(caption, facts if inside else "")[paper]
            if taken * 0.75 > computed_room + 0.5:
                problems.append(f"{where}: {name}: its caption took {taken * 0.75:.1f} pt across the column, more than "
                                f"caption_room_pt computes ({computed_room:.1f})")
            if drawn * 0.75 / bb.png_width_pt(path) < computed - 0.005:
                problems.append(f"{where}: {name} printed turned at {drawn * 0.75 / bb.png_width_pt(path):.3f} of its "
                                f"size, less than turned_scale computes ({computed:.3f})")
            if smallest < bb.PRINT_SMALLEST_PT:
                problems.append(f"{where}: {name} printed turned with its smallest text at {smallest:.2f} pt")
            if height <= width:
                problems.append(f"{where}: {name} is not turned ({width:.0f} by {height:.0f} px)")
            if right > page_width + 1 or box_height > page_height or height > box_height + 1:
                problems.append(f"{where}: {name} runs off its page ({width:.0f} by {height:.0f} px, its box "
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
def test_the_configuration_chart_is_printed_in_slices_at_the_columns_width(driver, project_book, printed):
    """Printed, the configuration chart (7.3 by 21 in) was shrunk whole to 80 % of a page: its text at 2.7 pt. It is
    now printed at the column's width in slices of a page or less (print_slices), together the whole image and its
    smallest text at 6 pt or more, on the figure index and in notebook 03 (print layout of an A4 page's
    printable area); on a screen the slices are not shown and the chart is shown as before. Printed on US Letter
    (739 by 979 px: a wider column, a shorter page), a slice was taller than 90 % of the page (book.css now prints
    them no wider than they were cut for); both papers are laid out now, from one load. The floor was 5.5 pt: taken to
    be 6.5 pt (the least any plot sets), the chart's smallest text printed at 5.75 pt on both papers. The chart's own
    is 7.5 pt (its groups' pair labels): it prints at 6.6 pt, and the floor is the book's (PRINT_SMALLEST_PT, 6 pt),
    on A4 and US Letter. That 7.5 pt was measured on a chart the test drew (on R QCA's CVF data), not on the chart
    printed: the printed chart's own, as it records it (figure_smallest_pt), is used now."""
    found = {(f"print on {paper}", page): read for (page, paper), read in printed["sliced"].items()}   # SLICED_PAGES
    # on a screen: each page loaded where the printed pages left the window (the last paper's size), laid out at A4's
    width, height = list(PRINTABLE_PX.values())[-1]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    try:
        with Site(project_book) as site:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
            for page in SLICED_PAGES:
                driver.get(site.base + page)
                width, height = PRINTABLE_PX["A4"]
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
                _settle(driver)
                found["screen", page] = driver.execute_script(_PRINT_SLICES_JS)
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
            smallest = bb.figure_smallest_pt(project_book / Path(page).parent / src) * drawn * 0.75 / points
            if smallest < bb.PRINT_SMALLEST_PT:
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
#: _PRINT_MATRIX_JS as a check: its problems, and one if not exactly one matrix is printed transposed
_MATRIX_CHECK = (f"const [n, out] = (function () {{ {_PRINT_MATRIX_JS} }})();"
                 "return n === 1 ? out : out.concat([n + ' matrices printed transposed, not 1']);")


@pytest.mark.browser
@pytest.mark.parametrize("scripts", ["on", "off"])
def test_a_wide_matrix_is_printed_transposed(driver, project_book, request, scripts):
    """Printed, notebook 02's 15 x 21 membership matrix (cases by indicators, 0 and 1) was too wide for the page at 7 pt
    and was set one block per row ('SYS1: 0  SYS2: 1 ...'), the matrix view lost. Printed (with JavaScript and
    without), it is now a table with its rows and columns swapped: on the page, no text below 7 pt, each value where
    the transposition puts it; the matrix itself is not printed beside it, and no other matrix is printed twice; on
    A4 and on US Letter, whose wider page book.js fits the matrix to anew (PAPERS)."""
    if scripts == "on":   # printed with the page's scripts: with the other tests' (printed)
        problems = request.getfixturevalue("printed")["matrix"]
    else:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            problems = _printed_problems(driver, project_book, ["notebooks/02_case_calibration.html"], _MATRIX_CHECK,
                                         False, PAPERS)
        finally:
            driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    assert not problems, "\n".join(problems[:20])


_PRINT_CAPTIONS_JS = """
const out = [], size = e => parseFloat(getComputedStyle(e).fontSize);
const body = Array.from(document.querySelectorAll('.bd-article-container section > p'))
  .find(p => p.getClientRects().length && p.textContent.trim());
if (!body) return ['no paragraph of text'];
const text = size(body);
let n = 0;
for (const c of document.querySelectorAll(
    '.bd-article-container :is(figcaption, .book-turn-facts, table > caption)')) {
  if (!c.getClientRects().length || !c.textContent.trim()) continue;
  n++;
  const name = c.tagName.toLowerCase() + ' ' + JSON.stringify(c.textContent.trim().slice(0, 40));
  const turned = !!c.closest('.book-turn') || c.matches('.book-turn + .book-turn-facts');
  if (size(c) >= text) out.push(name + ' is set at ' + size(c) + ' px, the body at ' + text);
  if (turned && Math.abs(size(c) - %s) > 0.01) out.push(name + ' of a turned figure is set at ' + size(c) + ' px, not ' + %s + ' (CAPTION_PT)');
  const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.textContent.trim() || !t.parentElement.getClientRects().length) continue;
    if (size(t.parentElement) < 28 / 3) {
      out.push(name + ': ' + JSON.stringify(t.textContent.trim().slice(0, 30)) + ' set at ' + size(t.parentElement) + ' px, below 7 pt');
      break;
    }
  }
}
return [n, out];
"""


@pytest.mark.browser
def test_a_printed_caption_is_smaller_than_the_body_and_not_below_7_pt(printed):
    """Printed, a figure's caption in the column was set at the body's 12 pt, read as one more paragraph of the text;
    a turned figure's at 0.72 em (8.6 pt), which the build takes (CAPTION_PT) to compute the room it leaves the
    figure. Every printed caption (a figure's, the figure index's line under a turned figure, a transposed matrix's) is
    now smaller than the page's body text and no part of it below 7 pt (the floor of a printed table's text), and a
    turned figure's caption and that line are at CAPTION_PT: on A4 and on US Letter (PAPERS)."""
    problems = printed["captions"]   # figures.html and notebooks/02_case_calibration.html on PAPERS
    assert not problems, "\n".join(problems[:20])


def _captions_check() -> str:
    """_PRINT_CAPTIONS_JS as a check, at the build's CAPTION_PT: its problems, and one if no caption is printed."""
    px = f"{bb.CAPTION_PT * 4 / 3:.4f}"
    return (f"const [n, out] = (function () {{ {_PRINT_CAPTIONS_JS % (px, px)} }})();"
            "return n ? out : ['no caption printed'];")

