"""Reading a user's CSV file of cases for QCA, as exported by Excel, SPSS, R's write.csv or pandas' to_csv.

Every cell is read as text (no guessing of missing values or types; `prepare_data` checks the values). What
the exporters add is handled or refused with a clear message: a UTF-8 byte order mark, UTF-16 with its byte
order mark, CRLF and old Mac CR-only line ends (read), UTF-16 without its byte order mark and NUL bytes (refused),
text in another code page (refused; Chinese Excel's GBK named as such, with its line as GBK reads it),
Excel's separator line 'sep=,' above the header (skipped; 'sep=;' refused), a title line above the header (named),
a note or source line below the table ('注：...', 'Source: ...' in the first column, the other cells empty: refused, named),
semicolon, tab, '|', blank or full-width comma ('，', a Chinese input method) separators (refused: the file would
be one column; blanks: R's write.table), the header line repeated inside the data (refused, naming the line), repeated
or blank-padded headers
(refused / stripped), trailing empty columns and rows (dropped), a trailing ',' on the data lines or the header alone
(refused: the columns would shift), an unnamed first column of row names (taken
as case names) or of a pandas index 0, 1, 2, ... (dropped). JSON records, a list of {column: value} objects one per
case (what `calibrate --json` writes), or JSON Lines (one such object per line), are read as the table they hold;
other JSON is refused. An Excel workbook (.xlsx, .xlsm; one sheet, `sheet=`), a Stata (.dta) or SPSS (.sav, portable
.por) file is read as the same text cells (analysis.qca.sheets), the messages naming its sheet's rows and cells; so is an
OpenDocument sheet (.ods), and an old Excel workbook (.xls), its values only (a warning says what is not checked). Errors raise `QCAInputError` naming
the file.
"""
from __future__ import annotations

import csv
import io
import json
import re
import warnings
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .data import (DATE_VARIABLES, FILE_LINES, FIRST_SHEET, PROGRAM, VALUE_LABELS, FileLines, QCAWarning,
                   check_case_column, full_width_forms, header_of_numbers)
from .data_files import SUMMARY_ROWS
from .data_cells import _text_column
from .errors import QCAInputError, counted, in_number, quoted, shortened, user_stacklevel
from .r_calls import r_vector_items, refuses_r_only_arguments

__all__ = ["data_records", "read_data", "read_table", "read_spec_file"]


#: Start of files that are not CSV text, with what they are (a researcher's data saved in its native format).
_BINARY = ((b"PK\x03\x04", "a zip archive (an Excel .xlsx workbook or an .ods sheet?)"),
           (b"\xd0\xcf\x11\xe0", "an old Excel .xls workbook (OLE2 file)"),
           (b"$FL2", "an SPSS .sav file"), (b"$FL3", "an SPSS .sav file (compressed)"),
           (b"\x1f\x8b", "a gzip-compressed file (an R .rds file?)"), (b"RDX", "an R .RData file"),
           (b"PAR1", "a Parquet file"), (b"ARROW1", "a Feather (Arrow IPC) file"), (b"FEA1", "a Feather (version 1) file"),
           (b"<stata_dta>", "a Stata .dta file"), (b"%PDF", "a PDF document"))
#: pandas' reader of a file of the kinds above that pandas reads (with pyarrow, which the engine does not need): the
#: way to the engine is through it, not through a spreadsheet program.
_PANDAS_READS = {"a Parquet file": "read_parquet", "a Feather (Arrow IPC) file": "read_feather",
                 "a Feather (version 1) file": "read_feather"}


def binary_kind(payload: bytes) -> str | None:
    """What a file that is not text is, from its first bytes ('an old Excel .xls workbook (OLE2 file)', ...), or
    None: a researcher's data saved in its native format, named instead of 'not UTF-8 text'."""
    return next((kind for magic, kind in _BINARY if payload.startswith(magic)), None)


#: The data path that means standard input (`calibrate raw.csv --spec s.yaml | python -m analysis.qca truth-table -`),
#: and how messages name it.
STDIN, STDIN_NAME = "-", "standard input (-)"


def the_file(path) -> str:
    """How a message names what was read: 'the input' for standard input (a pipe is no file), 'the file' else."""
    return "the input" if str(path) in (STDIN, STDIN_NAME) else "the file"


def tilde_hint(path) -> str:
    """For a path starting with '~' that is not found: the shell expands '~' to the home folder only outside quotes
    ('~/data.csv' quoted, or a path in a file), so the engine looked for a folder named '~'."""
    text = str(path)
    if not text.startswith("~"):
        return ""
    try:
        home = Path(text).expanduser()
    except RuntimeError:   # '~name' of a user this system does not have (Python raises, it does not leave it)
        home = Path(text)
    there = f" ({home} exists)" if home != Path(text) and home.exists() else ""
    return (f"; '~' is not your home folder here (the shell expands it only outside quotes): write the full path, "
            f"e.g. \"$HOME{text[1:]}\"{there}" if text.startswith(("~/", "~\\")) or text == "~" else
            "; '~' is not expanded here (the shell expands it only outside quotes): write the full path")


def missing_file_hint(path) -> str:
    """What a file that is not found was probably meant to be: `tilde_hint` for a '~' path, else the files of its
    folder with the same name in another case ('lc.csv' for 'LC.csv': file names are case-sensitive on Linux and
    macOS's case-sensitive volumes, not on Windows; a blank at the name's start or end said as such) or a name one or
    two edits away (_near.near_names, the engine's
    one 'did you mean' rule), else, for a relative path, where it was looked for (python -m analysis.qca runs in the
    checkout, seldom the data's folder), else the folder that does not exist (or the file met where a folder was meant: 'LF.csv/x');
    for a symbolic link, the target it names that does not exist, or its loop."""
    from ._near import near_names

    text = str(path)
    if text.startswith("~"):
        return tilde_hint(path)
    p = Path(text)
    if p.is_symlink():   # a link whose target is gone, or a loop: 'not found' alone pointed at the wrong name
        import errno
        import os

        try:
            p.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "; it is a symbolic link that leads to itself (a loop)"
        target = Path(os.readlink(p))
        target = target if target.is_absolute() else p.parent / target
        return f"; it is a symbolic link to {target}, which does not exist"
    folder = p.parent
    if not folder.is_dir():
        # the nearest part of the path that exists: a file taken for a folder ('LF.csv/x') is not a missing folder
        above = next((q for q in p.parents if q.exists() or q.is_symlink()), None)
        if above is not None and not above.is_dir():
            return f"; {above} is a file, not a folder"
        return f"; the folder {folder} does not exist"
    try:
        names = sorted(e.name for e in folder.iterdir() if e.is_file())
    except OSError:   # a folder that cannot be listed: no hint, the message stays true
        return ""
    near = [n for n in names if n.lower() == p.name.lower()] or near_names(p.name, names)
    if not near:   # a relative path is read from where the command runs (the checkout, for python -m analysis.qca)
        return ("" if p.is_absolute() else f"; looked for as {Path.cwd() / p} (a relative path is read from the "
                "folder the command runs in): give the file's full path")
    shown = " or ".join(repr(n if str(folder) == "." else str(folder / n)) for n in near)
    if p.name.strip() in near and p.name.strip() != p.name:   # 'LF.csv ' (a blank copied with the name): no case
        return f"; did you mean {shown}? (the name given has a blank at its start or end)"
    return f"; did you mean {shown}? (file names are case-sensitive)"


def path_kind(p: Path, path) -> str:
    """'missing', 'folder' or 'file' for the path given; a path pathlib cannot look at (a folder on the way without
    search permission: exists() raises PermissionError, only 'no such file' answers False) is refused as unreadable,
    naming it (was a traceback)."""
    try:
        return "missing" if not p.exists() else "folder" if p.is_dir() else "file"
    except OSError as exc:
        raise QCAInputError(f"{shortened(path)}: cannot read the file ({exc.strerror or exc})") from None


def _text(p: Path, path: str) -> str:
    if path == STDIN:   # the bytes a pipe gives, read as a file's
        import sys

        path = STDIN_NAME
        if sys.stdin is not None and sys.stdin.isatty():   # '-' at a terminal: the run waited for data typed by hand
            raise QCAInputError(f"{shortened(path)} is a terminal, not a pipe or a file: give the CSV file, or pipe the data in, "
                                "e.g. python -m analysis.qca calibrate raw.csv --spec s.yaml | python -m analysis.qca "
                                "truth-table - --outcome Y")
        stream = getattr(sys.stdin, "buffer", None)
        payload = (b"" if sys.stdin is None   # no standard input at all (closed): nothing to read
                   else stream.read() if stream is not None else sys.stdin.read().encode("utf-8"))
    elif not str(path).strip():   # Path('') is '.', a directory: the message named no file
        raise QCAInputError(f"the data file name is empty ({quoted(str(path))}): give the CSV file (one row per case), or "
                            f"{quoted(STDIN, as_written=True)} for standard input")
    elif path_kind(p, path) == "missing":
        raise QCAInputError(f"{shortened(path)}: file not found{missing_file_hint(path)}")
    elif path_kind(p, path) == "folder":
        raise QCAInputError(f"{shortened(path)}: is a directory; give the CSV file inside it (one row per case)")
    else:
        try:
            payload = p.read_bytes()
        except OSError as exc:
            raise QCAInputError(f"{shortened(path)}: cannot read the file ({exc.strerror or exc})") from None
    if not payload.strip():
        raise QCAInputError(f"{shortened(path)}: {the_file(path)} is empty")
    kind = binary_kind(payload)
    if kind is None and b"SPSSPORT" in payload[:1024]:   # text lines, but no CSV: read from its path (sheets.PEEK)
        kind = "an SPSS portable .por file"
    if kind and path == STDIN_NAME and (payload.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"<stata_dta>", b"$FL2", b"$FL3"))
                                        or "portable" in kind):
        raise QCAInputError(f"{shortened(path)}: this is {kind}: a workbook, a Stata or an SPSS file is read from its path, not "
                            "from standard input; give the file's path instead of '-'")
    if kind and payload.startswith(b"\xd0\xcf\x11\xe0") and str(path).lower().endswith((".xlsx", ".xlsm")) and \
            "EncryptedPackage".encode("utf-16-le") not in payload and any(
                name.encode("utf-16-le") + b"\x00\x00" in payload for name in ("Workbook", "Book")):
        # an old .xls workbook renamed .xlsx (its stream 'Workbook', no 'EncryptedPackage'): was called encrypted
        raise QCAInputError(f"{shortened(path)}: this is an old Excel .xls workbook (OLE2 file) named .xlsx (renamed?), not an "
                            "Excel workbook (.xlsx): give it its own name, ending in .xls, which the engine reads; or "
                            "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)")
    if kind and payload.startswith(b"\xd0\xcf\x11\xe0") and str(path).lower().endswith((".xlsx", ".xlsm")):
        raise QCAInputError(f"{shortened(path)}: this .xlsx workbook is encrypted (saved with a password to open it): remove the "
                            "password (Excel: File > Info > Protect Workbook > Encrypt with Password, empty) and save "
                            "it, or save the sheet as 'CSV UTF-8 (comma delimited)'")
    if kind:
        named = (": an old Excel workbook is read when its name ends in .xls, rename it so; or" if "OLE2" in kind
                 else ";")
        # a Parquet or Feather file (pandas' to_parquet, R's arrow): read by pandas (with pyarrow), whose frame the
        # Python API takes as it is, or which writes the CSV file; a NUL byte on 'line 1' before (Feather: no magic)
        how = (f"read it with pandas (df = pd.{_PANDAS_READS[kind]}(path), with pyarrow installed) and give the frame "
               f"to the Python API, or save it as CSV, df.to_csv('data.csv')" if kind in _PANDAS_READS else _CONVERT)
        raise QCAInputError(f"{shortened(path)}: this is {kind}, not a file the engine reads (a CSV text file, an Excel .xlsx "
                            f"or .xls workbook, an .ods sheet, a Stata .dta or an SPSS .sav file){named} {how}")
    utf16 = payload.startswith((b"\xff\xfe", b"\xfe\xff"))   # UTF-16 with its byte order mark (Excel's "Unicode Text")
    if not utf16 and b"\x00" in payload:
        raise QCAInputError(f"{shortened(path)}: {_nul_problem(payload)}")
    try:
        if utf16:
            text = payload.decode("utf-16")
        else:
            text = payload.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a byte order mark
    except UnicodeDecodeError as exc:
        raise QCAInputError(not_utf8_message(path, payload, exc.start)) from None
    text = text.lstrip("\ufeff")   # a byte order mark written twice: the decoder takes one, the name kept the other
    if "\x00" in text:   # decoded from UTF-16: a NUL character is no more text than a NUL byte
        raise QCAInputError(f"{shortened(path)}: {_nul_problem(text.encode('utf-8'))}")
    if "\r" in text and "\n" not in text:  # old Mac line ends (Excel's "CSV (Macintosh)"): CR only
        text = text.replace("\r", "\n")
    return text


def not_utf8_message(path, payload: bytes, at: int, editor: bool = False) -> str:
    """The refusal of a file that is not UTF-8 text (the byte at `at` does not decode), naming the byte and its line:
    Chinese text in GBK (as Excel on Chinese Windows saves 'CSV (逗号分隔)'; `editor`: as a text editor there saves
    'ANSI' text, for a specification file) with the line as GBK reads it, else the usual code pages; and how to save
    it as UTF-8. The one hint of the data file (read_data) and of a specification file (read_spec_file, which said
    only the byte's place). A file beginning with UTF-8's byte order mark is decoded (utf-8-sig) after it, where `at`
    counts from: the mark is left out here too (a GBK file after the mark was told the byte 'at' of the mark's
    length before, and no GBK)."""
    if payload.startswith(b"\xef\xbb\xbf"):
        payload = payload[3:]
    line = payload[:at].count(b"\n") + 1
    chinese = _chinese_line(payload, at)
    where = f"byte 0x{payload[at]:02x} on line {line}"
    if chinese:
        saved, save = (("a text editor on Chinese Windows saves 'ANSI' text", "in the editor, Save As with the encoding "
                        "UTF-8 (编码 UTF-8)") if editor else
                       ("Excel on Chinese Windows saves 'CSV (逗号分隔)'", "in Excel, File > Save As (文件 > 另存为) "
                        "'CSV UTF-8 (逗号分隔)'"))
        return (f"{shortened(path)}: not UTF-8 text ({where}): Chinese text in the code page GBK, as {saved} (line {line} "
                f"reads {quoted(chinese)} in GBK); save it as UTF-8: {save}, or convert it (iconv -f GB18030 -t UTF-8)")
    save = "in a text editor, with the encoding UTF-8" if editor else "Excel's 'CSV UTF-8 (comma delimited)'"
    return (f"{shortened(path)}: not UTF-8 text ({where}); save it as UTF-8, e.g. {save}, or convert it "
            "(iconv -f GBK -t UTF-8, or -f CP1252)")


_BEYOND_ASCII = re.compile(rb"[\x80-\xff]")


def _chinese_line(payload: bytes, at: int) -> str:
    """The line holding byte `at` of a file that is not UTF-8, read as GBK (Chinese Windows' code page), when the file
    reads as GBK, each of its characters beyond ASCII two bytes from 0x80 (CP1252 text, an accented letter before a
    plain one, 'Québec', reads as GBK too: 'Qu閎ec'), and that line then holds Chinese characters (cut to 60
    characters); '' otherwise."""
    try:
        payload.decode("gbk")
    except UnicodeDecodeError:
        return ""
    i = 0
    while (m := _BEYOND_ASCII.search(payload, i)) is not None:
        j = m.start()
        if j + 1 >= len(payload) or payload[j + 1] < 0x80:   # one byte beyond ASCII, then a plain one: not GBK
            return ""
        i = j + 2
    start, end = payload.rfind(b"\n", 0, at) + 1, payload.find(b"\n", at)
    text = payload[start:end if end >= 0 else len(payload)].decode("gbk").strip()
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return ""
    return text if len(text) <= 60 else text[:57] + "..."


def _nul_problem(payload: bytes) -> str:
    """What a file holding NUL bytes (0x00) is, which UTF-8 decodes without a word (the NUL read into a name: 'CZ\\x00',
    'SURV\\x00'): UTF-16 text without a byte order mark (every other byte 0: read as UTF-8, 'line 9 has 1 cells'), or a
    damaged file, naming the line of the first NUL."""
    for order, zeros in (("LE", payload[1::2]), ("BE", payload[0::2])):
        if len(payload) >= 4 and zeros.count(0) >= 0.9 * len(zeros):
            return ("this looks like UTF-16 text without a byte order mark (every other byte is 0), not UTF-8; save it "
                    f"as 'CSV UTF-8 (comma delimited)', or convert it (iconv -f UTF-16{order} -t UTF-8)")
    line = payload[:payload.index(b"\x00")].count(b"\n") + 1
    return (f"line {line} holds a NUL byte (0x00), which no text file holds: the file is damaged or not CSV text; remove "
            "the byte (tr -d '\\000' < old.csv > new.csv) or export the data again")


_CELL_END = re.compile(r"[,\n]")


def _text_end(text: str) -> int:
    """Where `text` ends without its final line breaks (without copying it, as text.rstrip() would)."""
    k = len(text)
    while k and text[k - 1] in "\r\n":
        k -= 1
    return k


class _Quoted(NamedTuple):
    """A quoted cell running over a line break (read._open_quote): where its quote (") is and how far it runs."""
    line: int              # the line of its quote (1-based)
    character: int         # the quote's place on that line (1-based)
    cell: int              # the cell it opens in its row (1-based)
    last: int              # the last line it reaches
    closed: bool           # False: never closed, the rest of the text is its cell


def _line_start(text: str, line: int) -> int:
    """Where line `line` (1-based) of `text` starts, -1 beyond its end; found from the nearer end of the text (the
    last record of a file of 100,000 lines: 100,000 calls of str.find took 0.05 s)."""
    before, total = line - 1, text.count("\n")
    if before > total:
        return -1
    pos = 0
    if before <= total - before:
        for _ in range(before):
            pos = text.find("\n", pos) + 1
        return pos
    pos = len(text)
    for _ in range(total - before + 1):
        pos = text.rfind("\n", 0, pos)
    return pos + 1


def _open_quote(text: str, line: int) -> _Quoted | None:
    """Read the record starting at line `line` (1-based) of `text` as the csv module does (default dialect: a quote
    opens a cell only as its first character, '""' inside it is a quote, characters after the closing quote are
    kept): its quoted cell that is never closed, else its first quoted cell that runs over a line break, or None."""
    pos = _line_start(text, line)
    if pos < 0:
        return None
    cell, first = 1, None
    while pos < len(text):
        if text[pos] == '"':
            opened, q = pos, pos + 1
            while True:
                j = text.find('"', q)
                if j == -1:   # never closed: the rest of the text is its cell
                    return _Quoted(line, opened - text.rfind("\n", 0, opened), cell,
                                   line + text.count("\n", opened, _text_end(text)), False)
                if not text.startswith('"', j + 1):
                    break
                q = j + 2     # '""': a quote inside the cell
            breaks = text.count("\n", opened, j)
            if breaks and first is None:
                first = _Quoted(line, opened - text.rfind("\n", 0, opened), cell, line + breaks, True)
            line, pos = line + breaks, j + 1
        end = _CELL_END.search(text, pos)
        if end is None or end.group() == "\n":   # the record ends
            break
        pos, cell = end.end(), cell + 1
    return first


def _unclosed_quote(path: str, at: _Quoted, shift: int, names: list[str] | None = None, limit: int = 0) -> str:
    """The error of a quote (") opening a cell that is never closed: the file's line and character where it opens
    (the csv module named the line where the cell outgrew its field size limit, lines below) and its column (its
    name from `names`, the header's), and how far the cell ran. `limit`: the line (of the text) where the cell
    outgrew the csv module's field size limit, 0 when it did not."""
    name = names[at.cell - 1] if names and at.cell <= len(names) and names[at.cell - 1] else ""
    ran = (f"the cell runs past the {csv.field_size_limit():,} characters a cell may hold"
           + (f" by line {limit + shift}" if limit > at.line else "") if limit else
           f"it runs to the end of the file (line {at.last + shift}), all one cell")
    return (f"{shortened(path)}: line {at.line + shift}, character {at.character} (column {at.cell}"
            f"{', ' + quoted(name) if name else ''}): a quote (\") opens a cell and is never closed: {ran}; close the "
            "quote, or remove it")


def _refuse_open_quote(text: str, path: str, line: int, shift: int, names: list[str] | None) -> None:
    """Refuse the record starting at line `line` of the file (`shift` lines above `text`) if a quote (") opens one of
    its cells and is never closed (the rest of the file is then that cell); `names`: the header's, None for it."""
    at = _open_quote(text, line - shift)
    if at is not None and not at.closed:
        raise QCAInputError(_unclosed_quote(path, at, shift, names))


def _invisible(text: str) -> list[str]:
    """The format characters of `text` (Unicode category Cf: a zero-width space U+200B, joiners U+200C/D, a word
    joiner U+2060, a byte order mark U+FEFF inside, a direction mark, a soft hyphen), each once, in order."""
    import unicodedata

    return list(dict.fromkeys(ch for ch in text if unicodedata.category(ch) == "Cf"))


def _visible_names(names: list[str], path: str, what: str, places: list[str]) -> list[str]:
    """`names` (a header's column names, or a column's case names) without their invisible characters (_invisible),
    with a warning naming each changed name, where it is (`places`, as many as the names) and what it is read as.
    Such a character, copied from a web page or a document, made two names that look alike differ ('DEV' and
    'DEV\u200b': a condition of its own; a case name the user types not found) without a word. Removed, as read.py
    strips the blanks and non-breaking spaces around a name, and warned of, as full-width twins are: the name is the
    one the user sees, so a name copied twice is then refused as written twice. Not refused: the user cannot see
    what to delete in a spreadsheet."""
    if "".join(names).isprintable():   # one pass in C: a format character is never printable (a large file's names)
        return names
    found = [i for i, n in enumerate(names) if not n.isprintable() and _invisible(n)]
    if not found:
        return names
    import unicodedata

    kept = list(names)
    for i in found:
        kept[i] = "".join(ch for ch in names[i] if unicodedata.category(ch) != "Cf").strip()
    chars = list(dict.fromkeys(ch for i in found for ch in _invisible(names[i])))
    said = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}" for ch in chars[:3])
    one = len(found) == 1
    listed = ", ".join(f"{quoted(names[i])} ({places[i]})" for i in found[:5]) + (" ..." if len(found) > 5 else "")
    warnings.warn(f"{shortened(path)}: {in_number(len(found), what)} {listed} "
                  f"hold{'s' if one else ''} {'an invisible character' if len(chars) == 1 else 'invisible characters'} "
                  f"({said}, copied from a web page or a document): read as "
                  f"{', '.join(quoted(kept[i]) for i in found[:5])}{' ...' if len(found) > 5 else ''}; delete "
                  f"{'it' if len(chars) == 1 else 'them'} in the file", QCAWarning, stacklevel=user_stacklevel())
    return kept


def _header(text: str, path: str, shift: int = 0, starts: list[int] | None = None) -> list[str]:
    """The first line's cells, stripped; repeated names refused (pandas would rename them to NAME.1). `shift`: the
    lines of the file above `text` (Excel's 'sep=,' line, taken away), added to the line numbers named. `starts`, a
    list: the line each data row starts on is appended to it, as `data_records` finds them (the one pass over the
    text that checks the rows' widths gives them: a second pass cost ~0.08 s of ~0.28 s for 100,000 x 11)."""
    reader = csv.reader(io.StringIO(text))
    try:
        raw = next(reader)
    except (StopIteration, csv.Error) as exc:
        at = _open_quote(text, 1) if isinstance(exc, csv.Error) and "field larger" in str(exc) else None
        if at is not None and not at.closed:
            raise QCAInputError(_unclosed_quote(path, at, shift, limit=reader.line_num)) from None
        raise QCAInputError(f"{shortened(path)}: cannot read a header line") from None
    names = _visible_names([c.strip() for c in raw], path, "column name",
                           [f"column {i + 1}" for i in range(len(raw))])
    if not any(names) or names[0].startswith("#"):
        what = "a comment line" if names and names[0].startswith("#") else "an empty line"
        raise QCAInputError(f"{shortened(path)}: {the_file(path)} starts with {what}; the first line must be the header (column names): "
                            "remove the line(s) above it")
    if len(names) == 1:
        wide = _wide_commas(names[0])
        if wide:
            raise QCAInputError(f"{shortened(path)}: the header is one column {quoted(names[0])}: {the_file(path)} looks separated by "
                                f"{wide}, not ASCII commas ','; replace them with ','")
        for sep, label, fix in ((";", "';'", _SEMICOLONS),
                                ("\t", "a tab", "(Excel's 'Text (Tab delimited)', a .tsv file); save it as 'CSV UTF-8 "
                                 "(comma delimited)' with '.' as decimal separator")):
            if sep in names[0]:
                raise QCAInputError(f"{shortened(path)}: the header is one column {quoted(names[0])}: {the_file(path)} looks separated "
                                    f"by {label}, not commas {fix}")
        other = _other_separator(text)
        if other:
            raise QCAInputError(f"{shortened(path)}: the header is one column {quoted(names[0])}: {the_file(path)} looks separated by "
                                f"{other}")
    width = len(raw)
    rows = csv.reader(io.StringIO(text))
    try:
        end, first = 0, True
        for row in rows:
            line, end = end + 1 + shift, rows.line_num   # where the record starts (a quoted cell may span lines)
            if first:   # the header (the first record: a file starting with a line of blanks was refused above)
                first = False
            elif starts is not None and row and (len(row) > 1 or row[0].strip()):
                starts.append(line)   # a data row, as data_records finds it (a line of blanks is skipped)
            if row and len(row) != width and any(cell.strip() for cell in row):
                _refuse_open_quote(text, path, line, shift, names)
                extra = "more" if len(row) > width else "fewer"
                ends = _trailing_commas(row, names, width, line, shift)
                if ends:   # before the title check: every data line one cell wider is no title above the header
                    raise QCAInputError(f"{shortened(path)}: {ends}")
                title = _title_line(text, raw) if extra == "more" else ""
                if title:   # a title above the header: every line below is wider than the first
                    raise QCAInputError(f"{shortened(path)}: {title}")
                if extra == "fewer" and len(row) == 1 and _NOTE_LINE.match(row[0]):   # '注：...' alone on its line
                    below = []
                    for r in rows:   # the lines after it: only notes (or blank lines), so it is below the table
                        at, end = end + 1 + shift, rows.line_num
                        if r and any(cell.strip() for cell in r):
                            below.append((at, r))
                    if all(_NOTE_LINE.match(r[0]) and not any(c.strip() for c in r[1:]) for _, r in below):
                        lines = [line] + [n for n, _ in below]
                        raise QCAInputError(_note_message(path, None, [row[0]] + [r[0] for _, r in below],
                                                          [f"line{'s' if below else ''} {', '.join(map(str, lines))}"]))
                wide = next((w for w in map(_wide_commas, row) if w), "") if extra == "fewer" else ""
                raise QCAInputError(
                    f"{shortened(path)}: line {line} has {len(row)} cell{'s' * (len(row) != 1)}, the header {width}: {extra} "
                    "cells than columns"
                    + ("; unquoted decimal commas (0,8) or a comma inside a name are the usual causes: write "
                       "decimals with a point and quote names" if extra == "more" else
                       f"; its cells are separated by {wide}, not ASCII commas ',': replace them with ','" if wide
                       else "; fill or remove the short row"))
        if not first:   # the last record: a quote never closed took the rest of the file into one of its cells
            _refuse_open_quote(text, path, line, shift, names if line > 1 + shift else None)
    except csv.Error as exc:  # what the csv module cannot read at all: say where, and the usual cause
        if "new-line character" in str(exc):
            why = ("a carriage return (\\r) inside a line, outside quotes (a line break typed in a cell?): remove it, "
                   "or quote the cell")
        elif "field larger" in str(exc):
            at = _open_quote(text, end + 1)   # the record the reader was in started on the line after the last one
            if at is not None and not at.closed:
                raise QCAInputError(_unclosed_quote(path, at, shift, names, rows.line_num)) from None
            why = (f"a cell longer than {csv.field_size_limit():,} characters, usually a quote (\") opened and never "
                   "closed: check the quotes from that line on")
        else:
            why = f"not CSV the reader understands ({exc})"
        raise QCAInputError(f"{shortened(path)}: line {rows.line_num + shift} has {why}") from None
    seen: dict[str, int] = {}
    for i, n in enumerate(names):
        if n and n in seen:
            numbers = header_of_numbers(names, "the first line")  # a row of data read as the header ('0.9' twice)
            if numbers:
                raise QCAInputError(f"{shortened(path)}: {numbers}")
            raise QCAInputError(
                f"{shortened(path)}: column name {quoted(n)} appears twice in the header (columns {seen[n] + 1} and {i + 1}); "
                "column names must be unique")
        seen.setdefault(n, i)
    _warn_wide_twins(names, path)
    return names


def _warn_wide_twins(names: list[str], path: str) -> None:
    """Warn of two column names that are one name in ASCII (半角) characters and in full-width (全角) ones ('DEV' and
    'ＤＥＶ', typed with a Chinese input method): read as two columns, both became conditions without a word."""
    import unicodedata

    plain: dict[str, int] = {}
    for i, n in enumerate(names):
        if not n or n.isascii():
            plain.setdefault(n, i)
    twins = []
    for i, n in enumerate(names):
        if n and not n.isascii():
            same = unicodedata.normalize("NFKC", n).replace("\u3000", " ").strip()
            if same in plain and same != n:
                twins.append(f"{quoted(names[plain[same]])} (column {plain[same] + 1}) and {quoted(n)} (column {i + 1})")
    if twins:
        warnings.warn(f"{shortened(path)}: column names {'; '.join(twins)} are one name, the second in full-width "
                      "characters (typed with a Chinese input method, 全角): read as two columns; delete the copy, or "
                      "rename it if it holds another set", QCAWarning, stacklevel=user_stacklevel())


#: The full-width commas a Chinese input method types (全角): '，' (U+FF0C) and the enumeration comma '、' (U+3001).
_WIDE_COMMAS = tuple(full_width_forms(","))


def _wide_commas(cell: str) -> str:
    """How to name the full-width commas splitting `cell` into several non-empty parts (typed for ',' with a Chinese
    input method), or ''."""
    for wide in _WIDE_COMMAS:
        if len([part for part in cell.split(wide) if part.strip()]) > 1:
            return f"full-width commas {wide!r} (U+{ord(wide):04X}, typed with a Chinese input method, 全角)"
    return ""


#: Separators other than ';' and a tab that split a file into one column when read as CSV: how each is named and
#: what to do. Blanks: R's write.table() (its default sep is ' '; row names without a header cell, so a data line has
#: one cell more than the header), or a table copied as text.
_OTHER_SEPARATORS = (("|", "'|', not commas (a database or SAS export?); save it as 'CSV UTF-8 (comma delimited)'"),
                     (" ", "blanks, not commas (R's write.table(), whose default sep is ' ', or a table copied as "
                           "text); in R write it with write.csv(data, 'file.csv'), or save it as 'CSV UTF-8 (comma "
                           "delimited)'"))


def _other_separator(text: str) -> str:
    """For a file whose header is one column: what the file is separated by and what to do, when the header and the
    first data line both split into several cells by '|' or by blanks (the data line as many as the header, or one
    more: R's row names), else ''. A one-column header with a blank in its name ('case name') above one-column
    data is not taken for a separated file."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:2]
    if len(lines) < 2:
        return ""
    for sep, said in _OTHER_SEPARATORS:
        try:
            head, first = (next(csv.reader([line], delimiter=sep, skipinitialspace=True)) for line in lines)
        except csv.Error:
            continue
        if len(head) > 1 and len(first) in (len(head), len(head) + 1):
            return said
    return ""


def _trailing_commas(row: list[str], names: list[str], width: int, line: int, shift: int) -> str:
    """When a data line and the header differ in width only by empty cells at the end (a trailing ',' on the data lines
    and not on the header, or on the header alone): what to say; '' otherwise. Read as they were, the wider data lines
    shifted every value one column (read_csv takes the first column as the index), and the messages blamed a title
    line or a short row."""
    if len(row) > width and not any(c.strip() for c in row[width:]):
        k = len(row) - width
        return (f"line {line} has {len(row)} cells, the header {width}: it ends with {k} empty cell"
                f"{'s' * (k > 1)} (a trailing ',') the header has no column for; remove the trailing commas from the "
                "data lines, or end the header with as many")
    k = width - len(row)
    if 0 < k < width and not any(names[len(row):]):
        return (f"the header (line {1 + shift}) ends with {k} empty name{'s' * (k > 1)} (a trailing ',') that line "
                f"{line} has no cell for; remove the trailing comma{'s' * (k > 1)} from the header")
    return ""


def _title_line(text: str, first: list[str]) -> str:
    """When every line below the first has the same number of cells, more than the first ('Table 1: survey data'
    above the header): what to say; '' otherwise (a row with more cells than the header is then named as such)."""
    try:
        widths = {len(r) for r in list(csv.reader(io.StringIO(text)))[1:] if any(c.strip() for c in r)}
    except csv.Error:
        return ""
    if len(widths) != 1 or next(iter(widths)) <= len(first):
        return ""
    cells = "one cell" if len(first) == 1 else f"{len(first)} cells"
    shown = ",".join(first)
    return (f"line 1 holds {cells} ({shown!r}) and the lines below it {next(iter(widths))}: a title above the "
            "header? The first line must be the header (column names): remove the line(s) above it")


#: Why a file is separated by ';' and what to do: Excel writes the list separator of Windows' region settings (';'
#: where the decimal separator is ',') in every CSV it saves, 'CSV UTF-8 (comma delimited)' too, so saving it again
#: as that changes nothing; the workbook itself is read, or the file converted.
_SEMICOLONS = ("(Excel in a locale with decimal commas writes ';' and 0,8 in every CSV it saves, 'CSV UTF-8 (comma "
               "delimited)' too): give the workbook (.xlsx) itself, which the engine reads, or convert it: in R, "
               "write.csv(read.csv2(path), new, row.names = FALSE); in Python, pandas.read_csv(path, sep=';', "
               "decimal=',').to_csv(new, index=False)")


#: The first cell of a note or source line written below a table, as Chinese tables write them ('注：...',
#: '注1：...', '资料来源：...') and others ('Note: ...', 'Source: ...'): the word, then a colon.
_NOTE_LINE = re.compile(r"\s*(?:注|注释|备注|说明|资料来源|数据来源|来源|notes?|sources?)\s*\d*\s*[:：]", re.IGNORECASE)


def _notes_below(df: pd.DataFrame, blank: pd.DataFrame) -> list[int]:
    """The positions of the rows at the bottom of the table that are a note or source line ('注：数据来源于统计年鉴',
    its other cells empty, as Excel writes such a row of a sheet to CSV: '注：...,,,,'): read as a case with every
    value missing, named only by a message about missing values, and dropped by --drop-missing as one of the cases.
    [] for none (a table of one column has no such line)."""
    rows: list[int] = []
    if df.shape[1] < 2:
        return rows
    for i in range(len(df) - 1, -1, -1):
        if blank.iloc[i, 0] or not blank.iloc[i, 1:].all() or not _NOTE_LINE.match(str(df.iat[i, 0])):
            break
        rows.insert(0, i)
    return rows


def _note_message(path: str, df: pd.DataFrame | None, rows: list, places: list[str]) -> str:
    """The refusal of the note lines `rows` below the table (positions in `df`; without a frame, the notes' texts),
    each at its place (`places`: 'line 21', 'row 21 of sheet ...')."""
    one = len(rows) == 1
    first = rows[0] if df is None else df.iat[rows[0], 0]
    return (f"{shortened(path)}: {', '.join(places)}, below the table, hold{'s' if one else ''} only "
            f"{quoted(str(first).strip())}{'' if one else ' ...'} in the first column: a note or source "
            f"line, not a case; delete the {'row' if one else 'rows'} (a file of cases holds the header, then one row "
            "per case)")


#: Excel's separator line, written above the header so Excel splits the file by it in any locale ('sep=,').
_SEP_LINE = re.compile(r'\s*"?sep=(.)"?\s*')


def _separator_line(text: str, path: str) -> str:
    """The text without Excel's first line 'sep=,' (its meaning is clear: commas); 'sep=;' or 'sep=<tab>' refused
    as what it is."""
    first, _, rest = text.partition("\n")
    m = _SEP_LINE.fullmatch(first.rstrip("\r"))
    if m is None:
        return text
    if m.group(1) == "," and not rest.strip():
        raise QCAInputError(f"{shortened(path)}: {the_file(path)} holds only Excel's separator line {quoted(first.strip())}: no header (column "
                            "names) and no data rows")
    if m.group(1) == ",":
        return rest
    label = {";": "';'", "\t": "a tab"}.get(m.group(1), repr(m.group(1)))
    fix = (" " + _SEMICOLONS if m.group(1) == ";" else
           "; save it as 'CSV UTF-8 (comma delimited)' with '.' as decimal separator")
    raise QCAInputError(f"{shortened(path)}: {the_file(path)} starts with Excel's separator line {quoted(first.strip())}: it is separated by "
                        f"{label}, not commas{fix}")


def _blank(s: pd.Series) -> np.ndarray:
    """Which cells of a column of text are blank (nothing but white space), each distinct text stripped once."""
    text = _text_column(s)
    if text is None:
        return (s.str.strip() == "").to_numpy(dtype=bool)
    codes, texts = text
    return np.array([t == "" for t in texts], dtype=bool)[codes]


def data_records(text: str, shift: int = 0):
    """The data rows of the CSV `text` as read_csv reads them, each as (the line of the file it starts on, the line it
    ends on, its cells as the csv module reads them), in order: the first row read is the header (not given); a blank
    line, or a line of blanks, is skipped, as read_csv skips it (so data row i is on line i + 2 only when there is
    none above it); a quoted cell may run over several lines (a row is on the line where it starts; it ends on a
    later line); `shift` lines of the file are above `text` (Excel's 'sep=,' line). The one rule of every message that
    names a file's line: the engine's reader (read_data), the validated tables (analysis.validate) and Paper A's
    case file checks. A generator; csv.Error for text the csv module cannot read."""
    line, header = shift, True
    reader = csv.reader(io.StringIO(text))
    for record in reader:
        start, line = line + 1, reader.line_num + shift
        if not record or (len(record) == 1 and not record[0].strip()):   # read_csv skips a line of blanks too
            continue
        if header:
            header = False
            continue
        yield start, line, record


def _data_lines(text: str, rows, shift: int = 0) -> list[int]:
    """The lines of the file where data rows `rows` (0 = the first below the header) start (`data_records`). For
    messages only: the text is read again."""
    starts = [start for start, _, _ in data_records(text, shift)]
    return [starts[i] for i in rows if i < len(starts)]


def _number(text: str) -> tuple[float, int] | None:
    """A cell's plain decimal number and its count of decimals as written ('0.62': (0.62, 2)), or None."""
    from .checks import float_text

    t = str(text).strip()
    try:
        x = float_text(t)
    except ValueError:
        return None
    if not np.isfinite(x) or "e" in t.lower():
        return None
    return x, len(t.partition(".")[2])


def _share(text: str) -> tuple[float, int] | None:
    """A cell written as a percentage ('60%', '37.5 %') as its share and its count of decimals ('60%': (0.6, 2)),
    or None."""
    t = str(text).strip()
    if not t.endswith("%"):
        return None
    x = _number(t[:-1])
    return None if x is None else (x[0] / 100, x[1] + 2)


def _statistic_of_rows_above(df: pd.DataFrame, row: int, label: str, above: int, least: int = 1,
                             new: bool = False, counts: bool = False, listed: bool = False,
                             of: str = "the rows above", spread: bool = False):
    """What the cells of row `row` are of the `above` rows at the top of `df` (the cases): ': its values are the sums
    of the rows above' or ': ... the means ...' when every column of numbers (but `label`'s) holds there the total or
    the mean of those rows, to the decimals written (Excel shows a mean as 0.62 for 0.624); the means written as
    percentages ('60%', or 60 below a '合计' row: a share row, '占比'); with `counts`, ': ... the counts ...' when each
    cell is the number of those rows, or of those rows' cells that are not empty nor a missing-value mark (a count
    row, 'N' or '样本量', as SPSS, Stata or Excel's COUNT write it); '' otherwise, or with fewer than `least` such
    columns, or (`new`) when no column holds there a value none of those rows holds (a 0/1 case can equal the sums
    of rows holding one 1 each). `listed`: the list of what they are (['sums', 'counts']), not the text; `of`: how
    the text names those rows. `spread`: ': ... the standard deviations ...' too, when each cell is the standard
    deviation of those rows (with n − 1, as Excel's STDEV, SPSS and Stata give it, or with n, STDEVP)."""
    from .data import missing_mark

    kinds = {"sums": True, "means": True, "means, in percent,": True, "counts": counts,
             "standard deviations": spread and above > 1, "standard deviations (n)": spread and above > 1}
    compared, novel = 0, False
    for c in df.columns:
        if c == label:
            continue
        written = df[c].iat[row]
        cell, share = _number(written), _share(written)
        texts = [str(v).strip() for v in df[c].iloc[:above]]
        values = [_number(v) for v in texts]
        if cell is None and share is None:
            continue
        compared += 1
        if kinds["counts"]:
            present = sum(1 for v in texts if v and not missing_mark(v))
            kinds["counts"] = cell is not None and cell[0] == present
        if any(v is None for v in values):   # a column with a text or an empty cell: no sum nor mean of it
            kinds["sums"] = kinds["means"] = kinds["means, in percent,"] = False
            kinds["standard deviations"] = kinds["standard deviations (n)"] = False
            continue
        total = float(sum(v[0] for v in values))
        if share is not None:   # '60%': a share of the cases, the mean of a 0/1 set
            kinds["sums"] = kinds["means"] = False
            kinds["means, in percent,"] &= abs(share[0] - total / above) <= 0.5 * 10.0 ** -share[1] + 1e-12
            continue
        novel = novel or all(abs(cell[0] - v[0]) > 1e-9 for v in values)
        tol = max(1e-9 * max(1.0, abs(total)), 0.5 * 10.0 ** -cell[1] + 1e-12)
        kinds["sums"] &= abs(cell[0] - total) <= tol
        kinds["means"] &= abs(cell[0] - total / above) <= tol
        kinds["means, in percent,"] &= abs(cell[0] - 100 * total / above) <= max(tol, 1e-9 * abs(100 * total / above))
        if kinds["standard deviations"] or kinds["standard deviations (n)"]:
            squares = sum((v[0] - total / above) ** 2 for v in values)
            for key, n in (("standard deviations", above - 1), ("standard deviations (n)", above)):
                kinds[key] &= abs(cell[0] - (squares / n) ** 0.5) <= tol
    if kinds.pop("standard deviations (n)"):   # STDEVP's: said as standard deviations
        kinds["standard deviations"] = True
    found = [k for k, ok in kinds.items() if ok] if compared >= least and (novel or not new) else []
    return found if listed else f": its values are the {found[0]} of {of}" if found else ""


#: The words a file's column of case names is headed by, in a second header line below its label ('case' below '国家').
_CASE_HEADER = re.compile(r"(?i:cases?|ids?|names?|units?|country|countries|state|states|province|provinces|region|"
                          r"regions|city|cities)|案例|个案|国家|地区|省份|省|城市|名称|编号")


def _second_header_line(df: pd.DataFrame) -> list[str]:
    """The names in the first data row when it is a second header line (a header over two lines: merged cells above,
    names below, as Excel saves a two-row header to CSV): the row's first cell empty (no case's name), and two columns
    or more after it whose first cell is a name (text, not a number nor a missing-value mark) while every other cell
    below is a number; [] otherwise. A first cell holding text is a case's name ('AU', its values written as words),
    unless it is the word a case column is named by ('case' below '国家': Chinese labels above the short names) and
    every other cell of the row is such a name (was: 'non-numeric values in column(s) ... (case(s) '1': 'DEV')', a case
    'case' of no number)."""
    from .data import missing_mark

    first = str(df.iat[0, 0]).strip() if len(df) and df.shape[1] else ""
    if len(df) < 2 or df.shape[1] < 3 or (first and not _CASE_HEADER.fullmatch(first)):
        return []
    names = []
    for j in range(1, df.shape[1]):
        first = str(df.iat[0, j]).strip()
        rest = [str(v).strip() for v in df.iloc[1:, j]]
        rest = [v for v in rest if v and not missing_mark(v)]
        if not first:
            continue
        if _number(first) is not None or missing_mark(first) or not rest or any(_number(v) is None for v in rest):
            return []
        names.append(first)
    if str(df.iat[0, 0]).strip() and len(names) < df.shape[1] - 1:   # a case's row names its case
        return []
    return names if len(names) >= 2 else []


def _second_header_message(path, where: str, second: list[str], names: list[str]) -> str:
    """The refusal of a header over two lines (_second_header_line's names, `second`, at `where`: a CSV file's line, a
    sheet's row), with a name of the two joined as the example of one header line."""
    return (f"{shortened(path)}: {where} holds names, not values ({', '.join(map(quoted, second[:6]))}"
            f"{', ...' if len(second) > 6 else ''}), above rows of numbers: a header over two lines (a merged cell "
            f"above several columns, as a two-row header is saved)? Write one header line, one name per column "
            f"(e.g. {quoted('_'.join(filter(None, [names[1] or names[0], second[0]])))}), and delete the other line")


#: The label of a count row that may name a case too ('N': cases named by letters): taken for a count row only when
#: its values are the counts of the rows above (SPSS and Stata write 'N' below a table's columns).
_COUNT_LABEL = re.compile(r"[nN]\s*[:：]?")
#: A count row's label with its count ('N=4', 'n = 20', '(N=4)'): a summary row when the count is the number of the
#: rows above it (the cases), else a case's name.
_COUNT_IS = re.compile(r"[(（]?\s*[nN]\s*[=＝]\s*(?P<n>\d+)\s*[)）]?")
#: A standard deviation row's label, which may name a case too (SD, South Dakota): taken for a summary row below
#: another ('Mean' above it) or when its values are the standard deviations of the rows above.
_SD_LABEL = re.compile(r"(?:SD|sd|Sd|S\.D\.|s\.d\.|Std\.?\s*Dev\.?|标准差)\s*[:：]?")
#: The labels of a summary row that may name a case too (N; SD, South Dakota): taken for a summary row only below
#: another, or ('N') when its values are the counts of the rows above.
_CASE_OR_LABEL = re.compile(r"(?:[nN]|SD|sd|S\.D\.|Sd)\s*[:：]?|[(（]?\s*[nN]\s*[=＝]\s*\d+\s*[)）]?")
#: The label of a subtotal row as Excel's Data > Subtotal writes it below each group: the group's name, then 'Total'
#: ('East Total'; '东部 汇总' in Chinese Excel, unverified), or a '小计' (subtotal) row.
_SUBTOTAL = re.compile(r"(?i:.+\s+total|.+\s*汇总|.*小计)\s*[:：]?")
#: A unit written after a summary row's label: '占比(%)', '百分比（%）'.
_LABEL_UNIT = re.compile(r"[(（]\s*%\s*[)）]$")


def summary_label(text: str) -> bool:
    """Whether a cell's text labels a summary row or column (data.SUMMARY_NAME: '合计', 'Total', '平均', 'Mean',
    'Count', '占比'), as tables write it: blanks inside ('合  计', '总 计': Chinese tables space a two-character label
    to the column's width, with ordinary or full-width blanks; 'Grand  Total' read as 'Grand Total'), a colon after
    it ('合计：', 'Total:') and a unit '(%)' after it ('占比(%)') left out."""
    from .data import SUMMARY_NAME

    label = _LABEL_UNIT.sub("", str(text).strip().rstrip(":：").strip()).casefold()
    return any(SUMMARY_NAME.fullmatch(form) is not None
               for form in (re.sub(r"\s+", "", label), re.sub(r"\s+", " ", label).strip()))


def _warn_summary_rows(df: pd.DataFrame, case_column, path: str, places, python: bool,
                       unit: str = "line") -> tuple[str, ...]:
    """Warn, naming each by its place in the file and its label, of the rows at the bottom of the table labelled as a
    summary ('合计', '总计', 'Total', '平均', 'Mean': data.SUMMARY_NAME) in the case column (without one, the first
    column): read as cases, such a row was calibrated and analysed as one, said only later by truth_table (if at
    all: without case names, a '合计' in another column went unsaid). A warning, not an error: a label alone does not
    prove it (a case may be named 'Min'), so the message adds when the row's values are the sums or the means of the
    rows above. `places`: each row's place ('line 7', "sheet 'S1', row 8"), by position, and `unit` what the file holds
    them as ('line', 'row', 'record'); `python`: read_data called from Python, told how to drop the rows after
    reading, where the command line is told to delete them. A label that may name a case ('N', 'SD': _CASE_OR_LABEL)
    is taken for a summary row only below another ('SD' below 'Mean'), or ('N') when its values are the counts of the
    rows above. Returns the case names warned of (the case column's labels; () without a case column), which read_data
    keeps in the frame's attrs (SUMMARY_ROWS) so that the analysis does not warn of them again."""
    label = case_column if case_column is not None else df.columns[0] if df.shape[1] else None
    if label is None or len(df) < 2:
        return ()
    column = df[label]

    def text(i: int) -> str:   # a cell's label, stripped: the bottom rows alone are read, not the whole column
        return str(column.iat[i]).strip()

    run: list[int] = []   # the bottom run of labelled rows (at least one row above it)
    for i in range(len(df) - 1, 0, -1):
        if not summary_label(text(i)) and not _CASE_OR_LABEL.fullmatch(text(i)):
            break
        run.insert(0, i)
    while run:   # 'N' or 'SD' is a summary row below another ('Mean' above 'SD'), or 'N' one whose values are the
        # counts of the cases above the run: else it is a case, and the run starts below it
        cases, sure = [], set()
        for i in run:
            count = _COUNT_IS.fullmatch(text(i))
            if summary_label(text(i)) or i - 1 in sure or (count is not None and int(count["n"]) == run[0]) or (
                    _COUNT_LABEL.fullmatch(text(i))
                    and "counts" in _statistic_of_rows_above(df, i, label, run[0], counts=True, listed=True)) or (
                    _SD_LABEL.fullmatch(text(i)) and "standard deviations" in _statistic_of_rows_above(
                        df, i, label, run[0], listed=True, spread=True)):
                sure.add(i)
            else:
                cases.append(i)
        if not cases:
            break
        run = [i for i in run if i > cases[-1]]
    top = run[0] if run else len(df)   # where the bottom run starts: the rows above it are the cases
    others = [c for c in df.columns if c != label]

    def filled(i: int) -> bool:   # a row whose other cells are all empty is refused as missing values, naming it a
        return any(str(df[c].iat[i]).strip() for c in others)   # summary row (data._summary_rows)

    head = 0   # summary rows among the cases: a total above them, as yearbooks put it ('合计', then the counties),
    while head < top - 2 and summary_label(text(head)):   # its values the sums or means of the rows below (a case
        head += 1                                          # named 'Min' first is a case) ...
    below = list(range(head, top))
    head = next((k for k in range(head) if not _statistic_of_rows_above(df.iloc[below + [k]], len(below), label,
                                                                        len(below), counts=True)), head)
    inner = list(range(head))
    if any(summary_label(text(i)) for i in run):   # ... and, above a grand total, Excel's subtotals (Data > Subtotal)
        inner += [i for i in range(head, top) if _SUBTOTAL.fullmatch(text(i))]
    cases = [j for j in range(top) if j not in set(inner)]

    def stat(i: int, group: list[int], of: str = "the rows above") -> str:
        return _statistic_of_rows_above(df.iloc[group + [i]], len(group), label, len(group), counts=True, of=of,
                                        spread=_SD_LABEL.fullmatch(text(i)) is not None)

    def group(i: int) -> list[int]:   # a subtotal's cases: those below the summary row above it
        return [j for j in cases if max((k for k in inner if k < i), default=-1) < j < i]

    inside = [i for i in inner if filled(i)]
    told = _warn_inner_summary_rows(
        df, label, case_column, path, python, unit,
        [f"{places[i]} ({quoted(text(i))}"
         f"{stat(i, cases, 'the rows below') if i < head else stat(i, group(i), 'the rows of its group above')})"
         for i in inside], [text(i) for i in inside])
    rows = [i for i in run if filled(i)]
    said = [f"{places[i]} ({quoted(text(i))}{stat(i, cases)})" for i in rows]
    last = len(df) - 1
    if not rows and text(last) == "" and last >= 3:
        # no label (Excel's merged label cell, or none written), but the sums or means of the rows above in two
        # columns or more: refused later for its empty case name, which did not say what the row was
        found = _statistic_of_rows_above(df, last, label, last, least=2, new=True)
        if found:
            rows, said = [last], [f"{places[last]} (no label{found})"]
    if not rows:
        return told
    names = [text(i) for i in rows]
    _summary_rows_warning(path, said, names, label, python, unit,
                          "below the data (a total, mean or other statistic of the cases)",
                          drop=f"df = df.iloc[:-{len(rows)}]" if "" in names else None)
    return told + (tuple(n for n in names if n) if label == case_column else ())


def _warn_inner_summary_rows(df, label, case_column, path: str, python: bool, unit: str, said: list[str],
                             names: list[str]) -> tuple[str, ...]:
    """Warn of summary rows among the cases (`said`: each row's place, label and what its values are; `names`: their
    labels): a '合计' row above the cases (a yearbook's first row, the province above its counties), or Excel's
    subtotal rows ('East Total', '东部 汇总'; Data > Subtotal) above a grand total. Read as cases, they enter the
    analysis without a word at reading. Returns the case names warned of (() without a case column)."""
    if not said:
        return ()
    _summary_rows_warning(path, said, names, label, python, unit,
                          "among the cases (a total or subtotal of other rows, as a spreadsheet adds it)")
    return tuple(names) if label == case_column else ()


def _summary_rows_warning(path: str, said: list[str], names: list[str], label, python: bool, unit: str, where: str,
                          drop: str | None = None) -> None:
    """The warning of summary rows read as cases, `where` they are (below the data, among the cases): `said` each
    row's place, label and what its values are, `names` their labels; how to delete them, and from Python (`python`)
    how to drop them after reading (`drop`, else by their labels in the `label` column)."""
    one = len(said) == 1
    drop = drop or (f"df = df[df[{str(label)!r}] != {names[0]!r}]" if one
                    else f"df = df[~df[{str(label)!r}].isin({names!r})]")
    delete = f"delete the {unit}{'' if one else 's'} in the file"
    how = f"{delete}, or drop {'it' if one else 'them'} after reading: {drop}" if python else delete
    warnings.warn(f"{shortened(path)}: {', '.join(said)} look{'s' if one else ''} like "
                  f"{'a summary row' if one else 'summary rows'} {where}, not {'a case' if one else 'cases'}: read as "
                  f"{'a case' if one else 'cases'}, {'it enters' if one else 'they enter'} the analysis as "
                  f"{'one' if one else 'such'}; {how}", QCAWarning, stacklevel=user_stacklevel())


def warn_summary_columns(df: pd.DataFrame, case_column, path: str, python: bool, leave=()) -> None:
    """Warn of a column named as a summary ('合计', 'Total', '平均': summary_label), as a spreadsheet adds a row's
    total at its right: read as a set, it is a condition of every analysis not given its conditions (the truth-table
    command without --conditions), without a word. The message adds when its values are, in every row, the sums or
    the means of the columns of numbers to its left. `leave`: columns not to warn of (the outcome). The command line
    reads its data without this warning and gives it only where the command takes every column for a condition
    (cli_data._frame: no --conditions)."""
    columns = [c for c in df.columns if c != case_column]
    for k, c in enumerate(columns):
        if not summary_label(str(c)) or c in leave:
            continue
        cell = [_number(v) for v in df[c]]
        found, left = "", []
        if all(v is not None for v in cell):
            left = [d for d in columns[:k] if all(_number(v) is not None for v in df[d])]
            if len(left) >= 2:
                values = np.array([[_number(v)[0] for v in df[d]] for d in left], dtype=float)
                got = np.array([v[0] for v in cell])
                tol = np.array([0.5 * 10.0 ** -v[1] + 1e-12 for v in cell])
                for kind, stat in (("sum", values.sum(axis=0)), ("mean", values.mean(axis=0))):
                    if (np.abs(got - stat) <= np.maximum(tol, 1e-9 * np.abs(stat))).all():
                        found = (f" (in every row the {kind} of {in_number(len(left), 'column')} "
                                 f"{', '.join(quoted(str(d)) for d in left)})")
                        break
        others = [str(d) for d in columns if d != c and d not in leave and not summary_label(str(d))]
        given = "conditions=[...]" if python or not others else f"--conditions {','.join(others)}"
        warnings.warn(f"{shortened(path)}: column {quoted(str(c))}{found} looks like a summary column (a total, mean or "
                      f"other statistic of other columns), not a set: read as a set, it is a condition of every "
                      f"analysis not given its conditions; delete the column, or name the conditions without it "
                      f"({given})", QCAWarning, stacklevel=user_stacklevel())


def path_text(path, what: str = "the data file", call: str = "read_data('data.csv')") -> str:
    """`path` as text: a str, a pathlib.Path (any os.PathLike) or bytes (decoded as the file system names files).
    Anything else was turned into text and looked for as a file ('File name too long', or 'file not found' naming a
    frame's printout): refused here, naming what was given and what to give instead, for `what` (the file read)
    with `call` (how to name it). A DataFrame or Series is data read already, so the hint says where a frame goes;
    an open file its name."""
    import os

    if isinstance(path, str):
        return path
    if isinstance(path, (bytes, os.PathLike)):
        return os.fsdecode(path)
    head = f"the path of {what} must be text (e.g. {call}) or a pathlib.Path, got"
    if isinstance(path, (pd.DataFrame, pd.Series)) and what != "the data file":
        raise QCAInputError(f"{head} a {type(path).__name__} of shape {path.shape}")
    if isinstance(path, pd.DataFrame):
        raise QCAInputError(f"{head} a DataFrame of shape {path.shape}: those are data read already; give the frame "
                            "itself to the analysis, e.g. truth_table(df, outcome='Y', conditions=[...]) (its index "
                            "holds the case names, or case_column='NAME' names a column of them)")
    if isinstance(path, pd.Series):
        name = "" if path.name is None else f" {quoted(str(path.name))}"
        raise QCAInputError(f"{head} a Series{name} of {counted(len(path), 'value')}: those are data read already; "
                            "give the DataFrame holding it to the analysis, e.g. truth_table(df, outcome='Y', "
                            "conditions=[...]), or calibrate the column, calibrate(df['X'], thresholds=...)")
    name = getattr(path, "name", None)
    if hasattr(path, "read") and isinstance(name, str):   # open('data.csv'): its name is the path
        raise QCAInputError(f"{head} an open file ({type(path).__name__}): give its path, {quoted(name)}, not the "
                            "file object")
    if hasattr(path, "read"):   # io.StringIO, a download's bytes: no file to name
        raise QCAInputError(f"{head} a file object ({type(path).__name__}) without a path: save the text to a file "
                            "and give its path")
    if path is None:
        raise QCAInputError(f"the path of {what} is None: give it as text, e.g. {call}")
    raise QCAInputError(f"{head} {type(path).__name__} {quoted(path)}")


@refuses_r_only_arguments("read_data")
def read_data(path: str | Path, case_column: str | None = None,
              flag: str | None = None, sheet: str | int | None = None,
              sheet_flag: str | None = None) -> tuple[pd.DataFrame, str | None]:
    """The file of cases at `path` (a CSV file, or '-' for standard input) as text cells (a DataFrame), and the
    column holding case names (`case_column` given, 'case', or an unnamed first column of row names; without one,
    cases are numbered 1, 2, ... as R does): df, case = read_data('mydata.csv'), then truth_table(df, ...,
    case_column=case). What the exporters add is read or refused as the module docstring says. `flag` is
    the command-line option that gave `case_column` ('--case-column'), named when the file has no such column; None
    (a call from Python): the messages name the argument, case_column='...'. An Excel workbook
    (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods), a Stata (.dta) or SPSS (.sav) file is read as the same text cells (analysis.qca.sheets), the workbook's sheet
    `sheet` (its name, or its place counted from 1; default the first; `sheet_flag` the option that gave it, None:
    the argument sheet=): the same checks follow, and the messages name the sheet's rows and cells. A case column
    not in a workbook's first sheet, read by default, that another sheet holds is refused naming that sheet and how
    to read it (sheets.other_sheet_hint)."""
    if case_column is not None and not isinstance(case_column, str):   # a file's header holds texts
        check_case_column(case_column, "the file's")
        raise QCAInputError(f"case_column must be the name of the file's column of case names, got {case_column!r:.80}"
                            f" ({type(case_column).__name__}): a header holds texts, case_column={quoted(str(case_column))}")
    path = path_text(path)
    python = flag is None   # called from Python: the messages name read_data's arguments, not the flags
    flag = flag or PYTHON_CASE_COLUMN
    table = read_table(path, sheet, sheet_flag or PYTHON_SHEET)
    if table is not None:
        elsewhere = None
        if sheet is None and table.sheet is not None:   # a workbook read at its first sheet: another may hold it
            from .sheets import other_sheet_hint

            def elsewhere():
                return other_sheet_hint(path, [case_column], sheet_flag or "--sheet", python=python)
        df, case_column = _grid_frame(table, path, case_column, flag, elsewhere)
        warn_summary_columns(df, case_column, path, python)
        told = _warn_summary_rows(df, case_column, path, [f"sheet {quoted(table.sheet)}, row {r}" for r in table.rows]
                                  if table.sheet is not None and len(table.rows) == len(df) else
                                  [f"row {i}" for i in range(1, len(df) + 1)], python, "row")
        if told:   # the analysis warns of them no more (data_files.summary_rows_warned)
            df.attrs[SUMMARY_ROWS] = told
        if sheet is None and table.sheet is not None:   # a workbook's first sheet: another may hold the columns asked
            df.attrs[FIRST_SHEET] = path
        return df, case_column
    text = _text(Path(path), path)
    if path == STDIN:
        path = STDIN_NAME
    original = text
    text = _separator_line(text, path)
    shift = int(text is not original)   # Excel's 'sep=,' line, taken away: line numbers count it
    records = None
    if text.lstrip()[:1] in ("[", "{"):   # JSON records (calibrate --json) are read as the CSV they stand for
        records = _json_records(text, path)
        text = records or text
    starts: list[int] = []
    names = _header(text, path, shift, starts)
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[], header=0,
                         skip_blank_lines=True)
    except pd.errors.EmptyDataError:
        raise QCAInputError(f"{shortened(path)}: {the_file(path)} is empty") from None
    except pd.errors.ParserError as exc:
        msg = str(exc).splitlines()[0]
        raise QCAInputError(
            f"{shortened(path)}: not a well-formed CSV ({msg}); a row has more cells than the header: unquoted decimal "
            "commas (0,8) or a separator inside a name are the usual causes") from None
    unnamed = [c for c, n in zip(df.columns, names) if n == ""]
    columns = list(df.columns)   # pandas' labels, by position in the header ('Unnamed: 4' where a name is empty)
    df.columns = [c if n == "" else n for c, n in zip(df.columns, names)]
    blank = pd.DataFrame({j: _blank(df.iloc[:, j]) for j in range(df.shape[1])}, index=df.index)
    blank.columns = df.columns
    empty_cols = [c for c in unnamed if blank[c].all()]
    if empty_cols:  # Excel's trailing ',,,' columns
        df = df.drop(columns=empty_cols)
        blank = blank.drop(columns=empty_cols)
    second = _second_header_line(df) if records is None else []
    if second:   # a header over two lines: every column named below 'Unnamed' or a merged cell's name (was: 'column 3
        # has no name in the header ... holds values (e.g. '增长')', or its names read as non-numeric values)
        raise QCAInputError(_second_header_message(path, f"line {starts[0] if starts else 2 + shift}", second, names))
    # a column after the first with values but no name (a name left out of the header, often the last one): pandas
    # would call it 'Unnamed: 4', a name the user never wrote; only the first column may be unnamed (row names)
    for position, n in enumerate(names):
        label = columns[position] if position < len(columns) else None
        if n == "" and position > 0 and label in df.columns:
            row = int((~blank[label]).to_numpy().nonzero()[0][0])
            raise QCAInputError(
                f"{shortened(path)}: column {position + 1} has no name in the header (line {1 + shift}) but holds values (e.g. "
                f"{quoted(df[label].iloc[row].strip())} in data row {row + 1}); write its name in the header, or delete "
                "the column")
    named = [c for c, n in zip(df.columns, names) if n != "" and c in df.columns]
    if named and len(df):   # the header again inside the data (two exports appended): not a case named 'case'
        # rows whose first named cell is its name, stripped or as line 1 writes it (' case': a repeated line has the
        # header's own blanks; compared without a copy of the column), or after a byte order mark ('\ufeffcase': two
        # Excel "CSV UTF-8" files joined, `cat a.csv b.csv`), then the others of those rows
        written = {n: c for c, n in zip(columns, names)}.get(named[0], named[0])
        heads = {named[0], written, "\ufeff" + named[0], "\ufeff" + written}
        rows = np.flatnonzero(np.asarray(df[named[0]].isin(heads), dtype=bool)).tolist()
        rows = [i for i in rows if all(str(df[c].iat[i]).strip() == c for c in named[1:])]
        if rows:
            lines = [str(n) for n in _data_lines(text, rows[:5], shift)]
            raise QCAInputError(f"{shortened(path)}: line{'s' if len(lines) > 1 else ''} {', '.join(lines)} repeat"
                                f"{'' if len(lines) > 1 else 's'} the header ({','.join(named)}): files appended one "
                                "to another? Delete the repeated header line(s)")
    # the line of the file each data row is on (blank lines skipped, a quoted cell over several lines): for messages
    # naming rows (duplicate or empty case names), kept with the frame; none for JSON records (no lines of a table)
    row_lines = None if records is not None else np.asarray(starts[:len(df)])
    if row_lines is not None and len(row_lines) != len(df):   # rows read otherwise than the csv module reads: none
        row_lines = None
    empty_rows = blank.all(axis=1).to_numpy()
    if empty_rows.any():  # Excel's trailing ',,,' rows
        count = int(empty_rows.sum())
        lines = [str(n) for n in (row_lines[empty_rows][:5] if row_lines is not None
                                  else _data_lines(text, empty_rows.nonzero()[0][:5], shift))]
        warnings.warn(f"{shortened(path)}: ignored {counted(count, 'empty row')} ({in_number(count, 'line')} {', '.join(lines)}"
                      f"{' ...' if count > 5 else ''})", QCAWarning, stacklevel=user_stacklevel())
        df = df.loc[~empty_rows].reset_index(drop=True)
        row_lines = None if row_lines is None else row_lines[~empty_rows]
    notes = [] if records is not None else _notes_below(df, blank.loc[~empty_rows].reset_index(drop=True))
    if notes:
        lines = (row_lines[notes].tolist() if row_lines is not None else _data_lines(text, notes, shift))
        raise QCAInputError(_note_message(path, df, notes, [f"line{'s' if len(notes) > 1 else ''} "
                                                            f"{', '.join(map(str, lines))}"]))
    if df.shape[0] == 0:
        raise QCAInputError(f"{shortened(path)}: {the_file(path)} has a header but no data rows")
    if case_column is None and "case" in df.columns:
        _set_named_case(df, path, flag)
        case_column = "case"
    first = df.columns[0]
    if first in unnamed and first not in empty_cols:
        values = df[first].str.strip()
        if case_column is None and values.is_unique:
            warnings.warn(f"{shortened(path)}: the first column has no header: taken as case names (row names as written "
                          "by R's write.csv or an index by pandas' to_csv); name it 'case' to silence this",
                          QCAWarning, stacklevel=user_stacklevel())
            case_column = first
        elif case_column is not None and values.tolist() == [str(i) for i in range(len(values))]:
            warnings.warn(f"{shortened(path)}: the first column has no header and holds 0, 1, 2, ...: a pandas index "
                          "(to_csv without index=False), ignored", QCAWarning, stacklevel=user_stacklevel())
            df = df.drop(columns=first)
    _check_case_column(df, case_column, path, flag)
    if case_column is None:  # no case names: cases are numbered from 1 in file order, as R numbers rows
        df.index = pd.RangeIndex(1, len(df) + 1)
    whole = row_lines is not None and len(row_lines) == len(df)
    if case_column is not None:   # a case name with a zero-width space: the name typed is not found (_visible_names)
        cases = df[case_column].tolist()
        if not "".join(cases).isprintable():   # places said only then: a large file's lines are not listed twice
            df[case_column] = _visible_names(cases, path, "case name",
                                             [f"line {n}" for n in row_lines.tolist()] if whole else
                                             [f"data row {i}" for i in range(1, len(df) + 1)])
    warn_summary_columns(df, case_column, path, python)
    told = _warn_summary_rows(df, case_column, path, [f"line {n}" for n in row_lines.tolist()] if whole else
                              [f"record {i}" if records is not None else f"data row {i}" for i in range(1, len(df) + 1)],
                              python, "line" if whole else "record" if records is not None else "row")
    if told:   # the analysis warns of them no more (data_files.summary_rows_warned)
        df.attrs[SUMMARY_ROWS] = told
    if whole:
        names = df[case_column] if case_column is not None else df.index
        df.attrs[FILE_LINES] = FileLines(path, tuple(map(str, names.tolist())), tuple(row_lines.tolist()))
    return df, case_column


#: What to do with data kept in a format the engine does not read.
#: The kinds of workbook a sheet is chosen in (`sheet=` / --sheet), as its messages and the CLI's help say them.
WORKBOOK_KINDS = "(.xlsx, .xlsm, .xls, .ods)"

_CONVERT = ("save it as an Excel workbook (.xlsx) or as 'CSV UTF-8 (comma delimited)', one row per case, one column "
            "per set")


#: How read_data's messages name its arguments when Python called it (flag and sheet_flag None), where the command
#: line names its flags (--case-column, --sheet).
PYTHON_CASE_COLUMN, PYTHON_SHEET = "case_column=", "sheet="


def _given(flag: str, value) -> str:
    """The argument that gave `value` as a message names it: the flag and the value as typed ('--case-column 县名'),
    or read_data's argument as a call writes it ("case_column='县名'") for `flag` a Python name (ending in '=')."""
    return f"{flag}{quoted(value)}" if flag.endswith("=") else f"{flag} {shortened(value)}"


def _check_case_column(df: pd.DataFrame, case_column, path: str, flag: str, elsewhere=None) -> None:
    """Refuse a case column the file (a CSV file's header, a sheet's header row) does not have, naming the flag,
    the near name and the columns there are; `elsewhere`: None, or a function giving the hint of another sheet
    holding the column (a workbook read at its first sheet), said last."""
    if case_column is not None and case_column not in df.columns:
        from .data_hints import _near

        raise QCAInputError(f"{_given(flag, case_column)}: case column {quoted(case_column, as_written=True)} is "
                            f"not in {shortened(path)}"
                            f"{_near(case_column, df.columns, sets=False)} "
                            f"(columns: {', '.join(quoted(c) for c in df.columns)}){elsewhere() if elsewhere else ''}")


def _set_named_case(df: pd.DataFrame, path: str, flag: str) -> None:
    """Refuse the column named 'case', taken for the case names by its name, when it holds numbers that repeat, like a
    fuzzy set's memberships (in [0, 1], not all whole: a condition named 'case'): it was refused as 'duplicate case name(s): 0.7, 0.8, ...', without
    saying why those numbers were case names, nor which column holds the names."""
    values = df["case"]
    if values.is_unique:   # (each distinct text looked at once: a long file's case names are not stripped here)
        return
    numbers = pd.to_numeric(pd.Series([str(v).strip() for v in pd.unique(values)]), errors="coerce")
    if (numbers.isna().any() or not numbers.between(0, 1).all()
            or (numbers == numbers.round()).all()):   # whole numbers that repeat: a panel's units, not memberships
        return
    repeated = values[values.duplicated()].iloc[0]
    others = [c for c in names_like_columns(df) if c != "case"]
    passed = (f"{flag}{others[0]!r}" if flag.endswith("=") else f"{flag} {others[0]}") if others else ""   # flag: _given
    names = (f", and {others[0]!r} holds a different name for every case: pass {passed} ('case' is then "
             "read as a set; or rename it, e.g. to 'case_set')" if others else ": rename it (e.g. to 'case_set')")
    raise QCAInputError(f"{shortened(path)}: the column 'case' is taken for the case names by its name, but it holds numbers, "
                        f"{quoted(str(repeated).strip())} for {int((values == repeated).sum())} cases, like a set's memberships: a "
                        f"condition named 'case'? The name 'case' is kept for the column of case names{names}")


def header_names(path) -> list[str] | None:
    """The column names of a CSV text file's header (stripped), read from its first line(s) alone: a 2 GB file
    answers at once, where read_data reads and checks every row. Excel's 'sep=,' line is skipped, a UTF-8 or UTF-16
    byte order mark read. None for what has no such header to read (standard input, a workbook, a Stata or SPSS
    file, JSON records, another file read_data refuses by its first bytes, text that is not UTF-8, an empty or
    comment first line, a header of one column: another separator, 'sep=;'): read_data reads it, or names the
    problem."""
    from itertools import chain

    from .sheets import PEEK, table_kind

    p = Path(str(path))
    try:
        if str(path) == STDIN or not str(path).strip() or not p.is_file():
            return None
        with open(p, "rb") as fh:
            head = fh.read(PEEK)
        if table_kind(str(path), head) is not None or binary_kind(head) is not None:
            return None
        encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
        with open(p, encoding=encoding, newline="") as fh:
            first = fh.readline().lstrip("\ufeff")
            sep = _SEP_LINE.fullmatch(first.rstrip("\r\n"))
            if sep is not None and sep.group(1) != ",":   # 'sep=;': refused by read_data, which says why
                return None
            if sep is not None:
                first = fh.readline()
            if first.lstrip()[:1] in ("[", "{"):   # JSON records
                return None
            names = [c.strip() for c in next(csv.reader(chain([first], fh)), [])]
    except (OSError, UnicodeError, csv.Error):
        return None
    if len(names) < 2 or names[0].startswith("#"):   # one column: another separator (';', a tab), refused
        return None
    return names


def _lock_file(path: str) -> None:
    """Refuse the lock file Excel ('~$lc.xlsx') or LibreOffice ('.~lock.lc.xlsx#') writes beside a workbook while it is
    open (and leaves behind after a crash), which a shell's completion offers first: it was read as text and refused
    as 'line 1 holds a NUL byte ... the file is damaged', naming neither what it is nor the file meant."""
    p = Path(path)
    name = p.name
    if name.startswith("~$") and len(name) > 2:
        rest, program = name[2:], "Excel"   # Excel keeps the name's end: '~$lc.xlsx', '~$dget2020.xlsx'
    elif name.startswith(".~lock.") and name.endswith("#") and len(name) > 8:
        rest, program = name[7:-1], "LibreOffice"
    else:
        return
    try:
        near = sorted(n.name for n in p.parent.iterdir() if n.is_file() and n.name != name and not
                      n.name.startswith(("~$", ".~lock.")) and (n.name == rest or program == "Excel" and
                                                                 n.name.endswith(rest)))
    except OSError:
        near = []
    meant = (f": give the workbook, {' or '.join(repr(str(p.parent / n)) for n in near)}" if near else
             ": give the workbook itself")
    raise QCAInputError(f"{shortened(path)}: this is {program}'s lock file, which {program} writes beside a workbook while it is "
                        f"open (and leaves behind if it stops), not the data{meant}")


@refuses_r_only_arguments("read_table")
def read_table(path: str, sheet=None, sheet_flag: str = "--sheet"):
    """The table of a workbook (.xlsx, .xlsm, .xls, .ods), Stata or SPSS file at `path` (sheets.Grid: its cells as
    CSV text, with the rows and column letters they came from), or None for a file read as text; read_data reads a
    table file through it, and Paper A's case workbook too. `sheet`: the workbook's sheet (its name, or its place
    counted from 1; None: the first), `sheet_flag` the option that gave it, named in messages. An Excel binary
    workbook (.xlsb) is refused saying how to convert it, and `sheet` given for a file that has no sheets."""
    from .sheets import PEEK, read_spss, read_stata, read_workbook, table_kind

    head = b""
    if path != STDIN and str(path).strip() and path_kind(Path(path), path) == "file":
        _lock_file(path)
        try:
            with open(path, "rb") as fh:
                head = fh.read(PEEK)
        except OSError:
            head = b""   # _text names the error
    kind = table_kind(path, head) if head else None
    if kind == "xlsb":
        raise QCAInputError(f"{shortened(path)}: this is an Excel binary workbook (.xlsb), which the engine does not read; in "
                            f"Excel, {_CONVERT}")
    if sheet is not None and kind not in ("xlsx", "ods", "xls") and (head or path == STDIN):
        what = ("a Stata file" if kind == "dta" else "an SPSS file" if kind in ("sav", "por") else
                "standard input" if path == STDIN else f"not a workbook {WORKBOOK_KINDS}")
        leave = "call read_data without sheet=" if sheet_flag.endswith("=") else f"leave {sheet_flag} out"
        raise QCAInputError(f"{_given(sheet_flag, sheet)}: {shortened(path)} is {what}; a sheet is chosen only in a workbook "
                            f"{WORKBOOK_KINDS}: {leave}")
    if kind in ("xlsx", "ods", "xls"):
        return read_workbook(path, sheet, sheet_flag, kind)
    if kind == "dta":
        return read_stata(path)
    if kind in ("sav", "por"):
        return read_spss(path, portable=kind == "por")
    return None


def _grid_frame(grid, path: str, case_column, flag: str, elsewhere=None):
    """read_data's frame of a workbook's sheet or a Stata file (sheets.Grid): its text read as a CSV file's is, with
    the case column found as for a CSV file and the sheet's rows and column letters kept (FileLines) for messages."""
    df = pd.read_csv(io.StringIO(grid.text), dtype=str, keep_default_na=False, na_values=[], header=0,
                     skip_blank_lines=False)
    names = _visible_names(list(grid.names), path, "column name",   # a sheet's columns by their letters (A, B, ...)
                           [f"column {grid.letters[i] if grid.letters else i + 1}" for i in range(len(grid.names))])
    labels = list(df.columns)
    df.columns = [c if n == "" else n for c, n in zip(labels, names)]
    unnamed = [c for c, n in zip(df.columns, names) if n == ""]
    empty_cols = [c for c in unnamed if _blank(df[c]).all()]
    if empty_cols:
        df = df.drop(columns=empty_cols)
    notes = _notes_below(df, pd.DataFrame({j: _blank(df.iloc[:, j]) for j in range(df.shape[1])}))
    if notes and grid.sheet is not None:   # a workbook's sheet (a Stata or SPSS file has no such lines)
        rows = [str(grid.rows[i]) for i in notes]
        raise QCAInputError(_note_message(path, df, notes, [f"sheet {quoted(grid.sheet)}, row{'s' if len(rows) > 1 else ''} "
                                                            f"{', '.join(rows)}"]))
    second = _second_header_line(df) if grid.sheet is not None else []
    if second:   # a workbook's header over two rows (was: its names read as non-numeric values of a case 'case')
        raise QCAInputError(_second_header_message(path, f"sheet {quoted(grid.sheet)}, row {grid.rows[0]}", second,
                                                   [str(n) for n in names]))
    if case_column is None and "case" in df.columns:
        _set_named_case(df, path, flag)
        case_column = "case"
    first = df.columns[0]
    if first in unnamed and case_column is None and df[first].str.strip().is_unique:
        warnings.warn(f"{shortened(path)}: the first column has no header: taken as case names (an index as pandas' to_excel "
                      "writes it); name it 'case' to silence this", QCAWarning, stacklevel=user_stacklevel())
        case_column = first
    elif first in unnamed and df[first].str.strip().tolist() == [str(i) for i in range(len(df))]:
        warnings.warn(f"{shortened(path)}: the first column has no header and holds 0, 1, 2, ...: a pandas index (to_excel "
                      "without index=False), ignored", QCAWarning, stacklevel=user_stacklevel())
        df = df.drop(columns=first)
    _check_case_column(df, case_column, path, flag, elsewhere)
    wrong = next((e for e in grid.errors if e[0] == case_column), None)
    if wrong is not None:   # '#N/A' from a lookup formula: no case's name (the set columns' errors are named later)
        raise QCAInputError(f"{shortened(path)}: sheet {quoted(grid.sheet)}, cell {wrong[1]} (case column {quoted(case_column)}) holds Excel's "
                            f"error {wrong[2]}, not a case name: correct the formula, or write the case's name")
    if case_column is None:
        df.index = pd.RangeIndex(1, len(df) + 1)
    elif len(grid.rows) == len(df) and not "".join(df[case_column].tolist()).isprintable():
        # a case name with a zero-width space (_visible_names), named by its row
        df[case_column] = _visible_names(df[case_column].tolist(), path, "case name",
                                         [f"row {r}" if grid.sheet is not None else f"observation {r}"
                                          for r in grid.rows])
    if grid.dates:   # a Stata or SPSS date variable: named as one if taken for a set
        df.attrs[DATE_VARIABLES] = dict(grid.dates)
    if grid.program:   # Stata or SPSS: a hint says what to do there
        df.attrs[PROGRAM] = grid.program
    if grid.labels:   # a labelled variable, read as its codes: a set's codes naming its labels are told so
        df.attrs[VALUE_LABELS] = {name: dict(pairs) for name, pairs in grid.labels}
    if grid.sheet is not None:
        kept = df[case_column] if case_column is not None else df.index
        letters = tuple((str(n), grid.letters[j]) for j, n in enumerate(names) if n)
        df.attrs[FILE_LINES] = FileLines(path, tuple(str(n) for n in kept), tuple(grid.rows), grid.sheet, letters)
    return df, case_column


def _json_records(text: str, path: str) -> str | None:
    """JSON records, a list of {column: value} objects one per case (what `calibrate --json` writes), as CSV text
    (a number as Python writes it, which reads back as the same float; null as an empty cell, a missing value); None
    when the text is no JSON (a CSV whose first header starts with '[' or '{'). Other JSON (the output of minimize
    --json, a list of lists) is refused naming what is allowed: these were read as CSV and refused as 'line 3 has 2
    cells, the header 1: ... unquoted decimal commas', which named neither the JSON nor what to give."""
    try:
        obj = json.loads(text, object_pairs_hook=lambda pairs: _unique_keys(path, pairs))
    except QCAInputError:   # a key given twice in a record
        raise
    except ValueError:
        obj = _json_lines(text, path)
        if obj is None:
            return None
    allowed = ("give a CSV file (one row per case), or JSON records: a list of {column: value} objects, one per "
               "case, as 'calibrate --json' writes them; from pandas: df.to_json(path, orient='records')")
    if not isinstance(obj, list) or not all(isinstance(r, dict) for r in obj):
        what = ("an object (keys: " + ", ".join(map(repr, list(obj)[:6])) + (", ..." if len(obj) > 6 else "") + ")"
                if isinstance(obj, dict) else "a list whose items are not all objects" if isinstance(obj, list)
                else f"a single {type(obj).__name__}")
        raise QCAInputError(f"{shortened(path)}: holds JSON, {what}, not a table of cases (the output of another command's "
                            f"--json?); {allowed}")
    if not obj or not any(obj):
        raise QCAInputError(f"{shortened(path)}: holds JSON records without any case (an empty list or empty objects); {allowed}")
    columns = list(dict.fromkeys(k for r in obj for k in r))
    for i, r in enumerate(obj, start=1):
        nested = next((k for k, v in r.items() if isinstance(v, (dict, list))), None)
        if nested is not None:
            raise QCAInputError(f"{shortened(path)}: record {i}, key {quoted(nested)}: a {type(r[nested]).__name__} is not a cell "
                                f"value (a number, a text or null); {allowed}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for r in obj:
        writer.writerow(["" if r.get(k) is None else repr(v) if isinstance(v := r.get(k), float) else str(v)
                         for k in columns])
    return out.getvalue()


def id_column(values: pd.Series, what: str, lines=None) -> pd.Series:
    """A column of ids read from a file as text (cluster's --unit and --cluster), as the ids it means: blanks around
    an id dropped ('AU ' is AU, as case names are read), and in a column of numbers each id as its number ('1.0',
    ' 1' and '01' are wave 1, as R and pandas read a numeric column; each was a wave of its own, without a word). An
    id written with full-width digits ('１', a Chinese input method) among numbers is refused naming it and its line
    (`lines`: the file's line of each row, or None). `what` names the column in messages ('--cluster WAVE')."""
    import unicodedata

    from .checks import float_text

    text = values.astype(str).str.strip()
    numbers: dict[str, float] = {}
    for v in dict.fromkeys(text):
        try:
            x = float_text(v)
        except ValueError:
            continue
        if np.isfinite(x):
            numbers[v] = x
    if not numbers:
        return text
    shown = list(dict.fromkeys(_id_number(x) for x in numbers.values()))
    others = [v for v in dict.fromkeys(text) if v not in numbers]
    if not others:
        return text.map(lambda v: _id_number(numbers[v]))
    for v in others:
        plain = unicodedata.normalize("NFKC", v).strip()
        if plain != v and (plain in numbers or plain.replace(".", "", 1).isdigit()):
            row = int(np.flatnonzero((text == v).to_numpy())[0])
            where = f"line {lines[row]}" if lines is not None and row < len(lines) else f"row {row + 1}"
            raise QCAInputError(f"{what}: id {quoted(v)} ({where}) is written with full-width characters while the other ids "
                                f"are numbers ({', '.join(shown[:5])}{', ...' if len(shown) > 5 else ''}): write "
                                f"{quoted(plain)}")
    return text


def _id_number(x: float) -> str:
    """A numeric id as text: a whole number without '.0' (wave 1), else Python's shortest form."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _json_lines(text: str, path: str) -> list | None:
    """JSON Lines, one {column: value} object per line (pandas' df.to_json(path, orient='records', lines=True)), as
    the list of records it holds; None when a line is no JSON object (a CSV whose header starts with '{'). They
    were read as CSV: "did you mean 'SURV:0.05}'?"."""
    records = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return None
        try:
            record = json.loads(line, object_pairs_hook=lambda pairs: _unique_keys(path, pairs))
        except ValueError:
            return None
        if not isinstance(record, dict):
            return None
        records.append(record)
    return records or None


def names_like_columns(df: pd.DataFrame) -> list[str]:
    """The columns of a read file holding a different non-numeric text in every row, like case names
    (data.looks_like_case_names)."""
    from .data import looks_like_case_names

    return [str(c) for c in df.columns if looks_like_case_names(df[c])]


def shared_name_columns(data: pd.DataFrame, raw: pd.DataFrame) -> list[str]:
    """The columns like case names (names_like_columns) that both the data and the raw values hold: where neither is
    indexed by its cases, a sign that matching them by row position would pair the wrong cases."""
    in_raw = set(names_like_columns(raw))
    return [c for c in names_like_columns(data) if c in in_raw]


def _unique_keys(path, pairs) -> dict:
    """A mapping from (key, value) pairs, refusing a key given twice: YAML and JSON readers keep the last value of a
    repeated key without a word, so 'incl_cut: 0.8' followed later by 'incl_cut: 0.9' would run with 0.9."""
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise QCAInputError(f"{shortened(path)}: key {quoted(k)} is given twice; give each key once (the file's readers "
                                "would keep the last value without a word)")
        out[k] = v
    return out


def _unique_key_loader(path):
    """yaml.SafeLoader refusing a key given twice in one mapping (`_unique_keys`), naming its line."""
    import yaml

    class UniqueKeyLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            if isinstance(node, yaml.MappingNode):
                self.flatten_mapping(node)
                seen: dict = {}
                for key_node, _ in node.value:
                    key = self.construct_object(key_node, deep=deep)
                    try:
                        hash(key)
                    except TypeError:   # SafeLoader's own error for an unhashable key
                        break
                    if key in seen:
                        raise QCAInputError(
                            f"{shortened(path)}: key {quoted(key)} is given twice (lines {seen[key] + 1} and "
                            f"{key_node.start_mark.line + 1}); give each key once (YAML keeps the last value "
                            "without a word)")
                    seen[key] = key_node.start_mark.line
            return super().construct_mapping(node, deep=deep)

        def construct_yaml_int(self, node):
            _plain_yaml_number(path, node, super().construct_yaml_int(node))
            return super().construct_yaml_int(node)

        def construct_yaml_float(self, node):
            _plain_yaml_number(path, node, super().construct_yaml_float(node))
            return super().construct_yaml_float(node)

        def construct_yaml_bool(self, node):
            value = super().construct_yaml_bool(node)
            _plain_yaml_bool(path, node, value)
            return value

    UniqueKeyLoader.add_constructor("tag:yaml.org,2002:bool", UniqueKeyLoader.construct_yaml_bool)
    UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", UniqueKeyLoader.construct_yaml_int)
    UniqueKeyLoader.add_constructor("tag:yaml.org,2002:float", UniqueKeyLoader.construct_yaml_float)
    return UniqueKeyLoader


def _plain_yaml_bool(path, node, read: bool) -> None:
    """Refuse yes/no/on/off (any case), which YAML 1.1 (PyYAML) reads as true/false: Norway's code in 'drop_cases:
    [NO]' became the case False ("unknown case(s) 'False'"), and a set named ON in a calibration specification a
    column 'True', written without a word. true/false (any case) are read as written."""
    text = str(node.value).strip()
    if text.lower() in ("true", "false"):
        return
    mark = node.start_mark
    raise QCAInputError(f"{shortened(path)}: line {mark.line + 1}, column {mark.column + 1}: {text} is read by YAML as {quoted(read)} "
                        f"(YAML 1.1 reads yes/no/on/off as true/false); quote it ({quoted(text, as_written=True)}) if "
                        "it is a name or a case "
                        f"ID, or write {str(read).lower()}")


def _plain_yaml_number(path, node, read) -> None:
    """Refuse a number YAML 1.1 (PyYAML) reads other than as written in decimal: digits grouped with '_' (1_000),
    a leading 0 (010 is octal 8), 0x / 0b (hexadecimal, binary), ':' (1:30 is 90, base 60). A sweep file's
    'max_runs: 1_000' or a case ID 'drop_cases: [010]' ran with 1000 or case 8 without a word; as the command line
    refuses '--max-models 1_000', the file names the line and says what to write."""
    text = str(node.value).strip()
    digits = text.lstrip("+-")
    if "_" in text:
        why, plain = "digits grouped with '_'", text.replace("_", "")
    elif ":" in text:
        why, plain = "':' makes it a base-60 number", None
    elif digits[:2].lower() in ("0x", "0b", "0o"):
        why, plain = {"0x": "hexadecimal", "0b": "binary", "0o": "octal"}[digits[:2].lower()], None
    elif node.tag.endswith(":int") and len(digits) > 1 and digits.startswith("0"):
        why, plain = "a leading 0 makes it octal", text.replace(digits, digits.lstrip("0") or "0")
    else:
        return
    mark = node.start_mark
    write = f"write {plain} (digits 0-9 only), or" if plain is not None else "write the number in decimal digits, or"
    raise QCAInputError(f"{shortened(path)}: line {mark.line + 1}, column {mark.column + 1}: {text} is read by YAML as {quoted(read)} "
                        f"({why}); {write} quote it ({quoted(text, as_written=True)}) if it is a name or a case ID")


#: Full-width forms of YAML's and JSON's punctuation.
_WIDE_SYNTAX = full_width_forms(":,[]{}\"'#- ")


def _wide_syntax_hint(text: str) -> str:
    """For a file that does not parse: the first line holding full-width punctuation ('：', '，', '［', ...; typed with
    a Chinese input method) and the ASCII characters meant; '' if none."""
    for n, line in enumerate(text.splitlines(), start=1):
        found = list(dict.fromkeys(ch for ch in line if ch in _WIDE_SYNTAX))
        if found:
            said = ", ".join(f"{ch!r} -> {_WIDE_SYNTAX[ch]!r}" for ch in found)
            return (f"; line {n} has full-width punctuation (typed with a Chinese input method, 全角): {said}; the "
                    "file's syntax needs the ASCII (半角) characters")
    return ""


def _yaml_problem(exc, text: str) -> str:
    """A YAML syntax error in one line: where (line, column) and what, with a hint for tabs and full-width
    punctuation."""
    mark, problem = getattr(exc, "problem_mark", None), getattr(exc, "problem", None)
    what = problem or str(exc).splitlines()[0]
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if problem and context and cmark is not None:   # e.g. an unclosed '[': where the sequence began
        what += f" ({context} from line {cmark.line + 1}, column {cmark.column + 1})"
    tab = "; indent with spaces, not tabs" if "'\\t'" in what else ""
    return where + what + tab + _wide_syntax_hint(text) + _r_vector_syntax_hint(text, mark) + _equals_syntax_hint(text)


def _equals_syntax_hint(text: str) -> str:
    """For a YAML file that does not parse: the first line writing a key and its value with '=' ('incl_cut = 0.8', R's
    assignment, a TOML or .ini habit; YAML says only "could not find expected ':'"), and the line to write; ''
    otherwise."""
    for n, line in enumerate(text.splitlines(), start=1):
        found = re.fullmatch(r"(\s*(?:-\s+)?)([A-Za-z_][\w.]*)\s*=\s*([^=#\s][^=#]*?)\s*", line)
        if found:
            return (f"; line {n} writes {quoted(line.strip())} with '=' (R's assignment): YAML writes a key and its value "
                    f"as {quoted(f'{found.group(2)}: {found.group(3)}')}")
    return ""


def _r_vector_syntax_hint(text: str, mark) -> str:
    """For a YAML file that does not parse at a line holding R's vector c(...) of quoted items (drop_cases:
    c("AU", "BE") in a {...}, copied from R): the YAML list to write; '' otherwise."""
    lines = text.splitlines()
    if mark is None or not 0 <= mark.line < len(lines):
        return ""
    found = re.search(r"(?<![\w.])c\s*\([^()]*\)", lines[mark.line])
    items = r_vector_items(found.group(0)) if found else None
    if not items or not all(items) or not re.search(r"['\"]", found.group(0)):
        return ""
    return f"; line {mark.line + 1} has R's vector {found.group(0)}: write a YAML list, [{', '.join(items)}]"


def read_spec_file(path, what: str = "a specification"):
    """The content of a YAML (.yaml, .yml; yaml.safe_load) or JSON file, with one clear error for a missing file,
    a folder, another suffix, text that is not UTF-8 (a byte-order mark is allowed) or a syntax error; a key given
    twice, a YAML number not written in plain decimal digits (1_000, 010, 0x10, 1:30: _plain_yaml_number), and
    yes/no/on/off read as true/false (NO, Norway's code: _plain_yaml_bool) are refused naming the line; a path that
    is no text (a DataFrame, an open file) as path_text refuses it."""
    path = path_text(path, what, "'spec.yaml'")
    p = Path(path)
    if not str(path).strip():   # Path('') is '.', a folder
        raise QCAInputError(f"the file name of {what} is empty ({quoted(str(path))}): give the .yaml, .yml or .json file")
    if path_kind(p, path) == "missing":
        raise QCAInputError(f"{shortened(path)}: file not found{missing_file_hint(path)}")
    if path_kind(p, path) == "folder":
        raise QCAInputError(f"{shortened(path)}: is a folder; give the specification file (.yaml, .yml or .json)")
    suffix = p.suffix.lower()
    if suffix not in (".json", ".yaml", ".yml"):
        raise QCAInputError(f"{shortened(path)}: {what} must be .yaml, .yml or .json, got {suffix or 'no suffix'}")
    try:
        payload = p.read_bytes()
    except OSError as exc:   # no permission, an I/O error: one line, as for the data file (was a traceback)
        raise QCAInputError(f"{shortened(path)}: cannot read the file ({exc.strerror or exc})") from None
    try:
        text = payload.decode("utf-8-sig")  # a byte-order mark (Windows Notepad) is not part of the text
    except UnicodeDecodeError as exc:   # the data file's hint (GBK named, its line as GBK reads it)
        raise QCAInputError(not_utf8_message(path, payload, exc.start, editor=True)) from None
    try:
        if suffix == ".json":
            return json.loads(text, object_pairs_hook=lambda pairs: _unique_keys(path, pairs))
        import yaml

        return yaml.load(text, Loader=_unique_key_loader(path))
    except QCAInputError:
        raise
    except (json.JSONDecodeError, ValueError) as exc:
        raise QCAInputError(f"{shortened(path)}: not valid {suffix[1:].upper()} ({str(exc).splitlines()[0]}"
                            f"{_wide_syntax_hint(text)})") from None
    except Exception as exc:  # yaml.YAMLError
        if type(exc).__module__.startswith("yaml"):
            raise QCAInputError(f"{shortened(path)}: not valid YAML ({_yaml_problem(exc, text)})") from None
        raise
