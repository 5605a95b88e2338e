"""The command line's arguments as a shell gives them when the user's line holds a mistake argparse names badly: an
empty argument ('' of a shell variable left empty), ... Each one `error:` line, exit status 2."""
from __future__ import annotations

import re

import pytest
from _cli import run, run_spec

from analysis.qca.errors import QCAInputError
from analysis.workshop import engine_error_zh

LF = "data/reference/datasets/LF.csv"
WHY = ": a shell variable left empty (\"$VAR\"), or quotes with nothing or blanks between them, give one; leave it out"


@pytest.mark.parametrize("argv, said", [
    ([LF, "--outcome", "SURV", ""], "an empty argument ('') after --outcome SURV"),
    ([LF, "", "--outcome", "SURV", "--csv"], f"an empty argument ('') after {LF}"),
    ([LF, "--outcome", "SURV", "--conditions", "DEV,URB", " "], "a blank argument (' ') after --conditions DEV,URB"),
    ([LF, "", "--outcome", "SURV", ""],
     f"an empty argument ('') after {LF}, an empty argument ('') after --outcome SURV"),
], ids=["after-a-flags-value", "after-the-file", "blank", "two"])
def test_an_empty_argument_is_named_by_what_comes_before_it(capsys, argv, said):
    """'truth-table LF.csv --outcome SURV ""' (a shell variable left empty) said 'error: unrecognized arguments: ',
    naming nothing; now where the argument is and what makes one, with no 'did you mean' read off the flag before it."""
    code, out, err = run(capsys, "truth-table", *argv)
    assert (code, out) == (2, "")
    assert err == f"error: unrecognized arguments: {said}{WHY}\n"
    assert engine_error_zh(QCAInputError(err.removeprefix("error: ").strip()))


def test_an_empty_argument_beside_an_unknown_flag_leaves_the_flag_named(capsys):
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "", "--inclde", "1")
    assert code == 2 and err.startswith("error: unrecognized arguments: --inclde 1")


@pytest.mark.parametrize("argv, said", [
    ([LF, "\u2014outcome", "SURV"], "'\u2014outcome' starts with '\u2014' (U+2014 EM DASH)"),
    ([LF, "--outcome", "SURV", "\u2013-csv"], "'\u2013-csv' starts with '\u2013' (U+2013 EN DASH)"),
], ids=["em-dash", "en-dash"])
def test_a_flag_written_with_a_word_processors_dash_is_named(capsys, argv, said):
    """'truth-table LF.csv —outcome SURV' (autocorrect's '—' for '--', copied from a document) said 'the following
    arguments are required: --outcome; write --outcome —outcome'; '–-csv' 'unrecognized arguments: –-csv'."""
    code, out, err = run(capsys, "truth-table", *argv)
    flag = "--outcome" if "outcome" in said else "--csv"
    assert (code, out) == (2, "")
    assert err == (f"error: {said}, not '--': a word processor, a web page or a PDF turns '--' into a dash; write "
                   f"{flag}\n")
    assert engine_error_zh(QCAInputError(err.removeprefix("error: ").strip()))


def test_an_expression_starting_with_a_dash_is_no_flag(capsys):
    code, _, err = run(capsys, "pof", LF, "--outcome", "SURV", "--expression", "\u2013DEV")
    assert code == 2 and "unknown condition '\u2013DEV'" in err


def test_two_cut_offs_separated_by_a_blank_are_told_to_take_a_comma(capsys):
    """--incl-cut '0.8 0.6' (two cut-offs quoted with a blank between) said only 'must be a number or two numbers
    'ic1,ic0', got '0.8 0.6'', where '0.8;0.6' was told what to write."""
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8 0.6")
    assert (code, err) == (2, "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '0.8 0.6'; write "
                              "0.8,0.6 (',' between the two cut-offs)\n")


@pytest.mark.parametrize("value, said, zh", [
    ("0.8,", "nothing after ','; write 0.8 (one cut-off), or two cut-offs, e.g. 0.9,0.6",
     "',' 之后没有内容；请写 0.8（一个阈值），或两个阈值，例如 0.9,0.6"),
    (",0.8", "nothing before ','; write 0.8 (one cut-off), or two cut-offs, e.g. 0.9,0.6",
     "',' 之前没有内容；请写 0.8（一个阈值），或两个阈值，例如 0.9,0.6"),
    ("0.8,,0.6", "nothing between two ','; write 0.8,0.6", "两个 ',' 之间没有内容；请写 0.8,0.6"),
    ("80,", "nothing after ','; a percentage? write 0.8 (one cut-off), or two cut-offs, e.g. 0.9,0.6",
     "',' 之后没有内容；是百分数吗？请写 0.8（一个阈值），或两个阈值，例如 0.9,0.6"),
    ("80%,", "nothing after ','; a percentage? write 0.8 (one cut-off), or two cut-offs, e.g. 0.9,0.6",
     "',' 之后没有内容；是百分数吗？请写 0.8（一个阈值），或两个阈值，例如 0.9,0.6"),
    ("90,60,", "nothing after ','; a percentage? write 0.9,0.6", "',' 之后没有内容；是百分数吗？请写 0.9,0.6"),
], ids=["trailing", "leading", "doubled", "percent", "percent-sign", "two-percents"])
def test_an_incl_cut_with_an_empty_value_says_where_and_what_to_write(capsys, value, said, zh):
    """--incl-cut '0.8,' (a comma typed at the end, as of a list) said only 'must be a number or two numbers
    'ic1,ic0', got '0.8,'', with no hint of the empty value nor what to write; '80,' (a percentage so) neither, though
    '80' was told it is a percentage: it is written as its fraction."""
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", value)
    head = f"--incl-cut must be a number or two numbers 'ic1,ic0', got '{value}'"
    assert (code, err) == (2, f"error: {head}: {said}\n")
    assert engine_error_zh(QCAInputError(err.removeprefix("error: ").strip())) == (
        f"--incl-cut 必须是一个数或两个数 'ic1,ic0'，现为 '{value}'：{zh}")


def test_an_incl_cut_with_an_empty_value_beside_no_cut_off_has_no_hint(capsys):
    """'5,' is neither a cut-off in [0, 1] nor a percentage from 10 to 100: no value is offered."""
    code, _, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "5,")
    assert (code, err) == (2, "error: --incl-cut must be a number or two numbers 'ic1,ic0', got '5,'\n")


@pytest.mark.parametrize("after", [[], ["--dir-exp", "1,1,1,1,1"]], ids=["last", "before-another-flag"])
def test_include_without_its_value_says_what_it_takes(capsys, after):
    """minimize --include with no value (given last, or as a switch before another flag) said only argparse's
    'argument --include: expected one argument'; now what --include takes too, in one line (and in Chinese)."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--include", *after)
    assert (code, out) == (2, "")
    assert err == ("error: argument --include: expected one argument; --include takes '?' (remainders: the "
                   "parsimonious solution, or the intermediate with --dir-exp), 'C' (contradictions) or '?,C' (both); "
                   "leave --include out for the conservative solution\n")
    assert engine_error_zh(QCAInputError(err.removeprefix("error: ").strip())) == (
        "参数 --include：后面缺少它的值（需要一个值）；--include 取 '?'（逻辑余项：简约解，或加 --dir-exp 的中间解）、'C'（矛盾行）"
        "或 '?,C'（两者）；复杂解不写 --include")


def test_another_flag_without_its_value_is_said_as_before(capsys):
    code, _, err = run(capsys, "minimize", LF, "--outcome")
    assert (code, err) == (2, "error: argument --outcome: expected one argument\n")


@pytest.mark.parametrize("argv, said, zh", [
    (["esa", LF, "--outcome", "SURV", "--nec-cond", 'c("LIT", "STB")'],
     "--nec-cond 'c(\"LIT\", \"STB\")': R's vector c(...) copied as text; write 'LIT,STB' (each necessary)",
     "请写 'LIT,STB'（每个都是必要条件）"),
    (["esa", LF, "--outcome", "SURV", "--nec-cond", 'c("LIT")'],
     "--nec-cond 'c(\"LIT\")': R's vector c(...) copied as text; write 'LIT'", "请写 'LIT'"),
    (["cases", LF, "--outcome", "SURV", "--nec-cond", "c(LIT, STB)"],
     "--nec-cond 'c(LIT, STB)': R's vector c(...) copied as text; write one, e.g. 'LIT' (cases takes one necessary "
     "condition: run it once for each)", "请写其中一个，例如 'LIT'（cases 只接受一个必要条件：每个各运行一次）"),
    (["esa", LF, "--outcome", "SURV", "--untenable", 'c("DEV*~URB", "~LIT")'],
     "--untenable 'c(\"DEV*~URB\", \"~LIT\")': R's vector c(...) copied as text; write 'DEV*~URB + ~LIT' (one term per "
     "untenable combination)", "请写 'DEV*~URB + ~LIT'（每个不可成立的组合一项）"),
], ids=["esa-nec-cond", "esa-one-nec-cond", "cases-nec-cond", "esa-untenable"])
def test_a_necessary_condition_or_untenable_written_as_rs_vector_says_what_to_write(capsys, argv, said, zh):
    """--nec-cond 'c("LIT", "STB")' (R's vector copied as text) was cut at its commas: 'parentheses are not
    supported' named 'c("LIT"', a piece of it (cases: 'takes one necessary condition, got 2: 'c("LIT"', '"STB")''),
    and --untenable 'c(...)' was told the same of parentheses: now what to write, as --dir-exp 'c(...)' is told."""
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", f"error: {said}\n")
    line = engine_error_zh(QCAInputError(said))
    assert line and "这是照搬成文本的 R 向量 c(...)：" + zh in line and line.count("R 向量") == 1, line


@pytest.mark.parametrize("command, sweep, written", [
    ("calibrate", "DEV: {thresholds: c(350, 550, 850)}\n", "350, 550, 850"),
    ("calibrate", "DEV: {thresholds: c(e = 350, c = 550, i = 850)}\n", "e = 350, c = 550, i = 850"),
    ("calibrate", "DEV: {type: crisp, thresholds: c(550)}\n", ""),
    ("robustness", "tests:\n  - {label: c600, calibrate: {DEV: {thresholds: c(350, 600, 900)}}}\n", "350, 600, 900"),
], ids=["calibrate", "named", "one-value", "robustness-test"])
def test_rs_vector_of_thresholds_unquoted_in_a_yaml_mapping_is_told_how_to_write(capsys, tmp_path, command, sweep,
                                                                                 written):
    """{thresholds: c(350, 550, 850)} in a YAML file (R's vector, unquoted) is read by YAML as thresholds 'c(350' and
    keys 550 and '850)' without a value: refused as 'unknown argument(s) '550', '850)'' alone, the vector unsaid.
    Now the thresholds to write; written so, the calibration file runs. c(550) alone is one value, no key: not this
    error."""
    code, out, err = run_spec(capsys, tmp_path, command, sweep)
    hint = "R's vector c(...) left unquoted in a YAML {...}? YAML ends a value at ',' and reads "
    if not written:
        assert code == 2 and hint not in err, err
        return
    assert code == 2 and f"; {hint}" in err, err
    assert err.strip().endswith(f"quote the thresholds without c( ), thresholds: '{written}'"), err
    line = engine_error_zh(QCAInputError(err.strip().removeprefix("error: ")))
    assert line and f"YAML 的 {{...}} 中没有加引号的 R 向量 c(...) 吗" in line and "并去掉 c( )" in line, line
    if command == "calibrate":   # (a robustness protocol run takes half a second; the calibration reads alike)
        code, out, err = run_spec(capsys, tmp_path, command,
                                  re.sub(r"thresholds: c\([^)]*\)", f"thresholds: '{written}'", sweep))
        assert code == 0, err


@pytest.mark.parametrize("argv, said", [
    (["--unit", "CASE", "--cluster", "SURV"],
     "--cluster 'SURV' is the outcome (--outcome 'SURV'), not a column of ids: give the column of cluster ids (e.g. "
     "the wave)"),
    (["--unit", "SURV", "--cluster", "WAVE"],
     "--unit 'SURV' is the outcome (--outcome 'SURV'), not a column of ids: give the column of unit ids (e.g. the "
     "country)"),
], ids=["cluster", "unit"])
def test_clusters_or_units_named_by_the_outcome_are_refused(capsys, argv, said):
    """cluster --cluster SURV (the outcome's column given for the waves) read the memberships as cluster ids and said
    "2 rows (9, 27) hold unit 'HU' in cluster '0.42' ... combine or drop the repeated rows", nothing of the outcome."""
    code, out, err = run(capsys, "cluster", "tests/bad_inputs/panel_unit_column.csv", "--outcome", "SURV",
                         "--expression", "DEV*STB", *argv)
    assert (code, out, err) == (2, "", f"error: {said}\n")
    assert engine_error_zh(QCAInputError(said)).startswith(f"{said.split()[0]} 'SURV' 是结果（--outcome 'SURV'）")


def test_a_yaml_file_not_parsing_at_rs_vector_says_the_list_to_write(capsys, tmp_path):
    """drop_cases: c("AU", "BE") in a YAML {...} (R's vector copied into a sweep file) does not parse: the error said
    only YAML's "expected ',' or '}', but got '<scalar>'"; now also the YAML list to write, which reads."""
    text = ("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\n"
            "tests:\n  - {label: no AU BE, drop_cases: c(\"AU\", \"BE\")}\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(spec))
    assert code == 2 and err.startswith(f"error: {spec}: not valid YAML (line 5, column "), err
    assert err.endswith("; line 5 has R's vector c(\"AU\", \"BE\"): write a YAML list, [AU, BE])\n"), err
    line = engine_error_zh(QCAInputError(err.strip().removeprefix("error: ")))
    assert line and line.endswith("；第 5 行有 R 的向量 c(\"AU\", \"BE\")：请写成 YAML 列表 [AU, BE]）"), line
    from analysis.qca.read import read_spec_file

    spec.write_text(text.replace('c("AU", "BE")', "[AU, BE]"), encoding="utf-8")
    assert read_spec_file(spec)["tests"] == [{"label": "no AU BE", "drop_cases": ["AU", "BE"]}]
