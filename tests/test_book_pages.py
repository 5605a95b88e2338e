"""The book's generated pages that need no build to check (tools/build_book.py)."""
from __future__ import annotations

import json
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
    # and says its language, as the book's other pages do (WCAG 2.2, 3.1.1 Language of Page; it said none)
    language = re.search(r'^language = "([^"]+)"', conf, re.M).group(1)
    assert re.search(r"<html\b[^>]*\blang=['\"]([^'\"]+)['\"]", book.REDIRECT).group(1) == language


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


def test_each_table_cell_carries_its_columns_name_for_print():
    """Printed, the claims ledgers and any table too wide for the page at 7 pt were shrunk whole (the ledger to 6 pt, the
    benchmark table to 4.5 pt). They are now printed one block per row, each value after its column's name: every
    body cell carries that name (data-label), a pandas table's two header levels joined ('G1 · 2', colspans and the
    index's rowspans followed), and the names over its index column ('reconstruction / 重建数据', whose data these
    are) head the table; pandas' '...' column gets no name. A column name may break after an underscore or a dot
    only (<wbr>): printed, 'condition' was split 'conditi' / 'on'. A table too wide to print whole at 7 pt (by its
    longest words) is marked data-print-records, so that it prints one block per row without JavaScript too; a cell
    holding a number is marked book-number, kept on one line in print. The markup is otherwise left byte for byte."""
    book = load_script("tools/build_book.py")
    pandas = ('<table border="1" class="dataframe">\n<thead>\n'
              '<tr><th>reconstruction / 重建数据</th><th colspan="2" halign="left">G1</th><th>G2</th><th>...</th></tr>\n'
              '<tr><th>path</th><th>1</th><th>2</th><th>1</th><th>...</th></tr>\n</thead>\n<tbody>\n'
              '<tr><th rowspan="2">SYS</th><td>●</td><td></td><td>⊗</td><td>...</td></tr>\n'
              '<tr><td>•</td><td class="x">a &amp; b</td><td>0.500</td><td>...</td></tr>\n</tbody>\n</table>')
    ledger = ('<table class="claims-ledger table">\n<thead>\n<tr><th class="head"><p>claim_id</p></th>'
              '<th class="head"><p>theme.value 0.5</p></th></tr>\n</thead>\n<tbody>\n'
              '<tr class="row-even"><td><p>A1</p></td><td><p>x &lt; y</p></td></tr>\n</tbody>\n</table>')
    page = f"<p>before</p>{pandas}<p>between</p>{ledger}<table><tr><td>no header</td></tr></table>"
    fixed = book.with_print_labels(page)
    assert re.findall(r'<td data-label="([^"]*)"', fixed) == [
        "G1 · 1", "G1 · 2", "G2 · 1", "G1 · 1", "G1 · 2", "G2 · 1", "claim_id", "theme.value 0.5"]
    assert '<table data-records-title="reconstruction / 重建数据 · path" border="1" class="dataframe">' in fixed
    assert '<td data-label="G1 · 2" class="x">a &amp; b</td>' in fixed
    assert "data-records-title" not in fixed.split("<p>between</p>")[1], "a ledger has no header column"
    assert '<th class="head"><p>claim_<wbr>id</p></th>' in fixed and "<p>theme.<wbr>value 0.5</p>" in fixed
    assert "data-print-records" not in fixed, "narrow tables print as tables"
    wide = ("<table><thead><tr>" + "".join(f"<th>n_column_{i}</th>" for i in range(12)) + "</tr></thead><tbody><tr>"
            + "".join("<td>0.000123</td>" for _ in range(12)) + "</tr></tbody></table>")
    assert book.with_print_labels(wide).startswith("<table data-print-records>"), \
        "a table too wide for a page at 7 pt is marked for print without JavaScript"
    # a cell holding a number is marked so (printed on one line, book.css): a real print runs no script to mark it
    assert '<td data-label="G2 · 1" class="book-number">0.500</td>' in fixed and '<th class="book-number">2</th>' in fixed
    assert '<td data-label="claim_id"><p>A1</p></td>' in fixed, "a claim id is no number"
    assert re.sub(r' data-(?:label|records-title)="[^"]*"| class="book-number"', "",
                  fixed).replace("<wbr>", "") == page


def _matrix(cases: int, columns: int, corner: tuple[str, str] = ("reconstruction / 重建数据", "case")) -> str:
    head = ("<thead>\n<tr><th>" + corner[0] + "</th>" + "".join(f"<th>IND{j}</th>" for j in range(columns))
            + "</tr>\n<tr><th>" + corner[1] + "</th>" + "<th></th>" * columns + "</tr>\n</thead>")
    body = "".join(f"<tr><th>R{i:02d}</th>" + "".join(f"<td>{(i * j) % 2}</td>" for j in range(columns)) + "</tr>\n"
                   for i in range(cases))
    return f'<table border="1" class="dataframe">\n{head}\n<tbody>\n{body}</tbody>\n</table>'


def test_a_wide_matrix_is_printed_transposed_not_one_block_per_row():
    """Printed, notebook 02's matrix of 15 cases by 21 indicators (0 and 1) was too wide for the page at 7 pt and was
    set one block per row ('SYS1: 0 SYS2: 1 ...'): the matrix could no longer be read down its columns. A matrix now
    has a copy with rows and columns swapped after it (for print only, book.css), the axis names in pandas' order for
    the transposed frame; without JavaScript a matrix estimated too wide is marked data-print-transposed instead of
    data-print-records. A wide table that is no matrix (words among its values) keeps the block form."""
    book = load_script("tools/build_book.py")
    page = book.with_print_labels(_matrix(15, 21))
    original, copy = book.TABLE.findall(page)
    assert original.startswith("<table ") and "data-print-transposed" in original.split(">")[0]
    assert "data-print-records" not in page.split("book-transposed")[0], "the matrix itself is not printed as blocks"
    assert 'class="book-transposed dataframe"' in copy and "<caption>" in copy
    rows = [[book._cell_text(c.group(3)) for c in book.TABLE_CELL.finditer(r.group(1))]
            for r in book.TABLE_ROW.finditer(copy)]
    assert rows[0] == ["case"] + [f"R{i:02d}" for i in range(15)]
    assert rows[1] == ["reconstruction / 重建数据"] + [""] * 15
    assert len(rows) == 2 + 21 and all(len(r) == 16 for r in rows)
    for j in range(21):
        assert rows[2 + j] == [f"IND{j}"] + [str((i * j) % 2) for i in range(15)], f"column IND{j} is not row {j}"
    assert book.print_width_em(copy) <= book.PRINT_RECORDS_EM, "the transposed copy fits a page at 7 pt"
    words = _matrix(15, 21).replace("<td>1</td>", "<td>agrees</td>")
    assert "book-transposed" not in book.with_print_labels(words)
    assert "data-print-records" in book.with_print_labels(words), "a wide table of words keeps the block form"
    small = book.with_print_labels(_matrix(4, 3))
    assert "book-transposed" not in small, "a table of fewer than eight value columns is left as it is"


def test_the_smallest_figure_text_the_book_plans_for_is_the_plots_smallest():
    """The book shows a figure no narrower than the width at which its smallest text is readable (with_readable_figures,
    from build_book.FIGURE_SMALLEST_PT): a plot drawing smaller text would be unreadable again."""
    book = load_script("tools/build_book.py")
    sizes = [float(s) for path in sorted((ROOT / "analysis" / "plots").glob("*.py"))
             for s in re.findall(r"\b(?:font)?size\s*=\s*([0-9.]+)", path.read_text(encoding="utf-8"))]
    assert sizes and min(sizes) == book.FIGURE_SMALLEST_PT


def _png(path, width: int, height: int, dpi: float | None) -> None:
    from PIL import Image

    Image.new("RGB", (width, height), (0, 114, 178)).save(path, **({"dpi": (dpi, dpi)} if dpi else {}))


def test_a_figure_is_shown_no_narrower_than_its_smallest_text_allows(tmp_path):
    """Shrunk to the text column, the figure index's widest figures (the units heat map, 3785 px at 300 dpi: 908 pt)
    set their 6.5 pt labels at 4.7 px on a laptop. Each figure with a known resolution now carries the width at which
    6.5 pt is 8 px (908 pt -> 1118 px) and sits in a box of its own (that scrolls sideways on a screen, book.css); a
    thumbnail with a width of its own and a PNG without a resolution are left as they are."""
    book = load_script("tools/build_book.py")
    images = tmp_path / "_images"
    images.mkdir()
    _png(images / "wide.png", 3785, 4, 300)
    _png(images / "plain.png", 300, 200, None)
    assert abs(book.png_width_pt(images / "wide.png") - 908.4) < 0.1
    assert book.png_width_pt(images / "plain.png") is None and book.png_width_pt(tmp_path / "missing.png") is None
    from PIL import Image, PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "pHYs" + "\x00\x00\x0b\x13" * 2 + "\x01")  # the word in a text chunk is no resolution
    Image.new("RGB", (30, 2)).save(images / "text.png", pnginfo=text)
    assert book.png_width_pt(images / "text.png") is None
    assert book.readable_width_px(images / "wide.png") == 1119
    page = ('<a href="_images/wide.png"><img alt="A" src="_images/wide.png" style="width: 100%;" /></a>'
            '<img src="_images/wide.png" width="220">'
            '<img src="_images/plain.png" style="width: 100%;">')
    fixed = book.with_readable_figures(page, tmp_path / "figures.html")
    # the link inside the box: focused, the arrow keys scroll the box (test_a_wide_figures_box_holds_its_link)
    assert fixed.startswith('<span class="book-figure-scroll" style="--book-print-width: '
                            '908.4pt"><span class="book-scroll-cue" '
                            'id="book-scroll-cue-1" aria-hidden="true" style="--book-readable-width: 1119px">' + book.SCROLL_CUE + '</span>'
                            '<a href="_images/wide.png">'
                            '<img alt="A" src="_images/wide.png" style="width: 100%; --book-readable-width: 1119px" '
                            'class="book-readable" /></a></span>')
    assert fixed.endswith('<img src="_images/wide.png" width="220"><img src="_images/plain.png" style="width: 100%;">')
    assert book.with_readable_figures(fixed, tmp_path / "figures.html") == fixed
    nested = tmp_path / "notebooks"
    nested.mkdir()
    assert "1119px" in book.with_readable_figures('<img src="../_images/wide.png">', nested / "01.html")


def test_each_chinese_passage_is_marked_as_chinese_for_a_screen_reader():
    """The pages are lang="en" and no Chinese passage said otherwise (WCAG 2.2, 3.1.2 Language of Parts): a screen
    reader read 论断核对表 with its English voice. Each Chinese passage is now a span lang="zh-Hans"; a code or name
    inside a Chinese sentence stays in it, English words between Chinese names do not; scripts, the <title>,
    attribute values and text already marked Chinese are left as they are."""
    book = load_script("tools/build_book.py")
    zh = '<span lang="zh-Hans">{}</span>'.format
    mark = book.with_language_of_parts
    assert mark("<p>本项目QCA引擎与R QCA 3.25及SetMethods 4.0的一致性：各项。</p>") == \
        "<p>" + zh("本项目QCA引擎与R QCA 3.25及SetMethods 4.0的一致性：各项。") + "</p>"
    assert mark("<h2>Part C · Claims ledger · 论断核对表<a>#</a></h2>") == \
        "<h2>Part C · Claims ledger · " + zh("论断核对表") + "<a>#</a></h2>"
    assert mark("<td>浙江省肿瘤医院 and 浙江省疾控中心 signed in 杭州</td>") == \
        f"<td>{zh('浙江省肿瘤医院')} and {zh('浙江省疾控中心')} signed in {zh('杭州')}</td>"
    assert mark('<span class="s2">"for ~SURV / 与 ~SURV 的必要性一致:"</span>') == \
        f'<span class="s2">"for ~SURV / {zh("与 ~SURV 的必要性一致")}:"</span>'
    untouched = ('<head><title>医防融合 compendium</title><script>var a = "中文 > b";</script></head>'
                 '<img alt="图 > 表" title="重建数据"><p lang="zh-CN">已标记<b>粗体</b>文字</p><p>English only</p>')
    assert mark(untouched) == untouched
    # a <p> closed by the next one (no end tag) leaves no element open as Chinese
    assert mark('<div lang="zh"><p>甲<p>乙</div><p>丙</p>') == f'<div lang="zh"><p>甲<p>乙</div><p>{zh("丙")}</p>'


def test_a_notebook_whose_parts_are_headed_at_level_1_gets_one_title_in_the_book():
    """Notebook 01 heads its parts at level 1 ('# Part A · The title layer', ...): its page had seven h1, and a
    screen reader's list of headings showed each part as a page's title. In the book's copy every heading after the
    first level-1 heading is one level lower (at most 6); lines in fenced code are not headings; a notebook with one
    level-1 heading is left as it is."""
    book = load_script("tools/build_book.py")

    def nb(*sources):
        return {"cells": [{"cell_type": "markdown", "metadata": {}, "source": s} for s in sources]
                + [{"cell_type": "code", "metadata": {}, "source": "# a comment\n", "outputs": []}]}

    staged = book.notebook_with_one_title(nb(["## before\n", "# 01 · Title\n", "text\n", "## Section\n"],
                                             "# Part A · 标题层\n## A.1\n```python\n# code\n```\n###### deep",
                                             ["   # Part B\n", "~~~\n", "# kept\n", "~~~\n"]))
    assert [c["source"] for c in staged["cells"]] == [
        ["## before\n", "# 01 · Title\n", "text\n", "### Section\n"],
        "## Part A · 标题层\n### A.1\n```python\n# code\n```\n###### deep",
        ["   ## Part B\n", "~~~\n", "# kept\n", "~~~\n"],
        "# a comment\n"]
    single = nb("# Title\n## Section\n", "```\n# not a heading\n```\n")
    assert book.notebook_with_one_title(json.loads(json.dumps(single))) == single


def test_a_button_is_named_by_the_text_it_shows():
    """The theme's search box shows 'Search Ctrl+K' and was named 'Search' (aria-label): a reader using speech input
    who says what they see was not understood (WCAG 2.2, 2.5.3 Label in Name; axe-core's label-content-name-mismatch).
    Such a button is now named by its text; an icon button, or one whose name holds its text, is left as it is."""
    book = load_script("tools/build_book.py")
    box = ('<button class="btn search-button-field" title="Search" aria-label="Search" data-x="1">\n'
           ' <i class="fa-solid fa-magnifying-glass"></i>\n <span>Search</span>\n'
           ' <span><kbd>Ctrl</kbd>+<kbd>K</kbd></span>\n</button>')
    icon = '<button class="btn search-button" title="Search" aria-label="Search"><i class="fa-solid"></i></button>'
    kept = '<button aria-label="Open the search (Ctrl+K)">Search</button><button>Plain</button>'
    fixed = book.with_buttons_named_as_shown(box + icon + kept)
    assert fixed == box.replace('aria-label="Search"', 'aria-label="Search Ctrl+K"') + icon + kept


def test_each_table_header_cell_says_what_it_heads():
    """A pandas table heads its rows with th cells in the body (the index, some spanning rows) under one to three
    header rows; no header cell said whether it heads a column or a row, so a screen reader guessed. Each now has a
    scope: col (colgroup when spanning columns) in the head or a row of header cells only, row (rowgroup when
    spanning rows) in a body row; a scope already given is kept."""
    book = load_script("tools/build_book.py")
    table = ('<table><thead><tr style="text-align: right;"><th>case</th><th colspan="2">G</th></tr>'
             '<tr><th>SER</th><th></th><th scope="col">k</th></tr></thead>'
             '<tbody><tr><th rowspan="2">A</th><th>a</th><td>1</td></tr><tr><th>b</th><td>2</td></tr></tbody></table>'
             '<table><tr><th>h1</th><th>h2</th></tr><tr><td>1</td><td>2</td></tr></table>')
    assert book.with_header_scopes(table) == (
        '<table><thead><tr style="text-align: right;"><th scope="col">case</th><th colspan="2" scope="colgroup">G</th>'
        '</tr><tr><th scope="col">SER</th><th scope="col"></th><th scope="col">k</th></tr></thead>'
        '<tbody><tr><th rowspan="2" scope="rowgroup">A</th><th scope="row">a</th><td>1</td></tr>'
        '<tr><th scope="row">b</th><td>2</td></tr></tbody></table>'
        '<table><tr><th scope="col">h1</th><th scope="col">h2</th></tr><tr><td>1</td><td>2</td></tr></table>')


def test_an_empty_table_header_cell_becomes_a_plain_cell():
    """pandas heads its index column with a blank corner cell, and its row naming the index leaves a blank header cell
    under each column: header cells with no text, which a screen reader announced as headers of nothing and axe
    reported (empty-table-header). Each is now a td (class book-empty-header, drawn as before); a header cell with
    text, an image or a name of its own is kept, and a table's other cells are untouched."""
    book = load_script("tools/build_book.py")
    table = ('<table class="dataframe"><thead><tr style="text-align: right;"><th></th><th>kind</th><th>n</th></tr>'
             '<tr><th>doc_id</th><th>  </th><th class="blank">&nbsp;</th></tr></thead>'
             '<tbody><tr><th>D1</th><td>a</td><td></td></tr></tbody></table>')
    fixed = book.with_empty_headers_as_cells(table)
    assert fixed == ('<table class="dataframe"><thead><tr style="text-align: right;"><td class="book-empty-header">'
                     '</td><th>kind</th><th>n</th></tr><tr><th>doc_id</th><td class="book-empty-header">  </td>'
                     '<td class="blank book-empty-header">&nbsp;</td></tr></thead>'
                     '<tbody><tr><th>D1</th><td>a</td><td></td></tr></tbody></table>'), fixed
    kept = ('<table><tr><th aria-label="case"></th><th title="t"></th><th><img alt="x" src="x.png"></th>'
            '<th><span>k</span></th></tr></table>')
    assert book.with_empty_headers_as_cells(kept) == kept
    assert book.with_empty_headers_as_cells("<p><th></th></p>") == "<p><th></th></p>"   # outside a table: left
    # after the header scopes (as the build runs it): the plain cell has no scope, the headers keep theirs
    scoped = book.with_header_scopes(book.with_empty_headers_as_cells(table))
    assert '<td class="book-empty-header"></td><th scope="col">kind</th>' in scoped, scoped


# ---------------------------------------------------------------- the API and command-line references
_DIRECTIVE = re.compile(r"^\.\. auto(function|class):: (\S+)$", re.M)


def _api_page() -> str:
    return (ROOT / "docs" / "api-reference.md").read_text(encoding="utf-8")


def test_the_api_reference_documents_every_public_name_once_under_its_step():
    """The book had no API reference: a researcher running the engine on their own data could not look up minimize,
    truth_table, pof, ... in it. docs/api-reference.md now has an autodoc entry for every name of analysis.qca.__all__
    and for the result classes its functions return without exporting them (NecessityResult, ...), each once, in
    the autosummary table of its group, and the groups are the steps of a QCA."""
    import analysis.qca as qca

    api = load_script("book/_ext/qca_api.py")
    page = _api_page()
    documented = [target for _, target in _DIRECTIVE.findall(page)]
    expected = [f"analysis.qca.{name}" for name in qca.__all__] + list(api.RESULT_CLASSES.values())
    assert sorted(documented) == sorted(expected), (
        f"not in docs/api-reference.md: {sorted(set(expected) - set(documented))}; there but not public: "
        f"{sorted(set(documented) - set(expected))} (each public name has an autofunction or autoclass entry, and a "
        "line in the autosummary table, under the group of the step it serves)")
    assert len(documented) == len(set(documented)), "a name documented twice"
    groups = re.split(r"^## ", page, flags=re.M)[1:]
    titles = [g.splitlines()[0] for g in groups]
    assert titles[:8] == ["Data and calibration", "Truth table, remainders and ESA", "Minimisation and solutions",
                          "Parameters of fit and set expressions", "Necessity", "Case diagnostics",
                          "Robustness and sensitivity", "Errors and warnings"], titles
    for group in groups:
        entries = [t.split(".")[-1] for _, t in _DIRECTIVE.findall(group)]
        table = group.split(".. autosummary::", 1)[-1].split("\n\n.. ", 1)[0] if entries else ""
        assert [n.split(".")[-1] for n in re.findall(r"^   ~?([^:\s]\S*)$", table, re.M)] == entries, group.splitlines()[0]
    for module in api.MODULE_NOTES:   # the notes 'see the module docstring' links to
        assert f"(qca-module-{module.rsplit('.', 1)[1]})=" in page and f".. automodule:: {module}" in page


def test_the_cli_reference_is_every_commands_help_at_a_fixed_width(monkeypatch):
    """The command-line reference is written when the book is built from the CLI's own parser, the program's --help
    and then each sub-command's, every sub-command listed; at CLI_WIDTH columns whatever the terminal (argparse wraps
    at $COLUMNS: two builds in two terminals gave two books). What argparse keeps whole (a long word, a usage line's
    option with its value, '[--max-intermediate-pairs MAX_INTERMEDIATE_PAIRS]') may be longer: book.css wraps it."""
    from analysis.qca.cli import _commands, build_parser

    api = load_script("book/_ext/qca_api.py")
    monkeypatch.delenv("COLUMNS", raising=False)
    helps = api.cli_helps()
    assert [c for c, _, _ in helps] == ["", *_commands(build_parser())], "every sub-command, in the parser's order"
    assert all(text.startswith("usage: python -m analysis.qca") for _, _, text in helps)
    long = [line for _, _, text in helps for line in text.splitlines() if len(line) > api.CLI_WIDTH]
    assert [line for line in long if " " in line.strip() and not re.fullmatch(r" *\[[^][]+\]", line)] == [], \
        "wrapped at the fixed width (a single long word or usage option cannot wrap)"
    assert dict((c, s) for c, s, _ in helps)["minimize"].startswith("minimise the truth table")
    monkeypatch.setenv("COLUMNS", "40")
    assert api.cli_helps() == helps, "the terminal's width changed the reference"
    import os
    assert os.environ["COLUMNS"] == "40", "the caller's COLUMNS is given back"
    page = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    assert "```{qca-cli}" in page
    assert f"of {api.CLI_WIDTH} columns" in " ".join(page.split()), "the page says the width its help is wrapped at"


def _rst_problems(rst: str) -> list[str]:
    """docutils' warnings and errors on `rst`, Sphinx's :py:obj: and :ref: roles read as code."""
    import io

    from docutils import nodes
    from docutils.core import publish_doctree
    from docutils.parsers.rst import roles

    def code(name, rawtext, text, lineno, inliner, options=None, content=None):
        return [nodes.literal(rawtext, text)], []

    roles.register_local_role("py:obj", code)
    roles.register_local_role("ref", code)
    tree = publish_doctree(rst, settings_overrides={"report_level": 5, "halt_level": 5, "warning_stream": io.StringIO()})
    return [m.astext() for m in tree.findall(nodes.system_message) if m["level"] >= 2]


def _rst_text(rst: str) -> str:
    """The text docutils reads from `rst` (roles as code, as _rst_problems reads them)."""
    from docutils.core import publish_doctree

    _rst_problems("")   # registers the roles
    return publish_doctree(rst, settings_overrides={"report_level": 5}).astext()


def _public_docstrings() -> dict[str, tuple[object, str]]:
    import importlib
    import inspect

    import analysis.qca as qca

    api = load_script("book/_ext/qca_api.py")
    objects = {name: getattr(qca, name) for name in qca.__all__}
    for short, path in api.RESULT_CLASSES.items():
        module, _, attr = path.rpartition(".")
        objects[short] = getattr(importlib.import_module(module), attr)
    for name, obj in list(objects.items()):
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for member, value in vars(obj).items():
                func = value.fget if isinstance(value, property) else value
                if not member.startswith("_") and callable(func):
                    objects[f"{name}.{member}"] = func
    for module in api.MODULE_NOTES:
        objects[module] = importlib.import_module(module)
    return {name: (obj, inspect.getdoc(obj) or "") for name, obj in objects.items()}


def test_every_public_docstring_reads_as_restructuredtext_without_a_warning():
    """The docstrings are plain text written for help(): read by autodoc as reStructuredText, minimize's table of
    budgets became a definition list ('Unexpected indentation'), necessity_pairs' |X1 − X2| a substitution,
    case_typology's TT_row a link target, and the book's build (warnings are errors) failed. Each is now turned into
    reStructuredText that docutils reads without a warning (book/_ext/qca_api.py, rst_from_plain)."""
    api = load_script("book/_ext/qca_api.py")
    targets = {"minimize": "analysis.qca.minimize", "Solution.to_frame": "analysis.qca.Solution.to_frame"}
    rst = {name: "\n".join(api.rst_from_plain(doc.splitlines(), targets, api._params(obj) if callable(obj) else ()))
           for name, (obj, doc) in _public_docstrings().items() if doc}
    # read all at once, each a section of its own (one parse, not 130); only if docutils complains, each alone
    together = "\n\n".join(f"{name}\n{'=' * len(name)}\n\n{text}\n" for name, text in rst.items())
    if _rst_problems(together):
        problems = {name: found[:2] for name, text in rst.items() if (found := _rst_problems(text))}
        assert not problems, problems or _rst_problems(together)
    assert _rst_problems("a table:\n  x   one\n  yy  two\nTT_row |X1 − X2|"), "the check sees docutils' complaints"


def test_every_docstrings_indented_block_fits_a_laptops_text_column():
    """An indented block of a docstring is a literal block in the API reference, kept as typed, and four were wider
    than the text column of a 1366 px laptop (about 84 columns of code font; less in an entry's indent): minimize's
    budgets (110 columns), necessity_pairs' formulas (108), the calibrate module's types (102) and the measures
    module's formulas (95) scrolled sideways by 90 to 248 px. They are rewrapped, text only, to the CLI reference's
    CLI_WIDTH (80) columns: no line of a literal block the reference shows is longer, but for a Python comment
    after code (book.css wraps a comment; tests/test_report_screen.py checks the page in a browser)."""
    from docutils import nodes
    from docutils.core import publish_doctree

    api = load_script("book/_ext/qca_api.py")
    _rst_problems("")   # registers the roles
    rst = "\n\n".join(f"{name}\n{'=' * len(name)}\n\n" + "\n".join(api.rst_from_plain(doc.splitlines(), {})) + "\n"
                      for name, (_, doc) in _public_docstrings().items() if doc)
    blocks = [b.astext() for b in publish_doctree(rst, settings_overrides={"report_level": 5}).findall(nodes.literal_block)]
    assert len(blocks) >= 5 and any(line.lstrip().startswith("max_models") for b in blocks for line in b.splitlines())
    wide = [line for b in blocks for line in b.splitlines() if len(re.sub(r"\s+# .*$", "", line)) > api.CLI_WIDTH]
    assert not wide, "\n".join(wide)


def test_a_plain_docstring_shows_in_the_book_as_help_shows_it():
    """What rst_from_plain makes of the docstrings' conventions: an indented block is a literal block, as typed; a
    '- ' list a list; `name` code, or a link where the reference documents the name; a parameter named at the start
    of a sentence code; quotes, '--flag' and '...' as typed (Sphinx's smart quotes made '1,C' ‘1,C’ and --jobs
    –jobs), and reStructuredText's own characters (|, *, _) as text."""
    api = load_script("book/_ext/qca_api.py")
    targets = {"truth_table": "analysis.qca.truth_table"}
    lines = ["Fit of `expression`; see `truth_table()`.", "incl_cut: a cut-off, e.g. '1,C' or --max-work ...;",
             "Budgets:", "  max_work   steps", "  max_models models", "A list:", "- 'a' |X - Y|", "  more of a",
             "After TT_row, A*B*C, *crisp*."]
    rst = api.rst_from_plain(lines, targets, ("incl_cut", "expression"))
    assert rst == [
        "Fit of ``expression``; see :py:obj:`truth_table() <analysis.qca.truth_table>`.",
        r"``incl_cut``: a cut-off, e.g. \'1,C\' or -\-max-work .\.\.;",
        "Budgets:", "", "::", "", "  max_work   steps", "  max_models models",
        "", "A list:", "", r"- \'a\' \|X - Y\|", "  more of a",
        "", r"After TT\_row, A\*B\*C, *crisp*."]
    assert not _rst_problems("\n".join(rst))
    assert api.inline("the `Y`s and x`Y`", {}) == r"the ``Y``\ s and x\ ``Y``"
    # a paragraph opening with a link (focal_condition_pairs: '`smmr_pairs` per focal conjunct ...') was read as a
    # field list and its link escaped: the book showed ':py:obj:smmr_pairs <analysis.qca.smmr_pairs> per ...'
    opening = api.rst_from_plain(["`truth_table` first, then", "more"], targets)
    assert opening == [r"\ :py:obj:`truth_table <analysis.qca.truth_table>` first, then", "more"]
    assert _rst_problems("\n".join(opening)) == [] and "py:obj" not in _rst_text("\n".join(opening))
    assert api.rst_from_plain(["1. a year", ":x: y"], {}) == [r"\1. a year", ":x: y"]


def test_the_reference_shows_no_constructor_of_a_result_class_and_no_former_name():
    """A result class's entry showed its dataclass constructor as raw text (TruthTable(data: ~analysis.qca.data.QCAData,
    ..., notes: list[str] = <factory>, ...)), which no one calls; and the former name of NecessityResult.constant,
    which only raises an AttributeError saying it is now `constant`, had an entry of its own. Classes show no signature (errors
    keep theirs), and a former name is left out."""
    from importlib import import_module

    import analysis.qca as qca

    api = load_script("book/_ext/qca_api.py")
    assert api.class_signature(None, "class", "analysis.qca.TruthTable", qca.TruthTable, {}, "(data, ...)", None) == ("", None)
    assert api.class_signature(None, "class", "analysis.qca.QCAInputError", qca.QCAInputError, {}, "(*args)", None) is None
    assert api.class_signature(None, "function", "analysis.qca.minimize", qca.minimize, {}, "(tt)", None) is None
    result = getattr(import_module("analysis.qca.necessity"), "NecessityResult")
    assert api.skip_renamed(None, "class", "trivial", vars(result)["trivial"], False, {}) is True
    assert api.skip_renamed(None, "class", "conditions", vars(qca.TruthTable)["conditions"], False, {}) is None


def test_the_book_lists_the_references_under_a_caption_of_their_own():
    book = load_script("tools/build_book.py")
    toc = book.contents(["notebooks/01.ipynb"], {"docs/api-reference.md", "docs/cli-reference.md", "docs/b.md"})
    assert ":caption: API reference\n\ndocs/api-reference.md\ndocs/cli-reference.md\n```" in toc
    assert ":caption: Notes\n\ndocs/b.md\n```" in toc
    toc = book.contents([], {"docs/api-reference.md", "docs/cli-reference.md", "docs/r-to-engine.md", "docs/b.md"})
    assert ":caption: API reference\n\ndocs/api-reference.md\ndocs/cli-reference.md\ndocs/r-to-engine.md\n```" in toc


def test_the_engines_guide_leads_the_references():
    """README's engine section in full ('What the engine does', 'Beyond R QCA': some 560 lines) became a page of its
    own, docs/engine-guide.md: the sidebar lists it first under the references' caption, where a reader of the API
    reference finds it, not among the notes."""
    book = load_script("tools/build_book.py")
    toc = book.contents([], {"docs/engine-guide.md", "docs/api-reference.md", "docs/cli-reference.md", "docs/b.md"})
    assert ":caption: API reference\n\ndocs/engine-guide.md\ndocs/api-reference.md\ndocs/cli-reference.md\n```" in toc
    assert ":caption: Notes\n\ndocs/b.md\n```" in toc
    assert "](docs/engine-guide.md#" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_workshops_page_is_listed_with_the_workshops_notebooks():
    """README's workshop "Running it" (the settings, the messages, the timing: some 600 lines) became a page of its
    own, docs/workshop.md: the sidebar lists it under the workshop's caption, after its notebooks, not among the
    notes, where a teacher would not look for the workshop's timing."""
    book = load_script("tools/build_book.py")
    toc = book.contents(["notebooks/workshop/w.ipynb"], {"docs/workshop.md", "docs/b.md"})
    assert ":caption: Workshop\n\nnotebooks/workshop/w.ipynb\ndocs/workshop.md\n```" in toc
    assert ":caption: Notes\n\ndocs/b.md\n```" in toc
    assert (ROOT / "docs" / "workshop.md").is_file() and "](docs/workshop.md" in (ROOT / "README.md").read_text("utf-8")


def test_the_sidebar_is_a_landmark_holding_the_books_title():
    """axe-core (region): the sidebar's brand block, the book's title linking to its first page, and the search box
    sat outside every landmark. The sidebar is now one (complementary, named); a page already giving it a role, or
    without it, is left as it is."""
    book = load_script("tools/build_book.py")
    page = ('<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar"><a class="navbar-brand logo" '
            'href="#">T</a><nav class="bd-links" aria-label="Main"></nav></div>')
    fixed = book.with_sidebar_landmark(page)
    assert fixed.startswith('<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar" role="complementary" '
                            f'aria-label="{book.SIDEBAR_LABEL}"><a class="navbar-brand logo"')
    assert book.with_sidebar_landmark(fixed) == fixed and book.with_sidebar_landmark("<p>x</p>") == "<p>x</p>"


def test_the_workshops_figure_has_alt_text_saying_what_it_shows():
    """The workshop's one figure (step 2: DEV's fuzzy calibration against R QCA's LF) had as alt text, in the book and
    its participants' edition, "Figure drawn in the notebook 'QCA 工作坊 / QCA workshop: ...', section 'Step 2: ...'",
    which tells a screen reader where the figure is, not what it shows. Its cell now gives its own alt text (MyST-NB's
    cell metadata, which the book keeps): the axes, both series and the crossover line, in English and in Chinese."""
    book = load_script("tools/build_book.py")
    for name in ("qca_workshop", "qca_workshop_solutions"):
        nb = json.loads((ROOT / "notebooks" / "executed" / "workshop" / f"{name}.ipynb").read_text(encoding="utf-8"))
        nb = book.notebook_with_alt_texts(nb, book.figure_alt_texts(ROOT))
        alts = [c["metadata"]["mystnb"]["image"]["alt"] for c in nb["cells"]
                if any("image/png" in o.get("data", {}) for o in c.get("outputs", []))]
        assert len(alts) == 1, (name, alts)
        for said in ("QCA workshop", "Step 2", "GDP per capita", "350, 550 and 850", "LF", "0.5", "隶属度"):
            assert said in alts[0], (name, said, alts[0])


def test_each_table_of_paper_a_that_notebook_04_shows_says_whose_cases_it_holds():
    """Notebooks 02 and 03 show every table of Paper A's cases through cases.source_label ('reconstruction / 重建数据'
    in its top-left corner), but notebook 04 showed the configuration chart's table (12 model groups of the
    reconstruction) bare under its figure: read on the book's page of notebook 04 it did not say it was no data of
    the paper. Every display() in a cell of notebook 04 drawing a Paper A figure goes through source_label now, and
    on the reconstruction each of those cells' tables carries the label."""
    import ast

    from analysis.paper_a.cases import SOURCE_LABELS

    cells = json.loads((ROOT / "notebooks" / "04_figures.ipynb").read_text(encoding="utf-8"))["cells"]
    paper_a = ["".join(c["source"]) for c in cells if c["cell_type"] == "code" and '"paperA_' in "".join(c["source"])]
    shown = [ast.unparse(node.args[0]) for source in paper_a for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "display"]
    assert shown and all(s.startswith("C.source_label(") for s in shown), shown
    source = json.loads((ROOT / "data" / "derived" / "paperA" / "calibration.json").read_text(encoding="utf-8"))
    if source["data_source"] in SOURCE_LABELS:
        executed = json.loads((ROOT / "notebooks" / "executed" / "04_figures.ipynb").read_text(encoding="utf-8"))
        tables = ["".join(o["data"]["text/html"]) for c in executed["cells"] if c["cell_type"] == "code"
                  and '"paperA_' in "".join(c["source"]) for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
        assert tables and all(SOURCE_LABELS[source["data_source"]] in t for t in tables)


def test_the_sidebar_lists_its_parts_in_the_order_of_the_readme():
    """The sidebar put the workshop second, between the papers' notebooks and their results, while the README (the
    book's first page) introduces the notebooks, the figure index, the QCA engine and its references, and the workshop
    last: a reader following the README went back and forth in the sidebar, and the book's 'next' button went from
    notebook 04 to the workshop. The sidebar's captions now follow the README's sections (each caption paired with
    the section introducing what it lists, build_book.SIDEBAR_AFTER_README)."""
    book = load_script("tools/build_book.py")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    in_readme = sorted(book.SIDEBAR_AFTER_README, key=lambda caption: readme.index("\n" + book.SIDEBAR_AFTER_README[caption]))
    toc = book.contents(["notebooks/01.ipynb", "notebooks/workshop/w.ipynb"],
                        {"docs/api-reference.md", "docs/cli-reference.md", "docs/b.md"})
    captions = re.findall(r"^:caption: (.+)$", toc, re.M)
    assert [c for c in captions if c in book.SIDEBAR_AFTER_README] == in_readme, captions
    assert set(captions) - set(book.SIDEBAR_AFTER_README) == {"Notes"} and captions[-1] == "Notes"


def test_a_claims_ledger_of_reconstructed_cases_says_so_in_its_caption(tmp_path):
    """The book's claims page captioned Paper A's ledger 'Paper A: claims ledger · 论断核对表' alone: a reader of the
    table (or of a screen reader's list of tables) learnt that its rows were checked on the reconstruction only from
    its last column, data_source, a screen or more to the right of the first claim. The caption now names the source
    as the notebooks' tables do in their corner (cases.SOURCE_LABELS); the paper's own data keeps the plain caption.
    Paper B's ledger (no such column) names the compendium's rebuilt corpus, whatever Paper A's data."""
    from analysis.paper_a.cases import SOURCE_LABELS

    book = load_script("tools/build_book.py")
    head = "paper,claim_id,claim_en,expected,computed,agrees,evidence,note"
    for source, label in [("reconstruction", SOURCE_LABELS["reconstruction"]), ("mixed", SOURCE_LABELS["mixed"]),
                          ("original", None), (None, None)]:
        for paper, rel in book.LEDGERS:
            path = tmp_path / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            rows = [f"{paper[-1]},{paper[-1]}1,a claim,4,4,true,by construction,n"]
            text = (head + ",data_source\n" + "".join(r + f",{source}\n" for r in rows)) if source and paper == "Paper A" \
                else head + "\n" + "".join(r + "\n" for r in rows)
            path.write_text(text, encoding="utf-8")
        captions = re.findall(r"^```\{csv-table\} (.*)$", book.claims_page(tmp_path), re.M)
        expected_a = "Paper A: claims ledger · 论断核对表" + (f" ({label})" if label else "")
        assert captions == [expected_a, f"Paper B: claims ledger · 论断核对表 ({book.PB_LEDGER_LABEL})"], (source, captions)


def test_a_page_named_in_code_links_to_its_page_in_the_book():
    """The workshop named notebook 03 seven times, and the catalogue of bad inputs its notebooks, in code alone
    ('notebooks/03_qca.ipynb'): a reader of the book, without the repository, could not follow them. A code-font
    repository path of a page the book has now links to it, relative to the page; a path of no page (a CSV, a page
    this edition leaves out), text already in a link, a code block, a heading and the page itself are left alone."""
    book = load_script("tools/build_book.py")
    code = '<code class="docutils literal notranslate"><span class="pre">{}</span></code>'
    pages = {"README.html", "notebooks/03_qca.html", "notebooks/workshop/qca_workshop.html", "data/README.html"}
    page = (f"<p>See {code.format('notebooks/03_qca.ipynb')} and {code.format('data/README.md')}, "
            f"{code.format('notebooks/workshop/qca_workshop_solutions.ipynb')}, {code.format('data/raw/x.csv')}, "
            f"{code.format('notebooks/workshop/qca_workshop.ipynb')}.</p>"
            f'<a href="x.html">{code.format("README.md")}</a><pre>{code.format("README.md")}</pre>'
            f"<h2>{code.format('README.md')}</h2>")
    fixed = book.with_page_links(page, "notebooks/workshop/qca_workshop.html", pages)
    assert re.findall(r'<a class="reference internal" href="([^"]+)"><code', fixed) == [
        "../03_qca.html", "../../data/README.html"]
    assert fixed.count("<a ") == 3 and fixed.endswith(page[page.index('<a href="x.html">'):])
    assert book.with_page_links(page, "README.html", pages).count('href="notebooks/03_qca.html"') == 1
    assert book.page_of("docs/r-to-engine.md") == "docs/r-to-engine.html" and book.page_of("data/raw/a.csv") is None


def test_a_printed_outputs_prose_lines_are_marked_to_wrap_and_its_tables_are_not():
    """A cell's printed output kept every line whole on screen (notebook 00's QCAWarning 3,724 px wide at 1366 px):
    book/_ext/book_outputs.py marks each line of prose to wrap (book.css, book-wrap), its continuation indented past
    the line's own indent, and leaves a printed table's lines (a gap of two spaces between words, with a line beside
    it so or a rule) as they are; every line of a warning (stderr) is prose. The page in the browser:
    tests/test_report_screen.py."""
    outputs = load_script("book/_ext/book_outputs.py")
    stdout = ("<span></span>skewed sets (reconstruction): none\n"
              "          inclN    RoN   covN\n"
              "1  ~DEV  0.285  0.587  0.274\n"
              "-----------------------------\n"
              "2  DEV   0.831  0.811  0.775\n"
              "\n"
              "  candidate ~SYS + ~SER: inclN 1.000  |  RoN 0.500\n"
              "<span class=\"-Color -Color-Red\">note &amp; more</span>\n"
              "<span class=\"-Color\">opened here\n"
              "and closed</span> here\n")
    page = ('<div class="output stream highlight-myst-ansi notranslate"><div class="highlight"><pre>'
            + stdout + '</pre></div>\n</div><div class="output stderr highlight-myst-ansi notranslate">'
            '<div class="highlight"><pre><span></span>QCAWarning: one  two\n  three  four\n</pre></div>\n</div>'
            '<div class="cell_input"><div class="highlight"><pre><span></span>x = 1\n</pre></div></div>')
    marked = outputs.with_wrapped_prose(page)
    wrapped = re.findall(r'<span class="book-wrap"(?: style="--book-lead: (\d+)")?>(.*?)</span>(?=\n)', marked)
    assert wrapped == [("", "skewed sets (reconstruction): none"),
                       ("2", "  candidate ~SYS + ~SER: inclN 1.000  |  RoN 0.500"),
                       ("", '<span class="-Color -Color-Red">note &amp; more</span>'),
                       ("", "QCAWarning: one  two"), ("2", "  three  four")], wrapped
    # the text is the text as printed (copied, each line is one line), the code cell untouched
    assert re.sub(r'<span class="book-wrap"[^>]*>|</span>|<span[^>]*>', "", marked) == \
        re.sub(r"</span>|<span[^>]*>", "", page)
    assert '<div class="cell_input"><div class="highlight"><pre><span></span>x = 1\n</pre>' in marked


def test_the_engine_has_no_type_comments():
    """book/conf.py turns autodoc's reading of '# type:' comments off (autodoc_use_type_comments: it read each
    function's source again for them): the engine's signatures are annotated in the code, and with such a comment
    in it the API reference would show a signature other than the code's."""
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "analysis" / "qca").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"#\s*type:(?!\s*ignore\b)", line)]
    assert not found, f"'# type:' comments: {found}; annotate the signature instead"
    conf = (ROOT / "book" / "conf.py").read_text(encoding="utf-8")
    assert re.search(r"^autodoc_use_type_comments = False$", conf, re.M)


def test_the_books_search_stems_each_word_once_per_build(monkeypatch):
    """Sphinx's search index kept the stems of one page only and stemmed the book's words again on each page;
    book/conf.py's search language keeps them for the build: the same stems, each word stemmed once."""
    import runpy
    import sys

    from sphinx import search
    from sphinx.search.en import SearchEnglish

    monkeypatch.setattr(sys, "path", list(sys.path))             # conf.py adds book/_ext to it
    monkeypatch.setitem(search.languages, "en", search.languages["en"])   # and sets its own language
    lang = runpy.run_path(str(ROOT / "book" / "conf.py"))["_SearchEnglishWithChinese"]({})
    words = ["Calibrated", "calibration", "minimising", "analyses", "configurations", "runs"]
    stemmed = []
    monkeypatch.setattr(lang.stemmer, "stemWord", lambda w, s=lang.stemmer.stemWord: stemmed.append(w) or s(w))
    assert [lang.stem(w) for w in words + words] == [SearchEnglish({}).stem(w) for w in words + words]
    assert stemmed == [w.lower() for w in words], "a word stemmed twice"
