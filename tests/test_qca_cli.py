"""The command line (`python -m analysis.qca`): JSON and R-like output, and one-line errors with exit code 2."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from analysis.paths import ROOT
from analysis.qca import minimize, read_data, truth_table
from analysis.qca.cli import main
from _cli import run

DATASETS = ROOT / "data" / "reference" / "datasets"
LF = str(DATASETS / "LF.csv")
CONDS = "DEV,URB,LIT,IND,STB"


def test_minimize_json_matches_the_api(capsys):
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--json")
    assert code == 0 and err == ""
    d = json.loads(out)
    tt = truth_table(pd.read_csv(LF), "SURV", incl_cut=0.8, case_column="case")
    sol = minimize(tt, "?")
    assert [r["row"] for r in d["truth_table"]] == tt.row_ids
    assert d["truth_table"][0]["cases"] == ["GR", "PT", "ES"]
    assert [m["terms"] for m in d["models"]] == [list(m.terms) for m in sol.models] == [["DEV*~IND", "URB*STB"]]
    fit = d["models"][0]["term_fit"][0]
    assert set(fit) >= {"term", "inclS", "PRI", "covS", "covU"}
    assert fit["inclS"] == pytest.approx(0.8148148, abs=1e-6)
    assert d["models"][0]["solution_fit"]["covS"] == pytest.approx(0.7136150, abs=1e-6)


def test_intermediate_with_named_expectations(capsys):
    code, out, _ = run(capsys, "minimize", LF, "--outcome", "SURV", "--conditions", CONDS, "--incl-cut", "0.8",
                       "--include", "?", "--dir-exp", "DEV=1,URB=1,LIT=1,IND=1,STB=1", "--json")
    assert code == 0
    d = json.loads(out)
    assert d["kind"] == "intermediate"
    assert [m["terms"] for m in d["models"]] == [["DEV*URB*LIT*STB", "DEV*LIT*~IND*STB"]]
    easy = d["intermediate"]["C1P1"]["easy_counterfactuals"]   # {n_rows, rows (up to --rows-limit)}
    assert easy["n_rows"] == 1 and easy["rows"] == [30]


def test_negate_outcome_flag_equals_tilde(capsys):
    _, a, _ = run(capsys, "minimize", LF, "--outcome", "SURV", "--negate-outcome", "--incl-cut", "0.8", "--json")
    _, b, _ = run(capsys, "minimize", LF, "--outcome", "~SURV", "--incl-cut", "0.8", "--json")
    assert json.loads(a)["models"] == json.loads(b)["models"]
    assert json.loads(a)["models"][0]["terms"] == ["~DEV*~URB*~IND", "DEV*LIT*IND*~STB"]


def test_r_like_text_output(capsys):
    code, out, _ = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?")
    assert code == 0
    assert "M1: DEV*~IND + URB*STB -> SURV" in out
    code, out, _ = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8")
    assert code == 0 and "OUT: output value" in out and "BE,CZ,NL,UK" in out


def test_truth_table_json_with_contradictions(capsys):
    code, out, _ = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8,0.5", "--n-cut", "1",
                       "--json")
    d = json.loads(out)
    assert code == 0 and d["incl_cut"] == [0.8, 0.5]
    assert [r["row"] for r in d["rows"] if r["OUT"] == "C"] == [5, 6, 24]


def test_necessity_subcommand(capsys):
    code, out, _ = run(capsys, "necessity", LF, "--outcome", "SURV", "--json")
    assert code == 0
    assert "LIT" in out and json.loads(out)


def test_necessity_benchmark_flag_is_the_api_benchmark(capsys):
    """necessity(benchmark=...) had no flag: the CLI flagged inclN >= 0.9 only."""
    from analysis.qca import necessity

    code, out, err = run(capsys, "necessity", LF, "--outcome", "SURV", "--benchmark", "0.8", "--json")
    api = necessity(pd.read_csv(LF, dtype={"case": str}).set_index("case"), "SURV", benchmark=0.8)
    assert code == 0 and json.loads(out) == json.loads(json.dumps(api.to_dict()))
    assert [r["condition"] for r in json.loads(out)["rows"] if r["necessary"]] == ["DEV", "LIT", "STB"]
    code, out, err = run(capsys, "necessity", LF, "--outcome", "SURV", "--benchmark", "1.5")
    assert code == 2 and err == "error: argument --benchmark: must be a number in [0, 1], got '1.5'\n"


def test_case_column_option(tmp_path, capsys):
    df = pd.read_csv(LF).rename(columns={"case": "country"})
    path = tmp_path / "lf.csv"
    df.to_csv(path, index=False)
    code, out, _ = run(capsys, "truth-table", str(path), "--outcome", "SURV", "--case-column", "country",
                       "--incl-cut", "0.8", "--json")
    assert code == 0 and json.loads(out)["rows"][0]["cases"] == ["GR", "PT", "ES"]


@pytest.mark.parametrize("outcome", ["SURV", "~SURV", " ~SURV", "SURV{1} ", "~ SURV {1}"])
def test_case_column_that_is_the_outcome_however_the_outcome_is_written(capsys, outcome):
    # the CLI reads the outcome's column with the library's parser (data._parse_outcome): ' ~SURV' and 'SURV{1} '
    # (spaces the library accepts) name SURV too, not a column the case column could be
    code, out, err = run(capsys, "truth-table", LF, "--outcome", outcome, "--case-column", "SURV")
    assert code == 2 and out == ""
    assert err == ("error: --case-column SURV: that column is the outcome; the case column holds the cases' names "
                   "(default: 'case')\n")


@pytest.mark.parametrize("outcome,same_as", [
    ("~SURV", ["SURV", "--negate-outcome"]), (" ~SURV", ["SURV", "--negate-outcome"]), ("SURV ", ["SURV"])])
def test_necessity_pairs_default_conditions_leave_out_the_outcome_however_written(capsys, outcome, same_as):
    # typical-deviant consistency pairs match within truth table rows of the other columns: the outcome column is
    # left out of them whether it is written 'SURV', '~SURV' or with spaces the library accepts
    cmd = ["cases", LF, "--nec-cond", "LIT", "--pairs", "typical-deviant-consistency", "--outcome"]
    code, out, err = run(capsys, *cmd, outcome)
    expected = run(capsys, *cmd, *same_as)
    assert expected[0] == 0 and "TT_SURV" not in expected[1]
    assert (code, out, err) == expected


@pytest.mark.parametrize("argv,needle", [
    (["minimize", "nope.csv", "--outcome", "Y"], "nope.csv: file not found"),
    (["minimize", LF], "the following arguments are required: --outcome"),
    ([], "choose a command"),
    (["minimize", LF, "--outcome", "SURV", "--incl-cut", "high"], "--incl-cut must be a number"),
    (["minimize", LF, "--outcome", "SURV", "--incl-cut", "1.5"], "--incl-cut must lie in [0, 1]"),
    (["minimize", LF, "--outcome", "SURV", "--conditions", "DEV,GDP"], "LF.csv: unknown condition: 'GDP'"),
    (["minimize", LF, "--outcome", "SURV", "--include", "?", "--dir-exp", "1,1"], "--dir-exp '1,1' gives 2 value(s) for 5 conditions"),
    (["minimize", LF, "--outcome", "SURV", "--n-cut", "two"], "--n-cut: must be a positive whole number, got 'two'"),
    # argparse said "invalid int value: '1.5'" / "invalid float value: '0,5'": not what is allowed
    (["minimize", LF, "--outcome", "SURV", "--n-cut", "1.5"], "--n-cut: must be a positive whole number, got '1.5'"),
    (["truth-table", LF, "--outcome", "SURV", "--pri-cut", "0,5"],
     "--pri-cut: must be a number in [0, 1], got '0,5'; write decimals with a point, e.g. 0.5"),
    (["necessity", LF, "--outcome", "SURV", "--benchmark", "high"], "--benchmark: must be a number in [0, 1], got 'high'"),
    (["super-subset", LF, "--outcome", "SURV", "--cov-cut", "2"], "--cov-cut: must be a number in [0, 1], got '2'"),
    (["minimize", LF, "--outcome", "SURV"], "no positive row to minimise"),
    (["truth-table", str(DATASETS / "d.BWB.csv"), "--outcome", "CAN"], "missing values in column(s)"),
    (["truth-table", LF, "--outcome", "SURV", "--case-column", "id"], "case column 'id' is not in"),
    # a cut-off typed as a report writes it: the API's incl_cut='80%' was told 'a percentage? write 0.8', the flags not
    (["truth-table", LF, "--outcome", "SURV", "--incl-cut", "80%"],
     "--incl-cut must be a number or two numbers 'ic1,ic0', got '80%'; a percentage? write 0.8"),
    (["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.9,60 %"], "got '0.9,60 %'; a percentage? write 0.6"),
    (["truth-table", LF, "--outcome", "SURV", "--pri-cut", "51%"],
     "--pri-cut: must be a number in [0, 1], got '51%'; a percentage? write 0.51"),
    (["necessity", LF, "--outcome", "SURV", "--benchmark", "90%"], "got '90%'; a percentage? write 0.9"),
    # the value as typed, not the float read ('got 80.0', 'got (0.9, 60.0)')
    (["truth-table", LF, "--outcome", "SURV", "--incl-cut", "80"],
     "--incl-cut must lie in [0, 1], got '80'; a percentage? write 0.8"),
    (["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.9,60"], "got '0.9,60'; a percentage? write 0.6"),
])
def test_errors_are_one_line_with_exit_code_2(capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], err


def test_empty_file_is_an_error(tmp_path, capsys):
    path = tmp_path / "empty.csv"
    path.write_text("")
    code, _, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.strip() == f"error: {path}: the file is empty"


def test_warnings_are_printed_as_lines(tmp_path, capsys):
    df = pd.read_csv(LF).assign(LIT=1.0)
    path = tmp_path / "const.csv"
    df.to_csv(path, index=False)
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "SURV", "--incl-cut", "0.8")
    assert code == 0 and err.startswith("warning: condition 'LIT' is constant")


def test_module_entry_point_runs():
    proc = subprocess.run([sys.executable, "-m", "analysis.qca", "minimize", LF, "--outcome", "SURV",
                           "--incl-cut", "0.8", "--include", "?", "--json"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["models"][0]["terms"] == ["DEV*~IND", "URB*STB"]
    bad = subprocess.run([sys.executable, "-m", "analysis.qca", "minimize", LF], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("error: ")


def test_choose_a_command_names_every_command(capsys):
    """Without a command the CLI said 'choose a command: ...' from a typed list, which left out chain (added this
    round) while --help listed it: the list is now the parser's own, so every command is named, in --help's order."""
    from analysis.qca.cli import _commands, build_parser

    code, out, err = run(capsys)
    names = list(_commands(build_parser("qca")))
    assert code == 2 and "chain" in names and "pofind" in names
    assert err.strip().endswith(f"choose a command: {', '.join(names[:-1])} or {names[-1]}"), err


def test_calibrate_writes_what_the_api_computes_and_the_other_commands_read(capsys, tmp_path):
    """`calibrate` turns raw values into memberships with calibrate_frame(): the CSV it writes (all or nothing,
    to --out) holds the case names and the sets, and truth-table reads it as it reads any data file."""
    from analysis.qca import calibrate
    from analysis.qca.read import read_spec_file

    spec_file = ROOT / "docs" / "examples" / "LR_calibration.yaml"
    out = tmp_path / "sub" / "LF_mine.csv"
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec_file), "--out", str(out))
    assert code == 0 and err == "" and text.startswith(f"wrote {out}: 18 cases, sets DEV, URB, LIT, IND, STB, SURV")
    mine = pd.read_csv(out)
    lr = pd.read_csv(DATASETS / "LR.csv")
    assert list(mine.columns) == ["case", "DEV", "URB", "LIT", "IND", "STB", "SURV"]
    assert list(mine["case"]) == list(lr["case"])
    for name, rule in read_spec_file(spec_file).items():
        expected = calibrate(lr[rule.get("source", name)].astype(float), **{k: v for k, v in rule.items() if k != "source"})
        assert (mine[name] - expected).abs().max() < 1e-9, name
    code, text, err = run(capsys, "truth-table", str(out), "--outcome", "SURV", "--incl-cut", "0.8", "--json")
    assert code == 0 and len(json.loads(text)["rows"]) > 0
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec_file), "--keep", "SURV",
                          "--json")
    assert code == 2 and err.startswith("error: --keep SURV: already a set of")   # SURV would appear twice
    lf = tmp_path / "LF_with_raw_gdp.csv"
    pd.read_csv(DATASETS / "LR.csv").rename(columns={"DEV": "GDP"}).to_csv(lf, index=False)
    spec = tmp_path / "dev.json"
    spec.write_text('{"DEV": {"source": "GDP", "thresholds": "e=350, c=550, i=850"}}', encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(lf), "--spec", str(spec), "--keep", "URB")
    assert code == 0 and text.splitlines()[0] == "case,URB,DEV"
    rwrite = tmp_path / "lr_write_csv.csv"   # R's write.csv: case names in an unnamed first column
    pd.read_csv(DATASETS / "LR.csv").set_index("case").rename_axis(None).to_csv(rwrite)
    code, text, err = run(capsys, "calibrate", str(rwrite), "--spec", str(spec_file))
    assert code == 0 and text.splitlines()[0] == "case,DEV,URB,LIT,IND,STB,SURV" and text.splitlines()[1].startswith("AU,")


def test_calibrate_refuses_to_write_over_its_raw_data(capsys, tmp_path, monkeypatch):
    """calibrate RAW.csv --out RAW.csv (a typo, or 'update the file in place') replaced the raw values by the
    memberships, exit 0: the raw data were gone. Now refused, however the path is spelt, the file untouched."""
    raw = tmp_path / "raw.csv"
    raw.write_bytes((DATASETS / "LR.csv").read_bytes())
    before = raw.read_bytes()
    spec = str(ROOT / "docs" / "examples" / "LR_calibration.yaml")
    monkeypatch.chdir(tmp_path)
    for out in (str(raw), "raw.csv", "./sub/../raw.csv"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        code, text, err = run(capsys, "calibrate", str(raw), "--spec", spec, "--out", out)
        assert code == 2 and text == "" and err.count("\n") == 1, (out, err)
        assert err.startswith(f"error: --out {out}: that is the raw data file {raw}; writing the memberships there "
                              "would replace the raw values: name another file"), err
        assert raw.read_bytes() == before
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", spec, "--out", "mine.csv")
    assert code == 0 and (tmp_path / "mine.csv").exists() and raw.read_bytes() == before


def test_calibrate_json_writes_kept_numbers_as_numbers(capsys, tmp_path):
    """calibrate --json: a kept column of numbers (a calibrated outcome, a raw score) is written as JSON numbers, a
    blank cell as null; codes with leading zeros and text stay strings (the kept columns were all strings:
    "SURV": "-9")."""
    raw = tmp_path / "raw.csv"
    raw.write_text("case,GDP,SURV,SCORE,CODE,NOTE\na,100,1,2.5,007,x\nb,300,0,,012,\nc,200,1,-1e2,3,y\n",
                   encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('GDP: {thresholds: "e=100, c=250, i=300"}\n', encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "SURV,SCORE,CODE,NOTE",
                          "--json")
    assert code == 0, err
    rows = json.loads(text)
    assert [r["SURV"] for r in rows] == [1, 0, 1] and all(type(r["SURV"]) is int for r in rows)
    assert [r["SCORE"] for r in rows] == [2.5, None, -100.0]
    assert [r["CODE"] for r in rows] == ["007", "012", "3"] and [r["NOTE"] for r in rows] == ["x", "", "y"]
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "SURV,SCORE,CODE")
    # the CSV: kept cells as written, memberships exactly as the JSON's (0.05000000000000005, not 0.05)
    assert code == 0 and text.splitlines()[1:3] == [f"a,1,2.5,007,{rows[0]['GDP']!r}", f"b,0,,012,{rows[1]['GDP']!r}"]
    assert abs(rows[0]["GDP"] - 0.05) < 1e-12 and abs(rows[1]["GDP"] - 0.95) < 1e-12


@pytest.mark.parametrize("command", ["minimize", "esa", "chart", "cases", "theory"])
def test_every_command_that_minimises_takes_the_budget_it_names(command, capsys):
    """A refusal says 'raise max_work (CLI: --max-work)': esa, chart, cases and theory minimise too and gave that
    advice, but refused the flag ('unrecognized arguments: --max-work'). Each takes --jobs and every budget now."""
    data = str(ROOT / "benchmarks" / "data" / "issue10_k09_n045.csv")
    extra = {"minimize": ["--include", "?"], "theory": ["--theory", "C01"]}.get(command, [])
    code, out, err = run(capsys, command, data, "--outcome", "Y", "--max-work", "10", "--refuse-partial", *extra)
    assert code == 2 and out == "" and err.startswith("error: ") and "--max-work 10 steps" in err and "max_work" not in err, err
    code, out, err = run(capsys, command, LF, "--outcome", "SURV", "--incl-cut", "0.8", "--max-work", "500000",
                         "--max-models", "5", "--max-implicants", "1000", "--max-chart-cells", "100000",
                         "--sa-limit", "1000", "--ec-limit", "1000", "--jobs", "1", "--refuse-partial",
                         *{"minimize": ["--include", "?"], "theory": ["--theory", "DEV*STB"]}.get(command, []))
    assert code == 0 and out.strip(), err


def test_super_subset_command_matches_the_api(capsys):
    from analysis.qca import super_subset

    code, out, err = run(capsys, "super-subset", LF, "--outcome", "SURV", "--incl-cut", "0.9", "--cov-cut", "0.6",
                         "--json")
    assert code == 0 and err == ""
    api = super_subset(pd.read_csv(LF), "SURV", relation="necessity", incl_cut=0.9, cov_cut=0.6, case_column="case")
    assert json.loads(out) == json.loads(json.dumps(api.to_dict()))
    assert [r["expression"] for r in json.loads(out)["rows"]][:3] == ["LIT", "STB", "LIT*STB"]
    code, out, err = run(capsys, "super-subset", LF, "--outcome", "SURV", "--relation", "maybe")
    assert code == 2 and err.startswith("error: --relation must be 'sufficiency' or 'necessity'")


def test_minimize_json_keeps_the_truth_table_notes(capsys, tmp_path):
    """The truth table's warnings (skewed sets, memberships of 0.5) travel in the JSON too, not only on stderr,
    so a pipeline that keeps the JSON keeps them."""
    f = tmp_path / "skewed.csv"
    pd.DataFrame({"A": [1] * 9 + [0], "B": [1, 0] * 5, "Y": [1] * 8 + [0, 0]}).to_csv(f, index=False)
    code, out, err = run(capsys, "minimize", str(f), "--outcome", "Y", "--json")
    assert code == 0 and "skewed condition 'A'" in err
    assert any("skewed condition 'A'" in n for n in json.loads(out)["truth_table_notes"])


def test_minimize_json_with_exclude_records_the_table_it_minimised(capsys):
    """minimize --exclude codes rows OUT = 0 before minimising: the JSON's truth table, its notes and its counts
    are those of the table minimised (observed row 22 at OUT 0, remainder 10 added as a negative row without
    cases), so the record says which rows were excluded and agrees with its own models."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?",
                         "--exclude", "22,10", "--json")
    assert code == 0 and "observed row 22 recoded as OUT = 0" in err
    d = json.loads(out)
    rows = {r["row"]: r for r in d["truth_table"]}
    assert rows[22]["OUT"] == "0" and rows[22]["cases"] == ["FI", "IE"]
    assert rows[10]["OUT"] == "0" and rows[10]["n"] == 0 and rows[10]["incl"] is None
    assert any("rows 10, 22 coded OUT = 0" in n for n in d["truth_table_notes"])
    positive_cases = sum(r["n"] for r in d["truth_table"] if r["OUT"] == "1")
    assert d["counts"]["OUT1"] == positive_cases == 4


def test_chart_json_with_exclude_names_the_excluded_rows(capsys):
    """chart --exclude minimises a table with the rows coded OUT = 0, but its JSON said nothing of them (notes: []),
    unlike minimize's ('truth_table_notes'); it now carries the minimised table's notes too."""
    code, out, err = run(capsys, "chart", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1",
                         "--exclude", "30", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert any("row 30 coded OUT = 0" in n for n in d["truth_table_notes"]), d.get("truth_table_notes")
    assert d["paths"][0]["term"] == "DEV*URB*LIT*IND*STB"   # row 30 no longer an easy counterfactual


def test_truth_table_dcc_lists_the_deviant_cases_in_print_and_json(capsys):
    """--dcc prints each row's deviant cases consistency (outcome < 0.5) in place of its cases, as R's dcc = TRUE;
    the JSON has both lists (R's LF: negative row 23 lists AU, positive row 22 none)."""
    code, out, _ = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dcc")
    assert code == 0
    header = next(line for line in out.splitlines() if line.lstrip().startswith("DEV"))
    assert header.split()[-1] == "DCC"
    row23 = next(line for line in out.splitlines() if line.split()[:1] == ["23"])
    assert row23.split()[-1] == "AU"
    code, out, _ = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--json")
    rows = {r["row"]: r for r in json.loads(out)["rows"]}
    assert rows[23]["DCC"] == ["AU"] and rows[22]["DCC"] == [] and rows[22]["cases"] == ["FI", "IE"]
    assert all(set(r["DCC"]) <= set(r["cases"]) for r in rows.values())


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_output_the_console_cannot_encode_is_one_error_line(encoding):
    """Chinese set names printed to a standard output that cannot encode them (PYTHONIOENCODING=ascii; a Western
    Windows console or `> out.txt` in cp1252) gave a UnicodeEncodeError traceback (exit 1); now one error line
    naming the encoding and the fix, exit 2, and nothing half-written on standard output."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)
    proc = subprocess.run([sys.executable, "-m", "analysis.qca", "necessity", "tests/bad_inputs/chinese_names.csv",
                           "--outcome", "存续", "--conditions", "DEV,URB"], capture_output=True, cwd=ROOT, env=env,
                          timeout=120)
    err = proc.stderr.decode("ascii")
    assert proc.returncode == 2 and proc.stdout == b"", (proc.returncode, proc.stdout, err)
    assert err.splitlines() == [err.strip()] and "Traceback" not in err
    assert err.startswith(f"error: the output encoding '{encoding}' cannot show the output")
    assert "PYTHONIOENCODING=utf-8" in err


def test_repeated_warnings_are_printed_once_with_their_count(capsys, monkeypatch):
    """A sweep raises the same warning for every setting (256 lines on one range): each distinct warning is one
    line, with how often it came; Ctrl-C is one error line (status 130), not a traceback."""
    import warnings as _w

    from analysis.qca import QCAWarning, cli

    def run(args):
        for _ in range(3):
            _w.warn("the same", QCAWarning)
        _w.warn("another", QCAWarning)
        return "out"

    monkeypatch.setattr(cli, "_run", run)
    assert main(["truth-table", str(LF), "--outcome", "SURV"]) == 0
    assert capsys.readouterr().err.splitlines() == ["warning: the same (3 times)", "warning: another"]

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run", interrupted)
    assert main(["truth-table", str(LF), "--outcome", "SURV"]) == 130
    assert capsys.readouterr().err == "error: interrupted (Ctrl-C)\n"


def test_the_command_runs_with_larger_collector_thresholds_and_restores_them(capsys, monkeypatch):
    """A large file's output is a million lists and dicts that live to the end: the command runs with the young
    generation collected every 100,000 allocations instead of 700 (8 full collections over them took 0.5 s of
    truth-table --json on 100,000 cases); the caller's thresholds come back, also after an error."""
    import gc

    from analysis.qca import cli

    seen = []
    monkeypatch.setattr(cli, "_run", lambda args: seen.append(gc.get_threshold()) or "out")
    before = gc.get_threshold()
    assert main(["truth-table", str(LF), "--outcome", "SURV"]) == 0
    assert seen == [(100_000, 50, 100)] and gc.get_threshold() == before
    assert main(["truth-table", "--outcome"]) == 2 and gc.get_threshold() == before
    capsys.readouterr()


def test_truth_table_and_minimize_do_not_import_what_they_do_not_use():
    """The package loads its diagnostics, matching, configuration charts, permutations and the robustness protocol
    (with joblib) on first use: a command line truth table or minimisation starts without them (0.1 s of a
    0.45 s start); every exported name is still there, the function where a module has its name."""
    code = ("import sys; from analysis.qca.cli import main; "
            f"main(['minimize', {LF!r}, '--outcome', 'SURV', '--incl-cut', '0.8', '--include', '?', '--json']); "
            "import analysis.qca as q; "
            "later = ['joblib'] + ['analysis.qca.' + m for m in ('protocol', 'diagnostics', 'matching', "
            "'configurations', 'permutation')]; "
            "print('loaded', [m for m in later if m in sys.modules]); "
            "from analysis.qca import *; import analysis.qca.truth_table, analysis.qca.minimize; "
            "print('names', all(n in dir(q) and getattr(q, n) is globals()[n] for n in q.__all__), "
            "callable(q.truth_table), callable(q.minimize), type(q.smmr).__name__)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-2:] == ["loaded []", "names True True True function"]


def test_dir_exp_value_error_names_the_flag_and_calibrate_json_keeps_huge_numbers_as_text(capsys, tmp_path):
    """One value's --dir-exp error named no flag (the translation matched only the plural), and calibrate --json
    ended in a traceback on a kept cell of 1e400 (inf is no JSON number): both found by a review of the diff."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?",
                         "--dir-exp", "1,1,2,1,1")
    assert code == 2 and err.startswith("error: --dir-exp: directional expectation 2 for 'LIT' is out of range")
    data = tmp_path / "raw.csv"
    data.write_text("case,DEV,X\nA,100,1e400\nB,900,2\nC,500,3\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text("DEV:\n  thresholds: 'e=200, c=500, i=800'\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(data), "--spec", str(spec), "--keep", "X", "--case-column", "case",
                         "--json")
    assert code == 0 and [r["X"] for r in json.loads(out)] == ["1e400", "2", "3"]


@pytest.mark.parametrize("expression,unknown,hint", [
    ("DEV*NOTACOND", "'NOTACOND'", ""),
    ("DEV*urb", "'urb'", "; did you mean 'URB'?"),
])
def test_pof_unknown_condition_names_the_expression_flag(capsys, expression, unknown, hint):
    """An unknown name in pof's --expression is a problem of the flag, not of the data file: the error names
    --expression and its value, the unknown name, a near column if there is one and the conditions allowed."""
    code, out, err = run(capsys, "pof", LF, "--outcome", "SURV", "--expression", expression)
    lines = err.strip().splitlines()
    assert code == 2 and out == "" and len(lines) == 1, err
    assert lines[0].startswith(f"error: --expression {expression!r}: unknown condition {unknown}{hint}"), err
    assert lines[0].endswith("(conditions: 'DEV', 'URB', 'LIT', 'IND', 'STB')"), err
    assert "LF.csv" not in lines[0], err


def test_undefined_fit_prints_as_a_dash_not_nan(tmp_path, capsys):
    """An undefined value (an empty intersection's consistency, a range bound not reached within max_runs) prints
    as '-' in the text tables, as pof prints it, not as 'nan'; JSON keeps null."""
    data = tmp_path / "d.csv"
    data.write_text("case,A,B,K,Y\n" + "".join(f"c{i},{a},{b},1,{int(a or b)}\n" for i, (a, b) in
                                                enumerate([(1, 1), (1, 0), (0, 1), (0, 0), (1, 1), (0, 0)])))
    code, out, _ = run(capsys, "theory", str(data), "--outcome", "Y", "--theory", "~K")
    assert code == 0 and "T*S" in out
    fit = out.split("\n\n")[1]
    assert "nan" not in fit and " -" in fit, fit
    spec = tmp_path / "s.yaml"
    spec.write_text("outcome: Y\nconditions: [A, B]\nincl_cut: 1\nranges:\n  - {parameter: incl_cut, step: 0.01, "
                    "max_runs: 1}\n")
    code, out, _ = run(capsys, "robustness", str(data), "--spec", str(spec))
    assert code == 0 and "no change in range" in out and "nan" not in out, out


def test_likert_hint_names_the_cli_calibrate_command(capsys):
    """A Likert scale read as a multi-value set: the warning told CLI users only the Python call
    (calibrate(x, type='crisp', ...)); it now names the CLI's calibrate command and a spec entry for the set too."""
    code = main(["truth-table", str(ROOT / "tests" / "bad_inputs" / "likert_scale.csv"), "--outcome", "SURV"])
    err = capsys.readouterr().err
    assert code == 0
    hint = [line for line in err.splitlines() if "has integer values 1, 2, 3, 4, 5" in line]
    assert len(hint) == 1
    assert "CLI: python -m analysis.qca calibrate DATA --spec SPEC, e.g. DEV: {type: crisp, thresholds: ..}" in hint[0]


def test_calibrate_names_each_decreasing_set_once(capsys, tmp_path):
    """Anchors with e above i are read as a decreasing set, as R reads them, which swapped anchors make unseen: the
    calibrate command names each decreasing set once, in its summary with --out, else in one warning line (the
    CSV / JSON printed has no room for it); an increasing calibration says nothing of it."""
    spec = tmp_path / "spec.yaml"
    spec.write_text('DEV: {thresholds: "e=850, c=550, i=350"}\nSTB: {thresholds: "10, 6.5, 3"}\n'
                    'URB: {thresholds: "e=25, c=50, i=75"}\n', encoding="utf-8")
    out = tmp_path / "mine.csv"
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec), "--out", str(out))
    assert code == 0 and err == "" and text.rstrip("\n").endswith(
        "; decreasing (e above i: membership falls as the raw value rises, as R's calibrate() reads such anchors; "
        "swap e and i where a set should rise): DEV, STB"), text
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec))
    assert code == 0 and text.startswith("case,DEV,STB,URB")
    assert err.splitlines()[0] == (f"warning: {spec}: set(s) DEV, STB calibrated decreasing (e above i: membership "
                                   "falls as the raw value rises, as R's calibrate() reads such anchors; swap e and i "
                                   "where a set should rise)"), err
    assert not any("decreasing" in line for line in err.splitlines()[1:]), err
    spec.write_text('URB: {thresholds: "e=25, c=50, i=75"}\n', encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec), "--out", str(out))
    assert code == 0 and err == "" and text.rstrip("\n").startswith(f"wrote {out}: 18 cases, sets URB; left out")
    assert "decreasing" not in text


def test_calibrate_names_the_columns_it_leaves_out(capsys, tmp_path):
    """A researcher's file of raw conditions and an outcome coded 0/1 already ('是否存活'), calibrated with a spec of
    the conditions only: the outcome, neither calibrated nor kept, was left out of the output without a word, and the
    next command's --outcome 是否存活 said only that the file has no such column. calibrate now names the columns it
    leaves out and the --keep that copies them: in its summary with --out, in a 'note:' line when it prints; none when
    every column is used."""
    raw = tmp_path / "raw.csv"
    raw.write_text("案例,经济发展,城市化,是否存活\n奥地利,720,33.4,1\n比利时,1098,60.5,1\n希腊,390,31.1,0\n"
                   "波兰,350,37,0\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('经济发展: {thresholds: "e=350, c=550, i=850"}\n城市化: {thresholds: "e=25, c=50, i=75"}\n',
                    encoding="utf-8")
    out = tmp_path / "sets.csv"
    said = "left out, neither calibrated nor kept: '是否存活' (--keep 是否存活 copies it unchanged)"
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--case-column", "案例", "--out", str(out))
    assert code == 0 and err == "" and text.rstrip("\n").endswith(f"sets 经济发展, 城市化; {said}"), text
    assert list(pd.read_csv(out).columns) == ["案例", "经济发展", "城市化"]
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--case-column", "案例")
    assert code == 0 and text.startswith("案例,经济发展,城市化\n") and f"note: calibrate: {said}" in err.splitlines(), err
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--case-column", "案例", "--keep", "是否存活",
                          "--out", str(out))
    assert code == 0 and err == "" and "left out" not in text and list(pd.read_csv(out).columns)[:2] == ["案例", "是否存活"]
def test_robustness_spec_help_names_every_key_the_file_takes(capsys):
    """`robustness --help` said the --spec file holds 'outcome, conditions, cut-offs, tests, ranges': dir_exp and model,
    which the file also takes (sweep_spec.SPEC_KEYS), were named nowhere a user reads (include and exclude only in
    docs/examples/LF_sweeps.yaml), so the protocol of an intermediate solution could not be written from the help.
    Every key is named, and the example file."""
    from analysis.qca.sweep_spec import SPEC_KEYS
    with pytest.raises(SystemExit):
        main(["robustness", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    spec_help = text[text.index("--spec SPEC "):text.index("--raw RAW ")]
    missing = [k for k in SPEC_KEYS if k not in spec_help]
    assert not missing, (missing, spec_help)
    assert "docs/examples/LF_sweeps.yaml" in spec_help


def test_cases_term_help_and_message_name_the_pairs_too(capsys):
    """`cases --term` also picks the term whose focal conjuncts --pairs pairs (README: '--pairs typical-irrelevant
    --term 2'), but its help said 'term number for --type focal-conjuncts' only, and with --nec-cond the error said
    '--term applies to --type focal-conjuncts of a solution', unlike the other '--term' error ('... or --pairs only')."""
    with pytest.raises(SystemExit):
        main(["cases", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    term_help = text[text.index("--term TERM "):text.index("--nec-cond NEC_COND ")]
    assert "--pairs" in term_help, term_help
    code = main(["cases", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--nec-cond", "LIT",
                 "--term", "2"])
    err = capsys.readouterr().err
    assert code == 2 and "--term applies to --type focal-conjuncts or --pairs of a solution" in err, err


@pytest.mark.parametrize("command", ["minimize", "truth-table", "necessity", "super-subset", "pof", "find-rows", "esa",
                                     "robustness", "cases", "theory", "cluster", "chart", "calibrate"])
def test_case_column_help_names_both_defaults(command, capsys):
    """--case-column's help said '(default: 'case' if present)', but without a 'case' column an unnamed first column
    (R's write.csv row names, a pandas index) is taken as the case names too, with a warning, as README's cluster
    example shows and the module docstring, calibrate's description and --raw-case-column's help say."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = " ".join(capsys.readouterr().out.split())
    start = text.index("--case-column CASE_COLUMN ")
    part = text[start:text.index(" --", start + 30)]
    assert "'case' if present" in part and "unnamed first column" in part, part


@pytest.mark.parametrize("command", ["pof", "cluster"])
def test_help_does_not_offer_conditions_where_they_are_refused(command, capsys):
    """pof --help and cluster --help listed '--conditions CONDITIONS comma-separated condition columns', which both
    refuse ('--conditions does not apply to pof: the conditions are those of --expression'); the help no longer
    offers it, and the flag still gets that one-line error, alone: it is told before the data is read, so a file
    whose first column has no header (LF_panel.csv, R's row names) no longer puts its warning before it (found by
    tools/fuzz_cli.py flags)."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--conditions" not in capsys.readouterr().out
    extra = ["--unit", "CASE", "--cluster", "WAVE"] if command == "cluster" else []
    data = str(ROOT / "data/reference/r-setmethods/LF_panel.csv")
    code = main([command, data, "--outcome", "SURV", "--expression", "DEV", "--conditions", "DEV", *extra])
    err = capsys.readouterr().err
    assert code == 2 and err == f"error: --conditions does not apply to {command}: the conditions are those of " \
                                "--expression\n", err


def test_a_flag_named_before_punctuation_is_written_without_a_gap(capsys):
    """The library's 'no observed=: those select untenable rows' became '--observed : those ...' on the command line:
    a name= with no value after it is the flag alone."""
    code = main(["find-rows", str(ROOT / "data/reference/datasets/LF.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                 "--type", "csa", "--observed", "--expression", "~DEV*IND"])
    err = capsys.readouterr().err
    assert code == 2 and "no expression and no --observed: those select untenable rows" in err, err


def test_calibrate_help_example_runs_on_lipsets_raw_data(capsys, tmp_path):
    """calibrate --help gave the spec example 'DEV: {thresholds: ...}; STB: {type: crisp, thresholds: 10, source: CAB}':
    Lipset's raw data (LR.csv, the README's example) have no column CAB, so it fails as written, and a crisp cut at
    10 cabinets puts the *unstable* countries (10 or more cabinets) in the set named STB (the workshop's STB: fewer
    than 10). The example runs as written on LR.csv."""
    import re

    with pytest.raises(SystemExit):
        main(["calibrate", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    example = re.search(r"calibrate\(\) arguments, e\.g\. (.*?) --case-column", text).group(1)
    assert "STB: {type: crisp" not in example, example
    spec = tmp_path / "spec.yaml"
    spec.write_text("\n".join(part.strip() for part in example.split(";")) + "\n", encoding="utf-8")
    code = main(["calibrate", str(ROOT / "data/reference/datasets/LR.csv"), "--spec", str(spec)])
    out, err = capsys.readouterr()   # no warning; the note naming the raw columns the example leaves out
    assert code == 0 and all(line.startswith("note: calibrate: left out") for line in err.splitlines()), err
    assert len(out.splitlines()) == 19, out
def test_a_worker_process_that_dies_is_one_error_line_naming_jobs(monkeypatch, capsys):
    """A worker process of --jobs that died (killed for memory, a signal) ended the CLI with joblib's traceback
    (TerminatedWorkerError, exit status 1); now one error line naming --jobs and what to do, exit status 2."""
    import os
    import re

    from analysis.qca import protocol

    def die(task):                # a local function: the worker process gets it by value, and ends
        os._exit(3)

    monkeypatch.setattr(protocol, "_run_one", die)
    rc = main(["robustness", str(ROOT / "data/reference/datasets/LF.csv"), "--spec",
               str(ROOT / "docs/examples/LF_sweeps.yaml"), "--raw", str(ROOT / "data/reference/datasets/LR.csv"),
               "--jobs", "2"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2
    assert len(err) == 1 and err[0].startswith("error: a worker process of --jobs ended unexpectedly (exit codes {"), err
    assert "--jobs 1" in err[0]
    # where the sweep's results stopped: every task dies here, so the first setting has none
    assert re.search(r"\}; no result from \S.* on\), e\.g\. killed", err[0]), err


def test_find_rows_json_writes_chinese_as_the_other_commands_do(capsys, tmp_path):
    """find-rows --json was the one JSON output that escaped non-ASCII text ('\\u670d\\u52a1' for 服务): every other
    command writes it as it is (ensure_ascii=False), through the one JSON writer."""
    data = tmp_path / "zh.csv"
    data.write_text("case,服务,资源,Y\na,1,1,1\nb,1,0,1\nc,0,1,0\n", encoding="utf-8")
    code, out, err = run(capsys, "find-rows", str(data), "--outcome", "Y", "--case-column", "case", "--type",
                         "untenable", "--expression", "~服务", "--json")
    assert code == 0 and err == "", err
    assert '"expression": "~服务"' in out and "\\u" not in out
    assert json.loads(out)["expression"] == "~服务"


@pytest.mark.parametrize("text, said", [
    (b"case,A,Y\na,1,1\na,0,0", "'a' in row(s) 1, 2 (line(s) 2, 3 of the input)"),
    (b"case,A,Y\n", "standard input (-): the input has a header but no data rows"),
    (b"sep=,\n", "standard input (-): the input holds only Excel's separator line"),
    (b"case;A;Y\na;1;1\n", "the input looks separated by"),
])
def test_data_from_standard_input_is_called_the_input(text, said, capsys, monkeypatch):
    """Data piped in (printf 'case,A,Y\\na,1,1\\na,0,0' | python -m analysis.qca truth-table - --outcome Y) got
    messages naming "line(s) 2, 3 of the file" or "the file has a header but no data rows": there is no file."""
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
    code, out, err = run(capsys, "truth-table", "-", "--outcome", "Y")
    assert code == 2 and said in err and "the file" not in err, err


def test_data_from_standard_input_with_a_dash(capsys, monkeypatch):
    """calibrate prints its CSV, so `calibrate raw.csv --spec s.yaml | python -m analysis.qca truth-table - --outcome
    Y` is the shell's way to chain them; '-' was 'error: -: file not found'. A '-' reads the data from standard
    input: the same table as the file, and the same one-line error for an empty input."""
    import io

    text = (DATASETS / "LF.csv").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
    code, piped, err = run(capsys, "truth-table", "-", "--outcome", "SURV", "--incl-cut", "0.8")
    assert code == 0 and err == "", err
    code, direct, _ = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8")
    assert piped == direct
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    code, out, err = run(capsys, "truth-table", "-", "--outcome", "SURV")
    assert code == 2 and out == "" and err == "error: standard input (-): the input is empty\n", err
    # the whole chain, as a shell runs it
    spec = ROOT / "docs" / "examples" / "LR_calibration.yaml"
    calibrated = subprocess.run([sys.executable, "-m", "analysis.qca", "calibrate", str(DATASETS / "LR.csv"),
                                 "--spec", str(spec)], capture_output=True, check=True, cwd=ROOT).stdout
    chained = subprocess.run([sys.executable, "-m", "analysis.qca", "truth-table", "-", "--outcome", "SURV",
                              "--incl-cut", "0.8"], input=calibrated, capture_output=True, cwd=ROOT)
    assert chained.returncode == 0 and b"OUT" in chained.stdout, chained.stderr


def test_a_dash_with_a_terminal_as_standard_input_is_refused_at_once(capsys, monkeypatch):
    """'-' typed at a terminal (no pipe, no redirect: `truth-table - --outcome Y`) waited without a word for data typed
    by hand until Ctrl-D; it is refused at once, saying how '-' is meant."""
    import io

    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO(b"case,A,Y\na,1,1\n"), encoding="utf-8"))
    code, out, err = run(capsys, "truth-table", "-", "--outcome", "Y")
    assert code == 2 and out == "", err
    assert err == ("error: standard input (-) is a terminal, not a pipe or a file: give the CSV file, or pipe the data "
                   "in, e.g. python -m analysis.qca calibrate raw.csv --spec s.yaml | python -m analysis.qca "
                   "truth-table - --outcome Y\n"), err


def test_output_that_cannot_be_written_is_one_error_line(capsys, monkeypatch):
    """`truth-table ... > results.txt` on a full disk ended in a traceback through print() (exit status 1), and with
    standard output closed (`>&-`) the run printed nothing and reported success (0). Each is one error line now,
    exit status 2."""
    import errno
    import io

    class Full(io.RawIOBase):
        def writable(self):
            return True

        def write(self, b):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(Full()), encoding="utf-8"))
    code = main(["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8"])
    err = capsys.readouterr().err
    assert code == 2 and err == ("error: cannot write the output (No space left on device): the results are "
                                 "incomplete or missing\n"), err
    monkeypatch.setattr(sys, "stdout", None)
    code = main(["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8"])
    err = capsys.readouterr().err
    assert code == 2 and err == ("error: standard output is closed (>&-?): the results were not written; give the "
                                 "command a place to print to, e.g. > results.txt\n"), err


def test_a_closed_standard_error_keeps_messages_out_of_the_results(capsys, monkeypatch):
    """With standard error closed (2>&-, a job started without it), print(..., file=sys.stderr) prints to standard
    output: the warning and error lines went into the results (calibrate ... > data.csv wrote them into the CSV). They
    are dropped now; the results and the exit status stay as they are."""
    argv = ["truth-table", str(ROOT / "tests" / "bad_inputs" / "constant_outcome.csv"), "--outcome", "SURV"]
    code, clean, err = run(capsys, *argv)
    assert code == 0 and "warning: " in err
    monkeypatch.setattr(sys, "stderr", None)
    assert main(argv) == 0
    assert capsys.readouterr().out == clean
    assert main(["truth-table", str(ROOT / "tests" / "bad_inputs" / "empty.csv"), "--outcome", "SURV"]) == 2
    assert capsys.readouterr().out == ""
    assert sys.stderr is None


def test_calibrate_warns_of_cases_it_puts_at_exactly_half(capsys, tmp_path):
    """A raw value on the crossover calibrates to 0.5 (R's calibrate() too), and such a case belongs to no truth table
    row; calibrate said nothing, and the truth table warned only later, far from the crossover to move. calibrate now
    names the set, the cases and their raw value; a crossover no case has gives no warning."""
    raw = tmp_path / "raw.csv"
    raw.write_text("case,GDP\na,100\nb,250\nc,400\nd,250\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('RICH: {source: GDP, thresholds: "e=100, c=250, i=400"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    assert code == 0 and out.splitlines()[0] == "case,RICH"
    assert err.splitlines() == [f"warning: {spec}: set 'RICH': case(s) 'b', 'd' calibrated to exactly 0.5 (raw 'GDP' "
                                "250, the crossover): neither in nor out of the set (as a condition, in no truth "
                                "table row); move the crossover off the cases' values"], err
    spec.write_text('RICH: {source: GDP, thresholds: "e=100, c=260, i=400"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    assert code == 0 and err == "", err


def test_an_empty_case_name_is_located_by_its_file_line_too(capsys, tmp_path):
    """A file with an empty case name on line 5 was told 'row(s) 4', the data row, which in the file is the line
    of another case (found by the engine audit); the message gives the data row and the file's line."""
    f = tmp_path / "cases.csv"
    f.write_text("case,A,Y\nc1,1,1\nc2,0,1\nc3,1,0\n,0,0\nc5,1,1\n", encoding="utf-8")
    code = main(["truth-table", str(f), "--outcome", "Y"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"error: {f}: " in err and "row(s) 4 (line(s) 5 of the file)" in err, err


def test_calibrate_says_once_that_a_decimal_comma_was_read_as_two_cut_points(capsys, tmp_path):
    """A crisp set with thresholds '0,5' (two cut points, as in R) on values between 0 and 1 is constant: one warning
    line names the spec file and the set and says a decimal point is written '0.5'; the constant-set warning, which
    would say the same less precisely, is not given again for that set (it still is for other sets)."""
    raw = tmp_path / "raw.csv"
    pd.DataFrame({"case": ["a", "b", "c", "d"], "X": [0.1, 0.4, 0.6, 0.9], "Z": [1, 2, 3, 4]}).to_csv(raw, index=False)
    spec = tmp_path / "spec.json"
    spec.write_text('{"X": {"type": "crisp", "thresholds": "0,5"}, "Z": {"type": "crisp", "thresholds": "10"}}',
                    encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec))
    lines = err.splitlines()
    assert code == 0 and len(lines) == 2, err
    assert lines[0].startswith(f"warning: {spec}: calibrating 'X' from column 'X': thresholds '0,5' were read as 2 "
                               "cut points, 0 and 5") and "'0.5'" in lines[0]
    assert lines[1].startswith(f"warning: {spec}: set 'Z': every case gets membership 0")


@pytest.mark.parametrize("argv, r_name", [
    (["minimize", LF, "--outcome", "SURV", "--include", "?", "--all-sol"], "all.sol"),
    (["esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--sol-cons", "0.8"], "sol.cons"),
    (["minimize", LF, "--outcome", "SURV", "--pi.cons=0.8"], "pi.cons"),
    (["minimize", LF, "--outcome", "SURV", "--first-min"], "first.min"),
])
def test_an_r_only_flag_is_one_error_line_naming_rs_argument(capsys, argv, r_name):
    """R QCA's minimize() arguments as flags (--all-sol, --sol-cons, ...): the API's message, as one error line with
    the flags of the command (--max-models, not max_models), exit code 2."""
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and len(err.splitlines()) == 1, err
    assert err.startswith("error: --") and f"R QCA's minimize(..., {r_name} = ...)" in err
    assert "does not implement" in err and "max_models" not in err and "(CLI:" not in err


def test_calibrate_says_how_the_other_commands_find_a_case_column_of_another_name(capsys, tmp_path):
    """The output keeps the raw file's case column under its own name ('县名'), which the other commands take as case
    names only when told (--case-column; by themselves they find 'case' or an unnamed first column): the summary
    said '10 cases' and the next command, as the README's calibrate -> truth-table example runs it, stopped on
    non-numeric values. The summary now names the flag, and the command given it reads the file."""
    raw = tmp_path / "raw.csv"
    raw.write_text("县名,人均支出,结局\n" + "".join(f"县{i},{100 + 40 * i},{int(i > 4)}\n" for i in range(10)),
                   encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('支出: {source: 人均支出, thresholds: "e=150, c=290, i=420"}\n', encoding="utf-8")
    out = tmp_path / "mine.csv"
    code, text, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--case-column", "县名",
                          "--keep", "结局", "--out", str(out))
    assert code == 0 and err == "" and "--case-column 县名" in text, text
    code, text, err = run(capsys, "truth-table", str(out), "--outcome", "结局", "--case-column", "县名")
    assert code == 0 and "县9" in text, err
    code, text, err = run(capsys, "truth-table", str(out), "--outcome", "结局")
    assert code == 2 and "pass --case-column 县名" in err   # as the summary says


def test_truth_table_sort_by_prints_the_api_table_and_refuses_an_unknown_column_in_one_line(capsys, tmp_path):
    """--sort-by is R's sort.by (printing order only): the CLI prints what truth_table(..., sort_by=...) prints, with
    Chinese names too; a column the table does not have is one error line naming the flag and the columns."""
    df = pd.read_csv(LF, index_col="case")
    zh = df.rename(columns={"DEV": "发展", "SURV": "存续"})
    path = tmp_path / "zh.csv"
    zh.to_csv(path, encoding="utf-8")
    for source, frame, outcome, keys in [(LF, df, "SURV", "incl, n=FALSE"), (str(path), zh, "存续", "发展, PRI")]:
        assert main(["truth-table", source, "--outcome", outcome, "--incl-cut", "0.8", "--sort-by", keys]) == 0
        want = str(truth_table(frame, outcome, incl_cut=0.8, sort_by=keys))
        assert capsys.readouterr().out.rstrip("\n") == want != str(truth_table(frame, outcome, incl_cut=0.8))
    assert main(["truth-table", LF, "--outcome", "SURV", "--sort-by", "consistency"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("error: --sort-by") and "'consistency'" in err[0] and "incl" in err[0]


def test_truth_table_no_cases_prints_the_api_table_without_cases_and_json_keeps_them(capsys):
    """--no-cases is truth_table(show_cases=False), R's show.cases = FALSE: the printed table has no cases column;
    the JSON, data rather than a printout, keeps every row's cases."""
    df = pd.read_csv(LF, index_col="case")
    assert main(["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--no-cases"]) == 0
    out = capsys.readouterr().out.rstrip("\n")
    assert out == str(truth_table(df, "SURV", incl_cut=0.8, show_cases=False)) != str(truth_table(df, "SURV", incl_cut=0.8))
    assert "cases" not in out.splitlines()[5]
    # --dcc shows the deviant cases in the cases column (R's dcc with show.cases), which --no-cases hides: R ignores
    # dcc there without a word; the command line says so instead of printing the table as if --dcc were not given
    assert main(["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--no-cases", "--dcc"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("error: --dcc") and "--no-cases" in err[0]
    assert main(["truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--no-cases", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == truth_table(df, "SURV", incl_cut=0.8).to_dict()


def test_robustness_no_solution_help_names_one_default(capsys):
    """`robustness --help` said of --no-solution "'count' (default) counts it ..." and then "(default: the --spec
    file's no_solution, else count)": two defaults, the first wrong for a file saying 'no_solution: refuse'. The
    help now names the default once, the file's key first."""
    with pytest.raises(SystemExit):
        main(["robustness", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    start = text.index("--no-solution {count,refuse} ")
    flag_help = text[start:text.index("--json ", start)]
    assert flag_help.count("default") == 1, flag_help
    assert "default: the --spec file's no_solution, else count" in flag_help


@pytest.mark.parametrize("command", ["truth-table", "minimize", "cases", "necessity"])
def test_a_column_of_case_names_left_unused_is_named(tmp_path, capsys, command):
    """A file naming its cases in a column the reader does not take by default ('country'), analysed with
    --conditions (so the column is no condition): the cases were numbered 1, 2, ... in every table, the names
    left out without a word. A warning now names the column and --case-column; with the flag the names are used."""
    lf = pd.read_csv(LF, dtype={"case": str}).rename(columns={"case": "country"})
    path = tmp_path / "lf.csv"
    path.write_text(lf.to_csv(index=False), encoding="utf-8")
    argv = [command, str(path), "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB"]
    argv += ["--incl-cut", "0.8"] if command != "necessity" else []
    code, out, err = run(capsys, *argv)
    assert code == 0
    said = [line for line in err.splitlines() if "'country'" in line]
    assert len(said) == 1 and said[0].startswith(f"warning: {path}: ") and "--case-column country" in said[0], err
    code, named, err = run(capsys, *argv, "--case-column", "country")
    assert code == 0 and "'country'" not in err
    if command != "necessity":   # the names in the tables with the flag, numbers without it
        import re

        names = set(lf["country"])
        assert names & set(re.findall(r"[A-Za-z]+", named)) and not names & set(re.findall(r"[A-Za-z]+", out))


def _typed_flags():
    """(command, flag, type) of every option of every sub-command that converts its value (argparse's type=)."""
    from analysis.qca.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.choices and isinstance(a.choices, dict))
    return [(name, action.option_strings[0], action.type) for name, p in sub.choices.items() for action in p._actions
            if action.option_strings and callable(action.type)]


def test_every_number_flag_refuses_digit_grouping_and_full_width_digits():
    """Python's int() and float() read '1_0' as 10 and '１' as 1: every number flag took them (--max-models 1_000
    ran with 1000) while '1,000' was refused, and no flag said so. Now every typed flag refuses them, saying the
    number to write; and no flag converts with the bare int / float (which would read them again)."""
    import argparse

    flags = _typed_flags()
    assert {f for _, f, _ in flags} >= {"--n-cut", "--pri-cut", "--max-models", "--max-work", "--jobs", "--benchmark",
                                        "--term", "--max-memberships", "--depth", "--max-pairs", "--model"}
    assert not [(c, f) for c, f, t in flags if t in (int, float)]
    for command, flag, convert in flags:
        fraction = [("0.5_0", "0.5")] if convert.__name__ == "_unit" else []   # (a whole-number flag: no 'write 0.5')
        for text, plain in [("1_0", "10"), ("１", "1"), *fraction]:
            with pytest.raises(argparse.ArgumentTypeError, match=rf"write {plain} \(digits 0-9 only") as err:
                convert(text)
            assert repr(text) in str(err.value), (command, flag)


@pytest.mark.parametrize("argv, expect", [
    (["--incl-cut", "0.8_0"], "--incl-cut must be a number or two numbers 'ic1,ic0', got '0.8_0'; write 0.8"),
    (["--incl-cut", "0.9,０.６"], "got '0.9,０.６'; write 0.6 (digits 0-9 only: no full-width"),
    (["--include", "?", "--exclude", "7,1_0"], "--exclude: row numbers must be whole numbers such as '7,8,15', got "
                                                "'7,1_0'; write 10"),
    (["--include", "?", "--dir-exp", "DEV=１"], "cannot read --dir-exp 'DEV=１'; '１' -> '1'"),
])
def test_number_text_flags_refuse_digit_grouping(capsys, argv, expect):
    """The flags read as text and split (cut-off pairs, row numbers, directional expectations) refuse '_' and
    full-width digits as the typed flags do; they were read as 0.8, 10 and 1."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", *(["--incl-cut", "0.8"] if "--incl-cut" not in
                                                                      argv else []), *argv)
    assert code == 2 and out == "" and expect in err, err


def test_plain_numbers_are_still_read(capsys):
    """Signs, blanks, exponents and leading points stay numbers: only the forms Python reads beyond plain decimals go."""
    from analysis.qca.checks import float_text, int_text, plain_number_hint

    assert [int_text(t) for t in ("7", " 12 ", "+3", "-1")] == [7, 12, 3, -1]
    assert [float_text(t) for t in ("0.8", ".5", "1.", "1e-1", " 0.75 ", "-0")] == [0.8, 0.5, 1.0, 0.1, 0.75, 0.0]
    assert plain_number_hint("two") == plain_number_hint("0.8") == ""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", " 0.8 ", "--n-cut", "+1",
                         "--max-models", "1000", "--include", "?")
    assert code == 0, err


def test_calibrate_json_reads_back_as_its_csv(capsys, tmp_path):
    """The engine's own JSON records (calibrate --json --out) given to another command were read as CSV and refused
    as 'line 3 has 2 cells, the header 1: ... unquoted decimal commas'; they are now the same table as the CSV."""
    spec, raw = str(ROOT / "docs/examples/LR_calibration.yaml"), str(DATASETS / "LR.csv")
    for name, extra in (("sets.json", ["--json"]), ("sets.csv", [])):
        code, _, err = run(capsys, "calibrate", raw, "--spec", spec, "--out", str(tmp_path / name), *extra)
        assert code == 0, err
    outputs = []
    for name in ("sets.json", "sets.csv"):
        for argv in (["truth-table", "--incl-cut", "0.8"], ["minimize", "--incl-cut", "0.8", "--include", "?",
                                                             "--json"]):
            code, out, err = run(capsys, argv[0], str(tmp_path / name), "--outcome", "SURV", *argv[1:])
            assert code == 0 and err == "", err
            outputs.append(out if argv[0] == "truth-table" else [m["terms"] for m in json.loads(out)["models"]])
    # the same table (the CSV's memberships are written exactly, as the JSON's)
    assert outputs[:2] == outputs[2:] and outputs[1]


@pytest.mark.parametrize("text, expect", [
    ('{"kind": "parsimonious", "models": []}', "holds JSON, an object (keys: 'kind', 'models'), not a table of cases"),
    ("[[0.2, 1], [0.8, 0]]", "holds JSON, a list whose items are not all objects, not a table of cases"),
    ('[{"case": "a", "DEV": [1, 2], "SURV": 1}]', "record 1, key 'DEV': a list is not a cell value"),
    ('[{"case": "a", "DEV": 1, "DEV": 0, "SURV": 1}]', "key 'DEV' is given twice"),
])
def test_json_that_is_no_table_of_cases_is_named(capsys, tmp_path, text, expect):
    path = tmp_path / "data.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "SURV")
    assert code == 2 and out == "" and err.startswith(f"error: {path}: ") and expect in err, err
    assert "decimal commas" not in err


def test_a_whole_number_flag_suggests_only_numbers_it_takes(capsys):
    """'--depth ０' (a full-width 0) was told 'write 0', which --depth refuses too."""
    code, out, err = run(capsys, "super-subset", LF, "--outcome", "SURV", "--depth", "０")
    assert code == 2 and err == "error: argument --depth: must be a positive whole number, got '０'\n", err
    code, out, err = run(capsys, "super-subset", LF, "--outcome", "SURV", "--depth", "２")
    assert code == 2 and "got '２'; write 2 (digits 0-9 only" in err, err


def test_calibrate_csv_holds_the_memberships_exactly_as_its_json(capsys, tmp_path):
    """calibrate wrote its CSV to 10 significant digits and its JSON in full: a raw value just above the crossover
    (550.00000000001 for c=550) became 0.5000000000000244 in the JSON but '0.5' in the CSV, so truth-table on the
    CSV dropped case 'b' from its row (a membership of exactly 0.5 belongs to no row: n 3 -> 2, with a warning)
    while the JSON kept it. The CSV now writes each membership's shortest exact form (repr), whole numbers as 0 / 1:
    both outputs read back as the same floats and give the same truth table."""
    raw = tmp_path / "raw.csv"
    raw.write_text("case,X,Y\na,100,1\nb,550.00000000001,1\nc,900,0\nd,200,0\ne,700,1\nf,400,0\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('XS: {source: X, thresholds: "e=350, c=550, i=850"}\nXC: {source: X, type: crisp, '
                    'thresholds: "550"}\n', encoding="utf-8")
    for name, extra in (("sets.csv", []), ("sets.json", ["--json"])):
        code, _, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y", "--out",
                           str(tmp_path / name), *extra)
        assert code == 0, err
    from_csv = pd.read_csv(tmp_path / "sets.csv", index_col="case")
    from_json = pd.DataFrame(json.loads((tmp_path / "sets.json").read_text(encoding="utf-8"))).set_index("case")
    assert from_csv.loc["b", "XS"] > 0.5 and (from_csv["XS"] == from_json["XS"]).all()   # bit for bit
    assert (tmp_path / "sets.csv").read_text(encoding="utf-8").splitlines()[1].endswith(",0")   # crisp 0, not 0.0
    tables = []
    for name in ("sets.csv", "sets.json"):
        code, out, err = run(capsys, "truth-table", str(tmp_path / name), "--outcome", "Y", "--conditions", "XS",
                             "--json", "--incl-cut", "0.5")   # a positive row: no note that there is none
        assert code == 0 and err == "", err
        tables.append(json.loads(out)["rows"])
    assert tables[0] == tables[1] and sorted(r["n"] for r in tables[0]) == [3, 3]


def test_python_without_the_engines_packages_gets_one_error_line():
    """`python -m analysis.qca --help` run by a Python without numpy, pandas, ... (the system's python rather than the
    project's .venv/bin/python, as a newcomer types it) ended in the traceback of the first failing import
    (ModuleNotFoundError: No module named 'numpy'). It is now one error line, exit status 2, naming the packages
    missing and the fix. (-S: this Python without its site-packages, so without them; it stops before importing any.)"""
    proc = subprocess.run([sys.executable, "-S", "-m", "analysis.qca", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr
    (line,) = proc.stderr.splitlines()
    assert line.startswith("error: ") and "numpy, pandas" in line and ".venv/bin/python -m analysis.qca" in line


@pytest.mark.parametrize("command, meant", [
    ("minimise", "minimize"), ("minimisation", "minimize"), ("truth_table", "truth-table"),
    ("truthTable", "truth-table"), ("superSubset", "super-subset"), ("findRows", "find-rows"),
    ("necesity", "necessity"), ("calibration", "calibrate")])
def test_a_command_spelt_otherwise_names_the_one_meant(command, meant, capsys):
    """A command spelt as the README spells the method (minimise), as R QCA names the function (truthTable), with '_'
    for '-' or misspelt got argparse's 'invalid choice' and the list of every command; the line now ends with the
    one meant."""
    assert main([command, "data/reference/datasets/LC.csv", "--outcome", "SURV"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: argument command: invalid choice: '{command}'")
    assert line.endswith(f"; did you mean {meant}?")


def test_a_command_like_none_gets_no_hint(capsys):
    assert main(["foo", "data/reference/datasets/LC.csv"]) == 2
    assert "did you mean" not in capsys.readouterr().err


def test_version_and_help_as_a_command(capsys):
    """`python -m analysis.qca --version` was 'unrecognized arguments' and `python -m analysis.qca help` 'invalid
    choice' with no word of --help: the version (the one CITATION.cff cites) is printed, and 'help' is pointed to
    --help."""
    import yaml

    from analysis import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"python -m analysis.qca {__version__}\n"
    assert str(yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))["version"]) == __version__
    assert main(["help"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith("; for help: python -m analysis.qca --help (the commands), or python -m analysis.qca "
                         "COMMAND --help")


def test_a_flag_that_takes_one_value_given_twice_is_refused_not_the_last_kept(capsys):
    """minimize ... --incl-cut 0.8 ... --incl-cut 0.9 ran at 0.9 without a word (argparse keeps the last value), an
    analysis at a setting the user may not have meant. A flag that takes one value, given twice (also as --flag=value
    or abbreviated), is refused in one line naming both values; flags that collect values (esa --nec-cond) and
    switches may repeat."""
    from analysis.qca.cli import main
    lf = str(ROOT / "data" / "reference" / "datasets" / "LF.csv")
    for extra in (["--incl-cut", "0.8", "--incl-cut", "0.9"], ["--incl-cut=0.8", "--incl-c", "0.9"]):
        assert main(["minimize", lf, "--outcome", "SURV", "--include", "?", *extra]) == 2
        err = capsys.readouterr().err.splitlines()
        assert err == ["error: --incl-cut is given 2 times ('0.8', then '0.9'): it takes one value and only the last "
                       "would count; give --incl-cut once"], err
    assert main(["esa", lf, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", "--nec-cond", "STB"]) == 0
    assert main(["minimize", lf, "--outcome", "SURV", "--incl-cut", "0.8", "--json", "--json"]) == 0
    capsys.readouterr()


def test_sigterm_while_writing_out_leaves_neither_the_file_nor_a_temporary_one(capsys, tmp_path, monkeypatch):
    """calibrate --out writes a temporary file and renames it; a SIGTERM (a job scheduler's kill, `timeout`) while it
    was written ended Python at once, leaving the hidden '.NAME.XXXX.tmp' beside the target (41 MB for 400,000
    cases). The command now turns SIGTERM into one error line and exit status 143, after removing the temporary file;
    the handler it had before is back afterwards. The signal is delivered by calling the handler SIGTERM has during
    the write (a real kill would end the test's own process when no handler is there)."""
    import signal

    from analysis.qca import atomic

    before = signal.getsignal(signal.SIGTERM)
    written = []

    def killed(src, dst):   # the payload is in the temporary file: the signal comes before the rename
        written.append(sorted(p.name for p in tmp_path.iterdir()))
        handler = signal.getsignal(signal.SIGTERM)
        assert callable(handler), f"SIGTERM has no handler during the write: {handler!r}"
        handler(signal.SIGTERM, None)

    monkeypatch.setattr(atomic.os, "replace", killed)
    out = tmp_path / "mine.csv"
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec",
                          str(ROOT / "docs" / "examples" / "LR_calibration.yaml"), "--out", str(out))
    assert written and any(n.startswith(".mine.csv.") for n in written[0]), written
    assert code == 143 and text == "", (code, text)
    assert err.splitlines() == ["error: terminated (SIGTERM) before the output was written"], err
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "a file was left behind"
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_file_starting_with_two_byte_order_marks_reads_as_the_clean_file(capsys, tmp_path):
    """A byte order mark written twice (a file with one saved again 'with BOM' by a tool that kept the first as text)
    left one in the first column's name: the case column '\\ufeffcase' was read as a condition and refused, telling
    the user to pass --case-column '\\ufeffcase'. Every byte order mark at the start is dropped now."""
    clean = (DATASETS / "LF.csv").read_bytes()
    path = tmp_path / "LF_bom2.csv"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + clean)
    code, text, err = run(capsys, "truth-table", str(path), "--outcome", "SURV", "--incl-cut", "0.8")
    assert code == 0 and err == "", err
    assert run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8")[1] == text


def test_out_to_a_device_or_a_pipe_is_refused_and_left_in_place(capsys, tmp_path):
    """calibrate --out writes a temporary file and renames it over the target: given a device or a pipe (--out
    /dev/stdout, /dev/null, a fifo), the rename replaced the device node or the link itself with a regular file (run
    as root, as in a container: /dev/null became a CSV for every later program) and said 'wrote /dev/stdout'. Such a
    target is refused before anything is written, naming what to do, and stays what it was; write_atomic refuses it
    too (the compendium's outputs use it)."""
    import os
    import stat

    from analysis.qca.atomic import write_atomic

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    link = tmp_path / "link.csv"
    link.symlink_to(fifo)
    for target in (fifo, link):
        code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec",
                              str(ROOT / "docs" / "examples" / "LR_calibration.yaml"), "--out", str(target))
        assert code == 2 and text == "", (code, text)
        assert err.splitlines()[-1] == (
            f"error: --out {target}: not a regular file (a device, a pipe or a terminal, such as /dev/stdout or "
            "/dev/null): the output is written to a new file and renamed over it, which would replace it; leave --out "
            "out to print the CSV on standard output"), err
        assert stat.S_ISFIFO(os.stat(target).st_mode) and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert link.is_symlink()
    with pytest.raises(OSError, match="not a regular file"):
        write_atomic(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["link.csv",
                                                                                                      "pipe.csv"]


def test_sighup_while_writing_out_is_handled_as_sigterm(capsys, tmp_path, monkeypatch):
    """SIGHUP (the terminal or the ssh session closed under a long run) ended Python at once as SIGTERM did, leaving
    calibrate --out's temporary file; it ends the run the same way: one error line, exit status 129 (128 + 1), no
    file left, the former handler back."""
    import signal

    from analysis.qca import atomic

    before = signal.getsignal(signal.SIGHUP)

    def hung_up(src, dst):
        handler = signal.getsignal(signal.SIGHUP)
        assert callable(handler), f"SIGHUP has no handler during the write: {handler!r}"
        handler(signal.SIGHUP, None)

    monkeypatch.setattr(atomic.os, "replace", hung_up)
    code, text, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec",
                          str(ROOT / "docs" / "examples" / "LR_calibration.yaml"), "--out", str(tmp_path / "m.csv"))
    assert code == 129 and text == "", (code, text)
    assert err.splitlines() == ["error: terminated (SIGHUP) before the output was written"], err
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGHUP) == before


def test_an_unreadable_spec_file_is_one_error_line(capsys, tmp_path, monkeypatch):
    """A --spec file the user may not read (chmod 000, another user's file) ended in a traceback through
    read_bytes() (PermissionError, exit status 1), where an unreadable data file was one error line. The permission
    is simulated: a test run as root reads any file."""
    import errno
    import pathlib
    import shutil

    spec = tmp_path / "s.yaml"
    shutil.copy(ROOT / "docs" / "examples" / "LR_calibration.yaml", spec)
    read = pathlib.Path.read_bytes

    def denied(self):
        if self.name == "s.yaml":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return read(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", denied)
    for argv in (["calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec)], ["robustness", LF, "--spec", str(spec)]):
        code, text, err = run(capsys, *argv)
        assert code == 2 and text == "", (code, err)
        assert err == f"error: {spec}: cannot read the file (Permission denied)\n", err


def test_a_file_in_a_folder_the_user_may_not_enter_is_one_error_line(capsys, tmp_path, monkeypatch):
    """A data, --raw or --spec file in a folder without search permission (another user's home): pathlib's exists()
    raises PermissionError for it (only 'no such file' answers False), which ended in a traceback. One error line now.
    The permission is simulated: a test run as root enters any folder."""
    import errno
    import pathlib

    stat = pathlib.Path.stat

    def denied(self, **kw):
        if "locked" in self.parts:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return stat(self, **kw)

    monkeypatch.setattr(pathlib.Path, "stat", denied)
    locked = tmp_path / "locked"
    for argv, name in ((["truth-table", str(locked / "d.csv"), "--outcome", "SURV"], locked / "d.csv"),
                       (["calibrate", str(DATASETS / "LR.csv"), "--spec", str(locked / "s.yaml")], locked / "s.yaml"),
                       (["robustness", LF, "--spec", str(ROOT / "docs" / "examples" / "LF_sweeps.yaml"), "--raw",
                         str(locked / "r.csv")], locked / "r.csv")):
        code, text, err = run(capsys, *argv)
        assert code == 2 and text == "", (code, err)
        assert err.splitlines()[-1].endswith(f"{name}: cannot read the file (Permission denied)"), err


def test_a_path_through_a_file_or_a_dangling_link_says_so(capsys, tmp_path):
    """'LF.csv/x' (a file taken for a folder) was told 'the folder LF.csv does not exist', which is false: it exists,
    as a file; a symbolic link to a file that is gone, or a link to itself, was told 'file not found' with no word on
    the link. Each is named as what it is, for the data file, --raw and --spec alike."""
    import shutil

    shutil.copy(LF, tmp_path / "LF.csv")
    code, _, err = run(capsys, "minimize", str(tmp_path / "LF.csv" / "x.csv"), "--outcome", "SURV")
    assert code == 2 and err.count("\n") == 1, err
    assert f"file not found; {tmp_path / 'LF.csv'} is a file, not a folder" in err, err
    code, _, err = run(capsys, "calibrate", str(tmp_path / "LF.csv"), "--spec", str(tmp_path / "LF.csv" / "s.yaml"))
    assert code == 2 and f"{tmp_path / 'LF.csv'} is a file, not a folder" in err, err
    (tmp_path / "gone.csv").symlink_to(tmp_path / "moved.csv")
    code, _, err = run(capsys, "minimize", str(tmp_path / "gone.csv"), "--outcome", "SURV")
    assert code == 2 and err.count("\n") == 1, err
    assert (f"gone.csv: file not found; it is a symbolic link to {tmp_path / 'moved.csv'}, which does not exist"
            in err), err
    (tmp_path / "loop.csv").symlink_to(tmp_path / "loop.csv")
    code, _, err = run(capsys, "minimize", str(tmp_path / "loop.csv"), "--outcome", "SURV")
    assert code == 2 and "loop.csv: file not found; it is a symbolic link that leads to itself (a loop)" in err, err


def test_a_file_name_in_another_case_or_misspelt_is_shown_the_file_meant(capsys, tmp_path):
    """`minimize lc.csv` beside LC.csv said only 'lc.csv: file not found': file names are case-sensitive here and an
    R user's data are often named in capitals. The files of the folder the name probably meant are named (another
    case, or one edit away), and a folder that does not exist is said to be one; the same for --raw and --spec."""
    import shutil

    shutil.copy(LF, tmp_path / "LF.csv")
    code, _, err = run(capsys, "minimize", str(tmp_path / "lf.csv"), "--outcome", "SURV")
    assert code == 2 and err.count("\n") == 1, err
    assert f"lf.csv: file not found; did you mean '{tmp_path / 'LF.csv'}'? (file names are case-sensitive)" in err
    code, _, err = run(capsys, "minimize", str(tmp_path / "LF.cvs"), "--outcome", "SURV")
    assert code == 2 and f"did you mean '{tmp_path / 'LF.csv'}'?" in err, err
    code, _, err = run(capsys, "minimize", str(tmp_path / "nodata" / "LF.csv"), "--outcome", "SURV")
    assert code == 2 and f"file not found; the folder {tmp_path / 'nodata'} does not exist" in err, err
    code, _, err = run(capsys, "calibrate", str(tmp_path / "LF.csv"), "--spec", str(tmp_path / "lf.csv"))
    assert code == 2 and f"did you mean '{tmp_path / 'LF.csv'}'?" in err, err
    code, _, err = run(capsys, "minimize", str(tmp_path / "other.csv"), "--outcome", "SURV")
    assert code == 2 and err.strip().endswith("other.csv: file not found"), err


def test_every_command_help_says_the_data_file_may_be_json_records_or_json_lines(tmp_path, capsys):
    """`truth-table --help` (and every other command's) called the data argument a 'CSV file', and robustness' --raw
    'CSV of raw values', while the reader takes JSON records and JSON Lines too (README, Troubleshooting). Each data
    argument now says what the reader takes, from the one text the commands share (cli_args.DATA_FILE); and a JSON
    Lines file is read as that help says."""
    from analysis.qca.cli import build_parser
    from analysis.qca.cli_args import DATA_FILE

    assert "CSV" in DATA_FILE and "JSON records" in DATA_FILE and "JSON Lines" in DATA_FILE
    sub = next(a for a in build_parser()._actions if a.choices and isinstance(a.choices, dict))
    helps = {(name, action.dest): action.help for name, p in sub.choices.items() for action in p._actions
             if action.dest in ("data", "raw")}
    assert len({name for name, _ in helps}) == len(sub.choices) and ("robustness", "raw") in helps
    assert not [k for k, h in helps.items() if DATA_FILE not in h], helps
    lines = tmp_path / "LF.jsonl"
    lines.write_text("".join(json.dumps(r) + "\n" for r in pd.read_csv(LF).to_dict("records")), encoding="utf-8")
    outs = []
    for path in (LF, str(lines)):
        assert main(["truth-table", path, "--outcome", "SURV", "--json"]) == 0
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]


@pytest.mark.parametrize("flag, value, rest", [
    ("--outcome", "'SURV'", ["--incl-cut", "0.8"]),
    ("--include", "'?'", ["--outcome", "SURV", "--incl-cut", "0.8"]),
    ("--incl-cut", "'0.8'", ["--outcome", "SURV"]),
    ("--outcome", "\u2018SURV\u2019", ["--incl-cut", "0.8"]),
])
def test_a_value_that_kept_its_quotes_is_named(capsys, flag, value, rest):
    """minimize LF.csv --outcome 'SURV' typed in Windows' cmd.exe (single quotes are no quotes there) or copied from
    a document with typographic quotes: the engine got the quotes as part of the value and said only that "'SURV'"
    is no column, or no number; the message now says the quotes were kept and what to write."""
    code, out, err = run(capsys, "minimize", LF, flag, value, *rest)
    inner = value[1:-1]
    assert code == 2 and out == "" and err.count("\n") == 1, err
    why = ("Windows' cmd.exe quotes with double quotes only" if value[0] == "'" else
           "typographic quotes, copied from a document, are no quotes to a shell")
    assert err.rstrip("\n").endswith(f"; the value {value} kept its quotes ({why}): write \"{inner}\" (double quotes) "
                                     f"or {inner}"), err


def test_a_value_quoted_on_purpose_gets_no_quotes_hint(capsys, tmp_path):
    # a column whose name holds quotes is read as named; another error says nothing of quotes
    path = tmp_path / "q.csv"
    pd.read_csv(LF).rename(columns={"SURV": "'SURV'"}).to_csv(path, index=False)
    code, out, _ = run(capsys, "truth-table", str(path), "--outcome", "'SURV'", "--incl-cut", "0.8")
    assert code == 0 and "OUT" in out
    code, _, err = run(capsys, "truth-table", str(path), "--outcome", "'SURV'", "--incl-cut", "2")
    assert code == 2 and "kept its quotes" not in err, err


def test_a_relative_path_not_found_says_where_it_was_looked_for(capsys, tmp_path, monkeypatch):
    """`python -m analysis.qca` runs in the checkout (the package is found there), seldom in the data's folder: a
    researcher's `minimize mydata.csv` said only 'mydata.csv: file not found', not that it was looked for in the
    checkout. A relative path not found now names where it was looked for and asks for the full path; an absolute
    one, and one with a near name there, are told as before."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "minimize", "mydata.csv", "--outcome", "Y")
    assert code == 2 and err == (f"error: mydata.csv: file not found; looked for as {tmp_path / 'mydata.csv'} (a "
                                 "relative path is read from the folder the command runs in): give the file's full "
                                 "path\n"), err
    code, _, err = run(capsys, "calibrate", str(LF), "--spec", "spec.yaml")
    assert code == 2 and f"--spec spec.yaml: file not found; looked for as {tmp_path / 'spec.yaml'}" in err, err
    code, _, err = run(capsys, "minimize", str(tmp_path / "mydata.csv"), "--outcome", "Y")
    assert code == 2 and err.strip().endswith("mydata.csv: file not found"), err


HC = str(DATASETS / "HC.csv")   # FOREIGN (93% of the cases in the set) and VOTE (87%): skewed at 0.2,0.8


def _hc_panel(tmp_path) -> str:
    """HC's cases in two waves (UNIT, WAVE): a panel whose pooled sets are HC's, skewed as HC's are."""
    hc = pd.read_csv(HC)
    waves = [hc.assign(UNIT=hc["case"], WAVE=w, case=hc["case"] + f"_{w}") for w in (1, 2)]
    path = tmp_path / "HC_panel.csv"
    pd.concat(waves).to_csv(path, index=False, encoding="utf-8")
    return str(path)


def _hc_spec(tmp_path) -> str:
    """A sweep file for HC (robustness --spec): one test and one range, every truth table on HC's skewed sets."""
    path = tmp_path / "HC_sweeps.yaml"
    path.write_text("outcome: VOTE\nincl_cut: 0.8\ntests:\n  - {label: incl 0.75, incl_cut: 0.75}\n"
                    "ranges:\n  - {parameter: incl_cut, step: 0.05, max_runs: 2}\n", encoding="utf-8")
    return str(path)


SKEW_COMMANDS = {
    "necessity": ["necessity", "{HC}", "--outcome", "VOTE"],
    "super-subset": ["super-subset", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.9"],
    "pof": ["pof", "{HC}", "--outcome", "VOTE", "--expression", "FOREIGN*UNEMP"],
    "pof --necessity": ["pof", "{HC}", "--outcome", "VOTE", "--expression", "FOREIGN", "--necessity"],
    "cluster": ["cluster", "{PANEL}", "--outcome", "VOTE", "--expression", "FOREIGN*UNEMP", "--unit", "UNIT",
                "--cluster", "WAVE"],
    "cases --nec-cond": ["cases", "{HC}", "--outcome", "VOTE", "--nec-cond", "FOREIGN"],
    "cases --nec-cond --pairs": ["cases", "{HC}", "--outcome", "VOTE", "--nec-cond", "FOREIGN", "--pairs",
                                 "typical-typical"],
    "truth-table": ["truth-table", "{HC}", "--outcome", "VOTE"],
    "minimize": ["minimize", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8"],
    "find-rows": ["find-rows", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8"],
    "esa": ["esa", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8"],
    "cases": ["cases", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8"],
    "theory": ["theory", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8", "--theory", "FOREIGN"],
    "chart": ["chart", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8"],
    "good-practice": ["good-practice", "{HC}", "--outcome", "VOTE", "--incl-cut", "0.8"],
    "robustness": ["robustness", "{HC}", "--spec", "{SPEC}", "--jobs", "1"],
}


@pytest.mark.parametrize("command", list(SKEW_COMMANDS))
def test_every_command_that_warns_of_skewed_sets_takes_skew_bounds(capsys, tmp_path, command):
    """Only good-practice had --skew-bounds: the other commands that warn of skewed sets (necessity, super-subset,
    pof, cluster, the cases of a necessary condition, those that build a truth table, and robustness, whose every
    specification's table warned) warned at the library's default bounds whatever the user wanted, though their
    functions take skew_bounds. HC's skewed sets are warned of
    by default, not with bounds they lie within (0.05,0.95), nor with 'none' (no check; good-practice, which refused
    it, reports the shares and says 'not checked': test_good_practice_skew_bounds_none_says_not_checked)."""
    argv = [a.format(HC=HC, PANEL=_hc_panel(tmp_path) if "{PANEL}" in a else "",
                     SPEC=_hc_spec(tmp_path) if "{SPEC}" in a else "") for a in SKEW_COMMANDS[command]]
    code, out, err = run(capsys, *argv)
    assert code == 0 and "warning: skewed condition 'FOREIGN'" in err and "warning: skewed outcome 'VOTE'" in err, err
    for bounds in ("0.05,0.95", "none", " None "):
        code, out, err = run(capsys, *argv, "--skew-bounds", bounds)
        assert code == 0 and "skewed" not in err, (bounds, err)
    code, out, err = run(capsys, *argv, "--skew-bounds", "20,80")   # the catalogue's good-practice-skew-percent
    assert code == 2 and not out and err == ("error: --skew-bounds must be two shares LOW,HIGH in [0, 1] with LOW "
                                             "below HIGH, such as 0.2,0.8, got '20,80'; percentages? write "
                                             "0.2,0.8\n"), err


@pytest.mark.parametrize("fmt", ["", "--json", "--csv"])
def test_good_practice_skew_bounds_none_says_not_checked(capsys, fmt):
    """good-practice --skew-bounds none was refused ('give LOW,HIGH'), where every other command reads it as 'no
    check'. It is read so here too: the report (text, --json, --csv) says the skewed sets were not checked, the row
    'not met' (never 'met'), as good_practice(skew_bounds=None) reports it."""
    argv = ["good-practice", HC, "--outcome", "VOTE", "--incl-cut", "0.8", "--skew-bounds", "none"]
    code, out, err = run(capsys, *argv, *([fmt] if fmt else []))
    assert code == 0 and "skewed" not in err, err
    if fmt == "--json":
        row = next(r for r in json.loads(out)["standards"] if r["standard"] == "skewed set memberships")
    elif fmt == "--csv":
        row = pd.read_csv(io.StringIO(out)).set_index("standard").loc["skewed set memberships"].to_dict()
    else:
        block = out.split("- skewed set memberships: ", 1)[1].split("\n- ", 1)[0]
        row = {"status": block.split(" [", 1)[0], "has": " ".join(block.split("has: ", 1)[1].split())}
    assert row["status"] == "not met" and "; not checked: skewed sets (skew_bounds=None, --skew-bounds none" in \
        row["has"], row
    share = (pd.read_csv(HC)["VOTE"] > 0.5).mean()   # skewed at 0.2,0.8: reported, not flagged
    assert f"VOTE {share:.0%}" in row["has"] and "skewed:" not in row["has"], row


def _lf_solution(include: str, dir_exp=None):
    tt = truth_table(pd.read_csv(LF), "SURV", incl_cut=0.8, case_column="case")
    return minimize(tt, include=include, dir_exp=dir_exp)


def test_cases_theory_and_chart_read_the_solution_named_by_solution_flag(capsys):
    """cases, theory and chart minimised with remainders only (the parsimonious solution, the intermediate with
    --dir-exp): the conservative solution's typology, theory evaluation and chart could not be reached from the
    command line. --solution conservative reads minimize(tt, include=''), as the API's functions do."""
    from analysis.qca.configurations import configuration_chart
    from analysis.qca.diagnostics import case_typology, smmr, theory_evaluation

    sol = _lf_solution("")
    assert sol.models[0].expression != _lf_solution("?").models[0].expression   # the flag must change the answer
    base = ["--outcome", "SURV", "--incl-cut", "0.8", "--solution", "conservative", "--json"]
    code, out, err = run(capsys, "cases", LF, *base)
    assert code == 0, err
    assert json.loads(out)["kind"] == "conservative"
    typical = json.loads(out)["cases"]
    assert [r["case"] for r in typical] == list(smmr(sol, "typical")["case"])
    ty = case_typology(sol, 1)
    assert {r["case"] for r in typical} == set(ty.loc[ty["type"] == "typical", "case"])
    code, out, err = run(capsys, "theory", LF, *base, "--theory", "DEV*STB")
    assert code == 0, err
    d = json.loads(out)
    assert d["kind"] == "conservative"
    assert d == json.loads(json.dumps(theory_evaluation("DEV*STB", sol).to_dict()))
    code, out, err = run(capsys, "chart", LF, *base)
    assert code == 0, err
    d = json.loads(out)
    assert d["kind"] == "conservative" and d["paths"] == json.loads(json.dumps(
        configuration_chart(sol, parsimonious=_lf_solution("?")).to_dict()))["paths"]
    # the text names the solution read too
    for command, extra, said in (("cases", [], "of the conservative solution for SURV"),
                                 ("theory", ["--theory", "DEV*STB"], "against the conservative solution"),
                                 ("chart", [], "(conservative solution")):
        code, out, err = run(capsys, command, LF, *base[:-1], *extra)
        assert code == 0 and said in out, (command, out, err)


@pytest.mark.parametrize("kind, given", [("conservative", ["--solution", "conservative"]), ("parsimonious", []),
                                         ("intermediate", ["--dir-exp", "1,1,1,1,1"])])
def test_esa_text_names_the_solution_read(capsys, kind, given):
    """esa's text printed the blocked rows and a solution without saying which: with --solution it can be any of
    the three (its JSON has 'kind')."""
    code, out, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", *given)
    assert code == 0 and f"\n{kind} solution:\n" in out, err


def test_esa_ron_cut_warns_about_a_necessary_condition_of_low_relevance_as_the_api_does(capsys):
    """esa() took ron_cut= (ESA's necessity rule, which good_practice counts by) while the esa command had no flag for
    it: --ron-cut warns, on stderr, about a consistent nec_cond whose RoN is below the cut (LIT on LF: RoN 0.509), and
    blocks the same rows as without it; without --nec-cond it is refused in one line."""
    base = ["esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", "--json"]
    code, plain, err = run(capsys, *base)
    assert code == 0 and "not relevant" not in err, err
    code, low, err = run(capsys, *base, "--ron-cut", "0.6")
    assert code == 0 and low == plain, err
    assert "necessary condition 'LIT' (ESA): inclN 0.991, RoN 0.509 for SURV, not relevant (RoN below 0.6)" in err, err
    code, _, err = run(capsys, *base, "--ron-cut", "0.5")
    assert code == 0 and "not relevant" not in err, err
    code, out, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--ron-cut", "0.5")
    assert code == 2 and err == ("error: --ron-cut applies to the necessary conditions of --nec-cond: give "
                                 "--nec-cond\n"), err


@pytest.mark.parametrize("command, extra", [("cases", []), ("theory", ["--theory", "DEV*STB"]), ("chart", []),
                                            ("esa", ["--nec-cond", "LIT"])])
def test_solution_flag_default_and_intermediate_are_the_solutions_read_before(capsys, command, extra):
    """The default is unchanged (parsimonious; intermediate with --dir-exp), and --solution names them alike."""
    base = [command, LF, "--outcome", "SURV", "--incl-cut", "0.8", *extra, "--json"]
    for given, same in ((["--solution", "parsimonious"], []),
                        (["--solution", "intermediate", "--dir-exp", "1,1,1,1,1"], ["--dir-exp", "1,1,1,1,1"])):
        code, a, err = run(capsys, *base, *given)
        assert code == 0, err
        code, b, err = run(capsys, *base, *same)
        assert code == 0 and a == b, err


@pytest.mark.parametrize("conditions, example", [
    ([], "--dir-exp 1,1,1,1,1 (one value per condition, in order: DEV, URB, LIT, IND, STB; '-' for no expectation)"),
    (["--conditions", "DEV,URB"], "--dir-exp 1,1 (one value per condition, in order: DEV, URB; '-' for no "
                                  "expectation)"),
])
def test_solution_intermediate_without_dir_exp_gives_an_example_for_the_data(capsys, conditions, example):
    """--solution intermediate without --dir-exp gave the example '--dir-exp 1,1,0' (three values) for data with
    five conditions; the example now has one value per condition of the analysis (checked to run)."""
    base = ["cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", *conditions, "--solution", "intermediate"]
    code, out, err = run(capsys, *base)
    assert code == 2 and len(err.splitlines()) == 1 and err.rstrip().endswith(f"e.g. {example}"), err
    code, out, err = run(capsys, *base, *example.split(" (")[0].split())
    assert code == 0, err


@pytest.mark.parametrize("command, extra", [("cases", []), ("theory", ["--theory", "DEV*STB"]), ("chart", []),
                                            ("esa", ["--nec-cond", "LIT"])])
@pytest.mark.parametrize("given, needle", [
    (["--solution", "intermediate"], "--solution intermediate needs --dir-exp"),
    (["--solution", "conservative", "--dir-exp", "1,1,1,1,1"],
     "--dir-exp gives the intermediate solution, not the conservative one: leave out --dir-exp, or give "
     "--solution intermediate"),
    (["--solution", "parsimonious", "--dir-exp", "1,1,1,1,1"], "not the parsimonious one"),
    (["--solution", "complex"], "--solution: invalid choice: 'complex'"),
])
def test_solution_flag_errors_are_one_line(capsys, command, extra, given, needle):
    code, out, err = run(capsys, command, LF, "--outcome", "SURV", "--incl-cut", "0.8", *extra, *given)
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and err.startswith("error: ") and needle in err, err


@pytest.mark.parametrize("argv, result", [
    (["truth-table", "--outcome", "SURV", "--incl-cut", "0.8"],
     lambda lf: truth_table(lf, "SURV", incl_cut=0.8)),
    (["minimize", "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--dir-exp", "1,1,1,1,1"],
     lambda lf: minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?", dir_exp="1,1,1,1,1")),
    (["necessity", "--outcome", "SURV"], lambda lf: __import__("analysis.qca").qca.necessity(lf, "SURV")),
    (["super-subset", "--outcome", "SURV", "--incl-cut", "0.9", "--cov-cut", "0.6"],
     lambda lf: __import__("analysis.qca").qca.super_subset(lf, "SURV", incl_cut=0.9, cov_cut=0.6)),
    (["pof", "--outcome", "SURV", "--expression", "DEV*URB + ~LIT"],
     lambda lf: __import__("analysis.qca").qca.pof("DEV*URB + ~LIT", lf, "SURV")),
    # theory and chart print more than one table: --csv gives the main one, saying on stderr what it leaves out
    (["theory", "--outcome", "SURV", "--incl-cut", "0.8", "--theory", "DEV*URB"],
     lambda lf: __import__("analysis.qca").qca.theory_evaluation(
         "DEV*URB", minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?"))),
    (["chart", "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1"],
     lambda lf: __import__("analysis.qca").qca.configuration_chart(
         minimize(truth_table(lf, "SURV", incl_cut=0.8), include="?", dir_exp="1,1,1,1,1"))),
])
def test_csv_prints_the_result_s_table_as_python_s_to_frame_gives_it(capsys, argv, result):
    """A researcher on the command line had the tables as R-like text or as JSON, no CSV to open in a spreadsheet
    or paste as a paper's table (only calibrate and good-practice wrote one). --csv now prints the result's table,
    what to_frame() gives in Python, the truth table's row number as its first column; with --json it is refused."""
    code, out, err = run(capsys, argv[0], LF, *argv[1:], "--csv")
    assert code == 0, err
    want = result(pd.read_csv(LF, index_col="case")).to_frame()
    if want.index.name is not None:
        want = want.reset_index()
    got = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert list(got.columns) == list(want.columns) and len(got) == len(want) > 0
    for c in want.columns:
        if pd.api.types.is_float_dtype(want[c]):
            numbers = [float(v) if v else float("nan") for v in got[c]]
            assert numbers == pytest.approx(want[c].tolist(), nan_ok=True), c
        else:
            texts = ["" if v is None or v != v else str(v) for v in want[c]]
            assert got[c].tolist() == texts, c
    code, out, err = run(capsys, argv[0], LF, *argv[1:], "--csv", "--json")
    assert code == 2 and not out and err.count("error:") == 1 and "--json and --csv" in err
    if argv[0] == "truth-table":
        code, out, err = run(capsys, argv[0], LF, *argv[1:], "--csv", "--complete")
        assert code == 2 and "the CSV holds the observed rows" in err


def test_cases_csv_prints_its_tables_as_one_and_robustness_refuses_csv_naming_json(capsys):
    """cases, theory, chart and robustness had no --csv (argparse's 'unrecognized arguments'). cases prints its
    table of cases as CSV, several tables (pairs, focal conjuncts) as one whose first column names each row's
    table; theory and chart print their main table (test above); robustness, whose tables differ in shape, refuses
    --csv in one line naming --json."""
    from analysis.qca import smmr, smmr_focal_conjuncts, smmr_pairs

    sol = minimize(truth_table(pd.read_csv(LF, index_col="case"), "SURV", incl_cut=0.8), include="?")
    base = ["cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--csv"]
    for extra, tables, column in (
            (["--type", "typical"], {None: smmr(sol, "typical")}, None),
            (["--type", "focal-conjuncts"], smmr_focal_conjuncts(sol, 1), "focal_conjunct"),
            (["--pairs", "typical-irrelevant"], smmr_pairs(sol, "typical-irrelevant"), "table")):
        code, out, err = run(capsys, *base, *extra)
        assert code == 0, err
        got = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
        want = [(k, t) for k, t in tables.items()]
        columns = list(want[0][1].columns)
        assert list(got.columns) == ([column] if column else []) + columns
        if column:
            assert got[column].tolist() == [str(k) for k, t in want for _ in range(len(t))]
        cases = columns[0]
        assert got[cases].tolist() == [str(v) for _, t in want for v in t[cases]] and len(got) > 0
    from analysis.qca import necessity_cases

    code, out, err = run(capsys, "cases", LF, "--outcome", "SURV", "--nec-cond", "DEV", "--type", "typical", "--csv")
    want = necessity_cases(pd.read_csv(LF, index_col="case"), "SURV", "DEV", "typical")
    got = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert code == 0 and list(got.columns) == list(want.columns) and len(got) == len(want) > 0, err
    assert got["case"].tolist() == [str(v) for v in want["case"]]
    code, out, err = run(capsys, "cases", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "typical",
                         "--csv", "--json")
    assert code == 2 and "--json and --csv" in err
    code, out, err = run(capsys, "robustness", LF, "--spec", str(ROOT / "docs/examples/LF_sweeps.yaml"), "--csv")
    assert code == 2 and not out and err.count("error:") == 1 and len(err.splitlines()) == 1, err
    assert err.startswith("error: robustness --csv: ") and "use --json" in err


def test_minimize_csv_says_on_stderr_what_the_printed_solution_says_below_its_tables(capsys):
    """minimize --csv printed the first --max-models models of a partial answer as if they were all: the line the
    text output ends with ('partial answer: 4 minimal models ...; the first 2 ... are listed') had no place in the
    CSV. It is now a warning: line on stderr, the CSV unchanged."""
    argv = ["minimize", str(DATASETS / "CVF.csv"), "--outcome", "PROTEST", "--incl-cut", "0.8", "--include", "?",
            "--max-models", "2"]
    code, text, _ = run(capsys, *argv)
    said = next(line for line in text.splitlines() if line.startswith("partial answer:"))
    code, out, err = run(capsys, *argv, "--csv")
    assert code == 0 and said in err and "partial answer" not in out
    assert sorted(set(pd.read_csv(io.StringIO(out))["model"])) == ["M1", "M2"]


#: The outcome and the cut-off the commands that minimise take.
_Y = ("--outcome", "SURV", "--incl-cut", "0.8")


@pytest.mark.parametrize("argv, said", [
    (["theory", *_Y, "--theory", "DEV*STB", "--solution", "intermediate"],
     "--solution intermediate needs --dir-exp, the directional expectations of its counterfactuals, e.g. --dir-exp "
     "1,1,1,1,1 (one value per condition, in order: DEV, URB, LIT, IND, STB; '-' for no expectation)"),
    (["cases", *_Y, "--solution", "conservative", "--dir-exp", "1,1,1,1,1"], "--dir-exp gives the intermediate solution"),
    (["truth-table", *_Y, "--case-column", "SURV"], "--case-column SURV: that column is the outcome"),
    (["cases", *_Y, "--type", "typical", "--pairs", "typical-deviant-coverage"], "both choose what to list"),
    (["cases", *_Y, "--type", "typical", "--exact"], "--exact applies to --type deviant-coverage"),
    (["cases", *_Y, "--type", "deviant-relevance"], "it is a type of cases of a necessary condition: give --nec-cond"),
    (["cases", "--outcome", "SURV", "--nec-cond", "LIT", "--model", "2"], "--model chooses a model of a solution, not of --nec-cond"),
    (["cases", *_Y, "--by", "DEV"], "--by, --max-pairs and --max-pair-candidates apply to --pairs only"),
    (["cases", *_Y, "--term", "1"], "--term applies to --type focal-conjuncts or --pairs only"),
    (["plot", "--outcome", "SURV", "--nec-cond", "LIT", "--term", "1", "--out", "x.png"], "--term chooses a term or model of a solution"),
    (["pof", "--outcome", "SURV", "--expression", "DEV", "--necessity", "--haesebrouck-consistency"], "--haesebrouck-consistency is a "
                                                                                 "consistency of sufficiency"),
    (["minimize", *_Y, "--exclude", "csa"], "names a kind of rows: list them with find-rows --type csa"),
    (["truth-table", *_Y, "--dcc", "--no-cases"], "--dcc prints the deviant cases in the cases column"),
    (["good-practice", *_Y, "--json", "--csv"], "--json and --csv both choose the output"),
    (["truth-table", *_Y, "--complete", "--json"], "--complete prints the remainders in the table"),
    (["find-rows", *_Y, "--observed"], "--observed applies to untenable rows of --expression"),
    (["esa", *_Y, "--ron-cut", "0.5"], "--ron-cut applies to the necessary conditions of --nec-cond"),
    (["minimize", *_Y, "--pi-chart"], "--rows-limit and --pi-chart shape the JSON output: add --json"),
    (["calibrate", "--spec", "SPEC", "--out", "sets.xlsx"], "--out sets.xlsx: the output is CSV text"),
    (["calibrate", "--spec", "SPEC", "--keep", "SURV,SURV"], "--keep names 'SURV' twice"),
])
def test_a_refusal_of_the_flags_alone_comes_before_the_data_is_read(tmp_path, capsys, argv, said):
    """--solution intermediate without --dir-exp (and every other refusal the command line alone decides) was made
    only once the data was read: after a long read, and after the data's warnings (here an empty row), printed
    above the one error line. Each now comes alone, the data unread."""
    data = tmp_path / "lf.csv"
    data.write_text(open(LF, encoding="utf-8").read() + ",,,,,,\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text("DEV: {thresholds: 'e=0.2, c=0.5, i=0.8'}\n", encoding="utf-8")
    code, out, err = run(capsys, argv[0], str(data), *[str(spec) if a == "SPEC" else a for a in argv[1:]])
    assert code == 2 and out == "" and err.startswith("error: ") and err.count("\n") == 1 and said in err, err


def test_a_missing_membership_is_refused_with_how_to_drop_the_cases_from_python_and_from_the_command_line(capsys,
                                                                                                     tmp_path):
    """A case with a missing membership: the message said "drop or impute those cases explicitly first", then (no
    option dropping them) df.dropna(subset=[...]) in Python, which keeps every case of a frame read_data read ('NA',
    '' are text cells there), and on the command line to delete the rows or fill in the cells. It now names the
    engine's own ways, drop_missing_cases(df, [...]) and --drop-missing, and the default stays the refusal."""
    path = tmp_path / "gap.csv"
    path.write_text("case,A,B,Y\na,0.7,0.2,0.8\nb,0.9,,0.7\nc,0.3,0.6,0.2\nd,0.2,NA,0.1\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y")
    assert code == 2 and err.count("\n") == 1, err
    how = ("drop or impute those cases explicitly first (to drop them, naming them: in Python, "
           "drop_missing_cases(df, ['B'], case_column='case'); on the command line, --drop-missing)")
    assert err.rstrip().endswith(how), err
    df, case = read_data(path)
    assert len(df.dropna(subset=["B"])) == 4   # what the message advised before: nothing dropped
    with pytest.raises(Exception, match=r"first \(to drop them, naming them: in Python, drop_missing_cases\(df, \['B'\], "
                       r"case_column='case'\);") as exc:
        truth_table(df, "Y", case_column=case)
    from analysis.workshop import engine_error_zh

    assert engine_error_zh(exc.value).endswith("（要删除它们并列出被删除的案例：在 Python 中用 drop_missing_cases(df, ['B'], case_column='case')；"
                                               "在命令行中加上 --drop-missing）")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--drop-missing", "--incl-cut", "0.5")
    assert code == 0 and err == ("note: dropped 2 of 4 cases for a missing value in 'A', 'B', 'Y': 'b' (line 3: 'B' "
                                 "empty), 'd' (line 5: 'B' 'NA'); 2 cases left (--drop-missing)\n"), err
    kept = tmp_path / "kept.csv"   # the same answer as the file with those rows deleted by hand
    kept.write_text("case,A,B,Y\na,0.7,0.2,0.8\nc,0.3,0.6,0.2\n", encoding="utf-8")
    assert run(capsys, "truth-table", str(kept), "--outcome", "Y", "--incl-cut", "0.5") == (0, out, "")


@pytest.mark.parametrize("flag", ["--dropna", "--drop-na", "--na-omit", "--na.rm", "--listwise", "--complete-cases"])
def test_a_flag_named_as_pandas_or_r_drop_missing_values_is_answered_with_drop_missing(capsys, flag):
    """--dropna (pandas), --na.omit or --na.rm (R), --listwise (SPSS, Stata) got only "unrecognized arguments", no
    near flag; they now name --drop-missing, and calibrate (which has none) says how a missing raw value is kept and
    then dropped."""
    code, out, err = run(capsys, "truth-table", "data/reference/datasets/LF.csv", "--outcome", "SURV", flag)
    assert code == 2 and err == (f"error: unrecognized arguments: {flag}; truth-table takes no {flag}: write "
                                 "--drop-missing (drops the cases with a missing value in the columns used, naming "
                                 "them)\n"), err
    code, out, err = run(capsys, "calibrate", "data/reference/datasets/LR.csv", "--spec", "x.yaml", flag)
    assert code == 2 and err.endswith(f"calibrate takes no {flag}: give the set 'missing: keep' in the specification "
                                      "(its membership left empty), then --drop-missing to the analysis\n"), err


def test_a_missing_raw_value_says_how_the_analysis_drops_the_case_kept_empty(capsys, tmp_path):
    """calibrate refusing a missing raw value said to drop or impute the case, or to keep its membership empty
    ('missing: keep'), which the analysis then refused in turn, with no word on how to go on from the command line.
    It now says that the analysis drops such cases with --drop-missing; the whole path is run here."""
    raw, spec = tmp_path / "raw.csv", tmp_path / "spec.yaml"
    raw.write_text("case,gdp,Y\na,400,0\nb,NA,1\nc,600,1\nd,700,1\ne,450,0\n", encoding="utf-8")
    spec.write_text("G: {source: gdp, thresholds: 'e=400, c=550, i=700'}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y")
    assert code == 2 and err.endswith("give the set 'missing: keep' in the calibration file to leave its membership "
                                      "empty (as R's calibrate() gives NA), which the analysis then drops with "
                                      "--drop-missing, naming those cases\n"), err
    spec.write_text("G: {source: gdp, thresholds: 'e=400, c=550, i=700', missing: keep}\n", encoding="utf-8")
    sets = tmp_path / "sets.csv"
    assert run(capsys, "calibrate", str(raw), "--spec", str(spec), "--keep", "Y", "--out", str(sets))[0] == 0
    code, out, err = run(capsys, "truth-table", str(sets), "--outcome", "Y", "--drop-missing", "--incl-cut", "0.5")
    assert code == 0 and err == ("note: dropped 1 of 5 cases for a missing value in 'Y', 'G': 'b' (line 3: 'G' "
                                 "empty); 4 cases left (--drop-missing)\n"), err


def test_robustness_drops_the_cases_with_a_missing_membership_with_drop_missing(capsys, tmp_path):
    """The memberships calibrate writes with 'missing: keep' (a raw 9999, a code of no answer, declared in
    missing_codes) leave a case's cell empty; robustness refused it advising --drop-missing, which robustness did
    not take ('unrecognized arguments'). It now takes it: the cases with a missing value in the outcome or a condition
    of --spec are dropped, named in the analysis commands' note, and a test's recalibration reads --raw's values for
    the cases left (no warning on the 9999 of the case dropped); the result is that of the file without the row."""
    lf = pd.read_csv("data/reference/datasets/LF.csv", encoding="utf-8", dtype=str)
    lr = pd.read_csv("data/reference/datasets/LR.csv", encoding="utf-8", dtype=str)
    lf.loc[lf["case"] == "AU", "DEV"] = ""
    lr.loc[lr["case"] == "AU", "DEV"] = "9999"
    data, raw, kept, spec = (tmp_path / n for n in ("LF.csv", "LR.csv", "kept.csv", "sweep.yaml"))
    lf.to_csv(data, index=False, encoding="utf-8")
    lr.to_csv(raw, index=False, encoding="utf-8")
    lf[lf["case"] != "AU"].to_csv(kept, index=False, encoding="utf-8")
    spec.write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\ntests:\n"
                    "  - {label: incl 0.75, incl_cut: 0.75}\n"
                    "  - {label: DEV c=600, calibrate: {DEV: {thresholds: 'e=350, c=600, i=900'}}}\n", encoding="utf-8")
    args = ["--spec", str(spec), "--raw", str(raw), "--json"]
    code, out, err = run(capsys, "robustness", str(data), *args)
    assert code == 2 and "missing values in column(s) 'DEV' (case(s) 'AU')" in err and err.rstrip().endswith(
        "on the command line, --drop-missing)"), err
    code, out, err = run(capsys, "robustness", str(data), *args, "--drop-missing")
    assert code == 0 and err == ("note: dropped 1 of 18 cases for a missing value in 'DEV', 'URB', 'LIT', 'IND', "
                                 "'STB', 'SURV': 'AU' (line 2: 'DEV' empty); 17 cases left (--drop-missing)\n"), err
    assert run(capsys, "robustness", str(kept), *args) == (0, out, "")
    spec.write_text("outcome: SURV\nconditions: 'DEV, URB'\nincl_cut: 0.8\ntests:\n  - {label: n 2, n_cut: 2}\n",
                    encoding="utf-8")   # the columns of --spec only: a gap in another column keeps the case
    lf.loc[lf["case"] == "AU", ["DEV", "LIT"]] = ["0.81", ""]
    lf.to_csv(data, index=False, encoding="utf-8")
    code, out, err = run(capsys, "robustness", str(data), "--spec", str(spec), "--drop-missing")
    assert code == 0 and "note:" not in err, err


def test_calibrate_refuses_drop_missing_saying_where_the_cases_are_dropped(capsys):
    """calibrate writes every case (a set with 'missing: keep' leaves a membership empty): its --drop-missing got
    'calibrate takes no --drop-missing (minimize, ... do)'; it now says how a missing raw value is kept and that the
    analysis drops the case, as calibrate's --dropna does."""
    code, out, err = run(capsys, "calibrate", "data/reference/datasets/LR.csv", "--spec", "x.yaml", "--drop-missing")
    assert code == 2 and err.endswith("calibrate takes no --drop-missing: give the set 'missing: keep' in the "
                                      "specification (its membership left empty), then --drop-missing to the "
                                      "analysis\n"), err


def test_drop_missing_leaves_a_column_of_notes_to_the_refusal_and_notes_after_the_files_warnings(capsys, tmp_path):
    """Without --conditions every column is a condition: a column of notes with blank cells made --drop-missing drop
    those cases first, then the refusal of the notes column named fewer of its cells and took it for case names
    ('every value is text and unique'). The refusal now comes first, as without the flag (leave the column out:
    --conditions). And the 'note:' line of the cases dropped came before the warnings about the file (no case column);
    it now follows them, as a user reads them."""
    path = tmp_path / "notes.csv"
    path.write_text("case,X,Z,Y,note\nc0,0.05,0.08,0.2,fine\nc1,0.15,0.18,0.3,\nc2,0.36,0.27,0.9,checked\n"
                    "c3,0.73,0.72,0.8,\nc4,0.95,0.88,0.1,odd\nc5,,0.95,0.7,gap\nc6,0.9,0.9,0.95,ok\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--drop-missing")
    assert code == 2 and err.count("\n") == 1 and err.startswith("error: ") and "note:" not in err, err
    assert "'c0': 'fine', 'c2': 'checked', 'c4': 'odd', 'c5': 'gap', 'c6': 'ok'" in err and err.rstrip().endswith(
        "list the conditions without it: --conditions X,Z"), err
    # the same refusal as without the flag, but for the flag given, not told to pass it (test_qca_user_data)
    told = ("QCA cannot place a case with a missing membership in a configuration; drop or impute those cases "
            "explicitly first (to drop them, naming them: in Python, drop_missing_cases(df, ['X', 'note'], "
            "case_column='case'); on the command line, --drop-missing)")
    given = "--drop-missing, given, drops those cases once the non-numeric values are dealt with"
    assert given in err and run(capsys, "truth-table", str(path), "--outcome", "Y") == (2, "", err.replace(given, told))
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--conditions", "X,Z", "--drop-missing",
                         "--incl-cut", "0.5")
    assert code == 0 and err == ("note: dropped 1 of 7 cases for a missing value in 'X', 'Z', 'Y': 'c5' (line 7: 'X' "
                                 "empty); 6 cases left (--drop-missing)\n"), err
    path.write_text("name,X,Z,Y\nAT,0.05,0.08,0.2\nBE,0.15,0.18,0.3\nCL,0.36,0.27,0.9\nDK,0.73,0.72,0.8\n"
                    "EE,0.95,0.88,0.1\nFR,,0.95,0.7\nGR,0.9,0.9,0.95\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "Y", "--conditions", "X,Z", "--drop-missing",
                         "--incl-cut", "0.5")
    lines = err.splitlines()
    assert code == 0 and len(lines) == 2, err
    assert lines[0].startswith(f"warning: {path}: no case column") and lines[1].startswith("note: dropped 1 of 7"), err


def test_a_missing_value_code_in_the_data_is_refused_with_advice_that_runs(capsys, tmp_path):
    """A 99 (SPSS's code of no answer) among a crisp set's 0 and 1 is refused as a multi-value level, with the hint
    'mark such cells as missing first' and no word on what then happens to the case or on the calibration
    specification's missing_codes. The hint now says both; taken (the cell emptied, --drop-missing), the analysis runs
    and names the case dropped."""
    src = "tests/bad_inputs/spss_missing_code_99.csv"
    code, out, err = run(capsys, "truth-table", src, "--outcome", "SURV")
    assert code == 2 and err.rstrip().endswith(
        "99 looks like a missing-value code (SPSS, Stata): mark such cells as missing first (empty or NA, the cases "
        "then dropped by drop_missing_cases, on the command line --drop-missing; raw values calibrated from a "
        "specification: the set's missing_codes: [99] with missing: keep)"), err
    path = tmp_path / "emptied.csv"
    with open(src, encoding="utf-8") as f:
        path.write_text(f.read().replace(",99,", ",,"), encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(path), "--outcome", "SURV", "--drop-missing")
    assert code == 0 and err.startswith("note: dropped 1 of ") and "'EE' (line 5: 'STB' empty)" in err, err


@pytest.mark.parametrize("flags, relation, outcome", [([], "necessity", "SURV"),
                                                      (["--relation", "suf", "--conditions", "DEV,URB"], "sufficiency",
                                                       "SURV"),
                                                      (["--negate-outcome", "--skew-bounds", "none"], "necessity",
                                                       "~SURV")])
def test_pofind_scores_each_condition_and_its_negation_as_the_api_does(capsys, flags, relation, outcome):
    """R users call pofind() often; the command line had no pofind command ('invalid choice'), only necessity, which
    gives necessity alone with its verdict. The pofind command reads --conditions and --relation (necessity by
    default, as R's pofind) and prints, as CSV and JSON, the table the API's pofind() gives, and its --help and the
    program's say it."""
    from analysis.qca import pofind

    conditions = flags[flags.index("--conditions") + 1] if "--conditions" in flags else None
    bounds = {"skew_bounds": None} if "none" in flags else {}
    want = pofind(pd.read_csv(LF), outcome, conditions, relation, case_column="case", **bounds).to_frame()
    code, out, err = run(capsys, "pofind", LF, "--outcome", "SURV", *flags, "--csv")
    assert code == 0, err
    got = pd.read_csv(io.StringIO(out))
    assert list(got["term"]) == list(want["term"]) and list(got.columns) == list(want.columns), (got, want)
    for column in want.columns[1:]:
        assert got[column].round(12).tolist() == want[column].round(12).tolist(), column
    code, out, err = run(capsys, "pofind", LF, "--outcome", "SURV", *flags, "--json")
    assert code == 0 and json.loads(out)["relation"] == relation, out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "pofind" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["pofind", "--help"])
    assert "--relation" in capsys.readouterr().out


def test_esa_csv_prints_the_solution_s_table_and_names_the_blocked_rows_on_stderr(capsys):
    """esa had no --csv: a researcher wanting the ESA solution for a spreadsheet, as minimize --csv gives it, got
    argparse's 'unrecognized arguments: --csv; did you mean --csa?'. esa --csv now prints the solution's table
    (to_frame() of the solution esa() and minimize() give in Python) and says on stderr which rows it blocked, as its
    text output does above the solution."""
    import warnings

    from analysis.qca import esa

    argv = ["esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--nec-cond", "LIT", "--untenable", "~DEV*IND",
            "--csa"]
    code, out, err = run(capsys, *argv, "--csv")
    assert code == 0, err
    tt = truth_table(pd.read_csv(LF, index_col="case"), "SURV", incl_cut=0.8)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = minimize(esa(tt, "LIT", "~DEV*IND", "csa"), include="?").to_frame()
    got = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert list(got.columns) == list(want.columns) and got["term"].tolist() == want["term"].tolist()
    assert [float(v) for v in got["inclS"]] == pytest.approx(want["inclS"].tolist())
    code, text, _ = run(capsys, *argv)   # the rows its text output names above the solution
    blocked = [line for line in text.splitlines() if line.startswith("blocked (")]
    assert len(blocked) == 3 and "; ".join(blocked) in err, err
    assert "warning: esa --csv: the parsimonious solution's table; blocked (necessity): " in err
    code, out, err = run(capsys, *argv, "--csv", "--json")
    assert code == 2 and not out and "--json and --csv" in err


def test_esa_csv_without_a_reason_to_block_a_row_says_so(capsys):
    """esa --csv without --nec-cond, --untenable, --contradictory-rows or --csa warned "the parsimonious solution's
    table;  (--json gives them with the solution)", naming nothing and no row (the CLI fuzzer's flags seeds 2 and 3):
    it says no row was blocked and why, and the workshop has its Chinese line."""
    from analysis.workshop import engine_warning_zh

    code, _, err = run(capsys, "esa", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--csv")
    said = [line for line in err.splitlines() if line.startswith("warning: esa --csv")]
    assert code == 0 and said == ["warning: esa --csv: the parsimonious solution's table; no row blocked (no --nec-cond, "
                                  "--untenable, --contradictory-rows or --csa given)"], err
    assert engine_warning_zh(said[0].removeprefix("warning: ")) == (
        "esa --csv：输出简约解的表；没有阻断任何行（未给出 --nec-cond、--untenable、--contradictory-rows 或 --csa）")


def test_truth_table_without_a_positive_row_says_so_and_what_to_lower(capsys):
    """truth-table at the default --incl-cut 1 (R's) on fuzzy data printed a table whose OUT column held only 0s and
    said nothing: a researcher learnt it only from minimize's 'no positive row to minimise'. A 'note:' line now says
    so, with the highest consistency a row has and what to lower (--pri-cut when it holds rows back); a table with a
    positive row gets no such line."""
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV")
    assert code == 0 and "OUT" in out, out
    assert err == ("note: no row is positive (OUT = 1): the highest consistency (incl) of a row is 0.904, below "
                   "--incl-cut 1; lower --incl-cut, or check the outcome; minimize and the commands that read a "
                   "solution find nothing to minimise at these cut-offs\n"), err
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--pri-cut", "0.95",
                       "--json")
    assert code == 0 and "2 rows reach --incl-cut 0.8 but have PRI below --pri-cut 0.95 (highest PRI 0.886); " \
                         "lower --pri-cut" in err, err
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8")
    assert code == 0 and "no row is positive" not in err, err


def test_one_row_held_back_by_pri_cut_is_said_in_the_singular(capsys):
    """One row consistent enough but below pri_cut was '1 row(s) reach incl_cut = 0.9 ... but have PRI below ...' in
    minimize's error and truth-table's note: now '1 row reaches ... but has PRI' (two rows: 'reach ... have'), and the
    workshop's Chinese line reads both."""
    from analysis.qca import QCANoSolutionError
    from analysis.workshop import engine_error_zh

    data = pd.read_csv(LF, index_col=0, encoding="utf-8")
    for cut, said in ((0.9, "1 row reaches incl_cut = 0.9 (n_cut = 1) but has PRI below"),
                      (0.8, "2 rows reach incl_cut = 0.8 (n_cut = 1) but have PRI below")):
        with pytest.raises(QCANoSolutionError) as err:
            minimize(truth_table(data, "SURV", ["DEV", "URB", "LIT", "IND", "STB"], incl_cut=cut, pri_cut=0.95))
        assert said in str(err.value) and "(s)" not in str(err.value), err.value
        assert f"有 {said[0]} 行达到 incl_cut = {cut:g}" in engine_error_zh(err.value), err.value
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.9", "--pri-cut", "0.95",
                       "--json")
    assert code == 0 and "1 row reaches --incl-cut 0.9 but has PRI below --pri-cut 0.95 (highest PRI 0.886)" in err, err


@pytest.mark.parametrize("command, args", [("pof", ("--expression", "DEV")),
                                           ("cluster", ("--expression", "DEV", "--unit", "case", "--cluster", "case"))])
def test_pof_and_cluster_answer_a_sufficiency_switch_with_their_own_switch(capsys, command, args):
    """pof --sufficiency and cluster --sufficiency (super-subset's and pofind's relation, tried as a switch) got
    argparse's 'unrecognized arguments' alone, where pofind --necessity names pofind's --relation: both now say what
    they take (sufficiency by default, --necessity for necessity), as their answer to --relation does."""
    code, out, err = run(capsys, command, LF, "--outcome", "SURV", *args, "--sufficiency")
    assert code == 2 and out == "" and err == (
        f"error: unrecognized arguments: --sufficiency; {command} takes no --sufficiency: --necessity for necessity "
        "(R's relation = 'necessity'); sufficiency is the default here\n")


def test_calibrate_recodes_a_yes_no_outcome_by_its_codes(capsys, tmp_path):
    """A 是/否 outcome was refused by every command with no command-line way to recode it ('the command line has no
    option that recodes'): a calibration file's set now takes `codes`, and calibrate writes the memberships that the
    other commands read; the labels are not sent through the numeric reader that refused them."""
    data = ROOT / "tests" / "bad_inputs" / "chinese_yes_no.csv"
    spec = tmp_path / "codes.yaml"
    spec.write_text("Y: {source: SURV, codes: {是: 1, 否: 0}}\n", encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(data), "--spec", str(spec), "--keep", "DEV,URB,LIT,IND,STB")
    assert code == 0 and err == "", err
    written = pd.read_csv(io.StringIO(text))
    assert written["Y"].tolist() == pd.read_csv(data)["SURV"].map({"是": 1, "否": 0}).tolist()
    out = tmp_path / "sets.csv"
    out.write_text(text, encoding="utf-8")
    code, text, err = run(capsys, "truth-table", str(out), "--outcome", "Y", "--json")
    assert code == 0 and json.loads(text)["rows"]
    kept = tmp_path / "kept.yaml"   # the outcome kept instead: text the next command refuses, so calibrate says so
    kept.write_text("D: {source: DEV, type: crisp, thresholds: 0.5}\n", encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(data), "--spec", str(kept), "--keep", "SURV")
    assert code == 0 and f"recode it in {kept} instead of keeping it: SURV: {{codes: {{'是': 1, '否': 0}}}}" in err, err


def test_cluster_csv_prints_every_expression_s_table_under_its_set(capsys):
    """cluster had no --csv ('cluster takes no --csv'): a researcher putting the pooled / between / within table in a
    paper copied it from the text. --csv now prints each expression's to_frame() as one CSV, a first column 'set'
    naming it, the heading with the distances (dBP, dWP) on stderr; with --json it is refused, as elsewhere."""
    from analysis.qca import cluster_diagnostics

    panel = ROOT / "data/reference/r-setmethods/LF_panel.csv"
    argv = ["cluster", str(panel), "--outcome", "SURV", "--expression", "DEV*~IND + URB*STB", "--unit", "CASE",
            "--cluster", "WAVE"]
    code, out, err = run(capsys, *argv, "--csv")
    assert code == 0 and "distance between-pooled" in err, err
    got = pd.read_csv(io.StringIO(out), dtype={"id": str}, keep_default_na=False)
    want = cluster_diagnostics(pd.read_csv(panel, index_col=0), "DEV*~IND + URB*STB", "SURV", unit="CASE",
                               cluster="WAVE")["DEV*~IND + URB*STB"].to_frame()
    assert list(got.columns) == ["set", *want.columns] and set(got["set"]) == {"DEV*~IND + URB*STB"}
    assert got["id"].tolist() == want["id"].tolist() and got["level"].tolist() == want["level"].tolist()
    assert got["consistency"].replace("", "nan").astype(float).tolist() == pytest.approx(
        want["consistency"].tolist(), nan_ok=True)
    code, out, err = run(capsys, *argv, "--csv", "--json")
    assert code == 2 and "--json and --csv both choose the output" in err


def test_a_yes_no_column_is_told_the_command_lines_own_recoding(capsys, tmp_path):
    """A 是/否 outcome refused by truth-table was told only the pandas line that recodes it, though the command line
    has its own way (a calibrate --spec set's codes, this round): the error now gives that set first, and it works as
    written (calibrate with it, then truth-table on what calibrate wrote); its Chinese line says both."""
    from analysis.qca import QCAInputError
    from analysis.workshop import engine_error_zh

    data = ROOT / "tests" / "bad_inputs" / "chinese_yes_no.csv"
    code, out, err = run(capsys, "truth-table", str(data), "--outcome", "SURV")
    assert code == 2 and out == "", err
    said = re.search(r"on the command line, by calibrate --spec with the set (SURV: \{codes: \{[^}]*\}\}); in pandas: ",
                     err)
    assert said and said.group(1) == "SURV: {codes: {'是': 1, '否': 0}}", err
    assert "命令行中：用 calibrate --spec 文件中的集合 SURV: {codes: {'是': 1, '否': 0}} 重新编码；pandas 中：" in (
        engine_error_zh(QCAInputError(err.strip().splitlines()[-1].removeprefix("error: "))))
    spec = tmp_path / "codes.yaml"
    spec.write_text(said.group(1) + "\n", encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(data), "--spec", str(spec), "--keep", "DEV,URB,LIT,IND,STB")
    assert code == 0, err
    sets = tmp_path / "sets.csv"
    sets.write_text(text, encoding="utf-8")
    code, text, err = run(capsys, "truth-table", str(sets), "--outcome", "SURV", "--json")
    assert code == 0 and json.loads(text)["rows"], err


def test_several_yes_no_columns_are_told_a_set_for_each(capsys, tmp_path):
    """Several 是/否 columns refused together ("'A', 'B', 'Y': a yes/no label") were told the set of the last one
    alone ('with the set Y: ...'), as if A and B needed none: the error now writes out the first column's set and
    names the others to write alike, its Chinese line says so, and the sets written so work through calibrate."""
    from analysis.qca import QCAInputError
    from analysis.workshop import engine_error_zh

    data = tmp_path / "yes_no.csv"
    data.write_text("case,A,B,Y\nc1,是,否,是\nc2,否,是,否\nc3,是,是,是\nc4,否,否,否\n", encoding="utf-8")
    code, out, err = run(capsys, "truth-table", str(data), "--outcome", "Y", "--case-column", "case")
    assert code == 2 and out == "", err
    assert ("'A', 'B', 'Y': a yes/no label: recode it to 1/0 (on the command line, by calibrate --spec with the set A: "
            "{codes: {'是': 1, '否': 0}} and one alike for each of 'B', 'Y'; in pandas: ") in err, err
    zh = engine_error_zh(QCAInputError(err.strip().splitlines()[-1].removeprefix("error: ")))
    assert "集合 A: {codes: {'是': 1, '否': 0}}（'B', 'Y' 各写一个同样的集合） 重新编码；pandas 中：" in zh, zh
    spec = tmp_path / "codes.yaml"
    spec.write_text("".join(f"{c}: {{codes: {{'是': 1, '否': 0}}}}\n" for c in "ABY"), encoding="utf-8")
    code, text, err = run(capsys, "calibrate", str(data), "--spec", str(spec), "--case-column", "case")
    assert code == 0, err
    sets = tmp_path / "sets.csv"
    sets.write_text(text, encoding="utf-8")
    code, text, err = run(capsys, "truth-table", str(sets), "--outcome", "Y", "--case-column", "case", "--json")
    assert code == 0 and json.loads(text)["rows"], err


@pytest.mark.parametrize("command, text, said", [
    ("calibrate", "DEV: [1]\n", "a calibration specification maps each set name to calibrate() arguments"),
    ("robustness", "outcome: SURV\nincl_cutt: 0.9\n", "unknown key(s) 'incl_cutt'; did you mean 'incl_cut'?"),
])
def test_a_spec_file_named_after_its_flag_is_named_as_typed(capsys, tmp_path, monkeypatch, command, text, said):
    """A calibration or sweep file saved as spec.yaml, the name its flag suggests, was named '--spec.yaml' in every
    error on it ('error: --spec.yaml: unknown key(s) ...'): the command line's rewriting of a message that begins with
    a parameter's name (exclude: ... -> --exclude: ...) took the file name's stem for the parameter. A word followed by
    '.' or '-' and more of a name is no parameter: the file is named as typed."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "spec.yaml").write_text(text, encoding="utf-8")
    data = ROOT / "data" / "reference" / "datasets" / ("LR.csv" if command == "calibrate" else "LF.csv")
    code, out, err = run(capsys, command, str(data), "--spec", "spec.yaml")
    assert code == 2 and err.startswith(f"error: spec.yaml: {said}"), err


@pytest.mark.parametrize("rule, said", [
    ("{type: crisp, thresholds: 550, sourse: DEV}", "spec['DEVC']: unknown argument(s) 'sourse'; did you mean 'source'?"),
    ("{type: crisp, thresholds: 550, source：DEV}", "spec['DEVC']: unknown argument(s) 'source：DEV' (a full-width colon"),
])
def test_calibrate_names_a_misspelt_argument_before_the_column_it_hides(capsys, tmp_path, rule, said):
    """A set's source misspelt ('sourse: DEV') or typed with a Chinese colon ('source：DEV', one key to YAML) was
    refused as a column the file lacks ("column(s) 'DEVC' not in the file; did you mean 'DEV'?"): the command checked
    the sets' columns before calibrate_frame checked their arguments, so the hint for the argument (did you mean
    'source'?; the full-width colon) was never reached. The arguments are now checked first."""
    spec = tmp_path / "cal.yaml"
    spec.write_text(f"DEVC: {rule}\n", encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(ROOT / "data" / "reference" / "datasets" / "LR.csv"), "--spec",
                         str(spec))
    assert code == 2 and out == "" and err.startswith(f"error: {spec}: {said}") and "not in the file" not in err, err


@pytest.mark.parametrize("missing,said", [(["numba"], "the package the QCA engine needs (numba)"),
                                          (["numba", "yaml"], "the packages the QCA engine needs (numba, yaml)")])
def test_python_m_without_the_engines_packages_names_them_in_their_number(missing, said):
    """`python -m analysis.qca` run by a Python lacking the engine's packages said 'lacks the package(s) ... (numba)'
    of one package: it now says one in the singular and more in the plural (errors.in_number, standard library only,
    so that it runs before the engine's imports). A package is made missing as find_spec sees it (sys.modules[name]
    = None); the error comes before any of the engine's imports (about 0.1 s)."""
    code = (f"import sys\nfor name in {missing!r}: sys.modules[name] = None\nsys.argv = ['-m']\nimport analysis.qca")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          timeout=60)
    assert done.returncode == 2 and done.stdout == "", done
    assert done.stderr == (f"error: {sys.executable} lacks {said}: run make (or make env) in the project, then "
                           ".venv/bin/python -m analysis.qca ...; or pip install . into this Python\n"), done.stderr
