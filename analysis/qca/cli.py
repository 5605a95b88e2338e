"""Command line of the QCA engine on a CSV, Excel, Stata, SPSS or JSON records file (`python -m analysis.qca ...`):
calibration, truth tables, minimisation, necessity, ESA, robustness, case diagnostics, theory evaluation, clustered
data, configuration charts, XY plots of case types.

    python -m analysis.qca minimize DATA.csv --outcome Y [--conditions A,B,C] [--incl-cut 0.8] [--n-cut 1]
        [--pri-cut 0] [--include "?"] [--dir-exp A=1,B=0,C=-] [--negate-outcome] [--case-column case] [--json]
        [--max-models 1000] [--refuse-partial] [--max-work N] [--max-implicants N] [--max-chart-cells N]
        [--sa-limit N] [--ec-limit N]
        [--rows-limit 1000] [--pi-chart] [--jobs 1]
    python -m analysis.qca truth-table DATA.csv --outcome Y [...] [--dcc] [--sort-by incl,n] [--no-cases] [--json]
    python -m analysis.qca necessity DATA.csv --outcome Y [--conditions A,B,C] [--benchmark 0.9] [--json]
        [--skew-bounds 0.2,0.8 | --skew-bounds none: on every command that warns of skewed sets]
    python -m analysis.qca super-subset DATA.csv --outcome Y [--relation necessity|sufficiency] [--incl-cut 0.9]
        [--cov-cut 0.6] [--ron-cut 0] [--pri-cut 0] [--depth N] [--max-candidates N] [--max-work N] [--json]
    python -m analysis.qca pof DATA.csv --outcome Y --expression "A*B + ~C" [--necessity | --haesebrouck] [--json]
    python -m analysis.qca pofind DATA.csv --outcome Y [--conditions A,B,C] [--relation necessity|sufficiency]
        [--json | --csv]
    python -m analysis.qca find-rows DATA.csv --outcome Y [--incl-cut 0.8] --type csa|ssr|untenable|all
        [--expression "~A*B"] [--observed] [--json]
    python -m analysis.qca minimize DATA.csv --outcome Y --include "?" --exclude 7,8,15 [...]
    python -m analysis.qca esa DATA.csv --outcome Y [--incl-cut 0.8] [--nec-cond LIT[,STB] [--nec-cond-observed] [--ron-cut 0.5]]
        [--untenable "~A*B"]
        [--csa | --contradictory-rows 7,8] [--dir-exp 1,1,1] [--solution KIND] [--json]
    python -m analysis.qca robustness DATA.csv --spec SWEEPS.yaml [--raw RAW.csv [--raw-case-column ID]] [--n-jobs 2]
        [--drop-missing] [--no-solution count|refuse] [--skew-bounds 0.2,0.8] [--json]
    python -m analysis.qca cases DATA.csv --outcome Y [--incl-cut 0.8] [--dir-exp 1,1,1] [--solution KIND]
        --type typical|deviant-consistency|deviant-coverage|irrelevant|focal-conjuncts [--term 1] [--json | --csv]
    python -m analysis.qca cases DATA.csv --outcome Y --pairs typical-irrelevant [--term 2 | --by term] [--max-pairs 5]
        [--max-pair-candidates 50000000]
    python -m analysis.qca cases DATA.csv --outcome Y --nec-cond A --type typical|deviant-consistency|deviant-relevance
        [--component A: with --nec-cond 'A + B', the table (or --pairs) of the disjunct A]
        [--conditions A,B,C: the truth table whose rows rank deviant-consistency cases; default all other columns]
    python -m analysis.qca theory DATA.csv --outcome Y [--incl-cut 0.8] [--dir-exp 1,1,1] --theory "A*B"
        [--solution KIND] [--haesebrouck] [--json | --csv]
    python -m analysis.qca cluster DATA.csv --outcome Y --expression "A*B" --unit ID --cluster WAVE [--necessity]
    python -m analysis.qca chart DATA.csv --outcome Y [--incl-cut 0.8] [--dir-exp 1,1,1] [--solution KIND]
        [--json | --csv]
        [--solution conservative|parsimonious|intermediate on esa, cases, theory, chart, plot: the solution read;
        default parsimonious, intermediate with --dir-exp, which it needs]
    python -m analysis.qca plot DATA.csv --outcome Y [--incl-cut 0.8] [--dir-exp 1,1,1] [--solution KIND] [--model 1]
        [--term 1] --out XY.png|XY.svg|XY.pdf [--lang en|zh] [--title TEXT]
    python -m analysis.qca plot DATA.csv --outcome Y --nec-cond A --out XY.png
    python -m analysis.qca good-practice DATA.csv --outcome Y [--incl-cut 0.8] [--dir-exp 1,1,1] [--exclude 7,8]
        [--benchmark 0.9] [--ron-cut 0.5] [--skew-bounds 0.2,0.8] [--permutations N|exact [--seed N]]
        [--json | --csv]
    python -m analysis.qca calibrate RAW.csv --spec CALIBRATION.yaml [--keep COLS] [--out DATA.csv] [--json]
    python -m analysis.qca chain DATA.csv [--outcomes L,E] [--ordering "U, D < L < E" [--strict]] [--incl-cut 1]
        [--sol-cons 0] [--sol-cov 1] [--sol-depth N] [--minimal-only] [--drop-missing] [--json | --csv]

The CSV's case column (default 'case' if present, else an unnamed first column of row names) holds case
names; files as Excel, SPSS, R and pandas export them, workbooks (.xlsx, .xls, .ods; the first sheet, or --sheet NAME|N),
Stata (.dta) and SPSS (.sav) files, and JSON records or JSON Lines (calibrate --json, pandas'
to_json(orient='records'), with or without lines=True), are read by
`analysis.qca.read.read_data`. Errors: exit code 2 and one line
'error: ...' on stderr; warnings are printed as 'warning: ...' lines on stderr. SIGTERM (a scheduler's kill,
`timeout`) ends a run with one 'error: terminated (SIGTERM) ...' line and exit code 143 (SIGHUP, a closed terminal:
129), an --out file left as it was (no temporary file behind); Ctrl-C likewise with exit code 130. Output the encoding of standard
output cannot show (Chinese names under PYTHONIOENCODING=ascii or a cp1252 console) is an error too, not escaped, as is
output that cannot be written (a full disk, a closed standard output); with standard error closed (2>&-) the
warning and error lines are dropped, not printed into the results.
Numbers are written with the digits 0-9 (a sign, a point, an exponent): '1_000', '１０' or '1,000' are refused
(checks.int_text / float_text), as are YAML's 010 (octal), 0x10 and 1:30 in a --spec file (read.read_spec_file), and
its yes/no/on/off, which YAML 1.1 reads as true/false (Norway's code NO: quote it).

This module is main(): the exit statuses, the signals, the warnings and the one error line. The rest is in five
modules, each importing only those before it: cli_args (the parser, each flag's value read), cli_output (tables,
--json, --csv, figures and files written), cli_hints (an error line in the command line's words, and its hints),
cli_data (the flags' refusals before the data is read, the data read), cli_run (each command run).
"""
from __future__ import annotations

import gc
import re
import sys
import warnings
from concurrent.futures import BrokenExecutor

from .cli_args import _attach_dash_values, _commands, _prog, _repeated_flags, _UsageError, build_parser
from .cli_hints import (_cli_message, _command_hint, _glob_hint, _kept_quotes_hint, _left_out_hint,
                        _outcome_columns_hint, _outcome_hint, _pof_expression_hint, _r_only_flag, _required_hint,
                        _spec_flag_hint, _split_value_hint)
from .cli_output import _discard_stdout, _print_warnings
from .cli_run import _run
from .errors import QCAComplexityError, QCADataError, QCAInputError, bounded_message

__all__ = ["main", "build_parser"]


#: The collector's thresholds while the command runs (Python's default: (700, 10, 10)). The output of a large file is
#: built as a million lists and dicts that all live to the end (the truth table of 100,000 cases x 30 conditions);
#: at 700 allocations a young collection, Python ran 8 full collections over them, 0.5 s of its 4 s. The cycles the
#: engine leaves are still collected, in larger batches.
GC_THRESHOLDS = (100_000, 50, 100)


class _Terminated(BaseException):
    """SIGTERM or SIGHUP while the command runs (a job scheduler's kill, `timeout`, a closed terminal or ssh session),
    raised where the program is, so that what it was doing cleans up on its way out (atomic.write_atomic removes its
    temporary file). `signum`: the signal."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        import signal

        return signal.Signals(self.signum).name


def _raise_terminated(signum, frame):
    raise _Terminated(signum)


#: The signals that end a run through _Terminated (Python's default for them ends the process at once).
ENDING_SIGNALS = ("SIGTERM", "SIGHUP")


def _catch_sigterm():
    """SIGTERM and SIGHUP raise _Terminated while the command runs (Python's default ends the process at once:
    calibrate --out left its hidden temporary file beside the target); returns what puts the former handlers back.
    Only the main thread may set a handler: elsewhere nothing changes."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    before = {sig: signal.signal(sig, _raise_terminated)
              for sig in (getattr(signal, n, None) for n in ENDING_SIGNALS) if sig is not None}

    def restore():
        for sig, handler in before.items():
            signal.signal(sig, handler)
    return restore


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 success, 2 error, 143 ended by SIGTERM, 129 by SIGHUP, 130 by Ctrl-C)."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    restore = _catch_sigterm()
    closed = sys.stderr is None   # 2>&-: print(..., file=None) writes to standard output, into the results
    if closed:
        import os

        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    try:
        return _main(argv)
    except _Terminated as exc:   # while the output was printed: some of it may be out
        print(f"error: terminated ({exc.name}) while the output was printed: it is incomplete", file=sys.stderr)
        return 128 + exc.signum
    finally:   # a caller in the same process (a test, a notebook) keeps its own
        restore()
        gc.set_threshold(*before)
        if closed:
            sys.stderr.close()
            sys.stderr = None


def _main(argv: list[str] | None) -> int:
    parser = build_parser(_prog(argv))
    args = None
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(_attach_dash_values(argv))
        repeated = _repeated_flags(argv, parser, args.command)
        if repeated:
            raise _UsageError(repeated)
        if args.command is None:
            *names, last = _commands(parser)   # the parser's own list: a typed one left out chain
            raise _UsageError(f"choose a command: {', '.join(names)} or {last}")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                text = _run(args)
            finally:   # also when the run stops with an error: what the data warned of before it (e.g. a
                _print_warnings(caught)   # membership of 0.5) comes before the one error line
    except KeyboardInterrupt:
        print("error: interrupted (Ctrl-C)", file=sys.stderr)
        return 130
    except _Terminated as exc:   # nothing printed yet, and an --out file renamed only once complete
        print(f"error: terminated ({exc.name}) before the output was written", file=sys.stderr)
        return 128 + exc.signum
    except BrokenExecutor as exc:   # a worker process of --jobs died (joblib's TerminatedWorkerError)
        codes = re.search(r"exit codes of the workers are (\{[^}]*\})", str(exc))
        where = "; ".join([f"exit codes {codes[1]}"] * bool(codes) + getattr(exc, "__notes__", []))
        print("error: a worker process of --jobs ended unexpectedly" + (f" ({where})" if where else "")
              + ", e.g. killed for using too much memory; run again with fewer workers (--jobs 1: none, all in this "
              "process)", file=sys.stderr)
        return 2
    except (_UsageError, QCAInputError, QCAComplexityError) as exc:
        if isinstance(exc, _UsageError):
            r_only = _r_only_flag(str(exc), argv, parser)
            said = (f"{r_only or ' '.join(str(exc).split()) + _spec_flag_hint(str(exc), argv, parser)}"
                    f"{_command_hint(str(exc), parser)}{_outcome_hint(str(exc), argv)}{_split_value_hint(str(exc), argv)}"
                    f"{_pof_expression_hint(str(exc), argv, parser)}"
                    f"{_required_hint(str(exc), argv, parser)}{_outcome_columns_hint(str(exc), argv, parser)}"
                    f"{_kept_quotes_hint(str(exc), argv)}")
        else:
            said = (f"{_cli_message(str(exc), args, parser, isinstance(exc, QCADataError))}"
                    f"{_glob_hint(str(exc), args)}{_left_out_hint(str(exc), args)}{_kept_quotes_hint(str(exc), argv)}")
        print(f"error: {bounded_message(said)}", file=sys.stderr)   # argparse's own messages quote input whole
        return 2
    if sys.stdout is None:   # standard output closed (>&-): print() would drop the results and the run report success
        print("error: standard output is closed (>&-?): the results were not written; give the command a place to "
              "print to, e.g. > results.txt", file=sys.stderr)
        return 2
    try:
        print(text)
        sys.stdout.flush()   # a full disk shows here, not in a traceback at the interpreter's exit
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
    except UnicodeEncodeError as exc:  # nothing was written: the text is encoded whole before it is written
        encoding = getattr(sys.stdout, "encoding", None) or exc.encoding
        print(f"error: the output encoding {encoding!r} cannot show the output (e.g. "
              f"{ascii(exc.object[exc.start:exc.end])}); set PYTHONIOENCODING=utf-8 (or "
              "PYTHONUTF8=1; a Windows console also needs chcp 65001)"
              + ("; or write the file with --out FILE (UTF-8)" if getattr(args, "command", None) == "calibrate"
                 else ""), file=sys.stderr)
        return 2
    except OSError as exc:   # a full disk (ENOSPC), an I/O error of the file standard output was redirected to
        print(f"error: cannot write the output ({exc.strerror or exc}): the results are incomplete or missing",
              file=sys.stderr)
        _discard_stdout()
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
