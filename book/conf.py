"""Sphinx configuration of the compendium's book (`make report`; sources staged by tools/build_book.py).

Sphinx + MyST-NB + the Sphinx Book Theme: executed notebooks are rendered as committed (never re-run),
every asset (theme, fonts, search index) is shipped by the PyPI packages, so the site opens without a
network. Why this tool and not Jupyter Book 2 or Quarto: docs/book-tool-choice.md.
"""

project = "医防融合 research compendium"
author = "the compendium's authors (see CITATION.cff)"
copyright = "the authors; code MIT"
language = "en"

import os as _os  # noqa: E402
import sys as _sys  # noqa: E402

# The API reference (docs/api-reference.md, docs/cli-reference.md) is generated from the code it documents: the
# checkout the book is built from (tools/build_book.py names it in BOOK_SOURCE_ROOT), not whichever copy of
# `analysis` the Python running Sphinx would import; book/_ext holds the extension that reads its docstrings.
_sys.path[:0] = [p for p in (_os.environ.get("BOOK_SOURCE_ROOT"), _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "_ext")) if p]

# book_outputs: a printed output's prose lines wrap on screen, its tables keep their columns (see the module);
# book_chinese: a source line break inside Chinese text is not shown as a space
extensions = ["myst_nb", "sphinx.ext.autodoc", "sphinx.ext.autosummary", "qca_api", "book_outputs", "book_chinese"]
root_doc = "README"  # the repository README is the book's first page
exclude_patterns = ["_build", "**.ipynb_checkpoints"]

# Notebooks: the committed executed copies, as they are.
nb_execution_mode = "off"
nb_merge_streams = True

# MyST: anchors for headings (links like README.md#figure-index), <img> in markdown becomes a real image
# (copied into the site), ::: fences.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "html_image"]

# Text as typed: Sphinx's smart quotes turned the '--flag' of a command line into an en dash ('–dir-exp' in the CLI
# reference, 'pof –expression' in the catalogue of bad inputs) and its quotes into curly ones ("exclude=’csa’"), so
# a command or a call copied from the book's prose failed. The README reads the same on GitHub and here.
smartquotes = False

# The API reference: entries in the order of the source, names without their module (the page says it is
# analysis.qca), type hints in the signatures. pandas, numpy and the standard library's classes named in the
# signatures have no page in this offline book (intersphinx would download their inventories at build time).
autodoc_member_order = "bysource"
add_module_names = False
autosummary_generate = False
# The engine's signatures are annotated in the code, never by '# type:' comments: autodoc need not read each
# function's source again for them (0.5 s of CPU of each build; tests/test_book_pages.py checks there are none).
autodoc_use_type_comments = False
nitpick_ignore_regex = [("py:class", r"(pandas|numpy|collections\.abc|pathlib|datetime)\..*")]

html_theme = "sphinx_book_theme"
html_title = "医防融合 compendium"
html_copy_source = False
html_show_sourcelink = False
# Search results without page excerpts: the excerpts are fetched with fetch(), which a browser refuses for a
# page opened from disk (file://), so the book's search works whether it is served or double-clicked.
html_show_search_summary = False
html_last_updated_fmt = None  # no build date: two builds of the same tree give the same pages
html_theme_options = {
    "home_page_in_toc": True,
    "show_toc_level": 2,
    "use_download_button": False,  # sources are not copied (html_copy_source): the button led to an empty folder
    "use_fullscreen_button": False,
    "show_navbar_depth": 1,
    # the claims ledgers are wide tables: their page gives the right-hand contents column to the table
    "secondary_sidebar_items": {"**": ["page-toc"], "claims": []},
}
html_static_path = ["_static"]
html_css_files = ["book.css"]
html_js_files = ["book.js"]  # printed, a table too wide for the page is set smaller first (see the file)
html_favicon = "favicon.svg"  # a page without an icon makes the browser ask for /favicon.ico
html_extra_path = ["_extra"]  # index.html: a redirect to README.html, the first page
html_context = {"default_mode": "light"}  # without it pydata-sphinx-theme logs a console error on a first visit


# Search in Chinese. Sphinx's English splitter takes a run of Chinese characters between punctuation as one word
# ('一个动手练习'), and the browser's search matches parts of words only for queries of three characters or more, so
# a two-character word (校准, 论文, 组态) was found only where it stood alone. Every two-character piece of a run is
# indexed as well (the usual bigram indexing of CJK text, no dictionary needed): a query of two characters matches a
# piece exactly, a longer one the runs that contain it. English words are split and stemmed as before.
import re as _re  # noqa: E402

from sphinx.search import languages as _search_languages  # noqa: E402
from sphinx.search.en import SearchEnglish as _SearchEnglish  # noqa: E402

_CJK_RUN = _re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


class _SearchEnglishWithChinese(_SearchEnglish):
    # A word's stem once per build: Sphinx keeps the stems of one page only, and stemmed the book's words again on
    # each page (38,915 words stemmed, 0.7 s of CPU); the stems are the same.
    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        self._stems: dict[str, str] = {}

    def stem(self, word: str) -> str:
        stemmed = self._stems.get(word)
        if stemmed is None:
            stemmed = self._stems[word] = super().stem(word)
        return stemmed

    def split(self, input: str) -> list[str]:
        words = super().split(input)
        for run in _CJK_RUN.findall(input):
            if len(run) > 2:
                words += [run[i:i + 2] for i in range(len(run) - 1)]
        return words


_search_languages["en"] = _SearchEnglishWithChinese
