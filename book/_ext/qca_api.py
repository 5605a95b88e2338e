"""The book's API reference (docs/api-reference.md) and command-line reference (docs/cli-reference.md), a Sphinx
extension loaded by book/conf.py.

The engine's docstrings are plain text, written to be read with help() in a terminal or JupyterLab: a line
'name: what it is' per parameter, `name` in backticks for a name of the code, an indented block for a table
(minimize's budgets, necessity_pairs' formulas) or an example, '- ' for a list. Read as reStructuredText, as
Sphinx's autodoc reads them, that text broke: an indented table became a definition list or a block quote
('Unexpected indentation'), |X1 − X2| a substitution, TT_row a link target, `name` a citation in italics.
`rst_from_plain` turns such a docstring into reStructuredText that shows what help() shows (autodoc-process-docstring):
the text with reStructuredText's characters escaped, each indented block as a literal block, each list as a list,
a parameter named at the start of a sentence ('incl_cut: ...') as code, and `name` as code, linked to its entry
when the reference documents it ('see `truth_table`' opens truth_table's entry). The docstrings stay as they are.
A class is shown without its constructor's signature (class_signature), and a result's former name, kept to say
what it is called now, not at all (skip_renamed).

The directive ``qca-cli`` writes the command-line reference at build time from the CLI's own parser
(analysis.qca.cli.build_parser): the program's --help, then each sub-command's --help, in the order the parser
lists them, each under a heading of its own, at a fixed width of 100 columns (argparse otherwise wraps at the width
of the terminal Sphinx runs in, and two builds would differ).
"""
from __future__ import annotations

import inspect
import os
import re

#: Names the reference documents besides analysis.qca.__all__ and their public members: the result classes that
#: functions return but the package does not export (necessity() gives a NecessityResult, ...).
RESULT_CLASSES = {
    "NecessityResult": "analysis.qca.necessity.NecessityResult",
    "SuperSubsetResult": "analysis.qca.necessity.SuperSubsetResult",
    "PIChart": "analysis.qca.solution.PIChart",
    "RowNumbers": "analysis.qca.display.RowNumbers",
    "DirectionalExpectations": "analysis.qca.solution.DirectionalExpectations",
    "TablesByKey": "analysis.qca.display.TablesByKey",
    "ResultFrame": "analysis.qca.display.ResultFrame",
    "NoIntermediatePairs": "analysis.qca.solution.NoIntermediatePairs",
    "SortedSet": "analysis.qca.display.SortedSet",
    "SortedFrozenSet": "analysis.qca.display.SortedFrozenSet",
}
#: The modules whose docstring a function sends the reader to ('see the module docstring'): the reference shows
#: them under "Module notes", each headed by a label qca-module-NAME, and the phrase links there.
MODULE_NOTES = ("analysis.qca.calibrate", "analysis.qca.data", "analysis.qca.find_rows", "analysis.qca.measures",
                "analysis.qca.protocol", "analysis.qca.read")
#: The CLI reference's help text is wrapped at this many columns: at 100 it ran past the text column of a 1366 px
#: laptop screen (about 84 columns of code font: tests/test_report_screen.py) and its blocks scrolled sideways.
CLI_WIDTH = 80

_BULLET = re.compile(r"^[-*•] ")
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(\w(?:[\w -]*\w)?)\*(?![\w*])")
# a line that reStructuredText would read as the start of a list, field list, option list, comment or line block
_BLOCK_START = re.compile(r"^(?:[-+*•]\S|\d+[.)](?:\s|$)|[A-Za-z#][.)]\s|\(\w{1,3}\)\s|:\w|\.\.(?:\s|$)|\||>\s|=)")


def _escape(text: str) -> str:
    """Plain text with reStructuredText's markup characters escaped (a backslash before each), *word* kept as
    emphasis."""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _EMPHASIS.sub(keep, text)
    text = re.sub(r"([\\*|_`'\"])", r"\\\1", text)   # quotes too: Sphinx's smart quotes made '1,C' ‘1,C’
    text = re.sub(r"([-.])(?=\1)", r"\1\\", text)      # and --flag –flag, ... an ellipsis
    text = re.sub(r"::$", r":\\:", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)


def _code(inner: str, targets: dict[str, str]) -> str:
    """`inner` as reStructuredText: a link to its entry when the reference documents the name, else code."""
    name = inner.strip()
    bare = name[:-2] if name.endswith("()") else name
    target = targets.get(bare)
    if target:
        title = re.sub(r"([<>`\\])", r"\\\1", name)
        return f":py:obj:`{title} <{target}>`"
    return "``" + name.replace("``", "` `") + "``"


def inline(text: str, targets: dict[str, str], params: tuple[str, ...] = ()) -> str:
    """One line of plain text as reStructuredText (see the module docstring)."""
    parts = []
    last = 0
    for match in _CODE_SPAN.finditer(text):
        parts.append(("text", text[last:match.start()]))
        parts.append(("code", match.group(1)))
        last = match.end()
    parts.append(("text", text[last:]))
    out = ""
    for kind, piece in parts:
        if kind == "code":
            markup = _code(piece, targets)
            if out and re.search(r"[\w.)\]]$", out) and not out.endswith("\\ "):
                out += "\\ "          # reStructuredText's inline markup must not follow a word character
            out += markup
            continue
        if out.endswith(("``", "`")) and piece and re.match(r"[\w(\[]", piece):
            out += "\\ "              # nor be followed by one ('`Y`s')
        escaped = _escape(piece)
        for name in params:           # a parameter introduced at the start of a sentence: 'incl_cut: ...'
            escaped = re.sub(rf"(^|(?<=[.;] )){re.escape(_escape(name))}(?=:\s|:$| \()", f"``{name}``", escaped)
        out += escaped
    return out


def rst_from_plain(lines: list[str], targets: dict[str, str], params: tuple[str, ...] = ()) -> list[str]:
    """The lines of a plain-text docstring (see the module docstring) as reStructuredText lines."""
    out: list[str] = []
    state = "blank"        # what the last line was: blank, text, bullet, literal, doctest
    before_blank = "blank"
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if not stripped:
            if state != "blank":
                before_blank = state
            out.append("")
            state = "blank"
            continue
        if state == "doctest" or stripped.startswith(">>>"):
            if state not in ("doctest", "blank"):
                out.append("")
            out.append(line)
            state = "doctest"
            continue
        if indent == 0 and _BULLET.match(line):
            if state in ("text", "literal"):
                out.append("")
            out.append(line[:2] + inline(line[2:], targets, params))
            state = "bullet"
            continue
        if indent > 0 and (state == "bullet" or (state == "blank" and before_blank == "bullet")):
            out.append(line[:indent] + inline(line[indent:], targets, params))
            state = "bullet"
            continue
        if indent > 0:
            if state == "text" or (state == "blank" and before_blank != "literal"):
                if state == "text":
                    out.append("")
                out += ["::", ""]
            out.append(line)   # as it is: a literal block
            state = "literal"
            continue
        if state in ("bullet", "literal"):
            out.append("")
        text = inline(line, targets, params)
        if state != "text" and text.startswith((":py:obj:", ":ref:")):
            text = "\\ " + text      # a link first: not a field list, and still a link (an escaped space is nothing)
        elif state != "text" and _BLOCK_START.match(text):
            text = "\\" + text
        out.append(text)
        state = "text"
    while out and not out[-1]:
        out.pop()
    return out


def api_targets() -> dict[str, str]:
    """Each name the reference documents -> its target: analysis.qca.__all__ ('minimize'), the public members
    with a docstring of the exported classes and of RESULT_CLASSES ('Solution.to_frame'), RESULT_CLASSES."""
    import analysis.qca as qca

    classes = {name: f"analysis.qca.{name}" for name in qca.__all__ if inspect.isclass(getattr(qca, name))}
    classes.update(RESULT_CLASSES)
    targets = {name: f"analysis.qca.{name}" for name in qca.__all__}
    targets.update(RESULT_CLASSES)
    for name, path in classes.items():
        module, _, attr = path.rpartition(".")
        cls = getattr(__import__(module, fromlist=[attr]), attr)
        if issubclass(cls, BaseException):
            continue
        for member, value in vars(cls).items():
            if member.startswith("_"):
                continue
            func = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
            if callable(func) and inspect.getdoc(func):
                targets[f"{name}.{member}"] = f"{path}.{member}"
    return targets


def _params(obj) -> tuple[str, ...]:
    try:
        names = inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return ()
    return tuple(sorted((n for n in names if n not in ("self", "cls") and not n.startswith("_")), key=len,
                        reverse=True))


def process_docstring(app, what, name, obj, options, lines):
    """autodoc-process-docstring: the docstring of an analysis.qca object as reStructuredText (rst_from_plain)."""
    if not name.startswith("analysis.qca") or not lines:
        return
    env = app.env
    targets = getattr(env, "_qca_api_targets", None)
    if targets is None:
        targets = env._qca_api_targets = api_targets()
    params = _params(obj) if what in ("function", "method", "class") else ()
    module = getattr(obj, "__module__", "") or ""
    fixed = rst_from_plain(list(lines), targets, params)
    if module in MODULE_NOTES and what != "module":
        label = "qca-module-" + module.rsplit(".", 1)[1]
        fixed = [re.sub(r"\b(the module docstring)\b", rf":ref:`\1 <{label}>`", line) for line in fixed]
    lines[:] = fixed


def class_signature(app, what, name, obj, options, signature, return_annotation):
    """autodoc-process-signature: an analysis.qca class is shown without its constructor's signature. Each is built
    by the engine (truth_table() builds the TruthTable, minimize() the Solution, the engine raises its errors), never
    by hand (an error's, which a caller may raise, is left as it is); and a dataclass's signature, whose `<factory>` defaults are no Python, was shown as raw text, its type
    names with their '~' (TruthTable(data: ~analysis.qca.data.QCAData, ..., notes: list[str] = <factory>, ...))."""
    if what == "class" and name.startswith("analysis.qca") and not issubclass(obj, BaseException):
        return "", None
    return None


def skip_renamed(app, what, name, obj, skip, options):
    """autodoc-skip-member: a result's former name (analysis.qca.errors.renamed: NecessityResult.trivial, now
    `constant`), a property kept only to say where its value went, is no entry of the reference."""
    fget = getattr(obj, "fget", None)
    if isinstance(obj, property) and getattr(fget, "__qualname__", "").startswith("renamed."):
        return True
    return None


def cli_helps(width: int = CLI_WIDTH) -> list[tuple[str, str, str]]:
    """(sub-command, its one-line help, its --help text) for the program itself ('') and each sub-command, in the
    parser's order, wrapped at `width` columns whatever the terminal."""
    from analysis.qca.cli import _commands, build_parser

    saved = {key: os.environ.get(key) for key in ("COLUMNS", "NO_COLOR")}
    os.environ["COLUMNS"], os.environ["NO_COLOR"] = str(width + 2), "1"   # argparse wraps at COLUMNS - 2
    try:
        parser = build_parser()
        helps = {action.dest: action.help for action in parser._subparsers._group_actions[0]._choices_actions} \
            if parser._subparsers else {}
        found = [("", parser.description or "", parser.format_help())]
        found += [(name, helps.get(name, ""), sub.format_help()) for name, sub in _commands(parser).items()]
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return found


def setup(app):
    from docutils import nodes
    from docutils.parsers.rst import Directive

    class CliReference(Directive):
        """``qca-cli``: the CLI's help, one section per sub-command (cli_helps)."""

        has_content = False

        def run(self):
            out = []
            for command, summary, text in cli_helps():
                # some lines argparse cannot wrap (the program's list of sub-commands, {minimize,truth-table,...}, one
                # word; a usage line's '[--max-intermediate-pairs MAX_INTERMEDIATE_PAIRS]', one unit): they may wrap
                # on screen (book.css, qca-cli-wrap)
                block = nodes.literal_block(text, text, language="none", classes=["qca-cli-wrap"])
                if not command:
                    out.append(block)
                    continue
                section = nodes.section(ids=[f"cli-{command}"], names=[f"cli-{command}"])
                title = nodes.title("", "")
                title += nodes.literal(command, command)
                section += title
                if summary:
                    section += nodes.paragraph(summary, summary[:1].upper() + summary[1:] + ".")
                section += block
                self.state.document.note_implicit_target(section)
                out.append(section)
            return out

    app.connect("autodoc-process-docstring", process_docstring)
    app.connect("autodoc-process-signature", class_signature)
    app.connect("autodoc-skip-member", skip_renamed)
    app.add_directive("qca-cli", CliReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
