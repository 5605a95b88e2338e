"""What the reader of workbooks (sheets.read_workbook) needs of an Excel workbook (.xlsx, .xlsm), read fast: its
sheets (name, whether a table or a chart, shown or hidden) from the workbook's XML; each cell's value of one sheet
from python-calamine (a reader written in Rust: shared strings, number formats, dates and times as Excel shows
them, a formula's saved value); and, from that sheet's XML scanned once with regular expressions, what calamine does
not give: its formulas (a workbook whose formulas were saved without their values is refused), Excel's errors (#N/A,
#DIV/0!: calamine reads them as empty cells), the rows and columns hidden in Excel and the merged cells.
openpyxl's full load, used before, took ~1.9 s of CPU for a sheet of 5,000 x 20 numbers (6 s on a busy machine), this
~0.25 s; openpyxl's read-only mode, faster, sees neither merged cells nor hidden rows. The sheet's XML scan needs no
cell by cell work when the sheet holds no formula and no error (the usual table of values)."""
from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from .errors import QCAInputError, quoted, shortened


@dataclass(frozen=True)
class Sheet:
    """A sheet of a workbook as its tabs show it: `name`; `table`, whether it holds cells (a worksheet, not a chart);
    `shown`, whether its tab is shown (not hidden or 'very hidden'); `part`, its XML in the zip archive."""
    name: str
    table: bool
    shown: bool
    part: str | None


@dataclass
class Marks:
    """What a sheet's XML says beyond its values, cells as (row, column) counted from 1: `formulas`, each formula
    cell's formula as Excel shows it ('=B3*C3'); `errors`, each cell holding one of Excel's errors, its text
    ('#DIV/0!'); `hidden_rows`; `hidden_columns`, (first, last) column of each hidden range; `merges`, each merged
    range as (first row, first column, last row, last column, 'G2:G3'); `percent`, the cells of a number format that
    shows a percentage ('0%', '0.0%': the cell holds 0.85 and shows 85%)."""
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    percent: set[tuple[int, int]] = field(default_factory=set)   # cells formatted as a percentage (85% holds 0.85)


@dataclass(frozen=True)
class Values:
    """One sheet's cells: `rows`, the rows holding a value (not only blanks), by their row as Excel counts it, each the
    values from column `left` (counted from 1) on, as python-calamine reads them ('' for an empty cell; str, float,
    int, bool, datetime.date, datetime, time, timedelta); `marks`, what its XML says beyond the values (Marks). A
    sheet's empty rows are not kept: a stray blank typed in row 1,048,576 made a grid of a million rows."""
    name: str
    rows: dict[int, list]
    left: int
    marks: Marks
    chain: bool = True   # the workbook holds xl/calcChain.xml, which Excel writes when it computes formulas


def unreadable(path: str, exc: BaseException) -> QCAInputError:
    return QCAInputError(f"{shortened(path)}: cannot read this .xlsx workbook ({type(exc).__name__}: {exc}); open it in Excel or "
                         "LibreOffice and save it again as an Excel workbook (.xlsx), or save the sheet as 'CSV UTF-8 "
                         "(comma delimited)'")


def read_sheet(path: str, choose) -> Values:
    """The cells of the sheet `choose(sheets)` names (`sheets`: the workbook's, a list of Sheet, in the tabs' order;
    `choose` raises for a sheet that is not there or is no table)."""
    try:
        with zipfile.ZipFile(path) as z:
            sheets = _sheets(z)
            name = choose(sheets)
            part = next(s.part for s in sheets if s.name == name)
            xml = z.read(part) if part is not None and part in z.namelist() else b""
            chain = "xl/calcChain.xml" in z.namelist()
            percent = _percent_styles(z)
    except QCAInputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ElementTree.ParseError, EOFError) as exc:
        raise unreadable(path, exc) from None
    marks = scan(xml)
    if percent:
        marks.percent = _styled_cells(xml, percent)
    far = _far_value(xml)
    if far is not None:   # python-calamine would allocate every cell of the range up to it, and abort
        ref, text, area = far
        said = f" ({text!r})" if text is not None else ""
        raise QCAInputError(f"{shortened(path)}: sheet {quoted(name)}, cell {ref} holds a value{said} so far from the others that "
                            f"the sheet's range would be {area:,} cells (a key pressed by mistake?): delete it (or "
                            "the rows and columns beyond the table) and save the workbook")
    import python_calamine

    rows = {}
    try:
        with python_calamine.CalamineWorkbook.from_path(path) as book:
            sheet = book.get_sheet_by_name(name)
            start = sheet.start
            rows = _filled_rows(sheet)
    except Exception as exc:   # calamine's CalamineError, XmlError, ZipError, ... for a damaged workbook
        raise unreadable(path, exc) from None
    return Values(name, rows, start[1] + 1 if start else 1, marks, chain)


#: The most cells a sheet's range (from its first value to its last) may span: python-calamine allocates every cell of
#: it (a value typed in XFD1048576 beside a table in A1 made 17 billion and aborted the process).
MAX_CELLS = 25_000_000
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\s[^>]*?\bref\s*=\s*[\"']([^\"']+)[\"']")
_CELL_REF = re.compile(rb"\br\s*=\s*[\"']([A-Z]{1,3})(\d+)[\"']")


def _far_value(xml: bytes) -> tuple[str, str | None, int] | None:
    """A cell holding a value so far from the others that the range spanning them holds more than MAX_CELLS cells, as
    (its name, its value as written or None for a shared string, the range's size), or None. The sheet's dimension
    (the used range its writer saved), else the cells' r attributes, bound the range first (a quick look); only past
    the bound are the cells holding a value (not only a format) looked at one by one."""
    from openpyxl.utils import column_index_from_string, get_column_letter

    dimension = _DIMENSION.search(xml, 0, 65536)   # the used range as the writer saw it (Excel, LibreOffice, openpyxl)
    ends = [_cell(p) for p in html.unescape(dimension.group(1).decode()).split(":")] if dimension else []
    if ends and all(ends) and (abs(ends[-1][0] - ends[0][0]) + 1) * (abs(ends[-1][1] - ends[0][1]) + 1) <= MAX_CELLS:
        return None
    quick = _quick_bound(xml)
    if quick is not None and quick <= MAX_CELLS:   # no dimension (openpyxl's write-only mode): a look at the refs
        return None
    refs = _CELL_REF.findall(xml)
    if not refs:
        return None

    def area(cells):
        rows = [r for r, _ in cells]
        cols = [c for _, c in cells]
        return (max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1)

    rows = [int(r) for _, r in refs]
    widest = max(refs, key=lambda rc: (len(rc[0]), rc[0]))[0]
    narrowest = min(refs, key=lambda rc: (len(rc[0]), rc[0]))[0]
    bound = (max(rows) - min(rows) + 1) * (column_index_from_string(widest.decode()) -
                                           column_index_from_string(narrowest.decode()) + 1)
    if bound <= MAX_CELLS:
        return None
    pat, held = _patterns(xml), []
    for m in pat["row_or_cell"].finditer(xml):
        body = m.group(4) if m.group(1) is None else None
        if not body or not (pat["value"].search(body) or b"<is" in body or b":is" in body):
            continue
        ref = _attrs(m.group(3)).get("r")
        place = _cell(ref) if ref else None
        if place:
            held.append((place, m.group(3), body))
    if len(held) < 2 or area([p for p, _, _ in held]) <= MAX_CELLS:
        return None
    # the value farthest from the table's first cell
    top, left = min(p[0] for p, _, _ in held), min(p[1] for p, _, _ in held)
    (r, c), head, body = max(held, key=lambda phb: (phb[0][0] - top + 1) * (phb[0][1] - left + 1))
    v = pat["value"].search(body)
    text = b"".join(_TEXT.findall(body)) or (v.group(1) if v and v.group(1) else b"")
    shown = None if _attrs(head).get("t") == "s" else html.unescape(text.decode("utf-8", "replace"))   # s: an index
    return f"{get_column_letter(c)}{r}", shown, area([p for p, _, _ in held])


_LAST_ROWS = {d: re.compile(rb'r="[A-Z]{1,3}(\d{%d,})' % d if d == 7 else rb'r="[A-Z]{1,3}(\d{%d})"' % d)
              for d in range(1, 8)}
_WIDE_COLUMNS = {n: re.compile(rb'r="[A-Z]{%d}\d' % n) for n in (2, 3)}


def _quick_bound(xml: bytes) -> int | None:
    """An upper bound of the cells the range of a sheet's cells spans (from A1), from the cells' r attributes as
    Excel and openpyxl write them (r="B12"): the rows up to the largest row number, found among the refs with the
    most digits only; the columns up to Z, ZZ or XFD, as the refs' letters go. None for a sheet that writes them
    otherwise (r='B12', r = "B12"). Finding every ref of a sheet of 100,000 x 11 took ~0.9 s; this ~0.2 s."""
    if b"r='" in xml or b"r =" in xml or b"r= " in xml:
        return None
    for d in range(7, 0, -1):
        found = _LAST_ROWS[d].findall(xml)
        if found:
            rows = max(map(int, found))
            break
    else:
        return None
    columns = 16384 if _WIDE_COLUMNS[3].search(xml) else 702 if _WIDE_COLUMNS[2].search(xml) else 26
    return rows * columns


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sheets(z: zipfile.ZipFile) -> list[Sheet]:
    """The sheets of the workbook in the zip archive `z`, from xl/workbook.xml and its relationships."""
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    try:
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        rels = ElementTree.Element("Relationships")
    targets = {}
    for rel in rels:
        if _local(rel.tag) == "Relationship":
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id")] = (target, rel.get("Type", "").rsplit("/", 1)[-1])
    sheets = []
    for el in book.iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
        target, kind = targets.get(rid, (None, "worksheet"))
        sheets.append(Sheet(el.get("name", ""), kind == "worksheet", el.get("state", "visible") == "visible", target))
    if not sheets:
        raise ValueError("the workbook lists no sheet")
    return sheets


#: The patterns of a sheet's elements, each element's start '<' followed by the prefix of the sheet's namespace ('x:'
#: in a file that writes <x:c>, most often none).
_SHAPES = {
    "row_or_cell": rb"<{p}(?:(row)(?=[\s/>])([^>]*)>|c(?=[\s/>])([^>]*?)(?:/>|>(.*?)</{p}c>))",
    "row": rb"<{p}row(?=[\s/>])([^>]*)>",
    "formula": rb"<{p}f(?=[\s/>])([^>]*?)(?:/>|>(.*?)</{p}f>)",
    "value": rb"<{p}v(?=[\s/>])[^>]*?(?:/>|>(.*?)</{p}v>)",
    "column": rb"<{p}col(?=[\s/>])([^>]*)>",
    "merge": rb"<{p}mergeCell(?=[\s/>])([^>]*)>",
}
_ROOT = re.compile(rb"<([\w.-]+:)?worksheet[\s>]")


def _patterns(xml: bytes) -> dict[str, re.Pattern]:
    m = _ROOT.search(xml, 0, 65536)
    prefix = re.escape(m.group(1)) if m and m.group(1) else b""
    return {k: re.compile(v.replace(b"{p}", prefix), re.S) for k, v in _SHAPES.items()}


_ERROR_TYPE = re.compile(rb"(?<![\w:.-])t\s*=\s*[\"']e[\"']")
_ATTR = re.compile(rb"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")


def _has_error(xml: bytes) -> bool:
    """Whether a cell of the sheet's XML holds one of Excel's errors (t="e"): the pattern, which starts with no fixed
    text, looked for only where the quoted value 'e' is (the pattern alone took ~0.7 s for a sheet of 100,000 x 11)."""
    return (b'"e"' in xml or b"'e'" in xml) and _ERROR_TYPE.search(xml) is not None


def _attrs(head: bytes) -> dict[str, str]:
    return {k.decode().rsplit(":", 1)[-1]: html.unescape((a or b).decode("utf-8", "replace"))
            for k, a, b in _ATTR.findall(head)}


def _true(v) -> bool:
    return v in ("1", "true")


def _cell(ref: str) -> tuple[int, int] | None:
    from openpyxl.utils import column_index_from_string

    m = _REF.fullmatch(ref.strip())
    return (int(m.group(2)), column_index_from_string(m.group(1).upper())) if m else None


def scan(xml: bytes) -> Marks:
    """The Marks of a sheet's XML (see Marks). Cell by cell only when the sheet holds a formula or an error; a row's
    or a cell's place is its r attribute, else the one after the last (as Excel reads a file that leaves r out)."""
    marks = Marks()
    pat = _patterns(xml)
    for m in pat["column"].finditer(xml):
        a = _attrs(m.group(1))
        if _true(a.get("hidden")) and a.get("min", "").isdigit():
            marks.hidden_columns.append((int(a["min"]), int(a.get("max") or a["min"])))
    for m in pat["merge"].finditer(xml):
        ref = _attrs(m.group(1)).get("ref", "")
        ends = [_cell(p) for p in ref.split(":")]
        if ends and all(ends):
            (r1, c1), (r2, c2) = ends[0], ends[-1]
            marks.merges.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2), ref))
    cells = pat["formula"].search(xml) is not None or _has_error(xml)
    if not cells:   # rows only: the hidden ones
        if b"hidden" in xml:
            row = 0
            for m in pat["row"].finditer(xml):
                a = _attrs(m.group(1))
                row = int(a["r"]) if a.get("r", "").isdigit() else row + 1
                if _true(a.get("hidden")):
                    marks.hidden_rows.add(row)
        return marks
    row = col = 0
    shared: dict[str, tuple[str, tuple[int, int]]] = {}
    children: list[tuple[tuple[int, int], str]] = []
    for m in pat["row_or_cell"].finditer(xml):
        if m.group(1) is not None:
            a = _attrs(m.group(2))
            row, col = (int(a["r"]) if a.get("r", "").isdigit() else row + 1), 0
            if _true(a.get("hidden")):
                marks.hidden_rows.add(row)
            continue
        head, body = m.group(3), m.group(4)
        error = _ERROR_TYPE.search(head) is not None
        formula = pat["formula"].search(body) if body else None
        if not (error or formula):
            col += 1
            continue
        a = _attrs(head)
        place = _cell(a["r"]) if "r" in a else None
        row, col = place if place else (row, col + 1)
        if error:
            v = pat["value"].search(body) if body else None
            marks.errors[(row, col)] = html.unescape((v.group(1) or b"").decode("utf-8", "replace")) if v else ""
        if formula:
            fa, text = _attrs(formula.group(1)), html.unescape((formula.group(2) or b"").decode("utf-8", "replace"))
            if fa.get("t") == "shared" and text:
                shared[fa.get("si", "")] = (text, (row, col))
            elif fa.get("t") == "shared":
                children.append(((row, col), fa.get("si", "")))
                continue
            marks.formulas[(row, col)] = "=" + text
    for (r, c), si in children:   # a shared formula's other cells: the first cell's formula, moved as Excel moves it
        marks.formulas[(r, c)] = _moved(*shared[si], (r, c)) if si in shared else "=(a shared formula)"
    return marks


#: Excel's built-in number formats that show a percentage: 9 '0%', 10 '0.00%'.
_PERCENT_FORMATS = {9, 10}
_QUOTED_OR_ESCAPED = re.compile(r'"[^"]*"|\\.')


def _percent_styles(z: zipfile.ZipFile) -> set[int]:
    """The indices of the cell formats (xl/styles.xml's cellXfs, a cell's s attribute) whose number format shows a
    percentage: a built-in one (_PERCENT_FORMATS) or the workbook's own with a '%' that is not quoted text."""
    if "xl/styles.xml" not in z.namelist():
        return set()
    styles = ElementTree.fromstring(z.read("xl/styles.xml"))
    percent = set(_PERCENT_FORMATS)
    for el in styles.iter():
        if _local(el.tag) == "numFmt" and "%" in _QUOTED_OR_ESCAPED.sub("", el.get("formatCode", "")):
            if el.get("numFmtId", "").isdigit():
                percent.add(int(el.get("numFmtId")))
    xfs = next((el for el in styles.iter() if _local(el.tag) == "cellXfs"), None)
    return {i for i, xf in enumerate(xfs if xfs is not None else ())
            if xf.get("numFmtId", "").isdigit() and int(xf.get("numFmtId")) in percent}


def _styled_cells(xml: bytes, styles: set[int]) -> set[tuple[int, int]]:
    """The (row, column) of each number cell of a sheet's XML (no t attribute, or t="n") whose cell format (its s
    attribute) is one of `styles`; a place as scan() finds it (its r attribute, else the one after the last)."""
    wanted = {str(s).encode() for s in styles}
    if not any(b's="' + s + b'"' in xml or b"s='" + s + b"'" in xml for s in wanted):
        return set()
    found, row, col = set(), 0, 0
    for m in _patterns(xml)["row_or_cell"].finditer(xml):
        if m.group(1) is not None:
            a = _attrs(m.group(2))
            row, col = (int(a["r"]) if a.get("r", "").isdigit() else row + 1), 0
            continue
        a = _attrs(m.group(3))
        place = _cell(a["r"]) if "r" in a else None
        row, col = place if place else (row, col + 1)
        if a.get("s", "").encode() in wanted and a.get("t", "n") == "n" and m.group(4):
            found.add((row, col))
    return found


def _moved(text: str, origin: tuple[int, int], to: tuple[int, int]) -> str:
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter

    def name(rc):
        return f"{get_column_letter(rc[1])}{rc[0]}"

    try:
        return Translator("=" + text, origin=name(origin)).translate_formula(name(to))
    except Exception:   # a formula openpyxl's tokenizer cannot move: the first cell's, as written
        return "=" + text


_TEXT = re.compile(rb"<(?:[\w.-]+:)?t(?:\s[^>]*)?>(.*?)</(?:[\w.-]+:)?t>", re.S)


def header_rows(path: str, sheets: list[Sheet], peek: int = 1 << 20) -> dict[str, tuple[str, ...]]:
    """The first row holding a value of each sheet of `sheets`, as the texts of its cells that hold one (a number as
    `number(x)` writes it), read from the first `peek` bytes of the sheet's XML only (a sheet whose first such row
    lies further is left out), and the shared strings up to the last it uses: a cheap look at the other sheets of a
    workbook, without reading their cells."""
    from .sheets import _number

    out: dict[str, tuple[str, ...]] = {}
    with zipfile.ZipFile(path) as z:
        parts = set(z.namelist())
        firsts = {}
        for s in sheets:
            if s.part not in parts:
                continue
            with z.open(s.part) as fh:
                xml = fh.read(peek)
            pat, cells, done = _patterns(xml), [], False
            for m in pat["row_or_cell"].finditer(xml):
                if m.group(1) is not None:
                    if cells:
                        done = True
                        break
                    continue
                kind, body = _attrs(m.group(3)).get("t", "n"), m.group(4) or b""
                if kind == "inlineStr":
                    text = "".join(html.unescape(t.decode("utf-8", "replace")) for t in _TEXT.findall(body))
                else:
                    v = pat["value"].search(body)
                    text = html.unescape((v.group(1) or b"").decode("utf-8", "replace")) if v else ""
                if text.strip():
                    cells.append((kind, text.strip()))
            if cells and (done or len(xml) < peek):
                firsts[s.name] = cells
        wanted = {int(t) for cells in firsts.values() for k, t in cells if k == "s" and t.isdigit()}
        strings = _shared_strings(z, max(wanted)) if wanted and "xl/sharedStrings.xml" in parts else []
    for name, cells in firsts.items():
        row = []
        for kind, text in cells:
            if kind == "s":
                text = strings[int(text)].strip() if text.isdigit() and int(text) < len(strings) else ""
            elif kind == "b" and text in ("0", "1"):   # a logical cell: the name Excel shows (sheets._header_text)
                text = "TRUE" if text == "1" else "FALSE"
            elif kind == "n":
                try:
                    text = _number(float(text))
                except ValueError:
                    pass
            row.append(text)
        out[name] = tuple(row)
    return out


def _shared_strings(z: zipfile.ZipFile, last: int) -> list[str]:
    """The workbook's shared strings up to index `last` (their rich-text runs joined; phonetic runs left out)."""
    out: list[str] = []
    with io.BytesIO(z.read("xl/sharedStrings.xml")) as fh:   # bytes: the XML names its own encoding
        for _, el in ElementTree.iterparse(fh):
            if _local(el.tag) != "si":
                continue
            out.append("".join(t.text or "" for child in el for t in ([child] if _local(child.tag) == "t" else
                                                                     child if _local(child.tag) == "r" else ())
                               if _local(t.tag) == "t"))
            el.clear()
            if len(out) > last:
                break
    return out


#: The formats read by python-calamine alone (no sheet XML scanned): the suffix's name in messages.
def _filled_rows(sheet) -> dict:
    """The rows of a python-calamine sheet that hold a value (not blank), by their 1-based number: every row from the
    first (iter_rows), its cells from the sheet's first column."""
    rows = {}
    for i, row in enumerate(sheet.iter_rows() if sheet.start else (), start=1):
        for v in row:
            if v != "" and (v.__class__ is not str or not v.isspace()):
                rows[i] = row
                break
    return rows


CALAMINE_ONLY = {"ods": "OpenDocument sheet (.ods)", "xls": "old Excel workbook (.xls)"}


def read_calamine_sheet(path: str, choose, kind: str) -> Values:
    """The cells of the sheet `choose(sheets)` names in an OpenDocument sheet (.ods, LibreOffice, WPS) or an old Excel
    workbook (.xls, Excel 97-2003), `kind` 'ods' or 'xls', read by python-calamine; an .ods sheet's Marks from its
    XML (_ods), an .xls none (its formulas, errors, hidden rows and columns and merged cells are not seen;
    sheets.read_workbook says so)."""
    import python_calamine

    what = CALAMINE_ONLY[kind]
    rows, name = {}, None
    try:
        with python_calamine.CalamineWorkbook.from_path(path) as book:
            sheets = [Sheet(m.name, m.typ == python_calamine.SheetTypeEnum.WorkSheet,
                            m.visible == python_calamine.SheetVisibleEnum.Visible, None) for m in book.sheets_metadata]
            if not sheets:
                raise QCAInputError(f"{shortened(path)}: this {what} has no sheet")
            name = choose(sheets)
            sheet = book.get_sheet_by_name(name)
            start = sheet.start
            rows = _filled_rows(sheet)
    except QCAInputError:
        raise
    except Exception as exc:   # calamine's CalamineError, XmlError, ZipError, ... for a damaged file
        far = re.search(r"Cell limit exceeded \((\d+) cells requested", str(exc))
        if far:   # a value typed far from the table (LibreOffice's last cell, AMJ1048576): no cell named by calamine
            which = f"sheet {name!r}" if name is not None else "a sheet"
            raise QCAInputError(f"{shortened(path)}: {which} of this {what} holds a value so far from the others that its range "
                                f"would be {int(far[1]):,} cells (a key pressed by mistake?): press Ctrl+End in "
                                "LibreOffice to find it, delete it (or the rows and columns beyond the table) and save "
                                "the file") from None
        raise QCAInputError(f"{shortened(path)}: cannot read this {what} ({type(exc).__name__}: {exc}); open it in LibreOffice "
                            "or Excel and save it as an Excel workbook (.xlsx), or save the sheet as 'CSV UTF-8 "
                            "(comma delimited)'") from None
    if kind == "ods":   # what calamine does not give, from the sheet's XML
        from ._ods import ods_marks

        return Values(name, rows, start[1] + 1 if start else 1, ods_marks(path, name), True)
    return Values(name, rows, start[1] + 1 if start else 1, Marks(), True)


def calamine_header_rows(path: str, sheets: list[Sheet]) -> dict[str, tuple[str, ...]]:
    """header_rows for an .ods or .xls file (read_calamine_sheet): the first row holding a value of each sheet of
    `sheets`, as the texts of its cells that hold one, read by python-calamine."""
    import python_calamine

    from .sheets import _header_text

    out: dict[str, tuple[str, ...]] = {}
    with python_calamine.CalamineWorkbook.from_path(path) as book:
        for s in sheets:
            for row in book.get_sheet_by_name(s.name).iter_rows():
                texts = tuple(t for t in (_header_text(v).strip() for v in row) if t)
                if texts:
                    out[s.name] = texts
                    break
    return out
