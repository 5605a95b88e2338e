"""Which messages of the bad-input catalogue (catalogue.py) have no Chinese line in the workshop (analysis/workshop:
engine_error_zh, engine_warning_zh, engine_note_zh): each row run through the command line or the library, as its
user meets it, and each error, warning and note it gives read by the workshop's tables.

    .venv/bin/python tests/bad_inputs/scan.py            # the rows whose expected message has no Chinese line
    .venv/bin/python tests/bad_inputs/scan.py --all      # and every other message of a row without one

A row's `expect` may begin with the prefix the command writes ('error: ', 'warning: ', 'note: '): the message it
expects is read without it, as the workshop reads a message (a row expecting 'warning: term ...' is that warning's).
"""
from __future__ import annotations

import contextlib
import io
import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PREFIXES = ("error: ", "warning: ", "note: ")


@dataclass(frozen=True)
class Message:
    kind: str      # 'error' | 'warning' | 'note'
    text: str      # the message without the command's prefix
    expected: bool  # the message the row's `expect` names


def expected_text(bad) -> str:
    """The row's `expect` as the message reads without the command's prefix ('warning: x' -> 'x')."""
    for prefix in PREFIXES:
        if bad.expect.startswith(prefix):
            return bad.expect.removeprefix(prefix)
    return bad.expect


#: each row's messages, run once per process: (the row, its messages) by id(row)
_RUNS: dict[int, tuple[object, tuple[Message, ...]]] = {}


def messages(bad) -> list[Message]:
    """Every error, warning and note the row gives, in order (the command's stderr lines; the library's warnings,
    then its error); [] for a row the scan does not run (the pipeline's, a raw file's validation).

    A row is run once per process and its messages kept: test_workshop_catalogue_lines.py's row tests and
    test_workshop_rare_lines.py's (_catalogue_message) read some 200 of the same rows, each of which was its own run.
    (The Chinese-line guard of every command-line and API row reads test_qca_bad_input.py's own run of each row.) A row is the same object all the
    session (the catalogue's), and its run gives the messages its user sees whichever test asks first."""
    kept = _RUNS.get(id(bad))
    if kept is None or kept[0] is not bad:
        kept = _RUNS[id(bad)] = (bad, tuple(_messages_of_a_run(bad)))
    return list(kept[1])


def _messages_of_a_run(bad) -> list[Message]:
    """messages(bad), the row run now."""
    from analysis.qca import QCAInputError, QCAWarning

    want = " ".join(expected_text(bad).split())
    found: list[Message] = []
    if bad.via == "cli":
        from analysis.qca.cli import main

        err = io.StringIO()
        # standard output in the row's encoding (stdout-not-utf8: 'ascii', as PYTHONIOENCODING sets it), where its
        # error is given: in UTF-8 the command succeeded and the scan read no message of the row
        out = io.TextIOWrapper(io.BytesIO(), encoding=bad.stdout, errors="strict") if bad.stdout else io.StringIO()
        here = os.getcwd()
        os.chdir(ROOT)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                main(list(bad.run))
        finally:
            os.chdir(here)
        for line in err.getvalue().splitlines():
            prefix = next((p for p in PREFIXES if line.startswith(p)), None)
            if prefix:
                text = line.removeprefix(prefix)
                found.append(Message(prefix[:-2], text, bool(want) and want in " ".join(text.split())))
        return found
    if bad.via != "api":
        return found
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        error = None
        try:
            bad.run()
        except QCAInputError as raised:
            error = raised
    for w in caught:
        if issubclass(w.category, QCAWarning):
            text = str(w.message)
            found.append(Message("warning", text, bool(want) and want in " ".join(text.split())))
    if error is not None:
        found.append(Message("error", str(error), bool(want) and want in " ".join(str(error).split())))
    return found


def chinese_line(message: Message) -> str | None:
    """The workshop's Chinese line for the message, by its kind; None when it has none. A command's note: line (the
    cases --drop-missing dropped, the columns calibrate left out) is said as the warnings are, engine_warning_zh,
    which reads the notes of the engine's answers too (engine_note_zh)."""
    from analysis.qca import QCAInputError
    from analysis.workshop import engine_error_zh, engine_warning_zh

    if message.kind == "error":
        return engine_error_zh(QCAInputError(message.text))
    return engine_warning_zh(message.text)


def without_line(rows, every: bool = False) -> list[tuple[str, Message]]:
    """(row id, message) for each message of `rows` with no Chinese line: the expected one only, or `every` one."""
    missing = []
    for bad in rows:
        for message in messages(bad):
            if (every or message.expected) and chinese_line(message) is None:
                missing.append((bad.id, message))
    return missing


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    from bad_inputs.catalogue import CATALOGUE

    every = "--all" in argv
    missing = without_line([b for b in CATALOGUE if b.via in ("cli", "api")], every)
    for bad_id, message in missing:
        print(f"{bad_id}\t{message.kind}{'' if message.expected else ' (other)'}\t{message.text}")
    print(f"{len(missing)} messages without a Chinese line", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
