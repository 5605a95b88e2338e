"""What an OpenDocument sheet (.ods: LibreOffice, WPS) says beyond its values, which python-calamine does not give:
its error cells (#DIV/0!, #N/A: calamine reads them as empty), its hidden or filtered rows and hidden columns, and its
merged cells, its formulas (one saved without a value is read as empty) and its percentage cells (85% holds 0.85), read from content.xml for one sheet, cells as (row, column) counted from 1 (as _xlsx.Marks)."""
from __future__ import annotations

import zipfile
from xml.etree import ElementTree

from ._xlsx import Marks

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CALC = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
#: Repeats of an empty row or cell beyond which its places are not listed (LibreOffice writes the sheet's rest as one
#: row repeated ~1 million times).
_MANY = 10_000
#: What content.xml holds only where a sheet has a mark: without any of them, the XML is not parsed.
_MARKED = (b":formula=", b":visibility=", b"-spanned=", b"value-type=\"error\"", b"value-type=\"percentage\"")
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _letter(c: int) -> str:
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ods_marks(path: str, name: str) -> Marks:
    """The Marks of the sheet `name` of the .ods at `path` (empty Marks when its XML cannot be read: calamine has read
    the values, so a look only)."""
    marks = Marks()
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("content.xml")
        if not any(tag in xml for tag in _MARKED):   # the usual table of values: no parse (~1 s for 20,000 x 11)
            return marks
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError):
        return marks
    table = next((t for t in root.iter(f"{_T}table") if t.get(f"{_T}name") == name), None)
    if table is None:
        return marks
    c = 1
    for col in table.iter(f"{_T}table-column"):
        n = int(col.get(f"{_T}number-columns-repeated", "1"))
        if col.get(f"{_T}visibility", "visible") != "visible":
            marks.hidden_columns.append((c, c + n - 1))
        c += n
    r = 1
    for row in table.iter(f"{_T}table-row"):
        n = int(row.get(f"{_T}number-rows-repeated", "1"))
        c, filled = 1, False
        for cell in row:
            if cell.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                continue
            k = int(cell.get(f"{_T}number-columns-repeated", "1"))
            formula = cell.get(f"{_T}formula")
            given = len(cell) > 0 or formula is not None
            filled = filled or given
            if formula is not None and k <= _MANY and n <= _MANY:   # LibreOffice's 'of:=[.B2]*2'
                for i in range(n):
                    for j in range(k):
                        marks.formulas[(r + i, c + j)] = formula.split(":", 1)[-1] if formula.startswith("of:") \
                            else formula
            if given and cell.get(f"{_CALC}value-type") == "error" and k <= _MANY and n <= _MANY:
                text = "".join(cell.itertext()).strip() or "#VALUE!"
                for i in range(n):
                    for j in range(k):
                        marks.errors[(r + i, c + j)] = text
            if cell.get(f"{_OFFICE}value-type") == "percentage" and k <= _MANY and n <= _MANY:   # 85% holds 0.85
                marks.percent.update((r + i, c + j) for i in range(n) for j in range(k))
            rs, cs = int(cell.get(f"{_T}number-rows-spanned", "1")), int(cell.get(f"{_T}number-columns-spanned", "1"))
            if (rs > 1 or cs > 1) and cell.tag == f"{_T}table-cell":
                marks.merges.append((r, c, r + rs - 1, c + cs - 1, f"{_letter(c)}{r}:{_letter(c + cs - 1)}{r + rs - 1}"))
            c += k
        if row.get(f"{_T}visibility", "visible") != "visible" and (filled or n <= _MANY):
            marks.hidden_rows.update(range(r, r + n))
        r += n
    return marks
