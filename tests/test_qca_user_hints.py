"""A researcher's mistakes on their own data, from the command line and the API: each refused in one line that says
what to write (round 34)."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.paths import ROOT
from _cli import run

DATASETS = ROOT / "data" / "reference" / "datasets"
LF = str(DATASETS / "LF.csv")


@pytest.mark.parametrize("argv, write, others", [
    (["--conditions", "-DEV"], "write --conditions DEV;", "list the others: --conditions URB,LIT,IND,STB"),
    (["--conditions=-DEV,-URB"], "write --conditions DEV,URB;", "list the others: --conditions LIT,IND,STB"),
    (["--conditions", "DEV,-URB"], "write --conditions DEV,URB", None),
])
def test_a_condition_written_with_a_minus_is_refused_saying_what_to_write(capsys, argv, write, others):
    """'--conditions -DEV' got argparse's 'expected one argument' (a value starting with '-' read as a flag), and
    '--conditions=-DEV' the advice to write '~DEV', which the conditions then refuse too: now one line names the
    condition(s) as written and the list to give, and, when every name has the minus (all but DEV?), the others."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", *argv)
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert err.startswith("error: --conditions ") and ("is no column" in err or "are no columns" in err)
    assert write in err and "without '-' or '~'" in err and "expected one argument" not in err
    assert (others in err) if others else "list the others" not in err


@pytest.fixture(scope="module")
def lm():
    import pandas as pd

    return pd.read_csv(DATASETS / "LM.csv", index_col="case")


@pytest.mark.parametrize("expression, literal", [
    ("DEV=2*STB", "DEV[2] for 'DEV=2'"), ("DEV == 2 + STB", "DEV[2] for 'DEV == 2'"),
    ("DEV(2)*STB", "DEV[2] for 'DEV(2)'"), ("STB*DEV:1", "DEV[1] for 'DEV:1'"),
])
def test_a_multi_value_literal_in_another_notation_is_told_the_brackets(lm, expression, literal):
    """pof('DEV=2*STB', LM, 'SURV') said only "unknown condition(s) 'DEV=2'; did you mean 'DEV'?", and 'DEV(2)' was
    told to write a sum of products: now each names R's multi-value notation, DEV[2], which the engine reads."""
    from analysis.qca import QCAInputError, pof

    with pytest.raises(QCAInputError) as err:
        pof(expression, lm, "SURV")
    said = str(err.value)
    assert f"a condition's value is written in brackets: {literal}" in said and "sum of products" not in said
    fixed = pof(expression.replace("=2", "[2]").replace("== 2", "[2]").replace("(2)", "[2]").replace(":1", "[1]"),
                lm, "SURV")   # the form the hint names is read
    assert "DEV[" in str(fixed)


def test_the_value_hint_is_given_where_expressions_of_the_conditions_are_read(lm):
    """The same hint from the parser every other expression goes through (theory, untenable, nec_cond, find_rows),
    with the CLI naming the flag (and not taking the hint's 'dir_exp' for a --dir-exp error)."""
    from analysis.qca import QCAInputError
    from analysis.qca.expressions import parse_expression

    with pytest.raises(QCAInputError, match=r"unknown condition 'DEV=2' in term 'DEV=2\*STB'; a condition's value is "
                                            r"written in brackets: DEV\[2\]"):
        parse_expression("DEV=2*STB", ["DEV", "STB"], [3, 2])


def test_theory_flag_names_itself_not_dir_exp(capsys):
    code, out, err = run(capsys, "theory", str(DATASETS / "LM.csv"), "--outcome", "SURV", "--incl-cut", "0.8",
                         "--theory", "DEV==2")
    last = err.splitlines()[-1]   # after the warning of the solution's models
    assert code == 2 and last.startswith("error: --theory 'DEV==2': ") and "DEV[2] for 'DEV==2'" in last, err


@pytest.mark.parametrize("dir_exp, write", [("DEV[2],URB=1", "'DEV=2,URB=1'"), ("~DEV,URB=1", "'DEV=0,URB=1'"),
                                             ("DEV[1,2],URB=1", "'DEV=1;2,URB=1'"),
                                             ("URB=1,DEV{1, 2}", "'URB=1,DEV=1;2'")])
def test_dir_exp_mixing_literals_and_pairs_is_told_the_one_form(capsys, dir_exp, write):
    """--dir-exp 'DEV[2],URB=1' (a literal beside a pair) got 'write CONDITION=1, =0 or =-' only: now the pairs to
    write, the literal turned into its pair. A literal of several levels, R's 'DEV[1,2]', beside a pair was cut at
    its comma ("cannot read directional expectation 'DEV[1'") with no hint: now its pair too, 'DEV=1;2'."""
    data = str(DATASETS / ("LM.csv" if "[" in dir_exp else "LF.csv"))
    code, out, err = run(capsys, "minimize", data, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?",
                         "--dir-exp", dir_exp)
    assert code == 2 and f"two forms, one at a time: write {write}" in err, err
    assert "'DEV[1'" not in err and "'DEV{1'" not in err, err   # the literal named whole, not cut at its comma


X = [300.0, 500.0, 600.0, 900.0]


@pytest.mark.parametrize("thresholds, said", [
    ("c=550", "e and i are missing; for a crisp set cut at 550 pass type='crisp', thresholds=550"),
    ({"c": 550}, "for a crisp set cut at 550 pass type='crisp', thresholds=550"),
    ("c=550, i=800", "got 2; e is missing"),
])
def test_the_crossover_alone_is_told_it_is_a_crisp_cut(thresholds, said):
    """calibrate(x, thresholds='c=550') (one crossover: a crisp cut) said only that fuzzy calibration needs 3 or 6
    thresholds; the unnamed 550 was already told type='crisp'."""
    from analysis.qca import QCAInputError, calibrate

    with pytest.raises(QCAInputError) as err:
        calibrate(X, thresholds=thresholds)
    assert said in str(err.value), str(err.value)
    with pytest.raises(QCAInputError, match=r"write thresholds=550 \(the crossover's value as the cut point\)"):
        calibrate(X, type="crisp", thresholds="c=550")
    assert calibrate(X, type="crisp", thresholds=550).tolist() == [0, 0, 1, 1]   # the call the hint names


@pytest.mark.parametrize("kwargs, said", [
    ({"type": "crisp", "thresholds": 550, "logistic": True}, "logistic applies to fuzzy calibration only"),
    ({"type": "crisp", "thresholds": 550, "idm": 0.95}, "idm applies to fuzzy calibration only"),
    ({"method": "indirect", "thresholds": "400, 700", "logistic": False}, "logistic applies to the direct method only"),
    ({"thresholds": "e=100, c=550, i=800", "below": 2}, "below does nothing here: below and above bend the linear"),
    ({"thresholds": "e=100, c=550, i=800", "logistic": False, "idm": 0.9}, "idm does nothing here"),
    ({"thresholds": "e1=1, c1=2, i1=3, i2=4, c2=5, e2=6", "idm": 0.9}, "idm does nothing here: six anchors"),
])
def test_an_argument_that_does_nothing_for_the_calibration_is_refused_by_name(kwargs, said):
    """calibrate(x, type='crisp', thresholds=550, logistic=True) ran, logistic doing nothing (only a value other than
    the default was refused): every shape argument given that the calibration does not read is refused, named, given
    by keyword or by position, and so is its key in a calibration specification."""
    import pandas as pd

    from analysis.qca import QCAInputError, calibrate, calibrate_frame

    with pytest.raises(QCAInputError, match=said):
        calibrate(X, **kwargs)
    with pytest.raises(QCAInputError, match=f"calibrating 'S' from column 'x': {said}"):
        calibrate_frame(pd.DataFrame({"x": X}), {"S": {"source": "x", **kwargs}})
    with pytest.raises(QCAInputError, match="logistic applies to fuzzy calibration only"):
        calibrate(X, "crisp", 550, "direct", True)


def test_the_arguments_each_calibration_reads_are_taken():
    """The refusal is of arguments that do nothing: those a calibration reads, and the defaults left out, pass."""
    from analysis.qca import calibrate

    assert calibrate(X, "crisp", 550).tolist() == [0, 0, 1, 1]
    linear = calibrate(X, thresholds="e=100, c=550, i=800", logistic=False, below=2, above=0.5)
    assert linear.tolist() != calibrate(X, thresholds="e=100, c=550, i=800", logistic=False).tolist()
    assert calibrate(X, thresholds="e=100, c=550, i=800", logistic=True, idm=0.99)[3] > 0.95
    bell = calibrate(X, thresholds="e1=200, c1=400, i1=500, i2=700, c2=800, e2=950", below=3, above=3)
    assert bell.tolist()[2] == 1.0


@pytest.fixture(scope="module")
def lf_practice():
    """good_practice() on LF as the good-practice command computes it (incl_cut 0.8, --dir-exp 1,1,1,1,1)."""
    import warnings

    import pandas as pd

    from analysis.qca import case_typology, good_practice, minimize, necessity, truth_table

    lf = pd.read_csv(LF, index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(lf, "SURV", incl_cut=0.8)
        sols = {"conservative": minimize(tt), "parsimonious": minimize(tt, include="?"),
                "intermediate": minimize(tt, include="?", dir_exp="1,1,1,1,1")}
        negated = minimize(truth_table(lf, "~SURV", incl_cut=0.8), include="?")
        return good_practice(sols, necessity=necessity(lf, "SURV", ron_cut=0.5), negated=negated,
                             cases=case_typology(sols["intermediate"]), relevance_cut=0.5)


def test_good_practice_command_reports_what_the_api_computes(capsys, lf_practice):
    """good_practice() had no command: the CLI's user could not read their analysis against the standards. The
    good-practice command computes the analysis its options define and prints the report (text, --json, --csv)."""
    import io
    import json

    import pandas as pd

    argv = ["good-practice", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--dir-exp", "1,1,1,1,1", "--ron-cut", "0.5"]
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0 and json.loads(out) == json.loads(json.dumps(lf_practice.to_dict())), err
    code, out, err = run(capsys, *argv, "--csv")
    pd.testing.assert_frame_equal(pd.read_csv(io.StringIO(out)), pd.read_csv(io.StringIO(
        lf_practice.to_frame().to_csv(index=False))))
    code, out, err = run(capsys, *argv)
    assert code == 0 and out.rstrip("\n") == str(lf_practice)


def test_good_practice_command_without_a_sufficient_row_reports_it(capsys):
    """No row passes incl_cut 1 on LF: no solution is a finding, the standards on solutions 'not applicable', not an
    error (minimize's 'no positive row to minimise')."""
    code, out, err = run(capsys, "good-practice", LF, "--outcome", "SURV", "--incl-cut", "1", "--json")
    import json

    report = json.loads(out)
    rows = {r["standard"]: r for r in report["standards"]}
    assert code == 0 and rows["solution types reported"]["status"] == "not applicable", err
    assert rows["negated outcome analysed separately"]["status"] == "met"


@pytest.mark.parametrize("argv, said", [
    (["--json", "--csv"], "error: --json and --csv both choose the output: give one"),
    (["--skew-bounds", "20,80"], "got '20,80'; percentages? write 0.2,0.8"),
    (["--skew-bounds", "0.8,0.2"], "with LOW below HIGH, such as 0.2,0.8, got '0.8,0.2'"),
    (["--include", "?"], "good-practice takes no --include: it reads the conservative and parsimonious solutions"),
    (["--benchmark", "90"], "--benchmark: must be a number in [0, 1], got '90'"),
])
def test_good_practice_command_refuses_bad_options_in_one_line(capsys, argv, said):
    code, out, err = run(capsys, "good-practice", LF, "--outcome", "SURV", *argv)
    assert code == 2 and not out and len(err.splitlines()) == 1 and said in err, err


@pytest.mark.parametrize("kwargs, said", [
    ({"type": "cs", "thresholds": 550}, "got 'cs'; write type='crisp' ('cs' names crisp sets)"),
    ({"type": "fsQCA", "thresholds": "e=350, c=550, i=850"}, "write type='fuzzy' ('fsQCA' names fuzzy sets)"),
    ({"type": "mv", "thresholds": "550, 850"}, "a multi-value set is a crisp calibration with several cut points"),
    ({"thresholds": "e=350, c=550, i=850", "idm": 95}, "must be in (0.5, 1), got 95; a percentage? write 0.95"),
])
def test_calibrate_names_the_type_and_idm_meant(kwargs, said):
    """type='cs' or 'fs' (fs/QCA's names of the kinds of sets, csQCA, fsQCA, mvQCA) and idm=95 (a percentage) were
    refused without a hint."""
    from analysis.qca import QCAInputError, calibrate

    with pytest.raises(QCAInputError) as err:
        calibrate(X, **kwargs)
    assert said in str(err.value), str(err.value)


def test_a_calibration_file_written_as_a_list_is_told_to_drop_the_dashes(capsys, tmp_path):
    """A specification written as a YAML list of one-set mappings ('- DEV: {...}') was told only what a specification
    maps: now the list is named and the fix (each set at the top level)."""
    spec = tmp_path / "sets.yaml"
    spec.write_text('- DEV: {thresholds: "e=350, c=550, i=850"}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec))
    assert code == 2 and "the file is a list of sets ('- DEV: ...'): write each set at the top level" in err, err


@pytest.mark.parametrize("sort_by, key", [("-incl", "incl"), ("incl,-n", "n")])
def test_a_sort_key_with_a_minus_is_told_how_directions_are_written(capsys, sort_by, key):
    """--sort-by -incl (pandas' and Django's '-' for a direction) was refused as no column with 'did you mean
    'incl'?' at most (the '-n' of 'incl,-n' not even that): now both directions are named."""
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", f"--sort-by={sort_by}")
    assert code == 2 and (f"the direction is not written with '-': {key} sorts decreasing (the default, as R's "
                          f"sort.by), {key}=FALSE increasing") in err, err


def test_find_rows_type_contradictions_is_told_where_contradictory_rows_are(capsys):
    """find-rows --type contradictions (rows with cases on both sides of the outcome) was refused listing the types
    only, csa among them, which names other rows (remainders): now where contradictory rows are shown."""
    code, out, err = run(capsys, "find-rows", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--type", "contradictions")
    assert code == 2 and "contradictory rows (cases on both sides of the outcome) are listed by contradictions(tt)" \
        in err and "csa is the contradictory simplifying assumptions" in err, err


def test_good_practice_command_warns_of_a_skewed_set_once(capsys):
    """The truth table and the necessity analysis both warn of HC's skewed sets: the command said each '(2 times)',
    as if two problems; now once."""
    code, out, err = run(capsys, "good-practice", str(DATASETS / "HC.csv"), "--outcome", "VOTE", "--json")
    assert code == 0 and "warning: skewed condition 'FOREIGN'" in err and "times)" not in err, err


@pytest.mark.parametrize("value, said", [
    ("80,60", "got '80,60'; percentages? write 0.8,0.6"), ("80%,60%", "got '80%,60%'; percentages? write 0.8,0.6"),
    ("0.8;0.6", "got '0.8;0.6'; write 0.8,0.6 (',' between the two cut-offs)"),
])
def test_a_pair_of_cut_offs_as_percentages_or_with_a_semicolon_is_told_the_pair(capsys, value, said):
    """--incl-cut 80,60 was 'ambiguous: a decimal comma or two cut-offs?', '80%,60%' told 'write 0.8' (one cut-off of
    the two), '0.8;0.6' refused without a hint: now each is told the pair to write."""
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", value)
    assert code == 2 and said in err, err
    code, out, err = run(capsys, "truth-table", LF, "--outcome", "SURV", "--incl-cut", "0.8,0.6")
    assert code == 0


@pytest.mark.parametrize("include, said", [
    ("parsimonious", "parsimonious is include='?' (CLI: --include '?'), the remainders used"),
    ("Intermediate", "intermediate is include='?' (CLI: --include '?') with directional expectations"),
    ("conservative", "conservative is include='' (the default: no remainder used)"),
])
def test_include_given_the_kind_of_solution_is_told_what_gives_it(include, said):
    """minimize(tt, 'parsimonious') (the kind of solution for include, as other tools name the choice) was refused
    naming '?' and 'C' only."""
    import warnings

    import pandas as pd

    from analysis.qca import QCAInputError, minimize, truth_table

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tt = truth_table(pd.read_csv(LF, index_col="case"), "SURV", incl_cut=0.8)
    with pytest.raises(QCAInputError) as err:
        minimize(tt, include)
    assert said in str(err.value), str(err.value)


@pytest.mark.parametrize("value, write", [("present", "write 1 for 'present' (expected present)"),
                                          ("+", "write 1 for '+'"), ("absent", "write 0 for 'absent'"),
                                          ("none", "write - for 'none' (no expectation)")])
def test_a_directional_expectation_in_words_is_told_its_value(capsys, value, write):
    """--dir-exp DEV=present (or '+', 'absent') was refused listing the values only."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?",
                         "--dir-exp", f"DEV={value},URB=1")
    assert code == 2 and write in err, err


def test_a_sweep_file_key_is_told_in_the_files_syntax(capsys, tmp_path):
    """A robustness --spec file's 'include: parsimonious' was told "parsimonious is --include '?'", a flag the
    robustness command does not take: a key of the file is named as the file writes it, include: '?'."""
    spec = tmp_path / "sweeps.yaml"
    spec.write_text("outcome: SURV\nincl_cut: 0.8\ninclude: parsimonious\ntests:\n  - {label: n 2, n_cut: 2}\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "robustness", LF, "--spec", str(spec))
    assert code == 2 and "parsimonious is include: '?', the remainders used" in err and "--include" not in err, err


def test_a_pair_of_percentages_for_incl_cut_is_told_the_pair():
    """truth_table(..., incl_cut=(80, 60)) was told 'a percentage? write 0.8', one of the two cut-offs."""
    import pandas as pd

    from analysis.qca import QCAInputError, truth_table

    with pytest.raises(QCAInputError, match=r"got \(80, 60\); percentages\? write incl_cut=\(0\.8, 0\.6\)"):
        truth_table(pd.read_csv(LF, index_col="case"), "SURV", incl_cut=(80, 60))


@pytest.mark.parametrize("argv, said", [
    (["--n-cut", "2.0"], "got '2.0'; write 2 (a whole number, without a decimal point)"),
    (["--max-models", "10.00"], "got '10.00'; write 10 (a whole number"),
    (["--jobs", "all"], "(-1: every core), got 'all'; write -1 for every core"),
])
def test_whole_number_flags_say_what_to_write(capsys, argv, said):
    """--n-cut 2.0 (a count as R prints it) and --jobs all were refused without saying what to write."""
    code, out, err = run(capsys, "minimize", LF, "--outcome", "SURV", "--incl-cut", "0.8", *argv)
    assert code == 2 and said in err, err


@pytest.mark.parametrize("typed, meant", [("smmr", "cases"), ("configuration_chart", "chart"),
                                          ("good_practice", "good-practice"), ("standards", "good-practice")])
def test_a_library_functions_name_as_a_command_is_told_the_command(capsys, typed, meant):
    """smmr and configuration_chart (the library's functions behind cases and chart, as the API reference names
    them) and 'standards' were refused listing the commands only."""
    code, out, err = run(capsys, typed, LF, "--outcome", "SURV")
    assert code == 2 and err.rstrip().endswith(f"; did you mean {meant}?"), err


def test_a_calibration_files_message_names_its_keys_as_the_file_writes_them(capsys, tmp_path):
    """calibrate --spec FILE's refusal of 'DEVC: {thresholds: "c=550"}' said "pass type='crisp', thresholds=550",
    Python's call in a YAML file's message: now the file's keys, type: 'crisp', thresholds: 550."""
    spec = tmp_path / "cal.yaml"
    spec.write_text('DEVC: {thresholds: "c=550", source: DEV}\n', encoding="utf-8")
    code, out, err = run(capsys, "calibrate", str(DATASETS / "LR.csv"), "--spec", str(spec))
    assert code == 2 and "for a crisp set cut at 550 pass type: 'crisp', thresholds: 550" in err, err


def test_the_workshops_chinese_line_says_the_crossover_alone_is_a_crisp_cut():
    """The workshop's Chinese line for calibrate's 'needs 3 thresholds' (engine_error_zh) gives the new hints too: the
    anchors missing and, for the crossover alone, the crisp call (was: no Chinese line, the form unknown)."""
    from analysis.qca import QCAInputError, calibrate
    from analysis.workshop import engine_error_zh

    with pytest.raises(QCAInputError) as err:
        calibrate(X, thresholds="c=550")
    assert engine_error_zh(err.value).endswith("现为 1 个；缺少 e 和 i；若要以 550 为临界值做清晰集，请写 type='crisp', "
                                               "thresholds=550（清晰集的临界值不命名：e, c, i 是模糊集的锚点）")


def test_r_calibrates_whole_signature_copied_is_taken():
    """calibrate(x, thresholds=..., logistic=True, idm=0.95, below=1, above=1), R's signature copied with its
    defaults, was refused ('below, above do nothing here'): a direct-method shape argument at its default asks for
    nothing; at another value it is refused as before, and any of them for a crisp set."""
    from analysis.qca import QCAInputError, calibrate

    full = dict(thresholds="e=100, c=550, i=800", logistic=True, idm=0.95, below=1, above=1)
    assert calibrate(X, **full).tolist() == calibrate(X, thresholds="e=100, c=550, i=800").tolist()
    with pytest.raises(QCAInputError, match="below does nothing here"):
        calibrate(X, **{**full, "below": 2})
    with pytest.raises(QCAInputError, match="logistic, idm, below, above apply to fuzzy calibration only"):
        calibrate(X, **{**full, "thresholds": 550, "type": "crisp"})


@pytest.mark.parametrize("call, says", [
    (lambda qca, lf: qca.truth_table(lf, "SURV=0"), "its absence is written '~SURV'"),
    (lambda qca, lf: qca.truth_table(lf, "SURV == 1"), "its presence is written 'SURV'"),
    (lambda qca, lf: qca.truth_table(lf, "SURV=2"), "a multi-value outcome's value 2 is written 'SURV{2}'"),
    (lambda qca, lf: qca.truth_table(lf, "1-SURV"), "the outcome's absence (R's 1 - SURV) is written '~SURV'"),
    (lambda qca, lf: qca.truth_table(lf, "SURV", ["-DEV"]), "list the conditions by name, without '-': 'DEV'"),
    (lambda qca, lf: qca.necessity(lf, "SURV", ["\uff0dDEV", "URB"]), "without the full-width hyphen-minus"),
    (lambda qca, lf: qca.necessity(lf, "SURV", ["DEV, URB"]),
     "each item of the list is one condition: ['DEV', 'URB'], not ['DEV, URB']"),
], ids=["SURV=0", "SURV==1", "SURV=2", "1-SURV", "-DEV", "full-width-minus", "DEV, URB"])
def test_an_outcome_compared_or_a_condition_list_item_says_what_to_write(call, says):
    """An outcome written as a comparison ('SURV=0') or R's fuzzy negation ('1-SURV') got "did you mean 'SURV'?"
    (which drops the negation) or nothing; a condition negated with '-' in the API's list was told to write '~DEV',
    which conditions refuse too; one list item holding several conditions ('DEV, URB') got "did you mean 'DEV'?".
    Each now says what to write."""
    import pandas as pd

    from analysis import qca
    from analysis.qca.errors import QCAInputError

    lf = pd.read_csv(LF, index_col=0, encoding="utf-8")
    with pytest.raises(QCAInputError) as raised:
        call(qca, lf)
    assert says in str(raised.value), str(raised.value)
    assert "did you mean" not in str(raised.value) and "'~DEV'" not in str(raised.value), str(raised.value)


@pytest.mark.parametrize("command, extra", [("cases", []), ("theory", ["--theory", "DEV*STB"]), ("chart", []),
                                            ("esa", ["--nec-cond", "LIT"])])
def test_commands_that_read_the_parsimonious_solution_say_so_for_include(capsys, command, extra):
    """cases, theory, chart and esa minimise with remainders (the parsimonious solution, the intermediate with
    --dir-exp) and take no --include; a researcher typing minimize's --include '?' was told 'did you mean
    --exclude?' (cases, theory, chart), the flag that blocks rows, or only 'minimize does' (esa)."""
    code, out, err = run(capsys, command, LF, "--outcome", "SURV", "--incl-cut", "0.8", *extra, "--include", "?")
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert "--exclude" not in err and (f"{command} takes no --include: it reads the parsimonious solution "
                                       "(remainders included, as minimize --include '?' gives it), or the "
                                       "intermediate with --dir-exp") in err, err


@pytest.mark.parametrize("theory", ["SURV", "DEV*SURV", "~SURV + LIT"])
def test_a_theory_naming_the_outcome_says_so(capsys, theory):
    """A theory is an expression of the conditions; one naming the outcome was told "unknown condition 'SURV' in term
    'SURV'", though SURV is a column of the data, without saying it is the outcome (esa's --nec-cond and pof's
    --expression say so)."""
    code, out, err = run(capsys, "theory", LF, "--outcome", "SURV", "--incl-cut", "0.8", "--theory", theory)
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert (f"error: --theory {theory!r} names 'SURV', the solution's outcome; a theory is an expression of the "
            "conditions only (DEV, URB, LIT, IND, STB)") in err, err


@pytest.mark.parametrize("typed", ["M1: DEV*URB + (DEV*~IND) -> SURV", "DEV*URB + (DEV*~IND) -> SURV",
                                   "M2: DEV*URB + DEV*~IND", "M1: DEV*URB + (DEV*~IND) <-> SURV"])
def test_a_model_line_copied_from_a_solution_is_told_its_terms(capsys, typed):
    """Scoring a model by copying its line from minimize's printout ('M1: A + (B*~C) -> Y', R's parentheses marking a
    term not in every model) was told 'unknown condition(s) 'M1: DEV*URB'' or 'parentheses are not supported; write
    it as a sum of products, e.g. 'A*B + A*C' for 'A*(B + C)'', an example of another expression. Now the terms to
    write; the same in Python."""
    code, out, err = run(capsys, "pof", LF, "--outcome", "SURV", "--expression", typed)
    assert code == 2 and not out and len(err.splitlines()) == 1, err
    assert (f"--expression {typed!r} is a model as a solution prints it; write its terms alone: --expression "
            "'DEV*URB + DEV*~IND'") in err, err
    from analysis.qca import QCAInputError, pof

    with pytest.raises(QCAInputError) as e:
        pof(typed, pd.read_csv(LF, index_col="case"), "SURV")
    assert f"expression {typed!r} is a model as a solution prints it; write its terms alone: 'DEV*URB + DEV*~IND'" \
        in str(e.value), e.value


@pytest.mark.parametrize("argv, said", [
    (["theory", "--incl-cut", "0.8", "--theory", "DEV*STB + (URB*LIT) -> SURV"],
     "error: --theory 'DEV*STB + (URB*LIT) -> SURV' is a model as a solution prints it; write its terms alone: "
     "'DEV*STB + URB*LIT'"),
    (["theory", "--incl-cut", "0.8", "--theory", "M1: DEV*STB"],
     "error: --theory 'M1: DEV*STB' is a model as a solution prints it; write its terms alone: 'DEV*STB'"),
    (["esa", "--incl-cut", "0.8", "--nec-cond", "(LIT) -> SURV"], "error: --nec-cond '(LIT) -> SURV' holds '->'"),
])
def test_an_arrow_beside_parentheses_names_the_flag_given(capsys, argv, said):
    """An expression with R's arrow and parentheses given to --theory or --nec-cond was told "error: expression '...':
    parentheses are not supported", naming a parameter the command does not have (the arrow check read the names
    with pof's reader, which refuses parentheses first). Now the flag given is named; a model line copied as a
    theory is told its terms, as pof's --expression is."""
    code, out, err = run(capsys, argv[0], LF, "--outcome", "SURV", *argv[1:])
    assert code == 2 and not out and len(err.splitlines()) == 1 and err.startswith(said), err


@pytest.mark.parametrize("argv, said", [
    (["esa", "--nec-cond", "(LIT)"], "error: --nec-cond '(LIT)': parentheses are not supported; write its sum of "
                                     "products, 'LIT'"),
    (["esa", "--untenable", "~DEV*(IND + URB)"], "error: --untenable '~DEV*(IND + URB)': parentheses are not "
                                                 "supported; write its sum of products, '~DEV*IND + ~DEV*URB'"),
    (["find-rows", "--type", "untenable", "--expression", "~(DEV*URB)"],
     "error: --expression '~(DEV*URB)': parentheses are not supported; write its sum of products, '~DEV + ~URB'"),
    (["theory", "--theory", "DEV*(STB + URB)"], "error: --theory 'DEV*(STB + URB)': parentheses are not supported; "
                                                "write its sum of products, 'DEV*STB + DEV*URB'"),
])
def test_parentheses_in_an_expression_of_the_conditions_are_told_its_sum_of_products(capsys, argv, said):
    """README and docs/r-to-engine.md: R's 'DEV*(URB + LIT)' or '~(DEV*URB)' is refused with its sum of products to
    write. pof's --expression was; --nec-cond, --untenable, find-rows' --expression and --theory said "unknown
    condition '(IND' in term '~DEV*(IND '", a name cut at the '+'."""
    code, out, err = run(capsys, argv[0], LF, "--outcome", "SURV", "--incl-cut", "0.8", *argv[1:])
    assert code == 2 and not out and len(err.splitlines()) == 1 and err.startswith(said), err


@pytest.mark.parametrize("cells, shown, reads", [(["45岁", "30岁", "61 岁"], "'45岁'", "45"),
                                                 (["8000元", "12000元", "3500元"], "'8000元'", "8000"),
                                                 (["5分", "3分", "6分"], "'5分'", "5")])
def test_a_raw_value_written_with_its_unit_is_told_to_write_the_number_alone(capsys, tmp_path, cells, shown, reads):
    """A survey's raw values typed with their unit ('45岁', '8000元', '5分': age, income, a score) were called 'text
    labels (e.g. SPSS value labels): export the numeric codes', which they are not; the message now says to write the
    number alone. Fails before."""
    data = tmp_path / "survey.csv"
    data.write_text("case,X,Y\n" + "".join(f"c{i},{v},{i % 2}\n" for i, v in enumerate(cells)), encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text('X: {thresholds: "e=1, c=2, i=3"}\nY: {type: crisp, thresholds: 1}\n', encoding="utf-8")
    code, _, err = run(capsys, "calibrate", str(data), "--spec", str(spec))
    assert code == 2 and err.count("\n") == 1, err
    assert (f"'X': a number with its unit (e.g. {shown}, which reads {reads}): write the number alone (the unit in "
            "the column's name, or in the codebook)") in err, err
