"""The words a row's English note (or search_source) quotes between single quotes, read so that an apostrophe does not
open or close a quote: notes write "the page's date", "the 纲要's release", "the units' dates" beside their quotes."""
from __future__ import annotations

import re

# A quote opens at a ' that follows no letter, digit or CJK character (so not the apostrophe of "page's" or "纲要's")
# and is followed by a character that is not a blank; it closes at the first ' after it that follows no blank and
# is followed by no letter, digit or CJK character (so not the apostrophe of "page's" inside the quote).
QUOTE = re.compile(r"(?<![^\W_])'(?=\S)(.+?)(?<=\S)'(?![^\W_])", re.DOTALL)


def quoted(text) -> list[str]:
    """The passages `text` quotes, in order; [] for a text without quotes (None and NaN read as empty)."""
    if text is None or text != text:
        return []
    return QUOTE.findall(str(text))
