"""The command line's error lines (analysis.qca.cli): an engine message in the command line's words (_cli_message:
the flags for the library's parameter names, the data file named), and the hints added to a refusal: a mistyped
command or flag ('did you mean'), another command's flag, R QCA's or SetMethods' name for a flag (_r_keyword_flag,
_r_only_flag), a list flag's value split by blanks, the outcome or pof's expression written as an argument, quotes a
shell kept, a '?' the shell replaced. Each hint is '' when it does not apply; main() joins them to the one error
line."""
from __future__ import annotations

import argparse
import re
import warnings
from pathlib import Path

from .cli_args import BLANK_ARGUMENTS, PARSIMONIOUS_COMMANDS, _commands, _flags
from .errors import quoted, shortened
from .read import read_data


def _left_out_hint(message: str, args) -> str:
    """For "unknown condition 'EDU'" where EDU is a column of the data that --conditions left out (a theory, --nec-cond,
    --untenable, --expression, --dir-exp of it): say so and the --conditions that include it; '' otherwise."""
    from .data import left_out_hint

    columns, given = getattr(args, "data_columns", None), getattr(args, "conditions", None)
    if not columns or not (given or "").strip():
        return ""
    return left_out_hint(message, [c.strip() for c in given.split(",")], columns, cli=True)


def _cli_message(message: str, args, parser: argparse.ArgumentParser, data_error: bool = False) -> str:
    """An engine message as the command line user should read it: the Python parameter names the library's message
    uses (incl_cut, include='?', 'directional expectations') as the flags the user typed (--incl-cut,
    --include '?', --dir-exp), a hint '(CLI: --flag)' written in place of the name it explains, and the data file
    named where the problem is in the file (a column, a condition, a row). The library's messages stay as they are."""
    text = " ".join(str(message).split())
    # "theory 'A + ': expression 'A + ' has an empty term": the expression named once, by its flag below
    text = re.sub(r"^((?:--)?[a-z][\w-]* ('[^']*')): expression \2 ", r"\1 ", text)
    command = getattr(args, "command", None)
    flags = _flags(parser, command)
    if command == "robustness":   # the analysis comes from the --spec file: its keys (no_solution) stay keys
        from .sweep_spec import SPEC_KEYS

        flags -= {"--" + k.replace("_", "-") for k in SPEC_KEYS}
        # "include='?' (CLI: --include '?')": the file's key as the file writes it, include: '?' (was the flag)
        text = re.sub(r"\b([a-z]\w*)=('[^']*'|[^\s,;()]+) \(CLI: [^()]*\)",
                      lambda m: f"{m.group(1)}: {m.group(2)}" if m.group(1) in SPEC_KEYS else m.group(0), text)

    def flag(name: str) -> str | None:
        f = "--" + name.replace("_", "-")
        return f if f in flags else None

    # a Python line the message gives as Python (drop_missing_cases(df, [...], case_column='国家')) stays Python
    kept: list[str] = []
    text = re.sub(r"drop_missing_cases\(df, \[[^\]]*\](?:, case_column='[^']*')?\)",
                  lambda m: kept.append(m.group(0)) or f"\x00{len(kept) - 1}\x00", text)
    if flags:
        # "raise max_work (CLI: --max-work)", "pass case_column='x' (CLI: --case-column x)": the CLI form alone
        text = re.sub(r"\b[a-z]\w*(?:=(?:'[^']*'|\S+))? \(CLI: (--[^();]+)\)",
                      lambda m: m.group(1) if m.group(0).split("=")[0].split(" (")[0].replace("_", "-")
                      == m.group(1).split()[0][2:] else m.group(0), text)
        # name='value' / name = value -> --name value (for names that are flags of this command)
        text = re.sub(r"\b([a-z]\w*) ?= ?(?=(\S))",   # a name= before punctuation ('observed=:') is the flag alone
                      lambda m: (flag(m.group(1)) + ("" if m.group(2) in ":;,.)" else " ")) if flag(m.group(1))
                      else m.group(0), text)
        # parameter names with an underscore anywhere, a plain one when the message begins with it; not a file's
        # name (a --spec file 'spec.yaml' read '--spec.yaml: unknown key(s) ...': (?![.-]\w))
        text = re.sub(r"(?<![\w'-])([a-z]+_[a-z_]+)\b(?![.-]\w)", lambda m: flag(m.group(1)) or m.group(0), text)
        text = re.sub(r"^([a-z]+)\b(?! (?:of|is not a column of the data and))(?![.-]\w)",
                      lambda m: flag(m.group(1)) or m.group(0), text)
        text = re.sub(r"\bleave ([a-z]+) out\b", lambda m: f"leave {flag(m.group(1)) or m.group(1)} out", text)
        if "--dir-exp" in flags:
            text = re.sub(r"\bdirectional expectations( '[^']*'| \S+)? (give|name|need)\b",
                          lambda m: f"--dir-exp{m.group(1) or ''} {m.group(2)}s", text)
            text = re.sub(r"\bdirectional expectations(?= '|$)", "--dir-exp", text)
            if "--dir-exp" not in text and "directional expectation" in text:  # one value's error (singular)
                text = f"--dir-exp: {text}"
        text = re.sub(r" \(CLI: (--[\w-]+)\)", lambda m: "" if m.group(1) in text[:m.start()] else m.group(0), text)
    text = re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)
    # "'SURV': a yes/no label: recode it to 1/0 (in pandas: ...)": the command line's own way first, a set of the
    # calibrate --spec file that recodes it (codes), which the pandas line alone did not tell a command-line user
    # several columns with the same labels ("'A', 'B': a yes/no label"): a set for each, the first written out
    def _yes_no_sets(m: re.Match) -> str:
        cols = re.findall(r"'([^']*)'", m.group("cols"))
        alike = f" and one alike for each of {', '.join(map(repr, cols[1:]))}" if len(cols) > 1 else ""
        return (f"{m.group('cols')}: a yes/no label: recode it to 1/0 (on the command line, by calibrate --spec with "
                f"the set {cols[0]}: {{codes: {{{m.group('codes')}}}}}{alike}; in pandas: {m.group('line')};")

    text = re.sub(r"(?P<cols>'[^']*'(?:, '[^']*')*): a yes/no label: recode it to 1/0 \(in pandas: (?P<line>df\[col\] = "
                  r"df\[col\]\.map\(\{(?P<codes>[^}]*)\}\));", _yes_no_sets, text)
    if data_error and getattr(args, "drop_missing", False):
        # --drop-missing given, but a column of text (case names without --case-column, notes) stopped the run before
        # it dropped anything (_drop_missing): the missing values' part told the user to pass the flag they had passed
        text = re.sub(r"(\| missing values in column\(s\) .*?): QCA cannot place a case with a missing membership in a "
                      r"configuration; drop or impute those cases explicitly first \(to drop them, naming them: in "
                      r"Python, drop_missing_cases\(df, \[[^\]]*\](?:, case_column='[^']*')?\); on the command line, "
                      r"--drop-missing\)",
                      r"\1: --drop-missing, given, drops those cases once the non-numeric values are dealt with",
                      text)
    data = getattr(args, "data", None)
    if data == "-":
        from .read import STDIN_NAME

        data = STDIN_NAME
    if data and data_error and command == "robustness" and str(data) not in text:   # the --spec file is named
        text = f"{data}: {text}"   # only for what it specifies; a column or a cell is the data file's
    if data and command not in ("robustness", "calibrate") and str(data) not in text:
        if data_error:
            text = f"{data}: {text}"
        elif re.search(r"\b(?:of|in) the data\b", text):
            text = re.sub(r"\b(of|in) the data\b", lambda m: f"{m.group(1)} {data}", text, count=1)
        elif re.search(r"(?<![-\w])(?:columns? '|column\(s\) '|\(columns: |case names?\b|case\(s\) '|(?:only|for) case '"
                       r"|^(?:condition|outcome) name(?:\(s\))? '"
                       r"|every one of the \d+ cases)", text):
            text = f"{data}: {text}"   # a column, a case or a value in the file
    return text


def _glob_hint(message: str, args) -> str:
    """For --include ? typed without quotes in a folder holding a file or folder of one character: the shell replaced
    the '?' by that name, and the engine got --include a; '' otherwise."""
    include = getattr(args, "include", None)
    if (not isinstance(include, str) or len(include) != 1 or include in "?C" or not message.startswith("include")
            or not Path(include).exists()):
        return ""
    return (f" ('{include}' is the name of a file in this folder: the shell replaced an unquoted ? by it; quote it, "
            "--include '?')")


#: Quotes a shell passes on as part of a value: single quotes in Windows' cmd.exe (which quotes with " only), and
#: the typographic quotes of a command copied from a PDF, Word or a web page, which no shell reads as quotes.
_KEPT_QUOTES = {"'": "'", "\u2018": "\u2019", "\u201c": "\u201d", "\u2019": "\u2019", "\u201d": "\u201d"}


def _kept_quotes_hint(message: str, argv: list[str]) -> str:
    """For a refused value that still holds the quotes around it (--outcome 'SURV' in Windows' cmd.exe, which reads
    only double quotes, or ‘SURV’ copied from a document): the value to write; '' when no such value is in the
    message (a value quoted so on purpose, or another error)."""
    for word in argv:
        if (len(word) > 2 and _KEPT_QUOTES.get(word[0]) == word[-1] and not word.startswith("-")
                and (word in message or repr(word) in message)):
            inner = word[1:-1]
            why = ("Windows' cmd.exe quotes with double quotes only" if word[0] == "'" else
                   "typographic quotes, copied from a document, are no quotes to a shell")
            return f"; the value {word} kept its quotes ({why}): write \"{inner}\" (double quotes) or {inner}"
    return ""


#: Flags whose one value is a list separated by commas: written with blanks and no quotes, the shell gave the
#: items after the first as arguments of their own ('--exclude 7 8': 'unrecognized arguments: 8').
_LIST_FLAGS = ("--conditions", "--dir-exp", "--exclude", "--include", "--explain", "--incl-cut", "--sort-by",
               "--untenable", "--keep", "--nec-cond")


def _split_value_hint(message: str, argv: list[str]) -> str:
    """For a list flag's value written with blanks, without quotes (--conditions DEV URB LIT): "; --conditions takes
    one value: write --conditions DEV,URB,LIT"; '' otherwise."""
    if not message.startswith("unrecognized arguments:") or message.endswith(BLANK_ARGUMENTS):
        return ""
    extras = message.split(":", 1)[1].split()
    if not extras or any(e.startswith("-") and not re.fullmatch(r"-[\d.]*", e) for e in extras):
        return ""
    for i in range(2, len(argv) - len(extras) + 1):
        if argv[i - 2] != "--dir-exp" and any(re.fullmatch(r"[A-Za-z][\w.]*=.*", e) for e in extras):
            continue   # R's name = value after a flag's value ('--incl-cut 0.8 all.sol=TRUE'): _r_assignment_hint's
        if (argv[i:i + len(extras)] == extras and argv[i - 2].split("=")[0] in _LIST_FLAGS
                and "=" not in argv[i - 2] and not argv[i - 1].startswith("--")
                and (argv[i - 2] != "--nec-cond" or argv[0] == "esa")):   # cases takes one necessary condition
            flag, items = argv[i - 2], [argv[i - 1], *extras]
            if flag == "--untenable":   # an expression: its combinations are joined by ' + ', not by commas
                return (f"; {flag} takes one expression: write {flag} '{' + '.join(items)}' (its combinations joined "
                        "by ' + ', quoted)")
            return f"; {flag} takes one value: write {flag} {','.join(items)} (commas between the items, no blanks)"
    return ""


def _outcome_hint(message: str, argv: list[str]) -> str:
    """For '--outcome' missing while the outcome was written after the data file as a second positional argument, as
    R's truthTable(data, outcome) takes it ('minimize data.csv SURV'): "; write --outcome SURV"."""
    if not re.match(r"the following arguments are required: .*--outcome", message) or len(argv) < 3:
        return ""
    given = argv[2]
    if (given.startswith("-") or argv[1].startswith("-") or any(a.split("=")[0] == "--outcome" for a in argv)
            or argv[0] == "pof"):   # pof's second argument is an expression: _pof_expression_hint
        return ""
    return f"; write --outcome {given} (the outcome is a flag, not a second argument after the data file)"


def _pof_expression_hint(message: str, argv: list[str], parser: argparse.ArgumentParser) -> str:
    """For pof's --expression (or --outcome) missing while the expression was written after the data file, as R's
    pof(setms, outcome, data) takes it first ('pof data.csv "DEV*URB"', 'pof data.csv "DEV*URB -> SURV"', 'pof
    data.csv DEV*URB SURV'): the flags to write, the outcome and --necessity taken from R's arrow. Before,
    _outcome_hint offered the expression as the outcome ('write --outcome DEV*URB -> SURV')."""
    if not argv or argv[0] != "pof" or not re.match(r"the following arguments are required: .*--(expression|outcome)",
                                                    message):
        return ""
    free = _free_words(argv, _commands(parser)["pof"])
    given = {a.split("=")[0] for a in argv if a.startswith("--")}
    if len(free) < 2 or "--expression" in given:
        return ""
    expression, rest = free[1], free[2:]
    arrow = re.fullmatch(r"\s*(.+?)\s*(->|=>|<-|<=)\s*(~?\s*[^\s<>=-]+)\s*", expression)
    outcome = arrow.group(3) if arrow else rest[0] if len(rest) == 1 else None
    words = [f"--expression {_shell_quoted(arrow.group(1) if arrow else expression)}"]
    if "--outcome" not in given and outcome:
        words.append(f"--outcome {_shell_quoted(outcome)}")
    if arrow and arrow.group(2).startswith("<") and "--necessity" not in given:
        words.append("--necessity")
    return (f"; write {' '.join(words)} (pof takes the expression and the outcome as flags, not as arguments after "
            "the data file" + (": R's arrow '->' / '<-' gives the outcome and the relation" if arrow else "") + ")")


def _free_words(argv: list[str], sub: argparse.ArgumentParser) -> list[str]:
    """The words after the command (argv[0]) that are no flag and no flag's value: the data file, then the others.
    A flag the command does not take (--relation suff) has its value skipped too."""
    switches = {o for a in sub._actions if a.nargs == 0 for o in a.option_strings}
    free, i = [], 1
    while i < len(argv):
        word = argv[i]
        if word.startswith("-") and word != "-":
            i += 1 if word in switches or "=" in word else 2
            continue
        free.append(word)
        i += 1
    return free


def _outcome_columns_hint(message: str, argv: list[str], parser: argparse.ArgumentParser) -> str:
    """For '--outcome' missing with nothing after the data file to take for it (_outcome_hint): the flag to give and
    the data's columns, when the data file can be read ('minimize data.csv' said only that --outcome is required);
    '' otherwise (no file, standard input, a file that cannot be read: its own error comes once --outcome is given).
    A CSV file's columns are read from its header line alone (read.header_names: a 2 GB file answers at once, where
    the whole file was read and checked first), the case column ('case', an unnamed first one) left out; a
    workbook's, a Stata or SPSS file's or JSON records' by reading the file."""
    from .read import header_names

    commands = _commands(parser)
    if not re.match(r"the following arguments are required: .*--outcome", message) or not argv \
            or argv[0] not in commands or _outcome_hint(message, argv) or _pof_expression_hint(message, argv, parser):
        return ""
    free = _free_words(argv, commands[argv[0]])
    if not free or free[0] == "-" or not Path(free[0]).is_file():
        return ""
    names = header_names(free[0])
    if names is not None:
        columns = [n for n in names if n and n != "case"]
    else:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                df, case_column = read_data(free[0])
        except Exception:   # noqa: BLE001 - any file it cannot read: the flag's message alone, as before
            return ""
        columns = [str(c) for c in df.columns if c != case_column]
    return (f"; give the outcome's column, --outcome NAME (the data's columns: "
            f"{shortened(', '.join(map(quoted, columns)))})" if columns else "")


def _shell_quoted(text: str) -> str:
    """`text` as a shell word to type: quoted when it holds a character the shell reads (*, ~, blanks, ...)."""
    return text if re.fullmatch(r"[\w.,-]+", text) else "'" + text.replace("'", "'\\''") + "'"


def _required_hint(message: str, argv: list[str], parser: argparse.ArgumentParser) -> str:
    """For a required flag missing while the command line holds flags the command does not take (argparse names
    the missing one first, the others never): what those flags are here, as for an unrecognised flag (cluster
    --unit-id CASE, SetMethods' unit_id: 'write --unit CASE')."""
    if not message.startswith("the following arguments are required"):
        return ""
    command = next((a for a in argv if a in _commands(parser)), None)
    own = _flags(parser, command)
    unknown = [a.split("=")[0] for a in argv if a.startswith("--") and a.split("=")[0] not in own
               and not any(o.startswith(a.split("=")[0]) for o in own)]   # argparse takes abbreviations
    return _other_flag_hint(unknown, argv, parser) if unknown else ""


def _spec_flag_hint(message: str, argv: list[str], parser: argparse.ArgumentParser | None = None) -> str:
    """For `robustness` given the analysis's flags (--outcome, --incl-cut, ...): they are keys of its --spec file.
    For another command, a flag it does not take: the one meant ('--inclde': did you mean --include?), or the
    commands that take it (necessity --incl-cut: --benchmark is its cut)."""
    if not message.startswith("unrecognized arguments") or message.endswith(BLANK_ARGUMENTS):
        return ""
    flags = [a.split("=")[0] for a in message.split(":", 1)[1].split() if a.startswith("--")]
    if "robustness" not in argv:
        return ((_r_assignment_hint(message, argv, parser) or _other_flag_hint(flags, argv, parser))
                if parser is not None else "")
    from .sweep_spec import SPEC_KEYS

    keys = [f.lstrip("-").replace("-", "_") for f in flags if f.lstrip("-").replace("-", "_") in SPEC_KEYS]
    if not keys:
        return ""
    return (f"; robustness takes the analysis from its --spec file, not from flags: write key(s) {', '.join(keys)} "
            "there (e.g. docs/examples/LF_sweeps.yaml)")


def _r_assignment_hint(message: str, argv: list[str], parser: argparse.ArgumentParser) -> str:
    """For arguments written as R's name = value after the data file ('incl.cut=0.8', 'n.cut = 2' as three words,
    'details=TRUE'), which argparse left as 'unrecognized arguments: incl.cut=0.8' alone: "; R's name = value is a flag
    here: write --incl-cut 0.8", a switch given TRUE written alone and one given FALSE left out ('details=TRUE:
    leave it out: ...'), an R name that has another flag here (necessity incl.cut=0.9: --benchmark 0.9) or another
    answer as _r_keyword_flag says it; '' when no word is such an argument of the command."""
    choices = _commands(parser)
    command = next((a for a in argv if a in choices), None)
    if command is None:
        return ""
    own = _flags(parser, command)
    switches = {o for a in choices[command]._actions if a.nargs == 0 for o in a.option_strings}
    writes, notes, named = [], [], []
    for name, value in re.findall(r"(?<![\w.-])([A-Za-z][\w.]*)\s*=\s*([^\s=]+)", message.split(":", 1)[1]):
        flag, value = "--" + re.sub(r"[._]", "-", name).lower(), value.rstrip(",").strip("'\"")
        true, false = value.upper() in ("TRUE", "T"), value.upper() in ("FALSE", "F")
        other = _r_keyword_flag(flag, command, own, [f"{flag}={value}"]) if flag not in own else ""
        if flag in switches and (true or false):
            (writes.append(flag) if true else notes.append(f"{name}={value}: leave {flag} out"))
        elif flag in own and flag not in switches and not (true or false):
            writes.append(f"{flag} {_shell_quoted(value)}")
        elif other.startswith("write "):
            writes.append(other.removeprefix("write "))
        elif other:
            notes.append(f"{name}={value}: {other}")
        elif flag not in own and (r_only := _r_only_flag(f"unrecognized arguments: {flag}", argv, parser)):
            notes.append(f"{name}={value}: {r_only}")   # all.sol=TRUE: R's argument this engine does not implement
        else:
            continue
        named.append(name)
    if not named:
        return ""
    return ("; R's name = value is written as a flag here" + (f": write {' '.join(writes)}" if writes else "")
            + "".join(f"; {n}" for n in notes))


def _command_hint(message: str, parser: argparse.ArgumentParser) -> str:
    """'; did you mean minimize?' for a command that is not one but names one: British spelling ('minimise'), R QCA's
    function name ('truthTable', 'superSubset', 'findRows'), '_' or '.' for '-' ('truth_table'), or a misspelling
    ('necesity'); '' otherwise."""
    m = re.match(r"argument command: invalid choice: '([^']*)'", message)
    if m is None:   # a flag's value ('--no-solution counts'): the choices argparse lists
        m = re.match(r"argument --[\w-]+: invalid choice: '([^']*)' \(choose from (.*)\)$", message)
        if m is None:
            return ""
        from .checks import choice_hint

        return choice_hint(m.group(1), re.findall(r"'([^']*)'", m.group(2)))
    if m.group(1).strip().lstrip("-").lower() in ("help", "h", "usage"):
        return f"; for help: {parser.prog} --help (the commands), or {parser.prog} COMMAND --help"
    choices = list(_commands(parser))
    given = re.sub(r"[_.\s]+", "-", re.sub(r"(?<=[a-z])(?=[A-Z])", "-", m.group(1).strip())).lower()
    given = re.sub(r"mi[ns]imi[sz]", "minimiz", given).replace("minimiz-", "minimiz")
    same = [c for c in choices if c.replace("-", "") == given.replace("-", "")]
    from .data import near_names

    # the library's function behind a command of another name (smmr is cases, configuration_chart chart), and the
    # words for the standards' report
    function = {f.replace("_", "-"): c for c, f in _COMMAND_FUNCTIONS.items()}
    function.update(dict.fromkeys(("standards", "checklist", "good-practise", "practice", "standards-of-good-practice"),
                                  "good-practice"))
    same = same or ([function[given]] if given in function else [])
    meant = (same or near_names(given, choices)   # the project's one 'did you mean' rule
             or [c for c in choices if len(c) >= 6 and given.startswith(c.rstrip("e"))])   # 'calibration'
    return f"; did you mean {' or '.join(meant)}?" if meant else ""


def _r_only_flag(message: str, argv: list[str], parser: argparse.ArgumentParser) -> str:
    """For an unrecognised flag that is an R QCA argument the engine does not implement (--all-sol, --sol-cons of a
    command that minimises, --ecdf of calibrate): the library's message (r_calls.R_ONLY_ARGUMENTS) with the command's
    flags for the parameters it names; '' for any other flag."""
    if not message.startswith("unrecognized arguments") or message.endswith(BLANK_ARGUMENTS):
        return ""
    from types import SimpleNamespace

    from .r_calls import r_only_message

    choices = _commands(parser)
    command = next((a for a in argv if a in choices), None)
    function = (None if command == "chain" else "minimize" if "--max-models" in _flags(parser, command) else
                "calibrate" if command == "calibrate" else "truth_table" if command == "truth-table" else None)
    flags = [a.split("=")[0] for a in message.split(":", 1)[1].split() if a.startswith("--")]
    said = r_only_message(function, *flags) if function else ""
    said = said.replace("pof()", "the pof command")
    return _cli_message(said, SimpleNamespace(command=command), parser) if said else ""


#: R QCA's arguments typed as flags whose answer differs on the command line from the library's (r_calls.R_KEYWORDS):
#: truth_table() takes show_cases, the truth-table command shows the cases unless --no-cases; pof() takes relation,
#: the pof command --necessity; pofind() and super_subset() take relation, as the pofind and super-subset commands
#: (--relation), where pof's --necessity (or a --sufficiency) is tried.
_CLI_R_FLAGS = {"truth-table": {"show_cases": "leave it out: the cases are shown (R's show.cases = TRUE); --no-cases "
                                                "leaves them out"},
                # pof's and cluster's own answer to R's relation and to a --sufficiency switch (pofind's --relation)
                **{c: dict.fromkeys(("relation", "sufficiency"), "--necessity for necessity (R's relation = "
                                                                   "'necessity'); sufficiency is the default here")
                   for c in ("pof", "cluster")},
                "chain": {"all_sol": "leave it out: every redundancy-free model is listed (R's causalChain with "
                                     "all.sol = TRUE); --minimal-only lists the minimal ones",
                          "maxstep": "write --sol-depth N, N the second of cna's three numbers (the disjuncts of a "
                                     "formula: its prime implicants here); leave out the first and the third "
                                     "(conjuncts of a disjunct, factors of a formula): every prime implicant is "
                                     "derived, within --max-models and --max-work"},
                # pof's switch (--necessity) tried on the commands that take R's relation = 'nec' as --relation
                **{c: {"necessity": "write --relation necessity", "sufficiency": "write --relation sufficiency"}
                   for c in ("pofind", "super-subset")}}


#: The library's function behind a command whose name differs (its R_KEYWORDS are the command's: cases --sol 2 is
#: smmr(sol = 2), written --model 2).
_COMMAND_FUNCTIONS = {"cases": "smmr", "theory": "theory_evaluation", "cluster": "cluster_diagnostics", "chain": "causal_chain",
                      "chart": "configuration_chart", "robustness": "robustness_protocol",
                      "good-practice": "good_practice"}


def _r_keyword_flag(flag: str, command: str, own, argv: list[str]) -> str:
    """For a flag named as R QCA names an argument that has another name here (necessity --incl.cut, truth-table
    --neg-out: r_calls.R_KEYWORDS), 'write --benchmark 0.9 (...)' with the command's flag and the value given; ''
    when the table has no flag of the command for it."""
    from .r_calls import R_KEYWORDS, _keyword_form

    name = _keyword_form(flag.lstrip("-"))
    function = _COMMAND_FUNCTIONS.get(command, command.replace("-", "_"))
    if name in _CLI_R_FLAGS.get(command, {}):   # the command line's own answer, as it is
        return _CLI_R_FLAGS[command][name]
    instead = R_KEYWORDS.get(function, {}).get(name)
    if instead is None and "--max-models" in own:   # esa, chart, cases minimise too: minimize()'s R arguments
        instead = R_KEYWORDS["minimize"].get(name)
    if instead is not None and instead.startswith("leave it out"):   # R's details = TRUE: always done here
        return instead
    m = re.match(r"(\w+)=(\{value!r\}|True|'[^']*')( \(.*\))?", instead or "")
    if m is None or "--" + m.group(1).replace("_", "-") not in own:
        return ""
    value = m.group(2)
    if value == "{value!r}":   # the value the user gave the flag ('--incl.cut 0.9' or '--incl.cut=0.9')
        at = next((i for i, a in enumerate(argv) if a == flag or a.startswith(flag + "=")), None)
        given = argv[at].partition("=")[2] if at is not None and "=" in argv[at] else (
            argv[at + 1] if at is not None and at + 1 < len(argv) else "")
        if not given or given.startswith("--"):   # a switch of R's (--consH) for a switch here: no value to show
            return f"write --{m.group(1).replace('_', '-')}{m.group(3) or ''}"
        value = given
    shown = "--" + m.group(1).replace("_", "-") + ("" if value == "True" else f" {value}")
    return f"write {shown}{m.group(3) or ''}"


#: Flags a user may try for dropping the cases with missing values, as pandas (dropna), R (na.omit, na.rm,
#: na.exclude, complete.cases) or Stata and SPSS (listwise deletion) name it, without '-', '_' and '.': the command
#: line's --drop-missing.
_DROP_MISSING_WORDS = frozenset({"dropna", "nadrop", "naomit", "narm", "naexclude", "omitna", "omitmissing",
                                 "dropmissing", "dropmissings", "removemissing", "completecases", "listwise",
                                 "skipmissing"})


def _other_flag_hint(flags: list[str], argv: list[str], parser: argparse.ArgumentParser) -> str:
    """'; did you mean --include?' for a misspelt flag of the command (for several, each naming its flag, as
    _near.hints_by_name names a column: '; --inclde: did you mean --include?'), or '; necessity takes no --incl-cut
    (truth-table, minimize, ... do)' for another command's flag; '' when neither helps."""
    from ._near import did_you_mean, hints_by_name
    from .data import near_names

    choices = _commands(parser)
    command = next((a for a in argv if a in choices), None)
    if command is None:
        return ""
    own = sorted(_flags(parser, command))
    hints = []   # (flag, its hint), one a flag: _near.hints_by_name names the flag of each when there are several
    for f in dict.fromkeys(flags):
        close = near_names(f, own)   # the project's one 'did you mean' rule
        dashed = f.replace(".", "-")   # R's dotted name, abbreviated as R's partial matching allows: --row.dom
        if not close and dashed != f:
            starts = [o for o in own if o.startswith(dashed)]
            close = [o for o in own if o == dashed] or (starts if len(starts) == 1 else [])
        others = [c for c in choices if f in _flags(parser, c)]
        r_name = _r_keyword_flag(f, command, own, argv)
        hint = ""
        if command == "good-practice" and f in ("--include", "--explain", "--row-dominance"):
            hint = (f"good-practice takes no {f}: it reads the conservative and parsimonious solutions (and the "
                    "intermediate with --dir-exp) of the truth table, as the standards ask")
        elif command in PARSIMONIOUS_COMMANDS and f == "--include":
            hint = (f"{command} takes no --include: it reads the parsimonious solution (remainders included, as "
                    "minimize --include '?' gives it), or the intermediate with --dir-exp; --solution "
                    "conservative reads the one without remainders")
        elif re.sub(r"[-_.]", "", f).lower() in _DROP_MISSING_WORDS and (command == "calibrate" or
                                                                          "--drop-missing" in own):
            hint = (f"{command} takes no {f}: " + (
                "give the set 'missing: keep' in the specification (its membership left empty), then --drop-missing "
                "to the analysis" if command == "calibrate" else
                "write --drop-missing (drops the cases with a missing value in the columns used, naming them)"))
        elif close and r_name and not any(c in r_name for c in close):   # R's --sol (a model's number) is not
            hint = f"{command} takes no {f}: {r_name}"                     # --solution cut short: --model
        elif close:
            hint = did_you_mean(close, str)
        elif others:
            hint = f"{command} takes no {f} ({', '.join(others)} do{'es' if len(others) == 1 else ''})"
            if command == "necessity" and f == "--incl-cut":
                hint += ": --benchmark sets the inclN from which a condition is flagged necessary"
            elif r_name:
                hint += f": {r_name}"
        elif r_name:
            hint = f"{command} takes no {f}: {r_name}"
        hints.append((f, f"; {hint}" if hint else ""))
    return hints_by_name(hints, str)
