"""The command line's data (analysis.qca.cli): the refusals its flags alone decide, made before the data is read
(_refuse_arguments, _early_solution_check), the data file read (_frame: a workbook's other sheet named when the
first lacks the columns named), the columns an analysis uses and --drop-missing's cases dropped from them, and the
checks of the flags against the data's columns (_minus_conditions_message, _truth_table_rows_conditions); robustness'
--raw file read and matched to the data's cases (_raw_frame)."""
from __future__ import annotations

import warnings

import pandas as pd

from .cli_args import PARSIMONIOUS_COMMANDS, _solution_flags_given, _solution_read
from .cli_output import CLINote
from .data import QCAWarning
from .errors import QCAInputError, quoted, shortened
from .read import read_data, warn_summary_columns


def _minus_conditions_message(conditions, columns, case_column, outcome) -> str:
    """For --conditions with a name written with a leading '-' ('-DEV', 'DEV,-URB'), no column of the data: what to
    write, a condition being listed by its name (the analysis considers its presence and its absence: no negation is
    listed), and, when every name has the '-' (dplyr's select(-DEV): all but DEV), the list of the others; '' when
    no such name is given. Before, '--conditions -DEV' got argparse's 'expected one argument', and
    '--conditions=-DEV' the advice to write '~DEV', which the conditions refuse in turn."""
    if not isinstance(conditions, str):
        return ""
    names = [c.strip() for c in conditions.split(",")]
    cols = [str(c) for c in columns]
    minus = [n for n in names if n.startswith("-") and n not in cols and n.lstrip("-").strip() in cols]
    if not minus:
        return ""
    plain = [n.lstrip("-").strip() if n in minus else n for n in names]
    said = (f"--conditions {conditions!r}: {', '.join(map(repr, minus))} "
            f"{'is no column' if len(minus) == 1 else 'are no columns'}; conditions are listed by name, without '-' or "
            f"'~' (the analysis considers each condition's presence and its absence): write --conditions "
            f"{','.join(plain)}")
    if len(minus) == len(names):   # every name with '-': all but these (dplyr's select(-DEV))?
        rest = [c for c in cols if c not in plain and c != outcome and c != str(case_column)]
        if rest:
            said += f"; to leave {', '.join(plain)} out, list the others: --conditions {','.join(rest)}"
    return said


def _frame(args) -> tuple[pd.DataFrame, str | None]:
    """The data of a command (read_data, which names the flags and, for --case-column, the other sheet); a workbook
    read at its first sheet (no --sheet) that lacks the columns the command names (the outcome, --conditions), which
    another sheet holds, is refused naming that sheet and the --sheet that reads it (sheets.other_sheet_hint): a first
    sheet of notes, the data on the next."""
    from .sheets import other_sheet_hint

    sheet = getattr(args, "sheet", None)
    with warnings.catch_warnings():   # a summary column ('合计'), warned of below only where it becomes a condition
        warnings.filterwarnings("ignore", message=r".* looks like a summary column ", category=QCAWarning)
        df, case_column = read_data(args.data, args.case_column, "--case-column", sheet=sheet, sheet_flag="--sheet")
    if hasattr(args, "conditions") and not args.conditions and getattr(args, "outcome", None):
        warn_summary_columns(df, case_column, args.data, python=False, leave=[_outcome_column(args)])
    if sheet is None and str(args.data).lower().endswith((".xlsx", ".xlsm", ".ods", ".xls")):
        outcome = _outcome_column(args) if getattr(args, "outcome", None) else None
        listed = [c.strip() for c in (getattr(args, "conditions", None) or "").split(",") if c.strip()]
        named = [outcome, *listed] if isinstance(getattr(args, "conditions", None) or "", str) else [outcome]
        absent = [c for c in dict.fromkeys(named) if c and c not in map(str, df.columns)]
        hint = other_sheet_hint(args.data, absent) if absent else ""
        if hint:
            raise QCAInputError(f"{args.data}: {', '.join(map(quoted, absent))} not among the columns of the sheet read "
                                f"({', '.join(quoted(str(c)) for c in df.columns)}){hint}")
    return df, case_column


def _used_columns(args, df: pd.DataFrame, case_column) -> list:
    """The columns of `df` the command's analysis reads, for --drop-missing: the outcome and --conditions (every
    other column but the case column when none are listed), or the sets --expression names (pof, cluster). A name
    that is no column is left to the analysis, which refuses it in its own words."""
    from .pof import _names_in

    columns = {str(c): c for c in df.columns}
    if args.command == "robustness":   # the outcome and conditions of its --spec file
        return _sweep_columns(args.spec, columns, case_column)
    if args.command == "chain":   # every set is an outcome or a condition
        return [c for name, c in columns.items() if name != str(case_column)]
    outcome = _outcome_column(args)
    if args.command in ("pof", "cluster"):
        try:
            names = _names_in(args.expression)
        except QCAInputError:   # the analysis says what is wrong with the expression
            names = []
    else:
        return _outcome_and_conditions(outcome, args.conditions, columns, case_column)
    used = {outcome, *names}
    return [c for name, c in columns.items() if name in used]   # in the file's order


def _outcome_and_conditions(outcome, conditions, columns: dict, case_column) -> list:
    """The columns of `outcome` and of `conditions` as the analysis reads them (data.parse_conditions: a list, 'A, B',
    R's range 'A:C'; every column but the outcome and the case column when none are given), in the file's order of
    `columns` (name: column). Conditions the analysis refuses count for none: it says what is wrong with them."""
    from .data import parse_conditions

    try:
        names = parse_conditions(conditions, list(columns), exclude=outcome)
    except QCAInputError:
        names = []
    used = {outcome, *(n for n in names if n != str(case_column))}
    return [c for name, c in columns.items() if name in used]


def _sweep_columns(path, columns: dict, case_column) -> list:
    """robustness --drop-missing's columns: the outcome and conditions of the sweep file at `path`
    (_outcome_and_conditions); none when the file cannot be read (the run refuses it in its own words)."""
    from .data_names import _parse_outcome
    from .sweep_spec import load_spec

    try:
        spec = load_spec(path)
        outcome = _parse_outcome(spec["outcome"])[0]
    except QCAInputError:
        return []
    return _outcome_and_conditions(outcome, spec.get("conditions"), columns, case_column)


def _drop_missing(args, df: pd.DataFrame, case_column) -> pd.DataFrame:
    """--drop-missing: `df` without the cases holding a missing value in the columns the analysis uses, each named
    with its line of the file (row of the sheet) in one 'note:' line on stderr; `df` as it is without the flag."""
    if not getattr(args, "drop_missing", False):
        return df
    from .data_cells import _numeric
    from .data_missing import _dropped_cases

    columns = _used_columns(args, df, case_column)
    if any(_numeric(df, c)[2].any() for c in columns):
        # a column holding text (a column of notes taken as a condition, a mistyped cell): the analysis refuses it
        # first, on the file as read; dropped before, its blank cells cost cases and its refusal named fewer
        return df
    kept, note = _dropped_cases(df, columns, case_column)
    if note:   # in the order of the warnings, after the file's (main prints both, note: and warning: lines)
        warnings.warn(f"{note} (--drop-missing)", CLINote)
    return kept


def _outcome_column(args) -> str | None:
    """The column --outcome names ('~Y', ' Y{1} ' -> 'Y'), read by the library's own parser (data._parse_outcome);
    None when it cannot be read (the command then says why, in the library's words)."""
    from .data_names import _parse_outcome

    try:
        return _parse_outcome(args.outcome)[0]
    except QCAInputError:
        return None


def _solution_conditions(args, columns, case_column) -> list[str]:
    """The conditions --dir-exp's example lists (_solution_read): --conditions, or the data's `columns` but the
    outcome and the case column."""
    outcome_name = _outcome_column(args) if getattr(args, "outcome", None) else None
    listed = [c.strip() for c in (getattr(args, "conditions", None) or "").split(",") if c.strip()]
    return listed or [c for c in map(str, columns) if c not in (outcome_name, case_column)]


def _early_solution_check(args) -> bool:
    """--solution and --dir-exp agree (_solution_read), checked before the data is read, --dir-exp's example taken
    from --conditions or the CSV file's header line (read.header_names); False when it waits for the data (standard
    input, a workbook, without --conditions: no header line to read)."""
    from .read import header_names

    if args.command not in PARSIMONIOUS_COMMANDS:
        return True
    listed = (getattr(args, "conditions", None) or "").strip()
    names = None if listed else header_names(args.data)
    if not listed and names is None:
        return False
    case_column = args.case_column or ("case" if names and "case" in names else None)
    _solution_read(args, _solution_conditions(args, [n for n in names or [] if n], case_column))
    return True


def _refuse_arguments(args) -> None:
    """The refusals the command line alone decides, made before the data is read: a bad combination of flags (pof
    --necessity --haesebrouck-consistency, cases --type with --pairs, ...) was refused only once the data was read
    (a 2 GB file: minutes), and after the data's warnings (an empty row, no case column), printed before the one
    error line. cases with several --nec-cond (or one holding a comma, maybe a column's name) waits for the data:
    _run refuses those first, then calls this again, in the order the refusals had."""
    args.refusals_wait = args.command == "cases" and isinstance(args.nec_cond, list) and (
        len(args.nec_cond) > 1 or "," in args.nec_cond[0])
    if args.refusals_wait:
        return
    case_column = getattr(args, "case_column", None)
    if case_column:   # the data's column of case names, given as the outcome or a condition
        outcome_name = _outcome_column(args) if getattr(args, "outcome", None) is not None else None
        conds = [c.strip() for c in (getattr(args, "conditions", None) or "").split(",")]
        if case_column == outcome_name or case_column in conds:
            role = "the outcome" if case_column == outcome_name else "a condition"
            raise QCAInputError(f"--case-column {case_column}: that column is {role}; the case column holds the "
                                "cases' names (default: 'case')")
    if args.command == "cases":   # --type (single cases) or --pairs (pairs of cases): --type was ignored beside --pairs
        if args.pairs is not None and args.type is not None:
            raise QCAInputError(f"--type {shortened(args.type)} and --pairs {shortened(args.pairs)} both choose what to list: --type single "
                                "cases, --pairs pairs of cases; give one")
        # ' typical ', 'deviant consistency': one spelling for the checks below and the library (' typical ' passed
        # the CLI's check, then the library refused it naming its own parameter 'cases')
        args.type = "typical" if args.type is None else "-".join(args.type.split())
    if args.command == "cases" and args.exact and (
            args.pairs is not None or args.type != ("deviant-consistency" if args.nec_cond else "deviant-coverage")):
        given = f"--pairs {args.pairs}" if args.pairs is not None else f"--type {args.type}" + (
            " with --nec-cond" if args.nec_cond else "")
        raise QCAInputError(f"--exact applies to --type deviant-coverage of a solution and --type deviant-consistency "
                            f"with --nec-cond (their TT_row and TT<=Y read off the exact memberships), not to {given}")
    if args.command == "cases" and args.pairs is None:
        # the CLI's names of --type (the library's messages name its own: 'deviant consistency', no focal-conjuncts)
        of_solution = ("typical", "deviant-consistency", "deviant-coverage", "irrelevant", "focal-conjuncts")
        of_necessity = ("typical", "deviant-consistency", "deviant-relevance")
        allowed, other = (of_necessity, of_solution) if args.nec_cond else (of_solution, of_necessity)
        if args.type.strip().replace(" ", "-") not in allowed:
            hint = ""
            if args.type.strip().replace(" ", "-") in other:
                hint = ("; it is a type of cases of a solution: leave out --nec-cond" if args.nec_cond else
                        "; it is a type of cases of a necessary condition: give --nec-cond")
            else:
                from .checks import choice_hint

                hint = choice_hint(args.type, allowed)
            raise QCAInputError(f"--type must be one of {', '.join(allowed)}"
                                f"{' (with --nec-cond)' if args.nec_cond else ''}, got {quoted(args.type)}{hint}")
    if args.command == "cases" and args.component is not None:   # a disjunct's table of a necessary sum's cases
        if not args.component.strip():   # before the data is read, as the other flags are checked
            raise QCAInputError(f"--component must be one disjunct of --nec-cond as text (e.g. 'A' of 'A + B'), got "
                                f"{quoted(args.component)}")
        if not args.nec_cond:
            raise QCAInputError(f"--component {quoted(args.component)} gives the table of one disjunct of a necessary "
                                "sum: give the sum with --nec-cond, e.g. --nec-cond 'LIT + STB' --component LIT")
    if args.command in ("cases", "plot") and args.nec_cond:   # a necessary condition's cases or XY plot
        unused = _solution_flags_given(args)
        what = "cases" if args.command == "cases" else "XY plots"
        if unused:
            raise QCAInputError(f"{', '.join(unused)} appl{'y' if len(unused) > 1 else 'ies'} to the {what} of a "
                                "solution, not to --nec-cond (a necessity test uses no truth table)")
        if args.command == "plot":
            for flag, given in (("--term", args.term), ("--model", args.model)):
                if given is not None:
                    raise QCAInputError(f"{flag} chooses a term or model of a solution, not of --nec-cond")
            if args.max_terms is not None:
                raise QCAInputError("--max-terms applies to the XY plots of a solution, not to --nec-cond")
        if args.command == "cases" and args.term is not None:
            raise QCAInputError("--term applies to --type focal-conjuncts or --pairs of a solution, not to --nec-cond")
        if args.command == "cases" and args.model is not None:
            raise QCAInputError("--model chooses a model of a solution, not of --nec-cond")
        if args.command == "cases" and args.pairs is not None and args.by is not None:
            raise QCAInputError("--by applies to pairs of a solution's cases, not to --nec-cond")
    if args.command == "cases" and args.pairs is None:
        if args.by is not None or args.max_pairs != 5 or args.max_pair_candidates is not None:
            raise QCAInputError("--by, --max-pairs and --max-pair-candidates apply to --pairs only")
        if not args.nec_cond and args.term is not None and args.type != "focal-conjuncts":
            raise QCAInputError(f"--term applies to --type focal-conjuncts or --pairs only, not {quoted(args.type)}")
    if args.command == "pof" and args.necessity and args.haesebrouck:
        raise QCAInputError("--haesebrouck-consistency is a consistency of sufficiency (inclH, Haesebrouck "
                            "2015): leave out --necessity or --haesebrouck-consistency")
    exclude = getattr(args, "exclude", None)
    from .find_rows import ROW_TYPES

    if isinstance(exclude, str) and exclude.strip().lower() in ROW_TYPES:
        kind = exclude.strip().lower()   # a kind of rows (find-rows --type), not row numbers
        raise QCAInputError(f"--exclude: row numbers must be whole numbers such as '7,8,15', got {quoted(exclude)}; {quoted(kind)} "
                            f"names a kind of rows: list them with find-rows --type {kind}"
                            + (", or block them with esa --csa" if kind == "csa" else ""))
    if getattr(args, "dcc", False) and getattr(args, "no_cases", False):   # R ignores dcc without show.cases
        raise QCAInputError("--dcc prints the deviant cases in the cases column, which --no-cases leaves out: give "
                            "one of them (the JSON holds every row's cases and DCC either way)")
    if args.command == "good-practice":
        if args.json and args.csv:
            raise QCAInputError("--json and --csv both choose the output: give one (default: the report as text)")
        if args.seed is not None and args.permutations is None:
            raise QCAInputError(f"--seed {args.seed} seeds the permutation benchmark's draws, which only --permutations "
                                "N computes: give --permutations N, or leave out --seed")
        if args.seed is not None and args.permutations == "exact":
            raise QCAInputError(f"--seed {args.seed} seeds random draws; --permutations exact enumerates every "
                                "assignment and draws none: leave out --seed, or give a number of draws, e.g. "
                                "--permutations 20000")
        if args.permutations is not None and args.exclude:
            raise QCAInputError("--permutations scores each random outcome's truth table as it comes; --exclude codes "
                                "rows OUT = 0 by hand, which no random outcome repeats: leave out one of them")
    if args.command == "truth-table" and args.complete and args.json:
        raise QCAInputError("--complete prints the remainders in the table; the JSON holds the observed rows: "
                            "leave out --complete or --json")
    if args.command == "truth-table" and args.complete and args.csv:
        raise QCAInputError("--complete prints the remainders in the table; the CSV holds the observed rows: "
                            "leave out --complete or --csv")
    if args.command == "find-rows" and args.observed and args.expression is None:
        raise QCAInputError("--observed applies to untenable rows of --expression: give --expression")
    if args.command == "esa":
        if args.csa and args.contradictory_rows is not None:
            raise QCAInputError("--csa and --contradictory-rows both name the rows to block: give one (--csa finds "
                                "the contradictory simplifying assumptions itself)")
        if args.nec_cond_observed and args.nec_cond is None:
            raise QCAInputError("--nec-cond-observed applies to the rows outside --nec-cond: give --nec-cond")
        if args.ron_cut is not None and args.nec_cond is None:
            raise QCAInputError("--ron-cut applies to the necessary conditions of --nec-cond: give --nec-cond")
    if args.command == "minimize" and not args.json and (args.pi_chart or args.rows_limit != 1_000):
        raise QCAInputError("--rows-limit and --pi-chart shape the JSON output: add --json")
    if args.command == "calibrate":
        _calibrate_arguments(args)


def _calibrate_arguments(args) -> None:
    """calibrate's refusals of its flags alone (--out's suffix, --keep), before the data is read."""
    if args.out is not None and args.out.strip():   # the file's suffix and the format written agree
        from pathlib import Path

        suffix = Path(args.out).suffix.lower()
        if suffix == ".json" and not args.json:
            raise QCAInputError(f"--out {args.out}: the output is CSV; add --json for JSON records, or name the file "
                                ".csv")
        if suffix == ".csv" and args.json:
            raise QCAInputError(f"--out {args.out}: the output is JSON records (--json); name the file .json, or leave "
                                "--json out for CSV")
        if suffix in (".xlsx", ".xls", ".xlsm", ".ods", ".sav", ".dta", ".rds"):   # CSV text under a workbook's name
            what = "a workbook" if suffix in (".xlsx", ".xls", ".xlsm", ".ods") else "another program's data file"
            raise QCAInputError(f"--out {args.out}: the output is CSV text, not {what}; name the file "
                                f"{Path(args.out).with_suffix('.csv').name} (Excel and the other commands open it)")
    if args.keep is not None and not args.keep.strip():   # an unset shell variable: read as nothing kept
        raise QCAInputError(f"--keep is empty ({quoted(args.keep)}): give the columns to copy, e.g. SURV, or leave the flag "
                            "out")
    keep = [c.strip() for c in args.keep.split(",")] if args.keep else []
    if "" in keep:   # 'SURV,,URB', 'SURV,': the empty name was dropped without a word, as --conditions refuses it
        raise QCAInputError(f"--keep contains an empty name: {quoted(args.keep)}; write column names separated by commas")
    twice = sorted({c for c in keep if keep.count(c) > 1})
    if twice:   # the CSV written had the column twice, which every other command refuses
        raise QCAInputError(f"--keep names {', '.join(map(quoted, twice))} twice; name each column once (a column name "
                            "appears once in the output)")


def _truth_table_rows_conditions(args, df: pd.DataFrame, case_column: str | None, what: str, applies: bool):
    """With --nec-cond, the conditions of the truth table whose rows rank deviant consistency cases and match
    typical-deviant consistency pairs, as SetMethods does: --conditions, or every column but the outcome and the case
    column; None where `what` (the --type or --pairs asked for) uses no truth table, refusing --conditions there."""
    if not applies:
        if args.conditions is not None:
            raise QCAInputError(f"--conditions applies to --type deviant-consistency (ranked per truth table row of "
                                f"the conditions) and --pairs typical-deviant-consistency with --nec-cond, not to "
                                f"{what}")
        return None
    outcome_name = _outcome_column(args) or args.outcome
    return args.conditions or [c for c in df.columns if c not in (outcome_name, case_column)]


def _raw_frame(args, df: pd.DataFrame, case_column) -> pd.DataFrame:
    """robustness --raw: the raw values' file read (--raw-case-column, --raw-sheet) and matched to the cases of `df`:
    by name, its case column renamed as the data's (`case_column`), or by row position when neither file names its
    cases (warned of; refused when a column of both holds names like case names); a case named twice refused."""
    from .data import duplicate_names, file_lines, where_repeated
    from .data_lists import _all_names

    raw, raw_case = read_data(args.raw, args.raw_case_column, "--raw-case-column", sheet=args.raw_sheet,
                              sheet_flag="--raw-sheet")
    if case_column:  # the raw values are matched to the cases by name, through the raw file's case column
        if raw_case is None and case_column in raw.columns:
            raw_case = case_column
        if raw_case is None:
            raise QCAInputError(f"--raw {args.raw}: no column of case names ('case', an unnamed first "
                                "column, or name it with --raw-case-column)")
        if raw_case != case_column:
            raw = raw.drop(columns=[case_column], errors="ignore").rename(columns={raw_case: case_column})
        raw_case = case_column
    elif raw_case is None:   # both files' cases numbered 1, 2, ...: matched by row position
        from .read import shared_name_columns

        shared = shared_name_columns(df, raw)
        if shared:
            raise QCAInputError(
                f"--raw {args.raw}: neither file has a column of case names the reader takes ('case', an "
                f"unnamed first column, or --case-column), so the raw values would be matched to the cases "
                f"by row position; column {quoted(shared[0])} of both holds a different text for every case, like "
                f"case names: pass --case-column {shared[0]} (and --raw-case-column if the raw file names "
                "it otherwise)")
        warnings.warn(f"--raw {args.raw}: neither file names its cases ('case', an unnamed first column, or "
                      f"--case-column / --raw-case-column): the raw values are matched to the cases of "
                      f"{args.data} by row position (row 1 with row 1, ...); check that both list the cases "
                      "in the same order, or give both a column of case names", QCAWarning)
    names = raw[raw_case] if raw_case in raw.columns else raw.index
    dup = sorted(duplicate_names([str(c).strip() for c in names]))
    if dup:
        raise QCAInputError(f"--raw {args.raw}: duplicate case name(s) {_all_names(dup)}"
                            + (f" in column {quoted(raw_case)}" if raw_case in raw.columns else "")
                            + "; each case needs one row of raw values: "
                            + where_repeated([str(c).strip() for c in names], dup, file_lines(raw, names)))
    return raw
