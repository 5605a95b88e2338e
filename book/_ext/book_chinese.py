"""A line break of the source inside Chinese text is no space in the book (a Sphinx extension loaded by
book/conf.py).

Markdown keeps a paragraph's line breaks in its text, and a browser shows each as a space; CSS Text drops one
between two Chinese characters, but Chromium does not, so a paragraph whose source line broke inside Chinese text
showed a gap in the middle of a word or after a full-width comma (measured: 5 px; 13 in the markdown of notebooks
00, 02, 03 and 04). The line break between two wide characters (Chinese characters, full-width punctuation) is now
dropped from the text the book shows; code and literal blocks keep theirs.
"""
from __future__ import annotations

import re

from docutils import nodes
from sphinx.transforms import SphinxTransform

#: Chinese characters and the CJK and full-width punctuation beside them.
WIDE = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_BREAK = re.compile(f"(?<=[{WIDE}])\n(?=[{WIDE}])")
#: Nodes whose text is shown as written.
_AS_WRITTEN = (nodes.FixedTextElement, nodes.literal, nodes.raw, nodes.comment, nodes.math)


def joined(text: str) -> str:
    """`text` without its line breaks between two wide characters."""
    return _BREAK.sub("", text)


class JoinChineseLines(SphinxTransform):
    """Drops a line break between two wide characters from every text node but those shown as written."""
    default_priority = 700

    def apply(self, **kwargs) -> None:
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            if parent is None or isinstance(parent, _AS_WRITTEN) or "\n" not in text:
                continue
            # MyST gives a soft line break a text node of its own: read it with the characters on either side
            index = next(i for i, child in enumerate(parent.children) if child is text)   # a Text is a str: by identity
            before = parent[index - 1].astext()[-1:] if index > 0 else ""
            after = parent[index + 1].astext()[:1] if index + 1 < len(parent) else ""
            before, after = (c if c.strip() else "" for c in (before, after))
            whole = joined(before + str(text) + after)
            new = whole[len(before):len(whole) - len(after)]
            if new != str(text):   # in its place (Element.replace finds a node by equality: the first '\n')
                parent.children[index] = nodes.Text(new)
                parent.children[index].parent = parent


def setup(app):
    app.add_transform(JoinChineseLines)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
