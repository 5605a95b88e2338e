"""The words of a make variable P_<notebook> (papermill parameters), for the Makefile: `make_words.py MODE NAME VALUE`.

    make P_02_case_calibration="-p case_file \"it's.csv\""

The value was pasted into the recipe's shell command as it stood, and into shell commands make runs while it reads
the Makefile between single quotes: a quote in it (a file or label with an apostrophe) broke both (bash's "unexpected
EOF while looking for matching `''", twice, then make's own error), a quoted file name ('paperA_cases.csv') was no
prerequisite of its notebook (make looked for a file whose name holds the quotes), and a `*` was expanded into the
project's file names in the recorded parameters. The value is now split here once, as a POSIX shell splits words
(quotes and backslashes honoured: "it's.csv", 'a b', it\\'s.csv), with nothing in it run or expanded but a `~` that
starts an unquoted word (your home, as the shell has it); every use in the Makefile takes these words. Refused in one
`error:` line naming the variable, exit status 2: a quote left open, and a `$` or backquote outside single quotes
(the shell would have run or expanded it; the value is passed as written).

MODE: --check (nothing printed when the value is good), --lines (one word a line), --names (the words that can be
the name of a file make can use, one a line: no space, none of make's or the glob's special characters, so that the
Makefile's $(wildcard) never reads `*` as "every file") or --shell (the words quoted for the recipe's shell, on one
line, so that it passes each one unchanged). Standard library only: it runs while make
reads the Makefile, before .venv exists.
"""
from __future__ import annotations

import os
import re
import shlex
import sys


class BadValue(ValueError):
    pass


# The characters of a name make cannot use as a file name: a space (two names), its own : # $ %, the glob's * ? [ ]
# (a prerequisite or $(wildcard) reads them as a pattern), and what the Makefile's shell commands, which list the files
# unquoted (cksum, printf), would read as syntax: quotes, the backslash, ( ) { } < > | & ; and the backquote.
UNSAFE = re.compile(r"[\s:#$%*?\[\]'\"\\(){}<>|&;`]")


def expansions(value: str) -> list[str]:
    """The `$` and backquotes a POSIX shell would act on in `value` (outside single quotes, not escaped)."""
    found: list[str] = []
    single = double = escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\" and not single:
            escaped = True
        elif ch == "'" and not double:
            single = not single
        elif ch == '"' and not single:
            double = not double
        elif ch in "$`" and not single:
            found.append(ch)
    return found


def words(name: str, value: str) -> list[str]:
    """`value` split as a POSIX shell splits it; BadValue (naming `name`) when the shell would fail or act on it."""
    try:
        split = shlex.split(value, posix=True)
    except ValueError as exc:  # shlex: "No closing quotation" / "No escaped character"
        quote = "an escaped character" if "escaped" in str(exc) else "a closing quote"
        raise BadValue(f"{name}={value!r}: {quote} is missing; a value holding a quote is quoted with the other kind, "
                       f"e.g. -p case_file \"it's.csv\" (in make: {name}=\"-p case_file \\\"it's.csv\\\"\"), or the "
                       "quote escaped, it\\'s.csv") from None
    if (found := expansions(value)):
        raise BadValue(f"{name}={value!r}: {' and '.join(repr(c) for c in dict.fromkeys(found))} outside single "
                       "quotes: the parameters are passed to the notebook as written, not through the shell (nothing "
                       "in them is run or expanded); write the value itself, or put it in single quotes")
    out = []
    for word in split:
        if word.startswith("~") and re.search(r"(^|\s)" + re.escape(word) + r"(\s|$)", value):
            word = os.path.expanduser(word)  # an unquoted ~ at a word's start: the home, as the shell has it
        out.append(word)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("--check", "--lines", "--names", "--shell"):
        print("error: usage: tools/make_words.py --check|--lines|--names|--shell P_NAME VALUE", file=sys.stderr)
        return 2
    mode, name, value = argv
    try:
        split = words(name, value)
    except BadValue as bad:
        print(f"error: {bad}", file=sys.stderr)
        return 2
    if mode == "--lines":
        sys.stdout.write("".join(w + "\n" for w in split))
    elif mode == "--names":
        sys.stdout.write("".join(w + "\n" for w in split if w and not UNSAFE.search(w)))
    elif mode == "--shell":
        print(" ".join(shlex.quote(w) for w in split))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
