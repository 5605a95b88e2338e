"""Command line: truth tables, minimisation and necessity from a CSV file (`python -m analysis.qca ...`).

    python -m analysis.qca minimize DATA.csv --outcome Y [--conditions A,B,C] [--incl-cut 0.8] [--n-cut 1]
        [--pri-cut 0] [--include "?"] [--dir-exp A=1,B=0,C=-] [--negate-outcome] [--case-column case] [--json]
        [--max-models 1000] [--refuse-partial] [--max-work N] [--max-implicants N] [--max-chart-cells N]
        [--sa-limit N] [--ec-limit N]
        [--rows-limit 1000] [--pi-chart]
    python -m analysis.qca truth-table DATA.csv --outcome Y [...] [--json]
    python -m analysis.qca necessity DATA.csv --outcome Y [--conditions A,B,C] [--json]

The CSV's case column (default 'case' if present) holds case names. Errors: exit code 2 and one line
'error: ...' on stderr; warnings are printed as 'warning: ...' lines on stderr.
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

import pandas as pd

from .errors import QCAComplexityError, QCAInputError

__all__ = ["main", "build_parser"]


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit code 2 (raised to main)
        raise _UsageError(message)


def _read_csv(path: str) -> pd.DataFrame:
    p = Path(path)
    if not p.exists():
        raise QCAInputError(f"{path}: file not found")
    if p.stat().st_size == 0:
        raise QCAInputError(f"{path}: the file is empty")
    try:
        df = pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[], encoding="utf-8")
    except pd.errors.EmptyDataError:
        raise QCAInputError(f"{path}: the file is empty") from None
    except pd.errors.ParserError as exc:
        raise QCAInputError(f"{path}: not a well-formed CSV ({str(exc).splitlines()[0]})") from None
    except UnicodeDecodeError:
        raise QCAInputError(f"{path}: not UTF-8 text") from None
    if df.shape[0] == 0:
        raise QCAInputError(f"{path}: the file has a header but no data rows")
    return df


def _incl_cut(text: str):
    parts = [p.strip() for p in str(text).split(",")]
    try:
        vals = [float(p) for p in parts]
    except ValueError:
        raise QCAInputError(f"--incl-cut must be a number or two numbers 'ic1,ic0', got {text!r}") from None
    return vals[0] if len(vals) == 1 else tuple(vals)


def _positive(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, got {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, got {text!r}")
    return v


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
    b = m.add_argument_group("budgets (a refusal names the one it met)")
    b.add_argument("--max-models", type=_positive, default=1_000,
                   help="minimal models listed at most (default 1000); beyond, a counted partial answer")
    b.add_argument("--refuse-partial", action="store_true",
                   help="refuse (exit 2) instead of a partial answer when there are more than --max-models models")
    b.add_argument("--max-work", type=_positive, default=20_000,
                   help="steps of the exact minimum-cover search (default 20000)")
    b.add_argument("--max-implicants", type=_positive, default=5_000_000,
                   help="prime implicants generated at most (default 5000000)")
    b.add_argument("--max-chart-cells", type=_positive, default=2_000_000_000,
                   help="cells of a prime implicant chart (implicants x positive rows; default 2000000000)")
    b.add_argument("--sa-limit", type=_positive, default=1 << 20,
                   help="configurations expanded to list simplifying assumptions (default 1048576; beyond: counted)")
    b.add_argument("--ec-limit", type=_positive, default=1 << 17,
                   help="configurations expanded for the easy counterfactuals of one pair (default 131072)")
    b.add_argument("--rows-limit", type=_positive, default=1_000,
                   help="JSON: rows listed at most per set of remainders (default 1000; beyond: counts and cubes)")
    b.add_argument("--pi-chart", action="store_true",
                   help="JSON: always include the full prime implicant chart (computing every prime implicant)")
    t = sub.add_parser("truth-table", help="print the truth table")
    _common(t)
    _tt_options(t)
    n = sub.add_parser("necessity", help="necessity of each condition and its negation")
    _common(n)
    return parser


def _frame(args) -> tuple[pd.DataFrame, str | None]:
    df = _read_csv(args.data)
    case_column = args.case_column
    if case_column is None and "case" in df.columns:
        case_column = "case"
    if case_column is not None and case_column not in df.columns:
        raise QCAInputError(f"case column '{case_column}' is not in {args.data} (columns: {', '.join(df.columns)})")
    return df, case_column


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
                   max_models=args.max_models, allow_partial=not args.refuse_partial, max_work=args.max_work,
                   max_implicants=args.max_implicants, max_chart_cells=args.max_chart_cells, sa_limit=args.sa_limit,
                   ec_limit=args.ec_limit)
    if args.json:
        payload = {"truth_table": tt.to_dict()["rows"],
                   **sol.to_dict(rows_limit=args.rows_limit, pi_chart=True if args.pi_chart else None)}
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
