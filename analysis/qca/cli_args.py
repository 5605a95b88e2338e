"""The command line's arguments (analysis.qca.cli): the parser of every command (build_parser) and the name it runs
as (_prog), each flag's value read and checked where argparse reads it (_positive, _unit, _incl_cut, ...), the
lists of commands the other cli_* modules branch on, the flags' values as the library's keywords (_budgets,
_solution_read, _skew_bounds; _about names a flag in its value's error), and the command line as argparse is
given it (_attach_dash_values) and checked for a flag given twice (_repeated_flags). Reads no data; prints nothing."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .checks import (MAX_JOBS, NO_SOLUTION_RULES, exponent_hint, float_text, int_text, percent_hint,
                     pair_model_text_hint, percent_text_hint, plain_number_hint, workers)
from .errors import QCADataError, QCAInputError, quoted, shortened
from .minimize import BUDGETS, SOLUTION_KINDS
from .r_calls import r_vector_items
from .read import WORKBOOK_KINDS
from .truth_table import MAX_MEMBERSHIPS, membership_seconds_text


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit code 2 (raised to main)
        raise _UsageError(_value_wanted(_explicit_argument_quoted(message)))

    def parse_args(self, args=None, namespace=None):
        """argparse's, with each unrecognized argument shown as errors.shortened shows a value (argparse printed a
        word of 100,000 characters whole, cut mid-line by the net, errors.bounded_message)."""
        given = list(sys.argv[1:] if args is None else args)
        known = {o for sub in [self, *_commands(self).values()] for a in sub._actions for o in a.option_strings}
        dashed = _unicode_dash_flag(given, known)
        if dashed:
            self.error(dashed)
        args, extra = self.parse_known_args(args, namespace)
        if extra:   # '' (a shell variable left empty) was listed as nothing: 'unrecognized arguments: '
            words = [e for e in extra if e.strip()]
            self.error(f"unrecognized arguments: {' '.join(map(shortened, words))}" if words else
                       f"unrecognized arguments: {_blank_arguments(given)}")
        return args

    def _check_value(self, action, value):   # "invalid choice: 'x'": the value as errors.quoted quotes it
        try:
            super()._check_value(action, value)
        except argparse.ArgumentError as exc:
            raise argparse.ArgumentError(action, _quoting(exc.message, value)) from None

    def _get_value(self, action, arg_string):   # "invalid int value: 'x'": the same
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as exc:
            raise argparse.ArgumentError(action, _quoting(exc.message, arg_string)) from None

    def _get_option_tuples(self, option_string):
        """argparse's abbreviations, but not for an R keyword that is also the start of a flag here: '--sol'
        (SetMethods' sol, a model's number) is not --solution cut short, nor '--con' (cna's con, a consistency)
        --condition; left unrecognised, so that the hint for R's keywords says what to write (--model, --sol-cons)."""
        tuples = super()._get_option_tuples(option_string)
        kept_whole = _R_KEYWORDS_NOT_ABBREVIATIONS.get(option_string.split("=", 1)[0])
        if kept_whole is not None:
            tuples = [t for t in tuples if t[0] is None or kept_whole not in t[0].option_strings]
        return tuples


#: Dashes a word processor, a web page or a PDF writes for '-' or '--' (autocorrect: '--' becomes '—' or '–').
_DASHES = {"\u2010": "HYPHEN", "\u2011": "NON-BREAKING HYPHEN", "\u2012": "FIGURE DASH", "\u2013": "EN DASH",
           "\u2014": "EM DASH", "\u2015": "HORIZONTAL BAR", "\u2212": "MINUS SIGN", "\uff0d": "FULLWIDTH HYPHEN-MINUS"}


def _unicode_dash_flag(argv: list[str], known=None) -> str:
    """For a flag written with another dash ('—outcome', '–-csv': '--' turned into a dash by a word processor's
    autocorrect, copied from a document or a web page), what it starts with and the flag to write; '' otherwise.
    argparse took '—outcome' for a value: 'the following arguments are required: --outcome' (and a hint offering
    '--outcome —outcome'), or 'unrecognized arguments: –-csv'. A number's minus sign ('−1') is left to the flag's
    own check, which names it; so is a word that is no flag (`known`: the flags of the commands; None: any), such as
    an expression's '–DEV'."""
    for a in argv:
        found = re.fullmatch(r"([\u2010-\u2015\u2212\uff0d][\u2010-\u2015\u2212\uff0d-]*)([A-Za-z][\w.-]*(?:=.*)?)", a, re.S)
        flag = "--" + found.group(2).split("=", 1)[0] if found else ""
        if found and (known is None or any(k.startswith(flag) for k in known)):
            dash = next(ch for ch in found.group(1) if ch in _DASHES)
            return (f"{quoted(a)} starts with {quoted(dash)} (U+{ord(dash):04X} {_DASHES[dash]}), not '--': a word "
                    "processor, a web page or a PDF turns '--' into a dash; write "
                    f"--{shortened(found.group(2))}")
    return ""


def _blank_arguments(argv: list[str]) -> str:
    """The empty ('') and blank (' ') arguments of `argv`, each named by what comes before it ("an empty argument ('')
    after --outcome SURV"), and what makes one: a shell variable left empty ("$VAR" quoted), quotes with nothing or
    blanks between them, a blank after a line's closing backslash. argparse listed them as nothing."""
    said = []
    for i, a in enumerate(argv):
        if a.strip() or i == 0:
            continue
        before = argv[i - 1]
        if i >= 2 and argv[i - 2].startswith("--") and "=" not in argv[i - 2] and not before.startswith("-"):
            before = f"{argv[i - 2]} {before}"   # a flag and its value: '--outcome SURV'
        said.append(f"{'an empty' if not a else 'a blank'} argument ({quoted(a)}) after {shortened(before)}")
    return ", ".join(said) + BLANK_ARGUMENTS


#: How an empty argument comes about and what to do, ending _blank_arguments' message: cli_hints' hints for
#: unrecognized flags read no flag in it (its '--outcome SURV' is where the argument was, not one unrecognized).
BLANK_ARGUMENTS = (": a shell variable left empty (\"$VAR\"), or quotes with nothing or blanks between them, give one; "
                   "leave it out")


#: R keywords typed as flags that argparse would take for the start of a longer flag: the flag they are not.
_R_KEYWORDS_NOT_ABBREVIATIONS = {"--sol": "--solution", "--con": "--condition"}


#: What a flag takes, said after argparse's 'argument --include: expected one argument' (the flag given last, or
#: followed by another flag, as a switch: '--include --dir-exp 1,1,1,1,1'), for the flags whose value a new user
#: may not guess (minimize's --include: what it takes is R's include, not a switch). A flag of the same name meaning
#: another thing in another command would need the command here.
VALUE_WANTED = {
    "--include": "--include takes '?' (remainders: the parsimonious solution, or the intermediate with --dir-exp), 'C' "
                 "(contradictions) or '?,C' (both); leave --include out for the conservative solution",
}


def _value_wanted(message: str) -> str:
    """argparse's 'argument --include: expected one argument' with what the flag takes (VALUE_WANTED); any other
    message as it is."""
    found = re.fullmatch(r"argument (--[\w-]+): expected one argument", message)
    return f"{message}; {VALUE_WANTED[found[1]]}" if found and found[1] in VALUE_WANTED else message


def _quoting(message: str, value) -> str:
    """argparse's message quoting `value` (its repr) with the value as errors.quoted quotes it: the same text for a
    value of up to 200 characters, the beginning and the length of a longer one."""
    return message.replace(repr(value), quoted(value), 1) if isinstance(value, str) else message


def _explicit_argument_quoted(message: str) -> str:
    """argparse's "argument --csv: ignored explicit argument 'x'" (a value given to a switch, --csv=x) with the value
    as errors.quoted quotes it; any other message as it is. argparse says it from inside its parsing, where
    _Parser._check_value and _get_value do not see it."""
    found = re.fullmatch(r"(argument \S+: ignored explicit argument )('.*'|\".*\")", message, re.S)
    if found is None:
        return message
    import ast

    return found.group(1) + quoted(ast.literal_eval(found.group(2)))


def _incl_cut(text: str):
    pair = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%?\s*[,;]\s*(\d+(?:\.\d+)?)\s*%?\s*", str(text))
    if pair and all(10 <= float(v) <= 100 for v in pair.groups()):
        ic1, ic0 = (f"{float(v) / 100:g}" for v in pair.groups())   # '80,60', '80%,60%', '80;60': percentages
        raise QCAInputError(f"--incl-cut must be a number or two numbers 'ic1,ic0' in [0, 1], got {quoted(text)}; "
                            f"percentages? write {ic1},{ic0}")
    blank = re.fullmatch(r"\s*(\d*\.\d+|\d+)\s+(\d*\.\d+|\d+)\s*", str(text))   # '0.8 0.6', quoted: one argument
    if blank and all(0 <= float(v) <= 1 for v in blank.groups()):
        pair = blank
    if pair and (";" in text or blank):   # '0.8;0.6': two cut-offs, ';' as a list separator in a comma-decimal locale
        raise QCAInputError(f"--incl-cut must be a number or two numbers 'ic1,ic0', got {quoted(text)}; write "
                            f"{pair[1]},{pair[2]} (',' between the two cut-offs)")
    if re.fullmatch(r"\s*\d+\s*,\s*\d+\s*", str(text)):  # '1,0', '0,8': a decimal comma or a pair?
        raise QCAInputError(
            f"--incl-cut {quoted(text)} is ambiguous: a number with a decimal comma or two cut-offs 'ic1,ic0'? write "
            "decimals with a point (e.g. 0.8 or 1.0), and two cut-offs with points, e.g. 0.9,0.6")
    parts = [p.strip() for p in str(text).split(",")]
    empty = _empty_cut_hint(parts)
    if empty:
        raise QCAInputError(f"--incl-cut must be a number or two numbers 'ic1,ic0', got {quoted(text)}{empty}")
    try:
        vals = [float_text(p) for p in parts]
    except ValueError:
        hint = next((h for p in parts for h in (plain_number_hint(p), percent_text_hint(p)) if h), "")
        raise QCAInputError(f"--incl-cut must be a number or two numbers 'ic1,ic0', got {quoted(text)}{hint}") from None
    if len(vals) <= 2 and any(not 0.0 <= v <= 1.0 for v in vals):   # the text typed, not the floats read: '80', not 80.0
        raise QCAInputError(f"--incl-cut must lie in [0, 1], got {quoted(text)}"
                            f"{next((h for h in map(percent_hint, vals) if h), '')}")
    return vals[0] if len(vals) == 1 else tuple(vals)


def _empty_cut_hint(parts: list[str]) -> str:
    """For --incl-cut's comma-separated `parts` with an empty one ('0.8,', ',0.8', '0.8,,0.6': a comma typed at the
    end, or twice) beside one or two cut-offs in [0, 1], where the empty value is and what to write; '' otherwise
    (the text was said to be no number, with no hint). A cut-off given as a percentage ('80,', '80%,', '80,60,':
    10 to 100, as a report writes it) is written as its fraction, with 'a percentage?' before it."""
    given = [p for p in parts if p]
    if len(given) == len(parts) or len(given) not in (1, 2):
        return ""
    cuts = [_cut_or_percent(p) for p in given]
    if None in cuts:
        return ""
    percent = "a percentage? " if any(cut != p for cut, p in zip(cuts, given)) else ""
    where = ("after ','" if not parts[-1] and parts[0] else "before ','" if not parts[0] and parts[-1] else
             "between two ','" if parts[0] and parts[-1] else "before and after ','")
    if len(given) == 2:
        return f": nothing {where}; {percent}write {cuts[0]},{cuts[1]}"
    return f": nothing {where}; {percent}write {cuts[0]} (one cut-off), or two cut-offs, e.g. 0.9,0.6"


def _cut_or_percent(text: str) -> str | None:
    """A cut-off of --incl-cut as typed: `text` itself when a number in [0, 1], its fraction when a percentage
    (10 to 100, with or without '%': '80' and '80%' as 0.8); None for anything else."""
    percent = text.endswith("%")
    try:
        v = float_text(text[:-1] if percent else text)
    except ValueError:
        return None
    if not percent and 0.0 <= v <= 1.0:
        return text
    return f"{v / 100:g}" if 10.0 <= v <= 100.0 else None


def _pair_budget(args) -> dict:
    """--max-pair-candidates, when given (else the library's default)."""
    return {} if args.max_pair_candidates is None else {"max_pair_candidates": args.max_pair_candidates}


def _positive(text: str) -> int:
    try:
        v = int_text(text)
    except ValueError:
        hint = plain_number_hint(text) or exponent_hint(text)
        try:   # '０' (full-width 0): no 'write 0', a number the flag refuses too
            hint = hint if float(text.replace("_", "")) >= 1 else ""
            whole = float(text)
            if not hint and whole >= 1 and whole.is_integer() and re.fullmatch(r"\s*\+?\d+\.0*\s*", text):
                hint = f"; write {int(whole)} (a whole number, without a decimal point)"   # '2.0', as R prints 2
        except ValueError:
            pass
        raise argparse.ArgumentTypeError(f"must be a positive whole number, got {quoted(text)}{hint}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, got {quoted(text)}")
    return v


#: the most assignments --permutations exact enumerates
_EXACT_PERMUTATIONS = 1_000_000


def _sol_depth(text: str) -> int:
    """chain --sol-depth: a positive whole number; 0, R's default of sol.depth, is told what it means there."""
    if text.strip() == "0":
        from .chain import SOL_DEPTH_ZERO

        raise argparse.ArgumentTypeError(f"must be a positive whole number, got '0': "
                                         f"{SOL_DEPTH_ZERO.replace('leave it out', 'leave --sol-depth out')}")
    return _positive(text)


def _permutations(text: str) -> int | str:
    """--permutations: 'exact' (every assignment) or a positive whole number (every assignment when there are at most
    that many, else that many seeded draws)."""
    if text.strip().lower() == "exact":
        return "exact"
    try:
        return _positive(text)
    except argparse.ArgumentTypeError as err:
        raise argparse.ArgumentTypeError(f"{str(err).replace('must be', 'must be exact or', 1)}") from None


#: the seed of the permutation benchmark's draws when --seed is not given: permutation_benchmark's own default (a test
#: ties the two), so the command and the API draw the same assignments
_PERMUTATION_SEED = 20240528


def _seed(text: str) -> int:
    """--seed: the random generator's seed of the permutation benchmark's draws, a whole number >= 0 (numpy's
    default_rng takes no negative seed)."""
    try:
        v = int_text(text)
    except ValueError:
        hint = plain_number_hint(text) or exponent_hint(text)
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {quoted(text)}{hint}") from None
    if v < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {quoted(text)}")
    return v


def _model(text: str) -> int:
    """--model: a model's number (1 = M1); 'M2', the model as printed, is refused naming its number."""
    try:
        return _positive(text)
    except argparse.ArgumentTypeError as err:
        m = re.fullmatch(r"\s*[Mm]\s*(\d+)\s*", text)
        said = (f"; write --model {int(m[1])} (models are numbered from 1: M{int(m[1])} is {int(m[1])})" if m
                else pair_model_text_hint(text, "--model"))   # SetMethods' 'C1P2I1', a printed 'C1P2 M1'
        raise argparse.ArgumentTypeError(f"{err}{said}") from None


def _term(text: str) -> int | str:
    """--term: a term's number in the model (1 = the first) or its text ('URB*STB'), as the API's term takes."""
    if text.strip().lstrip("+-").isdigit():
        return _positive(text)
    try:   # '1.5', '2e0': a number, but no term's number (was read as a term's text: 'not in the model')
        float(text)
        number = True
    except ValueError:
        number = False
    if number or not text.strip():
        raise argparse.ArgumentTypeError(f"must be a term's number (1 = the first) or its text, e.g. 'A*~B', got "
                                         f"{quoted(text)}{plain_number_hint(text)}")
    return text.strip()


def _unit(text: str) -> float:
    """A cut-off in [0, 1] (argparse's own message, "invalid float value: '0,5'", said neither)."""
    try:
        v = float_text(text)
    except ValueError:
        comma = (f"; write decimals with a point, e.g. {text.replace(',', '.')}" if re.fullmatch(r"[0-9]+,[0-9]+", text)
                 else plain_number_hint(text) or percent_text_hint(text))
        raise argparse.ArgumentTypeError(f"must be a number in [0, 1], got {quoted(text)}{comma}") from None
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a number in [0, 1], got {quoted(text)}{percent_hint(v)}")
    return v


def _jobs(text: str) -> int:
    try:
        return workers(int_text(text))
    except (ValueError, QCAInputError):
        every = ("; write -1 for every core" if text.strip().lower() in ("all", "max", "auto", "every", "cores")
                 else "")
        raise argparse.ArgumentTypeError(f"must be a whole number other than 0 from -{MAX_JOBS} to {MAX_JOBS} "
                                         f"(-1: every core), got {quoted(text)}{plain_number_hint(text) or every}") from None


#: What every command's data argument (and robustness --raw) may be: read_data's formats, said in one place.
DATA_FILE = ("CSV file, workbook (.xlsx, .xls, .ods; --sheet), Stata (.dta) or SPSS (.sav) file, or JSON records / JSON Lines (as "
             "calibrate --json and pandas' to_json(orient='records'), with or without lines=True, write them)")


#: The help of --sheet, said in one place.
SHEET_HELP = (f"the sheet of a workbook {WORKBOOK_KINDS} to read: its name, or its place counted from 1 as the tabs show them "
              "(default: the first)")


def _common(p: argparse.ArgumentParser, conditions: bool = True, json: bool = True) -> None:
    """The data file and the options every analysis takes; `conditions=False` (pof, cluster: the expression names the
    conditions) keeps --conditions out of the help, the command refusing it with its own error; `json=False` (plot,
    which writes a figure and prints one line) leaves --json out, so that it is refused as any flag a command lacks."""
    p.add_argument("data", help=f"{DATA_FILE}: one row per case, one column per set ('-': standard input)")
    p.add_argument("--outcome", required=True, help="outcome column ('~Y' for its negation, 'Y{1}' for a value)")
    p.add_argument("--conditions", default=None, help="comma-separated condition columns (default, or '': all others; a "
                   "column whose name holds ',' cannot be a condition: rename it)"
                   if conditions else argparse.SUPPRESS)
    p.add_argument("--case-column", default=None,
                   help="column of case names (default: 'case' if present, else an unnamed first column)")
    p.add_argument("--sheet", default=None, metavar="NAME|N", help=SHEET_HELP)
    p.add_argument("--negate-outcome", action="store_true", help="explain the negation of the outcome")
    p.add_argument("--drop-missing", action="store_true",
                   help="drop the cases with a missing value (an empty cell, 'NA', '.', '-', ...) in the outcome or a "
                        "condition used, naming them on stderr (default: such a case is refused)")
    if json:
        p.add_argument("--json", action="store_true", help="print JSON instead of R-like tables")


#: The commands whose result is one table (the result's to_frame()), which --csv prints as CSV; theory and chart
#: print their main table (the theory's fit, the chart's long table), saying on stderr what is left out; cases its
#: table of cases, several tables (--pairs, focal conjuncts) as one with a first column naming each.
CSV_COMMANDS = ("minimize", "truth-table", "necessity", "super-subset", "pof", "pofind", "theory", "chart", "cases",
                "chain", "esa", "cluster")


def _csv_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--csv", action="store_true", help="print the result's table as CSV (what to_frame() gives in "
                   "Python; a named index, the truth table's row, as its first column), for a spreadsheet or a "
                   "paper's table, instead of R-like tables")


def _tt_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--incl-cut", default="1", help="consistency cut-off, or 'ic1,ic0' (default 1)")
    p.add_argument("--n-cut", type=_positive, default=1, help="minimum cases of an observed row (default 1)")
    p.add_argument("--pri-cut", type=_unit, default=0.0, help="minimum PRI of a positive row (default 0)")
    _max_memberships_option(p, "a truth table")
    _skew_bounds_option(p)


def _skew_bounds_option(p: argparse.ArgumentParser) -> None:
    """--skew-bounds, the skew_bounds of the library function a command calls (read by _skew_bounds), for every
    command that warns of skewed sets."""
    p.add_argument("--skew-bounds", default=None, metavar="LOW,HIGH",   # None: not given, the default pair
                   help="shares of cases in a set (membership > 0.5) outside which it is skewed and warned of "
                   "(default 0.2,0.8, a convention; 'none': no check)")


def _max_memberships_option(p: argparse.ArgumentParser, whose: str) -> None:
    """--max-memberships, truth_table()'s budget (MAX_MEMBERSHIPS), for every command that builds truth tables."""
    p.add_argument("--max-memberships", type=_positive, default=None,
                   help=f"budget: fuzzy memberships {whose} computes at most, cases x observed rows (default "
                   f"{MAX_MEMBERSHIPS:,}, {membership_seconds_text(MAX_MEMBERSHIPS)}; 100,000 cases x 16 fuzzy "
                   "conditions are 5.1e9); "
                   "more are refused at once")


def _solution_options(p: argparse.ArgumentParser, json: bool = True) -> None:
    """The options of every sub-command that minimises: data, truth table and directional expectations (`json`: as
    _common's)."""
    _common(p, json=json)
    _tt_options(p)
    p.add_argument("--dir-exp", default=None,
                   help="directional expectations (intermediate solution): A=1,B=0,C=- or 1,0,- in order")


def _solution_read_option(p: argparse.ArgumentParser) -> None:
    """--solution, the solution a command that reads one solution (PARSIMONIOUS_COMMANDS) minimises: read by
    _solution_read."""
    p.add_argument("--solution", choices=SOLUTION_KINDS, default=None,
                   help="the solution read: conservative (no remainders, as minimize without --include), parsimonious "
                   "(remainders included; the default) or intermediate (needs --dir-exp; the default with it)")


def _dir_exp_example(conditions) -> str:
    """An example of --dir-exp for `conditions` (the analysis's, in order): one value per condition, e.g.
    '--dir-exp 1,1,1 (one value per condition, in order: A, B, C; '-' for no expectation)'."""
    names = [str(c) for c in conditions]
    return (f"--dir-exp {','.join('1' for _ in names)} (one value per condition, in order: "
            f"{shortened(', '.join(names))}; '-' for no expectation)")


def _solution_read(args, conditions=None) -> dict:
    """minimize() keywords (include, dir_exp) of the solution --solution names: by default the parsimonious one,
    or the intermediate with --dir-exp. --solution intermediate needs --dir-exp (its example has one value per
    condition of `conditions`, when known); the other two refuse it (it was read as asking for the intermediate one)."""
    kind = args.solution or ("intermediate" if args.dir_exp is not None else "parsimonious")
    if kind == "intermediate" and args.dir_exp is None:
        raise QCAInputError("--solution intermediate needs --dir-exp, the directional expectations of its "
                            "counterfactuals, e.g. " + (_dir_exp_example(conditions) if conditions
                                                        else "--dir-exp 1,1,0 or A=1,B=1,C=-"))
    if kind != "intermediate" and args.dir_exp is not None:
        raise QCAInputError(f"--dir-exp gives the intermediate solution, not the {kind} one: leave out --dir-exp, "
                            "or give --solution intermediate")
    return {"include": "" if kind == "conservative" else "?", "dir_exp": args.dir_exp}


def _budget_flag(p, flag: str, help: str) -> None:
    """A search budget's flag (--max-work: minimize()'s max_work), defined once for every command that takes it,
    chain's included: a positive whole number, minimize()'s default (BUDGETS); each command words its help."""
    p.add_argument(flag, type=_positive, default=BUDGETS[flag[2:].replace("-", "_")], help=help)


def _budget_options(p: argparse.ArgumentParser, jobs: bool = True):
    """--jobs and the search budgets of every sub-command that minimises (a refusal names the flag to raise, so
    each of them takes it); returns the budgets' group. jobs=False: the command has its own --jobs (robustness:
    its specifications in parallel)."""
    d = BUDGETS  # minimize()'s defaults, one place
    if jobs:
        p.add_argument("--jobs", "--n-jobs", dest="jobs", type=_jobs, default=d["n_jobs"],
                       help="worker processes for a long minimum-cover search (default 1; -1: every core); same answer")
    b = p.add_argument_group("budgets (a refusal names the one it met)")
    _budget_flag(b, "--max-models",
                 f"minimal models listed at most (default {d['max_models']}); beyond, a counted partial answer")
    b.add_argument("--refuse-partial", action="store_true",
                   help="refuse (exit 2) instead of a partial answer: more than --max-models models, or a count of "
                   "them that passes --max-work")
    _budget_flag(b, "--max-work",
                 f"steps of the exact minimum-cover search (default {d['max_work']}; a count of the minimal "
                 "models that passes it is a partial answer, at least N models); also bounds the prime "
                 "implicant search (one step per 1,000 positive-negative pairs of configurations compared)")
    _budget_flag(b, "--max-implicants", f"prime implicants generated at most (default {d['max_implicants']})")
    _budget_flag(b, "--max-chart-cells",
                 f"cells of a prime implicant chart (implicants x positive rows; default {d['max_chart_cells']})")
    _budget_flag(b, "--sa-limit", f"configurations expanded to list simplifying assumptions (default "
                 f"{d['sa_limit']}; beyond: counted)")
    _budget_flag(b, "--ec-limit",
                 f"configurations expanded for the easy counterfactuals of one pair (default {d['ec_limit']})")
    _budget_flag(b, "--max-intermediate-pairs", "(C, P) pairs an intermediate solution computes at most (default "
                 f"{d['max_intermediate_pairs']}); beyond, the first ones, a partial answer")
    return b


def _budgets(args) -> dict:
    """minimize() keyword arguments of the --jobs and budget flags."""
    return dict(max_models=args.max_models, allow_partial=not args.refuse_partial, max_work=args.max_work,
                max_implicants=args.max_implicants, max_chart_cells=args.max_chart_cells, sa_limit=args.sa_limit,
                ec_limit=args.ec_limit, max_intermediate_pairs=args.max_intermediate_pairs,
                n_jobs=getattr(args, "jobs", BUDGETS["n_jobs"]))


def _raised_budgets(args) -> dict:
    """The budgets the user set (a flag away from its default), with --max-memberships: what robustness passes to
    every specification (protocol.spec_budgets); {} keeps the engine's defaults, and its refusals say so."""
    out = {k: v for k, v in _budgets(args).items() if k != "n_jobs" and v != BUDGETS[k]}
    if getattr(args, "max_memberships", None) is not None:
        out["max_memberships"] = args.max_memberships
    return out


#: The name of the command line in usage lines, --version and hints: run as a module, or main(argv) called by a test
#: or a notebook; run as the installed console script (pyproject's [project.scripts]: qca), the script's name (_prog)
MODULE_PROG = "python -m analysis.qca"


CONSOLE_SCRIPTS = ("qca",)


def _prog(argv: list[str] | None) -> str:
    """The name the command was run as: the console script's ('qca'; 'qca.exe' on Windows says 'qca') when it is
    what sys.argv[0] names and main() reads the command line itself, else MODULE_PROG."""
    if argv is None and sys.argv and sys.argv[0]:
        name = Path(sys.argv[0]).name
        stem = name[:-4] if name.lower().endswith(".exe") else name
        if stem in CONSOLE_SCRIPTS:
            return stem
    return MODULE_PROG


def build_parser(prog: str = MODULE_PROG) -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description="The QCA engine on a CSV (or JSON records) file: calibration, truth "
                     "tables, minimisation, necessity, ESA, robustness, case diagnostics, theory evaluation, clustered "
                     "data, configuration charts. One command per task; 'COMMAND --help' for its options.")
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="the compendium's version (as CITATION.cff cites it), then exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    m = sub.add_parser("minimize", help="minimise the truth table (conservative, parsimonious, intermediate)")
    _solution_options(m)
    m.add_argument("--include", default="", help="rows the solution may use without covering them: '' (conservative), "
                   "'?' remainders (parsimonious / intermediate), 'C' contradictions, '?,C' both (R's include)")
    m.add_argument("--explain", default="1", help="rows the solution must cover: '1' (default) or '1,C' (contradictions "
                   "too; R's explain)")
    m.add_argument("--row-dominance", action="store_true", help="opt-in shortcut: may drop minimal models")
    b = _budget_options(m)
    b.add_argument("--rows-limit", type=_positive, default=1_000,
                   help="JSON: rows listed at most per set of remainders (default 1000; beyond: counts and cubes)")
    b.add_argument("--pi-chart", action="store_true",
                   help="JSON: always include the full prime implicant chart (computing every prime implicant)")
    m.add_argument("--exclude", default=None, help="row numbers coded OUT = 0 first, e.g. 7,8,15 (ESA)")
    _csv_option(m)
    t = sub.add_parser("truth-table", help="print the truth table")
    _common(t)
    _csv_option(t)
    _tt_options(t)
    t.add_argument("--dcc", action="store_true", help="list each row's deviant cases consistency (outcome membership "
                   "< 0.5) instead of all its cases, like R's dcc = TRUE (JSON has both)")
    t.add_argument("--sort-by", default=None, help="print the rows sorted, like R's sort.by: e.g. 'incl,n' (each "
                   "decreasing), 'incl,n=FALSE' (n increasing); OUT, n, incl, PRI or a condition; ties in row order, "
                   "remainders last (JSON keeps row order)")
    t.add_argument("--complete", action="store_true", help="print the remainders too (OUT '?'), like R's "
                                                          "complete = TRUE; printing only")
    t.add_argument("--no-cases", action="store_true", help="print the table without its cases column, like R's "
                   "show.cases = FALSE (JSON keeps the cases)")
    n = sub.add_parser("necessity", help="necessity of each condition and its negation")
    _common(n)
    _csv_option(n)
    n.add_argument("--benchmark", type=_unit, default=0.9,
                   help="inclN from which a condition is flagged necessary (default 0.9, Schneider & Wagemann 2012)")
    n.add_argument("--ron-cut", type=_unit, default=None,
                   help="RoN from which a consistent condition is read as relevant (default: relevance not judged; "
                        "no agreed cut-off, the choice is yours)")
    _skew_bounds_option(n)
    ss = sub.add_parser("super-subset", help="expressions (conjunctions, disjunctions) passing necessity or "
                                             "sufficiency cut-offs, like R QCA's superSubset")
    _common(ss)
    _csv_option(ss)
    ss.add_argument("--relation", default="necessity", help="necessity (default) or sufficiency (also nec / suf)")
    ss.add_argument("--incl-cut", type=_unit, default=1.0, help="minimum inclN (necessity) or inclS (default 1)")
    ss.add_argument("--cov-cut", type=_unit, default=0.0, help="minimum covN or covS (default 0)")
    ss.add_argument("--ron-cut", type=_unit, default=0.0, help="necessity: minimum RoN (default 0)")
    ss.add_argument("--pri-cut", type=_unit, default=0.0, help="sufficiency: minimum PRI (default 0)")
    ss.add_argument("--depth", type=_positive, default=None, help="literals per expression at most (default: all)")
    ss.add_argument("--max-candidates", type=_positive, default=None,
                    help="budget: candidate expressions searched at most (default 2,000,000; 59,048 at 10 "
                    "conditions took about 20 s at 100,000 fuzzy cases, 1 s crisp); more are refused, naming --depth")
    ss.add_argument("--max-work", type=_positive, default=None,
                    help="budget: candidate expressions scored x the cases each is scored over (crisp data: its "
                    "distinct patterns), counted as the search goes (default 10,000,000,000, about 6 s of candidates "
                    "failing at 100,000 fuzzy cases); a search passing it is stopped and refused, naming --depth")
    _skew_bounds_option(ss)
    p = sub.add_parser("pof", help="fit of an expression (sufficiency or necessity)")
    _common(p, conditions=False)
    _csv_option(p)
    p.add_argument("--expression", required=True, help="e.g. 'A*B + ~C'")
    p.add_argument("--necessity", action="store_true", help="necessity instead of sufficiency")
    p.add_argument("--haesebrouck-consistency", "--haesebrouck", dest="haesebrouck", action="store_true",
                   help="add Haesebrouck's consistency inclH (sufficiency; Haesebrouck 2015)")
    _skew_bounds_option(p)
    pi = sub.add_parser("pofind", help="fit of each condition and its negation on its own (necessity or sufficiency), "
                                       "like R QCA's pofind")
    _common(pi)
    _csv_option(pi)
    pi.add_argument("--relation", default="necessity", help="necessity (default, as R's pofind) or sufficiency (also "
                    "nec / suf): inclN, RoN, covN or inclS, PRI, covS")
    _skew_bounds_option(pi)
    f = sub.add_parser("find-rows", help="rows needing a decision: CSA, SSR, untenable remainders")
    _common(f)
    _tt_options(f)
    f.add_argument("--type", default="all", help="csa, ssr, untenable or all (default all); R's 0-3; several "
                   "joined by commas (csa,ssr), as R's type = c(2, 3)")
    f.add_argument("--expression", default=None, help="impossible / implausible combinations, e.g. '~A*B'")
    _budget_options(f)  # the parsimonious solutions that CSA need
    f.add_argument("--observed", action="store_true", help="untenable: observed rows inside the expression too")
    e = sub.add_parser("esa", help="enhanced standard analysis: block rows, then minimise (parsimonious, or intermediate with --dir-exp; --solution)")
    _solution_options(e)
    _solution_read_option(e)
    e.add_argument("--nec-cond", action="append", default=None,
                   help="necessary condition, e.g. 'LIT' or 'A + B'; several, each necessary: 'LIT,STB' or the flag "
                        "repeated (the rows outside any of them are blocked)")
    e.add_argument("--nec-cond-observed", action="store_true",
                   help="with --nec-cond: block observed rows outside the necessary condition too (default: "
                        "remainders only)")
    e.add_argument("--ron-cut", type=_unit, default=None,
                   help="with --nec-cond: RoN from which a consistent necessary condition is read as relevant; one "
                        "below it is warned about, its rows still blocked as asked (default: relevance not judged)")
    e.add_argument("--untenable", default=None, help="untenable remainders, e.g. '~A*B'")
    e.add_argument("--csa", action="store_true", help="block the contradictory simplifying assumptions")
    e.add_argument("--contradictory-rows", default=None, help="row numbers to block, e.g. 10,12")
    _budget_options(e)
    _csv_option(e)
    r = sub.add_parser("robustness", help="robustness protocol: test set, robust core, robustness fit, ranges")
    r.add_argument("data", help=f"{DATA_FILE}: one row per case, one column per set ('-': standard input)")
    r.add_argument("--spec", required=True,
                   help="YAML or JSON file: outcome, conditions, cut-offs (incl_cut, n_cut, pri_cut), include, dir_exp "
                        "(intermediate solutions), exclude (rows blocked in every specification: an ESA solution), "
                        "model, test_models (same | all: a test solution's model number model, or every model), "
                        "no_solution (count | refuse), skew_bounds ([0.2, 0.8], or none: no check; or the "
                        "flag --skew-bounds), tests, ranges; e.g. docs/examples/LF_sweeps.yaml")
    r.add_argument("--raw", default=None, help=f"raw values for recalibration tests, as a {DATA_FILE} (its case column: "
                   "--raw-case-column)")
    r.add_argument("--case-column", default=None,
                   help="column of case names (default: 'case' if present, else an unnamed first column)")
    r.add_argument("--raw-case-column", default=None,
                   help="column of case names in --raw (default: 'case', an unnamed first column, or --case-column)")
    r.add_argument("--sheet", default=None, metavar="NAME|N", help=SHEET_HELP)
    r.add_argument("--raw-sheet", default=None, metavar="NAME|N", help="the sheet of --raw, when it is an Excel workbook (its name, or "
                   "its place counted from 1; default: the first)")
    r.add_argument("--drop-missing", action="store_true",
                   help="drop the cases with a missing value (an empty cell, 'NA', '.', '-', ...) in the outcome or a "
                        "condition of --spec, naming them on stderr (default: such a case is refused); --raw's values "
                        "are then read for the cases left")
    # '--jobs' first, as every other command names it: argparse's refusal says 'argument --jobs/--n-jobs' in each
    r.add_argument("--jobs", "--n-jobs", dest="n_jobs", type=_jobs, default=None,
                   help="parallel tasks (default: joblib's setting; -1: every core)")
    r.add_argument("--no-solution", choices=NO_SOLUTION_RULES, default=None,
                   help="a test without a sufficient configuration (no truth-table row passes its cut-offs): 'count' "
                        "counts it as the empty solution, so the robust core is empty and the notes name the test; "
                        "'refuse' makes it an error (default: the --spec file's no_solution, else count)")
    r.add_argument("--json", action="store_true", help="print JSON instead of tables")
    r.add_argument("--csv", action="store_true", help="refused: the protocol prints several tables of different "
                   "shapes; --json gives them all")
    r.add_argument("--plot", default=None, metavar="XY.png", help="also write the protocol's XY plots (SetMethods' "
                   "rob.xyplot: the initial solution against the test set's minimum and maximum, each case by its "
                   "robustness type) to this .png, .svg or .pdf file, all or nothing; needs 'tests' in --spec")
    r.add_argument("--lang", choices=("en", "zh"), default="en",
                   help="with --plot: the figure's fixed texts in English (default) or Chinese (needs a CJK font)")
    _max_memberships_option(r, "every specification's truth table")
    _skew_bounds_option(r)
    _budget_options(r, jobs=False)   # every specification's minimisation, so a refusal's advice can be followed
    d = sub.add_parser("cases", help="case typology for case studies (smmr) of the parsimonious solution (intermediate with --dir-exp; any with --solution): typical, deviant, irrelevant")
    _solution_options(d)
    _solution_read_option(d)
    d.add_argument("--type", default=None, help="typical (the default), deviant-consistency, deviant-coverage, "
                                                     "irrelevant, focal-conjuncts (with --term), deviant-relevance "
                                                     "(with --nec-cond); with --nec-cond, deviant-consistency cases "
                                                     "are ranked per truth table row of --conditions (default: all "
                                                     "columns but the outcome), as SetMethods does")
    d.add_argument("--term", type=_term, default=None,
                   help="term for --type focal-conjuncts and for --pairs per focal conjunct: its number in the model "
                        "(default 1) or its text, e.g. 'URB*STB'")
    d.add_argument("--nec-cond", action="append", default=None,
                   help="cases for this necessary condition instead of a solution (one)")
    d.add_argument("--component", default=None,
                   help="with --nec-cond a sum ('LIT + STB'): the table of one of its disjuncts ('LIT'), of --type "
                        "or --pairs, as SetMethods gives one per disjunct besides the sum's: cases chosen and ranked "
                        "on it, unique_coverage (typical) or globally_uncovered (deviant-consistency, irrelevant) "
                        "True where every other disjunct lies below 0.5, those cases first")
    d.add_argument("--pairs", default=None, help="pairs of cases for comparative case studies instead of single "
                                                 "cases: typical-typical, typical-irrelevant (per focal conjunct of "
                                                 "--term, or --by term), typical-deviant-consistency, "
                                                 "deviant-coverage-irrelevant; with --nec-cond: "
                                                 "typical-deviant-relevance, typical-deviant-consistency (rows of "
                                                 "--conditions), typical-irrelevant, typical-typical")
    d.add_argument("--by", default=None, help="with --pairs: focal-conjunct or term")
    d.add_argument("--max-pairs", type=_positive, default=5, help="with --pairs: pairs per table (default 5)")
    d.add_argument("--max-pair-candidates", type=_positive, default=None,
                   help="with --pairs: candidate pairs (first x second cases) one table may rank at most "
                        "(default 50,000,000: about 10-20 s; beyond, refused)")
    d.add_argument("--model", type=_model, default=None,
                   help="which model of the solution when it has several (default 1; a warning names them)")
    d.add_argument("--exclude", default=None, help="row numbers coded OUT = 0 first, e.g. 7,8,15 (the solution of an ESA: find-rows lists such rows)")
    d.add_argument("--exact", action="store_true",
                   help="with --type deviant-coverage (or deviant-consistency with --nec-cond): TT_row, TT<=Y and "
                        "the order read off the exact memberships (default: rounded to 3 decimals, as SetMethods' "
                        "smmr reads them; a warning names the cases where the two differ)")
    _budget_options(d)
    _csv_option(d)
    th = sub.add_parser("theory", help="theory evaluation: theory x the parsimonious solution (intermediate with --dir-exp; any with --solution)")
    _solution_options(th)
    _solution_read_option(th)
    th.add_argument("--theory", required=True, help="the theory as an expression, e.g. 'A*B + C'; a set it names "
                                                    "outside --conditions is read from the data file (a note says so)")
    th.add_argument("--haesebrouck-consistency", "--haesebrouck", dest="haesebrouck", action="store_true",
                   help="add Haesebrouck's consistency inclH of each set (Haesebrouck 2015)")
    th.add_argument("--model", type=_model, default=None,
                    help="which model of the solution when it has several (default 1; a warning names them)")
    th.add_argument("--max-conditions", type=_positive, default=14,
                    help="Boolean forms of T*S, ~T*S, ... are enumerated when T and S name at most this many crisp "
                         "conditions (2^N configurations; default 14); beyond, crisp forms are minimised from the "
                         "expressions (a note says so), multi-value ones are left out (fit and cases only, with a note)")
    th.add_argument("--exclude", default=None, help="row numbers coded OUT = 0 first, e.g. 7,8,15 (the solution of an ESA: find-rows lists such rows)")
    _budget_options(th)
    _csv_option(th)
    cl = sub.add_parser("cluster", help="pooled / between / within consistency for panel or clustered data")
    _common(cl, conditions=False)
    cl.add_argument("--expression", required=True, help="e.g. 'A*~B + C'")
    cl.add_argument("--unit", required=True, help="column of unit ids")
    cl.add_argument("--cluster", required=True, help="column of cluster ids (e.g. the wave)")
    cl.add_argument("--necessity", action="store_true", help="necessity instead of sufficiency")
    _skew_bounds_option(cl)
    cl.add_argument("--csv", action="store_true", help="print the tables as one CSV, a first column 'set' naming each "
                    "row's expression (to_frame() of each result in Python); the distances on stderr")
    c = sub.add_parser("chart", help="configuration chart table of the intermediate solution (--dir-exp; parsimonious without; any with --solution): core / peripheral per model (Fiss 2011)")
    _solution_options(c)
    _solution_read_option(c)
    c.add_argument("--exclude", default=None, help="row numbers coded OUT = 0 first")
    _budget_options(c)
    _csv_option(c)
    pl = sub.add_parser("plot", help="XY plots of case types to a PNG, SVG or PDF file: one panel per term of the "
                        "parsimonious solution (intermediate with --dir-exp; any with --solution) and the solution "
                        "(SetMethods' pimplot), or a necessary condition's (--nec-cond)")
    _solution_options(pl, json=False)
    _solution_read_option(pl)
    pl.add_argument("--out", required=True, help="the figure's file, written all or nothing: .png (300 dpi), .svg or "
                    ".pdf (the same bytes on every run)")
    pl.add_argument("--term", type=_term, default=None,
                    help="draw this term's panel only: its number in the model (1 = the first) or its text, e.g. "
                         "'URB*STB' (default: every term and the solution)")
    pl.add_argument("--max-terms", type=_positive, default=None,
                    help="the most terms of a model drawn, a panel each (default 11, the API's max_terms): a model "
                         "of more is refused; raise it, or draw one term with --term")
    pl.add_argument("--nec-cond", default=None,
                    help="the XY plot of this necessary condition, e.g. 'LIT' or 'A + B', instead of a solution's")
    pl.add_argument("--model", type=_model, default=None,
                    help="which model of the solution when it has several (default 1; a warning names them)")
    pl.add_argument("--exclude", default=None, help="row numbers coded OUT = 0 first, e.g. 7,8,15 (the solution of an "
                    "ESA: find-rows lists such rows)")
    pl.add_argument("--lang", choices=("en", "zh"), default="en",
                    help="the figure's fixed texts in English (default) or Chinese (needs a CJK font)")
    pl.add_argument("--title", default=None, help="the figure's title (default: the model, or the necessary condition, "
                    "and the outcome)")
    _budget_options(pl)
    g = sub.add_parser("good-practice", help="the analysis read against the standards of good practice (QCA's "
                       "referee checklist): one row per standard, its status and what the analysis has",
                       description="The analysis minimize would run on these options, read against the standards of "
                       "good practice (analysis.qca.good_practice): the conservative and parsimonious solutions (and "
                       "the intermediate with --dir-exp) of one truth table, the necessity of each condition "
                       "(--benchmark, --ron-cut), the negated outcome's parsimonious solution on the same cut-offs, "
                       "and the case typology of the intermediate (else parsimonious) solution's first model. "
                       "Robustness tests are not run here (the robustness command runs them from a --spec file): the "
                       "report says none was given.")
    _solution_options(g)
    g.add_argument("--exclude", default=None, help="row numbers coded OUT = 0 first, e.g. 7,8,15 (the solution of an "
                   "ESA: find-rows lists such rows)")
    g.add_argument("--benchmark", type=_unit, default=0.9,
                   help="inclN from which a condition is read as necessary (default 0.9), as the necessity command")
    g.add_argument("--ron-cut", type=_unit, default=None,
                   help="RoN from which a necessary condition is relevant (default: relevance not judged)")
    g.add_argument("--permutations", type=_permutations, default=None, metavar="N|exact",
                   help="compute the permutation benchmark of the fit (permutation_benchmark, Braumoeller 2015; crisp "
                   "and multi-value sets): every assignment of the positive outcomes to the cases when there are at "
                   f"most N (exact: all of them, up to {_EXACT_PERMUTATIONS:,}), else N seeded draws; the solution "
                   "fit row then says the share fitting at least as well and whether inclS and covS carry evidence "
                   "(default: not computed)")
    g.add_argument("--seed", type=_seed, default=None, metavar="N",
                   help="the seed of the permutation benchmark's random draws (numpy's default_rng; a whole number >= "
                   f"0; default {_PERMUTATION_SEED}, as permutation_benchmark's seed): the same seed draws the same "
                   "assignments; only with --permutations N (exact and N at least the assignments draw none)")
    g.add_argument("--csv", action="store_true", help="print the report as CSV (standard, source, asks, has, status, "
                   "evidence), as notebook 03's good_practice.csv")
    _budget_options(g)
    ch = sub.add_parser("chain", help="causal chains: each set minimised as the outcome of the others, like R QCA's "
                        "causalChain (coincidence analysis)",
                        description="Each set of the data (or of --outcomes) minimised as the outcome of the other sets "
                        "(analysis.qca.causal_chain): a truth table at --incl-cut and --n-cut, minimised with the "
                        "remainders (include '?'), every redundancy-free model listed whose inclS reaches --sol-cons and "
                        "covS --sol-cov, as R QCA's causalChain lists them (coincidence analysis, Baumgartner 2009); a "
                        "chain shows where the outcome of one model is a condition of another.")
    ch.add_argument("data", help=f"{DATA_FILE}: one row per case, one column per set ('-': standard input)")
    ch.add_argument("--outcomes", default=None, help="comma-separated sets minimised, each on the others (default: "
                    "every set; '~E' for a negated set)")
    ch.add_argument("--ordering", default=None, help="the causal order, earliest first, as R writes it: 'U, D < L < E' "
                    "(a set is minimised on the sets before it and of its own level; sets not named come first)")
    ch.add_argument("--strict", action="store_true", help="sets of the same level of --ordering are not conditions "
                    "of each other")
    ch.add_argument("--case-column", default=None,
                    help="column of case names (default: 'case' if present, else an unnamed first column)")
    ch.add_argument("--sheet", default=None, metavar="NAME|N", help=SHEET_HELP)
    ch.add_argument("--incl-cut", default="1", help="consistency cut-off of a truth table row, or 'ic1,ic0' (default "
                    "1; a row's, not R's pi.cons, a prime implicant's own: docs/r-to-engine.md)")
    ch.add_argument("--n-cut", type=_positive, default=1, help="minimum cases of an observed row (default 1)")
    ch.add_argument("--sol-cons", type=_unit, default=0.0, help="minimum inclS of a model listed (default 0; R's "
                    "sol.cons, cna's con)")
    ch.add_argument("--sol-cov", type=_unit, default=1.0, help="minimum covS of a model listed (default 1: necessary "
                    "as well as sufficient; R's sol.cov, cna's cov)")
    ch.add_argument("--sol-depth", type=_sol_depth, default=None, metavar="N", help="at most N prime implicants in "
                    "a model listed (R's sol.depth; default: any number; R's causalChain sets 5 without it, its help "
                    "says)")
    ch.add_argument("--minimal-only", action="store_true", help="list the minimal models only (fewest terms), as "
                    "minimize does (default: every redundancy-free model, as R's causalChain with all.sol)")
    _budget_flag(ch, "--max-models", f"budget: models listed at most per outcome (default {BUDGETS['max_models']:,})")
    _budget_flag(ch, "--max-work", f"budget: search steps per outcome (default {BUDGETS['max_work']:,})")
    _budget_flag(ch, "--max-implicants", f"budget: prime implicants generated at most per outcome (default "
                 f"{BUDGETS['max_implicants']:,}); an outcome a budget stops is said so, the others are listed")
    _budget_flag(ch, "--max-chart-cells",
                 f"budget: cells of an outcome's prime implicant chart (default {BUDGETS['max_chart_cells']:,})")
    _max_memberships_option(ch, "each outcome's truth table")
    from .chain import DEFAULT_MAX_CSF

    ch.add_argument("--csf", action="store_true", help="print the complex solution formulas instead (cna's csf: one "
                    "asf per outcome, structurally redundant asfs removed by an exact check, with cna's consistency, "
                    "coverage, coherence, exhaustiveness and faithfulness; crisp, multi-value or fuzzy sets)")
    ch.add_argument("--acyclic-only", action="store_true", help="leave the cyclic complex solution formulas out "
                    "(cna's acyclic.only: a set a cause of itself through their asfs), and the chains only they hold")
    ch.add_argument("--cycle-type", choices=("factor", "value"), default="factor", help="what a cycle is (cna's "
                    "cycle.type): a set a cause of itself (factor, the default) or a value of a set (value)")
    ch.add_argument("--max-csf", type=_positive, default=DEFAULT_MAX_CSF, metavar="N", help="budget: combinations of "
                    f"one asf per outcome that --csf and the chains' redundancy check take (default {DEFAULT_MAX_CSF:,})")
    ch.add_argument("--n-init", type=_positive, default=None, metavar="N", help="with --csf: the csf of the N "
                    "simplest combinations of one asf per outcome alone (cna's csf(n.init = N); by complexity, then "
                    "consistency x coverage; a note says how many of how many), so no --max-csf applies to them; "
                    "the chains are read off every csf, within --max-csf")
    ch.add_argument("--condition", default=None, metavar="FORMULA", help="score a formula of one's own instead, "
                    "an asf 'U + D <-> L' or a csf '(U + D <-> L)*(L + G <-> E)', on the data (cna's condition() / "
                    "condTbl(): each asf's consistency, coverage, complexity, exhaustiveness and faithfulness, the "
                    "csf's too with its coherence; whether an asf is structurally redundant, the csf cyclic, and "
                    "each listed by the chain)")
    ch.add_argument("--drop-missing", action="store_true",
                    help="drop the cases with a missing value (an empty cell, 'NA', '.', '-', ...) in any set, naming "
                         "them on stderr (default: such a case is refused)")
    _skew_bounds_option(ch)
    ch.add_argument("--json", action="store_true", help="print JSON instead of R-like tables")
    _csv_option(ch)
    k = sub.add_parser("calibrate", help="calibrate raw values into set memberships: a CSV the other commands read",
                       description="Calibrate raw values into set memberships. The output holds the case column, "
                       "the --keep columns and the calibrated sets; other columns are left out, named in its summary "
                       "(--out) or a note. A file without a "
                       "case column ('case', an unnamed first column, or --case-column) is refused when it has "
                       "columns neither calibrated nor kept (one may name the cases); with every column calibrated, "
                       "cases are numbered 1, 2, ... . Memberships are written exactly (the shortest text that reads "
                       "back as the same number, as in the JSON), so the CSV and the JSON give the same analyses; a "
                       "set with 'missing: keep' leaves a case without a raw value empty (JSON: null), as it does a raw value "
                       "its 'missing_codes' name (e.g. missing_codes: [99], a survey's code of no answer). A set with "
                       "'codes' recodes a column of labels (yes/no) instead of calibrating it, each label its membership: "
                       "PILOT: {source: pilot, codes: {'yes': 1, 'no': 0}}. A set with 'percentiles' instead of "
                       "thresholds takes its anchors at those percentiles of the raw column (R's quantile(), type 7), "
                       "each named in a note: FIN: {source: 财政投入, percentiles: 'e=5, c=50, i=95'}")
    k.add_argument("data", help=f"raw values, as a {DATA_FILE}: one row per case ('-': standard input)")
    k.add_argument("--spec", required=True,
                   help="YAML or JSON file mapping each set to calibrate() arguments, e.g. "
                        "DEV: {thresholds: 'e=350, c=550, i=850'}; DEVC: {type: crisp, thresholds: 550, source: DEV}")
    k.add_argument("--case-column", default=None, help="column of case names (default: 'case' if present, else an "
                   "unnamed first column); without one, every column must be calibrated or kept")
    k.add_argument("--sheet", default=None, metavar="NAME|N", help=SHEET_HELP)
    k.add_argument("--keep", default=None, help="comma-separated columns copied unchanged (e.g. a calibrated outcome); "
                   "columns neither calibrated nor kept are left out, each named")
    k.add_argument("--out", default=None, help="write the CSV (JSON with --json) to this file (all or nothing, also if killed) "
                                               "instead of printing it; .csv for CSV, .json with --json")
    k.add_argument("--json", action="store_true", help="JSON records instead of CSV (the other commands read them too)")
    return parser


def nec_cond_list(given: list[str] | None) -> list[str] | None:
    """esa's --nec-cond as the list of necessary conditions esa() takes: each flag given, split at commas ('LIT,STB'
    or --nec-cond LIT --nec-cond STB: ['LIT', 'STB']; an expression has no comma); None when the flag is left out.
    An empty one ('LIT,') is refused naming the value given."""
    if given is None:
        return None
    out = []
    for value in given:
        parts = [p.strip() for p in value.split(",")]
        empty = next((i for i, p in enumerate(parts, 1) if not p), None)
        if empty is not None:
            raise QCAInputError(f"--nec-cond {quoted(value)}: necessary condition {empty} of {len(parts)} is empty; write "
                                "several as 'LIT,STB' (each necessary) or repeat the flag")
        out += parts
    return out


def r_vector_nec_cond(command: str, value: str) -> str:
    """For a --nec-cond given as R's vector c(...) copied as text (nec_cond = c("LIT", "STB"), which the flag cut at
    its commas, naming 'c("LIT"'; c("LIT") was told parentheses are not supported): the message saying what to
    write (esa: 'LIT,STB', each necessary; cases and plot take one); '' for any other value."""
    items = r_vector_items(value)
    if items is None or not all(items):
        return ""
    write = (quoted(items[0]) if len(items) == 1 else f"{quoted(','.join(items))} (each necessary)"
             if command == "esa" else f"one, e.g. {quoted(items[0])} ({command} takes one necessary condition: run it "
             "once for each)")
    return f"--nec-cond {quoted(value)}: R's vector c(...) copied as text; write {write}"


class _about:
    """Errors about one flag's value (an expression checked against the truth table's conditions) name the flag."""

    def __init__(self, flag: str, value):
        self.flag, self.value = flag, value

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        named = (self.flag, f"{self.flag[2:].replace('-', '_')} {self.value!r}")   # the flag, or the parameter
        if self.value is not None and isinstance(exc, QCAInputError) and not isinstance(exc, QCADataError) \
                and not any(n in str(exc) for n in named):
            raise QCAInputError(f"{self.flag} {quoted(self.value)}: {exc}") from None
        return False


#: The commands whose --conditions choose the sets (pof and cluster take theirs from --expression).
CONDITION_COMMANDS = ("truth-table", "minimize", "necessity", "super-subset", "pofind", "find-rows", "esa", "cases",
                      "theory", "chart", "plot", "good-practice")


def _skew_bounds(text: str | None) -> tuple[float, float] | None:
    """--skew-bounds 'LOW,HIGH': two shares in [0, 1], LOW below HIGH (the library checks them too, naming its
    parameter); 'none': None, no check (the library's skew_bounds=None); the flag left out: skew.DEFAULT_SKEW_BOUNDS
    itself, which robustness's run_spec_file reads as not given (a --spec file's skew_bounds then applies)."""
    if text is None:
        from .skew import DEFAULT_SKEW_BOUNDS

        return DEFAULT_SKEW_BOUNDS
    if str(text).strip().lower() == "none":
        return None
    parts = [p.strip() for p in str(text).split(",")]
    try:
        low, high = (float_text(p) for p in parts)
    except ValueError:
        hint = next((h for p in parts for h in (plain_number_hint(p), percent_text_hint(p)) if h), "")
        raise QCAInputError(f"--skew-bounds must be two shares LOW,HIGH such as 0.2,0.8, got {quoted(text)}{hint}") from None
    if not (0.0 <= low < high <= 1.0):
        hint = (f"; percentages? write {low / 100:g},{high / 100:g}" if 1 < high <= 100 and 0 <= low < high
                else "")
        raise QCAInputError(f"--skew-bounds must be two shares LOW,HIGH in [0, 1] with LOW below HIGH, such as "
                            f"0.2,0.8, got {quoted(text)}{hint}")
    return low, high


def _solution_flags_given(args) -> list[str]:
    """The flags of a solution's truth table and minimisation given away from their defaults: none applies to a
    necessary condition (--nec-cond), which uses no truth table."""
    unused = [flag for flag, given in (("--incl-cut", args.incl_cut != "1"), ("--n-cut", args.n_cut != 1),
                                       ("--pri-cut", args.pri_cut != 0.0), ("--dir-exp", args.dir_exp is not None),
                                       ("--solution", args.solution is not None),
                                       ("--max-memberships", args.max_memberships is not None),
                                       ("--exclude", args.exclude is not None))
              if given]
    return unused + [{"allow_partial": "--refuse-partial", "n_jobs": "--jobs"}.get(k, f"--{k.replace('_', '-')}")
                     for k, v in _budgets(args).items() if v != BUDGETS[k]]


#: Options whose value may begin with '-' (no directional expectation for the first condition: '-,1,0'; a sort key
#: typed with a minus, '-incl', which --sort-by then explains; a negative row number, '-1,2', which --exclude and
#: --contradictory-rows then refuse as out of range; a negation typed with a minus, '--outcome -SURV', which the
#: outcome and expression checks then explain: write '~SURV'; a condition typed with a minus, '--conditions -DEV',
#: which _minus_conditions_message explains).
DASH_VALUE_OPTIONS = ("--dir-exp", "--sort-by", "--exclude", "--contradictory-rows", "--outcome", "--expression",
                      "--theory", "--nec-cond", "--untenable", "--conditions")


def _attach_dash_values(argv: list[str]) -> list[str]:
    """'--dir-exp -,1,0' -> '--dir-exp=-,1,0': argparse would read a value starting with '-' as an option and stop
    with 'expected one argument' (found by tests/test_qca_oracle.py)."""
    out: list[str] = []
    for a in argv:
        if out and out[-1] in DASH_VALUE_OPTIONS and a.startswith("-") and not a.startswith("--"):
            out[-1] = f"{out[-1]}={a}"
        else:
            out.append(a)
    return out


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The CLI's sub-commands by name ('minimize': its parser, ...)."""
    return next((a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)), {})


def _flags(parser: argparse.ArgumentParser, command: str | None) -> set[str]:
    """The long option names of a sub-command ('--incl-cut', ...)."""
    sub = _commands(parser).get(command)
    return {o for a in sub._actions for o in a.option_strings if o.startswith("--")} if sub is not None else set()


def _another_commands_flag(words: list[str], parser: argparse.ArgumentParser, command: str) -> str | None:
    """A flag of another command that argparse took for the abbreviation of one of this command's (minimize --out
    x.csv: read as --outcome 'x.csv', then 'is given 2 times' or "--outcome 'x.csv' is not a column", of a flag the
    user did not type): the refusal naming the flag, what it was read as and the commands that take it; None
    otherwise (an abbreviation of this command's flag alone, --incl-c for --incl-cut, is read as argparse reads it,
    and so is another command's flag that is the plural's singular, --condition for --conditions)."""
    own = _flags(parser, command)
    for token in words:
        name = token.partition("=")[0]
        if not name.startswith("--") or name in own:
            continue
        meant = sorted(o for o in own if o.startswith(name))
        others = [c for c in _commands(parser) if c != command and name in _flags(parser, c)]
        if len(meant) == 1 and others and meant[0] != name + "s":   # --condition for --conditions: the same flag
            tables = " / ".join(f for f in ("--csv", "--json") if f in own)
            printed = ("; it prints its result: write it to a file with the shell's '>' (e.g. > result.txt)"
                       + (f", with {tables} for a table" if tables else "") if name == "--out" else "")
            return (f"{name} is no flag of {command} (argparse would read it as {meant[0]}, the flag it begins): "
                    f"{', '.join(others)} take{'s' if len(others) == 1 else ''} {name}{printed}; for {meant[0]}, write "
                    "it in full")
    return None


def _repeated_flags(argv: list[str], parser: argparse.ArgumentParser, command: str | None) -> str | None:
    """A flag that takes one value given twice (--incl-cut 0.8 ... --incl-cut 0.9): argparse keeps the last one
    silently, so an analysis ran with a setting the user may not have meant. Flags that collect values (--nec-cond
    of esa) and switches (--json) may repeat."""
    sub = _commands(parser).get(command)
    if sub is None:
        return None
    single = {o: a for a in sub._actions if isinstance(a, argparse._StoreAction) for o in a.option_strings}
    words = argv[:argv.index("--")] if "--" in argv else argv
    other = _another_commands_flag(words, parser, command)
    if other:
        return other
    values: dict[argparse.Action, list[str]] = {}
    for i, token in enumerate(words):
        name, eq, value = token.partition("=")
        matches = {single[o] for o in single if o == name} or {
            single[o] for o in single if name.startswith("--") and len(name) > 2 and o.startswith(name)}
        if len(matches) == 1:
            values.setdefault(matches.pop(), []).append(value if eq else (words[i + 1] if i + 1 < len(words) else ""))
    for action, given in values.items():
        if len(given) > 1:
            flag = max(action.option_strings, key=len)
            return (f"{flag} is given {len(given)} times ({', then '.join(map(quoted, given))}): it takes one value and "
                    f"only the last would count; give {flag} once")
    return None


#: The commands that read one solution of the truth table, taking no --include: the parsimonious one by default
#: (minimize(tt, include="?")), the intermediate with --dir-exp, any of the three with --solution (_solution_read).
PARSIMONIOUS_COMMANDS = ("esa", "cases", "theory", "chart", "plot")
