"""A notebook's printed prose wraps on screen; its printed tables keep their columns (a Sphinx extension loaded by
book/conf.py).

A cell's printed output (MyST-NB: a <pre> in div.output.stream, div.output.stderr) keeps every line whole, as a
terminal shows it: on a 1366 px laptop, where the text column holds about 84 characters of code font, notebook 00's
QCAWarning line ran 3,724 px wide and notebook 03's summary lines (English and Chinese) up to 6,700 px, read by
scrolling sideways, one line at a time. Most such lines are prose: a warning, a finding said in a sentence. Some are
a table printed as text (a data frame, a solution's fit table, truth table rows), whose columns a wrapped line would
break apart.

Each line of prose is now set in a span of class book-wrap, which book.css lets wrap within the block, its
continuation indented two columns past the line's own indent (and copied as the one line it is); a line of a table keeps its line and the block its scroll
bar. A line is a table's (column_line) when it has a gap of two spaces or more between words and a line beside it
has one too or is a rule (a line of '-' or '='); a rule is a table's. Every line of an error output (stderr: warnings,
QCAWarning) is prose. The English and the Chinese lines of a bilingual finding are prose alike: the Chinese wraps
between characters.
"""
from __future__ import annotations

import html
import re

#: A gap of two spaces or more between two words: where a printed table's columns meet.
_GAP = re.compile(r"\S {2,}\S")
_WORD = re.compile(r"\w")
_TAG = re.compile(r"<[^>]*>")
#: A printed output's block as Pygments writes it (MyST-NB's output classes; its lexer myst-ansi).
_OUTPUT = re.compile(r'(<div class="output (stream|stderr)\b[^"]*"><div class="highlight"><pre>)(.*?)(</pre>)', re.S)
WRAP_CLASS = "book-wrap"


def _text(line_html: str) -> str:
    return html.unescape(_TAG.sub("", line_html))


def is_rule(text: str) -> bool:
    """A line of a table's rule: characters, none of them a letter or digit ('-----', '=====')."""
    return bool(text.strip()) and not _WORD.search(text)


def column_line(lines: list[str], i: int) -> bool:
    """Whether line `i` of a printed output is a line of a table: a gap of two spaces or more between words, and a
    line beside it with such a gap or a rule; or a rule itself."""
    text = lines[i]
    if is_rule(text):
        return True
    if not _GAP.search(text):
        return False
    beside = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(_GAP.search(b) or is_rule(b) for b in beside)


def wrapped_lines(pre_html: str, error: bool = False) -> str:
    """The inside of an output's <pre> with each line of prose in <span class="book-wrap"> (every line of an error
    output); a line whose markup opens or closes a tag it does not close or open is left as it is."""
    rows = pre_html.split("\n")
    first = ""
    if rows and rows[0].startswith("<span></span>"):   # Pygments' empty first span: not a line's
        first, rows[0] = "<span></span>", rows[0][len("<span></span>"):]
    texts = [_text(r) for r in rows]
    out = []
    for i, (row, text) in enumerate(zip(rows, texts)):
        balanced = row.count("<span") == row.count("</span>") and "<pre" not in row
        if balanced and _WORD.search(text) and (error or not column_line(texts, i)):
            lead = len(text) - len(text.lstrip(" "))   # its continuation indented past the line's own indent
            style = f' style="--book-lead: {lead}"' if lead else ""
            row = f'<span class="{WRAP_CLASS}"{style}>{row}</span>'
        out.append(row)
    return first + "\n".join(out)


def with_wrapped_prose(body: str) -> str:
    """A page's HTML with the prose lines of its printed outputs marked to wrap (wrapped_lines)."""
    return _OUTPUT.sub(lambda m: m[1] + wrapped_lines(m[3], error=m[2] == "stderr") + m[4], body)


def _page_context(app, pagename, templatename, context, doctree):
    if "body" in context:
        context["body"] = with_wrapped_prose(context["body"])


def setup(app):
    app.connect("html-page-context", _page_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
