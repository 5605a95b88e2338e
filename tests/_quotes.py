"""The words a row's English note (or search_source) quotes between single quotes, read so that an apostrophe does not
open or close a quote: notes write "the page's date", "the 纲要's release", "the units' dates" beside their quotes.
The finder is the corpus loader's (analysis.paper_b.corpus.quoted), which reads the days a row's quotes state."""
from __future__ import annotations

from analysis.paper_b.corpus import QUOTE, quoted

__all__ = ["QUOTE", "quoted"]
