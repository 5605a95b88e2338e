"""Padding printed tables by display width: a Chinese character takes two columns on a terminal (East Asian
Wide / Fullwidth, Unicode Standard Annex #11), so `len()` misaligns tables whose set names or cases are Chinese."""
from __future__ import annotations

import unicodedata

__all__ = ["width", "ljust", "rjust"]


def width(text: str) -> int:
    """Columns `text` takes on a terminal: 2 for wide and fullwidth characters, 0 for combining marks, else 1."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def ljust(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def rjust(text: str, columns: int) -> str:
    return " " * max(0, columns - width(text)) + text
