"""The scripts' command lines the READMEs give (`.venv/bin/python tools/X.py ...`, `benchmarks/run.py ...`) are ones
the script's own parser accepts as typed. They are not run (they fuzz, time or run notebooks for minutes): each is
parsed by the script's main() and stopped right after its argument parser returns."""
from __future__ import annotations

import argparse
import re
import shlex
import sys

import pytest

from _scripts import load_script
from analysis.paths import ROOT

PAGES = ("README.md", "data/README.md", "benchmarks/README.md", "data/reference/README.md",
         "tools/reconstruction/README.md", "docs/book-tool-choice.md",
         # README's engine section, workshop and layout in full (tools/check_backend.py, the fuzzers): its pages now
         "docs/engine-guide.md", "docs/workshop.md", "docs/layout.md")
COMMAND = re.compile(r"\.venv/bin/python ((?:tools|benchmarks)/[\w/]+\.py)((?:[ \t]+(?!#)[^\s`#]+)*)")
#: a word a page writes for the reader to fill in ('BACKEND', 'NAME')
PLACEHOLDER = re.compile(r"[A-Z][A-Z_]+")


class _Parsed(Exception):
    pass


def _commands() -> list[tuple[str, str, list[str]]]:
    found = []
    for page in PAGES:
        text = (ROOT / page).read_text(encoding="utf-8").replace("\\\n", " ")
        for m in COMMAND.finditer(text):
            words = shlex.split(m.group(2))
            if not any(PLACEHOLDER.fullmatch(w) for w in words):
                found.append((page, m.group(1), words))
    return found


def test_the_pages_give_script_commands():
    scripts = {script for _, script, _ in _commands()}
    assert {"tools/fuzz_cli.py", "tools/fuzz_api.py", "benchmarks/run.py", "tools/run_notebook.py"} <= scripts, scripts


@pytest.mark.parametrize("page, script, argv", _commands(), ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_a_script_command_a_page_gives_is_one_its_parser_accepts(page, script, argv, monkeypatch, capsys):
    """A command a reader copies from a README must not end in the script's usage line: a flag renamed or a
    subcommand dropped since the page was written. (A command the page gives as refused for its values, such as
    run_notebook.py 03_qca -p incl_cut 1.5, is refused after its parser, so it parses here.)"""
    name = "docs_command_" + re.sub(r"\W", "_", script)
    module = load_script(script, name, register=True)   # its dataclasses look it up in sys.modules
    sys.modules.pop(name)
    monkeypatch.setitem(sys.modules, name, module)   # so, taken out again after the test
    # the script's own entry point (fuzz_cli.py's main_: its `main` is the engine's command line, imported)
    main = getattr(module, "main_", None) or module.main
    parse = argparse.ArgumentParser.parse_args

    def parsed(self, args=None, namespace=None):
        raise _Parsed(parse(self, args, namespace))

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", parsed)
    try:
        main(argv)
    except _Parsed:
        return
    except SystemExit as stop:
        pytest.fail(f"{page}: {script} {' '.join(argv)}: the parser refused it (exit {stop.code}): "
                    f"{capsys.readouterr().err.strip()[-300:]}")
    pytest.fail(f"{page}: {script} {' '.join(argv)}: main() returned without parsing its arguments")
