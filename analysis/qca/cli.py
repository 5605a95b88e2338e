"""Command line: truth tables, minimisation and necessity from a CSV file (`python -m analysis.qca ...`).

    python -m analysis.qca minimize DATA.csv --outcome Y [--conditions A,B,C] [--incl-cut 0.8] [--n-cut 1]
        [--pri-cut 0] [--include "?"] [--dir-exp A=1,B=0,C=-] [--negate-outcome] [--case-column case] [--json]
    python -m analysis.qca truth-table DATA.csv --outcome Y [...] [--json]
    python -m analysis.qca necessity DATA.csv --outcome Y [--conditions A,B,C] [--json]

The CSV's case column (default 'case' if present, else an unnamed first column of row names) holds case
names; files as Excel, SPSS, R and pandas export them are read by `analysis.qca.read.read_data`. Errors: exit code 2 and one line
'error: ...' on stderr; warnings are printed as 'warning: ...' lines on stderr.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import warnings

import pandas as pd

from .errors import QCAComplexityError, QCAInputError
from .read import read_data

__all__ = ["main", "build_parser"]


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit code 2 (raised to main)
        raise _UsageError(message)


def _incl_cut(text: str):
    if re.fullmatch(r"\s*\d+\s*,\s*\d+\s*", str(text)):  # '1,0', '0,8': a decimal comma or a pair?
        raise QCAInputError(
            f"--incl-cut {text!r} is ambiguous: a number with a decimal comma or two cut-offs 'ic1,ic0'? write "
            "decimals with a point (e.g. 0.8 or 1.0), and two cut-offs with points, e.g. 0.9,0.6")
    parts = [p.strip() for p in str(text).split(",")]
    try:
        vals = [float(p) for p in parts]
    except ValueError:
        raise QCAInputError(f"--incl-cut must be a number or two numbers 'ic1,ic0', got {text!r}") from None
    return vals[0] if len(vals) == 1 else tuple(vals)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("data", help="CSV file: one row per case, one column per set")
    p.add_argument("--outcome", required=True, help="outcome column ('~Y' for its negation, 'Y{1}' for a value)")
    p.add_argument("--conditions", default=None, help="comma-separated condition columns (default: all others)")
    p.add_argument("--case-column", default=None, help="column of case names (default: 'case' if present)")
    p.add_argument("--negate-outcome", action="store_true", help="explain the negation of the outcome")
    p.add_argument("--json", action="store_true", help="print JSON instead of R-like tables")


def _tt_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--incl-cut", default="1", help="consistency cut-off, or 'ic1,ic0' (default 1)")
    p.add_argument("--n-cut", type=int, default=1, help="minimum cases of an observed row (default 1)")
    p.add_argument("--pri-cut", type=float, default=0.0, help="minimum PRI of a positive row (default 0)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis.qca", description="QCA truth tables, minimisation and necessity.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    m = sub.add_parser("minimize", help="minimise the truth table (conservative, parsimonious, intermediate)")
    _common(m)
    _tt_options(m)
    m.add_argument("--include", default="", help="'' (conservative), '?' (parsimonious / intermediate), 'C'")
    m.add_argument("--dir-exp", default=None, help="directional expectations: A=1,B=0,C=- or 1,0,- in order")
    m.add_argument("--row-dominance", action="store_true", help="opt-in shortcut: may drop minimal models")
    m.add_argument("--max-models", type=int, default=None, help="refuse if there are more minimal models")
    t = sub.add_parser("truth-table", help="print the truth table")
    _common(t)
    _tt_options(t)
    n = sub.add_parser("necessity", help="necessity of each condition and its negation")
    _common(n)
    return parser


def _frame(args) -> tuple[pd.DataFrame, str | None]:
    return read_data(args.data, args.case_column)


def _run(args) -> str:
    from .minimize import minimize
    from .truth_table import truth_table

    df, case_column = _frame(args)
    if args.command == "necessity":
        from .necessity import necessity

        data = df.set_index(case_column) if case_column else df
        if case_column:
            data.index = data.index.astype(str)
        outcome = ("~" if args.negate_outcome else "") + args.outcome
        res = necessity(data, outcome, args.conditions)
        return json.dumps(res.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) if args.json else str(res)
    tt = truth_table(df, args.outcome, args.conditions, incl_cut=_incl_cut(args.incl_cut), n_cut=args.n_cut,
                     pri_cut=args.pri_cut, case_column=case_column, negate_outcome=args.negate_outcome)
    if args.command == "truth-table":
        return json.dumps(tt.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) if args.json else str(tt)
    sol = minimize(tt, include=args.include, dir_exp=args.dir_exp or None, row_dominance=args.row_dominance,
                   max_models=args.max_models)
    if args.json:
        payload = {"truth_table": tt.to_dict()["rows"], **sol.to_dict()}
        return json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False)
    return str(sol)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 success, 2 error)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            raise _UsageError("choose a command: minimize, truth-table or necessity")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            text = _run(args)
        for w in caught:
            print(f"warning: {str(w.message).splitlines()[0]}", file=sys.stderr)
    except (_UsageError, QCAInputError, QCAComplexityError) as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    try:
        print(text)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
