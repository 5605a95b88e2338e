"""Errors of the QCA engine: each says what is wrong and what is allowed.

In Jupyter (IPython) an engine error is shown as its message, not as a traceback through the engine's internals:
the message already says what to fix, and a workshop participant who mistypes a condition should not have to
find it under twenty lines of library code. When the error came from an engine call, a second line names the
line of the cell that made it. Set the environment variable QCA_FULL_TRACEBACK=1 (or
`analysis.qca.errors.FULL_TRACEBACK = True`) to get IPython's full traceback back; plain Python, pytest and the
command line are not affected (they never ask for `_render_traceback_`)."""
from __future__ import annotations

import linecache
import os
from pathlib import Path

#: True: IPython shows engine errors with its full traceback (also: environment variable QCA_FULL_TRACEBACK=1).
FULL_TRACEBACK = False

_PACKAGE = Path(__file__).resolve().parent


def _full_traceback() -> bool:
    return FULL_TRACEBACK or os.environ.get("QCA_FULL_TRACEBACK", "").strip() not in ("", "0")


#: What an error quotes of the user's input is shown whole when at most this many characters long (what every message
#: said before), else cut to its first QUOTE_SHOWN characters (shortened, quoted).
QUOTE_LIMIT = 200
QUOTE_SHOWN = 60
#: The longest message an engine error keeps whole (bounded_message): a net under what shortened / quoted do not reach.
MESSAGE_LIMIT = 2000


def shortened(text) -> str:
    """str(text), as an error shows what the user typed: whole when at most QUOTE_LIMIT characters, else its first
    QUOTE_SHOWN characters, an ellipsis and its length ('xxxx… (100,000 characters)'), so that a name, an expression or
    a cell of 100,000 characters gives a readable error line, not one of 100,000 characters."""
    text = str(text)
    return text if len(text) <= QUOTE_LIMIT else f"{text[:QUOTE_SHOWN]}… ({len(text):,} characters)"


def quoted(value, as_written: bool = False) -> str:
    """repr(value), as an error quotes what the user gave, bounded as shortened() bounds a text: a long text is cut
    inside its quotes, its length said after them ("'xxxx…' (100,000 characters)"), any other long value as written
    ("['xxxx… (100,004 characters)"). as_written: str(value) between single quotes as it is, without repr's escapes
    (how messages name a column, a condition or an outcome: 'it's', '1'), a long one cut in the same form."""
    if as_written:
        text = str(value)
        return f"'{text}'" if len(text) <= QUOTE_LIMIT else f"'{text[:QUOTE_SHOWN]}…' ({len(text):,} characters)"
    shown = repr(value)
    if len(shown) <= QUOTE_LIMIT:
        return shown
    if isinstance(value, str):
        return f"{value[:QUOTE_SHOWN] + '…'!r} ({len(value):,} characters)"
    return shortened(shown)


def in_number(n: int, noun: str) -> str:
    """'row' for 1, 'rows' for any other count: a noun in the number its count or list takes ('rows 3, 4', not 'row(s)
    3, 4'). The one rule of the engine's messages, reprs and reports (counted says the count with it); here, beside
    quoted, so that every module of the engine can use it without an import cycle."""
    return noun if n == 1 else f"{noun}s"


def counted(n: int, noun: str) -> str:
    """'1 row', '6 rows', '1 observed row': a count said with its noun in the number it takes (in_number), not '1
    row(s)'; standards.counted is this function."""
    return f"{n} {in_number(n, noun)}"


def bounded_message(message: str) -> str:
    """An error message of at most about MESSAGE_LIMIT characters: a longer one (user input quoted where shortened()
    was not used) keeps its beginning (what is wrong) and its end (what to do), and says how much it left out."""
    if len(message) <= MESSAGE_LIMIT:
        return message
    head, tail = MESSAGE_LIMIT * 2 // 3, MESSAGE_LIMIT // 5
    return f"{message[:head]}… ({len(message) - head - tail:,} characters left out) …{message[-tail:]}"


def in_package(filename: str, package: Path = _PACKAGE) -> bool:
    """Whether a frame's file lies in `package` (a folder; default: this engine's)."""
    try:
        return Path(filename).resolve().is_relative_to(package)
    except (OSError, ValueError):
        return False


def user_stacklevel() -> int:
    """The stacklevel, for a warning given by the function calling this one, of the first frame outside this package:
    the user's line that called the public function, however many of the engine's helpers and wrappers (the keyword
    check, warns_once) lie between (a fixed level pointed into expressions.py or r_calls.py)."""
    import sys

    here = os.path.dirname(__file__)
    frame, level = sys._getframe(2), 2   # the caller of the function that warns
    while frame is not None and os.path.dirname(frame.f_code.co_filename) == here:
        frame, level = frame.f_back, level + 1
    return level if frame is not None else 2


def short_traceback(error: BaseException, package: Path = _PACKAGE, tb=None) -> list[str]:
    """The lines IPython shows for an engine error: 'NAME: message', then, when the error was raised inside the
    engine, the line of the caller's code (a notebook cell) that called it. package: the library whose frames are
    hidden (the workshop passes pandas' for a KeyError); tb: the traceback, when not the error's own."""
    lines = [f"{type(error).__name__}: {error}"]
    frames = []
    tb = error.__traceback__ if tb is None else tb
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    first = next((i for i, (name, _) in enumerate(frames) if in_package(name, package)), None)
    if first:
        filename, lineno = frames[first - 1]
        code = linecache.getline(filename, lineno).strip()
        if code and "IPython" not in Path(filename).parts:
            lines.append(f"  (from line {lineno} of the cell: {code})")
    return lines


class _ShortInIPython:
    """IPython calls `_render_traceback_` when an exception has it (hasattr): the property answers with the
    short form, or raises AttributeError (as if it were absent) when the full traceback is wanted."""

    def __init__(self, *args):   # a message quoting 100,000 characters of input is cut (bounded_message)
        super().__init__(*(bounded_message(a) if isinstance(a, str) else a for a in args))

    @property
    def _render_traceback_(self):
        if _full_traceback():
            raise AttributeError("_render_traceback_")
        return lambda: short_traceback(self)


class QCAInputError(_ShortInIPython, ValueError):
    """Bad input to the QCA engine (data, parameter or expression)."""


class QCADataError(QCAInputError):
    """A value in the data is wrong (non-numeric, missing, outside what a set allows): the message names the
    column and the cases; the command line adds the file."""


class QCANoSolutionError(QCAInputError):
    """A truth table without a positive row (OUT = 1): no configuration passes the cut-offs, so there is no
    sufficient configuration and nothing to minimise (minimize refuses it, as R's QCA does). For one analysis that
    is an error to the caller; for a test of the robustness protocol it is the test's finding, which
    robustness_protocol(no_solution='count') counts as the empty solution (Schneider & Wagemann 2012: a
    truth table without a consistent row has no sufficient configuration). Told apart by its type, not its text."""


class QCAComplexityError(_ShortInIPython, RuntimeError):
    """A problem too large to solve exactly within the engine's budget; the message says why
    and what to change (fewer conditions, a higher n_cut, an opt-in shortcut)."""


def renamed(old: str, new: str, meaning: str) -> property:
    """A property under a result's former name that says what it is called now, instead of a bare AttributeError
    (outside code written against the former name learns where its value went)."""
    def gone(self):
        raise AttributeError(f"{type(self).__name__}.{old} is now called {new} ({meaning}); a low relevance of "
                             "necessity (RoN below a cut) is judged with ron_cut")
    return property(gone, doc=f"Renamed {new}: reading it raises an AttributeError saying so.")
