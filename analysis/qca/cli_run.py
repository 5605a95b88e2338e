"""The command line's commands (analysis.qca.cli): _run, called by main() with the parsed flags, checks what the
flags and the data allow, reads the data (cli_data) and calls the library function of the command (truth_table,
minimize, necessity, esa, smmr, causal_chain, ...), returning the text main() prints (cli_output); _good_practice
and _calibrate are the good-practice and calibrate commands, with calibrate's warnings on the sets it calibrates
(_decreasing_sets, _warn_kept_yes_no; cases at 0.5 are calibrate_frame's own warning)."""
from __future__ import annotations

import math
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

from ._json import dumps
from .cli_args import (CONDITION_COMMANDS, CSV_COMMANDS, _EXACT_PERMUTATIONS, _PERMUTATION_SEED, _about, _budgets,
                       _incl_cut, _pair_budget, _raised_budgets, _skew_bounds, _solution_read, build_parser,
                       nec_cond_list, r_vector_nec_cond)
from .cli_data import (_drop_missing, _early_solution_check, _frame, _minus_conditions_message, _outcome_column,
                       _raw_frame, _refuse_arguments, _solution_conditions, _truth_table_rows_conditions)
from .cli_hints import _cli_message
from .cli_output import (CLINote, _cases_heading, _cases_read, _component_reading, _csv, _figure_format,
                         _necessity_crossover_note, _necessity_read, _no_positive_row_note, _out, _plot_necessity,
                         _plot_robustness, _plot_solution, _records, _solution_crossover_note, _table_out, _write_out,
                         exact_float)
from .data import QCAWarning
from .errors import QCAInputError, counted, in_number, quoted, shortened
from .expressions import warns_once
from .read import missing_file_hint, path_kind, the_file
from .solution import count_text


@warns_once
def _run(args) -> str:
    from .minimize import minimize
    from .truth_table import truth_table

    if args.command in CSV_COMMANDS and args.csv and args.json:
        raise QCAInputError("--json and --csv both choose the output: give one (default: R-like tables)")
    if args.command == "robustness" and args.csv:
        raise QCAInputError("robustness --csv: the protocol prints several tables of different shapes (the test "
                            "set, the robust core, the robustness fit, the ranges), which one CSV cannot hold; "
                            "use --json, which gives them all")
    for flag in ("spec", "raw"):   # a file given with a flag: the error names the flag, as a column flag's does
        given = getattr(args, flag, None)
        if given is not None and not given.strip():   # --raw '' was read as --raw left out, --spec '' as '.'
            raise QCAInputError(f"--{flag} is empty ({quoted(given)}): give the file")
        if given is not None and given.strip() == "-":   # standard input is the data's alone
            raise QCAInputError(f"--{flag} -: standard input ('-') is read for the data only; give --{flag} a file")
        if given and path_kind(Path(given), f"--{flag} {given}") == "missing":   # an unreadable folder: one line
            raise QCAInputError(f"--{flag} {given}: file not found{missing_file_hint(given)}")
    for flag in ("nec_cond", "untenable"):   # '' (an unset shell variable) was read as the flag left out
        values = getattr(args, flag, None)
        for given in values if isinstance(values, list) else [values]:   # esa's --nec-cond: each flag given
            said = r_vector_nec_cond(args.command, given) if flag == "nec_cond" and given is not None else ""
            if said:
                raise QCAInputError(said)
            if given is None or given.strip():
                continue
            raise QCAInputError(f"--{flag.replace('_', '-')} is empty ({quoted(given)}): give an expression of the "
                                f"conditions, e.g. {quoted('LIT' if flag == 'nec_cond' else '~A*B')}, or leave the flag out")
    if args.command == "plot":
        _figure_format(args.out)   # before the data is read and the solution minimised
    if args.command == "robustness" and args.plot is not None:
        _figure_format(args.plot, "--plot")   # before the protocol runs
    if args.command == "chain" and args.n_init is not None and not args.csf:   # before the data is read
        simplest = "simplest combination" if args.n_init == 1 else counted(args.n_init, "simplest combination")
        raise QCAInputError(f"--n-init {args.n_init} builds the complex solution formulas of the {simplest} (cna's "
                            f"csf(n.init = {args.n_init})): add --csf; the chains are read off every csf, within "
                            "--max-csf")
    if args.command == "chain" and args.condition is not None and (args.csf or args.n_init is not None):
        raise QCAInputError("--condition scores the formula given, --csf lists the chain's complex solution formulas: "
                            "give one")
    if args.command == "robustness" and args.plot is None and args.lang != "en":
        raise QCAInputError("--lang sets the language of --plot's figure: give --plot, or leave --lang out")
    for flag in ("case_column", "raw_case_column"):   # '' said "--case-column : case column '' is not in ..."
        given = getattr(args, flag, None)
        if given is not None and not given.strip():
            raise QCAInputError(f"--{flag.replace('_', '-')} is empty ({quoted(given)}): give the column of case names, or "
                                "leave the flag out (default: 'case' if present, else an unnamed first column)")
    if args.command in ("pof", "cluster") and args.conditions is not None:   # before the data is read: a flag's
        # error alone, not after the data's warnings (a file without a case column's header)
        raise QCAInputError(f"--conditions does not apply to {args.command}: the conditions are those of --expression")
    skew = {"skew_bounds": _skew_bounds(args.skew_bounds)} if hasattr(args, "skew_bounds") else {}
    late_solution_check = not _early_solution_check(args)
    _refuse_arguments(args)
    df, case_column = _frame(args)
    args.data_columns = [str(c) for c in df.columns]   # for the error of a column left out of --conditions
    from .data import comma_name_message

    for flag in ("conditions", "nec_cond"):   # a column named 'GDP, high': the comma splits these flags' names
        values = getattr(args, flag, None)
        for given in values if isinstance(values, list) else [values]:
            said = comma_name_message(f"--{flag.replace('_', '-')}", given, df.columns)
            if said:
                raise QCAInputError(said)
    said = _minus_conditions_message(getattr(args, "conditions", None), df.columns, case_column,
                                     _outcome_column(args) if getattr(args, "outcome", None) else None)
    if said:
        raise QCAInputError(said)
    if late_solution_check:   # the example's conditions are those of the data read
        _solution_read(args, _solution_conditions(args, map(str, df.columns), case_column))
    if args.command == "cases" and args.nec_cond is not None:   # the flag given twice kept the last, silently (after
        # the data's check of a column named 'GDP, high', which the comma would split)
        necs = [p for v in args.nec_cond for p in (v.split(",") if v.strip() else [v])]
        if len(necs) > 1:
            raise QCAInputError(f"cases --nec-cond takes one necessary condition (the cases of one set), got "
                                f"{len(necs)}: {shortened(', '.join(quoted(p.strip()) for p in necs))}; run cases once for each "
                                "(esa takes several)")
        args.nec_cond = necs[0]
        if args.refusals_wait:   # left until now: several were given
            _refuse_arguments(args)
    if case_column is None and args.command in CONDITION_COMMANDS and (args.conditions or "").strip():
        from .read import STDIN_NAME, names_like_columns

        used = {c.strip() for c in args.conditions.split(",")} | {_outcome_column(args)}
        names = [c for c in names_like_columns(df) if c not in used]
        if names:   # the cases would be numbered in every table, their names in the file left out without a word
            warnings.warn(f"{STDIN_NAME if args.data == '-' else args.data}: no case column ('case', an unnamed first "
                          f"column, or --case-column): the cases are numbered 1, 2, ... in file order; column "
                          f"{quoted(names[0])} holds a different text for every case, like case names: if it names the "
                          f"cases, pass --case-column {names[0]}", QCAWarning)
    df = _drop_missing(args, df, case_column)   # its note after the file's warnings, as a user reads them
    if args.command == "calibrate":
        return _calibrate(args, df, case_column)
    if args.command == "chain":
        from .chain import causal_chain

        res = causal_chain(df, args.outcomes, ordering=args.ordering, strict=args.strict,
                           incl_cut=_incl_cut(args.incl_cut), n_cut=args.n_cut, sol_cons=args.sol_cons,
                           sol_cov=args.sol_cov, all_models=not args.minimal_only, case_column=case_column,
                           max_models=args.max_models, max_work=args.max_work, max_implicants=args.max_implicants,
                           max_chart_cells=args.max_chart_cells, max_memberships=args.max_memberships,
                           sol_depth=args.sol_depth, max_csf=args.max_csf, acyclic_only=args.acyclic_only,
                           cycle_type=args.cycle_type, **skew)
        from types import SimpleNamespace

        parser = build_parser()   # "raise max_work (CLI: --max-work)", "max_work = 10": the flags, as error lines say
        res._for_command_line(lambda said: _cli_message(said, SimpleNamespace(command="chain"), parser))
        if args.condition is not None:   # cna's condition(): the formula given, scored on the data
            from .chain import condition_text

            table = res.condition(args.condition)
            return (_csv(table) if args.csv else dumps(table.astype(object).where(table.notna(), None).to_dict(
                "records")) if args.json else condition_text(table))
        if args.csv and not args.csf:   # --csv and --csf differ by one letter: each says what it is not
            warnings.warn("chain --csv: the chain's models, one row per asf (csf, removed_from: the complex solution "
                          "formulas holding it and those it was removed from, as --csf numbers them); the formulas "
                          "themselves: --csf --csv", QCAWarning)
        elif args.csf and not (args.csv or args.json) and not sys.stdout.isatty():
            warnings.warn("chain --csf: the complex solution formulas as a text table, not CSV (the output is not a "
                          "terminal): for CSV add --csv (--csv alone writes the chain's models)", QCAWarning)
        csf = (res.simplest_csf(args.n_init) if args.n_init is not None else res.csf) if args.csf else None
        return _out(res if csf is None else csf, args.json, args.csv)
    if args.command == "necessity":
        from .necessity import necessity

        data = df.set_index(case_column) if case_column else df
        if case_column:
            data.index = data.index.astype(str)
        outcome = ("~" if args.negate_outcome else "") + args.outcome
        res = necessity(data, outcome, args.conditions, benchmark=args.benchmark, ron_cut=args.ron_cut, **skew)
        return _out(res, args.json, args.csv)
    if args.command == "pofind":
        from .pof import pofind

        res = pofind(df, ("~" if args.negate_outcome else "") + args.outcome, args.conditions, args.relation,
                     case_column=case_column, **skew)
        return _out(res, args.json, args.csv)
    if args.command == "super-subset":
        from .necessity import super_subset

        outcome = ("~" if args.negate_outcome else "") + args.outcome
        res = super_subset(df, outcome, args.conditions, relation=args.relation, incl_cut=args.incl_cut,
                           cov_cut=args.cov_cut, ron_cut=args.ron_cut, pri_cut=args.pri_cut, depth=args.depth,
                           case_column=case_column, max_candidates=args.max_candidates,
                           max_work=args.max_work, **skew)
        return _out(res, args.json, args.csv)
    if args.command == "robustness":
        from .sweep_spec import run_spec_file

        raw = _raw_frame(args, df, case_column) if args.raw else None
        kept: list = []   # --plot: the protocol, drawn once the whole run has succeeded
        try:
            text = run_spec_file(df, args.spec, raw=raw, case_column=case_column, n_jobs=args.n_jobs,
                                 as_json=args.json, no_solution=args.no_solution, budgets=_raised_budgets(args),
                                 on_protocol=kept.append if args.plot is not None else None, **skew)
            if args.plot is not None:
                if not kept:
                    raise QCAInputError(f"--plot {args.plot}: the figure draws the protocol's test set, and {args.spec} "
                                        "has no 'tests' (ranges only): add tests, or leave --plot out")
                wrote = _plot_robustness(args, kept[0])
                return text if args.json else f"{text}\n\n{wrote}"   # the JSON stays one JSON document
            return text
        except QCAInputError as err:   # a raw value's problem names the --raw file (the spec names the test)
            text = str(err)
            if args.raw and "raw column " in text:
                text = text.replace("raw column ", f"--raw {args.raw}: column ", 1)
            elif args.raw and "the raw data" in text:
                text = text.replace("the raw data", f"--raw {args.raw}", 1)
            # a range's case without a raw value: the command line's way alone, not Python's data[...] / data.drop()
            text = re.sub(r"leave (?:it|them) out of the data analysed: (?:data\[~data\[.+?\]\.isin\(.+?\)\]|"
                          r"data\.drop\(index=.+?\)) \(on the command line: (leave .+ and pass --drop-missing)\)$", r"\1",
                          text)
            if text == str(err):
                raise
            raise type(err)(text) from None
    if args.command == "cluster":
        from .diagnostics import cluster_diagnostics

        if case_column and case_column in (args.unit, args.cluster):
            # a panel's 'case' column holds the unit (or cluster) ids, repeated per wave: keep it as that column
            # and number the rows, rather than take it as case names and then miss it as --unit / --cluster
            case_column = None
        body = df.set_index(case_column) if case_column else df
        if case_column:
            body.index = body.index.astype(str).str.strip()
        else:  # cases numbered 1, 2, ... as R does (and as the other commands name them)
            body.index = pd.Index([str(i) for i in range(1, len(body) + 1)])
        from .data import FILE_LINES
        from .read import id_column

        kept = df.attrs.get(FILE_LINES)
        lines = (kept.lines if kept is not None and len(kept.lines) == len(body) and kept.sheet is None
                 else None)   # a worksheet's rows are no lines of a file: the data's rows are named
        for flag, column in (("--unit", args.unit), ("--cluster", args.cluster)):   # ids as the file means them
            if column in body.columns and column not in (args.outcome,):
                body[column] = id_column(body[column], f"{flag} {column}", lines).to_numpy()
        outcome = ("~" if args.negate_outcome else "") + args.outcome
        res = cluster_diagnostics(body, args.expression, outcome, args.unit, args.cluster, necessity=args.necessity,
                                  **skew)
        if args.json:
            return dumps(res.to_dict())
        if args.csv:   # a paper's table: every row of each expression's table under its set; its heading on stderr
            for v in res.values():
                warnings.warn(f"cluster: {v.heading}", CLINote, stacklevel=2)
            return _csv(res.to_frame())
        return str(res)   # each expression's table, as print(res) gives them
    if args.command == "plot" and args.nec_cond is not None:
        return _plot_necessity(args, df, case_column, skew)
    if args.command == "cases" and args.nec_cond:
        from .diagnostics import necessity_cases

        outcome = ("~" if args.negate_outcome else "") + args.outcome
        if args.pairs is not None:
            from .matching import NECESSITY_PAIRS, necessity_pairs

            pairs = args.pairs.replace("deviant-", "deviant ")
            # (an unknown kind of pairs is left to necessity_pairs, which names the kinds)
            conds = _truth_table_rows_conditions(args, df, case_column, f"--pairs {args.pairs}",
                                                 applies=pairs == "typical-deviant consistency"
                                                 or pairs not in NECESSITY_PAIRS)
            table = necessity_pairs(df, outcome, args.nec_cond, pairs, conditions=conds,
                                    case_column=case_column, max_pairs=args.max_pairs, component=args.component,
                                    **_pair_budget(args), **skew)
            if args.csv:
                return _csv(table.reset_index(drop=True))
            if args.json:
                return dumps({**_necessity_read(outcome, args.nec_cond),
                              **({} if args.component is None else {"component": args.component}),
                              "pairs": args.pairs, "cases": _records(table)})
            return (_table_out(table, False) + _necessity_crossover_note(df, outcome, args.component or args.nec_cond,
                                                                         case_column, skew)
                    + _component_reading(args.component, args.nec_cond, "pairs"))
        kind = args.type.strip().replace(" ", "-")
        conds = _truth_table_rows_conditions(args, df, case_column, f"--type {kind}",
                                             applies=kind == "deviant-consistency")
        table = necessity_cases(df, outcome, args.nec_cond, kind.replace("-", " "), conditions=conds,
                                case_column=case_column, exact=args.exact, component=args.component, **skew)
        if args.csv:
            return _csv(table.reset_index(drop=True))
        if args.json:
            return dumps({**_necessity_read(outcome, args.nec_cond),
                          **({} if args.component is None else {"component": args.component}),
                          "type": kind, "cases": _records(table)})
        reading = ("" if kind != "deviant-consistency" or not len(table) else "\nTT<=Y: read off the exact memberships (--exact)"
                   if args.exact else "\nTT<=Y: read off TT_row rounded to 3 decimals (cases with a rounded TT_row of "
                   "0.5 left out), as SetMethods' smmr reads it; --exact: the exact memberships")
        reading += _component_reading(args.component, args.nec_cond, "table")
        return _table_out(table, False) + _necessity_crossover_note(df, outcome, args.component or args.nec_cond,
                                                                    case_column, skew) + reading
    if args.command == "pof":
        from .pof import pof, r_arrow, r_arrow_message, refuse_printed_model

        refuse_printed_model(args.expression, [str(c) for c in df.columns], "--expression", "--expression ")
        arrow = r_arrow(args.expression, [str(c) for c in df.columns])
        if arrow is not None:
            raise QCAInputError("--expression " + r_arrow_message(
                args.expression, arrow, "--expression '{left}' --outcome {right}{necessity}"))

        res = pof(args.expression, df, ("~" if args.negate_outcome else "") + args.outcome,
                  "necessity" if args.necessity else "sufficiency", case_column=case_column,
                  haesebrouck_consistency=args.haesebrouck, **skew)
        return _out(res, args.json, args.csv)
    tt = truth_table(df, args.outcome, args.conditions, incl_cut=_incl_cut(args.incl_cut), n_cut=args.n_cut,
                     pri_cut=args.pri_cut, case_column=case_column, negate_outcome=args.negate_outcome,
                     dcc=getattr(args, "dcc", False), sort_by=getattr(args, "sort_by", None),
                     show_cases=not getattr(args, "no_cases", False), max_memberships=args.max_memberships,
                     complete=getattr(args, "complete", False), **skew)
    if args.command == "good-practice":
        return _good_practice(args, df, case_column, tt, skew["skew_bounds"])
    if args.command == "truth-table":
        _no_positive_row_note(args, tt)
        return _out(tt, args.json, args.csv)
    if args.command == "find-rows":
        from .esa import untenable_observed_rows
        from .find_rows import ROW_TYPES, find_rows

        if args.expression is not None:
            with _about("--expression", args.expression):
                find_rows(tt, "untenable", args.expression, observed=args.observed)
        types = [t.strip() for t in args.type.split(",")] if "," in args.type else args.type   # R's type = c(2, 3)
        rows = find_rows(tt, types, args.expression, observed=args.observed, **_budgets(args))
        named = {str(v): k for k, v in ROW_TYPES.items()}
        kind = "+".join(dict.fromkeys(named.get(t.strip(), t.strip().lower()) for t in args.type.split(",")))
        # the observed rows inside the expression, listed only with --observed: said, as esa's warning says them
        inside = [] if args.expression is None or args.observed else untenable_observed_rows(tt, args.expression)
        if args.json:
            extra = {"observed_rows_inside": inside} if args.expression is not None and not args.observed else {}
            return dumps({"type": kind, "expression": args.expression, "rows": rows, **extra})
        unlisted = [r for r in inside if r not in rows]   # --type all lists an observed row that is also an SSR
        left = (f" (observed {in_number(len(unlisted), 'row')} {', '.join(map(str, unlisted))} inside the expression not listed: --observed "
                "lists them)") if unlisted else ""
        return f"{kind} rows: " + (", ".join(map(str, rows)) if rows else "none") + left
    if args.command == "esa":
        from .esa import _nec_conds, esa, esa_rows, untenable_observed_rows
        from .find_rows import find_rows

        necs = nec_cond_list(args.nec_cond)
        if necs:   # checked before the (possibly long) search for CSA: 'XX,YY', every unknown name in one line, the
            _nec_conds(tt, necs, " ".join(f"--nec-cond {v!r}" for v in args.nec_cond))   # flags named as typed
        for nec in necs or ():   # each named as it will be blocked: with --nec-cond-observed, every row outside it
            with _about("--nec-cond", nec):
                esa_rows(tt, nec, nec_cond_observed=args.nec_cond_observed)
        with _about("--untenable", args.untenable):
            esa_rows(tt, None, args.untenable)
        contrad = find_rows(tt, "csa", **_budgets(args)) if args.csa else args.contradictory_rows
        blocked = esa_rows(tt, necs, args.untenable, contrad, nec_cond_observed=args.nec_cond_observed)
        sol = minimize(esa(tt, necs, args.untenable, contrad, nec_cond_observed=args.nec_cond_observed,
                           ron_cut=args.ron_cut),
                       **_solution_read(args), **_budgets(args))
        if args.csv:   # the solution's table, as minimize --csv; the rows blocked and the notes on stderr
            # without --nec-cond, --untenable, --contradictory-rows or --csa no reason blocks a row: said so (it
            # read 'table;  (--json gives them ...)', naming nothing)
            warnings.warn(f"esa --csv: the {sol.kind} solution's table; "
                          + ("; ".join(f"blocked ({k}): {', '.join(map(str, v)) or 'none'}" for k, v in blocked.items())
                             + " (--json gives them with the solution)" if blocked else
                             "no row blocked (no --nec-cond, --untenable, --contradictory-rows or --csa given)"),
                          QCAWarning)
            for line in sol._closing_lines():
                warnings.warn(line.removeprefix("note: "), QCAWarning)
            return _csv(sol.to_frame())
        if args.json:
            seen = {"untenable_observed_rows": untenable_observed_rows(tt, args.untenable)} if args.untenable else {}
            return dumps({"blocked_rows": blocked, **seen, **sol.to_dict()})
        lines = [f"blocked ({k}): {', '.join(map(str, v)) or 'none'}" for k, v in blocked.items()]
        return "\n".join(lines + ["", f"{sol.kind} solution:", str(sol)])   # which one --solution read
    if args.command in ("cases", "theory", "plot"):
        from .diagnostics import smmr, theory_evaluation

        sol = minimize(tt, **_solution_read(args), exclude=args.exclude, **_budgets(args))
        model = args.model or 1
        # a partial answer lists up to max_models models: the messages name the first few, not a thousand
        count = count_text(sol.n_models, sol.n_models_exact)
        more = f"; ... {len(sol.models) - 3:,} more listed" if len(sol.models) > 3 else ""
        if model > len(sol.models):
            has = (f"lists {len(sol.models):,} of {count} models" if sol.partial else
                   f"has {counted(len(sol.models), 'model')}")   # a partial answer: more than one
            raise QCAInputError(f"--model {model}: the solution {has} "
                                f"({' | '.join(m.expression for m in sol.models[:3])}{more})")
        if len(sol.models) > 1:  # model ambiguity (Baumgartner & Thiem 2017): the cases depend on the model chosen
            warnings.warn(f"model ambiguity: the solution has {count} models ("
                          + "; ".join(f"M{i}: {m.expression}" for i, m in enumerate(sol.models[:3], 1))
                          + f"{more}); {args.command} of M{model} (choose with --model)", QCAWarning)
        if args.command == "plot":
            return _plot_solution(args, sol, model)
        if args.command == "theory":
            if args.csv:
                warnings.warn("theory --csv: the fit table only; the cases of each intersection and their Boolean "
                              "forms: --json", QCAWarning)
            # a set the theory names outside --conditions is read from the file, as SetMethods reads it from the
            # data given to truthTable (a note says so)
            return _out(theory_evaluation(args.theory, sol, model=model, haesebrouck_consistency=args.haesebrouck,
                                          max_conditions=args.max_conditions, data=df, case_column=case_column),
                        args.json, args.csv)
        if args.pairs is not None:
            from .matching import smmr_pairs

            pairs = args.pairs.replace("deviant-consistency", "deviant consistency").replace(
                "deviant-coverage", "deviant coverage")
            by = args.by.replace("-", " ") if args.by is not None else None   # --by '' is refused, not the default
            tables = smmr_pairs(sol, pairs, by=by, term=args.term, model=model, max_pairs=args.max_pairs,
                                **_pair_budget(args))
            if args.csv:
                return _csv(tables.to_frame())
            if args.json:
                return dumps({**_cases_read(sol, model), "pairs": args.pairs, "cases": tables.to_dict()})
            return f"{_cases_heading(f'{args.pairs} pairs of cases', sol, model)}\n\n{tables}" \
                + _solution_crossover_note(sol, model)
        if args.type == "focal-conjuncts":
            from .diagnostics import smmr_focal_conjuncts

            from .diagnostics import _model, model_term

            tables = smmr_focal_conjuncts(sol, args.term or 1, model=model)
            # the term as the model writes it ('STB*URB' given: URB*STB); a number with its term beside it, as the
            # numbers count the model's terms as the heading lists them (minimize prints the shared terms first)
            text = model_term(sol, _model(sol, model), args.term or 1)
            if args.csv:
                return _csv(tables.to_frame())
            if args.json:
                return dumps({**_cases_read(sol, model), "type": args.type, "term": text, "cases": tables.to_dict()})
            term = text if isinstance(args.term, str) else f"{args.term or 1} ({text})"
            # every typical case, where SetMethods' smmr prints the first 5 of each table: said where it matters
            return f"{_cases_heading(f'typical cases per focal conjunct of term {term}', sol, model)}\n\n{tables}"
        cases = smmr(sol, args.type.replace("-", " "), model=model, exact=args.exact)
        if args.csv:
            return _csv(cases.reset_index(drop=True))
        if args.json:
            return dumps({**_cases_read(sol, model), "type": args.type, "cases": _records(cases)})
        table = _table_out(cases, False)
        note = _solution_crossover_note(sol, model)
        if args.type == "deviant-coverage" and "TT<=Y" in table:
            from .display import wrapped

            note += "".join("\n" + line for line in wrapped(
                "TT<=Y: read off the exact memberships (--exact)" if args.exact else
                "TT<=Y: read off TT_row and outcome rounded to 3 decimals, as SetMethods' smmr reads them "
                "(also the order and the most deviant case of each row); --exact: the exact memberships"))
        return f"{_cases_heading(args.type.replace('-', ' ') + ' cases', sol, model)}:\n{table}{note}"
    if args.command == "chart":
        from .configurations import configuration_chart

        sol = minimize(tt, **_solution_read(args), exclude=args.exclude, **_budgets(args))
        # a conservative solution's core conditions come from the parsimonious solution of the same table
        pars = (minimize(tt, include="?", exclude=args.exclude, **_budgets(args)) if sol.kind == "conservative"
                else None)
        chart = configuration_chart(sol, parsimonious=pars)
        if args.csv:
            warnings.warn("chart --csv: the chart's long table (group, path, condition, value, role); each model's "
                          "fit and the notes: --json", QCAWarning)
            return _csv(chart.to_frame())
        if args.json:   # as minimize's: the minimised table's notes (--exclude's rows coded OUT = 0, skewed sets)
            return dumps({**chart.to_dict(), "truth_table_notes": list(sol.truth_table.notes)})
        return str(chart)
    sol = minimize(tt, include=args.include, explain=args.explain, dir_exp=args.dir_exp,
                   row_dominance=args.row_dominance, exclude=args.exclude, **_budgets(args))
    if args.csv:   # what the printout says below its tables (a partial answer, notes): on stderr, not in the CSV
        for line in sol._closing_lines():
            warnings.warn(line.removeprefix("note: "), QCAWarning)
        return _csv(sol.to_frame())
    if args.json:
        tt = sol.truth_table   # the table minimised: with --exclude, its rows coded OUT = 0 and a note saying so
        payload = {"truth_table": tt.to_dict()["rows"], "truth_table_notes": list(tt.notes),
                   **sol.to_dict(rows_limit=args.rows_limit, pi_chart=True if args.pi_chart else None)}
        return dumps(payload)
    return str(sol)


def _good_practice(args, df: pd.DataFrame, case_column: str | None, tt, skew_bounds) -> str:
    """The good-practice command: the analysis the options define (conservative and parsimonious solutions, the
    intermediate with --dir-exp; necessity; the negated outcome's parsimonious solution; the case typology) read by
    standards.good_practice; the report as text, --json or --csv."""
    from .diagnostics import case_typology
    from .errors import QCANoSolutionError
    from .minimize import minimize
    from .necessity import necessity
    from .standards import good_practice
    from .truth_table import truth_table

    budgets = _budgets(args)
    if len(tt.rows_with(["1"])):
        sols = {"conservative": minimize(tt, exclude=args.exclude, **budgets)}
        tt = sols["conservative"].truth_table   # --exclude's rows coded OUT = 0 once (and warned of once)
        sols["parsimonious"] = minimize(tt, include="?", **budgets)
        if args.dir_exp is not None:
            sols["intermediate"] = minimize(tt, include="?", dir_exp=args.dir_exp, **budgets)
        reported = sols.get("intermediate", sols["parsimonious"])
        cases = case_typology(reported, 1) if reported.models else None
        solutions = sols
    else:   # no sufficient configuration: a finding, the standards on solutions 'not applicable'
        solutions, cases = tt, None
    data = df.set_index(case_column) if case_column else df
    if case_column:
        data.index = data.index.astype(str)
    outcome = ("~" if args.negate_outcome else "") + args.outcome
    with warnings.catch_warnings(record=True) as caught:   # its skewed sets are the truth table's, warned of once
        warnings.simplefilter("always")
        nec = necessity(data, outcome, args.conditions, benchmark=args.benchmark, ron_cut=args.ron_cut,
                        skew_bounds=skew_bounds)
    for w in caught:
        if str(w.message) not in tt.notes:
            warnings.warn(w.message, w.category, stacklevel=2)
    written = args.outcome.strip()   # the negated outcome: '~' taken off or put on
    negated_outcome, negate = ((written[1:].strip(), args.negate_outcome) if written.startswith("~")
                               else (written, not args.negate_outcome))
    with warnings.catch_warnings():   # the negated outcome's table warns of the sets the first one warned of
        warnings.simplefilter("ignore")
        ntt = truth_table(df, negated_outcome, args.conditions, incl_cut=_incl_cut(args.incl_cut), n_cut=args.n_cut,
                          pri_cut=args.pri_cut, case_column=case_column, negate_outcome=negate,
                          max_memberships=args.max_memberships, skew_bounds=skew_bounds)
    try:
        negated = minimize(ntt, include="?", **budgets)
    except QCANoSolutionError:
        negated = f"no configuration is sufficient for {ntt.outcome} at these cut-offs (no positive row)"
    bench = None
    if args.permutations is not None:   # the fit read against random outcomes (its own truth tables, same cut-offs)
        from .permutation import permutation_benchmark

        exact = args.permutations == "exact"
        try:
            bench = permutation_benchmark(df, outcome, args.conditions, incl_cut=_incl_cut(args.incl_cut),
                                          n_cut=args.n_cut, pri_cut=args.pri_cut, case_column=case_column,
                                          max_exact=_EXACT_PERMUTATIONS if exact else args.permutations,
                                          n_draws=1 if exact else args.permutations,
                                          seed=_PERMUTATION_SEED if args.seed is None else args.seed)
        except QCAInputError as err:   # the one it can add to the truth table's checks: fuzzy sets
            raise QCAInputError(f"--permutations: {err}") from None
        if exact and not bench["exact"]:
            raise QCAInputError(f"--permutations exact enumerates at most {_EXACT_PERMUTATIONS:,} assignments of the "
                                f"positive outcomes; these cases have more: give a number of draws, e.g. "
                                f"--permutations 20000")
    report = good_practice(solutions, necessity=nec, negated=negated, cases=cases, relevance_cut=args.ron_cut,
                           skew_bounds=skew_bounds, benchmark=bench)
    if args.json:
        return dumps(report.to_dict())
    if args.csv:
        return report.to_frame().to_csv(index=False, lineterminator="\n").rstrip("\n")
    return str(report)


def _calibrate(args, df: pd.DataFrame, case_column: str | None) -> str:
    """The calibrate command: raw columns checked as numbers (file, column and cases named), each set calibrated
    by calibrate_frame(), written as a CSV of the case names, the kept columns and the sets."""
    from collections.abc import Mapping

    from .calibrate import calibrate_frame, check_spec_arguments, spec_file_form
    from .data import PROGRAM, VALUE_LABELS, blank_case_names_message, duplicate_case_names_message, file_lines
    from .data_sets import _numeric_columns
    from .read import STDIN, STDIN_NAME, read_spec_file

    data = STDIN_NAME if args.data == STDIN else args.data   # how messages name the raw values' file

    spec = read_spec_file(args.spec, "a calibration specification")
    if not isinstance(spec, Mapping) or not spec or not all(isinstance(r, Mapping) for r in spec.values()):
        listed = (isinstance(spec, list) and spec and all(isinstance(r, Mapping) for r in spec)
                  and all(isinstance(v, Mapping) for r in spec for v in r.values()))
        said = ("; the file is a list of sets ('- DEV: ...'): write each set at the top level, without '- '"
                if listed else "")
        raise QCAInputError(f"{args.spec}: a calibration specification maps each set name to calibrate() arguments, "
                            "e.g. DEV: {thresholds: 'e=350, c=550, i=850'}" + said)
    keep = [c.strip() for c in args.keep.split(",")] if args.keep else []
    # the output's case column: its name in the file, or 'case' (which the other commands find by itself) when the
    # file had none or an unnamed column of row names (R's write.csv)
    label = case_column if case_column and not str(case_column).startswith("Unnamed:") else "case"
    if label in spec:
        raise QCAInputError(f"{args.spec}: set {quoted(label)} has the name of the case column; name the set otherwise "
                            "(or give another --case-column)")
    twice = [c for c in keep if c in spec or c == label]
    if twice:
        raise QCAInputError(f"--keep {', '.join(twice)}: already a set of {args.spec} or the case column; keep other "
                            "columns (a column name appears once in the output)")
    for name, rule in spec.items():   # a misspelt argument ('sourse') before the column it would hide
        try:
            check_spec_arguments(str(name), rule)
        except QCAInputError as err:   # named by the file, as calibrate_frame's errors below
            raise QCAInputError(f"{args.spec}: {spec_file_form(str(err))}") from None
    sources = list(dict.fromkeys(str(rule.get("source", name)) for name, rule in spec.items()))
    absent = [c for c in sources + keep if c not in df.columns]
    if absent:
        from .calibrate import raw_columns_hint

        from .sheets import other_sheet_hint

        elsewhere = other_sheet_hint(args.data, absent) if getattr(args, "sheet", None) is None else ""
        raise QCAInputError(f"{data}: column(s) {', '.join(map(quoted, absent))} not in {the_file(data)}"
                            f"{'' if elsewhere else raw_columns_hint(absent, df.columns)} "
                            f"(columns: {', '.join(map(quoted, df.columns))}){elsewhere}")
    if case_column is None:  # cases would be numbered 1, 2, ...: a column left out may be what names them
        unused = [c for c in df.columns if c not in sources and c not in keep]
        if unused:
            raise QCAInputError(
                f"{data}: no case column ('case', an unnamed first column, or --case-column) and column(s) "
                f"{', '.join(map(quoted, unused))} neither calibrated by {args.spec} nor kept: the output would number "
                f"the cases 1, 2, ... and lose them; if {quoted(unused[0])} names the cases, pass --case-column "
                f"{unused[0]}; to copy a column unchanged, --keep {','.join(unused)}")
    at = file_lines(df, df[case_column] if case_column else df.index)
    cases = df[case_column].astype(str).str.strip().tolist() if case_column else [str(i) for i in df.index]
    blank = blank_case_names_message(df[case_column].tolist(), case_column, at) if case_column else ""
    if blank:
        raise QCAInputError(f"{data}: {blank}")
    dup = duplicate_case_names_message(cases, case_column, at)
    if dup:
        raise QCAInputError(f"{data}: {dup}")
    try:
        keep_missing = {s for s in sources if all(rule.get("missing") == "keep" for name, rule in spec.items()
                                                  if str(rule.get("source", name)) == s)}
        labelled = {s for s in sources if all("codes" in rule for name, rule in spec.items()   # recoded, not calibrated:
                                              if str(rule.get("source", name)) == s)}   # its labels, as the file has them
        raw = pd.DataFrame(_numeric_columns(df, [s for s in sources if s not in labelled], cases, to_calibrate=True,
                                            allow_missing=keep_missing),
                           index=pd.Index(cases, name="case"))   # a raw value named 'at case ...', as elsewhere
        for s in labelled:
            raw[s] = df[s].to_numpy()
        if df.attrs.get(VALUE_LABELS):   # a Stata or SPSS file's value labels: codes naming them told so, as in Python
            raw.attrs.update({k: df.attrs[k] for k in (VALUE_LABELS, PROGRAM) if k in df.attrs})
    except QCAInputError as err:
        raise QCAInputError(f"{data}: {err}") from None
    try:
        with warnings.catch_warnings(record=True) as caught:   # calibrate_frame's warnings, named by the spec file
            warnings.simplefilter("always")
            sets = calibrate_frame(raw, {str(k): v for k, v in spec.items()})
    except QCAInputError as err:   # calibrate()'s arguments as the file writes them: "type: 'crisp'", not "type='crisp'"
        # a labelled variable kept as it is: the --keep that copies it, with the columns kept already
        said = re.sub(r"\(keep=\[\.\.\., '([^']*)'\]\)", lambda m: f"(--keep {','.join([*keep, m.group(1)])})",
                      spec_file_form(str(err)))
        raise QCAInputError(f"{args.spec}: {said}") from None
    for w in caught:
        warnings.warn(f"{args.spec}: {w.message}", w.category, stacklevel=2)
    from .calibrate import PERCENTILE_ANCHORS, PERCENTILE_METHOD

    anchors = sets.attrs.get(PERCENTILE_ANCHORS, {})
    for name, a in anchors.items():   # the anchors the percentiles gave, for the paper (and to reuse as thresholds)
        warnings.warn(f"{args.spec}: set {quoted(name)}: percentiles {a['percentiles']} of {quoted(a['source'])} are "
                      f"thresholds: '{a['thresholds']}' ({PERCENTILE_METHOD})", CLINote, stacklevel=2)
    spec = {name: ({**{k: v for k, v in rule.items() if k != "percentiles"}, "thresholds": anchors[str(name)]["thresholds"]}
                   if str(name) in anchors else rule) for name, rule in spec.items()}
    decreasing = _decreasing_sets(spec)
    said = (f"; decreasing (e above i: membership falls as the raw value rises, as R's calibrate() reads such "
            f"anchors; swap e and i where a set should rise): {', '.join(decreasing)}" if decreasing else "")
    if decreasing and args.out is None:   # the CSV or JSON printed has no room for it
        warnings.warn(f"{args.spec}: set(s) {', '.join(decreasing)} calibrated decreasing (e above i: membership falls "
                      "as the raw value rises, as R's calibrate() reads such anchors; swap e and i where a set should "
                      "rise)", QCAWarning, stacklevel=2)
    out = pd.concat([pd.DataFrame({label: cases}, index=cases),
                     df.set_index(pd.Index(cases))[keep], sets], axis=1)
    for c in keep:   # 是/否 kept as text, refused by the next command: the spec's codes recode it
        _warn_kept_yes_no(args.spec, c, df[c])
    # the columns left out, named: an outcome already coded 0/1 and not kept was lost without a word, and the next
    # command's --outcome found no such column
    left = [c for c in df.columns if c not in sources and c not in keep and c != case_column]
    left_out = (f"; left out, neither calibrated nor kept: {', '.join(map(quoted, left))} (--keep "
                f"{','.join(map(str, left))} copies {'it' if len(left) == 1 else 'them'} unchanged)" if left else "")
    if args.json:
        # kept columns are read as text; in JSON a column of plain numbers is written as numbers (an outcome
        # kept as "1" would be a string), one with codes such as '007' or any text stays text
        number = re.compile(r"[-+]?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
        from .separators import grouped_numbers

        for c in keep:
            if grouped_numbers(df, c) is not None:   # '1.038' that may be 1038: kept as written, for the next reader
                continue
            cells = out[c].astype(str).str.strip()
            if (cells != "").any() and cells[cells != ""].map(lambda s: bool(number.fullmatch(s))).all():
                values = [None if s == "" else (int(s) if re.fullmatch(r"[-+]?\d+", s) else float(s)) for s in cells]
                if all(v is None or math.isfinite(v) for v in values):  # 1e400 is no JSON number: stays text
                    out[c] = pd.Series(values, index=out.index, dtype=object)
        # a membership left empty (missing: keep) is null, as read_data reads null back: an empty cell
        text = dumps([{k: None if isinstance(v, float) and v != v else v for k, v in r.items()}
                      for r in _records(out)]) + "\n"
    else:
        text = out.to_csv(index=False, lineterminator="\n", float_format=exact_float)
    if args.out is not None:
        _write_out(args, text.encode("utf-8"), empty="leave --out out to print the CSV",
                   same=f"the raw data file {args.data}; writing the memberships there would replace the raw values: "
                   "name another file", device="leave --out out to print the CSV on standard output")
        named = "" if label == "case" else f" ({_case_column_note(label)})"
        return f"wrote {args.out}: {len(out)} cases{named}, sets {', '.join(sets.columns)}{left_out}{said}"
    if label != "case":   # printed (CSV or --json) for a pipe: the note --out gives, on standard error
        warnings.warn(_case_column_note(label), QCAWarning, stacklevel=2)
    if left:   # printed for a pipe: the columns left out, on standard error, as --out's line names them
        warnings.warn(f"calibrate: {left_out.removeprefix('; ')}", CLINote, stacklevel=2)
    return text.rstrip("\n")


def _warn_kept_yes_no(spec_path, column, cells: pd.Series) -> None:
    """A warning for a --keep column of yes/no labels (是/否, Yes/No): copied as text, which every analysis refuses as
    a set ('a yes/no label'), though the calibration file recodes it with the set's codes, named here with the labels
    seen (yes 1, no 0)."""
    from .data import NO_LABELS as no_words, YES_LABELS as yes_words
    labels = list(dict.fromkeys(str(v).strip() for v in cells.tolist() if not pd.isna(v) and str(v).strip()))
    if not labels or not all(t.casefold() in yes_words + no_words for t in labels):
        return
    codes = ", ".join(f"{t!r}: {int(t.casefold() in yes_words)}"
                      for t in sorted(labels, key=lambda t: t.casefold() not in yes_words))
    warnings.warn(f"--keep {column}: its cells are yes/no labels ({', '.join(map(repr, labels))}), copied as text, which "
                  f"the analysis refuses as a set; to analyse it, recode it in {spec_path} instead of keeping it: "
                  f"{column}: {{codes: {{{codes}}}}}", QCAWarning, stacklevel=2)


def _case_column_note(label: str) -> str:
    """calibrate's note on its output's case column: the other commands find 'case' by themselves, a case column of
    another name only when told (JSON records, as CSV, have no place to say which column names the cases)."""
    return f"case names in column {label!r}: give the other commands --case-column {label}"


def _decreasing_sets(spec) -> list[str]:
    """The sets a calibration specification calibrates as decreasing fuzzy sets (three anchors, e above i): legal, as
    in R, and meant for some sets (fewer cabinets, more stability), but swapped anchors give one unseen."""
    from .calibrate import S_NAMES, parse_thresholds

    out = []
    for name, rule in spec.items():
        if rule.get("type", "fuzzy") != "fuzzy" or rule.get("method", "direct") != "direct" or "codes" in rule:
            continue
        names, values = parse_thresholds(rule.get("thresholds"))
        if len(values) == 3:
            a = dict(zip(names or S_NAMES, values))
            if a.get("e", 0) > a.get("i", 0):
                out.append(str(name))
    return out
