"""Padding printed tables by display width: a Chinese character takes two columns on a terminal (East Asian
Wide / Fullwidth, Unicode Standard Annex #11), so `len()` misaligns tables whose set names or cases are Chinese.
Every text table of the engine is padded here: truth tables and solutions with `ljust` / `rjust`, fit tables (pof,
necessity) and data frames (cases, robustness, theory, cluster, chart) with `frame`, results that are DataFrames
(ResultFrame: case_typology, the pairs of cases, threshold ranges) in blocks of 80 columns with `frame_blocks`. A
name of 100,000 characters (a column of a survey export) is printed by its beginning and its length (`shown`), kept
whole in the data."""
from __future__ import annotations

import copy
import functools
import re
import textwrap
import unicodedata
from collections.abc import MutableMapping

import pandas as pd

from .errors import MESSAGE_LIMIT, QUOTE_LIMIT, shortened
from .r_calls import refuses_r_only_arguments

__all__ = ["width", "ljust", "rjust", "wrap", "wrapped", "case_lines", "frame", "frame_labelled", "frame_blocks", "json_ready", "shown", "shown_as_printed",
           "ResultFrame", "TablesByKey", "SortedSet", "SortedFrozenSet", "RowNumbers"]

#: A run of characters a printout shows cut (`shown`): more than QUOTE_LIMIT of them without a blank, a comma, a
#: bracket, a rule's '-' or an operator of an expression ('*', '+', '~') between them.
_LONG_RUN = re.compile(rf"[^\s,*+~()\[\]{{}}\-]{{{QUOTE_LIMIT + 1},}}")
#: Words joined by single blanks (a survey question as a header: 'How satisfied are you with ...', or a sentence), each
#: without an operator of an expression or a bracket: `shown` cuts such a phrase longer than MESSAGE_LIMIT (the longest
#: message an error keeps whole: no text the engine writes, nor a list of cases, is as long without a line break).
_PHRASE = re.compile(r"[^\s*+~()\[\]{}]+(?: [^\s*+~()\[\]{}]+)+")


#: What a printout writes around a name, not part of it: quotes before and after it, a label's colon after it
#: ('<ConfigurationChart OUTCOME: 1 group(s), ...>'); `shown` keeps them outside the cut, its length the name's own.
_AROUND = re.compile(r"(?P<before>['\"]?)(?P<name>.*?)(?P<after>['\"]?:?)", re.DOTALL)


def _cut(m: re.Match) -> str:
    """A long run or phrase `shown` cuts (m) by its beginning and its length (errors.shortened), the quotes and the
    label's colon around it (_AROUND) kept after the cut and not counted."""
    around = _AROUND.fullmatch(m.group())
    return around.group("before") + shortened(around.group("name")) + around.group("after")


def shown(text: str) -> str:
    """`text` as a printout shows it: each run of more than QUOTE_LIMIT characters (_LONG_RUN: a condition or an
    outcome named by a column of 100,000 characters, which the engine accepts) by its beginning and its length, as an
    error shows what the user typed (errors.shortened: 'QQQQ… (100,000 characters)'), so that a table is not 100,000
    columns wide; so also each phrase of words joined by single blanks longer than MESSAGE_LIMIT (_PHRASE: a name
    with blanks, a survey question). to_frame(), to_dict() and the JSON keep the name whole. Shorter text is returned
    as it is."""
    if len(text) <= QUOTE_LIMIT:
        return text
    text = _LONG_RUN.sub(_cut, text)
    if len(text) <= MESSAGE_LIMIT:
        return text
    return _PHRASE.sub(lambda m: _cut(m) if len(m.group()) > MESSAGE_LIMIT else m.group(), text)


def shows_long_names(cls):
    """Class decorator: the class's str() and repr() go through `shown` (padded cells already do: width, ljust,
    rjust), so a long name is cut where the text names it outside a table too (a model's line, a header)."""
    for name in ("__str__", "__repr__"):
        method = getattr(cls, name)
        if not getattr(method, "_shown", False):
            @functools.wraps(method)
            def printed(self, _method=method):
                return shown(_method(self))
            printed._shown = True
            setattr(cls, name, printed)
    return cls


def _pretty_as_printed(self, printer, cycle) -> None:
    printer.text(str(self))


def shown_as_printed(cls):
    """Class decorator: Jupyter (IPython) shows the result as print() does, its table, as R shows a result typed at
    the prompt; repr() stays the class's one-line summary. Set on the class itself, not inherited from a mixin:
    IPython walks the class's MRO and takes the first class defining __repr__ or _repr_pretty_, so a mixin's method
    loses to the class's own __repr__."""
    cls._repr_pretty_ = _pretty_as_printed
    return shows_long_names(cls)


def width(text: str) -> int:
    """Columns `text` takes on a terminal, as printed (`shown`): 2 for wide and fullwidth characters, 0 for
    combining marks, else 1."""
    text = shown(text)
    if text.isascii():  # the usual case, without a look-up per character
        return len(text)
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def wrap(text: str, columns: int, initial_indent: str = "", subsequent_indent: str = "",
         break_on_hyphens: bool = True, break_long_words: bool = True) -> list[str]:
    """textwrap.wrap by the columns a terminal gives the text (`width`): a Chinese character takes two, so a line of
    Chinese set names wrapped by its characters ran to twice the width of the others. Each wide character is read
    with a placeholder after it (one more column to textwrap), removed from the lines. break_on_hyphens: False
    keeps a hyphenated word ('cut-off', a set named 'GDP-growth') whole, as textwrap's own setting does;
    break_long_words: False keeps a word wider than `columns` (a term, a case's name) whole on a line of its own."""
    text = shown(text)
    options = dict(initial_indent=initial_indent, subsequent_indent=subsequent_indent,
                   break_on_hyphens=break_on_hyphens, break_long_words=break_long_words)
    if text.isascii():
        return textwrap.wrap(text, columns, **options)
    pad = "\uffff"   # a noncharacter: in no text, and no space for textwrap to break at
    padded = "".join(ch + pad if unicodedata.east_asian_width(ch) in "WF" else ch for ch in text)
    return [line.replace(pad, "") for line in textwrap.wrap(padded, columns, **options)]


def wrapped(text: str, indent: str = "  ", first: str = "") -> list[str]:
    """A line of prose (a note, a heading, a list of cases, an expression) as the lines of an 80-column terminal
    (PRINT_WIDTH): broken at blanks, by display width (`wrap`), each line after the first indented by `indent`,
    the first by `first`; a word is never cut (a term, a name, 'between-pooled'), so a word wider than the line
    has one of its own. A text that fits is its one line."""
    return wrap(text, PRINT_WIDTH, first, indent, break_on_hyphens=False, break_long_words=False) or [first.rstrip()]


def case_lines(cases: str, room: int) -> list[str]:
    """A list of cases as R writes them (a term's, 'BE,CZ; NL'; a truth table row's, 'BE,CZ,NL,UK'), in lines of
    at most `room` columns (display width), broken after a ',' or '; ', never within a case's name (a name wider
    than `room` has a line of its own); a text that fits is its one line. The lines joined (the blank after a ';'
    at a break restored) give the text back."""
    if width(cases) <= room:
        return [cases]
    lines, line = [], ""
    for part in re.findall(r"[^,;]*(?:,|; ?|$)", cases):
        if not part:
            continue
        if line and width(line + part.rstrip()) > room:
            lines.append(line.rstrip())
            line = ""
        line += part
    return lines + ([line.rstrip()] if line else [])


def ljust(text: str, columns: int) -> str:
    return shown(text) + " " * max(0, columns - width(text))


def rjust(text: str, columns: int) -> str:
    return " " * max(0, columns - width(text)) + shown(text)


def _cell(value, float_format, na_rep: str | None = None) -> str:
    if na_rep is not None and (value is None or value is pd.NA or (isinstance(value, float) and value != value)):
        return na_rep
    if float_format is not None and isinstance(value, float) and value == value:  # not NaN
        return float_format(value)
    return str(value)


def _text_columns(df, float_format, index: bool, na_rep: str | None) -> tuple[list, list[int]]:
    """`frame`'s columns as text, (header, cells, right-aligned) each, and the columns each takes on a terminal."""
    import numpy as np

    cols = []   # (header, cells, right-aligned)
    if index:
        cols.append(("", [str(v) for v in df.index], False))
    for j, name in enumerate(df.columns):
        s = df.iloc[:, j]
        right = pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s) or (
            len(s) > 0 and all(isinstance(v, (int, float, np.number, bool, np.bool_)) for v in s))
        cols.append((str(name), [_cell(v.item() if isinstance(v, np.generic) else v, float_format, na_rep) for v in s],
                     right))
    return cols, [max([width(h)] + [width(c) for c in cells]) for h, cells, _ in cols]


def _lines(cols, widths, rows: int) -> str:
    """The header and `rows` rows of text columns (`_text_columns`), two blanks between columns; a cell of several
    lines (`_fit_block` wrapped it) makes its row as many lines, the other cells blank below their first."""
    def line(texts):
        return "  ".join(rjust(t, w) if right else ljust(t, w)
                         for t, w, (_, _, right) in zip(texts, widths, cols)).rstrip()

    out = [line([h for h, _, _ in cols])]
    for i in range(rows):
        parts = [c[i].split("\n") for _, c, _ in cols]
        out += [line([p[j] if j < len(p) else "" for p in parts]) for j in range(max(map(len, parts)))]
    return "\n".join(out)


def _used(widths, block) -> int:
    """The columns a block of `frame_blocks` takes: its columns' widths, two blanks between them."""
    return sum(widths[i] for i in block) + 2 * (len(block) - 1)


def _fit_block(cols, widths, block, fixed, columns: int) -> None:
    """A block of `frame_blocks` wider than `columns`: its widest text columns (left-aligned, cells with blanks: a
    reading, a list of cases), not those `fixed` (the row labels and keys, repeated in each block), have their cells
    wrapped at blanks to the room the others leave (no narrower than the column's header or its longest word: a type
    'deviant consistency' on two lines beside two cases' Chinese names), each a cell of several lines, until the
    block fits or none is left to wrap. `cols` and `widths` are changed in place."""
    def used():
        return _used(widths, block)

    text = sorted((i for i in block if i not in fixed and not cols[i][2] and any(" " in c for c in cols[i][1])),
                  key=lambda i: -widths[i])
    for i in text:
        if used() <= columns:
            return
        room = max(columns - (used() - widths[i]), width(cols[i][0]),
                   max(width(w) for c in cols[i][1] for w in c.split() or [""]))
        if room >= widths[i]:
            continue
        header, cells, right = cols[i]
        cells = ["\n".join(wrap(c, room, break_on_hyphens=False, break_long_words=False) or [""]) for c in cells]
        cols[i] = (header, cells, right)
        widths[i] = max([width(header)] + [width(line) for c in cells for line in c.split("\n")])
    for i in block:   # still too wide for a header (a term of long names over a column of numbers, 89 columns):
        if used() > columns and cols[i][2] and i not in fixed:   # its numbers under its start, not its end
            header, cells, _ = cols[i]
            most = max([width(c) for c in cells] + [0])
            if width(header) > most:
                cols[i] = (header, [rjust(c, most) for c in cells], False)


def frame(df, float_format=None, index: bool = False, na_rep: str | None = None) -> str:
    """A data frame as a text table padded by display width (what `DataFrame.to_string` does by `len()`): text
    columns left-aligned, numbers and flags right-aligned, two blanks between columns; `float_format` formats the
    float cells (NaN prints as NaN, or as `na_rep` when given); `index`: the row labels first, left-aligned, with no
    header."""
    return _lines(*_text_columns(df, float_format, index, na_rep), len(df))


def frame_labelled(df, float_format=None, na_rep: str | None = None) -> str:
    """`frame` of a table whose first column labels its rows (a set, an expression) and whose others are values
    (fit), within 80 columns (PRINT_WIDTH) where the labels widen it past them: a label too long for the values to
    fit beside it is on a line of its own (wrapped at its blanks, never within a term or a name, further lines
    indented by two), the row's values on the next line in their columns; a table that fits prints as `frame`."""
    cols, widths = _text_columns(df, float_format, False, na_rep)
    if _used(widths, range(len(cols))) <= PRINT_WIDTH or len(cols) < 2:
        return _lines(cols, widths, len(df))
    header, labels, right = cols[0]
    fits = PRINT_WIDTH - _used(widths, range(1, len(cols))) - 2   # a label's columns beside the values
    widths[0] = max([width(header)] + [width(c) for c in labels if width(c) <= fits])
    out = [_lines(cols, widths, 0)]
    for i, label in enumerate(labels):
        alone = width(label) > widths[0]
        if alone:
            out += wrap(label, PRINT_WIDTH, "", "  ", break_on_hyphens=False, break_long_words=False)
        row = [(h, [("" if alone and j == 0 else c[i])], r) for j, (h, c, r) in enumerate(cols)]
        out.append(_lines(row, widths, 1).split("\n", 1)[1])
    return "\n".join(out)


#: The columns a printed ResultFrame fits its blocks of columns in: a terminal's 80, whatever the terminal, so that
#: a result prints the same everywhere (R's default width too).
PRINT_WIDTH = 80


def frame_blocks(df, keys=(), columns: int = PRINT_WIDTH, float_format=None, na_rep: str | None = None,
                 index: bool = True) -> str:
    """`frame` in blocks of columns that fit `columns` (as R prints a wide table): each block the row labels (with
    `index`), the columns named in `keys` (what names a row: a case, a pair's two cases) and as many of the others,
    in order, as fit; at least one other column a block, so a column wider than `columns` has a block of its own,
    its cells of text wrapped at blanks to fit (`_fit_block`: a reading of 90 columns on lines of 70). Blocks apart
    by a blank line; a table that fits is one block (the `keys` first)."""
    cols, widths = _text_columns(df, float_format, index, na_rep)
    first = 1 if index else 0
    head = [0] * index + [first + j for j, name in enumerate(df.columns) if name in keys]
    blocks, block = [], list(head)
    used = sum(widths[i] + 2 for i in head) - 2
    for i in (i for i in range(first, len(cols)) if i not in head):
        if len(block) > len(head) and used + 2 + widths[i] > columns:
            blocks.append(block)
            block, used = list(head), sum(widths[j] + 2 for j in head) - 2
        block.append(i)
        used += 2 + widths[i]
    blocks.append(block)
    whole = [list(c) for _, c, _ in cols]   # the cells as they are, before any is wrapped
    for b in blocks:   # a block still too wide (a column of long text): that text wrapped within its cells
        _fit_block(cols, widths, b, set(head), columns)
    over = [n for n, b in enumerate(blocks) if _used(widths, b) > columns]
    if index and len(head) > 1 and over and len(over) == len(blocks) and _used(widths, head) > columns:
        # the keys alone wider than the line (a term of long names and a case's: 135 columns): the blocks are led
        # by the row labels alone, the keys first among the other columns
        order = [c for c in df.columns if c in keys] + [c for c in df.columns if c not in keys]
        return frame_blocks(df[order], (), columns, float_format, na_rep, index)
    if index and len(head) > 1 and len(over) < len(blocks):
        # a block still too wide with its keys (a term without a blank beside two cases' Chinese names) is led by the
        # row labels alone, which name the row as well; the other blocks show the keys
        for n in over:
            blocks[n] = [0] + [i for i in blocks[n] if i not in head]
            _fit_block(cols, widths, blocks[n], {0}, columns)
    return "\n\n".join(_below(cols, widths, b, whole, set(head), columns, len(df))
                       if not index and head and _used(widths, b) > columns else
                       _lines([cols[i] for i in b], [widths[i] for i in b], len(df)) for b in blocks)


def _below(cols, widths, block, whole, fixed, columns: int, rows: int) -> str:
    """A block of `frame_blocks` without row labels still too wide with its keys (a causal chain's formula of long
    names beside its outcome and model, 127 columns): its widest text column (not a key) goes below each row, its
    cell on lines of its own indented by two and wrapped at blanks (`whole`: the cells before `_fit_block` wrapped
    them), its header below the others'; the block as it is where no such column leaves the others within the
    line."""
    text = [i for i in block if i not in fixed and not cols[i][2]]
    rest = [i for i in block if i not in text[-1:]] if text else block
    if not text or _used(widths, rest) > columns:
        return _lines([cols[i] for i in block], [widths[i] for i in block], rows)
    i = max(text, key=lambda j: max([width(c) for c in whole[j]] + [0]))
    rest = [j for j in block if j != i]
    header, lines = _lines([cols[j] for j in rest], [widths[j] for j in rest], 0), []
    for r in range(rows):
        row = [(h, [c[r]], right) for h, c, right in (cols[j] for j in rest)]
        lines.append(_lines(row, [widths[j] for j in rest], 1).split("\n", 1)[1])
        lines += wrap(whole[i][r], columns, "  ", "  ", break_on_hyphens=False, break_long_words=False)
    return "\n".join([header, "  " + cols[i][0], *lines])


def json_ready(value):
    """`value` (what DataFrame.to_dict returns, in any orient) as strict JSON data: NaN, pandas' NA and NaT as None,
    numpy's numbers as Python's, keys of numpy numbers as Python's; lists, tuples and mappings walked through, each
    mapping of its own type (to_dict's `into`: an OrderedDict, a defaultdict with its factory)."""
    import numpy as np

    if isinstance(value, MutableMapping):
        out = copy.copy(value)   # the same type, a defaultdict's factory kept
        out.clear()
        out.update((json_ready(k), json_ready(v)) for k, v in value.items())
        return out
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    return value


@shown_as_printed
class ResultFrame(pd.DataFrame):
    """A result that is a table: a DataFrame (its columns, selections and conversions as any frame's; a selection or
    copy is a plain DataFrame) that prints whole, where pandas cut a wide one to the terminal ('case  DEV*~IND  ...
    type') and hid the columns between. Printed (print(), Jupyter's text) in blocks of columns that fit 80
    (`frame_blocks`), each block with the row labels and the columns that name a row (`key_columns`, set by the
    function that returns the frame; first), cells padded by display width, numbers to 3 decimals at most, a
    missing value as '-'; the first PRINT_CASES rows (the rows a printed QCAData shows), the number of the others
    said below them. Jupyter's HTML table shows every column. to_dict() is pandas' (orient and all) with NaN and
    pandas' NA as None, so json.dumps(frame.to_dict(), allow_nan=False) works; to_json() is pandas' (null for
    them). case_typology(), necessity_pairs() and focal_condition_pairs() return one; built as a DataFrame is
    (`data`, `index`, `dtype`, ...)."""

    _metadata = ["key_columns"]
    #: the columns that name a row (a case, a pair's cases), printed first in each block
    key_columns: tuple = ()

    @property
    def _constructor(self):
        return pd.DataFrame

    @classmethod
    def of(cls, df: pd.DataFrame, *key_columns: str) -> "ResultFrame":
        """`df` as a ResultFrame whose columns `key_columns` name a row."""
        out = cls(df)
        out.key_columns = tuple(key_columns)
        return out

    def __repr__(self) -> str:
        from .data import PRINT_CASES
        from .errors import counted

        plain = pd.DataFrame(self)
        if not len(plain.columns):
            return repr(plain)
        if plain.empty:
            return "\n".join(["(no rows; columns:"] + wrap(", ".join(map(str, plain.columns)) + ")", PRINT_WIDTH,
                                                           "  ", "  "))
        table = frame_blocks(plain.head(PRINT_CASES), self.key_columns,
                             float_format=lambda x: f"{round(x, 3):g}", na_rep="-")
        more = len(plain) - PRINT_CASES
        return table + (f"\n({counted(more, 'more row')} not shown; the frame holds every one)" if more > 0 else "")

    __str__ = __repr__

    def _repr_html_(self):
        """Jupyter's table: pandas' HTML, every column shown (pandas cut them beyond display.max_columns)."""
        with pd.option_context("display.max_columns", None):
            return pd.DataFrame(self)._repr_html_()

    def to_dict(self, orient="dict", *args, **kwargs):
        """pandas' DataFrame.to_dict (its `orient` and other arguments), every NaN and NA as None and numpy's
        numbers as Python's (`json_ready`): strict JSON data."""
        return json_ready(super().to_dict(orient, *args, **kwargs))


def _three(x: float) -> str:
    return f"{x:.3f}"


@shown_as_printed
class TablesByKey(dict):
    """A result made of several tables by key: a dict {key: table} (indexed, iterated and compared as a dict) that
    prints every table under its key, converts to one DataFrame and to JSON-ready data as the other results do, and
    as the command line prints them (print() and Jupyter showed a dict's one-line entries, to_frame() and
    json.dumps failed). smmr_focal_conjuncts() (by focal conjunct) and smmr_pairs() (by focal conjunct, term or
    'solution') return one of tables of cases, cluster_diagnostics() one of ClusterDiagnostics and a solution's
    `intermediate` one of IntermediatePair (each a table with its own print, to_frame() and to_dict()). repr() stays
    the dict's.

    to_frame(): every table as one, a first column (`column`: 'focal_conjunct', 'table', 'set', 'pair') naming each
    row's table, as the command line's --csv; to_dict(): {key: the table's rows as records, or its own to_dict()},
    JSON-ready (NaN as None), as its --json."""

    #: to_frame()'s first column, naming each row's table
    column = "table"
    #: the columns of an empty result's to_frame() after `column`
    empty_columns: tuple = ()
    #: what a printed table's key follows ('focal conjunct ' for 'focal conjunct DEV:')
    label = ""
    #: said after a printed table's key when the table has more than 5 rows ('{n}': its rows)
    many = ""
    #: a table's first columns that name its rows (a case: 1; a pair's cases: 2), printed in each block of 80 columns
    #: (`frame_blocks`); 0: the table whole on its lines, however wide
    key_columns = 0

    def __init__(self, tables=(), **attributes):
        super().__init__(tables)
        for name, value in attributes.items():
            setattr(self, name, value)

    @staticmethod
    def _table(value):
        import pandas as pd

        return value if isinstance(value, pd.DataFrame) else value.to_frame()

    @refuses_r_only_arguments("TablesByKey.to_frame")
    def to_frame(self) -> "pd.DataFrame":
        """Every table as one DataFrame (a table's index left out), a first column `column` naming each row's
        table by its key."""
        import pandas as pd

        parts = [self._table(v).reset_index(drop=True).assign(**{self.column: k}) for k, v in self.items()]
        if not parts:
            return pd.DataFrame(columns=[self.column, *self.empty_columns])
        whole = pd.concat(parts, ignore_index=True)
        return whole[[self.column] + [c for c in whole.columns if c != self.column]]

    @refuses_r_only_arguments("TablesByKey.to_dict")
    def to_dict(self) -> dict:
        """{key: the table's rows as records (numbers as Python numbers, NaN as None), or the value's own
        to_dict()}: JSON-ready data."""
        import numpy as np
        import pandas as pd

        def clean(v):
            v = v.item() if isinstance(v, np.generic) else v
            return None if isinstance(v, float) and v != v else v

        return {k: [{c: clean(x) for c, x in r.items()} for r in v.to_dict("records")]
                if isinstance(v, pd.DataFrame) else v.to_dict() for k, v in self.items()}

    def __str__(self) -> str:
        import pandas as pd

        def shown(k, v) -> str:
            if not isinstance(v, pd.DataFrame):
                return str(v)
            many = f" ({self.many.format(n=len(v))})" if self.many and len(v) > 5 else ""
            if not len(v):
                table = "no cases"
            elif self.key_columns:
                table = frame_blocks(v, tuple(v.columns[:self.key_columns]), float_format=_three, index=False)
            else:
                table = frame(v, float_format=_three)
            return f"{self.label}{k}{many}:\n{table}"

        return "\n\n".join(shown(k, v) for k, v in self.items())


@shown_as_printed
class SortedSet(set):
    """A set (`in`, ==, len, &, |, - and add as a set's, their results plain sets) iterated and printed in ascending
    order, as a set is written ("{'A <-> B', 'C <-> D'}", 'set()' when empty), with to_list(): a plain set of texts
    prints them in the order of their hashes, which Python draws anew in each process (PYTHONHASHSEED), so the same
    result printed differently from one run to the next (ComplexFormulas.redundant_everywhere). items: the members
    (an iterable of values that sort: texts, numbers)."""

    def __init__(self, items=()):
        super().__init__(items)

    def __iter__(self):
        return iter(sorted(set.__iter__(self)))

    def __repr__(self) -> str:
        return "{" + ", ".join(map(repr, self)) + "}" if self else "set()"

    __str__ = __repr__

    @refuses_r_only_arguments("SortedSet.to_list")
    def to_list(self) -> list:
        """The members in ascending order: JSON-ready when they are texts or numbers."""
        return list(self)


@shown_as_printed
class SortedFrozenSet(frozenset):
    """A frozenset (hashable; `in`, ==, & as a frozenset's, their results plain frozensets) iterated and printed in
    sorted order, "frozenset({'DEV*~IND', 'URB*STB'})", with to_list(): Solution.model_sets printed each model's
    terms in their hashes' order, which Python draws anew in each process, so the same solution printed them
    differently from one run to the next. items: the members (an iterable of values that sort: texts, numbers)."""

    def __new__(cls, items=()):
        return super().__new__(cls, items)

    def __iter__(self):
        return iter(sorted(frozenset.__iter__(self)))

    def __repr__(self) -> str:
        return "frozenset({" + ", ".join(map(repr, self)) + "})" if self else "frozenset()"

    __str__ = __repr__

    @refuses_r_only_arguments("SortedFrozenSet.to_list")
    def to_list(self) -> list:
        """The members in ascending order: JSON-ready when they are texts or numbers."""
        return list(self)


@shown_as_printed
class RowNumbers(SortedSet):
    """Row numbers of a truth table (1-based, as R numbers them), as simplifying_assumption_rows() and
    TruthTable.observed_rows return them: a SortedSet (`in`, ==, len, &, |, - and add as a set's, their results plain
    sets) iterated, printed and converted in ascending order. A plain set printed its rows in the order of their
    hashes ({40, 8, 26} in print() and Jupyter) and json.dumps refused it; now list(rows) and print() are sorted
    ('{8, 26, 40}', as a set is written; 'set()' when empty), to_list() is the sorted list, to_frame() a DataFrame of
    one column 'row', and to_dict() {'rows': the sorted list}, JSON-ready, as the CLI's find-rows --json names its
    rows. rows: the row numbers (an iterable of ints)."""

    def __init__(self, rows=()):
        super().__init__(rows)

    def __repr__(self) -> str:
        return "{" + ", ".join(map(str, self)) + "}" if self else "set()"

    def __str__(self) -> str:
        """print() and Jupyter: repr() within 80 columns (PRINT_WIDTH), broken after a comma, further lines
        indented by one as Python writes a long set (300 rows were one line of 731 columns)."""
        return "\n".join(wrapped(repr(self), " "))

    def __format__(self, spec: str) -> str:
        """In an f-string (a message naming the rows): repr()'s one line, not the wrapped print."""
        return format(repr(self), spec)

    @refuses_r_only_arguments("RowNumbers.to_list")
    def to_list(self) -> list:
        """The row numbers in ascending order, as Python ints."""
        return [int(r) for r in self]

    @refuses_r_only_arguments("RowNumbers.to_frame")
    def to_frame(self) -> pd.DataFrame:
        """A DataFrame of one column 'row' (ints), a row number per line in ascending order."""
        return pd.DataFrame({"row": pd.Series(self.to_list(), dtype="int64")})

    @refuses_r_only_arguments("RowNumbers.to_dict")
    def to_dict(self) -> dict:
        """{'rows': the row numbers in ascending order}: JSON-ready data."""
        return {"rows": self.to_list()}
