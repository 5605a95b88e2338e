"""Seeded fuzzer of the QCA engine's command line (`python -m analysis.qca`): the larger runs behind
tests/test_qca_cli_fuzz.py, run by hand, not in the suite.

    .venv/bin/python tools/fuzz_cli.py files --seed 0 --runs 500    # valid CSVs mutated as real files go wrong
    .venv/bin/python tools/fuzz_cli.py flags --seed 0 --runs 1000    # random flag combinations of every command
    .venv/bin/python tools/fuzz_cli.py flags --seed 1 --runs 1000 --without-chinese

`files` takes the files of data/reference/datasets and mutates them (byte order marks, UTF-16, Latin-1 / GBK bytes,
CR and CRLF line ends, other separators, decimal commas, quotes, blank / ragged rows, trailing commas, odd numbers and
labels, NUL bytes, JSON records and lines, and since round 39 full-width commas and digits, Chinese headers and case
names, headers padded with no-break or ideographic spaces, ...); a mutation that keeps the meaning (a byte order
mark, CRLF, padded cells, ...) must give the clean file's output, one that breaks it must be refused. `flags` gives
each command 1-4 flags (its own or another command's) with values from a pool of wrong ones (since round 39 also
full-width punctuation, Chinese names, R's c(...), 100,000 letters, and for --spec the odd YAML files of SPECS).
Every run is checked against the CLI's promise: exit status 0 with only `warning:` lines on stderr, or 2 with one
`error:` line, none longer than LONGEST_LINE characters; never an exception. Each distinct problem is printed once; the exit status is 1 if any was found.
Files are written to a temporary folder. With --without-chinese, the same runs list instead each distinct error,
warning and note line the workshop has no Chinese line for (engine_error_zh, engine_warning_zh, engine_note_zh), with
a command line that gives it (without_chinese).
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import random
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.qca.cli import _commands, build_parser, main  # noqa: E402

DATA = "data/reference/datasets"
LONGEST_LINE = 2000   # an error or warning line past this many characters is a problem (100,000 letters quoted whole)
FILE_RUNS = {   # command line of each data file (the file goes after the command)
    "LF": ("LF.csv", ["truth-table", "--outcome", "SURV", "--incl-cut", "0.8"]),
    "LC": ("LC.csv", ["minimize", "--outcome", "SURV", "--include", "?"]),
    "LM": ("LM.csv", ["necessity", "--outcome", "SURV"]),
    "LR": ("LR.csv", ["calibrate", "--spec", "docs/examples/LR_calibration.yaml"]),
}


def run(argv: list[str]) -> tuple[object, str, str]:
    """main(argv) in this process: (exit status or 'exception', stdout, stderr or the traceback)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    except BaseException:   # noqa: BLE001 - what the fuzzer looks for
        return "exception", out.getvalue(), traceback.format_exc()
    return code, out.getvalue(), err.getvalue()


def broken_promise(code, err: str) -> str:
    """'' when the run kept the CLI's promise, else what went wrong."""
    lines = [line for line in err.splitlines() if line.strip()]
    if code == "exception":
        return "exception: " + err.strip().splitlines()[-1]
    if code not in (0, 2):
        return f"exit status {code}"
    errors = [line for line in lines if line.startswith("error: ")]
    if code == 2 and (len(errors) != 1 or lines[-1] != errors[0]
                      or any(not line.startswith(("warning: ", "error: ")) for line in lines)):
        return "not one error line"   # warnings the run gave before it stopped may come first, by design
    if any(len(line) > LONGEST_LINE for line in lines):
        return f"a line of {max(map(len, lines)):,} characters on stderr"
    if code == 0 and any(not line.startswith(("warning: ", "note: ")) for line in lines):
        return "stderr holds more than warning and note lines"   # note: --drop-missing's cases, calibrate's columns
    return ""


def to_csv(rows, sep=",", quote_all=False, eol="\n") -> str:
    def cell(c):
        return '"' + c.replace('"', '""') + '"' if quote_all or any(ch in c for ch in (sep, '"', "\n", "\r")) else c
    return eol.join(sep.join(cell(c) for c in r) for r in rows) + eol


def mutations(rng: random.Random):
    """name -> (rows -> bytes, 'same' | 'error' | 'any')."""
    def value(v, expect):
        def f(rows):
            i, j = rng.randrange(1, len(rows)), rng.randrange(1, len(rows[0]))
            rows[i][j] = v
            return to_csv(rows).encode()
        return f, expect

    def at(rows, i, j, v):
        rows[i][j] = v
        return rows

    return {
        "bom": (lambda r: b"\xef\xbb\xbf" + to_csv(r).encode(), "same"),
        "bom twice": (lambda r: b"\xef\xbb\xbf" * 2 + to_csv(r).encode(), "same"),
        "utf-16": (lambda r: to_csv(r).encode("utf-16"), "same"),
        "utf-16 without bom": (lambda r: to_csv(r).encode("utf-16-le"), "error"),
        "latin-1 name": (lambda r: to_csv(at(r, 1, 0, "Zürich")).encode("latin-1"), "error"),
        "gbk name": (lambda r: to_csv(at(r, 1, 0, "中国")).encode("gbk"), "error"),
        "crlf": (lambda r: to_csv(r, eol="\r\n").encode(), "same"),
        "cr": (lambda r: to_csv(r, eol="\r").encode(), "same"),
        "no final line end": (lambda r: to_csv(r).rstrip("\n").encode(), "same"),
        "semicolons": (lambda r: to_csv(r, sep=";").encode(), "error"),
        "tabs": (lambda r: to_csv(r, sep="\t").encode(), "error"),
        "pipes": (lambda r: to_csv(r, sep="|").encode(), "error"),
        "blanks": (lambda r: to_csv(r, sep=" ").encode(), "error"),
        "quote all": (lambda r: to_csv(r, quote_all=True).encode(), "same"),
        "padded header": (lambda r: to_csv([[f" {c}  " for c in r[0]]] + r[1:]).encode(), "same"),
        "padded cells": (lambda r: to_csv([r[0]] + [[f" {c} " for c in row] for row in r[1:]]).encode(), "same"),
        "blank line": (lambda r: to_csv(r[:3] + [[]] + r[3:]).encode(), "same"),
        "sep=, line": (lambda r: ("sep=,\n" + to_csv(r)).encode(), "same"),
        "json records": (lambda r: json.dumps([dict(zip(r[0], row)) for row in r[1:]]).encode(), "any"),
        "json lines": (lambda r: "\n".join(json.dumps(dict(zip(r[0], row))) for row in r[1:]).encode(), "any"),
        "duplicate header": (lambda r: to_csv(at(r, 0, 2, r[0][1])).encode(), "error"),
        "short row": (lambda r: to_csv(r[:3] + [r[3][:-1]] + r[4:]).encode(), "error"),
        "long row": (lambda r: to_csv(r[:3] + [r[3] + ["0.5"]] + r[4:]).encode(), "error"),
        "trailing comma on the data": (lambda r: to_csv([r[0]] + [row + [""] for row in r[1:]]).encode(), "error"),
        "trailing comma on the header": (lambda r: to_csv([r[0] + [""]] + r[1:]).encode(), "error"),
        "header repeated": (lambda r: to_csv(r + [r[0]]).encode(), "error"),
        "case twice": (lambda r: to_csv(at(r, 2, 0, r[1][0])).encode(), "error"),
        "nul byte": (lambda r: to_csv(r).encode().replace(b",", b"\x00,", 1), "error"),
        "empty": (lambda r: b"", "error"),
        "header only": (lambda r: to_csv(r[:1]).encode(), "error"),
        "random byte": (lambda r: (lambda b, k: b[:k] + bytes([rng.randrange(256)]) + b[k + 1:])(
            to_csv(r).encode(), rng.randrange(len(to_csv(r)))), "any"),
        **{f"cell {v!r}": value(v, "error") for v in ("inf", "nan", "1e400", "TRUE", "yes", "是", "１", "0x1", "1_0",
                                                       "50%", "", "NA", "#N/A", "=1/2", "\u22120.5", "x" * 200_000)},
        **{f"cell {v!r}": value(v, "any") for v in ("-0.3", "1e308", "+0.5", ".5", "5e-1", "0.5\u00a0")},
        # round 39: a Chinese keyboard's full-width forms and names, and headers as people type them
        "full-width commas": (lambda r: to_csv(r, sep="\uff0c").encode(), "error"),
        "chinese header": (lambda r: to_csv(at(r, 0, 1, "发展 水平")).encode(), "any"),
        "header with a blank inside": (lambda r: to_csv(at(r, 0, 1, r[0][1][:1] + " " + r[0][1][1:])).encode(), "any"),
        "header padded with nbsp": (lambda r: to_csv([[f"\u00a0{c}\u3000" for c in r[0]]] + r[1:]).encode(), "any"),
        "chinese case names": (lambda r: to_csv([r[0]] + [[f"国家{i}", *row[1:]] for i, row in enumerate(r[1:])]).encode(),
                               "any"),
        **{f"cell {v!r}": value(v, "error") for v in ("０.５", "0，5", "0．5", "－0.5", "1/2", "½", "0.5.1", "None", "null",
                                                       "NaN", "-inf", "1e-400x", "0x", "（0.5）")},
        **{f"cell {v!r}": value(v, "any") for v in ("1e-320", "-0", "0.50000000000000000001", "1.0", "０")},
    }


def fuzz_files(rng: random.Random, runs: int, folder: Path) -> dict:
    table = mutations(rng)
    names = sorted(table)
    problems: dict = {}
    for k in range(runs):
        key = rng.choice(sorted(FILE_RUNS))
        name, argv = FILE_RUNS[key]
        clean = f"{DATA}/{name}"
        how = names[k % len(names)] if k < len(names) else rng.choice(names)
        make, expect = table[how]
        rows = [list(r) for r in csv.reader(io.StringIO((ROOT / clean).read_text(encoding="utf-8")))]
        path = folder / f"{key}_{k}.csv"
        path.write_bytes(make(rows))
        code, out, err = run([argv[0], str(path), *argv[1:]])
        problem = broken_promise(code, err)
        if not problem and expect == "same":
            ref = run([argv[0], str(ROOT / clean), *argv[1:]])
            if code != 0 or out != ref[1]:
                problem = "not the clean file's output"
        if not problem and expect == "error" and code == 0 and not (key == "LR" and how.startswith("cell")):
            problem = "accepted"   # (LR: raw values, and calibrate reads only the columns its specification names)
        if problem and (how, problem) not in problems:
            problems[(how, problem)] = (path, err.strip().splitlines()[-1] if err.strip() else "")
    return problems


VALUES = ["", " ", "0", "1", "-1", "2", "0.5", "1.5", "-0.1", "nan", "inf", "1e400", "abc", "？", "1,0", "0.9,0.6", "-",
          "?", "C", "?,C", "DEV", "~DEV", "DEV*URB", "DEV+", "SURV", "1,1,1,1,1", "DEV=1", "7,8", "10:12", "１", "0x10",
          "1_0", "True", "typical", "csa", "M1", "incl", "-incl", "count", "LIT,STB", "CASE", "WAVE", "case", "x" * 300,
          "DEV,DEV", "99999999999999999999", "a\nb", "/nonexistent/x.csv", "~nosuchuser/x.yaml", "DEV{1}", "SURV{1}", "DEV[1]", "~SURV",
          # round 39: what users type (full-width punctuation from a Chinese keyboard, Chinese names, R's forms)
          "-inf", "-0.0", "1e-320", "0，8", "０.８", "DEV，URB", "DEV＊URB", "～DEV", "DEV；URB", "发展", "DEV URB", " DEV ",
          "c(1,1,1,1,1)", "TRUE", "None", "null", "[]", "{}", "(" * 3000 + "DEV", "DEV + " * 3000 + "URB", "," * 20_000,
          "x" * 100_000]

#: --spec files of odd types (round 39): YAML as people write it by hand, each a robustness or calibrate spec gone wrong.
SPECS = {
    "outcome list": "outcome: [SURV]\nconditions: [DEV, URB]\ntests:\n  - {n_cut: 2}\n",
    "conditions number": "outcome: SURV\nconditions: 5\ntests:\n  - {n_cut: 2}\n",
    "incl_cut text": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: '0,8'\ntests:\n  - {n_cut: 2}\n",
    "incl_cut inf": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: .inf\ntests:\n  - {n_cut: 2}\n",
    "incl_cut nan": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: .nan\ntests:\n  - {n_cut: 2}\n",
    "incl_cut yes": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: yes\ntests:\n  - {n_cut: 2}\n",
    "tests mapping": "outcome: SURV\nconditions: [DEV, URB]\ntests: {n_cut: 2}\n",
    "tests numbers": "outcome: SURV\nconditions: [DEV, URB]\ntests: [1, 2]\n",
    "tests empty": "outcome: SURV\nconditions: [DEV, URB]\ntests: []\n",
    "test value list": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n  - {incl_cut: [0.7, 0.8]}\n",
    "test date": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n  - {label: 2024-01-01, n_cut: 2}\n",
    "test null": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n  - null\n",
    "drop_cases number": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n  - {drop_cases: 3}\n",
    "calibrate list": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n  - {calibrate: [DEV]}\n",
    "range step 0": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: 0.8\ntests:\n  - {n_cut: 2}\nranges:\n"
                    "  - {parameter: incl_cut, step: 0, max_runs: 5}\n",
    "range step negative": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: 0.8\ntests:\n  - {n_cut: 2}\nranges:\n"
                           "  - {parameter: incl_cut, step: -0.01, max_runs: 5}\n",
    "range max_runs huge": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: 0.8\ntests:\n  - {n_cut: 2}\nranges:\n"
                           "  - {parameter: incl_cut, step: 0.01, max_runs: 1.0e+30}\n",
    "range parameter list": "outcome: SURV\nconditions: [DEV, URB, LIT]\nincl_cut: 0.8\ntests:\n  - {n_cut: 2}\nranges:\n"
                            "  - {parameter: [incl_cut], step: 0.01}\n",
    "anchor and alias": "base: &b {n_cut: 2}\noutcome: SURV\nconditions: [DEV, URB]\ntests:\n  - *b\n  - *b\n",
    "duplicate key": "outcome: SURV\noutcome: URB\nconditions: [DEV, URB]\ntests:\n  - {n_cut: 2}\n",
    "tab indent": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n\t- {n_cut: 2}\n",
    "full-width colon": "outcome： SURV\nconditions: [DEV, URB]\ntests:\n  - {n_cut: 2}\n",
    "chinese keys": "结果: SURV\n条件: [DEV, URB]\n",
    "top-level list": "- outcome: SURV\n",
    "top-level scalar": "SURV\n",
    "empty": "",
    "comment only": "# nothing\n",
    "not yaml": "outcome: [SURV\n",
    "latin-1 bytes": "outcome: SURV\nconditions: [DEV, URB]\ntests:\n  - {label: Z\u00fcrich, n_cut: 2}\n",
    "calibration thresholds list": "DEV: {thresholds: [350, 550, 850]}\n",
    "calibration thresholds mapping": "DEV: {thresholds: {e: 350, c: 550, i: 850}}\n",
    "calibration type number": "DEV: {type: 1, thresholds: 550}\n",
    "calibration rule null": "DEV: null\n",
    "calibration source number": "DEV: {source: 3, thresholds: 'e=350, c=550, i=850'}\n",
    "calibration huge": "DEV: {thresholds: 'e=1e308, c=1e308, i=1e308'}\n",
}


def spec_files(folder: Path) -> list[str]:
    """SPECS written into `folder` (the Latin-1 one as Latin-1 bytes), their paths in SPECS' order."""
    paths = []
    for k, (name, text) in enumerate(SPECS.items()):
        path = folder / f"spec_{k}.yaml"
        path.write_bytes(text.encode("latin-1" if name == "latin-1 bytes" else "utf-8"))
        paths.append(str(path))
    return paths
BASE = {
    "minimize": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8"],
    "truth-table": [f"{DATA}/LF.csv", "--outcome", "SURV"],
    "necessity": [f"{DATA}/LF.csv", "--outcome", "SURV"],
    "super-subset": [f"{DATA}/LF.csv", "--outcome", "SURV"],
    "pof": [f"{DATA}/LF.csv", "--outcome", "SURV", "--expression", "DEV*URB"],
    "find-rows": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8", "--type", "csa"],
    "esa": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8"],
    "chart": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8"],
    "robustness": [f"{DATA}/LF.csv", "--spec", "docs/examples/LF_sweeps.yaml", "--raw", f"{DATA}/LR.csv"],
    "cases": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical"],
    "theory": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*STB"],
    "cluster": ["data/reference/r-setmethods/LF_panel.csv", "--outcome", "SURV", "--expression", "DEV*~IND",
                "--unit", "CASE", "--cluster", "WAVE"],
    "calibrate": [f"{DATA}/LR.csv", "--spec", "docs/examples/LR_calibration.yaml"],
    "plot": [f"{DATA}/LF.csv", "--outcome", "SURV", "--incl-cut", "0.8"],   # and --out, a file in the run's folder
    "chain": [f"{DATA}/d.educate.csv"],
}


def fuzz_flags(rng: random.Random, runs: int, folder: Path) -> dict:
    parser = build_parser()
    actions = {name: [a for a in sub._actions if a.option_strings and "--help" not in a.option_strings]
               for name, sub in _commands(parser).items()}
    every = sorted({o for acts in actions.values() for a in acts for o in a.option_strings if o.startswith("--")})
    specs = spec_files(folder)
    problems: dict = {}
    for _ in range(runs):
        command = rng.choice(sorted(BASE))
        argv = [command, *BASE[command]] + (["--out", str(folder / "xy.png")] if command == "plot" else [])
        for _ in range(rng.randint(1, 4)):
            action = rng.choice(actions[command]) if rng.random() < 0.8 else None
            flag = max(action.option_strings, key=len) if action else rng.choice(every)
            if action is not None and action.nargs == 0:
                argv.append(flag)
                continue
            choices = list(action.choices) if action is not None and action.choices else []
            value = str(rng.choice(choices)) if choices and rng.random() < 0.5 else rng.choice(VALUES)
            if flag in ("--out", "--plot"):   # never into the checkout (calibrate and plot's --out, robustness --plot)
                value = str(folder / (value.replace("/", "_")[:100] or "out.csv"))
            if flag == "--spec" and rng.random() < 0.7:   # replaces the command's own --spec (argparse: the last)
                value = rng.choice(specs)
            argv += [f"{flag}={value}"] if rng.random() < 0.3 else [flag, value]
        problem = broken_promise(*run(argv)[::2])
        if problem and (command, problem) not in problems:
            problems[(command, problem)] = (" ".join(argv), "")
    return problems


def _line_zh(line: str) -> str | None:
    """The workshop's Chinese line for a line the command writes on stderr ('error: ...', 'warning: ...', 'note: ...':
    a note is a QCAWarning in Python, or a note of an answer), or None."""
    from analysis.qca import QCAInputError
    from analysis.workshop import engine_error_zh, engine_note_zh, engine_warning_zh

    kind, message = line.split(": ", 1)
    return (engine_error_zh(QCAInputError(message)) if kind == "error" else engine_warning_zh(message)
            if kind == "warning" else engine_note_zh(message) or engine_warning_zh(message))


def without_chinese(what: str, seed: int, runs: int) -> tuple[int, dict]:
    """The runs of `what` ('files' or 'flags') main_ makes with `seed`: the number of distinct error, warning and note
    lines they write, and each of those the workshop has no Chinese line for (_line_zh) -> a command line giving it."""
    global run
    heard: list = []
    plain = run

    def listening(argv):
        code, out, err = plain(argv)
        heard.append((argv, "" if code == "exception" else err))
        return code, out, err

    run = listening
    try:
        with tempfile.TemporaryDirectory(prefix="fuzz_cli_") as tmp:
            (fuzz_files if what == "files" else fuzz_flags)(random.Random(seed), runs, Path(tmp))
    finally:
        run = plain
    said: set = set()
    found: dict = {}
    for argv, err in heard:
        for line in err.splitlines():
            if line.startswith(("error: ", "warning: ", "note: ")) and line not in said:
                said.add(line)
                if _line_zh(line) is None:
                    found[line] = " ".join(a if len(a) <= 80 else a[:80] + "…" for a in argv)
    return len(said), found


def main_(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("what", choices=("files", "flags"))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--runs", type=int, default=300)
    p.add_argument("--without-chinese", action="store_true", help="list the error, warning and note lines of the "
                                                                   "runs the workshop has no Chinese line for")
    args = p.parse_args(argv)
    if args.without_chinese:
        said, found = without_chinese(args.what, args.seed, args.runs)
        for line, where in found.items():
            print(f"{where}\n    {line[:500]}")
        print(f"{args.runs} runs: {said} distinct error, warning and note lines, {len(found)} without a Chinese line")
        return 1 if found else 0
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="fuzz_cli_") as tmp:
        found = (fuzz_files if args.what == "files" else fuzz_flags)(rng, args.runs, Path(tmp))
        for (how, problem), (where, said) in found.items():
            print(f"{how}: {problem}\n    {where}\n    {said[:300]}")
    print(f"{args.runs} runs, {len(found)} distinct problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main_())
